# Held-out English news texts (tests/data/heldout765-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105) of the Army, the Army
# Reserve, the Air Force, U.S. Southern Command's Joint Task Force-Bravo and the Coast Guard: an army.mil story on the
# Fort Drum military working dog kennel's FORSCOM award (121339), a DVIDS story on a 'Brave Rifles' infantryman's
# cook-off at Fort Hood (294547, 2018), two Air Force base stories on Army parachute riggers (MacDill, macdill.af.mil
# 1254339; the 4th Quartermaster Detachment at Joint Base Elmendorf-Richardson, jber.jb.mil 290539), a Joint Task
# Force-Bravo story on its two riggers (jtfb.southcom.mil 434987, 2008), a U.S. Army Reserve site story on observer
# coach trainers and the Louisiana National Guard (usar.army.mil 3800774, 2024), a Coast Guard press release on a rescue
# off Clearwater (news.uscg.mil 3773892) and two Air Force stories on aircraft firefighting training (Aviano firefighters
# at Sigonella, usafe.af.mil 256560; reserve firefighters at Joint Base Charleston, jbcharleston.jb.mil 1487053, 2018).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`); the Coast Guard release is
# complete. Site lines (the .mil banner, 'NEWS | date' lines, bylines and '• Published' lines, the DVIDS site lines,
# duplicate headline and photo caption, the Coast Guard editor's note and social media lines) and the empty lines
# between paragraphs are dropped, and spaces at line ends and the DVIDS indentation trimmed; a headline is kept once as
# the first line where the stored copy has one (none is added where it has none, H1818); datelines are kept as stored;
# wording, typos, dashes and quotation marks (straight or curly as stored) are as stored. Annotated by reading the
# texts, before whosaid was run on them (rules H2505-H2509 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout765-en.jsonl

Built by `build.py` from `heldout765_pages.py`. Like heldout757-en, heldout749-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US military news stories, works of service
members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not
available for any work of the United States Government"): an army.mil story on the Fort Drum military working dog
kennel of the 8th Military Police Detachment receiving the U.S. Army Forces Command's Best Military Working Dog Kennel
Award for the second year in a row (army.mil 121339, slug 'military_working_dog_kennel_receives_forscom_award_for_
second_consecutive_year'; no headline, byline or year in the stored copy), with Brig. Gen. Michael L. Howard and Capt.
André Kühner; a DVIDS story by Staff Sgt. Taresha Hill, 3d Cavalry Regiment Public Affairs Office, of September 26,
2018, ''Brave Rifles' infantryman challenges cooks to culinary cook-off' (dvidshub.net 294547), with Staff Sgt.
Shandalee Greene and Spc. Michael Chambers; a MacDill Air Force Base feature by Senior Airman Mariette Adams, 6th Air
Mobility Wing Public Affairs, 'Jump qualified; Airborne ready' (macdill.af.mil 1254339; no date in the stored copy),
with Sgt. 1st Class Oscar L. Angel and Staff Sgt. Robert Little; a Joint Base Elmendorf-Richardson story by Airman 1st
Class Omari Bernard, JBER Public Affairs, 'Warriors. Paratroopers. Riggers.' (jber.jb.mil 290539; no date in the stored
copy), with Sgt. Jerica Ogle and Spc. David Fosbinder of the 4th Quartermaster Detachment; a Joint Task Force-Bravo
story by Staff Sgt. Joel Mease, Joint Task Force-Bravo Public Affairs, of August 11, 2008, 'Riggers at JTF-Bravo
'personally guarantee' work' (jtfb.southcom.mil 434987), with Capt. Jackey Fortenberry; a U.S. Army Reserve site story
by Staff Sgt. David Lietz, 85th U.S. Army Reserve Support Command, of June 7, 2024, 'Total Army forces train National
Guard units, ahead of future deployment' (usar.army.mil 3800774), with Command Sgt. Maj. Steve Chandler and Capt.
Rofael Watts; a U.S. Coast Guard press release on the rescue of three people and a dog 35 miles west of Clearwater,
Fla. (news.uscg.mil 3773892, slug 'coast-guard-rescues-3-people-1-dog-35-miles-off-clearwater'; no headline, byline or
date in the stored copy), with the Station Sand Key operations officer printed 'Petty Officer 1st Class Jesse,
Guitierrez'; a U.S. Air Forces in Europe story by Airman 1st Class Sarah Gregory, 31st Fighter Wing Public Affairs,
'Courage under fire' (usafe.af.mil 256560; no date in the stored copy), with Bryant Nicodemus and Airman 1st Class
Andrew Sanchez; and a Joint Base Charleston story by Capt Jinny Lang, 4th Combat Camera Squadron, of April 5, 2018,
'Reserve Firefighters Tackle Aircraft Burn Trainer' (jbcharleston.jb.mil 1487053), with Master Sgt. Trent Buzille and
Airman 1st Class Hernain Garcia. Reuse terms relied on: US government works are not subject to copyright in the US (17
U.S.C. § 105); the army.mil, usar.army.mil, macdill.af.mil, jber.jb.mil, jtfb.southcom.mil, news.uscg.mil, usafe.af.mil
and jbcharleston.jb.mil pages are the services' and commands' own stories and releases, written by their public
affairs staff, and the DVIDS page is a 3d Cavalry Regiment public affairs story distributed by the Defense Visual
Information Distribution Service. Licence caveats: the army.mil kennel story and the Coast Guard release show no byline
in their stored part and are taken as government works by their sites (the Army's and the Coast Guard's own news pages)
and their content; the Aviano story's civilian speaker (`Mr. Nicodemus`) is quoted, not an author. None is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and the cut paragraph is dropped, noted per page: the kennel story's '"In addition, the Annual
Kennel Inspection and Assessment is looked at, in which we received an 'excellent''; the DVIDS story's 'Chambers faced
off against Spc. Ricardo Centeno-Guzman, a cook with 615th Aviation Su'; the MacDill story's 'At all time, the
parachute riggers keep safety at the forefront of their minds as th'; the JBER story's 'The pa'; the JTF-Bravo story's
'"It's definitely a demanding job with the limited reso'; the Army Reserve story's '“I look a'; the Aviano story's 'Air
Force firefighters are required to do live burns every six months ... the facil'; the Charleston story's 'This was the
first time the team had been together in a while ... According to B'; the Coast Guard release is stored whole. The site
lines (the .mil banner 'An official website of the United States government' / 'Here's how you know' with its two lines
on .mil sites and locks; the lines 'News | Aug. 11, 2008', 'NEWS | June 7, 2024', 'News Search' and 'NEWS | April 5,
2018' and the byline lines 'By Staff Sgt. Joel Mease Joint Task Force-Bravo Public Affairs', 'By Staff Sgt. David Lietz
85th U.S. Army Reserve Support Command' and 'By Capt Jinny Lang 4th Combat Camera Squadron'; the '• Published', '• By
...' and '• ... Public Affairs' lines of the MacDill, JBER and Aviano copies; the DVIDS lines 'Maintenance window
scheduled to begin at February 14th 2200 est. until 0400 est. February 15th', '(e.g. yourname@email.com)', 'Forgot
Password?', 'Defense Visual Information Distribution Service Logo', the second copy of the headline, the photo caption
'Photo By Sgt. 1st Class Taresha Hill | Spc. Michael Chambers (left), ... read more read more', 'FORT HOOD, TX, UNITED
STATES', '09.26.2018', 'Story by Staff Sgt. Taresha Hill' and '3d Cavalry Regiment Public Affairs Office'; the Coast
Guard lines 'Editor's note: All Coast Guard Southeast imagery can be found on DVIDS, here.', 'For breaking news, follow
us on X. For additional information, find us on Facebook and Instagram.' and '-USCG-'), the empty lines between
paragraphs, the DVIDS indentation and the spaces at line ends were dropped; headlines are kept once as the first line
(the kennel story and the Coast Guard release have none and get none, H1818); datelines ('FORT DRUM, N.Y. --', 'FORT
HOOD, Texas—', 'CLEARWATER, Fla. —') are kept as stored; wording and typos ('evaluated and accessed', 'the feeling of
satisfaction takes.', 'Sicily , Italy', 'Texas , Airman', 'Jesse, Guitierrez', the double space after 'aircraft.' in
the MacDill lead), dashes and quotation marks (straight or curly as stored) are as stored. Pages read but left out:
stories already in earlier sets (the Shaw deployment story 1998663 of heldout47-en, the NCO Journal OCS story of
heldout29-en, the DVIDS Wagonmaster school visit 253676 and the navy.mil Truman COMREL story 73395 of heldout29-en, the
army.mil heavy truck school story 202042 and the Fort Rucker NCOA story of heldout38-en, the navy.mil chiefs' birthday
story 2255411 of heldout166-en, the afmc.af.mil dog-handler story 155950 of heldout276-en, the DVIDS culinary story
418547 of heldout380-en, the army.mil Fort Sill chefs story 95469 of heldout703-en, the Quantico picnic story 518462 of
heldout258-en, the nationalguard.mil flood stories 573315 and 572966 of heldout33-en, the Miramar and Camp Lejeune Toys
for Tots stories 81141 and 513146 of heldout392-en and heldout242-en, the usafe.af.mil and mcconnell.af.mil fire
training stories 749304 and 226684 of heldout607-en, the defense.gov Guardians story 2452910 of heldout615-en, the Coast
Guard CG6022 shipmate story of heldout312-en and heldout317-en), pages with one complete quotation or none with a
speaker in their stored part (the army.mil First Army conference story 144404, whose '"8 & 28"' stands in the cut
paragraph, the army.mil Fort Huachuca change of command story 171385, the af.mil Donley visit story 119346, the
mycg.uscg.mil Frontline Focus page 2846649, the DVIDS Marine Minute audio scripts, the usnhistory Seabee rates post, the
arnold.af.mil fire training story 4145132 with one speaker whose second piece runs into the cut), copies on private
sites (navaltoday.com, militarypress.com, military-online.blogspot.com, usapatriotism.org, antimili-youth.net,
seapowermagazine.org, globalsecurity.org, massagewallah.wordpress.com, militaryprovisioner.com) and pages of
newspapers, broadcasters and magazines found by the same searches. None of the pages used is in any set above or in
another helper's worktree (checked by URL and page id (121339, 294547, 1254339, 290539, 434987, 3800774, 3773892,
256560, 1487053), by headline and slug and by the names of their speakers and phrases, such as Michael L. Howard, André
Kühner, Craig Chambers, Shandalee Greene, Centeno-Guzman, Oscar L. Angel, Robert Little, Jerica Ogle, David Fosbinder,
Jackey Fortenberry, David Hattan, Steve Chandler, Rofael Watts, Jesse, Guitierrez, Bryant Nicodemus, Andrew Sanchez,
Trent Buzille and Hernain Garcia, with grep over tests/data of the main tree and of every other helper's worktree
(heldout759-766)). Search calls used: 27 of the 60 allowed (all `search` in the `pages` corpus; no `read_file`). The
annotation (rules H2505–H2509 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run
on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-h765-fort-drum-military-working-dog-kennel-forscom-award",
    source="https://www.army.mil/article/121339/military_working_dog_kennel_receives_forscom_award_for_second_consecutive_year",
    license=PD, retrieved=PAGES + " (army.mil story (no headline, byline or year in the stored copy, which opens with the dateline; none is added, H1818; the slug reads 'military_working_dog_kennel_receives_forscom_award_for_second_consecutive_year') on the 8th Military Police Detachment kennel, 91st Military Police Battalion, at Fort Drum, N.Y., receiving the U.S. Army Forces Command's Best Military Working Dog Kennel Award for the second year in a row, with Brig. Gen. Michael L. Howard and Capt. André Kühner; the last paragraph, '\"In addition, the Annual Kennel Inspection and Assessment is looked at, in which we received an 'excellent'', cut in the stored copy, dropped; `Howard noted`, `The general` and a `he said` after an `according to` sentence (H2505); the double hyphens and straight marks as stored)",
    text='''FORT DRUM, N.Y. -- For the past two years, Fort Drum military working dogs and their handlers have proved their mettle and outshined other units. For the second year in a row, the U.S. Army Forces Command's Best Military Working Dog Kennel Award has been presented to the 8th Military Police Detachment kennel, 91st Military Police Battalion, 10th Sustainment Brigade.
Brig. Gen. Michael L. Howard, 10th Mountain Division (LI) commander -- rear, set aside time Feb. 26 to congratulate the team at the 91st MP headquarters.
Howard spoke to several handlers and learned a little about them and their four-legged partners, whose specialties range from patrols, bomb detection and narcotics.
"A vital piece of gear for them is the nose," Howard said.
The general reflected on memories from deployments where Military Working Dogs, or MWDs, were wounded in the line of duty and their handlers reacted as if a human battle buddy was wounded.
"It's amazing to see the level of compassion and commitment from the handlers," Howard noted.
After speaking to each handler, Howard presented the trophy to Sgt. 1st Class Craig Chambers, the kennel master.
Chambers explained that while the award goes to the unit, the hard work and dedication of the individual handlers and dogs helped the unit earn the title.
The award was created only two years ago, according to Capt. André Kühner, commander of both 227th Military Police Detachment and 8th MP Detachment kennel.
"That means we are the only kennels to have ever received it," he said. "Clearly, we're the best kennels in the Army!"
The kennel award is based on points awarded by a U.S. Army Forces Command, or FORSCOM, board. Units earn points in categories to include training assessment, weapons qualification, physical training, military and civilian education, foundations of excellence, external evaluations and MWD training and certifications.''',
    quotes=[
        Q('"A vital piece of gear for them is the nose,"', None, "Michael L. Howard"),
        Q('"It\'s amazing to see', 'from the handlers,"', "Michael L. Howard"),
        Q('"That means we are the only kennels', 'received it,"', "André Kühner"),
        Q('"Clearly, we\'re the best kennels in the Army!"', None, "André Kühner"),
    ],
    aliases={"Michael L. Howard": ["Michael L. Howard", "Brig. Gen. Michael L. Howard", "10th Mountain Division (LI) commander -- rear", "Howard", "The general"],
             "André Kühner": ["André Kühner", "Capt. André Kühner", "commander of both 227th Military Police Detachment and 8th MP Detachment kennel"]},
),
dict(
    id="dvids-h765-2018-09-26-brave-rifles-infantryman-culinary-cook-off",
    source="https://www.dvidshub.net/news/294547/brave-rifles-infantryman-challenges-cooks-culinary-cook-off",
    license=PD, retrieved=PAGES + " (DVIDS story by Staff Sgt. Taresha Hill, 3d Cavalry Regiment Public Affairs Office, of September 26, 2018 on the weekly cook-off at the Theodore Roosevelt Dining Facility, Fort Hood, Texas, and the infantryman who challenged the cooks, with Staff Sgt. Shandalee Greene and Spc. Michael Chambers; the site lines ('Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February 15th', '(e.g. yourname@email.com)', 'Forgot Password?', 'Defense Visual Information Distribution Service Logo'), the second copy of the headline, the photo caption 'Photo By Sgt. 1st Class Taresha Hill | Spc. Michael Chambers (left), an infantryman with Grim Troop, 2nd Squadron, 3rd...... read more read more', the lines 'FORT HOOD, TX, UNITED STATES', '09.26.2018', 'Story by Staff Sgt. Taresha Hill' and '3d Cavalry Regiment Public Affairs Office', the empty lines and the indentation before every line dropped; headline kept once as the first line; the last paragraph, 'Chambers faced off against Spc. Ricardo Centeno-Guzman, a cook with 615th Aviation Su', cut in the stored copy, dropped; the regiment's nickname in single straight marks in the headline (H2507); the dash of the dateline ('Texas— Between') and straight marks as stored)",
    text='''\'Brave Rifles\' infantryman challenges cooks to culinary cook-off
FORT HOOD, Texas— Between working long hours, weekends, and holidays, the Army's culinary specialists are soldiers who rarely have the opportunity to let loose and be creative with their skillsets. Hoping to inspire creativity, improve skills, and boost morale, the leaders at the Theodore Roosevelt Dining Facility created a friendly cook-off competition which is held every week for their culinary specialists.
"We wanted to do something that would help boost morale," said Staff Sgt. Shandalee Greene, the training noncommissioned officer-in-charge at the DFAC. "It also gives the soldiers a chance to show off their skills that we may not have otherwise noticed."
While the friendly competition started out as something for just the culinary specialists, it soon opened up to others when Spc. Michael Chambers, an infantryman with Grim Troop, 2nd Squadron, 3rd Cavalry Regiment, challenged the cooks.
Greene said Chambers is a regular customer at the Theodore Roosevelt DFAC who always comes in with a friendly smile, and at seven foot, four inches tall, he's hard to miss.
"I saw them doing the competition and started talking smack about how I could cook and just like that, they invited me to show off my skills against one of their cooks," said Chambers.''',
    quotes=[
        Q("'Brave Rifles'", None, None),
        Q('"We wanted to do something', 'boost morale,"', "Shandalee Greene"),
        Q('"It also gives the soldiers', 'otherwise noticed."', "Shandalee Greene"),
        Q('"I saw them doing the competition', 'one of their cooks,"', "Michael Chambers"),
    ],
    aliases={"Shandalee Greene": ["Shandalee Greene", "Staff Sgt. Shandalee Greene", "the training noncommissioned officer-in-charge at the DFAC", "Greene"],
             "Michael Chambers": ["Michael Chambers", "Spc. Michael Chambers", "an infantryman with Grim Troop, 2nd Squadron, 3rd Cavalry Regiment", "Chambers"]},
),
dict(
    id="af-macdill-h765-jump-qualified-airborne-ready-parachute-riggers",
    source="https://www.macdill.af.mil/News/Features/Display/Article/1254339/jump-qualified-airborne-ready/",
    license=PD, retrieved=PAGES + " (MacDill Air Force Base feature by Senior Airman Mariette Adams, 6th Air Mobility Wing Public Affairs (no date in the stored copy), on the Army parachute riggers at MacDill who keep service members jump qualified, with Sgt. 1st Class Oscar L. Angel of the Joint Communications Support Element and Staff Sgt. Robert Little of SOCOM; the lines '• Published', '• By Senior Airman Mariette Adams' and '• 6th Air Mobility Wing Public Affairs', the empty lines between paragraphs and the spaces at line ends dropped; headline kept as the first line; the last paragraph, 'At all time, the parachute riggers keep safety at the forefront of their minds as th', cut in the stored copy, dropped; an unnamed sergeant in the lead who is the speaker named in the next paragraph, and `explained` before a name (H2507); the double space after 'aircraft.', 'the feeling of satisfaction takes.' and curly marks as stored)",
    text='''Jump qualified; Airborne ready
Adrenaline kicks in and excitement begins to rise. The Army sergeant gazes 1,250 feet below as he prepares to jump out the back door of a C-130 Hercules aircraft.  As his excitement turns to fear he pushes past, and concentrates on the task at hand. He steps forward and hurls himself toward the ground at terminal velocity only to be saved by the parachute he packed.
Searching for the drop zone, he keeps distance from other jumpers and faces the wind to ensure a smooth landing. Once on the ground, the feeling of satisfaction takes.
This wasn’t the first time Sgt. 1st Class Oscar L. Angel, the NCO in charge of parachute riggers assigned to the Joint Communications Support Element jumped out of an aircraft. Angel has jumped this type of jump hundreds of times.
As parachute riggers, these trained soldiers, must master all aspects of airborne parachute operations.
“We as parachute riggers manage the daily operations, pack parachutes, coordinate airborne missions and advise commanders on the airborne program,” said Angel.
They are also responsible for helping airborne service members remain jump qualified.
Here at MacDill, the parachute riggers attached to U.S. Special Operations Command, Special Operations Command Central and JCSE assist in training, retraining and certifying personnel from various units.
“Service members are required to jump once every three months for pay and proficiency,” explained Staff Sgt. Robert Little, a parachute rigger assigned to SOCOM.
In addition to keeping service members qualified, parachute riggers are trained to air drop essential supplies.
“We are qualified to air drop anything the mission might need to include ammunition, food, medicine, vehicles and fuel; you name it, we can drop it,” said Angel.''',
    quotes=[
        Q('“We as parachute riggers', 'the airborne program,”', "Oscar L. Angel"),
        Q('“Service members are required', 'pay and proficiency,”', "Robert Little"),
        Q('“We are qualified to air drop', 'we can drop it,”', "Oscar L. Angel"),
    ],
    aliases={"Oscar L. Angel": ["Oscar L. Angel", "Sgt. 1st Class Oscar L. Angel", "the NCO in charge of parachute riggers assigned to the Joint Communications Support Element", "Angel", "The Army sergeant"],
             "Robert Little": ["Robert Little", "Staff Sgt. Robert Little", "a parachute rigger assigned to SOCOM"]},
),
dict(
    id="af-jber-h765-warriors-paratroopers-riggers-4th-quartermaster",
    source="https://www.jber.jb.mil/News/News-Articles/Article/290539/warriors-paratroopers-riggers",
    license=PD, retrieved=PAGES + " (Joint Base Elmendorf-Richardson story by Airman 1st Class Omari Bernard, JBER Public Affairs (no date in the stored copy), on the parachute riggers of the Army's 4th Quartermaster Detachment, with Sgt. Jerica Ogle and Spc. David Fosbinder; the lines '• Published', '• By Airman 1st Class Omari Bernard' and '• JBER Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'The pa', cut in the stored copy, dropped; the rigger's pledge in marks at the head of the story, a second piece never closed before the paragraph ends, a word said by every packer, a term in marks and a bracketed insertion (H2506); straight marks as stored)",
    text='''Warriors. Paratroopers. Riggers.
"I will keep in mind that until men grow wings their parachutes must be dependable" is the opening sentence to the United States Army Parachute Rigger's Pledge and a vow to their fellow Soldier. Riggers realize the importance of their military occupational specialty and, more importantly, the lives of their fellow Soldiers they hold in their hands every day.
"It is absolutely critical in our mission that we are always sure," said Sgt. Jerica Ogle, 4th Quartermaster Detachment, and a native of Middleborough, Ky. "That's why there are so many rigger checks and technical inspections throughout the pack process and even afterward to ensure that the jumper lands safely.
There are three different types of parachutes that are packed by the 4th QM. The MC1-1D, the T-10D, and the T-10R Soft Loop Center Full Reserve. Each parachute rigger has to stop at certain stages when an inspector tester goes over to check that it is being done correctly and only then can the packer continue on to the next stage.
"Each inspector tester has at least four people to check," Ogle said. "In order to progress on to the next check a packer needs to get the inspector's attention, so they may inspect and clear them to continue on to the next step."
They do so by simply saying "rigger." The procedure begins with laying out the parachute, ensuring the lines are in order and inspecting for holes. As a rigger packs a parachute, an inspector observes and ensures the process is correctly performed. An "in-processor" and final inspector further checks the process and the parachute.
"There are three sections of riggers," said Spc. David Fosbinder, 4th QM, and a native of Nashville, Tenn. "There are packers who pack personnel chutes, [aerial delivery], which pack heavy chutes and rig up loads to be dropped, and there is a maintenance section for handling chutes that aren't good."''',
    quotes=[
        Q('"I will keep in mind', 'must be dependable"', None),
        Q('"It is absolutely critical', 'always sure,"', "Jerica Ogle"),
        Q('"That\'s why there are so many rigger checks', 'the jumper lands safely.', "Jerica Ogle"),
        Q('"Each inspector tester has at least four people to check,"', None, "Jerica Ogle"),
        Q('"In order to progress', 'the next step."', "Jerica Ogle"),
        Q('"rigger."', None, None),
        Q('"in-processor"', None, None),
        Q('"There are three sections of riggers,"', None, "David Fosbinder"),
        Q('"There are packers who pack', "chutes that aren't good.\"", "David Fosbinder"),
    ],
    aliases={"Jerica Ogle": ["Jerica Ogle", "Sgt. Jerica Ogle", "Ogle"],
             "David Fosbinder": ["David Fosbinder", "Spc. David Fosbinder"]},
),
dict(
    id="southcom-jtfb-h765-2008-08-11-riggers-personally-guarantee-work",
    source="https://www.jtfb.southcom.mil/Media/Article/434987/riggers-at-jtf-bravo-personally-guarantee-work/",
    license=PD, retrieved=PAGES + " (Joint Task Force-Bravo story by Staff Sgt. Joel Mease, Joint Task Force-Bravo Public Affairs, of August 11, 2008 on the two Army parachute riggers at Soto Cano, Staff Sgts. David Hattan and Armando Amado, with Capt. Jackey Fortenberry; the .mil banner lines ('An official website of the United States government', 'Here's how you know' and the two lines on .mil sites and locks), the line 'News | Aug. 11, 2008', the byline line 'By Staff Sgt. Joel Mease Joint Task Force-Bravo Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, '\"It's definitely a demanding job with the limited reso', cut in the stored copy, dropped; a headline phrase in single marks that nobody in the kept text says, and a rigger's reported speech without marks (H2505); '32 ½ years', the spaced hyphen and straight marks as stored)",
    text='''Riggers at JTF-Bravo 'personally guarantee' work
There are few guarantees in life, but for the Army riggers stationed at Joint Task Force-Bravo anything short of their own personal guarantee in their line of work is simply not acceptable.
The parachute rigging facility at JTF-Bravo is a small shop with only two Army trained riggers stationed here. While the shop may be small, the amount of experience behind the parachute experts certainly isn't - with 32 ½ years between Staff Sgts. David Hattan and Armando Amado.
Since the shop is small, that experience is a necessity for the mission to be a success at JTF-Bravo. The riggers are responsible for all things delivered by a parachute, whether it is a person making his first jump or a container delivery system full of MREs along with the maintenance of the parachute. The shop is also charged with setting up all sling-load missions the helicopters carry here, said Sergeant Hattan, JTF-Bravo Rigger NCOIC.
That experience is also key for the mission to be so successful here at JTF-Bravo, said Capt. Jackey Fortenberry.
"For example when we helped transport bridge materials into Costa Rica earlier in the year it was the rigger's experience that allowed us to properly sling load more than 184,000 pounds of equipment on 34 loads," Capt. Fortenberry said. "There simply isn't a book out there that will tell you how to do it. We simply couldn't do it without their experience."
With an important mission and limited manpower, sometimes the job can be taxing on the two riggers.''',
    quotes=[
        Q("'personally guarantee'", None, None),
        Q('"For example when we helped', 'on 34 loads,"', "Jackey Fortenberry"),
        Q('"There simply isn\'t a book', 'without their experience."', "Jackey Fortenberry"),
    ],
    aliases={"Jackey Fortenberry": ["Jackey Fortenberry", "Capt. Jackey Fortenberry", "Capt. Fortenberry"]},
),
dict(
    id="usar-h765-2024-06-07-total-army-forces-train-national-guard-units",
    source="https://www.usar.army.mil/News/News-Display/Article/3800774/total-army-forces-train-national-guard-units-ahead-of-future-deployment/",
    license=PD, retrieved=PAGES + " (U.S. Army Reserve site story by Staff Sgt. David Lietz, 85th U.S. Army Reserve Support Command, of June 7, 2024 on observer coach trainers of First Army and the Army Reserve training seven battalions of the Louisiana National Guard's 256th Infantry Brigade during Exportable Combat Training Capability 24-01, with Command Sgt. Maj. Steve Chandler of the 177th Armored Brigade and Capt. Rofael Watts of the 3-348th Training Support Battalion; the .mil banner lines, the line 'NEWS | June 7, 2024', the byline line 'By Staff Sgt. David Lietz 85th U.S. Army Reserve Support Command' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, '“I look a', cut in the stored copy, dropped; a story that opens on a quotation, the writer's words in parentheses inside it, and roles with a town after the unit (H2508); 'evaluated and accessed' and curly marks as stored)",
    text='''Total Army forces train National Guard units, ahead of future deployment
“Our intent during their two weeks on the ground here is to build proficiency in platoon, battalion and brigade staff (readiness ahead of) real world missions,” said Command Sgt. Maj. Steve Chandler, Brigade Command Sergeant Major, 177th Armored Brigade, Camp Shelby, Mississippi. “What we do as observer coach trainers is execute situational training exercises.”
Soldiers assigned to seven battalions of the 256th Infantry Brigade, Louisiana National Guard, who are preparing for an upcoming deployment, are the focus of these training exercises, during Exportable Combat Training Capability 24-01 throughout the months of May and June 2024.
OC/Ts like Capt. Rofael Watts, Rear detachment commander, 3-348th Training Support Battalion, Jacksonville, Florida, evaluated and accessed the Soldiers during different training scenarios.
He brought his skills as a civilian mental health counselor to his job as an OC/T.
“I’m a licensed mental health counselor. I work in a prison setting. I’ve been working in it for 12 years. My job is crisis intervention, treatment development and case management,” said Watts. “As an Army officer, I have to be detail oriented. When I see a client, I must look at their posture, weight, and physical features to see if there is anything going wrong and determine if my client is a victim. You must go into every evaluation with a fresh perspective.”
He uses the same observation skills working with Army Reserve and National Guard Soldiers.''',
    quotes=[
        Q('“Our intent during their two weeks', 'real world missions,”', "Steve Chandler"),
        Q('“What we do as observer coach trainers', 'training exercises.”', "Steve Chandler"),
        Q('“I’m a licensed mental health counselor.', 'and case management,”', "Rofael Watts"),
        Q('“As an Army officer', 'a fresh perspective.”', "Rofael Watts"),
    ],
    aliases={"Steve Chandler": ["Steve Chandler", "Command Sgt. Maj. Steve Chandler", "Brigade Command Sergeant Major, 177th Armored Brigade"],
             "Rofael Watts": ["Rofael Watts", "Capt. Rofael Watts", "Rear detachment commander, 3-348th Training Support Battalion", "Watts"]},
),
dict(
    id="uscg-h765-coast-guard-rescues-3-people-1-dog-off-clearwater",
    source="https://www.news.uscg.mil/Press-Releases/Article/3773892/coast-guard-rescues-3-people-1-dog-35-miles-off-clearwater/",
    license=PD, retrieved=PAGES + " (U.S. Coast Guard press release (no headline, byline or date in the stored copy, which opens with an editor's note; none is added, H1818; the slug reads 'coast-guard-rescues-3-people-1-dog-35-miles-off-clearwater') on Coast Guard crews of Air Station Clearwater and Station Sand Key rescuing three people and a dog from a 47-foot vessel taking on water 35 miles west of Clearwater, Fla., with the station's operations officer, printed 'Petty Officer 1st Class Jesse, Guitierrez'; the lines 'Editor's note: All Coast Guard Southeast imagery can be found on DVIDS, here.', 'For breaking news, follow us on X. For additional information, find us on Facebook and Instagram.' and '-USCG-' dropped; the copy is complete, nothing is cut; a speaker's name printed with a stray comma between given name and surname (H2508); the em dash of the dateline and curly marks as stored)",
    text='''CLEARWATER, Fla. — Coast Guard crews rescued three people and one dog, Monday, after their vessel began taking on water 35 miles west of Clearwater.
Coast Guard Sector St. Petersburg watchstanders received a distress call through VHF-FM channel 16 around 5:30 a.m. from three people reporting their 47-foot vessel was taking on water.
A Coast Guard Air Station Clearwater MH-60T Jayhawk helicopter aircrew and Coast Guard Station Sand Key 45-foot Response Boat-Medium boat crew spotted all three people aboard their vessel at approximately 6:45 a.m. The aircrew deployed their rescue swimmer who swam two people from the 47-foot vessel to the response boat in 5 to 6-foot seas and 10-15 knot winds. The boat crew retrieved both boaters from the water and transferred two boat crewmen with a Coast Guard P6 pump to dewater the vessel once the sea state improved.
Upon boarding the vessel the boat crew observed the vessel taking on water through a broken window. Using a mattress and boat hooks, the boat crew was able to plug and shore the window, effectively stopping the flooding.
The boat crew escorted the vessel and passengers to Clearwater Harbor Marina around 6:30 p.m. and no injuries were reported.
“Coast Guard crews constantly train for shipboard emergencies to mitigate flooding, and part of that training includes improvising in emergency situations,” said Petty Officer 1st Class Jesse, Guitierrez, Coast Guard Station Sand Key operations officer. “When we saw water filling the lower cabin area through a hole that big, improvise is exactly what we did. I couldn’t be prouder of all our crews today for upholding the highest Coast Guard standard and ensuring the best possible outcome.”''',
    quotes=[
        Q('“Coast Guard crews constantly train', 'in emergency situations,”', "Jesse, Guitierrez"),
        Q('“When we saw water filling', 'best possible outcome.”', "Jesse, Guitierrez"),
    ],
    aliases={"Jesse, Guitierrez": ["Jesse, Guitierrez", "Petty Officer 1st Class Jesse, Guitierrez", "Coast Guard Station Sand Key operations officer"]},
),
dict(
    id="af-usafe-h765-courage-under-fire-aviano-firefighters-sigonella",
    source="https://www.usafe.af.mil/News/Article-Display/Article/256560/courage-under-fire/",
    license=PD, retrieved=PAGES + " (U.S. Air Forces in Europe story by Airman 1st Class Sarah Gregory, 31st Fighter Wing Public Affairs (no date in the stored copy), on firefighters of the 31st Aviano Fire Emergency Services flight doing live aircraft fire training at Naval Air Station Sigonella, Sicily, with Bryant Nicodemus, assistant chief of fire prevention, and Airman 1st Class Andrew Sanchez; the lines '• Published', '• By Airman 1st Class Sarah Gregory' and '• 31st Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'Air Force firefighters are required to do live burns every six months ... Since Aviano’s training facility is in the middle of upgrades, the facil', cut in the stored copy, dropped; a civilian cued with and without `Mr.`, and `he said` after a sentence naming a new person (H2509); the spaces before the commas in 'Sicily , Italy' and 'Texas , Airman' and curly marks as stored)",
    text='''Courage under fire
Airmen with the 31st Aviano Fire Emergency Services flight recently traveled to Naval Air Station Sigonella in Sicily , Italy to gain live firefighting experience.
“The primary goals of the training were to ensure our firefighters experience the heat, learn proper techniques in applying extinguishing agent and to enhance teamwork in order to save lives and the multi-million dollar assets they protect,” said Bryant Nicodemus, assistant chief of fire prevention.
During the training sessions, each firefighter experienced more than 1,000 degree heat as they extinguished simulated aircraft fires ranging from engine and interior cargo fires to a fully engulfed aircraft fire.
“They returned to duty with a better understanding of aircraft fire behavior and the tactics involved in extinguishing aircraft fires as quickly as possible,” said Mr. Nicodemus.
As a new arrival at Aviano fresh from technical training at Goodfellow AFB, Texas , Airman 1st Class Andrew Sanchez jumped at the chance for training.
“The training helped me learn better techniques, specifically for working with aircraft,” he said. “It also gave us the opportunity to learn more about the team and to trust each other. When you are in those situations, you don’t have a lot of time to debate; you have to just react and trust your partner.”
Just like the differences between grease and electrical fires, there are differences in the way various aircraft materials burn.
“It might be a wheel, brake or cockpit fire they are dealing with so firefighters have to know about the different materials, how they burn and what can be used to extinguish each type effectively,” explained Mr. Nicodemus.''',
    quotes=[
        Q('“The primary goals of the training', 'assets they protect,”', "Bryant Nicodemus"),
        Q('“They returned to duty', 'as quickly as possible,”', "Bryant Nicodemus"),
        Q('“The training helped me', 'working with aircraft,”', "Andrew Sanchez"),
        Q('“It also gave us the opportunity', 'trust your partner.”', "Andrew Sanchez"),
        Q('“It might be a wheel', 'each type effectively,”', "Bryant Nicodemus"),
    ],
    aliases={"Bryant Nicodemus": ["Bryant Nicodemus", "assistant chief of fire prevention", "Mr. Nicodemus"],
             "Andrew Sanchez": ["Andrew Sanchez", "Airman 1st Class Andrew Sanchez"]},
),
dict(
    id="af-jbcharleston-h765-2018-04-05-reserve-firefighters-aircraft-burn-trainer",
    source="https://www.jbcharleston.jb.mil/News/Article/1487053/reserve-firefighters-tackle-aircraft-burn-trainer/",
    license=PD, retrieved=PAGES + " (Joint Base Charleston story by Capt Jinny Lang, 4th Combat Camera Squadron, of April 5, 2018 on firefighters of the Air Force Reserve's 315th Civil Engineer Flight at the aircraft burn trainer during the March drill weekend, with Master Sgt. Trent Buzille and Airman 1st Class Hernain Garcia; the .mil banner lines, the lines 'News Search' and 'NEWS | April 5, 2018', the byline line 'By Capt Jinny Lang 4th Combat Camera Squadron', the empty lines between paragraphs and the spaces at line ends dropped; headline kept as the first line; the last paragraph, 'This was the first time the team had been together in a while since the majority of the unit just completed a six-month deployment. According to B', cut in the stored copy, dropped; a speaker introduced in a writer's sentence before his quotation (H2509); 'health & safety' and curly marks as stored)",
    text='''Reserve Firefighters Tackle Aircraft Burn Trainer
Firefighters with the 315th Civil Engineer Flight stepped out of the firehouse and into a fire during the March Air Force Reserve drill weekend at Joint Base Charleston, S.C. The team conducted aircraft live-fire training, with newer members taking the lead to gain familiarity with equipment and tactics.
“Hands on training is absolutely critical in our career field,” said Master Sgt. Trent Buzille, assistant chief of health & safety. “The ability to practice skills learned in a classroom setting is paramount to developing muscle memory, good technique, and safe habits that equip our Airmen for a long and successful career.”
The team approached an aircraft burn trainer rigged with propane gas that is ignited by a control tower nearby. They circled the simulator, suppressing the fire with water from firetrucks, before moving to interior fire suppression. It’s a unique setup that gives the Airmen valuable training on circumstances they may face in the military.
Airman 1st Class Hernain Garcia has been with the unit just six months. He appreciates how this training makes him better able to respond to real-world scenarios.
“This training is crucial for us and the safety of our aircrew,” Garcia said. “This training helps us determine how effective we are as a team and allows us to get feedback and make corrections of any issues that were seen during the exercise.”''',
    quotes=[
        Q('“Hands on training', 'in our career field,”', "Trent Buzille"),
        Q('“The ability to practice skills', 'and successful career.”', "Trent Buzille"),
        Q('“This training is crucial', 'of our aircrew,”', "Hernain Garcia"),
        Q('“This training helps us determine', 'during the exercise.”', "Hernain Garcia"),
    ],
    aliases={"Trent Buzille": ["Trent Buzille", "Master Sgt. Trent Buzille", "assistant chief of health & safety"],
             "Hernain Garcia": ["Hernain Garcia", "Airman 1st Class Hernain Garcia", "Garcia"]},
),
]
