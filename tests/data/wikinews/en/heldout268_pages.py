# Held-out English news texts (tests/data/heldout268-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105) from the Space Force, the
# Air Force, the Army, the Army Reserve (DVIDS) and the National Guard Bureau: two Buckley Space Force Base stories on
# Space Delta 4 changes of command (2021, 2023), a National Guard Bureau press release on the COVID-19 response (May 27,
# 2020), an Air Combat Command story on a 7th Bomb Wing deployment ('Bats return to Southwest Asia'), an army.mil story
# of the 214th Fires Brigade's NCO induction ceremony at Fort Sill (2013) and a DVIDS story of First Army's 4th Cavalry
# Brigade at Warrior Exercise 78-17-01 (2017). None is credited to AP, Reuters, AFP or another third party. Stored copies
# are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in
# `retrieved`). Site lines, 'Published'/byline/unit lines, release number and date lines are dropped; a headline is kept
# once as the first line where the stored copy has one; empty lines between paragraphs are dropped; wording (typos
# included) and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H1660-H1664 in ANNOTATION.md on top of H1-H1659).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout268-en.jsonl

Built by `build.py` from `heldout268_pages.py`. Like heldout234-en, heldout242-en, heldout258-en and other military sets
above, these texts are stored web pages (the `pages` search corpus) of US military news stories (public domain, 17
U.S.C. § 105), none of them used in a set above, this time from services seldom used together: two Buckley Space Force
Base stories on Space Delta 4 changes of command ('DEL 4 receives new commander', July 2021; 'Space Delta 4 welcomes new
commander', July 2023), a National Guard Bureau press release ('National Guard response to COVID-19', May 27, 2020,
nationalguard.mil), an Air Combat Command story of the 7th Bomb Wing ('Bats return to Southwest Asia', a B-1 squadron
deploying from Dyess Air Force Base), an army.mil story of the 214th Fires Brigade's NCO induction ceremony at Fort
Sill (November 2013) and a DVIDS story of First Army's 4th Cavalry Brigade partnering with Army Reserve units at Warrior
Exercise 78-17-01 (March 2017). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped even where it opens a
quotation (what was dropped is noted per page). Site lines, 'Published' and byline/unit lines, the release number and
date line and the empty lines between paragraphs were dropped; wording (typos included) and quotation marks are as
stored. Other candidates found in the search (DVIDS stories 205109, 172814 and 289393, usar.army.mil 3470495, a Coast
Guard page on the Andrea Doria diver) were already in heldout23-en, heldout52-en or heldout133-en and were left out.
None of these pages is used in any set above (checked by URL and article or story number, by title, by the names of
their speakers such as Schiess, Bourquin, Whiting, Howard Lloyd, Dickenson, Tagle, Christian Hoover, Mark Aaron,
Garling, Skyler Sundown, Rob Pike and Christopher Glass, and by phrases such as 'Semper Supra', '28th ECAB', 'Leaders
Brigade' and 'Warrior Exercise 78-17', grepped in tests/data of the main checkout and of every other helper's worktree,
with no hit except 'Lengyel', who speaks in other, different pages of heldout33-en and heldout105-en). The annotation
(rules H1660–H1664 in `ANNOTATION.md` on top of H1–H1659) was committed before whosaid was first run on these texts, so
the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="buckley-2023-07-space-delta-4-welcomes-new-commander",
    source="https://www.buckley.spaceforce.mil/NEWS/Article-Display/Article/3467282/space-delta-4-welcomes-new-commander/",
    license=PD, retrieved=PAGES + " (Buckley Space Force Base news story of July 2023; the lines '• Published', '• By Staff Sgt. Haley N. Blevins' and '• Buckley Space Force Base Public Affairs' dropped; headline kept once; the empty lines between paragraphs dropped; the closing line 'Semper Supra' (the Space Force motto, no quotation marks) kept as the last line as stored; the stored copy is complete)",
    text='''Space Delta 4 welcomes new commander
Col. Ernest Schmitt assumed command of Space Delta 4 from Col. Miguel Cruz during a change of command ceremony that took place at the Leadership Development Center at Buckley Space Force Base, Colo., July 21, 2023.
During the change of command ceremony, Cruz relinquished command to the presiding officer, Maj. Gen. Douglas Schiess, Space Operations Command vice commander, and Schiess passed the Space Delta 4 guidon to Schmitt.
The transition of the guidon symbolizes Schmitt’s acceptance as the new commander of Space Delta 4.
In Schiess’ remarks, he highlighted the important role Space Delta 4 plays in the protection of our national security and how exceptional leadership is key.
“It’s very important that a mission area so critical and crucial to determining potential attacks, protecting human lives, and if necessary enabling a defensive response are led by a remarkable leader,” said Schiess. “Col. Cruz has been that leader for the last two years leading with a bold ‘kill chain starts with us mentality’.”
Cruz reminisced about his time as commander and warmly welcomed Schmitt as the new commander of Space Delta 4.
“Commanding Space Delta 4 has been the best thing that has happened to me in my professional life,” said Cruz. “Col. Schmitt, you will do great and I can’t wait to see how you take Space Delta 4 to the next level.”
In his first address as commander of Space Delta 4, Schmitt expressed how important the mission is that he will now be supporting, and he is grateful to the members of Space Delta 4 for all of their hard work and dedication to our nation.
“I understand how this delta is critical to the defense of our nation, and how our mission supports almost everything we do in the Department of Defense,” said Schmitt. “I look forward to taking the next steps together.”
Semper Supra''',
    quotes=[
        Q('“It’s very important', 'by a remarkable leader,”', "Douglas Schiess"),
        Q('“Col. Cruz has been', 'with us mentality’.”', "Douglas Schiess"),
        Q('“Commanding Space Delta 4', 'professional life,”', "Miguel Cruz"),
        Q('“Col. Schmitt, you will', 'to the next level.”', "Miguel Cruz"),
        Q('“I understand how', 'Department of Defense,”', "Ernest Schmitt"),
        Q('“I look forward', 'steps together.”', "Ernest Schmitt"),
    ],
    aliases={"Douglas Schiess": ["Douglas Schiess", "Schiess", "Space Operations Command vice commander", "the presiding officer"],
             "Miguel Cruz": ["Miguel Cruz", "Cruz"],
             "Ernest Schmitt": ["Ernest Schmitt", "Schmitt", "the new commander of Space Delta 4"]},
),
dict(
    id="buckley-2021-07-del-4-receives-new-commander",
    source="https://www.buckley.spaceforce.mil/NEWS/Article-Display/Article/2696498/del-4-receives-new-commander/",
    license=PD, retrieved=PAGES + " (Buckley Space Force Base news story of July 2021; the lines '• Published', '• By Senior Airman Joshua Crossman' and '• Buckley Garrison Public Affairs' dropped; headline kept once; the empty lines between paragraphs dropped; the paragraph 'Cruz', cut in the stored copy after its first word, dropped; the nickname “Mac” inside Whiting's quotation with the same curly double marks as stored (H1661))",
    text='''DEL 4 receives new commander
The Missile Warning Delta had its first-ever change of command on Buckley Space Force Base at the Leadership Development Center on July 15, 2021.
During the inaugural ceremony, U.S. Space Force Col. Richard Bourquin relinquished command of Space Delta 4 after serving as the unit’s first commander. Shortly after, Col. Miguel Cruz received the guidon symbolizing his acceptance for his new role as the DEL 4 commander.
Lt. Gen. Stephen Whiting, the Space Operations Command commander, presided over the DEL 4 Change of Command ceremony.
“The significance of Delta 4’s mission cannot be overstated,” said Whiting. “Our missile warning and missile defense enterprise is an absolute essential component of our national security. Combatant Commanders, International partners, and the entire Joint-Force depend heavily upon Delta 4’s complex mesh of interconnected ground and space-based systems.”
Whiting went on to highlight the many obstacles Bourquin and his team faced and conquered in DEL 4’s first year as a unit. Through USSF and DEL 4’s massive organizational change and guiding his personnel to safety throughout the COVID-19 pandemic, Whiting recognized Bourquin as a fantastic leader.
“Fortunately, as Delta 4 bids farewell to one superb commander, it welcomes an equally skilled and talented leader Col. Miguel “Mac” Cruz,” said Whiting.
During his speech, Cruz expressed his gratitude and excitement for leading DEL 4.
The Guardians, Airmen, civilians, contractors and allies he now leads operate and support the sensors that provide unparalleled data to national leaders for strategic and theater missile warning, space domain awareness, battlespace awareness, tipping and cueing for missile defense, and technical intelligence.
“We are no longer merely space operators; we are now decidedly space warfighters,” said Cruz.''',
    quotes=[
        Q('“The significance of', 'cannot be overstated,”', "Stephen Whiting"),
        Q('“Our missile warning', 'space-based systems.”', "Stephen Whiting"),
        Q('“Fortunately, as Delta 4', '“Mac” Cruz,”', "Stephen Whiting"),
        Q('“We are no longer', 'space warfighters,”', "Miguel Cruz"),
    ],
    aliases={"Stephen Whiting": ["Stephen Whiting", "Whiting", "the Space Operations Command commander"],
             "Miguel Cruz": ["Miguel Cruz", "Cruz", "the DEL 4 commander"]},
),
dict(
    id="ngb-2020-05-27-national-guard-response-to-covid-19",
    source="https://www.nationalguard.mil/News/Press-Releases/Article/2212986/national-guard-response-to-covid-19/",
    license=PD, retrieved=PAGES + " (National Guard Bureau press release 20-050 of May 27, 2020; the site lines 'Home : News : Press Releases' and 'Press Releases' and the line '20-050 | May 27, 2020' dropped; headline kept once; the empty lines between paragraphs dropped; the stored copy goes on, after Lengyel's quotation, with the paragraphs on the Pennsylvania National Guard's 28th Expeditionary Combat Aviation Brigade, which are kept as stored (H1663); the paragraph '“We are very well-trained right now, and I do not see any impacts at all and', cut in the stored copy inside a quotation, dropped; the ellipsis character in Lloyd's quotation as stored)",
    text='''National Guard response to COVID-19
This morning, approximately 46,000 Air and Army National Guard professionals were supporting the COVID-19 response at the direction of their governors.
The response is the largest use of the National Guard for a domestic operation since Hurricane Katrina. More than 51,000 Guard members responded to Katrina.
While Katrina response efforts were in a concentrated area along the Gulf Coast, COVID-19 response efforts have taken place in all 50 states, three territories and the District of Columbia.
“The National Guard is as busy as it’s been for a very long time, and I’m proud to say we are trained and we are ready,” said Gen. Joseph Lengyel, chief of the National Guard Bureau. “The men and women who put on this uniform expect to be called to duty and deployed around the world as part of the Army or Air Force. They expect to be called to duty for homeland emergencies, because that is a unique thing the National Guard does.”
Despite numerous adjustments to pre-deployment training due to the COVID-19 pandemic, the Pennsylvania National Guard’s 28th Expeditionary Combat Aviation Brigade is ready for its upcoming deployment to the Middle East. The brigade staff was forced to adjust many events, including rescheduling the pre-deployment training altogether.
“Our staff did a great job. We’re very fortunate … We had to cancel certain things because everything was shut down, and then they came up with a plan to bring everybody in over the last two weeks,” said Col. Howard Lloyd, commander of the 28th ECAB. “We knocked it out. It was very successful.”
Soldiers were required to complete the training while adhering to COVID-19 mitigation directives. Those directives included completing a health screening daily, wearing face coverings and maintaining social distancing.''',
    quotes=[
        Q('“The National Guard is as busy', 'we are ready,”', "Joseph Lengyel"),
        Q('“The men and women', 'the National Guard does.”', "Joseph Lengyel"),
        Q('“Our staff did a great job.', 'last two weeks,”', "Howard Lloyd"),
        Q('“We knocked it out.', 'very successful.”', "Howard Lloyd"),
    ],
    aliases={"Joseph Lengyel": ["Joseph Lengyel", "chief of the National Guard Bureau"],
             "Howard Lloyd": ["Howard Lloyd", "commander of the 28th ECAB"]},
),
dict(
    id="acc-7bw-bats-return-to-southwest-asia",
    source="https://www.acc.af.mil/News/Article-Display/Article/661750/bats-return-to-southwest-asia",
    license=PD, retrieved=PAGES + " (Air Combat Command news story of the 7th Bomb Wing, Dyess Air Force Base; the lines '• Published', '• By Airman 1st Class Damon Kasberg' and '• 7th Bomb Wing Public Affairs' dropped; headline kept once; the empty lines between paragraphs dropped; the paragraph '\"There is no doubt that our Airmen are going to go out there and perform with excellence,\" Dickenson said. \"These are ... They will take the lethality of the B-1 to', cut in the stored copy inside its second quotation, dropped (H1660); straight marks and apostrophes as stored)",
    text='''Bats return to Southwest Asia
More than 300 servicemembers from Dyess Air Force Base, Texas, deployed to Southwest Asia July 19.
Airmen from the 9th Bomb Squadron, 7th Aircraft Maintenance Squadron, 7th Munitions Squadron and 7th Operations Support Squadron deployed in support of U.S. Air Force Central Command.
"The team's first mission is to get our jets up and running," said Lt. Col. Brian Dickenson, 9th BS in garrison commander. "It takes a lot of work and it's a group effort that involves life support, intel, maintainers, weapons and aircrews working as one, in order to provide close air support to our troops on the ground."
While members of the 9th BS have deployed numerous times in the last decade, there are always Airmen who are experiencing their first tour overseas.
"I'm excited and nervous at the same time," said Airman 1st Class Kevin Tagle, 9th BS aviation resource manager. "My dad is excited for me because he was prior military. The rest of my family is pretty nervous about it, but I tell them I'm ready to go do my job."
For more seasoned Airmen with multiple deployments under their belt, they find themselves more prepared and willing to share their knowledge with others.
"This is my second deployment," said Capt. Christian Hoover, 9th BS pilot. "I feel more confident this time. I know what to expect and I want to help the first-time deployers. I tell them what to anticipate and what their daily routine might consist of, because it's obviously different from being at home station."
Throughout the years Dyess and the 9th BS have sent many Airmen around the world to support the Air Force mission, but the expectations of them have never changed.''',
    quotes=[
        Q('"The team\'s first mission', 'up and running,"', "Brian Dickenson"),
        Q('"It takes a lot of work', 'troops on the ground."', "Brian Dickenson"),
        Q('"I\'m excited and nervous', 'at the same time,"', "Kevin Tagle"),
        Q('"My dad is excited', 'go do my job."', "Kevin Tagle"),
        Q('"This is my second deployment,"', None, "Christian Hoover"),
        Q('"I feel more confident', 'at home station."', "Christian Hoover"),
    ],
    aliases={"Brian Dickenson": ["Brian Dickenson", "9th BS in garrison commander"],
             "Kevin Tagle": ["Kevin Tagle", "9th BS aviation resource manager"],
             "Christian Hoover": ["Christian Hoover", "9th BS pilot"]},
),
dict(
    id="army-2013-11-214th-fires-recognizes-newest-sergeants",
    source="https://www.army.mil/article/115478/214th_fires_recognizes_newest_sergeants",
    license=PD, retrieved=PAGES + " (army.mil story of Nov. 21, 2013; the stored copy has no headline line (the URL names the story '214th Fires recognizes newest sergeants') and opens with an empty line, which is dropped, and the dateline paragraph, which stays as stored; no title added; the paragraph 'With right hands raised, the oath was sworn in booming voices: \"I will discharge ca', cut in the stored copy inside the quotation of the oath, dropped (H1660); straight marks as stored)",
    text='''FORT SILL, Okla. (Nov. 21, 2013) -- Soldiers, families and friends of the 214th Fires Brigade gathered in Sheridan Theater Nov. 14 to recognize and support 14 newly promoted sergeants in a noncommissioned officer induction ceremony.
The ceremony was the Leaders Brigade's first brigadewide induction ceremony, and was an opportunity to spotlight its newest leaders while instilling a sense of pride and honor.
"This NCO induction ceremony was an opportunity to ensure that these new NCOs take charge and fully understand their responsibility in accepting the rank of sergeant, while showing our junior Soldiers who the standard bearers are," said Command Sgt. Maj. Mark Aaron, 214th FiB CSM.
The theater's dim lighting gave the ceremony its solemn ambiance, while the formal color guard injected a sense of discipline and honor as the newly promoted NCOs took the Charge of the Noncommissioned Officer and passed through the archway, crossing the threshold of authority. Of this hallowed ritual, Sgt. Jacob Garling, B Battery, 2nd Battalion, 4th Field Artillery said, "it is the rite of passage, where we went from being sergeants to true NCOs."
The event's guest speaker, Brig. Gen. Michael Bills, 4th Infantry Division acting senior commander, reminded the new sergeants of their duties as leaders.
"Leading Soldiers is the most important, responsible and rewarding thing you can do; and as an NCO, you owe it to your Soldiers to be proficient and teach them," said the general.
As stated in the Creed of the NCO, the basic responsibilities of an NCO are the mission's accomplishment and the welfare of Soldiers. These responsibilities were stressed in the ceremony and not lost on the inductees.
"The induction ceremony is a reminder of an NCO's roles. It is a tradition that reminds us of our responsibility to our Soldiers and the Army," said Sgt. Skyler Sundown, C Battery, 2nd Battalion, 5th Field Artillery.''',
    quotes=[
        Q('"This NCO induction ceremony', 'the standard bearers are,"', "Mark Aaron"),
        Q('"it is the rite of passage', 'to true NCOs."', "Jacob Garling"),
        Q('"Leading Soldiers is', 'and teach them,"', "Michael Bills"),
        Q('"The induction ceremony is', 'Soldiers and the Army,"', "Skyler Sundown"),
    ],
    aliases={"Mark Aaron": ["Mark Aaron", "214th FiB CSM"],
             "Jacob Garling": ["Jacob Garling"],
             "Michael Bills": ["Michael Bills", "the general", "The event's guest speaker", "4th Infantry Division acting senior commander"],
             "Skyler Sundown": ["Skyler Sundown"]},
),
dict(
    id="dvids-2017-03-4th-cavalry-brigade-reservists-partner-for-success",
    source="https://dvidshub.net/news/229970/4th-cavalry-brigade-reservists-partner-success",
    license=PD, retrieved=PAGES + " (DVIDS news story of First Army's 4th Cavalry Brigade at Warrior Exercise 78-17-01, March 2017; the stored copy has no headline or header lines and opens with the dateline paragraph, which stays as stored; no title added; the paragraph 'Glass also credits his', cut in the stored copy, dropped; Glass's second quotation closes with a comma inside the marks at the end of its paragraph, as stored (H1663); straight marks as stored)",
    text='''JOINT BASE McGUIRE-DIX-LAKEHURST, N.J. -- More than 4,000 Army Reserve and active-duty Soldiers braved below-freezing temperatures at Warrior Exercise 78-17-01, a two-week event that started March 18.
First Army's 4th Cavalry Brigade, stationed in Fort Knox, Kentucky, deployed nearly 700 observer coach/trainers and support staff to the WAREX. Divided into teams, the OC/Ts ventured into austere training areas to link up with their partnered Army Reserve leaders.
The WAREX matched as closely as possible a real-life combined-arms operation. The 365th Engineer Battalion leaped into action at numerous construction sites. The 442nd Quartermaster Company established laundry and shower facilities across the area of operations. The 660th Ordnance Company issued blank ammunition cartridges to hundreds of their fellow Soldiers. Troops from the 200th Military Police Command established entry control points and conducted simulated detainee operations.
Consisting of trained Soldiers who are also civilian professionals, Reserve units provide a unique range of skill-sets to an Army operation. Master Sgt. Rob Pike, a senior construction noncommissioned officer with 1-409th Brigade Engineer Battalion, 4th CAV, has served for more than 28 years, both in the active-duty component and the Reserve.
"Reserve personnel bring a lot to the fight," Pike said. "In a construction atmosphere, a lot of those individuals could be project managers, then they come here as Soldiers with that skill and knowledge set."
Not all Reserve Soldiers have civilian careers that "match" their military occupations. Staff Sgt. Christopher Glass, a construction engineering supervisor with the 358th Engineer Company, based out of New Cumberland, Pennsylvania, serves as a police officer in his local community. He finds this civilian work experience helpful in professional mentorship of his junior Soldiers.
"I have to work with the public," Glass said. "I approach [Soldier discipline] civilly,"''',
    quotes=[
        Q('"Reserve personnel bring', 'to the fight,"', "Rob Pike"),
        Q('"In a construction atmosphere', 'knowledge set."', "Rob Pike"),
        Q('"match"', None, None),
        Q('"I have to work with the public,"', None, "Christopher Glass"),
        Q('"I approach [Soldier discipline] civilly,"', None, "Christopher Glass"),
    ],
    aliases={"Rob Pike": ["Rob Pike", "Pike", "a senior construction noncommissioned officer with 1-409th Brigade Engineer Battalion, 4th CAV"],
             "Christopher Glass": ["Christopher Glass", "Glass", "a construction engineering supervisor with the 358th Engineer Company"]},
),
]
