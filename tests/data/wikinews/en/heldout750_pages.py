# Held-out English news texts (tests/data/heldout750-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news (public domain, 17 U.S.C. § 105): a U.S. Fish and Wildlife
# Service release of November 19, 2009 on Interior Secretary Ken Salazar's radio campaign for the refuges (fws.gov
# ShowNews), an Interior Department release of July 31, 1997 on Secretary Bruce Babbitt's surface mining awards on the
# twentieth anniversary of SMCRA (osmre.gov news 073197, UNT End of Term archive), an Indian Affairs release on Neal A.
# McCaleb's selection of Jeanette Hanna for the BIA's Eastern Oklahoma Regional Office (bia.gov Office of Public
# Affairs listing, page 134), a USDA Rural Development release of 2019 on water infrastructure with Donald "DJ" LaVoy
# and Wyoming State Director Wally Wolski (copy on northernag.net), an EPA Region 7 release of November 15, 2007 on
# enforcement benefits with John B. Askew (archive.epa.gov), a NASA Stennis Space Center release of August 27, 2008
# (CLT-08-139) with center Director Bob Cabana, and three VOA Standard English reports copied on language-learning
# sites (Palestinians from Syria in Lebanon, m.tingroom.com 185708, 2012; Liberian refugees in Ghana, by Nico
# Colombant, yingyuke.net 125581, 2006; aid workers at the Bab al-Salama camp, yingyuke.net 163838, 2012). None is
# credited to AP, Reuters, AFP or another third party in the kept text. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete
# quotation (noted in `retrieved`); the Interior release of 1997 is stored as one run of text and kept as one
# paragraph ending on the last complete sentence before the cut (H1006, H1485, H2491). Site lines (letterheads,
# release-contact, date and label lines, the learner sites' title prefixes, time, author and category lines,
# vocabulary lists, bylines, place and date lines, photo captions) and the empty lines between paragraphs are
# dropped; a headline is kept once as the first line where the stored copy has an English one (none is added where it
# has none, H1818); datelines are kept as stored; wording, typos, the learner sites' vocabulary numbers, dashes,
# bullets and quotation marks (straight or curly as stored, also mixed in one pair) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H2490-H2494 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDA = "public domain (US government work, 17 U.S.C. § 105; copy in the UNT End of Term web archive)"
PDU = "public domain (USDA release, US government work, 17 U.S.C. § 105; copy on another site)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout750-en.jsonl

Built by `build.py` from `heldout750_pages.py`. Like heldout742-en, heldout734-en and the other US government and VOA
sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news, works of
federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not available for
any work of the United States Government"): three releases of the Department of the Interior and its bureaus (the
U.S. Fish and Wildlife Service press release of November 19, 2009 'Interior Secretary Ken Salazar Urges Americans to
Connect with Nature and Visit a National Wildlife Refuge', fws.gov/news/ShowNews.cfm newsId 0D1A0A09-...; the
Interior Department release of July 31, 1997 'Interior Department Marks 20th Anniversary of Surface Mining Law' on
Secretary Bruce Babbitt's announcement of the surface mining awards, issued by the Office of the Secretary and kept
among the Office of Surface Mining's news files, osmre.gov/news/073197.txt as archived by the UNT End of Term web
archive; an Indian Affairs Office of Public Affairs release, undated in the stored copy and issued under Assistant
Secretary - Indian Affairs Neal A. McCaleb (2001-2002), on his selection of Jeanette Hanna as director of the BIA's
Eastern Oklahoma Regional Office, stored as page 134 of bia.gov's Office of Public Affairs listing, whose stored part
holds this one release); a USDA Rural Development release of 2019 on $201 million for rural water infrastructure,
announced by Deputy Under Secretary Donald "DJ" LaVoy, in its Wyoming version with State Director Wally Wolski and the
town of Meeteetse, as reprinted on the farm news site northernag.net (Northern Ag Network); an EPA Region 7 release of
November 15, 2007 on $210 million in environmental benefits from enforcement in fiscal 2007, with Region 7
Administrator John B. Askew (archive.epa.gov newsroom archive 7badae93...); a NASA Stennis Space Center release of
August 27, 2008 (CLT-08-139) on the Hancock County Award of Excellence, with center Director Bob Cabana (nasa.gov);
and three VOA Standard English reports copied on Chinese language-learning sites: Palestinians from Syria in
Lebanon's Shatilla camp, with Rajaa Hashem, UNRWA spokesperson Hoda Samra and a refugee named only Omar (August 2012,
m.tingroom.com aid 185708); Liberian refugees who will not leave the Buduburam camp in Ghana, by Nico Colombant, with
a refugee named only Martha (March 13, 2006, yingyuke.net 125581); and aid workers at the Bab al-Salama camp on the
Syrian side of the Turkish border, with Sarken Oktem and Abdelkader Kaptur (October 2012, yingyuke.net 163838).
Reuse terms relied on: the releases are the agencies' own, issued by their press offices and speaking for their
officials; VOA's staff work is a US government work in the public domain, which VOA's feeds restate ("Voice of America
content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the
public domain"); copies on other sites and in web archives carry the same government text and add no rights of their
own, and the copying sites' own lines are dropped. Licence caveats: the northernag.net copy shows no credit line in
the kept text (its closing lines 'Northern Ag Network – 2019' and 'USDA', dropped, name the site and the agency) and
is taken as USDA's release by its wording ('U.S. Department of Agriculture Deputy Under Secretary ... announced that
USDA is investing') and its quotations of two USDA officials; the BIA release is undated in the stored copy and is
dated only by its issuer's term of office; the learner-site copies show no VOA credit line in the kept text and are
taken as VOA's by the sites' filing of them as 'VOA标准英语' (VOA Standard English), by the VOA correspondent's byline
(Nico Colombant, in a dropped byline line and in the kept `VOA's Nico Colombant has this report`); the learner sites'
vocabulary numbers ('killing1', 'crammed 1', 'Influx 1', 'coordinator 3') are kept as stored (H930); the texts quote
federal officials, a UN agency spokesperson, relief workers and refugees inside the public-domain texts. None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and the cut paragraph is dropped, noted per page: the FWS release's 'Comprising hundreds
of thousands of miles and landscapes ranging from southwest desert to A'; the Interior release of 1997, stored as one
run of text, ends on the last complete sentence before the cut, and the cut quotation 'The high standards set by active
coal mine operators, ... and citizen' is dropped; the BIA release's last paragraph '"As the BIA's budget chief,
Jeanette handled her tough job with aplomb," said McCaleb. "Throughout her career, sh', dropped with its complete
first quotation (H2121); the EPA release's list lead-in 'Highlights of Region 7 cases contributing to the results
include:' with its cut first item 'Agriprocessors, Inc., Postville: ...'; the Stennis release's 'Stennis Space Center
played a key role in the Apollo Program, ... and possibl'; the Palestinian report's 'Many of the new arrivals live in
cramped6 quarters, ... “We are three families staying in one roo'; the Liberian report's 'U.N. agencies are offering
free flights back to Liberia, ... but there are fe'; the USDA release and the Bab al-Salama report end on complete
paragraphs, which are kept. Site lines were dropped: the FWS lines 'Conserving the Nature of America', 'Press
Release', 'November 19, 2009', 'Division of Public Affairs', 'External Affairs' and 'Telephone: 703-358-2220'; the 1997
release's letterhead 'NEWS U.S. DEPARTMENT OF THE INTERIOR Office of the Secretary', 'For Immediate Release: July 31,
1997' and contact line 'Contact: John Wright-202/208-6416 Jerry Childress-202/208-2719'; the BIA page heading 'Office
of Public Affairs' (stored twice); northernag.net's '####', 'Northern Ag Network – 2019' and 'USDA'; the EPA lines
'Contact Us', 'All News Releases By Date', 'Release Date: 11/15/2007', 'Contact Information: Dale Armstrong, (913)
551-7316,' and 'Environmental News'; the Stennis lines 'Text Size', 'August 27, 2008', 'Paul Foerman, NASA News
Chief', 'NASA Public Affairs Office', 'Stennis Space Center, MS 39529-6000' and '(228) 688-1880'; the learner sites'
site lines ('在线英语听力室', '搜索关注在线英语听力室公众号:tingroom,领取免费英语资料大礼包。', '(单词翻译)'), the title lines with their prefixes
('VOA标准英语2012--', '2006年VOA标准英语-'), the time, author and category lines ('时间:2012-08-28 03:07:17', '时间:2019-01-07
作者:英语课 分类:2006年VOA标准英语(三月)', '时间:2019-01-14 作者:英语课 分类:VOA标准英语2012年(十月)'), the byline 'By Nico Colombant', the
place and date lines 'Buduburam Refugee Camp, Accra, Ghana' and '13 March 2006', a separator line of hyphens, the photo
caption 'Liberian girls enjoy electricity at refugee camp in Ghana', yingyuke.net's vocabulary example sentences ('-
The country simply cannot absorb this influx of refugees.这个国家...' and the following ones), and the empty lines between
paragraphs; headlines are kept once as the first line where the stored copy has an English one (the BIA and USDA
releases have none; none is added, H1818), the 1997 release's headline and subheading run together as stored, the
FWS list items keep their `•` bullets (stored leading spaces trimmed), and wording, typos ('Announce', 'states.',
'effectively immediately', 'happy to here', 'Ghanian'), dashes and quotation marks (straight or curly as stored,
including the pairs opened with one kind and closed with the other in the tingroom.com and yingyuke.net copies and
the quotations whose opening marks the FWS copy lost) are as stored. Pages read but left out: pages already in earlier
sets (the VOA drought reports with Matt Hughes and Philip Nelson, Matt Muller and Clint Abernathy, and Alan Bowers,
the NOAA Fisheries beached-whales release with Laura Engleby, the NOAA unusual-mortality reports with Teri Rowles,
the NPS Petrified Forest release with Joe Escoto, the NPS summer and Hartzog award releases with Dan Wenk, the Forest
Service Chief's statement on a fugitives' arrest, the USGS Asian carp release, the Reclamation WaterSMART release with
Estevan López, the BIA releases on Charles Addington and on the Sac and Fox elections, the Salazar Pelican Island and
Hill ceremony releases, the Kempthorne Glacial Ridge release, the NOAA Kodiak ships ceremony), pages whose stored part
keeps fewer than two complete quotations (the USGS nitrate release on a Delaware aggregator, whose only quotation is
cut, the NASA Stennis release on NASA Day at the Capitol, rd.usda.gov and rurdev.usda.gov water releases with one
quoted official each, a multi-agency federal drought-resilience release on a blog, whose second quotation is cut), speeches,
listings, feeds and newsletters (Reclamation RSS feeds, NOAA Administrator's remarks, Marshall Star issues, NASA
Langley story-opportunity digests, Refuge Update, EPA year-in-review reports) and pages of newspapers, broadcasters
(NPR, Michigan Radio, CCTV), foundations and blogs found by the same searches. None of the pages used is in any set
above or in another helper's worktree (checked by URL, slug and page id (ShowNews 0D1A0A09, osmre 073197, opa?page=134,
small-town-meeteetse, 7badae9396aff41d8525739400788f9b, CLT-08-139, aid 185708, 125581, 163838), by headline and by the
names of their speakers and phrases, such as public service radio campaign, Wallkill River, pileated woodpecker,
architects of the surface mining law, Citizens Awards program, Neal A. McCaleb, Jeanette Hanna, Eastern Oklahoma
Regional Office, Wes Watkins, Meeteetse, LaVoy, Wally Wolski, John B. Askew, Net More Than $210 Million, StenniSphere,
Salute to Progress, Hancock County Awards, Shatilla, Rajaa Hashem, Hoda Samra, Twice Displaced, Buduburam, Liberian
Refugees, Ghanaian cedis, Bab al-Salama, Sarken Oktem, Abdelkader Kaptur and Syrian Refugee Influx, with grep over
tests/data of the main tree and of every other helper's worktree: no hit, except Bruce Babbitt and Bob Cabana, named
or quoted in other texts of earlier sets, the VOA reporter Nico Colombant, who wrote another VOA report of an earlier
set, the name Martha in an unrelated Wikinews text, and other pages of bia.gov, fws.gov, archive.epa.gov, nasa.gov,
tingroom.com and yingyuke.net). 31 calls of the `search` tool were used (no `read_file` calls). The annotation (rules
H2490–H2494 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts,
so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""
DOCS = [
dict(
    id="fws-h750-2009-11-19-salazar-refuge-radio-campaign",
    source="https://www.fws.gov/news/ShowNews.cfm?newsId=0D1A0A09-9505-9767-411EB60417296235",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service press release of November 19, 2009 on Interior Secretary Ken Salazar's launch of a public service radio campaign for the National Wildlife Refuge System; the site line 'Conserving the Nature of America', the label 'Press Release', the date line 'November 19, 2009' and the contact lines 'Division of Public Affairs', 'External Affairs' and 'Telephone: 703-358-2220' dropped; headline kept as the first line; the closing paragraph 'Comprising hundreds of thousands of miles and landscapes ranging from southwest desert to A', cut in the stored copy, dropped; the two list items keep their `•` bullets, stored leading spaces trimmed; two quotations whose opening marks the stored copy lost (no span) and two radio spots' texts in marks (H2490); curly marks as stored)",
    text='''Interior Secretary Ken Salazar Urges Americans to Connect with Nature and Visit a National Wildlife Refuge
Secretary of the Interior Ken Salazar today announced the launch of an extensive public service radio campaign urging Americans to connect with nature and visit a National Wildlife Refuge.
Americans can take pride in the tremendous beauty and diversity of refuge lands dedicated to the protection of wildlife habitat,” Salazar said. “By visiting these places and encouraging their children to forge a connection with nature, they can help ensure vital wildlife conservation efforts will continue for generations to come.
The public service radio campaign consists of eight professionally recorded 60-second spots extolling the sights and sounds of refuges and their efforts to preserve some of these species. Over 3,500 radio stations will receive the first four of these educational messages in November.
This is another National Wildlife Refuge minute,” begins each segment, before moving to one of these four locales:
• “Crystal River National Wildlife Refuge in Florida is home to a myriad of species, but there’s one in particular for which it’s known: the West Indian manatee. Manatees inhabit these sheltered waters year-round, and Crystal River Refuge was created specifically for their protection.”
• “In Wallkill River National Wildlife Refuge in northern New Jersey that hammering sound could be only one thing: the pileated woodpecker in search of a meal. And maintaining healthy forests in the wildlife refuge helps the beat go on.”
The National Wildlife Refuge System, managed by the Service, represents the world’s premier system of public lands and waters set aside to conserve America’s fish, wildlife and plants.''',
    quotes=[
        Q('“By visiting these places', 'for generations to come.', "Ken Salazar"),
        Q('“Crystal River National Wildlife Refuge', 'for their protection.”', None),
        Q('“In Wallkill River', 'helps the beat go on.”', None),
    ],
    aliases={"Ken Salazar": ["Ken Salazar", "Interior Secretary Ken Salazar", "Secretary of the Interior Ken Salazar", "Salazar"]},
),
dict(
    id="osm-h750-1997-07-31-babbitt-surface-mining-law-anniversary-awards",
    source="https://webarchive.library.unt.edu/web/20080921213619/http:/www.osmre.gov/news/073197.txt",
    license=PDA, retrieved=PAGES + " (Interior Department news release of July 31, 1997, issued by the Office of the Secretary and kept among the Office of Surface Mining's news files, on Secretary Bruce Babbitt's announcement of the surface mining awards on the twentieth anniversary of SMCRA, as archived by the UNT End of Term web archive; the stored copy is one run of text with no paragraph breaks (H2491): the letterhead 'NEWS U.S. DEPARTMENT OF THE INTERIOR Office of the Secretary', 'For Immediate Release: July 31, 1997' and the contact line 'Contact: John Wright-202/208-6416 Jerry Childress-202/208-2719' dropped, the headline and subheading, run together as stored, kept as the first line, the body kept as one paragraph ending on the last complete sentence before the cut; the quotation 'The high standards set by active coal mine operators, ... and citizen', cut in the stored copy, dropped; a space before a closing mark and a cue with no space after its mark, typos ('Announce', 'states.') and straight marks as stored)",
    text='''Interior Department Marks 20th Anniversary of Surface Mining Law Secretary Babbitt Announce Winners of National Surface Mining Awards
Secretary of the Interior Bruce Babbitt commemorated the Twentieth Anniversary of the Surface Mining Control and Reclamation Act (SMCRA) today by announcing the winners of the Excellence in Surface Coal Mining and Reclamation Awards, National Abandoned Mine Land Reclamation Awards, and the recently established Citizens Awards program, all sponsored by Interior's Office of Surface Mining Reclamation and Enforcement's (OSM). August 3 is the anniversary of SMCRA, the federal law which controls surface mining environmental abuses. The legislation establishing the Act was signed into law by President Jimmy Carter August 3, 1977 and was considered by many as one of the pioneer bills in the era of environmental action. Before enactment in 1977, the legislation suffered congressional delays, two vetoes, in 1974 and 1975. "Twenty years ago, the architects of the surface mining law could only dream of the day when coal production in America included environmental protection and quality restoration of the landscape as built-in components of mining operations, "Babbitt said. "Today, thanks to the efforts of citizens, states. and coal operators alike, that dream is a reality and we have the results to show for it." The OSM awards are presented to companies, organizations and citizens that have demonstrated exemplary performance in restoration of the land after the coal is mined and protecting the environment for future generations to enjoy. "I am extremely pleased to honor the work and accomplishments of the winners of this year's competition"said Babbitt.''',
    quotes=[
        Q('"Twenty years ago', 'mining operations, "', "Bruce Babbitt"),
        Q('"Today, thanks to the efforts', 'to show for it."', "Bruce Babbitt"),
        Q('"I am extremely pleased', 'this year\'s competition"', "Bruce Babbitt"),
    ],
    aliases={"Bruce Babbitt": ["Bruce Babbitt", "Secretary of the Interior Bruce Babbitt", "Secretary Babbitt", "Babbitt"]},
),
dict(
    id="bia-h750-mccaleb-names-hanna-eastern-oklahoma-regional-director",
    source="https://bia.gov/office/opa?page=134",
    license=PD, retrieved=PAGES + " (Indian Affairs Office of Public Affairs news release, undated in the stored copy (issued under Assistant Secretary - Indian Affairs Neal A. McCaleb, 2001-2002), on his selection of Jeanette Hanna as director of the BIA's Eastern Oklahoma Regional Office; the stored copy is page 134 of the Office of Public Affairs listing, whose stored part holds only this release (H2494); the page heading 'Office of Public Affairs', stored twice, dropped; the release has no headline in the stored copy, none added (H1818); the paragraph '\"As the BIA's budget chief, Jeanette handled her tough job with aplomb,\" said McCaleb. \"Throughout her career, sh', cut in the stored copy, dropped with its complete first quotation (H2121); straight marks as stored)",
    text='''WASHINGTON - Interior Assistant Secretary - Indian Affairs Neal A. McCaleb today announced his selection of Jeanette Hanna, currently Director of Planning, Budget and Management Support for the Bureau of Indian Affairs (BIA), as his choice to be the new director of the Bureau's Eastern Oklahoma Regional Office located in Muscogee, Okla. The appointment is effectively immediately.
"I am delighted Ms. Hanna has accepted the directorship of the BIA's Eastern Oklahoma Regional Office," said McCaleb. "With her in-depth knowledge of Bureau operations, experience with tribal governments and unparalleled work ethic, Jeanette is a valuable member of my management team and will be a strong advocate for the eastern Oklahoma tribes."
Hanna, a member of the Seminole Nation of Oklahoma, has almost 20 years of Federal service. Her professional career began in May 1983 when she joined Representative Wes Watkins' Washington, D.C., office as a staff assistant. She eventually became Legislative Director. In December 1990 she left Watkins' office to join the Interior Department's Office of the Budget as a budget analyst, where she served for two years until taking a senior budget analyst position in the BIA's Division of Program Development and Implementation.
In August 1994, Hanna became the Area Budget Officer for the BIA's Phoenix Area Office, as the regional offices were formerly known, where she served 42 Federally recognized tribes in the states of Arizona, Nevada and Utah. As Area Budget Officer, Hanna was responsible for negotiating with tribes on self-governance compacts and funding levels for P.L. 93-638 contracts. In 1997, she served as Acting Area Director until December of that year when she returned to Washington, D.C., to become the BIA's Deputy Budget Director. Hanna was made Budget Director in November 1998.''',
    quotes=[
        Q('"I am delighted Ms. Hanna', 'Regional Office,"', "Neal A. McCaleb"),
        Q('"With her in-depth knowledge', 'eastern Oklahoma tribes."', "Neal A. McCaleb"),
    ],
    aliases={"Neal A. McCaleb": ["Neal A. McCaleb", "Interior Assistant Secretary - Indian Affairs Neal A. McCaleb", "McCaleb"]},
),
dict(
    id="usda-rd-h750-2019-water-infrastructure-meeteetse-wyoming",
    source="https://www.northernag.net/small-town-meeteetse-wy-receives-big-help/",
    license=PDU, retrieved=PAGES + " (copy of a USDA Rural Development news release of 2019 on $201 million for rural water infrastructure in 31 states, announced by Deputy Under Secretary for Rural Development Donald \u201cDJ\u201d LaVoy, in its Wyoming version with State Director Wally Wolski and the town of Meeteetse, on the farm news site northernag.net (Northern Ag Network); the stored copy opens with the first paragraph and has no headline, none added (H1818); the site's closing lines '####', 'Northern Ag Network \u2013 2019' and 'USDA' dropped; it ends on a complete paragraph, kept; a nickname in marks inside a name and two officials quoted in turn (H2492); curly marks as stored)",
    text='''U.S. Department of Agriculture Deputy Under Secretary for Rural Development Donald “DJ” LaVoy announced that USDA is investing $201 million to improve rural water infrastructure in 31 states.
“Modern, reliable and accessible infrastructure is critical to economic development and quality of life,” LaVoy said. “Under the leadership of President Trump and Agriculture Secretary Perdue, USDA is committed to partnering with rural communities to help them improve their infrastructure, because when rural America thrives, all of America thrives.”
In Wyoming, the town of Meeteetse in Park County, has been approved for a $39,000 loan and a $406,000 grant that will be used to make waterline and metering system improvements. This project is part of the previously phased improvements undertaken by Meeteetse which will significantly improve infrastructure efficiencies and safety.
USDA is providing the funding through the Water and Waste Disposal Loan and Grant program. Eligible applicants include rural cities, towns and water districts. The funds can be used for drinking water, stormwater drainage and waste disposal systems in rural communities with 10,000 or fewer residents.
“Building stronger rural communities continues to be a top priority for the Trump Administration,” said Wally Wolski, USDA Rural Development Wyoming State Director. “The funding announced recently is another great example of how the President’s commitment to improving infrastructure in rural communities helps ensure that Americans living in those communities have access to the quality infrastructure they deserve; and not just in Wyoming, but across the country.”
USDA awarded nearly $1.8 billion for Water and Environmental Program loans and grants during fiscal year 2019.''',
    quotes=[
        Q('“DJ”', None, None),
        Q('“Modern, reliable and accessible', 'quality of life,”', "LaVoy"),
        Q('“Under the leadership of President Trump', 'all of America thrives.”', "LaVoy"),
        Q('“Building stronger rural communities', 'the Trump Administration,”', "Wally Wolski"),
        Q('“The funding announced recently', 'across the country.”', "Wally Wolski"),
    ],
    aliases={"LaVoy": ["LaVoy", "Donald “DJ” LaVoy", "Deputy Under Secretary for Rural Development Donald “DJ” LaVoy"],
             "Wally Wolski": ["Wally Wolski", "USDA Rural Development Wyoming State Director"]},
),
dict(
    id="epa-h750-2007-11-15-region-7-enforcement-benefits",
    source="https://archive.epa.gov/epapages/newsroom_archive/newsreleases/7badae9396aff41d8525739400788f9b.html",
    license=PD, retrieved=PAGES + " (EPA Region 7 news release of November 15, 2007 on $210 million in environmental benefits from compliance and enforcement actions in fiscal 2007, with Region 7 Administrator John B. Askew, in EPA's newsroom archive; the lines 'Contact Us', 'All News Releases By Date', 'Release Date: 11/15/2007', 'Contact Information: Dale Armstrong, (913) 551-7316,' and the label 'Environmental News' dropped; headline kept as the first line, the dateline in brackets inline as stored; the list lead-in 'Highlights of Region 7 cases contributing to the results include:' and its first item 'Agriprocessors, Inc., Postville: A consent decree ... coveri', cut in the stored copy, dropped (H2494); a quotation after a sentence of the speaker's action with no verb of saying (H2494); straight marks as stored)",
    text='''EPA Region 7 Compliance, Enforcement Net More Than $210 Million in Environmental Benefits
(Kansas City, Kan., Nov. 15, 2007) - An estimated $210 million in environmental benefits were achieved through compliance and enforcement actions taken by the U.S. Environmental Protection Agency's Region 7 office during fiscal 2007. These actions prevented more than 51 million pounds of pollution from being released to the environment. Region 7 includes Iowa, Kansas, Missouri and Nebraska.
Region 7 Administrator John B. Askew highlighted the importance of actions in the four Region 7 states. "These actions are significant not just because of the dollar amounts involved, but because of their contributions to protecting human health and the environment."
Region 7 also reached voluntary agreements with violators to undertake 18 supplemental environmental projects as part of settlements, accounting for an additional $647,000 in benefits. Those agreements are for projects in addition to actions to correct any violations. The region worked with more than 16,000 regulated entities through its compliance assistance activities. "We are committed to firm and fair enforcement and compliance," Askew said.
EPA's enforcement program achieved historic results to protect the nation's air, water, and land in fiscal year 2007. Industries, government agencies and other regulated entities agreed to spend a record $10.6 billion in pollution controls and environmental projects, exceeding the previous record of $10.2 billion set in 2005.''',
    quotes=[
        Q('"These actions are significant', 'human health and the environment."', "John B. Askew"),
        Q('"We are committed to firm and fair enforcement and compliance,"', None, "John B. Askew"),
    ],
    aliases={"John B. Askew": ["John B. Askew", "Region 7 Administrator John B. Askew", "Askew"]},
),
dict(
    id="nasa-stennis-h750-2008-08-27-hancock-county-award-of-excellence",
    source="https://www.nasa.gov/centers/stennis/news/newsreleases/2008/CLT-08-139.html",
    license=PD, retrieved=PAGES + " (NASA Stennis Space Center news release CLT-08-139 of August 27, 2008 on the Award of Excellence for the center and the tourism award for its visitor center StenniSphere at the Hancock County awards gala, with center Director Bob Cabana; the lines 'Text Size', 'August 27, 2008' and the contact lines 'Paul Foerman, NASA News Chief', 'NASA Public Affairs Office', 'Stennis Space Center, MS 39529-6000' and '(228) 688-1880' dropped; headline kept as the first line; the paragraph 'Stennis Space Center played a key role in the Apollo Program, ... and possibl', cut in the stored copy, dropped; the name of a ceremony in marks (H2494); en dashes and straight marks as stored)",
    text='''Stennis Space Center, StenniSphere Recognized For Excellence
NASA's John C. Stennis Space Center and its visitor center, StenniSphere, were recognized for outstanding service to the community at the 2008 Annual Hancock County Awards Gala on Aug. 26.
Almost 600 people attended a "Salute to Progress" awards ceremony that recognized NASA for 50 years of space exploration and honored the Stennis Space Center with the Award of Excellence.
StenniSphere also was cited as Hancock County Tourism Business of the Year during the ceremony.
The annual awards gala is sponsored by the Hancock County Chamber, Hancock County Port & Harbor Commission and the Hancock County Tourism Development Bureau.
"These awards are a true honor for all of us at Stennis Space Center," center Director Bob Cabana said. "For 45 years, we have been pleased to call Hancock County home and have been proud to serve as a member of the community. We deeply appreciate the recognition, and everyone involved with NASA looks forward to a continued – and fruitful – partnership with the county and with all our fellow neighbors along the Mississippi Gulf Coast."
The awards come as NASA celebrates a history of space exploration that dates back to the agency's launch in October 1958. Soon after it was established, NASA took up President John F. Kennedy's challenge to land humans on the moon, achieving that goal in July 1969 with the historic Apollo 11 mission.''',
    quotes=[
        Q('"Salute to Progress"', None, None),
        Q('"These awards are a true honor', 'Stennis Space Center,"', "Bob Cabana"),
        Q('"For 45 years', 'Mississippi Gulf Coast."', "Bob Cabana"),
    ],
    aliases={"Bob Cabana": ["Bob Cabana", "center Director Bob Cabana"]},
),
dict(
    id="voa-en-h750-2012-08-palestinians-from-syria-twice-displaced",
    source="https://m.tingroom.com/index.php?aid=185708&mid=3",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of August 2012 on Palestinian refugees from Syria in Lebanon's Shatilla camp, with Rajaa Hashem, UNRWA spokesperson Hoda Samra and a refugee named only Omar, on the mobile view of the learner site tingroom.com (no byline in the kept text); the site lines '在线英语听力室' and '搜索关注在线英语听力室公众号:tingroom,领取免费英语资料大礼包。', the title line 'VOA标准英语2012--Palestinians from Syria Twice Displaced' with its prefix, the time line '时间:2012-08-28 03:07:17' and '(单词翻译)' dropped; the English headline kept once as the first line; the paragraph 'Many of the new arrivals live in cramped6 quarters, ... Ibtisam lives with nine relatives. \u201cWe are three families staying in one roo', cut in the stored copy, dropped; quotations opened with a curly and closed with a straight mark or the other way round, `she explained`, single-name speakers and `UNRWA's Samra` (H2493); vocabulary numbers and mixed curly and straight marks as stored)",
    text='''Palestinians from Syria Twice Displaced
Many of the Palestinian families who have come to Lebanon are staying in the Shatilla refugee camp.
Forty-year old Rajaa Hashem, is one of them. She says she feared for the safety of her five children in Damascus. “After the war planes and the shelling and killing1, I took my children and I came here," she said. "We could not bear this situation anymore.”
After her neighbor was killed in an explosion she decided2 it was time to go. “He was torn into pieces and died like the rest of the people. Now, I don’t know, they say they have killed our neighbors and the cousins of my husband," she explained. "Some of them are injured and some others killed.”
Hoda Samra, the spokesperson in Lebanon for the United Nations Relief and Works Agency, UNRWA, says more than 3,000 Palestinians from Syria have registered in Lebanon -- many since mid-July, when fighting escalated3 in their areas. “There might be higher numbers or people who have not approached UNRWA, but those who have approached us so far exceed three thousand persons,” she said.
Twenty-five-year-old Omar, who did not want his face shown, is among those who have registered with the U.N. “We are receiving a little bit of aid and that’s helping4 us; God helps,” he said.
UNRWA's Samra says it is very difficult for the displaced Palestinian refugees to find work, further complicating5 their situation. “So you can imagine what the situation is like for a person who is displaced from Syria and a refugee. So twice displaced, twice refugees, maybe. It's not easy,” Samra added.''',
    quotes=[
        Q('“After the war planes', 'I came here,"', "Rajaa Hashem"),
        Q('"We could not bear this situation anymore.”', None, "Rajaa Hashem"),
        Q('“He was torn into pieces', 'cousins of my husband,"', "Rajaa Hashem"),
        Q('"Some of them are injured and some others killed.”', None, "Rajaa Hashem"),
        Q('“There might be higher numbers', 'three thousand persons,”', "Hoda Samra"),
        Q('“We are receiving a little bit of aid', 'God helps,”', "Omar"),
        Q('“So you can imagine', 'It\'s not easy,”', "Hoda Samra"),
    ],
    aliases={"Rajaa Hashem": ["Rajaa Hashem", "Forty-year old Rajaa Hashem"],
             "Hoda Samra": ["Hoda Samra", "the spokesperson in Lebanon for the United Nations Relief and Works Agency, UNRWA", "UNRWA's Samra", "Samra"],
             "Omar": ["Omar", "Twenty-five-year-old Omar"]},
),
dict(
    id="voa-en-h750-2006-03-13-liberian-refugees-refuse-to-leave-camps",
    source="https://yingyuke.net/a/125581.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report by Nico Colombant of March 13, 2006 from the Buduburam refugee camp outside Accra, Ghana, on Liberian refugees who will not go home, with a refugee named only Martha, on the learner site yingyuke.net; the title prefix '2006年VOA标准英语-', the time, author and category line '时间:2019-01-07 作者:英语课 分类:2006年VOA标准英语(三月)', the byline 'By Nico Colombant', the place and date lines 'Buduburam Refugee Camp, Accra, Ghana' and '13 March 2006', the separator line of hyphens and the photo caption 'Liberian girls enjoy electricity at refugee camp in Ghana' dropped; the English headline kept as the first line; the paragraph 'U.N. agencies are offering free flights back to Liberia, ... but there are fe', cut in the stored copy, dropped; a single-name speaker resolved through `she said` twice in two paragraphs (H2493); vocabulary numbers ('crammed 1', 'joyous 2', 'malaria 3'), the typo 'happy to here' and straight marks as stored)",
    text='''Liberian Refugees Refuse to Leave Camps
In West Africa, even though peace and democracy have returned to war-torn Liberia, tens of thousands of Liberian refugees remain in camps in neighboring countries, like Ghana. VOA's Nico Colombant has this report from the Buduburam camp for refugees outside the Ghanian capital Accra.
Liberian children sing as they walk home from school, outside the camp. There are more than 50,000 people crammed 1 along these dirt streets. The children seem to be the only ones happy to here. They are practicing marching for the independence day of Ghana, their adopted country.
For most adults, like Martha, who fled Liberia in 1990, it is anything but a joyous 2 occasion. Martha is doing dishes for other refugees at the camp, trying to get a few Ghanaian cedis, the local currency.
"I have to go and work for people, wash dishes. People give it to me. Certain people help me for clothes, the things that I wear. I do not even have a bra on. Nothing," she said. "It is not easy. I am sick. I do not have anything. I go to the clinic. I have money to go there."
Two of her children died here, of malaria 3.
But she has no plans to go back to Liberia, where she says she thinks it would be worse.
"I do not have anyone in Liberia," she said. "I do not know where anybody is, my parents, my family to go back to Liberia now, to go and start a new life, that I do not know. So, if the U.N can settle me there is nowhere for me to go now. But I do not have any means to go back to Liberia. OK, when U.N. can settle me to a different country, fine, we appreciate it, I would like that."''',
    quotes=[
        Q('"I have to go and work for people', 'Nothing,"', "Martha"),
        Q('"It is not easy.', 'to go there."', "Martha"),
        Q('"I do not have anyone in Liberia,"', None, "Martha"),
        Q('"I do not know where anybody is', 'I would like that."', "Martha"),
    ],
    aliases={"Martha": ["Martha"]},
),
dict(
    id="voa-en-h750-2012-10-aid-workers-syrian-refugee-influx",
    source="https://yingyuke.net/a/163838.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of October 2012 from the Bab al-Salama camp on the Syrian side of the Turkish border, with Sarken Oktem of Turkey's Foundation for Human Rights, Freedom and Humanitarian Relief and Abdelkader Kaptur of a Syrian relief group, on the learner site yingyuke.net (no byline in the kept text); the title line 'VOA标准英语2012--Aid Workers Struggle to Cope with Syrian Refugee Influx' with its prefix and the time, author and category line '时间:2019-01-14 作者:英语课 分类:VOA标准英语2012年(十月)' dropped; the English headline, stored twice, kept once as the first line in its body form with the vocabulary number ('Influx 1', H930, H2493); the report ends on a complete paragraph, kept; the site's vocabulary example sentences after it ('- The country simply cannot absorb this influx of refugees.这个国家...' and the following ones) dropped (H2493); `he said` after a quotation opened curly and closed straight; vocabulary numbers and marks as stored)",
    text='''Aid Workers Struggle to Cope with Syrian Refugee Influx 1
Early afternoon at the Bab al-Salama Camp on the Syrian side of the Turkish border. Aid workers are distributing food to people waiting to become refugees in Turkey.
The Turkish government is already providing for 100,000 Syrian refugees. Its camps are full. It is building new camps but says it can only admit refugees when it has room for them.
Refugees here may wait more than one month before they are allowed into Turkey. Turkish humanitarian 2 groups struggle to keep up with the demand for food, water and shelter.
Sarken Oktem, the coordinator 3 for Turkey's Foundation for Human Rights, Freedom and Humanitarian Relief, says this is increasingly hard to do. "We have about 6,500 people here. For every 500 people we send to Turkey, 1,000 more come in," he said.
He says sanitation 4 is becoming a major problem. There is an outbreak of diarrhea because of contaminated water.
Others worry that the food aid is not providing enough nutrition to the people.
Abdelkader Kaptur, with a Syrian relief group, says they have not had milk for the camp's babies in the past 11 days. “We worry most about the food because there is not enough of it. And now winter is coming and it's cold and you see people without covers and some are sleeping on the ground," he said.
The United Nations has appealed for one half billion dollars for Syria's refugees. To date only a fraction of that has arrived.''',
    quotes=[
        Q('"We have about 6,500 people here.', '1,000 more come in,"', "Sarken Oktem"),
        Q('“We worry most about the food', 'sleeping on the ground,"', "Abdelkader Kaptur"),
    ],
    aliases={"Sarken Oktem": ["Sarken Oktem"],
             "Abdelkader Kaptur": ["Abdelkader Kaptur"]},
),
]
