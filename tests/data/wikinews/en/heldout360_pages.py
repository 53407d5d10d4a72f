# Held-out English news texts (tests/data/heldout360-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5, attribution "Wikinews contributors") from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
# amalgum/news/xml/AMALGUM_news_<word>.xml, words from d to l), detokenized like the heldout3-en to heldout88-en and
# heldout306-en AMALGUM sets: every word, digit, punctuation mark and quotation mark as in the copy (straight or curly),
# only the spacing between tokens restored following ordinary English typography; title = first line, date line =
# second line, then one paragraph per line following the copy's <p> elements; section headings kept as lines.
# Captions, image file lines, pull-quote boxes, match boxes and other navigation dropped. Annotated by reading the
# texts, before whosaid was run on them (rules H1900-H1904 in ANNOTATION.md on top of H1-H1899).
WN = "CC BY 2.5 (Wikinews)"
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout360-en.jsonl

Built by `build.py` from `heldout360_pages.py`. Like heldout3-en to heldout20-en and heldout306-en, these texts are
English Wikinews articles (CC BY 2.5, attribution "Wikinews contributors") taken from the AMALGUM corpus copy
(github.com/gucorpling/amalgum, `amalgum/news/xml/AMALGUM_news_<word>.xml`, read with the `read_file` tool; only file
words from d to l), detokenized like those sets: every word, digit, punctuation mark and quotation mark is as in the
copy (straight or curly), only the spacing between tokens was restored following ordinary English typography (no space
before , . ; : ? ! ) 's n't, none after an opening mark or before a closing one; the copy's `...` tokens are attached
to the word before them, as in heldout306-en). Title = first line, date line = second line, then one paragraph per
line following the copy's `<p>` elements; section headings are kept as lines. Captions, image file lines, pull-quote
boxes (bold quotations without marks with a `— Name` attribution line, repeated from the body), a location dateline,
a football match box and a "Have your say" box were dropped (per document below, rule H1900); AMALGUM's own
annotations (POS, lemmas, entities, RST) were not used for the quote annotation. None is credited to AP, Reuters, AFP
or another third party (the flooding article cites Reuters as the source of one villager's words, in its own text).
Six articles, 2005–2018: a British prime minister's press conference on Afghanistan and Yemen (2010), Ghana's foreign
minister on Kufuor's Kenya mediation (2008), Lula's visit to Chavez (2005), the 2018 World Cup semi-final Croatia v
England, a Chilean deputy's Facebook comment (2011) and floods in China (2011). Files read and not used: `google`
(no quotation), `guantanamo` (one quoted list of names only), `journalists` (its only quotation is in a caption),
`india` (no quotation). None of the six is in a set above or in another helper's worktree: checked by AMALGUM file name
(`AMALGUM_news_karzai`, `_kibaki`, `_lula`, `_fifa`, `_facebook`, `_flooding` occur in no module), by Wikinews URL, and
by two or more distinctive phrases or names per article (`compliment the military`, `renouncing violence`,
`Osei-Adjei`, `peace pipe`, `shoal of small fish`, `Foro de São Paulo`, `pain of defeat`, `hugely proud`,
`Enrique Estay`, `Millaray`, `MOVILH`, `Shou Pengfei`, `671,200`: no hit), grepped in tests/data of the main
checkout and of every /work/wt-* worktree; `Kufuor` and `Marco Aurélio Garcia` hit only other articles
(heldout8-en, heldout119-en; heldout5-en's 2005 World Social Forum article); and no 8-word sequence of the six
texts occurs in any text of the tests/data/*.jsonl files of the main checkout or of any worktree.
The annotation (rules H1900–H1904 in `ANNOTATION.md` on top of H1–H1899) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2010-01-25-gordon-brown-afghanistan-yemen-conference",
    source="https://en.wikinews.org/wiki/Gordon_Brown%3A_Extra_troops_for_Afghanistan%2C_Yemen_security_the_focus_for_int%27l_conference",
    license=WN, retrieved=AMG.format("AMALGUM_news_karzai") + "; the two title fragments joined; the two pull-quote boxes ('We will be announcing new figures ... in the time to come' and 'anything that suggests ... worried about', bold, no marks, each with a '— Gordon Brown' line, repeated from the body) and the photo caption dropped (H1900); the copy's '...' before 'help' attached to 'and'; the copy's 'compliment', 'secretart' and 'Hilary' kept",
    text='''Gordon Brown: Extra troops for Afghanistan, Yemen security the focus for int'l conference
Monday, January 25, 2010
British prime minister Gordon Brown said in his monthly news conference today that a conference on the war in Afghanistan and another on security concerns in Yemen, due to take place over two one-day sessions in London this week, will announce an expansion of the British military presence in Afghanistan.
Brown says that the conference on Thursday will outline projections on forces and training for Afghan soldiers and military police, with the ultimate objective of British forces leaving as soon as the Afghan forces are able to provide their own security. He said that "[t]he London conference will be attended by President Karzai, the U.N. Secretary General Ban, 60 nations will be represented. We will be announcing new figures from NATO forces and for Afghan forces in the time to come and we will be focusing on how the political and civilian surge that we plan in Afghanistan can match and compliment the military surge that is taking place."
United States general Stanley McChrystal, the head of the NATO forces in Afghanistan, also believes that an increase in troop levels could result in the negotiation of peace with the Taliban, as he said in an interview with the UK's Financial Times newspaper. Brown was asked directly whether he believed the same, and responded "Now if at the same time, we can bring over from those people who were previously associated with the Taliban or with groups that were taking action against the coalition forces, by them renouncing violence and agreeing to join the democratic process, then that is of value to the peace process." It is expected that this year Afghanistan will be host to 134,000 soldiers and 90,000 police. Brown also responded to recent promises of 3,000 additional US troops and 500 additional British soldiers by saying "I believe that both for (international) trainers (for Afghan forces) and for forces generally there are still some announcements to be made."
Brown says that he expects Afghan president Hamid Karzai to announce new security measures and initiatives regarding corruption in his government. He said that "President Karzai and his ministers, with the addition of the armed forces and the police have got to show that they can take security control of their country. That is what our aim is and therefore anything that suggests that the government of Afghanistan cannot deal with its corruption problems is something that we must be worried about." A number of delegates — including US secretart of state Hilary Clinton — are expected to press Karzai to focus on security in his nation. The conference was called after last year's Afghanistan elections, which saw many accusations of corruption, with the focus of how NATO forces can ensure a smooth transition of power to local forces.
One day before the Afghan meeting, the conference will meet to discuss the situation in Yemen. Gordon Brown says the international delegates will discuss how they can "strengthen support for Yemen in its efforts against al-Qaida and... help the government of Yemen with development and governance." He says that Britain will make every effort to counter threats made by extremists.''',
    quotes=[
        Q('"[t]he London conference', 'that is taking place."', "Gordon Brown"),
        Q('"Now if at the same time', 'to the peace process."', "Gordon Brown"),
        Q('"I believe that both', 'announcements to be made."', "Gordon Brown"),
        Q('"President Karzai and his ministers', 'must be worried about."', "Gordon Brown"),
        Q('"strengthen support for Yemen', 'development and governance."', "Gordon Brown"),
    ],
    aliases={"Gordon Brown": ["Gordon Brown", "Brown", "British prime minister Gordon Brown"]},
),
dict(
    id="wn-en-2008-01-07-kibaki-seeks-kufuor-mediation",
    source="https://en.wikinews.org/wiki/Kenya%27s_leader_Kibaki_seeks_Ghanaian_president_Kufuor%27s_mediation",
    license=WN, retrieved=AMG.format("AMALGUM_news_kibaki") + "; no captions in the copy; the copy's curly apostrophes (Ghana’s, December’s, don’t, wouldn’t; the first one tokenized apart from its 's') and curly quotation marks kept; the copy's 'advise', 'Odigna' and 'some the peace pipe' kept",
    text='''Kenya's leader Kibaki seeks Ghanaian president Kufuor's mediation
Monday, January 7, 2008
Ghana’s President John Kufuor is expected to travel to Kenya this week to help resolve the escalating violence that has plunged Kenya into a political crisis. This comes after Kenyan President Mwai Kibaki sent an envoy to brief the Ghanaian president, who is also chairman of the African Union on the current situation in Kenya. Kibaki has also reportedly said he is willing to dialogue without pre-condition with opposition leader Raila Odinga of the Orange Democratic Movement who is claiming he won December’s presidential election. Odigna has decided to call off protests that were due to take place tomorrow as a result of the action. He has agreed to take part in the mediation process. This is despite earlier reports that he would not take part in the mediation.
Akwasi Osei-Adjei is Ghana’s foreign minister. He tells VOA reporter Peter Clottey that President Kufuor is concerned about the tensions in Kenya.
“Basically, the president has been invited to Kenya to see for himself the situation and offer advise as to how the two leaders can come together to stop what is happening in Kenya. As you know, people are being killed and there are a lot of disturbances in Kenya and Kenya is like a pillar of a democratic country is now blowing up in our faces. And I don’t think it is for any African country to stand by and more so the chair of the AU (Africa Union) to sit by for such a thing to happen to Kenya. He (president Kufuor) is going there to offer advice,” Osei-Adjei noted.
He reckoned that President Kufuor’s expected trip would yield positive results that would help alleviate the escalating violence in Kenya.
“We hope so. He (President Kufuor) wouldn’t move from Ghana to Kenya not expecting to make a difference to make the situation calm and normal. You know so that is what we expect,” he said.
Osei-Adjei denied speculations that President Kufuor’s mediation efforts could possibly worsen the situation just like in Zimbabwe.
“No, I don’t think so. Zimbabwe is quite a different issue. This is coming out as a result of elections, the recent elections and what is happening that we have to be there to ensure that the two leaders can sit down and then calm the situation,” Osei-Adjei pointed out.
He said President Kibaki invited the Ghanaian president to help solve the escalating violence, which is blamed on the controversy surrounding the December elections.
“Well, the envoy came yesterday to brief the president of Ghana and at the same time the chair of the AU the situation before elections, during elections and after the elections. Upon this then he also added the President (Kibaki) has also asked him to invite the president of Ghana that is President Kufuor of Ghana to be there to help calm the situation. This is what was said yesterday that President Kufuor is going to Kenya to talk to the two leadership and then make them come to if you like some the peace pipe so that things in Kenya will calm down so that of course the necessary things could be done, and then ensure that people go about their normal businesses,” he said.''',
    quotes=[
        Q('“Basically, the president', 'to offer advice,”', "Akwasi Osei-Adjei"),
        Q('“We hope so.', 'what we expect,”', "Akwasi Osei-Adjei"),
        Q('“No, I don’t think so.', 'calm the situation,”', "Akwasi Osei-Adjei"),
        Q('“Well, the envoy', 'their normal businesses,”', "Akwasi Osei-Adjei"),
    ],
    aliases={"Akwasi Osei-Adjei": ["Akwasi Osei-Adjei", "Osei-Adjei", "Ghana’s foreign minister"]},
),
dict(
    id="wn-en-2005-02-17-lula-met-chavez",
    source="https://en.wikinews.org/wiki/Brazilian_President_Lula_met_Chavez%2C_military_and_economic_cooperation",
    license=WN, retrieved=AMG.format("AMALGUM_news_lula") + "; the location map image, the location dateline 'CARACAS, Venezuela —' at the head of the first paragraph, the 'File:Lula-chaves-alliance-2005.jpg' line and the photo caption with its 'Image missing from commons' note dropped (H1900); the section headings 'Economic cooperation' and 'Military cooperation' kept as lines; the two sentences the copy splits after 'members of the Foro' and after 'Joany Kings' / 'Araújo Dantas' joined with a space as in one sentence; currency tokens 'U$' + amount written 'U$2 billion', 'U$900 million', 'U$235 million', 'USS 300 million' as the copy tokenizes; the copy's 'encounteur', 'comitiva', 'in out continent', 'investiment', 'representant', 'harvestors' and 'Roussef' kept",
    text='''Brazilian President Lula met Chavez, military and economic cooperation
Thursday, February 17, 2005
The Brazilian President Luiz Inácio Lula da Silva met the Venezuelan President Hugo Chavez on February 14, 2005 in Caracas, Venezuela. Brazil and Venezuela signed agreements of cooperation on many areas. According to the Brazilian government this was a strategical encounteur. This meeting is the first of three meetings that President Lula will have with South American Presidents in three days. The scheduled meetings are with the presidents of: Venezuela (February, 14), Guiana (February, 15) and Suriname (February, 16).
President Lula was accompanied by the following comitiva: the Minister of Development, Industry, and External Trade Luiz Fernando Furlan, the Minister of Finance Antônio Palocci, the Minister of Foreign Relations Celso Amorim, the Minister of Health Humberto Costa, the Minister of Mines and Energy Dilma Roussef, the Minister of Tourism Walfrido Mares Guia, the President of Petrobras José Eduardo Dutra, the President of National Economic and Social Development Bank (BNDES) Guido Mantega, the President of Eletrobrás Silas Rondeau Cavalcante Silva and the Special Secretary for Aquaculture and Fisheries José Fritsch. In addition a delegation of executives representing enterprises from Brazil accompanied the President.
The Brazilian Ministry of External Relations told the trip aims the construction of a strategical alliance and commercial integration between both countries. The Brazilian Presidential Advisor Marco Aurélio Garcia said: "With this gesture, Brazil will consolidate one of its major political goals, which is the constitution of a South American community of nations". He added: "These agreements with Venezuela are strategical. We want this agreement as a model for other agreements in the region."
According to President Lula the integration of the Latin America is the priority number one of his government. Days before the arrival in Venezuela and commenting about the trip Lula said: "We're going to do the same thing in Colombia and in other countries in which integration is no longer a campaign speech but part of the way we deal with real things, day to day".
The integration of the Latin America is the politics repeatedly proposed by Lula during the meetings of the Foro de São Paulo. According to him and the others members of the Foro there must be a integration among all the left parties and governments of Latin America. The union aims to be an alternative and opposing force to the politics and influence of the richest countries, mainly the United States. Among the organizations which are usually participants of the Foro de São Paulo are: Communist Party of Cuba, Colombian Communist Party, Communist Party of Bolivia, Communist Party of Brazil, Workers' Party, Paraguayan Communist Party, Peruvian Communist Party, Socialist Party of Peru, National Liberation Army, Revolutionary Armed Forces of Colombia, Farabundo Martí National Liberation Front, Guatemalan National Revolutionary Unity, Tupamaros.
On December 4, 2001 during the 10th edition of the Foro de São Paulo in Havana Lula said: "A shoal of small fish may mean the finishing of the hungry in our countries, in out continent. We should not think as the History ended on our journey by the Earth. Even it happens just once, or with one gesture, let's effectively contribute to the improve the life of millions of human beings who live socially excluded by this neoliberal model."
In Venezuela, once again, he brought out the integration wish: "This is the biggest dream I am carrying, that we can negotiate collectively, not like one country, but like a set of countries so we can do that our people may have the chance to conquer the full citizenship."
Economic cooperation
Brazil and Venezuela signed agreements of cooperation in the sectors of electric energy, mining, exploration of oil and gas, science and technology, fishing and agrarian development, military, communication and Defense of the Amazon. They discussed about the creation of the South Development Bank and collaboration in the audio-visual diffusion.
PDVSA (Venezuelan Petroleum S.A.) and Petrobrás (Brazilian Petroleum S.A.) signed a intention protocol for the building of an oil refinery in Brazil. The investiment will be worth of U$2 billion and the expected production is 150 thousand to 200 thousand barrels. Another four agreements were signed covering petroleum exploration and production in Venezuela.
The National Economic and Social Development Bank (BNDES) will liberate U$900 million to finance infrastructure projects in Venezuela.
Contracts worth of U$235 million were ratified. According to the superintendent of the BNDES's Area of Foreign Trade Luiz Antônio Araújo Dantas these U$235 million funds will be for the third line of the Caracas subway, the purchase of harvestors and other agricultural machinery and for the La Vueltosa Hydroelectric Plant.
Military cooperation
Venezuela will support Brazilian candidacy to the United Nations Security Council. Brazil and Venezuela signed agreements of technological and industrial cooperation for aerospace development and Amazonia monitoring.
Brazil will sell to Venezuela 26 attack airplanes type Super Tucano and 12 airplanes type AMX-T manufactured by EMBRAER (Brazil's Aircraft Company). According to the representant of EMBRAER in Venezuela Joany Kings the program will cost USS 300 million in two years.
The Venezuelan Air Force is using 20 old model Tucanos. The new model Super Tucano is equipped with last generation technology and can carry up to 1.15 ton of bombs. The AMX-T model is a two-seat advanced trainer AMX variant which can do strategical attacks from long distance using guided bombs.
Brazil will transfer technology knowledge to Venezuela with the goal to stimulate Venezuelan development in the military field and other areas.''',
    quotes=[
        Q('"With this gesture', 'community of nations"', "Marco Aurélio Garcia"),
        Q('"These agreements with Venezuela', 'agreements in the region."', "Marco Aurélio Garcia"),
        Q('"We\'re going to do', 'real things, day to day"', "Luiz Inácio Lula da Silva"),
        Q('"A shoal of small fish', 'by this neoliberal model."', "Luiz Inácio Lula da Silva"),
        Q('"This is the biggest dream', 'the full citizenship."', "Luiz Inácio Lula da Silva"),
    ],
    aliases={"Marco Aurélio Garcia": ["Marco Aurélio Garcia", "The Brazilian Presidential Advisor Marco Aurélio Garcia"],
             "Luiz Inácio Lula da Silva": ["Luiz Inácio Lula da Silva", "Lula", "President Lula", "Brazilian President Lula",
                                           "The Brazilian President Luiz Inácio Lula da Silva"]},
),
dict(
    id="wn-en-2018-07-13-world-cup-semifinal-croatia-england",
    source="https://en.wikinews.org/wiki/FIFA_World_Cup_2018_semifinals%3A_Croatia_sends_England_home%2C_2-1",
    license=WN, retrieved=AMG.format("AMALGUM_news_fifa") + "; the match box after the last paragraph (kick-off time, score, stadium, attendance, referee, the copy's run-together minute tokens such as '109'Mario' and '97'Kyle') dropped like the heldout3-en whitecaps box (H1900); scores tokenized '2' + '–' + '1' written '2–1'; the headline's '2-1' with a hyphen as in the copy; the copy's 'freekick' and 'FIFA football World Cup final' kept",
    text='''FIFA World Cup 2018 semifinals: Croatia sends England home, 2-1
Friday, July 13, 2018
On Wednesday, Croatia defeated England 2–1 in the semi-final of the 2018 FIFA Football World Cup with Mario Mandžukić scoring the winning goal in the additional time. With this victory, Croatia is in their first-ever FIFA World Cup finals, and they are to face France on Sunday.
Croatia had greater ball possession in the match. Croatian midfielder Luka Modrić committed a foul early in the game, and Dele Alli won a freekick for England in the 4th minute. Kieran Trippier scored from the freekick, giving England an early lead in the match. In the 14th minute, Harry Maguire came close to doubling the lead for England, but missed. Ivan Perišić and Ante Rebić tried to equalise soon after, but were unsuccessful. In the 30th minute, English striker Harry Kane was caught offside from Jesse Lingard's through ball. Raheem Sterling and Šime Vrsaljko also tried their luck before the end of the first half. The first half ended with England having a one-goal advantage.
Just three minutes into the second half, Croatia's forward Mario Mandžukić was yellow-carded. In the 54th minute, English defender Kyle Walker was also booked. Just after the one-hour mark, Ivan Rakitić missed a chance to level for Croatia. In the 68th minute, Croatia got the equalising goal as Perišić scored from Šime Vrsaljko's assist. England made a substitution in the 74th minute when Marcus Rashford came on for Sterling. The second half ended with both sides tied, 1–1.
At the beginning of the additional time, England made another change; Ashley Young was taken off for Danny Rose. Ivan Strinić was injured and Croatia made a substitution in the 95th minute, replacing him with Josip Pivarić. The referee booked Rebić in the 96th minute and he was later replaced by Andrej Kramarić in the 101st minute. Mario Mandžukić came to Croatia's rescue in the 109th minute, scoring from close range from Perišić's assist, which Jordan Pickford could not prevent from going to the back of the English net. Jamie Vardy came on for Walker in the 112th minute. Mandžukić injured himself and Vedran Ćorluka came on for him in the 115th minute. Croatia prevented England from getting an equaliser as the match ended 2–1 and Croatia advanced to their first-ever FIFA football World Cup final.
After the match, England's coach Gareth Southgate said, "At the moment we all feel the pain of defeat. I don't think realistically we expected to be here, but once you're here and played as well as we did, you want to take those opportunities in life. The dressing room is a difficult place at the moment." He also added, saying, "You have to suffer the result first sometimes. I'm hugely proud of what we've done — I couldn't have asked for any more. They've broken through a number of barriers in the past weeks."
Croatian coach Zlatko Dalić said, "Nobody wanted to give in when I was preparing the first eleven, nobody wanted to say I was not ready in extra time, no one wanted to be subbed and this shows character and what makes me proud. Nobody gave up."
Croatia is to play France on Sunday in Moscow for the World Cup title.''',
    quotes=[
        Q('"At the moment we all feel', 'place at the moment."', "Gareth Southgate"),
        Q('"You have to suffer', 'in the past weeks."', "Gareth Southgate"),
        Q('"Nobody wanted to give in', 'Nobody gave up."', "Zlatko Dalić"),
    ],
    aliases={"Gareth Southgate": ["Gareth Southgate", "England's coach Gareth Southgate"],
             "Zlatko Dalić": ["Zlatko Dalić", "Croatian coach Zlatko Dalić"]},
),
dict(
    id="wn-en-2011-06-09-chilean-deputy-facebook-comment",
    source="https://en.wikinews.org/wiki/Chilean_deputy%27s_%27homophobic%27_comment_on_Facebook_causes_controversy",
    license=WN, retrieved=AMG.format("AMALGUM_news_facebook") + "; the two captions (screenshot of the status, MOVILH logo) dropped; the copy's '[' '...' ']' written '[...]', its bracketed insertions '[The government is]', '[f]or', '[Concertación politicians]', '[momio, ...]', '[they say]' and the straight single marks of 'homophobic', 'gay' and 'similar' kept as in the copy; the copy's 'energumens', 'odiousness' and 'As of Wednesday' kept; the strong language of the quoted comment kept as printed",
    text='''Chilean deputy's 'homophobic' comment on Facebook causes controversy
Thursday, June 9, 2011
A "homophobic" comment on Facebook by Chilean deputy Enrique Estay has generated some controversy.
"[The government is] worried about the queers and not about the swarm of concerted bureaucrats who obstruct everything, so that the benefits do not reach to the poorest and middle class," said Estay on his Facebook profile on June 2. "I will not be quiet, until I see changes! [...] It is frustrating to me. A government that is thought to be right-winged, yet it governs with the left-winged ideas and people," he added in a comment.
"Well done, deputy! Simply speak out loud, well spoken, we are only making a country full of queers and lesbians, that's the only thing they [Concertación politicians] care about, instead of leaving them alone and dedicate themselves to work for the poorest," said one of the comments in response to Estay's status.
"It seems like these energumens don't live in Chile; it seems like these persons, so sons-of-bitches, don't understand the reality; it seems like these fucking mummies [momio, pejorative word to call a right-winged person] have their brains connected to their asses, because every thinking, every word [they say] is worth like that, a royal shit (with all the due respect shit deserves)," Facebook user Millaray Essence said on No a Piñera 2010.
Estay's comment was denounced before the Committees of Human Rights (of which Estay is a member) and Ethics of the Chamber of Deputies by the Movement for Homosexual Integration and Liberation (Movimiento de Integración y Liberación Homosexual, MOVILH) on Monday. In a press release, the MOVILH said that "Estay's statements clearly seek to denigrate people because of their sexual orientation and gender identity, which implies a violation of human rights, as well as inciting social, cultural, and political odiousness, which is not at the level of his investiture."
Enrique Estay responded to MOVILH's comments by saying that "[f]or queers we are referring to homosexuals. The term 'gay' is a new expression which means 'similar' and is unrelated to homosexuality." He also said that when calling homosexuals "queers" (maricones), he "didn't mean it to be offensive, though I often say things by their name, as they are, and I have always understood that in Chile homosexuals are the queers." He concluded, saying, "It is my Facebook, and that's the way I used it to specifically mention the homosexuals."
Enrique Estay has represented District 49 (Araucanía Region) in the Chamber of Deputies of Chile since 2006, having been elected twice for the office. He is a lawyer and member of the Independent Democrat Union (UDI), one of Chile's right-wing parties. As of Wednesday, Estay deleted his Facebook status.''',
    quotes=[
        Q("'homophobic'", None, None),
        Q('"homophobic"', None, None),
        Q('"[The government is]', 'and middle class,"', "Enrique Estay"),
        Q('"I will not be quiet', 'ideas and people,"', "Enrique Estay"),
        Q('"Well done, deputy!', 'for the poorest,"', None),
        Q('"It seems like these', 'shit deserves),"', "Millaray Essence"),
        Q('"Estay\'s statements', 'of his investiture."', "Movement for Homosexual Integration and Liberation"),
        Q('"[f]or queers', 'unrelated to homosexuality."', "Enrique Estay"),
        Q('"queers"', None, "Enrique Estay"),
        Q('"didn\'t mean it', 'homosexuals are the queers."', "Enrique Estay"),
        Q('"It is my Facebook', 'mention the homosexuals."', "Enrique Estay"),
    ],
    aliases={"Enrique Estay": ["Enrique Estay", "Estay", "Chilean deputy Enrique Estay"],
             "Millaray Essence": ["Millaray Essence", "Facebook user Millaray Essence"],
             "Movement for Homosexual Integration and Liberation": ["Movement for Homosexual Integration and Liberation",
                                                                    "Movimiento de Integración y Liberación Homosexual",
                                                                    "MOVILH", "the MOVILH"]},
),
dict(
    id="wn-en-2011-06-18-china-flooding-evacuations",
    source="https://en.wikinews.org/wiki/Massive_flooding_in_China%3B_over_550_thousand_evacuated",
    license=WN, retrieved=AMG.format("AMALGUM_news_flooding") + "; the two photo captions and the three pull-quote boxes (bold, no marks, with the attribution lines '— China's Ministry of Civil Affairs', '— Chinese villager' and '— Shou Pengfei, A Chinese villager', repeated from the body) dropped (H1900); the copy's '...' tokens attached to the word before them ('led to... the', 'to get to them... It is')",
    text='''Massive flooding in China; over 550 thousand evacuated
Saturday, June 18, 2011
Heavy June rainfall has forced China to evacuate more than 550,000 people from their homes. Massive floods have devastated the central and southern parts of the country, causing rivers to overflow their banks and triggering mudslides. The rains follow the worst drought in China in over 50 years, which has decimated crop yields.
Overall, 40 rivers have risen above safe limits, stressing dykes and dams including those on China's largest waterway, the Yangtze River, which is flooding downstream while experiencing a severe drought near its source in the north.
China's disaster level has been raised to four, the highest on the scale. In a statement on its website on Friday, China's Ministry of Civil Affairs said, "Since June 13, the damage caused by the rainstorms has led to... the emergency evacuation of 671,200 people to safety."
The current round of heavy rains began in early June. Since then, more than a million and a half people have been displaced in the central and southern regions of the country and at least 168 deaths have been reported. Meteorologists in Beijing are predicting more heavy rain in Sichuan, Guizhou, and Zhejiang this weekend.
The government has mobilized its forces to aid in the massive evacuations. According to Reuters, local authorities are distributing a box of instant noodles and a carton of bottled water to those affected by the flood. But villagers have reported that survival is difficult, especially for those still trapped by the flood waters in small villages, and distribution of aid is slow, with some not receiving any.
A villager was quoted by Reuters: "To be frank, those rescue boats cannot go through those narrow lanes inside the village. A lot of them depend on their relatives rowing small wooden boats to get to them... It is hard to help these people inside there." Another villager, Shou Pengfei said, "Some did not even get any relief items. There is no electricity and you get bitten by mosquitoes all the time."
According to the Beijing Climate Centre, weather trends have shifted drastically. Currently the rain is coming in shorter but fiercer bursts, with protracted periods of drought in between the torrential rain.
The heavy rainfall is not likely to reduce the crop failure caused by months of drought, especially in the north, the heart of China's grain-growing bread basket, where many rivers have dried up. According to reports, the northern countryside has been left devastated by the droughts. Huge dams hundreds of meters wide are now small, muddy pools. Large cities such as Beijing are draining the underground water sources and China is facing a long-term water crisis.
Meanwhile, China is engaged in a huge multi-year engineering project designed to move water to the parched north and away from the flooded south. The North-South water project is a massive series of canals and pipes designed to carry water from the Yangtze and Yellow rivers to Beijing.
It is likely, analysts predict, that Chinese crop shortages will increase food prices worldwide. Even before the latest flooding, the severe drought in the north caused a shortfall in China's crop yields that will likely affect the price of wheat and may propel a price increase in global markets.''',
    quotes=[
        Q('"Since June 13', 'people to safety."', "Ministry of Civil Affairs"),
        Q('"To be frank', 'people inside there."', None),
        Q('"Some did not even', 'all the time."', "Shou Pengfei"),
    ],
    aliases={"Ministry of Civil Affairs": ["Ministry of Civil Affairs", "China's Ministry of Civil Affairs"],
             "Shou Pengfei": ["Shou Pengfei"]},
),
]
