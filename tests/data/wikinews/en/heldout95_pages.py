# Held-out English news texts (tests/data/heldout95-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus): two Voice of America news articles (Zimbabwe police break up an opposition
# protest, 2016, on VOA's publishing system's preview address voa.pangea-cms.com; the search for survivors of the Mexico
# City earthquake, 2017, voanews.com; both US government works in the public domain) and two Global Voices topic list
# pages of 2012 (Stories about Protest from January, 2012 and April, 2012, page 3; CC BY 3.0). None is credited to AP,
# Reuters, AFP or another third party (VOA and Wikinews cite agencies as sources, which is their own reporting). Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph or list entry is
# dropped (noted in `retrieved`). Site lines ('From Wikinews, the free news source you can write!', 'Accessibility
# links', 'Breaking News', 'update'), archive notices, image captions, the list pages' breadcrumb ('· April, 2012') is
# dropped; wording, spelling ('Zimbawe' in the URL, 'its one'),
# spacing inside paragraphs and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H640-H643 in ANNOTATION.md on top of H1-H604).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout95-en.jsonl

Built by `build.py` from `heldout95_pages.py`. Like heldout21-en, heldout22-en and heldout63-en, these texts are stored web
pages (the `pages` search corpus), none of them used in a set above: two Voice of America news articles (Zimbabwe police fire tear gas at an opposition protest led
by Morgan Tsvangirai and Joice Mujuru, 2016, on VOA's publishing system's preview address voa.pangea-cms.com; the search
for survivors of the September 2017 Mexico earthquake, voanews.com; US government works in the public domain, 17 U.S.C.
§ 105) and two Global Voices topic list pages (Stories about Protest from January, 2012 and from April, 2012, page 3;
CC BY 3.0). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, archive notices,
captions and the list pages' breadcrumbs were dropped; wording and quotation marks are as stored. None of these pages is
used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no
shared 8-word sequence). The annotation (rules H640–H643 in `ANNOTATION.md` on top of H1–H604) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2016-zimbabwe-police-fire-teargas-protesters",
    source="https://voa.pangea-cms.com/preview/en-US/a/zimbabwe-police-fire-teargas-clash-protesters/3482498.html",
    license=PD, retrieved=PAGES + " (VOA's own page on its publishing system's preview address; the stored copy has no headline and begins with the lead, none is added (H131); complete as stored)",
    text='''Zimbabwe police fired tear gas and water cannons to break up an opposition protest in the capital Harare, despite a court order not to interfere with the demonstration.
The police action led to running battles with protesters who threw rocks at police, burned tires and set market stalls on fire.
The confrontation began Monday when police in riot gear occupied the venue where protesters planned to demonstrate, and told them to leave as they arrived for the march. When some of the protesters refused to comply, police fired tear gas and water cannons.
Morgan Tsvangirai, opposition leader and head of the Movement for Democratic Change, and former Vice President Joice Mujuru led the planned demonstration, a rare occurrence for the country's fractured opposition to join in a single action.
More than 18 opposition parties and civic organizations came together for the planned march, which organizers estimated would draw tens of thousands of people.
"The people's anger is very deep," Tsvangirai said. "Today's brutal suppression of the people will not stop them from exercising their rights."
The opposition coalition has promised to demonstrate again next Friday.
Demonstrators are demanding electoral reforms before 2018 when President Robert Mugabe, who is 92, will seek re-election. Mugabe has led Zimbabwe since independence from Britain in 1980.''',
    quotes=[
        Q('"The people\'s anger is very deep,"', None, "Morgan Tsvangirai"),
        Q('"Today\'s brutal suppression', 'their rights."', "Morgan Tsvangirai"),
    ],
    aliases={"Morgan Tsvangirai": ["Tsvangirai"]},
),
dict(
    id="voa-en-2017-09-21-mexico-search-for-quake-survivors",
    source="https://www.voanews.com/a/rescuers-work-to-find-mexico-earthquake-survivors/4038114.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links', 'Breaking News' and 'update' and the two image captions, each printed twice, dropped; the subheading 'Dozens die at school' kept; the caption after the last paragraph, cut in the stored copy, dropped; 'don’t know if the others are alive”' without a full stop as stored)",
    text='''Mexico: Search for Quake Survivors Continues
Rescue teams in Mexico worked Thursday to reach those still trapped among the dozens of buildings that fell during a massive earthquake that has killed more than 230 people.
One search in Mexico City took place at a school where on Wednesday workers spotted a girl buried in the debris and were able to confirm she was still alive by asking her to move her hand.
That search went through the overnight hours into Thursday, with precautions being taken to avoid shifting the unstable pile of rubble as they tried to reach her.
“The girl told us her name, Frida,” rescue worker Rodolfo Ruvalcava told FORO TV. “Apart from just her name, she told us there were two other kids, and that there were other bodies. We don’t know if the others are alive”
Dozens die at school
Since the magnitude 7.1 earthquake hit Tuesday, workers at the school have found 25 people dead there, including 21 children. The school is one of what Mexico’s education secretary said was more than 5,000 schools damaged by the earthquake.
Another search in the capital city took place in Colonia Roma, one of the areas hardest hit by the earthquake. At an office building that collapsed, a VOA reporter saw three people rescued from the rubble Wednesday.''',
    quotes=[
        Q("“The girl told us her name, Frida,”", None, "Rodolfo Ruvalcava"),
        Q("“Apart from just her name", "are alive”", "Rodolfo Ruvalcava"),
    ],
    aliases={"Rodolfo Ruvalcava": ["rescue worker Rodolfo Ruvalcava"]},
),
dict(
    id="gv-en-protest-2012-01",
    source="https://globalvoices.org/-/topics/protest/?m=201201",
    license=GV, retrieved=PAGES + " (topic list page; the breadcrumb '· January, 2012' dropped, the date lines kept without their leading spaces (H400); the last entry 'Malaysia: Temiar Blockade and Indigenous Rights', whose teaser is cut in the stored copy, dropped with its date line; the site's own teaser cuts ('killing people...') kept as stored)",
    text='''Stories about Protest from January, 2012
Russia, Syria: Anti- and Pro-Assad Facebook Comment Attack
RuNet Echo  31 January 2012
Facebook pages of some Russian media outlets (e.g., Afisha, Bolshoi Gorod, Esquire Russia, Channel 1, MTV Russia) were deluged with copy-pasted comments [ru, ar] from users who appeared to be supporters of the Syrian opposition earlier today. An excerpt from a typical comment [ru, ar]: “Syria's regime is killing people...
Bolivia: Pro-Road March Reaches La Paz
31 January 2012
Marchers in favor of a project to build a road that would go through the TIPNIS indigenous territory reached La Paz. Mario R. Duran from the blog Palabras Libres [es] reports that residents of El Alto and La Paz received the march with indifference.
China: The legacy of Wukan
31 January 2012
David Bandurski from China Media Project blogs about the discussion among Chinese public intellectuals on the political implications of Wukan struggle against land acquisition in Guangdong.
Pakistan: Moral Policing of Dating Couples Gets TV Show Axed
30 January 2012
In a recent live Pakistani television show, a group of middle aged women were seen scouring the parks of Karachi to hold accountable the couples dating without their guardians' knowledge. Protests mounted on social media which led to the firing of the anchor and removal of the show from the network.
Cuba: Pope's Visit & Human Rights
30 January 2012
In the wake of more repression against Las Damas de Blanco, Uncommon Sense thinks “that the pope should postpone his visit until human rights conditions improve in Cuba.”''',
    quotes=[
        Q("“Syria's regime is killing people...", None, None),
        Q("“that the pope should", "in Cuba.”", "Uncommon Sense"),
    ],
),
dict(
    id="gv-en-protest-2012-04-page-3",
    source="https://globalvoices.org/-/topics/protest/page/3/?m=201204",
    license=GV, retrieved=PAGES + " (topic list page, page 3; the breadcrumb '· April, 2012' dropped, the date lines kept without their leading spaces (H400); the last entry 'Cuba: Diaspora Blogs About Dissidents', whose teaser is cut in the stored copy, dropped with its date line; the site's own teaser cuts ('radio.”...', 'Network,...') kept as stored)",
    text='''Stories about Protest from April, 2012
Russia: Astrakhan in Turmoil
RuNet Echo  18 April 2012
In Astrakhan, opposition leaders have relied on social media to mobilize and coordinate protestors. Technology, however, is not a panacea for Astrakhan's struggling opposition. Many in the city are still strangers to Internet technology, and others are utilizing it to support the state.
Egypt: Country's First Research University At Risk
Since last year the fate of Nile University, Egypt's first research university, has been uncertain. Its purpose-built campus has been “conceded” to the Zewail City of Science and Technology, an initiative of Nobel Chemistry Prize winner Ahmed Zewail, and netizens are fighting to save it.
Video Highlights: Syrian Activism, Children's Issues and Dolphin Deaths
18 April 2012
A selection of Global Voices' most recent and interesting stories like the Syrian protests in Middle East and North Africa, China and India's female gendercide phenomenon in South Asia and East Asia and viral video campaigns with Children in Mexico and the massive dolphin die-off in Peru for Latin America.
Colombia: Closing of Community Radio Station Sparks Debate
18 April 2012
Community radio station Café Líbano, from Líbano [es] in the Tolima department, denounces its closing by the government, pointing out that it was carried out arbitrarily. According to Cesáreo Gálvez, one of its founders, the closing is “an affront to the right to information and communication embodied in community radio.”...
France: The March of the Suburbs
17 April 2012
The website Marche Paris 2012 [fr], emanation of the Indignados and Occupy movements, details the organization and the stages of the March of the Suburbs, which leaves from Saint-Denis on April 14, and proposes to go through the Parisian suburbs in 27 stages, as punctuated by the People's Assemblies Network,...''',
    quotes=[
        Q("“conceded”", None, None),
        Q("“an affront to the right", "community radio.”", "Cesáreo Gálvez"),
    ],
),
]
