# Held-out English news texts (tests/data/heldout466-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105) on
# topics the recent VOA sets do not cover: a VOA News story on minor league baseball fans at Frawley Stadium in
# Wilmington, Delaware (copy in a lesson on lingq.com), a VOA Learning English feature of 2016 on immigrant students of
# a culinary arts programme in Washington (learningenglish.voanews.com 3488760), a VOA News report by Doug Levine of
# October 2008 on the Duke Ellington Jazz Festival (VOA's own preview host voa.pangea-cms.com, page 402948), a VOA News
# report by David Clements of April 4, 2003 on the National Cherry Blossom Festival (voanews.com 395599), two VOA News
# reports from the Washington Auto Show (Ernest Leong, February 2008, voanews.com 556643; Phil Alexiou, 2013,
# voanews.com 1597775), a VOA report on a mob killing in Abuja, Nigeria (copy on the aggregator drulap.com, author page
# 172) and a VOA Learning English 'What's Trending Today' item of February 5, 2018 on the Philadelphia Eagles' first
# Super Bowl (copy on the feed blog newsamricaa.blogspot.com). None is credited to AP, Reuters, AFP or another third
# party in the kept text. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a
# cut paragraph is dropped; where a body is stored as one paragraph (or as a run of original paragraphs glued
# together), the text ends on the last complete sentence (noted in `retrieved`). Site lines, media player lines, the
# copying sites' lines, bylines, photo captions and a neighbouring feed item are dropped; a headline (or a lesson title)
# is kept as the first line where the stored copy has one (none is added where it has none); wording, typos, spacing
# inside paragraphs and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H2145-H2151 in ANNOTATION.md on top of H1-H2144).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PDM = "public domain (Voice of America, US government work, 17 U.S.C. § 105; VOA's own mirror/preview host)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout466-en.jsonl

Built by `build.py` from `heldout466_pages.py`. Like the VOA sets above (heldout459-en, heldout452-en, heldout440-en,
heldout435-en and others; copies on other sites with the licence constant PDC as in heldout129-en (lingq.com lessons),
heldout205-en (the aggregator drulap.com) and heldout459-en (the feed blog newsamricaa.blogspot.com); VOA's own preview
host with the constant PDM as in heldout180-en), these texts are Voice of America texts, US government works in the
public domain under 17 U.S.C. § 105 ("Copyright protection under this title is not available for any work of the United
States Government"), taken from stored web pages (the `pages` search corpus). Reuse terms relied on: that public-domain
status of VOA's own staff work, which VOA's feeds restate ("Voice of America content is produced by the Voice of America,
a United States federal government-sponsored entity, and is in the public domain"); copies on other sites (a lesson of
the language-learning site lingq.com, the aggregator drulap.com, whose author page 'druaf' reposts VOA's Africa stories,
and a feed blog that reposts VOA Learning English items) carry the same VOA text and add no rights of their own; the
copying sites' own lines are dropped. Texts credited to AP, Reuters, AFP or another third party were excluded. The
texts, chosen for topics the recent VOA sets (heldout403-en to heldout459-en) do not cover (minor league baseball, a
culinary school, a jazz festival, the cherry blossoms, car shows, mob violence in Nigeria, American football): a VOA
News story on the fans of the Wilmington Blue Rocks at Frawley Stadium, Delaware, with the fans Adele Taylor and Bill and
Betty McLaughlan and the manager Brian Rupp (lesson 'VOA, Future Baseball Stars Mingle With Small-Town Fans' of a VOA
course on lingq.com, Japanese interface; not dated in the stored copy); a VOA Learning English feature of 2016 on two
students of the Culinary Arts programme of the Carlos Rosario International Public Charter School, with the Ukrainian
student Maksym Olah (learningenglish.voanews.com 3488760); a VOA News report by Doug Levine of October 2008 on the 4th
Annual Duke Ellington Jazz Festival in Washington, with the cellist and band leader Dana Leong (VOA's own preview host
voa.pangea-cms.com, page 402948, which stores no headline; none is added); a VOA News report by David Clements of April
4, 2003 on the National Cherry Blossom Festival, with its executive director Dianna Mayhew (voanews.com 395599); a VOA
News report by Ernest Leong of February 2008 on the Washington Auto Show, with Scott Settlemire of General Motors and
the visitor Tom Albert (voanews.com 556643); a VOA News report by Phil Alexiou of 2013 on the Washington Auto Show, with
the visitor Darrell Nichols (voanews.com 1597775); a VOA report on the killing of a man by a mob in Abuja, Nigeria, with
the police spokeswoman Josephine Adeh, who spoke to VOA by phone, and the resident Princewill Azubuike (copy on the
aggregator drulap.com, author page 172 of 'druaf', which opens with the story); and a VOA Learning English 'What's
Trending Today' item of February 5, 2018 on the Philadelphia Eagles' Super Bowl victory, quoting The Philadelphia
Inquirer (page of 2018-02-05 of the feed blog newsamricaa.blogspot.com). Licence caveats: the lingq.com lesson, the
drulap.com listing and the newsamricaa.blogspot.com copy break off before any credit line, so the writer is not shown
(the lingq.com lesson is in a course of VOA stories and is titled 'VOA, ...'; the Nigerian report quotes what the police
spokeswoman `told VOA by phone`; the Super Bowl item is in VOA Learning English's 'What's Trending Today' series and its
copy breaks off before the series' credit lines, so whether it drew on agency reports cannot be checked); no wire
credit was found in any kept text. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept, and a paragraph cut in the stored copy is dropped (noted per page: the culinary feature's 'I'm in (the)
international program… cuisine. ... new techniqu', the jazz report's 'The Duke Ellington Jazz Festival came to a fitting
conclusion ... The festiv', the cherry blossom report's 'This year, however, ... discourag', the 2008 auto show report's
'Albert says fueling the vehicle is similar to ', the 2013 auto show report's 'Technology is everywhere on display', the
Nigerian report's 'Three weeks ago, a mob in northwest Sokoto state ... of the'); in the copies that store a body as
one paragraph or glue its last paragraphs together, the text ends on the last complete sentence (the baseball lesson's
'Usually located in smaller communities, t', the Super Bowl item's 'And the mayor’s office said police made three
arrests in connection with the post-Super Bo'). Site lines ('Accessibility links', 'Breaking News', 'News / USA',
'TEXT SIZE - +'), the learningenglish.voanews.com media blocks (the headline stored three times, 'please wait', 'No
media source currently available', '0:00 0:03:52 0:00', '0:00 0:07:24 0:00'), the photo captions ('Maksym Olah' stored
twice; 'The Washignton Auto Show floor (Philip Alexiou - VOA)' stored twice), the byline 'Phil Alexiou', the lingq.com
lines ('×', the Japanese cookie notice, 'image'), the feed blog's date lines ('Monday, February 5, 2018', 'February 5,
2018') and the neighbouring feed item 'A look at the best news photos from around the world.' with 'from Voice of America
http://ift.tt/2nFCcV0' and 'via IFTTT' were dropped; lines holding only a space and spaces at the end of a paragraph are
dropped; wording, typos ('6,500 hundred people', '$6 dollars', 'Ukranian country', 'I just loving coming to D.C.', 'the
displays ... is getting larger'), spacing inside paragraphs ('hybrid  tech', 'designs.  He says', 'don't speak, , I') and
quotation marks are as stored. Pages read but left out: VOA pages already used in earlier sets (the voanews.com report
of 2007 on the baseball season's opening day, 554563, in heldout180-en; the Learning English story on the moon-forming
disk around PDS 70c, in heldout132-en), the Learning English story 'Honoring American Inventors' (only one quotation
before the cut), the floodgap.com feed copy of the report on baseball in South Korea (one quotation before the cut),
Learning English's Thanksgiving and spelling bee programmes and Special English reports (script format with speaker
labels, or a single quotation), and pages of other publishers or with agency credits found by the same searches. None of
the eight pages is used in any set above (checked by URL and page id (future-baseball-stars-mingle-with-small-84234,
3488760, 402948, 395599, 556643, 1597775, drulap.com/author/druaf/page/172, the newsamricaa.blogspot.com updated-max
value 2018-02-05T14), by headline, and by the names of the speakers and distinctive phrases such as 'Frawley Stadium',
'Blue Rocks', 'Adele Taylor', 'Maksym Olah', 'Isidro Dubon', 'Carlos Rosario', 'Fusion of Cultures', 'Dana Leong',
'Duke Ellington Jazz Festival', 'Jazz on the National Mall', 'Doug Levine', 'Dianna Mayhew', 'David Clements', 'Cherry
Blossom Festival', 'Settlemire', 'Tom Albert', 'Darrell Nichols', 'Phil Alexiou', 'Washington Auto Show', 'Josephine
Adeh', 'Princewill Azubuike', 'Ahmad Usman', 'Lugbe', 'jungle justice', 'Underdog No More' and 'Nick Foles', grepped
in tests/data of the main checkout and of every other helper's worktree (heldout461-467); no hits). The annotation
(rules H2145–H2151 in `ANNOTATION.md` on top of H1–H2144) was committed before whosaid was first run on these texts, so
the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h466-future-baseball-stars-mingle-small-town-fans",
    source="https://qa4.lingq.com/ja/%E3%82%AA%E3%83%B3%E3%83%A9%E3%82%A4%E3%83%B3%E3%81%A7%E8%8B%B1%E8%AA%9E%E5%AD%A6%E7%BF%92/courses/42669/future-baseball-stars-mingle-with-small-84234",
    license=PDC, retrieved=PAGES + " (copy of a VOA News story on the fans of the Wilmington Blue Rocks at Frawley Stadium, Delaware, in a lesson of a VOA course on lingq.com, a language-learning site (Japanese interface); the lines '×', the Japanese cookie notice and the image placeholder 'image' dropped; the lesson title 'VOA, Future Baseball Stars Mingle With Small-Town Fans' kept as stored as the first line (H983); the run-in subheadings 'Fan friendly' and 'Training for the big leagues' kept inside their paragraphs as stored (H493); the last stored paragraph runs a quotation paragraph and the next section together and breaks off in 'Usually located in smaller communities, t', so it ends on the sentence before (H2125, H2146); straight marks as stored)",
    text='''VOA, Future Baseball Stars Mingle With Small-Town Fans
Frawley Stadium in Wilmington, Delaware, is nothing like the massive arenas where the major league teams play before tens of thousands of fans. There are no huge upper decks or expensive sky boxes. Only about 6,500 hundred people can fit into Frawley.
Fan friendly But that doesn't dampen the crowd's enthusiasm for their minor league team, the Blue Rocks. Some fans come early and watch the players warm up.
Adele Taylor, who's been a Wilmington Blue Rocks fan for 15 years, sits in the first row, near her team's dug-out. "You get to know the players, like my Mr. Catcher here, Mr. Salvador Perez," she says as Perez laughs. Taylor holds a stack of cards with pictures of each player.
"The team puts out baseball cards. And just as a hobby, I get players to sign. I just do it to get to know them." "Where else can you get seats for $6 dollars behind home plate?" asks Bill McLaughlan, who along with his wife Betty, gets to the game early.
His wife agrees. "Good seats, good people, the people who work here are nice. And I enjoy it." It's a very different setting than a major league game. Blue Rocks manager Brian Rupp says his players respond to that.
"Most minor league parks are, you know - everything's a little bit closer. The fans are a little bit closer. It is more of an intimate setting. You come out, you constantly see people wanting autographs, kids all around all the time. And the players are very respectful of that and take their time and sign a lot of autographs and get to know the fans, especially the ones who are here every night. It's a lot more fan friendly." Training for the big leagues All major league teams have minor league affiliates. The Blue Rocks are the farm team for the Kansas City Royals.''',
    quotes=[
        Q('"You get to know', 'Salvador Perez,"', "Adele Taylor"),
        Q('"The team puts out', 'to know them."', "Adele Taylor"),
        Q('"Where else', 'home plate?"', "Bill McLaughlan"),
        Q('"Good seats', 'I enjoy it."', "Betty"),
        Q('"Most minor league', 'fan friendly."', "Brian Rupp"),
    ],
    aliases={"Adele Taylor": ["Taylor"],
             "Betty": ["his wife Betty", "His wife"],
             "Brian Rupp": ["Blue Rocks manager Brian Rupp"]},
),
dict(
    id="voa-en-h466-2016-learning-english-immigrants-cooking-fusion-cuisines",
    source="https://learningenglish.voanews.com/a/immigrants-cooking-up-a-fusion-of-cultures-and-cuisines/3488760.html",
    license=PD, retrieved=PAGES + " (VOA Learning English feature of 2016 on two students of the Culinary Arts program of the Carlos Rosario International Public Charter School, learningenglish.voanews.com page 3488760; the lines 'Accessibility links' and 'Breaking News', the media blocks (the headline stored three times, 'please wait', 'No media source currently available', '0:00 0:03:52 0:00', '0:00 0:07:24 0:00') and the photo caption 'Maksym Olah' (stored twice) dropped; the headline kept once as the first line and the subheading 'From the Ukraine to the U.S.' as a line; the paragraph 'I'm in (the) international program… cuisine. ... And, for me, new techniqu', cut in the stored copy, dropped, so the quotation it continues ends unclosed with its paragraph (H2145); the space before the closing mark of the second quotation, the doubled comma in 'don't speak, , I' and straight marks as stored)",
    text='''Immigrants Cooking Up a Fusion of Cultures and Cuisines
VOA Learning English talked with two students in the Culinary Arts program at Carlos Rosario International Public Charter School. Maksym Olah is from the Ukraine, and Isidro Dubon comes from Central America. They are studying to become chefs and work hard to make their American dreams come true.
From the Ukraine to the U.S.
Maksym Olah was an actor and dancer in the theater in his home country, Ukraine. He fell in love with an American woman who was in the Peace Corps. Olah immigrated to the U.S. when she finished her service in the Ukraine. That summer, he showed his dancing skill in the Smithsonian Folklife Festival.
"I came to the… U.S. because I married an American girl and she finished her Peace Corps service… and then, we have (a) small project in the Smithsonian festival, and we represent Ukranian country on the Smithsonian festival four years ago."
Olah found a different culture in the U.S. and learned to treat others differently than he had at home.
"My wife … told me it's (a) different language, different culture, different mentality … and you need – she told me – you need to respect everybody. Here, people (are) more gentle to each other. "
Olah started to study English soon after he arrived.
"When I came here, I don't speak, , I don't speak any kind of words, just (a) few words, like "hello, my name is Max, and goodbye".''',
    quotes=[
        Q('"I came to the', 'four years ago."', "Maksym Olah"),
        Q('"My wife', 'to each other. "', "Maksym Olah"),
        Q('"When I came here', 'and goodbye".', "Maksym Olah"),
    ],
    aliases={"Maksym Olah": ["Olah"]},
),
dict(
    id="voa-en-h466-2008-10-duke-ellington-jazz-festival-washington",
    source="https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-10-09-voa8/402948.html",
    license=PDM, retrieved=PAGES + " (VOA News report by Doug Levine of October 2008 on the 4th Annual Duke Ellington Jazz Festival in Washington, on VOA's own preview host voa.pangea-cms.com, page 402948; the stored copy has no headline and opens with the first paragraph, no title added (H1818); the last paragraph 'The Duke Ellington Jazz Festival came to a fitting conclusion with a concert at the Voice of America. The festiv', cut in the stored copy, dropped (H2030); the event names in marks are null (H5, H2147); straight marks as stored)",
    text='''Tourist season has peaked in Washington, DC, but as the leaves began falling and temperatures started to drop, some visitors decided to stay and enjoy the peace and quiet of autumn in the Nation's Capital. As VOA's Doug Levine reports, those who weren't in a hurry to leave were treated to an annual event that continues to hit a high note with both residents and out-of-towners, the 4th Annual Duke Ellington Jazz Festival October 1-7.
Duke Ellington's legacy as a world-class band leader, composer and pianist who elevated jazz to new heights, along with the city he called home for his first 23 years, were the earmarks of the festival named in his honor.
Jazz, blues, Latin rhythms, hip-hop and world music was performed in 47 different venues throughout the city over seven days and nights. There were master classes, student performances, a "Jazz and Families Fun Day," and an all-star outdoor concert billed as "Jazz on the National Mall."
One of the week's busiest performers was cellist, trombonist and band leader Dana Leong, who marked his return to the festival by performing in three concerts and teaching a master class.
"I think it's a wonderful thing that the festival is growing exponentially every year," Leong said, "because we find as artists when we visit, specifically Washington, D.C., we find nothing but very intelligent, well-informed audiences that show a lot of appreciation for all different types of music and artists from all different walks of life.
"I personally have my project which is a live blend of hip-hop and jazz," he added, "and people have seen me do my thing but they have also seen me play a hybrid blend of classical and jazz and Latin jazz with Paquito D'Rivera. And all the same, you find people are just very well informed. They are very rich in culture and very appreciative. I just loving coming to D.C. It's one of my favorite places."''',
    quotes=[
        Q('"Jazz and Families Fun Day,"', None, None),
        Q('"Jazz on the National Mall."', None, None),
        Q('"I think it', 'every year,"', "Dana Leong"),
        Q('"because we find', 'walks of life.', "Dana Leong"),
        Q('"I personally', 'hip-hop and jazz,"', "Dana Leong"),
        Q('"and people have seen', 'favorite places."', "Dana Leong"),
    ],
    aliases={"Dana Leong": ["cellist, trombonist and band leader Dana Leong", "Leong"]},
),
dict(
    id="voa-en-h466-2003-04-04-dc-cherry-blossom-festival-low-interest",
    source="https://www.voanews.com/a/a-13-a-2003-04-04-57-dc/395599.html",
    license=PD, retrieved=PAGES + " (VOA News report by David Clements of April 4, 2003 on the National Cherry Blossom Festival, voanews.com page 395599; the lines 'Accessibility links' and 'Breaking News' dropped; the headline with the date the archive appends to it ('... from Tourists - 2003-04-04') kept as stored as the first line (H2148); the last paragraph 'This year, however, the Washington, DC area has had one of the worst winters ... Organizers are wondering if many visitors will be discourag', cut in the stored copy, dropped (H2030); straight marks as stored)",
    text='''DC Cherry Blossom Festival Draws Low Interest from Tourists - 2003-04-04
In Washington, DC, the National Cherry Blossom Festival is underway and will continue through next Monday. VOA's David Clements walked over to see the cherry trees and to talk with people to see if weather and the nation's high terrorism alert levels have had an effect on this annual tourist attraction.
Every year from late March to early April, the first sign of spring in the nation's capital is the National Cherry Blossom Festival. It has evolved into an annual tourist event, attracting people from around the world. The focus of the festival is the thousands of cherry trees around the Tidal Basin, near the Jefferson Memorial.
Dianna Mayhew, Executive director of the Festival, says these trees represent a deep cultural and political friendship. "Ninety-one years ago, Japan gave 3000 trees to Washington, DC," she says. "Actually the first time the trees were donated, they were infested with disease, so they had to be burned. Then they were given again and they were determined to get it right. It worked out wonderfully. Actually we're celebrating the 91st anniversary of the gift of the trees, but the anniversary of the festival is probably about 67-68 years."
During the Festival, visitors are treated to various celebrations and special events. There are daily free cultural performances featuring music, dance, song and martial arts demonstrations. Usually, tourists come from across the nation and around the world to celebrate.''',
    quotes=[
        Q('"Ninety-one years ago', 'Washington, DC,"', "Dianna Mayhew"),
        Q('"Actually the first time', '67-68 years."', "Dianna Mayhew"),
    ],
    aliases={"Dianna Mayhew": ["Executive director of the Festival"]},
),
dict(
    id="voa-en-h466-2008-02-hot-new-cars-washington-auto-show",
    source="https://www.voanews.com/a/a-13-2008-02-04-voa32-66626117/556643.html",
    license=PD, retrieved=PAGES + " (VOA News report by Ernest Leong of February 2008 on the Washington Auto Show, voanews.com page 556643; the lines 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line; the last paragraph 'Albert says fueling the vehicle is similar to ', cut in the stored copy, dropped (H2030); the editor's brackets '[to buy]' (inside Settlemire's span) and '[SUV's]' (outside any span) and straight marks as stored (H2149))",
    text='''Hot New Cars on Display at the Washington Auto Show
It is winter in Washington, people bundled in heavy coats to shield themselves from the cold weather. Many seek refuge at indoor events. The recently held Washington Auto Show - where visitors got an up-close view of the latest in automotive technology -- is one such event. VOA's Ernest Leong reports.
More than 700 new domestic and foreign vehicles were on display at the Washington Auto Show.
Whatever one's individual tastes -- whether it is fast sports cars, or slower, more reliable all-terrain jeep, long limos to stretch out in, or more compact vehicles -- chances are good one can find it at an auto show.
Scott Settlemire is the manager of the Chevrolet and Hummer exhibits for U.S. auto company General Motors. He explained the purpose of auto shows. "The reason we really do auto shows, if you think about it, is to allow the customer to come in and look at our products, and touch and feel them in a non-threatening atmosphere. They don't have to feel that they're under any pressure [to buy]. We actually want them to come in, open the doors, open the trunks, kick the tires and ask us questions," he said.
This setting offers auto manufacturers a chance to show off their newest cars, trucks, and sports utility vehicles [SUV's].
Some of the vehicles run on alternative fuel -- battery, ethanol, diesel -- fuels that burn cleaner and more efficiently than gasoline.
Virginia state resident Tom Albert, whose wife is expecting their first child, volunteered to test drive Chevrolet's Equinox, a hydrogen fuel cell electric SUV. He said, "I'll drive it to and from work, to the grocery store, to the home improvement store, and I'm sure to go buy some diapers."
Chevrolet says the Equinox can run over 300 kilometers before refueling. The company says this makes the vehicle ideal for use in short distance situations, such as running errands.''',
    quotes=[
        Q('"The reason we really do auto shows', 'ask us questions,"', "Scott Settlemire"),
        Q('"I\'ll drive it', 'some diapers."', "Tom Albert"),
    ],
    aliases={"Scott Settlemire": ["the manager of the Chevrolet and Hummer exhibits for U.S. auto company General Motors"],
             "Tom Albert": ["Virginia state resident Tom Albert"]},
),
dict(
    id="voa-en-h466-2013-auto-show-dazzles-with-technology",
    source="http://www.voanews.com/content/auto-show-dazzles-dc/1597775.html",
    license=PD, retrieved=PAGES + " (VOA News report by Phil Alexiou of 2013 on the Washington Auto Show, voanews.com page 1597775; the section line 'News / USA', the photo caption 'The Washignton Auto Show floor (Philip Alexiou - VOA)' (stored twice), the line 'TEXT SIZE - +' and the byline 'Phil Alexiou' dropped; the headline kept as the first line; the first paragraph kept with the dash that stands where a dateline would be ('— There is something ...', H2149); lines holding only a space and the spaces at the end of paragraphs dropped, the double spaces inside paragraphs ('designs.  He says', 'hybrid  tech') kept as stored; the last line 'Technology is everywhere on display', cut in the stored copy, dropped (H2030); straight marks as stored)",
    text='''Auto Show Dazzles With Technology
— There is something undeniable about being on the floor of a massive convention center, surrounded by brand new automobiles from makers around the world. Everything invites you to look, to touch...and hopefully, to buy.
At the Washington Auto Show dozens of manufacturers display their cars and trucks under bright spot lights to make them glisten and glow, with beautiful women next to the new models on rotating platforms and well dressed sales reps who can't smile enough.
From Acura to Volvo and everything in between, there are hundreds of shiny new models on display offering an array of economy and luxury, sedans, trucks and more.
Today's automakers know they need to bring economy and quality to their products more than ever. Governments are forcing automakers to meet strict mileage standards, and customers are also asking for better fuel economy. Combine these two forces and you get more streamlined vehicles to the point you might not be able to tell the difference among a Hyundai Sonata, a Honda Accord or a BMW Sedan...assuming you squint.
Darrell Nichols runs an auto detail shop and comes to the show every year. "There's only so much that designers can do with today's design," he says. "Once you design a car that is sleek and smooth, how many different takes can you make on the sleek and smooth."
Darrell and his wife noticed how much technology is playing a role in the auto designs.  He says, "each year the displays in the hybrid  tech vehicles is getting larger and larger."
Chevy has its Volt, Ford's hybrid Fusion has seven models to choose from, and the all-electric Nissan Leaf can go 15 percent further on a single charge. With the growing demand for fuel economy, many of the automakers now feature their hybrid designs.''',
    quotes=[
        Q('"There\'s only so much', 'today\'s design,"', "Darrell Nichols"),
        Q('"Once you design', 'sleek and smooth."', "Darrell Nichols"),
        Q('"each year', 'larger and larger."', "Darrell Nichols"),
    ],
    aliases={"Darrell Nichols": ["Darrell"]},
),
dict(
    id="voa-en-h466-nigerian-mob-sets-man-ablaze-alleged-blasphemy",
    source="https://drulap.com/author/druaf/page/172",
    license=PDC, retrieved=PAGES + " (copy of a VOA report on the killing of a man by a mob in the Lugbe area of Abuja, Nigeria, on the aggregator drulap.com, whose author page 172 of 'druaf' opens with the story (one complete post is one document, H315); the headline kept as the first line; the paragraph 'Three weeks ago, a mob in northwest Sokoto state killed and burned the body of a Christian student of the', cut in the stored copy, and the rest of the listing dropped (H2030); Azubuike's first quotation, whose closing mark the copy omits before the inverted cue, ends on the comma before 'said' and is listed in `unclosed` (H1707, H2150); curly marks as stored)",
    text='''Nigerian Mob Sets Man Ablaze Over Alleged Blasphemy
Nigerian authorities in the capital city of Abuja on Saturday said they’re investigating the killing and burning of a man by a mob over accusations of blasphemy. Blasphemy has been a subject of debate in Nigeria in recent weeks after a Christian woman was also burned in the northwestern Sokoto State.
The Abuja Police Command public relations officer, Josephine Adeh, in a statement Saturday said the latest victim was 30-year-old Ahmad Usman a local vigilante member.
She said Usman was involved in an argument with an unidentified Muslim cleric in the Lugbe area of Abuja and it escalated.
She said a mob, numbering about 200, who were supporting the cleric, beat, stoned and then set Usman ablaze before police officials intervened.
“We received a distress call and then we responded to it by deploying our men from Lugbe division,” Adeh told VOA by phone. “We were able to rescue the victim, who suffered a severe degree of burns, and then we took him immediately to the hospital where the doctor confirmed him dead.”
Police surveillance and ambush teams have been patrolling the area since the incident. Adeh said normalcy has been restored. No arrests have been made.
Abuja’s police commissioner on Sunday said the perpetrators will be sanctioned and warned against the use of so called “jungle justice” — taking the law into one’s own hands.
However, many businesses in the area remained shut Saturday evening over fear that more violence could erupt.
“The area is calm now, there’s not much movement around based on what happened earlier, said Princewill Azubuike, a Lugbe resident. “There were gunshots earlier in the afternoon and there were people running around.”
Blasphemy is a sensitive topic in Africa’s most populous nation with a delicate balance of Muslim and Christian populations.''',
    quotes=[
        Q('“We received a distress call', 'Lugbe division,”', "Josephine Adeh"),
        Q('“We were able to rescue', 'confirmed him dead.”', "Josephine Adeh"),
        Q('“jungle justice”', None, None),
        Q('“The area is calm now', 'what happened earlier,', "Princewill Azubuike"),
        Q('“There were gunshots', 'running around.”', "Princewill Azubuike"),
    ],
    unclosed=('“The area is calm now, there’s not much movement around based on what happened earlier,',),
    aliases={"Josephine Adeh": ["The Abuja Police Command public relations officer", "Adeh"],
             "Princewill Azubuike": ["a Lugbe resident"]},
),
dict(
    id="voa-en-h466-2018-02-learning-english-eagles-underdog-no-more",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2018-02-05T14%3A21%3A00-08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English 'What's Trending Today' item of February 5, 2018 on the feed blog newsamricaa.blogspot.com; the blog's date lines 'Monday, February 5, 2018' and 'February 5, 2018' and the neighbouring feed item 'A look at the best news photos from around the world.' with its lines 'from Voice of America http://ift.tt/2nFCcV0' and 'via IFTTT' dropped; the headline kept as the first line; the body stored as one paragraph and kept so, with its opening formula 'This is What’s Trending Today …'; it breaks off in 'And the mayor’s office said police made three arrests in connection with the post-Super Bo', so the text ends on the sentence before (H2089); curly marks and the ellipsis character inside the newspaper's span as stored (H2151))",
    text='''Philadelphia Eagles Team Is Underdog No More
This is What’s Trending Today … The “underdog” Philadelphia Eagles football team has won its first Super Bowl. The team defeated the favored New England Patriots in the National Football League championship Sunday night in Minneapolis, Minnesota. The final score was 41 to 33. Eagles quarterback Nick Foles was named Super Bowl 52’s Most Valuable Player, or MVP. Foles was backup quarterback for most of the 17-week regular season. He replaced starter Carson Wentz when he was injured in week 14. The last time a player has gone from a backup at the start of the season to Super Bowl MVP was sixteen years ago. That player was Tom Brady, the quarterback of the Patriots. Brady led his team in play Sunday night also. Foles threw for three touchdowns and even caught the ball in a trick play. Brady dropped a pass in a similar play. However, he broke a Super Bowl record in passing. Twenty-eight other Super Bowl records were tied or broken during the game. The game was the second highest-scoring Super Bowl ever. As Brady’s final Hail Mary pass dropped on the field, incomplete, Eagles fans flooded the streets of Philadelphia to celebrate the Pennsylvania city’s first Super Bowl victory. Hometown newspaper, The Philadelphia Inquirer, reported the scene this way: “Men hoisted women on their shoulders, a father set off fireworks with his son, and residents clobbered pots and pans… Some people drank champagne. Some cried. And everywhere, Eagles chants thundered through the air.” Some of the celebrations turned ugly, however. People broke windows of a department store and pushed over streetlights at major road crossings. In another incident, a car was overturned outside a hotel.''',
    quotes=[
        Q('“underdog”', None, None),
        Q('“Men hoisted women', 'through the air.”', "The Philadelphia Inquirer"),
    ],
    aliases={"The Philadelphia Inquirer": ["Hometown newspaper"]},
),
]
