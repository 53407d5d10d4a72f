# Held-out English news pages (tests/data/heldout174-en.jsonl), none of them used in an earlier set. US military news
# stories, works of the US government in the public domain (17 U.S.C. § 105), written by service members or civilian
# public-affairs staff and taken from stored web pages (the `pages` search corpus): three Veterans Day stories on army.mil
# (Fort Belvoir with Charles Hooper, 2019; Fort A.P. Hill, 2010; Fort Rucker, 2010), a Veterans Day visit of Joint Base
# Langley-Eustis Soldiers to a retirement community (jble.af.mil, 2017), the Army Medical Command surgeon general at the
# 586th Field Hospital during MEDEX 20-01 (army.mil, 2019), U.S. Army Central's Global Medic 2017 delegation (usarcent.army.mil),
# Pacific Partnership Seabees at a Kiribati school (cpf.navy.mil, 2015), 1st Battalion, 4th Marines and the Japan Ground
# Self Defense Force in Iron Fist 2013 (13thmeu.marines.mil) and three Armed Forces soccer stories (the 2019 CISM Military
# World Games and the 2025 championship on armedforcessports.defense.gov, the 2024 championship on dvidshub.net). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site banners, bylines, date and unit labels,
# photo captions and credits and teaser paragraphs are dropped; leading and trailing blanks of a line are dropped; wording
# (also 'Kirshman', '2nd. Lt.', 'ob-served', 'Said Capt.'), spacing inside paragraphs (also the missing blank in
# '2019."And') and quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules
# H1195-H1200 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout174-en.jsonl

Built by `build.py` from `heldout174_pages.py`. Like heldout166-en, these texts are US military news stories written by
service members or civilian public-affairs staff, taken from stored web pages (the `pages` search corpus), none of them used
in a set above: three Veterans Day stories on army.mil (Fort Belvoir, 2019: Michael Greenberg, Charles Hooper; Fort A.P.
Hill, 2010: Rob Wittman, Jack Haefner, with a Winston Churchill epigraph; Fort Rucker, 2010: Anthony G. Crutchfield, Harry
Grainger, William Bowman), Joint Base Langley-Eustis Soldiers at the Williamsburg Landing retirement community, 2017
(jble.af.mil: Jack Nicholson), the Army surgeon general at the 586th Field Hospital during MEDEX 20-01, 2019 (army.mil: R.
Scott Dingle), U.S. Army Central's Global Medic 2017 delegation (usarcent.army.mil: Ned Bailey), Pacific Partnership 2015
Seabees at Temwanoku Primary School, Kiribati (cpf.navy.mil: Amber Woods), 1st Battalion, 4th Marines and the Japan Ground
Self Defense Force in Iron Fist 2013 (13thmeu.marines.mil: Brian J. Marthiljohni) and three Armed Forces soccer stories
(armedforcessports.defense.gov: the 2019 CISM Military World Games, Nick Williams; the 2025 championship, Brandon Cobb,
Eseyin; dvidshub.net: the 2024 championship at Albany State University, Jeremiah Kirschman). All are US government works in
the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site banners, bylines,
unit and date labels, photo captions and credits and teaser paragraphs were dropped; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap
with every existing text, including the other helpers' worktrees). The annotation (rules H1195–H1200 in `ANNOTATION.md`)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="mil-en-army-2019-11-belvoir-veterans-day-hooper",
    source="https://www.army.mil/article/229855/hooper_veteran_the_title_ill_cherish_the_most",
    license=PD, retrieved=PAGES + " (Fort Belvoir Veterans Day story on army.mil; the stored copy has no headline and begins with the first paragraph; it ends with the wreath paragraph, complete; straight marks as stored, nested single marks inside two spans (H1196))",
    text='''Veterans, their families, students, and local community leaders paid tribute to the men and women who wear and have worn the nation's cloth, during garrison's Veterans Day ceremony at the Cold War Memorial, Nov. 7.
Service and sacrifice by selfless individuals over two centuries have made America an indispensable beacon for peace and freedom, said Garrison Commander Col. Michael Greenberg, in his opening remarks.
"Our veterans come from all walks of life, but they share the common qualities of courage, pride, determination, selflessness, dedication to duty and integrity -- all the qualities needed to make our armed forces respected throughout the world," said Greenberg.
Lt. Gen. Charles Hooper, director of the Defense Security Cooperation Agency, and a Belvoir resident, reminded the audience of the sacrifices of our nation's veterans.
"Whether you were deployed to Vietnam, Iraq, Afghanistan, Korea standing watch on the quarterdeck, or out in the field when routine training exercises ran long, Veterans Day is the day that our nation stops to say 'thank you,'" he said. "Thank you for putting your country first so your fellow citizens can sleep soundly at night, and enjoy the freedoms that, frankly, we often take for granted."
Reflecting on a rich military life, Hooper said duty is not complete when Service members return to civilian life, because they realize the importance of others.
"To paraphrase President Ronald Reagan, 'Some people live their entire lives and wonder if they made a difference in this world.' Veterans don't have that problem," said Hooper. "I've had a lot of titles in my life -- leader, paratrooper, commander, director, and even the one I have now, general officer. But, the only one I get to keep when I take this uniform off is veteran, and that's the one I'll cherish the most."
The ceremony ended with laying a wreath, which the Belvoir Garden Club donated.''',
    quotes=[
        Q('"Our veterans come from', 'throughout the world,"', "Michael Greenberg"),
        Q('"Whether you were deployed', "'thank you,'\"", "Charles Hooper"),
        Q('"Thank you for putting', 'for granted."', "Charles Hooper"),
        Q('"To paraphrase President', 'that problem,"', "Charles Hooper"),
        Q('''"I've had a lot of titles''', 'cherish the most."', "Charles Hooper"),
    ],
    aliases={"Michael Greenberg": ["Garrison Commander Col. Michael Greenberg", "Greenberg"],
             "Charles Hooper": ["Lt. Gen. Charles Hooper", "Hooper"]},
),
dict(
    id="mil-en-army-2010-11-fort-ap-hill-veterans-day",
    source="https://www.army.mil/article/47932/Fort_A_P__Hill__039_s_Veterans_Day_Observance/",
    license=PD, retrieved=PAGES + " (Fort A.P. Hill Veterans Day story on army.mil; the stored copy has no headline and begins with the Churchill epigraph line (kept, H1197); the paragraph on Bill Knode's remarks at the luncheon, cut in the stored copy, dropped; straight marks as stored)",
    text='''"You have never lived until you have almost died." - Winston Churchill.
Under a clear blue sky and a gentle breeze, nearly 100 installation employees, a Virginia congressman and local elected officials joined together in a solemn tribute to recognize Veterans, Nov. 9.
The wreath-laying ceremony was held at the installation's Medal of Honor Memorial behind the post headquarters at 11 a.m. and served as a prelude to Veterans Day observances nationwide.
Rep. Rob Wittman said that Veterans Day observances such as this are only fitting. "We are the greatest country in the world because we have men and women who are willing to serve," he said. "They're willing to put themselves in harm's way."
Wittman added that it's with the same humility Veterans of today continue to demonstrate as their predecessors had during World War II. "We are deeply blessed by that commitment," he said. "We should also thank the families for their contributions and sacrifices."
During the ceremony, Lt. Col. Jack Haefner, garrison commander, remarked how humbling it is to be standing before a memorial that is dedicated to Virginia's Medal of Honor recipients.
He added that many of the installation's employees are themselves Veterans of military service.
"Many of you are Veterans of wars and conflicts that America fought to protect the innocent and the oppressed," he said. "America is and always has been the first nation to stand up for the freedom of people around the world."
Haefner added that such service does not come without cost. "One of our combined arms training complexes is named after Command Sgt. Maj. Steven W. Faulkenburg," he said. "He had served as the installation's command sergeant major and was killed in combat while serving with the 1st Infantry Division on Nov. 9, 2004."''',
    quotes=[
        Q('"You have never lived', 'almost died."', "Winston Churchill"),
        Q('"We are the greatest country', 'willing to serve,"', "Rob Wittman"),
        Q('''"They're willing''', '''harm's way."''', "Rob Wittman"),
        Q('"We are deeply blessed', 'that commitment,"', "Rob Wittman"),
        Q('"We should also thank', 'and sacrifices."', "Rob Wittman"),
        Q('"Many of you are Veterans', 'and the oppressed,"', "Jack Haefner"),
        Q('"America is and always', 'around the world."', "Jack Haefner"),
        Q('"One of our combined arms', 'W. Faulkenburg,"', "Jack Haefner"),
        Q('"He had served', 'Nov. 9, 2004."', "Jack Haefner"),
    ],
    aliases={"Rob Wittman": ["Rep. Rob Wittman", "Wittman"],
             "Jack Haefner": ["Lt. Col. Jack Haefner", "Haefner"]},
),
dict(
    id="mil-en-army-2010-11-11-fort-rucker-honors-veterans",
    source="https://www.army.mil/article/48357/Fort_Rucker__Army_Aviation_honor_veterans/",
    license=PD, retrieved=PAGES + " (Fort Rucker Veterans Day story on army.mil; the stored copy has no headline and begins with the dateline paragraph; the paragraph after 'the Families.', cut after its opening mark in the stored copy, dropped; straight marks as stored)",
    text='''FORT RUCKER, Ala. -- Fort Rucker paid tribute to the men and women who served the nation during times of war at Veterans' Park Nov. 11.
Soldiers and civilians from the surrounding communities attended the installation's annual Veterans Day memorial ceremony and reminisced about their military experiences while honoring the memories of those who never came home.
Brig. Gen. Anthony G. Crutchfield, U.S. Army Aviation Center of Excellence and Fort Rucker commanding general, spoke to the attendees about what Veterans Day means to him and what he hoped it meant to everyone there.
"Today, I'm one of thousands standing in similar locations all over the world honoring our veterans," he said. "It's a special day set aside to remind us of the sacrifices and the service of the men and women who were and are selflessly devoted to something bigger than themselves - the United States of America."
Many veterans also attended the ceremony and said they were moved by the amount of support they receive from the installation.
"This is my first time coming to this ceremony," said Ret. Master Sgt. Harry Grainger, Disabled American Veterans Ozark Chapter commander. "The things that were talked about were exactly what need to be said. When I see all the young men and women continuing to fight for our nation, it brings tears to my eyes."
Grainger, who had 24 years of service including serving in the Vietnam War before retiring from the Army, added he thought the ceremony was "very nice" and that he hoped to attend the next one.
Other veterans who attended the event said they have been to every ceremony since it began.
"This is a fine thing every year and it's one I've been coming to ever since they started doing it," said Retired Sgt. 1st Class William Bowman, DAV Ozark Chapter member. "It's important for us to always remember those who served and continue to serve."
Crutchfield also recognized another group of people who served the nation in a different capacity: the Families.''',
    quotes=[
        Q('''"Today, I'm one of thousands''', 'our veterans,"', "Anthony G. Crutchfield"),
        Q('''"It's a special day''', 'States of America."', "Anthony G. Crutchfield"),
        Q('"This is my first time', 'this ceremony,"', "Harry Grainger"),
        Q('"The things that were talked', 'to my eyes."', "Harry Grainger"),
        Q('"very nice"', None, "Harry Grainger"),
        Q('"This is a fine thing', 'started doing it,"', "William Bowman"),
        Q('''"It's important for us''', 'continue to serve."', "William Bowman"),
    ],
    aliases={"Anthony G. Crutchfield": ["Brig. Gen. Anthony G. Crutchfield", "Crutchfield"],
             "Harry Grainger": ["Ret. Master Sgt. Harry Grainger", "Grainger"],
             "William Bowman": ["Retired Sgt. 1st Class William Bowman"]},
),
dict(
    id="mil-en-jble-2017-11-14-soldiers-visit-retirement-community",
    source="https://www.jble.af.mil/News/Article-Display/Article/1371281/soldiers-visit-retirement-community-honor-veterans/",
    license=PD, retrieved=PAGES + " (633rd Air Base Wing story on jble.af.mil, by Senior Airman Kaylee Dubois; site banner, 'Home : News : Article Display', 'NEWS | Nov. 14, 2017' and the byline dropped; the paragraph on Pvt. 1st Class Eugene Lee, cut in the stored copy, dropped; trailing blanks of two lines dropped; curly marks as stored)",
    text='''Soldiers visit retirement community, honor veterans
U.S. Army Soldiers assigned to Joint Base Langley-Eustis hosted a Veterans Day event at the Williamsburg Landing Retirement Community to recognize veterans and families, Nov. 11, 2017.
The Soldiers spent the holiday interacting with the community’s residents, hearing about their past endeavors. The ceremony included the presentation of colors, a promotion ceremony for a new Soldier and remarks from guest speaker, retired U.S. Army Brig. Gen. Jack Nicholson.
After a brief history of Veterans Day, Nicholson spoke about the “one percent” of Americans defending the nation, and his time serving America and its allies during his 30 years in the Army.
“It’s a privilege to honor those who wear the uniform and signed up to fight and give their life, if necessary, to our country,” said Nicholson. “Our service members are serving for the best country because we believe in sacrificing our lives to help not only keep our citizens free, but our allies safe as well.”
According to the U.S. Census Bureau, there are over 21 million veterans in the U.S. Nicholson said celebrating the courage of those who made the ultimate sacrifice should be on the minds of every American more than just one day out of the year.''',
    quotes=[
        Q('“one percent”', None, None),
        Q('“It’s a privilege', 'to our country,”', "Jack Nicholson"),
        Q('“Our service members', 'safe as well.”', "Jack Nicholson"),
    ],
    aliases={"Jack Nicholson": ["retired U.S. Army Brig. Gen. Jack Nicholson", "Nicholson"]},
),
dict(
    id="mil-en-army-2019-11-586th-field-hospital-surgeon-general",
    source="https://www.army.mil/article/229586/586th_field_hospital_hosts_the_surgeon_general_of_the_us_army",
    license=PD, retrieved=PAGES + " (army.mil story on the Army surgeon general's visit during MEDEX 20-01; the stored copy has no headline and runs its paragraphs together on one line with no break (kept as one line, H1198); it is cut inside the paragraph that begins 'FORSCOM took the initiative', so that paragraph is dropped and the line ends after '... based on the combat needs.\"'; straight marks as stored)",
    text='''"One of the most important words on the battlefield when a Soldier is injured is medic," said Lt. Gen. R. Scott Dingle, the Surgeon General of the U.S. Army, during his visit to the 586th Field Hospital at Sierra Army Depot (SIAD), California, during the United States Forces Command (FORSCOM) Emergency Deployment Readiness Exercise (EDRE) Medical Exercise 20-01 (MEDEX 20-01), Nov. 4, 2019."And when that word is screamed out, the war fighters are counting on Army medicine to be able to respond," said Dingle.This was the message Dingle echoed as he and many other distinguished visitors traveled to SIAD to speak to the leadership overseeing MEDEX 20-01 and toured the 586th field hospital to get an on-ground view of how a medical exercise of this scale increases the overall readiness for Army medicine. MEDEX 20-01 was distinct from other exercises because it was a multi-component exercise that included all the roles of medical care. Each role represented a different capability of care."It's unique because it's tying in from the point of injury at the National Training Center," said Dingle. "We are exercising the entire spectrum of care from a point of injury to evacuation to the hospital all the way out to the next fixed hospital back CONUS."Like pieces to a puzzle, approximately 600 medical professionals from 15 installations across the United States deployed to California to support the 531st Hospital Center as they validated their ability to assume operational control of two field hospitals, separated by over 500 miles, as a cohesive team."It's important to train with different medical teams because we are a modular medical system," said Dingle. "This system is tested because we plug and play with the different units based on the requirement and based on the combat needs."''',
    quotes=[
        Q('"One of the most important words', 'is medic,"', "R. Scott Dingle"),
        Q('"And when that word', 'to respond,"', "R. Scott Dingle"),
        Q('''"It's unique because''', 'Training Center,"', "R. Scott Dingle"),
        Q('"We are exercising', 'back CONUS."', "R. Scott Dingle"),
        Q('''"It's important to train''', 'medical system,"', "R. Scott Dingle"),
        Q('"This system is tested', 'combat needs."', "R. Scott Dingle"),
    ],
    aliases={"R. Scott Dingle": ["Lt. Gen. R. Scott Dingle", "Dingle"]},
),
dict(
    id="mil-en-usarcent-2017-08-24-global-medic-2017",
    source="https://www.usarcent.army.mil/News/Article/1301815/global-medic-2017/",
    license=PD, retrieved=PAGES + " (U.S. Army Central feature story by Staff Sgt. Christal Crawford; site banner, 'Feature Stories', 'NEWS | Aug. 24, 2017' and the byline dropped; the 'On Day Two' paragraph, cut in the stored copy, dropped; straight marks as stored)",
    text='''Global Medic 2017
U.S. Army Central and partner nations from the U.S. Central Command area of responsibility gathered at Fort McCoy, Wis., August, 14 for the four-day Joint and Multinational Global Medic 2017 exercise.
During this exercise, medical officers and NCOs from the partner nations ob-served the full spectrum of medical care from the point of injury through each level of care from triage to evacuation methods (ground, rotary wing and fixed wing). The delegates also observed the medical treatment at various military levels of care, such as the battalion aid station, forward surgical team and combat support hospital. The delegates are medical personnel responsible for the education, training and employment of health services support personnel and resources for their respective nations' armed forces organizations.
"We try hard to bring folks from other countries in the CENTCOM AOR, so that we can showcase all the different capabilities that we have," said Col. Ned Bailey, the command surgeon for USARCENT. "My role really is to be the senior subject matter expert on all the different Army systems, so that when questions arise, I can help the individuals from other countries understand how our systems operate."
The first day of the exercise, the delegates toured the Effects and Enablers Center, where they observed simulated patients preparing for their insertion into the battle-field. They also toured the Regional Training Medical Site to see its training resources and aids.''',
    quotes=[
        Q('"We try hard', 'that we have,"', "Ned Bailey"),
        Q('"My role really', 'systems operate."', "Ned Bailey"),
    ],
    aliases={"Ned Bailey": ["Col. Ned Bailey"]},
),
dict(
    id="mil-en-navy-2015-06-18-seabees-renovate-kiribati-school",
    source="https://www.cpf.navy.mil/Newsroom/News/Article/2748941/seabees-dedicate-more-than-17000-hours-to-renovate-school/",
    license=PD, retrieved=PAGES + " (U.S. Pacific Fleet story by Mass Communication Specialist 1st Class Carla Burdt, Pacific Partnership Public Affairs; site banner and the 'From ...' byline dropped; the date line '18 June 2015' kept; the teaser paragraph that repeats the dateline paragraph without its dateline dropped; the paragraph on the renovated buildings, cut in the stored copy, dropped; curly marks as stored)",
    text='''Seabees Dedicate More than 17,000 Hours to Renovate School
18 June 2015
TARAWA, Kiribati - With three clicks of scissors, distinguished guests cut the ribbon on Temwanoku Primary School, June 17, officially marking the completion of renovations at the school during Pacific Partnership 2015.
Commodore, Task Force Forager, Capt. James Meyer, Kiribati Minister of Education, Maere Tekanene, and Principal of Red Beach Primary School, Mary Noere, cut the ribbon and as it fell, children, teachers, and parents cheered and clapped in excitement. Members of the local community and Task Force Forager personnel, including Seabees attached to PP15, spent approximately 17,650 man hours renovating the school.
“It was an amazing experience seeing the smiles on their faces and seeing them running around and checking out the school,” said Utilitiesman Constructionman Amber Woods, a Seabee assigned to Pacific Partnership 2015. “They were so excited. That feeling when the ribbon was cut, handing over all the hard work we did, it felt really good.”''',
    quotes=[
        Q('“It was an amazing experience', 'out the school,”', "Amber Woods"),
        Q('“They were so excited.', 'really good.”', "Amber Woods"),
    ],
    aliases={"Amber Woods": ["Utilitiesman Constructionman Amber Woods"]},
),
dict(
    id="mil-en-usmc-2013-02-04-iron-fist-mojave-desert",
    source="https://www.13thmeu.marines.mil/News/Article/Article/532633/14-marines-japan-ground-self-defense-force-train-together-in-mojave-desert/",
    license=PD, retrieved=PAGES + " (13th Marine Expeditionary Unit story by Sgt. Christopher O'Quin; 'Photo Information', the photo caption and credit and the line '4 Feb 2013 | Sgt. Christopher O'Quin 13th Marine Expeditionary Unit' dropped; the paragraph on Bravo Company's tactics, cut in the stored copy, dropped; the capital 'Said' and the ellipsis '…but' as stored; curly marks as stored)",
    text='''1/4 Marines, Japan Ground Self Defense Force train together in Mojave Desert
Members of the Japan Ground Self Defense Force left the Land of the Rising Sun for the Golden State in mid-January 2013, to train with Marines and Sailors from 1st Battalion, 4th Marine Regiment, 13th Marine Expeditionary Unit for Exercise Iron Fist 2013.
From Jan. 27-Feb. 3, 2013 both Forces took their skills to Marine Corps Air Ground Combat Center Twentynine Palms, Calif., for the second week of the exercise. This enabled both forces to practice their tactics, learn from each other and take advantage of the expansive ranges in the Mojave Desert.
“What we do these [Exercises] for, is to build relationships both at the staff level …but also down at the individual Marine, Sailor and soldier level,” Said Capt. Brian J. Marthiljohni, a Celina, Tx. native and company commander of Bravo Company, 1/4, 13th MEU. “When I look at their soldiers and my Marines, they are every bit as proficient in the tactics that they do, just as mine are at theirs.”''',
    quotes=[
        Q('“What we do these', 'soldier level,”', "Brian J. Marthiljohni"),
        Q('“When I look at', 'are at theirs.”', "Brian J. Marthiljohni"),
    ],
    aliases={"Brian J. Marthiljohni": ["Capt. Brian J. Marthiljohni"]},
),
dict(
    id="mil-en-afsports-2019-10-23-mens-soccer-world-games",
    source="http://armedforcessports.defense.gov/Media/News-Stories/Article-View/Article/2246416/usa-military-mens-soccer-competes-at-world-games/",
    license=PD, retrieved=PAGES + " (Armed Forces Sports story by Petty Officer 1st Class Gulianna Dunn; site banner, 'News | Oct. 23, 2019' and the byline dropped; the paragraph with Joey Huang's quotation, cut in the stored copy, dropped; curly marks as stored)",
    text='''USA Military Men’s Soccer competes at World Games
Members of the Armed Forces Sports Men’s Soccer Team took to the field against foreign militaries during the 7th CISM Military World Games in Wuhan, China.
Earlier this year during the Armed Forces Sports Soccer Tournament at Naval Station Everett in Washington, 19 service members from the Air Force, Army, Navy and Marine Corps were selected to represent the United States at the world games, held every four years.
After a 10-day training camp last month, these men joined about 250 other members of U.S. Armed Forces Sports in Wuhan to begin the preliminary rounds of championship competition in 17 sports. Their first soccer match was against Qatar.
“Going into those games we had an idea of what the level would be like, so for us, we were a little enamored with the fact that they are just that good,” said Army 1st Lt. Nick Williams about the competition.
“There are certain mistakes that you can’t make at the international level. During the Qatar game, we had a majority of the possession, but we lost focus for ten minutes and we were down three goals. So the mistakes you make at the domestic level, you can’t afford to make on the international level.”
Losing the game 3-1, the team felt the pressure to perform during their match against Ireland a few days later.''',
    quotes=[
        Q('“Going into those games', 'just that good,”', "Nick Williams"),
        Q('“There are certain mistakes', 'international level.”', "Nick Williams"),
    ],
    aliases={"Nick Williams": ["Army 1st Lt. Nick Williams"]},
),
dict(
    id="mil-en-afsports-2025-07-30-early-goal-lifts-air-force",
    source="https://armedforcessports.defense.gov/Media/News-Stories/Article-View/Article/4260324/early-goal-lifts-air-force-to-2025-armed-forces-soccer-championship",
    license=PD, retrieved=PAGES + " (Armed Forces Sports story; the stored copy begins with the dateline 'FORT HOOD, Texas –' on a line of its own (kept), no headline and no byline; the paragraph 'They played for each other ...', cut in the stored copy, dropped; '2nd. Lt.' as stored; straight marks as stored)",
    text='''FORT HOOD, Texas –
Heading into the 2025 Armed Forces Men's Soccer Championship, the All-Air Force men's soccer team boasted a roster loaded with experienced players who played collegiately or professionally.
Meanwhile most of the All-Army squad competed in their first military soccer tournament.
Air Force overcame the rising Texas heat to edge Army 1-0 in the championship match of the AFMSC tournament Wednesday morning.
"We knew they were going to come out hard. They were going to give us a battle and they did," Air Force midfielder, 2nd. Lt. Brandon Cobb said. "But we played how we needed to play and kept control of the ball."
Much like the first contest between the teams on July 26, the Airmen (3-0-0) attacked the Army defense relentlessly in the first half, peppering the backline with shots en route to a 1-0 lead.
Following a deflection, Cobb found the back of the net for the game's lone goal in the first half.
"I noticed a lot of the times the [Army] center backs were winning first balls so I wanted to make sure I got the second ball, got the rebound, put it on my feet and tipped the ball," said Cobb, a former Air Force Academy men's soccer player.
However in the second half, Army's front line came to life, with the Army's midfielders and forwards generating more scoring chances.
Army's best opportunity came in the 80th minute when the team's youngest player, Pfc. Samuel Orozco broke into the open field. As Orozco eyed the goal, the Air Force keeper left the net but Orozco shot wide.
Pfc. Kelvin Kereva fired a shot on the top goal post in the 87th minute. In the 88th minute the Army earned a corner kick that resulted in a Soldier's shot going over the goal.
"The Air Force is very good defensively. It was just the nerves because we had a chance, a clear on goal," Eseyin said. "I think the nerves just got to us."
The Soldiers continued to aggressively attack the ball each time Air Force had possession.''',
    quotes=[
        Q('"We knew they were going', 'and they did,"', "Brandon Cobb"),
        Q('"But we played how', 'of the ball."', "Brandon Cobb"),
        Q('"I noticed a lot', 'tipped the ball,"', "Brandon Cobb"),
        Q('"The Air Force is very good', 'clear on goal,"', "Eseyin"),
        Q('"I think the nerves', 'got to us."', "Eseyin"),
    ],
    aliases={"Brandon Cobb": ["2nd. Lt. Brandon Cobb", "Cobb"]},
),
dict(
    id="mil-en-dvids-2024-04-16-air-force-wins-mens-soccer-championship",
    source="https://www.dvidshub.net/news/468993/air-force-wins-armed-forces-mens-soccer-championship",
    license=PD, retrieved=PAGES + " (Moody Air Force Base story on dvidshub.net; the stored copy's date label and photo caption block ('Photo By Airman Cade Ellis | ... see less | View Image Page') dropped; no headline in the stored copy; the paragraph on Senior Airman Jairo Valencia, cut in the stored copy, dropped; 'Kirshman' (sic) as stored; curly marks as stored)",
    text='''MOODY AIR FORCE BASE, Ga. – The Air Force men's soccer team won the 2024 Armed Forces Men's Soccer Championship at Albany State University in Albany, Georgia, April 9, 2024.
The Air Force team beat the Navy, Marine Corps, and won the championship game against the Army in a bracket style competition. The tournament aimed to foster camaraderie between the military branches, strengthening the unity of our armed forces.
“It’s all about friendship through sport. If we can come out here and meet people from other branches, it creates this brotherhood,” said Air Force Lt. Col. Jeremiah Kirschman, Air Force men's soccer coach. “Showing that we are all working toward the same common goal in the military and to see our different strengths come together.”
The championship game holds a prestigious place within the military community, and the Air Force team dedicated a significant effort to prepare for this year's tournament.
For two weeks prior to the championship, Kirshman noted the team trained twice a day in Valdosta, Georgia – preparing mentally and physically to play against the other branches.''',
    quotes=[
        Q('“It’s all about friendship', 'this brotherhood,”', "Jeremiah Kirschman"),
        Q('“Showing that we are all', 'come together.”', "Jeremiah Kirschman"),
    ],
    aliases={"Jeremiah Kirschman": ["Air Force Lt. Col. Jeremiah Kirschman", "Kirshman"]},
),
]
