# Held-out English news texts (tests/data/heldout615-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air Force,
# the Air National Guard, the Army, the Space Force's garrison site and the Department of Veterans Affairs: two blood
# drive stories (Hurlburt Field, hurlburt.af.mil 205281; the 171st Air Refueling Wing, 171arw.ang.af.mil 451583), two
# chili cook-off stories (the 2014 Fort Hood Garrison Command Chili Cook-off, army.mil 120328; the 103rd Airlift Wing at
# the 2010 New England Regional Chili Cook-Off, 103aw.ang.af.mil 451078), an army.mil story of 2012 on the Thanksgiving
# feast of Fort Sill's Garcia Dining Facility (92043), two beekeeping stories (a Clear Air Force Station guardsman,
# petersonschriever.spaceforce.mil 850053; a McConnell airman, mcconnell.af.mil 1163875) and a VA story on therapy animal
# visits at the Kansas City VA Medical Center (va.gov, Pet Partners updates). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the
# cut paragraph is dropped, also where it holds a complete quotation (noted in `retrieved`). Site lines (the .mil banner
# lines, '• Published' / '• By ...' / unit lines, army.mil byline and photo lines, the va.gov menu and badge lines), the
# empty lines between paragraphs, a line holding only a space and spaces at the end of a line are dropped; a headline is
# kept once as the first line where the stored copy has one (none is added where it has none); subheadings are kept as
# lines; datelines are kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H2320-H2324 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_MIL = "the .mil banner lines ('An official website of the United States government', 'Here's how you know', 'A .mil website belongs to ...', 'A lock (lock ) or https:// means ...') dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout615-en.jsonl

Built by `build.py` from `heldout615_pages.py`. Like heldout607-en, heldout583-en, heldout566-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): a Hurlburt Field story by Airman 1st
Class Joe McFadden, 1st Special Operations Wing Public Affairs, 'Airmen donate blood, save lives at Hurlburt drive'
(hurlburt.af.mil 205281; no year in the stored copy); a 171st Air Refueling Wing (Pennsylvania Air National Guard) story
by Tech. Sgt. Stacy Gault, 171st Public Affairs, 'Unit members donate life-saving blood' (171arw.ang.af.mil 451583; no
date in the stored copy); an army.mil story on the 2014 Fort Hood Garrison Command Chili Cook-off of Feb. 13, 2014
(army.mil 120328; the stored copy opens with the dateline and shows no headline and no writer); a 103rd Airlift Wing
(Connecticut Air National Guard) story by Tech. Sgt. Joshua Mead, 103rd Airlift Wing Public Affairs, 'Chili con Guarde:
Flying Yankees take 3rd place in regional chili contest' (103aw.ang.af.mil 451078, on the cook-off of May 1, 2010); an
army.mil story by Sgt. Nathan Akridge, 31st Air Defense Artillery PAO, 'Food service specialists use culinary skills to
create feast' (army.mil 92043, November 29, 2012); a 21st Space Wing story by Dave Smith, 21st Space Wing Public Affairs
staff writer, 'The buzz at Clear AFS is all about bees', on the Peterson-Schriever Garrison site of the Space Force
(petersonschriever.spaceforce.mil 850053; no date in the stored copy); a McConnell Air Force Base story by Airman 1st
Class Erin McClellan, 22nd Air Refueling Wing Public Affairs, 'Beekeeping: McConnell Airman’s ‘sweet’ hobby'
(mcconnell.af.mil 1163875; no date in the stored copy; a defense.gov 'Face of Defense' copy of the same story, 1187962,
was not used); and a Department of Veterans Affairs page of the VHA National Center for Healthcare Advancement and
Partnerships, 'Therapy animal visits brighten VA medical centers' (va.gov/healthpartnerships/updates/petpartners; no
writer and no date in the stored copy). Reuse terms relied on: US government works are not subject to copyright in the
US (17 U.S.C. § 105); every page is the publishing service's or department's own story on its own site. Licence caveats:
the army.mil chili story and the VA page name no writer in the stored part, so their federal authorship rests on the
publishing site alone; the Clear AFS story's writer is a public affairs staff writer (a federal civilian employee by his
unit line); the texts quote civilians inside the public-domain texts (an American Red Cross manager, an employee of
Northwest Florida Blood Services, the chairman of a regional chili cook-off and a participant, a garrison employee, a
volunteer with the nonprofit Pet Partners). None is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also
where it holds a complete quotation, noted per page: the Hurlburt story's 'One of the donors was Senior Airman Troy
McKee, ... He said he was glad to h'; the 103rd story's 'A cavalry armed with spoons and eager taste buds, just lik';
the Fort Sill story's '"They started cooking at 9 o'clock last night (Nov. 21) till 5 o'clock this morning. The rest
of the time was spe'; the Clear AFS story's 'He found an area of the base ... especially Fireweed, known f'; the
McConnell story's '“There’s too many bees for a residential area right now,” he said' (a complete quotation, its cue
without a full stop where the copy breaks off); the VA page's 'Pet Partners is a national leader in spreading the health
and wellness benefits'. The 171st story and the Fort Hood chili story end on complete paragraphs, which are kept. Site
lines (the .mil banner lines 'An official website of the United States government', 'Here's how you know', 'A .mil
website belongs to ...', 'A lock (lock ) or https:// means ...'; the '• Published' / '• By ...' / unit lines; the
army.mil byline line 'By Sgt. Nathan Akridge, 31st Air Defense Artillery PAONovember 29, 2012' and the photo lines
'Prep 2A' and '(Photo Credit: U.S. Army) VIEW ORIGINAL'; the va.gov lines 'Attention A T users. ...', 'National Center
for Healthcare Advancement and Partnerships', 'Quick Links', 'Veterans Crisis Line Badge', 'My healthevet badge' and the
section line 'Pet Partners'), the empty lines between paragraphs, the 171st copy's line holding only a space and the
spaces at the end of lines were dropped; headlines are kept once as the first line where the stored copy has one (the
Fort Hood chili copy has none and gets none, H1818); the subheadings 'And the winner is...' (Fort Hood) and 'VA and Pet
Partners will increase animal visitation programming for Veterans' (VA) are kept as lines; datelines are kept as
stored; wording and typos ('became to judges', 'cleanse their pallets', 'answered question', 'there is a quite a buzz',
'Tech Sgt.', 'kids room' before a missing closing mark), dashes and quotation marks (straight or curly as stored) are as
stored. Pages read but left out: stories already in earlier sets (the usar.army.mil Exercise News Day story 3470495,
marines.mil 1435697, the DVIDS stories 132221, 69764, 106926 and 122130, lejeune.marines.mil 512209, the Academy blood
drive story usafa.af.mil 429106, the RAF Mildenhall blood drive story 907239, army.mil 62212 and 139384, navy.mil 43439,
the Great Lakes ice rescue story), pages whose stored part keeps fewer than two complete quotations (a defense.gov story
on the name 'Guardians' 2452910, a DVIDS story from Camp Blaz 559241, a DVIDS Makin Island story 271312, the Malmstrom
and Fort Bliss chili stories), copies on non-government sites (military-online.blogspot.com, militaryspot.com,
coastguardnews.com, usapatriotism.org, navaltoday.com) and pages of newspapers and broadcasters found by the same
searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(205281, 451583, 120328, 451078, 92043, 850053, 1163875, 1187962, therapyanimalvisits), by title and by the names of
their speakers and phrases, such as Sanchez Thomas, Latina Sabb, Northwest Florida Blood Services, Spampinato, Douglas
Gault, Bruce Davis, Oroville, Caponetti, Mad Mike, Pleasant View Farms, Billy Belvin, Telisha Benns, Garcia Dining,
James Campbell, Clear AFS, Fireweed, Garrett Wright, Walt Davis, Cinnabun and Pet Partners, with grep over tests/data of
the main tree and of every other helper's worktree (heldout609-616): no hit, except other stories by the Hurlburt writer
Joe McFadden (heldout23-en, heldout475-en) and another Fort Sill Thanksgiving story of 2014 naming the Garcia DFAC
(army.mil 139384, heldout276-en), and the digits 120328 inside the date of an FSFE address in heldout400-de, none of
them one of these texts). The annotation (rules H2320–H2324 in `ANNOTATION.md`
on top of the earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind
one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="af-hurlburt-h615-airmen-donate-blood-save-lives",
    source="https://www.hurlburt.af.mil/News/Article-Display/Article/205281/airmen-donate-blood-save-lives-at-hurlburt-drive/",
    license=PD, retrieved=PAGES + " (Hurlburt Field story by Airman 1st Class Joe McFadden, 1st Special Operations Wing Public Affairs, on a blood drive outside the base commissary on Dec. 15 (no year in the stored copy); the lines '• Published', '• By Airman 1st Class Joe McFadden' and '• 1st Special Operations Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'One of the donors was Senior Airman Troy McKee, 1st Special Operations Logistics Readiness Squadron. He said he was glad to h', cut in the stored copy, dropped; two women presented in turn, each taken up by `She` and cued by `she said`, `Sergeant Thomas` as a short form, a partial quotation after `described ... as being` and a bus's name in marks (H2322); straight marks as stored)",
    text='''Airmen donate blood, save lives at Hurlburt drive
Dozens of Airmen and civilians rolled up their sleeves, braved needles and received complimentary aprons and cookies while participating in a blood drive outside Hurlburt Field's commissary Dec. 15.
The event, held in a specialized bus called "Old Glory," was coordinated by members of the 1st Special Operations Medical Operations Squadron and Northwest Florida Blood Services.
Staff Sgt. Sanchez Thomas, 1st SOMOS, was in charge of setting up the drive and making sure it did not conflict with base exercises or existing drives at other locations.
She called donating blood another way for Airmen to serve their community.
"We're used to looking out for each other and giving back to those who support us," she said. "Many of these donations will go to local hospitals and those who most need them."
Sergeant Thomas said the drive was a success and exceeded the goal of 35 units well before it ended.
Latina Sabb, Northwest Florida Blood Services, oversaw the operations on Old Glory, which is used on more than 60 drives a year.
She described the act of giving blood as being a "silent donor," meaning that many people do not see the immediate impact of their donation. She said a single pint of blood can save the lives of three adults or nine newborn infants.
"We really depend on servicemembers to donate because they often are the ones who contribute the most," she said. "This is a volunteer effort. People are not paid or obligated to do this. This is a great opportunity to help out and it's always appreciated."
The donation process was about 20 minutes long, with filling out the medical questionnaire taking the most time. On average, the actual blood drawing took between five and seven minutes.''',
    quotes=[
        Q('"Old Glory,"', None, None),
        Q('"We\'re used to looking out', 'who support us,"', "Sanchez Thomas"),
        Q('"Many of these donations', 'most need them."', "Sanchez Thomas"),
        Q('"silent donor,"', None, "Latina Sabb"),
        Q('"We really depend on servicemembers', 'contribute the most,"', "Latina Sabb"),
        Q('"This is a volunteer effort.', 'always appreciated."', "Latina Sabb"),
    ],
    aliases={"Sanchez Thomas": ["Sanchez Thomas", "Staff Sgt. Sanchez Thomas", "Sergeant Thomas"],
             "Latina Sabb": ["Latina Sabb"]},
),
dict(
    id="ang-171arw-h615-unit-members-donate-life-saving-blood",
    source="https://www.171arw.ang.af.mil/News/Article-Display/Article/451583/unit-members-donate-life-saving-blood/",
    license=PD, retrieved=PAGES + " (171st Air Refueling Wing story by Tech. Sgt. Stacy Gault, 171st Public Affairs, on an American Red Cross blood drive on base (no date in the stored copy); " + DROP_MIL + "; the lines '• Published', '• By Tech. Sgt. Stacy Gault' and '• 171st Public Affairs' and the line holding only a space after the first paragraph dropped; headline kept as the first line; the stored copy ends on a complete paragraph, which is kept; `X said of the turnout.` as a cue, with reported speech of the speaker after it in the same paragraph, and `said X, role for the American Red Cross` (H2322); straight marks as stored)",
    text='''Unit members donate life-saving blood
Approximately 40 pints of blood were donated today by members of the 171st Air Refueling Wing during an American Red Cross blood drive on base. More than 45 Airmen volunteered to assist with the blood shortage and ultimately help save lives.
Capt. Darren Rogers, medical administrative officer and event organizer, said twice the number of members registered to donate than he expected.
"Our unit members showed they are willing to do something they don't have to do; I couldn't be more pleased," Rogers said of the turnout. Rogers added he is unsure if or when there will be more drives, but he would like to have another one to build upon today's success.
"Blood drives are important during the summer when we don't have access to schools, universities and colleges so we rely on businesses and the military to help with the supply," said Marianne Spampinato, regional communications manager for the American Red Cross. Spampinato said last year, approximately 30 percent of the American Red Cross blood supply was donated by education institutions.
According to the American Red Cross website, every two seconds someone in the U.S. needs blood which equates to 38,000 donations needed every day. Each pint of blood donated can save up to three lives but less than 38 percent of the population is eligible to donate.''',
    quotes=[
        Q('"Our unit members showed', 'be more pleased,"', "Darren Rogers"),
        Q('"Blood drives are important', 'with the supply,"', "Marianne Spampinato"),
    ],
    aliases={"Darren Rogers": ["Darren Rogers", "Capt. Darren Rogers", "medical administrative officer and event organizer", "Rogers"],
             "Marianne Spampinato": ["Marianne Spampinato", "regional communications manager for the American Red Cross", "Spampinato"]},
),
dict(
    id="army-h615-2014-02-fort-hood-garrison-chili-cook-off",
    source="https://www.army.mil/article/120328/Fort_Hood_Garrison_Command_hosts_2014_Chili_Cook_off/",
    license=PD, retrieved=PAGES + " (army.mil story on the 2014 Fort Hood Garrison Command Chili Cook-off of Feb. 13, 2014 (no writer in the stored copy); the stored copy opens with the dateline and has no headline, none added (H1818); the subheading 'And the winner is...' kept as a line; the stored copy ends on a complete paragraph, which is kept; two speakers of one surname, `said Davis` after a reported sentence and as the cue of the last paragraph, `said Gault, \"Some ...` with a comma before a second piece and `he added` in a cue-less paragraph (H2321); 'became to judges', 'cleanse their pallets' and straight marks as stored)",
    text='''FORT HOOD, Texas - Under clear skies, a cool breeze flowed through the open bay at the Central Fire Station here as 18 various on-post organizations took part in the 2014 Fort Hood Garrison Command Chili Cook-off Feb. 13.
"The chili cook-off is a good way to get everybody's spirit back up and have some good competitive fun," said Susan Davis, Garrison Command Executive Secretary, of Oroville, Calif.
The contest consisted of two rounds, said Davis.
During the first round, equipped with plenty of water, napkins, and grapes to cleanse their pallets, a panel of six judges sampled 17 different entries.
"We scored the entry according to different categories, such as color, aroma, consistency, taste and aftertaste," said Command Sgt. Maj. Douglas Gault, of San Francisco, the senior enlisted adviser for the Garrison and a competition judge.
As the judges finished sampling, some were left with a greater appreciation of the vast diversity in the community.
"When you taste the chili, you can definitely taste the culture," said Gault, "Some chili is really spicy, others have a Hawaiian taste to it, and others you can taste the bell pepper."
"It was real nice to know that we have a lot of cultures and a lot of good cooks within garrison," he added.
The judges then tallied their votes to reveal the three finalists. Those whose entries had been eliminated became to judges for the second round.
And the winner is...
Bruce Davis, Fort Hood Garrison Employee and first place winner, who proved patience and dedication to be the main ingredients to his success.
"I did three batches of chili," said Davis. "I got my co-workers to critique them real hard and I perfected it."
As the event came to a close and all returned to work, the participants spoke of the importance of this kind of event.
"Any time you can do something like this it draws everybody out to participate, get away and out of the office for a little bit and I think it's good," said Davis.''',
    quotes=[
        Q('"The chili cook-off is a good way', 'competitive fun,"', "Susan Davis"),
        Q('"We scored the entry', 'and aftertaste,"', "Douglas Gault"),
        Q('"When you taste the chili', 'taste the culture,"', "Douglas Gault"),
        Q('"Some chili is really spicy', 'the bell pepper."', "Douglas Gault"),
        Q('"It was real nice to know', 'within garrison,"', "Douglas Gault"),
        Q('"I did three batches of chili,"', None, "Bruce Davis"),
        Q('"I got my co-workers', 'I perfected it."', "Bruce Davis"),
        Q('"Any time you can do something', 'I think it\'s good,"', "Bruce Davis"),
    ],
    aliases={"Susan Davis": ["Susan Davis", "Garrison Command Executive Secretary"],
             "Douglas Gault": ["Douglas Gault", "Command Sgt. Maj. Douglas Gault", "the senior enlisted adviser for the Garrison", "Gault"],
             "Bruce Davis": ["Bruce Davis", "Fort Hood Garrison Employee and first place winner"]},
),
dict(
    id="ang-103aw-h615-2010-05-chili-con-guarde",
    source="https://www.103aw.ang.af.mil/News/Article-Display/Article/451078/chili-con-guarde-flying-yankees-take-3rd-place-in-regional-chili-contest/",
    license=PD, retrieved=PAGES + " (103rd Airlift Wing (Connecticut Air National Guard) story by Tech. Sgt. Joshua Mead, 103rd Airlift Wing Public Affairs, on the wing's chili at the 2010 New England Regional Chili Cook-Off of May 1, 2010 in Somers; the lines '• Published', '• By Tech. Sgt. Joshua Mead' and '• 103rd Airlift Wing, Public Affairs' dropped; headline kept as the first line; the last paragraph, 'A cavalry armed with spoons and eager taste buds, just lik', cut in the stored copy, dropped; a speaker cued by the nickname printed in marks inside his name, a dish's name and a writer's phrase in marks, and a partial quotation opening with an ellipsis after `said ... was good,` (H2320); 'answered question' and straight marks as stored)",
    text='''Chili con Guarde: Flying Yankees take 3rd place in regional chili contest
Spring was in the air Saturday, May 1, 2010, along with the pungent smell of cumin, chili and spice as the Connecticut Air National Guard dished out some chili during the 2010 New England Regional Chili Cook-Off.
The event, sanctioned by the International Chili Society, is the next step for Capt. Garrett Caponetti's chili after winning at the technician's Christmas party at Bradley Air National Guard Base, in 2009.
The chili, dubbed "JP-8" by 1st Lt. Matthew P. Scheidel, a helping hand who performed "quality checks on the chili," was one of many entries that sun-filled afternoon at Pleasant View Farms in Somers.
The event boasted close to 80 chili cooks from 18 different states and included judging categories in red chili, green chili Verde and salsa, said Michael "Mad Mike" Freedman, chairman of the New England Regional Chili Cook-Off.
The non-judged category, people's choice, was the category in which Caponetti's chili took third place, impressing approximately 3,500 attendants.
"People's choice is anything but the kitchen sink. You can put anything in there, and the more you put in there, the better it is," said Mad Mike.
Jason Eckley, a chili cook-off participant, came out to enjoy a nice day with his family and eat some chili and said the Connecticut Air National Guard chili was good, "...it had a nice sweet flavor to it and wasn't too overpowering."
The chili was not the only attraction that the 103rd provided. As participants came up to taste the chili, recruiters handed out footballs and answered question about opportunities in the Guard while others were able to take pictures sitting in the mini A-10.
"I will tell you something, the Air National Guard stepped up. I asked for help, these guys were like the cavalry," said Mad Mike.''',
    quotes=[
        Q('"JP-8"', None, None),
        Q('"quality checks on the chili,"', None, None),
        Q('"Mad Mike"', None, None),
        Q('"People\'s choice is anything', 'the better it is,"', 'Michael "Mad Mike" Freedman'),
        Q('"...it had a nice sweet flavor', 'too overpowering."', "Jason Eckley"),
        Q('"I will tell you something', 'like the cavalry,"', 'Michael "Mad Mike" Freedman'),
    ],
    aliases={'Michael "Mad Mike" Freedman': ['Michael "Mad Mike" Freedman', "Mad Mike", "chairman of the New England Regional Chili Cook-Off"],
             "Jason Eckley": ["Jason Eckley", "a chili cook-off participant"]},
),
dict(
    id="army-h615-2012-11-29-fort-sill-thanksgiving-feast",
    source="https://www.army.mil/article/92043/Food_service_specialists_use_culinary_skills_to_create_feast/",
    license=PD, retrieved=PAGES + " (army.mil story by Sgt. Nathan Akridge, 31st Air Defense Artillery PAO, of November 29, 2012 on the Thanksgiving meal of the Garcia Dining Facility at Fort Sill; the byline line 'By Sgt. Nathan Akridge, 31st Air Defense Artillery PAONovember 29, 2012' and the photo lines 'Prep 2A' and '(Photo Credit: U.S. Army) VIEW ORIGINAL' dropped; headline kept as the first line; the last paragraph, '\"They started cooking at 9 o'clock last night (Nov. 21) till 5 o'clock this morning. The rest of the time was spe', cut in the stored copy, dropped; a quotation opened and never closed before its cue in the same sentence, listed in `unclosed`, and cue-less quotation paragraphs after sentences reporting the speaker (`X said he wanted ...`, `X added it was ...`) (H2323); straight marks as stored)",
    text='''Food service specialists use culinary skills to create feast
FORT SILL, Okla. (29 Nov. 2012) -- Even though many Soldiers at Fort Sill were away from their family Thanksgiving, the Garcia Dining Facility (DFAC) made sure they didn't celebrate the holiday alone.
The Soldiers at the DFAC worked hard to make sure everything was perfect for the big day. With more than 700 pounds of turkey, 100 pounds of crab legs, 159 pounds of buffet ham and 312 pounds of Cornish hens, the Soldiers, families, retirees and civilians had plenty to eat. The cooks didn't stop there. There were also huge vats of mashed potatoes, gravy, stuffing and an entire section devoted to desserts.
"This day is our big day, our Superbowl," said Sgt. 1st Class Billy Belvin, DFAC manager. "We do it for the Soldiers who are away from their families, so they can have a happy Thanksgiving."
Attention was paid to every detail, and even kids had a special surprise for them.
"I was in charge of the kids room, said Staff Sgt. Telisha Benns, 66th Forward Support Company. "We have a movie theme to make all the kids feel like a star. They have candy, cupcakes, teepees and popcorn, and can sit and watch a movie or dress up as movie stars."
Pfc. Samuel Santana, 571st Forward Support Company, said he wanted the DFAC to be a haven for single Soldiers.
"Soldiers who can't have Thanksgiving with their families are welcome to come here and enjoy Thanksgiving. The holidays are all about family, and in the Army, we have a brother and sister type of bond."
Santana added it was difficult to make Thanksgiving a success.
"It took a lot of hard work. It took everyone's cooperation and a lot of time to be able to do what we have done."
The hard work of the Soldiers did not go unnoticed.''',
    quotes=[
        Q('"This day is our big day, our Superbowl,"', None, "Billy Belvin"),
        Q('"We do it for the Soldiers', 'a happy Thanksgiving."', "Billy Belvin"),
        Q('"I was in charge of the kids room,', None, "Telisha Benns"),
        Q('"We have a movie theme', 'as movie stars."', "Telisha Benns"),
        Q('"Soldiers who can\'t have Thanksgiving', 'type of bond."', "Samuel Santana"),
        Q('"It took a lot of hard work.', 'what we have done."', "Samuel Santana"),
    ],
    unclosed=('"I was in charge of the kids room,',),
    aliases={"Billy Belvin": ["Billy Belvin", "Sgt. 1st Class Billy Belvin", "DFAC manager"],
             "Telisha Benns": ["Telisha Benns", "Staff Sgt. Telisha Benns"],
             "Samuel Santana": ["Samuel Santana", "Pfc. Samuel Santana", "Santana"]},
),
dict(
    id="ussf-h615-clear-afs-buzz-about-bees",
    source="https://www.petersonschriever.spaceforce.mil/Newsroom/News/Display/Article/850053/the-buzz-at-clear-afs-is-all-about-bees",
    license=PD, retrieved=PAGES + " (21st Space Wing story by Dave Smith, 21st Space Wing Public Affairs staff writer, on the beekeeping of Tech. Sgt. James Campbell, Alaska Air National Guard, at Clear Air Force Station, on the Peterson-Schriever Garrison site of the Space Force (no date in the stored copy); the lines '• Published', '• By Dave Smith' and '• 21st Space Wing Public Affairs staff writer' dropped; headline kept as the first line; the single line break before '“That first year ...' kept as a paragraph break, as stored; the last paragraph, 'He found an area of the base where the forest was clear-cut ... especially Fireweed, known f', cut in the stored copy, dropped; `said Campbell, “The next year ...` with a comma before a second piece (H2324); 'there is a quite a buzz', 'Tech Sgt.' and curly marks as stored)",
    text='''The buzz at Clear AFS is all about bees
Clear Air Force Station is a remote location tucked back in the wilderness of central Alaska. Finding diversions and activities to keep busy can be a challenge for personnel stationed there. However, there is a quite a buzz about what one Airman does to occupy himself.
Tech Sgt. James Campbell, Alaska Air National Guard 213th Security Forces Squadron, is a beekeeper. He joins about 50,000 others in the U.S. who keep fewer than five hives. Campbell’s hives are located among the fields of Fireweed, a sought after flower for making honey, on the grounds of Clear AFS.
Campbell became interested in starting his own apiary about six years ago when family history, and the fact he was going through a lot of honey, combined to pique his interest.
“My great grandpa had a farm in central Minnesota and he had 23 hives,” Campbell said. “Growing up I always heard mom and my grandpa talk about it.”
He took a class on the subject and soon put together his first hives.
“That first year I got it all wrong, but I was ecstatic about it,” said Campbell, “The next year I got 12 gallons of honey and I was hooked.”
He was the first beekeeper to put hives on the base, but now there are a handful of others who have their own bees nearby. Campbell lives about 300 miles away in Anchorage. Putting his bees at the installation allowed him to tend to them after work while he was staying on base. Having the other beekeepers there allows for them to keep an eye on each other’s hives while the hive owner is not there.
“I had to have something to do after work for relaxation,” Campbell said. “And there are more wildflowers at the base so the honey is lighter, sweeter and cleaner.”''',
    quotes=[
        Q('“My great grandpa had a farm', 'he had 23 hives,”', "James Campbell"),
        Q('“Growing up I always heard', 'talk about it.”', "James Campbell"),
        Q('“That first year I got it all wrong', 'ecstatic about it,”', "James Campbell"),
        Q('“The next year I got 12 gallons', 'I was hooked.”', "James Campbell"),
        Q('“I had to have something to do', 'for relaxation,”', "James Campbell"),
        Q('“And there are more wildflowers', 'sweeter and cleaner.”', "James Campbell"),
    ],
    aliases={"James Campbell": ["James Campbell", "Tech Sgt. James Campbell", "Campbell"]},
),
dict(
    id="af-mcconnell-h615-beekeeping-sweet-hobby",
    source="https://www.mcconnell.af.mil/News/Features/Display/Article/1163875/beekeeping-mcconnell-airmans-sweet-hobby/",
    license=PD, retrieved=PAGES + " (McConnell Air Force Base story by Airman 1st Class Erin McClellan, 22nd Air Refueling Wing Public Affairs, on the beekeeping of Tech. Sgt. Garrett Wright (no date in the stored copy; the defense.gov 'Face of Defense' copy, 1187962, not used); the lines '• Published', '• By Airman 1st Class Erin McClellan' and '• 22nd Air Refueling Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, '“There’s too many bees for a residential area right now,” he said', cut in the stored copy after its complete quotation and cue, dropped whole (H2121, H2324); the writer's first name of the speaker as his short form, a quotation running over two paragraphs with the first piece left open at its paragraph end, and a writer's word in single marks in the headline (H2324); '[my partner]', '[car]' and curly marks as stored)",
    text='''Beekeeping: McConnell Airman’s ‘sweet’ hobby
During his studies as an environmental science major, a McConnell Airman became interested in beekeeping, which led him down the path to a somewhat-unusual hobby.
Tech. Sgt. Garrett Wright, 22nd Operations Support Squadron Survival Evasion Resistance and Escape and Personnel Recovery specialist, obtained his first honeybees last year after attending workshops and doing heavy research on beekeeping.
His first hive was acquired when he and another Airman volunteered to remove a swarm from a Wichita man’s yard. Swarming occurs when the hive raises a new queen. When she emerges and takes control of the hive, and the old queen will leave with half the bees. They will then fly to a tree and stay in a cluster around the queen until they find a new home. Garrett said that bees are very docile while swarming.
Removing the swarm was Garrett’s first real interaction with bees. He even had to stop on his way there to buy a suit.
“There was this cluster of bees like 20 feet up in a tree, and I mean a big old ball of bees,” he said. “I climbed up in the tree in my bee suit and lowered the branch down to [my partner]. He held a box to put the bees in, and I shook them from the branch into the box, dumped them into my hive and put on the lid.
“At that point, as long as the queen is in the box, the rest of the bees will come into the box to follow her, and they’ll start up their own hive in this box that I introduced them into. They just kind of lined up, all came into the box, and I taped all the holes shut, put that in the back of my [car] and we drove it away.”
Since then, Garrett’s bee collection has grown. He now has five hives, one of which he procured by removing it from base housing, and plans to move them to a rural area soon.''',
    quotes=[
        Q('‘sweet’', None, None),
        Q('“There was this cluster of bees', 'ball of bees,”', "Garrett Wright"),
        Q('“I climbed up in the tree', 'put on the lid.', "Garrett Wright"),
        Q('“At that point, as long as the queen', 'drove it away.”', "Garrett Wright"),
    ],
    aliases={"Garrett Wright": ["Garrett Wright", "Tech. Sgt. Garrett Wright", "Garrett"]},
),
dict(
    id="va-h615-therapy-animal-visits-brighten-va-medical-centers",
    source="https://www.va.gov/healthpartnerships/updates/petpartners/therapyanimalvisits.asp",
    license=PD, retrieved=PAGES + " (Department of Veterans Affairs page of the VHA National Center for Healthcare Advancement and Partnerships on therapy animal visits, with Walt Davis, a volunteer animal handler with Pet Partners, and his dog Cinnabun at the Kansas City VA Medical Center (no writer and no date in the stored copy); the lines 'Attention A T users. ...' (the menu instructions), 'National Center for Healthcare Advancement and Partnerships', 'Quick Links', 'Veterans Crisis Line Badge', 'My healthevet badge' and the section line 'Pet Partners' dropped; headline kept as the first line and the subheading 'VA and Pet Partners will increase animal visitation programming for Veterans' kept as a line; the last paragraph, 'Pet Partners is a national leader in spreading the health and wellness benefits', cut in the stored copy, dropped; `he said` after a paragraph presenting the speaker, `Mr. X said` and a thought in single marks inside the speaker's quotation, followed by the writer's sentence in the same paragraph (H2324); the em dash and curly marks as stored)",
    text='''Therapy animal visits brighten VA medical centers
VA and Pet Partners will increase animal visitation programming for Veterans
Walt Davis, a retired Army Reserve Veteran and volunteer animal handler with the nonprofit Pet Partners, visits patients at the Kansas City VA Medical Center (KCVAMC) with his dog Cinnabun, a chihuahua. Mr. Davis said he’s seen the transformational effect his visits with Cinnabun can have on patients.
“Rather than in a hospital environment, she takes them to a different time and place where things are much happier, and she lifts their mood,” he said. “You can see that occurring in front of your eyes. It’s not me who does that — it’s Cinnabun. She’s the lead actress, and she wins an Oscar every time.”
Mr. Davis said he has experienced symptoms stemming from posttraumatic stress disorder and depression. His visits to KCVAMC, he said, have improved his health and his well-being and represent an important way of giving back.
“Volunteering with Cinnabun gave me a sense of responsibility, didn’t make me feel so isolated, alone, and bored, and gave me something else to think about,” Mr. Davis said. “Cinnabun turned out to be a therapy dog for me. I thought, ‘If she can do this for me, she can do it for someone else, too.’” Mr. Davis and Cinnabun have logged more than 100 hours of volunteer service and are working toward 200 hours.''',
    quotes=[
        Q('“Rather than in a hospital environment', 'lifts their mood,”', "Walt Davis"),
        Q('“You can see that occurring', 'an Oscar every time.”', "Walt Davis"),
        Q('“Volunteering with Cinnabun gave me', 'to think about,”', "Walt Davis"),
        Q('“Cinnabun turned out to be a therapy dog', 'someone else, too.’”', "Walt Davis"),
    ],
    aliases={"Walt Davis": ["Walt Davis", "Mr. Davis"]},
),
]
