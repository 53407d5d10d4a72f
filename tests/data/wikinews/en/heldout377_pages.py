# Held-out English news texts (tests/data/heldout377-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5, attribution "Wikinews contributors") from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
# amalgum/news/xml, files whose <word> starts with a letter from i to o), detokenized like the heldout3-en to heldout88-en,
# heldout306-en, heldout359-en and heldout368-en AMALGUM sets: every word, digit, punctuation mark and quotation mark as
# in the copy, only the spacing between tokens restored following ordinary English typography; title = first line, date
# line = second line, then one paragraph per line following the copy's <p> elements. Captions, map captions, a pull-quote
# box and a match-statistics box dropped. Annotated by reading the texts, before whosaid was run on them (rules
# H1960-H1964 in ANNOTATION.md on top of H1-H1959).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"
WN = "CC BY 2.5 (Wikinews)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout377-en.jsonl

Built by `build.py` from `heldout377_pages.py`. Like heldout3-en to heldout20-en, heldout39-en, heldout42-en,
heldout82-en, heldout88-en, heldout306-en, heldout359-en and heldout368-en, these texts are English Wikinews articles
(CC BY 2.5, attribution "Wikinews contributors") taken from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
`amalgum/news/xml/AMALGUM_news_<word>.xml`, files whose `<word>` starts with a letter from i to o; found by guessing exact
file names and checking them with the `read_file` tool, read with the `read_file` tool), detokenized by hand like those
sets: every word, digit, punctuation mark and quotation mark is as in the copy (straight marks, and the curly apostrophe
of `aren’t` in the Liverpool article), only the spacing between tokens was restored following ordinary English
typography (no space before , . ; : ? ! ) 's n't, none after an opening mark or before a closing one; `Pakistani` +
`-administered` written `Pakistani-administered`, `[` + `I]t` written `[I]t`, `1,000` + `°` + `C` written `1,000 °C`, the
XML entity `&amp;` written `&`). Where the copy tags a mark as closing although no quotation is open, the mark is
written as the opening mark of the following sentence (rule H1962). Title = first line, date line = second line, then one
paragraph per line following the copy's `<p>` elements. Image captions, map captions, a bold pull-quote box repeating
Kofi Annan's words and a match-statistics box were dropped; AMALGUM's own annotations (POS, lemmas, entities) were not
used for the quote annotation. None is credited to AP, Reuters, AFP or another third party (Reuters appears only as a
medium the speakers talked to, the BBC likewise). Six texts: the UN human rights report on Kashmir of June 2018 (file
`kashmir`), the Kenyan power-sharing agreement of February 2008 (`kenyan`), Muslim reactions to Newsweek's Koran
apology in May 2005 (`muslim`), the POWER Inquiry's final report of February 2006 (`inquiry`), the Echo Arena carpark
fire in Liverpool of January 2018 (`liverpool`) and the 2018 Champions League final (`madrid`). Read for this set and
skipped: `india` (a report summary without quotations), `italy` (Euro 2016, a single quotation), `ireland` (Euro 2016, no
quotation), `manchester` (a 2007 squad list, no quotation); `israeli` and `nuclear` were skipped by earlier sets, `obama`
and `olympic` are in earlier sets; about forty other guessed names (`israel`, `iraq`, `merkel`, `netanyahu`, `nigeria`,
`kosovo`, `lebanon`, `musharraf`, `olmert`, `nasa`, `london`, `moscow`, `microsoft`, `nobel`, `ontario`, ...) do not
exist in the copy.
None of the six is in an earlier set: checked by AMALGUM file name (`AMALGUM_news_kashmir`, `_kenyan`, `_muslim`,
`_inquiry`, `_liverpool`, `_madrid` in no module of tests/data), by URL and title, and by the speakers' names and
distinctive phrases (`Mirwaiz`, `Khurram Parvez`, `fallacious`, `agenda item three`, `springboard for national recovery`,
`Waweru`, `Murugi`, `Jakaya Kikwete`, `Qazi Hussain Ahmad`, `Sadullah`, `Ibrahim Hooper`, `POWER inquiry`, `Helena
Kennedy`, `Oliver Heald`, `Dan Stephens`, `Echo Arena`, `collarbone`: no hit; `Whitaker`, `Newsweek` and `Simon Hughes`
occur only in other, unrelated articles), grepped in tests/data of the main checkout and of every other helper's
worktree.
The annotation (rules H1960–H1964 in `ANNOTATION.md` on top of H1–H1959) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2018-06-17-un-first-human-rights-report-kashmir",
    source="https://en.wikinews.org/wiki/UN_releases_first-ever_human_rights_report_on_Kashmir",
    license=WN, retrieved=AMG.format("AMALGUM_news_kashmir") + "; nothing dropped but the markup; the copy's two tokens 'Pakistani' + '-administered' written 'Pakistani-administered', the XML entity in 'Jammu &amp; Kashmir' written '&'; the bracketed '[an]', the typo 'acceede', the doubled mark sequence ''Gilgit-Baltistan'\"' and the full stops outside the marks kept as in the copy",
    text='''UN releases first-ever human rights report on Kashmir
Sunday, June 17, 2018
On Thursday, the United Nations (UN) released its first-ever report for Kashmir, highlighting several incidents of alleged human rights violations in the last two years in the Indian state of Jammu and Kashmir as well as Pakistani-administered areas of Kashmir, namely Gilgit-Baltistan and Azad Kashmir. The Indian Ministry of External Affairs (MEA) denounced the 49-page report by the UN Office of the High Commissioner for Human Rights, calling it "selective", "malicious" and "fallacious". The report mentions human rights violations including torture, enforced disappearances, sexual violations, administrative detention, violations on the right to health and education, lack of access to justice and arbitrary arrests and detention among others.
Zeid Ra'ad Al Hussein, the UN High Commissioner for Human Rights, said he would urge the UN Human Rights Council "to consider establishing a Commission of Inquiry to conduct a comprehensive independent international investigation into allegations of human rights violation in Kashmir". Hussein was not granted permission, by either India or Pakistan, to visit Kashmir for the report.
Per the report, Pakistan was asked to stop "misuse of anti-terror legislation to persecute those engaging in peaceful political and civil activities and those who express dissent." In July 2016, Indian security forces killed the Hizbul Mujahideen leader Burhan Muzaffar Wani, which led to protests in the Kashmir Valley. In response to the protests, Indian security forces fired metallic pellets, and their activities led to human rights violation, the UN report read. It also accused India of the unlawful killing of about 145 civilians since 2016. The report asked India to "fully respect the right of self-determination of the people of Kashmir as protected under international law."
The MEA issued a statement which read: "India rejects the report. It is fallacious, tendentious and motivated. We question the intent in bringing out such a report. It is a selective compilation of largely unverified information. It is overtly prejudiced and seeks to build a false narrative." Per the constitution of Jammu and Kashmir it "is and shall be an integral part of the Union of India" while Pakistan's constitution does not mention Azad Kashmir or Gilgit-Baltistan in its territories, but has a provision for relations with Pakistan subject to Jammu and Kashmir people's decision to acceede to Pakistan. The MEA added in their statement, "Cross-border terror and incitement are aimed at suppressing the will of the people of Jammu & Kashmir, disrupting its political and social fabric and undermining India's integrity".
Unlike India, the report was welcomed by Pakistan. In a press release, the Foreign Office said Pakistan "welcomes the proposal by the UN High Commissioner for Human Rights to establish a Commission of Inquiry for [an] international investigation into human rights violations" in Indian-held Kashmir.
Directing towards Indian authorities, the report asked to "urgently repeal the Armed Forces (Jammu and Kashmir) Special Powers Act, 1990; and, in the meantime, immediately remove the requirement for prior central government permission to prosecute security forces personnel accused of human rights violations in civilian courts".
"The report violates India's sovereignty and territorial integrity. The entire state of Jammu and Kashmir is an integral part of India. Pakistan is in illegal and forcible occupation of a part of the Indian state through aggression. We have repeatedly called upon Pakistan to vacate the occupied territories. The incorrect description of Indian territory in the report is mischievous, misleading and unacceptable. There are no entities such as 'Azad Jammu and Kashmir' and 'Gilgit-Baltistan'", India's External Affairs ministry said in their statement.
The report was welcomed by some activists and leaders in Kashmir. Jammu and Kashmir human rights activist Khurram Parvez welcomed the UN report. Kashmiri leader Mirwaiz Umar Farooq wrote on Twitter, "People of Kashmir thank the U.N., especially the bold efforts of its HR commissioner, Zeid Ra'ad Al Hussein, for its support to the right of self-determination."
The Kashmir-conflict between India and Pakistan has led to two wars since their independence in 1947. Between 1990 and 2017, there have been about 69,820 militancy-related incidents in Jammu and Kashmir, and more than 41 thousand people were killed. In 2017, there were over 800 ceasefire violations along the heavily-militarised Line of Control in Kashmir between India and Pakistan.''',
    quotes=[
        Q('"selective"', None, "Indian Ministry of External Affairs"),
        Q('"malicious"', None, "Indian Ministry of External Affairs"),
        Q('"fallacious"', None, "Indian Ministry of External Affairs"),
        Q('"to consider establishing', 'violation in Kashmir"', "Zeid Ra'ad Al Hussein"),
        Q('"misuse of anti-terror', 'express dissent."', "UN Office of the High Commissioner for Human Rights"),
        Q('"fully respect', 'international law."', "UN Office of the High Commissioner for Human Rights"),
        Q('"India rejects the report.', 'false narrative."', "Indian Ministry of External Affairs"),
        Q('"is and shall be', 'Union of India"', None),
        Q('"Cross-border terror', "India's integrity\"", "Indian Ministry of External Affairs"),
        Q('"welcomes the proposal', 'rights violations"', "Foreign Office"),
        Q('"urgently repeal', 'civilian courts"', "UN Office of the High Commissioner for Human Rights"),
        Q('"The report violates', "'Gilgit-Baltistan'\"", "Indian Ministry of External Affairs"),
        Q('"People of Kashmir thank', 'self-determination."', "Mirwaiz Umar Farooq"),
    ],
    aliases={"Indian Ministry of External Affairs": ["Indian Ministry of External Affairs", "MEA", "India's External Affairs ministry"],
             "Zeid Ra'ad Al Hussein": ["Zeid Ra'ad Al Hussein", "the UN High Commissioner for Human Rights", "Hussein"],
             "UN Office of the High Commissioner for Human Rights": ["UN Office of the High Commissioner for Human Rights", "the report", "the UN report", "The report"],
             "Foreign Office": ["Foreign Office", "the Foreign Office"],
             "Mirwaiz Umar Farooq": ["Mirwaiz Umar Farooq", "Kashmiri leader Mirwaiz Umar Farooq"]},
),
dict(
    id="wn-en-2008-02-28-kenya-government-opposition-power-sharing",
    source="https://en.wikinews.org/wiki/Kenyan_government_and_opposition_agree_on_power_sharing",
    license=WN, retrieved=AMG.format("AMALGUM_news_kenyan") + "; the bold pull-quote box repeating Annan's words ('Support this agreement, ... national recovery.' / '— Former UN secretary general, Kofi Annan') dropped as a repetition of the body (H1963); the copy's doubled article in 'a \"a triumph for peace and diplomacy.\"' and '56-year old' kept",
    text='''Kenyan government and opposition agree on power sharing
Thursday, February 28, 2008
The heads of the government and opposition in Kenya have signed a power sharing agreement aimed at ending the crisis over December's disputed elections. The agreement was reached after a day of talks mediated by former United Nations Secretary-General Kofi Annan and the Chairman of the African Union Jakaya Kikwete.
Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed the agreement before international diplomats and representatives of the Kenyan government and opposition.
Chief mediator Kofi Annan said that the two leaders had agreed on a government structure after five hours of intensive talks.
"I am pleased to be able to tell you and all the citizens of Kenya that the two parties this afternoon completed the work on agenda item three, how to overcome the political crisis," he said.
The two sides agreed to the creation of the posts of prime minister and two deputy prime ministers. The prime minister is accorded authority over the ministries. The prime minister is to be nominated by the largest party or coalition in parliament and can only be removed by a majority vote of the national assembly. The accord also calls for distribution of the ministerial posts according to the relative strength of each party in parliament. And it calls for the changes to be enacted by constitutional amendment, a major demand of the opposition. The Prime Minister post has gone to Odinga.
Mr. Kibaki and Mr. Odinga pledged to ensure that the accord is implemented and called for unity among all Kenyans. Mr. Annan commended the two parties, saying they reached a common position for the good of the nation. And he had a message for the citizens of Kenya.
"Compromise was necessary for the survival of this country," he said. "Support this agreement, for it is the key to the unity of Kenya. It is the foundation for national reconciliation and it is the springboard for national recovery."
British Prime Minister Gordon Brown released a statement calling the signing of the power-sharing agreement a "a triumph for peace and diplomacy."
"Kenya's leaders have reached a power-sharing agreement that represents a triumph for peace and diplomacy, and a renunciation of the violence that has scarred a country of such enormous potential. Common sense has prevailed, and the Kenyan people have the outcome for which they have hoped and prayed," the statement said.
Brown also thanked Kofi Annan for his work and urged the international community to play their part and support Kenya's new government. Brown also noted that "Real leadership, patience and tolerance is necessary to ensure that the agreement sticks."
Kenyans are viewing the deal skeptically, such as 56-year old refugee Paul Waweru, "The deal between Raila and Kibaki will help to cool down the situation but I doubt if it will enable us to get back to our homes."
Diana Murugi, 72, lost her two sons in the violent fighting that has plagued Kenya since the end of the disputed elections at the close of last year.
"The coalition is about Kibaki, Raila and the big men, what about those of us here in the camp? How will I reconcile with people who killed my sons? It is impossible, even if Kibaki and Raila are in the same government," she said.
Parliament is to convene next week to enact the measures. Mr. Annan said the negotiations would resume Friday on long-term issues such as constitutional reform and ways to end inequalities in land and wealth distribution. The two sides have been meeting for nearly five weeks in an effort to find a political solution to the Kenya crisis. One thousand people were killed and several hundred thousand were displaced in the violence that erupted after Mr. Kibaki was declared the winner of a presidential election that the opposition says was rigged.''',
    quotes=[
        Q('"I am pleased', 'political crisis,"', "Kofi Annan"),
        Q('"Compromise was necessary', 'this country,"', "Kofi Annan"),
        Q('"Support this agreement', 'national recovery."', "Kofi Annan"),
        Q('"a triumph for peace and diplomacy."', None, "Gordon Brown"),
        Q("\"Kenya's leaders", 'hoped and prayed,"', "Gordon Brown"),
        Q('"Real leadership', 'agreement sticks."', "Gordon Brown"),
        Q('"The deal between', 'our homes."', "Paul Waweru"),
        Q('"The coalition is about', 'same government,"', "Diana Murugi"),
    ],
    aliases={"Kofi Annan": ["Kofi Annan", "former United Nations Secretary-General Kofi Annan", "Chief mediator Kofi Annan", "Mr. Annan"],
             "Gordon Brown": ["Gordon Brown", "British Prime Minister Gordon Brown", "Brown"],
             "Paul Waweru": ["Paul Waweru", "56-year old refugee Paul Waweru"],
             "Diana Murugi": ["Diana Murugi"]},
),
dict(
    id="wn-en-2005-05-17-muslim-leaders-reject-pressured-newsweek-apology",
    source="https://en.wikinews.org/wiki/Muslim_leaders_don%27t_accept_%22pressured%22_apology",
    license=WN, retrieved=AMG.format("AMALGUM_news_muslim") + "; the image caption ('Image from the Al-Andulas 12th century Quran manuscript') dropped; the title written with the straight marks of the copy (the copy's attribute has &quot;); two marks that the copy tags as closing where no quotation is open (after 'held no weight.' and alone before 'Unfortunately relations') written as opening marks attached to the next word (H1962); the parentheses in Ahmad's quotation, the doubled attribution '\"...,\" he said' after 'Mr. Ahmad said,', the semicolon before the closing mark and 'Hooper said.' after a full stop kept as in the copy",
    text='''Muslim leaders don't accept "pressured" apology
Tuesday, May 17, 2005
Newsweek magazine apologized to the victims of last week's deadly protests in Afghanistan, which were sparked when a Newsweek report stated that U.S. officials defiled the Koran.
But Islamic parties in Pakistan say the Newsweek apology is a transparent attempt to defuse Muslim anger. Qazi Hussain Ahmad, the head of an Islamic party alliance told the BBC on Monday that Newsweek's clarification held no weight. "There have been reports by the prisoners who have been released from Guantanamo Bay of desecration of the holy Koran, and different atrocities perpetrated on them."
On Tuesday Mr. Ahmad said, "Whatever (Newsweek) magazine has done now is under pressure (from the U.S. government)," he said. "It has not denied what it has reported and many people freed from Guantanamo Bay have narrated the same thing."
The Tuesday edition of the Pakistani daily newspaper the News quoted Hafiz Ehsan Saeed, a former Guantanamo Bay detainee, as saying that the Koran was routinely desecrated at Guantanamo.
Reuters reported that Muslims said they suspected that pressure from Washington was behind the magazine's backing off. On Monday, presidential spokesman Scott McClellan had criticized Newsweek's initial response to the incident, saying it was "puzzling." Later in the day, Newsweek retracted the story which the White House said was a "good first step".
Newsweek defended its reporting and said its investigation is continuing into allegations that the Koran had been desecrated by U.S. personnel.
"Unfortunately relations are so bad at this point that the perception will linger;" said Ibrahim Hooper of the Council on American-Islamic Relations. "Many people won't believe it. They'll believe the magazine was pressured into doing a retraction." Hooper said.
"We will not be deceived by this," Sadullah Abu Aman, an Islamic cleric, told Reuters in Afghanistan.
The magazine said it had made a mistake in its May 9th report regarding the accusations, which led to violent anti-American protests in Afghanistan. Over 16 were killed, and more than 100 were injured. While many officials supporting the protests vowed for non-violence, some in the streets threatened to start a religious war against the United States.
Newsweek's Editor, Mark Whitaker, said the magazine's error was reporting confirmation by U.S. military investigators that Guantanamo personnel flushed the Koran down a toilet. The source initially said he had read of the event in a military investigative report, but the source later told the magazine he might have seen the account of the Koran incident in other investigative documents or drafts.
Mr Whitaker told Reuters, "As to whether anything like this happened, we just don't know. We're not saying it absolutely happened but we can't say that it absolutely didn't happen either."
The Newsweek report was not the first public allegation alleging Quran desecration at Guantanamo Bay. News stories came out in August and October 2004, reporting that British citizens who had been released from Guantanamo claimed U.S. guards threw their Qurans into the toilet. Also, in January, 2005, Kristine Huskey, a lawyer representing Guantanamo detainees, said a detainee witnessed a guard tossing a Quran into a toilet.''',
    quotes=[
        Q('"pressured"', None, "Ibrahim Hooper"),
        Q('"There have been reports', 'perpetrated on them."', "Qazi Hussain Ahmad"),
        Q('"Whatever (Newsweek)', 'U.S. government),"', "Qazi Hussain Ahmad"),
        Q('"It has not denied', 'same thing."', "Qazi Hussain Ahmad"),
        Q('"puzzling."', None, "Scott McClellan"),
        Q('"good first step"', None, "White House"),
        Q('"Unfortunately relations', 'will linger;"', "Ibrahim Hooper"),
        Q("\"Many people won't", 'a retraction."', "Ibrahim Hooper"),
        Q('"We will not be deceived', 'by this,"', "Sadullah Abu Aman"),
        Q('"As to whether', 'happen either."', "Mark Whitaker"),
    ],
    aliases={"Ibrahim Hooper": ["Ibrahim Hooper", "Hooper"],
             "Qazi Hussain Ahmad": ["Qazi Hussain Ahmad", "the head of an Islamic party alliance", "Mr. Ahmad"],
             "Scott McClellan": ["Scott McClellan", "presidential spokesman Scott McClellan"],
             "White House": ["White House", "the White House"],
             "Sadullah Abu Aman": ["Sadullah Abu Aman", "an Islamic cleric"],
             "Mark Whitaker": ["Mark Whitaker", "Newsweek's Editor, Mark Whitaker", "Mr Whitaker"]},
),
dict(
    id="wn-en-2006-02-27-power-inquiry-radical-shift-british-democracy",
    source="https://en.wikinews.org/wiki/POWER_inquiry_calls_for_radical_power_shift_in_British_democracy",
    license=WN, retrieved=AMG.format("AMALGUM_news_inquiry") + "; the image caption ('The Right Honourable Helena Ann Kennedy, Baroness Kennedy of The Shaws QC, chair of The POWER inquiry') dropped; the copy's tokens '[' + 'I]t' written '[I]t'; the paragraph the copy ends with a comma ('... responsive coalitions,') kept as printed, its quotation following as the next paragraph; the hyphens in 'necessity - not' and 'pretends - most' kept",
    text='''POWER inquiry calls for radical power shift in British democracy
Monday, February 27, 2006
The POWER Inquiry, set up in 2004 to examine participation and involvement in British politics, today published "Power to the People", its final report, making 30 key recommendations designed to "save British democracy from meltdown".
The recommendations include decentralising power, from central government to local government, replacing the first-past-the-post electoral system with a more responsive one, reducing the voting age to 16, and giving citizens the right to initiate legislative processes.
The Independent newspaper covered the story with a front page splash titled "Blueprint to give power to the people". The paper has been "campaigning for democracy" ever since the 2005 general elections, in which the Labour Party won 55.2% of the seats with just 35.3% of the votes. The newspaper ran a petition urging the Prime Minister to institute urgent reform of the voting system.
The final report credited the use of proportional voting elsewhere in Europe with both a reversal of declines in voter turnout and the formation of flexible, responsive coalitions,
"[I]t is significant that most European countries have proportional systems which should provide a wider choice of parties from a more diverse political spectrum who all stand a good chance of winning places in Parliament or even in a governing coalition. This therefore raises the question of whether this factor can be treated as a genuinely significant cause. We feel it still can. Firstly, because it is such a commonly cited factor in all the expert and public evidence received by the Inquiry. And, secondly, because there is recent research to suggest that proportional systems have, on the whole, limited if not halted election turnout declines in comparison to Britain."
The POWER inquiry is funded by the Joseph Rowntree Charitable Trust and the Joseph Rowntree Reform Trust Limited, and the inquiry is holding a conference on Saturday, March 25, 2006 to discuss their findings, before formally ending.
Chair of the inquiry, Helena Kennedy challenged politicians to "rise above their party ranks and start treating democratic reform as a non-partisan necessity - not a political toy".
The Prime Minister's Official Spokesman said that the report dealt with many issues, which were all matters to be debated within parties and between parties, adding that the report had added to the debate.
Oliver Heald, Shadow Constitutional Affairs secretary for the Conservative Party, welcomed the call to give more power to MPs, but opposed the plan to drop the voting age to 16. The Liberal Democrats acting president Simon Hughes welcomed the report, saying "British Democracy is in crisis whatever the Government pretends - most voters are ignored and most people feel they have no influence".''',
    quotes=[
        Q('"Power to the People"', None, None),
        Q('"save British democracy from meltdown"', None, "POWER Inquiry"),
        Q('"Blueprint to give power to the people"', None, None),
        Q('"campaigning for democracy"', None, None),
        Q('"[I]t is significant', 'comparison to Britain."', "POWER Inquiry"),
        Q('"rise above their party', 'political toy"', "Helena Kennedy"),
        Q('"British Democracy is in crisis', 'no influence"', "Simon Hughes"),
    ],
    aliases={"POWER Inquiry": ["POWER Inquiry", "The POWER Inquiry", "The POWER inquiry", "The final report", "the inquiry"],
             "Helena Kennedy": ["Helena Kennedy", "Chair of the inquiry, Helena Kennedy"],
             "Simon Hughes": ["Simon Hughes", "The Liberal Democrats acting president Simon Hughes"]},
),
dict(
    id="wn-en-2018-01-04-liverpool-echo-arena-carpark-fire",
    source="https://en.wikinews.org/wiki/England%3A_Multi-storey_carpark_in_Liverpool_gutted_by_fire%2C_1%2C300_vehicles_destroyed",
    license=WN, retrieved=AMG.format("AMALGUM_news_liverpool") + "; the image caption ('Merseyside Fire and Rescue Service vehicle. / Image: John Bradley.') and the two map captions ('Location of Liverpool within the United Kingdom', 'Arena and Convention Centre Liverpool (rectangle) to the burned car park (point).') dropped; the mark the copy tags as closing after 'at corners.' while no quotation is open written as the opening mark of Stephens's quotation, attached to 'With' (H1962); the tokens '1,000' + '°' + 'C' written '1,000 °C'; the curly apostrophe of 'aren’t' and the semicolon in 'severely damaged; according to' kept",
    text='''England: Multi-storey carpark in Liverpool gutted by fire, 1,300 vehicles destroyed
Thursday, January 4, 2018
A fire on Sunday night in the seven-storey carpark for the Echo Arena in Liverpool, England destroyed almost all the vehicles parked inside and led to cancellation of the final evening of the Liverpool International Horse Show and evacuation of nearby blocks of flats. The blaze reportedly started with a parked Range Rover Discovery.
Investigators with the fire brigade stated that they believe the fire began with an accidental engine fire in the Range Rover at about 4.30 pm. The first call was made at 4.42 and firefighters arrived eight minutes after that. Ultimately twelve engines and 85 firefighters were involved in combatting the blaze. Aerial appliances were used and also three high-volume pumps. Fed by the fuel in vehicles parked inside, the temperature of the fire in the carpark is believed to have reached as high as 1,000 °C. It was too hot to be extinguished with water from hydrants, so a high-volume pump was used to draw water from the River Mersey, and two more were brought from other fire brigades in the region.
The carpark has seven storeys and a capacity of 1,600 vehicles, and approximately 1,300 were parked in it when the fire broke out. According to Dan Stephens, chief fire officer for Merseyside Fire and Rescue Service, almost all of them were destroyed, with the exception of a few parked on the top level and at corners. "With these very high temperatures, you were never going to put the fire out without the whole building taking hold. The speed at which the fire spreads means you simply aren’t going to put it out," said Stephens.
The carpark itself was severely damaged; according to Joe Anderson, the mayor of Liverpool. It is not in danger of collapsing but will have to be demolished, which will be difficult with the many burned-out cars still inside it, Anderson told the BBC.
According to Stephens, there were no serious injuries: one woman injured her hand, and two people were treated for smoke inhalation. A spokesman for the Echo Arena also stated that all animals were safe. All horses were successfully evacuated from the carpark and then removed from the stables after smoke spread to them. Six dogs were also rescued unharmed, two on a lower level in the early stages of the fire and four that had been left in a car on the top level, freed by firefighters on Monday after the fire was put out.
The final evening of the four-day Liverpool International Horse Show had been scheduled to begin at 7.30, and had to be cancelled. Many attendees were stranded in the city on New Year's Eve night. Merseyside police directed people to the Pullman Hotel, where Red Cross assistance was available, and the Liverpool City Council set up an assistance centre at the Lifestyles Gym. A spokesman for the Association of British Insurers has said that insurance companies will "move very quickly" to reimburse owners whose vehicles were destroyed.
Nearby blocks of flats were evacuated because of the smoke. Eyewitnesses reported hearing what they at first thought were firecrackers, then "multiple explosions", "bangs and popping", "the bangs of car windows exploding". People reported leaving everything in their cars, including their cellphones, and running for their lives.
Mayor Anderson tweeted that cuts to fire services over the last two years made it significantly harder to fight the fire and might have caused it not to be controllable. He also suggested that fire safety in multi-storey carparks had not been sufficiently considered and that installing sprinklers in them might help stop future fires before they become unmanageable, in a letter to Nick Hurd, a member of Parliament.''',
    quotes=[
        Q('"With these very high', 'put it out,"', "Dan Stephens"),
        Q('"move very quickly"', None, "Association of British Insurers"),
        Q('"multiple explosions"', None, None),
        Q('"bangs and popping"', None, None),
        Q('"the bangs of car windows exploding"', None, None),
    ],
    aliases={"Dan Stephens": ["Dan Stephens", "chief fire officer for Merseyside Fire and Rescue Service", "Stephens"],
             "Association of British Insurers": ["Association of British Insurers", "A spokesman for the Association of British Insurers"]},
),
dict(
    id="wn-en-2018-05-29-real-madrid-third-champions-league-liverpool",
    source="https://en.wikinews.org/wiki/European_football%3A_Real_Madrid_wins_third_consecutive_Champions_League_beating_Liverpool_3-1",
    license=WN, retrieved=AMG.format("AMALGUM_news_madrid") + "; the match-statistics box at the end (date, score, stadium, referee, goalscorers, bookings, substitutions) dropped as navigation; the title's '3-1' (hyphen, as in the URL) and the body's '3–1', '2–1', '0–0' and '2012–13' (en dashes) as in the copy; the copy's 'His led his former club', 'in the 70 minute' and 'This was fifth' kept",
    text='''European football: Real Madrid wins third consecutive Champions League beating Liverpool 3-1
Tuesday, May 29, 2018
On Saturday, Spanish football club Real Madrid defeated English side Liverpool 3–1 in Ukrainian capital Kiev, to win their third consecutive UEFA Champions League trophy. Two goals from Gareth Bale and one from Karim Benzema led Real Madrid to win their thirteenth European title victory.
Real Madrid dominated the match in ball possession. Real Madrid won an early free-kick, in the first minute as Liverpool's Dejan Lovren committed soon after the start of the game. Liverpool's attack had multiple attempts for the goal early in the first fifteen minutes, none crossing the goal line. In the eighteenth minute, Liverpool's defender Virgil van Dijk missed a chance to score a close-range header.
Liverpool's Mohamed Salah was substituted off in the 30th minute after a tackle by Madrid's captain Sergio Ramos. Salah, who had scored 44 goals for the English side in all competitions this season, was later taken to a hospital because of a shoulder injury. The Egyptian was replaced by Adam Lallana. Just seven minutes later, Real made their first change in the game, as Nacho replaced Dani Carvajal who was also substituted off due to injury. The first half ended with 0–0 on the scoreboard.
Three minutes into the second half, Isco almost gave Madrid the lead with his shot on goal, but it hit the goal post. In the 51st minute, Frenchman Karim Benzema scored the first goal of the match, but the lead was short-lived. Four minutes later, Sadio Mané scored an equaliser for Liverpool, from Dejan Lovren's assist. Gareth Bale was substituted on for Isco. The Welshman came on in the 61st minute, and three minutes later, Bale scored an overhead goal, assisted by Marcelo. Mané came close to score another equaliser in the 70 minute, but his shot deflected off the post. He was later booked in the 82nd minute for a bad foul, which was the only yellow card issued in the match. A minute later, Bale added a third goal for the defending champions. Liverpool's goalkeeper Loris Karius tried to block the goal, but could not keep the ball away from the net. The match ended after four minutes of added time after 90 minutes of play.
After the match, Jürgen Klopp spoke about Salah's injury saying, "It's a serious injury, a really serious injury." Klopp said Salah was "in the hospital for an X-ray. It's either the collarbone or the shoulder itself. It doesn't look good".
This was the second Champions League final for Klopp in five years. His led his former club Borussia Dortmund to the final in 2012–13, losing 2–1 to their arch rivals Bayern Munich. Klopp has lost six out of seven major finals in his managing career.
Real Madrid's manager Zinedine Zidane won the third consecutive Champions League trophy as the club's manager, joining Bob Paisley and Carlo Ancelotti who won the European Cup three times.
This was fifth Champions League title for Cristiano Ronaldo, who won four titles with Real Madrid in the last five seasons, and one during his time at Manchester United, a decade ago.''',
    quotes=[
        Q("\"It's a serious injury", 'serious injury."', "Jürgen Klopp"),
        Q('"in the hospital for an X-ray.', "look good\"", "Jürgen Klopp"),
    ],
    aliases={"Jürgen Klopp": ["Jürgen Klopp", "Klopp"]},
),
]
