# Held-out English news texts (tests/data/heldout371-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news texts of US federal agencies other than the military (public domain, 17 U.S.C.
# § 105): a NOAA Office of Coast Survey news item on the Kodiak ceremony for NOAA ships Fairweather and Rainier
# (nauticalcharts.noaa.gov), two front-page stories of NASA Dryden's employee newspaper X-Press (July 29, 2005, sonic
# booms; July 2006, the Altair fire missions; copies on scribd.com), a story of NASA Glenn's AeroSpace Frontiers of
# August 2008 (center awards; the govdocs1 copy of the nasa.gov page), a USDA Forest Service Rocky Mountain Region page
# of April 2, 2014 on the Regional Forester Honor Awards (fs.usda.gov) and a Bureau of Land Management Oregon/Washington
# release on National Public Lands Day 2009 (blm.gov). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped;
# where a copy prints the body as one paragraph, the text ends on its last complete sentence (noted in `retrieved`).
# Mastheads, bylines, date labels, field labels, photo captions and garbage glyph lines are dropped; list items are kept
# as lines without their bullets; wording and quotation marks (straight or curly as stored) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H1945-H1948 in ANNOTATION.md on top of H1-H1944).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PD_COPY = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout371-en.jsonl

Built by `build.py` from `heldout371_pages.py`. Like heldout175-en, heldout251-en, heldout277-en, heldout289-en and
heldout339-en, these texts are stored web pages (the `pages` search corpus) of news texts of US federal departments and
agencies other than the military (public domain, 17 U.S.C. § 105), none of them used in a set above: a NOAA Office of
Coast Survey news item on the ceremony in Kodiak, Alaska, marking the deployment of NOAA ships Fairweather and Rainier
to the Arctic, with Rear Admiral Gerd Glang and Vice Admiral Michael Devany (nauticalcharts.noaa.gov), two front-page
stories of X-Press, the employee newspaper of NASA's Dryden Flight Research Center ('Lowering the Boom', July 29, 2005,
with project manager Bob Meyer; the Western States UAS Fire Mission of the Altair, July 2006, with project manager
Robert Navarro; text copies of the NASA PDFs on scribd.com), a story of AeroSpace Frontiers, the newsletter of NASA's
Glenn Research Center, of August 2008 on the first Center Awards Ceremony with Center Director Woodrow Whitlow Jr. (the
govdocs1 corpus copy of the nasa.gov page on corpora.tika.apache.org), a USDA Forest Service Rocky Mountain Region page
of April 2, 2014 on the 2013 Regional Forester Honor Awards with Regional Forester Dan Jirón (fs.usda.gov) and a Bureau
of Land Management Oregon/Washington release calling for volunteers for National Public Lands Day 2009, with State
Director Ed Shepard (blm.gov). None is credited to AP, Reuters, AFP or another third party; the copies on non-government
sites are the agencies' own texts (the NASA newsletters), not reporting of those sites. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept and a cut paragraph is dropped, and where a copy prints the
body as one paragraph the text ends on its last complete sentence (what was dropped is noted per page). Mastheads,
bylines, the scribd page line, the page's date label, the blm.gov field labels, photo captions and a line of garbage
glyphs were dropped; list items are kept as lines without their bullets (as heldout225-en and heldout339-en); wording
and quotation marks are as stored. None of these pages is used in any set above (checked by URL and page id
(ceremony-in-kodiak, 349833, 350086, govdocs1/986/986850, stelprd3795370, national-public-lands-day-2009), by headline
and by speakers and distinctive phrases such as 'Gerd Glang', 'Michael Devany', 'Characteristically, we are quite
modest', 'Lowering the Boom', 'Bob Meyer', 'Robert Navarro', 'Western States Unmanned', 'Glenn Rewards Exemplary',
'Whitlow', 'Jirón', 'Ed Shepard' and 'We are calling on volunteers', grepped in tests/data of the main checkout and of
every other helper's worktree; no hits). Candidates found in earlier sets were left out (the NPS State of the Park
release in heldout41-en, USGS releases on swamp eels, Asian carp and pythons in heldout79-en and heldout217-en, the
PACE release in heldout83-en, the NWS page on the president's visit in heldout45-en, the Sound Waves briefs in
heldout103-en, a Marshall Star item naming Pelfrey in heldout54-en), and so were pages whose stored part keeps a single
quotation (the Forest Service Chief's statement of 2010, a Glenn AeroSpace Frontiers page of 2007, an EPSCoR release of
DOE) and pages that are newspaper text. The annotation (rules H1945–H1948 in `ANNOTATION.md` on top of H1–H1944) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="noaa-coast-survey-kodiak-ceremony-fairweather-rainier",
    source="https://nauticalcharts.noaa.gov/updates/ceremony-in-kodiak-alaska-marks-the-deployment-of-noaa-ships-fairweather-and-rainier/?share=twitter",
    license=PD, retrieved=PAGES + " (NOAA Office of Coast Survey news item ('updates'), undated in the stored copy; the headline kept as the first line; the photo caption 'Presentation of colors by a joint U.S. Coast Guard and NOAA color guard.', printed twice, and the empty lines dropped; the three list items after 'Four additional speakers were featured during the ceremony:' kept as lines without their bullets; the fourth bullet, empty where the stored copy breaks off, dropped (H1947); curly marks as stored)",
    text='''Ceremony in Kodiak, Alaska, marks the deployment of NOAA ships Fairweather and Rainier
To mark the deployment of NOAA ships Fairweather and Rainier as they begin a summer of hydrographic survey projects in the Arctic, NOAA hosted a ceremony at the U.S. Coast Guard (USCG) base in Kodiak, Alaska.
The ceremony opened with a joint USCG and NOAA color guard while the national anthem was sung by retired USCG Chief Aviation Machinist Mate, Joe Symonoski. Rear Admiral Gerd Glang, director of the Office of Coast Survey, gave opening remarks.
“Characteristically, we are quite modest about the missions and accomplishments of our NOAA ships. But today, we are taking the time to recognize the planned deployment of both ships to undertake hydrographic surveys in the U.S. Arctic,” Glang said. “It is important for us because of the renewed investment NOAA is making in this region at a time when the Arctic has become more accessible to marine transportation.”
Vice Admiral Michael Devany, deputy under secretary for operations at NOAA, was the keynote speaker and provided comments on NOAA’s mission, the history of charting in the region, the importance of partnerships and safety, and directed inspirational words to the crew.
“At the end of the day, the Nation relies on the work you do, for protection of life, property, and livelihoods,” Devany said. “Many of you may have heard that we know more about the surface of the moon and have mapped more of the surface of Mars than our own planet. You are the ones who are going to change that.”
Four additional speakers were featured during the ceremony:
Captain Jeffrey Westling, commanding officer, USCG Base, Kodiak
Greg Kaplan, military and veterans liaison for Senator Murkowski
Commander Edward Van Den Ameele, commanding officer of NOAA Ship Rainier''',
    quotes=[
        Q('“Characteristically, we are', 'U.S. Arctic,”', "Gerd Glang"),
        Q('“It is important for us', 'marine transportation.”', "Gerd Glang"),
        Q('“At the end of the day', 'and livelihoods,”', "Michael Devany"),
        Q('“Many of you may have heard', 'to change that.”', "Michael Devany"),
    ],
    aliases={"Gerd Glang": ["Gerd Glang", "Glang", "Rear Admiral Gerd Glang", "director of the Office of Coast Survey"],
             "Michael Devany": ["Michael Devany", "Devany", "Vice Admiral Michael Devany", "deputy under secretary for operations at NOAA"]},
),
dict(
    id="nasa-dryden-xpress-2005-07-29-lowering-the-boom",
    source="https://www.scribd.com/document/349833/NASA-125253main-vol-47-issue-29-Jul",
    license=PD_COPY, retrieved=PAGES + " (NASA Dryden Flight Research Center, X-Press Volume 47 Issue 4, July 29, 2005, front-page story, text copy of the NASA PDF (125253main) on scribd.com; the masthead lines 'National Aeronautics and Space Administration', 'Volume 47 Issue 4', 'Dryden Flight Research Center' and 'July 29, 2005', the byline '■ By Jay Levine' / 'X-Press Editor' and a line of garbage glyphs dropped (H1946); the headline and the subheading kept as two lines; the body stored as one paragraph and kept so; the stored copy breaks off in 'For comparison, the European Concorde aircraft traveled at speeds of about Mach 2, but the supersonic portion of', so the text ends on the sentence before; 'Edwards Air Force are well aware' and 'a closer look a their effects' as stored; curly marks as stored)",
    text='''Lowering the Boom
NASA works to find ways of reducing noise generated by exceeding sound barrier
As neighbors of Edwards Air Force are well aware, supersonic jets cause a thundering boom that shakes walls and windows with a deep rumble, startling pets and humans alike. Dryden is leading a NASA effort to study ways of dramatically reducing those boom-related annoyances, which occur when an aircraft travels faster than the speed of sound. As part of that effort, an aircraft demonstrator will showcase technologies designed to reduce the noise associated with sonic booms. In first stages of the experiment, a group of NASA and university researchers made complex recordings of sonic booms that will be replicated in a laboratory setting for a closer look a their effects. “These tests are part of the research work to establish what is an acceptable boom,” said Bob Meyer, Sonic Boom Mitigation Demonstration project manager at Dryden. “The next step is to see if a demonstrator vehicle can achieve that level of boom.” The project is part of NASA’s Vehicle Systems program. “Concept-exploration studies are underway (see accompanying story) to investigate designing and building a piloted aircraft that is expected to fly by late 2008,” he added. “The aircraft is anticipated to be in the 30,000-pound range and we expect to release a request for proposals this fall.” The demonstrator aircraft is expected to fly at speeds of from 1.4 to 1.8 Mach.''',
    quotes=[
        Q('“These tests are part', 'acceptable boom,”', "Bob Meyer"),
        Q('“The next step is', 'level of boom.”', "Bob Meyer"),
        Q('“Concept-exploration studies', 'by late 2008,”', "Bob Meyer"),
        Q('“The aircraft is anticipated', 'this fall.”', "Bob Meyer"),
    ],
    aliases={"Bob Meyer": ["Bob Meyer", "Meyer", "Sonic Boom Mitigation Demonstration project manager at Dryden"]},
),
dict(
    id="nasa-dryden-xpress-2006-07-altair-fire-mission",
    source="https://www.scribd.com/document/350086/NASA-153687main-073106-JulyX-Press",
    license=PD_COPY, retrieved=PAGES + " (NASA Dryden Flight Research Center, X-Press Volume 48 Issue 1, July 2006, front-page story, text copy of the NASA PDF (153687main) on scribd.com; the scribd line 'You are on page 1of 16', the masthead lines (printed twice), the byline 'By Jay Levine' / 'X-Press Editor' and the empty lines dropped (H1946); the kicker 'Earth Science' and the headline kept as two lines; the body stored as one paragraph and kept so; the paragraph goes on with 'In addition, software in the ground mission planning system will superimpose road maps and other valuable information in near-real time to assist firefighters in' and the jump line 'See Science, page 4', so the text ends on the sentence before; the rest of the page (the photo caption and the next story, 'BWB arrives at Dryden') dropped; curly marks as stored)",
    text='''Earth Science
Dryden capabilities contribute to demonstration missions
The Western States Unmanned Aircraft Systems Fire Mission is scheduled to begin Aug. 14, with Dryden and Ames Research Center, Moffett Field, Calif., assisting the U.S. Forest Service, said Robert Navarro, Dryden’s Altair project manager. The Altair, leased by Dryden from General Atomics Aeronautical Systems Inc., San Diego, will fly at altitudes of about 43,000 feet during missions, which will originate from the General Atomics facility at Gray Butte, Calif. “Altair is carrying an instrument that will penetrate smoke and ash and transmit the imagery down to a station on the ground,” explained Navarro, referring to the Autonomous Modular System, which uses multi-spectral line scanning that utilizes thermal channels. “The images will be available to the fire commander, in near-real time, and will show the fire’s hot spots to help efficiently use resources on the ground to knock down the flames.”''',
    quotes=[
        Q('“Altair is carrying', 'on the ground,”', "Robert Navarro"),
        Q('“The images will be available', 'down the flames.”', "Robert Navarro"),
    ],
    aliases={"Robert Navarro": ["Robert Navarro", "Navarro", "Dryden’s Altair project manager"]},
),
dict(
    id="nasa-glenn-aerospace-frontiers-2008-08-center-awards",
    source="https://corpora.tika.apache.org/base/docs/govdocs1/986/986850.html",
    license=PD_COPY, retrieved=PAGES + " (NASA Glenn Research Center, AeroSpace Frontiers Volume 10, Issue 8, August 2008, as a nasa.gov page in the govdocs1 corpus of .gov documents; the lines 'Text Size', 'Volume 10, Issue 8' and 'August 2008' dropped; the headline kept as the first line; the photo captions run into the award headings ('Center Director and Deputy Director with Silverstein winner.Pictured, left to right, Dr. Whitlow, Dr. Miller and Lugo.' and 'Center Director and Deputy Director with Craftsmanship Manufacturing Award winner.Pictured, left to right, Dr. Whitlow, McQuaid and Lugo.') dropped and the headings 'Abe Silverstein Medal' and 'Craftsmanship Awards' kept as lines (H1947); the empty lines dropped; the third award item (caption and 'Ricky N. Rivera - Assembly and Buildup Technologies', cut in the stored copy in 'guide vane linka') dropped; straight marks as stored)",
    text='''Glenn Rewards Exemplary Employee Efforts
On July 29 Center Director Dr. Woodrow Whitlow Jr. and Deputy Director Ramon (Ray) Lugo led coworkers, families and friends in saluting the center's "Best of the Best" among researchers, engineers, technicians and support assistants at the first annual Center Awards Ceremony. The honorees were nominated by their peers, supervisors and contractor managers for their exemplary efforts in support of the center's missions.
"We are extremely proud of your accomplishments, dedication and sacrifice that help us (Glenn) continue to be successful. We are leaders in all phases of NASA missions with an opportunity to have a larger role in the future," Dr. Whitlow stated. "We also want to recognize your families, for none of this could be possible without their support."
The following employees were recognized for going above and beyond in the support of the center's missions:
Abe Silverstein Medal
Dr. Robert A. Miller
For research contributions to thermal and environmental barrier coating development and testing, which have enabled significant and practical advancements in turbine engine technology.
Craftsmanship Awards
Elizabeth A. McQuaid - Manufacturing Technology
For innovativeness and craftmanship in work related to the development of wireless communication and sensing electronics for harsh environments.''',
    quotes=[
        Q('"Best of the Best"', None, None),
        Q('"We are extremely proud', 'in the future,"', "Woodrow Whitlow Jr."),
        Q('"We also want to recognize', 'their support."', "Woodrow Whitlow Jr."),
    ],
    aliases={"Woodrow Whitlow Jr.": ["Woodrow Whitlow Jr.", "Dr. Woodrow Whitlow Jr.", "Center Director Dr. Woodrow Whitlow Jr.", "Dr. Whitlow", "Whitlow"]},
),
dict(
    id="usfs-r2-2014-04-02-regional-forester-honor-awards",
    source="http://www.fs.usda.gov/detail/r2/home/?cid=stelprd3795370",
    license=PD, retrieved=PAGES + " (USDA Forest Service, Rocky Mountain Region, page of April 2, 2014; the date 'April 2, 2014', printed on the title line after 'Regional Forester Honor Awards', dropped and the title kept as the first line (H1947); the section heading 'Public Service' and the award heading 'Native American Graves Repatriation Act MOU' kept as lines; the empty lines dropped; the photo caption ' Diverse group of people receiving public service award.(Pictured Left to right) Brian Ferebee, ...', cut in the stored copy, dropped; 'Jirón' with its accent as stored; curly marks as stored)",
    text='''Regional Forester Honor Awards
Dan Jirón, Regional Forester for the Rocky Mountain Region of the U.S. Forest Service announced the recipients of the 2013 Regional Forester Honor Awards. The Honor Awards recognize partner organizations and employees who significantly contribute to the U.S. Forest Service mission “to sustain the health, diversity, and productivity of the Nation’s forests and grasslands to meet the needs of present and future generations.”
“National Forests and Grasslands in Colorado, Wyoming, South Dakota, Nebraska and Kansas are benefiting from the unparalleled work of these individuals and groups,” said Jirón. “The awards recognize the work we accomplish with our partners within the Forest Service’s regional priorities of Ecosystem Restoration, Public Service, Safety and Inclusion.”
Public Service
Native American Graves Repatriation Act MOU
A Forest Service led collaborative group of tribal, state and federal agency members developing a process to respectfully implement the Native American Graves Protection and Repatriation Act of 1990 was recognized with a Regional Forester’s 2013 Public Service Award. An agreement signed last December by the Southern Ute Tribe, Ute Mountain Ute Tribe, State of Colorado Lt. Governor’s Office, Colorado Natural Resources, Colorado Historic Preservation, BLM Colorado State Office, U.S. Fish and Wildlife Service Prairie-Mountain Region, National Park Service Intermountain Region and the Forest Service Rocky Mountain Region facilitates the reburial of Native American ancestors across Colorado.''',
    quotes=[
        Q('“to sustain the health', 'future generations.”', "U.S. Forest Service"),
        Q('“National Forests and Grasslands', 'and groups,”', "Dan Jirón"),
        Q('“The awards recognize', 'and Inclusion.”', "Dan Jirón"),
    ],
    aliases={"Dan Jirón": ["Dan Jirón", "Jirón", "Regional Forester for the Rocky Mountain Region of the U.S. Forest Service"],
             "U.S. Forest Service": ["U.S. Forest Service", "Forest Service"]},
),
dict(
    id="blm-or-wa-2009-national-public-lands-day-volunteers",
    source="https://www.blm.gov/press-release/volunteers-sought-national-public-lands-day-2009",
    license=PD, retrieved=PAGES + " (Bureau of Land Management, Oregon/Washington, release of 2009 on National Public Lands Day, September 26, 2009; the empty field labels 'Organization:', 'BLM Office:' and 'Media Contact:' dropped; the headline kept as the first line; the body stored as one paragraph, with sentences run together without a space ('public lands.T-shirts', 'continued Shepard.Volunteers'), and kept so; the boilerplate paragraph 'The BLM manages more than 245 million acres of public land located prima', cut in the stored copy, dropped; 'due a conflict' as stored; Shepard's first span opens with a curly and closes with a straight mark, the rest straight, as stored (H1946))",
    text='''Volunteers Sought for National Public Lands Day 2009
Oregon/Washington Bureau of Land Management (BLM) is looking for volunteers to participate in the 16th annual National Public Lands Day on Saturday, September 26, 2009. In what has become the largest volunteer hands-on effort of its kind in the country, participants will come together to lend a hand to the very lands they use to hike, bike, climb, fish, swim, explore, picnic, or just plain relax. Individuals, families, and community groups of all ages are encouraged to come together to give something back to their public lands.T-shirts, lunches, and environmental education activities will be provided for the volunteers at each of the project sites. All tools, safety equipment, and materials needed for the projects will be furnished by the BLM. “We are calling on volunteers to help restore, beautify, and improve the habitats and recreation areas that we all benefit from and enjoy," said Ed Shepard, BLM State Director. "The BLM is committed to promoting stewardship and increasing volunteer opportunities for the public," continued Shepard.Volunteers at Federal sites will not only receive free admission on the day of the event, but also a coupon to return for a "fee-free" day any time in the next year at any site managed by the BLM, National Park Service, U.S. Forest Service, U.S. Fish and Wildlife Service, or U.S. Army Corps of Engineers. Volunteers range from Girl Scouts and senior citizens to corporate executives and Members of Congress -- they all have one thing in common: enjoyment and appreciation for our public lands. Please note that some events may occur before September 26, due a conflict or another overlapping event. A complete listing of BLM events is attached. In addition, volunteers are encouraged to visit publiclandsday.com or blm.gov/or for complete information on events planned near you.''',
    quotes=[
        Q('“We are calling on volunteers', 'benefit from and enjoy,"', "Ed Shepard"),
        Q('"The BLM is committed', 'for the public,"', "Ed Shepard"),
        Q('"fee-free"', None, None),
    ],
    aliases={"Ed Shepard": ["Ed Shepard", "Shepard", "BLM State Director"]},
),
]
