# Held-out English news texts (tests/data/heldout599-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army Corps
# of Engineers, the Space Force, the Marine Corps, the Navy and the Army: a DVIDS story of the Corps' Nashville District
# on a lifesaving award for a Martins Fork Lake park ranger (dvidshub.net 116051, 2013), two Space Force stories (Space
# Training and Readiness Command Guardians at the Cripple Creek Victor school district, starcom.spaceforce.mil 2964695;
# the 'STEMtoSpace' campaign, spaceforce.mil 2879299), two Marine Corps stories on Habitat for Humanity builds (Combat
# Logistics Regiment 25 in Onslow County, dvidshub.net 33664; Marines in Chicago's South Side, acmc.marines.mil 553834,
# 2009), two Navy News Service stories reposted on globalsecurity.org (USS Patriot sailors at the Ramakrishna Mission
# orphanage in Port Blair, NNS100326-14, 2010; USS Underwood sailors at an orphanage in Trinidad, NNS060522-15, 2006)
# and two army.mil stories of the Research, Development and Engineering Command (NCOs at the eCYBERMISSION national
# event, army.mil 106720, 2013; Army robotics engineers at Sam Houston High School in San Antonio, army.mil 50030). None
# is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (noted in
# `retrieved`). Site lines (DVIDS' maintenance notice, log-in fields and logo line, place and date lines, 'Photo
# Information' blocks, photo captions and credits, '• Published' / '• By ...' lines, bylines, globalsecurity.org's banner
# and story-number lines, army.mil's caption lines), the empty lines between paragraphs, the indentation of DVIDS lines
# and spaces at the end of a line are dropped; a headline is kept once as the first line where the stored copy has one
# (none is added where it has none); datelines are kept as stored; wording, typos, dashes and quotation marks (straight
# or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2300-H2304
# in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout599-en.jsonl

Built by `build.py` from `heldout599_pages.py`. Like heldout583-en, heldout575-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a DVIDS story by Mark Rankin of the U.S. Army Corps of
Engineers, Nashville District, 'Lifesaving award presented to Martins Fork Lake park ranger' (dvidshub.net 116051, date
line 10.29.2013); two Space Force stories, 'Guardian Giving Back' of Space Training and Readiness Command
(starcom.spaceforce.mil 2964695; no date or writer in the stored copy) and 'Space Force brings ‘STEMtoSpace’ to students
around the world' by Secretary of the Air Force Public Affairs (spaceforce.mil 2879299; no date in the stored copy, the
campaign of December 2021); two Marine Corps stories on Habitat for Humanity builds, the DVIDS story on Marines and
Sailors of Combat Logistics Regiment 25, 2nd Marine Logistics Group, roofing a house in Onslow County, 'Lejeune service
members lend helping hand' by its address (dvidshub.net 33664; no headline, year or writer in the stored copy), and
'Building relationships, homes one brick at a time' by Pfc. Lucas Vega (acmc.marines.mil 553834, 14 May 2009); two Navy
News Service stories reproduced on globalsecurity.org, 'Patriot Sailors Lend a Hand at Indian Orphanage' (NNS100326-14,
March 26, 2010, by Mass Communication Specialist 1st Class Richard Doolin, Commander, Amphibious Force, U.S. 7th Fleet
Public Affairs) and 'Underwood Sailors Volunteer at Trinidad Orphanage' (NNS060522-15, May 22, 2006, by Journalist
Seaman Charles A. Ordoqui, USS George Washington Carrier Strike Group Public Affairs); and two army.mil stories of the
U.S. Army Research, Development and Engineering Command, 'Soldiers teach Army values to student scientists' by Dennis
Neal (army.mil 106720, July 2, 2013) and 'Army engineers display robots at San Antonio schools' by its address (army.mil
50030; no headline, date or writer in the stored copy, which opens with a photo title and caption). Reuse terms relied
on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil and DVIDS pages are the
services' and commands' own stories, and the globalsecurity.org copies reproduce Navy News Service stories credited to
Navy public affairs writers and are marked as copies on a non-government site (licence constant PDC, as the
globalsecurity.org copies of heldout509-en). Licence caveats: the stored copies of the Lejeune, STARCOM and San Antonio
stories name no writer, so the writer's status is taken from the service or command publishing them as its own
stories; the globalsecurity.org copies may differ from the Navy's own pages in details the stored copies cannot show;
the stories quote civilians inside the public-domain stories (a Habitat for Humanity site supervisor, the secretary of
the Ramakrishna Mission, two high school students, an RDECOM engineer). None is credited to AP, Reuters, AFP or another
third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut
paragraph is dropped, also where it holds a complete quotation (the STEMtoSpace story's and the RDECOM values story's
last paragraphs), noted per page: the Martins Fork story's '“Everything happened so fast and there was no time to ask
questions or think '; the STARCOM story ends on a complete paragraph; the STEMtoSpace story's '“Being able to share my
passion for space ...,” Hague said. “STEM is critical ... to lead the future of space research and '; the Lejeune
story's 'Morto'; the Chicago story ends on a complete paragraph; the Patriot copy ends on a complete paragraph before
globalsecurity.org's 'NEWSLETTER' lines, which are dropped; the Underwood story's '"I was so overwhelmed to be a part of
something that’s so muc'; the RDECOM values story's '"We are there essentially as their chaperones, ...," McGloin said.
"Aside from just accountability, we h'; the San Antonio story's '"Our Army isn't an average Army. There are over 150 '.
The site lines (DVIDS' 'Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February
15th', '(e.g. yourname@email.com)', 'Forgot Password?', 'Defense Visual Information Distribution Service Logo', the
repeated headline, the photo caption 'Photo By Mark Rankin | U.S. Army Corps of Engineers Nashville District Park Ranger
Brent Sewell from Martins...... read more read more', the place line 'SMITH, ME, UNITED STATES', the date line
'10.29.2013', 'Story by Mark Rankin' and the unit line 'U.S. Army Corps of Engineers, Nashville District'; the STARCOM
page's '• Published' and its repeated headline; spaceforce.mil's 'An official website of the United States government',
'Here's how you know', the .mil and lock notices, the image line 'Artist’s rendering of WGS-11+', '• Published' and '•
By Secretary of the Air Force Public Affairs'; the acmc page's 'Photo Information', its caption 'Sgt. Jeremy Owens, an
armored vehicle mechanic ... in Chicago’s South Side.', 'Photo by Pfc. Lucas Vega' and '14 May 2009 | Pfc. Lucas Vega';
globalsecurity.org's 'UNITED24 - Make a charitable donation in support of Ukraine!', 'Military', 'Navy NewsStand', the
story-number and release-date lines and the bylines; army.mil's 'By Mr. Dennis Neal (RDECOM)July 2, 2013', the three
caption lines 'Soldiers teach Army values to student scientists / 1 / 3 Show Caption + Hide Caption – (Photo Credit:
U.S. Army) VIEW ORIGINAL' and the like, and the San Antonio page's photo title 'RDECOM reaches out to local youth' and
caption 'Dmitri Nguyen, center, a robotics engineer ... how to navigate two Army robots.'), the empty lines between
paragraphs, the indentation of the DVIDS lines and the spaces at the end of lines were dropped; headlines are kept once
as the first line where the stored copy has one (the Lejeune and San Antonio copies have none and get none, H1818);
datelines ('SMITH, Ky. –', 'CAMP LEJEUNE, N.C. —', 'PORT BLAIR, India (NNS) --', 'PORT OF PRINCE, Trinidad (NNS) --',
'LEESBURG, Va. --', 'SAN ANTONIO --') are kept as stored; wording and typos ('was very fortunately the situation did not
turn out to be worst than it was', 'and were grateful for the opportunity', 'the United States Space Force' without a
full stop, 'team-inspired', '2nd Battallion', 'expressed appreciation the volunteers', 'and then and put up posts',
'Port of Prince'), dashes, the ellipsis and quotation marks (straight or curly as stored) are as stored. Pages read but
left out: pages already in earlier sets (the North Dakota Guard flood story 611419, the Indiana Guard flood story
573302, the American Forces Press Service Floyd story, the Iowa and Louisiana Guard flood stories, a Nashville District
turkey hunt story by the same Corps writer, the Valentine's Day VA stories), pages whose stored part keeps fewer than
two complete quotations (the Corps headquarters story on the same Martins Fork rescue, 478149, and the DVIDS story on
Martins Fork ranger training, 71230; a Fort Worth District rescue story; a Louisville District recreation month story;
a Nellis story on Space Force STEM outreach; a Space Delta 6 story; an Albany Marine Corps Habitat story; a DVIDS
recruiting story from a robotics competition), a Parris Island Habitat story whose marks are stored as question marks,
pages kept for another set or left for balance (a Raleigh recruiting station Habitat story, 520349; the 1st Marine
Logistics Group's San Juan Capistrano Habitat story, 38629; a Miramar Habitat story; a Joint Base San Antonio story on
the National Salute to Veterans, 2099261; an army.mil story on the Rapid Equipping Force and Ballou Senior High School;
a recruiting.army.mil robotics story), blog copies of Navy stories (terrorism-online.blogspot.com, military-online,
khmernz.blogspot.com) and newspaper, TV, magazine and forum pages found by the same searches. None of the pages used is
in any set above or in another helper's worktree (checked by URL and page id (116051, 2964695, 2879299, 33664, 553834,
mil-100326-nns03, mil-060522-nns10, 106720, 50030), by title and slug and by the names of their speakers and phrases,
such as Lifesaving award presented, Martins Fork, Brent Sewell, Aaron Ledford, John Hudson, Star of Life, Guardian
Giving Back, Adam Wasinger, Taylor Duncan, Cripple Creek, Yulonda McGee, STEMtoSpace, Nick Hague, Lejeune service
members lend, Chaplain Kimball, Adam Price, Anthony Graff, Roger Morton, chalk line template, one brick at a time,
Windy City Habitat, Guillermo Rosales, Joseph Vaccaro, Leon Metcalf, Ramakrishna, Kyle Rose, Paul Lozano,
Amartyananda, Underwood Sailors, St. Dominick, Roderick Fraser, David Gallagher, Eric Boehringer, eCYBERMISSION, Steven
McGloin, Tracy Campbell, Sam Houston High, Kirsten Redmon, Tiffany Burgess, Karen Ryder and Dmitri Nguyen, with grep
over tests/data of the main tree and of every other helper's worktree (heldout593-600): no hit; Habitat for Humanity
occurs in other stories of earlier sets, heldout509-en among them). The annotation (rules H2300–H2304 in `ANNOTATION.md` on top of the earlier rules) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-116051-martins-fork-lifesaving-award-2013",
    source="https://www.dvidshub.net/news/116051",
    license=PD, retrieved=PAGES + " (DVIDS story by Mark Rankin, U.S. Army Corps of Engineers, Nashville District, date line 10.29.2013, on the Star of Life Award presented to Park Ranger Brent Sewell for rescuing a drowning teenager at Martins Fork Lake; DVIDS' maintenance notice, log-in fields and logo line, the repeated headline, the photo caption 'Photo By Mark Rankin | U.S. Army Corps of Engineers Nashville District Park Ranger Brent Sewell from Martins...... read more read more', the place line 'SMITH, ME, UNITED STATES', the date line, the byline 'Story by Mark Rankin' and the unit line dropped; headline kept once as the first line; the indentation of the stored lines dropped; the last paragraph, '“Everything happened so fast and there was no time to ask questions or think ', cut in the stored copy, dropped (H2121); one cue repeated after both pieces of a paragraph, the second without a full stop, and reported speech that slips into the first person without marks (H2300); 'was very fortunately', 'worst than it was' and curly marks as stored)",
    text='''Lifesaving award presented to Martins Fork Lake park ranger
SMITH, Ky. – The U.S. Army Corps of Engineers Nashville District commander recognized a park ranger at Martins Fork Lake today with a Star of Life Award for his heroic rescue of a drowning teenager Labor Day weekend.
Lt. Col. John Hudson, Nashville District commander, presented Park Ranger Brent Sewell the award at a ceremony for his courage and bravery to save the life of Aaron Ledford, 18, from Louisville, Ky. on Sept. 1, 2013.
“It is rangers like Sewell that do the right thing when duty calls,” said Hudson. “We have a fantastic group of park rangers in the Nashville District and they all do a superb job day in and day out by educating the public about water safety and sometimes saving a life,” said Hudson
Ledford attended a family reunion at the beach and while playing in the water followed a beach ball into the deeper end of the swimming area. He realized he was in trouble when he released the swimming area’s boundary line as he pulled himself out hand-over-hand. Sewell, a trained life guard, after being flagged down by a woman immediately pulled his truck near the beach and went into rescue mode.
Explaining how he performed the rescue Sewell said he did what I was trained to do and was very fortunately the situation did not turn out to be worst than it was.''',
    quotes=[
        Q('“It is rangers like Sewell', 'when duty calls,”', "John Hudson"),
        Q('“We have a fantastic group', 'saving a life,”', "John Hudson"),
    ],
    aliases={"John Hudson": ["John Hudson", "Lt. Col. John Hudson", "Nashville District commander", "The U.S. Army Corps of Engineers Nashville District commander", "Hudson"]},
),
dict(
    id="starcom-2964695-guardian-giving-back-cripple-creek",
    source="https://www.starcom.spaceforce.mil/News/Article-Display/Article/2964695/guardian-giving-back",
    license=PD, retrieved=PAGES + " (Space Training and Readiness Command (STARCOM) story on Guardians and the Air Force Academy's Space Team visiting the Cripple Creek Victor school district (no date or writer in the stored copy); the line '• Published' dropped and the headline, printed twice, kept once as the first line (H1246); the first paragraph, which ends without a full stop on 'the United States Space Force', kept as stored; the copy ends on a complete paragraph, which is kept; two Guardians of one detachment each cued by name with a role after it, `another member of` for the second, and an officer whose explanation is reported without marks (H2301); 'were grateful', 'team-inspired', the double hyphen and curly marks as stored)",
    text='''Guardian Giving Back
Guardians from Space Training and Readiness Command (STARCOM) and the United States Air Force Academy’s (USAFA) Space Team, visited Colorado’s Cripple Creek Victor school district to interact with more than 100 students, discussing multiple Science Technology Engineering and Math (STEM) concepts, as well as the United States Space Force
“Giving back to the community is part of the Guardian Ideal and is representative of the kind of culture we’re fostering in the Space Force,” said Space Force Lt. Col. Adam Wasinger, a member of STARCOM’s Delta 13, Detachment 1. “These students are the future of our country and were grateful for the opportunity to spend time with them and recognize their hard work.”
In addition to discussion around STEM related topics, the students divided into three teams--each building and launching a custom rocket constructed from a 2-liter soda bottle in friendly, team-inspired competition.
“I was particularly excited to support this event in Cripple Creek because I’m from a small town and understand the challenges that can present,” said Space Force Maj. Taylor Duncan, another member of STARCOM’s Delta 13, Detachment 1. “When I was growing up, I was always grateful to learn about opportunities available to me from around the world, and I hope to inspire these students by letting them know they too can play an active role in the future of space.”
Also attending the community engagement was Space Force Capt. Yulonda McGee who explained to the students how cell phones and daily capabilities are enhanced with Global Positioning System (GPS) satellites, flown out of Schriever Space Force Base.''',
    quotes=[
        Q('“Giving back to the community', 'in the Space Force,”', "Adam Wasinger"),
        Q('“These students are the future', 'their hard work.”', "Adam Wasinger"),
        Q('“I was particularly excited', 'that can present,”', "Taylor Duncan"),
        Q('“When I was growing up', 'future of space.”', "Taylor Duncan"),
    ],
    aliases={"Adam Wasinger": ["Adam Wasinger", "Space Force Lt. Col. Adam Wasinger", "a member of STARCOM’s Delta 13, Detachment 1"],
             "Taylor Duncan": ["Taylor Duncan", "Space Force Maj. Taylor Duncan", "another member of STARCOM’s Delta 13, Detachment 1"]},
),
dict(
    id="spaceforce-2879299-stemtospace-students-world",
    source="https://www.spaceforce.mil/News/Article/2879299/space-force-brings-stemtospace-to-students-around-the-world/",
    license=PD, retrieved=PAGES + " (Space Force story by Secretary of the Air Force Public Affairs on the 'STEMtoSpace' outreach campaign around the service's second birthday (no date in the stored copy); the lines 'An official website of the United States government', 'Here's how you know', the .mil and lock notices, the image line 'Artist’s rendering of WGS-11+', '• Published' and '• By Secretary of the Air Force Public Affairs' dropped; headline kept as the first line; the last paragraph, '“Being able to share my passion for space and my experiences on orbit with students around the world has been incredible,” Hague said. “STEM is critical ... to lead the future of space research and ', cut in the stored copy, dropped whole with Hague's complete first piece (H2121), so Nick Hague is named but no speaker; a campaign name in single marks in the headline and in double marks in the body, and a nickname in marks inside the speaker's name in the cue (H1717, H2301); the en dash and curly marks as stored)",
    text='''Space Force brings ‘STEMtoSpace’ to students around the world
Space Force’s “STEMtoSpace” outreach campaign started as a small team project in honor of the Service’s first birthday Dec. 20, 2020, designed to link Space Force volunteers with local-area students to talk about the importance of STEM education. The initiative quickly expanded reaching more than 17,000 students across all 50 states in the campaign’s first year.
“STEM-focused education is not only critical to the success of the Space Force, but it also holds the key to our future security and prosperity as a nation,” Chief of Space Operations Gen. John W. “Jay” Raymond said. “This outreach campaign has been nothing short of inspiring, as our volunteers and students around the globe have connected to build upon their shared passion for space.”
This year, the majority of the classroom visits were virtual, but some Guardians, including the Chief of Space Operations and NASA astronaut and Space Force Col. Nick Hague, were fortunate to visit a few locations in person – including Raymond’s high school alma mater, Thomas Jefferson High School for Science and Technology in Alexandria, Virginia. Raymond and Hague spoke to more than 200 students there, Dec. 15.''',
    quotes=[
        Q('‘STEMtoSpace’', None, None),
        Q('“STEMtoSpace”', None, None),
        Q('“STEM-focused education', 'as a nation,”', "Raymond"),
        Q('“Jay”', None, None),
        Q('“This outreach campaign', 'passion for space.”', "Raymond"),
    ],
    aliases={"Raymond": ["Raymond", "Chief of Space Operations Gen. John W. “Jay” Raymond", "John W. “Jay” Raymond", "Chief of Space Operations"]},
),
dict(
    id="dvids-33664-lejeune-habitat-roof-onslow",
    source="https://www.dvidshub.net/news/33664/lejeune-service-members-lend-helping-hand",
    license=PD, retrieved=PAGES + " (DVIDS story on Marines and Sailors of Combat Logistics Regiment 25, 2nd Marine Logistics Group, roofing a Habitat for Humanity house in Onslow County on May 9 (no headline, year or writer in the stored copy, which opens with the dateline paragraph), so no headline is added (H1818); the last paragraph, 'Morto', cut in the stored copy, dropped; a present-tense `says` presenting a speaker later cued `said Price`, a chaplain named inside a quotation, and the speaker's own earlier words in single marks nested in his quotation, closing together with it (H2302); the em dash and straight marks as stored)",
    text='''CAMP LEJEUNE, N.C. — Early on the morning of May 9, dozens of Marines and Sailors from Combat Logistics Regiment 25, 2nd Marine Logistics Group, were hard at work on a construction project.
It had nothing to do with their military mission to directly support II Marine Expeditionary Force. They were dedicating their personal time to Onslow County's Habitat for Humanity to build a house for a family in need.
Chief Warrant Officer Adam Price, the ammunition officer for 2nd Supply Battalion, Combat Logistics Regiment 25, 2nd Marine Logistics Group, says a request for volunteers led to the effort.
"Chaplain Kimball sent a group-wide email asking for volunteers, and everybody just signed on," said Price. "I think most Marines and Sailors want to help out in the community. I know from my company alone we had about 20 volunteers."
Lance Cpl. Anthony Graff, an ammunition technician with Combat Logistics Regiment 25, 2nd Marine Logistics Group, who volunteered, said news of the project spread through word of mouth between the junior service members.
"I was out with a couple of guys last night, they told me about this and I said, 'Hey, wake me up and I'll be there,'" said Graff. "It feels good to know you're helping people that may not be able to help themselves, so I took a break from doing personal things to help other people."
The goal for the day was to finish the house's roof.
The more experienced volunteers began the day with a safety class, and then taught the newcomers how to create a chalk line template, place drip guard on edges and shingle the roof.
Volunteers do not need any previous construction experience to pitch in. Many of the volunteers that day had never worked construction before much less been on a roof.
"It doesn't matter if they've never driven a nail before," said Roger Morton, an assistant site supervisor with Habitat for Humanity. "We'll teach them, and by the end of the day they'll be driving nails, or screws, or whatever it is we are doing."''',
    quotes=[
        Q('"Chaplain Kimball sent', 'just signed on,"', "Adam Price"),
        Q('"I think most Marines', 'about 20 volunteers."', "Adam Price"),
        Q('"I was out with a couple', 'I\'ll be there,\'"', "Anthony Graff"),
        Q('"It feels good to know', 'help other people."', "Anthony Graff"),
        Q('"It doesn\'t matter if', 'nail before,"', "Roger Morton"),
        Q('"We\'ll teach them', 'we are doing."', "Roger Morton"),
    ],
    aliases={"Adam Price": ["Adam Price", "Chief Warrant Officer Adam Price", "the ammunition officer for 2nd Supply Battalion, Combat Logistics Regiment 25, 2nd Marine Logistics Group", "Price"],
             "Anthony Graff": ["Anthony Graff", "Lance Cpl. Anthony Graff", "an ammunition technician with Combat Logistics Regiment 25, 2nd Marine Logistics Group", "Graff"],
             "Roger Morton": ["Roger Morton", "an assistant site supervisor with Habitat for Humanity"]},
),
dict(
    id="acmc-553834-chicago-habitat-one-brick-2009",
    source="https://www.acmc.marines.mil/News/News-Article-Display/Article/553834/building-relationships-homes-one-brick-at-a-time/",
    license=PD, retrieved=PAGES + " (Marine Corps story by Pfc. Lucas Vega of 14 May 2009 on Marines of the 1st Marine Division, Marine Air Control Group 48 and 2nd Battalion, 24th Marines helping the Windy City Habitat for Humanity build two homes on Chicago's South Side; the block 'Photo Information', its caption 'Sgt. Jeremy Owens, an armored vehicle mechanic with California-based 3rd Assault Amphibian Battalion, ... in Chicago’s South Side.', the credit 'Photo by Pfc. Lucas Vega' and the line '14 May 2009 | Pfc. Lucas Vega' dropped, so the Marine named only in the caption is not in the text (H2302); headline kept as the first line; the copy ends on a complete paragraph, which is kept; a presenting sentence `Like Rosales, ... Vaccaro ... was raised` and a supervisor reported without marks (H2302); '2nd Battallion', 'has in common' and curly marks as stored)",
    text='''Building relationships, homes one brick at a time
Looking out for the disadvantaged is something the Marine Corps and the Windy City Habitat for Humanity has in common.
Volunteers from 1st Marine Division, Camp Pendleton, Calif., Marine Air Control Group 48 and 2nd Battallion, 24th Marine Regiment based in Chicago, teamed up with one of the city’s watchdogs for the needy to assist with building two homes on the South side.
The Windy City Habitat for Humanity mission is to work with people from all walks of life to build simple, affordable housing while strengthening families and neighborhoods.
Painting walls, sanding surfaces for tile and digging holes for the bases of chain-linked fences were just a few of the improvements made to the houses by the Marines giving back to the community.
“It’s a morale builder,” said Maj. Guillermo Rosales, operations officer of 2nd Bn. 24th Marines. “It gives Marines a chance to validate everything they do in the field and replicate it in the community.”
Like Rosales, Chicago native Cpl. Joseph Vaccaro, a warehouse clerk with 2nd Bn., 24th Marines, was raised only a few blocks away from the event.
“It’s cool to work close to home,” said Vaccaro, who returned from a seven-month deployment in support of Operation Iraqi Freedom in August 2008. “I initially had no idea I’d be working in my own community.”
Habitat for Humanity’s group supervisor, Leon Metcalf, was present to oversee the operation.
Metcalf said he was impressed by the Marines’ work ethic and was surprised on how the Marines finished the project in half the time projected.''',
    quotes=[
        Q('“It’s a morale builder,”', None, "Guillermo Rosales"),
        Q('“It gives Marines a chance', 'in the community.”', "Guillermo Rosales"),
        Q('“It’s cool to work close to home,”', None, "Joseph Vaccaro"),
        Q('“I initially had no idea', 'own community.”', "Joseph Vaccaro"),
    ],
    aliases={"Guillermo Rosales": ["Guillermo Rosales", "Maj. Guillermo Rosales", "operations officer of 2nd Bn. 24th Marines", "Rosales"],
             "Joseph Vaccaro": ["Joseph Vaccaro", "Chicago native Cpl. Joseph Vaccaro", "a warehouse clerk with 2nd Bn., 24th Marines", "Vaccaro"]},
),
dict(
    id="nns-h599-2010-03-patriot-port-blair-orphanage",
    source="https://www.globalsecurity.org/military/library/news/2010/03/mil-100326-nns03.htm",
    license=PDC, retrieved=PAGES + " (Navy NewsStand story NNS100326-14 of March 26, 2010 by Mass Communication Specialist 1st Class Richard Doolin, Commander, Amphibious Force, U.S. 7th Fleet Public Affairs, on USS Patriot sailors at the Ramakrishna Mission orphanage in Port Blair, India, reproduced on globalsecurity.org; the lines 'UNITED24 - Make a charitable donation in support of Ukraine!', 'Military', 'Navy NewsStand', 'Story Number: NNS100326-14', 'Release Date: 3/26/2010 3:27:00 PM', the byline and the site's closing lines 'NEWSLETTER' and 'Join the GlobalSecurity.org m' dropped; headline kept as the first line; the dateline 'PORT BLAIR, India (NNS) --' kept as stored; the story ends on a complete paragraph, which is kept; `X echoed Rose.` before a quotation cued by the later name, a religious honorific before a single name, and reported speech with `He continued that` between two spans (H2303); brackets and the ellipsis inside a span, 'and then and put up', 'expressed appreciation the volunteers' and straight marks as stored)",
    text='''Patriot Sailors Lend a Hand at Indian Orphanage
PORT BLAIR, India (NNS) -- Sailors from mine countermeasures ship USS Patriot (MCM 7) participated in a community service project at the Ramakrishna Mission orphanage in Port Blair, India, March 24.
Sailors cleared brush to plant some pomegranate, guava and lemon saplings and then and put up posts for a volleyball net.
"It was a pretty good community service project, I think," said Mineman 3rd Class Kyle Rose. "We got to help out the children, clear out their vegetable garden of weeds and what not, and post up a volleyball net for them. It was pretty good. It was a lot of fun."
Engineman 2nd Class Paul Lozano echoed Rose.
"I had a really good experience playing with the Indian kids. The weeds were tough, I mean, but weeds are always tough. But, all in all, the fruits of our labor will pay off in the long run. The kids will enjoy this, and I'm glad I did this," said Lozano.
Swami Amartyananda, the secretary of Ramakrishna Mission, expressed appreciation the volunteers.
"We are very much happy and thankful to you. You cleared the gardens and you have planted so many trees," said Amartyananda. He continued that the Sailors were an example to the children.
"The young, very small boys are very much inspired. You see [one], just five years of age … seeing [what] you people are doing. A lot of inspiration, that in the scorching sun you are working, and the children are very much inspired," said Amartyananda.
Patriot is one of four mine countermeasures ships forward deployed to Sasebo, Japan. The crew reports to Rear Adm. Richard Landolt, commander, Amphibious Force 7th Fleet, who is based in Okinawa, Japan.''',
    quotes=[
        Q('"It was a pretty good community', 'I think,"', "Kyle Rose"),
        Q('"We got to help out the children', 'a lot of fun."', "Kyle Rose"),
        Q('"I had a really good experience', 'I did this,"', "Paul Lozano"),
        Q('"We are very much happy', 'so many trees,"', "Amartyananda"),
        Q('"The young, very small boys', 'very much inspired,"', "Amartyananda"),
    ],
    aliases={"Kyle Rose": ["Kyle Rose", "Mineman 3rd Class Kyle Rose", "Rose"],
             "Paul Lozano": ["Paul Lozano", "Engineman 2nd Class Paul Lozano", "Lozano"],
             "Amartyananda": ["Amartyananda", "Swami Amartyananda", "the secretary of Ramakrishna Mission"]},
),
dict(
    id="nns-h599-2006-05-underwood-trinidad-orphanage",
    source="https://www.globalsecurity.org/military/library/news/2006/05/mil-060522-nns10.htm",
    license=PDC, retrieved=PAGES + " (Navy NewsStand story NNS060522-15 of May 22, 2006 by Journalist Seaman Charles A. Ordoqui, USS George Washington Carrier Strike Group Public Affairs, on USS Underwood sailors painting St. Dominick’s Orphanage in Trinidad, reproduced on globalsecurity.org; the lines 'Navy NewsStand', 'Story Number: NNS060522-15', 'Release Date: 5/22/2006 12:45:00 PM' and the byline dropped; headline kept as the first line; the dateline 'PORT OF PRINCE, Trinidad (NNS) --' kept as stored; the last paragraph, '\"I was so overwhelmed to be a part of something that’s so muc', cut in the stored copy, dropped; a programme name in marks, a paragraph of its own with only a quotation and a cue by surname after the commander's two pieces, and pieces whose two marks differ in shape (H2021, H2303); 'Port of Prince' and straight and curly marks as stored)",
    text='''Underwood Sailors Volunteer at Trinidad Orphanage
PORT OF PRINCE, Trinidad (NNS) -- USS Underwood (FFG 36) Sailors helped paint all the exterior and interior walls of St. Dominick’s Orphanage in Port of Prince, Trinidad, May 18, during a scheduled "Partnership of the Americas" community relations project.
"It is a very important part of our mission to help our neighbors here in Central and South America," said Cmdr. Roderick Fraser, commanding officer of Underwood. “Not only did the crew volunteer to paint the orphanage, but they were also able to use their Navy in-rate skills to make improvements. Our information systems technicians brought St. Dominick’s only computer back to the ship and repaired it, and the hull technicians repaired numerous plumbing problems and fixed their shower room.”
“Additionally, the television in their TV lounge did not work, and the wardroom and CPO mess purchased them a new TV,” said Fraser.
More than 30 Underwood Sailors painted the walls of the orphanage, which is a dwelling place for more than 40 children.
"It was a very emotional and rewarding experience for me," said Damage Controlman Fireman David Gallagher. "I never thought that completing a task so simple could mean so much to so many.”
Sailors painted all the exterior walls of the orphanage, including the bar windows.
"It makes me feel proud that I could actually make a difference in another country,” said Hull Technician 1st Class (SW) Eric Boehringer. “I will never forget how great it felt to make a change in the children’s lives.”
When the day was through, and more than 40 gallons of paint were empty, the Sailors headed back to ship, knowing that they completed a task that had been long awaited since April of 2005.''',
    quotes=[
        Q('"Partnership of the Americas"', None, None),
        Q('"It is a very important part', 'South America,"', "Roderick Fraser"),
        Q('“Not only did the crew', 'their shower room.”', "Roderick Fraser"),
        Q('“Additionally, the television', 'a new TV,”', "Roderick Fraser"),
        Q('"It was a very emotional', 'experience for me,"', "David Gallagher"),
        Q('"I never thought that completing', 'so many.”', "David Gallagher"),
        Q('"It makes me feel proud', 'another country,”', "Eric Boehringer"),
        Q('“I will never forget', 'children’s lives.”', "Eric Boehringer"),
    ],
    aliases={"Roderick Fraser": ["Roderick Fraser", "Cmdr. Roderick Fraser", "commanding officer of Underwood", "Fraser"],
             "David Gallagher": ["David Gallagher", "Damage Controlman Fireman David Gallagher"],
             "Eric Boehringer": ["Eric Boehringer", "Hull Technician 1st Class (SW) Eric Boehringer"]},
),
dict(
    id="army-106720-rdecom-ncos-ecybermission-2013",
    source="https://www.army.mil/article/106720/Soldiers_teach_Army_values_to_student_scientists/",
    license=PD, retrieved=PAGES + " (army.mil story by Dennis Neal (RDECOM) of July 2, 2013 on NCOs of the Research, Development and Engineering Command at the eCYBERMISSION National Judging and Educational Event; the byline line 'By Mr. Dennis Neal (RDECOM)July 2, 2013' and the three caption lines ('Soldiers teach Army values to student scientists' / '1 / 3 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL' and the like) dropped; the headline kept once as the first line (H1246); the last paragraph, '\"We are there essentially as their chaperones, their coaches, their mentors throughout the week,\" McGloin said. \"Aside from just accountability, we h', cut in the stored copy, dropped whole with its complete first piece (H2121); `she feels` in a presenting sentence before `Campbell said`, and a cut paragraph after a sentence of reported belief (H2304); straight marks as stored)",
    text='''Soldiers teach Army values to student scientists
LEESBURG, Va. -- One of the duties of a noncommissioned officer is to instill the Army's core values into young Soldiers. During one week in June, eight NCOs and one junior enlisted Soldier from the Research, Development and Engineering Command taught those values to young student scientists at the eCYBERMISSION National Judging and Educational Event.
eCYBERMISSION is a web-based STEM competition free for students in grades six through nine in which teams compete for state, regional and national awards while working to solve problems in their communities. RDECOM hosts the national competition annually for the Army. This year's event was held June 17-21.
"We NCOs have a couple of roles here," said Staff Sgt. Steven McGloin, who works in the office of the RDECOM command sergeant major and supported the competition for the second year. "We give an Army values class to all the students when they come in so it gives them an idea of what it's like to be a Soldier in the Army and the values we hold dear to our heart."
Staff Sgt. Tracy Campbell, who works at RDECOM headquarters, has supported the eCYBERMISSION event for two years. Like McGloin, she feels the Army values are extremely important.
"Honesty, loyalty, duty, integrity," Campbell said. "It's the Army values that we live by."
McGloin feels the Soldiers play an even more important role at the event.''',
    quotes=[
        Q('"We NCOs have a couple', 'roles here,"', "Steven McGloin"),
        Q('"We give an Army values class', 'to our heart."', "Steven McGloin"),
        Q('"Honesty, loyalty, duty, integrity,"', None, "Tracy Campbell"),
        Q('"It\'s the Army values', 'we live by."', "Tracy Campbell"),
    ],
    aliases={"Steven McGloin": ["Steven McGloin", "Staff Sgt. Steven McGloin", "McGloin"],
             "Tracy Campbell": ["Tracy Campbell", "Staff Sgt. Tracy Campbell", "Campbell"]},
),
dict(
    id="army-50030-rdecom-robots-sam-houston-high",
    source="http://www.army.mil/article/50030/Army_engineers_display_robots_at_San_Antonio_schools/",
    license=PD, retrieved=PAGES + " (army.mil story of the U.S. Army Research, Development and Engineering Command on Army robotics engineers showing robots to students of Sam Houston High School in San Antonio during the U.S. Army All-American Bowl week (no headline, date or writer in the stored copy); the photo title 'RDECOM reaches out to local youth' and the caption 'Dmitri Nguyen, center, a robotics engineer from the Tank, Automotive Research, Development and Engineering Center, shows students at Sam Houston High School how to navigate two Army robots.' above the first paragraph dropped, and no headline added (H1818, H2304); the last paragraph, '\"Our Army isn't an average Army. There are over 150 ', cut in the stored copy, dropped; cues after the quotation with the name and a long apposition before `said`, `added` and `told the 120 students` (H2304); straight marks as stored)",
    text='''SAN ANTONIO -- U.S. Army robotics engineers showed students at Sam Houston High School here today how robots empower, unburden and protect the American Warfighter.
The presentation was part of the educational outreach effort by the U.S. Army Research, Development and Engineering Command as it participates in activities at the U.S. Army All-American Bowl. The game features stellar athletes from across the nation and will be televised nationally by NBC. Kickoff is Saturday, Jan. 8, at 1 p.m. EST.
The Sam Houston students were invited to control the robots for a firsthand experience of how they work.
"The presentation was awesome! I enjoyed playing with the robots and making them move around. The robots help the Army and the Soldiers prevent injuries and come home safe," Kirsten Redmon, a member of Sam Houston High's Junior Reserve Officer Training Corps, said.
"It's really risky for Soldiers to have to go into random places, but the Army has built these special robots with cameras that will help not risk as many lives," Tiffany Burgess, another JROTC member, added.
Along with giving the students an up-close experience with the robots, Karen Ryder, RDECOM educational outreach, explained leadership, options and opportunities the Army offers young Americans, including the Student Temporary Employment and Student Career Education Programs.
"When I was a junior in high school, the Army gave me an opportunity to work with full-time engineers. It paved the way for my college career and helped me develop and mature into the engineer I am today," Dmitri Nguyen, an Army engineer from the Tank, Automotive Research, Development and Engineering Center, told the 120 students taking part in the program.''',
    quotes=[
        Q('"The presentation was awesome!', 'come home safe,"', "Kirsten Redmon"),
        Q('"It\'s really risky', 'as many lives,"', "Tiffany Burgess"),
        Q('"When I was a junior', 'I am today,"', "Dmitri Nguyen"),
    ],
    aliases={"Kirsten Redmon": ["Kirsten Redmon", "a member of Sam Houston High's Junior Reserve Officer Training Corps"],
             "Tiffany Burgess": ["Tiffany Burgess", "another JROTC member"],
             "Dmitri Nguyen": ["Dmitri Nguyen", "an Army engineer from the Tank, Automotive Research, Development and Engineering Center"]},
),
]
