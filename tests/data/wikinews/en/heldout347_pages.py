# Held-out English news texts (tests/data/heldout347-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases and feature stories of US federal science and land agencies (public
# domain, 17 U.S.C. § 105): a Petrified Forest National Park release on the report 'The Future of America's National
# Parks' (nps.gov, 2007), two stories of the Fish and Wildlife Service's newsletter 'Refuge Update' (March/April 2016,
# the bioswale at Tualatin River National Wildlife Refuge; May/June 2016, the Louisiana black bear removed from the
# endangered species list; stored as issuu.com copies), two NASA Headquarters releases as kept by the aus-city.com copies
# of NASA's news list (10-095 of April 27, 2010, Ames center director S Pete Worden receives the Arthur C Clarke
# Foundation's award; 10-078 of April 8, 2010, future work assignments for the field centers, Administrator Charles
# Bolden), a message of NHLBI director Elizabeth Nabel of September 30, 2009 on President Obama's Recovery Act
# announcement at NIH (nhlbi.nih.gov) and two items of NOAA's Ocean Acidification Program news pages
# (oceanacidification.noaa.gov: the 2015 Gulf of Alaska cruise with chief scientist Jessica Cross, and the 2016 pteropod
# study led by Richard Feely). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped; where the cut falls in the
# last paragraph of a story, the text ends on that paragraph's last complete sentence (H1865, noted in `retrieved`).
# Mastheads, contact and release-number lines, bylines, date lines, photo captions, tag lines, links and the other items
# of listing pages are dropped; drop capitals printed apart from their word are joined to it; wording and quotation marks
# (straight or curly as stored; the aus-city.com copies without most full stops, H521) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H1865-H1869 in ANNOTATION.md on top of H1-H1864).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PD_COPY = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout347-en.jsonl

Built by `build.py` from `heldout347_pages.py`. Like heldout175-en, heldout251-en, heldout277-en and heldout339-en,
these texts are stored web pages (the `pages` search corpus) of news releases and feature stories of US federal science
and land agencies (public domain, 17 U.S.C. § 105), none of them used in a set above: a Petrified Forest National Park
release on Secretary Dirk Kempthorne and Director Mary Bomar delivering 'The Future of America's National Parks' report
to the President (nps.gov, 2007, acting Superintendent Joe Escoto), two stories of the Fish and Wildlife Service's
National Wildlife Refuge System newsletter 'Refuge Update' as stored on issuu.com (March/April 2016: the bioswale in the
parking lot of Tualatin River National Wildlife Refuge, with Kim Strassburg and Erin Holmes; May/June 2016: Interior
Secretary Sally Jewell announcing the removal of the Louisiana black bear from the endangered species list), two NASA
Headquarters releases as kept by the aus-city.com archive of NASA's news list (10-095 of April 27, 2010 on Ames center
director S Pete Worden receiving the Arthur C Clarke Foundation's Innovator's Award; 10-078 of April 8, 2010 on the
future work assignments of the field centers, Administrator Charles Bolden), a message of NHLBI director Elizabeth
Nabel of September 30, 2009 on President Obama's Recovery Act announcement at NIH (nhlbi.nih.gov) and two items of the
NOAA Ocean Acidification Program's news pages (oceanacidification.noaa.gov: the July 2015 Gulf of Alaska cruise with
chief scientist Jessica Cross, and the November 2016 study on pteropod shells led by Richard Feely). None is credited to
AP, Reuters, AFP or another third party; the copies on issuu.com and aus-city.com are the agencies' own texts. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a cut paragraph is dropped,
except that where the cut falls in the last paragraph of a story the text ends on that paragraph's last complete
sentence (H1865; what was dropped is noted per page). Mastheads, contact, date and release-number lines, bylines, photo
captions, the 'continued on pg' jumps, tag lines, links and the other items of the listing pages were dropped; drop
capitals printed apart from their word ('E' / 'nvironmental', 'I' / 'nterior') are joined to it; wording and quotation
marks are as stored, including the lost full stops of the aus-city.com copies (H521). None of these pages is used in
any set above (checked by URL and release number (pefo, mar-apr_2016_refugeupdate, usfws_may-june2016, 20100428030503,
10-095, 20100411101634, 10-078, nabel, oceanacidification.noaa.gov), by headline and by speakers and distinctive
phrases such as 'Joe Escoto', 'Lyn Carranza', 'Parks teach and inspire', 'Kim Strassburg', 'Erin Holmes', 'Tualatin',
'Louisiana black bear', 'Jewell said at a March', 'Arthur C Clarke', 'Tedson', 'FUTURE WORK ASSIGNMENTS',
'Scientist-in-Chief', 'Nabel', 'largest boost to biomedical', 'Jessica Cross', 'Waters Vast and Cold', 'Richard Feely'
and 'tease out the percentage', grepped in tests/data of the main checkout and of every other helper's worktree; no
hits). Candidates found in earlier sets were left out (the NPS State of the Park release id=1470 and Olympic's 2015
birthday release in heldout41-en, the FWS Recovery Champion releases of 2008 and 2019 in heldout133-en and heldout122-en,
the FWS 1998 Migratory Bird Conservation Commission release in heldout116-en, NOAA's 2005 State of the Sanctuaries
release in heldout225-en, EPA's 'What They Are Saying' page in heldout29-en, EPA's Journey to Justice release in
heldout313-en), and so were pages whose stored part keeps a single quotation (NASA 11-157 is in heldout83-en; the 2008
USGS media advisory on the Alaska Volcano Observatory, a Pacific Southwest Region prescribed-fire statement) and pages
of contractor-operated laboratories (Sandia, ORNL). The annotation (rules H1865–H1869 in `ANNOTATION.md` on top of
H1–H1864) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nps-pefo-2007-future-of-national-parks-report",
    source="https://www.nps.gov/pefo/learn/news/report-on-the-future-of-national-parks.htm",
    license=PD, retrieved=PAGES + " (Petrified Forest National Park release on nps.gov, undated in the stored copy (2007, Secretary Dirk Kempthorne and Director Mary Bomar); the contact line 'Contact: Lyn Carranza, (928) 524-6228 ext. 245' dropped; the headline, run together with the dateline in the stored copy ('...Unveiled to the President Petrified Forest — “Yesterday, ...'), kept as the first line and the dateline 'Petrified Forest —' left at the head of the first paragraph; the list of the five goals after 'These goals are:' is not in the stored copy and 'These goals are:' is kept as stored; the stored copy breaks off in the second paragraph ('Children will reconnect to the outdoors and lead he'), so the text ends on the sentence before, inside Kempthorne's quotation (H1865); curly marks and the ellipses '…' as stored)",
    text='''Report on the Future of National Parks Unveiled to the President
Petrified Forest — “Yesterday, Secretary of the Interior Dirk Kempthorne and Director of the National Park Service Mary Bomar delivered The Future of America’s National Parks report to the President of the United States,” stated acting Superintendent Joe Escoto. The report outlines five overarching goals that will guide the National Park Service for the next nine years leading up to its 100th anniversary in 2016. These goals are:
While the report includes some potential on-the-ground actions and examples, they are just that, examples. The report is not meant to be a listing of the specific projects. In the report, Secretary Kempthorne wrote, “Parks teach and inspire. Parks are America the beautiful…the cultural…the historical.” He explained that the 100th anniversary (of the National Park Service) should be a time to celebrate accomplishments achieved through goals with boldness and vision. Some of the actions are summarized by the Secretary in the report: “The 21st-century National Park Service will be energized to preserve parks and welcome visitors. Stewardship and science will guide decisions. An inventory of all wildlife in parks will be completed, a vital baseline to monitor change and adjust management. Strategic acquisitions will protect landscapes. Parks will be known as America’s best classrooms. We will work carefully to add new parks to tell America’s stories. Facilities will be in better condition. Hallowed battlefields will be preserved. Majestic species that symbolize this nation, such as bison and bald eagles, will thrive in their native habitats. A new era of private-public partnerships will bring greater excellence to parks. More volunteers will add value to park experiences. The latest information technology will captivate young people with the national park story.''',
    quotes=[
        Q('“Yesterday, Secretary', 'of the United States,”', "Joe Escoto"),
        Q('“Parks teach and inspire.', 'the historical.”', "Dirk Kempthorne"),
        Q('“The 21st-century National Park Service', 'with the national park story.', "Dirk Kempthorne"),
    ],
    aliases={"Joe Escoto": ["Joe Escoto", "acting Superintendent Joe Escoto"],
             "Dirk Kempthorne": ["Dirk Kempthorne", "Secretary of the Interior Dirk Kempthorne", "Secretary Kempthorne", "the Secretary"]},
),
dict(
    id="fws-refuge-update-2016-03-tualatin-river-bioswale",
    source="https://issuu.com./nationalwildliferefugesystem/docs/mar-apr_2016_refugeupdate_508_final",
    license=PD_COPY, retrieved=PAGES + " (Fish and Wildlife Service newsletter 'Refuge Update', March/April 2016 (Vol 13, No 2), page 1, as stored on issuu.com; the masthead lines ('U.S. Fish & Wildlife Service', 'March/April 2016 | Vol 13, No 2', 'RefugeUpdate National Wildlife Refuge System', 'www.fws.gov/refuges'), the cover caption 'INSIDE: This year the U.S. Fish and Wildlife Service is celebrating ... (Tom Koerner/USFWS)', the title of another story 'Using Facebook To Connect' and the bylines 'By Martha Nudel' and 'By Bill O’Brian' dropped; the story's title kept as the first line; the drop capital 'E' printed on a line of its own joined to 'nvironmental'; the second paragraph runs on into the page's jump 'Sustainable methods and materials – including warm-mix asphalt and permeable pavers – were continued on pg 7', so the text ends on the sentence before (H1865); the box 'FOCUS: Helping Migratory Birds Fly, pages 8-15' and the next story, cut in the stored copy, dropped; curly marks as stored)",
    text='''A “Mini-Wetland” in a Parking Lot At Oregon’s Tualatin River Refuge
Environmental education, wildlife conservation and healthy hydrology converge at Tualatin River National Wildlife Refuge – in the parking lot.
For five years, the parking lot’s centerpiece, a sophisticated bioswale, has welcomed refuge visitors, hosted birds and pollinators, and filtered stormwater runoff before it enters the Tualatin River ecosystem near Portland, OR. “That bioswale is like a mini-wetland,” says visitor services manager Kim Strassburg. “It is a model, and it is an example of something you can do in your own backyard.” Refuge manager Erin Holmes concurs: “It provides an amazing opportunity for people to learn about native plants they can plant in their backyards. We’ve got nesting birds in there. It’s a great place for pollinators. It’s a little habitat for little critters.” A bioswale is a manmade, gently sloped, vegetation-filled depression designed to remove pollution from surface runoff water. The Tualatin River Refuge bioswale is state-of-the-art. Completed in 2011, it and the surrounding parking lot cost roughly $90,000, most of it American Recovery and Reinvestment Act money.''',
    quotes=[
        Q('“Mini-Wetland”', None, "Kim Strassburg"),
        Q('“That bioswale', 'a mini-wetland,”', "Kim Strassburg"),
        Q('“It is a model,', 'your own backyard.”', "Kim Strassburg"),
        Q('“It provides an amazing', 'for little critters.”', "Erin Holmes"),
    ],
    aliases={"Kim Strassburg": ["Kim Strassburg", "visitor services manager Kim Strassburg"],
             "Erin Holmes": ["Erin Holmes", "Refuge manager Erin Holmes"]},
),
dict(
    id="fws-refuge-update-2016-05-louisiana-black-bear-delisted",
    source="http://issuu.com/nationalwildliferefugesystem/docs/usfws_may-june2016_508_final",
    license=PD_COPY, retrieved=PAGES + " (Fish and Wildlife Service newsletter 'Refuge Update', May/June 2016 (Vol 13, No 3), page 1, as stored on issuu.com; the line 'Refuge Update May/June 2016', the page label 'Page 1', the masthead lines and the cover caption 'INSIDE: The Coastal Barrier Resources Act ... (Drew Gibson)' dropped; the story's title, printed on two lines ('Louisiana Black Bear Is Removed' / 'From Threatened and Endangered List'), kept as one first line; the drop capital 'I' printed on a line of its own joined to 'nterior'; the second paragraph runs on into the page's jump ('As I continued on pg 18'), so the text ends on the sentence before, inside Jewell's quotation (H1865); the box 'FOCUS: Dollars That Make Sense, pages 8-15' and the next story ('$1 Million Boost Goes to Two More Urban Refuges'), cut in the stored copy, dropped; curly marks as stored)",
    text='''Louisiana Black Bear Is Removed From Threatened and Endangered List
Interior Secretary Sally Jewell announced that, after 24 years of recovery efforts by an array of partners, the Louisiana black bear has been removed from the threatened and endangered species list.
Jewell made the announcement at Louisiana’s Tensas River National Wildlife Refuge, which has a substantial population of Louisiana black bear and played a major role in the species’ recovery. Bayou Teche Refuge, Bayou Cocodrie Refuge, Lake Ophelia Refuge and other refuges in Louisiana also were vital to the recovery. The bear became part of American culture after a 1902 hunting trip to Mississippi during which President Theodore Roosevelt refused to shoot a bear that was trapped and tied to a tree by members of his hunting party. The episode was featured in a cartoon in The Washington Post, sparking the idea for a Brooklyn candy store owner to create the Teddy bear. “President Theodore Roosevelt would have really enjoyed why we are gathered here today,” Jewell said at a March announcement at Tensas River Refuge. “Working together across private and public lands with so many partners embodies the conservation ethic he stood for when he established the National Wildlife Refuge System as part of the solution to address troubling trends for the nation’s wildlife.''',
    quotes=[
        Q('“President Theodore Roosevelt', 'gathered here today,”', "Sally Jewell"),
        Q('“Working together across', 'for the nation’s wildlife.', "Sally Jewell"),
    ],
    aliases={"Sally Jewell": ["Sally Jewell", "Interior Secretary Sally Jewell", "Jewell"]},
),
dict(
    id="nasa-2010-04-27-release-10-095-worden-clarke-award",
    source="https://aus-city.com/cgi-bin/dada/mail.cgi/archive/NASA_REPORTS/20100428030503",
    license=PD_COPY, retrieved=PAGES + " (copy of NASA release 10-095 of April 27, 2010 in the aus-city.com archive of NASA's news list, which has lost most full stops and the dots inside addresses (kept as stored, H521); the date line 'April, 27, 2010', the contact lines (Sonja Alexander, Headquarters; Michael Mewhinney, Ames Research Center; phones, e-mails) and 'RELEASE: 10-095' dropped; the headline in capitals kept as the first line; the dateline 'WASHINGTON --' left at the head of the first paragraph; the link lines ('For Worden's biography, visit:', 'For more information about NASA Ames, visit:', 'For more information about The Arthur C Clarke Foundation, visit:' and their addresses), '-end-' and the list's subscription boilerplate dropped; straight marks as stored)",
    text='''NASA AMES CENTER DIRECTOR RECEIVES ARTHUR C CLARKE AWARD
WASHINGTON -- The director of NASA's Ames Research Center, S Pete Worden, was recognized Tuesday by The Arthur C Clarke Foundation for his leadership in space exploration
Worden has written or co-written more than 150 scientific technical papers in astrophysics, space sciences and strategic studies He also served as a scientific co-investigator for two NASA space science missions Before becoming Ames center director, he was a research professor of astronomy, optical sciences and planetary sciences at the University of Arizona His primary research was on the development of large space optics for national security and scientific purposes, and near-Earth asteroids
"I am truly honored to receive the 2010 Arthur C Clarke Foundation's Innovator's Award," Worden said "This prestigious award recognizes technology trailblazers whom I personally admire, and I am proud to be considered among them "
The award recognizes initiatives or new inventions with recent impact or particular promise for satellite communications and society "Like Sir Arthur, Pete Worden was 'in at the beginning' of countless courageous departures - among them the Strategic Defense Initiative, the revitalization of civil space exploration and Earth monitoring, and programs to get mankind at a working distance from Near Earth Objects," The Arthur C Clarke Foundation's Chairman Tedson J Meyers said''',
    quotes=[
        Q('"I am truly honored', 'Innovator\'s Award,"', "S Pete Worden"),
        Q('"This prestigious award', 'among them "', "S Pete Worden"),
        Q('"Like Sir Arthur,', 'Near Earth Objects,"', "Tedson J Meyers"),
    ],
    aliases={"S Pete Worden": ["S Pete Worden", "Worden", "The director of NASA's Ames Research Center"],
             "Tedson J Meyers": ["Tedson J Meyers", "The Arthur C Clarke Foundation's Chairman Tedson J Meyers"]},
),
dict(
    id="nasa-2010-04-08-release-10-078-field-center-assignments",
    source="https://aus-city.com/cgi-bin/dada/mail.cgi/archive/NASA_REPORTS/20100411101634",
    license=PD_COPY, retrieved=PAGES + " (copy of NASA release 10-078 of April 8, 2010 in the aus-city.com archive of NASA's news list, which has lost most full stops and the dots inside addresses (kept as stored, H521); the date line 'April 8, 2010', the contact lines (Bob Jacobs, Headquarters, Washington, phone, e-mail) and 'RELEASE: 10-078' dropped; the headline in capitals kept as the first line; the dateline 'WASHINGTON --' left at the head of the first paragraph; the paragraph 'For details on the NASA center work assignments and more information about the agency's fiscal year 2011 budget, visit:' with its address, '-end-' and the list's subscription boilerplate dropped; straight marks as stored)",
    text='''NASA ANNOUNCES FUTURE WORK ASSIGNMENTS FOR FIELD CENTERS
WASHINGTON -- NASA Administrator Charles Bolden and Deputy Administrator Lori Garver presented an outline for new and extended program assignments across the agency Thursday in support of the president's fiscal year 2011 budget request
Pending congressional approval, NASA will create new program offices that include activities in exploration technology and development, heavy lift rockets and rocket propulsion technology, exploration precursor robotic missions, human research, and commercial spaceflight opportunities
In addition, the new budget has increases for NASA's Science and Aeronautics directorates that will improve the agency's Earth observation capabilities and help create a Next Generation air transportation system that is safe, efficient and friendlier to the environment The work assignments expand on the strengths of NASA's 10 centers while allowing the agency to safely fly out the space shuttle manifest and establish a firm foothold in space by extending the International Space Station, likely to 2020 or beyond
"These assignments build on the deep knowledge and expertise that NASA has developed during five decades," Bolden said "They recognize our work force's wealth of experience and commitment, and the specialties already existing at the NASA field centers "
Bolden said the work assignments represent a bold new approach to exploring space that will enable NASA to get beyond low-Earth orbit and create robust near-Earth space flight capabilities In addition, several of the technology development efforts will focus on innovative approaches to spaceflight and other technologies''',
    quotes=[
        Q('"These assignments build', 'during five decades,"', "Charles Bolden"),
        Q('"They recognize our work force', 'NASA field centers "', "Charles Bolden"),
    ],
    aliases={"Charles Bolden": ["Charles Bolden", "NASA Administrator Charles Bolden", "Bolden"]},
),
dict(
    id="nhlbi-2009-09-30-nabel-obama-funding-announcement-nih",
    source="http://www.nhlbi.nih.gov/about/directorscorner/previousdirectors/nabel/2009-dr-nabel-messages/president-obama-makes-historic-funding-announcement-at-nih/index.html",
    license=PD, retrieved=PAGES + " (message of NHLBI director Elizabeth Nabel of September 30, 2009 on nhlbi.nih.gov; the site lines ('Accessible Search Form Advanced Search', the archive links 'Dr. Nabel's Messages: 2009 | 2008 | ...' and 'November | October | ...', 'rss feed', 'PRINT | SHARE'), the byline-and-date line 'Dr. Nabel - September 30, 2009' and the photo caption 'President Obama' dropped; the title kept as the first line; the paragraph 'President Obama also recognized the enormous efforts ... Addressing the audience gathered in the Clinical Center's Masur auditorium and watching', cut in the stored copy, dropped; straight marks as stored)",
    text='''President Obama Makes Historic Funding Announcement at NIH
On September 30, 2009, we had the honor of hosting President Barack Obama and Secretary Sebelius as we marked a milestone in distributing funds through the American Recovery and Reinvestment Act. Our nation's "Scientist-in-Chief," as NIH Director Francis Collins introduced him, announced that as of September 30, 2009, the NIH had awarded $5 billion in Recovery Act funds to support research grants in academic institutions across the country.
Calling this economic and scientific stimulus "the single largest boost to biomedical research in history," President Obama highlighted the ultimate goals of the Recovery Act-spurred research: "to conduct cutting-edge research all across America, to unlock treatments to diseases that have long plagued humanity, to save and enrich the lives of people all over the world."
The President went on to name heart disease as one of the significant public health problems we hope to better understand, prevent and treat now that Recovery Act funds are making it possible to apply more of what we have learned through the Human Genome Project. The President's announcement included the NHLBI's "Grand Opportunity" Large-Scale DNA Sequencing Project, which will spend more than $63 million to identify genetic connections to the heart, lung, and blood diseases that account for three of the four leading causes of death in the United States.''',
    quotes=[
        Q('"Scientist-in-Chief,"', None, "Francis Collins"),
        Q('"the single largest boost', 'in history,"', "Barack Obama"),
        Q('"to conduct cutting-edge', 'all over the world."', "Barack Obama"),
        Q('"Grand Opportunity"', None, None),
    ],
    aliases={"Francis Collins": ["Francis Collins", "NIH Director Francis Collins"],
             "Barack Obama": ["Barack Obama", "President Barack Obama", "President Obama", "The President"]},
),
dict(
    id="noaa-oap-2015-07-gulf-of-alaska-acidification-cruise",
    source="http://oceanacidification.noaa.gov/WhatWeDo/EducationOutreach/SOARCEWebinars/TabId/3463/PgrID/16157/PageID/4/PID/16157/evl/0/CategoryID/204/CategoryName/biological-reponse/Default.aspx",
    license=PD, retrieved=PAGES + " (NOAA Ocean Acidification Program news listing page ('SOARCE ARCHIVE', category 'biological reponse'); the first item, of Monday, July 13, 2015, taken; the page label 'SOARCE ARCHIVE', the repeated title line, the source line 'NOAA Ocean Acidification Program', the date line and 'Tags:' dropped; the title kept as the first line; the space at the end of the first paragraph dropped; the other items ('The Galápagos Islands: A Glimpse into the Future of Our Oceans' without a quotation, and a Seattle Times story, newspaper text) dropped; curly marks as stored)",
    text='''Waters Vast and Cold: NOAA and Partners Sail to the Gulf of Alaska to Study Ocean Acidification
The waters of Alaska are vast, cold and vulnerable to the effects of ocean acidification. Although these effects have been characterized in the Bering, Chukchi and Beaufort Seas, on Monday July 13 NOAA and partners will depart to survey new waters in the Gulf of Alaska. Researchers from NOAA’s Pacific Marine Environmental Laboratory (PMEL) and University of Alaska Fairbanks (UAF) will set sail on the NOAA ship Ronald H. Brown to survey ocean chemistry and its connections to the base of the food web in the Gulf of Alaska.
“This cruise offers the unique opportunity for data to be collected throughout the Gulf of Alaska,” said Dr. Jessica Cross, chief scientist for this expedition, “This will be the first broad scale, comprehensive survey in this area.”''',
    quotes=[
        Q('“This cruise offers', 'the Gulf of Alaska,”', "Jessica Cross"),
        Q('“This will be the first', 'in this area.”', "Jessica Cross"),
    ],
    aliases={"Jessica Cross": ["Jessica Cross", "Dr. Jessica Cross", "chief scientist for this expedition"]},
),
dict(
    id="noaa-oap-2016-11-pteropod-shells-west-coast-feely",
    source="http://oceanacidification.noaa.gov/WhatsNew/OANews/TabId/2540/PID/12712/ev/1/TagID/655/TagName/pteropods/Default.aspx",
    license=PD, retrieved=PAGES + " (NOAA Ocean Acidification Program news listing page (tag 'pteropods'); the second item, of Wednesday, November 23, 2016, taken; its repeated title line, the source line 'NOAA' and the date line dropped; the title kept as the first line; the first item ('Research shows ocean acidification is spreading rapidly in the Arctic', without a quotation) and the later items ('NOAA CRUISE STUDIED OCEAN ACIDIFICATION ON THE WEST COAST', a cruise blog notice) dropped; curly marks as stored)",
    text='''NOAA research links human-caused CO2 emissions to dissolving sea snail shells off U.S. West Coast
For the first time, NOAA and partner scientists have connected the concentration of human-caused carbon dioxide in waters off the U.S. Pacific coast to the dissolving of shells of microscopic marine sea snails called pteropods.
“This is the first time we’ve been able to tease out the percentage of human-caused carbon dioxide from natural carbon dioxide along a large portion of the West Coast and link it directly to pteropod shell dissolution,” said Richard Feely, a NOAA senior scientist who led the research appearing in Estuarine, Coastal and Shelf Science. “Our research shows that humans are increasing the acidification of U.S. West Coast coastal waters, making it more difficult for marine species to build strong shells.”''',
    quotes=[
        Q('“This is the first time', 'shell dissolution,”', "Richard Feely"),
        Q('“Our research shows', 'strong shells.”', "Richard Feely"),
    ],
    aliases={"Richard Feely": ["Richard Feely", "a NOAA senior scientist who led the research appearing in Estuarine, Coastal and Shelf Science"]},
),
]
