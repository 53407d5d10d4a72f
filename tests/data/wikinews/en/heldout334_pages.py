# Held-out English news texts (tests/data/heldout334-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America and USAGM texts (US government works in the public domain, 17 U.S.C.
# § 105): two insidevoa.com items (VOA journalists' National Press Club award, 2021; the VOA Director's statement on the
# CDC's interview policy, 2020), a BBG press item on VOA's Somali town hall with Somalia's president (bbg.gov, 2016) and
# three copies of VOA stories on other sites: a VOA story on the U.S. chargé d'affaires in Phnom Penh and the Mekong
# region and a VOA story on Congolese refugees leaving Angola (both on popgazeta.com, 2019), and a VOA story from Harare
# on Amnesty International and media freedom in Africa (May 2024) in the immigrationresearch.org aggregator's copy of
# VOA's feed. None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept, a cut paragraph is dropped, and in the copies that print a story as
# one paragraph the text ends on the last complete sentence (noted in `retrieved`). Site lines, feed and date lines,
# photo captions and neighbouring feed items are dropped; headlines are kept as the first line where the copy has one;
# wording, spacing and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H1830-H1834 in ANNOTATION.md on top of H1-H1829).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PDU = "public domain (USAGM, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout334-en.jsonl

Built by `build.py` from `heldout334_pages.py`. Like the VOA sets above (heldout301-en, heldout288-en, heldout275-en and
others; copies on other sites with the licence constant PDC as in heldout267-en, heldout288-en and heldout301-en, USAGM
press items with PDU as in heldout123-en), these texts are Voice of America and USAGM texts (US government works in the
public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): an insidevoa.com item on four
VOA journalists receiving the National Press Club's 2021 Arthur Rowse Award for Press Criticism (article 6386445), the
VOA Director's statement on the CDC's media interview policy excluding VOA journalists (insidevoa.com, article 5462335,
May 2020), a press item of the Broadcasting Board of Governors (bbg.gov, September 7, 2016) on VOA's televised town
hall linking Somalis in Minneapolis and Mogadishu with Somalia's president Hassan Sheikh Mohamoud, and three verbatim
copies of VOA stories on other sites: a VOA story on U.S. chargé d'affaires Michael Newbill's remarks on the Mekong
region (popgazeta.com, category page 282), a VOA story on 8,500 Congolese refugees leaving the Lovua settlement in
Angola (popgazeta.com, August 2019, page 9) and a VOA story from Harare on Amnesty International's World Press Freedom
Day concerns (May 3, 2024) in the immigrationresearch.org aggregator's copy of VOA's feed (page 282). None is credited
to AP, Reuters, AFP or another third party (the CDC statement mentions an Associated Press story as the object of the
White House's charge; it is VOA's own text). The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept, a paragraph cut in the stored copy is dropped (also where it holds quotations), and where a copy
prints a story as a single paragraph the text ends on its last complete sentence (what was dropped is noted per page).
Site lines ('Accessibility links', 'Breaking News', 'Site Overlay', category and month lines), feed and date lines,
photo captions and neighbouring feed items were dropped; wording, spacing and quotation marks are as stored. Pages read
but left out: the insidevoa.com Stitcher item of October 2009 (its stored part keeps only one complete quotation), the
popgazeta.com Dayton shooting page ('The Associated Press contributed to this report'), feed items that cite Reuters or
AFP, and pages already in a set or held by another helper's worktree (the Sierra Leone waste deal and the Princeton
'baby talk' story on newsamricaa.blogspot.com, heldout311; the Mozambique flood interview, heldout29-en; the Cameroon
abductions on boorsee.com, heldout328; insidevoa.com 4435613, heldout22-en; insidevoa.com 6311100, heldout60-en; the
Zimbabwe Straight Talk Africa item 178307, heldout24-en; the exoplanet story on tkhsh.net, heldout132-en). None of the
pages used is in any set above (checked by URL and page number (6386445, 5462335, 282, page/9), by headline, and by the
names of their speakers and distinctive phrases, such as Arthur Rowse, Lisa Matthews, editorial firewall, Knight First
Amendment, chilling effect on our journalism, anyone associated with Voice of America, first-of-its-kind town hall,
KTCA, Twin Cities Public Television, Ayduruus, Newbill, Ritsumeikan, Lovua, Lunda Norte, spontaneously abandoned,
Sarah Kimani, Cybercriminality and 'Watchdogs: Some African', grepped in tests/data of the main checkout and of every
other helper's worktree; no hits, except Andrej Mahecic (another story, heldout129-en), Jessica Jerreat and Yolanda
Lόpez (another award item, heldout60-en) and a namesake Sek Sophal (another Mekong story, heldout126-en)). The
annotation (rules H1830–H1834 in `ANNOTATION.md` on top of H1–H1829) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h334-2021-npc-rowse-award",
    source="https://insidevoa.com/a/6386445.html",
    license=PD, retrieved=PAGES + " (insidevoa.com item on the National Press Club's 2021 Arthur Rowse Award; the stored copy has no headline and opens with the first paragraph, no title added (H1834); the paragraph '“Throughout, we strived to be balanced, fair and accurate, driven by the knowledge that our colleagues were now a part of our coverage,” said Jerreat in a v', cut in the stored copy, dropped with its quotation; the citation closes with a straight mark after a curly opening one, as stored; 'Lόpez' with a Greek omicron as stored)",
    text='''In April 2020, Voice of America White House Correspondent Patsy Widakuswara was in the Rose Garden when a U.S. president called VOA reporting “disgusting.” Thursday evening, Widakuswara and three colleagues accepted a prestigious award for their coverage of an administration’s attack on VOA journalism.
The National Press Club’s 2021 Arthur Rowse Award for Press Criticism cited the VOA journalists’ “thoughtful and deliberately in-depth coverage of how the former U.S. Agency of Global Media CEO, Michael Pack, a President Trump appointee, attempted to dismantle the organization’s editorial independence."
NPC President Lisa Matthews presented the award Thursday evening as part of the press club’s 48th annual journalism awards. “Courageous” is how Matthews described the work of VOA journalists in 2020 and 2021.
“Our reporting looked at attempts by a politically appointed CEO to try to breach VOA’s editorial firewall,” said Press Freedom Editor Jessica Jerreat in the National Press Club virtual awards ceremony. Jerreat was named the recipient along with three contributors – now-White House Bureau Chief Widakuswara, Congressional Correspondent Katherine Gypson and Silicon Valley Bureau Chief Michelle Quinn.
“Voice of America’s decades-long commitment to independent and balanced journalism is powerfully underscored by our News Center team’s recognition through the National Press Club’s press criticism award,” said Acting VOA Director Yolanda Lόpez, who was director of the VOA News Center during former CEO Pack’s tenure.
Jerreat gave credit to senior editors and newsroom management for their role in the coverage of staff investigations under Pack, congressional hearings, lawsuits, whistleblower complaints and the denial of visa renewals for some of VOA’s foreign journalists.''',
    quotes=[
        Q('“disgusting.”', None, None),
        Q('“thoughtful and deliberately', 'editorial independence."', "National Press Club"),
        Q('“Courageous”', None, "Lisa Matthews"),
        Q('“Our reporting looked', 'editorial firewall,”', "Jessica Jerreat"),
        Q('“Voice of America’s decades-long', 'press criticism award,”', "Yolanda Lόpez"),
    ],
    aliases={"National Press Club": ["National Press Club"],
             "Lisa Matthews": ["Lisa Matthews", "NPC President Lisa Matthews", "Matthews"],
             "Jessica Jerreat": ["Jessica Jerreat", "Press Freedom Editor Jessica Jerreat", "Jerreat"],
             "Yolanda Lόpez": ["Yolanda Lόpez", "Acting VOA Director Yolanda Lόpez"]},
),
dict(
    id="voa-en-h334-2016-somali-town-hall",
    source="https://www.bbg.gov/2016/09/07/voa-connects-somali-minneapolis-mogadishu-televised-town-hall/",
    license=PDU, retrieved=PAGES + " (Broadcasting Board of Governors press item of September 7, 2016 on bbg.gov; the headline kept as the first line; the empty lines between paragraphs dropped; the paragraph 'Mohamed Dahir in Mogadishu accused the Somali President of failing the youth ... “Four years ago, when I was coming to office, ... in their remote hideouts,” Mohamoud responde', cut in the stored copy, dropped with its three quotations (H1832); curly marks as stored)",
    text='''VOA connects Somali in Minneapolis and Mogadishu in televised town hall
“I assure all Somalis that the insecurity will be handled soon. We are after the terrorists,” President of Somalia, Hassan Sheikh Mohamoud, told the Somali diaspora in a first-of-its-kind town hall meeting hosted by the Voice of America.
The Somali diaspora in Minneapolis-Saint Paul had a rare opportunity to speak directly with the Somali President. The interactive discussion linked audiences at Twin Cities Public Television station KTCA-TV with the Presidential Palace in Somalia.
In both Minneapolis and Mogadishu, Somali youth and community leaders asked the president questions on extremism, unemployment and education. The program aired on Somali National Television and streamed live on the VOA Somali web. The Facebook Live stream had more than 130,000 views and contributed online questions to the president.
Ayduruus Ahmed Abdirahman, a teenager in Minneapolis, asked the Somali president in English how he would make the country safer so that kids like himself would be able to return to their parents’ homeland for vacations. “We’re tired of going to Ohio or Seattle for vacations when we have so many beautiful cities back home. But we hear about things blowing up there every day,” he said as the crowd applauded. “You can come back to Mogadishu and nothing will happen to you,” Mohamoud answered.''',
    quotes=[
        Q('“I assure all Somalis', 'after the terrorists,”', "Hassan Sheikh Mohamoud"),
        Q('“We’re tired of going', 'there every day,”', "Ayduruus Ahmed Abdirahman"),
        Q('“You can come back', 'will happen to you,”', "Hassan Sheikh Mohamoud"),
    ],
    aliases={"Hassan Sheikh Mohamoud": ["Hassan Sheikh Mohamoud", "President of Somalia", "Mohamoud",
                                        "the Somali President", "the Somali president", "the president"],
             "Ayduruus Ahmed Abdirahman": ["Ayduruus Ahmed Abdirahman", "a teenager in Minneapolis"]},
),
dict(
    id="voa-en-h334-mekong-region-china-us-relations",
    source="https://popgazeta.com/media/news/page/282",
    license=PDC, retrieved=PAGES + " (copy of a VOA story (VOA Khmer reporting, 2019) on popgazeta.com, a site that reposts VOA stories, first item of its 'News' category page 282; the lines 'Site Overlay', 'Category: News' and the category blurb 'News is information about current events. ...' dropped; the headline kept as the first line, the story stored as one paragraph and kept so; the stored paragraph runs into a photo caption in mid-sentence ('“We have seen the growth of debt dependency; ... plans to blast and dredge riverbeds,” he added in FILE – A Chinese construction worker stands at the Colombo Port City ...'), then a subhead and a quotation of Sek Sophal broken off by the site ('... it is obvious that China meets …'), so the text ends on the last complete sentence before the caption, 'Newbill said.' (H1834); the next item ('Kim Jong Un Praises ‘Excellent’ Letter from Trump') dropped)",
    text='''Mekong Region Grows More Important to China-US Relations
Amid increasingly tense China-U.S. relations, a U.S. official alluded to China but did not specifically name China regarding “risks” and “challenges” imposed by approaches to dam building and cross-border riverine practices in the Mekong region. At a workshop in Phnom Penh by the Cambodian Institute for Cooperation and Peace (CICP), the U.S. Embassy’s chargé d’affaires, Michael Newbill, said the actions of “a single nation” in the Mekong region are “worrisome” to both the riverine countries and the U.S. “In the last two years, shifting geopolitical dynamics have begun to pose major new challenges,” Newbill said.''',
    quotes=[
        Q('“risks”', None, "Michael Newbill"),
        Q('“challenges”', None, "Michael Newbill"),
        Q('“a single nation”', None, "Michael Newbill"),
        Q('“worrisome”', None, "Michael Newbill"),
        Q('“In the last two years', 'new challenges,”', "Michael Newbill"),
    ],
    aliases={"Michael Newbill": ["Michael Newbill", "Newbill", "the U.S. Embassy’s chargé d’affaires", "a U.S. official"]},
),
dict(
    id="voa-en-h334-2019-08-congolese-refugees-angola-kasai",
    source="https://popgazeta.com/2019/08/page/9",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of August 2019 on popgazeta.com, first item of its August 2019 archive page 9; the lines 'Site Overlay' and 'Month: August 2019' dropped; the headline kept as the first line, the story stored as one paragraph and kept so, with the subhead 'Displaced by violence' run into it and the double spaces between sentences as stored (H1834); the site breaks the story off in 'Mahecic told VOA the U.N. High Commissioner for Refugees was engaged in tripartite discussions ... to make sure this …', so the text ends on the sentence before; the next item ('Afghan Taliban Say Peace Deal With US in Sight') dropped)",
    text='''Thousands of Congolese Refugees in Angola Head Home to DRC’s Kasai
The U.N. refugee agency said Saturday that 8,500 refugees from the Democratic Republic of the Congo’s Kasai province had spontaneously abandoned their camp in Angola and were heading to the homes they fled more than one year ago.  The march home from the Lovua settlement in Angola’s Lunda Norte province began one week ago.  U.N. refugee spokesman Andrej Mahecic said more than 1,000 refugees already had crossed into DRC and many more were moving toward the border with DRC’s Kasai region.  “This appears to be in response to reports of improved security in some of their places of origin,” Mahecic said. “It is also linked to their wish to return, as well as to be back home in time for the beginning of the new school year.”  Displaced by violence Violence broke out in the Kasai region in August 2016, triggered by tensions between traditional chiefs and the government.  Deadly clashes intensified between the government and armed groups in March 2017, displacing about 1.4 million people from their homes.  An estimated 37,000 others fled across the border into Angola in search of refuge.''',
    quotes=[
        Q('“This appears to be', 'places of origin,”', "Andrej Mahecic"),
        Q('“It is also linked', 'new school year.”', "Andrej Mahecic"),
    ],
    aliases={"Andrej Mahecic": ["Andrej Mahecic", "U.N. refugee spokesman Andrej Mahecic", "Mahecic"]},
),
dict(
    id="voa-en-h334-2024-05-amnesty-african-media-freedom",
    source="https://immigrationresearch.org/aggregator/sources/13?page=282",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of May 3, 2024 in the immigrationresearch.org feed aggregator's copy of VOA's feed ('Voice of America’s immigration news'); the feed title, subscription and description lines, the 'Updated: ...' line, the neighbouring feed item 'Ukrainian priests serve church, support state' with its blurb and the item's date line 'May 3, 2024 - 13:30' dropped; the headline kept as the first line, the body stored as one paragraph and kept so, the dateline 'HARARE, ZIMBABWE —' at its head as stored; the stored copy breaks off in '“The laws are broad, and vaguely defined provisions within the laws — such as ... incitement to hatred ', so the text ends on the sentence before (H1834); curly marks as stored)",
    text='''Watchdogs: Some African authorities impose severe limits on media freedom
HARARE, ZIMBABWE — Marking this year’s World Press Freedom Day, Amnesty International said Thursday it is concerned about eastern and southern African authorities’ imposition of severe restrictions on freedom of expression and media freedom. The organization said there was increased intentional disruption of internet connectivity and the enactment of tough cyber security laws aimed at silencing the media and controlling the spread of information. Sarah Kimani, the media manager of Amnesty International in east and southern Africa, outlined other ways governments are hampering the media. “Some of the issues we documented include the fact that across the east and southern Africa region, authorities used national security laws, including counterterrorism and cybersecurity legislation, to undermine the right to freedom of expression, punish journalists and suppress media freedom,” she said. “For example, in Madagascar, the Cybercriminality Code and the Communication Code have forced journalists to self-censor due to fear of reprisals,” Kimani said.''',
    quotes=[
        Q('“Some of the issues', 'suppress media freedom,”', "Sarah Kimani"),
        Q('“For example, in Madagascar', 'fear of reprisals,”', "Sarah Kimani"),
    ],
    aliases={"Sarah Kimani": ["Sarah Kimani", "Kimani", "the media manager of Amnesty International in east and southern Africa"]},
),
dict(
    id="voa-en-h334-2020-voa-director-statement-cdc-policy",
    source="https://www.insidevoa.com/a/voa-director-s-statement-on-cdc-s-media-interview-policy-excluding-voa-journalists/5462335.html",
    license=PD, retrieved=PAGES + " (insidevoa.com statement of the VOA Director, May 2020; the lines 'Accessibility links' and 'Breaking News', the photo caption 'VOA - A Free Press Matters' (printed twice) and the empty lines between paragraphs dropped; headline kept once; the paragraph 'As with any other major media outlet, VOA has clearly outlined editorial standards ... so that any such errors can', cut in the stored copy, dropped; the paragraph 'VOA issued a public response ... A copy of our statement is here:' kept as stored, ending on the colon (the linked statement is not in the stored copy); straight marks and apostrophes as stored (H1833))",
    text='''VOA Director’s Statement on CDC’s Media Interview Policy Excluding VOA Journalists
We were shocked to read the internal CDC documents instructing the agency's media relations office to refuse media requests from "anyone associated with Voice of America," citing White House tweets accusing VOA of spreading Chinese propaganda. VOA, a federally-funded independent news organization, strongly rejects the accusations and calls on the CDC to immediately withdraw the instructions. The CDC documents were released this week in response to a Knight First Amendment Institute’s FOIA request.
For a federal agency’s public affairs office to categorically deny in advance interview requests from VOA journalists, including our colleague Greta Van Susteren, based on a White House opinion statement referring to an Associated Press story about COVID-19 shared by the VOA newsroom as "propaganda," is even more troubling.
VOA issued a public response to that charge on April 10th – the same day as the White House statement was issued. A copy of our statement is here:
Since this memo denying VOA journalists access to CDC officials was issued on April 30, 2020, it is impossible to immediately discern its effect on our coverage of the pandemic since that date across all of our newsrooms that report in 47 languages to audiences in nearly 100 countries.
However, efforts such as those outlined in the CDC memo can result in the kind of chilling effect on our journalism that we regularly see in the markets we broadcast to that have no free press – including in China and Russia.''',
    quotes=[
        Q('"anyone associated with Voice of America,"', None, "CDC"),
        Q('"propaganda,"', None, "White House"),
    ],
    aliases={"CDC": ["CDC", "the CDC"],
             "White House": ["White House", "a White House opinion statement"]},
),
]
