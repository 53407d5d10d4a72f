# Held-out English Wikinews articles (tests/data/heldout9-en.jsonl), continued; same source and
# conventions as heldout9_amalgum1.py (AMALGUM amalgum_extra/news/xml, short titles a-l).
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-australia-child-porn-arrests",
    source="https://en.wikinews.org/wiki/23_Australians_arrested_in_global_child_porn_network",
    license=LIC, retrieved=AMG.format("AMALGUM_news_arrested") + " (the correction notice of December 22, 2008 above the first paragraph dropped like other notices; the copy's curly apostrophe in 'AFP’s' kept)",
    text='''23 Australians arrested in global child porn network
Friday, December 12, 2008
By virtue of 28 search warrants, the Australian Federal Police has charged and arrested 23 men across Australia of "trading images and videos of child abuse on the internet," being part of a global child pornography and video-sharing network involving people in 70 countries.
A Victorian QC, a NSW policeman, and a childcare worker are among the 19 arrested so far across NSW, Victoria and Queensland. As part of the international crackdown on the online child pornography ring, the AFP’s Child Protection Operations Teams seized some 500,000 images and 15,000 videos, which not only showed victims as young as 12 months old, but even filmed children being molested for more than two hours.
Retired former barrister, a Newham Victorian legal figure Neil James Williams QC, aged 74, was arrested by Australian Federal Police on October 22. Charged with one count of using a carriage service provider to view child pornography and one of possession of child pornography material, he appeared in the Bendigo's Magistrates' Court of Victoria and was released on granted bail, pending court hearing on March 4.
Sydney man Richard Ngon Fung Lee, aged 24, a waiter from Blakehurst, New South Wales, one of five men arrested and detained, was accused of "downloading and possessing child pornography," and six counts of child sex. He did not file a petition for bail, as Sydney's Central Local Court jurist Allan Moore adjourned the criminal lawsuit until next week. He will also be charged with having sex with a 13-year-old girl.
AFP Acting Deputy Commissioner Andrew Colvin said, "the videos seized as part of this operation have to be among the worst we have seen; in this case we haven't located any children that were depicted in these videos or these images in Australia; law enforcement does have tools, so we can get in and infiltrate these type of applications; if we are not knocking on your door this morning, then it could be tomorrow."
The year-long probe dubbed "Operation Resistance" began after information from the Brazilian Federal Police last December. The tip-off supplied from the DPF via the Interpol, had contributed to identification of more than 200 suspects in 70 countries forming the global internet sex network. The Age reported that "six other Victorians arrested are a 40-year-old Bell Park man, 27-year-old Maldon man, Rodney Peter Smith, a 56-year-old Altona man, a 66-year-old Northcote man, a 32-year-old Lovely Banks man and a 47-year-old Windsor man." Some of those arrested will appear before the Geelong Magistrates' Court of Victoria next year. Another 200 suspects have been identified worldwide.
Amid the legal and practical issue of identifying the victims, the children appear to be based primarily in Eastern Europe, and North and South America. All the charges filed concern peer-to-peer (or P2P) network, with each carrying a 10-year imprisonment penalty for possession of child abuse instrument. AFP acting assistant commissioner Neil Gaughan said more charges and arrests are expected this week. Only two children in NSW had been removed from contact with suspects. The AFP's one year investigation has also resulted in over 300 people being arrested, including 131 people as part of 2008's Operation Centurion.
The police are urging anyone with information regarding overt or suspicious acts about child pornography to report the matter to the local police, or online through http://www.virtualglobaltaskforce.com.''',
    quotes=[
        Q('"trading images and videos', 'on the internet,"', None),
        Q('"downloading and possessing child pornography,"', None, None),
        Q('"the videos seized', 'could be tomorrow."', "Andrew Colvin"),
        Q('"Operation Resistance"', None, None),
        Q('"six other Victorians', 'Windsor man."', "The Age"),
    ],
    aliases={"Andrew Colvin": ["AFP Acting Deputy Commissioner Andrew Colvin"]},
),
dict(
    id="wn-en-bahrain-protest-anniversary",
    source="https://en.wikinews.org/wiki/Opposition_calls_for_mass_protests_in_Bahrain",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bahrain") + " (a quote box repeating al-Qormozi's chant without quotation marks, with its attribution line, dropped)",
    text='''Opposition calls for mass protests in Bahrain
Wednesday, February 15, 2012
In Bahrain, tension is building between the opposition protesters who want to revive last year's marches, and government authorities who are trying to maintain control over protest activities. A planned march by the February 14 Youth Coalition to Manama's former Pearl Roundabout, to mark the beginning of last year's protests, was overwhelmed by the security surrounding the site on the eve of the anniversary as well as the day itself.
Since the Bahraini uprising in 2011, the roundabout became a touchstone of opposition. Authorities responded by clearing the site and renaming it al-Farouq Junction. Whilst initially blocked to traffic to prevent any more protests, Bahrain's police now occupy the area and are demonstrably equipped to repel opposition.
Clashes around the site between security forces and Bahraini youth took place Monday as one of the largest crowds yet moved close to the symbol of last year's protest movement. Again, on Tuesday, crowds were repelled from Pearl Roundabout with police using tear-gas and arresting protesters throughout the city. Security forces also detained six U.S. citizens who took part in the protests; the activists, who entered the country on tourist visas, agreed to leave the country without charges being pressed.
With activists and political parties called for mass protests a few days prior to the one-year anniversary, the government now says it may bring charges against organizers for encouraging the disorder.
Nabeel Rajab, a prominent human rights activist in Bahrain, announced his intention to take part in marches to the Pearl Roundabout. He led several hundred pro-democracy activists in Manama's old market area before suddenly marching towards the Pearl Roundabout. The protest ended a few hundred meters away from the roundabout with police firing tear gas and stun grenades after using megaphones to warn protesters the march was unauthorised and they should disperse. Two women from US-based rights group Witness Bahrain taking part in Sunday's march were arrested and deported.
Five opposition political groups headed by Al Wefaq, Bahrain's largest political opposition party, organized an authorized sit-in in a yard, dubbed 'Freedom Square', in Al Muqsha village outside of Manama. This is the same location as the opposition's week-long 'sit-in' for political reforms. At that sit-in last week, Ayat al-Qormozi, a Bahraini female poet and visible leader in the opposition movement, called for the crowd in Al Muqsha to march to the symbolic roundabout and chanted, "We will return. We will return."
Most clashes between police and protesters occurred in the Shia neighborhoods. About 70 percent of Bahrainis are Shia and they form the base of the youth activists and Al-Wefaq protesters.
The Sunnis have organized counter-demonstrations in support of the ruling Al Khalifa family. They control the government's cabinet, and are also Sunni. The formation of the cabinet is one of the key debates between the opposition Al Wefaq and the Sunni minority in country. Al Wefaq wants elected politicians to name the cabinet, whilst the Sunnis prefer the royal family to retain that power.
In an interview with Der Spiegel, King Hamad bin Isa Al Khalifa denied that there was an opposition in his country similar to those in Western nations but accepted that there are "people with different views."''',
    quotes=[
        Q("'Freedom Square'", None, None),
        Q("'sit-in'", None, None),
        Q('"We will return. We will return."', None, "Ayat al-Qormozi"),
        Q('"people with different views."', None, "Hamad bin Isa Al Khalifa"),
    ],
    aliases={"Hamad bin Isa Al Khalifa": ["King Hamad bin Isa Al Khalifa"]},
),
dict(
    id="wn-en-zimbabwe-cabinet-mdc-boycott",
    source="https://en.wikinews.org/wiki/Zimbabwe_cabinet_meets_without_MDC_ministers_after_boycott",
    license=LIC, retrieved=AMG.format("AMALGUM_news_cabinet") + " (two image links dropped; the two sentences the copy has outside a paragraph element kept as one paragraph; the opening mark of Makumbe's quotation, tokenized onto the end of the previous sentence, attached to its word; Charamba's quotation opens with a curly and closes with a straight mark, as in the copy)",
    text='''Zimbabwe cabinet meets without MDC ministers after boycott
Tuesday, October 20, 2009
Zimbabwean president Robert Mugabe led a cabinet meeting on Tuesday without the presence of unity partner Prime Minister Morgan Tsvangirai, who was out of the country on a regional tour to appeal for help with mediation. This comes after Tsvangirai and his Movement for Democratic Change (MDC) party pulled out of the unity government several days ago, protesting what they called "dishonest and unreliable" behaviour by Mugabe.
Zimbabwe state media reported on Tuesday that President Mugabe will not recognise Tsvangirai's suspension of ties with the government until he is formally informed. The state-owned daily newspaper, The Herald, quoted Mugabe's spokesman, George Charamba, as saying Tsvangirai is still prime minister and is expected to attend cabinet meetings.
“Government is not run through media statements. In the same way that President Mugabe formally appointed him to the post of Prime Minister he must also communicate any decision to disengage or whatever it is they are calling it, in a formal manner," Charamba said.
"This can be done orally or in writing but in a formal manner. From that point of view nothing has happened. Until the communication is done formally the president has no reason or any grounds to think or know otherwise,” he said.
Tsvangirai, who "disengaged" from the country's unity government last week, was accused by the newspaper of traveling without cabinet approval. The leader of the MDC party is on a ten-day trip of Southern African Development Community countries, who helped to negotiate the troubled power sharing agreement in Zimbabwe. Tsvangirai is not due to return to Zimbabwe until sometime next week.
According to The Herald, government officials said that Tsvangirai had attempted to obtain cabinet authority for his trip while en route to the airport, but was told that it was too late to receive it.
However, University of Zimbabwe political science professor John Makumbe said he believed Tsvangirai's partial withdrawal from the national unity government was long overdue and ZANU-PF's reaction is mere posturing. "Morgan Tsvangirai has done the right thing, he must light fires and make ZANU-PF run around putting the fires out. What he has been doing to date is agreeing to be treated like a tea-boy, he has been told what to do and he has done it without asking questions," Makumbe said.
He said that Mugabe's ZANU-PF party couldn't risk going it alone, as Tsvangirai has a stronger claim to legitimacy as his party won the elections in March 2008.
Ministers from a splinter faction of the MDC led by Arthur Mutambara attended the cabinet meeting. Mutambara, who is one of two deputy prime ministers, said at a news conference on Monday that he was talking to both Mugabe and Tsvangirai. He said the national unity government is Zimbabwe's only hope of moving forward. "We are determined to give this government a fighting chance because in our mind there is no plan B," Mutambara said.
Tsvangirai announced last week that his party would not withdraw from the unity government altogether, but would boycott the executive branch whose ministries it shares with the ZANU-PF party. He cited the reluctance of Mugabe to implement matters that had been agreed to in the so-called Global Political Agreement, which brought the national unity government to power.
Among the outstanding issues is the appointment of governors and the alleged harassment of his party members and Members of Parliament. His announcement came two days after agriculture deputy minister designate Roy Bennett was arrested and re-detained on charges of insurgency and terror. Bennett has since been released on bail, but Tsvangirai has said his party will not participate in government until all the issues he raised have been resolved.''',
    quotes=[
        Q('"dishonest and unreliable"', None, "Morgan Tsvangirai"),
        Q('“Government is not run', 'in a formal manner,"', "George Charamba"),
        Q('"This can be done orally', 'know otherwise,”', "George Charamba"),
        Q('"disengaged"', None, None),
        Q('"Morgan Tsvangirai has done the right thing', 'asking questions,"', "John Makumbe"),
        Q('"We are determined', 'no plan B,"', "Arthur Mutambara"),
    ],
    aliases={"Morgan Tsvangirai": ["Tsvangirai", "Prime Minister Morgan Tsvangirai"],
             "George Charamba": ["Charamba", "Mugabe's spokesman"],
             "John Makumbe": ["Makumbe"],
             "Arthur Mutambara": ["Mutambara"]},
),
dict(
    id="wn-en-rann-camp-airstrike-toll",
    source="https://en.wikinews.org/wiki/Official_death_toll_from_Nigerian_refugee_camp_airstrike_passes_100",
    license=LIC, retrieved=AMG.format("AMALGUM_news_camp") + " (a quote box repeating Davies' words from the body without quotation marks, with its attribution line, dropped; the 'Sister link' list dropped; the copy's 'chaos[...]' without a space kept)",
    text='''Official death toll from Nigerian refugee camp airstrike passes 100
Thursday, January 26, 2017
On Monday Nigerian authorities raised the official death toll from January 17's airstrike upon a refugee camp to 236, though the BBC on Tuesday reported an official told them this was an error and the actual figure was 115. The military said at the time a jet mistook refugees for rebels.
The new toll updates previous estimates, which at the time of the incident were of at least 50 dead. The BBC on Tuesday reported an official told them the figure of 236 was erroneously reached by combining the numbers of dead and wounded. The camp in Rann, Borno State is home to thousands and lies near the northeastern border with Cameroon.
Home to those displaced by Boko Haram insurgents, the camp is in an area suffering famine. Farmers are unable to work owing to bombs on their land. The Red Cross was there to distribute food when the attack happened. Twenty Nigerian Red Cross workers were injured or killed. Médecins Sans Frontières are treating the majority of the wounded in makeshift tents in Rann, which lacks hospital facilities. A small number have been evacuated to Maiduguri.
Military officials said at the time the Air Force had been dispatched to Rann after reports of "remnants" of Boko Haram in the area. The military claims it is in a "final push" against the rebel group. A promised investigation has materialised in the form of a panel of Air Force officials, with orders to complete the probe by the end of next week.
Human Rights Watch have called for compensation for victims. They say the military is not absolved of liability and suggest the camp's tents were obvious. Eyewitnesses say the aircraft circled twice, dropping multiple bombs, which appears corroborated by satellite imagery. President Muhammadu Buhari called it a "regrettable operational mistake" and has since departed for a holiday in London.
Journalists are barred from the military-controlled camp. Officials claim all the dead in Rann have been buried, and two more died in hospital in Maiduguri. Most of those killed were women and children. Soldiers were also amongst those killed. Eyewitnesses claim two days after the disaster in excess of 100 Boko Haram militants attacked the camp, fighting with soldiers for hours.
MSF field co-ordinator Alfred Davies said, "There are no words to describe the chaos[...] I saw the bodies of children that had been cut in two." MSF have called for "a transparent account" with the organisation's general director complaining refugees "were bombed by those who were meant to safeguard them". Some humanitarian groups have suggested the incident constitutes a war crime even as an accident, and Human Rights Watch is urging an independent probe. They say 35 structures were destroyed at two separate locations within the camp.
"We saw dozens of patients with multiple traumatic injuries, including open fractures and wounds to the abdomen and chest," said MSF doctor Mohammed Musoke. He described wounded children, including a crying baby with shrapnel in its neck and "a 10-year-old boy with a large, deep flesh wound to his thigh. The flesh was hanging loose on one side and you could see through to the bone."
Survivor Baba, 37, a refugee, said military aircraft were not an uncommon sight but the attacking jet behaved abnormally. "The plane flew back and forth, and we knew something was wrong before the bombing happened." His remarks were released by MSF.
Prior to the attacks camp residents had been starving, some dying from malnutrition. War and substandard infrastructure left Rann isolated, and the attack came as the Red Cross were about to distribute food they had just arrived with. The Red Cross say they have five weeks' worth of food.
The International NGO Safety Organisation claims 2016 saw in excess of 90 aid workers killed worldwide, with 154 injured.''',
    quotes=[
        Q('"remnants"', None, None),
        Q('"final push"', None, "the military"),
        Q('"regrettable operational mistake"', None, "Muhammadu Buhari"),
        Q('"There are no words', 'cut in two."', "Alfred Davies"),
        Q('"a transparent account"', None, "Médecins Sans Frontières"),
        Q('"were bombed by those', 'safeguard them"', "Médecins Sans Frontières"),
        Q('"We saw dozens of patients', 'abdomen and chest,"', "Mohammed Musoke"),
        Q('"a 10-year-old boy', 'to the bone."', "Mohammed Musoke"),
        Q('"The plane flew back and forth', 'bombing happened."', "Baba"),
    ],
    aliases={"the military": ["The military"],
             "Muhammadu Buhari": ["President Muhammadu Buhari"],
             "Alfred Davies": ["MSF field co-ordinator Alfred Davies"],
             "Médecins Sans Frontières": ["MSF"],
             "Mohammed Musoke": ["MSF doctor Mohammed Musoke"],
             "Baba": ["Survivor Baba"]},
),
dict(
    id="wn-en-libdem-leadership-hustings",
    source="https://en.wikinews.org/wiki/Liberal_Democrat_leadership_contenders_address_party_members",
    license=LIC, retrieved=AMG.format("AMALGUM_news_democrat") + " (the copy's spelling 'Menzies Cambell' in the third paragraph and 'propotion' kept)",
    text='''Liberal Democrat leadership contenders address party members
Saturday, January 14, 2006
Four declared contenders in the Liberal Democrats leadership contest today addressed party members at the London School of Economics. The contest was initiated after Charles Kennedy admitted in a press conference that he had previously sought professional help for an alcohol problem. Initially, Mr Kennedy had stated that he intended to run for re-election in a leadership contest. However, after 25 MPs said they would refuse to serve on the front bench under Charles Kennedy, he resigned immediately and said he would play no part in the leadership contest.
At the meeting today, which had been organised before Kennedy's resignation, the four candidates - Sir Menzies Campbell, Mark Oaten, Simon Hughes and Chris Huhne - were permitted to make 12 minute speeches outlining their vision for the party. The speeches were broadcast live and unedited on BBC News 24, with clips from them appearing in news bulletins later that evening.
The current acting party leader, Menzies Cambell, the first to declare his intention to stand, said that he wanted new thinking to tackle poverty and social injustice, new thinking to underpin a modern constitution, and a radical democratic revolution. He suggested that international cooperation was the way to make poverty history, and spoke against the decision to invade Iraq. He stressed his "experience" as being a key quality needed for a Liberal Democrat leader.
The MP for the Winchester constituency, Mark Oaten, praised the success of previous leader Charles Kennedy. He pledged to do all he could to defeat attacks on civil liberties in coming months, and stressed that it was important to try and defeat the identity card bill due to be voted on next month. He suggested that the party "needed to be more progressive, ambitious, and optimistic" and should avoid talking about politics in terms of 'left' or 'right'. Speaking about the environment, he said that the solution was not to "dictate how people should lead their lives" but offer positive measures enabling people to take their environmental responsibilities seriously.
The current party president, Simon Hughes, who unsuccessfully ran for the London mayoral position in 2004, promised a consultative leadership and said he wanted the Liberal Democrats to be the "party of fairness". He attacked Prime Minister Tony Blair as having 'failed', with the poorest paying a bigger propotion of their income in taxes than the richest. He said that there was a need to tackle inequality, and promised to stick with the policy of taxes to tackle inequality. He also supported greater decentralisation of power, and stressed the continued importance of environmental policies.
Former MEP Chris Huhne focused on environmental issues, questioning the government's lack of conviction to the Kyoto targets and the panicked response to the fuel protests. He spoke against David Cameron's lack of environmental conviction and suggested that only realistic means of tackling carbon emissions was through taxation, which could help change behaviour. Higher eco-taxes should be combined with lower personal taxes for those at the bottom of the economic scale, he argued. He also promoted greater powers and accountability for local authorities.
The nominations for leadership candidates close on 25th January, with candidates needing the declared support of at least 7 MPs and 200 party members from at least 20 different constituencies. No other candidates other than the four above are expected to stand. The vote closes on the 1st March, with the result due to be announced on the 2nd March.''',
    quotes=[
        Q('"experience"', None, "Menzies Campbell"),
        Q('"needed to be more progressive', 'optimistic"', "Mark Oaten"),
        Q("'left'", None, "Mark Oaten"),
        Q("'right'", None, "Mark Oaten"),
        Q('"dictate how people', 'their lives"', "Mark Oaten"),
        Q('"party of fairness"', None, "Simon Hughes"),
        Q("'failed'", None, "Simon Hughes"),
    ],
    aliases={"Menzies Campbell": ["Sir Menzies Campbell", "Menzies Cambell",
                                  "The current acting party leader"],
             "Mark Oaten": ["Oaten", "The MP for the Winchester constituency"],
             "Simon Hughes": ["The current party president"]},
),
]
