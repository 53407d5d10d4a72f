# Held-out English news texts (tests/data/heldout653-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army, the
# Air Force, the Army Corps of Engineers, the Air National Guard, the Space Force, the Coast Guard, the Navy and the
# Marine Corps: an army.mil story on parishioners of a Swainsboro, Ga., church touring Fort Stewart (army.mil 165943,
# April 2016), an Air Force News Service story on Airmen working the night shift on a deployed flightline (AFPN, June
# 10, 2008, globalsecurity.org copy), a Louisville District story on the end of Locks and Dam 52 and 53 on the Ohio River
# (lrl.usace.army.mil 1716154, Dec. 18, 2018), a Delaware Air National Guard release on Airmen returning from Southwest
# Asia after July 4th (166aw.ang.af.mil 448172), a Sheppard Air Force Base story on Airmen at a Wichita Falls Habitat
# for Humanity build (sheppard.af.mil 639244, July 18, 2013), a Space Systems Command story on the Space Force as
# honored service of the Torrance Armed Forces Day Parade (ssc.spaceforce.mil 3802452), a Coast Guard story on Sector
# Baltimore's record at the Maryland Food Bank (coastguardnews.com copy, 2011), a Navy NewsStand story on the Special
# Olympics at Joint Expeditionary Base Little Creek-Fort Story (navy.mil story_id 58408, 2011) and a Marine Corps
# Systems Command story on the Quantico summer STEM academy (dvidshub.net printable 283313, July 5, 2018). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs (in a page stored as one run of text, complete sentences) are kept and the cut paragraph is
# dropped, also where it holds a complete quotation (noted in `retrieved`). Site lines (byline and unit lines,
# '• Published' / '• By ...', 'Published <date>', globalsecurity.org's banner, DVIDS printable fields, photo captions,
# coastguardnews.com's report line), the empty lines between paragraphs and spaces at the end of a line are dropped; a
# headline is kept once as the first line where the stored copy has one (none is added where it has none); datelines
# are kept as stored; wording, typos, double spaces, dashes and quotation marks (straight or curly as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H2370-H2374 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout653-en.jsonl

Built by `build.py` from `heldout653_pages.py`. Like heldout639-en, heldout607-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): an army.mil story by Spc. John Onuoha on parishioners of
Saint Philips Baptist Church, Swainsboro, Georgia, touring 3rd Infantry Division facilities at Fort Stewart on April 5,
2016 (army.mil 165943, slug 'swainsboro_teens_toured_fort_stewart_for_first_time'; no headline in the stored copy); an
Air Force News Service story by Airman 1st Class Tarelle Walker, 379th Air Expeditionary Wing Public Affairs, 'Nocturnal
workers: Airmen keep the mission going long after the sun goes down', dated 6/10/2008, in the verbatim copy of
globalsecurity.org (mil-080610-afpn03; licence constant PDC, as the globalsecurity.org copies of heldout607-en and
earlier sets); a U.S. Army Corps of Engineers Louisville District story, 'End of an era: Generations kept heart of the
inland waterways beating' (lrl.usace.army.mil 1716154, published Dec. 18, 2018); a Delaware Air National Guard release,
'About 70 Airmen of the Delaware Air Guard returning home from Southwest Asia aboard C-130 aircraft after July 4th'
(166aw.ang.af.mil 448172; July 2013 by its weekdays and its 'Next week marks 10 years'); a Sheppard Air Force Base story
by Airman 1st Class Jelani Gibson, 82nd Training Wing Public Affairs, 'Habitat for Humanity and Sheppard Airmen help
construct homes for local residents' (sheppard.af.mil 639244, published July 18, 2013); a Space Systems Command story by
Brad Smith, SSC Public Affairs, 'Space Force Connects With Community at Armed Forces Day and Fleet Week Events'
(ssc.spaceforce.mil 3802452; May 2024 by its page id and its cut last paragraph); a Coast Guard story, 'Coast Guard
breaks record serving those in need', reposted on coastguardnews.com (Feb. 2, 2011 by its dropped photo caption; licence
constant PDC, as the coastguardnews.com copies of heldout539-en, heldout545-en and heldout566-en); a Navy NewsStand story
on the 2011 Special Olympics at Joint Expeditionary Base Little Creek-Fort Story (navy.mil story_id 58408; no headline in
the stored copy); and a Marine Corps Systems Command story by Kristen Murphy, 'MCSC introduces students to STEM
possibilities' (dvidshub.net printable page 283313, dated 07.05.2018). Reuse terms relied on: US government works are
not subject to copyright in the US (17 U.S.C. § 105); the .mil pages, the DVIDS page and the navy.mil page are the
services', commands', district's and wings' own stories and releases, and the globalsecurity.org and coastguardnews.com
pages reproduce an Air Force News Service story under its writer's byline and a Coast Guard story with Coast Guard photo
credits, marked as copies on non-government sites. Licence caveats: the Louisville District, Delaware, Coast Guard and
Navy texts name no writer in the kept text (the Delaware release's byline line holds only '010713', and the Coast Guard
copy's photo credits name Petty Officer 3rd Class Robert Brazzell, in dropped caption lines) and are taken as the
publishing district's, wing's or service's own work by their sites; the copies on globalsecurity.org and
coastguardnews.com may differ from the originals in details the stored copies cannot show; the stories quote private
people inside the public-domain texts (a church member, a Habitat for Humanity project manager and a new
homeowner, a Special Olympics official, a Harlem Globetrotters player) and federal employees. None is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (in the Sheppard page, stored as one run of text, complete sentences) and the cut paragraph is dropped, also
where it holds a complete quotation, noted per page: the Fort Stewart story's '"I learned some amazing things ..." said
event organizer Marilyn Mitchell, ... "Not only did they ... enjoyed every mi'; the AFPN story's 'Escaping the heat
seems to be the number one advantage ... work very har'; the Louisville District story's 'Like Robertson, Hall knows the
projects at 52 and 53 ... when his fa'; the Delaware release's 'The Delaware Air Guard Airmen are finishing up a decade
... Baghdad Internation'; the Sheppard run's last sentence 'According to Habitat for Humanity, they are "a Christian
ministry dedicated to provi'; the Space Force story's 'The Space Force is the nation’s newest military branch, ... known
as “Guardians.” ... to support Torrance’'; the Navy story's '"Many don't realize this event is a '; the Marine Corps
story's '“The hope is we get some of our students interested in STEM ...,” said Michael A. Johnson, QMHS principal. “We
also coordinate with [oth' (the Coast Guard copy ends on its own last paragraph, which is kept). The site lines (the
army.mil byline line 'By Spc. John Onuoha, 6-8 Cav., 2IBCT, UPAR'; globalsecurity.org's banner 'UNITED24 - Make a
charitable donation in support of Ukraine!' and the byline lines 'by Airman 1st Class Tarelle Walker' and '379th Air
Expeditionary Wing Public Affairs'; the Louisville District line 'Published Dec. 18, 2018'; the Delaware lines '•
Published' and '• By 010713'; the Space Force lines '• Published' and '• By Brad Smith, SSC Public Affairs'; the words
'Published July 18, 2013 By Airman 1st Class Jelani Gibson 82nd Training Wing Public Affairs' inside the Sheppard run;
the coastguardnews.com photo captions 'BALTIMORE - Members from Coast Guard units ... photo by Petty Officer 3rd Class
Robert Brazzell.' and 'Coast Guard members volunteer at the Maryland Food Bank in Halethorpe, Md. Coast Guard photo by
Petty Officer Robert Brazzell.' and its line 'If you have any problems viewing this article, please report it here.';
the DVIDS printable lines 'Marine Corps Systems Command', 'Story by Kristen Murphy', 'Date: 07.05.2018', 'Posted:
07.05.2018 10:26', 'News ID: 283313' and the repeated headline), the empty lines between paragraphs and the spaces at the
end of lines were dropped; headlines are kept as the first line where the stored copy has one (the Fort Stewart and Navy
stories have none and get none, H1818); datelines are kept as stored (the AFPN story's '6/10/2008 - SOUTHWEST ASIA (AFPN)
--' with its date); wording and typos ('dinning facility', 'N.D,', 'any more', 'There's real bombs', 'woman working
together', 'Special Olympic athletes', the missing comma in 'ready to move in now" said'), double spaces inside
paragraphs, dashes, the sign in 'LEGO®' and quotation marks (straight or curly as stored, also where one pair mixes both)
are as stored. Pages read but left out: stories already in earlier sets (the Wagonmaster pumpkin-carving story,
heldout29-en; the Truman Wisconsin COMREL story, heldout29-en; the Truman community service day of March 2012,
heldout258-en; the Norfolk galley story, heldout355-en; the two Landers Elementary field day stories of Twentynine Palms,
heldout89-en; the Texas Guard flood stories, heldout327-en; the Davis-Monthan, Seymour Johnson, Ellsworth and Eielson
Habitat for Humanity stories, heldout346-en and heldout575-en; the D.C. Air Guard homecoming, heldout85-en; the Army
Reserve and 4th Cavalry Brigade training stories, heldout23-en and heldout268-en; the Guardian Giving Back story,
heldout599-en; the Ellsworth community story, heldout97-en; the Coast Guard Academy food drive and Philadelphia hospice
stories, heldout566-en; the Toys for Tots and Camp Lejeune stories, heldout392-en and heldout242-en; the VA Veterans Day
release with Secretary Nicholson, heldout76-en), a Texas Guard Harvey story on thesop.org whose quotation of Brig. Gen. Patrick M.
Hamilton is in heldout33-en, pages whose stored part keeps fewer than two complete quotations or only one speaker's
words before the cut (a Joint Base Andrews panel story, a Nashville District lock operators story, an Army Field Band
master-class story, an Army Reserve exercise story, a Coast Guard Auxiliary story, the 185th Air Refueling Wing
homecoming, dvidshub.net 556732, and a Marine Corps Systems Command STEM event story of 2013), a navaltoday.com copy of
the Truman community service day of February 2012 (a trade site whose copy names no Navy source), stories left for
other sets (a 133rd Airlift Wing homecoming, 133aw 451211; a Hill Air Force Base Habitat story, af.mil 137543; a
McConnell Habitat story on military-online.blogspot.com; an NNS Special Olympics relay story on the same blog and an
NNS bowling story on usapatriotism.org) and pages of newspapers, broadcasters, magazines and blogs found by the same
searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(165943, mil-080610-afpn03, 1716154, 448172, 639244, 3802452, coast-guard-breaks-record, story_id=58408, 283313), by
title and slug and by the names of their speakers and phrases, such as Swainsboro, Saint Philips, Joseph Berman, Eric
Robertson, Tarelle Walker, Chad Arrowsmith, Kovalcin, Algire, hot tin roof, Locks and Dam 52, Antoinette Gant, Randy
Robertson, Jesse Hall, Mike Feeley, land of the free and the home of the brave, Jelani Gibson, Martin Wade, Keith Wilson,
Tava Williams, Philip Garrant, Michael Hopkins, Jeff Charlot, 34,454, Deena Myer-Morris, Netzel, Versher, Karrin Felton
and Binh Nguyen, with grep over tests/data of the main tree and of every other helper's worktree (heldout641-656): no
hit, except the name Olmsted (a left-out army.mil story of heldout525-en), the Maryland Food Bank record (named as left
for other sets in heldout566-en), Torrance in an unrelated text and the phrase 'Delaware Air Guard' in another
Delaware story of heldout206-en). The annotation (rules H2370–H2374 in `ANNOTATION.md` on top of the earlier rules) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-h653-2016-04-05-swainsboro-parishioners-tour-fort-stewart",
    source="https://www.army.mil/article/165943/swainsboro_teens_toured_fort_stewart_for_first_time",
    license=PD, retrieved=PAGES + " (army.mil story by Spc. John Onuoha, 6-8 Cav., 2IBCT, UPAR, on parishioners of Saint Philips Baptist Church, Swainsboro, Georgia, touring 3rd Infantry Division facilities at Fort Stewart on April 5, 2016; the byline line 'By Spc. John Onuoha, 6-8 Cav., 2IBCT, UPAR' dropped; the stored copy has no headline line (slug 'swainsboro_teens_toured_fort_stewart_for_first_time') and gets none (H1818); the dateline 'FORT STEWART, Ga. --' kept; the last paragraph, '\"I learned some amazing things ...,\" said event organizer Marilyn Mitchell, member of Saint Philips Baptist Church. \"Not only did they acquire more knowledge on new things, they also enjoyed every mi', cut in the stored copy, dropped with its complete first quotation (H2121); a long unit role after the name that ends on an abbreviation's full stop before the second piece, and a speaker with the title `Dr.` cued by surname in a later paragraph (H2371); 'dinning facility' and straight marks as stored)",
    text='''FORT STEWART, Ga. -- Parishioners of Saint Philips Baptist Church, Swainsboro, Georgia toured facilities of 3rd Infantry Division, Fort Stewart, Georgia, April 5, 2016.
"It's a way of teaching military history to the community," said 1st Lt. Joseph Berman, a cavalry scout platoon leader with Troop A, 6th Squadron, 8th Cavalry Regiment, 2nd Infantry Brigade Combat Team, 3rd Inf. Div. "It shows them what kind of assets we use and what we do. Building a strong relationship with people is important and it's a perfect way to connect with communities."
Soldiers of Trp. A hosted the tour, which featured Johnson gymnasium, the troop's motor pool, a weapon simulator, lunch in a dinning facility and Warrior's Walk; a memorial walkway with trees, flags, pictures of fallen 3rd Inf. Div. Soldiers and flowers on both sides in respect to heroes that were killed in Operation Enduring Freedom and Operation Iraqi Freedom.
"Words can't express how it feels learning about fallen Soldiers," said Dr. Eric Robertson, a member of Saint Philips Church. "It's a huge sacrifice. I hope one day everyone would see it and appreciate Soldiers for their outstanding work."
Youth of Saint Philips Baptist Church saw a military installation for the first time and it showed them what life is like for their military neighbors.
"We have a lot of teens that haven't been exposed to things outside their community," Robertson said. "Tours like this are good opportunities to show teenagers something different that could inspire them to be better."
Members of the church talked about how fun and easy Soldiers made it for them to understand everything throughout the tour.''',
    quotes=[
        Q('"It\'s a way of teaching', 'to the community,"', "Joseph Berman"),
        Q('"It shows them what kind', 'connect with communities."', "Joseph Berman"),
        Q('"Words can\'t express', 'about fallen Soldiers,"', "Eric Robertson"),
        Q('"It\'s a huge sacrifice.', 'their outstanding work."', "Eric Robertson"),
        Q('"We have a lot of teens', 'outside their community,"', "Eric Robertson"),
        Q('"Tours like this', 'them to be better."', "Eric Robertson"),
    ],
    aliases={"Joseph Berman": ["Joseph Berman", "1st Lt. Joseph Berman", "a cavalry scout platoon leader with Troop A, 6th Squadron, 8th Cavalry Regiment, 2nd Infantry Brigade Combat Team, 3rd Inf. Div"],
             "Eric Robertson": ["Eric Robertson", "Dr. Eric Robertson", "a member of Saint Philips Church", "Robertson"]},
),
dict(
    id="afpn-h653-2008-06-10-nocturnal-workers-flightline",
    source="https://www.globalsecurity.org/military/library/news/2008/06/mil-080610-afpn03.htm",
    license=PDC, retrieved=PAGES + " (Air Force News Service story by Airman 1st Class Tarelle Walker, 379th Air Expeditionary Wing Public Affairs, on Airmen working the night shift on a deployed flightline in Southwest Asia, dated 6/10/2008, in the verbatim copy of globalsecurity.org; the site's banner 'UNITED24 - Make a charitable donation in support of Ukraine!' and the byline lines 'by Airman 1st Class Tarelle Walker' and '379th Air Expeditionary Wing Public Affairs' dropped; headline kept as the first line; the date and dateline '6/10/2008 - SOUTHWEST ASIA (AFPN) --' kept as stored; the last paragraph, 'Escaping the heat seems to be the number one advantage of working at night. ... The Airmen on the flightline work very har', cut in the stored copy, dropped; speakers presented by reported speech with an inverted `said X` and quoted in the next paragraph with `he said` only, a reported `he said` between two quotations of one man, and the writer's parenthetical `(tankers)` inside a quotation (H2370); 'N.D,', 'any more', 'There's real bombs' and straight marks as stored)",
    text='''Nocturnal workers: Airmen keep the mission going long after the sun goes down
6/10/2008 - SOUTHWEST ASIA (AFPN) -- While most Airmen are comfy in their beds, the flightline here is buzzing with activity and the mission continues. Airmen are covered in sweat, loading bombs, fueling and fixing planes 24 hours a day to preserve freedom.
"At night, the sun has burned off most of the humidity and isn't beating down on the (tankers) any more," said Staff Sgt. Chad Arrowsmith, a KC-135 Stratotanker crew chief deployed from Grand Forks Air Force Base, N.D, who works noon to midnight each day.
After dark on the flightline, it's nice and peaceful, about 10 to 15 degrees cooler, he said.
"I like working at night because during the day, the aircraft metal gets to be just like a hot tin roof, hard to touch without gloves," he said. "At night, though, visibility is less. So it's a trade-off."
The Airmen's hard work has nothing to do with recognition, said Airman 1st Class Ed Kovalcin, a 37th Aircraft Maintenance Unit B-1B Lancer crew chief deployed from Ellsworth AFB, S.D.
"This is what we do, no matter if we get recognition or not, we're out here for a job. When I see a jet take off, I see freedom. I know we did our job and the mission is successful," he said.
Most Air Force flightline operations are 24/7, and in a deployed environment it's no different, except the missions are real-world, said Tech. Sgt. David Algire, a 37th AMU depot field team chief deployed from Tinker AFB, Okla.
"There's real bombs being dropped and lives being lost. We're taking the fight to the terrorists. We're trying to win this thing and make a better life at home for everybody," he said.''',
    quotes=[
        Q('"At night, the sun has burned', '(tankers) any more,"', "Chad Arrowsmith"),
        Q('"I like working at night', 'touch without gloves,"', "Chad Arrowsmith"),
        Q('"At night, though, visibility', 'it\'s a trade-off."', "Chad Arrowsmith"),
        Q('"This is what we do', 'mission is successful,"', "Ed Kovalcin"),
        Q('"There\'s real bombs', 'home for everybody,"', "David Algire"),
    ],
    aliases={"Chad Arrowsmith": ["Chad Arrowsmith", "Staff Sgt. Chad Arrowsmith", "a KC-135 Stratotanker crew chief deployed from Grand Forks Air Force Base, N.D"],
             "Ed Kovalcin": ["Ed Kovalcin", "Airman 1st Class Ed Kovalcin", "a 37th Aircraft Maintenance Unit B-1B Lancer crew chief deployed from Ellsworth AFB, S.D"],
             "David Algire": ["David Algire", "Tech. Sgt. David Algire", "a 37th AMU depot field team chief deployed from Tinker AFB, Okla"]},
),
dict(
    id="usace-lrl-h653-2018-12-18-end-of-an-era-locks-52-53",
    source="http://www.lrl.usace.army.mil/Media/News-Stories/Article/1716154/end-of-an-era-generations-kept-heart-of-the-inland-waterways-beating/",
    license=PD, retrieved=PAGES + " (U.S. Army Corps of Engineers Louisville District story on the end of Locks and Dam 52 and 53 on the lower Ohio River after the opening of Olmsted Locks and Dam in August 2018, published Dec. 18, 2018 (no writer in the stored copy); the line 'Published Dec. 18, 2018' dropped; headline kept as the first line; the last paragraph, 'Like Robertson, Hall knows the projects at 52 and 53 like the back of his hand, ... until his seventh grade year when his fa', cut in the stored copy, dropped; a pronoun cue for a man named in the sentence before in an introductory phrase that is not its subject, a quotation after `X ... agrees.` with no verb of saying, and other people's words reported without marks inside a quotation (H2371); the spaces at the end of two paragraphs dropped; the double space in 'always said.  Know this', the dashes in 'question—even' and 'this—it' and curly marks as stored)",
    text='''End of an era: Generations kept heart of the inland waterways beating
For 89 years Locks and Dam 52 and 53 on the lower Ohio River provided safe navigation on the busiest stretch of America’s inland waterways, but the behind-the-scenes efforts to keep the river open have been far from easy.
The U.S. Army Corps of Engineers had to overcome seemingly insurmountable obstacles throughout the years, but the talented staff held the whole thing together with band-aid type repairs and kept the river open until August 2018 when the new Olmsted Locks and Dam, built to replace Locks 52 and 53, went into operation, ending the era of old-style wicket dams on the Ohio River.
“Thousands of feet have walked the lock walls in those 89 years. Thousands of hands have touched every piece of equipment, created, rebuilt, and molded Lock 52 as it bore the title of being the busiest lock in the United States,” said Col. Antoinette Gant, Louisville District commander. “We are so appreciative of the men and women who have given their time away from their families.”
For employees like former lockmaster Randy Robertson, who spent 27 years at both locks, the commitment was never a question—even on the tough days.
“It was such a specialty job you couldn’t get just anyone to do it. It was the pride of the work that kept us all going,” he said.
Jesse Hall, who has spent 16 years working on the Louisville District’s Locks and Dams, agrees. “The complete dedication by the employees for those two locks I have never witnessed before. It gets in your blood is what the older guys always said.  Know this—it was only accomplished through rigorous hours and complete dedication by the employees.”''',
    quotes=[
        Q('“Thousands of feet', 'in the United States,”', "Antoinette Gant"),
        Q('“We are so appreciative', 'from their families.”', "Antoinette Gant"),
        Q('“It was such a specialty job', 'us all going,”', "Randy Robertson"),
        Q('“The complete dedication', 'by the employees.”', "Jesse Hall"),
    ],
    aliases={"Antoinette Gant": ["Antoinette Gant", "Col. Antoinette Gant", "Louisville District commander"],
             "Randy Robertson": ["Randy Robertson", "former lockmaster Randy Robertson"],
             "Jesse Hall": ["Jesse Hall"]},
),
dict(
    id="ang-166aw-h653-2013-07-delaware-airmen-return-after-july-4th",
    source="https://www.166aw.ang.af.mil/News/Press-Releases/Display/Article/448172/about-70-airmen-of-the-delaware-air-guard-returning-home-from-southwest-asia-ab/",
    license=PD, retrieved=PAGES + " (Delaware Air National Guard release on about 70 Airmen of the 166th Airlift Wing returning from Southwest Asia aboard C-130 aircraft on July 7 and July 9 (2013 by its weekdays and its 'Next week marks 10 years' since the return from the Iraq deployment); the lines '• Published' and '• By 010713' dropped; headline kept as the first line; the last paragraph, 'The Delaware Air Guard Airmen are finishing up a decade of unit personnel deploying to combat zones ... into Iraq and onto Baghdad Internation', cut in the stored copy, dropped; a commander's quotation introduced by `said,` before the opening mark and running over two paragraphs, the first left unclosed and ending at its paragraph end, the second opening with a new mark, and words of the national anthem without marks inside it (H2372); straight marks as stored)",
    text='''About 70 Airmen of the Delaware Air Guard returning home from Southwest Asia aboard C-130 aircraft after July 4th
About 70 total Airmen of the Delaware Air National Guard are coming home after the Independence Day Holiday, arriving on the afternoons of Sunday, July 7 and Tuesday, July 9.
They will come home aboard unit C-130 transport aircraft after completing deployments that began in late February to the Southwest Asia combat zone where they served in support of Operation Enduring Freedom. The Airmen are the last group of a contingent of about 100 unit Airmen who served up to 120 days under U.S. Air Force Central Command, operating their aircraft in several nations in the region.
In early May two previous groups of fellow unit Airmen arrived home after serving in the same location.
The returning Delaware Air Guard Airmen are from two groups in the 166th Airlift Wing, and include C-130 aircrew and other Airmen with various critical job functions, and crews who maintain and repair the aircraft.
166th Airlift Wing Commander Col. Mike Feeley said, "I'm extremely proud of these Airmen and their service. Their families and the community should also be proud of their local heroes, because their service on the other side of the world is vital to the successful functioning of our continuing combat operations.
"I am sure this July 4th will have a special meaning for our Airmen returning to the land of the free and the home of the brave. As they will all be either packing up or travelling on Independence Day, hopefully the Airmen will find time to sing a patriotic song and find some hotdogs and hamburgers to eat."''',
    quotes=[
        Q('"I\'m extremely proud', 'continuing combat operations.', "Mike Feeley"),
        Q('"I am sure this July 4th', 'hamburgers to eat."', "Mike Feeley"),
    ],
    aliases={"Mike Feeley": ["Mike Feeley", "Col. Mike Feeley", "166th Airlift Wing Commander Col. Mike Feeley"]},
),
dict(
    id="af-sheppard-h653-2013-07-18-habitat-wichita-falls",
    source="https://www.sheppard.af.mil/News/Article-Display/Article/639244/habitat-for-humanity-and-sheppard-airmen-help-construct-homes-for-local-residen",
    license=PD, retrieved=PAGES + " (Sheppard Air Force Base story by Airman 1st Class Jelani Gibson, 82nd Training Wing Public Affairs, on Airmen building two houses with Habitat for Humanity in Wichita Falls on July 13, published July 18, 2013; the copy is stored as one run of text: the headline (the words before 'Published') is kept as the first line, the words 'Published July 18, 2013 By Airman 1st Class Jelani Gibson 82nd Training Wing Public Affairs' dropped and the body from the dateline 'SHEPPARD AIR FORCE BASE, Texas --' on kept as one paragraph (no breaks invented, H1485, H2177); the run's last sentence, 'According to Habitat for Humanity, they are \"a Christian ministry dedicated to provi', cut in the stored copy, dropped, the paragraph ending on the last complete sentence before the cut (H1006); a pronoun cue inside the run after a sentence on the speaker, and a first piece closed without a comma before its inverted cue (H2373); straight marks as stored)",
    text='''Habitat for Humanity and Sheppard Airmen help construct homes for local residents
SHEPPARD AIR FORCE BASE, Texas -- Intense heat rays attacked the cracked dirt as volunteers dug their tools into the sun-drenched ground. Sounds of machinery rang throughout the area as the noise of industry was an assault on the ear drums. In this place of productivity lie two houses and three families whose lives were to be irrevocably changed. Sweat dripped from Airmen's brows, immediately soaking into the dry earth, as they partnered with Habitat for Humanity to construct houses for families in need July 13 in an ongoing effort to help the local residents of Wichita Falls. "We couldn't do it without Sheppard, there's no way," said Martin Wade, Wichita Falls' Habitat for Humanity project manager. "It feels like these guys are a part of us." More than five volunteers from Sheppard all felt like the community effort was something bigger than themselves and sets a good example for the local residents. "People appreciate what we do but we also appreciate the community that supports us," said Tech. Sgt. Keith Wilson, acting superintendent of the 82nd Contracting Squadron. Wilson believes being an Airman in the U.S. Air Force also means being a good steward of the community. "I really enjoy giving a helping hand," he said. "It allows us to develop a good community relation." While work was still being accomplished, three children eagerly stared out of the window of their soon-to-be new home, imagining the hours of fun they will have in their new yard. They watched as Airmen and civilians alike were hard at work as clouds of dust and debris surrounded their every move. "They love it; they're ready to move in now" said Tava Williams, a new homeowner who brought her young cousin and two children. "Hard work pays off."''',
    quotes=[
        Q('"We couldn\'t do it without Sheppard', 'there\'s no way,"', "Martin Wade"),
        Q('"It feels like these guys', 'a part of us."', "Martin Wade"),
        Q('"People appreciate what we do', 'that supports us,"', "Keith Wilson"),
        Q('"I really enjoy giving a helping hand,"', None, "Keith Wilson"),
        Q('"It allows us to develop', 'community relation."', "Keith Wilson"),
        Q('"They love it;', 'move in now"', "Tava Williams"),
        Q('"Hard work pays off."', None, "Tava Williams"),
    ],
    aliases={"Martin Wade": ["Martin Wade", "Wichita Falls' Habitat for Humanity project manager"],
             "Keith Wilson": ["Keith Wilson", "Tech. Sgt. Keith Wilson", "acting superintendent of the 82nd Contracting Squadron", "Wilson"],
             "Tava Williams": ["Tava Williams", "a new homeowner who brought her young cousin and two children"]},
),
dict(
    id="ussf-ssc-h653-2024-05-armed-forces-day-torrance",
    source="https://www.ssc.spaceforce.mil/Newsroom/Article-Display/Article/3802452/space-force-connects-with-community-at-armed-forces-day-and-fleet-week-events",
    license=PD, retrieved=PAGES + " (Space Systems Command story by Brad Smith, SSC Public Affairs, on the Space Force as the honored service of the 62nd annual Armed Forces Day Parade in Torrance, California, on May 18 and at Los Angeles Fleet Week (2024 by its page id and by the Space Force's fifth birthday named in the cut last paragraph); the lines '• Published' and '• By Brad Smith, SSC Public Affairs' dropped; headline kept as the first line; the last paragraph, 'The Space Force is the nation’s newest military branch, ... known as “Guardians.” It was formed in 2019 ... came out in force to support Torrance’', cut in the stored copy, dropped with its complete marked word; the parade's honour in single curly marks, a quotation whose pieces mix curly and straight marks, and a speaker presented in the paragraph before and cued by surname (H2372); the hyphen in 'Torrance - phenomenal' and the marks as stored)",
    text='''Space Force Connects With Community at Armed Forces Day and Fleet Week Events
The United States Space Force was recognized as the ‘honored service’ at the 62nd annual Armed Forces Day Parade May 18 in Torrance, California, one of the largest and longest running celebrations of its type in the United States.
“This is all about connection with the community," said U.S. Space Force Lt. Gen. Philip Garrant, who served as grand marshal of the parade and leads Space Systems Command (SSC), headquartered on Los Angeles Air Force Base in El Segundo, Calif., just a few miles from the parade route. "And it’s a chance to give back to the City of Torrance - phenomenal supporters of our military, all of the services.”
Along with the Armed Forces Day events, Space Force personnel participated at Los Angeles Fleet Week and related Memorial Day commemorations across the region.
At the Armed Forces Day Parade, retired Space Force Col. Michael Hopkins served as the honorary grand marshal. Hopkins is a former NASA astronaut who served aboard the International Space Station in 2020, logging a total of 168 days in space and transferring from the U.S. Air Force to the Space Force while in orbit.
“The Space Force in itself is pretty special just because it’s so new; we haven’t been in existence for that long,” Hopkins said. “The fact that now you have the opportunity for everyone to see the Space Force, and hear about what we do, and what we’re capable of, is just fantastic.”''',
    quotes=[
        Q('‘honored service’', None, None),
        Q('“This is all about connection', 'with the community,"', "Philip Garrant"),
        Q('"And it’s a chance', 'all of the services.”', "Philip Garrant"),
        Q('“The Space Force in itself', 'for that long,”', "Michael Hopkins"),
        Q('“The fact that now you have', 'is just fantastic.”', "Michael Hopkins"),
    ],
    aliases={"Philip Garrant": ["Philip Garrant", "U.S. Space Force Lt. Gen. Philip Garrant"],
             "Michael Hopkins": ["Michael Hopkins", "retired Space Force Col. Michael Hopkins", "Hopkins"]},
),
dict(
    id="uscg-h653-2011-02-sector-baltimore-food-bank-record",
    source="https://coastguardnews.com/coast-guard-breaks-record-serving-those-in-need/",
    license=PDC, retrieved=PAGES + " (Coast Guard story on members of Coast Guard Sector Baltimore packing a record 34,454 pounds of food at the Maryland Food Bank in Halethorpe, Md., on a Wednesday (Feb. 2, 2011 by the dropped caption), reposted on coastguardnews.com with Coast Guard photo credits; the photo captions 'BALTIMORE - Members from Coast Guard units in Baltimore volunteer at the Maryland Food Bank in Halethorpe, Md., Feb. 2, 2011. ... U.S. Coast Guard photo by Petty Officer 3rd Class Robert Brazzell.' and 'Coast Guard members volunteer at the Maryland Food Bank in Halethorpe, Md. Coast Guard photo by Petty Officer Robert Brazzell.' and the site line 'If you have any problems viewing this article, please report it here.' dropped (H2374); headline kept as the first line; the dateline 'BALTIMORE –' with its dash kept as stored; the copy ends on a complete paragraph, which is kept; 'woman working together' and curly marks as stored)",
    text='''Coast Guard breaks record serving those in need
BALTIMORE – The Coast Guard broke the record for the most food packed within six hours at the Maryland Food Bank in Halethorpe, Md., Wednesday.
Members of Coast Guard Sector Baltimore packed 34,454 pounds of food within a six-hour timeframe, breaking the previous record of 26,900 pounds set by T. Rowe Price.
Fourteen members in the morning and 17 in the afternoon volunteered to assist the Maryland Food Bank by sorting and boxing food for low income families providing 30,000 meals to the community. Their efforts will go to facilitate programs such as Pantry On the Go, At Risk Supper and the Backpack Program.
“Without these volunteer efforts, the packaged food would not reach Marylanders in need,” said Chief Petty Officer Jeff Charlot, one of the volunteer coordinators for the event. “The heart of this kind of work is really part of what makes up the core of the Coast Guard. To see Coast Guard men and woman working together to improve our community is just another way we help save lives.”
Sector Baltimore members have been volunteering with the food bank since September.''',
    quotes=[
        Q('“Without these volunteer efforts', 'Marylanders in need,”', "Jeff Charlot"),
        Q('“The heart of this kind of work', 'help save lives.”', "Jeff Charlot"),
    ],
    aliases={"Jeff Charlot": ["Jeff Charlot", "Chief Petty Officer Jeff Charlot", "one of the volunteer coordinators for the event"]},
),
dict(
    id="navy-h653-2011-01-29-jeblcfs-special-olympics",
    source="http://www.navy.mil/submit/display.asp?story_id=58408",
    license=PD, retrieved=PAGES + " (Navy NewsStand story on the 2011 Special Olympics basketball event at the Rockwell Hall Gymnasium of Joint Expeditionary Base Little Creek-Fort Story, Jan. 29, 2011 (no writer in the stored copy); the stored copy has no headline line and gets none (H1818), and opens with the dateline 'VIRGINIA BEACH, Va. (NNS) --', kept; the last paragraph, '\"Many don't realize this event is a ', cut in the stored copy, dropped; a Harlem Globetrotters player presented with his nickname in marks inside his name and cued by surname (H2373, H2320); 'Special Olympic athletes' and straight marks as stored)",
    text='''VIRGINIA BEACH, Va. (NNS) -- Special Olympic athletes from various Virginia cities visited the Rockwell Hall Gymnasium aboard Joint Expeditionary Base Little Creek-Fort Story, Va., to compete in the 2011 Special Olympics, Jan. 29.
"A large number of athletes who participated have family members in the military; my son is one of them," said Deena Myer-Morris, Chesapeake Special Olympics vice president. "My husband is in the Navy, and this is another support system for all the family members who have special children like we do."
This year marks the 15th year JEBLCFS has hosted the event.
"This area has been a very good supporter of the military, and this is just one way of giving back to the community," said Col. Thomas David Netzel, deputy commander, JEBLCFS. "I am new to this community as well, and I am already looking forward to being involved in the community by participating and volunteering."
Many of the volunteers for the event were service members from USS Ramage (DDG 61), Fleet Industrial Supply Norfolk and FISC Color Guard, First Naval Construction Division and the Navy and Marine Corps Intelligence Training Center.
Local Naval Junior Reserve Officer Training Corps volunteers provided assistance to players, tallied scoreboards, prepared the awards and cheered.
Kellam High School Jazz Band, led by Cameron Baker, provided the audience with musical entertainment throughout the day.
Other participating volunteer groups helped out by handing out lunches and refreshments, and by providing security for the event.
The organizers helped boost the morale of the crowd by inviting a player from the Harlem Globetrotters, Wun "The Shot" Versher, as a guest to autograph posters and for photo opportunities.
"We want to extend our responsibility to the community beyond the hardwood floors of the basketball court," said Versher. "I am here to support the community, mingle with people and hopefully, to get smiles from these kids out here."''',
    quotes=[
        Q('"A large number of athletes', 'one of them,"', "Deena Myer-Morris"),
        Q('"My husband is in the Navy', 'like we do."', "Deena Myer-Morris"),
        Q('"This area has been', 'to the community,"', "Thomas David Netzel"),
        Q('"I am new to this community', 'and volunteering."', "Thomas David Netzel"),
        Q('"The Shot"', None, None),
        Q('"We want to extend', 'the basketball court,"', 'Wun "The Shot" Versher'),
        Q('"I am here to support', 'kids out here."', 'Wun "The Shot" Versher'),
    ],
    aliases={"Deena Myer-Morris": ["Deena Myer-Morris", "Chesapeake Special Olympics vice president"],
             "Thomas David Netzel": ["Thomas David Netzel", "Col. Thomas David Netzel", "deputy commander, JEBLCFS"],
             'Wun "The Shot" Versher': ['Wun "The Shot" Versher', "a player from the Harlem Globetrotters", "Versher"]},
),
dict(
    id="usmc-mcsc-h653-2018-07-05-quantico-stem-academy",
    source="https://www.dvidshub.net/news/printable/283313",
    license=PD, retrieved=PAGES + " (printable DVIDS page of a Marine Corps Systems Command story by Kristen Murphy on the 8th annual Quantico Summer STEM Academy at Quantico Middle/High School, June 25-29, dated 07.05.2018; the lines 'Marine Corps Systems Command', 'Story by Kristen Murphy', 'Date: 07.05.2018', 'Posted: 07.05.2018 10:26' and 'News ID: 283313' dropped; the headline, printed twice, kept once as the first line (H1246); the last paragraph, '“The hope is we get some of our students interested in STEM and that bleeds over into the school year,” said Michael A. Johnson, QMHS principal. “We also coordinate with [oth', cut in the stored copy, dropped with its complete first quotation (H2121); civilian engineers with long roles after their names (H2374); the dashes in 'Math—or STEM—Academy', the sign in 'LEGO®' and curly marks as stored)",
    text='''MCSC introduces students to STEM possibilities
More than 40 students from Quantico Middle/High School participated in the 8th annual Quantico Summer Science, Technology, Engineering and Math—or STEM—Academy June 25-29 aboard Marine Corps Base Quantico, Virginia. The camp, hosted through a partnership between the school and Marine Corps Systems Command, gave sixth through eighth graders the opportunity to get hands-on experience through various STEM challenges.
“Marine Corps Systems Command’s engineering competency champions multiple STEM events throughout the year, but this one is on our very own base at Quantico,” said Karrin Felton, engineering competency manager at MCSC and the organizer of this year’s event. “It’s important because we have very bright students here at QMHS who may want to go into STEM fields. We can’t start too early introducing them to the possibilities of STEM.”
Teachers from QMHS and engineers from MCSC served as mentors to the students throughout the week, assisting with team projects and competitions.
“My favorite part of this event has been helping the kids build a robot and program it,” said Binh Nguyen, a computer science engineer at MCSC and STEM camp mentor.
The students completed several activities including building a weight-bearing bridge using only three materials; a tower using spaghetti and marshmallows and a LEGO® robot that can complete various challenges. They also designed a boat out of aluminum foil that can remain buoyant while bearing weight; erected an earthquake-proof tower out of five materials; and built a rocket out of plastic bottles filled with water.''',
    quotes=[
        Q('“Marine Corps Systems Command’s engineering', 'base at Quantico,”', "Karrin Felton"),
        Q('“It’s important because', 'possibilities of STEM.”', "Karrin Felton"),
        Q('“My favorite part of this event', 'and program it,”', "Binh Nguyen"),
    ],
    aliases={"Karrin Felton": ["Karrin Felton", "engineering competency manager at MCSC and the organizer of this year’s event"],
             "Binh Nguyen": ["Binh Nguyen", "a computer science engineer at MCSC and STEM camp mentor"]},
),
]
