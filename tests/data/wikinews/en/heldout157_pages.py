# Held-out English news pages (tests/data/heldout157-en.jsonl), none of them used in an earlier set. Voice of America
# stories of 2004-2012 on sport and US politics, works of the US government in the public domain (17 U.S.C. § 105),
# taken from stored web pages (the `pages` search corpus): the VOA Sports story of August 27, 2004 on the US hiring
# foreign coaches for Olympic sports (voanews.com; Bob Condron, Ratko Rudic), and two copies on testbig.com, which
# reproduces VOA stories: Brian Padden's report of June 16, 2008 on amateur athletes at the Beijing Olympics (part 4 of
# 5; Marlon August, Steve Roush) and the report of October 25, 2012 on the fight for control of the US Senate (George
# Allen, Tim Kaine, Phil Wallach). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# VOA's site lines ('Accessibility links', 'Breaking News'), testbig's player line 'Reading audio' and a subheading are
# dropped; headlines (with VOA's date suffix as stored), date lines and place lines are kept; wording, spacing inside
# paragraphs and quotation marks (straight or curly, as stored) are kept. Annotated by reading the pages, before whosaid
# was run on them (rules H1125-H1128 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout157-en.jsonl

Built by `build.py` from `heldout157_pages.py`. Like heldout84-en, heldout124-en and heldout150-en, these texts are Voice
of America stories taken from stored web pages (the `pages` search corpus), none of them used in a set above, from 2004
to 2012 (US government works in the public domain, 17 U.S.C. § 105): the VOA Sports story of August 27, 2004 on the US
hiring foreign coaches for Olympic sports (U.S. Olympic Committee spokesman Bob Condron, water polo coach Ratko Rudic;
voanews.com); Brian Padden's VOA report of June 16, 2008 on amateur athletes before the Beijing Olympics (judoka Marlon
August, Steve Roush of the U.S. Olympic Committee; testbig.com copy); and the VOA report of October 25, 2012 on the
fight for control of the US Senate (George Allen, Tim Kaine, analyst Phil Wallach; testbig.com copy). None is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Site lines, the player line 'Reading audio' and a subheading were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by distinctive phrases against every existing text and against the other helpers' new
sets). The annotation (rules H1125–H1128 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2004-08-27-us-hires-foreign-coaches-for-olympic-sports",
    source="https://www.voanews.com/a/a-13-a-2004-08-27-33-1-67506457/283269.html",
    license=PD, retrieved=PAGES + " (voanews.com archive page of the VOA Sports story of 27 August 2004; the site lines 'Accessibility links' and 'Breaking News' dropped; the headline kept with its date suffix ' - 2004-08-27' as stored; the paragraph 'Though the men's U.S. water polo team failed to make it to the Olympic quarterfinals, Rudic says the future looks good. \"This was a young team for...', cut in the stored copy, dropped)",
    text='''US Hires Foreign Coaches for Olympic Sports - 2004-08-27
Many Olympic sports are not played at a professional level in the United States, so they don't always draw the best athletes. And there is a shortage of good coaches in the less popular sports, so there is a growing trend to seek out the best coaches from other countries.
If you look down the list of coaches involved in the various U.S. sports federations you will see a number of different countries represented from all over the globe - from Indonesia to New Zealand, from Russia, Ukraine and Slovenia, to Poland and Britain, to Trinidad and Tobago and Brazil.
U.S. Olympic Committee spokesman Bob Condron says there is a reason for this trend.
"In some sports where it needs a jump start, so to speak, they've tried to go out and get the best coaches in the world," he says. "It's paid off. It's paid off by setting the standard. [Like] weightlifting, some of the other sports, it's actually raised the bar. It's helped the athletes. And anything we can do for the athletes we do, and that may include coaches."
For the last three years, the head coach of the U.S. Men's water polo team has been Serbian Ratko Rudic. He was born in Belgrade and was a gold medal player and coach for the former Yugoslavia. He guided Yugoslavia to Olympic final victories over the United States in 1984 and 1988.
He told VOA Sports that it came as a shock to many that he left his country for the United States. "Everybody thought it was a very strange decision," he recalls. "They were surprised. Why would I leave Europe where water polo is big, all the money, everything is in Europe and I go to the United States. And I told them, I need a new challenge. I want everything that one coach can want. I wanted to have new motivation so I came to the United States."''',
    quotes=[
        Q('"In some sports', 'coaches in the world,"', "Bob Condron"),
        Q('"It\'s paid off.', 'may include coaches."', "Bob Condron"),
        Q('"Everybody thought', 'strange decision,"', "Ratko Rudic"),
        Q('"They were surprised.', 'came to the United States."', "Ratko Rudic"),
    ],
    aliases={"Bob Condron": ["U.S. Olympic Committee spokesman Bob Condron"],
             "Ratko Rudic": ["Serbian Ratko Rudic"]},
),
dict(
    id="voa-en-2008-06-16-olympic-games-showcase-amateur-athletes",
    source="https://testbig.com/voa/olympic-games-showcase-amateur-athletes",
    license=PDC, retrieved=PAGES + " (testbig.com copy of Brian Padden's VOA report of 16 June 2008, part 4 of 5; the stored copy has no headline line and begins with the place line 'Washington' and the date line, both kept as stored; the VOA lead paragraph ending '(Part 4 of 5)' kept; the paragraph '\"I think that I cannot beat the athletes from the other countries,\" he said. ...', cut in the stored copy, dropped)",
    text='''Washington
16 June 2008
The upcoming Olympic Games in Beijing will feature over 300 sporting events. While many events like swimming and basketball are dominated by professional athletes, the games still showcase amateur athletes. These competitors will probably never become rich or famous. They must balance work and training, and they struggle to pay for travel and other expenses. Still they persist for the chance to pursue the Olympic dream. As VOA's Brian Padden reports, the public identifies with these scrappy idealists. (Part 4 of 5)
South Africa's Marlon August is close to achieving his life-long dream to compete in the Olympics. "The best would be to get a medal at the Olympics," said August.
He recently qualified for his country's Olympic Judo team. To achieve that, he trained, every day, before and after work as an office assistant. He says his employer has supported his dream. "I work for my mother, who is very understanding," said August. "She has known my dreams since I was very young, so she supports me. She pays me enough just to pay my bills. The rest I do by myself."
Steve Roush is chief of sports performance with the U.S. Olympic Committee. He has been involved with the Olympics for over 20 years. He says he sees ordinary people, time and again, dedicating their lives to winning a place on an Olympic team.
"I think it's the purity of the Olympics that changes people's mindset," he said. "I also think there is a thing that I refer to as Olympic fever. And when you catch that, it's very hard to do anything but pursue it."
But Olympic fever is not always enough. Cambodian marathon runner Hem Bun Ping receives some government support, approximately $30 a month. But he says he cannot afford the diet he needs to compete against professional athletes.''',
    quotes=[
        Q('"The best would be', 'at the Olympics,"', "Marlon August"),
        Q('"I work for my mother', 'very understanding,"', "Marlon August"),
        Q('"She has known my dreams', 'do by myself."', "Marlon August"),
        Q('"I think it\'s the purity', 'people\'s mindset,"', "Steve Roush"),
        Q('"I also think there is', 'but pursue it."', "Steve Roush"),
    ],
    aliases={"Marlon August": ["August"]},
),
dict(
    id="voa-en-2012-10-25-control-of-us-senate-up-for-grabs",
    source="https://testbig.com/voa/control-us-senate-grabs",
    license=PDC, retrieved=PAGES + " (testbig.com copy of the VOA report 'Control of US Senate Up for Grabs' of 25 October 2012; the stored copy has no headline line; the player line 'Reading audio' dropped; the date line kept as stored; the subheading 'Economy, Jobs are central focus' dropped; the paragraph 'Some Democrats, meanwhile, have run stronger-than-expected campaigns. In Massachusetts, polls currently favor ...', cut in the stored copy, dropped)",
    text='''October 25, 2012
WASHINGTON — Next month, Americans will elect a president and a new Congress. The political make-up of Congress will help determine whether the next president can enact his agenda in the next four years.
Republicans are expected to retain their House majority, but control of the Senate, where Democrats currently have a majority, is in question. Some of the pivotal contests include a hard-fought Senate race in the state of Virginia.
Republican George Allen is scouring Virginia for votes, including the state’s Asian-American community. His core message: boosting the economy.
“I just want to make sure that every American, regardless of background or ethnicity or religious persuasion, has that equal opportunity to succeed. That is the promise of America,” said Allen.
Democratic rival Tim Kaine sounds a similar theme at a Jewish community center.
“I am a huge believer in ‘win the talent race, win the economic race.’ Education, workforce development and immigration reform are the core of winning the talent race,” said Kaine.
Both former Virginia governors, Allen and Kaine are competing to fill the seat of retiring Senator Jim Webb, who beat Allen in 2006. The focus of this year’s senate contest mirrors the presidential race, according to political analyst Phil Wallach.
“Nationally and in Virginia, it is jobs, jobs, jobs. All the candidates want to say that their party has a recipe for bringing back jobs,” said Wallach.
One third of the 100 seats in the U.S. Senate are being contested. Republicans need to gain four to take control.
Once confident of victory, Republican candidates like Todd Akin of Missouri and Richard Mourdock of Indiana have hurt their own chances by making widely-criticized comments on rape and abortion.''',
    quotes=[
        Q('“I just want to make sure', 'promise of America,”', "George Allen"),
        Q('“I am a huge believer', 'the talent race,”', "Tim Kaine"),
        Q('“Nationally and in Virginia', 'bringing back jobs,”', "Phil Wallach"),
    ],
    aliases={"George Allen": ["Republican George Allen", "Allen"],
             "Tim Kaine": ["Democratic rival Tim Kaine", "Kaine"],
             "Phil Wallach": ["political analyst Phil Wallach", "Wallach"]},
),
]
