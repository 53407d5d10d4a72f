# Held-out English news texts (tests/data/heldout346-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Air Force, Air Force Reserve and Marine Corps news stories (public domain, 17 U.S.C.
# § 105), seven of them on Airmen volunteering with Habitat for Humanity: a 12th Air Force story (Davis-Monthan Airmen
# in Tucson), a 4th Fighter Wing story (Seymour Johnson, 2011), a 325th Fighter Wing story (Tyndall AGE shop), a 28th
# Bomb Wing story (Ellsworth, Dec. 2016), a 20th Fighter Wing story (Shaw, Sumter's 116th home), a 310th Space Wing
# story (Colorado Springs) and an af.mil story of the 354th Contracting Squadron (North Pole, Alaska, 2012), plus a
# Marine Corps Air Ground Combat Center Twentynine Palms story (Headquarters Battalion on the ranges, April 2011). None
# is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, '• Published' / '•
# By ...' byline lines and the empty lines between paragraphs are dropped; a headline is kept once as the first line
# where the stored copy has one (none is added where it has none); wording and quotation marks (straight or curly as
# stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H1860-H1864 in
# ANNOTATION.md on top of H1-H1859).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout346-en.jsonl

Built by `build.py` from `heldout346_pages.py`. Like heldout333-en, heldout302-en and the other military sets above,
these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. §
105), none of them used in a set above, this time seven Air Force and Air Force Reserve stories of Airmen volunteering
with Habitat for Humanity and one Marine Corps story: a 12th Air Force story on 12af.acc.af.mil (article 319404,
Davis-Monthan Airmen building houses in Tucson's Copper Vista sub-division), a 4th Fighter Wing story on
seymourjohnson.af.mil (article 307172, 'Building homes for families', May 2011), a 325th Fighter Wing story on
tyndall.af.mil (article 317017, the AGE shop's Habitat day), a 28th Bomb Wing story on 8af.af.mil (article 1031713,
Ellsworth Airmen, Dec. 2016), a 20th Fighter Wing story on shaw.af.mil (article 214491, 'Outside the fence: Airmen build
homes for better lives'; another story than the shaw.af.mil article 1297460 of heldout97-en), a 310th Space Wing story
on 310sw.afrc.af.mil (article 453761, Colorado Springs), an af.mil story of the 354th Contracting Squadron (story id
123319597, North Pole, Alaska, Sept. 2012) and a Marine Corps Air Ground Combat Center Twentynine Palms story on
29palms.marines.mil (article 498996, Headquarters Battalion Marines on the ranges, April 2011). None is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept and the cut paragraph is dropped, also where it holds a quotation (what was dropped is noted per page). The
'.mil website' notice lines, the 'News Search' line, the af.mil banner and 'Posted ... Email story Print story' lines,
the '• Published' and '• By ...' byline lines and the empty lines between paragraphs were dropped; wording and
quotation marks (straight or curly as the copy has them) are as stored. Pages read but left out: navy.mil 73395
(already in heldout29-en), navy.mil 108492 (already in heldout76-en), dvidshub.net 440094 (already in heldout50-en),
1stmardiv.marines.mil 540334 (already in heldout127-en), usar.army.mil 3470495 and dvidshub.net 205109 (already in
heldout23-en), dvidshub.net 559698 (already in heldout287-en), usar.army.mil 1858214 (left out by heldout302-en),
nationalguard.mil 1794723 and 573315 (already in heldout33-en), buckley.spaceforce.mil 323184 (no quotation of anyone's
words, only scare quotes) and copies of military stories on blog, radio-wire or newspaper sites (military-online.blogspot.com,
roundthechuckbox.blogspot.com, cpwire.com, s-j.ca, theadvertiser.com; not the public-domain originals). None of the
pages used is in any set above (checked by URL and article number (319404, 307172, 317017, 1031713, 214491, 453761,
123319597, 498996), by title and by the names of their speakers and phrases, such as Emily Jean Herrell, Copper Vista,
Andrew Pak, Team Seymour, Sean Stanton, Walthm, Leon Mack, piping hot cup of cocoa, Samuel Nelson, Bob Brown, 116th
home, Thip Andrus, Woodmen Vistas, Soerensen, Kazden Ikehara, Mark Wheeler, North Pole, Alaska, Michael Haynes,
Maxony Jean, Range 103 and cohesion shoot, with grep over tests/data of the main tree and of every other helper's
worktree: no hit; 'Habitat for Humanity' occurs only in heldout97-en and heldout258-en, other stories). The annotation
(rules H1860–H1864 in `ANNOTATION.md` on top of H1–H1859) was committed before whosaid was first run on these texts,
so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="12af-dm-airmen-build-houses-for-habitat-for-humanity",
    source="https://www.12af.acc.af.mil/News/Article-Display/Article/319404/d-m-airmen-leave-abus-and-combat-boots-at-home-to-build-houses-for-habitat-for/",
    license=PD, retrieved=PAGES + " (12th Air Force (Air Forces Southern) Public Affairs story, undated in the stored copy (build day March 14); the '.mil website' notice lines, the lines '• Published', '• By Master Sgt. Kelly Ogden', '• 12th Air Force (Air Forces Southern) Public Affairs' and the empty lines between paragraphs dropped (H1864); headline kept once; the stored copy ends after the paragraph 'Davis-Monthan Airmen have donated ... completing the mission.', kept as the last one; '...they were all Airmen' and '...they always exceed' as stored; straight marks as stored)",
    text='''D-M Airmen leave ABUs and combat boots at home to build houses for Habitat for Humanity
At the break of dawn on a bright and sunny desert morning, more than 45 individuals gathered at a construction site in Tucson, Ariz., freshly armed with hard hats, nail aprons and safety goggles, ready to begin their first day of building houses. However, these weren't the typical new construction worker recruits...they were all Airmen.
More than 45 Airmen from 12th Air Force (Air Forces Southern) and the 355th Fighter Wing devoted six hours of their off-duty time to give back to the Tucson community by building houses for Habitat for Humanity in the Copper Vista sub-division, March 14.
"Airmen from the base are the easiest group of volunteers that we deal with," said Emily Jean Herrell, Habitat for Humanity Volunteer Coordinator. "We know that all of the military members are really hard workers and we always get excited to have them out here because we can give them some of the tougher projects...they always exceed our expectations."
Davis-Monthan Airmen have donated 1800 volunteer hours to Habitat for Humanity in the past 12-months alone. During their volunteer shift, Airmen were given shovels to dig landscaping holes, nail guns to hang protective sheets of paper and wire cutters to cut chicken wire for exterior stucco placement. Many of the Airmen were out of their every day comfort zones as dental technicians, maintainers, civil engineers, intelligence specialists and air operations center technicians, but that didn't stop them from completing the mission.''',
    quotes=[
        Q('"Airmen from the base', 'that we deal with,"', "Emily Jean Herrell"),
        Q('"We know that all', 'our expectations."', "Emily Jean Herrell"),
    ],
    aliases={"Emily Jean Herrell": ["Emily Jean Herrell", "Habitat for Humanity Volunteer Coordinator"]},
),
dict(
    id="seymourjohnson-2011-building-homes-for-families",
    source="https://www.seymourjohnson.af.mil/News/Article-Display/Article/307172/building-homes-for-families",
    license=PD, retrieved=PAGES + " (4th Fighter Wing Public Affairs story of May 2011 (build day May 10, 2011; undated in the stored copy); the lines '• Published', '• By Senior Airman Rae Perry', '• 4th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped (H1864); headline kept once; the stored copy ends on the complete paragraph '\"I enjoy this job ...,\" Mr. Smith said.'; the missing full stop in 'Mr. Smith said \"We usually get' and the bracketed words as stored (H1861); straight marks as stored)",
    text='''Building homes for families
It is not about just earning a performance report bullet when Airmen and their families donate time to build houses helping others overcome hurdles in their lives.
Chaplain (Maj.) Andrew Pak gathered a group of Team Seymour Airmen and dependents to volunteer with Habitat for Humanity, a non-profit organization that builds houses for families in need of a home, May 10, 2011.
In order to be considered as a potential home owner, a family must undergo a screening process and complete 100 volunteer hours with the organization. If selected, they must donate an additional 300 volunteer hours on their potential home or another family's home to learn about maintenance and upkeep.
Tony Smith, Habitat for Humanity construction manager, explained how being so close to the base impacts the amount of volunteers the organization has.
"We try to figure around three months [to build each] house. Sometimes it's less; sometimes it's more depending on the [amount] volunteers we get," Mr. Smith said "We usually get [Airmen] out here every Saturday and that helps us out a lot. We get most of our work done when I get Air Force groups out here."
The family receiving the home the Airmen worked on expect to move in later this month, after a ceremony the volunteers will receive a tour of the house and hand the keys over to the new home owner.
"I enjoy this job and it's been fun doing it because of the people we meet out here and the families we get to help," Mr. Smith said.''',
    quotes=[
        Q('"We try to figure', 'volunteers we get,"', "Tony Smith"),
        Q('"We usually get', 'groups out here."', "Tony Smith"),
        Q('"I enjoy this job', 'we get to help,"', "Tony Smith"),
    ],
    aliases={"Tony Smith": ["Tony Smith", "Mr. Smith", "Habitat for Humanity construction manager"]},
),
dict(
    id="tyndall-age-airmen-provide-roof-over-communitys-head",
    source="https://www.tyndall.af.mil/News/Features/Display/Article/317017/age-isnt-just-a-number-airmen-provide-roof-over-communitys-head",
    license=PD, retrieved=PAGES + " (325th Fighter Wing Public Affairs feature, undated in the stored copy (after October 2012); the '.mil website' notice lines, the lines '• Published', '• By Staff Sgt. Rachelle Elsea', '• 325th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped (H1864); headline kept once; the paragraph 'The Bay County c', cut in the stored copy, dropped; 'every Airmen' and 'Walthm' as stored; straight marks as stored)",
    text='''AGE isn't just a number: Airmen provide roof over community's head
As military members, having food, shelter, clothing and job security can at times be taken for granted, which is why the Air Force stresses the need to give back into the minds of every Airmen.
The Aerospace Ground Equipment shop, 325th Maintenance Squadron, takes this idea very seriously and acted on it.
The shop recently transitioned from contracted personnel to military members in conjunction with Tyndall's move from Air Education and Training Command to Air Combat Command in October 2012. This gave a group of several dozen service members the rare opportunity to build unit cohesion and morale from the ground up.
They used the principles of volunteerism and group dynamics in a joint effort to help build homes for families in the local community.
"I had spoken to my supervisor about volunteer opportunities, and he asked me what I wanted to do and did I want to do something that really gives back, and I said yes," said Senior Airman Sean Stanton, AGE journeyman and project organizer. "He told me about Habitat for Humanity and how it helps build houses for families in need and I thought it was a great idea."
Nearly 20 AGE personnel, a handful of Bay County Habitat for Humanity board members and other local volunteers, donated a day out of their weekend to help work on two homes.
"We are definitely helping families out that need it," Airman Stanton, native of Walthm, Mass., said. "One of the homes is for a single mom with two children, and the other home is for a single mom with four children."''',
    quotes=[
        Q('"I had spoken', 'and I said yes,"', "Sean Stanton"),
        Q('"He told me about', 'a great idea."', "Sean Stanton"),
        Q('"We are definitely', 'that need it,"', "Sean Stanton"),
        Q('"One of the homes', 'four children."', "Sean Stanton"),
    ],
    aliases={"Sean Stanton": ["Sean Stanton", "Senior Airman Sean Stanton", "Airman Stanton", "AGE journeyman and project organizer"]},
),
dict(
    id="8af-2016-airmen-help-provide-homes-for-the-holidays",
    source="http://www.8af.af.mil/News/Article-Display/Article/1031713/airmen-help-provide-homes-for-the-holidays/",
    license=PD, retrieved=PAGES + " (28th Bomb Wing Public Affairs story of December 2016 (build day Dec. 10, 2016; undated in the stored copy); the '.mil website' notice lines, the lines '• Published', '• By Airman 1st Class Donald C. Knechtel', '• 28th Bomb Wing Public Affairs' and the empty lines between paragraphs dropped (H1864); headline kept once; the paragraph '“Getting to see the homeowner invest their own time in it is the most rewarding thing for me,” said Senior Airman Samuel Nelson, ... It shows that they want the house and they are', cut in the stored copy, dropped with its quotation (H1864); the en dash and curly marks as stored)",
    text='''Airmen help provide homes for the holidays
Curled up by a warm fire with their family and sipping from a piping hot cup of cocoa, they look out the window to see the gentle snow fall lightly across the Black Hills of South Dakota. They laugh, play games and enjoy the holidays from the warmth and safety of their home.
Not everyone has such good fortune and a place to call their own. Without a family or home to go to, some are left outside in the arctic conditions. However, there are those with hearts of gold, volunteering their time to create homes for these individuals and provide them with a gift they can hold onto – the gift of hope.
“Not everybody is as well off or as fortunate as other people,” said Senior Airman Leon Mack, a radar maintainer assigned to the 28th Operations Support Squadron. “They don’t have the same opportunities others have, and some people just need a little help in life.”
Dreaming of a home became reality for a family in need when six Airmen from Ellsworth spent over five hours volunteering with Habitat for Humanity, Dec. 10, 2016.
Habitat for Humanity partners with people in communities all over the world to help build or improve a home. Habitat homeowners help build their own homes alongside volunteers and pay an affordable mortgage.''',
    quotes=[
        Q('“Not everybody', 'as other people,”', "Leon Mack"),
        Q('“They don’t have', 'help in life.”', "Leon Mack"),
    ],
    aliases={"Leon Mack": ["Leon Mack", "Senior Airman Leon Mack", "a radar maintainer assigned to the 28th Operations Support Squadron"]},
),
dict(
    id="shaw-outside-the-fence-airmen-build-homes-for-better-lives",
    source="https://www.shaw.af.mil/News/Features/Display/Article/214491/outside-the-fence-airmen-build-homes-for-better-lives",
    license=PD, retrieved=PAGES + " (20th Fighter Wing Public Affairs feature, undated in the stored copy; the line 'News Search', the lines '• Published', '• By Senior Airman Tabatha Zarrella', '• 20th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped (H1864); headline kept once; the paragraph '\"Habitat often gets several groups and squadrons that take time out of their duty day to come help,\" he said. \"Depending on the task that day, ... for sma', cut in the stored copy, dropped with its quotation (H1864); 'S.C,', 'habitat' in lower case and 'Brown expressed' as stored; straight marks as stored)",
    text='''Outside the fence: Airmen build homes for better lives
In the United States, 48.5 million people are living in poverty. Worldwide, 827.6 million people live in urban slums with unclean water and insanitation, taking more than 1.8 million lives of children every year. As the cost of living rises, minimum wages aren't keeping up, making it challenging to afford decent housing.
Hundreds of service members from Shaw Air Force Base, S.C, partnered with the community to volunteer for Habitat for Humanity in Sumter, to work on the 116th home for a resident family.
Habitat is a charitable organization that builds or repairs homes for people around the world who live in unsanitary and/or unsafe living conditions.
"We are currently working on a subdivision which will contain about 50 homes built by volunteers of habitat," said Bob Brown, local Habitat for Humanity construction director. "This will be our 116th home in Sumter."
The organization has a lot of Sumter residents and a vast number of military members who volunteer regularly, Brown said.
"Anyone from the earliest age of 14 years old is able to volunteer, 14-16 need an accompanied adult," he continued. "The oldest we had volunteer, was an 89 year old retired Air Force member who came out to help almost every day."
"Of all the years I've been with habitat, I've never had volunteers who didn't absolutely love coming out to help," Brown expressed.
Volunteers all have their own reasons why they volunteer with the habitat organization.
"Most of our volunteers who come out, take time away from their families and/or work to help those in need," he said.''',
    quotes=[
        Q('"We are currently', 'volunteers of habitat,"', "Bob Brown"),
        Q('"This will be our', 'home in Sumter."', "Bob Brown"),
        Q('"Anyone from the earliest', 'an accompanied adult,"', "Bob Brown"),
        Q('"The oldest we had', 'almost every day."', "Bob Brown"),
        Q('"Of all the years', 'coming out to help,"', "Bob Brown"),
        Q('"Most of our volunteers', 'those in need,"', "Bob Brown"),
    ],
    aliases={"Bob Brown": ["Bob Brown", "Brown", "local Habitat for Humanity construction director"]},
),
dict(
    id="310sw-space-wing-members-volunteer-for-habitat-for-humanity",
    source="https://www.310sw.afrc.af.mil/News/Article-Display/Article/453761/310th-space-wing-members-volunteer-for-habitat-for-humanity",
    license=PD, retrieved=PAGES + " (310th Space Wing Public Affairs story, undated in the stored copy (build day April 7); the lines '• Published', '• By Tech. Sgt. Scott P. Farley', '• 310th Space Wing Public Affairs' and the empty lines between paragraphs dropped (H1864); headline kept once; the paragraph 'Airman 1st Class Nolden J. Soerensen, a Det. 1 8 Space Warning Satellite systems operator, ... to tackle the elaborat', cut in the stored copy, dropped; 'as well from labor' and 'more the experienced Airmen' as stored; straight marks as stored)",
    text='''310th Space Wing members volunteer for Habitat for Humanity
It is not every day in which volunteers walk away from a day of hard work with not only a sense of accomplishment, but also a new-learned skill.
Air Force Reservists from the 310th Space Wing experienced exactly that after working on a house for the Pikes Peak chapter of Habitat for Humanity in Colorado Springs, Colo., April 7.
The 310th Space Wing Junior Enlisted Council and Schriever Air Force Base 5/6 Council employed an abundance of Reservists and active-duty Airmen volunteers to help Habitat for Humanity in the construction of homes at Woodmen Vistas in eastern Colorado Springs.
"We had more volunteers than we needed, so we had to split them up," said Tech. Sgt. Thip Andrus, the 310th Junior Enlisted Council secretary, who scheduled two shifts of volunteers. "We had more people than we had originally hoped for, and I got great feedback after."
Since 1976, Habitat for Humanity has partnered with families to build over 400,000 homes for more than 2 million people worldwide. The non-profit organization builds homes with carefully selected partner families through donations of money and materials, as well from labor from not only volunteers, but also the future homeowner.
Following a safety briefing, Habitat for Humanity workers and volunteers with varying degrees of construction skills began the day's mission of hanging drywall. The volunteers were broken into smaller groups led by Habitat for Humanity leaders and more the experienced Airmen, each group tackling different parts of the house.''',
    quotes=[
        Q('"We had more volunteers', 'split them up,"', "Thip Andrus"),
        Q('"We had more people', 'feedback after."', "Thip Andrus"),
    ],
    aliases={"Thip Andrus": ["Thip Andrus", "Tech. Sgt. Thip Andrus", "the 310th Junior Enlisted Council secretary"]},
),
dict(
    id="afmil-2012-airmen-build-repair-houses-at-north-pole",
    source="http://www.af.mil/news/story.asp?id=123319597",
    license=PD, retrieved=PAGES + " (354th Fighter Wing Public Affairs story, posted on af.mil 9/26/2012; the banner lines 'Official Site of the U.S. Air Force   Right Corner Banner' and 'Join the Air Force', the breadcrumb 'News > Airmen build, repair houses at North Pole', the line 'Posted 9/26/2012 Email story   Print story', the byline lines 'by Senior Airman Janine Thibault' and '354th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped (H1864); headline kept once; the date and dateline '9/26/2012 - EIELSON AIR FORCE BASE, Alaska (AFNS) --' stay at the head of the first paragraph as stored; the paragraph '\"This is my', cut in the stored copy, dropped; straight marks as stored)",
    text='''Airmen build, repair houses at North Pole
9/26/2012 - EIELSON AIR FORCE BASE, Alaska (AFNS) -- Eielson volunteers donned hard-hats and wielded construction equipment recently to help build housing for local Alaskans through the nonprofit program Habitat for Humanity.
Members from the 354th Contracting Squadron volunteered with the program, which operates on a global scale to build houses for low-income families.
"Too often in contracting, we write contracts which support other people and organizations, but we don't get to see the direct fruits of our labor," said 2nd Lt. Kazden Ikehara, 354th Contracting Squadron flight commander of plans and programs. "This presents us with the chance to see the direct impact of our work."
In this particular project, workers repaired an old home and constructed a completely new one simultaneously in North Pole, Alaska. After working on the new home for a month, Habitat for Humanity volunteers saw the results of their effort quickly paying off as they erected the walls, roof and interior set-up.
In addition to helping members of the community, volunteers get exposure to a trade and skills they may never have considered, like building a foundation for a house, said Airman 1st Class Mark Wheeler, 354th CS contracting specialist. "This is my first time participating on this scale. I love it; I get to learn new trade skills while I help people in need."
The time spent helping others will have the same effect on the volunteers as the house owners, said Wheeler. Both parties will experience the good-natured side of members of their community by seeing how helpful other people are, how great it feels to help and know that people have your back even in times of need.''',
    quotes=[
        Q('"Too often in contracting', 'fruits of our labor,"', "Kazden Ikehara"),
        Q('"This presents us', 'impact of our work."', "Kazden Ikehara"),
        Q('"This is my first time', 'people in need."', "Mark Wheeler"),
    ],
    aliases={"Kazden Ikehara": ["Kazden Ikehara", "2nd Lt. Kazden Ikehara", "354th Contracting Squadron flight commander of plans and programs"],
             "Mark Wheeler": ["Mark Wheeler", "Airman 1st Class Mark Wheeler", "Wheeler", "354th CS contracting specialist"]},
),
dict(
    id="29palms-2011-hqbn-marines-go-back-to-basics",
    source="https://www.29palms.marines.mil/News/Latest-Articles/Article/Article/498996/hqbn-marines-go-back-to-basics/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Ground Combat Center Twentynine Palms story of April 2011 (range day April 19, 2011); the stored copy has no headline and opens with the dateline paragraph, no title added (H1864); the empty lines between paragraphs dropped; the paragraph 'After a practi', cut in the stored copy, dropped; 'mainly of whom mainly work behind a desks' and 'its been' as stored; curly marks as stored)",
    text='''MARINE AIR GROUND COMBAT CENTER TWENTYNINE PALMS, Calif. -- Marines from both companies of the Combat Center’s Headquarters Battalion headed to the ranges to take on moving targets after a hike April 19, 2011.
The exercise was part of HQBN leadership efforts to expose their Marines to the combat and field-related training at least once a month.
The Marines who traditionally are in supporting roles in offices and have fewer chances to get to the field, jumped at the opportunity to fire rifles outside of a structured qualification course.
“I like getting out of the shop and do stuff like this,” said Cpl. Michael Haynes, of the Exercise Support Division. “It’s fun to just be out here, and it builds morale.”
The training day started for the Marines at 5 a.m. with a mile hike from the armory to Range 101. The quick pace and the extra weight of the gear was a welcome reminder to the Marines that “every Marine is a rifleman.”
The opportunity was a change of pace for the Marines from their daily combat support jobs.
The Marines of HQBN, mainly of whom mainly work behind a desks, said they relished the chance to be around their rifles again.
“I like being with my weapon, cleaning it, interacting with it, and just doing Marine stuff,” said Lance Cpl. Maxony Jean, an administrative clerk at the Installation Personnel Administration Center.
After zeroing in their sights they hiked their way to the second objective, Range 103.
“I like the hiking, even though its been a while since I’ve hiked. It was a little challenging,” Jean admitted.
Upon their arrival at Range 103, they prepped themselves for a small shooting competition.
“We’re here doing a cohesion shoot and engaging targets in four relays,” said 1st Sgt. Thomas Russi, the first sergeant for HQBN’s Company A. “It helps them get back to basic marksmanship skills and builds unit cohesion.”
The Marines divided into their relays, which became their teams for the competition.''',
    quotes=[
        Q('“I like getting out', 'stuff like this,”', "Michael Haynes"),
        Q('“It’s fun to just', 'builds morale.”', "Michael Haynes"),
        Q('“every Marine is a rifleman.”', None, None),
        Q('“I like being with', 'doing Marine stuff,”', "Maxony Jean"),
        Q('“I like the hiking', 'a little challenging,”', "Maxony Jean"),
        Q('“We’re here doing', 'in four relays,”', "Thomas Russi"),
        Q('“It helps them', 'builds unit cohesion.”', "Thomas Russi"),
    ],
    aliases={"Michael Haynes": ["Michael Haynes", "Cpl. Michael Haynes"],
             "Maxony Jean": ["Maxony Jean", "Lance Cpl. Maxony Jean", "Jean", "an administrative clerk at the Installation Personnel Administration Center"],
             "Thomas Russi": ["Thomas Russi", "1st Sgt. Thomas Russi", "the first sergeant for HQBN’s Company A"]},
),
]
