# Held-out English news texts (tests/data/heldout616-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): eight Voice of
# America news reports (five on voanews.com and VOA's publishing system: the clash of rival Somali troops in Mogadishu,
# September 2017, 4031788; the al-Shabab attack on Afgoye, 3556564; the Juba fighting of December 2013,
# voa.pangea-cms.com 1812345; the Burma crackdown and Internet cut of September 28, 2007, voa.pangea-cms.com 401143; the
# Iowa campaign's final hours, January 2016, 3170721; and three copies of VOA reports on other sites: the suicide attack
# on the Mogadishu mayor's offices, by the VOA Somali reporter Mohamed Olad Hassan, on somalilandmonitor.com; the
# opening of the Somaliland presidential vote, November 2017, on ibn-tv.com; a VOA Learning English story of April 2018
# on a Congolese refugee family in Lancaster, Pennsylvania, on the learner site tingroom.com) and one Justice Department
# release (the Eastern District of Virginia on the Department's elder fraud efforts, October 2022, reposted on
# securitynews.spectator.co.nz). None is credited to AP, Reuters, AFP or another third party in the kept text. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also
# where it holds the start of a quotation (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking News',
# 'News', 'update', the font-size lines 'XS' 'SM' 'MD' 'LG', 'Leave a Comment', 'Source: United States Department of
# Justice News'), photo captions, video player lines, a byline glued to 'By', the learner site's menu, date and tool
# lines, a line holding only a space and the empty lines between paragraphs are dropped; a headline is kept once as the
# first line where the stored copy has one (none is added where it has none) and a subheading as a line; wording, typos,
# the learner site's vocabulary numbers, dashes and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2325-H2329 in ANNOTATION.md on top of the
# earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PDJ = "public domain (US government work, 17 U.S.C. § 105; copy of the Justice Department's release on a third-party site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "site lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout616-en.jsonl

Built by `build.py` from `heldout616_pages.py`. Like the VOA sets above (heldout608-en, heldout481-en, heldout474-en,
heldout354-en, heldout223-en and others; copies on other sites with the licence constant PDC as in heldout608-en and
heldout354-en, and learner-site copies as in heldout124-en (tingroom.com)) and the Justice Department releases of
heldout329-en and heldout364-en (reposts on news aggregators; securitynews.spectator.co.nz as in heldout50-en and
heldout200-en), these texts are works of the US federal government in the public domain under 17 U.S.C. § 105
("Copyright protection under this title is not available for any work of the United States Government"), taken from
stored web pages (the `pages` search corpus). Reuse terms relied on: that public-domain status of VOA's own staff work,
which VOA's feeds restate ("Voice of America content is produced by the Voice of America, a United States federal
government-sponsored entity, and is in the public domain"), and of a US Attorney's Office release; copies on other
sites carry the same text and add no rights of their own, and the copying sites' own lines are dropped. Texts credited
to AP, Reuters, AFP or another third party were excluded. The texts: a VOA report of September 2017 on the clash of
rival Somali government forces in Mogadishu's Hodan district, with Dr. Mohamed Yusuf of Madina Hospital and the
residents Hashi Hirey and Ali Hassan (voanews.com 4031788); a VOA report on the al-Shabab attack on Afgoye, with the
Lower Shabelle governor Ibrahim Aden Ali speaking to VOA Somali (voanews.com 3556564; no date in the stored copy); a
VOA report by the VOA Somali reporter Mohamed Olad Hassan on the suicide attack on the Mogadishu local government
headquarters that injured the mayor, with the UN envoy James Swan and the deputy mayor Mohamed Tulah (copy on
somalilandmonitor.com under the label 'SOMALIA:'; no date in the kept text); a VOA News report of December 2013 on the
death toll of the Juba fighting, with the State Department's travel warning and Rebecca Nyandeng, John Garang's widow
(VOA's publishing system, voa.pangea-cms.com preview 1812345); a VOA report of November 2017 on the opening of the
Somaliland presidential vote, with the VOA Somali reporter Barkhad Kariye, the army chief of staff Nuh Ismail Tani and
the police commander Abdullahi Fadal Iman (copy on ibn-tv.com); a Justice Department release of the US Attorney's
Office for the Eastern District of Virginia of October 2022 on the Department's efforts to protect older adults, with
the US Attorney Jessica D. Aber and Attorney General Merrick B. Garland (repost on securitynews.spectator.co.nz, dated
2022/10/06 in its address); a VOA report of January 2016 on voter anger in the last days of the Iowa campaign, with a
Trump supporter named Jack and Senator Ted Cruz (voanews.com 3170721); a VOA News report by Luis Ramirez of September
28, 2007 on the Burmese military firing at protesters and cutting off the Internet, with an unnamed protester in
Rangoon (voa.pangea-cms.com preview 401143); and a VOA Learning English story of April 2018 on the Congolese refugee
Mtabi Ebeula and his family in Lancaster, Pennsylvania, and the State Department's cuts to resettlement agencies
(copy on the learner site tingroom.com, story 428527). Licence caveats: the somalilandmonitor.com, ibn-tv.com and
tingroom.com copies show no VOA credit line in the kept text; they are taken as VOA's by their own words (`told VOA`,
`A VOA Somali reporter in Hargeisa`, `A State Department official told VOA`) and, for the first, by the byline of the
VOA Somali reporter; the somalilandmonitor.com and tingroom.com copies and the aggregator's DOJ repost break off before
any closing credit, so a closing agency credit cannot be ruled out, but no wire credit was found in any kept text;
another copy of the Somaliland report (discoverafricanews.com) was not used because it inserts an encyclopedia
paragraph on Somaliland that is not VOA's; the voanews.com pages and the two preview pages name no writer in the kept
text except the Burma report's `VOA's Luis Ramirez`; the texts quote Somali, South Sudanese and Somaliland officials, a
UN envoy, a US senator, unnamed residents and protesters, a refugee and US Justice Department officials inside the
public-domain texts. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a
paragraph cut in the stored copy is dropped (noted per page: the Afgoye report's 'Afgoye w'; the Juba report's 'A
high-ranking member of the ruling SPLM party, Nyandeng has been a critic of the government sin'; the DOJ release's
'This past year'; the Iowa report's '“Many politicians say one thing ... It happens in both pa', the start of a
quotation cut before its close; the Congolese story's 'The CWS office in Lancaster gets $1.2 millio'); the Mogadishu
clash report and the somalilandmonitor.com copy end on a paragraph closed by a full stop, which is kept; the Burma
report (closed by the font-size lines) and the ibn-tv.com copy (closed by its 'Leave a Comment' line) are complete.
Site lines ('Accessibility links', 'Breaking News', 'News', the label 'update', the font-size lines 'XS', 'SM', 'MD',
'LG', ibn-tv.com's 'Leave a Comment', the aggregator's 'Source: United States Department of Justice News'), the photo
captions (the Mogadishu report's 'Members of Somali Armed Forces take their position ... Sept. 16, 2017.', the Afgoye
report's 'FILE - A fruit seller looks across ...', stored twice, the Iowa report's 'Voters look on as ... in Mt.
Pleasant, Iowa'), the Iowa report's video lines ('WATCH: VOA Snapshot of the Iowa Race – Republicans', the player
title, 'please wait', 'No media source currently available', '0:00 0:01:15 0:00'), somalilandmonitor.com's byline line
'ByMohamed Olad Hassan', tingroom.com's language menu line, date line ('时间:2018-04-10 23:23来源:互联网 提供网友:nan
字体: [ ]') and tool line ('(单词翻译:双击或拖选)'), a line holding only a space and the empty lines between paragraphs
were dropped; headlines are kept as the first line where the stored copy has one (the DOJ repost has none and gets none,
H1818; somalilandmonitor.com's label 'SOMALIA:' and ibn-tv.com's full stop after the headline are kept as stored), the
subheadings 'Garang's Widow: 'I'm Under House Arrest'' and 'Fewer refugees are ‘a big hit’ for nonprofit groups' are
kept as lines; wording and typos ('were voters will cast', 'to be obey', 'a campaign a campaign event' (dropped
caption), 'a civil war that that ended', 'should be shook up', the lower-case 'yesterday, the Department'),
tingroom.com's vocabulary numbers ('killing1', 'refugee2', 'refugees3', 'Trump4', H930), dashes and quotation marks
(straight or curly as stored, also a curly opening closed by a straight mark) are as stored. Pages read but left out:
pages whose stored part keeps fewer than two quotations with marks (a VOA archive report on the UNHCR's resumed
repatriation of Afghans, a VOA Studio 7 report on raids on Harare vendors, a VOA preview report on Somali pirates
hijacking a tanker, a NOAA release of 2005 on coral reef ecosystems, a copy of a DOJ release on the elder fraud sweep
of 2018, a VA release of 2003 in the UNT web archive, a Solar Decathlon daily journal of 2009), a second VOA report on
the Burma protests of September 27, 2007 (voanews.com 407319, with an unnamed Rangoon resident), VOA Connect scripts
(voanews.com 4347039 and 4346990), voaafrica.com audio summaries, a newdelhitimes.com story on the Somali drought
without a VOA mark in its stored part, State Department and embassy pages (remarks and event notes without
quotations), FEMA, BIA and DOJ list pages, and pages of newspapers, TV stations, wire services and blogs found by the
same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(4031788, 3556564, 1812345, 401143, 3170721, 428527, somaliland-monitor and ibn-tv slugs, edva-takes-part), by headline
and by the names of their speakers and phrases, such as Hashi Hirey, Hanta-Dheer, Madina Hospital, Ibrahim Aden Ali,
Hassan Hashi Mohamed, Mohamed Tulah, James Swan, black plume of smoke, Makur Matur Kariom, Rebecca Nyandeng, Barkhad
Kariye, Nuh Ismail Tani, Abdullahi Fadal Iman, only closed to the enemy, Jessica D. Aber, EDVA is committed,
Transnational Elder Fraud Strike Force, run and hide, alphabet soup, My internet is down, Ebeula and improve
efficiencies, with grep over tests/data of the main tree and of every other helper's worktree (heldout609-615): no hit,
except Somaliland, Luis Ramirez and the Sule Pagoda in unrelated VOA texts and other pages of voa.pangea-cms.com,
tingroom.com and securitynews.spectator.co.nz). The annotation (rules H2325–H2329 in `ANNOTATION.md` on top of the
earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h616-2017-09-mogadishu-rival-troops-clash",
    source="https://www.voanews.com/a/at-least-six-killed-as-rival-somali-troops-clash-in-mogadishu/4031788.html",
    license=PD, retrieved=PAGES + " (VOA report of September 2017 on the clash of rival Somali government forces in Mogadishu, with Dr. Mohamed Yusuf of Madina Hospital and the residents Hashi Hirey and Ali Hassan (no writer in the stored copy); " + DROP_NAV + "; the photo caption 'Members of Somali Armed Forces take their position ... Mogadishu, Sept. 16, 2017.' dropped; headline kept as the first line; the stored copy ends on a paragraph closed by a full stop, which is kept; `said X` with the role after the name, two residents each presented with their quotation, `X said` with no comma before a curly opening mark closed by a straight mark (H2326); dashes and mixed marks as stored)",
    text='''At Least Six Killed as Rival Somali Troops Clash in Mogadishu
At least six people were killed and eight others wounded Saturday when rival Somali government forces clashed in the capital, Mogadishu, officials and witnesses said.
“We have the dead bodies of at least six people and eight injured civilians have been so far admitted at our facility,” said Dr. Mohamed Yusuf, the director-general of the city’s main Madina Hospital.
Clashes erupted when Mogadishu’s Stabilization Security Unit clashed with a military unit based in the city’s Industrial Road in Hodan neighborhood.
Sounds of gunfire awakened the residents of the Hanta-Dheer area.
“It started with sporadic gun shots just before dawn prayer, and then it escalated into heavy gunfire. When I came out of the house as the day wore on, the gunfire died down. I saw the dead bodies of at least three soldiers,” said Hashi Hirey, a resident of the neighborhood.
It is not clear if those three dead soldiers included the bodies that were taken to the hospital.
Another resident, Ali Hassan, said “It was around 3 p.m. local time when we heard the first gunfire. I was shocked and ducked under my bed, hearing the loud gunshots being fired. We didn’t know it was rival government soldiers clashing. I got suspicious about some terror attack, so we were alert."
Later in the morning more government soldiers were deployed into the area and security officials were sent to go between the rival troops. What triggered the clash between the troops is still unclear.
Somalia’s defense minister, Abdurashid Abdullahi Mohamed, contacted by the VOA Somali Service, declined to give details, saying he was in a meeting with his top security officials on the matter and that he would give details later.''',
    quotes=[
        Q('“We have the dead bodies', 'admitted at our facility,”', "Mohamed Yusuf"),
        Q('“It started with sporadic', 'at least three soldiers,”', "Hashi Hirey"),
        Q('“It was around 3 p.m.', 'so we were alert."', "Ali Hassan"),
    ],
    aliases={"Mohamed Yusuf": ["Mohamed Yusuf", "Dr. Mohamed Yusuf", "the director-general of the city’s main Madina Hospital"],
             "Hashi Hirey": ["Hashi Hirey"],
             "Ali Hassan": ["Ali Hassan"]},
),
dict(
    id="voa-en-h616-afgoye-al-shabab-attack",
    source="http://www.voanews.com/a/shabab-militants-seize-town-west-of-somali-capital/3556564.html",
    license=PD, retrieved=PAGES + " (VOA report on the al-Shabab attack on Afgoye, west of Mogadishu, with the Lower Shabelle governor Ibrahim Aden Ali speaking to VOA Somali (no date and no writer in the stored copy); " + DROP_NAV + "; the label 'update' under the headline and the photo caption 'FILE - A fruit seller looks across as a Somali government soldier stands guard in Afgoye, ...', stored twice, dropped; headline kept as the first line; the last paragraph, 'Afgoye w', cut in the stored copy, dropped; `he said` after a reported sentence of the governor, the surname that is also a given name of a man killed, and a word of the militants' claim in marks (H2326); straight marks as stored)",
    text='''Al-Shabab Attack on Town West of Somali Capital Leaves 8 Dead
At least eight people, including six Somali government officials, were killed Tuesday in a heavy al-Shabab attack on Afgoye, a town 30 kilometers west of the Somali capital, Mogadishu.
Among those killed were the commander of custodial corps (prison guards) Colonel Hassan Hashi Mohamed, the deputy commander of the town's police force Captain Ahmed Abdulkadir, senior police officer Abdulkadir Abdulle Gorod and head of regional department of finance Mohamud Dahir Qoley.
The governor of the Lower Shabelle region, Ibrahim Aden Ali, confirmed the deaths of the officials to VOA Somali. He said Mohamed was killed in a firefight with al-Shabab fighters in his office. The other officials were killed in a massive car bomb detonated by the militants near the town's police station. That was followed by a heavily armed infantry attack.
Ali said the militants had loaded a mini-bus with vegetables and other farm produce to disguise the explosives.
"After the explosion, they attacked three security checkpoints around the town simultaneously," he said.
Ali praised the fallen commander of the prison guards, Mohamed, who he said fought off several al-Shabab attacks on his town.
"He was a career officer who worked with the previous government, at least 65 years old, a brave, honest officer," Ali said.
Al-Shabab fighters pulled out of Afgoye late Tuesday after brief control, as the government forces regrouped on the outskirts. Al-Shabab claimed killing up to 40 "apostates" in the attack.
Al-Shabab, which has been fighting the Somali government since 2006, has vowed to disrupt upcoming Somali elections.''',
    quotes=[
        Q('"After the explosion', 'simultaneously,"', "Ibrahim Aden Ali"),
        Q('"He was a career officer', 'honest officer,"', "Ibrahim Aden Ali"),
        Q('"apostates"', None, "Al-Shabab"),
    ],
    aliases={"Ibrahim Aden Ali": ["Ibrahim Aden Ali", "The governor of the Lower Shabelle region", "Ali"],
             "Al-Shabab": ["Al-Shabab", "al-Shabab"]},
),
dict(
    id="voa-en-h616-mogadishu-mayor-suicide-attack",
    source="https://somalilandmonitor.com/somalia-suicide-attack-kills-6-people-injures-mogadishu-mayor/",
    license=PDC, retrieved=PAGES + " (copy of a VOA report by the VOA Somali reporter Mohamed Olad Hassan on the suicide attack on the Mogadishu local government headquarters that injured the mayor, with the UN envoy James Swan and the deputy mayor Mohamed Tulah, on somalilandmonitor.com (no date and no credit line in the kept text; `told VOA` in it; H2325); the byline line 'ByMohamed Olad Hassan', glued to 'By', dropped; headline kept as the first line with the site's label 'SOMALIA:' as stored; the stored copy ends on a paragraph closed by a full stop, which is kept; a quotation after `saying,`, `X said,` before the mark and an unnamed security guard (H2325); dash and curly marks as stored)",
    text='''SOMALIA: Suicide Attack Kills 6 People, Injures Mogadishu Mayor
A suspected al-Shabab suicide bomber killed at least six people Wednesday and injured six others, including the mayor of the Somali capital Mogadishu, witnesses and security officials said.
The attack took place at local government headquarters in Mogadishu, where Mayor, Abdirahman Omar Osman — who is also the governor of Banadir — was meeting with his deputies and the city’s district chairpersons about security challenges, Deputy Mayor Mohamed Tulah told state-run Radio Mogadishu.
Al-Shabab is claiming responsibility for the attack, and the terrorist group says it was targeting the U.N. Special Envoy to Somalia James Swan, an American national who had met with the mayor prior to the attack.
Swan strongly condemned the attack, saying, “I deplore this heinous attack which not only demonstrates a violent disregard for the sanctity of human life, but also targets Somalis working to improve the lives of their fellow Somalis in the Mogadishu-Banadir region. The United Nations stands with the people and government of Somalia in their rejection of such terrorist acts, and our thoughts are with the victims of this attack.”
Tulah said, “We ask people in the city to show calm, and we reaffirm that such terrorist attacks would not deter us from performing our national duty.”
At a press conference shortly after the bombing, Somali information minister Mohamed Abdi Hayir Mareere said two district commissioners and three regional directors were among the dead.
He said the governor and five others, including government officials, sustained injuries.
“We heard a huge blast, and then a black plume of smoke rose from the meeting hall of the headquarters’ compound,” a security guard at the compound told VOA.
Another witness who was inside the compound told VOA on the condition of anonymity that he saw the mayor with blood stains on his shirt being taken into a vehicle.''',
    quotes=[
        Q('“I deplore this heinous attack', 'victims of this attack.”', "James Swan"),
        Q('“We ask people in the city', 'our national duty.”', "Mohamed Tulah"),
        Q('“We heard a huge blast', 'headquarters’ compound,”', None),
    ],
    aliases={"James Swan": ["James Swan", "U.N. Special Envoy to Somalia James Swan", "Swan"],
             "Mohamed Tulah": ["Mohamed Tulah", "Deputy Mayor Mohamed Tulah", "Tulah"]},
),
dict(
    id="voa-en-h616-2013-12-juba-unrest-toll-garang-widow",
    source="https://voa.pangea-cms.com/preview/en-US/a/south-sudan-juba-unrest-toll-garang-widow-arrest/1812345.html",
    license=PD, retrieved=PAGES + " (VOA News report of December 2013 on the death toll of the fighting in Juba, with the State Department's travel warning and Rebecca Nyandeng, widow of John Garang, preview page 1812345 of VOA's publishing system (no writer in the stored copy); " + DROP_NAV + "; headline kept as the first line and the subheading 'Garang's Widow: 'I'm Under House Arrest'' as a line; the last paragraph, 'A high-ranking member of the ruling SPLM party, Nyandeng has been a critic of the government sin', cut in the stored copy, dropped; a body's recommendation in marks and a subheading that gives a quotation to a description before a colon (H2327); 'a civil war that that ended' and straight marks as stored)",
    text='''At Least 26 Dead in Juba Unrest, Toll Expected to Rise
At least 26 people have been killed in Juba and dozens more treated for gunshot wounds since fighting broke out late Sunday in the South Sudanese capital, officials said Tuesday.
The death toll is expected to rise as officials gain access to more parts of the city, where gunfire still punctuated the air on Tuesday and the streets were deserted except for military vehicles, as residents heeded warnings to remain indoors.
Health Undersecretary, Dr. Makur Matur Kariom, said that since Monday, medical staff at Juba Teaching Hospital have recorded 26 deaths caused by the violence in the capital and treated dozens of people, mainly for gunshot wounds.
The U.N. Mission in South Sudan (UNMISS) said it has treated 39 people, including five children, at a clinic at one of its compounds. UNMISS reported no deaths.
The U.S. Department of State warned against all travel to South Sudan and recommended that "U.S. citizens currently in South Sudan depart immediately" as the fighting stretched into a third day.
The government made no official statement Tuesday about the unrest and there was no news about whether anyone has been detained in connection with what President Salva Kiir has said was a failed bid to oust him, carried out by soldiers loyal to former Vice President Riek Machar.
Garang's Widow: 'I'm Under House Arrest'
But Rebecca Nyandeng, the widow of John Garang, the late leader of the Sudan People's Liberation Movement (SPLM), which fought the government in Khartoum for more than two decades in a civil war that that ended in 2005, said she was placed under house arrest Tuesday and many other officials have been arrested.
"They said we are disgruntled and they said it led to a coup, which is not true," Nyandeng told VOA News, which has been unable to confirm Nyandeng's claims.''',
    quotes=[
        Q('"U.S. citizens currently in South Sudan depart immediately"', None, "U.S. Department of State"),
        Q("'I'm Under House Arrest'", None, "Rebecca Nyandeng"),
        Q('"They said we are disgruntled', 'which is not true,"', "Rebecca Nyandeng"),
    ],
    aliases={"U.S. Department of State": ["U.S. Department of State"],
             "Rebecca Nyandeng": ["Rebecca Nyandeng", "Garang's Widow", "the widow of John Garang", "Nyandeng"]},
),
dict(
    id="voa-en-h616-2017-11-somaliland-voting-begins",
    source="http://www.ibn-tv.com/2017/11/voting-begins-in-somaliland-in-third-presidential-election-since-2003/",
    license=PDC, retrieved=PAGES + " (copy of a VOA report of November 2017 on the opening of the Somaliland presidential vote, with the VOA Somali reporter Barkhad Kariye, the army chief of staff Nuh Ismail Tani and the police commander Abdullahi Fadal Iman, on ibn-tv.com (no byline and no credit line in the kept text; `A VOA Somali reporter in Hargeisa` in it; H2325); the site line 'Leave a Comment' after the last paragraph dropped; headline kept as the first line with its full stop as stored; the single line break before 'Security is tight ...' kept as a paragraph break, as stored; the broadcaster's own reporter quoted as a witness, a long role phrase before the name, `he said to the candidates` and `he told journalists` after presenting sentences (H2325); 'were voters will cast', 'to be obey' and curly marks as stored)",
    text='''Voting Begins in Somaliland in Third Presidential Election Since 2003.
Polling stations have opened in the self-proclaimed republic of Somaliland for the third presidential election since 2003.
A VOA Somali reporter in Hargeisa, Barkhad Kariye, says he saw long lines, with some people waiting since 3:00 a.m.
“They wanted to be the first to cast their ballot, people want to make sure they vote before polling stations close,” Kariye said.
The electoral commission has urged people to prioritize the elderly and the vulnerable. There are 1,642 polling stations were voters will cast their ballots.
Security is tight as Somaliland security chiefs have encouraged the public to go about their business and vote.
“We would like to tell the public that the external and domestic security has been secured, they should sleep in peace, do their business in peace and live in peace, we are going to execute our duty,” chief of staff of the Somaliland army General Nuh Ismail Tani said.
Tani vowed that army chiefs will serve whoever is elected president of Somaliland.
“We are obliged to be obey whoever is elected. Right now we are not sure who is going to win so all three of you have our respect, but we appeal to you to care for the interest of the public and keep the peace,” he said to the candidates.
The commander of Somaliland Police, General Abdullahi Fadal Iman, said the movement of the traffic is restricted but borders will not be closed.
“The border is only closed to the enemy,” he told journalists in Hargeisa.''',
    quotes=[
        Q('“They wanted to be the first', 'polling stations close,”', "Barkhad Kariye"),
        Q('“We would like to tell the public', 'execute our duty,”', "Nuh Ismail Tani"),
        Q('“We are obliged', 'keep the peace,”', "Nuh Ismail Tani"),
        Q('“The border is only closed to the enemy,”', None, "Abdullahi Fadal Iman"),
    ],
    aliases={"Barkhad Kariye": ["Barkhad Kariye", "Kariye"],
             "Nuh Ismail Tani": ["Nuh Ismail Tani", "chief of staff of the Somaliland army General Nuh Ismail Tani", "General Nuh Ismail Tani", "Tani"],
             "Abdullahi Fadal Iman": ["Abdullahi Fadal Iman", "The commander of Somaliland Police", "General Abdullahi Fadal Iman"]},
),
dict(
    id="doj-en-h616-2022-10-edva-protect-older-adults",
    source="https://securitynews.spectator.co.nz/2022/10/06/security-news-edva-takes-part-in-departments-wide-ranging-efforts-to-protect-older-adults",
    license=PDJ, retrieved=PAGES + " (release of the US Attorney's Office for the Eastern District of Virginia of October 2022 on the Justice Department's efforts to protect older adults, with the US Attorney Jessica D. Aber and Attorney General Merrick B. Garland, reposted on the news aggregator securitynews.spectator.co.nz; the line 'Source: United States Department of Justice News' dropped; no headline in the stored copy, none added (H1818); the dateline 'ALEXANDRIA, Va. –' kept as stored; the last paragraph, 'This past year', cut in the stored copy, dropped; a district release quoting the Attorney General, the office's abbreviation inside its head's quotation (H2329); the lower-case 'yesterday, the Department' and curly marks as stored)",
    text='''ALEXANDRIA, Va. – The Justice Department announced yesterday the results of its efforts over the past year to protect older adults from fraud and exploitation. During the past year, the Department and its law enforcement partners tackled matters that ranged from mass-marketing scams that impacted thousands of victims to bad actors scamming their neighbors. Substantial efforts were also made over the last year to return money to fraud victims. yesterday, the Department also announced it is expanding its Transnational Elder Fraud Strike Force to amplify efforts to combat scams originating overseas.
“EDVA is committed to pursuing justice on behalf of vulnerable members of our community, especially those impacted by elder fraud schemes,” said Jessica D. Aber, U.S. Attorney for the Eastern District of Virginia. “Criminals who prey on the elderly and rob innocent victims of their lifelong savings and hard-earned retirement funds leave devastating emotional and financial trauma. This office will continue to work closely with our partners to investigate, apprehend, and prosecute perpetrators of these harmful scams.”
“We are intensifying our efforts nationwide to protect older adults, including by more than tripling the number of U.S. Attorneys’ offices participating in our Transnational Elder Fraud Strike Force dedicated to disrupting, dismantling and prosecuting foreign-based fraud schemes that target American seniors,” said Attorney General Merrick B. Garland. “This expansion builds on the Justice Department’s existing work to hold accountable those who steal funds from older adults, including by returning those funds to the victims where possible.”
During the period from September 2021 to September 2022, Department personnel and its law enforcement partners pursued approximately 260 cases involving more than 600 defendants, both bringing new cases and advancing those previously charged.''',
    quotes=[
        Q('“EDVA is committed', 'elder fraud schemes,”', "Jessica D. Aber"),
        Q('“Criminals who prey on the elderly', 'these harmful scams.”', "Jessica D. Aber"),
        Q('“We are intensifying our efforts', 'target American seniors,”', "Merrick B. Garland"),
        Q('“This expansion builds', 'where possible.”', "Merrick B. Garland"),
    ],
    aliases={"Jessica D. Aber": ["Jessica D. Aber", "U.S. Attorney for the Eastern District of Virginia"],
             "Merrick B. Garland": ["Merrick B. Garland", "Attorney General Merrick B. Garland"]},
),
dict(
    id="voa-en-h616-2016-01-iowa-voter-anger",
    source="https://www.voanews.com/a/iowa-voter-anger/3170721.html",
    license=PD, retrieved=PAGES + " (VOA report of January 2016 on voter anger in the last days before the Iowa caucuses, with a Trump supporter named Jack and Senator Ted Cruz (no writer in the stored copy); " + DROP_NAV + "; the photo caption 'Voters look on as Democratic presidential candidate Sen. Bernie Sanders speaks ... in Mt. Pleasant, Iowa' and the video lines 'WATCH: VOA Snapshot of the Iowa Race – Republicans', 'VOA Snapshot of the Iowa Race - Republicans', 'please wait', 'No media source currently available' and '0:00 0:01:15 0:00' dropped; headline kept as the first line; the last paragraph, '“Many politicians say one thing when they campaign, ... It happens in both pa', cut in the stored copy, dropped; a supporter who withheld his surname, `X told an overflow crowd` and a partial quotation after `suggested` (H2328); dashes and curly marks as stored)",
    text='''Voter Anger Grips Iowa Campaign’s Final Hours
At campaign rallies across Iowa, some candidates and voters are angrily blaming Washington, D.C., for the nation's problems.
Voters concerned by the growing influence of big money and entrenched politicians appear to be supporting three anti-establishment candidates – businessman Donald Trump, Senator Ted Cruz and Senator Bernie Sanders – much more than expected in the polls.
Just days before Monday's Iowa caucuses, hundreds of people stood in the freezing cold for hours to see Trump at a Drake University event in Des Moines. Many cited his lack of political experience and his self-funded campaign as reasons to vote for the real estate mogul who has never held political office.
“I think there is a lot of anger about the establishment, and I think that’s okay. I think the establishment should be shook up because they have failed in the past,” said Jack, a Trump supporter from Cedar Rapids, Iowa, who would not give his last name.
Candidates are tapping into voters' sense that the establishment is set up to oppose their interests. Trump’s biggest rival, Texas Senator Ted Cruz, has turned the perception that he is widely disliked in Washington, D.C., to his advantage.
“If you see a candidate who Washington embraces, run and hide,” Cruz told an overflow crowd of hundreds in Ames, Iowa, on Saturday. The crowd cheered when Cruz suggested dismantling the Internal Revenue Service and the “alphabet soup” of government agencies.''',
    quotes=[
        Q('“I think there is a lot of anger', 'failed in the past,”', "Jack"),
        Q('“If you see a candidate', 'run and hide,”', "Ted Cruz"),
        Q('“alphabet soup”', None, "Ted Cruz"),
    ],
    aliases={"Jack": ["Jack"],
             "Ted Cruz": ["Ted Cruz", "Senator Ted Cruz", "Texas Senator Ted Cruz", "Cruz"]},
),
dict(
    id="voa-en-h616-2007-09-28-burma-military-shoots-protesters",
    source="https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-09-28-voa13/401143.html",
    license=PD, retrieved=PAGES + " (VOA News report by Luis Ramirez of September 28, 2007 from VOA's Southeast Asia bureau in Bangkok on the Burmese military firing at protesters in Rangoon and cutting off the Internet, with an unnamed protester, preview page 401143 of VOA's publishing system; the site lines 'Accessibility links', 'Breaking News' and 'News', the label 'update' under the headline and the font-size lines 'XS', 'SM', 'MD', 'LG' after the last paragraph dropped; headline kept as the first line; the copy is complete; an unnamed protester introduced as `This protester` of the footage and `The protester who spoke to VOA`, and the reporter named in the lead (H2328); straight marks as stored)",
    text='''Burma Military Shoots at Protesters, Cuts Off Internet
Security forces in Burma have again used gunfire to disperse demonstrators in the main city, Rangoon, as hundreds, perhaps thousands defy the security forces of the ruling junta. Residents say the government has also cut off Internet access. VOA's Luis Ramirez has more from our Southeast Asia bureau in Bangkok.
Television footage showed hundreds, maybe thousands of people getting beaten and tear-gassed by security forces in various parts of Rangoon.
This protester told VOA by telephone from Rangoon that one of the rallies happened at the Sule Pagoda Friday, which has been a focal point of the demonstrations. She said police and soldiers used live ammunition and batons against the demonstrators.
"There were a few hundred people singing the national anthem and then the soldiers shoot at them. Then, about 40 were taken away," she said.
Witnesses said there were fewer Buddhist monks among the protesters than in recent days. Security forces have been raiding monasteries and rounding up hundreds of monks who the government accuses of instigating the protests.
With the Burmese military government barring the entry of foreign journalists, much of the news, photos and videos that have come out of Burma since the protests began have been sent through the Internet. In a further attempt to clamp down, residents say authorities cut off Internet access on Friday.
The protester who spoke to VOA Friday said lines were cut at midday.
"My internet is down. Even the broadband is down," she said. "I just talked to a person who can use broadband. Most of the Internet is down now in Yangon."
The U.N. secretary-general's special envoy to Burma, Ibrahim Gambari, was in Singapore Friday. He was to pick up a visa from the Burmese embassy there.''',
    quotes=[
        Q('"There were a few hundred people', 'were taken away,"', None),
        Q('"My internet is down.', 'broadband is down,"', None),
        Q('"I just talked to a person', 'down now in Yangon."', None),
    ],
    aliases={},
),
dict(
    id="voa-en-h616-2018-04-congolese-refugees-lancaster",
    source="http://tingroom.com/voa/2018/4/428527.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of April 2018 on the Congolese refugee Mtabi Ebeula and his family in Lancaster, Pennsylvania, and the State Department's cuts to refugee resettlement, on the learner site tingroom.com (no byline and no credit line in the kept text; `told VOA` in it); the site's language menu line, its date line '时间:2018-04-10 23:23来源:互联网 提供网友:nan   字体: [ ]', its tool line '(单词翻译:双击或拖选)' and a line holding only a space dropped; headline kept as the first line; the subheading 'Fewer refugees are ‘a big hit’ for nonprofit groups' kept as the last line; the paragraph after it, 'The CWS office in Lancaster gets $1.2 millio', cut in the stored copy, dropped; `he says` after a sentence presenting the refugee, an unnamed official of a named department, and a subheading's partial quotation whose body counterpart was cut (H2327); the site's vocabulary numbers ('killing1', 'refugee2', 'refugees3', 'Trump4', H930) and curly marks as stored)",
    text='''Congolese Refugees Learn to Live in US with Help, But for How Long?
Mtabi Ebeula speaks softly as he remembers fleeing the Democratic Republic of the Congo with his family to escape the rebels.
“They were killing1 people,” he says. “I left because of them.”
Ebeula is a small, 57-year-old man who lives with his wife and nine of his 11 children. He is in a new home in Lancaster, Pennsylvania. The family arrived in the United States from Tanzania on March 14.
For 20 years, Ebeula and his family lived in a refugee2 camp in Tanzania.
Ebeula is a carpenter, so he did work around the camp. During that time, he began the long, difficult process to request resettlement in the U.S. Two of his sons also live in the U.S. - one in Texas and the other in Minnesota.
The Church World Services, or CWS immigration and refugee office in Lancaster is resettling the Ebeula family. CWS is one of nine American nonprofit organizations that are supported by the U.S. State Department. Their job is to resettle refugees3 across the country.
However, the Trump4 administration has reduced the number of refugees to 45,000 for 2018. The government also is admitting refugees more slowly. So far it has admitted about 10,000.
As a result, the State Department told resettlement organizations that they need to shrink their operations.
A State Department official told VOA the move will “improve efficiencies” and permit the U.S. Refugee Admissions Program to continue with less money.
Fewer refugees are ‘a big hit’ for nonprofit groups''',
    quotes=[
        Q('“They were killing1 people,”', None, "Mtabi Ebeula"),
        Q('“I left because of them.”', None, "Mtabi Ebeula"),
        Q('“improve efficiencies”', None, "State Department"),
        Q('‘a big hit’', None, None),
    ],
    aliases={"Mtabi Ebeula": ["Mtabi Ebeula", "Ebeula"],
             "State Department": ["State Department", "U.S. State Department"]},
),
]
