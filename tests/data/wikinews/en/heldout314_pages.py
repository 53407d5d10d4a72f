# Held-out English news texts (tests/data/heldout314-en.jsonl), none of them used in an earlier set. Global Voices in
# English (CC BY 3.0, attribution "Global Voices"), 2008-2011, taken from stored web pages (the `pages` search corpus):
# twelve short posts ("briefs") that a stored Global Voices list page (country pages for Trinidad & Tobago, Guyana,
# Jamaica and the Caribbean) prints in full, each taken out of its list as a document of its own (H1690, H1785). Entries
# cut ('...') or holding fewer than two quotation pairs were skipped. They quote Caribbean bloggers and blogs (Jumbie's
# Watch, This Beach Called Life, Afra Raymond, B.C. Pires, Jamaica and the World, Guyana-Gyal, Imran Khan), an artist and
# a fellow blogger. Page lines, the date line under each headline and the neighbouring entries are dropped; the headline
# is kept once as the first line; wording, spelling ('wong', 'we life') and quotation marks (the space before the closing
# mark of Tattoo's quotation) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1785-H1788 in ANNOTATION.md on top of the rules of the sets above).
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"
LIST = "Global Voices post printed in full on the stored list page"
DATE = "the date line under the headline dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout314-en.jsonl

Built by `build.py` from `heldout314_pages.py`. Like heldout278-en (briefs taken out of Global Voices list pages) and
heldout253-en, heldout71-en, heldout77-en and heldout96-en, these texts are Global Voices posts in English (CC BY 3.0,
attribution "Global Voices"), taken from stored web pages (the `pages` search corpus), none of them used in a set above:
twelve short posts that a stored Global Voices country list page prints in full - 'Trinidad & Tobago: Set Up?',
'Trinidad & Tobago: Paper Guns' and 'Trinidad & Tobago: Red Light' (Trinidad & Tobago page of October 2009, page 2),
'Trinidad & Tobago: Expenditure & Accountability' (Trinidad & Tobago page of September 2011), 'Barbados: remembering
“Hitch”' (Caribbean page of December 2011, page 2), 'Jamaica: And now for the Bad News' (Jamaica page of May 2009),
'Guyana: Learning to Live' and 'Guyana: Threads that Bind' (Guyana page of March 2008), 'Guyana: “many waters”?' (Guyana
page of September 2009), 'Guyana, Barbados: Illegal Immigration', 'Guyana: Prayer Calling' and 'Guyana: There Goes the
Community' (Guyana page of May 2009) - each taken out of its list as a document of its own, the other entries of the list
left out (H1690, H1785). Page lines ('· May, 2009', 'Stories about ... from ...') and the date line under each headline
were dropped; wording and quotation marks are as stored. Entries cut with '...' (among them 'Trinidad & Tobago: Media &
the People', 'Trinidad & Tobago: Monstre Sacre', 'Jamaica: Calabash & Language', 'Jamaica: vote or not?') and entries with
a single quotation pair ('Caribbean: Celebrity Twitter', 'Trinidad & Tobago: Non-Communicable Diseases', 'Guyana:
Baccoo', 'Guyana: R.I.P.', 'Jamaica: By the Bye', 'Trinidad and Tobago: making zines' and others) were skipped; the
Trinidad & Tobago page of April 2012 was not used again because heldout278-en already took an entry of it. None of these
pages or posts is used in any set above (checked by the list URLs, by title and by distinctive phrases of the posts -
'fart fire', 'Paper Guns', 'Traffic Light', 'lurch from crisis', 'Expenditure & Accountability', 'worth a few hundred
pastors', 'no soft options', 'Learning to Live', 'unending seam', 'land of many waters', 'artesian well', 'What is wong',
'un-CARICOM-like', 'noise pollution', 'There Goes the Community', 'Marlon Darbeau', 'Jamaica and the World' - with grep
over tests/data of the main worktree and of the other helpers' worktrees: no hit; the blog names 'Guyana-Gyal', 'Jumbie's
Watch', 'This Beach Called Life', 'B.C. Pires' and 'Afra Raymond' occur only in other, different texts of heldout59-en,
heldout71-en and heldout77-en). The annotation (rules H1785–H1788 in `ANNOTATION.md`) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

TT0910 = "https://globalvoices.org/-/world/caribbean/trinidad-tobago/page/2/?m=200910"
GY0905 = "https://globalvoices.org/-/world/caribbean/guyana/?m=200905"
GY0803 = "https://globalvoices.org/-/world/caribbean/guyana/?m=200803"

DOCS = [
dict(
    id="gv-en-2009-10-15-trinidad-tobago-set-up",
    source=TT0910,
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Trinidad & Tobago from October, 2009', page 2; only this brief of 15 October 2009 is taken (H1785): the page lines '· October, 2009' and 'Stories about Trinidad & Tobago from October, 2009', " + DATE + ", the entry before it ('Trinidad & Tobago: Celebrations') and after it ('Caribbean: Celebrity Twitter', 'Trinidad & Tobago: Media & the People' and later, two of them documents of their own) dropped)",
    text='''Trinidad & Tobago: Set Up?
Jumbie's Watch is “vex enough to fart fire” over developments in a court case involving the Trinidad and Tobago Prime Minister, which he believes “was a set up designed to have the case thrown out.”''',
    quotes=[
        Q('“vex enough to fart fire”', None, "Jumbie's Watch"),
        Q('“was a set up designed', 'thrown out.”', "Jumbie's Watch"),
    ],
    aliases={"Jumbie's Watch": ["Jumbie's Watch"]},
),
dict(
    id="gv-en-2009-10-14-trinidad-tobago-paper-guns",
    source=TT0910,
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Trinidad & Tobago from October, 2009', page 2; only this brief of 14 October 2009 is taken (H1785): the page lines, " + DATE + ", the entries before it ('Trinidad & Tobago: Media & the People', cut, and earlier) and after it ('Trinidad & Tobago: Red Light', a document of its own, and later) dropped; the space before the closing mark of Tattoo's quotation ('paper gun. ”') as stored)",
    text='''Trinidad & Tobago: Paper Guns
Reflecting on the crime situation, Trinidad artist Marlon Darbeau examines how “a simple sheet of copybook size page with lines that when folded makes a hand gun” – fellow blogger Tattoo comments: “That which is innocent and weak, seeks something else, but ends up being a paper gun. ”''',
    quotes=[
        Q('“a simple sheet', 'makes a hand gun”', "Marlon Darbeau"),
        Q('“That which is innocent', 'paper gun. ”', "Tattoo"),
    ],
    aliases={"Marlon Darbeau": ["Marlon Darbeau", "Trinidad artist Marlon Darbeau"],
             "Tattoo": ["Tattoo", "fellow blogger Tattoo"]},
),
dict(
    id="gv-en-2009-10-07-trinidad-tobago-red-light",
    source=TT0910,
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Trinidad & Tobago from October, 2009', page 2; only this brief of 7 October 2009 is taken (H1785): the page lines, " + DATE + ", the entries before it ('Trinidad & Tobago: Paper Guns', a document of its own, and earlier) and after it ('Trinidad & Tobago: Monstre Sacre', cut in the stored copy) dropped)",
    text='''Trinidad & Tobago: Red Light
“We are a nation that takes too long to get anywhere and when we do get there we are met with No Parking signs, wreckers and gun-toting bandits who already have a sale for your car”: This Beach Called Life calls Trinidad and Tobago “the land of the Traffic Light.”''',
    quotes=[
        Q('“We are a nation', 'a sale for your car”', "This Beach Called Life"),
        Q('“the land of the Traffic Light.”', None, "This Beach Called Life"),
    ],
    aliases={"This Beach Called Life": ["This Beach Called Life"]},
),
dict(
    id="gv-en-2011-09-30-trinidad-tobago-expenditure-accountability",
    source="http://globalvoicesonline.org/-/world/caribbean/trinidad-tobago/?m=201109",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Trinidad & Tobago from September, 2011'; only this brief of 30 September 2011 is taken (H1785): the page lines '· September, 2011' and 'Stories about Trinidad & Tobago from September, 2011', " + DATE + " and the following entries ('Trinidad & Tobago: Black Power Documentary' and later) dropped)",
    text='''Trinidad & Tobago: Expenditure & Accountability
“Discussion is revolving around the country’s earnings from our energy resources and the likely size of the next year’s budget, expected to be delivered in early October”: Afra Raymond warns that “without proper control over expenditure, we will continue to lurch from crisis to crisis.”''',
    quotes=[
        Q('“Discussion is revolving', 'early October”', "Afra Raymond"),
        Q('“without proper control', 'crisis to crisis.”', "Afra Raymond"),
    ],
    aliases={"Afra Raymond": ["Afra Raymond"]},
),
dict(
    id="gv-en-2011-12-19-barbados-remembering-hitch",
    source="https://globalvoices.org/-/world/caribbean/page/2/?m=201112",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Caribbean from December, 2011', page 2; only this brief of 19 December 2011 is taken (H1785): the page lines '· December, 2011' and 'Stories about Caribbean from December, 2011', " + DATE + ", the entries before it ('Global Voices: Donate Today', 'Jamaica: vote or not?', cut) and after it ('Trinidad and Tobago: making zines' and later) dropped; the spaces around the ellipsis inside the quotation as stored)",
    text='''Barbados: remembering “Hitch”
Barbados-based B.C. Pires posts his reflections on the death of writer Christopher Hitchens: “for all his flaws … worth a few hundred pastors and priests to me, perhaps a few thousand.”''',
    quotes=[
        Q('“Hitch”', None, None),
        Q('“for all his flaws', 'a few thousand.”', "B.C. Pires"),
    ],
    aliases={"B.C. Pires": ["B.C. Pires", "Barbados-based B.C. Pires"]},
),
dict(
    id="gv-en-2009-05-25-jamaica-and-now-for-the-bad-news",
    source="https://globalvoices.org/-/world/caribbean/jamaica/?m=200905",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Jamaica from May, 2009'; only this brief of 25 May 2009 is taken (H1785): the page lines '· May, 2009' and 'Stories about Jamaica from May, 2009', " + DATE + ", the entries before it ('Jamaica, Cuba: Amnesty International Report', 'Jamaica: The Calabash Experience', 'Jamaica: Calabash & Language', cut) and after it ('Jamaica, Barbados: Calabash Kicks Off' and later) dropped)",
    text='''Jamaica: And now for the Bad News
“Former PM Edward Seaga was never accused of being a ray of sunshine when he was an active politician”: Jamaica and the World reports that Seaga's analysis of the island's economic situation leaves the current administration with “no soft options. No easy answers. No exit.”''',
    quotes=[
        Q('“Former PM Edward Seaga', 'an active politician”', "Jamaica and the World"),
        Q('“no soft options. No easy answers. No exit.”', None, "Jamaica and the World"),
    ],
    aliases={"Jamaica and the World": ["Jamaica and the World"]},
),
dict(
    id="gv-en-2008-03-25-guyana-learning-to-live",
    source=GY0803,
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Guyana from March, 2008'; only this brief of 25 March 2008 is taken (H1785): the page lines '· March, 2008' and 'Stories about Guyana from March, 2008', " + DATE + ", the entry before it ('Guyana: Baccoo') and after it ('Guyana: Threads that Bind', a document of its own, and later) dropped)",
    text='''Guyana: Learning to Live
“The confusion I come to is this – something new growing in we the people”: Guyana-Gyal says that her fellow Guyanese are “learning to live despite the threats of badness, despite the thought that any minute, Fine Man and he pack can savage again.”''',
    quotes=[
        Q('“The confusion I come to', 'we the people”', "Guyana-Gyal"),
        Q('“learning to live', 'savage again.”', "Guyana-Gyal"),
    ],
    aliases={"Guyana-Gyal": ["Guyana-Gyal"]},
),
dict(
    id="gv-en-2008-03-14-guyana-threads-that-bind",
    source=GY0803,
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Guyana from March, 2008'; only this brief of 14 March 2008 is taken (H1785): the page lines, " + DATE + ", the entries before it ('Guyana: Learning to Live', a document of its own, and 'Guyana: Baccoo') and after it ('Guyana: On the Alert', 'Guyana: The Art of Living') dropped; the ellipsis before the closing mark as stored)",
    text='''Guyana: Threads that Bind
“Sometimes we life is one unending seam, same colour, same strand, same stitch, not varying in size. Then suddenly the thread snap and…”: Guyana-Gyal discovers a “delightful variation” from her daily routine.''',
    quotes=[
        Q('“Sometimes we life', 'thread snap and…”', "Guyana-Gyal"),
        Q('“delightful variation”', None, "Guyana-Gyal"),
    ],
    aliases={"Guyana-Gyal": ["Guyana-Gyal"]},
),
dict(
    id="gv-en-2009-09-16-guyana-many-waters",
    source="https://globalvoices.org/-/world/caribbean/guyana/?m=200909",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Guyana from September, 2009'; only this brief of 16 September 2009 is taken (H1785): the page lines '· September, 2009' and 'Stories about Guyana from September, 2009', " + DATE + ", the entries before it ('Barbados, Guyana: forest outpost?', 'Guyana: celebrating Eid-ul-Fitr', 'Guyana: images of Georgetown', 'Guyana: the colour of beauty') and after it ('Guyana: Wisdom') dropped; 'my mother childhood village say' as stored)",
    text='''Guyana: “many waters”?
What happens when drought hits the “land of many waters”? Guyana-Gyal wonders. “A rice-farmer living in my mother childhood village say that the water in the artesian well is running rusty. Rust. The colour of blood drying.”''',
    quotes=[
        Q('“many waters”', None, None),
        Q('“land of many waters”', None, None),
        Q('“A rice-farmer', 'blood drying.”', "Guyana-Gyal"),
    ],
    aliases={"Guyana-Gyal": ["Guyana-Gyal"]},
),
dict(
    id="gv-en-2009-05-25-guyana-barbados-illegal-immigration",
    source=GY0905,
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Guyana from May, 2009'; only this brief of 25 May 2009 is taken (H1785): the page lines '· May, 2009' and 'Stories about Guyana from May, 2009', " + DATE + " and the following entries ('Guyana: R.I.P.', 'Guyana, Cuba: Day Against Homophobia', 'Guyana: Prayer Calling' (a document of its own) and later) dropped; 'What is wong is wrong' and the nested single marks as stored)",
    text='''Guyana, Barbados: Illegal Immigration
When it comes to the issue of illegal immigrants in Barbados, Guyanese blogger Imran Khan says: “What is wong is wrong”, adding in another post: “I’m interested in learning what, specifically, President Bharrat Jagdeo is accusing the Barbadians of being ‘un-CARICOM-like’ about?”''',
    quotes=[
        Q('“What is wong is wrong”', None, "Imran Khan"),
        Q('“I’m interested', '‘un-CARICOM-like’ about?”', "Imran Khan"),
    ],
    aliases={"Imran Khan": ["Imran Khan", "Guyanese blogger Imran Khan"]},
),
dict(
    id="gv-en-2009-05-18-guyana-prayer-calling",
    source=GY0905,
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Guyana from May, 2009'; only this brief of 18 May 2009 is taken (H1785): the page lines, " + DATE + ", the entries before it ('Guyana, Barbados: Illegal Immigration', a document of its own, 'Guyana: R.I.P.', 'Guyana, Cuba: Day Against Homophobia') and after it ('Guyana: Telling Tales', 'Guyana: There Goes the Community' (a document of its own) and later) dropped; the full stop after the closing mark as stored)",
    text='''Guyana: Prayer Calling
“It is an injustice being blatantly perpetrated upon thousands and thousands of Guyanese on a daily basis and one against which many feel helpless”: Imran Khan takes issue with the custom of amplified calls to prayer, calling it “noise pollution”.''',
    quotes=[
        Q('“It is an injustice', 'many feel helpless”', "Imran Khan"),
        Q('“noise pollution”', None, "Imran Khan"),
    ],
    aliases={"Imran Khan": ["Imran Khan"]},
),
dict(
    id="gv-en-2009-05-12-guyana-there-goes-the-community",
    source=GY0905,
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Guyana from May, 2009'; only this brief of 12 May 2009 is taken (H1785): the page lines, " + DATE + ", the entries before it ('Guyana: Telling Tales', 'Guyana: Prayer Calling' (a document of its own) and earlier) and after it ('Guyana: Saving the Rainforest', cut in the stored copy) dropped)",
    text='''Guyana: There Goes the Community
“As we, as a nation, strive to put food on tables and to build, renovate or spruce up our homes we have developed a culture of neglecting our wider environment and particularly places of recreation”: Guyanese blogger Imran Khan calls the neglect “a sad and sorry state of affairs.”''',
    quotes=[
        Q('“As we, as a nation', 'places of recreation”', "Imran Khan"),
        Q('“a sad and sorry state of affairs.”', None, "Imran Khan"),
    ],
    aliases={"Imran Khan": ["Imran Khan", "Guyanese blogger Imran Khan"]},
),
]
