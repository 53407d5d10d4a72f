# Held-out English news texts (tests/data/heldout663-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army, the
# Army Reserve, the Army Corps of Engineers, the Air National Guard and the Air Force: a DVIDS story on Fort Hood's
# volunteer awards luncheon (dvidshub.net 120756), a DVIDS story on Army Reserve Best Warrior winners training at Fort
# McCoy (dvidshub.net 336210, 2019), a US Army story on U.S. Army Garrison Bavaria's partnership with OTH Amberg-Weiden
# (2025, copy of the 'United States Army' feed on security.mil-osi.com), a DVIDS story on the inactivation of the Corps of
# Engineers' South Pacific Border District (dvidshub.net 415350, 2022), a 115th Fighter Wing story on its Hometown Heroes
# Salute ceremony (2010, verbatim repost on military-online.blogspot.com), an Altus Air Force Base story on the first
# STEMtoSky event (altus.af.mil 3389262, 2023), an Air Force Recruiting Service story on FIRST mentors visiting Schriever
# Air Force Base (recruiting.af.mil 697744), a DVIDS story on Navajo Public Schools students at Altus (dvidshub.net
# 445419, 2023) and a 4th Stryker Brigade story on an Easter dinner with American Legion Post 2 (dvidshub.net printable
# 86738, 2012). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete
# quotation (noted in `retrieved`). Site lines (DVIDS maintenance, login, logo, photo title and caption, place, date,
# byline and unit lines and its 'NEWS INFO' trailer, DVIDS printable fields, '• Published' / '• By ...' / unit lines,
# mil-osi's 'Source: ...' label and photo caption, the blog's date and byline lines), the empty lines between paragraphs,
# the indentation of the DVIDS lines and spaces at the end of a line are dropped; a headline is kept once as the first
# line where the stored copy has one (none is added where it has none); datelines are kept as stored; wording, typos,
# dashes and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid
# was run on them (rules H2380-H2384 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDB = "public domain (US government work, 17 U.S.C. § 105; verbatim repost on a military news blog)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout663-en.jsonl

Built by `build.py` from `heldout663_pages.py`. Like heldout653-en, heldout607-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a DVIDS story, 'Fort Hood honors humble heroes', on the
volunteer awards luncheon at Club Hood's Grand Ballroom on Feb. 11 (dvidshub.net 120756; 2014 by its DVIDS id; no
headline and no byline in the stored copy, which opens with the dateline paragraph); a DVIDS story by Cpl. Tucker White,
Exercise News Day, 'Soldiers bond to become best in the Army' (dvidshub.net 336210, dated 08.16.2019); a US Army story,
'USAG Bavaria, OTH Amberg-Weiden Launch Innovative Learning Partnership' (partnership signed May 22, 2025), as carried
by the 'United States Army' feed of the news-feed site security.mil-osi.com on its category page (first item; licence
constant PDC, as the mil-osi copies of heldout79-en and heldout329-en and the 'Defense News:' copies of heldout50-en and
heldout109-en); a DVIDS story by Robert DeDeaux, U.S. Army Corps of Engineers, South Pacific Division, 'District cases
colors during inactivation ceremony' (dvidshub.net 415350, dated 02.25.2022); a 115th Fighter Wing story by Tech. Sgt.
Don Nelson, 115th Fighter Wing Public Affairs, 'Madison-based Air Guard unit honors its Hometown Heroes', reposted
verbatim on military-online.blogspot.com under the date line Tuesday, September 21, 2010 (licence constant PDB, as the
same blog's repost in heldout137-en); an Altus Air Force Base story by Airman 1st Class Miyah Gray, 97th Air Mobility
Wing Public Affairs, 'AAFB maintainers participate in first STEMtoSky event' (altus.af.mil 3389262, May 2023); an Air
Force Recruiting Service site story by Jennifer Thibault, 50th Space Wing Public Affairs, 'AFRS FIRST visit propels STEM
opportunities' (recruiting.af.mil 697744; no year in the stored copy); a DVIDS story by A1C Heidi Bucins on students of
Navajo Public Schools at Altus Air Force Base with the AIM Wing program (dvidshub.net 445419, dated 05.10.2023; its
title, 'Navajo students have ‘a moment of science’ with 97 AMW AIM Wing program', stands only in the dropped trailer);
and a 4th Stryker Brigade Combat Team, 2nd Infantry Division story by Spc. Kimberly Hackbarth, 'Soldiers celebrate
Easter with community connecter partner' (dvidshub.net printable 86738, dated 04.08.2012). Reuse terms relied on: US
government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil pages and the DVIDS pages are the
services', commands', district's and wings' own stories (the DVIDS trailer of 445419 marks the story 'PUBLIC DOMAIN'),
and the security.mil-osi.com and military-online.blogspot.com pages reproduce a US Army story under the feed label
'Source: United States Army' and a 115th Fighter Wing story under its writer's byline, marked as copies on
non-government sites. Licence caveats: the Fort Hood story and the mil-osi copy name no writer in the stored copy and are
taken as the Army's own work by DVIDS and by the feed's source label (the mil-osi photo credit 'Simmel, Natalie' stands in
a dropped caption); the copies on security.mil-osi.com and military-online.blogspot.com may differ from the originals in
details the stored copies cannot show; Jennifer Thibault and Robert DeDeaux are taken as public affairs employees of the
50th Space Wing and of the Corps of Engineers' South Pacific Division, as their bylines' units say; the stories quote
private people inside the public-domain texts (the president of a German university, three FIRST mentors, a school
teacher, the adjutant of an American Legion post). None is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also
where it holds a complete quotation, noted per page: the Fort Hood story's '“The dedication of our warriors here ... for
all of us,” Gabram said during his'; the Best Warrior story's '“We have spent all this time pe'; the Bavaria story's
'“This partnership drives innovation,” said Lukas Miserra, ... “It strengthens USAG Bavaria ... professionals wi'; the
Border District story's '“In the midst of executing this mission, we also suppor'; the Hometown Heroes story's 'Each
family member, whether they attended the ceremony or not, ... each spouse or significant o'; the STEMtoSky story's
'“It’s important to make a connection with kids ...,” he said. “We can expose them ... We '; the FIRST story's '"We do
this for several reasons," said Col. Marcus Johnson, ... and the opportuniti'; the Easter story's '“All Legion members
have been in the same situation; we’re all pr' (the Navajo story ends on a complete paragraph before its trailer, which
is kept). The site lines (the DVIDS maintenance line 'Maintenance window scheduled to begin at February 14th 2200 est.
until 0400 est. February 15th', the login lines '(e.g. yourname@email.com)' and 'Forgot Password?', the logo line
'Defense Visual Information Distribution Service Logo', the repeated headline and the photo title 'Casing the colors',
the caption lines 'Photo By ... read more read more', the place lines 'FORT MCCOY, WI, UNITED STATES' and 'PHOENIX, CA,
UNITED STATES', the date lines, 'Story by ...' and the unit lines 'Exercise News Day' and 'U.S. Army Corps of Engineers,
South Pacific Division'; the DVIDS trailer 'NEWS INFO Date Taken: ... must comply with the restrictions shown on
https://www.dvidshub.net/about/copyright.'; the printable page's lines '4th Stryker Brigade Combat Team, 2nd Infantry
Division', 'Story by Spc. Kimberly Hackbarth', 'Date: 04.08.2012', 'Posted: 04.13.2012 18:39', 'News ID: 86738' and the
repeated headline; the af.mil lines '• Published', '• By ...' and '• ... Public Affairs'; mil-osi's 'Source: United
States Army' and its photo caption ending '(Photo Credit: Simmel, Natalie ) VIEW ORIGINAL'; the blog's date line
'Tuesday, September 21, 2010' and the byline lines 'By Tech. Sgt. Don Nelson' and '115th Fighter Wing Public Affairs'),
the empty lines between paragraphs, the four-space indentation of the DVIDS lines and the spaces at the end of lines were
dropped; headlines are kept once as the first line where the stored copy has one (the Fort Hood and Navajo stories have
none and get none, H1818; the mil-osi headline keeps the feed's prefix 'Defense News: '), datelines are kept as stored
('FORT HOOD, Texas - ', 'FORT MCCOY, Wis. – ', 'TOWER BARRACKS, Germany – ', 'PARKLAND, Wash., – '); wording and typos
('Sept.11, 2001', 'Gen. Craig. R. McKinley', 'Obrieter, explained', 'U.S Air Force Maj.', 'community connecter partner',
the full stop before the cue in 'every day.” said George.'), dashes and quotation marks (straight or curly as stored) are
as stored. Pages read but left out: stories already in earlier sets (the DVIDS Talon troops and Fort Eustis 'F Troop'
stories, named as left out in heldout509-en; the Fort Rucker NCO Academy story; the National Guard flood stories of
army.mil 41598 and nationalguard.mil 573315 and 611419; the Louisiana Guard flood stories; the Iowa Guard flood story on
marinewives.com; the 3rd Infantry Division Soldier and NCO of the Year story; the 2nd MLG community story 122130; the Camp
Lejeune NJROTC judges story; the Camp Blaz school story 559241; the Truman COMREL on USS Wisconsin; the Norfolk galley
story; the Reagan Yokosuka COMREL story; the STARCOM Guardian Giving Back story; the 19th SDS birthday story; the 162nd
Wing homecoming 2527885), pages whose stored part keeps fewer than two complete quotations (the Louisville District
park-ranger month story 3636593, the St. Paul District water safety award story 545937, the Fort Bliss chili cook-off
story 15150, the Davis-Monthan Space Force enlistment story 2905629, the 175th Wing homecoming 448447), pages that are
not federal works or whose source is unclear (a Joint Base Andrews STEAM exhibit story reprinted courtesy of
DCMilitary.com, a brigade volunteer story on a blog whose operator the stored copy does not name, commandosof2bct.blogspot.com),
stories left for other sets (the Altus STEM story of 2021, aetc.af.mil 2597284; the Altus junior high STEM fair of 2013,
altus.af.mil 352146; the Keesler STEM Diversity Day, keesler.af.mil 1800813; the Space Delta 6 community story, DVIDS
479139; a VA Pittsburgh Veterans Month release of 2017), VA pages without quotations (news.va.gov and va.gov feature
pages), magazines and documents stored as PDFs, and pages of newspapers, broadcasters and blogs found by the same
searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(120756, 336210, 415350, 3389262, 697744, 445419, 86738, the mil-osi category page 'us-army', the blog slug
'madison-based-air-guard'), by title and slug and by the names of their speakers and phrases, such as Douglas Gabram,
Dennis Moses, humble heroes, Club Hood, Collin George, Tucker White, Fort McCoy obstacle, Dwayne D. Key, Bulitta, Lukas
Miserra, OTH Amberg, Amberg, Jeffrey M. Beeman, Antoinette R. Gant, South Pacific Border District, inactivation ceremony,
Robert DeDeaux, Hometown Heroes Salute, cherry wood, Don Nelson, Madison-based, STEMtoSky, Michele Elliot, Obrieter, hoop
glider, Miyah Gray, Susan Hay, Wiley Meade, Scott Watson, Jennifer Thibault, Megan Edson, Kenna Hand, Navajo Public, AIM
Wing, Heidi Bucins, Keith Foley, American Legion Post 2, Adopt-A-Company, community connecter and Kimberly Hackbarth, with
grep over tests/data of the main tree and of every other helper's worktree (heldout657-664): no hit, except Antoinette
Gant as Louisville District commander in another text of heldout653-en, John McCoy in the 2011 Wisconsin Air Guard story
of heldout137-en, Truax Field in a 115th Fighter Wing deployment story of heldout317-en and Simmel in an unrelated German
text, none of them one of these texts). The annotation (rules H2380–H2384 in `ANNOTATION.md` on top of the earlier rules)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-h663-fort-hood-honors-humble-heroes",
    source="https://dvidshub.net/news/120756/fort-hood-honors-humble-heroes",
    license=PD, retrieved=PAGES + " (DVIDS story on a Fort Hood luncheon ceremony at Club Hood's Grand Ballroom on Feb. 11 honouring volunteers (no year in the stored copy; 2014 by its DVIDS id), with Brig. Gen. Douglas Gabram, deputy commanding general of 1st Cavalry Division, and Sgt. Dennis Moses of the 411th Military Police Company; the stored copy opens with the dateline paragraph and has no headline, none added (H1818); the last paragraph, '“The dedication of our warriors here and others like you across this installation can serve as an example for all of us,” Gabram said during his', cut in the stored copy, dropped with its complete quotation (H2121), so the guest speaker keeps one span; `admitted while holding up his award` as the cue of a two-piece quotation (H2381); the hyphen in 'FORT HOOD, Texas - ' and curly marks as stored)",
    text='''FORT HOOD, Texas - The legacy of volunteering runs at the core of the Army. We volunteer our time and lives to the country, our families volunteer their services to the Army and retirees continue to volunteer their time in the Army community.
A luncheon ceremony to honor those service members, family members and civilian employees who went above and beyond the normal aspects of volunteering was held at Club Hood’s Grand Ballroom on Fort Hood, Feb. 11.
As the applause died down, the recipients made their way to the stage to receive their awards.
“You’ve chosen to serve something greater than yourself and do it in a completely selfless manner. Most importantly, you’ve done so without asking for or expecting thanks,” said guest speaker, Brig. Gen. Douglas Gabram, deputy commanding general of 1st Cavalry Division.
Sgt. Dennis Moses, a criminal intelligence noncommissioned officer with the 411th Military Police Company, 720th Military Police Battalion, 89th Military Police Brigade approached the stage with all due modesty to receive his award.
Moses devotes his off duty time to his family and to the children at a local area hospital.
“If I can go out and help people I’ll go do it,” Moses said. “You help others before you help yourself. My family still comes before everyone else, but if someone needs help I’ll be there right away.”
Moses was nominated by his unit and didn’t expect to receive any recognition.
“I didn’t want this,” Moses admitted while holding up his award. “It is not about recognition. It’s about helping others.”
There were 36 individuals and 14 units and organizations around Fort Hood that were honored during the ceremony for their selfless service such as donating time to the Tragedy Assistance Program for Survivors Grief Camps and Better Opportunities for Single Soldiers.''',
    quotes=[
        Q('“You’ve chosen to serve', 'expecting thanks,”', "Douglas Gabram"),
        Q('“If I can go out and help people I’ll go do it,”', None, "Dennis Moses"),
        Q('“You help others before', 'there right away.”', "Dennis Moses"),
        Q('“I didn’t want this,”', None, "Dennis Moses"),
        Q('“It is not about recognition.', 'helping others.”', "Dennis Moses"),
    ],
    aliases={"Douglas Gabram": ["Douglas Gabram", "Brig. Gen. Douglas Gabram", "guest speaker, Brig. Gen. Douglas Gabram", "deputy commanding general of 1st Cavalry Division"],
             "Dennis Moses": ["Dennis Moses", "Sgt. Dennis Moses", "a criminal intelligence noncommissioned officer with the 411th Military Police Company, 720th Military Police Battalion, 89th Military Police Brigade", "Moses"]},
),
dict(
    id="dvids-h663-2019-08-16-soldiers-bond-best-in-the-army",
    source="https://www.dvidshub.net/news/336210/soldiers-bond-become-best-army",
    license=PD, retrieved=PAGES + " (DVIDS story by Cpl. Tucker White, Exercise News Day, dated 08.16.2019, on the winners of the U.S. Army Reserve Best Warrior Competition training at Fort McCoy, with Spc. Collin George; the maintenance, login and logo lines, the photo caption line 'Photo By Spc. Tucker White | Army Reserve Sgt. James Baird finishes the low wire at the Fort McCoy obstacle course....... read more read more', the place line 'FORT MCCOY, WI, UNITED STATES', the date line '08.16.2019', 'Story by Cpl. Tucker White' and 'Exercise News Day' dropped (H2384); the headline, printed twice, kept once as the first line; the four-space indentation of the stored lines dropped; the last paragraph, '“We have spent all this time pe', cut in the stored copy, dropped (H2121); a first piece closed by a full stop inside the mark before `said George.` and the speaker given two different units (H2381); the en dash of the dateline and curly marks as stored)",
    text='''Soldiers bond to become best in the Army
FORT MCCOY, Wis. – Winners of the U.S. Army Reserve Best Warrior Competition rucked their way through the wilderness of Fort McCoy, Wisconsin, on Aug. 14, 2019, to become better prepared for their future competitions.
The three winners and three runners-up are now training to compete against the active duty and National Guard Soldiers in October.
Spc. Collin George, with the 102nd Military Police Company, said he has enjoyed training with his fellow competitors and that they have built friendships through the time spent together.
“You get close to anybody when you live with them and train with them every day.” said George. “Especially when you can relate and find that common ground.”
The common ground found between the Soldiers participating in this training is their competitive attitudes.
“We all volunteered to be here, so we all have that fire inside of us and that competitive nature that keeps us going,” said George, of the 200th Military Police Command.
Making it to all the training and competitions is a challenge, but George said his unit has been supportive through the process.
“I have only been to drill two times this year because I’m so busy, but every time I’m there they’re always asking me how I’m doing,” said George.
George’s unit knows the time he spends away from them now, will pay off for them in the future.''',
    quotes=[
        Q('“You get close to anybody', 'every day.”', "Collin George"),
        Q('“Especially when you can relate', 'common ground.”', "Collin George"),
        Q('“We all volunteered to be here,', 'keeps us going,”', "Collin George"),
        Q('“I have only been to drill', 'how I’m doing,”', "Collin George"),
    ],
    aliases={"Collin George": ["Collin George", "Spc. Collin George", "George"]},
),
dict(
    id="army-h663-2025-05-22-usag-bavaria-oth-amberg-weiden-partnership",
    source="https://security.mil-osi.com/category/us-army",
    license=PDC, retrieved=PAGES + " (US Army story on the partnership of U.S. Army Garrison Bavaria and the Ostbayerische Technische Hochschule Amberg-Weiden signed May 22, 2025, with Dwayne D. Key II, deputy to the garrison commander, and Professor Dr. med. Clemens Bulitta, president of OTH Amberg-Weiden, as carried by the 'United States Army' feed on the news-feed site security.mil-osi.com, first item of the category page (no byline in the kept text); headline kept as stored with the feed's prefix 'Defense News: ' as the first line (as heldout50-en and heldout109-en); the label line 'Source: United States Army' and the photo caption 'Dwayne D. Key II, deputy to the garrison commander at USAG Bavaria and Professor Dr. med. Clemens Bulitta, ... signed thepartnership contract May 22, 2025. (Photo Credit: Simmel, Natalie ) VIEW ORIGINAL' dropped (H1818, H2383); the paragraph '“This partnership drives innovation,” said Lukas Miserra, management analyst for USAG Bavaria. “It strengthens USAG Bavaria by integrating academic expertise and fostering collaboration between students and professionals wi', cut in the stored copy, dropped with its complete first quotation (H2121); a generational suffix and a German academic title in the speakers' name forms (H2383); the en dash of the dateline and curly marks as stored)",
    text='''Defense News: USAG Bavaria, OTH Amberg-Weiden Launch Innovative Learning Partnership
TOWER BARRACKS, Germany – U.S. Army Garrison Bavaria and Ostbayerische Technische Hochschule Amberg-Weiden celebrated their official partnership May 22, 2025, marking the beginning of an initiative that creates an innovative learning environment.
This partnership aims to support and promote the exchange between practical and theoretical learning, which is achieved by integrating OTH students and faculty into real-world projects with USAG Bavaria.
“This is a massive win-win,” said Dwayne D. Key II, deputy to the garrison commander at USAG Bavaria. “I’m most excited not just about meeting the students and seeing ourselves through their eyes. And I think this present generation of learners is so phenomenal.”
With the support of 120 professors across its four faculties and 54 degree programs, OTH Amberg-Weiden serves approximately 4,200 students and is known for its innovative, future-oriented education.
Professor Dr. med. Clemens Bulitta, president of OTH Amberg-Weiden, emphasized the importance of this new addition to the university’s partnership network.
“It’s all about networking and about bringing people together,” Bulitta said. “When you bring people together, they will exchange thoughts, create ideas, become innovative, and they will drive and strengthen partnership and push developments. And now you become part of this network and the doors are opening on both sides.”''',
    quotes=[
        Q('“This is a massive win-win,”', None, "Dwayne D. Key II"),
        Q('“I’m most excited not just', 'so phenomenal.”', "Dwayne D. Key II"),
        Q('“It’s all about networking', 'people together,”', "Clemens Bulitta"),
        Q('“When you bring people together,', 'on both sides.”', "Clemens Bulitta"),
    ],
    aliases={"Dwayne D. Key II": ["Dwayne D. Key II", "deputy to the garrison commander at USAG Bavaria"],
             "Clemens Bulitta": ["Clemens Bulitta", "Professor Dr. med. Clemens Bulitta", "president of OTH Amberg-Weiden", "Bulitta"]},
),
dict(
    id="usace-dvids-h663-2022-02-25-border-district-cases-colors",
    source="https://www.dvidshub.net/news/415350/district-cases-colors-during-inactivation-ceremony",
    license=PD, retrieved=PAGES + " (DVIDS story by Robert DeDeaux, U.S. Army Corps of Engineers, South Pacific Division, dated 02.25.2022, on the inactivation ceremony of the South Pacific Border District in Phoenix, with Col. Antoinette R. Gant and Lt. Col. Jeffrey M. Beeman; the maintenance, login and logo lines, the second title line 'Casing the colors' (the photo's title), the caption line 'Photo By Robert DeDeaux | Col. Antoinette R. Gant commander of the U.S. Army Corps of Engineer, South Pacific...... read more read more', the place line 'PHOENIX, CA, UNITED STATES', the date line '02.25.2022', 'Story by Robert DeDeaux' and the unit line dropped (H2384); headline kept as the first line; the four-space indentation of the stored lines dropped; the last paragraph, '“In the midst of executing this mission, we also suppor', cut in the stored copy before any cue, dropped (H2121, H2384); two commanders with roles after their names (H117); the en dash inside Gant's second piece and curly marks as stored)",
    text='''District cases colors during inactivation ceremony
The U.S. Army Corps of Engineers South Pacific Border District cased its colors during an inactivation ceremony in Phoenix, Feb. 25.
Division leadership gathered virtually and in person to reflect on the District’s historic accomplishments.
“Today is about celebrating this incredible team and acknowledging the District’s contributions to the history of the nation,” said Col. Antoinette R. Gant, South Pacific Division commander and one of the former commanders of the District. “When the need was there, we rose to the occasion – and now it’s time to apply what we have learned to other missions.”
The District completed its duties and responsibilities as a project-executing agency to help secure the nation’s southern border. During its tenure, the District awarded 22 contracts valued at $7.5 billion and installed 345 miles of barrier across four states along the U.S. border with Mexico.
“The work we have accomplished improved our national security and built upon our capabilities and capacity to respond to future emergencies,” said Lt. Col. Jeffrey M. Beeman, the final commander of the District.
Through cooperation and collaboration with the Department of Homeland Security and Customs and Border Protection, the District provided technical expertise in contractual and design construction services, and project management.''',
    quotes=[
        Q('“Today is about celebrating', 'history of the nation,”', "Antoinette R. Gant"),
        Q('“When the need was there,', 'other missions.”', "Antoinette R. Gant"),
        Q('“The work we have accomplished', 'future emergencies,”', "Jeffrey M. Beeman"),
    ],
    aliases={"Antoinette R. Gant": ["Antoinette R. Gant", "Col. Antoinette R. Gant", "South Pacific Division commander and one of the former commanders of the District"],
             "Jeffrey M. Beeman": ["Jeffrey M. Beeman", "Lt. Col. Jeffrey M. Beeman", "the final commander of the District"]},
),
dict(
    id="ang-115fw-h663-2010-09-madison-air-guard-hometown-heroes",
    source="http://military-online.blogspot.com/2010/09/madison-based-air-guard-unit-honors-its.html",
    license=PDB, retrieved=PAGES + " (115th Fighter Wing story by Tech. Sgt. Don Nelson, 115th Fighter Wing Public Affairs, on the wing's first Hometown Heroes Salute ceremony at Truax Field, Madison, on Sept. 19 (2010 by the blog's date line), with Brig. Gen. John McCoy, commander of the Wisconsin Air National Guard, reposted verbatim on a blog of US military news (as the story of heldout137-en); the blog's date line 'Tuesday, September 21, 2010' and the byline lines 'By Tech. Sgt. Don Nelson' and '115th Fighter Wing Public Affairs' dropped (H1818, H2383); headline kept as the first line; the last paragraph, 'Each family member, whether they attended the ceremony or not, ... each spouse or significant o', cut in the stored copy, dropped; words of others reported without marks inside McCoy's quotation (H2383); 'Sept.11, 2001' without a space, 'Gen. Craig. R. McKinley', the hyphen used as a dash and straight marks as stored)",
    text='''Madison-based Air Guard unit honors its Hometown Heroes
More than 350 Wisconsin Air National Guard members from the 115th Fighter Wing and their families were honored at the unit's Truax Field base in Madison on Sept. 19.
Since Sept. 11, 2001, according to the Defense Department, more than 80,000 Air National Guard Airmen have deployed in support of military operations. As part of the Air National Guard Hometown Heroes Salute recognition program, the 115th Fighter Wing hosted its first ceremony to celebrate and honor the wing's Airmen, families and those special supporters who have significantly contributed to supporting our Airmen and their mission.
"This is something we need to do to recognize the outstanding service that people put forward," said Brig. Gen. John McCoy, commander of the Wisconsin Air National Guard. "We have asked people to deploy, in some cases multiple times since Sept.11, 2001 and this is just a small recognition for the member and their families."
The program, managed by the National Guard Bureau, cooperates with the Guard in all 50 states and recognizes Airmen who deployed for more than 30 consecutive days for Operations Noble Eagle, Enduring Freedom and Iraqi Freedom and all other contingency operations.
Each Airman honored received a cherry wood-encased letter of appreciation signed by Gen. Craig. R. McKinley, National Guard Bureau chief, and the Air Guard's command chief, Chief Master Sgt. Richard Smith, enclosed with a commemorative coin.
"There are many who say that they did not deploy for the award - they say they did it because their nation asked them," McCoy said. "However, it is good to take some time, step back and recognize people."''',
    quotes=[
        Q('"This is something we need to do', 'people put forward,"', "John McCoy"),
        Q('"We have asked people to deploy,', 'their families."', "John McCoy"),
        Q('"There are many who say', 'nation asked them,"', "John McCoy"),
        Q('"However, it is good', 'recognize people."', "John McCoy"),
    ],
    aliases={"John McCoy": ["John McCoy", "Brig. Gen. John McCoy", "commander of the Wisconsin Air National Guard", "McCoy"]},
),
dict(
    id="af-altus-h663-2023-05-01-maintainers-first-stemtosky-event",
    source="http://www.altus.af.mil/News/Article/3389262/aafb-maintainers-participate-in-first-stemtosky-event/",
    license=PD, retrieved=PAGES + " (Altus Air Force Base story by Airman 1st Class Miyah Gray, 97th Air Mobility Wing Public Affairs, on members of the 97th Maintenance Squadron teaching sixth-grade classes of Hill Field Elementary School, Clearfield, Utah, by livestream during the Air Force's first STEMtoSky event, May 1, 2023, with the avionics technician Michele Elliot; the lines '• Published', '• By Airman 1st Class Miyah Gray' and '• 97th Air Mobility Wing Public Affairs' dropped (H1838); headline kept as the first line; the last paragraph, '“It’s important to make a connection with kids while they’re still growing, ...,” he said. “We can expose them to all the different career paths STEM has to offer. We ', cut in the stored copy, dropped with its complete first quotation (H2121), so Donald Obrieter, presented in the paragraph before it, is no speaker; `she said` after the paragraph presenting the only woman quoted, and a term in single curly marks (H2380, H2384); curly marks as stored)",
    text='''AAFB maintainers participate in first STEMtoSky event
Members from the 97th Maintenance Squadron participated in the Air Force’s first annual STEMtoSky event May 1, 2023, at Altus Air Force Base, Oklahoma.
STEMtoSky is a program designed to provide an opportunity for Airmen to engage with students from across the country via livestream video to teach science, technology, engineering and math aspects virtually through hands-on activities.
Michele Elliot, 97th MXS avionics technician, taught two sixth-grade classes from Hill Field Elementary School in Clearfield, Utah. Elliot’s classes focused on the concept of ‘lift’ by using hoop gliders, an alternative to traditional paper airplanes.
“The purpose of all this was to encourage the kids to learn more about STEM and to show different types of STEM opportunities that the Air Force has to offer,” she said. “Something as simple as paper and a straw can put into perspective the physics of the air resistance and thrust of an aircraft.”
While demonstrating the capabilities of the hoop glider, Elliot, along with Donald Obrieter, 97th Maintenance Squadron director and Amanda Olson, 97th Aircraft Maintenance Squadron KC-46 Pegasus crew chief, gave the students a tour of a KC-46 Pegasus and explained how air resistance provides lift for a plane, similar to the hoop gliders.
“We teach STEM to kids so they can see how their learning translates to the working world,” said Elliot. “The middle school age is a prime age to inspire kids to take the path towards STEM.”
Obrieter, explained the importance of introducing STEM to children and inspiring them to pursue STEM-related career fields.''',
    quotes=[
        Q('‘lift’', None, None),
        Q('“The purpose of all this', 'has to offer,”', "Michele Elliot"),
        Q('“Something as simple as paper', 'of an aircraft.”', "Michele Elliot"),
        Q('“We teach STEM to kids', 'the working world,”', "Michele Elliot"),
        Q('“The middle school age', 'towards STEM.”', "Michele Elliot"),
    ],
    aliases={"Michele Elliot": ["Michele Elliot", "97th MXS avionics technician", "Elliot"]},
),
dict(
    id="af-afrs-h663-first-mentors-visit-schriever",
    source="https://www.recruiting.af.mil/News/Article-Display/Article/697744/afrs-first-visit-propels-stem-opportunities/",
    license=PD, retrieved=PAGES + " (Air Force Recruiting Service site story by Jennifer Thibault, 50th Space Wing Public Affairs, on 24 FIRST robotics mentors visiting Schriever Air Force Base on Aug. 5 (no year in the stored copy), with the mentors Susan Hay, Wiley Meade and Scott Watson; the lines '• Published', '• By Jennifer Thibault' and '• 50th Space Wing Public Affairs' dropped (H1838); headline kept as the first line; the last paragraph, '\"We do this for several reasons,\" said Col. Marcus Johnson, AFRS chief of Strategic Marketing. \"We aim to educate mentors ... and the opportuniti', cut in the stored copy, dropped with its complete first quotation (H2121), so Col. Marcus Johnson is no speaker; two quotations presented by sentences on an unnamed mentor and cued by name after the closing mark, and a bracketed insertion (H2382); the expansion of FIRST between hyphens without marks and straight marks as stored)",
    text='''AFRS FIRST visit propels STEM opportunities
Schriever Air Force Base cyber and space professionals hosted 24 science and technology educators from across the nation Aug. 5, as part of the Air Force's science, technology, engineering and mathematics-focused outreach efforts.
Air Force Recruiting Service continued their now three-year collaboration with FIRST - For Inspiration and Recognition of Science and Technology - with the visit here and the U.S. Air Force Academy by robotics competition and tech challenge mentors.
During the FIRST mentors' visit to Schriever, professionals demonstrated how Airmen apply technology in their precision, navigation and timing and military satellite communication operations in addition to cyber applications at the base and around the world.
"This was an excellent opportunity to see where work skills are needed," said Susan Hay, FIRST mentor in New Hampshire.
Another was impressed by the extensive Air Force training regimen.
"We saw an aerospace engineer and a historian working side by side [in technology fields]; it's a testament to the broad skills the Air Force offers," said Wiley Meade, FIRST mentor in Missouri.
One mentor who had previously served with the Air Force was excited to see the advancements.
"I served with the Air Force for 20 years, 25 years ago, and it was exciting to see how the research we conducted then served as the road markers the highway has become today," said Scott Watson, FIRST mentor in Utah.
These notions are the very ones AFRS officials hoped to achieve with their outreach effort.''',
    quotes=[
        Q('"This was an excellent opportunity', 'skills are needed,"', "Susan Hay"),
        Q('"We saw an aerospace engineer', 'Air Force offers,"', "Wiley Meade"),
        Q('"I served with the Air Force', 'has become today,"', "Scott Watson"),
    ],
    aliases={"Susan Hay": ["Susan Hay", "FIRST mentor in New Hampshire"],
             "Wiley Meade": ["Wiley Meade", "FIRST mentor in Missouri"],
             "Scott Watson": ["Scott Watson", "FIRST mentor in Utah"]},
),
dict(
    id="dvids-h663-2023-05-10-navajo-students-aim-wing-altus",
    source="https://www.dvidshub.net/news/445419/navajo-students-have-moment-science-with-97-amw-aim-wing-program",
    license=PD, retrieved=PAGES + " (DVIDS story by A1C Heidi Bucins (97th Air Mobility Wing, Altus Air Force Base; byline only in the dropped trailer) on students of Navajo Public Schools touring Altus Air Force Base with the Aviation Inspiration and Mentorship Wing program on May 10, 2023, with Maj. Megan Edson and the teacher Kenna Hand; the stored copy opens with the first paragraph and has no headline, none added (the title stands only in the dropped trailer, H1818, H2384); the DVIDS trailer 'NEWS INFO Date Taken: 05.10.2023 Date Posted: 05.24.2023 10:13 Story ID: 445419 Location: ALTUS AIR FORCE BASE, OK, US Web Views: 4 Downloads: 0 PUBLIC DOMAIN This work, Navajo students have ‘a moment of science’ with 97 AMW AIM Wing program, by A1C Heidi Bucins, identified by DVIDS, must comply with the restrictions shown on https://www.dvidshub.net/about/copyright.' and the empty lines between paragraphs dropped; the stored copy ends on a complete paragraph, which is kept; two women presented in turn by a sentence without a verb of saying, each quotation cued by `she said` (H2380); 'U.S Air Force' without the second full stop and curly marks as stored)",
    text='''The Aviation Inspiration and Mentorship Wing program at Altus Air Force Base, Oklahoma, partnered with Navajo Public Schools for an immersive tour around the base, May 10, 2023.
The excursion engaged 23 students in several science, technology, engineering and math and aviation activities such as 3-D printing, flight simulations and virtual reality headsets. The tour also allowed students to visit several squadrons to see what Airmen do on a daily basis.
U.S Air Force Maj. Megan Edson, 97th Air Mobility Wing AIM Wing program director, shared the importance of the event.
“The AIM Wing program aims to inspire future leaders in the Air Force, using mentorship to excite students to consider STEM and aviation careers,” she said. “We want to include the diverse groups from our local schools and show them that they have a place in our community.”
Kenna Hand, a Navajo Public School teacher, expressed why the AIM Wing tour was a valuable experience for her students.
“We really love that the base is involved in so many things,” she said. “Kids can come out and see different STEM career opportunities and relate them to some of the things they are learning in school.”
The students had hands-on experience with preparing parachutes, using survival gear, utilizing black lights to find damage in aircraft metal, and more. The day concluded with a tour of a C-17 Globemaster III.''',
    quotes=[
        Q('“The AIM Wing program aims', 'aviation careers,”', "Megan Edson"),
        Q('“We want to include the diverse', 'in our community.”', "Megan Edson"),
        Q('“We really love that the base', 'so many things,”', "Kenna Hand"),
        Q('“Kids can come out', 'learning in school.”', "Kenna Hand"),
    ],
    aliases={"Megan Edson": ["Megan Edson", "U.S Air Force Maj. Megan Edson", "97th Air Mobility Wing AIM Wing program director"],
             "Kenna Hand": ["Kenna Hand", "a Navajo Public School teacher"]},
),
dict(
    id="dvids-h663-2012-04-08-stryker-soldiers-easter-american-legion",
    source="http://www.dvidshub.net/news/printable/86738",
    license=PD, retrieved=PAGES + " (printable DVIDS page of a 4th Stryker Brigade Combat Team, 2nd Infantry Division story by Spc. Kimberly Hackbarth, dated 04.08.2012, on soldiers of 1st Battalion, 38th Infantry Regiment celebrating Easter with members of American Legion Post 2 in Parkland, Wash., with the post's adjutant Keith Foley; the lines '4th Stryker Brigade Combat Team, 2nd Infantry Division', 'Story by Spc. Kimberly Hackbarth', 'Date: 04.08.2012', 'Posted: 04.13.2012 18:39' and 'News ID: 86738' dropped; the headline, printed twice, kept once as the first line; the last paragraph, '“All Legion members have been in the same situation; we’re all pr', cut in the stored copy, dropped (H2121); a word of the writer's in marks (H2384) and a bracketed insertion inside a quotation; 'community connecter partner', the comma before the dash in 'PARKLAND, Wash., –', two paragraphs stored on consecutive lines without an empty line between them (kept as two lines) and curly marks as stored)",
    text='''Soldiers celebrate Easter with community connecter partner
PARKLAND, Wash., – Sometimes during family-oriented holidays such as Christmas and Thanksgiving, soldiers turn to their military “families” when they can’t get home to see loved ones.
For soldiers with 1st Battalion, 38th Infantry Regiment, 4th Stryker Brigade Combat Team, 2nd Infantry Division, they also have the help of a loyal community connector partner.
Soldiers in the battalion and their families celebrated Easter with an egg hunt and dinner with members of American Legion Post 2, April 8, here.
The two groups came together when Company C, 1st Bn., 38th Inf. Regt., received the American Legion as their Adopt-A-Company partner before the unit deployed to Iraq in 2009.
The Adopt-A-Company program started as a community relations initiative, offering communities around Joint Base Lewis-McChord an opportunity to support the Stryker soldiers and their families during the yearlong deployment.
The American Legion, a not-for-profit veteran’s organization committed to mentoring youth and advocating patriotism, went above and beyond the program’s required support.
Once 4th SBCT, 2nd Inf. Div. redeployed, members of 1st Bn., 38th Inf. Regt. kept in close contact with the American Legion.
“We try to do whatever we can to support [the soldiers in the battalion] and their families both here and deployed,” said Keith Foley, the adjutant of American Legion Post 2.
Last year, the Legion hosted events for the battalion including a 4th of July barbecue, a Christmas party, and a Thanksgiving dinner.
“We try to cover each major holiday,” Foley said, explaining those are the times when soldiers miss their families the most.''',
    quotes=[
        Q('“families”', None, None),
        Q('“We try to do whatever we can', 'here and deployed,”', "Keith Foley"),
        Q('“We try to cover each major holiday,”', None, "Keith Foley"),
    ],
    aliases={"Keith Foley": ["Keith Foley", "the adjutant of American Legion Post 2", "Foley"]},
),
]
