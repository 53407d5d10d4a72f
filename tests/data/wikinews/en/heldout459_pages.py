# Held-out English news texts (tests/data/heldout459-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105) on
# topics the recent VOA sets do not cover: a VOA News report by Peter Heinlein of November 2008 on the Great Ethiopian Run
# in Addis Ababa (voanews.com 556296), a VOA Special English Agriculture Report of May 2012 on coffee farmers, bees and
# birds in Costa Rica (copy on the feed blog voaspecialenglish.blogspot.com), a VOA Learning English Agriculture Report
# of 2014 on cocoa smuggling between Ghana and Ivory Coast (learningenglish.voanews.com 2459687), three VOA Learning
# English stories reposted on the feed blog newsamricaa.blogspot.com (the US travel industry and the travel
# restrictions, March 2017; the WHO and the Zika virus in Southeast Asia, September 2016; Homeland Security Secretary
# John Kelly's speech, April 2017), a VOA press release of January 2008 on the launch of the blog African Music Treasures
# (copy on the shortwave radio blog mt-shortwave.blogspot.com) and a VOA News report by David Byrd of November 2013 on the
# Smithsonian National Zoo's panda cub (voanews.com 1795256). None is credited to AP, Reuters, AFP or another third party
# in the stored text. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped; where a body is stored as one paragraph (or as a run of original paragraphs glued together), the
# text ends on the last complete sentence (noted in `retrieved`). Site lines, media player lines, bylines, photo captions,
# blog titles and date lines, a blogger's own lines and a neighbouring feed item are dropped; a headline is kept as the
# first line where the stored copy has one (none is added where it has none); wording, spacing inside paragraphs and
# quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H2125-H2130 in ANNOTATION.md on top of H1-H2124).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout459-en.jsonl

Built by `build.py` from `heldout459_pages.py`. Like the VOA sets above (heldout452-en, heldout440-en, heldout435-en,
heldout424-en and others; copies on other sites with the licence constant PDC as in heldout267-en, heldout301-en,
heldout424-en and heldout440-en), these texts are Voice of America texts, US government works in the public domain under
17 U.S.C. § 105 ("Copyright protection under this title is not available for any work of the United States
Government"), taken from stored web pages (the `pages` search corpus). Reuse terms relied on: that public-domain status of
VOA's own staff work, which VOA's feeds restate ("Voice of America content is produced by the Voice of America, a United
States federal government-sponsored entity, and is in the public domain"); copies on other sites (two feed blogs that
repost VOA's Special English and Learning English items, a shortwave radio blog that reposts a VOA press release) carry
the same VOA text and add no rights of their own; a blogger's own lines are dropped. Texts credited to AP, Reuters, AFP
or another third party were excluded. The texts, chosen for topics the recent VOA sets (heldout403-en to heldout452-en)
do not cover (sport and politics in Ethiopia, coffee and cocoa farming, tourism and travel policy, public health in
Asia, US homeland security, African music, a zoo): a VOA News report by Peter Heinlein of November 23, 2008 on the Great
Ethiopian Run in Addis Ababa, with the runners Hiruy Giday and Tamrat Beyene (voanews.com 556296); a VOA Special
English Agriculture Report of May 2012 on the University of Georgia's coffee course in San Luis de Monteverde, Costa Rica,
with Professor Valerie Peters (the copy of May 22, 2012 on the feed blog voaspecialenglish.blogspot.com, which reposts
VOA Special English items; the same report is on 51voa.com, where its writer is given as Karen Leggett); a VOA Learning
English Agriculture Report of 2014 on cocoa smuggling from Ghana into Ivory Coast, with Alfred Allotey of PBC Limited and
the farmer James (learningenglish.voanews.com 2459687); three VOA Learning English stories as reposted on the feed blog
newsamricaa.blogspot.com: on the US travel industry's fears about the travel restrictions, with Patricia Rojas-Ungar of
the U.S. Travel Association and Andrew Coggins of Pace University (page of 2017-03-18; the story's headline, 'Are US
Travel Restrictions Keeping Visitors Away?', is not in the stored copy and is not added), on the World Health
Organization and the Zika virus in Southeast Asia, with Roderico Ofrin, who wrote to VOA (page of 2016-09-12; no headline
stored), and on Homeland Security Secretary John Kelly's speech at George Washington University (page of 2017-04-21); a
VOA press release of January 2008 on the launch of VOA's blog African Music Treasures, with Matthew Lavoie, host of Music
Time in Africa (the copy on the shortwave radio blog mt-shortwave.blogspot.com, which credits 'VOA/R Netherlands Media
Network Weblog'); and a VOA News report by David Byrd of November 2013 on the Smithsonian National Zoo's panda cub, with
the curator Brandie Smith (voanews.com 1795256). Licence caveat: the three newsamricaa.blogspot.com copies and the
voaspecialenglish.blogspot.com copy break off before the Learning English or Special English credit lines, so the
writer is not shown (the Zika story quotes an email to VOA, the cocoa and coffee reports come from VOA's own
Agriculture Report series); the music blog copy reposts VOA's press release through a Dutch radio blog; no wire credit
was found in any kept text. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept,
and a paragraph cut in the stored copy is dropped (noted per page: the Ethiopian report's 'This year's race ', the cocoa
report's 'One way to slow the smuggling would be to increas', the panda report's 'Although the pandas’ main food is
bamboo, animal keeper Nicole MacCorkle explains tha'); in the copies that store a body as one paragraph, the text ends
on the last complete sentence (the travel story's 'Even if the travel rules keep getting revised, ... he said the
message sent will not be easy to chang', the Zika story's run-in subheading and sentence 'Zika in Southeast Asia
Southeast Asian governments have in', the Kelly story's 'And until recent', the coffee report's 'The University of
Georgia is also hel'). Site lines ('Accessibility links', 'Breaking News', 'News / USA'), the learningenglish.voanews.com
media blocks (the headline stored four times, 'please wait', 'No media source currently available', '0:00 0:02:24 0:00',
'0:00 0:05:04 0:00', 'Direct link'), the byline 'David Byrd', the panda photo caption (stored twice), the feed blogs'
titles and date lines ('Practice English everyday with VOA Special English', 'Tuesday, May 22, 2012 | Latest audio
lessons → VOA Learning English', 'Friday, April 21, 2017'), the neighbouring feed item 'A look at the best news photos
from around the world.' with 'from Voice of America http://ift.tt/2ouZv1X' and 'via IFTTT', the music blogger's own
opening line ('As a reminder to our blog readers, from an earlier post, for Voice of America's African Music Treasures
blog.'), his source line '(Source: VOA/R Netherlands Media Network Weblog)' and the repeat of the release's quotation
paragraph after it were dropped; the Ethiopian report's deck is kept as a line; wording, spacing inside paragraphs and
quotation marks are as stored. Pages read but left out: VOA pages already used in earlier sets (the Al Pessin report on
Tahrir Square, Dan Robinson's report on the European Parliament and rendition, the Toyota Economics Report), pages
credited to Reuters (the Learning English story on the La Palma volcano, 'The Reuters news agency reported this story'),
a Special English technology report on Ghana's bamboo bicycles stored only as a timed lyrics file (51voa.com .lrc),
the Special English blog copy of the cocoa report (no quotation), a VOA editorial on wildlife trafficking in Southeast
Asia (lao.voanews.com; its second quotation cut) and pages of other publishers found by the same searches. None of the
eight pages is used in any set above (checked by URL and page id (556296, teaching-coffee-farmers-about-birds-and,
2459687, the newsamricaa.blogspot.com updated-max values 2017-03-18T15, 2016-09-12T12 and 2017-04-21T15,
voa-launches-african-music-treasures, 1795256), by headline, and by the names of the speakers and distinctive phrases
such as 'Great Ethiopian Run', 'Hiruy Giday', 'Tamrat Beyene', 'Teddy Afro', 'Peter Heinlein', 'Valerie Peters', 'Finca
la Bella', 'Smithsonian Migratory Bird Center', 'San Luis de Monteverde', 'Alfred Allotey', 'PBC Limited', 'Ghana is
our country', 'Rojas-Ungar', 'Andrew Coggins', 'Roderico Ofrin', 'effective surveillance and reporting systems',
'Guillain-Barre', 'Get Tough', 'hate our freedoms', 'Fewer people crossing the border', 'African Music Treasures',
'Matthew Lavoie', 'Bizimungu Dieudonne', 'Tabara Ryangombe', 'Brandie Smith', 'Nicole MacCorkle', 'panda cam' and
'training language', grepped in tests/data of the main checkout and of every other helper's worktree
(heldout447-460); no hits). The annotation (rules H2125–H2130 in `ANNOTATION.md` on top of H1–H2124) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h459-2008-11-ethiopia-celebrates-running-great-race",
    source="https://www.voanews.com/a/a-13-2008-11-23-voa18-66604742/556296.html",
    license=PD, retrieved=PAGES + " (VOA News report by Peter Heinlein of November 23, 2008 on voanews.com, page 556296; the page furniture 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line and the deck ('Elite runners dominated ... VOA's Peter Heinlein reports ...') as the second (H2130); the last paragraph 'This year's race ', cut in the stored copy, dropped (H2030); the chant O-BA-MA is printed without marks and is no span; straight marks as stored)",
    text='''Ethiopia Celebrates Running With Great Race
Elite runners dominated the field in Sunday's Great Ethiopian Run in Addis Ababa. VOA's Peter Heinlein reports the event is also a celebration of Ethiopia's emergence as a world power in the field of running.
The winners have long since crossed the finish line, but no matter. It is well past one hour since the start of Africa's biggest road race, and a sea of red T-shirts is still visible as far as the eye can see up one of the Ethiopian capital's widest boulevards.
The Great Ethiopian Run, founded eight years ago by the legendary Haile Gebreselassie is more than a race. It is a statement of national pride, and the red T-shirt is a badge of honor that will be seen on the city's streets for months, maybe years to come.
It is also a chance for Ethiopians to make a political statement. This year the dominant theme was Obama fever, 14-year-old Hiruy Giday held aloft a picture of the American president-elect as he crossed the finish line.
"Obama will be able to make change. They are just happy because it is the first American president, and they are just happy to finally have change in the presidency," he said.
Vendors stood along the route of the run selling 8X10 color photographs of the first black American president, and groups of runners chanted O-BA-MA. Other chants heard along the route called for release of the jailed singing star Teddy Afro, seen by many young Ethiopians as a symbol of opposition to the government.
For others, it was just a chance to enjoy a good run, or like 62-year-old finisher Tamrat Beyene, to get out and mingle with the people. When asked what he talked about, the answer was predictable.
"We are expecting good relations with America at the time of Obama's presidency. Diplomatic relations will be good and I hope they will help us with our progressive development effort, and I hope they will give care for the Horn of Africa," said Beyene.''',
    quotes=[
        Q('"Obama will be able', 'in the presidency,"', "Hiruy Giday"),
        Q('"We are expecting good relations', 'Horn of Africa,"', "Tamrat Beyene"),
    ],
    aliases={"Hiruy Giday": ["14-year-old Hiruy Giday"],
             "Tamrat Beyene": ["62-year-old finisher Tamrat Beyene", "Beyene"]},
),
dict(
    id="voa-en-h459-2012-05-special-english-coffee-farmers-birds-bees",
    source="https://voaspecialenglish.blogspot.com/2012/05/teaching-coffee-farmers-about-birds-and.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Special English Agriculture Report of May 2012 on the feed blog voaspecialenglish.blogspot.com, page of May 22, 2012; the blog's title line 'Practice English everyday with VOA Special English' and its date line 'Tuesday, May 22, 2012 | Latest audio lessons → VOA Learning English' dropped; the headline kept as the first line; the last stored paragraph runs several original paragraphs together (a closing mark glued to the next sentence, 'production.\"Having') and breaks off in 'The University of Georgia is also hel', so it ends on the sentence before (H2125); straight marks as stored)",
    text='''Teaching Coffee Farmers About the Birds and the Bees
The University of Georgia is a respected research university. Thirty-five thousand students attend the main campus in Athens, Georgia, and extended campuses around the state. And among its areas of research is agriculture. UGA has a center in San Luis de Monteverde in Costa Rica. This center is for students and visitors who want to learn more about farming and living in environmentally friendly ways.
Some students take a class called "Coffee: From Bean to Cup." Coffee is Costa Rica's most important agricultural product. Professor Valerie Peters teaches the class. Her students help her study coffee farms in an area called Finca la Bella. Farmers in this area agreed to grow their coffee sustainably, using methods that do less harm to the environment.
Most coffee farms in Costa Rica have one or two different kinds of trees to help shade the coffee plants from the sun. In Finca la Bella most farms have at least twenty kinds of trees. Many of the farmers have also planted more flowers. When there are more flowers and more kinds of trees, more bees will come to pollinate the coffee plants. Coffee plants can pollinate themselves, but bees help increase the harvest.
Professor Peters is working with her students to help teach farmers about the importance of bees and having more trees and flowers. She says, "Many of the farmers commented that they never even thought of bees as having a role in their coffee production."Having more species of trees on coffee farms also provides more places for birds to live. If farmers have at least ten different kinds of trees per hectare, they may be able to have their coffee certified as "bird-friendly." This is done by the Smithsonian Migratory Bird Center in the United States. Bird-friendly coffee can sell for a higher price.''',
    quotes=[
        Q('"Coffee: From Bean to Cup."', None, None),
        Q('"Many of the farmers commented', 'coffee production."', "Valerie Peters"),
        Q('"bird-friendly."', None, None),
    ],
    aliases={"Valerie Peters": ["Professor Valerie Peters", "Professor Peters"]},
),
dict(
    id="voa-en-h459-2014-learning-english-cocoa-smuggling-west-africa",
    source="https://learningenglish.voanews.com/a/cocoa-smuggling-increases-in-west-africa/2459687.html",
    license=PD, retrieved=PAGES + " (VOA Learning English Agriculture Report of 2014 on learningenglish.voanews.com, page 2459687; the page furniture 'Accessibility links' and 'Breaking News' and the two media blocks (the headline stored twice in each, 'please wait', 'No media source currently available', '0:00 0:02:24 0:00', '0:00 0:05:04 0:00', 'Direct link') dropped; the headline kept once as the first line; the last paragraph 'One way to slow the smuggling would be to increas', cut in the stored copy, dropped (H2030); curly marks as stored)",
    text='''Cocoa Smuggling Increases in West Africa
People have been illegally transporting, or smuggling, cocoa beans between Ivory Coast and neighboring Ghana for many years. Ivorian growers smuggled their cocoa beans into Ghana because prices were higher and more dependable there. But that changed. The Ghanaian currency, or money, has lost value recently. And Ivory Coast has become more secure, following a period of unrest. Now, Ghanaian farmers are smuggling their beans into Ivory Coast, where they get more money for them.
The government in Ivory Coast has set a price for cocoa beans. It wants to make sure the Ivorian cocoa farmers make enough money from their crops to keep the beans in the country.
At the same time, Ghana’s money, the cedi, has dropped in value against the dollar by more than 40 percent. This has caused a loss of profits for the country’s cocoa growers. They can make more money if they smuggle their crop to Ivory Coast.
Alfred Allotey is a cocoa storage manager for a company called PBC Limited.
“The farmers are compelled to give most of their produce to the buyers from Ivory Coast so they can get enough money for their children; it is not that they are willing. It is the situation that is compelling them to do so.”
Ghanaian farmers who do not send their cocoa beans to Ivory Coast are urging the government to stop competing farmers from doing so.
James is one of those farmers pressuring the government to stop the smuggling.
“Ghana is our country. We use the cocoa to pay our men, to build our hospitals and all kinds of roads. If we don’t stop them, our country is going to go down.”''',
    quotes=[
        Q('“The farmers are compelled', 'compelling them to do so.”', "Alfred Allotey"),
        Q('“Ghana is our country.', 'going to go down.”', "James"),
    ],
    aliases={},
),
dict(
    id="voa-en-h459-2017-03-learning-english-travel-restrictions-tourism",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-03-18T15%3A16%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of March 2017 on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; the stored copy opens with the body and carries no headline, none is added (H1818, H2127); the body stored as one paragraph and kept so; it breaks off in 'Even if the travel rules keep getting revised, as they did once before, he said the message sent will not be easy to chang', before the story's credit line, so the text ends on the sentence before (H2089); the three full stops before the closing mark of the second quotation and curly marks as stored)",
    text='''America’s travel industry says it fears new restrictions on foreign visitors to the United States will harm U.S. tourism. President Donald Trump approved the travel restrictions. They affect people from some Muslim majority nations. But online searches for flights to the United States are down in most major nations, not just those affected by the travel order. Some rights groups have criticized the travel restrictions, saying they unfairly target Muslim visitors. The rules led to protests around the country and legal action. U.S. courts have temporarily blocked enforcement of Trump’s travel orders. Patricia Rojas-Ungar is with the U.S. Travel Association. She says tourism is a very competitive business. She says the U.S. tourism industry will be hurt if foreigners fear coming to America. “Travelers have a choice and, if they feel any concern or anxiety about traveling to a destination, they can very well pick another destination to go.” Rojas-Ungar said even people in countries not covered by the restrictions could be afraid to plan a U.S. trip. She added that worried travelers going elsewhere could affect the economic health of many states. “Travel and tourism is a top economic driver for the U.S. economy. It’s a $2.1 trillion dollar industry, and we support 15.1 million American jobs...” Rojas-Ungar added that tourism creates many jobs that cannot be exported. They include positions in restaurants and hotels. She said she hopes the Trump administration will make travel policies clearer in the future. She would also like to see more efforts by U.S. officials to extend a warmer welcome to visitors. Andrew Coggins studies travel issues. He is a professor at Pace University in New York City. Coggins says the restrictions are likely to keep many foreign visitors and students away because of fears they could face bigotry and prejudice.''',
    quotes=[
        Q('“Travelers have a choice', 'another destination to go.”', "Patricia Rojas-Ungar"),
        Q('“Travel and tourism is a top', 'American jobs...”', "Patricia Rojas-Ungar"),
    ],
    aliases={"Patricia Rojas-Ungar": ["Rojas-Ungar"]},
),
dict(
    id="voa-en-h459-2016-09-learning-english-zika-southeast-asia",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2016-09-12T12%3A47%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of September 2016 on the feed blog newsamricaa.blogspot.com; the stored copy opens with the body and carries no headline, none is added (H1818, H2127); the body stored as one paragraph, with the subheading 'What is Zika?' run into it, and kept so (H493); it breaks off in the run-in subheading and sentence 'Zika in Southeast Asia Southeast Asian governments have in', so the text ends on the sentence before (H2089); curly marks as stored)",
    text='''The World Health Organization is increasingly concerned about the spread of the Zika virus in Southeast Asia. The United Nations organization is worried the virus, which is carried by mosquitos, could affect local populations in the area. Roderico Ofrin is the WHO regional emergencies director for Southeast Asia. He said countries need to carry out, in his words, “effective surveillance and reporting systems” to closely observe the disease’s spread. “WHO is working with countries across the South East Asia region to continue to prevent, detect and respond to Zika virus transmission,” Ofrin said in an email to VOA. He said the plan to deal with the disease places importance on limiting the spread of the disease and strengthening Zika virus and birth-defect surveillance. He added that increasing the abilities of laboratories to test for the disease and increasing communication with communities were also important. What is Zika? Zika is blamed for causing the birth defect microcephaly, which can cause babies to be born with unusually small heads and possible brain damage. So far, South America has suffered the most from the Zika virus. Brazil has reported hundreds of cases of microcephaly since the outbreak started there in 2015. Now, the medical journal The Lancet Infectious Diseases has identified China, India, Indonesia, the Philippines and Thailand as high-risk countries. The medical publication also said that Africa south of the Sahara Desert faced increased risk because of its historical ties with Brazil. It warned that an estimated 2.6 billion people live in places where conditions for the spread of the virus exist. Pregnant women are most at risk. Health officials say the virus also is spread through sexual contact, blood transfusions and from mother to child. The Zika virus also has been linked to nerve damage that can result in weakened muscles and paralysis known as Guillain-Barre syndrome.''',
    quotes=[
        Q('“effective surveillance and reporting systems”', None, "Roderico Ofrin"),
        Q('“WHO is working with countries', 'Zika virus transmission,”', "Roderico Ofrin"),
    ],
    aliases={"Roderico Ofrin": ["Ofrin", "the WHO regional emergencies director for Southeast Asia"]},
),
dict(
    id="voa-en-h459-2017-04-learning-english-homeland-security-get-tough",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-04-21T15%3A20%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of April 2017 on the feed blog newsamricaa.blogspot.com; the neighbouring item 'A look at the best news photos from around the world.' with its lines 'from Voice of America http://ift.tt/2ouZv1X' and 'via IFTTT' and the blog's date line 'Friday, April 21, 2017' dropped; the headline kept as the first line; the body stored as one paragraph and kept so; it breaks off in 'And until recent', so the text ends on the sentence before (H2089); curly marks as stored)",
    text='''Head of Homeland Security Defends “Get Tough” Approach
The head of the U.S. Department of Homeland Security this week strongly defended how his agency is dealing with what he sees as threats to the country. Former Marine general John Kelly said he is tired of the criticisms directed at his workers by some members of the media, lawmakers and others. He said his agents are just enforcing the law. And his agents are protecting Americans. “Make no mistake, we are in fact a nation under attack. We are under attack from people who hate us, hate our freedoms, hate our laws, hate our values, hate the way we simply live our lives.” Kelly spoke Wednesday at George Washington University in Washington, D.C. He said his department’s stronger enforcement of immigration laws has led to a drop in the number of detentions of people trying to cross into the southwestern United States from Mexico. He says that helps people on both sides of the border. “Fewer people crossing the border illegally means fewer deaths in the desert.” Kelly says there are other borders to worry about, as well. They include some that are vulnerable to militants who once fought for the Islamic State terrorist group. Kelly says large numbers of these fighters have already begun to return to their home countries. He says he is worried about those who are returning to European countries. Agreements between many European countries and the United States permit citizens to enter the U.S. without a visa. Homeland Security officials are also worried that terrorist groups and criminal organizations are working together. Secretary Kelly warned that these groups have become so good at smuggling that they can move almost anything around the world. The department says the network of criminal groups and smugglers has brought hundreds of tons of drugs into the U.S.''',
    quotes=[
        Q('“Get Tough”', None, None),
        Q('“Make no mistake', 'simply live our lives.”', "John Kelly"),
        Q('“Fewer people crossing', 'deaths in the desert.”', "John Kelly"),
    ],
    aliases={"John Kelly": ["Former Marine general John Kelly", "Kelly", "Secretary Kelly",
                            "The head of the U.S. Department of Homeland Security"]},
),
dict(
    id="voa-en-h459-2008-01-voa-launches-african-music-treasures-blog",
    source="https://mt-shortwave.blogspot.com/2008/01/voa-launches-african-music-treasures.html?m=0",
    license=PDC, retrieved=PAGES + " (copy of a VOA press release of January 2008 on the shortwave radio blog mt-shortwave.blogspot.com, which credits it to 'VOA/R Netherlands Media Network Weblog'; the blogger's own opening line 'As a reminder to our blog readers, from an earlier post, for Voice of America's African Music Treasures blog.', his source line '(Source: VOA/R Netherlands Media Network Weblog)' and the repeat of the quotation paragraph after it (cut in the stored copy) dropped (H2129); the stored copy carries no headline and none is added (H1818); the release's lines kept as stored; the closing-shaped opening mark of '(”blog”)' and curly marks as stored)",
    text='''The Voice of America (VOA) has launched African Music Treasures, its first weblog (”blog”) designed especially for African music fans around the world. Matthew Lavoie, host of VOA’s popular Music Time in Africa music show, will moderate the blog featuring music from VOA’s extensive and rare African music collection, music commentary, audio clips, bios of interesting musicians, and chats with online participants.
“Our archive is overflowing with rare music from every country in Africa,” said Lavoie. “I’m excited to share it with my fellow enthusiasts,” he added. One of the featured artists on the new blog is Rwandan musician Bizimungu Dieudonne. Dieudonne became a well-known performer throughout Kigali in the late 1980s and early 1990s and was later killed in the 1994 Rwanda genocide. Audio clips of Dieudonne favorites, including “Tabara Ryangombe,” a song depicting the struggles of Rwandan youth, are available on the blog.
VOA’s African music archive houses more than 10,000 music titles, including the Leo Sarkisian Library of African Music. Sarkisian, an internationally known musician and ethnomusicologist, amassed the collection during nearly 50 years of traveling in and broadcasting to Africa.
Join African Music Treasures by logging on to http://www.voaafrica.com/ and clicking on the African Music Blog link.''',
    quotes=[
        Q('”blog”', None, None),
        Q('“Our archive is overflowing', 'every country in Africa,”', "Matthew Lavoie"),
        Q('“I’m excited to share', 'fellow enthusiasts,”', "Matthew Lavoie"),
        Q('“Tabara Ryangombe,”', None, None),
    ],
    aliases={"Matthew Lavoie": ["Lavoie", "host of VOA’s popular Music Time in Africa music show"]},
),
dict(
    id="voa-en-h459-2013-11-smithsonian-zoo-panda-cub-healthy-active",
    source="http://www.voanews.com/content/smithsonian-zoo-new-panda-cub-healthy-active/1795256.html",
    license=PD, retrieved=PAGES + " (VOA News report by David Byrd of November 2013 on voanews.com, page 1795256; the section line 'News / USA', the photo caption 'Giant Panda Cub Update: Smithsonian's National Zoo, Oct. 17, 2013. Photo: Bill Clements, Smithsonian's National Zoo' (stored twice) and the byline 'David Byrd' dropped; the headline kept as the first line; the last paragraph 'Although the pandas’ main food is bamboo, animal keeper Nicole MacCorkle explains tha', cut in the stored copy, dropped (H2030); the two spaces after full stops inside paragraphs as stored, the two spaces at the end of the fourth paragraph dropped (H2130); Smith's quotations open curly and close straight as stored (H2031))",
    text='''Smithsonian Zoo's New Panda Cub Healthy, Active
A baby panda born at the Smithsonian National Zoo in Washington, D.C. is about to pass a milestone - 100 days.  The cub, the star of the zoo's Internet Panda Camera, is about to receive her name.  The cub is the newest addition to the effort to preserve and protect the endangered animals.
On a chilly, overcast November day at Washington’s National Zoo, only a few patrons wandered the brick-colored paths.  Christmas decorations - some of them featuring giant pandas - are in place as the zoo prepares for the holiday season.
One panda has been the center of international attention - a tiny female who still does not have a name.
The cub was born August 23 and more than two million people have watched her grow on the zoo’s “panda cam.”  Though she was pink and hairless and weighed only 136 grams two days after her birth, the cub now has a full coat of fur and is showing her black and white colors to online viewers. She weighs nearly 4.7 kilograms and has begun to crawl across her enclosure.
Brandie Smith, the curator of the Giant Panda exhibit, says that the cub is helping the public learn the importance of saving these animals.
“Giant Pandas are an endangered species and every single additional panda in the world makes a difference.  So with these animals, one more baby makes a difference," said Smith.
Smith says that zoo staff has been familiarizing the cub with their voices in order to make caring for her easier.
“We have a training language with them so that we can interact and we can do the necessary things we do to keep them healthy and safe," she said.''',
    quotes=[
        Q('“panda cam.”', None, None),
        Q('“Giant Pandas are an endangered', 'makes a difference,"', "Brandie Smith"),
        Q('“We have a training language', 'healthy and safe,"', "Brandie Smith"),
    ],
    aliases={"Brandie Smith": ["Smith", "the curator of the Giant Panda exhibit"]},
),
]
