# Held-out English news texts (tests/data/heldout558-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Navy, the
# Army Corps of Engineers, the Air Force, the Marine Corps and the Coast Guard: a Navy News Service story on USS Ronald
# Reagan sailors at Seattle Children's Hospital (navy.mil story 68605); a DVIDS story of Navy Region Southwest on the
# Naval Base Coronado beach clean-up (dvidshub.net 224879, 2017); a DVIDS story of the Nashville District of the Army
# Corps of Engineers on an Earth Day turkey hunt for wounded soldiers at Center Hill Lake (dvidshub.net 69988); three
# Air Force stories on Valentine's Day visits to veterans (eglin.af.mil 392218, arnold.af.mil 410315, maxwell.af.mil
# 421328) and one on airmen bowling with veterans at the Bedford VA hospital (hanscom.af.mil 380027); a Camp Lejeune story
# on the 2013 Onslow Beach Sweep (lejeune.marines.mil 513292); and a post of the Coast Guard's official blog by a cadet
# aboard the Barque Eagle (coastguard.dodlive.mil, June 2014). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped (noted in `retrieved`). Site lines (DVIDS maintenance notice, log-in fields and logo line, '• Published' /
# '• By ...' lines, a date-and-byline line), DVIDS place and date lines, bylines and unit lines, photo captions, the
# indentation of the DVIDS lines and the empty lines between paragraphs are dropped; a headline is kept once as the first
# line where the stored copy has one (none is added where it has none); datelines are kept as stored; one sentence that
# the Maxwell copy breaks with an empty line is joined with a space; wording, typos, dashes, ellipses and quotation
# marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H2255-H2259 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout558-en.jsonl

Built by `build.py` from `heldout558_pages.py`. Like heldout545-en, heldout539-en, heldout532-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): a Navy News Service story on chiefs
and petty officers of USS Ronald Reagan at Seattle Children's Hospital (navy.mil story 68605, July 23, no year or writer
in the stored copy); a DVIDS story by Petty Officer 3rd Class Anthony Hilkowski, Navy Region Southwest, 'Sailors Clean
up Coronado Beaches' (dvidshub.net 224879, February 2017); a DVIDS story by Leon Roberts of the U.S. Army Corps of
Engineers, Nashville District, 'Earth Day turkey shoot lets nature heal war wounds' (dvidshub.net 69988, no date in the
stored copy); three Air Force stories on Valentine's Day visits to veterans, 'Valentines for Vets inspires, gratifies'
(eglin.af.mil 392218, by Minty Knighton, 96th Air Base Wing Public Affairs), 'Airmen brighten VA patients' Valentine's
Day' (arnold.af.mil 410315, no writer in the stored copy) and 'Vets receive valentines, well-wishes for holiday'
(maxwell.af.mil 421328, no writer in the stored copy); a Hanscom Air Force Base story by Tech. Sgt. Jennifer Foster,
66th Air Base Group Public Affairs, 'Vets share stories, spend time with Airmen' (hanscom.af.mil 380027); a Marine Corps
Base Camp Lejeune story by Lance Cpl. Joshua W. Grant, 'Volunteers wipe away waste during Beach Sweep' (lejeune.marines.mil
513292, May 9, 2013); and a post of the Coast Guard's official blog on coastguard.dodlive.mil written by Cadet 1st Class
Austin Fullmer of the Coast Guard Academy, '‘What does the Coast Guard mean to you?’' (June 2014 by its address). Reuse
terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); all nine pages are the
services' own sites (navy.mil, dvidshub.net, the bases' .af.mil and .marines.mil sites, the Coast Guard's dodlive.mil
blog), so no copy on a non-government site is used. Licence caveats: the stored copies of the navy.mil, Arnold and
Maxwell stories name no writer, so the writer's status is taken from the service publishing them as its own stories;
the Eglin writer and the DVIDS writer of the Corps of Engineers are civilian employees of the services; the stories
quote private people and officials of other bodies (a programme coordinator of Seattle Children's Hospital, an
unnamed veteran, officials of the Veterans Health Administration and of VA medical centers, an Onslow Beach facilities
manager) inside the public-domain stories. None is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped (what
was dropped is noted per page; the Hanscom copy ends on a complete paragraph, which is kept). The site lines (the DVIDS
maintenance notice, log-in fields and logo line, the '• Published' / '• By ...' / unit lines, the Lejeune line '9 May
2013 | Lance Cpl. Joshua W. Grant'), the DVIDS place and date lines ('CORONADO, CA, UNITED STATES' / '02.23.2017'),
the DVIDS bylines and unit lines, the photo captions (the DVIDS caption of the turkey hunt, the blog's two captions,
each stored twice), the blog's line 'Written by Cadet 1st Class Austin Fullmer', the indentation of the DVIDS lines,
the empty lines between paragraphs and spaces at the end of a paragraph were dropped; headlines are kept once as the
first line where the stored copy has one (the navy.mil story has none and gets none, H1818); datelines ('SEATTLE (NNS)
--', 'SAN DIEGO (Feb. 24, 2017)', 'LANCASTER, Tenn. –', 'MAXWELL AIR FORCE BASE, Ala. --') are kept as stored; the
sentence 'Ms. Warr said the / Maxwell Elementary School ...', broken by an empty line in the Maxwell copy, is joined
with a space (H2258); wording, typos ('whether its plastic bottles', 'McDonalds', 'Valentine's for Veterans', 'whether
its bringing', 'the veteran's have made', 'who helped organized', 'products likes bottles', 'they, should call'),
dashes, ellipses and quotation marks (straight or curly as stored) are as stored. Pages read but left out: stories
already in earlier sets (the USS Harry S. Truman chiefs aboard USS Wisconsin, the One Brick food drive in Alexandria,
the Naval Station Norfolk food bank and USS George Washington school projects, the Fort Knox Read Across America visit,
the 3rd Cavalry live-fire exercise, the D.C. Guard annual training, the Toys for Tots stories of Miramar, Camp
Lejeune, Joint Base Charleston and Marine Forces Reserve, the Habitat for Humanity builds of USS Abraham Lincoln, USS
Wasp and USS Constitution, the National Guard wildfire and winter-storm stories), pages with fewer than two complete
quotations before the cut (the Eau Galle deer hunt, mvp.usace.army.mil 488798; the army.mil Maryland Guard snow rescue
34130; the 80th Training Command Read Across America stories, whose stored parts quote only book titles; the GW sailors
at the Norfolk SPCA; the Coast Guard Partnership in Education story on coastguardnews.com), further pages left for
other sets (the second Center Hill Lake turkey hunt, dvidshub.net 86888; the Perry Lake Wounded Warrior hunt,
nwk.usace.army.mil 637558; the Seymour Johnson Valentines for Veterans visit 307243; the NSA Hampton Roads base
clean-up, dvidshub.net 475505; the NAVIFOR animal shelter story 3244306; the Norfolk Naval Shipyard Mutts with a Mission
story, dvidshub.net 445885), and copies on non-government sites (navaltoday.com, military-online.blogspot.com,
kitsapdailynews.com, archive.kitsapsun.com, mybaseguide.com, giinternational.blogspot.com) and newspaper and TV pages
found by the same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL
and page id (68605, 224879, 69988, 392218, 410315, 380027, 421328, 513292), by title and slug and by the names of their
speakers and phrases, such as Lina Lewis, Jeff Archer, Kylie Hafner, Mia McGrew, Tiffany Shepherd, Keivan Perry,
Coastkeeper, Chris Cantrell, Healing Outside, Laquintez Cook, Philip Chapman, Joe Stanley, Jeffrey Coleman, Rosetta
Fisher, Everett Smith, John Fay, Edith Nourse Rogers, Lisa Warr, Al Bloom, Dion Lynn, Beach Sweep, Austin Fullmer and
brown fuzzy stuff, with grep over tests/data of the main tree and of every other helper's worktree (heldout552-559): no
hit). The annotation (rules H2255–H2259 in `ANNOTATION.md` on top of H1–H2254) was committed before whosaid was first
run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="navy-68605-ronald-reagan-seattle-childrens-hospital",
    source="http://www.navy.mil/submit/display.asp?story_id=68605",
    license=PD, retrieved=PAGES + " (Navy News Service story on chiefs and petty officers of USS Ronald Reagan (CVN 76) at Seattle Children's Hospital, July 23 (no headline, year or writer in the stored copy, which opens with the dateline paragraph), so no headline is added (H1818); the last paragraph, '\"It's important for the military team to build trust ...,\" said Archer. \"It is always nice to see our Sailors coming out t', cut in the stored copy, dropped (H2121); a song title in single marks inside a span, a speaker quoted again after another speaker, and an inverted `added` before a rating title with a parenthesis (H2255); '3&2' and straight marks as stored)",
    text='''SEATTLE (NNS) -- Sailors from USS Ronald Reagan (CVN 76) Chief Petty Officer's Mess and 3&2 Petty Officer's Association participated in a community service (COMSERV) project at Seattle Children's Hospital, July 23.
Sailors played games, talked with children and gave away Ronald Reagan gifts to boost the children's spirits.
"I like when the military comes because they are always respectful and follow directions," said Lina Lewis, program coordinator at Seattle Children's Hospital. "The families feel their children are being cared for and they're very appreciative."
For a few hours, the Sailors played board games and answered a variety of questions the children had about Navy service.
"We visited children in their rooms, checking in on how they were doing," said Senior Chief Electronics Technician Jeff Archer. "We also had the chance to sing 'Happy Birthday' to a patient who only had his mother with him to celebrate."
To some, visiting the hospital was a much more positive experience than they anticipated.
"I expected to see more kids in worse condition," said Intelligence Specialist 3rd Class Kylie Hafner. "It was encouraging to see all of them in good spirits. They responded with huge smiles."
The chiefs and junior petty officers took the time to reflect on their experience.
"It was sad to see them here," said Archer. "I hate to see children going through health problems. The little ones seemed in good spirits, even with all they're going through."
"It made me think of my sister who passed away from Sickle Cell Anemia," added Aviation Boatswain's Mate (Handling) 3rd Class Mia McGrew. "I was too young to visit her then, but now that I am able, I want to visit with the children here more often."
Taking the time away from the normal work day helps strengthen the bond between the Sailors and local neighbors and communities.''',
    quotes=[
        Q('"I like when the military comes', 'follow directions,"', "Lina Lewis"),
        Q('"The families feel', 'very appreciative."', "Lina Lewis"),
        Q('"We visited children', 'they were doing,"', "Jeff Archer"),
        Q('"We also had the chance', 'to celebrate."', "Jeff Archer"),
        Q('"I expected to see', 'worse condition,"', "Kylie Hafner"),
        Q('"It was encouraging', 'huge smiles."', "Kylie Hafner"),
        Q('"It was sad to see them here,"', None, "Jeff Archer"),
        Q('"I hate to see children', "they're going through.\"", "Jeff Archer"),
        Q('"It made me think of my sister', 'Cell Anemia,"', "Mia McGrew"),
        Q('"I was too young', 'more often."', "Mia McGrew"),
    ],
    aliases={"Lina Lewis": ["Lina Lewis", "program coordinator at Seattle Children's Hospital"],
             "Jeff Archer": ["Jeff Archer", "Senior Chief Electronics Technician Jeff Archer", "Archer"],
             "Kylie Hafner": ["Kylie Hafner", "Intelligence Specialist 3rd Class Kylie Hafner"],
             "Mia McGrew": ["Mia McGrew", "Aviation Boatswain's Mate (Handling) 3rd Class Mia McGrew"]},
),
dict(
    id="dvids-224879-coronado-beach-clean-up-2017",
    source="https://www.dvidshub.net/news/224879/sailors-clean-up-coronado-beaches",
    license=PD, retrieved=PAGES + " (DVIDS story by Petty Officer 3rd Class Anthony Hilkowski, Navy Region Southwest, on the annual Naval Base Coronado Beach Clean-Up, Feb. 21-24, 2017; the site's maintenance notice and log-in fields, the logo line, the repeated headline, the place and date lines 'CORONADO, CA, UNITED STATES' / '02.23.2017', the byline 'Story by Petty Officer 3rd Class Anthony Hilkowski' and the unit line 'Navy Region Southwest' dropped; headline kept once as the first line; the indentation of the stored lines dropped; the dateline 'SAN DIEGO (Feb. 24, 2017)' kept as stored; the last paragraph, 'Sailors are not only keeping the local beaches clean fo', cut in the stored copy, dropped; a civilian natural resources specialist quoted in two pairs of pieces and a sailor of NAVFAC Southwest (H2259); 'whether its plastic bottles', 'McDonalds' and curly marks as stored)",
    text='''Sailors Clean up Coronado Beaches
SAN DIEGO (Feb. 24, 2017) Sailors from the San Diego metro area volunteered their time to participate in the annual Naval Base Coronado (NBC) Beach Clean-Up, Feb. 21-24.
This event targets the beaches around Coronado Island to ensure that the beaches are rid of any trash or debris that may have washed up during storms or that was left there by patrons.
“The annual beach clean-up is a way to clean up the beaches on the Silver Strand as well as Coronado Island,” said Tiffany Shepherd, a Natural Resources Specialist on Naval Base Coronado. “We pick up everything from plastic wrappers to buoys that have been left there or washed up during a storm.”
Naval Base Coronado teams up with the Environmental Protection Agency (EPA) and Coastkeeper Marine to keep track of all the debris and type of litter that’s found.
“We partner with the EPA and Coastkeeper to keep track of the trash that is collected,” said Shepherd. “This allows us to see which type of trash is the biggest culprit whether its plastic bottles, wrappers or even McDonalds cups and straws.”
According to Shepherd, the last few years, one to two tons of trash has been picked up over the course of the clean-up event.
“I think it’s definitely a good thing that we get out here and pick up this trash,” said Culinary Specialist 3rd Class Keivan Perry from Naval Facilities Engineering Command (NAVFAC) Southwest. “It’s always good to give back to the community and see everyone come together to help keep these beautiful beaches clean.”''',
    quotes=[
        Q('“The annual beach clean-up', 'Coronado Island,”', "Tiffany Shepherd"),
        Q('“We pick up everything', 'during a storm.”', "Tiffany Shepherd"),
        Q('“We partner with the EPA', 'is collected,”', "Tiffany Shepherd"),
        Q('“This allows us to see', 'cups and straws.”', "Tiffany Shepherd"),
        Q('“I think it’s definitely', 'pick up this trash,”', "Keivan Perry"),
        Q('“It’s always good to give back', 'beaches clean.”', "Keivan Perry"),
    ],
    aliases={"Tiffany Shepherd": ["Tiffany Shepherd", "a Natural Resources Specialist on Naval Base Coronado", "Shepherd"],
             "Keivan Perry": ["Keivan Perry", "Culinary Specialist 3rd Class Keivan Perry"]},
),
dict(
    id="dvids-69988-center-hill-lake-earth-day-turkey-shoot",
    source="https://www.dvidshub.net/news/69988/earth-day-turkey-shoot-lets-nature-heal-war-wounds",
    license=PD, retrieved=PAGES + " (DVIDS story by Leon Roberts, U.S. Army Corps of Engineers, Nashville District, on a turkey hunt for wounded soldiers of the Warrior Transition Battalion at Center Hill Lake on Earth Day (no date in the stored copy); the log-in fields, the repeated headline, the photo caption 'Photo By Leon Roberts | (Left to right) Army Spc. Matthew Kasper, Sgt. Joshua Medlin, Staff Sgt. David Jacks,...... read more read more', the byline 'Story by Leon Roberts' and the unit line dropped, so the soldiers named only in the caption are not in the text; headline kept once as the first line; the indentation of the stored lines dropped; the dateline 'LANCASTER, Tenn. –' kept as stored; the last paragraph, 'The group of hunters spent the first several hours ... before returning to the', cut in the stored copy, dropped; an acronym and its expansion in marks, a partial quote before an inverted cue and a quotation after `Cantrell added.` closing a sentence of reported speech (H2256); curly marks and the ellipsis as stored)",
    text='''Earth Day turkey shoot lets nature heal war wounds
LANCASTER, Tenn. – An Earth Day turkey shoot held here today at Center Hill Lake focused on nature and it helped heal the wounds of war.
Five soldiers recovering at the Warrior Transition Battalion at Fort Campbell, Ky., formed up a “HOAH” party 4 a.m. this morning at the lake’s Resource Manager’s Office. The “HOAH” acronym stands for “Healing Outside Of A Hospital.”
Armed with shotguns, dressed in camouflage and eager to put aside the stresses associated with recovering, the wounded warriors paired up with U.S. Army Corps of Engineers Nashville District rangers and volunteers from the Tennessee Wildlife Resource Agency, and they dispersed into the great outdoors to hunt the wild turkeys native to the area.
Getting these soldiers out for the hunt is sort of like “physical and mental therapy,” said Ranger Chris Cantrell, who helped organize the event. “They’ve done their country a great deed, so if we can let them get a turkey … that’s the least we can do for them.”
The fact that the hunt occurred on Earth Day also did not go unnoticed to these soldiers, Cantrell added. “They were all kind of amazed at the land that we have out here for everybody to use. None of them had ever been to this area before so they really appreciated it and enjoyed it, and are interested in coming back on their own time.”''',
    quotes=[
        Q('“HOAH”', None, None),
        Q('“HOAH”', None, None, 1),
        Q('“Healing Outside Of A Hospital.”', None, None),
        Q('“physical and mental therapy,”', None, "Chris Cantrell"),
        Q('“They’ve done their country', 'do for them.”', "Chris Cantrell"),
        Q('“They were all kind of amazed', 'their own time.”', "Chris Cantrell"),
    ],
    aliases={"Chris Cantrell": ["Chris Cantrell", "Ranger Chris Cantrell", "Cantrell"]},
),
dict(
    id="eglin-392218-valentines-for-vets",
    source="https://www.eglin.af.mil/News/Article/392218/valentines-for-vets-inspires-gratifies/",
    license=PD, retrieved=PAGES + " (Eglin Air Force Base story by Minty Knighton, 96th Air Base Wing Public Affairs, on airmen visiting retirement homes for the Valentines for Veterans program (no date in the stored copy); the lines '• Published', '• By Minty Knighton' and '• 96th Air Base Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'Col. Gary Hurwitz, commander for the 96th A', cut in the stored copy, dropped; a bracket naming the veteran inside a span and the short rank form `Sergeant Chapman` (H2258); 'Valentine's for Veterans' and straight marks as stored)",
    text='''Valentines for Vets inspires, gratifies
Emotions, surprise and admiration set the tone of this year's Valentine's for Veterans program.
More than 90 enlisted members visited several retirement homes throughout the community. Each presented a rose and homemade card made personally by children from the local community School Age Child Care program.
As the gifts were presented, veterans returned stories of military missions of yesterday, some bringing tears to both veteran and Airman alike.
"He told me about all his experiences and I saw him tearing up some," said Staff Sgt. Laquintez Cook, of the 96th Logistics Readiness Squadron. "He was trying to remember; he missed it so much."
Other Airmen were surprised and touched as they learned not only about history and heritage, but also about family. Family members who were visiting explained how every visit is important and a treasure.
"I was just making conversation and enjoying his stories about the Navy," said Tech. Sgt. Philip Chapman, 96th Comptroller office. "Later I was told he's just been diagnosed with terminal cancer and only has weeks to live. It made my heart ache."
Airmen who visited the Westwood retirement home in Fort Walton Beach, not only got to witness the crowning of the retirement home's king and queen, but also spoke to a special resident, Col. Joe Stanley.
Colonel Stanley was one of the first commanders of Eglin, when it was then called the Eglin Proving Ground. Colonel Stanley was more than eager to speak about all his travels that included several continents, including Asia, South America and Africa.
"I got to see him [Colonel Stanley] at a recent dining out," said Sergeant Chapman. "I enjoy hearing their stories. You know they didn't talk much about it years ago, but I guess now it's a lot easier. It's impressive to me; I'm sure not as much to them as it is to us."''',
    quotes=[
        Q('"He told me about all his experiences', 'tearing up some,"', "Laquintez Cook"),
        Q('"He was trying to remember', 'so much."', "Laquintez Cook"),
        Q('"I was just making conversation', 'about the Navy,"', "Philip Chapman"),
        Q('"Later I was told', 'heart ache."', "Philip Chapman"),
        Q('"I got to see him', 'dining out,"', "Philip Chapman"),
        Q('"I enjoy hearing their stories', 'it is to us."', "Philip Chapman"),
    ],
    aliases={"Laquintez Cook": ["Laquintez Cook", "Staff Sgt. Laquintez Cook"],
             "Philip Chapman": ["Philip Chapman", "Tech. Sgt. Philip Chapman", "Sergeant Chapman"]},
),
dict(
    id="arnold-410315-valentines-va-medical-centers",
    source="https://www.arnold.af.mil/News/Article-Display/Article/410315/airmen-brighten-va-patients-valentines-day",
    license=PD, retrieved=PAGES + " (Arnold Air Force Base story on airmen delivering valentines to veterans at the Murfreesboro and Nashville VA medical centers, Feb. 13 and 14 (no writer or year in the stored copy); the line '• Published' dropped; headline kept as the first line; the last paragraph, '\"I have a l', cut in the stored copy, dropped, while the complete paragraph before it, which presents Capt. Richard Sanders, is kept (H2257), so he is named but quoted nowhere; a cue-less quotation paragraph after a closed span with its cue, and `she said` after an `according to` presentation, with a bracket inside the span (H2257); 'whether its bringing', 'the veteran's have made' and straight marks as stored)",
    text='''Airmen brighten VA patients' Valentine's Day
Hospitalized veterans at the Murfreesboro and Nashville Veterans Affairs Medical Centers received a special Valentine's Day surprise this year.
A group of officers and enlisted troops from Arnold AFB personally delivered valentines made by Middle Tennessee area students, to veterans at the VA medical centers Feb. 13 and 14. The Valentine's Day visits were part of National Salute to Hospitalized Veterans' Week.
One volunteer sees symbolism in the valentine presentation.
"These people up there have sacrificed a lot," said Tech. Sgt. Jeffrey Coleman, a maintenance analyst with the 804th Maintenance Squadron and president of the local Air Force Sergeants' Association Chapter 477.
"The valentine cards were made by local students. It shows that future, present and older generations are aware and are helping out and showing that we're there for them in one form or another - whether its bringing cards or visiting."
Patients ranged in age from 18 or 20 to World War II veterans, according to Rosetta Fisher-Oliver, chief of the VA voluntary services office.
"Some of them [patients] have family and friends who visit, but most don't," she said. "We always try to send these volunteers to visit those who don't. Thank God, we had a lot of people come out this time, so they were able to visit those that do have visitors and those who don't."
Having the opportunity to spend time with the men and women who have served before them was an honor for the base volunteers.
"It's paying the proper respects to those who have served our nation," said AEDC Superintendent Chief Master Sgt. Everett Smith. "It's only proper that we go spend time with those who have paved the way. I'm thankful to the members of AEDC who were able to make the visit so special for the veterans."
Others, like Capt. Richard Sanders, with more than 20 years of active-duty service can definitely appreciate the contributions the veteran's have made.''',
    quotes=[
        Q('"These people up there', 'sacrificed a lot,"', "Jeffrey Coleman"),
        Q('"The valentine cards were made', 'or visiting."', "Jeffrey Coleman"),
        Q('"Some of them [patients]', 'but most don\'t,"', "Rosetta Fisher-Oliver"),
        Q('"We always try to send', 'those who don\'t."', "Rosetta Fisher-Oliver"),
        Q('"It\'s paying the proper respects', 'our nation,"', "Everett Smith"),
        Q('"It\'s only proper', 'for the veterans."', "Everett Smith"),
    ],
    aliases={"Jeffrey Coleman": ["Jeffrey Coleman", "Tech. Sgt. Jeffrey Coleman", "a maintenance analyst with the 804th Maintenance Squadron"],
             "Rosetta Fisher-Oliver": ["Rosetta Fisher-Oliver", "chief of the VA voluntary services office"],
             "Everett Smith": ["Everett Smith", "AEDC Superintendent Chief Master Sgt. Everett Smith"]},
),
dict(
    id="hanscom-380027-veterans-hospital-bowling",
    source="https://www.hanscom.af.mil/News/Article-Display/Article/380027/vets-share-stories-spend-time-with-airmen",
    license=PD, retrieved=PAGES + " (Hanscom Air Force Base story by Tech. Sgt. Jennifer Foster, 66th Air Base Group Public Affairs, on airmen bowling with veterans at the Edith Nourse Rogers Memorial Veterans Hospital in Bedford, April 23 (no year in the stored copy); the lines '• Published', '• By Tech. Sgt. Jennifer Foster' and '• 66th Air Base Group Public Affairs' dropped; headline kept as the first line; the stored copy ends after the complete paragraph 'Once the game was over, individuals broke off for conversations and storytelling.', which is kept (the story goes on past the cut); an unnamed resident's heckle-answer with `he said` (H2259); straight marks as stored)",
    text='''Vets share stories, spend time with Airmen
Age wasn't a factor when it came to sports, stories and wit at the Edith Nourse Rogers Memorial Veterans Hospital in Bedford April 23.
Volunteers from the base came together during one of two monthly visits they make to spend time with veterans at the hospital and enjoy ice cream, games and socializing.
This particular day, the Hanscom Airmen teamed with the Marine, Army, Navy and special forces veterans to battle it out for the title of bowling champions, and it was obvious that everyone enjoyed the festivities.
Although the reasons may be different for each person volunteering, it's safe to say that giving back is at the top of the list for most.
"It's the least we can do," said Airman 1st Class John Fay, who has volunteered to visit several times. "They fought for us and they're the reason we have the freedoms we do today. The residents look forward to when we come and it brightens their day. Knowing I can help them forget their pain for a while definitely brings a smile to my face as well."
Many of the residents are in their late 80s and early 90s and although they may not be as physically active as they used to be, it doesn't affect their playful banter.
As a member of the opposing team took a shot and missed every pin, a 94-year-old resident playfully heckled and laughed at the miss. It was then his turn to bowl and every eye was on him as he hoped to get a strike. There was a lot of laughter and joking from onlookers as he knocked over only six of the ten pins.
"At least I hit something," he said.
The camaraderie and laughter continued as the two teams fought for the win. Occasionally there was a break in the play as a resident would start singing a song from the past. One resident even belted out a song he wrote himself 60 years ago.
Once the game was over, individuals broke off for conversations and storytelling.''',
    quotes=[
        Q('"It\'s the least we can do,"', None, "John Fay"),
        Q('"They fought for us', 'as well."', "John Fay"),
        Q('"At least I hit something,"', None, None),
    ],
    aliases={"John Fay": ["John Fay", "Airman 1st Class John Fay"]},
),
dict(
    id="maxwell-421328-valentines-for-vets",
    source="http://www.maxwell.af.mil/News/Display/Article/421328/vets-receive-valentines-well-wishes-for-holiday/",
    license=PD, retrieved=PAGES + " (Maxwell Air Force Base story on the Valentines for Vets deliveries of Maxwell-Gunter volunteers to VA hospitals in Montgomery and Tuskegee (no writer or date in the stored copy); headline kept as the first line; the dateline 'MAXWELL AIR FORCE BASE, Ala. --' kept as stored; the stored copy breaks the sentence 'Ms. Warr said the / Maxwell Elementary School and Gunter Child Development Center made 360 cards ...' with an empty line: the two lines are joined with a space (H2258); the last paragraph, '\"There's a connec', cut in the stored copy, dropped; a straight opening mark never closed before `said Al Bloom,` (unclosed, H1707, H2245, H2258); 'who helped organized' and straight marks as stored)",
    text='''Vets receive valentines, well-wishes for holiday
MAXWELL AIR FORCE BASE, Ala. -- Valentine's Day came a day early for more than 225 Veteran Administration hospital patients who received valentines and well-wishes as part of the National Salute to Hospitalized Veterans week.
"This year's Valentines for Vets project is a success once again," said Lisa Warr, chief of civic outreach at Air University Public Affairs, who helped organized the trips. "The volunteers are from all over Maxwell-Gunter, including organizations such as the Holm Center, Air War College, Auburn ROTC, Officer Training School, and the 42nd Medical Group. We requested volunteers and we're thrilled as 55 people stepped forward to deliver the valentines."
The valentine cards were specially made by the students of Maxwell Elementary School to show support and gratitude to those who have served. Ms. Warr said the Maxwell Elementary School and Gunter Child Development Center made 360 cards and 260 of those contained special letters of appreciation signed personally by Lt. Gen. Allen G. Peck, commander of Air University.
Volunteers delivered the cards to two nearby VA hospitals - one in Montgomery caring for 40 people, and the Tuskegee, Ala. Hospital, which has more than 100 patients.
The concept of the annual Valentines for Vets program focuses on hospitalized veterans, while targeting and promoting involvement of members of the local community.
"One of the benefits of having our volunteer program run this event is that people come, they see our patients, they connect with our patients, and then they volunteer, said Al Bloom, Veterans Health Administration public affairs officer and former Navy chief. "So hopefully people realize that there are still hospitalized veterans, and of course, the valentine deliveries have a direct and positive impact on their sense of well-being."
He described how the patients' faces light up when they see people coming, especially those in uniform.''',
    quotes=[
        Q('"This year\'s Valentines for Vets project', 'once again,"', "Lisa Warr"),
        Q('"The volunteers are from all over', 'the valentines."', "Lisa Warr"),
        Q('"One of the benefits', 'then they volunteer,', "Al Bloom"),
        Q('"So hopefully people realize', 'well-being."', "Al Bloom"),
    ],
    unclosed=('"One of the benefits of having our volunteer program run this event is that people come, they see our patients, they connect with our patients, and then they volunteer,',),
    aliases={"Lisa Warr": ["Lisa Warr", "chief of civic outreach at Air University Public Affairs", "Ms. Warr"],
             "Al Bloom": ["Al Bloom", "Veterans Health Administration public affairs officer and former Navy chief"]},
),
dict(
    id="lejeune-513292-onslow-beach-sweep-2013",
    source="https://www.lejeune.marines.mil/News/Article/Article/513292/volunteers-wipe-away-waste-during-beach-sweep/",
    license=PD, retrieved=PAGES + " (Marine Corps Base Camp Lejeune story by Lance Cpl. Joshua W. Grant on the 8th annual Beach Sweep at Onslow Beach, May 3, 2013; the line '9 May 2013 | Lance Cpl. Joshua W. Grant' dropped; headline kept as the first line; the last paragraph, 'Melissa Trilll, a Petty Officer Second Class ... She attended the event to help clean the be', cut in the stored copy, dropped, so she is not in the text; one quotation of two pieces and several sentences of reported speech without marks cued `stated Lynn`, `he added`, `Lynn said`, `said Lynn` (H2259); 'plastic products likes bottles', 'they, should call' and curly marks as stored)",
    text='''Volunteers wipe away waste during Beach Sweep
Seventy-two Marines and sailors collected more than 20 pounds of trash during the 8th annual Beach Sweep at Onslow Beach May 3.
Around the world, tons of trash gets dumped in the ocean. Some trash washes ashore Camp Lejeune beaches leaving it to volunteers to clean up as much as possible. The most common litter on beaches are cigarette butts, but there is also a very high amount of plastic products likes bottles, bags and Styrofoam.
“We are trying to keep the beaches clean,” said Dion Lynn, Onslow Beach facilities general manager. “It’s a big beach and we need all the help we can get picking up trash off the dunes and shore area.”
Hosting the event is key to supporting the Marines and sailors aboard base, stated Lynn. Service members and families come out to have a great time, especially after a deployment. The beach is a great place to hang out and relax. The beach sweep helps keep the area clean for everyone and ensures the beach goers don’t have to worry about trash in the water, he added.
An array of wildlife calls the Crystal Coast beaches home. Included are protected sea turtles, many different birds and all manners of sea life. Cleaning the beaches keep the animals living aboard MCB Camp Lejeune’s beaches safe.
Beach goers should self-police, Lynn said. If they see trash they should pick it up and throw it away. If anyone should see an animal in need of assistance, if it is caught in trash or in any other hazardous situation they, should call wildlife management. Beach goers are not to touch the animal, said Lynn.
To find volunteers, event coordinators enlist the help of the Single Marine Program. Some participants found the event through Marine Corps Community Services website.''',
    quotes=[
        Q('“We are trying to keep the beaches clean,”', None, "Dion Lynn"),
        Q('“It’s a big beach', 'shore area.”', "Dion Lynn"),
    ],
    aliases={"Dion Lynn": ["Dion Lynn", "Onslow Beach facilities general manager"]},
),
dict(
    id="uscg-blog-2014-06-eagle-cadet-what-does-the-coast-guard-mean",
    source="https://coastguard.dodlive.mil/2014/06/what-does-the-coast-guard-mean-to-you/",
    license=PD, retrieved=PAGES + " (post of the Coast Guard's official blog (Coast Guard Compass) on coastguard.dodlive.mil, June 2014 by its address, written by Cadet 1st Class Austin Fullmer about his summer aboard the Barque Eagle; the two photo captions, each stored twice ('Cadets and crew gather together with local volunteers ... U. S. Coast Guard photo.', 'Cadets Lindsay Taylor (front) and Monica Luebke (back) weed the garden ... U. S. Coast Guard photo.'), and the byline line 'Written by Cadet 1st Class Austin Fullmer' dropped (H792), so the two cadets named only in a caption are not in the text; headline kept as the first line, with its single curly marks; the last paragraph, 'Fullmer saw this common ground on Eagle. ... took a bus to a local community service project and s', cut in the stored copy, dropped; the headline question in marks, a question of unnamed tourists and the question put to the cadet by an unnamed asker, null, and his answer with a bracket (H2259); curly marks as stored)",
    text='''‘What does the Coast Guard mean to you?’
Aboard the Barque Eagle, life is not easy for anyone – crew or cadet. Life aboard makes you tired, wet, hot (or cold) and often very sweaty. For Coast Guard Academy Cadet 1st Class Austin Fullmer, this summer has also been one of the greatest learning experiences of his life.
Every summer, Eagle embarks both first and third class cadets for a period of five weeks at a time. In those short five weeks, there is almost too much to be done: dozens of watches to stand; hundreds of sign-offs to complete; thousands of questions to answer from visiting tourists. Many cadets get normal questions, such as “What is that brown fuzzy stuff up in the rigging?” – referring to the baggy wrinkle up on the lines that protects the sails from chafing.
But this summer, Fullmer got a much more intriguing question: “What does the Coast Guard mean to you?”
“That is a deep question,” said Fullmer. “There are about as many answers to [this question] as there are members in our service; however, I honestly think there is a lot of common ground in every one of the answers.”''',
    quotes=[
        Q('‘What does the Coast Guard mean to you?’', None, None),
        Q('“What is that brown fuzzy stuff up in the rigging?”', None, None),
        Q('“What does the Coast Guard mean to you?”', None, None),
        Q('“That is a deep question,”', None, "Austin Fullmer"),
        Q('“There are about as many answers', 'of the answers.”', "Austin Fullmer"),
    ],
    aliases={"Austin Fullmer": ["Austin Fullmer", "Coast Guard Academy Cadet 1st Class Austin Fullmer", "Fullmer"]},
),
]
