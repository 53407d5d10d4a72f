# Held-out English news texts (tests/data/heldout758-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news (public domain, 17 U.S.C. § 105): two Indian Affairs
# releases (Secretary Manuel Lujan's ceremony with six tribes on the self-governance agreements, undated, issued for
# agreements effective with fiscal year 1992; the Spirit Lake Tribe's retrocession of its social services program,
# September 17, 2012, bia.gov Office of Public Affairs listing, page 162), a NASA Stennis Space Center release of
# October 25, 2005 (MBO-05-165) with center Director Bill Parsons, a FEMA release of August 23, 2007 (HQ-07-171) with
# Administrator David Paulison (UNT End of Term archive), an EPA release of July 10, 2019 with Administrator Andrew
# Wheeler, a U.S. Embassy Baku release of December 13, 2022 with Chargé d'Affaires Hugo Guevara (copy on voicepress.az),
# and three VOA Standard English reports copied on language-learning sites (South China Sea fishermen, tingroom.com
# 179748, 2012; Vietnamese and Cambodian fishermen after the Gulf oil spill, yingyuke.net 161804, 2010; the Somali aid
# group Hijra, tingroom.com 153832, 2011). None is credited to AP, Reuters, AFP or another third party in the kept text.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped, also where it holds a complete quotation (noted in `retrieved`). Site lines (official-website banners,
# listing headings, release-contact, date, number and label lines, the learner sites' menu, title, time, author and
# category lines) and the empty lines between paragraphs are dropped; a headline is kept once as the first line where
# the stored copy has an English one (none is added where it has none, H1818); datelines are kept as stored; wording,
# typos, the learner sites' vocabulary numbers, dashes, double spaces and quotation marks (straight or curly as stored,
# also mixed in one pair) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H2500-H2504 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDA = "public domain (US government work, 17 U.S.C. § 105; copy in the UNT End of Term web archive)"
PDS = "public domain (U.S. Embassy release, US government work, 17 U.S.C. § 105; copy on another site)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout758-en.jsonl

Built by `build.py` from `heldout758_pages.py`. Like heldout750-en, heldout742-en and the other US government and VOA
sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news, works of
federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not available for
any work of the United States Government"): two releases of the Department of the Interior's Indian Affairs office
(an online press release, undated in the stored copy and issued under Secretary of the Interior Manuel Lujan
(1989-1993), on his ceremony with the leaders of six tribes marking the self-governance agreements that become
effective with the fiscal year beginning Oct. 1, 1991, bia.gov/as-ia/opa/online-press-release/secretary-interior-
lujan-leaders-six-tribes-mark-agreements-self; and the Office of Public Affairs release of September 17, 2012 on the
Bureau of Indian Affairs' agreement to the Spirit Lake Tribe's request to retrocede its social services program,
announced by Acting Assistant Secretary-Indian Affairs Donald "Del" Laverdure, stored as page 162 of bia.gov's Office
of Public Affairs listing, whose stored part holds this one release); a NASA Stennis Space Center release of October
25, 2005 (MBO-05-165) on the first space shuttle main engine test since Hurricane Katrina, with center Director Bill
Parsons (nasa.gov); a FEMA release of August 23, 2007 (HQ-07-171) on Administrator David Paulison's tour of the Midwest
floods with DHS Secretary Michael Chertoff, fema.gov newsrelease id 39089 as archived by the UNT End of Term web
archive; an EPA headquarters release of July 10, 2019 on Administrator Andrew Wheeler's National Honor Awards
(epa.gov); a U.S. Embassy Baku release of December 13, 2022 on meal care packages donated in honor of the embassy's
local staff, with Chargé d'Affaires Hugo Guevara, as reprinted on the Azerbaijani news site voicepress.az; and three
VOA Standard English reports copied on Chinese language-learning sites: South China Sea fishermen at Masinloc and in
Hong Kong, with Miguel Bitana and Pang Wah-kan (June 2012, tingroom.com 179748); Vietnamese and Cambodian fishermen in
southern Louisiana after the Gulf oil spill, with Tuan Nyguen and Chamroeun Kang (May 2010, yingyuke.net 161804); and
the Somali aid group Hijra, with its director Mohamed Dahir (August 2011, tingroom.com 153832). Reuse terms relied on:
the releases are the agencies' own, issued by their press offices and speaking for their officials; an embassy's
press release is a work of the Department of State's staff; VOA's staff work is a US government work in the public
domain, which VOA's feeds restate ("Voice of America content is produced by the Voice of America, a United States
federal government-sponsored entity, and is in the public domain"); copies on other sites and in web archives carry
the same government text and add no rights of their own, and the copying sites' own lines are dropped. Licence
caveats: the voicepress.az copy shows no credit line in the kept text and is taken as the embassy's release by its
wording in the embassy's first person ('our local staff', 'our support to civil society', 'our belief') and its
quotations of the embassy's chargé d'affaires; the Lujan release is undated in the stored copy and is dated only by its
issuer's term of office and the fiscal year it names; the learner-site copies show no VOA credit line in the kept text
and are taken as VOA's by the sites' filing of them as 'VOA标准英语' (VOA Standard English); the learner sites' vocabulary
numbers ('spat1', 'Pang5 Wah-kan', 'Gulf 2', 'shrimp 1 boat', 'Helping1') are kept as stored (H930); the texts quote
federal officials, a tribe's letter, a diplomat, fishermen and a Somali aid worker inside the public-domain texts.
None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters;
only complete paragraphs are kept and the cut paragraph is dropped, noted per page: the Spirit Lake release's
'“The decision allowing the BIA to take back ... health and safety of t'; the Stennis release's '"We are very pleased
to be testing again," said Gene Goldman, ... that they are able to test so', dropped with its complete first piece
(H2121); the FEMA release's section line 'Region 5 Federal Response' with its cut paragraph 'In Wisconsin, and in
Minnesota, FEMA'; the EPA release's list lead-in 'Awards were presented in several different categories including:'
with its cut first item 'Presidential Rank Awards – this award recognizes career Senior Executive Se'; the embassy
release's 'Embassy’s partner in this donation, Damla Public Union has been active since 2008 ... people with physical
disabilities'; the fishermen reports' 'Nestor Daet is h' and 'Making this life change is hard on all fishermen, ...
the language barrier is an added'; the Hijra report's 'Dahir said the city remains5 risky6, even though militants
withdrew from the area earli'; the Lujan release ends on a complete paragraph, which is kept. Site lines were dropped:
bia.gov's banner lines ('An official website of the United States government', 'Official websites use .gov', 'A .gov
website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS', 'A
lock () or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official,
secure websites.'), its listing headings 'OPA', '<p>Office of Public Affairs</p>' and 'BIA Logo Indian Affairs -
Office of Public Affairs', the contact line 'Media Contact: Nedra Darling, OPA-IA Phone: 202-219-4152' and 'For
Immediate Release: September 17, 2012'; the Stennis lines 'Text Size', 'October 25, 2005', 'NASA Public Affairs
Office', 'Stennis Space Center, MS 39529-6000' and '(228) 688-3341'; the FEMA lines 'Release Date: August 23, 2007',
'Release Number: HQ-07-171' and '» En Español'; the EPA lines ' date 2019-07-10 News Releases from Headquarters › Office
of the Administrator (AO)' and 'Contact Information: EPA Press Office (press@epa.gov)'; voicepress.az's date line '13
December, 15:51'; the learner sites' language menu lines, title lines with their prefixes ('VOA标准英语2012--', 'VOA标准
英语2011--'), time lines ('时间:2012-06-14 06:21来源:互联网 提供网友:nan 字体: [ ]', '时间:2011-08-17 08:16来源:互联网 提供网友:nan
字体: [ ]', '时间:2019-01-13 作者:英语课 分类:VOA标准英语2010年(五)月'), '(单词翻译:双击或拖选)' and '英语课'; and the empty lines between
paragraphs; headlines are kept once as the first line where the stored copy has an English one (the two BIA releases,
the Stennis release and the yingyuke.net report have none; none is added, H1818), the FEMA headline's trailing space
trimmed, the Hijra report's headline in its body form with its vocabulary number, its subheading 'Terrible' kept as a
line (H19), and wording, typos ('Dalma'/'Damla', 'Nyguen', 'I never done it', 'In Mogadishu, Its', 'Somalis groups'),
dashes, double spaces and quotation marks (straight or curly as stored, including the pairs opened with one kind and
closed with the other in the tingroom.com copies and the second piece whose opening mark the South China Sea copy
lost) are as stored. Pages read but left out: pages already in earlier sets (the FWS releases on the Cooperative
Recovery Initiative with Jim Kurth and on the 2018 Recovery Champions with Paul Souza, the NOAA sanctuaries releases
with Conrad C. Lautenbacher and Daniel J. Basta, the NOAA Quick Response Team release with Dennis McCarthy, the NWS
page on the president's meeting with forecasters and Josh Earnest, the FEMA release of June 13, 2008 on Midwest
storms, the NASA Marshall engine test release H-05-350 with Gene Goldman, the BIA release of July 3, 1990 with Eddie F.
Brown, the NPS Congaree birthday release with Tracy Stakely, the EPA Kalamazoo River week in review, the USDA cabinet
readout of the Alabama and Mississippi tours, the NRCS chief release with Matt Lohr and the VOA drought reports),
pages whose stored part keeps fewer than two complete quotations once captions are dropped (the ScienceBlog copy of
NOAA's La Plata service assessment release of May 2, 2002, whose only other marks are in a photo caption), a NOAA
fisheries release (99-4) reprinted on a fishing site under the site's own preface, listings, feeds, newsletters, testimonies, transcripts
and hearings (blm.gov, fema.gov and irp.nih.gov listings, Reclamation RSS feeds, Refuge Update, Marshall Star issues,
NIH budget testimony, DHS hurricane news conference transcript) and pages of newspapers, broadcasters and blogs found by
the same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL, slug
and page id (secretary-interior-lujan-leaders-six-tribes, opa?page=162, MBO-05-165, HQ-07-171, id=39089,
extraordinary-contributions-agencys-mission, voicepress, 179748, 161804, 153832), by headline and by the names of their
speakers and phrases, such as a new chapter giving form and substance, Self-Governance Demonstration Project Council,
Spirit Lake Tribe, voluntarily retrocede, Laverdure, Bill Parsons, My hat's off to the members, piggybacked, FEMA
Administrator To Tour Midwest Floods, The federal government works as one to respond, For the first time in ten years,
we are proud, Dalma Public Union, Hugo Guevara, U.S. Embassy to Azerbaijan, South China Sea Fishermen Caught, Miguel
Bitana, Wah-kan, Masinloc, Scarborough Shoal, Nestor Daet, Chamroeun Kang, Tuan Nyguen, idled fishermen, Somalis
Helping, Afgooye Corridor, with grep over tests/data of the main tree and of every other helper's worktree: no hit,
except Manuel Lujan, David Paulison, Andrew Wheeler and Gene Goldman, named or quoted in other texts of earlier sets,
the tribes of the Lujan release, listed also in the BIA release of July 3, 1990 of heldout69-en (another release with
other quotations), the paragraph of the Stennis release on the Advanced Health Management System, reworded in the
Marshall release H-05-350 of heldout33-en (whose quotation, also in this release, is in the dropped cut paragraph), a
different Mohamed Dahir in a BBG text of heldout334-en, and other pages of bia.gov, nasa.gov, epa.gov, the UNT
archive, tingroom.com and yingyuke.net). 32 calls of the `search` tool were used (no `read_file` calls). The
annotation (rules H2500–H2504 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first
run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""
DOCS = [
dict(
    id="bia-h758-lujan-six-tribes-self-governance-agreements-ceremony",
    source="https://bia.gov/as-ia/opa/online-press-release/secretary-interior-lujan-leaders-six-tribes-mark-agreements-self",
    license=PD, retrieved=PAGES + " (Indian Affairs online press release, undated in the stored copy (issued under Secretary of the Interior Manuel Lujan, 1989-1993, for self-governance agreements effective with the fiscal year beginning Oct. 1, 1991), on Lujan's ceremony with the leaders of six tribes marking the self-governance agreements; the stored copy opens with the first paragraph and has no headline, none added (H1818); it ends on a complete paragraph, kept; a partial quotation in the lead and four pieces in two paragraphs (H2500); the empty lines between paragraphs dropped; straight marks as stored)",
    text='''Secretary of the Interior Manuel Lujan today met with leaders of six Indian tribes to recognize "a new chapter giving form and substance to the concept of tribal self-determination." Lujan welcomed the tribal leaders to his office for a ceremony recognizing agreements that give them greatly increased authority in the budgeting and spending of federal funds for Bureau of Indian Affairs (BIA) programs.
Earlier this month Interior announced the agreements with the Quinault Indian Nation, Taholah, Wash.; Lummi Indian Nation, Bellingham, Wash.; Jamestown Klallam Indian Tribe, Sequim, Wash.; Hoopa Valley Indian Tribe, Hoopa, Calif.; Cherokee Nation, Tahlequah, Okla., and Mille Lacs Band of Chippewa, Onamia, Minn.
"These self-governance agreements are a pilot project, but they reflect far more than that," Lujan said. "They reflect the new vigor and drive for more direct control that characterize tribal governments today." Calling upon the BIA to be strongly supportive of the tribal governments involved in the pilot program, Lujan announced that he has signed a Secretarial Order creating a Self-Governance Demonstration Project Council reporting directly to the Secretary.
"This Council will provide oversight and guidance for the implementation and maintenance of these agreements," Lujan said. "The establishment of this Council reflects my intention to work with these pioneering tribal governments exploring a new path to tribal self-determination."
The self-governance agreements become effective with the fiscal year beginning Oct. 1, 1991. The funds to be administered by the tribes for the first year are: Quinault, $3.9 million; Lummi, $2.2 million; Hoopa Valley, $2.0 million; Jamestown Klallam, $687,000; Cherokee, $6.1 million; and Mille Lacs Band, $267,210. New annual funding agreements will be negotiated for the two remaining fiscal years of the agreements.''',
    quotes=[
        Q('"a new chapter giving form', 'tribal self-determination."', "Manuel Lujan"),
        Q('"These self-governance agreements', 'far more than that,"', "Manuel Lujan"),
        Q('"They reflect the new vigor', 'tribal governments today."', "Manuel Lujan"),
        Q('"This Council will provide', 'of these agreements,"', "Manuel Lujan"),
        Q('"The establishment of this Council', 'a new path to tribal self-determination."', "Manuel Lujan"),
    ],
    aliases={"Manuel Lujan": ["Manuel Lujan", "Secretary of the Interior Manuel Lujan", "Lujan"]},
),
dict(
    id="bia-h758-2012-09-17-spirit-lake-social-services-retrocession",
    source="https://www.bia.gov/offices/opa?page=162",
    license=PD, retrieved=PAGES + " (Indian Affairs Office of Public Affairs news release of September 17, 2012 on the Bureau of Indian Affairs' agreement to the Spirit Lake Tribe's request to retrocede its social services program, announced by Acting Assistant Secretary-Indian Affairs Donald \u201cDel\u201d Laverdure; the stored copy is page 162 of the Office of Public Affairs listing, whose stored part holds this one release (as H2494); the site lines 'An official website of the United States government', 'Official websites use .gov', 'A .gov website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS', 'A lock () or https:// means you\u2019ve safely connected to the .gov website. Share sensitive information only on official, secure websites.', 'OPA', '<p>Office of Public Affairs</p>', 'BIA Logo Indian Affairs - Office of Public Affairs', the contact line 'Media Contact: Nedra Darling, OPA-IA Phone: 202-219-4152' and 'For Immediate Release: September 17, 2012' dropped; no headline in the stored copy, none added (H1818); the paragraph '\u201cThe decision allowing the BIA to take back the Spirit Lake Tribe\u2019s contracted social services program ... health and safety of t', cut in the stored copy, dropped with its unclosed quotation; a nickname in marks and words of the tribe's letter with a bracketed word (H2500); en dash and curly marks as stored)",
    text='''WASHINGTON, D.C. – Acting Assistant Secretary-Indian Affairs Donald “Del” Laverdure today announced that the Bureau of Indian Affairs (BIA) has agreed to a request by the Spirit Lake Tribe of the Fort Totten Reservation in North Dakota to assume administrative responsibility for its social services program. The Tribe, by letter dated September 14, 2012, requested to voluntarily retrocede the social services program to the Bureau of Indian Affairs. In their letter, the Tribe stated that it had concluded this retrocession “would be in the best interest of the Tribe, its children, and its families, to voluntarily return the program to the Secretary of [the] Interior.”
A retrocession means the return to the Secretary of a contracted program, in whole or in part, for any reason, before the expiration of the term of the contract by an Indian tribe or tribal organization either one year from the date of the request, the date the contract expires, or a mutually agreed-upon date. The effective date of the retrocession of the Spirit Lake Social Services Program will be October 1, 2012. The BIA will continue to work with the Tribe until that time to ensure an effective transition of the program from the Tribe to the BIA.''',
    quotes=[
        Q('“Del”', None, None),
        Q('“would be in the best interest', 'the Secretary of [the] Interior.”', "Spirit Lake Tribe"),
    ],
    aliases={"Spirit Lake Tribe": ["Spirit Lake Tribe", "the Tribe"]},
),
dict(
    id="nasa-stennis-h758-2005-10-25-first-engine-test-since-katrina",
    source="https://www.nasa.gov/centers/stennis/news/newsreleases/2005/MBO-05-165.html",
    license=PD, retrieved=PAGES + " (NASA Stennis Space Center news release MBO-05-165 of October 25, 2005 on the first space shuttle main engine test at Stennis since Hurricane Katrina, with center Director Bill Parsons; the lines 'Text Size', 'October 25, 2005' and the contact lines 'NASA Public Affairs Office', 'Stennis Space Center, MS 39529-6000' and '(228) 688-3341' dropped; no headline in the stored copy, none added (H1818); the paragraph '\"We are very pleased to be testing again,\" said Gene Goldman, ... that they are able to test so', cut in the stored copy, dropped with its complete first piece (H2121), so Goldman is no speaker (the same quotation is in the Marshall release H-05-350 of heldout33-en; this release is Stennis' own, with another speaker and its own wording); a journalist's term in marks (H2504); straight marks as stored)",
    text='''For the first time since Hurricane Katrina hit the Gulf Coast, NASA's Stennis Space Center has returned to its main line of business, testing space shuttle main engines. Engineers successfully test-fired an engine today for 520 seconds. That's the length of time a shuttle takes to reach orbit.
Stennis Center Director Bill Parsons, assigned as the senior NASA official for Katrina recovery and relief, is leading the effort to work with state and federal agencies stationed at the center and at NASA's Michoud Assembly Facility in New Orleans to help restore a sense of normalcy as soon as possible. Today's engine test is an indication that Stennis Space Center and the region are working toward recovering from the storm.
"My hat's off to the members of our NASA and contractor teams who rode out the storm, took care of the facilities, took care of each other and helped thousands of people who were in dire need after the storm," Parsons said. "They are the reason we can get back to doing our NASA mission."
The test today met several objectives. The main objective was the continuation of a certification series on the Advanced Health Management System, which monitors the engine's performance and enables it to shut down if unusual vibrations are detected in the engine's turbopump. It's an upgrade to the engine that provides a significant improvement to lower risk for space shuttle main engines.
A number of other engine parts were tested and certified, such as a fast-response temperature sensor. Multiple test objectives are "piggybacked" on each engine firing to be as efficient as possible.''',
    quotes=[
        Q('"My hat\'s off', 'in dire need after the storm,"', "Bill Parsons"),
        Q('"They are the reason', 'our NASA mission."', "Bill Parsons"),
        Q('"piggybacked"', None, None),
    ],
    aliases={"Bill Parsons": ["Bill Parsons", "Stennis Center Director Bill Parsons", "Parsons"]},
),
dict(
    id="fema-h758-2007-08-23-paulison-tours-midwest-floods",
    source="https://webarchive.library.unt.edu/eot2008/20090505220012/http://www.fema.gov/news/newsrelease.fema?id=39089",
    license=PDA, retrieved=PAGES + " (FEMA news release HQ-07-171 of August 23, 2007 on Administrator David Paulison's and DHS Secretary Michael Chertoff's tour of flooded communities in Ohio and Minnesota, as archived by the UNT End of Term web archive; the lines 'Release Date: August 23, 2007', 'Release Number: HQ-07-171' and '\u00bb En Espa\u00f1ol' dropped; headline kept as the first line, its stored trailing space trimmed; the section line 'Region 5 Federal Response' and its cut paragraph 'In Wisconsin, and in Minnesota, FEMA' dropped (H2504); two pieces of one speaker (H2504); double spaces after two full stops and curly marks as stored)",
    text='''FEMA Administrator To Tour Midwest Floods
WASHINGTON, D.C. -- Federal Emergency Management Agency (FEMA) Administrator David Paulison and Department of Homeland Security (DHS) Secretary Michael Chertoff began a tour of the flood-ravaged communities in Ohio and Minnesota today. Paulison will continue his assessment of the Midwest tomorrow by visiting additional areas in Minnesota and Wisconsin.
Paulison and Chertoff will meet with the governors to view the impacted areas and assess the needs of residents in the flooded communities.  Specialists from FEMA Region V continue to work closely with the states. Earlier in the week, FEMA supported the state response and assisted with damage assessments. FEMA continues to evaluate needs and data in anticipation of gubernatorial requests for assistance from the federal government.
“The federal government works as one to respond to disasters,” Paulison said. “FEMA coordinates the efforts and provides an operational framework for states to get what they need when they need it.”
Administrator Paulison is meeting with governors in the states impacted by the flooding to tour the damage with them. Today, he tours flood-damaged areas in Minnesota with Governor Pawlenty, and in Ohio with Governor Strickland.
Apart from FEMA and DHS, other federal agencies including the Coast Guard have assisted with search, rescue and life saving missions. In one such mission on Tuesday, a Coast Guard helicopter hoisted two people from the roof of a house in Shelby, Ohio.  Coast Guard air assets have flown 12 sorties in support of the response efforts and has flood response boats and crews on scene in Ohio.
Some of the federal actions undertaken over the past week in the hardest hit states include assisting emergency officials in Iowa, Missouri, Texas, Oklahoma, Minnesota, Wisconsin and Illinois.''',
    quotes=[
        Q('“The federal government works as one', 'to disasters,”', "David Paulison"),
        Q('“FEMA coordinates the efforts', 'when they need it.”', "David Paulison"),
    ],
    aliases={"David Paulison": ["David Paulison", "Federal Emergency Management Agency (FEMA) Administrator David Paulison", "Administrator Paulison", "Paulison"]},
),
dict(
    id="epa-h758-2019-07-10-national-honor-awards-employees",
    source="https://www.epa.gov/newsreleases/epa-recognizes-employees-extraordinary-contributions-agencys-mission-national-honor",
    license=PD, retrieved=PAGES + " (EPA headquarters news release of July 10, 2019 on Administrator Andrew Wheeler's recognition of more than 700 employees at the National Honor Awards ceremony; the line ' date 2019-07-10 News Releases from Headquarters \u203a Office of the Administrator (AO)' and the contact line 'Contact Information: EPA Press Office (press@epa.gov)' dropped; headline kept as the first line; the list lead-in 'Awards were presented in several different categories including:' and its first item 'Presidential Rank Awards \u2013 this award recognizes career Senior Executive Se', cut in the stored copy, dropped (H2494, H2503); two pieces after and before an inverted cue with the full title (H2503); em dashes and curly marks as stored)",
    text='''EPA Recognizes Employees for Extraordinary Contributions to Agency’s Mission at National Honor Awards
WASHINGTON — Today, U.S. Environmental Protection Agency (EPA) Administrator Andrew Wheeler recognized more than 700 employees for their extraordinary contributions to the agency’s mission of protecting human health and the environment in fiscal year 2018 at the National Honor Awards ceremony.
“For the first time in ten years, we are proud to host the National Honor Awards ceremony and recognize the outstanding achievements of EPA staff that have directly improved public health and environmental protections,” said EPA Administrator Andrew Wheeler. “From emergency response to the Federal Lead Action Plan to EPA’s first-ever PFAS Action Plan, over 700 EPA staff are receiving the Agency’s highest awards for excellence in public service. America has cleaner air, land, and water thanks to the tremendous accomplishments of these public servants.”
At a national ceremony held in Washington, D.C.—the first ceremony of its kind in the past 10 years—staff from headquarters and regional offices were honored for their outstanding leadership and efforts to improve environmental protection. Examples of their work include improving industrial energy efficiency; ensuring the protection of pollinators and endangered species; protecting American consumers from the dangers of unregistered pesticides in e-commerce; improving hazardous waste pharmaceutical management; and leading EPA’s effort to understand and address PFAS, one of the great public health and environmental challenges of our time.''',
    quotes=[
        Q('“For the first time in ten years', 'environmental protections,”', "Andrew Wheeler"),
        Q('“From emergency response', 'these public servants.”', "Andrew Wheeler"),
    ],
    aliases={"Andrew Wheeler": ["Andrew Wheeler", "U.S. Environmental Protection Agency (EPA) Administrator Andrew Wheeler", "EPA Administrator Andrew Wheeler"]},
),
dict(
    id="usemb-az-h758-2022-12-13-embassy-meal-care-packages-local-staff",
    source="https://voicepress.az/en/2022/12/u-s-embassy-donates-meal-care-packages-to-honor-its-local-staff/",
    license=PDS, retrieved=PAGES + " (copy of a U.S. Embassy Baku press release of December 13, 2022 on meal care packages donated in honor of the embassy's local staff, with Charg\u00e9 d'Affaires Hugo Guevara, on the Azerbaijani news site voicepress.az (no credit line in the kept text; taken as the embassy's release by its first-person wording, H2503); the site's date line '13 December, 15:51' dropped; headline kept as the first line; the paragraph 'Embassy\u2019s partner in this donation, Damla Public Union has been active since 2008 ... people with physical disabilities', cut in the stored copy, dropped; colon and comma introductions with the role abbreviation `CDA` (H2503); the spellings 'Dalma' and 'Damla' for the same union, 'Charge d\u2019Affaires' and curly marks as stored)",
    text='''U.S. Embassy Donates Meal Care Packages to Honor Its Local Staff
The U.S. Embassy to Azerbaijan partnered with Dalma Public Union to donate meal care packages to those in need in honor of the Embassy’s local staff. American staff donated funds to purchase and deliver food products to impoverished local families and individuals.
In honor of the Embassy’s local staff members Charge d’Affaires Hugo Guevara and a team from the Embassy donated the food boxes to Damla Public Union. This donation supports low-income families, children, people with disabilities, and other vulnerable groups.
The donation was in recognition of the meaningful and important contributions that our local staff bring to the U.S. Embassy team. This donation is symbolic of our support to civil society and representative of our belief that all people deserve respect and support.
Speaking at the donation CDA Guevara said: “We do this to honor and thank the team for their dedication and support to the Embassy, and to their work linking the people of Azerbaijan to the people of the United States,” adding last year the Embassy planted 335 trees near Baku, one for each of local staff member.
CDA Guevara added, “This is not just about making a food donation. It is about making a difference in others’ lives. This year, as we look at the impacts of war, the rising costs of food and supplies, and the challenges of so many, we are honored to give back in this small way. At the Embassy we welcome everyone and their contributions, regardless of their race, religion, gender, ethnicity, socio-economic status, or any other identity – we value all and respect that diversity brings value to our team.”''',
    quotes=[
        Q('“We do this to honor', 'the people of the United States,”', "Hugo Guevara"),
        Q('“This is not just about making a food donation.', 'brings value to our team.”', "Hugo Guevara"),
    ],
    aliases={"Hugo Guevara": ["Hugo Guevara", "Charge d’Affaires Hugo Guevara", "CDA Guevara"]},
),
dict(
    id="voa-en-h758-2012-06-south-china-sea-fishermen-political-net",
    source="https://tingroom.com./voastandard/2012/6/179748.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of June 2012 on Filipino fishermen at Masinloc and Hong Kong fishermen in the Scarborough Shoal dispute, with the fisherman Miguel Bitana and Pang Wah-kan of the Joint Committee of Hong Kong Fishermen's organizations, on the learner site tingroom.com (no byline in the kept text); the site's language menu line, the title line 'VOA\u6807\u51c6\u82f1\u8bed2012--South China Sea Fishermen Caught in Political Net' with its prefix, the time line '\u65f6\u95f4:2012-06-14 06:21\u6765\u6e90:\u4e92\u8054\u7f51 \u63d0\u4f9b\u7f51\u53cb:nan   \u5b57\u4f53: [ ]' and '(\u5355\u8bcd\u7ffb\u8bd1:\u53cc\u51fb\u6216\u62d6\u9009)' dropped; the English headline kept as the first line; the paragraph 'Nestor Daet is h', cut in the stored copy, dropped; a cue that lost its speaker's name and a second piece that lost its opening mark, and a vocabulary number inside a name (H2501); vocabulary numbers and mixed curly and straight marks as stored)",
    text='''South China Sea Fishermen Caught in Political Net
As a storm approaches, Filipino fishermen in Masinloc work together to pull their boats out of the water.
About 2,000 families here depend on the sea to make a living, but the spat1 with China at rich fishing grounds in the Scarborough Shoals has taken a toll2 on their income.
Miguel Bitana says in just a few days at the disputed Shoals he could earn what took him a week or more fishing in local waters.
“There really is a depletion3 of fish," said Bitana. "It's getting scarcer. That's also one thing that makes us feel bad, that fishing is banned in there but why are the Chinese still fishing there? Why is it that we Filipinos are not allowed to even go there?”
Meanwhile, declining fish stocks around Hong Kong waters have forced fishermen there to venture further into disputed territories, risking conflict and confrontation4.
Pang5 Wah-kan is Chairman of the Joint6 Committee of Hong Kong Fishermen’s organizations.
“We started fishing in the South China Sea in the 1960s," said From then on, several cases are reported that Filipino authorities detained our fishermen and ships and fined them. Some were detained and even confiscated7 by Malaysian authorities as well.”
The stand-off started in April when a Philippines Navy ship tried to arrest Chinese fishermen for allegedly harvesting endangered species of sharks and coral.
Chinese surveillance boats intervened and the two sides have since engaged in a war of words.''',
    quotes=[
        Q('“There really is a depletion3 of fish,"', None, "Miguel Bitana"),
        Q('"It\'s getting scarcer.', 'even go there?”', "Miguel Bitana"),
        Q('“We started fishing in the South China Sea in the 1960s,"', None, "Pang5 Wah-kan"),
    ],
    aliases={"Miguel Bitana": ["Miguel Bitana", "Bitana"],
             "Pang5 Wah-kan": ["Pang5 Wah-kan"]},
),
dict(
    id="voa-en-h758-2010-05-vietnamese-cambodian-fishermen-oil-spill-cleanup",
    source="https://yingyuke.net/a/161804.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of May 2010 from southern Louisiana on Vietnamese and Cambodian fishermen idled by the Gulf of Mexico oil spill and seeking cleanup work with BP, with the wholesaler Tuan Nyguen and the shrimper Chamroeun Kang, on the learner site yingyuke.net (no byline in the kept text); the time, author and category line '\u65f6\u95f4:2019-01-13 \u4f5c\u8005:\u82f1\u8bed\u8bfe \u5206\u7c7b:VOA\u6807\u51c6\u82f1\u8bed2010\u5e74(\u4e94)\u6708' and the site line '\u82f1\u8bed\u8bfe' dropped; the stored copy has no headline, none added (H1818); the paragraph 'Making this life change is hard on all fishermen, but for the Vietnamese and Cambodians here, the language barrier is an added', cut in the stored copy, dropped; two speakers each cued only by `he said` (H2502); vocabulary numbers ('Gulf 2', 'shrimp 1 boat', 'catfish 11'), the spelling 'Nyguen', '(sic)', a double space inside a quotation and straight marks as stored)",
    text='''In southern Louisiana, idled fishermen whose fertile fish and shrimping grounds are closed due to that massive oil spill in the Gulf 2 of Mexico are scrambling 3 for another kind of work. British Petroleum 4 is recruiting local crews and boats for the clean up effort. Among the groups hoping for work are the Vietnamese and Cambodian fisherman who live along the Gulf Coast.
They come in large numbers, recruited by BP to help in the clean up. Most speak Vietnamese or Cambodian. According to the Louisiana Department of Fisheries and Wildlife, approximately 80 percent of commercial fishing licenses 5 in the state are owned by people with Asian surnames.
In his office, Tuan Nyguen fills out the necessary paper work.
Nyguen moved here in the 1980s like many fellow Vietnamese from the fishing regions of the Mekong Delta 6. He has built a thriving wholesale 7 business, but not without setbacks. Hurricane Katrina wiped him out in 2005. "During Katrina, I lost everything - everything here brand new-brand new," he said.
Nyguen says he has already used his savings 8 to pay fishermen who can't fish and now he is contemplating 9 working for BP - the first time he will work for anyone but himself. "I never done it in my life - I don't, know kind of hard, that's why I am still here - unemployed," he said.
Fellow Vietnamese Chamroeun Kang is hoping to work for BP. He has this shrimp 1 boat and a small skiff -- his wife and he the only crew. Since the shrimping grounds were shut they have lost their livelihood 10. His only catch today - a catfish 11 caught in the harbor. "I got two boat (sic). I have one big one and one small one right here. If they hire me I go to what boat they want and I would be go  because I need to make money for living you know," he said.''',
    quotes=[
        Q('"During Katrina', 'brand new-brand new,"', "Tuan Nyguen"),
        Q('"I never done it in my life', 'still here - unemployed,"', "Tuan Nyguen"),
        Q('"I got two boat (sic).', 'for living you know,"', "Chamroeun Kang"),
    ],
    aliases={"Tuan Nyguen": ["Tuan Nyguen", "Nyguen"],
             "Chamroeun Kang": ["Chamroeun Kang", "Fellow Vietnamese Chamroeun Kang"]},
),
dict(
    id="voa-en-h758-2011-08-somalis-helping-somalis-hijra",
    source="http://www.tingroom.com/voastandard/2011/8/153832.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of August 2011 on the Somali aid group Hijra helping people displaced by drought and conflict around Mogadishu, with its director Mohamed Dahir, on the learner site tingroom.com (no byline in the kept text); the site's language menu line, the title line 'VOA\u6807\u51c6\u82f1\u8bed2011--Somalis Helping Somalis' with its prefix, the time line '\u65f6\u95f4:2011-08-17 08:16\u6765\u6e90:\u4e92\u8054\u7f51 \u63d0\u4f9b\u7f51\u53cb:nan   \u5b57\u4f53: [ ]' and '(\u5355\u8bcd\u7ffb\u8bd1:\u53cc\u51fb\u6216\u62d6\u9009)' dropped; the English headline kept once as the first line in its body form with the vocabulary number ('Helping1', H930, H2493); the subheading 'Terrible' kept as a line (H19, H2502); the paragraph 'Dahir said the city remains5 risky6, even though militants withdrew from the area earli', cut in the stored copy, dropped; a quotation opened straight and closed curly before an inverted cue with an apposition, and `Dahir said, \u201c...\u201d` (H2502); vocabulary numbers, 'In Mogadishu, Its', the en dash and marks as stored)",
    text='''Somalis Helping1 Somalis
International organizations are not the only ones giving aid to the many thousands of Somalis displaced by drought and conflict. Somalis groups are also involved. One is the NGO Hijra.
"Currently, we are responding to the crisis in Mogadishu, the drought affected2 people, who are actually coming on a daily basis to Mogadishu. We also are doing some response to the conflict affected people in Mogadishu. So now, we are actually reaching more than 300,000 people living in Afgooye Corridor, which is actually outside Mogadishu, and about another 40,000 staying inside Mogadishu,” said Mohamed Dahir, Hijra’s director.
Terrible
The displaced have walked for many days in search of something to eat. Some have had to leave family members, including children, along the roadside when they became too weak to walk.
Dahir said, “Their condition is very terrible and these people are malnourished. If you see now the condition of children and mothers in these IDP camps it’s very terrible. Most of them are coming into the camp malnourished, very weak and walked long distances from the areas where they used to live. Most of them are coming from the areas actually struck by drought – from Bay, from Bakool and Lower Shabelle region.”
Hijra provides clean water and sanitation3. In Mogadishu, Its members have worked very close to the frontline between militants4 and forces loyal to the TFG, the Transitional Federal Government.''',
    quotes=[
        Q('"Currently, we are responding', 'staying inside Mogadishu,”', "Mohamed Dahir"),
        Q('“Their condition is very terrible', 'Lower Shabelle region.”', "Mohamed Dahir"),
    ],
    aliases={"Mohamed Dahir": ["Mohamed Dahir", "Hijra’s director", "Dahir"]},
),
]
