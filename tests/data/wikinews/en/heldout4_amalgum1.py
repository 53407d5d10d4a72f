# Held-out English Wikinews articles (tests/data/heldout4-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml), detokenized by
# hand like articles_amalgum*.py. Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-aitchison-murder-life-sentences",
    source="https://en.wikinews.org/wiki/Judge_jails_two_men_for_life_over_Liam_Aitchison_murder",
    license=LIC, retrieved=AMG.format("AMALGUM_news_aitchison") + " (a pull-quote box without quotation marks dropped; the opening mark of Murphy's last quote, tokenized onto the end of the previous sentence, attached to its word)",
    text="""Judge jails two men for life over Liam Aitchison murder
Saturday, June 29, 2013
A High Court judge in Edinburgh, Scotland yesterday sentenced two men to life imprisonment for the murder of 16-year-old male Liam Aitchison in the Outer Hebrides.
22-year-old males Jonathan MacKinnon and Stefan Millar were found guilty of Aitchison's murder at the High Court in Glasgow on June 3. Judge Lord Kinclaven yesterday ordered both MacKinnon and Millar to serve at least eighteen years imprisonment before becoming eligible to apply for parole. Lord Kinclaven told MacKinnon and Millar they had committed "the brutal murder of a young man who was only 16 years of age".
The two convicted reportedly murdered Aitchison on November 23, 2011, inside an abandoned building in Steinish, a village located on the island of Lewis. Aitchison, who had originally resided in Lochboisdale on the island of South Uist, moved up to Stornoway in Lewis and began working as a fisherman alongside MacKinnon and Millar, developing a social relationship with them. MacKinnon and Millar pled not guilty to the charges of murder, which police had charged them with in December 2011. Judge Lord Kinclaven presided over the subsequent court trial, which started approximately two months ago.
Aitchison and Millar were listening to music and drinking alongside MacKinnon in his residence on November 22, 2011 and MacKinnon punched Aitchison as "a joke" during this visit, the court was told. The three walked from the house upon receiving noise complaints from MacKinnon's mother. The court was told MacKinnon commenced fighting with Aitchison when a bottle of aftershave he had apparently stolen from MacKinnon dropped from his pocket. Prior to the murder, MacKinnon had stolen a meat cleaver from a boat he was working on and had been keeping it in his bedroom, the court was also told. The exact motive for the murder is unclear thus far.
Aitchison died when he was stabbed twenty times, as well as being hit with a bottle and stomped on his head. Some items of clothing he was wearing, that he had borrowed from MacKinnon, were removed from his body following the killing. There were no reports during the trial of any trace of the items of clothing being discovered, nor did police recover any murder weapons. The trial was predominantly inferential due to a lack of solid physical evidence.
Aitchison was likely murdered within a 90 minute period on November 23, 2011, during a "communication silence" in which neither of the accused made use of their mobile phones, the prosecution believed. Blood stains were not discovered on the clothing of the suspects, although blood stains discovered at the scene of the murder matched MacKinnon's DNA. However, the court was also told MacKinnon had previously cut his hand in the abandoned building several years prior and the blood stains could not be dated. A key piece of evidence in the trial came from Dominic Long, who recalled how Millar boasted about the murder while conversing with him in a jail. Frances McMenamin, QC for Millar, subsequently claimed Long had exaggerated in his recount and was an unreliable witness as he suffered from attention deficit hyperactivity disorder.
Aitchison's father Norrie said following the guilty verdicts MacKinnon and Millar were given would "finally allow Liam to rest in peace and bring his family some closure." He called this murder case one which "no family should have to endure", additionally commenting of the convicted: "The cowards who robbed our Liam of his life and his future should never be able to see the outside of a prison ever again."
Following the sentencing, Claire Aitchison, Liam Aitchison's step-mother, said: "We are happy that justice has been done and that these two brutal murderers will spend a long time in prison." However, she criticised the sentences given, saying "they are getting off lightly — life imprisonment should mean life. They killed an innocent boy in cold blood but, by the time they leave jail, they will still be young enough to make plans for the rest of their lives." Claire and her husband Norrie had criticised the Scottish legal system after the guilty verdicts were given for the way it could allow murder suspects to be granted bail after MacKinnon and Millar were both granted bail in February 2012 and December 2011 respectively. "We want to head up a campaign to keep anyone that is charged with murder on remand until proven innocent or guilty," Norrie Aitchison said.
In a statement, Detective Inspector Andy Logan, the senior investigator of Aitchison's murder, said the crime had "caused considerable distress in such a small community." He also said "Liam's family have also had to cope with the loss Liam in the most tragic of circumstances and hopefully [these] sentences will help to reassure the community and help the family in coming to terms with their terrible loss." North of Scotland procurator fiscal Liam Murphy said Aitchison's murder "caused shock and concern in this small community of Lewis and across Scotland" but stressed there was a low murder rate in this region. "I hope that these murder convictions reassure those communities that when we do have such crimes, justice will be done," he added.""",
    quotes=[
        Q('"the brutal murder of a young man', 'years of age"', "Lord Kinclaven"),
        Q('"a joke"', None, None),
        Q('"communication silence"', None, None),
        Q('"finally allow Liam', 'some closure."', "Norrie Aitchison"),
        Q('"no family should have to endure"', None, "Norrie Aitchison"),
        Q('"The cowards who robbed', 'ever again."', "Norrie Aitchison"),
        Q('"We are happy that justice', 'in prison."', "Claire Aitchison"),
        Q('"they are getting off lightly', 'of their lives."', "Claire Aitchison"),
        Q('"We want to head up', 'innocent or guilty,"', "Norrie Aitchison"),
        Q('"caused considerable distress', 'small community."', "Andy Logan"),
        Q('"Liam\'s family have also', 'terrible loss."', "Andy Logan"),
        Q('"caused shock and concern', 'across Scotland"', "Liam Murphy"),
        Q('"I hope that these murder', 'will be done,"', "Liam Murphy"),
    ],
    aliases={"Lord Kinclaven": ["Judge Lord Kinclaven"],
             "Norrie Aitchison": ["Norrie", "Aitchison's father Norrie"],
             "Claire Aitchison": ["Claire", "Liam Aitchison's step-mother"],
             "Andy Logan": ["Detective Inspector Andy Logan", "the senior investigator of Aitchison's murder"],
             "Liam Murphy": ["North of Scotland procurator fiscal Liam Murphy"]},
),
dict(
    id="wn-en-anjouan-invasion",
    source="https://en.wikinews.org/wiki/African_troops_invade_rebel-held_island_of_Anjouan",
    license=LIC, retrieved=AMG.format("AMALGUM_news_anjouan") + " (location map and a pull-quote box without quotation marks dropped; the opening mark of Berruyer's quote, tokenized onto the end of the previous sentence, attached to its word)",
    text="""African troops invade rebel-held island of Anjouan
Wednesday, March 26, 2008
Comoros, backed by African Union forces, has invaded the island of Anjouan in an effort to topple the rebel leadership of Mohamed Bacar, who has been seeking independence from Comoros.
Around 450 troops disembarked on Monday, landing in the capital of Mutsamudu on Tuesday at dawn, where a jubilant crowd cheered for them. They joined the nearly 1,500 African Union forces from Sudan and Tanzania, with Libya, France, and the United States providing logistical support for the operation.
The Comoros government says they have already captured most of the island. "The operation started in the early morning hours and it is going smoothly and according to plan," said Abdourahim Said Bakar, a government spokesman. "The military has taken control over most of the island - the airport and Anjouan's capital, Mutsamudu."
There have been no official reports of casualties, but two African Union soldiers appear to have suffered minor injuries, and one reporter saw an elderly man being carried away after apparently being hit by a stray bullet. Sounds of machine guns and heavy artillery could be heard throughout the island.
Mohamed Bacar seized control of Anjouan in a 2001 military coup. After his term expired in 2007, he held his own elections in which he declared himself the winner. This election was viewed as illegal by Comoros and the African Union.
"We hope that by the end of the day we will have the problem resolved," the government spokesman said. "A special group has been selected to capture Bacar, arrest him and bring him to court. He has to pay for his crimes."
The spokesman also outlined his priorities for Anjouan once the island is stabilized, which included holding elections within three months, disarming Bacar's miltias, and putting Bacar on trial for corruption and human rights abuses once he is found.
The troops met some resistance from supporters of Mohamed Bacar, armed with assault rifles and rocket launchers and numbering around 400. Some loyalists gathered near Bacar's residence in Barakani, but the military soon took control of the area. The residence was searched, but Bacar was nowhere to be found.
The Bacar loyalists have reportedly begun using guerrilla tactics against the invading forces. "I have over a hundred men and we will fight until we die," said Lieutenant Ibrahim Moussa of the loyalists. "It's God's will that will decide who is to win and who is to die. The invaders won't make it through."
Though one Comoros soldier reports that three of Bacar's highest-ranking supporters have been arrested, Bacar himself remains at large. The government spokesman says he has been seen fleeing to the island of Mayotte by canoe.
"Colonel Mohamed Bacar has been spotted in the village of Sadanpoini where he is heading without doubt for a place to flee on board a kwassa (small canoe) towards Mayotte Island," Abdourahim Said Bacar said. "It seems, according to various sources, that he is dressed as a woman," he added.
However, this information has not been confirmed. "The Comoran command will not confirm any information regarding the arrest of Colonel Bacar," said reporter Franck Berruyer.
In a nationally televised address, Comoros president Ahmed Abdallah Mohamed Sambi said he had approved of the military operation. "I have ordered the Comoran army and the forces of our country's friends to bring Anjouan back under the rule of law and free her citizens," he said.
Meanwhile, South African president Thabo Mbeki denounced the operation. "It takes Comoros back to the use of force to solve a problem that could have been resolved with negotiations," he said in a televised statement. "There was no need to deploy troops.\"""",
    quotes=[
        Q('"The operation started', 'according to plan,"', "Abdourahim Said Bakar"),
        Q('"The military has taken', 'Mutsamudu."', "Abdourahim Said Bakar"),
        Q('"We hope that by the end', 'problem resolved,"', "Abdourahim Said Bakar"),
        Q('"A special group', 'his crimes."', "Abdourahim Said Bakar"),
        Q('"I have over a hundred men', 'until we die,"', "Ibrahim Moussa"),
        Q('"It\'s God\'s will', 'make it through."', "Ibrahim Moussa"),
        Q('"Colonel Mohamed Bacar has been spotted', 'Mayotte Island,"', "Abdourahim Said Bakar"),
        Q('"It seems, according', 'as a woman,"', "Abdourahim Said Bakar"),
        Q('"The Comoran command', 'Colonel Bacar,"', "Franck Berruyer"),
        Q('"I have ordered the Comoran army', 'her citizens,"', "Ahmed Abdallah Mohamed Sambi"),
        Q('"It takes Comoros back', 'with negotiations,"', "Thabo Mbeki"),
        Q('"There was no need to deploy troops."', None, "Thabo Mbeki"),
    ],
    aliases={"Abdourahim Said Bakar": ["Abdourahim Said Bacar", "a government spokesman", "the government spokesman", "The government spokesman"],
             "Ibrahim Moussa": ["Lieutenant Ibrahim Moussa"],
             "Franck Berruyer": ["reporter Franck Berruyer"],
             "Ahmed Abdallah Mohamed Sambi": ["Comoros president Ahmed Abdallah Mohamed Sambi"],
             "Thabo Mbeki": ["South African president Thabo Mbeki"]},
),
dict(
    id="wn-en-buffon-joins-psg",
    source="https://en.wikinews.org/wiki/French_football%3A_Gianluigi_Buffon_signs_one-year_contract_with_Paris_SG",
    license=LIC, retrieved=AMG.format("AMALGUM_news_buffon") + "; the French original-language glosses after the two translated quotes ('((fr))French language: …', garbled in the token copy) dropped",
    text="""French football: Gianluigi Buffon signs one-year contract with Paris SG
Friday, July 6, 2018
Today, French-capital football club Paris Saint-Germain (PSG) announced the signing of Italian goalkeeper Gianluigi Buffon on a one-year contract and an option for one additional season.
40-year-old Buffon made his professional debut for Parma in 1995 at the age of seventeen. In 2001, Buffon moved to Juventus FC for a record fee of €52 million, the highest transfer fee for a goalkeeper.
Since moving to Juventus, Buffon spent seventeen seasons with the Old Lady, and featured in over 650 matches for the club. During his tenure at Juventus, Buffon won nine Italian Serie A titles and four Coppa Italia. Buffon also won a Coppa Italia while playing for Parma. Buffon maintained 300 clean-sheets in appearances for Juventus.
Buffon has also featured in three UEFA Champions League finals, in 2003, 2015 and 2017; but lost to AC Milan, FC Barcelona and Real Madrid respectively. In his last game for Juventus, Buffon was sent-off after receiving a red card and faces a three-match ban.
Internationally, Buffon has featured in 176 matches, the most by any player for Italy. In 2006, Buffon won the FIFA World Cup with the Azzuri, defeating France in the penalty shootout. Buffon retired from international football last year, after Italy failed to qualify for this year's FIFA World Cup.
After signing the one-year contract with PSG, Buffon said, "It is with a great feeling of happiness that I join Paris Saint-Germain. For the first time in my career, I am leaving my country and only a project this ambitious could have encouraged me to make such a decision."
After Buffon completed his transfer to PSG as a free agent, the club's president Nasser Al-Khelaïfi said, "The immensity of his career, as well as his ambitious personality, unifying and elegant, make him one of the most admired and respected players in world football. At 40 years old, his passion for football is intact and Gianluigi has found the ideal environment in our project to set himself extremely high objectives transmitting his experience, not only to the other goalkeepers at the club, but to all of our players.\"""",
    quotes=[
        Q('"It is with a great feeling', 'such a decision."', "Gianluigi Buffon"),
        Q('"The immensity of his career', 'of our players."', "Nasser Al-Khelaïfi"),
    ],
    aliases={"Gianluigi Buffon": ["Buffon"],
             "Nasser Al-Khelaïfi": ["the club's president Nasser Al-Khelaïfi"]},
),
]
