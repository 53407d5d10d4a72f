# Held-out English news texts (tests/data/heldout704-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): a Voice of America
# "All About America" blog report on the Elk City Rodeo of Champions (blogs.voanews.com, September 16, 2015), a VOA
# Learning English report on refugee farmers in Charlottesville, Virginia (learningenglish.voanews.com 3536878), a USDA
# Natural Resources Conservation Service story by Dee Ann Littlefield on the ranchers Gary and Sue Price (copy on
# farmandlivestockdirectory.com), a Justice Department release on the indictment of an Indian call-centre fraud ring
# (October 2016, copy on the criminal-justice-online blog), a NASA Johnson Space Center story on the High School
# Aerospace Scholars programme (copy on the aliensandspace.com forum) and four Department of the Interior news releases
# (doi.gov news archive: Secretary Kempthorne at the dedication of the Craig Thomas Discovery and Visitor Center, August
# 11, 2007, 070813a; Kempthorne's remarks to the National Congress of American Indians, October 2, 2006, 061003; his
# Cooperative Conservation Awards, April 2008, 080421; Secretary Salazar's Partners in Conservation Awards, May 7, 2009,
# 050709c, in the UNT End of Term web archive). None is credited to AP, Reuters, AFP or another third party in the kept
# text (the AP credit of the blog report's photo stands in a dropped caption). Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete
# quotation (noted in `retrieved`). Site and release lines, captions, image file lines, player lines, bylines, forum
# lines, empty lines between paragraphs and spaces at the end of a paragraph are dropped, and the hard-wrapped lines of
# the blog copy of the Justice Department release are joined (H214); a headline is kept once as the first line where
# the stored copy has one (none is added where it has none); datelines, wording, typos, dashes and quotation marks
# (straight or curly as stored, also mixed in one quotation) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H2435-H2439 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDA = "public domain (US government work, 17 U.S.C. § 105; web-archive copy)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_DOI = "the release lines ('U.S. Department of the InteriorDOI News Header', 'Office of the Secretary', 'FOR IMMEDIATE RELEASE', the date line and the contact lines) dropped (H2241)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout704-en.jsonl

Built by `build.py` from `heldout704_pages.py`. Like heldout695-en, heldout608-en, heldout607-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news texts,
works of federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not
available for any work of the United States Government"): a Voice of America "All About America" blog report of
September 16, 2015 from the VOA reporters' Route 66 road trip, on the Elk City Rodeo of Champions in Oklahoma, with the
bareback rider Will Lowe (blogs.voanews.com, slug 'heres-proof-american-cowboys-still-exist'; licence constant PDV); a
VOA Learning English report on refugee farmers of the International Rescue Committee's New Roots programme in
Charlottesville, Virginia, with Dhan Subba and Brooke Ray (learningenglish.voanews.com 3536878; PDV); a USDA Natural
Resources Conservation Service story by Dee Ann Littlefield ('By Dee Ann Littlefield | USDA Natural Resources Conservation
Service' in the stored copy) on the Blooming Grove, Texas ranchers Gary and Sue Price, reposted on
farmandlivestockdirectory.com (page 39502/15871, slug 'conference-to-spur-innovation-in-ranching-industry'; PDC); a
Justice Department release of October 2016 on the indictment of 61 individuals and entities behind an Indian call-centre
impersonation and telefraud scheme, with Assistant Attorney General Leslie R. Caldwell, reposted on the blog
criminal-justice-online.blogspot.com (2016/10, slug 'dozens-of-individuals-indicted-in'; PDC, as the CBP releases of
heldout52-en on the same blog); a NASA Johnson Space Center story on the High School Aerospace Scholars programme, with
Jessica Cordero and Neel Narayan, reposted in full on the aliensandspace.com forum (topic 16288; PDC, as the NASA Goddard
story of heldout128-en on the same forum); and four Department of the Interior news releases: Secretary Dirk Kempthorne
at the dedication of the Craig Thomas Discovery and Visitor Center in Grand Teton National Park (August 11, 2007;
doi.gov/news/archive/07_News_Releases/070813a.html), Kempthorne's remarks to the National Congress of American Indians
(October 2, 2006; doi.gov/news/archive/06_News_Releases/061003.html), his Cooperative Conservation Awards (April 2008;
doi.gov/news/archive/08_News_Releases/080421.html) and Secretary Ken Salazar's Partners in Conservation Awards (May 7,
2009; doi.gov/news/09_News_Releases/050709c.html in the UNT Libraries' End of Term web archive, licence constant PDA).
Reuse terms relied on: the public-domain status of works of the US government; VOA's own feeds restate it for VOA's
staff work ("Voice of America content is produced by the Voice of America, a United States federal
government-sponsored entity, and is in the public domain"); copies on other sites and in a web archive carry the federal
text and add no rights of their own, and the copying sites' own lines are dropped. Licence caveats: the NRCS copy names
the writer and the agency in its credit line but is taken from a farm directory site whose fidelity to the NRCS original
the stored copy cannot show; the Justice Department release is taken as the department's by its wording (the officials
who made the announcement, `the Justice Department's commitment`), as the blog's other reposts of federal releases, and
the blog adds no credit line in the kept text; the NASA story is taken from a forum that reposts NASA's feed (the forum
lines name `NASA` as publisher), and the Johnson Space Center is a NASA centre staffed by federal employees (no Jet
Propulsion Laboratory or contractor byline in the kept text); the VOA blog report's photo is an AP photo, credited in a
caption that is dropped, the text being VOA's; the texts quote private people (a rodeo rider, refugee farmers, a
non-profit's manager, a rancher, a former student) inside the public-domain texts. None is credited to AP, Reuters, AFP
or another third party in the kept text. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and a paragraph cut in the stored copy is dropped, noted per page: the rodeo report's 'There’s a
small device attached to the horse that the rider holds onto with one hand, but'; the refugee report's 'As part of its
New Roots program'; the NRCS story's 'The financial assistance they receive ... such as cover crops,'; the Justice
Department release's '“This indictment will serve to not only seek the conviction ... pervasive tr' (a quotation of
another official, dropped with the cut); the NASA story's 'Before participating in the program, Narayan had a narrow
view ... behind a computer'; the Craig Thomas release's 'The new visitor center was named ... The Center is a colla';
the Indian Country release's 'Kempthorne introduced Carl Artman, the Administration’s nominee for Assistant Secretary
of Interior for Indian Af'; the Cooperative Conservation release's list of the 21 awards ('The list of 21 award-winning
partnerships follows:', 'List of Partnership Awards:' and the list items, the sixth cut), dropped as a list with its
lead-in; the Partners in Conservation release's 'The projects recognized today range from ... to stu'. Site lines
('Accessibility links', 'Breaking News', the player lines 'please wait', 'No media source currently available',
'0:00 0:05:05 0:00'), photo captions (the rodeo report's caption 'A cowboy waits to enter the arena ... (AP Photo)',
stored twice; the refugee report's 'Refugee farmer Dhan Subba sells the vegetables that he grows. (VOA)', stored twice;
the Craig Thomas release's 'From left to right, Grand Teton National Park Superintendent Mary Gibson Scott, ...', stored
twice; the NASA story's image file line 'neel-has.jpeg?w=2048' and caption 'Neel Narayan at NASA’s High School Aerospace
Scholars (HAS) 20th anniversary ceremony.'), the image text 'Rt 66 - graphic' run into the start of the rodeo report's
note on the road trip, the NRCS copy's byline line, the forum lines ('Jump to content', 'Recommended Posts', '•
Publishers', 'Posted'), the release lines of the Interior releases ('U.S. Department of the InteriorDOI News Header',
'Office of the Secretary', 'FOR IMMEDIATE RELEASE', the date and contact lines; in the archive copy 'U.S. Department of
the InteriorOffice of the Secretary - U.S. Department of the Interior - www.doi.gov - News Release', 'Date: May 7,
2009', 'Contact: Joan Moody', '(202) 208-6416'), the empty lines between paragraphs and spaces at the end of a line were
dropped; the hard-wrapped lines of the blog copy of the Justice Department release were joined with a space, a
paragraph beginning where a line closes a sentence and the next opens a new one (H214); headlines are kept once as the
first line where the stored copy has one (the rodeo report, the NRCS story, the Justice Department release and the
Cooperative Conservation release have none in the stored copy and get none, H1818), the NASA story's subheading 'Meet
Former HAS Student Neel Narayan' is kept as a line; wording and typos ('$250 million dollars', 'day- to- day', 'the
Price’s land', 'communities,”said', 'our nation– and', 'shared challenges.” the Secretary said'), dashes and quotation
marks (straight or curly as stored, also a curly opening mark closed by a straight one) are as stored. Pages read but
left out: stories already in earlier sets (VOA reports on the Moore tornado, on graduation caps in Baltimore, on the
Immigrant Food restaurant and on Fort Wayne beekeepers; Justice Department releases on turtle smuggling and on Kang
Juntao; the Interior release on the National Park Centennial projects of April 2008; Marshall Star and STS-129 copies;
an EPA brownfields release of 2010), pages whose stored part keeps fewer than two complete quotations (the VOA Learning
English rodeo report, whose second quotation is cut, a VOA editorial on sea turtles, a Justice Department blog post on
Operation Central, an Interior release on the 90th anniversary of the National Park Service), texts of uncertain
federal authorship (a cattlenetwork.com version of the NRCS story without credit, an agupdate.com opinion piece, a JPL
story), list, newsletter and transcript pages, and pages of newspapers, TV stations and blogs found by the same
searches. None of the pages used is in any set above or in another helper's worktree (checked by URL, slug and page id
(heres-proof-american-cowboys-still-exist, 3536878, farmandlivestockdirectory, dozens-of-individuals-indicted-in,
topic 16288, 070813a, 061003, 080421, 050709c), by headline and by the names of their speakers and phrases, such as Will
Lowe, bareback bronc, Dhan Subba, Brooke Ray, Dee Ann Littlefield, Blooming Grove, Richland Chambers, 61 individuals,
Kenneth Magidson, telefraud, Jessica Cordero, Neel Narayan, Craig Thomas Discovery, tough as nails, Jim Cason, Carl
Artman, Cooperative Conservation Award, Coast Salish and 'honoring those who achieve', with grep over tests/data of the
main tree and of every other helper's worktree (heldout697-703): no hit, except Caty Weaver, a VOA writer named in
another report's byline (heldout198-en), Charlottesville, Sacramento and Ken Salazar in unrelated texts, another
Partners in Conservation release (2012, heldout390-en), the contact Joan Moody of other Interior releases, and other
pages of the criminal-justice-online blog and of aliensandspace.com). The annotation (rules H2435–H2439 in
`ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h704-2015-09-16-elk-city-rodeo-blog",
    source="https://blogs.voanews.com/all-about-america/2015/09/16/heres-proof-american-cowboys-still-exist/",
    license=PDV, retrieved=PAGES + " (VOA 'All About America' blog report of September 16, 2015 from the VOA reporters' Route 66 road trip, on the Elk City Rodeo of Champions, with the bareback rider Will Lowe of Texas; no headline in the stored copy, none added (H1818); the photo caption 'A cowboy waits to enter the arena for the calf roping competition at the International Finals Youth Rodeo, in Shawnee, Oklahoma, July 10, 2015. (AP Photo)', stored twice, dropped, and the image text 'Rt 66 - graphic' run into the start of the note on the road trip dropped, the note kept as a paragraph (H2439); the last paragraph, 'There’s a small device attached to the horse that the rider holds onto with one hand, but', cut in the stored copy, dropped; a long role after the name in an inverted cue; '$250 million dollars' and curly marks as stored)",
    text='''Cowboy traditions and culture are rooted in the West and nowhere is that more apparent than at rodeos, hugely popular sporting events where horseback riding, livestock animals and fancy rope skills are on display. Thousands of cowboys and cowgirls compete to see who has the best rodeo skills.
VOA reporters Caty Weaver, Ashley Thompson and Adam Brock are taking a cross-country road trip across America along Route 66. This is one of their reports from the road.
Rodeos are big business for the states where they take place; the competitions bring in about $250 million dollars of revenue each year.
The Elk City Rodeo of Champions began entertaining crowds 77 years ago. The three-day event is the third-largest rodeo in Oklahoma, drawing about 14,000 people each September. About 300 people compete in the events.
The action at the Elk City Rodeo begins with a daring skydiver who floats into the middle of the outdoor arena with a huge U.S. flag. Then the crowd stands for an a capella version of the National Anthem.
The competition kicks off with bareback bronc riding. A bronc is a horse that bucks and kicks high in an attempt to throw off its rider.
“It’s just a wild horse, one that’s never been broke and is getting to play and do what it really wants to do,” said Will Lowe, a rodeo competitor from Texas who has won three world championships and hopes to compete for his fourth in December. “You really want them to jump real high in the front end and you want them to extend their back feet all the way. You want them to try to buck you off.”''',
    quotes=[
        Q('“It’s just a wild horse', 'wants to do,”', "Will Lowe"),
        Q('“You really want them', 'buck you off.”', "Will Lowe"),
    ],
    aliases={"Will Lowe": ["Will Lowe", "a rodeo competitor from Texas"]},
),
dict(
    id="voa-en-h704-learning-english-refugee-farmers-charlottesville",
    source="https://learningenglish.voanews.com/a/refugees-bring-farming-skills-to-us-communities/3536878.html",
    license=PDV, retrieved=PAGES + " (VOA Learning English report on refugee farmers of the International Rescue Committee's New Roots programme in Charlottesville, Virginia, with the Bhutanese refugee Dhan Subba and the programme manager Brooke Ray (no date or byline in the stored copy); the site lines 'Accessibility links' and 'Breaking News', the photo caption 'Refugee farmer Dhan Subba sells the vegetables that he grows. (VOA)', stored twice, and the player lines 'please wait', 'No media source currently available', '0:00 0:05:05 0:00' dropped; headline kept as the first line; the last paragraph, 'As part of its New Roots program', cut in the stored copy, dropped; `he said` after a presenting paragraph and a cue-less quotation paragraph after `She told VOA News that ...` (H591, H2439); curly marks as stored)",
    text='''Refugees Bring Farming Skills to American Communities
A non-profit aid group estimates more than half of the refugees who are resettled in the U.S. each year come from agricultural backgrounds. These refugees bring valuable farming skills as they rebuild their lives in their new communities.
VOA News spoke with some of the refugee farmers who are planting new roots in Charlottesville, Virginia.
Dhan Subba is a farmer and refugee from Bhutan. During the growing season, he and others clean and sort the variety of vegetables that they harvest.
“I like to work on the farm because I can grow my own food and eat healthily,” he said.
Subba lived in a refugee camp in Nepal for 18 years before the U.S. resettled him six years ago. He is glad that he can use the farming skills that he learned in Nepal.
Subba and other refugees from all over the world are joining the New Roots program of the non-profit International Rescue Committee, or IRC. The program uses empty lots in cities for farming.
The New Roots program began 10 years ago in San Diego, California. It has since spread to more than 20 cities across the country, including Charlottesville, Virginia.
Brooke Ray is the New Roots manager in Charlottesville. She told VOA News that the program offers many opportunities.
“New Roots really has a lot of different parts. First and foremost, it’s a chance for people to use the skills that they’ve already had in gardening and farming. But it’s also a chance for people to meet their neighbors and interact with the community and bring home healthy food.”
These farmers grow many kinds of produce. Some of this produce is common in their home countries, but not familiar to the American market.''',
    quotes=[
        Q('“I like to work on the farm', 'eat healthily,”', "Dhan Subba"),
        Q('“New Roots really has', 'bring home healthy food.”', "Brooke Ray"),
    ],
    aliases={"Dhan Subba": ["Dhan Subba", "Subba"],
             "Brooke Ray": ["Brooke Ray"]},
),
dict(
    id="usda-nrcs-en-h704-77-ranch-gary-sue-price",
    source="http://farmandlivestockdirectory.com/39502/15871/conference-to-spur-innovation-in-ranching-industry",
    license=PDC, retrieved=PAGES + " (USDA Natural Resources Conservation Service story by Dee Ann Littlefield on the Blooming Grove, Texas ranchers Gary and Sue Price, reposted on farmandlivestockdirectory.com; the byline line 'By Dee Ann Littlefield | USDA Natural Resources Conservation Service', the ground for taking the text as the agency's, dropped; no headline in the stored copy, none added (H1818); the space at the end of the paragraph '... through Miller Coors.' dropped; the last paragraph, 'The financial assistance they receive helps offset ... They have utilized conservation practices such as cover crops,', cut in the stored copy, dropped; a speaker named with his wife under one surname and cued by his first name, and a programme's name in marks (H2439); 'day- to- day', 'the Price’s land' and curly marks as stored)",
    text='''When most people think about innovators, they think about technological advances in the industrial sector. The ranching industry has a group of innovators that are making headlines. This group of people are out in front making changes in their day- to- day operations, introducing new ranching methods and procedures and creating new ways to do business.
One such example is Blooming Grove, Texas ranchers Gary and Sue Price. These stewardship-award winning ranchers are making history for the way they are guiding ranch management into the future.
What are they doing that is turning the heads of conservation professionals across the country? They raise highly sought after beef, and their lush pastures are postcard worthy, but they have still another focus at the center of their operation.
“It all boils down to water,” Gary says. “How we manage the rainwater we receive is the key to everything we do. We can’t just pray for rain and everything will be fine; we have to be ready to receive the rain we do get. If we plan right, that rain will grow grass, water livestock and we won’t lose any of it before it has served its purpose on this ranch. Our water ends up being drinking water downstream in Livingston or in Richland Chambers Lake to be piped back to Fort Worth.”
The Prices have enrolled portions of their land into conservation programs offered through the USDA Natural Resources Conservation Service (NRCS), Sand County Foundation’s “Water as a Crop” program, Tarrant Regional Water District’s conservation incentive program, as well as a stewardship program through Miller Coors.''',
    quotes=[
        Q('“It all boils down to water,”', None, "Gary"),
        Q('“How we manage the rainwater', 'back to Fort Worth.”', "Gary"),
        Q('“Water as a Crop”', None, None),
    ],
    aliases={"Gary": ["Gary"]},
),
dict(
    id="doj-en-h704-2016-10-indian-call-center-indictment",
    source="https://criminal-justice-online.blogspot.com/2016/10/dozens-of-individuals-indicted-in.html",
    license=PDC, retrieved=PAGES + " (Justice Department release of October 2016 on the indictment of 61 individuals and entities behind an Indian call-centre impersonation and telefraud scheme, reposted on the blog criminal-justice-online.blogspot.com; the stored copy starts with the first paragraph, without headline, none added (H1818); its hard-wrapped lines are joined with a space and a paragraph begins where a line closes a sentence and the next opens a new one (H214); the last paragraph, '“This indictment will serve to not only seek the conviction of those involved, but will send a message around the world that no one is safe from prosecution for participating in such pervasive tr', a quotation of another official cut in the stored copy, dropped; five officials named as making the announcement and a cue glued to the closing mark (`communities,”said Assistant Attorney General Caldwell.`) (H2435); curly marks as stored)",
    text='''Today, an indictment was unsealed charging a total of 61 individuals and entities for their alleged involvement in a transnational criminal organization that has victimized tens of thousands of persons in the United States through fraudulent schemes that have resulted in hundreds of millions of dollars in losses. In connection with the scheme, 20 individuals were arrested today in the United States and 32 individuals and five call centers in India were charged for their alleged involvement. An additional U.S.-based defendant is currently in the custody of immigration authorities.
Assistant Attorney General Leslie R. Caldwell of the Justice Department’s Criminal Division, U.S. Attorney Kenneth Magidson of the Southern District of Texas, Executive Associate Director Peter T. Edge of U.S. Immigration and Customs Enforcement’s Homeland Security Investigations (HSI), Inspector General J. Russell George of the U.S. Treasury Inspector General for Tax Administration (TIGTA) and Inspector General John Roth of the U.S. Department of Homeland Security Office of Inspector General (DHS OIG) made the announcement today.
“The indictment we unsealed and the arrests we made today demonstrate the Justice Department’s commitment to identifying and prosecuting the individuals behind these impersonation and telefraud schemes, who seek to profit by exploiting some of the most vulnerable members of our communities,”said Assistant Attorney General Caldwell. “This is a transnational problem, and demonstrates that modern criminals target Americans both from inside our borders and from abroad. Only by working tirelessly to gather evidence, build cases and working closely with foreign law enforcement partners to ensure there are no safe havens can we effectively address these threats.”''',
    quotes=[
        Q('“The indictment we unsealed', 'members of our communities,”', "Leslie R. Caldwell"),
        Q('“This is a transnational problem', 'address these threats.”', "Leslie R. Caldwell"),
    ],
    aliases={"Leslie R. Caldwell": ["Leslie R. Caldwell", "Assistant Attorney General Leslie R. Caldwell",
                                    "Assistant Attorney General Caldwell"]},
),
dict(
    id="nasa-en-h704-high-school-aerospace-scholars",
    source="https://aliensandspace.com/topic/16288-high-school-aerospace-scholars-propel-stem-leaders-forward%C2%A0",
    license=PDC, retrieved=PAGES + " (NASA Johnson Space Center story on the High School Aerospace Scholars (HAS) programme, with the former programme manager Jessica Cordero and the former student Neel Narayan, reposted in full on the aliensandspace.com forum; the forum lines 'Jump to content', 'Recommended Posts', '• Publishers' and 'Posted' dropped; headline kept as the first line and the subheading 'Meet Former HAS Student Neel Narayan' as a line, spaces at their ends and at the ends of paragraphs dropped; the image file line 'neel-has.jpeg?w=2048' and the caption 'Neel Narayan at NASA’s High School Aerospace Scholars (HAS) 20th anniversary ceremony.' dropped; the last paragraph, 'Before participating in the program, Narayan had a narrow view of what a STEM career entailed: long equations and solitary hours behind a computer', cut in the stored copy, dropped; a colon introduction followed by a quotation with its own `she said`, and `he said` in the paragraph that names him (H2439); curly marks and the dash in 'Generation—we' as stored)",
    text='''High School Aerospace Scholars Propel STEM Leaders Forward
NASA’s Office of STEM Engagement at Johnson Space Center in Houston offers students a unique gateway to opportunity through the High School Aerospace Scholars (HAS) program. The initiative provides Texas juniors with hands-on experience in space exploration, working on projects ranging from rocket building to problem-solving in collaborative teams.
The stories of HAS alumni highlight the program’s impact, showcasing how it has opened doors to diverse careers in STEM and inspired graduates to empower others.
Johnson Community Engagement Lead Jessica Cordero, who served as the manager of the HAS program from 2018 to 2021, reflected on her time with the students:
“I had the privilege of working with so many incredible students who brought imagination and determination to their dreams,” she said. “During HAS, they connected with peers who shared their passion for NASA and STEM, and by the time they completed the program, they had a clear vision of the degrees they would pursue in college. These students are the Artemis Generation—we are in great hands!”
Meet Former HAS Student Neel Narayan
For Neel Narayan, NASA’s HAS program was a transformative experience that reshaped his understanding of space exploration and his place within it.
Through his time in the program, Narayan learned to navigate complex challenges with confidence. “My experience working with difficult information at HAS, combined with having mentors explain the unknown, taught me to be okay with confusion and comfortable with solving hard problems,” he said. “That’s what STEM is all about.”''',
    quotes=[
        Q('“I had the privilege', 'to their dreams,”', "Jessica Cordero"),
        Q('“During HAS, they connected', 'in great hands!”', "Jessica Cordero"),
        Q('“My experience working', 'solving hard problems,”', "Neel Narayan"),
        Q('“That’s what STEM is all about.”', None, "Neel Narayan"),
    ],
    aliases={"Jessica Cordero": ["Jessica Cordero", "Johnson Community Engagement Lead Jessica Cordero"],
             "Neel Narayan": ["Neel Narayan", "Narayan"]},
),
dict(
    id="doi-en-h704-2007-08-11-craig-thomas-visitor-center",
    source="https://www.doi.gov/news/archive/07_News_Releases/070813a.html",
    license=PD, retrieved=PAGES + " (Department of the Interior news release of August 11, 2007 on Secretary Dirk Kempthorne at the dedication of the Craig Thomas Discovery and Visitor Center in Grand Teton National Park; " + DROP_DOI + "; headline kept as the first line; the photo caption 'From left to right, Grand Teton National Park Superintendent Mary Gibson Scott, Interior Secretary Dirk Kempthorne and Vice President Dick Cheney at the dedication ...', stored twice, dropped; the last paragraph, 'The new visitor center was named for the late Senator Thomas by an act of Congress ... The Center is a colla', cut in the stored copy, dropped; a quotation opened by a curly and closed by a straight mark, a second piece left open at the end of its paragraph and a cue-less paragraph opened by a straight mark (H2437); marks as stored)",
    text='''Secretary Kempthorne Helps Dedicate New Craig Thomas Discovery and Visitor Center at Grand Teton National Park
MOOSE, WY – Secretary of the Interior Dirk Kempthorne today helped formally dedicate the new Craig Thomas Discovery and Visitor Center in Grand Teton National Park. Kempthorne joined Vice President Dick Cheney, National Park Service Director Mary Bomar, U.S. Senator Mike Enzi, and Grand Teton National Park Superintendent Mary Gibson Scott, and Susan Thomas, the wife of the late Senator Craig Thomas, for the ceremony.
“Today we celebrate the memory of a remarkable man, Sen. Craig Thomas, the passionate partnership that built this visitor center, and the national parks that inspire us all," Kempthorne said. “Craig Thomas was a United States Marine, a man tough as nails, yet was a perfect gentleman. He loved America the beautiful, especially the national parks here in Wyoming.
"I knew Craig Thomas when I was in the United States Senate and I treasured his friendship and his counsel, both as a senator and when I became Secretary of the Interior. To Susan Thomas and all the members of the Thomas family, I and a grateful nation and all of Wyoming honor your husband, father and grandfather. Thank you for sharing him with us."''',
    quotes=[
        Q('“Today we celebrate the memory', 'inspire us all,"', "Dirk Kempthorne"),
        Q('“Craig Thomas was a United States Marine', 'here in Wyoming.', "Dirk Kempthorne"),
        Q('"I knew Craig Thomas', 'sharing him with us."', "Dirk Kempthorne"),
    ],
    aliases={"Dirk Kempthorne": ["Dirk Kempthorne", "Secretary of the Interior Dirk Kempthorne", "Kempthorne"]},
),
dict(
    id="doi-en-h704-2006-10-02-kempthorne-ncai-indian-country",
    source="http://www.doi.gov/news/archive/06_News_Releases/061003.html",
    license=PD, retrieved=PAGES + " (Department of the Interior news release of October 2, 2006 on Secretary Dirk Kempthorne's remarks to the National Congress of American Indians in Sacramento; the release lines 'U.S. Department of the InteriorDOI News Header', 'Office of the Secretary', 'October 2, 2006', 'Contacts:' and 'Frank Quimby, 202-208-7291' dropped (H2241); headline kept as the first line; the line break without an empty line before 'He noted his work ...' kept as a paragraph break; the last paragraph, 'Kempthorne introduced Carl Artman, the Administration’s nominee for Assistant Secretary of Interior for Indian Af', cut in the stored copy, dropped; the same release is also stored under doi.gov/sites/default/files/archive/news/archive/06_News_Releases/061003.html; `Kempthorne told more than 2,500 delegates` and a colleague named by first name inside the quotation (H2438); curly marks as stored)",
    text='''Kempthorne Pledges Active Agenda for Indian Country Economic and Social Development
WASHINGTON, D.C. – Interior Secretary Dirk Kempthorne today told American Indian and Native Alaskan leaders that his administration is committed to working with their governments to increase educational and economic opportunities in Indian Country and to promote stronger government-to-government relations.
In remarks to the National Congress of American Indians in Sacramento, Calif., Kempthorne noted his experience working with tribal communities in Idaho and the Northwest and stressed the importance of listening closely to tribal leaders and his commitment to actively shape a more effective system for supporting tribal governments in their social, commercial and political development.
“As Secretary, I will continue to listen and to act in the best interests of Indian Country,” Kempthorne told more than 2,500 delegates to the conference. “My goal is to bring the spirit of partnership we had in Idaho to the national level.”
He noted his work with Nez Perce, Coeur d’Alene and other tribal leaders on water rights, fish and wildlife restoration and economic development in the Columbia River Basin.
Kempthorne said his Interior team is making progress in resolving the Cobell case, thanking Jim Cason, Interior’s Associate Deputy Secretary, who has been serving as Assistant Secretary for Indian Affairs for 18 months. “Currently, Jim is helping me as I work with the U.S. Attorney General, the Secretary of the Treasury, the Office of Management and Budget and key congressional leaders, such as Senators McCain and Dorgan, to find a mutually acceptable resolution to Cobell litigation that will be fair, full, and final,” Kempthorne said.''',
    quotes=[
        Q('“As Secretary, I will continue', 'interests of Indian Country,”', "Dirk Kempthorne"),
        Q('“My goal is to bring', 'to the national level.”', "Dirk Kempthorne"),
        Q('“Currently, Jim is helping me', 'fair, full, and final,”', "Dirk Kempthorne"),
    ],
    aliases={"Dirk Kempthorne": ["Dirk Kempthorne", "Interior Secretary Dirk Kempthorne", "Kempthorne"]},
),
dict(
    id="doi-en-h704-2008-04-kempthorne-cooperative-conservation-awards",
    source="https://doi.gov/news/archive/08_News_Releases/080421.html",
    license=PD, retrieved=PAGES + " (Department of the Interior news release of April 2008 on Secretary Dirk Kempthorne's presentation of the Cooperative Conservation Award to 21 partnerships; the stored copy starts with the dateline paragraph, without headline or release lines, none added (H1818); the list that follows the last kept paragraph ('The list of 21 award-winning partnerships follows:', 'List of Partnership Awards:' and the items '- Great Northern Environmental Stewardship Area (Montana)' ... '- Mark A. Benedict, The Conservation Fund (posthumous) (West Virginia)', the sixth item '- East Bay Wetland and Water Qu' cut in the stored copy) dropped with its lead-in line, the text ending on the last paragraph of prose; a phrase of the Secretary's in marks in the lead, repeated in a later quotation, and `the Secretary told the crowd` (H2438); straight marks and straight apostrophes as stored)",
    text='''WASHINGTON, D.C. – Secretary of the Interior Dirk Kempthorne today presented the Department of the Interior's Cooperative Conservation Award to 21 finalists at an event that marked "a fitting start to a week of Earth Day activities" in the nation's capital.
Presented at a ceremony at the Department of the Interior's main building in Washington, the 21 awards recognized the work of more than 700 groups and individuals who achieved excellence in conservation through collaboration and partnerships.
"These outstanding partnerships and cooperative efforts represent a fundamental way in which our Department provides stewardship for America with integrity and excellence," Secretary Kempthorne said. "They embody a broad spectrum of conservation work from restoring wetlands, rangelands and mine lands to protecting wildlife, conserving water and fighting invasive species to teaching conservation values to the next generation."
The Department of the Interior's Cooperative Conservation Award program recognizes conservation achievements resulting from the cooperation and participation of individual landowners, citizen groups, private sector, nongovernmental organizations, and federal, state, local, and/or tribal governments.
"This is a fitting start to a week of Earth Day activities," the Secretary told the crowd at the main Interior auditorium. "If anyone were to ask me why America is the world leader in conservation of natural resources, I would simply point to the people in this auditorium. You are the spirit and you are the hands of cooperative conservation."''',
    quotes=[
        Q('"a fitting start to a week of Earth Day activities"', None, "Dirk Kempthorne"),
        Q('"These outstanding partnerships', 'integrity and excellence,"', "Dirk Kempthorne"),
        Q('"They embody a broad spectrum', 'to the next generation."', "Dirk Kempthorne"),
        Q('"This is a fitting start to a week of Earth Day activities,"', None, "Dirk Kempthorne"),
        Q('"If anyone were to ask me', 'of cooperative conservation."', "Dirk Kempthorne"),
    ],
    aliases={"Dirk Kempthorne": ["Dirk Kempthorne", "Secretary of the Interior Dirk Kempthorne",
                                 "Secretary Kempthorne", "the Secretary"]},
),
dict(
    id="doi-en-h704-2009-05-07-salazar-partners-in-conservation-awards",
    source="https://webarchive.library.unt.edu/eot2008/20090825052734/http:/www.doi.gov/news/09_News_Releases/050709c.html",
    license=PDA, retrieved=PAGES + " (Department of the Interior news release of May 7, 2009 on Secretary Ken Salazar's Partners in Conservation Awards, as archived by the UNT End of Term web archive; the release lines 'U.S. Department of the InteriorOffice of the Secretary - U.S. Department of the Interior - www.doi.gov - News Release', 'Date: May 7, 2009', 'Contact: Joan Moody' and '(202) 208-6416' dropped (H2241); headline kept as the first line; the last paragraph, 'The projects recognized today range from a U.S. Geological Survey partnership with the Coast Salish Nation of the Pacific Northwest to stu', cut in the stored copy, dropped; the awards' stated purpose in marks after their name, `noted` as a verb of saying, a full stop before an inverted cue and `the Secretary` for the named Secretary (H2436); 'our nation– and' and curly marks as stored)",
    text='''Secretary Salazar Presents Partners in Conservation Awards
WASHINGTON, D.C. – Secretary of the Interior Ken Salazar today presented the Partners in Conservation Awards “honoring those who achieve natural resource goals in collaboration and partnership with others” to 26 groups and individuals at a ceremony at Interior headquarters in Washington, D.C. “These awards recognize the dedicated efforts of 600 individuals and organizations from all walks of life, from across our nation– and from across our borders with Canada and Mexico,” Salazar noted. “They celebrate partnerships that conserve and restore our nation’s treasured landscapes and watersheds, partnerships that engage Native American communities, and partnerships that engage youth.”
The Secretary’s Partners in Conservation Awards recognize conservation achievements resulting from the cooperation and participation of individual landowners; citizens’ groups; private sector and nongovernmental organizations; and federal, state, local, and/or tribal governments. “The Partners in Conservation Awards demonstrate that our greatest conservation legacies often emerge when stakeholders, agencies, and citizens from a wide range of backgrounds come together to address shared challenges.” the Secretary said. “The lands, waters, and resources that the Department of the Interior manages belong to all Americans and we all must be partners in their stewardship.”
“Today, we celebrate your accomplishments and ask you to join us in a new era of conservation, an era that I hope will rival those of Theodore Roosevelt, Franklin Roosevelt and John F. Kennedy,” the Secretary told participants.''',
    quotes=[
        Q('“honoring those who achieve', 'partnership with others”', None),
        Q('“These awards recognize', 'Canada and Mexico,”', "Ken Salazar"),
        Q('“They celebrate partnerships', 'that engage youth.”', "Ken Salazar"),
        Q('“The Partners in Conservation Awards demonstrate', 'address shared challenges.”', "Ken Salazar"),
        Q('“The lands, waters, and resources', 'in their stewardship.”', "Ken Salazar"),
        Q('“Today, we celebrate your accomplishments', 'John F. Kennedy,”', "Ken Salazar"),
    ],
    aliases={"Ken Salazar": ["Ken Salazar", "Secretary of the Interior Ken Salazar", "Salazar", "the Secretary"]},
),
]
