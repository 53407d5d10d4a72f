# Held-out English news texts (tests/data/heldout566-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air Force,
# the Navy, the Coast Guard, the National Guard, the Army and the Marine Corps: three Air Force stories on airmen
# volunteering at Special Olympics events (barksdale.af.mil 321836, seymourjohnson.af.mil 662683, 2014, nellis.af.mil
# 284315); a navy.mil story on the 2016 Sailors of the Year of USS George H.W. Bush visiting College Station, Texas
# (2258868, November 15, 2016); two Coast Guard stories reposted on coastguardnews.com (Sector Delaware Bay members
# serving lunch at Saint John's Hospice in Philadelphia; the Coast Guard Academy's 2012 Feds Feed Families drive); a
# National Guard Bureau story on the Youth ChalleNGe programme's 100,000th graduate (nationalguard.mil 599911, March 3,
# 2011); an Arlington National Cemetery (Army) blog story on veterans of the Armed Forces Retirement Home placing flags
# at the Soldiers' and Airmen's Home National Cemetery (arlingtoncemetery.mil post 14738, May 2025); and a marines.mil
# story on the 39th Marine Corps Marathon (535564, October 28, 2014). None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph
# is dropped (noted in `retrieved`). Site lines ('.mil website' notice lines, 'Home : News : Article View', 'NEWS | ...'
# date lines, '• Published' / '• By ...' lines, the navy.mil date line, bylines and the marines.mil date-and-byline
# line), photo blocks and captions, a site's section label glued to a paragraph, a lead paragraph printed twice, the
# indentation of a paragraph, spaces at the end of a paragraph and the empty lines between paragraphs are dropped; a
# headline is kept once as the first line where the stored copy has one (none is added where it has none); datelines are
# kept as stored; wording, typos, double spaces, dashes, ellipses and quotation marks (straight or curly as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H2265-H2269 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout566-en.jsonl

Built by `build.py` from `heldout566_pages.py`. Like heldout558-en, heldout545-en, heldout539-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): three Air Force stories on airmen
volunteering at Special Olympics events, 'Airmen catch volunteer spirit, team with Special Olympics' (barksdale.af.mil
321836, by 2d Lt. Amy Abbott, 2d Bomb Wing Public Affairs, no year in the stored copy), 'Airmen help make local Special
Olympics one to remember' (seymourjohnson.af.mil 662683, by Airman 1st Class Shawna L. Keyes, 4th Fighter Wing Public
Affairs, on an event of March 15, 2014) and 'Airmen volunteer at Special Olympics' (nellis.af.mil 284315, by Airman 1st
Class Christopher Tam, 99th Air Base Wing Public Affairs, no year in the stored copy); a navy.mil story by Seaman Joseph
Boggio, USS George H.W. Bush (CVN 77) Public Affairs, 'GHWB 2016 Sailors of the Year Complete Namesake Visit' (2258868,
November 15, 2016); two Coast Guard stories reposted on coastguardnews.com, 'Coast Guard members help feed the homeless
in Philadelphia' (by Petty Officer 3rd Class Crystalynn A. Kneen, no date in the stored copy) and 'Coast Guard Academy
participates in Federal campaign to give back to community' (a Coast Guard Academy News item of October 25, 2012 by its
address, no writer in the stored copy); a National Guard Bureau story, 'Guard's Youth ChalleNGe program celebrates
100,000th graduate during gala' (nationalguard.mil 599911, March 3, 2011, 'Courtesy Story', no writer named); a story
of the blog of Arlington National Cemetery, which the Army runs, on veterans of the Armed Forces Retirement Home and
soldiers of the Old Guard placing flags at the Soldiers' and Airmen's Home National Cemetery ('We Owe It to Them: Veterans
and Soldiers Place Flags at Soldiers' and Airmen's Home National Cemetery' by its address, arlingtoncemetery.mil blog
post 14738, on May 22, 2025, no headline or writer in the stored copy); and a marines.mil story by Cpl. Fareeza Ali,
Defense Media Activity, 'Marine Corps Marathon still running after 39 years' (535564, October 28, 2014). Reuse terms
relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil pages are the
services' own stories; the two coastguardnews.com copies reproduce Coast Guard stories (one credited to a Coast Guard
public affairs writer, the other labelled as Coast Guard Academy News) and are marked as copies on a non-government site
(as the coastguardnews.com copies of heldout539-en and heldout545-en). Licence caveats: the stored copies of the Coast
Guard Academy, National Guard Bureau ('Courtesy Story') and Arlington National Cemetery stories name no writer, so the
writer's status is taken from the service publishing them as its own stories; the Arlington story is recent (2025) and
is a post of the cemetery's own blog; the stories quote private people and officials of other bodies (a Special
Olympics competition manager at a middle school, the National Guard Youth Foundation's president and a ChalleNGe
graduate, retired veterans living at the Armed Forces Retirement Home, a retired Coast Guard chief) inside the
public-domain stories, and the Nellis story quotes the Special Olympics' mission statement from its website. None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and the cut paragraph is dropped (what was dropped is noted per page; the Coast Guard
Academy copy ends on a complete paragraph, which is kept). The site lines (the '.mil website' notice lines, 'Home : News
: Article View', 'NEWS | March 3, 2011', the navy.mil date line '15 November 2016', the '• Published' / '• By ...' /
unit lines, the bylines 'From Seaman Joseph Boggio, ...', 'by Petty Officer 3rd Class Crystalynn A. Kneen' and 'By
Courtesy Story', the marines.mil line '28 Oct 2014 | Cpl. Fareeza Ali Defense Media Activity'), the marines.mil photo
block ('Photo Information', the caption on Paul Kelly and 'Photo by Cpl. Sarah Luna'), the coastguardnews.com section
label 'Coast Guard Academy News' glued to the first paragraph, the navy.mil lead paragraph printed twice (kept once), the
indentation of a marines.mil paragraph, the empty lines between paragraphs and spaces at the end of a paragraph were
dropped; headlines are kept once as the first line where the stored copy has one (the Arlington post has none and gets
none, H1818); datelines ('PHILADELPHIA –', 'WASHINGTON -') are kept as stored; wording, typos ('how happy the they are',
'July 1 though Aug. 30', 'boatswains mate', 'Smithfield Middle school'), the double space in 'Philadelphia.  “They',
dashes, ellipses and quotation marks (straight or curly as stored) are as stored. Pages read but left out: stories
already in earlier sets (the Landers Elementary 'Rhinos' visit, the Futenma Marines at the World Mission Christian
School, the 2nd MLG Marines' community day, the Yuma Marines at Suverkrup Elementary, the NOAA hurricane awareness tour
release), pages with fewer than two complete quotations before the cut (the Fort Hood turkey basket story, army.mil
262105; the George & Barbara Bush Foundation visit, dvidshub.net 418281), further pages left for other sets (the Joint
Base Andrews Special Olympics bowling story 1087779, the Davis-Monthan, AFDW, Keesler and JBSA-Lackland Special Olympics
stories, the Virginia and Air National Guard ChalleNGe graduation stories 2967874 and 3632583, the Coast Guard stories on
northern New England volunteers and the Maryland Food Bank record, a 2022 Alaska Guard ChalleNGe award story 3148015), a
copy of an AFRICOM story on an azurewebsites.net host, and newspaper, TV and magazine pages, forum archives, NASA and NOAA
media advisories and lists found by the same searches. None of the pages used is in any set above or in another helper's
worktree (checked by URL and page id (321836, 662683, 284315, 2258868, 599911, 14738, 535564, the coastguardnews.com
slugs), by title and slug and by the names of their speakers and phrases, such as Neil Heerdink, Brenda Skaggs, Holiday
Lanes, Loren Campbell, Sheng Morris, Ken Maxwell, Damyan Jackson, Smithfield Middle, Brian LeClair, Cheyenne High
School, autistic nephews, Huben Phillips, Andrew Tonski, Namesake Visit, Michael J. Goglia, Saint John’s Hospice,
cinder-block walls, Sector Delaware Bay, Bill Martin, Lloyd Pierce, boatswains mate, Tori Walston, Gail Dady,
ChalleNGe, 100,000th graduate, Ernie Stallcop, Milton Stark, Richard Strait, Armed Forces Retirement Home, Flags In,
Samuel Kosgei, Laban Sialo and Kyle Carpenter, with grep over tests/data of the main tree and of every other helper's
worktree (heldout552-565): no hit). The annotation (rules H2265–H2269 in `ANNOTATION.md` on top of H1–H2264) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="barksdale-321836-special-olympics-bowling-swim",
    source="https://www.barksdale.af.mil/News/Article/321836/airmen-catch-volunteer-spirit-team-with-special-olympics/",
    license=PD, retrieved=PAGES + " (Barksdale Air Force Base story by 2d Lt. Amy Abbott, 2d Bomb Wing Public Affairs, on airmen volunteering at the Special Olympics Louisiana state unified bowling and swim competitions, July 26 (no year in the stored copy); the lines '• Published', '• By 2d Lt. Amy Abbott' and '• 2d Bomb Wing Public Affairs' and the spaces at the end of the paragraphs dropped; headline kept as the first line; the last paragraph, 'As of July, more than 350 vo', cut in the stored copy, dropped; `said Airman Skaggs`, a short rank form after `Senior Airman Brenda Skaggs`, and an athlete partner named but not quoted (H2268); straight marks as stored)",
    text='''Airmen catch volunteer spirit, team with Special Olympics
More than 75 members from Barksdale Air Force Base spent their Saturday morning helping make a difference in someone else's life. On July 26 the Airmen volunteered to help athletes compete at the Special Olympics Louisiana state unified bowling competition and state swim competition.
"Volunteering gives you a true sense of accomplishment," said Tech. Sgt. Neil Heerdink, executive assistant to the 8th Air Force command chief and co-chair volunteer coordinator for Louisiana's Special Olympics Northwest area. "These athletes are the most genuine people. They do things every day that we take for granted."
The Airmen arrived bright and early at both the Holiday Lanes Bowling Alley in Bossier City and Louisiana State University in Shreveport to check in and help set up. The volunteers at the LSUS campus were time keepers for the swimmers.
At the alley, the volunteers helped by either bowling as a partner or assisting the athletes. They bowled in the morning as two man teams and then the afternoon in groups. After each event, medals were given out to everyone in either first, second or third place.
"My favorite part of the day was helping the athletes bowl and seeing the excitement in their faces when they knocked over pins," said Senior Airman Brenda Skaggs, a reservist with the 307th Red Horse Squadron currently working with the 2d Force Support Squadron. "The athletes had a great time and the volunteers had fun as well. It was a very successful event."
Airman Skaggs bowled with her partner, Special Olympian Loren Campbell. They won second place within their group.
"I feel interacting with the community showed them we care about our home front just like we do our mission," said Airman Skaggs. "The community gives us, the military members, full support and we should give them support too."''',
    quotes=[
        Q('"Volunteering gives you', 'sense of accomplishment,"', "Neil Heerdink"),
        Q('"These athletes are the most genuine', 'for granted."', "Neil Heerdink"),
        Q('"My favorite part of the day', 'knocked over pins,"', "Brenda Skaggs"),
        Q('"The athletes had a great time', 'successful event."', "Brenda Skaggs"),
        Q('"I feel interacting with the community', 'do our mission,"', "Brenda Skaggs"),
        Q('"The community gives us', 'support too."', "Brenda Skaggs"),
    ],
    aliases={"Neil Heerdink": ["Neil Heerdink", "Tech. Sgt. Neil Heerdink", "executive assistant to the 8th Air Force command chief and co-chair volunteer coordinator for Louisiana's Special Olympics Northwest area"],
             "Brenda Skaggs": ["Brenda Skaggs", "Senior Airman Brenda Skaggs", "a reservist with the 307th Red Horse Squadron currently working with the 2d Force Support Squadron", "Airman Skaggs"]},
),
dict(
    id="seymourjohnson-662683-special-olympics-smithfield-2014",
    source="https://www.seymourjohnson.af.mil/News/Article-Display/Article/662683/airmen-help-make-local-special-olympics-one-to-remember",
    license=PD, retrieved=PAGES + " (Seymour Johnson Air Force Base story by Airman 1st Class Shawna L. Keyes, 4th Fighter Wing Public Affairs, on Team Seymour volunteers at the second quarter Special Olympics in Smithfield, N.C., March 15, 2014; the lines '• Published', '• By Airman 1st Class Shawna L. Keyes' and '• 4th Fighter Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'The Special Olympics first began in the 1950s ... held a summer day camp for y', cut in the stored copy, dropped; a sentence fragment in marks as the second piece after the cue, a speaker presented with his role before the name, and a speaker quoted again after two others (H2268); 'how happy the they are', 'Smithfield Middle school' and straight marks as stored)",
    text='''Airmen help make local Special Olympics one to remember
Team Seymour members volunteered for the second quarter Special Olympics March 15, 2014, in Smithfield, N.C.
During the event more than 70 volunteers from Seymour Johnson helped facilitate the event for 600 North Carolina athletes.
"I'm glad the base has a huge group that comes out to support this event," said Airman 1st Class Sheng Morris, 4th Contracting Squadron contract specialist. "It's very rewarding to know that being a volunteer has an impact on our community."
The competition manager at Smithfield Middle school, Ken Maxwell, also thanked Team Seymour members who volunteered at the event Saturday.
"The volunteers went above and beyond," said Maxwell. "Ensuring the competition ran as smoothly and efficiently as possible for all of the athletes."
The Special Olympics in Smithfield featured basketball tournaments along with individual skills competitions, including dribbling, shooting and passing stations. Each section had a volunteer and an assistant to help organize participants.
Senior Airman Damyan Jackson, 4th Logistics Readiness Squadron vehicle operator and volunteer coordinator, attributed his desire for helping at Special Olympics events to having a relative with special needs.
"Growing up with an older brother who has Asperger's syndrome gave me a passion for volunteering for people with special needs," said Jackson.
Volunteers from the base also expressed their satisfaction to brighten the day of the participants.
"I had a lot of fun helping at the game stations where you get to see the different skill levels and just how happy the they are," said Morris. "A little smile can make a huge difference and it makes me happy to know I helped put that smile on an athlete's face."''',
    quotes=[
        Q('"I\'m glad the base has a huge group', 'support this event,"', "Sheng Morris"),
        Q('"It\'s very rewarding to know', 'our community."', "Sheng Morris"),
        Q('"The volunteers went above and beyond,"', None, "Ken Maxwell"),
        Q('"Ensuring the competition ran', 'of the athletes."', "Ken Maxwell"),
        Q('"Growing up with an older brother', 'special needs,"', "Damyan Jackson"),
        Q('"I had a lot of fun', 'how happy the they are,"', "Sheng Morris"),
        Q('"A little smile can make', "an athlete's face.\"", "Sheng Morris"),
    ],
    aliases={"Sheng Morris": ["Sheng Morris", "Airman 1st Class Sheng Morris", "4th Contracting Squadron contract specialist", "Morris"],
             "Ken Maxwell": ["Ken Maxwell", "The competition manager at Smithfield Middle school", "Maxwell"],
             "Damyan Jackson": ["Damyan Jackson", "Senior Airman Damyan Jackson", "4th Logistics Readiness Squadron vehicle operator and volunteer coordinator", "Jackson"]},
),
dict(
    id="nellis-284315-special-olympics-north-las-vegas",
    source="https://www.nellis.af.mil/News/Article-Display/Article/284315/airmen-volunteer-at-special-olympics",
    license=PD, retrieved=PAGES + " (Nellis Air Force Base story by Airman 1st Class Christopher Tam, 99th Air Base Wing Public Affairs, on airmen of Nellis and Creech volunteering at the 11th annual Special Olympics at Cheyenne High School in North Las Vegas, May 2 (no year in the stored copy); the lines '• Published', '• By Airman 1st Class Christopher Tam' and '• 99th Air Base Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, '\"For me it\\'s awesome', cut in the stored copy, dropped, while the complete paragraph before it is kept; the organisation's mission statement quoted after `according to the www.specialolympics.org mission statement`, brackets inside a span and `he said` after `LeClair went on to explain` (H2268); straight marks as stored)",
    text='''Airmen volunteer at Special Olympics
Airmen from here, Creech AFB and their families volunteered at the 11th annual Special Olympics May 2 at Cheyenne High School in North Las Vegas.
More than 80 Airmen from various units supported approximately 1,900 athletes by organizing competitions, recording results and providing cheer support.
The purpose of the Special Olympics, according to the www.specialolympics.org mission statement, is to "provide year-round sports training and athletic competition in a variety of Olympic-type sports for children and adults with intellectual disabilities, giving them continuing opportunities to develop physical fitness, demonstrate courage, experience joy and participate in a sharing of gifts, skills and friendship with their families, other Special Olympics athletes and the community."
Volunteers for this event weren't hard to find because it involved children in the local community.
"Anytime you have an event like this, the Special Olympics or anything that has to do with children, it is never a problem getting volunteers," said Senior Master Sgt. Brian LeClair, 99th Surgical Operations Squadron superintendent. "I sent one last email on Sunday asking for 25 [volunteers], and by the morning, I had [more than] 100 emails in our organizational inbox, Airmen just wanting to come out and help."
LeClair went on to explain it's more than the volunteering aspect of it all because people get an unforgettable experience.
"If you volunteer for the Special Olympics, you're going to get more than what you put into it," he said. "It's that feeling they get inside, when helping someone out, cheering them on and helping them do their best. That is what the Special Olympics are all about."
The Special Olympics wasn't just a volunteer experience to LeClair. His experience as an uncle to two autistic nephews made this personal.''',
    quotes=[
        Q('"provide year-round sports training', 'and the community."', "Special Olympics"),
        Q('"Anytime you have an event like this', 'getting volunteers,"', "Brian LeClair"),
        Q('"I sent one last email', 'come out and help."', "Brian LeClair"),
        Q('"If you volunteer for the Special Olympics', 'put into it,"', "Brian LeClair"),
        Q('"It\'s that feeling they get inside', 'all about."', "Brian LeClair"),
    ],
    aliases={"Special Olympics": ["Special Olympics", "www.specialolympics.org"],
             "Brian LeClair": ["Brian LeClair", "Senior Master Sgt. Brian LeClair", "99th Surgical Operations Squadron superintendent", "LeClair"]},
),
dict(
    id="navy-2258868-ghwb-sailors-of-the-year-namesake-visit",
    source="https://www.navy.mil/Press-Office/News-Stories/display-news/Article/2258868/ghwb-2016-sailors-of-the-year-complete-namesake-visit",
    license=PD, retrieved=PAGES + " (navy.mil story by Seaman Joseph Boggio, USS George H.W. Bush (CVN 77) Public Affairs, on the ship's 2016 Sailors of the Year visiting College Station, Texas, Nov. 10-12, 2016; the '.mil website' notice lines, the date line '15 November 2016' and the byline 'From Seaman Joseph Boggio, USS George H.W. Bush (CVN 77) Public Affairs' dropped; headline kept as the first line; the lead paragraph, printed twice (summary and body), kept once (H1246); the last paragraph, 'Tonski, who was also GHWB\\'s 2014 Petty Officer of the Year, added it is important ... U.S. Navy Sailors', cut in the stored copy and reported speech, dropped (H2269); straight marks as stored)",
    text='''GHWB 2016 Sailors of the Year Complete Namesake Visit
Sailors of the Year from aircraft carrier USS George H. W. Bush (CVN 77) visited College Station, Texas, and neighboring communities, Nov. 10-12.
The trip gave the GHWB 2016 Sailors of the Year the opportunity to volunteer at a Habitat for Humanity project, visit the George Bush Presidential Library and Museum, tour Texas A&M University, attend a military appreciation game night, and meet the ship's namesake.
"We are one of very few U.S. Navy warships with a living namesake, and the Bush family remains actively involved with the ship, to include keeping up with our Sailors," said GHWB Command Master Chief Huben Phillips. "President Bush has 7 1/2 decades of service to our country, so bringing our Sailors of the Year here for a namesake visit serves to strengthen our heritage."
The trip began by volunteering at a Habitat for Humanity project where the Sailors and students from Texas A&M University prepared homes by smoothing out a foundation, cleaning, and loading trucks.
"The trip this year allowed us another chance to interact with people that we met," said Petty Officer 2nd Class Andrew Tonski, GHWB's 2016 Junior Sailor of the Year. "It gave us an opportunity to get to know the people around us, and for them to get to know us as both Sailors and people."''',
    quotes=[
        Q('"We are one of very few', 'with our Sailors,"', "Huben Phillips"),
        Q('"President Bush has 7 1/2 decades', 'our heritage."', "Huben Phillips"),
        Q('"The trip this year allowed us', 'that we met,"', "Andrew Tonski"),
        Q('"It gave us an opportunity', 'Sailors and people."', "Andrew Tonski"),
    ],
    aliases={"Huben Phillips": ["Huben Phillips", "GHWB Command Master Chief Huben Phillips"],
             "Andrew Tonski": ["Andrew Tonski", "Petty Officer 2nd Class Andrew Tonski", "GHWB's 2016 Junior Sailor of the Year"]},
),
dict(
    id="coastguardnews-sector-delaware-bay-saint-johns-hospice",
    source="https://coastguardnews.com/coast-guard-members-help-feed-the-homeless-in-philadelphia/",
    license=PD, retrieved=PAGES + " (Coast Guard story by Petty Officer 3rd Class Crystalynn A. Kneen on members of Sector Delaware Bay and Air Station Atlantic City serving lunch at Saint John's Hospice in Philadelphia (no date in the stored copy), reposted on coastguardnews.com, a non-government site; the byline 'by Petty Officer 3rd Class Crystalynn A. Kneen' dropped; headline kept as the first line; the dateline 'PHILADELPHIA –' kept as stored; the last paragraph, '“I recruit volunteers from the Sector most of the time,” said Goglia. “Some are repeats but today we have some', cut in the stored copy, dropped whole with its complete first quotation (H2121); a second piece whose opening mark is never closed before a paragraph of narration, and a sign's wording without marks (H2267); the double space before that piece and curly marks as stored)",
    text='''Coast Guard members help feed the homeless in Philadelphia
PHILADELPHIA – The cinder-block walls of the cafeteria were painted an antique yellow. A tattered American flag hung in the doorway of the small table-filled area. The clanking of silverware and utensils overwhelm the undersized kitchen quarters. The limited serving domain was brimming with aluminum containers filled with a variety of nourishing foods donated to the cause.
An assembly of men of all walks of life patiently waits their turn, out the building, around the corner and down a busy street in central Philadelphia.
This building holds a sign tall and proud, which states clearly: Saint John’s Hospice seeks to be a community grounded in faith and service where homeless persons find dignity, respect, nourishment and opportunities for a new beginning.
A group of Coast Guard members from Coast Guard Sector Delaware Bay in Philadelphia, and Coast Guard Air Station Atlantic City, N.J., have volunteered their time to engage in providing the comfort and assistance for Saint John’s Hospice, and serve the homeless during the lunch hour.
“Saint John’s Hospice offers a variety of services to homeless men in the Philadelphia area,” said Petty Officer 1st Class Michael J. Goglia, a member of the facilities engineering department at Coast Guard Sector Delaware Bay in Philadelphia.  “They serve lunch daily, offer a mail program, help with resumes and counseling.
Goglia has been in charge of organizing the community relation with Saint John’s Hospice for over a year and also organizes a clothing drive for donations to the hospice.
“The group of Coast Guard volunteers participate once a month and help serve food and fill water during lunch,” said Goglia.
The volunteers usually serve anywhere between 200 to 400 people in an hour.''',
    quotes=[
        Q('“Saint John’s Hospice offers', 'Philadelphia area,”', "Michael J. Goglia"),
        Q('“They serve lunch daily', 'resumes and counseling.', "Michael J. Goglia"),
        Q('“The group of Coast Guard volunteers', 'during lunch,”', "Michael J. Goglia"),
    ],
    aliases={"Michael J. Goglia": ["Michael J. Goglia", "Petty Officer 1st Class Michael J. Goglia", "a member of the facilities engineering department at Coast Guard Sector Delaware Bay in Philadelphia", "Goglia"]},
),
dict(
    id="coastguardnews-2012-coast-guard-academy-feds-feed-families",
    source="https://coastguardnews.com/coast-guard-academy-participates-in-federal-campaign-to-give-back-to-community/2012/10/25/",
    license=PD, retrieved=PAGES + " (Coast Guard Academy News item on the academy's 2012 Feds Feed Families drive for a local food bank, October 25, 2012 by its address, no writer in the stored copy, reposted on coastguardnews.com, a non-government site; headline kept as the first line; the site's section label 'Coast Guard Academy News', glued to the first paragraph, dropped (H2249, H2267); the stored copy ends on a complete paragraph, which is kept; an inverted cue whose subject is a description of the man quoted before (`said the former boatswains mate`) (H2267); 'July 1 though Aug. 30', 'boatswains mate' and curly marks as stored)",
    text='''Coast Guard Academy participates in Federal campaign to give back to community
During these continued tough economic times, people across the nation face the challenges of keeping roofs over their heads and food on their tables. The staff, faculty and cadets at the Coast Guard Academy in New London, Conn., understand these challenges and work together to assist those in need. During the 2012 summer, the staff and faculty donated over 3,000 pounds of food and household items to a local community food bank as part of the Feds Feed Families campaign to give back to the local community and to help those in need.
A government-wide effort, the Feds Feed Families program was launched as part of President Obama’s United We Serve campaign in 2009 to assist in hunger prevention across the nation.
Organizations such as the Office of Personnel Management, U.S. Department of Defense, U.S. Department of Agriculture and U.S. Department of Homeland Security participated in the federal campaign.
As the only military organization within DHS, the Coast Guard heavily participated in the campaign this past summer.
The program ran the campaign nationally from June 1 through Sept. 30. However, the Coast Guard Academy only participated in the program from July 1 though Aug. 30.
“We got a late start with the program,” said retired Coast Guard Chief Petty Officer Bill Martin. “We hit it and ran. The first week of donations, we had 380 pounds. By Aug. 30, everyone had finished giving and they were interested in how much we had donated.”
Martin organized the drive through the Morale, Welfare and Recreation department at the academy. With the help of Command Master Chief Lloyd Pierce, they came up with a goal to raise a ton, or 2,000 pounds, to donate to the local community.
“We got people interested in the drive by offering a continental breakfast set up for the department or office of whoever contributed the most,” said the former boatswains mate.''',
    quotes=[
        Q('“We got a late start with the program,”', None, "Bill Martin"),
        Q('“We hit it and ran.', 'we had donated.”', "Bill Martin"),
        Q('“We got people interested', 'contributed the most,”', "Bill Martin"),
    ],
    aliases={"Bill Martin": ["Bill Martin", "retired Coast Guard Chief Petty Officer Bill Martin", "Martin", "the former boatswains mate"]},
),
dict(
    id="ngb-599911-youth-challenge-100000th-graduate-gala",
    source="https://www.nationalguard.mil/News/Article-View/Article/599911/guards-youth-challenge-program-celebrates-100000th-graduate-during-gala",
    license=PD, retrieved=PAGES + " (National Guard Bureau story ('Courtesy Story', no writer named) on the National Guard Youth Foundation's 2011 ChalleNGe Champions Gala in Washington celebrating the Youth ChalleNGe program's 100,000th graduate, March 3, 2011; the '.mil website' notice lines, 'Home : News : Article View', 'NEWS | March 3, 2011' and 'By Courtesy Story' dropped; headline kept as the first line; the dateline 'WASHINGTON -' kept as stored; the last paragraph, 'Louisiana Sen. Mary Landrieu said th', cut in the stored copy, dropped; sentences whose first half is reported without marks and whose second half follows the inverted cue in marks, a second piece opening with a lower-case `and`, and brackets and an ellipsis inside spans (H2265); 'ChalleNGe' and straight marks as stored)",
    text='''Guard's Youth ChalleNGe program celebrates 100,000th graduate during gala
WASHINGTON - Military leaders, members of Congress and celebrities gathered for the National Guard Youth Foundation's 2011 ChalleNGe Champions Gala here Tuesday night.
This year, the gala celebrated the National Guard Youth ChalleNGe program's 100,000th graduate.
"I am proud to be representing 100,000 other cadets, each of us with our own story of how we turned our lives around," said Tori Walston, the National Guard Youth ChalleNGe program's 100,000th graduate. "Thanks to the program, [all] of us were given a second chance … and a brighter future."
When you think of the National Guard, you don't think educator, you think warfighter, said Gail Dady, president of the National Guard Youth Foundation. "But when you think about it, [no one] is better than the National Guard to create such a successful program."
The Guard is committed to communities and in every ZIP code in our nation, Dady said, "and nothing is more important to our communities, our families, or our nation, than our youth."
She added that Guardmembers' honor, courage and integrity serve as positive examples to the cadets who have often known only bad examples.
"The program gave me a lot of discipline, structure and confidence in myself," Walston said, "as well as taught me how to believe in myself and to work as a team."
"The Youth ChalleNGe [program] is changing lives and communities for the better and strengthening our nation," Dady said, "and the Youth Foundation is very honored to partner with the Guard in achieving this."''',
    quotes=[
        Q('"I am proud to be representing', 'our lives around,"', "Tori Walston"),
        Q('"Thanks to the program, [all]', 'brighter future."', "Tori Walston"),
        Q('"But when you think about it', 'successful program."', "Gail Dady"),
        Q('"and nothing is more important', 'than our youth."', "Gail Dady"),
        Q('"The program gave me a lot of discipline', 'confidence in myself,"', "Tori Walston"),
        Q('"as well as taught me', 'work as a team."', "Tori Walston"),
        Q('"The Youth ChalleNGe [program]', 'strengthening our nation,"', "Gail Dady"),
        Q('"and the Youth Foundation', 'achieving this."', "Gail Dady"),
    ],
    aliases={"Tori Walston": ["Tori Walston", "the National Guard Youth ChalleNGe program's 100,000th graduate", "Walston"],
             "Gail Dady": ["Gail Dady", "president of the National Guard Youth Foundation", "Dady"]},
),
dict(
    id="arlingtoncemetery-14738-flags-in-soldiers-airmens-home-2025",
    source="https://arlingtoncemetery.mil/Blog/Post/14738/We-Owe-It-to-Them-Veterans-and-Soldiers-Place-Flags-at-Soldiers-and-Airmen-s-Home-National-Cemetery",
    license=PD, retrieved=PAGES + " (post of the blog of Arlington National Cemetery (Army) on soldiers of the Old Guard and veterans of the Armed Forces Retirement Home placing flags at the Soldiers' and Airmen's Home National Cemetery, May 22, 2025 (no headline or writer in the stored copy, which opens with the first paragraph after an empty line), so no headline is added (H1818); the empty line at the start and the blank line before the cut paragraph dropped; the last paragraph, 'The soldiers from the ', cut in the stored copy, dropped; a tradition's name in marks with the writer's comma, a partial quote after `explained that` that runs on into a full sentence, and pieces split by `he said,` (H2266); curly marks as stored)",
    text='''Despite gray skies and rain, on the morning of May 22, 2025, U.S. Army soldiers and veterans from the Armed Forces Retirement Home in Washington, D.C., gathered at the adjacent Soldiers’ and Airmen’s Home National Cemetery (SAHNC) to place flags at the headstones of the fallen. In a tradition known as “Flags In,” on the Thursday before Memorial Day, the Army’s 3d Infantry Regiment (the Old Guard) place small American flags in front of every headstone and niche row at both SAHNC and Arlington National Cemetery. During the event at SAHNC, the Armed Forces Retirement Home residents also participate.
The soldiers placed flags first, and as they departed SAHNC in Army buses, the veterans arrived and saluted them. A rainstorm then swept through the cemetery, but it did not stop the veterans from honoring those who had served and sacrificed.
Twenty-year U.S. Navy and Air Force veteran Ernie Stallcop said the rain did not bother him as he placed his flags. “These folks went before us,” he said, “and this is just a way of honoring their commitment and their time serving our nation.”
Milton Stark, who spent 23 years in the U.S. Navy’s submarine service and retired as a chief petty officer, explained that placing the flags, even in the rain, “is not a chore. It’s an honor to come over here and get to do this.” He added that the Armed Forces Retirement Home had given him a great deal; participating in Flags In offered a way for him to give back. “We have to be part of what these guys did,” he said.
Richard Strait, who served twelve years as a Navy corpsman for the U.S. Marine Corps, wanted to pay respects to his fellow comrades. His service took him to Panama, Haiti, Somalia and three tours in the Persian Gulf. Strait suffered combat injuries and had to be hospitalized for several years. “I’ve seen the cost and felt the cost,” he said, “not just for myself, but also for my family, who supported me the whole time.”''',
    quotes=[
        Q('“Flags In,”', None, None),
        Q('“These folks went before us,”', None, "Ernie Stallcop"),
        Q('“and this is just a way', 'serving our nation.”', "Ernie Stallcop"),
        Q('“is not a chore.', 'get to do this.”', "Milton Stark"),
        Q('“We have to be part of what these guys did,”', None, "Milton Stark"),
        Q('“I’ve seen the cost and felt the cost,”', None, "Richard Strait"),
        Q('“not just for myself', 'the whole time.”', "Richard Strait"),
    ],
    aliases={"Ernie Stallcop": ["Ernie Stallcop", "Twenty-year U.S. Navy and Air Force veteran Ernie Stallcop"],
             "Milton Stark": ["Milton Stark"],
             "Richard Strait": ["Richard Strait", "Strait"]},
),
dict(
    id="marines-535564-marine-corps-marathon-39th-2014",
    source="https://www.marines.mil/News/News-Display/Article/535564/marine-corps-marathon-still-running-after-39-years/",
    license=PD, retrieved=PAGES + " (marines.mil story by Cpl. Fareeza Ali, Defense Media Activity, on the 39th Marine Corps Marathon, Oct. 26, 2014 (story of Oct. 28, 2014); the photo block ('Photo Information', the caption 'A Marine motivates Paul Kelly, ... crossed the start line this year.' and 'Photo by Cpl. Sarah Luna') and the line '28 Oct 2014 | Cpl. Fareeza Ali Defense Media Activity' dropped (H792, H2269), so Paul Kelly, named only in the caption, is not in the text; headline kept as the first line; the leading space of the paragraph ' Wounded Warriors ...' and the spaces at the end of two paragraphs dropped; the last paragraph, 'All other awards, ... and the Hand Cycle and Wheelchair Divisio', cut in the stored copy, dropped; a cue-less paragraph with nested single marks for the crowd's words and the runner's own thought, and a bracket inside a span (H2269); curly marks as stored)",
    text='''Marine Corps Marathon still running after 39 years
U.S. Marine and Medal of Honor recipient Cpl. Kyle Carpenter skydived through the crisp morning air to the starting line as competitors started to amass on the long stretch of road awaiting the blast of a Howitzer starting the 39th Marine Corps Marathon.
Wounded Warriors in wheelchairs and hand cycles, active duty and veteran service members, and civilian runners from all over the earth flocked to the Nation’s Capital, Oct. 26.
“This is my third marathon, and it’s amazing that all 26 miles somebody was there to call for you,” said U.S. Army Spc. Samuel Kosgei, the first place male finisher of the marathon. “Everybody was there cheering for you and you need that, you get so motivated, and it helps me a lot.”
“I was hurting the last two miles and they kept telling me, ‘You got it, keep pushing it,’ and I thought, ‘They’re right, they see something in me, so I need to push myself,’ and that’s what I needed.”
For the males, Kosgei finished at 2:22:12, followed by Laban Sialo at 2:23:48 and Justin Turner at 2:25:05.
U.S. Army Captain Megan Curran finished first for the females at 2:51:47, followed by Lindsay Wilkins at 2:52:20 and Gina Slaby at 2:52:32.
“Finishing a marathon is a big deal, because with 26 miles you’re going to feel pain at some point,” Kosgei said. “Taking that pain and staying at the same pace [is] a good personal motivation.”''',
    quotes=[
        Q('“This is my third marathon', 'call for you,”', "Samuel Kosgei"),
        Q('“Everybody was there cheering', 'helps me a lot.”', "Samuel Kosgei"),
        Q('“I was hurting the last two miles', 'what I needed.”', "Samuel Kosgei"),
        Q('“Finishing a marathon is a big deal', 'at some point,”', "Samuel Kosgei"),
        Q('“Taking that pain', 'personal motivation.”', "Samuel Kosgei"),
    ],
    aliases={"Samuel Kosgei": ["Samuel Kosgei", "U.S. Army Spc. Samuel Kosgei", "the first place male finisher of the marathon", "Kosgei"]},
),
]
