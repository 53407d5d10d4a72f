# Held-out English news pages (tests/data/heldout128-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US science, health, environment and agriculture agencies, works of the US government in the
# public domain (17 U.S.C. § 105): a USDA blog post on farmers.gov (NRCS, 'Thanks to #OurFarmers for Voluntary
# Conservation') and the first issue of NRCS's employee e-newsletter on nrcs.usda.gov (August 2012), an EPA release on
# epa.gov (Administrator Andrew Wheeler ends his visit to Region 2, March 2019), a category page of NOAA's Atlantic
# Oceanographic and Meteorological Laboratory on aoml.noaa.gov (heat waves), and six agency releases in verbatim copies
# on non-government sites (NASA Goddard and Maryland's Department of Commerce sign a memorandum, May 2024, on the
# aliensandspace.com forum; NOAA Fisheries on 30 pilot whales beached near Oregon Inlet, N.C., on saltwatercentral.com; an
# EPA release of April 2023 on the Blacks in Green technical assistance centre, on the sesnews.org aggregator; NOAA
# Research's review of 2011, on the site of the NOAA-CREST centre, legacy2.noaacrest.org; two NASA shuttle news items of
# November 2009 on STS-129, on a vivaldi.net blog and a blogspot blog) and a page of the Farm Service Agency's blog on
# govdelivery.com (an Arkansas farmer). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a
# cut paragraph is dropped (noted in `retrieved`). Site lines, feed labels, date lines, image alt texts, captions, photo
# credits, bylines, 'Share This' / 'Continue Reading' lines, blog comment sections and a repeated second copy of a release are dropped; spaces at the
# start or end of a stored line are trimmed; wording, spelling and quotation marks are as stored. Annotated by reading the
# pages, before whosaid was run on them (rules H970-H976 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; verbatim copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout128-en.jsonl

Built by `build.py` from `heldout128_pages.py`. Like heldout29-en, heldout79-en and heldout103-en, these texts are
releases and stories of US science, health, environment and agriculture agencies taken from stored web pages (the `pages`
search corpus), none of them used in a set above: the USDA blog post 'Thanks to #OurFarmers for Voluntary Conservation'
on farmers.gov (NRCS; four farmers quoted under pull-quote attribution lines), the first issue of NRCS's employee
e-newsletter 'INside NRCS' (August 2012, nrcs.usda.gov; Matt Drechsel and Connie Tharp on the Sage Grouse Initiative),
EPA's release on Administrator Andrew Wheeler's visit to Region 2 (March 2019, epa.gov), a category page of NOAA's
Atlantic Oceanographic and Meteorological Laboratory (aoml.noaa.gov; Hosmay Lopez on heat waves), and six agency releases
in verbatim copies on non-government sites: NASA Goddard and Maryland's Department of Commerce sign a memorandum of
understanding (May 2024, aliensandspace.com; Makenzie Lystrup), NOAA Fisheries on a pod of beached pilot whales near Oregon
Inlet, N.C. (saltwatercentral.com; Laura Engleby), EPA's selection of Blacks in Green as a technical assistance centre
(April 2023, sesnews.org; Michael S. Regan), NOAA Research's review of 2011 (legacy2.noaacrest.org; Craig McLean) and two
NASA shuttle news items of November 2009 on STS-129 (launch: Bill Gerstenmaier, Mike Moses and Mike Leinbach, on
chas4.vivaldi.net; landing: Bill Gerstenmaier, on global-news-now.blogspot.com), and a page of the Farm Service Agency's
blog on govdelivery.com (the Arkansas farmer Brittany Caskey). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third
party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted
per page). Site lines, feed labels, date lines, alt texts, captions, credits and a repeated copy were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their
speakers and by 8-word overlap with every existing text, including the other helpers' worktrees: the only shared 8-word
sequences are EPA's name-and-title formulas, `the U.S. Environmental Protection Agency (EPA) announced` and `U.S.
Environmental Protection Agency (EPA) Administrator Andrew Wheeler`, H970). The annotation (rules
H970–H976 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one
(scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usda-en-2019-11-thanks-ourfarmers-voluntary-conservation",
    source="https://www.farmers.gov/connect/blog/conservation/thanks-ourfarmers-voluntary-conservation",
    license=PD, retrieved=PAGES + " (USDA blog post on farmers.gov, NRCS, November 2019; the browser notice 'is not optimized for this browser. ... Dismiss' and the image alt text 'Images of America’s farmers, ranchers, and forest land managers' dropped; the spaces before the opening marks and after the closing marks trimmed; the fifth pull quote, 'We wouldn’t have been able to do cover crops ... NRCS makes us', cut in the stored copy, dropped with its attribution)",
    text='''Thanks to #OurFarmers for Voluntary Conservation
In this season of giving thanks, we are grateful to our most important partners in implementing conservation: #OurFarmers. NRCS is about supporting America’s farmers, ranchers, and forest land managers, both helping them better manage their operations while conserving natural resources.
Throughout the year, we highlight stories of the amazing work that these farmers are doing on their own land, and how we have been able to contribute to their success. Here are a few of our favorites:
“This program has been an absolute godsend for us here on the farm… It’s made my property much more productive, and I’m just so thankful there’s a program like this for beginning farmers. I couldn’t have done it without NRCS.”
Bill Renfroe, Air Force veteran and beginning farmer
“One of the resources we think about regularly on our farm is human resources – and collaboration with other people. The collaboration we have with RMA, FSA and NRCS is important to our team… These agencies’ programs help us offset risks we face season-to-season as we deal with weather and markets out of our control.”
Justin Knopf, fifth-generation farmer
“We need to make a profit, obviously, but, for me, I want to do it while protecting mother nature and precious resources like water. I can do this with NRCS’ help.”
Martha Romero, owner of a 20-acre orchard
“For my family, farming and conservation go hand in hand… Our goal is to try and be good stewards of the land, and the assistance that NRCS offers encourages and makes that possible.”
Bob Sunderland, dairy farm owner''',
    quotes=[
        Q('“This program has been', 'without NRCS.”', "Bill Renfroe"),
        Q('“One of the resources', 'out of our control.”', "Justin Knopf"),
        Q('“We need to make a profit', 'NRCS’ help.”', "Martha Romero"),
        Q('“For my family', 'makes that possible.”', "Bob Sunderland"),
    ],
    aliases={"Bill Renfroe": [], "Justin Knopf": [], "Martha Romero": [], "Bob Sunderland": []},
),
dict(
    id="usda-en-2012-08-inside-nrcs-conservation-revolution",
    source="https://www.nrcs.usda.gov/wps/portal/nrcs/detail/national/inside/?cid=stelprdb1048522",
    license=PD, retrieved=PAGES + " (first issue of the NRCS employee e-newsletter 'INside NRCS', August 2012, on nrcs.usda.gov; the site line 'Skip Navigation' and the banner alt text 'INside-NRCS-Banner: NRCS Employee Newsletter' dropped; the image file name 'Min-eqip-dam' glued to the start of the paragraph 'Inspired by hard work ...' dropped (H975); the last paragraph, cut after its first word 'The', dropped)",
    text='''August 2012
Welcome to our new NRCS employee e-newsletter!
From now on, we'll be sending this e-newsletter out every month, and we hope you'll find something interesting every time. Each issue will include features about NRCS’ on-the-ground work, our people, and much more.
Like what you're seeing? Want to see something different? Care to contribute a story? Get in touch with us!
Thanks for all you do!
NRCS Public Affairs
NRCS Leading a Conservation Revolution
Inspired by hard work of field offices on the Sage Grouse Initiative and the success of pioneering ag certainty agreements, NRCS is introducing more ag certainty agreements for other wildlife species and for water quality.
To create these agreements, NRCS field offices work with landowners and managers to restore and protect the habitat of threatened or endangered species in return for assurance that no additional regulatory acts will be taken against them in the future.
“A few first adopters join the initiative and their neighbors and friends see how easy it is to use NRCS assistance,” says Matt Drechsel, an Assistant State Conservationist in Iowa who previously worked in sage grouse territory. “It’s increased activity in field offices in the region and it is getting us back to our foundation—providing technical expertise in comprehensive conservation planning.”
Thirty-six states are part of NRCS’ recent Working Lands for Wildlife partnership with the U.S. Fish and Wildlife Service. And, if the Sage Grouse Initiative is any indication, field offices can expect a significant increase in requests for technical and financial conservation assistance related to the partnership.
“The Sage Grouse Initiative brought all of the players to the table—state and federal government, military, farmers and ranchers, and conservation partners,” says Connie Tharp, a District Conservationist in Mountain Home, Idaho.''',
    quotes=[
        Q('“A few first adopters', 'NRCS assistance,”', "Matt Drechsel"),
        Q('“It’s increased activity', 'conservation planning.”', "Matt Drechsel"),
        Q('“The Sage Grouse Initiative brought', 'conservation partners,”', "Connie Tharp"),
    ],
    aliases={"Matt Drechsel": [], "Connie Tharp": []},
),
dict(
    id="epa-en-2019-03-wheeler-concludes-visit-region-2",
    source="https://www.epa.gov/newsreleases/epa-administrator-wheeler-concludes-visit-region-2",
    license=PD, retrieved=PAGES + " (EPA release of March 5, 2019 on epa.gov; the date line ' date 2019-03-05' and the section line 'News Releases from Headquarters › Office of the Administrator (AO)' dropped; the paragraph 'On Tuesday, Administrator Wheeler held a press teleconference ...', cut in the stored copy, dropped)",
    text='''EPA Administrator Wheeler Concludes Visit to Region 2
NEW YORK – Today, U.S. Environmental Protection Agency (EPA) Administrator Andrew Wheeler concluded his first regional visit as Administrator to the Agency’s Region 2 Office in New York.
“The people of New Jersey and New York are encouraged by EPA’s efforts to accelerate Superfund cleanups and revitalize local communities,” said EPA Administrator Andrew Wheeler. “Visiting with concerned citizens and our Region 2 staff is vital to ensuring EPA addresses the environmental and public health issues impacting the region in a timely and safe manner.”
On Monday, Administrator Wheeler began his visit by highlighting the annual Superfund Report for Fiscal Year 2018 and visited Berry’s Creek Superfund Site in Moonachie, N.J. He was accompanied by Region 2 Administrator Pete Lopez and EPA project managers overseeing the cleanup of the site. EPA placed Berry’s Creek on the National Priorities List (NPL) in 1984 and was also placed on the Administrator’s Emphasis List as part of the Superfund Task Force. This past September, EPA issued a Record of Decision requiring the removal of contaminated sediment including mercury and polychlorinated biphenyls (PCBs) at the site.
Following his tour, Administrator Wheeler and Regional Administrator Lopez held a press conference at the regional office in New York, N.Y., where they shared their experiences on the tour and touted the success stories highlighted in the annual report. The Superfund Report for Fiscal Year 2018 can be found here: https://www.epa.gov/superfund/superfund-remedial-annual-accomplishments''',
    quotes=[
        Q('“The people of New Jersey', 'local communities,”', "Andrew Wheeler"),
        Q('“Visiting with concerned citizens', 'safe manner.”', "Andrew Wheeler"),
    ],
    aliases={"Andrew Wheeler": ["EPA Administrator Andrew Wheeler", "Administrator Wheeler"]},
),
dict(
    id="noaa-en-aoml-publication-stories-heat-waves",
    source="https://www.aoml.noaa.gov/category/publications-stories/page/2/",
    license=PD, retrieved=PAGES + " (category page 'Publication Stories', page 2, of NOAA's Atlantic Oceanographic and Meteorological Laboratory on aoml.noaa.gov; the site lines 'Skip to Content' and 'Category Archives: Publication Stories' and the 'Share This' and 'Continue Reading →' lines after each teaser dropped; the third teaser, 'Early Warning System: Study Explores Future Risk of Waterborne Disease in a Warming Climate', whose paragraph is cut in the stored copy, dropped with its title)",
    text='''Climate Change to Drive More Extreme Heat Waves in the United States
A new analysis of heat wave patterns appearing in Nature Climate Change focuses on four regions of the United States where human-caused climate change will ultimately overtake natural variability as the main driver of heat waves. Climate change will drive more frequent and extreme summer heat waves in the Western United States by late 2020’s, the Great Lakes region by mid 2030’s, and in the northern and southern Plains by 2050’s and 2070’s, respectively.
“These are the years that climate change outweighs natural variability as the cause of heat waves in these regions,” said Hosmay Lopez, a meteorologist at NOAA’s Atlantic Oceanographic Meteorological Laboratory and the University of Miami’s Rosenstiel School Cooperative Institute for Marine and Atmospheric Studies and lead author of the study. “Without human influence, half of the extreme heat waves projected to occur in the future wouldn’t happen.”
First Atlas of Earth’s Microscopic Communities
In an effort to better understand our microbiomes, scientists from NOAA’s Atlantic Oceanographic and Meteorological Laboratory (AOML) took part in a massive global research collaboration known as the Earth Microbiome Project (EMP), which recently released the first reference database, or atlas, of microbes covering the planet. This guide, released online in Nature today, will allow scientists to collaborate on studies and catalogue microbial diversity at an unprecedented scale.''',
    quotes=[
        Q('“These are the years', 'these regions,”', "Hosmay Lopez"),
        Q('“Without human influence', 'wouldn’t happen.”', "Hosmay Lopez"),
    ],
    aliases={"Hosmay Lopez": []},
),
dict(
    id="nasa-en-2024-05-goddard-maryland-sign-memo",
    source="https://www.aliensandspace.com/topic/12487-nasa-goddard-maryland-sign-memo-to-boost-state%E2%80%99s-aerospace-sector",
    license=PDC, retrieved=PAGES + " (NASA Goddard story of May 2024, reposted in full on the aliensandspace.com forum; the forum lines 'Jump to content', 'Recommended Posts', '• Publishers', 'Posted', the NASA site lines '2 min read' and 'Preparations for Next Moonwalk Simulations Underway (and Underwater)' (a link to another story), the image alt text 'One woman and two men sit side by side ...', the caption 'Center Director Dr. Makenzie Lystrup, Secretary of the Maryland Department of Commerce Kevin Anderson signed ...' and the credit 'NASA/Brian Gabourel' dropped; the paragraph '“Maintaining and growing Maryland’s strategic advantage ...', cut in the stored copy, dropped)",
    text='''NASA Goddard, Maryland Sign Memo to Boost State’s Aerospace Sector
To foster growth in Maryland’s aerospace industry, the state’s Department of Commerce signed a Memorandum of Understanding with NASA at the agency’s Goddard Space Flight Center in Greenbelt Wednesday, May 28, 2024.
The agreement commits the two organizations to develop the state’s aerospace economy, particularly in the area surrounding Goddard’s main Greenbelt campus, as well as on Maryland’s Eastern Shore near NASA’s Wallops Flight Facility in Virginia.
“Our cutting-edge research, and the critical benefits it provides to society, is only possible with the support of strong partnerships outside NASA,” said Goddard Center Director Dr. Makenzie Lystrup, who signed the memo on NASA’s behalf. “I’m grateful to clasp hands with our home state and work together to build up the coalition that will help us all make those next giant leaps.”
Goddard, NASA’s premiere spaceflight complex, hosts the nation’s largest cohort of scientists, engineers, and technologists studying Earth, our solar system, and the universe. Wallops, managed by Goddard for NASA, is the agency’s only owned-and-operated launch range.''',
    quotes=[
        Q('“Our cutting-edge research', 'outside NASA,”', "Makenzie Lystrup"),
        Q('“I’m grateful to clasp hands', 'giant leaps.”', "Makenzie Lystrup"),
    ],
    aliases={"Makenzie Lystrup": ["Dr. Makenzie Lystrup"]},
),
dict(
    id="noaa-en-rescue-underway-for-30-beached-whales",
    source="https://saltwatercentral.com/rescue-underway-for-30-beached-whales",
    license=PDC, retrieved=PAGES + " (NOAA Fisheries release on a pod of pilot whales beached near Oregon Inlet, N.C., reposted on saltwatercentral.com; the stored copy is one run of text with no paragraph breaks, the release printed twice: the first copy is kept as one paragraph, its headline in capitals run into the dateline as stored; the second copy, which repeats the first word for word and is cut, dropped (H974))",
    text='''RESCUE UNDERWAY FOR 30 BEACHED WHALES PORTSMOUTH, Va. – A pod of 25 to 30 pilot whales have beached themselves across approximately five miles of beach near Oregon Inlet, N.C., this morning. NOAA’s National Marine Fisheries Service (NOAA Fisheries) coordinates response to marine mammal strandings throughout the U.S. with the help of many partners who are members of the National Stranding Network. Coast Guard crews and National Park Service personnel are also assisting in the rescue and recovery of the whales. The Stranding Network has advised the public to report any other beached whales to (305) 862-2850. Do not attempt to move or free any whale that is beached. Please contact those trained professionals who are coordinating the rescue. “NOAA Fisheries has biologists working this situation. We’ll know more once we see some of the animals,” said Laura Engleby, NOAA Fisheries marine mammal biologist. “It’s always tough when large numbers of marine mammals strand themselves like this, but we are continuing to learn as much as we can about why this happens, and what we can do to help.”''',
    quotes=[
        Q('“NOAA Fisheries has biologists', 'some of the animals,”', "Laura Engleby"),
        Q('“It’s always tough', 'we can do to help.”', "Laura Engleby"),
    ],
    aliases={"Laura Engleby": []},
),
dict(
    id="epa-en-2023-04-blacks-in-green-technical-assistance-center",
    source="https://www.sesnews.org/aggregator/sources/1?page=10",
    license=PDC, retrieved=PAGES + " (EPA release of April 13, 2023, the first item of a source page of the sesnews.org feed aggregator; the feed label 'EPA Air' and the date line 'Thu, 04/13/2023 - 19:00' dropped; the paragraph '“For far too long, overburdened, underserved, and rural communities ...', cut in the stored copy, dropped with the rest of the page)",
    text='''Biden-Harris Administration Selects Blacks in Green to Serve as New Technical Assistance Center to Help Communities Across Region 5 Access Historic Investments and Advance Environmental Justice
Today, the U.S. Environmental Protection Agency (EPA) announced that Blacks in Green has been selected to serve as an Environmental Justice Thriving Communities Technical Assistance Center (EJ TCTAC). Blacks in Green will receive at least $10 million to help communities across Region 5 access funds from President Biden’s Investing in America agenda. This includes historic investments to advance environmental justice.
From day one of his administration, President Biden made achieving environmental justice a top priority. Through the Investing in America agenda, the Biden-Harris Administration will continue to support and strengthen communities that for too long were left out and left behind. Administrator Regan announced the technical assistance centers on the Biden-Harris Administration’s Investing in America tour.
“We know that so many communities across the nation have the solutions to the environmental challenges they face. Unfortunately, many have lacked access or faced barriers when it comes to the crucial federal resources needed to deliver these solutions,” said EPA Administrator Michael S. Regan. “Today we’re taking another step to break down these barriers. Establishing these Environmental Justice Thriving Communities Technical Assistance Centers across the nation will ensure all communities can access benefits from the President’s historic agenda, which includes groundbreaking investments in clean air, clean water, and our clean energy future.”''',
    quotes=[
        Q('“We know that so many', 'these solutions,”', "Michael S. Regan"),
        Q('“Today we’re taking another step', 'clean energy future.”', "Michael S. Regan"),
    ],
    aliases={"Michael S. Regan": ["EPA Administrator Michael S. Regan", "Administrator Regan"]},
),
dict(
    id="noaa-en-2011-12-noaa-research-covered-the-globe",
    source="https://legacy2.noaacrest.org/news-and-events/detail/noaa-research-covered-the-globe-in-2011",
    license=PDC, retrieved=PAGES + " (NOAA Research release of December 21, 2011, reposted on the site of the NOAA Cooperative Science Center NOAA-CREST; the site lines '×', 'img-sattelite-01' and 'News and Events' and the date lines 'Posted on January 2, 2012' and 'Dec. 21, 2011' dropped; the highlight 'NOAA Examines Causes of Hurricane Landfall: Oct.', cut in the stored copy, dropped)",
    text='''NOAA Research Covered the Globe in 2011
NOAA scientists plumbed the deep ocean, probed the heights of the stratosphere, and surveyed some of the fiercest storm systems on Earth in meeting 2011’s scientific challenges. Their discoveries are paying off in longer storm warning lead times, better understanding of our climate, and new knowledge about environmental disasters.
NOAA’s Office of Oceanic and Atmospheric Research (OAR) conducts the scientific research that advances weather forecasting, climate prediction, and environmental modeling, as well as our understanding of coastal threats such as tsunamis and oil spills. While every year brings its unique challenges, 2011 set a new record for the most billion dollar weather and climate disasters in a single year – 12.
“Our research improves the ability to forecast where a hurricane will make landfall and lengthens tornado warning lead times,” said Craig McLean, acting assistant administrator for NOAA OAR. “As challenging a year 2011 has been, our scientists have matched it with outstanding environmental research accomplishments.”
Below are a few of the year’s highlights:
Less Water Loss in Future Great Lakes Levels: Oct. 19 – Previous studies have pointed to falling water levels in the Great Lakes, but a new NOAA study gives a more optimistic outlook. Scientists at the NOAA Great Lakes Environmental Research Laboratory in Ann Arbor, Mich., have devised a new approach to modeling future water levels. Their work, available online in the Journal of Great Lakes Research, predicts either a smaller drop or an actual rise in lake water levels under varying climate change scenarios. The impact of climate change on Great Lakes water levels is a critical question for the region’s economy and environmental resources, as well as for one of the nation’s key shipping corridors.''',
    quotes=[
        Q('“Our research improves', 'warning lead times,”', "Craig McLean"),
        Q('“As challenging a year', 'research accomplishments.”', "Craig McLean"),
    ],
    aliases={"Craig McLean": []},
),
dict(
    id="nasa-en-2009-11-mission-managers-praise-sts-129-launch-teams",
    source="https://chas4.vivaldi.net/2009/11/16/sts-129-hd-launch/",
    license=PDC, retrieved=PAGES + " (NASA shuttle news item of November 16, 2009, 'Mission Managers Praise STS-129 Launch Teams', reposted in full on a personal blog on vivaldi.net; the blog's post title 'STS-129 HD Launch', its date line 'November 16, 2009', the feed date line 'Mon, 16 Nov 2009 02:15:31 PM MST' and the comment section ('Leave a comment', '3 Replies to ...', a spam reply, 'Leave a Reply') dropped; straight quotation marks as stored; the paragraph 'The record will probably never be broken ...,\" Leinbach continued.', whose opening mark the copy lost, kept as stored (H976))",
    text='''Mission Managers Praise STS-129 Launch Teams
"What a great way to start this mission," said Bill Gerstenmaier, associate administrator for Space Operations. "I can't say enough about the teams that got this vehicle ready to fly."
Gerstenmaier congratulated the teams and the work they accomplished preparing the payload and vehicle for this complex and ambitious mission. "We still have a tough mission in front of us … but it (the shuttle) looked really, really good," Gerstenmaier continued.
Mike Moses, mission management team chairman, remarked that the launch ended up being picture-perfect after a low-layer of clouds settled over the center for the first few hours of the countdown. "As a management team we had no issues of any note to talk about," Moses said. "It (the countdown) was nice and quiet and smooth."
"We had a great countdown today," said Mike Leinbach, shuttle launch director. He said Atlantis broke the record for the lowest problems reported, previously held by space shuttle Discovery. "It's due to the team and the hardware processing. They just did a great job."
The record will probably never be broken again in the history of the Space Shuttle Program, so congratulations to them," Leinbach continued.
Leinbach also honored the midbody team with an award for the processing of Atlantis' payload bay, which included the turnaround "down-processing" after the return of Atlantis from the Hubble Space Telescope servicing mission. He said they did an outstanding job and they deserved their award today.''',
    quotes=[
        Q('"What a great way', 'this mission,"', "Bill Gerstenmaier"),
        Q('"I can\'t say enough', 'ready to fly."', "Bill Gerstenmaier"),
        Q('"We still have a tough mission', 'really, really good,"', "Bill Gerstenmaier"),
        Q('"As a management team', 'talk about,"', "Mike Moses"),
        Q('"It (the countdown)', 'quiet and smooth."', "Mike Moses"),
        Q('"We had a great countdown today,"', None, "Mike Leinbach"),
        Q('"It\'s due to the team', 'a great job."', "Mike Leinbach"),
        Q('"down-processing"', None, None),
    ],
    aliases={"Bill Gerstenmaier": ["Gerstenmaier"], "Mike Moses": ["Moses"], "Mike Leinbach": ["Leinbach"]},
),
dict(
    id="nasa-en-2009-11-managers-congratulate-sts-129-crew",
    source="https://global-news-now.blogspot.com/2009/11/nasa-managers-congratulate-sts-129.html",
    license=PDC, retrieved=PAGES + " (NASA shuttle news item of November 2009 on the post-landing press conference of STS-129, reposted on a blogspot news blog; the blog's link line 'useful links: transport rankings' and its 'No comments:' / 'Post a Comment' lines dropped; straight quotation marks and the double dots '..' as stored)",
    text='''NASA Managers Congratulate the STS-129 Mission Crew
During a post-landing press conference held at NASA's Kennedy Space Center in Florida, Bill Gerstenmaier, associate administrator for Space Operations said, "This has just been an amazing mission. On-time launch, on-time landing .. just a phenomenal team effort across the board."
Gerstenmaier also gave special thanks to the production workers who prepared the hardware for this flight, especially those who have taken voluntary retirement and have been laid off as part of the staff reduction requirements.
"There's still a lot of activity in front us .. still a very busy time," continued Gerstenmaier. "The teams are focused - we're moving forward and doing great things."''',
    quotes=[
        Q('"This has just been', 'across the board."', "Bill Gerstenmaier"),
        Q('"There\'s still a lot', 'very busy time,"', "Bill Gerstenmaier"),
        Q('"The teams are focused', 'great things."', "Bill Gerstenmaier"),
    ],
    aliases={"Bill Gerstenmaier": ["Gerstenmaier"]},
),
dict(
    id="usda-en-fsa-blog-usda-programs-empower-arkansas-farmer",
    source="https://fsa.blogs.govdelivery.com/page/20",
    license=PD, retrieved=PAGES + " (page 20 of the USDA Farm Service Agency's blog on govdelivery.com; the first post, 'USDA Programs Empower Arkansas Farmer', is kept; its photo caption ('Brittany Caskey was able to obtain financing ... Photo credit: Rochanda Harlin') and byline ('By Cheryl Brooks, Farm Loan Officer, ... & Dana Rogge, Public Affairs Specialist') and the lines 'Continue reading' and 'Posted in Atop the Fence Post, Features, Regional Posts | 1 Comment' dropped; the second post, 'USDA Works to Support the Next Generation of Agriculturalists', whose text is cut in the stored copy after its first paragraph, dropped with its caption and byline)",
    text='''USDA Programs Empower Arkansas Farmer
From the time Brittany Caskey was a toddler, she lived her life in the dirt and on tractors, learning from an early age the kind of work it takes to make things grow.
In the small community of Hunter, in Woodruff County Arkansas, Caskey grew up with a dream of becoming a farmer. In 2017, the 26-year-old’s dream came to fruition with help from USDA.
In late 2016, the farmer who employed both Caskey and her father decided to retire, leaving her with the decision to find employment on another farm, or pursue her dream of managing her own operation.
“I had always wanted to farm. I love the outdoors, just the farm life in general. I saw my chance after my boss retired,” Caskey said. “Many said I couldn’t do it and would never make a farmer, but I’m the type that if you tell me I can’t, I will find a way.”''',
    quotes=[
        Q('“I had always wanted to farm.', 'boss retired,”', "Brittany Caskey"),
        Q('“Many said I couldn’t', 'find a way.”', "Brittany Caskey"),
    ],
    aliases={"Brittany Caskey": ["Caskey"]},
),
]
