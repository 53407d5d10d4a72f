# Held-out English news texts (tests/data/heldout68-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of two kinds: English Wikinews articles (CC BY 2.5; two en.m.wikinews.org pages of 2020 and 2021 -
# the Melbourne Lord Mayor candidate Wayne Tseng and New Zealand's Matariki public holiday - and a scraper-site copy of the
# 2006 article on two fallen Canadian soldiers, on an archive page of omgclearance.com) and US government works in the
# public domain (17 U.S.C. § 105): a Peace Corps release on peacecorps.gov (National Service Week, 1997), a 20th Fighter
# Wing story on shaw.af.mil (exercise Eagle Flag), a US Air Force feature on Juneteenth as reposted verbatim on an
# aggregator (securengin.fifthestate.nz, 'Source: United States Air Force'), an Air National Guard story on the 167th
# Communications Squadron as reposted verbatim on soldiersystems.net, an Army News Service story on army.mil (National
# Guard flood duty, 2010), a Wisconsin National Guard story on the Army's 236th birthday (2011) and Secretary Panetta's
# Army-birthday statement (2012), the last two as reposted verbatim on blogs. None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# is dropped (noted in `retrieved`). Site lines ('This is the stable version ...', 'This article mentions the Wikimedia
# Foundation ...'), image captions, bylines, 'Source:' lines, archive headings and a doubled dateline are dropped; leading
# and trailing spaces of paragraphs are removed; wording, spelling ('drived', 'Their vehicle has intercepted'), the
# backslashes before apostrophes in the Peace Corps page (H372), inner spacing and quotation marks are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H370-H376 in ANNOTATION.md on top of H1-H338).
WN = "CC BY 2.5 (Wikinews)"
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a scraper site)"
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout68-en.jsonl

Built by `build.py` from `heldout68_pages.py`. Like heldout21-en, heldout42-en, heldout62-en and heldout63-en, these texts
are stored web pages (the `pages` search corpus), none of them used in a set above: English Wikinews articles (CC BY 2.5,
attribution "Wikinews contributors": the interview report on Melbourne Lord Mayor candidate Wayne Tseng, October 2020, and
the Matariki public holiday article, February 2021, both on en.m.wikinews.org; the article on two fallen Canadian soldiers
returning home from Afghanistan, November 2006, as copied on an archive page of the scraper site omgclearance.com) and US
government works in the public domain (17 U.S.C. § 105): the Peace Corps release on returned Volunteers' service projects
in National Service Week (April 1997, peacecorps.gov), the 20th Fighter Wing story on Shaw Airmen in exercise Eagle Flag
(shaw.af.mil), the US Air Force feature on Juneteenth at the 82nd Training Wing as reposted verbatim on
securengin.fifthestate.nz, and the Air National Guard story on the redesignation of the 167th Communications Flight as a
squadron (February 2024) as reposted verbatim on soldiersystems.net, the Army News Service story on National Guard flood
duty in four states (June 2010, army.mil), the Wisconsin National Guard story on the Army's 236th birthday with Gen. Martin
Dempsey, Adm. Mike Mullen and Sergeant Major of the Army Raymond Chandler (June 2011) and the Department of Defense release
of Secretary Panetta's statement on the Army's birthday (June 2012), the last two as reposted verbatim on blogs
(military-online.blogspot.com, grognews.blogspot.com). None is credited to AP, Reuters, AFP or another
third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped
is noted per page). Site lines, captions, bylines, source lines and archive headings were dropped; wording and quotation
marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by
8-word overlap with every existing text). The annotation (rules H370–H376 in `ANNOTATION.md` on top of H1–H338) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2021-02-07-new-zealand-announces-new-matariki-public-holiday",
    source="https://en.m.wikinews.org/wiki/New_Zealand_announces_new_Matariki_public_holiday",
    license=WN, retrieved=PAGES + " (the site line 'This is the stable version, checked on 24 January 2023. Template changes await review.' and the image caption 'The Matariki star cluster with known Māori names. (Image: NASA, User:PJ_1004)' dropped; the paragraph 'This is not the first attempt to make Matariki a public holiday. ...', cut in the stored copy, dropped)",
    text='''New Zealand announces new Matariki public holiday
Sunday, February 7, 2021
The New Zealand Government on Thursday announced the creation of a new public holiday, Matariki. Matariki marks the beginning of the Māori New Year, which coincides with the rising of the star cluster Pleiades, known as Matariki in the Māori language.
At Waitangi, New Zealand Prime Minister Jacinda Ardern said "This will be a day to acknowledge our nation's unique, shared identity, and the importance of tikanga Māori. It's going to be something very special, and something uniquely New Zealand." Ardern also said the new holiday would break up the over-4 month gap between public holidays in June and October.
The date of the Matariki holiday is not consistent from year to year, as it follows Maramataka, the Māori lunar calendar, but would likely always fall on a Monday or Friday according to Ardern. A Matariki advisory group has been established, with Māori Crown Relations — Te Arawhiti — Minister Kelvin Davis explaining that the purpose of the group is "to provide advice on future dates of the public holiday, how it should be celebrated and to support the development of resources to educate the public on Matariki and the celebrations". The first Matariki holiday is scheduled for Friday, June 24 of next year.
Ardern's Labour Party made the Matariki holiday an election promise, and won last year's general election with a majority. This result was the best for any party since New Zealand's 1996 adoption of a mixed-member proportional system.''',
    quotes=[
        Q('"This will be a day', 'uniquely New Zealand."', "Jacinda Ardern"),
        Q('"to provide advice', 'and the celebrations"', "Kelvin Davis"),
    ],
    aliases={"Jacinda Ardern": ["New Zealand Prime Minister Jacinda Ardern", "Ardern"],
             "Kelvin Davis": ["Minister Kelvin Davis"]},
),
dict(
    id="wn-en-2020-10-22-wikinews-interviews-melbourne-lord-mayor-candidate-wayne-tseng",
    source="https://en.m.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng",
    license=WN, retrieved=PAGES + " (the site line 'This article mentions the Wikimedia Foundation, one of its projects, or people related to it. Wikinews is a project of the Wikimedia Foundation.' and the image caption 'Portrait of Wayne Tseng / Image: Wayne Tseng.' dropped; the paragraph 'Currently, Sally Capp is the Lord Mayor of Melbourne, ...', cut in the stored copy, and the interview after it dropped)",
    text='''Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng
Thursday, October 22, 2020
2020 Melbourne Lord Mayor candidate Wayne Tseng answered some questions about his campaign for the upcoming election from Wikinews. The Lord Mayor election in the Australian city is scheduled to take place this week.
Tseng runs a firm called eTranslate, which helps software developers to make the software available to the users. In the candidate's questionnaire, Tseng said eTranslate had led to him working with all three tiers of the government. He previously belonged to the Australian Liberal Party, but has left since then, to run for mayorship as an independent candidate.
Tseng is of Chinese descent, having moved to Australia with his parents from Vietnam. Graduated in Brisbane, Tseng received his PhD in Melbourne and has been living in the city, he told Wikinews. Tseng also formed Chinese Precinct Chamber of Commerce, an organisation responsible for many "community bond building initiatives", the Lord Mayor candidate told Wikinews.
Tseng discussed his plans for leading Melbourne, recovering from COVID-19, and "Democracy 2.0" to ensure concerns of minorities in the city were also heard. Tseng also focused on the importance of the multi-culture aspect and talked about making Melbourne the capital of the aboriginals. Tseng also explained why he thinks Melbourne is poised to be a world city by 2030.
Tseng's deputy Lord Mayor candidate Gricol Yang is a Commercial Banker and works for ANZ Banking Group.''',
    quotes=[
        Q('"community bond building initiatives"', None, "Wayne Tseng"),
        Q('"Democracy 2.0"', None, None),
    ],
    aliases={"Wayne Tseng": ["2020 Melbourne Lord Mayor candidate Wayne Tseng", "Tseng", "the Lord Mayor candidate"]},
),
dict(
    id="wn-en-2006-11-29-two-fallen-canadian-soldiers-return-home-from-afghanistan",
    source="http://omgclearance.com/2019/03/page/2",
    license=WNS, retrieved=PAGES + " (archive page 'Archives March 2019' of a scraper site that reproduces Wikinews articles under their Wikinews headlines; only the article 'Two fallen Canadian soldiers return home from Afghanistan' is taken, from its headline to its last paragraph; the archive heading and the next article, on students in Rancagua, Chile, dropped; the curly marks and the article's own wording ('Their vehicle has intercepted', 'drived', 'Kandhar') are as stored)",
    text='''Two fallen Canadian soldiers return home from Afghanistan
Wednesday, November 29, 2006
The bodies of two Canadian soldiers killed by a suicide bomber in Kandahar, Afghanistan were brought back to Canada. Both were from CFB Petawawa located in Petawawa, Ontario.
Their vehicle has intercepted on a road by a suicide bomber. A helicopter came helping all injured and possibly dead soldiers into it where they received medical attention somewhere safe. This time, their vehicle was blown up by a man’s car when he drived into them and detonated his car. Two Canadians were killed, the rest were injured.
Canadian, U.S., Dutch, and British soldiers stood at Kandhar Airfield Thursday to farewell Cpl. Albert Storm and Officer Robert Girouard. A piper played Amazing Grace as the Canadian flag-covered coffins were carried onto the C-130 Hercules aircraft for their flight home.
“It’s very hard for me to do it but I know my colleague, my friend and soldier, is going home to a restful place,” Cpl. Victor Thibault, 38, of Digby, Nova Scotia said to the Canadian Press. “He’s done what he had to do and I believe that’s good… He was a good friend. I will miss him,” he said.
Forty-four Canadian soldiers as well as one diplomat have been killed in Afghanistan since 2002. About 2,500 Canadian troops are serving in Afghanistan.''',
    quotes=[
        Q('“It’s very hard for me', 'a restful place,”', "Victor Thibault"),
        Q('“He’s done what he had to do', 'I will miss him,”', "Victor Thibault"),
    ],
    aliases={"Victor Thibault": ["Cpl. Victor Thibault"]},
),
dict(
    id="peacecorps-returned-volunteers-national-service-week-1997",
    source="https://www.peacecorps.gov/news/library/returned-peace-corps-volunteers-spearhead-community-service-projects-during-national-service-week/",
    license=PD, retrieved=PAGES + " (the list item 'Deputy Peace Corps Director Charles Baquet, a returned Peace Corps volunteer who served in Somalia, will join ...', cut in the stored copy, and the rest of the list dropped; the backslash before each apostrophe inside double quotation marks (\\') is as stored (H372))",
    text='''Returned Peace Corps Volunteers Spearhead Community Service Projects During National Service Week
WASHINGTON, D.C., April 14, 1997—In the spirit of National Service Week, hundreds of returned Peace Corps volunteers will perform special community service projects throughout the country this week and throughout the month.
President Clinton, during his weekly national radio address on April 5, praised the work of returned Peace Corps volunteers and AmeriCorps members and called upon them to reach out to young people in their communities, "teaching a new generation about the power of service."
Returned Peace Corps volunteers are organizing activities all across the United States for National Service Week, which began yesterday and runs through April 19.
Peace Corps Director Mark Gearan said the service projects show the continuing commitment to service by the more than 148,000 Americans who have joined the Peace Corps. "That commitment translates into a \\'domestic dividend\\' when these volunteers return to the United States, because they volunteer and serve in their communities back home," he said.
According to a recent survey, nearly eight out of 10 returned Peace Corps volunteers have or are currently volunteering in their local communities.
The Peace Corps will participate in the "Presidents\\' Summit for America\\'s Future," to be held in Philadelphia April 27-29. Returned Peace Corps volunteers, serving in their current capacities as local community leaders, will be delegates at the summit. In addition, more than 200 returned Peace Corps volunteers from the Washington, New York, and Philadelphia areas are expected to participate in the summit\\'s community service event in the Germantown section of Philadelphia on April 27.
Throughout the month of April, returned Peace Corps volunteers will participate in dozens of community service projects. These include:''',
    quotes=[
        Q('"teaching a new generation', 'power of service."', "Clinton"),
        Q('"That commitment translates', 'back home,"', "Mark Gearan"),
        Q('"Presidents', 'Future,"', None),
    ],
    aliases={"Clinton": ["President Clinton"],
             "Mark Gearan": ["Peace Corps Director Mark Gearan"]},
),
dict(
    id="shaw-af-mil-airmen-shine-in-eagle-flag-exercise",
    source="https://www.shaw.af.mil/News/Article-Display/Article/214062/shaw-airmen-shine-in-exercise",
    license=PD, retrieved=PAGES + " (the heading 'Article Display' and the byline lines 'Published', 'By Tech. Sgt. Kevin Williams', '20th Fighter Wing Public Affairs' dropped; trailing spaces of paragraphs removed; the paragraph '\"The focus of today's Air Force is expediti...', cut in the stored copy, dropped)",
    text='''Shaw Airmen shine in exercise
More than 350 Airmen from 18 different Air Force bases, including 50 Airmen from Shaw, recently returned from an exercise at which they simulated providing humanitarian relief and fighting terrorism.
Five Shaw Airmen were recognized for their performance during the exercise, known as Eagle Flag, held Oct. 12 to 20 at Lakehurst Naval Air Station near McGuire Air Force Base, N.J.
The recognized Airmen were: Senior Airman Benjamin Zaleski, 20th Communications Squadron; Staff Sgt. Michael Lewis, 609th Air Communications Squadron; Airman 1st Class Tyler Lynch, 609th ACOMS; Staff Sgt. William Brown, 609th ACOMS, and Senior Airman Ronald Yaskovic, 20th CS.
During Eagle Flag, Airmen "deployed" to a fictional country and built a fully functional air base, called Camp Warbird, from scratch. Not only did they put up temporary structures, they also posted security patrols, established communications and fended off aggressors.
To make Eagle Flag as realistic as possible, several Airmen participated as role players. Playing villagers, news media, terrorists and protestors, they interacted with the "deployed" Airmen during several scenarios.
Col. Glenn Lang, the 5th Mission Support Group commander at Minot AFB, N.D. and Camp Warbird's commander during Eagle Flag, said the most rewarding aspect of the exercise was seeing all the Airmen come together as one cohesive unit.
"Our Air Force is lucky to have individuals with a sense of dedication to the mission that transcends the elements when the pressure is on," Colonel Lang said. "The Airmen at Eagle Flag were no exception to that and the will to succeed in our mission made them overcome the nasty weather and the initial living conditions."
Lt. Col. Lisa McColgan, the 5th Services commander and Eagle Flag deputy group commander, agreed.''',
    quotes=[
        Q('"deployed"', None, None),
        Q('"deployed"', None, None, 1),
        Q('"Our Air Force is lucky', 'the pressure is on,"', "Glenn Lang"),
        Q('"The Airmen at Eagle Flag', 'living conditions."', "Glenn Lang"),
    ],
    aliases={"Glenn Lang": ["Col. Glenn Lang", "Colonel Lang"]},
),
dict(
    id="usaf-juneteenth-82nd-training-wing-connie-ali",
    source="https://securengin.fifthestate.nz/category/aviation/page/12",
    license=PD, retrieved=PAGES + " (category page of an aggregator that reposts US Air Force stories verbatim; only the first item, 'Juneteenth: American celebration of freedom', is taken; its line 'Source: United States Air Force' dropped; the paragraph '“Learning about Juneteenth should bring up conversations ...', cut in the stored copy, and the rest of the page dropped)",
    text='''Juneteenth: American celebration of freedom
President Abraham Lincoln issued the Emancipation Proclamation on January 1, 1863, declaring, “all persons held as slaves” within rebellious states “are, and henceforth shall be free.” However, it took two and half years for the word to reach Texas, the last bastion of Confederate power. It wasn’t until June 19, 1865, when U.S. Army Maj. Gen. Gordon Granger announced General Order No. 3 in Galveston, Texas when more than 250,000 enslaved people were finally free.
Juneteenth, a combination of the words June and nineteenth became a federal holiday June 17, 2021. Before that, it was a uniquely Texan observance for many years, which is why Connie Ali, 82nd Training Wing Equal Opportunity director, did not learn about it herself until adulthood. A North Carolina native, Ali said she was never taught about the significance of the day. Now, she is on a mission to make sure people understand the importance of the holiday.
“I think people on the installation should have an awareness what Juneteenth means to people outside the gates,” she said. “If they see a parade or different events going on and they’re not from Texas, they may not have an understanding. But if we educate and give them an awareness, they know why they are celebrating this. I just feel as if we, the people on the installation and the leaders, can articulate it ourselves, it will give a better awareness to the younger people.”
Although Juneteenth is the oldest recognized African American-celebrated observance, it’s still new to many Americans. For Ali, the shared experience of becoming more aware of the meaning behind the holiday is a chance to talk about where we’ve been as Americans, where we are, and where we’re going.''',
    quotes=[
        Q('“all persons held as slaves”', None, "Abraham Lincoln"),
        Q('“are, and henceforth shall be free.”', None, "Abraham Lincoln"),
        Q('“I think people on the installation', 'outside the gates,”', "Connie Ali"),
        Q('“If they see a parade', 'the younger people.”', "Connie Ali"),
    ],
    aliases={"Abraham Lincoln": ["President Abraham Lincoln"],
             "Connie Ali": ["Ali"]},
),
dict(
    id="ang-167th-communications-flight-redesignated-squadron-2024",
    source="http://soldiersystems.net/category/forces-focus/page/2/",
    license=PD, retrieved=PAGES + " (archive page of a blog that reposts US military stories verbatim; only the item '167th Communications Flight Redesignated as Squadron' is taken; the site lines 'SIG MMG 338 Program Series' and 'Archive for the ‘Forces Focus’ Category', the post date line 'Tuesday, February 27th, 2024' and the doubled dateline line 'MARTINSBURG, W.Va. —' before the first paragraph dropped; the paragraph '“We’ve been on a journey for three years to resha...', cut in the stored copy, dropped)",
    text='''167th Communications Flight Redesignated as Squadron
MARTINSBURG, W.Va. — A ceremony marking the redesignation of the 167th Communications Flight as a squadron was held at Shepherd Field, Martinsburg, W.Va., Feb. 3, 2024.
During the ceremony the 167th Communications Squadron guidon was revealed and the 167th Communications Flight guidon was furled for the final time.
Air National Guard units nationwide are redesignating their communications flights to communications squadrons due to the growing responsibilities and emerging mission-sets required of the communications career field.
There’s been many technological advances since the communications flight was established at the 167th nearly 60 years ago, explained Lt. Col. Donald Carpenter, 167th Communications Squadron commander.
“Now we’re on the cusp of a new technological era with artificial intelligence, machine learning and large language models,” said Carpenter. “A new season requires a new approach, and the Air Force sees that and is realigning the force to do that.”
The 167th Communications Squadron units enables the information technology infrastructure of the wing. They are responsible for the computer and networking hardware, printers, cell phones, handheld tablets, software deployment, software updates, communications security for the classified network, radio equipment, wireless networks, base fiber optic and copper infrastructure that connects the wing to the Department of Defense network.
As a squadron, the communications unit is postured to take on additional roles to protect cyberspace platforms and to meet expeditionary and mission generation support requirements.
Carpenter acknowledged that there will be challenges as the squadron adjusts to the new mission-sets but said they will get through it.''',
    quotes=[
        Q('“Now we’re on the cusp', 'large language models,”', "Donald Carpenter"),
        Q('“A new season requires', 'to do that.”', "Donald Carpenter"),
    ],
    aliases={"Donald Carpenter": ["Lt. Col. Donald Carpenter", "Carpenter"]},
),
dict(
    id="army-mil-national-guard-battles-flood-waters-four-states-2010",
    source="http://www.army.mil/article/41598/National_Guard_battles_flood_waters_in_four_states/",
    license=PD, retrieved=PAGES + " (Army News Service story; the photo caption 'Sgt. Bernard Friend of the Missouri National Guard provides security to evacuated homes ...' dropped; the paragraph '\"Soldiers and Airmen are conducting a variety of missions ...,\" said 2nd Lt. John Quin, ...', cut in the stored copy, dropped)",
    text='''National Guard battles flood waters in four states
ARLINGTON, Va. (Army News Service, June 29, 2010) -- Almost 300 National Guard members from four states helped to battle flood waters last week and through the weekend.
In South Dakota, 130 Soldiers from the 200th Engineer Company and the 153rd Engineer Battalion helped to fill sandbags in the towns of Huron, Woonsocket and Bonilla.
The mission was to lay about 20,000 sandbags in Woonsocket to channel water through the town, while 3,000 sandbags were staged in Bonilla.
In Missouri, Gov. Jay Nixon called up Soldiers with vehicle support to remove debris from the northwest counties of Mingo, Logan, Wyoming and McDowell.
Missions continued over the weekend in the region as Guardsmen manned traffic control points and assisted law enforcement in patrolling the sparsely-populated areas.
Missouri Gov. Jay Nixon and Brig. Gen. Stephen L. Danner, adjutant general, toured the area to check the status of major flooding in Andrew, Atchison, Buchanan and Holt counties.
Danner said the Guard is one of many groups working hard to protect the area.
"We have state and local responders, as well as the Civil Air Patrol, Army and Air here," Danner said. "It's been a great operation."
Guard officials said the dams in the Dakotas are full and the Army Corps of Engineers plans to let out water to release pressure on them, which will increase the water flow in the Missouri River.''',
    quotes=[
        Q('"We have state and local responders', 'Army and Air here,"', "Stephen L. Danner"),
        Q('"It\'s been a great operation."', None, "Stephen L. Danner"),
    ],
    aliases={"Stephen L. Danner": ["Brig. Gen. Stephen L. Danner", "Danner"]},
),
dict(
    id="wing-pa-army-236th-birthday-dempsey-mullen-chandler-2011",
    source="https://military-online.blogspot.com/2011/06/236-years-young-army-is-strength-of.html",
    license=PD, retrieved=PAGES + " (Wisconsin National Guard Public Affairs story reposted verbatim on a blog of US military news; the stored copy begins with the byline line 'By Wisconsin National Guard Public Affairs– June 14, 2011', dropped, and has no headline; the paragraph 'That really is the heart of why we continue to observe the Army’s birthday. ...', cut in the stored copy, dropped)",
    text='''My, but how the U.S. Army has grown and changed over the years.
At 236 years young today, traces of the Continental Army from the Revolutionary War can still be seen in today’s warriors. Yet there is more than war fighting and humanitarian assistance to the approximately 1 million members of the U.S. Army.
“From the first battles at Lexington and Concord to the streets of Mosul and Kandahar, Soldiers have always defended freedom and epitomized what is best about America,” said Gen. Martin Dempsey, the 37th Army Chief of Staff. “We will remain the nation’s decisive force, the clearest symbol of America’s commitment to freedom and the country’s preeminent leadership experience. We will remain America’s Army, the strength of the nation.”
Adm. Mike Mullen, chairman of the Joint Chiefs of Staff, agreed.
“I believe that in many ways, the story of the Army is the story of America,” Mullen said. “I often talk about how the Army is the very center of gravity for our military — a force that understands the power of ballots as well as bullets, and culture as well as conflict. It’s a force that is able to defeat an enemy swiftly and silently one day and help build a school or dig a well the next — one that has made possible the success we’ve seen in Iraq, the progress we are now making in Afghanistan and the security we ensure around the globe.”
Sergeant Major of the Army Raymond Chandler paid tribute to those Soldiers marking the Army’s birthday in harm’s way.
“Happy birthday to those who make the Army what it is today, the premier fighting force in the free world,” Chandler said. “You are America’s Army, and you are Army strong.”''',
    quotes=[
        Q('“From the first battles', 'best about America,”', "Martin Dempsey"),
        Q('“We will remain the nation’s', 'strength of the nation.”', "Martin Dempsey"),
        Q('“I believe that in many ways', 'story of America,”', "Mike Mullen"),
        Q('“I often talk about', 'around the globe.”', "Mike Mullen"),
        Q('“Happy birthday to those', 'in the free world,”', "Raymond Chandler"),
        Q('“You are America’s Army', 'Army strong.”', "Raymond Chandler"),
    ],
    aliases={"Martin Dempsey": ["Gen. Martin Dempsey"],
             "Mike Mullen": ["Adm. Mike Mullen", "Mullen"],
             "Raymond Chandler": ["Sergeant Major of the Army Raymond Chandler", "Chandler"]},
),
dict(
    id="defense-gov-panetta-statement-army-birthday-2012",
    source="https://grognews.blogspot.com/2012/06/defensegov-news-release-secretary-of.html",
    license=PD, retrieved=PAGES + " (Department of Defense news release reposted verbatim on a blog; the blog's date line '15 June 2012', its own line 'SecDef marks The Army Birthday Celebration.', the signature 'By: Brant' and 'No comments:' dropped; the statement's four paragraphs, the first three opened and not closed, as stored)",
    text='''Secretary Panetta's Statement on the US Army's Birthday
“As we mark the birthday of the United States Army, I want to congratulate this great American institution for 237 years of distinguished service in defense of this country. The proud story of the American soldier is one of honor, valor, patriotism, and sacrifice in the service of their countrymen. From those earliest volunteers who stepped forward to join the ranks of the Continental Army to those who fought at Gettysburg, in the Argonne Forest, at Normandy, Bastogne, in Korea and Vietnam, in Iraq and Afghanistan, the American soldier has shaped the course of world history.
“I am proud of the opportunity I had to serve in the ranks of the United States Army. I’ll always cherish those memories of Army life, and the honor I felt in being part of an extraordinary team.
“For ten long years the Army has shouldered a heavy burden, fighting in Iraq’s city streets and in the mountains of Afghanistan. And through it all, American soldiers stepped bravely forward, marched off towards the sound of the guns, and gave everything to provide for our security, to give all Americans a better, safer future. They have done everything this country has asked of them and more.
“I have been deeply fortunate in my position as secretary of defense over this past year to have visited many Army installations and thousands of soldiers serving around the world, including those on the front lines. These soldiers, and their families, carry forward the proud and distinguished legacy we celebrate today, and because of their dedication, the United States Army will remain the strongest in the world.”''',
    quotes=[
        Q('“As we mark the birthday', 'course of world history.', "Panetta"),
        Q('“I am proud of the opportunity', 'an extraordinary team.', "Panetta"),
        Q('“For ten long years', 'asked of them and more.', "Panetta"),
        Q('“I have been deeply fortunate', 'strongest in the world.”', "Panetta"),
    ],
    aliases={"Panetta": ["Secretary Panetta"]},
),
]
