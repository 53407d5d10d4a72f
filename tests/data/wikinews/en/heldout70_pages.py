# Held-out English news texts (tests/data/heldout70-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus): three English Wikinews pages (CC BY 2.5): the day-category pages of June 12, 2006
# (en.wikinews.org) and May 26, 2010 (en.wikinews.org), which show that day's audio brief script, and a scraper-site copy
# of 'Wikinews Shorts: December 14, 2008' (nightmare-ro.com, which reproduces the compilation under its Wikinews title);
# and four verbatim reposts of US Coast Guard news releases, works of the US government in the public domain
# (17 U.S.C. § 105): a rescue near Fort Myers Beach, Fla. (rcnamericaca.blogspot.com, 2013), a rescue near Shallotte, N.C.
# (saltwatercentral.com), a joint Coast Guard / Navy rescue southwest of Kona, Hawai'i (americanmariners.org, 2016) and
# a rescue and search near Matinicus Island, Maine (coastguardnews.com). None is credited to AP, Reuters, AFP or another
# third party in its stored part. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept
# and a cut paragraph or item is dropped with its headline (noted in `retrieved`). Site lines ('From Wikinews, the free
# news source you can write!', 'Jump to navigation Jump to search'), the 'Category:...' page headings, audio-credit boxes,
# the 'Show Notes' heading, the standing Shorts subtitle and contents list, 'Sources' headings, blog date lines, label and
# comment lines, a PHP error banner, a section label and a footer are dropped; wording, spelling ('Kuwati', 'how important
# is to have', 'NCPORTSMOUTH'), spacing inside paragraphs and quotation marks are as stored (trailing spaces at line ends
# dropped). Annotated by reading the texts, before whosaid was run on them (rules H390-H394 in ANNOTATION.md on top of
# H1-H386).
WN = "CC BY 2.5 (Wikinews)"
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews page on a scraper site)"
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout70-en.jsonl

Built by `build.py` from `heldout70_pages.py`. Like heldout21-en and heldout63-en (Wikinews day pages and Shorts) and
heldout52-en (verbatim blog reposts of federal releases), these texts are stored web pages (the `pages` search corpus),
none of them used in a set above: three English Wikinews pages (CC BY 2.5): the day-category pages of June 12, 2006 and
May 26, 2010 on en.wikinews.org, which show that day's audio brief (Michael Dickinson's charge in Turkey and the Norway
meteorite; the Stavropol bombing and Boris Skripka), and a scraper-site copy of 'Wikinews Shorts: December 14, 2008'
(nightmare-ro.com: the Wasilla Bible Church fire and the Rev. Larry Kroon); and four verbatim reposts of US Coast Guard
news releases (public domain, 17 U.S.C. § 105): Fort Myers Beach, Fla., 2013 (rcnamericaca.blogspot.com: Mitchell Miller,
Ben Oloughlin), Shallotte, N.C. (saltwatercentral.com: Leonard Posluszny, Anthony Popiel), Kona, Hawai'i, 2016
(americanmariners.org: Mike Cobb) and Matinicus Island, Maine (coastguardnews.com: Aaron Clendaniel). None is credited to
AP, Reuters, AFP or another third party in its stored part. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Site lines, page headings, audio-credit boxes, contents
lists, source headings, blog date and label lines, an error banner and footers were dropped; wording and quotation marks
are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text: the only shared 8-word sequences are the briefs' standing intro lines ('... and this is
Audio Wikinews News Briefs', 'I'm Dan Harlow and this is Wikinews') and the unit name 'an MH-60 Jayhawk helicopter from
Coast Guard Air Station'). The set is small (7 texts, 20 quotes, 14 with a speaker):
most candidate pages found in the time available kept fewer than two complete quotations in their stored part (H390).
The annotation (rules H390–H394 in `ANNOTATION.md` on top of H1–H386) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2010-05-26-audio-news-brief",
    source="https://en.wikinews.org/wiki/Category:May_26,_2010",
    license=WN, retrieved=PAGES + " (the page heading 'Category:May 26, 2010', the 'From Wikinews' and 'Jump to' lines, the audio credits box ('Wikinews Audio Briefs Credits', 'Produced By', 'Recorded By', 'Written By', 'Listen To This Brief', 'Problems? See our media guide.') and the 'Show Notes' heading dropped; the brief's heading 'News briefs' kept as the first line; the second item 'Jamaica: Violence kills at least 30 (1:41)', cut in the stored copy after 'At least 25 people', dropped with its headline; 'Kuwati' and the space before the colon in 'Today on Wikinews :' as stored)",
    text='''News briefs
Today on Wikinews : The Jamaican government's efforts to extradite Christopher "Dudus" Coke turns violent; a suspected serial killer in the UK has been detained by police; Iraqi Airways contemplates dissolving the airline to avoid paying Kuwati war reparations and, in history, Alse Young becomes the first person executed for witchcraft in America's original thirteen colonies.
Today is Wednesday, May 26th, 2010. I'm Dan Harlow and this is Wikinews.
Attack occurs in Stavropol, Russia; at least six dead (0:40)
A radio-controlled bomb exploded in the city center in the southern Russian city of Stavropol earlier today, killing at least six and injuring more than 40, according to initial reports.
The explosion occurred at 6:45pm Moscow time in front of the Stavropol Trade-Union Sport and Culture Palace as a performance by Chechen dance ensemble "Vainakh" was about to begin. Security officials haven't dismissed a possible connection between the concert and the attack.
According to Boris Skripka, the head of the civilian defense and emergency situation administration, "several of those that were hospitalized are now in intensive care. The wounded have shrapnel wounds. Their conditions are considered critical or medium-critical".
Stavropol is included in the newly-created North Caucasian Federal District of Russia and the country has seen violence from rebel groups recently: on March 29, suicide bombings at the Moscow Metro killed at least 40 people and wounded over 100.''',
    quotes=[
        Q('"Dudus"', None, None),
        Q('"Vainakh"', None, None),
        Q('"several of those', 'medium-critical"', "Boris Skripka"),
    ],
),
dict(
    id="wn-en-2006-06-12-audio-news-brief",
    source="https://en.wikinews.org/wiki/Category:June_12,_2006",
    license=WN, retrieved=PAGES + " (the page heading 'Category:June 12, 2006' and the 'From Wikinews' and 'Jump to' lines dropped; the brief's heading 'News briefs' kept as the first line; the region lines 'United Kingdom' and 'New Zealand' kept as stored; the last item 'Tamil Nadu cuts diesel prices by 0.45 rupees', cut in the stored copy, dropped with its headline)",
    text='''News briefs
The time is 18:00 (UTC) on June 12th, 2006, and this is Audio Wikinews News Briefs.
10 killed in shootout in Kashmir
At least nine people were killed in a series of attacks in Kashmir on Monday, including one close to a camp housing Hindu pilgrims, while a boy died in police firing. Suspected Islamist militants threw three grenades at a crowded bus station in Jammu city, police said, killing one person and wounding 22.
35 injured in train crash in Israel
A train carrying 200 people has crashed into a pick-up truck in Netanya, Israel. At least 35 people are injured and at least one has died. Police say that the truck was pushed onto the tracks by another car when the train smashed into it. The driver was not injured.
Blair asked to intervene as British artist faces jail in Turkey for collage
United Kingdom
Tony Blair has been asked to speak out on behalf of a British artist, Michael Dickinson, who has been charged in Turkey with "insulting the (Turkish) prime minister's dignity". This carries a sentence of up to 3 years in jail.
Large Meteorite strikes in Norway
A large meteorite struck in Norway slamming into the side of a mountain near the areas of Troms and Finnmark at about 2:05 a.m. on June 9, 2006. Scientists say the explosive force of the meteorite could have been "compared" to the "Hiroshima bomb."
Snow hits New Zealand
New Zealand
A huge snowstorm has hit New Zealand. Some parts of South Canterbury have had as much as 30 cm of snowfall. Some bus services in Christchurch have closed down, including the Rangiora line. Christchurch Airport has closed. The MetService reports that there is a good chance of getting up to half a metre of snow.''',
    quotes=[
        Q('"insulting the (Turkish)', 'dignity"', None),
        Q('"compared"', None, None),
        Q('"Hiroshima bomb."', None, None),
    ],
),
dict(
    id="wn-en-2008-12-14-wikinews-shorts",
    source="http://nightmare-ro.com/wikinews-shorts-december-14-2008",
    license=WNS, retrieved=PAGES + " (scraper copy of the Wikinews page 'Wikinews Shorts: December 14, 2008', which it reproduces under its Wikinews title; the standing subtitle 'A compilation of brief news reports for Sunday, December 14, 2008.' dropped as series boilerplate (H318); the contents list ('Contents', '1 23 pirates captured by Indian navy in Gulf of Aden' ... '5 Cabinet member breaks ranks over Heathrow expansion'), which is the only place where the copy keeps the item headlines, dropped as site navigation, so the kept items have no headlines; the 'Sources' headings dropped; the fourth item (rallies across Australia against Internet filtering), cut in the stored copy, dropped; curly marks and apostrophes as stored)",
    text='''Wikinews Shorts: December 14, 2008
The Indian navy has announced that it has captured 23 Somali and Yemeni pirates in the Gulf of Aden who were attacking an Ethiopian ship named the MV Gibe. The Indian INS Mysore, which was escorting merchant ships near the coast of Somalia, hurried to the MV Gibe after it sent out a distress call, saying that they were being fired upon by two boats.
The pirates, when apprehended, attempted to flee, but were caught by the Indian ship. Arms and equipment were seized from the pirates.
Ajmal Kasab, the gunman who was captured in last month’s Mumbai attacks that killed hundreds of people, has told the police that he originally planned to take hostages and make demands from the media, according to his confession statement.
The seven-page confession states that Kasab and another person, who attacked Mumbai’s main train station, were planning to have a standoff atop a roof, but the plan backfired when no access to a roof was found.
They did manage to kill tens of people inside the train station itself, however, it is still not known whether or not they had hostages.
A recent fire has hit former Republican vice-presidential nominee Sarah Palin’s church in Wasilla, Alaska. Investigators have deemed the fire “suspicious,” and consider arson as a possible cause.
A group of women and children were in the church when the fire broke out, but no one was injured.
“We have no idea what caused it,” said the Rev. Larry Kroon of the nondenominational Wasilla Bible Church.''',
    quotes=[
        Q('“suspicious,”', None, None),
        Q('“We have no idea what caused it,”', None, "Larry Kroon"),
    ],
    aliases={"Larry Kroon": ["the Rev. Larry Kroon"]},
),
dict(
    id="uscg-fort-myers-beach-five-rescued-2013",
    source="http://rcnamericaca.blogspot.com/2013/05/five-people-rescued-by-coast-guard-crew.html",
    license=PD, retrieved=PAGES + " (verbatim blog repost of a US Coast Guard news release; the blog date line 'Monday, May 6, 2013' above the headline and the lines 'Labels: RCN America Network, RCN Maritime News, rescue, US Coast Guard', 'Subscribe to: Post Comments (Atom)', 'No comments:', 'Post a Comment' dropped; 'how important is to have' as stored)",
    text='''Five People Rescued By Coast Guard Crew Near Fort Myers Beach, Fla.
FORT MYERS BEACH, Fla. — Five boaters were rescued by Coast Guard crewmembers after their 17-foot vessel capsized approximately one mile west of here, Sunday.
A crewmember aboard the capsized vessel contacted watchstanders at Sector St. Petersburg via 911 at 7:12 p.m., reporting he was taking on water and needed assistance.
A 33-foot Special Purpose Craft-Law Enforcement boatcrew from Station Fort Myers Beach was launched and arrived on scene at 7:31 p.m. They removed the five men from the water and transported them to the station.
"As soon as we got on scene, it took only about two minutes for my crew to get all five people out of the water," said Petty Officer 2nd Class Mitchell Miller, coxswain during the rescue. "A couple of them were cold and upset, but as soon as they saw us they were all smiles."
No injuries reported.
"I'm very happy to report everyone aboard had their life jacket on," said Lt. Ben Oloughlin, a search and rescue watchstander at the sector. "This is a perfect example of how important is to have the proper life saving equipment aboard your vessel in the case of emergency."''',
    quotes=[
        Q('"As soon as we got on scene', 'out of the water,"', "Mitchell Miller"),
        Q('"A couple of them', 'all smiles."', "Mitchell Miller"),
        Q('"I\'m very happy to report', 'life jacket on,"', "Ben Oloughlin"),
        Q('"This is a perfect example', 'case of emergency."', "Ben Oloughlin"),
    ],
    aliases={"Mitchell Miller": ["Petty Officer 2nd Class Mitchell Miller"],
             "Ben Oloughlin": ["Lt. Ben Oloughlin"]},
),
dict(
    id="uscg-shallotte-capsized-skiff",
    source="https://saltwatercentral.com/?p=4986",
    license=PD, retrieved=PAGES + " (verbatim repost of a US Coast Guard news release on a fishing site; the stored page holds the release twice, the second copy (from the repeated headline on, cut in the stored copy) dropped; the headline's state abbreviation 'NC' run into the dateline ('NCPORTSMOUTH, Va.') as stored)",
    text='''Coast Guard rescues 2 from capsized boat near Shallotte
NCPORTSMOUTH, Va. — The Coast Guard rescued two people from the Shallotte Inlet Sunday after their flat-bottomed skiff capsized near Shallotte, N.C.
A good Samaritan contacted Coast Guard Station Oak Island watchstanders via VHF-FM channel 16 at 12:15 p.m. reporting a capsized boat with two people in the water wearing life jackets.
Watchstanders issued an urgent marine information broadcast and dispatched Holden Beach and Tri Beach water rescue and diverted a crew aboard a 25-foot Response Boat – Small from Coast Guard Station Oak Island, N.C., to assist.
"It was definitely a good thing that we were already on patrol in the area where the boat capsized," said Petty Officer 2nd Class Leonard Posluszny, the coxswain aboard the RB-S from Station Oak Island. "We found the two people clinging onto the overturned vessel. Once we got them onto the boat, we brought them inside, closed all the windows and turned the heat on to warm the people who were showing signs of hypothermia."
The RB-S crew arrived on scene and retrieved the two people from the water and took them to the Inlet View restaurant where they were met by an awaiting ambulance crew and treated for hypothermia.
"The fact these boaters were wearing life jackets helped save their lives today," said Capt. Anthony Popiel, the Coast Guard Sector North Carolina commander. "However, boaters need to be extra vigilant this time of year as air and water temperatures have dropped dramatically. Hypothermia can set in very quickly so boaters need to prepare appropriately for the cold weather."
Sea Tow salvaged the boat.''',
    quotes=[
        Q('"It was definitely a good thing', 'the boat capsized,"', "Leonard Posluszny"),
        Q('"We found the two people', 'signs of hypothermia."', "Leonard Posluszny"),
        Q('"The fact these boaters', 'lives today,"', "Anthony Popiel"),
        Q('"However, boaters need', 'the cold weather."', "Anthony Popiel"),
    ],
    aliases={"Leonard Posluszny": ["Petty Officer 2nd Class Leonard Posluszny"],
             "Anthony Popiel": ["Capt. Anthony Popiel"]},
),
dict(
    id="uscg-kona-joint-rescue-2016",
    source="http://americanmariners.org/news/3-fishermen-safe-following-joint-rescue-coast-guard-navy-southwest-kona-hawaii",
    license=PD, retrieved=PAGES + " (verbatim repost of a US Coast Guard news release; the site's PHP error banner ('Error message', 'Deprecated function: Array and string offset access syntax ...') dropped; the date line 'March 11, 2016' kept under the headline; Mike Cobb's second quotation, whose closing mark the release omits, as stored (H394); the paragraph 'An HC-130 Hercules aircrew was immediately launched ...', cut in the stored copy, dropped; two trailing spaces after 'the sinking.' dropped)",
    text='''3 fishermen safe following joint rescue by Coast Guard, Navy southwest of Kona, Hawai'i
March 11, 2016
HONOLULU — Three fishermen are safe following a joint rescue by the Coast Guard and Navy approximately 161 miles southwest of Kona, Hawai'i, Friday.
An MH-60R helicopter aircrew from Navy Helicopter Maritime Strike Squadron Thirty-Seven in Kaneohe Bay, Oahu, successfully hoisted all three men into the helicopter at 2:47 a.m., and transported them to Coast Guard Air Station Barbers Point on Oahu at 4:16 a.m.
"These men were located and rescued fairly quickly due to their use of an emergency positioning indicating radio beacon and also having it properly registered," said Mike Cobb, a duty watchstander at the Coast Guard 14th District. "Because it was properly registered we were able to identify the vessel, get in touch with the owner and confirm right away that they were fishing in that area and that he was unable to get in touch with them.
The men were treated for mild hypothermia by local emergency medical services personnel and were taken to the Queen's Medical Center - West Oahu.
The men abandoned ship into a life raft after their 41-foot fishing vessel Vicious Cycle began taking on water. It is not immediately known what caused the vessel to take on water. The Coast Guard will investigate the cause of the sinking.
Watchstanders at the Joint Rescue Coordination Center in Honolulu received an EPIRB alert at 7:53 p.m., Thursday, notifying them of the distress situation.''',
    quotes=[
        Q('"These men were located', 'properly registered,"', "Mike Cobb"),
        Q('"Because it was properly registered', 'in touch with them.', "Mike Cobb"),
    ],
),
dict(
    id="uscg-matinicus-life-raft-rescue",
    source="https://coastguardnews.com/coast-guard-rescues-one-from-life-raft-searches-for-others/",
    license=PD, retrieved=PAGES + " (verbatim repost of a 1st Coast Guard District news release; the section label '1st Coast Guard District News' under the headline and the footer 'If you have any problems viewing this article, please report it here.' dropped; curly marks as stored)",
    text='''Coast Guard rescues one from life raft, searches for others
BOSTON — Coast Guard search and rescue crews saved one person and are looking for two others after a fishing boat sank near Matinicus Island, Maine, Saturday.
Watchstanders at the 1st District Command Center in Boston, Massachusetts received an emergency position indicating radio beacon (EPIRB) distress signal from the 45-foot fishing vessel No Limits, home ported in Cushing, Maine.
The command center crew contacted the master’s family and confirmed he was underway with two others.
When numerous callouts to the vessel were unanswered, the Coast Guard Sector Northern New England command center in Portland, Maine initiated a wide-scale rescue effort.
A Coast Guard Station Rockland rescue crew aboard a 47-foot motor lifeboat, an MH-60 Jayhawk Helicopter from Coast Guard Air Station Cape Cod, and the Maine Marine Patrol launched.
The air crew spotted a flare fired from a survivor inside a life raft and safely hoisted him aboard. He was taken to Maine Medical Hospital, in Portland.
“We safely recovered one crewman, and continue to search for the others,” said Chief Petty Officer Aaron Clendaniel, the command duty officer at Sector Northern New England.
“We have many units covering the area, with plans to add additional assets this evening,” he said.''',
    quotes=[
        Q('“We safely recovered', 'for the others,”', "Aaron Clendaniel"),
        Q('“We have many units', 'this evening,”', "Aaron Clendaniel"),
    ],
    aliases={"Aaron Clendaniel": ["Chief Petty Officer Aaron Clendaniel"]},
),
]
