# Held-out English news pages (tests/data/heldout225-en.jsonl), none of them used in an earlier set. Like
# heldout45/79/80/83_pages.py, these texts are stored web pages (the `pages` search corpus) of US federal outlets: NOAA
# (public-affairs releases 2002-161 on the Status of Coral Reefs of the World: 2002 report, 2003-021 on the U.S. Coral
# Reef Task Force meeting in Washington, 04-119 on the task force's Miami meeting and 04-124 on NOAA's achievements in
# 2004, all on publicaffairs.noaa.gov; the
# National Marine Sanctuary Program release R06-032 of 2006 on the 2005 State of the Sanctuaries report, on
# sanctuaries.noaa.gov) and the Department of the Interior on the director of the USGS (the releases of May 3, 2006 and
# September 15, 2006 on Mark Myers' nomination and confirmation, on doi.gov) and NASA (release 11-052 of 2011 on
# watching the launch of Discovery in PlayStation Home, as posted on the spacenewshere.blogspot.com blog, whose 2007
# archive page heldout120-en used for another release). All are works of the US government and in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are
# cut after about 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in
# `retrieved`). Navigation, release-number, date and contact lines are dropped; a headline the page breaks over two
# lines is joined; the e-mail line wrapping of the blog copy is undone; wording, spelling, spacing inside paragraphs and quotation marks are as stored. Annotated by reading
# the pages, before whosaid was run on them (rules H1415-H1418 in ANNOTATION.md on top of H1-H1389).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout225-en.jsonl

Built by `build.py` from `heldout225_pages.py`. Like heldout45-en, heldout79-en, heldout80-en and heldout83-en, these
texts are stored web pages (the `pages` search corpus) of US federal outlets, none of them used in a set above: NOAA
public-affairs releases on publicaffairs.noaa.gov (2002-161: Conrad C. Lautenbacher at the release of the Status of Coral
Reefs of the World: 2002 report; 2003-021: the U.S. Coral Reef Task Force meeting in Washington, Tim Keeney; 04-119: the
task force's Miami meeting, Timothy Keeney; 04-124: NOAA's achievements in 2004, Lautenbacher), the National Marine Sanctuary Program release R06-032 of 2006 on the 2005
State of the Sanctuaries report (sanctuaries.noaa.gov) and two Department of the Interior releases of 2006 on the
director of the U.S. Geological Survey, Mark Myers (Lynn Scarlett on his nomination, Dirk Kempthorne on his
confirmation; doi.gov archive) and NASA release 11-052 of 2011 (David Weaver on watching the launch of Discovery in
PlayStation Home), as posted on the spacenewshere.blogspot.com blog (heldout120-en used the blog's 2007 archive page for
another release). All are works of the US government and in the public domain (17 U.S.C. § 105); none is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Navigation, release-number, date and contact lines
were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL,
by the names of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence except
officials' title formulas such as 'undersecretary of commerce for oceans and atmosphere and NOAA administrator'; the two
Interior releases repeat paragraphs on Myers, kept only once, see H1417). The annotation (rules H1415–H1418 in
`ANNOTATION.md` on top of H1–H1389) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="noaa-2002-12-release-status-of-coral-reefs-of-the-world-2002",
    source="http://www.publicaffairs.noaa.gov/releases2002/dec02/noaa02161.html",
    license=PD, retrieved=PAGES + " (NOAA release 2002-161; the release-number and contact lines ('NOAA 2002-161', 'Contact: Bob Hopkins') and the site links ('NOAA News Releases 2002', 'NOAA Home Page', 'NOAA Public Affairs') dropped; the page's subheading 'Joins Officials for Unveiling of Biennial Global Coral Reef Report' kept as the first line; the paragraph '“The U.S., through the State Department and NOAA, have pro...', cut in the stored copy, dropped)",
    text='''Joins Officials for Unveiling of Biennial Global Coral Reef Report
In a ceremony today at the World Bank, NOAA Administrator, retired Vice Admiral Conrad C. Lautenbacher, Ph.D., joined United States and international officials and experts to release the findings of the Global Coral Reef Monitoring Network’s (GCRMN) biennial publication, Status of Coral Reefs of the World: 2002. The coral reef status report is the third in a series of biennial updates on the status of coral reefs worldwide. The National Oceanic and Atmospheric Administration (NOAA), an agency of the Commerce Department, led the U.S. effort to provide data on U.S. reefs to this new report. NOAA manages U.S. coral reefs that comprise approximately 2 percent of the world’s coral reefs, including the third largest barrier reef in the world, the Florida Keys, and the second largest reef protected area in the world, the Northwestern Hawaiian Islands Coral Reef Ecosystem Reserve (1200 miles long).
“NOAA is proud to play an active role in international coral reef management and protection and I am pleased to participate in the release of the 2002 Status of Coral Reefs of the World report,” said Admiral Lautenbacher. “The contributions from these reports not only provide valuable information on the condition of the world’s valuable reef ecosystems, but also track the effectiveness of past and current actions, enabling managers to develop more effective reef management practices in the future.”
The report, edited by Dr. Clive Wilkinson of the GCRMN, includes input from 151 authors from over 80 countries. This year’s report outlines the mounting pressures facing coral reefs and the status of these threatened ecosystems in regions throughout the world. It also highlights the growing efforts by many international agencies to conserve reefs.''',
    quotes=[
        Q('“NOAA is proud to play', 'World report,”', "Conrad C. Lautenbacher"),
        Q('“The contributions from these reports', 'in the future.”', "Conrad C. Lautenbacher"),
    ],
    aliases={"Conrad C. Lautenbacher": ["retired Vice Admiral Conrad C. Lautenbacher", "Admiral Lautenbacher"]},
),
dict(
    id="noaa-2003-02-release-coral-reef-task-force-meets-in-washington",
    source="http://www.publicaffairs.noaa.gov/releases2003/feb03/noaa03021.html",
    license=PD, retrieved=PAGES + " (NOAA release 2003-021; the release-number and contact lines ('NOAA 2003-021', 'Contact: Glenda Tyson') and the site links dropped; the page has no headline in the stored copy, so the first line is the first paragraph; the paragraph 'Coral bleaching has been clearly demonstrated to ...', cut in the stored copy, dropped)",
    text='''Representatives from various government agencies will take part in the U.S. Coral Reef Task Force (USCRTF) meeting in Washington, D.C., Feb. 26-27, 2003, to discuss future projects and programs to improve conservation and management of coral reefs and to review accomplishments from 2002.
Co-chaired by the National Oceanic and Atmospheric Administration’s (NOAA) Tim Keeney, deputy assistant secretary of commerce for oceans and atmosphere, and Craig Manson, assistant secretary of the interior, the meeting will be attended by heads of 11 federal agencies; governors of seven states, territories and commonwealths; and the presidents of the Marshall Islands, Micronesia and Palau. Interior Secretary Gail Norton and Commerce Assistant Secretary James Mahoney will help open the meeting.
“It’s clear from the level of representation we have from around the nation and around the world that coral reefs and their continued protection are high priorities,” Keeney said. “The Coral Reef Task Force has been hard at work to pull together all possible resources to implement the U.S. National Action Plan to Conserve Coral Reefs, and further the goal of safeguarding the world’s reefs.”
At the meeting, the USCRTF is announcing efforts to develop a comprehensive, integrated program for understanding local and system-wide coral reef responses to climate change, and the application of this improved understanding to local reef management. The Department of the Interior, NOAA and the Environmental Protection Agency, along with other interested USCRTF members, are collaborating on this program.
Coral reefs are a critical focus for researching the impacts of climate change on ecosystems because empirical evidence suggests corals to be the first ecosystems to exhibit global-scale degradation as a result of rising global temperatures.''',
    quotes=[
        Q('“It’s clear from the level', 'high priorities,”', "Tim Keeney"),
        Q('“The Coral Reef Task Force has been', 'world’s reefs.”', "Tim Keeney"),
    ],
    aliases={"Tim Keeney": ["Keeney"]},
),
dict(
    id="noaa-2004-12-release-coral-reef-task-force-miami-meeting",
    source="http://www.publicaffairs.noaa.gov/releases2004/dec04/noaa04-119.html",
    license=PD, retrieved=PAGES + " (NOAA release 04-119; the contact line ('Contact: Ben Sherman') and the site links dropped; the page has no headline in the stored copy, so the first line is the first paragraph, dateline 'MIAMI –' kept; the paragraph 'The second resolution called for the establishment of interagency working groups ...', cut in the stored copy after 'The task force', dropped with its quotation of the resolution)",
    text='''MIAMI – The U.S. Coral Reef Task Force called for improved interagency coordination to avoid adverse coral reef impacts during spawning season, and for the establishment of interagency working groups to develop standard mitigation protocols and best management practices, as they wrapped up a two-day meeting today in Miami.
“It is critical we strengthen efforts to insure the conservation of these marine resources,” said Timothy Keeney, deputy assistant secretary of commerce for oceans and atmosphere and task force co-chair. “As the U.S. Commission on Ocean Policy notes, healthy coral reefs support millions of dollars in economic activities in U.S. coastal communities and hold tremendous potential for pharmaceutical and medicinal products that can address human health needs. The actions we took today will help implement that conservation.”
The task force passed two resolutions during its 12th biannual meeting. The first recognized that corals are the primary reef builders that create habitat for tens of thousands of species of plant and animal life, and that as such their spawning periods are vital to their continued survival and those of the plants and animals who use the reefs as habitat.
The task force called on all federal agencies conducting activities in coastal waters adjacent to or on coral reefs to assess activity impacts on coral reproduction and life cycles. It further called for development of additional forecasts of coral spawning events to help avoid impacts on coral reproduction.''',
    quotes=[
        Q('“It is critical we strengthen', 'marine resources,”', "Timothy Keeney"),
        Q('“As the U.S. Commission on Ocean Policy', 'that conservation.”', "Timothy Keeney"),
    ],
),
dict(
    id="noaa-2006-03-28-release-2005-state-of-the-sanctuaries-report",
    source="https://sanctuaries.noaa.gov/news/press/2006/pr032806.html",
    license=PD, retrieved=PAGES + " (NOAA National Marine Sanctuary Program release R06-032 of March 28, 2006; the site header ('News and Events Header Graphic', 'NOAA logo', 'Press Releases'), release number, date and contact lines ('David Hall', 'NOAA National Marine Sanctuary Program', phone) dropped; the page has no headline in the stored copy, so the first line is the first paragraph; the double spaces after two full stops kept as stored, a space at the end of the fourth paragraph dropped; the paragraph 'In addition to serving as living laboratories, national marine sanctuaries ...', cut in the stored copy, dropped)",
    text='''National marine sanctuaries played a key role last year in whale rescues, the discovery of new marine species, and the exploration of historic shipwrecks, according to a new report by the National Oceanic and Atmospheric Administration (NOAA).  The 2005 State of the Sanctuaries report details efforts by NOAA, partner organizations and communities to protect, manage and explore 14 special underwater areas off the nation’s shores.
“National marine sanctuaries are America’s ocean and Great Lakes treasures,” said retired Navy Vice Admiral Conrad C. Lautenbacher, undersecretary of commerce for oceans and atmosphere and NOAA administrator.  “NOAA is proud that national marine sanctuaries continued in 2005 to serve as major scientific research, conservation and education hubs while providing opportunities for Americans to enjoy these special places.”
Working in partnership with universities, oceanographic institutions and federal and state agencies, NOAA conducted more than a dozen scientific expeditions in the 13 national marine sanctuaries and the Northwestern Hawaiian Islands (NWHI) Coral Reef Ecosystem Reserve in 2005, yielding invaluable new information about marine life and the nation’s maritime heritage.
Researchers discovered a new species of coral in Channel Islands National Marine Sanctuary in California; found the remains of two early 19th century whaling ships in the NWHI reserve; and deployed a system in Olympic Coast National Marine Sanctuary in Washington state to detect biotoxins in the marine environment.
Also in 2005, NOAA teams at Gray’s Reef National Marine Sanctuary in Georgia and Hawaiian Islands Humpback Whale National Marine Sanctuary helped rescue whales found entangled in fishing gear.''',
    quotes=[
        Q('“National marine sanctuaries are America’s', 'treasures,”', "Conrad C. Lautenbacher"),
        Q('“NOAA is proud that national', 'special places.”', "Conrad C. Lautenbacher"),
    ],
    aliases={"Conrad C. Lautenbacher": ["retired Navy Vice Admiral Conrad C. Lautenbacher"]},
),
dict(
    id="doi-2006-05-03-scarlett-praises-myers-nomination-usgs-director",
    source="https://www.doi.gov/sites/default/files/archive/news/archive/06_News_Releases/060503.htm",
    license=PD, retrieved=PAGES + " (Department of the Interior release of May 3, 2006, doi.gov archive; the lines 'Department of the Interior', 'For Immediate Release:', the date and 'Contact: Frank Quimby' dropped; the headline kept as the first line; the paragraphs on Myers' posts at the Alaska Division of Geological and Geophysical Survey and the Division of Oil and Gas, which repeat (nearly) word for word paragraphs of the September 15, 2006 release in this set, and the paragraph 'Myers, an expert on North Slope ... sedimentolo...', cut in the stored copy, dropped (H1417))",
    text='''Acting Secretary Scarlett Praises President's Intention to Nominate Mark Myers as USGS Director
WASHINGTON DC— Acting Interior Secretary Lynn Scarlett today praised President Bush's intention to nominate Mark D. Myers as director of the U.S. Geological Survey. The announcement is subject to confirmation by the U.S. Senate, once the official nomination is made by the President. Current acting director Dr. P. Patrick Leahy will continue to serve in the acting capacity until Senate confirmation.
Myers is an internationally recognized geologist and former State Geologist and head of Alaska's Geological Survey.
"Mark is known not only for his accomplishments as a geologist and state survey manager but also for the consensus building approach he has emphasized throughout his career," Acting Secretary Lynn Scarlett said. "He brings more than 22 years of wide ranging experience in geological science and strong leadership skills to the U.S. Geological Survey."''',
    quotes=[
        Q('"Mark is known not only', 'throughout his career,"', "Lynn Scarlett"),
        Q('"He brings more than 22 years', 'Geological Survey."', "Lynn Scarlett"),
    ],
    aliases={"Lynn Scarlett": ["Acting Interior Secretary Lynn Scarlett", "Acting Secretary Lynn Scarlett", "Scarlett"]},
),
dict(
    id="doi-2006-09-15-kempthorne-praises-myers-confirmation-usgs-director",
    source="https://www.doi.gov/sites/default/files/archive/news/archive/06_News_Releases/060918a.html",
    license=PD, retrieved=PAGES + " (Department of the Interior release of September 15, 2006, doi.gov archive; the lines 'U.S. Department of the InteriorDOI News Header', 'Office of the Secretary', the date and 'Frank Quimby' dropped; the headline, broken over two lines on the page, joined and kept as the first line; the spacing 'WASHINGTON —Secretary' as stored; the paragraph 'Myers is a past president and board member of the Alaska Geological Society; ... the American Association', cut in the stored copy, dropped)",
    text='''Interior Secretary Kempthorne Praises Senate Confirmation of Mark Myers as USGS Director
WASHINGTON —Secretary of the Interior Dirk Kempthorne today praised the U.S. Senate’s confirmation of Mark D. Myers as director of the U.S. Geological Survey. President Bush nominated Myers, an internationally recognized geologist and former State Geologist and head of Alaska’s Geological Survey, in May.
“I congratulate Mark on his confirmation and commend the U.S. Senate for its unanimous consent action today,” Kempthorne said. “Mark brings two decades of experience in geological science and strong leadership skills to his position. I have every confidence he will do an outstanding job as Director of the U.S. Geological Survey.”
As Director of the State of Alaska Division of Oil and Gas, Myers oversaw a professional staff of nearly 100 employees, including geoscientists, engineers, land managers, accountants, commercial analysts, and auditors.
As State Geologist and Director of the State of Alaska Division of Geological and Geophysical Survey, Myers managed a research organization that generated analyses and interpretations of data on geologic resources and natural conditions as well as maps and inventories of mineral and energy resources on state land. That information is used by the government, private industry, scientists, educators and the public.
Myers, an expert on North Slope sedimentary and petroleum geology, served as survey chief for field programs in the MacKenzie Delta, Cook Inlet (State of Alaska/U.S. Geological Survey, 1997), and North Slope. He also served as sedimentologist for 13 other North Slope field programs.''',
    quotes=[
        Q('“I congratulate Mark', 'consent action today,”', "Dirk Kempthorne"),
        Q('“Mark brings two decades', 'Geological Survey.”', "Dirk Kempthorne"),
    ],
    aliases={"Dirk Kempthorne": ["Secretary of the Interior Dirk Kempthorne", "Kempthorne"]},
),
dict(
    id="noaa-2004-12-release-noaa-achievements-2004",
    source="http://www.publicaffairs.noaa.gov/releases2004/dec04/noaa04-124.html",
    license=PD, retrieved=PAGES + " (NOAA release 04-124; the contact line ('Contact: David Miller') and the site links ('NOAA News Releases 2004', 'NOAA Home Page', 'NOAA Public Affairs') dropped; the page has no headline in the stored copy, so the first line is the first paragraph; the first list item after 'Listed below are representative NOAA achievements under the Bush administration in 2004:' kept as a line without its bullet; the second item ('In partnership with the Department of Homeland Security, NOAA converted ... Through'), cut in the stored copy, dropped)",
    text='''NOAA, the Commerce Department’s National Oceanic and Atmospheric Administration, is a science-based agency with nearly 12,500 employees across the nation who work each day to preserve the nation’s natural resources, protect the lives and property of its citizens and support the economy.
The agency conducts research and gathers data about the global oceans, atmosphere, space, and sun, and applies this knowledge to science and service supporting the nation. NOAA provides weather information, conducts research on climate on the land, in the air and oceans, warns of dangerous weather, charts the seas and guides the use and protection of ocean and coastal resources. NOAA’s services are involved with about 30 percent of the nation’s gross domestic product, about $3 trillion of America’s economy.
“NOAA is where science gains value for the nation,” said retired Navy Vice Admiral Conrad C. Lautenbacher, Ph.D., under secretary of commerce for oceans and atmosphere and NOAA administrator. “Americans look to NOAA for an incredible variety of services and support ranging from the local weather forecast, for a sustainable supply of quality seafood, to the safe transport of millions of tons of waterborne cargo, to keep the ocean coastline safe and vibrant, and maintain detailed research on the climate from the frozen arctic to the depths of the oceans.”
Listed below are representative NOAA achievements under the Bush administration in 2004:
NOAA continued to exercise international leadership in the development of a coordinated, comprehensive, and sustained Global Earth Observation System of Systems (GEOSS) including playing a key role in the developing the draft Strategic Plan for the U.S. Integrated Earth Observation System.''',
    quotes=[
        Q('“NOAA is where science gains value', 'for the nation,”', "Conrad C. Lautenbacher"),
        Q('“Americans look to NOAA', 'depths of the oceans.”', "Conrad C. Lautenbacher"),
    ],
    aliases={"Conrad C. Lautenbacher": ["retired Navy Vice Admiral Conrad C. Lautenbacher"]},
),
dict(
    id="nasa-2011-02-23-release-11-052-playstation-home-shuttle-launch",
    source="https://spacenewshere.blogspot.com",
    license=PDC, retrieved=PAGES + " (NASA release 11-052 of February 23, 2011 as posted on the spacenewshere.blogspot.com blog; the blog's other posts ('QUOTATION OF THE DAY' of July 9), the post title, the date and contact lines (Bob Jacobs, Linda Rosner, phones, addresses) and 'RELEASE: 11-052' dropped; the headline in capitals kept as the first line; the e-mail line wrapping undone (one line per paragraph); the paragraph 'In addition to live streamed events, the Sunset Yacht's NASA TV channel ... the Mars Science Laboratory and', cut in the stored copy, dropped)",
    text='''PLAYSTATION(R)HOME USERS CAN WATCH NASA'S SHUTTLE LAUNCH TOGETHER
WASHINGTON -- NASA's final liftoff of space shuttle Discovery will be available in a unique "social viewing" environment available through Sony Computer Entertainment America's PlayStation(R)Home for PlayStation(R)3 computer entertainment system.
Discovery's launch on Thursday, Feb. 24 at 4:50 p.m. EST is the first live streaming event to be offered by Sunset Yacht, a premium personal space from LOOT, Sony DADC's interactive entertainment development team. Users will be able to chat via Bluetooth headsets with others watching the launch - all from inside the PlayStation Home social gaming environment.
"We're excited about this new way for people to experience the exhilaration of human spaceflight as part of a larger community," said David Weaver, NASA associate administrator for the Office of Communications. "In addition to the other two shuttle launches planned for April and June, NASA looks forward to sharing more of our endeavors with PlayStation users."''',
    quotes=[
        Q('"social viewing"', None, None),
        Q('"We\'re excited about this new way', 'larger community,"', "David Weaver"),
        Q('"In addition to the other two', 'PlayStation users."', "David Weaver"),
    ],
),
]
