# Held-out English Wikinews text (tests/data/heldout297-en.jsonl), not used in an earlier set. One English Wikinews
# article of July 7, 2017 (CC BY 2.5) on Volvo's announcement that all its cars from 2019 onwards will have a battery-powered
# engine, with Volvo Cars' chief executive Håkan Samuelsson quoted, taken from a stored web page (the `pages` search
# corpus): an author page (page 21) of mynewhopeumc.org, a scraper site that reproduces Wikinews articles one after the
# other (like omgclearance.com in heldout68-en). The copy prints the article without its headline, starting with its
# date line; the tail of the entry before it (the Wikinews Shorts line 'A compilation of brief news reports for
# Wednesday, December 23, 2009.', twice, and '- Contribute to Wikinews by expanding these briefs or add a new one.') and
# the next entry (the ninth instalment of the 2012 'On the campaign trail' series, cut in the stored copy) are dropped.
# The date line is kept as the first line, no headline is added (H131); wording and the curly marks are as stored. It is
# not credited to AP, Reuters, AFP or another third party. Annotated by reading the text, before whosaid was run on it
# (rules H1735-H1737 in ANNOTATION.md on top of the rules of the sets above).
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a scraper site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout297-en.jsonl

Built by `build.py` from `heldout297_pages.py`. Like heldout68-en (a Wikinews article on an archive page of the scraper
site omgclearance.com), this text is an English Wikinews article (CC BY 2.5, attribution "Wikinews contributors") taken
from a stored web page (the `pages` search corpus), not used in any set above: the article of Friday, July 7, 2017 on
Volvo's announcement that all its cars released from 2019 onwards will use some form of battery-powered engine (Volvo
Cars' chief executive Håkan Samuelsson quoted twice, a term of China's Ministry of Industry and Information Technology
quoted once), as reproduced on page 21 of an author archive of mynewhopeumc.org, a scraper site that reprints Wikinews
articles. The copy prints the article without its headline (no headline is added, H131); the tail of the entry before it
(a Wikinews Shorts line for December 23, 2009) and the next entry (the 2012 'On the campaign trail' instalment, cut in
the stored copy) were dropped; wording and curly marks are as stored. It is not credited to AP, Reuters, AFP or another
third party. It is in no set above: checked by URL and site (`mynewhopeumc`), by the names and phrases `Samuelsson`,
`electrified cars`, `Polestars`, `new energy vehicles`, grepped in tests/data of the main checkout and of every other
helper's worktree (no hit). The set is a single text because the family is nearly exhausted in the stored pages: the
en.wikinews.org, en.m.wikinews.org, wikiactu, izumi-lab, wikinewsreports and Global Voices pages found were already in
sets above (the Berlin Wikimedia injunction, Wayne Tseng, Volkswagen, Quebec election, Scottish NHS pay, the National
Portrait Gallery, Matariki, Endurance and others), are interviews without quotation marks (the Duncan Campbell and South
Korean parade interviews on wikiactu), are partner republications (the ICHRI Telegram and Voces de Mujeres posts on
rss2.com), are teaser lists of scraper sites (brightcoope, ankarasitesi, buybestselling, shopnflusa, lineage2refused,
aprendizesdaverdade), or keep only one complete quotation before the stored copy is cut (the Wikileaks spokesperson
interview on ja.wikinews.org, the 2005 Peter Jennings obituary on razorspam.com); `build.py` requires two per document.
The annotation (rules H1735–H1737 in `ANNOTATION.md` on top of H1–H1734) was committed before whosaid was first run on
this text, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2017-07-07-volvo-cars-from-2019-to-use-battery-powered-engines",
    source="https://www.mynewhopeumc.org/author/uuy73mub/page/21",
    license=WNS, retrieved=PAGES + " (author archive page 21 of a scraper site that reproduces Wikinews articles; the article is printed without its headline, from its date line 'Friday, July 7, 2017' to its last paragraph, and is taken alone; the lines before it, 'A compilation of brief news reports for Wednesday, December 23, 2009.' (twice) and '- Contribute to Wikinews by expanding these briefs or add a new one.', the tail of a Wikinews Shorts entry, dropped; the next entry ('Sunday, August 5, 2012 / The following is the ninth in a monthly series chronicling the U.S. 2012 presidential election. ...'), cut in the stored copy, dropped; no headline added (H131); the curly marks, the full stop after the closing mark of Samuelsson's first quotation and '1m' as stored)",
    text='''Friday, July 7, 2017
On Wednesday, automobile company Volvo announced all of its cars to be released in 2019 onwards are to use some form of battery-powered engine, leaving conventional petrol-only vehicles altogether. The decision comes after Volvo announced in May their intent to cease production of diesel vehicles.
The chief executive of Volvo Cars, Håkan Samuelsson, said, “People increasingly demand electrified cars”. Volvo aims to release five new electric vehicle models between 2019 and 2021. While little has yet been revealed about them, the company has stated two of them are to be high-performance electric vehicles, branded as Polestars.
Other car models from 2019 may be plug-in hybrid or 48-volt “mild hybrid” systems. Audi and Mercedes-Benz are also releasing mild hybrid cars for the European market.
“This announcement marks the end of the solely combustion engine-powered car. Volvo Cars has stated that it plans to have sold a total of 1m electrified cars by 2025. When we said it we meant it. This is how we are going to do it,” Samuelsson said. Volvo is owned by Chinese automotive giant Geely, and China’s Ministry of Industry and Information Technology has said by 2025 they want new vehicle sales to be 20 percent “new energy vehicles”.''',
    quotes=[
        Q('“People increasingly demand electrified cars”', None, "Håkan Samuelsson"),
        Q('“mild hybrid”', None, None),
        Q('“This announcement marks', 'going to do it,”', "Håkan Samuelsson"),
        Q('“new energy vehicles”', None, "Ministry of Industry and Information Technology"),
    ],
    aliases={"Håkan Samuelsson": ["Håkan Samuelsson", "Samuelsson", "The chief executive of Volvo Cars"],
             "Ministry of Industry and Information Technology": ["China’s Ministry of Industry and Information Technology"]},
),
]
