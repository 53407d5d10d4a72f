# Held-out English news texts (tests/data/heldout339-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases of US federal departments and agencies other than the military (public
# domain, 17 U.S.C. § 105): a Department of Energy Fossil Energy Techline of December 10, 1999 (Secretary Bill
# Richardson designates the Federal Energy Technology Center as the National Energy Technology Laboratory, with Senator
# Robert C. Byrd), a Bureau of Land Management release of May 25, 2004 (national volunteer awards, Director Kathleen
# Clarke), a USDA Forest Service Pacific Northwest Region release of August 20, 2019 (agreement with Slavic Family
# Media), two NOAA releases (2007-R901 on NOAA's 2006 accomplishments and 2004-026 on its 2003 achievements, both quoting
# Conrad C. Lautenbacher) and a Department of Energy release on the Secretary's Gold Award for eight laboratory directors
# (Secretary Spencer Abraham, copied verbatim on supercomputingonline.com). None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# is dropped; where a copy prints the body as one paragraph, the text ends on its last complete sentence (noted in
# `retrieved`). Release-number, contact and site lines, section labels, category lines and photo captions are dropped;
# list items are kept as lines without their bullets; wording and quotation marks (straight or curly as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H1845-H1848 in ANNOTATION.md on top of
# H1-H1844).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PD_COPY = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout339-en.jsonl

Built by `build.py` from `heldout339_pages.py`. Like heldout175-en, heldout200-en, heldout251-en, heldout259-en,
heldout277-en and heldout289-en, these texts are stored web pages (the `pages` search corpus) of news releases of US
federal departments and agencies other than the military (public domain, 17 U.S.C. § 105), none of them used in a set
above: a Department of Energy Fossil Energy Techline of December 10, 1999 on Secretary Bill Richardson designating the
Federal Energy Technology Center (Morgantown and Pittsburgh) as the National Energy Technology Laboratory, with Senator
Robert C. Byrd (fossil.energy.gov), a Bureau of Land Management release of May 25, 2004 on the 'Making a Difference'
national volunteer awards with Director Kathleen Clarke (blm.gov), a USDA Forest Service Pacific Northwest Region
release of August 20, 2019 on its agreement with Slavic Family Media (the region's news site 'Your Northwest Forests',
stored as its 'Leadership' category page), two NOAA public-affairs releases quoting Administrator Conrad C.
Lautenbacher (2007-R901 of January 2007 on NOAA's accomplishments in 2006, and 2004-026 of March 2004 on its
achievements in 2003; publicaffairs.noaa.gov) and a Department of Energy release on Secretary Spencer Abraham presenting
the Secretary's Gold Award to eight current and former national laboratory directors (undated, after Edward Teller's
death in 2003; copied verbatim on supercomputingonline.com). None is credited to AP, Reuters, AFP or another third
party; the copy on a non-government site is the agency's own text, not reporting of that site. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept and a cut paragraph is dropped, and where a copy
prints the body as one paragraph the text ends on its last complete sentence (what was dropped is noted per page).
Release-number, contact and site lines, the Techline date label, the section label 'ACADEMIA', the category line and
photo captions were dropped; list items are kept as lines without their bullets (as heldout225-en); wording and
quotation marks are as stored. The NOAA release 2004-026 is a different release from NOAA 04-124 in heldout225-en
(December 2004), although both open Lautenbacher's quotation with 'NOAA is where science gains value'. None of these
pages is used in any set above (checked by URL and release number (PrintVersion_1_11947, pr040525, noaa07-r901,
noaa04-026, 16272), by headline and by speakers and distinctive phrases such as 'Richardson Designates', 'Federal
Energy Technology Center', 'newest national laboratory', 'Elizabeth Rieben', 'Piedras Blancas', 'Gayle Irwin', 'Slavic
Family', 'Holove', 'Casamassa', 'Every day NOAA', 'Americans rely on NOAA', 'Lab Directors Receive', 'Hermann Grunder'
and 'supercomputingonline', grepped in tests/data of the main checkout and of every other helper's worktree; no hits
except 'science gains value' (the other NOAA release in heldout225-en)). Candidates found in earlier sets or in other
helpers' worktrees were left out (NOAA's Spinrad confirmation on wx5fwd.org in heldout313-en, the USDA release naming
Matt Lohr in heldout62-en and heldout319-en, FEMA's 2003 New York recovery centers in heldout29-en, FEMA's 2008 press
page in heldout27-en, the Olympic National Park search in heldout41-en, DOE's 2009 R&D 100 awards in heldout289-en), and
so were pages whose stored part keeps a single quotation. The annotation (rules H1845–H1848 in `ANNOTATION.md` on top of
H1–H1844) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="doe-fe-techline-1999-12-10-richardson-designates-netl",
    source="https://fossil.energy.gov/techline/techlines/1999/PrintVersion_1_11947_11947.html",
    license=PD, retrieved=PAGES + " (Department of Energy, Office of Fossil Energy, Techline of December 10, 1999, print version; the stray line '|' and the label 'DOE - Fossil Energy Techline - Issued on: December 10, 1999' at the head of the title line dropped; the headline and the subheading 'Also Creates Center for Natural Gas Within New Laboratory', run together in the stored copy ('...National LaboratoryAlso Creates ...'), kept as two lines (H1847); the body stored as one paragraph and kept so; the stored copy breaks off in 'Secretary Richardson noted that the new national laboratory is mean', so the text ends on the sentence before; Richardson's second paragraph of quotation runs into the next one without a closing mark, as stored (H1845); straight marks as stored)",
    unclosed=('"By enhancing the stature of this lab, we\'re recognizing it as one of the Department\'s premier assets, and as an integral part of the U.S. research community.',),
    text='''Richardson Designates Fossil Center As Newest National Laboratory
Also Creates Center for Natural Gas Within New Laboratory
U.S. Energy Secretary Bill Richardson today designated the Federal Energy Technology Center in Morgantown, W.V., and Pittsburgh, Pa., as the department's 15th national laboratory. The two research facilities, 65 miles apart but operated as a single entity, will be renamed the National Energy Technology Laboratory. "It's time we elevate the profile and prestige of this world-class facility, which has been helping solve energy and environmental problems for more than 50 years," Richardson told employees in Morgantown and (by video link) in Pittsburgh. "By enhancing the stature of this lab, we're recognizing it as one of the Department's premier assets, and as an integral part of the U.S. research community. "Through the innovation and hard work of the department's newest national laboratory," added Richardson, "we can help continue to fuel America's economy at the same time we help clean up the environment. These paired missions -- energy and the environment -- are and will continue to be key to our national and international security and quality of life." "The action to make the Federal Energy Technology Center a national laboratory signals a recognition that fossil fuels must continue to be an important part of the energy reservoir both nationally and internationally," said U.S. Senator Robert C. Byrd, who attended the ceremony. "Much of the Center's work is dedicated to the worthy goal of developing innovative, clean and efficient technologies that will allow our nation to meet its growing energy needs. As the nation's newest national laboratory, the Center will continue to help light a pathway for a new era of energy use that will ensure a comfortable standard of living for our children and our children's children."''',
    quotes=[
        Q('"It\'s time we elevate', 'than 50 years,"', "Bill Richardson"),
        Q('"By enhancing the stature', 'U.S. research community.', "Bill Richardson"),
        Q('"Through the innovation', 'national laboratory,"', "Bill Richardson"),
        Q('"we can help continue', 'quality of life."', "Bill Richardson"),
        Q('"The action to make', 'internationally,"', "Robert C. Byrd"),
        Q('"Much of the Center\'s work', 'children\'s children."', "Robert C. Byrd"),
    ],
    aliases={"Bill Richardson": ["Bill Richardson", "Richardson", "U.S. Energy Secretary Bill Richardson"],
             "Robert C. Byrd": ["Robert C. Byrd", "U.S. Senator Robert C. Byrd"]},
),
dict(
    id="blm-2004-05-25-making-a-difference-volunteer-award-winners",
    source="https://www.blm.gov/nhp/news/releases/pages/2004/pr040525_volunteer.htm",
    license=PD, retrieved=PAGES + " (Bureau of Land Management release of Tuesday, May 25, 2004; the lines 'Last updated:', 'Bureau of Land Management', 'For Release: Tuesday, May 25, 2004' and the contact 'Elizabeth Rieben' and the empty lines between paragraphs dropped; the headline, broken over two lines in the stored copy ('... Who Are' / '“Making a Difference” on Public Lands'), kept as one line (H1847); the paragraph 'Thousands of volunteers make significant contributions on America’s 261 million acres of public lands each year, ... Many of these j', cut in the stored copy, dropped; curly double marks and Clarke's nested curly single marks as stored (H1846))",
    text='''BLM Announces National Volunteer Award Winners Who Are “Making a Difference” on Public Lands
Seven volunteers, one volunteer organization, and two employees of the Bureau of Land Management (BLM) will receive a prestigious national award for their public service contributions at a ceremony to be held June 3, 2004 at the Department of the Interior in Washington, D.C.
The volunteer winners announced today are Carole Adams and George Baland of California, Diane Delano of Florida, Alvin McLane of Nevada, James Hutchins of Oregon, Bob and Kathy Bailey of Utah, and the Raptor Inventory and Nest Survey Group, also from Utah. BLM employees selected for recognition are John Rose of Arizona and Gayle Irwin of Wyoming.
“The contributions of the people being honored this year reflect the diversity of outstanding work being performed by thousands of volunteers every day across this great country in service to public lands and to the American public,” BLM Director Kathleen Clarke said in announcing the winning nominations. “I am honored to be able to present our ‘Making a Difference’ national award for these exceptional accomplishments. And I say ‘thank you’ to all of our volunteers who work so hard on behalf of public lands. They understand what the word ‘stewardship’ really means, and they speak loudly and clearly through their actions.”
Those honored this year are recognized for restoring native plants and eliminating weeds, rebuilding historic cabins, gentling wild horses, conducting environmental education programs, documenting and monitoring cultural sites, taking care of campgrounds, monitoring birds of prey, and supervising additional volunteer crews.''',
    quotes=[
        Q('“Making a Difference”', None, None),
        Q('“The contributions of the people', 'American public,”', "Kathleen Clarke"),
        Q('“I am honored to be able', 'their actions.”', "Kathleen Clarke"),
    ],
    aliases={"Kathleen Clarke": ["Kathleen Clarke", "BLM Director Kathleen Clarke"]},
),
dict(
    id="usfs-r6-2019-08-20-forest-service-partners-slavic-community",
    source="https://yournorthwestforests.org/category/leadership/",
    license=PD, retrieved=PAGES + " (USDA Forest Service Pacific Northwest Region release of August 20, 2019 on the region's news site 'Your Northwest Forests', stored as its category page; the line 'Category Archives: Leadership', the photo caption 'USDA Forest Service staff, Slavic Family Media employees, and their families gather for a group photo ... USDA Forest Service photo.' and the empty lines between paragraphs dropped (H1847); the headline kept as the first line; the second photo caption 'From left: Timur Holove, creative director for Slavic Family Media, ', cut in the stored copy, dropped; the dateline 'PORTLAND, Ore. (Aug 20, 2019) —' stays at the head of the first paragraph; 'Russian -speaking' and 'to ensure make sure that our people our members' as stored; curly marks as stored)",
    text='''Forest Service partners to extend outreach in Slavic community
PORTLAND, Ore. (Aug 20, 2019) — The USDA Forest Service has signed an agreement with Slavic Family Media to expand the agency’s outreach to the Russian -speaking immigrant and refugee community in and around the Portland metro, which includes Multnomah County, Ore. and Clark County, Wash.
“Our community loves recreating, and they love to hike, camp, and enjoy day trips to harvest mushrooms and berries. Our goal as a community organization is to ensure make sure that our people our members have the proper information and resources to do so safely and legally,” Timur Holove, the media organization’s creative director, said. “We want to give our audience this valuable information in their native language so they can understand and take advantage of all the programs offered by the U.S. Forest Service,” some of which they may not have even known existed, he said.
To underscore the importance of this outreach effort to the agency, the agreement was signed live, on-air, by Nick Pechneyuk, Slavic Family Media chief executive officer, and Glenn Casamassa, Pacific Northwest regional forester, at the Slavic Family Media radio and television studios in Portland, Ore.''',
    quotes=[
        Q('“Our community loves', 'safely and legally,”', "Timur Holove"),
        Q('“We want to give', 'U.S. Forest Service,”', "Timur Holove"),
    ],
    aliases={"Timur Holove": ["Timur Holove", "the media organization’s creative director"]},
),
dict(
    id="noaa-2007-r901-administrator-touts-2006-accomplishments",
    source="http://www.publicaffairs.noaa.gov/releases2007/jan07/noaa07-r901.html",
    license=PD, retrieved=PAGES + " (NOAA release 2007-R901 of January 2007; the release number 'NOAA 2007-R901', the contact ('Contact: David Miller') and the site lines ('NOAA News Releases 2007', 'NOAA Home Page', 'NOAA Office of Communications') and the empty lines dropped; the stored copy has no headline and begins with the first paragraph, no title added; the first four list items after 'Highlights from the past year include:' kept as lines without their bullets; the fifth ('NOAA’s Pacific Marine Environmental Laboratory in Seattle, designed new, easy-to-deploy DART buoys, ... troubleshoot these sys'), cut in the stored copy, dropped; 'the agencies accomplishments' as stored; curly marks as stored)",
    text='''Noting significant advances in habitat protection, fisheries conservation and hazard mitigation, the Administrator of the National Oceanic and Atmospheric Administration today touted the agencies accomplishments in 2006.
“Every day NOAA’s mission touches the lives of nearly every American and I am proud that in 2006 we delivered significant results,” said retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D., under secretary of commerce for oceans and atmosphere and NOAA administrator. “Our successes would not have been possible without the strong support from the President and Congress and the invaluable work of our many public and private sector partners at the local, state and federal levels.”
Highlights from the past year include:
President George W. Bush designated the Northwestern Hawaiian Islands as a marine national monument, creating the world’s largest marine conservation area in order to permanently protect the area’s pristine coral reefs and unique marine species.
NOAA and the Department of Homeland Security collaborated on a program to place a NOAA Weather Radio All Hazards in every public school in America.
NOAA worked closely with Congress to successfully pass the Magnuson-Stevens Fishery Conservation and Management Reauthorization Act. The reauthorized Magnuson-Stevens Act strengthens NOAA’s ability to end overfishing and rebuild fish stocks.
NOAA joined the government of Thailand in deploying the first Deep-ocean Assessment and Reporting of Tsunami (DART) buoy station in the Indian Ocean. NOAA built and provided the DART station with funding from the U.S. Agency for International Development.''',
    quotes=[
        Q('“Every day NOAA’s mission', 'significant results,”', "Conrad C. Lautenbacher"),
        Q('“Our successes would not', 'federal levels.”', "Conrad C. Lautenbacher"),
    ],
    aliases={"Conrad C. Lautenbacher": ["Conrad C. Lautenbacher", "retired Navy Vice Adm. Conrad C. Lautenbacher", "NOAA administrator", "the Administrator of the National Oceanic and Atmospheric Administration"]},
),
dict(
    id="noaa-2004-026-representative-achievements-2003",
    source="http://www.publicaffairs.noaa.gov/releases2004/mar04/noaa04-026.html",
    license=PD, retrieved=PAGES + " (NOAA release 2004-026 of March 2004; the release number 'NOAA 2004-026', the contact ('Contact: David Miller') and the site lines ('NOAA News Releases 2004', 'NOAA Home Page', 'NOAA Public Affairs') and the empty lines dropped; the stored copy has no headline and begins with the first paragraph, no title added; the two list items after 'Listed below are representative NOAA achievements under the Bush administration in 2003.' kept as lines without their bullets; the paragraph 'NOAA National Weather Service (NWS) provides weather, water and climate forecasts and warnings for the United States, its territories,', cut in the stored copy, dropped; 'peoples’ lives' as stored; curly marks as stored)",
    text='''The Commerce Department’s National Oceanic and Atmospheric Administration (NOAA), is a multi-faceted science agency with nearly 12,500 employees across the nation. The agency conducts research and gathers data about the global oceans, atmosphere, space, and sun, and applies this knowledge to science and service that has a major impact on the nation. NOAA provides weather information, warns of dangerous weather, charts the seas and guides the use and protection of ocean and coastal resources. Some element of NOAA’s work literally touches peoples’ lives every day.
“NOAA is where science gains value and this is evident when you consider that each day NOAA services touch at least $3 trillion of America’s economy. That’s about 30 percent of our nation’s gross domestic product,” said retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D., undersecretary of commerce for oceans and atmosphere and NOAA administrator. “Americans rely on NOAA for an incredible variety of products ranging from the local weather forecast, to keeping the ocean coastline safe and vibrant, for a sustainable supply of quality seafood, to the safe transport of millions of tons of waterborne cargo, and even keeping a close eye on the ever changing impact of our sun on space weather.”
Listed below are representative NOAA achievements under the Bush administration in 2003.
NOAA played a key role in producing the first Climate Change Strategic Plan as mandated by the 1990 U.S. Global Change Research Act.
NOAA joined the U.S. Department of State in hosting the first ever Earth Observation Summit in which thirty-four nations and twenty governmental organizations agreed to a 10-year plan of development for a comprehensive Earth Observing System.''',
    quotes=[
        Q('“NOAA is where science', 'domestic product,”', "Conrad C. Lautenbacher"),
        Q('“Americans rely on NOAA', 'space weather.”', "Conrad C. Lautenbacher"),
    ],
    aliases={"Conrad C. Lautenbacher": ["Conrad C. Lautenbacher", "retired Navy Vice Adm. Conrad C. Lautenbacher", "NOAA administrator"]},
),
dict(
    id="doe-secretarys-gold-award-lab-directors-abraham",
    source="https://supercomputingonline.com/latest/academia/16272-lab-directors-receive-energy-secretarys-gold-award",
    license=PD_COPY, retrieved=PAGES + " (Department of Energy release, undated in the stored copy (Secretary Spencer Abraham, after Edward Teller's death in 2003), copied verbatim on supercomputingonline.com; the site's section label 'ACADEMIA' dropped (H1847); the headline kept as the first line; the body stored as one paragraph, with the list of recipients run in ('* Hermann Grunder, ...; *William Madia, ...'), and kept so; the stored copy breaks off in 'Teller was assistant director at Los Alamos National Labor', so the text ends on the sentence before; straight marks as stored)",
    text='''Lab Directors Receive Energy Secretary's Gold Award
Secretary of Energy Spencer Abraham today presented the Secretary's Gold Award to eight current and former directors of Department of Energy national laboratories. The award is the Energy Department's highest honorary award and includes a plaque with citation, a medallion and a rosette. "I'm proud to recognize the people whose hard work and dedication contribute so much to the Department of Energy's vital missions," Secretary Abraham said. "Our world-class laboratories are a marvelous resource and have made far-reaching contributions - not only to the Department of Energy, but to our Nation and indeed the world. The incredible work done in the laboratories is made possible by the strong, steady, and responsible leadership of these directors." The Secretary's Gold Award recipients are: * Hermann Grunder, director, Argonne National Laboratory, Argonne, Ill., and former director, Thomas Jefferson National Accelerator Facility, Newport News, Va.; *William Madia, former director, Pacific Northwest National Laboratory, Richland, Wash. and Oak Ridge National Laboratory, Oak Ridge, Tenn.; *John Marburger, former director, Brookhaven National Laboratory, Upton, N.Y.; *Lura Powell, former director, Pacific Northwest National Laboratory, Richland, Wash.; *Charles Shank, former director, E.O. Lawrence Berkeley National Laboratory, Berkeley, Calif.; *Bruce Tarter, director emeritus, Lawrence Livermore National Laboratory, Livermore, Calif.; *Richard Truly, director, National Renewable Energy Laboratory, Golden, Colo.; and *Michael Witherell, director, Fermi National Accelerator Laboratory, Batavia, Ill. Secretary Abraham presented the awards at a luncheon at the Woodrow Wilson International Center for Scholars in Washington, D.C. The awards ceremony preceded a symposium on the late Edward Teller's legacy to the U.S. science community and U.S. national security.''',
    quotes=[
        Q('"I\'m proud to recognize', 'vital missions,"', "Spencer Abraham"),
        Q('"Our world-class laboratories', 'these directors."', "Spencer Abraham"),
    ],
    aliases={"Spencer Abraham": ["Spencer Abraham", "Secretary Abraham", "Secretary of Energy Spencer Abraham"]},
),
]
