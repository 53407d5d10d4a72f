# Held-out English news texts (tests/data/heldout338-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# a voanews.com report on the UNHCR and the Sudanese refugees in Chad (April 2006), two items of VOA's feed as copied
# by the 103news.com aggregator (a VOA News video blurb on Nicaragua's army chief and the country's journalists,
# September 2023; a VOA story on the attempted tanker seizure in the Gulf of Aden and the Pentagon's spokesperson,
# November 2023) and a VOA Learning English 'This Is America' music programme for the New Year (December 31, 2016) on
# the feed blog newsamricaa.blogspot.com. None is credited to AP, Reuters, AFP or another third party; feed items of the
# same pages with agency wording were left out (H1840). Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept, a cut paragraph is dropped, and one-paragraph copies and truncated feed items end on
# their last complete sentence (noted in `retrieved`). Page lines, source labels, feed links and credits are dropped;
# headlines are kept as the first line; wording and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H1840-H1843 in ANNOTATION.md on top of
# H1-H1748).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout338-en.jsonl

Built by `build.py` from `heldout338_pages.py`. Like the VOA sets above (heldout301-en, heldout288-en, heldout275-en
and others; copies on other sites with the licence constant PDC as in heldout267-en, heldout288-en and heldout301-en),
these texts are Voice of America stories (US government works in the public domain, 17 U.S.C. § 105) taken from stored
web pages (the `pages` search corpus): a voanews.com report of April 16, 2006 on the UN refugee agency's warning that
the Sudanese refugees in Chad would have nowhere to go (UNHCR spokeswoman Jennifer Pagonis telling VOA), two items of
VOA's feed ('Voice of America') on the 103news.com aggregator's pages for voanews.com (a VOA News video blurb of
September 12, 2023 on Nicaragua's army chief calling journalists 'information mercenaries', and a VOA story of November
27, 2023 on the attempted tanker seizure in the Gulf of Aden with Pentagon spokesperson Patrick Ryder), and a VOA
Learning English 'This Is America' music programme for the New Year (December 31, 2016) on the feed blog
newsamricaa.blogspot.com, which reposts VOA's Learning English feed. None is credited to AP, Reuters, AFP or another
third party; neighbouring feed items of the 103news.com pages with agency-style wording (the Swiss students' record car
and Iraq's moving of Iranian Kurdish groups, September 12; the Libyan floods item, cut in the stored copy) were left out.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept, a paragraph cut in the stored
copy is dropped, and where a copy prints a story as a single paragraph or the aggregator truncates a feed item the text
ends on its last complete sentence (what was dropped is noted per page). Site lines ('Accessibility links', 'Breaking
News'), the aggregator's source labels 'Voice of America' and its links 'Читать дальше...', the blog's date line and
the video credits were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL and page id (voanews.com 327199; the 103news.com dates 2023-09-12 and 2023-11-27; the newsamricaa.blogspot.com
page /2016), by headline, and by the names of their speakers and distinctive phrases such as 'Sudanese Refugees in
Chad', 'cannot go to Darfur', 'nothing official from the authorities', 'Information Mercenaries', 'Donaldo Hern',
'Somali Pirates Likely', 'Gulf of Aden on Sunday', 'Patrick Ryder', 'piracy-related', 'Memories and Hopes', 'Same Old
Lang Syne', 'Steve Ember brings you music' and 'Dan Fogelberg', grepped in tests/data of the main checkout and of every
other helper's worktree; no hits, except Jennifer Pagonis (another VOA report, on Georgia's refugees, heldout26-en) and
the headline words 'Nowhere to Go' (other stories, heldout123-en and heldout129-en)). The set is small because the
session's search budget ran out after the first look-ups; it has few quotes with a speaker and many null spans (titles,
a headline label, a scare-quoted word of unnamed people). The annotation (rules H1840–H1843 in `ANNOTATION.md` on top
of H1–H1748) was committed before whosaid was first run on these texts, so the first score is a blind one (to be scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h338-2006-04-chad-sudanese-refugees",
    source="https://www.voanews.com/a/a-13-2006-04-16-voa10/327199.html",
    license=PD, retrieved=PAGES + " (voanews.com report of April 16, 2006; the lines 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line; the paragraph '\"We have good contacts with the government. ... They are in an extremely difficult, hostile area, part of the co', cut in the stored copy, dropped, also though it holds two of Pagonis's quotations; straight marks as stored)",
    text='''UN Warns Sudanese Refugees in Chad Have Nowhere to Go
The UN refugee agency warns some 200,000 Sudanese refugees who fled to Chad from Darfur would have nowhere to go were they to be expelled from the country. A UNHCR spokeswoman tells VOA, the agency has heard nothing official from the authorities in Chad about possible expulsions.
UNHCR spokeswoman, Jennifer Pagonis, says she does not want to speculate about what would happen to the refugees were they to be expelled.
"Obviously, they cannot go to Darfur," she said. "The situation there is not suitable for the return of refugees there. They still fear persecution. The situation in Darfur is not good. Even our own activities in the region have been curtailed because of the security situation. So, they cannot go back to Darfur. We certainly hope that we can continue working with the Chadian government."
On Friday, Chad's president threatened to expel the Sudanese refugees by the end of June, unless the international community took steps to stop, what he called, Sudan's efforts to undermine his government. The government issued this warning in the aftermath of a failed coup attempt by rebels who, Chad claims, are supported by the Sudanese government.
Since war between Sudanese-backed militia and rebel groups broke out in Darfur three years ago, tens of thousands of people have been killed and about two million made homeless. An estimated 200,000 fled to neighboring Chad seeking asylum.
Pagonis tells VOA the UNHCR has been working very closely with the Chadian government since the beginning of the influx of refugees from Darfur in 2003. She hopes the cooperation between them can continue.''',
    quotes=[
        Q('"Obviously, they cannot go to Darfur,"', None, "Jennifer Pagonis"),
        Q('"The situation there is not suitable', 'with the Chadian government."', "Jennifer Pagonis"),
    ],
    aliases={"Jennifer Pagonis": ["UNHCR spokeswoman, Jennifer Pagonis", "Pagonis", "A UNHCR spokeswoman"]},
),
dict(
    id="voa-en-h338-2023-09-nicaragua-army-chief-journalists",
    source="https://103news.com/smi/voanews-com/2023-09-12/",
    license=PDC, retrieved=PAGES + " (copy of a VOA News video blurb of September 12, 2023 in the 103news.com aggregator's page of VOA's feed for that day; the source label 'Voice of America' above the item and the video credits '(Camera: Donaldo Hernández; Translated and Produced by: Veronica Villafañe)' dropped; the headline kept as the first line, the blurb stored as one paragraph and kept so (H1067); the following feed items (the Swiss students' record car and Iraq's moving of Iranian Kurdish groups, with agency-style wording, and the Libyan floods item, cut in the stored copy) left out (H1840); single curly marks in the headline, double curly marks in the body as stored)",
    text='''Nicaraguan Army Chief Accuses Journalists of Being ‘Information Mercenaries’
Nicaragua’s army chief has accused the media of trying to overthrow the government. The country’s journalists, however, say such “false” comments only add to the country’s already repressive environment. For Donaldo Hernández in Costa Rica, Verónica Villafañe has the story for VOA News.''',
    quotes=[
        Q('‘Information Mercenaries’', None, None),
        Q('“false”', None, None),
    ],
    aliases={},
),
dict(
    id="voa-en-h338-2023-11-somali-pirates-tanker",
    source="https://103news.com/smi/voanews-com/2023-11-27/",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of November 27, 2023 in the 103news.com aggregator's page of VOA's feed for that day; the source label 'Voice of America' above the item dropped; the headline kept as the first line, the body stored as one paragraph and kept so (H1067); the aggregator truncates the item in 'A U.S. Navy warship...' before its link 'Читать дальше...', so the text ends on the sentence before (H1105); the neighbouring items (Turkey's civil society and the task force on Hamas's money, without quotations, and the MH370 hearing, cut in the stored copy) left out; straight marks as stored)",
    text='''US Military: Somali Pirates Likely Behind Attempted Tanker Seizure
An attempted hijacking of a commercial vessel in the Gulf of Aden on Sunday appears to have been carried out by armed Somali pirates and not Yemeni Houthis, despite the firing of missiles from Houthi-controlled territory in Yemen afterwards, the Pentagon said Monday. "We're continuing to assess, but initial indications are that these five individuals are Somali," said Pentagon spokesperson Brigadier General Patrick Ryder. "Clearly a piracy-related incident," Ryder added.''',
    quotes=[
        Q('"We\'re continuing to assess', 'individuals are Somali,"', "Patrick Ryder"),
        Q('"Clearly a piracy-related incident,"', None, "Patrick Ryder"),
    ],
    aliases={"Patrick Ryder": ["Pentagon spokesperson Brigadier General Patrick Ryder", "Ryder"]},
),
dict(
    id="voa-en-h338-2016-12-new-years-music",
    source="https://newsamricaa.blogspot.com/2016",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English 'This Is America' programme of December 31, 2016 on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; the blog's date line 'Saturday, December 31, 2016' dropped; the headline kept as the first line, the body stored as one paragraph and kept so (H1067), with its double spaces after two sentences as stored; the stored copy breaks off in 'They m', so the text ends on the sentence before (H1105); straight marks as stored)",
    text='''Memories and Hopes Meet in New Year's Music
Welcome to This Is America with VOA Learning English. Steve Ember brings you music for the New Year.  In the United States and other countries, this old Scottish song, "Auld Lang Syne" is played when a new year begins. The song is about remembering old friends. New Year's is a holiday for memories and for hopes. The past and the future come together at midnight. Not surprisingly, emotions are as much a part of New Year's Eve as noisemakers and fireworks. After all, a traditional way to welcome the New Year is to kiss the person you love. "Old Lang Syne" lends its name to a modern song about a man and a woman who once were lovers. One day, a week before New Year's, they meet again by chance. The singer is Dan Fogelberg and the song is called "Same Old Lang Syne." On December 16, 2007, fans of Dan Fogelberg lost an old friend. The American singer and songwriter died of prostate cancer at the age of 56. He was known for the kind of soft rock popular in the 1970s and 80s. "Same Old Lang Syne" was one of the hits from his 1981 album "The Innocent Age." The idea of meeting an old lover by chance is also at the heart of a Paul Simon song. Here is the title song from Paul Simon's 1975 album "Still Crazy After All These Years." Chance meetings are one of life's little surprises. They can happen anywhere -- in a market, on the street, even in a taxicab. This song by Harry Chapin is called "Taxi." Harry Chapin was a popular folk singer and songwriter. In 1981, at the age of 38, he died in a car crash on his way to a performance. Music and emotions go hand in hand. Songs can make us feel the heartbreak of a lost love, or the excitement of finding a new love. Songs can also capture the pain of a wish that a person knows will never come true. Here is James Blunt with "You're Beautiful." The 1989 movie "When Harry Met Sally" was about a relationship.  Billy Crystal plays Harry and Meg Ryan is Sally.''',
    quotes=[
        Q('"Auld Lang Syne"', None, None),
        Q('"Old Lang Syne"', None, None),
        Q('"Same Old Lang Syne."', None, None),
        Q('"Same Old Lang Syne"', None, None),
        Q('"The Innocent Age."', None, None),
        Q('"Still Crazy After All These Years."', None, None),
        Q('"Taxi."', None, None),
        Q('"You\'re Beautiful."', None, None),
        Q('"When Harry Met Sally"', None, None),
    ],
    aliases={},
),
]
