# Held-out English news texts (tests/data/heldout481-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105):
# an insidevoa.com press item of February 12, 2008 on an interview of Undersecretary of State Nicholas Burns with VOA's
# Persian News Network (178027), a VOA News report by Adam Phillips of 2005 on Red Cross volunteers at the
# Baton Rouge Centroplex shelter after Hurricane Katrina (voanews.com 307312), a VOA Learning English report of
# 2015 on volunteers after the riots in Baltimore (learningenglish.voanews.com 2750281), a VOA News report of October
# 2005 on the farmers market at Dupont Circle in Washington (voanews.com 397059), a VOA report narrated by Jim Bertel
# on the City Hall Farmers' Market in Boston (voanews.com archive page 'fresh-produce-sale-boston-city-center'), a VOA
# News report by Jim Stevenson of April 15, 2005 on the Washington Nationals' first home game (voanews.com amp page
# 309680), a VOA News report by Ken Bredemeier of November 7, 2016 on the last day of the presidential campaign (copy
# on lprnoticias.com), a VOA interview report of March 2018 with Jon Huntsman, US ambassador to Russia (copy on
# newdelhitimes.com), and a VOA News report by Lisa Schlein of July 10, 2008 on a Red Cross appeal for the victims of
# Cyclone Nargis (voanews.com 406813). None is credited to AP, Reuters, AFP or another third party in the kept text.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped, also where it holds a complete quotation before the cut (noted in `retrieved`). Site lines, media player
# lines, the copying sites' lines, bylines, a doubled headline and photo captions are dropped; a headline is kept once as
# the first line where the stored copy has one (none is added where it has none), a standfirst and a subheading as
# lines; wording, typos, spacing inside paragraphs and quotation marks (straight, curly or angle marks as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H2185-H2191 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout481-en.jsonl

Built by `build.py` from `heldout481_pages.py`. Like the VOA sets above (heldout466-en, heldout459-en, heldout452-en,
heldout136-en and others; insidevoa.com press items as in heldout136-en and heldout22-en; copies on other sites with
the licence constant PDC as in heldout145-en (newdelhitimes.com) and heldout466-en), these texts are Voice of America
texts, US government works in the public domain under 17 U.S.C. § 105 ("Copyright protection under this title is not
available for any work of the United States Government"), taken from stored web pages (the `pages` search corpus).
Reuse terms relied on: that public-domain status of VOA's own staff work, which VOA's feeds restate ("Voice of America
content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the public
domain"); copies on other sites (the news site lprnoticias.com and the newspaper site newdelhitimes.com, which reprint
VOA stories under VOA's headline and credit) carry the same VOA text and add no rights of their own; the copying
sites' own lines are dropped. Texts credited to AP, Reuters, AFP or another third party were excluded. The texts: an
insidevoa.com press item of February 12, 2008 on an interview that Nicholas Burns, US Undersecretary of State for
Political Affairs, gave to VOA's Persian News Network on Iran (insidevoa.com 178027); a VOA News report by Adam
Phillips of 2005 on Red Cross volunteers at the Baton Rouge Centroplex shelter after Hurricane Katrina, with
the volunteers Thomas McCann and Sheila (voanews.com 307312); a VOA Learning English report of 2015 on volunteers
who helped the neighbourhoods hit by the Baltimore riots, with the Maryland lawmaker Antonio Hayes and the volunteer
Cavette Buford (learningenglish.voanews.com 2750281); a VOA News report of October 2005 on the farmers market at
Dupont Circle in Washington, with the shoppers Linda Allenman/Alleman and Beth Jordan, an unnamed merchant and the
farmer Mark Toigo (voanews.com 397059); a VOA report by Retno Pinasti and Supri Yono, narrated by Jim Bertel, on the City
Hall Farmers' Market in Boston, with Jeff Cole of the Federation of Massachusetts Farmers' Markets and Chris Kurth of
Sienna Farms (voanews.com archive page 'fresh-produce-sale-boston-city-center'; the stored copy has no headline and no
date, and gets none); a VOA News report by Jim Stevenson of April 15, 2005 on the Washington Nationals' first home game
at RFK Stadium, with the manager Frank Robinson and the left fielder Brad Wilkerson (voanews.com amp page 309680); a VOA
News report by Ken Bredemeier of November 7, 2016 on the last day of the presidential campaign, with the political
analyst Nathan Gonzales (copy on lprnoticias.com, which prints the quotation marks as angle marks « »); a VOA interview
report of March 2018 with Jon Huntsman, US ambassador to Russia, on relations with Russia (copy on newdelhitimes.com,
slug 'voa-interview-us-ambassador-says-russia-must-change-behavior'); and a VOA News report by Lisa Schlein of July 10,
2008 on the appeal of the International Federation of Red Cross and Red Crescent Societies for the victims of Cyclone
Nargis, with the Red Cross spokesman Zach Abraham (voanews.com 406813). Licence caveats: the lprnoticias.com copy
names 'Ken Bredemeier/VOA News' in a byline line (dropped) and the newdelhitimes.com copy names no writer (its headline
is VOA's 'VOA Interview: ...', and the ambassador speaks 'In an exclusive interview with VOA'); both copies break off
before any credit line, so a closing agency credit cannot be ruled out, but no wire credit was found in any kept text;
the angle marks of the lprnoticias.com copy are that site's typography and are kept as stored; the insidevoa.com item
is VOA's own press release on its own interview. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and a paragraph cut in the stored copy is dropped, also where it holds a complete quotation before
the cut (noted per page: the Burns item's 'VOA has the largest combined radio and television audie', the Katrina
report's 'That attitude is shared by volunteer John Saffelo ... after mud', the Baltimore report's 'The meals, fresh
fruit and other f', the Dupont Circle report's 'Mark Toigo runs the family farm ... bringing reven', the Boston report's
'The City Hall Farmers' Market began nearly 30 years ago ... farmer's mark', the campaign report's 'Gonzales said
Clinton and Trump do «not have the same chance ... key states,» ... while Trump needs t', the Huntsman report's 'He is
braced for the Kremlin response ... we will have', the Red Cross report's 'Abraham says it will take people ... go a
long w'). Site lines ('Accessibility links', 'Breaking News', 'News', 'Latest Stories North America World'), the
learningenglish.voanews.com media blocks (the video title 'Volunteers Pull Together to Aid Baltimore Riot Victims'
stored twice, the headline stored a second time, 'please wait', 'No media source currently available', '0:00 0:02:29
0:00', '0:00 0:04:52 0:00'), the doubled headline and the byline line of the lprnoticias.com copy, the photo caption
of the Nationals report ('Nationals' Vinny Castilla, left, watches his fourth inning two-run triple ...'), empty lines
and spaces at the end of a paragraph were dropped; the standfirsts of the Burns item ('Burns spoke to VOA's Persian
News Network ...') and of the Dupont Circle report ('Farmers markets, where farmers sell directly to consumers, ...')
and the subheading 'Clinton leads polls' are kept as lines; wording, typos ('as stable as conforting as possible given
the circumtances', 'Linda Allenman' beside 'Linda Alleman's', 'I love it is like milling around', 'every thing',
'verses going to the supermarket', 'Livan Henandez') and quotation marks (straight, curly and angle marks as stored,
also the space after the opening mark of '" This stuff') are as stored. Pages read but left out: VOA pages already used
in earlier sets (the insidevoa.com item on James Jeffrey, 178007, in heldout136-en; the Katrina survivors report
391633 in heldout27-en; the National Press Club award items 6386445 in heldout334-en; the Iowa caucus report 3169422
in heldout25-en; the swing states report 3585052 in heldout27-en; the panda cub report 1795256 in heldout459-en; the
Rwanda AIDS meeting report on poenglish.blogspot.com in heldout363-en; the Afghan leaders item on usagm.gov in
heldout123-en), the VOA report on Shalane Flanagan's New York City Marathon win (4102325; a sports report whose stored
copy breaks off before the agency line such reports carry), the VOA report 'New Species Identified in 2014' (1920625;
one quotation before the slide show captions), Learning English programmes in script form, VOA video pages with a
one-paragraph summary and pages of other publishers found by the same searches. None of the nine pages is used in any
set above or in another helper's worktree (checked by URL and page id (178027, 307312, 2750281, 397059,
fresh-produce-sale-boston-city-center, 309680, the lprnoticias.com and newdelhitimes.com slugs, 406813), by headline,
and by the names of the speakers and distinctive phrases such as 'Speaks to VOA about Iran', 'Much of Relief Work',
'Adam Phillips', 'Thomas McCann', 'Baton Rouge Centroplex', 'Saffelo', 'Antonio Hayes', 'Cavette Buford', 'Dupont
Circle', 'Toigo', 'Alleman', 'Beth Jordan', 'Shippensburg', 'City Hall Farmers', 'Retno Pinasti', 'Jeff Cole', 'Chris
Kurth', 'Sienna Farms', 'Major League Baseball Returns to Washington', 'Brad Wilkerson', 'Vinny Castilla', 'Frank
Robinson', 'Ken Bredemeier', 'Chasing Votes', 'Nathan Gonzales', 'stage or time things perfectly', 'Zach Abraham' and
'drops off the radar', grepped in tests/data of the main checkout and of every other helper's worktree (heldout468-480);
no hits; 'Jim Bertel', 'Jim Stevenson', 'Lisa Schlein', 'Jon Huntsman', 'RFK Stadium' and 'Cyclone Nargis' occur only
in other stories). The annotation (rules H2185–H2191 in `ANNOTATION.md` on top of the earlier rules) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h481-insidevoa-2008-nicholas-burns-persian-news-network",
    source="https://www.insidevoa.com/a/a-13-34-2008-02-12-voa19-111607104/178027.html",
    license=PD, retrieved=PAGES + " (insidevoa.com press item of February 12, 2008 on an interview of Undersecretary of State Nicholas Burns with VOA's Persian News Network; 'Accessibility links' and 'Breaking News' dropped; the headline and the standfirst 'Burns spoke to VOA's Persian News Network ...' kept as lines; the dateline 'Washington, D.C., February 12, 2008 - ' kept as stored; the closing paragraph 'VOA has the largest combined radio and television audie', cut in the stored copy, dropped; `he commented,`, `commented that \"It's ...\"`, `saying, \"...,\" adding that \"...\"` and the partial after `saying the U.S. hopes` are all Burns's (H2187); straight marks as stored)",
    text='''U.S. Ambassador Nicholas Burns Speaks to VOA about Iran
Burns spoke to VOA's Persian News Network about Iranian government assistance to Shia militants in Iraq
Washington, D.C., February 12, 2008 - In an exclusive interview yesterday, Ambassador Nicholas Burns, U.S. Undersecretary of State for Political Affairs, spoke to Voice of America's (VOA) Persian News Network (PNN) about Iranian government assistance to the Shia militants in Iraq.
When asked about the fourth round of negotiations to be held next week in Baghdad he commented, "We've been disappointed that the Iranian government has not diminished and stopped altogether its support, through material and arms, for the Shia militants in Iraq and especially the explosive technologies that have been very destructive to human life, including those of American soldiers and Iraqi soldiers."
Regarding Iranian President Mahmoud Ahmadinejad's stance toward Israel, Ambassador Burns commented that "It's extraordinary that in this day and age in the year 2008 that the president of an important country in the Middle East, President Ahmadinejad, would resort to such irresponsible and vicious public statements about another country." He added that of the 192 member countries of the United Nations, Iran is the only country that does not recognize Israel's right to exist.
On the topic of Iran's nuclear ambitions, Ambassador Burns addressed the ongoing difficulty in bringing Iran to the negotiating table saying, "It is the Iranian government that has rejected the possibility of negotiations," adding that "the U.S. wants to achieve a diplomatic solution to the problems caused by Iran."
The ambassador concluded the interview by saying the U.S. hopes "Iran can find its way to peace and find its way to democracy and a democratic government." The entire interview will be available later today on PNN's website at www.VOANews.com/Persian.''',
    quotes=[
        Q('"We\'ve been disappointed', 'and Iraqi soldiers."', "Nicholas Burns"),
        Q('"It\'s extraordinary', 'about another country."', "Nicholas Burns"),
        Q('"It is the Iranian government', 'possibility of negotiations,"', "Nicholas Burns"),
        Q('"the U.S. wants to achieve', 'caused by Iran."', "Nicholas Burns"),
        Q('"Iran can find its way', 'a democratic government."', "Nicholas Burns"),
    ],
    aliases={"Nicholas Burns": ["Ambassador Nicholas Burns", "Burns", "Ambassador Burns", "The ambassador",
                                "U.S. Undersecretary of State for Political Affairs"]},
),
dict(
    id="voa-en-h481-2005-katrina-red-cross-volunteers-baton-rouge",
    source="https://www.voanews.com/a/a-13-much-of-relief-work-in-new-orleans-done-by-volunteers/307312.html",
    license=PD, retrieved=PAGES + " (VOA News report by Adam Phillips from Baton Rouge of 2005, in the first days after Hurricane Katrina (no date in the stored copy), on Red Cross volunteers at the Baton Rouge Centroplex shelter for Hurricane Katrina evacuees; 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line; the lead, which ends on a colon before the report proper, kept as stored; the last paragraph, 'That attitude is shared by volunteer John Saffelo of southern California, a paramedic who has worked in disaster relief after mud', cut in the stored copy, dropped, so Saffelo has no span (H2121); 'conforting' and 'circumtances' and straight marks as stored)",
    text='''Much of Relief Work in New Orleans Done by Volunteers
Efforts continue to provide emergency food, shelter and health care to tens of thousands of New Orleans residents displaced by Hurricane Katrina and the massive flooding that followed. Much of the work is being done by volunteers who have come to Louisiana from around the nation. VOA's Adam Phillips is in Baton Rouge, about 100 kilometers north of New Orleans, and he spoke to several Red Cross volunteers at an emergency shelter for the Katrina evacuees:
The Baton Rouge Centroplex is an indoor arena where, during normal times, big conventions and concerts are held. But these are not normal times, and the arena has been transformed into a giant shelter for thousands of evacuees. It is being run by Red Cross volunteers like Thomas McCann of Oregon, who traveled here from far away, hoping to help. He says there is plenty to do:
"Everything from cleaning the restrooms, to distributing food to handing out blankets, handing out clothing, hygiene supplies," said Thomas McCann. "We have basic medical care on hand, we have emotional and spiritual support. This is the home for more than four thousand people from the New Orleans area right now; this could be their home for weeks to come. And like any good home we want it to be as stable as conforting as possible given the circumtances."
A woman named Sheila, who moved to Baton Rouge from Brooklyn, New York, a year ago, began volunteering at the shelter Wednesday.
"I just feel like I want to be out here and make a difference, not just sit at home, watch on the news and not make a difference at all," said Sheila. "Just help stock things if they need something like a blanket, or something for their baby, or some clothes. If they want soap or shampoo or they want a nice care package, I'll help any way I can."''',
    quotes=[
        Q('"Everything from cleaning', 'hygiene supplies,"', "Thomas McCann"),
        Q('"We have basic medical care', 'given the circumtances."', "Thomas McCann"),
        Q('"I just feel like', 'a difference at all,"', "Sheila"),
        Q('"Just help stock things', 'any way I can."', "Sheila"),
    ],
    aliases={"Sheila": ["A woman named Sheila"]},
),
dict(
    id="voa-en-h481-2015-learning-english-baltimore-riot-volunteers",
    source="https://learningenglish.voanews.com/a/volunteers-aid-victims-of-riots-in-baltimore/2750281.html",
    license=PD, retrieved=PAGES + " (VOA Learning English report of 2015 (no date in the stored copy) on volunteers helping the neighbourhoods hit by the riots in Baltimore, learningenglish.voanews.com page 2750281; the lines 'Accessibility links' and 'Breaking News' and the media blocks (the video title 'Volunteers Pull Together to Aid Baltimore Riot Victims' stored twice, the headline stored a second time, 'please wait', 'No media source currently available', '0:00 0:02:29 0:00', '0:00 0:04:52 0:00') dropped; the headline kept once as the first line; the paragraph 'The meals, fresh fruit and other f', cut in the stored copy, dropped; the two quotations stand in paragraphs of their own after sentences presenting their speakers (H2189); curly marks and the double hyphen as stored)",
    text='''Volunteers Aid Victims of Riots in Baltimore
Calm has returned to Baltimore, Maryland.
There were riots in parts of the city after a funeral was held for an African-American man who died after being arrested.
Baltimore officials cancelled a night-time curfew last weekend. They had earlier ordered people to stay off the streets from 10 o’clock at night to five o’clock in the morning because of the rioting.
Twenty-five-year-old Freddie Gray suffered spinal injuries while being detained by police. He later died from those injuries.
Government lawyers have charged six police officers, three of them African-American, with crimes related to his death.
The city is working to get back to normal after a week of violence. Volunteers are helping people in the neighborhoods that were affected by the unrest.
Antonio Hayes is a Maryland lawmaker. He represents parts of Baltimore in the state’s legislature. He says he had no problem finding people to help victims of the riots.
“They want to see Baltimore be better. Everything is not back to a normal state, as we still have somewhat of an occupied city by the different law enforcement agencies here, but I think overall the majority of Baltimore residents are reclaiming their community and standing up.”
Some volunteers created a food bank -- a place where people can get free food and prepared meals.
Cavette Buford lives on the other side of Baltimore. Volunteers like her came to help this neighborhood.
“We are just trying to give everybody the things they need, and also after the CVS (drugstore) burnt down, a lot of the stores out here were looted.”''',
    quotes=[
        Q('“They want to see Baltimore', 'and standing up.”', "Antonio Hayes"),
        Q('“We are just trying', 'were looted.”', "Cavette Buford"),
    ],
    aliases={"Antonio Hayes": ["a Maryland lawmaker"]},
),
dict(
    id="voa-en-h481-2005-dupont-circle-farmers-market",
    source="https://www.voanews.com/a/a-13-2005-10-12-voa69/397059.html",
    license=PD, retrieved=PAGES + " (VOA News report of October 12, 2005 (date from the page address) on the Sunday farmers market at Dupont Circle in Washington, voanews.com page 397059; 'Accessibility links' and 'Breaking News' dropped; the headline and the standfirst 'Farmers markets, where farmers sell directly to consumers, ...' kept as lines; the last paragraph, 'Mark Toigo runs the family farm ... He says, \"Well, I think it is a great opportunity for a family farmer. ... It is the salvation for bringing reven', cut in the stored copy inside Toigo's second quotation, dropped; the shopper's name spelt 'Linda Allenman' in the cue and 'Linda Alleman's' in the next paragraph (H2188); the space after the opening mark of '\" This stuff', 'I love it is like milling around', 'every thing' and straight marks as stored)",
    text='''Some Americans Find Farmer’s Market Offers Best Fresh Produce
Farmers markets, where farmers sell directly to consumers, continue to rise in popularity in the U.S.
Most Americans buy fruits and vegetables in supermarkets. The mass-production and national distribution mean produce is picked days before it ripens, so it ships without damage. For the sake of convenience, many items are frozen or pre-packaged, such as salad that is prepared, washed and put into plastic bags.
But some people prefer a shopping experience they find more genuine.
Shopper Linda Allenman shares why she’s a regular, " This stuff is so much better. This stuff was picked a couple of days ago if that wasn't picked yesterday. The stuff in a grocery store was picked two weeks ago."
This is part of Linda Alleman's weekend activities: coming to the farmers market at Dupont Circle in Washington, DC, every Sunday. Beth Jordan, also a regular shopper, "I love it. I love it is like milling around. It's a great thing to do in the Sunday morning. I love flowers, cheeses, milks, fruits and vegetables."
In recent years, shopping at farmers markets, which are open mostly on the weekend, has become a popular pastime in U.S. cities. The markets offer more than just fresh produce. Like "Peach soup, and a peach soup recipe. I do every thing that I promise to you. Thank you very much" said one merchant.
Mark Toigo explains his philosophy, "We have a lot of fun. We exchange food recipes and ideas. I think we are part of the community here now. That's really important to have a successful market is to have a customer, patron and a grower work together."''',
    quotes=[
        Q('" This stuff is so much better.', 'two weeks ago."', "Linda Allenman"),
        Q('"I love it.', 'fruits and vegetables."', "Beth Jordan"),
        Q('"Peach soup', 'Thank you very much"', None),
        Q('"We have a lot of fun.', 'grower work together."', "Mark Toigo"),
    ],
    aliases={"Linda Allenman": ["Shopper Linda Allenman", "Linda Alleman"],
             "Beth Jordan": ["also a regular shopper"]},
),
dict(
    id="voa-en-h481-boston-city-hall-farmers-market",
    source="https://www.voanews.com/archive/fresh-produce-sale-boston-city-center",
    license=PD, retrieved=PAGES + " (VOA report by Retno Pinasti and Supri Yono, narrated by Jim Bertel, on the City Hall Farmers' Market in Boston, voanews.com archive page 'fresh-produce-sale-boston-city-center' (no date in the stored copy); the stored copy opens with the lead paragraph and has no headline; none is added (H1818, H2189); the last paragraph, 'The City Hall Farmers' Market began nearly 30 years ago ... Cole credits the expansion to hard work and loyal customers. \"The consumer is increasing in their participation, ... more engaged with farmer's mark', cut in the stored copy inside Cole's second quotation, dropped; the editor's bracket '[especially]', 'verses going to the supermarket' and straight marks as stored)",
    text='''Every year from May until November you can find local farmers selling their fruits and vegetables at outdoor markets all across the United States. Tables laden with melons and berries, corn and potatoes offer customers produce fresh off the farm. Recently, VOA's Retno Pinasti and Supri Yono visited Boston, in the northeastern state of Massachusetts at the City Hall Farmers' Market where they had a chance to sample some of the farm fresh treats. VOA's Jim Bertel narrates.
Amid the hustle and bustle of the city, Bostonians can find a small piece of country life at the weekly City Hall Farmers' Market. The vendors are local farmers who travel into the city to sell their berries and peaches, radishes and rhubarbs to the city's busy work force.
Jeff Cole of the Federation of Massachusetts Farmers' Markets says these open-air markets are growing in popularity. "Most of the bigger cities have at least two or more farmers' markets. It is very much in a resurgence across the nation, directly getting food from a farmer verses going to the supermarket, which is great for both markets, but [especially] for the farmers who often struggle in America to make a living."
Instead of pushing a cart up and down sterile aisles at the supermarket, shoppers here wander among the vendors savoring the beautiful day and the farm fresh produce.
Chris Kurth is with Sienna Farms. "We grow a lot of different vegetables, fruits and flowers organically, a lot of baby greens, a few different types of arugula and watercress. Lots of heirloom tomatoes, which are just about to roll in, my best tomato crop in ten years despite the crazy rains we had this spring, they are doing really well which I am grateful for."''',
    quotes=[
        Q('"Most of the bigger cities', 'to make a living."', "Jeff Cole"),
        Q('"We grow a lot', 'I am grateful for."', "Chris Kurth"),
    ],
    aliases={},
),
dict(
    id="voa-en-h481-2005-nationals-home-opener-rfk-stadium",
    source="https://voanews.com/amp/a-13-2005-04-15-voa9/309680.html",
    license=PD, retrieved=PAGES + " (VOA News report by Jim Stevenson of April 15, 2005 (date from the page address) on the Washington Nationals' first home game at RFK Stadium, voanews.com amp page 309680; the stored copy opens with the headline, kept as the first line, and ends on a complete paragraph; the photo caption 'Nationals' Vinny Castilla, left, watches his fourth inning two-run triple go into right field during home opener at RFK Stadium, Thursday', stored as a line before the paragraph on Castilla, dropped (H792, H2190); the editor's bracket '[on]', 'Livan Henandez' and straight marks as stored)",
    text='''Major League Baseball Returns to Washington
Baseball fans in Washington witnessed the first Major League game in their home ballpark in nearly 34 years Thursday as the Nationals made their home debut. President Bush, a former baseball team owner, threw out the ceremonial first pitch. VOA's Jim Stevenson was at RFK Stadium where Washington scored a 5-3 victory over the Arizona Diamondbacks.
Almost 45,600 fans watched the beginning of a new baseball era in Washington. Nationals team manager Frank Robinson was well aware this was an unusually special opening day.
"To go out and win, this atmosphere, the turnout, the President out here, other dignitaries in the stands, and real baseball fans out there cheering," he said, "it was just a special situation where you wanted to win a ballgame. And it was nice to go out and do it."
Mexican-born Vinny Castilla hit a home run and the crowd cheered as if the Nationals had won the World Series. Nationals left fielder Brad Wilkerson was impressed with his new home ballpark.
"It seems like the fans who were here tonight knew the game of baseball," he said. "And they lived and died with every pitch, even [on] opening night."
Cuban-born pitcher Livan Henandez did not give up a run until the ninth inning. With six wins and four losses, the Washington Nationals top their division in the young baseball season.''',
    quotes=[
        Q('"To go out and win', 'out there cheering,"', "Frank Robinson"),
        Q('"it was just a special situation', 'go out and do it."', "Frank Robinson"),
        Q('"It seems like the fans', 'the game of baseball,"', "Brad Wilkerson"),
        Q('"And they lived and died', 'opening night."', "Brad Wilkerson"),
    ],
    aliases={"Frank Robinson": ["Nationals team manager Frank Robinson"],
             "Brad Wilkerson": ["Nationals left fielder Brad Wilkerson"]},
),
dict(
    id="voa-en-h481-2016-campaign-last-day-lprnoticias-copy",
    source="https://lprnoticias.com/trump-clinton-chasing-votes-last-day-marathon-campaigning/",
    license=PDC, retrieved=PAGES + " (copy of the VOA News report by Ken Bredemeier of November 7, 2016 (the day before the election; no date in the stored copy) 'Trump, Clinton Chasing Votes in Last Day of Marathon Campaigning' on lprnoticias.com; the headline, stored twice (the second time after a space), kept once as the first line; the byline line 'Ken Bredemeier/VOA News' dropped; the subheading 'Clinton leads polls' kept as a line; the paragraph 'Gonzales said Clinton and Trump do «not have the same chance of winning. Donald Trump needs to do better in more states and more of the key states,» with more electoral votes. Most analysts say ... while Trump needs t', cut in the stored copy, dropped with the complete quotation before the cut (H2121, H2185); the angle marks « » of the copy, which stand for the story's quotation marks, and the curly apostrophes as stored)",
    text='''Trump, Clinton Chasing Votes in Last Day of Marathon Campaigning
The 2016 U.S. presidential campaign is almost over, but not before Republican Donald Trump and Democrat Hillary Clinton embarked on a marathon of rallies a day ahead of Tuesday’s national election.
Trump, the blunt-spoken real estate mogul ending his first campaign for elected office, headed to five states in an effort to upend the former secretary of state, who political surveys suggest could become the country’s first female president. Clinton is making four stops in three states — Pennsylvania, Michigan and North Carolina — the same states Trump is also visiting, along with Florida and New Hampshire.
All five states are among the most closely contested, with the outcome in each of them likely to play a key role in determining who becomes the country’s 45th president, replacing President Barack Obama when he leaves office January 20.
«It’s a close and competitive race, but not a tossup,» political analyst Nathan Gonzales told VOA as the final hours of campaigning unfolded. «She is more likely to win.»
Clinton leads polls
U.S. political surveys continue to show Clinton with a small, consistent edge of about 2 or 3 percentage points in the national popular vote; but, U.S. presidential elections are decided by the results in each of the 50 states and the national capital, Washington. The most populous states hold the most sway in the Electoral College, where the winning candidate needs at least a majority of 270 of the 538 electoral votes to claim the White House, based on the state-by-state outcomes.''',
    quotes=[
        Q('«It’s a close and competitive race', 'not a tossup,»', "Nathan Gonzales"),
        Q('«She is more likely to win.»', None, "Nathan Gonzales"),
    ],
    aliases={"Nathan Gonzales": ["political analyst Nathan Gonzales"]},
),
dict(
    id="voa-en-h481-2018-huntsman-interview-newdelhitimes-copy",
    source="https://www.newdelhitimes.com/voa-interview-us-ambassador-says-russia-must-change-behavior/",
    license=PDC, retrieved=PAGES + " (copy of the VOA interview report 'VOA Interview: US Ambassador Says Russia Must Change Behavior' of March 2018 (no date or writer in the stored copy) on newdelhitimes.com; the site line 'Latest Stories North America World' dropped; the headline kept as the first line; the paragraph 'He is braced for the Kremlin response to the U.S. decision to expel dozens of Russian diplomats. “I expect they will respond, ... we will have', cut in the stored copy inside Huntsman's quotation, dropped; the inverted cue with `laughs`, the cue-less quotation after reported speech and the partial opened with an ellipsis after `he stresses Trump has made it clear` are all Huntsman's (H2186); the em dash and curly marks as stored)",
    text='''VOA Interview: US Ambassador Says Russia Must Change Behavior
“You can never stage or time things perfectly,” laughs Jon Huntsman, the U.S. ambassador to Russia.
He is discussing the controversial phone call President Donald Trump made last week to Vladimir Putin, in which he congratulated the Russian leader on his re-election.
The call surprised White House advisers who’d urged Trump to withhold compliments — it also raised expectations, falsely, in Moscow the United States might not join a coordinated campaign by two dozen Western countries to retaliate for the poisoning of a former Russian spy in Britain that London has blamed on the Kremlin.
In an exclusive interview with VOA appraising where the relationship stands between the U.S. and Russia, Huntsman says Trump has remained consistent in his strategy towards Russia.
“I can tell you that as long as I have discussed Russia with the President, which goes back to when he sat me down and asked me to take this job, he has been very consistent about wanting to engage, notwithstanding our challenges, his desire to engage and keep a dialogue alive and well.”
But he stresses Trump has made it clear “… he expects any kind of engagement and meetings at the head of state level to be based on progress on the issues that matter most. Coming from the private sector, and I have worked for many presidents, Republican and Democrat, he is a results-oriented person. He wants to know where we are going, what’s been done, what kind of progress, for example, on Ukraine and issues like that. He is very much into the results and where the relationship is heading.”
For an ambassador who’s in the eye of a Cold War-style storm, Huntsman remains determinedly upbeat.''',
    quotes=[
        Q('“You can never stage', 'things perfectly,”', "Jon Huntsman"),
        Q('“I can tell you', 'alive and well.”', "Jon Huntsman"),
        Q('“… he expects any kind', 'relationship is heading.”', "Jon Huntsman"),
    ],
    aliases={"Jon Huntsman": ["Huntsman", "the U.S. ambassador to Russia"]},
),
dict(
    id="voa-en-h481-2008-red-cross-appeal-cyclone-nargis",
    source="http://www.voanews.com/a/a-13-2008-07-10-voa15/406813.html",
    license=PD, retrieved=PAGES + " (VOA News report by Lisa Schlein from Geneva of July 10, 2008 (date from the page address) on the appeal of the International Federation of Red Cross and Red Crescent Societies for the victims of Cyclone Nargis in Burma, voanews.com page 406813; 'Accessibility links', 'Breaking News' and 'News' dropped; the headline kept as the first line; the paragraph 'Abraham says it will take people a very long time ... the Red Cross multi-million dollar appeal will go a long w', cut in the stored copy, dropped; the spokesman's two quotations are his, not the Red Cross's (H2191); straight marks as stored)",
    text='''Red Cross Issues Multi-Million Dollar Appeal For Cyclone Nargis Victims
The International Federation of Red Cross and Red Crescent Societies is appealing for $72.5 million to support a three-year emergency and recovery program for victims of Cyclone Nargis in Burma. The Red Cross says hundreds of thousands of poor people who lived on the edge before the cyclone struck are weaker and more vulnerable. Lisa Schlein reports for VOA from Red Cross headquarters in Geneva.
The cyclone, which struck Burma on May 2, was the worst to hit the country in 40 years. An estimated 130,000 people were killed or reported missing. Nearly 2.5 million people, most in the Irawaddy Delta, are affected by the storm and in need of assistance.
The International Red Cross says progress has been made in reaching people in need with critical emergency assistance. But, many challenges remain.
Red Cross Spokesman, Zach Abraham tells VOA one of the challenges is to refocus media attention on this catastrophic event. He says the message that hundreds of thousands of people remain in desperate need of help appears to have been lost.
"If this story drops off the radar and people just forget about Myanmar, then the situation can be dramatically worse," he said. "But, right now, the outlook is good because the aid work is getting done, help is being provided. But, again more work needs to be done."
The Burmese Red Cross has a network of thousands of volunteers who are often able to go to areas that are inaccessible to other aid agencies. Since Cyclone Nargis struck, the Red Cross has provided short-term emergency relief to more than 500,000 people in severely affected areas. It has delivered 2,500 tons of relief goods by air and by sea.''',
    quotes=[
        Q('"If this story drops off the radar', 'dramatically worse,"', "Zach Abraham"),
        Q('"But, right now, the outlook is good', 'needs to be done."', "Zach Abraham"),
    ],
    aliases={"Zach Abraham": ["Red Cross Spokesman", "Abraham"]},
),
]
