# Held-out English news pages (tests/data/heldout26-en.jsonl). Like heldout23_pages.py and heldout25_pages.py, these
# texts are stored web pages (the `pages` search corpus) of US federal government outlets, none of them used in an
# earlier set, this time civilian ones: eight "This Week @NASA" newsreel pages and one newsreel transcript on nasa.gov
# (2005-2013), an NIH news release (nih.gov, 2009), a VOA Khmer report (voacambodia.com, 2009), a VOA News report
# (voanews.com, 2008) and a VOA Learning English report (learningenglish.voanews.com, 2012). All are works of the US
# federal government and in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another
# third party. The stored copies are often cut after about 2,000
# characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Site
# banners ("NASA Podcasts", "Accessibility links", "Breaking News", "News Release", "Text Size"), the podcast links
# ("› Listen Now", "› View Now"), the newsreel's opening line ("This Week at NASA…"), publication dates and bylines
# are dropped; leading and trailing spaces of a stored line are trimmed; wording, inner spacing and quotation marks
# are as stored. Annotated by reading the pages, before whosaid was run on them (rules H120-H123 in ANNOTATION.md).
PD = "public domain (US government work, 17 U.S.C. § 105)"
NASA = "public domain (NASA, US government work, 17 U.S.C. § 105)"
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"
TWAN = " (the banner 'NASA Podcasts', the links '› Listen Now' and '› View Now' and the opening line 'This Week at NASA…' dropped"

DOCS = [
dict(
    id="gov-en-nasa-twan-2013-03-22",
    source="https://www.nasa.gov/multimedia/podcasting/TWAN_03_22_13.html",
    license=NASA, retrieved=PAGES + TWAN + "; the caption line '@AsteroidWatch, @MeteorScientist' dropped; the paragraph 'The hearing comes following ...', cut in the stored copy, and everything after it dropped)",
    text='''This Week @ NASA, March 22, 2013
The next three humans in space are now at their launch site in Kazakhstan after finishing their final training and prelaunch activities outside Moscow. NASA Flight Engineer Chris Cassidy, and Soyuz Commander Pavel Vinogradov and Flight Engineer Alexander Misurkin of the Russian Federal Space Agency are scheduled to liftoff from the Baikonur Cosmodrome this Thursday, Mar. 28, U.S. time, and head for the International Space Station on Expedition 35/36.
Chris Cassidy, NASA Astronaut:
“We all really love what we do, to fly in space and it’s a really special opportunity that we get to have as individuals and we wish we could share the whole great experience with everybody that loves space like we do.”
There, they’ll join Station Commander Chris Hadfield of the Canadian Space Agency and Flight Engineers Tom Marshburn of NASA and Roman Romanenko of the Russian Federal Space Agency. Some 150 scientific and research experiments are being conducted in the world’s only laboratory in microgravity to benefit our lives here on Earth.
Charles Bolden, NASA Administrator:
“This is not an American issue. Anything that we do protects the planet.”
Administrator Charles Bolden told a House hearing on Capitol Hill that NASA is working to better identify and track meteors and asteroids that pose a potential threat to Earth. Appearing with Bolden were White House Science Advisor John Holdren and General William Shelton, Commander of the U.S. Air Force Space Command.
Charles Bolden, NASA Administrator:
“Consistent with NASA’s role, as established by Congress and prescribed in the President’s National Space Policy, NASA has taken a leadership role to pursue capabilities to detect, track and characterize Near Earth Objects to reduce the risks of harm to humans from an unexpected impact on our planet.”''',
    quotes=[
        Q('“We all really love what we do,', 'like we do.”', "Chris Cassidy"),
        Q('“This is not an American issue.', 'protects the planet.”', "Charles Bolden"),
        Q('“Consistent with NASA’s role,', 'on our planet.”', "Charles Bolden"),
    ],
    aliases={"Chris Cassidy": ["NASA Flight Engineer Chris Cassidy"],
             "Charles Bolden": ["Administrator Charles Bolden", "Bolden"]},
),
dict(
    id="gov-en-nasa-twan-2011-10-14",
    source="https://www.nasa.gov/multimedia/podcasting/TWAN_10_14_11.html",
    license=NASA, retrieved=PAGES + TWAN + "; Jim Gleason's paragraph 'NPP’s observations will help NASA ...', cut in the stored copy, dropped)",
    text='''This Week @ NASA, October 14, 2011
Charlie Bolden: "The Space Coast is open for business."
Administrator Charlie Bolden led members of the media on a tour of NASA’s new mobile launcher at the Kennedy Space Center. Center Director Bob Cabana and other Kennedy management joined Bolden to discuss NASA’s Space Launch System. The SLS is the agency’s heavy-lift rocket that will take astronauts farther into space than ever before, create high-quality jobs here at home, and provide the cornerstone for America's future human space exploration efforts.
Charlie Bolden: "Everything you see around this complex involves local talent, local skill and energy, and Bob and I are committed to making KSC, keeping KSC, and the entire Space Coast the leader in the world in terms of exploration."
SLS will carry NASA's Orion spacecraft, cargo, equipment and science experiments to space -- providing a safe, affordable and sustainable means of reaching the moon, asteroids and other destinations in the solar system.
Bolden’s media tour was preceded by a breakfast speech at the Kennedy Visitors Complex where he assured Space Coast community leaders that the new mobile launch tower was a symbol of the center’s bright post-shuttle future.
The launch of NASA's National Polar-Orbiting Operational Environmental Satellite System Preparatory Project is fast approaching. As the prototype for the next generation of Earth-Observing satellites, NPP and its five, on-board instruments, will observe the entire globe, once a day, providing continuous data about the Earth’s land, oceans and atmosphere. The observations will be used for long-term monitoring of how our Earth and climate are changing.''',
    quotes=[
        Q('"The Space Coast is open for business."', None, "Charlie Bolden"),
        Q('"Everything you see around this complex', 'in terms of exploration."', "Charlie Bolden"),
    ],
    aliases={"Charlie Bolden": ["Administrator Charlie Bolden", "Bolden"]},
),
dict(
    id="gov-en-nasa-twan-transcript-2005-12-02",
    source="https://www.nasa.gov/multimedia/podcasting/twan_transcript_120205.html",
    license=NASA, retrieved=PAGES + " (the line 'Text Size' dropped; the paragraph on the Mars Express radar ('Mars' ionosphere, part of the planet's upper atmosphere ...'), cut in the stored copy, dropped)",
    text='''Transcript: This Week at NASA, November 26 - December 2
The newly-restructured NASA Advisory Council met on Capitol Hill in a two-day session, with Administrator Mike Griffin offering his welcoming remarks.
Griffin SOT: "…I think that this panel today represents a group of such people who can work with us across several major areas to provide the kind of outside steering, outside critique that we need and I'm looking forward to that."
Former Senator and Apollo astronaut Harrison H. "Jack" Schmitt is the NAC's new chairman. The group, comprised of 24 subject matter experts in exploration, science, aeronautics, human capital and audit and finance. was restructured to meet agency needs as NASA implements the Vision for Space Exploration. Among the NAC's new members: Apollo 11 Commander, Neil Armstrong.
DALE SOT: "…I am tremendously excited to be working with the talented and dedicated people of NASA."
Shana Dale is NASA's new deputy administrator. Her swearing-in ceremony was held at NASA headquarters. Dale, who most recently served as deputy director for homeland and national security for the Office of Science &Technology Policy (OSTP), was confirmed by the U.S. Senate to be NASA's 11th deputy administrator.
DALE SOT: "…As I said at my confirmation hearing, this is a place where significant scientific and technological breakthroughs are everyday occurrences and I am honored to be a part of this team."
GRIFFIN SOT: "…Shana has, in fact, hit the ground running and, in fact, hit the ground sprinting not just running."''',
    quotes=[
        Q('"…I think that this panel', 'looking forward to that."', "Mike Griffin"),
        Q('"Jack"', None, None),
        Q('"…I am tremendously excited', 'people of NASA."', "Shana Dale"),
        Q('"…As I said at my confirmation hearing,', 'part of this team."', "Shana Dale"),
        Q('"…Shana has, in fact,', 'not just running."', "Mike Griffin"),
    ],
    aliases={"Mike Griffin": ["Administrator Mike Griffin", "Griffin", "GRIFFIN"],
             "Shana Dale": ["Dale", "DALE"]},
),
dict(
    id="gov-en-nasa-twan-2010-02-19",
    source="https://www.nasa.gov/multimedia/podcasting/twan_2_19_10.html",
    license=NASA, retrieved=PAGES + TWAN + "; the paragraph 'President Obama: \"The amazing work that is being ...', cut in the stored copy, dropped; the copy's spaces before colons ('President Obama :') kept)",
    text='''NASA TV's This Week @NASA, February 19
President Obama: "Hey guys!" President Obama spoke with the crews of space shuttle Endeavour and the International Space Station from the Roosevelt Room of the White House. President Obama : "I think I speak for the all young people here, and everybody back home how proud we are of you, how excited we are about the work that is being done on the Space Station, and how committed we are to continuing human space exploration in the future." The president discussed their missions with commanders George Zamka and Jeff Williams and their respective STS-130 and Expedition 22 crew members.
George Zamka : "Well, thank you very much, Mr. President. It is a large team effort. In front of you, you have the joint crew of Endeavour and the Space Station, and we are the ones that are fortunate enough to be able to accomplish this great mission together in space. But there are many thousands of people around the world that gave the best of themselves, over many years, in order to have the days that we've been having up here.”
Mr. Obama noted the ISS's new era of discovery and innovation that’ll foster scientific breakthroughs through advances in space research conducted in the station’s laboratories.
T.J. Creamer : "When we do cellular research for even - like for cancer research, for instance, on Earth the cells actually collapse under their own weight, and so their growth on Earth are a little bit distorted. Here, without the gravity effect, we can grow cells very purely and understand the mechanisms by which they are replicating." The president also took special interest in the station’s new cupola. The seven-windowed observation deck, delivered and installed on the ISS by space shuttle Endeavour’s crew, will host a robotics work station and has the best view humans in space have ever had of Earth and the stars.''',
    quotes=[
        Q('"Hey guys!"', None, "Obama"),
        Q('"I think I speak for the all young people', 'in the future."', "Obama"),
        Q('"Well, thank you very much, Mr. President.', 'up here.”', "George Zamka"),
        Q('"When we do cellular research', 'they are replicating."', "T.J. Creamer"),
    ],
    aliases={"Obama": ["President Obama", "Mr. Obama"]},
),
dict(
    id="gov-en-nasa-twan-2013-03-29",
    source="https://www.nasa.gov/multimedia/podcasting/TWAN_03_29_13.html",
    license=NASA, retrieved=PAGES + TWAN + "; the paragraph on Orion's heat shield ('After being loaded onto NASA’s Super Guppy aircraft ...'), cut in the stored copy, dropped; the stray ')' after the second quotation kept)",
    text='''This Week @ NASA, March 29, 2013
Astronaut Cassidy:
“Launch Key inserted”
Ground Control:
“Onboard systems have now been switched to onboard control to commanders cockpit displays and controls have been activated.”)
Astronaut Cassidy:
“We feel great, everything is in order, we are ready for launch… Ignition.”
Ground Control:
“And lift off…”
Following their launch from the Baikonur Cosmodrome, NASA Flight Engineer Chris Cassidy and his Expedition 35/36 crewmates, Soyuz Commander Pavel Vinogradov, and Russian Flight Engineer Alexander Misurkin, are now safely aboard the International Space Station.
The trio was welcomed by ISS Commander Chris Hadfield, Tom Marshburn of NASA and Roman Romanenko of the Russian Federal Space Agency. The three newcomers begin a six-month residence of the world’s only laboratory in microgravity.
The SpaceX Dragon cargo ship is seen here moments before splashing down in the Pacific Ocean west of Baja California after its fiery reentry of Earth’s atmosphere. Among the two tons of cargo returning with Dragon are investigations that could aid in food production; help develop more efficient solar cells, detergents and semiconductor-based electronics; and help scientists continue to examine how the human body reacts to long-term spaceflight.
Engineers at the Marshall Space Flight Center completed assembling and welding two identical pieces of hardware for NASA’s new Space Launch System, or SLS. One of the two identical adaptors will undergo strenuous structural testing to ensure its twin can successfully connect the Orion spacecraft to its Delta IV launch vehicle. Slated for its first flight test next year, the new SLS rocket will enable human missions farther into space than ever before.''',
    quotes=[
        Q('“Launch Key inserted”', None, "Chris Cassidy"),
        Q('“Onboard systems have now been switched', 'have been activated.”', "Ground Control"),
        Q('“We feel great,', 'Ignition.”', "Chris Cassidy"),
        Q('“And lift off…”', None, "Ground Control"),
    ],
    aliases={"Chris Cassidy": ["Astronaut Cassidy", "NASA Flight Engineer Chris Cassidy"]},
),
dict(
    id="gov-en-nasa-twan-2009-03-27",
    source="https://www.nasa.gov/multimedia/podcasting/twan_03_27_09.html",
    license=NASA, retrieved=PAGES + TWAN + "; the paragraph on the 2008 TC3 meteorites ('NASA scientists from the Ames Research Center ...'), cut in the stored copy, dropped)",
    text='''NASA TV's This Week @NASA, March 27
Launch Announcer: "The landing gear is down."
Discovery and its crew glided to a smooth landing at the Kennedy Space Center’s Shuttle Landing Facility to complete its 13-day mission to the International Space Station.
Mission Control: "And, nose gear touch down. Space Shuttle Discovery is rolling out on runway 15 at the Kennedy Space Center."
Discovery Crew: "I think that worked out really well and start these guys by hand."
STS-119 delivered and installed the final pieces of hardware needed to generate enough electricity to fully power science experiments and support the station's expanded crew of six scheduled for May.
Discovery Crew: Houston Discovery it looks like we had a very good deploy. A couple of yes’s on the deployed status and tension reel came up exactly as predicted
President Obama: "Hello Commander, can you hear us?"
A videoconference with President Obama and the shuttle and station crews also highlighted the mission. Members of Congress and Washington, D.C. - area school children joined with the president in offering congratulations and asking questions about space travel.
President Obama: "What about fitness requirements these days?"
Lee Archambault: "The International Space Station just recently incorporated a new fitness machine. It’s a very, very fancy workout machine like you’d see in a gym, but it’s called the A-RED and we can do a lot of good exercises on it."
Space shuttle Discovery also delivered new ISS crew member Koichi Wakata and returned Flight Engineer Sandy Magnus to Earth after more than four months aboard the complex.''',
    quotes=[
        Q('"The landing gear is down."', None, None),
        Q('"And, nose gear touch down.', 'Kennedy Space Center."', "Mission Control"),
        Q('"I think that worked out really well', 'by hand."', "Discovery Crew"),
        Q('"Hello Commander, can you hear us?"', None, "Obama"),
        Q('"What about fitness requirements these days?"', None, "Obama"),
        Q('"The International Space Station just recently', 'exercises on it."', "Lee Archambault"),
    ],
    aliases={"Obama": ["President Obama"]},
),
dict(
    id="gov-en-nasa-twan-2009-10-16",
    source="https://www.nasa.gov/multimedia/podcasting/twan_10_16_09.html",
    license=NASA, retrieved=PAGES + TWAN + "; the paragraph on Nicole Stott, cut in the stored copy after its first word, dropped)",
    text='''NASA TV's This Week @NASA, October 16
Richard Fisher: "This mission has produced some brand new results and gives us our very first look at our home in the galaxy."
Nearly a year after its launch, NASA’s Interstellar Boundary Explorer spacecraft is successfully imaging and mapping the dynamic interactions taking place where the hot solar wind slams into the cold expanse of space.
Dave McComas: "What we’ve observed with IBEX is this really narrow ribbon of strong emission, lots of particles, lots of neutral atoms, coming in from the interaction at the edge of our heliosphere, the edge of our solar system."
IBEX’s mission team unveiled the first-ever-all-sky view constructed from IBEX data. The spacecraft detects particle interactions at the edge of the solar system and, every six months, creates a picture or map of the boundary across the entire sky. These boundary regions shield Earth and our solar system from dangerous cosmic radiation.
IBEX, one in a series of low-cost, Small Explorers missions rapidly developed by NASA, is the first spacecraft to image and map these dynamic and important interactions at the edge of our solar system.
Space shuttle Atlantis is at Launch Pad 39A at the Kennedy Space Center awaiting its launch targeted for November 12. That’s when its six astronauts will begin their STS-129 mission to the International Space Station.
Commanding his first shuttle mission will be two-time pilot, Charlie Hobaugh. In the pilot’s seat for this mission will be first-time flyer, Barry Wilmore. Also making their first trips into space will be Mission Specialists Bob Satcher and Randy Bresnik. Rounding out the crew will be veteran mission specialists Mike Foreman and Leland Melvin.
Atlantis will deliver parts to the space station, including a spare gyroscope. The mission will feature three spacewalks. STS-129 will also return station crew member Nicole Stott to Earth.''',
    quotes=[
        Q('"This mission has produced', 'home in the galaxy."', "Richard Fisher"),
        Q('"What we’ve observed with IBEX', 'of our solar system."', "Dave McComas"),
    ],
),
dict(
    id="gov-en-nasa-twan-2012-03-16",
    source="https://www.nasa.gov/multimedia/podcasting/TWAN_03_16_12.html",
    license=NASA, retrieved=PAGES + TWAN + "; Cady Coleman's quotation paragraph, cut in the stored copy, dropped; the page's title line says March 19, its URL March 16)",
    text='''This Week @ NASA, March 19, 2012
Ebb and Flow, NASA's Gravity Recovery And Interior Laboratory, or GRAIL spacecraft, have officially begun collecting science data as they orbit the moon. Scientists will use the information gathered by the twin spacecraft to produce a high-resolution map of the lunar gravitational field. That should provide unprecedented detail about the moon's internal structure and composition, and lead to a better understanding of how Earth and other rocky planets in the solar system formed. Science activities are expected to conclude on May 29.
Aboard the International Space Station, flame tests continued for the Structure and Liftoff In Combustion Experiment, or SLICE. The experiment investigates the nature of flames in microgravity.
Don Pettit talks to Mission Control: “I’m ready to light the flame.”
The station tests have yielded stable lifted flames, which can be simpler to model numerically. This research in the world’s only laboratory in microgravity could lead to reduced pollution emissions and more efficient burning by a wide variety of industries.
Last year, Irish-American astronaut Cady Coleman celebrated her St. Patrick’s Day playing two Irish instruments while she orbited the Earth aboard the International Space Station. This year, Coleman was on center stage at the Kennedy Center in Washington to return the antique wooden flute and shiny tin whistle to its owners: internationally-acclaimed recording artists, Paddy Moloney and the Chieftains.
Coleman then accepted an invitation to perform with the six-time Grammy winners the traditional Irish tune, “Fanny Power.”''',
    quotes=[
        Q('“I’m ready to light the flame.”', None, "Don Pettit"),
        Q('“Fanny Power.”', None, None),
    ],
),
dict(
    id="gov-en-nasa-twan-2011-07-22",
    source="https://www.nasa.gov/multimedia/podcasting/TWAN_07_22_11.html",
    license=NASA, retrieved=PAGES + TWAN + "; Doug Hurley's quotation paragraph, cut in the stored copy, dropped)",
    text='''This Week @ NASA, July 22, 2011
Rob Navias: "Landing gear down and locked."
After more than 30 years, NASA’s shuttle era has come to a close.
Atlantis made a picture-perfect, pre-dawn landing at the Kennedy Space Center during STS-135’s 200th orbit of Earth.
Chris Ferguson: "Mission complete Houston. After serving the world for over 30 years, the space shuttle which has earned its place in history has come to a final stop."
Brought safely home after 13 days of stocking up the International Space Station for the post-shuttle era was the STS-135 crew: Commander Chris Ferguson… Pilot Doug Hurley… and Mission Specialists Sandy Magnus… and Rex Walheim.
Charlie Bolden: "It’s a great day to be here to welcome the STS-135 crew back home. I personally want to salute them and everybody whose been involved in this program."
Chris Ferguson: "Although we got to take the ride, we sure hope that everybody who has ever worked or touched or looked at or envied or admired a space shuttle was able to take just a little part of the journey with us."
In all, Atlantis made 4,848 orbits of its home planet throughout 307 days in space. The orbiter traveled almost 5.3-million miles over 33 flights.
Bill Gerstenmaier: "As I stood out on the runway and stared at it and looked at this winged vehicle, I thought about all the systems, and when they were designed back in the 70s and it was a true marvel."
Mike Moses: "Hearing the sonic booms as Atlantis came home for the last time really drove home to me that this has been a heck of a program."
Mike Leinbach: "Everybody feels good that we got the crew home safely, and we’re looking forward to our next challenges."
After being towed from the runway, Atlantis was parked outside Orbiter Processing Facility-2 for several hours while workers walked around and photographed the shuttle.
Chris Ferguson: "You guys rock."''',
    quotes=[
        Q('"Landing gear down and locked."', None, "Rob Navias"),
        Q('"Mission complete Houston.', 'to a final stop."', "Chris Ferguson"),
        Q('"It’s a great day to be here', 'in this program."', "Charlie Bolden"),
        Q('"Although we got to take the ride,', 'journey with us."', "Chris Ferguson"),
        Q('"As I stood out on the runway', 'a true marvel."', "Bill Gerstenmaier"),
        Q('"Hearing the sonic booms', 'heck of a program."', "Mike Moses"),
        Q('"Everybody feels good', 'next challenges."', "Mike Leinbach"),
        Q('"You guys rock."', None, "Chris Ferguson"),
    ],
    aliases={"Chris Ferguson": ["Commander Chris Ferguson"]},
),
dict(
    id="gov-en-nih-collins-sworn-in-2009",
    source="https://www.nih.gov/news-events/news-releases/francis-s-collins-md-phd-sworn-nih-director",
    license=PD, retrieved=PAGES + " (the labels 'News Release' and the date line 'Monday, August 17, 2009' dropped; the paragraph 'In addition to his achievements as the NHGRI director ...', cut in the stored copy, dropped)",
    text='''Francis S. Collins, M.D., Ph.D., Sworn in as NIH Director
In his July 8 nomination announcement, President Obama stated: "The National Institutes of Health stands as a model when it comes to science and research. My administration is committed to promoting scientific integrity and pioneering scientific research and I am confident that Dr. Francis Collins will lead the NIH to achieve these goals. Dr. Collins is one of the top scientists in the world, and his groundbreaking work has changed the very ways we consider our health and examine disease."
"As a scientist, physician, and passionate visionary, Dr. Collins will further NIH's ultimate mission to improve human health," said U.S. Health and Human Services Secretary Kathleen Sebelius. "He is an ideal choice to lead the NIH and I look forward to working closely with him."
"I am truly honored and humbled to take the helm today of the world's leading organization supporting biomedical research," Dr. Collins said. "The scientific opportunities in both the basic and clinical realms are unprecedented, and the talent and dedication of the grantees and the staff guarantee that this will be a truly exciting era."
Dr. Collins, 59, a physician-geneticist noted for his landmark discoveries of disease genes and his leadership of the Human Genome Project, served as director of NIH's National Human Genome Research Institute (NHGRI) from 1993-2008. Under his direction, the Human Genome Project consistently met projected milestones ahead of schedule and under budget. This remarkable international project culminated in April 2003 with the completion of a finished sequence of the human DNA instruction book.''',
    quotes=[
        Q('"The National Institutes of Health stands', 'examine disease."', "Obama"),
        Q('"As a scientist, physician,', 'human health,"', "Kathleen Sebelius"),
        Q('"He is an ideal choice', 'closely with him."', "Kathleen Sebelius"),
        Q('"I am truly honored', 'biomedical research,"', "Francis S. Collins"),
        Q('"The scientific opportunities', 'exciting era."', "Francis S. Collins"),
    ],
    aliases={"Obama": ["President Obama"],
             "Kathleen Sebelius": ["U.S. Health and Human Services Secretary Kathleen Sebelius"],
             "Francis S. Collins": ["Dr. Francis Collins", "Dr. Collins"]},
),
dict(
    id="voa-en-khmer-stung-treng-flooding-2009",
    source="https://www.voacambodia.com/a/a-40-2009-08-19-voa4-90170052/1355534.html",
    license=VOA, retrieved=PAGES + " (the lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'On Aug. 2, the Ministry of Water Resources warned ...', cut in the stored copy, and everything after it dropped)",
    text='''Villagers Stunned by Heavy Flooding
Yin Pong’s house is still battered from the flooding, its thatch in tatters, his rice field inundated. The 44-year-old farmer from Sensan village, Stung Treng province, was one of many villagers affected by severe flooding in the province earlier this month.
In a recent interview with VOA Khmer, Yin Pong said he lost about 1 million riel, or $250, in crops, along with 10 chickens and 20 ducks, in severe flooding that affected hundreds of villagers.
“I have difficulty now,” said the father of four. “I have nothing; my rice, cucumbers, beans and sugar cane were fully damaged.”
According to villagers in Kamphun commune, the flooding started after a week of heavy rains, bringing half a meter of water into homes for four days before the water subsided four days later.
In Sesan district’s Phlok commune, not far from Kamphun, bamboo and other trees were still inundated with waters behind people’s homes.
Tuon Sim, 57, said flooding damaged his pumpkin and eggplant crops, costing him 80,000 riel, about $20.
“This was bad flooding,” he said.
One of his sons, Sim Chhairath, 15, was pale and ill, having suffered from malaria he caught fishing in the flooded fields. It was the first time he’d ever had the disease, he said.
Phlok commune chief Than Tim said eight of his 1,115 villagers incurred malaria after the flooding, which provided ideal conditions for mosquitoes.
Even before the flooding, he said, local health officials were educating villagers on how to protect themselves from the disease.
“If we did not protect our health, we would have this,” he said.
The flooding came from heavy rainfall after a typhoon hit northern Vietnam, pushing water to high levels in Cambodia that were exacerbated by the opening of floodgates of a dam on the Sekong river, in Laos, which flows through Stung Treng province.''',
    quotes=[
        Q('“I have difficulty now,”', None, "Yin Pong"),
        Q('“I have nothing;', 'fully damaged.”', "Yin Pong"),
        Q('“This was bad flooding,”', None, "Tuon Sim"),
        Q('“If we did not protect our health,', 'we would have this,”', "Than Tim"),
    ],
),
dict(
    id="voa-en-unhcr-basic-needs-report-2008",
    source="https://www.voanews.com/a/a-13-2008-10-09-voa60-66732247/561388.html",
    license=VOA, retrieved=PAGES + " (the lines 'Accessibility links' and 'Breaking News' dropped; Pagonis's quotation paragraph on Georgia's collective centers, cut in the stored copy, dropped)",
    text='''UNHCR: Thousands of Refugees in Camps, Urban Areas Left Without Basic Aid
A new report finds nearly a third of refugees and other people cared for by the U.N. refugee agency are not getting their basic needs met. Lisa Schlein reports for VOA from UNHCR headquarters in Geneva.
The U.N. refugee agency conducted assessments in eight pilot countries, including Cameroon, Ecuador, Georgia, Rwanda, Thailand, Tanzania, Yemen and Zambia early this year.
Refugees living in camps, as well as those living in urban areas were surveyed. So were internally displaced and stateless people.
U.N. refugee spokeswoman, Jennifer Pagonis tells VOA aid workers were unprepared for what they found.
"And, the startling finding, I think, was really that 30 percent of the basic needs of refugees are not being met. And, that is for education, health, sanitation," said Pagonis. "Very simple things like this that can have such a profound effect on the lives of refugees."
Pagonis says refugees living in camps tend to get assistance, such as food, from humanitarian agencies. She says they also live in a slightly more protected environment than do urban refugees.
She says the concerns of refugees living in cities are different. She says they may be living in apartments, may lack documents and may face eviction or deportation. She says urban refugees tend to need more legal protection from the UNHCR.
She says the report was done in Georgia before the latest conflict in August. She says aid workers looked at the plight of some 100,000 refugees and displaced people who fled from the breakaway regions of South Ossetia and Abkhazia in the 1990's.
She says they are still living in collective centers.''',
    quotes=[
        Q('"And, the startling finding,', 'health, sanitation,"', "Jennifer Pagonis"),
        Q('"Very simple things like this', 'lives of refugees."', "Jennifer Pagonis"),
    ],
    aliases={"Jennifer Pagonis": ["Pagonis"]},
),
dict(
    id="voa-en-learningenglish-us-farmers-drought-2012",
    source="https://learningenglish.voanews.com/a/farmers-drought-united-states-soybean-corn/1449416.html",
    license=VOA, retrieved=PAGES + " (the lines 'Accessibility links' and 'Breaking News', the photo caption (printed twice), the line 'Read, listen and learn English with this story. ...' and the programme line 'This is the VOA Special English Agriculture Report.' dropped; the paragraph on the Mississippi River ('The drought is reducing the depth ...'), cut in the stored copy, dropped)",
    text='''US Farmers Struggle With Drought
A drought across much of the United States is forcing farmers to make difficult decisions. Damage to corn and soybeans is already severe in the hardest-hit areas.
Alan Bowers Junior is a farmer in the state of Illinois in the Midwest.
ALAN BOWERS JR.: "You get up in the morning, and you think it might be another thirteen months before we get a paycheck. The corn and soybean crop is our paycheck."
The corn on his farm is so dry, the stalks break apart just by touching them. The maize is unusable. So in the middle of July, Alan Bowers decided to cut down his crop to avoid a total loss.
ALAN BOWERS JR.: "We are making what they call corn silage out of this for the animals, for the cows. And if you wait till it's completely dried up, it won't even make suitable feed for the animals."
Alan Bowers and his wife, Lori, are hoping for a small insurance settlement to help them pay their bills until next year.
LORI BOWERS: "People don't realize we have no boss and we have nobody to help us. And it's tough. You have to work together. You have to work with a husband and a wife and family, and together try to work through it."
The Bowers could also lose their soybeans to the record high temperatures and lack of rain in the worst drought in more than half a century.
And Alan Bowers says if next year is anything like this, the farm itself may not survive. The farm has been in his family for four generations.''',
    quotes=[
        Q('"You get up in the morning,', 'is our paycheck."', "Alan Bowers"),
        Q('"We are making what they call corn silage', 'for the animals."', "Alan Bowers"),
        Q('"People don\'t realize', 'work through it."', "LORI BOWERS"),
    ],
    aliases={"Alan Bowers": ["Alan Bowers Junior", "ALAN BOWERS JR."], "LORI BOWERS": ["Lori"]},
),
]
