# Held-out English Wikinews articles (tests/data/heldout13-en.jsonl), continued; same source and
# conventions as heldout13_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-supreme-court-doma-unconstitutional",
    source="https://en.wikinews.org/wiki/US_Supreme_Court_rules_Defense_of_Marriage_Act_unconstitutional",
    license=LIC, retrieved=AMG.format("AMALGUM_news_marriage") + " (three photo captions dropped; '5' + '–' + '4' written '5–4'; the closing marks before the full stop of Kennedy's second, Brown's and Huelskamp's quotations, the curly apostrophe in 'people’s' and the copy's 'portions of Defense of Marriage Act' kept)",
    text='''US Supreme Court rules Defense of Marriage Act unconstitutional
Thursday, June 27, 2013
In a ruling released yesterday, the Supreme Court of the United States ruled 5–4 that portions of Defense of Marriage Act (DOMA) are unconstitutional and married same-sex partners should not be prevented from receiving federal benefits including tax and social security benefits, and recognition for the purpose of immigration.
In the majority decision, Justice Anthony Kennedy wrote: "The federal statute is invalid, for no legitimate purpose overcomes the purpose and effect to disparage and to injure those whom the state, by its marriage laws, sought to protect in personhood and dignity." Kennedy said DOMA "writes inequality into the entire United States Code".
The case was brought by 84-year-old Edith Windsor, who was married to Thea Speyer. The State of New York recognised their marriage, but following Speyer's death, Windsor had to pay more than US$300,000 in inheritance tax.
In addition to a decision on the Defense of Marriage Act, the Supreme Court also ruled on a case brought by supporters of Proposition 8 in California, a ballot measure which made same-sex marriage illegal in 2008. The resulting same-sex marriage ban was challenged in the court and a lower court held that the measure was incompatible with the US Constitution. The Supreme Court rejected an appeal by supporters of Proposition 8, arguing they do not have standing to defend in court a law the State of California is unwilling to defend. Therefore the lower court decision holds. California Governor Jerry Brown said: "I have directed the California Department of Public Health to advise the state's counties they must begin issuing marriage licenses to same-sex couples in California as soon as the Ninth Circuit confirms the stay is lifted".
President Barack Obama welcomed the decisions: "When all Americans are treated as equal, no matter who they are or whom they love, we are all more free." Obama instructed Eric Holder, the US attorney general, to ensure the ruling is implemented in federal law.
Anthony Romero from the American Civil Liberties Union said the fight for same-sex marriage rights would now return to the states. Chad Griffin from the Human Rights Campaign, an LGBT rights organization, pledged: "Within five years, we will bring marriage equality to all 50 states."
A number of opponents of same-sex marriage have voiced their opinions on the Supreme Court decision. Michele Bachmann, a Republican congresswoman from Minnesota, stated: "Marriage was created by the hand of God. No man, not even a Supreme Court, can undo what a holy God has instituted. For thousands of years of recorded human history, no society has defended the legal standard of marriage as anything other than between man and woman. Only since 2000 have we seen a redefinition of this foundational unit of society in various nations."
Bachmann went on: "Today, the U.S. Supreme Court decided to join the trend, despite the clear will of the people’s representatives through DOMA. What the court has done will undermine the best interest of children and the best interests of the United States."
Kansas Congressman Tim Huelskamp said the "courts have allowed the desires of adults to trump the needs of our children".''',
    quotes=[
        Q('"The federal statute is invalid', 'and dignity."', "Anthony Kennedy"),
        Q('"writes inequality into the entire United States Code"', None, "Anthony Kennedy"),
        Q('"I have directed', 'stay is lifted"', "Jerry Brown"),
        Q('"When all Americans', 'more free."', "Barack Obama"),
        Q('"Within five years', 'all 50 states."', "Chad Griffin"),
        Q('"Marriage was created', 'various nations."', "Michele Bachmann"),
        Q('"Today, the U.S. Supreme Court', 'the United States."', "Michele Bachmann"),
        Q('"courts have allowed', 'our children"', "Tim Huelskamp"),
    ],
    aliases={"Anthony Kennedy": ["Justice Anthony Kennedy", "Kennedy"],
             "Jerry Brown": ["California Governor Jerry Brown"],
             "Barack Obama": ["President Barack Obama", "Obama"],
             "Chad Griffin": ["Chad Griffin from the Human Rights Campaign"],
             "Michele Bachmann": ["Bachmann"],
             "Tim Huelskamp": ["Kansas Congressman Tim Huelskamp"]},
),
dict(
    id="wn-en-tsvangirai-rallies-banned-zimbabwe",
    source="https://en.wikinews.org/wiki/Tsvangirai_campaign_rallies_banned_in_Zimbabwe",
    license=LIC, retrieved=AMG.format("AMALGUM_news_tsvangirai") + " (the opening marks of Chamisa's and Matonga's first quotations, which the copy holds as fragments of their own at the start of the paragraph, attached to their words; the copy's 'United Nations' High Commissioner' and 'deprive people with food' kept)",
    text='''Tsvangirai campaign rallies banned in Zimbabwe
Friday, June 6, 2008
Police in Zimbabwe have stopped opposition leader Morgan Tsvangirai (MDC) en route to a campaign rally. His convoy was then escorted to a police station in Esigodini.
"Tsvangirai and other MDC leaders were detained again in Umzingwane. They are being taken to Esigodini police station," said MDC spokesperson Nelson Chamisa.
Wayne Bvudzijena, a spokesman for the police, said that he was not aware of this incident, but added that roadblocks are used by the police to conduct weapons searches. "Tsvangirai and his convoy are not immune to search," he said. "They can be searched at any roadblock they pass."
Afterwards, the government banned political rallies in support of Tsvangirai, effectively ending his campaigning. Officials said the decision was made to protect the safety of Tsvangirai and MDC party leaders.
George Sibotshiwe, a spokesperson for Tsvangirai, called the ban "a clear indication that the regime will do everything necessary to remain in power," and said its justification was "nonsense."
Earlier today, Tsvangirai was prevented from attending a rally at a mine near Zimbabwe's second-largest city, Bulawayo, when police blocked the road.
"One of our leading vehicles was stopped, then the rest of us were stopped as well. We tried to get an explanation from the police and they said we should have told them in advance that Mr Tsvangirai was going to visit," said Lovemore Moyo, MDC chairman, to AFP. "They then turned us back and we had to use a smaller road to get back to the main road. We are now proceeding."
"We were unable to speak at the mine as we heard at the gate, there were ZANU-PF activists blocking the entrance. We only managed to speak to our local councillors," Moyo said.
Also today, the government announced a ban on all foreign aid groups operating in the country. Some groups, including CARE International had already been banned earlier this week.
"I hereby instruct all PVOs/NGOs to suspend all field operations until further notice," said social welfare minister Nicholas Goche in a statement.
James Elder, a spokesperson for the United Nations Children's Fund (UNICEF), called it "completely unacceptable and hugely concerning. Hundreds of thousands of children are in need of immediate assistance. With the onset of the winter in Zimbabwe, the timing is critical for children who are among the most vulnerable and most in need of support."
US Assistant Secretary of State for African Affairs Jendayi Frazer called on President Thabo Mbeki of South Africa to pressure Mugabe "not to starve the population and to allow international organizations to function."
"It's unbelievable that the government will actually kick out the organizations which are providing services to the people," Frazer said.
Rupert Colville, spokesperson for the United Nations' High Commissioner for Human Rights told Voice of America that halting food aid is unconscionable in the opinion of Louise Arbour.
"To deprive people of food because of an election is a complete perversion of democracy. How can you possibly deprive people with food and then ask for a democratic vote?" Colville said.
Speaking at the United Nations Headquarters, the Zimbabwean ambassador Boniface Chidyauskiku said that the government was not using food as a tool in the election.
"There is no use of food as a political weapon. It is the other way around. It is the relief agencies, followed by the U.S. government, that have been using food as a political weapon," Chidyauskiku said to the Associated Press. "They have gone out into the countryside and they have been telling Zimbabweans that if you don't vote for the opposition, if you don't change your vote, there's no food for you."
Yesterday, United States and United Kingdom diplomats were stopped in their vehicles in an incident the US called "outrageous" and said that they were threatened with being burned alive in their cars.
"Basically, the police told them they were not going anywhere unless they got out of the car," said deputy information minister Bright Matonga. "The police told them they should respect the laws of the country unless they have something to hide."
Two days ago, Tsvangirai was detained for several hours before being released without charges.''',
    quotes=[
        Q('"Tsvangirai and other MDC leaders', 'police station,"', "Nelson Chamisa"),
        Q('"Tsvangirai and his convoy', 'immune to search,"', "Wayne Bvudzijena"),
        Q('"They can be searched', 'they pass."', "Wayne Bvudzijena"),
        Q('"a clear indication', 'remain in power,"', "George Sibotshiwe"),
        Q('"nonsense."', None, "George Sibotshiwe"),
        Q('"One of our leading vehicles', 'going to visit,"', "Lovemore Moyo"),
        Q('"They then turned us back', 'now proceeding."', "Lovemore Moyo"),
        Q('"We were unable to speak', 'local councillors,"', "Lovemore Moyo"),
        Q('"I hereby instruct', 'further notice,"', "Nicholas Goche"),
        Q('"completely unacceptable', 'need of support."', "James Elder"),
        Q('"not to starve the population', 'to function."', "Jendayi Frazer"),
        Q('"It\'s unbelievable', 'to the people,"', "Jendayi Frazer"),
        Q('"To deprive people of food', 'democratic vote?"', "Rupert Colville"),
        Q('"There is no use of food', 'a political weapon,"', "Boniface Chidyauskiku"),
        Q('"They have gone out', 'food for you."', "Boniface Chidyauskiku"),
        Q('"outrageous"', None, "US"),
        Q('"Basically, the police', 'of the car,"', "Bright Matonga"),
        Q('"The police told them they should', 'to hide."', "Bright Matonga"),
    ],
    aliases={"Nelson Chamisa": ["MDC spokesperson Nelson Chamisa"],
             "Wayne Bvudzijena": ["a spokesman for the police"],
             "George Sibotshiwe": ["a spokesperson for Tsvangirai"],
             "Lovemore Moyo": ["MDC chairman", "Moyo"],
             "Nicholas Goche": ["social welfare minister Nicholas Goche"],
             "James Elder": ["a spokesperson for the United Nations Children's Fund (UNICEF)"],
             "Jendayi Frazer": ["US Assistant Secretary of State for African Affairs Jendayi Frazer", "Frazer"],
             "Rupert Colville": ["Colville"],
             "Boniface Chidyauskiku": ["the Zimbabwean ambassador Boniface Chidyauskiku", "Chidyauskiku"],
             "Bright Matonga": ["deputy information minister Bright Matonga"]},
),
dict(
    id="wn-en-brussels-airport-metro-explosions",
    source="https://en.wikinews.org/wiki/Explosions_at_Brussels_airport_and_subway_systems",
    license=LIC, retrieved=AMG.format("AMALGUM_news_explosions") + " (a map caption and a photo caption dropped; the copy's missing punctuation in Versele's 'glass everywhere there was chaos', Tusk's quotation without a full stop, 'have been killed ... today' and 'Thalys have shut down' kept)",
    text='''Explosions at Brussels airport and subway systems
Tuesday, March 22, 2016
At least 26 people, according to Belgian officials, have been killed and many more have been injured today following attacks on transport infrastructure in Brussels, the capital of Belgium. Authorities have stated one of the explosions, at approximately 08:00 (Central European Time, UTC+1) in the check-in area at Brussels Airport, was likely conducted by a suicide bomber. There was a subsequent attack at the Maelbeek/Maalbeek metro station, very close to the offices of the European Commission and the Council of the European Union.
Passengers at the metro station were forced to walk along tracks to escape the blast. The Brussels metro system has been shut down.
Jef Versele, a business traveller intending to fly to Rome, witnessed the events at the airport. In remarks to NBC News, he said, "There was dust everywhere, glass everywhere there was chaos. There were people on the floor everywhere. The roofing came down. It was quite a mess. [...] A lot of people were in panic. I saw a lot of blood, a lot of people were injured. People were crying, on the floor, covered by parts of the roofing. I saw a lot of leg injuries, a lot of people couldn't move anymore. There were quite a lot of people injured. In the departure hall — you saw people storming out, it was like run for your life."
All flights to Brussels Airport have been diverted and the airport has been shut down. Eurostar has stopped the international train service from London and the train company Thalys have shut down their entire network.
Jan Jambon, the Belgian interior minister, said the country's alert level had been at maximum following the capture in Brussels of Salah Abdeslam, who is alleged to have been involved in the attacks in Paris on November 13, 2015.
Charles Michel, Belgium's Prime Minister, described the attacks as "blind, violent and cowardly" and a "dark moment for our country".
Donald Tusk, the president of the European Council, said: "These attacks mark another low by the terrorists in the service of hatred and violence"
The French President, François Hollande, has held a cabinet meeting to discuss security. After the meeting, Hollande said "terrorists struck Brussels but it was Europe that was targeted". The French Prime Minister, Manuel Valls, said: "we are at war. We have been subjected for the last few months in Europe to acts of war."
British Prime Minister David Cameron has convened a COBRA meeting to discuss Britain's response. He said he was "shocked and concerned by the events in Brussels" and pledged Britain would do "everything we can to help". U.S. President Barack Obama has been briefed on the attack during his trip in Cuba. The U.S. Embassy in Brussels has advised U.S. citizens in Belgium to not use public transport and to stay where they are.''',
    quotes=[
        Q('"There was dust everywhere', 'for your life."', "Jef Versele"),
        Q('"blind, violent and cowardly"', None, "Charles Michel"),
        Q('"dark moment for our country"', None, "Charles Michel"),
        Q('"These attacks mark', 'hatred and violence"', "Donald Tusk"),
        Q('"terrorists struck Brussels', 'was targeted"', "François Hollande"),
        Q('"we are at war.', 'acts of war."', "Manuel Valls"),
        Q('"shocked and concerned by the events in Brussels"', None, "David Cameron"),
        Q('"everything we can to help"', None, "David Cameron"),
    ],
    aliases={"Jef Versele": ["a business traveller intending to fly to Rome"],
             "Charles Michel": ["Belgium's Prime Minister"],
             "Donald Tusk": ["the president of the European Council"],
             "François Hollande": ["The French President", "Hollande"],
             "Manuel Valls": ["The French Prime Minister"],
             "David Cameron": ["British Prime Minister David Cameron"]},
),
]
