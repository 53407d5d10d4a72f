# Held-out English news texts (tests/data/heldout624-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): two Justice
# Department releases of 2008 on sentences in the sea turtle smuggling investigation 'Operation Central' (reposted on the
# press-release wire webwire.com and the legal news site lawfuel.com), two versions of one VOA report of 2017 on
# struggling US farmers at the Farm Progress Show in Decatur, Illinois (the VOA Learning English story on
# learningenglish.voanews.com 4030416 and a copy of the VOA News report on the Ukrainian news site 1ua.tv), an item of
# the State Department's exchange alumni site on Zahi Hawass in the MentorTalks series (alumni.state.gov listing page
# 12) and three Bureau of Land Management press releases on wild horse adoptions in Wyoming (the Lander wild horse
# pasture; two Wyoming Honor Farm adoptions in Riverton, one of them the partnership's 35th year). None is credited to
# AP, Reuters, AFP or another third party in the kept text. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped, also where it holds the start of a quotation (noted in
# `retrieved`). Site lines (webwire's 'Deliver Your News to the World', 'Accessibility links', 'Breaking News', the
# video player lines and the second headline of the Learning English page, 1ua.tv's category line, blm.gov's
# 'Organization' / 'BLM Office:' / 'Media Contact:' lines with their values), the empty lines between paragraphs and
# spaces at the end of a paragraph are dropped; a headline is kept once as the first line where the stored copy has
# one (none is added where it has none) and a subheading as a line; wording, typos, datelines (also lawfuel's
# '(LAWFUEL)' inside one), missing spaces after full stops, dashes and quotation marks are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H2335-H2338 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PDJ = "public domain (US government work, 17 U.S.C. § 105; copy of the Justice Department's release on a third-party site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_BLM = "the blm.gov page lines 'Organization:' / 'Organization', 'BLM Office:', 'Media Contact:' (and the values 'Bureau of Land Management' and 'Lander Field Office' where stored) dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout624-en.jsonl

Built by `build.py` from `heldout624_pages.py`. Like heldout616-en, heldout608-en, heldout607-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
texts, works of federal agencies and their staff in the public domain (17 U.S.C. § 105: "Copyright protection under
this title is not available for any work of the United States Government"): two Justice Department releases of 2008 on
sentences in the sea turtle smuggling investigation 'Operation Central' of the US Fish and Wildlife Service, with
Assistant Attorney General Ronald J. Tenpas and US Attorney Troy Eid, reposted on third-party sites ('Chinese National
Sentenced to Prison in Turtle Smuggling Case' on the press-release wire webwire.com, aId 59746; 'Seventh Individual
Sentenced for Trafficing Protected Wildlife Products' on the legal news site lawfuel.com; licence constant PDJ as the
securitynews.spectator.co.nz copy of heldout616-en); two versions of one VOA report of September 2017 on US farmers at
the Farm Progress Show in Decatur, Illinois, with the farmer Jeff Fisher: the VOA Learning English story 'While Stock
Values Rise, American Farmers Struggle' (learningenglish.voanews.com 4030416, which also quotes Tamara Nelsen of the
Illinois Farm Bureau) and the VOA News report 'While Stock Market Soars, US Farmers Struggle' in a copy on the
Ukrainian news site 1ua.tv (its 'world' category page 412; licence constant PDC as VOA copies on other sites above);
an item of the State Department's exchange alumni site (Bureau of Educational and Cultural Affairs) on Egypt's
archaeologist Zahi Hawass in its MentorTalks series (alumni.state.gov/node?page=12, a listing page whose first item is
kept; page 26 of the same listing is in heldout133-en); and three Bureau of Land Management press releases on blm.gov
on wild horse adoptions in Wyoming ('BLM and Lander wild horse pasture place untrained horses'; 'Gentled wild horses
find new homes at BLM–Honor Farm wild horse and burro adoption'; 'BLM and Wyoming Honor Farm partnership going strong
after 35 years', of 2023 by its own count since 1988). Reuse terms relied on: US government works are not subject to
copyright in the US (17 U.S.C. § 105); VOA's feeds restate that its content "is in the public domain"; the DOJ, VOA,
State Department and BLM texts are the agencies' own, and copies on other sites carry the same text and add no rights
of their own (their own lines are dropped). Licence caveats: the webwire.com and lawfuel.com copies show no Justice
Department source line in the kept text and are taken as the Department's releases by their wording (`the Justice
Department announced today`, the officials' quotations) — lawfuel.com inserts its own name into the dateline
(`WASHINGTON (LAWFUEL) –`), kept as stored; the 1ua.tv copy shows no byline and no credit line in the kept text and is
taken as VOA's by its VOA headline, by its own words (`he told VOA`) and by the Learning English version of the same
report; the Learning English page names no writer in the stored part and its closing credit line is cut away, so a
note on its sources cannot be read (no wire credit is in the kept text; the video it carries is VOA's report of the same
title); the alumni.state.gov item retells a MentorTalks episode on Facebook and quotes Zahi Hawass, no federal
employee, inside the State Department's text, and names no writer; the BLM releases name no writer and quote private
adopters and a Wyoming Department of Corrections farm manager inside the public-domain texts. None is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept and a paragraph cut in the stored copy is dropped, noted per page: the webwire release's 'To date, six of the
seven defendants ... and Jorge Caraveo of El Paso,'; the lawfuel release's 'Several species of sea turtles ... All
seven species of s'; the Learning English story's 'The Association of Equipment Manufacturers reported a 14 percent
decrease in f'; the 1ua.tv copy's '“The Equipment Manufacturers Association released', the start of a quotation cut
before its close; the alumni page's next item, 'Youness M. was no stranger to exchange. ... a par'; the Lander
release's 'The BLM, recognizing Americans' strong desire to connect'; the first Honor Farm release's 'The BLM manages
more than 245 milli'; the 35-year release's 'Two adoptions are held at the Honor Farm each year—the next'. Site lines
(webwire.com's 'Deliver Your News to the World'; the Learning English page's 'Accessibility links', 'Breaking News',
the second headline line 'While Stock Market Soars, US Farmers Struggle' (the title of the video players) and the
player lines 'please wait', 'No media source currently available', '0:00 0:03:01 0:00' and '0:00 0:04:41 0:00'; 1ua.tv's
'Category: Світ'; blm.gov's 'Organization:' / 'Organization', 'BLM Office:', 'Media Contact:' with the values 'Bureau of
Land Management' and 'Lander Field Office' where stored), the empty lines between paragraphs and spaces at the end of a
paragraph were dropped; headlines are kept as the first line where the stored copy has one (the alumni page has none
and gets none, H1818); the 1ua.tv subheading 'Stocks, costs up, commodity prices down' is kept as a line; wording and
typos ('Trafficing', 'to insure', '-- five years ago', 'show… is look', the missing spaces in 'Deere.“This',
'standards.I’m', 'VOA.“The', 'there.We’re' and '2017.However'), dashes and quotation marks (curly as stored; the
straight apostrophe in 'Art D'Égypte') are as stored. Pages read but left out: stories already in earlier sets (the VOA
report on relief workers after the 2005 Pakistan earthquake, 283855, heldout27-en; VOA's Copacabana World Cup fans
story on testbig.com, heldout124-en; the Interior release on Secretary Salazar at Pelican Island, heldout47-en;
insidevoa.com's release on its interview with President Préval, 178396, heldout93-en; the blog copy of the DOJ release
on the turtle-trafficking financier Kang Juntao, heldout600-en; alumni.state.gov/node?page=26, heldout133-en), pages
whose stored part keeps fewer than two complete quotations with marks (a lawfuel copy of the DOJ release on the
sentence of Carlos Leal Barragan, BLM releases on the 2019 Making a Difference volunteer awards, on National Public
Lands Day work near Montrose, on National Trails Day at Indian Creek Trail, on youth crews of the Eagle Lake Field Office
and on the 2012 Honor Farm adoption, BLM California's News.bytes on wild horse volunteers, a USCIS release on Veterans
Day naturalization ceremonies, a mil-osi copy of an FBI CJIS release, VOA reports on the 2015 Nepal earthquake and the
2017 California wildfires), VOA pages credited to Reuters or drawing on AP and Reuters (the Boston Marathon and
tornado stories of 2014, the Turkish earthquake rescue report of 2023), a copy of a VOA Haiti report signed by a
newspaper's journalist, VOA Special English scripts, USAGM 'playbook' scripts, list and feed pages (FBI news blog,
blm.gov press-release lists, usda.gov blog tag pages, NRCS feature lists, a farmers.gov list of farmers' quotations,
dojnewswire.com), garbled copies of VOA texts inside code in public repositories, Wikinews talk, project and mirror
pages (no English Wikinews article page with quotations was found in the stored copies) and pages of newspapers, TV
stations and blogs found by the same searches. None of the pages used is in any set above or in another helper's
worktree (checked by URL and page id (aId=59746, seventh-individual-sentenced, 4030416, farming-economic-woes, 1ua.tv
page 412, node?page=12, place-untrained-horses, gentled-wild-horses, going-strong-after-35-years), by headline and by
the names of their speakers and phrases, such as Wang Hong, Stephen Cheng, Operation Central, Tenpas, Troy Eid, Hurt
sea turtles, Leal Barragan, Martin Villegas, Tolono, Tamara Nelsen, Farm Bureau, Chicago Board of Trade, Indiana Jones,
MentorTalks, Forever is Now, Nadine Ghaffar, Brock Quinlan, Crowheart, Fremont County Sheriff, Honor Farm, Snooky,
Salt Wells Creek, Rick Hughes, Blackshire, Shoopman, Jack Corney, Lost Creek Herd and Ross Crandall, with grep over
tests/data of the main tree and of every other helper's worktree (heldout617-623): no hit, except Zahi Hawass in an
AMALGUM Wikinews article of heldout5-en on another event, Villegas as the surname of an Army sergeant in heldout392-en
and other pages of alumni.state.gov, insidevoa.com and testbig.com in earlier sets, none of them one of these texts).
The annotation (rules H2335–H2338 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first
run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="doj-en-h624-2008-turtle-smuggling-wang-hong-sentenced",
    source="https://www.webwire.com/ViewPressRel.asp?aId=59746",
    license=PDJ, retrieved=PAGES + " (Justice Department release of 2008 on the sentence of the Chinese national Wang Hong in the sea turtle smuggling investigation of the US Fish and Wildlife Service, with Assistant Attorney General Ronald J. Tenpas and US Attorney Troy Eid, reposted on the press-release wire webwire.com (no DOJ source line in the kept text); the wire's line 'Deliver Your News to the World' dropped; headline kept as the first line; the last paragraph, 'To date, six of the seven defendants ... and Jorge Caraveo of El Paso,', cut in the stored copy, dropped; `said X, role.` before a second piece, the office after the name, a defendant spoken of (H2335); 'to insure' and curly marks as stored)",
    text='''Chinese National Sentenced to Prison in Turtle Smuggling Case
WASHINGTON – Wang Hong, a Chinese national, was sentenced today in U.S. District Court in Denver to 167 days in prison and three years of supervised release, the Justice Department announced today. Wang pleaded guilty to federal smuggling charges earlier this year in connection with his sale and shipment of endangered sea turtle shell and shell products from China to the United States.
Wang was arrested on Sept. 6, 2007, as part of a multi-year undercover investigation conducted by the U.S. Fish and Wildlife Service Branch of Special Operations. Wang had been indicted by a federal grand jury in August 2007, together with co-defendant Stephen Cheng, also of China. On Jan. 3, 2008, Wang pleaded guilty to knowingly sending four shipments of Hawksbill sea turtle shell and violin bows decorated with Hawksbill sea turtle shell, valued at a total of over $5,000, to undercover agents of the U.S. Fish and Wildlife Service working in Colorado during 2006 and 2007.
“Today’s sentence sends a strong statement that those who illegally traffic in endangered species will be punished,” said Ronald J. Tenpas, Assistant Attorney General for the Justice Department’s Environment and Natural Resources Division. “The Justice Department will continue to prosecute the illegal smuggling of protected species such as sea turtles and to insure that those who engage in such activity cannot regard the United States as a safe market for their illegal products.”
“This operation shows we mean business when it comes to protecting sea turtles,” said Troy Eid, U.S. Attorney for the District of Colorado.''',
    quotes=[
        Q('“Today’s sentence sends', 'will be punished,”', "Ronald J. Tenpas"),
        Q('“The Justice Department will continue to prosecute', 'their illegal products.”', "Ronald J. Tenpas"),
        Q('“This operation shows', 'protecting sea turtles,”', "Troy Eid"),
    ],
    aliases={"Ronald J. Tenpas": ["Ronald J. Tenpas", "Assistant Attorney General for the Justice Department’s Environment and Natural Resources Division"],
             "Troy Eid": ["Troy Eid", "U.S. Attorney for the District of Colorado"]},
),
dict(
    id="doj-en-h624-2008-seventh-individual-sentenced-sea-turtle-products",
    source="https://www.lawfuel.com/blog/seventh-individual-sentenced-for-trafficing-protected-wildlife-products/",
    license=PDJ, retrieved=PAGES + " (Justice Department release of 2008 on the sentence of the Mexican national Martin Villegas Terrones, the seventh defendant of the sea turtle smuggling investigation Operation Central, with Assistant Attorney General Ronald J. Tenpas and US Attorney Troy Eid, reposted on the legal news site lawfuel.com (no DOJ source line in the kept text); headline kept as the first line as stored ('Trafficing'); the site's name in the dateline 'WASHINGTON (LAWFUEL) –' kept as stored; the last paragraph, 'Several species of sea turtles are listed as endangered ... All seven species of s', cut in the stored copy, dropped; `said X, role.` before a second piece and a four-word quotation cued like the others (H2335); 'to insure' and curly marks as stored)",
    text='''Seventh Individual Sentenced for Trafficing Protected Wildlife Products
WASHINGTON (LAWFUEL) – Martin Villegas Terrones, a Mexican national, was sentenced to 24 months in prison for his role in an illegal smuggling operation that trafficked in protected sea turtle species, the Justice Department announced today. Along with the prison term, Villegas was sentenced to 3 years of supervised release.
Villegas pleaded guilty on March 11, 2008, to federal smuggling charges in connection with his sale and shipment of endangered sea turtle skins and skin products from Mexico to the United States.
Villegas and ten others were indicted in Denver in August 2007 following a multi-year undercover investigation named Operation Central, conducted by the U.S. Fish and Wildlife Service Branch of Special Operations. Villegas and six other defendants were arrested on Sept. 6, 2007.
“Seven arrests, seven guilty pleas, and seven prison sentences should send a message to anyone considering smuggling protected wildlife into the United States,” said Ronald J. Tenpas, Assistant Attorney General for the Environment and Natural Resources Division. “The Justice Department will continue to work with our international partners to apprehend and prosecute the illegal smuggling of protected species such as sea turtles and to insure that those who engage in such activity cannot regard the United States as a safe market for their illegal products.”
“Hurt sea turtles, do time,” said Troy Eid, U.S. Attorney for the District of Colorado.
All seven of the defendants arrested as a result of this investigation have now pleaded guilty and have been sentenced. Those include Chinese nationals Fu Yiner and Wang Hong; Mexican nationals Carlos Leal Barragan, Esteban Lopez Estrada, and Martin Villegas Terrones; Oscar Cueva of McAllen, Texas; and Jorge Caraveo of El Paso, Texas.''',
    quotes=[
        Q('“Seven arrests, seven guilty pleas', 'into the United States,”', "Ronald J. Tenpas"),
        Q('“The Justice Department will continue to work', 'their illegal products.”', "Ronald J. Tenpas"),
        Q('“Hurt sea turtles, do time,”', None, "Troy Eid"),
    ],
    aliases={"Ronald J. Tenpas": ["Ronald J. Tenpas", "Assistant Attorney General for the Environment and Natural Resources Division"],
             "Troy Eid": ["Troy Eid", "U.S. Attorney for the District of Colorado"]},
),
dict(
    id="voa-en-h624-2017-09-farmers-struggle-learning-english",
    source="https://learningenglish.voanews.com/a/farming-economic-woes/4030416.html",
    license=PDV, retrieved=PAGES + " (VOA Learning English story of September 2017 on US farmers at the Farm Progress Show in Decatur, Illinois, with the farmer Jeff Fisher and Tamara Nelsen of the Illinois Farm Bureau, adapted from the VOA News report of the same title as its video (no writer and no credit line in the stored part); the site lines 'Accessibility links' and 'Breaking News', the second headline line 'While Stock Market Soars, US Farmers Struggle' (the video title) and the lines of two video players ('please wait', 'No media source currently available', '0:00 0:03:01 0:00', '0:00 0:04:41 0:00') dropped (H2307); headline kept as the first line; the last paragraph, 'The Association of Equipment Manufacturers reported a 14 percent decrease in f', cut in the stored copy, dropped; cue-less sound bites after a sentence reporting the farmer and after a sentence presenting an official (H2336); '-- five years ago' and curly marks as stored)",
    text='''While Stock Values Rise, American Farmers Struggle
Leading measures of U.S. stocks have been setting records. Employment reports are making Americans feel good about the economy.
Yet many farmers in the United States are struggling.
Fertilizer and seed costs are rising at the same time demand and prices for crops are low. And the farmers’ economic problems are affecting others.
The Farm Progress Show is one of the largest events for farmers in the world. It is a place where manufacturers and suppliers can demonstrate their new products and equipment. Farmers go to the show to learn how they can do their work more efficiently.
This year, the show was held in Decatur, Illinois.
Farmer Jeff Fisher went there, but all he could do was look.
The Illinois farmer told VOA he does not have enough money to buy the things he would like to have on his farm. Fisher has not been able to buy new equipment since he last made a profit -- five years ago.
“We’re losing money where the cost of production of corn is higher than the price of corn on the Chicago Board of Trade and our local price.”
The U.S. Department of Agriculture reports median net farm income in 2016 was the lowest since 2009. The department predicts there will be a small increase in earnings this year.
The lack of profit has hurt more than just farmers.
Tamara Nelsen is the Senior Director of Commodities for the Illinois Farm Bureau.
“The Equipment Manufacturers Association released some pretty dismal numbers for farm equipment sales, and what that means to Caterpillar and Deere, that’s troublesome.”''',
    quotes=[
        Q('“We’re losing money', 'our local price.”', "Jeff Fisher"),
        Q('“The Equipment Manufacturers Association', 'that’s troublesome.”', "Tamara Nelsen"),
    ],
    aliases={"Jeff Fisher": ["Jeff Fisher", "Farmer Jeff Fisher", "The Illinois farmer", "Fisher"],
             "Tamara Nelsen": ["Tamara Nelsen", "the Senior Director of Commodities for the Illinois Farm Bureau"]},
),
dict(
    id="voa-en-h624-2017-09-farmers-struggle-1ua-copy",
    source="https://1ua.tv/category/world/page/412",
    license=PDC, retrieved=PAGES + " (copy of the VOA News report of September 2017 'While Stock Market Soars, US Farmers Struggle' on the farmer Jeff Fisher of Tolono, Illinois, at the Farm Progress Show in Decatur, first item of page 412 of the 'world' category of the Ukrainian news site 1ua.tv (no byline and no credit line in the kept text; `he told VOA` in it); the category line 'Category: Світ' dropped; headline kept as the first line and the subheading 'Stocks, costs up, commodity prices down' as a line; the space at the end of the paragraph 'While U.S. stock indexes ... for their products.' dropped; the last paragraph, '“The Equipment Manufacturers Association released', the start of a quotation cut in the stored copy, dropped; opening marks glued to the full stop before them, `he says, pointing to ...` and `he told VOA.` (H2336); the missing spaces after full stops ('Deere.“This', 'standards.I’m', 'VOA.“The', 'there.We’re', '2017.However'), 'show… is look' and curly marks as stored)",
    text='''While Stock Market Soars, US Farmers Struggle
The annual Farm Progress Show held every other year in Decatur, a town situated among the vast corn and soybean fields of central Illinois, is one of the largest farming exhibitions in the world, where manufacturers and suppliers show their latest and greatest products and equipment.
In some cases, it’s a starting point for farmers researching what big-ticket items are available to make their work in the fields more efficient, and easier.
But all Tolono, Illinois farmer Jeff Fisher can do at the John Deere exhibit at this year’s show… is look.
“A quarter of a million dollars list price for this planter,” he says, pointing to the large tractor behind him painted in the distinctive green and yellow colors of John Deere.“This is just a medium-size planter, and it isn’t a large planter by today’s standards.I’m interested in a planter, a notch below this planter, but the commodity prices aren’t high enough to be able to afford it.”
It’s been over five years since Fisher’s been able to afford new equipment, the last time he says he made a profit.
“The economics are tough on the farm,” he told VOA.“The profit margin isn’t there.We’re losing money where the cost of production of corn is higher than the price of corn on the Chicago Board of Trade and our local price.”
Stocks, costs up, commodity prices down
While U.S. stock indexes continue to see record-breaking gains and U.S. employment numbers are encouraging, U.S. farmers continue to struggle with high costs for fertilizer and seed at a time of low demand and low prices for their products.
The United States Department of Agriculture reports median net farm income in 2016 was the lowest since 2009, but projects a modest increase overall for 2017.However, the year-over-year hardship for many U.S. farmers has impacted more than just the agricultural industry.''',
    quotes=[
        Q('“A quarter of a million dollars', 'for this planter,”', "Jeff Fisher"),
        Q('“This is just a medium-size planter', 'to afford it.”', "Jeff Fisher"),
        Q('“The economics are tough on the farm,”', None, "Jeff Fisher"),
        Q('“The profit margin', 'our local price.”', "Jeff Fisher"),
    ],
    aliases={"Jeff Fisher": ["Jeff Fisher", "Tolono, Illinois farmer Jeff Fisher", "Fisher"]},
),
dict(
    id="state-en-h624-alumni-mentortalks-zahi-hawass",
    source="https://alumni.state.gov/node?page=12",
    license=PD, retrieved=PAGES + " (item of the State Department's exchange alumni site (Bureau of Educational and Cultural Affairs) on the archaeologist Zahi Hawass in its MentorTalks series, first item of the listing page alumni.state.gov/node?page=12 (no writer and no date in the stored part); the stored part opens with the item's first paragraph and has no headline, none added (H1818); the next item's paragraph, 'Youness M. was no stranger to exchange. So, when his professor at Hassan II University told him about the Women’s Leadership Virtual Exchange, a par', cut in the stored copy, dropped; `X says, explaining that ...`, `he said`, `X added:` and an exhibition's title in marks with its full stop inside (H2337); dashes, curly marks and the straight apostrophe in 'Art D'Égypte' as stored)",
    text='''Dr. Zahi Hawass, also known as Egypt’s Indiana Jones, joined MentorTalks to discuss his career, the importance of passion, his most important discoveries, and upcoming events.
“When I open a tomb and see for the first time a statue, it captures my heart,” Dr. Hawass says, explaining that the thrill of discovery keeps him going – and it is a feeling like none other.
“The most important thing is passion. You can study Egyptology, but if you have passion, it will make you a great archaeologist and it can take you to the top,” he said.
Dr. Hawass added: “I do not believe that I live in this world. I really believe that I’m still living in the world of the pharaohs. In my dreams, in my sleep, in my writing – when I wake up, I live with those great people who created great civilizations.”
By fully immersing himself in this passion, Dr. Hawass has built a long-standing career in archaeology, stepping into various roles including Egyptian archaeologist, Egyptologist, and former Minister of State for Antiquities Affairs.
During this MentorTalks episode, Dr. Hawass also discussed his most recent project, an upcoming art exhibition entitled, “Forever is Now.” The project is the first international art exhibition of its kind in the 4,500 year history of the Giza Pyramids.
He credits his partner, Nadine Ghaffar, in helping to come up with a name. The two words, they believe, aptly capture the essence of the project, which reflects the enduring talent for creating art that represents a merging of ancient heritage and contemporary art. The exhibition is organized by Art D'Égypte with support by the U.S. Embassy in Cairo, Egypt.
Learn more about Dr. Hawass, his career and numerous discoveries, and how cultural heritage can foster a dialogue on an international scale in this episode of MentorTalks on Facebook.''',
    quotes=[
        Q('“When I open a tomb', 'captures my heart,”', "Zahi Hawass"),
        Q('“The most important thing is passion.', 'to the top,”', "Zahi Hawass"),
        Q('“I do not believe', 'great civilizations.”', "Zahi Hawass"),
        Q('“Forever is Now.”', None, None),
    ],
    aliases={"Zahi Hawass": ["Zahi Hawass", "Dr. Zahi Hawass", "Dr. Hawass"]},
),
dict(
    id="blm-en-h624-lander-wild-horse-pasture-places-untrained-horses",
    source="https://blm.gov/press-release/blm-and-lander-wild-horse-pasture-place-untrained-horses",
    license=PD, retrieved=PAGES + " (Bureau of Land Management press release of the Lander Field Office on an adoption at the Wind River Wild Horse Public Off-Range Pasture near Lander, Wyoming, with the adopters Brock Quinlan and Mike Miller (no date and no writer in the stored part); " + DROP_BLM + "; headline kept as the first line; the last paragraph, 'The BLM, recognizing Americans' strong desire to connect', cut in the stored copy, dropped; adopters presented in a paragraph and cued in the next, and a quotation after a writer's sentence in the same paragraph (H2338); dash and curly marks as stored)",
    text='''BLM and Lander wild horse pasture place untrained horses
LANDER, Wyo. – The Bureau of Land Management and the Wind River Wild Horse Public Off-Range Pasture found homes for 11 Wyoming wild horses last weekend at an adoption and free public day near Lander. This shared commitment to place excess wild horses into private care helps the BLM maintain healthy wild horses on healthy, productive public rangelands.
The 11 untrained yearlings were made available through the BLM’s Adoption Incentive Program, which provides qualified applicants with financial assistance to care for adopted horses. To encourage more people to give a wild horse or burro a good home, the program provides up to $1,000 to adopt an untrained wild horse or burro. The goal of the program is to reduce the BLM’s recurring costs to care for wild horses and burros while helping the BLM to confront a growing over-population of wild horses and burros on public rangelands.
Brock Quinlan, a wrangler for a lodge in Colorado, came to the event because he wanted to start an untrained horse from the beginning. After training and building trust with his adopted yearling from the Stewart Creek Herd Management Area, he plans to use the horse to guide guests on the trails.
“You have to get the horses to trust you first,” said Quinlan. “If they don’t trust you they’re not going to do anything for you.”
Mike Miller from Crowheart adopted four horses—two to use for his job with the Fremont County Sheriff’s Office and two for his kids to train and ride. He plans to ride his horses on mounted patrols and eventually ride them in search and rescue operations.
Miller appreciates the monetary assistance the AIP provides. “The program basically pays for the feed for these horses,” Miller said. “I don’t know why more people don’t do this.”''',
    quotes=[
        Q('“You have to get the horses to trust you first,”', None, "Brock Quinlan"),
        Q('“If they don’t trust you', 'anything for you.”', "Brock Quinlan"),
        Q('“The program basically pays', 'for these horses,”', "Mike Miller"),
        Q('“I don’t know why', 'don’t do this.”', "Mike Miller"),
    ],
    aliases={"Brock Quinlan": ["Brock Quinlan", "a wrangler for a lodge in Colorado", "Quinlan"],
             "Mike Miller": ["Mike Miller", "Miller"]},
),
dict(
    id="blm-en-h624-honor-farm-gentled-wild-horses-find-new-homes",
    source="https://blm.gov/press-release/gentled-wild-horses-find-new-homes-blm-honor-farm-wild-horse-and-burro-adoption",
    license=PD, retrieved=PAGES + " (Bureau of Land Management press release on an adoption of wild horses gentled by inmate trainers at the Wyoming Honor Farm in Riverton, with the adopters Rick Hughes and Stephanie Blackshire (no date and no writer in the stored part); " + DROP_BLM + "; headline kept as the first line; the two 'For more information ..., visit ...' paragraphs kept; the last paragraph, 'The BLM manages more than 245 milli', cut in the stored copy, dropped; adopters presented in a paragraph and cued in the next by `said X`, horses' names and a horse's name inside a quotation (H2338); dash and curly marks as stored)",
    text='''Gentled wild horses find new homes at BLM–Honor Farm wild horse and burro adoption
RIVERTON, Wyo. – Seventeen wild horses and one wild burro found new homes last weekend after being gentled by inmate trainers at the Wyoming Honor Farm in Riverton. This successful adoption continues the BLM and Honor Farm’s shared commitment to place excess wild horses and burros into private care in order to maintain healthy animals on healthy, productive public rangelands.
About 100 potential adopters and interested onlookers gathered for the adoption. Winning bids ranged from $125 to the high bid of the day: $2,700 for Snooky, a saddle-started gray mare from the Salt Wells Creek Wild Horse Herd Management Area (HMA) south of Rock Springs. The average winning bid for the 18 adopted animals was $682.
Rick Hughes of Saratoga adopted Zane and Kelly, both from the Salt Wells Creek HMA, to take riding in the mountains. He and his family have adopted wild horses before, but these were his first Honor Farm-gentled horses.
“The mustangs are real sure-footed in the mountains and these Honor Farm horses already have a lot of riding time on them,” said Hughes.
Stephanie Blackshire of Casper adopted Faith, a saddle-started sorrel mare. Blackshire has adopted three other wild horses from the Honor Farm, which she trained to compete at the Wyoming State Fair’s Mustang Days. Blackshire won reserve champion in the professional division three years in a row with her first three Honor Farm mares.
“Faith will go camping, hunting and trail-riding along with my other adopted mares,” said Blackshire. “There’s nothing we won’t do with her.”
Two adoptions are held at the Honor Farm each year.
For more information about the BLM wild horse and burro program, visit www.blm.gov/programs/wild-horse-and-burro.
For more information about the Honor Farm, visit http://corrections.wy.gov/institutions/whf/index.html.''',
    quotes=[
        Q('“The mustangs are real sure-footed', 'riding time on them,”', "Rick Hughes"),
        Q('“Faith will go camping', 'other adopted mares,”', "Stephanie Blackshire"),
        Q('“There’s nothing we won’t do with her.”', None, "Stephanie Blackshire"),
    ],
    aliases={"Rick Hughes": ["Rick Hughes", "Hughes"],
             "Stephanie Blackshire": ["Stephanie Blackshire", "Blackshire"]},
),
dict(
    id="blm-en-h624-2023-honor-farm-partnership-35-years",
    source="https://blm.gov/press-release/blm-and-wyoming-honor-farm-partnership-going-strong-after-35-years",
    license=PD, retrieved=PAGES + " (Bureau of Land Management press release on the 35th year (since 1988, so 2023) of the partnership of the BLM and the Wyoming Department of Corrections' Wyoming Honor Farm in Riverton, with the farm manager Travis Shoopman and the adopters Jack Corney and Ross Crandall (no writer in the stored part); " + DROP_BLM + "; headline kept as the first line; the last paragraph, 'Two adoptions are held at the Honor Farm each year—the next', cut in the stored copy, dropped; a title before the name in the cue, `said X, who ...` before a second piece and `X said.` after a presenting sentence (H2338); curly marks as stored)",
    text='''BLM and Wyoming Honor Farm partnership going strong after 35 years
RIVERTON, Wyo. – The Wyoming Department of Corrections Wyoming Honor Farm and the Bureau of Land Management celebrated their 35-year partnership last weekend in Riverton with a successful wild horse and burro adoption. Since 1988, the team has placed more than 5,000 gentled animals into new homes.
Also celebrated were the personal accomplishments realized by the Honor Farm inmates who work in the wild horse training program. Inmates who are released after working in this program have a greater chance to succeed in the outside world.
“It’ll change your life to see the difference the wild horse program makes in these men’s lives every day,” said Farm Manager Travis Shoopman.
The adoption was a fitting tribute to the program as each animal was showcased by its trainer in front of a crowd of more than 200 people. Within a couple hours, 45 horses and 10 burros were adopted via competitive bid.
The high bid of the adoption was $7,500 for saddle-trained Phoenix, a 3-year-old black gelding from the Lost Creek Herd Management Area northwest of Rawlins. Phoenix’s new owners will use him for hunting trips and plan to train him to be a rope horse on their ranch in Encampment.
Jack Corney of Lander adopted an Honor Farm horse last spring and returned this year based on that positive experience.
“That horse is doing great, I had a good summer with him,” said Corney, who adopted for a second time on Saturday. “It takes a little work to get these horses where you want them, but they’re started really well.”
The burros had their share of admirers as well. All ten were adopted for prices ranging from $250 to $1,450. Ross Crandall of Pinedale adopted two burros, Zeus and Dozer.
“I’ll use them for packing during hunting season and summer trips into the Winds with the family,” Crandall said.''',
    quotes=[
        Q('“It’ll change your life', 'every day,”', "Travis Shoopman"),
        Q('“That horse is doing great', 'summer with him,”', "Jack Corney"),
        Q('“It takes a little work', 'started really well.”', "Jack Corney"),
        Q('“I’ll use them for packing', 'with the family,”', "Ross Crandall"),
    ],
    aliases={"Travis Shoopman": ["Travis Shoopman", "Farm Manager Travis Shoopman"],
             "Jack Corney": ["Jack Corney", "Corney"],
             "Ross Crandall": ["Ross Crandall", "Crandall"]},
),
]
