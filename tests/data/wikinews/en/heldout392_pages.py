# Held-out English news texts (tests/data/heldout392-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Navy, Army, Army Reserve, Air Force and Marine Corps news stories (public domain,
# 17 U.S.C. § 105): a DVIDS story of Navy Reserve Sailors reading to Bronx schoolchildren on Read Across America day,
# an army.mil story of Fort Lee's dining facility manager preparing the 2008 Thanksgiving meal, a Barksdale Air Force
# Base feature on the base's volunteer awards (2012), a DVIDS story of a Marine tank battalion's Toys for Tots collection
# at Miramar (2011), a navy.mil release on the Submarine Force's chief petty officer pinning ceremony in Norfolk (2017)
# and an Army Reserve story of an engineer brigade's headquarters drill (2020). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the
# cut paragraph is dropped (noted in `retrieved`). Site lines, date and byline lines and the empty lines between
# paragraphs are dropped; a headline is kept once as the first line where the stored copy has one (none is added where
# it has none); wording and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H1995-H1998 in ANNOTATION.md on top of H1-H1994).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout392-en.jsonl

Built by `build.py` from `heldout392_pages.py`. Like heldout370-en, heldout362-en, heldout333-en and the other
military sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public
domain, 17 U.S.C. § 105), none of them used in a set above, this time feature stories with quoted people: a DVIDS
printable story (news 155733, Navy Operational Support Center New York Sailors at Read Across America in the Bronx,
March 2), an army.mil story (article 14553, 'making a memorable Thanksgiving feast', Fort Lee, Nov. 26, 2008), a
Barksdale Air Force Base feature on barksdale.af.mil (article 322231, 'Selfless Airmen showing P.R.I.D.E.', 2012), a
DVIDS printable story (news 81141, 'Marines collect toys for Christmas bliss', Marine Corps Air Station Miramar, Dec. 9,
2011), a navy.mil press release (article 2251074, 'Norfolk Area Submarine Force Pins FY17 Chief Petty Officers', Sept.
18, 2017) and a U.S. Army Reserve story on usar.army.mil (article 2088061, 'U.S. Army Reserve engineers train for
mobile operations', Feb. 19, 2020). None is credited to AP, Reuters, AFP or another third party. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it
holds a quotation (what was dropped is noted per page). The '.mil website' notice lines, site lines, date lines,
byline lines, DVIDS' 'Date:', 'Posted:' and 'News ID:' lines and the empty lines between paragraphs were dropped;
wording, mojibake and quotation marks (straight and curly as stored) are as stored. Pages read but left out because
they are already in a set above: army.mil 24524 and dvidshub.net 88744 (heldout25-en), moody.af.mil 668439 and
afgsc.af.mil 3525841 (heldout97-en), af.mil 135510 (heldout362-en), afmc.af.mil 155950 (heldout276-en),
lejeune.marines.mil 513146 (heldout242-en), nationalguard.mil 1384972 (heldout33-en) and dvidshub.net 229970
(heldout268-en); army.mil 48962 (Fort Hood Thanksgiving) was left out because its quotation marks are stored only as
mojibake; pages of newspapers, broadcasters, blogs and other non-government sites found by the same searches
(dailypress.com, wral.com, kxxv.com, wtvr.com, pilotonline.com, heraldnet.com, military-online.blogspot.com,
clarksvillenow.com, coastguardnews.com) and the shaw.af.mil Habitat for Humanity story were not used. None of the pages
used is in any set above or in another helper's worktree (checked by URL, article number and slug (155733, 14553,
322231, 81141, 2251074, 2088061, Making a memorable, Selfless Airmen, collect toys for Christmas bliss, Norfolk Area
Submarine Force, train for mobile operations), by title and by the names of their speakers and phrases, such as
Anuradha, Read Across America event at Public School, 15-year Soldier, grandest intention, Teresa Micheels, Charlotte
Hikes, Raggedy Ann, Bradley T. Smith, Justin R. West, Perryman, Joseph Tofalo, don the hat, Villegas, muscle-memory
exercises and Deployable Rapid Assembly, with grep over tests/data of the main tree and of every other helper's
worktree: no hit). The annotation (rules H1995–H1998 in `ANNOTATION.md` on top of H1–H1994) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-155733-read-across-america-ps-195-bronx",
    source="https://www.dvidshub.net/news/printable/155733",
    license=PD, retrieved=PAGES + " (DVIDS printable news story 155733 of the Navy Reserve's Navy Operational Support Center New York, Read Across America event at Public School 195 in the Bronx on March 2, year not given in the stored copy; the stored copy has no headline and opens with the dateline paragraph 'NEW YORK – ...', kept as stored, no title added (H1818); the paragraph '“To have uniformed Sailors take part of this special event ... It’s like bringing an action hero to', cut in the stored copy, dropped with Xiomara Fernandez's quotation; 'students faces' without apostrophe and the en dash as stored; curly marks as stored)",
    text='''NEW YORK – New York City-based Sailors took part in a Read Across America event at Public School (PS) 195 in Bronx, New York, March 2.
Read Across America is an annual reading motivation and awareness program hosted by the National Education Association (NEA) that calls for all every child, in every community, to celebrate reading on March 2, the birthday of children’s author Dr. Seuss.
Boatswain’s Mate 2nd Class Anuradha Sharma, from Queens, New York, took time to read books to some of the students at PS 195.
“It is always fun to get out and interact with the community like this,” said Sharma. “Seeing the looks on the students faces when we walked into class was so heartwarming that you couldn’t help but smile.”
Many of the Sailors participating in the event were Navy Reserve Sailors from Navy Operational Support Center (NOSC) New York. These Sailors took time out of their civilian lives and careers once again trading in business attire for a military uniform in order to give back to their community.
“It’s always important to get out into the community here in New York and show people the Navy’s presence here,” said Sharma. “This event was about more than just that though; it was about teaching kids a love for reading.”
The Sailors received a warm welcome by the students and staff at PS 195 as teachers prepared special projects and reading activities, while students waited excitedly for special guest readers that visit their classrooms.
Xiomara Fernandez is the Assistant Principal for PS 195, and was very excited to have the Sailors come read at the school.''',
    quotes=[
        Q('“It is always fun', 'community like this,”', "Anuradha Sharma"),
        Q('“Seeing the looks', 'help but smile.”', "Anuradha Sharma"),
        Q('“It’s always important', 'presence here,”', "Anuradha Sharma"),
        Q('“This event was about', 'love for reading.”', "Anuradha Sharma"),
    ],
    aliases={
        "Anuradha Sharma": ["Anuradha Sharma", "Boatswain’s Mate 2nd Class Anuradha Sharma", "Sharma"],
    },
),
dict(
    id="army-14553-making-a-memorable-thanksgiving-feast",
    source="https://www.army.mil/article/14553/making_a_memorable_thanksgiving_feast",
    license=PD, retrieved=PAGES + " (army.mil story 14553 of Fort Lee, Va., Nov. 26, 2008, on the 49th Quartermaster Group Consolidated Dining Facility's Thanksgiving meal; the stored copy has no headline and opens with the dateline paragraph 'Fort Lee, Va. (Nov. 26, 2008) -- ...', kept as stored, no title added (H1818); the empty lines dropped; the paragraph 'Shift leaders are the drill sergeants of Army dining facilities. ... Those meals will include a few hundreds pounds of turkey, ham, prime rib and shrimp, as well as buckets of m', cut in the stored copy, dropped; the mojibake 'A,A' of non-breaking spaces ('accompanies it.A,A', 'Facility.A,A Hernandez', 'manager.A,A \"I think') kept as stored (H1996); straight marks as stored)",
    text='''Fort Lee, Va. (Nov. 26, 2008) -- It could be at a remote desert outpost in Southwest Asia.
It may be near the line that separates the remnants of communism from that of the free world in the Far East. Or it could be deep amongst thousand-year-old oaks in the forests of Eastern Europe.
U.S. Army Soldiers stationed all over the world will gather with their comrades on Thanksgiving Day - some in crude settings and most in modern facilities - and dine on the traditional staples of turkey, stuffing, cranberry sauce and yams.
It will be a joyous occasion for most, but Thanksgiving Day away from home often evokes melancholy thoughts of grandma's signature home-cooked meals and all the goodness that accompanies it.A,A
Sgt. 1st Class David Hernandez is the dining facility manager for the 49th Quartermaster Group Consolidated Dining Facility.A,A Hernandez certainly doesn't bring about warm thoughts of someone's grandmother on turkey day, but he's the next best thing. Hernandez will preside over the mammoth job of providing hundreds of meals and some semblance of home for military members who aren't fortunate enough to be with loved ones on Thanksgiving Day.
"I feel excited about it," said the 15-year Soldier who will endure his first Thanksgiving as a DFAC manager.A,A "I think we will surprise the command and the Soldiers."
Hernandez and his subordinates - 12 noncommissioned officers and more than 50 Soldiers - began planning for the big day several weeks out, but the ball really started to roll about a week ago.
"It starts and ends with the shift leaders," said Hernandez, "conveying the directives that are on the production schedules as far as prep times and cooking times."''',
    quotes=[
        Q('"I feel excited about it,"', None, "David Hernandez"),
        Q('"I think we will surprise', 'and the Soldiers."', "David Hernandez"),
        Q('"It starts and ends', 'the shift leaders,"', "David Hernandez"),
        Q('"conveying the directives', 'cooking times."', "David Hernandez"),
    ],
    aliases={
        "David Hernandez": ["David Hernandez", "Sgt. 1st Class David Hernandez", "Hernandez", "the dining facility manager for the 49th Quartermaster Group Consolidated Dining Facility", "the 15-year Soldier who will endure his first Thanksgiving as a DFAC manager"],
    },
),
dict(
    id="barksdale-322231-selfless-airmen-showing-pride",
    source="https://www.barksdale.af.mil/News/Features/Display/Article/322231/selfless-airmen-showing-pride/",
    license=PD, retrieved=PAGES + " (Barksdale Air Force Base feature 322231 of the 2nd Bomb Wing, 2012 (awards dinner 'earlier in May'); the lines '  • Published', '  • By Staff Sgt. Amber Ashcraft' and '  • 2nd Bomb Wing Public Affairs' and the empty lines dropped; headline kept once; the paragraph '\"Volunteering accomplishes more than just making Airmen feel good about what they do, or helping someone out,\" said Master Sgt. Anthon', cut in the stored copy, dropped with its quotation; straight marks as stored)",
    text='''Selfless Airmen showing P.R.I.D.E.
"The smallest act of kindness is worth more than the grandest intention," said Oscar Wilde, Irish writer and poet.
Every year, 62 million Americans volunteer countless hours at their local schools, hospices, animal and homeless shelters, and community centers. Airmen also contribute their time in their local communities.
"The men and women of Barksdale serve our country each and every day, but they also get involved by volunteering in the local community," said Teresa Micheels, volunteer/project manager for Shreveport-Bossier Convention and Tourist Bureau. "I don't know what we would do without them."
Recently, Barksdale was presented two awards highlighting the impact its Airmen have on the Shreveport-Bossier community.
The 2012 Proud Residents Involved in Developing our Economy Awards dinner was held earlier in May. Charlotte Hikes, Barksdale Volunteer Resource Program coordinator, accepted two awards on behalf of the base. The P.R.I.D.E. award was from the Shreveport-Bossier Convention and Tourist Bureau, and the Louisiana Volunteer Service Award was presented by Lieutenant Governor Jay Dardenne.
"I was honored to accept the awards on behalf of the volunteers at Barksdale," said Hikes.
The Air Force also has recognition programs for Airmen who exceed the call of duty.
According to the Air Force Personnel Center website, the Military Outstanding Volunteer Service Medal may be awarded to members of the U.S. Armed Forces and their Reserve Components who perform outstanding volunteer community service of a sustained, direct and consequential nature.
The amount of volunteer hours streaming from Barksdale is immeasurable, but the awards show proof the surrounding communities have seen the impact, said Hikes.''',
    quotes=[
        Q('"The smallest act', 'grandest intention,"', "Oscar Wilde"),
        Q('"The men and women', 'local community,"', "Teresa Micheels"),
        Q('"I don\'t know what', 'without them."', "Teresa Micheels"),
        Q('"I was honored', 'at Barksdale,"', "Charlotte Hikes"),
    ],
    aliases={
        "Oscar Wilde": ["Oscar Wilde", "Irish writer and poet"],
        "Teresa Micheels": ["Teresa Micheels", "volunteer/project manager for Shreveport-Bossier Convention and Tourist Bureau"],
        "Charlotte Hikes": ["Charlotte Hikes", "Hikes", "Barksdale Volunteer Resource Program coordinator"],
    },
),
dict(
    id="dvids-81141-marines-collect-toys-for-christmas-bliss",
    source="https://www.dvidshub.net/news/printable/81141",
    license=PD, retrieved=PAGES + " (DVIDS printable news story 81141 of Marine Corps Air Station Miramar, Dec. 9, 2011, on 4th Tank Battalion's Toys for Tots collection; the lines 'Marine Corps Air Station Miramar', 'Story by Lance Cpl. Erica Kirsop', 'Date: 12.09.2011', 'Posted: 12.09.2011 15:11' and 'News ID: 81141', the headline printed a second time after them and the empty lines dropped; headline kept once; the stored copy ends after West's paragraph, which is complete and kept; 'Secretary of Defense’s' and the bracketed '[Marines]' as stored; curly marks as stored)",
    text='''Marines collect toys for Christmas bliss
MARINE CORPS AIR STATION MIRAMAR, Calif. - Stacks of unwrapped new toys including race cars, dolls and board games fill the Toys for Tots collection boxes set out by the Marines of 4th Tank Battalion throughout the San Diego area in the days leading up to the holiday season.
Toys for Tots is a nonprofit charity foundation whose mission statement is to “deliver, through a new toy at Christmas, a message of hope to less fortunate youngsters that will assist them in becoming responsible, productive, patriotic citizens.”
“The program began in 1947, when the wife of Maj. William Hendrix, a reservist in L.A., made a Raggedy Ann doll to donate,” said Gunnery Sgt. Bradley T. Smith, the assistant Toys for Tots coordinator with 4th Tank Battalion and an Eatonville, Wash., native. “There was not a charity at the time, so they created Toys for Tots.”
Hendrix and a group of fellow reservists gathered toys outside of Warner Bros. Pictures movie theaters for local children on Christmas. The collection was so successful that Toys for Tots became a national campaign the following year.
After the Secretary of Defense’s approval in 1995, Toys for Tots became an official Marine Corps Reserve mission. From October to December, Marine Corps reservists across the country collect toys for children in their local areas.
“Through the joint efforts of both reservists and active-duty [Marines] and a mix of nonprofit organizations, we are able to help a lot of children throughout the San Diego area,” said 2nd Lt. Justin R. West, the 2011 Toys for Tots coordinator with 4th Tank Battalion and a Phoenix native. “We have Marines not only working at the events, but in warehouses and with the distribution process to make sure the toys make it in the hands of children.”''',
    quotes=[
        Q('“deliver, through a new toy', 'patriotic citizens.”', "Toys for Tots"),
        Q('“The program began', 'doll to donate,”', "Bradley T. Smith"),
        Q('“There was not a charity', 'Toys for Tots.”', "Bradley T. Smith"),
        Q('“Through the joint efforts', 'San Diego area,”', "Justin R. West"),
        Q('“We have Marines', 'hands of children.”', "Justin R. West"),
    ],
    aliases={
        "Toys for Tots": ["Toys for Tots", "a nonprofit charity foundation"],
        "Bradley T. Smith": ["Bradley T. Smith", "Gunnery Sgt. Bradley T. Smith", "the assistant Toys for Tots coordinator with 4th Tank Battalion and an Eatonville, Wash., native"],
        "Justin R. West": ["Justin R. West", "2nd Lt. Justin R. West", "the 2011 Toys for Tots coordinator with 4th Tank Battalion and a Phoenix native"],
    },
),
dict(
    id="navy-2251074-norfolk-submarine-force-pins-fy17-chiefs",
    source="https://www.navy.mil/Press-Office/Press-Releases/display-pressreleases/Article/2251074/norfolk-area-submarine-force-pins-fy17-chief-petty-officers",
    license=PD, retrieved=PAGES + " (navy.mil press release 2251074 of the Submarine Force, Sept. 18, 2017, on the chief petty officer pinning ceremony of Sept. 15 at the Joint Forces Staff College; the '.mil website' notice lines, the date line '18 September 2017' and the empty lines dropped; headline kept once; the opening paragraph 'Forty-five Sailors from submarine commands ... Sept. 15.' is stored twice in a row (summary and body) and kept once (H1998); the paragraph 'Tofalo challenged the new chiefs to continually strive to improve the readiness of their ships, as well as their cr', cut in the stored copy, dropped; the single marks around 'don the hat' inside Perryman's quotation and the bracketed '[have]' as stored; straight marks as stored)",
    text='''Norfolk Area Submarine Force Pins FY17 Chief Petty Officers
Forty-five Sailors from submarine commands throughout Hampton Roads donned khaki uniforms and combination covers for the first time during a chief petty officer pinning ceremony at MacArthur Auditorium, Joint Forces Staff College, Sept. 15.
This was the 123rd class of chief petty officers to go through the pinning ceremony, a tradition unique to the Navy, which dates back to 1893 when the chief petty officer paygrade was created. The ceremony signified a new position of leadership and responsibility for the Navy.
"I could not be prouder of our newest chiefs," said Force Master Chief John Perryman, Submarine Force. "I believe the chiefs entering the mess today are smarter and much better prepared to 'don the hat' as a chief than my generation. They are dedicated professionals, ready for the challenges of leading our Navy into the future."
In the Navy, the breadth of responsibilities assumed by the chief petty officer are not contained in any manual and are not outlined in any instruction. By experience, by performance, and by testing, they have advanced to the ranks of chief petty officer.
"You are the biggest advantage the Navy and Submarine Force [have]," said Vice Adm. Joseph Tofalo, commander, Submarine Forces, the ceremony's guest speaker.''',
    quotes=[
        Q('"I could not be prouder', 'newest chiefs,"', "John Perryman"),
        Q('"I believe the chiefs', 'into the future."', "John Perryman"),
        Q('"You are the biggest', 'Submarine Force [have],"', "Joseph Tofalo"),
    ],
    aliases={
        "John Perryman": ["John Perryman", "Force Master Chief John Perryman"],
        "Joseph Tofalo": ["Joseph Tofalo", "Vice Adm. Joseph Tofalo", "commander, Submarine Forces", "the ceremony's guest speaker"],
    },
),
dict(
    id="usar-2088061-army-reserve-engineers-train-mobile-operations",
    source="https://www.usar.army.mil/News/News-Display/Article/2088061/us-army-reserve-engineers-train-for-mobile-operations/",
    license=PD, retrieved=PAGES + " (U.S. Army Reserve story 2088061 of Feb. 19, 2020 on the 420th Engineer Brigade's battle assembly of Feb. 8, 2020; the '.mil website' notice lines, the line 'NEWS | Feb. 19, 2020', the byline line 'By Spc. Logan Rath 211th Mobile Public Affairs Detachment' and the empty lines dropped; headline kept once; the paragraph 'Throughout the fast-paced weekend, Pfc. Mustapha Otolorin, a food service specialist with HHC, said he appreciated the work an', cut in the stored copy, dropped; curly double marks with straight apostrophes ('We're', 'we're'), 'large,18-person' and 'in and expeditious manner' as stored)",
    text='''U.S. Army Reserve engineers train for mobile operations
A sunny day lent itself to the U.S. Army Reserve Soldiers of the Headquarters, Headquarters Company (HHC), 420th Engineer Brigade, as they tested their speed and teamwork in setting up a tactical operations center Feb. 8, 2020.
The Soldiers conducted setup and movement exercises for their Deployable Rapid Assembly Shelter, or DRASH, during their battle assembly weekend to sharpen their skills in preparation for future operations.
“We're conducting muscle-memory exercises,” said 1st Sgt. Jennifer Villegas, first sergeant for HHC. “Specifically, we're pulling up our TOC, tactical operations center, to make sure that as we move forward, not only for next battle assembly, but for May when we do individual weapons qualification, and for annual training [so that] it has become standard practice for us to hone our skills: picking up a TOC, removing a TOC, performing a jump TOC, moving in and out of areas with our units.”
As Soldiers clamored around each other in an organized chaos, they expediently set up and moved large,18-person tents, hammered stakes, and unit equipment.
“As we change our tactics, techniques, procedures army wide,” said Villegas, “we're looking at facing near peer and peer adversaries, and the concern with that is they have the same capabilities as we do. With that said, we need to be able to move our facilities in and out in and expeditious manner.”''',
    quotes=[
        Q('“We\'re conducting muscle-memory exercises,”', None, "Jennifer Villegas"),
        Q('“Specifically, we\'re pulling', 'with our units.”', "Jennifer Villegas"),
        Q('“As we change our tactics', 'army wide,”', "Jennifer Villegas"),
        Q('“we\'re looking at facing', 'expeditious manner.”', "Jennifer Villegas"),
    ],
    aliases={
        "Jennifer Villegas": ["Jennifer Villegas", "1st Sgt. Jennifer Villegas", "Villegas", "first sergeant for HHC"],
    },
),
]
