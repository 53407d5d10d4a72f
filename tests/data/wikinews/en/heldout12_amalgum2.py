# Held-out English Wikinews articles (tests/data/heldout12-en.jsonl), continued; same source and
# conventions as heldout12_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-niu-campus-shooting",
    source="https://en.wikinews.org/wiki/Six_dead_in_campus_shooting_at_Northern_Illinois_University",
    license=LIC, retrieved=AMG.format("AMALGUM_news_shooting") + " (the list of surviving victims kept as one line per item; the opening mark of Broxton's quotation, which the copy holds as a fragment of its own at the start of the paragraph, attached to its word; the copy's stray apostrophe in 'J.D. Donohue'' kept)",
    text='''Six dead in campus shooting at Northern Illinois University
Thursday, February 14, 2008
Six people were killed and 16 others injured in a shooting at the Northern Illinois University in DeKalb, Illinois, United States.
Reports indicate that the shooter emerged from a curtain or a screen at the front of an auditorium in Cole Hall armed with a shotgun and two pistols and began shooting.
Authorities have tentatively identified the shooter as Stephen Kazmierczak. NIU officials said the shooter was enrolled at the university as late as the spring semester of 2007, and was now a student at the University of Illinois in Urbana-Champaign.
Many of the victims were taken to local hospitals. Kishwaukee Community Hospital reported a total of 18 patients brought to the hospital. Of the 18, only two were admitted. Eight of the patients were discharged later in the day, while seven were transferred to other regional hospitals for treatment. One victim died at Kishwaukee Hospital, another died after being transferred to St. Anthony's Hospital in Rockford, while the other four fatalities were confirmed at the scene.
News about the shooting emerged at 3:20 p.m. CST, when a special campus notice was posted on the university's website, indicating the presence of a gunman on campus. Twenty minutes later, NIU announced the cancellation of all classes for the remainder of the evening, and ten minutes after that announcement, NIU officials confirmed there had been a shooting and that emergency personnel were handling the situation.
"The ambulance took away two students on the ground right outside my dorm," Dominique Broxton, a student at NIU, told the Chicago Tribune. "I don't know them. They looked bloody. Where I am right now, there are a lot of police, at least a dozen. There are police cars and trucks everywhere." George Gaynor, a student in the lecture hall when the shooting occurred, added that the shooter looked like "a skinny white guy with a stocking cap on."
The DeKalb County coroner has released the names of all those killed in the attack. In addition to the shooter, those killed included Daniel Parmenter, 20; Catalina Garcia, 20; Ryanne Mace, 19; Julianna Gehant, 32, and Gayle Dubowski, 20. All were students at NIU. Chicago news outlets are also reporting names of four of the surviving victims:
Joseph Peterson, a graduate assistant and instructor of the course in session at the time of the shooting.
Patrick Korellias, a student in the class at the time of the shooting.
J.D. Donohue', a student in the class at the time of the shooting.
Ah-Num Rahman, a student in the class at the time of the shooting.
Rahman was transferred to Good Samaritan Hospital in Downers Grove with shotgun wounds to both arms and the side of her face. The other three remain at Kishwaukee Community Hospital.
NIU president John Peters released some details about the shooter during a press conference following the shooting. Kazmierczak had been a student at NIU but transferred to the University of Illinois at Urbana-Champaign for the current academic year. He was pursuing a graduate degree in sociology, with an emphasis in peace and social justice. Kazmierczak won a Dean's Award for a project in 2006, and was active in the student government while at NIU. Officials at a press conference also indicated that Kazmierczak was taking medication for an unspecified condition, and discontinued use of that medication approximately two weeks prior to the shooting.
The campus of Northern Illinois University is closed until further notice, and officials have announced the cancellation of all athletic events, home and away, through at least Sunday, February 17.''',
    quotes=[
        Q('"The ambulance took away', 'my dorm,"', "Dominique Broxton"),
        Q('"I don\'t know them.', 'trucks everywhere."', "Dominique Broxton"),
        Q('"a skinny white guy with a stocking cap on."', None, "George Gaynor"),
    ],
    aliases={"Dominique Broxton": [],
             "George Gaynor": []},
),
dict(
    id="wn-en-scotland-says-no-referendum",
    source="https://en.wikinews.org/wiki/Scotland_says_%27No%27_in_independence_referendum",
    license=LIC, retrieved=AMG.format("AMALGUM_news_scotland") + " (the times tokenized 'a.' + 'm' / 'a.' + 'm.' written 'a.m' / 'a.m.'; the copy's '22.00 p.m. Overnight', the missing comma after 'March of 2013' and the lowercase 'concluding' and 'and that' after closed quotations kept)",
    text='''Scotland says 'No' in independence referendum
Friday, September 19, 2014
Residents of Scotland voted against becoming an independent nation yesterday in the Scottish independence referendum. The country is to remain part of the United Kingdom. In a turnout of 84.6% of some 4.3 million eligible voters, 55% voted against and 45% voted for the proposition "Should Scotland be an independent country?".
Polling stations opened at 7.00 a.m on the 18th with queues outside some of the 5,579 stations, and many were busy until the polls closed at 22.00 p.m. Overnight, after the first result was announced at 1:30 a.m., the "No" vote slowly edged ahead. Just after 6:00 a.m., with the declaration of the results for Fife, the "No" campaign attained an unassailable lead. With the final declaration by the Highland Council this gave a final total of 1,617,989 "Yes" and 2,001,926 "No" votes.
When the referendum was announced in March of 2013 Australia's ABC reported that opinion polls showed only 30% of the Scottish population supported independence, with 50% favouring the preservation of the Union. On the eve of the referendum this had narrowed to "No" 45%, "Yes" 41% with 14% remaining undecided. With a greater margin than recent polls had suggested the majority of these undecided voters ultimately voted "No" to win it for the pro-union camp.
Celebrating the continuation of the Union, Alistair Darling, leader of the pro-union Better Together campaign, addressing "No" campaign workers said "You represent the majority of opinion and your voices have been heard. We have taken on the argument and we have won, the silent have spoken." concluding "Come on Scotland, let's get on with it together."
Following the defeat, a defiant Alex Salmond, leader of the pro-independence Scottish National Party, said "Thank you to Scotland for 1.6 million votes for Scottish independence" and "Scotland by majority has decided not at this stage to become an independent country". Salmond concluded: "Let us not dwell on the distance we have fallen short, but on the distance we have come."
David Cameron, Prime Minister of the United Kingdom, said "The people of Scotland have spoken and it is a clear result. They have kept our country of four nations together and like millions of other people I am delighted."
On the package of greater devolved powers for Scotland promised late in the day to the Scottish people, Cameron said: "We will ensure that those commitments are honoured in full." and that "We have delivered on devolution and we will do so in the next parliament." Promising that in delivering the "vow" a parallel process will address the West Lothian question and work towards greater devolution of powers to Wales, Northern Ireland, and at Westminster, English only votes on English issues.
David Cameron must now negotiate with the Westminster parties and convince them — especially some within his own party — to pass legislation through Westminster to enable this before the March 2015 date promised.''',
    quotes=[
        Q("'No'", None, None),
        Q('"Should Scotland be an independent country?"', None, None),
        Q('"No"', None, None, 0),
        Q('"No"', None, None, 1),
        Q('"Yes"', None, None, 0),
        Q('"No"', None, None, 2),
        Q('"No"', None, None, 3),
        Q('"Yes"', None, None, 1),
        Q('"No"', None, None, 4),
        Q('"No"', None, None, 5),
        Q('"You represent the majority', 'have spoken."', "Alistair Darling"),
        Q('"Come on Scotland', 'it together."', "Alistair Darling"),
        Q('"Thank you to Scotland', 'Scottish independence"', "Alex Salmond"),
        Q('"Scotland by majority', 'independent country"', "Alex Salmond"),
        Q('"Let us not dwell', 'we have come."', "Alex Salmond"),
        Q('"The people of Scotland', 'I am delighted."', "David Cameron"),
        Q('"We will ensure', 'in full."', "David Cameron"),
        Q('"We have delivered', 'next parliament."', "David Cameron"),
        Q('"vow"', None, None),
    ],
    aliases={"Alistair Darling": ["leader of the pro-union Better Together campaign"],
             "Alex Salmond": ["Salmond"],
             "David Cameron": ["Prime Minister of the United Kingdom", "Cameron"]},
),
dict(
    id="wn-en-somali-parliament-rejects-dismissal",
    source="https://en.wikinews.org/wiki/Somali_parliament_rejects_president%27s_dismissal_of_prime_minister",
    license=LIC, retrieved=AMG.format("AMALGUM_news_parliament") + " (the opening mark of Hussein's first quotation, tokenized onto the end of the previous sentence, attached to its word; link fragments 'UN'+'-sponsored' joined; the copy's 'Somali-backed' and 'hardliner' kept)",
    text='''Somali parliament rejects president's dismissal of prime minister
Monday, December 15, 2008
Somalia's parliament overwhelmingly voted Monday to keep Nur Hassan Hussein as their prime minister, blocking President Abdullahi Yusuf Ahmed's attempt at dismissing the prime minister and his "corrupt, inefficient" government.
President Yusuf announced his motion to dismiss Hussein on Sunday, saying his government was "unable to perform its duties" in matters such as dealing with the Islamic militants who have taken over most of the country. The latest dispute between the two involved efforts to reconcile with the Alliance for the Re-liberation of Somalia (ARS), the country's main opposition group. The UN-sponsored peace process has been decried by Yusuf as dealing with terrorists.
Hussein countered that the president had no authority to strip the prime minister of his post, and that the transitional federal charter required the approval of parliament for such an action. "The president was speaking in his usual personal capacity, contrary to the rules and regulations," Hussein said prior to the special parliamentary session in Baidoa.
Despite Yusuf's hope that the parliament would endorse his decision, members of parliament were strongly supportive of Hussein's government, with 143 members recognizing the government's legitimacy, 20 rejecting its legitimacy and 7 abstaining. "Therefore the government of Hassan Hussein is legitimate," said Aden Mohamed Nur, the parliamentary speaker.
Hussein, whom Yusuf appointed little more than a year ago after the resignation of Ali Mohamed Gedi, had previously survived a vote of no confidence in September, when he faced accusations of embezzling state funds.
"The only obstacle in front of my government was the president," Hussein told members of parliament after the vote, "and since I have the confidence of the MPs I hope it will be effective henceforth." Yusuf had no immediate comment on the vote, but he had previously stated he would comply with parliament's decision if they chose to block his dismissal.
The relationship between the president and prime minister has grown increasingly strained over the issue of Islamic militancy. Yusuf has blamed the prime minister for the instability plaguing the politically fragile state, while Hussein has accused the president of trying to "sabotage" peace efforts between the transitional government and the ARS. Fighting between the Islamic opposition and Somali-backed troops from Ethiopia, the African Union, and the UN has killed thousands of Somalis and displaced millions.
Jean Ping, chairman of the African Union Commission, said the dispute within the transitional government has the potential of undermining efforts for "further reconciliation, peace, and stability in Somalia." The UN also issued a statement condemning the dispute, and demonstrators gathered in the streets of Mogadishu to denounce the president's move.
Although moderate Islamists from the ARS have agreed to enter into reconciliation talks, hardliner insurgents have rejected the attempts at peace and continue to take over towns in the central and northern regions of Somalia. Since the fall of the Islamic Courts Union, organizations like Al-Shabaab have become leading insurgent groups. A spokesman for Al-Shabaab told reporters on Sunday that they intend to impose Sharia law on all of Somalia, and that a peace deal would never be accepted.''',
    quotes=[
        Q('"corrupt, inefficient"', None, "Abdullahi Yusuf Ahmed"),
        Q('"unable to perform its duties"', None, "Abdullahi Yusuf Ahmed"),
        Q('"The president was speaking', 'and regulations,"', "Nur Hassan Hussein"),
        Q('"Therefore the government', 'is legitimate,"', "Aden Mohamed Nur"),
        Q('"The only obstacle', 'the president,"', "Nur Hassan Hussein"),
        Q('"and since I have', 'effective henceforth."', "Nur Hassan Hussein"),
        Q('"sabotage"', None, "Nur Hassan Hussein"),
        Q('"further reconciliation', 'in Somalia."', "Jean Ping"),
    ],
    aliases={"Abdullahi Yusuf Ahmed": ["President Abdullahi Yusuf Ahmed", "President Yusuf", "Yusuf"],
             "Nur Hassan Hussein": ["Hussein"],
             "Aden Mohamed Nur": ["the parliamentary speaker"],
             "Jean Ping": ["chairman of the African Union Commission"]},
),
]
