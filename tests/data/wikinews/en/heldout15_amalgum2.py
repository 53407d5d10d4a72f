# Held-out English Wikinews articles (tests/data/heldout15-en.jsonl), second part; see heldout15_amalgum1.py.
# Text from the AMALGUM corpus copy (gucorpling/amalgum, amalgum_extra/news/xml), detokenized by hand.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-romanian-journalists-kidnapped",
    source="https://en.wikinews.org/wiki/Romanian_government_asks_kidnappers_to_release_female_journalist",
    license=LIC, retrieved=AMG.format("AMALGUM_news_romanian") + " (the section headings kept as lines of their own; the closing mark of Popescu-Tăriceanu's quotation, held as a fragment of its own, attached to its word; the copy's 'have until yet not responded' kept)",
    text='''Romanian government asks kidnappers to release female journalist
Saturday, April 30, 2005
The Romanian government has asked the Islamic terrorists who kidnapped three Romanian journalists in late March to release one of the journalists, Marie-Jeanne Ion, aged 30, who is the only female in the group. The government has confirmed that the three journalists are all still alive, even though the terrorists, who call themselves the Muadh ibn Jabal Brigades, stated that they would kill them by last Wednesday unless Romania withdraws its troops from Iraq.
Romanian Prime Minister Călin Popescu-Tăriceanu said that all efforts were being made to save the journalists. He said, "In principle, authorities are in contact with the kidnappers but I can't say any more."
The terrorists have until yet not responded to the government's request to release Ion. Ion's father, who is a senator from the Social Democratic Party, urged the Parliament to take a stand on the kidnappers' demands. He said, "If we don't take a stand, we will probably have a day of mourning that senators and deputies will remember."
Romanian lawmakers have expressed solidarity with the families of the hostages, and passed a resolution calling on the government to inform the Parliament about any options being weighed for the hostages' release. The document also requested that the Supreme Defense Council analyses the situation, as only the Council and the Romanian President, Traian Băsescu, have the right to decide on military withdrawal from Iraq.
Iraqi politicians offer support to Romania
Iraq's new president, Jalal Talabani, told Romania's ambassador to Baghdad that he was concerned about the fate of the Romanian journalists and promised that he would do everything in his power to help resolve the problem. Also, the Islamic Party of Iraq, which mainly consists of Sunni Muslims, made an appeal asking that the hostages be released.
Meanwhile, the Council of Europe's Parliamentary Assembly hosted a debate on the overall condition of journalists working in conflict zones such as Iraq. It also passed a resolution for international solidarity concerning the abduction of the three Romanian journalists.
Rallies continue in Bucharest and other cities
Rallies continued to occur in Bucharest in the past few days, with more than 1000 Romanians holding banners and demanding the freedom of the journalists. Some people also called for the withdrawal of Romanian troops from Iraq, yelling, "Troops out!" and waving banners saying, "It is not our war" and "Don't let them die!", alongside photos of the three journalists.
Many Romanians also prayed for the release of the journalists, especially since this weekend is Easter for those of Romanian Orthodox religion, which make up 86% of the population. Some of the demonstrators marched to Victoria Palace (Palatul Victoriei), the government headquarters, where they quietly prayed for the journalists. After nightfall, several Romanian Orthodox religious services were held, specifically for the release of the journalists.
However, members of Romania's Arab and Kurdish immigrant communities also took part in the rallies, calling for the hostages' freedom. Romania's Kurdish community is mainly made up of refugees from Iraq and Turkey who have come to the country in the past few years.''',
    quotes=[
        Q('"In principle', 'any more."', "Călin Popescu-Tăriceanu"),
        Q('"If we don\'t', 'will remember."', None),
        Q('"Troops out!"', None, None),
        Q('"It is not our war"', None, None),
        Q('"Don\'t let them die!"', None, None),
    ],
    aliases={"Călin Popescu-Tăriceanu": ["Romanian Prime Minister Călin Popescu-Tăriceanu"]},
),
dict(
    id="wn-en-kenya-humanitarian-crisis-talks",
    source="https://en.wikinews.org/wiki/Kenyan_humanitarian_crisis_deepens_as_talks_continue",
    license=LIC, retrieved=AMG.format("AMALGUM_news_humanitarian") + " (no caption in the copy; the copy's 'the Kenya Red Cross have access' kept)",
    text='''Kenyan humanitarian crisis deepens as talks continue
Thursday, February 7, 2008
In Kenya, the government and opposition have resumed talks on the dispute over the elections that sparked a month-long wave of violence. Relief officials say the humanitarian toll continues to rise and are calling for a speedy solution.
Relief officials appealed to political leaders to stabilize security throughout Kenya as the number of people fleeing violence in some parts of the country continued to rise.
A Kenya Red Cross spokesman, Tony Mwangi, says the instability is aggravating the humanitarian crisis. "There are a lot of areas that require immediate assistance in the form of food as well as shelter for freshly displaced people and this is mostly in the western region of the country and a bit of the Rift Valley," Mwangi said.
Nearly 100 people have been killed in the violence in the past several days, mostly in western Kenya. The Red Cross says as a result the death toll has risen to about 1,000 and the number of homeless has grown to more than 300,000.
Mwangi said his organization has provided some assistance to most of the displaced in the country but not enough. He said security was an essential condition for the efficient distribution of aid.
"Our humanitarian response moves a lot faster when security is available. And while the Kenya Red Cross have access to some of the areas that have been affected the speed at which we would like to operate is not the best," Mwangi said.
Mwangi said the best solution is for the displaced to be able to return home where they can receive food rations while their homes and communities are rebuilt. The camps, which are prone to disease, criminality and social problems, are not a long-term solution.
The talks aimed at resolving the Kenyan crisis continued Wednesday. They focused on the disputed December elections that sparked the violence.
The opposition accuses the government of rigging the elections in order to install President Mwai Kibaki for a second term. The government says the opposition should take its objections to the courts.
Former U.N. Secretary-General Kofi Annan, who is overseeing the talks, was joined by two other members of the mediation team, South Africa's former first lady Graca Machel and Tanzania's former president Benjamin Mkapa.
Mr. Mkapa told reporters the talks are progressing at a good pace.
He says the talks show cooperation from both sides and a serious commitment to achieving Kenyans' expectations of living in peace and unity.
Several hundred business leaders Tuesday announced that industrial production had been reduced by 40 percent during the past month. Exports had been hard hit by the paralysis of transportation. And hotel occupancy in tourist areas had fallen from 90 percent to 10 percent.
They forecast that economic growth would decline by several percentage points from its recent rate of more than six percent. They said 400,000 jobs could be lost in the next six months and the country could fall into recession if the crisis continued.''',
    quotes=[
        Q('"There are a lot', 'Rift Valley,"', "Tony Mwangi"),
        Q('"Our humanitarian', 'not the best,"', "Tony Mwangi"),
    ],
    aliases={"Tony Mwangi": ["Mwangi"]},
),
dict(
    id="wn-en-wc2018-france-belgium-semifinal",
    source="https://en.wikinews.org/wiki/FIFA_World_Cup_2018_semifinals%3A_Umtiti_scores_only_goal%2C_France_reaches_finals_beating_Belgium",
    license=LIC, retrieved=AMG.format("AMALGUM_news_belgium") + " (the two title fragments joined; the match-detail table after the article (kick-off, score, venue, attendance, referee, goals, cards and substitutions) dropped as navigation; '1' + '–' + '0' written '1–0')",
    text='''FIFA World Cup 2018 semifinals: Umtiti scores only goal, France reaches finals beating Belgium
Friday, July 13, 2018
On Tuesday, France defeated Belgium 1–0 in the FIFA football World Cup semifinals. Samuel Umtiti scored the only goal of the match, and France is to play Croatia in the final.
Belgium had better ball possession in the match. French forward Olivier Giroud faced some of his Chelsea teammates Thibaut Courtois and Eden Hazard. In the 19th minute, Eden Hazard's attempt for the goal was headed away by French defender Raphaël Varane. French goalkeeper Hugo Lloris saved Toby Alderweireld's shot in the 22nd minute. Benjamin Pavard was denied the opening goal by Courtois in the 39th minute. The first half ended goallessly.
In the second half, Romelu Lukaku missed a chance to put Belgium in lead, from Axel Witsel's assist. Olivier Giroud missed a chance in the 51st minute, blocked. Antoine Griezmann took the corner, and French defender Samuel Umtiti scored from a header, giving France the lead. Kylian Mbappé assisted Giroud five minutes later but was blocked.
Belgium made the first substitution at the one-hour mark as Mousa Dembélé was substituted off for Dries Mertens. Hazard was the first player to receive a yellow card in the match, for a bad foul in the 63rd minute. Toby Alderweireld was booked in the 71st minute. Kevin De Bruyne missed a chance to equalise for Belgium in the 76th minute from Hazard's assist. Paul Pogba's 79th-minute shot missed the target.
Belgium used their second substitution in the 80th minute as Marouane Fellaini was replaced by Yannick Carrasco. Lloris stopped Witsel's shot on target in the 81st minute. In the last few minutes of the 90-minute game, French defender Blaise Matuidi was injured and was replaced by Corentin Tolisso. N'Golo Kanté, Mbappé and Jan Vertonghen were booked late in the game. The match ended with France scoring the only goal.
After the match, Belgian coach Roberto Martínez said, "It was a close game and it was very tight and it was going to be decided by that bit of luck in front of goal. The attitude of the players was brilliant and we couldn't ask for any more. We have to understand one team wins and the other loses, and we did what we could."
French coach Didier Deschamps said, "The most important match is on Sunday, we have given ourselves a huge privilege to reach the final of the World Cup. I was there two years ago [Euro 2016 final] and it was so painful that we want to taste the victory now. It is nothing to win the semi-final after losing in the final two years ago, we have this privilege to give happiness to these people, but we will try to give even more happiness on Sunday."
This is the second consecutive final for France in a major tournament. Two years ago, France reached the finals of UEFA Euro 2016, but lost to Portugal in the extra time.
France is now to face Croatia. France has featured in two FIFA World Cup finals to date, winning the 1998 tournament, while losing the 2006 World Cup to Italy.''',
    quotes=[
        Q('"It was a close game', 'what we could."', "Roberto Martínez"),
        Q('"The most important', 'on Sunday."', "Didier Deschamps"),
    ],
    aliases={"Roberto Martínez": ["Belgian coach Roberto Martínez"],
             "Didier Deschamps": ["French coach Didier Deschamps"]},
),
dict(
    id="wn-en-japan-panel-pacifist-constitution",
    source="https://en.wikinews.org/wiki/Japan_government_panel_urges_reinterpretation_of_pacifist_constitution",
    license=LIC, retrieved=AMG.format("AMALGUM_news_japan") + " (a box quoting Article 9 of the Constitution of Japan, with its chapter heading and attribution line, dropped)",
    text='''Japan government panel urges reinterpretation of pacifist constitution
Saturday, February 8, 2014
A Japan government panel met last Tuesday and is drafting a report aimed to urge Japan to loosen restrictions on participation in military combat — restriction of military to self-defense — imposed in its constitution since the end of World War II. They expected to finalize the report after April. North Korea reacted by calling the Prime Minister of Japan, Shinzo Abe, an "Asian Hitler" on Wednesday.
The government panel — fourteen members headed by Shunji Yanai, former ambassador to the US — sought ways to reinterpret the constitution on the grounds there was not enough public support for revising, or rewriting, the constitution itself.
Shinzo Abe said he was motivated to help keep international peace — by protecting other nations' troops, which was beyond the scope currently allowed under the constitution. He interpreted it as a country's right, commenting, "it's about whether we can exercise this right that every country has".
During the Tuesday meeting, Abe also expressed a concern that the country's national security was not ready for potential regional conflicts: "Japan's preparation for national security threats in the region is not sufficient. We must cover all the bases to protect the people's lives and safety in any possible scenario". Yousuke Isozaki, a security policy adviser to Mr Abe, said a revised military policy would strengthen Japan's ties with allies, the US in particular.
The Korean Central News Agency, the official news agency of the North Korean government, commented in an editorial, saying Abe was trying to conjure up fears of North Korea using missiles or nuclear weapons to help justify expanding Japan's military. The Korean Central News Agency were likening Abe to Hitler. The editorial followed a comment by Rodong Sinmun, the ruling party — Workers' Party of Korea — newspaper, which described Abe as a "militarist maniac" last month. The reaction was also inspired by Abe's visit to Yasukuni Shrine in December.
Under Japan's pacifist constitution, the country has not been able to engage in militaristic combat since the end of World War II.
Commenters related the move to escalated tensions with China, who had set up an Air Defense Identification Zone over a part of the East China Sea, including Japan's Senkaku Islands, in November last year.''',
    quotes=[
        Q('"Asian Hitler"', None, "North Korea"),
        Q('"it\'s about whether', 'every country has"', "Shinzo Abe"),
        Q('"Japan\'s preparation', 'possible scenario"', "Shinzo Abe"),
        Q('"militarist maniac"', None, "Rodong Sinmun"),
    ],
    aliases={"Shinzo Abe": ["Abe"]},
),
dict(
    id="wn-en-australia-navy-boat-pushbacks",
    source="https://en.wikinews.org/wiki/Indonesian_authorities_report_refugee_boats_pushed_back_by_Australian_Navy",
    license=LIC, retrieved=AMG.format("AMALGUM_news_australian") + " (the correction notice of January 21, 2014 above the dateline, an editorial note on the word 'ships', and a map caption dropped; the copy's 'Police chief Hidayat Rote Island', 'Mr Abbot' and 'UNRA' kept)",
    text='''Indonesian authorities report refugee boats pushed back by Australian Navy
Monday, January 13, 2014
The Royal Australian Navy towed back arriving asylum seekers to Rote Island, Indonesia, after claiming Christmas Island destination, Indonesian National Police reported Monday of last week. Last Thursday, Australian Prime Minister Tony Abbott supported lack of transparency on the issue.
Indonesian police found the two ships reportedly forcibly towed back from Australia on December 19, and on January 6 after being towed on New Year's Day. A self-identified Sudanese asylum seeker from one of the boats reported the Navy ship numbers, identifying them as HMAS Parramatta and HMAS Glenelg, and said the refugees were denied access to navigation tools during the duration of the route and abandoned in sea in the middle of the night. Commenters called such practice "push-backs", "tow-backs", "turn-backs".
Police chief Hidayat Rote Island, speaking to Fairfax Media, said the second boat was adrift: "They were rescued by the locals, because the boat engines were dead. The boat now is wreckage, near some reefs."
The Australian government had also planned to purchase additional lifeboats for refugee expulsion from Australian waters, Fairfax Media reported.
Australian government originally had no response, but after protests by Labor and the Greens, Tony Abbott commented. Last Thursday, he supported lack of transparency on the issue by saying "I'd rather be criticised a bit for being a bit of a closed book on the issue, and actually stop the boats. I'm pleased to say that it's now several weeks since we've had a boat, and the less we talk about operational details on the water, the better when it comes to stopping the boats."
Defence Force chief David Hurley also claimed professional behaviour of board officers and the Navy when handling arriving refugees boats.
Indonesian National Armed Forces chief General Moeldoko said according to the Jakarta Post, and an Australian Defence Force spokesperson confirmed, that they agreed on the push-backs approach mid-December with no further comment; with Mr Abbot calling the relationship "very strong", while Indonesia's legal and security affairs minister Djoko Suyanto and foreign affairs minister Marty Natalegawa both disapproved of the approach. General Moeldoko reportedly later said the media had misreported him.
The United Nations Refugee Agency (UNRA) was seeking explanation from the Australian government, it reported in a press briefing this Saturday. The UNRA spokesperson, Babar Baloch, raised legal concerns by saying that "Any such approach would raise significant issues and potentially could place Australia in breach of its obligations under the Refugee Convention and international law. If people who are in need for international protection seek a country's safety, then they must be allowed to go through a process which helps to determine if these people are in need."
Marke, another self-identified Somali asylum seeker, claimed earlier similar treatment, on December 10: that the Australian Navy — HMAS Parramatta and HMAS Maitland — had claimed Christmas Island destination, towed his boat for several days, and subsequently dropped at an undisclosed location.''',
    quotes=[
        Q('"push-backs"', None, None),
        Q('"tow-backs"', None, None),
        Q('"turn-backs"', None, None),
        Q('"They were rescued', 'some reefs."', "Hidayat"),
        Q('"I\'d rather', 'the boats."', "Tony Abbott"),
        Q('"very strong"', None, "Tony Abbott"),
        Q('"Any such approach', 'in need."', "Babar Baloch"),
    ],
    aliases={"Hidayat": ["Police chief Hidayat"],
             "Tony Abbott": ["Australian Prime Minister Tony Abbott", "Mr Abbot"],
             "Babar Baloch": ["The UNRA spokesperson, Babar Baloch"]},
),
dict(
    id="wn-en-baghdad-twin-market-bombings",
    source="https://en.wikinews.org/wiki/Scores_killed_in_twin_Baghdad_marketplace_attacks",
    license=LIC, retrieved=AMG.format("AMALGUM_news_baghdad") + " (a quote box repeating Hassan Salman's words, with its attribution line, dropped; the closing mark of Moussawi's second quotation, held as a fragment of its own, and the opening mark of Rice's second quotation, which the copy tokenizes onto the end of the previous sentence, attached to their words; the copy's ellipsis and 'using mobile phone' kept)",
    text='''Scores killed in twin Baghdad marketplace attacks
Saturday, February 2, 2008
On Friday, twin attacks in Iraq killed at least 72 people and wounded another 149. Separated by twenty minutes, the bombings targeted two marketplaces in Baghdad shortly before the call to Friday prayers.
These attacks were unlike suicide bombings in that the bombs were dynamite and ball bearings strapped to two women. These human bombs were then detonated remotely using mobile phone. The identities of the women have not been released.
Major-General Qassim Moussawi, spokesman for the Iraqi military in Baghdad said, "The operation was carried out by two booby-trapped mentally disabled women." He did not explain how the forensic evidence could have proven the mental disability of the women. "We found the mobiles used to detonate the women," he said.
Moussawi said this of the investigation: "Forensic and bomb squad experts as well as the people and traders of al-Shorja area of the carpet market have confirmed that the woman who was blown-up there today was often in the area and was mentally disabled... In the New Baghdad area the shop owners and customers of the pet market confirmed that the woman who was blown-up there was mentally disabled as well."
An aide to Moussawi suggested the claims were based on eye-witness reports. He also said authorities believe the women were unaware of plans to detonate the explosives.
Lt. Col. Steve Stover, a spokesman for the multinational force in Baghdad, said, "By targeting innocent Iraqis, they show their true demonic character. They care nothing for the Iraqi people; they want to subjugate them and forcefully create a greater Islamic sharia state."
Later, Stover told Reuters that the U.S. military was not aware of evidence to suggest the women were mentally handicapped. Pentagon reports on the attacks also lacked any reference to the mental condition of the women.
"There is nothing they won't do if they think it will work in creating carnage and the political fallout that comes from that," the U.S. Ambassador Ryan Crocker said. He blamed the attacks on Al-Qaeda in Iraq.
U.S. Secretary of State Condoleezza Rice said the bombings underlined "the absolute bankruptcy and brutality" of those who carried them out. "The Iraqi people have been right to turn against these terrible, violent people in their midst who will do anything."
Forty-five were killed at the Ghazl pet market, and 27 were killed in New Baghdad. The Ghazl market is only open on Fridays and had remained popular despite two attacks in 2007. Both attacks were centered on pet markets.
"Most people who visit this market are poor and just want to enjoy themselves but they came and got killed," said Hassan Salman, who sells bird seed at the Ghazl market.
The attacks are the deadliest in Iraq since the al-Khilani Mosque bombing which killed 87 people on June 19, 2007.''',
    quotes=[
        Q('"The operation', 'disabled women."', "Qassim Moussawi"),
        Q('"We found the mobiles', 'the women,"', "Qassim Moussawi"),
        Q('"Forensic and bomb', 'disabled as well."', "Qassim Moussawi"),
        Q('"By targeting', 'sharia state."', "Steve Stover"),
        Q('"There is nothing', 'from that,"', "Ryan Crocker"),
        Q('"the absolute bankruptcy', 'brutality"', "Condoleezza Rice"),
        Q('"The Iraqi people', 'do anything."', "Condoleezza Rice"),
        Q('"Most people who visit', 'got killed,"', "Hassan Salman"),
    ],
    aliases={"Qassim Moussawi": ["Major-General Qassim Moussawi", "Moussawi"],
             "Steve Stover": ["Lt. Col. Steve Stover", "Stover"],
             "Ryan Crocker": ["the U.S. Ambassador Ryan Crocker"],
             "Condoleezza Rice": ["U.S. Secretary of State Condoleezza Rice"]},
),
]
