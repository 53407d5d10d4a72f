# Held-out English news texts (tests/data/heldout703-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army Corps
# of Engineers (DVIDS), the Navy (DVIDS), the Army, the Air Force and the Marine Corps: two DVIDS stories of the Corps of
# Engineers' Operation Blue Roof (a Memphis District quality assurance specialist helping a Hurricane Laura survivor,
# dvidshub.net 378654, 2020; a Jacksonville District assessor after Hurricane Irma, 254846, 2017), a DVIDS story on the
# chief petty officer pinning ceremony in Al Faw Palace, Baghdad (57915, 2010), an army.mil story on the Fort Sill
# Culinary Arts Team (95469, 2013), three Air Force base stories on food banks (Fairchild 496189, Grand Forks 228002,
# Dyess 269911) and a 12th Air Force story on the Tucson Community Food Bank (12af.acc.af.mil 320005), and a Marine Forces
# Pacific story on Marines at a Special Olympics track meet in Hawaii (print view, marforpac.marines.mil article 4639,
# 2004). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters:
# only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (noted in
# `retrieved`). Site lines (DVIDS maintenance, login and logo lines, photo titles and captions, place, date, 'Story by'
# and unit lines; the .mil '• Published' / '• By ...' / unit lines; the marforpac byline line and the content system's
# tag '[MIGRATE]'), the empty lines between paragraphs, the indentation of the DVIDS lines and spaces at the end of a
# line are dropped; a hard line break inside a quotation and an empty line inside a sentence are joined with a space; a
# headline is kept once as the first line where the stored copy has one (none is added where it has none); datelines
# are kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as stored. Annotated
# by reading the texts, before whosaid was run on them (rules H2430-H2434 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
DVIDS_LINES = "the maintenance, login and logo lines"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout703-en.jsonl

Built by `build.py` from `heldout703_pages.py`. Like heldout695-en, heldout607-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a DVIDS story of the U.S. Army Corps of Engineers, 'Corps,
Samaritan's Purse go above and beyond for Laura survivor', on the roofing quality assurance specialist George Hayes and
a Hurricane Laura survivor in southwest Louisiana (dvidshub.net 378654; no byline or date in the stored copy, 2020 by
its subject); a DVIDS story by Kerry Solan, U.S. Army Corps of Engineers, Jacksonville District, 'After hurricanes,
assessors serve as the face, heart of recovery mission' (dvidshub.net 254846, dated 11.09.2017); a DVIDS story on
eighteen sailors promoted to chief petty officer in Al Faw Palace, Baghdad, on Sept. 16 (dvidshub.net 57915, slug
'navy-welcomes-new-chiefs-during-ceremony'; no headline, byline or year in the stored copy, 2010 by its 'first during
Operation New Dawn'); an army.mil story of Jan. 31, 2013 on the Fort Sill Culinary Arts Team's first week of training
(army.mil article 95469, slug 'Artistic_chefs_prep_for_Army_competition'; no headline or byline in the stored copy);
a Fairchild Air Force Base story by Staff Sgt. Benjamin W. Stratton, 92nd Air Refueling Wing Public Affairs, 'Fairchild
Airmen volunteer at local food bank' (fairchild.af.mil 496189; no year in the stored copy); a Grand Forks Air Force Base
story by Staff Sgt. J. Paul Croxon, 319th Air Refueling Wing Public Affairs, 'Airmen give back to giving community'
(grandforks.af.mil 228002; no date in the stored copy); a 12th Air Force story by Tech. Sgt. Kerry Jackson, 12th Air
Force and Air Forces Southern Public Affairs, '12th Air Force breaks service record, challenges 355th FW'
(12af.acc.af.mil 320005; no date in the stored copy); a Marine Forces Pacific story by Sgt. Reina Barnett of May 7,
2004, 'Marines volunteer time with athletes' (print view of marforpac.marines.mil article 4639); and a Dyess Air Force
Base story by Senior Airman James Schenck, 7th Bomb Wing Public Affairs, 'Food bank aids Airmen in ‘tight’ financial
spots' (dyess.af.mil 269911; no date in the stored copy). Reuse terms relied on: US government works are not subject to
copyright in the US (17 U.S.C. § 105); the .mil and DVIDS pages are the services' own stories. Licence caveats: the
Laura story's stored copy names no writer (a reprint in a USACE yearbook on issuu credits Jessica Haas, Memphis
District; that reprint was not used) and the Baghdad and Fort Sill copies name none either; every other story names its
writer, a service member or a public affairs employee of the publishing unit or district; the stories quote private
people (a food bank's partners are named but not quoted; an unnamed woman's words stand nested inside an engineer's
quotation) inside the public-domain texts. None is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also
where it holds a complete quotation, noted per page: the Laura story's '"Mr. Williams explained that the National Guard
had'; the Irma story's divider '****' and 'After Hurricane Irma, 70,000 ro'; the Fort Sill story's 'Many of the Soldiers
also view the competition as a way to break away from their day-to-day duties and 'r'; the Grand Forks story's '"I was
looking for a place where Airmen could help the community," said 2nd Lt. Christine Williams, 319 CS. "I picked up a
phonebook ... Word got out among the squadron and be'; the 12th Air Force story's 'As the clock ate away time, ... The
team, working alongside their leade'; the marforpac story's '"It gives us [the militar'; the Dyess story's 'She said each
child eats an average of two meals per day ... a considerable added ex'. The Baghdad and Fairchild copies end on complete
paragraphs, which are kept. The site lines (DVIDS 'Maintenance window scheduled to begin at February 14th 2200 est.
until 0400 est. February 15th', '(e.g. yourname@email.com)', 'Forgot Password?', 'Defense Visual Information
Distribution Service Logo', the Irma story's photo title 'Jessica Kettelcamp', its caption line 'Photo By Kerry Solan |
POLK COUNTY, Fla. -- Jessica Kettelcamp at a stop between visiting houses at which she...... read more read more', its
place line 'TAMPA, FLORIDA, UNITED STATES', date line '11.09.2017', 'Story by Kerry Solan' and the unit line; the .mil
lines '• Published', '• By ...' and the unit lines; the marforpac byline line 'By Sgt. Reina Barnett | May 07, 2004' and
the tag '[MIGRATE]' after its headline), the empty lines between paragraphs, the four-space indentation of the DVIDS
lines and the spaces at the end of lines were dropped; the 12th Air Force copy's line break inside the general's
quotation ('"What' / 'happened Saturday') and the marforpac copy's empty line inside a sentence ('G-4,' / 'MarForPac,
announced') are joined with a single space (H214, H2423); headlines are kept as the first line where the stored copy
has one (the Baghdad and Fort Sill copies have none and get none, H1818); the Irma story's divider '***' between its
sections is kept as a line; datelines are kept as stored (the Fort Sill copy's doubled 'FORT SILL, Okla.-- FORT SILL,
Okla. (Jan. 31, 2013) --'); wording and typos ('Dinning Facility', 'Air Force Southern', 'crypto-logic', 'mental
retardation', 'the top not containing'), double spaces inside paragraphs, dashes, the ellipsis characters inside the
Baghdad quotations and quotation marks (straight or curly as stored, including the space before the closing mark of
'“Chief ”') are as stored. Pages read but left out: stories already in earlier sets (the Manchester VA Memorial Day
release, news.va.gov's Veterans Day events release, the 944th Fighter Wing and Travis food bank stories, the DVIDS
George Washington field day story 261016, the navy.mil Wisconsin COMREL story 73395, the Quantico and Wayne County
Special Olympics stories, the starcom.spaceforce.mil Cripple Creek story, the DVIDS 3d Cavalry cooking competition
418547, the DVIDS Ronald Reagan chief pinning story 482017), pages whose stored part keeps fewer than two complete
quotations (a Marine Corps Logistics Base Albany Special Olympics story, a DVIDS Space Delta 6 community story, the NCO
Journal's culinary competition story), pages whose second speaker stands only in the cut paragraph (the 178th Wing,
Cherry Point and Kadena jog-a-thon stories), a Seabee Magazine page stored as one run-on paragraph with an inline caption, copies on private sites where
a government page was at hand or the source was not stated in the stored copy (a writer's portfolio copy of an Army
News Service culinary story, military-online.blogspot.com reposts of Navy stories, a Free Republic repost), lists and
tag pages (usace.army.mil news lists, the Coast Guard Compass tag page, cgaux.org release lists) and pages of
newspapers, broadcasters and blogs found by the same searches. None of the pages used is in any set above or in another
helper's worktree (checked by URL and page id (378654, 254846, 57915, 95469, 496189, 228002, 320005, Article=4639,
269911), by title and slug and by the names of their speakers and phrases, such as George Hayes, Is anyone home,
Kettelcamp, loaded crossbow, Kerry Solan, Tricia Croarkin, Justin West, Team Sill, Arnetra Hughes, David Bernier, Albert
Dunn, Second Harvest Food Bank in Spokane, Chavis Wright, Kimberly Duenas, Operation Enduring Friendship, Red River
Valley Community Action, Norman Seip, Tucson Community Food Bank, Bradley G. Reardon, Dorsey E. Roberts, Windward Oahu,
DeeDee Orsak and Airman’s Attic, with grep over tests/data of the main tree and of every other helper's worktree
(heldout697-704): no hit, except Samaritan's Purse (a VOA text of heldout126-en) and Al Faw Palace (an Army birthday
story of heldout135-en), neither of them one of these texts). The annotation (rules H2430–H2434 in `ANNOTATION.md` on
top of the earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one
(scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usace-dvids-h703-2020-laura-survivor-blue-roof",
    source="https://www.dvidshub.net/news/378654/corps-samaritans-purse-go-above-and-beyond-laura-survivor",
    license=PD, retrieved=PAGES + " (DVIDS story of the U.S. Army Corps of Engineers on the roofing quality assurance specialist George Hayes helping a disabled Hurricane Laura survivor in southwest Louisiana during Operation Blue Roof (no byline or date in the stored copy; 2020 by its subject); " + DVIDS_LINES + " dropped; headline kept as the first line; the four-space indentation of the stored lines dropped; the last paragraph, '\"Mr. Williams explained that the National Guard had', cut in the stored copy, dropped, so Williams is no speaker; a story that opens on a quotation cued `recalled`, a nested quotation in the same straight double marks and a verb in single curly marks as a term (H2430); 'the top not containing', 'situation but, the look' and the straight double marks as stored)",
    text='''Corps, Samaritan's Purse go above and beyond for Laura survivor
"The day I met Mr. Williams, I was looking for his house and drove past it because I didn't see it; all I saw were trees," Roofing Quality Assurance Specialist George Hayes recalled. "Honestly, I wasn't expecting anyone to be home. So many folks evacuated after the storm, I just figured no one was home. As I got closer to the door, I heard his little dog bark. I yelled, "Is anyone home?" and I saw a movement through the window. The door opened, and he drove his wheelchair out onto the front porch. My heart just sank."
At that moment, Hayes knew he needed to go above and beyond to help this man.
The U.S. Army Corps of Engineers supports southwest Louisiana with Hurricane Laura recovery efforts in more ways than one. Still, the primary mission remains to provide temporary roofing for homeowners until more permanent repairs can be made.
The home and roof must meet specific requirements to qualify for a blue roof. One of those requirements includes the top not containing too much debris. Corps contractors can remove a branch here and there; however, if the removal requires heavy machinery, the homeowner must make other removal arrangements prior to ‘blue roofing’ their home.
That's why Hayes went the extra mile to help a homeowner in need of additional assistance.
"Mr. Williams is a severely disabled man, missing his left leg," Hayes said. "I wasn't sure what to think of the situation but, the look in his eyes told me everything I needed to know. He needed help."
Hayes said he knew that this would not be a house that the Corps would take on due to the extreme damage to the home under normal Standard Operating Procedures.''',
    quotes=[
        Q('"The day I met Mr. Williams,', 'all I saw were trees,"', "George Hayes"),
        Q('"Honestly, I wasn\'t expecting', 'My heart just sank."', "George Hayes"),
        Q('‘blue roofing’', None, None),
        Q('"Mr. Williams is a severely disabled man,', 'his left leg,"', "George Hayes"),
        Q('"I wasn\'t sure what to think', 'He needed help."', "George Hayes"),
    ],
    aliases={"George Hayes": ["George Hayes", "Roofing Quality Assurance Specialist George Hayes", "Hayes"]},
),
dict(
    id="usace-dvids-h703-2017-11-09-assessors-face-heart-recovery",
    source="https://www.dvidshub.net/news/254846/after-hurricanes-assessors-serve-face-heart-recovery-mission",
    license=PD, retrieved=PAGES + " (DVIDS story by Kerry Solan, U.S. Army Corps of Engineers, Jacksonville District, dated 11.09.2017, on the civil engineer Kettelcamp assessing roofs for Operation Blue Roof after Hurricane Irma; " + DVIDS_LINES + ", the photo title line 'Jessica Kettelcamp', the caption line 'Photo By Kerry Solan | POLK COUNTY, Fla. -- Jessica Kettelcamp at a stop between visiting houses at which she...... read more read more', the place line 'TAMPA, FLORIDA, UNITED STATES', the date line '11.09.2017', 'Story by Kerry Solan' and the unit line dropped, so the engineer's given name stands only in dropped lines; headline kept as the first line; the four-space indentation of the stored lines dropped; the divider '***' kept as a line; the second divider '****' and the last paragraph after it, 'After Hurricane Irma, 70,000 ro', cut in the stored copy, dropped; a quotation that holds another woman's words in single marks, `She paused.` before a quotation without a verb of saying and a storm called `she` (H2431); the en dash, the double hyphens and curly marks as stored)",
    text='''After hurricanes, assessors serve as the face, heart of recovery mission
Something about it was off to her.
Kettelcamp, a U.S. Army Corps of Engineers civil engineer, was there to assess damage to the roof of the home.
Or, at least, she thought she was – she was near Polk County lines and there were no markings on the roads. She had just kept driving toward a dot on the map.
A woman emerged from the home, put herself between Kettelcamp and the man, and began yelling.
“She said, ‘Girl, you better get off our property right now,’” Kettelcamp said. “Except there was cussing.”
She paused. “A lot of cussing.”
And that’s when she noticed the man in the doorway had a loaded crossbow pointed at her.
***
Hurricane Irma howled with 130 mile-per-hour winds when she began to claw her way from warm Atlantic waters onto Florida’s shores.
She was the most powerful storm Florida had experienced since Hurricane Andrew in 1992.
After scrabbling onto land, Irma spun north and -- along with other destructive deeds -- dug her fingernails under shingles, pulling them away and flicking them into 80-plus mile-per-hour gusts.
She inflicted the same kind of damage seen after hurricanes Gustav, Charlie, Ivan and Jeanne.
Each time, the temper of those storms, and the resulting damage to roofs, summoned a specific response from the U.S. Army Corps of Engineers: Operation Blue Roof.''',
    quotes=[
        Q('“She said, ‘Girl,', 'right now,’”', "Kettelcamp"),
        Q('“Except there was cussing.”', None, "Kettelcamp"),
        Q('“A lot of cussing.”', None, "Kettelcamp"),
    ],
    aliases={"Kettelcamp": ["Kettelcamp", "a U.S. Army Corps of Engineers civil engineer"]},
),
dict(
    id="dvids-navy-h703-2010-09-16-baghdad-new-chiefs",
    source="https://dvidshub.net/news/57915/navy-welcomes-new-chiefs-during-ceremony",
    license=PD, retrieved=PAGES + " (DVIDS story on eighteen sailors promoted to chief petty officer at Al Faw Palace, Baghdad, on Sept. 16 (2010 by its 'first during Operation New Dawn'; no byline or date in the stored copy), with Rear Adm. David Simpson, Chief Petty Officer Justin West and Chief Petty Officer Tricia Croarkin; no headline in the stored copy, none added (H1818); the stored copy ends on a complete paragraph, which is kept; a song's title and a rank's name in marks, the second with a space before its closing mark, an admiral's reported speech before his quotation and two new chiefs quoted in turn (H2434); 'crypto-logic', 'United States Forces - Iraq', the ellipsis characters inside two quotations and curly marks as stored)",
    text='''BAGHDAD - “Anchors Aweigh” echoed through the halls of Al Faw Palace Sept. 16 as 18 sailors circled the rotunda in tight formation. After falling in and reciting the Sailors Creed, they made their way, one by one, onto a wooden stage and were presented with a new cover and rank insignia: the fouled anchor that is the symbol of the United States Navy, chief petty officer.
The advancement to chief petty officer is a century old tradition and the culminating event in the careers of many sailors in the U.S. Navy.
The promotion to “Chief ” represents a sailor’s expertise in their field, as well as outstanding leadership, said Rear Adm. David Simpson, director of communication and information systems for United States Forces - Iraq.
“It’s a very competitive selection to be picked for chief petty officer in the Navy,” said Simpson.
“This is a time-honored Navy tradition that all E-6s go through … to become a chief petty officer,” said newly-promoted Chief Petty Officer Justin West, a native of Houston and a crypto-logic technician with the Joint Expeditionary Signal Intelligence Tactical Reconnaissance.
“It took a lot of work, hours, fellow sailors and chiefs to get me to this point in my career,” said Chief Petty Officer Tricia Croarkin, a native of St. Louis, and a crypto-logic technician with Task Force Troy.
Like the chiefs who helped them, these new chiefs look forward to mentoring young sailors.
“Throughout your career, the chiefs are always teaching you, and this is your time to give back,” said West.
“I want to lead the sailors in the right direction so that they too can … be chiefs,” said Croarkin.
This was the seventh chief petty officer promotion ceremony in Iraq, and first during Operation New Dawn.
For many, it was a great honor to be promoted at Al Faw Palace in a deployed environment.
“I get to experience things that I never would have gotten to experience had I been promoted back with my reserve unit,” said Croarkin.''',
    quotes=[
        Q('“Anchors Aweigh”', None, None),
        Q('“Chief ”', None, None),
        Q('“It’s a very competitive selection', 'in the Navy,”', "David Simpson"),
        Q('“This is a time-honored Navy tradition', 'chief petty officer,”', "Justin West"),
        Q('“It took a lot of work,', 'in my career,”', "Tricia Croarkin"),
        Q('“Throughout your career,', 'time to give back,”', "Justin West"),
        Q('“I want to lead the sailors', 'be chiefs,”', "Tricia Croarkin"),
        Q('“I get to experience things', 'my reserve unit,”', "Tricia Croarkin"),
    ],
    aliases={"David Simpson": ["David Simpson", "Rear Adm. David Simpson", "director of communication and information systems for United States Forces - Iraq", "Simpson"],
             "Justin West": ["Justin West", "newly-promoted Chief Petty Officer Justin West", "West"],
             "Tricia Croarkin": ["Tricia Croarkin", "Chief Petty Officer Tricia Croarkin", "Croarkin"]},
),
dict(
    id="army-h703-2013-01-31-fort-sill-culinary-team-training",
    source="https://www.army.mil/article/95469/Artistic_chefs_prep_for_Army_competition/",
    license=PD, retrieved=PAGES + " (army.mil story of Jan. 31, 2013 on the Fort Sill Culinary Arts Team's first week of training for the 38th Annual U.S. Army Culinary Arts Competition, with Spc. Adam Hermann, Sgt. David Bernier and Pfc. Myra Montoya; no headline or byline in the stored copy, none added (H1818); the doubled dateline 'FORT SILL, Okla.-- FORT SILL, Okla. (Jan. 31, 2013) --' kept as stored; the last paragraph, 'Many of the Soldiers also view the competition as a way to break away from their day-to-day duties and 'r', cut in the stored copy, dropped; a food service technician reported with `according to` and `said Hughes` without marks, and cues ending on a unit abbreviation before the second piece (H2432); the bracketed insertion, 'Dinning Facility' and straight marks as stored)",
    text='''FORT SILL, Okla.-- FORT SILL, Okla. (Jan. 31, 2013) -- The Fort Sill Culinary Arts Team conducted the first week of training Jan. 22-25, 2013 at the Staff Sgt. Juan Garcia Dinning Facility. They are preparing for the 38th Annual U.S. Army Culinary Arts Competition at Fort Lee, Va., in March.
The competition dates back to 1973, and is now the largest of its kind in North America, according to Warrant Officer Arnetra Hughes, 75th Fires Brigade food service technician and Fort Sill Culinary Arts Program manager.
Team Sill consists of food service specialists from the 75th Fires Brigade, 31st Air Defense Artillery Brigade and 214th Fires Brigade, said Hughes. The food service specialists have various culinary arts backgrounds.
Team captain Spc. Adam Hermann, 31st ADA Brigade, has 13 years of experience in the culinary field as a civilian and four years experience in the military.
"I started as a dishwasher then I worked my way up," said Hermann. "In 2007, I became an executive chef for a company called K.C. Hopps, which is in Kansas City, Mo."
Team Sill is preparing for the prestigious competitive event with a monthlong training program.
"We will work on basic cuts [of different food items] and how to make different sauces during the first week of training," said team manager Sgt. David Bernier, 75th FiB. "We will do some of the things over and over again to where it's just a reaction when we get to the competition."
For some of the Garcia DFAC cooks, the competition will mark the first time they will participate in a high-level culinary arts event.
"I'm nervous and excited," said Pfc. Myra Montoya, 75th FiB. "I've wanted to do something like this for a long time."
The West Palm Beach, Fla., native said she wants to expand her level of knowledge as a food service specialist and looks at the training for the competition as one way of accomplishing her goal.''',
    quotes=[
        Q('"I started as a dishwasher', 'my way up,"', "Adam Hermann"),
        Q('"In 2007, I became an executive chef', 'Kansas City, Mo."', "Adam Hermann"),
        Q('"We will work on basic cuts', 'first week of training,"', "David Bernier"),
        Q('"We will do some of the things', 'to the competition."', "David Bernier"),
        Q('"I\'m nervous and excited,"', None, "Myra Montoya"),
        Q('"I\'ve wanted to do something', 'for a long time."', "Myra Montoya"),
    ],
    aliases={"Adam Hermann": ["Adam Hermann", "Team captain Spc. Adam Hermann", "Hermann"],
             "David Bernier": ["David Bernier", "team manager Sgt. David Bernier"],
             "Myra Montoya": ["Myra Montoya", "Pfc. Myra Montoya"]},
),
dict(
    id="af-fairchild-h703-mlk-day-second-harvest-food-bank",
    source="http://www.fairchild.af.mil/News/Article-Display/Article/496189/fairchild-airmen-volunteer-at-local-food-bank/",
    license=PD, retrieved=PAGES + " (Fairchild Air Force Base story by Staff Sgt. Benjamin W. Stratton, 92nd Air Refueling Wing Public Affairs, on Airmen volunteering at the Second Harvest Food Bank in Spokane on Jan. 24 (no year in the stored copy) in commemoration of Martin Luther King Jr.'s birthday, with Master Sgt. Albert Dunn; the lines '• Published', '• By Staff Sgt. Benjamin W. Stratton' and '• 92nd Air Refueling Wing Public Affairs' dropped; headline kept as the first line; the stored copy ends on a complete paragraph, the contact line of the story, which is kept; a man named inside the speaker's quotation and reported speech between two cued paragraphs (H2433); the double hyphen and straight marks as stored)",
    text='''Fairchild Airmen volunteer at local food bank
Fairchild Airmen volunteered their time at the Second Harvest Food Bank in Spokane, Wash., Jan. 24 in commemoration of Martin Luther King Jr.'s birthday.
"Spokane is a great city and these Airmen are donating their time as a way to say thank you," said Master Sgt. Albert Dunn, the Fairchild African American Heritage Council leader. "Every time you go downtown, our Spokane neighbors make sure they thank us for our service."
Dunn said this was just a little token of Fairchild Airmen's appreciation for a community abounding in support. He emphasized that they not only do this as a way of saying thank you, but also in honor of the man who had a dream.
"Martin Luther King Jr. was a man that visualized a country full of diversity and people not looking at the color of their skin, but the content of their character," Dunn said. "We see today people with strong character willing to reach out to the community and do the right thing -- that's why we're here today."
Second Harvest has been leading the hunger-relief network in the region since 1971. The service organization distributes two million pounds of free food each month to people in need in 26 counties in Eastern Washington and North Idaho. They maintain partnerships with more than 250 neighborhood food banks and meal centers making it possible to feed 50,000 people each week.
African American Heritage Month kicks off Feb. 1. Activities at Fairchild are planned for the last two weeks of the month. For more information or opportunities to volunteer, contact Master Sgt. Albert Dunn at (509) 247-5620.''',
    quotes=[
        Q('"Spokane is a great city', 'say thank you,"', "Albert Dunn"),
        Q('"Every time you go downtown,', 'for our service."', "Albert Dunn"),
        Q('"Martin Luther King Jr. was a man', 'of their character,"', "Albert Dunn"),
        Q('"We see today people', 'here today."', "Albert Dunn"),
    ],
    aliases={"Albert Dunn": ["Albert Dunn", "Master Sgt. Albert Dunn", "the Fairchild African American Heritage Council leader", "Dunn"]},
),
dict(
    id="af-grandforks-h703-airmen-give-back-food-boxes",
    source="https://www.grandforks.af.mil/News/Display/Article/228002/airmen-give-back-to-giving-community",
    license=PD, retrieved=PAGES + " (Grand Forks Air Force Base story by Staff Sgt. J. Paul Croxon, 319th Air Refueling Wing Public Affairs, on Airmen packing food boxes for Red River Valley Community Action (no date in the stored copy), with Senior Airman Chavis Wright and Senior Airman Kimberly Duenas; the lines '• Published', '• By Staff Sgt. J. Paul Croxon' and '• 319th Air Refueling Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, '\"I was looking for a place where Airmen could help the community,\" said 2nd Lt. Christine Williams, 319 CS. \"I picked up a phonebook ... Word got out among the squadron and be', cut in the stored copy, dropped with its complete first piece (H2121), so Williams is not in the text; `he said noting` and `she said referencing` without a comma, and a woman presented by a comparison with the man quoted before (H2433); straight marks as stored)",
    text='''Airmen give back to giving community
A volunteer creates boxes out of pre-cut supplies. As soon as a box is complete another volunteer takes it to a staging area. Dozens like it, stacked to the ceiling of the garage like miniature, cardboard skyscrapers, await their turn to be filled with various food supplies, moved further into the garage, and sent on their way to their final destination. The entire process is a streamlined dance with no wasted movements. Most of the nearly 20 volunteers have danced this dance before.
The boxes of food supplies are donated as part of Red River Valley Community Action's commodity supplemental food program to nearly 600 people throughout the area who are unable to procure their own food.
For Senior Airman Chavis Wright, 319th Communications Squadron, this is the first time he has volunteered, and he's thankful for the opportunity to help.
"It feels good to give back to the community," he said noting how welcome he feels despite having only been stationed here for a few months.
In a different part of the garage, Senior Airman Kimberly Duenas, 319th Medical Group, fills bags with food as they parade down a set of rollers. Like Airman Wright, she is here to give back to a community that has given her so much.
"I've gone to free sporting events as part of Operation Enduring Friendship," she said referencing a popular program that gives free tickets to base members. "Helping here gives me a way of saying thank you. It also gives base volunteers the chance to work together."
This is the sixth time volunteers have helped RRVCA prepare the food bags and boxes. The opportunity began with a simple phone call.''',
    quotes=[
        Q('"It feels good to give back to the community,"', None, "Chavis Wright"),
        Q('"I\'ve gone to free sporting events', 'Enduring Friendship,"', "Kimberly Duenas"),
        Q('"Helping here gives me', 'to work together."', "Kimberly Duenas"),
    ],
    aliases={"Chavis Wright": ["Chavis Wright", "Senior Airman Chavis Wright", "Airman Wright"],
             "Kimberly Duenas": ["Kimberly Duenas", "Senior Airman Kimberly Duenas"]},
),
dict(
    id="af-12af-h703-tucson-food-bank-service-record",
    source="http://www.12af.acc.af.mil/News/Article-Display/Article/320005/12th-air-force-breaks-service-record-challenges-355th-fw/",
    license=PD, retrieved=PAGES + " (12th Air Force story by Tech. Sgt. Kerry Jackson, 12th Air Force and Air Forces Southern Public Affairs, on 45 headquarters Airmen filling emergency-food boxes at the Tucson Community Food Bank (no date in the stored copy), with Lt. Gen. Norman Seip; the .mil banner lines, '• Published', '• By Tech. Sgt. Kerry Jackson' and '• 12th Air Force and Air Forces Southern Public Affairs' dropped; headline kept as the first line; the spaces at the end of the paragraphs dropped; the line break inside the general's second quotation ('\"What' / 'happened Saturday') joined with a single space (H214); the last paragraph, 'As the clock ate away time, ... The team, working alongside their leade', cut in the stored copy, dropped; `the general joked,` before a quotation after a presenting clause (H2433); 'Air Force Southern', 'need...in', the double hyphens and straight marks as stored)",
    text='''12th Air Force breaks service record, challenges 355th FW
The pressure was on Saturday as 12th Air Force Headquarters Airmen hustled to meet a 12 p.m. deadline.
The challenge: show what 45 Airmen working together can do to help more than 10,000 Tucson residents in need...in just 3 short hours.
The team, who enlisted the help of their commander, vice commander, and command chief, volunteered their time and muscle to the Tucson Community Food Bank, a local charity striving to reduce the impact of hunger and chronic malnutrition through programs of advocacy and nutrition education.
"I was impressed, but not amazed at how many emergency-food boxes our team managed to fill," said Lt. Gen. Norman Seip, commander 12th Air Force and Air Force Southern. "This is airpower in action -- we tackled this mission like any of our military missions. Every box counted, and the more boxes filled the more families we were able to serve."
Hinting at a challenge to the neighboring 355th Fighter Wing, the general joked, "What happened Saturday was significant -- I doubt anyone will come close to breaking our record."
So just how well did the team do?
Does stuffing 2,627 boxes, totaling 60,406 lbs, with 180,000 units of food tell you anything?''',
    quotes=[
        Q('"I was impressed, but not amazed', 'managed to fill,"', "Norman Seip"),
        Q('"This is airpower in action', 'able to serve."', "Norman Seip"),
        Q('"What happened Saturday', 'breaking our record."', "Norman Seip"),
    ],
    aliases={"Norman Seip": ["Norman Seip", "Lt. Gen. Norman Seip", "commander 12th Air Force and Air Force Southern", "the general"]},
),
dict(
    id="marforpac-h703-2004-05-07-special-olympics-track-meet",
    source="http://www.marforpac.marines.mil/DesktopModules/DigArticle/Print.aspx?PortalId=21&ModuleId=2524&Article=4639",
    license=PD, retrieved=PAGES + " (print view of the Marine Corps Forces, Pacific story by Sgt. Reina Barnett of May 7, 2004 on Marines and Sailors volunteering at the Windward Oahu Special Olympics track and field competition on April 25, with Cpl. Bradley G. Reardon and Sgt. Maj. Dorsey E. Roberts Jr.; the content system's tag '[MIGRATE]' after the headline dropped (as in heldout51-en) and the byline line 'By Sgt. Reina Barnett | May 07, 2004' dropped; headline kept as the first line; the empty line inside the sentence 'Sgt. Mark Moreno, strategic air noncommissioned officer, G-4,' / 'MarForPac, announced ...' joined with a single space (H2423); the spaces at the end of the paragraphs dropped; the last paragraph, '\"It gives us [the militar', cut in the stored copy, dropped; `said Dorsey`, a cue by the given name of a man presented with rank, full name and suffix, then `said Roberts` with reported speech (H2432); 'mental retardation', '3rd battalion', the double spaces between sentences and straight marks as stored)",
    text='''Marines volunteer time with athletes
Marines and Sailors from Marine Corps Base Hawaii and Marine Forces Pacific volunteered their time and talents April 25, when the Windward Oahu Special Olympics held its 2004 Track and Field Competition on the athletic field of Henry J. Kaiser High School in Hawaii Kai.
Athletes participated in various track events such as the 100 meter dash, 100 meter walk, and the 800 meter run.  Some of the field events included boys and girls shotput, softball throw and running long jumps.
Started in 1968 by Eunice Kennedy Shriver, Special Olympics was born when Shriver started a day camp for people with mental retardation.  Shriver organized the First International Special Olympics Games at Soldier Field, Chicago, Illinois.  Since then, millions of people volunteer their time and talents to this organization.
"I wanted to help out," said Cpl. Bradley G. Reardon, helpdesk technician for MarForPac G-6.  Reardon, who used to run track when he was in school, was the head official for the track meet.
There's nothing better than helping others less fortunate than us, said Reardon.
Sgt. Mark Moreno, strategic air noncommissioned officer, G-4, MarForPac, announced the different track and field events, supplied encouraging comments and cheered on the athletes as they set out to qualify for the Hawaii State Summer Games.  This was Moreno's first year volunteering with the organization, but he was not alone.  There were many volunteers at the track meet.
Sgt. Maj. Dorsey E. Roberts Jr., battalion sergeant major, 3rd battalion, 3rd Marines, has volunteered with the Special Olympics in Hawaii for seven years.
"I enjoy being here and making a difference," said Dorsey.  "It's something I can do with my whole family; it's easy to do and it's fun."
Volunteering is such a good way to get Marines, sailors and family members out in the community, said Roberts.''',
    quotes=[
        Q('"I wanted to help out,"', None, "Bradley G. Reardon"),
        Q('"I enjoy being here and making a difference,"', None, "Dorsey E. Roberts"),
        Q('"It\'s something I can do', 'and it\'s fun."', "Dorsey E. Roberts"),
    ],
    aliases={"Bradley G. Reardon": ["Bradley G. Reardon", "Cpl. Bradley G. Reardon", "helpdesk technician for MarForPac G-6", "Reardon"],
             "Dorsey E. Roberts": ["Dorsey E. Roberts", "Sgt. Maj. Dorsey E. Roberts Jr.", "battalion sergeant major, 3rd battalion, 3rd Marines", "Dorsey", "Roberts"]},
),
dict(
    id="af-dyess-h703-food-bank-tight-financial-spots",
    source="https://www.dyess.af.mil/News/Article-Display/Article/269911/food-bank-aids-airmen-in-tight-financial-spots/",
    license=PD, retrieved=PAGES + " (Dyess Air Force Base story by Senior Airman James Schenck, 7th Bomb Wing Public Affairs, on the base food bank overseen by the first sergeants (no date in the stored copy), with Mrs. DeeDee Orsak, Airman's Attic manager, and Master Sgt. Ricky Butler; the lines '• Published', '• By Senior Airman James Schenck' and '• 7th Bomb Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'She said each child eats an average of two meals per day during the school year, which in her case can be a considerable added ex', cut in the stored copy, dropped; a headline word in single marks, `she said` after a paragraph that names nobody and a quotation after a reported sentence cued in the same paragraph (H2434); curly marks as stored)",
    text='''Food bank aids Airmen in ‘tight’ financial spots
The Air Force takes care of its own in many ways, one of which is through the food bank.
Nobody should ever have to decide whether to pay a bill or buy food, but sometimes that is just the situation that Airmen are put in, said Mrs. DeeDee Orsak, Airman’s Attic manager.
First sergeants oversee the food bank, which is a pantry of non-perishable foods that is available to all non-meal card Airmen.
“It’s all part of helping families stretch their paychecks or fill in the gaps between pay periods,” she said.
The food bank program includes more than just a room full of non-perishable food. First sergeants have a budget which they write checks for perishable items such as fresh produce.
The food pantry has pretty much everything, said Master Sgt. Ricky Butler, 7th Equipment Maintenance Squadron first sergeant, including things people might not think of like diapers and baby food.
And the goodwill goes beyond the first sergeants.
All the food and money is donated from organizations around base, said Sergeant Butler. The officer and enlisted spouses clubs constantly provide food donations and raise money, and other groups like Airman Leadership School and the We Care Team. Squadrons also host food drives.
All this giving makes it hard to believe there is anything negative about the whole program, but, as Sergeant Butler explains, the largest hurdle to overcome is the fact that few people know about the food bank and even fewer people use it.
In addition, many people don’t take into account the added food costs that the summer brings, said Mrs. Orsak, a mother of four and her family’s primary grocery shopper. “Our grocery bill drastically increases in the summer when school is out.”''',
    quotes=[
        Q('‘tight’', None, None),
        Q('“It’s all part of helping families', 'between pay periods,”', "DeeDee Orsak"),
        Q('“Our grocery bill', 'school is out.”', "DeeDee Orsak"),
    ],
    aliases={"DeeDee Orsak": ["DeeDee Orsak", "Mrs. DeeDee Orsak", "Airman’s Attic manager", "Mrs. Orsak", "a mother of four and her family’s primary grocery shopper"]},
),
]
