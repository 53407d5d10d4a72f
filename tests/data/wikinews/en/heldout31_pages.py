# Held-out English news pages (tests/data/heldout31-en.jsonl). Like heldout23/25/27/29_pages.py, these texts are stored
# web pages (the `pages` search corpus), none of them used in an earlier set: eleven news releases and stories of US
# federal government outlets (USDA Forest Service, 2000; a National Park Service Morning Report, 2012, as archived by
# npshistory.com; a USGS release on EurekAlert, 1999; a US Fish and Wildlife Service release forwarded to the GLIN
# mailing list, 2006; an EPA "What They're Saying" release, 2019; a US Fish and Wildlife Service "Open Spaces" blog post;
# four USGS newsroom releases on archive.usgs.gov, 2005-2012; a Department of the Interior press release, 2013) and one
# Global Voices post (Trinidad & Tobago, 2009). The government texts are works of the US federal government and in the
# public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party (the EPA release's last,
# cut item quoting AP was dropped). The Global Voices text is CC BY 3.0. The stored copies are often cut after about
# 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Site
# banners, navigation, contact lines, dates, photo captions, mailing-list headers and reader comments are dropped;
# wording, spelling, spacing inside a paragraph and quotation marks are as stored (a mail copy's hard line wraps inside
# a paragraph are joined with a space). Two candidates were dropped by the novelty check: the NASA JPL release on new
# Mars rover team members (already in heldout23-en) and an Advox Netizen Report of 2014 (its boilerplate paragraph
# shares 8-word runs with Netizen Reports in earlier sets). Annotated by reading the pages, before whosaid was run on
# them (rules H148-H151 in ANNOTATION.md on top of H1-H143).
PD = "public domain (US government work, 17 U.S.C. § 105)"
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout31-en.jsonl

Built by `build.py` from `heldout31_pages.py`. Like heldout23-en, heldout25-en, heldout27-en and heldout29-en, these
texts are stored web pages (the `pages` search corpus), none of them used in a set above: eleven news releases and
stories of US federal government outlets (a USDA Forest Service release on the Chief's wildfire tour, 2000; a National
Park Service Morning Report on Mount Rainier, 2012, as archived by npshistory.com; a USGS release on Hurricane Floyd,
1999, on EurekAlert; a US Fish and Wildlife Service release on bald eagles, 2006, forwarded to the GLIN mailing list; an
EPA "What They're Saying" release on the Kalamazoo River settlement, 2019; a US Fish and Wildlife Service "Open Spaces"
blog post for National Volunteer Week; four USGS newsroom releases on archive.usgs.gov: Hurricane Katrina aid, 2005,
the 2005 hurricanes report, 2008, the Partners in Conservation awards, 2010, and a Landsat at 40 media advisory, 2012;
a Department of the Interior release on the Landsat 8 launch, 2013) and one Global Voices post ("Trinidad & Tobago:
Paper Vs. Blogger", 2009). The government texts are US government works in the public domain (17 U.S.C. § 105); none is
credited to AP, Reuters, AFP or another third party. The Global Voices text is CC BY 3.0. The stored copies are often
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Banners,
navigation, contact lines, dates, captions, mailing-list headers and reader comments were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by title, by the names
of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence; a NASA JPL release already
in heldout23-en and an Advox Netizen Report sharing boilerplate with earlier sets were dropped). The annotation (rules
H148–H151 in `ANNOTATION.md` on top of H1–H143) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-usda-fs-2000-dombeck-wildfire-tour",
    source="https://www.fs.usda.gov/about-agency/newsroom/releases/forest-service-chief-assesses-wildfires-out-west",
    license=PD, retrieved=PAGES + " (the paragraph '“We are grateful for the cooperative support of our northern neighb...', cut in the stored copy, dropped)",
    text='''Forest Service Chief Assesses Wildfires out West
USDA Forest Service Chief Mike Dombeck, currently on his way home after an extensive two-day tour assessing the wildfires in Idaho and Montana, reinforced today that the national wildfire suppression effort is working according to the national strategy. Dombeck made the evaluation at the direction of USDA Secretary Dan Glickman, who oversees the Forest Service.
“This has been a seamless operation and I commend the more than 20,000 dedicated men and women who are working so hard in this firefighting effort,” said Dombeck. “This is as government and local communities ought to work.”
Dombeck has directed his senior leaders to immediately begin identifying more than 60 strike team leaders, experts in guiding firefighter crews, from within the ranks of the agency. This action is in preparation for possible expansion of military involvement. In addition, Forest Service leadership will continue to monitor and identify key resources as necessary to support an expansion of firefighting efforts.
The National Interagency Fire Center (NIFC)—in coordination with 11 Geographic Area Coordination Centers—is executing a planned strategy to guide use of available resources based on three national priorities: firefighter and public safety; initial attack on new fires; and protection of communities at risk.
“Because firefighter and public safety is our absolute number one concern, it is devastating to hear of the loss of a life,” expressed Dombeck, referring to yesterday’s helicopter accident in Nevada where a pilot was killed and three people were injured. “My deepest condolences go out to the pilot’s family members and loved ones.” (Names are being withheld pending notification of family members.)
Dombeck emphasized that NIFC has access to personnel, equipment and supplies from countless sources, which can be activated quickly and effectively.''',
    quotes=[
        Q('“This has been a seamless', 'firefighting effort,”', "Mike Dombeck"),
        Q('“This is as government', 'ought to work.”', "Mike Dombeck"),
        Q('“Because firefighter and public safety', 'loss of a life,”', "Mike Dombeck"),
        Q('“My deepest condolences', 'and loved ones.”', "Mike Dombeck"),
    ],
    aliases={"Mike Dombeck": ["USDA Forest Service Chief Mike Dombeck", "Dombeck"]},
),
dict(
    id="gov-en-nps-2012-06-28-morning-report-mount-rainier",
    source="http://npshistory.com/morningreport/2012/06-28.htm",
    license=PD, retrieved=PAGES + " (National Park Service Morning Report of Thursday, June 28, 2012, as archived by npshistory.com; the lines 'NATIONAL PARK SERVICE', 'MORNING REPORT', 'Thursday, June 28, 2012', 'INCIDENTS' and the park line 'Mount Rainier NP' before the headline dropped; the paragraph 'The Hall family has asked that donations ...', cut in the stored copy, dropped; the Word field code 'HYPERLINK \"mailto:Barb_Maynes@nps.gov\"' kept as stored)",
    text='''Recovery Efforts Await Improved Safety Conditions
Recovery efforts for Ranger Nick Hall await improved safety conditions. After a number of days of poor weather conditions and several feet of new snow on the upper elevations of Mount Rainier, the park yesterday received its first day of a forecasted 36-hour window of good weather for a recovery effort. But high avalanche danger on the mountain on Wednesday resulted in unsafe conditions that precluded efforts to recover his body.
‘We want to recover Nick as soon as it is safe to do so,” said Superintendent Randy King. “Conditions must be stable before it is safe to put recovery teams on the mountain.”
Efforts yesterday focused on overflights to assess conditions from the air, evaluation of mountain conditions and snowpack at Camp Schurman (elevation 9,510 feet), and completion of a plan for a recovery attempt on Thursday providing that conditions are favorable and safe.
Nick Hall died on Mount Rainier on Thursday, June 21st, after he fell approximately 2,500 feet down the Emmons Glacier while assisting on an upper mountain rescue.
The memorial service for Nick Hall will be held on Friday at the Jackson Visitor Center at Paradise in Mount Rainier National Park. Nick's family, friends, colleagues and co-workers will be attending. The Visitor Center will be closed to accommodate the service. The park is currently working to offer alternative methods to view the service. Inquiries regarding memorial services should be sent to Barb Maynes ( HYPERLINK "mailto:Barb_Maynes@nps.gov" Barb_Maynes@nps.gov).''',
    quotes=[
        Q('‘We want to recover Nick', 'safe to do so,”', "Randy King"),
        Q('“Conditions must be stable', 'on the mountain.”', "Randy King"),
        Q('"mailto:Barb_Maynes@nps.gov"', None, None),
    ],
    aliases={"Randy King": ["Superintendent Randy King"]},
),
dict(
    id="gov-en-usgs-1999-hurricane-floyd-virginia",
    source="https://eurekalert.org/pub_releases/1999-09/USGS-UrtH-170999.php",
    license=PD, retrieved=PAGES + " (USGS news release as posted on EurekAlert; the lines 'News Release', 'Peer-Reviewed Publication' and 'U.S. Geological Survey' dropped; the paragraph 'See \"Measuring Streamflow in Virginia\" at ...', cut in the stored copy, dropped; the space before the closing mark in '... in the field, \"' kept as stored)",
    text='''USGS responds to Hurricane Floyd in Virginia
Heavy rains have occurred as Floyd moved into eastern and central Virginia. Currently, streamflows in some rivers in southeastern Virginia are already above flood stage. These include the Meherrin, Nottoway, and Blackwater Rivers. Numerous smaller streams in these areas are also causing local flooding.
Last night and early this morning, USGS personnel in Virginia headed out in vans packed with sampling equipment. They are collecting streamflow measurements as well as water-quality data. Streamflow measurements are needed by flood forecasters in order to warn emergency management officials and the public of rising water levels.
Water-quality sampling is important during and after storms because storm runoff can wash large amounts of nutrients, sediment, pesticides, and other contaminants into rivers, streams, and Chesapeake Bay.
If necessary, USGS personnel will cooperate with the Federal Emergency Management Agency (FEMA) and the U.S. Army Corps of Engineers to collect data on storm surges, which are abnormally high tides caused by storm winds.
"This is when we worry about our people out in the field, " said Virginia's hydrologic data chief Roger White. "We step up our regular data collection efforts during storms because that's when accurate data are needed for saving lives, but it's also the most dangerous time for our technicians to be out working."
USGS operates a network of streamflow gaging stations in nine major river basins across Virginia, providing data on river stages and discharges to the National Weather Service and the public in real time. Real-time streamflow data for 74 gaging stations may be viewed on the USGS Virginia District web page at http://va.water.usgs.gov -- scroll down to "Current Streamflow Conditions."''',
    quotes=[
        Q('"This is when we worry', 'in the field, "', "Roger White"),
        Q('"We step up our regular', 'to be out working."', "Roger White"),
        Q('"Current Streamflow Conditions."', None, None),
    ],
    aliases={"Roger White": ["Virginia's hydrologic data chief Roger White"]},
),
dict(
    id="gov-en-fws-2006-refuges-bald-eagle-rebound",
    source="http://www.glin.net/lists/glin-announce/2006-03/msg00055.html",
    license=PD, retrieved=PAGES + " (US Fish and Wildlife Service news release forwarded to the GLIN announce mailing list, March 2006; the archive's navigation line, the subject prefix 'GLIN==> USFWS', the forwarding header ('Forwarded by Rich Greenwood ...', '[fws-news]', 'Please respond to') and the line 'Contact: Martha Nudel, 703-358-1858' dropped; the mail's hard line wraps inside a paragraph joined with a space, double spaces after full stops kept; the paragraph 'Hartwig pointed to Montezuma National Wildlife Refuge ...', cut in the stored copy, dropped)",
    text='''National Wildlife Refuges Play Pivotal Role In Bald Eagle Rebound
By the end of February, two new eaglets were in residence in a loblolly pine tree on Blackwater National Wildlife Refuge.  Last year, the nest produced three eaglets last year on Maryland’s Eastern Shore.
Now you can watch the eaglets in the Blackwater Refuge nest by logging onto the live Eagle Cam at http://www.friendsofblackwater.org/camcentral.html.
The Blackwater National Wildlife Refuge isn’t the only place in the Refuge System where you can find bald eagles. There are over 150 national wildlife refuges providing valuable  habitat for the American symbol.  These areas are a pivotal reason that the U.S. Fish and Wildlife Service is now considering removing the bald eagle from the Federal list of threatened and endangered species.  The Service on February 13 reopened the public comment period on that proposal.
The bald eagle population in the lower 48 states has recovered from an estimated 417 nesting pairs in 1963 to the current estimated population of 7,066 breeding pairs.
“Across the country, national wildlife refuges can boast about their work on behalf of bald eagles,” said National Wildlife Refuge Chief Bill Hartwig.  “The successes are almost too plentiful to count.”''',
    quotes=[
        Q('“Across the country,', 'of bald eagles,”', "Bill Hartwig"),
        Q('“The successes are almost', 'to count.”', "Bill Hartwig"),
    ],
    aliases={"Bill Hartwig": ["National Wildlife Refuge Chief Bill Hartwig"]},
),
dict(
    id="gov-en-epa-2019-12-13-kalamazoo-what-theyre-saying",
    source="https://www.epa.gov/newsreleases/epa-week-review-1209-1213",
    license=PD, retrieved=PAGES + " (EPA release 'EPA Week In Review: 12/09 - 12/13', December 13, 2019; the stored copy begins with the section 'What They're Saying About the Settlement...' (H131); its date line dropped; the last item 'AP: Company to pay $245M toward cleanup of Kalamazoo River PCBs: ...', an Associated Press excerpt cut in the stored copy, dropped)",
    text='''What They're Saying About the Settlement...
EPA Assistant Administrator for Enforcement and Compliance Assurance Susan Bodine: “This is a terrific settlement. It not only ensures that responsible parties will continue to clean up contamination at the Kalamazoo River Superfund site, but also ensures that both past and future costs incurred by the EPA and the state will be recovered.”
Assistant Attorney General Jeffrey Bossert Clark of the Justice Department’s Environment and Natural Resources Division: “This agreement marks a milestone in efforts to clean up Superfund sites in the Great Lakes region... Under this settlement, cleanup and restoration efforts will be accelerated and that’s really good news for communities in the region and the environment.”
EPA Region 5 Administrator Cathy Stepp: “Today’s agreement is a big step towards cleaning up the Kalamazoo River. This Administration is committed to cleaning up and restoring contaminated sites so they can be put back to productive use in the community.”
Michigan Attorney General Dana Nessel: “This settlement is an important step for the State and the federal government in cleaning up contamination in and near the Kalamazoo River. I look forward to continued cooperation with our federal partners on this site to benefit our communities... and to protect public health, safety, and welfare.”
Michigan Environment, Great Lakes & Energy Director Liesl Clark: “This settlement represents substantial progress in the cleanup and restoration of the Kalamazoo River... It also provides funds for the selection of natural resource projects to restore natural resources and help compensate the public for lost recreational opportunities within this important Southwest Michigan watershed.”''',
    quotes=[
        Q('“This is a terrific settlement.', 'will be recovered.”', "Susan Bodine"),
        Q('“This agreement marks a milestone', 'and the environment.”', "Jeffrey Bossert Clark"),
        Q('“Today’s agreement is a big step', 'use in the community.”', "Cathy Stepp"),
        Q('“This settlement is an important step', 'safety, and welfare.”', "Dana Nessel"),
        Q('“This settlement represents substantial progress', 'Michigan watershed.”', "Liesl Clark"),
    ],
    aliases={
        "Susan Bodine": ["EPA Assistant Administrator for Enforcement and Compliance Assurance Susan Bodine"],
        "Jeffrey Bossert Clark": ["Assistant Attorney General Jeffrey Bossert Clark"],
        "Cathy Stepp": ["EPA Region 5 Administrator Cathy Stepp"],
        "Dana Nessel": ["Michigan Attorney General Dana Nessel"],
        "Liesl Clark": ["Michigan Environment, Great Lakes & Energy Director Liesl Clark"],
    },
),
dict(
    id="gov-en-fws-open-spaces-volunteer-week",
    source="https://www.fws.gov/news/blog/?mode=entry&amp;entry=4A702A51-0D9C-1307-82E3369F87D81141",
    license=PD, retrieved=PAGES + " (US Fish and Wildlife Service blog 'Open Spaces'; the social-media icon line and the blog banner lines 'Open Spaces' and 'A Talk on the Wild Side.' dropped; two photo captions ('child kneels next to a white dog ...' and 'man works on a project with two kids ... Photo by USFWS') dropped; the list item '• “At Aransas National Wildlife Refuge, ...', cut in the stored copy, dropped; the URL is given as stored, with '&amp;')",
    text='''Thank You, Volunteers! ‘Working Together We Accomplish Many Things’
We are celebrating National Volunteer Week and our volunteers – nearly 42,000 – who give more than 1.5 million hours to help conserve the nature of America.
Of course, volunteerism has always been a part of America.
Just ask French researcher Alexis de Tocqueville, who visited the United States in 1831.
Describing the new country growing up over the Atlantic Ocean, he wrote in Democracy in America: “I have often seen Americans make great and real sacrifices to the public welfare.”
Folks on the front lines of conservation see those sacrifices every day. Listen to just a few of them:
• “On Alligator River and Pea Island National Wildlife Refuges, volunteers provide the manpower to accomplish most of our biological and maintenance work, as well as interpretive/educational programming. They also staff our Visitor Centers 100 percent of the time, so they are literally the ‘faces’ for our national wildlife refuges! Our jobs would be impossible without them!” Bonnie Strawser, visitor services manager, Alligator River/Pea Island National Wildlife Refuges in North Carolina''',
    quotes=[
        Q('‘Working Together We Accomplish Many Things’', None, None),
        Q('“I have often seen Americans', 'to the public welfare.”', "Alexis de Tocqueville"),
        Q('“On Alligator River and Pea Island', 'impossible without them!”', "Bonnie Strawser"),
    ],
    aliases={"Alexis de Tocqueville": ["French researcher Alexis de Tocqueville"]},
),
dict(
    id="gov-en-usgs-2008-02-01-hurricanes-report",
    source="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=1864.html",
    license=PD, retrieved=PAGES + " (USGS newsroom release of 2/1/2008 on the USGS archive site; the archive banner, navigation, 'Released' and contact lines dropped; the image caption 'Report cover of the Science and the Storms: the USGS Response to the Hurricanes of 2005', printed without a break before the next paragraph, dropped; the paragraph '\"Holly Beach, Louisiana, is the only community th...', cut in the stored copy, dropped)",
    text='''Report: How the USGS Responded to 2005 Hurricanes and Addresses Storms Today
Scientists from the U.S. Geological Survey (USGS) say that the lessons learned and technology deployed before, during and after Hurricanes Dennis, Katrina, Rita and Wilma in 2005 can be used to help the public, emergency responders and policymakers prepare for and reduce losses from future hurricanes. This and much more is detailed in, "Science and the Storms: the USGS Response to the Hurricanes of 2005," a new USGS report which was discussed today at two Congressional briefings.
The publication showcases everything from the discovery of new storm surge modeling techniques to the use of satellite imagery and airborne lidar, or light detection and ranging, to measure land loss and landscape change to how science helps determine water quality and flooding threats.
"Hurricane Rita was the first time we were able to record a hurricane surge—the average water level when a hurricane hits—across its entire impact zone, from Louisiana to Texas," said USGS Louisiana Water Science Center Director Charlie Demas. "This helps us with storm surge modeling to better understand the potential damage of future hurricanes, and it was not available before Hurricane Rita."
Storm surges can wipe out entire communities. Many times, the waves on top of the storm surge are as high as the surge is deep.''',
    quotes=[
        Q('"Science and the Storms:', 'Hurricanes of 2005,"', None),
        Q('"Hurricane Rita was the first time', 'Louisiana to Texas,"', "Charlie Demas"),
        Q('"This helps us with storm surge', 'before Hurricane Rita."', "Charlie Demas"),
    ],
    aliases={"Charlie Demas": ["USGS Louisiana Water Science Center Director Charlie Demas"]},
),
dict(
    id="gov-en-usgs-2005-09-02-katrina-aid",
    source="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=876.html",
    license=PD, retrieved=PAGES + " (USGS newsroom release of 9/2/2005 on the USGS archive site; the archive banner, navigation, 'Released' and contact lines dropped; the paragraph 'USGS scientists ...', cut in the stored copy, dropped)",
    text='''USGS Providing Humanitarian and Scientific Aid in Aftermath of Hurricane Katrina
"The past several days have seen remarkable devastation resulting from Hurricane Katrina. Our thoughts and prayers are with everyone who has been affected by this disaster," said USGS Acting Director Pat Leahy. "In the aftermath of Katrina, USGS research on hurricanes and natural hazards is no longer just a scientific endeavor – it is a matter of public safety."
USGS has contributed to the humanitarian rescue efforts by providing flat boats to help deliver food and supplies and transport people that have been stranded in flooded areas. In Lafayette, LA, USGS employees are providing relief to the local community and to a rapidly growing refugee camp on the campus of the University of Louisiana at Lafayette.
As of today, Lake Pontchartrain level has stabilized. USGS scientists are coordinating with many Federal agencies to provide geospatial information, maps, satellite images, and scientific assessments to complete the recovery and begin the healing process.
In addition to USGS humanitarian efforts, we are providing scientific expertise to map and analyze the areas impacted by the hurricane. Using a variety of satellite and aerial photography, geographers will provide coordinates and maps to link 911 calls and pinpoint exact areas where people need to be rescued. This linking of photography to ground coordinates was used in the 9-11 disaster in New York City.
USGS hydrologic crews are conducting storm surge reconnaissance mapping along the I-10 corridor.''',
    quotes=[
        Q('"The past several days', 'affected by this disaster,"', "Pat Leahy"),
        Q('"In the aftermath of Katrina,', 'of public safety."', "Pat Leahy"),
    ],
    aliases={"Pat Leahy": ["USGS Acting Director Pat Leahy"]},
),
dict(
    id="gov-en-usgs-2010-10-14-partners-in-conservation",
    source="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=2613.html",
    license=PD, retrieved=PAGES + " (USGS newsroom technical announcement of 10/14/2010 on the USGS archive site; the archive banner, navigation, the label 'Technical Announcement:', 'Released' and contact lines dropped; the subheading 'Yukon River Inter-Tribal Watershed Council-USGS Water Quality Monitoring Program' and its paragraph, cut in the stored copy, dropped)",
    text='''Secretary of the Interior Recognizes USGS and its Collaborators with Partners in Conservation Awards
Secretary of the Interior Ken Salazar selected four U.S. Geological Survey programs and their collaborators to receive a Partners in Conservation Award — The Yukon River Inter-Tribal Watershed Council-USGS Water Quality Monitoring Program; the Council of Lake Committees, Great Lakes Fishery Commission, U.S. Fish and Wildlife Service, and U.S. Geological Survey; the Giant Constrictor Risk Assessment Partnership of the USFWS, National Park Service, and USGS; and the Mount St. Helens Institute.
The Partners in Conservation Awards recognize individuals and organizations for their conservation achievements resulting from the cooperation and participation of landowners; citizens’ groups; private sector and nongovernmental organizations; and federal, state, local and/or tribal governments.
“These awards recognize the dedicated efforts of more than 600 individuals and organizations from all walks of life, from across our nation, and from across our border with Canada,” the Secretary said. “They embody a broad spectrum of conservation work ranging from preserving historic battlefields, restoring watersheds and wetlands, protecting wildlife, conserving water and fighting invasive species to teaching conservation values to the next generation.”''',
    quotes=[
        Q('“These awards recognize', 'border with Canada,”', "Ken Salazar"),
        Q('“They embody a broad spectrum', 'the next generation.”', "Ken Salazar"),
    ],
    aliases={"Ken Salazar": ["Secretary of the Interior Ken Salazar", "the Secretary"]},
),
dict(
    id="gv-en-2009-08-28-trinidad-paper-vs-blogger",
    source="https://globalvoices.org/2009/08/28/trinidad-tobago-paper-vs-blogger/",
    license=GV, retrieved=PAGES + " (Global Voices; the four reader comments and pingbacks below the post and the newsletter box dropped)",
    text='''Trinidad & Tobago: Paper Vs. Blogger
A battle appears to be brewing between a Trinidad and Tobago blogger and a local newspaper: the latter says that it will “exercise all its available legal options” unless kid5rivers apologizes for this post, in which he airs his opinion that the paper has become “a media house that no longer can be trusted to bark out the truth.”''',
    quotes=[
        Q('“exercise all its available legal options”', None, None),
        Q('“a media house that no longer', 'out the truth.”', "kid5rivers"),
    ],
),
dict(
    id="gov-en-doi-2013-landsat-8-launch",
    source="https://www.doi.gov/news/pressreleases/interior-prepares-to-conduct-landsat-8-scientific-programs-after-successful-launch-of-latest-earth-observing-satellite",
    license=PD, retrieved=PAGES + " (Department of the Interior press release, February 2013; the line 'Last edited 09/05/2019' dropped; the paragraph 'The Landsat program is a joint partne...', cut in the stored copy, dropped)",
    text='''Interior Prepares to Conduct Landsat 8 Scientific Programs After Successful Launch of Latest Earth-Observing Satellite
Secretary Salazar Says Interior-NASA Partnership Provides Model for New Strategy to Strengthen Science Education and Careers
VANDENBERG AFB, CA – Secretary of the Interior Ken Salazar today joined NASA Administrator Charles F. Bolden, Assistant Secretary of the Interior for Water and Science Anne Castle, United States Geological Survey (USGS) Director Dr. Marcia McNutt and other Interior and NASA officials to launch the nation's newest Earth-observing satellite into space.
Launched by NASA from Vandenberg Air Force Base in California, the satellite is expected to transmit images and data about the Earth within 100 days. Landsat data from more than 3 million current and archived images of Earth – available free of charge through the Interior Department's USGS – have spurred extensive research and innovations, ranging from scientific investigations around the globe to the development of applications like Google Earth.
“Landsat has been delivering invaluable scientific information about our planet for more than forty years,” said Salazar. “It's an honor to be a part of today's launch to ensure that this critical data will continue to help us better understand our natural resources and help people like water managers, farmers, and resource managers make informed decisions.”
“Landsat is a centerpiece of NASA's Earth Science program, and today's successful launch will extend the longest continuous data record of Earth's surface as seen from space,” NASA Administrator Charles Bolden said. “This data is a key tool for monitoring climate change and has led to the improvement of human and biodiversity health, energy and water management, urban planning, disaster recovery and agriculture monitoring – all resulting in incalculable benefits to the U.S. and world economy.”''',
    quotes=[
        Q('“Landsat has been delivering', 'than forty years,”', "Ken Salazar"),
        Q('“It\'s an honor to be a part', 'make informed decisions.”', "Ken Salazar"),
        Q('“Landsat is a centerpiece', 'as seen from space,”', "Charles F. Bolden"),
        Q('“This data is a key tool', 'and world economy.”', "Charles F. Bolden"),
    ],
    aliases={
        "Ken Salazar": ["Secretary of the Interior Ken Salazar", "Secretary Salazar", "Salazar"],
        "Charles F. Bolden": ["NASA Administrator Charles F. Bolden", "NASA Administrator Charles Bolden", "Charles Bolden"],
    },
),
dict(
    id="gov-en-usgs-2012-07-19-landsat-at-40-advisory",
    source="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=3286.html",
    license=PD, retrieved=PAGES + " (USGS newsroom media advisory of 7/19/2012 on the USGS archive site; the archive banner, navigation, 'Released' and contact lines and the line 'In partnership with: National Aeronautics and Space Administration' dropped; the 'Who:' list, cut in the stored copy, dropped; the double spaces around the dateline dash kept as stored)",
    text='''Media Advisory: Landsat at 40: The Long View of Earth from Space
WASHINGTON, D.C.  –  The U.S. Geological Survey (USGS) and NASA will hold a news conference at 11 a.m. EDT, Monday, July 23, to highlight the accomplishments of the world's longest-running Earth-observing satellite program — Landsat. The briefing to be held at the Newseum in Washington, DC, will feature extensive imagery of our changing planet as well as chronological imagery and descriptions of selected U.S. landscapes.
In cooperation with the U.S. Department of the Interior (DOI) and its science agency, USGS, NASA launched the first Landsat satellite on July 23, 1972. The resulting 40-year archive of Earth observations from the Landsat fleet forms an impartial, comprehensive, and easily accessed register of human and natural changes on the land. This information supports the improvement of human and environmental health, biodiversity, energy and water management, urban planning, disaster recovery and crop monitoring.
During the briefing, NASA and USGS will announce the 10 most significant images from the Landsat record; the U.S. regions selected for the "My American Landscape" contest showing local environmental changes; and the top five Landsat "Earth As Art" images selected in an online poll.''',
    quotes=[
        Q('"My American Landscape"', None, None),
        Q('"Earth As Art"', None, None),
    ],
),
]
