# Held-out English Wikinews articles (tests/data/heldout8-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum_extra/news/xml/AMALGUM_news_*.xml, the
# corpus' extra news part, none of whose articles is used in an earlier set), detokenized by hand
# like heldout5_amalgum*.py. Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-david-mcletchie-dies",
    source="https://en.wikinews.org/wiki/Scottish_politician_David_McLetchie_dies_at_age_61",
    license=LIC, retrieved=AMG.format("AMALGUM_news_mcletchie") + " (the copy's 'lead' for 'led' kept)",
    text='''Scottish politician David McLetchie dies at age 61
Monday, August 12, 2013
David McLetchie, a former leader of the Scottish Conservatives, died today in a hospice in Edinburgh whilst suffering cancer. He was 61.
In 1997, a general election produced no Conservative Members of Parliament from within Scotland for the UK's joint parliament in London. McLetchie took over the Scottish Conservatives the following year and in 1999 eighteen Conservatives were elected to the newly-formed devolved Scottish Parliament.
UK Prime Minister David Cameron said today "when devolution came, [McLetchie] picked up the reins and made sure that the Scottish Conservatives had a strong voice". Cameron also called McLetchie "one of Scottish politics' most formidable intellects and finest debaters. All he did was carried out with dedication and conviction, and his passing leaves a gap in the lives of all who knew him." The Prime Minister said he is "deeply saddened" by the news.
McLetchie lead the party in Scotland for seven years before quitting in 2005 amidst a row regarding expenses claims. He continued to serve as an MSP for the Lothian area until his death. Born in Edinburgh in 1952, he remained there for his school and university education and became a solicitor specialising in inheritance tax before turning to politics, first running for office in 1979.
Current Scottish Conservative leader Ruth Davidson said "First and foremost my deepest condolences go to his wife Sheila and their family. David had so much left to give and it is difficult to describe just what his loss at such a relatively young age means to all who knew him." She said he "had friends in every political party and he was often the fulcrum of some of the most unusual alliances in order to improve, force or block a piece of legislation."
Outside of the Conservative party, Scottish Labour leader Johann Lamont spoke of McLetchie's "passion, drive and determination", noting his ongoing parliamentary work despite ill health. She called his death "a huge loss to the Scottish Parliament". Scottish Liberal Democrat leader Willie Rennie spoke of a "towering figure in this new Scottish parliamentary age... who made a difference" and "commanded immediate respect and trust from friend and foe alike."
Scottish First Minister Alex Salmond called the late politician "an extremely effective leader of the Conservative group in the first Parliament, allowing it to punch politically well above its actual numbers".
McLetchie played golf and followed football and rugby, supporting Hearts. He has a son from a previous marriage, two stepchildren, and four grandchildren. He put his switch from law to politics down to "a combination of a mid-life career change and a mid-life crisis... I wanted the challenge of representing the Conservative Party in a parliament which was an ambition I had harboured since my teens, but which I had not been able to put into effect in the preceding 20 years because of career and family commitments."''',
    quotes=[
        Q('"when devolution came', 'a strong voice"', "David Cameron"),
        Q('"one of Scottish politics\'', 'all who knew him."', "David Cameron"),
        Q('"deeply saddened"', None, "David Cameron"),
        Q('"First and foremost', 'all who knew him."', "Ruth Davidson"),
        Q('"had friends in every political party', 'piece of legislation."', "Ruth Davidson"),
        Q('"passion, drive and determination"', None, "Johann Lamont"),
        Q('"a huge loss to the Scottish Parliament"', None, "Johann Lamont"),
        Q('"towering figure', 'made a difference"', "Willie Rennie"),
        Q('"commanded immediate respect', 'foe alike."', "Willie Rennie"),
        Q('"an extremely effective leader', 'actual numbers"', "Alex Salmond"),
        Q('"a combination of a mid-life', 'family commitments."', "David McLetchie"),
    ],
    aliases={"David Cameron": ["UK Prime Minister David Cameron", "Cameron", "The Prime Minister"],
             "Ruth Davidson": ["Current Scottish Conservative leader Ruth Davidson"],
             "Johann Lamont": ["Scottish Labour leader Johann Lamont"],
             "Willie Rennie": ["Scottish Liberal Democrat leader Willie Rennie"],
             "Alex Salmond": ["Scottish First Minister Alex Salmond"],
             "David McLetchie": ["McLetchie"]},
),
dict(
    id="wn-en-shorts-2008-12-07",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_December_7%2C_2008",
    license=LIC, retrieved=AMG.format("AMALGUM_news_sentamu") + " (item headings kept as lines, the compilation line standing in for the dateline; 'Sources' lists and a 'This story has updates' notice dropped; the copy's 'Sentamu that' without a verb kept)",
    text='''Wikinews Shorts: December 7, 2008
A compilation of brief news reports for Sunday, December 7, 2008.
'Progress' seen in US auto bailout deal
Officials say that progress is being made in a deal to bail out three United States carmakers. The U.S. government will be holding weekend talks on the plan after two days of Congressional hearings.
Dana Perino, the White House press secretary, stated that discussions with both parties had been "constructive".
Executives from the three companies - General Motors, Ford, and Chrysler - have pleaded before two Congressional committees, asking for $34 billion in order to stop collapse.
"I'm convinced that by Sunday we will have an agreement that people can understand on this bill," said Barney Frank, a representative from the state of Massachusetts.
Ghana to hold elections
The people of Ghana, a country often shown of as an example of a good democracy in Africa, will vote for a new president and parliament.
The current president, John Kufuor, will resign after serving the maximum of two terms in office. The elections are expected to be close.
The three main contenders for the presidency are: the Nana Akufo Addo from New Patriotic Party, who was the foreign minister under the current president, John Atta Mills running for the National Democratic Congress, and the Convention People's Party's candidate, one Paa Kwesi Nduom.
Archbishop of York says Mugabe must be overthrown
The Archbishop of York, Dr John Sentamu, said that Zimbabwe's president Robert Mugabe must be forced out of office and face trial for his crimes against humanity.
"The time has come for Robert Mugabe to answer for his crimes against humanity, against his countrymen and women and for justice to be done. The winds of change that once brought hope to Zimbabwe and its neighbours have become a hurricane of destruction, with the outbreak of cholera, destitution, starvation and systemic abuse of power by the state," said Sentamu.
Sentamu that the power-sharing deal that was signed by Mugabe and the Zimbabwean opposition in September was "now dead".
Dr Sentamu's statement comes after a severe cholera outbreak spread in Zimbabwe, and saw 12,545 cases reported and 565 people dead.
Scandal-ridden Congressman loses delayed election
Republicans experienced another victory late Saturday, as the Associated Press called the race in Louisiana's 2nd district at 22:35 CST in favor of Anh "Joseph" Cao, heralding the first Vietnamese-American member of Congress and sending the incumbent scandal-ridden Louisiana Congressman William Jefferson home after nine terms.''',
    quotes=[
        Q("'Progress'", None, None),
        Q('"constructive"', None, "Dana Perino"),
        Q('"I\'m convinced that by Sunday', 'on this bill,"', "Barney Frank"),
        Q('"The time has come', 'by the state,"', "John Sentamu"),
        Q('"now dead"', None, "John Sentamu"),
        Q('"Joseph"', None, None),
    ],
    aliases={"Dana Perino": ["the White House press secretary"],
             "Barney Frank": [],
             "John Sentamu": ["Sentamu", "Dr Sentamu", "The Archbishop of York"]},
),
dict(
    id="wn-en-tony-blair-calgary-speech",
    source="https://en.wikinews.org/wiki/Tony_Blair_speaks_in_Canada",
    license=LIC, retrieved=AMG.format("AMALGUM_news_blair") + " (the copy's 'He become Envoy' and '&amp;' in 'Q&A' written as '&')",
    text='''Tony Blair speaks in Canada
Saturday, October 27, 2007
Tony Blair, United Kingdom's former Prime Minister, made his first public appearance since stepping down as PM yesterday at a speech entitled Global Relations: A Conversation with Tony Blair to an audience of about 2,400 in Calgary, Alberta from noon to 2:30 p.m. in the Telus Convention Centre, sponsored by Toronto-Dominion Bank (TD Canada Trust).
Lunch was served with an authentic Alberta beef steak. Alberta premier Ed Stelmach, Calgary mayor Dave Bronconnier, and other public officials were there. "Congratulations on winning a third term. As a three-term prime minister I can tell you that's when things get rough," Blair told Bronconnier.
During the speech he talked about Canada on the world stage, the controversial military role in Afghanistan, defending the country in war-devastated places, as well as other large issues facing Canada.
Blair said it's not about being on the left or right side of politics, it's about being open or closed.
"If we want to win, we can't just be for democracy and freedom. We have to be for justice and fairness," Blair said to the audience that paid CA$400 to attend the event. "It's a battle of ideas."
"If we're going to fight this terrorism off, we're going to have to show them we're as tough as they are... and stay the course." Blair said even though it'll be a long-road in the war it's important to not give up the fight against "the forces of extremism."
Blair is an Envoy in the Quartet on the Middle East, which is involved in mediating the peace process in the Israeli-Palestinian conflict. He become Envoy the same day he stepped down as PM.
"This morning I looked at your local papers and saw 'Premier Under Fire'. And I thought, 'Oh God, why, what have I done now?' before realising that I wasn't PM anymore. I'm still adjusting."
He also commented about Alberta's oil and gas royalty dispute saying, "I'm just glad it's not my decision," and after three terms of being PM he's "learned when to keep my mouth shut." Alberta has the second largest oil reserves in the world and Abu Dhabi National Energy Co. recently made their third offer for $5-billion to buy Alberta-based company Prime West Energy Trust. In relation to that, Blair said, "Calgary is not only the new centre of Canada or North America, but a global centre for the world."
"I often say to people, Canada will become one of the most powerful nations in the world." He also pointed out, "As power grows... so does more responsibility. What you need to do is carry with it your optimistic spirit. You're a country that can easily play as large a role as anyone else."
"Optimism is something you get very easily when you come to Canada," he said relating to Canada's strong alliances with other countries. He said Canada has a "can-do" attitude.
After, he sat down with former premier of New Brunswick Frank McKenna, now TD Bank's deputy chairman, in green armchairs, part of TD's advertising campaign, and had a Q&A period.
Journalists were not allowed to use cameras or recording devices during the event as ordered by Scotland Yard, the Globe and Mail reports, who were told by event organisers.
Blair also praised Canada's wine, "This is a secret you've just got to get out."''',
    quotes=[
        Q('"Congratulations on winning', 'things get rough,"', "Tony Blair"),
        Q('"If we want to win', 'justice and fairness,"', "Tony Blair"),
        Q('"It\'s a battle of ideas."', None, "Tony Blair"),
        Q('"If we\'re going to fight', 'stay the course."', "Tony Blair"),
        Q('"the forces of extremism."', None, "Tony Blair"),
        Q('"This morning I looked', 'I\'m still adjusting."', "Tony Blair"),
        Q('"I\'m just glad it\'s not my decision,"', None, "Tony Blair"),
        Q('"learned when to keep my mouth shut."', None, "Tony Blair"),
        Q('"Calgary is not only', 'centre for the world."', "Tony Blair"),
        Q('"I often say to people', 'nations in the world."', "Tony Blair"),
        Q('"As power grows', 'as anyone else."', "Tony Blair"),
        Q('"Optimism is something', 'come to Canada,"', "Tony Blair"),
        Q('"can-do"', None, "Tony Blair"),
        Q('"This is a secret', 'to get out."', "Tony Blair"),
    ],
    aliases={"Tony Blair": ["Blair"]},
),
dict(
    id="wn-en-maliwal-child-rape-protest",
    source="https://en.wikinews.org/wiki/India%3A_Head_of_Delhi_Commission_on_Women_calls_for_prompt_capital_punishment_for_child_rape",
    license=LIC, retrieved=AMG.format("AMALGUM_news_rape"),
    text='''India: Head of Delhi Commission on Women calls for prompt capital punishment for child rape
Saturday, February 3, 2018
On Wednesday, following the rape in India's capital, New Delhi, of an eight-month-old girl, Swati Maliwal, head of the Delhi Commission for Women, announced she was beginning a 30-day Satyagrah Aandolan — a form of non-violent civil protest — to persuade the Government of India to impose the death penalty promptly when offenders rape children. She asked for others to join in her protest action.
As reported in the Indian press on Monday, the baby girl was initially in critical condition after she was raped on Sunday at her home in Subhash Nagar in western New Delhi while her parents were at work. According to the police and a statement by the baby's father to the agency Asian News International, when the mother returned, the baby was crying and was covered in blood. A police spokesman said the baby's 28-year-old cousin was arrested under the Protection of Children from Sexual Offenses Act and Section 376 of the Indian Penal Code.
After Ms Maliwal visited the baby's hospital, she tweeted: "How can Delhi sleep today when 8 month baby has been brutally raped in Capital? Have we become so insensitive or we have simply accepted this as our fate?", and addressed Prime Minister Narendra Modi demanding "stricter laws and more police resources" to combat rape. She said the baby's internal injuries were "horrific" and "inhuman" and had required three hours on the operating table to repair, and she could "still hear her screams and cries". Others responded with tweets calling the rape "monstrous" and "disgusting and disturbing".
In a tweeted statement on Wednesday announcing her protest action, Ms Maliwal demanded offenders who rape children should be executed within six months. "I will not go home for 30 days. I will work in the office throughout the day and at night I will inspect different places of Delhi. I will do double work. I will sleep in the office only. I give 30 days' time to accept my demands." She also demanded a 14,000-person expansion of the Delhi Police and improvements to police software and forensics resources and reform of the prosecution department. She asked "people who understand the severity of such crimes and who really care for their kids" to join her in going house to house throughout Delhi to get the government to meet her demands.
Since the 2012 gang rape and murder of a student on a Delhi bus, there have been widespread protests in India against rape culture and calls for heavier penalties for rape. In response the government has made the law stricter and introduced dedicated 'fast-track' courts. Problems persist. There have been other press reports of child rape in the country in recent years, including the kidnapping and rape of a three-month-old in Hyderabad in 2015 and the kidnapping and rape of an eleven-month-old in Delhi in 2016. National Crime Records Bureau 2016 statistics list 19,765 child rapes, an 82 per cent increase over the previous year.''',
    quotes=[
        Q('"How can Delhi sleep', 'as our fate?"', "Swati Maliwal"),
        Q('"stricter laws and more police resources"', None, "Swati Maliwal"),
        Q('"horrific"', None, "Swati Maliwal"),
        Q('"inhuman"', None, "Swati Maliwal"),
        Q('"still hear her screams and cries"', None, "Swati Maliwal"),
        Q('"monstrous"', None, None),
        Q('"disgusting and disturbing"', None, None),
        Q('"I will not go home', 'accept my demands."', "Swati Maliwal"),
        Q('"people who understand', 'for their kids"', "Swati Maliwal"),
        Q("'fast-track'", None, None),
    ],
    aliases={"Swati Maliwal": ["Ms Maliwal"]},
),
dict(
    id="wn-en-libya-advisers-misrata-photojournalists",
    source="https://en.wikinews.org/wiki/France%2C_Italy%2C_UK_sending_military_advisers_to_Libya%3B_photojournalists_killed_in_Misrata",
    license=LIC, retrieved=AMG.format("AMALGUM_news_misrata") + " (a quote box repeating Hetherington's last tweet without quotation marks, with its attribution line, dropped)",
    text='''France, Italy, UK sending military advisers to Libya; photojournalists killed in Misrata
Thursday, April 21, 2011
France and Italy have announced along with the United Kingdom that they will be sending military advisers to help Libyan rebels in their fight against the forces of Libyan leader Muammar Gaddafi.
Italian Minister for Defence Ignazio La Russa said Wednesday that his country will send ten instructors. French officials said they would send fewer than ten. The British Foreign Secretary, William Hague, said they would send a team that could possibly contain up to twenty advisers.
La Russa said in a news conference that the advisers' roles had yet to be determined, "They won't be on the battlefield. They'll be mentors, they won't accompany them. Training is one thing, participation another."
He further said of the rebels, "They're rich in enthusiasm, they want to fight for liberty, but naturally they are poor in experience and arms." However, La Russa believes that not all the arms the rebels have were taken from the Libyan Army stockpiles, stating, "I don't think they only have arms from the Gaddafi army. Some help arrived." He did not elaborate on the final statement.
Meanwhile, U.S. officials say President Barack Obama's administration plans to give the Libyan opposition $25 million in non-lethal assistance. The officials say the assistance could include items such as vehicles, fuel trucks, protective vests and non-secure radios.
Libya's foreign minister, Abdul Ati al-Obeidi, criticized the dispatch of foreign military advisers, saying it will harm chances for peace in the country. In an interview with the BBC, Obeidi called for a ceasefire followed by a six month period to prepare for an election. "We think any military presence is a step backwards, and we are sure that if this bombing stopped and there is a real ceasefire we could have a dialogue among all Libyans about what they want — democracy, political reform, constitution, election. This could not be done with what is going on now," said Obeidi.
The move comes as UN officials condemn the use of cluster bombs that are in use by pro-Gaddaffi forces, a tactic banned under the Convention on Cluster Munitions, of which Libya is not a signatory.
UN High Commissioner for Human Rights Navi Pillay stated, amidst reports of snipers attacking civilians in many towns, that use of such munitions would "inevitably lead to civilian casualties", whilst also calling for NATO forces to "exercise the utmost caution and vigilance so as not to kill civilians by mistake". Pillay praised the Libyan government for allowing on Monday a U.N. humanitarian base in the capital city of Tripoli.
Meanwhile, fighting has continued between rebel and pro-government forces this Wednesday in the besieged western port city of Misrata, where residents are pleading for international intervention.
British photojournalist Tim Hetherington, who co-directed the documentary film Restrepo, which was nominated for an Academy Award for Best Documentary Feature this year, died from wounds he suffered in an RPG attack in the city.
His colleagues, photographers Chris Hondros and Guy Martin were also severely wounded. Hondros suffered a severe brain injury leaving him in a critical condition and eventually succumbed to his injury at a triage center and Martin, a British citizen, was injured by shrapnel, and is now receiving vascular surgery. Another with the group, Michael Christopher Brown also received shrapnel wounds which were not life-threatening.
Hetherington last updated his Twitter account on Tuesday, which read, "In besieged Libyan city of Misrata. Indiscriminate shelling by Qaddafi forces. No sign of NATO."
Leaders in the rebel-held city called for the urgent intervention of foreign ground troops to protect the 500,000 civilians there, the first such request by anyone among Libya's opposition forces. The rebels' civilian leadership, the Transitional National Council, has however rejected the presence of foreign troops on Libyan soil to help their cause.
Meanwhile, across the country, NATO airstrikes again struck government installations in several cities.''',
    quotes=[
        Q('"They won\'t be on the battlefield.', 'participation another."', "Ignazio La Russa"),
        Q('"They\'re rich in enthusiasm', 'experience and arms."', "Ignazio La Russa"),
        Q('"I don\'t think they only have arms', 'Some help arrived."', "Ignazio La Russa"),
        Q('"We think any military presence', 'going on now,"', "Abdul Ati al-Obeidi"),
        Q('"inevitably lead to civilian casualties"', None, "Navi Pillay"),
        Q('"exercise the utmost caution', 'civilians by mistake"', "Navi Pillay"),
        Q('"In besieged Libyan city', 'No sign of NATO."', "Tim Hetherington"),
    ],
    aliases={"Ignazio La Russa": ["La Russa", "Italian Minister for Defence Ignazio La Russa"],
             "Abdul Ati al-Obeidi": ["Obeidi", "Libya's foreign minister"],
             "Navi Pillay": ["Pillay", "UN High Commissioner for Human Rights Navi Pillay"],
             "Tim Hetherington": ["Hetherington", "British photojournalist Tim Hetherington"]},
),
]
