# Held-out English news texts (tests/data/heldout417-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Marine Corps news stories (public domain, 17 U.S.C. § 105): a DVIDS story of the
# Marine Corps' 240th birthday pageant at Marine Corps Air Station Yuma (2015), a 3rd Marine Aircraft Wing story of an
# Okinawa-based wing support squadron's first deployment to Iraq (2008), a DVIDS story of aircraft maintainers at the
# Beaufort air station ("Fightertown"), a Cherry Point story of Marine Aviation Logistics Squadron 14's perfect
# inspection (2014) and a DVIDS story of MALS-31 Marines deploying with VMFA-312 aboard USS Harry S Truman. None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, date, byline and
# News ID lines, photo captions and photo credits and the empty lines between paragraphs are dropped; a headline is
# kept once as the first line where the stored copy has one (none is added where it has none); datelines at the start
# of a paragraph are kept as stored; wording, typos and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2025-H2027 in ANNOTATION.md on top of
# H1-H2024).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout417-en.jsonl

Built by `build.py` from `heldout417_pages.py`. Like heldout414-en, heldout392-en, heldout380-en and the other
military sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public
domain, 17 U.S.C. § 105), here all of the Marine Corps, none of them used in a set above: a DVIDS news story (news
181253, 'MCAS Yuma Celebrates 240th Marine Corps Birthday', Nov. 6, 2015, printable view), a 3rd Marine Aircraft Wing
story (3rdmaw.marines.mil article 548795, 'Okinawa squadron puts boots on deck for first time', May 20, 2008), a DVIDS
news story (news 31375, 'Maintenance Marines keep Air Station on track'), an MCAS Cherry Point story
(cherrypoint.marines.mil article 525957, 'MALS-14 Marines sustain excellence', June 18, 2014) and a DVIDS news story
(news 52592, 'Stingers deploy with Checkerboards', MCAS Beaufort). None is credited to AP, Reuters, AFP or another
third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut
paragraph is dropped, also where it holds a quotation (what was dropped is noted per page). Site lines ('MCAS Cherry
Point News', 'News Icon'), date, byline and News ID lines, photo captions with their 'Photo Information' and 'Photo
by' lines, a repeated headline and the empty lines between paragraphs were dropped; datelines at the start of a
paragraph are kept as stored; wording, typos ('multi-facetted', 'ordinance', 'MALS -31') and quotation marks
(straight and curly as stored) are as stored. Pages read but left out because they are already in a set above or in
another helper's worktree: dvidshub.net 52720 (VMAQ-4, heldout404, not merged), dvidshub.net 440094 (heldout50-en),
navy.mil story 108492 (heldout76-en), nationalguard.mil 611419 and 572966 (heldout33-en); pages of newspapers, TV
stations, blogs and mirror sites found by the same searches (havenews.com, fox13news.com, cbslocal.com,
13newsnow.com, kiro7.com, coastguardnews.com, militarypress.com, globalsecurity.org, military-online.blogspot.com,
rssing.com mirrors, s-j.ca, theadvertiser.com) were not used. None of the pages used is in any set above or in another
helper's worktree (checked by URL and article number (181253, 548795, 31375, 525957, 52592), by title and slug (MCAS
Yuma Celebrates, Okinawa squadron puts boots, Maintenance Marines keep, sustain excellence, Stingers deploy), by the
names of the writers and speakers and by phrases, such as George Melendez, Recardo, Crabill, Crystal Serrano,
Firebirds, Gina C. Rindt, Fightertown maintainers, Matthew Coates, Brian Beck, Matthew Burg, Marc Thompson, Joshua R.
Heins, Joseph Schneider and augments for the squadron, with grep over tests/data of the main tree and of every other
helper's worktree: no hit). The annotation (rules H2025–H2027 in `ANNOTATION.md` on top of H1–H2024) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-181253-mcas-yuma-240th-birthday",
    source="https://www.dvidshub.net/news/printable/181253",
    license=PD, retrieved=PAGES + " (DVIDS news story 181253 by Pvt. George Melendez, Marine Corps Air Station Yuma, on the station's uniform pageant and cake-cutting for the Marine Corps' 240th birthday, dated 11.06.2015, printable view; headline kept once; the unit line 'Marine Corps Air Station Yuma', the byline 'Story by Pvt. George Melendez', the 'Date:', 'Posted:' and 'News ID: 181253' lines and the repeated headline dropped; the dateline 'MARINE CORPS AIR STATION YUMA, Ariz. - ' kept as stored; the paragraph 'In keeping with Marine Corps tradition, the ceremonial birthday cake ... from the old to the young of o', cut in the stored copy, dropped (with it Master Gunnery Sgt. William S. Pine and Lance Cpl. Emilio J. Martinez, who say nothing in marks); curly marks and apostrophes as stored)",
    text='''MCAS Yuma Celebrates 240th Marine Corps Birthday
MARINE CORPS AIR STATION YUMA, Ariz. - Service members, families, veterans and Department of Defense employees gathered at the station parade field to celebrate the Marine Corps’ 240th birthday as part of the annual uniform pageant and cake-cutting ceremony aboard Marine Corps Air Station Yuma, Ariz., Friday.
The pageant paid homage to the Corps’ legacy by chronologically parading the uniforms worn by Marines of the past.
“I’ve learned about all the uniforms,” said Lance Cpl. Recardo T. Whicker, an administrative specialist with Headquarters & Headquarters Squadron, based out of MCAS Yuma. “There are some uniforms I have never even seen and, from this day on, I will respect my uniform that much more.”
Col. Ricardo Martinez, the station commanding officer, spoke to those in attendance on the importance of time-honored traditions. The colonel thanked everyone in attendance and expressed his appreciation of the city of Yuma’s continued support of the station and service members.
“We get to celebrate the two centuries of the best military organization in the world and get to sense the pride of being a part of a true brotherhood,” said Martinez. “I’m going to miss this tradition the most when it’s time for me to go.”''',
    quotes=[
        Q('“I’ve learned about all the uniforms,”', None, "Recardo T. Whicker"),
        Q('“There are some uniforms', 'that much more.”', "Recardo T. Whicker"),
        Q('“We get to celebrate', 'a true brotherhood,”', "Ricardo Martinez"),
        Q('“I’m going to miss', 'for me to go.”', "Ricardo Martinez"),
    ],
    aliases={
        "Recardo T. Whicker": ["Recardo T. Whicker", "Lance Cpl. Recardo T. Whicker", "Whicker", "an administrative specialist with Headquarters & Headquarters Squadron"],
        "Ricardo Martinez": ["Ricardo Martinez", "Col. Ricardo Martinez", "Martinez", "the station commanding officer", "The colonel"],
    },
),
dict(
    id="3rdmaw-548795-okinawa-squadron-first-deployment",
    source="https://www.3rdmaw.marines.mil/News/Stories/News-Article-Display/Article/548795/okinawa-squadron-puts-boots-on-deck-for-first-time/",
    license=PD, retrieved=PAGES + " (3rd Marine Aircraft Wing story 548795 by Lance Cpl. Michael Stevens on Marine Wing Support Squadron 172's deployment to Iraq, May 20, 2008; the 'Photo Information' line, the photo caption 'Tackling their projects with energy and enthusiasm, the combat engineers with Marine Wing Support Squadron 172 ... teaching the Iraqi children.' and the line 'Photo by Lance Cpl. Michael Stevens' dropped; headline kept once; the date-and-byline line '20 May 2008 | Lance Cpl. Michael Stevens' dropped; the paragraph '“Coming from Pacific Command, the Marines are familiar with working with engineers from other countries,” said combat engineer platoon commander 2nd Lt. Crystal Serrano. “The big difference now is we’re in a combat environment and we’re always maintaining a constant stat', cut in the stored copy, dropped with Serrano's quotations; curly marks, the nested single marks and 'multi-facetted' as stored)",
    text='''Okinawa squadron puts boots on deck for first time
Marine Wing Support Squadron 172, currently assigned to 3rd Marine Aircraft Wing (Forward), is the first III Marine Expeditionary Force wing support squadron to deploy in support of the Long War.
The Iraq deployment allows the squadron Marines based in Okinawa, Japan, a chance to conduct operations in an environment to which most are not accustomed.
“We wanted to give our Marines and sailors the opportunity to make a global impact,” said Lt. Col. Matthew R. Crabill, squadron commanding officer. “They’ve been all over Asia during the past year, and when asked to deploy here, they said ‘yeah, I’ll do that too.’”
Deploying a 1st MAW support squadron, whose multi-facetted capabilities fulfill different roles and missions, will reduce deployments between other Marine aircraft wing squadrons.
Until the “Firebirds” transferred authority with MWSS-473 last month, the support duties were upheld by 2nd, 3rd and 4th MAW squadrons respectively; all headquartered in the continental United States.
Working with foreign militaries and breaching the language barrier is a familiar task to the Okinawa-based Marines.''',
    quotes=[
        Q('“We wanted to give our Marines', 'a global impact,”', "Matthew R. Crabill"),
        Q('“They’ve been all over Asia', 'do that too.’”', "Matthew R. Crabill"),
        Q('“Firebirds”', None, None),
    ],
    aliases={
        "Matthew R. Crabill": ["Matthew R. Crabill", "Lt. Col. Matthew R. Crabill", "Crabill", "squadron commanding officer"],
    },
),
dict(
    id="dvids-31375-maintenance-marines-air-station",
    source="http://www.dvidshub.net/news/31375/maintenance-marines-keep-air-station-track",
    license=PD, retrieved=PAGES + " (DVIDS news story 31375 by Sgt. Gina C. Rindt on the aircraft and ground support equipment maintainers of the 'Fightertown' air station (Marine Aircraft Group 31's MALS-31 and VMFA-251); the site line 'News Icon' dropped; the headline line 'News: Maintenance Marines keep Air Station on track' kept once without the site's 'News: ' label; the byline 'Story by Sgt. Gina C. RindtSmall RSS IconSubscriptions Icon', the photo title 'Maintenance Marines keep Air Station on track Sgt. Gina C. Rindt' and the photo caption 'Cpl. Brian Beck a composite technician, with Marine Aviation Logistics Squadron 31, smooths out composite material ... trailing edge flap, Monday.' dropped; the paragraph 'Safety is always a key part to the mission for Marines and sailors aboard the Air Station ... can always go wrong if the maintenance isn't don', cut in the stored copy, dropped; straight marks as stored)",
    text='''Maintenance Marines keep Air Station on track
Fightertown maintainers are a vital part to getting the mission accomplished and continuing productivity around the Air Station. They perform their day-to-day tasks of fixing aircraft, performing maintenance on Ground Support Equipment or Individual Material Readiness List gear and repairing the F/A-18 Hornet parts.
The aircraft maintainers are crucial to keeping the Hornets in mission ready status, so the pilots are able to complete their training and achieve qualifications needed to continue flying.
"The best part of my job is keeping the pilot safe so they can train and complete qualifications, while supporting my fellow Marines," said Pfc. Matthew Coates, an aviation mechanic with Marine Fighter Attack Squadron 251. "I also enjoy the responsibility of maintaining a multi-million dollar aircraft."
Helping the seat shop, powerline, avionic and many other work sections stay prepared are other maintainers, who provide proper GSE or IMRL gear and repair the aircraft parts needed to continue their mission.
"My role in the inspections help the squadrons by repairing parts such as the trailing edge flaps and the leading edge flaps as well as many other parts," said Cpl. Brian Beck, a composite technician with Marine Aviation Logistics Squadron 31. "I have aircraft parts arriving on a daily basis from many different departments needing to be repaired."''',
    quotes=[
        Q('"The best part of my job', 'my fellow Marines,"', "Matthew Coates"),
        Q('"I also enjoy the responsibility', 'dollar aircraft."', "Matthew Coates"),
        Q('"My role in the inspections', 'many other parts,"', "Brian Beck"),
        Q('"I have aircraft parts', 'to be repaired."', "Brian Beck"),
    ],
    aliases={
        "Matthew Coates": ["Matthew Coates", "Pfc. Matthew Coates", "Coates", "an aviation mechanic with Marine Fighter Attack Squadron 251"],
        "Brian Beck": ["Brian Beck", "Cpl. Brian Beck", "Beck", "a composite technician with Marine Aviation Logistics Squadron 31"],
    },
),
dict(
    id="cherrypoint-525957-mals14-inspection",
    source="https://www.cherrypoint.marines.mil/News/Article/525957/mals-14-marines-sustain-excellence/",
    license=PD, retrieved=PAGES + " (MCAS Cherry Point story 525957 by Lance Cpl. Joshua R. Heins on Marine Aviation Logistics Squadron 14's Commander, Naval Air Force inspection, June 18, 2014; the site line 'MCAS Cherry Point News', the 'Photo Information' line, the photo caption 'Lance Cpl. Lawrence Shouse (left) and Pfc. Jack Ramos perform technical directive maintenance ... are both aircraft intermediate level structures mechanics with MALS-14.' and the line 'Photo by Lance Cpl. Joshua R. Heins' dropped; headline kept once; the date-and-byline line '18 Jun 2014 | Lance Cpl. Joshua R. Heins' dropped; the paragraph 'During the inspection, the inspection team graded each program as \"on track,\" \"need', cut in the stored copy, dropped; straight marks, the parenthesis inside Thompson's quotation and 'ordinance' as stored)",
    text='''MALS-14 Marines sustain excellence
Behind the scenes of the 2nd Marine Aircraft Wing is a squadron that has recently shown their attention to detail by perfecting their most recent Commanders of Naval Air Force inspection during the last week of May.
Marine Aviation Logistics Squadron 14 provides flying units with mid-level maintenance support, and keeps them supplied with necessary equipment, ordinance and fuel. The squadron is comprised of many different divisions like power line, airframes, avionics and ordinance.
Every two years a CNAF team inspects the squadron to ensure quality assurance representatives are holding Marines accountable for abiding by the rules and regulations outlined in the Naval Aviation Maintenance Program.
"The CNAF inspection team inspects both the Navy and Marine Corps aviation squadrons for all platforms of aircraft for one week," said Chief Warrant Officer 4 Matthew Burg, the quality assurance officer. "The inspection centers over the squadrons' compliance with policies and programs set forth in the NAMP which guides how we govern our squadron's aviation maintenance."
All programs graded by the team are covered in detail within the maintenance program.
"The NAMP outlines every (standard operating procedure) and provides manuals for all the programs involved with the squadron," said Sgt. Marc Thompson, a division QAR with the squadron.''',
    quotes=[
        Q('"The CNAF inspection team', 'for one week,"', "Matthew Burg"),
        Q('"The inspection centers over', 'aviation maintenance."', "Matthew Burg"),
        Q('"The NAMP outlines every', 'with the squadron,"', "Marc Thompson"),
    ],
    aliases={
        "Matthew Burg": ["Matthew Burg", "Chief Warrant Officer 4 Matthew Burg", "Burg", "the quality assurance officer"],
        "Marc Thompson": ["Marc Thompson", "Sgt. Marc Thompson", "Thompson", "a division QAR with the squadron"],
    },
),
dict(
    id="dvids-52592-stingers-deploy-checkerboards",
    source="https://www.dvidshub.net/news/52592/stingers-deploy-with-checkerboards",
    license=PD, retrieved=PAGES + " (DVIDS news story 52592 from Marine Corps Air Station Beaufort, S.C., on 19 Marines of Marine Aviation Logistics Squadron 31 deploying with VMFA-312 aboard USS Harry S Truman; the stored copy has no headline and opens with the first body paragraph, kept as stored, no title added (H1818); the dateline 'MARINE CORPS AIR STATION BEAUFORT, S.C. -- ' kept as stored; the paragraph '“I have been with the Navy my entire career. Even on the Air Station, our section is led b', cut in the stored copy, dropped with its unattributed quotation; curly marks, the bracket inside Schneider's quotation and 'MALS -31' as stored)",
    text='''MARINE CORPS AIR STATION BEAUFORT, S.C. -- When a squadron deploys, accountability for everything from supplies to the maintenance of the unit must be checked. Marine Aviation Logistics Squadron 31 is the squadron who handles the task for the aviation squadrons here. So, when Marine Fighter Attack Squadron 312, also known as the Checkerboards, set out for a deployment, MALS-31 sent Marines to accompany them.
Nineteen Marines with MALS-31 attached to VMFA-312 for a seven-month deployment aboard the Nimitz-class aircraft carrier USS Harry S Truman, May 21.
Seventeen of the MALS-31 Marines, also known as the Stingers, work in the Aviation Intermediate Maintenance Division on the Truman; the other two Marines are working alongside units within the squadron.
“We are here as augments for the squadron. We perform the same jobs we did [on the air station] as we are doing for the Checkerboards,” said Staff Sgt. Joseph Schneider, the production control chief for AIMD and VMFA-312. “Marine Aircraft Group 31 sends MALS-31 personnel to support all deployed units to fill positions for technicians and supervisors.”
The Marines have been with the Checkerboards since December 2008 for every training exercise during the deployment on the Truman.
Aboard the ship, the Stingers work in several of the shops within AIMD such as aviation, hydraulics, airframes, Aircraft Life Support Systems and the supply sections.
“Our main mission is to conduct maintenance on aircraft, prioritize workloads and ensure supplies get to every shop within the squadron,” Schneider said. “We do everything we can to make sure our aircraft gets and stays in the air.”
For the MALS-31 Marines, this was not their first time interacting with sailors. The classes they attended at their basic Military Occupational Specialty school is with sailors. They also work alongside the Navy on the Air Station at MALS -31.''',
    quotes=[
        Q('“We are here as augments', 'for the Checkerboards,”', "Joseph Schneider"),
        Q('“Marine Aircraft Group 31 sends', 'and supervisors.”', "Joseph Schneider"),
        Q('“Our main mission', 'within the squadron,”', "Joseph Schneider"),
        Q('“We do everything we can', 'stays in the air.”', "Joseph Schneider"),
    ],
    aliases={
        "Joseph Schneider": ["Joseph Schneider", "Staff Sgt. Joseph Schneider", "Schneider", "the production control chief for AIMD and VMFA-312"],
    },
),
]
