# Held-out English news texts (tests/data/heldout224-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US military services (public domain, 17 U.S.C. § 105): an Army story on the Army Chaplain
# Corps Museum (home.army.mil/jackson), an Army story on a Fort Benning bridge company's boat school (army.mil), an Army
# Reserve story on the Boston Veterans Day Parade (usar.army.mil), an Air Force Reserve wing's story on the Air Mobility
# Command Museum's restoration volunteers (512aw.afrc.af.mil), a Tyndall Air Force Base story on the Key Spouse Program
# (tyndall.af.mil), an Air Force Materiel Command story on its Family Connection program (afmc.af.mil) and a Fairchild
# Air Force Base story on the Year of the Air Force Family (fairchild.af.mil). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Site headers, 'Here's how you know' boxes, 'NEWS | date', 'Published' and
# byline lines, photo captions and footers are dropped; headlines and datelines are kept where the stored copy has them
# (none is added, H131); trailing blanks at paragraph ends are dropped; wording, spelling ('hanger', 'yester-year'), spacing
# inside paragraphs and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H1405-H1407 in ANNOTATION.md on top of H1-H1404).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout224-en.jsonl

Built by `build.py` from `heldout224_pages.py`. Like heldout97-en, heldout216-en and other military sets above, these
texts are stored web pages (the `pages` search corpus) of US military services (public domain, 17 U.S.C. § 105), none of
them used in a set above: an Army story on the Army Chaplain Corps Museum at Fort Jackson (home.army.mil), an Army story
on the 362nd Engineer Company's Bridge Erection Boat School at Fort Benning (army.mil), an Army Reserve story on the 2023
Boston Veterans Day Parade (usar.army.mil), a 512th Airlift Wing site story on the Air Mobility Command Museum's aircraft
restoration volunteers (512aw.afrc.af.mil), a Tyndall Air Force Base story on the Key Spouse Program (tyndall.af.mil), an
Air Force Materiel Command story on its Family Connection program (afmc.af.mil) and a Fairchild Air Force Base story on
the Year of the Air Force Family (fairchild.af.mil). None is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Site headers, date and byline lines, captions and footers were dropped; wording and quotation marks are as stored.
None of these texts is used in any set above (checked by URL, by the names of their speakers and by distinctive
phrases). The annotation (rules H1405–H1407 in `ANNOTATION.md` on top of H1–H1404) was committed before whosaid was first
run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-jackson-chaplain-corps-museum-history",
    source="https://home.army.mil/jackson/index.php/about/news/army-chaplain-corps-history-display-museum",
    license=PD, retrieved=PAGES + " (Fort Jackson story; the stored copy has no headline; the photo caption on Marcia McManus, the byline 'By Mel Slater' and the unit line 'U.S. Army Chaplain Center and School' dropped; the paragraph 'The museum was authorized on Aug. 14, 1957 ...', cut in the stored copy, dropped)",
    text='''On July 29 the Army Chaplain Corps will celebrate the 246th Anniversary of its historic beginning. From the very moment in 1775 that Gen. George Washington was said to utter the words, “We need chaplains,” they have been at the heart of every war in which this nation has fought, caring for the soul of the Army.
The rich history can be found at the Army Chaplain Corps Museum located on the U.S. Army Chaplain Center and School campus at Fort Jackson. The museum recently reopened after being closed due to the COVID-19 pandemic.
Visitors to the museum travel from many parts of the country to look into the past.
The Chaplain Corps priority is people, said Marcia McManus, director of the museum. The stories are about people. Within the museum the stories come to life.
One story she spoke about was that of the SS Henry R. Mallory sinking.
“In case you don't know about the Mallory---also torpedoed by a German U-boat, but four days after the SS Dorchester, off the coast of Iceland,” McManus said. “Five chaplains died that day, making that week in February 1943 the deadliest week in chaplain corps history.”''',
    quotes=[
        Q('“We need chaplains,”', None, "George Washington"),
        Q('“In case you don', 'coast of Iceland,”', "Marcia McManus"),
        Q('“Five chaplains died', 'corps history.”', "Marcia McManus"),
    ],
    aliases={"George Washington": ["Gen. George Washington"], "Marcia McManus": ["McManus"]},
),
dict(
    id="army-benning-bridge-company-boat-school",
    source="https://www.army.mil/article-amp/35701/bridging_the_gap",
    license=PD, retrieved=PAGES + " (army.mil AMP page; the stored copy has no headline; the photo caption 'A boat squad picks up a bridge section ...' dropped; the paragraph 'The five-day school focuses on basic boat operations ...', cut in the stored copy, dropped)",
    text='''FORT BENNING, Ga. - In earthquake-devastated countries, a bridge can mean a link between a civilian getting to a medical facility or food and water being delivered where it's needed. In the combat zone, a bridge can help military forces move forward.
To keep their skills sharp for either scenario, Soldiers with the 362nd Engineer Company (Multi-Role Bridge), 11th Engineer Battalion, participated in Bridge Erection Boat School March 1-5 along the Chattahoochee River.
The mission of the 362nd Eng. Co. is to conduct full spectrum bridge operations to include inspections, maintenance, removal and emplacement of both tactical bridges, such as improved bridges, and line-of-communications bridges, such as the Mabey Johnson Float Bridge, capable of handling heavy military or industrial traffic. The unit heads to Fort Leonard Wood, Mo., biannually to train on several types of bridges.
"We can deploy anywhere in the world to build fixed or float bridges," said SFC Julius Bryant, a bridge platoon sergeant. "So it's important to use the time we have now to train and train hard so everyone is proficient and confident in their jobs."''',
    quotes=[
        Q('"We can deploy', 'float bridges,"', "Julius Bryant"),
        Q('"So it\'s important', 'in their jobs."', "Julius Bryant"),
    ],
    aliases={"Julius Bryant": ["SFC Julius Bryant"]},
),
dict(
    id="usar-boston-veterans-day-parade-2023",
    source="https://www.usar.army.mil/News/News-Display/Article/3582223/army-reserve-helps-honor-veterans-in-boston/",
    license=PD, retrieved=PAGES + " (99th Readiness Division story on usar.army.mil; site header, 'NEWS | Nov. 7, 2023' and byline lines dropped; the paragraph '“If you are a veteran who served your country, ...', cut in the stored copy, dropped)",
    text='''Army Reserve helps honor veterans in Boston
The U.S. Army Reserve took part in the Boston Veterans Day Parade Nov. 4, marching from Copley Square to City Hall Plaza.
“On Veterans Day, we honor the brave men and women from all walks of life who have stepped forward to defend our nation throughout our history,” said Col. John Wildermann, congressional legislative liaison for the Army Reserve’s 99th Readiness Division. “Regardless of the military branch in which our veterans have served – Army, Navy, Air Force, Marines, Coast Guard or Space Force – this day belongs to them.”
Joining Wildermann for the 1.3-mile march were General Gary M. Brito, commanding general of U.S. Army Training and Doctrine Command, Boston Commissioner of Veterans Services Robert Santiago, and Boston Mayor Michelle Wu.
“Today, we march with reverence and gratitude for all those who have served,” Wu said. “We also march with determination to uphold our collective commitment to ensure that we continue to serve those who sacrificed so much, and the families that made it possible, for us all to enjoy the freedoms that we take for granted.”
Veterans Day traces its roots back to Armistice Day, which marked the end of fighting along the Western Front in World War One on Nov. 11, 1918. In 1938, Congress made Armistice Day an official, annual national holiday. In 1954, the name was changed to Veterans Day.''',
    quotes=[
        Q('“On Veterans Day', 'throughout our history,”', "John Wildermann"),
        Q('“Regardless of the military branch', 'belongs to them.”', "John Wildermann"),
        Q('“Today, we march', 'have served,”', "Michelle Wu"),
        Q('“We also march', 'for granted.”', "Michelle Wu"),
    ],
    aliases={"John Wildermann": ["Col. John Wildermann", "Wildermann"], "Michelle Wu": ["Boston Mayor Michelle Wu", "Wu"]},
),
dict(
    id="af-512aw-amc-museum-restoration-volunteers",
    source="https://www.512aw.afrc.af.mil/News/Features/Display/Article/194072/restoring-memories/",
    license=PD, retrieved=PAGES + " (436th Airlift Wing story on the 512th Airlift Wing site; 'Published' and byline lines dropped; the paragraph 'Some aircraft arrive in poor condition, ...', cut in the stored copy, dropped)",
    text='''Restoring Memories
On the tarmac of the Dover Air Force Base, Del., Air Mobility Command Museum, aircraft of a past generation come to their final resting place. After careers spent soaring across the skies of Europe, Asia and the Pacific, they now spend their days under the observation of museum patrons, while their stories are tirelessly recounted by tour guides and veterans. Accompanied by sounds of the Golden Age of Swing and Jazz playing through museum speakers, the fighters, cargo carriers and troop transports are testaments to the military conflicts of yester-year.
Yet the planes serve as indication to something else. The freshly painted interiors, refurbished cockpits and hundreds of historically accurate flight instruments are evidence of the work of dedicated custodians.
These custodians are the veterans, mechanics and airplane enthusiasts that comprise the AMC Museum's aircraft restoration volunteers, responsible for the day-to-day upkeep and preservation of the retired planes.
"This is an amazing group of volunteers; we have retired senior officers working alongside retired sergeants, competing to see who gets dirtiest on the job," said Michael Leister, AMC Museum director. "We couldn't keep our doors open without them."
The team of volunteers, averaging approximately 70 years of age, perform everything from minor paint touch-ups to total construction of the aircraft. With the exception of the newer planes that flew to Dover AFB, the older models were shipped by plane or helicopter, and had to be partially, or totally, put together in a hanger behind the museum.
"Each plane is like a puzzle," said Charlie Tanner, restoration volunteer. "Once we have the parts, we work off aircraft manuals, line drawings and the suggestions of those who were involved with the aircraft."''',
    quotes=[
        Q('"This is an amazing group', 'on the job,"', "Michael Leister"),
        Q('"We couldn\'t keep', 'without them."', "Michael Leister"),
        Q('"Each plane is like a puzzle,"', None, "Charlie Tanner"),
        Q('"Once we have the parts', 'the aircraft."', "Charlie Tanner"),
    ],
),
dict(
    id="af-tyndall-key-spouse-program-2009",
    source="https://www.tyndall.af.mil/News/Article-Display/Article/315974/key-spouse-program",
    license=PD, retrieved=PAGES + " (325th Fighter Wing story on tyndall.af.mil; the stored copy runs the whole story as one block without paragraph breaks: the headline is kept as its own line, the 'Published Oct. 9, 2009 By Airman 1st Class Rachelle Elsea 325th Fighter Wing Public Affairs' line dropped, and the block kept as one paragraph from the dateline to the end of the last complete sentence with a quotation; the following sentences 'For a lot of spouses, ... Mrs. Bailey believes the', cut in the stored copy, dropped)",
    text='''Key Spouse Program
TYNDALL AIR FORCE BASE, Fla. -- The Airman Family and Readiness Center will host a Key Spouse Program orientation briefing Oct. 27 from 9 to 10 a.m. at the Balfour Beatty Community Center. July 2009 to July 2010 has been named the Year of the Air Force Family and the Key Spouse Program is just one of several programs that are highly recommended to support the campaign. This program is considered a link for First Sergeants and commanders to stay connected with their Airmen's families. Each commander will select at least one volunteer spouse from each squadron to be the head representative for the program. All volunteers are welcome to attend the initial orientation. Following the orientation, selected spouses will be required to attend a training session. The first session will be Nov. 10 from 9 a.m. to 1 p.m. at the Balfour Beatty Community Center. There will be subsequent training held each month until everyone is trained. Representatives will also be required to attend follow-up training quarterly. During training, free child care is offered through Family Day Care. Dusty L. Bailey, spouse to an Airman First Class Darius Bailey, F-15 Crew Chief, has been a member of the 325th Aircraft Maintenance Squadron Key Spouse Program for six months. She has high hopes for the program. "We really want to help spouses get to know each other, so they do not feel alone," Mrs. Bailey said. "Whether it is a listening ear or maybe a ride somewhere, whatever they need, we will be there to help." As the program develops, Mrs. Bailey would like to focus on helping families in need and hosting outings with the spouses. "I would like to start an arts and crafts club, bowling group and hopefully plan a trip to The Destin outlets after income tax return," Mrs. Bailey said.''',
    quotes=[
        Q('"We really want', 'feel alone,"', "Dusty L. Bailey"),
        Q('"Whether it is a listening ear', 'there to help."', "Dusty L. Bailey"),
        Q('"I would like to start', 'income tax return,"', "Dusty L. Bailey"),
    ],
    aliases={"Dusty L. Bailey": ["Mrs. Bailey"]},
),
dict(
    id="af-afmc-family-connection-program",
    source="https://www.afmc.af.mil/News/Article-Display/Article/3380052/afmc-family-connection-program-helps-keep-military-civilian-families-mission-re/",
    license=PD, retrieved=PAGES + " (Air Force Materiel Command story on afmc.af.mil; site header, 'Published' and byline lines dropped; the paragraph 'The CAT established a working group last year ...', cut in the stored copy, dropped)",
    text='''AFMC Family Connection Program helps keep military, civilian families “mission-ready”
The Air Force Materiel Command Family Connection program continues to ensure that military and civilian family members are connected with the resources and information they need to stay "mission ready."
The Family Connection Program builds on the Air Force Five and Thrive platform initiated by Sharene Brown, wife of Air Force Chief of Staff, Gen. Charles Q. Brown Jr. in late 2021. The Air Force program focuses on the top challenges faced by military families.
Because of its high population of civilian Airmen, AFMC leaders enlisted the help of the AFMC Community Action Team or CAT to go a step further and ensure families of both active-duty members and civilians are supported.
The CAT is a senior leader-driven group of subject matter experts responsible for identifying, assessing and advocating for the needs of the big ‘A’ Airmen of the command. Many of the members are helping agency program managers with specialized training in various support fields, to include health and wellness, mental health, safety and more.
Getting the information about all the resources available to those who need it was a gap that needed to be filled.
“There is a synergy between the resilience career field and readiness that was lacking at the MAJCOM [major command] level,” said Jeff Nelson, MAJCOM Military and Family Readiness Chief. “The resources are in place but making them accessible in one spot was the challenge.”''',
    quotes=[
        Q('“mission-ready”', None, None),
        Q('"mission ready."', None, None),
        Q('‘A’', None, None),
        Q('“There is a synergy', 'level,”', "Jeff Nelson"),
        Q('“The resources are in place', 'the challenge.”', "Jeff Nelson"),
    ],
),
dict(
    id="af-fairchild-year-of-the-air-force-family",
    source="https://www.fairchild.af.mil/News/Features/Display/Article/241922/year-of-the-air-force-family/",
    license=PD, retrieved=PAGES + " (92nd Air Refueling Wing story on fairchild.af.mil; 'Published' and byline lines ('By By Airman 1st Class Natasha E. Stannard', '92nd Air Refueling Wing/ Public Affairs') dropped; trailing blanks at paragraph ends dropped; the paragraph 'This Year will be used to highlight ...', cut in the stored copy, dropped)",
    text='''Year of the Air Force Family
Michael B. Donley, Secretary of the Air Force, and General Norton A. Schwartz, U.S. Air Force Chief of Staff, announced July 2009 to July 2010 as the Year of the Air Force Family.
"Members of our Air Force Family truly are our greatest assets and this year of observance provides the perfect opportunity to say "thank you" and recognize the continuous, positive gifts they bring to our Air Force," General Schwartz and Secretary Donley said.
The Air Force Family is made up of Active Duty, Reserve and Guard members, officer and enlisted, spouses and children. It extends to parents, friends and community members, who support Airmen.
"Our Air Force Family is as dynamic and diverse as the unique Airmen and families it encompasses," Secretary Donley said.
Two hundred professionals from across the Air Force came together at the Caring for People forum in April, which is where the notion of the Year of the Air Force Family was set in motion. They assessed current programs and made recommendations on expanding and enhancing those programs to meet the changing needs and expectations of the Air Force Family.
"Taking care of families is a solemn promise we make to each Airman and family member," Secretary Donley said.
Throughout the year, the Year of the Air Force Family will inform families of the development of new programs and highlight already successful programs. Topic areas addressed in which programs are being developed include: Special Needs Child Support, Deployment Support, Guard and Reserve Support, Single Airman Support, Family Support and School Support.''',
    quotes=[
        Q('"Members of our Air Force Family', 'to our Air Force,"', "Norton A. Schwartz"),
        Q('"Our Air Force Family is as dynamic', 'it encompasses,"', "Michael B. Donley"),
        Q('"Taking care of families', 'family member,"', "Michael B. Donley"),
    ],
    aliases={"Norton A. Schwartz": ["General Norton A. Schwartz", "General Schwartz"], "Michael B. Donley": ["Secretary Donley"]},
),
]
