# Held-out English news texts (tests/data/heldout734-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases of the US Department of the Interior and its bureaus (public domain, 17
# U.S.C. § 105): seven releases of the Office of Public Affairs of Indian Affairs on bia.gov (Secretary Thomas S. Kleppe
# at the dedication of Block I of the Navajo Irrigation Project; Commissioner Robert L. Bennett on an American Indian
# Athletic Hall of Fame, June 30, 1968; Assistant Secretary Harry R. Anderson on the removal of Navajos from the Hopi
# Reservation, April 4, 1966; Secretary Walter J. Hickel on the nomination of Louis R. Bruce, August 7, 1969;
# Commissioner Bruce on President Nixon's message on Indian affairs, July 13, 1970; BIA Director W. Patrick Ragsdale and
# Regional Director William Benjamin on the Great Plains economic development summit, 2005; Secretary Gale Norton on the
# Fiscal Year 2002 budget request for BIA schools, 2001), a doi.gov release of May 10, 2005 on the exhibit honoring the
# Udall brothers, and a Bureau of Reclamation release of October 16, 2008 on the Animas-La Plata Project (usbr.gov
# RecordID 25161). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete
# quotation (noted in `retrieved`). Site lines (the .gov banner lines, 'OPA', 'Office of Public Affairs' and its
# '<p>...</p>' form, 'BIA Logo Indian Affairs - Office of Public Affairs', 'Indian Affairs - Office of Public Affairs',
# the doi.gov header lines, 'Media Contact' / 'CONTACT' / 'For Immediate Release' / 'For Release' lines and telephone
# lines) and the empty lines between paragraphs are dropped; a headline is kept once as the first line where the stored
# copy has one (none is added where it has none); wording, OCR slips and typos, dashes and quotation marks (straight or
# curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2470-H2474 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
OPA = ("'OPA', 'Office of Public Affairs', 'BIA Logo Indian Affairs - Office of Public Affairs'")
BANNER = ("the banner lines 'An official website of the United States government', 'Official websites use .gov', "
          "'A .gov website belongs to an official government organization in the United States.', "
          "'Secure .gov websites use HTTPS' and 'A lock () or https:// means you’ve safely connected to the .gov "
          "website. Share sensitive information only on official, secure websites.'")

SOURCES_HEAD = """
## Held-out set: tests/data/heldout734-en.jsonl

Built by `build.py` from `heldout734_pages.py`. Like heldout69-en and heldout113-en, which drew on the same archive of
bia.gov, these texts are stored web pages (the `pages` search corpus) of news releases of the US Department of the
Interior and its bureaus, works of federal officials in the public domain (17 U.S.C. § 105: "Copyright protection under
this title is not available for any work of the United States Government"): seven releases of the Office of Public
Affairs of Indian Affairs as kept on bia.gov, three as pages of their own (the undated release of Secretary of the Interior Thomas S.
Kleppe's remarks at the dedication of Block I of the Navajo Irrigation Project in Farmington, New Mexico, bia.gov
online-press-release 'secretary-kleppe-hails-opportunities-indian-people-provided-navajo', Kleppe being Secretary in
1975-1977; the release of August 7, 1969 on Secretary Walter J. Hickel's announcement of the nomination of Louis R. Bruce
as Commissioner of Indian Affairs, 'louis-bruce-nominated-commissioner-indian-affairs'; the release of July 13, 1970
'Indian Affairs Commissioner Bruce Praises President's Message on Indians',
'indian-affairs-commissioner-bruce-praises-presidents-message-indians') and four as the first entry of a page of the
Office of Public Affairs listing (Commissioner Robert L. Bennett's proposal of an American Indian Athletic Hall of Fame,
June 30, 1968, offices/opa?page=19; Assistant Secretary Harry R. Anderson's order to remove Navajos living on the Hopi
Reservation, April 4, 1966, office/opa?page=73; BIA Director W. Patrick Ragsdale's announcement of the 7th Annual Great
Plains Tribal/Federal Economic Development Summit of May 2005 with Great Plains Regional Director William Benjamin,
office/opa?page=145; Secretary Gale Norton on the Fiscal Year 2002 budget request for BIA school construction, 2001,
offices/opa?page=173; each of the four is cut in the stored copy before the listing's next entry); a release of the Office of the Secretary on doi.gov of May 10, 2005, 'Members of Congress, Family and Friends
Gather for Opening Ceremony of Exhibit at Interior Department Honoring Udall "Voices for the Environment"' (news archive
050510a); and a Bureau of Reclamation release of October 16, 2008, 'Secretary Kempthorne Commends Progress on Animas-La
Plata Project in Durango Ceremony ...' (usbr.gov newsroom RecordID 25161). Reuse terms relied on: the releases are the
Department's own, issued by its press offices and speaking for its officials, and US government works are not subject
to copyright in the US (17 U.S.C. § 105). Licence caveats: the old releases were scanned and the scans keep OCR slips
('6,3' for an age, 'member.of', 'ebb policy', a stray mark in 'of the" Zeta Psi'), which are kept as stored; the 1970
release already breaks off one paragraph in the middle of a word ('and for the propos') on the stored page, before the
stored copy's own cut, and the paragraph is kept as stored; the listing pages give no headline for their first entries,
and the 2001 and 2005 listing entries no date line, so their dates come from their own texts (the Fiscal Year 2002
request, a summit held 'next month' in May 2005); the texts quote a tribal-affairs official, a Regional Director and
Secretaries inside the public-domain releases and relay a President's pledge (2001) and a President's message (1970),
both inside the releases' own sentences. None is credited to AP, Reuters, AFP or another third party. The stored copies
are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it
holds a complete quotation, noted per page: the Hall of Fame release's 'Miss Grace Thorpe, daughter of All-America
football star Jim Thorpe, ... selected it'; the Hopi release's 'Assistant Secretary Anderson said the Bureau of Indian
Affairs has instructed ... to assist in the'; the summit release's '“The education component we have added will help
train future Indian business leaders and promote the entrepreneurial spirit that lives in Indian Country.” The education
component will address ... agencies,' (a complete quotation of Benjamin's dropped with it); the nomination release's
'His father, Dr. Louis Bruce, ... Pine Ridge Reservation of So'; the 2001 release's 'The Paschal Sherman Indian School is
a K-9 school ... In addition t'; the doi.gov release's 'The exhibition was organized by the Special Collections
Department ... archives of M'; the Reclamation release's '"The bottom-line is th'. The Kleppe release and the 1970
release end on complete paragraphs, which are kept. The site lines (the .gov banner lines, 'OPA', 'Office of Public
Affairs' and its '<p>Office of Public Affairs</p>' form, 'BIA Logo Indian Affairs - Office of Public Affairs', 'Indian
Affairs - Office of Public Affairs', the 'Media Contact: ...' and 'For Immediate Release: ...' lines; the doi.gov lines
'Department of the Interior', 'DOI News Header', 'Office of the Secretary', 'CONTACT: Joan Moody', 'FOR IMMEDIATE
RELEASE: May 10, 2005' and '202-208-6416'; the usbr.gov lines 'Media Contact: Chris Paolino/Joan Moody, (202)
208-6416', 'Doug Hendrix, (801) 524-3837' and 'For Release: October 16, 2008') and the empty lines between paragraphs
were dropped; headlines are kept once as the first line where the stored copy has one (the 1970 release, the doi.gov
and the Reclamation release; the others have none and get none, H1818); wording, OCR slips and typos ('6,3', '1961,and',
'member.of', 'Hr. Bruce's', 'Committie', 'ebb policy', 'served as coordinator the plans', 'the Udall brother's tenets',
'President Joe Shirley the Navajo Nation'), dashes and double hyphens, and quotation marks (straight or curly as stored,
including the stray mark of 'of the" Zeta Psi', the closing mark with no opening one after 'consensus.' and the curly
closing mark after a straight opening one in Anderson's quotation) are as stored. Pages read but left out: pages already
in earlier sets (the ShareAmerica refugee article, the VOA class-trip and NPS Public Lands Day pages, the American
Memorial Park day of service, the EPA youth awards release of 2019, the insidevoa Rohingya training release), pages whose
stored part keeps fewer than two complete quotations (the FEMA community relations release of 2003, whose second
quotation stands in its cut paragraph; the BIA storm release of December 19, 1967, whose second partial quotation does;
the BIA listing entries with Secretary Morton's advisory committee and Udall's school seats of 1961; a Forest Service
release on a farm forum; the VOA Special English report on honeybees; a DOJ release on a blog), lists, feeds and
newsletters (usbr.gov RSS feeds, bia.gov 'Past News Items' and 'News by Year' lists, Refuge Update issues, FEMA and BLM
release lists), speeches without quotations, and pages of newspapers and broadcasters found by the same searches. None
of the pages used is in any set above or in another helper's worktree (checked by URL, slug and page id (the three
bia.gov slugs, offices/opa?page=19 and 173, office/opa?page=73 and 145, 050510a, RecordID=25161), by headline and by the
names of their speakers and phrases, such as Kleppe, Navajo Irrigation Project, Hohokam, Athletic Hall of Fame, Grace
Thorpe, Clyde Pensoneau, Harry R. Anderson, Zeta Psi, unparalleled qualifications, positive and historic statement,
Dakota Magic, William Benjamin, Paschal Sherman, no child shall be left behind, Voices for the Environment, Ridges Basin
and Animas-La Plata, with grep over tests/data of the main tree and of every other helper's worktree (heldout727-733): no
hit, except Dirk Kempthorne, quoted in other releases (heldout72-en, heldout225-en, heldout284-en, heldout347-en), and a
BIA listing of heldout113-en that names Animas-La Plata in a dropped entry, none of them one of these texts). The
annotation (rules H2470–H2474 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run
on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="bia-h734-kleppe-navajo-irrigation-project-dedication",
    source="https://bia.gov/as-ia/opa/online-press-release/secretary-kleppe-hails-opportunities-indian-people-provided-navajo",
    license=PD, retrieved=PAGES + " (Indian Affairs release, undated in the stored copy, on Secretary of the Interior Thomas S. Kleppe's remarks at the dedication of Block I of the Navajo Irrigation Project in Farmington, New Mexico; the stored copy opens with the first paragraph and has no headline, none added (H1818); it ends on a complete paragraph, kept; a quotation left open at its paragraph's end and continued by a paragraph opened anew, and `he emphasized` between two pieces of one sentence (H2470); straight marks as stored)",
    text='''In remarks at the dedication of Block I of the Navajo Irrigation Project in Farmington, New Mexico, today Secretary of the Interior Thomas S. Kleppe hailed the opportunities the project will provide for the Indian people.
"In the past," Secretary Kleppe said, "too many Navajos have been faced with what to them have been unsatisfactory alternatives. They could stay on the tribal land with little hope for more than an economically marginal existence. Or they could seek employment in the urban areas where the style of living too often was incompatible with the values they learned here.
"This project will make it possible for many thousands of Navajos to have the best of both worlds: they can live on the land they love and have the opportunity to work on jobs which are economically rewarding to them and productive for the tribe and for our Nation."
The project was described by the Secretary as the largest Indian reclamation project since the Hohokams - the ancient Indians who more than 2,000 years ago developed an extensive irrigation system in central Arizona.
"This project is a monument to a richer, better life for the Navajo people," he said. "For hundreds of years to come, the work of all the people who labored here will stand as evidence of your ability and your dedication to a better life for your people."
With cooperative efforts such as the Navajo Project, Secretary Kleppe said, the Indian community is going to experience unparalleled progress and achievement. "There will be great accomplishments," he emphasized, "because competent effective Indian leaders are seizing the opportunity to be strong leaders. Indian self-determination is a policy that is working, and this project is concrete proof of the great progress that has been made."''',
    quotes=[
        Q('"In the past,"', None, "Thomas S. Kleppe"),
        Q('"too many Navajos', 'the values they learned here.', "Thomas S. Kleppe"),
        Q('"This project will make it possible', 'for our Nation."', "Thomas S. Kleppe"),
        Q('"This project is a monument', 'for the Navajo people,"', "Thomas S. Kleppe"),
        Q('"For hundreds of years to come', 'for your people."', "Thomas S. Kleppe"),
        Q('"There will be great accomplishments,"', None, "Thomas S. Kleppe"),
        Q('"because competent effective', 'that has been made."', "Thomas S. Kleppe"),
    ],
    aliases={"Thomas S. Kleppe": ["Thomas S. Kleppe", "Secretary of the Interior Thomas S. Kleppe", "Secretary Kleppe", "the Secretary"]},
),
dict(
    id="bia-h734-1968-06-30-indian-athletic-hall-of-fame",
    source="https://www.bia.gov/offices/opa?page=19",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of June 30, 1968 on Commissioner of Indian Affairs Robert L. Bennett's proposal of an American Indian Athletic Hall of Fame at Haskell Institute; " + BANNER + ", 'OPA', '<p>Office of Public Affairs</p>', 'BIA Logo Indian Affairs - Office of Public Affairs', 'Media Contact: Wilson -- 343-8657' and 'For Immediate Release: June 30, 1968' dropped; the stored part has no headline, none added (H1818); the paragraph 'Miss Grace Thorpe, daughter of All-America football star Jim Thorpe, was among those Bennett appointed ... selected it', cut in the stored copy, dropped; the planned hall's name in marks with the comma inside, and three cues of one speaker in one paragraph around a split sentence (H2470); straight marks as stored)",
    text='''Robert L. Bennett, Commissioner of Indian Affairs, announced today that he has asked for tribal ratification of a proposal to establish an "American Indian Athletic Hall of Fame," on the campus of Haskell Institute, Lawrence, Kans.
"The Hall of Fame," Bennett said, "will not only memorialize the achievements of great Indian athletes but will be a source of inspiration for young Indians seeking to develop rewarding and productive lives in modern America."
A copy of the proposed constitution of the new organization and a list of a 13-member board of trustees has been sent to heads of tribal organizations throughout the Nation, Bennett said.
"We hope to secure ratification of this proposal and be ready to formally organize and select the initial inductees to the Hall of Fame in the fall," Bennett said. "Indians in many areas have already enthusiastically endorsed the Hall of Fame idea," Bennett said, "and I am confident it will receive the wholehearted endorsement of most American Indian and Alaska Native peoples."
Bennett noted that while the Bureau of Indian Affairs served as coordinator the plans to create the Hall of Fame, the organization will not be an official federal activity. "This will be an Indian organization operated by Indians for the benefit of Indians and all America," he said.''',
    quotes=[
        Q('"American Indian Athletic Hall of Fame,"', None, None),
        Q('"The Hall of Fame,"', None, "Robert L. Bennett"),
        Q('"will not only memorialize', 'lives in modern America."', "Robert L. Bennett"),
        Q('"We hope to secure ratification', 'Hall of Fame in the fall,"', "Robert L. Bennett"),
        Q('"Indians in many areas', 'Hall of Fame idea,"', "Robert L. Bennett"),
        Q('"and I am confident', 'Alaska Native peoples."', "Robert L. Bennett"),
        Q('"This will be an Indian organization', 'and all America,"', "Robert L. Bennett"),
    ],
    aliases={"Robert L. Bennett": ["Robert L. Bennett", "Commissioner of Indian Affairs", "Bennett"]},
),
dict(
    id="bia-h734-1966-04-04-hopi-reservation-eviction-notices",
    source="https://bia.gov/office/opa?page=73",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of April 4, 1966 on Assistant Secretary of the Interior Harry R. Anderson's instruction to serve eviction notices on Navajos living on the Hopi Reservation; " + BANNER + ", " + OPA + ", 'Media Contact: Nedra Darling, OPA-IA Phone: 202-219-4152' and 'For Immediate Release: April 4, 1966' dropped; the stored part has no headline, none added (H1818); the paragraph 'Assistant Secretary Anderson said the Bureau of Indian Affairs has instructed its Navajo Area Director, Graham Holmes, to organize a team to assist in the', cut in the stored copy, dropped; `he said` after a paragraph of reported speech, and a straight opening mark closed by a curly one (H2474))",
    text='''The Department of the Interior today announced that in response to a request from the Hopi Indian Tribal Council, it is directing the removal of about 35 Navajo Indians who are illegally residing within the Hopi Reservation in northern Arizona.
Assistant Secretary of Interior Harry R. Anderson instructed the Superintendent of the Hopi Agency, Clyde Pensoneau at Keams Canyon, Arizona, to serve the eviction notices on those Indians who did not comply with previous eviction notices of the Hopi Council.
The new eviction notices advise the Navajos that their failure to move will result in the matter being referred to the Attorney General for appropriate legal action.
The Hopi Reservation is an area to which the Hopi Tribe won undisputed ownership in a lawsuit brought by them against the Navajos. The Supreme Court affirmed the 1962 decision of the special Federal Court which tried the case. The Hopi area is surrounded by the Navajo Reservation.
Mr. Anderson said this action in honoring the Hopi request is in keeping with the Interior Department's trusteeship responsibilities.
"While this action is necessary," he said, "we will make every effort to prevent hardship on anyone. The decision of the Courts must be carried out, and I appeal to everyone concerned to cooperate responsibly in meeting this requirement.”''',
    quotes=[
        Q('"While this action is necessary,"', None, "Harry R. Anderson"),
        Q('"we will make every effort', 'meeting this requirement.”', "Harry R. Anderson"),
    ],
    aliases={"Harry R. Anderson": ["Harry R. Anderson", "Assistant Secretary of Interior Harry R. Anderson", "Mr. Anderson"]},
),
dict(
    id="bia-h734-2005-great-plains-economic-development-summit",
    source="https://www.bia.gov/office/opa?page=145",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of 2005 (no date line in the stored copy; the summit of May 9-12, 2005 is 'next month') on Bureau of Indian Affairs Director W. Patrick Ragsdale's announcement of the 7th Annual Great Plains Tribal/Federal Economic Development Summit, with Great Plains Regional Director William Benjamin; the lines 'Office of Public Affairs' (twice) dropped; the stored part has no headline, none added (H1818); the paragraph '“The education component we have added will help train future Indian business leaders and promote the entrepreneurial spirit that lives in Indian Country.” The education component will address ... with representatives from state and federal agencies,', cut in the stored copy, dropped with Benjamin's second, complete quotation (H2121); the summit's theme in marks after `with the theme` (H2473); curly marks as stored)",
    text='''WASHINGTON – Bureau of Indian Affairs Director W. Patrick Ragsdale today announced that the BIA Great Plains Regional Office in Aberdeen, S.D., will hold the 7th Annual Great Plains Tribal/Federal Economic Development Summit next month with the theme “Empowering and Strengthening Economic Development in Indian Country Through: Education, Technology and Entrepreneurship.” The summit, which will be held May 9-12, 2005, at the Dakota Magic Casino and Hotel in Hankinson, N.D., is expected to draw 500 attendees from tribes, businesses and state and federal agencies from the Northern Plains and Midwest.
“The BIA Great Plains Tribal/Federal Economic Development Summit is an exciting and highly informative venue for doing business in Indian Country,” Ragsdale said. “For six years this event has successfully carried out the BIA’s mission to promote economic opportunity for tribes, and I anticipate this year’s summit will continue that trend.”
While its focus remains on business development, information technology, infrastructure development, tourism, agriculture, natural resources and energy, the 2005 summit agenda includes a new education component designed for small business owners and American Indian students in high school and college business programs.
“We have noted great interest in the BIA Great Plains Tribal/Federal Economic Development Summit from tribal and business leaders from around the region,” said Great Plains Regional Director William Benjamin.''',
    quotes=[
        Q('“Empowering and Strengthening', 'Technology and Entrepreneurship.”', None),
        Q('“The BIA Great Plains Tribal/Federal Economic Development Summit is', 'business in Indian Country,”', "W. Patrick Ragsdale"),
        Q('“For six years this event', 'continue that trend.”', "W. Patrick Ragsdale"),
        Q('“We have noted great interest', 'from around the region,”', "William Benjamin"),
    ],
    aliases={"W. Patrick Ragsdale": ["W. Patrick Ragsdale", "Bureau of Indian Affairs Director W. Patrick Ragsdale", "Ragsdale"],
             "William Benjamin": ["William Benjamin", "Great Plains Regional Director William Benjamin"]},
),
dict(
    id="bia-h734-1969-08-07-louis-bruce-nominated-commissioner",
    source="https://www.bia.gov/as-ia/opa/online-press-release/louis-bruce-nominated-commissioner-indian-affairs",
    license=PD, retrieved=PAGES + " (Indian Affairs release of August 7, 1969 on Secretary of the Interior Walter J. Hickel's announcement, on behalf of President Nixon, of the nomination of Louis R. Bruce as Commissioner of Indian Affairs; 'Media Contact: Nedra Darling, OPA-IA Phone: 202-219-4152' and 'For Immediate Release: August 7, 1969' dropped; the stored copy has no headline, none added (H1818); the paragraph 'His father, Dr. Louis Bruce, a Mohawk Indian, was until his death last year a leader ... Hr. Bruce's mother was an Oglala Sioux of the Pine Ridge Reservation of So', cut in the stored copy, dropped; a partial quotation after `praised by the Secretary as` left open and continued in the next paragraph, and a lone OCR mark in `of the\" Zeta Psi` (H2471); the OCR slips '6,3', '1961,and' and 'member.of' and straight marks as stored)",
    text='''Secretary of the Interior Walter J. Hickel, on behalf of President Nixon, today announced the nomination of Louis R. Bruce, 6,3, of Richfield Springs, New York, as Commissioner of Indian Affairs.
Bruce, a member of the Oglala Sioux tribe of South Dakota, was praised by the Secretary as "a man of unparalleled qualifications, with the leadership skills and the desire necessary to carry out the Administration's pledge to bring dignity, education and economic progress to all of our American Indian, Eskimo and Aleut citizens.
"Mr. Bruce's extensive experience in Indian activities, in community and youth relations, and in Indian housing programs will provide a solid foundation for advancing our programs to assure the Indian American is no longer the forgotten American."
Bruce served as special assistant commissioner for cooperative housing with the Federal Housing Administration until becoming executive director of the" Zeta Psi Educational Foundation and Fraternity in 1966.
He organized the first National Indian Conference on Housing in 1961,and was instrumental in changing regulations of the agency to provide more direct benefits to Indian Americans.
Early in his career, he was New York State director for Indian projects with the National Youth Administration.
He has served as public relations and promotions director of Mid-Eastern Cooperatives; community relations consultant with the New York State Housing Division; vice president of the Compton Advertising Agency of New York; and as a member.of the Board of Directors of the Dairymen's League Cooperative Association of New York.
He owns and, until recently, operated a 600-acre dairy farm in Richfield Springs.''',
    quotes=[
        Q('"a man of unparalleled qualifications', 'Eskimo and Aleut citizens.', "Walter J. Hickel"),
        Q('"Mr. Bruce\'s extensive experience', 'the forgotten American."', "Walter J. Hickel"),
    ],
    aliases={"Walter J. Hickel": ["Walter J. Hickel", "Secretary of the Interior Walter J. Hickel", "the Secretary"]},
),
dict(
    id="bia-h734-1970-07-13-bruce-praises-presidents-message",
    source="https://bia.gov/as-ia/opa/online-press-release/indian-affairs-commissioner-bruce-praises-presidents-message-indians",
    license=PD, retrieved=PAGES + " (Indian Affairs release of July 13, 1970 on Commissioner of Indian Affairs Louis R. Bruce's statement on President Nixon's special message to Congress on Indian affairs; 'Media Contact: Wilson 343-5377' and 'For Immediate Release: July 13, 1970' dropped; headline kept as the first line; the stored copy ends on a complete paragraph, kept; the paragraph that breaks off in a word ('and for the propos') is so on the stored page, before the end of the stored copy, and is kept as stored; a partial quotation closed after its full stop with the cue as a sentence of its own, a run of one-sentence paragraphs each opened with a mark and mostly left open, the President's words in single marks inside the statement, and a second mark inside an open paragraph piece (H2472); the OCR slip 'ebb policy', straight and curly marks as stored)",
    text='''Indian Affairs Commissioner Bruce Praises President's Message on Indians
President Nixon's special message to the Congress on Indian Affairs is a "positive and historic statement that should do much to give the Indian people lives of dignity and self-determination." Commissioner of Indian Affairs Louis R. Bruce said today.
Commissioner Bruce said the president, in his message of July 8, ensured that steps will be taken to increase Indian control of Indian affairs while reaffirming and strengthening the historic legal and moral obligations of the federal government.
"I am especially pleased by the President's support for anti-termination legislation, for creation of an Assistant Secretary for Indian and Territorial Affairs in the Department of the Interior and for the propos
"As President Nixon noted, these proposals can do much to give us a 'new national policy' and to 'strengthen the Indian's sense of autonomy without threatening his sense of community.'
"The Bureau of Indian Affairs, in support of ebb policy is evolving new plans better to "meet the needs of the Indian people.
“We are transforming the Bureau of Indian Affairs from a management to a service organization.”
“We are reaffirming the trust status of Indian Land.
“We are providing the tribes with the option of taking over any or all BIA program functions.
“Certainly, these are positive steps, long overdue, toward building a respectable life for the American Indian.
“President Nixon has pledged himself to this end.
“I am proud to join him in his efforts so that our ideas and plans of the future may become realities in the near future.”''',
    quotes=[
        Q('"positive and historic statement', 'dignity and self-determination."', "Louis R. Bruce"),
        Q('"I am especially pleased', 'and for the propos', "Louis R. Bruce"),
        Q('"As President Nixon noted', 'his sense of community.\'', "Louis R. Bruce"),
        Q('"The Bureau of Indian Affairs, in support', 'needs of the Indian people.', "Louis R. Bruce"),
        Q('“We are transforming', 'a service organization.”', "Louis R. Bruce"),
        Q('“We are reaffirming the trust status of Indian Land.', None, "Louis R. Bruce"),
        Q('“We are providing the tribes', 'BIA program functions.', "Louis R. Bruce"),
        Q('“Certainly, these are positive steps', 'for the American Indian.', "Louis R. Bruce"),
        Q('“President Nixon has pledged himself to this end.', None, "Louis R. Bruce"),
        Q('“I am proud to join him', 'in the near future.”', "Louis R. Bruce"),
    ],
    aliases={"Louis R. Bruce": ["Louis R. Bruce", "Commissioner of Indian Affairs Louis R. Bruce", "Indian Affairs Commissioner Bruce", "Commissioner Bruce"]},
),
dict(
    id="doi-h734-2005-05-10-udall-brothers-exhibit-ceremony",
    source="https://doi.gov/news/archive/05_News_Releases/050510a.htm",
    license=PD, retrieved=PAGES + " (Office of the Secretary release of May 10, 2005 on Secretary of the Interior Gale Norton's ceremony opening the exhibit 'The Udall Brothers: Voices for the Environment' at the Department's headquarters; the lines 'Department of the Interior', 'DOI News Header', 'Office of the Secretary', 'CONTACT: Joan Moody', 'FOR IMMEDIATE RELEASE: May 10, 2005' and '202-208-6416' dropped; headline kept as the first line; the paragraph 'The exhibition was organized by the Special Collections Department of the University of Arizona Library. ... archives of M', cut in the stored copy, dropped; the exhibit's title in marks in the headline and twice in the body, and a quotation continued after its cue without an opening mark (H2473); the double hyphen of 'Congress--Rep.', 'the Udall brother's tenets' and straight marks as stored)",
    text='''Members of Congress, Family and Friends Gather for Opening Ceremony of Exhibit at Interior Department Honoring Udall "Voices for the Environment"
WASHINGTON - Secretary of the Interior Gale Norton hosted a ceremony today honoring former Secretary Stewart Udall and the late Rep. Morris Udall, both prominent figures in Arizona and U.S. conservation, at the U.S. Department of the Interior's headquarters. The ceremony opened a traveling museum exhibit at the department called "The Udall Brothers: Voices for the Environment," which will run until July 29.
Former Secretary Udall participated in the event, where current Assistant Secretary Lynn Scarlett, a board member of the Udall Foundation, served as master of ceremonies. Other participants from the Udall family included relatives currently serving in Congress--Rep. Mark Udall, D-Colo.; Rep. Tom Udall, D-N.M.; and Sen. Gordon Smith, R-Ore. Sen. John McCain, R-Ariz., spoke in praise of the Udall brothers.
"The Udall brothers understood the importance of public service," said Secretary Norton. That approach parallels my own vision of citizen stewardship and cooperative conservation. Cooperative conservation has been the touchstone of this administration's tenure. My 4 C's: cooperation, communication, and consultation, all in the service of conservation, embody the Udall brother's tenets of civility, integrity and consensus."
The "Udall Brothers: Voices for the Environment" exhibition is located in the reading room of the Department of the Interior Library at 1849 C Street, N.W. and is open to the public, 8:30 a.m. to 4:30 p.m. from Monday to Friday except on federal holidays until July 29.''',
    quotes=[
        Q('"Voices for the Environment"', None, None),
        Q('"The Udall Brothers: Voices for the Environment,"', None, None),
        Q('"The Udall brothers understood the importance of public service,"', None, "Gale Norton"),
        Q('"Udall Brothers: Voices for the Environment"', None, None),
    ],
    aliases={"Gale Norton": ["Gale Norton", "Secretary of the Interior Gale Norton", "Secretary Norton"]},
),
dict(
    id="usbr-h734-2008-10-16-animas-la-plata-progress-ceremony",
    source="http://www.usbr.gov/newsroom/newsrelease/detail.cfm?RecordID=25161",
    license=PD, retrieved=PAGES + " (Bureau of Reclamation news release of October 16, 2008 on Secretary of the Interior Dirk Kempthorne and other leaders at a ceremony at Ridges Basin Dam marking the progress of the Animas-La Plata Project near Durango, Colorado; the lines 'Media Contact: Chris Paolino/Joan Moody, (202) 208-6416', 'Doug Hendrix, (801) 524-3837' and 'For Release: October 16, 2008' dropped; headline kept as the first line; the paragraph '\"The bottom-line is th', cut in the stored copy, dropped; many named guests of whom only one speaks in marks (H2474); 'President Joe Shirley the Navajo Nation' and straight marks as stored)",
    text='''Secretary Kempthorne Commends Progress on Animas-La Plata Project in Durango Ceremony Featuring Governor Ritter, Sen. Salazar and Ute and Navajo Tribal Leaders
DURANGO, CO - With the construction of the Animas-La Plata Project nearing completion in Colorado, Secretary of the Interior Dirk Kempthorne and other leaders lauded progress on the project in a ceremony today near the outlet works at the base of Ridges Basin Dam.
Several hundred project partners joined Kempthorne, Department of the Interior Solicitor David Bernhardt, Governor Bill Ritter, Sen. Ken Salazar, Chairman Clement Frost of the Southern Ute Indian Tribe, Chairman Ernest House of the Ute Mountain Ute Tribe, President Joe Shirley the Navajo Nation and Bureau of Reclamation Commissioner Robert Johnson in a celebration at the site.
The speeches and ceremonial water release commemorated the construction benchmark and the fulfillment of tribal water rights dating back to 1868.
"Animas La Plata is more than a source of water," Kempthorne said. "It is a significant economic development project for Native Americans. Not only will the tribes' economies benefit from 80 percent of the water allocation, but the project has meant a new future - jobs and training - for many Native Americans. Seventy percent of the workforce on the project has been Native American."
Construction of the project's key Colorado features, which include Ridges Basin Dam and Basin Creek drop structures, the Durango Pumping Plant, and Ridges Basin Inlet Conduit, is 97 percent completed. The focus now moves on to the parts of the project in New Mexico. In September, work began on the Navajo Nation Municipal Pipeline.
The Lake Nighthorse Reservoir is scheduled to start filling in spring 2009. Based on the current construction schedule, the Animas-La Plata Project is planned for completion in 2012.''',
    quotes=[
        Q('"Animas La Plata is more than a source of water,"', None, "Dirk Kempthorne"),
        Q('"It is a significant economic development', 'has been Native American."', "Dirk Kempthorne"),
    ],
    aliases={"Dirk Kempthorne": ["Dirk Kempthorne", "Secretary of the Interior Dirk Kempthorne", "Secretary Kempthorne", "Kempthorne"]},
),
dict(
    id="bia-h734-2001-fy2002-budget-bia-school-construction",
    source="https://www.bia.gov/offices/opa?page=173",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of 2001 (no date line in the stored copy) on the Fiscal Year 2002 budget request for Bureau of Indian Affairs school construction, with Interior Secretary Gale Norton; the lines '<p>Office of Public Affairs</p>' (twice) and 'Indian Affairs - Office of Public Affairs' dropped; the stored part has no headline, none added (H1818); the paragraph 'The Paschal Sherman Indian School is a K-9 school and dormitory ... In addition t', cut in the stored copy, dropped; the President's pledge quoted in part in the lead (H2473); the en dashes and curly marks as stored)",
    text='''WASHINGTON, D.C. – President Bush’s pledge on education that “no child shall be left behind” was reaffirmed today with the release of his Fiscal Year 2002 budget request of $2.2 billion for the Bureau of Indian Affairs (BIA). The request includes $292.5 million for BIA school construction – an increase of $162,000 over the 2001 enacted level – of which $122.8 million is to replace six aging BIA school facilities around the country, including the Paschal Sherman Indian School located in Omak, Wash., on the Colville Indian Reservation. “President Bush and I are committed to providing all BIA students with healthy and safe schools,” said Interior Secretary Gale Norton. “For far too long, Indian children have been left behind. This budget request shows the Bush Administration’s dedication to creating environments where the minds, spirits and aspirations of thousands of Native American children may flourish. Children can best learn, and teachers can best teach, when they aren’t worrying that their classrooms will fall down.”''',
    quotes=[
        Q('“no child shall be left behind”', None, "Bush"),
        Q('“President Bush and I are committed', 'healthy and safe schools,”', "Gale Norton"),
        Q('“For far too long', 'classrooms will fall down.”', "Gale Norton"),
    ],
    aliases={"Bush": ["Bush", "President Bush"],
             "Gale Norton": ["Gale Norton", "Interior Secretary Gale Norton"]},
),
]
