# Held-out English news texts (tests/data/heldout545-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air Force,
# the Air Force Reserve, the Army, the National Guard, the Navy, the Marine Corps and the Coast Guard: four heritage-month
# observance stories of the Air Force and the Air Force Reserve (a Black History Month luncheon at Vandenberg Air Force
# Base with a Tuskegee airman, vandenberg.spaceforce.mil 341190; Joint Base Charleston's Black History Month celebration
# of 2019, jbcharleston.jb.mil 1772608; the 459th Air Refueling Wing's Native American Heritage Month event of 2015,
# afrc.af.mil 632607; Randolph Air Force Base's 2008 Hispanic Heritage Luncheon, jbsa.mil 463840); an army.mil story on
# Fort Belvoir's Hispanic Heritage Month observance (66860); a National Guard Bureau story on South Dakota guardsmen at
# the Red River flood in Fargo (nationalguard.mil 574173, March 21, 2009); a DVIDS story on the Asian American and Pacific
# Islander Heritage Month ceremony of Naval Information Forces (dvidshub.net 238675, 2017); a post of the official Marine
# Corps blog on Toys for Tots after Hurricane Sandy (marines.dodlive.mil, December 21, 2012); and a Coast Guard story on
# ice rescue training on the Great Lakes (copy on coastguardnews.com, February 10, 2011). None is credited to AP, Reuters,
# AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and
# the cut paragraph is dropped (noted in `retrieved`). Site lines ('An official website of the United States
# government', 'Here's how you know', the .mil and lock lines, 'HomeNewsArticle Display', 'News Search', 'Home : News :
# Article View', 'Marines Blog', 'The Official Blog of the United States Marine Corps', 'Subscribe by RSS'), 'NEWS | ...'
# date lines, '• Published' / '• By ...' lines, bylines, a DVIDS crawl date field, photo captions (one with a byline
# glued to it), a '| More: ... |' link line, the empty lines between paragraphs and spaces at the end of a paragraph are
# dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has none); a
# dateline set on a line of its own and datelines at the start of a paragraph are kept as stored; wording, typos, double
# spaces, dashes, ellipses and quotation marks (straight or curly as stored) are as stored. Annotated by reading the
# texts, before whosaid was run on them (rules H2250-H2254 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout545-en.jsonl

Built by `build.py` from `heldout545_pages.py`. Like heldout539-en, heldout509-en, heldout532-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): four heritage-month observance
stories of the Air Force and the Air Force Reserve, 'Black History Month culminates with Tuskegee Airman at Vandenberg'
(vandenberg.spaceforce.mil 341190, the base's site, no writer or year in the stored copy), 'JBC recognizes
progress, diversity during Black History Month' (jbcharleston.jb.mil 1772608, March 1, 2019, by Airman 1st Class Joshua
R. Maund, Joint Base Charleston Public Affairs), 'Native American Heritage Month ends with momentous event' (afrc.af.mil
632607, by Staff Sgt. Kat Justen, 459th Air Refueling Wing Public Affairs, on an event of November 30, 2015) and a
Joint Base San Antonio story on Randolph Air Force Base's 2008 Hispanic Heritage Luncheon (jbsa.mil 463840, slug
'heritage-luncheon-wraps-up-celebration-of-hispanic-contributions', no headline, date or writer in the stored copy); an
army.mil story on Fort Belvoir's Hispanic Heritage Month observance (66860, slug
'Hispanic_Heritage_Month_observance_informs__educates', no headline, date or writer in the stored copy); a National
Guard Bureau story, 'South Dakota Soldiers united in flooding efforts' (nationalguard.mil 574173, March 21, 2009, by PFC
Jacqueline Fitzgerald, U.S. Army); a DVIDS story on the Asian American and Pacific Islander Heritage Month ceremony of
Naval Information Forces in Suffolk, Virginia (dvidshub.net 238675, May 25, 2017 by the crawl's date field, slug
'asian-american-pacific-islander-heritage-month-celebrated', no headline or writer in the stored copy); a post of the
Marine Corps' official blog on marines.dodlive.mil ('Marines, Toys for Tots Foundation Fill Stockings for Needy Kids',
December 21, 2012 by its address, photos by Sgt. Aaron Hostutler, no writer line in the stored copy); and a Coast Guard
story by Petty Officer 1st Class John Masson on ice rescue training at the Ice Capabilities Center of Excellence ('Coast
Guard men and women train for ice rescue', February 10, 2011 by its address), reposted on coastguardnews.com (the same
story is on the Ninth District's blog greatlakes.coastguard.dodlive.mil, whose stored copy holds fewer complete
paragraphs). Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the
.mil pages and the DVIDS story are the services' own stories; the coastguardnews.com copy reproduces a Coast Guard
story credited to a Coast Guard public affairs writer and is marked as a copy on a non-government site (as the
coastguardnews.com copy of heldout539-en). Licence caveats: the stored copies of the Vandenberg, Randolph, Fort Belvoir,
DVIDS and Marine Corps blog stories name no writer, so the writer's status is taken from the service publishing them
as its own stories; the stories quote private people and officials of other bodies (a San Antonio businessman, a
Virginia state delegate, a Fargo resident, a Brooklyn resident, an official of the Bureau of Indian Affairs) inside the
public-domain stories. None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped (what was dropped is noted
per page). The site lines ('An official website of the United States government', 'Here's how you know', the .mil and
lock lines, 'HomeNewsArticle Display', 'News Search', 'Home : News : Article View', 'Marines Blog', 'The Official Blog of
the United States Marine Corps', 'Subscribe by RSS'), the 'NEWS | ...' date lines, the '• Published' / '• By ...' lines
and bylines, the DVIDS crawl field ' date 2017-05-25', the photo captions (the Coast Guard one with the byline 'by Petty
Officer 1st Class John Masson.' glued to it, the blog's two captions), the blog's link line '| More: Marines help rescue
14 New Yorkers trapped after Hurricane Sandy |', the empty lines between paragraphs and spaces at the end of a paragraph
were dropped; headlines are kept once as the first line where the stored copy has one (the Randolph, Fort Belvoir and
DVIDS stories have none and get none, H1818); the Randolph dateline 'RANDOLPH AIR FORCE BASE, Texas –', set on a line of
its own, is kept as a line (H1165), and datelines at the start of a paragraph are kept as stored; wording, typos
('a Tuskegee Airmen', 'student's from', 'are Latin-themed food', 'the139th'), double spaces, ellipses and
quotation marks (straight or curly as stored) are as stored. Pages read but left out: stories already in earlier sets
(the Minnesota Guard at Moorhead, the Bismarck-Mandan flood fight, the Louisiana Guard's flood response, the Miramar
Toys for Tots story, the USS George Washington and USS America school projects, the Louisville District park rangers,
a VOA Khmer drought report), pages with fewer than two complete quotations before the cut (the Quantico Toys for Tots
story 518202, the 175th Wing homecoming 448447, the USS Normandy story at Souda Bay 1988307), an army.mil story stored
as one run of text (222787), further heritage-month stories left for other sets (DVIDS 121359 and 95074, Minot 2498290,
Joint Base Andrews 3691805, Offutt 2084893, army.mil 180454, USS George H.W. Bush 2252041, Naval Base Guam 2238073), and
newspaper, TV and magazine pages and press-release aggregators found by the same searches. None
of the pages used is in any set above or in another helper's worktree (checked by URL and page id (341190, 1772608,
632607, 463840, 66860, 574173, 238675), by title and slug and by the names of their speakers and phrases, such as
Tuskegee Airman at Vandenberg, Keeler Field, Pacific Coast Club, Richard T. Lee, JBC recognizes progress, Chapel Annex,
Terrence Adams, Thomas Simmons, Joshua R. Maund, ends with momentous event, Kat Justen, Pemberton, Fredricka Joseph,
Shashone, Mairim Basel, Maurice Sanabria, Rhett Hernandez, Many Backgrounds, Many Stories, Van Ovost, wrong Henry, Henry
Munoz, Highlands High School, Jim Burdine, Jess Krantz, Fargodome, Jacqueline Fitzgerald, Matthew J. Kohler, Hall of
Heroes, Unite Our Voices, Ice Capabilities Center, William Phillips, Shaun Wilson, John Masson, Nadia Reyes, 6th
Communication Battalion and Aaron Hostutler, with grep over tests/data of the main tree and of every other helper's
worktree (heldout540-544): no hit). The annotation (rules H2250–H2254 in `ANNOTATION.md` on top of H1–H2249) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="vandenberg-341190-black-history-month-tuskegee-airman",
    source="https://www.vandenberg.spaceforce.mil/News/Article-Display/Article/341190/black-history-month-culminates-with-tuskegee-airman-at-vandenberg/",
    license=PD, retrieved=PAGES + " (Vandenberg Air Force Base story on the Black History Month luncheon at the Pacific Coast Club, Feb. 28, with the Tuskegee airman Chief Master Sgt. (ret.) Richard T. Lee, Jr. as guest speaker (no writer or year in the stored copy); the site lines ('An official website of the United States government', 'Here's how you know', the .mil and lock lines, 'HomeNewsArticle Display') dropped; headline kept as the first line; the dateline 'VANDENBERG AIR FORCE BASE, Calif. -- ' kept as stored; spaces at the end of the paragraphs dropped; the last paragraph, 'The students were given an assignment ... The first, seco', cut in the stored copy, dropped; the quotation running over two paragraphs, its first paragraph left open, and 'the Chief said', 'he added' after a sentence of narration (H2250); 'a Tuskegee Airmen', 'student's from' and straight marks as stored)",
    text='''Black History Month culminates with Tuskegee Airman at Vandenberg
VANDENBERG AIR FORCE BASE, Calif. -- Almost 250 men and women of Vandenberg gathered in honor of the conclusion of Black History Month at the Pacific Coast Club here during a luncheon, Feb. 28.
Chief Master Sgt. Retired Richard T. Lee, Jr. was the guest speaker of the event, where "From Slavery to Freedom: Celebrating Africans in Americas" was the theme.
Chief Lee was a Tuskegee Airmen who completed cadet and pilot training at Tuskegee Army Airfield in January 1944 and retired after 26 years of service in November 1969.
"It is the perfect time to reflect upon our history and to pay tribute to those pioneers who paved the way for us," said Chief Lee. "The Air Force member today is judged by his ability and not by the color of his skin.
"Such was not the case when I enlisted in the Army in 1943."
The Chief's first experience with abject segregation was when he entered the military and was sent to Keeler Field, Miss.
"Everything was separate, even the water fountains were marked white and colored," the Chief said.
He continued to talk about the struggles and how far we have come today in the struggle of equality.
"And despite the imperfections, I am proud to be an American," he added.
Along with the Chief's words, performances by the African Dance Ensemble Company and student's from Crestview and Los Padres Elementary Schools read their "Black History Month" essays.''',
    quotes=[
        Q('"From Slavery to Freedom', 'in Americas"', None),
        Q('"It is the perfect time', 'the way for us,"', "Richard T. Lee"),
        Q('"The Air Force member today', 'color of his skin.', "Richard T. Lee"),
        Q('"Such was not the case', 'in 1943."', "Richard T. Lee"),
        Q('"Everything was separate', 'white and colored,"', "Richard T. Lee"),
        Q('"And despite the imperfections', 'to be an American,"', "Richard T. Lee"),
        Q('"Black History Month"', None, None),
    ],
    aliases={"Richard T. Lee": ["Richard T. Lee", "Chief Master Sgt. Retired Richard T. Lee, Jr.", "Chief Lee", "the Chief"]},
),
dict(
    id="jbcharleston-1772608-black-history-month-2019",
    source="https://www.jbcharleston.jb.mil/News/Article/1772608/jbc-recognizes-progress-diversity-during-black-history-month/",
    license=PD, retrieved=PAGES + " (Joint Base Charleston story by Airman 1st Class Joshua R. Maund, Joint Base Charleston Public Affairs, March 1, 2019, on the base's Black History Month celebration at the Chapel Annex, Feb. 27, 2019; the site lines ('An official website of the United States government', 'Here's how you know', the .mil and lock lines, 'News Search'), the line 'NEWS | March 1, 2019' and the byline line dropped; headline kept as the first line; the last paragraph, 'Black artists from within the JBC community ... For exam', cut in the stored copy, dropped; the chaplain's invocation in marks and the commander's quotation with no cue after a sentence on his remarks, with an ellipsis inside (H2252); curly marks and apostrophes as stored)",
    text='''JBC recognizes progress, diversity during Black History Month
Service members and members of the community gathered at the Chapel Annex Feb. 27, 2019, for the National African American Black History Month Celebration hosted by the Special Observance Committee at Joint Base Charleston, S.C.
Black History Month is the annual celebration of the cultural and social contributions of African-Americans and their impact on the United States.
To start off the event, Capt. Thomas Simmons, 628th Air Base Wing chaplain, gave a passionate invocation fused with themes of hope and unity.
“As we know this month in our great nation as Black History Month, we need to realize that it is all of our history,” said Simmons. “May the day come when no month need be separately divided. May we be mission-ready, together, as the defenders of this great nation, under God, with liberty and justice for all.”
Following the invocation, Col. Terrence Adams, the 628th Air Base Wing and JBC’s first black base commander, provided the opening remarks to the ceremony.
“Regardless of our backgrounds, we are all Airmen … Regardless of our backgrounds we are all Americans. As commander, it is important to me to highlight not only black-history, but all the customs and traditions, which make each culture within the force so great.”''',
    quotes=[
        Q('“As we know this month', 'all of our history,”', "Thomas Simmons"),
        Q('“May the day come', 'justice for all.”', "Thomas Simmons"),
        Q('“Regardless of our backgrounds, we are all Airmen', 'so great.”', "Terrence Adams"),
    ],
    aliases={"Thomas Simmons": ["Thomas Simmons", "Capt. Thomas Simmons", "628th Air Base Wing chaplain", "Simmons"],
             "Terrence Adams": ["Terrence Adams", "Col. Terrence Adams", "the 628th Air Base Wing and JBC’s first black base commander"]},
),
dict(
    id="afrc-632607-459arw-native-american-heritage-month",
    source="http://www.afrc.af.mil/News/Article-Display/Article/632607/native-american-heritage-month-ends-with-momentous-event/",
    license=PD, retrieved=PAGES + " (Air Force Reserve Command story by Staff Sgt. Kat Justen, 459th Air Refueling Wing Public Affairs, on the wing's Native American Heritage Month celebration, Nov. 30, 2015; the site lines ('An official website of the United States government', 'Here's how you know', the .mil and lock lines) and the lines '• Published', '• By Staff Sgt. Kat Justen' and '• 459th Air Refueling Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'The celebration kicked-off with a social ... wood clubs, leath', cut in the stored copy, dropped, so Shirley Alvarez and Kathy Miller are not in the text; the nickname in marks inside the cue between the colonel's two pieces and a quotation with no cue after the sentence presenting its speaker (H2252); straight marks as stored)",
    text='''Native American Heritage Month ends with momentous event
Native American Heritage Month culminated with a momentous cultural celebration featuring traditional foods, literature, crafts, singing, dancing and storytelling at the 459th Air Refueling Wing auditorium Nov. 30, 2015.
"As with any month of observance, we strive to educate our fellow service members on the heritage of different cultures," said Colonel Thomas "Thom" Pemberton, 459th Operations Group commander and host for the event. "One way to experience cultures is by tasting their traditional foods, listening to their music, observing their dances and learning from cultural artifacts."
Fredricka Joseph of the Kaw nation and director of equal employment opportunity programs at the U.S. Department of the Interior Bureau of Indian Affairs participated in the event with her two children. "These events give attendees an opportunity to see what our traditions and culture are about and to have dialog with those individuals. All 566 tribes are different. Each one of us has quirks to our culture, traditions and languages for example."''',
    quotes=[
        Q('"As with any month', 'different cultures,"', "Pemberton"),
        Q('"Thom"', None, None),
        Q('"One way to experience', 'cultural artifacts."', "Pemberton"),
        Q('"These events give', 'for example."', "Fredricka Joseph"),
    ],
    aliases={"Pemberton": ["Pemberton", 'Colonel Thomas "Thom" Pemberton', "459th Operations Group commander and host for the event"],
             "Fredricka Joseph": ["Fredricka Joseph",
                                  "director of equal employment opportunity programs at the U.S. Department of the Interior Bureau of Indian Affairs"]},
),
dict(
    id="jbsa-463840-randolph-hispanic-heritage-luncheon-2008",
    source="https://www.jbsa.mil/News/News/Article/463840/heritage-luncheon-wraps-up-celebration-of-hispanic-contributions/",
    license=PD, retrieved=PAGES + " (Joint Base San Antonio story on the 2008 Hispanic Heritage Luncheon at the Randolph Air Force Base Enlisted Club, Oct. 9 (no headline, date or writer in the stored copy; slug 'heritage-luncheon-wraps-up-celebration-of-hispanic-contributions'), so no headline is added (H1818); the dateline 'RANDOLPH AIR FORCE BASE, Texas –', set on a line of its own, kept as a line (H1165); the last paragraph, '\"It is a story that has been built on the shoulders of people like you ', cut in the stored copy, dropped; 'the colonel stated', a song title in marks with the writer's comma and the guest speaker's joke quoted as a partial quote inside reported speech (H2251); 'are Latin-themed food' and straight marks as stored)",
    text='''RANDOLPH AIR FORCE BASE, Texas –
Around 300 Airmen and civilians filled the ballroom of the Randolph Air Force Base Enlisted Club Oct. 9 to experience a slice of Hispanic culture during the 2008 Hispanic Heritage Luncheon.
Participants listened to mariachi music, watched Panamanian dancing and are Latin-themed food as they participated in the end of a month-long celebration of Hispanic heritage.
In appreciation of that legacy, Col. Jacqueline Van Ovost, 12th Flying Training Wing commander, thanked the audience for attending and added that Hispanics -- 43 of them -- were prominently represented on the rolls of America's Medal of Honor winners, having fought bravely in the nation's conflicts throughout history.
"There's no better tradition than the legacy of honor of the thousands of Hispanics who have given their lives in the service of their country," the colonel stated.
After Colonel Van Ovost's remarks and lunch that was highlighted by the Highlands High School mariachi troupe performing hits like "La Bamba," prominent San Antonio Hispanic businessman Henry Munoz III, the son of a prominent labor leader and organizer, talked about what celebrating Hispanic heritage meant to him.
Mr. Munoz started his speech by joking that when he received the invitation to speak at the luncheon, he thought they'd sent it to the "wrong Henry" -- that it should have gone to former San Antonio mayor and cabinet member Henry Cisneros instead. He went on to say that when he examined America's Hispanic heritage, it was one that was white, black, brown and everything in between and struggling for a sense of identity. He also said Hispanics were a people for whom borders had been created.
But Mr. Munoz added, looking at the largely warrior audience, that the freedom which allowed Hispanic Americans to prosper was gained with the sacrifices made by the nation's military, which he said was an American story in itself.''',
    quotes=[
        Q('"There\'s no better tradition', 'of their country,"', "Jacqueline Van Ovost"),
        Q('"La Bamba,"', None, None),
        Q('"wrong Henry"', None, "Henry Munoz"),
    ],
    aliases={"Jacqueline Van Ovost": ["Jacqueline Van Ovost", "Col. Jacqueline Van Ovost", "12th Flying Training Wing commander",
                                      "Colonel Van Ovost", "the colonel"],
             "Henry Munoz": ["Henry Munoz", "Henry Munoz III", "prominent San Antonio Hispanic businessman Henry Munoz III", "Mr. Munoz"]},
),
dict(
    id="army-66860-fort-belvoir-hispanic-heritage-month",
    source="http://www.army.mil/article/66860/Hispanic_Heritage_Month_observance_informs__educates/",
    license=PD, retrieved=PAGES + " (army.mil story on Fort Belvoir's Hispanic Heritage Month observance at the Officers' Club, Sept. 29, with Lt. Gen. Rhett Hernandez, commander of U.S. Army Cyber Command/2nd Army, as keynote speaker (no headline, date or writer in the stored copy; slug 'Hispanic_Heritage_Month_observance_informs__educates'), so no headline is added (H1818); the last paragraph, 'Sgt. 1st Class, Mark Roberts, EEO, Equality Opportunity Advisor found Hernand', cut in the stored copy, dropped; the observance theme in marks credited to the man who thought of it, and the mother's advice without marks inside the general's span (H2251); 'Hispanic-American's', 'observances theme' and straight marks as stored)",
    text='''Fort Belvoir's Equal Opportunity Office hosted the Hispanic Heritage Month observance Sept. 29, at the Officers' Club.
Opening remarks were given by Brig. Gen. Robert L. Walter, U.S. Army Intelligence and Security Command, deputy commanding general, which was followed by the singing of the National Anthem by special guest Mairim Basel.
Walter thanked EOO for organizing the observance and commented on how Hispanic-American's have made key contributions to American history.
The singing of the National Anthem was followed by the invocation from Chaplain (Lt. Col) Joel L. Russell, INSCOM Chaplain and the recognition of Maurice Sanabria for coming up with the observances theme: "Many Backgrounds, Many Stories, One American Spirit." Sanabria, who works for the Defense Logistics Agency in Richmond, Va., was presented with a commanders coin by Garrison Commander Col. John Strycula.
Keynote speaker, Lt. General Rhett Hernandez, U.S. Army Cyber Command/2nd Army commander said he was honored to speak at the observance.
Hernandez spoke at length about his heritage, saying his grandparents emigrated from Mexico and settled small Pennsylvania town. He discussed how everyone in his Family spoke Spanish except for him because his Family insisted that he speak English so he could teach them the language.
Hernandez also spoke about not knowing where his lunch money was going to come from and eating more powdered eggs and strange milk than he wants to remember.
He never saw himself as a minority. However he was aware from teacher comments that other people did.
"To be clear, I knew I was Hispanic, and while times were hard, I was proud of who I was and of my Family," Hernandez said. "My mom was proud, a hard worker, a great teacher of values, academics and sports. I was determined to do what my mom always told me to do - work hard, be a good boy. Get out of this town and make something of yourself."''',
    quotes=[
        Q('"Many Backgrounds', 'American Spirit."', None),
        Q('"To be clear', 'of my Family,"', "Rhett Hernandez"),
        Q('"My mom was proud', 'something of yourself."', "Rhett Hernandez"),
    ],
    aliases={"Rhett Hernandez": ["Rhett Hernandez", "Lt. General Rhett Hernandez", "U.S. Army Cyber Command/2nd Army commander", "Hernandez"]},
),
dict(
    id="ngb-574173-south-dakota-guard-fargo-flood-2009",
    source="https://www.nationalguard.mil/News/Article-View/Article/574173/south-dakota-soldiers-united-in-flooding-efforts",
    license=PD, retrieved=PAGES + " (National Guard Bureau story by PFC Jacqueline Fitzgerald, U.S. Army, March 21, 2009, on South Dakota Army National Guard soldiers and Fargo residents watching the Red River dikes; the page is stored twice with the same text, used once; the site lines ('An official website of the United States government', the .mil and lock lines, 'Home : News : Article View'), the line 'NEWS | March 21, 2009' and the byline line dropped; headline kept as the first line; the dateline 'FARGO, N.D. - ' kept as stored; the last paragraph, 'Thousands of volunteers poured into the Fargodome Sunday morning to fill sandbags to build a surplus for', cut in the stored copy, dropped; the writer's term in marks with its comma and a resident and a soldier quoted in two pieces each (H2253); 'the139th' and straight marks as stored)",
    text='''South Dakota Soldiers united in flooding efforts
FARGO, N.D. - Flooding levels on the Red River remain high, but residents can put their minds to rest knowing that National Guard members are constantly checking the dikes for leaks and weak points.
More than 340 members from the South Dakota Army National Guard (SDARNG) continue to assist with mitigation efforts.
Residents in Fargo, like Jim Burdine, have been organizing community watch systems, working side-by-side national guardsmen to ensure authorities are notified of problems along the dikes.
Unlike the flood of 1997, the 2009 flood brought about a "game plan," and individuals like Burdine took it upon himself to take action.
"We have meetings to update those in our neighborhood and over 1,000 meals have been served from our garage," said Burdine. "People have lost sleep and having Guardsmen here to give us a little breather really helps."
Members of the 153rd Engineer Battalion, Huron, S.D., rotate through 12-hour shifts at checkpoints throughout town. Their mission is to alert authorities if a leak or breach occurs on the dike as well as aid officials in reminding residents that homes near the dike are restricted after daylight hours.
"There is always someone watching the dikes and that helps put people at ease," said Pfc. Jess Krantz of Watertown, member of the139th Brigade Support Battalion SDARNG. "We have an important job that gives these people a chance to rest, and it makes us feel good to make up the difference."''',
    quotes=[
        Q('"game plan,"', None, None),
        Q('"We have meetings', 'from our garage,"', "Jim Burdine"),
        Q('"People have lost sleep', 'really helps."', "Jim Burdine"),
        Q('"There is always someone', 'at ease,"', "Jess Krantz"),
        Q('"We have an important job', 'the difference."', "Jess Krantz"),
    ],
    aliases={"Jim Burdine": ["Jim Burdine", "Burdine"],
             "Jess Krantz": ["Jess Krantz", "Pfc. Jess Krantz of Watertown", "member of the139th Brigade Support Battalion SDARNG"]},
),
dict(
    id="dvids-238675-navifor-aapi-heritage-month-2017",
    source="https://www.dvidshub.net/news/238675/asian-american-pacific-islander-heritage-month-celebrated",
    license=PD, retrieved=PAGES + " (DVIDS story on the Asian American and Pacific Islander Heritage Month ceremony of Naval Information Forces, Naval Network Warfare Command, Tenth Fleet and Navy Cyber Defense Operations Command in Suffolk, May 25 (2017 by the crawl's date field; no headline or writer in the stored copy; slug 'asian-american-pacific-islander-heritage-month-celebrated'), so no headline is added (H1818); the crawl field ' date 2017-05-25' before the first paragraph and the empty lines between paragraphs dropped; the last paragraph, 'According to the Naval Heritage and History', cut in the stored copy, dropped; a state delegate quoted as guest speaker and the year's theme in marks with the writer's comma (H2254); 'AAPI’s', 'U. S. history' and curly marks as stored)",
    text='''Sailors and DoD civilians assigned to Naval Information Forces (NAVIFOR), Naval Network Warfare Command (NNWC), Tenth Fleet, Suffolk and Navy Cyber Defense Operations Command (NCDOC) gathered to recognize Asian American and Pacific Islander (AAPI) Heritage Month with a ceremony held on May 25.
Rear Adm. Matthew J. Kohler, commander, NAVIFOR, delivered the observance’s opening remarks and introduced the guest speaker.
Honorable Ron Villanueva, Virginia House of Delegates Twenty-First District, a native of Virginia served as guest speaker for the event held in the Information Dominance Corps Hall of Heroes auditorium.
“AAPI’s have made significant contributions to America’s social, economic, political, educational, artistic, literary, scientific, medical, and entertainment communities,” said Villanueva. “They are part of the overall fabric of America and they continue to help build our great nation.”
Delegate Villanueva considered himself fortunate to be at NAVIFOR with the men and women of the military as we celebrate Asian American and Pacific Islander Heritage Month.
“In May we recognize the achievements and celebrate the diversity of Asian American and Pacific Islander culture and heritage,” said Villanueva. “AAPI’s have become leaders, activists, and of course politicians.”
In closing, Delegate Villanueva congratulated and thanked the men and women present today and throughout the organization for all that they do in making America safer.
On May 7, 1990, President George H. W. Bush issued a proclamation designating May 1990 as the first AAPI Heritage Month, changing the observance from a week to a month.
This year’s theme, “Unite Our Voices by Speaking Together,” encouraged all Sailors and civilian employees to reflect on the impacts of AAPI’s on U. S. history.''',
    quotes=[
        Q('“AAPI’s have made significant', 'entertainment communities,”', "Ron Villanueva"),
        Q('“They are part of the overall', 'our great nation.”', "Ron Villanueva"),
        Q('“In May we recognize', 'culture and heritage,”', "Ron Villanueva"),
        Q('“AAPI’s have become leaders', 'of course politicians.”', "Ron Villanueva"),
        Q('“Unite Our Voices', 'Speaking Together,”', None),
    ],
    aliases={"Ron Villanueva": ["Ron Villanueva", "Honorable Ron Villanueva", "Delegate Villanueva", "Villanueva"]},
),
dict(
    id="usmc-blog-2012-12-toys-for-tots-hurricane-sandy",
    source="http://marines.dodlive.mil/2012/12/21/marines-toys-for-tots-foundation-fill-stockings-for-needy-kids/",
    license=PD, retrieved=PAGES + " (post of the Marine Corps' official blog on marines.dodlive.mil, December 21, 2012 by its address, on the Toys for Tots drive of the 6th Communication Battalion in Brooklyn after Hurricane Sandy (no writer line in the stored copy; photos by Sgt. Aaron Hostutler); the blog's lines 'Marines Blog', 'The Official Blog of the United States Marine Corps' and 'Subscribe by RSS' dropped; headline kept as the first line; the two photo captions ('Sgt. Maj. of the Marine Corps Micheal P. Barrett and Santa ... (U.S. Marine Corps photo by Sgt. Aaron Hostutler)', 'A park on the coast in New York ... (U.S. Marine Corps photo by Sgt. Aaron Hostutler)') and the link line '| More: Marines help rescue 14 New Yorkers trapped after Hurricane Sandy |' dropped (H2253), so Micheal P. Barrett and Santa, named only in a caption, are not in the text; the last paragraph, 'It’s this hope that drives the Marines ... one of the larg', cut in the stored copy, dropped; the double space in 'community.  Beyond' and curly marks and apostrophes as stored)",
    text='''Marines, Toys for Tots Foundation Fill Stockings for Needy Kids
Hurricane Sandy is long gone. But, for those in her path who lost everything, the storm is still very real and continues to impact their lives today.
“Half an hour is all the time it took between us finding the water in the boiler room and making it out of the house in waist high water,” said Nadia Reyes, a Brooklyn native. “We lost everything that was in the house. My son’s toy chest was literally floating.”
Reyes is one of thousands of citizens in the tri-state area whose homes and belongings were lost to Hurricane Sandy Oct. 29.
It’s nearly impossible to predict the damage any natural disaster can have on a community.  Beyond the physical damage, there is an emotional burden as well. Many families are still homeless and faced with the possibility of heading into the holiday season without shelter and clothing for themselves or gifts for their children.
“You can easily go to a dark place and think that it’s not going to get better, but when people reach out to you and offer assistance, it makes you feel like there is hope,” Reyes said.''',
    quotes=[
        Q('“Half an hour is all the time', 'waist high water,”', "Nadia Reyes"),
        Q('“We lost everything', 'literally floating.”', "Nadia Reyes"),
        Q('“You can easily go', 'there is hope,”', "Nadia Reyes"),
    ],
    aliases={"Nadia Reyes": ["Nadia Reyes", "a Brooklyn native", "Reyes"]},
),
dict(
    id="uscg-2011-02-ice-rescue-training-great-lakes",
    source="https://coastguardnews.com/coast-guard-men-and-women-train-for-ice-rescue/2011/02/10/",
    license=PDC, retrieved=PAGES + " (Coast Guard story by Petty Officer 1st Class John Masson on Petty Officer 2nd Class William Phillips of Station Oswego at the ice rescue 'train the trainer' course of the Ice Capabilities Center of Excellence at Station Saginaw River, reposted on coastguardnews.com (February 10, 2011 by its address); the photo caption that opens the stored copy ('Essexville, Mich. - Coast Guard Chief Petty Officer Jason Betzing waits ... (U.S. Coast Guard photo by Petty Officer 2nd Class Lauren Jorgensen)') with the byline 'by Petty Officer 1st Class John Masson.' glued to it dropped (H792, H2253), so Jason Betzing is not in the text; headline kept as the first line; the last paragraph, 'Phillips, in his eighth year of service ... learning ice rescue tech', cut in the stored copy, dropped; 'he said' before the speaker's surname is used, after two paragraphs about him, and the course name in marks (H2253); curly marks and apostrophes as stored)",
    text='''Coast Guard men and women train for ice rescue
For Coast Guard Petty Officer 2nd Class William Phillips, it might have been tempting to simply turn up the thermostat inside Station Oswego, N.Y., and wait for winter to go away.
After all, this is the 28-year-old Tennessean’s first tour in the northern United States, and it’s a lot colder on the Great Lakes than at stations in Galveston, Texas, and Tybee Island, Ga., where he’d previously served.
“I didn’t have very much experience with ice and ice rescue before this,” he said. “I had only gotten out on the ice three or four times.”
Of course, waiting out the weather isn’t really the Coast Guard’s style. So the presence of Phillips and his Station Oswego shipmate, Petty Officer 2nd Class Shaun Wilson, on a frozen Lake Huron for a four-day “train the trainer” course at the Ice Capabilities Center of Excellence wasn’t a complete surprise.
“The school was great. It was fun,” Phillips said. “It actually challenged us, but it definitely challenged us in a positive way. My comfort level has just skyrocketed, as far as what I feel my capabilities are, but looking back to just a couple of years ago I never would have thought I’d be operating on an ice-covered lake with people depending on me.”''',
    quotes=[
        Q('“I didn’t have very much', 'before this,”', "William Phillips"),
        Q('“I had only gotten out', 'or four times.”', "William Phillips"),
        Q('“train the trainer”', None, None),
        Q('“The school was great. It was fun,”', None, "William Phillips"),
        Q('“It actually challenged us', 'depending on me.”', "William Phillips"),
    ],
    aliases={"William Phillips": ["William Phillips", "Coast Guard Petty Officer 2nd Class William Phillips", "the 28-year-old Tennessean", "Phillips"]},
),
]
