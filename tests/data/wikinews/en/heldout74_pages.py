# Held-out English news pages (tests/data/heldout74-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America, works of the US government in the public domain: nine news articles on
# voanews.com (Obama on the Senate's health-care vote, 2009; the Tahrir Square rally of July 2011; the House funding bill
# that defunds 'Obamacare', 2013; the US State Department and Shimon Peres on Israeli-Palestinian talks, 2013; Nouri
# al-Maliki's bid for a third term, 2014; Margaret Chan on Ebola, 2014; Angela Merkel and Ahmet Davutoglu on migrants,
# October 2015 and February 2016; Staffan de Mistura and the Syrian opposition in Geneva, 2016), one voanews.com article
# as archived by the Stanford Web Archive (Democrats and Republicans on Obama's health-care speech, 2009) and one VOA
# Special English "In the News" script on learningenglish.voanews.com (the health-care summit, 2010). None is marked as
# from AP, Reuters or AFP. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Navigation ("Accessibility links", "Breaking News", "News / Middle East"),
# photo and chart captions (often printed twice), image-title lines, video labels, bylines ("VOA News", correspondents'
# names), archive site lines and the Special English page's date, section and audio lines are dropped; leading and
# trailing spaces of a stored line are trimmed; wording, spelling ('The are expected', 'But Several', 'expressed
# Republican feared'), inner spacing and quotation marks are as stored. Annotated by reading the pages, before whosaid was
# run on them (rules H430-H437 in ANNOTATION.md on top of H1-H415).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout74-en.jsonl

Built by `build.py` from `heldout74_pages.py`. Like heldout60-en, heldout66-en and heldout67-en, these texts are stored
web pages (the `pages` search corpus) of the Voice of America, none of them used in a set above: nine voanews.com news
articles (President Obama on the Senate's health-care vote, December 2009; Ahmed Ali at the Tahrir Square rally of July
2011; the House resolution that defunds the Affordable Care Act, with Eric Cantor and John Lewis, 2013; the State
Department, John Kerry and Shimon Peres on the resumption of Israeli-Palestinian talks, 2013; Nouri al-Maliki's vow to
fight for a third term and Ali al-Sistani's criticism, 2014; Margaret Chan on the Ebola outbreak in Conakry, 2014; Angela
Merkel and Ahmet Davutoglu on migrants and Turkey's EU bid, October 2015, and on the refugees at the Syrian border,
February 2016; Staffan de Mistura and the Syrian opposition in Geneva, 2016), the Stanford Web Archive copy
(swap.stanford.edu) of the voanews.com article on the reactions to Obama's health-care speech (Nancy Pelosi, Charles
Schumer, Dick Durbin, September 2009) and a VOA Special English "In the News" script on learningenglish.voanews.com (the
health-care summit, with Barack Obama, Lamar Alexander and Nancy Pelosi, February 2010). All are US government works in
the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Navigation
lines, captions, image-title lines, video labels, bylines and archive site lines were dropped; wording and quotation marks
are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text). The annotation (rules H430–H437 in `ANNOTATION.md` on top of H1–H415) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-us-downplays-israeli-palestinian-talk-expectations-2013",
    source="http://www.voanews.com/content/us-downplays-expectations-for-israel-palestinian-talks/1704457.html",
    license=VOA, retrieved=PAGES + " (the line 'News / Middle East', the photo caption printed twice and the byline 'VOA News' dropped; the paragraph 'Kerry spoke to reporters with Jordanian Foreign Minister Nasser Judeh, but refused to share many details on the proposed ag...', cut in the stored copy, dropped)",
    text='''US Downplays Israeli-Palestinian Talk Expectations
The United States is trying to tamp down expectations for a quick resumption of peace talks between Israel and the Palestinians.
A U.S. State Department official said Thursday that despite some media reports, there currently are no plans to announce negotiations are back on.
The U.S. statement came as Palestinian President Mahmoud Abbas gathered senior Palestinian leaders in Ramallah to discuss the latest proposal from U.S. Secretary of State John Kerry. Kerry himself has shared few details of the plan to restart the talks, which last collapsed in 2010, though he said the two sides have managed to narrow their differences "very significantly."
Still, Israeli President Shimon Peres voiced hope Thursday that the peace process might resume soon.
"The latest news I have is that Secretary Kerry really made real progress and the chances for an understanding heightened. And this day, tomorrow, another day, are very crucial. It's touch and go, and I believe that the supreme efforts that the secretary made bear some fruits on both sides, on the Palestinian and the Israeli,'' said Peres.
Kerry met Wednesday in Amman with Jordanian officials and representatives of Arab states that support a comprehensive peace plan. Afterward at a news conference, he urged both Israel and the Palestinians not to take any actions that might undermine their progress.''',
    quotes=[
        Q('"very significantly."', None, "John Kerry"),
        Q('"The latest news I have', "on the Palestinian and the Israeli,''", "Shimon Peres"),
    ],
    aliases={"John Kerry": ["U.S. Secretary of State John Kerry", "Kerry", "Secretary Kerry"],
             "Shimon Peres": ["Israeli President Shimon Peres", "Peres"]},
),
dict(
    id="voa-en-iraq-prime-minister-vows-to-fight-for-third-term-2014",
    source="http://www.voanews.com/a/iraq-prime-minister-vows-to-fight-for-third-term/1951316.html",
    license=VOA, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the photo captions, each printed twice, dropped; the subheading 'Recapturing Awja' kept as a line; the paragraph 'On Thursday,', cut in the stored copy, dropped)",
    text='''Iraq Prime Minister Vows to Fight for Third Term
Iraqi Prime Minister Nouri al-Maliki is vowing to fight for a third term in office despite growing pressure for him to step down.
In a statement read Friday on state television by an announcer, Maliki said "I will never give up my candidacy for the post of prime minister." He vowed to remain in office until the Islamic militants who have overrun large areas of the country are defeated.
Maliki's alliance of Shi'ite parties won parliamentary elections in April. At that time he was favored to win a third term in power, but since then Sunni Islamist militants have captured large areas of northern and western Iraq and thrown the country into crisis.
Iraq's parliament met earlier this week, but failed to agree on a prime minister to unite the ethnically and religiously divided country.
The country's leading Shi'ite cleric, Ayatollah Ali al-Sistani, said Friday that parliament's inability to quickly form a new government was a "regrettable failure."
Recapturing Awja
In another development Friday, Iraqi government troops recaptured the village of Awja, the birthplace of former leader Saddam Hussein. The military action is part of an ongoing offensive that aims to retake Tikrit.
Also Friday, a group of more than 40 Indian nurses who were trapped in a northern Iraq city by anti-government fighters were released in the autonomous northern Kurdish region. The are expected to soon fly home.''',
    quotes=[
        Q('"I will never give up', 'post of prime minister."', "Nouri al-Maliki"),
        Q('"regrettable failure."', None, "Ali al-Sistani"),
    ],
    aliases={"Nouri al-Maliki": ["Iraqi Prime Minister Nouri al-Maliki", "Maliki"],
             "Ali al-Sistani": ["Ayatollah Ali al-Sistani"]},
),
dict(
    id="voa-en-who-ebola-spread-outpaces-control-effort-2014",
    source="http://www.voanews.com/content/who-launches-100-million-dollar-plan-to-combat-ebola/1969479.html",
    license=VOA, retrieved=PAGES + " (the line 'News / Health', the photo caption printed twice, the byline 'Lisa Schlein' and the chart caption 'Ebola cases and deaths, as of July 27, 2014' printed four times dropped; the paragraph '“There could well be cases in the community ... and they get sick and die ther', cut in the stored copy, dropped; the double space after 'lives.' as stored)",
    text='''WHO: Ebola Spread Outpaces Control Effort
The head of the World Health Organization has told the presidents of West African nations stricken by Ebola that the outbreak is moving faster than efforts to control it.
Dr. Margaret Chan, WHO's director general, says if the outbreak continues to worsen, the consequences could be "catastrophic" in terms of lost lives and socio-economic disruption.
Chan is in Conakry, where she met Friday with the presidents of Guinea, Sierra Leone, Liberia and Ivory Coast.
WHO and the West African leaders are finalizing a $100 million plan to fight the spread of Ebola, which has claimed nearly 730 lives.  Chan said more than 60 health workers are among the victims, and that some international relief workers have been infected.
The WHO chief said her hope is the plan emerging from the Conakry meeting will mark "a turning point" in the international response to the outbreak.
Several hundred medical personnel are about to be deployed to West Africa, Chan said, and an emergency committee will meet on Wednesday to assess the international implications of the outbreak.
Referring to the scale of the ongoing Ebola outbreak as unprecedented, WHO spokesman Gregory Hartl told VOA the outbreak is probably worse than the figures indicate.''',
    quotes=[
        Q('"catastrophic"', None, "Margaret Chan"),
        Q('"a turning point"', None, "Margaret Chan"),
    ],
    aliases={"Margaret Chan": ["Dr. Margaret Chan", "Chan"]},
),
dict(
    id="voa-en-house-oks-funding-bill-opposed-by-obama-2013",
    source="http://www.voanews.com/content/house-oks-funding-bill-opposed-by-obama/1753990.html",
    license=VOA, retrieved=PAGES + " (the line 'News / USA', the photo caption printed twice and the byline 'Cindy Saine' dropped; trailing spaces of two paragraphs trimmed, double spaces inside paragraphs as stored; the paragraph 'The Senate is expected to move quickly next week to st...', cut in the stored copy, dropped)",
    text='''House OKs Funding Bill Opposed by Obama
The Republican-controlled House of Representatives has passed a resolution to keep funding the U.S. government, but it also defunds President Barack Obama’s signature health care law.  The vote was 230 in favor and 189 against. The bill is unlikely to pass in the Democratically-controlled Senate, setting the stage for another high stakes budget battle just 10 days ahead of a potential government shutdown.
The vote in the House adhered mainly to party lines, with only two Democrats joining with 228 Republicans to vote for it, and only one Republican joining with 188 Democrats to vote against it.  The temporary spending bill would continue funding the government through mid-December, but would also withhold funding for the Affordable Care Act, the health care law most Republican lawmakers strongly oppose and refer to as 'Obamacare.'
This was the 42nd time House Republicans have voted to repeal the health care law, which has virtually no chance of passing in the Democratic-led Senate.
House Majority leader Eric Cantor expressed Republican feared that the law would hurt the economy. “Let’s defund this law now, and protect the American people from the economic calamity that we know Obamacare will create,” he said.
A number of Democratic lawmakers expressed dismay that Congress again found itself in a high stakes battle that could lead to a government shutdown.  Democratic Representative John Lewis of Georgia said that Republicans needed to give up the ideological fight against the president's health care law.
“Madame Speaker, the voters have spoken.  The Supreme Court has ruled.  The Affordable Care Act is the law of the land.  It is constitutional,” he said.''',
    quotes=[
        Q("'Obamacare.'", None, None),
        Q('“Let’s defund this law now', 'Obamacare will create,”', "Eric Cantor"),
        Q('“Madame Speaker', 'It is constitutional,”', "John Lewis"),
    ],
    aliases={"Eric Cantor": ["House Majority leader Eric Cantor"],
             "John Lewis": ["Democratic Representative John Lewis"]},
),
dict(
    id="voa-en-un-envoy-syrian-opposition-discussions-positive-2016",
    source="http://www.voanews.com/content/un-envoy-nudges-syrian-opposition-to-talk-peace/3170507.html",
    license=VOA, retrieved=PAGES + " (the line 'News / Middle East', the photo caption printed twice and the byline 'Luis Ramirez' dropped; leading and trailing spaces of the stored lines trimmed; the paragraph 'With no face-to-face encounters scheduled ... to relay proposals and positions', cut in the stored copy, dropped)",
    text='''UN Envoy, Syrian Opposition Say Discussions 'Positive'
After boycotting the start of indirect peace talks, representatives of the main Syrian opposition group met Sunday with the U.N. envoy for Syria, Staffan de Mistura, in Geneva, with both sides saying there had been progress in resolving some of the issues that had the opposition threatening to leave.
De Mistura told reporters he is “optimistic and determined” that the opposition will join the peace process that got underway Friday, five days behind schedule and with opposition representatives boycotting the first day.
A spokesman for the Syrian opposition said the discussions on Sunday were “encouraging and positive” concerning humanitarian issues, referring to the group’s demands for an end to airstrikes on civilians and the lifting of sieges that are preventing humanitarian aid from reaching rebel-held areas.
Earlier in the day, the group said it was in Geneva to meet with U.N. officials and not to enter into negotiations, even indirect ones, with the government of President Bashar al-Assad. Late Sunday, the opposition spokesman said his delegation will have another meeting with U.N. officials Monday.
The so-called proximity talks are meant to lay the groundwork for eventual direct negotiations.''',
    quotes=[
        Q("'Positive'", None, "Syrian opposition"),
        Q('“optimistic and determined”', None, "Staffan de Mistura"),
        Q('“encouraging and positive”', None, "Syrian opposition"),
    ],
    aliases={"Staffan de Mistura": ["De Mistura"]},
),
dict(
    id="voa-en-democrats-energized-by-obama-speech-2009",
    source="https://swap.stanford.edu/20090911080513/http:/www.voanews.com/english/2009-09-10-voa47.cfm",
    license=VOA + "; archive copy of the voanews.com page in the Stanford Web Archive (swap.stanford.edu)",
    retrieved=PAGES + " (the site lines 'Voice of America Trusted Source of News & Information since 1942', the site date, 'Today from VOA:', 'Live Streams: ...' and 'News in 45 Languages' dropped; the article's date line kept as the second line; the photo caption (two lines) dropped; the paragraph '\"I though the speech was partisan, uninformative, disingenuous and not', cut in the stored copy, dropped; 'But Several' as stored)",
    text='''Democrats Energized by Obama Speech, Republicans Skeptical
10 September 2009
President Obama's health-care address to Congress Wednesday has drawn mixed reactions on Capitol Hill, with Democratic lawmakers saying they are inspired to move forward quickly on health care reform legislation. But Several Republican lawmakers say they remain unconvinced.
Democratic lawmakers were out in force Thursday praising President Obama's health care speech as a "game-changer," and appeared energized to move forward on legislation.
House Speaker Nancy Pelosi of California said reforming the U.S. health-care system is probably the most important initiative Congress would ever take up, and that she is confident the president will sign a bill this year.
"That we'll pass health care reform, health insurance reform that will work, that will work for the American people. As the president has said, lower in cost, improving quality, expanding coverage, and retaining choice," she said.
Democratic Senator Charles Schumer of New York said President Obama had staked out "high moral ground" by using the speech to reach out to Republican lawmakers, and especially to independents [voters] among the American people.
"The ball is now clearly in the court of the Republican Party," he said. "Are they going to continue to just say "NO", or will they meet us part of the way?"
Democratic Senator Dick Durbin of Illinois called the speech "specific" on details and bipartisan. But Republican Senator Jon Kyl of Arizona strongly disagreed.''',
    quotes=[
        Q('"game-changer,"', None, None),
        Q('"That we\'ll pass health care reform', 'retaining choice,"', "Nancy Pelosi"),
        Q('"high moral ground"', None, "Charles Schumer"),
        Q('"The ball is now clearly', 'Republican Party,"', "Charles Schumer"),
        Q('"Are they going to continue', 'part of the way?"', "Charles Schumer"),
        Q('"specific"', None, "Dick Durbin"),
    ],
    aliases={"Nancy Pelosi": ["House Speaker Nancy Pelosi"],
             "Charles Schumer": ["Democratic Senator Charles Schumer"],
             "Dick Durbin": ["Democratic Senator Dick Durbin"]},
),
dict(
    id="voa-en-obama-praises-senate-movement-on-health-care-2009",
    source="https://www.voanews.com/a/obama-praises-senate-movement-on-health-care-79842757/369350.html",
    license=VOA, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the paragraph 'Dick Durbin of Illinois - the number two Democrat in the Senate - urged Republicans t...', cut in the stored copy, dropped)",
    text='''Obama Praises Senate Movement on Health Care
U.S. President Barack Obama says the Senate vote to move ahead with final consideration of health care reform legislation is a big victory for the American people. Health-care reform is the top legislative priority for the president.
The Senate voted in the middle of the night to clear away one of the last major hurdles to the bill.
Republicans tried to block the legislation in the Senate on procedural grounds. But Democrats held their ranks and, along with help from independents, rallied the 60 votes needed to end debate and move the bill forward.
The president hailed the Senate action.
"By standing up to the special interests, who have prevented reform for decades and who are furiously lobbying against it now, the Senate has moved us closer to reform that makes a tremendous difference for families, for seniors, for businesses and for the country as a whole," said President Obama.
The goal is to rein in soaring health care costs in a country where most people rely on private insurance to pay their medical bills. The legislation also contains consumer protections and will guarantee health care coverage for the roughly 30 million Americans who are currently uninsured.
Critics claim the effort is moving the United States closer to a government-run health care system. And they say the cost of the Democratic-party drafted legislation is far too high.
President Obama told reporters the critics are mistaken.
"I just want to be clear, for all those who are continually harping about how somehow this is a big spending government bill: This cuts our deficit by $132 billion for the first 10 years and by over a trillion in the second," said Mr. Obama.
As he spoke, weary senators were returning to Capitol Hill with the hope of completing work on their version of the health care reform bill by Christmas.''',
    quotes=[
        Q('"By standing up to the special interests', 'the country as a whole,"', "Barack Obama"),
        Q('"I just want to be clear', 'in the second,"', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["U.S. President Barack Obama", "President Obama", "Mr. Obama"]},
),
dict(
    id="voa-en-special-english-what-next-for-health-care-effort-2010",
    source="http://learningenglish.voanews.com/content/health-care-reform-effort-85585682/114837.html",
    license=VOA, retrieved=PAGES + " (the page date line 'June 03, 2015 07:37 UTC' (the date of the page, not of the 2010 broadcast), the section line 'In the News', 'Multimedia' and 'Play or download an MP3 of this story' dropped; the deck under the headline kept as a line; the turn 'BARACK OBAMA: \"At least we ', cut in the stored copy, dropped)",
    text='''What Next for Health Care Effort?
Obama's meeting with Democrats and Republicans could mark a final push to pass a reform bill, with or without the Republicans.
This is IN THE NEWS in VOA Special English.
This week, President Obama led a meeting of Democratic and Republican lawmakers to discuss health reform. Thursday's meeting lasted more than six hours and was broadcast live on television and the Internet.
Some experts think the president could be making his last major push to get a health care bill through Congress. He urged the two sides to look for common ground.
BARACK OBAMA: "I hope that this isn't political theater where we are just playing to the cameras and criticizing each other, but instead we are actually trying to solve the problem."
But it did not take long for the health care meeting to become heated. Republicans said the majority Democrats in Congress had ignored them in writing legislation.
LAMAR ALEXANDER: "Our country's too big, too complicated, too decentralized for Washington, a few of us here, just to write a few rules about remaking seventeen percent of the economy all at once."
Republican Senator Lamar Alexander of Tennessee said cutting health care costs step by step is better than the Democrats' plan.
LAMAR ALEXANDER: "So our view, with all respect, is that this is a car that can't be recalled and fixed, and that we ought to start over."
But House Speaker Nancy Pelosi said the Democrats would not start the legislative process all over again. She urged the lawmakers at the meeting to remember all of the American families that are struggling to pay for medical care.
NANCY PELOSI: "What we do here must be relevant to their lives.  And for them, they don't have time for us to start over."
At the end of the day, even President Obama admitted that differences between the two sides may be too great for compromise.''',
    quotes=[
        Q('"I hope that this isn\'t political theater', 'solve the problem."', "BARACK OBAMA"),
        Q('"Our country\'s too big', 'all at once."', "Lamar Alexander"),
        Q('"So our view, with all respect', 'start over."', "Lamar Alexander"),
        Q('"What we do here', 'to start over."', "Nancy Pelosi"),
    ],
    aliases={"BARACK OBAMA": ["President Obama"],
             "Lamar Alexander": ["LAMAR ALEXANDER", "Republican Senator Lamar Alexander"],
             "Nancy Pelosi": ["NANCY PELOSI", "House Speaker Nancy Pelosi"]},
),
dict(
    id="voa-en-germany-to-support-turkey-eu-bid-migrants-2015",
    source="http://www.voanews.com/content/merkel-erdogan-to-discuss-european-union-migrant-plan/3012450.html",
    license=VOA, retrieved=PAGES + " (the line 'News / Europe', the two photo captions, each printed twice, and the byline 'VOA News' dropped; leading spaces of the stored lines trimmed; the paragraph '\"We are ready to fight against illegal migration, ... Immigration is a case but this should be legal and coordinated. ', cut in the stored copy, dropped)",
    text='''Germany to Support Turkey's EU Bid in Exchange for Cooperation on Migrants
Germany is offering to support Turkey's faster track into the European Union on condition that Ankara helps alleviate Europe's growing immigration crisis.
German Chancellor Angela Merkel made the announcement Sunday in Istanbul after talks with Turkish Prime Minister Ahmet Davutoglu.
In return, Turkey is expected to sign an agreement to take back migrants returned by the EU.
"But of course we also have some expectations in return," Merkel said. "There is an agreement on migrants between Turkey and the European Union and this holds true for third countries as well, but of course visa liberalization and readmission agreements should also go into effect. Another issue is to share the burden."
Davutoglu said he would sign the so-called "readmission agreements" only if there is progress on liberalizing the EU visa regime for Turks.''',
    quotes=[
        Q('"But of course we also have', 'in return,"', "Angela Merkel"),
        Q('"There is an agreement on migrants', 'share the burden."', "Angela Merkel"),
        Q('"readmission agreements"', None, None),
    ],
    aliases={"Angela Merkel": ["German Chancellor Angela Merkel", "Merkel"]},
),
dict(
    id="voa-en-germany-turkey-leaders-meet-on-migrant-crisis-2016",
    source="https://voanews.com/a/turkey-keeps-syrian-refugees-waiting/3181292.html",
    license=VOA, retrieved=PAGES + " ('Accessibility links', 'Breaking News', the label 'update', the image lines 'Multimedia Image Title 2018-04-04 10:57:05.4 UTC' printed twice and the photo caption printed twice dropped; the subheadings 'Fleeing airstrikes' and 'Sanctuary funds' kept as lines; the paragraph 'Yet last week bo...', cut in the stored copy, dropped)",
    text='''Germany, Turkey Leaders Meet on Migrant Crisis
Turkey and Germany have agreed to a set of measures aimed at tackling the growing Syrian refugee crisis, as thousands of migrants remain stranded on both sides of the Turkish-Syrian border.
Speaking Monday in Ankara with German Chancellor Angela Merkel, Turkish Prime Minister Ahmet Davutoglu said the two countries would carry out "joint efforts" for greater NATO involvement in the refugee issue.
Davutoglu said German and Turkish agencies will start working together against human traffickers, as well as participating in joint security efforts to stop illegal migration.
Fleeing airstrikes
Meanwhile, tens of thousands of Syrians fleeing the Russian bombing campaign in Aleppo have amassed at the Turkish-Syrian border.
"Nearly 30,000 people have amassed" near Turkey's Oncupinar border opposite Syria's Bab al-Samam frontier, he said.
Turkey, which already hosts nearly 2.5 million refugees, was urged by the European Union on Saturday to open its border with Syria.
"We will meet the needs of our Syrian brothers as usual. We will take them in when necessary," Davutoglu said, but added, no one should "excuse or tolerate Russian airstrikes that are clearly an ethnic massacre, with the idea that Turkey would accept Syrian refugees in any case."
Sanctuary funds
EU countries have pledged $3.3 billion to Turkey to give sanctuary to refugees and to help reduce the number of refugees seeking asylum in Europe.''',
    quotes=[
        Q('"joint efforts"', None, "Ahmet Davutoglu"),
        Q('"Nearly 30,000 people have amassed"', None, "Ahmet Davutoglu"),
        Q('"We will meet the needs', 'when necessary,"', "Ahmet Davutoglu"),
        Q('"excuse or tolerate', 'in any case."', "Ahmet Davutoglu"),
    ],
    aliases={"Ahmet Davutoglu": ["Turkish Prime Minister Ahmet Davutoglu", "Davutoglu"]},
),
dict(
    id="voa-en-tens-of-thousands-jam-cairo-main-square-2011",
    source="http://www.voanews.com/content/egyptians-rally-against-slow-government-reforms-125203879/141957.html",
    license=VOA, retrieved=PAGES + " (the line 'News / Africa', the photo caption printed twice, the byline 'Al Pessin', the video label 'Related video - Quicktake: Cairo Protests' and the video box line 'VOA's Susan Yackee speaks with Richard Haass, President of the Council on Foreign Relations, about how the Arab Spring is evolving:' dropped; the paragraph 'Dr. Nagham Omar says people like herself who wa...', cut in the stored copy, dropped; double spaces after periods and the mixed curly and straight marks as stored)",
    text='''Tens of Thousands Jam Cairo's Main Square Demanding Reforms
Tens of thousands of Egyptians gathered Friday in Cairo’s Tahrir Square and several other towns to call for faster reforms and to protest this week's jail release of police officers and former government ministers.  These were among the largest demonstrations since the 18-day revolution in January and February.
One group of protesters chanted for retaliation against former regime members and police officers who attacked protesters in January and February.  But mostly it was a festive crowd, complete with a football-field-length Egyptian flag, tee shirt and hat salesmen and children with Egyptian flags painted on their faces.
“We are here today to continue our revolution,” said Ahmed Ali.  Ali is a young worker who restores ancient monuments and says he has been at many of the Tahrir Square protests.  "The killers are free now, out of jail.  They killed our children. They killed our brothers.  They killed our fathers. Show us justice!"
Ali and others on the square say they came out to protest the acquittal and release of ministers from the former government who had been accused of corruption, and the decision to grant bail to police officers accused of killing protesters in the town of Suez in January.''',
    quotes=[
        Q('“We are here today', 'our revolution,”', "Ahmed Ali"),
        Q('"The killers are free now', 'Show us justice!"', "Ahmed Ali"),
    ],
    aliases={"Ahmed Ali": ["Ali"]},
),
]
