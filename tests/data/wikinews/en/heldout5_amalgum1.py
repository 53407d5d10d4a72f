# Held-out English Wikinews articles (tests/data/heldout5-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml), detokenized by
# hand like heldout4_amalgum*.py. Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-shoreham-airshow-crash",
    source="https://en.wikinews.org/wiki/Vintage_plane_crashes_into_road_during_Shoreham_Airshow_in_England",
    license=LIC, retrieved=AMG.format("AMALGUM_news_airshow"),
    text='''Vintage plane crashes into road during Shoreham Airshow in England
Sunday, August 23, 2015
Police warn more bodies may remain to be found after yesterday's crash of a vintage jet killed at least seven people. The Hawker Hunter crashed into a busy road during the Shoreham Airshow in England.
The plane failed to pull out of a large loop at around 1:20p.m. It hit the nearby A27 road, erupting into a fireball and leaving cars burned out and heavily damaged. The scene in West Sussex is near the town of Shoreham.
Pilot Andy Hill is presently alive but critically injured in hospital. He has previously flown with British Airways and the Royal Air Force. Two of the dead are Worthing United FC football players, Matthew Grimstone and Jacob Schilt, who were on their way to a match.
Also killed was Matt Jones, 24, who worked as a personal trainer. He came from Littlehampton and was giving a friend a lift. A vintage Daimler wedding limousine on its way to collect a bride was also caught up in the crash, but its owner Chariot Chauffeurs say they are unclear on if the driver was a fatality.
Sussex Police and the Air Accidents Investigation Branch are investigating. Police Superintendent Jane Derrick said last night, "At this time we are continuing to search[...] It is possible that tonight and tomorrow we are going to find more bodies at the scene." She said it is believed all casualties except the pilot were road users. At least fourteen were injured.
Assistant Chief Constable Steve Barry today said eleven people are "highly likely to have died in this tragedy", based upon "our initial work at the site" and "inquiries following calls to the emergency services from worried families and friends". He said officers currently remain at the "incredibly large" scene. There are plans to remove plane wreckage using a crane tomorrow.
The pilot, Hill, was experienced, with years of display flying under his belt and a military career that included flying Harrier jump-jets. David Wildridge, another pilot who took part yesterday, said Hill is "well-known and well-loved", "very professional", and that his Harrier experience made him "the best of the best."
The 1950s jet was decommissioned from military service in 1996 and sold at auction. In 2012 English entrepreneur Graham Peacock bought it for around £65,000. It is a regular at airshows.
Tina Tilley, head of the local chamber of commerce, was at the show and said "From where we were we could see the jet came down very low and looked like it was going to scoop up — but it didn't. There were flames and we knew it was right on the A27. Everyone was horrified and there were people crying." Motorist Dom Lawson, whose car was narrowly missed, said "It was like something out of Die Hard". The road closure left thousands trapped at the scene as they could not remove their cars.
In a statement, Prime Minister David Cameron sent "his heartfelt condolences to the families of the people who were so tragically killed [...] [his] thoughts and prayers are with the families and friends of the victims." The airshow is cancelled today.
It is one of three deadly European airshow crashes in four days. On Thursday two planes carrying parachutists collided and crashed in West Slovakia. At least seven were killed. They had been practising for an airshow due to be held this weekend. Today two small planes collided during an airshow in Dittingen, Switzerland. One of the pilots escaped but the other was killed.
Earlier this year a pilot was killed when his plane crashed during an aerial display at CarFest in England. In 2007 a Shoreham Airshow display recreating the Battle of Britain ended with a pilot dead following a crash.
Those concerned about relatives can call police on 01273 470101''',
    quotes=[
        Q('"At this time we are continuing', 'bodies at the scene."', "Jane Derrick"),
        Q('"highly likely to have died in this tragedy"', None, "Steve Barry"),
        Q('"our initial work at the site"', None, "Steve Barry"),
        Q('"inquiries following calls', 'worried families and friends"', "Steve Barry"),
        Q('"incredibly large"', None, "Steve Barry"),
        Q('"well-known and well-loved"', None, "David Wildridge"),
        Q('"very professional"', None, "David Wildridge"),
        Q('"the best of the best."', None, "David Wildridge"),
        Q('"From where we were', 'there were people crying."', "Tina Tilley"),
        Q('"It was like something out of Die Hard"', None, "Dom Lawson"),
        Q('"his heartfelt condolences', 'friends of the victims."', "David Cameron"),
    ],
    aliases={"Steve Barry": ["Assistant Chief Constable Steve Barry"], "David Wildridge": ["Wildridge"],
             "David Cameron": ["Prime Minister David Cameron"]},
),
dict(
    id="wn-en-cleopatra-tomb-artifacts",
    source="https://en.wikinews.org/wiki/Egyptian_archaeologist_finds_artifacts_which_may_lead_to_Cleopatra%27s_tomb",
    license=LIC, retrieved=AMG.format("AMALGUM_news_archaeologist") + " (the copy's broken wiki link '{{w|cartouche]]s' kept as is)",
    text='''Egyptian archaeologist finds artifacts which may lead to Cleopatra's tomb
Sunday, April 19, 2009
Zahi Hawass, Egypt's pre-eminent archaeologist, revealed the first ancient artifacts which may lead to the discovery of Cleopatra and Marc Antony's resting place.
The expedition has found amulets, 22 bronze coins cast with Cleopatra's image and her name, a royal statue, an alabaster mask resembling Marc Antony, and a statue bust of Cleopatra. "If you look at the face of Mark Antony, many believed he had this cleft on his chin and that's why I thought this could be Mark Antony," said Hawass.
"In my opinion, if this tomb is found, it will be one of the most important discoveries of the 21st century because of the love between Cleopatra and Mark Antony, and because of the sad story of their death. This is the perfect place for them to be hidden," said Hawass.
Recently, outside the temple colourful mummies of nobles were excavated at a neighbouring necropolis. These discoveries have lead the archaeologists to believe that a ruler or person of royalty is interred within the temple itself. It was the practice of the Greco-Roman era to assemble the tombs of persons of status and other high ranking officials near their rulers.
"The discovery of the cemetery this week really convinced me that there is someone important buried inside this temple. No one would be buried outside a temple without a reason. We saw that in the pharaonic days, they were always buried beside pyramids," explained Hawass.
"She needed a place to be protected in the afterlife. If she had used the other burial site, she would have disappeared forever," said Kathleen Martinez, a Dominican archaeologist. She feels that "it could be Taposiris Magna because it was the most sacred temple of its time."
Dr. Roger Vickers team used radar to locate three chambers within the rocky hill atop of which is the Temple of Taposiris Magna dedicated to the goddess Isis. The temple was constructed about 300 BC by Ptolemy II.
The Supreme Council of Antiquities (SCA) expedition led by Hawass has yet to excavate the burial chambers 40 feet (12 meters) underground where they hope to find a crown or Egyptian hieroglyph {{w|cartouche]]s revealing the names of royalty. The team will employ radar again on April 22.
The Supreme Council of Antiquities expedition consists of Zahi Hawass, Secretary General of the SCA, and Martinez who has extensively researched the life of Cleopatra.
According to Plutarch who studied Roman history, Caesar allowed Marc Antony and Cleopatra to be buried in the same tomb.
Alexandria is located about 30miles (48km) from the Temple of Taposiris Magna. The archaeological site is on a hill along the Mediterranean Sea overlooking the summer home of Hosni Mubarak, president of Egypt. The archaeologists fear they may have to postpone work for security reasons over the summer months.''',
    quotes=[
        Q('"If you look at the face', 'could be Mark Antony,"', "Zahi Hawass"),
        Q('"In my opinion,', 'them to be hidden,"', "Zahi Hawass"),
        Q('"The discovery of the cemetery', 'buried beside pyramids,"', "Zahi Hawass"),
        Q('"She needed a place', 'disappeared forever,"', "Kathleen Martinez"),
        Q('"it could be Taposiris Magna', 'temple of its time."', "Kathleen Martinez"),
    ],
    aliases={"Zahi Hawass": ["Hawass"], "Kathleen Martinez": ["Martinez"]},
),
dict(
    id="wn-en-fukushima-level-seven-aftershock",
    source="https://en.wikinews.org/wiki/Crisis_at_stricken_Japan_nuclear_plant_escalates_to_level_of_Chernobyl%3B_six_killed_in_aftershock",
    license=LIC, retrieved=AMG.format("AMALGUM_news_aftershock") + " (two pull-quote boxes without quotation marks and an image file link dropped)",
    text='''Crisis at stricken Japan nuclear plant escalates to level of Chernobyl; six killed in aftershock
Tuesday, April 12, 2011
The crisis at a stricken nuclear plant on the northeast coast of Japan is now as severe as the disaster at Chernobyl in 1986, officials have said. Radiation is continuing to leak from the plant, which was damaged during the devastating magnitude 9.0 earthquake and tsunami last month, which left thousands dead. Japanese authorities have warned the crisis is now a "major accident" with "wider consequences" than previously thought.
A spokesperson for NISA, the Japanese government nuclear authority, said officials had upgraded the crisis to a level seven on the International Nuclear Event Scale — the same applied to the Chernobyl disaster — because of a number of factors, including the detection of radiation in crops. "We have upgraded the severity level to seven as the impact of radiation leaks has been widespread from the air, vegetables, tap water and the ocean," he said.
TEPCO, the operator of the plant, has warned radiation was continuing to leak from the site and the magnitude of the crisis could exceed that of Chernobyl. Despite this, Japanese nuclear safety officials have insisted the leakage of radiation was small compared to the devastated plant in the former Soviet Union. "In terms of volume of radioactive materials released, our estimate shows it is about ten percent of what was released by Chernobyl," one nuclear official said.
The news comes as a new blow after another powerful aftershock yesterday which left at least six people dead after they were killed in a mudslide in the city of Iwaki. The landslide, which destroyed numerous homes, was triggered by a magnitude 6.6 aftershock which came exactly a month after the 9.0 magnitude earthquake. Fire officials in the city said three people had already been rescued and taken to hospital, and emergency workers were working to free an unknown number of others.
Workers at the damaged Fukushima nuclear plant returned after they were briefly evacuated following the earthquake, and officials issued tsunami warnings for the northeast coast which were later cancelled. Workers have been fighting a desperate battle to prevent the reactors from overheating and entering meltdown. Raging fires burned into the night after the earthquake, and TEPCO reported widespread power outages; hundreds of thousands of homes and businesses had power cut off.
Reports of the change in severity at the damaged nuclear plant followed the announcement that the exclusion zone around the site was to be expanded. A spokesperson for the government confirmed the radius of the zone would be expanded to include another five communities over the next several weeks. He stressed there was "no need to evacuate immediately" but said concerns had been raised over health risks from the leaking radiation.
The new development at the plant and the aftershock are new blows to a country wounded after the massive earthquake in March, which caused a tsunami that washed away whole towns and villages along the country's northeast coast. Thousands of bodies have been recovered, and many more are still unaccounted for, many left under mounds of rubble or washed out to sea. More than 150,000 people remain displaced, living in emergency shelters.
Before the aftershock struck yesterday, survivors of the first earthquake marked the time it hit a month ago with a moment of silence across the country. Writing to seven international newspapers, Naoto Kan, the Japanese prime minister, expressed his gratitude to people globally for their support. "Through our own efforts and with the help of the global community, Japan will recover and come back even stronger. We will then repay you for your generous aid," he wrote. "With this in our hearts, we now stand together dedicated to rebuilding the nation."''',
    quotes=[
        Q('"major accident"', None, None),
        Q('"wider consequences"', None, None),
        Q('"We have upgraded the severity level', 'tap water and the ocean,"', "NISA"),
        Q('"In terms of volume', 'released by Chernobyl,"', None),
        Q('"no need to evacuate immediately"', None, None),
        Q('"Through our own efforts', 'your generous aid,"', "Naoto Kan"),
        Q('"With this in our hearts,', 'rebuilding the nation."', "Naoto Kan"),
    ],
    aliases={"NISA": ["A spokesperson for NISA"]},
),
dict(
    id="wn-en-chile-four-aftershocks",
    source="https://en.wikinews.org/wiki/Four_aftershocks_hit_central_Chile%3B_no_damages_reported",
    license=LIC, retrieved=AMG.format("AMALGUM_news_aftershocks") + " (an image caption carrying a quotation dropped with the captions)",
    text='''Four aftershocks hit central Chile; no damages reported
Sunday, November 28, 2010
Four strong aftershocks have occurred on today's early morning in Chile. The fourth and strongest quake had a 5.6 magnitude in the Richter scale. No damage was reported.
The first shaking took place at 00:37 local time (03:37 UTC), which according to the University of Chile Seismological Service had a 4.7 magnitude in the Richter scale. It occurred 64 kilometers west of Navidad, O'Higgins Region at a depth of 31 kilometers, University of Chile reported. It was felt in cities such as Melipilla (Santiago Metropolitan Region), Pichilemu (O'Higgins Region) and Rancagua (O'Higgins Region).
The second tremor took place at 02:21 local time (05:21 UTC), 18 kilometers southwest of Rancagua, O'Higgins Region at a depth of 90.8 kilometers. It had a magnitude of 4.1.
At 04:31 local time (07:31 UTC), the third movement occurred. With a magnitude of 4.3, it occurred 34 kilometers northwest of Talca, Maule Region, near Lolol at a depth of 65.1 kilometers.
The fourth shake took place at 05:19 local time (08:19 UTC). According to the University of Chile, it had a magnitude of 5.6, and occurred 32 kilometers south of Pichilemu, O'Higgins Region at a depth of 41.9 kilometers. According to ONEMI, there were no casualties nor damage provoked by the aftershock. This movement was felt across the Valparaíso, Santiago Metropolitan, O'Higgins, Maule, and Bío Bío Regions, in cities such as Valparaíso, Viña del Mar, Santiago Centro, San Fernando, Curicó, Talca, Constitución, Talcahuano, Cauquenes, and Concepción. Chile's National System of Tsunami Alerts ruled out the possibility of a tsunami, according to Radio Cooperativa.
"In Rancagua, it all was really shake-y," said Daniela Banda Sandoval, a Facebook user who commented on Pichilemu's Facebook page. "[It was felt] very strong[ly] here in Santa Cruz, in addition of being noisy, it was as strong as the [February] earthquake!," Agustín Toro Reyes said. "At least we are sure now the ONEMI's guy was awake! Jinx Arjona... drift away from Chile!," Ro Fernandez said on Pichilemu's page, referring to ONEMI's late response after the February 27 earthquake and Ricardo Arjona's announcement to visit Chile. Arjona was one of the last artists to perform on the 2010 Viña del Mar International Festival before the February earthquake.
The United States Geological Survey, however, reported that the earthquake had a magnitude of 5.4, and that it occurred at a depth of 35 kilometers, 60 kilometers northwest of Curicó, Maule Region.
A further aftershock occurred at 06:57 local time (09:57 UTC), which was of a lesser magnitude.''',
    quotes=[
        Q('"In Rancagua, it all was really shake-y,"', None, "Daniela Banda Sandoval"),
        Q('"[It was felt] very strong[ly]', '[February] earthquake!,"', "Agustín Toro Reyes"),
        Q('"At least we are sure now', 'drift away from Chile!,"', "Ro Fernandez"),
    ],
),
]
