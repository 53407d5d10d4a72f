# Held-out English news texts (tests/data/heldout284-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases and features of NOAA and NASA (public domain, 17 U.S.C. § 105): four
# NOAA releases (the Deep-ocean tsunami buoy's first test, October 1999, and the six new DART stations, December 2006,
# both on publicaffairs.noaa.gov; the coral conservation funding announced at the Coral Reef Task Force meeting in
# Miami, December 2004, publicaffairs.noaa.gov; the Administration's coral reef bill, May 2007, as posted by a NOAA
# official to NOAA's Coral-List mailing list), a NOAA release of January 1994 on severe weather warnings (kept in the
# govdocs1 corpus of US government documents), a NOAA Fisheries feature on the Cooperative Shark Tagging Program
# (copied verbatim, credited 'by NOAA Fisheries', on fishingboating.world), NASA/JPL's release of 2004 on the Mars
# rovers' instruments (reposted on a Universe Today category page) and a NASA Johnson Space Center 'Roundup Reads'
# story on Armstrong interns at a networking event (2017, roundupreads.jsc.nasa.gov). None is credited to AP, Reuters,
# AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and
# a cut paragraph is dropped with everything after it (noted in `retrieved`). Release numbers, contact lines, site
# navigation lines, mailing-list headers, bylines, date lines of the copies and photo captions are dropped; a headline
# is kept as the first line where the stored copy has one; wording, spelling ('conservations results', 'Untied
# States', 'to late too warn') and quotation marks (straight or curly as stored) are as stored. Annotated by reading the
# texts, before whosaid was run on them (rules H1705-H1708 in ANNOTATION.md on top of the rules of the sets above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDG = "public domain (US government work, 17 U.S.C. § 105; copy of a NOAA release in the govdocs1 corpus, corpora.tika.apache.org)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout284-en.jsonl

Built by `build.py` from `heldout284_pages.py`. Like heldout103-en, heldout225-en, heldout259-en and heldout277-en,
these texts are stored web pages (the `pages` search corpus) of news releases and features of US federal science
agencies (public domain, 17 U.S.C. § 105), this time mostly of NOAA, none of them used in a set above: two NOAA releases
on tsunami buoys (the first test of a DART buoy by the earthquake of October 16, 1999; six new DART stations in the
southwest Pacific, December 2006), a NOAA release on the coral conservation funding announced by James L. Connaughton
and Conrad C. Lautenbacher at the U.S. Coral Reef Task Force meeting in Miami (December 2004; all three on
publicaffairs.noaa.gov), a NOAA/Commerce release on the Administration's coral reef bill (May 8, 2007) as posted to
NOAA's Coral-List mailing list (coral.aoml.noaa.gov), NOAA release 94-4 on the severe weather alerts of 1993 (January
1994, as kept in the govdocs1 corpus of US government documents on corpora.tika.apache.org), a NOAA Fisheries feature on
the volunteers of the Cooperative Shark Tagging Program (copied verbatim, credited 'by NOAA Fisheries', on
fishingboating.world, January 2024), NASA/JPL's release 'Rover Toolkits are Still Full' (November 2004, reposted on a
Universe Today category page, as NASA's Ames release in heldout103-en) and a NASA Johnson Space Center 'Roundup Reads'
story on Armstrong Flight Research Center interns (August 2017, roundupreads.jsc.nasa.gov). None is credited to AP,
Reuters, AFP or another third party; the copies on non-government sites are the agencies' own texts, not reporting of
those sites. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a cut
paragraph is dropped with everything after it (what was dropped is noted per page). Release numbers, contact lines,
site navigation lines, mailing-list headers, bylines, date lines of the copies and photo captions were dropped; wording
and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their
speakers and by two distinctive phrases each, such as 'noaa99r530', 'unexpected test of the system', 'Eddie Bernard',
'noaa06-r279', 'drastically improved our tsunami', 'noaa04-r499', 'international treasures protected by local
stewards', 'Connaughton', 'Coral Reef Ecosystem Conservation Amendment', 'coral-list', 'SEVERE WEATHER WARNINGS SAVED',
'Ostby', 'Shark Taggers', 'Zewinski', 'McCandless', 'Toolkits are Still Full', 'Jim Erickson', 'Armstrong interns
soar', 'PAXC', 'Houghton', with grep over tests/data of the main checkout and of every other helper's worktree: no hit;
other candidates found in earlier sets and left out: NASA's PACE release (heldout83-en), NOAA's coral releases of 2002,
2003 and December 2004 (noaa02161, noaa03021, noaa04-119, heldout225-en), the State of the Sanctuaries release of 2007
(heldout269-en), the Forest Service Chief's statement on a fugitives' arrest (heldout72-en), the farmers.gov
#OurFarmers post (heldout128-en), the NASA intern blog on parachute landings (heldout194-en), the Marshall Star of
August 2024 (heldout54-en)). The annotation (rules H1705–H1708 in `ANNOTATION.md`) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="noaa-1999-10-tsunami-test-buoy-reacts-to-california-earthquake",
    source="http://www.publicaffairs.noaa.gov/releases99/oct99/noaa99r530.html",
    license=PD, retrieved=PAGES + " (NOAA news release 99-R530 of October 1999; the release number 'NOAA 99-R530' and the line 'Contact: Jana Goldman' dropped; the stored copy has no headline, so the text starts with the first paragraph and nothing is added; the paragraph 'The last destructive tsunami struck a village in northern Papua New Guinea in 1998, ...', cut in the stored copy, and everything after it dropped; the straight marks and 'it is usually to late too warn people' as stored)",
    text='''A tsunami alert test buoy floating in the Pacific Ocean off of the coast of Monterey, Calif., reacted to an Oct. 16 Southern California earthquake. The buoy, deployed May 11, 1999, is one in a series deployed by the National Oceanic and Atmospheric Administration to provide early warning of tsunamis.
"Although there was no tsunami produced by the 7.0 earthquake, it did trigger the buoy and gave us an unexpected test of the system," said Eddie Bernard, director of NOAA's Pacific Marine Environmental Laboratory in Seattle, Wash. "The buoy system performed as designed."
The buoy's seafloor sensor was lifted by seismic waves from the earthquake, creating an amplified pressure change.
The buoys are part of the Deep Ocean Assessment and Reporting of Tsunamis program (DART), designed to provide as much warning as possible. The two warning centers, one each in Hawaii and Alaska, did not receive the data from the test buoy as they are in the process of installing the necessary software, so no warning action was taken. The data are available on the PMEL Web site.
Tsunamis are often caused by underwater earthquakes or landslides that trigger a series of traveling ocean waves of extremely long length. Tsunami waves can travel hundreds of miles, but may only have a wave height of a few feet or less. They cannot be felt aboard ships nor seen from the air in the open ocean.
They are a major threat to coastal communities because once they reach shore, tsunami waves can be as much as 100 feet high, although those much smaller also can be destructive to lives and property.
"The DART system is essential to provide early warning," Bernard said. "Hawaii needs three and one-half hours advance notice to evacuate its residents. By the time we can see a large tsunami wave, it is usually to late too warn people."''',
    quotes=[
        Q('"Although there was', 'test of the system,"', "Eddie Bernard"),
        Q('"The buoy system', 'as designed."', "Eddie Bernard"),
        Q('"The DART system', 'early warning,"', "Eddie Bernard"),
        Q('"Hawaii needs', 'too warn people."', "Eddie Bernard"),
    ],
    aliases={"Eddie Bernard": ["Bernard"]},
),
dict(
    id="noaa-2006-12-six-new-dart-stations-southwest-pacific",
    source="http://www.publicaffairs.noaa.gov/releases2006/dec06/noaa06-r279.html",
    license=PD, retrieved=PAGES + " (NOAA news release 2006-R279 of December 2006; the lines 'NOAA 2006-R279', 'Contact: Theresa Eisenman', 'NOAA News Releases 2006', 'NOAA Home Page' and 'NOAA Public Affairs' dropped; the stored copy has no headline, so the text starts with the first paragraph and nothing is added; the paragraph 'NOAA partnered with the government of Thailand to launch the first DART station in the Indian Ocean ... through the UNESCO I', cut in the stored copy, and everything after it dropped; the curly marks and 'the Untied States' as stored)",
    text='''NOAA announced today the deployment of six new Deep-ocean Assessment and Reporting of Tsunami (DART) stations in the southwest Pacific. The new stations provide increased lead time for tsunami detection to the U.S. coastal areas at most risk of tsunamis traveling long distances, including the coastlines of Hawaii, Alaska, Washington, Oregon, and California.
“We have drastically improved our tsunami detection and warning capability since the Indian Ocean tsunami two years ago,” said retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D., under secretary of commerce for oceans and atmosphere and NOAA administrator. “These buoys are the latest achievement in an ongoing effort to increase the tsunami program at home and abroad.”
Over the last two years, NOAA expanded the U.S. warning system to include the Atlantic coast, Gulf of Mexico, Puerto Rico, and the U.S. Virgin Islands. The agency has deployed a total of 25 DART tsunameter stations in U.S. waters; installed 15 new and upgraded 33 existing tide stations; completed inundation models for 17 communities; and recognized 26 new TsunamiReady communities. NOAA also hired new employees to fully staff its two tsunami warning centers in Honolulu and Palmer, Alaska, around the clock.
“We have reached our initial operating capability for the Untied States, which is to say we have met our goals of aggressively expanding every facet of the tsunami program,” added Lautenbacher. “Additionally, we have strengthened the Indian Ocean tsunami warning system program.”''',
    quotes=[
        Q('“We have drastically', 'two years ago,”', "Conrad C. Lautenbacher"),
        Q('“These buoys', 'home and abroad.”', "Conrad C. Lautenbacher"),
        Q('“We have reached', 'tsunami program,”', "Conrad C. Lautenbacher"),
        Q('“Additionally', 'system program.”', "Conrad C. Lautenbacher"),
    ],
    aliases={"Conrad C. Lautenbacher": ["retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D.", "Lautenbacher"]},
),
dict(
    id="noaa-2004-12-president-requests-coral-conservation-funding",
    source="http://www.publicaffairs.noaa.gov/releases2004/dec04/noaa04-r499-06.html",
    license=PD, retrieved=PAGES + " (NOAA news release of December 2004 on the U.S. Coral Reef Task Force meeting in Miami; the lines 'Contact: Scott Smullen', 'NOAA News Releases 2004', 'NOAA Home Page' and 'NOAA Public Affairs' dropped; the stored copy has no headline, so the text starts with the first paragraph and nothing is added; the paragraph 'Local action strategies are three-year locally-driven road', cut in the stored copy, and everything after it dropped; the curly marks of the first two quotations, the straight marks of Manson's and 'conservations results' as stored)",
    text='''President Bush will request $2.7 million to support state and local coral conservation efforts to implement local action strategies developed by the states, territories and commonwealths that make up the U.S. Coral Reef Task Force. James L. Connaughton, chairman of the White House Council on Environmental Quality, and retired Navy Vice Adm. Conrad C. Lautenbacher, under secretary of commerce for oceans and atmosphere and national oceanic and atmospheric administration administrator made the announcement today at the USCRTF meeting in Miami.
“Coral reefs are international treasures protected by local stewards. President Bush is requesting this funding to implement the local action strategies to facilitate lasting conservations results,” said Connaughton in announcing the new funding at the December meeting of the U.S. Coral Reef Task Force.
“We’re proud of the accomplishments to date of this federal, state, and territory partnership, and this money will help implement locally developed coral reef conservation measures,” said Lautenbacher. “The U.S. Commission on Ocean Policy highlighted the importance of ecosystem-based management and these local action strategies are an excellent example of how we can work across jurisdictions to achieve that goal.”
"If we are going to succeed in protecting and restoring our coral reefs, we must work in close partnership with local communities," said Assistant Secretary of the Interior Craig Manson, who is co-chair of the U.S. Coral Reef Task Force. "The funding requested by President Bush will empower these communities to conserve these sensitive ecosystems. It will enable the interior department to develop more effective partnerships with states and local communities to deal with specific threats such as pollution, groundings and overharvest that vary from reef to reef."''',
    quotes=[
        Q('“Coral reefs are', 'conservations results,”', "James L. Connaughton"),
        Q('“We’re proud', 'conservation measures,”', "Conrad C. Lautenbacher"),
        Q('“The U.S. Commission', 'achieve that goal.”', "Conrad C. Lautenbacher"),
        Q('"If we are going', 'local communities,"', "Craig Manson"),
        Q('"The funding requested', 'reef to reef."', "Craig Manson"),
    ],
    aliases={
        "James L. Connaughton": ["Connaughton"],
        "Conrad C. Lautenbacher": ["retired Navy Vice Adm. Conrad C. Lautenbacher", "Lautenbacher"],
        "Craig Manson": ["Assistant Secretary of the Interior Craig Manson"],
    },
),
dict(
    id="noaa-2007-05-08-administration-calls-for-greater-protection-of-coral-reefs",
    source="https://coral.aoml.noaa.gov/pipermail/coral-list/2007-May/004369.html",
    license=PD, retrieved=PAGES + " (NOAA/Department of Commerce news release of May 8, 2007, as posted by Roger B. Griffis of NOAA to NOAA's Coral-List mailing list and archived on coral.aoml.noaa.gov; the list subject line '[Coral-List] BUSH ADMINISTRATION CALLS FOR GREATER PROTECTION OF NATION’S CORAL REEFS', the sender line, the date line 'Tue May 8 17:02:49 EDT 2007', 'FOR IMMEDIATE RELEASE - May 8, 2007', '*** NEWS FROM NOAA ***', 'NATIONAL OCEANIC & ATMOSPHERIC ADMINISTRATION', 'U. S. DEPARTMENT OF COMMERCE', 'WASHINGTON, DC', the 'CONTACT: Richard Mills or Dan Nelson, ...' line and the '***' separator dropped; the release's own capitalised headline kept as the first line; the mail's hard line breaks joined into paragraphs at its blank lines; the stored copy ends after Kempthorne's second quotation; the straight marks and the missing closing mark after 'conserve our coral reefs,' as stored)",
    text='''BUSH ADMINISTRATION CALLS FOR GREATER PROTECTION OF NATION'S CORAL REEFS
The Bush Administration delivered proposed legislation to Congress today calling for greater protection for the nation's coral reefs. The bill, the Coral Reef Ecosystem Conservation Amendment Act of 2007, reauthorizes the Coral Reef Conservation Act of 2000 and adds greater protections for coral reefs while enhancing marine debris removal and increasing the government's ability to work through cooperative partnerships.
"Our coral reefs continue to be severely threatened and this bill continues the Administration's aggressive commitment to ocean stewardship as called for in the President's Ocean Action Plan," said Commerce Secretary Carlos M. Gutierrez. "It will give us the tools we need not only to protect corals, but also to help restore this valuable resource."
The Department of Commerce's National Oceanic and Atmospheric Administration (NOAA) Coral Reef Conservation Program supports effective management and sound science. Through this program, NOAA partners with scientific, private, government and nongovernmental organizations at the local, state, federal and international levels to preserve, sustain and restore valuable coral reef ecosystems.
"The Administration proposal for reauthorizing this Act is an important step forward for the partnerships that are working to conserve our coral reefs, said Interior Secretary Dick Kempthorne. "It will help the coral conservation programs within the Department, and increase our ability to assist the States and territories with their efforts."''',
    quotes=[
        Q('"Our coral reefs', 'Ocean Action Plan,"', "Carlos M. Gutierrez"),
        Q('"It will give us', 'valuable resource."', "Carlos M. Gutierrez"),
        Q('"The Administration proposal', 'conserve our coral reefs,', "Dick Kempthorne"),
        Q('"It will help', 'their efforts."', "Dick Kempthorne"),
    ],
    unclosed=('"The Administration proposal for reauthorizing this Act is an important step forward for the partnerships that are working to conserve our coral reefs,',),
    aliases={
        "Carlos M. Gutierrez": ["Commerce Secretary Carlos M. Gutierrez"],
        "Dick Kempthorne": ["Interior Secretary Dick Kempthorne"],
    },
),
dict(
    id="noaa-1994-01-11-severe-weather-warnings-saved-lives-1993",
    source="https://corpora.tika.apache.org/base/docs/govdocs1/063/063099.txt",
    license=PDG, retrieved=PAGES + " (NOAA news release 94-4 of January 11, 1994, as kept in the govdocs1 corpus of US government documents; the stored copy is one run of text without line breaks; the release number, the contact line 'Contact: Barry Reichenbaugh Fred Ostby' and the date '1/11/94' at its head dropped, the capitalised headline split off as the first line and the body kept as one paragraph; the text cut after the last complete sentence before the stored copy breaks off in 'In his recent study of tornado data gathered over the last 40 years, Ostby pointed to a huge' (H720); the straight marks as stored)",
    text='''SEVERE WEATHER WARNINGS SAVED LIVES AND PROPERTY IN 1993
Improved technology and manual sightings of severe weather helped forecasters at the National Weather Service issue a record 957 severe weather alerts in 1993, saving lives and property, the Commerce Department's National Oceanic and Atmospheric Administration said today. Severe thunderstorm watches accounted for a majority of the 1993 alerts, with one-third issued for tornadoes. "The rise is due mostly to better reporting methods and improved technology, not any recognizable climatological changes," said Frederick P. Ostby, director of the weather service's National Severe Storms Forecast Center in Kansas City. There were 940 storm watches in 1992. A "watch" means it is time to plan for severe weather, and a "warning" means it is time to act, he said. "Approaching the 1,000 mark in severe storm alerts is an indicator of how people and technology are helping to protect lives and property from the threat of tornadoes," Ostby said. The 1993 tornado death toll, he added, was at 33, well below the 30-year normal toll of 82 deaths. "The great strides made in improved weather service forecasts have brought about a dramatic decrease in the number of tornado deaths over the years," Ostby said. During the 1930s, tornadoes killed 1,947 people in the United States. In the 1970s, the total dropped to 998. The tornado death toll declined to 520 in the 1980s, when much of the new technology was brought on line. This downward trend of weather-related deaths continues despite this country's population explosion and greater numbers at risk because of increased residency in vulnerable areas such as mobile home parks. During a tornado, people should stay away from vehicles and seek underground shelter or move to an interior room or hallway and get under a sturdy piece of furniture.''',
    quotes=[
        Q('"The rise is due', 'climatological changes,"', "Frederick P. Ostby"),
        Q('"watch"', None, None),
        Q('"warning"', None, None),
        Q('"Approaching the 1,000', 'threat of tornadoes,"', "Frederick P. Ostby"),
        Q('"The great strides', 'over the years,"', "Frederick P. Ostby"),
    ],
    aliases={"Frederick P. Ostby": ["Ostby"]},
),
dict(
    id="noaa-fisheries-2024-01-reliable-shark-taggers-citizen-science",
    source="https://fishingboating.world/news/270319/Shark-Taggers-make-science-program-possible",
    license=PDC, retrieved=PAGES + " (NOAA Fisheries feature on the Cooperative Shark Tagging Program, copied verbatim on fishingboating.world under the byline 'by NOAA Fisheries 7 Jan 2024 15:38 UTC'; the site lines 'Please select your home edition', 'Edition' and 'Palm Beach Motor Yachts', the byline and the photo caption 'Blacktip shark with a dart tag at the base of its first dorsal fin © NOAA Fisheries' dropped; headline kept as the first line, the section heading 'The Cooperative Shark Tagging Program' kept as a line; the paragraph 'An...' / 'Anyone can volunteer with the Cooperati...', cut in the stored copy, and everything after it dropped; the straight marks as stored)",
    text='''Reliable Shark Taggers make citizen science program possible
The Cooperative Shark Tagging Program owes much of its continued success to the volunteers who adhere to NOAA Fisheries' tagging standards.
The Cooperative Shark Tagging Program
In 1961, John "Jack" Casey began studying the life history of shark species in the Northwest Atlantic Ocean. At the time, he worked at the U.S. Fish and Wildlife Service's Bureau of Sport Fisheries and Wildlife Laboratory in Sandy Hook, New Jersey. The following year, Casey created a program to study the distribution and movements of these highly migratory species. Recreational and commercial fishermen volunteered as citizen scientists to support this effort.
The Cooperative Shark Tagging Program started with fewer than 100 volunteer fishermen eager to help out with scientific research. It evolved into a significant source of shark data for NOAA Fisheries while promoting conservation through catch and release fishing. Thousands of fishermen, both in the United States and internationally, have contributed data throughout the past several decades. As Kate Zewinski, the program's current coordinator, put it, "the data has helped change the course of knowledge on Atlantic shark movements and distribution."
Some of those original volunteers are still taggers today.
"Since our program has been around for such a long time, the majority of our volunteers come to us by word of mouth, but we have attended fishing expos, conferences, and tournaments over the years to help get the word out," said Cami McCandless, a research fishery biologist and the program lead. "We have had more than 12,000 volunteers over the years, but the number of active volunteers is normally around 500 per year as an individual's fishing activities vary from year to year."''',
    quotes=[
        Q('"Jack"', None, None),
        Q('"the data has helped', 'and distribution."', "Kate Zewinski"),
        Q('"Since our program', 'get the word out,"', "Cami McCandless"),
        Q('"We have had more', 'year to year."', "Cami McCandless"),
    ],
    aliases={
        "Kate Zewinski": ["Kate Zewinski, the program's current coordinator"],
        "Cami McCandless": ["Cami McCandless, a research fishery biologist and the program lead"],
    },
),
dict(
    id="nasa-jpl-2004-rover-toolkits-still-full-universetoday-repost",
    source="https://universetoday.com/category/mars/page/231",
    license=PDC, retrieved=PAGES + " (a Universe Today category page reposting NASA/JPL's release of November 2004 on the Mars Exploration Rovers' instruments under the headline 'Rover Toolkits are Still Full', as NASA's Ames release in heldout103-en; only this post is on the stored part of the page; the paragraph 'One question for continuing investigations as Spirit heads for rocks higher in the “Columbia Hills,” ... soaking thr', cut in the stored copy, and the rest of the page dropped (H720); the curly marks as stored)",
    text='''Rover Toolkits are Still Full
All the scientific tools on NASA’s two Mars Exploration Rovers are still working well, a full 10 months after Spirit’s dramatic landing.
The ones on Spirit are adding fresh evidence about the history of layered bedrock in a hill the rover is climbing.
“Our leading hypothesis is that these rocks originated as volcanic ash that fell from the air or moved in ground-hugging ash flows, and that minerals in them were altered by water,” said Dr. Ray Arvidson of Washington University, St. Louis, deputy principal investigator for the mission.
“This is still a working hypothesis, not a firm conclusion, but all the instruments have contributed clues that fit,” he said. “However, it is important to point out that we have just begun to characterize the textures, mineralogy and chemistry of these layered rocks. Other hypotheses for their origin focus on the role of transport and deposition by water. In fact, it may turn out that volcanism, water and wind have produced the rocks that Spirit is examining. We are just beginning to put together the big picture.”
Both rovers completed three-month primary missions in April. NASA has extended their missions twice because they have remained productive longer than anticipated.
“We’re still making good progress even though Spirit has two types of problems with its wheels,” said Jim Erickson, rover project manager at NASA’s Jet Propulsion Laboratory, Pasadena, Calif. “We are working around those problems successfully, but they might be a sign of things to come, as mechanical parts wear out during our exploration of Mars.”''',
    quotes=[
        Q('“Our leading hypothesis', 'altered by water,”', "Ray Arvidson"),
        Q('“This is still', 'clues that fit,”', "Ray Arvidson"),
        Q('“However, it is', 'the big picture.”', "Ray Arvidson"),
        Q('“We’re still making', 'with its wheels,”', "Jim Erickson"),
        Q('“We are working', 'exploration of Mars.”', "Jim Erickson"),
    ],
    aliases={"Ray Arvidson": ["Dr. Ray Arvidson"]},
),
dict(
    id="nasa-jsc-2017-08-08-armstrong-interns-soar-at-networking-event",
    source="https://roundupreads.jsc.nasa.gov/pages.ashx/691/NASA%2520Armstrong%2520interns%2520soar%2520at%2520agencywide%2520networking%2520event",
    license=PD, retrieved=PAGES + " (NASA Johnson Space Center 'Roundup Reads' story of August 8, 2017; the site line 'RoundupReads NASA Armstrong interns soar at agencywide networking event' dropped, headline and date line '2017-08-08' kept as the first two lines; the paragraph 'In addition to participating in the competition, Armstrong interns toured Johnson facilities, including the International Space Station Mission Control Center, Apollo Mission', cut in the stored copy, and everything after it dropped; the curly marks, the em dashes and 'For added flare' as stored)",
    text='''NASA Armstrong interns soar at agencywide networking event
2017-08-08
Interns from NASA Armstrong Flight Research Center in California launched a rocket, toured spaceflight facilities and gained inspiration from an astronaut candidate at a NASA-wide intern networking event July 14 and 15 at NASA’s Johnson Space Center in Houston.
The Pathways Agency Cross-Center Connections — or PAXC — intern-led organization coordinated the event, which featured 15 Armstrong students. The students were interns from NASA’s Office of Education and co-op participants from the NASA Pathways program. Cross-center events play a central role in PAXC, which aims to encourage communication and knowledge-sharing among interns across NASA’s locations.
The event featured a model rocket competition hosted on-site at Johnson. Armstrong interns built and launched a rocket, named “Houston’s Problem,” to a peak altitude of 1,467 feet and a top velocity of 299 miles per hour. For added flare, “Houston’s Problem” used forward-swept fins to resemble the X-29 experimental aircraft flown at Armstrong (then named Dryden) in the 1980s.
Armstrong intern Zachary Houghton — who helped build “Houston’s Problem” — said the competition was tough and rewarding.
“It was a unique challenge, as we had to design, plan and execute our plans in a short period of time,” Houghton said.
Houghton, who was named Armstrong’s rocket team MVP, said the competition’s greatest challenge was leveraging students’ diverse strengths and knowledge toward a common goal.
“The opportunity PAXC provided us helped me grow into a young professional, and it taught me skills I will carry with me as I transition into my career,” Houghton said.''',
    quotes=[
        Q('“Houston’s Problem,”', None, None),
        Q('“Houston’s Problem”', None, None),
        Q('“Houston’s Problem”', None, None, 1),
        Q('“It was a unique', 'period of time,”', "Zachary Houghton"),
        Q('“The opportunity PAXC', 'into my career,”', "Zachary Houghton"),
    ],
    aliases={"Zachary Houghton": ["Armstrong intern Zachary Houghton", "Houghton"]},
),
]
