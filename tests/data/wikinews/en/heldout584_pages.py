# Held-out English news texts (tests/data/heldout584-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105) of FEMA, the EPA,
# NASA, NOAA's National Weather Service, USDA Rural Development and the Voice of America: three FEMA texts (a 2020
# release on Hurricane María survivors in Bayamón helped through the VALOR programme, English text on a fema.gov page
# with a Korean-language path and a Spanish slug; a 2022 community.fema.gov story on a New Bern couple's flood insurance
# after Hurricane Florence; a release on earthquake repair funds for Puerto Rico's municipalities, fema.gov node
# 634870), an EPA release of June 10, 2020 on Administrator Andrew Wheeler's Pennsylvania swing (EPA's January 19, 2021
# snapshot site), a NASA Goddard story of June 3, 2014 on the first day of the summer interns, two National Weather
# Service texts on StormReady recognitions (Choctaw County, Alabama, 2016, weather.gov/mob; Naval Air Station Corpus
# Christi as the 2,000th StormReady community, 2013, nws.noaa.gov), a USDA Rural Development release of August 30, 2012
# on a new fire station in Grant City, Missouri (rurdev.usda.gov print page), and a VOA News report of June 17, 2007 by
# Lisa Schlein on Lesotho's food crisis, copied on the learners' blog poenglish.blogspot.com. None is credited to AP,
# Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept and the cut paragraph is dropped (noted in `retrieved`). Site lines ('An official website of the United States
# government.', the EPA snapshot notice, 'News Releases', 'Main Content', 'Text Size', 'News Release', 'Download'),
# date, release-number, contact and blog lines, image placeholders, an image alt line and photo captions, a CMS
# artifact '@@', the empty lines between paragraphs and spaces at the end of a line are dropped; a headline is kept once
# as the first line where the stored copy has one (none is added where it has none); wording, typos, dashes and
# quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run
# on them (rules H2285-H2289 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout584-en.jsonl

Built by `build.py` from `heldout584_pages.py`. Like heldout559-en, heldout566-en, heldout576-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news texts,
works of federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not
available for any work of the United States Government"), from civilian agencies and the Voice of America: three FEMA
texts, the release 'Una nueva esperanza para sobrevivientes del huracán María en Bayamón' of February 20, 2020 by its
address (English text on a fema.gov page whose path carries the Korean language code `ko` and a Spanish slug; no
headline in the stored copy), the community.fema.gov story 'Survivor Story Illustrates the Importance of Flood Insurance
During Hurricane Season' (July 2022; address with `?lang=es`, English text) and the Puerto Rico release on earthquake
repair funds for municipal buildings (fema.gov/zh-hans/node/634870; no headline in the stored copy, which opens with the
release's summary line); an EPA headquarters release of June 10, 2020, 'EPA Administrator Andrew Wheeler Wraps Up
Pennsylvania Swing Highlighting Trump Administration Commitment to Cleaning Up Contaminated Sites Across the State', on
EPA's snapshot of its site as of January 19, 2021 (19january2021snapshot.epa.gov, as in heldout29-en); the NASA Goddard
Space Flight Center story 'Goddard Interns Ready for their NASA Experience' (nasa.gov, June 3, 2014; no writer in the
stored copy); two National Weather Service texts, the Mobile forecast office's page on Choctaw County, Alabama, as a
StormReady® county (weather.gov/mob/stormready_choctaw, ceremony of February 9, 2016; no headline in the stored copy)
and the Weather-Ready Nation news item 'NWS recognizes 2,000th StormReady® Community' (nws.noaa.gov, posted January 17,
2013); a USDA Rural Development Missouri release of August 30, 2012 on Worth County Emergency Services' new fire station
in Grant City (rurdev.usda.gov, printable page of release STELPRD4018226); and a VOA News report of June 17, 2007 by
Lisa Schlein, 'Lesotho Facing Food Crisis', in a verbatim copy on a day-archive page of the learners' blog
poenglish.blogspot.com (other pages of the blog in heldout288-en, heldout363-en and heldout391-en; licence constant PDV
like PDC there). Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105);
the fema.gov, community.fema.gov, epa.gov, nasa.gov, weather.gov, nws.noaa.gov and rurdev.usda.gov pages carry the
bodies' own releases and stories, and the blog copy reproduces a VOA report, marked as a copy on another site (as the
blog copies of earlier sets). Texts credited to AP, Reuters, AFP or another third party were excluded. Licence caveats:
none of the texts names a writer except the VOA report, so the writer's status is taken from the body that publishes it
as its own; the VOA report's writer was a Geneva correspondent, taken as VOA's as in earlier sets with her reports; the
blog copy may differ from VOA's own page in details the stored copy cannot show; the texts quote private people (a
Bayamón couple, a voluntary organisation's director, a New Bern homeowner, an intern, a county emergency manager, a
fire-service president) and officials of Puerto Rico and of the World Food Program inside the public-domain texts. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in the stored
copy is dropped (noted per page: the Bayamón release's 'The Diffut household continues working on permanent'; the
community story's 'This hurricane season, the National Oceanic and Atmospheric Administration (NOAA) is predicting an
“above-normal” season ... the best preparation of all: f'; the earthquake release's 'The Mayor of the Muni'; the EPA
release's 'Administrator Wheeler kicked off his day at Brubaker Farms ... U.S. Congressman Lloyd Smucker (PA-11), E';
the Goddard story's '“Oh my gosh, it was the most exciting news ever!” she said. “As a grad student'; the Choctaw page's
'To be recognized as StormReady®, ... and holding emergency'; the 2,000th StormReady item's '“StormReady is a h'; the
Grant City release's 'For additional information on RD projects, please visit Rural Develop'; the VOA report's 'She
says the World Food Program is preparing an appeal for Lesotho. She says'). The site lines ('An official website of the
United States government.', the EPA snapshot notice 'This is not the current EPA website. ... More information »', 'News
Releases', 'News Releases from HeadquartersLand and Emergency Management (OLEM)', 'Main Content', 'Text Size', 'News
Release', 'Download'), the date, release and contact lines ('06/10/2020', 'Contact Information:', 'press@epa.gov', 'July
2022', 'June 3, 2014', 'Date Posted: January 17, 2013', 'Release No.STELPRD4018226', 'ContactJeremy Brady(660)
582-7421, Ext. 4', '17 June 2007'), the blog's lines ('6.18.2007', 'VOASE0705 Print Edition[Big Bug][sxljldh-repack]'
twice, 'Thanks to Big Bug and sxljldh.'), the image placeholders '[image-36]' and '[image-51]', the image alt line 'A
member of the Community Emergency Response Team assists an injured woman', the VOA photo caption 'Lesotho women draped
in blankets walk to a voting station ... (File Photo - 17 Feb 2007)', the CMS artifact '@@' before the Grant City
release's first paragraph, the empty lines between paragraphs and the spaces at the end of lines were dropped; headlines
are kept as the first line where the stored copy has one (the Bayamón, earthquake and Choctaw copies have none and get
none, H1818; the earthquake release's summary line is kept as its first line), subheadings and datelines are kept as
stored; wording and typos ('becoming increasing common', 'on an Historic Scale', 'Puerto Rico –Public housing', 'the
people of Bayamon', 'Choctaw County Alabama', 'our forecast office in Tulsa launched with the program', '6,000-internship
applications', 'President of the Emergency Services said,'), dashes, '®' and quotation marks (straight or curly as
stored) are as stored. Pages read but left out: stories and releases already in earlier sets (the EPA 'What They Are
Saying' page on the same 2020 Superfund report, heldout29-en; NASA Goddard's 2013 intern orientation story; the insidevoa
award items on VOA's press freedom coverage; the VOA Learning English restaurant and drought stories on 21voa.com and
englishwell.biz), pages whose stored part keeps fewer than two complete quotations (the Marshall rover challenge story,
the NWS Amarillo StormReady page, an archived FEMA Hurricane Ike release, the U.S. Embassy Abidjan alumni conference
story, a USDA Rural Development release on a fire truck for Perry, Missouri, an EPA release on Administrator Wheeler's
Ohio and Pennsylvania visit), copies of agency texts on non-government sites where an agency page or a fuller text was
wanted (a NASA Goddard interns story on spacenews.com, as in heldout431-en; a FEMA Corps story on thorptrainer.com; a
FEMA Puerto Rico mayors' release on docslib.org; a FEMA Harvey release on onestarfoundation.org; a NASA rover release
rewritten on redorbit.com; the mountainx.com repost of an NPS release), JPL stories (a contractor's texts), speeches and
remarks pages of U.S. embassies, list and newsletter pages (BLM press-release lists, NOAA marine debris blog tags, NRCS
newsletters, farmers.gov's '#OurFarmers' quotes) and pages of newspapers, TV stations and blogs found by the same
searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(una-nueva-esperanza / 20200220, Survivor-Story-Illustrates, node 634870, wraps-pennsylvania-swing,
goddard-interns-ready, stormready_choctaw, 130117_stormready, STELPRD4018226, poenglish 2007_06_18_archive), by title
and slug and by the names of their speakers and phrases, such as Francisco Diffut, Iris Mateo Rivera, Centro de Ayuda
Social, Graneros, María Torres, Tony Morello, New Bern, Salgado Colón, Montalva, Guánica, Brubaker Farms, Charles
Skinner, Kimberly Gutstein, pressure vessel systems, Jason Beaman, Tyler Davidson, Choctaw County, Naval Air Station
Corpus Christi, 2,000th StormReady, Linkin Park, Worth County Emergency Services, Marshall Miller, Fletchall, Lesotho
Facing Food Crisis, Christiane Berthiaume and Machache, with grep over tests/data of the main tree and of every other
helper's worktree (heldout577-583): no hit, except other pages of poenglish.blogspot.com, José G. Baquero and Cosmo
Servidio quoted in other releases (heldout54-en and others), Bill Proenza in other NWS texts and Lesotho in unrelated
texts). The annotation (rules H2285–H2289 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="fema-h584-2020-02-bayamon-valor-survivors",
    source="https://www.fema.gov/ko/news-release/20200220/una-nueva-esperanza-para-sobrevivientes-del-huracan-maria-en-bayamon",
    license=PD, retrieved=PAGES + " (FEMA Puerto Rico news release of February 20, 2020 by its address, on Hurricane María survivors Francisco Diffut and Iris Mateo Rivera, whose roof was rebuilt by volunteers of Centro de Ayuda Social through FEMA's VALOR programme; English text on a fema.gov page whose path carries the Korean language code 'ko' and a Spanish slug; the stored copy opens with the dateline paragraph and has no headline, so none is added (H1818); the last paragraph, 'The Diffut household continues working on permanent', cut in the stored copy, dropped; a man's `We` for himself and his partner after a sentence naming both, and volunteers' words reported without marks inside his quotation (H2285); straight marks and curly apostrophes as stored)",
    text='''BAYAMÓN, Puerto Rico – Hurricane María survivor Francisco Diffut remembered what crossed his mind when he saw 20 volunteers standing outside the remnants of his home.
"They said more were coming but I thought that wasn’t true," he said. "Then a van full of people appeared. When I saw all those other people arrive, I was so stunned I just cried."
Diffut and Iris Mateo Rivera couldn’t go back to their home until three days after Hurricane María made landfall because of debris-blocked roads. They found their house had lost its tin roof, wooden walls and practically everything in it. They were left with only the stove and refrigerator.
"We felt our world had ended," said Diffut.
They registered for FEMA assistance that same night and the agency later provided funds to make their home habitable. Diffut was recovering from an illness, which meant he wasn’t able to physically contribute much to the rebuilding process. They needed all the help they could get.
Their church referred them to an organization that uses materials paid for by FEMA. Centro de Ayuda Social, Graneros Del Cielo, Inc., a voluntary organization with over 20 years of experience helping the people of Bayamon, identified the reconstruction of the roof as a top priority. More than 40 volunteers worked on the property.
Through FEMA’s Voluntary Agencies Leading and Organizing Repair program, or VALOR, nonprofits receive materials and equipment to perform minor repairs so many families may return home while permanent repairs are planned.
FEMA has provided $5.2 million for home repair materials that volunteer agencies have used to repair 1,351 homes.
"We qualified for FEMA’s VALOR program and that has been the biggest blessing we’ve encountered because having the desire to help is not enough. They’ve given us the tools for us to reach out to every home and every family in extreme need," said María Torres, director of Centro de Ayuda Social.''',
    quotes=[
        Q('"They said more were coming', 'wasn’t true,"', "Francisco Diffut"),
        Q('"Then a van full of people', 'I just cried."', "Francisco Diffut"),
        Q('"We felt our world had ended,"', None, "Francisco Diffut"),
        Q('"We qualified for FEMA’s VALOR', 'in extreme need,"', "María Torres"),
    ],
    aliases={"Francisco Diffut": ["Francisco Diffut", "Hurricane María survivor Francisco Diffut", "Diffut"],
             "María Torres": ["María Torres", "director of Centro de Ayuda Social"]},
),
dict(
    id="fema-community-h584-2022-07-new-bern-flood-insurance",
    source="https://community.fema.gov/story/Survivor-Story-Illustrates-the-Importance-of-Flood-Insurance-During-Hurricane-Season?lang=es",
    license=PD, retrieved=PAGES + " (FEMA community story of July 2022 on Tony and Rita Morello of New Bern, North Carolina, whose flood insurance paid after Hurricane Florence; address with '?lang=es', English text; the image alt line 'A member of the Community Emergency Response Team assists an injured woman', the site line 'Main Content' and the date line 'July 2022' dropped (H2286); headline kept as the first line and the subheading 'Hurricane Flooding on an Historic Scale' kept as a line; the last paragraph, 'This hurricane season, the National Oceanic and Atmospheric Administration (NOAA) is predicting an “above-normal” season ... They should also consider the best preparation of all: f', cut in the stored copy, dropped with its partial quotation; the writer's phrase in marks, and a husband's `We` after a sentence naming the couple (H2285, H2286); 'becoming increasing common', 'on an Historic Scale', dashes and curly marks as stored)",
    text='''Survivor Story Illustrates the Importance of Flood Insurance During Hurricane Season
Too many people think flooding only happens somewhere else—or to someone else. It’s always been true that anywhere it can rain, it can flood. But “never before” and previously rare weather events are becoming increasing common and severe.
Flood survivors’ experiences bring home how quickly, how unexpectedly, and how seriously flooding impacts families and businesses. Here is a story from North Carolina that demonstrates the value of flood insurance during hurricane season.
Hurricane Flooding on an Historic Scale
New Bern, North Carolina, is where the Trent and Neuse Rivers meet and feed into the Pamlico Sound, making the area vulnerable to flooding. Residents Tony and Rita Morello knew a hurricane was coming as they headed out of town for a family reunion. But they never expected their town to be one of the first areas affected and among those hardest hit by the Category 4 Hurricane Florence.
The Morellos came home to discover that 30 inches of floodwater had damaged their home and ruined their possessions. In a town where nearly 800 homes and businesses were destroyed, the Morellos were among those wise enough to have flood insurance. They worked with a claims adjuster the day after they returned and received their insurance payment within three weeks.
“We would have been out on the street if not for insurance,” Tony Morello said. “We would recommend that anyone get flood insurance. It’s a dollar well spent – there’s a light at the end of the tunnel.”''',
    quotes=[
        Q('“never before”', None, None),
        Q('“We would have been out on the street', 'not for insurance,”', "Tony Morello"),
        Q('“We would recommend that anyone', 'end of the tunnel.”', "Tony Morello"),
    ],
    aliases={"Tony Morello": ["Tony Morello"]},
),
dict(
    id="fema-h584-puerto-rico-earthquake-municipal-buildings-funds",
    source="https://www.fema.gov/zh-hans/node/634870",
    license=PD, retrieved=PAGES + " (FEMA Puerto Rico news release on $640 million for municipal buildings damaged by the 2020 earthquakes, with José G. Baquero and Alejandro Salgado Colón of the Public Housing Administration (no date or headline in the stored copy; English text on a page with the language code 'zh-hans'); the release's summary line 'The agency expects to approve all funding for this disaster by the end of this year' kept as the first line, no headline added (H1818, H2287); the last paragraph, 'The Mayor of the Muni', cut in the stored copy, dropped; a compound surname as the cue after a presenting sentence with the office before the name, and `said the FEMA Federal Disaster Recovery Coordinator José G. Baquero` with an article (H2287); 'Puerto Rico –Public housing' and curly marks as stored)",
    text='''The agency expects to approve all funding for this disaster by the end of this year
GUAYNABO, Puerto Rico –Public housing facilities, police operations centers, childcare centers and libraries are some of the municipal buildings that will be repaired with a multimillion-dollar allocation from the Federal Emergency Management Agency (FEMA). According to the federal agency, of the $640 million, $309 million is for 488 permanent construction projects that include other structures damaged by the earthquakes.
“With these funds, the municipalities have the opportunity to renovate the affected spaces to once again offer services for their communities. The recovery supports a better quality of life for the residents of these municipalities and the reconstruction is directed to that end,” said the FEMA Federal Disaster Recovery Coordinator José G. Baquero.
The funds for municipalities in the south, center and west of the Island include seven public housing complexes in Guánica and Ponce. The Administrator of the Public Housing Administration (PRPHA), Alejandro Salgado Colón, explained that over 2,300 people will have better and safer homes after the repairs are completed with the approved funds.
“After the earthquakes that shook mostly the southern region of the Island, we have looked for ways to continue addressing the damage that risked the homes of the affected families. Truthfully, this obligation of funds represents one more step towards disaster recovery. There is still a long road ahead, but we’re sure that, with the collaboration of the federal agencies, we will accomplish a complete reconstruction for the benefit of our residents,” said Salgado Colón.
One of the facilities affected was the Montalva Community Center in Guánica. The work to be completed with the obligation of more than $779,000 includes demolishing the center, where workshops and other social and community development activities will be held after reconstruction.''',
    quotes=[
        Q('“With these funds,', 'directed to that end,”', "José G. Baquero"),
        Q('“After the earthquakes that shook', 'of our residents,”', "Alejandro Salgado Colón"),
    ],
    aliases={"José G. Baquero": ["José G. Baquero", "the FEMA Federal Disaster Recovery Coordinator José G. Baquero"],
             "Alejandro Salgado Colón": ["Alejandro Salgado Colón", "The Administrator of the Public Housing Administration (PRPHA)", "Salgado Colón"]},
),
dict(
    id="epa-h584-2020-06-10-wheeler-pennsylvania-swing",
    source="https://19january2021snapshot.epa.gov/newsreleases/epa-administrator-andrew-wheeler-wraps-pennsylvania-swing-highlighting-trump_.html",
    license=PD, retrieved=PAGES + " (EPA headquarters news release of June 10, 2020 on Administrator Andrew Wheeler's visit to the Strasburg Landfill in Newlin Township, Pennsylvania, on EPA's snapshot of its site as of January 19, 2021; the lines 'An official website of the United States government.', the snapshot notice 'This is not the current EPA website. ... More information »', 'News Releases', 'News Releases from HeadquartersLand and Emergency Management (OLEM)', '06/10/2020', 'Contact Information:' and 'press@epa.gov' dropped (H2288); headline kept as the first line; the last paragraph, 'Administrator Wheeler kicked off his day at Brubaker Farms ... U.S. Congressman Lloyd Smucker (PA-11), E', cut in the stored copy, dropped; a name inside another speaker's quotation (H2288); em dash and curly marks as stored)",
    text='''EPA Administrator Andrew Wheeler Wraps Up Pennsylvania Swing Highlighting Trump Administration Commitment to Cleaning Up Contaminated Sites Across the State
Newlin Township, Pa. (June 10, 2020) — Today, U.S. Environmental Protection Agency (EPA) Administrator Andrew Wheeler wrapped up his swing through Southeastern Pennsylvania this afternoon at Strasburg Landfill in Newlin Township.
“I am proud of the strong partnership between EPA and the Commonwealth of Pennsylvania,” said EPA Administrator Andrew Wheeler. “I look forward to our continued work with local communities on uplifting the agricultural industry, cleaning up contaminated sites, and working toward the Trump Administration’s environmental goals of a cleaner, healthier state.”
“Administrator Wheeler’s visit today clearly demonstrates EPA’s commitment to common sense approaches to agricultural conservation practices, cleaning up contaminated sites and redeveloping brownfields,” said EPA Mid-Atlantic Regional Administrator Cosmo Servidio. “This kind of dialogue illustrates the concept that Pennsylvanians have the opportunity to enjoy the benefits of both a clean and healthy environment and economic growth.”''',
    quotes=[
        Q('“I am proud of the strong partnership', 'Commonwealth of Pennsylvania,”', "Andrew Wheeler"),
        Q('“I look forward to our continued work', 'cleaner, healthier state.”', "Andrew Wheeler"),
        Q('“Administrator Wheeler’s visit today', 'redeveloping brownfields,”', "Cosmo Servidio"),
        Q('“This kind of dialogue', 'and economic growth.”', "Cosmo Servidio"),
    ],
    aliases={"Andrew Wheeler": ["Andrew Wheeler", "U.S. Environmental Protection Agency (EPA) Administrator Andrew Wheeler", "EPA Administrator Andrew Wheeler"],
             "Cosmo Servidio": ["Cosmo Servidio", "EPA Mid-Atlantic Regional Administrator Cosmo Servidio"]},
),
dict(
    id="nasa-gsfc-h584-2014-06-03-goddard-interns-ready",
    source="https://www.nasa.gov/content/goddard/goddard-interns-ready-for-their-nasa-experience/",
    license=PD, retrieved=PAGES + " (NASA Goddard Space Flight Center story of June 3, 2014 on the first day of the 2014 summer interns (no writer in the stored copy); the lines 'Text Size' and 'June 3, 2014' and the image placeholders '[image-36]' and '[image-51]', glued to the first words of two paragraphs, dropped; headline kept as the first line; the last paragraph, '“Oh my gosh, it was the most exciting news ever!” she said. “As a grad student', cut in the stored copy, dropped whole, so the intern presented in the paragraph before it is no speaker (H2289); `said first-year intern, Charles Skinner.` with a comma between role and name, and the two spaces before the second piece as stored (H2289); the spaces at the end of two lines dropped; curly marks as stored)",
    text='''Goddard Interns Ready for their NASA Experience
For a select few high school and college students, summer internships at NASA’s Goddard Space Flight Center in Greenbelt, Maryland, are just what they need to help their dreams take flight.
“The first time I flew on a plane, I fell in love with all things that fly,” said first-year intern, Charles Skinner.  “My interest in aerospace and engineering brought me straight to NASA. It’s my ultimate dream job.”
Skinner, a junior mechanical engineering student at the University of Kentucky in Lexington, will be working on pressure vessel systems, which includes cryogenic, vacuum, hydraulic and compressed gas (including compressed air) systems; and system components including vessels, piping, relief valves, gages and flexible hoses.
On Monday, June 2, Skinner joined 250 of an expected 450 summer interns at Goddard to begin their 2014 summer internships. First-day orientation included security training and badges, learning about recreational and education opportunities at Goddard and meeting center employees.
Interns with diverse educational and work backgrounds traveled to the Greenbelt, Maryland, facility from as far away as France. Here they will work side by side with some of the best scientists and engineers from around the world. Many students are studying engineering and science fields, but Goddard also offers internships to students interested in finance, law and communications.
This year, Goddard received nearly 6,000-internship applications.
Although the 7:30 a.m. check-in time came early for many, conversations quickly started amongst the students as they took turns introducing themselves and their summer projects.
First-year intern and San Diego State University mathematics student Kimberly Gutstein shared her feelings on receiving her internship acceptance letter.''',
    quotes=[
        Q('“The first time I flew on a plane', 'things that fly,”', "Charles Skinner"),
        Q('“My interest in aerospace', 'ultimate dream job.”', "Charles Skinner"),
    ],
    aliases={"Charles Skinner": ["Charles Skinner", "first-year intern, Charles Skinner", "Skinner"]},
),
dict(
    id="nws-mob-h584-2016-choctaw-county-stormready",
    source="https://weather.gov/mob/stormready_choctaw",
    license=PD, retrieved=PAGES + " (National Weather Service Mobile forecast office page on Choctaw County, Alabama, recognized as a StormReady® county at a ceremony of February 9, 2016 (no headline, date or writer in the stored copy, so no headline is added, H1818); the last paragraph, 'To be recognized as StormReady®, a county must maintain ... which include training SKYWARN® weather spotters and holding emergency', cut in the stored copy, dropped; two officials presented in one sentence and a cue that names one of them, and a speaker whose office follows the name after the cue (H2289); 'Choctaw County Alabama', '®' and curly marks as stored)",
    text='''National Weather Service officials have recognized Choctaw County Alabama as a StormReady® county. The StormReady® program helps community leaders and residents better prepare for hazardous weather and flooding. StormReady® counties have made a strong commitment to implement the infrastructure and systems needed to save lives and protect property when severe weather strikes.
Jeffrey Medlin, Meteorologist in Charge, and Jason Beaman, Warning Coordination Meteorologist, of the National Weather Service forecast office in Mobile, AL presented county officials with a certificate and special StormReady® signs during a ceremony at the Choctaw County Courthouse during the county commission meeting on February 9th, 2016.
“This StormReady® recognition is a testament to the hard work and dedication of Choctaw County and their commitment to public safety. We are proud to stand with them and recognize their proactive efforts in severe weather preparedness and response,” said Jason Beaman.
The nationwide community preparedness program, founded in 1999, is a grassroots approach to preparing for natural hazards. Today, more than 2,200 U.S. communities are better prepared for severe weather through the StormReady® program.
“StormReady® reminds and educates citizens what to look for and what to do prior to and during a severe weather event, and helps citizens feel safer knowing that EMA and NWS are consistently monitoring the weather,” said Tyler Davidson, Choctaw County Emergency Management Agency Director.''',
    quotes=[
        Q('“This StormReady® recognition', 'preparedness and response,”', "Jason Beaman"),
        Q('“StormReady® reminds and educates', 'monitoring the weather,”', "Tyler Davidson"),
    ],
    aliases={"Jason Beaman": ["Jason Beaman"],
             "Tyler Davidson": ["Tyler Davidson", "Choctaw County Emergency Management Agency Director"]},
),
dict(
    id="nws-h584-2013-01-17-2000th-stormready-community",
    source="http://www.nws.noaa.gov/com/weatherreadynation/news/130117_stormready.html",
    license=PD, retrieved=PAGES + " (National Weather Service Weather-Ready Nation news item posted January 17, 2013 on Naval Air Station Corpus Christi as the 2,000th StormReady® community; the line 'Date Posted: January 17, 2013' dropped; headline kept as the first line; the last paragraph, '“StormReady is a h', cut in the stored copy, dropped; the writer's term in marks in a sentence about a forecast office's finding (H2286); 'our forecast office in Tulsa launched with the program', '®', the space at the end of the first paragraph (dropped) and curly marks as stored)",
    text='''NWS recognizes 2,000th StormReady® Community
The National Weather Service recognized Naval Air Station Corpus Christi, in Texas, as the 2,000th StormReady® Community, during a ceremony held January 11. The recognition represents an important milestone for the StormReady program, which began when the NWS Tulsa, Okla., forecast office determined that lives and property could best be protected from hazardous weather when the entire “warning system” worked together.
“This is certainly an important milestone in the evolution of the StormReady program, which began 14 years ago when our forecast office in Tulsa launched with the program with a handful of recognitions in Oklahoma,” said NWS Southern Region Director Bill Proenza. “Since then, StormReady has proven to be a tremendous success in enhancing community awareness and preparedness across the nation when severe weather occurs.”
When starting the StormReady program, the Tulsa forecast office first engaged state and local emergency managers to craft guidelines to improve severe weather preparedness through better communication and coordination. These guidelines formed the foundation of the voluntary StormReady program to help communities prepare for and respond to hazardous weather conditions.
In 1999, the Tulsa office launched the program by recognizing seven StormReady Counties in Oklahoma. Since then, StormReady has expanded geographically to 49 states, as well as Puerto Rico and Guam. The program has also grown well beyond county recognitions to include everything from tiny boroughs to large cities to military installations, government facilities, federal and state parks, Indian nations, universities and businesses, ranging from corporate campuses to amusement parks. In August, the internationally-recognized rock band Linkin Park became the first band in the nation to receive StormReady Supporter recognition, for the band’s 2012 world tour.''',
    quotes=[
        Q('“warning system”', None, None),
        Q('“This is certainly an important milestone', 'recognitions in Oklahoma,”', "Bill Proenza"),
        Q('“Since then, StormReady has proven', 'severe weather occurs.”', "Bill Proenza"),
    ],
    aliases={"Bill Proenza": ["Bill Proenza", "NWS Southern Region Director Bill Proenza"]},
),
dict(
    id="usda-rd-h584-2012-08-30-grant-city-fire-station",
    source="http://www.rurdev.usda.gov/STELPRD4018226_print.html",
    license=PD, retrieved=PAGES + " (USDA Rural Development Missouri news release of August 30, 2012 on $368,000 for Worth County Emergency Services' new fire station in Grant City, printable page; the lines 'News Release', 'Release No.STELPRD4018226' and 'ContactJeremy Brady(660) 582-7421, Ext. 4' dropped; the headline line '(AUGUST 30, 2012) USDA RURAL DEVELOPMENT HELPS FUND NEW FIRE STATION IN GRANT CITY' kept as stored as the first line and the dateline line 'Grant City, MO, Aug 30, 2012 --' kept as a line; the CMS artifact '@@' before the first paragraph dropped (H2288); the last paragraph, 'For additional information on RD projects, please visit Rural Develop', cut in the stored copy, dropped; `X, President of the Emergency Services said,` with a comma before the quotation, and a nickname in parentheses inside the speaker's name (H2288); curly marks as stored)",
    text='''(AUGUST 30, 2012) USDA RURAL DEVELOPMENT HELPS FUND NEW FIRE STATION IN GRANT CITY
Grant City, MO, Aug 30, 2012 --
Anita J. (Janie) Dunning, Missouri State Director for USDA Rural Development, presented a Certificate of Congratulations to Worth County Emergency Services, Inc. on Thursday, August 30, 2012. They are receiving $368,000 in financial assistance to help construct a new fire department facility.
Worth County Emergency Services are the recipients of an American Recovery and Reinvestment Act of 2009 community facility loan in the amount of $190,000 and grant in the amount of $178,000. The old fire department building, which is leased from the City of Grant City, does not have enough room for all of the Fire Department’s vehicles and equipment and also has insufficient restroom facilities that are not handicap accessible. The remainder of the cost of the new facility ($62,661) was provided by the Emergency Services in the form of applicant contribution.
Marshall Miller, President of the Emergency Services said, “I am very happy that this is finally happening. It is something that we have needed for many years and I think that this project is going to be very successful. I thank USDA for funding the project and we appreciate all that they have done to make it happen.”
“Funding of this new building is another example of Rural Development being committed to the future of rural communities,” said Dunning. “Appreciation is extended to our federal elected officials for supporting Rural Development. They have been strong proponents for the necessary funding for essential services for rural Missourians.”
The new facility will provide the housing for the fire protection equipment that services the townships of Fletchall, Smith, Allen, Middlefork and Union, which have a combined population of 2,289.''',
    quotes=[
        Q('“I am very happy that this', 'to make it happen.”', "Marshall Miller"),
        Q('“Funding of this new building', 'of rural communities,”', "Anita J. (Janie) Dunning"),
        Q('“Appreciation is extended', 'for rural Missourians.”', "Anita J. (Janie) Dunning"),
    ],
    aliases={"Marshall Miller": ["Marshall Miller", "President of the Emergency Services"],
             "Anita J. (Janie) Dunning": ["Anita J. (Janie) Dunning", "Missouri State Director for USDA Rural Development", "Dunning"]},
),
dict(
    id="voa-en-h584-2007-06-17-lesotho-food-crisis",
    source="http://poenglish.blogspot.com/2007_06_18_archive.html",
    license=PDV, retrieved=PAGES + " (copy of a VOA News report by Lisa Schlein of June 17, 2007 on a day-archive page of the learners' blog poenglish.blogspot.com (other pages of the blog in heldout288-en, heldout363-en and heldout391-en); the blog's date line '6.18.2007', its post title 'VOASE0705 Print Edition[Big Bug][sxljldh-repack]' (printed twice) and 'Thanks to Big Bug and sxljldh.', the story's date line '17 June 2007', the line 'Download', the photo caption 'Lesotho women draped in blankets walk to a voting station set in a school in the village of Machache (File Photo - 17 Feb 2007)' and the empty lines between paragraphs dropped (H1990, H2289); the headline kept as the first line; the last paragraph, 'She says the World Food Program is preparing an appeal for Lesotho. She says', cut in the stored copy, dropped; the reporter's line `Lisa Schlein reports for VOA from Geneva.` kept in its paragraph, and a spokeswoman presented with an indefinite article before her office (H2289); straight marks as stored)",
    text='''Lesotho Facing Food Crisis
The World Food Program says the tiny South African country of Lesotho needs urgent international assistance to prevent a major food crisis this year. A report by WFP and the U.N. Food and Agriculture Organization finds cereal prices in Lesotho have skyrocketed after this year's main cereal harvest was ravaged by one of the worst droughts in 30 years. Lisa Schlein reports for VOA from Geneva.
The U.N. agencies say they expect the height of the food crisis to hit in the first three months of 2008. They say 400,000 people across Lesotho, or one fifth of the population, will face food shortages and need help.
The agencies say serious food shortages will begin in the next three months. This will affect about 140,000 of the most impoverished people.
A World Food Program Spokeswoman, Christiane Berthiaume, says drought is the biggest problem facing Lesotho. It is responsible for this year's extremely poor harvest, but she says the high prevalence of HIV/AIDS in the country is making a bad situation even worse.
"Thirty-one percent is very, very high and it is obviously undermining the economic resources of the country, resulting in a lack of labor in rural areas," said Berthiaume. "A lot of people are either too weak to work because they are sick or many have died. Those are people that are young people that should be able to work."
Berthiaume notes Lesotho needs about 360,000 tons of food annually. But, because of this year's bad harvest, she says farmers only produced 72,000 tons of cereal. This has resulted in soaring cereal prices that are unaffordable for many people.''',
    quotes=[
        Q('"Thirty-one percent is very, very high', 'in rural areas,"', "Christiane Berthiaume"),
        Q('"A lot of people are either too weak', 'able to work."', "Christiane Berthiaume"),
    ],
    aliases={"Christiane Berthiaume": ["Christiane Berthiaume", "A World Food Program Spokeswoman", "Berthiaume"]},
),
]
