# Held-out English Wikinews articles (tests/data/heldout11-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml, the corpus' main
# news part, files whose short title sorts after 'catholic'; earlier sets used only its files up to it),
# detokenized by hand like heldout10_amalgum*.py. Annotated by reading the articles, before whosaid
# was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-obama-al-arabiya-interview",
    source="https://en.wikinews.org/wiki/Obama_to_Muslims%3A_%27Americans_are_not_your_enemy%27",
    license=LIC, retrieved=AMG.format("AMALGUM_news_obama") + " (a quote box repeating Obama's words without quotation marks, with its attribution line, dropped)",
    text='''Obama to Muslims: 'Americans are not your enemy'
Tuesday, January 27, 2009
President Barack Obama of the United States had his first full interview since his inauguration, on Al Arabiya television. The Dubai television network in the United Arab Emirates had exclusive access to the President.
During the interview, Obama repeated a campaign promise to deliver a speech in a Muslim capital, and urged that the peace process between Israel and Palestine resume.
"We cannot tell either the Israelis or the Palestinians what's best for them. They're going to have to make some decisions. But I do believe that the moment is ripe for both sides to realize that the path that they are on is one that is not going to result in prosperity and security for their people," Obama said.
The President pointed out that he had lived for years in Indonesia, the world's most populous Muslim-majority country. This experience taught him that people share the same hopes and dreams regardless of their faith, he said.
"My job to the Muslim world is to communicate that the Americans are not your enemy — we sometimes make mistakes — we have not been perfect," said Obama. "But if you look at the track record ... America was not born as a colonial power, and that the same respect and partnership that America had with the Muslim world as recently as 20 or 30 years ago, there's no reason why we can't restore that."
Obama also spoke about al-Qaeda and, according to Al Arabiya, former President George W. Bush's "war on terror".
"[What] we need to understand is, is that there are extremist organizations — whether Muslim or any other faith in the past — that will use faith as a justification for violence. Our administration [will] be very clear in distinguishing between organizations like al Qaeda — that espouse violence, espouse terror and act on it — and people who may disagree with my administration and certain actions." Obama also stated that he "cannot respect terrorist organizations that would kill innocent civilians and we will hunt them down."
On the topic of Iran, Obama stated that the country has not been conducive to peace, and that, "if countries like Iran are willing to unclench their fist, they will find an extended hand from us."
"If we start the steady progress on these issues, I'm absolutely confident that the United States, working in tandem with the European Union, with Russia, with all the Arab States in the region — I'm absolutely certain that we can make significant progress," Obama told the interviewer.
Immediately prior to the interview, Obama met with George J. Mitchell, his special envoy to the Middle East. Mitchell then embarked on his diplomatic mission with visits to Israel, the West Bank, Jordan, Egypt, Saudi Arabia, France and the United Kingdom.''',
    quotes=[
        Q("'Americans are not your enemy'", None, "Barack Obama"),
        Q('"We cannot tell', 'for their people,"', "Barack Obama"),
        Q('"My job to the Muslim world', 'not been perfect,"', "Barack Obama"),
        Q('"But if you look', 'restore that."', "Barack Obama"),
        Q('"war on terror"', None, None),
        Q('"[What] we need', 'certain actions."', "Barack Obama"),
        Q('"cannot respect', 'hunt them down."', "Barack Obama"),
        Q('"if countries like Iran', 'hand from us."', "Barack Obama"),
        Q('"If we start', 'significant progress,"', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["President Barack Obama", "Obama", "The President"]},
),
dict(
    id="wn-en-telegraph-us-plans-attack-iran",
    source="https://en.wikinews.org/wiki/Newspaper_alleges_U.S._drawing_up_plans_to_attack_Iran",
    license=LIC, retrieved=AMG.format("AMALGUM_news_iran") + " (the copy's stray ' before \"a last resort\" and the Persian name in brackets kept)",
    text='''Newspaper alleges U.S. drawing up plans to attack Iran
Sunday, February 12, 2006
The British newspaper Sunday Telegraph has reported on alleged plans for a U.S. attack on Iran. The plans were allegedly made in retaliation for Iran's uranium enrichment program due to suspicions that it is for military application in the development of nuclear weapons.
The paper has also reported that the alleged plans to attack Iran may be a possible motivation for the development of nuclear weapons by Iran; there have been other threats of military response by both the U.S. and Israel.
On February 12, 2006, the Sunday Telegraph claimed that strategists at the Pentagon are "drawing up plans for devastating bombing raids backed by submarine-launched ballistic missile attacks against Iran's nuclear sites" as '"a last resort" for the situation.
The newspaper also claims that preparations are extremely active, stating, "Central Command and Strategic Command planners are identifying targets, assessing weapon-loads and working on logistics for an operation,".
Assessments of the time scale for Iran to possibly develop nuclear weapons include three to ten years. According to the Centre for Nonproliferation Studies, cities likely to be targets because of their alleged role in nuclear weapons development include medium-size towns such as Bushehr or Bushire (بوشهر), population estimated as 165,000 (2005) and Arak with a population of about 511,000 (2005) and the small mountain town of Natanz.
Just a few days earlier, an InterPress Service article by Gareth Porter reported that two ex-CIA operatives, Paul Pillar and Ellen Laipson, as saying that one of the main reasons motivating Iran to move towards developing nuclear weapons was the belief in a threat of attack by the United States and/or Israel.
According to this InterPress Service report, ex-CIA official Paul Pillar led the preparation of all National Intelligence Estimates (NIEs) on Iran from 2000 to 2005 in his role as national intelligence officer for the Near East and South Asia, and told the InterPress Service that all of the NIEs on Iran during that period "addressed the Iranian fears of U.S. attack explicitly and related their desire for nuclear weapons to those fears" and furthermore that "Iranian perceptions of threat, especially from the United States and Israel, were not the only factor, but were in our judgment part of what drove whatever effort they were making to build nuclear weapons."
Ellen Laipson, the other ex-CIA official also stated, "the Iranian fear of an attack by the United States has long been a standard element in NIEs [National Intelligence Estimates] on Iran."
Just a few weeks earlier, on January 25, 2006, former UN weapons inspector Hans Blix recommended that the United States give a similar commitment not to attack Iran with either conventional or nuclear weapons, just as it apparently has given to North Korea, stating, "regime changes, we know, from the outside are not that much of a panacea. So I think [the United States] should contemplate similar offers to Iran as they have to North Korea."''',
    quotes=[
        Q('"drawing up plans', 'nuclear sites"', "Sunday Telegraph"),
        Q('"a last resort"', None, "Sunday Telegraph"),
        Q('"Central Command', 'for an operation,"', "Sunday Telegraph"),
        Q('"addressed the Iranian fears', 'to those fears"', "Paul Pillar"),
        Q('"Iranian perceptions', 'nuclear weapons."', "Paul Pillar"),
        Q('"the Iranian fear', 'on Iran."', "Ellen Laipson"),
        Q('"regime changes', 'to North Korea."', "Hans Blix"),
    ],
    aliases={"Sunday Telegraph": ["the Sunday Telegraph", "The newspaper", "The paper"],
             "Paul Pillar": ["ex-CIA official Paul Pillar"],
             "Ellen Laipson": [],
             "Hans Blix": ["former UN weapons inspector Hans Blix"]},
),
dict(
    id="wn-en-mugabe-prepared-to-fight",
    source="https://en.wikinews.org/wiki/Mugabe_is_%27prepared_to_fight%27_if_Zimbabwe_elects_opposition",
    license=LIC, retrieved=AMG.format("AMALGUM_news_zimbabwe"),
    text='''Mugabe is 'prepared to fight' if Zimbabwe elects opposition
Saturday, June 14, 2008
Zimbabwean President Robert Mugabe, who is slated to face opposition leader Morgan Tsvangirai in a run-off election on June 27, said today that the opposition would never govern Zimbabwe as long as he is alive, vowing to "go to war" if the Movement for Democratic Change (MDC) wins the election.
"We shall never, never accept anything that smells of ... the MDC. These pathetic puppets taking over this country? Let's see. That is not going to happen," Mugabe said at the funeral of a former independence fighter. "It shall never happen ... as long as we are alive and those who fought for the country are alive," he added. "We are prepared to fight for our country and to go to war for it."
He described Tsvangirai and the opposition as "traitors" and characterized them as puppets of Great Britain and the "white man", who ruled Zimbabwe until the country gained independence in 1980. "This country shall not again come under the rule and control of the white man, direct or indirect," Mugabe said.
Mugabe accused British Prime Minister Gordon Brown of interfering in Zimbabwe's affairs, after Brown called for "free and fair elections" and "an end to violence" on Friday. "We have become the focus of the British and the Americans. The U.S. has provided $70 million to the MDC for regime change ... and British Prime Minister Gordon Brown is interfering in our internal affairs," Mugabe said. "Once again we want to make it clear to the British and Americans that we are no one's subjects and will never be."
The opposition accuses Mugabe's ZANU-PF party of using violence and intimidation in an attempt to win the run-off election. According to the MDC, 66 of its followers have been killed in attacks since the contested March election, in which Morgan Tsvangirai won the most votes but failed to secure a majority.
Today, police arrested Tsvangirai for the fifth time in less than ten days. He was released a few hours later along with 11 of his colleagues. "It is clearly impossible to talk about a free and fair election in Zimbabwe," the MDC said following Tsvangirai's arrest. "To suggest otherwise is to be clearly blind to the grave harassment, intimidation and violence that the people of Zimbabwe have had to endure over the past few years."
The Secretary-General of the MDC, Tendai Biti, appeared in court today after being arrested on Thursday. Prosecutors said they planned to charge him with treason, for proclaiming victory in the March election before official results were announced and for "publishing a document that was explaining a transitional strategy around March 26". Biti's lawyer says these charges could carry a death penalty.
On Friday, forty prominent African leaders, including former UN Secretaries-General Kofi Annan and Boutros Boutros-Ghali, criticized the government of Zimbabwe in an open letter, demanding an end to acts of "intimidation, harassment and violence".
Meanwhile, Mugabe said that veterans of Zimbabwe's liberation war would be willing to take up arms in order to prevent the opposition from coming into power.''',
    quotes=[
        Q("'prepared to fight'", None, "Robert Mugabe"),
        Q('"go to war"', None, "Robert Mugabe"),
        Q('"We shall never', 'not going to happen,"', "Robert Mugabe"),
        Q('"It shall never happen', 'are alive,"', "Robert Mugabe"),
        Q('"We are prepared to fight', 'war for it."', "Robert Mugabe"),
        Q('"traitors"', None, "Robert Mugabe"),
        Q('"white man"', None, "Robert Mugabe"),
        Q('"This country shall not', 'or indirect,"', "Robert Mugabe"),
        Q('"free and fair elections"', None, "Gordon Brown"),
        Q('"an end to violence"', None, "Gordon Brown"),
        Q('"We have become the focus', 'internal affairs,"', "Robert Mugabe"),
        Q('"Once again', 'will never be."', "Robert Mugabe"),
        Q('"It is clearly impossible', 'in Zimbabwe,"', "Movement for Democratic Change"),
        Q('"To suggest otherwise', 'past few years."', "Movement for Democratic Change"),
        Q('"publishing a document', 'March 26"', None),
        Q('"intimidation, harassment and violence"', None, None),
    ],
    aliases={"Robert Mugabe": ["Zimbabwean President Robert Mugabe", "Mugabe"],
             "Gordon Brown": ["British Prime Minister Gordon Brown", "Brown"],
             "Movement for Democratic Change": ["MDC", "the MDC"]},
),
dict(
    id="wn-en-chavez-un-address-bush",
    source="https://en.wikinews.org/wiki/Venezuelan_President_Chavez_criticises_U.S._President_Bush_in_U.N._address",
    license=LIC, retrieved=AMG.format("AMALGUM_news_chavez") + " (the copy's 'w:George W. Bush', 'an that', 'In particular. he', the doubled 'the \"the anti-democratic\"' and the unfinished last sentence of that paragraph kept)",
    text='''Venezuelan President Chavez criticises U.S. President Bush in U.N. address
Thursday, September 21, 2006
In an address to the UN General Assembly in New York on September 20, 2006 Hugo Chávez, President of Venezuela, sharply criticized the US government and its policies.
At the same time he announced his country's bid for a non-permanent seat on the Security Council, saying that it will speak for all countries which "have no power, no power to make any impact on the terrible situation in the world" for which, he indicated, the US is responsible.
President Hugo Chávez said that the greatest terrorist threat for the world is the US government and its imperialistic policies. When speaking to the assembly, Chávez displayed the book "Hegemony or Survival", written by Noam Chomsky, and recommended "this excellent book" to the audience. He described this book as being written "clearly and in depth" an that "the American empire is doing all it can to consolidate its system of domination."
He said that "the hegemonic intentions of the imperialistic power are threatening the world", and called on all the peoples of the world, including Americans, to respond to that threat.
He warned Americans that "The devil is right at home. The devil -- the devil, himself, is right in the house. And the devil came here yesterday.", apparently referring to the United States President w:George W. Bush.
Hugo Chavez criticized Bush, saying the he was "talking as if he owned the world", and called him "the spokesman of imperialism".
Talking about the US efforts at nation-building, he said that it is "a very original democracy that's imposed by weapons and bombs and firing weapons.", adding "What a strange democracy. Aristotle might not recognize it or others who are at the root of democracy."
When pushing his agenda of democracy and free trade in Latin America, Chávez accused President Bush of being a racist, saying that President Bush would look "at your color" and he say "oh, there's an extremist. Evo Morales, the worthy president of Bolivia, looks like an extremist to him."
Chavez indicated Bush discriminates against Morales because Morales was the country's first Indian president. The newly elected president of Bolivia, announced plans of socializing part of the energy resources, particularly gas in Bolivia in 2005 in a move to try to be more independent from multinational coorporations.
As the president of the Bolivian Senate, Santos Ramirez, put it: "Bolivia and Latin America are no longer the servile democracies that tolerate ... poverty and the surrendering of sovereignty."
Chavez is pushing his own socio-economic agenda. For example the People's Trade Treaty consisting of Bolivia, Venezuela and Cuba and Mercosur, an economic union designed after the European Union for which in turn Bush sharply criticized him.
Chavez defended Morales in his speech by saying "The imperialists see extremists everywhere. It's not that we are extremists. It's that the world is waking up."
Chavez referred to Bush's speech the day before, when Bush directly addressed the peoples of Afghanistan, Lebanon and Iran, telling the assembly "what would those peoples of the world tell him if they were given the floor? What would they have to say? - They would say, "Yankee imperialist, go home."".
To address the current political issues he mentioned, Chavez complained that "But we, the assembly, have been turned into a merely deliberative organ. We have no power, no power to make any impact on the terrible situation in the world. And that is why Venezuela once again proposes, here, today, 20 September, that we re-establish the United Nations."
In particular. he criticized the "the anti-democratic" veto held by the Permanent Five members of the Security Council, Citing the "immoral" veto of the United States which he said, "allowed the Israelis, with impunity, to destroy Lebanon.", referring to the 2006 Israel-Lebanon conflict
Chavez said that he wants to provide an "alternative way of thinking" and canvassed for the support of the international community for Venezuela to attain a seat on the United Nations Security Council to "to save our planet, to save the planet from the imperialist threat." and "for our children and our grandchildren a world of peace based on the fundamental principles of a renewed United Nations."
U.S. Response
U.N. Ambassador John Bolton said the remarks don't warrant a response. The US is currently lobbying for Venezuela not to attain a seat on the U.N. Security Council.
Rep. Charles Rangel (Democrats) who represents a New York City neighborhood which Chavez recently visited said "I just want to make it abundantly clear to Hugo Chavez or any other president - don't come to the United States and think because we have problems with our president that any foreigner can come to our country and not think that Americans do not feel offended when you offend our Chief of State. Any demeaning public attack against him is viewed by Republicans and Democrats, and all Americans, as an attack on all of us."''',
    quotes=[
        Q('"have no power', 'in the world"', "Hugo Chávez"),
        Q('"Hegemony or Survival"', None, None),
        Q('"this excellent book"', None, "Hugo Chávez"),
        Q('"clearly and in depth"', None, "Hugo Chávez"),
        Q('"the American empire', 'of domination."', "Hugo Chávez"),
        Q('"the hegemonic intentions', 'the world"', "Hugo Chávez"),
        Q('"The devil is right at home', 'here yesterday."', "Hugo Chávez"),
        Q('"talking as if he owned the world"', None, "Hugo Chávez"),
        Q('"the spokesman of imperialism"', None, "Hugo Chávez"),
        Q('"a very original democracy', 'firing weapons."', "Hugo Chávez"),
        Q('"What a strange democracy', 'root of democracy."', "Hugo Chávez"),
        Q('"at your color"', None, "Hugo Chávez"),
        Q('"oh, there\'s an extremist', 'extremist to him."', "Hugo Chávez"),
        Q('"Bolivia and Latin America', 'of sovereignty."', "Santos Ramirez"),
        Q('"The imperialists see', 'is waking up."', "Hugo Chávez"),
        Q('"what would those peoples', 'go home.""', "Hugo Chávez"),
        Q('"But we, the assembly', 'the United Nations."', "Hugo Chávez"),
        Q('"the anti-democratic"', None, "Hugo Chávez"),
        Q('"immoral"', None, "Hugo Chávez"),
        Q('"allowed the Israelis', 'destroy Lebanon."', "Hugo Chávez"),
        Q('"alternative way of thinking"', None, "Hugo Chávez"),
        Q('"to save our planet', 'imperialist threat."', "Hugo Chávez"),
        Q('"for our children', 'renewed United Nations."', "Hugo Chávez"),
        Q('"I just want', 'on all of us."', "Charles Rangel"),
    ],
    aliases={"Hugo Chávez": ["President Hugo Chávez", "Chávez", "Hugo Chavez", "Chavez",
                             "Venezuelan President Chavez"],
             "Santos Ramirez": ["the president of the Bolivian Senate"],
             "Charles Rangel": ["Rep. Charles Rangel"]},
),
dict(
    id="wn-en-kenya-cholera-outbreak",
    source="https://en.wikinews.org/wiki/Over_60_dead_in_Kenya_cholera_outbreak%2C_state_issues_alert",
    license=LIC, retrieved=AMG.format("AMALGUM_news_kenya") + " (two quote boxes repeating SK Sharif's and David Okello's words without quotation marks, with their attribution lines, dropped; 'KSh 17.3' written 'KSh17.3' like 'KSh700,000')",
    text='''Over 60 dead in Kenya cholera outbreak, state issues alert
Saturday, April 12, 2008
State health officials in Kenya issued an alert Thursday after an outbreak of cholera killed over 60 people in the last five months. All health personnel have been advised to actively monitor patients with diarrhea, and the government issued a ban on preparing and eating food in public gatherings.
Nyanza Province, with 750 infections and 45 deaths, has felt the brunt of the outbreak. Over 1,200 cases have been reported in the provinces of Nyanza, Rift Valley, North Eastern and Western. According to Agence France-Presse, officials have reported 45 people dead in Nyanza Province, 12 in North Eastern Province and seven in Rift Valley Province. Health officials have stated that the actual number of deaths due to the outbreak could be higher due to under reporting.
SK Sharif, senior deputy director of health services in Nyanza, commented on contributing factors to the outbreak: "The mass movement of people during the post-election crisis may also have contributed to the outbreak of the disease as people found themselves in areas with inadequate water and sanitation facilities".
Health workers are working to contain the outbreak, and are focusing efforts on areas affected by violence related to the December elections. Suba, Migori, Homabay, Rongo, Siaya, Kisumu, Bondo, Nyando, Kisii, Wajir, Mandera, Naivasha, Nakuru and Bunyala are among the worst affected districts.
The possibility of a disease outbreak in Kenya was previously raised by health officials, specifically in camps where hundreds of thousands of displaced people reside. Revenge killings, tribal fighting and upheaval following the December elections in Kenya has displaced many in the country.
Titus Mung'ou, spokesman for Kenya Red Cross Society, told Agence France-Presse "We are trying to reduce the prevalence of the mix up that may happen by scrutinising food donations that are brought in the camps, but mostly we are ensuring that all the water is well treated".
In a news conference Thursday in Nairobi, Director of Medical Service Dr. James Nyikal said that if urgent measures were not undertaken to control the outbreak, it could become much worse. "Most deaths occurred at home or on the way to hospital," said Dr. Nyikal. Medicines worth KSh17.3 million (GBP 2.4 million) and other equipment worth KSh700,000 (GBP 5,700) has been sent to the affected areas. The Kenyan government has allocated KSh38 million (GBP 11.75 million) to contain the outbreak.
On Friday the Health Ministry requested aid from the United Nations Children's Fund, and Dr. Nyikal stated: "Health workers are a problem and we have written to Unicef, requesting assistance. Already some staff have been dispatched". Dr. Nyikal voiced concerns over high risk areas: "We are particularly concerned by risk areas such as eating premises and bus stops in major towns such as Busia, Kisumu, Kericho, Nakuru, Naivasha, Nairobi, Voi, Mtito Andei and Mombasa".
World Health Organization Country Director Dr. David Okello emphasized the importance of hygiene, stating: "We need to emphasise the importance of water safety and the public needs to adopt the measures of keeping water safe." Dr. Okello stressed that "Boiling drinking water or treating water with chlorine and practising good toilet manners are necessary to avoid contamination".
Cholera is a waterborne disease and causes serious diarrhea and vomiting. The disease can be fatal if it is not treated within 24 hours. Spread of the disease can be prevented by avoiding contaminated drinking water, and practicing proper hand washing before touching food. Southern Sudan also reported an increase in cholera cases recently.''',
    quotes=[
        Q('"The mass movement', 'sanitation facilities"', "SK Sharif"),
        Q('"We are trying', 'well treated"', "Titus Mung'ou"),
        Q('"Most deaths', 'to hospital,"', "James Nyikal"),
        Q('"Health workers are a problem', 'been dispatched"', "James Nyikal"),
        Q('"We are particularly concerned', 'and Mombasa"', "James Nyikal"),
        Q('"We need to emphasise', 'water safe."', "David Okello"),
        Q('"Boiling drinking water', 'avoid contamination"', "David Okello"),
    ],
    aliases={"SK Sharif": ["senior deputy director of health services in Nyanza"],
             "Titus Mung'ou": ["spokesman for Kenya Red Cross Society"],
             "James Nyikal": ["Director of Medical Service Dr. James Nyikal", "Dr. Nyikal"],
             "David Okello": ["World Health Organization Country Director Dr. David Okello", "Dr. David Okello", "Dr. Okello"]},
),
]
