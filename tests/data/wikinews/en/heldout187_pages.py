# Held-out English news pages (tests/data/heldout187-en.jsonl), none of them used in an earlier set. US military news
# stories on combat sports and the Warrior Games, works of the US government in the public domain (17 U.S.C. § 105),
# written by service members or civilian public-affairs staff and taken from stored web pages (the `pages` search corpus):
# the Air Force boxing camp at Joint Base San Antonio (af.mil, by Jose T. Garza III, JBSA Public Affairs), the Air Force
# boxing camp at Lackland (jbsa.mil), the Army's 27th Armed Forces boxing title, 2005 (dvidshub.net, courtesy story of
# defense.gov), how the Army boxing program works, 2012 (soldiers.dodlive.mil, by Petty Officer 2nd Class Elliott
# Fabrizio, The Pentagon Channel), the 2006 Armed Forces Wrestling Championship (American Forces Press Service story by
# Jamie Cameron, copied on a blog), Colorado National Guard wrestlers in the World Class Athlete Program, 2013 (co.ng.mil,
# by Sgt. Joseph K. VonNida), the Navy at the first Warrior Games, 2010 (Navy News Service story copied on a blog) and Team
# Navy at the 2015 Warrior Games (navy.mil press release). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped
# (noted in `retrieved`). Site banners, 'News | date' labels, bylines, 'Published' labels, photo captions and the
# dvidshub lines (maintenance notice, login line, logo line, photo line, place, date and 'Courtesy Story' lines) are
# dropped; leading and trailing blanks of a line are dropped; wording, spacing inside paragraphs (also 'inexperienced, "')
# and quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1245-H1249 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy of the government story on a blog)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout187-en.jsonl

Built by `build.py` from `heldout187_pages.py`. Like heldout166-en, heldout174-en and heldout179-en, these texts are US
military news stories written by service members or civilian public-affairs staff, taken from stored web pages (the
`pages` search corpus), none of them used in a set above, this time on boxing, wrestling and the Warrior Games: the Air
Force boxing camp at Joint Base San Antonio (af.mil, by Jose T. Garza III: Steven Franco), the Air Force boxing camp at
Lackland (jbsa.mil: Edward Rivas), the Army's 27th Armed Forces boxing crown, 2005 (dvidshub.net, courtesy story of
defense.gov: Basheer Abdullah), how the Army boxing program works, 2012 (soldiers.dodlive.mil, by Elliott Fabrizio, The
Pentagon Channel: Charles Leverette), the 2006 Armed Forces Wrestling Championship (American Forces Press Service story
by Jamie Cameron, copied on ignoble-experiment.blogspot.com: Shon Lewis, Ken Berger), Colorado National Guard wrestlers
in the World Class Athlete Program, 2013 (co.ng.mil, by Sgt. Joseph K. VonNida: Jason Kutz), the Navy at the first Warrior
Games, 2010 (Navy News Service story copied on military-online.blogspot.com: Juan M. Garcia III, Robert Price, James
Wilson) and Team Navy at the 2015 Warrior Games (navy.mil: Brent Breining, Josh Mason). None is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
(what was dropped is noted per page). Site banners, date labels, bylines, photo captions and dvidshub lines were dropped;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of
their speakers and by 8-word overlap with every existing text: only the place name 'at Joint Base San Antonio-Fort
Sam Houston' is shared). The annotation (rules H1245–H1249 in `ANNOTATION.md` on
top of the earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one
(scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mil-en-af-af-top-boxers-vie-armed-forces-championships",
    source="https://www.af.mil/News/Article-Display/Article/111810/af-top-boxers-vie-to-compete-at-armed-forces-championships/",
    license=PD, retrieved=PAGES + " (af.mil story by Jose T. Garza III, Joint Base San Antonio Public Affairs; 'Published' and byline lines dropped; headline kept as first line; the paragraph beginning '\"Their mentality is like', cut in the stored copy, dropped; straight marks as stored)",
    text='''AF top boxers vie to compete at Armed Forces championships
The goals are still the same for Air Force boxing coach Steven Franco during the Air Force Boxing Camp at the Chaparral Fitness Center: Defeat the other military branches to win medals.
"Like I tell these guys from day one, I don't care if I take one guy or all 10 guys from different weight classes, my goal is to win medals," Franco said. "Our motto is to train, box, and win."
Franco and his team of aspiring pugilists have been preparing for the Air Force Box-Offs, which begin Friday at Joint Base San Antonio-Fort Sam Houston and continue over a two-week period. After the box-offs, Franco will determine which boxers he will take to the Armed Forces Championships.
The difference between this camp and last year's is the amount of experience the Air Force fighters have picked up throughout the past 12 months.
"We have more potential than last year," Franco said. "We should be taking a larger team than last year."
Out of Franco's nine-boxer camp, six or seven of his fighters are open fighters with at least 10 bouts under their belt.
The Air Force boxing hopefuls are doing better on training runs thanks to an increased emphasis on physical training, the coach said.
"Before, they used to quit (before finishing the run)," he said. "The first couple of days they couldn't do 3.5 miles. Now more can complete those runs, no problem. Some still struggle (with the runs) because others are in better shape."
The daily training schedule begins at 7:45 a.m. It includes runs, sprints, and plyometrics.
"That's just the morning stuff," Franco said.
Jump rope, neck, and abdominal exercises are part of the afternoon training routine. And just because aspiring hopefuls are physically fit, it doesn't necessarily translate to the boxing training regimen.''',
    quotes=[
        Q('"Like I tell these guys', 'win medals,"', "Steven Franco"),
        Q('"Our motto is', 'and win."', "Steven Franco"),
        Q('"We have more potential', 'than last year,"', "Steven Franco"),
        Q('"We should be taking', 'than last year."', "Steven Franco"),
        Q('"Before, they used to quit', 'the run),"', "Steven Franco"),
        Q('"The first couple of days', 'better shape."', "Steven Franco"),
        Q('"That\'s just the morning stuff,"', None, "Steven Franco"),
    ],
    aliases={"Steven Franco": ["Air Force boxing coach Steven Franco", "Franco", "the coach"]},
),
dict(
    id="mil-en-jbsa-air-force-boxing-comes-to-lackland",
    source="https://www.jbsa.mil/News/News/Article/464329/air-force-boxing-comes-to-lackland",
    license=PD, retrieved=PAGES + " (Joint Base San Antonio story; the stored copy has no headline and begins with the dateline line 'LACKLAND AIR FORCE BASE, TEXAS –', kept as first line (H1245); the paragraph beginning 'This year saw a few changes', cut in the stored copy, dropped; straight marks as stored)",
    text='''LACKLAND AIR FORCE BASE, TEXAS –
Sixteen Air Force Boxers began training Jan. 4 at 6 a.m. at the Bennett Fitness Center for the chance to represent the Air Force at the Armed Forces Boxing Championship set Feb. 3-8 held at Marine Corps Base Camp Lejeune, N.C.
The Air Force Box-Off will begin Jan. 18, as they square off in matches starting at 7 p.m.
Competitors from each weight class will then be selected based on their performance during the matches.
Team selection will also be based on their progress from the beginning of camp, their effort given during camp and their representation of the Air Force.
"I won't be taking anybody that is lazy or doesn't follow instructions well," said head coach Edward Rivas, Dyess Air Force Base.
The 15 men and one woman endured an intense 10-day schedule that had them beginning workouts at 5 a.m.
A typical day would involve an early morning conditioning session, followed by skills and fundamentals training at 9 a.m.
After lunch the skills from the morning would be practiced at half speed, and around 5 p.m., full-speed sparring would begin.
"This year we are able to spend more time on boxing skills because of the great conditioning shape of these athletes," Rivas said.
The last four days of practice have been conditioning drills and technique drills only, keeping the competitors fresh for this weekend's competition.
Team Lackland member Matthew McCoy, 37th Logistics Readiness Squadron, is one of those hoping to make the team.
He is joined by fellow Team Lackland members and assistant coaches Steven Franco, 343rd Training Squadron, and Rudy Moreno, 37th Civil Engineer Squadron.
"I'm interested to see how this will turn out," Rivas said. "I'm getting really excited to test our skills against everyone else."
Returning to this year's Box-Off is Rosey Summersville, last year's gold medal winner in the Featherweight division.''',
    quotes=[
        Q('"I won\'t be taking', 'instructions well,"', "Edward Rivas"),
        Q('"This year we are able', 'these athletes,"', "Edward Rivas"),
        Q('"I\'m interested to see', 'turn out,"', "Edward Rivas"),
        Q('"I\'m getting really excited', 'everyone else."', "Edward Rivas"),
    ],
    aliases={"Edward Rivas": ["head coach Edward Rivas", "Rivas"]},
),
dict(
    id="mil-en-dvids-2005-02-23-army-takes-27th-armed-forces-boxing-crown",
    source="https://www.dvidshub.net/news/534857/army-takes-its-27th-armed-forces-boxing-crown",
    license=PD, retrieved=PAGES + " (DVIDS courtesy story of defense.gov, Feb. 23, 2005; the maintenance notice, login, logo, photo-caption, place, date, 'Courtesy Story' and 'Defense.gov' lines dropped; headline kept as first line; leading blanks dropped; the paragraph beginning 'Air Force head coach Edward Rivas', cut in the stored copy, dropped; the blank before the closing mark in 'inexperienced, \"' and straight marks as stored)",
    text='''Army Takes Its 27th Armed Forces Boxing Crown
Huachuca means thunder in Apache, and Army boxers unleashed a hailstorm of blows here Feb. 19 to once again take the armed forces championship title.
The Marines came in second, followed by the Air Force and Navy during the championship at this Old West outpost.
The Army has won 27 of the 29 armed forces championships since the series began in 1967. The Marine Corps won in 1978 and 1991. No championships were held in 1982.
"This has been a very special year for me. This team has a special place in my heart, because most of the boxers are inexperienced, " said Army head coach Basheer Abdullah. "(The national championships) will be a learning process for us." He noted his team also will be working with the International Military Sports Council, also known as CISM.
All four services had inexperienced teams and brought fresh faces to this year's Armed Forces Championships.
Marine Cpl. Eric Canales showed off what made him a 2004 CISM medalist, and was one of two boxers to defeat his Army opponent. The other boxer to do so was his Marine teammate Lance Cpl. Jackie Saye, who stunned the crowd when he knocked down Army Pfc. Corey Stewart despite having received two standing eight-counts.''',
    quotes=[
        Q('"This has been a very special', 'inexperienced, "', "Basheer Abdullah"),
        Q('"(The national championships)', 'for us."', "Basheer Abdullah"),
    ],
    aliases={"Basheer Abdullah": ["Army head coach Basheer Abdullah", "Abdullah"]},
),
dict(
    id="mil-en-dodlive-2012-02-how-the-army-boxing-program-works",
    source="http://soldiers.dodlive.mil/2012/02/how-the-army-boxing-program-works/",
    license=PD, retrieved=PAGES + " (Soldiers blog of the Department of Defense, story by Navy Petty Officer 2nd Class Elliott Fabrizio, The Pentagon Channel; headline kept as first line; byline and photo caption dropped; the paragraph beginning 'The All-Army Boxing camp is either', cut in the stored copy, dropped; curly marks as stored)",
    text='''How the Army Boxing Program works
Punch that guy as much as you can.
If that’s an order you’d love to carry out, the Army has a place for you: The All-Army Boxing Team.
The Army’s boxing program gives Soldiers the chance to fight their way through its rankings. If they win enough, they may even find themselves representing the U.S. in the Olympics.
“I tell these Soldiers, ‘Write your own story,’” said Staff Sgt. Charles Leverette. “Somebody gave me an opportunity, and now I stand before you as All-Army Boxing head coach.”
Army boxing consists of a series of programs with hard-won victories as the admission price to each successive level.
The path of “Pvt. Iwannabe A. Boxer” begins at the command level with boxing smokers. These can take the form of unit and brigade competitions or commander’s cup events.
At this level Soldiers demonstrate raw potential, and if the All-Army Boxing coaches believe they can groom him or her into a powerful competitor, they’ll be invited to the All-Army Boxing training camp.
“Sometimes we get boxers that have been fighting for a long time and that helps, but the higher percentage of boxers we take have little to no boxing experience,” said Leverette.
Boxers interested in camp are required to register as amateurs with USA Boxing and get at least five official bouts under their belts.''',
    quotes=[
        Q('“I tell these Soldiers', 'own story,’”', "Charles Leverette"),
        Q('“Somebody gave me', 'head coach.”', "Charles Leverette"),
        Q('“Pvt. Iwannabe A. Boxer”', None, None),
        Q('“Sometimes we get boxers', 'boxing experience,”', "Charles Leverette"),
    ],
    aliases={"Charles Leverette": ["Staff Sgt. Charles Leverette", "Leverette"]},
),
dict(
    id="mil-en-afps-2006-03-30-army-wins-armed-forces-wrestling",
    source="https://ignoble-experiment.blogspot.com/2006/03/army-wins-2006-armed-forces-wrestling.html",
    license=PDC, retrieved=PAGES + " (blog copy of the American Forces Press Service story by Jamie Cameron, Special to American Forces Press Service, March 30, 2006; the byline line dropped; the stored part has no headline and begins with the dateline paragraph; the paragraph beginning '\"It\\'s one of those sports', cut in the stored copy, dropped; straight marks as stored)",
    text='''CAMP LEJEUNE, N.C., March 30, 2006 - Army wrestlers overcame the Marine Corps' home field advantage to win both the Greco-Roman and freestyle disciplines in the 2006 Armed Forces Wrestling Championship here March 23 and 24.
All-Army wrestlers won 40 of 42 matches and claimed their fifth consecutive Armed Forces Wrestling Championship March 23 and 24 at Marine Corps Base Camp Lejeune, N.C.
Seven weight classes were contested in both Greco-Roman and freestyle competitions in a round-robin, dual-match format. Army won the team title in both disciplines, followed by the Marine Corps, Air Force and Navy, respectively.
The Army led team freestyle results with seven medals. The Marines followed with five; Air Force, two, and Navy, none. In Greco-Roman team competition, the Army garnered seven medals; the Marines, five; and the Navy and Air Force, one each.
All-Army coach Staff Sgt. Shon Lewis was pleased but not content with soldiers' performances.
"I'm happy when I see the entire team doing 99.9 percent of the techniques in the positions and doing things right that we worked on in the (wrestling) room," he said. "I was pleased at this time of the year that guys were executing the way they were. I'll be happy when we go to the world championships and come back with four or five medals."
Retired Marine Maj. Ken Berger, who has served as the master of ceremonies at the Armed Forces Wrestling Championship for several years, kept the enthusiastic crowd well-informed of the mat action.
"This is such a competitive thing for these guys," he said. "The work together in unison on the battlefield, but when they get on the mat, they want to beat each other's brains in. It's just like you were when you competed against your best friends - you wanted to beat them more than anything."
Berger wrestled for three years on the All-Marine Corps wrestling team during the early 1970s at 125 pounds.''',
    quotes=[
        Q('"I\'m happy when I see', '(wrestling) room,"', "Shon Lewis"),
        Q('"I was pleased at this time', 'five medals."', "Shon Lewis"),
        Q('"This is such a competitive', 'these guys,"', "Ken Berger"),
        Q('"The work together', 'anything."', "Ken Berger"),
    ],
    aliases={"Shon Lewis": ["All-Army coach Staff Sgt. Shon Lewis", "Lewis"],
             "Ken Berger": ["Retired Marine Maj. Ken Berger", "Berger"]},
),
dict(
    id="mil-en-cong-2013-03-11-world-class-wrestlers-take-it-to-the-mat",
    source="https://co.ng.mil/News/Archives/Article/1640271/world-class-wrestlers-take-it-to-the-mat/",
    license=PD, retrieved=PAGES + " (Colorado National Guard story by Sgt. Joseph K. VonNida, March 11, 2013; site banner, 'NEWS | March 11, 2013' and byline dropped; headline kept as first line; the paragraph beginning 'Both freestyle and Greco-Roman wrestling', cut in the stored copy, dropped; curly marks as stored)",
    text='''World-class wrestlers take it to the mat
Just like other professional athletes, training and competing is their job -- but ultimately, these Soldier-athletes work to earn a spot to represent the U.S., the U.S. Army, and the Colorado National Guard in the Olympics.
The U.S. Army's World Class Athlete Program provides outstanding Soldier-athletes the support and training to compete and succeed in national and international competitions leading to Olympic and Paralympic Games.
Among the hundreds of athletes in WCAP, 11 are Colorado National Guardsmen; nine compete in freestyle and Greco-Roman wrestling the other two are coaches.
Recognized as one of the oldest sports in world history, wrestling is a balance of strength, agility, endurance and technique.
Although Greco-Roman wrestling has been a main focus of the modern Olympic Games for more than 100 years, the International Olympic Committee executive board recently voted to eliminate the sport from the 2020 Games.
“Wrestling is one of the most diverse core sports with more than 200 countries having membership,” said CONG Staff Sgt. Jason Kutz, WCAP wrestling coach. “As a wrestling community, we are staying positive and joining together as nations. Wrestling has been included in every modern Games since 1896 and it is our hope that it will continue.”''',
    quotes=[
        Q('“Wrestling is one of the most', 'having membership,”', "Jason Kutz"),
        Q('“As a wrestling community', 'will continue.”', "Jason Kutz"),
    ],
    aliases={"Jason Kutz": ["CONG Staff Sgt. Jason Kutz", "Kutz"]},
),
dict(
    id="mil-en-nns-2010-05-navy-athletes-participate-in-warrior-games",
    source="http://military-online.blogspot.com/2010/05/navy-athletes-participate-in-warrior.html",
    license=PDC, retrieved=PAGES + " (blog copy of a Navy News Service (NNS) story, posted May 12, 2010; the blog's date line dropped; headline kept as first line; the paragraph beginning 'This week, Wilson', cut in the stored copy, dropped; straight marks as stored)",
    text='''Navy Athletes Participate in Warrior Games
COLORADO SPRINGS, Colo. (NNS) -- Twenty-five Sailors joined nearly 200 service members marching down the center of the U.S. Olympic Training Center Colorado Springs, Colo., May 10, at the opening ceremony of the inaugural Warrior Games - a weeklong competition among wounded athletes from all the services.
Participants will compete in archery, cycling, basketball, shooting, swimming, track and field and volleyball during the weeklong games.
However, it is not the physical limitations of these service members that define the games -- the omission of the word "wounded" in the title is not unintentional. Despite their disabilities, this group has learned to adapt and achieve what many of them may have thought impossible.
Juan M. Garcia III, assistant Navy secretary for manpower and reserve affairs, lauded the troops for their willingness to compete and to never give up on themselves and their nation. He praised their readiness to accept new challenges.
"Who could not be inspired by what's going on here?" Garcia asked. "Before us are men and women who suffered injuries both physical and mental. [But] they refuse to be defeated, no matter where their battlefields were."
Army Sgt. Robert Price took the torch for the first few steps. His right leg was claimed by a bomb in Iraq in 2007. Price has eyes on making the 2012 U.S. Paralympic team, and he describes himself as a "prior" wounded warrior. He now spends his time in the Army helping others who are just beginning their recovery.
"It's all eyes on you," he said, and then he laughed.
Navy Master Chief Petty Officer James Wilson, a 32-year veteran Sailor said he was glad no one could see the tears streaming down his face as he took his turn carrying the torch.
"I was speechless," Wilson said of the moment he was asked to lead his team at the games. "That was a dream of mine since I was a child. I thought I'd never realize it."''',
    quotes=[
        Q('"wounded"', None, None),
        Q('"Who could not be inspired', 'going on here?"', "Juan M. Garcia III"),
        Q('"Before us are men', 'battlefields were."', "Juan M. Garcia III"),
        Q('"prior"', None, "Robert Price"),
        Q('"It\'s all eyes on you,"', None, "Robert Price"),
        Q('"I was speechless,"', None, "James Wilson"),
        Q('"That was a dream', 'realize it."', "James Wilson"),
    ],
    aliases={"Juan M. Garcia III": ["Garcia"],
             "Robert Price": ["Army Sgt. Robert Price", "Price"],
             "James Wilson": ["Navy Master Chief Petty Officer James Wilson", "Wilson"]},
),
dict(
    id="mil-en-navy-2015-06-22-team-navy-kicks-off-2015-warrior-games",
    source="https://www.navy.mil/Press-Office/Press-Releases/display-pressreleases/Article/2262671/team-navy-kicks-off-2015-warrior-games-at-marine-corps-base-quantico",
    license=PD, retrieved=PAGES + " (navy.mil press release of 22 June 2015; site banner and date line dropped; headline kept as first line; the summary line, which repeats the first paragraph word for word, dropped (H1246); the paragraph beginning 'The goal of the DoD Warrior Games', cut in the stored copy, dropped; straight marks as stored)",
    text='''Team Navy Kicks Off 2015 Warrior Games at Marine Corps Base Quantico
Warrior-athletes competing from the total military force - active, guard and reserve - of the U.S. and U.K came together at Marine Corps Base Quantico to commence the 2015 Department of Defense (DoD) Warrior Games June 19.
In previous years, the games were held in Colorado Springs, but the change in location to Quantico is a welcome one.
Capt. Brent Breining - director of Navy Wounded Warrior (NWW) - Safe Harbor, which sponsors Team Navy - explained the benefit of the new location.
"The support from our senior leaders in Washington, D.C. is very important. This year we're getting a lot more representation from senior leaders because of the proximity to D.C.," Breining said. "It's exciting for us to have SECDEF opening it up and showing his support for wounded warriors."
Spectators also were excited to see this demonstration of support. As Josh Mason of Washington, D.C., explained, "It was outstanding to see all levels of DoD represented today, supporting our nation's heroes."
In addition to the high-ranking DoD speakers at the ceremony, Senator Tim Kaine (D-Virginia) and Vice Chief of Naval Operations (VCNO) Adm. Michelle Howard were among the spectators who came out to encourage athletes.''',
    quotes=[
        Q('"The support from our senior', 'to D.C.,"', "Brent Breining"),
        Q('"It\'s exciting for us', 'wounded warriors."', "Brent Breining"),
        Q('"It was outstanding', 'nation\'s heroes."', "Josh Mason"),
    ],
    aliases={"Brent Breining": ["Capt. Brent Breining", "Breining"],
             "Josh Mason": ["Mason"]},
),
]
