# Held-out English news texts (tests/data/heldout389-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# three VOA stories on Cameroon copied on other sites (villages burned in the northwest, 2018, on
# cameroonconcordnews.com; the External Relations Minister's frustration over the separatist crisis and the police
# harassment of VOA's stringer Moki Edwin Kindzeka, both on cameroononline.org), the voanews.com story of 2014 on Kizza
# Besigye's answer to minister Tarsis Kabwegyere, VOA's report of April 2016 on the Pakistan-Afghanistan war of words
# copied on the blog afghancentral.blogspot.com, and the insidevoa.com weekly programming highlights of June 8, 2023.
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept, a cut paragraph is dropped (noted in `retrieved`). Site lines, section labels, source
# labels ('VOA |'), tag lines, comment counters, comments, 'Check Also' boxes, post dates and photo captions are
# dropped; headlines are kept as the first line, item titles as lines; wording and quotation marks (straight or curly
# as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H1980-H1984 in
# ANNOTATION.md on top of H1-H1979).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout389-en.jsonl

Built by `build.py` from `heldout389_pages.py`. Like the VOA sets above (heldout379-en, heldout363-en, heldout345-en,
heldout328-en, heldout301-en and others; copies on other sites with the licence constant PDC as in heldout267-en,
heldout301-en, heldout328-en, heldout363-en and heldout379-en), these texts are Voice of America stories (US government
works in the public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): VOA's 2018 story
on villages burned in Cameroon's northwest (the farmers Terence Fukah and Thomas Tuboh, General Agha Robinson) in a
copy on cameroonconcordnews.com; VOA's story on Cameroon's frustration over the separatist crisis (External Relations
Minister Lejeune Mbella Mbella; voanews.com page 6291432) and VOA's story on the police harassment of its Cameroon
stringer Moki Edwin Kindzeka, both in copies on cameroononline.org that open with the label 'VOA |'; voanews.com story
1841516 of 2014 (Kizza Besigye answering minister Tarsis Kabwegyere); VOA's report of April 2016 on Pakistan and
Afghanistan returning to a war of words (Massoud Andarabi, Mohammad Nafees Zakaria) in a copy on the blog
afghancentral.blogspot.com; and insidevoa.com story 7129050, the weekly programming highlights of June 8, 2023 (MP
Abdulkadir Mohamed Hassan). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept, a paragraph cut in the stored copy is dropped (noted
per page; none of the dropped tails holds a complete quotation). Site lines ('Accessibility links', 'Breaking News'),
the section label 'News / Africa', the source label 'VOA |', a tag line, comment counters, readers' comments, a 'Check
Also' box, the blog's post date and repeated title and photo captions were dropped, and so were the empty lines
between paragraphs; wording and quotation marks (straight or curly, mixed where the page mixes them) are as stored.
Pages read but left out: insidevoa.com 178007 (James Jeffrey, in heldout136-en), voanews.com 313234 (Liberian
independence voxpop, in heldout78-en) and 1521179 (Besigye and Kivejinja, in heldout66-en),
the popgazeta.com archive page of August 2019 (Andrej Mahecic, a speaker of earlier sets; the site is in heldout363-en),
the 2006 voanews.com story 397707 on Kenyan pastoralists and the 2018 story 4343648 on a Taliban attack in Ghazni (no
quotation in the stored copies), the voa.pangea-cms.com preview of story 6291432 (the same story as the
cameroononline.org copy, which keeps one more complete paragraph), and, because they keep only one quotation each,
VOA's Galim attack report of March 10, 2020 (floodgap.com gopher feed and its cameroonconcordnews.com copy) and
insidevoa.com 6615405 (weekly highlights of May 11, 2022). Learning English stories on unsv.com were left out because
they retell AP and Reuters reports. None of the pages used is in any set above or in another helper's worktree
(checked by URL, site and page id (cameroonconcordnews, cameroononline, 6291432, 1841516, afghancentral, 7129050), by
headline, and by the names of their speakers and distinctive phrases such as 'Villages Burn as Cameroon', 'Terence
Fukah', 'Anyajua', 'Mbella Mbella', 'Kabwegyere', 'Fighting for Equality', 'qualitative changes', 'Return to War of
Words', 'Andarabi', 'Zakaria', 'Abdulkadir Mohamed Hassan' and 'Amina Farid', grepped in tests/data of the main
checkout and of every other helper's worktree; no hits, except the name Moki Edwin Kindzeka (a photo credit in
heldout48-en)). The annotation (rules H1980–H1984 in `ANNOTATION.md` on top of H1–H1979) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h389-2018-cameroon-villages-burn",
    source="https://www.cameroonconcordnews.com/villages-burn-as-cameroon-troops-clash-with-separatists/",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of 2018 ('Terence Fukah, a 33-year-old pig farmer, told VOA', 'residents told VOA') on cameroonconcordnews.com; the comment counter '0' after the headline and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'The situation spiraled into all-out conflict as', cut in the stored copy, dropped; Fukah's second quotation, a paragraph of its own without a speech verb, kept as stored (H1982); the curly marks as stored)",
    text='''Villages Burn as Cameroon Troops Clash With Separatists
In Cameroon, officials say eight villages in the English-speaking northwest have been torched and hundreds of residents have fled amid clashes this week between security forces and separatist rebels.
Terence Fukah, a 33-year-old pig farmer, told VOA he fled his village of Ajin on Tuesday as the military responded to an attack by armed men.
“It was around five o’clock in the morning. I saw dead people lying down. I had to cross on top of them and run for my dear life,” Fukah said.
“I don’t even know where my children are. I don’t even know where my wife is. I don’t know how the pigs are doing, how many have died. I don’t know if my own house has been burned. I am crying, crying for the government to do something.”
The military says armed separatist rebels torched at least eight villages in northwest Cameroon; however, residents told VOA the fires were set by the military after the attackers had fled.
“We heard gunshots. We did not know exactly what to do. Everybody was running up and down,” said Thomas Tuboh, a maize farmer from the village of Anyajua. “It was the burning that made us to know our lives were at stake, so I decided to run away from Anyajua. When the military people invaded the area, the bridges were blocked and they decided to put them down with flames.”
He said his village is now nearly completely deserted.
“You see it is a farming area that helps the whole division and the region at large. I don’t know how we are going to cope if this persists,” Tuboh said.
General Agha Robinson, who is commanding troops in the northwest region, said his soldiers were not responsible for the burning.
The crisis began in November 2016 with a strike by Anglophone lawyers and teachers, who were demanding reforms to address what they say is the marginalization of the country’s English-speaking minority by French-speakers.''',
    quotes=[
        Q('“It was around five', 'my dear life,”', "Terence Fukah"),
        Q('“I don’t even know where my children', 'to do something.”', "Terence Fukah"),
        Q('“We heard gunshots.', 'up and down,”', "Thomas Tuboh"),
        Q('“It was the burning', 'down with flames.”', "Thomas Tuboh"),
        Q('“You see it is a farming', 'if this persists,”', "Thomas Tuboh"),
    ],
    aliases={"Terence Fukah": ["Terence Fukah, a 33-year-old pig farmer", "Fukah"],
             "Thomas Tuboh": ["Thomas Tuboh, a maize farmer from the village of Anyajua", "Tuboh", "He"]},
),
dict(
    id="voa-en-h389-cameroon-frustrated-separatist-crisis",
    source="https://www.cameroononline.org/cameroon-frustrated-over-lack-of-progress-on-separatist-crisis/",
    license=PDC, retrieved=PAGES + " (copy of VOA's story 'Cameroon Frustrated Over Lack of Progress on Separatist Crisis' (voanews.com page 6291432, 2021, by Moki Edwin Kindzeka) on cameroononline.org; the source label 'VOA |' before the lead and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'The separatists have a different point of view. This week, an official from what the separatists call the Ambazonia Interim Government said on Facebook t', cut in the stored copy, dropped; the curly marks as stored; the echo 'By “special status,” the minister is referring to' (H1980))",
    text='''Cameroon Frustrated Over Lack of Progress on Separatist Crisis
New violence has wracked northwestern Cameroon, where the military said it killed some 40 separatist fighters over the past two weeks. The Catholic Church said some of those killed were civilians, and witnesses said many houses were burned to the ground.
Cameroon’s government is expressing frustration with the separatists but vows it will not allow the breakup of the country.
External Relations Minister Lejeune Mbella Mbella summoned ambassadors to a meeting Thursday where he laid out the government’s position on the separatist crisis.
Mbella Mbella said the separatists are again causing untold suffering in the English-speaking western towns and villages of the majority French-speaking nation.
He said Cameroon is surprised fighters continue to commit atrocities when much has been done to satisfy the needs of the minority English speakers who feel marginalized.
“The government of Cameroon has undertaken the most expensive and extensive structural and administrative reforms in its recent history,” Mbella Mbella said. “As a key recommendation of the major national dialogue, the government tabled the bill to institute the special status. His excellency Paul Biya has also granted a general full amnesty to combatants who voluntarily drop their weapons.”
None of the heads of diplomatic missions invited to the meeting would comment when contacted by VOA.
By “special status,” the minister is referring to political reforms that gave the largely English-speaking northwest and southwestern regions greater autonomy. The reforms were passed after Cameroon organized what it called a major national dialogue to solve the separatist crisis in 2019.
Mbella Mbella also declared the government will not allow any part of the country to secede.''',
    quotes=[
        Q('“The government of Cameroon', 'its recent history,”', "Lejeune Mbella Mbella"),
        Q('“As a key recommendation', 'drop their weapons.”', "Lejeune Mbella Mbella"),
        Q('“special status,”', None, "Lejeune Mbella Mbella"),
    ],
    aliases={"Lejeune Mbella Mbella": ["External Relations Minister Lejeune Mbella Mbella", "Mbella Mbella", "the minister", "He"]},
),
dict(
    id="voa-en-h389-cameroon-journalist-filing-for-voa-harassed",
    source="https://www.cameroononline.org/cameroon-journalist-filing-for-voa-harassed-by-police/",
    license=PDC, retrieved=PAGES + " (copy of an undated VOA story (2020 or 2021 by the U.N. figures it gives) on cameroononline.org; the site's tag line 'Moki Edwin Kindzeka' above the headline, the source label 'VOA |' before the lead, the 'Check Also' box ('Umtiti tests positive for Covid-19 | ...'), the readers' comments below it and the empty lines between paragraphs dropped; the headline kept as the first line; the story ends complete before the box; 'cost?more than 3,200 lives?and displaced more than?half-a-million?people' with question marks for spaces and 'Anglaphone' as stored; the curly marks as stored)",
    text='''Cameroon Journalist Filing for VOA Harassed by Police
A Cameroonian journalist who freelances for the Voice of America says he was harassed by police who seized his equipment Saturday in Yaoundé, the capital. Moki Edwin Kindzeka said he was also ordered to speak only in French.
In a social media post, Kindzeka said, “These guys should not molest people just because they speak the English language.”
The Cameroon Association of English-Speaking Journalists on Twitter condemned “this act in the strongest terms.” The group demanded an apology.
Kindzeka is also a journalist with the state broadcaster CRTV.
Timescape Magazine reports that the attack on Kindzeka came during military raids Saturday on Anglaphone Cameroonians in the capital, many of whom were arrested and ordered to speak French.
Cameroon has had an ongoing separatist conflict that the U.N. says has cost?more than 3,200 lives?and displaced more than?half-a-million?people.
The conflict started in 2016 when protests by English-speaking teachers and lawyers against the dominance of French-speaking Cameroonians led some to take up arms.
Cameroon’s military declared war on the rebels, who have been fighting since 2017 to create an independent, English-speaking state.''',
    quotes=[
        Q('“These guys should not', 'the English language.”', "Moki Edwin Kindzeka"),
        Q('“this act in the strongest terms.”', None, "Cameroon Association of English-Speaking Journalists"),
    ],
    aliases={"Moki Edwin Kindzeka": ["A Cameroonian journalist who freelances for the Voice of America", "Moki Edwin Kindzeka", "Kindzeka"],
             "Cameroon Association of English-Speaking Journalists": ["The Cameroon Association of English-Speaking Journalists", "The group"]},
),
dict(
    id="voa-en-h389-2014-uganda-besigye-equality-not-presidency",
    source="http://www.voanews.com/content/uganda-kizza-besigye-says-activism-not-about-presidency/1841516.html",
    license=PD, retrieved=PAGES + " (voanews.com story 1841516 of 2014; the section label 'News / Africa', the photo caption 'Opposition leader Kizza Besigye waves to his supporters prior to his arrest at gunpoint in late April.', printed four times (twice run together), and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'Sinc', cut in the stored copy, dropped; the lower-case 'besigye', the spaced double hyphens and the single curly marks of '‘wishful thinking’' as stored (H1983))",
    text='''Uganda Opposition Leader Fighting for Equality not Presidency
The former leader of Uganda’s main opposition party -- the Forum for Democratic Change (FDC) -- says his struggle is not about being president of Uganda, but rather one that seeks qualitative changes in Uganda.
Kizza Besigye says he has been fighting for a Uganda that is well-governed, free of human rights abuses and where resources are distributed equitably, free of corruption.
Besigye was responding to comments made by Tarsis Kabwegyere, Uganda’s minister for General Duties in the office of the prime minister.
Kabwegyere reportedly said that besigye should drop his ‘wishful thinking’ that political activism will one day make him president of Uganda.
Besigye says Mr. Kabwegyere misses the point about the reasons for the struggle in Uganda.
“It’s unfortunate that the minister made those remarks because he should know that my pursuit is not one of an office but one of qualitative changes in our country, specifically we have been struggling for a long time for a democratic country in which our people can have equal opportunities and that they can live in an environment free of corruption,” he said.
Besigye said once those changes have been achieved and Ugandans have transitioned to a democratic dispensation, he will retire to his grave a very happy person regardless of who is leading Uganda.
In April 2011, Besigye and a group called Activists for Change (A4C) began the walk-to-work protest to express their concerns about people's dissatisfaction with rising prices.''',
    quotes=[
        Q('‘wishful thinking’', None, "Tarsis Kabwegyere"),
        Q('“It’s unfortunate that', 'free of corruption,”', "Kizza Besigye"),
    ],
    aliases={"Kizza Besigye": ["The former leader of Uganda’s main opposition party -- the Forum for Democratic Change (FDC) --", "Kizza Besigye", "Besigye", "besigye", "he"],
             "Tarsis Kabwegyere": ["Tarsis Kabwegyere, Uganda’s minister for General Duties in the office of the prime minister", "Kabwegyere", "Mr. Kabwegyere", "the minister"]},
),
dict(
    id="voa-en-h389-2016-04-pakistan-afghanistan-war-of-words",
    source="http://afghancentral.blogspot.com/2016/04/pakistan-afghanistan-return-to-war-of.html",
    license=PDC, retrieved=PAGES + " (copy of VOA's report of March 31/April 1, 2016 on the blog afghancentral.blogspot.com (post of Friday, 1 April 2016), which reposts VOA's feed; the post date line 'Friday, 1 April 2016', the blog's repetition of the title with a colon ('Pakistan, Afghanistan Return to War of Words:'), the line 'No comments:' and 'Post a comment' dropped; the headline kept as the first line; the post ends complete after Zakaria's paragraph; the curly marks as stored (H1983))",
    text='''Pakistan, Afghanistan Return to War of Words
In a speech to the Afghan parliament this week, acting spy chief, Massoud Andarabi, directly blamed Pakistan’s Inter-Services Intelligence or ISI for “completely supporting and encouraging” the Taliban to extend its influence and capture Afghan territory.
“It is unfortunate. Such assertions are baseless and contrary to the facts. Pakistan is fighting terrorism and extremism with full resolve and determination,” foreign ministry spokesman Mohammad Nafees Zakaria told a weekly news briefing in Islamabad Thursday.''',
    quotes=[
        Q('“completely supporting and encouraging”', None, "Massoud Andarabi"),
        Q('“It is unfortunate.', 'resolve and determination,”', "Mohammad Nafees Zakaria"),
    ],
    aliases={"Massoud Andarabi": ["acting spy chief, Massoud Andarabi"],
             "Mohammad Nafees Zakaria": ["foreign ministry spokesman Mohammad Nafees Zakaria"]},
),
dict(
    id="voa-en-h389-2023-06-insidevoa-weekly-highlights",
    source="https://www.insidevoa.com/a/7129050.html",
    license=PD, retrieved=PAGES + " (insidevoa.com story 7129050, VOA Programming Weekly Highlights of June 8, 2023; the site lines 'Accessibility links' and 'Breaking News' and the empty lines between paragraphs dropped; the headline kept as the first line and the item titles kept as lines; the item 'VOA’s Exclusive Interviews with U.S. Lawmakers Drive News Agenda in Ukraine', whose paragraph is cut in the stored copy ('... shared by popular Ukrain'), dropped with its title; the item title opened with a curly and closed with a straight mark ('“Thanks, VOA... World Will Never Forget\"', H1981) and the straight apostrophe in 'Somaliland's' as stored)",
    text='''VOA Programming Weekly Highlights, June 8, 2023
VOA Africa Dialogue Contributes to Major Change in Somaliland
Following a VOA Somali service town hall about groundbreaking women in politics last year in the breakaway region of Somaliland, MP Abdulkadir Mohamed Hassan, a member of the House of Elders, said, “VOA, as an international radio station, told the world that the two houses of (the) Somaliland parliament do not have a single woman, which hurts the reputation of Somaliland's democracy.” At that time, Hassan urged the government to fill the first vacant seat with a woman. Last week, VOA Africa learned that Ms. Amina Farid was appointed in May as the first female MP of Somaliland.
Reactions to Mandarin’s 34th Tiananmen Anniversary Coverage: “Thanks, VOA... World Will Never Forget"
Audiences thanked VOA Mandarin for highlighting the anniversary of a massacre that Beijing wants erased from public memory. VOA Mandarin’s coverage, which spanned three continents and a dozen cities, included an hour-long TV special and a dedicated webpage featuring protests at the Chinese Embassy in Washington, D.C., a march by young Chinese activists in Boston and the opening of the June 4 Memorial Hall in New York. One Chinese student in Brooklyn told VOA he is pursuing a degree in politics after learning what happened on June 4, 1989.''',
    quotes=[
        Q('“VOA, as an international', 'Somaliland\'s democracy.”', "Abdulkadir Mohamed Hassan"),
        Q('“Thanks, VOA... World Will Never Forget"', None, None),
    ],
    aliases={"Abdulkadir Mohamed Hassan": ["MP Abdulkadir Mohamed Hassan, a member of the House of Elders", "Hassan"]},
),
]
