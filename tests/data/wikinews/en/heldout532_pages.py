# Held-out English news texts (tests/data/heldout532-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): four Voice of America
# reports (two of VOA's Khmer service, the Tonle Sap fishermen before the 2008 election, voacambodia.com 1357159, and
# teachers absent at the start of the school year in Takeo, khmer.voanews.com 1357491; a VOA News report of January 2014 on
# Cambodian garment workers vowing to continue their strike, voanews.com 1825424; a VOA News report of February 2006 on
# Under Secretary of State Karen Hughes praising exchange programs, voanews.com 328910), an Army News Service story on
# Minnesota National Guard members and volunteers fighting the Red River flood in Moorhead (army.mil 18896, March 27,
# 2009), a FEMA news release on its Community Relations teams and a Hurricane Katrina evacuee in San Antonio (1606-136,
# February 13, 2006, End of Term web archive copy of fema.gov), a NASA White Sands Test Facility story on its 2012 food
# drive (nasa.gov) and a Department of Energy Office of Environmental Management 'EM Update' story on the early career
# session of the 2024 National Cleanup Workshop (the office's GovDelivery bulletin 3b6c347). None is credited to AP,
# Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept and the cut paragraph is dropped, also where it holds a complete quotation before the cut (noted in `retrieved`).
# Site lines ('Accessibility links', 'Breaking News', 'Text Size'), release date and number lines, the archive's
# '» More Information ...' line, photo captions, an image placeholder, date lines and the empty lines between paragraphs
# are dropped, and so are spaces at the start or end of a paragraph; a headline is kept once as the first line where the
# stored copy has one (none is added where it has none); datelines at the start of a paragraph are kept as stored;
# wording, typos, spacing before punctuation, dashes and quotation marks (straight or curly as stored, also mixed) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H2240-H2244 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout532-en.jsonl

Built by `build.py` from `heldout532_pages.py`. Like heldout502-en, heldout509-en and the other Voice of America and US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news texts,
works of federal employees and service members in the public domain (17 U.S.C. § 105: "Copyright protection under this
title is not available for any work of the United States Government"). Four are Voice of America reports: a VOA Khmer
report of June 1, 2008 (date from the page address) on the decline of fish in the Tonle Sap, the first of a two-part
series on election issues, with the fisherwoman Un Phala and the commune chief Sam Rith Peng (voacambodia.com 1357159;
a copy on the blog khmernz.blogspot.com, not used, names the reporter Ros Sothea, VOA Khmer, Kampong Chhnang Province);
a VOA Khmer report on teachers who work second jobs at the start of the school year in Takeo province, with the
co-director Peang Khyang, Rong Chhun of the Independent Teachers Association and Thong Boran of the Ministry of Education
(khmer.voanews.com 1357491; no headline, byline or date in the stored copy; its wage figures and 'International
Teacher's Day' on October 5 point to October 2010); a VOA News report, produced with the VOA Khmer service, on
Cambodian garment workers vowing to continue their strike after a crackdown, with Chey Mony of the Free Trade Union and
Ken Loo of GMAC ('Cambodian Garment Workers Vow to Continue Strike', voanews.com 1825424, January 2014); and a VOA News
report of February 17, 2006 (date from the page address) on Under Secretary of State Karen Hughes at the meeting of the
National Council for International Visitors ('US Official Praises International Exchange Programs', voanews.com 328910).
Four are stories and releases of other federal bodies: an Army News Service story on army.mil on Minnesota National
Guard members and volunteers filling sandbags against the Red River in Moorhead, Minnesota (army.mil 18896, March 27,
2009, slug 'Fatigued_Guardmembers__volunteers_battle_rising_Red_River'; no headline in the stored copy); a FEMA news
release from Austin, Texas, on its Community Relations teams and the Hurricane Katrina evacuee Bernard Nora ('FEMA
Community Relations Teams Communicate Help', release 1606-136, February 13, 2006), as kept by the End of Term web archive
(webarchive.library.unt.edu/eot2008, as the archived releases of heldout62-en); a NASA White Sands Test Facility story on
its employees' 2012 food drive ('White Sands Test Facility's Fabulously Fun Food Drive', nasa.gov, August 25, 2012); and
an 'EM Update' story of the Department of Energy's Office of Environmental Management on the early career session of
the 2024 National Cleanup Workshop with EM Senior Advisor Candice Robertson (the office's own GovDelivery bulletin
content.govdelivery.com/accounts/USDOEOEM/bulletins/3b6c347, as the Coast Guard's GovDelivery bulletins of
heldout105-en; no headline in the stored copy). Reuse terms relied on: US government works are not subject to copyright
in the US (17 U.S.C. § 105), which VOA's feeds restate ("Voice of America content is produced by the Voice of America, a
United States federal government-sponsored entity, and is in the public domain"); the army.mil, fema.gov, nasa.gov and
GovDelivery pages carry the bodies' own stories and releases, and the End of Term archive keeps fema.gov unchanged.
Texts credited to AP, Reuters, AFP or another third party were excluded. Licence caveats: the VOA Khmer teachers report,
the garment strike report, the Hughes report, the army.mil story (its byline is not in the stored copy), the FEMA
release, the NASA story and the EM Update story name no writer in the kept text, so the writer's status is taken from
the body that publishes them as its own; the VOA Khmer reports may have been written by VOA's Khmer staff in Phnom Penh
(credited to VOA Khmer); the NASA story and the FEMA release quote employees of contractors (ERC, Inc.; FEMA
subcontractor G.D. Barri) inside the public-domain texts; the EM Update story names a contractor's president among the
session's speakers but quotes only the federal official; the stories quote private people (fishermen, a union leader,
a factory owners' spokesman, an evacuee) inside the public-domain texts. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and a paragraph cut in the stored copy is dropped, also where it holds a complete quotation
before the cut (noted per page: the Tonle Sap report's 'The Tonle Sap is the largest freshwater lake in Southeast Asia,
... up to 230,000 tons of fish per year. ', whose end in the stored part cannot be told from a cut; Engelhardt's '"We're
here to back up the sheriffs' department of all the counties. ... that will free'; the FEMA release's 'But the twin-disasters
of Hurricanes Rita and Katrina have broadened CR's role as a vital component in getting information'; Hughes's 'She
also pointed to a new initiative ... "I'm always humbled, frankly, in Europe, when I'm at a dinner tabl'; the NASA story's
'"The money that ERC has donated, plus the food that the employees have donated, will help replenish these food banks,
which typically run low during the summer," said Kathleen Fran'; the EM Update story's caption ' A panel discussion
focu'). The lines 'Accessibility links' and 'Breaking News' of the VOA pages, the photo caption of the garment strike
report ('A garment worker cries as factory guards are seen ... Jan. 3, 2014.'), the army.mil image caption before the
dateline paragraph ('Residents of Moorhead, Minn., unload sandbags ... as well as other tasks.'), the FEMA 'Release Date:
February 13, 2006', 'Release Number: 1606-136' and '» More Information on Texas Hurricane Rita' lines, the nasa.gov
'Text Size' line, its date line 'August 25, 2012' and the image placeholder '[image-62]' before the first paragraph, the
EM Update captions set off by leading spaces ('Martin Schneider, president of Longenecker & Associates, speaks with ...
during “A Career Conversation with EM’s Cleanup Chief,” part of the 2024 National Cleanup Workshop’s Early Career
Professional Session.', 'Audience members at the Early Career Professional Session.'), the empty lines between
paragraphs and spaces at the start or end of a paragraph (the FEMA headline's trailing space) were dropped; headlines are
kept once as the first line where the stored copy has one (the VOA Khmer teachers report, the army.mil story and the EM
Update story have none and get none, H1818); datelines at the start of a paragraph are kept as stored; the Tonle Sap
report's bracketed editor's note is kept as a paragraph; the garment report's closing line 'This report was produced
in collaboration with the VOA Khmer service.' is kept as the report's own sentence; wording ('there is no more
negotiations', 'media professions', 'a principle for ERC', 'Ron Chhun' inside Thong Boran's quotation, 'we value honor
those things most too'), spaces before punctuation in the FEMA release ('asked Davis .', 'San Antonio ,', 'in Texas .',
'Louisiana ,'), the double space after 'agencies:' in the NASA story, dashes and quotation marks (straight or curly as
stored, also the curly opening and straight closing marks of the garment report and the inner straight marks that share
the outer closing mark in the Hughes report) are as stored. Pages read but left out: pages already used in earlier sets
(the Coast Guard and National Park Service rescue at Coquina Beach, heldout139-en; the Sector Juneau rescue of two
overdue boaters, heldout105-en; EPA Superfund releases of 2018-2020, heldout29-en, heldout128-en and heldout313-en; the
VOA Khmer drought report 1357752, heldout267-en; the Moorhead Guard patrol story 574181, heldout380-en; the Bismarck
sandbagging story 71295, heldout105-en; the four-state Guard flood story 41598, heldout68-en; the Iowa Guard flood AFPS
story, heldout51-en), pages with fewer than two complete quotations in the stored part (a second FEMA Community Relations
release of October 2008 with one speaker's two sentences, an EM Update bulletin on the Hanford K West sludge whose second
quotation is cut, a JSC feature on the 2012 Feds Feed Families drive), list pages (USDA blog category pages, a USAID list
of frontline health workers, NIH Record index and PDF pages with their columns run together), a VOA copy on tingroom.com
with vocabulary numbers inside the words, an American Forces Press Service story on President Obama's online town hall
kept on a blog archive page (left for other sets), and pages of newspapers, magazines and blogs found by the same searches
(Soundings, nationalparkstraveler.org, the Cambodia Daily, the Phnom Penh Post, Sri Lankan and Maldivian papers printing
embassy releases). None of the pages used is in any set above or in another helper's worktree (checked by URL and page
id (1357159, 1825424, 328910, 1357491, 18896, 1606-136, id=26578, FFF_2012, 3b6c347), by title and slug and by the names
of their speakers and phrases, such as Tonle Sap, Chhnok Trou, Un Phala, Sam Rith Peng, Chey Mony, Ken Loo, Free Trade
Union, The door is now closed, Karen Hughes, National Council for International Visitors, Murrow Journalism, Peang
Khyang, Banoy, Rong Chhun, Thong Boran, Tony Baker, Andy Engelhardt, Fatigued_Guardmembers, Red River continue, Bernard
Nora, Andrea Perez, G.D. Barri, Fabulously Fun, Albert Wu, Darrell Shoup, Jardin de los, White Sands Test Facility,
Candice Robertson, Longenecker, National Cleanup Workshop and Early Career Professional, with grep over tests/data of the
main tree and of every other helper's worktree (heldout518-533): no hit; 'Moorhead' occurs in the other Guard story of
heldout380-en, 'Takeo' in other Cambodian texts and 'Kampong Chhnang' in a note of ANNOTATION.md on another VOA page).
The annotation (rules H2240–H2244 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first
run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-khmer-h532-2008-tonle-sap-failing-fishermen",
    source="https://www.voacambodia.com/a/a-40-2008-06-01-voa17-90166842/1357159.html",
    license=PDV, retrieved=PAGES + " (VOA Khmer report of June 1, 2008 (date from the page address), the first of a two-part series on the Tonle Sap in the 'Election Issues 2008' series; no byline in the stored copy (a blog copy, not used, names Ros Sothea); 'Accessibility links' and 'Breaking News' dropped; headline kept as the first line; the bracketed editor's note kept as a paragraph, with the series and programme names in straight marks (null, H2242); the last paragraph, 'The Tonle Sap is the largest freshwater lake in Southeast Asia, with the potential to produce up to 230,000 tons of fish per year. ', where the stored part ends, dropped because its end cannot be told from a cut (it holds no quotation); `she said, stitching a net` and `he said` after reported speech (H2242); straight marks in the note, curly marks and apostrophes elsewhere as stored)",
    text='''Tonle Sap Failing Fishermen
[Editor's note: In the weeks leading into national polls, VOA Khmer will explore a wide number of election issues. The "Election Issues 2008" series will air stories on Tuesday and Wednesday, followed by a related "Hello VOA" guest on Thursday. This is the first in a two-part series examining the fate of the Tonle Sap.]
The decline in the number of fish in the Tonle Sap is threatening Cambodia’s fishing villages, and experts worry large numbers will continue to fall if no clear measures are taken to curb illegal fishing.
Fishing villagers in Chhnok Trou, Kampong Chhnang province, say fish have declined 50 percent in recent years. The drop was due to the use of illegal fishing implements, they say.
Un Phala, 55, said before 2005 her fish haul could reach up to hundreds of kilograms per day, but this year she and her family can’t find fish beyond 6 kilograms per day.
“The fisheries are being ruined from day to day, and I am worried that there will be no more fish in the future,” she said, stitching a net under an old wooden house. “We are getting poorer, and some people, they have nothing to eat.”
Chhnok Trou is the largest fishing area in Kampong Chhnang, some 130 kilometers from the capital. About 90 percent of the population of 10,000 are fishermen who live in poverty. Their small wooden houses sit on water littered with debris.
Sam Rith Peng, Chhnok Trou’s commune chief, acknowledged that there were many illegal fishing implements being used in the provinces along the Tonle Sap, decreasing the fish supply each year.
Chhnok Trou fishermen caught a total of 50 tons of fish this year, compared to 100 tons last year, he said.
“This decline could badly affect people whose livings depend on fishing,” he said. “Their economy will be jumping down.”''',
    quotes=[
        Q('"Election Issues 2008"', None, None),
        Q('"Hello VOA"', None, None),
        Q('“The fisheries are being ruined', 'fish in the future,”', "Un Phala"),
        Q('“We are getting poorer', 'nothing to eat.”', "Un Phala"),
        Q('“This decline could badly', 'depend on fishing,”', "Sam Rith Peng"),
        Q('“Their economy will be jumping down.”', None, "Sam Rith Peng"),
    ],
    aliases={"Un Phala": ["Un Phala"],
             "Sam Rith Peng": ["Sam Rith Peng", "Chhnok Trou’s commune chief"]},
),
dict(
    id="voa-en-h532-2014-cambodian-garment-workers-vow-to-continue-strike",
    source="https://www.voanews.com/a/cambodia-garment-workers-vow-to-continue-strike-/1825424.html",
    license=PDV, retrieved=PAGES + " (VOA News report of January 2014 (after the crackdown of January 3, 2014), produced in collaboration with the VOA Khmer service, on Cambodian garment workers vowing to continue their strike; no byline in the stored copy; 'Accessibility links' and 'Breaking News' dropped; headline kept as the first line; the photo caption 'A garment worker cries as factory guards are seen in the background after clashes broke out during a protest in Phnom Penh, Jan. 3, 2014.' dropped; the closing line 'This report was produced in collaboration with the VOA Khmer service.' kept as the report's own sentence; the complete stored report is used; curly opening and straight closing marks (and the reverse) as stored, each piece bounded by its own marks (H2242); `tells VOA's Khmer service` and `says` before the quotations (H2242); 'there is no more negotiations' as stored)",
    text='''Cambodian Garment Workers Vow to Continue Strike
Union leaders in Cambodia say garment workers will continue to strike over low wages, despite a violent crackdown by authorities last week and new threats from factories that say they will be forced to move to other countries if strikes continue.
Five different unions say their workers will keep up the 15-day strike, demanding an eventual salary of $160 per month, although many workers will stay home rather than demonstrate in the streets.
Chey Mony, president of the Free Trade Union, tells VOA's Khmer service the workers will not give in.
“We will stick to our position," Mony said. "When [workers] go home, can the factories stay open?”
But factory owners, who say the work stoppage has cost factories about $200 million, say they cannot meet the workers’ salary demands.
Ken Loo, GMAC’s secretary-general, says factories will move out of the country if strikes continue.
“On the salary, there is no more negotiations," he said. "The door is now closed.”
Workers say they cannot live off the current salary, $80 per month, because of the rising cost of living in Cambodia.
Last week, the strike took a violent turn when four people were killed and 40 injured by an elite military unit that fired into a crowd outside Phnom Penh.
This report was produced in collaboration with the VOA Khmer service.''',
    quotes=[
        Q('“We will stick to our position,"', None, "Chey Mony"),
        Q('"When [workers] go home', 'stay open?”', "Chey Mony"),
        Q('“On the salary, there is no more negotiations,"', None, "Ken Loo"),
        Q('"The door is now closed.”', None, "Ken Loo"),
    ],
    aliases={"Chey Mony": ["Chey Mony", "president of the Free Trade Union", "Mony"],
             "Ken Loo": ["Ken Loo", "GMAC’s secretary-general"]},
),
dict(
    id="army-18896-minnesota-guard-volunteers-red-river-moorhead",
    source="http://www.army.mil/article/18896/Fatigued_Guardmembers__volunteers_battle_rising_Red_River/",
    license=PD, retrieved=PAGES + " (Army News Service story of March 27, 2009 on Minnesota National Guard members and volunteers fighting the Red River flood in Moorhead, Minnesota (no byline in the stored copy); the stored copy opens with the image caption 'Residents of Moorhead, Minn., unload sandbags from the back of a Palletized Loading System truck ... as well as other tasks.', which is dropped (H792), and has no headline line (slug 'Fatigued_Guardmembers__volunteers_battle_rising_Red_River'), so none is added (H1818); the dateline 'MOORHEAD, Minn. (Army News Service, March 27, 2009) -- ' kept as stored; the last paragraph, '\"We're here to back up the sheriffs' department of all the counties. If we can relieve the sheriffs of some of their traditional roles, like traffic control, patrolling of areas, that will free', a cue-less continuation of Engelhardt cut in the stored copy, dropped (H2121, H2243); straight marks as stored)",
    text='''MOORHEAD, Minn. (Army News Service, March 27, 2009) -- After a week of filling sandbags and watching the Red River continue to rise, residents of this western Minnesota community are growing weary.
"People are just tired," said Spc. Tony Baker, an infantryman with the 136th Infantry Regiment of the Minnesota Army National Guard. "They've been doing this for a week now; they're tired and they don't know if they're going to be able to hang on or not."
They may be tired, but the volunteers continue to show up each day to work alongside the more than 400 Minnesota National Guard members, who have been called up to provide support for flood mitigation and support operations.
"It's been busy," said Baker. "Volunteer people have been showing up in droves. It's amazing to watch that sense of support when the community comes together."
Like the volunteers, the Minnesota Soldiers and Airmen have been working in and around the Moorhead area providing support to local authorities since last weekend.
"Our primary mission is to support the local sheriffs in any way that we can," said Lt. Col. Andy Engelhardt, commander of the 2nd Combined Arms Battalion, 136th Infantry Regiment and the on-scene commander of the Minnesota Guard's flood operations.''',
    quotes=[
        Q('"People are just tired,"', None, "Tony Baker"),
        Q('"They\'ve been doing this', 'hang on or not."', "Tony Baker"),
        Q('"It\'s been busy,"', None, "Tony Baker"),
        Q('"Volunteer people have been', 'comes together."', "Tony Baker"),
        Q('"Our primary mission', 'any way that we can,"', "Andy Engelhardt"),
    ],
    aliases={"Tony Baker": ["Tony Baker", "Spc. Tony Baker", "an infantryman with the 136th Infantry Regiment of the Minnesota Army National Guard", "Baker"],
             "Andy Engelhardt": ["Andy Engelhardt", "Lt. Col. Andy Engelhardt", "commander of the 2nd Combined Arms Battalion, 136th Infantry Regiment", "the on-scene commander of the Minnesota Guard's flood operations"]},
),
dict(
    id="fema-1606-136-2006-community-relations-teams-katrina-evacuee",
    source="https://webarchive.library.unt.edu/eot2008/20081024210501/http://www.fema.gov/news/newsrelease.fema?id=26578",
    license=PD, retrieved=PAGES + " (FEMA news release 1606-136 of February 13, 2006 from Austin, Texas, on its Community Relations teams and the Hurricane Katrina evacuee Bernard Nora, End of Term web archive copy of fema.gov; the lines 'Release Date: February 13, 2006', 'Release Number: 1606-136' and '» More Information on Texas Hurricane Rita' and the headline's trailing space dropped; headline kept as the first line; the dateline 'AUSTIN, Texas -- ' kept as stored; the last paragraph, 'But the twin-disasters of Hurricanes Rita and Katrina have broadened CR's role as a vital component in getting information', cut in the stored copy, dropped; the nickname in marks, the question with `asked Davis .`, `Nora responded`, the writer's `\"Here\" for Nora` and the term `\"unmet needs,\"` (H2241); spaces before punctuation ('asked Davis .', 'San Antonio ,', 'in Texas .', 'Louisiana ,') and straight marks as stored)",
    text='''FEMA Community Relations Teams Communicate Help
AUSTIN, Texas -- Hurricane Katrina evacuee Bernard Nora listened intently as Community Relations (CR) strike team members Paul "Doc" Davis and Andrea Perez sought information about Nora's current needs in getting his life back on track.
Davis, an employee of FEMA subcontractor G.D. Barri, and Perez, assigned to FEMA from the private, non-profit San Antonio Family Services, were among more than 400 CR team representatives deployed throughout Texas to help bring FEMA's messages to those affected by Hurricanes Rita and Katrina.
"What is your housing plan?" asked Davis .
"I'm going to continue living here," Nora responded.
"Here" for Nora is an apartment in suburban San Antonio , with rent paid for by FEMA. Nora and his wife Mercedes avoided the extended hotel residence that a large number of evacuees have experienced in Texas .
Davis probes further, seeking to find out if Nora has any other "unmet needs," a widely-used term to describe a need for housing, child care, health care, transportation or specific requirement of daily life. Sometimes, evacuees have many unmet needs; others, like Nora, have arranged for the basic necessities.
Nora was a shipyard supervisor in Louisiana , but he considers himself fortunate to have found a construction job in Texas . Employment is important for everyone, but especially for evacuees trying to start on the road to recovery. That is why eligible evacuees are urged to take advantage of the rental assistance that can stretch available dollars.
When a disaster strikes, FEMA's Community Relations (CR) teams fan out, explaining FEMA's role to governmental agencies, community organizations and faith-based groups who can get the message to a larger audience.''',
    quotes=[
        Q('"Doc"', None, None),
        Q('"What is your housing plan?"', None, "Davis"),
        Q('"I\'m going to continue living here,"', None, "Bernard Nora"),
        Q('"Here"', None, "Bernard Nora"),
        Q('"unmet needs,"', None, None),
    ],
    aliases={"Davis": ["Davis", 'Paul "Doc" Davis'],
             "Bernard Nora": ["Bernard Nora", "Hurricane Katrina evacuee Bernard Nora", "Nora"]},
),
dict(
    id="voa-en-h532-2006-karen-hughes-praises-exchange-programs",
    source="https://www.voanews.com/a/a-13-2006-02-17-voa1/328910.html",
    license=PDV, retrieved=PAGES + " (VOA News report of February 17, 2006 (date from the page address) on Under Secretary of State Karen Hughes at the 2006 meeting of the National Council for International Visitors; no byline in the stored copy; 'Accessibility links' and 'Breaking News' dropped; headline kept as the first line; the last paragraph, 'She also pointed to a new initiative President Bush announced in January to promote the learning of foreign languages in the United States. \"I'm always humbled, frankly, in Europe, when I'm at a dinner tabl', cut in the stored copy, dropped with its complete lead sentence; the inner quotation in the same straight marks that shares the outer closing mark, the partial quote after `what she called` with its comma outside the marks, and `she said` after a sentence about the programme (H2240); 'Undersecretary', 'we value honor those things most too' and 'media professions' as stored; straight marks as stored)",
    text='''US Official Praises International Exchange Programs
U.S. Undersecretary of State Karen Hughes says international exchange programs are the most effective and successful part of U.S. public diplomacy. She made her comments Thursday at the 2006 meeting of the National Council for International Visitors, a non-governmental organization that works in the United States to promote person-to-person exchange programs.
One of the top U.S. diplomats, Karen Hughes, said in less than one year on the job, she has been distressed to see that people in other parts of the world often have mistaken impressions of Americans.
"You'll ask them what do you value most and what do you think Americans value most? And there's a big disconnect. They say they value most faith and honor and honesty and family. Well, we value honor those things most too. If you ask Americans, that's what they value most. But if you ask people in different parts of the world, they'll say, "oh no, they value money and power and work," she said.
She said as she prepared for her job, one message she heard over and over was that exchange programs, which send Americans abroad and bring foreigners to the United States, have been the most effective and successful part of U.S. public diplomacy.
Hughes said this year, the State Department is aiming new initiatives at what she called "key influencers", which includes journalists, religious leaders, women and teachers. One of these is the Edward R. Murrow Journalism Program, which will start in the coming months. "This partnership will bring more than 100 international media professions to the United States, to work side by side with American journalists, and to attend classes at many of our outstanding institutions," she said.''',
    quotes=[
        Q('"You\'ll ask them', 'power and work,"', "Karen Hughes"),
        Q('"key influencers"', None, "Karen Hughes"),
        Q('"This partnership will bring', 'outstanding institutions,"', "Karen Hughes"),
    ],
    aliases={"Karen Hughes": ["Karen Hughes", "U.S. Undersecretary of State Karen Hughes", "One of the top U.S. diplomats", "Hughes"]},
),
dict(
    id="nasa-wstf-2012-fabulously-fun-food-drive",
    source="https://www.nasa.gov/centers/wstf/news/2012/FFF_2012.html",
    license=PD, retrieved=PAGES + " (NASA White Sands Test Facility story of August 25, 2012 on its employees' food drive (no byline in the stored copy); the lines 'Text Size' and 'August 25, 2012' and the image placeholder '[image-62]' at the start of the first paragraph dropped; headline kept as the first line; the last paragraph, '\"The money that ERC has donated, plus the food that the employees have donated, will help replenish these food banks, which typically run low during the summer,\" said Kathleen Fran', cut inside the speaker's name, dropped (H2121); the contractor's employees as speakers, `said, \"...\"` after a subject with two appositions and 'a principle for ERC' as stored (H2244); the double space after 'agencies:' and straight marks as stored)",
    text='''White Sands Test Facility's Fabulously Fun Food Drive
Employees from the White Sands Test Facility (WSTF) are shopping again! They are collecting food for two local non-profit agencies:  one that is currently feeding 68 children two meals and a snack each day this summer, and another that supplies food for up to 1700 families each month. All this shopping for this many people could be mind-boggling, but employees and their employers at WSTF have it covered.
In addition to the huge amounts of food donated by all of the employees, ERC, Inc., a sub-contractor on the Test and Evaluation Contract, has risen to the top as a major contributor to the food drive. "Last year our local employees donated 600 pounds of food. I wanted to challenge them to do more and let them know that their company would do so as well. If they collected 1200 lbs., ERC would donate $2400," said Albert Wu, in charge of ERC's community outreach.
The employees met the challenge and while delivering some of the food, they discovered a great need for diapers, formula, and baby wipes. With three weeks left in the drive, the ERC challenge changed to 1800 lbs. for an additional $600 on top of the $2400 to be used for other essential items for young children.
"I'm extremely proud of our WSTF employees and their efforts to help others in their community," said Wu.
Darrell Shoup, a principle for ERC, and a father of two children, said, "It is a blessing for us to have our jobs at the test facility, but it is our pleasure to pass our good fortune on to less fortunate children and their families."
Jardin de los Niños provides therapeutic children's services to 68 homeless/near homeless children and their parents. They also provide breakfast, lunch, and an afternoon snack to the children.''',
    quotes=[
        Q('"Last year our local employees', 'donate $2400,"', "Albert Wu"),
        Q('"I\'m extremely proud', 'in their community,"', "Albert Wu"),
        Q('"It is a blessing', 'and their families."', "Darrell Shoup"),
    ],
    aliases={"Albert Wu": ["Albert Wu", "in charge of ERC's community outreach", "Wu"],
             "Darrell Shoup": ["Darrell Shoup", "a principle for ERC"]},
),
dict(
    id="voa-khmer-h532-teachers-absent-school-year-takeo",
    source="https://khmer.voanews.com/a/school-year-begins-with-struggling-teachers-absent-104567919/1357491.html?utm_medium=referral&utm_campaign=redirect&utm_source=voacambodia",
    license=PDV, retrieved=PAGES + " (VOA Khmer report on teachers who work second jobs at the start of the school year in Takeo province (slug 'school-year-begins-with-struggling-teachers-absent'; no headline, byline or date in the stored copy, which opens on the first paragraph, so no headline is added (H1818); the wage figures and 'International Teacher's Day' on Oct. 5 point to October 2010); the stored part ends on the complete quotation paragraph of Thong Boran, which is kept; the verbless quotation of Rong Chhun, the misspelt 'Ron Chhun' inside Thong Boran's quotation and `he said` after presenting sentences (H2243); curly marks and straight apostrophes as stored)",
    text='''Banoy primary school sits on a bumpy road about 50 kilometers from Takeo town, the provincial capital. A ringing bell means the end of class, and schoolboys and schoolgirls on a recent afternoon filtered out of the school and began heading home.
October marks the beginning of a new school year, but students interviewed recently in Takeo say they lack teachers. Their teachers are also farmers or market vendors, supplementing their incomes with outside work that keeps them out of the classroom.
Peang Khyang, the co-director of the school, walked nearby with an old, grey bicycle. He said teachers here have a hard time making ends meet.
“If we cannot fill our stomachs, we can't stay focused on our work,” he said. “I don't know what the government really thinks. But we don't dare ask for an increase in salary. We just like teaching for the sake of teaching.”
Teachers currently make different monthly salaries according to the level of school they are in: 100,000 riel, or $20, for primary, $50 for secondary and $70 for high school.
Peang Khyang said a teacher needs between $200 and $300 a month to maintain a decent standard of living. (By comparison, garment factory workers are currently fighting for incomes of about $90 per month, up from $61.)
On Oct. 5, which is International Teacher's Day, the Independent Teachers Association announced it wanted a raise for educators to $250 per month. They had planned a march for Oct. 6, but local authorities prevented it.
“The main problem of teachers in the matter of making a living,” said Rong Chhun, president of the association, which has made repeated requests for salary increases over the years.
Thong Boran, director general of finance for the Ministry of Education, said the request by the teacher's association did not follow the government's plan for teacher salaries.
“We work following a strategy and plan,” he said. “Ron Chhun is different.”''',
    quotes=[
        Q('“If we cannot fill our stomachs', 'on our work,”', "Peang Khyang"),
        Q('“I don\'t know what the government', 'for the sake of teaching.”', "Peang Khyang"),
        Q('“The main problem of teachers', 'making a living,”', "Rong Chhun"),
        Q('“We work following a strategy and plan,”', None, "Thong Boran"),
        Q('“Ron Chhun is different.”', None, "Thong Boran"),
    ],
    aliases={"Peang Khyang": ["Peang Khyang", "the co-director of the school"],
             "Rong Chhun": ["Rong Chhun", "president of the association", "Ron Chhun"],
             "Thong Boran": ["Thong Boran", "director general of finance for the Ministry of Education"]},
),
dict(
    id="doe-em-update-2024-national-cleanup-workshop-early-career-session",
    source="https://content.govdelivery.com/accounts/USDOEOEM/bulletins/3b6c347",
    license=PD, retrieved=PAGES + " (Department of Energy Office of Environmental Management 'EM Update' story on the early career professional session of the 2024 National Cleanup Workshop, in the office's GovDelivery bulletin (no headline, byline or date line in the stored copy, so no headline is added, H1818); the captions set off by leading spaces, 'Martin Schneider, president of Longenecker & Associates, speaks with U.S. Department of Energy Office of Environmental Management Senior Advisor Candice Robertson during “A Career Conversation with EM’s Cleanup Chief,” part of the 2024 National Cleanup Workshop’s Early Career Professional Session.' before the dateline paragraph and 'Audience members at the Early Career Professional Session.' between paragraphs, dropped with the session title in marks (H792, H2244); the dateline 'ARLINGTON, Va. — ' kept as stored; the last line, the caption ' A panel discussion focu', cut in the stored copy, dropped; one sentence split by `Robertson said,` and a cue-less quotation after reported speech with `she said` in the same paragraph (H2244); curly marks and apostrophes as stored)",
    text='''ARLINGTON, Va. — The 2024 National Cleanup Workshop kicked off its 10th year with an event dedicated to early career professionals, offering them insights into how to grow and succeed in the U.S. Department of Energy (DOE) cleanup program.
The pre-conference workshop began with remarks from Kristen Ellis, DOE Office of Environmental Management (EM) associate principal deputy assistant secretary for regulatory and policy affairs, and Martin Schneider, president of Longenecker & Associates.
They reminded participants that qualification for the session is not determined by age, but by years of involvement in the EM program. The session was geared to people involved in the cleanup program for less than five years.
In a conversation with attendees, EM Senior Advisor Candice Robertson reflected on her professional journey, sharing lessons, stories and advice.
Robertson discussed her career path leading to her current position as head of EM, from dreaming of becoming a dolphin trainer to serving as a Nye County commissioner in Nevada at age 23, and the diverse staff and leadership roles she has held at DOE, including EM.
“I learned so much in each of those positions,” Robertson said, “but especially the ones that were outside my comfort zone.” She didn’t work to a particular career plan, she said, but instead found success by working hard on the job at hand, being strategic in solving problems, and being willing to go where DOE leadership needed her most. “That allowed me to gain broad experience and build a network across DOE that continues to be important to me today.”''',
    quotes=[
        Q('“I learned so much', 'of those positions,”', "Candice Robertson"),
        Q('“but especially the ones', 'my comfort zone.”', "Candice Robertson"),
        Q('“That allowed me', 'to me today.”', "Candice Robertson"),
    ],
    aliases={"Candice Robertson": ["Candice Robertson", "EM Senior Advisor Candice Robertson", "Robertson"]},
),
]
