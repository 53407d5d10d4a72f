# Held-out English news pages (tests/data/heldout90-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on sport, science, health and the arts, works of the US government in the
# public domain: three VOA reports from the 2008 Beijing Olympics (US swimmers Michael Phelps, Aaron Piersol and Natalie
# Coughlin, August 12; the swimming world records of August 13, Phelps and Stephanie Rice, on VOA's own preview address
# voa.pangea-cms.com; Liu Xiang's exit and the golds of Stephanie Brown-Trafton and Brimin Kiprop Kipruto, August 18, same
# address), two "Our World" science magazine transcripts (March 4, 2006; April 19, 2008), a post of VOA's 2014 World Cup
# blog on football.voanews.com (Italy against Costa Rica: Cesare Prandelli, Daniele de Rossi), and two copies of VOA Special
# English / Learning English programmes on non-government sites that reprint them under their VOA title: 'This Is
# America' on an English class taught by chemist David Bennett (english-easy.info) and 'American Mosaic' on the 2014 "Art
# Everywhere" campaign (21voa.com). None is marked as from AP, Reuters or AFP. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation
# ("Accessibility links", "Breaking News", "News"), the transcript service notice, photo captions, a download line, a
# blog tag line, a link word and a repeated video title are dropped; leading and trailing spaces of a stored line are
# trimmed; wording, spelling ('steepelchase', 'breastroke', 'Have you ever see'), inner spacing and quotation marks
# (straight or curly, as stored) are kept. Annotated by reading the pages, before whosaid was run on them (rules
# H590-H594 in ANNOTATION.md on top of H1-H545).
VOA = "public domain (VOA, US government work)"
VOAC = "public domain (VOA, US government work; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout90-en.jsonl

Built by `build.py` from `heldout90_pages.py`. Like heldout22-en, heldout24-en, heldout60-en, heldout67-en, heldout74-en,
heldout78-en and heldout84-en, these texts are stored web pages (the `pages` search corpus) of the Voice of America, none
of them used in a set above, this time on sport, science, health and the arts: three VOA reports from the 2008 Beijing
Olympics (US swimmers Michael Phelps, Aaron Piersol and Natalie Coughlin, August 12, 2008; the swimming world records of
August 13 with Phelps and Stephanie Rice; Liu Xiang's exit and the golds of Stephanie Brown-Trafton and Brimin Kiprop
Kipruto, August 18; the last two on VOA's own preview address voa.pangea-cms.com), two "Our World" science magazine
transcripts (March 4, 2006: immigrants' health, Achintya Dey; April 19, 2008: the Vioxx papers), a post of VOA's 2014 World
Cup blog on football.voanews.com (Italy against Costa Rica: Cesare Prandelli, Daniele de Rossi), and copies of two VOA
Special English / Learning English programmes on non-government sites that reprint them under their VOA title: 'This Is
America' on an English class taught by chemist David Bennett (english-easy.info) and 'American Mosaic' on the 2014 "Art
Everywhere" campaign (21voa.com). All are US government works in the public domain (17 U.S.C. § 105); none is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Navigation lines, notices, captions, a download line and blog link lines
were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by
the names of their speakers and by 8-word overlap with every existing text: the only shared 8-word sequences are the
"Our World" programme's fixed lines, `MUSIC: "Our World" theme / Straight ahead on "Our World"` and `I'm Art Chimes.
Welcome to VOA's science and technology magazine, "Our World."`). The annotation (rules H590–H594 in
`ANNOTATION.md` on top of H1–H545) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-olympics-triumph-and-disappointments-2008",
    source="https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-08-18-voa61-66758982/563324.html",
    license=VOA, retrieved=PAGES + " (VOA's own page on its publishing system's preview address; " + DROP_NAV + ", and the section line 'News'; the paragraph '\"Ever since I was very young, I was a very naughty kid,\" said Irving Jahir ...', cut in the stored copy, dropped)",
    text='''Triumph and Deep Disappointments at Olympic Games
In several events on the track, winners need just a handful of seconds to claim a gold medal. But Olympic dreams can be dashed even faster. That happened Monday to a Chinese national hero and another prospective gold medalist. VOA's Jim Stevenson has more on Monday's highlights in Beijing.
Liu Xiang was seeking to defend his 110-meter hurdles Olympic title on home soil. But a nagging Achilles injury flared at the worst possible moment.
Liu fired out of the starting blocks, but never even cleared the first hurdle in his first qualifying heat. His Olympic hopes and the dreams of millions in the host nation dissipated faster than the smoke from the starting gun.
American gold hopeful Terrance Trammell also had to stop running when he suffered a hamstring pull in the prior heat.
American Stephanie Brown-Trafton had much better luck, ending as the surprise gold medalist in women's discus (64.74 meters).
"I know that by far this meet probably was not in the top five this year of competitiveness," said Stephanie Brown-Trafton. "I know that when it comes to the Olympic Games, if you make the finals anything can happen. And it is just an awesome thing to come home with a gold medal."
Pamela Jelimo became the first woman from Kenya to win an Olympic Athletics event when she topped the 800-meter final. Compatriot Brimin Kiprop Kipruto stayed in front of the pack to win the men's 3,000 meter steepelchase.
"To be Olympic champion, it is not easy work," said Brimin Kiprop Kipruto. "You need extra training. And, as in Kenya, we are training as a group. And that is why we achieve a very, very good result for me."
Panama picked up a rare gold, thanks to Irving Jahir Saladino Aranda, who soared the farthest in the men's long jump. He says, his brother inspired him to take up the sport that took him to Beijing.''',
    quotes=[
        Q('"I know that by far', 'competitiveness,"', "Stephanie Brown-Trafton"),
        Q('"I know that when it comes', 'with a gold medal."', "Stephanie Brown-Trafton"),
        Q('"To be Olympic champion, it is not easy work,"', None, "Brimin Kiprop Kipruto"),
        Q('"You need extra training.', 'result for me."', "Brimin Kiprop Kipruto"),
    ],
    aliases={"Stephanie Brown-Trafton": ["American Stephanie Brown-Trafton"],
             "Brimin Kiprop Kipruto": ["Compatriot Brimin Kiprop Kipruto"]},
),
dict(
    id="voa-en-our-world-2006-03-04",
    source="https://www.voanews.com/a/a-13-2006-03-03-voa16/324598.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the service notice 'This transcript is provided as a service; there may be some variation between it and the program as broadcast.' dropped (H300); the paragraph 'McALARY: For example, the government report shows ...', cut in the stored copy, dropped)",
    text='''Our World Transcript — 4 March 2006
MUSIC: "Our World" theme
Straight ahead on "Our World" ... health of immigrants in decline ... preparing for the next face transplant surgery ... and finding a way around Internet censorship
HASELTON: "When you connect to this web address instead of connecting to the target website, like 'Falun Gong,' which would be blocked, you connect to your friend's computer and you are surfing the Internet through your friend's computer."
Those stories, Living With Parkinson's Disease and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
A U.S. government study finds that immigrants are generally healthier than native-born Americans when they arrive in the United States and for the first few years after they get here. But after they've been here awhile, and as they adapt to the American lifestyle, their health declines. VOA's David McAlary reports.
McALARY: The saying "When in Rome, do as the Romans do" speaks of assimilating into a new culture. But assimilating can mean adopting the bad along with the good. In just such an example, a new study from the U.S. Centers for Disease Control shows that immigrants from Asia, Africa, and Latin America lose the health advantages they come with about five years after migrating.
One of the study's authors is Achintya Dey, a native of India.
DEY: "In general, immigrant adults enjoy considerable advantages over their U.S.-born counterparts on many health measures, despite limited access to health care. However, the longer these immigrants live in the U.S., the more their health resembles their U.S.-born counterparts."''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"When you connect', 'friend\'s computer."', "HASELTON"),
        Q('"Our World."', None, None),
        Q('"When in Rome, do as the Romans do"', None, None),
        Q('"In general, immigrant adults', 'U.S.-born counterparts."', "Achintya Dey"),
    ],
    aliases={"Achintya Dey": ["DEY"]},
),
dict(
    id="voa-en-our-world-2008-04-19",
    source="https://www.voanews.com/archive/our-world-19-april-2008",
    license=VOA, retrieved=PAGES + " (the stored copy begins with the programme's first line and has no title, none is added (H131, H300); the paragraph 'Dr. Bruce Psaty and colleagues at the University of Washington ...', cut in the stored copy, dropped, so the label PSATY is never expanded in the kept text (H300); the '?' marks in STRACHEN's turn are as stored)",
    text='''MUSIC: "Our World" theme
Straight ahead on "Our World" ... Health insurance comes to developing countries ... tracking the flu virus ... and an Earth Day expedition to the ancient giant redwoods of California ...
STRACHEN: "I am a firm believer that every leader should be made to ? mandatory! ? sit in an ancient forest and just think. It is a place where you think can clearly."
Those stories, what making decisions can take out of you, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Reports published this week in a respected medical journal cast a shadow over the role of drug companies in the research studies involving their own medicines.
In this case, the company is Merck, and the drug is an anti-inflammatory known here in the U.S. as Vioxx and called Ceoxx/Ceeoxx in some other markets.
The medicine was pulled from the market in 2004 after studies indicated an increased risk of heart attack and stroke in patients using the drug. Thousands of former Vioxx users sued Merck, which set up a multi-billion dollar fund to settle the lawsuits.
During the legal proceedings, Merck was required to release internal company documents, and those documents were used as the basis for the papers published Tuesday in JAMA, the Journal of the American Medical Association.
One paper described how Merck analyzed safety studies in a way that gave government regulators data that showed only moderate risk of using the drug by focusing only on fatalities that occurred while people were actually taking Vioxx.
PSATY: "If these findings had been made public back in 2001, many fewer people would have taken Vioxx. And because it is associated with an increased risk of mortality and heart attacks, many fewer people would have been harmed."''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"I am a firm believer', 'think can clearly."', "STRACHEN"),
        Q('"Our World."', None, None),
        Q('"If these findings', 'have been harmed."', "PSATY"),
    ],
    aliases={},
),
dict(
    id="voa-en-this-is-america-chemist-english-class",
    source="https://www.english-easy.info/listening/105.php",
    license=VOAC, retrieved=PAGES + " (english-easy.info copy of the VOA Special English programme 'This Is America' under its VOA title; the site's Russian line 'Скачать запись для аудирования' (download link) dropped; the paragraph 'The women have already studied beginning English. ...', cut in the stored copy, dropped; the double spaces in 'DAVID BENNETT:  \"Walk.  There's' and the space in '\" Warm\"' are as stored)",
    text='''How a Chemist Gets a Reaction From a Class of English Learners
Welcome to THIS IS AMERICA in VOA Special English. I'm Steve Ember. And I'm Shirley Griffith. This week on our program, we talk about learning English.
We are listening to a class of English language learners. For this exercise they have to repeat a series of words beginning with the letter T. Some laugh as they struggle with the words. They are trying to say "The tip of the tongue to the teeth."
TEACHER AND STUDENTS: "The tip of the tongue to the teeth. The tip of the tongue to the teeth."
STUDENTS: "The tip of the tongue to the teeth."
TEACHER: "Uh-huh, it's also a bit of a tongue twister."
The teacher, David Bennett, speaks slowly and clearly. He has a doctorate in chemistry. He retired from teaching science at a private boys school in Washington, D.C. Now he teaches this English class two times each week at a church in nearby Bethesda, Maryland.
Not all of the exercises are tongue twisters -- a mouthful like "she sells seashells by the seashore."
STUDENTS: "Wake. Wake."
Here, David Bennett leads the class in pronouncing words that begin with W.
DAVID BENNETT: "So I can wake in the morning, or I wake up. Wake. Wall."
DAVID BENNETT: "Wall, yes. What's the next one?"
DAVID BENNETT: "Walk, yes walk."
DAVID BENNETT:  "Walk.  There's no L sound in it at all. It's just walk. OK."
ALL: " Warm"
DAVID BENNETT: "The room's warm. Warm. Warm. A duck has feet that are, that have, a web. Or a spider makes a web."
In class on this autumn day are seven women from six countries: Belgium, Bolivia, Brazil, France, Japan and Slovakia. Some are in the United States because of their husband's work. Others are here to work in child care as au pairs.''',
    quotes=[
        Q('"The tip of the tongue to the teeth."', None, None),
        Q('"The tip of the tongue to the teeth. The tip', 'to the teeth."', None),
        Q('"The tip of the tongue to the teeth."', None, None, 1),
        Q('"Uh-huh, it\'s also a bit of a tongue twister."', None, "David Bennett"),
        Q('"she sells seashells by the seashore."', None, None),
        Q('"Wake. Wake."', None, None),
        Q('"So I can wake in the morning', 'Wake. Wall."', "David Bennett"),
        Q('"Wall, yes. What\'s the next one?"', None, "David Bennett"),
        Q('"Walk, yes walk."', None, "David Bennett"),
        Q('"Walk.  There\'s no L sound', 'walk. OK."', "David Bennett"),
        Q('" Warm"', None, None),
        Q('"The room\'s warm.', 'makes a web."', "David Bennett"),
    ],
    aliases={"David Bennett": ["TEACHER", "DAVID BENNETT"]},
),
dict(
    id="voa-en-americans-look-for-art-everywhere-2014",
    source="https://www.21voa.com/Special_English/americans-look-for-art-everywhere-58471.html",
    license=VOAC, retrieved=PAGES + " (21voa.com copy of the VOA Learning English 'American Mosaic' story under its VOA title, with the date line '07 September, 2014'; the repeated headline and the photo caption 'Jasper Johns' painting 1958 'Three Flags' was among the works chosen for the 'Art Everywhere.'' inside the text dropped; the paragraph 'The five museums that organized \"Art Everywhere,\" nominated one hundred possible works. Then, in A...', cut in the stored copy, dropped)",
    text='''Americans Look for Art Everywhere
07 September, 2014
Welcome to American Mosaic from VOA Learning English. I'm June Simms.
Have you ever see the painting called "Allies Day, 1917" by the American artist Childe Hassam? You can find it in the National Gallery of Art in Washington D.C. But you could also find a copy of it at a city bus stop last month.
"Allies Day, 1917," was part of a huge campaign across America in August. Pictures of the nation's most popular artworks were displayed on big signs, bus shelters, subway stations and more. The campaign was called "Art Everywhere." Five major museums led the project. The organizers say they wanted to permit more people to enjoy art and learn about U.S. culture and history.
The campaign reproduced 58 American paintings, photographs and other works of art. The work covered a period of 230 years in American history. The organizers presented the reproductions in about 50,000 places.
Charles Brock is with the National Gallery of Art, one of the museums involved in the campaign.
"It's really educating people about the foundation of the American visual culture."
Mr. Brock says the campaign was also designed to persuade people to visit museums.
"Museums, of course, are dedicated to preserving culture for future generations, and so we have to make sure the future generations are interested."
Museum visitor Elizabeth Vanbeek praised the "Art Everywhere" campaign.
"It's nice to have art everywhere and make it accessible to kids."
The idea for the campaign came from a similar project in Britain, called "Art Everywhere in the UK." Richard Reed was the founder.
"America to me is a country that does things bigger and better, more posts, more prominent places, wonderful art all across the country."''',
    quotes=[
        Q('"Allies Day, 1917"', None, None),
        Q('"Allies Day, 1917,"', None, None),
        Q('"Art Everywhere."', None, None),
        Q('"It\'s really educating', 'visual culture."', "Charles Brock"),
        Q('"Museums, of course,', 'are interested."', "Charles Brock"),
        Q('"Art Everywhere"', None, None),
        Q('"It\'s nice to have art everywhere', 'to kids."', "Elizabeth Vanbeek"),
        Q('"Art Everywhere in the UK."', None, None),
        Q('"America to me is a country', 'across the country."', "Richard Reed"),
    ],
    aliases={"Charles Brock": ["Mr. Brock"], "Elizabeth Vanbeek": ["Museum visitor Elizabeth Vanbeek"]},
),
dict(
    id="voa-en-us-dominates-olympic-swimming-2008",
    source="https://www.voanews.com/a/a-13-2008-08-12-voa49-66759337/563389.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + ", and the section line 'News'; the subheading 'Australian wins 100-meter breastroke' kept as a line; the paragraph 'Australian Leisel Jones had her Olympic dreams crushed four years ...', cut in the stored copy, dropped)",
    text='''US Continues to Dominate Olympic Swimming Competition
Gold medals went to 19 winners Tuesday at the Olympics in China. VOA's Jim Stevenson is in Beijing, where American swimmers used different forms of inspiration to quickly add three gold medals to the U.S. total.
Michael Phelps won his third race in as many days, and again set another world record. His time of 1:42.96 Tuesday at the Water Cube, gave him the 200-meter freestyle title that he was denied four years ago in Athens. As he tries for eight total gold medals, Phelps says he is motivated by tougher swims compared to the last Olympics.
"It is taking faster times to get into the semifinals and finals than it was four years ago," said Phelps. "As long as I am swimming the way I am, hopefully I can keep everything rolling. I am very satisfied with how I have been going so far. I am almost halfway."
Partly inspired by Phelps, fellow American Aaron Piersol also broke his own world record in the men's 100-meter backstroke with a time of 1:52.54.
"We all have been training together for the past four weeks," Piersol said. "We know how good this team is. And just like he has pushed us, I think we all push each other. From what Michael is doing, it certainly is elevating everybody else's performance here."
Natalie Coughlin earned the gold medal in the women's 100-meter backstroke event. Her mark of 58.96 not only edged world record holder Kirsty Coventry of Zimbabwe, but made Coughlin the first woman to repeat as Olympic champion in the event. Her inspiration came from a dramatic race on Monday.
"Today, the U.S. team gained a lot of momentum," Coughlin said. "And I think a part of that came from the men's 4x100 freestyle relay yesterday. It was probably the most amazing swim I have ever seen. And it got a lot of us really, really pumped up for the rest of the meet."
Australian wins 100-meter breastroke''',
    quotes=[
        Q('"It is taking faster times', 'four years ago,"', "Michael Phelps"),
        Q('"As long as I am swimming', 'almost halfway."', "Michael Phelps"),
        Q('"We all have been training', 'four weeks,"', "Aaron Piersol"),
        Q('"We know how good this team is.', 'performance here."', "Aaron Piersol"),
        Q('"Today, the U.S. team gained a lot of momentum,"', None, "Natalie Coughlin"),
        Q('"And I think a part of that', 'rest of the meet."', "Natalie Coughlin"),
    ],
    aliases={"Michael Phelps": ["Phelps"], "Aaron Piersol": ["fellow American Aaron Piersol", "Piersol"], "Natalie Coughlin": ["Coughlin"]},
),
dict(
    id="voa-en-swimming-world-records-fall-2008",
    source="https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-08-13-voa6/400390.html",
    license=VOA, retrieved=PAGES + " (VOA's own page on its publishing system's preview address; the stored copy has no headline and begins with the lead paragraph, none is added (H131); the paragraph 'Italian Federica Pellegrini expressed her relief ...' is kept, the paragraph '\"When I win, I say \'finally, finally.\' Because this 200 meters [...', cut in the stored copy, dropped)",
    text='''A cascade of swimming records has fallen in the Beijing Olympic pool. Wednesday began with four world records set in the first four events on the schedule. VOA's Jim Stevenson has highlights from the fifth full day of competition.
World records are always impressive accomplishments. With so many being set in swimming at the Beijing Olympics, it is hard to comprehend the magnitude of the results.
But what stood out Wednesday was the victory by American great Michael Phelps in the men's 200-meter butterfly. That win gave Phelps his fourth title of the games and a record 10th career gold medal. He says every win has been special.
"When you have an Olympic gold medal, it stays with you forever," Phelps said. "That never leaves your side. You are always an Olympic gold medalist. Birthdays happen every year. Christmas happens every year. You know, you only get to be an Olympic gold medalist so many times."
Phelps added a fifth gold thanks to a record shattering performance in the 4x200 meter freestyle relay. He and three teammates clocked the first sub-seven minute performance ever (6:58.56), chopping more than four and a half seconds off the previous best. Phelps has three races remaining on Friday, Saturday and Sunday.
The top accolade in the women's 200-meter individual medley went Australian Stephanie Rice, whose world record of 2:08.45 minutes edged Kirsty Coventry of Zimbabwe.
"The last 50 [meter] was a great challenge," Rice said. "I mean, we were both battling it out. And that is sort of what the Olympics is all about. It is about the challenge. I was trying not to look over because I knew she was right there. I just tried to close my eyes and concentrate on all the hard [practice] sessions we have done. And really just focus on my own race."
Italian Federica Pellegrini expressed her relief after lowering her own world record with a time of 1:54.82 minutes to win the women's 200-meter freestyle race.''',
    quotes=[
        Q('"When you have an Olympic gold medal, it stays with you forever,"', None, "Michael Phelps"),
        Q('"That never leaves your side.', 'so many times."', "Michael Phelps"),
        Q('"The last 50 [meter] was a great challenge,"', None, "Stephanie Rice"),
        Q('"I mean, we were both battling', 'my own race."', "Stephanie Rice"),
    ],
    aliases={"Michael Phelps": ["American great Michael Phelps", "Phelps"], "Stephanie Rice": ["Australian Stephanie Rice", "Rice"]},
),
dict(
    id="voa-en-world-cup-italy-costa-rica-heat-2014",
    source="https://football.voanews.com/tag/italy/page/2/",
    license=VOA, retrieved=PAGES + " (a tag page of VOA's 2014 World Cup blog on football.voanews.com; the tag line 'Costa Rica (1-0) Italy', the link word 'here' and the repeated video title 'Can Italy Beat the Heat...and Costa Rica?' dropped; the post is kept from its headline to its end; the next post ('Selfies with Players Latest Trend', 'Smile and Say “World Cup!”'), cut in the stored copy, dropped)",
    text='''Can Italy Beat the Heat…and Costa Rica? (UPDATE: Costa Rica Wins & Advances)
UPDATE: Whether or not the heat was an issue for Italy, Costa Rica got the best of them, winning 1-0. With their win, Costa Rica not only advances to the Round of 16, but knocks England out of the World Cup.
Previous post:
It seems pretty obvious that the biggest challenge Italy will face in their match against Costa Rica will be…well, Costa Rica.
But not according to Italian coach Cesare Prandelli, the biggest challenge for his team may be the steamy Brazilian heat. He told the Associated Press that he’s “certain his players will suffer” from the conditions.
Midfielder Daniele de Rossi is also worried about the weather: “Last year we played Japan in Recife at 9 p.m. and we were dying. [Costa Rica are] more accustomed to this climate but I think both squads would accept time outs.”
Will the heat beat Italy? Or will Italy keep their cool and win over a tough Costa Rica squad? Find out at 12 PM ET (4 PM UTC).
For play-by-play, minute-by-minute coverage of every ball touch, throw-in, direct kick, indirect kick, yellow card, red card, corner kick, goal kick and every other possible football feat in every World Cup match, tap into VOA’s multilingual, multinational analysis.
Click here to follow the action live, or follow along on Facebook, or on Twitter with #WorldCupVOA.
And for even more exclusive VOA coverage with a special focus on Africa’s national teams, check out VOA’s Francophone blog.''',
    quotes=[
        Q('“certain his players will suffer”', None, "Cesare Prandelli"),
        Q('“Last year we played Japan', 'accept time outs.”', "Daniele de Rossi"),
    ],
    aliases={"Cesare Prandelli": ["Italian coach Cesare Prandelli"], "Daniele de Rossi": ["Midfielder Daniele de Rossi"]},
),
]
