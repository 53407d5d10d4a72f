# Held-out English news texts (tests/data/heldout575-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air Force,
# the Air National Guard, the Navy, the Marine Corps, the Army and the Coast Guard: a 139th Airlift Wing (Missouri Air
# National Guard) story on volunteers framing a Habitat for Humanity house in St. Joseph (139aw.ang.af.mil 452257); two
# Air Force stories on Armed Services Blood Program blood drives (mildenhall.af.mil 907239, 2016; holloman.af.mil
# 317581); a DVIDS story on Strategic Weapons Facility, Atlantic staff at a STEM FIRST Lego course at Kings Bay
# (dvidshub.net 469731); an RAF Lakenheath story on three retiring military working dogs (lakenheath.af.mil 300739); a
# DVIDS story of III Marine Expeditionary Force on Marines cleaning the Clark Veterans Cemetery during PHIBLEX 14
# (dvidshub.net 114519, 2013); an Army News Service story on Thanksgiving in Army dining facilities (army.mil 69773,
# 2011); a Coast Guard District 13 story on the Partnership in Education programme reposted on coastguardnews.com; and a
# Davis-Monthan story on airmen at Tucson's Habitat for Humanity build on Sept. 11 (dm.af.mil 314003, 2009). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped, also where it holds complete quotations (noted in `retrieved`);
# two copies stored as one run of text are kept as a headline line and one paragraph ending on the last complete
# sentence (H2177). Site lines (a site's section label, '• Published' / '• By ...' / unit lines, the 'Published ... By
# ...' words inside a run of text, DVIDS unit, 'Story by', 'Date:', 'Posted:' and 'News ID:' lines, bylines), a headline
# printed twice (kept once), the empty lines between paragraphs and spaces at the end of a paragraph are dropped; a
# headline is kept once as the first line where the stored copy has one (none is added where it has none); datelines are
# kept as stored; wording, typos ('Bosst', 'a days work', 'The gravesites holds', 'deserts', 'peoples lives'), dashes
# and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was
# run on them (rules H2270-H2274 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout575-en.jsonl

Built by `build.py` from `heldout575_pages.py`. Like heldout566-en, heldout558-en, heldout545-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): a story of the 139th Airlift Wing of
the Missouri Air National Guard by Lt. Col. Randy Parlett, 139 AW/PA, '139th volunteers Bosst Habitat Project'
(139aw.ang.af.mil 452257, on a build of July 18, no year in the stored copy); two Air Force stories on blood drives of
the Armed Services Blood Program, 'Red, white, blue saves lives' (mildenhall.af.mil 907239, August 8, 2016, by Airman
1st Class Tenley Long, 100th Air Refueling Wing Public Affairs) and 'Blood, life given' (holloman.af.mil 317581, by
Airman 1st Class Siuta B. Ika, 49th Wing Public Affairs, on a drive of Feb. 24, no year in the stored copy); a DVIDS
story on Strategic Weapons Facility, Atlantic (a Navy command) staff attending a STEM FIRST Lego Education course at
Naval Submarine Base Kings Bay, 'SWFLANT helps build foundation for more STEM learning in local classrooms' by its
address (dvidshub.net 469731, April 23-24, no year, headline or writer in the stored copy); an RAF Lakenheath story by 2nd
Lt. Ashley Skillman, 48th Fighter Wing Public Affairs, 'Military working dogs retire' (lakenheath.af.mil 300739, on a
ceremony of Jan. 13, no year in the stored copy); a DVIDS story by Lance Cpl. Jose Lujano, III Marine Expeditionary
Force, 'Marines clean veterans’ cemetery during PHIBLEX 14' (dvidshub.net printable page 114519, September 28, 2013); an
Army News Service story on Thanksgiving in Army dining facilities (army.mil 69773, November 22, 2011, no headline or
writer in the stored copy); a Coast Guard District 13 story by Petty Officer David Marin, 'Guarding Our Future', on the
Coast Guard's Partnership in Education programme in Seattle, reposted on coastguardnews.com (no date in the stored
copy); and a Davis-Monthan Air Force Base story by Senior Airman Jamie L. Coggan, 355th Fighter Wing Public Affairs, 'D-M
teams up with Habitat for Humanity to build home' (dm.af.mil 314003, September 16, 2009). Reuse terms relied on: US
government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil and DVIDS pages are the services'
own stories; the coastguardnews.com copy reproduces a Coast Guard District 13 public affairs story credited to a Coast
Guard writer and is marked as a copy on a non-government site (as the coastguardnews.com copies of heldout539-en,
heldout545-en and heldout566-en). Licence caveats: the stored copies of the SWFLANT DVIDS story and of the Army News
Service story name no writer, so the writer's status is taken from the service publishing them as its own stories; the
stories quote civilians inside the public-domain stories (a Habitat for Humanity construction manager and site
supervisor, a FIRST Certified Trainer, a public affairs specialist of the Armed Services Blood Program, a contest judge
of the Directorate of Logistics). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds
complete quotations (the 139th story's last paragraph with two quotations of Jim Walker, the Coast Guard story's
paragraph with the school principal's); the army.mil copy ends on a complete paragraph, which is kept, and the
Davis-Monthan copy, stored as one run of text, ends on a complete sentence, which is kept. The two copies stored as one
run of text (Mildenhall, Davis-Monthan) are kept as their headline (the words before `Published`) on the first line and
one paragraph from the dateline on, the date and byline words between them dropped and no paragraph breaks invented
(H1485, H2177); the Mildenhall run ends on the last complete sentence before the cut. The site lines (the section label
'139th News', the '• Published' / '• By ...' / unit lines, the DVIDS lines 'III Marine Expeditionary Force', 'Story by
Lance Cpl. Jose Lujano', 'Date: 09.28.2013', 'Posted: 10.01.2013 03:15' and 'News ID: 114519', the coastguardnews.com
byline 'by Petty Officer David Marin'), the DVIDS headline printed twice (kept once), the empty lines between paragraphs
(double ones on army.mil) and spaces at the end of a paragraph were dropped; headlines are kept once as the first line
where the stored copy has one (the SWFLANT and army.mil copies have none and get none, H1818); datelines ('RAF
MILDENHALL, England --', 'PAMPANGA, Philippines -', 'WASHINGTON (Army News Service, Nov. 22, 2011) --', 'SEATTLE (D13
Public Affairs) –', 'DAVIS-MONTHAN AIR FORCE BASE, Ariz. --') are kept as stored; wording, typos ('Bosst', 'a days work',
'The gravesites holds', 'a variety of deserts', 'peoples lives', '355th communications Squadron'), the quotation that
breaks off in `Colo., and "`, dashes and quotation marks (straight or curly as stored) are as stored. Pages read but left
out: pages already in earlier sets (the Davis-Monthan, Seymour Johnson, Shaw, Tyndall and Ellsworth Habitat for Humanity
stories, the Lejeune and Miramar Toys for Tots stories, the National Guard flood stories 621802, 573315 and army.mil
41598, the Tulsa District rangers story, the Fort Bliss children's hospital and Dublin VA stories, the USAFA blood
drive), pages with fewer than two complete quotations before the cut (the Marine Forces Reserve Toys for Tots commentary,
the Nashville District lock operators story, a Louisville District park rangers story, the NAVSEA STEM Days story, the
Holloman blood drive announcement 318053 and the Mountain Home, Luke and Buckley stories left for other sets), blog
copies of Air Force and Navy stories (military-online.blogspot.com, talk-technology.blogspot.com), and newspaper, TV
and radio pages, magazines, PDF newsletters and lists found by the same searches. None of the pages used is in any set
above or in another helper's worktree (checked by URL and page id (452257, 907239, 317581, 469731, 300739, 114519,
69773, 314003, the coastguardnews.com slug 'guarding-our-future'), by title and slug and by the names of their speakers
and phrases, such as Randy Parlett, construction manager Ed Young, Jim Walker, DNA in all these houses, Bosst, Tenley
Long, Colleen M. Urban, Jessica Daniels, metaphorical “American pride”, Siuta, Susan Alleyn, Brett Dorey, Robyn Brown,
Chelsey Steffen, Caren Spahr, STEM FIRST Lego, Ashley Skillman, Michael D. Ross, Nicolas Gonzales, PHIBLEX 14, Clark
Veterans Cemetery, Stephen F. Brown, Robert Cook, Best Decorated Dining Facility, David Marin, William Belmondo, Sumiko
Huff, Hawthorne Elementary, Jamie L. Coggan, Building Freedom Day, Robert Singleton and Charles Clayton, with grep over
tests/data of the main tree and of every other helper's worktree (heldout552-576): no hit for the pages used; the
writer Jose Lujano has a different story in heldout525-en). The annotation (rules H2270–H2274 in `ANNOTATION.md` on top
of H1–H2269) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="ang-139aw-452257-habitat-st-joseph",
    source="https://www.139aw.ang.af.mil/News/Article/452257/139th-volunteers-bosst-habitat-project/",
    license=PD, retrieved=PAGES + " (139th Airlift Wing, Missouri Air National Guard, story by Lt. Col. Randy Parlett, 139 AW/PA, on wing volunteers framing the first stage of a Habitat for Humanity house in St. Joseph on July 18 (no year in the stored copy); the site's section label '139th News' and the lines '• Published', '• By Lt. Col. Randy Parlett' and '• 139 AW/PA' dropped; headline kept as the first line with its typo 'Bosst'; the spaces at the end of the paragraphs dropped; the last paragraph, 'In an hour the floor framing was completed, ... \"This is going way faster than I thought,\" added Walker. \"These folks know how to drive a nail.\" Several of the 139th volunteers brought their own tools, tool ', cut in the stored copy, dropped whole with its two complete quotations (H2121, H2272); inverted cues with `joked Walker` and with a role before the name, quotations followed by narration in the same paragraph (H2272); straight marks as stored)",
    text='''139th volunteers Bosst Habitat Project
Twenty volunteer members of the 139th Airlift Wing, their friends and spouses grabbed the Douglas fir dimension lumber, a handful of nails, and framing hammers and completed the first stage of a Habitat for Humanity house in St. Joseph on July 18.
The normally quiet Saturday morning in the neighborhood echoed with staccato slaps of the hammers and the whine of a sliding compound miter saw. "All we do is done by volunteers," said construction manager Ed Young of Habitat. "We really appreciate your help and without it these people would be living in some pretty bad conditions." There were no air compressors, air hoses, or electric nailers for what would become a two-bedroom home. This was a community project built by volunteers for someone they'd never met.
The poured concrete 28- by 32-foot foundation was already lined with blue styrofoam insulation board when the 139th volunteers arrived. The task for the next few hours would be to complete the flooring and start framing the walls. "We have our DNA in all these houses," said site supervisor Jim Walker. "We're on a clock in terms of getting this done, but again we're not on a clock."
Metal bands on bundles of lumber were cut. A total of 14 two-by-ten inch boards were laid across the foundation and nailed into place. After that, the 139th volunteers nailed two by six inch spacers between the floor joists. The work went quickly. "One of the hardest things I learned when I got started was to stay out of the way," joked Walker. "I have to remind this group to make sure the crown of the board is up before it's nailed. That's just a reminder. These guys and gals are good."''',
    quotes=[
        Q('"All we do is done by volunteers,"', None, "Ed Young"),
        Q('"We really appreciate your help', 'pretty bad conditions."', "Ed Young"),
        Q('"We have our DNA in all these houses,"', None, "Jim Walker"),
        Q('"We\'re on a clock', 'not on a clock."', "Jim Walker"),
        Q('"One of the hardest things', 'out of the way,"', "Jim Walker"),
        Q('"I have to remind this group', 'gals are good."', "Jim Walker"),
    ],
    aliases={"Ed Young": ["Ed Young", "construction manager Ed Young of Habitat"],
             "Jim Walker": ["Jim Walker", "site supervisor Jim Walker", "Walker"]},
),
dict(
    id="mildenhall-907239-asbp-blood-drive-2016",
    source="https://www.mildenhall.af.mil/News/Article-Display/Article/907239/red-white-blue-saves-lives",
    license=PD, retrieved=PAGES + " (RAF Mildenhall story by Airman 1st Class Tenley Long, 100th Air Refueling Wing Public Affairs, announcing an Armed Services Blood Program blood drive on RAF Lakenheath on Aug. 9, 2016, published Aug. 8, 2016; the copy is stored as one run of text: the headline (the words before 'Published') is kept as the first line, the words 'Published Aug. 8, 2016 By Airman 1st Class Tenley Long 100th Air Refueling Wing Public Affairs' dropped and the body from the dateline 'RAF MILDENHALL, England --' on kept as one paragraph (no breaks invented, H1485, H2177); the run is cut in 'Although many people want to contribute, there are som', so that sentence is dropped and the paragraph ends on the last complete sentence; the writer's scare quote, a word in single marks nested in a span, `mentioned` and `Urban explained` as cues (H2270); curly marks as stored)",
    text='''Red, white, blue saves lives
RAF MILDENHALL, England -- Red, white and blue flows through all of us. Not only in a metaphorical “American pride” sense but through blue veins filled with red and white blood cells. The Armed Services Blood Program is scheduled to conduct a blood drive from 9 a.m. to 5 p.m. Aug. 9, 2016, at the main basketball court inside the Sports and Fitness Center on RAF Lakenheath. “Giving blood is important, because blood must be collected constantly to replace aging contingency supplies and also meet the peacetime needs of the military health system,” mentioned Colleen M. Urban, ASBP blood donor recruiter and public affairs specialist. “The purpose of the blood drive is to collect blood. The ASBP is a Department of Defense program and all of the blood collected stays within the military community. It truly is ‘our’ blood supply.” This isn’t just any blood drive; the blood donated will be used for service members and their families. “The blood is going to anyone receiving care at a military treatment facility that needs blood,” Urban explained. “This includes service members, dependents, DoD civilians and retirees. For example, it could be a service member injured in combat, it could be a spouse receiving cancer treatment or it could be a newborn baby.” Staff Sgt. Jessica Daniels, the coordinator of the blood drive, is responsible for setting up the blood drive along with Urban. She also had to recruit volunteers and donators. “Our brothers and sisters in arms rely on the blood we collect,” said U.S. Air Force Staff Sgt. Jessica Daniels, 48th Medical Support Squadron NCO in charge of urinalysis. “One unit of blood can save up to three people’s lives! If saving lives isn’t enough incentive, there will be cupcakes and other snacks available for those who donate.”''',
    quotes=[
        Q('“American pride”', None, None),
        Q('“Giving blood is important', 'military health system,”', "Colleen M. Urban"),
        Q('“The purpose of the blood drive', '‘our’ blood supply.”', "Colleen M. Urban"),
        Q('“The blood is going to anyone', 'that needs blood,”', "Colleen M. Urban"),
        Q('“This includes service members', 'a newborn baby.”', "Colleen M. Urban"),
        Q('“Our brothers and sisters in arms', 'blood we collect,”', "Jessica Daniels"),
        Q('“One unit of blood', 'for those who donate.”', "Jessica Daniels"),
    ],
    aliases={"Colleen M. Urban": ["Colleen M. Urban", "ASBP blood donor recruiter and public affairs specialist", "Urban"],
             "Jessica Daniels": ["Jessica Daniels", "Staff Sgt. Jessica Daniels", "U.S. Air Force Staff Sgt. Jessica Daniels", "the coordinator of the blood drive", "48th Medical Support Squadron NCO in charge of urinalysis"]},
),
dict(
    id="holloman-317581-asbp-blood-drive-beaumont",
    source="https://www.holloman.af.mil/Article-Display/Article/317581/blood-life-given",
    license=PD, retrieved=PAGES + " (Holloman Air Force Base story by Airman 1st Class Siuta B. Ika, 49th Wing Public Affairs, on an Armed Services Blood Program blood drive at the Community Activities Center on Feb. 24 (no year in the stored copy); the lines '• Published', '• By Airman 1st Class Siuta B. Ika' and '• 49th Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'The ASBP is the', cut in the stored copy, dropped; a quotation whose wording breaks off in `Colo., and \"` before its closing mark, and an Army officer quoted in an Air Force story (H2271); straight marks as stored)",
    text='''Blood, life given
The Armed Services Blood Program held a blood drive at the Community Activities Center Feb. 24. The blood drive was open to servicemembers, their families and anyone able to get on base.
All donations from the drive go directly to military hospitals and to war-fighters overseas.
"The blood that is donated today helps save lives down range and in our military treatment facilities," said U.S. Army Lt. Col. Susan Alleyn, chief of the Donor Center at William Beaumont Army Medical Center. "Ten days from the date of collection, we have the blood in-theater to our war-fighters and in military treatment facilities for servicemembers, dependents and retirees."
Blood donation is a common practice and is promoted to the civilian and military populations through programs sponsored by the ASBP and the American Red Cross. William Beaumont Army Medical Center, based out of Ft. Bliss in El Paso, Texas, holds and sponsors blood drives at various military installations throughout the southwestern region of the United States.
"We go to Ft. Bliss, Ft. Huachuca, Ariz., Kirtland AFB, N.M., White Sands Missile Range, N.M., and Ft. Carson, Colo., and " Alleyn said. "We come to Holloman every eight weeks."
Currently, Holloman has more than 500 personnel deployed to various locations around the globe. With the increased military operations and the humanitarian relief efforts being supported by our servicemembers, there is an increased need for blood for all U.S. military personnel regardless of the branch of service.
"This program provides an opportunity for servicemembers, their families, and civilians to support our military in a definitive, meaningful way," said U.S. Air Force Capt. Brett Dorey, the installation blood drive coordinator. "Donations ensure life-saving blood products are available whenever and wherever servicemembers and their families are in need."''',
    quotes=[
        Q('"The blood that is donated today', 'military treatment facilities,"', "Susan Alleyn"),
        Q('"Ten days from the date', 'dependents and retirees."', "Susan Alleyn"),
        Q('"We go to Ft. Bliss', 'Colo., and "', "Susan Alleyn"),
        Q('"We come to Holloman every eight weeks."', None, "Susan Alleyn"),
        Q('"This program provides an opportunity', 'meaningful way,"', "Brett Dorey"),
        Q('"Donations ensure life-saving', 'are in need."', "Brett Dorey"),
    ],
    aliases={"Susan Alleyn": ["Susan Alleyn", "U.S. Army Lt. Col. Susan Alleyn", "chief of the Donor Center at William Beaumont Army Medical Center", "Alleyn"],
             "Brett Dorey": ["Brett Dorey", "U.S. Air Force Capt. Brett Dorey", "the installation blood drive coordinator"]},
),
dict(
    id="dvids-469731-swflant-stem-first-lego-kings-bay",
    source="https://dvidshub.net/news/469731/swflant-helps-build-foundation-more-stem-learning-local-classrooms",
    license=PD, retrieved=PAGES + " (DVIDS story on Strategic Weapons Facility, Atlantic (SWFLANT, a Navy command) civilian and military personnel attending a two-day STEM FIRST Lego Education course at Naval Submarine Base Kings Bay, Ga., April 23-24 (no year, headline or writer in the stored copy, which opens with the first paragraph), so no headline is added (H1818); the last paragraph, 'With SWFLANT’s purchase of the kits and the training they received, ', cut in the stored copy, dropped; a civilian trainer's reported speech with `says` between her spans, a presenting sentence of reported speech before `said Spahr`, and an editor's bracket inside a span (H2273); curly marks as stored)",
    text='''Strategic Weapons Facility, Atlantic (SWFLANT) civilian and military personnel learned how they can help build a better future, one tiny, primary-colored brick at a time, when they attended STEM FIRST Lego Education, a two-day course held at Naval Submarine Base Kings Bay, Ga., April 23-24.
Department of Defense (DoD) STEM FIRST provides elementary, middle and high school teachers with kits and skills to assist with teaching children as young as 4 years old about science, technology, engineering, and math (STEM) through engaging, hands-on learning.
“Kids learn by having fun,” said Robyn Brown, FIRST Certified Trainer. “It’s one of our core values, which also includes: teamwork, discovery, innovation, impact and inclusion.”
Brown has been a FIRST STEM trainer for three years and says the program is important because it builds self-confidence and collaborative problem-solving skills—skills students will use inside the classroom, at STEM events, and in situations they’ll encounter throughout their lives.
Throughout the two-day course, attendees were instructed to build various concepts geared toward a specific grade-level and present their creation to the group.
“The training was an amazing opportunity,” said Chelsey Steffen, SWFLANT Security Specialist. “It will be extremely rewarding to see the program blossom as we learn and explore STEM.”
Caren Spahr, who has been one of SWFLANT’s co-lead STEM Coordinators since November 2016, said programs like this provide opportunities to kids who might not get exposure elsewhere and help them see their potential.
“Kids, and a lot of the adults giving them guidance, do not know all of the STEM-related job opportunities or real-world career applications to the things they enjoy doing,” said Spahr. “We had a [Navy] missile technician explain how a missile navigates using stars and the whole class, teachers included, were in awe.”''',
    quotes=[
        Q('“Kids learn by having fun,”', None, "Robyn Brown"),
        Q('“It’s one of our core values', 'impact and inclusion.”', "Robyn Brown"),
        Q('“The training was an amazing opportunity,”', None, "Chelsey Steffen"),
        Q('“It will be extremely rewarding', 'explore STEM.”', "Chelsey Steffen"),
        Q('“Kids, and a lot of the adults', 'they enjoy doing,”', "Caren Spahr"),
        Q('“We had a [Navy] missile technician', 'were in awe.”', "Caren Spahr"),
    ],
    aliases={"Robyn Brown": ["Robyn Brown", "FIRST Certified Trainer", "Brown"],
             "Chelsey Steffen": ["Chelsey Steffen", "SWFLANT Security Specialist"],
             "Caren Spahr": ["Caren Spahr", "Spahr"]},
),
dict(
    id="lakenheath-300739-military-working-dogs-retire-feltwell",
    source="https://www.lakenheath.af.mil/News/Features/Display/Article/300739/military-working-dogs-retire/",
    license=PD, retrieved=PAGES + " (RAF Lakenheath story by 2nd Lt. Ashley Skillman, 48th Fighter Wing Public Affairs, on three military working dogs of RAF Lakenheath retiring at RAF Feltwell on Jan. 13 (no year in the stored copy); the lines '• Published', '• By 2nd Lt. Ashley Skillman' and '• 48th Fighter Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'Staff Sgt. Nicolas Gonzales, 48th SFS MWD handler, has been working wi', cut in the stored copy, dropped, so Gonzales is not in the text; `Colonel Ross explained that ...` without marks and `he said` after it, and handlers named but not quoted (H2273); 'a days work' and straight marks as stored)",
    text='''Military working dogs retire
Protecting the president and saving lives with un-human like abilities sounds like the work of a superhero to many, but it was all in a days work for Dan, Berry, and Beauty, three former RAF Lakenheath military working dogs that retired at RAF Feltwell Jan. 13.
For a total of eight to nine years each, these canines used their rigorously conditioned natural abilities for specific specialties, such as drug and explosives detection, to carry out missions essential to our national security.
According to the many words of gratitude and respect shared amongst the crowd, MWDs are fellow service members and arguably one of the best military assets to have in a time of conflict. They have proven to their country, fellow Airmen and soldiers time and time again that they're more than a typical pet.
"I just came back from the desert after being there for a year, and those dogs, no kidding, served as the very edge of the spear," said Lt. Col. Michael D. Ross, 48th Security Forces Squadron commander.
While deployed, Colonel Ross explained that MWD's were continuously at the front of the fight conducting forward operating base security checks, carrying out combat patrols and assisting troops in the detection of terrorists and hostages hidden in unusual areas ranging from walls to vehicles.
"They were the difference between dead Airmen and soldiers, and alive Airmen and soldiers," he said. "They definitely helped capture terrorists."
Dan, Berry and Beauty's services throughout their career have been essential to the mission, but their success must be shared with MWD handlers Tech. Sgt. Samuel Beckett, Staff Sgts. Carl Sole and Kristyne Feldman, and all of their previous service member counterparts who spent every day training and taking care of them to ensure each canine was mission ready.''',
    quotes=[
        Q('"I just came back from the desert', 'edge of the spear,"', "Michael D. Ross"),
        Q('"They were the difference', 'alive Airmen and soldiers,"', "Michael D. Ross"),
        Q('"They definitely helped capture terrorists."', None, "Michael D. Ross"),
    ],
    aliases={"Michael D. Ross": ["Michael D. Ross", "Lt. Col. Michael D. Ross", "48th Security Forces Squadron commander", "Colonel Ross"]},
),
dict(
    id="dvids-114519-marines-clean-clark-veterans-cemetery",
    source="http://www.dvidshub.net/news/printable/114519",
    license=PD, retrieved=PAGES + " (DVIDS story by Lance Cpl. Jose Lujano, III Marine Expeditionary Force, on Marines of the 3d Marine Expeditionary Brigade cleaning the Clark Veterans Cemetery, Pampanga, Philippines, during PHIBLEX 14, Sept. 28, 2013 (printable page); the headline, printed twice (above and below the DVIDS lines), kept once as the first line (H1246); the lines 'III Marine Expeditionary Force', 'Story by Lance Cpl. Jose Lujano', 'Date: 09.28.2013', 'Posted: 10.01.2013 03:15' and 'News ID: 114519' dropped; the dateline 'PAMPANGA, Philippines - ' kept as stored; the last paragraph, '“What better time to clean the resting site of both Filipino and American service members than during the (Amp', cut in the stored copy, dropped; a Navy chaplain quoted in a Marine Corps story (H2273); 'The gravesites holds' and curly marks as stored)",
    text='''Marines clean veterans’ cemetery during PHIBLEX 14
PAMPANGA, Philippines - While thick clouds covered the sun and heavy rain fell on the burial site, the atmosphere surrounding the graveyard was filled with honor and respect for the fallen veterans who are laid to rest there.
Twenty Marines with 3d Marine Expeditionary Brigade, III Marine Expeditionary Force cleaned the Clark Veterans Cemetery Sept. 28, at Clark Air Field, Pampanga, Republic of the Philippines.
“It is important to demonstrate our good faith to the community, our Filipino veterans and other fallen service members,” said Navy Lt. Stephen F. Brown, 3d MEB chaplain. “Often we can get stuck in our operations and training and forget to engage in demonstrating the generous nature that we are capable of giving.”
The cemetery established in 1950 is the final resting place of fallen service members from wars and conflicts dating back to the 1900s.
The gravesites holds the remains of service members from numerous combat engagements, including the Spanish-American War, Philippine-American War, World War I, World War II, Operation Iraqi Freedom and Operation Enduring Freedom.
“Throughout the wars, there have been lots of unknown graves filled with bodies of fallen service members; however, even though we might not know their names, it is imperative that they are remembered and honored,” said Brown. “That could have been any of us; and as service members, we should give the love that we would like to receive if it was us.”
At the cemetery, all branches of the United States Armed Forces are represented as well as the Armed Forces of the Philippines to include Philippine Scouts and Philippine Constabulary.''',
    quotes=[
        Q('“It is important to demonstrate', 'fallen service members,”', "Stephen F. Brown"),
        Q('“Often we can get stuck', 'capable of giving.”', "Stephen F. Brown"),
        Q('“Throughout the wars', 'remembered and honored,”', "Stephen F. Brown"),
        Q('“That could have been any of us', 'if it was us.”', "Stephen F. Brown"),
    ],
    aliases={"Stephen F. Brown": ["Stephen F. Brown", "Navy Lt. Stephen F. Brown", "3d MEB chaplain", "Brown"]},
),
dict(
    id="army-69773-thanksgiving-dining-facilities-2011",
    source="https://www.army.mil/article/69773/",
    license=PD, retrieved=PAGES + " (Army News Service story on Thanksgiving meals for soldiers worldwide, the last dining facility at Camp Victory, Baghdad, and the Best Decorated Dining Facility Competition at Fort Jackson, S.C., Nov. 22, 2011 (no headline or writer in the stored copy, which opens with the dateline paragraph), so no headline is added (H1818); the double empty lines between some paragraphs dropped; the dateline 'WASHINGTON (Army News Service, Nov. 22, 2011) --' kept as stored; the stored copy ends after the complete paragraph with Robert Cook's quotations, which is kept; sign text in marks, and reported speech before `Cook said` (H2274); 'a variety of deserts' and straight marks as stored)",
    text='''WASHINGTON (Army News Service, Nov. 22, 2011) -- Soldiers worldwide, including those at more than 270 dining facilities in Afghanistan and Iraq, can give thanks for a familiar taste of home this week on Thanksgiving.
About 168,000 pounds of turkey, 37,800 pounds of stuffing, 93,876 pounds of beef, 43,560 pounds of sweet potatoes, 24,000 pounds of shrimp, 34,560 pies and 25,800 pounds of cranberry sauce -- along with other holiday treats -- were shipped to troops overseas by the Defense Logistics Agency.
As the U.S. military mission winds down in Iraq, Soldiers enjoyed an early Thanksgiving dinner at Camp Victory in Baghdad Nov. 20 because the last dining facility at the base closed at the end of the day, in preparation for all troops to depart by the end of next month.
Soldiers and contractors, about 6,600 still at Camp Victory, dined at tables decorated with colorful paper turkeys and "Happy Thanksgiving" signs hanging overhead.
The menu included crab legs, turkey, ham, dressing, yams, green beans, rolls, corn bread, mashed potatoes, and a variety of deserts.
But following the holiday feast, Soldiers knew they would need to make do with field rations.
Soldiers said the last cooked meal was actually a good thing, because it's a sure sign that they will soon be returning home to families.
Back in the states, Thanksgiving can mean a fight of a different kind, such as at the one at Fort Jackson, S.C., where dining facilities are competing to bring the best culinary experience to Soldiers.
The Best Decorated Dining Facility Competition benefits both the Soldiers and the dining facility staff, said Robert Cook, a contest judge with the Directorate of Logistics.
"Thanksgiving is the Army's big day for the Soldiers. You might not always have a big crowd for Christmas, but you will for Thanksgiving," Cook said. "That's when the food service personnel get to show off their expertise and all of the things they've learned at culinary schools or different training."''',
    quotes=[
        Q('"Happy Thanksgiving"', None, None),
        Q('"Thanksgiving is the Army\'s big day', 'you will for Thanksgiving,"', "Robert Cook"),
        Q('"That\'s when the food service personnel', 'different training."', "Robert Cook"),
    ],
    aliases={"Robert Cook": ["Robert Cook", "a contest judge with the Directorate of Logistics", "Cook"]},
),
dict(
    id="coastguardnews-d13-guarding-our-future-pie-seattle",
    source="https://coastguardnews.com/guarding-our-future/",
    license=PDC, retrieved=PAGES + " (Coast Guard District 13 Public Affairs story by Petty Officer David Marin on the Coast Guard's Partnership in Education (PIE) programme and Sector Seattle's volunteers at Hawthorne Elementary School (no date in the stored copy), reposted on coastguardnews.com, a non-government site; the byline 'by Petty Officer David Marin' dropped; headline kept as the first line; the dateline 'SEATTLE (D13 Public Affairs) –' kept as stored; the last paragraph, '“Hawthorne Elementary is no joke,” said Sumiko Huff, the school’s principal. “It is pretty intense ... is challeng', cut in the stored copy, dropped whole with its complete first quotation (H2121, H2274), so the principal is not in the text; 'peoples lives', 'their families lower economic standing' and curly marks as stored)",
    text='''Guarding Our Future
SEATTLE (D13 Public Affairs) – There are hundreds of thousands of documented cases where members of the Coast Guard have saved people who were lost and in need of help. There are also many cases that go without much notice, many members who take it upon themselves to help others when it is not expected or required of them. The Coast Guard, known for helping people in peril, has given its employees the opportunity to help the very fiber of our future. Admiral J. William Kime, the Coast Guard’s Commandant from 1991-1994 and the Commandants since, have provided their service members with a chance to volunteer and help school children in need.
The Coast Guard’s Partnership in Education (PIE) program allows its active duty and civilian employees to use an hour a week to go and volunteer at schools in their area. Since 1991, PIE has introduced students to positive role models while providing educational support through tutoring, teacher assistance and lecturing.
“No matter how you frame it up, people who join the Coast Guard want to make a difference in peoples lives,” said Capt. William Belmondo, Commanding Officer of Integrated Support Command Seattle and a volunteer with PIE. “They want to save lives and make an impact. That is why I say that occupations like teaching and nursing match very well with the kind of psyche that you get from Coast Guard members.”
Since 1992, members of Coast Guard Sector Seattle have used the opportunity granted by PIE to volunteer at Hawthorne Elementary School in Seattle. A school that has 77% of its 350 students receiving a free or reduced lunch due to their families lower economic standing.''',
    quotes=[
        Q('“No matter how you frame it up', 'peoples lives,”', "William Belmondo"),
        Q('“They want to save lives', 'Coast Guard members.”', "William Belmondo"),
    ],
    aliases={"William Belmondo": ["William Belmondo", "Capt. William Belmondo", "Commanding Officer of Integrated Support Command Seattle and a volunteer with PIE"]},
),
dict(
    id="dm-314003-habitat-building-freedom-day-2009",
    source="https://www.dm.af.mil/Media/Article-View/Article/314003/d-m-teams-up-with-habitat-for-humanity-to-build-home",
    license=PD, retrieved=PAGES + " (Davis-Monthan Air Force Base story by Senior Airman Jamie L. Coggan, 355th Fighter Wing Public Affairs, on airmen at Tucson's eighth annual Habitat for Humanity event on Sept. 11 (Building Freedom Day), published Sept. 16, 2009; the copy is stored as one run of text: the headline (the words before 'Published') is kept as the first line, the words 'Published Sept. 16, 2009 By Senior Airman Jamie L. Coggan 355th Fighter Wing Public Affairs' dropped and the body from the dateline 'DAVIS-MONTHAN AIR FORCE BASE, Ariz. --' on kept as one paragraph (no breaks invented, H1485, H2177); the run ends on a complete sentence, which is kept (H2272); '355th communications Squadron' and straight marks as stored)",
    text='''D-M teams up with Habitat for Humanity to build home
DAVIS-MONTHAN AIR FORCE BASE, Ariz. -- Airmen from D-M teamed up with members of the Tucson community Sept. 11 (Building Freedom Day), volunteering their time and skills to build homes during Tucson's eighth annual Habitat for Humanity event. Habitat for Humanity is a program that partners with people who can afford to pay the mortgage for the new home, but are living in substandard housing. The new homeowners volunteer as well, spending 80 hours in construction and 40 hours of classes. They pay $50,000 for the house with an interest-free 20- to 30-year mortgage and in the end they receive a 1,000-square-foot, three-bedroom, 1 1/2 bathroom brand-new home. "Sept. 11 was a tragedy," said Col. Robert Singleton, 355th Fighter Wing vice commander. "What came out of it was normal, ordinary people coming together and doing extraordinary things." Construction is performed by volunteer labor, and many companies donate construction materials. Some work, like plumbing and wiring, is done by professionals. The beneficiaries get a brand new, landscaped home. Despite 90 degree plus temperatures, the volunteers completed a number of odd jobs from building the house frames to installing vinyl siding on newly built homes. "It was a little humbling to see how fast they were able to construct these homes," said Staff Sgt. Charles Clayton, a volunteer from the 355th communications Squadron. "A true testament to the power of people working together for a cause. I was honored to be able to take part in something so extraordinary and will definitely be on board next year." Over the past seven years, more than 6,000 Tucson-area volunteers have come together to construct 59 homes, changing the lives of these families forever.''',
    quotes=[
        Q('"Sept. 11 was a tragedy,"', None, "Robert Singleton"),
        Q('"What came out of it', 'extraordinary things."', "Robert Singleton"),
        Q('"It was a little humbling', 'construct these homes,"', "Charles Clayton"),
        Q('"A true testament', 'on board next year."', "Charles Clayton"),
    ],
    aliases={"Robert Singleton": ["Robert Singleton", "Col. Robert Singleton", "355th Fighter Wing vice commander"],
             "Charles Clayton": ["Charles Clayton", "Staff Sgt. Charles Clayton", "a volunteer from the 355th communications Squadron"]},
),
]
