# Held-out English news texts (tests/data/heldout288-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# three stories on voanews.com (Russia's apology for Sergei Lavrov's remarks on a VOA report, January 2017; the attack
# on Somalia's presidential palace, February 2014; Robert Mugabe's state of the nation address, December 2006) and four
# copies of VOA stories on other sites: a VOA Learning English story on a US carrier group in the South China Sea
# (February 2017) on the feed blog newsamricaa.blogspot.com, a 'VOA News' story on a suicide bombing in Beledweyne,
# Somalia (October 2013) on tcjonline.org, a VOA News report by Deborah Tate on Nicholas Burns and Pakistan (July 2007)
# on the learners' blog poenglish.blogspot.com and a VOA Learning English story on Mike Pompeo's meeting with Kim Jong
# Un (April 2018) in the muhabirce.de copy of VOA's Learning English feed. None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept, a cut
# paragraph is dropped, and in the copies that print a story as one paragraph the text ends on the last complete
# sentence (noted in `retrieved`). Site lines, photo captions, feature boxes, blog and feed date lines, an editor's
# note, a download line and comment furniture are dropped; headlines are kept as the first line; wording and quotation
# marks (straight, curly or mixed as stored) are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H1720-H1723 in ANNOTATION.md on top of H1-H1713 and the rules of the sets above).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout288-en.jsonl

Built by `build.py` from `heldout288_pages.py`. Like the VOA sets above (heldout275-en and others; copies on other
sites with the licence constant PDC as in heldout205-en, heldout267-en and heldout275-en), these texts are Voice of
America stories (US government works in the public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages`
search corpus): three stories on voanews.com (Russia's Foreign Ministry apologizing for Sergei Lavrov's remarks on a
VOA Russian report, January 2017; the al-Shabab attack on Somalia's presidential palace, February 2014; Robert
Mugabe's state of the nation address, December 2006) and four verbatim copies of VOA stories on other sites: a VOA
Learning English story on a US carrier strike group in the South China Sea (February 2017) on the feed blog
newsamricaa.blogspot.com, a story credited 'VOA News' on a suicide bombing in Beledweyne, Somalia (October 2013) on
tcjonline.org, a VOA News report by Deborah Tate on Nicholas Burns and Pakistan (July 2007) on the learners' blog
poenglish.blogspot.com and a VOA Learning English story on Mike Pompeo's meeting with Kim Jong Un (April 2018) in the
muhabirce.de aggregator's copy of VOA's Learning English feed. None is credited to AP, Reuters, AFP or another third
party (a VOA preview page of the Beledweyne bombing that credits AP and AFP was left out). The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept, a paragraph cut in the stored copy is dropped, and
where a copy prints a story as a single paragraph the text ends on its last complete sentence (what was dropped is
noted per page). Site lines, photo captions, feature boxes, blog and feed date lines, an editor's note, a download
line and comment furniture were dropped; wording and quotation marks are as stored. None of these pages is used in
any set above (checked by URL and page id, by headline, and by the names of their speakers and distinctive phrases
such as 'Galperovich', 'kind of truth Voice of America', 'Indha-Asse', 'Nick Kay', 'misguided elements', 'In Annual
Speech, Mugabe', 'Carl Vinson', 'lawful use of the sea', 'scare Somali people', 'Bashir Hussein Dhoor', 'Pakistan is
sovereign in its own country', 'certainty of knowledge', 'Fran Townsend', 'Meeting went very smoothly' and 'Details of
Summit', grepped in tests/data of the main checkout and of every other helper's worktree; no hits, except Lavrov,
Deborah Tate and Gabriel Chaibva in other VOA pages of earlier sets). The annotation (rules H1720–H1723 in
`ANNOTATION.md` on top of H1–H1713) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h288-2017-01-moscow-apologizes",
    source="https://www.voanews.com/a/moscow-apologizes-misrepresenting-voice-america-report/3680295.html",
    license=PD, retrieved=PAGES + " (VOA story of January 2017 on voanews.com; " + DROP_NAV + "; the photo caption 'FILE - Russian Foreign Minister Sergei Lavrov speaks at U.N. headquarters, Oct. 1, 2015.' dropped; the headline kept as the first line; the subheading ''Witch hunt'' kept as a line; the paragraph '\"This is the kind of truth Voice of America carries,\" Lavrov said. \"But in this case [Galperovich] was lying because by the time he made these statem', cut in the stored copy, dropped; 'Maria Zahkarova' as stored)",
    text='''Moscow Apologizes for Misrepresenting VOA Report
Russia's Foreign Ministry spokeswoman has apologized to a VOA reporter for remarks made by Foreign Minister Sergei Lavrov at a Tuesday news conference, in which he misrepresented Voice of America reporting in a way that served to undermine the agency's credibility.
Hours after Lavrov's remarks, Maria Zahkarova posted the apology on the Facebook profile of VOA Russian service reporter Danila Galperovich, who is based in Moscow.
In his Moscow news conference, Lavrov criticized a January 6 web report by Galperovich, who wrote that Russian officials uncharacteristically had not yet responded to detailed allegations from U.S. intelligence agencies that Russian hackers interfered with the U.S. presidential campaign.
U.S. officials presented evidence in support of the allegations of Russian hacking to U.S. senators in the first week of January and in a declassified report released to news media on January 6 — the same day that the officials gave President-elect Donald Trump a more detailed briefing at Trump Tower in New York.
'Witch hunt'
Speaking Tuesday, Lavrov incorrectly said the VOA article had been published on January 9 — the same day that Russian officials issued their first formal response to the U.S. allegations, dismissing them as a "full-scale witch hunt." The foreign minister berated VOA for failing to report the Russian response, which did not come until three days after the article was published.
The minister accused Russian service journalist Galperovich of lying about Russia's reaction to the U.S. intelligence findings, and referred to his report as "junk" produced by a news organization "funded by the U.S. State Department."''',
    quotes=[
        Q("'Witch hunt'", None, None),
        Q('"full-scale witch hunt."', None, None),
        Q('"junk"', None, "Sergei Lavrov"),
        Q('"funded by the U.S. State Department."', None, "Sergei Lavrov"),
    ],
    aliases={"Sergei Lavrov": ["Foreign Minister Sergei Lavrov", "Lavrov", "The foreign minister", "The minister"]},
),
dict(
    id="voa-en-h288-2014-02-somali-palace-attack",
    source="http://www.voanews.com/content/somali-president-unharmed-in-palace-attack-17-killed/1856776.html",
    license=PD, retrieved=PAGES + " (VOA story of February 2014 on voanews.com; the section line 'World News' dropped; the headline kept as the first line; the empty lines between paragraphs dropped; the 'Feature Story' box after the last paragraph (a photo caption and the neighbouring story 'Jordan’s Battle With Islamic State Militants Carries Domestic Risks') dropped; straight marks as stored)",
    text='''Somali President Unharmed in Palace Attack; 17 Killed
Al-Qaida-linked militants attacked Somalia's presidential palace Friday. The president was unharmed but at least 17 other people were killed.
Al-Shabab quickly claimed responsibility for the attack on the palace, known as Villa Somalia.
Witnesses say the attack began with a car bomb explosion, then gunmen stormed the palace compound. African Union and Somali government soldiers fought off the assailants.
A Somali security official tells VOA that the dead include seven soldiers, at least eight attackers and two others. One of those killed, Mohamud Indha-Asse, was chief of staff in the prime minister's office.
Nick Kay is the U.N. secretary-general's special representative to Somalia. He says he heard from President Hassan Sheikh Mohamud soon after the attack.
"The first I heard of it this morning actually as a phone call from the president just after the attack had happened. He wanted to reassure me that he was unharmed, unhurt and that the attack had been unsuccessful."
In a statement, President Mohamud sent condolences to the families of those killed, and vowed that the Somali government and African Union forces would "eliminate" the group.
U.N. Secretary General Ban Ki-moon condemned the attack and called on Somalis to remain resolute in the fight against extremism.
The U.S. State Department said the attack shows once again that al-Shabab stands only for death and destruction.
Al-Shabab lost control of Mogadishu in 2011 but has mounted periodic attacks in the city.
The U.N.-backed Mohamud government is trying to restore stability to Somalia, which has endured more than two decades of lawlessness and war.''',
    quotes=[
        Q('"The first I heard', 'had been unsuccessful."', "Nick Kay"),
        Q('"eliminate"', None, "Hassan Sheikh Mohamud"),
    ],
    aliases={"Nick Kay": ["the U.N. secretary-general's special representative to Somalia"],
             "Hassan Sheikh Mohamud": ["President Hassan Sheikh Mohamud", "President Mohamud", "the president"]},
),
dict(
    id="voa-en-h288-2006-12-mugabe-annual-speech",
    source="https://www.voanews.com/a/a-13-2006-12-20-voa53/314328.html",
    license=PD, retrieved=PAGES + " (VOA story of December 20, 2006 on voanews.com; " + DROP_NAV + "; the headline kept as the first line; the paragraph 'Mr. Mugabe offered an upbeat outlook for agriculture despite w', cut in the stored copy, dropped; 'to include developing nation' and 'it was through listening to Mr. Mugabe' as stored; straight marks as stored)",
    text='''In Annual Speech, Mugabe Denounces West, Cautions Dissenters
President Robert Mugabe of Zimbabwe delivered a state of the nation address to the Harare parliament on Wednesday in which he urged United Nations reform, chided Western nations he said were plotting regime change, predicted a rebound in the moribund economy and warned dissenters he would deal harshly with them.
Mr. Mugabe called for the U.N. Security Council to be expanded to include developing nation. He denounced Great Britain and the United States, which he accused of trying to bring about regime change. Mr. Mugabe also warned that dissent expressed "under the guise of freedom of expression" would be suppressed.
"The country continues to enjoy peace and tranquillity despite attempts by some misguided elements to fuel anarchy under the guise of freedom of expression and association," Mr. Mugabe told the joint session of parliament.
"While the country respects and affords everyone the right of assembly and association, the use of such platforms as tools to advance the British-inspired regime change agenda cannot be tolerated," said Mugabe, who turns 83 in February.
One faction of the divided Movement for Democratic Change boycotted the speech in August House while legislators of a rival faction attended. The MDC faction of Morgan Tsvangirai said it was through listening to Mr. Mugabe, in power since 1980, while the Arthur Mutambara faction said it would remain involved in the political process.
Spokesman Nelson Chamisa of the Tsvangirai faction said its legislators boycotted the speech because they do not recognize Mr. Mugabe as president, maintaining that the 2002 presidential election, in which Tsvangirai faced Mr. Mugabe, was rigged.
But spokesman Gabriel Chaibva of the Mutambara faction said a boycott did not make sense as Mr. Mugabe remains the head of state regardless of political differences.''',
    quotes=[
        Q('"under the guise of freedom of expression"', None, "Robert Mugabe"),
        Q('"The country continues', 'expression and association,"', "Robert Mugabe"),
        Q('"While the country respects', 'cannot be tolerated,"', "Robert Mugabe"),
    ],
    aliases={"Robert Mugabe": ["President Robert Mugabe of Zimbabwe", "President Robert Mugabe", "Mr. Mugabe", "Mugabe"]},
),
dict(
    id="voa-en-h288-2017-02-carrier-south-china-sea",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-02-20T14%3A20%3A00-08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English item on the feed blog newsamricaa.blogspot.com, which reposts VOA's feed; the blog's date line 'Sunday, February 19, 2017' dropped; a VOA Learning English story of February 19, 2017; the headline kept as the first line, the body stored as one paragraph and kept so (H1067); the opening 'Editor's Note: An audio to accompany this story will be added when it is available.' dropped; the subheading 'Freedom of navigation operation' runs into the paragraph in the stored copy and is kept there; the stored copy breaks off in 'At the time, a Chinese official called ', so the text ends on the sentence before (H1105); the curly opening and straight closing mark of the spokesman's quotation as stored)",
    text='''US Aircraft Carrier Begins Patrol in South China Sea
A U.S. Navy aircraft carrier strike group has begun "routine operations" in the South China Sea. The operations came despite a warning from China not to interfere with Chinese sovereignty in the area. The U.S. Navy announced the operations on Saturday. The strike group includes Nimitz-class aircraft carrier USS Carl Vinson. The Navy Times reported last week on the planned operations with information provided by unnamed Navy officials. The report clearly angered China’s foreign ministry. A foreign ministry spokesman urged U.S. officials “not to take any actions that challenge China's sovereignty and security." China claims the man-made islands are part of its territory, along with many other parts of the South China Sea. Satellite images suggest China has added military weapons to some of the islands. Other countries with territorial claims in the sea are the Philippines, Vietnam, Taiwan, Malaysia and Brunei. Freedom of navigation operation A U.S. Navy release said the California-based Carl Vinson Carrier Strike Group left last month for a deployment to the western Pacific. A Navy official was reported as saying the deployment would, among other things, contribute “to freedom of navigation and lawful use of the sea.” Freedom of navigation operation, or FONOP, is meant to show military force and free movement of shipping in international waters. But the operation represents a test to countries holding territorial claims in disputed areas. China has objected to earlier freedom of movement exercises performed in or around its territory. The U.S. military has carried out at least four FONOP operations in the South China Sea in recent years. The most recent one took place last October, when a U.S. Navy destroyer was sent to waters near Chinese-claimed islands.''',
    quotes=[
        Q('"routine operations"', None, "U.S. Navy"),
        Q('“not to take any actions', 'sovereignty and security."', "China’s foreign ministry"),
        Q('“to freedom of navigation', 'use of the sea.”', "U.S. Navy"),
    ],
    aliases={"U.S. Navy": ["The U.S. Navy", "A U.S. Navy release", "A Navy official"],
             "China’s foreign ministry": ["foreign ministry", "A foreign ministry spokesman"]},
),
dict(
    id="voa-en-h288-2013-10-beledweyne-bombing",
    source="http://tcjonline.org/15-killed-in-somalia-attack/",
    license=PDC, retrieved=PAGES + " (copy of a story credited 'VOA News' on tcjonline.org, October 2013; the headline kept as the first line; the credit 'VOA News –' stays at the head of the first paragraph as stored; the lines 'Categories: Africa, News', 'About Author', 'Write a Comment' and the comment form lines dropped; 'Ethopian' and 'Somali’s' as stored)",
    text='''15 Killed in Somalia Attack
VOA News – A suicide bomber in central Somalia has detonated explosives in a crowded restaurant, killing at least 15 people.
Militant group al-Shabab claimed responsibility for the attack in the town of Beledweyne Saturday that left dozens wounded.
In a statement, the group said the main target for the bombing was troops from Ethiopia and Djibouti. The small restaurant is popular with foreign troops who are in Somalia to fight al-Shabab.
Al-Shabab said the blast killed more than 20 people, including 13 Ethopian troops.
The al-Qaida-linked militant group has launched a series of attacks that it says are retaliation for the presence of foreign troops in Somalia. The group claimed responsibility for a September siege at a mall in Kenya that killed at least 67 people.
The African-Union-led peacekeeping force AMISOM has pushed al-Shabab out of Somalia’s major cities, although the group still controls parts of the countryside.
In an interview with VOA’s Somali Service, Beledweyne deputy chairman Bashir Hussein Dhoor said Somali troops and at least seven civilians were among those killed in Saturday’s attack.
A VOA reporter in the city said at least seven of the wounded were in serious condition.
Somalia’s Prime Minister Abdi Farah Shirdon Saacid condemned the attack. He said the goal was to “scare Somali people” who were ready to decide their future. He said Somali’s would “not go back.”''',
    quotes=[
        Q('“scare Somali people”', None, "Abdi Farah Shirdon Saacid"),
        Q('“not go back.”', None, "Abdi Farah Shirdon Saacid"),
    ],
    aliases={"Abdi Farah Shirdon Saacid": ["Somalia’s Prime Minister Abdi Farah Shirdon Saacid"]},
),
dict(
    id="voa-en-h288-2007-07-burns-pakistan",
    source="http://poenglish.blogspot.com/2007_07_26_archive.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Deborah Tate of July 26, 2007 on the learners' blog poenglish.blogspot.com; the blog's date line '7.26.2007', the story's date line '26 July 2007', the line 'Download' and the photo caption 'Nicholas Burns (file photo)' dropped; the headline kept as the first line; the paragraph 'Undersecretary Burns was on Capitol Hill to ask Congress for $750 million ... into the national econom', cut in the stored copy, dropped; straight marks as stored)",
    text='''US Vows to Work With Pakistan on Counterterrorism
A U.S. State Department official says the United States wants to work with Pakistan on counterterrorism and not infringe on Pakistani sovereignty. The comments come just days after a White House official refused to rule out U.S. military action against al-Qaida in remote Pakistani regions, prompting an angry response from Islamabad. VOA's Deborah Tate reports from Capitol Hill.
U.S. Undersecretary of State for Political Affairs Nicholas Burns sought to ease Islamabad's concerns during testimony Wednesday before the Senate Foreign Relations Committee. "We understand that Pakistan is sovereign in its own country. We understand that Pakistani forces are in the battle, and it is always the preference to work with Pakistan on the issue of counterterrorism," he said.
At the same time, Burns said the United States would keep the option of targeting Osama bin Laden's network in the Pakistani-Afghan border regions in some circumstances. "Given the primacy of the fight against al-Qaida and Osama bin Laden, if we have in the future a certainty of knowledge, then of course the United States would always have the option of taking action on its own, but we prefer to work with the Pakistani forces, and in most situations, in nearly every situation, do work with them."
On Sunday, White House Homeland Security Adviser Fran Townsend told a television interviewer the United States would consider military action against al-Qaida elements in remote Pakistani regions near the Afghan border, prompting an angry response from Pakistan's Foreign Ministry, which said any such action would be unacceptable.''',
    quotes=[
        Q('"We understand that Pakistan', 'issue of counterterrorism,"', "Nicholas Burns"),
        Q('"Given the primacy', 'do work with them."', "Nicholas Burns"),
    ],
    aliases={"Nicholas Burns": ["U.S. Undersecretary of State for Political Affairs Nicholas Burns", "Burns",
                                "A U.S. State Department official"]},
),
dict(
    id="voa-en-h288-2018-04-pompeo-met-kim",
    source="https://www.muhabirce.de/aggregator/sources/2",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of April 18, 2018 in the muhabirce.de feed aggregator's copy of VOA's Learning English feed ('VOA News- Learn English'); the aggregator's feed description and update lines and the item's date line 'Ça, 18.04.2018 - 17:02' dropped; the headline kept as the first line, the body stored as one paragraph and kept so (H1067); the stored copy breaks off in 'China’s foreign minis', so the text ends on the sentence before (H1105); the parenthesis '(CIA Director)' before the opening mark and the straight opening and curly closing marks as stored)",
    text='''Trump Confirms CIA Chief’s Meeting with Kim
U.S. President Donald Trump confirmed Wednesday his Central Intelligence Agency chief secretly met with North Korean leader Kim Jong Un. Trump wrote on Twitter, (CIA Director) "Mike Pompeo met with Kim Jong Un in North Korea last week. Meeting went very smoothly and a good relationship was formed.” The president added, “Details of Summit are being worked out now. Denuclearization will be a great thing for World, but also for North Korea!” Trump had said on Tuesday the United States and North Korea "had talks at the highest level.” He said the two sides are considering five places for his meeting with Kim, which could take place by early June. Pompeo is Trump’s nominee as Secretary of State, the nation’s top diplomatic position. Pompeo has said he hopes the two leaders “can have that conversation and will set us down the course of achieving a diplomatic outcome that America and the world so desperately need.” He spoke last week at a Senate hearing on his nomination. Trump also said he supported South Korea’s plan to negotiate an official end to the Korean War. South Korean President Moon Jae-in and North Korean leader Kim are set to meet on April 27. A South Korean official said Wednesday that peace talks are a possible subject. But the discussion of officially ending the war would need to involve the other countries, like the U.S. and China. After news reports of Pompeo’s meeting with Kim, China said it welcomes direct contact and talks between the U.S. and North Korea.''',
    quotes=[
        Q('"Mike Pompeo met', 'relationship was formed.”', "Donald Trump"),
        Q('“Details of Summit', 'for North Korea!”', "Donald Trump"),
        Q('"had talks at the highest level.”', None, "Donald Trump"),
        Q('“can have that conversation', 'so desperately need.”', "Mike Pompeo"),
    ],
    aliases={"Donald Trump": ["U.S. President Donald Trump", "Trump", "The president"],
             "Mike Pompeo": ["Pompeo", "CIA Director", "Central Intelligence Agency chief"]},
),
]
