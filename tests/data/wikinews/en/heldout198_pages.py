# Held-out English news pages (tests/data/heldout198-en.jsonl), none of them used in an earlier set. Voice of America
# stories (VOA is a US government broadcaster; its texts are works of the US government in the public domain, 17 U.S.C.
# § 105), taken from stored web pages (the `pages` search corpus), all of them copies on other sites: a VOA Learning
# English report of 2020 on restaurants and the coronavirus (21voa.com), a Learning English education report of 2016 on a
# refugee school in Indonesia (putclub.com), a VOA announcement of 2018 on Learning English teacher training in the Rohingya
# camps (reposted on the swling.com blog), a VOA report of 2017 on a Chinese textile mill in Arkansas (yingyuke.net), an
# American Mosaic item of 2013 on the Strumstick at the Smithsonian Craft Show (pm4x.cn) and a VOA report of 2018 on the
# One House art project (hxen.net). None is credited to AP, Reuters, AFP or another third party in its stored part. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in
# `retrieved`). Site lines, bylines, date lines, section headings, image captions and the learner sites' Chinese lines are
# dropped; wording, spacing inside paragraphs and quotation marks are as stored. Annotated by reading the
# pages, before whosaid was run on them (rules H1285-H1289 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on a learner site)"
PDB = "public domain (VOA, US government work, 17 U.S.C. § 105; VOA announcement reposted on a blog)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout198-en.jsonl

Built by `build.py` from `heldout198_pages.py`. Like earlier VOA sets, these texts are Voice of America stories (public
domain, US government works, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus), none of them used
in a set above, all as copied on other sites: a VOA Learning English report of 2020 on restaurants facing ruin because of
coronavirus fears (Paul Johnson of Mediterranean Breeze, economist Michael Hicks; 21voa.com), a Learning English
education report of 2016 on the Refugee Learning Center in Indonesia (Asad Shadan; putclub.com), a VOA announcement of
2018 on Learning English teacher training in the Rohingya camps of Cox's Bazar (Rahma Rashid Toki, Francis Nath; reposted
on swling.com), a VOA report of 2017 on Shandong Ruyi's textile mill in Forrest City, Arkansas (Larry Bryant, Mike
Preston; yingyuke.net), an American Mosaic item of 2013 on Bob McNally's Strumstick at the Smithsonian Craft Show
(pm4x.cn) and a VOA report of 2018 on the One House art project (Ellen White; hxen.net). None is credited to AP, Reuters,
AFP or another third party in its stored part. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Site lines, bylines, date lines, section headings, captions
and the learner sites' Chinese lines were dropped; wording and quotation marks are as stored. None of these pages is
used in any set above (checked by URL, by the names of their speakers and by distinctive phrases against every existing
text, including the other helpers' worktrees). The annotation (rules H1285–H1289 in `ANNOTATION.md`) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-le-en-2020-us-restaurants-face-possible-ruin",
    source="https://www.21voa.com/VOA_Special_English/us-restaurants-face-possible-ruin-because-of-coronavirus-fears-21175.html",
    license=PDC, retrieved=PAGES + " (VOA Learning English report of March 2020 as copied by the learner site 21voa.com; the site line 'VOA Special English' and the doubled photo caption on Terry Kasotakis dropped; the paragraph 'Anwar Halteh owns Waterfront Pizza in Foster City, near San Franc...', cut in the stored copy, and the rest dropped)",
    text='''US Restaurants Face Possible Ruin Because of Coronavirus Fears
Months before coronavirus fears hit the United States, business was slow at Mediterranean Breeze, a family-owned Greek restaurant near Washington, D.C.
Terry Kasotakis is the restaurant’s owner. Both he and Paul Johnson, the general manager, were sure business would improve when the weather got warm.
“We were just kind of (waiting) for April because we have a big outdoor section and it's very popular, and it holds a lot of people,” Johnson said.
Last week, business at the Virginia eatery was down 90 percent.
The state of Virginia has told police to enforce a 10-person limit in restaurants. Several U.S. states have ordered all restaurants to close their dining rooms in an effort to slow the spread of coronavirus.
The governors of California, Connecticut and at least six other states are among those who have ordered restaurants and bars to close their dining rooms. The businesses are now limited to delivery or carry-out service only.
The U.S. Congress is considering measures that would expand loans to small businesses affected by coronavirus. Those loans would not make up for financial losses, but they could make it possible for a restaurant or bar to stay in business.
“The problem with a small restaurant, if you close, you still have to pay your insurance, you still have to pay an electric bill, you still have to pay rent,” explained economist Michael Hicks. He works at Ball State University in Indiana.
Hicks notes that even with loans a small business will still lose money, “but you'll still be able to open, perhaps.”''',
    quotes=[
        Q('“We were just kind of', 'lot of people,”', "Paul Johnson"),
        Q('“The problem with a small restaurant', 'to pay rent,”', "Michael Hicks"),
        Q('“but you\'ll still be able', 'perhaps.”', "Michael Hicks"),
    ],
    aliases={"Paul Johnson": ["Johnson"], "Michael Hicks": ["economist Michael Hicks", "Hicks"]},
),
dict(
    id="voa-le-en-2016-12-06-refugees-improve-english-skills",
    source="http://www.putclub.com/html/radio/VOASPEdu/20161207/118925.html",
    license=PDC, retrieved=PAGES + " (VOA Learning English education report of December 6, 2016 as copied by the learner site putclub.com; the site's Chinese navigation, title and source lines and the date line '2016-12-06' dropped; the section heading 'Politics' and the paragraph after it, cut in the stored copy ('For years, Indonesia has ho...'), dropped)",
    text='''Refugees Improve English Skills While Waiting for Resettlement
For many refugees around the world, boredom is a fact of life.
While the United Nations High Commission on Refugees – or UNHCR – works on resettling them, they wait. And wait. And wait. They cannot work, enroll in a school or travel.
In 2014, several Hazara refugees in Indonesia found a way to spend their time. They created an informal school for children: the Refugee Learning Center, or RLC.
Asad Shadan is one of the founders of the RLC. He left Afghanistan after the Taliban threatened his family.
Shadan says that starting the school was a difficult process: "We asked the UNHCR to help us with some kind of educational program for three months, but after getting no response, we decided to just go for it and started a class on our own with 18 kids."
The school's website describes how the local and international community came together to help it grow.
An Australian couple paid the rent for the school. Parents gave $2.50 each to pay for carpet, whiteboards and other teaching materials. Women in the community volunteered to teach.
The program, originally an informal class, has grown into a six-room school with classes for adults and children.
The program, Shadan explains, grew quickly. "Within six months we had 100 children enrolled, and now we have 200 students and 16 teachers. It gives all of us something to do."
Thanks to donations over the past couple of years, RLC now has a library, English classes and an indoor football league.''',
    quotes=[
        Q('"We asked the UNHCR', 'with 18 kids."', "Asad Shadan"),
        Q('"Within six months', 'something to do."', "Asad Shadan"),
    ],
    aliases={"Asad Shadan": ["Shadan"]},
),
dict(
    id="voa-en-2018-learning-english-trains-rohingya-teachers",
    source="https://swling.com/blog/tag/michael-bird/page/4",
    license=PDB, retrieved=PAGES + " (VOA announcement of 2018 on Learning English teacher training in the Rohingya refugee camps, reposted on the swling.com blog's tag page; the stored part begins with the source line '(Source: VOA News via Michael Bird)', dropped with the photo caption 'Anna Matteo of Learning English teaches Rohingya teachers'; the post's headline is not in the stored part; the paragraph 'VOA’s Learning English service uses clear and simple vocabulary ... on r...', cut in the stored copy, and the rest of the page dropped)",
    text='''VOA’s Learning English program is bringing its decades’ long expertise of teaching foreign audiences the English language to refugee camps in Bangladesh. Learning English is VOA’s multimedia source of news and information for millions of English learners worldwide.
At the end of March, a VOA Learning English team travelled to the Rohingya refugee camps in Cox’s Bazar, Bangladesh, to train 100 English teachers using a range of multimedia materials. The training program includes follow-up virtual classroom sessions, as well as VOA Learning English content accessible at the camp’s learning centers and though mobile devices.
The United Nations High Commissioner for Refugees invited VOA to provide six days of intensive training on teaching techniques and methods for selected teachers. The teachers, in turn, will use the acquired knowledge to train another 3,000 of their colleagues in order to provide English lessons for refugees in the camp. The refugees requested this training during a visit by VOA Director Amanda Bennett at the Cox’s Bazar camps last year.
Rahma Rashid Toki, one of the selected teachers, told the VOA Learning English team he was ready to quit on the first day of training. By the end of the course, Toki commented: “When I came to the first day of training, I felt nervous. I decided I will not continue. Already I had applied to leave. But my P.O. (personnel officer) would not accept my application to leave. He said to me that this training is important and necessary. Now that the training is finished, I realize it’s really important for me and my students!”
Francis Nath a UN Education Associate at Cox’s Bazar who assisted with the training, said “you can see the [teachers’] level of English competency improve dramatically by the second day.”''',
    quotes=[
        Q('“When I came to the first day', 'and my students!”', "Rahma Rashid Toki"),
        Q('“you can see the', 'the second day.”', "Francis Nath"),
    ],
    aliases={"Rahma Rashid Toki": ["Toki"]},
),
dict(
    id="voa-en-2017-chinese-textile-giant-arkansas-town",
    source="https://yingyuke.net/a/38470.html",
    license=PDC, retrieved=PAGES + " (VOA report of 2017 as copied by the learner site yingyuke.net in its 'VOA标准英语2017年(9月)' section; the site's Chinese date, author and section line and the line '英语课' dropped; the paragraph '“There are things we can learn from China entrepreneurship ... win for both sides w...', cut in the stored copy, and the rest dropped)",
    text='''Chinese Textile Giant Brings Factory Jobs to Struggling Arkansas Town
One of China’s biggest textile mills is planning its first North American factory in a small town in the southern U.S. state of Arkansas.
Forrest City, located near the Mississippi River, is where the Chinese textile giant Shandong Ruyi plans a $410 million investment to spin yarn at a factory where local workers once built Japanese televisions.
Mayor Larry Bryant says the company is already working on training at the local community college.
"I think everybody is happy," Bryant said. "Everybody is waiting. If they would tell people tomorrow to come out to fill out applications, they would have thousands.”
Ruyi’s project will consume 200,000 bales of Arkansas cotton annually, nearly all the cotton the state grows each year. So Arkansas Economic Development Commission Executive Director Mike Preston expects a surge of new planting.
“That’s going to turn around and put money back in their pockets and the people they employ as well as anyone in between, people who are baling the cotton, transporting and bringing it to facility and anyone transporting out," he said. "So the supply chain on a company like this, a project like this is exponential.”
Some Chinese investors in the U.S. face challenges from labor unions amid claims of workplace culture clashes.
Arkansas Governor Asa Hutchinson, who has brought nearly $2 billion worth of Chinese investment to his state, says there are always cultural differences to work through.''',
    quotes=[
        Q('"I think everybody is happy,"', None, "Larry Bryant"),
        Q('"Everybody is waiting.', 'have thousands.”', "Larry Bryant"),
        Q('“That’s going to turn around', 'transporting out,"', "Mike Preston"),
        Q('"So the supply chain', 'is exponential.”', "Mike Preston"),
    ],
    aliases={"Larry Bryant": ["Mayor Larry Bryant", "Bryant"]},
),
dict(
    id="voa-le-en-2013-05-09-unusual-instrument-smithsonian-craft-show",
    source="http://pm4x.cn/show-8390-255942-1.html",
    license=PDC, retrieved=PAGES + " (VOA Learning English American Mosaic item of May 9, 2013 as copied by the learner site pm4x.cn; the site's Chinese navigation lines, the title prefix '慢速英語:', the audio links, the byline 'By Christopher Cruise and Caty Weaver', the date line '09 May, 2013' and the section heading 'Smithsonian Craft Show' dropped; the paragraph 'He sells about 3,000 Strumsticks a year. ... and can go...', cut in the stored copy, dropped)",
    text='''An Unusual Instrument for Sale at the Smithsonian Craft Show
Welcome to AMERICAN MOSAIC from VOA Learning English.
I'm June Simms.
Today we play songs from a long-awaited album from the band Phoenix.
We also tell about a way to unload unwanted clothing and still have something to wear.
But first we visit a famous show at America's Smithsonian Institution.
The Smithsonian Craft Show is the most respected show of its kind in the United States. It is also one of the most difficult for artists to enter.
This year, more than 120 artists displayed their work in the Smithsonian Institution's National Building Museum in Washington, DC. Steve Ember tells us about one of them.
Bob McNally considers himself both an artist and a musician. He invented an instrument he calls a Strumstick. He says it is designed to get everyone to make music.
"People are capable of playing musical instruments, but if you play an instrument and get frustrated with it early enough, you decide, it's you, there's something lacking in you. And I wanted to make an instrument that was a frontal assault on that misunderstanding."
The Strumstick has only three strings. Bob McNally says that makes it easier to play than other stringed instruments.
"The frets are spaced to give you just a major scale, Do-Re-Mi, and that means that when people squeeze one string, they get a couple of notes in the background for free, and they get the notes of a major scale, no wrong notes."''',
    quotes=[
        Q('"People are capable', 'that misunderstanding."', "Bob McNally"),
        Q('"The frets are spaced', 'no wrong notes."', "Bob McNally"),
    ],
),
dict(
    id="voa-en-2018-12-one-house-many-voices",
    source="http://hxen.net/englishlistening/voaenglish/voastandardenglish/20181212/509935.html",
    license=PDC, retrieved=PAGES + " (VOA report of December 2018 as copied by the learner site hxen.net; the site name line, the title prefix 'VOA常速英语:', the date and source line and the Chinese translation after each English paragraph dropped; the rest of the page, cut in the stored copy, dropped; the missing spaces after 'not.' and '1900.' and 'Philadelphia.' are as stored)",
    text='''One House, Many Voices: Art Depicting the Best of US
This large house structure built inside the gallery at the Black Rock Art Center is covered with 300 panels created by 300 artists. Each panel is dedicated to the artists ancestors who took the journey to the US whether voluntary or not.“We have six artists who trace their ancestry to the Mayflower which arrived in 1620 in Massachusetts. It goes through all of the major waves of immigration from Europe, from Asia, from South America all the way up to artists who arrived themselves about a year or two ago from the Middle East”.
Ellen White’s a co-organizer of the One House project dedicated her panel to her grandfather who fled religious persecution in Romania in 1900.He purchased the business property in Philadelphia.“The Philadelphia Historical Society certified that his building was a stop on the Underground Railroad which was used to help slaves escape from the South before the Civil War and I just thought that was such a beautiful story about how we are all intertwined in this Country.”''',
    quotes=[
        Q('“We have six artists', 'the Middle East”', None),
        Q('“The Philadelphia Historical Society', 'in this Country.”', "Ellen White"),
    ],
),
]
