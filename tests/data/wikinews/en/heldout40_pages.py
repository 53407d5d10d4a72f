# Held-out English news pages (tests/data/heldout40-en.jsonl). Like heldout22/24/30/34/36_pages.py, these texts are
# stored web pages (the `pages` search corpus) of Voice of America, none of them used in an earlier set: an Africa report
# (a Justice and Equality Movement official on Darfur, 2004), VOA Mandarin's interview with Chen Guangcheng (2013), an
# English item on the site of VOA's Bangla service (Taliban attacks in Kabul, 2009), a US politics report (the Senate health care vote and David Axelrod, 2009),
# two Middle East reports on Syrian refugees in Jordan (2012; one of them from VOA's content system, pangea-cms.com), and
# four counterterrorism and extremism reports (the State Department's terrorism report, 2014; al-Qaida and Islamic State in
# Afghanistan, 2021, two items; the National Counterterrorism Center director, about 2023). All are VOA's own items (VOA
# News or a VOA correspondent), works of the US government and in the public domain (17 U.S.C. § 105); none is credited to
# AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation, section labels, video blocks,
# bylines and photo captions are dropped; wording, spelling, spacing inside a paragraph and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H197-H199 in ANNOTATION.md on top of H1-H196).
PD = "public domain (US government work, 17 U.S.C. § 105; Voice of America)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout40-en.jsonl

Built by `build.py` from `heldout40_pages.py`. Like heldout22-en, heldout24-en, heldout30-en, heldout34-en and
heldout36-en, these texts are stored web pages (the `pages` search corpus) of Voice of America, none of them used in a
set above: an Africa report (a Justice and Equality Movement official on Darfur, 2004), VOA Mandarin's interview with
Chen Guangcheng (2013), an English item on the site of VOA's Bangla service (Taliban attacks in Kabul, 2009), a US politics report (the Senate health care vote, 2009), two reports on Syrian
refugees in Jordan (2012; one from VOA's content system, pangea-cms.com) and four counterterrorism and extremism reports
(2014, 2021 and about 2023). All are VOA's own items, US government works in the public domain (17 U.S.C. § 105); none is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Navigation, section labels, video blocks, bylines and captions
were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by
title, by the names of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The
annotation (rules H197–H199 in `ANNOTATION.md` on top of H1–H196) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-2013-02-01-chinese-dissident-calls-on-us-to-pressure-beijing",
    source="http://www.voanews.com/content/chinse-dissident-calls-on-us-to-pressure-beijing/1594899.html",
    license=PD, retrieved=PAGES + " (section label 'News / Asia' and the video block before the article (video title 'Dissident Vows to Keep Pressure on Beijingi', 'X', the date line 'February 01, 2013 2:20 AM', the summary ending 'Jeff Swicord reports.' and the repeated video title) dropped (H160); the paragraph '\"In this key moment of transformation, internatio...', cut in the stored copy, dropped)",
    text='''Chinese Dissident Calls on US to Pressure Beijing
Blind Chinese dissident Chen Guangcheng called on the United States Thursday to pressure Beijing to improve its human rights record as he urged his fellow citizens not to depend on foreign assistance in their push for change.
In an exclusive television interview with VOA Mandarin, the 41-year-old legal activist said the U.S., as the global human rights leader, commands substantial leverage over China because "its economy is not really as powerful as it is made out to be."
"Many of their statistics are inflated and the vast majority of China's citizens have not benefited from the country's economic successes, which are limited to a handful of cities," Chen said.
Earlier, he had called on the Chinese people to end one-party communist rule and for Washington not to "give an inch" on human rights in its relations with Beijing.
But analyst Michael Mazza of the Washington-based American Enterprise Institute said U.S. influence is "of course, limited by the nature of the [countries'] relationship and business interests."
"There are things we can do to step up pressure to help alleviate - in minor ways - some of the human rights abuses that happen in China, and do so without putting the larger relationship at risk. Basically, it is public statements, public pressure in support of dissidents in China," said Mazza.
Pivotal moment
Chen told VOA that dictatorship is one of the greatest threats to human civilization but that the time is ripe in China for change.''',
    quotes=[
        Q('"its economy is not', 'made out to be."', "Chen Guangcheng"),
        Q('"Many of their statistics', 'handful of cities,"', "Chen Guangcheng"),
        Q('"give an inch"', None, "Chen Guangcheng"),
        Q('"of course, limited', 'business interests."', "Michael Mazza"),
        Q('"There are things we can do', 'dissidents in China,"', "Michael Mazza"),
    ],
    aliases={"Chen Guangcheng": ["Chen"], "Michael Mazza": ["analyst Michael Mazza", "Mazza"]},
),
dict(
    id="voa-2004-02-10-sudan-rebels-deny-government-claim-darfur",
    source="https://www.voanews.com/a/a-13-a-2004-02-10-16-sudan-67338632/382255.html",
    license=PD, retrieved=PAGES + " (navigation lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'Darfur's other two rebel groups, the Sudan Liberation Army and the smaller Sudan Federal Democratic Alli...', cut in the stored copy, dropped)",
    text='''Sudan Rebels Deny Government Claim of Control over Darfur - 2004-02-10
One of the rebel groups in the western Darfur region of Sudan is denying Sudanese President Omar Al-Bashir's claim that government forces are in full control of the troubled province. Meanwhile, the government in Khartoum says it will not attend talks later this week with rebels in Geneva to discuss opening a humanitarian corridor through Darfur.
Speaking to VOA by satellite telephone, an official with the rebel Justice and Equality Movement, Abubaka Ahmed Noor, said the year-old rebellion in the Darfur region has not been defeated, as Sudanese President Omar Al-Bashir claims.
"It is not a true report," said Mr. Noor. "He says he has crushed our rebels in Darfur. Actually, [it is] not like that. Because they are bombing the civilians, we evacuated the towns. And now, we're surrounding their military and troops in rural areas under our control."
In a statement read on state-run television Monday, President Bashir declared that all major military operations in western Darfur, bordering Chad, had ended.
Describing the area as being entirely in government hands, Mr. Bashir said he would give amnesty to all rebels who surrender their weapons to police within a month. He warned that government forces would fight again, if the rebels did not disarm peacefully.
Mr. Noor, with the Justice and Equality Movement, says that while his group wants a peaceful resolution to the conflict, it will never accept a deal proposed by the Sudanese president or his government.
"Anything comes through Bashir, we reject them," asserted Mr. Noor. "We don't believe them. Anytime [there] is a call for peace, we will be there, but we want a witness to attend and see what the government is saying and what they're doing. We will never sit alone with them, unless there is a witness."''',
    quotes=[
        Q('"It is not a true report,"', None, "Abubaka Ahmed Noor"),
        Q('"He says he has crushed', 'under our control."', "Abubaka Ahmed Noor"),
        Q('"Anything comes through Bashir, we reject them,"', None, "Abubaka Ahmed Noor"),
        Q("\"We don't believe them.", 'unless there is a witness."', "Abubaka Ahmed Noor"),
    ],
    aliases={"Abubaka Ahmed Noor": ["Mr. Noor"]},
),
dict(
    id="voa-2009-02-11-at-least-26-killed-in-attacks-in-afghan-capital",
    source="https://www.voabangla.com/a/a-16-2009-02-12-voa5-94460129/1399509.html",
    license=PD, retrieved=PAGES + " (English news item on the site of VOA's Bangla service; the Bengali navigation line 'অ্যাকসেসিবিলিটি লিংক' and the size switch 'XS SM MD LG' at the end dropped; complete in the stored copy)",
    text='''At least 26 Killed in Attacks in Afghan Capital
Taliban militants launched near-simultaneous attacks on three Afghan government buildings in Kabul Wednesday, killing at least 26 people and wounding nearly 60.
Afghan officials say eight suicide attackers also died in the daytime assault after they tried to kill as many people as possible. Some blew themselves up, while others were killed by security guards.
The assaults against the Justice Ministry, Education Ministry and the office of prisons came ahead of a visit to Kabul by the U.S. envoy for Pakistan and Afghanistan, Richard Holbrooke.
Shortly after the attacks began, a Taliban spokesman (Zabiullah Mujaheed) called VOA and other news outlets, saying the suicide bombers were trying to kill the justice minister. He was not hurt.
The United States and United Nations condemned the attacks.
U.N. Secretary-General Ban Ki-moon condemned the attacks as a "horrendous crime against civilians" and "a total disrespect of human rights."
A U.S. Defense Department spokesman (Bryan Whitman) called the attacks "somewhat bold, brazen and troubling."
Interior Ministry officials said the attacks demonstrated a high degree of coordination, adding there are indications that some of the militants were foreigners.
Afghanistan's security chief (Amrullah Saleh) said authorities are investigating the possibility militant groups in Pakistan are linked to the assault.
Also Wednesday, in eastern Logar province, a French soldier and his Afghan interpreter were killed when gunmen set off explosives near their convoy and then opened fire on the troops.
Military officials say another French soldier was seriously wounded in the attack.''',
    quotes=[
        Q('"horrendous crime against civilians"', None, "Ban Ki-moon"),
        Q('"a total disrespect of human rights."', None, "Ban Ki-moon"),
        Q('"somewhat bold, brazen and troubling."', None, "Bryan Whitman"),
    ],
    aliases={"Ban Ki-moon": ["U.N. Secretary-General Ban Ki-moon"]},
),
dict(
    id="voa-2009-12-20-senate-moves-to-major-vote-on-health-care-reform",
    source="http://www.voanews.com/content/senate-moves-to-major-vote-on-health-care-reform-79760542/416571.html",
    license=PD, retrieved=PAGES + " (section label 'News' and the photo caption 'Snow on Capitol Hill in Washington, D.C., Sunday, 20 Dec. 2009', printed twice, dropped; the deck under the headline kept as a line (H92); double spaces inside paragraphs kept; the paragraph 'But there are major differences in approach.  The House includes a government-funded health care plan to...', cut in the stored copy, dropped)",
    text='''Senate Moves to Major Vote on Health Care Reform
Even if successful, drafting a compromise measure with the House of Representatives may be the toughest part of all
This is President Barack Obama's biggest legislative priority.   And it could have an impact on the health and wealth of Americans for generations to come.
The drafting process has proven cumbersome and controversial.  In the Senate, extraordinary steps were taken to win the support of a handful of Democrats who threatened to vote "no."
With the last hold-out, Senator Ben Nelson of Nebraska, now on board, the focus on Capitol Hill is beginning to shift to the crucial task of reconciling the more liberal House version, with the one expected to clear the Senate before Christmas.
A top advisor to the president indicates there is no doubt at the White House a piece of legislation will eventually clear Congress.  David Axelrod told the NBC television program Meet the Press that the Senate has moved the process forward.
"Obviously, it is a big step along the way," he noted.  "We have got additional steps to take.  The House has a bill. The Senate has a bill."
Axelrod said work on a House-Senate compromise will begin in January, when Congress returns from its holiday recess.  He predicted it will be tough, but doable.
"Seven presidents have tried to pass comprehensive health insurance reform. Seven presidents have failed.  We have been talking about it for a hundred years.  We are on the doorstep of getting it done and it will be a great victory for the American people," he added.
Both the House and Senate bills attempt to improve the accessibility and affordability of health care in a nation where most people rely on private insurance to meet medical costs.''',
    quotes=[
        Q('"no."', None, None),
        Q('"Obviously, it is a big step along the way,"', None, "David Axelrod"),
        Q('"We have got additional steps', 'The Senate has a bill."', "David Axelrod"),
        Q('"Seven presidents have tried', 'for the American people,"', "David Axelrod"),
    ],
    aliases={"David Axelrod": ["Axelrod"]},
),
dict(
    id="voa-2012-80000-syrians-take-refuge-in-jordan",
    source="https://voa.pangea-cms.com/preview/en-US/a/article-80000-syrians-take-refuge-in-jordan--142559715/179634.html",
    license=PD, retrieved=PAGES + " (VOA's content system, the article as published (H106); navigation lines 'Accessibility links', 'Breaking News' and 'News' dropped; the paragraph '“We are here doing nothing. If we find jobs we work just to have the basics, to survive. Clothes for the child...', cut in the stored copy, dropped; the mixed marks (“...\") are as stored (H94))",
    text='''80,000 Syrians Take Refuge in Jordan
The Syrian government's assault on opposition strongholds is causing more and more people to flee the country. Neighboring countries such as Jordan are trying to help them, but the influx is straining limited resources.
Early morning at this makeshift camp near Karama in the Jordan River Valley. Some of the 80,000 Syrians who have taken refuge in Jordan have come to this farming area hoping to find work.
Sixteen-year-old Khaled al-Ahmed arrived a few days ago, fleeing what he calls the slaughter in Idlib, northern Syria. He wants his face hidden. He fears for the safety of his relatives back home. He says his family is desperate.
“There is no bread. There is no money to live on. I want to transfer money from here to them. But I cannot because if it reaches there it is stolen. So how do you think they are living? They are starving," he said.
The fighting in Syria has grown increasingly deadly. The Syrian army is using tanks and artillery against rebels opposed to President Bashar al-Assad. Civilians are bearing the brunt of the conflict, which started as mostly peaceful demonstrations against the 40-year regime of the Assad family.
Dr. Wasfi al-Rashda heads the Irbid Specialty Hospital. He says the condition of the refugees is deplorable but is to be expected.
“Any refugee who leaves his homeland, who leaves his house, obviously is going to need humanitarian aid and medical care," he said.
Many refugees receive help from the Jordanians. A local farmer lets these people live on his land. And the Jordanian government has donated tents and blankets. But it is not enough. This woman is ill and fainted.
Ali Hamad arrived two months ago from Hama, central Syria. He says life in the camp is hard for the refugees. The best they can hope for is temporary jobs in the fields.''',
    quotes=[
        Q('“There is no bread.', 'They are starving,"', "Khaled al-Ahmed"),
        Q('“Any refugee who leaves', 'medical care,"', "Wasfi al-Rashda"),
    ],
    aliases={"Wasfi al-Rashda": ["Dr. Wasfi al-Rashda"]},
),
dict(
    id="voa-2012-12-03-in-jordan-syrian-refugees-await-assads-fall",
    source="http://www.voanews.com/content/in-jordan-syrian-refugees-await-assads-fall/1557662.html",
    license=PD, retrieved=PAGES + " (section label 'News / Middle East' and the byline 'Elizabeth Arrott and Japhet Weeks' dropped; trailing spaces at two paragraph ends removed; the photo-gallery captions after the last kept paragraph ('Children play at the Za'tari refugee camp ...', cut inside the last caption) dropped)",
    text='''In Jordan, Syrian Refugees Await Assad's Fall
In a makeshift kitchen between refugee tents in Jordan, members of an extended family try to recreate some semblance of the life they left in Syria, before war tore apart their homeland. They are among more than 200,000 Syrians in Jordan waiting for the conflict to end.
Several women pat out dough for bread and cook it over an open fire. Om Ahmed, who cares for several children in the group, recalls their last days at home in el Sawra, in southern Syria.
“It was very bad," she says. "They were hitting us with rockets and tanks and mortar shells.”
They tried to find a haven in towns nearby, but were forced to cross the border, settling at the Zaatari refugee camp in Jordan. At the camp's playground, children have a place to run in safety, away from the bombing and firefights which have claimed an estimated 40,000 lives since early last year.
Preparing for winter
As winter approaches, the needs of Om Ahmed and her family grow.
“Life is difficult, and each day we are asking for more things,” she says. “We want different tents. With these tents, if it rains, the water comes in on us.”
Others try to reinforce their tents with foam sheets, a half-measure as tens of thousands settle in for the winter. And more keep coming.''',
    quotes=[
        Q('“It was very bad,"', None, "Om Ahmed"),
        Q('"They were hitting us', 'mortar shells.”', "Om Ahmed"),
        Q('“Life is difficult,', 'for more things,”', "Om Ahmed"),
        Q('“We want different tents.', 'comes in on us.”', "Om Ahmed"),
    ],
    aliases={},
),
dict(
    id="voa-2014-us-report-al-qaida-affiliates-pose-growing-threat",
    source="https://www.voanews.com/a/us-report-al-qaida-affiliates-pose-growing-threat/1904961.html",
    license=PD, retrieved=PAGES + " (navigation lines 'Accessibility links' and 'Breaking News' and the video block before the article (repeated title, 'please wait', 'No media source currently available', '0:00 0:01:58 0:00') dropped (H160); the paragraph '\"To the extent that Syria continues to become a political issue, and the pol...', cut in the stored copy, dropped; the copy's 'The reports focuses' kept as stored)",
    text='''US Report: Al-Qaida Affiliates Pose Growing Threat
The United States says a growing number of al-Qaida affiliates and other terrorist groups in the Middle East and Africa pose a serious threat to U.S. interests and allies. The warning comes as part of the State Department's annual report on global terrorism.
Last September's deadly attack on a Nairobi shopping mall is an indication, according to the State Department, that al-Qaida's central leadership is weakening as affiliated or like-minded terrorist groups gain strength. In this case al-Shabab, the Somali group that claimed responsibility for the attack.
The State Department's 2013 terrorism report says top leaders, such as Ayman al-Zawahiri, are losing their grip on many al-Qaida affiliates.
And those affiliates are becoming more aggressive, according to the State Department's Coordinator for Counterterrorism, Tina Kaidanow.
"The evidence that we've seen has shown that they are unable to do what they had done in the past, in terms of directing the activity of their affiliates globally. So I think that, you know, through any measure, what that means is, degrading and disrupting has been successful. But that said, there's still a core al-Qaida element that we need to watch out for," said Kaidanow.
The reports focuses largely on the threat in the Middle East and Africa, including groups such as al-Shabab and Boko Haram in Nigeria.
"The past several years have seen the emergence of a more aggressive set of AQ affiliates and like-minded groups, most notably in Yemen, Syria, Iraq, northwest Africa and Somalia," said Kaidanow.
The ongoing conflict in Syria is a key area of long-term concern, she said, because the violence there is attracting extremists from other parts of the world.''',
    quotes=[
        Q("\"The evidence that we've seen", 'need to watch out for,"', "Tina Kaidanow"),
        Q('"The past several years', 'northwest Africa and Somalia,"', "Tina Kaidanow"),
    ],
    aliases={"Tina Kaidanow": ["Kaidanow"]},
),
dict(
    id="voa-2021-09-us-spots-potential-movement-of-al-qaida-to-afghanistan",
    source="https://www.voanews.com/a/6226492.html",
    license=PD, retrieved=PAGES + " (navigation lines 'Accessibility links' and 'Breaking News', the caption line 'July, 2006 -- Fighting between Taliban and al-Qaida fighters and Afghan government forces intensifies.' and the photo caption 'FILE - Then-U.S. Under Secretary for Terrorism and Financial Intelligence David Cohen speaks during a press conference in Rome, October 3, 2012.', printed twice, dropped; the paragraph 'Still, the CIA warning follows concerns from international counterter...', cut in the stored copy, dropped)",
    text='''US Spots 'Potential Movement' of al-Qaida to Afghanistan
There are growing indications that supporters of both the al-Qaida and Islamic State terror groups have their sights set on Afghanistan, emboldened by the Taliban takeover of the country late last month.
Initial reports over the past week or so have highlighted an uptick in chatter among terrorists, expressing a desire to go to Afghanistan, but a top U.S. intelligence official said Tuesday that some already have begun the journey.
"We are already beginning to see some of the indications of some potential movement of al-Qaida to Afghanistan," Central Intelligence Agency Deputy Director David Cohen said during a panel discussion at an intelligence summit outside of Washington.
"But it's early days," he said, warning that al-Qaida could reconstitute in as little as a year. "We will obviously keep a very close eye on that."
U.S. intelligence officials declined to share specifics on the identities of the al-Qaida members making their way back to Afghanistan, or about where they were coming from, though a recent video posted online showed Amin al-Haq, who served with al-Qaida founder Osama bin Laden during the battle of Tora Bora, returning to his native Nangarhar province.
There also have been lingering doubts from other intelligence agencies that some key al-Qaida leaders currently in Iran, like Saif al-Adel, the group's second-in-command, will head back to Afghanistan given they have stronger connections elsewhere.''',
    quotes=[
        Q("'Potential Movement'", None, "David Cohen"),
        Q('"We are already beginning', 'al-Qaida to Afghanistan,"', "David Cohen"),
        Q("\"But it's early days,\"", None, "David Cohen"),
        Q('"We will obviously keep', 'close eye on that."', "David Cohen"),
    ],
    aliases={"David Cohen": ["Central Intelligence Agency Deputy Director David Cohen"]},
),
dict(
    id="voa-2021-07-al-qaida-islamic-state-set-to-reconstitute-in-afghanistan",
    source="https://www.voanews.com/a/us-afghanistan-troop-withdrawal_al-qaida-islamic-state-set-reconstitute-afghanistan-beyond/6208076.html",
    license=PD, retrieved=PAGES + " (navigation lines 'Accessibility links' and 'Breaking News' and the photo caption 'Militiamen loyal to Ata Mohammad Noor ... July 8, 2021.', printed twice, dropped; the subheading 'Islamic State's reach' kept as a line; the paragraph 'IS-Khorasan, which no longer holds territory in Afghanistan, as it once did, has...', cut in the stored copy, dropped)",
    text='''Al-Qaida, Islamic State Set to Reconstitute in Afghanistan, Beyond
With U.S. and coalition combat troops all but gone from Afghanistan, Western officials are preparing to face down terrorist threats with the promise of "over-the-horizon" capabilities that may be ill-suited to the danger that groups such as al-Qaida and Islamic State currently pose.
U.S. officials, both publicly and privately, insist both terror groups are a shadow of their former selves. Al-Qaida, they say, commands maybe several hundred fighters across Afghanistan, while the Islamic State's Afghan affiliate, IS-Khorasan, has slightly more.
And while IS-Khorasan has claimed responsibility for several high-profile attacks, especially in urban areas, intelligence and humanitarian officials say that both groups are unlikely to do anything that would make them an easy target for U.S. bombers or drones flying into Afghanistan from afar.
"Al-Qaida, probably for the foreseeable future, is probably going to tie its fortunes very closely with the Taliban," one Western counterterrorism official told VOA.
"They're going to want to reassure the Taliban that they're not going to embarrass them," the official added, speaking on the condition of anonymity in order to discuss sensitive intelligence matters. "They're going to want to keep Afghanistan a place from which they can recruit, train."
Islamic State's reach''',
    quotes=[
        Q('"over-the-horizon"', None, None),
        Q('"Al-Qaida, probably for the foreseeable future', 'with the Taliban,"', None),
        Q("\"They're going to want to reassure", 'embarrass them,"', None),
        Q("\"They're going to want to keep", 'recruit, train."', None),
    ],
    aliases={},
),
dict(
    id="voa-key-official-says-us-must-not-overlook-al-qaida-islamic-state",
    source="https://www.voanews.com/a/key-official-says-us-must-not-overlook-al-qaida-islamic-state/6913250.html",
    license=PD, retrieved=PAGES + " (navigation lines 'Accessibility links' and 'Breaking News' and the photo caption 'FILE - A view shows a damaged hotel building in Shahr-e-Naw neighborhood, ... Dec. 13, 2022.', printed twice, dropped; the subheading 'Islamic State' kept as a line; the paragraph 'IS has been especially hard hit, losing two emirs over the past 12 months — Abu Ibrahim al-Hashimi al-Qurashi during a raid by U.S. special forces in northwest S...', cut in the stored copy, dropped)",
    text='''Key Official Says US Must Not Overlook Al-Qaida, Islamic State
For months the gaze of U.S. counterterrorism officials has been shifting, moving from scrutiny of foreign terrorist organizations to individuals in the United States seeking out ideologies to justify their use of violence.
The most likely attackers, according to the government's most recent terrorism advisory, are lone actors or small groups motivated by a wide array of beliefs and personal grievances who pose a "persistent and lethal threat to the homeland."
But while attacks like the May 2022 mass shooting that killed 10 Black shoppers in Buffalo, New York, continue to grab headlines and the attention of officials, the top U.S. counterterrorism official cautions that jihadi groups, such as al-Qaida and Islamic State, cannot be forgotten.
"We have still got to be really vigilant about the threat posed by those organizations that are based overseas that want to conduct attacks against Americans here in the homeland," National Counterterrorism Center Director Christine Abizaid said Tuesday at an event hosted by the Washington Institute for Near East Policy.
"The al-Qaida- and ISIS-inspired threat is still there," she said, using an acronym for the Islamic State group, which is also known as IS or Daesh.
Years of counterterrorism pressure by the U.S. and its partners have taken a toll on the two groups, whittling away each group's core leaders.
Islamic State''',
    quotes=[
        Q('"persistent and lethal threat to the homeland."', None, None),
        Q('"We have still got to be really vigilant', 'here in the homeland,"', "Christine Abizaid"),
        Q('"The al-Qaida- and ISIS-inspired threat is still there,"', None, "Christine Abizaid"),
    ],
    aliases={"Christine Abizaid": ["National Counterterrorism Center Director Christine Abizaid"]},
),
]
