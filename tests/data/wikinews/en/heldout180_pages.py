# Held-out English news pages (tests/data/heldout180-en.jsonl), none of them used in an earlier set. Voice of America
# stories (VOA is a US government broadcaster; its texts are works of the US government in the public domain, 17 U.S.C.
# § 105), taken from stored web pages (the `pages` search corpus): a VOA report of 2024 on the Immigrant Food restaurant
# near the White House (VOA's own preview server voa.pangea-cms.com), a voanews.com report of 2013 on the State
# Department's YES student exchange program (archived by the Wayback Machine and stored through a proxy address), a VOA
# Learning English report of 2018 on immigrants and the St. Paul farmers market as copied by the learner site kekenet.com,
# and a voanews.com report of 2007 on the opening of the baseball season in Washington. None is credited to AP, Reuters,
# AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a
# cut paragraph is dropped (noted in `retrieved`). Site lines, bylines, player and text-size lines, image captions and
# the learner site's Chinese lines and scrambled characters are dropped; wording, spacing inside paragraphs and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1225-H1229 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA Learning English story on a learner site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout180-en.jsonl

Built by `build.py` from `heldout180_pages.py`. Like earlier VOA sets, these texts are Voice of America stories (public
domain, US government works, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus), none of them used
in a set above: a VOA report of 2024 on the Immigrant Food restaurant near the White House (chef Alba Galdamez; VOA's
preview server voa.pangea-cms.com), a voanews.com report of 2013 on the State Department's Youth Exchange and Study
(YES) program (Rick Ruth, Soda Ndiaye, Nada Omar; a Wayback Machine copy stored through a proxy address), a VOA Learning
English report of 2018 on immigrants and the St. Paul farmers market in Minnesota (Alyssa Erding, Mike Gerten; copy on
the learner site kekenet.com) and a voanews.com report of 2007 on baseball's opening day in Washington (Mike Allen of
the Yorktown Patriots). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, bylines,
player lines, captions and the learner site's chrome were dropped; wording and quotation marks are as stored. None of
these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every
existing text, including the other helpers' worktrees). The annotation (rules H1225–H1229 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2024-immigration-conversations-washington-restaurant",
    source="https://voa.pangea-cms.com/preview/en-US/a/immigration-conversations-start-at-the-table-at-this-washington-restaurant/7633838.html",
    license=PD, retrieved=PAGES + " (VOA report on VOA's preview server; the lines 'Accessibility links', 'Breaking News', 'USA' and 'update', the repeated headline with its screen-grab credit and the doubled photo caption on Alba Galdamez dropped; the paragraph 'Republicans are more likely than Democrats ... This is a decrease', cut in the stored copy, dropped; curly marks as stored, Galdamez's last span closes with a straight mark)",
    text='''Immigration conversations start at the table at this Washington restaurant
Alba Galdamez knows her way around the kitchen. She is the chef at Immigrant Food’s location near the White House and an immigrant from El Salvador. She moved to the U.S. about 20 years ago and has worked many jobs. But cooking won her heart.
“Out of all the jobs I’ve had, the one that fascinated me the most was cooking,” Galdamez said.
Galdamez says that through its menu, Immigrant Food highlights the tapestry of immigrant cultures that make up the United States. Each dish tells a story. And whether Galdamez is cooking flavors from Venezuela or India, she wants everyone to feel welcome.
“When you come here, you’re basically coming home,” she said. “This restaurant is the fusion of all countries in the world."
At its three Washington locations, the first of which opened in 2019, Immigrant Food advocates for immigrant-related issues, including comprehensive immigration reform.
Immigration is one of the top issues in this U.S. presidential election, according to a Gallup poll released in April.''',
    quotes=[
        Q('“Out of all the jobs', 'was cooking,”', "Alba Galdamez"),
        Q('“When you come here', 'coming home,”', "Alba Galdamez"),
        Q('“This restaurant is the fusion', 'in the world."', "Alba Galdamez"),
    ],
    aliases={"Alba Galdamez": ["Galdamez"]},
),
dict(
    id="voa-en-2013-young-students-come-to-us-for-experience-of-a-lifetime",
    source="http://fgks.org/proxy/index.php?q=aHR0cHM6Ly93ZWIuYXJjaGl2ZS5vcmcvd2ViLzIwMTMwOTI3MDkzMjE5L2h0dHA6Ly93d3cudm9hbmV3cy5jb20vY29udGVudC95b3VuZy1zdHVkZW50cy1jb21lLXRvLXVzLWZvci1leHBlcmllbmNlLW9mLWEtbGlmZXRpbWUvMTc1ODAxNi5odG1s",
    license=PD, retrieved=PAGES + " (voanews.com report 'Young Students Come to US for Experience of a Lifetime' (voanews.com/content/.../1758016.html) as archived by the Wayback Machine on September 27, 2013 and stored through a proxy address; the lines 'News / USA', the repeated headline, the player lines '|| 0:00:00' and '... 🔇', 'TEXT SIZE - +' and the byline 'Kokab Farshori' dropped; the paragraph 'Families do not receive financial co...', cut in the stored copy, dropped; double spaces after full stops as stored; straight and curly marks as stored, Ndiaye's and Omar's spans open with a curly and close with a straight mark)",
    text='''Young Students Come to US for Experience of a Lifetime
A U.S.-funded student exchange program is giving young people from around the world the chance of a lifetime - to study and live in America.  The state department’s Youth Exchange and Study program - known as YES - targets students mostly from countries with large Muslim populations.  The students compete to be selected, and if chosen, are brought to the U.S. to study for a full academic year and live with an American family.
The U.S. state department's "YES" program is bringing together families and students who may seem to live worlds apart - physically and culturally.
The young people travel from distant homes to see what it is like to live in the U.S. - with an American family.
The state department's education and cultural affairs bureau began the program after the September 11, 2001 terror attacks.  The goal was to create a better understanding about the United States in the Muslim world.
Rick Ruth, a senior advisor for the bureau, says the program has tremendous benefits.
"We know from decades of experience that bringing Americans together with people from all around the world of all ages and all backgrounds is one of the most effective means we have to create a world of mutual understanding, where violence and extremism are simply not welcome," said Ruth.
Soda Ndiaye is a “YES” student from Senegal.
“My dream was to come to America, learn about America, go to school here because I want to improve my English and also to know about American people," said Ndiaye.
Nada Omar, a student from Egypt, is staying with the same host family.
“Having experience to be independent and knowing how to manage your own things alone, YES program seems great for such things.  And it will actually help you later in your work or your career," said Omar.''',
    quotes=[
        Q('"YES"', None, None),
        Q('"We know from decades', 'simply not welcome,"', "Rick Ruth"),
        Q('“YES”', None, None),
        Q('“My dream was', 'American people,"', "Soda Ndiaye"),
        Q('“Having experience', 'your career,"', "Nada Omar"),
    ],
    aliases={"Rick Ruth": ["Ruth"], "Soda Ndiaye": ["Ndiaye"], "Nada Omar": ["Omar"]},
),
dict(
    id="voa-le-en-2018-immigrants-spur-us-farmers-markets-revival",
    source="http://www.kekenet.com/broadcast/201810/568026.shtml",
    license=PDC, retrieved=PAGES + " (VOA Learning English report of October 2018 as copied by the learner site kekenet.com; the site's Chinese navigation and title lines, the download lines, '加载中..' and the lines of scrambled characters dropped, the English headline kept; the paragraph 'In St. Paul, the arriv...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Immigrants Spur US Farmers Markets Revival
On a summer Saturday in St. Paul, Minnesota, a farmers market was busy with shoppers. The market has many loyal customers who know they can find locally grown fruits and vegetables, as well as handmade cheeses, meats, honey and other products.
Alyssa Erding is among the buyers.
"I love that I get to talk with the people who are growing my food. I feel really good knowing that I know where it came from and it came from somewhere close and somewhere that I consider to be home."
The St. Paul market only sells fruits and vegetables grown within 80 kilometers. And it does not permit middlemen. In other words, the growers are the sellers, too.
Mike Gerten's family began selling vegetables at the market more than 150 years ago.
"My family came from Germany and Denmark. I was born into the truck driving business. I took over from my father and we go back for at least four generations on the St. Paul Farmers' Market. We started when it started."
The market is much the same as it was in 1854, the year it opened. That was four years before Minnesota became a state. At that time, the town built a small brick building to house the first public market. It offered vegetables in season, breads and milk products.
As America grew and modernized, people stopped going to farmers markets. They favored big food stores.
But in the last 40 years, farmers markets have had a renewal. The U.S. Agricultural Department says there were about 1,755 in the country in 1999. Now, they number over 8,600 the agency reports.''',
    quotes=[
        Q('"I love that I get to talk', 'to be home."', "Alyssa Erding"),
        Q('"My family came from Germany', 'when it started."', "Mike Gerten"),
    ],
),
dict(
    id="voa-en-2007-04-11-american-baseball-season-begins",
    source="https://www.voanews.com/a/a-13-2007-04-11-voa71-66549082/554563.html",
    license=PD, retrieved=PAGES + " (voanews.com report of April 11, 2007; the lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'At all levels of baseball, ethnic diversity ... an integra...', cut in the stored copy, dropped; straight marks as stored; the dash in '– and of course' and the brackets in '[and]' as stored)",
    text='''American Baseball Season Begins
The American major league baseball season kicked off recently, a sign spring has arrived in North America. But the game some call America's pastime is also growing in popularity around the world. VOA's Ernest Leong was on hand earlier this month for baseball's opening day in Washington, DC.
Thousands of fans flocked to RFK Stadium for Opening Day for the Washington Nationals baseball team for the first game of the 2007 big-league baseball season.
One father and son came early to the park, to more fully experience their first Opening Day game. "Exciting. I took a day off from work, and here we are," the father says.
The pre-game ceremonies are a colorful spectacle, with marching bands, fireworks – and of course, the American National Anthem.
While many see baseball as a uniquely American sport, baseball has its roots in the English game cricket, which also involves a pitcher, batter and running bases to score. To some, baseball can be a slow-paced game. Between pitches, fielders stand around [and] catchers hold conferences with the pitcher on the mound. Exciting plays are few and infrequent.
Yet baseball remains a popular sport. The game's fans say its seemingly slow pace is part of its charm, allowing spectators to relax and enjoy the day. Mike Allen is head coach of a high school baseball team in Virginia, the Yorktown Patriots. Allen says baseball will always appeal to some sports fans.
"It's not just a physical game. It takes the mental and physical. Anybody likes that, this is the game for them," he says.
The Patriots also recently played their opening day game. Not as many fans or as much fanfare as in the big leagues, but enthusiasm for the game is there.''',
    quotes=[
        Q('"Exciting. I took a day off', 'here we are,"', None),
        Q("\"It's not just a physical game", 'game for them,"', "Mike Allen"),
    ],
    aliases={"Mike Allen": ["Allen"]},
),
]
