# Held-out English news pages (tests/data/heldout179-en.jsonl), none of them used in an earlier set. US military news
# stories, works of the US government in the public domain (17 U.S.C. § 105), written by service members or civilian
# public-affairs and sports staff and taken from stored web pages (the `pages` search corpus): the Air Force men's
# volleyball team's 2017 armed forces title (af.mil, by Steve Warns, Air Force Civil Engineer Center Public Affairs), the
# Army men's and women's 2024 Armed Forces Volleyball titles at Fort Carson (armedforcessports.defense.gov, the first by
# Joe Lacdan), the Air Force men and Navy women at the 2005 Armed Forces Volleyball Championship (defense.gov, American
# Forces Press Service, by Walt Johnson), Nebraska National Guard riggers preparing giant sandbags against the 2011
# Missouri River flood at Eppley Airfield, Omaha (nationalguard.mil), three rugby stories (the 2006 Armed Forces
# championship on hqmc.marines.mil, by Cpl. Brandon R. Holgersen; Army's fourth straight Armed Forces Rugby Sevens title,
# 2016, on armedforcessports.defense.gov; the All Navy and Marine Corps team's try-out camp, 2014, on marines.mil, by Cpl.
# Keenan Zelazoski) and the 2008 Army Ten-Miler (army.mil, Army News Service). None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# is dropped (noted in `retrieved`). Site banners, 'News | date' labels, bylines and 'Published' labels are dropped;
# leading and trailing blanks of a line are dropped; wording (also 'inoperational.', 'official's', 'commercial and
# airliners', 'when that's time when'), spacing inside paragraphs and quotation marks are as stored. Annotated by reading
# the pages, before whosaid was run on them (rules H1215-H1220 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout179-en.jsonl

Built by `build.py` from `heldout179_pages.py`. Like heldout166-en and heldout174-en, these texts are US military news
stories written by service members or civilian public-affairs and sports staff, taken from stored web pages (the `pages`
search corpus), none of them used in a set above: the Air Force men's volleyball team's second armed forces title in three
years, 2017 (af.mil, by Steve Warns, AFCEC Public Affairs: Karl Grosselin, Travis Greiner), the Army men's and women's
2024 Armed Forces Volleyball titles at Fort Carson (armedforcessports.defense.gov: Joe Lacdan's story with Asaleti Telea
and Gabriel Misilagi; the women's story with Tatiana Brown and Sydney Morriss), the 2005 Armed Forces Volleyball
Championship (defense.gov, American Forces Press Service, by Walt Johnson: Morris Davis) and Nebraska National Guard
riggers at Eppley Airfield, Omaha, during the 2011 Missouri River flood (nationalguard.mil: Keith Cox, Joshua Peavy, Robin
Bruscato), three rugby stories (the 2006 Armed Forces championship, hqmc.marines.mil, by Cpl. Brandon R. Holgersen:
Kenneth Holliday, Robert Giovannetti; Army's fourth straight Armed Forces Rugby Sevens title, 2016,
armedforcessports.defense.gov: Mark Drown, Andrew Locke; the All Navy and Marine Corps rugby team, 2014, marines.mil, by
Cpl. Keenan Zelazoski: Urban Iyo) and the 2008 Army Ten-Miler (army.mil, Army News Service: Jim Vandak, Sidney Harkins).
All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was
dropped is noted per page). Site banners, bylines, 'News | date' and 'Published' labels were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by article id, by the names
of their speakers and by 8-word overlap with every existing text, including the other helpers' worktrees). The annotation
(rules H1215–H1220 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mil-en-af-2017-06-af-mens-volleyball-second-title",
    source="https://www.af.mil/News/Article-Display/Article/1200663/af-mens-volleyball-team-wins-second-armed-forces-championship-in-3-years/",
    license=PD, retrieved=PAGES + " (af.mil story by Steve Warns, Air Force Civil Engineer Center Public Affairs; headline kept as first line; the '• Published • By ... Public Affairs' lines dropped; the paragraph after 'Beating Army and Navy are memories ...', cut in the stored copy, dropped; curly marks as stored, a nested single-mark word inside Greiner's span (H1216))",
    text='''AF men’s volleyball team wins second armed forces championship in 3 years
Camaraderie, hard work, readiness and resilience added up to the all-Air Force men’s volleyball team’s second armed forces championship in three years.
The armed forces championship was held in conjunction with the USA Volleyball Open National Championships May 24-29, 2017, in Minneapolis. Air Force beat Navy 25-19, 25-17 and Army 25-21, 25-15 to win the armed forces title and win its pool with a 5-0 record.
Overall, Air Force finished with a 6-2 record and ninth out of 58 teams.
“The team worked really hard and came together during training camp,” said Air Force coach Capt. Karl Grosselin, program manager for the space superiority systems directorate at Los Angeles Air Force Base, California. “We had 10 first-timers on the team this year and two returning players, but this was one of the deepest teams I have seen in my five years of being a part of Air Force volleyball.”
The team took part in a three-week training camp at Hurlburt Field, Florida, which played a vital part in the team’s success, Grosselin said.
“It has been by far the best camp I have been a part of, and that was mostly due to the amazing staff of the 1st Special Operations Force Support Squadron,” he added. “We practiced twice a day and had four scrimmages to prepare.”
The Air Force entered the tournament with three specific goals, said outside hitter and Senior Airman Travis Greiner, a geospatial intelligence analyst with the 45th Intelligence Squadron at Joint Base Langley-Eustis, Virginia.
“The team motto for anyone is ‘win,’ and we wanted to beat Army and Navy, win our pool and win gold,” Greiner said. “We also wanted to promote a positive presence for the Air Force.”
Beating Army and Navy are memories that will remain with Greiner.''',
    quotes=[
        Q('“The team worked really hard', 'training camp,”', "Karl Grosselin"),
        Q('“We had 10 first-timers', 'Air Force volleyball.”', "Karl Grosselin"),
        Q('“It has been by far', 'Support Squadron,”', "Karl Grosselin"),
        Q('“We practiced twice', 'to prepare.”', "Karl Grosselin"),
        Q('“The team motto', 'win gold,”', "Travis Greiner"),
        Q('“We also wanted', 'the Air Force.”', "Travis Greiner"),
    ],
    aliases={"Karl Grosselin": ["Air Force coach Capt. Karl Grosselin", "Grosselin"],
             "Travis Greiner": ["Senior Airman Travis Greiner", "Greiner"]},
),
dict(
    id="mil-en-afsports-2024-09-13-army-men-volleyball-title",
    source="https://armedforcessports.defense.gov/Media/News-Stories/Article-View/article/3905138",
    license=PD, retrieved=PAGES + " (Armed Forces Sports story by Joe Lacdan; site banner, 'News | Sept. 13, 2024' and the byline dropped; headline kept as first line; trailing blanks of two paragraphs dropped; the paragraph 'Although only a few dozen spouses ...', cut in the stored copy, dropped; curly marks as stored)",
    text='''Army men claim 2024 Armed Forces Volleyball title
During one pivotal point in the All-Army volleyball team’s match with Air Force, outside hitter Michael Tuimavave powered a thunderous strike. He strutted back playing to the crowd as fellow Army players let out screams of triumph.
The score put Army up 24-12 in the third set on the second day of the 2024 All Armed Forces Volleyball tournament Sept. 12.
Spc. Francisco Bautista-Santa, a 6-3 middle blocker from Hunter Army Airfield, Georgia, closed out the set with a kill at the net to put Army up 2-1 over Air Force. Army (4-0) then took the final set in dramatic fashion. Right outside hitter Asaleti Telea fired a spike through the Air Force defense to put Army up 25-24. The contest ended on an Air Force penalty.
With Army’s fourth straight triumph, a 3-1 win over Air Force, the Soldiers earned enough victories to be crowned tournament champion on the second day of the three-day tournament.
“I’m really blessed to be part of this team,” said Telea, a specialist stationed at Fort Lewis, Washington. “It means a lot to me playing along with my brothers.”
Tuimavave, setter Julio Andino, middle blocker Gabriel Misilagi, and outside hitters Telea and Joe Ulrich all contributed points in the final set.
“Across the board everyone is great,” Misilagi said. “All 12 of us, we all put in the work and the talent level was sky high.”''',
    quotes=[
        Q('“I’m really blessed', 'of this team,”', "Asaleti Telea"),
        Q('“It means a lot', 'my brothers.”', "Asaleti Telea"),
        Q('“Across the board', 'everyone is great,”', "Gabriel Misilagi"),
        Q('“All 12 of us', 'sky high.”', "Gabriel Misilagi"),
    ],
    aliases={"Asaleti Telea": ["Right outside hitter Asaleti Telea", "Telea"],
             "Gabriel Misilagi": ["middle blocker Gabriel Misilagi", "Misilagi"]},
),
dict(
    id="mil-en-afsports-2024-09-army-women-volleyball-title",
    source="https://armedforcessports.defense.gov/Media/News-Stories/Article-View/Article/3906236/army-women-return-to-prominence-after-winning-armed-forces-championship",
    license=PD, retrieved=PAGES + " (Armed Forces Sports story; the stored copy has no headline, byline or date label and begins with the dateline line 'FORT CARSON, Colorado –', kept (H1215); the paragraph beginning '“We were humbled', cut in the stored copy, dropped; 'when that’s time when' as stored; curly marks as stored)",
    text='''FORT CARSON, Colorado –
The All-Army women’s volleyball team boasted perhaps its most talented roster in years. But talent alone didn’t carry the Soldiers to the 2024 Armed Forces Volleyball tournament title, Coach Tatiana Brown said.
“We had some leadership that stepped up at the right time and made the right decisions and on the court and they supported each other,” said Brown, a former All-Army player. “That’s what made the difference.”
Fittingly Army (4-2) outlasted the last All Armed Forces Champion Air Force, 3-1 to clinch first place. Both the Army men and women claimed the tournament titles at Fort Carson, Colorado, as the Armed Forces tournament returned for the first time since 2019.
On Friday, the women won the first two sets against Air Force 25-16 and 25-16 behind the hitting of 1st Lt. Monica Eckford and Staff Sgt. Salaia Marshall and the blocking of Capt. Sydney Morriss and 1st Lt. Bryce Quick. Quick made a block to win the first set.
“We played as a team and we were really connecting,” Morriss said. “Whenever we had energy and were working as a team we were on fire.”
Setter Hannah Presley keyed the Soldiers’ victory with sharp passes to Army hitters and also kept the Air Force defense honest with four successful dump plays that caught the Airmen off guard. One dump in the second set, landed in a weak spot along the back baseline.
“She makes those crucial saves with setting the ball to the right people at the right time,” Brown said of the first lieutenant stationed at Fort Cavazos, Texas. “She knows her hitters so well that when that’s time when it gets close and we’re down, she knows where to put the ball and make those great decisions.”
On Thursday, Army dropped a tough loss to runner up Navy (3-3) after starting the match 2-0. Navy rallied to win the last three sets. Following that contest, Army bounced back to defeat Air Force on Day 2 in straight sets and then beat the Airmen again Friday.''',
    quotes=[
        Q('“We had some leadership', 'each other,”', "Tatiana Brown"),
        Q('“That’s what made', 'the difference.”', "Tatiana Brown"),
        Q('“We played as a team', 'really connecting,”', "Sydney Morriss"),
        Q('“Whenever we had energy', 'on fire.”', "Sydney Morriss"),
        Q('“She makes those crucial', 'right time,”', "Tatiana Brown"),
        Q('“She knows her hitters', 'great decisions.”', "Tatiana Brown"),
    ],
    aliases={"Tatiana Brown": ["Coach Tatiana Brown", "Brown"],
             "Sydney Morriss": ["Capt. Sydney Morriss", "Morriss"]},
),
dict(
    id="mil-en-defense-2005-05-19-armed-forces-volleyball-crowns",
    source="http://www.defense.gov/News/NewsArticle.aspx?ID=31618",
    license=PD, retrieved=PAGES + " (American Forces Press Service article on defense.gov by Walt Johnson, 'Special to American Forces Press Service'; site banner, 'DoD News', 'Bookmark and Share', 'News Article' and the byline lines dropped; headline kept as first line; the paragraph on the Marines' first-day win, cut in the stored copy, dropped; straight marks as stored)",
    text='''Air Force Men, Navy Women Take Armed Forces Volleyball Crowns
WASHINGTON, May 19, 2005 – The Air Force men and the Navy women volleyball teams captured the 2005 Armed Forces Volleyball Championship here May 16.
Both established themselves as the teams to beat in their respective divisions by posting perfect 3-0 marks after the first half of the tournament.
Morris Davis, Navy women's head coach, said his team kept the same attitude it had coming into the tournament after it was able to win the first three games. He said his veteran team knew that it was a long way from winning the interservice gold medals.
"We knew from the time we started training camp that it was going to take a lot of hard work to win the championship," he said. "We knew Air Force was a really strong team and we were going to have to make some adjustments, even though we beat them in the first round."
While the Air Force men's team would cruise to the championship, the Navy women's team had to withstand a furious rally by the Air Force women's team to earn its title. Davis said his team's veteran savvy helped them to battle back from what became a titanic struggle between the Air Force and Navy women's teams.
The championship tournament began with the same match-up that would end the tournament for the women's side, Navy meeting Air Force. Navy dropped the first game to the Air Force 25-21 and then came back to win 25-16, 25-16 and 25-22. It would be Navy's only action of the first day of competition, but it gave them a leg up on succeeding the Army team as women's champions.''',
    quotes=[
        Q('"We knew from the time', 'the championship,"', "Morris Davis"),
        Q('"We knew Air Force', 'first round."', "Morris Davis"),
    ],
    aliases={"Morris Davis": ["Davis"]},
),
dict(
    id="mil-en-ng-2011-06-nebraska-riggers-eppley-airfield",
    source="https://www.nationalguard.mil/News/Article-View/Article/610561/nebraska-national-guard-riggers-prepare-sandbags-to-protect-omaha-airfield/",
    license=PD, retrieved=PAGES + " (National Guard story on nationalguard.mil; the stored copy has no headline, byline or date label and begins with the dateline paragraph; the paragraph on the UH-60 Black Hawk, cut in the stored copy, dropped; 'inoperational.\" said', 'official's', 'commercial and airliners' as stored; straight marks as stored (H1217))",
    text='''OMAHA, Neb. - As airliners came in for landing here at Eppley Airfield, Nebraska National Guard members from Detachment 2, 165th Quartermaster Company, did their part to prevent catastrophe by rigging 2,000 to 2,500 pound sandbags.
The sandbags, intended to hold back flood waters should the levee that protects Omaha's major airport fail, would be dropped by helicopter at the breach point.
U.S. Army Corps of Engineers inundation maps indicate Eppley could be under several feet of water if the levee protecting it from the Missouri River fails.
The mission is part of the Nebraska National Guard's on-going efforts to help local emergency management official's deal with the historic Missouri River flooding taking place along Nebraska's eastern border.
"The water is just right over the berm there and if it were to break, this airport would be inoperational." said Army Staff Sgt. Keith Cox, who was directing efforts that day.
This would be a particularly onerous problem, considering that on that day, June 17, baseball fans were converging on Omaha for the beginning of the College World Series, which is scheduled to last most of the rest of the month.
All that seemed remote on that afternoon on Cargo Ramp B at Eppley's far northwest side. As the sun shone down and caused the temperature to soar toward 88, the riggers attached cables and nylon slings while commercial and airliners landed and took off a relatively short distance away.
"We'd like it if it were about 70 degrees and breezy, but it is what it is. It's Nebraska," said Army Spc. Joshua Peavy as he worked to install the slings to the sandbags to a row of white sandbags.
Cargo Ramp B offered no shade, so some of the Nebraska Army Guard riggers wore flight suits rolled down to the waist, like Army Pvt. Robin Bruscato.
"It's actually pretty easy once we get everything figured out," she said. "It gets me doing kind of what I signed up for the Army for… to help others."''',
    quotes=[
        Q('"The water is just right', 'be inoperational."', "Keith Cox"),
        Q('"We\'d like it if', 'It\'s Nebraska,"', "Joshua Peavy"),
        Q('"It\'s actually pretty easy', 'figured out,"', "Robin Bruscato"),
        Q('"It gets me doing', 'help others."', "Robin Bruscato"),
    ],
    aliases={"Keith Cox": ["Army Staff Sgt. Keith Cox"],
             "Joshua Peavy": ["Army Spc. Joshua Peavy"],
             "Robin Bruscato": ["Army Pvt. Robin Bruscato"]},
),
dict(
    id="mil-en-usmc-2006-10-27-air-force-marine-corps-rugby",
    source="http://www.hqmc.marines.mil/News/News-Article-Display/Article/551522/air-force-marine-corps-showdown-in-rugby-championship/",
    license=PD, retrieved=PAGES + " (Marine Corps story by Cpl. Brandon R. Holgersen on hqmc.marines.mil; the site label 'Marines' and the line '27 Oct 2006 | Cpl. Brandon R. Holgersen' dropped; headline kept as first line; Jack Clark's quotation paragraph, cut in the stored copy, dropped; 'Ruby Tournament' (sic) as stored; curly marks as stored)",
    text='''Air Force, Marine Corps showdown in Rugby Championship
It was a cloudy and soggy day as rain fell on the pitch where the Marine Corps Rugby Team faced down the Air Force Rugby Team at the Armed Forces Ruby Tournament Championships here Oct. 27.
Air Force dominated the game beating the Marine Corps 34-3 in the 80 minute match and continued their three-year dominance of the tournament.
“We are fortunate to come away with a well-earned win,” said Lt. Col. Kenneth Holliday, head coach for the Air Force Team. “The Marine Corps never gives up. They are a fine organization.”
The playing was intense during the game with hard hits and well-played offense and defense. Most of the first half was a stalemate which ended with the Marine Corps’ Obie Coalebrook, kicking the ball through the uprights with ten minutes to go in the first half, giving the Marines a 3-0 lead.
The Air Force answered when James Hubby ran the ball across field through Marine Corps defenders for a try, putting them in the lead 5-3.
Brian Lemay brought the ball in for another try at the beginning of the second half widening the gap between them and the Marine Corps. By that time, the Air Force had picked up the momentum and scored a succession of tries and two point conversions putting the game out of reach.
“Every game is always really tough,” said Robert Giovannetti, who scored a try for the Air Force. “The games are a lot more physical and a really fierce. It feels great. We have worked hard all year. We have a great military rugby community and it is great when we are playing with them or against them.”
Even though the Air Force won the tournament it was not a complete loss for the Marine Corps, said Jack Clark, head coach for the Marine Corps team.''',
    quotes=[
        Q('“We are fortunate', 'well-earned win,”', "Kenneth Holliday"),
        Q('“The Marine Corps never', 'fine organization.”', "Kenneth Holliday"),
        Q('“Every game is always', 'really tough,”', "Robert Giovannetti"),
        Q('“The games are a lot', 'or against them.”', "Robert Giovannetti"),
    ],
    aliases={"Kenneth Holliday": ["Lt. Col. Kenneth Holliday"]},
),
dict(
    id="mil-en-afsports-2016-08-28-army-fourth-straight-rugby-crown",
    source="https://armedforcessports.defense.gov/Media/News-Stories/Article-View/Article/929745/army-captures-fourth-straight-armed-forces-rugby-crown-with-55-5-win-over-air-f",
    license=PD, retrieved=PAGES + " (Armed Forces Sports story; the stored copy has no headline, byline or date label and begins with the dateline paragraph; the paragraph on pool play after 'During pool play, ...', cut in the stored copy, dropped; the missing comma in 'tournament” said' as stored; curly marks as stored)",
    text='''GLENDALE, Colo. (Aug. 28, 2016) -- The Army captured their fourth straight title at the 2016 Armed Forces Rugby Sevens Championship at Infinity Park, home of Rugbytown USA (Glendale, Colo.), Aug. 26-27.
Army dominated pool-play going 4-0 against teams from the Marine Corps, Navy, Air Force and Coast Guard in the Armed Forces Championship division of the world-class Serevi RugbyTown Sevens Tournament, which also drew teams from across the United States, Canada, UK, Bermuda and the Bahamas.
After defeating the Marine Corps 27-7, Air Force reached the Championship match for their fifth straight year and aimed at a rematch against their 41-0 opening loss against Army.
Army’s Spc. Rocco Mauer of Utah National Guard scored four tries in the Championship, as Army routed the Air Force 55-5 for gold.
“When we played Air Force in the final, we knew that Air Force learned some lessons in the tournament” said Army Head Coach Col. Mark Drown. “We’ve seen them improve and get a higher scoring margin as the games continued. This win is huge emotionally and for reward and effort, it’s been fantastic.”
“Feels good,” said Army team captain Capt. Andrew Locke of the World Class Athlete Program. “We had some lean years during the Global War on Terrorism. Air Force dominated during the 2000’s, so it feels good now to get our program set.”
The 2016 Armed Forces Championship returned to the City of Glendale for its fifth straight year and is held in conjunction with the Serevi Rugbytown 7’s Tournament, one of the top tournaments in the nation. The Service branches compete in a round robin, pool-play format to determine the top two teams that advance to the Armed Forces Championship match.''',
    quotes=[
        Q('“When we played Air Force', 'in the tournament”', "Mark Drown"),
        Q('“We’ve seen them improve', 'been fantastic.”', "Mark Drown"),
        Q('“Feels good,”', None, "Andrew Locke"),
        Q('“We had some lean years', 'our program set.”', "Andrew Locke"),
    ],
    aliases={"Mark Drown": ["Army Head Coach Col. Mark Drown"],
             "Andrew Locke": ["Army team captain Capt. Andrew Locke"]},
),
dict(
    id="mil-en-usmc-2014-09-01-navy-marine-corps-rugby-team",
    source="http://www.marines.mil/News/News-Display/Article/496688/all-navy-marine-corps-rugby-team-prepares-to-compete-in-common-wealth-navies-cup/",
    license=PD, retrieved=PAGES + " (marines.mil story by Cpl. Keenan Zelazoski; the 'Photo Information' block with its caption and photo credit and the line '1 Sep 2014 | Cpl. Keenan Zelazoski The Official United States Marine Corps Public Website' dropped; headline kept as first line; trailing blanks of two paragraphs dropped; the paragraph 'The team will continue ...', cut in the stored copy, dropped; the stray closing mark after 'New Zealand.' as stored (H1218); curly marks as stored)",
    text='''All Navy, Marine Corps rugby team prepares to compete in Common Wealth Navies Cup
The All Navy and Marine Corps Rugby Team claimed a 21-7 victory over the Oceanside Chiefs as part of a try-out camp at Paige Field House here, Aug. 30.
Thirty-five Marines and sailors are competing to fill 28 open slots on the team to represent our country at the Common Wealth Navies Rugby Cup in the motherland of the sport, New Zealand.
The Chiefs, a division-two rugby team with three division titles and one national title, were the first opponents the ANMCRT have faced since training as a consolidated team.
“We practice and play against each other a lot. It is really beneficial for us to compete against some of the best teams in the area,” said Seaman Urban Iyo, a winger with the team. “Those of us who go to New Zealand will be representing our entire country while playing the sport we love. We need to be prepared.”
For anyone with a passion for this sport, such as Iyo, this is the opportunity of a lifetime.
“I get speechless when I think about what this means,” said Iyo, who has played the sport for 13 years.
Iyo also said it would be a major highlight in his military career and an honor to represent his county during the competition in New Zealand."''',
    quotes=[
        Q('“We practice and play', 'in the area,”', "Urban Iyo"),
        Q('“Those of us who go', 'to be prepared.”', "Urban Iyo"),
        Q('“I get speechless', 'this means,”', "Urban Iyo"),
    ],
    aliases={"Urban Iyo": ["Seaman Urban Iyo", "Iyo"]},
),
dict(
    id="mil-en-army-2008-10-06-26000-run-army-ten-miler",
    source="https://www.army.mil/article/13100/26_000_run_Army_Ten_Miler/",
    license=PD, retrieved=PAGES + " (Army News Service story on army.mil; the stored copy has no headline or byline and begins with the dateline paragraph; the paragraph on Fort Myer's Masters win, cut in the stored copy, dropped; 'Pentagram's' (sic) as stored; straight marks as stored, the bracketed insertion '[in 2003]' inside Sidney Harkins's span as stored)",
    text='''ARLINGTON, Va. (Army News Service, Oct. 6, 2008) -- About 26,000 runners and 4,000 others converged in the Pentagram's South Parking lot Sunday morning for the 24th Annual Army Ten Miler.
Fort Bliss, Texas, fielded the winning Active Duty Men's team for the largest 10-mile race in America, and the second largest in the world. Fort Bragg, N.C., won the Active Duty Women's category.
Reginaldo Campos Jr. of Washington D.C. took first place overall, with a time 48:59. Reena Veddy of Centreville, Va. won the women's category with a time of 58:08.
Participants ran the course, which followed Route 27 to the Arlington Memorial Bridge, a loop around the Department of State Building and the Watergate Hotel, then down Independence Avenue to I-395 back to the Pentagon.
"The Army Ten-Miler represents the race for excellence, it's the Army's race," said Jim Vandak, race director. "There's a pretty large trophy that goes to the best military male and female teams, and with those comes bragging rights."
The day began with an aerial display by the Army's Golden Knights and the Canadian SkyHawks, Canada's premier parachute demonstration team. With parachutes bearing the flags of their respective countries and followed by a trail of red smoke, they got the crowd in the mood for the festivities to come.
Runners came from all 50 states and Washington D.C., as well as participants from Brazil, Canada, Israel, Ireland and Sweden. Thirty-one percent of the runners were military.
The day was about more than just the race, however. Thousands showed up to support their family member, friend or co-worker and stayed to enjoy the number of exhibits, food and bands that were present.
"We've come every year since my husband ran [in 2003]," said Sidney Harkins of Triangle, Va. "It's a great way to spend a day with the family, even if you're not running."''',
    quotes=[
        Q('"The Army Ten-Miler represents', 'the Army\'s race,"', "Jim Vandak"),
        Q('"There\'s a pretty large trophy', 'bragging rights."', "Jim Vandak"),
        Q('"We\'ve come every year', '[in 2003],"', "Sidney Harkins"),
        Q('"It\'s a great way', 'not running."', "Sidney Harkins"),
    ],
    aliases={},
),
]
