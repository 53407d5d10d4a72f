# Held-out English news texts (tests/data/heldout774-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news (public domain, 17 U.S.C. § 105): two USDA Forest Service
# releases (the national release of February 7, 2008 on the preferred alternative for the 2008 Planning Rule with Deputy
# Chief Joel Holtrop, fs.usda.gov; the Pacific Northwest Region's release of February 18, 2015 on Northwest Forest Plan
# listening sessions with Regional Foresters Jim Peña and Randy Moore, fs.usda.gov), NOAA release 99-4 of January 12,
# 1999 with Terry Garcia (fishingnj.org copy), an EPA release of September 7, 2010 with Administrator Lisa P. Jackson
# (copy on a mirror of EPA's archived newsroom), a FEMA Region 3 release of February 25, 2021 with Janice Barlow
# (relief.unboundmedicine.com feed copy), NASA release 01-191 of October 17, 2001 on Daniel S. Goldin's resignation
# (spacenews.com copy), a NASA Langley story-opportunities release (03-044, July 1, 2003, nasa.gov), a NASA Glenn story
# on its 'An Evening With the Stars' event (madeinspace.com copy) and VOA's Weekly Programming Highlights of September 8,
# 2023 (insidevoa.com). None is credited to AP, Reuters, AFP or another third party in the kept text. Stored copies are
# cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it
# opens a complete quotation (H2121, noted in `retrieved`). Site lines (labels, contact, date and release-number lines,
# navigation, a copying site's own preface, a release's meeting-access and mail block) and the empty lines between
# paragraphs are dropped; the hard line breaks inside the paragraphs of the spacenews.com copy are joined with a space
# (H902); a headline is kept once as the first line where the stored copy has one (none is added where it has none,
# H1818); wording ('79, 000', 'other’s ideas'), a line lost in a copy, double spaces, dashes and quotation marks (straight
# or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2520-H2524 in
# ANNOTATION.md on top of the earlier rules). The search budget ran out after 21 calls, so the set is smaller in quotes
# with a speaker than planned; three texts carry only quotations with speaker null.
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy of the agency's release on another site)"
VOA = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout774-en.jsonl

Built by `build.py` from `heldout774_pages.py`. Like heldout766-en, heldout758-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news, works of federal
employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not available for any work
of the United States Government"): two USDA Forest Service releases, the national news release of February 7, 2008 on
the preferred alternative of the Final Environmental Impact Statement for the 2008 Planning Rule, quoting Joel Holtrop,
Deputy Chief of the National Forest System (fs.usda.gov/news/releases), and the Pacific Northwest Region's release of
February 18, 2015, issued with the Pacific Southwest Region, on listening sessions for revising the land management
plans of the Northwest Forest Plan area, quoting Regional Foresters Jim Peña and Randy Moore (fs.usda.gov/detail/r6);
NOAA press release 99-4 of January 12, 1999 on the amendments under the Sustainable Fisheries Act, quoting Terry Garcia,
Commerce Department assistant secretary for oceans and atmosphere and NOAA deputy administrator, as reprinted on
fishingnj.org (the site of a New Jersey fishing organisation, under its own preface); the EPA Headquarters release of
September 7, 2010 on the first Great Lakes Restoration Initiative grants, quoting Administrator Lisa P. Jackson, as kept
on a mirror of EPA's archived newsroom pages (sftp10.xiaomicloud.ir/archive/epapages/newsroom_archive, the path of
epa.gov's archive); the FEMA Region 3 release of February 25, 2021 on the evaluation of the Peach Bottom Atomic Power
Station exercise, quoting Acting Regional Administrator Janice Barlow, as kept in the Relief News Updates feed of
relief.unboundmedicine.com; NASA Headquarters release 01-191 of October 17, 2001 on Administrator Daniel S. Goldin's
resignation, as reprinted on spacenews.com; the NASA Langley Research Center story-opportunities release 03-044 of July 1,
2003 (nasa.gov); a NASA Glenn Research Center story on its 'An Evening With the Stars' event of Aug. 29 (2023 or 2024),
as reprinted in the space-news feed of madeinspace.com; and the Voice of America's public relations page 'VOA Weekly
Programming Highlights, September 8, 2023' (insidevoa.com, VOA being a US government broadcaster whose staff works are
public domain). Reuse terms relied on: the releases are the agencies' own, issued by their press offices and speaking for
their officials; copies on other sites, mirrors and feeds carry the same government text and add no rights of their own,
and the copying sites' own lines are dropped. Licence caveats: the fishingnj.org copy opens with the site's own comment
on the release ('This press release by the National Oceanographic and Atmospheric Administration is at definite odds
with the "doom and gloom" predictions ...'), which is the site's text, not the government's, and is dropped with the
site's link lines; the release's label 'NOAA Press Release 99-4' and contact line name NOAA as the issuer; the EPA copy
is on a mirror host that keeps epa.gov's archive path and the release's EPA date and contact lines, and is taken as
EPA's release; the FEMA copy is a feed item with the release's FEMA Region III contact address; the Glenn story copy on
madeinspace.com (a company's site) shows no credit line in the kept text and is taken as NASA's story by its form (NASA's
'2 min read' page line, a NASA center's own event, names of NASA employees only), as that feed reprints NASA items; it
is dated by its event (Aug. 29) and its officials, not by a date line; the Langley release and the VOA page are on the
agencies' own sites. None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, noted per page: the 2008 Forest
Service release's '“This preferred alternative expands public involvement by requiring early and frequent public dialogue
in all phases of the development, imp', cut before its close and before any cue, so given to no one (H2121); the 2015
release's 'In order to set these listening sessions ... Triangle Associates, I'; the NOAA copy's 'Citizen managers of
eight regional fishery management councils ... for review by NOAA Fisheries managers t'; the EPA copy's 'The initiative
action plan, which covers FY 2010 through 2014, ... It was released with the Great Lakes area governors '; the FEMA
copy's 'FEMA created the Radiological Emergency Preparedness (REP) Program to (1) ensure the health and safety of'; the
Goldin copy's '“We have been through a lot together these past ten years. Our Agency’s greatest stre' (a quotation of
his speech, dropped with it); the Langley release's third item 'Competition Leads Students to Think Science. ... on how
science, technology, engi'; the Glenn story's 'In closing, Kenyon affirmed N'; the VOA page's last section, its heading
'French to Africa Service Coverage of Gabon Coup Generates Strong Interest' with its cut paragraph. Site lines were
dropped: the 2008 release's label 'News Release' and date line 'February 7, 2008 -'; the 2015 release's 'Release Date:',
'February 18, 2015', 'Contact:' and the contact line of Denise Adamic and Glen Sachet; the NOAA copy's label, contact
line, link lines, preface and date line 'January 12, 1999'; the EPA copy's 'Newsroom', 'All News Releases By Date',
'Release Date: 09/07/2010' and 'Contact Information: EPA Press Office, [email protected]'; the FEMA feed's 'Press
Releases' lines, the feed date and the second copy of the headline, and the release's block for the public meeting
(access line, Zoom link, passcode and meeting ID, the paragraph on written comments ending 'or by mail to:' and the
mailing address 'Janice P. Barlow / Acting Regional Administrator / FEMA Region III / 615 Chestnut Street, 6th Floor /
Philadelphia, PA 19106'), a contact block that ends the release's text before its cut closing paragraph (H2522); the
Goldin copy's contact lines (Bob Jacobs, Headquarters, Washington, telephone), date line and 'RELEASE: 01-191'; the
Langley page's 'Search Langley', 'Text Size', 'RELEASE NO. 03-044' and date line, and the second item's separate
contact line 'Interested media may contact Keith Henry at 757-864-6120 or' (the first item's contact sentence, inside its
paragraph, is kept as stored); the Glenn copy's '2 min read' and second copy of the headline; the VOA page's
'Accessibility links' and 'Breaking News'; and the empty lines between paragraphs. Headlines are kept once as the first
line where the stored copy has one (the two Forest Service releases with their subtitles, the 2015 release also with its
own heading line 'U.S. Forest Service to Hold Listening Sessions:', the EPA, FEMA and Glenn copies and the VOA page with
its section headings); the NOAA copy, the Goldin copy and the Langley release have none in the stored copy, and none is
added (H1818). The hard line breaks inside the paragraphs of the spacenews.com copy are joined with a space (H902); its
quotation paragraph lost its last line in the stored copy and ends 'National Aeronautics and Space' without its closing
mark, kept as stored (H2523). Wording ('79, 000 comments', 'listen to other’s ideas', 'early – career'), double and
triple spaces, dashes and quotation marks (straight or curly as stored, straight apostrophes inside curly marks in the
VOA page) are as stored. Pages read but left out: pages already in earlier sets (the NPS State of the Park release with
Jonathan B. Jarvis, the EPA Henderson perchlorate settlement, the EPA Week in Review with the Kalamazoo River settlement,
the EPA Hurricane Fiona update, the USGS items of the dgs.udel.edu aggregator (Asian carp, swamp eels, US Topo for Utah),
the FEMA Criswell visit to Lake Charles, the NASA release on Bolden's visit to Stennis, the NOAA State of the Sanctuaries
release, the Reclamation RSS feeds, the FWS Recovery Champion stories of 2008 and 2019, the USDA release on Matt Lohr on
mtbeef.org, the U.S. Embassy Baku donation on voicepress.az), pages that keep fewer than two annotatable quotations once
the cut paragraph is dropped (the Forest Service statement of Chief Dale Bosworth of December 27, 2001, whose second and
third paragraphs carry no opening marks; the FEMA Region 8 release on COVID-19 funding with Lee dePalo; the NASA Glenn
page on Michael Griffin's visit; the JSC statement of Roy S. Estess on Goldin's resignation; the FWS Pacific Region
report release whose first piece lost its opening mark; the Alaska Region roundtable release on a mailing-list archive;
the Tongass release reposted under a user's comment), other Langley story-opportunities releases with no quotation
(02-042, 01-009, September and June 1997) or a cut one (03-001), NASA newsletters stored as flattened PDF columns
(AeroSpace Frontiers, Lagniappe), listings, newsletters, grant notices, transcripts, speeches and remarks (blm.gov,
fema.gov, usgs.gov and fws.gov listings, NIH grant announcements, USDA transcripts of Secretary Johanns, embassy remarks,
a NASA press-briefing transcript), releases of senators and House committees (Feinstein, Boehlert and Hall) and pages of
newspapers, broadcasters, trade magazines, advocacy groups and blogs found by the same searches. None of the pages used
is in any set above or in another helper's worktree (checked by URL, slug and page id (STELPRD3830040,
one-step-closer-new-planning-rule, artnoaarecovery, 78cf4ddc1a0ac82d85257797005e944b, xiaomicloud, Press_Releases of
relief.unboundmedicine, 01-191, 03-044, glenn-stars-showcase, 7259910), by headline and by the names of their speakers
and phrases, such as Joel Holtrop, process of developing a forest plan, Preferred alternative for Final Environmental,
79, 000 comments, Jim Peña, original tenets and principles, Triangle Associates, Northwest Forest Plan, Denise Adamic,
once-in-a-lifetime opportunity, Sustainable Fisheries Act, Under a proposed series of amendments, Lisa P. Jackson,
long-overdue investment, boots on the ground and boats in the water, Funded projects will advance, Janice Barlow, Peach
Bottom, Biennial Emergency Preparedness Exercise, These drills are held every other year, FEMAR3NewsDesk, Goldin, ninth
Administrator, For nearly a decade, it has been my honor, Mars Rovers Up, Hypersonic X-Vehicle Ready, NASA Glenn
Forever, Windows on the River, Rickey Shyne, Jamesa Stokes, Xi dare not face Modi, VOA Mandarin’s in-depth article,
with grep over tests/data of the main tree and of every other helper's worktree: no hit, except Randy Moore, Terry
Garcia, Scott Smullen, Bob Jacobs and Kathy Barnstorff, named or quoted in other texts of earlier sets). 21 calls of the
`search` tool were used (no `read_file` calls); two further calls, and one `find_string` call, were refused because the
session's search budget was used up, which ended the search for texts. The annotation (rules H2520–H2524 in
`ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so the first score
is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""
DOCS = [
dict(
    id="usfs-h774-2008-02-07-planning-rule-preferred-alternative-feis",
    source="https://www.fs.usda.gov/news/releases/forest-service-moves-one-step-closer-new-planning-rule",
    license=PD, retrieved=PAGES + " (USDA Forest Service national news release of February 7, 2008 on the preferred alternative of the Final Environmental Impact Statement for the 2008 Planning Rule, with Joel Holtrop, Deputy Chief of the National Forest System; the label line 'News Release' and the date line 'February 7, 2008 -' dropped; headline and subtitle kept as the first two lines; the paragraph '\u201cThis preferred alternative expands public involvement by requiring early and frequent public dialogue in all phases of the development, imp', cut in the stored copy before its close and its cue, dropped (H2121, H2520); two pieces around the cue `stated`, the role in apposition after the name, and an alternative's name in single marks (H2520); the stored copy's '79, 000' and curly marks as stored)",
    text='''Forest Service Moves One Step Closer To New Planning Rule
Preferred alternative for Final Environmental Impact Statement of the 2008 Planning Rule is released
The U.S. Forest Service has moved one step closer to finalizing a new planning rule that will engage the public in the development, implementation and monitoring of forest plans. The release of the agency’s Final Environmental Impact Statement (FEIS) for the 2008 Planning Rule identifies the Forest Service’s preferred alternative and is a procedural move towards the implementation of a new planning rule.
The planning rule is important because it brings people together with the Forest Service to develop land management plans which provide the framework for all resource and recreation management on national forests and grasslands nationwide.
“The process of developing a forest plan is a public service that ensures a great future for national forests on behalf of the American public,” stated Joel Holtrop, Deputy Chief of the National Forest System. “We’re proud of this vitally important planning process and yet we recognize that improvements were needed to emphasize more public collaboration, to be more adaptive to changing environmental conditions, and to ensure the protection of wildlife. The preferred alternative encompasses all of these elements.”
After receiving and considering over 79, 000 comments on a draft environmental impact statement, the Forest Service developed ‘Alternative M’ as their preferred alternative. The alternative is based on public comment and builds on the 1982, 2002, and 2005 Planning Rules and years of professional forest planning experience. The preferred alternative provides extensive public participation and offers an approach to quickly respond to changing natural resource conditions.''',
    quotes=[
        Q('“The process of developing a forest plan', 'on behalf of the American public,”', "Joel Holtrop"),
        Q('“We’re proud of this vitally important', 'all of these elements.”', "Joel Holtrop"),
        Q('‘Alternative M’', None, None),
    ],
    aliases={"Joel Holtrop": ["Joel Holtrop", "Deputy Chief of the National Forest System"]},
),
dict(
    id="usfs-h774-2015-02-18-northwest-forest-plan-listening-sessions",
    source="https://fs.usda.gov/detail/r6/news-events/?cid=STELPRD3830040+",
    license=PD, retrieved=PAGES + " (USDA Forest Service Pacific Northwest Region (R6) news release of February 18, 2015, issued with the Pacific Southwest Region, on listening sessions for the revision of land management plans in the Northwest Forest Plan area, with Regional Foresters Jim Pe\u00f1a and Randy Moore; the lines 'Release Date:', 'February 18, 2015', 'Contact:' and 'Denise Adamic, 707-562-8822 ... Glen Sachet, 503-808-2790' dropped; headline kept as the first line, the release's own heading 'U.S. Forest Service to Hold Listening Sessions:' and its subtitle kept as stored (H2520); the paragraph 'In order to set these listening sessions and the revision process up to be successful, a neutral, third-party consultant, Triangle Associates, I', cut in the stored copy, dropped; two speakers with two pieces each after inverted cues with the role in apposition (H2520); the double space after the dateline's dash and curly marks as stored)",
    text='''U.S. Forest Service to Hold Northwest Forest Plan Amendment Listening Sessions
U.S. Forest Service to Hold Listening Sessions:
Public conversation to begin regarding revision of land management plans for the Northwest Forest Plan Amendment Area
VALLEJO, CA. and PORTLAND, OR –  The Pacific Northwest (OR, WA) and Pacific Southwest (CA) Regions of the U.S. Forest Service are beginning a public conversation on the process for revising forest land management plans in the Northwest Forest Plan amendment area.
“The Forest Service is committed to the original tenets and principles of the Northwest Forest Plan,” said Jim Peña, Pacific Northwest Regional Forester. “We want to share what we’ve learned and are thinking, and listen to other’s ideas and concerns.”
The land management plans within the Northwest Forest Plan area guide how resources will be managed for 15 to 20 years. These plans are due for revision.
“Since the Northwest Forest Plan was adopted 20 years ago, there have been many advances in natural resource research and monitoring,” said Randy Moore, Pacific Southwest Regional Forester. “We are committed to using the best available science in revising these land management plans.”
The plan revisions will be completed under the 2012 planning rule, which places a strong emphasis on public engagement and collaboration throughout the process.
To gather ideas on the revision process, the Forest Service is holding a series of public listening sessions March 17, 2015 in Portland, OR; March 18, 2015 in Seattle, WA; and March 25, 2015 in Redding, CA. The Forest Service will announce session times and location details as they become available.''',
    quotes=[
        Q('“The Forest Service is committed', 'of the Northwest Forest Plan,”', "Jim Peña"),
        Q('“We want to share', 'ideas and concerns.”', "Jim Peña"),
        Q('“Since the Northwest Forest Plan was adopted', 'research and monitoring,”', "Randy Moore"),
        Q('“We are committed to using', 'these land management plans.”', "Randy Moore"),
    ],
    aliases={"Jim Peña": ["Jim Peña", "Pacific Northwest Regional Forester"],
             "Randy Moore": ["Randy Moore", "Pacific Southwest Regional Forester"]},
),
dict(
    id="noaa-h774-1999-01-12-sustainable-fisheries-act-amendments",
    source="https://www.fishingnj.org/artnoaarecovery.htm",
    license=PDC, retrieved=PAGES + " (copy of NOAA press release 99-4 of January 12, 1999 on the amendments to the fishery management plans under the Sustainable Fisheries Act, with Terry Garcia, Commerce Department assistant secretary for oceans and atmosphere and NOAA deputy administrator, on fishingnj.org; the lines 'NOAA Press Release 99-4', 'Contact: Scott Smullen' and 'Link to NJ Fishing Consumer Alert page Link to NJ Fishing Consumer Alert page', the copying site's own preface ('This press release by the National Oceanographic and Atmospheric Administration is at definite odds with the \"doom and gloom\" predictions ... the release refers to?') and the date line 'January 12, 1999' dropped, so the preface's marks are not annotated (H2521); no headline in the stored copy, none added (H1818); the paragraph 'Citizen managers of eight regional fishery management councils ... for review by NOAA Fisheries managers t', cut in the stored copy, dropped; two pieces around an inverted cue with a double role in apposition (H2521); straight marks as stored)",
    text='''Under a proposed series of amendments to existing fishing law, the foundation to more effectively manage marine fish stocks and protect fish habitat nationwide will be complete by this summer, NOAA's National Marine Fisheries Service announced today.
While it is too early to say exactly how fishing may or may not change in a given area or for a particular species, National Oceanic and Atmospheric Administration officials believe the goals of the Sustainable Fisheries Act's new management strategy will result in measures that will better protect fish habitat, reduce bycatch, and make fishing practices more environmentally friendly and sustainable.
"We are in the midst of a once-in-a-lifetime opportunity to correct overfished conditions and better protect many important fisheries. Fishermen, their communities, and all who are concerned with conservation of the ocean are relying on us to succeed," said Terry Garcia, Commerce Department assistant secretary for oceans and atmosphere and NOAA deputy administrator. "The Sustainable Fisheries Act represents a major policy shift by the federal government to ensure that we achieve the greatest long-term benefits to the nation from our fishery resources."''',
    quotes=[
        Q('"We are in the midst', 'relying on us to succeed,"', "Terry Garcia"),
        Q('"The Sustainable Fisheries Act represents', 'from our fishery resources."', "Terry Garcia"),
    ],
    aliases={"Terry Garcia": ["Terry Garcia", "Commerce Department assistant secretary for oceans and atmosphere and NOAA deputy administrator"]},
),
dict(
    id="epa-h774-2010-09-07-great-lakes-restoration-initiative-grants",
    source="https://sftp10.xiaomicloud.ir/archive/epapages/newsroom_archive/newsreleases/78cf4ddc1a0ac82d85257797005e944b.html",
    license=PDC, retrieved=PAGES + " (copy of the EPA Headquarters news release of September 7, 2010 on the first competitive grants of the Great Lakes Restoration Initiative, with Administrator Lisa P. Jackson, on a mirror of EPA's archived newsroom pages (path archive/epapages/newsroom_archive/newsreleases); the lines 'Newsroom' and 'All News Releases By Date', the date line 'Release Date: 09/07/2010' and the contact line 'Contact Information: EPA Press Office, [email protected]' dropped; headline kept as the first line; the paragraph 'The initiative action plan, which covers FY 2010 through 2014, ... It was released with the Great Lakes area governors ', cut in the stored copy, dropped; two pieces around a surname-only cue after a lead with the full title (H2522); curly marks as stored)",
    text='''EPA Great Lakes Restoration Initiative Grants Awarded
WASHINGTON – The U.S. Environmental Protection Agency has begun to award its competitive grants under President Barack Obama’s Great Lakes Restoration Initiative, which is targeting the most significant environmental problems in the region. EPA Administrator Lisa P. Jackson traveled to Toledo, Ohio and Green Bay, Wisconsin today to highlight several local projects that received funding in the first round of grant awards.
“These grants are a long-overdue investment in a place that is home to millions of Americans, billions of dollars in economic activity, and 95 percent of our nation’s fresh surface water. It’s essential that we act today, and set a new standard of care for the next generation,” said Jackson. “President Obama has made protecting the Great Lakes a national priority. EPA is investing in a diverse network of partners to put boots on the ground and boats in the water to begin this historic Great Lakes restoration effort.”
Awards will be published on the multi-agency website at http://greatlakesrestoration.us.
Funded projects will advance the goals and objectives of the Great Lakes Restoration Initiative Action Plan, which EPA Administrator Jackson announced in cooperation with 15 other participating agencies and the Great Lakes governors in February.
The Great Lakes provide some 30 million Americans with drinking water and underpin a multi-billion dollar economy. Since February 2009, President Obama has proposed significant funding as part of his Great Lakes Restoration Initiative, the largest investment in the Great Lakes in two decades.''',
    quotes=[
        Q('“These grants are a long-overdue investment', 'for the next generation,”', "Lisa P. Jackson"),
        Q('“President Obama has made protecting', 'Great Lakes restoration effort.”', "Lisa P. Jackson"),
    ],
    aliases={"Lisa P. Jackson": ["Lisa P. Jackson", "EPA Administrator Lisa P. Jackson", "EPA Administrator Jackson", "Jackson"]},
),
dict(
    id="fema-h774-2021-02-25-peach-bottom-preparedness-exercise",
    source="https://relief.unboundmedicine.com/relief/view/Relief%20News%20Updates/1228002/all/Press_Releases",
    license=PDC, retrieved=PAGES + " (copy of the FEMA Region 3 press release of February 25, 2021 on the evaluation of the biennial emergency preparedness exercise at the Peach Bottom Atomic Power Station, with Acting Regional Administrator Janice Barlow, in the Relief News Updates feed of relief.unboundmedicine.com; the feed's lines 'Press Releases' (three times), the feed date 'Thu, 25 Feb 2021 15:58:51 +0000' and the second copy of the headline dropped; headline kept once as the first line; the release's meeting-access and mail block (' Access to the public meeting is provided below:', 'Launch Meeting - Zoom (zoomgov.com)', 'Passcode \u2013 858248', 'Meeting ID - 161 693 9695', the paragraph 'At the public meeting, FEMA may request ... or by mail to:' and the address lines 'Janice P. Barlow', 'Acting Regional Administrator', 'FEMA Region III', '615 Chestnut Street, 6th Floor', 'Philadelphia, PA 19106') dropped as a contact block, with the paragraph after it, 'FEMA created the Radiological Emergency Preparedness (REP) Program to (1) ensure the health and safety of', cut in the stored copy (H2522); two pieces around an inverted cue with the acting title in apposition (H2522); the double and triple spaces between sentences and curly marks as stored)",
    text='''FEMA to Evaluate Readiness of the Commonwealth of Pennsylvania
PHILADELPHIA – The Department of Homeland Security, Federal Emergency Management Agency (FEMA) will evaluate a Biennial Emergency Preparedness Exercise at the Peach Bottom Atomic Power Station. The exercise will occur during the week of March 1, 2021 to assess the ability of the Commonwealth of Pennsylvania to respond to an emergency at the nuclear facility.
“These drills are held every other year to evaluate government’s ability to protect public health and safety,” said Janice Barlow, Acting Regional Administrator for FEMA Region 3. “We assess state and local government emergency response capabilities within the 10-mile Emergency Planning Zone within the Commonwealth of Pennsylvania.”
Within 90 days, FEMA will send its evaluation to the Nuclear Regulatory Commission (NRC) for use in licensing decisions.  The final report will be available to the public approximately 120 days after the exercise.
FEMA will present preliminary findings of the exercise during a public meeting at 10:00 a.m. on March 5, 2021.  Due to the Public Health Emergency the meeting will be conducted in a virtual format via Zoom.   Planned speakers include representatives from FEMA.''',
    quotes=[
        Q('“These drills are held every other year', 'public health and safety,”', "Janice Barlow"),
        Q('“We assess state and local government', 'the Commonwealth of Pennsylvania.”', "Janice Barlow"),
    ],
    aliases={"Janice Barlow": ["Janice Barlow", "Acting Regional Administrator for FEMA Region 3"]},
),
dict(
    id="nasa-h774-2001-10-17-goldin-announces-resignation",
    source="https://spacenews.com/nasa-administrator-daniel-s-goldin-announces-resignation/",
    license=PDC, retrieved=PAGES + " (copy of NASA Headquarters release 01-191 of October 17, 2001 on Administrator Daniel S. Goldin's resignation, effective November 17, on spacenews.com; the contact lines 'Bob Jacobs', 'Headquarters, Washington' and '(Phone: 202/358-1600)', the date line 'Oct. 17, 2001' and 'RELEASE: 01-191' dropped; no headline in the stored copy, none added (H1818); the hard line breaks inside the paragraphs joined with a space (H902); the quotation paragraph ends 'Administrator for the National Aeronautics and Space' with its last wrapped line lost in the stored copy, kept as stored, the second piece running to the paragraph end without a closing mark (H953, H2523); the paragraph '\u201cWe have been through a lot together these past ten years. Our Agency\u2019s greatest stre', cut in the stored copy, dropped (H2121); a cue naming the addressee of a letter, and `the Administrator` (H2523); curly marks as stored)",
    text='''After nearly ten years as the head of America’s space program, NASA’s longest-serving Administrator, Daniel S. Goldin, today announced his resignation, effective November 17.
“For nearly a decade, it has been my honor to serve the American people by leading our Nation’s space program and its dedicated personnel,” Administrator Goldin said in a letter to President George W. Bush. “It was the highlight of my life when your father asked me in 1992 to serve as America’s ninth Administrator for the National Aeronautics and Space
In his letter, the Administrator added he was happy and proud to serve three presidents and considered it an honor and a duty to stay when President Bush asked him to minister the office until a new NASA Administrator was found.
While no replacement has been selected, Administrator Goldin will work with the Administration before he leaves office to identify an interim Acting Administrator.
Administrator Goldin, 61, was appointed NASA Administrator April 1, 1992, by President George H.W. Bush and became the Agency’s longest-serving chief on March 5, 2001, surpassing James Fletcher’s previous record of nearly nine years during two separate terms.
The Administrator also announced he has accepted an interim position as a Senior Fellow for the Council on Competitiveness in Washington, as he transitions into the private sector. The Council sets an action agenda to drive U.S. economic competitiveness and leadership in world markets to raise the standard of living for all Americans, and focuses on strengthening domestic innovation, upgrading the workforce, and benchmarking national economic performance.
In a speech to NASA employees broadcast nationwide on NASA Television, Administrator Goldin thanked the Agency workforce and applauded their dedication.''',
    quotes=[
        Q('“For nearly a decade', 'and its dedicated personnel,”', "Daniel S. Goldin"),
        Q('“It was the highlight of my life', 'National Aeronautics and Space', "Daniel S. Goldin"),
    ],
    aliases={"Daniel S. Goldin": ["Daniel S. Goldin", "Administrator Goldin", "the Administrator"]},
),
dict(
    id="nasa-larc-h774-2003-07-01-story-opportunities-rovers-x43a",
    source="https://www.nasa.gov/centers/langley/news/releases/2003/03-044.html",
    license=PD, retrieved=PAGES + " (NASA Langley Research Center story-opportunities release 03-044 of July 1, 2003 (Mars Exploration Rover entry and parachute work, X-43A reflight); the site lines 'Search Langley' and 'Text Size', 'RELEASE NO. 03-044' and the date line 'July 1, 2003' dropped; no headline in the stored copy, none added (H1818); the first item's contact sentence 'Contact Kathy Barnstorff at 757-864-9886 or', inside its paragraph and cut short in the stored copy, kept as stored, the second item's separate contact line 'Interested media may contact Keith Henry at 757-864-6120 or' dropped; the third item 'Competition Leads Students to Think Science. ... on how science, technology, engi', cut in the stored copy, dropped; the rover names and a writer's term in marks, no speaker (H2524); straight marks as stored)",
    text='''Mars Rovers Up … Langley Prepared to Help them Come Down. More than a dozen Langley engineers are paying close attention to the Mars Exploration Rover currently on its way to the Red Planet. The second rover is due to follow in early July. Langley helped develop the capsules that will protect the rovers from excessive heat while entering the Martian atmosphere. They also helped design and test the giant parachute that will slow the landers during descent and will help maneuver the capsules to the precise landing zone. The 400-pound, golf-cart sized "Spirit" and "Opportunity" rovers are scheduled to reach Mars in January. The Mars Exploration Rover missions seek to determine the history of climate and water at two sites on Mars where conditions may have once been favorable to life. Contact Kathy Barnstorff at 757-864-9886 or
Hypersonic X-Vehicle Ready for Reflight. NASA has set this fall for the reflight of the experimental X-43A hypersonic flight demonstrator. Since the first flight attempt failed in June 2001, an investigative board has completed its review of the mishap and NASA has reduced risk for the upcoming flight in a number of ways. As before, a NASA B-52 will carry the Pegasus launch vehicle and X-43A aloft for their release after which the booster will accelerate the unpiloted 12-foot-long vehicle to seven times the speed of sound. The flight will demonstrate, for the first time, "air-breathing" engine technologies on an aircraft in flight. These technologies may lead to a cheaper way to get into space. NASA Langley manages the overall program, while NASA Dryden Flight Research Center at Edwards AFB, Calif. manages the flight element.''',
    quotes=[
        Q('"Spirit"', None, None),
        Q('"Opportunity"', None, None),
        Q('"air-breathing"', None, None),
    ],
    aliases={},
),
dict(
    id="nasa-grc-h774-glenn-stars-evening-with-the-stars",
    source="https://madeinspace.com/space-news-updates/glenn-stars-showcase-research-and-technology",
    license=PDC, retrieved=PAGES + " (copy of a NASA Glenn Research Center story on its 'An Evening With the Stars' event of Aug. 29 (year not printed in the kept text; Jimmy Kenyon as Center Director and Bob Cabana as Associate Administrator place it in 2023 or 2024) on madeinspace.com's space-news feed, which reprints NASA items (no credit line in the kept text; taken as NASA's story by its form, SOURCES.md); the NASA page line '2 min read' and the second copy of the headline dropped; headline kept once as the first line; the paragraph 'In closing, Kenyon affirmed N', cut in the stored copy, dropped; a headline word, an event name and a theme in marks, eight named people reported without marks (H2524); the spaced dashes ('early \u2013 career') and curly marks as stored)",
    text='''Glenn “Stars” Showcase Research and Technology
NASA’s Glenn Research Center’s “An Evening With the Stars,” held Aug. 29 at Windows on the River near Cleveland’s historic waterfront, showcased research and technology innovations that addressed this year’s theme, “NASA Glenn Now – NASA Glenn Forever.”
The event, which attracted sponsors and guests from more than 50 companies, universities, and organizations, featured opening remarks by NASA Associate Administrator Bob Cabana, NASA Glenn Center Director Dr. Jimmy Kenyon, and Ohio Aerospace Institute President John Sankovic.
Kenyon then introduced the presenters – NASA’s stars of the evening – and their topics.
Carlos Flores, chief of the Strategic Planning Branch for Facilities and Infrastructure, shared details on Glenn’s Facilities Master Plan. This plan ensures the center possesses the facilities and capabilities to meet future mission requirements while maintaining the agency’s critical infrastructure.
Dr. Rickey Shyne, director of Research and Engineering, highlighted some of Glenn’s current and future technologies. Shyne leads and manages all research and development competencies in propulsion, communications, power, and materials and structures for extreme environments in support of NASA’s aeronautics and space missions.
Three early – career employees shared their personal journeys to NASA and how they’re contributing to the agency’s current and future missions.
Dr. Jamesa Stokes explained how she’s using materials science and engineering to protect human life and flight vehicles on Earth and in space.
Gretchen Morales-Valles highlighted the history of Glenn’s Icing Research Tunnel and how its research will pave the way for the future of flight.
Darcy DeAngelis outlined how – through system safety – NASA controls and mitigates risks to ensure astronauts return home safely.''',
    quotes=[
        Q('“Stars”', None, None),
        Q('“An Evening With the Stars,”', None, None),
        Q('“NASA Glenn Now – NASA Glenn Forever.”', None, None),
    ],
    aliases={},
),
dict(
    id="voa-h774-2023-09-08-weekly-programming-highlights",
    source="https://www.insidevoa.com/a/7259910.html",
    license=VOA, retrieved=PAGES + " (VOA public relations page 'VOA Weekly Programming Highlights, September 8, 2023' on insidevoa.com; the navigation lines 'Accessibility links' and 'Breaking News' dropped; the title kept as the first line and the section headings as stored; the last section, its heading 'French to Africa Service Coverage of Gabon Coup Generates Strong Interest' with its paragraph 'VOA French to Africa provided blow-by-blow coverage ... The service\u2019s stringer in the capital of Libreville se', cut in the stored copy, dropped; two comments of unnamed viewers in marks, null, and named officials reported without marks (H2524); straight apostrophes inside curly marks as stored)",
    text='''VOA Weekly Programming Highlights, September 8, 2023
Major Outlets Cite VOA Mandarin’s Reporting on Xi's Absence at G20
VOA Mandarin’s in-depth article on President Xi’s absence from the G20 summit and its implications for China’s geopolitical competition with India was picked up by Singapore’s largest Chinese-language newspaper Lianhe Zaobao, Taiwan's United Daily and influential YouTuber Caijinglengyan. The article was reposted on popular online forums Zhihu and Reddit. Mandarin’s two news reports on world reaction and analysis generated 21K+ combined page views from September 4 to September 5. “With India's economy booming, China's plummeting, Xi dare not face Modi,” said one viewer, while another commented, “Democratic India…completely smashes authoritarian China’s Asian dream.”
VOA’s Exclusive Report on Russian Scam Sites Widely Cited by Ukrainian Media
VOA’s report on Russian sites obtaining personal data from thousands of Ukrainians was picked up by more than 50 online media outlets, including popular Ukrainian outlets Ukrayinska-Pravda, TSN, NV and Ukrinform. U.S. defense officials told VOA that Russia has been using sham websites to obtain information from Ukrainian soldiers and their family members in what they believe is an attempt to detain family members living in occupied Ukraine and deport them to Russia. Two U.S. defense officials say a Russian information warfare unit has created at least two phishing websites, and, posing as support websites for friends and family of missing, captured or fallen Ukrainian soldiers. Petro Yatsenko, spokesman for Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, confirmed to VOA that the two websites are scams.''',
    quotes=[
        Q("“With India's economy booming", 'Xi dare not face Modi,”', None),
        Q('“Democratic India…completely', 'China’s Asian dream.”', None),
    ],
    aliases={},
),
]
