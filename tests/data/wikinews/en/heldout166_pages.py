# Held-out English news pages (tests/data/heldout166-en.jsonl), none of them used in an earlier set. US military news
# stories, works of the US government in the public domain (17 U.S.C. § 105), written by service members or civilian
# public-affairs staff and taken from stored web pages (the `pages` search corpus): the Marine Corps passage-of-command story
# of September 24, 2015 (Robert Neller succeeds Joseph Dunford Jr., marines.mil), a 1st Marine Logistics Group story on
# change-of-command drill at Camp Pendleton (dvidshub.net), the change of command of 3rd Battalion, 9th Marines (2nd Marine
# Division, marines.mil), the Hampton Roads chief petty officers' 124th birthday (navy.mil, April 2017), the 2009 All-Army
# men's basketball trial camp at Fort Benning (army.mil), the opening of the 2010 Armed Forces basketball tournament (Army
# News Service, army.mil), two Armed Forces Sports stories on the 2017 and 2024 Armed Forces basketball championships
# (armedforcessports.defense.gov), an 11th Air Defense Artillery Brigade story on a Soldier selected for the 2019 All-Army
# basketball team (dvidshub.net) and an Army Reserve story on the Warrior Exercise at Fort McCoy, July 2016 (usar.army.mil).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site banners ('An official website of
# the United States government ...'), maintenance and login lines, bylines, unit lines, labels ('NEWS |', 'Courtesy Story'),
# photo captions and credits, repeated headlines and teaser paragraphs are dropped; leading and trailing blanks of a line are
# dropped; wording (also the mojibake 'womenís', 'Iím', 'itís' and the misspelling 'LEJUENE'), spacing inside paragraphs and
# quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1165-H1170 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout166-en.jsonl

Built by `build.py` from `heldout166_pages.py`. Like heldout133-en, heldout135-en, heldout137-en and heldout139-en, these
texts are US federal news texts taken from stored web pages (the `pages` search corpus), this time US military stories
written by service members or civilian public-affairs staff, none of them used in a set above: the Marine Corps story of the
passage of command of September 24, 2015 (marines.mil: Robert Neller, Ashton Carter, Ray Mabus, Joseph Dunford Jr.), a 1st
Marine Logistics Group story on change-of-command drill at Camp Pendleton (dvidshub.net: Antonio L. Hairston, Nicholas G.
Cunningham), the change of command of 3rd Battalion, 9th Marines (2nd Marine Division site: David Hudspeth, Carl Cooper),
the Hampton Roads chief petty officers' 124th birthday, April 2017 (navy.mil: Justin Gray, Carlos Vargas), the 2009
All-Army men's basketball trial camp (army.mil: David Smith, Brian Burns), the opening of the 2010 Armed Forces basketball
tournament (Army News Service on army.mil: Kenneth O. Preston, William J. Troy), two Armed Forces Sports stories on the
2017 and 2024 Armed Forces basketball championships (armedforcessports.defense.gov: Donita Adams, Kiana Doliveira; Cutosha
Dilworth, Christopher Madden), an 11th Air Defense Artillery Brigade story on Spc. Randall Haley's selection for the 2019
All-Army basketball team (dvidshub.net) and an Army Reserve story on Warrior Exercise 86-16-03 at Fort McCoy, July 2016
(usar.army.mil: Nikesha Cabrera). All are US government works in the public domain (17 U.S.C. § 105); none is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Site banners, bylines, unit and date labels, photo captions and credits,
repeated headlines and teasers were dropped; wording and quotation marks are as stored. None of these pages is used in any
set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text, including the
other helpers' worktrees). The annotation (rules H1165–H1170 in `ANNOTATION.md`) was committed before whosaid was first run
on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mil-en-usmc-2015-09-24-neller-becomes-37th-commandant",
    source="https://www.marines.mil/News/News-Display/Article/620361/passage-of-command-neller-becomes-37th-commandant-of-the-marine-corps-dunford-s/",
    license=PD, retrieved=PAGES + " (Marine Corps story on marines.mil; the stored copy begins with the dateline paragraph, no headline, and ends after the paragraph on Dunford's new post; straight marks as stored)",
    text='''WASHINGTON -- General Robert Neller received the battle colors of the Marine Corps from Gen. Joseph Dunford Jr. during a passage of command ceremony at Marine Barracks Washington, Sept. 24, 2015, signifying his new position as the 37th Commandant of the Marine Corps.
Neller, an East Lansing, Michigan, native and 40-year Marine veteran, assumes responsibility as the senior ranking officer of the Corps.
"I am honored, proud and humbled to be here," Neller said. "I appreciate your support. Now let's go do this."
During the ceremony, Secretary of Defense Ashton Carter spoke highly of Neller and his ability to lead the Marine Corps and spoke about his "greatest trait" — his love for the troops.
"They light up when he's talking to them, and he lights up too," Carter said.
Dunford, a Boston native, relinquished command of the Marine Corps after serving in the top post for less than a year.
"In his short but significant tenure, Gen. Dunford guided the Marine Corps during the final drawdown in Afghanistan, and maintained the Corps as the most formidable expeditionary fighting force that has ever existed," said Secretary of the Navy Ray Mabus. "He kept it ready to respond to any crisis throughout the globe in spite of budget constraints, threat of sequestration and the impact of continuing resolutions."
During his time as the 36th Commandant of the Marine Corps, Dunford moved forward to meet challenges with his planning guidance stressing innovation, adaption and winning America’s battles.
"I feel fortunate because a few minutes ago Gen. Neller became my commandant," said Dunford. "Just like all the other Marines and sailors, I have the good fortune to have a leader who's passionate, has extraordinary operational capability, and he has extraordinary energy and vision to take us into the future. We couldn't be in better hands."
Dunford will assume his new position as the chairman of the Joint Chiefs of Staff, Sept. 25, 2015.''',
    quotes=[
        Q('"I am honored', 'to be here,"', "Robert Neller"),
        Q('"I appreciate your support.', 'go do this."', "Robert Neller"),
        Q('"greatest trait"', None, "Ashton Carter"),
        Q('"They light up', 'lights up too,"', "Ashton Carter"),
        Q('"In his short but significant tenure', 'has ever existed,"', "Ray Mabus"),
        Q('"He kept it ready', 'continuing resolutions."', "Ray Mabus"),
        Q('"I feel fortunate', 'my commandant,"', "Joseph Dunford Jr."),
        Q('"Just like all the other Marines', 'better hands."', "Joseph Dunford Jr."),
    ],
    aliases={"Robert Neller": ["General Robert Neller", "Neller"],
             "Ashton Carter": ["Secretary of Defense Ashton Carter", "Carter"],
             "Ray Mabus": ["Secretary of the Navy Ray Mabus"],
             "Joseph Dunford Jr.": ["Gen. Joseph Dunford Jr.", "Dunford"]},
),
dict(
    id="mil-en-dvids-clr17-former-drill-instructors-change-of-command",
    source="https://dvidshub.net/news/35819/busting-rust-off-former-dis-drill-marines-change-command-ceremony",
    license=PD, retrieved=PAGES + " (1st Marine Logistics Group story on dvidshub.net; the stored copy begins with the dateline paragraph, no headline; the paragraph '\"Marines in the fleet gear toward operational commitments more than ceremonies,\" said Staff Sgt. Robert D. Fraser, ...', cut in the stored copy, dropped)",
    text='''MARINE CORPS BASE CAMP PENDLETON, Calif. — Change of command ceremonies are more than just standing in long formations and listening to lengthy speeches.
"Change of command ceremonies signify the appreciation the Marines have for the out-going commander who has led the units for a various amount of time," said Gunnery Sgt. Antonio L. Hairston, company gunnery sergeant of Service Company, Combat Logistics Regiment 17, 1st Marine Logistics Group. "It also demonstrates to the on-coming commander that the unit is well-equipped and prepared to continue its mission at a highly effective rate."
Countless hours of practice are put in to ceremonies to ensure they go flawlessly. Approximately 200 personnel are on the parade deck up to five days prior to familiarize themselves with the procedures that will take place during the ceremonies.
"We start practicing five days out so we can become accustomed to the ceremony," said Sgt. Nicholas G. Cunningham, 26, from Houston, travel non-commissioned officer in charge with Disbursing Office, Service Co., who also serves as the color sergeant for CLR-17.
Marines and Sailors are out on the parade deck a few hours a day to make sure the change of command ceremonies go perfectly. If former drill instructors are available within the unit, they can be used to teach key personnel the procedures of the ceremony and make sure Marines are doing drill properly.
"Drill instructors are highly trained and have a keen eye for correcting mistakes," said Hairston, 30, from Martinsville, Va. "They're there for the Marines' success and to ensure the drill and ceremonies are being conducted to the Marine Corps order."
Some Marines don't often get the chance to conduct close-order drill due to training, work-ups and deployments, and heavy work loads.''',
    quotes=[
        Q('"Change of command ceremonies signify', 'amount of time,"', "Antonio L. Hairston"),
        Q('"It also demonstrates', 'effective rate."', "Antonio L. Hairston"),
        Q('"We start practicing', 'the ceremony,"', "Nicholas G. Cunningham"),
        Q('"Drill instructors are', 'correcting mistakes,"', "Antonio L. Hairston"),
        Q('"They\'re there for', 'Marine Corps order."', "Antonio L. Hairston"),
    ],
    aliases={"Antonio L. Hairston": ["Gunnery Sgt. Antonio L. Hairston", "Hairston"],
             "Nicholas G. Cunningham": ["Sgt. Nicholas G. Cunningham"]},
),
dict(
    id="mil-en-usmc-2nd-mardiv-3-9-change-of-command",
    source="https://www.2ndmardiv.marines.mil/News/Article/Article/515772/39-change-of-command/",
    license=PD, retrieved=PAGES + " (2nd Marine Division story on its marines.mil site; the stored copy begins with the dateline paragraph ('LEJUENE' as stored), no headline; the paragraph 'Once Cooper finished addressing those in attendance there was a traditional pass and review ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''MARINE CORPS BASE CAMP LEJUENE, N.C. -- Third Battalion 9th Marine Regiment, 2nd Marine Division, bid farewell to their former commanding officer, Lt. Col. David Hudspeth and welcomed their new commanding officer, Lt. Col. Carl Cooper during a change of command ceremony held on W.P.T. Field aboard Marine Corps Base Camp Lejeune, N.C., Oct. 21.
Hudspeth took command of 3/9 on April 23, 2010 and led the battalion through a deployment in support of Operation Enduring Freedom 11.1.
“Everyday I’ve led these guys out here I’ve felt very fortunate and privileged,” said Hudspeth, referring to the Marines of 3/9. “I don’t have the vocabulary deep enough or enduring enough to tell them how proud I am of them. Go out there and do what you do best, go out there and win.”
The ceremony began with an invocation by the battalion chaplain, followed by the sounding of attention and the adjutant's call by the 2nd Marine Division band. A color detail from the battalion marched the colors across the field and the national anthem was played.
During a traditional change of command ceremony a report is recited in which the adjutant reports to the commanding officers that all are present for the ceremony. The passing of colors occurs next where the battalion sergeant major retrieves the Marine Corps colors and gives it to the outgoing commanding officer who then gives it to the incoming commanding officer.
“Thank you for the opportunity to lead this battalion. It is an honor that I accept with humility and a responsibility that I do not take lightly,” said Cooper during his remarks to those present for the ceremony. “Most importantly, to the Marines and sailors of this battalion, thank you for your service. I’m truly honored to join your ranks today and I look forward to standing with you as we move forward. Semper Fidelis.”''',
    quotes=[
        Q('“Everyday I’ve led', 'fortunate and privileged,”', "David Hudspeth"),
        Q('“I don’t have the vocabulary', 'go out there and win.”', "David Hudspeth"),
        Q('“Thank you for the opportunity', 'take lightly,”', "Carl Cooper"),
        Q('“Most importantly', 'Semper Fidelis.”', "Carl Cooper"),
    ],
    aliases={"David Hudspeth": ["Lt. Col. David Hudspeth", "Hudspeth"],
             "Carl Cooper": ["Lt. Col. Carl Cooper", "Cooper"]},
),
dict(
    id="mil-en-navy-2017-04-05-chiefs-celebrate-124th-birthday-hampton-roads",
    source="https://www.navy.mil/Press-Office/News-Stories/display-news/Article/2255411/chiefs-celebrate-124th-birthday-in-hampton-roads",
    license=PD, retrieved=PAGES + " (Navy story on navy.mil; the site banner, the line 'From Mass Communication Specialist Seaman Jonathan Clay and Mass Communication Specialist 3rd Class Deven Leigh Ellis' and the teaser, a verbatim copy of the first paragraph, dropped; headline and date line kept; the paragraph 'Achieving the rank of chief petty officer is held in high regard ...', cut in the stored copy, dropped)",
    text='''Chiefs Celebrate 124th Birthday in Hampton Roads
05 April 2017
Chief petty officers (CPOs) in Hampton Roads celebrated their 124th birthday with acts of service, fun and games the week of March 27.
CPOs commenced the festivities, March 27, by conducting morning colors aboard Naval Station Norfolk, before transitioning to multiple volunteering and team-building activities in and around base.
One of the week's highlights was when the CPOs visited Salem High School's Navy Junior Reserve Officers Training Corps (NJROTC) cadets for their program's Pride and Professionalism Day.
"This is energizing," said Command Master Chief Justin Gray during the mentoring event, March 28.
CPOs counseled and advised cadets in future endeavors, sharing their experiences in the Navy.
"These cadets are our future," said Chief Religious Programs Specialist Carlos Vargas. "Hopefully, we were able to answer some of those questions if they are thinking about joining [the military]."
Both the CPOs and cadets were able to benefit from the experience.
"When I have to go home, there will be somebody to take my place," said Gray.''',
    quotes=[
        Q('"This is energizing,"', None, "Justin Gray"),
        Q('"These cadets are our future,"', None, "Carlos Vargas"),
        Q('"Hopefully, we were able', '[the military]."', "Carlos Vargas"),
        Q('"When I have to go home', 'take my place,"', "Justin Gray"),
    ],
    aliases={"Justin Gray": ["Command Master Chief Justin Gray", "Gray"],
             "Carlos Vargas": ["Chief Religious Programs Specialist Carlos Vargas"]},
),
dict(
    id="mil-en-army-2009-04-28-all-army-basketball-trial-camp",
    source="https://www.army.mil/article/20266/soldiers_compete_in_all_army_basketball_trial_camp",
    license=PD, retrieved=PAGES + " (Fort Benning story on army.mil; headline kept once; the byline and date line 'By Rachel L. WatkinsApril 28, 2009', the repeated headline and the photo line '(Photo Credit: U.S. Army) VIEW ORIGINAL' dropped; the paragraph '\"It\\'s all about ...', cut in the stored copy, dropped)",
    text='''Soldiers compete in All-Army basketball trial camp
FORT BENNING, Ga. -- Soldiers from across the United States and as far away as Korea are at Fort Benning until May 9, competing in the All-Army men's basketball trial camp.
Twenty-two Soldiers came to the camp and following the last cut - 15 remain. There are three more cuts to be made before the Armed Forces Championship May 10-18 in Millington, Tenn.
"These last three cuts are going to be difficult to make," said All-Army coach David Smith. "The level of talent has really stepped up since last year."
Smith planned to cut players by April 17, but said there was so much talent, he wanted to wait until he could fully evaluate the players.
"I was looking to cut on Monday, but I don't think I am going to - this team is so competitive I'll probably keep them until the next week," he said.
Sgt. 1st Class Brian Burns, of Fort Myer, Va., is attending his first All-Army trial camp.
"I have always wanted to try out for the All-Army team, but there was always something else going on," he said. "When I found out I made it, I worked on fine tuning my skills so I would be ready."
The most challenging part of camp is the last practice of the day, Burns said. After playing two games, the team goes back to the gym for one last game.
"It really tests your mental and physical ability. When you are tired, you have to be able to keep going and push yourself. You have to be ready for anything."
The team practices three times during the week and on weekends.
The team played their first scrimmage game Monday, taking a 102-64 victory over the Fort Benning post team at the Smith Fitness Center.
"I think we really gelled as a team - I thought we played defense really well and the offense ran smoothly," Burns said.
The scrimmage game is a coach's tool to evaluate the players, Smith said.''',
    quotes=[
        Q('"These last three cuts', 'difficult to make,"', "David Smith"),
        Q('"The level of talent', 'since last year."', "David Smith"),
        Q('"I was looking to cut', 'the next week,"', "David Smith"),
        Q('"I have always wanted', 'something else going on,"', "Brian Burns"),
        Q('"When I found out I made it', 'would be ready."', "Brian Burns"),
        Q('"It really tests', 'ready for anything."', "Brian Burns"),
        Q('"I think we really gelled', 'ran smoothly,"', "Brian Burns"),
    ],
    aliases={"David Smith": ["All-Army coach David Smith", "Smith"],
             "Brian Burns": ["Sgt. 1st Class Brian Burns", "Burns"]},
),
dict(
    id="mil-en-army-2010-08-16-armed-forces-basketball-tournament-kicks-off",
    source="https://www.army.mil/article/43823/Armed_Forces_basketball_tournament_kicks_off_in_nation__039_s_capital/",
    license=PD, retrieved=PAGES + " (Army News Service story on army.mil; the stored copy begins with the dateline paragraph, no headline; the paragraph 'Troy said tournament is unique, in that it is one place ...', cut in the stored copy, dropped)",
    text='''WASHINGTON (Army News Service, Aug. 16, 2010) -- The 2010 Armed Forces Men's and Women's Basketball Tournament kicked off with an opening ceremony Aug. 16 at Joint Base Myer-Henderson Hall.
The joint base serves as the official host installation for this year's tournament. Senior Department of Defense military officials attended the event to show support for their specific branch of service.
"We're very, very proud of them," said Sgt. Maj. of the Army Kenneth O. Preston of Soldiers playing in the tournament. "We're proud of their selection to come here and compete in the all-services tournament."
Division I basketball officials from the Big Sky conference and other fans applauded the competitors in this year's tournament as they passed by the reviewing stand at the start of the ceremony.
In preparation for the tournament, players underwent several weeks of intense practice. They also competed against semi-professional teams in preparation for the championship.
The overall focus of the tournament, said Lt. Gen. William J. Troy, director for the Army staff, is for players to have a good time and represent their fellow servicemembers as disciplined, hard workers.
"When a team has their service name on a jersey, it represents that whole service and everybody out there in the fight," Troy said. "If they can come here, play hard and make friends and represent their services well, then that is something to be proud of."
The tournament runs through Aug. 22 and culminates with a championship game. An awards ceremony will follow, officially ending the seven-day event.
At the end of the competition, an all-services team will be configured from the outstanding player statistics. The U.S. Military Joint Basketball men's and women's teams will go on to compete in the world's service basketball tournament in September, which will be held in Seoul, South Korea.''',
    quotes=[
        Q('"We\'re very, very proud of them,"', None, "Kenneth O. Preston"),
        Q('"We\'re proud of their selection', 'all-services tournament."', "Kenneth O. Preston"),
        Q('"When a team has', 'out there in the fight,"', "William J. Troy"),
        Q('"If they can come here', 'to be proud of."', "William J. Troy"),
    ],
    aliases={"Kenneth O. Preston": ["Sgt. Maj. of the Army Kenneth O. Preston"],
             "William J. Troy": ["Lt. Gen. William J. Troy", "Troy"]},
),
dict(
    id="mil-en-afsports-2017-warriors-on-the-court",
    source="https://armedforcessports.defense.gov/Media/News-Stories/Article-View/Article/1364198/warriors-on-the-court",
    license=PD, retrieved=PAGES + " (U.S. Armed Forces Sports story on armedforcessports.defense.gov; the stored copy begins with the dateline line 'Joint Base San Antonio-Lackland, Texas –', kept as a line, no headline; the mojibake 'womenís', 'Iím', 'itís' as stored; the paragraph 'Another seasoned basketball veteran, U.S. Air Force Capt. Michael Lyons, ...', cut in the stored copy, dropped)",
    text='''Joint Base San Antonio-Lackland, Texas –
Service members from every branch of the U.S. military are competing for gold at the 2017 Armed Forces Basketball Championship from 1-7 November at Joint Base San Antonio-Lackland, Texas.
Teams are comprised of active duty, active National Guard, and active reserve service members serving in duty stations across the globe. Prior to the championship, players come together for a short period time during their respective Service training camp.
The players are not full time players, being committed to their military roles first and foremost. Despite that, the tournament is highly competitive and features players with college and even professional experience.
On the womenís side, six of the players in this tournament are returning from the 2016 USA Womenís team that took silver after losing to Brazil by a single point in the championship game during the Conseil International du Sports Militaire (CISM) World Military Championship.
"I didn't like the way that tasted, so I wanted to come back and represent the Army again and compete for another gold medal," said U.S. Army Sgt. Donita Adams, serving with the Maryland National Guard, one of the returning players. "As long as I can Iím going to keep doing it."
Her teammate, U.S. Army 2nd Lt. Kiana Doliveira, a signal platoon leader assigned to Fort Carson, Colo., is one of the new players on the team. Doliveira knew about the All-Army Basketball team prior to joining; a former high school rival, U.S. Army Specialist Kenyatta Sears, made it on the team and mentioned it on social media.
"It being my first year, itís a learning experience," said Doliveira. "You have to lean on the veterans, and just be ready every game because you don't know what to expect."''',
    quotes=[
        Q('"I didn\'t like the way', 'another gold medal,"', "Donita Adams"),
        Q('"As long as I can', 'keep doing it."', "Donita Adams"),
        Q('"It being my first year', 'learning experience,"', "Kiana Doliveira"),
        Q('"You have to lean', 'what to expect."', "Kiana Doliveira"),
    ],
    aliases={"Donita Adams": ["U.S. Army Sgt. Donita Adams"],
             "Kiana Doliveira": ["U.S. Army 2nd Lt. Kiana Doliveira", "Doliveira"]},
),
dict(
    id="mil-en-afsports-2024-10-05-armed-forces-basketball-championship",
    source="https://armedforcessports.defense.gov/Media/News-Stories/Article-View/Article/3927530/some-come-out-strong-at-armed-forces-basketball-championship",
    license=PD, retrieved=PAGES + " (Defense Media Activity story on armedforcessports.defense.gov; the site banner, the label 'News | Oct. 5, 2024' and the byline 'By Jonathan Austin, Defense Media Activity U.S. Armed Forces Sports' dropped, headline kept; the paragraph 'The Army hit a three-pointer to begin play ...', cut in the stored copy, dropped; curly marks and the ellipsis '…' as stored)",
    text='''Some come out strong at Armed Forces Basketball Championship
Defense proved the deciding factor for eight military teams as the Armed Forces Basketball Championship kicked off with a bang Friday.
The first game of the day was a duel in the women’s match-up between Army and the Marine Corps.
Nerves settled down as Army’s Tatiana Wayne, a first lieutenant stationed at Fort Moore, scored first off of a turnover.
The Marine Corps women were up 17-14 at halftime, but Army went on a 14-point run to take the lead.
Both teams showed grit, battling for position and possession in the paint, and Army came out victorious, 58-50.
“I like how my girls came back on defense. They came back and won that game,” said Army women’s coach Capt. Cutosha Dilworth. “We had to tighten up a little bit. Once the defense got together then all things worked out.”
Marine Corps women’s coach Christopher Madden said, “We did some great things today, [though] we’ve got to clean some stuff up. We played well for four quarters, and that’s something that … we’ve struggled with.”
Madden, a chief warrant officer 2, said the Marine women gave it everything they had.
Sgt. Precious Williams, who is stationed at Fort Bliss, Texas, scored 17 points to lead Army. 1st Lt. Kaleigh D’Arcy, who is stationed at Camp Lejeune, North Carolina, led the Corps with 16 points.
In the first men’s game of the tournament, Army came out victorious again, defeating the Marine Corps 88-79.''',
    quotes=[
        Q('“I like how my girls', 'won that game,”', "Cutosha Dilworth"),
        Q('“We had to tighten up', 'things worked out.”', "Cutosha Dilworth"),
        Q('“We did some great things today', 'struggled with.”', "Christopher Madden"),
    ],
    aliases={"Cutosha Dilworth": ["Capt. Cutosha Dilworth"],
             "Christopher Madden": ["Marine Corps women’s coach Christopher Madden", "Madden"]},
),
dict(
    id="mil-en-dvids-2019-07-30-imperial-soldier-all-army-basketball",
    source="https://dvidshub.net/news/338308/imperial-soldier-makes-all-army-basketball-team",
    license=PD, retrieved=PAGES + " (11th Air Defense Artillery Brigade story on dvidshub.net; the maintenance and login lines, the site logo line, the repeated headline, the photo caption 'Photo By Staff Sgt. Mariah Jones | ...', the place and date lines 'EL PASO, TEXAS, UNITED STATES' / '07.30.2019', the byline 'Story by Sgt. Mariah Jones' and the unit line dropped, headline kept; the indentation of the stored lines dropped; the paragraph 'The process to making the team is a multi-month process ...', cut in the stored copy, dropped)",
    text='''Imperial Soldier Makes All Army Basketball Team
Over one thousand packets submitted, twenty tryout slots, and only twelve jerseys to hand out with a less than one percent chance for selection competing for a chance to play on the Army Basketball Team is slim.
“I was never truly worried; Confidence is a key part of the game.” says G-1 THAAD, 5-52 ADA BN, 11th ADA BDE’s own Spc. Randall Haley, one of the twelve most recent members of the 2019 All-Army Basketball Team.
Even though SPC Haley does not have any previous experience at the Division I or Division II collegiate level, nor was he referred to the team from a previous member, both assets that are ranked near the top of importance on the All-Army Sports website for being selected, he never questioned his position in the process. “I just went out and played like I knew how. I saw the other guys around me had either made the team in previous years or were coming off time at West Point’s team but I knew I could only control how I was performing, so that is what I set out to do.”''',
    quotes=[
        Q('“I was never truly worried', 'part of the game.”', "Randall Haley"),
        Q('“I just went out', 'set out to do.”', "Randall Haley"),
    ],
    aliases={"Randall Haley": ["Spc. Randall Haley", "SPC Haley"]},
),
dict(
    id="mil-en-usar-2016-07-25-realistic-training-warrior-exercise",
    source="https://www.usar.army.mil/News/News-Display/Article/854748/realistic-training-leads-to-exceptional-preparedness-for-army-reserve-soldiers/",
    license=PD, retrieved=PAGES + " (Army Reserve story on usar.army.mil; the site banner, the label 'NEWS | July 25, 2016' and the byline 'By Sgt. Devin Wood 215th Mobile Public Affairs Detachment' dropped, headline kept; leading blanks of a paragraph dropped, double blanks inside it kept; the paragraph 'According ...', cut in the stored copy, dropped)",
    text='''Realistic Training Leads to Exceptional Preparedness for Army Reserve Soldiers at Warrior Exercise
FORT MCCOY, Wis.-- Small arms fire and exploding ordnance attacks by opposing forces are real world threats that face Soldiers in a combat theater. For Reserve Soldiers it can be difficult to simulate that environment at the unit level during monthly battle assemblies. To achieve the most realistic training possible, Reserve units teamed up with Active Army and Army National Guard units for the 84th Training Command's Warrior Exercise 86-16-03 held July 9-23, here.
Soldiers from the 320th Military Police Company, Middleton Con., had the opportunity to go through a mass casualty scenario involving live role players, aviation units and combat medics.
“This environment is great,” said Staff Sgt. Nikesha Cabrera, a squad leader with the 320th. “Probably half of my squad has never worked with medics or actually seen a black hawk [land].”
The 320th was one of 92 units from across the Army that honed their skills during the final WAREX rotation of the year.  WAREX  provides units an opportunity to train in tactical and combat training environments, enforces small unit leadership principals, and reinforces Army Warrior Training.
During WAREX, the 84th Training Command used a Decisive Action Training Environment (DATE) 2.1 to set the stage. DATE combines virtual scenarios with real-life role players to create an intense environment designed to encompass the training audience, test them with multiple stressors, and assess them on how they react.''',
    quotes=[
        Q('“This environment is great,”', None, "Nikesha Cabrera"),
        Q('“Probably half of my squad', 'black hawk [land].”', "Nikesha Cabrera"),
    ],
    aliases={"Nikesha Cabrera": ["Staff Sgt. Nikesha Cabrera"]},
),
]
