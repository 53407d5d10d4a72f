# Held-out English news texts (tests/data/heldout85-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US Army, Air Force and National Guard outlets on their own sites, all works of the US
# government in the public domain (17 U.S.C. § 105): a 13th Sustainment Command (Expeditionary) story on hood.army.mil
# (Soldiers at Clarke Elementary School's field day, 2009), two Army News stories on army.mil (3rd Infantry Division
# Soldiers receiving combat badges in Iraq, 2010; First Army Division East's quarterly Best Warrior Competition), a National
# Guard Bureau story on nationalguard.mil (the North Carolina 1450th Transportation Company's mobilization ceremony, 2015),
# four Air Force wing stories (113wg.ang.af.mil, D.C. Air National Guard members home from Afghanistan; 162wing.ang.af.mil,
# Guard Airmen home from a pandemic-era deployment, and the Arizona Air National Guard's 2008 Airmen of the Year banquet;
# 944fw.afrc.af.mil, a 944th Fighter Wing readiness exercise at Luke Air Force Base) and an Air Force story on af.mil
# (McChord Airmen on a humanitarian airlift to Indonesia, 2009). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is
# dropped (noted in `retrieved`). Site lines, 'News Search' and 'News' lines, 'Published' lines, bylines and unit lines of
# the byline are dropped; leading and trailing spaces of a stored line are trimmed; wording, spelling ('out mission',
# 'a overseas deployment', 'Reservists laying'), inner spacing, list dashes and quotation marks are as stored. Annotated
# by reading the texts, before whosaid was run on them (rules H540-H545 in ANNOTATION.md on top of H1-H525).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout85-en.jsonl

Built by `build.py` from `heldout85_pages.py`. Like heldout25-en, heldout29-en, heldout33-en, heldout38-en, heldout68-en
and heldout76-en, these texts are stored web pages (the `pages` search corpus) of US military outlets, each on the outlet's
own site, none of them used in a set above: a 13th Sustainment Command (Expeditionary) story on hood.army.mil (Soldiers
at Clarke Elementary School's field day, Fort Hood, 2009), two Army News stories on army.mil (3rd Infantry Division
Soldiers receiving combat badges at Contingency Operating Station Falcon, Iraq, 2010; First Army Division East's
quarterly Best Warrior Competition at Fort Knox), a National Guard Bureau story on nationalguard.mil (the mobilization
ceremony of the North Carolina National Guard's 1450th Transportation Company, 2015), four Air Force wing stories
(113wg.ang.af.mil, D.C. Air National Guard members returning from Afghanistan; 162wing.ang.af.mil, Guard Airmen returning
from a deployment during the COVID pandemic, and the Arizona Air National Guard's 2008 Outstanding Airmen of the Year
banquet; 944fw.afrc.af.mil, a 944th Fighter Wing exercise at Luke Air Force Base) and an af.mil story (McChord Airmen on a
humanitarian airlift to Padang, Indonesia, 2009). All are US government works in the public domain (17 U.S.C. § 105); none
is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Site lines, bylines, 'Published' lines and photo
captions were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked
by URL, by the names of their speakers and by 8-word overlap with every existing text). The annotation (rules H540–H545 in
`ANNOTATION.md` on top of H1–H525) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="hood-army-2009-05-soldiers-help-clarke-elementary-field-day",
    source="http://www.hood.army.mil/13sce/files/news/Stories/2009/05may/clarke.html",
    license=PD, retrieved=PAGES + " (13th Sustainment Command (Expeditionary) news page on hood.army.mil; the byline lines ('Story and Photos by Sgt. Matthew C. Cooley', '15th Sustainment Brigade Public Affairs') dropped; the headline kept as the first line; the stored copy ends with the Reimers paragraph, complete)",
    text='''Soldiers help with school's field day
FORT HOOD, Texas — Games, laughing children, and a giant inflatable dinosaur might not be what Soldiers think about when they hear that they are going to the field.
But that’s what volunteers from 15th Special Troops Battalion, 15th Sustainment Brigade, 13th Sustainment Command (Expeditionary), encountered when they volunteered at Clarke Elementary School’s annual field day here, May 5.
“The school’s field day is a way for the students to celebrate the end of the year,” said Petra Baker, Clarke parent/teacher liaison.
All students, pre-kindergarten through 3rd grade went through 23 different stations on the school’s large playground, each with a different game or activities, including several inflatable obstacle courses and moonwalks.
Each Soldier was assigned a station where they assisted the students. Stations included foot races, potato sack races, hula-hoop, bowling and a tag variation using hula-hoops, among others.
“It was so awesome when we did the moonwalk on jack!” Westley Reaves, 9, a Clarke 3rd grader said of a large inflated moonwalk man.
15th STB Soldiers regularly volunteer their time and services to Clarke as part of the Adopt-a-School program, though their time is usually spent on less exciting activities like tutoring and anything else a teacher might need help with.
“It’s my favorite thing to do all week,” said Pfc. Derek Bausch, signal Soldier, 15th STB.
Some Soldiers, like Bausch, are permitted to volunteer time during the regular work day. Bausch volunteers all day, Monday through Wednesday.
“It feels so great that I see Soldiers come to our school,” said Reaves.
Parents, like Tonja Reimers, volunteer and mother of Caleb Reimers, also said they appreciate the Soldier volunteers.
“It makes [the kids] feel really good even though their dad or their mother can’t be here,” she said.''',
    quotes=[
        Q('“The school’s field day', 'end of the year,”', "Petra Baker"),
        Q('“It was so awesome', 'moonwalk on jack!”', "Westley Reaves"),
        Q('“It’s my favorite thing', 'all week,”', "Derek Bausch"),
        Q('“It feels so great', 'to our school,”', "Westley Reaves"),
        Q('“It makes [the kids]', 'can’t be here,”', "Tonja Reimers"),
    ],
    aliases={"Westley Reaves": ["Reaves"], "Derek Bausch": ["Pfc. Derek Bausch", "Bausch"]},
),
dict(
    id="army-mil-2010-08-raider-soldiers-receive-combat-badges",
    source="https://www.army.mil/article/44971/Raider_Soldiers_receive_combat_badges/",
    license=PD, retrieved=PAGES + " (army.mil article 44971; the stored copy has no headline and begins with the dateline paragraph (H455); the paragraph 'Specialist William Bullock, a military policeman and Bastrop, Texas native also received a CAB. ... As the', cut in the stored copy, dropped)",
    text='''BAGHDAD - Soldiers with Brigade Special Troops Battalion, 1st Advise and Assist Brigade, 3rd Infantry Division, United States Division - Center, and its attached engineers of Company E, 2nd Battalion, 7th Infantry Regiment, 1st AAB, received combat badges at Contingency Operating Station Falcon, Iraq, Aug. 26.
Major General Tony Cucolo, commanding general of 3rd ID, and Command Sgt. Maj. Jesse Andrews, command sergeant major of 3rd ID, made a special stop at the BSTB Headquarters to present 36 Combat Action Badges and Combat Medical Badges, recognizing Soldiers who came under fire and engaged enemy forces in combat on different occasions this past summer.
The brigade has been separated from 3rd ID during its deployment and currently supports 1st Armored Division and USD-C. Major General Cucolo and Command Sgt. Major Andrews, who will welcome the brigade home upon redeployment to Fort Stewart, Ga., reminded the Soldiers of their Dog Face Soldier roots.
Sergeant Brian Watford, a truck commander with E Co., and an Alma, Ga., native, who received a Combat Action Badge, said it was an honor to have Maj. Gen. Cucolo present the award.
"(It meant a lot) to have the commanding general award us the Combat Action Badges because it shows that the highest level of our leadership is tracking our progress," he said. "Route clearance (has been) one of the most active jobs in Iraq."
Sergeant Watford said the badges served as a reminder of valuable lessons learned.
"The best part about my job is that I get to work with Soldiers and go outside the wire every day," Sgt. Watford said. "(During the attack) I was able to experience the Warrior Ethos firsthand. It has shown me that as a leader, rehearsals are one of the most important things to do before missions."''',
    quotes=[
        Q('"(It meant a lot)', 'tracking our progress,"', "Brian Watford"),
        Q('"Route clearance', 'jobs in Iraq."', "Brian Watford"),
        Q('"The best part about my job', 'wire every day,"', "Brian Watford"),
        Q('"(During the attack)', 'before missions."', "Brian Watford"),
    ],
    aliases={"Brian Watford": ["Sergeant Brian Watford", "Sergeant Watford", "Sgt. Watford"]},
),
dict(
    id="army-mil-first-army-division-east-quarterly-best-warrior",
    source="https://www.army.mil/article/186492/soldiers_vie_for_win_at_first_army_division_east_quarterly_best_warrior_competition",
    license=PD, retrieved=PAGES + " (army.mil article 186492; the stored copy has no headline and begins with the dateline paragraph (H455); the paragraph '\"It's very relieving to know that there is nothing in front of me ... gave this competition everything I had', cut in the stored copy, dropped)",
    text='''FORT KNOX, Ky. -- The recent First Army Division East quarterly Best Warrior Competition, hosted here by the 4th Cavalry Multifunctional Training Brigade, showcased six of the best Soldiers from across the division's five brigades going head-to-head during the multi-day event.
Soldiers were tested both physically and mentally, pushing their bodies to the limits in events such as a combatives tournament, 12-mile ruck march, stress shoot, U.S. Army Ranger fitness assessment, obstacle course and land navigation course.
"Personally, I actually enjoy doing stuff like this," said Sgt. 1st Class Rafael Morales-Rojas, an observer coach/trainer with 2nd Battalion, 315th Brigade Engineer Battalion, 188th Combined Arms Training Brigade, Fort Stewart, Georgia.
Morales-Rojas said not only is the competition fun, he also sees it as an opportunity to set himself apart from the average Soldier or OC/T.
"Winning would mean being able to show what your competency levels are as a Soldier and [noncommissioned officer], especially in our roles of teaching and evaluating Soldiers," he said. He doesn't worry too much about awards and recognition, he added, and, as a very competitive person, just getting to say he beat the other senior NCOs and the younger guys would be a huge victory.
Staff Sgt. Chris Taylor, an OC/T from 1st Battalion, 335th Infantry Battalion, 157th Combined Arms Training Brigade, Camp Atterbury, Indiana, agreed.
"I want to win because it's competitiveness," Taylor said. "It has been great coming here to compete against other Soldiers who are just as competitive as I am and see how we all stack up against one another."
Taylor, it turned out, was at the top of the stack. During a ceremony on the final day of the competition, he was named the fourth-quarter best warrior for First Army Division East.''',
    quotes=[
        Q('"Personally, I actually', 'stuff like this,"', "Rafael Morales-Rojas"),
        Q('"Winning would mean', 'evaluating Soldiers,"', "Rafael Morales-Rojas"),
        Q('"I want to win', 'competitiveness,"', "Chris Taylor"),
        Q('"It has been great', 'one another."', "Chris Taylor"),
    ],
    aliases={"Rafael Morales-Rojas": ["Sgt. 1st Class Rafael Morales-Rojas", "Morales-Rojas"],
             "Chris Taylor": ["Staff Sgt. Chris Taylor", "Taylor"]},
),
dict(
    id="ngb-2015-01-north-carolina-guard-soldiers-deploy-for-kuwait",
    source="https://www.nationalguard.mil/News/Article-View/Article/577052/north-carolina-national-guard-soldiers-deploy-for-kuwait/",
    license=PD, retrieved=PAGES + " (National Guard Bureau news article 577052; the stored copy has no headline and begins with the dateline paragraph (H455); the paragraph 'This deployment marks nearly 13 years of continuous NCNG missions overseas. Many of the Soldiers and most of the leader', cut in the stored copy, dropped; the straight opening marks closed by curly ones are as stored)",
    text='''GRANITE FALLS, N.C. - North Carolina National Guard Soldiers and Airmen deploy, any time, anywhere for state and nation. That is their mission and duty. Any veteran will tell you that the family deploys with them. However, for the Kuwait deployment of the Soldiers of the NCNG 1450th Transportation Company, headquartered in the cities of Lenoir and Jefferson, it might best be said the community deploys.
"This is family, everyone knows everyone,” said Ashe County Manager Sam Yearick.
Mountain Grove Church hosted proud parents, nervous spouses, very energetic children, local employers, veteran service organization leaders and many, many friends at the company's mobilization ceremony for Operation Resolute Support held in Granite Falls, North Carolina, Jan. 9, 2015.
"We (the Guard) are part of the community, it is an honor to deploy from here,” said Army Brig. Gen. Kenneth Beard, the NCNG's assistant adjutant general - sustainment.
Nearly 160 Soldiers marched in to the beat of the 440th Army Band and a chorus of cheers and applause from the church pews. Heads bowed during prayers for the safety of the Soldiers and success of the mission. Third generation military veterans stood along with children and grandchildren with hands over heart as the national anthem played.
"A show of support builds morale,” said retired Army 1st Sgt. Clayton Moody, father of the 1450th's own 1st Sgt. Deverrick Moody.
This does not go unnoticed by the unit's commander, Army Capt. Charles McLean. He repeatedly praised during his speech all who make life a little easier for those left behind as his Soldiers deploy overseas.
"Thank you for supporting these Soldiers and their families,” said McLean.
It makes a difficult mission easier. The Soldiers are transportation and logistics experts and are deploying to recover equipment and resources still staged in southwest Asia.''',
    quotes=[
        Q('"This is family', 'knows everyone,”', "Sam Yearick"),
        Q('"We (the Guard)', 'deploy from here,”', "Kenneth Beard"),
        Q('"A show of support', 'builds morale,”', "Clayton Moody"),
        Q('"Thank you for supporting', 'their families,”', "Charles McLean"),
    ],
    aliases={"Sam Yearick": ["Ashe County Manager Sam Yearick"],
             "Kenneth Beard": ["Army Brig. Gen. Kenneth Beard"],
             "Clayton Moody": ["retired Army 1st Sgt. Clayton Moody"],
             "Charles McLean": ["Army Capt. Charles McLean", "McLean"]},
),
dict(
    id="113wg-dc-air-national-guard-members-return-home-from-afghanistan",
    source="https://www.113wg.ang.af.mil/News/Article-Display/Article/447992/dc-air-national-guard-members-return-home-from-afghanistan/",
    license=PD, retrieved=PAGES + " (113th Wing news article 447992; the 'Published', byline ('By Tech Sgt. Gareth Buckland') and unit ('113 Wing Public Affairs, DC ANG') lines dropped; the headline kept as the first line; this stored copy has no dateline line (another stored copy of the same page has 'JOINT BASE ANDREWS, Md. --' and no headline); the paragraph 'After landing at Joint Base Andrews, the members were immediately taken to a reception facility. ...', cut in the stored copy, dropped; 'out mission' and the space after the opening mark in '\" But' as stored)",
    text='''D.C. Air National Guard members return home from Afghanistan
More than 200 members of the Air National Guard returned home Friday from a deployment to Afghanistan.
"This homecoming is all the more special as it is so close to the holidays," said Brig. Gen. Jeffrey Johnson, 113th Wing commander. "It is going to make the families and the people deployed a little more cognizant of this holiday and the true meaning of the holidays."
The Guard members returned home after a 60-day Air Expeditionary Force deployment to Afghanistan in support of Operation Enduring Freedom. Of the 200 deployers, more than 170 were from the District of Columbia Air National Guard's 113th Wing. Augmenting the 113th Wing were other Air National Guard members from Iowa, New Jersey, Alabama, and Texas.
"It is coincidental timing that our folks are coming back from Afghanistan the same time the U.S. military is withdrawing from Iraq," said Brig. Gen. Jeffrey Johnson, "But it is important to know that combat is still going on in Afghanistan and that there are Americans still in harm's way. We are very happy to have our folks home but they are being replaced by other Air National Guard unit, serving over the holidays, so war still continues."
For 60 days, the guard members conducted air combat and maintenance operations at Bagram Air Base as part of the 455th Air Expeditionary Wing. They were part of the first Air National Guard, F-16 Fighting Falcon Aircraft aviation package to deploy to Afghanistan.
"I think the most important part of out mission was to provide support to the soldiers on the ground," said Senior Master Sergeant David Malone, " But I am looking forward to hugging the kids and to get reacquainted with family life and to enjoy the holidays."''',
    quotes=[
        Q('"This homecoming', 'to the holidays,"', "Jeffrey Johnson"),
        Q('"It is going to make', 'of the holidays."', "Jeffrey Johnson"),
        Q('"It is coincidental timing', 'from Iraq,"', "Jeffrey Johnson"),
        Q('"But it is important', 'still continues."', "Jeffrey Johnson"),
        Q('"I think the most important', 'on the ground,"', "David Malone"),
        Q('" But I am looking', 'enjoy the holidays."', "David Malone"),
    ],
    aliases={"Jeffrey Johnson": ["Brig. Gen. Jeffrey Johnson"],
             "David Malone": ["Senior Master Sergeant David Malone"]},
),
dict(
    id="162wing-2021-guard-airmen-return-home",
    source="https://www.162wing.ang.af.mil/News/Features/Display/Article/2527885/guard-airmen-return-home/",
    license=PD, retrieved=PAGES + " (162nd Wing feature article 2527885; the 'Published', byline ('By Staff Sgt. Aubrey Pomares') and unit ('162nd Wing') lines dropped; the headline kept as the first line; the paragraph 'Smith returned home last month, after six-months away from his wife and three-year-old daughte', cut in the stored copy, dropped; 'a overseas deployment' as stored)",
    text='''Guard Airmen Return Home
MORRIS AIR NATIONAL GUARD BASE, Ariz.—162nd Wing Airmen returned to a heartfelt “welcome home” last month, after completing a overseas deployment.
As the COVID pandemic slowed down many day-to-day operations worldwide, the 162nd continued to serve our nation around the globe. Airmen deployed to various locations in support of operations around the globe.
Members from emergency services to maintenance and just about every career specialty in between deployed to fill critical roles. Unlike other deployments a pandemic environment proved to be unique.
“The pandemic definitely presented some challenges for everyone involved in these deployments,” explained Senior Master Sgt. Callie Handa, 162nd Wing Superintendent of Plans and Integration. “It took a lot of patience, a lot of effort and a lot of coordination on everyone’s part. Things were changing every day.”
As cases of the virus continued to rise, deployment preparation had to adapt to rapidly changing circumstances and guidelines. In March, the Department of Defense issued a stop-movement order to prevent the spread of the virus, which delayed many deployments. In May, the stop-movement order was lifted, however preventing the spread of COVID-19 and the safety of our Airmen continued to be top priority for the Air Force.
Staff Sgt. Caleb Smith, 162nd Wing Firefighter, said his team was required to complete a stateside two-week quarantine prior to departure to Kuwait. Once in theater, service members took additional precautionary measures.
“Once we got there, there were mask restrictions in place and mass gatherings weren’t allowed. It was a challenge at times but it never stopped the mission. I do wish I could have experienced a COVID free deployment, but I am just glad I’m back home with my family.”''',
    quotes=[
        Q('“welcome home”', None, None),
        Q('“The pandemic definitely', 'in these deployments,”', "Callie Handa"),
        Q('“It took a lot of patience', 'changing every day.”', "Callie Handa"),
        Q('“Once we got there', 'with my family.”', "Caleb Smith"),
    ],
    aliases={"Callie Handa": ["Senior Master Sgt. Callie Handa"],
             "Caleb Smith": ["Staff Sgt. Caleb Smith"]},
),
dict(
    id="944fw-exercise-has-wing-at-war",
    source="https://www.944fw.afrc.af.mil/News/Article-Display/Article/190038/exercise-has-wing-at-war",
    license=PD, retrieved=PAGES + " (944th Fighter Wing news article 190038; the 'Published', byline ('By Lt. Col. David Thoreson') and unit ('944th Fighter Wing Public Affairs') lines dropped; the headline kept as the first line; the trailing space of the Harwood paragraph trimmed; the paragraph '“A great many of us will be in situations in our careers ... is clearly eviden', cut in the stored copy, dropped; 'Reservists laying' as stored)",
    text='''Exercise has ‘wing at war’
Reservists laying on the ground with very realistic looking “wounds” courtesy of expert moulage, emergency vehicles descending on the play area, lights flashing, sirens wailing, eye contact and communication between coworkers wearing full chemical warfare mask and hood provided as realistic training as possible within the safe confines of Luke Air Force Base. These were the exercise images viewed by all wing members during the August drill weekend.
Demands of the Global War on Terrorism contributed to the Chief of Staff of the Air Force proclamation that all Air Force members are considered deployable assets. Wing members are volunteering and deploying to Iraq in greater numbers. The Operational Readiness Inspection is rapidly approaching. Timing could not have been better to conduct two different and distinct response training exercises: Major Accident Response Exercise and Full Spectrum Threat Exercise.
The first exercise simulated the aftermath of a common terrorist tactic, a suicide bomber. Initial actions and response were the primary objectives in this exercise. “All objectives were met and overall the wing exceeded expectations,” said Col. Thomas Harwood, 944th Fighter Wing vice commander and exercise project officer. Initial actions required included building evacuation, self aid and buddy care and personnel accountability. Response was provided by fire department, security forces and explosive ordnance disposal personnel.
“Thank you for your hard work in this first step toward achieving full readiness for our entire wing,” Colonel Harwood said.
The exercises are a good opportunity for wing members to learn tactics using carefully planned scenarios.''',
    quotes=[
        Q('‘wing at war’', None, None),
        Q('“wounds”', None, None),
        Q('“All objectives were met', 'exceeded expectations,”', "Thomas Harwood"),
        Q('“Thank you for your hard work', 'our entire wing,”', "Thomas Harwood"),
    ],
    aliases={"Thomas Harwood": ["Col. Thomas Harwood", "Colonel Harwood"]},
),
dict(
    id="162wing-2008-azang-names-best-of-the-best",
    source="https://www.162wing.ang.af.mil/News/Article/444823/azang-names-best-of-the-best/",
    license=PD, retrieved=PAGES + " (162nd Wing news article 444823; the 'News Search' and 'News' lines, the 'Published', byline ('By Tech. Sgt. Angela Walz') and unit ('162nd Fighter Wing Public Affairs') lines dropped; the headline kept as the first line; the award list kept one item a line with its leading '- ' as stored; the paragraph '\"There are a lot of things we do in our jobs, ... who will go forward in the awards', cut in the stored copy, dropped)",
    text='''AZANG names 'best of the best'
The Arizona Air National Guard brought together its finest personnel and named its top performers during the Outstanding Airmen of the Year banquet held here March 1, at the Phoenix Airport Marriott Hotel.
Three of the award-winning Airmen were nominees from the 162nd Fighter Wing.
The 2008 Airmen of the Year award winners are:
- Airman of the Year: Senior Airman Jamie Hawkins, assigned to the 214th Reconnaissance Group, but nominated by the 162nd Fighter Wing for her service to the wing over the previous year
- Noncommissioned Officer of the Year: Master Sgt. Brian Thomas (Technical Sergeant during the award period), assigned to the 161st Air Refueling Wing
- Senior Noncommissioned Officer of the Year: Senior Master Sgt. Daniel Gutierrez, assigned to the 107th Air Control Squadron
- First Sergeant of the Year: Master Sgt. Diana Aragon, assigned to the 162nd Fighter Wing
- Honor Guard Member of the Year: Staff Sgt. Jared Davis, assigned to the 107th Tactical Air Control Squadron
- Junior Officer of the Year: Capt. Patrick McDonnell, assigned to the 161st Air Refueling Wing
- Command Chief Master Sergeant Award winner: Tech. Sgt. Joseph Duyck, assigned to the 162nd Fighter Wing
"You are all winners," Army Maj. Gen. David P. Rataczak, the Adjutant General, Arizona National Guard, said to the nominees.
"Congratulations to the winners of the Airmen of the Year awards, and thank you for what you do above and beyond every day. Thank you for what you do for our state and nation."
Gen. Rataczak's address to the winners was preceded by an inspiring and patriotic delivery by the National Guard Bureau Command Chief, Chief Master Sgt. Richard A. Smith.''',
    quotes=[
        Q("'best of the best'", None, None),
        Q('"You are all winners,"', None, "David P. Rataczak"),
        Q('"Congratulations to the winners', 'state and nation."', "David P. Rataczak"),
    ],
    aliases={"David P. Rataczak": ["Army Maj. Gen. David P. Rataczak", "Gen. Rataczak"]},
),
dict(
    id="af-mil-2009-10-mcchord-airmen-humanitarian-airlift-indonesia",
    source="https://www.af.mil/News/Article-Display/Article/118860/mcchord-airmen-provide-humanitarian-airlift-to-indonesia/",
    license=PD, retrieved=PAGES + " (af.mil news article 118860; the 'Published', byline ('By Staff Sgt. Eric Burks') and unit ('62nd Airlift Wing Public Affairs') lines dropped; the headline kept as the first line; the paragraph 'Helping in the local communities is another benefit, she added. \"Kids are always coming up ... To see the s', cut in the stored copy, dropped)",
    text='''McChord Airmen provide humanitarian airlift to Indonesia
McChord Air Force Base Airmen from the 7th Airlift Squadron completed their second humanitarian airlift mission in just over a week Oct. 9, delivering more than 87,000 pounds of cargo here in support of relief operations following the deadly 8.0-magnitude earthquake that shook the island Sept. 29.
The cargo -- a forklift and 10 pallets of fuel, food rations, water, and medicine -- was received at Minangkabau International Airport by Airmen of the 36th Mobility Response Squadron, deployed from Andersen AFB, Guam, and serving as members of an Air Force humanitarian assistance rapid response team that arrived Oct. 5.
"Talking with the Airmen, they really needed these supplies," said Capt. John Cortney, an aircraft commander from the 7th AS. "They were running very short on food, water and medication. It's very rewarding to know we can replenish critical supplies, first to our HARRT personnel, who in turn will then be able to deliver the much-needed medical supplies."
The HARRT, which also includes members of 13th Air Force at Hickam AFB, Hawaii; the 3rd Wing at Elmendorf AFB, Alaska; the 374th Medical Group at Yokota Air Base, Japan; and the 36th Contingency Response Group and 36th Medical Group at Andersen AFB, provides medical support to those affected by the earthquake.
"So far things are going really well," said Master Sgt. Todd Kneisley, assigned to the 36th MRS.
His squadron is staged about an hour from the airport, he said, and their primary job is to support the medical mission.
"It's an incredible opportunity to put our training into practice," said Tech. Sgt. Andrea Inman, of the 36th MRS.''',
    quotes=[
        Q('"Talking with the Airmen', 'these supplies,"', "John Cortney"),
        Q('"They were running', 'medical supplies."', "John Cortney"),
        Q('"So far things', 'really well,"', "Todd Kneisley"),
        Q('"It\'s an incredible opportunity', 'into practice,"', "Andrea Inman"),
    ],
    aliases={"John Cortney": ["Capt. John Cortney"],
             "Todd Kneisley": ["Master Sgt. Todd Kneisley"],
             "Andrea Inman": ["Tech. Sgt. Andrea Inman"]},
),
]
