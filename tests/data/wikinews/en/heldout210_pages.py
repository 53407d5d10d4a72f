# Held-out English news pages (tests/data/heldout210-en.jsonl), none of them used in an earlier set. US Army news
# stories, works of the US government in the public domain (17 U.S.C. § 105), written by soldiers or civilian
# public-affairs staff and taken from stored web pages (the `pages` search corpus), none on sports: four Army Reserve
# stories on Hurricane Harvey, 2017 (usar.army.mil: the 300th Sustainment Brigade's support of the Houston federal
# detention center; the 373rd Combat Sustainment Support Battalion in Beaumont, by Spc. Kaitlin Waxler; the 453th Inland
# Cargo Transfer Company in Katy, by Sgt. 1st Class Tony Foster; dvidshub.net: the 348th Transportation Battalion, by
# Staff Sgt. Charlotte Reavis), an Army News Service story on three Army Reserve soldiers at the State Department's
# Foreign Press Center, 2007 (army.mil, by Elizabeth M. Lorge) and the Army Nurse Corps Senior Leader Forum with the
# Army Surgeon General, commander of US Army Medical Command, 2025 (army.mil). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Site banners ('An official website of the United States government',
# 'Here's how you know', the .mil and lock lines, 'IN THE NEWS'), 'NEWS | date' labels, byline lines, the DVIDS
# printable page's unit, 'Story by', 'Date', 'Posted' and 'News ID' lines are dropped; leading and trailing blanks of a
# line are dropped; wording (also '453th', 'a Army Reserve Soldier', 'Green said' beside 'Greene'), spacing inside
# paragraphs and quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules
# H1345-H1349 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout210-en.jsonl

Built by `build.py` from `heldout210_pages.py`. Like heldout166-en, heldout174-en, heldout179-en and heldout206-en, these
texts are US military news stories written by soldiers or civilian public-affairs staff, taken from stored web pages
(the `pages` search corpus), none of them used in a set above and none on sports, this time US Army stories: four Army
Reserve stories on Hurricane Harvey, 2017 (usar.army.mil: support of the Houston federal detention center, Michael
Greene, Fabian Streit, Joshua Cason; the 373rd Combat Sustainment Support Battalion, Tabitha Williams; the 453th Inland
Cargo Transfer Company in Katy, Kristina Samuel, Justin Speight; dvidshub.net: the 348th Transportation Battalion, Robin
Richardson, Gywhan Parker), an Army News Service story on three Army Reserve soldiers at the Foreign Press Center, 2007
(army.mil: Christopher Matson, Robert Rose) and the Army Nurse Corps Senior Leader Forum, 2025 (army.mil: Mary K.
Izaguirre, Army Surgeon General and commander of US Army Medical Command). All are US government works in the public
domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site banners, bylines,
'NEWS | date' labels and the DVIDS printable page's header lines were dropped; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by article id, by the names of their speakers,
including the other helpers' worktrees). The annotation (rules H1345–H1349 in `ANNOTATION.md`) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mil-en-usar-2017-08-army-reserve-support-federal-detention-center",
    source="https://www.usar.army.mil/News/News-Display/Article/1295632/army-reserve-provides-critical-support-to-federal-detention-center/",
    license=PD, retrieved=PAGES + " (Army Reserve story on usar.army.mil; the stored copy has no headline and begins with the dateline 'HOUSTON –' on a line of its own, kept as stored (H1346); the stored part ends after Joshua Cason's paragraph, nothing dropped; curly marks as stored)",
    text='''HOUSTON –
U.S. Army Reserve Soldiers weathered heavy rains and waded through the flooded streets of Houston to transport relief personnel and critical supplies to a Houston federal detention center in the wake of Hurricane Harvey, Aug. 28, 2017.
The U.S. Army Reserve’s 300th Sustainment Brigade, 957th Quartermaster Company, and the 223rd Support Maintenance Company were on the road within an hour of receiving their mission.
“They really helped us out a lot,” said Michael Greene, an associate warden at the Federal Detention Center in Houston, Texas. “Very early in the morning, the unit was able to bring supplies and [more than 20] personnel to relieve the others.”
Some of the staff on-duty had been at the detention center for over 24 hours without resupply due to the hurricane and flooded streets. Greene was one of the last of the transported personnel before the team split off to support another reserve unit.
“The support was outstanding,” Green said. “We would not have been able to get here without the Army (Reserve’s) support.”
More than a dozen Army Reserve Soldiers utilized several light medium tactical vehicles (LMTV) and a logistics vehicle system replacement (wrecker) to transport the detention center staff and supplies through the submerged streets of Houston, according to 1st Lt. Jasmine Bennett, a platoon leader with the 223rd Support Maintenance Company and mission officer-in-charge. LMTVs and wreckers are designed to perform on various types of terrain under hazardous conditions.
“I just want to help and do anything I can for the families,” said Spc. Fabian Streit, a Army Reserve Soldier from Dallas who serves as a motor transport operator in the 300th. “I would volunteer again, if I could.”
“This shows the younger Soldiers why we do all our training,” said Sgt. Joshua Cason, a driver with the 957th Quartermaster Company and native of Los Angeles. “This shows why we have to be ready.”''',
    quotes=[
        Q('“They really helped', 'a lot,”', "Michael Greene"),
        Q('“Very early in the morning', 'the others.”', "Michael Greene"),
        Q('“The support was outstanding,”', None, "Michael Greene"),
        Q('“We would not have been able', '(Reserve’s) support.”', "Michael Greene"),
        Q('“I just want to help', 'the families,”', "Fabian Streit"),
        Q('“I would volunteer again, if I could.”', None, "Fabian Streit"),
        Q('“This shows the younger', 'our training,”', "Joshua Cason"),
        Q('“This shows why we have to be ready.”', None, "Joshua Cason"),
    ],
    aliases={"Michael Greene": ["Greene", "Green"], "Fabian Streit": ["Spc. Fabian Streit"],
             "Joshua Cason": ["Sgt. Joshua Cason"]},
),
dict(
    id="mil-en-usar-2017-09-06-army-reserve-continues-assistance-harvey",
    source="https://www.usar.army.mil/News/News-Display/Article/1300207/army-reserve-continues-assistance-in-aftermath-of-harvey/",
    license=PD, retrieved=PAGES + " (Army Reserve story on usar.army.mil, by Spc. Kaitlin Waxler, 4th Sustainment Command (Expeditionary); the banner lines, 'IN THE NEWS', 'NEWS | Sept. 6, 2017' and the byline dropped; headline kept as first line; the paragraph '“They are well-trained, licensed, and experienced drivers ...,” explained W...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Army Reserve continues assistance in aftermath of Harvey
The U.S. Army Reserve’s 373rd Combat Sustainment Support Brigade assisted local authorities here beginning August 29, 2017, during relief efforts in the wake of Hurricane Harvey.
Capt. Tabitha Williams, commander of Headquarters and Headquarters Company for the 373rd CSSB, directed Army Reserve Soldiers on multiple missions under Defense Support of Civil Authority (DSCA) to administer aid for people affected by the catastrophic hurricane.
“(DSCA) allows us, as federal assets, to assist local civilian authorities in times of disaster,” explained Williams. “My role is to accept the DSCA mission and orchestrate our Soldiers in ways that will be the most useful.”
Williams coordinated Soldiers in her company, as well as those with the 348th Transportation Battalion.
“Our Soldiers are providing capabilities to travel through high water and collect multiple citizens,” Williams said. “They’re providing expertise and efficiency while collaborating with the Beaumont Fire Department and Police Department.”
Although the circumstances were less than ideal, the Army Reserve Soldiers were prepared and equipped for the mission. Water levels continued to rise throughout the week, and but the skills that Soldiers acquired during previous training events proved to be effective.''',
    quotes=[
        Q('“(DSCA) allows us', 'times of disaster,”', "Tabitha Williams"),
        Q('“My role is', 'the most useful.”', "Tabitha Williams"),
        Q('“Our Soldiers are providing', 'multiple citizens,”', "Tabitha Williams"),
        Q('“They’re providing expertise', 'Police Department.”', "Tabitha Williams"),
    ],
    aliases={"Tabitha Williams": ["Capt. Tabitha Williams", "Williams"]},
),
dict(
    id="mil-en-usar-2017-08-31-texas-army-reserve-local-recovery-operations",
    source="http://www.usar.army.mil/News/News-Display/Article/1296337/texas-army-reserve-soldiers-aid-local-recovery-operations/",
    license=PD, retrieved=PAGES + " (Army Reserve story on usar.army.mil, by Sgt. 1st Class Tony Foster, 211th Mobile Public Affairs Detachment; the banner lines, 'IN THE NEWS', 'NEWS | Aug. 31, 2017' and the byline dropped; headline kept as first line; the paragraph 'Soldiers of the transportation company and other Army Reser...', cut in the stored copy, dropped; '453th' and curly marks as stored; the army.mil copy of the same story (article 193279) is not used)",
    text='''Texas Army Reserve Soldiers aid local recovery operations
Soldiers with the 453th Inland Cargo Transfer Company (ICTC) conducted recovery operations to local displaced personnel in Katy, Texas, and neighboring areas in the aftermath of Hurricane Harvey.
The Army Reserve unit deployed its Soldiers and vehicles to flooded North Houston areas, Aug. 27, and are currently continuing efforts to assist those in need.
“We were called in to support an EMS task force in Katy, Texas,” said 1st Lt. Kristina Samuel, 453th ICTC commander and Houston resident. “It initially started with recovering DPS personnel from the Merrell Center in Katy, and grew to something much larger.”
“We received information from one of our unit’s officers, who is also a policeman, regarding stranded families which led us from transporting a family of seven and their pets, to several truckloads of other displaced families,” Samuel added.
The transportation teams and crews endured continual rainfall and heavily flooded areas during their travels. Regardless of the weather conditions and personnel issues, these Army Reserve Soldiers were ready to assist anyway they could.
“It was a ramp-up-and-go relief effort,” said Sgt. Justin Speight, an automated logistical non-commissioned officer and Houston native. “I got the call and took off. I was ready to go because I knew there were people that were worse off than me, and I wanted to help out others that needed it.”''',
    quotes=[
        Q('“We were called in', 'in Katy, Texas,”', "Kristina Samuel"),
        Q('“It initially started', 'much larger.”', "Kristina Samuel"),
        Q('“We received information', 'displaced families,”', "Kristina Samuel"),
        Q('“It was a ramp-up-and-go relief effort,”', None, "Justin Speight"),
        Q('“I got the call', 'that needed it.”', "Justin Speight"),
    ],
    aliases={"Kristina Samuel": ["1st Lt. Kristina Samuel", "Samuel"], "Justin Speight": ["Sgt. Justin Speight"]},
),
dict(
    id="mil-en-dvids-2017-09-01-army-reserve-soldiers-transport-houston-residents",
    source="https://www.dvidshub.net/news/printable/247184",
    license=PD, retrieved=PAGES + " (printable DVIDS page of news ID 247184, by Staff Sgt. Charlotte Reavis, 345th Public Affairs Detachment; headline kept as first line; the lines '345th Public Affairs Detachment', 'Story by Staff Sgt. Charlotte Reavis', 'Date: 09.01.2017', 'Posted: 09.05.2017 18:20' and 'News ID: 247184' dropped; the paragraph 'Parker stated that ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Army Reserve Soldiers transport Houston residents
HOUSTON, Texas - “Twice the citizen.” This phrase is often used to describe United States Army Reservists because they not only wear the military uniform, they also have a civilian job and life outside of the military. For members of the 348th Transportation Battalion, becoming twice the citizen in a time of need was exactly what they intended to be once Hurricane Harvey struck.
“The hurricane hit late Friday, early Saturday,” said Sgt. Robin Richardson, a member of the 348th, based out of Houston, and a Houston resident herself. “We heard things were bad with our city; flooding, a lot of people trying to get evacuated, a lot of damage, kids being trapped. I felt like I needed to help.”
Richardson was one of many soldiers from the area who answered her unit’s call to head to the North Houston Reserve Center and begin preparing to provide aid to the local community immediately.
“We have been here for about a week and have completed about 500 rescue missions,” said Sgt. 1st Class Gywhan Parker, the operations non-commissioned officer for the 644th Transportation Company, also based out of Houston at the Reserve Center. Parker said the soldiers came together from the various units located at the center to assist with supply missions, rescuing pets and escorting vehicles through the watery terrain in a safe manner.
The soldiers stated that they utilize their Battle Assembly weekends to stay trained on the vehicles that they use so that when events like this happen, they are well prepared.
“You can’t prepare yourself for something like this,” Parker said, “but (the soldiers) were ready and willing to step up, get in the vehicles and go through the dangers that possibly could have happened during the flooding and rescuing people from houses.”''',
    quotes=[
        Q('“Twice the citizen.”', None, None),
        Q('“The hurricane hit', 'early Saturday,”', "Robin Richardson"),
        Q('“We heard things', 'needed to help.”', "Robin Richardson"),
        Q('“We have been here', 'rescue missions,”', "Gywhan Parker"),
        Q('“You can’t prepare', 'like this,”', "Gywhan Parker"),
        Q('“but (the soldiers)', 'from houses.”', "Gywhan Parker"),
    ],
    aliases={"Robin Richardson": ["Sgt. Robin Richardson", "Richardson"],
             "Gywhan Parker": ["Sgt. 1st Class Gywhan Parker", "Parker"]},
),
dict(
    id="mil-en-army-2007-06-26-reservists-carry-heavy-load-humanitarian-missions",
    source="https://www.army.mil/article/3782/reservists_carry_heavy_load_in_humanitarian_reconstruction_missions",
    license=PD, retrieved=PAGES + " (Army News Service story on army.mil, by Elizabeth M. Lorge; this copy has no headline and begins with the dateline paragraph; the next paragraph '\"A lot of their newspapers called us 'ang...', cut in the stored copy, dropped, so the text ends on Robert Rose's paragraph whose last span has no closing mark, as stored (H1347); straight marks as stored)",
    text='''WASHINGTON (Army News Service, June 26, 2007) - Three Army Reserve Soldiers appeared with Chief of the Army Reserve Lt. Gen. Jack C. Stultz at the State Department's Foreign Press Center Thursday to share their deployment stories with the media.
Maj. Christopher Matson, Sgt. Robert Rose and Spc. Miles Noonan all said they were extremely proud of their roles in combat and humanitarian missions across the world.
Maj. Matson of headquarters company, 108th Division (Institutional Training), from Charlotte, N.C., was part of a nine-person team that advised an Iraqi Army battalion on everything from combat operations and logistics to developing a noncommissioned officer corps in 2006.
On one occasion, Maj. Matson's unit was under fire in a small alley. When he tried leaving the Humvee to assess the situation, two Iraqi sergeants stopped him, telling him that it was too dangerous and they would take care of it before running into the alley themselves.
"I'll never forget the Iraqis that I worked with. They're some of my best friends and will always be with me. It was tough to leave them," said Maj. Matson, adding that he keeps in contact with Iraqi soldiers who have e-mail access.
"They considered us brothers, and when an Iraqi calls you his brother, it's a sign that he's willing to sacrifice his life for you," he said.
Sgt. Rose had just arrived at Fort Sill, Okla., from Richmond, Kan., with the 7th Battalion, 158th Aviation Regiment, to mobilize for deployment to Afghanistan when the October 2005 Pakistan earthquake occurred. In less than a week, his unit was in Pakistan distributing food, clothing and shelter to victims.
The sergeant said he saw unimaginable destruction that was compounded by the cold and snow.
"I had a lot of clothing on, but children were wearing only thin clothes and sandals," he said. "I gave a pair of my gloves to a kid. He didn't know how to put them on, so I showed him and he was just overwhelmed.''',
    quotes=[
        Q('"I\'ll never forget', 'to leave them,"', "Christopher Matson"),
        Q('"They considered us brothers', 'his life for you,"', "Christopher Matson"),
        Q('"I had a lot of clothing', 'and sandals,"', "Robert Rose"),
        Q('"I gave a pair', 'just overwhelmed.', "Robert Rose"),
    ],
    aliases={"Christopher Matson": ["Maj. Christopher Matson", "Maj. Matson"],
             "Robert Rose": ["Sgt. Robert Rose", "Sgt. Rose", "The sergeant"]},
),
dict(
    id="mil-en-army-2025-02-05-army-nurse-corps-plan-for-the-future",
    source="https://www.army.mil/article/283120/army_nurse_corps_plan_for_the_future",
    license=PD, retrieved=PAGES + " (Army story on army.mil; this copy has no headline and begins with the dateline paragraph; the paragraph 'She described how the U.S. Army Medical Research and Development Command ... “They are working these areas, ... so much nois...', cut in the stored copy, dropped; curly marks and the straight apostrophe in 'We've' as stored)",
    text='''JOINT BASE SAN ANTONIO, Texas (Feb. 5, 2025) - The Army Nurse Corps held its annual Senior Leader Forum at Joint Base San Antonio on Jan. 28-31, 2025. Senior nurse executives from across Army Medicine gathered to discuss, collaborate, and educate key nursing leaders in support of the Army Medicine Strategy. Some of the topics addressed were healthcare operations, Army manpower requirements, and next year’s 125th Anniversary of the Nurse Corps.
Lt. Gen. Mary K. Izaguirre, U.S. Army Surgeon General and Commanding General, U.S. Army Medical Command, delivered the keynote address. She talked about four key areas including warfighting, delivering combat ready formations, continuous transformation, and strengthening the profession.
Izaguirre described how Army Medicine has realigned major units to more efficiently support the warfighter.
“In the area of warfighting, we have enhanced our ability to deliver combat medic care through our alignment. So, 1st Medical Brigade now reports directly to III Corps, and 62nd Medical Brigade now reports directly to I Corps. That happened through a concerted effort,” said Izaguirre.
Army Medicine has learned many lessons from the war in Ukraine and is continuously transforming to adapt to the ever-changing battlefield of the future.
“We've learned from Ukraine how their medical capabilities have gone underground, literally, where they have hospitals that are existing in these huge underground culverts in order to be survivable. The other end of that is being mobile, so field hospitals that used to be several acres and take multiple days to set up, are working hard to get the division mobile [and] medical into less than half an acre, with hours to set up,” said Izaguirre.''',
    quotes=[
        Q('“In the area of warfighting', 'concerted effort,”', "Mary K. Izaguirre"),
        Q('“We\'ve learned from Ukraine', 'hours to set up,”', "Mary K. Izaguirre"),
    ],
    aliases={"Mary K. Izaguirre": ["Lt. Gen. Mary K. Izaguirre", "Izaguirre"]},
),
]
