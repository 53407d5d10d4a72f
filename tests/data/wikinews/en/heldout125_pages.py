# Held-out English news pages (tests/data/heldout125-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus): a month page of the 'Wikinews Reports' blog (wikinewsreports.blogspot.com, August 2008), which
# reprints the opening paragraphs of English Wikinews articles (CC BY 2.5); a copy of the English Wikinews article
# '".asia" domain applications near 300,000 on opening of registration' (2008) in a mirror of the Hugging Face
# dataset viewer of izumi-lab/wikinews-en-20230728 (phind.xodi.top; CC BY 2.5 as Wikinews); and two single Global Voices
# articles (CC BY) in copies on feed readers (rss2.com, August 2014: the Egyptian government's call on the US to show
# restraint in Ferguson; sidan2.leiph.se, February 2021: the expulsion order against the journalist Tom Bowker in
# Mozambique). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Blog and feed
# chrome ('View blog reactions', 'Click here for the full story.', '>Click here for the EXCLUSIVE story.', feed titles,
# date and 'Published ~' lines, 'You are here'), dataset-viewer table headers, image captions and credits, a pull-quote
# attribution left without its quotation, the translation-licence line and the Wikinews archive boilerplate are dropped;
# wording, spelling ('concious', 'schools website') and quotation marks are as stored. Annotated by reading the pages,
# before whosaid was run on them (rules H940-H944 in ANNOTATION.md on top of the earlier rules).
WN = "CC BY 2.5 (Wikinews)"
WNB = "CC BY 2.5 (Wikinews; opening paragraphs of Wikinews articles reprinted on the 'Wikinews Reports' blog)"
WNH = "CC BY 2.5 (Wikinews; article text in a mirror of the Hugging Face viewer of the izumi-lab/wikinews-en-20230728 dataset)"
GVF = "CC BY 3.0 (Global Voices; copy of a single Global Voices article on a feed reader)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout125-en.jsonl

Built by `build.py` from `heldout125_pages.py`. Like heldout21-en, heldout46-en and heldout52-en, these texts are English
Wikinews and Global Voices texts taken from stored web pages (the `pages` search corpus), none of them used in a set
above: the August 2008 month page of the 'Wikinews Reports' blog (wikinewsreports.blogspot.com), which reprints the
opening paragraphs of two Wikinews stories (the St Stanislaus College newsletter that recommended 'Penthouse'; campaign
staff edits to Wikipedia); the Wikinews article on the launch of the '.asia' domain (February 2008) in a mirror of the
Hugging Face viewer of the izumi-lab/wikinews-en-20230728 dataset (phind.xodi.top); and two single Global Voices
articles in copies on feed readers (rss2.com: 'The Egyptian Government Asks the U.S. to “Show Restraint in Ferguson”
...', August 2014; sidan2.leiph.se: 'Is Mozambique trying to expel a foreign journalist?', February 2021). Wikinews
texts are CC BY 2.5 (attribution "Wikinews contributors"), Global Voices texts CC BY 3.0 (attribution "Global Voices");
none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters;
only complete paragraphs are kept (what was dropped is noted per page). Blog, feed and viewer chrome, captions, a
pull-quote attribution without its quotation, the translation-licence line and archive boilerplate were dropped;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names
of their speakers and by distinctive phrases against every existing text, including the other helpers' worktrees).
The set is small: most Wikinews and Global Voices pages the search returns are already used. The annotation (rules
H940–H944 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind
one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2008-08-wikinews-reports-st-stanislaus-newsletter",
    source="http://wikinewsreports.blogspot.com/2008/08/",
    license=WNB, retrieved=PAGES + " (August 2008 month page of the 'Wikinews Reports' blog, which reprints the opening paragraphs of Wikinews stories; the lines 'View blog reactions', 'Click here for the full story.' (twice) and '>Click here for the EXCLUSIVE story.' dropped; the paragraph 'While using the online internet tool Wikiscanner, ...', cut in the stored copy, dropped; 'concious' and 'schools website' as stored)",
    text='''Thursday, August 28, 2008
Australian school at centre of child-sex allegations pulls newsletter mentioning "Penthouse" as recommended reading
The school at the center of child-sex allegations, St Stanislaus College in Bathurst, New South Wales, Australia has removed a newsletter recommending Penthouse magazine as recommended reading for teenage boys. On the schools website, the newsletter has been replaced by a copy which omits these comments.
In the same newsletter, principal of the college John Edwards informs the school community that The Daily Telegraph had contacted him regarding sex abuse allegations.
The controversial comments were made by Ian MacDougall, a HSIE teacher. When asked what book he recommends every teenage boy read, he responded "Besides 'PeCENSOREDse' - any book that stirs the imagination/concious".
A parent who does not wish to be named told Wikinews she took the comment to mean Penthouse magazine.
Monday, August 25, 2008
Staffs for US presidential candidates John McCain and Barack Obama caught making questionable edits to Wikipedia
Wikinews has learned through an investigation that the staffs for 2008 United States presidential candidates Barack Obama and John McCain have been spending some of their time making questionable edits to Wikipedia, the open content, online encyclopedia. The investigation also found that Obama's campaign staff seems to be removing more questionable edits more often than they are making them. McCain's campaign staff favored less, in most cases removing unflattering information regarding certain articles.''',
    quotes=[
        Q('"Penthouse"', None, None),
        Q('"Besides', 'imagination/concious"', "Ian MacDougall"),
    ],
    aliases={},
),
dict(
    id="wn-en-2008-02-asia-domain-applications-near-300000",
    source="https://phind.xodi.top/datasets/izumi-lab/wikinews-en-20230728",
    license=WNH, retrieved=PAGES + " (mirror of the Hugging Face dataset viewer of izumi-lab/wikinews-en-20230728; the viewer's column headers ('text', 'stringlengths 0', '73k', 'title', 'url', ...) dropped; the row's title cell is kept as the headline (first line) and its URL cell, cut in the stored copy, dropped; the pull-quote attribution '—Edmon Chung, CEO of DotAsia.', whose quotation the copy lost and which runs into the next sentence, dropped; 'Have an opinion on this story? Share it!', the translation line 'This is a complete or partial translation of the article \".Asia全球搶灘潮 申請量單日逼近三十萬\", from the Chinese language Wikinews, published under the Creative Commons Attribution 2.5 License.', 'Share this:' and the archive notices dropped)",
    text='''".asia" domain applications near 300,000 on opening of registration
The new generic top-level domain, ".asia", met with an Internet landrush following the February 20 launch of the Asia-Pacific domain. Applications have not only come from Asian countries, but also from Europe and North America. Asia accounted for 35% of all applications with Europe and North America taking 40% and 24% respectively.
According to the DotAsia Organization, global application on launch were approximately 266,700. Currently Dotalliance Inc. & EuroDNS S.A. are the top two registrars.
With the ".asia" domain having become notable, many more applications are expected before the closing date of March 12.''',
    quotes=[
        Q('".asia"', None, None, 0),
        Q('".asia"', None, None, 1),
        Q('".asia"', None, None, 2),
    ],
),
dict(
    id="gv-en-2014-08-egypt-asks-us-to-show-restraint-in-ferguson",
    source="http://rss2.com/feeds/global-voices-online/5338",
    license=GVF, retrieved=PAGES + " (copy of the Global Voices article of August 20, 2014 on the rss2.com feed reader; the feed title 'Global Voices Global Voices', the feed line 'Citizen media stories from around the world' and the date line 'August 20, 2014   Published ~ 11 years ago.' dropped; the embedded tweets are not in the stored copy; the paragraph 'And in reference to the Rabaa massacre, ...', cut in the stored copy, dropped)",
    text='''The Egyptian Government Asks the U.S. to “Show Restraint in Ferguson” and Twitter Users Respond With This Brilliant Hashtag
Egyptian and non-Egyptian Twitter users are giving tips to U.S. police on how to deal with the ongoing unrest in Ferguson, Missouri.
The sarcastic hashtag #EgyPoliceTipsToUS was launched on Twitter in reaction to a statement by the Egyptian government urging U.S. authorities “to show restraint” in Ferguson, where local police in military-grade riot grade and protesters have been facing off for 11 days, after an officer killed an unarmed black teenager. The police in Ferguson are predominantly white and have been strong-arming journalists on the scene, using tear gas and rubber bullets on protesters.
According to Twitter users, Egypt should be the last country to provide such advice to the U.S., given its track record in handing its own unrest, from the start of the Egyptian revolution on January 25, 2011. The hashtag brought up some the atrocities committed by Egyptians authorities against protestors since, including one of the bloodiest days in modern protest history, when more than 800 protesters were killed in Rabaa on August 14, 2013.
MENA research associate at the Committee to Protect Journalists Jason Stern tweeted at his followers:
He shared the following tips with videos showing Egyptian police brutality and tactics:
Other Twitter users followed with their own tips.
User @befroggled, with 760 followers on Twitter, referred to the forced virginity tests conducted by the Egyptian military on female protesters in Tahrir Square in 2011.
She also hinted at the authorities’ use of counter-terrorism as a pretext to crackdown on protesters:
Bilal Zrebel tells his 5,200 followers:''',
    quotes=[
        Q('“Show Restraint in Ferguson”', None, "Egyptian government"),
        Q('“to show restraint”', None, "Egyptian government"),
    ],
    aliases={"Egyptian government": ["The Egyptian Government"]},
),
dict(
    id="gv-en-2021-02-mozambique-expel-foreign-journalist",
    source="http://sidan2.leiph.se/aggregator/sources/16",
    license=GVF, retrieved=PAGES + " (copy of the Global Voices article of February 12, 2021 on the sidan2.leiph.se feed aggregator, its source page for the Global Voices 'freedom of speech' feed; the lines 'You are here', 'Global Voices - category 'freedom of speech'', 'Subscribe to ... feed ...', 'Citizen media stories from around the world', 'Updated: 10 months 1 week ago' and the date line 'Fri, 02/12/2021 - 17:11' dropped; the image caption 'Tom Bowker speaks with South Africa's SABC news in December 2020. Image: YouTube screenshot from SABC's channel.' dropped; the article's summary line 'Tom Bower is founder of the news website Zitamar News' (spelling as stored) kept; the Portuguese block quotation of the GABINFO note, cut in the stored copy, dropped)",
    text='''Is Mozambique trying to expel a foreign journalist?
Tom Bower is founder of the news website Zitamar News
British journalist Tom Bowker was verbally ordered to leave Mozambique at the end of January, one month after authorities revoked his foreign correspondent accreditation.
Bowker is the founder of the news website Zitamar News, which reports Mozambican politics and economics in English. In recent years, the website has been praised for its coverage of the armed conflict in the Cabo Delgado province through the Cabo Ligado project.
According to the newsletter of veteran Mozambique chronicler Joseph Hanlon, Bowker was summoned to immigration services on 25 January, where he was told, in the presence of his lawyer, to leave the country within five days.
On February 3, however, Bowker was still in Mozambique. According to Evidências news site, which says it has briefly spoken with the journalist, the deportation order was “merely verbal” and his residence permit is still valid.
Bowker has lived in Mozambique with his son and wife since 2014.
According to a note by Mozambique's Information Bureau (GABINFO), the government authority in charge of registering journalists, Bowker's accreditation was revoked because he was “unable to provide documents proving” Zitamar News’ registration abroad.
The note was reproduced by Evidências:''',
    quotes=[
        Q('“merely verbal”', None, "Tom Bowker"),
        Q('“unable to provide documents proving”', None, "Mozambique's Information Bureau"),
    ],
    aliases={"Tom Bowker": ["British journalist Tom Bowker", "Bowker"],
             "Mozambique's Information Bureau": ["GABINFO"]},
),
]
