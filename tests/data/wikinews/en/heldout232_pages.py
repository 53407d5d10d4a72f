# Held-out English Wikinews texts (tests/data/heldout232-en.jsonl), none of them used in an earlier set. English
# Wikinews articles (CC BY 2.5) taken from stored web pages (the `pages` search corpus) of sites that reprint Wikinews
# pages: the article on Sydney's Gay and Lesbian Mardi Gras of March 4, 2006 (sanhesw.com, an archive page that also
# holds other Wikinews articles; a different page of that site is used in heldout42-en) and the article on the two-car
# crash near Connel, Scotland, of August 2, 2013 (rhuntford.com, a page that reprints several Wikinews articles with
# their 'Retrieved from' lines), and the en.wikinews.org page of the article on the California wildfires of October 24,
# 2007 (site lines and image captions dropped). None is credited to AP, Reuters, AFP or another third party. Each document is one
# article of the page: its headline (kept once as the first line; the reprint repeats it), its date line and its complete
# paragraphs; a paragraph cut by the stored copy, the other articles of the page, 'Retrieved from' lines and stray
# markup ('">') are dropped (noted in `retrieved`). Wording, spelling, spacing inside paragraphs and quotation marks
# (curly double and single, as stored) are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H1445-H1447 in ANNOTATION.md on top of H1-H1444).
WN = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a site that reprints Wikinews pages)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout232-en.jsonl

Built by `build.py` from `heldout232_pages.py`. Like heldout42-en and heldout63-en, these texts are English Wikinews
articles (CC BY 2.5) taken from stored web pages (the `pages` search corpus) of sites that reprint Wikinews pages, none
of them used in a set above: 'Sydney's Gay and Lesbian Mardi Gras celebrated by 450,000 people' (March 4, 2006, on an
archive page of sanhesw.com; another page of that site is used in heldout42-en) and 'Two die in two-car crash near
Connel, Scotland' (August 2, 2013, on a page of rhuntford.com), and the en.wikinews.org page '1,000,000 flee homes in
California due to wildfires; over 500,000 ordered to evacuate' (October 24, 2007; site lines and image captions
dropped). None is credited to AP, Reuters, AFP or another third
party. The stored copies are cut after about 2,000 characters; only the complete paragraphs of one article per page
are kept (what was dropped is noted per page). Other articles on the same page, 'Retrieved from' lines and stray markup
were dropped; the headline is kept once as the first line; wording and quotation marks are as stored. None of these
pages is used in any set above (checked by URL, by the names of their speakers and by distinctive phrases). The
annotation (rules H1445–H1447 in `ANNOTATION.md` on top of H1–H1444) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2006-03-04-sydney-mardi-gras-450000",
    source="http://sanhesw.com/2022",
    license=WN, retrieved=PAGES + " (archive page 'Archives 2022' reprinting several Wikinews articles; only the article 'Sydney's Gay and Lesbian Mardi Gras celebrated by 450,000 people' is kept: headline, date line and its first three paragraphs; the fourth paragraph (Jay Lynch), cut in the stored copy, the article before it ('Australian Parliament hears reply to Budget') and its 'Retrieved from' line are dropped)",
    text='''Sydney’s Gay and Lesbian Mardi Gras celebrated by 450,000 people
Saturday, March 4, 2006
Nearly half a million people packed into Sydney’s “Golden Mile” on Saturday night to applaud the city’s 28th annual Gay and Lesbian Mardi Gras parade. Parade organisers estimated the crowd at over 450,000. They lined Oxford St – along the parade’s route – in Sydney’s unofficial gay district, cheering the 6,000 participants and 120 floats.
The Mardi Gras event was the culmination of a month of gay-pride festivities. Many parade participants adopted the theme of the film Brokeback Mountain. The parade was led as usual by the motorcycle group, Dykes on Bikes. Amongst the frivolity and colour, onlookers saw “Kate Moss dancers” snorting ‘cocaine’, and the gun-wielding – apparently gay-friendly – Dick Cheney. A lampoon of Prime Minister John Howard – a pirate ship carrying “Captain Crook” was also featured.
A Mardi Gras participant, Filipino Fyljoy Volefdico, 25, said: “I think within Australia there is really a lot of culture and it’s great when the whole community comes together and celebrates it.”''',
    quotes=[
        Q('“Golden Mile”', None, None),
        Q('“Kate Moss dancers”', None, None),
        Q('‘cocaine’', None, None),
        Q('“Captain Crook”', None, None),
        Q('“I think within Australia', 'celebrates it.”', "Fyljoy Volefdico"),
    ],
),
dict(
    id="wn-en-2013-08-02-two-die-in-crash-near-connel",
    source="https://www.rhuntford.com/page/24",
    license=WN, retrieved=PAGES + " (page reprinting several Wikinews articles; only the first article, 'Two die in two-car crash near Connel, Scotland', is kept: headline (printed twice with a stray '\">' line; kept once), date line and its five paragraphs; its 'Retrieved from' line and the next article ('Anti-Olympic protesters break into office of British Columbia premier', 2007), cut in the stored copy, are dropped)",
    text='''Two die in two-car crash near Connel, Scotland
Friday, August 2, 2013
A man and a woman have been killed in a road traffic accident near Connel in the west of Scotland. Seven people, including three children, were also injured in the head-on collision on the A85 road in Argyll at approximately 1830 BST (1730 UTC) yesterday.
A 74-year-old female passenger of a blue Honda CRV and a 32-year-old male passenger of a blue Vauxhall Vectra died at the scene of the crash. The Vauxhall driver, a 32-year-old woman, was transported by helicopter to Glasgow’s Southern General Hospital, where she is reportedly in a critical albeit stable condition.
Three child passengers in the Vauxhall, aged fourteen, five and two, were taken to Oban Hospital and given treatment for minor injuries, as were the Honda’s 51-year-old female driver and two female passengers aged 49 and 46.
A Scottish Fire and Rescue Service spokesperson said hydraulic cutting equipment was used during rescue efforts. “Ambulance personnel and police officers worked closely with our team throughout the incident but sadly one passenger from each car lost their life”, the spokesperson continued. “The thoughts of all emergency responders who were at the scene will be with the casualties and their loved ones as they attempt to come to terms with what has happened.”
Police have appealed for potential witnesses to contact them.''',
    quotes=[
        Q('“Ambulance personnel', 'lost their life”', "Scottish Fire and Rescue Service"),
        Q('“The thoughts of all', 'what has happened.”', "Scottish Fire and Rescue Service"),
    ],
),
dict(
    id="wn-en-2007-10-24-california-wildfires-1000000-flee",
    source="https://en.wikinews.org/wiki/1,000,000_flee_homes_in_California_due_to_wildfires;_over_500,000_ordered_to_evacuate",
    license="CC BY 2.5 (Wikinews)", retrieved=PAGES + " (en.wikinews.org article page; the site lines 'From Wikinews, the free news source you can write!' and 'Jump to navigation Jump to search' and the two image captions ('NOAA image of fires in San Diego County, C.A. on October 23, 2007.', 'NASA images of the fires on October 22') are dropped; the stored copy ends after the seventh paragraph, which is complete)",
    text='''1,000,000 flee homes in California due to wildfires; over 500,000 ordered to evacuate
Wednesday, October 24, 2007
Reports say that the amount of people fleeing from their homes in California located in the United States due to wildfires has reached the 1,000,000 mark as the fires continue to grow. More than 500,000 people have been ordered to evacuate areas of Southern California as firefighters have began to realize that they may not be able to put all the fires out.
45 people have been injured, 21 of those being firefighters battling the blazes. At least one person was reported to have been killed earlier, but so far those reports cannot be confirmed.
"If it's this big and blowing with as much wind as it's got, it'll go all the way to the ocean before it stops ... We can save some stuff but we can't stop it," said captain of the San Diego fire department, Kirk Humphries.
Yesterday, U.S. President George W. Bush declared a state of emergency in California, clearing the way for the state to begin receiving federal aid assistance.
"All of us across this nation are concerned for the families who have lost their homes and the many families who have been evacuated from their homes. We send the help of the federal government," said Bush in a statement to the press.
The Santa Ana winds have been blowing for three days and they are not forecast to stop for the next day or so.
Close to 2,000 homes are burned to ashes and nearly 70,000 more are believed to be at a high risk of catching fire. Almost 400,000 acres of land have been scorched with 18 fires burning.''',
    quotes=[
        Q('"If it\'s this big', 'can\'t stop it,"', "Kirk Humphries"),
        Q('"All of us across', 'federal government,"', "George W. Bush"),
    ],
    aliases={"George W. Bush": ["Bush", "U.S. President George W. Bush"]},
),
]
