# Held-out English Wikinews articles (tests/data/heldout14-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml, the corpus' main
# news part, listed files whose short title sorts before 'catholic' and is used by no earlier set),
# detokenized by hand like heldout13_amalgum*.py.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-gay-iranian-asylum",
    source="https://en.wikinews.org/wiki/Gay_Iranian_awaits_decision_on_asylum",
    license=LIC, retrieved=AMG.format("AMALGUM_news_asylum") + " (two quote boxes repeating Smith's and Kazemi's words, with their attribution lines, dropped; the copy's ellipses kept)",
    text='''Gay Iranian awaits decision on asylum
Friday, March 14, 2008
Britain has stated that it will reconsider the asylum application of a gay Iranian teenager who believes he will be persecuted for his sexuality if he is deported back to Iran. The announcement Friday by the British government came after the European Parliament urged a resolution to the case and said that Iran has a history of torturing and executing homosexuals.
Britain had initially rejected an asylum request by 19-year-old Mehdi Kazemi, and Kazemi fled to the Netherlands, where his case was turned down and he returned to Britain. British Home Secretary Jacqui Smith released a statement on the case: "Following representations made on behalf of Mehdi Kazemi, and in the light of new circumstances since the original decision was made, I have decided that Mr. Kazemi's case should be reconsidered on his return to the UK from the Netherlands."
Eighty members of Britain's upper house of Parliament sent a letter to Jacqui Smith, appealing to the government to "show compassion and allow Mr. Kazemi to have a safe haven in the United Kingdom." Roger Roberts of the House of Lords initiated the petition, and stated: "There is no doubt that he will be persecuted and possibly face state-sanctioned murder if he is forced to return." Simon Hughes, Member of Parliament for North Southwark and Bermondsey, said he would support Kazemi if he returns to the United Kingdom: "I hope Mr Kazemi will now come back to Britain where arrangements are already in place for an urgent meeting with him, his family, specialist lawyers and myself to prepare a new application to the Home Office."
Gay rights advocate and spokesman for the British gay rights group OutRage!, David Allison commented "It's cruel to even suggest sending him back... The history of gays in Iran has been horrific." Ben Summerskill of the British gay rights organization, Stonewall, said: "We are obviously delighted that the home secretary has listened to the representations that were made in this case... There are overwhelming reasons why people should not be deported to Iran in the current circumstances, and it is important that Britain is seen as a safe haven."
Borg Palm, Kazemi's solicitor, stated Kazemi was pleased with the news but would have an unstable future in Britain without asylum: "He is very much afraid of being allowed to stay in Britain but without being granted official permission. That would then put him in a no man’s land. He would be very unhappy in the long term."
Kazemi came to Britain in 2005 to study English. His uncle spoke with CNN on condition of anonymity, and said that his nephew was studying in Britain in 2006 when his partner in Iran was arrested and hanged after being charged with sodomy. Kazemi's uncle told CNN: "Under torture and pressure, (the partner) revealed Mehdi's name as his boyfriend." Gay sex is considered a crime in Iran, and is punishable by death. Kazemi told British authorities in his asylum application that Iranian police were after him, and that he could face execution if he returned to Iran. Kazemi stated in his asylum request: "I cannot stop my attraction to men... If I return to Iran I will be arrested and executed like [my boyfriend]. Since this incident... I have been so scared."
After Britain's Home Office initially denied Kazemi's asylum application, he fled to Canada and then the Netherlands, where he was detained. Kazemi faces deportation from the Netherlands to Britain, after their highest court rejected his plea on Tuesday. The Netherlands' highest court rejected the case, citing EU law that Kazemi's case was the responsibility of the country where he first requested asylum.
A resolution passed by the European Parliament Thursday asked EU states "to find a common solution to ensure that Mehdi Kazemi is granted asylum or protection on EU soil and not sent back to Iran." The resolution also stated that Iranian authorities "routinely detain, torture and execute persons, notably homosexuals" and that "Mehdi's partner has already been executed, while his father has threatened him with death."
In a September 2007 speech at Columbia University, Iranian president Mahmoud Ahmadinejad was challenged by University president Lee Bollinger for Iran's treatment of gays. Ahmadinejad stated that "In Iran we don't have homosexuals like in your country," drawing laughter from the audience. "In Iran we do not have this phenomenon, I don't know who has told you that we have it." According to Iranian human rights activists, over 4,000 gay men and lesbians have been executed since the Iranian Revolution of 1979.''',
    quotes=[
        Q('"Following representations', 'from the Netherlands."', "Jacqui Smith"),
        Q('"show compassion', 'United Kingdom."', None),
        Q('"There is no doubt', 'forced to return."', "Roger Roberts"),
        Q('"I hope Mr Kazemi', 'the Home Office."', "Simon Hughes"),
        Q('"It\'s cruel', 'been horrific."', "David Allison"),
        Q('"We are obviously', 'a safe haven."', "Ben Summerskill"),
        Q('"He is very much', 'the long term."', "Borg Palm"),
        Q('"Under torture', 'his boyfriend."', None),
        Q('"I cannot stop', 'so scared."', "Mehdi Kazemi"),
        Q('"to find a common', 'back to Iran."', "European Parliament"),
        Q('"routinely detain', 'notably homosexuals"', "European Parliament"),
        Q('"Mehdi\'s partner', 'with death."', "European Parliament"),
        Q('"In Iran we don\'t', 'your country,"', "Mahmoud Ahmadinejad"),
        Q('"In Iran we do not', 'we have it."', "Mahmoud Ahmadinejad"),
    ],
    aliases={"Jacqui Smith": ["British Home Secretary Jacqui Smith"],
             "Mehdi Kazemi": ["Kazemi"],
             "Simon Hughes": ["Simon Hughes, Member of Parliament for North Southwark and Bermondsey"],
             "European Parliament": ["the European Parliament", "The resolution"],
             "Mahmoud Ahmadinejad": ["Iranian president Mahmoud Ahmadinejad", "Ahmadinejad"]},
),
dict(
    id="wn-en-cia-base-bomber-double-agent",
    source="https://en.wikinews.org/wiki/Suicide_bomber_at_US_base_in_Afghanistan_was_al-Qaeda_double_agent",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bomber") + " (a quote box repeating al-Balawi's post, with its attribution line, dropped; the closing mark of Kohlmann's quotation, held as a fragment of its own, attached to its word)",
    text='''Suicide bomber at US base in Afghanistan was al-Qaeda double agent
Tuesday, January 5, 2010
Media in the United States says a suicide bomber who attacked a Central Intelligence Agency base in eastern Afghanistan last week was a Jordanian working as an al-Qaeda double agent.
The reports say current and former Western intelligence officials identified the suicide bomber as Humam Khalil Abu-Mulal al-Balawi, a 36-year-old physician and al-Qaeda sympathizer from Zarqa, Jordan.
U.S. television network NBC says Jordanian authorities arrested al-Balawi more than a year ago and later recruited him to infiltrate al-Qaeda, believing he had been successfully reformed. Due to his medical background, it is believed his mission was to find and meet Ayman al-Zawahiri, al-Qaeda's second-in-command. The CIA declined to comment on the reports.
According to multiple sources, al-Balawi posted online in jihadist forums under the name Abu Dujanah al-Khurasani. One post by him read, "When a fighter for God kills a U.S. soldier on the corner of a tank, the supporters of Jihad have killed tens of thousands of Americans through their connection to the opposition."
Jarret Brachman, consultant to the US government on terrorism said in a telephone interview to The New York Times, "He’s one of the most revered authors on the jihadists' forums. He’s in the top five jihadists. He's one of the biggest guns out there."
Evan Kohlmann, who tracks jihadi Web sites for NBC News said, "He was actually an administrator on the now-defunct Al-Hesbah forum, previously al-Qaeda's main chat forum."
The bombing last Wednesday at the CIA base, known as Forward Operating Base Chapman, in Afghanistan's Khowst province killed seven CIA employees and a Jordanian officer.
The U.S. military's intelligence chief in Afghanistan has criticized the work of U.S. intelligence agencies operating there, saying they are "ignorant" and out of touch with the Afghan people. General Michael Flynn says U.S. intelligence efforts have focused too much on gathering information about insurgent groups in Afghanistan.
He says U.S. intelligence has been unable to inform U.S. and NATO forces about the environment in which they operate and the Afghan people whom they seek to persuade. His comments were published in a report issued Monday by a U.S. think tank, the Center for a New American Security.
The bodies of the seven CIA employees killed in the Khowst attack arrived Monday at a U.S. Air Force base in the East Coast state of Delaware. A small, private ceremony was held at the base, attended by friends and family and CIA Director Leon Panetta.
The bombing was the second-deadliest attack in the U.S. intelligence agency's history. In a statement, CIA spokesman George Little described the fallen employees as "patriots who courageously served their nation."
In message to employees the day after the bombing, Panetta said, "Those who fell yesterday were far from home and close to the enemy, doing the hard work that must be done to protect our country from terrorism."
Jordan's state news agency, Petra, identified the Jordanian officer killed in the bombing as Sharif Ali bin Zaid. It says he was killed while "performing the sacred duty of Jordanian forces in Afghanistan." NATO says Jordan has seven troops in Afghanistan.
NBC News says Bin Zaid was an intelligence agent and a first cousin of Jordan's King Abdullah II. Both the Afghan Taliban and Pakistani Taliban have claimed responsibility for the attack.''',
    quotes=[
        Q('"When a fighter', 'the opposition."', "Humam Khalil Abu-Mulal al-Balawi"),
        Q('"He’s one of the most', 'out there."', "Jarret Brachman"),
        Q('"He was actually', 'chat forum."', "Evan Kohlmann"),
        Q('"ignorant"', None, "Michael Flynn"),
        Q('"patriots who', 'their nation."', "George Little"),
        Q('"Those who fell', 'from terrorism."', "Leon Panetta"),
        Q('"performing the sacred', 'in Afghanistan."', "Petra"),
    ],
    aliases={"Humam Khalil Abu-Mulal al-Balawi": ["al-Balawi"],
             "Michael Flynn": ["The U.S. military's intelligence chief in Afghanistan", "General Michael Flynn"],
             "George Little": ["CIA spokesman George Little"],
             "Leon Panetta": ["CIA Director Leon Panetta", "Panetta"],
             "Petra": ["Jordan's state news agency"]},
),
dict(
    id="wn-en-bush-africa-trip-benin",
    source="https://en.wikinews.org/wiki/Bush_starts_off_Africa_trip_in_Benin",
    license=LIC, retrieved=AMG.format("AMALGUM_news_benin") + " (a quote box repeating Bush's words, with its attribution line, dropped; the copy's ellipses and spaced hyphen kept)",
    text='''Bush starts off Africa trip in Benin
Saturday, February 16, 2008
U.S. President George W. Bush, accompanied by his wife Laura, began his five-nation trip to Africa today in Benin, where he met with President Yayi Boni and participated in a joint press conference. This is Bush's second visit to Africa and the first time any US president has visited Benin. Topics that were discussed included malaria, cotton, and the crises in Kenya and Darfur.
At the press conference, held at Cadjehoun International Airport in Cotonou, Yayi thanked Bush for coming to visit and praised him for his "great concern for Africa, its well being, and of the development of its people." Bush then commended the government of Benin for their "fight against corruption" and "firm commitment to the investment in its people".
"Your fight against corruption is visible and easy for the people to see," Bush said. "This is such a good lesson... because leaders around the world have got to understand that the United States wants to partner with leaders and the people, but we're not going to do so with people that steal money, pure and simple." Benin is one of the recipients of the Millennium Challenge Account, which aims to foster economic growth in countries that are deemed to have effective governments and economic freedom.
On the topic of malaria, Bush mentioned the Malaria Initiative, which intends to provide a mosquito net for every child to prevent the spread of the disease. He also mentioned initiatives to facilitate the spread of HIV and AIDS. "We can save lives with an aggressive, comprehensive strategy," Bush said. "And that's exactly what you're putting in place here in Benin."
The economy was also an important issue. President Yayi said he and President Bush discussed diversifying Benin's economy away from its dependence on cotton. "He shared his vision with us, and he is encouraging us to diversify the sources of solutions to the problem that we have today, namely the cotton industry." Yayi says it is hard competing with cotton markets in Asia and the United States. Bush said the World Trade Organization is willing to help Benin's economy, but he also suggested exporting more cotton-based products in addition to raw cotton.
Bush said the United States will help facilitate a peacekeeping force in Darfur, but will not send troops to the region. "I made the decision not to [send troops], upon the recommendation of a lot of the groups involved in Darfur, as well as other folks... once you make that decision, then there's not many other avenues except for the United Nations and the peacekeeping forces."
When asked about the situation in Kenya, Bush said he has sent Secretary of State Condoleezza Rice to visit the country on Monday to support former UN Secretary General Kofi Annan in mediating the conflict. "Kenya is an issue... and that's why I'm sending Secretary Rice there to help the Kofi Annan initiative - all aimed at having a clear message that there be no violence and that there ought to be a power-sharing agreement," said Bush.
White House national security adviser Stephen Hadley said Rice's visit will only last a few hours. "It's basically to go in, give some impetus, but then step out and let Kofi Annan continue his diplomacy," he said. At a press briefing aboard Air Force One, one reporter questioned what could be accomplished in a few hours and asked why the President didn't go to Kenya instead. Ambassador Jendayi Frazer answered with, "Secretary Rice's engagement on Kenya has been much longer than a few hours. She has been talking to President Kibaki and Raila Odinga before the election, right on the eve of the announcement, immediately after that. And so she's been very much engaged over the last three or four months on dealing with electoral crisis."
"The purpose of her going is to back Kofi's mediation, it's not to take over that mediation," Frazer continued. "President Bush does not need to go to Kenya at this point. At the right moment in time, the President will engage, but right now it's occurring in a very systematic way to back Annan's mediation, not to try to supplant Annan's mediation."
After spending three hours in Benin, Bush flew to Tanzania, where he will stay for three nights. He will then continue his trip in Rwanda, Ghana, and Liberia.''',
    quotes=[
        Q('"great concern', 'of its people."', "Yayi Boni"),
        Q('"fight against corruption"', None, "George W. Bush"),
        Q('"firm commitment', 'in its people"', "George W. Bush"),
        Q('"Your fight', 'people to see,"', "George W. Bush"),
        Q('"This is such', 'pure and simple."', "George W. Bush"),
        Q('"We can save', 'comprehensive strategy,"', "George W. Bush"),
        Q('"And that\'s exactly', 'here in Benin."', "George W. Bush"),
        Q('"He shared', 'cotton industry."', "Yayi Boni"),
        Q('"I made the decision', 'peacekeeping forces."', "George W. Bush"),
        Q('"Kenya is an issue', 'power-sharing agreement,"', "George W. Bush"),
        Q('"It\'s basically', 'his diplomacy,"', "Stephen Hadley"),
        Q('"Secretary Rice\'s engagement', 'electoral crisis."', "Jendayi Frazer"),
        Q('"The purpose of her going', 'that mediation,"', "Jendayi Frazer"),
        Q('"President Bush does not', 'Annan\'s mediation."', "Jendayi Frazer"),
    ],
    aliases={"George W. Bush": ["U.S. President George W. Bush", "Bush", "President Bush"],
             "Yayi Boni": ["President Yayi Boni", "Yayi", "President Yayi"],
             "Stephen Hadley": ["White House national security adviser Stephen Hadley"],
             "Jendayi Frazer": ["Ambassador Jendayi Frazer", "Frazer"]},
),
dict(
    id="wn-en-canadian-faces-beheading-saudi",
    source="https://en.wikinews.org/wiki/Canadian_still_faces_public_beheading_in_Saudi_Arabia",
    license=LIC, retrieved=AMG.format("AMALGUM_news_canadian") + " (the opening mark of the relative's quotation, which the copy tokenizes onto the end of the previous sentence, attached to its word)",
    text='''Canadian still faces public beheading in Saudi Arabia
Wednesday, May 20, 2009
A copy of a letter written to the Prime Minister of Canada Stephen Harper by a Canadian man facing the death penalty in Saudi Arabia has been obtained by The Canadian Press. In it, Mohamed Kohail pleads with the prime minister to utilise "every way possible to get me out of this situation."
Kohail, 23, of Montreal, was sentenced on March 3, 2008 to be publicly executed following a confession for murder at a Saudi school. Kohail claims the confession was obtained under duress. The Saudi Supreme Court advised the lower court on April 9, 2009 to renounce the death penalty; however, the request was refused.
Munzer Al-Hiraki, 19, was killed in an after-school fight in January 2007, allegedly after Kohail's brother, Sultan, insulted a girl. The brothers claim that the fight involved a large group of boys, and felt they were acting in self defense.
Sultan, 16 at the time, said that Mohamed came to his rescue with a friend, only to be greeted by a group armed with knives and clubs. Witnesses for the brothers say that Al-Hiraki had arrived at the school with carloads of friends to seek vengeance on Sultan.
"I was tortured to sign a confession. I was misinformed that I would be allowed out of custody the moment I signed it," said Kohail.
In the letter, delivered by Canadian MP Deepak Obhrai last December, Kohail continues, "Mr. Harper, I have been in jail for two years now. I am imprisoned with hundreds [of] high-profile criminals in Saudi Arabia for a crime that I did not commit. I've lost my hair, two years of my life and see death coming to me closer every day."
Kohail received 80 days to appeal the sentence. "There were nine hearings in total and only one time was the lawyer for Mohamed and his friend allowed in the courtroom; not even Mohamed's father, Ali (was allowed in)," said a relative.
Harper is seeking clemency for the Kohail brothers. "It has to be worked within the confines of the Saudi law and it's important to recognize that and work with the Saudi officials to come to a resolution," said Foreign Affairs Minister Lawrence Cannon. According to the letter, the Canadian government began seeking clemency March of 2008.
If the court continues to uphold the death penalty, the only other option is the payment of dia, or blood money, in exchange for forgiveness — but Al-Hiraki's family seeking CA$5 million.
Sultan Kohail is a juvenile who is out on bail awaiting to be tried in adult court on murder charges. The Convention on the Rights of the Child forbids execution of youths under the age of 18, which Saudi Arabia officials declare they comply with. However, the Convention also prohibits execution for crimes committed as juveniles no matter when the court sentences them.
Born in Palestine, the Kohail brothers moved to Canada in 2000, and became Canadian citizens in 2005. They moved to Jiddah in 2006.
In October 2007, Canadian Public Safety Minister Stockwell Day said, "We will not actively pursue bringing back to Canada murderers who have been tried in a democratic country that supports the rule of law." Previously Canada consistently sought clemency from all foreign governments after the death penalty was abolished in Canada in 1976.
Since the beginning of 2009, 36 people have been executed in Saudi Arabia. 102 were executed in 2008 and 158 were executed in 2007.''',
    quotes=[
        Q('"every way possible', 'this situation."', "Mohamed Kohail"),
        Q('"I was tortured', 'I signed it,"', "Mohamed Kohail"),
        Q('"Mr. Harper', 'closer every day."', "Mohamed Kohail"),
        Q('"There were nine', '(was allowed in),"', None),
        Q('"It has to be worked', 'to a resolution,"', "Lawrence Cannon"),
        Q('"We will not actively', 'rule of law."', "Stockwell Day"),
    ],
    aliases={"Mohamed Kohail": ["Kohail"],
             "Lawrence Cannon": ["Foreign Affairs Minister Lawrence Cannon"],
             "Stockwell Day": ["Canadian Public Safety Minister Stockwell Day"]},
),
dict(
    id="wn-en-shorts-2008-11-13-waist-fruit",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_November_13%2C_2008",
    license=LIC, retrieved=AMG.format("AMALGUM_news_blackwater") + " (the page's call to contribute and the source lists under each brief dropped as navigation; the briefs' headings kept as lines of their own)",
    text='''Wikinews Shorts: November 13, 2008
A compilation of brief news reports for Thursday, November 13, 2008.
Study shows that carrying excess fat around waist increases risk of early death
A new study has found that people storing extra fat around their waist have a strongly increased chance of early death, even if their overall weight is average. The study, published in the New England Journal of Medicine today, found that for each addition 5cm on the waist, the chance of early death is increased by between 13% and 17%.
In the study, 360,000 people from across nine countries in Europe were surveyed.
One of the study's authors, Professor Elio Riboli of Imperial College London, commented on the findings. "We were surprised to see the waist size having such a powerful effect on people's health and premature death," he stated.
EU abolishes rules banning oddly-shaped fruit
The European Commission, the executive branch of the European Union, has today lifted its ban on unusually shaped fruits and vegetables, in what the EU's agriculture commissioner has called "a new dawn for the curvy cucumber and the knobbly carrot".
The regulation has previously been criticized as an example of the EU's bureaucracy by critics of the organisation.
The products affected by the deregulation are apricots, artichokes, asparagus, aubergines, avocadoes, beans, Brussels sprouts, carrots, cauliflowers, cherries, courgettes, cucumbers, cultivated mushrooms, garlic, hazelnuts in shell, headed cabbage, leeks, melons, onions, peas, plums, ribbed celery, spinach, walnuts in shell, water melons and witloof/chicory.
Vase bought for £1 sells for £32,450
A vase purchased at a car boot sale for £1 has sold for £32,450, following advice from experts on the BBC's Antiques Roadshow television program. The vase was sold in an auction at Christie’s.
The vase was found to be a 1929 work made by the French designer Rene Lalique.
Blackwater may pay financial penalties for improper arms shipments
Recent anonymous press briefings by US State Department officials indicated that its arms control division may punish Blackwater Worldwide for improper paperwork.
The Directorate of Defense Trade Controls has the power to fine or agree voluntary penalties with exporters of certain weapons, who do not follow correct procedures. Blackwater Worldwide, a private military company, exported automatic weapons to Iraq that became the subject of a federal investigation first disclosed in 2007. Concern was expressed by the unnamed officials that paperwork errors may make the weapons untraceable, and that some reached Iraq's black market.''',
    quotes=[
        Q('"We were surprised', 'premature death,"', "Elio Riboli"),
        Q('"a new dawn', 'knobbly carrot"', None),
    ],
    aliases={"Elio Riboli": ["Professor Elio Riboli"]},
),
]
