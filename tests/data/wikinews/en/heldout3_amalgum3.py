# Held-out English Wikinews articles (tests/data/heldout3-en.jsonl), third part; see heldout3_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-ethiopia-famine-aid-weapons",
    source="https://en.wikinews.org/wiki/BBC%3A_Ethiopian_famine_aid_%27siphoned_off%27_to_buy_weapons_according_to_rebels%2C_report",
    license=LIC, retrieved=AMG.format("AMALGUM_news_aid") + " (two pull-quote boxes without quotation marks dropped)",
    text="""BBC: Ethiopian famine aid 'siphoned off' to buy weapons according to rebels, report
Friday, March 5, 2010
An investigation by the BBC has revealed that millions of dollars in famine relief aid money, including the money raised from the charity supergroup Band Aid and the Live Aid concert held by Bob Geldof, was "siphoned off" by Ethiopian rebels to buy weapons. One rebel said that at least US$95 million (£63 million) from — Western governments and private charities — was diverted into rebel coffers.
This was also noted in a declassified Central Intelligence Agency assessment of the famine situation titled Ethiopia: Political and Security Impact of the Drought, in which the report states, "Some funds that insurgent organizations are raising for relief operations, as a result of increased world publicity, are almost certainly being diverted for military purposes."
During the 1984–1985 famine, Ethiopia was fighting Eritrean and Tigray rebels in those two northern provinces, although Eritrea has since gained its independence. Since the countryside was out of the government's control, aid was brought in from neighboring Sudan. Some aid came in the form of food, while other aid came as cash which would be used by the aid agencies to buy grain from Ethiopian farmers.
Rebels would disguise themselves as traders and merchants to get their hands on the currency. "I was given clothes to make me look like a Muslim merchant. This was a trick for the NGOs," said Gebremedhin Araya, a senior member of the Tigray People's Liberation Front (TPLF).
One such aid worker that brought the grain was Max Peberdy, who worked for the charity Christian Aid. Peberdy is seen in a photo with Araya buying grain.
Araya said that only some of the sacks were filled with grain; the rest were filled with sand. The transaction was overseen by a member of the Relief Society of Tigray (REST), the humanitarian wing of the TPLF. The money was then given to TPLF leaders, including chairman Meles Zenawi, who has been Prime Minister of Ethiopia since 1991. Zenawi has not commented on the allegations.
Peberdy disputes the claims that he was duped, saying, "As far as we were concerned and as far as we were told by REST, the people we were dealing with were merchants." He added, "It's 25 years since this happened, and in the 25 years it's the first time anybody has claimed such a thing."
However, an exiled TPLF commander who lives in the Netherlands, Aregawi Berhe, is backing Araya's story. He said the group got their hands on over US$100 million (£66 million) of which 95% went to buy weapons and build up a hardliner Marxist party inside the rebel movement. The remaining five percent would go to famine victims. Berhe told the BBC that the group would put on a "drama" to get the money. Berhe said, "The aid workers were fooled."
In response to the allegations, the charity Christian Aid issued a statement saying, "There are allegations in the story which are against all of Christian Aid's principles and our initial investigations do not correspond to the BBC's version of events."
Nick Guttmann, who is director of emergency relief operations for the group, says the "story has to be put into context". "We were working in a major conflict, there was a massive famine and people on all sides were suffering," Guttmann said, adding, "Both the rebels and the government were using innocent civilians to further their own political ends."
Bob Geldof, the Irish rock star who help organized Live Aid, said, "We are talking about a disgruntled, exiled general. The essence of the report also is not just about Live Aid. It's that all monies going into Tigray — that would be Oxfam, Save the Children, UNICEF and Christian Aid — somehow, we were all duped and gulled. And that's simply not the case. It just didn't happen.\"""",
    quotes=[
        Q("'siphoned off'", None, "BBC"),
        Q('"siphoned off"', None, "BBC"),
        Q('"Some funds that insurgent', 'military purposes."', "Central Intelligence Agency"),
        Q('"I was given clothes', 'for the NGOs,"', "Gebremedhin Araya"),
        Q('"As far as we were concerned', 'were merchants."', "Max Peberdy"),
        Q('"It\'s 25 years since', 'such a thing."', "Max Peberdy"),
        Q('"drama"', None, "Aregawi Berhe"),
        Q('"The aid workers were fooled."', None, "Aregawi Berhe"),
        Q('"There are allegations', 'version of events."', "Christian Aid"),
        Q('"story has to be put into context"', None, "Nick Guttmann"),
        Q('"We were working in a major', 'were suffering,"', "Nick Guttmann"),
        Q('"Both the rebels', 'political ends."', "Nick Guttmann"),
        Q('"We are talking about', 'didn\'t happen."', "Bob Geldof"),
    ],
    aliases={"BBC": ["the BBC"],
             "Central Intelligence Agency": ["the report"],
             "Gebremedhin Araya": ["Araya", "a senior member of the Tigray People's Liberation Front"],
             "Max Peberdy": ["Peberdy"],
             "Aregawi Berhe": ["Berhe", "an exiled TPLF commander"],
             "Christian Aid": ["the charity Christian Aid"],
             "Nick Guttmann": ["Guttmann", "director of emergency relief operations for the group"],
             "Bob Geldof": ["the Irish rock star who help organized Live Aid"]},
),
dict(
    id="wn-en-afghanistan-phosphorus-claims",
    source="https://en.wikinews.org/wiki/Rights_group_in_Afghanistan_investigating_claim_of_US_use_of_phosphorus_bombs",
    license=LIC, retrieved=AMG.format("AMALGUM_news_afghanistan"),
    text="""Rights group in Afghanistan investigating claim of US use of phosphorus bombs
Monday, May 11, 2009
The Afghanistan Independent Human Rights Commission is investigating claims that the United States used white phosphorus bombs in an attack against Taliban militants on May 4. The attack is reported to have killed over 100 civilians.
The claim that the US used phosphorus bombs come from a doctor at a burn hospital in Herat that treated victims of the attack. Dr. Mohammad Aref Jalali says that many of the injured people from the Bala Baluk village in Farah Province, had "unusual" burns on their bodies.
"We cannot be 100% sure what type of chemical it was and we do not have the equipment here to find out. One of the women who came here told us that 22 members of her family were totally burned. She said a bomb distributed white powder that caught fire and then set people's clothes alight," said Jalali. His claims prompted the rights group to launch an investigation.
U.S. officials denied having used any chemical weapons and also deny the reports that 147 civilians had been killed in the raid. General James L. Jones, a U.S. security adviser for the military in Afghanistan apologized for the loss of civilians, but also said that the Taliban is using them as "human shields." The U.S. also said that the Taliban had, in the past, used or possessed white phosphorus in at least 44 previous incidents. At least 11 of the incidents involved the use of white phosphorus shells.
"The insurgents possess and use white phosphorus as a weapon against people. It's a law of war that we adhere to but the insurgents blatantly violate," said Colonel Greg Julian, a spokesman for the U.S. military in Afghanistan. The U.S. military admits they use white phosphorus for illumination and smokescreens, but not as a weapon.
Afghanistan's president, Hamid Karzai criticized last weeks attack saying the U.S. is losing the "moral" battle with Afghanistan in terms of civilian deaths. The U.S. military said it would work to correct any errors they make when fighting with Taliban militants.
"We’re going to take a look at trying to make sure we correct those things we can correct, but certainly to tie the hands of our commanders and say we’re not going to conduct airstrikes would be imprudent," Jones said in an interview with ABC News, as quoted by the New York Times.
The reports of the possible use of phosphorus bombs comes just months after Israel confirmed they used at least 20 white phosphorus bombs inside civilian areas during the IDF's offensive in the Gaza Strip in December of 2008 through January of this year. It is reported that the bombs were 155mm, M825E1 which were made in the U.S.. Nearly 1,300 Palestinians, the majority being civilians, died and nearly 5,450 were injured during the three-week offensive. Thirteen Israeli soldiers were also killed.""",
    quotes=[
        Q('"unusual"', None, "Mohammad Aref Jalali"),
        Q('"We cannot be 100% sure', 'clothes alight,"', "Mohammad Aref Jalali"),
        Q('"human shields."', None, "James L. Jones"),
        Q('"The insurgents possess', 'blatantly violate,"', "Greg Julian"),
        Q('"moral"', None, "Hamid Karzai"),
        Q('"We’re going to take a look', 'be imprudent,"', "James L. Jones"),
    ],
    aliases={"Mohammad Aref Jalali": ["Jalali", "Dr. Mohammad Aref Jalali", "a doctor at a burn hospital in Herat"],
             "James L. Jones": ["Jones", "General James L. Jones"],
             "Greg Julian": ["Colonel Greg Julian", "a spokesman for the U.S. military in Afghanistan"],
             "Hamid Karzai": ["Afghanistan's president"]},
),
dict(
    id="wn-en-turkey-parliament-iraq-incursion",
    source="https://en.wikinews.org/wiki/Turkish_Parliament_approves_military_action_in_Iraq",
    license=LIC, retrieved=AMG.format("AMALGUM_news_approves"),
    text="""Turkish Parliament approves military action in Iraq
Thursday, October 18, 2007
On Wednesday, Turkey's Grand National Assembly voted 507-19 to authorize sending troops into northern Iraq to pursue Kurdish rebels. Although the authorization is valid for one year, Turkish officials made clear that it would not necessarily result in military action. Both the United States and Iraq have recently warned Turkey against such an incursion.
Turkish Prime Minister Recep Tayyip Erdoğan said that although the motion does not indicate that a military operation is imminent, it is necessary for Turkey to be able to respond to bomb attacks which have been blamed on Kurdistan Workers Party (PKK) rebels in Iraq. Turkey has been asking for help in dealing with the PKK for months, and the Turkish public has grown frustrated with America's perceived lack of action on the issue.
Both the United States and Iraq have recently warned Turkey against an incursion into Iraq. "The Iraqi government calls on the Turkish government to pursue a diplomatic solution and not a military solution to solve the [problem] of terrorist attacks which our dear neighbor Turkey has witnessed from the PKK," Iraq government spokesperson Ali al-Dabbagh said earlier this week. White House National Security Council spokesman Gordon Johndroe called on Turkey "to continue their discussions with us and the Iraqis and to show restraint from any potentially destabilizing actions."
Responding to the motion, U.S. President George W. Bush urged Turkey not to carry out an attack, saying "[we are] making it clear to Turkey it is not in their interest to send more troops in... there is a better way to deal with the issue."
Syrian President Bashar al-Assad defended Turkey's decision and criticized the U.S. position, saying "It is important to note that the powers that have invaded Iraq are those primarily responsible for the terror activities and attacks because they control the country." "We certainly support and back the decisions by the Turkish government in combat against terror and terror activities," he said.
Murat Karayilan, the leader of the armed wing of the PKK, warned Turkey of the consequences of an attack in an interview with The Times. "If the Turkish Army attacks Iraqi Kurdistan we will struggle and resist against this until the end," he said. Karayilan nevertheless said he hoped that the crisis could be resolved peacefully but continues attacks on Turkish soldiers, killing 12 in an ambush yesterday.
U.S.-Turkish relations have been strained recently after a U.S. House of Representatives resolution passed committee, labeling the World War I era killings of up to 1.5 million Armenians by the Ottoman Empire as "genocide". Turkey strongly disputes these claims. Majority Leader Nancy Pelosi says the US House of Representatives will vote on the resolution "soon."
President Bush criticized the resolution at a press conference on Wednesday, saying "One thing Congress should not be doing is sorting out the historical record of the Ottoman Empire.\"""",
    quotes=[
        Q('"The Iraqi government calls', 'from the PKK,"', "Ali al-Dabbagh"),
        Q('"to continue their discussions', 'destabilizing actions."', "Gordon Johndroe"),
        Q('"[we are] making it clear', 'with the issue."', "George W. Bush"),
        Q('"It is important to note', 'control the country."', "Bashar al-Assad"),
        Q('"We certainly support', 'terror activities,"', "Bashar al-Assad"),
        Q('"If the Turkish Army attacks', 'until the end,"', "Murat Karayilan"),
        Q('"genocide"', None, None),
        Q('"soon."', None, "Nancy Pelosi"),
        Q('"One thing Congress', 'Ottoman Empire."', "George W. Bush"),
    ],
    aliases={"Ali al-Dabbagh": ["Iraq government spokesperson Ali al-Dabbagh"],
             "Gordon Johndroe": ["White House National Security Council spokesman Gordon Johndroe"],
             "George W. Bush": ["President Bush", "U.S. President George W. Bush"],
             "Bashar al-Assad": ["Syrian President Bashar al-Assad"],
             "Murat Karayilan": ["Karayilan", "the leader of the armed wing of the PKK"],
             "Nancy Pelosi": ["Majority Leader Nancy Pelosi"]},
),
dict(
    id="wn-en-climb-up-aids-funding",
    source="https://en.wikinews.org/wiki/Mountaineers_%27Climb_Up%27_for_AIDS_funding",
    license=LIC, retrieved=AMG.format("AMALGUM_news_aids") + " (two image file links dropped with the captions)",
    text="""Mountaineers 'Climb Up' for AIDS funding
Wednesday, April 22, 2009
To raise funding and awareness for children living with AIDS in Africa, the tallest mountain peak in every state in the United States will be scaled this spring. The American Foundation for Children with AIDS (AFCA), in partnership with the American Alpine Institute, is sponsoring "Climb Up the 50."
Funding from this synchronized climb-a-thon will pay for the uphill battle to support children with AIDS. Funds raised will cover AIDS-related medication, supplies, and food for children infected with the disease in the hardest-hit countries, including Kenya, Uganda, and Zimbabwe.
The program includes Climb Up the 50, Climb Up the World, and Climb Up Kilimanjaro. Climb Up the 50 is based in the United States, with participants climbing or hiking up the highest point in their state sometime during May 23–31. Other teams of people will join them to climb the highest peak in their state.
Florida has the lowest peak, with an elevation of only 345 feet above sea level. The highest peak in the country is located in Alaska — Denali (Mount McKinley) — at over 20,000 feet above sea level. A team's goal is to raise US$5,000 for the organization while individuals raise either $90, $180, or $360.
Climb Up the World participants can engage in the event by running, climbing, hiking or cycling — where ever in the world they are — on September 19 or 20.
Each person who registers to take part in the event can either raise $90, $180, or $360. Each amount is the equivalent of 3 months, 6 months, or one full-year of life-saving medication for a child. The $25 registration fee covers all administrative costs so all raised donations will be used for AFCA-related programs. Teams raise $5,000.
The Climb Up Kilimanjaro is the most daring event. The team consists of 12 brave people who will climb up Mount Kilimanjaro — at 19,330 feet, the highest peak in Africa. The Kilimanjaro team wishes to raise $10,000 per person to cover costs of climbing and the money needed for the AFCA's initiatives. This 10-day climb will take place September 11–24.
The mountain climbing apparel manufacturer Merrell has agreed to donate the footwear needed to the 12 members of the Kilimanjaro team.
"AFCA has received tremendous support from the climbing community around the world," Tanya Weaver, executive director of the AFCA, said. "We think the challenge of climbing to the summit of Mount Kilimanjaro is an appropriate symbol for the uphill battle HIV/AIDS children face."
This viral event is not just limited to climbing. The AFCA invites anyone and everyone to climb, hike, bike, or run for whatever distance to raise money for the children.
Corporations are encouraged to either sponsor, match donations, or organize a team of their own. Non-participants of the fundraiser can go the AFCA's website for the program and sponsor one of the climbers for the Climb Up Kilimanjaro part of the program.
The AFCA's assistance in HIV/AIDS stricken countries does not go unnoticed. Children who have received care from hospitals funded by the organization have sent letters of appreciation, which can be viewed on their website.
"The organization I founded ten years ago, Orphans International Worldwide, has a community center at the base of Mount Kilimanjaro at OI Tanzania, serving AIDS orphans and other children," Jim Luce said. "Hopefully the Kilimanjaro team will stop by and visit the children currently staying there before they embark on their ten-day journey up the highest peak in Africa.\"""",
    quotes=[
        Q("'Climb Up'", None, None),
        Q('"Climb Up the 50."', None, None),
        Q('"AFCA has received', 'around the world,"', "Tanya Weaver"),
        Q('"We think the challenge', 'children face."', "Tanya Weaver"),
        Q('"The organization I founded', 'other children,"', "Jim Luce"),
        Q('"Hopefully the Kilimanjaro team', 'peak in Africa."', "Jim Luce"),
    ],
    aliases={"Tanya Weaver": ["executive director of the AFCA"]},
),
dict(
    id="wn-en-us-airstrikes-basra",
    source="https://en.wikinews.org/wiki/U.S._launches_airstrikes_against_Basra_militants",
    license=LIC, retrieved=AMG.format("AMALGUM_news_airstrikes"),
    text="""U.S. launches airstrikes against Basra militants
Saturday, March 29, 2008
United States warplanes dropped two bombs on a suspected militant stronghold in Basra Saturday, as the Iraqi offensive aimed at driving out Shiite militants from the city reached its fifth day.
An Iraqi policeman says that the U.S. airstrike on a house in Basra's Hananiyah neighborhood killed 8 civilians. The U.S. military has not yet commented on the policeman's report, but British military spokesman Maj. Tom Holloway says the report is under investigation.
"We are aware of reports of incidents in the Basra area resulting in civilian casualties," Holloway said. "We are investigating the reports and do not have any further details at this time." British troops joined the fighting in Basra on Saturday, firing artillery and providing air support.
Meanwhile, Shiite cleric and Mahdi Army leader Muqtada al-Sadr called on his followers to defy the Iraqi government, which has ordered the militants to surrender their weapons. An initial 72-hour ultimatum was widely ignored, and the government has now given the militia until April 8 to give up their arms.
Salah al-Obaidi, a top aide to al-Sadr, said, "Muqtada al-Sadr has told us not to surrender our arms except to a state that can throw out the occupation," referring to the U.S. occupation of Iraq.
In a speech today, Iraqi Prime Minister Nouri al-Maliki did not mention al-Sadr's movement, and he said the purpose of the crackdown in Basra "was only to deal with these gangs", some of whom, he says, are "worse than al-Qaeda". Other Iraqi officials have also insisted that the Mahdi Army was not the target of the offensive.
"Our determination is strong," al-Maliki said. "We will not leave Basra until security is restored, those who break the law are punished and those who draw their weapons in the face of the state are punished."
Still, the crackdown has sparked a violent reaction from al-Sadr's supporters, as well as Shiites in other areas of Iraq. In Baghdad's Sadr City neighborhood, a Shiite stronghold, Iraqi officials said that 75 people had been killed and nearly 500 were wounded in fighting between insurgents and security forces. Two Americans were killed by a roadside bomb in east Baghdad Saturday.
Some of the policemen in Sadr City are influenced by al-Sadr and are sympathetic to his movement. Around 40 Sadr City policemen handed over their weapons and ammunition to the Mahdi Army's local office, wearing masks to shield their identities. "We can't fight our brothers in the Mahdi Army, so we came here to submit our weapons," one policeman said.
U.S. helicopters launched airstrikes in Sadr City on Friday night, which they say killed 10 militants. This move was criticized by Nassar al-Rubaie, a Shiite member of Parliament. "We condemn the government asking occupation forces to carry out airstrikes against our people," he said. "We say Iraq sovereignty will not be achieved through military operation against Iraqis, as Bush claimed, but it can be achieved through throwing the occupation forces out of Iraq.\"""",
    quotes=[
        Q('"We are aware of reports', 'civilian casualties,"', "Tom Holloway"),
        Q('"We are investigating', 'at this time."', "Tom Holloway"),
        Q('"Muqtada al-Sadr has told us', 'the occupation,"', "Salah al-Obaidi"),
        Q('"was only to deal with these gangs"', None, "Nouri al-Maliki"),
        Q('"worse than al-Qaeda"', None, "Nouri al-Maliki"),
        Q('"Our determination is strong,"', None, "Nouri al-Maliki"),
        Q('"We will not leave Basra', 'are punished."', "Nouri al-Maliki"),
        Q('"We can\'t fight our brothers', 'our weapons,"', None),
        Q('"We condemn the government', 'our people,"', "Nassar al-Rubaie"),
        Q('"We say Iraq sovereignty', 'out of Iraq."', "Nassar al-Rubaie"),
    ],
    aliases={"Tom Holloway": ["Holloway", "Maj. Tom Holloway", "British military spokesman Maj. Tom Holloway"],
             "Salah al-Obaidi": ["a top aide to al-Sadr"],
             "Nouri al-Maliki": ["al-Maliki", "Iraqi Prime Minister Nouri al-Maliki"],
             "Nassar al-Rubaie": ["a Shiite member of Parliament"]},
),
dict(
    id="wn-en-chemical-ali-sentenced",
    source="https://en.wikinews.org/wiki/Ali_Hassan_al-Majid_and_two_others_sentenced_to_death_by_Iraqi_court",
    license=LIC, retrieved=AMG.format("AMALGUM_news_ali"),
    text="""Ali Hassan al-Majid and two others sentenced to death by Iraqi court
Sunday, June 24, 2007
A cousin of Saddam Hussein, Ali Hassan al-Majid, also known as "Chemical Ali", was sentenced to death by hanging yesterday in Iraq by the Supreme Iraqi Criminal Tribunal, along with two other officials from the former Baath Party. They were sentenced for their roles in the Al-Anfal Campaign, an anti-Kurdish campaign that resulted in the deaths of 180,000 Kurds.
It was during an attack against the Kurds that he received the nickname "Chemical Ali", for the infamous Halabja poison gas attack, in which he ordered chemical weapons to be used against a town full of Kurdish civilians. The trial did not deal with this specific incident.
Judge Mohammed Oreibi al-Khalifa told al-Majid that, according to a New York Times report, he had "been convicted of genocide, crimes against humanity and war crimes for ordering army and security services to use chemical weapons in a large-scale offensive that killed or maimed thousands." Al-Majid was head of the Baath Party's Northern Bureau Command at the time of the offences.
Al-Majid is reported to have said "Thanks be to God" as he left the court building, although he was trembling and silent when the verdict was read out. Reuters described him as "old-looking" during the sentencing.
Former defense minister Sultan Hashim Ahmad al-Tal was also sentenced to death, for a large-scale attack on civilians, and for the usage of chemical weapons and illegal deportation against the Kurds. He insisted he was innocent as he left the courtroom, saying "I will not say anything new, but I will leave you to God. I'm innocent,".
Former deputy director of operations for the Iraqi Armed Forces Hussein Rashid Mohammed was the third to be sentenced to death, for a number of allegations against the Kurds, including making anti-Kurdish military plans. He interrupted the judge during the reading of the verdict, saying that all the defendants were merely defending Iraq from Kurdish rebels. He is reported to have said "God bless our martyrs. Long live the brave Iraqi army. Long live Iraq. Long live the Baath party and long live Arab nations,".
There were also two sentences of life imprisonment, one for former head of military intelligence's eastern regional office Farhan Mutlaq Saleh and one for director of military intelligence under Saddam Hussein Sabir al-Douri. Charges were dropped against former governor of Mosul and head of the Northern Affairs Committee Taher Tawfiq al-Ani due to insufficient evidence. This move was expected as the prosecutor had earlier requested his release.
The sentences, unless overturned on appeal, will mark the end of the so-called Anfal trial, the second trial against regime officials since the 2003 invasion of Iraq. The other trial was that of Hussein himself, which ended in his execution. Prior to his death, Hussein had also been a defendant in the Anfal trial.""",
    quotes=[
        Q('"Chemical Ali"', None, None),
        Q('"Chemical Ali"', None, None, 1),
        Q('"been convicted of genocide', 'maimed thousands."', "Mohammed Oreibi al-Khalifa"),
        Q('"Thanks be to God"', None, "Ali Hassan al-Majid"),
        Q('"old-looking"', None, "Reuters"),
        Q('"I will not say anything new', 'I\'m innocent,"', "Sultan Hashim Ahmad al-Tal"),
        Q('"God bless our martyrs.', 'Arab nations,"', "Hussein Rashid Mohammed"),
    ],
    aliases={"Mohammed Oreibi al-Khalifa": ["Judge Mohammed Oreibi al-Khalifa"],
             "Ali Hassan al-Majid": ["Al-Majid", "al-Majid"],
             "Sultan Hashim Ahmad al-Tal": ["Former defense minister Sultan Hashim Ahmad al-Tal"],
             "Hussein Rashid Mohammed": []},
),
]
