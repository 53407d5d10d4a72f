# Held-out English news texts (tests/data/heldout363-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# two voanews.com reports (Guinea's opposition asking for elections within a year, December 2008; Congress ending its
# 2007 session, December 2007), four VOA News reports of 2007 copied on the learners' blog poenglish.blogspot.com
# (President Bush and Harry Reid on the Virginia Tech shooting; the last surge forces arriving in Iraq; the AIDS
# implementers' meeting in Kigali; Mohamed Haneef feeling 'victimized' by Australia), and a VOA Creole story of
# September 2019 (Haiti's Senate leader denying a secret ratification session) on the VOA feed aggregator popgazeta.com.
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept, a cut paragraph is dropped (noted in `retrieved`). Site lines, blog date lines, story
# date lines, 'Download' lines and photo captions are dropped; headlines are kept as the first line; wording and
# quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H1915-H1919 in ANNOTATION.md on top of H1-H1914).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout363-en.jsonl

Built by `build.py` from `heldout363_pages.py`. Like the VOA sets above (heldout328-en, heldout301-en, heldout288-en
and others; copies on other sites with the licence constant PDC as in heldout267-en, heldout288-en, heldout301-en and
heldout328-en), these texts are Voice of America stories (US government works in the public domain, 17 U.S.C. § 105)
taken from stored web pages (the `pages` search corpus): two voanews.com reports (story 401484 of December 29, 2008,
Guinean opposition leader Sydia Toure asking the new junta for elections within a year; report 331547 by Deborah Tate
of December 17, 2007, Congress ending its 2007 session, with President Bush and Senator John Cornyn), four VOA News
reports of 2007 in verbatim copies on the learners' blog poenglish.blogspot.com (another page of the blog is in
heldout288-en): Paula Wolfson on President Bush and Harry Reid after the Virginia Tech shooting (April 16, 2007), Al
Pessin on the last surge forces arriving in Iraq, with Brigadier General Perry Wiggins (May 30, 2007), Cathy Majtenyi
on the AIDS implementers' meeting in Kigali, with Michel Sidibe and Paul Kagame (June 16, 2007), and Phil Mercer on
Mohamed Haneef feeling 'victimized' by Australia (July 30, 2007); and a VOA Creole story of September 2019 on Haiti's
Senate leader Carl Murat Cantave denying a secret ratification session, with Senator Antonio Cheramy, on an archive
page of popgazeta.com, an aggregator of VOA's feed (other pages of the site are in earlier sets). None is credited to
AP, Reuters, AFP or another third party; the feed item after the Haiti story on the popgazeta.com page (the British
tanker, from the Fars news agency) was left out. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept, a paragraph cut in the stored copy is dropped (the cut paragraphs with
Warner's, Wiggins' and Schumer's words noted per page), and the one-paragraph Haiti story ends on its last English sentence. Site lines, the blog's and the
stories' date lines, 'Download' lines, photo captions (one printed inside the Haiti paragraph), the French text of an
embedded tweet and the empty lines between paragraphs were dropped; wording and quotation marks are as stored. Pages
read but left out: poenglish.blogspot.com reports whose stored part keeps fewer than two complete quotations (Robert
Gates in Baghdad, the Venezuelan students, Bangladesh's interim government, the Bush veto, the Red Mosque standoff,
Christopher Hill on the six-party talks), the Mullen report (used before), and Learning English items that read like
adapted agency copy (the rescued sailors story). None of these pages is used in any set above (checked by URL and page
id (401484, 331547, the blog's 2007/05 and 2007/07 archive pages and its search pages updated-max 2007-04-18 and
2007-06-18, popgazeta.com 2019/09/page/10), by headline, and by the names of their speakers and distinctive phrases such
as 'Bush Says America Shocked', 'blustery spring', 'very individual way', 'Last of US Surge Forces', 'tough month',
'International AIDS Meeting Opens', 'Well over 2 million', 'Scaling Up Through', 'Freed Terrorism Suspect', 'emotional
moment for me', 'Guinean Opposition Leader Wants', 'communication Thursday of this declaration', 'Haiti Senate Leader
Denies', 'absolute silence', 'fritzwmichel', 'Congress Ends 2007 Session', 'Exhibit A', 'Perry Wiggins', 'Michel
Sidibe', 'Cheramy' and 'Cantave', grepped in tests/data of the main checkout and of every other helper's worktree; no
hits, except the poenglish.blogspot.com and popgazeta.com sites (other pages), Sydia Toure (another story, 2015,
heldout22-en) and rule H335, which lists the Virginia Tech and Haneef copies as skipped there, not used). The
annotation (rules H1915–H1919 in `ANNOTATION.md` on top of H1–H1914) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h363-2007-04-bush-virginia-tech-shooting",
    source="https://poenglish.blogspot.com/search?updated-max=2007-04-18T16%3A17%3A00%2B08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Paula Wolfson of April 16, 2007 on the learners' blog poenglish.blogspot.com (as in heldout288-en, another page of the blog); the blog's date line '4.17.2007', the story's date line '16 April 2007', the line 'Download', the empty lines between paragraphs and the photo captions 'SWAT team members head to Norris Hall, the site of a shooting on campus of Virginia Tech in Blacksburg, Virginia, 16 Apr 2007' and 'President Bush reacting to shooting at Virginia Tech, 16 Apr 2007' dropped; the headline kept as the first line; the paragraph '\"This tragedy is', cut in the stored copy, dropped with its quotation of John Warner; straight marks and the spaced hyphens as stored)",
    text='''Bush Says America Shocked by University Shooting
America is in shock and mourning, following the worst mass shooting in the nation's history. VOA's Paula Wolfson has the latest on a day of bloodshed at Virginia Tech University that left 33 people dead, including the gunman.
A blustery spring morning turned into a living nightmare at Virginia Tech.
A gunman opened fire in a dormitory. Two hours later, he struck again in a classroom.
Students fled in panic as police rushed in. Buildings across the sprawling rural campus were locked down. And the nation mourned as the death toll increased over and over again.
"Our nation is shocked and saddened by the news of the shooting at Virginia Tech today," the president said.
President Bush gave a voice to the thoughts of the American people.
"Today, our nation grieves with those who lost loved ones at Virginia Tech," he said. "We hold the victims in our hearts, we lift them up in our prayers, and we ask a loving God to comfort those who are suffering today."
Across Washington, in the halls of Congress, political foes joined in a moment of silence for the dead - first in the Senate and then in the House.
The top Democrat in the Senate - Harry Reid - spoke of the senselessness of the shootings. He said many questions remain unanswered.
"What we do know breaks our hearts and shakes us to our very core," he said. "So for now all we can do is offer our thoughts and our prayers in a very individual way."
For members of Virginia's congressional delegation, the shootings literally struck close to home. Virginia Tech is the largest university in the state with roughly 25,000 students. Virginia's long-time senior Senator - Republican John Warner - spoke of the loss in personal terms.''',
    quotes=[
        Q('"Our nation is shocked', 'Virginia Tech today,"', "President Bush"),
        Q('"Today, our nation grieves', 'at Virginia Tech,"', "President Bush"),
        Q('"We hold the victims', 'suffering today."', "President Bush"),
        Q('"What we do know', 'our very core,"', "Harry Reid"),
        Q('"So for now all we can do', 'very individual way."', "Harry Reid"),
    ],
    aliases={"President Bush": ["President Bush", "Bush", "the president"],
             "Harry Reid": ["Harry Reid", "The top Democrat in the Senate"]},
),
dict(
    id="voa-en-h363-2007-05-last-surge-forces-arrive-iraq",
    source="https://poenglish.blogspot.com/2007/05",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Al Pessin of May 30, 2007 on the learners' blog poenglish.blogspot.com (monthly archive page); the blog's date line '5.31.2007', the story's date line '30 May 2007', the line 'Download', the empty lines between paragraphs and the photo caption 'Iraqi boy takes cover behind US soldier after gunshots ring out in busy central Baghdad commercial district, 28 May 2007' dropped; the headline kept as the first line; the paragraph 'General Wiggins said commanders are \"starting to see a shift of momentum\" ... with smaller b', cut in the stored copy, dropped with its partial quotation; the lead's 'reports from the Pentagon officials say' and the parenthesised '(ever)' inside the quotation as stored; straight marks as stored)",
    text='''Last of US Surge Forces Arrive in Iraq
The U.S. military says all 20,000 additional combat troops President Bush ordered to Iraq in January have now arrived, with the last unit set to be fully operational in a couple of weeks. VOA's Al Pessin reports from the Pentagon officials say the increased tempo of U.S. military operations in Iraq is responsible for some progress toward establishing security in Baghdad, but also for the high U.S. death toll this month.
As of late Wednesday, the Pentagon reports that 115 U.S. troops have been killed so far in Iraq in May, with one more day left to go, making the month one of the deadliest of the war for U.S. forces. "It's been a tough month," said Brigadier General Perry Wiggins.
At a Pentagon news conference, General Wiggins said the greater risks of the new Baghdad Security Plan were known in advance, and he said the increased presence of U.S. troops in the city's neighborhoods is creating progress, as well as casualties. "We're moving into places where we haven't been, not necessarily (ever) before but we haven't been and stayed with the frequency that we're staying in these areas now. And there are some areas where, in the past, the enemy elected to just move on out, wait until we departed and come back in. In this particular case, they're finding that harder to do," he said.''',
    quotes=[
        Q('"It\'s been a tough month,"', None, "Perry Wiggins"),
        Q('"We\'re moving into places', 'harder to do,"', "Perry Wiggins"),
    ],
    aliases={"Perry Wiggins": ["Brigadier General Perry Wiggins", "General Wiggins"]},
),
dict(
    id="voa-en-h363-2007-06-aids-meeting-opens-rwanda",
    source="https://poenglish.blogspot.com/search?updated-max=2007-06-18T18%3A39%3A00%2B08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Cathy Majtenyi of June 16, 2007 on the learners' blog poenglish.blogspot.com; the blog's date line '6.17.2007', the story's date line '16 June 2007', the line 'Download', the empty lines between paragraphs and the photo captions 'A baby sleeps in her mother's arms next to the anti-AIDS drug nevirapine', 'Michel Sidibe' and 'Paul Kagame at VOA' dropped; the headline kept as the first line; the paragraph 'U.S. Global AIDS Coo', cut in the stored copy, dropped; straight marks and the spaced hyphen as stored)",
    text='''International AIDS Meeting Opens in Rwanda
An international AIDS conference started in Rwanda's capital Saturday, with officials vowing to work together to stop the spread of the scourge. Cathy Majtenyi reports for VOA from Kigali.
Speakers opening the HIV/AIDS Implementers' Meeting lauded what they said were great strides being made worldwide in the treatment and prevention of HIV, the virus that causes AIDS.
Michel Sidibe, the deputy director of programs at UNAIDS, as the joint U.N. project on AIDS is called, told the gathering that more and more people in developing countries are getting access to AIDS drugs, and that in some cases infection rates are going down.
"Well over 2 million people in the middle and low income countries are now on treatment. In several populations in East Africa, the Caribbean and Asia, HIV infection levels are falling - finally," said Sidibe.
Rwandan President Paul Kagame said that in 2001 his country had 15 voluntary counseling and testing centers. Now there are 256 centers, which have tested 2 million Rwandans.
He said that there are also 138 centers where people can get access to antiretroviral drug treatment, up from just four centers in 2001. Some 40,000 Rwandans are currently receiving antiretroviral treatment. President Kagame shared the credit for these advances.
"These results illustrate what can be achieved by well-coordinated partnerships," he said.
The conference is being sponsored by the World Bank, three U.N. agencies, the Global Fund to Fight AIDS, Tuberculosis and Malaria, and the United States President's Emergency Plan for AIDS Relief.
Following the conference theme, "Scaling Up Through Partnerships," more than 1,000 participants from around the globe are looking to find ways governments, business, the health care sector and others can collaborate.''',
    quotes=[
        Q('"Well over 2 million people', 'falling - finally,"', "Michel Sidibe"),
        Q('"These results illustrate', 'well-coordinated partnerships,"', "Paul Kagame"),
        Q('"Scaling Up Through Partnerships,"', None, None),
    ],
    aliases={"Michel Sidibe": ["Michel Sidibe, the deputy director of programs at UNAIDS", "Sidibe"],
             "Paul Kagame": ["Rwandan President Paul Kagame", "President Kagame"]},
),
dict(
    id="voa-en-h363-2007-07-haneef-victimized-by-australia",
    source="https://poenglish.blogspot.com/2007/07",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Phil Mercer of July 30, 2007 on the learners' blog poenglish.blogspot.com (monthly archive page); the blog's date line '7.30.2007', the story's date line '30 July 2007', the line 'Download', the empty lines between paragraphs and the photo caption 'Mohamed Haneef, an Indian doctor looks on after he reached his father-in-law's home in Bangalore, India, Sunday, 29 July 2007' dropped; the headline with its single straight marks kept as the first line (H1916); the paragraph 'Haneef was charged with supporting ... In fact, the card was discovered in the English city of', cut in the stored copy, dropped; the sentence 'he had been \"victimized\" by Australian officials' without a full stop as stored (H1918); straight marks as stored)",
    text='''Freed Terrorism Suspect Feels 'Victimized' by Australia
An Indian doctor has arrived home from Australia after charges against him linked to the failed car bomb attacks in Britain were dropped. Mohamed Haneef says he understands why he was initially detained in Australia, but says his detention went on for too long. From Sydney, Phil Mercer reports.
In an interview aired on Australian television before his departure, Mohamed Haneef said he was relieved to have been cleared of terrorism offenses, and he strongly denied any links to extremism.
Asked in the paid interview whether he had ever been a supporter of a terrorist group, the 27-year-old Indian doctor said it was not in his nature to ever support or be involved in such activities.
He said he understood why he was questioned - a second cousin of his was allegedly involved in the unsuccessful June 30 attack on Glasgow airport in Scotland, and Haneef's mobile phone SIM card was found in Britain during the investigation into the plot. But Haneef is angry that he was held for almost four weeks, when the case against him was so weak.
He was allowed to leave Australia several days ago and has arrived home in the Indian city of Bangalore. On his arrival, he told well-wishers he had been "victimized" by Australian officials
"It's an emotional moment for me, being with my family and at home," Haneef said. "And with you all here after a long wait of 27 days, going through the trauma of being a victim as I was, being victimized by the Australian authorities."''',
    quotes=[
        Q("'Victimized'", None, "Mohamed Haneef"),
        Q('"victimized"', None, "Mohamed Haneef"),
        Q('"It\'s an emotional moment', 'and at home,"', "Mohamed Haneef"),
        Q('"And with you all here', 'Australian authorities."', "Mohamed Haneef"),
    ],
    aliases={"Mohamed Haneef": ["Mohamed Haneef", "Haneef", "An Indian doctor", "the 27-year-old Indian doctor"]},
),
dict(
    id="voa-en-h363-2008-12-guinea-opposition-elections-within-year",
    source="https://www.voanews.com/a/a-13-2008-12-29-voa4/401484.html",
    license=PD, retrieved=PAGES + " (voanews.com story 401484 of December 29, 2008; the site lines 'Accessibility links', 'Breaking News' and 'News', the label 'update' below the headline and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'Toure said the opposition parties support the new military le', cut in the stored copy, dropped; the lead's 'told VOA Guinea, being the poor country it is needs to move' as stored; curly marks and apostrophe as stored)",
    text='''Guinean Opposition Leader Wants Elections Within a Year
A prominent Guinean opposition leader says two years is too long a time to hold elections in Guinea. The new military leaders who took over the country last week following the death of President Lansana Conte promised civil society leaders over the weekend that they would hold elections in two years.
Guinea’s colonial power France, which holds the rotating chair of the European Union, has reportedly called on the new military rulers to hold elections within six months.
Sydia Toure, leader of the opposition Union of Republican Forces party told VOA Guinea, being the poor country it is needs to move quickly toward elections in order to get the support of international financial institutions.
“We made a communication Thursday of this declaration to the CNDD (the ruling National Council for Democracy and Development) telling them that we think that two years is too long, and we hope that we can have new presidential elections within one year in Guinea. We are working on the electoral issues, and we think that if everything can be done from now to April or May, I think we can have elections in September,” he said.
Toure said the opposition parties sent their concerns to the new military leadership. He said the opposition is hoping to meet with junta leaders sometime this week.
He said the opposition parties made it clear in their statement why Guinea should have elections as soon as possible.
“After the coup, there is nothing else left for the country. Guinea is a poor country. We need to have elections quickly and have a new government so we can go through the process of the World and the IMF (International Monetary Fund) and the European Union. We explained to them that it is necessary to go quickly because this year Guinea will finance all its expenditures by internal revenue,” he said.''',
    quotes=[
        Q('“We made a communication', 'elections in September,”', "Sydia Toure"),
        Q('“After the coup', 'by internal revenue,”', "Sydia Toure"),
    ],
    aliases={"Sydia Toure": ["Sydia Toure, leader of the opposition Union of Republican Forces party", "Toure"]},
),
dict(
    id="voa-en-h363-2019-09-haiti-senate-leader-denies-secret-meeting",
    source="https://popgazeta.com/2019/09/page/10",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of September 2019 (VOA Creole, Port-au-Prince) on the archive page of popgazeta.com, an aggregator of VOA's feed (other pages of the site in earlier sets); the site lines 'Site Overlay' and 'Month: September 2019' dropped; the headline kept as the first line; the body stored as one paragraph with double spaces between some sentences and kept so; the photo caption 'Antonio Cheramy in front of the Senatè, on Sept 23, 2019 in Port au Prince, Haiti.' printed inside the paragraph dropped, the two spaces before it kept (H1917); the French text of Cantave's embedded tweet ('Contrairement aux rumeurs faisant croire que la séance de ratification était prévue pour ce dimanche, la séance de ratification du PM nommé') and the truncated tail 'Haiti’s Prime Minister-designate …' dropped, so the text ends on the last English sentence (H1917); the following feed item (the release of the British tanker, from the Fars news agency and Swedish broadcaster SVT) left out; curly marks as stored)",
    text='''Haiti Senate Leader Denies Planning Secret Meeting to Approve PM Designate
A group of prominent opposition Haitian senators sat outside the Senate doors early Sunday morning, a day when parliament is normally not in session.  “Over the weekend there were rumors that the Senate leader was organizing a special session Sunday. Such a vote would be considered out of the ordinary,” Senator Antonio Cheramy told VOA Creole. “We called around and tried to find out what was going on, but we’ve had absolute silence (from the Senate leader).”  Senator Cheramy said he and fellow opposition colleagues decided to stake out the Senate because they can’t allow such a vote to be held behind their backs.  Around midday, Senate leader Carl Murat Cantave took to Twitter to deny the rumors and set the record straight. “Contrary to the rumors that a ratification vote is planned for this Sunday, the vote to ratify PM designate @fritzwmichel and his government is planned for this Monday 23 September 2019 at 8:00 am,” Cantave said.''',
    quotes=[
        Q('“Over the weekend', 'out of the ordinary,”', "Antonio Cheramy"),
        Q('“We called around', '(from the Senate leader).”', "Antonio Cheramy"),
        Q('“Contrary to the rumors', 'at 8:00 am,”', "Carl Murat Cantave"),
    ],
    aliases={"Antonio Cheramy": ["Senator Antonio Cheramy", "Senator Cheramy"],
             "Carl Murat Cantave": ["Senate leader Carl Murat Cantave", "Cantave", "the Senate leader"]},
),
dict(
    id="voa-en-h363-2007-12-congress-ends-session-mixed-record",
    source="https://www.voanews.com/a/a-13-2007-12-17-voa56/331547.html",
    license=PD, retrieved=PAGES + " (voanews.com report 331547 by Deborah Tate of December 17, 2007; the site lines 'Accessibility links' and 'Breaking News' and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph '\"They are filibustering themselves out of their seats next November,\" said Senator Schumer. ... every time they stop us from', cut in the stored copy, dropped with Schumer's quotation; the colon closing 'Senator John Cornyn is a Texas Republican:' and the bracketed '[the example]' inside the quotation as stored (H1915); straight marks as stored)",
    text='''US Congress Ends 2007 Session With Mixed Record
Democrats took control of Congress for the first time in 12 years in 2007, promising to fulfill an ambitious legislative agenda and to change the course of the unpopular war in Iraq. They conclude the year accomplishing few of their key priorities, including affecting the course of the war. VOA's Deborah Tate reports from Capitol Hill.
President Bush offered his assessment of the Democratic-led Congress at a recent appearance with reporters.
"The end of 2007 is approaching fast, and the new Congress has little to show for it," said President Bush.
The American people appear frustrated with Congress, too. A recent New York Times/CBS News poll finds that only 21 percent of Americans have a favorable view of Congress, with 64 percent disapproving.
Congressional Democrats and Republicans acknowledge they haven't accomplished as much as they would have liked, and are blaming each other.
Republicans say Democrats refuse to compromise. Senator John Cornyn is a Texas Republican:
"When one side or the other tries to jam their agenda down the throats of the other side, it does not work," said Senator Cornyn. "Exhibit A [the example] is the dismal record of this broken Congress during this last year."
But Democrats say Senate Republicans are to blame, calling them obstructionists. Under Senate rules, the minority can block legislation using procedural tactics. Sixty votes are needed to overcome such tactics, known as filibusters, but Democrats only hold a 51 to 49 seat majority.
Senator Chuck Schumer, a New York Democrat, says Republicans' use of the tactics has neared record levels, and predicts they will pay politically in congressional election less than a year from now.''',
    quotes=[
        Q('"The end of 2007', 'little to show for it,"', "President Bush"),
        Q('"When one side or the other', 'it does not work,"', "John Cornyn"),
        Q('"Exhibit A [the example]', 'this last year."', "John Cornyn"),
    ],
    aliases={"President Bush": ["President Bush"],
             "John Cornyn": ["Senator John Cornyn", "Senator Cornyn", "a Texas Republican"]},
),
]
