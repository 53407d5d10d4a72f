# Held-out English news texts (tests/data/heldout317-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Navy and Air National Guard news stories (public domain, 17 U.S.C. § 105): five
# stories of chief petty officer ceremonies (DVIDS: USS Mustin, USS Ronald Reagan, Contingency Operating Base Basra;
# navy.mil: USS New York, Naval Support Activity Bahrain), a U.S. 6th Fleet story on c6f.navy.mil (USS Arleigh Burke's
# new chiefs) and a 115th Fighter Wing story on 115fw.ang.af.mil (Wisconsin Airmen departing for Southwest Asia). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, byline and date lines, the
# DVIDS login and logo lines, photo captions, crawl date fields, the navy.mil summary line and closing boilerplate and
# the empty lines between paragraphs are dropped; a headline is kept once as the first line where the stored copy has
# one (none is added where it has none); wording and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H1790-H1793 in ANNOTATION.md on top of
# H1-H1789).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout317-en.jsonl

Built by `build.py` from `heldout317_pages.py`. Like heldout268-en, heldout276-en, heldout302-en and the other military
sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain,
17 U.S.C. § 105), none of them used in a set above, this time mostly Navy stories of chief petty officer ceremonies and
one Air National Guard story: DVIDS story 366402 (USS Mustin's Chiefs Mess celebrating the 127th birthday of the chief
petty officer ranks), DVIDS story 482017 (USS Ronald Reagan advancing 18 chief petty officers), DVIDS story 39072 (the
first chief petty officer pinning ceremony at Contingency Operating Base Basra, Iraq, Riverine Squadron Two), navy.mil
press releases 2247026 (USS New York promoting four Sailors, Sept. 2018) and 2247028 (the chief pinning day at Naval
Support Activity Bahrain, Sept. 2018), a U.S. 6th Fleet story on c6f.navy.mil (article 1925282, USS Arleigh Burke,
Sept. 16, 2018) and a 115th Fighter Wing story on 115fw.ang.af.mil (article 1916063, Wisconsin Airmen departing Truax
Field for Southwest Asia, July 2019). None is credited to AP, Reuters, AFP or another third party. The stored copies
are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it
holds a quotation (what was dropped is noted per page). The '.mil website' notice lines, the DVIDS login and logo
lines, headline repeats, photo captions, byline and date lines, crawl date fields, the navy.mil summary line and
closing boilerplate and the empty lines between paragraphs were dropped; wording and quotation marks (straight and
curly) are as stored. Pages read but left out: DVIDS 205109 and 115301, army.mil 160861 and 115002, 162wing.ang.af.mil
2527885 (already in heldout23-en, heldout250-en, heldout85-en and others), the Coast Guard stories 'Rescue of two
mariners proves proficiency pays off' and 'Shipmate of the Week – The crew of CG6022' (held by another helper's
worktree, heldout312), and state or blog copies of Guard stories (not federal works). None of the pages used is in any
set above (checked by URL and article or story number (366402, 482017, 39072, 2247026, 2247028, 1925282, 1916063), by
title and by the names of their speakers and phrases, such as Todd Penrod, fountain of wisdom, Daryle Cardone, shoulder
of these giants, Calvin Jones, Christopher Campbell, Herminio Bravo, Gilbert Baughn, RIVRON, John T. Lees, Errol
Robinson, tried, tested, accepted, Two-Bell, DNA and legacy, Mandela Barnes, Truax Field and Isabella Jansen, with grep
over tests/data of the main tree and of every other helper's worktree: no hit). The annotation (rules H1790–H1793 in
`ANNOTATION.md` on top of H1–H1789) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-366402-uss-mustin-chief-petty-officers-host-127th-birthday-celebration",
    source="https://www.dvidshub.net/news/366402/uss-mustin-chief-petty-officers-host-127th-birthday-celebration",
    license=PD, retrieved=PAGES + " (DVIDS story 366402 of USS Mustin (DDG 89); the stored copy has no headline or header lines and opens with the dateline paragraph, no title added; the crawl field ' date 2020-01-04' that precedes it and the empty lines between paragraphs dropped (H1792); the paragraph 'Mustin is underway conducting operations in support of security and stability in the Indo-Pacific ... the U.S. 7th Fleet’s', cut in the stored copy, dropped; 'One hundred and twenty seven' and 'was the distinguished fouled golden anchors' as stored)",
    text='''SEA OF JAPAN – One hundred and twenty seven years after its establishment, Sailors aboard the Arleigh Burke-class guided missile destroyer USS Mustin (DDG 89) hosted a ceremony to honor and celebrate the establishment of the chief petty officer ranks April 1.
Donning freshly creased khakis, inky-black polished shoes and the signature chief’s cover, the Mustin’s Chiefs Mess assembled together to commence the ceremony. Shared among all the members of the Chief’s Mess was the distinguished fouled golden anchors worn on their collars, signifying their rank as a chief.
“The anchors that we wear are fouled for a reason,” said Command Master Chief Troy Bojorquiz, senior enlisted leader for Mustin. “There is not a Sailor who wears them who has not been through some rough seas in their time in the Navy. They show the younger generation of Sailors that we will be the ones to provide guidance on how to weather the storm, today and tomorrow.”
Established on April 1, 1893, the term chief petty officer encompasses three naval ranks: chief petty officer, senior chief petty officer, and master chief petty officer. As stated in the United States Navy Chief Petty Officers Creed, the chief petty officer is a “fountain of wisdom, the ambassador of good will, the authority in personal relations as well as in technical problems.”
Holding the rank of Chief Petty Officer before his commissioning, Commander Todd Penrod, commanding officer of the Mustin, concluded the ceremony saying: “Chiefs, you support our young sailors and our older sailors. You support our young officers and our older officers. For all your hard work and dedication, I say thank you.”''',
    quotes=[
        Q('“The anchors that', 'for a reason,”', "Troy Bojorquiz"),
        Q('“There is not a Sailor', 'today and tomorrow.”', "Troy Bojorquiz"),
        Q('“fountain of wisdom', 'technical problems.”', None),
        Q('“Chiefs, you support', 'I say thank you.”', "Todd Penrod"),
    ],
    aliases={"Troy Bojorquiz": ["Troy Bojorquiz", "Command Master Chief Troy Bojorquiz", "senior enlisted leader for Mustin"],
             "Todd Penrod": ["Todd Penrod", "Commander Todd Penrod", "commanding officer of the Mustin"]},
),
dict(
    id="dvids-482017-uss-ronald-reagan-advances-18-chief-petty-officers",
    source="https://dvidshub.net/news/482017/uss-ronald-reagan-cvn76-advances-18-chief-petty-officers",
    license=PD, retrieved=PAGES + " (DVIDS story 482017 of USS Ronald Reagan (CVN 76), undated in the stored copy; the stored copy has no headline or header lines and opens with the paragraph 'The chief pinning ceremony began ...', no title added (H1792); the empty lines between paragraphs dropped; the paragraph 'The newly-pinned chief petty officers underwent a six-week initiation process ... designed for the indi', cut in the stored copy, dropped; the nested single marks of '‘the chief’' and the bracket inside Cardone's quotation and 'Now it’s your time to shine you have earned it' as stored)",
    text='''The chief pinning ceremony began with the new chief petty officers singing the Navy’s anthem, “Anchors Aweigh,” as the group marched through a crowd of Sailors and families gathered in support of their promotion. Mentors, peers, and family members joined the new chief petty officers on the stage to place a combination cover on their heads and pin gold-fouled anchors on their collars. This completed their new khaki uniforms and finalized their advancement to their rank.
During the ceremony, Capt. Daryle Cardone, commanding officer of Ronald Reagan, addressed the new chief petty officers as they stood in ranks across from the seasoned chief petty officers they would soon be joining, speaking of the significance of their new roles.
“To our selectees, it is on the shoulder of these giants [prior and current chiefs] that you will stand and raise this organization and its standards to even greater heights,” said Cardone. “Today is the day you should reaffirm to yourself, your personal commitment to joining this elite group of naval leaders. I know that the chiefs who have trained you have done their job right, they will have ensured that you are ready to be, ‘the chief’. I have every confidence that they have done so and that you are indeed ready.”
Guest speaker at the ceremony, Master Chief Machinist’s Mate Calvin Jones gave remarks to the newly-pinned chief petty officers.
“Chiefs lead from the front, demonstrating by example the Navy’s core values of honor, courage and commitment. Our deep knowledge makes us champions of technical expertise relied upon by junior personnel and officers who trust our judgment to get the job done,” said Jones. “Now it’s your time to shine you have earned it and are well deserving.”''',
    quotes=[
        Q('“Anchors Aweigh,”', None, None),
        Q('“To our selectees', 'greater heights,”', "Daryle Cardone"),
        Q('“Today is the day', 'indeed ready.”', "Daryle Cardone"),
        Q('“Chiefs lead from the front', 'get the job done,”', "Calvin Jones"),
        Q('“Now it’s your time', 'well deserving.”', "Calvin Jones"),
    ],
    aliases={"Daryle Cardone": ["Daryle Cardone", "Cardone", "Capt. Daryle Cardone", "commanding officer of Ronald Reagan"],
             "Calvin Jones": ["Calvin Jones", "Jones", "Master Chief Machinist’s Mate Calvin Jones"]},
),
dict(
    id="navymil-2018-uss-new-york-promotes-four-sailors-to-chief-petty-officers",
    source="https://www.navy.mil/Press-Office/Press-Releases/display-pressreleases/Article/2247026/uss-new-york-promotes-four-sailors-to-chief-petty-officers",
    license=PD, retrieved=PAGES + " (navy.mil press release of USS New York (LPD 21) of Sept. 17, 2018; the '.mil website' notice lines and the date line '17 September 2018' dropped; headline kept once; the summary line 'Four 1st Class Petty Officers aboard ... were frocked to chief petty officer during a ceremony held Sept. 14.', which repeats the first paragraph without '(CPO)', dropped and the body paragraph kept (H1792); the empty lines between paragraphs dropped; the paragraph '“You go through a lot,” said Chief Machinist's Mate Herminio Bravo. “It puts you in places ... as a role mo', cut in the stored copy, dropped with Bravo's complete first sentence; the mixed straight and curly marks of Jarrell's quotation and 'amongst' as stored (H1793))",
    text='''USS New York Promotes Four Sailors to Chief Petty Officers
Four 1st Class Petty Officers aboard amphibious transport dock ship USS New York (LPD 21) were frocked to chief petty officer (CPO) during a ceremony held Sept. 14.
"To be selected, tested, initiated, and accepted is probably the best thing that has happened so far in my career," said Chief Hospital Corpsman Ebonee Jarrell. “It is a very humbling experience to go through this whole process."
Chief pinning dates back to 1893, when the chief petty officer pay-grade was created. Chiefs don the khaki uniform of Navy leaders, serving as mentors to all Sailors and subject-matter experts in their respective fields. The chief rate is unique amongst the armed forces, commanding a special level of respect and new found level of responsibility.
“As a 1st class, I think we all felt we were ready to be a chief, then the process starts and you realize you have a long way to go to really get to where you need to be,” said Chief Fire Controlman Christopher Campbell.
The ceremony represents the conclusion of their training to facilitate the transition from 1st class petty officers to chief petty officers. The Chiefs Mess provided year-round training to all Sailors through Sailor 360 but, CPO indoctrination is a unique training offered only to those who have earned the promotion to chief.''',
    quotes=[
        Q('"To be selected', 'in my career,"', "Ebonee Jarrell"),
        Q('“It is a very humbling', 'whole process."', "Ebonee Jarrell"),
        Q('“As a 1st class', 'need to be,”', "Christopher Campbell"),
    ],
    aliases={"Ebonee Jarrell": ["Ebonee Jarrell", "Chief Hospital Corpsman Ebonee Jarrell"],
             "Christopher Campbell": ["Christopher Campbell", "Chief Fire Controlman Christopher Campbell"]},
),
dict(
    id="dvids-39072-cob-basra-holds-first-chief-petty-officer-pinning-ceremony",
    source="https://www.dvidshub.net/news/39072/contingency-operating-base-basra-holds-first-chief-petty-officer-pinning-ceremony",
    license=PD, retrieved=PAGES + " (DVIDS story 39072 of Riverine Squadron Two at Contingency Operating Base Basra, Iraq, Sept. 16 (year not in the stored copy); the lines '(e.g. yourname@email.com)', 'Forgot Password?' and 'Defense Visual Information Distribution Service Logo', the second copy of the headline (photo title) and the photo caption 'Photo By Sgt. 1st Class Jeffrey Mullett | Chief Petty Officer Michael Byrd, progresses through the honors from the 'Side Boys'...... read more read more' dropped (H1792); headline kept once; the four-space indentation of the stored lines and the empty lines between paragraphs removed; the paragraph 'After the completion of the opening ceremony, the inductees were called to the stage one by one. ... Sponsors are chiefs who joined the ranks in prior years and a', cut in the stored copy, dropped; 'Moral, Welfare and Recreation stage' as stored)",
    text='''Contingency Operating Base Basra holds first chief petty officer pinning ceremony
CONTINGENCY OPERATING BASE BASRA, Iraq — "Attention on deck!" bellowed Command Master Chief Petty Officer John T. Lees, a New York native and the most senior enlisted member of Riverine Squadron Two, based out of Norfolk, Va. Lees brought the first Chief Petty Officer Pinning Ceremony held at Contingency Operating Base Basra to order at the Moral, Welfare and Recreation stage Sept. 16.
Standing on the stage in front of their fellow RIVRON TWO Sailors, 13 chief petty officer selectees were promoted to the rank of chief petty officer.
"The ceremony is only held once a year, so this is the only time we will do this," said Chief Petty Officer Josh Mazer, intelligence specialist, RIVRON TWO. "It is held at the same time for all of our Sailors, and it's the biggest milestone in a Sailor's career."
"Unlike petty officer first class and lower ranks, advancement to chief petty officer not only carries requirements of superior evaluation scores and specialty examinations, but also carries an added requirement of peer review," according to Ensign Gilbert Baughn, Riverine communication officer, and a former chief petty officer.
"A chief petty officer can only advance after review by a selection board of serving senior and master chief petty officers, in effect choosing their own."''',
    quotes=[
        Q('"Attention on deck!"', None, "John T. Lees"),
        Q('"The ceremony is only held', 'do this,"', "Josh Mazer"),
        Q('"It is held at the same time', 'Sailor\'s career."', "Josh Mazer"),
        Q('"Unlike petty officer', 'peer review,"', "Gilbert Baughn"),
        Q('"A chief petty officer can only', 'choosing their own."', "Gilbert Baughn"),
    ],
    aliases={"John T. Lees": ["John T. Lees", "Lees", "Command Master Chief Petty Officer John T. Lees", "the most senior enlisted member of Riverine Squadron Two"],
             "Josh Mazer": ["Josh Mazer", "Chief Petty Officer Josh Mazer", "intelligence specialist, RIVRON TWO"],
             "Gilbert Baughn": ["Gilbert Baughn", "Ensign Gilbert Baughn", "Riverine communication officer"]},
),
dict(
    id="c6f-2018-arleigh-burke-sailors-earn-anchors",
    source="https://www.c6f.navy.mil/Press-Room/News/Article/1925282/arleigh-burke-sailors-earn-anchors",
    license=PD, retrieved=PAGES + " (U.S. 6th Fleet story of Sept. 16, 2018 by the Harry S. Truman Carrier Strike Group Public Affairs; the '.mil website' notice lines, the lines 'ArticleCS' and 'NEWS | Sept. 16, 2018' and the byline 'By Mass Communication Specialist 2nd Class Justin Yarborough, Harry S. Truman Carrier Strike Group Public Affairs' dropped; headline kept once; the leading spaces of the second paragraph and the empty lines between paragraphs removed; the paragraph '“The tone of a ship and the tone of service itself comes directly from the chief petty officer, more than from any group in the Navy,” said Capt. Errol Robinson, ... according to the Bluejackets M', cut in the stored copy, dropped with Robinson's complete quotation; 'President Benjamin Harris' as stored)",
    text='''Arleigh Burke Sailors Earn Anchors
Seven Sailors aboard the Arleigh Burke-class guided-missile destroyer USS Arleigh Burke (DDG-51) were pinned with anchors and combination covers as they advanced to the rank of chief petty officer Sept. 16, 2018, in a promotion ceremony held on the ship’s flight deck.
The ceremony, held during the ship’s fall deployment, commemorated a significant milestone in the Sailors’ naval service, as their transition to chief petty officers marks their promotion to the rank of a senior non-commissioned officer in the U.S. Navy.
President Benjamin Harris issued an Executive Order 125 years ago creating the rank of chief petty officer. Today, chiefs are selected by a board of chiefs, senior chiefs, and master chiefs after first class petty officers show leadership potential, impressive records, and pass an advancement exam.
“These seven Sailors represent 98 years of collective, technical and professional experience that our Chiefs Mess stands to gain as they join our ranks today,” said Arleigh Burke’s Command Master Chief Jeanette Haffer. “They have been tried, tested, accepted, and stand ready to enter into one of the most exclusive ranks of the Navy and in military service.”''',
    quotes=[
        Q('“These seven Sailors', 'ranks today,”', "Jeanette Haffer"),
        Q('“They have been tried', 'military service.”', "Jeanette Haffer"),
    ],
    aliases={"Jeanette Haffer": ["Jeanette Haffer", "Command Master Chief Jeanette Haffer", "Arleigh Burke’s Command Master Chief Jeanette Haffer"]},
),
dict(
    id="navymil-2018-chief-pinning-day-in-bahrain",
    source="https://www.navy.mil/Press-Office/Press-Releases/display-pressreleases/Article/2247028/chief-pinning-day-in-bahrain",
    license=PD, retrieved=PAGES + " (navy.mil press release of Naval Support Activity Bahrain, September 2018 (ceremony on September 13; the executive order of 1893 was '125 years ago'); the lines 'Official websites use .mil' and 'Secure .mil websites use HTTPS' dropped; the stored copy has no headline and opens with the first paragraph, no title added; the closing lines 'Get more information about the Navy from US Navy facebook or twitter.', 'For more news from Naval Support Activity Bahrain, visit www.navy.mil/.' and the site menu lines after them dropped (H1792); the story itself is complete; 'President Benjamin Harris' as stored)",
    text='''Naval Support Activity (NSA) Bahrain and 15 tenant commands promoted 68 Sailors to the rank of chief petty officer during a pinning ceremony on September 13.
The ceremony included the chief selects singing ‘Anchors Aweigh,’ a reading of the Fouled Anchor and the Two-Bell ceremony.
The pinning ceremony was the final event of the chiefs’ induction. The ceremony concluded the six weeks of training that prepared the chief selectees for donning their anchors and assuming their new roles as chief petty officers.
Vice Adm. Scott Stearney, commander, U.S. Naval Forces Central Command/U.S. 5th Fleet/Combined Maritime Forces, delivered a keynote speech at the ceremony.
“As a chief, you will face adversaries, you will encounter challenges and you will find obstacles in your way,” said Stearney, “but you have the DNA and legacy to carry on. You have earned this day, and you deserve the title of chief petty officer.”
Family members, friends and mentors were invited to the stage to help complete each new chief’s crisp, khaki uniform by pinning anchors on their collars and donning their covers. For the family members who were not able to attend the ceremony in Bahrain, there was a live stream of the event on the base’s Facebook page.
President Benjamin Harris issued an executive order 125 years ago creating the rank of chief petty officer. Today, chiefs are selected by a board of chiefs, senior chiefs and master chiefs after first class Sailors show leadership potential, impressive records and pass an advancement exam.''',
    quotes=[
        Q('‘Anchors Aweigh,’', None, None),
        Q('“As a chief, you will', 'in your way,”', "Scott Stearney"),
        Q('“but you have the DNA', 'chief petty officer.”', "Scott Stearney"),
    ],
    aliases={"Scott Stearney": ["Scott Stearney", "Stearney", "Vice Adm. Scott Stearney", "commander, U.S. Naval Forces Central Command/U.S. 5th Fleet/Combined Maritime Forces"]},
),
dict(
    id="115fw-2019-wisconsin-airmen-depart-for-southwest-asia",
    source="https://www.115fw.ang.af.mil/News/Article-Display/Article/1916063/wisconsin-airmen-depart-for-southwest-asia/",
    license=PD, retrieved=PAGES + " (115th Fighter Wing (Wisconsin Air National Guard) story of July 2019 (departure on July 21; article number of mid-2019); the lines '• Published', '• By Master Sgt. Paul Gorman' and '• 115th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept once; trailing spaces at paragraph ends removed; the paragraph '“Our Airmen have the opportunity to ', Kalberer's quotation cut in the stored copy, dropped; the reported paragraph 'According to 115th Operations Group Commander Col. Jon Kalberer, ...' (no marks) kept)",
    text='''Wisconsin Airmen depart for Southwest Asia
The last of more than 250 members of the Air National Guard’s 115th Fighter Wing and 378th Fighter Squadron active associate departed Truax Field for Southwest Asia July 21.
The Airmen, along with a number of the unit’s F-16 Fighting Falcon aircraft, will spend the next several months based in Afghanistan conducting flying missions in support of Operation Freedom’s Sentinel and NATO’s Resolute Support.
In a brief departure ceremony, Lt. Gov. Mandela Barnes and Congressman Bryan Steil joined Wisconsin National Guard and 115th FW senior leaders to relay their gratitude to the deploying Airmen and their families.
“As Americans we owe both you and your families a debt of gratitude for all that you do to keep our nation safe and secure,” Barnes said.
The significance of the support Guardsmen receive from their families and employers was a recurring theme throughout the event. The message was punctuated with the introduction of 115th FW Airman and Family Readiness Program Manager Jerry Hook, who stands available 24/7 to assist the deploying Airmen’s loved ones with any issues that may arise in their absence.
Senior Master Sgt. Holly Sieja, cyber systems superintendent for the 115th Communications Flight, attended the ceremony to send off her daughter, Senior Airman Isabella Jansen as she departed on her first overseas deployment.
“Nothing can eliminate the worries associated with your child deploying into harm’s way,” Sieja said. “But it helps to know she is part of a cohesive team of Airmen that look out for one another.”
According to 115th Operations Group Commander Col. Jon Kalberer, the exceptional training available to pilots and maintainers at Truax Field and within the Volk Field military operating area contributes immeasurably to their readiness to deploy.''',
    quotes=[
        Q('“As Americans', 'safe and secure,”', "Mandela Barnes"),
        Q('“Nothing can eliminate', 'harm’s way,”', "Holly Sieja"),
        Q('“But it helps', 'one another.”', "Holly Sieja"),
    ],
    aliases={"Mandela Barnes": ["Mandela Barnes", "Barnes", "Lt. Gov. Mandela Barnes"],
             "Holly Sieja": ["Holly Sieja", "Sieja", "Senior Master Sgt. Holly Sieja", "cyber systems superintendent for the 115th Communications Flight"]},
),
]
