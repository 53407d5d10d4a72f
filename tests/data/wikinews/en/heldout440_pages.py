# Held-out English news texts (tests/data/heldout440-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105):
# a VOA News report of 2012 on health care in South Sudan (voanews.com 1419178), a VOA Special English Education Report
# of February 2010 on the Confucius Classroom programme (learningenglish.voanews.com 113516), a VOA News report by Chris
# Lehman of January 2011 on the same programme (voanews.com 133856), a VOA News report of June 2009 on Kenyan artists
# who recycle waste (voanews.com 408063), a VOA News report by Sean Maroney of 2010 on the Afghan cricket team at the
# Twenty20 World Cup (voanews.com 116863), a VOA report of December 2015 on Afghan cricketers in Florida
# (voa.pangea-cms.com preview copy of 3093957), two VOA Learning English stories reposted on newsamricaa.blogspot.com
# (Pyeongchang Olympics, August 2016; college admission essays, February 2018) and a VOA Learning English American
# Mosaic story of September 2016 on a Virginia bookstore (archive.org.ua copy of the learningenglish.voanews.com feed).
# None is credited to AP, Reuters, AFP or another third party in the stored text. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped; where a body is stored as one
# paragraph, the text ends on the last complete sentence (noted in `retrieved`). Site lines, bylines, photo captions,
# date lines, feed channel lines and media labels are dropped; a headline is kept as the first line; wording and
# quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H2085-H2090 in ANNOTATION.md on top of H1-H2084).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PDA = "public domain (VOA, US government work, 17 U.S.C. § 105; web-archive copy of a VOA feed)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout440-en.jsonl

Built by `build.py` from `heldout440_pages.py`. Like the VOA sets above (heldout424-en, heldout413-en, heldout403-en
and others; copies on other sites with the licence constant PDC as in heldout267-en, heldout301-en and heldout424-en;
the archive.org.ua copy of a Learning English feed with the constant PDA as in heldout80-en), these texts are Voice of
America texts, US government works in the public domain under 17 U.S.C. § 105 ("Copyright protection under this title
is not available for any work of the United States Government"), taken from stored web pages (the `pages` search
corpus). Reuse terms relied on: that public-domain status of VOA's own staff work, which VOA's feeds restate ("Voice of
America content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the
public domain"); copies on other sites (a VOA preview server, a feed blog, a web archive) carry the same VOA text and
add no rights of their own. Texts credited to AP, Reuters, AFP or another third party were excluded. The texts, chosen
for topics and regions little used before (Africa, Asia, health, arts, sports, education): a VOA News report of 2012
on health care in South Sudan with Mayom Anyier and Doctor Fred Wani of the Juba Medical Complex (voanews.com
1419178); a VOA Special English Education Report of February 2010 on China's Confucius Classroom programme at Saint
Mary's School in Medford, Oregon, with the speaker labels of Carly Irvine and principal Frank Phillips
(learningenglish.voanews.com 113516); a VOA News report by Chris Lehman of January 2011 on the same programme and
school with Carly Irvine (voanews.com 133856; a different script, the same quotation split by `she says`); a VOA News
report of June 2009 on Kenyan artists who make art from flip-flops washed up on beaches, with Lisa Barratt of Marula
Studios and the bead worker Salome Sianto (voanews.com 408063); a VOA News report by Sean Maroney of 2010 on the Afghan
cricket team at the Twenty20 World Cup with Raees Ahmadzai and Mohammad Nabi (voanews.com 116863); a VOA report of
December 2015 on Afghan cricketers at the U.S. Open T20 series in Lauderhill, Florida, with Jamie Harrison of the U.S.
Cricket Youth Association (the voa.pangea-cms.com preview copy of VOA page 3093957); a VOA Learning English story of
August 2016 on the Pyeongchang organizers learning from the Rio Olympics, with Yeo Hyung-koo and Lee Hee-beom, and one
of February 2018 on college admission essays with Seth Walker of Indiana University, who spoke to VOA (both as reposted
on the feed blog newsamricaa.blogspot.com, pages of 2016-08-24 and 2018-02-18); and a VOA Learning English American
Mosaic story of September 2016 on the Green Valley Book Fair in Mount Crawford, Virginia, with Zoe Dellinger (the
archive.org.ua copy of the learningenglish.voanews.com American Mosaic feed of 2016-09-27). Licence caveat: the two
newsamricaa.blogspot.com copies and the archive.org.ua feed copy break off before the Learning English credit lines
('... wrote this story for Learning English'), so the writer is not shown; the kept text names no agency (the
admissions story quotes an interview given to VOA), and no wire credit was found in any kept text. The stored copies
are cut after about 2,000 characters; only complete paragraphs are kept, and a paragraph cut in the stored copy is
dropped (noted per page: the South Sudan paragraph 'Dr. Wani was referring to a r', Dennis Richardson's labelled
quotation in the Special English report, the Chris Lehman report's repeated caption 'Confucius classroom, a program
...', Philip Mukeku's quotation paragraph in the Kenyan report, the Kabul stadium paragraph of the T20 report, the
Lauderhill paragraph 'This was the seventh year of the T20 Cricket Series in'); in the three copies that store a body
as one paragraph, the text ends on the last complete sentence (the Pyeongchang sentence 'Lee made the comments during
a meeting of the International Olympic Committee in Rio', the admissions sentence 'However, they should also be
careful about the subject they choo', and Michele Branner's quotation from its opening mark, 'My parents actually
started this bookstore ... he w'). Site lines ('Accessibility links', 'Breaking News', 'News / Asia', 'News / USA',
'News', 'Multimedia', 'Audio'), bylines, photo captions (also when stored twice), the decks of the Kenyan report (it
repeats the first body sentence) and the label 'Transcript of radio broadcast:', the '<!-- IMAGE -->' placeholder, the
blog's date lines and its neighbouring photo item ('A look at the best news photos from around the world.' with 'from
Voice of America http://ift.tt/...' and 'via IFTTT') and the feed's channel lines were dropped; the Special English
deck sentence, the Lehman report's deck and its subheading 'Popular choice' are kept as lines; wording, spacing inside
paragraphs and quotation marks are as stored. Pages read but left out: the Learning English stories on a therapy pig at
San Francisco airport and on a Sierra Leone waste deal, a VOA News report on Malakal, Ghana's radio reading programme
(gopher copy of VOA's headline feed), a Learning English Education Report on a Kibera school's meals (kekenet.com) and
the VOA Khmer blog copy on Long Khet (one complete quotation with a named speaker each); a Student Union report on
Chinese students' self-censorship (every quotation from an unnamed student); a Human Rights Watch report from Bangkok
(its only quotation cut); a VOA News item on China warning its students (a 'By VOA News' compilation whose wire sources
could not be checked); Learning English stories credited to or drawn from Reuters or AP (Boko Haram radio lessons
'reported ... for Thompson Reuters Foundation', the Bible museum and the 'Fearless Girl' stories quoting Reuters, the
Nigerian students story quoting The Associated Press); and VOA pages already used in earlier sets (Budgets Slash English
Classes for Immigrants, the Cowan and Headliner award and media freedom items on insidevoa.com, the Refugee Learning
Center, the Pew health-information report, the VOA Khmer Battambang rice report of another helper's set). None of the
nine pages is used in any set above (checked by URL and page id (1419178, 113516, 133856, 408063, 116863, 3093957, the
newsamricaa.blogspot.com updated-max values 2016-08-24T12%3A20 and 2018-02-18T12%3A42, archive.org.ua zpyp_e-rm_), by
headline, and by the names of the speakers and distinctive phrases such as 'Mayom Anyier', 'Fred Wani', 'Juba Medical
Complex', 'Carly Irvine', 'Confucius Classroom', 'Frank Phillips', 'Dennis Richardson', 'Walter Payton', 'Chris Lehman',
'Marula Studios', 'Lisa Barratt', 'Salome Sianto', 'Kazuri Beads', 'Philip Mukeku', 'Raees Ahmadzai', 'Mohammad Nabi',
'Kendall Stars', 'Jamie Harrison', 'Lauderhill', 'Yeo Hyung-koo', 'Lee Hee-beom', 'Seth Walker', 'Telling Your Story
through Writing', 'Green Valley Book Fair', 'Zoe Dellinger' and 'Michele Branner', grepped in tests/data of the main
checkout and of every other helper's worktree (heldout425-441); no hits). The annotation (rules H2085–H2090 in
`ANNOTATION.md` on top of H1–H2084) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h440-2012-south-sudan-urged-to-improve-health-care",
    source="https://www.voanews.com/a/south-sudan-urged-to-improve-health-care/1419178.html",
    license=PD, retrieved=PAGES + " (VOA News report of 2012 on voanews.com, page 1419178; the page furniture 'Accessibility links' and 'Breaking News' and the photo caption 'Mothers in a maternity unit in a Juba, South Sudan hospital (H. McNeish/VOA).' (stored twice) dropped; the headline kept as the first line; the last paragraph 'Dr. Wani was referring to a r', cut in the stored copy, dropped (H2030); Anyier's quotation opens with a curly and closes with a straight mark as stored (H2031); the editorial '[and]' inside it as stored)",
    text='''South Sudan Urged to Improve Health Care
As South Sudan begins its second year of independence, it still faces many difficult challenges. One of the biggest tasks facing the new government is building a health care system where one barely exists.
The country has very few modern medical facilities even for those who can afford it. Many people, however, can’t afford to pay for any care.
Mayom Anyier was in a car accident nearly two years, as he travelled from Lakes State to Wau to register for university. His injuries were so severe that he was flown to Khartoum, the capital of what was then one Sudan, for treatment. Even in Khartoum there wasn’t much doctors could do for him.
Anyier returned to South Sudan a month ago. He is staying in a transit camp just outside Juba at the National Teacher Training Institute. He is being treated at a clinic that is run by an NGO, the International Medical Corps. They check his catheter and change it when necessary.
Anyier is separated from his parents and feels isolated. “My mother is very far. My father is old… [and] no government official has spoken to me," he said.
A recent press statement from the International Committee of the Red Cross (ICRC) says women, children and the wounded remain particularly vulnerable because of the lack of quality health care in South Sudan.
Doctor Fred Wani of the Juba Medical Complex says everyone in South Sudan is at risk.
“I don’t think the government is putting any effort in doing anything to improve health services since they were destroyed during the war period,” he said. “The government hospitals lack virtually everything, including diagnostic equipment, which the government should be able to purchase with the kind of money they have been wasting.”''',
    quotes=[
        Q('“My mother is very far.', 'spoken to me,"', "Mayom Anyier"),
        Q('“I don’t think the government', 'the war period,”', "Fred Wani"),
        Q('“The government hospitals', 'have been wasting.”', "Fred Wani"),
    ],
    aliases={"Mayom Anyier": ["Anyier"],
             "Fred Wani": ["Doctor Fred Wani of the Juba Medical Complex", "Doctor Fred Wani"]},
),
dict(
    id="voa-en-h440-2010-02-special-english-us-students-learn-mandarin",
    source="https://learningenglish.voanews.com/a/a-23-2010-02-04-voa2-84658902/113516.html",
    license=PD, retrieved=PAGES + " (VOA Special English Education Report of February 4, 2010 on learningenglish.voanews.com, page 113516; the page furniture 'Accessibility links' and 'Breaking News', the label 'Transcript of radio broadcast:' after the deck and the placeholder '<!-- IMAGE -->' dropped; the headline and the deck sentence kept as lines; the speaker labels kept as stored (H2032); the last paragraph, Dennis Richardson's labelled quotation 'DENNIS RICHARDSON: \"We can do more good setting an example', cut in the stored copy, dropped (H2030, H2085); straight marks as stored)",
    text='''Some US Students Learn Mandarin With China's Help
The Confucius Classroom program is offered in more than 50 American schools and universities, and almost 40 countries worldwide.
This is the VOA Special English Education Report.
Some schools in the United States and other countries offer Chinese language classes with government support from China.
Saint Mary's School is a private college preparatory school in Medford, Oregon, in the Pacific Northwest.
CARLY IRVINE: "Wo jiao Carly."
Carly Irvine is in her fourth year of learning Mandarin.
CARLY IRVINE: "Since China and America are working so closely and our relationship is growing more and more, I think it will be very important in the future to know Chinese."
Saint Mary's also teaches Spanish, German and Latin. It added Mandarin in two thousand five. Two years ago, it became the first school in the country to join the Confucius Classroom program.
The program pays about half the costs of a teacher sent to a school in the United States. China's Education Ministry also provides books and other materials.
Saint Mary's principal, Frank Phillips, says knowing Chinese will help students in a world where China is quickly gaining economic power. But he admits to concerns in his local community.
FRANK PHILLIPS: "The question I always get is, 'Is this a gigantic propaganda move, is this an evil Communist plot on the part of China?' That's the number one kind of lingering Cold War suspicion about this program. From what I can detect, having been involved in it for two years, I see none of that."
In fact, the program has won the support of his local representative in the state legislature. Dennis Richardson says he has concerns about human rights in China. But he is among several lawmakers who have been pushing for more Chinese language education in public schools in Oregon.''',
    quotes=[
        Q('"Wo jiao Carly."', None, "Carly Irvine"),
        Q('"Since China and America', 'to know Chinese."', "Carly Irvine"),
        Q('"The question I always get', 'I see none of that."', "Frank Phillips"),
    ],
    aliases={"Carly Irvine": ["CARLY IRVINE"],
             "Frank Phillips": ["FRANK PHILLIPS", "Saint Mary's principal"]},
),
dict(
    id="voa-en-h440-2011-01-beijing-helps-us-students-learn-chinese",
    source="http://www.voanews.com/content/beijing-helps-us-students-learn-chinese--114357674/133856.html",
    license=PD, retrieved=PAGES + " (VOA News report by Chris Lehman of January 2011 on voanews.com, page 133856; the section line 'News / USA', the photo caption 'Zheng Ling is one of two Mandarin teachers at St. Mary's School in Medford, Oregon.' (stored twice), the media labels 'Multimedia' and 'Audio' and the byline 'Chris Lehman' dropped; the headline, the deck 'Confucius Classroom program brings Chinese teachers to America' and the subheading 'Popular choice' kept as lines; the closing photo caption 'Confucius classroom, a program from the Chinese government aimed at teaching high school students Chinese culture and language, is expanding rapidly around the world.' (stored once whole and once cut) dropped; the space at the end of the paragraph 'The first U.S. school ...' as stored; straight marks as stored (H2086))",
    text='''Beijing Helps US Students Learn Chinese
Confucius Classroom program brings Chinese teachers to America
A visit to a Chicago high school was on the agenda as Chinese President Hu Jintao wrapped up his visit to the United States. Walter Payton College Preparatory High School is one of dozens in the U.S. that offers Chinese language and cultural instruction through a program called "Confucius Classrooms," which is partially funded by the Beijing government.
The first U.S. school to take part in the program was St. Mary's School in Medford, Oregon, where an 11th-grade class is running through a list of words for traditional Chinese instruments. The 16 and 17-year-olds are in their fourth year of learning Mandarin Chinese. 
Popular choice
Carly Irvine is not sure when she'll use her Chinese language skills outside the classroom. But she figures that day will come. "Since China and America are working so closely and our relationship is growing more and more," she says. "I think it will be very important in the future to know Chinese."
Confucius classroom is expanding rapidly around the world. St. Mary's added Mandarin to its foreign language curriculum in 2005, and three years ago, became the first school in the country to sign up for the Confucius Classroom program.
Here's how it works: The Chinese ministry of education sends a teacher to a school in the United States, pays about half of that teacher's salary and living expenses, and supplies educational materials such as books and computer programs.''',
    quotes=[
        Q('"Confucius Classrooms,"', None, None),
        Q('"Since China and America', 'more and more,"', "Carly Irvine"),
        Q('"I think it will be very important', 'to know Chinese."', "Carly Irvine"),
    ],
    aliases={"Carly Irvine": ["Carly Irvine"]},
),
dict(
    id="voa-en-h440-2009-06-kenyan-artists-recycled-products",
    source="http://www.voanews.com/content/a-13-2009-06-13-voa14-68646572/408063.html",
    license=PD, retrieved=PAGES + " (VOA News report of June 13, 2009 on voanews.com, page 408063; the page furniture 'Accessibility links', 'Breaking News' and 'News' dropped; the headline kept as the first line; the deck 'In Kenya, artists are improving their communities through art. From old, dirty, plastic flip-flops ... and even a car.', whose second sentence the first body paragraph repeats word for word, dropped (H2087); the last paragraph, Philip Mukeku's quotation '\"These ones we are painting,\" he said. \"We are going to make sure we load them in the kilns overnight. Then after we b', cut in the stored copy, dropped (H2030, H2087); the editorial '[flip-flop sandal]' inside Barratt's quotation as stored; straight marks as stored)",
    text='''Kenyan Artists Make Art Out of Recycled Products
From old, dirty, plastic flip-flops collected from Kenya's beaches come rainbow-colored animals, bottle-stoppers, necklaces, baskets, and even a car.
These are some of the products being sold at Marula Studios, our first stop on the tour. Here, preserving the environment is foremost on the artists' minds.
"It was very disconcerting to see these floating in the ocean - these do not sink - and waste on the beach," said Lisa Barratt, director of Marula Studios. "Of major concern is the turtle. That [flip-flop sandal] is shaped like a fish. If you are a little turtle swimming in the sea, if there were smaller bits, it would try and eat it. So there is a whole conservation ethos of cleaning up the oceans and saving the sea life."
Artists create a wide array of products out of recycled plastics, rubber, glass and cloth, as well as leather and beads.
John Kinywa glues several flip-flops together and carves a door-stopper out of the material.
The work is employment for local communities.
Beadwork taps into the skills of women from a nearby Maasai community.
Salome Sianto is one such bead worker.
"We have cut a pattern, we use it to put on top of the belt, we draw it, then we make beads around that pattern," she said.
Our tour stops at the workshop of Kazuri Beads, a company known internationally for its necklaces, bracelets and pottery.
Supervisor and tour guide Philip Mukeku explains that the clay that the beads are made out of comes from Mount Kenya. The clay is processed, molded by the artisans, left in the sun to dry, baked, and then painted.''',
    quotes=[
        Q('"It was very disconcerting', 'waste on the beach,"', "Lisa Barratt"),
        Q('"Of major concern', 'the sea life."', "Lisa Barratt"),
        Q('"We have cut a pattern', 'around that pattern,"', "Salome Sianto"),
    ],
    aliases={"Lisa Barratt": ["director of Marula Studios"],
             "Salome Sianto": ["Salome Sianto"]},
),
dict(
    id="voa-en-h440-2010-afghan-cricket-team-t20-world-cup",
    source="http://www.voanews.com/content/afghan-cricket-team-overcomes-challenges-to-compete-in-t20-world-cup-92588574/116863.html",
    license=PD, retrieved=PAGES + " (VOA News report by Sean Maroney of 2010 on voanews.com, page 116863; the section line 'News / Asia', the media label 'Multimedia' and the byline 'Sean Maroney' dropped; the headline kept as the first line; the last paragraph 'About a year-and-a-half ago, they built a cricket stadium in Kabul, ... which was an infamous Taliban e', cut in the stored copy, dropped (H2030); double spaces after full stops as stored; the editorial '[a]' inside Ahmadzai's quotation as stored (H2088); straight marks as stored)",
    text='''Afghan Cricket Team Overcomes Challenges to Compete in T20 World Cup
Twelve teams from around the world are competing in this year's international tournament for one-day cricket matches, the Twenty20 World Cup.  While the presence of perennial powerhouses Australia, Pakistan and India are no surprise to fans, this year welcomes a new addition: Afghanistan.  The Afghan team faces as many challenges off the field as it does on it.
The sharp crack of a cricket bat arguably is heard more in Afghanistan than the sound of gunfire, even in a country wracked by more than three decades of war.  In fact, the national obsession with the sport is so strong that the Taliban did not outlaw it as they did kite flying.
But despite the Taliban's acceptance, Raees Ahmadzai, a batsman for the Afghan national team, tells VOA his country's ongoing violence threatens to kill the organized sport and forces him to spend most of his time during the season in the northwestern Pakistani city of Peshawar. "It's so hard, so difficult [a] life for us.  Most of the time, we are traveling to Peshawar, and sometimes it's so dangerous for us," he said.
Most of the Afghan players first learned cricket in refugee camps in Pakistan, such as this one outside Islamabad.  Young Afghan boys still gather each day to play.  Their wickets are rocks stacked on top of each other, and some play in the dirt with bare feet.
Afghan all-rounder Mohammad Nabi says because of his country's violence and lack of proper facilities, the team spends most of its time practicing in Pakistan and host countries. "Before the tournament, we will camp for one month or 20 days, then we will practice," he said.
Officials with the Afghan Cricket Board tell VOA they rely on the international community, private donors and sponsors for funding.''',
    quotes=[
        Q('"It\'s so hard', 'so dangerous for us,"', "Raees Ahmadzai"),
        Q('"Before the tournament', 'we will practice,"', "Mohammad Nabi"),
    ],
    aliases={"Raees Ahmadzai": ["a batsman for the Afghan national team"],
             "Mohammad Nabi": ["Afghan all-rounder Mohammad Nabi"]},
),
dict(
    id="voa-en-h440-2015-12-afghan-cricket-players-message-of-peace-us",
    source="https://voa.pangea-cms.com/preview/en-US/a/afghan-cricket-players-bring-message-of-peace-to-us/3093957.html",
    license=PDC, retrieved=PAGES + " (copy of the VOA report of December 2015 on VOA's own preview server voa.pangea-cms.com, page 3093957; the page furniture 'Accessibility links' and 'Breaking News' and the photo captions 'Five Afghan cricketers played in the tournament for the Florida-based club Kendall Stars' and 'An Afghan cricketer on the ground' (each stored twice) dropped; the headline kept as the first line; the last paragraph 'This was the seventh year of the T20 Cricket Series in', cut in the stored copy, dropped (H2030); the space in '(ICC )' as stored; Harrison's first piece opens with a curly and closes with a straight mark as stored (H2031))",
    text='''Afghan Cricket Players Bring Message of Peace to US
In a country ravaged by decades of strife, the sport of cricket has risen in Afghanistan from the ashes of wars to the world stage after the fall of the Taliban regime in 2001.
Afghanistan has an Associate Member Team, which is the International Cricket Board's (ICC ) second category, and it made headlines two months ago. The Afghan cricketers upset host Zimbabwe in Bulawayo, 3-2, becoming the first non-Test playing nation to win a multi-game one-day international series against a Test side.
With little history in the sport of cricket, the major win not only surprised many in the cricket-playing nations, but increased the chances of Afghanistan entering the group of top 10 cricket-playing nations in the ICC Full Member category.
The miracle rise of Afghan cricket has taken the team to many countries in Europe, Africa and Asia for competitions during the last few years. Last week, a group of Afghan cricket players for the first time came to the United States to play in the U.S. Open T20 series in Lauderhill - a suburb of Ft. Lauderdale, Florida - December 3-6.
The U.S. Cricket Council, which hosts the T20 cricket series, called the visit an important step in the sporting relationship between the two nations.
And Jamie Harrison, head of the U.S. Cricket Youth Association, believes cricket can play an important role in bringing peace to Afghanistan.
“Cricket is spreading the message of love and peace wherever there is war and hatred. The sport brings nations closer to each other by closing distances among them," Harrison told VOA. "Cricket players are ambassadors of peace."''',
    quotes=[
        Q('“Cricket is spreading', 'distances among them,"', "Jamie Harrison"),
        Q('"Cricket players are ambassadors of peace."', None, "Jamie Harrison"),
    ],
    aliases={"Jamie Harrison": ["head of the U.S. Cricket Youth Association", "Harrison"]},
),
dict(
    id="voa-en-h440-2016-08-pyeongchang-olympics-avoid-rio-mistakes",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2016-08-24T12%3A20%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of August 2016 on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; the blog's date lines 'Tuesday, August 23, 2016' and 'August 23, 2016' and the neighbouring item 'A look at the best news photos from around the world.' with its lines 'from Voice of America http://ift.tt/2bkofVt' and 'via IFTTT' dropped; the headline kept as the first line; the body stored as one paragraph (opening with two spaces, dropped) and kept so; the stored copy breaks off in 'Lee made the comments during a meeting of the International Olympic Committee in Rio' before the story's credit line, so the text ends on the sentence before (H2089); the spelling 'Rio de Janiero' and the two spaces after 'not habitable.”' as stored; curly marks as stored)",
    text='''Pyeongchang Olympics Hopes to Avoid Rio Mistakes
In Olympic sports, attention is now turning to the 2018 Winter Games in Pyeongchang, South Korea. South Korean organizers say they hope to avoid the delays and other problems organizers faced in Rio de Janiero. In 1988, South Korea hosted the Summer Olympic Games in Seoul. A slowing economy and budget shortfalls caused delays in some projects in Rio. Others were left unfinished. Organizers in the Brazilian city were criticized for the delays. They prevented complete testing of some Olympic buildings and structures before the games started. Australian officials complained of bad housing conditions after its athletes arrived. They said the housing was “not habitable.”  The Australian team stayed in a hotel while the problems were fixed. Some Chinese athletes in Rio posted pictures on social media of broken bathroom facilities. Organizers of the Pyeongchang Olympics say they learned some important lessons from the problems in Rio. They have promised to complete all Olympic buildings and infrastructure improvements in time to fix unexpected issues. Yeo Hyung-koo is Secretary General of the Pyeongchang Organizing Committee. “We are making an effort to ensure the Pyeongchang Olympics will be progressive and successful by having learned from Rio as a reference,” he said. The committee estimates the Pyeongchang Olympics will cost $12 billion. This is much higher than the $4-$6 billion spent in Rio. But it is far less than the $50 billion spent on the 2014 Sochi Winter Games in Russia. Earlier this month, the president of the Pyeongchang committee, Lee Hee-beom, said all preparations were “fully on track” for the games. “We will work hard for success at the Games in 2018.”''',
    quotes=[
        Q('“not habitable.”', None, None),
        Q('“We are making an effort', 'as a reference,”', "Yeo Hyung-koo"),
        Q('“fully on track”', None, "Lee Hee-beom"),
        Q('“We will work hard for success at the Games in 2018.”', None, "Lee Hee-beom"),
    ],
    aliases={"Yeo Hyung-koo": ["Secretary General of the Pyeongchang Organizing Committee"],
             "Lee Hee-beom": ["the president of the Pyeongchang committee"]},
),
dict(
    id="voa-en-h440-2018-02-college-admissions-telling-your-story",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2018-02-18T12%3A42%3A00-08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of February 17, 2018 on the feed blog newsamricaa.blogspot.com; the blog's date line 'Saturday, February 17, 2018' dropped; the headline kept as the first line; the body stored as one paragraph (opening with two spaces, dropped) and kept so, with the three spaces before the first quotation as stored; the stored copy breaks off in 'However, they should also be careful about the subject they choo', so the text ends on the sentence before (H2089); the ellipsis characters '…' inside the quotations and curly marks as stored)",
    text='''College Admissions: Telling Your Story through Writing
The application process to almost every college and university in the United States has several parts to it. Each part tells admissions officials at the schools something different about an applicant. Class grades can show the subjects a student is strong in, for example. A list of the student’s activities outside of school can show what his or her interests are. But Seth Walker says nothing really tells the story of an applicant as well as the essay or personal statement. Walker is with Indiana University, a public university, in Bloomington, Indiana. He is the school’s associate director of international admissions. The essay is a short, written statement that almost every college and university in the U.S. requires of applicants. In it, students are expected to write about themselves and express their personal opinions about an issue. Walker says the statement helps admissions officers answer questions they may have about a given student.   “Maybe your grades dropped a little bit…or maybe you stopped a class halfway through the year,” he told VOA. “The essay or the personal statement can be an opportunity, if the school wants it, to explain that, if you don’t think the school will get that explanation through a letter of recommendation…or something like that.” But what goes into a good essay? Walker notes that every school has its own way of looking at the essay. Some schools will ask an applicant a very specific question. Others will let the student choose between different subjects or simply write about anything they want. Generally speaking, there is no one perfect way to write an essay, Walker says. He says that given a choice, students should choose to write about an issue they care about. This could be about a difficult time when they were growing up or a meaningful relationship they had.''',
    quotes=[
        Q('“Maybe your grades', 'halfway through the year,”', "Seth Walker"),
        Q('“The essay or the personal statement', 'something like that.”', "Seth Walker"),
    ],
    aliases={"Seth Walker": ["Walker"]},
),
dict(
    id="voa-en-h440-2016-09-american-mosaic-virginia-bookstore",
    source="https://archive.org.ua/archive/2016-09-27/learningenglish.voanews.com/api/zpyp_e-rm_",
    license=PDA, retrieved=PAGES + " (archived copy of VOA Learning English's 'American Mosaic' feed of Mon, 26 Sep 2016; the feed's channel lines 'American Mosaic - Voice of America http://learningenglish.voanews.com/archive/... Learn English as you read and listen to a weekly show about music, pop culture and American life. ... Everything is free. http://www.voanews.com/img/voa/rssLogo_VOA.gif American Mosaic - Voice of America http://... en 2012 - VOA 60 Mon, 26 Sep 2016 23:11:31 +0000 Pangea CMS – VOA' dropped; the item's title 'Virginia Bookstore Finds the Secret to Success' is set on its own line (the three spaces after it dropped), its body is one run without paragraph breaks in the stored copy and is kept as one paragraph (as H493); the stored copy breaks off inside Michele Branner's quotation ('“My parents actually started this bookstore about 46 years ago. My dad collected old books and then decided that he w'), so the text ends on the sentence before its opening mark (H2089, H2090); curly marks, the straight apostrophe in 'I'll' and the double hyphens as stored)",
    text='''Virginia Bookstore Finds the Secret to Success
A large bookstore in a small U.S. town has succeeded for many years by giving people a chance to buy a lot of books for a low price. The large and simple bookstore is in the small eastern town of Mount Crawford, Virginia. The Green Valley Book Fair is made up of two large storage buildings totaling 2,300 square meters. Some customers like Zoe Dellinger have been buying books at the store for many years. “I was coming here since I was in my early 20s. The thrill of finding a new book is very serendipitous here because you can’t come and say ‘I’m buying the new Nicholas Sparks book today.’ That’s not what this place is about -- this place is about finding wonderful treasures.” And those treasures are not costly. “I found a wonderful book that I wanted. It was very expensive at the time -- 25, 26 dollars was expensive for me to purchase a new book. I found the book here for five dollars. I was so excited, so that has kept me coming back just to see what treasures I'll find.” The Green Valley Book Fair has 500,000 new and old books about politics, religion, science, travel, cooking and many other subjects. Michele Branner is the manager of the store.''',
    quotes=[
        Q('“I was coming here', 'finding wonderful treasures.”', "Zoe Dellinger"),
        Q('“I found a wonderful book', 'treasures I\'ll find.”', "Zoe Dellinger"),
    ],
    aliases={"Zoe Dellinger": ["Zoe Dellinger"]},
),
]
