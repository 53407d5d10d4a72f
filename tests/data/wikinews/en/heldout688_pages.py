# Held-out English news texts (tests/data/heldout688-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): a voanews.com
# report of the Voice of America on Fourth of July parades in Brandon, Vermont (July 1, 2003, 543527), VOA's preview
# page of a Student Union report on a Baltimore high school graduation (about 2018, 4438195), four copies of VOA reports on
# other sites (the Midwest drought of July 2012, VOA Standard English on the learner site hxen.net; the Flint water
# crisis two years on, VOA Learning English of January 2018 on 51voa.com; the California wildfires of October 2017 on
# the syndication site sanjosenews.net; a New York naturalization ceremony of September 2010, VOA Standard English on the
# learner site yingyu.chazidian.com) and two FEMA news releases (a Washington flood victim helped from many directions,
# January 10, 2008, fema.gov; the six-month anniversary of the Iowa disaster, November 26, 2008, End of Term web
# archive copy of fema.gov). None is credited to AP, Reuters, AFP or another third party in the kept text. Stored copies
# are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in
# `retrieved`). Site lines ('Accessibility links', 'Breaking News', 'Student Union'), byline lines, the learner sites'
# '正文' line and title prefix 'VOA常速英语:', date lines, credit lines, photo captions, FEMA's release lines, the
# syndication site's weather line and the learner site's list of latest items, the empty lines between paragraphs and
# spaces at the end of a line are dropped; a headline is kept once as the first line and a subheading as a line;
# datelines are kept as stored; wording, typos, the '?' where a stored copy lost a character, dashes and quotation marks
# (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H2415-H2419 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "site lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout688-en.jsonl

Built by `build.py` from `heldout688_pages.py`. Like heldout680-en, heldout608-en, heldout435-en, heldout132-en and the
other VOA and US government sets above (copies on learner sites as in heldout435-en (hxen.net), heldout132-en
(chazidian.com) and heldout186-en (51voa.com); a syndication copy with a VOA credit line as in heldout680-en; fema.gov
releases and an End of Term web archive copy of one as in heldout319-en and heldout680-en), these texts are works of the
US federal government in the public domain under 17 U.S.C. § 105 ("Copyright protection under this title is not
available for any work of the United States Government"), taken from stored web pages (the `pages` search corpus).
Reuse terms relied on: that public-domain status of the work of VOA's own staff and of FEMA's press offices; copies on
other sites carry the same VOA text and add no rights of their own, and the copying sites' own lines are dropped. Texts
credited to AP, Reuters, AFP or another third party were excluded. The texts: a VOA report of July 1, 2003 on Fourth of
July parades in Brandon, Vermont, with the residents Cindi McTaggert, Warren Kimble and Donna O'Malley (voanews.com
543527); a VOA Student Union report by Esha Sarai (June, about 2018 by its page number; no date in the stored copy) on the graduation at Paul Laurence Dunbar High School in
Baltimore, with the graduates Latavea Cole and Kelvin Williams (VOA's preview host voa.pangea-cms.com, page 4438195); a
VOA Standard English report of July 2012 on the Midwest drought, with the McLean County farmer Matt Hughes and Philip
Nelson of the Illinois Farm Bureau (copy on the learner site hxen.net, page 189118); a VOA Learning English report of
January 29, 2018 on mistrust of the water in Flint, Michigan, with Ariana Hawk, her son Sincere Smith and Sheryl
Thompson of the Flint Department of Health and Human Services (copy on 51voa.com, page 77915); a VOA report of October
11, 2017 on the wildfires in Northern California, with the lineman Kristopher Jay Banzon (copy on the syndication site
sanjosenews.net, page 254987578, credited 'VOA' in its credit line); a VOA Standard English report of September 18,
2010 on a naturalization ceremony in New York, with Mayor Michael Bloomberg (copy on the learner site
yingyu.chazidian.com, StandardEnglish-3597); a FEMA news release of January 10, 2008 from Lacey, Washington, on the
flood victim Thomas Kimball (fema.gov); and a FEMA news release of November 26, 2008 (release number 1763-222) from Des
Moines on the six-month anniversary of the Iowa tornado and floods, with the Federal Coordinating Officer Bill Vogel
(End of Term web archive copy of fema.gov, newsrelease id 46972). Licence caveats: the Student Union report stands in
VOA's section for students, which also carried posts by student contributors; it is taken as VOA's staff work by its
byline line 'By Esha Sarai', a VOA reporter named as such in the video summary of the same report on voanews.com
('Esha Sarai spoke with students ...'), and by its own `told VOA`; the sanjosenews.net copy is a syndication site's
page, taken as VOA's by its credit line 'VOA - Wednesday 11th October, 2017' (dropped); the learner-site copies show no
byline and are taken as VOA's by the sites' VOA labels ('VOA常速英语', 'VOA_Special_English', 'StandardEnglish') and by
their VOA wording, and none carries a wire credit in its kept text; the 2003 voanews.com page names no writer; the FEMA
releases name no writer; the texts quote private people (parade goers, graduates, farmers, Flint residents, a lineman,
a flood victim), a teacher whose quotation is cut, a farm bureau president, a city health official, a mayor and a FEMA
official inside the public-domain texts. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and a paragraph cut in the stored copy is dropped (noted per page: the parade report's '"Campaigning
is getting to know people, and parades are '; the graduation report's '“The entire group is just dynamic, boisterous.
They’re looking at wonderful things in their future,” said Tameka Taylor, an English teacher a', whose complete
quotation before the cut is dropped with it; the drought report's '"The pork is the biggest user of soybean products.
... because it really affects the bott'; the Flint report's 'In 201'; the wildfire report's cut photo caption 'The
remains of burned bottles of wine are seen on a rack at the Signorello Estate wi'; the Kimball release's 'Every case is
different, ... with all the assistance they are eligib'; the Iowa release's 'The number of federally declared disaster
counties went from four to 85 ... which included 412'; the chazidian.com page ends its text after the paragraph on the
citizenship test, which is kept, and goes on with its list of latest items). Site lines ('Accessibility links',
'Breaking News', 'Student Union'), the byline line '- By Esha Sarai', the hxen.net line '正文' and title prefix
'VOA常速英语:', the 51voa.com date line '29 January, 2018' and photo caption 'Flint resident Ariana Hawk with her 5
children. Sincere, 4 at the time of this photo, is on the far right.', stored twice, the sanjosenews.net lines 'Friday
20th July, 2018', '20 ℃ | 28 ℃San Jose' and 'VOA - Wednesday 11th October, 2017' and its photo caption 'This aerial
image shows a neighborhood that was destroyed by a wildfire in Santa Rosa, California, Oct. 10, 2017.', the
chazidian.com date line '18 September 2010', photo caption 'Jamaican-born Natisha Bowen smiles at her U.S. citizenship
ceremony.' and the list '最新' with its dates, FEMA's lines 'Main Content', 'Release date:', 'January 10, 2008',
'Release Number:', 'Release Date: November 26, 2008', 'Release Number: 1763-222' and '» More Information on Iowa Severe
Storms, Tornadoes, and Flooding', the empty lines between paragraphs and spaces at the end of a line were dropped;
headlines are kept as the first line (the parade headline with its date '- 2003-07-01' as stored), the subheadings
'Personalized caps', 'On to college' and ''It's devastating'' as lines; the datelines 'BLOOMINGTON, Illinois —', 'SAN
RAFAEL, CALIFORNIA -', 'Lacey, Wash. --' and 'DES MOINES, Iowa --' are inline and kept as stored; wording and typos
('McTaggert', 'Dunbar high school', 'An America City', 'Governor Snyder say', 'have became', 'sixth-month
anniversary'), the '?' where the fema.gov copy lost a fraction and a dash ('9 ? inches', 'concerned about me ? which'),
dashes and quotation marks (straight or curly as stored) are as stored. Pages read but left out: stories already in
earlier sets (the VOA Learning English drought report with Alan Bowers Jr., heldout26-en; the VOA Thanksgiving food
drive in Denver, preview page 163282, heldout101-en; the VOA report on new US citizens 6179397, heldout44-en; the VOA
farmers' market reports 397059 and 'fresh-produce-sale-boston-city-center', heldout481-en; the VOA blizzard report
3159575, heldout647-en; the VOA Student Union report on lower-priced colleges 6174021, heldout101-en; the FEMA release
on Louisiana flood survivors and Volunteer Agency Liaisons, heldout600-en; the VOA Iowa State Fair report 143738,
heldout27-en), pages whose stored part keeps fewer than two complete quotations or only unnamed voices (VOA's preview
page on the California wildfires, 4065232, named in heldout647-en; VOA video summary pages on Thanksgiving meals and on
New England family businesses; a VOA drought video page on voacambodia.com; a FEMA release on a Lewis County couple,
newsrelease id 34111; a FEMA release of 2009 on Iowa families in FEMA homes), a learner-site copy with the site's
vocabulary numbers run into the words (yingyuke.net, on US presidential elections), USDA and NASA blog list pages, FWS
newsletters and pages of newspapers, TV stations, radio stations and blogs found by the same searches. None of the pages
used is in any set above or in another helper's worktree (checked by URL and page id (543527, 4438195, 189118, 77915,
254987578, StandardEnglish-3597, flood-victim-receives-help-many-directions, newsrelease.fema?id=46972), by headline and
by the names of their speakers and phrases, such as McTaggert, Warren Kimble, Donna O'Malley, Anthony Polina, Latavea
Cole, Black girl magic, Tameka Taylor, Matt Hughes, Philip Nelson, Ariana Hawk, Sincere Smith, Sheryl Thompson,
Banzon, Matt Willis, Natisha Bowen, Palermo, Thomas Kimball, Bill Vogel and indomitable spirit, with grep over
tests/data of the main tree and of every other helper's worktree (heldout681-687): no hit). The annotation (rules
H2415–H2419 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts,
so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h688-2003-07-01-fourth-of-july-parades-brandon",
    source="https://www.voanews.com/a/a-13-a-2003-07-01-18-4th-66321302/543527.html",
    license=PDV, retrieved=PAGES + " (VOA News report of July 1, 2003 on Fourth of July parades in Brandon, Vermont, with the residents Cindi McTaggert, Warren Kimble and Donna O'Malley (no writer in the stored copy); " + DROP_NAV + "; headline kept as the first line with its date '- 2003-07-01' as stored; the last paragraph, '\"Campaigning is getting to know people, and parades are ', cut in the stored copy, dropped, so Anthony Polina, presented in the paragraph before it, says nothing in the kept text; a quotation opened and not closed before its cue, two speakers' split quotations in one paragraph, `said Brandon resident, Warren Kimble` with a comma before the name, and the holiday's name in single marks in the headline (H2415); 'McTaggert', the ellipsis character in 'community… coming' and straight marks as stored)",
    text=''''4th of July' Parades Evoke Pride, Community Spirit, Fond Memories - 2003-07-01
For many communities in the United States, the 4th of July holiday wouldn't be the same without a parade. Thousands of them will take place this week all across the country.
Brandon, Vermont is like a lot of small, New England towns. White picket fences and old brick houses flank the main street. Church steeples rise up prominently on several corners and hundred-year-old maple trees provide shade. Most days, Brandon is fairly quiet. But all that changes on the 4th of July, when the town hosts Vermont's largest Independence Day parade.
"I love a parade, everyone loves a parade, said Cindi McTaggert. "For me, I think it goes back to growing up. Everybody went to the 4th of July parade. I couldn't wait to get my bicycle out, decorate it with crepe paper and balloons and whatever. In my town we had a contest for those little bicycles. And it wouldn't be the 4th of July without a parade." "I think it's just fun," said Brandon resident, Warren Kimble. "I helped coordinate the parade for years and years and we'd spend the whole year working on it and I think that's part of the fun, too. Not just the hour, or the hour and a half it takes, but the preparation time that's so enjoyable with the people that are on the committee."
"Well, I think parades are all about community… coming together and seeing people you know and cheering them on and celebrating whatever they're out there for," Donna O'Malley said. "Whether it's the float that they made or the event that they stand for, or the person that they're standing for. So, for me a parade is all about community."
Besides providing a showplace for community groups and marching bands, parades are also popular with local politicians. Anthony Polina, who has run for statewide office several times in Vermont, says parades and campaigning go hand in hand.''',
    quotes=[
        Q("'4th of July'", None, None),
        Q('"I love a parade, everyone loves a parade,', None, "Cindi McTaggert"),
        Q('"For me, I think it goes back', 'without a parade."', "Cindi McTaggert"),
        Q('"I think it\'s just fun,"', None, "Warren Kimble"),
        Q('"I helped coordinate the parade', 'on the committee."', "Warren Kimble"),
        Q('"Well, I think parades are all about community', 'out there for,"', "Donna O'Malley"),
        Q('"Whether it\'s the float', 'all about community."', "Donna O'Malley"),
    ],
    unclosed=('"I love a parade, everyone loves a parade,',),
    aliases={"Cindi McTaggert": ["Cindi McTaggert"],
             "Warren Kimble": ["Warren Kimble", "Brandon resident, Warren Kimble"],
             "Donna O'Malley": ["Donna O'Malley"]},
),
dict(
    id="voa-en-h688-2018-06-baltimore-graduation-magic",
    source="https://voa.pangea-cms.com/preview/en-US/a/millions-of-americans-graduate/4438195.html",
    license=PDV, retrieved=PAGES + " (VOA Student Union report by Esha Sarai (June, about 2018 by its page number; no date in the stored copy) on the graduation at Paul Laurence Dunbar High School in Baltimore, Maryland, with the graduates Latavea Cole and Kelvin Williams, on VOA's preview host (the same report is on voanews.com as 4438195); the section line 'Student Union' and the byline line '- By Esha Sarai' dropped; headline kept as the first line and the subheadings 'Personalized caps' and 'On to college' kept as lines; the last paragraph, '“The entire group is just dynamic, boisterous. They’re looking at wonderful things in their future,” said Tameka Taylor, an English teacher a', cut in the stored copy after its complete quotation, dropped whole (H2121); a headline word in single marks that the speaker says in the body, a cap's words in single marks nested in the first piece, a march's title in marks, and a partial quotation at the end of a sentence on the speaker's plans (H2417); 'Dunbar high school', the ellipsis character and curly marks as stored)",
    text='''For Some High-School Students, Graduation is 'Magic'
Millions of high school students are done. So done.
In flowing gowns and square caps, more than 3 million will walk across a stage this month and be handed a diploma, what they’ve been working toward for 12 years.
Latavea Cole, a graduating senior at Paul Laurence Dunbar High School in Baltimore, Maryland, wore a black cap decorated with yellow feathers and words that glittered.
“Mine says ‘Black girl magic,’” Cole told VOA. “It’s an inspirational thing, and graduating is really just … magic.”
Personalized caps
Many students personalize their caps with inspirational quotes, feathers and glitter to stand out in a sea of other graduates for family and friends in the grandstands. Some just want to celebrate their hard-won achievement that culminates in filing into a gymnasium and walking across a stage to receive their diplomas.
At Dunbar, the high school attended by the late rap artist Tupac Shakur, nearly 200 graduates filed in one by one as the school band played “Pomp and Circumstance,” the traditional music of graduations throughout America.
Over half of the caps were vividly decorated, with rhinestones that reflected the gymnasium’s light, and fake flowers mirroring real ones gifted to the graduates by their families.
On to college
Cole said she will pursue a degree in special education at a nearby community college after leaving Dunbar, which specializes in preparing students for careers in health care.
“Dunbar high school is a high school for professional health careers, and it gets you ready for college and the next level,” Kelvin Williams, a fellow graduating senior, told VOA.
Williams will move to North Carolina in the fall to major in sports medicine with plans to become a doctor to “help athletes.”''',
    quotes=[
        Q("'Magic'", None, "Latavea Cole"),
        Q('“Mine says ‘Black girl magic,’”', None, "Latavea Cole"),
        Q('“It’s an inspirational thing', 'just … magic.”', "Latavea Cole"),
        Q('“Pomp and Circumstance,”', None, None),
        Q('“Dunbar high school is', 'the next level,”', "Kelvin Williams"),
        Q('“help athletes.”', None, "Kelvin Williams"),
    ],
    aliases={"Latavea Cole": ["Latavea Cole", "Cole"],
             "Kelvin Williams": ["Kelvin Williams", "Kelvin Williams, a fellow graduating senior", "Williams"]},
),
dict(
    id="voa-en-h688-2012-07-midwest-farmers-worst-drought",
    source="http://hxen.net/englishlistening/voaenglish/voastandardenglish/20120718/189118.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of July 2012 on the Midwest drought, with the McLean County farmer Matt Hughes and Philip Nelson, president of the Illinois Farm Bureau, on the learner site hxen.net (no byline in the kept text); the site's line '正文' and the title prefix 'VOA常速英语:' dropped (H1285); headline kept as the first line; the dateline 'BLOOMINGTON, Illinois —' is inline and kept as stored; the last paragraph, '\"The pork is the biggest user of soybean products. Corn, its biggest user is beef cattle. So with all due respect, everybody keeps an eye on what type of crop you are raising because it really affects the bott', cut in the stored copy, dropped; `added Hughes`, `Nelson noted` and `Nelson added` after reported speech that names the speaker with a long role (H2419); straight marks as stored)",
    text='''Midwest Farmers Battling Worst Drought in Generation
BLOOMINGTON, Illinois — Record high temperatures and a lack of rainfall are creating the worst drought conditions for U.S. farmers in a generation. The U.S. Department of Agriculture has declared more than 1000 counties in 26 states natural disaster areas as crops there deteriorate.
In this year's record setting heat under the hot summer sun, McLean County Illinois farmer Matt Hughes' crops are wilting.
Each day without rainclouds brings new disappointment and worry for Hughes.
"The crop I planted right now - I have more invested in this crop than any other crop in my life," said Hughes.
Hughes says that's because with commodity prices at all-time highs, so is the cost of seed and fertilizer.
Now, he's watching his potential profits evaporate.
"This is the one year that can make or break a lot of farmers," added Hughes.
Farmers in Illinois, one of the top corn and soybean producing states in the country, are facing the worst drought conditions in decades.
Part of the corn crop in southern Illinois is already beyond salvage, and the problem is spreading, says Illinois Farm Bureau president Philip Nelson.
"I will tell you from north to south and east to west, this corn crop is in severe trouble and in dire need of a healthy amount of rainfall," Nelson noted.
June was one of the driest months on record in many parts of the country, depriving corn stalks of much needed water during pollination.
"We've got over 50 percent of the corn crop in Illinois that's in poor or very poor condition. There are only two states worse than that by the statistics service and that's Missouri and Kentucky," Nelson added.
Nelson says the poor crop has a ripple effect on other farmers throughout the country.''',
    quotes=[
        Q('"The crop I planted right now', 'in my life,"', "Matt Hughes"),
        Q('"This is the one year', 'a lot of farmers,"', "Matt Hughes"),
        Q('"I will tell you from north to south', 'amount of rainfall,"', "Philip Nelson"),
        Q('"We\'ve got over 50 percent', 'Missouri and Kentucky,"', "Philip Nelson"),
    ],
    aliases={"Matt Hughes": ["Matt Hughes", "McLean County Illinois farmer Matt Hughes", "Hughes"],
             "Philip Nelson": ["Philip Nelson", "Illinois Farm Bureau president Philip Nelson", "Nelson"]},
),
dict(
    id="voa-en-h688-2018-01-29-flint-mistrust-remains",
    source="https://www.51voa.com/VOA_Special_English/after-water-crisis-mistrues-remains-77915.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English report of January 29, 2018 on mistrust of the water in Flint, Michigan, two years after the emergency, with Ariana Hawk, her son Sincere Smith and Sheryl Thompson of the Flint Department of Health and Human Services, on the learner site 51voa.com (no byline in the kept text); the date line '29 January, 2018' and the photo caption 'Flint resident Ariana Hawk with her 5 children. Sincere, 4 at the time of this photo, is on the far right.', stored twice, dropped; headline kept as the first line; the last paragraph, 'In 201', cut in the stored copy, dropped; cue-less quotation paragraphs after presenting sentences, one of them after a paragraph on a child and before a paragraph on his mother, a magazine story's title in marks, an unnamed resident and the writer's parentheses inside a quotation (H2416); '5-years-old', 'An America City', 'Governor Snyder say' and straight marks as stored)",
    text='''Two Years After Poisoned Water Crisis in US City, Mistrust Remains
Two years have passed since government officials in Flint, Michigan declared a state of emergency. The emergency was lead in the city's water supply.
Officials at Michigan Department of Environmental Quality now say the water is safe again. But, many residents remain unsure.
Sincere Smith is 5-years-old. The little boy was on the cover of a 2016 issue of Time Magazine in connection with its story, "The Poisoning of An America City." In photographs, a rash from lead poisoning covers his face and body.
"And every time when I get in the shower, I'm going to rush a lot."
His mother Ariana Hawk, says she still uses only bottled water to wash her five children and to make their food.
After the emergency was declared, the city began to get water from Detroit more than 100 kilometers away. This year, Michigan declared Flint's water safe to drink but only if filtered because some lead pipes remain in use.
Ariana Hawk still does not trust the water.
"Governor Snyder say we need to use that filter because our water is safe. Our water is not safe."
Every day after work, she drives to a place in Flint where the city hands out free bottled water to residents.
Most people in Flint say they do not believe the water is safe. Sheryl Thompson is with Flint Department of Health and Human Services.
"Some people don't trust (it) regardless what the scientific data shows. Some people unfortunately still don't trust the water."
Another Flint resident has had her lead water pipes replaced. But she still remains suspicious.
"Still doesn't feel safe to drink it. And I even had my pipes redone but the water is still looking the same."
They may have good reason to be suspicious.''',
    quotes=[
        Q('"The Poisoning of An America City."', None, None),
        Q('"And every time when I get in the shower', 'rush a lot."', "Sincere Smith"),
        Q('"Governor Snyder say', 'is not safe."', "Ariana Hawk"),
        Q('"Some people don\'t trust (it)', 'trust the water."', "Sheryl Thompson"),
        Q('"Still doesn\'t feel safe', 'looking the same."', None),
    ],
    aliases={"Sincere Smith": ["Sincere Smith", "The little boy"],
             "Ariana Hawk": ["Ariana Hawk", "His mother Ariana Hawk"],
             "Sheryl Thompson": ["Sheryl Thompson"]},
),
dict(
    id="voa-en-h688-2017-10-11-california-wildfires-residents-running",
    source="http://www.sanjosenews.net/news/254987578/california-wildfires-send-residents-running",
    license=PDC, retrieved=PAGES + " (copy of a VOA report of October 11, 2017 on the wildfires in Northern California, with the Pacific Gas and Electric lineman Kristopher Jay Banzon, on the syndication site sanjosenews.net, credited 'VOA' in its credit line; the site's lines 'Friday 20th July, 2018' and '20 ℃ | 28 ℃San Jose', the credit line 'VOA - Wednesday 11th October, 2017' and the photo caption 'This aerial image shows a neighborhood that was destroyed by a wildfire in Santa Rosa, California, Oct. 10, 2017.' dropped (H2419); headline kept as the first line and the subheading ''It's devastating'' kept as a line; the dateline 'SAN RAFAEL, CALIFORNIA -' is inline and kept as stored; the stored copy ends on a cut photo caption, 'The remains of burned bottles of wine are seen on a rack at the Signorello Estate wi', dropped; a subheading in single marks that repeats the speaker's words in the body (H6, H2417, H2419); straight marks as stored)",
    text='''California Wildfires Send Residents Running
SAN RAFAEL, CALIFORNIA - Throughout the San Francisco Bay Area smoke lay heavy on Tuesday, a visual reminder of the fast-moving wildfires stretching over nine counties in northern California.
In Northern California's wine country and surrounding areas, firefighters fought as many as 15 fires and thousands of people were displaced from their homes. Beautiful wineries, many with their vineyards ready for the fall harvest, were incinerated. Whole neighborhoods were destroyed, many with only their brick chimneys left to mark where the homes had been.
Authorities reported that 15 people had died and more than 100 were missing as fires caught people by surprise starting early Monday morning, helped by crackling dry conditions and gusty winds. President Donald Trump approved federal disaster funding for California.
'It's devastating'
On the second day of the wildfires, there was a respite from the wind. By Wednesday night, gusty winds were expected to return, likely making the job of fighting the fires more difficult.
Kristopher Jay Banzon, a transmission lineman for Pacific Gas and Electric, said he had been awake for more than 24 hours working to return power to the region.
"It's devastating," said Banzon, who is Filipino-Canadian, working in the U.S. on a TN visa, a NAFTA-created program. "It's a lot of damage."
Thousands of residents fled to the more than 10 evacuation centers. At the Marin County Civic Center, children played in a shelter, which held about 350 people Tuesday afternoon. The center also sheltered 23 dogs, nine cats, a couple of bunnies and a couple of birds, according to Matt Willis, public health officer for Marin County.''',
    quotes=[
        Q("'It's devastating'", None, "Kristopher Jay Banzon"),
        Q('"It\'s devastating,"', None, "Kristopher Jay Banzon"),
        Q('"It\'s a lot of damage."', None, "Kristopher Jay Banzon"),
    ],
    aliases={"Kristopher Jay Banzon": ["Kristopher Jay Banzon", "Banzon"]},
),
dict(
    id="voa-en-h688-2010-09-18-new-us-citizens-joyful-nyc-ceremony",
    source="https://yingyu.chazidian.com/StandardEnglish-3597",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of September 18, 2010 on a naturalization ceremony in New York, with Mayor Michael Bloomberg, on the learner site yingyu.chazidian.com (no byline in the kept text); the date line '18 September 2010', the photo caption 'Jamaican-born Natisha Bowen smiles at her U.S. citizenship ceremony.' and the site's list '最新' with its dates after the text dropped (H2419); headline kept as the first line; the page's text ends on a complete paragraph, which is kept; `he said` after a sentence in which the mayor is the subject of a subordinate clause, and the writer's brackets inside the quotation (H2419); 'have became' and straight marks as stored)",
    text='''New US Citizens Sworn In At Joyful NYC Ceremony
Hundreds of immigrants officially became American citizens in New York on Friday in a sometimes emotional ceremony of swearing-in and welcoming.
That is the sound of 165 newly minted U.S. citizens representing 48 nations of the world, pledging their allegiance to the American flag and what it represents.
It was just one high point in an hour long public ceremony that included the awarding of citizenship certificates, many congratulatory words, and much applause.
All those assembled put their hand-held American flags to rest and listened closely while New York Mayor Michael Bloomberg welcomed them.
"Whether you are originally from Palermo [Sicily] or Pakistan or Hungary or Haiti, today you are all Americans, and we are delighted that you have chosen the United States as your new nation, and New York City as your new home," he said. "So thank you for doing that. May God bless you all and may God bless the most wonderful country in the world, America!"
Like the nearly seven million others who have became American citizens over the past decade, all of Friday's honorees were required to pass an official citizenship test that demonstrated a basic knowledge of spoken and written English, and a working knowledge of American history and the Constitution.''',
    quotes=[
        Q('"Whether you are originally from Palermo', 'your new home,"', "Michael Bloomberg"),
        Q('"So thank you for doing that.', 'in the world, America!"', "Michael Bloomberg"),
    ],
    aliases={"Michael Bloomberg": ["Michael Bloomberg", "New York Mayor Michael Bloomberg"]},
),
dict(
    id="fema-en-h688-2008-01-10-flood-victim-help-many-directions",
    source="http://www.fema.gov/news-release/2008/01/10/flood-victim-receives-help-many-directions",
    license=PD, retrieved=PAGES + " (FEMA news release of January 10, 2008 from Lacey, Washington, on the flood victim Thomas Kimball of Lewis County (no writer named); the lines 'Main Content', 'Release date:', 'January 10, 2008' and 'Release Number:' dropped; headline kept as the first line; the dateline 'Lacey, Wash. --' is inline and kept as stored; the last paragraph, 'Every case is different, so not everyone will receive the same grant from FEMA. But FEMA will work to provide every applicant with all the assistance they are eligib', cut in the stored copy, dropped; `said Tom` with the first name of a man presented with his full name, `he said` after a sentence of the writer between pieces, and a comma introduction after `He tells his friends ...,` (H2418); the '?' where the stored copy lost a fraction and a dash ('9 ? inches', 'concerned about me ? which') and straight marks as stored)",
    text='''Flood Victim Receives Help from Many Directions
Lacey, Wash. -- Early Monday morning, December 3rd, Thomas Kimball, a 75-year-old resident of Lewis County, awoke to find water rushing into his house. In one hour, his house was surrounded by 4 feet of water, and 6 inches covered his living room rug. In 8 hours, he had 9 ? inches inside. With water rushing by on the road outside - literally a river - Tom was stranded in his house until he was rescued on Thursday.
Now, like so many other flood victims in Washington, Tom has been shoveling mud out of his house and tearing up carpeting and particle board flooring - working at the long, grueling task of putting his life back together again.
Tom has received an overwhelming amount of help on that often-disheartening journey. Ten people from the LDS Church worked all day cleaning out mud, two electricians donated their time for two days, and workers from the airport across the road, who had lots of problems of their own, helped him in many ways.
His biggest surprise has been the help he received from FEMA. Like many flood victims, he was leery of working with the government, worried about filling out the application and wondering if anything would come of it. However, he quickly received a grant from FEMA, which has been an important boost for him on the road to recovery.
"I couldn't believe how helpful they were," said Tom. "They were really concerned about me ? which was refreshing." He was surprised, because they weren't local people, who might be expected to help their neighbors. "They came from all over the country," he said.
He tells his friends who are worried about registering because of all the forms, "Just talk to them! FEMA will pick your brains and guide you through everything."''',
    quotes=[
        Q('"I couldn\'t believe how helpful they were,"', None, "Thomas Kimball"),
        Q('"They were really concerned', 'was refreshing."', "Thomas Kimball"),
        Q('"They came from all over the country,"', None, "Thomas Kimball"),
        Q('"Just talk to them!', 'through everything."', "Thomas Kimball"),
    ],
    aliases={"Thomas Kimball": ["Thomas Kimball", "Tom"]},
),
dict(
    id="fema-en-h688-2008-11-26-iowans-mark-six-month-anniversary",
    source="https://webarchive.library.unt.edu/eot2008/20090506105857/http://www.fema.gov/news/newsrelease.fema?id=46972",
    license=PD, retrieved=PAGES + " (FEMA news release of November 26, 2008 (release number 1763-222) from Des Moines on the six-month anniversary of the Iowa tornado and floods, with the Federal Coordinating Officer Bill Vogel (no writer named), as archived by the UNT End of Term web archive; the lines 'Release Date: November 26, 2008', 'Release Number: 1763-222' and '» More Information on Iowa Severe Storms, Tornadoes, and Flooding' dropped (H2241); headline kept as the first line without the space after it; the dateline 'DES MOINES, Iowa --' is inline and kept as stored; the spaces at the end of the paragraph '... from May 25 to August 13.' dropped; the last paragraph, 'The number of federally declared disaster counties went from four to 85 of Iowa’s 99 counties, and FEMA increased its response team to nearly 1,500 - which included 412', cut in the stored copy, dropped; a cue-less quotation paragraph after a split quotation of the same official (H2418); 'sixth-month anniversary', the curly apostrophe in 'FEMA’s' and straight marks as stored)",
    text='''FEMA, Iowans mark six month anniversary of historic disaster
DES MOINES, Iowa -- Tragedy struck Iowa beginning May 25, 2008 when an EF5 tornado tore through the towns of Parkersburg and New Hartford leaving seven dead and hundreds homeless.
That catastrophe was compounded less than two weeks later when severe weather and heavy rains caused widespread flooding and devastation across the majority of the state.
Thursday, Nov. 27 - Thanksgiving Day - marks the six-month anniversary of the presidential disaster declaration of the historic period.
"The magnitude of this disaster pales in comparison to the indomitable spirit displayed by so many Iowans," said FEMA’s Federal Coordinating Officer Bill Vogel. "FEMA is honored to be at the side of Iowans and our state partners as they rebuild from this disaster and lend a helping hand when needed."
"In this time of being thankful for the many blessings which have been bestowed upon us, I join Iowans in solemnly marking the sixth-month anniversary of this disaster."
Just four counties - Butler, Black Hawk, Buchanan, Delaware - were declared federal disaster areas between May 27 and May 30 following the Parkersburg-New Hartford tornado. The Federal Emergency Management Agency (FEMA), in cooperation with state officials, responded by sending 39 disaster aid employees to the state and opening two disaster recovery centers to help the victims.
Those numbers dramatically increased after flood waters inundated cities and towns like Cedar Rapids, Oakville, Waterloo, Palo, Des Moines and Iowa City. Eventually, the original federal disaster declaration was amended to include storm and floodwater damage from May 25 to August 13.''',
    quotes=[
        Q('"The magnitude of this disaster', 'so many Iowans,"', "Bill Vogel"),
        Q('"FEMA is honored', 'when needed."', "Bill Vogel"),
        Q('"In this time of being thankful', 'of this disaster."', "Bill Vogel"),
    ],
    aliases={"Bill Vogel": ["Bill Vogel", "Federal Coordinating Officer Bill Vogel"]},
),
]
