# Held-out English news texts (tests/data/heldout337-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Air Force and Army news stories (public domain, 17 U.S.C. § 105): three Air Force
# base stories on security forces and readiness exercises (52nd Fighter Wing, Spangdahlem, 2018; 39th Air Base Wing,
# Incirlik; 902nd Security Forces Squadron, Joint Base San Antonio-Randolph, 2014), an Air Mobility Command story on
# en route patient care research as reposted verbatim on indianairforce.info (2016) and a first-person army.mil
# commentary of a first sergeant on the I Corps Best Warrior competition. None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the
# cut paragraph is dropped (noted in `retrieved`). Site lines, 'Published' and byline lines and the empty lines between
# paragraphs are dropped; a headline is kept once as the first line where the stored copy has one (none is added where
# it has none); wording and quotation marks (straight or curly as stored) are as stored. Annotated by reading the
# texts, before whosaid was run on them (rules H1835-H1838 in ANNOTATION.md on top of H1-H1834).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout337-en.jsonl

Built by `build.py` from `heldout337_pages.py`. Like heldout268-en, heldout296-en, heldout302-en and the other military
sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain,
17 U.S.C. § 105), none of them used in a set above, this time Air Force and Army stories: a 52nd Fighter Wing story on
spangdahlem.af.mil (article 1632370, base readiness exercise, Sept. 2018), a 39th Air Base Wing story on
incirlik.af.mil (article 2034976, a zero-notice exercise of the 39th Security Forces Squadron), a Joint Base San
Antonio-Randolph story on jbsa.mil (article 598739, 902nd Security Forces Squadron exercises, Dec. 2014), an Air
Mobility Command story on en route patient care research as reposted verbatim on indianairforce.info (page of Feb. 20,
2016; like the military-online.blogspot.com and soldiersystems.net reposts of government stories in earlier sets) and
a first-person army.mil commentary of a 42nd Military Police Brigade first sergeant on the I Corps Best Warrior
competition (article 171237). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds
or opens a quotation (what was dropped is noted per page). The '.mil website' notice lines, 'Home : News' and 'NEWS |'
date lines, 'Published' and byline lines and the empty lines between paragraphs were dropped; wording and quotation
marks (straight and curly) are as stored. Pages read but left out: nationalguard.mil 1794723 (already in heldout33-en),
army.mil 24524 (already in heldout25-en), amc.af.mil 147607 (already in heldout38-en), dobbins.afrc.af.mil 3169593
(already in heldout296-en), fairchild.af.mil 239757 and army.mil 23306 (held by the parallel set heldout327), DVIDS
audio 47612 (already in heldout54-en), ncojournal.dodlive.mil (already in heldout29-en), the rssing.com copy of the
Coast Guard Andrea Doria release (already in heldout52-en), army.mil 287258 and DVIDS audio 49675 (their stored copies
keep fewer than two complete quotations). None of the pages used is in any set above (checked by URL and article
number (1632370, 2034976, 598739, 171237, indianairforce.info/2016/02/20), by title and by the names of their speakers
and phrases, such as Saber Nation, Jonathan Maas, Austin McCall, Michael Brickell, dreary autumn morning, Kevyn
O'Neill, Larry Holmes, a unique location, perfect their craft, Susan Dukes, Andrea Gooden, miserably fun, with grep over
tests/data of the main tree and of every other helper's worktree: no hit). The annotation (rules H1835–H1838 in
`ANNOTATION.md` on top of H1–H1834) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="afmil-2018-spangdahlem-airmen-participate-in-base-readiness-exercise",
    source="https://www.spangdahlem.af.mil/News/Article-Display/Article/1632370/airmen-participate-in-base-readiness-exercise/",
    license=PD, retrieved=PAGES + " (52nd Fighter Wing Public Affairs story of Sept. 2018; the lines '• Published', '• By Airman 1st Class Valerie Seelye', '• 52nd Fighter Wing Public Affairs' and the empty lines between paragraphs dropped (H1838); headline kept once; the paragraph '“Obviously we can’t simulate a natural disaster,” McCall said. “But we can', cut in the stored copy, dropped with McCall's complete first sentence; McCall's unmarked statement on the 52nd CES's gear not annotated (H1837))",
    text='''Airmen participate in base readiness exercise
Saber Nation’s usual operations came to a halt as personnel donned bulky suits, heavy helmets, and gas masks, transforming the base into a simulated wartime training environment.
U.S. Air Force Airmen participated in a base-wide exercise here, Sept. 10-14, 2018, in an effort to maintain the highest level of readiness.
“We’ve taken a lot of time to prepare the base through our ability to survive and operate training,” said Master Sgt. Jonathan Maas, 52nd Civil Engineer Squadron Readiness and Emergency Management flight chief.
The 52nd CES provided the installation with gear and supplies needed to detect chemical, biological, radiological, and nuclear contamination, said U.S. Air Force Capt. Austin McCall, 52nd CES Readiness and Emergency Management flight commander.
The event stressed the importance CBRN and ATSO training, periodically requiring Airmen to don mission-oriented protective posture gear. MOPP gear includes a hooded suit, helmet, rubber boots and gloves, gas mask, and a canteen compatible with the mask to hydrate. Airmen reinforced their ability to continue the mission in challenging and variable conditions.
“They accomplished their job wearing MOPP gear,” Maas said. “Airmen got a chance to test their skills and see how they could do their job in a contaminated environment.”
Airmen worked a rotation of days and nights, responding to various simulated scenarios such as chemical attacks.
“It just prepares them and makes them work in an environment where if it were to happen, they are familiar with it,” McCall said. “It’s a multifaceted environment that we’re trying to prepare for.”
The exercise stressed the ability to quickly recognize and respond to a diverse variety of contamination, McCall said.''',
    quotes=[
        Q('“We’ve taken a lot of time', 'operate training,”', "Jonathan Maas"),
        Q('“They accomplished their job', 'MOPP gear,”', "Jonathan Maas"),
        Q('“Airmen got a chance', 'contaminated environment.”', "Jonathan Maas"),
        Q('“It just prepares them', 'familiar with it,”', "Austin McCall"),
        Q('“It’s a multifaceted', 'prepare for.”', "Austin McCall"),
    ],
    aliases={"Jonathan Maas": ["Jonathan Maas", "Maas", "Master Sgt. Jonathan Maas", "52nd Civil Engineer Squadron Readiness and Emergency Management flight chief"],
             "Austin McCall": ["Austin McCall", "McCall", "U.S. Air Force Capt. Austin McCall", "52nd CES Readiness and Emergency Management flight commander"]},
),
dict(
    id="afmil-incirlik-39th-sfs-defenders-improve-readiness",
    source="https://www.incirlik.af.mil/News/Article-Display/Article/2034976/39th-sfs-defenders-improve-readiness/",
    license=PD, retrieved=PAGES + " (39th Air Base Wing Public Affairs story, undated in the stored copy; the lines '• Published', '• By Staff Sgt. Joshua Magbanua', '• 39th Air Base Wing Public Affairs' and the empty lines between paragraphs dropped (H1838); headline kept once; the paragraph 'Brickell stressed the importance of teamwork, saying missions fail or succeed d', cut in the stored copy, dropped; the unmarked '..., he added.' not annotated (H1837); the dashes in 'here—even at the lowest level—will' as stored)",
    text='''39th SFS Defenders improve readiness
It was a dreary autumn morning at Incirlik after a night of rainfall. Still the storm clouds lingered, ready for another downpour.
But little did anyone know they were in for a different kind of storm.
Out of nowhere came the blaring of sirens resounding throughout the community. In response to their deep droning, waves upon waves of security forces poured in from all directions and rushed to the armory. With many of them still in civilian clothes, they reported for duty, picked up their weapons, donned their body armor and bolted away in Humvees.
It didn’t matter who was on shift at the time or if it was anybody’s so-called day off; when the sirens blare, everyone’s there.
The zero-notice exercise is designed to pour maximum pressure onto the Defenders of the 39th Security Forces Squadron and create a realistic environment to prepare Airmen for the spontaneous and chaotic nature of real-world emergencies.
“The scenarios for these exercises are often complex and difficult,” said 1st Lt. Michael Brickell, 39th SFS assistant operations officer. “From the moment Airmen report to the armory, to the point they enter the fight, there is confusion and obstacles for failure. They have to know and understand what the rapidly-changing variables are.”
The confusion and pandemonium serve as tools for building character, teaching lessons and developing future leaders, he added.
“The pressure and success in a chaotic and ever-changing environment is critical for Airmen and their maturity,” Brickell remarked. “One day, the Airmen here will be flight chiefs somewhere else; they will be charged with the responsibility of commanding emergency responses. The experience they gain here—even at the lowest level—will keep them cool and calm later.”''',
    quotes=[
        Q('“The scenarios for these exercises', 'complex and difficult,”', "Michael Brickell"),
        Q('“From the moment Airmen', 'variables are.”', "Michael Brickell"),
        Q('“The pressure and success', 'their maturity,”', "Michael Brickell"),
        Q('“One day, the Airmen', 'calm later.”', "Michael Brickell"),
    ],
    aliases={"Michael Brickell": ["Michael Brickell", "Brickell", "1st Lt. Michael Brickell", "39th SFS assistant operations officer"]},
),
dict(
    id="jbsa-2014-exercises-allow-security-forces-members-to-perfect-their-craft",
    source="https://www.jbsa.mil/News/News/Article/598739/exercises-allow-security-forces-members-to-perfect-their-craft/",
    license=PD, retrieved=PAGES + " (Joint Base San Antonio-Randolph Public Affairs story of Dec. 10, 2014; the '.mil website' notice lines, 'Home : News : News', 'NEWS | Dec. 10, 2014', the byline 'By Robert Goetz Joint Base San Antonio-Randolph Public Affairs' and the empty lines between paragraphs dropped (H1838); headline kept once; the paragraph '\"We deal mostly with law enforcement actions, such as traffic stops and gate issues, but we ha', cut in the stored copy, dropped; Holmes's partial quotation '\"a unique location.\"' kept (H1835); straight marks as stored)",
    text='''Exercises allow security forces members to perfect their craft
Exercises play an important role in the Air Force, testing an organization's effectiveness in responding to contingencies such as active-shooter incidents, natural disasters and chemical spills.
Installation-level exercises are typically well-publicized events in base communities, but other exercises less obvious to the public take place at Air Force bases on a daily basis.
At Joint Base San Antonio-Randolph, 902nd Security Forces Squadron members engage in flight- and squadron-level exercises that help them perform at a peak level throughout the year.
"These exercises are additional training for our defenders out there so they can provide the best service and best protection possible for all the resources at JBSA-Randolph," Master Sgt. Kevyn O'Neill, 902nd SFS NCO in charge of standards and evaluations, said.
Flight-level exercises are performed on a daily basis, sometimes two or three times a day, O'Neill said.
"Flight-level exercises affect those who are on duty at that time," he said. "It could be an exercise dealing with gate runners, traffic stops, vehicle searches or chemical spills."
Squadron-level exercises, on the other hand, affect everyone in the squadron, O'Neill said.
"It could happen at night or on the weekend," he said. "It's a time when you call in extra forces."
Staff Sgt. Larry Holmes, 902nd SFS NCO in charge of police services, called JBSA-Randolph "a unique location."''',
    quotes=[
        Q('"These exercises are additional', 'at JBSA-Randolph,"', "Kevyn O'Neill"),
        Q('"Flight-level exercises affect', 'at that time,"', "Kevyn O'Neill"),
        Q('"It could be an exercise', 'chemical spills."', "Kevyn O'Neill"),
        Q('"It could happen at night', 'the weekend,"', "Kevyn O'Neill"),
        Q('"It\'s a time when', 'extra forces."', "Kevyn O'Neill"),
        Q('"a unique location."', None, "Larry Holmes"),
    ],
    aliases={"Kevyn O'Neill": ["Kevyn O'Neill", "O'Neill", "Master Sgt. Kevyn O'Neill", "902nd SFS NCO in charge of standards and evaluations"],
             "Larry Holmes": ["Larry Holmes", "Staff Sgt. Larry Holmes", "902nd SFS NCO in charge of police services"]},
),
dict(
    id="amc-2016-air-force-continues-to-improve-care-in-the-air",
    source="http://indianairforce.info/2016/02/20",
    license=PD, retrieved=PAGES + " (Air Mobility Command story on en route care research, reposted verbatim on indianairforce.info on a page of Feb. 20, 2016, no third-party credit; the stored copy prints the headline twice, the second time glued to the lead paragraph ('Air Force continues to improve care in the airThe Air Force is committed ...'): headline kept once as the first line and its glued copy dropped (H1838); empty lines between paragraphs dropped; the paragraph 'Dukes said over the years, another aspect of researched care has been pain control. Researc', cut in the stored copy, dropped; the unmarked statements of Gooden and Dukes ('..., said Col. Andrea Gooden, ...', '..., Dukes said.', '..., she said.') not annotated (H1837); 'to18 months' as stored)",
    text='''Air Force continues to improve care in the air
The Air Force is committed to research and development for advancements in en route patient care.
The Air Mobility Command Surgeon General’s office and researchers across the Air Force, to include the 711th Human Resource Wing at Wright Patterson Air Force Base, Ohio, have been working together to improve how the Air Force provides care in the air. The AMC/SG is responsible for clinical oversight of the Air Force aeromedical evacuation (AE) system.
“Over the last 15 years, the joint community has made tremendous strides in providing care to our wounded warriors,” said Col. Susan Dukes, the En Route Care Research Division chief for the Air Force School of Aerospace Medicine at Wright Patterson AFB.
“We now have programs of research specific to en route care. It’s very important to clinicians and researchers to capture lessons learned in order to improve our policies and procedures for patient care,” Dukes added.
About every 12 to18 months, AMC conducts a capability based assessment which informs the surgeon general’s office where gaps are across the en route care spectrum. Gaps are categorized in areas such as doctrine, personnel, and facilities, and assist AMC/SG with focusing its research efforts, said Col. Andrea Gooden, the En route Medical Care Division chief for AMC/SG.
Many of the questions asked by researchers require a series of studies to reach an evidence-based approach that informs policy or changes clinical practice, Dukes said.
Researchers are studying the stresses of flight and the various impacts of transport, such as hypoxia and vibration, she said. Findings from these studies will help identify what needs to be done differently while caring for patients in the en route care system compared to care provided to patients in the hospital environment.''',
    quotes=[
        Q('“Over the last 15 years', 'wounded warriors,”', "Susan Dukes"),
        Q('“We now have programs', 'patient care,”', "Susan Dukes"),
    ],
    aliases={"Susan Dukes": ["Susan Dukes", "Dukes", "Col. Susan Dukes", "the En Route Care Research Division chief for the Air Force School of Aerospace Medicine at Wright Patterson AFB"]},
),
dict(
    id="armymil-first-sergeant-competition-good-way-to-test-leadership-skills",
    source="https://www.army.mil/article/171237/competition_good_way_to_test_leadership_skills",
    license=PD, retrieved=PAGES + " (army.mil commentary of a 42nd Military Police Brigade first sergeant on the I Corps Best Warrior competition, undated and without byline in the stored copy; the stored copy has no headline (the URL names it 'Competition good way to test leadership skills') and opens with the first paragraph, no title added (H1838); the paragraph 'One day, these Warriors will take my place, and from talking with the Soldiers and NCOs during this competition, I know the Army of the f', cut in the stored copy, dropped; both marked spans are null (H1836); straight marks as stored)",
    text='''When Soldiers ask why I competed in the Best First Sergeant competition at this year's I Corps Best Warrior competition, the answer is always the same.
First, competition breeds excellence and gave me a goal to set my sights on. I tell them that in everything we do, we have to have a goal because if we don't we are sitting still -- going day in and day out without a task and purpose.
Second, I wanted to be an example for my Soldiers. It's hard for anyone to motivate their Soldiers to do something if they aren't willing to do it themselves.
After hearing about the competition, my battalion command sergeant major at the 504th Military Police Battalion had two of his first sergeants in mind. I put my packet together and submitted it through the S3 channels.
My assumption was that this competition would be an oral board and packet review. A couple of weeks later, I received an email containing the packing list and schedule of events.
I was excited to find out my name was selected to represent the 42nd Military Police Brigade, and to also find out we were going through the same physical gambit that the Soldier/Noncommissioned Officer of Year competitors were going through.
Once the competition started, our group of first sergeants quickly bonded. There was no "I'm the best first sergeant, don't talk to me" mentality in the group. We shared stories of things we had to deal with and were always supportive of each other in every event.
The competition itself was very challenging, but none of the events were difficult by themselves. The rapid succession of events is what made it all miserably fun. We had to push ourselves to be competitive while trying to conserve energy to finish.
As a senior NCO, it was awesome to "embrace the suck" with the junior competitors. The old Soldiers motivated the younger Soldiers and NCOs just by being there.''',
    quotes=[
        Q('"I\'m the best first sergeant, don\'t talk to me"', None, None),
        Q('"embrace the suck"', None, None),
    ],
    aliases={},
),
]
