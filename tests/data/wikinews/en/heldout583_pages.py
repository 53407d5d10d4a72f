# Held-out English news texts (tests/data/heldout583-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army, the
# Air Force, the Army Corps of Engineers, the Navy and two unified commands: two army.mil stories on soldiers reading
# with pupils (Fort Belvoir's 'Leaders as Readers' programme, army.mil 14634; Fort Lee soldiers at North Elementary
# School in Colonial Heights, army.mil 90453, 2012), a Keesler Air Force Base story on the project officers of the
# Mississippi Special Olympics state games (keesler.af.mil 608997, 2015), an Omaha District (USACE) story on park rangers
# teaching water safety (nwo.usace.army.mil 487861, 2013), a Navy Region Korea (cnic.navy.mil) story on USS Shoup's port
# visit to Saipan (3601621), a U.S. Pacific Command story on USS Ronald Reagan sailors at a Singapore soup kitchen
# (pacom.mil 1224935), a U.S. European Command story on USS Harry S. Truman's community relations projects in Marseille
# (eucom.mil article 19779, End of Term web archive copy), a DVIDS story on service members at the Special Olympics of
# Guam (dvidshub.net 104157) and an Andersen Air Force Base story on airmen coaching Special Olympics softball
# (andersen.af.mil 3593564, 2023). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds
# a complete quotation (noted in `retrieved`); a copy stored as one run of text is kept as a headline line and one
# paragraph ending on the last complete sentence (H2177). Site lines (breadcrumbs, 'Related Content', 'Posted', 'Bookmark
# and Share Email Print', 'Related Topics (4)', 'More related topics', '• Published' / '• By ...' / unit lines, bylines),
# the empty lines between paragraphs and spaces at the end of a line are dropped; a headline is kept once as the first
# line where the stored copy has one (none is added where it has none); datelines are kept as stored; wording, typos,
# dashes and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid
# was run on them (rules H2280-H2284 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout583-en.jsonl

Built by `build.py` from `heldout583_pages.py`. Like heldout575-en, heldout566-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): two army.mil stories on soldiers reading with pupils, the
Fort Belvoir story on the 'Leaders as Readers' programme at Fort Belvoir Elementary School (army.mil 14634, slug
''Leaders as Readers' program praised by Soldiers, students'; no headline, date or writer in the stored copy) and 'Fort
Lee Soldiers lend hand to 1st graders at local school' by its address (army.mil 90453, dateline Nov. 1, 2012; no
headline or writer in the stored copy); a Keesler Air Force Base story by Susan Griggs, 81st Training Wing Public
Affairs, 'Special Olympics leaders bring passion, expertise to games' (keesler.af.mil 608997, April 15, 2015); a story of
the U.S. Army Corps of Engineers Omaha District by Eileen Williamson, Public Affairs Specialist, on park rangers
teaching water safety, 'Fighting drownings like a firefighter' by its address (nwo.usace.army.mil 487861, posted
6/30/2013; no headline in the stored copy); a Navy story on the port visit of the destroyer USS Shoup to Saipan, 'USS
Shoup conducts Saipan port visit' by its address, on the site of Commander, Navy Region Korea (cnrk.cnic.navy.mil
3601621; no headline, year or writer in the stored copy); a Navy story on USS Ronald Reagan sailors at the Willing
Hearts Soup Kitchen in Singapore as published by U.S. Pacific Command (pacom.mil 1224935, 'Ronald Reagan Sailors assist
at soup kitchen in Singapore' by its address; no headline, year or writer in the stored copy); a U.S. European Command
story, 'Truman sailors exceed expectations during community relations project' (eucom.mil article 19779), as kept by the
End of Term web archive (webarchive.library.unt.edu, capture of Oct. 6, 2012; no date or writer in the stored copy); a
DVIDS story on service members supporting the 37th Annual Special Olympics of Guam track and field event (dvidshub.net
104157, 'Joint volunteer effort supports Special Olympics Guam' by its address; no headline, year or writer in the
stored copy); and an Andersen Air Force Base story by Airman 1st Class Spencer Perkins, 36th Wing Public Affairs,
'Andersen Air Force Base Airmen coach the Special Olympics' (andersen.af.mil 3593564, season of Sept. 16-Nov. 11, 2023).
Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil and
DVIDS pages are the services' and commands' own stories (pacom.mil and eucom.mil, the sites of two unified commands of
the Department of Defense, were used in earlier sets, heldout47-en, heldout355-en and heldout362-en), and the End of
Term archive keeps the eucom.mil page unchanged. Licence caveats: the stored copies of the two army.mil stories, the
Shoup, Reagan, Truman and DVIDS stories name no writer, so the writer's status is taken from the service or command
publishing them as its own stories (the Fort Belvoir story may first have appeared in the garrison's newspaper, which
the stored copy does not say); the stories quote civilians inside the public-domain stories (a reading teacher, a
first-grade teacher, two Corps park rangers who are federal employees, and Guam's lieutenant governor). None is credited
to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (the Fort Lee story's
last paragraph with a private's complete first quotation), noted per page: the Belvoir story's 'To allow for one-on-one
interaction, Fallon said the program was'; the Fort Lee story's '"I love children, and I want to be a teacher one day,"
said Pfc. Ashley Kinsey, ... "Anything I can do to brighten '; the Omaha story's 'The Omaha District Water Safety
program works with more than 30 Federal, state and local agencies ... field trips to' (the subheading 'Education and
Outreach' before it is kept as the last line, as in earlier sets); the Shoup story's 'Garapan Elementary School opened in
1967 ... struck the isla'; the Reagan story's 'Along with the soup kitchen project, more than 200 Sailors from Carrier
Strike '; the Truman story's '"It makes '; the Guam story's 'The event began with a parade around the Okkodo track ...
Membe'; the Andersen story's 'Wallace also shared similar sentiments to Wilkinson ... helpin'. The Keesler copy, stored
as one run of text (`Special Olympics leaders bring passion, expertise to games Published April 15, 2015 By Susan Griggs
81st Training Wing Public Affairs KEESLER AIR FORCE BASE, Miss. -- ...`), is kept as its headline (the words before
`Published`) on the first line and one paragraph from the dateline on, the date and byline words dropped and no
paragraph breaks invented (H1485, H2177); the run is cut in 'The captain is proud of Ke', so that sentence is dropped
and the paragraph ends on the last complete sentence. The site lines (the Omaha page's 'Home > Media > News Stories',
'Related Content', 'Related Link Omaha District Recreation Areas', 'Posted 6/30/2013', 'Bookmark and Share Email
Print', 'By Eileen Williamson, Public Affairs Specialist' and 'U.S. Army Corps of Engineers Omaha District'; the
archived eucom.mil page's 'Related Topics (4)' and 'More related topics'; the Andersen page's '• Published', '• By
Airman 1st Class Spencer Perkins' and '• 36th Wing Public Affairs'), the empty lines between paragraphs and spaces at the
end of a line were dropped; headlines are kept as the first line where the stored copy has one (the Belvoir, Fort Lee,
Omaha, Shoup, Reagan and Guam copies have none and get none, H1818); datelines ('COLONIAL HEIGHTS , Va. (Nov. 1, 2012)
--', 'KEESLER AIR FORCE BASE, Miss. --', 'PHILIPPINE SEA —', 'SINGAPORE --', 'MARSEILLE, France —', 'ANDERSEN AIR FORCE
BASE, Guam –') are kept as stored; wording and typos ('COLONIAL HEIGHTS , Va.', 'Eight Soldiers', 'questions
Afterward', 'lakes areas', 'Aviation Maintenance Administration-man', 'builds relationships in many levels', 'it this
time of the year'), the apostrophe standing where a question mark was (`okay Alex'`), dashes and quotation marks
(straight or curly as stored) are as stored. Pages read but left out: pages already in earlier sets (the DVIDS COMREL
story 440094 on USS Ronald Reagan sailors in Yokosuka, the Souda Bay COMREL story NNS080412-03, the AFSOC Special
Olympics story 163805, the American Forces Press Service Hurricane Floyd story, the Indiana National Guard flood story
573302, the Louisiana Guard flood story), pages with a single quoted sentence or a single quotation (a New England
District water safety story with a slogan and one ranger's two pieces, a STARCOM Space Force story), and newspaper, TV,
blog and school district pages, Hawaii Army Weekly, Soundings and rssing.com copies found by the same searches. None of
the pages used is in any set above or in another helper's worktree (checked by URL and page id (14634, 90453, 608997,
487861, 3601621, 1224935, 19779, 104157, 3593564), by title and slug and by the names of their speakers and phrases,
such as Leaders as Readers, Patriotic Readers Day, Mattie Fallon, Carmen Figueroa, Clayton Fobbs, Alexander Legeer, Jane
Briggs, Forrest Clay, Ashley Kinsey, 832nd Ordnance, Joshua Tate, Jackie Pope, Susan Griggs, James Lindley, Zeutenhorst,
Pickstown, Eileen Williamson, Nahum Melendez, American Memorial Park, Chamorro and Carolinian, Willing Hearts, John
Walton, David Yang, Emerson Exiles, Jerome Hinson, Andres Rejos, Maiden, Margalhan, internet cafe for merchant sailors,
Sarah Bergstein, Ray Tenorio, SOG committee, RED HORSE Squadron, Brittany Wallace, Ariana Wilkinson, Spencer Perkins and
high fiving, with grep over tests/data of the main tree and of every other helper's worktree (heldout577-584): no hit;
`Okkodo` occurs in a different story of heldout193-en). The annotation (rules H2280–H2284 in `ANNOTATION.md` on top of
the earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-14634-leaders-as-readers-belvoir",
    source="https://www.army.mil/article/14634/__039_Leaders_as_Readers__039__program_praised_by_Soldiers__students/",
    license=PD, retrieved=PAGES + " (army.mil story on Fort Belvoir soldiers listening to pupils read in the 'Leaders as Readers' programme at Fort Belvoir Elementary School (no headline, date or writer in the stored copy, which opens with the first paragraph), so no headline is added (H1818); the last paragraph, 'To allow for one-on-one interaction, Fallon said the program was', cut in the stored copy, dropped; an apostrophe standing where a question mark was, just before a closing mark, `Fobbs said with a smile while listening to Legeer read`, and programme names in marks inside a teacher's reported speech (H2280); straight marks as stored)",
    text='''Students and faculty at Fort Belvoir Elementary School recently welcomed back its "Leaders as Readers" program - an effort which Soldiers team up with children to further develop their reading skills.
Under the direction of reading teacher and program coordinator Mattie Fallon, Soldiers meet with students individually and listen to them read books selected by their teachers. While the program is a favorite among teachers and students, a recent outing also found the Soldiers singing the highest of praises.
"This is my third time doing this and I absolutely love coming here and spending time with the kids," said Lt. Col. Carmen Figueroa, a member of Belvoir's Headquarters Battalion and one of several recent volunteers. "Reading makes us all feel good and these kids are doing a great job."
Staff Sgt. Clayton Fobbs, another member of the battalion, couldn't agree more. Paired with first-grader Alexander Legeer, Fobbs not only offered his young friend a tremendous amount of encouragement, but some very important advice.
"Don't feel nervous. Just take your time and you'll be fine. I know you can do it," Fobbs said with a smile while listening to Legeer read. "We can identify certain words together and that will make it even easier. Let's do this together, okay Alex'"
Legeer agreed and, before going back to class, wound up reading three different books to Fobbs. The two celebrated with a high five.
"The one-on-one time helps children in need of extra support and makes them more comfortable, as opposed to reading in front of a classroom," Fallon said. "The program has helped kids enhance their comprehension and that's always a positive. We're proud of all our kids and, of course, all the Soldiers who volunteer and help us out each year."
Fallon said "Leaders as Readers" was born out of an older program called, "Patriotic Readers Day," where Soldiers would come to the school and read to an entire class.''',
    quotes=[
        Q('"Leaders as Readers"', None, None),
        Q('"This is my third time', 'with the kids,"', "Carmen Figueroa"),
        Q('"Reading makes us all feel good', 'a great job."', "Carmen Figueroa"),
        Q('"Don\'t feel nervous.', 'you can do it,"', "Clayton Fobbs"),
        Q('"We can identify certain words', 'okay Alex\'"', "Clayton Fobbs"),
        Q('"The one-on-one time', 'front of a classroom,"', "Mattie Fallon"),
        Q('"The program has helped kids', 'each year."', "Mattie Fallon"),
        Q('"Leaders as Readers"', None, None, 1),
        Q('"Patriotic Readers Day,"', None, None),
    ],
    aliases={"Carmen Figueroa": ["Carmen Figueroa", "Lt. Col. Carmen Figueroa", "a member of Belvoir's Headquarters Battalion and one of several recent volunteers"],
             "Clayton Fobbs": ["Clayton Fobbs", "Staff Sgt. Clayton Fobbs", "another member of the battalion", "Fobbs"],
             "Mattie Fallon": ["Mattie Fallon", "reading teacher and program coordinator Mattie Fallon", "Fallon"]},
),
dict(
    id="army-90453-fort-lee-first-graders-2012",
    source="https://www.army.mil/article/90453/Fort_Lee_Soldiers_lend_hand_to_1st_graders_at_local_school/",
    license=PD, retrieved=PAGES + " (army.mil story on soldiers of Alpha Company, 832nd Ordnance Battalion, helping first graders read at North Elementary School in Colonial Heights, Va., Oct. 25, dateline Nov. 1, 2012 (no headline or writer in the stored copy, which opens with the dateline paragraph), so no headline is added (H1818); the last paragraph, '\"I love children, and I want to be a teacher one day,\" said Pfc. Ashley Kinsey, a 21-year-old Bamberg, S.C. native. \"Anything I can do to brighten ', cut in the stored copy, dropped whole with its complete first quotation (H2121), so Kinsey is not in the text; one sentence split by `she said,` into two pieces, `she` for a teacher presented in the first paragraph, and `he said` after a paragraph of reported speech that ends on `said its commander, Capt. Forrest Clay.` (H2281); the dateline 'COLONIAL HEIGHTS , Va. (Nov. 1, 2012) --', 'Eight Soldiers', 'questions Afterward' and straight marks as stored)",
    text='''COLONIAL HEIGHTS , Va. (Nov. 1, 2012) -- First grade teacher Jane Briggs noticed the immediate and visible impact the visitors had on the students in her classroom and was grateful for their presence.
"I cannot tell you how thankful I am," she said, "because I know they are busy and have so many things that are so important but nothing is more important than 6-year-olds learning to read."
Briggs, a teacher at North Elementary School in Colonial Heights, was brimming with pride and appreciation watching Fort Lee Soldiers interact with her pupils during reading activities Oct. 25 at the school.
"I'm watching the faces of the children but also the faces of the military, and it's so exciting to see the connection being made," she said during the reading sessions.
The Soldiers, all assigned to Alpha Company, 832nd Ordnance Battalion, 59th Ord. Brigade, located on the Ordnance Campus, are part of the unit's effort to extend hands of support to build meaningful relationships with the communities outside its confines, said its commander, Capt. Forrest Clay.
"The community outside the gate is the cornerstone of what we have here at Fort Lee," he said. "Every time we go outside those gates, those civilians are there to support us so we have to make sure we give back to them as much as they give to us."
During the most recent school visit, Eight Soldiers and one senior noncommissioned officer were on hand to help Briggs with her class of roughly 20 students. At one table, two Soldiers played a bingo-like game with the pupils, jokingly and gently urging them on. At another table, children read aloud as Soldiers listened. There were also many instances in which reading took a back seat to students' curiosity and questions Afterward, Soldiers said time spent with the children furthered their personal enrichment and aspirations.''',
    quotes=[
        Q('"I cannot tell you how thankful I am,"', None, "Jane Briggs"),
        Q('"because I know they are busy', 'learning to read."', "Jane Briggs"),
        Q('"I\'m watching the faces', 'being made,"', "Jane Briggs"),
        Q('"The community outside the gate', 'here at Fort Lee,"', "Forrest Clay"),
        Q('"Every time we go outside', 'they give to us."', "Forrest Clay"),
    ],
    aliases={"Jane Briggs": ["Jane Briggs", "First grade teacher Jane Briggs", "Briggs", "a teacher at North Elementary School in Colonial Heights"],
             "Forrest Clay": ["Forrest Clay", "Capt. Forrest Clay", "its commander"]},
),
dict(
    id="keesler-608997-special-olympics-project-officers-2015",
    source="https://www.keesler.af.mil/About-Us/News/Article-Display/Article/608997/special-olympics-leaders-bring-passion-expertise-to-games",
    license=PD, retrieved=PAGES + " (Keesler Air Force Base story by Susan Griggs, 81st Training Wing Public Affairs, on the project officers of the Mississippi Special Olympics state games hosted by Keesler, May 8-10, published April 15, 2015; the copy is stored as one run of text: the headline (the words before 'Published') is kept as the first line, the words 'Published April 15, 2015 By Susan Griggs 81st Training Wing Public Affairs' dropped and the body from the dateline 'KEESLER AIR FORCE BASE, Miss. --' on kept as one paragraph (no breaks invented, H1485, H2177); the run is cut in 'The captain is proud of Ke', so that sentence is dropped and the paragraph ends on the last complete sentence; three project officers named in a list of whom one speaks, and `he explained` and `he observed` after writer's sentences about him (H2282); the hyphen used as a dash inside a span and straight marks as stored)",
    text='''Special Olympics leaders bring passion, expertise to games
KEESLER AIR FORCE BASE, Miss. -- Keesler's Special Olympics organization is like a mosaic of various shapes, textures and colors. Some volunteers are smooth from years of experience, while others are sparkling new. When all the parts come together, it's a true work of art. This year, Mississippi Special Olympics is celebrating its 40th year, and Keesler is hosting the annual state competition for the 29th year. Keesler's project officers for the May 8-10 state games, Capt. Joshua Tate, Jackie Pope and Maj. Benjamin Martin, bring different talents and backgrounds to the leadership team. Tate, a 335th Training Squadron personnel officer course instructor, is serving as a project officer for the second year. "I've always looked for ways to get involved with the base and the community," said Tate. "I typically do it through coaching youth sports, but Special Olympics is a good way to give back." When he arrived at Keesler three years ago, he was very surprised to learn about the base's unique approach to hosting Special Olympics. "I thought it would be similar to what we do on other bases where we help coordinate volunteers for games that are held off base," he explained. "At Keesler, we house the athletes in our dorms and most of the games happen here on base." For Tate, the biggest challenge is the early planning stage when leaders are faced with a multitude of responsibilities to be coordinated. "You're hoping all the great people from last year return to take on the challenge again this year," he observed. "When we lose an experienced committee head, it's always a challenge trying to find the right replacement. That said, it always amazes me as people leave Special Olympics here at Keesler, there are about 10 new volunteers wanting to take their places - that speaks volumes about Keesler's volunteer spirit."''',
    quotes=[
        Q('"I\'ve always looked for ways', 'and the community,"', "Joshua Tate"),
        Q('"I typically do it through coaching', 'way to give back."', "Joshua Tate"),
        Q('"I thought it would be similar', 'held off base,"', "Joshua Tate"),
        Q('"At Keesler, we house the athletes', 'here on base."', "Joshua Tate"),
        Q('"You\'re hoping all the great people', 'again this year,"', "Joshua Tate"),
        Q('"When we lose an experienced committee head', 'volunteer spirit."', "Joshua Tate"),
    ],
    aliases={"Joshua Tate": ["Joshua Tate", "Capt. Joshua Tate", "Tate", "a 335th Training Squadron personnel officer course instructor"]},
),
dict(
    id="usace-nwo-487861-water-safety-rangers-2013",
    source="https://www.nwo.usace.army.mil/Media/News-Stories/Article/487861/fighting-drownings-like-a-firefighter/",
    license=PD, retrieved=PAGES + " (U.S. Army Corps of Engineers Omaha District story by Eileen Williamson, Public Affairs Specialist, on park rangers teaching water safety at the district's lakes, posted 6/30/2013 (no headline in the stored copy, so none is added, H1818); the site lines 'Home > Media > News Stories', 'Related Content', 'Related Link Omaha District Recreation Areas', 'Posted 6/30/2013', 'Bookmark and Share Email Print', 'By Eileen Williamson, Public Affairs Specialist' and 'U.S. Army Corps of Engineers Omaha District' dropped; the paragraph after the subheading 'Education and Outreach', 'The Omaha District Water Safety program works with more than 30 Federal, state and local agencies ... field trips to', cut in the stored copy, dropped, and the subheading kept as the last line (H2284); two park rangers each quoted in two pieces (H2284); 'lakes areas' and curly marks as stored)",
    text='''It is a common misperception that firefighters merely fight fires. Actual firefighting takes up only a small percentage of the time firefighters spend on duty. Another important part of their time is spent educating others about fire prevention and fire safety.
This concept rings true for the park rangers and natural resource specialists at lakes areas across the Omaha District who include outreach and water safety education among their regular responsibilities.
“It’s a lot of work, but we believe it is an important part of our job,” said James Lindley, a park ranger at Fort Randall Dam near Pickstown, S.D. “The worst part of the job is when we do recovery missions. With teaching water safety, you hope you are preventing accidents. We educate to prevent drowning but the story about how water safety training or how a life jacket prevented a drowning doesn’t always get told.”
“Education is important,” said Karla Zeutenhorst, a park ranger at Gavins Point Dam near Yankton, S.D. “Life jackets reduce the risk of drowning. When potentially half of all boating deaths might be prevented with the use of life jackets, we know each opportunity to share that message is possibly a life saved and education is how we share that message.”
Education and Outreach''',
    quotes=[
        Q('“It’s a lot of work', 'part of our job,”', "James Lindley"),
        Q('“The worst part of the job', 'always get told.”', "James Lindley"),
        Q('“Education is important,”', None, "Karla Zeutenhorst"),
        Q('“Life jackets reduce the risk', 'share that message.”', "Karla Zeutenhorst"),
    ],
    aliases={"James Lindley": ["James Lindley", "a park ranger at Fort Randall Dam near Pickstown, S.D."],
             "Karla Zeutenhorst": ["Karla Zeutenhorst", "a park ranger at Gavins Point Dam near Yankton, S.D."]},
),
dict(
    id="cnic-3601621-uss-shoup-saipan-comrel",
    source="https://cnrk.cnic.navy.mil/News/Article/3601621/uss-shoup-conducts-saipan-port-visit",
    license=PD, retrieved=PAGES + " (Navy story on the five-day port visit of the destroyer USS Shoup (DDG 86) to Saipan and its community relations projects, ending Nov. 14, on the site of Commander, Navy Region Korea (no headline, year or writer in the stored copy, which opens with the dateline paragraph), so no headline is added (H1818); the last paragraph, 'Garapan Elementary School opened in 1967 and was relocated ... after a devastating typhoon struck the isla', cut in the stored copy, dropped; a chaplain presented as the agent of a passive sentence and then quoted in two paragraphs of two pieces each with `said Melendez` (H2283); em dash and curly marks as stored)",
    text='''PHILIPPINE SEA — The Arleigh Burke-class guided-missile destroyer USS Shoup (DDG 86) completed a five-day, scheduled port visit in Saipan, Nov. 14.
While in Saipan, Sailors had the opportunity to participate in three different community relations (COMREL) projects. The projects, organized by Command Chaplain Lt. Nahum Melendez, were held at American Memorial Park, Garapan Elementary School, and aboard USS Shoup.
“Every time we execute a port visit, the goal is to provide opportunities for our Sailors to give back,” said Melendez. “This happens in collaboration with the host team who look for the best locations where our Sailors can use their skills to enhance someone else’s work, education or living space. Sailors always look for exciting activities to do at every port visit. In exchange, we enhance diplomatic partnerships and represent the USA at the highest level.”
American Memorial Park is centrally located along the western shoreline of Saipan, adjacent to downtown Garapan.
During the event, Sailors participated in a Memorial Day celebration honoring the US servicemen, and Chamorro and Carolinian civilians, who were killed during the Marianas Campaign of World War II that took place on Saipan, Tinian, and the Philippine Sea in 1944. Afterward, they had the opportunity to meet with several veterans for conversation and to exchange sea stories.
“Saipan is a wonderful island with plenty of friendship, kindness and compassion,” said Melendez. “The locals are very welcoming and the historic sites make this island a jewel in the middle of the Pacific. At the American Memorial Park, more than 200 people gathered to honor the fallen, and USS Shoup Sailors wore their summer whites to honor all veterans past, present and future. The ceremony was attended by the governor himself.”''',
    quotes=[
        Q('“Every time we execute a port visit', 'to give back,”', "Nahum Melendez"),
        Q('“This happens in collaboration', 'the highest level.”', "Nahum Melendez"),
        Q('“Saipan is a wonderful island', 'and compassion,”', "Nahum Melendez"),
        Q('“The locals are very welcoming', 'the governor himself.”', "Nahum Melendez"),
    ],
    aliases={"Nahum Melendez": ["Nahum Melendez", "Command Chaplain Lt. Nahum Melendez", "Melendez"]},
),
dict(
    id="pacom-1224935-reagan-soup-kitchen-singapore",
    source="https://www.pacom.mil/Media/News/News-Article-View/Article/1224935/ronald-reagan-sailors-assist-at-soup-kitchen-in-singapore/",
    license=PD, retrieved=PAGES + " (Navy story on ten USS Ronald Reagan (CVN 76) sailors at the Willing Hearts Soup Kitchen during a port visit to Singapore, June 18, as published by U.S. Pacific Command (no headline, year or writer in the stored copy, which opens with the dateline paragraph), so no headline is added (H1818); the last paragraph, 'Along with the soup kitchen project, more than 200 Sailors from Carrier Strike ', cut in the stored copy, dropped; three sailors with long rating titles, each quoted in two pieces (H2283); 'Aviation Maintenance Administration-man', 'builds relationships in many levels' and straight marks as stored)",
    text='''SINGAPORE -- Ten Sailors from the U.S. Navy's forward-deployed aircraft carrier, USS Ronald Reagan (CVN 76), assisted at the Willing Hearts Soup Kitchen for a community relations project during a port visit to Singapore, June 18.
While at the soup kitchen, Sailors sorted, cut and washed vegetables; cooked and packed food into lunch boxes, and prepared them for distribution to the less fortunate.
"This project allowed us to interact one-on-one with local nationals and show them what we are about as Americans and Sailors," said Aviation Maintenance Administration-man 1st Class John Walton, from Chattanooga, Tennessee. "It's about giving back and doing my part. The interactions gained today and seeing the smiles on the locals' faces is something you can't buy."
Community relations projects were established by the Department of Defense to foster and further good relations with communities around the world. They help to earn public support and understanding of operations, missions and requirements of the military services, and to increase understanding of U.S. defense posture and capabilities by increasing public exposure.
"Participating in community service projects builds relationships in many levels," said Cmdr. David Yang, command chaplain. "It builds a stronger relationship between our Sailors and host nation citizens and it strengthens the existing relationships between the U.S. Navy and the nations we are visiting."
Volunteering at the soup kitchen allowed Sailors to connect with the people of Singapore and leave a lasting, positive impression of the United States, U.S. Navy, Ronald Reagan, and its Sailors.
"It's important to be a part of something bigger than yourself," said Master-at-Arms 1st Class Emerson Exiles, from Miami. "Showing support not just through Ronald Reagan and the Navy's presence of force, but as a presence of support, community and assistance is what we came to do."''',
    quotes=[
        Q('"This project allowed us', 'Americans and Sailors,"', "John Walton"),
        Q('"It\'s about giving back', 'you can\'t buy."', "John Walton"),
        Q('"Participating in community service', 'many levels,"', "David Yang"),
        Q('"It builds a stronger relationship', 'we are visiting."', "David Yang"),
        Q('"It\'s important to be a part', 'bigger than yourself,"', "Emerson Exiles"),
        Q('"Showing support not just', 'we came to do."', "Emerson Exiles"),
    ],
    aliases={"John Walton": ["John Walton", "Aviation Maintenance Administration-man 1st Class John Walton"],
             "David Yang": ["David Yang", "Cmdr. David Yang", "command chaplain"],
             "Emerson Exiles": ["Emerson Exiles", "Master-at-Arms 1st Class Emerson Exiles"]},
),
dict(
    id="eucom-19779-truman-comrel-marseille",
    source="https://webarchive.library.unt.edu/web/20121006212405/http://www.eucom.mil/article/19779/truman-sailors-exceed-expectations-during-community-relations-project",
    license=PD, retrieved=PAGES + " (U.S. European Command story on USS Harry S. Truman (CVN 75) crew members' community relations projects during a port visit to Marseille, France, June 9-12, as kept by the End of Term web archive (capture of Oct. 6, 2012; no date or writer in the stored copy); the lines 'Related Topics (4)' and 'More related topics' dropped; headline kept as the first line; the last paragraph, '\"It makes ', cut in the stored copy, dropped, so the sailor presented in the paragraph before it has no span; presenting sentences of reported speech with the full rank and role before quotations cued by the surname, and `Rejos added that ...` without marks (H2283); em dash and straight marks as stored)",
    text='''Truman sailors exceed expectations during community relations project
MARSEILLE, France — Crew members from USS Harry S. Truman (CVN 75) performed more than 900 hours of community service during a recent port visit to Marseille, France, June 9-12.
Truman sailors and Marines volunteered for a total of six community relations (COMREL) projects in three days.
The projects included repair and grounds-keeping work at schools and churches and even helping to build an internet cafe for merchant sailors.
Approximately 100 crew members volunteered their liberty time to participate in the events, said Navy Cmdr. Jerome Hinson, Truman's command chaplain.
"This crew's enthusiasm for volunteering in Marseille exceeded that of any I have seen anywhere in my 16 years in the Navy," said Hinson. "That is part of the Truman way of doing business."
Regarding the COMREL projects, the feedback from both sailors and the local community has been very positive, said Navy Aviation Boatswain's Mate (Handling) 2nd Class (AW/SW) Andres Rejos, the petty officer-in-charge of COMREL projects for Truman.
"When we complete projects for these communities, they always say they want us to come back," said Rejos. "That is why I continue to volunteer."
Rejos added that it is important for the host nation to see that, although the Truman is a warship, Sailors and Marines are willing to help build communities and relationships.
One of the COMREL projects involved sailors working on a recreation facility and playing football with students at Margalhan Middle School in Marseille. Upon arriving at the school, the sailors were greeted by students singing U.S. songs. Many of the students asked sailors for autographs.
The reception and excitement at Margalhan helped reinforce reasons for volunteering for many sailors, said Navy Aviation Ordnanceman 3rd Class Mel'lisa Maiden, a Truman sailor who regularly participates on COMREL projects regularly.''',
    quotes=[
        Q('"This crew\'s enthusiasm', 'years in the Navy,"', "Jerome Hinson"),
        Q('"That is part of the Truman way', 'doing business."', "Jerome Hinson"),
        Q('"When we complete projects', 'to come back,"', "Andres Rejos"),
        Q('"That is why I continue to volunteer."', None, "Andres Rejos"),
    ],
    aliases={"Jerome Hinson": ["Jerome Hinson", "Navy Cmdr. Jerome Hinson", "Truman's command chaplain", "Hinson"],
             "Andres Rejos": ["Andres Rejos", "Navy Aviation Boatswain's Mate (Handling) 2nd Class (AW/SW) Andres Rejos", "the petty officer-in-charge of COMREL projects for Truman", "Rejos"]},
),
dict(
    id="dvids-104157-special-olympics-guam",
    source="https://dvidshub.net/news/104157/joint-volunteer-effort-supports-special-olympics-guam",
    license=PD, retrieved=PAGES + " (DVIDS story on more than 300 service members supporting the 37th Annual Special Olympics of Guam track and field event at Okkodo High School, Dededo, March 23 (no headline, year or writer in the stored copy, which opens with the dateline paragraph), so no headline is added (H1818); the last paragraph, 'The event began with a parade around the Okkodo track ... The parade concluded with a torch run that began downtown. Membe', cut in the stored copy, dropped; `according to the SOG committee` after a sentence without marks, a lieutenant governor with his title after his name, and reported speech with `Tenorio said` before a quotation cued by `Tenorio said` (H2284); en dash and curly marks as stored)",
    text='''ANDERSEN AIR FORCE BASE, Guam – More than 300 service members came together to support the 37th Annual Special Olympics of Guam Track and Field event at Okkodo High School in Dededo, March 23.
Some service members helped set up and break down the site for the competition, while others cheered on or coached youth and adult athletes from the local community.
“I want to offer thanks to the SOG committee for providing the opportunity for so many of our Airmen to participate in this great Guam community event,” said 2nd Lt. Sarah Bergstein, 36th Wing deputy chief of Public Affairs and the Air Force coordinator for this year’s Special Olympics. “Between the 554th RED HORSE Squadron, who provided a great deal of help, and more than 200 Team Andersen volunteers, I think it’s safe to say everyone had a really great time and enjoyed coming out to support the athletes.”
Airmen, sailors, soldiers, Marines, Coast Guardsmen and civilians all pulled together to volunteer, making this year a very successful one, according to the SOG committee.
“The support from the Navy and Air Force bases has never been greater,” said Ray Tenorio, Guam lieutenant governor. “When you get the military out here it shows we are one community, we are one island and we are all here for the same purpose: to help the Special Olympics.”
Tenorio said the Special Olympics developed substantially throughout the past few years, along with the community’s acceptance of one another’s differences.
“I think the thing that has developed most about Guam is the care, the respect and the acceptance of the people who make up the Special Olympics,” Tenorio said. “It is the acceptance by the people who support it, including the military and corporations, which is really the thing that matters the most.”''',
    quotes=[
        Q('“I want to offer thanks', 'community event,”', "Sarah Bergstein"),
        Q('“Between the 554th RED HORSE Squadron', 'support the athletes.”', "Sarah Bergstein"),
        Q('“The support from the Navy', 'never been greater,”', "Ray Tenorio"),
        Q('“When you get the military out here', 'the Special Olympics.”', "Ray Tenorio"),
        Q('“I think the thing that has developed', 'the Special Olympics,”', "Ray Tenorio"),
        Q('“It is the acceptance by the people', 'matters the most.”', "Ray Tenorio"),
    ],
    aliases={"Sarah Bergstein": ["Sarah Bergstein", "2nd Lt. Sarah Bergstein", "36th Wing deputy chief of Public Affairs and the Air Force coordinator for this year’s Special Olympics"],
             "Ray Tenorio": ["Ray Tenorio", "Guam lieutenant governor", "Tenorio"]},
),
dict(
    id="andersen-3593564-airmen-coach-special-olympics-2023",
    source="https://www.andersen.af.mil/News/Article-Display/Article/3593564/andersen-air-force-base-airmen-coach-the-special-olympics/",
    license=PD, retrieved=PAGES + " (Andersen Air Force Base story by Airman 1st Class Spencer Perkins, 36th Wing Public Affairs, on airmen coaching Special Olympics softball in Dededo, Guam, Sept. 16-Nov. 11, 2023; the lines '• Published', '• By Airman 1st Class Spencer Perkins' and '• 36th Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'Wallace also shared similar sentiments to Wilkinson as she played softball her whole life ... take on the task of helpin', cut in the stored copy, dropped; two coaches who share the role `Special Olympics coach`, and a later quotation cued by the bare surname (H2284); 'it this time of the year' and curly marks as stored)",
    text='''Andersen Air Force Base Airmen coach the Special Olympics
U.S. Air Force Airmen assigned to Andersen Air Force Base, Guam, along with members of the local community jumped on the opportunity to volunteer to coach softball for the Special Olympics in Dededo, Guam, from Sept. 16-Nov. 11, 2023.
The Special Olympics takes place throughout the year with a variety of sporting seasons and it this time of the year it’s softball season. Throughout the season, the coaches and players met every Saturday; first to assign teams and then practice fielding, throwing and batting.
“This is a good opportunity for the players to come together, play softball and have a good time,” said Tech. Sgt. Brittany Wallace, Special Olympics coach. “Working with the players has been so much fun and it’s very rewarding to see them improve throughout the weeks.”
The second to last weekend of the season was spent playing games to decide what teams would play each other in the finale.
“My favorite part was seeing the community come out to support and how happy the players were,” said 1st Lt. Ariana Wilkinson, Special Olympics coach. “Whether they got first or fourth place everybody was cheering, hugging and high fiving one another.”
The volunteers weren’t required to have prior coaching or softball experience, however, some of them brought years of knowledge to pass along to the players.
“I’ve played softball for about 14 years, and I’ve coached youth sports in the past,” said Wilkinson. “When I saw they were asking for coaches, I thought it would be a good way for me to give back to the community of Guam and to those individuals that want to be able to play the sport.”''',
    quotes=[
        Q('“This is a good opportunity', 'have a good time,”', "Brittany Wallace"),
        Q('“Working with the players', 'throughout the weeks.”', "Brittany Wallace"),
        Q('“My favorite part', 'the players were,”', "Ariana Wilkinson"),
        Q('“Whether they got first', 'one another.”', "Ariana Wilkinson"),
        Q('“I’ve played softball', 'sports in the past,”', "Ariana Wilkinson"),
        Q('“When I saw they were asking', 'play the sport.”', "Ariana Wilkinson"),
    ],
    aliases={"Brittany Wallace": ["Brittany Wallace", "Tech. Sgt. Brittany Wallace"],
             "Ariana Wilkinson": ["Ariana Wilkinson", "1st Lt. Ariana Wilkinson", "Wilkinson"]},
),
]
