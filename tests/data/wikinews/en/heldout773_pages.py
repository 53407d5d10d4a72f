# Held-out English news texts (tests/data/heldout773-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105) of the Marine Corps, the
# Army, the Navy, the Coast Guard and the Department of Defense: an American Forces Press Service story on Parris Island
# drill instructors as stored on the Headquarters Marine Corps site (hqmc.marines.mil 551878, 2004), a DVIDS story on a
# Parris Island platoon meeting its drill instructors (84916, 2011), an army.mil story on the first Brooke Army Medical
# Center 68W sustainment course for medics (59090), a Defense Transformation site story on the 4th Infantry Division's
# combat lifesavers course at Fort Hood (defense.gov, 2005), a DVIDS story on a First Army combat lifesaver course for
# sailors of U.S. Navy Customs (104931), a navy.mil story on NAVFAC Southeast's ball for the 75th birthday of the Seabees
# (2253073, 2017) and a My Coast Guard story on National Safe Boating Week and the Coast Guard Auxiliary (mycg.uscg.mil
# 2629455, 2021). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines (the
# .mil banner, date and byline lines, the DVIDS site lines, duplicate headline, photo titles and captions, a teaser that
# repeats the first paragraph) and the empty lines between paragraphs are dropped, and spaces at line ends and the DVIDS
# indentation trimmed; a hard line break inside a paragraph is joined with a space (H902); a headline is kept once as the
# first line where the stored copy has one (none is added where it has none, H1818); datelines are kept as stored;
# wording, typos, dashes and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H2515-H2519 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout773-en.jsonl

Built by `build.py` from `heldout773_pages.py`. Like heldout765-en, heldout757-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US military news stories, works of service
members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not
available for any work of the United States Government"): an American Forces Press Service story by Gerry J. Gilmore
of November 8, 2004, 'Parris Island Instructors Mold Recruits Into Marines', as stored on the Headquarters Marine Corps
news site (hqmc.marines.mil 551878), with Staff Sgt. Matthew M. James; a DVIDS story by Lance Cpl. Francisco Abundes,
Marine Corps Recruit Depot, Parris Island, of December 11, 2011, 'Mike Company meets their drill instructors'
(dvidshub.net 84916), with Sgt. Jaime Andrade and Sgt. Lucas Warner; an army.mil story on six medics completing the first
Brooke Army Medical Center 68W Sustainment Course (army.mil 59090; no headline, byline or year in the stored copy and no
slug in the address), with Spc. Christopher Gifford and Sgt. Leonard Strazza; a story by Pfc. Adam Buehler, 4th Infantry
Division Public Affairs, of March 9, 2005, 'Soldiers Prepare with Lifesaving Skills', on the Defense Department's
Defense Transformation site (defense.gov/transformation, ta030405f), with Sgt. Christopher Hatley; a DVIDS story by Sgt.
1st Class Stanley Maszczak, 174th Infantry Brigade, 'First Army lifesavers prepare sailors for combat' (dvidshub.net
104931; no date in the stored copy), with Petty Officer 3rd Class Cory Burkholder; a navy.mil story of March 10, 2017,
'NAVFAC Southeast Celebrates 175, 150, 75 Years of Heritage' (navy.mil 2253073; no byline in the stored copy), with a
host named only 'Garin' and Retired Rear Adm. Douglas G. Morton; and a My Coast Guard story by Janki Patel, MyCG Writer,
of May 24, 2021, 'National Safe Boating Week is May 22-27, 2021' (mycg.uscg.mil 2629455), with the Auxiliarist Steven
White. Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the
hqmc.marines.mil, army.mil, defense.gov, navy.mil and mycg.uscg.mil pages are the services' and the department's own
stories, written by their public affairs staff or the American Forces Press Service, and the DVIDS pages are Marine
Corps Recruit Depot Parris Island and 174th Infantry Brigade public affairs stories distributed by the Defense Visual
Information Distribution Service. Licence caveats: the army.mil medics story and the navy.mil NAVFAC story show no
byline in their stored part and are taken as government works by their sites (the Army's and the Navy's own news pages)
and their content; the My Coast Guard story is filed under 'Commentary' and signed 'MyCG Writer', taken as the Coast
Guard's own work by its site (the service's internal news site) and its content; its speaker, a Coast Guard Auxiliary
volunteer, is quoted, not an author. None is credited to AP, Reuters, AFP or another third party. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, noted per page:
the Parris Island AFPS story's 'Now, after 13 years in the Corps, James is, in his words, "a maker of Marines" ... as a
positive role'; the Mike Company story's 'As soon as the drill instructors were let loose ... in an intense manner and
p'; the BAMC story's '“Normally in a regular deploying installation, ...,” he said, “however, due to the mission of the
hospital for pat'; the Fort Hood story's '“We throw combat situations into the mix,” '; the First Army story's 'The
first three days of the course ... nasopharyngeal airway'; the NAVFAC story's '"The remarkable men and women who served
before us set our organizational DNA," said Morton. "Our ''; the My Coast Guard story's 'In order to enjoy a day on the
water ... Coast Guard active-duty me'. The site lines (the .mil banner 'An official website of the United States
government' with 'Here's how you know' and its two lines on .mil sites and locks; the date and byline lines '8 Nov 2004
| Mr. Gerry J. Gilmore', '10 March 2017', 'My Coast Guard', 'Commentary | May 24, 2021' and 'By Janki Patel, MyCG
Writer'; the Defense Transformation lines 'Defense Transformation Banner' and 'See Caption.', the photo caption 'U.S.
Army Spc. John Lewis, combat lifesaver course instructor, watches as ... U.S. Army photo by Pfc. Adam Buehler' and the
byline 'By U.S. Army Pfc. Adam Buehler / 4th Infantry Division Public Affairs'; the DVIDS lines 'Maintenance window
scheduled to begin at February 14th 2200 est. until 0400 est. February 15th', '(e.g. yourname@email.com)', 'Forgot
Password?', 'Or login with Facebook', 'Defense Visual Information Distribution Service Logo', the second copy of the
Mike Company headline, the photo title 'Sailors navigate combat lifesaver obstacle course', the photo captions 'Photo By
Lance Cpl. Francisco Abundes | Sgt. Lucas Warner and Sgt. Mitchell Brown, ... read more read more' and 'Photo By Master
Sgt. Stanley Maszczak | Sailors with Navy Customs drag a stretcher ... read more read more', 'PARRIS ISLAND, SOUTH
CAROLINA, UNITED STATES', '12.11.2011', 'Story by Lance Cpl. Francisco Abundes', 'Marine Corps Recruit Depot, Parris
Island', 'Story by Sgt. 1st Class Stanley Maszczak' and '174th Infantry Brigade'; the navy.mil teaser, a verbatim copy
of the first paragraph), the empty lines between paragraphs, the DVIDS indentation and the spaces at line ends and
before the My Coast Guard headline were dropped; the hard line break inside the AFPS story's first paragraph is joined
with a space (H902); headlines are kept once as the first line (the BAMC story has none and gets none, H1818); the
pull-quote box of the Fort Hood story with its name line is kept where it stands (H2515); datelines ('PARRIS ISLAND,
S.C. —', 'FORT HOOD, Texas, March 9, 2005 –', 'JOINT BASE MCGUIRE DIX LAKEHURST, N.J.--') are kept as stored; wording
and typos ('headed for Parris know', 'recruiter– he', 'in preparations for skills validation course', '48 of the 72
required hours required', 'A combat lifesavers trained soldier', 'training Medical mannequins', 'Council in partnership
... Administration, has designated'), dashes and quotation marks (straight or curly as stored, both in the Fort Hood and
First Army stories) are as stored. Pages read but left out: stories already in earlier sets (the usar.army.mil
'unfamiliar territory' story 3470495 of heldout23-en, the lakenheath.af.mil and tinker.af.mil Ali Base stories 300047
and 388490 of heldout467-en, the DVIDS First Army Best Warrior story 88744 of heldout25-en, the DVIDS CPO 365 food bank
story 101239 and the navy.mil Truman volunteer story 108492 of heldout76-en, the DVIDS Reagan COMREL story 440094 of
heldout50-en, the 113wg.ang.af.mil homecoming story 447992 of heldout85-en, the 166aw.ang.af.mil Delaware homecoming
release 448172 of heldout653-en, the army.mil First Army Division East combat lifesaver story 77910 and Fort Stewart
medics story 73008 of heldout312-en, the nationalguard.mil flood story 572966 of heldout33-en, the navy.mil Truman COMREL
story 73395 of heldout29-en), pages with one complete quotation or none with a speaker in their stored part (the army.mil
USAPHC Best Warrior story 120465, the afcent.af.mil combat lifesaver story 220794, whose only quotation's cue is cut, the
DVIDS Operation Sand Castle story 36321, the cnrk.cnic.navy.mil petty officer story 3137683 with an unnamed voice's
'“Stand By!”', the army.mil MDW Best Warrior story 42506, whose marks are garbled and whose second quotation is cut, the
jbcharleston.jb.mil and vandenberg commentaries 238075 and 341453, the usacac.army.mil CALL newsletter chapter),
Pentagon briefing transcripts on defense.gov (speaker labels, no marks), listing and index pages (usace.army.mil,
3rdmardiv.marines.mil, tecom.marines.mil, dvidshub.net unit pages, the army.mil USACE archive), copies on private sites
(militarypress.com, usapatriotism.org, seapowermagazine.org, military-online.blogspot.com, roundthechuckbox.blogspot.com,
militaryspot.com, supportourtroops.org, securitynews.spectator.co.nz, west-point.org, angelfire.com) and pages of
newspapers, broadcasters and magazines found by the same searches. None of the pages used is in any set above or in
another helper's worktree (checked by URL and page id (551878, 84916, 59090, ta030405f, 104931, 2253073, 2629455), by
headline and slug and by the names of their speakers and phrases, such as Matthew M. James, 'Mold Recruits', Jaime
Andrade, Lucas Warner, Francisco Abundes, 'Sit up straight and look at me', Christopher Gifford, Leonard Strazza, Mychal
Northrip, '68W Sustainment', Christopher Hatley, Adam Buehler, Cory Burkholder, Stanley Maszczak, 'Navy Customs',
'Seabee Ball', Douglas G. Morton, Steven White, Janki Patel and 'Information Outreach', with grep over tests/data of the
main tree and of every other helper's worktree (heldout767-774)). Search calls used: 16 of the 60 allowed (all `search`
in the `pages` corpus; no `read_file`); the search budget of the session ran out after them (four further calls were
refused), so the set has seven texts. The annotation (rules H2515–H2519 in `ANNOTATION.md` on top of the earlier rules)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by
the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="marines-h773-2004-11-08-parris-island-instructors-mold-recruits",
    source="https://www.hqmc.marines.mil/News/News-Article-Display/Article/551878/parris-island-instructors-mold-recruits-into-marines/",
    license=PD, retrieved=PAGES + " (American Forces Press Service story by Gerry J. Gilmore (printed 'Mr. Gerry J. Gilmore') of November 8, 2004 on Marine Corps drill instructors at Parris Island, S.C., ahead of the Corps' 229th birthday, with Staff Sgt. Matthew M. James of the 2nd Recruit Training Battalion, as stored on the Headquarters Marine Corps news site; the date and byline line '8 Nov 2004 | Mr. Gerry J. Gilmore' dropped; headline kept as the first line; the hard line break inside the first paragraph ('or experience' / 'romantic strolls') joined with a space (H902); the last paragraph, 'Now, after 13 years in the Corps, James is, in his words, \"a maker of Marines\" at Parris Island's 2nd Recruit Training Battalion. ... many recruits seem to \"need somebody to mentor them, somebody they can look up to as a positive role', cut in the stored copy, dropped with its complete partial quotation (H2121); two partial quotations after `he said,` set between commas (H2516); 'headed for Parris know' and straight marks as stored)",
    text='''Parris Island Instructors Mold Recruits Into Marines
Marine recruits headed for Parris know they won't be seeing the Eiffel Tower or experience romantic strolls along the Seine River.
Instead, those young men and women will challenge themselves as never before during 12 weeks of grueling, gut-check Marine training at Parris Island.
Tucked away near the Atlantic coast in southeastern South Carolina, Parris Island is just that: an island surrounded by waterways and marshland. A recruit training facility since 1915, the base used a ferry system to transport troops and supplies until 1929, when a bridge was built to connect it to the mainland.
That history is part of the mystique of the Corps, which celebrates its 229th birthday on Nov. 10. And Marine Corps history and traditions motivate Staff Sgt. Matthew M. James, who at age 30 is one of the 500 or so drill instructors who introduce about 18,000 recruits a year to their new lives at Parris Island. Recruits from west of the Mississippi River go to San Diego for boot camp; those who enlist east of the Mississippi go to Parris Island.
James, a Riverside, Calif., native, joined the Marines at age 17, he said, "to get a new way of life." James quickly learned of the Marines' tradition of teamwork when he first spoke with a recruiter.
James recalled that he'd asked the recruiter what the Marine Corps could do for him. The recruiter, he said, was taken aback, and then asked James what he could do for the Marine Corps.
At that moment, James said, he realized the Marine Corps offered something special. The Marine Corps, he said, "made me realize to be responsible for my actions."''',
    quotes=[
        Q('"to get a new way of life."', None, "Matthew M. James"),
        Q('"made me realize to be responsible for my actions."', None, "Matthew M. James"),
    ],
    aliases={"Matthew M. James": ["Matthew M. James", "Staff Sgt. Matthew M. James", "James"]},
),
dict(
    id="dvids-h773-2011-12-11-mike-company-meets-drill-instructors",
    source="https://dvidshub.net/news/84916/mike-company-meets-their-drill-instructors",
    license=PD, retrieved=PAGES + " (DVIDS story by Lance Cpl. Francisco Abundes, Marine Corps Recruit Depot, Parris Island, of December 11, 2011 (date line '12.11.2011') on Pickup, the day the recruits of Platoon 3016, Mike Company, 3rd Recruit Training Battalion, meet their drill instructors, with Sgt. Jaime Andrade, the senior drill instructor, and Sgt. Lucas Warner; the DVIDS site lines ('Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February 15th', '(e.g. yourname@email.com)', 'Forgot Password?', 'Defense Visual Information Distribution Service Logo'), the second copy of the headline, the photo caption 'Photo By Lance Cpl. Francisco Abundes | Sgt. Lucas Warner and Sgt. Mitchell Brown, drill instructors with Platoon 3016, put...... read more read more', the lines 'PARRIS ISLAND, SOUTH CAROLINA, UNITED STATES', '12.11.2011', 'Story by Lance Cpl. Francisco Abundes' and 'Marine Corps Recruit Depot, Parris Island', the empty lines, the indentation and the spaces at line ends dropped; headline kept once as the first line; the last paragraph, 'As soon as the drill instructors were let loose by the senior drill instructor, they herded and corrected the recruits in an intense manner and p', cut in the stored copy, dropped; a drill instructor's commands opening the story before his name and `yelled`, a recited speech and `The Marine` (H2517); the dateline's em dash, 'recruiter– he', the en dashes and curly marks as stored)",
    text='''Mike Company meets their drill instructors
PARRIS ISLAND, S.C. — “Sit up straight and look at me!” Sgt. Jaime Andrade, Platoon 3016, Mike Company, 3rd Recruit Training Battalion, yelled at his new recruits. “My name is Sgt. Andrade, and I am your senior drill instructor.”
The Marine’s volume jolted the recruits’ attention. This man was not the man who had received them off the bus – he was not their recruiter– he was not their high school gym coach. He was the man who would father them throughout their journey of becoming Marines.
“Discipline and spirit are the hallmarks of a Marine,” Andrade continued reciting the senior drill instructor speech.
The senior drill instructor is the head drill instructor of a platoon. The men standing behind Andrade during the speech, who were no less intimidating, were his drill instructors.
Within moments of the speech, the recruits would understand why there was such a big emphasis on Pickup, the day recruits finally meet their permanent drill instructors.
“Today is pure confusion; they have no idea what’s going on – everything is new to them,” said Sgt. Lucas Warner, a drill instructor with the platoon. “We are about to change their whole lives.”''',
    quotes=[
        Q('“Sit up straight and look at me!”', None, "Jaime Andrade"),
        Q('“My name is Sgt. Andrade', 'senior drill instructor.”', "Jaime Andrade"),
        Q('“Discipline and spirit are the hallmarks of a Marine,”', None, "Jaime Andrade"),
        Q('“Today is pure confusion', 'new to them,”', "Lucas Warner"),
        Q('“We are about to change their whole lives.”', None, "Lucas Warner"),
    ],
    aliases={"Jaime Andrade": ["Jaime Andrade", "Sgt. Jaime Andrade", "Andrade", "The Marine"],
             "Lucas Warner": ["Lucas Warner", "Sgt. Lucas Warner", "a drill instructor with the platoon"]},
),
dict(
    id="army-h773-bamc-68w-sustainment-course-medics",
    source="https://www.army.mil/article/59090/",
    license=PD, retrieved=PAGES + " (army.mil story (no headline, byline or year in the stored copy, which opens with the first paragraph; none is added, H1818; the address has no slug) on six Army medics completing the first Brooke Army Medical Center 68W Sustainment Course on May 10 with a lane at Al Dora village, Camp Bullis, with Spc. Christopher Gifford and Sgt. Leonard Strazza, the course's training coordinator; the last paragraph, '“Normally in a regular deploying installation, MEDIC Tables are divided up and taught once a week over a period of a year,” he said, “however, due to the mission of the hospital for pat', cut in the stored copy, dropped with its complete first piece (H2121); a speaker named fourth in a list of six and cued by surname with a relative clause (H2518); 'in preparations for skills validation course', '48 of the 72 required hours required' and curly marks as stored)",
    text='''Six Army medics completed the first Brooke Army Medical Center 68W Sustainment Course May 10, placing them one step closer towards being prepared for unexpected situations in wartime.
Army medics Sgt. Jason Crandall, Sgt. Andrew Meyer, Spc. Travis Hogberg, Spc. Christopher Gifford, Spc. Steven Kou and Spc. Mychal Northrip used what they learned in a classroom setting May 2-6, to attend to casualties, while under fire at Al Dora village at Camp Bullis.
“A lot of what we do as medics is perishable skills,” said Gifford, who works in pediatrics. “Working at a hospital or clinical environment doesn’t offer a whole lot of opportunities to get the hands-on-training that we need to maintain our skills. I like being able to apply those things that I have learned.”
Medics were trained on such topics as wound care, mental health, CPR skills, and battlefield medicine in preparations for skills validation course.
“The training not only allows the individual being trained to take it in as a serious manner but to place themselves in the scenario as if it was a real-time situation,” said Sgt. Leonard Strazza, 68W (combat medics) Sustainment Training Coordinator for Brooke Army Medical Center.
“Therefore, the Soldier will be better prepared and more confident when they are in an actual situation that mimics the training they receive here at BAMC,” said Strazza, who developed the 68W Sustainment Course from the ground up.
The overall program consisted of a five-day Medical Education and Demonstration of Individual Competence (MEDIC) Tables course followed by a skills validation to give the Soldiers a total of 48 of the 72 required hours required by the National Registry.
Strazza said this was the first time that this caliber of training has been offered to BAMC medics.''',
    quotes=[
        Q('“A lot of what we do as medics is perishable skills,”', None, "Christopher Gifford"),
        Q('“Working at a hospital', 'things that I have learned.”', "Christopher Gifford"),
        Q('“The training not only allows', 'a real-time situation,”', "Leonard Strazza"),
        Q('“Therefore, the Soldier', 'receive here at BAMC,”', "Leonard Strazza"),
    ],
    aliases={"Christopher Gifford": ["Christopher Gifford", "Spc. Christopher Gifford", "Gifford"],
             "Leonard Strazza": ["Leonard Strazza", "Sgt. Leonard Strazza", "68W (combat medics) Sustainment Training Coordinator for Brooke Army Medical Center", "Strazza"]},
),
dict(
    id="dod-h773-2005-03-09-soldiers-prepare-lifesaving-skills-fort-hood",
    source="http://www.defense.gov/transformation/articles/2005-03/ta030405f.html",
    license=PD, retrieved=PAGES + " (Defense Department 'Defense Transformation' site story by Pfc. Adam Buehler, 4th Infantry Division Public Affairs, of March 9, 2005 (dateline 'FORT HOOD, Texas, March 9, 2005 –') on the weeklong combat lifesavers course of the 4th Brigade Combat Team, 4th Infantry Division, with Sgt. Christopher Hatley, head instructor of the 2nd Battalion, 77th Field Artillery; the lines 'Defense Transformation Banner' and 'See Caption.', the photo caption 'U.S. Army Spc. John Lewis, combat lifesaver course instructor, watches as Pvt. Vincent Medrek applies a tourniquet to Pvt. Travis Hirsch last Thursday. ... U.S. Army photo by Pfc. Adam Buehler' and the byline line 'By U.S. Army Pfc. Adam Buehler / 4th Infantry Division Public Affairs' dropped; headline kept as the first line; the pull-quote box between the second and third paragraphs (the quotation in straight marks and its name line 'U.S. Army Sgt. Christopher Hatley') kept where it stands (H2515); the last paragraph, '“We throw combat situations into the mix,” ', cut in the stored copy before its cue, dropped (H2121); 'A combat lifesavers trained soldier', the straight marks of the box and the curly marks of the body as stored)",
    text='''Soldiers Prepare with Lifesaving Skills
FORT HOOD, Texas, March 9, 2005 – Each week, a new group of 4th Brigade Combat Team, 4th Infantry Division soldiers acquire a new set of skills through a weeklong combat lifesavers course in preparation for deployment later this year.
The training, which teaches the basics of combat lifesaving medical skills, is of such importance that 4th Brigade Combat Team leaders are requiring all brigade soldiers to attend the course prior to deployment.
"Medics can’t be everywhere at all times, so we count on soldiers to save their buddies until we can get there."
U.S. Army Sgt. Christopher Hatley
“This is very important training, which is why we’re shooting for 100 percent of our soldiers to get qualified,” said Sgt. Christopher Hatley, 2nd Battalion, 77th Field Artillery head instructor and a combat medic with Headquarters and Headquarters Battery, 2-77 FA.
“Medics can’t be everywhere at all times, so we count on soldiers to save their buddies until we can get there,” said Hatley.
The reason for the training is to augment the number of combat medics in the field. A combat lifesavers trained soldier can treat minor wounds and stabilize an injured soldier until medics or doctors take over.
Spc. John Lewis, a combat medic with HHB, 2-77 FA, and a course instructor, said the training covered much more material than a civilian course would.
Graduates of the course can prescribe over-the-counter medications and are also trained in field sanitation.''',
    quotes=[
        Q('"Medics can’t be everywhere', 'until we can get there."', "Christopher Hatley"),
        Q('“This is very important training', 'to get qualified,”', "Christopher Hatley"),
        Q('“Medics can’t be everywhere', 'until we can get there,”', "Christopher Hatley"),
    ],
    aliases={"Christopher Hatley": ["Christopher Hatley", "U.S. Army Sgt. Christopher Hatley", "Sgt. Christopher Hatley", "2nd Battalion, 77th Field Artillery head instructor", "Hatley"]},
),
dict(
    id="dvids-h773-first-army-lifesavers-prepare-sailors-for-combat",
    source="https://www.dvidshub.net/news/104931/first-army-lifesavers-prepare-sailors-combat",
    license=PD, retrieved=PAGES + " (DVIDS story by Sgt. 1st Class Stanley Maszczak, 174th Infantry Brigade (no date in the stored copy), on the brigade's Combat Lifesaver Course for about 40 sailors preparing to deploy with U.S. Navy Customs at Joint Base McGuire-Dix-Lakehurst, N.J., with Petty Officer 3rd Class Cory Burkholder; the DVIDS site lines ('Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February 15th', 'Forgot Password?', 'Or login with Facebook', 'Defense Visual Information Distribution Service Logo'), the photo title 'Sailors navigate combat lifesaver obstacle course', the photo caption 'Photo By Master Sgt. Stanley Maszczak | Sailors with Navy Customs drag a stretcher carrying a 200-pound dummy under a barbed...... read more read more', the lines 'Story by Sgt. 1st Class Stanley Maszczak' and '174th Infantry Brigade', the empty lines, the indentation and the spaces at line ends dropped; headline kept as the first line; the last paragraph, 'The first three days of the course involve hands-on tactical combat casualty care training ... Using needle chest decompression techniques and nasopharyngeal airway', cut in the stored copy, dropped; the writer's word for the dummies in curly marks and a sailor's two pieces in straight marks (H2519); 'N.J.-- Sailors', 'training Medical mannequins' and the marks as stored)",
    text='''First Army lifesavers prepare sailors for combat
JOINT BASE MCGUIRE DIX LAKEHURST, N.J.-- Sailors grunted, shouted commands and worked together as a team to carry 200-pound dummies under the barbed wire and dirt. Through the cloud of yellow smoke, horizontal figures emerge, helmets close to the ground, sweaty faces determined to get their “casualties” to safety.
"It's very realistic," said Petty Officer 3rd Class Cory Burkholder, one of the sailors preparing to deploy with U.S. Navy Customs. "You've got the background noise, the bombs going off, and you have to take cover; you have to pull security and take care of your teammates out there."
Burkholder is one of approximately 40 sailors completing the final day of the 174th Infantry Brigade's Combat Lifesaver Course at Joint Base McGuire-Dix-Lakehurst, N.J. During the course, service members learn how to administer care to those wounded in battle until they can get them to more highly-trained medical personnel and facilities.''',
    quotes=[
        Q('“casualties”', None, None),
        Q('"It\'s very realistic,"', None, "Cory Burkholder"),
        Q('"You\'ve got the background noise', 'your teammates out there."', "Cory Burkholder"),
    ],
    aliases={"Cory Burkholder": ["Cory Burkholder", "Petty Officer 3rd Class Cory Burkholder", "one of the sailors preparing to deploy with U.S. Navy Customs", "Burkholder"]},
),
dict(
    id="navy-h773-2017-03-10-navfac-southeast-seabee-ball-heritage",
    source="https://www.navy.mil/Press-Office/Press-Releases/display-pressreleases/Article/2253073/navfac-southeast-celebrates-175-150-75-years-of-heritage",
    license=PD, retrieved=PAGES + " (Navy story on navy.mil of March 10, 2017 (date line '10 March 2017') on the NAVFAC Southeast ball at the Omni Hotel in Jacksonville, Florida, on March 4 for the 175th birthday of NAVFAC, the 150th of the Civil Engineer Corps and the 75th of the Seabees, with a host named only 'Garin' in the stored copy and Retired Rear Adm. Douglas G. Morton as guest speaker; the .mil banner lines, the date line '10 March 2017' and the teaser, a verbatim copy of the first paragraph, dropped; headline kept as the first line; the last paragraph, '\"The remarkable men and women who served before us set our organizational DNA,\" said Morton. \"Our '', cut in the stored copy, dropped with its complete first piece (H2121), so Morton is no speaker; a speaker named by surname only (H2518); straight marks as stored)",
    text='''NAVFAC Southeast Celebrates 175, 150, 75 Years of Heritage
NAVFAC Southeast Seabees, civilian employees and guests gathered at the Omni Hotel in downtown Jacksonville, Florida, March 4, for a formal Ball to celebrate the 175th birthday of NAVFAC, the 150th birthday of the Civil Engineer Corps (CEC), and most importantly, the 75th birthday of the Seabees.
"Thank you all for joining us for this fabulous Seabee Ball," said Garin. "It is an honor to share in tonight's festivities as we celebrate the rich heritage and history of the U.S. Navy Seabees, the Navy's Civil Engineer Corps, and the Naval Facilities Engineering Command. I am honored by your presence."
Garin took time to recognize and welcome the retired military guests, the NAVFAC Southeast Executive Steering Group, the Seabees of Construction Battalion Maintenance Unit (CBMU) 202, and dedicated NAVFAC Southeast military and civilians along with the many friends and family members who were attending their first Seabee Ball.
"Happy birthday, NAVFAC and Seabees; hoorah!" shouted Garin before he introduced the guest speaker.
Retired Rear Adm. Douglas G. Morton, North Carolina State University associate vice chancellor for facilities and former NAVFAC Southeast commanding officer, was the guest speaker for the ball.''',
    quotes=[
        Q('"Thank you all for joining us', 'fabulous Seabee Ball,"', "Garin"),
        Q('"It is an honor to share', 'honored by your presence."', "Garin"),
        Q('"Happy birthday, NAVFAC and Seabees; hoorah!"', None, "Garin"),
    ],
    aliases={"Garin": ["Garin"]},
),
dict(
    id="uscg-h773-2021-05-24-national-safe-boating-week-auxiliary",
    source="https://www.mycg.uscg.mil/News/Article/2629455/national-safe-boating-week-is-may-22-27-2021/",
    license=PD, retrieved=PAGES + " (My Coast Guard (mycg.uscg.mil) story by Janki Patel, MyCG Writer, of May 24, 2021 (filed under 'Commentary') on National Safe Boating Week, May 22-27, 2021, and the Coast Guard Auxiliary's boating safety work, with the Auxiliarist Steven White of the Public Affairs Detachment in New York City; the .mil banner lines ('An official website of the United States government', 'Here's how you know' and the two lines on .mil sites and locks), the lines 'My Coast Guard' and 'Commentary | May 24, 2021' and the byline line 'By Janki Patel, MyCG Writer' dropped; headline kept as the first line, its leading space and the spaces at paragraph ends trimmed; the last paragraph, 'In order to enjoy a day on the water and avoid a tragic accident, the Coast Guard Auxiliary hosts opportunities with Coast Guard active-duty me', cut in the stored copy, dropped; a volunteer's two pieces around a cue with a long role (H2519); 'Council in partnership ... Administration, has designated' and curly marks as stored)",
    text='''National Safe Boating Week is May 22-27, 2021
Summer fun is synonymous with safety during National Safe Boating Week. As Memorial Day weekend signals the beginning of a busy recreational boating season, the Coast Guard and Coast Guard Auxiliary provide training and inspection of boats big and small.
The National Safe Boating Council in partnership with the National Oceanic and Atmospheric Administration, has designated May 22-27 as the annual National Safe Boating Week (NSBW).
“One of the best things that we do as Auxiliarists, is provide an opportunity to help educate the boating public, with it being a boating safety class, a vessel safety check, or while out on patrol,” said Steven White, Branch Chief of Information Outreach for Emergency Management in the Public Affairs Detachment in New York City. “Working in conjunction with many areas of the Coast Guard, the Auxiliary unit is raising awareness by providing virtual education classes, direct messages on social media platforms, vessel safety checks, building relationships with key community partners and local first responders.”
Boat sales skyrocketed last year during the coronavirus pandemic as more Americans turned to the boating lifestyle amid more outdoor recreation opportunities coupled with more flexible work environments. New boaters pulling up to the pier should spend a few minutes considering what it takes to have a safe, fun boating season.''',
    quotes=[
        Q('“One of the best things', 'while out on patrol,”', "Steven White"),
        Q('“Working in conjunction', 'local first responders.”', "Steven White"),
    ],
    aliases={"Steven White": ["Steven White", "Branch Chief of Information Outreach for Emergency Management in the Public Affairs Detachment"]},
),
]
