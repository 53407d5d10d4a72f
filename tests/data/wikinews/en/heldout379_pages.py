# Held-out English news texts (tests/data/heldout379-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# five voanews.com reports (Zimbabwe's MDC on Morgan Tsvangirai's arrest, March 2007; Nigeria's university teachers'
# strike, 2013; Indonesia sinking illegal fishing ships, December 2014; the Somali army's raid on Bar-Sanguni, 2018;
# al-Shabab killing 21 travellers in Hiran, 2022), a VOA story of August 2017 (al-Shabab killing the governor of
# Galgadud, the fall of Leego) copied on the blog today-ofnews.blogspot.com, and a VOA story of November 2019 (Nigeria's
# sex offenders register) on boorsee.com, an aggregator of VOA's feed. None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept, a cut paragraph is
# dropped (noted in `retrieved`). Site lines, section labels, bylines, photo captions, video-player lines and a
# duplicated title are dropped; headlines are kept as the first line, subheadings as lines; wording and quotation marks
# (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1970-H1974 in ANNOTATION.md on top of H1-H1969).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout379-en.jsonl

Built by `build.py` from `heldout379_pages.py`. Like the VOA sets above (heldout363-en, heldout328-en, heldout301-en,
heldout288-en and others; copies on other sites with the licence constant PDC as in heldout267-en, heldout288-en,
heldout301-en, heldout328-en and heldout363-en), these texts are Voice of America stories (US government works in the
public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): five voanews.com reports (story
351710 of March 12, 2007, Zimbabwe's MDC on the arrest of Morgan Tsvangirai, with Eliphas Mukonoweshuro; story 1703677
by Heather Murdock of July 2013, no end in sight in Nigeria's university teachers' strike, with the student Sonia
Ashionye; story 2554087 of December 2014, Indonesia touting the sinking of illegal fishing ships, with President Joko
Widodo and minister Susi Pudjiastuti; story 4214093 of 2018, the Somali army reporting seven al-Shabab militants
killed at Bar-Sanguni, with General Ismail Sahardid; story 6729854 of 2022, al-Shabab killing 21 travellers in Hiran,
with District Commissioner Mumin Mohamed Halane), a VOA story of August 2017 (al-Shabab killing the governor of
Galgadud in Mogadishu and retaking Leego, with Lower Shabelle governor Ibrahim Adam Najah) in a verbatim copy on the
blog today-ofnews.blogspot.com, and a VOA story of November 2019 (Nigeria's slow progress against gender-based
violence, with Julie Okah-Donli) on a monthly archive page of boorsee.com, an aggregator of VOA's feed (other pages of
the site are in earlier sets). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept, a paragraph cut in the stored copy is dropped (noted
per page; none of the dropped tails holds a complete quotation except where noted). Site lines ('Accessibility links',
'Breaking News'), the section label 'News / Africa', the byline 'Heather Murdock', photo captions (doubled on several
pages), the boorsee.com video-player lines and the blog's duplicated title were dropped, and so were the empty lines
between paragraphs; wording and quotation marks (straight or curly, mixed where the page mixes them) are as stored.
Pages read but left out: voanews.com 283855 (Pakistan earthquake relief) and the tingroom.com copy of the Kandahar
assassination report (both used before), voanews.com 1483849 (Indonesian fishermen; its only quotation is cut in the
stored copy), voanews.com 1915028 (Nigeria and the Chibok girls; reads like agency copy), the voazimbabwe.com transcript
1496734 (dialogue without quotation marks) and the feed pages of immigrationresearch.org (agency items among VOA's).
None of these pages is used in any set above or in another helper's worktree (checked by URL and page id (351710,
1703677, 2554087, 4214093, 6729854, today-ofnews.blogspot.com, boorsee.com/2019/11/page/3), by headline, and by the
names of their speakers and distinctive phrases such as 'No End in Sight in Nigeria', 'Delta State University',
'Ashionye', 'Benjamin Agah', 'Touts Sinking', 'Pudjiastuti', 'Natuna', 'Worried About Leader', 'Mukonoweshuro', 'Gift
Tandare', 'Eliphas', 'Killing 7 al-Shabab', 'Sahardid', 'Bar-Sanguni', 'Kills 21 in Somalia', 'Halane', 'Mumin',
'Galgadud', 'Yaaqshid', 'Mohamed Ali Elmi', 'Ibrahim Adam Najah', 'Leego', 'name-and-shame' and 'Okah-Donli', grepped in
tests/data of the main checkout and of every other helper's worktree; no hits, except the boorsee.com site (other
pages) and the name Heather Murdock (another story)). The annotation (rules H1970–H1974 in `ANNOTATION.md` on top of
H1–H1969) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h379-2007-03-zimbabwe-mdc-worried-about-tsvangirai",
    source="https://www.voanews.com/a/a-13-2007-03-12-voa2/351710.html",
    license=PD, retrieved=PAGES + " (voanews.com story 351710 of March 12, 2007; the site lines 'Accessibility links' and 'Breaking News' and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'He said nothing, even an attack by the pol', cut in the stored copy, dropped; 'Mr.Tsvangirai's' without a space as stored; the straight marks of the lead's '\"thug\"' and the curly marks of the quotations as stored (H1971))",
    text='''Zimbabwe: MDC Worried About Leader's Physical Condition
Police in Zimbabwe have confirmed killing one man and arresting many top opposition leaders while breaking up a planned anti-government rally in Harare Sunday. Zimbabwe's main opposition group, the Movement for Democratic Change (MDC) says police killed Gift Tandare when they fired on innocent, unarmed people. But a police spokesman says the dead man was a "thug" who led an attack on officers. Meanwhile, the fate of MDC leader Morgan Tsvangirai, who also was arrested Sunday, is unknown.
Eliphas Mukonoweshuro is international affairs secretary for the MDC. He said the MDC is concerned about Mr.Tsvangirai's physical condition.
“Mr. Tsvangirai was severely assaulted by the police, and we don’t know the state of his physical condition at the moment because the police are refusing lawyers to have access to him,” he said.
Mukonoweshuro said the MDC is worried about Mr. Tsvangirai because soon after he was arrested the police shot and killed one of the protesters dead.
He denied the MDC might have provoked the police, especially since the authorities had said they would not permit any demonstration.
“The MDC did not provoke the police at all. This was not an MDC rally. It was a rally that was organized by the Christian Alliance of Zimbabwe under the auspices of what they called Save Zimbabwe Campaign. And under the Public Order and Security Act, religious organizations are exempt from informing the police of their intention to hold any gathering. Mr. Tsvangirai and his colleagues were going there to attend a church service. So it was not a provocation at all, rather it was the police trying to decide who should attend the church service and who should not attend the church service,” he said.
Mukonoweshuro said all political parties, including the ruling ZANU-PF, had been invited to attend what he said was a church service.''',
    quotes=[
        Q('"thug"', None, "Police in Zimbabwe"),
        Q('“Mr. Tsvangirai was severely', 'access to him,”', "Eliphas Mukonoweshuro"),
        Q('“The MDC did not provoke', 'the church service,”', "Eliphas Mukonoweshuro"),
    ],
    aliases={"Police in Zimbabwe": ["Police in Zimbabwe", "a police spokesman"],
             "Eliphas Mukonoweshuro": ["Eliphas Mukonoweshuro", "Mukonoweshuro"]},
),
dict(
    id="voa-en-h379-2013-07-nigeria-university-teachers-strike",
    source="http://www.voanews.com/content/university-teachers-strike-in-nigeria/1703677.html",
    license=PD, retrieved=PAGES + " (voanews.com story 1703677 by Heather Murdock of July 2013 (the strike began at the beginning of July and had lasted nearly three weeks); the section label 'News / Africa', the photo caption 'Most of Nigeria's universities have been closed since the beginning of July when teachers went on strike, demanding higher salaries, more resources and policy reform. (Hilary Uguru/VOA)', printed four times, the byline 'Heather Murdock', the empty lines between paragraphs and the trailing space after the lead dropped; the headline kept as the first line and the subheading 'The only way', with its single straight marks, kept as a line (H1970); the stored copy ends after the Agah paragraph, which is complete; curly and straight marks and apostrophes as stored)",
    text='''No End in Sight in Nigeria University Teachers Strike
Negotiations between Nigerian college professors and the government this week failed to end a strike that has kept most of the country's universities closed for nearly three weeks.
Sonia Ashionye is in her final year at Delta State University and she’s supposed to be in school.
“Right now everything is dormant. We can’t continue with our projects. We can’t go to classes,” she said fixing a client's hair at a salon in the southern Nigerian city of Warri.
The strike, she said, was going to delay her graduation and exams were already being postponed.
“I am actually wanting them to call off the strike but the government in their own should do things, as in try to meet up with the demands of these lecturers so we can try to go back to school,” said Ashionye.
'The only way'
University lecturers, however, said striking was the only way to get the government to take their demands seriously.
Benjamin Agah is a political science lecturer at the Delta State University. He said, in 2009, the government agreed to increase salaries, build laboratories, and transfer government lands to universities by 2011. So far, he said, nothing has happened.''',
    quotes=[
        Q('“Right now everything', 'go to classes,”', "Sonia Ashionye"),
        Q('“I am actually wanting', 'back to school,”', "Sonia Ashionye"),
        Q("'The only way'", None, None),
    ],
    aliases={"Sonia Ashionye": ["Sonia Ashionye", "Ashionye"]},
),
dict(
    id="voa-en-h379-2014-12-indonesia-touts-sinking-fishing-ships",
    source="https://www.voanews.com/a/indonesia-touts-sinking-of-illegal-fishing-ships/2554087.html",
    license=PD, retrieved=PAGES + " (voanews.com story 2554087 of December 2014; the site lines 'Accessibility links' and 'Breaking News', the photo caption 'An unmanned Vietnamese fishing boat is blown up and sunk by the Indonesian navy, off the Natuna sea in Anambas, Kepulauan Riau province, Indonesia, Dec. 5, 2014.' and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'Indonesia, an archipelago of thousands of', cut in the stored copy, dropped; the straight marks with curly apostrophes inside ('couldn’t', 'It’s') and the partial quote opened with a curly and closed with a straight mark ('“serious talks with Indonesia\"', H1971) as stored)",
    text='''Indonesia Touts Sinking of Illegal Fishing Ships
Indonesia says a new policy to sink illegal fishing ships has been a success so far.
President Joko Widodo, widely known as Jokowi, Wednesday said the problem of illegal fishing was costing the country too much money.
"Therefore I instructed the ministry, the military commander, that this couldn’t continue. I instructed them three or four weeks ago to sink ships involved in illegal fishing. Sink them! No more! But thank Allah, last Friday, we started sinking several ships," he said.
Susi Pudjiastuti, the Fisheries and Maritime Affairs minister, said the move has caused a dramatic drop in foreign ships operating near Indonesia's Natuna islands without harming relations with neighboring countries.
She added that in the future, the plan would be to permanently confiscate the ships.
"When there is a deterrent effect, why should we keep sinking ships? It’s better to seize them for the country and give them to Indonesian fishermen," said Pudjiastuti.
Since Friday, Indonesia has detained and sunk at least three ships from Vietnam.
On Sunday, officials said they seized 22 Chinese vessels suspected of illegal fishing. It was not clear whether authorities planned to sink the vessels or confiscate them.
Vietnamese media later cited a spokeswoman from the Ministry of Foreign Affairs as saying Vietnam had “serious talks with Indonesia" about this problem, and had requested that Jakarta handle foreign fishermen violating its territorial waters in accordance with international laws and on humanitarian grounds.
The spokeswoman also said Vietnam always instructs its fishermen to strictly abide by other countries’ rules and regulations to avoid violating their territorial waters.''',
    quotes=[
        Q('"Therefore I instructed', 'sinking several ships,"', "Joko Widodo"),
        Q('"When there is a deterrent', 'Indonesian fishermen,"', "Susi Pudjiastuti"),
        Q('“serious talks with Indonesia"', None, "Ministry of Foreign Affairs"),
    ],
    aliases={"Joko Widodo": ["President Joko Widodo", "Jokowi"],
             "Susi Pudjiastuti": ["Susi Pudjiastuti, the Fisheries and Maritime Affairs minister", "Pudjiastuti"],
             "Ministry of Foreign Affairs": ["a spokeswoman from the Ministry of Foreign Affairs", "The spokeswoman"]},
),
dict(
    id="voa-en-h379-2017-08-al-shabab-kills-galgadud-governor",
    source="https://today-ofnews.blogspot.com/2017/08/al-shabab-militants-kill-provincial.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of August 2017 (VOA Somali's reporting; 'confirmed the fall of Leego to VOA Somali') on the blog today-ofnews.blogspot.com; the blog's repetition of the title and the empty lines between paragraphs dropped; the headline kept as the first line and the subheadings 'Al-Shabab retakes town' and 'Mogadishu cut off' kept as lines; the paragraph 'Al-Shabab’s capture of Leego effectively cuts off Mogadishu from these regions, making air travel the only mea', cut in the stored copy, dropped, so the text ends on the subheading before it (H1973); the bracketed '[out]' inside al-Shabab's statement and the curly marks as stored)",
    text='''Al-Shabab Militants Kill Provincial Governor in Mogadishu
Al-Shabab militants have shot dead a provincial governor and his brother in the Somali capital, Mogadishu.
Mohamed Ali Elmi, the governor of Galgadud region in central Somalia, and his brother were gunned down in Mogadishu’s Yaaqshid neighborhood Friday night, witnesses said.
The governor was visiting relatives when gunmen who trailed him opened fire. Witnesses said the gunmen fled before security forces arrived.
“Our mujahedeen unit carried [out] an operation to kill the governor,” al-Shabab said in a statement posted on a website affiliated with the group.
The incident occurred less than three hours after a car packed with explosives blew up in the center of the capital, killing at least three civilians.
Al-Shabab retakes town
Early Friday, al-Shabab militants retook a strategic town in Lower Shabelle, after African Union (AU) forces stationed there retreated. The militants entered Leego town, 120 kilometers from Mogadishu, minutes after AU convoys left.
The governor of Lower Shabelle region, Ibrahim Adam Najah, confirmed the fall of Leego to VOA Somali.
“I can confirm to you that the anti-peace element, the enemy of Somalia, has taken over the town without a fight, and that AMISOM troops have withdrawn,” he said.
Najah said militants using five battle wagons entered the town from different directions.
Leego is 30 kilometers west of Ballidogle airport, where U.S. advisers and instructors have been training several hundred elite Somali commandos.
Najah said he was disappointed that AU troops left town without informing his administration.
“I have contacted AMISOM on why they had to suddenly withdraw from an area so strategic,” Najah said.
AMISOM has yet to comment on the Leego withdrawal.
Mogadishu cut off''',
    quotes=[
        Q('“Our mujahedeen unit', 'kill the governor,”', "al-Shabab"),
        Q('“I can confirm to you', 'have withdrawn,”', "Ibrahim Adam Najah"),
        Q('“I have contacted AMISOM', 'so strategic,”', "Ibrahim Adam Najah"),
    ],
    aliases={"al-Shabab": ["al-Shabab", "Al-Shabab"],
             "Ibrahim Adam Najah": ["The governor of Lower Shabelle region, Ibrahim Adam Najah", "Najah"]},
),
dict(
    id="voa-en-h379-2018-somali-army-kills-seven-al-shabab",
    source="https://www.voanews.com/a/somali-army-reports-killing-seven-shabab-militants/4214093.html",
    license=PD, retrieved=PAGES + " (voanews.com story 4214093 of 2018 (VOA Somali's reporting); the site lines 'Accessibility links' and 'Breaking News', the photo caption 'FILE - Soldiers from the Somali army train in Mogadishu, March 28, 2013.', printed twice, and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'Bar-Sanguni, under al-Shabab control for many years, is where the militant group has been organizing guerrilla attacks against government soldiers and', cut in the stored copy, dropped; the straight marks as stored)",
    text='''Somali Army Reports Killing 7 al-Shabab Militants
The Somalia national army killed at least seven al-Shabab militants Thursday and destroyed their base during an operation in southern Somalia, officials and residents said.
Somali army General Ismail Sahardid, the 43rd Infantry Division commander, told VOA Somali that the forces took control of Bar-Sanguni town, 45 kilometers (28 miles) south of the coastal city of Kismayo.
"Our army launched a surprise attack on the militants' hideouts late Wednesday and continued pursing them since the early hours of Thursday," Sahardid said. "During the operation we killed seven of the militants, including local leaders of al-Shabab's Amniyat unit, responsible for the group's intelligence."
The general said that despite initial resistance, his forces destroyed several of the militants' bases and vehicles they have been using to transport fighters, and they recovered ammunition.
"We have inflicted heavy military losses on them and captured two of their vehicles mounted with anti-aircraft machine guns," Sahardid said.
Bar-Sanguni residents who spoke to VOA Somali on condition of anonymity said they heard explosions as government soldiers engaged in a gunbattle with the militants for several hours early Thursday.
"It was around just before dawn Thursday morning when the Somali army entered the town. We first heard a fierce exchange of heavy gunfire and explosions," one resident said.
"As the day wore on, we saw government soldiers taking strategic positions in the town and searching the al-Shabab military bases, with seven dead bodies of the militants lying in the streets," another resident said.''',
    quotes=[
        Q('"Our army launched', 'early hours of Thursday,"', "Ismail Sahardid"),
        Q('"During the operation', 'group\'s intelligence."', "Ismail Sahardid"),
        Q('"We have inflicted', 'machine guns,"', "Ismail Sahardid"),
        Q('"It was around just before dawn', 'gunfire and explosions,"', None),
        Q('"As the day wore on', 'lying in the streets,"', None),
    ],
    aliases={"Ismail Sahardid": ["Somali army General Ismail Sahardid, the 43rd Infantry Division commander", "Sahardid", "The general"]},
),
dict(
    id="voa-en-h379-2019-11-nigeria-gender-based-violence-register",
    source="https://boorsee.com/2019/11/page/3",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of November 2019 on a monthly archive page of boorsee.com, an aggregator of VOA's feed (other pages of the site in earlier sets); the story is the first item of the page; its body is stored as one paragraph that runs the subheading into the next sentence ('‘Name-and-shame policy’The anonymity') and is kept so (H1970); the trailing space after it, the video-player lines ('Nigeria’s Progress Slow in Fight Against Gender-Based Violence video player.', 'Embed” />Copy Link') and the following text 'According to the U.N. children’s fund, ... for alleged prosti', cut in the stored copy, dropped; the headline kept as the first line; the spaced ellipsis after the opening mark ('“ … It’s very important') and the curly marks as stored)",
    text='''Nigeria’s Progress Slow in Fight Against Gender-Based Violence
Nigerian authorities this week launched the first nationwide register of sex offenders and held a procession in Abuja to raise awareness of and work to prevent violence against women. While they welcomed these as steps forward, women’s rights activists and victims of gender-based violence note Nigeria has a poor record of prosecution. An event Monday in Abuja that marked the start of 16 days of activism against gender-based violence kicked off with a candlelight procession for victims at the National Centre for Women Development. Events in Nigeria are coinciding with the 16 Days of Activism Against Gender-Based Violence, an annual international campaign coordinated each year by the Center for Women’s Global Leadership at Rutgers University in New Jersey. Earlier on Monday, Nigerian authorities launched the first nationwide register of sex offenders to better track perpetrators. ‘Name-and-shame policy’The anonymity the online register affords victims is a major improvement on tracking offenders, said Julie Okah-Donli, director general of the National Agency for the Prohibition of Trafficking in Persons. “With the sex offenders register, it’s a name-and-shame policy,” she said. “ … It’s very important, because you have schools recruiting teachers, and houses recruiting helpers and drivers. So you have to be sure you’re not recruiting a rapist or a pedophile.”''',
    quotes=[
        Q('‘Name-and-shame policy’', None, "Julie Okah-Donli"),
        Q('“With the sex offenders register', 'name-and-shame policy,”', "Julie Okah-Donli"),
        Q('“ … It’s very important', 'or a pedophile.”', "Julie Okah-Donli"),
    ],
    aliases={"Julie Okah-Donli": ["Julie Okah-Donli, director general of the National Agency for the Prohibition of Trafficking in Persons", "Julie Okah-Donli"]},
),
dict(
    id="voa-en-h379-2022-al-shabab-kills-21-in-hiran",
    source="https://www.voanews.com/a/al-shabab-attack-somalia/6729854.html",
    license=PD, retrieved=PAGES + " (voanews.com story 6729854 of 2022 (VOA Somali's reporting); the site lines 'Accessibility links' and 'Breaking News', the photo caption 'FILE - A handout photo taken June 10, 2016, and released by AMISOM shows soldiers serving under the African Union Mission in Somalia (AMISOM) on foot patrol in Halgan village, Hiran region. Civilians in the region have been targeted by recent al-Shabab attacks.', printed twice, and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'A', cut in the stored copy, dropped; the third quotation opened with a straight and closed with a curly mark as stored (H1973))",
    text='''Al-Shabab Kills 21 in Somalia’s Hiran Province
Somali officials and residents say al-Shabab militants shot and killed at least 21 travelers in the country's central region of Hiran on Friday night.
Speaking to VOA, Mahas District Commissioner Mumin Mohamed Halane said the killings occurred in the outskirts of Beledweyne, a town around 300 km north of Mogadishu.
“The militants ambushed the travelers in nine vehicles, indiscriminately opened fire on them and killed 18 civilians,” Halane told VOA Somali over the phone.
“Three more civilians died when improvised explosive device apparently planted by the militants targeted their vehicle in the same area,” he added.
He said the victims were drivers and local civilians heading to his town, Mahas, around 90 km from Beledweyne, Hiran's capital.
"Al-Shabab is targeting civilians because they are in a desperate situation and want to make the locals surrender. That will never happen. We will fight with them to our last drop,” Halane said.
Local elders who saw the bodies of civilians told VOA on condition of anonymity that most of the victims had gunshot wounds to the head.
One elder said the militants first indiscriminately fired a volley of shots at the travelers' vehicles, forced the surviving passengers out and shot them dead, leaving their bodies on the roadside.
The elders said during the attack the militants burned trucks laden with relief food.''',
    quotes=[
        Q('“The militants ambushed', 'killed 18 civilians,”', "Mumin Mohamed Halane"),
        Q('“Three more civilians', 'in the same area,”', "Mumin Mohamed Halane"),
        Q('"Al-Shabab is targeting', 'our last drop,”', "Mumin Mohamed Halane"),
    ],
    aliases={"Mumin Mohamed Halane": ["Mahas District Commissioner Mumin Mohamed Halane", "Halane"]},
),
]
