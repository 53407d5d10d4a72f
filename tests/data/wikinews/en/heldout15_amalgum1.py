# Held-out English Wikinews articles (tests/data/heldout15-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum_extra/news/xml/AMALGUM_news_*.xml, the corpus'
# extra news part, files used by no earlier set), detokenized by hand like heldout14_amalgum*.py.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-charlie-hebdo-marches",
    source="https://en.wikinews.org/wiki/Millions_march_in_France_and_around_the_world_in_support_of_Charlie_Hebdo",
    license=LIC, retrieved=AMG.format("AMALGUM_news_hebdo") + " (the photo gallery of the marches, some thirty captions with their image credits, dropped)",
    text='''Millions march in France and around the world in support of Charlie Hebdo
Monday, January 12, 2015
Following the shootings at the offices of Charlie Hebdo, millions of people turned out yesterday for marches in Paris, in cities across France, and around the world. Reported estimates of between 1.5 and 2 million people rallied in Paris, and the French interior ministry estimated 3.7 million or more rallied across France.
44 world leaders attended the Paris march including French President François Hollande; German Chancellor Angela Merkel; British Prime Minister David Cameron; Spanish Prime Minister Mariano Rajoy; Italian Prime Minister Matteo Renzi; the President of Mali, Ibrahim Boubacar Keïta; Israeli Prime Minister Benjamin Netanyahu; Mahmoud Abbas, President of the Palestinian Authority; King Abdullah II and Queen Rania of Jordan; Turkish Prime Minister Ahmet Davutoglu; the Russian Foreign Minister, Sergey Lavrov; the Hungarian Prime Minister Viktor Orban; and the President of Gabon, Ali Bongo Ondimba.
US Ambassador to France Jane D. Hartley attended. White House Spokesman Josh Earnest responded to criticism for not sending a higher level representative on behalf of the United States: "It is fair to say we should have sent someone with a higher profile." Earnest said the rally had been planned on Friday and President Obama attending the rally on such short notice presented "significant security challenges". Secretary of State John Kerry said he already had a prior engagement in India.
Charlie Hebdo has previously published cartoons featuring the Islamic prophet Muhammed. These include original depictions and reprints of controversial cartoons originally by Danish newspaper Jyllands-Posten. Some of these cartoons were on display at the marches.''',
    quotes=[
        Q('"It is fair', 'higher profile."', "Josh Earnest"),
        Q('"significant security challenges"', None, "Josh Earnest"),
    ],
    aliases={"Josh Earnest": ["White House Spokesman Josh Earnest", "Earnest"]},
),
dict(
    id="wn-en-eu-report-east-jerusalem",
    source="https://en.wikinews.org/wiki/Israel_%22illegally_annexing%22_east_Jerusalem%2C_EU_reports",
    license=LIC, retrieved=AMG.format("AMALGUM_news_jerusalem") + " (three unmarked boxes quoting the report outside the paragraphs and the 'Have your say' prompt dropped; the closing mark of the last quotation, held as a fragment of its own, attached to its word; the copy's 'to protest Israeli policy' kept)",
    text='''Israel "illegally annexing" east Jerusalem, EU reports
Friday, December 4, 2009
A classified European Union report for 2009 says Israel is actively pursuing the annexation of east Jerusalem. The report accuses Israel of implementing an intricate policy including expanding Jewish settlements and demolishing Palestinian homes. It says policies "are undermining prospects for a Palestinian capital in east Jerusalem and incrementally render a sustainable two-state solution unfeasible"; this is described as, "an integral part of a broader Israeli strategy."
Israeli Foreign ministry spokesperson, Yigal Palmor, told AFP that the report was "dishonest", "reflects the Palestinian propaganda" and "is based exclusively on Palestinian versions and figures." This comes as EU foreign ministers prepare a statement on the Middle East. To allow for US initiatives, EU foreign ministers have not commented on the stalemate between Israel and the Palestinians over past months; but, diplomatic sources say there are “sensitivities” over a Swedish proposal to divide Jerusalem in any peace deal.
Citing official Israeli statistics from the Ministry of Interior executive director of Israel’s HaMoked (Center for the Defence of the Individual) said Wednesday that, "Israel has stripped Palestinians of Jerusalem residency status last year at a faster rate than at any time in the history of the state". 4,577 residents of East Jerusalem have had their residence revoked in 2008, this is more than half the total revoked in the past 40 years. The Jerusalem municipality places severe restrictions on issuing building permits for Palestinian houses in east Jerusalem, since 2000 over 600 Palestinian-owned structures have been demolished and Palestinians receive fewer than 200 of the 1,500 building permits needed per year.
The 14-page annual report dated November 23 was drafted by European envoys and consuls in Jerusalem and Ramallah and presented to Brussels EU institutions a few days ago. This is the first time the annual report has been made public. Haaretz says, in the past, Israel has pressed the EU not to publish fearing it would undermine the European public's view of Israel. The report was leaked to Israel's Haaretz daily newspaper and obtained by AFP yesterday.
The EU report claims the Israeli government and Jerusalem municipality discriminate against Arab residents with regard to building permits, health services, education, sanitation and more. Allegations of assisting private right-wing Jewish organisations, such as Ateret Cohanim and Elad, to alter the city's demographics are included. The report advises sanctions against people and groups involved in "settlement activity", and taking other measures to protest Israeli policy and to stop the harming of the Arab population, including an "EU presence at Israeli court cases on house demolitions or evictions of Palestinian families when there is a risk of demolition or eviction of Palestinian families", and "information sharing on violent settlers in East Jerusalem to assess whether to grant entry to the EU." The report also recommends implementing measures to strengthen the Palestinian National Authority's presence in the city.
Archaeological excavations in Jerusalem near the Temple Mount are mentioned, suggesting "archaeology in this case has become an ideologically motivated tool of national and religious struggle carried out in a manner that modifies the identity and character of the city and threatens to undermine its stability."''',
    quotes=[
        Q('"illegally annexing"', None, None),
        Q('"are undermining', 'solution unfeasible"', "European Union"),
        Q('"an integral part', 'Israeli strategy."', "European Union"),
        Q('"dishonest"', None, "Yigal Palmor"),
        Q('"reflects the Palestinian propaganda"', None, "Yigal Palmor"),
        Q('"is based exclusively', 'and figures."', "Yigal Palmor"),
        Q('“sensitivities”', None, None),
        Q('"Israel has stripped', 'of the state"', None),
        Q('"settlement activity"', None, None),
        Q('"EU presence', 'Palestinian families"', "European Union", 0),
        Q('"information sharing', 'to the EU."', "European Union"),
        Q('"archaeology in this case', 'its stability."', "European Union"),
    ],
    aliases={"European Union": ["EU", "the report", "The report", "The EU report"],
             "Yigal Palmor": ["Israeli Foreign ministry spokesperson, Yigal Palmor"]},
),
dict(
    id="wn-en-gabon-helicopter-crash",
    source="https://en.wikinews.org/wiki/Seven_dead%2C_one_missing%2C_two_survive_French_helicopter_crash_off_Gabon_coast",
    license=LIC, retrieved=AMG.format("AMALGUM_news_gabon") + " (the two title fragments joined; the opening mark of Morin's quotation, which the copy tokenizes onto the end of the previous sentence, attached to its word; the copy's ellipsis and 'According the FFG' kept)",
    text='''Seven dead, one missing, two survive French helicopter crash off Gabon coast
Monday, January 19, 2009
Officials say that a French military helicopter with 10 French soldiers, including four crew members and six Special Forces paratroopers, has crashed off the coast of Gabon in west central Africa.
The Eurocopter AS 532 Cougar ditched shortly into the Atlantic Ocean after leaving a French naval ship, about 50 kilometres off the coast. Seven French soldiers were killed, two were rescued, and one is still missing, according to a statement issued by President Nicolas Sarkozy's office.
"Today, the wreckage of the helicopter was located at a depth of 35 metres and searched. Unfortunately, we must report the deaths of five other soldiers. A final soldier remains missing. Searches are continuing," the statement explained.
According to Libreville Lieutenant Colonel Pascal Carpentier, the ill-fated helicopter crashed Saturday night at 8:08 p.m. (1908 GMT) into Atlantic waters off Nyonie, a small town located between Gabon's capital Libreville and the town of Port-Gentil. It was taking off from the amphibious assault ship La Foudre's naval landing craft transporter cruising 50 kilometers (30 miles) off the Gabonese coast, during a joint training exercise, said Lieutenant Colonel Francois-Marie Gougeon, spokesman for the general staff.
The ship "set off the alert and arrived at the crash site with rescuers who picked up the injured crew within half an hour. The sea was calm and the wind low at the time of the crash but the night was very dark," Lieutenant Gougeon explained, adding that "search operations will naturally continue all night." La Foudre, two helicopters and oil giant Total S.A.'s three vessels, including its sonar and underwater robot joined the rescue effort of the salvage team.
"Divers were deployed to locate the wreckage," said Captain Christophe Prazuck, spokesman for the army general staff. "At daybreak we will deploy all our means, planes, helicopters, boats... to take part in the search," said Gabon's Interior Minister André Mba Obame.
Meanwhile French President Nicolas Sarkozy directed Defence Minister Hervé Morin to travel to the crash site. Sarkozy had "asked that all available means in the area be immediately deployed to find the soldiers who were aboard." Morin later announced there would be two probes, a judicial one and another by the French defence ministry, with the assistance of French gendarmes and an air accident expert.
Minister Morin arrived in Libreville on Sunday and met with President Omar Bongo to discuss rescue efforts for the missing body of one of the seven soldiers. "The cause of this tragedy remains unknown. It may be natural or human, or a combination of both." Morin said. "Divers were inspecting the Cougar, which was in water 35 meters (about 115 feet) deep. We will do everything we can to find the last person missing," he added.
Morin viewed rescue efforts on La Foudre, and visited friends and relatives of the missing at Camp DeGaulle. The French soldiers were "permanent personnel in Gabon who knew the region well," said General Claude Reglat, Gabon commander of French forces. "The six others were commandos who had arrived from the French army's elite 13th Regiment of Dragon Paratroopers. We have expressed our compassion and solidarity to the families," he added. “This type of helicopter does not have a black box. So the flight was not recorded, nor were the voices in the cockpit. So some elements will remain unknown,” Claude Reglat also noted.
The January 17-21 bilateral manoeuvres called 'Operation N'Gari' involved 600 French soldiers and 120 Gabonese troops maneuvering in the military drill known as Baptise Ngeri. The soldiers were backed by Cougar and Fennec helicopters to coordinate maritime safety operations with UN peacekeepers at Bouna airport, in the Ivory Coast. In the joint exercise soldiers were to be parachuted onto predetermined targets including Nyonie.
Gabon, a former French colony, hosts one of four permanent French bases in Africa. Gabon is a country in west central Africa sharing borders with the Gulf of Guinea to the west, Equatorial Guinea to the northwest, and Cameroon to the north, with the Republic of the Congo curving around the east and south. According the FFG which has around 1,000 troops in Gabon, the French Forces in Gabon (FFG)'s role is "to assure the safety of the 12,000 French residents in the country in case of threat, and carry out aid missions."''',
    quotes=[
        Q('"Today, the wreckage', 'are continuing,"', "President Nicolas Sarkozy's office"),
        Q('"set off the alert', 'very dark,"', "Francois-Marie Gougeon"),
        Q('"search operations', 'all night."', "Francois-Marie Gougeon"),
        Q('"Divers were deployed', 'the wreckage,"', "Christophe Prazuck"),
        Q('"At daybreak', 'the search,"', "André Mba Obame"),
        Q('"asked that all', 'were aboard."', "Nicolas Sarkozy"),
        Q('"The cause of this', 'of both."', "Hervé Morin"),
        Q('"Divers were inspecting', 'person missing,"', "Hervé Morin"),
        Q('"permanent personnel', 'region well,"', "Claude Reglat"),
        Q('"The six others', 'the families,"', "Claude Reglat"),
        Q('“This type', 'remain unknown,”', "Claude Reglat"),
        Q("'Operation N'Gari'", None, None),
        Q('"to assure the safety', 'aid missions."', "French Forces in Gabon"),
    ],
    aliases={"President Nicolas Sarkozy's office": ["the statement"],
             "Francois-Marie Gougeon": ["Lieutenant Colonel Francois-Marie Gougeon", "Lieutenant Gougeon"],
             "Christophe Prazuck": ["Captain Christophe Prazuck"],
             "André Mba Obame": ["Gabon's Interior Minister André Mba Obame"],
             "Nicolas Sarkozy": ["French President Nicolas Sarkozy", "Sarkozy"],
             "Hervé Morin": ["Defence Minister Hervé Morin", "Morin", "Minister Morin"],
             "Claude Reglat": ["General Claude Reglat"],
             "French Forces in Gabon": ["FFG"]},
),
dict(
    id="wn-en-shorts-2012-01-24-lagarde-rushdie",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_January_24%2C_2012",
    license=LIC, retrieved=AMG.format("AMALGUM_news_salman") + " (the page's call to contribute and the source lists under each brief dropped as navigation; the briefs' headings kept as lines of their own; the copy's 'admidst' and 'Menyatta' kept)",
    text='''Wikinews Shorts: January 24, 2012
A compilation of brief news reports for Tuesday, January 24, 2012.
Christine Lagarde: World economy 'faces a downward spiral'
In a speech yesterday in Berlin, International Monetary Fund (IMF) managing director, Christine Lagarde warned that the world was facing "[a] 1930s moment... A moment, ultimately, leading to a downward spiral that could engulf the entire world." To avoid a repeat of the Great depression she urged leaders of the Eurozone to moderate austerity measures in order to maintain demand and to find further funds to bolster the €500 billion European Stability Mechanism.
In order to mitigate the Eurozone crisis the IMF is also seeking to raise 500 billion US dollars to support developing economies that would be caught up in the fallout of a Eurozone collapse.
International Criminal Court calls for four Kenyans to face trial for communal violence
The International Criminal Court has presented formal charges against three senior Kenyan politicians and a radio executive accused of orchestrating the wave of communal violence that followed the 2007 presidential election in that country. Of the six individuals initially investigated enough evidence to prosecute has been found in only four cases - including 2012/13 presidential hopefuls Uhuru Kenyatta and his rival William Ruto a former education minister. Menyatta is deputy prime-minister and finance minister.
In the past the rich and powerful in Kenya have often escaped justice. Kenyatta is the nation's richest man.
Syria accuses Arab League of interference as GCC withdraws observers
The Gulf Co-operation Council is to withdraw its observers from the Arab League observer mission in Syria following Syrian dismissal of plans for President Bashar al-Assad to hand power to his deputy and share power in a unity government as "flagrant interference".
The United Nations estimate that upwards of 5000 people have died in almost a year of anti-government protests and demonstrations.
Salman Rushdie literature festival video-link cancelled over fears of violence
A planned video-link address by Salman Rushdie at the Jaipur Literature Festival has been cancelled admidst fears of violence. Sanjoy Roy, the festival's organiser, said "Earlier today, a number of organisations came to us and threatened violence."
Salman Rushdie, whose book The Satanic Verses remains controversial 24 years after its publication, had earlier cancelled attending the festival citing assassination threats, and it is claimed several authors who read excerpts from The Satanic Verses in support can be prosecuted.''',
    quotes=[
        Q("'faces a downward spiral'", None, "Christine Lagarde"),
        Q('"[a] 1930s', 'entire world."', "Christine Lagarde"),
        Q('"flagrant interference"', None, "Syria"),
        Q('"Earlier today', 'threatened violence."', "Sanjoy Roy"),
    ],
    aliases={"Christine Lagarde": ["International Monetary Fund (IMF) managing director, Christine Lagarde"],
             "Sanjoy Roy": ["Sanjoy Roy, the festival's organiser"]},
),
dict(
    id="wn-en-christie-beach-photos",
    source="https://en.wikinews.org/wiki/Beachside_photos_of_New_Jersey_governor_draw_criticism%2C_photo-mashups_during_state_budget_crisis",
    license=LIC, retrieved=AMG.format("AMALGUM_news_jersey") + " (a photo caption dropped; the copy's 'budget[...]' and 'Jenkins' opinion' kept)",
    text='''Beachside photos of New Jersey governor draw criticism, photo-mashups during state budget crisis
Thursday, July 6, 2017
On Sunday, a long-distance snapshot of New Jersey governor and former Republican United States presidential candidate Chris Christie and his family on a beach outside the gubernatorial residence in Island Beach State Park went public, raising criticism of the governor, who had ordered Island Beach and the rest of New Jersey's state parks closed the previous Friday amid a budget dispute. The response included comments from fellow Republicans and tourists, a plane over Seaside Park, and a variety of memes showing the Governor's beach chair digitally added to other images.
"[Christie's] rise to national prominence was that he had this reputation as a fighter, and that when he was fighting he was on the side of the Everyman and the New Jersey taxpayer against the status quo," Republican political strategist Kevin Madden offered. "I think the danger of the photos is that it undermines that."
Christie's lieutenant governor, Kim Guadagno, said, "If I were governor, I sure wouldn't be sitting on the beach if taxpayers didn't have access to state beaches. We need to end the shutdown now. It's hurting small businesses and ordinary New Jerseyans." Guadagno is planning to run for governor.
One visitor to Atlantic City, New Jersey — Matt Jenkins — told the press, "I think it's a shame, it's hideous."
Regardless of whether they shared Jenkins' opinion, users of Photoshop and similar programs added the Governor in his beach gear to images of television programs such as Jersey Shore and The Sopranos, movies like Jaws, and one scene from the Oval Office.
On Monday, a plane towed a banner over Seaside Park reading, "Tell Gov Christie: Get the hell off Island Beach State Park," echoing the Governor's own words in 2011, in which he told visitors "Get the hell off the beach" as Hurricane Irene approached. The plane received applause from beachgoers.
The dispute that precipitated the shutdown concerned a law letting the New Jersey state government decide how much money the state-founded health insurer Horizon Blue Cross Blue Shield of New Jersey would be allowed to accumulate before being required to contribute to the New Jersey state health fund passed the state Senate but not the House, which is largely made up of Democrats. Governor Christie supported the bill. On Sunday, he told the press he would sign any budget the legislature sent him so long as the bill is passed as well: "If they send it to me with Horizon, I will sign it. If they send it to me without Horizon I will use my authority to make a smaller budget[...] If they send me a budget today the shutdown would be over. The Legislature is deciding not to send me either budget." The smaller budget that the governor proposed would include less funding for schools and other programs. Late Monday, the state legislature complied with the governor's stipulations, and Governor Christie signed the bill, reopening the state's parks in time for the Fourth of July holiday.
Christie enjoyed an approval rating of roughly 70% after his response in 2012 to Hurricane Sandy, but his popularity suffered following a 2016 scandal called Bridgegate, in which some of his aides ordered some of the entry lanes into the George Washington Bridge, a major artery for the commute from New Jersey into New York City, closed during rush hour, possibly as political retaliation against a politician in Fort Lee, New Jersey, the town most potently affected by the closure. He also lost the Republican presidential nomination to now-President Donald Trump and the vice presidential nomination to Mike Pence.
Christie defended his decision not to cancel his family's vacation plans by pointing out that many of New Jersey's beaches, over 100 miles (160 km) remained open to visitors and saying that he has the right to use the gubernatorial residence and that his visit required no government services. The Guardian noted a state helicopter shuttled the governor between the park and the state capital, Trenton.
New Jersey is one of several U.S. states that did not have budgets ready for the fiscal year. The northeastern state of Maine also underwent a government shutdown.''',
    quotes=[
        Q('"[Christie\'s] rise', 'the status quo,"', "Kevin Madden"),
        Q('"I think the danger', 'undermines that."', "Kevin Madden"),
        Q('"If I were governor', 'New Jerseyans."', "Kim Guadagno"),
        Q('"I think it\'s a shame', 'hideous."', "Matt Jenkins"),
        Q('"Tell Gov Christie', 'State Park,"', None),
        Q('"Get the hell off the beach"', None, "Chris Christie"),
        Q('"If they send it to me with', 'either budget."', "Chris Christie"),
    ],
    aliases={"Kevin Madden": ["Republican political strategist Kevin Madden"],
             "Kim Guadagno": ["Guadagno"],
             "Matt Jenkins": ["Jenkins"],
             "Chris Christie": ["Christie", "Governor Christie"]},
),
dict(
    id="wn-en-mauritanian-refugees-return",
    source="https://en.wikinews.org/wiki/Mauritanian_refugees_begin_returning_home_from_Senegal",
    license=LIC, retrieved=AMG.format("AMALGUM_news_senegal") + " (a quote box repeating Munyaneza's first sentence, with its attribution line, dropped)",
    text='''Mauritanian refugees begin returning home from Senegal
Tuesday, January 29, 2008
Mauritanian refugees stuck in Senegal for nearly two decades after fleeing ethnic clashes in their home country have begun returning to Mauritania under a U.N.-sponsored program. But many do not want to return.
There were goodbye ceremonies and welcoming ceremonies attended by officials on both sides of the Senegal River as more than 100 former refugees were ferried on motorized pirogues.
A spokesman for the United Nations refugee agency, Alphonse Munyaneza, explained international funding will help pay for resettlement.
"Each refugee returning back to Mauritania will receive a piece of land equivalent to 140 square meters for establishing a house. UNHCR and the government of Mauritania will provide construction material so that they can build a house," explained Munyaneza. "We will provide three months of food ration. We will provide a tent also."
Mauritanian refugee children broke out in song and laughter when officials arrived at their camps close to the border to get the process going.
There are more than 20,000 Mauritanian refugees in Senegal. Officials say the return program will extend over 18 months.
One of those happy to go is Haddy Sy. She says she left Mauritania after she was beaten up. This took place during a wave of ethnic violence that began in Arab Moor-dominated Mauritania in 1989 and escalated into border clashes, forcing tens of thousands of black, mostly ethnic Fula, Mauritanians into exile.
In the late 1990s, more than 30,000 refugees returned by their own means and some U.N. assistance.
Sy says she is leaving behind many good things in Senegal, including a peaceful setting, but that she is still happy to return to her home country.
Since taking office last year, the government of the elected, post-coup President Sidi Ould Cheikh Abdallahi has been making efforts to bring home the refugees, including several thousand more in Mali.
But many in Senegal do not want to return home, like Yaraah Sow, who lives in the Dagana refugee camp about 400 kilometers northwest of Dakar.
He says he is still very bitter about what happened nearly 20 years ago. He said his father, who was a civil servant, was attacked by a mob and died of internal bleeding at the gates of a hospital after doctors refused to treat him.
Sow accuses the military of seizing all his family's property. He says that two of his younger brothers died on the trip to Senegal. He says his children are now going to school and that they are better off in Senegal.
One of the refugee leaders, Mohamed Ali Sow, who left when he was 10, says he is studying at a university in Senegal to become a lawyer to defend the rights of chased out Mauritanians.
He says the return program has been rushed, because he says people who had their property seized, houses burned, and jobs taken away, should have guarantees these will be restored. He says until then, he does not think it is wise to go back.''',
    quotes=[
        Q('"Each refugee', 'build a house,"', "Alphonse Munyaneza"),
        Q('"We will provide three', 'a tent also."', "Alphonse Munyaneza"),
    ],
    aliases={"Alphonse Munyaneza": ["Munyaneza"]},
),
dict(
    id="wn-en-rio-group-border-dispute-ends",
    source="https://en.wikinews.org/wiki/South_American_leaders_end_border_dispute",
    license=LIC, retrieved=AMG.format("AMALGUM_news_leaders") + " (no caption in the copy; the copy's 'Leonel Fernandez plea' kept)",
    text='''South American leaders end border dispute
Saturday, March 8, 2008
An exchange of handshakes at a Latin American summit Friday marked the end of the bitter dispute that had taken place between the nations of Colombia, Ecuador, and Venezuela over the past week. The presidents of each country agreed to end the conflict, and said political ties would be reinstated.
"With the commitment of never attacking a brother country again and by asking forgiveness, we can consider this very serious incident resolved," said Ecuadorian president Rafael Correa, as the other Latin American leaders applauded.
The Rio Group summit, which included 20 Latin American nations, was originally planned to discuss other issues such as energy, but it soon erupted into a series of verbal attacks between Correa and Colombian president Álvaro Uribe. The dispute was over Colombia's air strike against FARC rebels, which Ecuador accused of entering their territory. As a result, Ecuador and their ally Venezuela had sent troops to their borders and severed ties with Colombia.
At the summit, Uribe charged Correa's government of having links with the FARC rebels, a charge that Correa quickly denied. "I cannot accept Uribe's lies," he said. "These hands are not tainted with blood." He admitted there had been communication with the FARC, but only regarding the release of hostages held by the rebels, including French-Colombian politician Íngrid Betancourt.
Uribe insisted that Ecuador has not done enough to fight the rebels, which was the reason the operation had to remain a secret, he said. "We have not gotten cooperation from President Correa in the fight against terrorism." Correa then advocated the creation of an international peacekeeping force to control the border, saying that Ecuador has become a victim of the fighting in Colombia.
Venezuelan president Hugo Chávez, who was initially a central figure in the conflict, urged the leaders to stay calm. "We still have time to stop a whirlpool which we could regret," he said. "Let's reflect, let's be cool-headed." He also denied claims that he had supplied FARC with $300 million and offered to give them rifles. "I could have sent a lot of rifles to the FARC," Chávez said. "I will never do it because I want peace."
Finally, it was Dominican president Leonel Fernandez plea for peace that ended the feud. He requested that the presidents shake hands with each other, which they did, in a televised gesture viewed live across Latin America. Nicaragua's president, Daniel Ortega, also agreed to reinstate diplomatic ties with Colombia after shaking hands with their president.
The leaders at the summit later approved a declaration in which Uribe apologized for the military operation and vowed never again to violate another nation's sovereignty. It also mentioned a commitment to fight against threats posed by "irregular or criminal groups."''',
    quotes=[
        Q('"With the commitment', 'incident resolved,"', "Rafael Correa"),
        Q('"I cannot accept', 'lies,"', "Rafael Correa"),
        Q('"These hands', 'with blood."', "Rafael Correa"),
        Q('"We have not gotten', 'against terrorism."', "Álvaro Uribe"),
        Q('"We still have time', 'could regret,"', "Hugo Chávez"),
        Q('"Let\'s reflect', 'cool-headed."', "Hugo Chávez"),
        Q('"I could have sent', 'the FARC,"', "Hugo Chávez"),
        Q('"I will never do it', 'want peace."', "Hugo Chávez"),
        Q('"irregular or criminal groups."', None, None),
    ],
    aliases={"Rafael Correa": ["Ecuadorian president Rafael Correa", "Correa"],
             "Álvaro Uribe": ["Colombian president Álvaro Uribe", "Uribe"],
             "Hugo Chávez": ["Venezuelan president Hugo Chávez", "Chávez"]},
),
]
