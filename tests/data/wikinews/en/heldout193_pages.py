# Held-out English news pages (tests/data/heldout193-en.jsonl), none of them used in an earlier set. US military news
# stories, works of the US government in the public domain (17 U.S.C. § 105), written by service members or civilian
# public-affairs staff and taken from stored web pages (the `pages` search corpus), none of them on sport: Navy Secretary
# Donald Winter's tour of the hospital ship USNS Comfort (Navy NewsStand story NNS060714-03 of 2006, copy on
# globalsecurity.org), Air Force conservation programs in fiscal 2010 (af.mil), the Air Force and US Fish and Wildlife
# Service conservation law enforcement partnership (amc.af.mil), the Air Force Academy's Natural Resources Office and its
# 2011 conservation award (usafa.af.mil), the 20th anniversary of MCAS Miramar's Single Marine Program (miramar.marines.mil,
# 2015), two MCAS Iwakuni stories (a volunteer luncheon, 2011; a MALS-12 visit to a Japanese kindergarten, 2013), Marines of
# Camp Blaz volunteering in Guam's schools (mcbblaz.marines.mil, 2024) and an Air Mobility Command story on a colonel's
# recovery from kidney cancer (2013, copy on the military-online.blogspot.com archive page of September 12, 2013). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site banners, '.mil website' lines, 'Photo
# Information' blocks and captions, bylines, date-and-byline lines, 'Published' labels and blog date lines are dropped;
# leading and trailing blanks of a line are dropped; wording (also 'communityrelations', 'pre-school/ kindergarten', 'an
# Atlanta, native'), spacing inside paragraphs and quotation marks are as stored. Annotated by reading the pages, before
# whosaid was run on them (rules H1265-H1268 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy of the story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout193-en.jsonl

Built by `build.py` from `heldout193_pages.py`. Like heldout166-en, heldout174-en and heldout179-en, these texts are US
military news stories written by service members or civilian public-affairs staff, taken from stored web pages (the
`pages` search corpus), none of them used in a set above and none of them on sport: Navy Secretary Donald Winter's tour of
the hospital ship USNS Comfort (Navy NewsStand, 2006, copy on globalsecurity.org: Donald Winter, Adam Robinson Jr., Ben
Feril), Air Force conservation programs in fiscal 2010 (af.mil, by Jennifer Schneider: Bruce Hagedorn), the Air Force and
USFWS conservation law enforcement partnership (amc.af.mil, by Jennifer Schneider: Kevin Porteck, Samantha Fleming), the
Air Force Academy's 2011 National Military Conservation Partner Award (usafa.af.mil, by Amber Baillie: Brian
Mihlbachler), the 20th anniversary of MCAS Miramar's Single Marine Program (2015: Michelle Sanchez, John Farnam, Chris
Cate), two MCAS Iwakuni stories (a volunteer luncheon, 2011, by Cpl. Claudio A. Martinez: James C. Stewart; MALS-12 at
the Marifu kindergarten, 2013, by Lance Cpl. J. Gage Karwick: Travis E. Coffey), Camp Blaz Marines volunteering in Guam's
schools (2024: Vincent Santiago) and an Air Mobility Command story on Col. David Barnes's recovery from kidney cancer (2013,
by Staff Sgt. Amber R. Kelly-Herard, copy on military-online.blogspot.com). All are US government works in the public
domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site banners, bylines,
captions, date lines and 'Published' labels were dropped; wording and quotation marks are as stored. None of these pages
is used in any set above (checked by URL, by article id, by the names of their speakers and by 8-word overlap with every
existing text, including the other helpers' worktrees). The annotation (rules H1265–H1268 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mil-en-nns-2006-07-14-secnav-tours-hospital-ship-comfort",
    source="https://www.globalsecurity.org/military/library/news/2006/07/mil-060714-nns03.htm",
    license=PDC, retrieved=PAGES + " (Navy NewsStand story NNS060714-03 by Mass Communication Specialist 3rd Class Heather Weaver, National Naval Medical Center Public Affairs, as copied by globalsecurity.org; the site lines 'UNITED24 - Make a charitable donation in support of Ukraine!' and 'Military', the lines 'Navy NewsStand', 'Story Number: NNS060714-03', 'Release Date: 7/14/2006 12:36:00 PM' and the byline dropped, headline kept as first line; the paragraph after Rob Reilly's presentation line ('\"The opportunity to allow our senior leadership ...'), cut in the stored copy, dropped; straight marks with curly apostrophes as stored)",
    text='''SECNAV Tours Hospital Ship USNS Comfort
BALTIMORE, Md. (NNS) -- Navy Secretary Donald Winter took a tour of USNS Comfort (T-AH 20) July 13 to see firsthand the ship’s capabilities and meet the crew.
During the tour, Sailors escorted the Secretary around the spaces and shared their expertise.
"I was impressed most today with the Sailors and their knowledge, understanding and commitment to the mission," Winter said, adding that briefings may give a person a rough idea of what the ship can do, but "you don’t get a sense of the crew until you actually come aboard the ship."
Comfort’s Officer in Charge, Capt. Ben Feril explained Comfort’s history and described the ship’s operating procedures. The Secretary learned the safety precautions the crew members take and the challenges they face while performing surgeries at sea.
"This is a stable platform," said National Naval Medical Center Commander, Rear Adm. Adam Robinson Jr. "You can still do a lot of work here."
Feril said the Secretary was able to see the contributions and abilities of a hospital ship and her crew.
"Wherever this ship goes, it will represent the U.S.," Feril said. "I think the Secretary gained an appreciation for our capabilities. The ship is doing its business; he understands this ship will provide great medical care wherever it goes."
Commander, Military Sealift Command, Rear Adm. Rob Reilly said the visit brought together leaders and emphasized the role of hospital ships in the world.''',
    quotes=[
        Q('"I was impressed most', 'to the mission,"', "Donald Winter"),
        Q('"you don’t get a sense', 'aboard the ship."', "Donald Winter"),
        Q('"This is a stable platform,"', None, "Adam Robinson Jr."),
        Q('"You can still do a lot of work here."', None, "Adam Robinson Jr."),
        Q('"Wherever this ship goes', 'represent the U.S.,"', "Ben Feril"),
        Q('"I think the Secretary gained', 'wherever it goes."', "Ben Feril"),
    ],
    aliases={"Donald Winter": ["Navy Secretary Donald Winter", "Winter"],
             "Adam Robinson Jr.": ["Rear Adm. Adam Robinson Jr."],
             "Ben Feril": ["Capt. Ben Feril", "Feril"]},
),
dict(
    id="mil-en-af-2011-air-force-conservation-programs-score-widespread-victories",
    source="https://www.af.mil/News/Article-Display/Article/114030/air-force-conservation-programs-score-widespread-victories/",
    license=PD, retrieved=PAGES + " (af.mil story by Jennifer Schneider, Air Force Center for Engineering and the Environment Public Affairs, on fiscal 2010; headline kept as first line; the '• Published • By ... Public Affairs' lines dropped; the paragraph 'The victory is the result of hard work ...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Air Force conservation programs score widespread victories
The Air Force is trustee to more than eight million acres of land, water and air assets, and is home to more than 70 threatened and endangered species.
Stewardship of these resources, in conjunction with sustainment of critical military mission activities, is a key priority for conservation programs across the Air Force, officials said.
Program achievements during fiscal 2010 were widespread, with many accomplishments in support of endangered species.
One of the installations achieving program victories in 2010 was Eglin Air Force Base, Fla. Measures taken by program officials there have resulted in population increases for both the Okaloosa darter and the red-cockaded woodpecker.
The darter relies on clear water streams, and approximately 95 percent of the total remaining population of the tiny endangered fish resides on the base. Base officials' efforts to abate erosion at stream crossings and improve crossing structures in critical habitat areas have resulted in a population increase and a determination by the U.S. Fish and Wildlife Service to down-list the species from "endangered" to "threatened" status.
The proposed rule is currently under review and will likely be published as a final rule in the federal register in the near future, according to base officials.
"It was up to the Air Force to make it or break it for this species," said Bruce Hagedorn, a supervisory biologist at Eglin AFB. "This was a monumental victory. It is the first vertebrate species down-listed solely by actions on a military installation."''',
    quotes=[
        Q('"endangered"', None, None),
        Q('"threatened"', None, None),
        Q('"It was up to the Air Force', 'this species,"', "Bruce Hagedorn"),
        Q('"This was a monumental victory.', 'military installation."', "Bruce Hagedorn"),
    ],
),
dict(
    id="mil-en-amc-2019-air-force-usfws-partner-protect-resources",
    source="https://www.amc.af.mil/News/Article-Display/Article/2028940/air-force-usfws-partner-to-protect-natural-cultural-resources/",
    license=PD, retrieved=PAGES + " (Air Force story by Jennifer Schneider, AFIMSC Public Affairs, on the Air Mobility Command site (the same story is on afcec.af.mil and edwards.af.mil); the '.mil website' banner lines and the '• Published • By ... Public Affairs' lines dropped, headline kept as first line; trailing blanks of lines dropped; the paragraph 'The five installations participating in the pilot program ...', cut in the stored copy, dropped; curly marks as stored; Fleming's split quotation is two spans)",
    text='''Air Force, USFWS partner to protect natural, cultural resources
JOINT BASE SAN ANTONIO-LACKLAND, Tex. -- Air Force natural and cultural resources are now safer, thanks to a new conservation law enforcement partnership with the U.S. Fish and Wildlife Service.
The Air Force Civil Engineer Center and USFWS kicked off a joint Conservation Law Enforcement Partnership, or CLEP, this fall, placing six USFWS conservation law enforcement officers, or CLEOs, across five Air Force installations. These officers are responsible for preserving Air Force natural and cultural resources, as well as protecting those who participate in base recreation activities.
“One significant benefit of a CLEO is the information and assistance they will provide to persons participating in outdoor recreation activities on Air Force installations,” said Kevin Porteck, Air Force natural resources subject matter expert and Air Force lead for the program.
Samantha Fleming, USFWS supervisory law enforcement specialist and USFWS lead for the CLEP, said the program is beneficial to both organizations.
“There are benefits to both USFWS and the Air Force through an increase of more natural and cultural resource protection,” Fleming said. “Conservation protection is what federal wildlife officers are trained to do and the Air Force is legally responsible for protecting these resources within their mission framework. The partnership makes sense: more federal wildlife officers for USFWS and better protection for Air Force lands.”''',
    quotes=[
        Q('“One significant benefit', 'Air Force installations,”', "Kevin Porteck"),
        Q('“There are benefits', 'resource protection,”', "Samantha Fleming"),
        Q('“Conservation protection is', 'Air Force lands.”', "Samantha Fleming"),
    ],
    aliases={"Samantha Fleming": ["Fleming"]},
),
dict(
    id="mil-en-usafa-2012-03-natural-resources-office-conservation-award",
    source="https://www.usafa.af.mil/US-Air-Force-Academy-News/News-View/Article/428572/natural-resources-office-wins-national-conservation-award",
    license=PD, retrieved=PAGES + " (usafa.af.mil story by Amber Baillie, Academy Spirit staff writer, March 2012; headline kept as first line; the '• Published • By ... staff writer' lines dropped; the paragraph '\"We\\'re all about conserving and enhancing the natural resourc...', cut in the stored copy, dropped; straight marks as stored, Mihlbachler's split quotation is two spans)",
    text='''Natural Resources Office wins national conservation award
The Air Force Academy's Natural Resources Office was selected as the winner of the 2011 National Military Conservation Partner Award March 1 by the U.S. Fish and Wildlife Service.
The award will be presented twice in Atlanta, first at the National Military Fish and Wildlife Association's general session on March 13 and again at the National Fish and Wildlife Foundation and USFWS director's reception March 15.
The annual award was created by the Fisheries and Habitat Conservation program in 2004 to acknowledge a military installation for their outstanding accomplishments to promote conservation on military lands.
The award covers all aspects of conservation and natural resource management, said Brian Mihlbachler, the Fish and Wildlife Service's natural resources manager here. Highlights of the Academy's Natural Resources Office include its forest program, forestry management, mountain pine beetle control and Preble's Meadow jumping mouse conservation.
The Pueblo Chemical Depot, Umatilla Chemical Depot and natural resource programs at Fort Carson and the Academy are military installations administered from the Colorado Fish and Wildlife Conservation office in Denver. The office selects military partners to nominate for the award and chose the Academy.
"It's kind of unique that since 2004 there have been three programs that have won the award coming out of that office," Mihlbachler said. "At least eight (local offices) competed for this year's award, not to mention Kansas, Nebraska and North and South Dakota."
The Academy has been nominated for the regional award almost every year but has never received the national award. The Fish and Wildlife Service's Washington office and regional Sikes Act coordinators reviewed the 2011 installation nominees and selected the Academy.''',
    quotes=[
        Q('"It\'s kind of unique', 'out of that office,"', "Brian Mihlbachler"),
        Q('"At least eight', 'South Dakota."', "Brian Mihlbachler"),
    ],
    aliases={"Brian Mihlbachler": ["Mihlbachler"]},
),
dict(
    id="mil-en-miramar-2015-07-smp-20th-anniversary-proclamation",
    source="https://www.miramar.marines.mil/News/News-Article-Display/Article/610667/smp-accepts-20th-anniversary-proclamation-from-san-diego-council",
    license=PD, retrieved=PAGES + " (MCAS Miramar story 'SMP accepts 20th anniversary proclamation from San Diego council', July 2015; the stored part begins with the date line, no headline (H1265), and is kept whole; curly marks as stored; 'an Atlanta, native' as stored)",
    text='''SAN DIEGO, Calif. -- On behalf of the Marine Corps Air Station Miramar Single Marine Program, Col. John Farnam, commanding officer of MCAS Miramar, accepted a proclamation recognizing the 20th Anniversary of the program at the City Administration Building, San Diego, July 21.
The program was established on July 22, 1995, and has contributed volunteers to the city of San Diego ever since.
The SMP volunteers more than 300 hours a year, some of which are spent at local schools where members join and lead physical education classes.
“I really like volunteering and helping out when it comes to kids especially,” said Cpl. Michelle Sanchez, an administration clerk with MCAS Miramar and an Atlanta, native. “Because my own siblings aren’t here, I like interacting with little kids. I just like to help out too. It makes you feel good.”
Volunteering is not only good for the service members, but also for the community.
“I’m told attendance at schools, the day the Marines are there, are better than any other day of the year because the kids want to come out and spend time with the Marines,” said Farnam. “I was very proud of them.”
The SMP serves as a platform for single, active-duty service members to participate in recreational activities, special events and community involvement.
“The Single Marine Program is dedicated to improving morale, increasing self-sufficiency and integrating the single Marines into our community,” said Chris Cate, the San Diego councilmember of District 6.
Although Marines are known for being always ready for the fight, the spirit of volunteering is also a big part of the warrior ethos.''',
    quotes=[
        Q('“I really like volunteering', 'kids especially,”', "Michelle Sanchez"),
        Q('“Because my own siblings', 'feel good.”', "Michelle Sanchez"),
        Q('“I’m told attendance', 'with the Marines,”', "John Farnam"),
        Q('“I was very proud of them.”', None, "John Farnam"),
        Q('“The Single Marine Program is', 'our community,”', "Chris Cate"),
    ],
    aliases={"Michelle Sanchez": ["Cpl. Michelle Sanchez"],
             "John Farnam": ["Col. John Farnam", "Farnam"]},
),
dict(
    id="mil-en-iwakuni-2011-04-29-station-thanks-volunteers",
    source="https://www.mcasiwakuni.marines.mil/Iwakuni-News/News-Stories/News-Article-Display/Article/506883/station-thanks-volunteers",
    license=PD, retrieved=PAGES + " (MCAS Iwakuni story by Cpl. Claudio A. Martinez, April 29, 2011; the '.mil website' banner lines and the date-and-byline line '29 Apr 2011 | Cpl. Claudio A. Martinez Marine Corps Air Station Iwakuni, Japan' dropped, headline kept as first line; the paragraph 'The volunteers who were recognized during the luncheon ...', cut in the stored copy, dropped; curly marks as stored; brackets inside the spans as stored)",
    text='''Station thanks volunteers
Marine Corps Community Services hosted a luncheon at the Club Iwakuni ballroom here April 22 to recognize and thank local volunteers for their efforts in and around the community here.
Approximately 250 station residents who volunteered their time and efforts to local community projects here and across Japan attended the luncheon.
Col. James C. Stewart, station commanding officer, attended the event to help recognize the station volunteers.
“Those who have worked for me or worked with me know that I have three priorities,” said Stewart. “Accomplish the mission, take care of each other and have fun. What we gathered here to do today is to celebrate a group, a large group of people by distribution, who embody exactly that. (These volunteers) take care of the mission; take care of each other, our families, our children, our host and our countrymen.”
Within the past year, more than 858 station residents have volunteered approximately 40,000 hours to local community projects. Stewart estimated if he were to pay the volunteers minimum wage for those hours, it would add up to around $300,000.
“In looking at those 858, that is one in five aboard an air station of 4,600 people (who have given their time to volunteer work),” said Stewart. “That is impressive. That is the spirit of giving.”''',
    quotes=[
        Q('“Those who have worked for me', 'three priorities,”', "James C. Stewart"),
        Q('“Accomplish the mission', 'our countrymen.”', "James C. Stewart"),
        Q('“In looking at those 858', 'volunteer work),”', "James C. Stewart"),
        Q('“That is impressive.', 'spirit of giving.”', "James C. Stewart"),
    ],
    aliases={"James C. Stewart": ["Col. James C. Stewart", "Stewart"]},
),
dict(
    id="mil-en-iwakuni-2013-03-14-mals-12-contributes-to-friendship",
    source="https://www.mcasiwakuni.marines.mil/Iwakuni-News/News-Stories/News-Article-Display/Article/503861/mals-12-contributes-to-friendship",
    license=PD, retrieved=PAGES + " (MCAS Iwakuni story by Lance Cpl. J. Gage Karwick, March 14, 2013; the '.mil website' banner lines, the 'Photo Information' block with its caption and photo credit and the date-and-byline line dropped, headline kept as first line; the paragraph '“We gave the graduates a certificate ... said Petty O...', cut in the stored copy, dropped; 'communityrelations' and 'pre-school/ kindergarten' as stored; curly marks as stored)",
    text='''MALS-12 contributes to friendship
Station volunteers with Marine Aviation Logistics Squadron 12 and Marine Aircraft Group 12 participated in a communityrelations event at the Marifu Hoikuen (Marifu pre-school/ kindergarten) March 14, 2013.
“Today, we continued our commanding officer’s mission of community-relations projects that are geared to make positive ties of friendship with the Japanese citizens living in this vicinity,” said Navy Lt. Travis E. Coffey, MAG-12 deputy chaplain and MALS-12 chaplain.
The volunteers assisted the children with their English language lessons as well.
“We want to make connections with families, and what better way to do that than by investing in the children of the community?” said Coffey. “So, what we do consistently is go out to different pre-schools and teach them words, names, numbers and how to count.”
Though the children are young and just beginning their long road of education, the volunteers handed out certificates of accomplishment to those students moving on to the next level in their studies.''',
    quotes=[
        Q('“Today, we continued', 'in this vicinity,”', "Travis E. Coffey"),
        Q('“We want to make connections', 'of the community?”', "Travis E. Coffey"),
        Q('“So, what we do consistently', 'how to count.”', "Travis E. Coffey"),
    ],
    aliases={"Travis E. Coffey": ["Navy Lt. Travis E. Coffey", "Coffey"]},
),
dict(
    id="mil-en-mcbblaz-2024-03-marines-volunteer-in-local-schools",
    source="https://www.mcbblaz.marines.mil/News/Article/Article/3751837/marines-from-marine-corps-base-camp-blaz-volunteer-in-local-schools/",
    license=PD, retrieved=PAGES + " (Marine Corps Base Camp Blaz story 'Marines from Marine Corps Base Camp Blaz volunteer in local schools', 2024; the stored part begins with the date line, no headline (H1265); the paragraph 'Volunteers supervised the events, not only scoring, ...', cut in the stored copy, dropped; single straight marks around the motto words and a curly double-marked quotation as stored)",
    text='''MARINE CORPS BASE CAMP BLAZ, Guam -- U.S. Marines remain 'always faithful' to their service and their community, and Marines stationed on Marine Corps Base (MCB) Camp Blaz embody that same 'semper fidelis' spirit. Over the past few weeks, Marines from MCB Camp Blaz volunteered with a several schools for events such as Career Fairs, Drill Competitions and Junior Reserve Officers’ Training Corps (JROTC) Fitness Challenges.
On Feb. 17, 2024, Marines volunteered to evaluate the JROTC Drill Competition. This competition was held at Okkodo High School and included Tiyan, Father Duenas, John F. Kennedy (JFK) and Southern High Schools. For the first time since 2011, the JROTC programs competed against one another and service members judged the events.
Blaz Marines evaluated the JROTC units on a variety of events such as unarmed, armed and color guard competitions participating in both regulation and exhibition routines. After careful evaluation from the volunteer service members, the judges awarded JFK High School as the overall winner of the competition, taking home eight of the nine events.
Retired U.S. Marine Corps Sgt. Maj. Vincent Santiago, the senior Marine instructor for the Marine JROTC program at Okkodo High School, recognized the importance of the service members' presence at the event. “Having Marines volunteer sends the right message and example that Marines take pride in everything they do, especially influencing future Marines,” he said.
The following weekend, on Feb. 24, Marines joined by other service members volunteered for JFK’s JROTC Fitness Challenge. Following a successful Drill Competition, seven schools, each having two teams of 10-12 students, gathered at JFK High School to compete in a series of fitness events. The events pertained to each of the U.S. military branches fitness tests such as a mile run, obstacle course, pushups, sit-ups and planks.''',
    quotes=[
        Q("'always faithful'", None, None),
        Q("'semper fidelis'", None, None),
        Q('“Having Marines volunteer', 'future Marines,”', "Vincent Santiago"),
    ],
    aliases={"Vincent Santiago": ["Sgt. Maj. Vincent Santiago"]},
),
dict(
    id="mil-en-amc-2013-09-10-airman-unexpected-journey-with-cancer",
    source="http://military-online.blogspot.com/2013_09_12_archive.html",
    license=PDC, retrieved=PAGES + " (Air Mobility Command story by Staff Sgt. Amber R. Kelly-Herard, September 10, 2013, as copied on the blog's archive page of September 12, 2013; the blog date line 'Thursday, September 12, 2013', the byline 'by Staff Sgt. Amber R. Kelly-Herard' and the line 'Air Mobility Command Public Affairs' dropped, headline kept as first line; the paragraph 'Juenger explained movement is so impor...', cut in the stored copy, dropped; the date line '9/10/2013 - SCOTT AIR FORCE BASE, Ill.  --' with its double space and the straight marks as stored)",
    text='''The flipside of an Airman’s unexpected journey with cancer
9/10/2013 - SCOTT AIR FORCE BASE, Ill.  -- "It doesn't look good" are four words no one ever wants to hear from a doctor.
For Col. David Barnes, 618th Air and Space Operations Center (Tanker Airlift Control Center) senior director of operations, those words began a journey from cancer to passing a physical fitness test.
Just two months after arriving here from Germany, the colonel went to the doctor for what he thought was hypertension. After running some blood tests, the doctor noticed his creatinine (kidney enzyme) levels were slightly elevated, which led to an ultrasound. That same day, Sept. 4, 2012, Barnes learned he had a mass the size of a fist on his kidney.
"Thanks for ordering the blood work Dr. Sajid, now how do I get it out of me?" was the colonel's first reaction.
Jenny Juenger, 375th Flight Medicine nurse, called five different hospitals to see which of them would remove the mass on his kidney. She found a kidney specialist, a general surgeon and an oncologist located at Siteman Cancer Center at Barnes-Jewish Hospital (no relation to Colonel Barnes) in St. Louis.
Less than two weeks later and many "what if's", Barnes' kidney was removed and it was confirmed he had cancer.
Barnes' wife of 23 years, Kelly, his daughter and his Air Force family at work and at the 375th Medical Group were crucial to his recovery.
Barnes' co-workers also helped by providing meals, performing chores around the house and mowing their lawn.
"Everyone kept telling me to keep moving," said Barnes, who hails from Jacksonville, Fla. "So Kelly and I would walk first 100 yards, then we worked our way a bit further by walking to the stop sign in front of our house, eventually 10 minutes led to an hour and now we continue to walk because it has strengthened our marriage."''',
    quotes=[
        Q('"It doesn\'t look good"', None, None),
        Q('"Thanks for ordering', 'out of me?"', "David Barnes"),
        Q('"what if\'s"', None, None),
        Q('"Everyone kept telling me', 'keep moving,"', "David Barnes"),
        Q('"So Kelly and I would walk', 'our marriage."', "David Barnes"),
    ],
    aliases={"David Barnes": ["Col. David Barnes", "Barnes", "the colonel"]},
),
]
