# Held-out English news texts (tests/data/heldout95-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus): three Voice of America news articles (rescue operations suspended at Utah's Crandall Canyon mine,
# August 2007, voanews.com; Zimbabwe police break up an opposition protest, 2016, on VOA's publishing system's preview
# address voa.pangea-cms.com; the search for survivors of the Mexico City earthquake, September 2017, voanews.com; US
# government works in the public domain), a Global Voices post of March 2006 (print page: Filipino blogger Bong Austero's
# open letter) and three Global Voices topic list pages (Citizen Media, March 2011, page 2; Protest, January 2012;
# Protest, April 2012, page 3; CC BY 3.0). No English Wikinews article found by the search was unused (the one candidate,
# Mugabe's 'sweeping victory' of June 2008, is already in heldout13-en). None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# or list entry is dropped (noted in `retrieved`). VOA's site lines ('Accessibility links', 'Breaking News', 'update'),
# image captions, the print page's site and 'Categories:' lines and the list pages' breadcrumbs ('· April, 2012') are
# dropped; the list pages' date lines are kept without their leading spaces (H400); wording, spelling ('the overthrow
# Philippine President', 'made video spoof'), link numbers ('[1]'), spacing inside paragraphs and quotation marks are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H640-H645 in ANNOTATION.md on top of
# H1-H604).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout95-en.jsonl

Built by `build.py` from `heldout95_pages.py`. Like heldout21-en, heldout22-en and heldout71-en, these texts are stored web
pages (the `pages` search corpus), none of them used in a set above: three Voice of America news articles (rescue
operations suspended at Utah's Crandall Canyon mine after a second collapse, August 2007, Governor Jon Huntsman and
Richard Stickler; Zimbabwe police fire tear gas at an opposition protest led by Morgan Tsvangirai and Joice Mujuru, 2016,
on VOA's publishing system's preview address voa.pangea-cms.com; the search for survivors of the September 2017 Mexico
earthquake; US government works in the public domain, 17 U.S.C. § 105), a Global Voices post of March 2006 (print page:
Filipino blogger Bong Austero's open letter) and three Global Voices topic list pages (Citizen Media, March 2011, page 2;
Protest, January 2012; Protest, April 2012, page 3; CC BY 3.0). No English Wikinews article found by the search was
unused. None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, captions and breadcrumbs
were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL,
by the names of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The annotation
(rules H640–H645 in `ANNOTATION.md` on top of H1–H604) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2007-08-17-utah-mine-rescue-suspended",
    source="https://www.voanews.com/a/a-13-2007-08-17-voa9/338366.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' dropped; the paragraph after 'top priority from now on.', cut in the stored copy inside Governor Huntsman's quotation, dropped)",
    text='''Ground Operations Suspended After Rescue Workers Killed in Utah Mine Collapse
U.S. officials have suspended the search for six coal miners missing deep underground in the western state of Utah, after a second collapse killed three rescue workers and injured six others late Thursday. Three of the injured are still hospitalized. VOA's Cindy Saine reports from Washington that the governor of the state of Utah has called the accident a turning point in the U.S. mining industry.
Thursday's mine wall collapse came on the 11th day of frantic efforts to find six miners trapped at least 450 meters underground at the Crandall Canyon mine in Huntington, Utah. It is still not known if the miners are alive or dead. There has been no contact with them since August sixth, and no signs of life.
Utah Governor Jon Huntsman summed up the feeling of many in Huntington, reeling from a second mine disaster even as the first one remains unresolved.
"Yesterday we went from a tragedy to a catastrophe," said Governor Huntsman.
After the mine collapse Thursday evening, all the rescue workers were evacuated. They had been digging through the rubble to try to reach the trapped miners.
Richard Stickler, the head of the federal Mine Safety and Health Administration, announced the suspension of underground rescue operations at a news conference Friday in Huntington.
"We have suspended indefinitely the underground portion of the rescue effort," he said. "We had put in the strongest ground support system to try to protect the rescue workers, that is available and practical to use."
Speaking earlier Friday, Governor Huntsman made clear that the safety of the miners and rescue workers has to be the top priority from now on.''',
    quotes=[
        Q('"Yesterday we went', 'a catastrophe,"', "Jon Huntsman"),
        Q('"We have suspended indefinitely', 'rescue effort,"', "Richard Stickler"),
        Q('"We had put in', 'practical to use."', "Richard Stickler"),
    ],
    aliases={"Jon Huntsman": ["Utah Governor Jon Huntsman", "Governor Huntsman"]},
),
dict(
    id="gv-en-2006-03-08-philippines-a-new-voice",
    source="https://globalvoices.org/2006/03/08/philippines-a-new-voice/print/",
    license=GV, retrieved=PAGES + " (print page; the site line '- Global Voices - https://globalvoices.org -' and the 'Categories:' line dropped; the link numbers in brackets ('[1]' to '[7]') kept as stored; complete as stored)",
    text='''Philippines: A New Voice
On Feb. 27, in the wake of demonstrations calling for the overthrow Philippine President Gloria Macapagal Arroyo, Filipino blogger Bong Austero wrote a post called an “Open Letter to Our Leaders [1]” in which he expressed his frustration and anger at opposition leaders’ grab for power. “You know why?,” he wrote. “Because all you do is whine and sabotage this country.” The post was forwarded on email and reposted [2] on other blogs [3], turning its author into a celebrity [4]. Many responded that he had captured their feelings exactly [5]. Some said it had caused them to think and reflect [6] and others have penned rebuttals [7].''',
    quotes=[
        Q("“Open Letter to Our Leaders [1]”", None, None),
        Q("“You know why?,”", None, "Bong Austero"),
        Q("“Because all you do", "this country.”", "Bong Austero"),
    ],
    aliases={"Bong Austero": ["Filipino blogger Bong Austero"]},
),
dict(
    id="gv-en-citizen-media-2011-03-page-2",
    source="https://globalvoices.org/-/topics/citizen-media/page/2/?m=201103",
    license=GV, retrieved=PAGES + " (topic list page, page 2; the breadcrumb '· March, 2011' dropped, the date lines kept without their leading spaces (H400); the last entry on Laurent Gbagbo's Facebook fan page, whose teaser is cut in the stored copy, dropped with its date line; the site's own teaser cuts ('same type...', 'taking...') kept as stored)",
    text='''Stories about Citizen Media from March, 2011
Cameroon: Government Interferes With Internet Service
25 March 2011
Ingenieris.net [fr], a Cameroonian information website focused on ICT news, announced [fr] on March 24, 2011, that the Cameroonian government intends to request Internet Service Providers (ISP) in the country to register the IP (Internet Protocol) addresses of their users. G. Izane, the author of the article, explains that the same type...
Global Voices’ translator: Jean Saint-Dizier
25 March 2011
Jean Saint-Dizier, aka "Juan", is a volunteer translator for Global Voices in French. Madly in love with Brazil, his second homeland, and with Portuguese, Juan translates from Portuguese to French every post about Brazil published on Global Voices because "Brazil is a chance for the world, and I want to share it".
Japan: The Importance of Getting Back to Normal
24 March 2011
As more time passes since the devastating Earthquake that shook Japan on March 11th, people in Japan are feeling the need to return to normal and put the disaster behind them. Although for many Japanese who lost their homes or loved ones this will be quite difficult, those who weren't as unlucky feel the need to do their part and help the economy get back on its feet.
Brazil: Satirical Video pokes fun at famous singer's blog
24 March 2011
The Javipior blog has made video spoof on the upcoming poetry blog [pt] by Brazilian singer Maria Bethânia, estimated at R$ 1.3 million tax free (Brazilian reais – approximately US$ 777,000). The poem recited at the video criticizes using tax incentives to cover the blog expenses, “I know I'm taking...''',
    quotes=[
        Q('"Juan"', None, None),
        Q('"Brazil is a chance', 'share it"', "Jean Saint-Dizier"),
        Q("“I know I'm taking...", None, "Javipior"),
    ],
    aliases={"Jean Saint-Dizier": ["Juan"]},
),
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
