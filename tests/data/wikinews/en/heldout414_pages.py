# Held-out English news texts (tests/data/heldout414-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Army and Air Force news stories (public domain, 17 U.S.C. § 105): an army.mil story
# of Old Guard Soldiers re-enlisting at the Pentagon's Army birthday cake-cutting (2015), an army.mil story of the Fort
# Lewis garrison commander reading to children for the Army's birthday (2008), a DVIDS story of Army Libraries Week at
# Fort Buchanan, Puerto Rico (2023), an army.mil story of the Army Chief of Staff at the dedication of Fort Hood's Casey
# Memorial Library annex (2010) and three Air Force base features on military working dog handlers (Laughlin/AETC,
# F.E. Warren and Whiteman). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`).
# Site lines, date and byline lines, photo captions, an editor's note and the empty lines between paragraphs are
# dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has none);
# wording, typos and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H2020-H2023 in ANNOTATION.md on top of H1-H2019).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout414-en.jsonl

Built by `build.py` from `heldout414_pages.py`. Like heldout392-en, heldout380-en, heldout370-en and the other
military sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public
domain, 17 U.S.C. § 105), none of them used in a set above: an army.mil story (article 150817, Old Guard Soldiers
re-enlisting at the Pentagon Courtyard Army Birthday cake-cutting ceremony, June 11, 2015), an army.mil story (article
10225, 'Garrison commander shares meaning of Army's birthday with children', Fort Lewis, June 20, 2008), a DVIDS news
story (news 458097, 'Fort Buchanan celebrates Army Libraries Week', Nov. 2023), an army.mil story (article 44913,
'Chief reaffirms support to Families at dedication', Fort Hood, Sept. 9, 2010) and three Air Force features on
military working dog handlers: aetc.af.mil article 263950 ('Workin' like a dog', 47th Flying Training Wing),
warren.af.mil article 1123047 ('Dog handlers provide additional layer of protection', 90th Missile Wing) and
whiteman.af.mil article 325636 ('A Defender's best friend', 509th Bomb Wing). None is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the
cut paragraph is dropped, also where it holds a quotation (what was dropped is noted per page). Site lines, date
lines, byline lines, photo captions (with their 'Show Caption', 'Photo Credit' and 'VIEW ORIGINAL' furniture, and the
DVIDS caption that repeats Moulton's quotation), an editor's note and the empty lines between paragraphs were dropped;
datelines at the start of a paragraph are kept as stored; wording, typos ('instillation', 'sp0ecifically',
'Massachusets') and quotation marks (straight and curly as stored) are as stored. Pages read but left out because they
are already in a set above: dvidshub.net 243496 (heldout287-en), 1stmardiv.marines.mil 540334 (heldout127-en),
29palms.marines.mil 498996 (heldout346-en), airuniversity.af.edu 3918275 (heldout333-en), army.mil 41598
(heldout68-en), nationalguard.mil 573315 and 1794723 (heldout33-en), navy.mil 73395 (heldout29-en) and dvidshub.net
101239 (heldout76-en); pages of newspapers, magazines, blogs and mirror sites found by the same searches
(coastalcourier.com, theadvertiser.com, airandspaceforces.com, yellowhammernews.com, kitsapsun.com,
roundthechuckbox.blogspot.com, military-online.blogspot.com, soldiersystems.net, publicnow.com, rssing.com mirrors)
were not used. None of the pages used is in any set above or in another helper's worktree (checked by URL and article
number (150817, 10225, 458097, 44913, 263950, 1123047, 325636), by title and slug (icing on the cake, Garrison
commander shares, Army Libraries Week, Chief reaffirms support, Workin' like a dog, additional layer of protection, A
Defender's best friend) and by the names of their speakers and phrases, such as Sean R. Stabler, rock of stability,
hotter than hell, Cynthia Murphy, Clarkmoor, Fairgrieves, Sylmarí Burgos-Ramírez, leaders are readers, Bao Luc,
Magical World of Discovery, Curtis Lewis, Britney Simpson, Eewok, Foxo, Bryan Gill, Michael Pigg, sp0ecifically, Grant
Meyers and Amanda Cubbage, with grep over tests/data of the main tree and of every other helper's worktree: no hit).
The annotation (rules H2020–H2023 in `ANNOTATION.md` on top of H1–H2019) was committed before whosaid was first run
on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-150817-old-guard-reenlist-army-birthday",
    source="https://www.army.mil/article/150817/old_guard_soldiers_add_icing_on_the_cake_by_re_enlisting_at_pentagon_army_birthday_celebration",
    license=PD, retrieved=PAGES + " (army.mil story 150817 on the Pentagon Courtyard Army Birthday cake-cutting ceremony of June 11, 2015; the stored copy has no headline and opens with the first body paragraph, kept as stored, no title added (H1818); the paragraph '\"This is just another opportunity to continue to serve my country,\" said Delta Company's Stabler. ... and I figured to try', cut in the stored copy, dropped with Stabler's quotations; straight marks as stored)",
    text='''Seven 3d U.S. Infantry Regiment (The Old Guard) Soldiers extended their Army careers during a Pentagon Courtyard Army Birthday cake-cutting ceremony June 11.
While commemorating the Army's 240th birthday in the June heat and humidity, Old Guard Soldiers re-enlisting were Sgts. Daniel J. Miller, Jacob M. Rebecca and Spcs. Todd D. Kline, Elliot N. Lamb, Jesse J. Todd, Zachary J. Topham and Sean R. Stabler.
In his speech to a crowd totaling close to 300, which included Soldiers and Pentagon staff, Secretary of the Army John McHugh gave a brief history of the early evolution of the American Soldier and commented on readiness and the year-after-year June heat.
"In my last six years as secretary, I've learned at least two things that are certain in life. Number one: When there's trouble somewhere, the United States Army will be there, and number two: When you have an Army Birthday celebration outside, it will be hotter than hell," McHugh said to laughter.
Before administering the re-enlistment oath, Army Vice Chief of Staff Gen. Daniel Allyn spoke of the men and women of the Army's all-volunteer force which has now entered its fifth decade of operation.
"Our Army remains the rock of stability in an unpredictable world," Allyn said. "Our all-volunteer force is now 40-years young and stronger and more resilient than ever. And after 13-plus years of war, we remain strong. The Army continues to attract and retain the nation's most talented men and women."
One of those re-upping to stay aboard with the Army family was Spc. Sean R. Stabler, who is a member of The Old Guard's funeral firing party detail. Stabler made the decision to re-enlist for three additional years, and he was proud to re-affirm his commitment at the Pentagon's Army Birthday party.''',
    quotes=[
        Q('"In my last six years', 'hotter than hell,"', "John McHugh"),
        Q('"Our Army remains the rock of stability in an unpredictable world,"', None, "Daniel Allyn"),
        Q('"Our all-volunteer force', 'talented men and women."', "Daniel Allyn"),
    ],
    aliases={
        "John McHugh": ["John McHugh", "Secretary of the Army John McHugh", "McHugh"],
        "Daniel Allyn": ["Daniel Allyn", "Army Vice Chief of Staff Gen. Daniel Allyn", "Gen. Daniel Allyn", "Allyn"],
    },
),
dict(
    id="army-10225-fort-lewis-garrison-commander-army-birthday-children",
    source="http://www.army.mil/article/10225/Garrison_commander_shares_meaning_of_Army__039_s_birthday_with_children/",
    license=PD, retrieved=PAGES + " (army.mil story 10225 of Fort Lewis, Wash., June 20, 2008, on the Army-wide reading of a children's book for the Army's 233rd birthday at Clarkmoor Child Development Center; headline kept once; the byline-and-date line 'By Spc. Aaron CarpenterJune 20, 2008' and the photo caption 'Garrison commander reads / Col. Cynthia Murphy, Fort Lewis garrison commander, teaches children ... The book was ... (Photo Credit: U.S. Army) VIEW ORIGINAL' dropped; the dateline 'FORT LEWIS, Wash. - ' kept as stored at the start of the first paragraph; the paragraph 'That read', cut in the stored copy, dropped; straight marks as stored)",
    text='''Garrison commander shares meaning of Army's birthday with children
FORT LEWIS, Wash. - Colonel Cynthia Murphy, the Fort Lewis Garrison commander, gave special consideration to the young children at Clarkmoor Child Development Center by reading a book that introduced the significance of the Army's 233rd birthday June 13 during the Army-wide event that cumulatively took place at more than 125 CDCs, reaching 60,000 children aged 1 to 5.
Murphy said reading the story was a wonderful way to share the Army's history with the children. It helped show them they are part of the Army family, too, Murphy said.
The children at Clarkmoor were able to interact with the garrison commander and learn that she owns a dog and has three children who were just like them.
"There's no better child care system in existence than the Army's child care system," Murphy said.
She emphasized that one of the keys to success was the development of new CDCs, helping to make Fort Lewis a walkable community. The benefits extend beyond family welfare, she said.
"Nothing helps job performance more than knowing one's children have a nice, safe and clean place to go and interact with other kids everyday," Murphy said.
She also gave credit to a staff that continually works to raise the bar higher and higher.
Rhonda Fairgrieves, director of Clarkmoor CDC, said Murphy has a strong understanding of the importance of Soldiers and their families that helped her convey the connection the children have with their parents and the Army.
"Parents are the first teachers," Fairgrieves said. "(Reading) is a way to bond and pass along information."''',
    quotes=[
        Q('"There\'s no better child care system', 'child care system,"', "Cynthia Murphy"),
        Q('"Nothing helps job performance', 'kids everyday,"', "Cynthia Murphy"),
        Q('"Parents are the first teachers,"', None, "Rhonda Fairgrieves"),
        Q('"(Reading) is a way', 'along information."', "Rhonda Fairgrieves"),
    ],
    aliases={
        "Cynthia Murphy": ["Cynthia Murphy", "Colonel Cynthia Murphy", "Murphy", "the Fort Lewis Garrison commander", "the garrison commander"],
        "Rhonda Fairgrieves": ["Rhonda Fairgrieves", "Fairgrieves", "director of Clarkmoor CDC"],
    },
),
dict(
    id="dvids-458097-fort-buchanan-army-libraries-week",
    source="https://www.dvidshub.net/news/458097/fort-buchanan-celebrates-army-libraries-week",
    license=PD, retrieved=PAGES + " (DVIDS news story 458097 of Fort Buchanan, Puerto Rico, on Army Libraries Week of Nov. 5-11, posted 2023-11-17; the stored copy has no headline line and opens with the date and the photo caption 'Courtesy Photo | Soldiers, family members, and veterans visited ... Because leaders are readers,” said Moulton while signing the Army Libraries Week proclamation. see less | View Image Page' (stored twice, shortened and in full), dropped, so that Moulton's quotation stands once, in the body; no title added (H1818); the dateline 'FORT BUCHANAN, PUERTO RICO- ' kept as stored; the paragraph 'The', cut in the stored copy, dropped; curly marks and apostrophes as stored)",
    text='''FORT BUCHANAN, PUERTO RICO- Soldiers, family members, and veterans visited the installation’s library from 5 to 11 Nov. to celebrate Army Libraries Week.
“As part of the activities, we are facilitating craft projects for veterans from the Help Veterans Heal organization. The idea is that Veterans can still create and take the product they develop home,” said Sylmarí Burgos-Ramírez, Supervisory Librarian.
Some of the crafts that Veterans were able to create included the United States flag and challenge coin holders.
Col. Charles N. Moulton, Fort Buchanan commander, joined several library visitors in creating crafts.
“Libraries are the cornerstone of democracy, promoting the free exchange of information and ideas. I encourage everyone to visit their library in person and use the resources and services. Because leaders are readers,” said Moulton while signing the Army Libraries Week proclamation.
The Fort Buchanan library provides a collection of approximately 25,000 books, educational and recreational videos, audiobooks, Playaways, magazines, newspapers, and digital resources for the military community at the only U.S. Army installation in the Caribbean.''',
    quotes=[
        Q('“As part of the activities', 'they develop home,”', "Sylmarí Burgos-Ramírez"),
        Q('“Libraries are the cornerstone', 'leaders are readers,”', "Charles N. Moulton"),
    ],
    aliases={
        "Sylmarí Burgos-Ramírez": ["Sylmarí Burgos-Ramírez", "Supervisory Librarian"],
        "Charles N. Moulton": ["Charles N. Moulton", "Col. Charles N. Moulton", "Moulton", "Fort Buchanan commander"],
    },
),
dict(
    id="army-44913-casey-memorial-library-dedication-fort-hood",
    source="https://www.army.mil/article/44913/Chief_reaffirms_support_to_Families_at_dedication/",
    license=PD, retrieved=PAGES + " (army.mil story 44913 of Fort Hood, Texas, Sept. 9, 2010, on the opening of the Casey Memorial Library's annex and children's room; headline kept once; the byline-and-date line 'By Heather GrahamSeptember 9, 2010' and the two photo captions 'Chief cuts ribbon on library annex ...' and 'Chief reads to children ...' with their '1 / 2 Show Caption + Hide Caption', '(Photo Credit: U.S. Army) VIEW ORIGINAL' furniture dropped; the dateline 'FORT HOOD, Texas (Sept. 9, 2010) -- ' kept as stored; the paragraph 'With the shift of focus away from Iraq and toward Afghanistan, the chief of staff was quick to assure that the', cut in the stored copy, dropped; straight marks as stored)",
    text='''Chief reaffirms support to Families at dedication
FORT HOOD, Texas (Sept. 9, 2010) -- When Army Chief of Staff Gen. George W. Casey Jr. came to central Texas Wednesday, the trip was a personal one.
Casey came to attend the opening of the Casey Memorial Library's new annex and children's room. The library is named in honor of his father, the late Maj. Gen. George William Casey, former commander of the 1st Cavalry Division.
"This is wonderful for me," Casey said. "This is a place where my father is remembered. Thank you for honoring me and my family with this dedication."
Casey's father was killed in a helicopter crash July 7, 1970 near Bao Luc, South Vietnam, while en route to visit wounded troops. He and six others perished in the crash, which occurred two months after the elder Casey took command of the 1st Cav. Div. He was the highest-ranking officer killed in Vietnam.
Beyond his experiences within his own family, Casey said Wednesday also was an opportunity to reaffirm that the sacrifices made by all servicemembers and their families are not forgotten.
"Survivors want to stay connected," he said.''',
    quotes=[
        Q('"This is wonderful for me,"', None, "George W. Casey Jr."),
        Q('"This is a place where my father', 'with this dedication."', "George W. Casey Jr."),
        Q('"Survivors want to stay connected,"', None, "George W. Casey Jr."),
    ],
    aliases={
        "George W. Casey Jr.": ["George W. Casey Jr.", "Army Chief of Staff Gen. George W. Casey Jr.", "Gen. George W. Casey Jr.", "Casey"],
    },
),
dict(
    id="aetc-263950-workin-like-a-dog-47th-sfs",
    source="https://www.aetc.af.mil/News/AETC-Features/Article/263950/workin-like-a-dog/",
    license=PD, retrieved=PAGES + " (AETC feature 263950 by the 47th Flying Training Wing Public Affairs on the 47th Security Forces Squadron's military working dog section; the '.mil website' notice lines, the 'Published' line and the byline lines 'By Airman 1st Class John D. Partlow' and '47th Flying Training Wing Public Affairs' dropped; headline kept once; the paragraph 'Handlers bond with their canine counterparts through constant interactions and by tr', cut in the stored copy, dropped; curly apostrophe in the headline, straight marks in the body and 'their partners return' without apostrophe as stored)",
    text='''Workin’ like a dog
The 47th Security Forces Squadron military working dog building stands by itself, sheltering both dog handler and their partner. As the door opens, the dogs erupt into barking anticipating their partners return.
"Each handler knows which bark belongs to their dog," said Staff Sgt. Curtis Lewis, 47th SFS MWD handler. "That's how well we handlers know our dogs."
Military working dogs bring special skills and abilities to security forces squadrons around the Air Force.
"Security forces members may be able to smell certain drugs, but we can't know what potassium chloride or a grenade smells like," said Lewis. "The dogs know these smells, and they're useful in finding their targets."
A unique skill set isn't the only thing military working dogs bring to the Air Force mission.
"Every dog has their very own personality," said Staff Sgt. Britney Simpson, 47th SFS military working dog handler. "My dog, Eewok, is zany and spastic and that's something I've never worked with before."
Military working dogs are trained at various bases and are distributed to bases around the age of two years old. Once at their base, they can be a handler's first, or one of many, partners.
Senior Airman Cody Davidson, 47th SFS MWD handler for four years, is supervising his second dog, Foxo.
"We try to get matched up with dogs that mimic our personalities, and Foxo and I are a great match," said Davidson. "He's a very serious dog and doesn't take much from anyone but me."''',
    quotes=[
        Q('"Each handler knows', 'to their dog,"', "Curtis Lewis"),
        Q('"That\'s how well we handlers', 'know our dogs."', "Curtis Lewis"),
        Q('"Security forces members may', 'grenade smells like,"', "Curtis Lewis"),
        Q('"The dogs know these smells', 'their targets."', "Curtis Lewis"),
        Q('"Every dog has their very own personality,"', None, "Britney Simpson"),
        Q('"My dog, Eewok', 'worked with before."', "Britney Simpson"),
        Q('"We try to get matched up', 'a great match,"', "Cody Davidson"),
        Q('"He\'s a very serious dog', 'anyone but me."', "Cody Davidson"),
    ],
    aliases={
        "Curtis Lewis": ["Curtis Lewis", "Staff Sgt. Curtis Lewis", "Lewis", "47th SFS MWD handler"],
        "Britney Simpson": ["Britney Simpson", "Staff Sgt. Britney Simpson", "47th SFS military working dog handler"],
        "Cody Davidson": ["Cody Davidson", "Senior Airman Cody Davidson", "Davidson", "47th SFS MWD handler for four years"],
    },
),
dict(
    id="warren-1123047-dog-handlers-layer-of-protection",
    source="https://www.warren.af.mil/News/Features/Article/1123047/dog-handlers-provide-additional-layer-of-protection/",
    license=PD, retrieved=PAGES + " (F.E. Warren Air Force Base feature 1123047 by the 90th Missile Wing Public Affairs on the 90th Security Forces Squadron's military working dogs; the 'Published' line and the byline lines 'By Staff Sgt. Christopher Ruano' and '90th Missile Wing Public Affairs' and the empty lines dropped; headline kept once; the paragraph 'Each dog has their own specialties when it comes to detecting either explosives or narcotics, but tha', cut in the stored copy, dropped; curly marks with one straight closer ('simply cannot,\"'), the subjectless 'said “They are always', 'instillation' and 'sp0ecifically' as stored)",
    text='''Dog handlers provide additional layer of protection
“Hands-down, being a dog handler is the best job in the Air Force,” said Staff Sgt. Bryan Gill, 90th Security Forces Squadron kennel master.
The military working dogs on base serve a vital purpose in the active defense of the instillation and those who serve within its confines.
“Our job is important, because our dogs provide a capability humans simply cannot," said Senior Airman Michael Pigg, 90th SFS military working dog handler. “You can’t just tell someone to go look for something and expect them to find it on a vehicle, especially if it’s well-hidden. The dog is sp0ecifically trained to find explosives or narcotics with their sense of smell,” said “They are always working, ready to find that scent. It’s a good capability to have a military working dog on base.”
The dogs are used in multiple force protection measures throughout base to include perimeter walks, vehicle inspections at entry gates and deterring potential adversaries.
“If people see a dog, they don’t want to do harm or they are less likely to run,” Gill said. “A big part of their job is psychological deterrence against those that would want to do harm to the base and those on it.”
Besides having the dog as a partner, the Airmen are normal security forces members serving the base as any other member of their squadron. Responsible for base security, military working dog patrols conduct routine walk-throughs and searches.
“We are a police unit so we do everything that normal security forces do, patrolling the streets. As a canine unit our job is to read our dog on their different behaviors when we are working together,” Pigg said. “We are protecting all our resources here using the dog’s capabilities.”''',
    quotes=[
        Q('“Hands-down, being a dog handler', 'in the Air Force,”', "Bryan Gill"),
        Q('“Our job is important', 'simply cannot,"', "Michael Pigg"),
        Q('“You can’t just tell someone', 'sense of smell,”', "Michael Pigg"),
        Q('“They are always working', 'dog on base.”', "Michael Pigg"),
        Q('“If people see a dog', 'less likely to run,”', "Bryan Gill"),
        Q('“A big part of their job', 'those on it.”', "Bryan Gill"),
        Q('“We are a police unit', 'working together,”', "Michael Pigg"),
        Q('“We are protecting all our resources', 'dog’s capabilities.”', "Michael Pigg"),
    ],
    aliases={
        "Bryan Gill": ["Bryan Gill", "Staff Sgt. Bryan Gill", "Gill", "90th Security Forces Squadron kennel master"],
        "Michael Pigg": ["Michael Pigg", "Senior Airman Michael Pigg", "Pigg", "90th SFS military working dog handler"],
    },
),
dict(
    id="whiteman-325636-a-defenders-best-friend",
    source="https://www.whiteman.af.mil/News/Features/Display/Article/325636/a-defenders-best-friend/",
    license=PD, retrieved=PAGES + " (Whiteman Air Force Base feature 325636 by the 509th Bomb Wing Public Affairs on the 509th Security Forces Squadron's canine handlers, 2013; the 'Published' line, the byline lines 'By Staff Sgt. Nick Wilson' and '509th Bomb Wing Public Affairs' and the editor's note '(Editor's Note: This is part three of a three-part series about Security Forces Airmen)' dropped; headline kept once; the paragraph '\"While these dogs perform their daily tasks, we play not only to their strengths, but we build up on their weaknesses,\" Meyers said. \"So if we', cut in the stored copy, dropped with Meyers's quotation; straight marks and 'Massachusets' as stored)",
    text='''A Defender's best friend
With terrorist attacks like the April 15, 2013 bombings in Boston, Massachusets, Airmen all over the country are on high alert, especially military working dog handlers and their canines.
At Whiteman Air Force Base, canines and their handlers have responded to threats at schools, stores and many other places in the local area.
"The primary mission for our dogs is explosive detection," said Staff Sgt. Grant Meyers, 509th SFS canine handler. "That's the biggest threat that can kill people. Generally when we send dogs out for secret service, deployments or to the front gate, we are looking for explosives."
When it comes to responding to bomb threats and performing many other routine security duties, a dog is an Airman's best friend, according to Staff Sgt. Amanda Cubbage, 509th Security Forces Squadron military working dog handler.
"The dog is your partner," Cubbage said. "You depend on that dog for everything from your sight to sound to hearing to smell. The dogs are able to detect anything thousands of times better than we are."
Effective communication, training and hard work are required for a bond to form between a canine and its handler. Additionally, extra time and effort is needed to help prepare the dogs for real-world scenarios through various exercises.
"A bond starts forming on the first day," Meyers said. "A lot of time is spent with the dog during training, and our dogs love what they do. The canines start viewing the handler as someone that allows them to do what they love every day."
Every time the canines perform tasks they love doing, the association between a handler and its canine strengthens, Meyers said.''',
    quotes=[
        Q('"The primary mission for our dogs', 'explosive detection,"', "Grant Meyers"),
        Q('"That\'s the biggest threat', 'looking for explosives."', "Grant Meyers"),
        Q('"The dog is your partner,"', None, "Amanda Cubbage"),
        Q('"You depend on that dog', 'than we are."', "Amanda Cubbage"),
        Q('"A bond starts forming on the first day,"', None, "Grant Meyers"),
        Q('"A lot of time is spent', 'every day."', "Grant Meyers"),
    ],
    aliases={
        "Grant Meyers": ["Grant Meyers", "Staff Sgt. Grant Meyers", "Meyers", "509th SFS canine handler"],
        "Amanda Cubbage": ["Amanda Cubbage", "Staff Sgt. Amanda Cubbage", "Cubbage", "509th Security Forces Squadron military working dog handler"],
    },
),
]
