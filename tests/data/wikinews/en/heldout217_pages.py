# Held-out English news pages (tests/data/heldout217-en.jsonl), none of them used in an earlier set. US federal news
# texts, works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages`
# search corpus): two USGS news releases as syndicated by the Delaware Geological Survey's 'USGS Newsroom' aggregator
# (dgs.udel.edu: parasites in Asian swamp eels, March 12, 2014; new US Topo maps for Utah with a new road data
# provider), an EPA Office of Water release of May 25, 2005 on BEACH Act grants from EPA's 'Additional Text Archive'
# page as archived by the UNT End of Term web archive, and a USDA Forest Service news item on the 'Toward Shared
# Stewardship across Landscapes' strategy as republished under its Forest Service origin by rvingusa.com. None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and a cut paragraph or list is dropped (noted in `retrieved`). Site lines, aggregator
# headings and date lines, 'Summary:' lines, contact lines, editor's notes, labels ('NEWS RELEASES') and link lines are
# dropped; blank lines and spaces at the end of a line are dropped; wording, spacing inside paragraphs and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1375-H1377 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout217-en.jsonl

Built by `build.py` from `heldout217_pages.py`. Like heldout31-en, heldout79-en, heldout175-en and other sets above,
these texts are US federal news texts taken from stored web pages (the `pages` search corpus), none of them used in a
set above: two USGS news releases as syndicated by the Delaware Geological Survey's 'USGS Newsroom' aggregator
(dgs.udel.edu: parasitic worms in Asian swamp eels, March 12, 2014, USGS scientist Rebecca Cole; new US Topo maps for
Utah with road data from HERE, with Roy Kolstad of HERE), an EPA release of May 25, 2005 on BEACH Act grants (Assistant
Administrator for Water Benjamin Grumbles) from EPA's 'Additional Text Archive' page as archived by the UNT End of Term
web archive, and a USDA Forest Service news item on the wildfire and forest-health strategy 'Toward Shared Stewardship
across Landscapes' (Secretary of Agriculture Sonny Perdue and Interim Chief Vicki Christiansen), republished under its
Forest Service origin by rvingusa.com. All are US government works in the public domain (17 U.S.C. § 105); none is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Aggregator headings, date and summary lines, contact
lines, labels, editor's notes and link lines were dropped; wording and quotation marks are as stored. None of these
pages is used in any set above (checked by URL, by the names of their speakers and by distinctive phrases, including in
the other helpers' worktrees; heldout79-en used two other releases from the same aggregator and listed the US Topo
release among its skipped candidates; Sonny Perdue and Vicki Christiansen also speak in earlier sets, on other pages).
The annotation (rules H1375–H1377 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-usgs-2014-03-12-parasite-asian-swamp-eels",
    source="http://www.dgs.udel.edu/aggregator/sources/1?page=1",
    license=PDC, retrieved=PAGES + " (USGS release of Mar 12, 2014 as syndicated by the Delaware Geological Survey's 'USGS Newsroom' aggregator; the aggregator's newsletter box and headings, 'Updated: 2 hours 11 min ago', the date line 'Wed, 03/12/2014 - 16:52', the 'Summary:' line and the contact lines dropped; the paragraph 'Co-author and USGS scientist Leo Nico said ...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Parasite in Live Asian Swamp Eels May Cause Human Illness
Raw or undercooked Asian swamp eels could transmit a parasitic infection called gnathostomiasis to consumers.
U.S. Geological Survey scientists found parasitic worms known as gnathostomes in Asian swamp eels collected between 2010 and 2012 from ethnic food markets and in Florida waters where the eel species is invasive. If eaten raw or undercooked, these eels could transmit their parasites to people, causing mild to serious disease. Severe cases of the infection can lead to blindness, paralysis or death. The USGS study was published today in the journal Emerging Infectious Diseases.
"Because live Asian swamp eels are commonly imported to the U.S., a person's dietary history and not just travel history should be considered when diagnosing gnathostomiasis," said Rebecca Cole, USGS scientist and lead author of the study.
Swamp eels transported live from Southeast Asia are sold in many urban ethnic food markets in the United States, and have been released into waters in Florida, Georgia and New Jersey. During the USGS study, scientists found gnathostome worms in eels collected from markets in Manhattan, N.Y., Atlanta, Ga., and Orlando, Fla., and in wild eels caught in peninsular Florida. All of the infected eels obtained from markets were imported from Bangladesh.
"Consumers should be aware of the risk of contracting gnathostomiasis from Asian swamp eels if they are eating raw or undercooked eels," Cole said.''',
    quotes=[
        Q('"Because live Asian swamp eels', 'diagnosing gnathostomiasis,"', "Rebecca Cole"),
        Q('"Consumers should be aware', 'undercooked eels,"', "Rebecca Cole"),
    ],
    aliases={"Rebecca Cole": ["Cole"]},
),
dict(
    id="gov-en-usgs-us-topo-utah-new-road-provider",
    source="http://www.dgs.udel.edu/aggregator/sources/1",
    license=PDC, retrieved=PAGES + " (USGS release as syndicated by the Delaware Geological Survey's 'USGS Newsroom' aggregator; the aggregator's newsletter box and headings, 'Updated: 2 hours 49 min ago', the line '5 hours 51 min ago', the 'Summary:' line (a copy of the first paragraph) and the contact lines dropped; the line 'Other re-design enhancements and new features:' and its list, cut in the stored copy, dropped; spaces at line ends dropped; the double space in 'maps  for' and the missing full stop after 'revision cycle' as stored)",
    text='''New Utah Maps and Road Provider
Newly released US Topo maps  for Utah now feature a new commercial road data provider. The latest highway, road and street data from HERE has been added to the 1,476 revised US Topo quadrangles for the state.
"HERE, a Nokia business, is proud to provide fresh, robust and comprehensive map content to the State of Utah and the US Topo Maps program," said Roy Kolstad, VP Sales Enterprise Americas, HERE. "We are excited for users to experience the benefits HERE brings with our more than 25 years of experience in cartography, drawing on more than 80,000 sources of data."
The new maps also include Public Land Survey System (PLSS). These data are added to the growing list of states west of the Mississippi River. PLSS is a way of subdividing and describing land in the United States. All lands in the public domain are subject to subdivision by this rectangular system of surveys, which is regulated by the U.S. Department of the Interior. Other selected states will begin getting PLSS map data during the next respective revision cycle
The new design for US Topo maps improves readability of maps for online and printed use, while retaining the look and feel of the traditional USGS topographic map. Map symbols are easy to read when the digital aerial photograph layer imagery is turned on.''',
    quotes=[
        Q('"HERE, a Nokia business', 'Topo Maps program,"', "Roy Kolstad"),
        Q('"We are excited', 'sources of data."', "Roy Kolstad"),
    ],
),
dict(
    id="gov-en-epa-2005-05-25-federal-dollars-help-states-improve-beaches",
    source="https://webarchive.library.unt.edu/eot2008/20080919225631/http://www.epa.gov/aging/press/news_text_archive.htm",
    license=PD, retrieved=PAGES + " (EPA release of May 25, 2005, the first item of EPA's 'News: Additional Text Archive' page as archived by the UNT End of Term web archive; the line 'Jump to main content.', the page heading, the date line 'May 25, 2005' and the contact line 'Contact: Stacie Keller, ...' dropped; the paragraph 'The administration's Clean Beaches Plan finalized in April 2004 ...', cut in the stored copy, and the later items of the page dropped; straight marks as stored)",
    text='''Federal Dollars Help States Improve the Nation's Beaches
(Washington, D.C.-May 25, 2005) As Americans plan their summer vacations this Memorial Day weekend, EPA is helping states, tribes, and local beach managers to improve their beach monitoring and public notification programs. The Bush Administration announced almost $10 million in grants today to assist in monitoring for pathogens in recreational waters. During the past four years, EPA has provided nearly $42 million in grant money to 35 coastal states and territories.
"Beaches are often a part of our summer recreational activities," said Benjamin Grumbles, assistant administrator for the Office of Water. "Through these grants, we can improve the water quality and keep the public informed so that they can enjoy trips to the beach confidently."
Congress passed the Beaches Environmental Assessment and Coastal Health Act (BEACH Act) in October 2000 to make monitoring programs more consistent nationwide, improve water quality testing at the beach, and help beach managers better inform the public about water quality problems. The act authorizes EPA to award grants to help eligible states, tribes, and territories develop and implement beach water quality monitoring and notification programs. These grants also help develop and implement programs to inform the public about the risk of exposure to disease-causing microorganisms in coastal waters (including the Great Lakes).''',
    quotes=[
        Q('"Beaches are often', 'recreational activities,"', "Benjamin Grumbles"),
        Q('"Through these grants', 'beach confidently."', "Benjamin Grumbles"),
    ],
),
dict(
    id="gov-en-usfs-2018-forest-service-prepares-for-next-wildfire",
    source="https://rvingusa.com/amp/the-buzz-news-archives/open-road-lifestyle/forest-service-prepares-for-next-wildfire-and-other-epidemics",
    license=PDC, retrieved=PAGES + " (USDA Forest Service news item as republished by rvingusa.com, which states that it was first published on the Forest Service's website; the label 'NEWS RELEASES', the editor's note 'Editor's Note: This news item was retrieved and first published through USDA Forest Service's website.' and the closing link line 'View the complete strategy available at the USDA Forest Service website.' dropped; the straight opening and curly closing mark of Sonny Perdue's statement as stored (H1376))",
    text='''U.S. Forest Service Prepares For Next Wildfire And Other Epidemics
WASHINGTON, D.C. - The U.S. Department of Agriculture (USDA) Forest Service (USFS) announced today a new strategy - in the form of a PDF report titled Toward Shared Stewardship across Landscapes: An Outcome-based Investment Strategy - for managing catastrophic wildfires and the impacts of invasive species, drought, and insect and disease epidemics. U.S. Secretary of Agriculture Sonny Perdue visited California last week and saw the destruction occurring and had this statement to say: "We commit to work more closely with the states to reduce the frequency and severity of wildfires. We commit to strengthening the stewardship of public and private lands. This report outlines our strategy and intent to help one another prevent wildfire from reaching this level.”
Federal and private managers of forest land face a range of urgent challenges, among them catastrophic wildfires, invasive species, degraded watersheds, and epidemics of forest insects and disease. Of particular concern are longer fire seasons, the rising size and severity of wildfires, and the expanding risk to communities, natural resources, and firefighters. “The challenges before us require a new approach,” said Interim USFS Chief Vicki Christiansen in a USDA press release. A key component of the new strategy is to prioritize investment decisions on forest treatments in direct coordination with states using the most advanced science tools.''',
    quotes=[
        Q('"We commit to work', 'reaching this level.”', "Sonny Perdue"),
        Q('“The challenges before us', 'new approach,”', "Vicki Christiansen"),
    ],
    aliases={"Sonny Perdue": ["U.S. Secretary of Agriculture Sonny Perdue"],
             "Vicki Christiansen": ["Interim USFS Chief Vicki Christiansen"]},
),
]
