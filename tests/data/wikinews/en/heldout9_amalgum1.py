# Held-out English Wikinews articles (tests/data/heldout9-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum_extra/news/xml/AMALGUM_news_*.xml, the
# corpus' extra news part, files whose short title starts with a-l; none of these articles is used in
# an earlier set), detokenized by hand like heldout8_amalgum*.py. Annotated by reading the articles,
# before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-yemen-london-conference",
    source="https://en.wikinews.org/wiki/International_conference_agrees_on_plan_for_Yemen%27s_terror_problem",
    license=LIC, retrieved=AMG.format("AMALGUM_news_agrees") + " (two quote boxes repeating Clinton's and Miliband's words from the body without quotation marks, with their attribution lines, dropped; the copy's 'meed' for 'meet' kept)",
    text='''International conference agrees on plan for Yemen's terror problem
Thursday, January 28, 2010
An international conference in London on Tuesday came up with a plan to fight al-Qaeda's presence in Yemen. Delegates present at the conference were from twenty countries, including Yemen, the United Kingdom, and the United States.
The conference was called by British Prime Minister Gordon Brown due to the failed Christmas Day plot to blow up a US plane, for which al-Qaeda in Yemen claimed responsibility. However, the attendees stress that the al-Qaeda presence is not Yemen's only problem, and that it cannot be solved without first dealing with the others.
Hillary Clinton, the US Secretary of State, said that bringing peace to Yemen and making it more stable is a major priority for the United States. She said that the United States had signed a three-year agreement on security development in Yemen. "To help the people of Yemen, we — the international community — can and must do more. And so must the Yemeni government," she said.
Clinton said that she does not believe that military action would be enough to solve Yemen's problems, and that corruption must be combated as well as building up democratic institutions and promoting human rights. She asked that the government of Yemen begin its proposed ten-point program for the development of these areas and to reduce the influence of extremist organisations.
Yemen is the poorest nation in the Arab world, and its economy was also on the meeting's agenda. The United Kingdom's Foreign Secretary David Miliband chaired the talks, and said that the Yemeni government had pledged to begin an attempt to combat this by entering into discussions with the International Monetary Fund, representatives of which were present at the conference, in order to put together a plan for its economy.
Miliband also announced that a "Friends of Yemen" organisation was to be launched, to discuss the economy, government, and judicial process of Yemen. Also present were delegates from the United Nations, European Union, and World Bank. Miliband acknowledged that the solution was not simply a military one by saying at a press conference, "It's been a common feature of every contribution that we have heard today that the assault on Yemen's problems cannot begin and end with its security challenges and its counter-terrorism strategy. In tackling terrorism it is vital to tackle its root causes. In Yemen's case these are manifold — economic, social and political".
Ali Mujawar, the Prime Minister of Yemen, received this support warmly, but said that any attack on the nation's sovereignty would be considered "unacceptable", and that it should not be portrayed as a failing nation, despite a multitude of problems, including its damaged economy, rapidly growing population, and shrinking oil reserves, as well as the beginning of a drought and its problems with insurgents, such as al-Qaeda terrorists. British Foreign Office Minister Ivan Lewis echoed Mujawar's statements by saying that Yemen is "not a failed state", but "an incredibly fragile state". Lewis also said that "[s]upporting the government of Yemen is crucial to the stability of that country but it is also crucial to the stability of the world".
Yemen's Foreign Minister, Abu Bakr al-Qirbi, asked the delegates at the conference for "international support to build infrastructure, combat poverty and create jobs, as well as support in combating terrorism". However, he said that the idea of having US military bases in Yemen was "inconceivable".
Arab League secretary general Amr Moussa is unsure how useful the meeting will be. He expressed these concerns by telling the BBC, "I don't know how a conference like that can decide something useful, something reasonable for Yemen ... in a couple of hours", and saying that it was a "strange" and "very unusual sign" that the Arab League had not been given the chance to send delegates to the conference, despite wanting to discuss all of Yemen's problems without specific focus on al-Qaeda. Despite these concerns, donors from a number of Western and Gulf nations have agreed to meed again, this time in the Saudi Arabian capital city of Riyadh, in February.''',
    quotes=[
        Q('"To help the people of Yemen', 'Yemeni government,"', "Hillary Clinton"),
        Q('"Friends of Yemen"', None, None),
        Q('"It\'s been a common feature', 'social and political"', "David Miliband"),
        Q('"unacceptable"', None, "Ali Mujawar"),
        Q('"not a failed state"', None, "Ivan Lewis"),
        Q('"an incredibly fragile state"', None, "Ivan Lewis"),
        Q('"[s]upporting the government', 'stability of the world"', "Ivan Lewis"),
        Q('"international support to build', 'combating terrorism"', "Abu Bakr al-Qirbi"),
        Q('"inconceivable"', None, "Abu Bakr al-Qirbi"),
        Q('"I don\'t know how a conference', 'couple of hours"', "Amr Moussa"),
        Q('"strange"', None, "Amr Moussa"),
        Q('"very unusual sign"', None, "Amr Moussa"),
    ],
    aliases={"Hillary Clinton": ["Clinton", "the US Secretary of State"],
             "David Miliband": ["Miliband", "Foreign Secretary David Miliband"],
             "Ali Mujawar": ["Mujawar", "the Prime Minister of Yemen"],
             "Ivan Lewis": ["Lewis", "British Foreign Office Minister Ivan Lewis"],
             "Abu Bakr al-Qirbi": ["Yemen's Foreign Minister"],
             "Amr Moussa": ["Arab League secretary general Amr Moussa"]},
),
dict(
    id="wn-en-bush-middle-east-trip-2008",
    source="https://en.wikinews.org/wiki/Bush_urges_US_allies_in_Middle_East_to_support_Israeli-Palestinian_peace_talks",
    license=LIC, retrieved=AMG.format("AMALGUM_news_allies") + " (the first paragraph ends without a full stop, as in the copy; the opening mark of Dean's quotation, a fragment of its own before the paragraph, attached to its word)",
    text='''Bush urges US allies in Middle East to support Israeli-Palestinian peace talks
Sunday, January 6, 2008
President Bush travels to the Middle East in the coming week in hopes of urging U.S. allies in the region to support Israeli-Palestinian peace talks
The president's first stop is Israel where he says he will encourage Prime Minister Ehud Olmert and Palestinian President Mahmoud Abbas to move forward with peace talks they began in November in the United States.
"This is difficult work. It will require tough decisions on complex questions. But I am optimistic about the prospects. And I will make clear that America is deeply committed to helping both parties realize the historic vision we share: two democratic states, Israel and Palestine, living side by side in peace and security," said Mr. Bush.
After Israel, the president visits Kuwait, Bahrain, the United Arab Emirates, Saudi Arabia, and Egypt. In his weekly radio address, he says he will urge regional leaders to support Israeli-Palestinian talks and will consult with them on the war against extremists.
The president says America will stay engaged in the region because societies growing in tolerance and hope are less likely to become sources of radicalism and violence.
"We will support democrats and reformers from Beirut and Baghdad to Damascus and Tehran," said Mr. Bush. "We will stand with all those working to build a future of liberty and justice and peace."
Analysts and activists in some Middle Eastern countries allied with the United States say 2007 was marked by governments backtracking from steps toward democracy.
During his trip, President Bush will meet with U.S. officials from Iraq for an update on the fighting there.
Public opinion polls say a majority of Americans believe the president's decision to invade Iraq was a mistake. And the deployment of more than 100,000 U.S. troops there is a major issue in this year's presidential campaign.
In the Democratic radio address, party chairman Howard Dean urged American voters to put an end to seven years of Republican rule.
"The Republican candidates stand for the past. They support the president's war in Iraq, the president's veto of children's health care, and they support an endless charge-card mentality, which our children and grandchildren will pay the bill for. The Democrats stand for the future of our country, and the message this November will be clear. If you want to get out of Iraq and refocus America's priority to really fight terrorism, vote for a Democrat for president," said Dean.
In this week's first presidential caucus, more than twice as many Democrats turned out as Republicans. Dean says that shows Americans do not want another Bush term. That cannot happen anyway as the constitution prevents the president from seeking a third term.''',
    quotes=[
        Q('"This is difficult work.', 'peace and security,"', "Bush"),
        Q('"We will support democrats', 'Damascus and Tehran,"', "Bush"),
        Q('"We will stand with all those', 'justice and peace."', "Bush"),
        Q('"The Republican candidates', 'Democrat for president,"', "Howard Dean"),
    ],
    aliases={"Bush": ["President Bush", "Mr. Bush"],
             "Howard Dean": ["Dean", "party chairman Howard Dean"]},
),
dict(
    id="wn-en-fao-diouf-agriculture-investment",
    source="https://en.wikinews.org/wiki/UN_says_more_investment_in_agriculture_needed_to_tackle_world_hunger",
    license=LIC, retrieved=AMG.format("AMALGUM_news_agriculture") + " (a quote box repeating Diouf's last words without quotation marks, with its attribution line, dropped; the opening mark of Diouf's first quotation, tokenized onto the end of the previous sentence, attached to its word)",
    text='''UN says more investment in agriculture needed to tackle world hunger
Thursday, October 22, 2009
The director general of the U.N. Food and Agriculture Organization is calling for more investment in agriculture in the developing world to tackle the problem of food insecurity. Jacques Diouf told Parliamentarians attending the 121st Assembly of the Inter-Parliamentary Union that more than one billion people are going hungry because of under-investment in agriculture during the past two decades.
A recent study by the Food and Agriculture Organization and World Food Program finds most of the more than one billion hungry people in the world live in developing countries. It says no region is immune and hunger is expected to increase everywhere, even in the developed world.
Jacques Diouf, Director General of the Food and Agriculture Organization, says 30 countries were in a situation of grave food crisis, requiring emergency assistance. He says 20 of them are in Africa and 10 in Asia and the Near East. "The events of the last three years, triggered by soaring food prices and followed by the financial and economic turmoil, have demonstrated how fragile our global food system is. This year's increase in hunger is not the result of poor harvests or a shortfall in supplies, but rather is caused by the economic crisis which has reduced the incomes and job opportunities for the poor," he said.
Diouf says under-investment in agriculture and rural development is one of the root causes of the recent global food crisis and the difficulties encountered by the majority of developing countries in dealing with it effectively.
"If people go hungry today it is not because the world is not producing enough food but because it is not produced in the countries where 70 percent of the world's poor live and whose livelihoods depend on farming activities. The challenge is not only to ensure food security for the one billion hungry people today, which is certainly an enormous task, but also to be able to feed a world population that is expected to reach 9.1 billion in 2050," he said. He has urged nations to increase food production by 70 percent by 2050, and remarked that "Where there's a will, there's a way."
The FAO chief says studies show GDP growth originating in agriculture is at least twice as effective in reducing poverty as GDP growth originating in other sectors of the economy. He says the solution to food insecurity lies in boosting agricultural production and productivity in poor countries where food shortages are chronic.
Diouf says production has to be increased in the most needy areas, by the most needy people. These are smallholder farmers in rural households.
He says investment in agriculture in developing countries would amount to $44 billion in official development assistance a year. He says the returns from that investment in tackling world hunger would be enormous.''',
    quotes=[
        Q('"The events of the last three years', 'for the poor,"', "Jacques Diouf"),
        Q('"If people go hungry today', 'in 2050,"', "Jacques Diouf"),
        Q('"Where there\'s a will, there\'s a way."', None, "Jacques Diouf"),
    ],
    aliases={"Jacques Diouf": ["Diouf", "The FAO chief",
                               "Director General of the Food and Agriculture Organization"]},
),
dict(
    id="wn-en-indiana-near-miss-airliners",
    source="https://en.wikinews.org/wiki/Two_airliners_come_within_seconds_of_collision_over_Indiana%2C_US",
    license=LIC, retrieved=AMG.format("AMALGUM_news_airliners") + " (the copy's comma before the full stop in '\"a systemic problem,\".' kept)",
    text='''Two airliners come within seconds of collision over Indiana, US
Saturday, November 17, 2007
A midair collision has been narrowly averted between two commercial airliners over Indiana, United States. A Midwest Airlines plane carrying 24 people and a United Express aircraft carrying 31 people came within 600 vertical feet and 1.3 horizontal miles apart.
The eastbound Midwest Airlines jet was accidentally directed to descend into the direct path of the westbound United Express flight. The mistake was made after an air traffic controller erroneously removed the latter aircraft's identification aircraft tag in preparation to handing off the aircraft to the air traffic control centre for a neighbouring sector of airspace.
The Traffic Collision Avoidance System (TCAS) installed in the cockpits of both aircraft sounded emergency warnings advising the pilots to take evasive action. The Midwest Airlines plane promptly pulled up out of danger. Had TCAS not activated, it is believed the jets would have struck each other. "If they didn't suddenly climb, there would have been a convergence," said Midwest spokeswoman Carol Skornicka.
Had the aircraft struck each other, they would have been traveling at a combined speed of about 700 m.p.h. Airspeed would normally be higher, but congestion around O'Hare International Airport had slowed things down. The incident occurred at the end of a rush period, during a change in shift at the control centre.
Jeffrey Richards, president of the National Air Traffic Controllers Association, told reporters that pilots had mentioned three times in the course of the flight how close aircraft were coming, quoting them as saying to air traffic control on one occasion "Center, you really lined us up on that last clearance."
Near air misses are classified on a scale of D to A by the Federal Aviation Authority, A being the most serious. The incident was classed as a B, the third incident of such severity in just six weeks caused by mistakes at Chicago Centre. The minimum permitted distance for aircraft traveling at an altitude of 25,000 feet, as these two were, is five horizontal miles and 1,000 vertical feet.
Richards said that on the night of the incident controllers at Chicago Centre had been working close to the two hour working limit between rest breaks. "These controllers are fatigued from working such long stints and very few breaks compared to just three years ago," said Richards, who added that this was particularly true of the 26-year-old veteran who made the mistake. "Each of his sessions were right up to the two-hour limit," Richards said, adding that he was nearing the end of his shift and had returned from a break just minutes before the near-collision.
Richards said that at the time the building contained a staff of 11 controllers, five trainees and one supervisor, which is one supervisor and one controller lower than usual. He went on to say that before a retirement wave, 17 controllers monitored the airspace. He says this is a part of a larger issue whereby retirements are exhausting the supply of skilled operators, in what he describes as "a systemic problem,".
This latest incident raises important safety issues at Chicago Centre, which is currently undergoing a dispute between the controllers union and management over how many controllers are adequate to run the centre. The site is soon to have to handle large quantities of traffic as an annual holiday season starts. However, the FAA says that it currently has no issues with staffing at the facility, although Richards contends that low levels of staff and increasing workloads have long been a worrying factor at the facility.
Skornicka said of the incident that it was "part of a bigger debate taking place," and that she felt "this is just one situation that highlights the need for modernization and overhaul of the air traffic control system."''',
    quotes=[
        Q('"If they didn\'t suddenly climb', 'a convergence,"', "Carol Skornicka"),
        Q('"Center, you really lined us up', 'last clearance."', None),
        Q('"These controllers are fatigued', 'three years ago,"', "Jeffrey Richards"),
        Q('"Each of his sessions', 'two-hour limit,"', "Jeffrey Richards"),
        Q('"a systemic problem,"', None, "Jeffrey Richards"),
        Q('"part of a bigger debate taking place,"', None, "Carol Skornicka"),
        Q('"this is just one situation', 'air traffic control system."', "Carol Skornicka"),
    ],
    aliases={"Carol Skornicka": ["Skornicka", "Midwest spokeswoman Carol Skornicka"],
             "Jeffrey Richards": ["Richards",
                                  "president of the National Air Traffic Controllers Association"]},
),
dict(
    id="wn-en-andy-martin-2016-campaign",
    source="https://en.wikinews.org/wiki/%27Birther_King%27_announces_2016_campaign_for_U.S._president",
    license=LIC, retrieved=AMG.format("AMALGUM_news_announces") + " (the fragment 'Via press release' and the following lower-case sentence joined as in the copy)",
    text=''''Birther King' announces 2016 campaign for U.S. president
Sunday, August 16, 2015
Via press release on Friday, Andy Martin, a perennial candidate for political office and self-proclaimed "Birther King", announced he is seeking the U.S. Republican Party's 2016 presidential nomination, his fourth bid for the White House. In his announcement and subsequent release, Martin expresses a desire to participate in Republican presidential debates and aligns himself with fellow Republican presidential candidate Donald Trump. Additionally, he outlines six reasons for running, including degrading the candidacy of former Florida governor Jeb Bush, who is also seeking the Republican nomination.
"I have been a loyal Republican," says Martin in his announcement, "loyal to the principles of our party but not necessarily loyal to some of its failed leaders."
Martin, best known for spreading multiple conspiracy theories concerning the birth and religion of U.S. President Barack Obama, previously ran for the Democratic Party presidential nomination in 1988, and unsuccessfully sought the backing of the Republican Party in 2000 and 2012. In 2012, he received a total of 19 votes in the New Hampshire Primary, the only primary ballot on which he appeared.
For 2016, Martin does not harbor high expectations of electoral success, though he hopes to receive an invitation to the debates. In reference to the seventeen candidates invited to the two August 6 Fox News debates, Martin casts himself as the "eighteenth candidate," willing to participate in the second-tier debate. Moreover, he declares himself as the "second-most exciting" candidate, reserving first place for Trump, whom Martin praises throughout his announcement. Although he described Trump's previous foray into politics as a "charade" during a 2011 interview with Wikinews, Martin now sees himself as Trump's "tag team" partner in attacking the Bush candidacy.
"Trump has the raw media power to weaken Bush," says Martin, "I have the negative information and hardball media tactics to make Bush a toxic candidate for the Republican base."
Martin adamantly opposes Bush because of the foreign policy of the candidate's brother, former President George W. Bush. He also criticizes Bush for his alleged economic benefit from the collapse of Lehman Brothers, labeling Bush as a "front man for a handful of corrupt plutocrats that have raped [the nation's] economy." Martin has previously criticized the Bush family during his 2000 campaign, when he ran television ads accusing then-presidential candidate George W. Bush of abusing cocaine and alcohol.
In addition to preventing Bush from gaining the Republican nomination, Martin intends to focus his campaign on protecting the prestige of the New Hampshire Primary and Iowa Caucus, defending the economic legacy of Founding Father Alexander Hamilton, combating political correctness, emphasizing U.S. relations with Greece, and fighting political corruption.
Martin filed paperwork with the Federal Election Commission last month to run for president in 2016 officially. He joins 139 other Republican Party presidential candidates who have done likewise.''',
    quotes=[
        Q("'Birther King'", None, None),
        Q('"Birther King"', None, None),
        Q('"I have been a loyal Republican,"', None, "Andy Martin"),
        Q('"loyal to the principles', 'failed leaders."', "Andy Martin"),
        Q('"eighteenth candidate,"', None, "Andy Martin"),
        Q('"second-most exciting"', None, "Andy Martin"),
        Q('"charade"', None, "Andy Martin"),
        Q('"tag team"', None, "Andy Martin"),
        Q('"Trump has the raw media power', 'weaken Bush,"', "Andy Martin"),
        Q('"I have the negative information', 'Republican base."', "Andy Martin"),
        Q('"front man for a handful', 'economy."', "Andy Martin"),
    ],
    aliases={"Andy Martin": ["Martin"]},
),
]
