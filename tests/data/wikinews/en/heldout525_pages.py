# Held-out English news texts (tests/data/heldout525-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105) of the Air Force,
# the Marine Corps, the Navy, the Army and NOAA's National Weather Service: three Air Force stories (Offutt Air Force
# Base honours two retiring military working dogs, acc.af.mil 831058; the all-volunteer pet shelter at Eglin Air Force
# Base, eglin.af.mil 392346; Kunsan P.A.W.S. volunteers at a dog and cat shelter in Daegu, Republic of Korea, 2017,
# kunsan.af.mil 1242689); a Marine Corps Air Station Beaufort story on the retirement and adoption of military working
# dogs (beaufort.marines.mil 554799, 2014); a Seabee Magazine story on NMCB 1's kindergarten on Ebeye, Marshall Islands
# (seabeemagazine.navylive.dodlive.mil, July 19, 2017); two Army News Service stories on army.mil (Fort Bliss soldiers
# at an El Paso children's hospital, May 2010, 39389; 3rd Infantry Division soldiers at the Carl Vinson VA Medical
# Center in Dublin, Georgia, December 2009, 31608); a DVIDS story of III Marine Expeditionary Force on a beach cleanup in
# Urasoe City, Okinawa (printable page of 110864, 2013); and a National Weather Service profile of the NOAA Hurricane
# Hunter pilot Commander Scott Price (weather.gov/wrn/hurricane_hunter). None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut
# paragraph is dropped, also where it holds a complete quotation before the cut (noted in `retrieved`). Site and banner
# lines, '• Published' / '• By ...' / unit lines, bylines and date lines, 'Photo Information' blocks, image titles and
# captions, DVIDS 'Date', 'Posted' and 'News ID' lines, the empty lines between paragraphs and spaces at the start or end
# of a paragraph are dropped; HTML tags are removed with nothing in their place (H242); a headline is kept once as the
# first line where the stored copy has one (none is added where it has none); datelines at the start of a paragraph are
# kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored, also mixed within one
# quotation) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2235-H2239 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout525-en.jsonl

Built by `build.py` from `heldout525_pages.py`. Like heldout509-en, heldout502-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news texts, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): three Air Force stories, 'Offutt honors retiring military
working dogs' (acc.af.mil 831058, by Senior Airman Rachel Hammes, 55th Wing Public Affairs, June 28 with no year in the
stored copy), 'Pet Welfare volunteers provide essential care to Eglin's furriest' (eglin.af.mil 392346, by Ashley M.
Wright, Team Eglin Public Affairs, 2009 from its wording, 'When he passed in November (2008)' and the Year of the Air
Force Family) and 'Kunsan P.A.W.S. sponsors Wolf Pack in adopting another “Pack”' (kunsan.af.mil 1242689, by Staff Sgt.
Victoria H. Taylor, 8th Fighter Wing Public Affairs, on a trip of July 8, 2017); a Marine Corps Air Station Beaufort
story, 'From big bites to belly rubs' (beaufort.marines.mil 554799, November 21, 2014, by Cpl. Brendan Roethel); a
Seabee Magazine story, 'Kindergarten Project: NMCB 1' (seabeemagazine.navylive.dodlive.mil, the Navy's Seabee Magazine
on the Department of Defense's dodlive.mil blog platform, July 19, 2017, by MC1 Brannon Deugan); two Army News Service
stories on army.mil, 39389 (slug 'Soldiers_bring_cheer_to_sick_children', Fort Bliss soldiers at the Sierra Providence
Health Network Children's Hospital in El Paso, dateline of May 19, 2010, no headline or writer in the stored copy) and
31608 ('3ID Soldiers get glimpse of the past in Dublin, Ga', by Sgt. 1st Class Rhonda M. Lawson, 3rd Sustainment Brigade
Public Affairs, December 10, 2009); a DVIDS story of III Marine Expeditionary Force, 'Citizens, Marines clean shoreline
during festival' (the printable page of 110864, by Lance Cpl. Jose Lujano, July 15, 2013); and a National Weather
Service profile of NOAA Corps Commander Scott Price, a Hurricane Hunter pilot (weather.gov/wrn/hurricane_hunter, by
Rachel Johnson, no date in the stored copy, with the page's later note that Price retired in 2019). Reuse terms relied
on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil pages (af.mil, marines.mil,
army.mil, dodlive.mil) and dvidshub.net (the Defense Visual Information Distribution Service) carry the services' own
public-affairs stories, and weather.gov is the National Weather Service's (NOAA, Department of Commerce) own site. No
copy on a non-government site is used. Licence caveats: the stored copy of army.mil 39389 names no writer (its
dateline credits the Army News Service), and the weather.gov profile gives its writer's name without a title, so the
writer's status is taken from the agency publishing the text as its own; Ashley M. Wright (Eglin) is named without
a rank, as a writer of Team Eglin Public Affairs, the base's public affairs office; the stories quote private people (a Beaufort resident, shelter
volunteers, a child patient and his mother's account, the mayor of Urasoe City) inside the public-domain texts. None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation before the cut
(noted per page: Malone's '“She’s h', 'Ms. Cunningham explained that socializing with the animals who ', 'Although the
group's main objecti', 'Although the dogs are', 'While the project allows NMCB 1 to provide an element to the
community’s infrastructure, it also provides an opportunity to es', 'Spc. Justin Woodward ... He said seeing the
enthusi', 'For Spc. Daniel Leslie, 92nd Chemical Company, Special Troops Battalion, ', Nickson's '“It was awesome being able
to watch a traditional taiko performance ... that the children performed for the event,” said Nickson' (no full stop;
the copy breaks off after the name) and the Hurricane Hunter profile's third paragraph, whose quotation '“It’s
impossible ...,” explained Price.' is complete before the cut in '... trained to fly through the worst storms '). The
Air Force '• Published' / '• By ...' / unit lines, the marines.mil banner lines ('An official website of the United
States government', 'Here's how you know', ...), its 'Photo Information' block (a caption on the dog Sacal J 340 and
'Photo by Sgt. Aneshea Yee') and its date and byline line ('21 Nov 2014 | Cpl. Brendan Roethel Marine Corps Air Station
Beaufort'), the Seabee Magazine byline ('Story by MC1 Brannon Deugan') and the photo caption between two paragraphs
('Builder 3rd Class Grant Norris, from Rockwall, Texas, lifts a bucket of concrete ... Photo by Builder 3rd Class Shyann
Waters.'), the army.mil byline and date line, image title and caption ('DUBLIN', '(Photo Credit: U.S. Army) VIEW
ORIGINAL'), the DVIDS printable page's unit, 'Story by', 'Date', 'Posted' and 'News ID' lines, the weather.gov site
line ('National Weather Service United States Department of Commerce') and byline ('Rachel Johnson'), the empty lines
between paragraphs and spaces at the start or end of a paragraph were dropped; the army.mil bold tags of the Dublin
dateline ('<B> DUBLIN, Ga.</B>') are removed with nothing in their place (H242), so the dateline runs into the opening
mark as stored; headlines are kept once as the first line where the stored copy has one (army.mil 39389 and the
weather.gov profile have none and get none, H1818; the profile's 'NOTE: Commander Scott Price retired ...' line is the
page's own text and is kept as its first paragraph); datelines at the start of a paragraph are kept as stored; wording,
typos ('duputy commanding general-rear', 'Brig. Gen Phillips', 'Command Sgt. Maj Jeffrey Ashmen', 'the shelters owner',
'grass root relationships'), dashes and quotation marks (straight or curly as stored, also mixed within one quotation
in the Kunsan story) are as stored. Pages read but left out: the Minot flood-pets story (455045, one speaker only), the
Altus Animal Aid Society story, the Travis 'dog day afternoon' story (af.mil 123248518), the Kosrae school story of
Seabee Magazine (a copy on micronesia.com), the Lanao Agricultural College and Project Friendship Navy stories on
globalsecurity.org (copies on a non-government site), the DVIDS story on Asunaro Nursery School (112360) and the mcipac
Hikarigaoka nursing home story (531988), the Olmsted Locks and Dam story (army.mil 210575, one complete quotation),
the FEMA Rita release on disaster recovery centers (a list), and pages found by the same searches that are in earlier
sets (Stennis, Ellsworth, Vandenberg, Shaw, Seishin Orphanage, the National Guard flood stories, the VOA refugee
reports). None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(831058, 392346, 1242689, 554799, 39389, 31608, 110864, hurricane_hunter), by title and slug and by the names of their
speakers and phrases, such as Offutt honors retiring, Ada and Tex, Ian Dinesen, Christopher Darrow, Kathryn Malone, Pet
Welfare, Jennifer Davis, De Cunningham, Kunsan P.A.W.S, Nichole Sedesse, David Diez, big bites to belly rubs, Dianna
Brennan, Adam Cook, Sacal, Roethel, Ebeye, Brent Frazer, Emma McCarthy, Grant Norris, Sierra Providence, Jorge Haro,
Cindy O'Neil, Omar Alvarez, Carl Vinson Veterans, Mark Anderson, Jeffrey Phillips, Demetrius Hopkins, Vitamin Sea,
Inanse, Tetsuji Matsumoto, Joshua W. Nickson, Scott Price and Flying Through the Eye of the Storm, with grep over
tests/data of the main tree and of every other helper's worktree (heldout518-524): no hit). The annotation (rules
H2235–H2239 in `ANNOTATION.md` on top of H1–H2232) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="acc-831058-offutt-retiring-military-working-dogs",
    source="https://www.acc.af.mil/News/Article-Display/Article/831058/offutt-honors-retiring-military-working-dogs/",
    license=PD, retrieved=PAGES + " (Air Combat Command story by Senior Airman Rachel Hammes, 55th Wing Public Affairs, on the retirement ceremony of the military working dogs Ada and Tex at Offutt Air Force Base, June 28 (no year in the stored copy); the lines '• Published', '• By Senior Airman Rachel Hammes' and '• 55th Wing Public Affairs' dropped; headline kept as the first line; the space at the start of the paragraph ' In the program that followed' dropped; the last paragraph, '“She’s h', cut in the stored copy, dropped; 'he said' after the paragraph that presents Dinesen (H2236); the spaced en dash and curly marks and apostrophes as stored)",
    text='''Offutt honors retiring military working dogs
A hush fell over the guard mount room of the 55th Security Forces Squadron at Offutt Air Force Base, Neb., June 28. Rows of Team Offutt members rose respectfully to await the official party.
It was retirement season, but this was no normal retirement – while there would be awards given, cake eaten and speeches made, the focus was on two German Shepherds who trotted in, one after another, held loosely on leashes by handlers.
Lt. Col. Ian Dinesen, commander of the 55th SFS, took the stage next to them and smiled.
“Military working dogs Ada and Tex, this is for you,” he said.
In the program that followed, Ada and Tex were awarded meritorious service certificates and military working dog service awards, recognizing the multiple deployments they’d completed for Operation Iraqi Freedom and Operation Enduring Freedom.
“It’s definitely an emotional event,” said Tech. Sgt. Christopher Darrow, a dog handler with the 55th SFS. “I had my first dog retired to me, so I take this to heart. The dogs do a lot more work than a lot of people actually think. They head down range and they protect a lot of people.”
Neither dog is older than 11, but they’re old by military working dog standards. While they may want to keep up with the younger dogs, their bodies rarely let them. During their time at Offutt, they’ve formed a bond with their handlers that is hard to break.
“I saw Ada’s retirement coming, but it was still a little hard,” said Senior Airman Kathryn Malone, a dog handler with the 55th SFS, who worked as Ada’s primary handler prior to her retirement. “When we work, we do everything together. Everything I do, she does with me. It was hard knowing she wasn’t going to be my partner anymore, because we had that trust. I trusted her, she trusted me.”
That trust wasn’t easy to form, Malone said.''',
    quotes=[
        Q('“Military working dogs Ada and Tex, this is for you,”', None, "Ian Dinesen"),
        Q('“It’s definitely an emotional event,”', None, "Christopher Darrow"),
        Q('“I had my first dog retired', 'a lot of people.”', "Christopher Darrow"),
        Q('“I saw Ada’s retirement coming', 'a little hard,”', "Kathryn Malone"),
        Q('“When we work', 'she trusted me.”', "Kathryn Malone"),
    ],
    aliases={"Ian Dinesen": ["Ian Dinesen", "Lt. Col. Ian Dinesen", "commander of the 55th SFS"],
             "Christopher Darrow": ["Christopher Darrow", "Tech. Sgt. Christopher Darrow"],
             "Kathryn Malone": ["Kathryn Malone", "Senior Airman Kathryn Malone", "Ada’s primary handler", "Malone"]},
),
dict(
    id="eglin-392346-pet-welfare-volunteers",
    source="https://www.eglin.af.mil/News/Article-Display/Article/392346/pet-welfare-volunteers-provide-essential-care-to-eglins-furriest",
    license=PD, retrieved=PAGES + " (Team Eglin Public Affairs story by Ashley M. Wright on Eglin Air Force Base's all-volunteer Pet Welfare shelter before National Family Volunteer Day (Nov. 21, in the Year of the Air Force Family, 2009); the lines '• Published', '• By Ashley M. Wright' and '• Team Eglin Public Affairs' dropped; headline kept as the first line; spaces at the end of paragraphs dropped; the last paragraph, 'Ms. Cunningham explained that socializing with the animals who ', cut in the stored copy, dropped, so 'Ms. Cunningham' is not in the kept text; the bracket '[morning]' and the parenthesis '(2008)' inside spans, 'she said of her dog Dallas' and 'she said while petting Angel' (H2238); straight marks as stored)",
    text='''Pet Welfare volunteers provide essential care to Eglin's furriest
More than 300 cats and dogs are placed in loving homes every year thanks to Eglin's all-volunteer pet shelter.
"We do really well with what we have, but we could do better," said Jennifer Davis, Pet Welfare volunteer coordinator. "Our greatest need is volunteers for weekday [morning] shifts."
As the Year of the Air Force Family gears up for National Family Volunteer Day on Nov. 21, it is important to remember some members of the family cannot speak for themselves.
Pet Welfare, a non-profit and no-kill shelter, operates with approximately 140 volunteers. Although located on base, the 27-year-old center receives no monetary support from the government, relying solely on the kindness of others. The volunteers provide care for the 40 cats and about 20 dogs available for adoption.
Like many other pet welfare volunteers, Mrs. Davis donates her time to honor a member of her family.
"My life was blessed by a furry son," she said of her dog Dallas. "When he passed in November (2008), we felt the need to honor his kind."
The organization takes in animals that military members surrender because of circumstances like a permanent change of station, deployments, etc. Service members and their animals take top priority, but the shelter will also take in animals surrendered from people with no affiliation to the base. In a recent case, the group found two abandoned dogs roaming the woods on Eglin and is trying to find them a home while the two receive routine medical care, Mrs. Davis said.
De Cunningham, Pet Welfare volunteer, gave a simple answer as to why she spent the past year walking dogs, cleaning out cages, feeding and giving medicine to her furry pals.
"I love animals, what can I say," she said while petting Angel, a corgi/Labrador retriever mix.''',
    quotes=[
        Q('"We do really well', 'could do better,"', "Jennifer Davis"),
        Q('"Our greatest need', '[morning] shifts."', "Jennifer Davis"),
        Q('"My life was blessed by a furry son,"', None, "Jennifer Davis"),
        Q('"When he passed in November', 'honor his kind."', "Jennifer Davis"),
        Q('"I love animals, what can I say,"', None, "De Cunningham"),
    ],
    aliases={"Jennifer Davis": ["Jennifer Davis", "Pet Welfare volunteer coordinator", "Mrs. Davis"],
             "De Cunningham": ["De Cunningham"]},
),
dict(
    id="kunsan-1242689-paws-daegu-animal-shelter",
    source="https://www.kunsan.af.mil/-Wolf-Pack-News/Display/Article/1242689/kunsan-paws-sponsors-wolf-pack-in-adopting-another-pack",
    license=PD, retrieved=PAGES + " (8th Fighter Wing story by Staff Sgt. Victoria H. Taylor on a trip of Kunsan Air Base volunteers, sponsored by Kunsan P.A.W.S., to a dog and cat shelter in Daegu, Republic of Korea, July 8, 2017; the lines '• Published', '• By Staff Sgt. Victoria H. Taylor' and '• 8th Fighter Wing Public Affairs' dropped; headline kept as the first line, its '“Pack”' null (H2236); the last paragraph, 'Although the group's main objecti', cut in the stored copy, dropped; the missing apostrophe of 'the shelters owner' as stored; Diez's spans open or close with a straight mark and a curly one as stored (H94, H2236))",
    text='''Kunsan P.A.W.S. sponsors Wolf Pack in adopting another “Pack”
Waking up to board a bus during a rain storm may not sound like an ideal way to start a Saturday, but after making the four-hour trek, 21 U.S. Air Force Airmen and volunteers, assigned to Kunsan Air Base, Republic of Korea, were greeted by more than 200 floppy tongues, 800 tapping paws and thousands of muddy paw prints at a dog and cat shelter in Daegu, ROK, July 8, 2017.
The trip, sponsored by Kunsan Patriots for Animal Welfare and Scholarships, or Kunsan P.A.W.S., was the first-ever trip to the no-kill shelter in Daegu and was coordinated after the shelters owner reached out to the Wolf Pack organization looking for a helping hand.
“It was heartbreaking at first,” said Tech. Sgt. Nichole Sedesse, 8th Maintenance Squadron armament maintenance floor chief. “I had an idea of what we were getting into, but to be honest, it was overwhelming when I saw it for myself; there is so much that needs to be done.”
On this particular volunteer opportunity, the group managed to raise enough funds in order to pay for the entire outing, as well as collect more than 200 pounds of food and supplies to donate to the animal shelter.
"Put simply, our intent is to help save animals and educate Airmen on what they are capable of during their short tour here," said Senior Airman David Diez, 8th Security Forces Squadron defender and Kunsan P.A.W.S. president. “We take these trips in order to better our community, but we also get to learn the Korean culture along the way; it gets Airmen out of their comfort zone.”
Since its formation in 2014, Kunsan P.A.W.S. has been able to work with animal shelters all over the Korean peninsula.
“There are trips to different shelters held weekly; it’s a great way to support the community,” said Diez. "We are always looking for volunteers.”''',
    quotes=[
        Q('“Pack”', None, None),
        Q('“It was heartbreaking at first,”', None, "Nichole Sedesse"),
        Q('“I had an idea', 'needs to be done.”', "Nichole Sedesse"),
        Q('"Put simply', 'short tour here,"', "David Diez"),
        Q('“We take these trips', 'comfort zone.”', "David Diez"),
        Q('“There are trips', 'support the community,”', "David Diez"),
        Q('"We are always looking for volunteers.”', None, "David Diez"),
    ],
    aliases={"Nichole Sedesse": ["Nichole Sedesse", "Tech. Sgt. Nichole Sedesse", "8th Maintenance Squadron armament maintenance floor chief"],
             "David Diez": ["David Diez", "Senior Airman David Diez", "Kunsan P.A.W.S. president", "Diez"]},
),
dict(
    id="beaufort-554799-big-bites-to-belly-rubs",
    source="https://www.beaufort.marines.mil/COMMSTRAT/News/News-View/Article/554799/from-big-bites-to-belly-rubs/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Station Beaufort story by Cpl. Brendan Roethel, November 21, 2014, on the retirement and adoption of military working dogs; the banner lines ('An official website of the United States government', 'Here's how you know', 'A .mil website belongs to ...', 'A lock (lock ) or https:// means ...'), the 'Photo Information' block (the caption on the dog Sacal J 340 and 'Photo by Sgt. Aneshea Yee') and the line '21 Nov 2014 | Cpl. Brendan Roethel Marine Corps Air Station Beaufort' dropped (H2239); headline kept as the first line; spaces at the end of paragraphs dropped; the last paragraph, 'Although the dogs are', cut in the stored copy, dropped; curly marks as stored)",
    text='''From big bites to belly rubs
“After my husband passed away two years ago, I had trouble being alone,” said Dianna Brennan, a native of Beaufort. “My house felt quiet and empty without him around. After months of losing him, my daughter who adopted a military working dog, recommended I fill out an application with the Lackland Air Force Base Military Working Dog Kennel.”
Approximately 300 Military working dogs retire annually from the Department of Defense for reasons ranging from old age to health concerns, and the inability to work.
“The process starts with either the kennel master deeming the working dog unable to fulfill operational requirements, or the veterinarian might say the working dog has growing health concerns and wants to push the dog toward retirement,” said Sgt. Adam Cook, the military working dog chief trainer with the Provost Marshals Office.
After the dog is recommended for retirement, paperwork and documentation supporting the handler or veterinarian’s claims is submitted from the unit commander to the 341st Training Squadron on Lackland Air Force Base, Texas. From there the dog can be given approximately four months to recover and return to service or he or she will be retired.''',
    quotes=[
        Q('“After my husband passed away', 'being alone,”', "Dianna Brennan"),
        Q('“My house felt quiet', 'Working Dog Kennel.”', "Dianna Brennan"),
        Q('“The process starts', 'toward retirement,”', "Adam Cook"),
    ],
    aliases={"Dianna Brennan": ["Dianna Brennan", "a native of Beaufort"],
             "Adam Cook": ["Adam Cook", "Sgt. Adam Cook", "the military working dog chief trainer with the Provost Marshals Office"]},
),
dict(
    id="seabeemagazine-2017-07-19-nmcb1-ebeye-kindergarten",
    source="https://seabeemagazine.navylive.dodlive.mil/2017/07/19/kindergarten-project-nmcb-1/",
    license=PD, retrieved=PAGES + " (Seabee Magazine (US Navy, on the Department of Defense's dodlive.mil platform) story by MC1 Brannon Deugan, July 19, 2017, on Seabees of Naval Mobile Construction Battalion 1 building a kindergarten on Ebeye, Republic of the Marshall Islands; the byline 'Story by MC1 Brannon Deugan' dropped; headline kept as the first line; the dateline 'NAVAL STATION ROTA, Spain – ' kept as stored; the photo caption between two paragraphs ('Builder 3rd Class Grant Norris, from Rockwall, Texas, lifts a bucket of concrete ... Photo by Builder 3rd Class Shyann Waters.') dropped (H792, H2239); the last paragraph, 'While the project allows NMCB 1 ... an opportunity to es', cut in the stored copy, dropped; 'grass root' and curly marks as stored)",
    text='''Kindergarten Project: NMCB 1
NAVAL STATION ROTA, Spain – Deployed Seabees construct a kindergarten facility on the island of Ebeye, Republic of the Marshall Islands, July 13.
Seabees assigned to Naval Mobile Construction Battalion (NMCB) 1 broke ground for the three classroom kindergarten facility in March to improve the island’s educational facilities.
“The project assists in building grass root relationships with the Marshallese people,” said Lt. j.g. Brent Frazer, Det. officer-in-charge. “It also provides better infrastructure through the use of the Seabees on the island of Ebeye. The schoolhouse will provide the teachers and children the abilities and facilities to further educate their community.”
The 19 member crew began the project with site excavation in preparation for the placement of walls and column footers. The crew then prefabricated, erected and stripped all the formwork for wall footers, column footers, columns, an overhead roof beam and three concrete pads.
The construction of the kindergarten for the Marshallese people aids in maintaining the mutual partnership between the U.S. and the Republic of the Marshall Islands.
“Building the school building helps maintain relations with the Marshallese as well as show them gratitude for allowing us to continue using their islands,” said Builder Constructionman Emma McCarthy, from Springville, New York. “Not only are we building a school facility, but a future for the upcoming Marshallese generations.”''',
    quotes=[
        Q('“The project assists', 'Marshallese people,”', "Brent Frazer"),
        Q('“It also provides', 'educate their community.”', "Brent Frazer"),
        Q('“Building the school building', 'using their islands,”', "Emma McCarthy"),
        Q('“Not only are we building', 'Marshallese generations.”', "Emma McCarthy"),
    ],
    aliases={"Brent Frazer": ["Brent Frazer", "Lt. j.g. Brent Frazer", "Det. officer-in-charge"],
             "Emma McCarthy": ["Emma McCarthy", "Builder Constructionman Emma McCarthy"]},
),
dict(
    id="army-39389-fort-bliss-soldiers-cheer-sick-children",
    source="https://www.army.mil/article/39389/Soldiers_bring_cheer_to_sick_children/",
    license=PD, retrieved=PAGES + " (Army News Service story, dateline 'FORT BLISS, Texas (Army News Service, May 19, 2010) -- ', on Fort Bliss soldiers of 5th Brigade, 1st Armored Division and the 591st Military Police Company at the Sierra Providence Health Network Children's Hospital in El Paso, May 1, 2010; the stored copy opens with the dateline paragraph and has no headline line (slug 'Soldiers_bring_cheer_to_sick_children'), so none is added (H1818); no writer in the stored copy; the last paragraph, 'Spc. Justin Woodward from the 591st Military Police Company ... He said seeing the enthusi', cut in the stored copy, dropped; the children cued by their first names (H2237); straight marks as stored)",
    text='''FORT BLISS, Texas (Army News Service, May 19, 2010) -- Soldiers from Fort Bliss gave patients at the Sierra Providence Health Network Children's Hospital in El Paso, Texas, a taste of Army life, May 1.
Eight-year-old Jorge Haro said he found it peculiar to see the hospital's parking lot full of Army trucks and other military vehicles from the Soldiers of 5th Brigade, 1st Armored Division and the 591st Military Police Company.
"It was really cool," said Jorge. "I think they came to cheer us up."
Cindy O'Neil, the mother of a 17-year-old patient named Christopher, said she was surprised to see Soldiers interacting with the children and felt they lifted her son's spirit.
Christopher expressed his desire to join the Army since he was a young child, said O'Neil. He was recently diagnosed with cancer and took the news very hard, she added. According to O'Neil, her son did not participate in a parade the hospital held the day before the military display, but in speaking with several Soldiers the following day, he became motivated and put on Army gear and climbed inside military vehicles.
"Riding this bad boy is pretty high tech," said Christopher.
Christopher said this was his first time mingling with Soldiers and found them welcoming and informative.
Many of the children are confined to the hospital and therefore cannot visit places like Fort Bliss -- so why not bring Fort Bliss to them, said Sgt. 1st Class Omar Alvarez, the operations officer for Brigade Support Battalion, 5-1 AD.
"To see the expression on their faces alone is well worth it," said Alvarez.
Alvarez said a lot of thought went into planning the visit. It was an all-inclusive event so children who were not able to make it to the parking lot did not miss out. Soldiers went to children's rooms and showed them gear Soldiers wear in combat.''',
    quotes=[
        Q('"It was really cool,"', None, "Jorge Haro"),
        Q('"I think they came to cheer us up."', None, "Jorge Haro"),
        Q('"Riding this bad boy is pretty high tech,"', None, "Christopher"),
        Q('"To see the expression', 'well worth it,"', "Omar Alvarez"),
    ],
    aliases={"Jorge Haro": ["Jorge Haro", "Eight-year-old Jorge Haro", "Jorge"],
             "Christopher": ["Christopher", "a 17-year-old patient named Christopher"],
             "Omar Alvarez": ["Omar Alvarez", "Sgt. 1st Class Omar Alvarez", "the operations officer for Brigade Support Battalion, 5-1 AD", "Alvarez"]},
),
dict(
    id="army-31608-3id-soldiers-dublin-va-medical-center",
    source="http://www.army.mil/article/31608/3ID_Soldiers_get_glimpse_of_the_past_in_Dublin__Ga/",
    license=PD, retrieved=PAGES + " (Army story by Sgt. 1st Class Rhonda M. Lawson, 3rd Sustainment Brigade Public Affairs, December 10, 2009, on 3rd Infantry Division soldiers visiting the Carl Vinson Veterans Administration Medical Center in Dublin, Georgia, Dec. 1; headline kept as the first line; the byline and date line ('By Sgt. 1st Class Rhonda M. Lawson, 3rd Sustainment Brigade Public AffairsDecember 10, 2009'), the image title 'DUBLIN' and the line '(Photo Credit: U.S. Army) VIEW ORIGINAL' dropped; the bold tags of '<B> DUBLIN, Ga.</B>' removed with nothing in their place and the space after '<B>' dropped (H242), so the dateline runs into the opening mark as stored (H2235); the last paragraph, 'For Spc. Daniel Leslie, 92nd Chemical Company, Special Troops Battalion, ', cut in the stored copy, dropped; typos ('duputy', 'Brig. Gen Phillips', 'Command Sgt. Maj Jeffrey Ashmen') and straight marks as stored)",
    text='''3ID Soldiers get glimpse of the past in Dublin, Ga
DUBLIN, Ga."Go out and put a smile on some veterans' faces," charged Mark Anderson, the acting Carl Vinson Veterans Administration Medical Center Director and Deputy Director of the Network Office Vision 7. "Hooah!"
Soldiers representing Fort Stewart's 3rd Sustainment Brigade, the 3rd Infantry Division Band and Winn Army Medical Center took that charge and ran with it, Dec. 1, when they paid a visit to the center, located in Dublin, Ga., armed with hand-made fruit baskets donated by the Liberty County Veterans Council. Joining them on the visit was 3rd ID duputy commanding general-rear, Brig. Gen. Jeffrey Phillips, and Command Sgt. Maj Jeffrey Ashmen. During their visit, the Soldiers delivered the baskets, then sat and talked with many of the patients. Some even walked through the halls singing Christmas carols while dressed as Santa's helpers.
"This is an example of how we are one big family," said Brig. Gen Phillips. "These guys are the alumni club of the military. They're giving back to us with support, and we're giving back to them with our appreciation."
The visit, an annual event for the past 20 years, according to Anderson, didn't go unappreciated on either side. For many of the patients, who had little or no family, it would be one of the few visits they would receive all year. For the Soldiers, the visit gave them a chance to get a glimpse of the past.
"It's a great history lesson," said Pfc. Demetrius Hopkins, a 3rd Sustainment Bde. Soldier, after his visit with Army veteran Jack Hicks, who served with the famed 5th Infantry Division. "A lot of people forget about these people. This is a way to let them know that we haven't forgotten about them and the sacrifices they made for us."''',
    quotes=[
        Q('"Go out and put a smile', 'veterans\' faces,"', "Mark Anderson"),
        Q('"Hooah!"', None, "Mark Anderson"),
        Q('"This is an example', 'one big family,"', "Jeffrey Phillips"),
        Q('"These guys are the alumni', 'our appreciation."', "Jeffrey Phillips"),
        Q('"It\'s a great history lesson,"', None, "Demetrius Hopkins"),
        Q('"A lot of people forget', 'they made for us."', "Demetrius Hopkins"),
    ],
    aliases={"Mark Anderson": ["Mark Anderson", "the acting Carl Vinson Veterans Administration Medical Center Director", "Anderson"],
             "Jeffrey Phillips": ["Jeffrey Phillips", "Brig. Gen. Jeffrey Phillips", "Brig. Gen Phillips", "3rd ID duputy commanding general-rear"],
             "Demetrius Hopkins": ["Demetrius Hopkins", "Pfc. Demetrius Hopkins", "a 3rd Sustainment Bde. Soldier"]},
),
dict(
    id="dvids-110864-urasoe-beach-cleanup-vitamin-sea",
    source="http://www.dvidshub.net/news/printable/110864",
    license=PD, retrieved=PAGES + " (DVIDS story by Lance Cpl. Jose Lujano, III Marine Expeditionary Force, on Camp Kinser Marines and Urasoe City residents cleaning Inanse Beach during the Aqua Social Fes 2013, July 15, 2013 (printable page); headline kept as the first line; the lines 'III Marine Expeditionary Force', 'Story by Lance Cpl. Jose Lujano', 'Date: 07.15.2013', 'Posted: 07.26.2013 03:03' and 'News ID: 110864' dropped; the dateline 'URASOE CITY, Okinawa - ' kept as stored; the last paragraph, '“It was awesome being able to watch a traditional taiko performance ... for the event,” said Nickson', which breaks off after the name without a full stop, dropped with its complete quotation (H2121, H2239); the event's nickname in marks null and the parenthesis '(while cleaning the beach)' inside a span (H2239); curly marks as stored)",
    text='''Citizens, Marines clean shoreline during festival
URASOE CITY, Okinawa - Service members on leave or liberty can choose to engage in recreational activities, professional military education or just relax. But on one hot, sunny day, Marines used their time to volunteer at an event that gave back to the environment and community.
Approximately 450 community members and 40 Camp Kinser-based Marines came together July 15 for the Aqua Social Fes 2013, also known as “Vitamin Sea,” to clean up the shore of Inanse Beach in Urasoe City.
“The citizens of Okinawa welcome the collaboration these events promote,” said Tetsuji Matsumoto, the Urasoe City mayor. “It is very important that we continue to work together to keep building and fortifying our relationship.”
The Marines provided a service for not only the environment but the community members as well.
“With our guests present, our junior high school students, who are learning English, seized this opportunity to practice their foreign language with the service members, (while cleaning the beach),” said Matsumoto.
The event proved that much can be accomplished when everyone unites to keep Earth clean.
“Community engagements such as volunteering at a nursing home or participating in a beach cleanup not only help the local community, but also provides us the opportunity to visit different sites on the island and interact with the community,” said Lance Cpl. Joshua W. Nickson, a finance technician with Combat Logistics Regiment 37, 3rd Marine Logistics Group, III Marine Expeditionary Force.
Before the beach cleanup started, service members experienced a number of Japanese cultural traditions during a street performance.''',
    quotes=[
        Q('“Vitamin Sea,”', None, None),
        Q('“The citizens of Okinawa', 'events promote,”', "Tetsuji Matsumoto"),
        Q('“It is very important', 'our relationship.”', "Tetsuji Matsumoto"),
        Q('“With our guests present', '(while cleaning the beach),”', "Tetsuji Matsumoto"),
        Q('“Community engagements', 'with the community,”', "Joshua W. Nickson"),
    ],
    aliases={"Tetsuji Matsumoto": ["Tetsuji Matsumoto", "the Urasoe City mayor", "Matsumoto"],
             "Joshua W. Nickson": ["Joshua W. Nickson", "Lance Cpl. Joshua W. Nickson", "a finance technician with Combat Logistics Regiment 37"]},
),
dict(
    id="weather-gov-wrn-hurricane-hunter-scott-price",
    source="https://www.weather.gov/wrn/hurricane_hunter",
    license=PD, retrieved=PAGES + " (National Weather Service (NOAA) profile by Rachel Johnson of Commander Scott Price, a NOAA Corps pilot of the NOAA Hurricane Hunters (no date in the stored copy); the site line 'National Weather Service United States Department of Commerce' and the byline 'Rachel Johnson' dropped; the stored copy has no headline line and gets none (H1818; the headline 'Flying Through the Eye of the Storm: NOAA Hurricane Hunters' of the hard-wrapped copy on weather.gov/ctp is not added); the page's own line 'NOTE: Commander Scott Price retired from the NOAA Corps in 2019 after 20 years of service', without a full stop as stored, kept as the first paragraph; the third paragraph, 'Price flies a WP-3D Orion, ... trained to fly through the worst storms ', cut in the stored copy, dropped with its complete quotation ('“It’s impossible ...,” explained Price.'); a lower-case partial quote after 'Price explains,' and a cue-less quotation in the same paragraph (H2238); curly marks as stored)",
    text='''NOTE: Commander Scott Price retired from the NOAA Corps in 2019 after 20 years of service
Most pilots try to avoid flying an airplane into severe weather, but not the NOAA Hurricane Hunters. Their job is to fly specially equipped aircraft directly into the eye of the storm to collect crucial data that helps protects lives and property. Commander Scott Price, a NOAA Commissioned Corps Officer, is one of this rare breed.
Price, the son of a pilot, did not dream of walking in his Dad’s footsteps. It wasn’t until he neared college graduation on a Navy ROTC scholarship that aviation reappeared on his radar. Following his naval commission, he attended Navy flight school. Price explains, “being a pilot in the front seat of an airplane was a whole lot more fun than being bounced around in the back of one as a kid.” While serving as a Navy pilot, flying missions from South America to Afghanistan, he learned about the NOAA Corps and its hurricane research and reconnaissance missions. “The idea of it was both fascinating and outside my comfort zone, but the caliber of people and the quality individuals I knew I’d work alongside at NOAA sealed the deal.”''',
    quotes=[
        Q('“being a pilot in the front seat', 'as a kid.”', "Scott Price"),
        Q('“The idea of it was both fascinating', 'sealed the deal.”', "Scott Price"),
    ],
    aliases={"Scott Price": ["Scott Price", "Commander Scott Price", "a NOAA Commissioned Corps Officer", "Price"]},
),
]
