# Held-out English news texts (tests/data/heldout452-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105) on
# topics the earlier VOA sets hardly cover: three scripts of VOA's television programme 'This Week' as kept in the
# govdocs1 corpus of US government web pages (Rio de Janeiro's Carnival of 2000, govdocs1 450196; the Mongolian winter
# disaster, govdocs1 421234; a family rodeo in Maryland by Tim Wardner, govdocs1 831647), a VOA News report by Mike
# O'Sullivan of April 2007 on a student robot competition in Los Angeles (voanews.com 554446), a VOA News report by
# Claudia Blume of June 2007 on declining fish stocks in Asia (voanews.com 560366), an undated VOA News report on Habitat
# for Humanity volunteers in Washington (voanews.com/usa), a VOA Learning English story of January 2016 on underreported
# fish catches (learningenglish.voanews.com 3154854) and an insidevoa.com item of January 2016 on VOA's live interview
# with the International Space Station (insidevoa.com 3166496). None is credited to AP, Reuters, AFP or another third
# party in the kept text (an AP photo credit sat only in a dropped caption). Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines and
# navigation menus, 'Accessibility links' and 'Breaking News', photo captions, media player lines and a byline after a
# headline are dropped; the scripts' section and speaker labels are kept as lines as stored; a headline is kept as the
# first line where the stored copy has one (none is added where it has none); wording, typos, capitals and quotation
# marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H2105-H2110 in ANNOTATION.md on top of H1-H2104).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDG = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA page in the govdocs1 corpus of US government web pages, corpora.tika.apache.org)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout452-en.jsonl

Built by `build.py` from `heldout452_pages.py`. Like the VOA sets above (heldout440-en, heldout435-en, heldout429-en,
heldout424-en and others; pages kept in the govdocs1 corpus with a constant of their own as in heldout131-en,
heldout151-en and heldout371-en), these texts are Voice of America texts, US government works in the public domain under
17 U.S.C. § 105 ("Copyright protection under this title is not available for any work of the United States
Government"), taken from stored web pages (the `pages` search corpus). Reuse terms relied on: that public-domain status of
VOA's own staff work, which VOA's feeds restate ("Voice of America content is produced by the Voice of America, a United
States federal government-sponsored entity, and is in the public domain"); the govdocs1 corpus (corpora.tika.apache.org)
is a research collection of pages crawled from US government web sites and adds no rights of its own (licence constant
PDG). Texts credited to AP, Reuters, AFP or another third party were excluded; the Learning English story carries an AP
photo credit only in its photo caption, which is dropped, and its quotations come from an interview given to VOA. The
texts, chosen for topics little used in the recent VOA sets (culture, technology, the environment, space, housing,
Asia and Latin America): three scripts of VOA's television programme 'This Week' as kept in the govdocs1 corpus (pages of
VOA's English web site of about 2000-2005, undated in the stored copies): 'CARNIVAL' on Rio de Janeiro's Carnival of the
year of Brazil's 500th anniversary (2000), with the samba scholar Felipe Ferreira and the Unidos da Tijuca artist Chico
Espinosa (govdocs1 450196); 'MONGOLIAN WINTER' by Leta Hong Fincher on the dzud that killed Mongolian herders' animals,
with the herder Darimaa (govdocs1 421234); 'All In The Family' by Tim Wardner on a backyard rodeo in Frederick County,
Maryland, with Johnny Williams (govdocs1 831647); a VOA News report by Mike O'Sullivan of April 11, 2007 on a FIRST robot
competition in Los Angeles, with Paul Gudonis, Leila Zheng, Adam Hurd and Alice Gray (voanews.com 554446); a VOA News
report by Claudia Blume of June 18, 2007 on declining fish stocks in Asia, with Andy Cornish of the World-wild Fund for
Nature (as stored) and Stephen Hall of the WorldFish Center (voanews.com 560366); an undated VOA News report on Habitat
for Humanity volunteers in a Washington neighborhood, with Kent Adcock and the ice hockey player Kerry Weiland
(voanews.com, section usa); a VOA Learning English story of January 2016 on underreported fish catches, with Daniel Pauly
of the University of British Columbia, who told VOA (learningenglish.voanews.com 3154854); and an insidevoa.com item of
January 2016 on VOA Learning English's live interview with the International Space Station, with Scott Kelly, Mikhail
Kornienko (spelled 'Kornieko' and 'Kornienko' in the text) and the reporter Anne Ball (insidevoa.com 3166496). Licence
caveat: the three govdocs1 pages are copies whose original address on VOA's site is not stored with them; their
navigation ('Contact VOANEWS', 'VOA.gov') and the scripts' wording ('VOA’S LETA HONG FINCHER', 'VOA-TV's Tim Wardner')
identify them as VOA's own television scripts; the Habitat report is undated in the stored copy and bylined only 'Our
reporter'. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept, and a paragraph cut
in the stored copy is dropped (noted per page: the robot story's 'Alice studied performing arts when she started high
school, b', Stephen Hall's second quotation '"There are ', Andargachew Negash's quotation paragraph '"Mostly, whatever we
make [in income] ... not only for myself', the Learning English sentence 'Researchers also found ways the world’', the
Carnival script's 'Unidos da Tijuca also stages practice parades in its community – a Rio neighborhood cal', the
Mongolian script's 'THE GOVERNMENT HAS ORDERED HERDERS TO BURN OR BURY ALL THE CARCASSES FROM THE DZUD. BUT MOST HERDER',
and the rodeo script's last label 'ANNOUNCER', whose quotation lies beyond the cut). Site lines ('Accessibility links',
'Breaking News', 'THIS WEEK', 'THIS WEEK home', 'blue dot THIS WEEK home' and the voanews.com menu from '>> HOME' to
'VOA.gov'), the byline 'by Tim Wardner' after the rodeo headline, photo captions (the space station photo; the AP photo
of a fisherman in Banda Aceh and the twice-stored chart caption 'Fish catches have declined in the 90s (Pew Charitable
Trusts).') and the Learning English media lines ('Underreported Catch Harms Fishing Policy, Environment', 'please wait',
'No media source currently available', '0:00 0:03:12 0:00') were dropped; the scripts' labels (INTRODUCTION, NARRATION,
NARRATOR, NATURAL SOUND and the speakers' names) are kept as lines as stored; wording, capitals, spacing inside paragraphs
and quotation marks are as stored. Pages read but left out: VOA texts on topics used in recent VOA sets (the VOA News
report on disappearing honeybees in Florida and the Special English report on the same, honeybees being the topic of a
heldout403-en text; the Learning English Agriculture Report 'US Farmers Struggle With Drought', used in heldout26-en; the
Learning English report on rice in Africa), pages with fewer than two complete quotations before the cut (the Special
English overfishing report, the 'As It Is' reading programme, the American Mosaic spelling bee and Swingin' Blue Stars
items), a VOA News UNESCO item that says it may contain wire material, Learning English stories of 2021 whose sources
could not be checked, insidevoa.com award items of the kind already used, and pages of other publishers found by the
same searches. None of the eight pages is used in any set above (checked by URL and page id (450196, 421234, 831647,
554446, 560366, eliminate-homelessness, 3154854, 3166496), by headline, and by the names of the speakers and
distinctive phrases such as 'Felipe Ferreira', 'Chico Espinosa', 'Unidos da Tijuca', 'alegorias', 'samba enredo',
'Darimaa', 'Leta Hong Fincher', 'dzud', 'Tim Wardner', 'Johnny Williams', 'bull-riding fans', 'Gudonis', 'Leila Zheng',
'Adam Hurd', 'Alice Gray', 'Northrop Grumman', 'Claudia Blume', 'Andy Cornish', 'World-wild Fund', 'WorldFish', 'Kent
Adcock', 'Kerry Weiland', 'Andargachew', 'Daniel Pauly', 'shrimp trawlers', 'Scott Kelly', 'Kornieko', 'Anne Ball' and
'out-of-this world', grepped in tests/data of the main checkout and of every other helper's worktree (heldout447-453);
no hits). The annotation (rules H2105–H2110 in `ANNOTATION.md` on top of H1–H2104) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h452-2000-this-week-rio-carnival-samba-schools",
    source="https://corpora.tika.apache.org/base/docs/govdocs1/450/450196.html",
    license=PDG, retrieved=PAGES + " (script 'CARNIVAL' of VOA's television programme 'This Week' on Rio de Janeiro's Carnival in the year of Brazil's 500th anniversary (2000), a page of VOA's English web site as kept in the govdocs1 corpus; the site lines 'THIS WEEK' and 'THIS WEEK home' dropped; the headline 'CARNIVAL' kept as the first line; the labels 'NARRATOR', 'FELIPE FERREIRA' and 'CHICO ESPINOSA' kept as lines as stored (H2105); the line break inside the second narration block as stored; the last paragraph 'Unidos da Tijuca also stages practice parades in its community – a Rio neighborhood cal', cut in the stored copy, dropped; the Portuguese terms in marks are null (H2107); the spelling 'Unidos da Tujica' beside 'Unidos da Tijuca' and curly marks as stored)",
    text='''CARNIVAL
NARRATOR
Rio de Janeiro’s Carnival – a pre-Lenten celebration like no other in the world – is more than just a huge party.
It’s an intense competition between 14 rival, community-based groups, called Samba schools, to put on the best show as they parade before judges in Rio’s Sambadrome.
Samba scholar Felipe Ferreira, says the groups work hard to win the contest.
FELIPE FERREIRA
“It’s a lot of pressure and a lot of work. The samba schools begin to prepare their presentations in June, July and August and during these months they do very hard work. Everybody in the samba school works for victory.”
NARRATOR
At a warehouse in downtown Rio de Janeiro, work on the floats for the Unidos da Tijuca Samba School began months ago. The floats, called “alegorias” in Portuguese, represent aspects of Brazilian life – and this year they celebrate Brazil’s discovery 500 years ago by Portuguese explorer Pedro Alvares Cabral.
Unidos da Tijuca artist, Chico Espinosa, says one of the themes for his “alegorias” is the plight of indigenous peoples.
CHICO ESPINOSA
“I left the last float at the end to reflect a personal criticism of mine. I think our Indians are becoming extinct, not just ours but yours too. All the native peoples of this planet are endangered, and if nothing is done we will no longer have a history to tell in the future.”
NARRATOR
But it’s the samba, not history, that drives Carnival – and it’s the throbbing, African-based beat of the samba school drummers that is at the heart of the Brazilian dance known as the samba.
Samba schools like Unidos da Tujica – one of Rio’s oldest – practice at their clubhouse on Saturday nights. There, they can see how people respond to their performances – and to the song, known as the “samba enredo,” that school members will sing during the Carnival parade.''',
    quotes=[
        Q('“It’s a lot of pressure', 'works for victory.”', "Felipe Ferreira"),
        Q('“alegorias”', None, None),
        Q('“alegorias”', None, None, 1),
        Q('“I left the last float', 'tell in the future.”', "Chico Espinosa"),
        Q('“samba enredo,”', None, None),
    ],
    aliases={"Felipe Ferreira": ["Felipe Ferreira", "FELIPE FERREIRA", "Samba scholar Felipe Ferreira"],
             "Chico Espinosa": ["Chico Espinosa", "CHICO ESPINOSA", "Unidos da Tijuca artist"]},
),
dict(
    id="voa-en-h452-this-week-mongolian-winter-herders",
    source="https://corpora.tika.apache.org/base/docs/govdocs1/421/421234.html",
    license=PDG, retrieved=PAGES + " (script 'MONGOLIAN WINTER' of VOA's television programme 'This Week', reported by Leta Hong Fincher, on the dzud that killed Mongolian herders' animals (undated in the stored copy), a page of VOA's English web site as kept in the govdocs1 corpus; the site lines 'THIS WEEK' and 'blue dot THIS WEEK home' dropped; the headline 'MONGOLIAN WINTER' kept as the first line; the labels 'INTRODUCTION', 'NARRATION' and 'DARIMAA' kept as lines as stored and the lines holding only a space dropped (H2105); the last paragraph 'THE GOVERNMENT HAS ORDERED HERDERS TO BURN OR BURY ALL THE CARCASSES FROM THE DZUD. BUT MOST HERDER', cut in the stored copy, dropped; the script's capitals and curly marks as stored)",
    text='''MONGOLIAN WINTER
INTRODUCTION
MONGOLIA - HOME OF THE LEGENDARY CONQUEROR GENGHIS KHAN AND A VAST COUNTRY OF NOMADIC HERDERS, WHO PASS THEIR ANIMALS DOWN FROM GENERATION TO GENERATION. IT HAS EXPERIENCED ITS HARSHEST WINTER SNOWSTORMS IN THIRTY YEARS. TWO AND A HALF MILLION ANIMALS HAVE BEEN WIPED OUT, THREATENING THE LIVELIHOODS OF ITS PEOPLE. VOA’S LETA HONG FINCHER JUST TRAVELLED TO THE MONGOLIAN COUNTRYSIDE TO GET A FIRST-HAND LOOK AT THE IMPACT OF THE DISASTER. SHE INTRODUCES US TO TWO FAMILIES WHOSE LIVES MAY NEVER BE THE SAME.
NARRATION
DARIMAA IS A 58-YEAR-OLD ANIMAL HERDER LIVING IN MONGOLIA’S UVURHANGAI PROVINCE. FOR YEARS, DARIMAA AND HER FAMILY WERE COMFORTABLY HERDING 400 ANIMALS. BUT STARTING LAST SEPTEMBER, THEY WERE HIT WITH BRUTAL SNOWSTORMS, A NATURAL DISASTER WHICH MONGOLIANS CALL THE DZUD.
DARIMAA
“Before the dzud, everything was all right. But then it started snowing heavily and the animals got very weak and began to die. We bought as much feed as we could afford, but it wasn’t enough.”
NARRATION
THE TEMPERATURE DROPPED TO MINUS 46 DEGREES CENTIGRADE AT TIMES, AND KILLED 300 OF DARIMAA’S ANIMALS, LEAVING HER FAMILY WITH ONLY A QUARTER OF THEIR ORIGINAL HERD. ALMOST HALF A MILLION NOMADIC HERDERS IN MONGOLIA, ABOUT A FIFTH OF THE COUNTRY’S POPULATION, HAVE BEEN DEVASTATED BY THE DZUD.
FOR HERDERS LIKE DARIMAA, ANIMALS ARE THEIR ONLY SOURCE OF FOOD, TRANSPORT, AND HEAT. NOW, HER FAMILY HAS TO RELY ON EMERGENCY RELIEF FOR FOOD, AND EVEN THAT ISN’T ENOUGH.
DARIMAA
“The government promised to give each family 10 kilos of flour and 10 kilos of rice, but so far we only got the rice.”
NARRATION
SINCE THE END OF WINTER, DARIMAA’S FAMILY HAS MOVED CONSTANTLY IN SEARCH OF BETTER PASTURE FOR THE 100 SHEEP THAT STILL REMAIN, AND TO ESCAPE THE CARCASSES, WHICH PILE UP WITH EACH NEW DEATH.''',
    quotes=[
        Q('“Before the dzud', 'it wasn’t enough.”', "DARIMAA"),
        Q('“The government promised', 'only got the rice.”', "DARIMAA"),
    ],
    aliases={"DARIMAA": ["DARIMAA"]},
),
dict(
    id="voa-en-h452-this-week-all-in-the-family-maryland-rodeo",
    source="https://corpora.tika.apache.org/base/docs/govdocs1/831/831647.html",
    license=PDG, retrieved=PAGES + " (script 'All In The Family' by Tim Wardner of VOA's television programme 'This Week' on a backyard rodeo in Frederick County, Maryland (undated in the stored copy), a page of VOA's English web site as kept in the govdocs1 corpus; the site menu ('>> HOME', 'Languages', 'Topics', 'Arts & Culture', 'Business', 'Health & Medicine', 'International', 'Science & Tech', 'Sports', 'English Shows', 'News Now Live', 'Special English', 'Talk to America', 'This Week', 'VOA News Review', 'Site Information', 'Site Map', 'Contact VOANEWS', 'VOA.gov') dropped; the headline kept as the first line, the byline 'by Tim Wardner' stored after it behind a run of spaces dropped; the labels 'INTRODUCTION', 'NARRATOR', 'NATURAL SOUND' and 'JOHNNY WILLIAMS' kept as lines as stored (H2105); the last label 'ANNOUNCER', whose quotation lies beyond the cut of the stored copy, dropped; the sound bite under 'NATURAL SOUND' is null (H2106); the ellipsis character in 'rodeo… cowboys', 'we didn't buck no bulls' and 'we wasn't' and straight marks as stored)",
    text='''All In The Family
INTRODUCTION
If you've ever seen films about the American West, you're probably already familiar with the image of the rodeo… cowboys competing to see who stays on a bucking horse or bull the longest. VOA-TV's Tim Wardner takes us where the rodeo traditions of the American West are "all in the family".
NARRATOR
Johnny Williams and his two children, Lisa and Sonny of Frederick County, Maryland are a typical rural family. Except for what they've built in their backyard. They have their own rodeo.
NATURAL SOUND
"Ride, ride, ride."
NARRATOR
On Saturday evenings for the past three summers, the Williams' backyard fills with several thousand people.
JOHNNY WILLIAMS
"Right here we've got the most loyal, dedicated, bull-riding fans in the United States."
NARRATOR
Rodeo is an American tradition that came from the frontier west where riders challenge the jumps and bucks of horses and bulls. For Johnny Williams it started with having some fun with his neighbors.
JOHNNY WILLIAMS
"We used to have neighbors come over and watch us buck bulls out, Sunday and Thursday nights and so forth. It got to the point where one day, one Sunday we didn't buck no bulls out and I could tell a bunch of the neighbors were real disappointed because they came to watch bull riding and we wasn't going to have bull riding that night."
NARRATOR
And so he bought grandstands from a school and put up lights and fences. The Williams family built it and the people came. Daughter Lisa Williams took on the business responsibilities. Her promotion, of the rodeo at home, and when they take on the road, has made it a commercial success.''',
    quotes=[
        Q('"all in the family"', None, None),
        Q('"Ride, ride, ride."', None, None),
        Q('"Right here we\'ve got', 'in the United States."', "Johnny Williams"),
        Q('"We used to have neighbors', 'bull riding that night."', "Johnny Williams"),
    ],
    aliases={"Johnny Williams": ["Johnny Williams", "JOHNNY WILLIAMS"]},
),
dict(
    id="voa-en-h452-2007-04-students-robots-california-competition",
    source="https://www.voanews.com/a/a-13-2007-04-11-voa57-66547087/554446.html",
    license=PD, retrieved=PAGES + " (VOA News report by Mike O'Sullivan of April 11, 2007 on voanews.com, page 554446; the page furniture 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line; the last paragraph 'Alice studied performing arts when she started high school, b', cut in the stored copy, dropped; the split quotations of Gudonis and Hurd open with a straight mark and close with a curly one, their second pieces the reverse (H2031, H2109); the editorial '[want to]' inside Hurd's span and straight and curly marks as stored)",
    text='''Students Design, Maneuver Robots in California Competition
Each year in March and April, competitions are held around the United States to test the skills of students in designing and using robots – machines that perform basic human tasks. VOA's Mike O'Sullivan went to a recent competition in Los Angeles.
First, the students design and build their mechanical surrogates. Then, using remote controls, the students operate the robots in a competition – maneuvering the robots to grab inflated hoops and slide them onto target posts in a special pattern.
Paul Gudonis is president of FIRST, a nonprofit organization that promotes science and technology, and sponsors the competition.
"We have got thousands of high school kids here who have built robots over the last six weeks,” he says. “And they are competing to show that they have got what it takes to win this sport of the mind."
There is a carnival atmosphere, but competition is intense.
Leila Zheng of Toronto, Canada, a first-time participant, enjoys the interaction. "Well, there is so much to learn from building the robot, from talking to the other teams and sponsors," she says.
Technology and aerospace companies, such as Northrop Grumman, sponsor the student entries.
Adam Hurd of Redondo Beach, California, has entered the competition each of his four years in high school. "And there is so much to learn,” he says. “There are so many areas of the robotics that you can study, anything you [want to] know. You can transfer back and forth between things. I started as a programmer and now I design the drive trains and do 3D design in computers and all that."
Alice Gray of Arroyo Grande High School near Los Angeles is also here for her fourth year. "The competitions, of course, are one of the most amazing things. It's just so fun, the atmosphere, the energy, the thrill of competition. It is amazing," she says.''',
    quotes=[
        Q('"We have got thousands', 'the last six weeks,”', "Paul Gudonis"),
        Q('“And they are competing', 'sport of the mind."', "Paul Gudonis"),
        Q('"Well, there is so much to learn', 'teams and sponsors,"', "Leila Zheng"),
        Q('"And there is so much to learn,”', None, "Adam Hurd"),
        Q('“There are so many areas', 'computers and all that."', "Adam Hurd"),
        Q('"The competitions, of course', 'It is amazing,"', "Alice Gray"),
    ],
    aliases={"Paul Gudonis": ["Paul Gudonis", "president of FIRST"],
             "Leila Zheng": ["Leila Zheng", "a first-time participant"],
             "Adam Hurd": ["Adam Hurd"],
             "Alice Gray": ["Alice Gray"]},
),
dict(
    id="voa-en-h452-2007-06-asian-fishing-communities-fish-stocks-decline",
    source="https://www.voanews.com/a/a-13-2007-06-18-voa11-66717832/560366.html",
    license=PD, retrieved=PAGES + " (VOA News report by Claudia Blume of June 18, 2007 on voanews.com, page 560366; the page furniture 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line; the last paragraph, Stephen Hall's second quotation '\"There are ', cut in the stored copy, dropped (H2030, H2109); the unnamed fisherman's reported speech has no marks and gives no span; 'World-wild Fund for Nature', 'a Malaysia research institute', the hyphens used as dashes and straight marks as stored)",
    text='''Asian Fishing Communities Suffer as Fish Stocks in Region Decline
More and more often, fishermen in Asia return home with nothing but a few small fish in their nets. Fish stocks in the region have declined dramatically in recent decades, and the quality of the catch has gone down. The future for poor fishing communities in the region looks bleak, as Claudia Blume reports from VOA's Asia News Center in Hong Kong.
Hong Kong is best known as a financial and business center. But the territory with its many islands has about nine thousand fishermen who make a living casting their nets in the South China Sea. But often, the nets are almost empty when they return.
This fisherman says the sea used to be full of fish, but it is not any longer.
Andy Cornish is director of conservation at the Hong Kong office of the World-wild Fund for Nature. He says the catch rate of fishermen here has dropped significantly in the past five decades.
"In the 1950s, when they could spend one hour to catch one kilogram of fish, now they have to spend four hours to catch one kilogram of fish - so that gives you a very crude idea that the stocks declined about 25 percent of its levels since the 1950's," Cornish said.
The problem is not unique to Hong Kong. Stephen Hall, head of the WorldFish Center, a Malaysia research institute, says that all over Asia, sea fish stocks have gone down by up to 30 percent since the 1970's.
"The most dramatic decline for sea fisheries has been in the Gulf of Thailand and the east coast of Malaysia, but it's a pretty common story throughout the Asian region," Hall said.
Along with the drop in quantity, the quality of the seafood Asian fishermen are bringing back has also declined. The survival of some larger fish - such as some species of garoupa and shark - has come under threat, and fishermen now mostly bring home small fish that have a lower market value.
Hall says the cause of the decline is over-fishing.''',
    quotes=[
        Q('"In the 1950s', 'since the 1950\'s,"', "Andy Cornish"),
        Q('"The most dramatic decline', 'the Asian region,"', "Stephen Hall"),
    ],
    aliases={"Andy Cornish": ["Andy Cornish", "Cornish", "director of conservation at the Hong Kong office of the World-wild Fund for Nature"],
             "Stephen Hall": ["Stephen Hall", "Hall", "head of the WorldFish Center"]},
),
dict(
    id="voa-en-h452-habitat-for-humanity-volunteers-washington",
    source="https://www.voanews.com/usa/us-groups-work-eliminate-homelessness-building-affordable-houses",
    license=PD, retrieved=PAGES + " (VOA News report on Habitat for Humanity volunteers building houses in a Washington neighborhood, undated in the stored copy, on voanews.com; the stored copy has no headline line (slug 'us-groups-work-eliminate-homelessness-building-affordable-houses') and opens with the summary paragraph, kept so, no title added (H1818); the presenting sentence 'Volunteer Kerry Weiland is a member of the U.S. Olympic Women's Ice Hockey Team.' and her quotation are on separate lines in the stored copy, kept so (H2109); the last paragraph, Andargachew Negash's quotation '\"Mostly, whatever we make [in income] ... ,\" said Andargachew Negash. \"So I believe this is going to be very good not only for myself', cut in the stored copy, dropped (H2030); the two spaces after 'three bedroom home.' and straight marks as stored)",
    text='''Groups of volunteers are helping to build and repair affordable houses for low income families in several American cities. Our reporter visited one project in Washington, designed to revitalize a troubled neighborhood while giving deserving families a house they want to call home.
These volunteers are helping to build a better future for low income families in a neighborhood in Washington.
"There are two units here, one on this side and one on the other side, and so this is a group that is leading this effort to build a two bedroom, two bathroom home," said Kent Adcock.
Kent Adcock is president of the Habitat for Humanity in Washington. Since 1988 the organization has provided more than 200 families with new or rehabilitated houses.
"We are in one of five sites that are right now expanding what we call neighborhood revitalization initiatives to build and rehabilitate housing," he said.
With the help of hundreds of volunteers Habitat for Humanity and its partners are committed to building 58 to 60 new houses over the next three years in this poverty stricken neighborhood.
Volunteer Kerry Weiland is a member of the U.S. Olympic Women's Ice Hockey Team.
"Everybody is doing it with a smile and an open heart and that's what's most important," said Kerry Weiland. "We can learn new skills but at the same time we know that we are doing something great for the community and for people who are deserving."
Andargachew Negash, his wife and three children are moving into this three bedroom home.  But in order to own it, he and his wife must first invest 300 hours to help build it. Negash is from Ethiopia. He says the work he puts into the home will be well worth it, and allows his family to move out of an expensive two bedroom apartment.''',
    quotes=[
        Q('"There are two units here', 'two bathroom home,"', "Kent Adcock"),
        Q('"We are in one of five sites', 'rehabilitate housing,"', "Kent Adcock"),
        Q('"Everybody is doing it', 'what\'s most important,"', "Kerry Weiland"),
        Q('"We can learn new skills', 'who are deserving."', "Kerry Weiland"),
    ],
    aliases={"Kent Adcock": ["Kent Adcock", "president of the Habitat for Humanity in Washington"],
             "Kerry Weiland": ["Kerry Weiland", "Volunteer Kerry Weiland"]},
),
dict(
    id="voa-en-h452-2016-01-learning-english-underreported-fish-catch",
    source="https://learningenglish.voanews.com/a/underreported-catch-harms-fishing-policy-environment/3154854.html",
    license=PD, retrieved=PAGES + " (VOA Learning English story of January 2016 on learningenglish.voanews.com, page 3154854, on a study of underreported fish catches led by Daniel Pauly; the page furniture 'Accessibility links' and 'Breaking News', the photo caption 'A fisherman arrange baskets of freshly-caught fish ... (AP Photo/Heri Juanda)', the media lines 'Underreported Catch Harms Fishing Policy, Environment', 'please wait', 'No media source currently available' and '0:00 0:03:12 0:00' and the chart caption 'Fish catches have declined in the 90s (Pew Charitable Trusts).' (stored twice) dropped (H2110); the headline kept as the first line; the last paragraph 'Researchers also found ways the world’', cut in the stored copy, dropped; the two cue-less quotation paragraphs are Pauly's (H2110); the ellipsis character opening the second span and curly marks as stored)",
    text='''Fake Reports of Fish Caught Harms Economy, Environment
The amount of fish caught worldwide is much larger than has been reported.
And that could mean serious problems for the environment and nations that depend on fisheries.
A new estimate places the world fish catch at 109 million metric tons. That is 32 million tons higher than countries have been reporting yearly.
The same report notes that the world’s fish catch has been declining since the late 1990s.
Countries report their industrial catches to the United Nations Food and Agriculture Organization. But they do not report other kinds of fishing. These include the catches of small commercial fisheries, what are called artisanal fisheries, and fishing for recreation and individual food.
Daniel Pauly at the University of British Columbia in Canada led the study. He noted that a huge amount of some catches is thrown away.
“For example, shrimp trawlers retain only the shrimp and the fish that they catch – often eight to 10 times as much as the shrimp – gets thrown away.”
Pauly told VOA that better estimates of the actual global catch will help ensure there will be enough fish in the future.
“…But our figures suggest that since '96 a rapid decrease is happening. And if you project this forward you end up in a few decades having much less catch, literally no catch. So that is potentially dangerous.”
The online journal Nature Communications published the report Tuesday.''',
    quotes=[
        Q('“For example, shrimp trawlers', 'gets thrown away.”', "Daniel Pauly"),
        Q('“…But our figures', 'potentially dangerous.”', "Daniel Pauly"),
    ],
    aliases={"Daniel Pauly": ["Daniel Pauly", "Pauly"]},
),
dict(
    id="voa-en-h452-2016-01-insidevoa-live-interview-space-station",
    source="https://www.insidevoa.com/a/voa-live-interview-with-international-space-station/3166496.html",
    license=PD, retrieved=PAGES + " (insidevoa.com item of January 2016, page 3166496, on VOA Learning English's live interview with the International Space Station on January 20, 2016; the page furniture 'Accessibility links' and 'Breaking News' and the photo caption 'Russian cosmonaut Mikhail Kornieko (L) and U.S. astronaut Scott Kelly live during the interview, Jan 20, 2016.' dropped; the headline kept as the first line; the stored copy ends on a complete paragraph (Ball's quotation); the spellings 'Kornieko' and 'Kornienko' of one name (H2108), 'effects of weightless', 'resolved much easily', the double hyphens and curly marks as stored)",
    text='''VOA Live Interview with International Space Station
The Voice of America provided audiences around the globe with an out-of-this world interview by going live with a couple of astronauts in space on January 20, 2016.
In a live interview from aboard the space station, U.S. astronaut Scott Kelly told VOA Learning English reporter Anne Ball in Washington D.C. that he follows the news “very closely up here, and we have the news going on 24 hours a day, seven days a week.”
Kelly and Russian cosmonaut Mikhail Kornieko are spending a year on the space station -- twice the time that most astronauts spend aboard the orbiting laboratory. Speaking through an interpreter, Kornienko told VOA, “We can effectively work together with people from different countries -- together in space for the benefit of humanity. If we could send our politicians here for a month or a month and a half, then all the problems on Earth would be resolved much easily.”
In addition to conducting experiments on the long-term effects of weightless on the human body, Kelly and Kornieko are exploring other physical and psychological challenges encountered in space. Their findings will give NASA scientists and planners important information as they chart a possible mission to Mars.
“The real interesting thing is the international cooperation up there. Americans and Russians are working together for survival. Our job is to bring interesting and smart stories and programming to our viewers and listeners from around the world. Personally, for me, it was an absolute thrill, a career highlight,” said Ball about the interview.''',
    quotes=[
        Q('“very closely up here', 'seven days a week.”', "Scott Kelly"),
        Q('“We can effectively work', 'resolved much easily.”', "Mikhail Kornieko"),
        Q('“The real interesting thing', 'a career highlight,”', "Anne Ball"),
    ],
    aliases={"Scott Kelly": ["Scott Kelly", "U.S. astronaut Scott Kelly", "Kelly"],
             "Mikhail Kornieko": ["Mikhail Kornieko", "Russian cosmonaut Mikhail Kornieko", "Kornienko", "Kornieko"],
             "Anne Ball": ["Anne Ball", "VOA Learning English reporter Anne Ball", "Ball"]},
),
]
