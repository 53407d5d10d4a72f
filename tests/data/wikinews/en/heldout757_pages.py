# Held-out English news texts (tests/data/heldout757-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105) of the Army, the Army
# Reserve, the Air Force and U.S. Central Command: a Fort Riley story on the 1st Armored Brigade Combat Team's arrival in
# Kuwait (riley.army.mil 490705, 2014), two U.S. Army Reserve site stories on engineer troop work (a playground built for
# the Corps of Engineers, usar.army.mil 3817092, 2024; gravel at the Fort Drum equipment site, 1526737, 2018), a DVIDS
# story on the 389th Engineer Company at Fort McCoy (424520, 2022), two army.mil stories (troop projects at Fort Hunter
# Liggett, 199502, 2018; the Intelligence Center of Excellence Best Warrior competition at Fort Huachuca, 206079), a
# U.S. Central Command story on aircraft maintainers at Bagram (centcom.mil 885161, 2015) and two Air Force base
# stories on maintainers (McConnell tankers at Red Flag-Alaska 17-2, mcconnell.af.mil 1227666, 2017; the 1st Aircraft
# Maintenance Squadron's summer moves, jble.af.mil 260097, 2006). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped, also where it holds a complete quotation (noted in `retrieved`); the army.mil Best Warrior copy is stored
# without paragraph breaks and kept as one paragraph ending on the last complete sentence before the cut (H2491). Site
# lines (the .mil banner, 'NEWS | date' and 'Home : News : Article Display' lines, bylines, the army.mil photo caption
# lines, the DVIDS photo caption) and the empty lines between paragraphs are dropped, and spaces at line ends trimmed; a
# headline is kept once as the first line where the stored copy has one (none is added where it has none, H1818);
# datelines are kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2495-H2499 in ANNOTATION.md on top of the
# earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout757-en.jsonl

Built by `build.py` from `heldout757_pages.py`. Like heldout749-en, heldout741-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US military news stories, works of service
members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not
available for any work of the United States Government"): a Fort Riley story by Staff Sgt. Bernhard Lashleyleidner, 1st
ABCT Public Affairs, of August 4, 2014, '‘Devil’ brigade proudly hits ground running on Kuwait deployment'
(riley.army.mil 490705), with Sgt. Zachary Gallaher and 1st Sgt. Tony Reese; a U.S. Army Reserve site story by Michel
Sauret, U.S. Army Corps of Engineers Pittsburgh District, of June 25, 2024, 'Army Reserve Soldiers flex skills on
federal engineering projects to serve communities thanks to new legal authority' (usar.army.mil 3817092), with 1st Lt.
Evia Nelson of the 377th Engineer Company; a DVIDS story by Cheryl Phillips, 88th Readiness Division Public Affairs, on
the 389th Engineer Company's troop projects at Fort McCoy in June 2022 (dvidshub.net 424520; no headline in the stored
copy), with Staff Sgt. Ethan Cowell; a usar.army.mil story by Sgt. Bethany Huff, 99th Readiness Division, of May 21,
2018, 'Army components bolster relations through engineer project' (1526737), with Spc. Sam Kamano and Chief Warrant
Officer 2 Mark Bowling; a U.S. Central Command story by Tech. Sgt. Joseph Swafford, 455th Air Expeditionary Wing Public
Affairs, of June 10, 2015, 'Maintenance key part of combat airpower in Afghanistan' (centcom.mil 885161), with Master
Sgt. Martin Noel and Airman 1st Class Donal Cantero; a McConnell Air Force Base story on the 22nd Maintenance Group's
tankers at Red Flag-Alaska 17-2, June 8 – 23 (mcconnell.af.mil 1227666; no headline or byline in the stored copy, which
opens with the dateline), with Master Sgt. Aaron Degnan and Tech. Sgt. Charles Marting; a Joint Base Langley-Eustis
site story by Capt. Elizabeth Kreft, 1st Fighter Wing Public Affairs, of July 17, 2006, 'Summer moves highlight
maintenance talent' (jble.af.mil 260097), with Capt. Brady Poe; an army.mil story by Amy Phillips of January 24, 2018,
'Troop Projects, a Win-Win for Army Reserve Soldiers and Installations' (army.mil 199502), with Maj. Nathan Felosi; and
an army.mil story on the U.S. Army Intelligence Center of Excellence Best Warrior competition at Fort Huachuca, May
14-18 (army.mil 206079, slug 'usaicoe_soldiers_compete_for_best_warrior_title'; no headline, byline or year in the
stored copy), with Pfc. Askia Humphrey. Reuse terms relied on: US government works are not subject to copyright in the
US (17 U.S.C. § 105); the riley.army.mil, usar.army.mil, army.mil, centcom.mil, mcconnell.af.mil and jble.af.mil pages
are the services' and commands' own stories, written by their public affairs staff (soldiers, airmen and Army civilian
public affairs employees), and the DVIDS page is an Army Reserve public affairs story distributed by the Defense Visual
Information Distribution Service. Licence caveats: the mcconnell.af.mil and army.mil 206079 copies show no byline in
their stored part and are taken as government works by their sites (the base's and the Army's own news pages) and their
content; the usar.army.mil playground story is by a civilian employee of the Corps of Engineers' Pittsburgh District,
a federal employee writing for his office. None is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also
where it holds a complete quotation, noted per page: the Fort Riley story's 'Reese moved on to serve as the senior
noncommissioned officer for the brigade’s 1st Battalion, 16th Infantry Regi'; the playground story's '“We met with the
playground inspector, I never realized how much work and inspection goes into playgr'; the DVIDS story's '“It’s all new
to me,” Pvt. Daniel Johnson said. He joined the Army Reserve' (a complete quotation, dropped with its paragraph); the
Fort Drum story's 'Often times, projects like this go to a civilian contract. However, the 99th Readiness Div'; the
Bagram story's '“The stress is a little higher in a deployed environment, and there is a little more pressure because
of the mission w'; the McConnell story's '"If it wasn’t for the guard unit we would have been hosed multiple times," said
Degnan. "We brought our own parts suppl' (a complete first piece); the Langley story's subheading 'Many miles' and the
paragraph under it, 'With more than 900 pilots, ... Langley Airmen will have traveled'; the troop projects story's 'In
addition to the pack'; the Best Warrior copy's 'That was followed by Weapons Box Challenge which involved assembling and
executing a function check on se'. The site lines (the .mil banner 'An official website of the United States
government' / 'Here's how you know' with its two lines on .mil sites and locks; the riley.army.mil line 'Fort Riley,
Kansas' and the byline line 'By Staff Sgt. Bernhard Lashleyleidner | 1ST ABCT PUBLIC AFFAIRS | August 04, 2014'; the
usar.army.mil lines 'NEWS | June 25, 2024', 'NEWS | May 21, 2018' and the bylines 'By Michel Sauret U.S. Army Corps of
Engineers Pittsburgh District' and 'By Sgt. Bethany Huff 99th Readiness Division'; the DVIDS photo caption 'Photo By
Scott Sturkol | Soldiers with the Army Reserve's 389th Engineer Company ... (U.S. Army Photo by Scott T. Sturkol, Public
Affairs Office, Fort McCoy, Wis.)' and the byline lines 'BY CHERYL PHILLIPS' and '88th Readiness Division Public
Affairs'; the centcom.mil lines 'NEWS | June 10, 2015' and 'By By Tech. Sgt. Joseph Swafford, 455th Air Expeditionary
Wing Public Affairs' (the doubled 'By' as stored); the jble.af.mil lines 'Home : News : Article Display', 'NEWS | July
17, 2006' and 'By Capt. Elizabeth Kreft 1st Fighter Wing Public Affairs'; the army.mil byline and date line 'By Amy
PhillipsJanuary 24, 2018' and its five photo caption lines '926th Engineer Brigade Soldiers at Fort Hunter Liggett' /
'1 / 5 Show Caption + Hide Caption – ... (Photo Credit: U.S. Army) VIEW ORIGINAL' and so on), the empty lines between
paragraphs and the spaces at line ends were dropped; headlines are kept once as the first line (the DVIDS, McConnell
and Best Warrior copies have none and get none, H1818); the subheading 'Moving parts, people' inside the Langley story
is kept as a line (H197), 'Many miles' is dropped with the cut paragraph under it (H2482); datelines ('CAMP BUEHRING,
Kuwait –', 'BAGRAM AIR FIELD, Afghanistan, June 10, 2015 -', 'MCCONNELL AIR FORCE BASE, Kan. --', 'FORT HUACHUCA,
Ariz. -') are kept as stored; wording and typos ('wheel barrels', 'they wont have', 'Troop projects significantly
reduces', 'in regards of', 'less assets', 'May14-18.The', the missing spaces between the Best Warrior copy's
sentences), dashes and quotation marks (straight or curly as stored) are as stored. Pages read but left out: stories
already in earlier sets (the af.mil Red Flag-Alaska maintainers story 120544 and the 173rd Fighter Wing story 2643728
of heldout127-en, the navy.mil mass communication specialist stories 2259691 and 2259679 of heldout302-en, the Camp
Lejeune and MCAS Yuma school stories 512209 and 549855 of heldout258-en, the Camp Blaz JROTC story 3751837 of
heldout193-en, the Beaufort and MCIPAC volunteer stories 523746 and 532173 of heldout76-en, the DVIDS Coast Guard boat
crew college story 118415 of heldout467-en, the JBSA Best Warrior story 599048 of heldout23-en), pages with one
complete quotation or none with a speaker in their stored part (the DVIDS Warrior Brigade NTC story 145888, the
centcom.mil 'Beneath the Skies: Aircraft Maintainers' story 1730105, whose only speaker's paragraph is cut, the
usarcent.army.mil Western Expansion story 1496703, the usar.army.mil Snow Mountain Ranch story 1256796, the army.mil
USAPHC Best Warrior story 120465, the defense.gov Kirby travel statement 605272), a Texas Military Department page
(tmd.texas.gov, a state site), copies on private sites (coastguardnews.com, seapowermagazine.org, militarypress.com,
military-online.blogspot.com, aerotechnews.com, americanchiropractors.org, docslib.org) and pages of newspapers,
broadcasters and magazines found by the same searches. None of the pages used is in any set above or in another
helper's worktree (checked by URL and page id (490705, 3817092, 424520, 1526737, 885161, 1227666, 260097, 199502,
206079), by headline and slug and by the names of their speakers and phrases, such as Zachary Gallaher, Tony Reese,
Mitchell Hanson, Camp Buehring, Lashleyleidner, Evia Nelson, 377th Engineer Company, Michel Sauret, Ethan Cowell, Camp
Courage, Larry Morrow, Sam Kamano, Mark Bowling, Equipment Concentration Site, Martin Noel, Donal Cantero, Joseph
Swafford, Aaron Degnan, Charles Marting, 22nd Maintenance Group, Brady Poe, Elizabeth Kreft, Summer moves highlight,
Nathan Felosi, Fort Hunter Liggett, Askia Humphrey and USAICoE, with grep over tests/data of the main tree and of every
other helper's worktree (heldout751-758), and by 8-word overlap with every existing text: no hit, except the
generic phrase 'of the U.S. Army Corps of Engineers' shared with an unrelated Corps of Engineers release of
heldout733-en). Search calls used: 16 of the 60 allowed (all `search` in the `pages` corpus; no `read_file`). The annotation (rules H2495–H2499 in
`ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-riley-h757-2014-08-04-devil-brigade-kuwait-deployment",
    source="http://www.riley.army.mil/News/ArticleDisplay/tabid/98/Article/490705/devil-brigade-proudly-hits-ground-running-on-kuwait-deployment.aspx",
    license=PD, retrieved=PAGES + " (Fort Riley story by Staff Sgt. Bernhard Lashleyleidner, 1st ABCT Public Affairs, of August 4, 2014 on the 1st Armored Brigade Combat Team, 1st Infantry Division, arriving at Camp Buehring, Kuwait, June 20 for Operation Spartan Shield, with Sgt. Zachary Gallaher and 1st Sgt. Tony Reese of the brigade's Headquarters and Headquarters Company; the site line 'Fort Riley, Kansas', the byline line 'By Staff Sgt. Bernhard Lashleyleidner | 1ST ABCT PUBLIC AFFAIRS | August 04, 2014' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'Reese moved on to serve as the senior noncommissioned officer for the brigade’s 1st Battalion, 16th Infantry Regi', cut in the stored copy, dropped; the brigade's nickname in single marks in the headline and in double marks in the body, a partial quotation in a sentence with no cue after the speaker's reported speech, and a successor named in the last kept paragraph (H2495); en and em dashes and curly marks as stored)",
    text='''‘Devil’ brigade proudly hits ground running on Kuwait deployment
CAMP BUEHRING, Kuwait – More than 2,500 Soldiers from the 1st Armored Brigade Combat Team, 1st Infantry Division, arrived June 20 in Southwest Asia in support of Operation Spartan Shield.
In keeping with the brigade’s fast-paced operations, arriving Soldiers were quickly in-processed and entered into the battle rhythm.
Twenty-four hours after arrival, Soldiers went through the accident avoidance, improvised explosive device and humvee rollover training to ensure all mission essential tasks were completed, said Sgt. Zachary Gallaher, operations noncommissioned officer with Headquarters and Headquarters Company, 1st ABCT, 1st Inf. Div.
It improves unit readiness and “also puts Soldiers in a state of readiness for the deployment.”
The brigade began a branding campaign across the base with chants and formation runs that test Soldiers’ and leaders’ mental and physical toughness in the harsh, hot environment, and ensure Soldiers are living the “Devil” brigade imperatives.
“When it comes to physical fitness, I believe it’s a leader’s responsibility to get their noncommissioned officers and Soldiers involved and allow them to plan and lead physical fitness training,” said 1st Sgt. Tony Reese, senior noncommissioned officer with HHC, 1st ABCT, 1st Inf. Div.
Reese said his greatest impact on the unit and its leaders was to instill in Soldiers a sense of pride in their physical fitness by making them run — something he enjoys doing.
“Regardless of your job or your size, physical training is for everyone and helps keep (Soldiers) mentally sharp,” Reese said.
First Sgt. Mitchell Hanson recently replaced Reese as the senior noncommissioned officer for HHC.''',
    quotes=[
        Q('‘Devil’', None, None),
        Q('“also puts Soldiers', 'for the deployment.”', "Zachary Gallaher"),
        Q('“Devil”', None, None),
        Q('“When it comes to physical fitness', 'physical fitness training,”', "Tony Reese"),
        Q('“Regardless of your job', 'mentally sharp,”', "Tony Reese"),
    ],
    aliases={"Zachary Gallaher": ["Zachary Gallaher", "Sgt. Zachary Gallaher", "operations noncommissioned officer with Headquarters and Headquarters Company, 1st ABCT, 1st Inf. Div."],
             "Tony Reese": ["Tony Reese", "1st Sgt. Tony Reese", "senior noncommissioned officer with HHC, 1st ABCT, 1st Inf. Div.", "Reese"]},
),
dict(
    id="usar-h757-2024-06-25-reserve-soldiers-build-playground-corps-of-engineers",
    source="https://www.usar.army.mil/News/News-Display/Article/3817092/army-reserve-soldiers-flex-skills-on-federal-engineering-projects-to-serve-comm/",
    license=PD, retrieved=PAGES + " (U.S. Army Reserve site story by Michel Sauret, U.S. Army Corps of Engineers Pittsburgh District, of June 25, 2024 on Army Reserve Soldiers of the 377th Engineer Company (Vertical Construction), Butler, Pa., building a playground for the Corps of Engineers under a new legal authority, with the platoon leader 1st Lt. Evia Nelson; the .mil banner lines ('An official website of the United States government', 'Here's how you know' and the two lines on .mil sites and locks), the line 'NEWS | June 25, 2024', the byline line 'By Michel Sauret U.S. Army Corps of Engineers Pittsburgh District' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, '“We met with the playground inspector, I never realized how much work and inspection goes into playgr', cut in the stored copy, dropped; a second piece in a paragraph of its own cued only `she said` (H2496); 'wheel barrels' and curly marks as stored)",
    text='''Army Reserve Soldiers flex skills on federal engineering projects to serve communities thanks to new legal authority
The site of shovels and heavy equipment was nothing new for Soldiers as they scooped dirt from various holes into wheel barrels, then dumped each load onto an ever-growing mound. Soldiers regularly dig foxholes or fighting positions in the field.
Except, they were not building defense or firing positions for a typical training exercise surrounded by enemy forces. Instead of weapon racks and crates of ammunition, Soldiers unloaded plastic slides and swing sets from the back of military utility trucks.
The project? A children’s playground.
As the Soldiers worked, picnic tables, pavilions, and a cool summer breeze surrounded them, not gunfire and wargames.
“I think it’s awesome being able to do a project that will be open to the public and used for many years to come,” said 1st Lt. Evia Nelson, a platoon leader from the 377th Engineer Company (Vertical Construction).
“We are able to show the world that we have the tools and the skills to take on anything,” she said.
The platoon of Soldiers digging dirt and pouring concrete belonged to a U.S. Army Reserve unit from Butler, Pennsylvania.
Building the playground was no child’s play, however. They worked the project in support of the U.S. Army Corps of Engineers. They used their official military occupational skills for work that will serve the public and keep children safe.''',
    quotes=[
        Q('“I think it’s awesome', 'many years to come,”', "Evia Nelson"),
        Q('“We are able to show the world', 'take on anything,”', "Evia Nelson"),
    ],
    aliases={"Evia Nelson": ["Evia Nelson", "1st Lt. Evia Nelson", "a platoon leader from the 377th Engineer Company (Vertical Construction)"]},
),
dict(
    id="dvids-h757-2022-06-389th-engineer-company-troop-project-fort-mccoy",
    source="https://www.dvidshub.net/news/424520/389th-engineer-company-soldiers-hone-skills-supporting-troop-project-fort-mccoy",
    license=PD, retrieved=PAGES + " (DVIDS story by Cheryl Phillips, 88th Readiness Division Public Affairs, on the Army Reserve's 389th Engineer Company of Des Moines, Iowa, re-siding buildings and maintaining roads at Camp Courage on Fort McCoy's South Post, Wis., in mid to late June 2022, with the construction squad leader Staff Sgt. Ethan Cowell; the photo caption 'Photo By Scott Sturkol | Soldiers with the Army Reserve's 389th Engineer Company ... (U.S. Army Photo by Scott T. Sturkol, Public Affairs Office, Fort McCoy, Wis.)', the byline lines 'BY CHERYL PHILLIPS' and '88th Readiness Division Public Affairs' and the empty lines between paragraphs dropped; the stored copy has no headline (the slug reads '389th-engineer-company-soldiers-hone-skills-supporting-troop-project-fort-mccoy'), none added (H1818); the last paragraph, '“It’s all new to me,” Pvt. Daniel Johnson said. He joined the Army Reserve', cut in the stored copy, dropped with its complete quotation (H2121), so Johnson is no speaker; a cue followed by the writer's sentence in the same paragraph, and a quotation after a writer's sentence (H2496); curly marks as stored)",
    text='''Knocking out both vertical and horizontal projects, Soldiers with the 389th Engineer Company spent their annual training at Fort McCoy working on troop special projects.
The Des Moines, Iowa-based Army Reserve unit tackled building re-siding and road maintenance projects from mid to late June 2022 at Camp Courage on Fort McCoy’s South Post. The projects were offered through the Fort McCoy Directorate of Public Works (DPW) and DPW Troop Projects Coordinator Larry Morrow.
Staff Sgt. Ethan Cowell, the unit’s construction squad leader and training noncommissioned officer, explained the building project. He said the Soldiers had to remove and replace rotten boards, add waterproofing material, reframe and add new plywood, and cut holes in the eaves to allow more ventilation. Bright green metal siding replaced dingy gray plywood. An electrician also added new exterior light fixtures.
“You can tell how much better the temperature is inside once we cut the holes,” Cowell said. Without the ventilation, it was too hot or too cold inside.
The building project was new for many of the Soldiers. “This is a learning project. We are training them properly as we go so we don’t have any mistakes,” Cowell said.''',
    quotes=[
        Q('“You can tell how much better', 'we cut the holes,”', "Ethan Cowell"),
        Q('“This is a learning project.', 'any mistakes,”', "Ethan Cowell"),
    ],
    aliases={"Ethan Cowell": ["Ethan Cowell", "Staff Sgt. Ethan Cowell", "the unit’s construction squad leader and training noncommissioned officer", "Cowell"]},
),
dict(
    id="usar-h757-2018-05-21-engineer-project-fort-drum-equipment-site",
    source="https://www.usar.army.mil/News/News-Display/Article/1526737/army-components-bolster-relations-through-engineer-project/",
    license=PD, retrieved=PAGES + " (U.S. Army Reserve site story by Sgt. Bethany Huff, 99th Readiness Division, of May 21, 2018 on Soldiers of the 642nd Engineer Support Company resurfacing the 99th Readiness Division's Equipment Concentration Site at Fort Drum, N.Y., with Spc. Sam Kamano and Chief Warrant Officer 2 Mark Bowling; the .mil banner lines, the line 'NEWS | May 21, 2018', the byline line 'By Sgt. Bethany Huff 99th Readiness Division', the empty lines between paragraphs and the spaces at two line ends dropped; headline kept as the first line; the last paragraph, 'Often times, projects like this go to a civilian contract. However, the 99th Readiness Div', cut in the stored copy, dropped; two speakers, each in two pieces around a cue with a long role, one of them with a possessive and a unit name (H2497); 'There are three components of the Army;' and curly marks as stored)",
    text='''Army components bolster relations through engineer project
Soldiers work together in a variety of areas. Spanning from training together to deploying together. There are three components of the Army; active duty, Army Reserve, and the Army National Guard. In many capacities, these entities are thought to work separately; however, they are constantly combining their efforts to accomplish their missions.
Recently, Soldiers from the 642nd Engineer Support Company resurfaced the 99th Readiness Division’s Equipment Concentration Site, located at Fort Drum, N.Y.
“The weather here really messes up the ground, especially with the weighted vehicles constantly driving over the motor pool,” said Spc. Sam Kamano, a horizontal construction engineer with the 642nd Engineer Support Company. “So we’re spreading gravel and leveling out the lot for the reserve unit.”
Spreading rocks may seem insignificant to those passing by. But, the rocks do a lot more than sit in a lot, making it look nice and pretty.
“Resurfacing the gravel at the ECS is important because this location is a storage facility where a significant percentage of Army Reserve equipment is both housed and maintained by Area Maintenance Support Activity,” said Chief Warrant Officer 2 Mark Bowling, the regional engineer technician for the 99th Readiness Division’s Directorate of Public Works. “This directly impacts equipment readiness of the Army Reserve, which is a primary mission of the 99th Readiness Division.”''',
    quotes=[
        Q('“The weather here', 'over the motor pool,”', "Sam Kamano"),
        Q('“So we’re spreading gravel', 'for the reserve unit.”', "Sam Kamano"),
        Q('“Resurfacing the gravel', 'Maintenance Support Activity,”', "Mark Bowling"),
        Q('“This directly impacts', 'the 99th Readiness Division.”', "Mark Bowling"),
    ],
    aliases={"Sam Kamano": ["Sam Kamano", "Spc. Sam Kamano", "a horizontal construction engineer with the 642nd Engineer Support Company"],
             "Mark Bowling": ["Mark Bowling", "Chief Warrant Officer 2 Mark Bowling", "the regional engineer technician for the 99th Readiness Division’s Directorate of Public Works"]},
),
dict(
    id="centcom-h757-2015-06-10-maintenance-combat-airpower-afghanistan",
    source="https://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/885161/maintenance-key-part-of-combat-airpower-in-afghanistan/",
    license=PD, retrieved=PAGES + " (U.S. Central Command story by Tech. Sgt. Joseph Swafford, 455th Air Expeditionary Wing Public Affairs, of June 10, 2015 on aircraft maintainers of the 455th Expeditionary Aircraft Maintenance Squadron at Bagram Air Field, Afghanistan, with the production superintendent Master Sgt. Martin Noel and Airman 1st Class Donal Cantero; the line 'NEWS | June 10, 2015', the byline line 'By By Tech. Sgt. Joseph Swafford, 455th Air Expeditionary Wing Public Affairs' (the doubled 'By' as stored) and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, '“The stress is a little higher in a deployed environment, and there is a little more pressure because of the mission w', cut in the stored copy, dropped; two speakers in turn, three pairs of pieces around inverted cues, a unit alone after one name, and the unit's airmen saying something without marks (H2497); the spaced hyphen of the dateline and curly marks as stored)",
    text='''Maintenance key part of combat airpower in Afghanistan
BAGRAM AIR FIELD, Afghanistan, June 10, 2015 - Maintainers are the first and last people pilots see when flying combat sorties. They’re always there to ensure pilots have a properly functioning aircraft.
Without these dedicated airmen the combat airpower mission at Bagram would come to a halt.
“The main goal of maintenance is to give quality aircraft to aircrew at all times,” said Master Sgt. Martin Noel, 455th Expeditionary Aircraft Maintenance Squadron production superintendent. “The style is the same as home station, just with a little more pep in our steps here due to the increased amount of flying we do and the fact the mission we do here is real compared to training back at our home station.”
Airmen here keep aircraft mission ready to deliver decisive airpower in support of NATO’s Resolute Support mission and the U.S.-only counterpart to that, which is Operation Freedom’s Sentinel.
“The mission would stop here without maintainers,” said Airman 1st Class Donal Cantero, 455th EAMXS. “We wouldn’t have operations, and the jets wouldn’t be ready or available to complete the combat mission here.”
Being in a deployed environment brings extra challenges to the airmen here.
“The tempo is significantly higher due to the amount of time we have to turn aircraft and that we’re a 24-hour flying operation here,” said Noel. “At home station we fly for a 12-hour period, then have a 12-hour period to fix the aircraft. Here there is no period to fix. We have to fix as we can and when moments arise.”
Even though being in a deployed environment brings extra challenges, airmen of the 455th EAMXS say they’re prepared to meet each challenge and keep aircraft flying.''',
    quotes=[
        Q('“The main goal of maintenance', 'at all times,”', "Martin Noel"),
        Q('“The style is the same', 'at our home station.”', "Martin Noel"),
        Q('“The mission would stop here without maintainers,”', None, "Donal Cantero"),
        Q('“We wouldn’t have operations', 'combat mission here.”', "Donal Cantero"),
        Q('“The tempo is significantly higher', 'flying operation here,”', "Martin Noel"),
        Q('“At home station', 'when moments arise.”', "Martin Noel"),
    ],
    aliases={"Martin Noel": ["Martin Noel", "Master Sgt. Martin Noel", "455th Expeditionary Aircraft Maintenance Squadron production superintendent", "Noel"],
             "Donal Cantero": ["Donal Cantero", "Airman 1st Class Donal Cantero"]},
),
dict(
    id="af-mcconnell-h757-2017-06-maintainers-tankers-red-flag-alaska",
    source="https://www.mcconnell.af.mil/News/Article-Display/Article/1227666/mcconnell-maintainers-provide-reliable-tankers-for-red-flag",
    license=PD, retrieved=PAGES + " (McConnell Air Force Base story (no headline or byline in the stored copy, which opens with the dateline; none is added, H1818; the slug reads 'mcconnell-maintainers-provide-reliable-tankers-for-red-flag') on 31 Airmen of the 22nd Maintenance Group keeping KC-135 tankers flying at Red Flag-Alaska 17-2, Eielson Air Force Base, June 8 – 23, with the production superintendent Master Sgt. Aaron Degnan and the crew chief Tech. Sgt. Charles Marting; the last paragraph, '\"If it wasn’t for the guard unit we would have been hosed multiple times,\" said Degnan. \"We brought our own parts suppl', cut in the stored copy, dropped with its complete first piece (H2121); a cue followed by a phrase on what the words were about (`in regards of how ...`), and one speaker cued three times (H2498); 'in regards of', 'less assets', the en dash in 'June 8 – 23' and straight marks as stored)",
    text='''MCCONNELL AIR FORCE BASE, Kan. -- Maintainers assigned to 22nd Maintenance Group enabled the effective use of tankers during Red Flag-Alaska 17-2, June 8 – 23, at Eielson Air Force Base, Alaska.
The exercise strengthens the coalition between Republic of Korea Air Force, Japan Air Self-Defense Force and the U.S.’s military by integrating and executing missions together.
Being away from McConnell brings its own challenges in keeping the planes in the air to capitalize on the capabilities of the KC-135 Stratotanker. The aircrews fly two missions a day, requiring quick turn-arounds after each flight to get the aircraft prepared for the next mission.
"We've had to work as quickly as possible," said Master Sgt. Aaron Degnan, 22nd Aircraft Maintenance Squadron production superintendent. "Everyone has done a really great job, I am very impressed. We've turned a couple of these planes from stop to roll-out quicker than I thought was possible."
The crew has displayed professionalism equating in safe aircraft for tanker aircrews to sustain rapid mobility, which enables fighters to train on dogfighting and bomb runs.
"Our crew has shown a great balance of knowledge, mechanical skill and experience," said Tech. Sgt. Charles Marting, 22nd AMXS crew chief, in regards of how the maintainers keep the mission pushing forward.
McConnell sent 31 Airmen from various maintenance shops to the exercise and added two more flying crew chiefs to the crew when Kadena Air Base, Japan, added a KC-135 to the fight.
"We have less assets and airplanes to make the mission happen," said Degnan. "At home we have an entire fleet to make it happen, here we only have four KC-135s."
Parts availability has been the largest concern for the maintainers. Fortunately, the base has an Air National Guard unit that has supplied many parts as well as a KC-135 assigned to Pacific Air Forces.''',
    quotes=[
        Q('"We\'ve had to work as quickly as possible,"', None, "Aaron Degnan"),
        Q('"Everyone has done a really great job', 'than I thought was possible."', "Aaron Degnan"),
        Q('"Our crew has shown', 'skill and experience,"', "Charles Marting"),
        Q('"We have less assets', 'make the mission happen,"', "Aaron Degnan"),
        Q('"At home we have an entire fleet', 'four KC-135s."', "Aaron Degnan"),
    ],
    aliases={"Aaron Degnan": ["Aaron Degnan", "Master Sgt. Aaron Degnan", "22nd Aircraft Maintenance Squadron production superintendent", "Degnan"],
             "Charles Marting": ["Charles Marting", "Tech. Sgt. Charles Marting", "22nd AMXS crew chief"]},
),
dict(
    id="af-jble-h757-2006-07-17-summer-moves-highlight-maintenance-talent",
    source="https://www.jble.af.mil/News/Article-Display/Article/260097/summer-moves-highlight-maintenance-talent/",
    license=PD, retrieved=PAGES + " (Joint Base Langley-Eustis site story by Capt. Elizabeth Kreft, 1st Fighter Wing Public Affairs, of July 17, 2006 on the 1st Aircraft Maintenance Squadron supporting the 71st Fighter Squadron's move to Savannah, Ga., during runway construction at Langley, with Capt. Brady Poe, 71st AMU officer in charge; the .mil banner lines, the lines 'Home : News : Article Display' and 'NEWS | July 17, 2006', the byline line 'By Capt. Elizabeth Kreft 1st Fighter Wing Public Affairs', the empty lines between paragraphs and the spaces at line ends dropped; headline kept as the first line; the subheading 'Moving parts, people' kept as a line; the subheading 'Many miles' and the last paragraph under it, 'With more than 900 pilots, maintainers and support personnel hopping between Elmendorf, Hill and Tyndall AFBs, Travis Field and Oceana Naval Air Station, Langley Airmen will have traveled', cut in the stored copy, dropped (H2482); one speaker in four pieces, the second pair cued `he said` after his reported speech, and the rank written out in `Captain Poe` (H2498); the en dash and curly marks as stored)",
    text='''Summer moves highlight maintenance talent
For the thousands of hours a jet will spend in the air, tens of thousands of hours are spent on the ground keeping it up to flight standards. This work is made even harder when the assets to fix, manage and maintain those jets are spread out over the entire United States.
This summer the 1st Aircraft Maintenance Squadron sent people and parts to five different bases due to runway construction, yet they have produced some of the most impressive numbers any maintenance team could hope for.
Moving parts, people
The 71st Fighter Squadron, the largest fighter squadron in the Air Force, moved 120 tons of equipment and 450 people down to Savannah, Ga. With more than 40 jets to care for away from home, adjustments had to be made.
“We’ve generated at least three supply runs a week between here and Langley,” said Capt. Brady Poe, 71st AMU officer in charge. “We’ve also had guys meet up half way to swap parts to save time and money.”
Captain Poe said that smart, steady maintenance allowed the 71st FS to achieve a 96-percent mission capability rate. They also accomplished 28 upgrade rides thus far – more than double what the pilots would usually see back home.
“We generated 659 sorties in the first month we were here,” he said. “A lot of hard maintenance work made that happen.”''',
    quotes=[
        Q('“We’ve generated at least three supply runs', 'here and Langley,”', "Brady Poe"),
        Q('“We’ve also had guys', 'time and money.”', "Brady Poe"),
        Q('“We generated 659 sorties', 'we were here,”', "Brady Poe"),
        Q('“A lot of hard maintenance work made that happen.”', None, "Brady Poe"),
    ],
    aliases={"Brady Poe": ["Brady Poe", "Capt. Brady Poe", "71st AMU officer in charge", "Captain Poe"]},
),
dict(
    id="army-h757-2018-01-24-troop-projects-win-win-army-reserve",
    source="https://www.army.mil/article/199502/troop_projects_a_win_win_for_army_reserve_soldiers_and_installations",
    license=PD, retrieved=PAGES + " (army.mil story by Amy Phillips of January 24, 2018 on Army Reserve engineers of the 415th Engineer Facility Detachment and the 926th Engineer Brigade doing troop projects at Fort Hunter Liggett, Calif., with Maj. Nathan Felosi, the detachment's officer in charge; the byline and date line 'By Amy PhillipsJanuary 24, 2018', the five photo caption lines ('926th Engineer Brigade Soldiers at Fort Hunter Liggett', '1 / 5 Show Caption + Hide Caption – Army Reserve engineers conducting troop projects get real-world training ... (Photo Credit: U.S. Army) VIEW ORIGINAL' and so on, with the caption titles '415th Engineer Facility Detachment Soldiers at Fort Hunter Liggett' and '415th Engineer Facility Detachment Soldier at Fort Hunter Liggett') and the empty lines between paragraphs dropped; headline kept as the first line; the stored body opens with 'The team of 24 engineers'; the last paragraph, 'In addition to the pack', cut in the stored copy, dropped; a term in marks used by the writer, and a quotation followed in its paragraph by the writer's sentence (H2499); 'they wont have', 'Troop projects significantly reduces' and straight marks as stored)",
    text='''Troop Projects, a Win-Win for Army Reserve Soldiers and Installations
The team of 24 engineers specializing in surveying, planning and design provided "turn-key" packets to the garrison. These design packets are handed over to military construction units to execute as additional troop projects. Troop projects significantly reduces costs for the garrison because they wont have to go to a civilian contractor to get the work done.
"We are different than a lot of units, where a lot of us actually are engineers in our civilian capacity," said Maj. Nathan Felosi, the officer in charge of the 415th Engineer Facility Detachment. For those that don't have engineering background, troop projects provide real-world training with tangible results.''',
    quotes=[
        Q('"turn-key"', None, None),
        Q('"We are different than a lot of units', 'in our civilian capacity,"', "Nathan Felosi"),
    ],
    aliases={"Nathan Felosi": ["Nathan Felosi", "Maj. Nathan Felosi", "the officer in charge of the 415th Engineer Facility Detachment"]},
),
dict(
    id="army-h757-usaicoe-soldiers-compete-best-warrior-title",
    source="https://www.army.mil/article/206079/usaicoe_soldiers_compete_for_best_warrior_title",
    license=PD, retrieved=PAGES + " (army.mil story (no headline or byline in the stored copy, which opens with the dateline; none is added, H1818; the slug reads 'usaicoe_soldiers_compete_for_best_warrior_title') on four Soldiers of the U.S. Army Intelligence Center of Excellence competing for the title of Best Warrior at Fort Huachuca, Ariz., May 14-18 (no year in the stored copy), with Pfc. Askia Humphrey of the 111th Military Intelligence Brigade; the copy stores the story as one run without paragraph breaks and mostly without spaces between sentences, kept as one paragraph (no breaks invented, H1006, H2491) ending on the last complete sentence before the cut; the cut sentence 'That was followed by Weapons Box Challenge which involved assembling and executing a function check on se' dropped; the competition's title in single straight marks, and a quotation joined to the sentence before it without a space, cued `said Humphrey.` after his reported speech (H2499); 'May14-18.The', 'nerve wracking', the spaced hyphen of the dateline and straight marks as stored)",
    text='''FORT HUACHUCA, Ariz. - Four Soldiers from across the U.S. Army Intelligence Center of Excellence competed for the title of 'Best Warrior' May14-18.The four day competition was designed to test the mental, physical, and emotional strength of the competitors with intense back to back events.Day One started with an Army Physical Fitness Test, followed by an Obstacle Course in the morning with a Physical Readiness Training Evaluation and a personal weapons qualification in the afternoon.Day Two started with a Combatives Tournament followed by a written essay and a Command Sergeants Major Board in the morning with a written exam and a Night Land Navigation Course in the evening.Pfc. Askia Humphrey, from the 111th Military Intelligence Brigade and the most junior competitor in the competition, said the Command Sergeants Major Board was one of the more nerve wracking aspects of the competition."The more questions they asked, the more I realized how much I did not know, the more nervous I got, and they picked up on that very quickly and it started to spiral out of control," said Humphrey.Day Three consisted of four Soldier Skills stations. They started the day with a 2.5-mile road march to Station 1 where they executed Tactical Combat Casualty Care and Chemical Biological Radiological and Nuclear tasks. Upon completion the soldiers completed a 3.7-mile road march to Station 2 where they executed a call for fire mission, assembled and operated a radio, and employed an AT-4 Anti-Tank Rocket. From there the Soldiers completed a 1.3-mile road march to Station 3 where they identified and employed grenades, reacted to an Improvised Explosive Device, and employed a Claymore mine. Finally, another 1-mile road march to Station 4, where Soldiers employed the 9mm pistol.On Day Four the competitors enjoyed a 0300hrs., 12-mile, 45-pound pack, ruck march over varying, uneven terrain.''',
    quotes=[
        Q("'Best Warrior'", None, None),
        Q('"The more questions they asked', 'spiral out of control,"', "Askia Humphrey"),
    ],
    aliases={"Askia Humphrey": ["Askia Humphrey", "Pfc. Askia Humphrey", "the most junior competitor in the competition", "Humphrey"]},
),
]
