# Held-out English news texts (tests/data/heldout98-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of Voice of America news articles on East and Southeast Asia, 2011-2021 (voanews.com; US government
# works in the public domain, 17 U.S.C. § 105): South Korea's warning of a North Korean missile launch (April 2013), South
# Korea's Unification Minister on signs of a nuclear test (April 2013), North Korea's apology for the killing of a South
# Korean official (September 2020), China's Foreign Ministry on missing dissidents (2011), Typhoon Haiyan reaching the
# central Philippines (November 2013, print view), a Bangkok protest rally (August 2020), Hong Kong's Carrie Lam on
# resigning (September 2019) and on help from the mainland (October 2019), and protests against Myanmar's military coup
# (February 2021). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). VOA's site lines
# ('Accessibility links', 'Breaking News'), section lines ('News / Asia', 'East Asia Pacific'), bylines ('VOA News',
# 'Stephanie Ho', 'By VOA News'), date and time lines, a stored date field, image captions (printed twice), video and
# audio box lines and 'Related Stories' blocks are dropped; the pages' leading indentation and spaces at the end of a
# paragraph are dropped; headlines and subheadings are kept; wording, spelling ('lead by students', 'the center of city',
# 'said the release of the recording as'), spacing inside paragraphs (double and triple spaces) and quotation marks are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H670-H675 in ANNOTATION.md on top of
# H1-H665).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout98-en.jsonl

Built by `build.py` from `heldout98_pages.py`. Like heldout22-en, heldout71-en and heldout95-en, these texts are stored web
pages (the `pages` search corpus), none of them used in a set above: nine Voice of America news articles on East and
Southeast Asia from 2011 to 2021 (voanews.com; US government works in the public domain, 17 U.S.C. § 105): South Korea's
national security adviser Kim Jang-Soo on a possible North Korean missile launch and Xi Jinping's Hainan speech (April
2013); Unification Minister Ryoo Kihl-jae on signs of a fourth nuclear test (April 2013); Kim Jong Un's apology for the
killing of a South Korean fisheries official (September 2020); Foreign Ministry spokeswoman Jiang Yu on missing dissidents
Yang Hengjun and Gao Zhisheng (2011); Typhoon Haiyan reaching the central Philippines (November 2013, VOA's print view);
a student-led rally in Bangkok (August 2020); Carrie Lam on the recording about her resignation (September 2019) and on
help from mainland China (October 2019); protests against Myanmar's military coup (February 2021). None is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Site and section lines, bylines, date lines, captions and video boxes were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The annotation (rules
H670–H675 in `ANNOTATION.md` on top of H1–H665) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2013-04-07-s-korea-north-may-be-preparing-missile-launch",
    source="https://www.voanews.com/a/us-south-korea-delay-meeting-missile-test-during-korean-tensions/1636380.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' and the image caption, printed twice, dropped; the paragraph 'White House senior advisor Dan Pfeiffer said Sunday the Obama adminis...', cut in the stored copy, dropped; the double space in 'tensions.\"  Beijing' as stored)",
    text='''S Korea: North May Be Preparing Missile Launch
A top South Korean national security official said Sunday that North Korea may be preparing a missile test or another provocative act this week by warning it soon will be unable to guarantee diplomats' safety in Pyongyang.
Kim Jang-Soo - chief national security adviser to President Park Geun-Hye said a test-launch or other provocation could come before or after Wednesday, the date by which the North has suggested diplomats leave the capital, Pyongyang.
He said the North's real objective is to force diplomatic concessions from Washington and Seoul, but added that South Korea is maintaining its military readiness "whether or not [Pyongyang's threats] are merely rhetoric."
Also Sunday, South Korea's top military officer postponed a meeting in Washington with the U.S. chairman of the joint chiefs of staff, because of the escalating tensions on the Korean peninsula.
U.S. Army General Martin Dempsey was to meet April 16 with his Seoul counterpart, General Jung Seung-jo. But a spokesman for South Korea's Joint Chiefs of Staff said Seoul was concerned Pyongyang might stage a military provocation while General Jung was away.
Chinese President Xi Jinping, in a speech on the southern island of Hainan Sunday, did not name North Korea but said no country "should be allowed to throw a region and even the whole world into chaos for selfish gain."
China’s foreign ministry also issued a statement saying it was "seriously concerned" about the "continuously escalating tensions."  Beijing is North Korea's sole financial and diplomatic backer.''',
    quotes=[
        Q('"whether or not', 'merely rhetoric."', "Kim Jang-Soo"),
        Q('"should be allowed', 'selfish gain."', "Xi Jinping"),
        Q('"seriously concerned"', None, "China’s foreign ministry"),
        Q('"continuously escalating tensions."', None, "China’s foreign ministry"),
    ],
    aliases={"Kim Jang-Soo": [], "Xi Jinping": ["Chinese President Xi Jinping"]},
),
dict(
    id="voa-en-2013-04-08-south-korea-confirms-sign-nuclear-test-preparations",
    source="http://www.voanews.com/content/koreas-tensions/1636751.html",
    license=PD, retrieved=PAGES + " (the section line 'News / Asia', the image caption, printed four times, and the line 'x' dropped; the subheading 'UN violations' kept; the paragraph 'North Korea has recently hinted that it has the capability ... has develo', cut in the stored copy, dropped)",
    text='''South Korea Confirms 'Sign' North Korea Making Nuclear Test Preparations
There are further indications North Korea may be preparing to conduct nuclear and missile tests - actions that would again violate international sanctions against it.
Amid official concerns in Seoul and Washington that North Korea could be poised to launch one or more of its untested medium-range missiles, South Korea's government is also acknowledging Pyongyang may attempt a fourth nuclear test.
On Monday, lawmakers at a South Korean National Assembly committee meeting asked the Unification Minister, Ryoo Kihl-jae, about nuclear activity.
Ryoo says there “is such a sign” of preparation activity at the Punggye-ri site but he will not comment further on matters related to intelligence.
At that location, North Korea in February conducted its third nuclear test in seven years.
UN violations
Its nuclear tests, as well any medium or long range ballistic missile launches, violate U.N. sanctions.''',
    quotes=[
        Q("'Sign'", None, "Ryoo Kihl-jae"),
        Q("“is such a sign”", None, "Ryoo Kihl-jae"),
    ],
    aliases={"Ryoo Kihl-jae": ["Ryoo"]},
),
dict(
    id="voa-en-2020-09-25-north-korea-apologizes-killing-south-korean-official",
    source="https://www.voanews.com/east-asia-pacific/north-korea-apologizes-killing-south-korean-official",
    license=PD, retrieved=PAGES + " (the stored date field 'date 2020-09-25', the section line 'East Asia Pacific', the byline 'By VOA News', the time line 'September 25, 2020 02:58 AM' and the image caption, printed twice, dropped; the 'Related Stories' block after the last paragraph (a teaser and a byline of another story) dropped; the space at the end of the last paragraph dropped)",
    text='''North Korea Apologizes for Killing of a South Korean Official
South Korea said on Friday that North Korea's leader has apologized for the killing of a South Korean official.
Yonhap news agency quotes the South’s presidential palace as saying Kim Jong Un called the incident “unexpected” and “unfortunate,” and apologized "for disappointing President Moon and South Koreans."
The North’s approach was extremely unusual. No North Korean leader has apologized to the South on any issue before.
On Thursday, the 47-year-old South Korean fisheries official who had been reported missing on Monday was interrogated in the North’s waters before being shot dead and his body cremated, the South's military said, adding that the reason the man was shot remained unknown.
"Our military strongly condemns such an atrocity, and strongly demands North Korea provide an explanation and punish those who are responsible," General Ahn Young-ho from South Korea's Joint Chiefs of Staff said.
South Korean military said the man had disappeared from a patrol boat and he was likely trying to defect to the North.''',
    quotes=[
        Q("“unexpected”", None, "Kim Jong Un"),
        Q("“unfortunate,”", None, "Kim Jong Un"),
        Q('"for disappointing President Moon and South Koreans."', None, "Kim Jong Un"),
        Q('"Our military strongly condemns', 'are responsible,"', "Ahn Young-ho"),
    ],
    aliases={"Ahn Young-ho": ["General Ahn Young-ho"]},
),
dict(
    id="voa-en-2011-china-denies-knowledge-of-missing-dissidents",
    source="http://www.voanews.com/content/china-denies-knowledge-of-disappeared-dissidents-118831154/137197.html",
    license=PD, retrieved=PAGES + " (the section line 'News / Asia', the image caption, printed twice, and the byline 'Stephanie Ho' dropped; the audio box line 'Listen to this interview on Gao with Maran Turner, Executive Director of Freedom Now' dropped; the paragraph 'The U.N. working group issued a report Monday ... did not provid', cut in the stored copy, dropped; the double and triple spaces between sentences as stored, the spaces at the end of a paragraph dropped)",
    text='''China Denies Knowledge of Missing Dissidents
China denies knowledge of several cases of dissidents who have recently disappeared.   These include an ethnic Chinese-Australian man who was an outspoken critic of the Chinese government, online, and a lawyer who was the focus of a report by a United Nations human rights group.
Reporters asked about two specific cases at Tuesday’s Foreign Ministry briefing.
One involved Chinese-Australian writer Yang Hengjun, who disappeared in China a few days ago.  The other case is that of Gao Zhisheng, a human rights lawyer who disappeared into police custody, nearly a year ago.
Chinese Foreign Ministry spokeswoman Jiang Yu says she has not heard of Yang Hengjun.   She also says she does not know about Gao Zhisheng’s specific case, but notes a report issued by the United Nations Working Group on Arbitrary Detention calling for Gao’s release.
Jiang says China "attaches importance" to cooperating with the U.N. group.   However, she also urges the group to respect China’s judicial sovereignty in what she describes as an "objective and just manner".''',
    quotes=[
        Q('"attaches importance"', None, "Jiang Yu"),
        Q('"objective and just manner"', None, "Jiang Yu"),
    ],
    aliases={"Jiang Yu": ["Chinese Foreign Ministry spokeswoman Jiang Yu", "Jiang"]},
),
dict(
    id="voa-en-2013-11-08-typhoon-haiyan-pounds-central-philippines",
    source="http://www.voanews.com/articleprintview/1785978.html",
    license=PD, retrieved=PAGES + " (VOA's print view of the article; the site lines 'Accessibility links' and 'Breaking News' and the image caption 'Typhoon Haiyan, Nov. 7, 2013', printed twice, dropped; the paragraph 'Television images from Tacloban showed streets turned into rivers as iron sheets from damaged bui...', cut in the stored copy, dropped)",
    text='''Typhoon Haiyan Pounds Central Philippines; 3 Dead
One of the strongest typhoons ever recorded is pounding the central Philippines, where it has caused landslides, destroyed buildings and killed at least three people.
Many parts of the archipelago nation were cut off from electricity and communications Friday, as Typhoon Haiyan made landfall on the islands of Leyte and Samar.
The storm, known in the Philippines as Yolanda, had wind gusts of over 350 kilometers per hour as it lashed the islands. Some forecasters say this makes it the strongest recorded typhoon ever to make landfall.
Officials confirmed that three people had been killed and seven injured, though the death toll seems certain to rise. Over 700,000 people in 29 provinces have been evacuated.
Sonny Coloma, a presidential spokesman, said the government is working hard to distribute relief goods and prevent mass casualties in the worst-hit areas.
"The goods were pre-positioned there and have been brought to the areas of great concern. Right now, they're taking care of continuing needs. Let's remember with those past calamities, ones similar to this, what the president wants is a timely supply and enough food," said Coloma.
However, many parts of the hardest-hit areas were unreachable on Friday, and the extent of the damage is not yet known.
Aya Omar, a call center supervisor in Manila, told VOA she is "very worried" about her family, which lives near a beach on Leyte Island's Tacloban city. Omar said she has not talked to her family since early Friday, when her mother sent frantic text messages about the incoming storm.
"All communication lines are down and nobody can get out there. Pretty much the whole city, Tacloban city, is off the grid right now, so I don't know what I can do now except pray," said Omar.''',
    quotes=[
        Q('"The goods were pre-positioned', 'enough food,"', "Sonny Coloma"),
        Q('"very worried"', None, "Aya Omar"),
        Q('"All communication lines', 'except pray,"', "Aya Omar"),
    ],
    aliases={"Sonny Coloma": ["Coloma"], "Aya Omar": ["Omar"]},
),
dict(
    id="voa-en-2020-08-16-thousands-call-for-radical-changes-thailand",
    source="https://www.voanews.com/east-asia-pacific/thousands-call-radical-changes-thailand-government",
    license=PD, retrieved=PAGES + " (the stored date field 'date 2020-08-16', the section line 'East Asia Pacific', the byline 'By VOA News', the line 'Updated August 16, 2020 12:10 PM' and the image caption, printed twice (the first time cut), dropped; the paragraph 'The latest wave of protests began in February ... despite a ban on large', cut in the stored copy, dropped; 'lead by students' and the double space in 'the monarchy  a sensitive subject' (a dash lost in the stored copy) as stored, the spaces at the end of a paragraph dropped)",
    text='''Thousands Call for Radical Changes to Thailand Government
Thousands of protesters called for radical changes to the Thai government Sunday — the latest in near daily protests lead by students against the government.
Bangkok police estimated 10,000 attendees, which would make the demonstration the largest Thailand has seen since the 2014 coup.
Student leaders are demanding new elections to form a new parliament, including the dismissal of Prime Minister Prayuth Chan-ocha, a former general who took power in the 2014 coup and won disputed elections last year.
But Sunday’s protests also called for changes to the monarchy  a sensitive subject in Thailand, where anyone criticizing the Royal Family may face long prison sentences.
"We want a new election and a new parliament from the people," student activist Patsalawalee Tanakitwiboonpon, 24, told the crowd. “Lastly, our dream is to have a monarchy which is truly under the constitution.”
Demonstrators also waved banners and chanted “Down with dictatorship, long live democracy.”
Bangkok police said they had deployed 600 officers to observe the demonstration. A counter-rally defending the monarchy drew dozens of attendees.''',
    quotes=[
        Q('"We want a new election', 'from the people,"', "Patsalawalee Tanakitwiboonpon"),
        Q("“Lastly, our dream", "the constitution.”", "Patsalawalee Tanakitwiboonpon"),
        Q("“Down with dictatorship, long live democracy.”", None, None),
    ],
    aliases={"Patsalawalee Tanakitwiboonpon": ["student activist Patsalawalee Tanakitwiboonpon"]},
),
dict(
    id="voa-en-2019-09-03-hong-kong-leader-insists-she-is-not-quitting",
    source="https://www.voanews.com/east-asia-pacific/hong-kong-leader-insists-she-not-quitting-face-protests",
    license=PD, retrieved=PAGES + " (the section line 'East Asia Pacific', the byline 'By VOA News', the time line 'September 3, 2019 03:47 AM' and the image caption, printed twice (the first time cut), dropped; the 'Related Stories' block after the last paragraph dropped; 'said the release of the recording as' and the double spaces between sentences as stored, the spaces at the end of a paragraph dropped)",
    text='''Hong Kong Leader Insists She Is Not Quitting in Face of Protests
Embattled Hong Kong chief executive Carrie Lam says she has no intention of stepping down in order to end the heated anti-government demonstrations that have shaken the city for three months.
Lam was responding to a Reuters news agency report about a voice recording in which she told a group of business leaders last week that she had caused "havoc" for introducing a controversial extradition bill that sparked the protests.  She told the group that she would apologize for actions and resign "if I have a choice."
But Lam told reporters Tuesday she "had not even contemplated" discussing her resignation with Beijing, and has told herself "repeatedly" during the last three months that her administration "should stay on to help Hong Kong."
She said the release of the recording as "unacceptable."
The protests over the now-suspended extradition bill, which would have sent criminal suspects to mainland China to face trial, have since evolved into calls for greater democracy and an independent probe into allegations of police brutality.
The demonstrations have nearly ground everyday life in the Asian financial hub to a halt, with protesters disrupting activities at the city's subway system and airport.  Hundreds of protesters have been arrested amid violent clashes with police, who have wielded batons and fired tear gas and water cannons to disperse the crowds.''',
    quotes=[
        Q('"havoc"', None, "Carrie Lam"),
        Q('"if I have a choice."', None, "Carrie Lam"),
        Q('"had not even contemplated"', None, "Carrie Lam"),
        Q('"repeatedly"', None, "Carrie Lam"),
        Q('"should stay on to help Hong Kong."', None, "Carrie Lam"),
        Q('"unacceptable."', None, "Carrie Lam"),
    ],
    aliases={"Carrie Lam": ["Hong Kong chief executive Carrie Lam", "Lam"]},
),
dict(
    id="voa-en-2019-10-08-lam-wants-hong-kong-to-resolve-protests-on-its-own",
    source="https://voanews.com/a/east-asia-pacific_lam-wants-hong-kong-resolve-protests-its-own-wont-rule-out-mainland-help/6177240.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links', 'Breaking News' and 'update' and the two image captions, each printed twice, dropped; the paragraph 'For the last four months, the city has been engulfed in unrest as democracy ad...', cut in the stored copy, dropped)",
    text='''Lam Wants Hong Kong to Resolve Protests on Its Own, Won't Rule Out Mainland Help
Hong Kong leader Carrie Lam said Tuesday she would not rule out getting help from mainland China to deal with pro-democracy protests, but that she feels strongly Hong Kong "should find the solution ourselves."
"That is also the position of the central government that Hong Kong should tackle the problem on her own, but if the situation becomes so bad, then no options could be ruled out if we want Hong Kong to at least have another chance," she said at a news conference.
Lam said she would carefully assess whether to institute more measures under a colonial-era emergency law she invoked last week to criminalize wearing face masks in Hong Kong.
A police spokesman said Tuesday that officers had arrested a total of 77 people for violating the mask ban, and Lam said it is too early to say whether the law is effective.
The decision served to fuel more anger among protesters, with tens of thousands of people turning out for fresh demonstrations in defiance of the face mask ban.
Face masks have become common during protests in Hong Kong, even at peaceful marches, as people fear retribution from government officials or that their identities could be shared with mainland China.
Many Hong Kong residents also wear face masks to protect against pollution or infection, such as the outbreak of the deadly Severe Acute Respiratory Syndrome (SARS) that struck the city in 2003.''',
    quotes=[
        Q('"should find the solution ourselves."', None, "Carrie Lam"),
        Q('"That is also the position', 'another chance,"', "Carrie Lam"),
    ],
    aliases={"Carrie Lam": ["Hong Kong leader Carrie Lam", "Lam"]},
),
dict(
    id="voa-en-2021-02-07-tens-of-thousands-in-myanmar-protest-military-coup",
    source="https://www.voanews.com/a/east-asia-pacific_tens-thousands-myanmar-protest-military-coup/6201738.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News', the image caption and the video box lines ('Protest against the military coup in Naypyidaw, Myanmar, Feb. 7, 2021', 'please wait', 'No media source currently available', the player times) dropped; the paragraph 'Suu Kyi faces charges of illegally importing ... in the capi', cut in the stored copy, dropped; 'the center of city' and the repeated sentence 'Large crowds were reported in other cities as well on Sunday.' as stored)",
    text='''Tens of Thousands in Myanmar Protest Military Coup
Tens of thousands of people took to the streets across Myanmar for a second day Sunday to protest last week’s military coup and call for the release of elected leader Aung San Suu Kyi.
Demonstrations that began in different parts of Yangon converged on Sule Pagoda, the center of city. Large crowds were reported in other cities as well on Sunday, including Mandalay.
“The military coup is a violation of our democracy and human rights. It also insults the will of the people. That’s why we are against the military coup,” one of the protest leaders, Aung San Hmaine, told VOA’s Burmese service. “It’s important to honor the election result. That’s why we have come here, staging protests.”
Large crowds were reported in other cities as well on Sunday.
As protests grew a day earlier on Saturday, Myanmar authorities had cut internet service but the service appeared to have been restored by Sunday.
Many of the protesters chanted “Long live Mother Suu,” a reference to deposed Suu Kyi, and, “We don’t want military dictatorship.” Other protesters raised a three-finger salute, a sign of resistance against tyranny in the “Hunger Games” movies.
The military takeover in Myanmar began last Monday with the detention of Suu Kyi, who was the country's de facto leader, and other senior government officials. Suu Kyi remains under house arrest at her official residence in Naypyitaw, according to party spokesman Kyi Toe.''',
    quotes=[
        Q("“The military coup is a violation", "against the military coup,”", "Aung San Hmaine"),
        Q("“It’s important to honor", "staging protests.”", "Aung San Hmaine"),
        Q("“Long live Mother Suu,”", None, None),
        Q("“We don’t want military dictatorship.”", None, None),
        Q("“Hunger Games”", None, None),
    ],
    aliases={},
),
]
