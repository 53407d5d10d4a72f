# Held-out English news texts (tests/data/heldout709-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army Corps
# of Engineers, the Army, the Air National Guard, the Marine Corps, the Army (DVIDS), the Air Force and the Navy: a
# Jacksonville District story on two water safety volunteers (saj.usace.army.mil 485911, posted 7/1/2014), an army.mil
# story on the Little Rock District's water safety team at a baseball game (191070), a 157th Air Refueling Wing story
# on a trunk-or-treat at Pease Air National Guard Base (157arw.ang.af.mil 1679488), a 3rd Marine Aircraft Wing story
# on the Marine Corps birthday cake cutting at Miramar (3rdmaw.marines.mil 548864, Nov. 9, 2012), a DVIDS story on a
# reenlistment on the summit of Mt. Fuji (printable page 173166), a Hurlburt Field story on a blood drive
# (hurlburt.af.mil 204986), an army.mil story on the Army Contracting Command's chili challenge (31769) and a Navy
# NewsStand story of 2007 on the mayor of Everett touring USS Shoup (globalsecurity.org copy). None is credited to AP,
# Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept and the cut paragraph is dropped, also where it holds a complete quotation (noted in `retrieved`). Site lines
# (the USACE district header and menu lines, date and byline lines, '• Published' / '• By ...' / unit lines, the
# Marine Corps 'Photo Information' block with its caption and photo credit, the Navy NewsStand story number, release
# date and byline lines), the empty lines between paragraphs, a line holding only a space, hard line breaks inside
# sentences and spaces at the end of a paragraph are dropped; a headline is kept once as the first line where the
# stored copy has one (none is added where it has none); datelines are kept as stored; wording, typos, dashes and
# quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run
# on them (rules H2440-H2443 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout709-en.jsonl

Built by `build.py` from `heldout709_pages.py`. Like heldout695-en, heldout607-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a U.S. Army Corps of Engineers, Jacksonville District
story by Erica Skolte on the water safety volunteers Bill and Jamie Wagner, with the park ranger Arthur Ruebenson of the
St. Lucie Lock and Dam (saj.usace.army.mil 485911, 'corps-water-safety-volunteers-save-lives', posted 7/1/2014; no
headline in the stored copy); an army.mil story on the Little Rock District water safety team and Bobber the Water
Safety Dog at a game of the Arkansas Travelers, with the natural resource specialist Jeremy E. Wells (army.mil 191070,
slug 'corps_builds_relationships_during_baseball_game'; no headline, byline or year in the stored copy); a 157th Air
Refueling Wing (New Hampshire Air National Guard) story by Airman 1st Class Victoria Nelson, 'Second Annual Trunk or
Treat', with Master Sgt. Kevin Reiter, Staff Sgt. Jonathan Yelle and a child named Avery (157arw.ang.af.mil 1679488; no
year in the stored copy); a 3rd Marine Aircraft Wing story by Lance Cpl. Melissa Eschenbrenner, 'Cake cutting brings old
life to new Corps', with Chief Warrant Officer 4 John Hawthorne (3rdmaw.marines.mil 548864, 9 Nov 2012); a DVIDS story
on Spc. Angela M. Wilson's reenlistment on the summit of Mt. Fuji, with the career counselor Sgt. 1st Class Danny Davis
(dvidshub.net printable page 173166; no headline, byline or date in the stored copy); a 1st Special Operations Wing
story by Nechel Newton, 'Airmen driven for a blood drive', with Jeanette Carder of Northwest Florida Blood Services and
Tech. Sgt. Elizabeth Haverkamp (hurlburt.af.mil 204986; no year in the stored copy); an army.mil story on the first
Chili Championship Challenge of the Army Contracting Command and Expeditionary Contracting Command headquarters at Fort
Belvoir, with Michael Holcomb and Michael L. Benavides (army.mil 31769, slug
'Comfort_Food_Cookoff__Chilli_Challenge_Champion_Chosen'; no headline, byline or date in the stored copy); and a Navy
NewsStand story by Mass Communication Specialist 3rd Class Quinn Liford, Fleet Public Affairs Center, Det. Northwest,
'USS Shoup Receives Visit from Homeport Mayor' (story NNS070803-18, released 8/3/2007), with Fire Controlman 2nd Class
Dustin Woelfle and Everett's Mayor Ray Stephanson, in the verbatim copy of globalsecurity.org (licence constant PDC, as
the globalsecurity.org copies of earlier sets). Reuse terms relied on: US government works are not subject to copyright
in the US (17 U.S.C. § 105); the usace.army.mil, army.mil, ang.af.mil, marines.mil, af.mil and DVIDS pages are the
services' own stories, and the globalsecurity.org page reproduces a Navy NewsStand story under its story number, marked
as a copy on a non-government site. Licence caveats: the two army.mil stories and the DVIDS printable page show no
byline in the stored text and are taken as the Army's and the Corps of Engineers' own stories by the sites that publish
them; the Jacksonville District writer Erica Skolte and the Hurlburt Field writer Nechel Newton are taken as the
districts' and the wing's public affairs staff, as the pages publishing their stories (a district's 'News Stories', a
wing's public affairs byline) show; the globalsecurity.org copy may differ from the navy.mil original in details the
stored copy cannot show; the stories quote private people (two volunteers, a child at a base event, a blood service
representative) and a city mayor inside the public-domain texts. None is credited to AP, Reuters, AFP or another third
party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph
is dropped, also where it holds a complete quotation, noted per page: the Little Rock story's '"This is a great
opportunity to interact'; the trunk-or-treat story's '“There are prizes and pride at stake,” said Reiter, laughing. ...
Last year Sgt. Bailey cheated and gave '; the cake cutting story's '“The best words of advice I can give to Marines is
... ,” he explained. “If they do that, they’ll excel at whatever they '; the Mt. Fuji story's 'Wilson met Davis in Camp
Zama in July 2015 ... Headquarter and Headquarters Compan'; the chili story's '"Nothing compares to New Mexico green
chili," according to Trujillo. ... I like to say it was "imported" from New Mex'; the Shoup story's '“I was raised here
and I think'. The Jacksonville District copy and the Hurlburt Field copy end on complete paragraphs, which are kept. The
site lines (the Jacksonville District's 'Jacksonville District Header Image', 'Home > Media > News Stories', 'Posted
7/1/2014', 'Bookmark and Share Email Print' and 'By Erica Skolte'; the wing lines '• Published', '• By Airman 1st Class
Victoria Nelson', '• 157th Air Refueling Wing', '• By Nechel Newton' and '• 1st Special Operations Wing Public
Affairs'; the Marine Corps block 'Photo Information', its caption 'The oldest Marine present, retired Sgt. Maj. Bill
Paxton, takes the first bite of cake ... to the next.' and 'Photo by Lance Cpl. Melissa Eschenbrenner', and the line
'9 Nov 2012 | Lance Cpl. Melissa Eschenbrenner'; globalsecurity.org's story lines 'Navy NewsStand', 'Story Number:
NNS070803-18', 'Release Date: 8/3/2007 2:46:00 PM' and 'By Mass Communication Specialist 3rd Class Quinn Liford, Fleet
Public Affairs Center, Det. Northwest'), the empty lines between paragraphs, the trunk-or-treat copy's line holding only
a space, the chili copy's two single line breaks inside sentences (after 'Contract Operations Directorate, ACC;' and
after 'roughly one hour to'), joined with a single space (H2423, H2442), and the spaces at the end of lines were
dropped; headlines are kept once as the first line where the stored copy has one, datelines are kept as stored; wording
and typos ('builds and foster relationships', 'There was 30 years difference', 'FortBelvoir', 'Headquarter', 'the result
from time spent'), dashes and quotation marks (straight or curly as stored, including the straight pair of Jamie
Wagner's second piece after a curly first piece) are as stored. Pages read but left out: stories already in earlier sets
(the 944th Fighter Wing, Travis, Grand Forks, Fairchild, Dyess and 12th Air Force food bank stories, the Coast Guard
Alaska 'Mystery Lady' rescue, the army.mil Olmsted story 210575, the Guard flood stories nationalguard.mil 573302 and
574181, army.mil 41598 and 18896 and dvidshub.net 71295, the Truman Sailors' USS Wisconsin COMREL navy.mil 73395, the
Air Force Academy, Hurlburt 'Old Glory' and 171st Air Refueling Wing blood drive stories, the Omaha District water
safety story 487861, the Third Army reenlistment story 72667), pages whose stored part keeps fewer than two complete
quotations or only reported speech (the Army Reserve Read Across America story 1786161, the Fort Bliss chili cook-off,
the Malmstrom chili cook-off, Corps of Engineers fishing derby releases, the usace.army.mil fishing derby photo story),
stories left for other sets or for variety (three further Bobber the Water Safety Dog stories, dvidshub.net 264925 and
544528 and nae.usace.army.mil 791988, the Goodfellow 'Ghoulfellow' story 466280), a 106th Rescue Wing story stored with
hard line breaks, copies and reposts on private sites, blogs and newspapers (military-online.blogspot.com,
newsblaze.com, securitynews.spectator.co.nz, coastalcourier.com), and pages of newspapers, broadcasters and magazines
found by the same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL
and page id (485911, 191070, 1679488, 548864, 173166, 204986, 31769, mil-070803-nns09), by title and slug and by the
names of their speakers and phrases, such as Erica Skolte, St. Lucie Lock, Learn to swim, Jeremy E. Wells, Arkansas
Travelers, Corps Water Safety Trailer, Kevin Reiter, Jonathan Yelle, Victoria Nelson, dinosaur poop, Trunk or Treat,
Hawthorne, Melissa Eschenbrenner, Cake cutting brings, Mt. Fuji, Camp Zama, Angela Wilson, Danny Davis, do solemnly
swear, Nechel Newton, Jeanette Carder, Haverkamp, oil change for your body, FortBelvoir, Chili Championship, Michael
Holcomb, Benavides, Texas Three Bean, Quinn Liford, NNS070803, Woelfle, Stephanson and Pat McClain, with grep over
tests/data of the main tree and of every other helper's worktree (heldout697-710): no hit, except other texts that name
USS Shoup (heldout583-en), a Hawthorne Elementary School (heldout575-en), Melissa Eschenbrenner as the writer of another
Marine story (heldout333-en), other cake cutting ceremonies (heldout135-en, heldout242-en, heldout380-en) and Bobber the
Water Safety Dog (heldout240-en), none of them one of these texts). The annotation (rules H2440–H2443 in
`ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usace-h709-2014-07-01-corps-water-safety-volunteers",
    source="http://www.saj.usace.army.mil/Media/News-Stories/Article/485911/corps-water-safety-volunteers-save-lives/",
    license=PD, retrieved=PAGES + " (U.S. Army Corps of Engineers, Jacksonville District story by Erica Skolte, posted 7/1/2014, on the water safety volunteers Bill and Jamie Wagner, with Arthur Ruebenson, park ranger at the St. Lucie Lock and Dam; the site lines 'Jacksonville District Header Image', 'Home > Media > News Stories', 'Posted 7/1/2014', 'Bookmark and Share Email Print' and the byline 'By Erica Skolte' dropped; the stored copy has no headline line, none added (H1818); the copy ends on a complete paragraph, which is kept; a couple's question cued by `they asked`, children's shouts, an unnamed girl's words and a writer's phrase in marks, and two first names before one surname (H2440); a curly first piece followed by a straight second piece, as stored)",
    text='''This is the first year Bill and Jamie Wagner have volunteered in the U.S. Army Corps of Engineers’ water safety program, but they put on a show that leaves a lasting impression.
“I’ve always wanted to make a positive impact. It’s a great opportunity to go into the schools and meet the little ones,” said Jamie. "One of the benefits of teaching is being a part of the synergy and student interaction during the class."
Jamie demonstrates how to wear a life vest correctly. She teaches students how to choose the right size personal flotation device, how to ensure it’s an approved life vest, and how to inspect it for damage such as rips, tears or mildew. First, she tries on a life vest that’s child-sized and too small. The children yell, “Too small!” When she tries to put on Bobber the Water Safety Dog’s life vest, the children yell out, “Too big!” Finally, she finds one that fits “just right.”
“We were coming out of Walmart one day, and three little girls who were there with their moms, recognized us,” said Jamie. One of the girls, a first-grader, approached the Wagners and said “I know Bobber’s first water safety tip.” “What is it?” they asked. “Learn to swim!” the little girl responded. The Wagners were thrilled that their water safety presentation made a lasting impression.
"If we can prevent one child from drowning, we've done our job," said Bill.
“Bill and Jamie Wagner have done a superb job and have developed an upbeat program using water safety based songs, Bobber costume and their own enthusiasm,” said Arthur Ruebenson, park ranger at the St. Lucie Lock and Dam. “All program evaluation forms from the schools rate them very highly. They have reached 8,396 school students in 20 schools already this year, and in July, will conduct programs in the St. Lucie County libraries.”''',
    quotes=[
        Q('“I’ve always wanted to make', 'meet the little ones,”', "Jamie Wagner"),
        Q('"One of the benefits of teaching', 'during the class."', "Jamie Wagner"),
        Q('“Too small!”', None, None),
        Q('“Too big!”', None, None),
        Q('“just right.”', None, None),
        Q('“We were coming out of Walmart', 'recognized us,”', "Jamie Wagner"),
        Q('“I know Bobber’s first water safety tip.”', None, None),
        Q('“What is it?”', None, "Bill"),
        Q('“Learn to swim!”', None, None),
        Q('"If we can prevent one child', 'done our job,"', "Bill"),
        Q('“Bill and Jamie Wagner have done', 'their own enthusiasm,”', "Arthur Ruebenson"),
        Q('“All program evaluation forms', 'County libraries.”', "Arthur Ruebenson"),
    ],
    aliases={"Jamie Wagner": ["Jamie Wagner", "Jamie"],
             "Bill": ["Bill"],
             "Arthur Ruebenson": ["Arthur Ruebenson", "park ranger at the St. Lucie Lock and Dam"]},
),
dict(
    id="army-h709-little-rock-district-water-safety-baseball-game",
    source="https://www.army.mil/article/191070/corps_builds_relationships_during_baseball_game",
    license=PD, retrieved=PAGES + " (army.mil story on the U.S. Army Corps of Engineers, Little Rock District water safety team and Bobber the Water Safety Dog at a game of the Arkansas Travelers at Dickey-Stephens park on June 8 (no year in the stored copy), with Jeremy E. Wells, natural resource specialist; the stored copy opens on the dateline paragraph and has no headline, no byline and no date, none added (H1818); the last paragraph, '\"This is a great opportunity to interact', cut in the stored copy, dropped; `X, role, Little Rock District USACE said.` with no comma before the verb, then `Wells explained`, `he said` and `Wells said` (H2442); the dateline 'LITTLE ROCK, Ark. -- ', 'Dickey-Stephens park', 'builds and foster' and straight marks as stored)",
    text='''LITTLE ROCK, Ark. -- Summer is here and with more than 400 lakes and river projects throughout the United States, the U.S. Army Corps of Engineers is the leading provider in outdoor recreation and water related activities.
To kick off the start of summer June 8, members of the Little Rock District, USACE water safety team along with Bobber the Water Safety Dog headed to Dickey-Stephens park home to the Arkansas Travelers of the Texas Baseball League, sharing the importance of water safety to the public.
"It is part of the Corps mission to promote and educate the public on the importance of water safety," Jeremy E. Wells, natural resource specialist, Little Rock District USACE said.
To promote the event, Wells along with other park rangers parked the Corps Water Safety Trailer and stood by the entrance giving away toys, cups and beach balls all bearing the Corps logo to people attending the Thursday night game.
"An event such as this offers a great opportunity to encourage water safety to a large group of people all at one time," Wells explained. "It's important to get the water safety message out to the public because it can help save lives if they know to wear a life jacket."
Most water fatalities result in people not wearing their life jacket and the game was the perfect opportunity to remind the public to wear life jackets while on or near water.
"We are always promoting the importance of wearing a life jacket because life jackets save lives," he said.
Since there are many ways to have an accident on the water, the Corps program also promotes other safety measures.
"Our program also strives to identify life threatening concerns associated with water based recreation and increase public awareness of safe practices through interaction with our park rangers and educational media," Wells said.
In addition to sharing water safety messages the event also builds and foster relationships between the Corps and the public.''',
    quotes=[
        Q('"It is part of the Corps mission', 'importance of water safety,"', "Jeremy E. Wells"),
        Q('"An event such as this', 'all at one time,"', "Jeremy E. Wells"),
        Q('"It\'s important to get the water safety', 'wear a life jacket."', "Jeremy E. Wells"),
        Q('"We are always promoting', 'life jackets save lives,"', "Jeremy E. Wells"),
        Q('"Our program also strives', 'educational media,"', "Jeremy E. Wells"),
    ],
    aliases={"Jeremy E. Wells": ["Jeremy E. Wells", "natural resource specialist, Little Rock District USACE", "Wells"]},
),
dict(
    id="ang-157arw-h709-second-annual-trunk-or-treat",
    source="https://www.157arw.ang.af.mil/News/Article-Display/Article/1679488/second-annual-trunk-or-treat/",
    license=PD, retrieved=PAGES + " (157th Air Refueling Wing (New Hampshire Air National Guard) story by Airman 1st Class Victoria Nelson on the Airman Family and Readiness Program's second annual Trunk-or-Treat at Pease Air National Guard Base on Oct. 26 (no year in the stored copy); the lines '• Published', '• By Airman 1st Class Victoria Nelson' and '• 157th Air Refueling Wing' dropped; headline kept as the first line; the line holding only a space after the first paragraph and the space at the end of Reiter's first paragraph dropped; the last paragraph, '“There are prizes and pride at stake,” said Reiter, laughing. ... Last year Sgt. Bailey cheated and gave ', cut in the stored copy, dropped with its complete first piece (H2121); a child named by her first name only with her costume after the cue, and a speaker presented by reported speech, then `he said, looking around ...` (H2443); curly marks as stored)",
    text='''Second Annual Trunk or Treat
Loose cobwebs whirled around little feet in superhero boots as dinosaur paws stomped past, crunching all the leaves in their path to the candy bowl.
More than 20 families attended the 157th Airman Family and Readiness Program’s second annual Trunk-or-Treat event Oct. 26 at Pease Air National Guard Base, N.H. The event provided service members with an opportunity to bring their families on base to trick-or-treat and enjoy games and snacks provided by the A&FRP.
“I think this event is a great way to tie families together,” said Master Sgt. Kevin Reiter, administration superintendent from the 157th Air Refueling Wing. “When people get off duty they all go separate ways. This is a great way to bring people back to base with their families and kids and have fun together.”
The event ran for two hours thanks to twenty service members, who decorated the trunks of their SUVs, vans, pickup trucks, compact cars, fire engines and CE equipment.
The families enjoyed going car to car to visit each spooky, scary and funny trunk.
“I liked the winter wonderland trunk the best because they had toys and a snowball game,” said Avery in her ninja costume.
Staff Sgt. Jonathan Yelle, a controller with the 157th Command Post, said the parents enjoyed the event as much as the kids.
“People really went all out for this,” he said, looking around at the trunks filled with skeletons and purple brains. “I remember driving by last year and I am very glad we all came this year. It’s been such a great event.”
There was also a competition for the best trunk with prizes for 1st, 2nd and 3rd place.''',
    quotes=[
        Q('“I think this event is a great way', 'tie families together,”', "Kevin Reiter"),
        Q('“When people get off duty', 'have fun together.”', "Kevin Reiter"),
        Q('“I liked the winter wonderland trunk', 'a snowball game,”', "Avery"),
        Q('“People really went all out for this,”', None, "Jonathan Yelle"),
        Q('“I remember driving by last year', 'such a great event.”', "Jonathan Yelle"),
    ],
    aliases={"Kevin Reiter": ["Kevin Reiter", "Master Sgt. Kevin Reiter", "administration superintendent from the 157th Air Refueling Wing"],
             "Avery": ["Avery"],
             "Jonathan Yelle": ["Jonathan Yelle", "Staff Sgt. Jonathan Yelle", "a controller with the 157th Command Post"]},
),
dict(
    id="marines-3rdmaw-h709-2012-11-09-cake-cutting-old-life-new-corps",
    source="https://www.3rdmaw.marines.mil/News/Stories/News-Article-Display/Article/548864/cake-cutting-brings-old-life-to-new-corps/",
    license=PD, retrieved=PAGES + " (3rd Marine Aircraft Wing story of 9 Nov 2012 by Lance Cpl. Melissa Eschenbrenner on the Marine Corps birthday cake cutting aboard Marine Corps Air Station Miramar, with Chief Warrant Officer 4 John Hawthorne, the oldest Marine present at the ball; the block 'Photo Information', its caption 'The oldest Marine present, retired Sgt. Maj. Bill Paxton, takes the first bite of cake during a cake-cutting ceremony aboard Marine Corps Air Station Miramar, Calif., Nov. 9. ... to the next.' and the credit 'Photo by Lance Cpl. Melissa Eschenbrenner', printed above the headline, and the line '9 Nov 2012 | Lance Cpl. Melissa Eschenbrenner' dropped, so Bill Paxton is not in the text (H792, H2443); headline kept as the first line; the last paragraph, '“The best words of advice I can give to Marines is to treat yourself and others firmly, fairly, and with dignity and respect,” he explained. “If they do that, they’ll excel at whatever they ', cut in the stored copy, dropped with its complete first piece (H2121); a long role and home town after the name, then cues by surname (H2443); 'There was 30 years difference' and curly marks as stored)",
    text='''Cake cutting brings old life to new Corps
The Marine Corps celebrated its 237th year of existence Nov. 10, and Marines all over the globe honored those years of service with Marine Corps birthday balls and traditional cake cutting ceremonies.
These celebrations remind every Marine of the sacrifices made by their brothers and sisters before them, and how the Corps became the organization it is today.
“It’s a time to reflect on the past, present and future of the Marine Corps,” said Chief Warrant Officer 4 John Hawthorne, the station training officer with Headquarters and Headquarters Squadron, and a Cleveland native. “It’s that time of the year that we have the opportunity to really take pride in our country and the Corps.”
Hawthorne, who enlisted in 1984, has attended 28 Marine Corps birthday balls throughout his time in service. However, at this year’s ball, he had the honor of attending as the oldest Marine present.
With this title, Hawthorne participated in the traditional cake cutting ceremony that symbolized the passing of knowledge from the oldest to the youngest Marine present.
“There was 30 years difference between me and the youngest Marine,” said Hawthorne. “Participating in the ceremony gave me the same sense of pride I had when I graduated from boot camp.”''',
    quotes=[
        Q('“It’s a time to reflect', 'of the Marine Corps,”', "John Hawthorne"),
        Q('“It’s that time of the year', 'country and the Corps.”', "John Hawthorne"),
        Q('“There was 30 years difference', 'the youngest Marine,”', "John Hawthorne"),
        Q('“Participating in the ceremony', 'from boot camp.”', "John Hawthorne"),
    ],
    aliases={"John Hawthorne": ["John Hawthorne", "Chief Warrant Officer 4 John Hawthorne", "the station training officer with Headquarters and Headquarters Squadron", "Hawthorne"]},
),
dict(
    id="dvids-h709-mt-fuji-summit-reenlistment",
    source="https://dvidshub.net/news/printable/173166",
    license=PD, retrieved=PAGES + " (DVIDS story, printable page, on the reenlistment of Army Spc. Angela M. Wilson, an intelligence analyst with the 10th Support Group (Regional) in Okinawa, on the summit of Mt. Fuji, with Army Sgt. 1st Class Danny Davis, career counselor, U.S. Army Japan and I Corps (Forward) (2015 from the text, no date in the stored copy); the printable page opens on the dateline paragraph and has no headline, no byline and no date, none added (H1818); the last paragraph, 'Wilson met Davis in Camp Zama in July 2015 during her 30-day Live Environment Training (LET) assignment with USARJ's Headquarter and Headquarters Compan', cut in the stored copy, dropped; an oath recited by a soldier the text shows reciting it, before she is named, and a long role with units in parentheses after the name (H2441); the dateline 'YAMANASHI PREFECTURE, Japan – ', the ellipsis at the end of the oath and curly marks with straight apostrophes as stored)",
    text='''YAMANASHI PREFECTURE, Japan – For centuries, Japan's most revered mountain has captured the imaginations of millions across the globe. Every year Mt. Fuji attracts hundreds of thousands of travelers to adore its majestic grandeur and, during the summer months, climb to its peak protruding 12,388 feet (3,776 meters) above sea level.
Even in August, Mother Nature shrouds the summit with a white mist that dampens the rock-strewn landscape void of plant and animal life. Thunder billows and clouds bellow about its peak. Those courageous souls who made their way to the top either topple onto wooden benches for rest or huddle under huts for warmth. They walk slowly and speak softly in a forlorn hope to conserve the thin air ceaselessly teasing their lungs.
Amid the collage of grays, browns and blacks, a brightly colored, fluttering fabric cuts through the foggy cloak. Human hands helped by a bone-cutting breeze unveils red stripes and white stars on a blue background. As Old Glory flutters into view, two American Soldiers stand in front of the familiar flag and face each other. One raises her right hand and recites an oath, her voice echoing across the summit.
“I, Angela Wilson, do solemnly swear, that I will support and defend the Constitution of the United States against all enemies, foreign and domestic ...”
An intelligence analyst with the 10th Support Group (Regional) in Okinawa, Army Spc. Angela M. Wilson could have settled for reenlisting in a cozy office or an ornate foyer. Rather, she decided to host it on top of one of the highest peaks in the Pacific.
“I've visited some interesting places around the world in my 10 years of organizing reenlistment ceremonies,” said Army Sgt. 1st Class Danny Davis, career counselor, U.S. Army Japan (USARJ) and I Corps (Forward). “This one was by far the most unique.”''',
    quotes=[
        Q('“I, Angela Wilson, do solemnly swear,', 'foreign and domestic ...”', "Angela M. Wilson"),
        Q('“I\'ve visited some interesting places', 'reenlistment ceremonies,”', "Danny Davis"),
        Q('“This one was by far the most unique.”', None, "Danny Davis"),
    ],
    aliases={"Angela M. Wilson": ["Angela M. Wilson", "Army Spc. Angela M. Wilson", "An intelligence analyst with the 10th Support Group (Regional) in Okinawa"],
             "Danny Davis": ["Danny Davis", "Army Sgt. 1st Class Danny Davis", "career counselor, U.S. Army Japan (USARJ) and I Corps (Forward)"]},
),
dict(
    id="af-hurlburt-h709-airmen-driven-for-blood-drive",
    source="https://www.hurlburt.af.mil/News/Article-Display/Article/204986/airmen-driven-for-a-blood-drive",
    license=PD, retrieved=PAGES + " (1st Special Operations Wing story by Nechel Newton, 1st Special Operations Wing Public Affairs, on a blood drive of the 1st Special Operations Medical Operations Group and Northwest Florida Blood Services in the Hurlburt Field Commissary parking lot on July 20 (no year in the stored copy), with Jeanette Carder, NFBS community relations representative, and Tech. Sgt. Elizabeth Haverkamp; the lines '• Published', '• By Nechel Newton' and '• 1st Special Operations Wing Public Affairs' dropped; headline kept as the first line; the copy ends on its complete last paragraph, the writer's pointer to the NFBS website, which is kept; a blood service's representative and a sergeant with a long role, each in an inverted cue between two pieces (H2442); 'www.nfbcblood.org' and straight marks as stored)",
    text='''Airmen driven for a blood drive
Propped up on a reclined seat, squeezing a foam ball every five seconds while eating a number of tasty snacks doesn't sound like a half-bad way to spend an afternoon. But what if you had to spend it by getting a needle in your arm?
Air Commandos have endless opportunities to give back to the local community, many requiring only a small donation to make a significant impact. In this case, the donation might be a little draining, but just by a pint or so.
The 1st Special Operations Medical Operations Group teamed together with the Northwest Florida Blood Services to hold a blood drive in the Hurlburt Field Commissary parking lot, July 20.
The 1st SOMDG holds the drive on base about every two months, but NFBS buses can be seen on base almost once or twice a month.
"What many people don't know is that giving blood is good for your body," said Jeanette Carder, NFBS community relations representative. "It works your cells and helps you stay healthy. It's like getting an oil change for your body."
Approximately 5,000 units of blood are donated each month, which can help save 15,000 lives. So with a pint of blood, you could be changing someone's life for the better.
"It is like we're an Air Force family, literally saving a life without thinking about it," said Tech. Sgt. Elizabeth Haverkamp, 1st Special Operations Medical Support Squadron NCO in charge of outpatient records and event coordinator. "It's the human factor of people coming from their busy days to donate blood. It's people still thinking of people."
For more information about donating blood or the next drive, visit the NFBS website at www.nfbcblood.org.''',
    quotes=[
        Q('"What many people don\'t know', 'good for your body,"', "Jeanette Carder"),
        Q('"It works your cells', 'oil change for your body."', "Jeanette Carder"),
        Q('"It is like we\'re an Air Force family,', 'without thinking about it,"', "Elizabeth Haverkamp"),
        Q('"It\'s the human factor', 'thinking of people."', "Elizabeth Haverkamp"),
    ],
    aliases={"Jeanette Carder": ["Jeanette Carder", "NFBS community relations representative"],
             "Elizabeth Haverkamp": ["Elizabeth Haverkamp", "Tech. Sgt. Elizabeth Haverkamp", "1st Special Operations Medical Support Squadron NCO in charge of outpatient records and event coordinator"]},
),
dict(
    id="army-h709-acc-chili-championship-challenge",
    source="https://www.army.mil/article/31769/Comfort_Food_Cookoff__Chilli_Challenge_Champion_Chosen/",
    license=PD, retrieved=PAGES + " (army.mil story on the first Chili Championship Challenge of the Army Contracting Command and Expeditionary Contracting Command headquarters at Fort Belvoir, with the event coordinator Michael Holcomb and the finalist Michael L. Benavides; the stored copy opens on the first paragraph and has no headline, no byline and no date, none added (H1818); the two single line breaks inside sentences, after 'Contract Operations Directorate, ACC;' and after 'roughly one hour to', joined with a single space (H2423, H2442); the last paragraph, '\"Nothing compares to New Mexico green chili,\" according to Trujillo. \"This was not 'canned' green chili ... I like to say it was \"imported\" from New Mex', cut in the stored copy, dropped with its complete first piece (H2121), so Barbara J. Trujillo says nothing in the text; `According to X, ...` without marks, then `said Holcomb, who ...`, and `he said` after a paragraph of a finalist's reported speech (H2442); 'FortBelvoir', 'the result from time spent' and straight marks as stored)",
    text='''A heated debate turned into heated treats for members of the Army Contracting Command and Expeditionary Contracting Command headquarters at FortBelvoir, Va., as it held its first ever Chili Championship Challenge.
According to Michael Holcomb, ACC Secretary to the General Staff and event coordinator, after some conversations at the water cooler it was decided that a chili cook off would be a fun competition and a great way to bring people together.
"It was a huge success," said Holcomb, who entered his chili in the contest. "Everyone raved about it and they want us to do it again. We might take advantage of the cold weather again as chili is a great comfort food."
Eleven participants accepted the challenge to tempt the taste buds of their co-workers. Prior to employees feasting on the Texan/Mexican delicacy, Melissa Rider, Lt. Col. (Chaplain) Carol D. Highsmith and Gregory Youmans served as judges.
Entries were evaluated on numerous factors including appearance, texture, aroma and heat. In the end it boiled, or stewed if you preferred, down to three finalists.
Michael L. Benavides, chief, Field Support Division, Contract Operations Directorate, ACC; Barbara J. Trujillo, chief, Contracting Policy Division, ACC; and Col. (P) Joseph L. Bass, commander, Expeditionary Contracting Command, simmered to the top.
Benavides said his Texas Three Bean Chili typically takes 30 minutes to prepare, roughly one hour to cook fully, and seasons overnight. The recipe is the result of a 20-year collaboration with his wife.
"With one more year of marriage added to the recipe, it might just be enough to push this chili to the next level," he said.
Trujillo's New Mexico style Green Chili Verde Con Carne is the result from time spent cooking in the kitchen with her mother.''',
    quotes=[
        Q('"It was a huge success,"', None, "Michael Holcomb"),
        Q('"Everyone raved about it', 'great comfort food."', "Michael Holcomb"),
        Q('"With one more year of marriage', 'to the next level,"', "Michael L. Benavides"),
    ],
    aliases={"Michael Holcomb": ["Michael Holcomb", "ACC Secretary to the General Staff and event coordinator", "Holcomb"],
             "Michael L. Benavides": ["Michael L. Benavides", "Benavides"]},
),
dict(
    id="navy-h709-2007-08-03-uss-shoup-homeport-mayor-visit",
    source="https://www.globalsecurity.org/military/library/news/2007/08/mil-070803-nns09.htm",
    license=PDC, retrieved=PAGES + " (Navy NewsStand story NNS070803-18, released 8/3/2007, by Mass Communication Specialist 3rd Class Quinn Liford, Fleet Public Affairs Center, Det. Northwest, on Everett's Mayor Ray Stephanson touring USS Shoup (DDG-86) at Naval Station Everett on Aug. 2, with Fire Controlman 2nd Class (SW) Dustin Woelfle, in the verbatim copy of globalsecurity.org; the story lines 'Navy NewsStand', 'Story Number: NNS070803-18', 'Release Date: 8/3/2007 2:46:00 PM' and the byline line dropped; headline kept as the first line; the last paragraph, '“I was raised here and I think', cut in the stored copy, dropped; a warfare qualification in parentheses inside the rank form and a participial phrase after the name, and the mayor spoken about in a Sailor's quotation, then cued by surname (H2443); the dateline 'EVERETT, Wash. (NNS) -- ', 'hour long', 'in-between' and curly marks as stored)",
    text='''USS Shoup Receives Visit from Homeport Mayor
EVERETT, Wash. (NNS) -- Everett's Mayor Ray Stephanson along with his guest, Pat McClain, toured the USS Shoup (DDG-86), at its homeport, Naval Station Everett Aug. 2.
The tour, given by Shoup’s Commanding Officer, Cmdr. Mark Johnson, was an opportunity for Stephanson and McClain to meet with Sailors and get to know the ship.
The mayor stepped aboard the ship and was honored by the U.S. Navy tradition of tolling the bells to announce his arrival on board.
“It’s pretty cool, the mayor coming out here to see our ship,” said Fire Controlman 2nd Class (SW) Dustin Woelfle, while standing watch aboard Shoup.
Johnson took the mayor and guest on an hour long tour of the ship’s spaces including combat operations center, galley, main engine room 2, Damage Control Central Station and the ship’s bridge.
Up and down passageways and ladders, the tour covered Shoup from bow to stern and everything in-between. Peeking through portholes and enduring several ladders, the mayor was in good spirits as Johnson kept up a steady stream of information, proudly telling the mayor all about the ship.
“It’s a great thing to be here, because this is a great ship and good people,” said Stephanson, upon the completion of his tour. “I enjoyed the tour and I appreciate all that these young men and women do for us.”
Stephanson believes as a prominent city official of such a busy Navy area, it is important to keep a strong tie to those ships homeported in the area. He was able to strengthen the tie between the city of Everett and the U.S. Navy contingent in the area with visits such as this one. Stephanson was able to meet with Sailors and take an active interest in the well being of those service members stationed in his city.''',
    quotes=[
        Q('“It’s pretty cool, the mayor coming out', 'to see our ship,”', "Dustin Woelfle"),
        Q('“It’s a great thing to be here,', 'and good people,”', "Ray Stephanson"),
        Q('“I enjoyed the tour', 'do for us.”', "Ray Stephanson"),
    ],
    aliases={"Dustin Woelfle": ["Dustin Woelfle", "Fire Controlman 2nd Class (SW) Dustin Woelfle"],
             "Ray Stephanson": ["Ray Stephanson", "Mayor Ray Stephanson", "The mayor", "Stephanson"]},
),
]
