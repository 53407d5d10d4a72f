# Held-out English Wikinews text (tests/data/heldout81-en.jsonl), not used in an earlier set. An English Wikinews
# article of 2015 (CC BY 2.5) taken from a stored web page (the `pages` search corpus): a copy of the Wikinews article
# 'Scottish university football club under investigation over 'blackface' event' (February 6, 2015) on luggageon.com,
# which reproduces the article under its Wikinews headline and dateline. Not credited to AP, Reuters, AFP or another
# third party. The stored copy is cut after about 2,000 characters: only complete paragraphs are kept and the cut
# paragraph is dropped (noted in `retrieved`). The pull-quote box (a sentence without marks, repeated from the
# university's statement) is dropped; wording, spacing and quotation marks are as stored. Annotated by reading the
# text, before whosaid was run on it (rule H500 in ANNOTATION.md on top of H1-H486).
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a scraper site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout81-en.jsonl

Built by `build.py` from `heldout81_pages.py`. Like heldout63-en, this is an English Wikinews article (CC BY 2.5) taken
from a stored web page (the `pages` search corpus), not used in a set above: a scraper-site copy (luggageon.com) of the
Wikinews article of February 6, 2015 on the University of Stirling's investigation of its football club's 'blackface'
social. Not credited to AP, Reuters, AFP or another third party. The stored copy is cut after about 2,000 characters;
only complete paragraphs are kept (the cut paragraph with the Show Racism the Red Card statement was dropped). The
pull-quote box was dropped; wording and quotation marks are as stored. Not used in any set above (checked by URL, by
the names of its speakers and by distinctive phrases). The annotation (rule H500 in `ANNOTATION.md` on top of
H1–H486) was committed before whosaid was first run on the text, so the first score is a blind one.

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2015-02-06-scottish-university-football-club-blackface-event",
    source="https://luggageon.com/scottish-university-football-club-under-investigation-over-blackface-event",
    license=WNS, retrieved=PAGES + " (scraper copy of the Wikinews article 'Scottish university football club under investigation over ‘blackface’ event'; the pull-quote box 'The university and the Students’ Union have a zero-tolerance approach to racism ...' (no marks, repeated from the statement) dropped; the paragraph 'The Tab, which in publicising its article described the incident as “so cringe”, ...', cut in the stored copy, and everything after it dropped)",
    text='''Scottish university football club under investigation over ‘blackface’ event
Friday, February 6, 2015
A Scottish university is investigating after several dozen members of its football club reportedly used blackface as part of costuming for a social event yesterday. Representatives from the University of Stirling, located in central Scotland, has said it has “zero-tolerance” for racism and is “disappointed that the actions of a few are tarnishing the [university’s] reputation”.
Stirling University F.C. yesterday tweeted about its intention to hold what it called an “African cup of nations” themed event that evening, although the tweet was later deleted. That evening, a group of people said to be from the team reportedly arrived at Cape, a bar in Stirling, wearing football kits, their faces and limbs covered black. Website The Tab accompanies its report with pictures of several men who appear to be covered in black makeup and quotes one man, Jim MacIvor, describing witnessing “30–40 blacked up footballers having a drink”, socialising, “being quite boisterous […] [and] quite drunk — and some of them were taking their tops off and stuff like that.” The website also shared video of members of the public confronting some of the men in the group and accusing them of racism.''',
    quotes=[
        Q('‘blackface’', None, None),
        Q('“zero-tolerance”', None, "University of Stirling"),
        Q('“disappointed that the actions', 'reputation”', "University of Stirling"),
        Q('“African cup of nations”', None, None),
        Q('“30–40 blacked up', 'having a drink”', "Jim MacIvor"),
        Q('“being quite boisterous', 'stuff like that.”', "Jim MacIvor"),
    ],
    aliases={},
),
]
