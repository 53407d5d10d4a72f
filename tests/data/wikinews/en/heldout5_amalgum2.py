# Held-out English Wikinews articles (tests/data/heldout5-en.jsonl), second part; see heldout5_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-shorts-2007-04-15",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_April_15%2C_2007",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bbc") + " (archive notice, 'Sources' and 'Related news' lists dropped; the opening mark of Sinchai Rongdej's quote, tokenized onto the end of the previous sentence, attached to its word; the copy's 'hospital..' kept)",
    text='''Wikinews Shorts: April 15, 2007
A compilation of brief news reports for Sunday, April 15, 2007.
Policy pundit says UK has 'lost the plot' on alcohol
Writing in PPR, the Institute of Public Policy Research's journal, Jasper Gerard has argued that, "When it comes to booze, society seems to have lost its senses," and implies the UK has lost-the-plot on alcohol regulation.
The claim in comes alongside calls for 'tough-love' tactics to tackle the UK's drinking culture in which a fifth of 11-15 year olds drink alcohol at least once a week.
Amongst the recommendations, is the idea that the legal drinking age, in the UK, should be raised to 21. Gerard states that with such a move, "it is at least possible that those in their early and mid teens will not see drink as something they will soon be allowed to do so therefore they might as well start doing it surreptitiously now."
Both industry, and alcoholism support groups have already challenged Gerard’s comments.
39 now dead in Thai floods
A flash flood sent a torrent of water rushing over two waterfalls in southern Thailand. More than 100 tourists and people celebrating Songkran (Thai New Year) were cooling off in the water beneath the falls. "Seven more dead bodies were brought to hospital this morning, bringing the death toll up to thirty-five," said Sinchai Rongdej, the hospital director at Yantakhao district. Fifteen of the dead were children. Thirty-four of the confirmed dead were Thai, Sinchai said, while one of the victims was a Laos national. Latest reports from the Bangkok Post indicate that the death toll had risen to 39 by Sunday nightfall, including 17 children. Of those injured, 25 have so far been discharged from hospital..
Provincial governor, Arnon Manasvanich said, "The search is continuing, but my belief is we might find more bodies of women and children as they couldn't escape in time."
"We are still searching in the hope of finding survivors -- we do have hope left," said Colonel Sonthichai Awatanakulthep, Yantakhao police chief. In a later statement, Trang Province police Major-General Kachorn Siriwan admitted that at least 30 people were still missing.
Will Iranian detainees remain in US custody?
Five Iranians captured in January by the United States during a security operation in Erbil, Iraq are continuing to be held by US authorities, despite objections from the Iranian government.
BBC News reported that US Secretary of State argued for the their release on the grounds they were "no longer useful," but was overruled by the White House. Iran claims the five captured are diplomats, while the US maintains that they are members of the Revolutionary Guard and were supplying arms, money, and military training to Iraqi insurgents.
However, since that report, Iran said it has received some signals concerning the possible release of the five Iranians, state television reported.
Another violent day in Baghdad
Sunday was another violent day in Baghdad. Bomb attacks on a market place and a mini-bus, claimed the lives of as many as 35 people in Shi'ite neighborhoods of Iraq's capital city.
Two car bombs went off within minutes of each other at a market place in the al-Shurta al-Arabaa district. The second bomb may have been targeting rescuers. At least eighteen are dead and many wounded.
In Kadhimiya in northern Baghdad, a suicide bomber boarded a minibus. Six were killed and eleven wounded when the explosives belt detonated.
In Karrada, an affluent neighborhood of Baghdad, a parked minibus blew up in a street with electronics shops, possibly targeting a police patrol. Five were left dead and another ten injured.
Separately, two British Puma transport helicopters crashed after they reportedly collided. Two crew members were killed.''',
    quotes=[
        Q("'lost the plot'", None, "Jasper Gerard"),
        Q('"When it comes to booze,', 'lost its senses,"', "Jasper Gerard"),
        Q("'tough-love'", None, None),
        Q('"it is at least possible', 'surreptitiously now."', "Jasper Gerard"),
        Q('"Seven more dead bodies', 'up to thirty-five,"', "Sinchai Rongdej"),
        Q('"The search is continuing,', "couldn't escape in time.\"", "Arnon Manasvanich"),
        Q('"We are still searching', 'we do have hope left,"', "Sonthichai Awatanakulthep"),
        Q('"no longer useful,"', None, "US Secretary of State"),
    ],
    aliases={"Jasper Gerard": ["Gerard"], "Sinchai Rongdej": ["Sinchai"],
             "Sonthichai Awatanakulthep": ["Colonel Sonthichai Awatanakulthep"]},
),
dict(
    id="wn-en-chile-bicentennial",
    source="https://en.wikinews.org/wiki/200_candles%3A_Chileans_celebrate_country%27s_Bicentennial",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bicentennial") + " (the closing image gallery with its captions dropped)",
    text='''200 candles: Chileans celebrate country's Bicentennial
Saturday, September 18, 2010
Chile is celebrating its Bicentennial, with several events that have been organized by the government for almost a decade. It commemorates two hundred years since the First Government Junta of 1810 was formed, starting the Independence process, that ended in 1818 after Bernardo O'Higgins proclaimed it.
The Bicentennial takes place on a holiday from September 17th until 21st. Sebastián Piñera inaugurated the official fondas (places where typical food and drinks of Chile are sold; similar to a tavern) earlier on Friday. Piñera also danced a "pie" of Cueca, Chile's national dance, with Government Spokeswoman Ena Von Baer.
More than 60 thousand people gathered on Plaza de la Ciudadanía (Citizen's Square) in Santiago to celebrate the Bicentennial. There was a projection of historical images that also contained a message from the trapped miners in Copiapó. A giant flag of Chile (18 meters of height, 27 of width; weighing 200 kilograms) was raised on the square on Friday morning.
Pichilemu
Celebrations of the Bicentennial in Pichilemu started earlier this month. On September 2, two thousand people lined up in a formation to create the message "Viva Chile Bicentenario Cardenal Caro" on Pichilemu beach "Las Terrazas". The message was used to create a postal stamp to be released worldwide. The event was promoted by the Government of Cardenal Caro Province.
Private schools in the city, such as Colegio Preciosa Sangre, prepared events specially for their students. On Thursday, "Fonda Don Vicente Nario" was opened on Preciosa Sangre. Several games were performed there on that morning, including "el emboque", "ponerle la cola al burro" (to put the tail to the donkey), and others.
Another event on Preciosa Sangre took place on Thursday night, when students recreated scenes of the History of Chile, including: a tertulia featuring Manuel Montt (starred by Luis Rojas); a chingana (a popular tavern); and selected colonial professions, such as the "motero" (person who sold motemei and chestnuts).
The official fonda of Pichilemu, La Bombonera, was inaugurated on Thursday night by Mayor Roberto Córdova, who danced cueca with people who attended the event. According to Córdova, at least 30,000 people have arrived at Pichilemu as of Friday, and it is estimated that another 30,000 will arrive during the next three days.
A great event took place on Pichilemu beach on Friday afternoon. Chilean typical games highlighted the event. People danced reggaeton, Américo's cumbias and cuecas, while others were swimming. The National Shoe Fair (Feria Nacional del Calzado) was established on Agustín Ross Hotel on Thursday, and will stay in the town until September 23rd. Alicia Grez, who works on a kiosk in the Pichileminian Craft Fair located in front of One Discotheque, said that "sales have been excellent," and that "[they] won't miss the possibility to experience such an event like this."''',
    quotes=[
        Q('"pie"', None, None),
        Q('"Viva Chile Bicentenario Cardenal Caro"', None, None),
        Q('"Las Terrazas"', None, None),
        Q('"Fonda Don Vicente Nario"', None, None),
        Q('"el emboque"', None, None),
        Q('"ponerle la cola al burro"', None, None),
        Q('"motero"', None, None),
        Q('"sales have been excellent,"', None, "Alicia Grez"),
        Q('"[they] won\'t miss', 'an event like this."', "Alicia Grez"),
    ],
),
dict(
    id="wn-en-pacific-rim-tsunami-chile",
    source="https://en.wikinews.org/wiki/Pacific_Rim_braces_for_tsunami_following_major_Chilean_earthquake",
    license=LIC, retrieved=AMG.format("AMALGUM_news_braces") + " (a pull-quote box without quotation marks, a 'Have your say' box and the media gallery dropped; the stray closing mark after 'threat.' kept)",
    text='''Pacific Rim braces for tsunami following major Chilean earthquake
Saturday, February 27, 2010
At 06:34 UTC today, an 8.8 magnitude earthquake hit Chile, triggering a tsunami in the Pacific Ocean. The tsunami has already hit the French Polynesia islands, with waves reaching two metres (six feet) high damaging to the coast. In Fiji Japanese officials expect waves 2.3 metres (7.5 feet high). Australia and New Zealand are expected to receive waves of one metre (three feet) which are expected to hit within 24 hours of the earthquake.
The Pacific Tsunami Warning Center reported that there may be "widespread damage" from the waves, saying that "authorities should take appropriate action in response to this threat."
In a special report, Wikinews looks at how different parts of the world have been affected by the disaster.
North American west coast and Hawaii
Hawaii is expecting to receive waves reaching 2.5 meters (8 feet) high. A warning went into effect at 6AM local time – 5 hours before the expected arrival of the Tsunami; Hawaiian Governor Linda Lingle declared a state of emergency. At present, there are confirmed reports from the Pacific Tsunami Warning Center of waves hitting the islands' eastern coasts.
Additionally, the western coast of the United States – extending from California to portions of Alaska – is under a tsunami advisory.
The civil defence spokesman for the Hawaiian island of Oahu, John Cummings, encouraged people to "get off the shoreline. We are closing all the beaches and telling people to drive out of the area."
Pacific Islands
The tsunami hit the Gambier archipelago at approximately 6:30 am local time. The Marquesas islands were hit about an hour later. Reports from the islands indicate that there was no significant damage or casualties yet. The islands followed the tsunami alert plans put in place following the major 2004 Indian Ocean tsunami.
New Zealand
In a statement, the New Zealand Ministry of Civil Defence and Emergency Management commented, "[the] current assessment is for a non-destructive tsunami for New Zealand with wave heights at the shore of between 0.2 and one metre [three feet]. The first wave may arrive later and may not be the largest. Waves may continue for several hours."
The centre, which also confirmed the initial Chile earthquake, also added that "sea-level readings confirm that a tsunami has been generated which could cause widespread damage." Authorities should take appropriate action in response to this threat."
The government noted that the waves were not predicted to have destructive force. According to the Australian Broadcasting Corporation, the first waves would not hit the country's shores until fifteen hours after the initial quake.
"Stay away from the beaches. Don't go out on the water and if you are already out on the water up anchor and head to deeper water at least half a mile off shore," warned Coastguard Northern Region duty officer John Cowan.
Meanwhile, the Marsden Point oil refinery, the only refinery in New Zealand, put all of its operations on hold as they were waiting for further information about the strength of the expected tsunami, according to production controller Ted Rye.
"We've just had a report from a trader fishing boat out at the Hen and Chick islands, about 10 kilometres off the coast, and they have noticed quite a significant surge," he remarked.
New Zealand Civil Defence Minister John Carter also appealed for residents to heed officials' warnings and stay away from shorelines throughout the day.
Australia
The east coast of Australia was placed under a tsunami alert; the impact expected in Sydney from 8:45am local time, Sunday there, and along other parts of the New South Wales coast. Areas in Tasmania potentially affected by the quake would be under tsunami alert until 7:45am local time.
"Boats in harbors, estuaries or shallow coastal water should return to shore. Secure your boat and move away from the waterfront. Vessels already at sea should stay offshore in deep water until further advised," read a warning by the Joint Australian Tsunami Warning Center. "[...] Tsunami waves are more powerful than the same size beach waves, with the first wave not always the largest."
The centre noted that among the areas with a "potential tsunami threat" include New South Wales state, Queensland state, Lord Howe Island and Norfolk Island. However, it also added that the bays and harbours of Sydney would not likely be affected by waves.''',
    quotes=[
        Q('"widespread damage"', None, "Pacific Tsunami Warning Center"),
        Q('"authorities should take appropriate action', 'to this threat."', "Pacific Tsunami Warning Center"),
        Q('"get off the shoreline.', 'out of the area."', "John Cummings"),
        Q('"[the] current assessment', 'for several hours."', "New Zealand Ministry of Civil Defence and Emergency Management"),
        Q('"sea-level readings', 'cause widespread damage."', "Pacific Tsunami Warning Center"),
        Q('"Stay away from the beaches.', 'half a mile off shore,"', "John Cowan"),
        Q('"We\'ve just had a report', 'significant surge,"', "Ted Rye"),
        Q('"Boats in harbors,', 'until further advised,"', "Joint Australian Tsunami Warning Center"),
        Q('"[...] Tsunami waves', 'not always the largest."', "Joint Australian Tsunami Warning Center"),
        Q('"potential tsunami threat"', None, "Joint Australian Tsunami Warning Center"),
    ],
),
dict(
    id="wn-en-maldives-plane-debris",
    source="https://en.wikinews.org/wiki/More_suspected_plane_debris_washes_ashore_on_Maldives_island",
    license=LIC, retrieved=AMG.format("AMALGUM_news_ashore"),
    text='''More suspected plane debris washes ashore on Maldives island
Thursday, August 13, 2015
Debris believed to be part of an aircraft has washed ashore on an uninhabited island in the Maldives. The fragment, suspected to be from a wing, was found on Mendhoo island, within the Laamu Atoll. The finding comes after several pieces of suspected plane debris washed ashore on the resort island Vabbinfaru, within the Kaafu Atoll, some of which could be from Malaysia Airlines Flight 370 (MH370).
The newest piece of debris is white and severely damaged and dented in places. Some of the paint also appears to be peeling off. Authorities have collected the debris, to be examined later. Malaysian officials are currently investigating other debris to determine if they came from an aircraft and if so "discussions will be held to determine the next steps in terms of the process of analysis", said the Malaysian transport ministry in a statement.
On Tuesday, a team of Malaysian investigators arrived in Maldives to take charge of debris washed ashore on Vabbinfaru on May 31, which had previously been disposed of as trash, and transport it back to Malaysia for further analysis. Malaysia said they believe the debris could be from MH370, but no official confirmation has been made.
"We (Malaysia) have an understanding with the authorities there [the Maldives] [...] we think the parts which were found about a month ago were parts of the aircraft," said Ab Aziz Kaprawi, the deputy transport minister for Malaysia as quoted by Bernama, a Malaysian government news agency. "They have to be further analysed and will be brought back to Malaysia for verification", he added.
Since the Vabbinfaru incident, debris has washed ashore on at least three other Maldives locations, the Baa Atoll and the islands of Fehendhoo and Fulhahdhoo, but much of it isn't believed to be from an aircraft. Abdulla Rasheed, a captain of a cargo boat which recently capsized in the waters off the Maldives, stated, "From the pictures of the debris found on most of the islands, I can almost certainly say that they are from the cargo we were carrying." Despite this possibility, any debris located is being gathered up until Malaysian authorities can examine it.
"We are collecting any unidentified debris and storing them in a warehouse so that the Malaysians can carry out tests and determine if it is from their plane or not," said the office of the Maldives President in a statement reported by Haveeru Daily before the Malaysian investigators arrived.
MH370, while flying from Kuala Lumpur, Malaysia to Beijing, China, vanished on March 8, 2014. All 239 passengers and crew are believed to be dead. On the day the plane went missing, residents on the small Maldives island of Kudahuvadhoo claimed to have seen a very "low flying jumbo jet" crash into the Indian Ocean. Some also noted the colors appeared to resemble that of a Malaysia Airlines plane. "I've never seen a jet flying so low over our island before. We've seen seaplanes, but I'm sure that this was not one of those. I could even make out the doors on the plane clearly", one resident was quoted as saying to the newspaper Haveeru Daily. Some claim the plane appeared to be headed in the direction of Diego Garcia, but Malaysian authorities have discounted those claims.
"Based on the monitoring up to date, no indication of Flight MH370 has been observed on any military radars in the country [Maldives]. Furthermore, the data of radars at Maldives airports have also been analysed and shows no indication of the said flight," said Malaysia's transport ministry at the time of the reports.''',
    quotes=[
        Q('"discussions will be held', 'process of analysis"', "Malaysian transport ministry"),
        Q('"We (Malaysia) have an understanding', 'parts of the aircraft,"', "Ab Aziz Kaprawi"),
        Q('"They have to be further analysed', 'for verification"', "Ab Aziz Kaprawi"),
        Q('"From the pictures of the debris', 'we were carrying."', "Abdulla Rasheed"),
        Q('"We are collecting any unidentified debris', 'from their plane or not,"', "office of the Maldives President"),
        Q('"low flying jumbo jet"', None, None),
        Q('"I\'ve never seen a jet', 'on the plane clearly"', None),
        Q('"Based on the monitoring', 'the said flight,"', "Malaysian transport ministry"),
    ],
    aliases={"Malaysian transport ministry": ["Malaysia's transport ministry"]},
),
]
