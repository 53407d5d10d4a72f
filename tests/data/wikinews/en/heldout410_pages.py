# Held-out English news texts (tests/data/heldout410-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases of US federal agencies other than the military (public domain, 17 U.S.C.
# § 105): a U.S. Fish and Wildlife Service Mountain-Prairie Region release of March 31, 2006 on the State Wildlife
# Grants (fws.gov), an FWS story of May 2007 on the Private Stewardship Grants (fws.gov), an FWS press release of March
# 2017 on the Cooperative Recovery Initiative (fws.gov), an FWS release of 2016 on the State Wildlife Grants (copy on
# utahpolicy.com), a National Park Service release of May 2009 on the 2008 Hartzog volunteer awards (copy on
# trailspace.com) and a NASA release of February 2012 (12-059) on senior leadership changes (copy on
# planetariosardegna.it). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped.
# Mastheads, contact lines, release dates and numbers, list lead-ins whose lists are lost or cut, link lines and doubled
# headlines are dropped (noted in `retrieved`); hard line breaks inside a paragraph or headline are joined; datelines are
# kept in the text as stored; wording and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2010-H2013 in ANNOTATION.md on top of
# H1-H2009).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PD_COPY = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout410-en.jsonl

Built by `build.py` from `heldout410_pages.py`. Like heldout175-en, heldout251-en, heldout277-en, heldout289-en,
heldout339-en, heldout371-en and heldout390-en, these texts are stored web pages (the `pages` search corpus) of news
releases of US federal departments and agencies other than the military (public domain, 17 U.S.C. § 105), none of them
used in a set above: a U.S. Fish and Wildlife Service Mountain-Prairie Region release of March 31, 2006 on the State
Wildlife Grants, with Interior Secretary Gale A. Norton and John Cooper of the International Association of Fish and
Wildlife Agencies (fws.gov), an FWS story of May 2007 on the Private Stewardship Grants, with Director H. Dale Hall
(fws.gov), an FWS press release of March 2017 on the Cooperative Recovery Initiative, with Acting Director Jim Kurth
(fws.gov), an FWS release of 2016 on the State Wildlife Grants, with Director Dan Ashe and Assistant Director Hannibal
Bolton (text copy on utahpolicy.com), a National Park Service release of May 2009 on the 2008 George B. Hartzog, Jr.
Awards for Outstanding Volunteer Service, with Acting Director Dan Wenk (text copy on trailspace.com), and a NASA release
of February 2012 (12-059) on senior leadership changes, with Administrator Charles Bolden (text copy on
planetariosardegna.it). None is credited to AP, Reuters, AFP or another third party; the three copies on non-government
sites reproduce the agencies' own release text, not reporting of those sites. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept and a cut paragraph is dropped (what was dropped is noted per page).
Mastheads and banners, addresses, release dates and numbers, contact lines, doubled headlines, list lead-ins whose
lists are lost or cut ('Examples of ... include:', 'Project Details:', 'Following are the award recipients:'), link
lines ('Click here ...', 'Learn more ...') were dropped; hard line breaks inside a paragraph or headline were joined;
datelines are kept as stored; wording (also words missing in a copy, as 'Goddard Flight Center') and quotation marks
are as stored. None of these pages is used in any set above or in another helper's worktree (checked by URL and page
id (pressrel/06-28, story/2007-05, press-release/2017-03, 8969-service-distributes, national-park-service-honors-
outstanding-volunteers, 12-059), by headline, by the names of the quoted people and by distinctive phrases such as
'States have vast experience', 'John Cooper', 'Now in its fifth year, the Private Stewardship', 'tremendous benefits to
wildlife by partnering', 'We are targeting our work', 'Jim Kurth', 'State wildlife agencies are critical', 'Hannibal
Bolton', 'Volunteers of all ages and abilities', 'Sally Maertens', 'Both Chris and Robert are dedicated' and 'depth and
diversity of experiences', grepped in tests/data of the main checkout and of every other helper's worktree; no hits for
these texts). Candidates found in earlier sets were left out (the 2006 Partners for Fish and Wildlife Act releases with
Dirk Kempthorne, the 2008 and 2007 National Park Centennial releases, the Forest Service chief's statement on the
fugitives' arrest, the NPS–Smithsonian exhibit release, the 2018 Recovery Champions release, the NOAA sanctuaries
release with Daniel J. Basta), and so were pages whose quotation marks are lost in the copy (the UNT archive copy of the
2007 Alaska State Wildlife Grants release with '?' for marks), pages whose only quotation paragraph is cut (the Acadia
Centennial Challenge release) and pages from newspapers or trade magazines. The annotation (rules H2010–H2013 in
`ANNOTATION.md` on top of H1–H2009) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="fws-2006-03-31-norton-state-wildlife-grants",
    source="https://www.fws.gov/mountain-prairie/pressrel/06-28.htm",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service Mountain-Prairie Region news release of March 31, 2006; the banner 'USFWS Logo U.S. Fish and Wildlife Service Banner', 'The Mountain-Prairie Region', the office address, the date and the contact line (Joshua Winchell, Barb Perkins) dropped; the headline, broken over two lines in the copy, joined on one line; the paragraph opening '“The plans describe', cut in the stored copy, dropped (H2011); Norton's spans straight, Cooper's curly, as stored)",
    text='''Secretary Norton Announces Funding to States to Prevent Wildlife from Becoming Endangered
Interior Secretary Gale A. Norton announced today that the U.S. Fish and Wildlife Service will award $60 million in wildlife grants to state and territorial wildlife agencies. The State Wildlife Grant program is designed to assist states in the development and implementation of programs that benefit wildlife and their habitats. The funds are made available through annual appropriations.
"States have vast experience with and knowledge of conservation issues within their borders. The grant program taps into this expertise and demonstrates our commitment to conservation partnerships with state wildlife agencies," said Secretary Norton. "This program exemplifies our approach by helping states to tailor their conservation efforts in a manner that best fits local conditions."
To be eligible for State Wildlife Grant funds, each state completed a Comprehensive Wildlife Conservation Plan or Strategy. The state plans were created in a collaborative effort that included biologists, conservationists, landowners, sportsmen, and the general public. The plans were reviewed by a national team that included the Fish and Wildlife Service and directors from state wildlife agencies.
“The bottom line is that we use a strong pro-active approach in constructing our state wildlife action plans to ensure the health and survival of all wildlife,” says John Cooper, president of the International Association of Fish and Wildlife Agencies. “It has resulted in closer working relationships with other conservation agencies and organizations within our states. Never has such a comprehensive set of plans been constructed with so much input.”''',
    quotes=[
        Q('"States have vast experience', 'wildlife agencies,"', "Gale A. Norton"),
        Q('"This program exemplifies', 'local conditions."', "Gale A. Norton"),
        Q('“The bottom line is', 'survival of all wildlife,”', "John Cooper"),
        Q('“It has resulted in closer', 'so much input.”', "John Cooper"),
    ],
    aliases={"Gale A. Norton": ["Gale A. Norton", "Interior Secretary Gale A. Norton", "Secretary Norton"],
             "John Cooper": ["John Cooper", "president of the International Association of Fish and Wildlife Agencies"]},
),
dict(
    id="fws-2007-05-private-stewardship-grants",
    source="https://www.fws.gov/story/2007-05/fish-and-wildlife-awards-stewardship-grants-landowners-endangered-species",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service story of May 2007; the headline, doubled in the stored copy, kept once; Kempthorne's words in the third paragraph are unmarked in the copy and kept so (H2010); the list lead-in 'Examples of the Private Stewardship Grant projects selected in the Southwest for funding in 2007 include:', the state heading 'New Mexico' and the list entry after it, cut in the stored copy in 'for Restorati', dropped (H2011); straight marks as stored)",
    text='''FISH AND WILDLIFE AWARDS STEWARDSHIP GRANTS TO LANDOWNERS FOR ENDANGERED SPECIES CONSERVATION
Interior Secretary Dirk Kempthorne today announced grants totaling more than $7.2 million will go to private landowners and groups in 36 states for conservation projects to benefit endangered, threatened and other at-risk species through the Private Stewardship Grants Program.
The Southwestern States of New Mexico, Oklahoma and Texas netted nine of the grants to benefit native species.
Our conservation goals for fish and wildlife can only be achieved with the help of private citizens and landowners, said Secretary Kempthorne. These grants are one of the most important tools we have to protect this country's threatened and endangered species.
Administered by the U.S. Fish and Wildlife Service, each of the 80 grants requires at least a 10 percent match in non-federal dollars or in-kind contributions.
"Now in its fifth year, the Private Stewardship Grants Program provides federal grants on a competitive basis to individuals and groups engaged in voluntary conservation efforts on private lands that benefit federally listed endangered or threatened species, candidate species or other at-risk species. Under this program, private landowners as well as groups working with private landowners submit proposals directly to the Service for funding to support these efforts."
"We are seeing tremendous benefits to wildlife by partnering with private landowners," said H. Dale Hall, Director of the Fish and Wildlife Service. "Each year, these private stewardship grants pay dividends in the effort to preserve imperiled species and their habitats. It is heartening to see how much progress we can make when we work together."''',
    quotes=[
        Q('"Now in its fifth year', 'support these efforts."', None),
        Q('"We are seeing tremendous', 'private landowners,"', "H. Dale Hall"),
        Q('"Each year, these private', 'when we work together."', "H. Dale Hall"),
    ],
    aliases={"H. Dale Hall": ["H. Dale Hall", "Director of the Fish and Wildlife Service"]},
),
dict(
    id="fws-2017-03-cooperative-recovery-initiative-374-million",
    source="https://fws.gov/press-release/2017-03/doi-announces-374-million-12-states-species-recovery?page=167",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service press release of March 2017 (date from the URL); the label 'Press Release' dropped; the list 'Project Details:' with its region and project headings and project paragraphs dropped, the last of them cut in the stored copy in 'three other partner and' (H2011); curly marks as stored)",
    text='''DOI Announces $3.74 Million to 12 States for Species Recovery
WASHINGTON – The Department of the Interior today announced that through the U.S. Fish and Wildlife Service’s (FWS) Cooperative Recovery Initiative (CRI) more than $3.74 million is being committed to nine projects on 12 national wildlife refuges across 12 states to help recover some of the nation’s most at-risk species on or near national wildlife refuges.
“We are targeting our work where it will do the most good for America’s resources,” said FWS Acting Director Jim Kurth. “This initiative is a unique way to engage in conservation work with states and partners, giving the taxpayer a good return on investment.”
Species to benefit from CRI funding include the Miami blue butterfly, ocelots, Puritan tiger beetles, masked bobwhite and spectacled eiders.
Since 2013, FWS has funded 66 projects for nearly $27 million through the CRI. Other species that have benefited include the Oregon chub, the first fish in the nation to be taken off the endangered species list; Sonoran pronghorn; dusky gopher frog; and red-cockaded woodpecker. These projects often provide conservation benefits to other imperiled species and encourage partnerships with states and private groups.''',
    quotes=[
        Q('“We are targeting', 'America’s resources,”', "Jim Kurth"),
        Q('“This initiative is', 'return on investment.”', "Jim Kurth"),
    ],
    aliases={"Jim Kurth": ["Jim Kurth", "FWS Acting Director Jim Kurth"]},
),
dict(
    id="fws-2016-state-wildlife-grants-50-million-utahpolicy-copy",
    source="https://utahpolicy.com/archive/8969-service-distributes-nearly-50-million-to-support-state-wildlife-conservation-projects?amp",
    license=PD_COPY, retrieved=PAGES + " (U.S. Fish and Wildlife Service release of 2016 on the State Wildlife Grants (the 2016 apportionments), text copy on utahpolicy.com; the list lead-in 'Examples of SWG projects include:', whose list is lost in the copy, and the link lines 'Click here for the complete list of 2016 SWG apportionments.' and 'Learn more about SWG program accomplishments here: ...' dropped (H2011); curly marks as stored)",
    text='''Service Distributes Nearly $50 Million to Support State Wildlife Conservation Projects
Species across the nation will benefit from almost $50 million in funding allocated to state wildlife agencies by the U.S. Fish and Wildlife Service through the State Wildlife Grants program.
The program provides critical support for imperiled species and habitats listed in approved State Wildlife Action Plans. All 50 state and U.S. territorial wildlife agencies have such plans, which proactively protect species in greatest conservation need.
“State wildlife agencies are critical in protecting America’s wild places and the animals that live there. These funds are an important component in their conservation and management efforts, and one that the Service is proud to help support,” said Service Director Dan Ashe. “By working together with these and other partners, I am confident we can effectively conserve our nation’s natural legacy on a landscape scale for current and future generations of Americans.”
SWG grants are administered by the Service’s Wildlife and Sport Fish Restoration (WSFR) program and are allocated to states and territories according to a congressionally mandated formula based on population and geographic area. Grant funds must be used to address conservation needs, such as research, wildlife surveys, species and habitat management, and monitoring identified within State Wildlife Action Plans. The funds may also be used to update, revise or modify a state’s plan.
“This program would not be possible without our dedicated state, federal and non-governmental partners,” said WSFR Assistant Director Hannibal Bolton. “In addition to saving wildlife and their habitats, these efforts are also creating jobs which will support this critical mission for generations to come.”''',
    quotes=[
        Q('“State wildlife agencies are critical', 'proud to help support,”', "Dan Ashe"),
        Q('“By working together', 'generations of Americans.”', "Dan Ashe"),
        Q('“This program would not be possible', 'non-governmental partners,”', "Hannibal Bolton"),
        Q('“In addition to saving', 'generations to come.”', "Hannibal Bolton"),
    ],
    aliases={"Dan Ashe": ["Dan Ashe", "Service Director Dan Ashe"],
             "Hannibal Bolton": ["Hannibal Bolton", "WSFR Assistant Director Hannibal Bolton"]},
),
dict(
    id="nps-2009-05-hartzog-volunteer-awards-trailspace-copy",
    source="https://www.trailspace.com/articles/2009/05/04/national-park-service-honors-outstanding-volunteers.html",
    license=PD_COPY, retrieved=PAGES + " (National Park Service release on the 2008 George B. Hartzog, Jr. Awards presented on April 30, 2009, text copy on trailspace.com of May 4, 2009; hard line breaks inside the first two paragraphs ('National Park Foundation / recognized', 'who / shares') joined; the list lead-in 'Following are the award recipients:' and the award list after it, cut in the stored copy in 'for an exhibi', dropped (H2011); curly marks as stored)",
    text='''National Park Service Honors Outstanding Volunteers
WASHINGTON, DC – More than 175,000 people donated time and talent to the National Park Service last year, performing virtually any task imaginable. On April 30, the National Park Service and the National Park Foundation recognized exceptional volunteers in five categories with the 2008 George B. Hartzog, Jr. Awards for Outstanding Volunteer Service.
“Volunteers of all ages and abilities make a significant contribution to the work of our agency,” said Acting National Park Service Director Dan Wenk. “Today we acknowledge the dedication and hard work of a young man who shares his love of history with visitors, a couple that helps preserve a rare ecosystem, a woman who staged a large special event, a group that maintains a national scenic trail, and a volunteer program that participates in every aspect of a park’s operation. They exemplify the commitment and enthusiasm of volunteers throughout the system.”
The awards are named for the late George B. Hartzog, Jr., the seventh director of the National Park Service who served from 1964 to 1972. Hartzog created the National Park Service Volunteers-In-Parks (VIP) Program in 1970. In retirement, he and his wife established a fund to support the program and honor volunteer efforts.
Hartzog’s widow, Helen, was a special guest at the awards ceremony. She expressed heartfelt gratitude to the volunteers and the volunteer program that continues to grow. Last year, volunteers contributed 5.5 million hours of service valued at $107 million.''',
    quotes=[
        Q('“Volunteers of all ages', 'work of our agency,”', "Dan Wenk"),
        Q('“Today we acknowledge', 'throughout the system.”', "Dan Wenk"),
    ],
    aliases={"Dan Wenk": ["Dan Wenk", "Acting National Park Service Director Dan Wenk"]},
),
dict(
    id="nasa-2012-02-12-059-senior-leadership-changes-copy",
    source="http://www.planetariosardegna.it/category/news-nasa/",
    license=PD_COPY, retrieved=PAGES + " (NASA news release 12-059 of February 2012, text copy on the news archive page of planetariosardegna.it; the page lines 'News Nasa Archive' and '0' and the release line 'RELEASE : 12-059 NASA Changes' before the dateline dropped; the last paragraph ('Scolese served as the agency’s acting administrator in 2009 ...'), cut in the stored copy in 'operations wi', dropped (H2011); words missing in the copy ('Goddard Flight Center', 'Marshall Flight Center', 'highest-ranking civil servant', 'responsibilities this important time') kept as stored; curly marks as stored)",
    text='''NASA Administrator Announces Senior Leadership Changes
WASHINGTON — NASA Administrator Charles Bolden announced Tuesday changes to his leadership team. Associate Administrator Chris Scolese was named director of NASA’s Goddard Flight Center in Greenbelt, Md., and Robert Lightfoot, director of the agency’s Marshall Flight Center in Huntsville, Ala., will serve as acting associate administrator. Both will assume their new responsibilities on March 5.
Scolese, who has been with NASA since 1987, succeeds Robert Strain, who announced his decision to return to private industry in January. Lightfoot joined NASA in 1989 as a test engineer and program manager at Marshall. Lightfoot’s deputy, Gene Goldman, will serve as Marshall’s acting center director.
“Both Chris and Robert are dedicated public servants who have a passion for NASA and exploration,” Bolden said. “We are fortunate to have such talented and experienced leaders who are capable of assuming these critical responsibilities this important time.”
As associate administrator, Lightfoot will be the agency’s highest-ranking civil servant, responsible for oversight and integration of NASA’s broad efforts in human space flight, science and aeronautics. At Goddard, Scolese will lead a major U.S. laboratory for developing and operating unmanned scientific spacecraft. Goddard manages many of NASA’s Earth observation, astronomy and space physics missions. It was established in 1959 as NASA’s first space flight facility.
“I am excited with the depth and diversity of experiences Chris and Robert will bring to their new roles,” Bolden added. “I know the entire NASA family will wish them continued success as they begin these new challenges.”''',
    quotes=[
        Q('“Both Chris and Robert', 'NASA and exploration,”', "Charles Bolden"),
        Q('“We are fortunate', 'this important time.”', "Charles Bolden"),
        Q('“I am excited with', 'to their new roles,”', "Charles Bolden"),
        Q('“I know the entire NASA family', 'these new challenges.”', "Charles Bolden"),
    ],
    aliases={"Charles Bolden": ["Charles Bolden", "NASA Administrator Charles Bolden", "Bolden"]},
),
]
