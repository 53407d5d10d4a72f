# Held-out English news texts (tests/data/heldout539-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air Force,
# the Air Force Reserve, the Army, the Coast Guard, NOAA and NASA: a 60th Air Mobility Wing story on Travis airmen at the
# Solano Food Bank (travis.af.mil 1134300); a 944th Fighter Wing story on 924th Fighter Group reservists at the Community
# Food Bank of Southern Arizona (944fw.afrc.af.mil 1909802); a 62nd Airlift Wing story on McChord airmen at the Special
# Olympics (mcchord.af.mil 248889); two army.mil stories (Fort Sam Houston soldiers mentoring pupils of William Paschall
# Elementary School, 32201; Fort Leonard Wood's Partners in Education programme, 178437); a NOAA Fisheries Greater
# Atlantic Region story of May 18, 2012 on disentanglement team members on a right whale research cruise; a Coast Guard
# Academy story on cadets building a Habitat for Humanity home in New London (2012, copy on coastguardnews.com); a NASA
# blog post on the 2012 open house of the Langley Research Center (gameon.nasa.gov); and a NASA Langley feature of
# October 27, 2007 on the center's 90th birthday open house (copy in the govdocs1 corpus on corpora.tika.apache.org).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation before the cut
# (noted in `retrieved`). Site lines ('Get Email Updates', 'Search Langley', 'Go', 'Feature', 'Text Size'), '• Published'
# / '• By ...' lines, bylines, date lines, image titles, photo credit lines, captions and video lines, a section label
# glued to a deck, and the empty lines between paragraphs and spaces at the end of a paragraph are dropped; a headline is
# kept once as the first line where the stored copy has one (none is added where it has none), and a deck under it is
# kept as a line; datelines at the start of a paragraph are kept as stored; wording, typos, double spaces, dashes and
# quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H2245-H2249 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout539-en.jsonl

Built by `build.py` from `heldout539_pages.py`. Like heldout509-en, heldout525-en, heldout532-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): a 60th Air Mobility Wing story on
Travis airmen packing food at the Solano Food Bank in Fairfield, California ('Travis Airmen help feed families in need',
travis.af.mil 1134300, by Tech. Sgt. James Hodgman, March 24 with no year in the stored copy); a 944th Fighter Wing (Air
Force Reserve) story on 924th Fighter Group reservists at the Community Food Bank of Southern Arizona in Tucson
('Davis-Monthan Citizen Airmen help build a healthy, hunger-free tomorrow', 944fw.afrc.af.mil 1909802, by Tech. Sgt.
Courtney Richardson, July 13 with no year in the stored copy); a 62nd Airlift Wing story on McChord airmen at the Special
Olympics ('McChord makes Special Olympics remarkable: Nearly 400 Airmen volunteer to make event memorable', mcchord.af.mil
248889, by Airman 1st Class Kirsten Wicker, May 31 with no year in the stored copy); two army.mil stories, 32201 (slug
'mentoring_program_a_win_win_for_soldiers_students', Fort Sam Houston soldiers mentoring second-graders of William
Paschall Elementary School) and 178437 (Fort Leonard Wood's Army Partners in Education programme), neither with a
headline, date or writer in the stored copy; a NOAA Fisheries Greater Atlantic Region media-center story of May 18, 2012
('NOAA Fisheries Disentanglement Team Members Join Right Whale Research Cruise', greateratlantic.fisheries.noaa.gov, no
writer in the stored copy); a Coast Guard Academy story on cadets and alumni building a Habitat for Humanity home at 9
Jefferson Avenue in New London ('Raising Walls for the Greater Good', 2012, under the section label 'Coast Guard Academy
News' and with a Coast Guard photo credit, reposted on coastguardnews.com); a post on NASA's blog gameon.nasa.gov ('NASA
Langley’s 95th Anniversary Open House', September 27, 2012 by its address, no writer in the stored copy); and a NASA
Langley Research Center feature by Jim Hodges of October 27, 2007 ('Sights and Sounds of a 90th Birthday Party'), kept
in the govdocs1 corpus of US government documents on corpora.tika.apache.org (264125). Reuse terms relied on: US
government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil, noaa.gov and nasa.gov pages are the
services' and agencies' own stories; the coastguardnews.com copy reproduces a Coast Guard Academy story and is marked as a
copy on a non-government site (as the coastguardnews.com copies of heldout70-en and heldout89-en); the govdocs1 copy is
a crawl of a nasa.gov page and is marked the same way (as the govdocs1 copies of heldout131-en). Licence caveats: the
stored copies of the two army.mil stories, the NOAA story, the Coast Guard Academy story and the NASA blog post name no
writer, so the writer's status is taken from the service or agency publishing them as its own stories (the Coast Guard
Academy story from its section label and photo credit on the reposting site); the stories quote private people (a food
bank coordinator and a food bank marketing specialist, parents of Special Olympics athletes, school principals, a
visitor's family, a retired Navy flight surgeon and a soldier's family at an open house) inside the public-domain
stories. None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation
before the cut (what was dropped is noted per page). The Air Force '• Published' / '• By ...' / unit lines, the army.mil
image title and credit line ('Soldiers Mentor Students', '(Photo Credit: U.S. Army) VIEW ORIGINAL'), the NOAA site line
'Get Email Updates' and date line 'May 18, 2012', the coastguardnews.com section label 'Coast Guard Academy News' (glued
to the deck in the stored copy) and photo caption, the NASA Langley page's menu lines ('Search Langley', 'Go', 'Feature',
'Text Size'), date line '10.27.07', byline 'By: Jim Hodges', image caption and video lines, and the empty lines between
paragraphs were dropped; headlines are kept once as the first line where the stored copy has one (the two army.mil
stories have none and get none, H1818), and the decks of the NOAA and Coast Guard Academy stories are kept as lines under
the headline; datelines at the start of a paragraph are kept as stored ('TRAVIS AIR FORCE BASE, Calif. – ', 'FORT SAM
HOUSTON, Texas -- '); wording, typos ('an astrophysicists', 'to include;'), double spaces and quotation marks (straight or
curly as stored) are as stored. Pages read but left out: the Fairchild Martin Luther King Jr. day food bank story, the
Grand Forks commodity food story, the Dyess food bank, 12th Air Force and 178th Wing food bank stories, the AFDW, Davis-
Monthan, Dover, Nellis and Keesler Special Olympics stories, the Davis-Monthan 'Semper Supra' enlistment story (one
speaker's complete quotation before the cut), the JBLE Adopt-A-School and Fort Hood career day stories, the Pacific
Command story on Yokota airmen in Kanuma City, the Quantico and DVIDS Toys for Tots stories, the marines.dodlive.mil
Toys for Tots post, the Maryland and D.C. Guard snowstorm stories, the NOAA Alaska whale entanglement release reposted on
savingseafood.org, the Coast Guard stories on northern New England volunteers, the Boutwell crew in Panama and Munro in
Unalaska, NASA Langley's 2011 Youth Day and 2023 NSBE Jr. stories (left for other sets), a Marine Corps story reposted on
military.com, USGS flood releases with a single quotation and pages of newspapers, TV stations and blogs found by the
same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(1134300, 1909802, 248889, 32201, 178437, 24_rwrc, raising-walls-for-the-greater-good, 95th-anniversary-open-house,
264125), by title and slug and by the names of their speakers and phrases, such as help feed families in need, Solano
Food Bank, Amanda Richardson, Lauren Strouse, Kimberly Vazquez, hunger-free tomorrow, Community Food Bank of Southern
Arizona, Norma Cable, David Garcia, McChord makes Special Olympics, Victory Dance, Eilene, Alexander Macdonald, Sandy
Doyle, Paschall, Jayanna Kelly, Rachel Moore, Edmund Perez, rock stars, Partners in Education, Michele Sumter, Justin
McNeill, Thayer Elementary, Robyn Justice, Disentanglement Team, Jamison Smith, David Morin, Georges Bank, Raising Walls,
Jefferson Avenue, Kathryn Weber, Anthony Monteforte, Cory J. Mendenhall, 95th Anniversary, Anna Fisher, Fred Lassen,
Jerry Linenger, Lisa Gibson, Sights and Sounds, Jim Hodges, Sam Miller, Sam Rooker, Brian Byrd and Reid Center, with grep
over tests/data of the main tree and of every other helper's worktree (heldout534-539): no hit; 'Cassidy' and 'Trinity'
occur in other texts about other people and things). The annotation (rules H2245–H2249 in `ANNOTATION.md` on top of the
earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="travis-1134300-airmen-help-feed-families-in-need",
    source="http://www.travis.af.mil/News/Article/1134300/travis-airmen-help-feed-families-in-need",
    license=PD, retrieved=PAGES + " (60th Air Mobility Wing story by Tech. Sgt. James Hodgman on 60th Operations Group airmen packing food at the Solano Food Bank in Fairfield, California, March 24 (no year in the stored copy); the lines '• Published', '• By Tech. Sgt. James Hodgman' and '• 60th Air Mobility Wing Public Affairs' dropped; headline kept as the first line; the dateline 'TRAVIS AIR FORCE BASE, Calif. – ' kept as stored; the last paragraph, '“It was a humbling experience,” she said. “We have so much given to us, many people may take some things ', cut in the stored copy, dropped with its complete first quotation (H2121), so Airman Kimberly Vazquez, presented in the paragraph before, is no speaker; the cue-less `she said` paragraph after Richardson's two pieces (H2249); curly marks and apostrophes as stored)",
    text='''Travis Airmen help feed families in need
TRAVIS AIR FORCE BASE, Calif. – Thirty-four Airmen from the 60th Operations Group at Travis Air Force Base, California, volunteered to package meals for families in need at the Solano Food Bank in Fairfield, California, March 24.
The team spent 11 hours packaging a variety of foods including carrots, onions, pasta, fruits and rice.
Tech. Sgt. Amanda Richardson, 21st Airlift Squadron NCO in charge of aviation resource management and the coordinator for the project, said it’s important to give back to the community.
“It’s very important to give back because we are usually guests at our assignment locations,” said Richardson. “Very rarely are we from the areas that we are stationed. So just like being overseas or deployed, we need to support the communities that support us and show them that we are always here for them, even in the smallest way.”
“When people see us in uniform and thank us for our service, we need to ask ourselves what have we done for them,” she said.
With that selfless mindset, Richardson led a team of nearly three dozen Airmen to help provide food for people living in 26 cities with a population over 1.7 million.
“From 9 a.m. to 8 p.m. we worked in shifts to box as much food as possible,” said Richardson.
Lauren Strouse, Solano Food Bank volunteer coordinator, said she was impressed with the productivity the Airmen displayed.
“The Airmen boxed 3,331 pounds of food donations and bagged 3,400 pounds of fresh produce,” said Strouse. “The food will be distributed to families throughout Solano and Contra Costa Counties, providing approximately 5,384 meals.”
Airman Kimberly Vazquez, 21st AS aviation resource manager, spent nearly four hours helping package meals that day.''',
    quotes=[
        Q('“It’s very important', 'assignment locations,”', "Amanda Richardson"),
        Q('“Very rarely are we', 'the smallest way.”', "Amanda Richardson"),
        Q('“When people see us', 'done for them,”', "Amanda Richardson"),
        Q('“From 9 a.m. to 8 p.m.', 'as possible,”', "Amanda Richardson"),
        Q('“The Airmen boxed', 'fresh produce,”', "Lauren Strouse"),
        Q('“The food will be distributed', '5,384 meals.”', "Lauren Strouse"),
    ],
    aliases={"Amanda Richardson": ["Amanda Richardson", "Tech. Sgt. Amanda Richardson", "the coordinator for the project", "Richardson"],
             "Lauren Strouse": ["Lauren Strouse", "Solano Food Bank volunteer coordinator", "Strouse"]},
),
dict(
    id="afrc-944fw-1909802-citizen-airmen-community-food-bank",
    source="https://www.944fw.afrc.af.mil/News/Article-Display/Article/1909802/davis-monthan-citizen-airmen-help-build-a-healthy-hunger-free-tomorrow/",
    license=PD, retrieved=PAGES + " (944th Fighter Wing (Air Force Reserve) story by Tech. Sgt. Courtney Richardson on 924th Fighter Group reservists building food boxes at the Community Food Bank of Southern Arizona in Tucson, July 13 (no year in the stored copy); the lines '• Published', '• By Tech. Sgt. Courtney Richardson' and '• 944th Fighter Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, 'Once the date an', cut in the stored copy, dropped; the editor's bracket '[food assistance]' inside Norma Cable's span (main rules); curly marks and apostrophes as stored)",
    text='''Davis-Monthan Citizen Airmen help build a healthy, hunger-free tomorrow
Citizen Airmen from the 924th Fighter Group kicked off their annual tour by volunteering at the local food bank July 13 in Tucson, Ariz.
The reservists spent their Saturday morning supporting the needy, spanning five counties by building 3,360 food boxes at the Community Food Bank of Southern Arizona.
The mission of the food bank is to change lives in the communities they serve by feeding the hungry today and building a healthy, hunger-free tomorrow. They distribute 65,000 meals daily, and serve 190,000 people every year.
Typically, the 924th FG travels to another location for the duration of their annual tour and gives back to the community by visiting local restaurants, local attractions, and buying souvenirs. However, this year they are staying home in Tucson.
“I wanted to find another way to extend our support to the local community and I immediately thought of the food bank, so I reached out,” said Chief Master Sgt. David Garcia, 924th Aircraft Maintenance Squadron specialist flight chief.
The food bank representatives jumped on Garcia’s request for the 924th FG to assist because this is always a tough time of year for the organization.
“Summer is a critical time to get volunteer help because many of our volunteers leave town, yet the demand for [food assistance] stays the same,” said Norma Cable, public relations and marketing specialist at the Community Food Bank of Southern Arizona.
The food bank had a previous relationship with the 355th Fighter Wing stationed at Davis-Monthan Air Force Base but Garcia wants to help the 924th FG establish a relationship of their own.
“I want to help the unit continue to support the food bank by volunteering during our monthly drill weekends and by conducting food drives,” Garcia said. “This is just the beginning.”''',
    quotes=[
        Q('“I wanted to find another way', 'I reached out,”', "David Garcia"),
        Q('“Summer is a critical time', 'stays the same,”', "Norma Cable"),
        Q('“I want to help the unit', 'food drives,”', "David Garcia"),
        Q('“This is just the beginning.”', None, "David Garcia"),
    ],
    aliases={"David Garcia": ["David Garcia", "Chief Master Sgt. David Garcia", "924th Aircraft Maintenance Squadron specialist flight chief", "Garcia"],
             "Norma Cable": ["Norma Cable", "public relations and marketing specialist at the Community Food Bank of Southern Arizona"]},
),
dict(
    id="mcchord-248889-special-olympics-nearly-400-airmen-volunteer",
    source="https://www.mcchord.af.mil/News/Features/Display/Article/248889/mcchord-makes-special-olympics-remarkable-nearly-400-airmen-volunteer-to-make-e/",
    license=PD, retrieved=PAGES + " (62nd Airlift Wing story by Airman 1st Class Kirsten Wicker on McChord airmen at the Special Olympics opening ceremony, Victory Dance and Happenings, May 31 (no year in the stored copy); the lines '• Published', '• By Airman 1st Class Kirsten Wicker' and '• 62nd Airlift Wing Public Affairs' dropped; headline kept as the first line; the space at the end of the paragraph 'They helped set up the hangars, ..., he said. ' dropped; the stored copy ends on the complete paragraph with Sandy Doyle's quotation; the mother named by first name only after her son's name, the bracket opening her span and the nested exclamation in single marks before ',\"' (H2247); straight marks as stored)",
    text='''McChord makes Special Olympics remarkable: Nearly 400 Airmen volunteer to make event memorable
More than 3,000 Special Olympics athletes, their coaches, friends and families came together for the opening ceremony on May 31 in Hangar 2 and the Victory Dance and Happenings in McChord's Hangars 1 and 2 Saturday.
For participants, such as Kevin Anderson, the events were an opportunity to end the spring competitive season on a high note by taking a break from competition, hanging out with friends and family and playing games.
"[McChord's Airmen] do an excellent job and put on a really good show for the kids," said Kevin's mother Eilene.
Airmen worked hard to make the opening ceremony, Victory Dance and Happenings successful by giving their time and energy to help out wherever they were needed, said project officer Capt. Alexander Macdonald, 62nd Medical Operations Squadron.
"McChord's volunteers made it all happen," said Captain Macdonald. "We had nearly 400 people volunteer."
They helped set up the hangars, man the game stations and passed out food and beverages, he said.
Captain Macdonald said there were so many volunteers that much of the work preparing for and cleaning up after the events was done in half the time anticipated.
However, McChord's Airmen did more than just set up chairs and hand out water bottles, they also encouraged the athletes.
"They are very positive for the athletes. They walk up to them and say, 'Good job, you guys did great!'," said Sandy Doyle, whose daughter Rachel competed in track and field events.''',
    quotes=[
        Q('"[McChord\'s Airmen] do', 'for the kids,"', "Eilene"),
        Q('"McChord\'s volunteers made it all happen,"', None, "Alexander Macdonald"),
        Q('"We had nearly 400 people volunteer."', None, "Alexander Macdonald"),
        Q('"They are very positive', 'did great!\',"', "Sandy Doyle"),
    ],
    aliases={"Eilene": ["Eilene", "Kevin's mother Eilene"],
             "Alexander Macdonald": ["Alexander Macdonald", "project officer Capt. Alexander Macdonald", "Capt. Alexander Macdonald", "Captain Macdonald"],
             "Sandy Doyle": ["Sandy Doyle"]},
),
dict(
    id="army-32201-fort-sam-houston-mentoring-paschall-elementary",
    source="https://www.army.mil/article/32201/mentoring_program_a_win_win_for_soldiers_students",
    license=PD, retrieved=PAGES + " (army.mil story on Fort Sam Houston soldiers of the Better Opportunities for Single Soldiers programme mentoring second-graders of William Paschall Elementary School (no date and no writer in the stored copy); the image title 'Soldiers Mentor Students' and the line '(Photo Credit: U.S. Army) VIEW ORIGINAL' that open the stored copy dropped (H792), and no headline added (slug 'mentoring_program_a_win_win_for_soldiers_students', H1818, H2249); the dateline 'FORT SAM HOUSTON, Texas -- ' kept as stored; the last paragraph, '\"They see somebody who serves something greater than themselves and somebody who has aspirations for something better,\" said Capt. Stephen Hernandez, an attorney with the Fort Sam Houston Judge Advocate General', cut in the stored copy inside its cue, dropped with its complete quotation (H2121), so Stephen Hernandez is no speaker; straight marks as stored)",
    text='''FORT SAM HOUSTON, Texas -- The second-grade students clapped and cheered for the 20 Fort Sam Houston Soldiers as they entered the William Paschall Elementary School cafeteria in an unplanned and rousing standing ovation.
"I was fighting back tears. It was the most emotional thing I've ever experienced. It was so unexpected," said Spc. Rachel Moore, a health care specialist with Family Medicine at Brooke Army Medical Center, who volunteered to mentor a student.
"They felt like rock stars," said Staff Sgt. Edmund Perez, installation Better Opportunities for Single Soldiers president for Fort Sam Houston, who accompanied the group to the school as part of a newly-organized program for students and Soldiers.
"It was really touching for the Soldiers," said Principal Jayanna Kelly. "The respect the students have for what Soldiers do for our nation was evident."
"BOSS was asked to start a mentorship program where Soldiers befriend and mentor students who have been selected by the administration and staff at Paschall," Perez said.
The group went to the school for the first of a series of meetings between students and Soldiers.
Soldiers first met with Kelly, who described the premise behind and expectations for the program.
According to Kelly, 76 percent of the students come from low-income households and many live in single-parent homes. Students were selected based on academic or emotional need and may be the oldest, responsible for taking care of younger brothers and sisters.
"These children need someone to encourage, motivate and care about them. Some of the children may have difficulties with school work and find it hard to persevere when learning does not come easily to them," Kelly said.''',
    quotes=[
        Q('"I was fighting back tears.', 'so unexpected,"', "Rachel Moore"),
        Q('"They felt like rock stars,"', None, "Edmund Perez"),
        Q('"It was really touching for the Soldiers,"', None, "Jayanna Kelly"),
        Q('"The respect the students', 'was evident."', "Jayanna Kelly"),
        Q('"BOSS was asked', 'staff at Paschall,"', "Edmund Perez"),
        Q('"These children need someone', 'easily to them,"', "Jayanna Kelly"),
    ],
    aliases={"Rachel Moore": ["Rachel Moore", "Spc. Rachel Moore"],
             "Edmund Perez": ["Edmund Perez", "Staff Sgt. Edmund Perez", "installation Better Opportunities for Single Soldiers president for Fort Sam Houston", "Perez"],
             "Jayanna Kelly": ["Jayanna Kelly", "Principal Jayanna Kelly", "Kelly"]},
),
dict(
    id="army-178437-fort-leonard-wood-partners-in-education",
    source="https://www.army.mil/article/178437/",
    license=PD, retrieved=PAGES + " (army.mil story on Fort Leonard Wood's Army Partners in Education programme with Waynesville Middle School and Thayer Elementary (no headline, date or writer in the stored copy, which opens with the first paragraph; no headline added, H1818); the last paragraph, 'The battalion has participated in several events this year with Thayer Elementary School to include; ... Make a Difference Day', cut in the stored copy inside its list, dropped; `she added` and `McNeill added` after a closing mark (H2249); 'to include;' and straight marks as stored)",
    text='''The Army Partners in Education program has been a tool that has been used by Fort Leonard Wood's military units and local schools to foster relationships between service members and students. By partnering with local schools, military units have been able to promote education, develop skills and mentor children.
"The PIE program is an awesome way to connect schools and the military to ensure student success and fruitful community partnerships," said Michele Sumter, principal of the Waynesville Middle School who is partnered with the 701st Military Police Battalion and the Non-Commissioned Officers Academy.
"Our PIE partners graciously help with more than 15 activities each year to include; Parent Night, parent conferences, school dances, positive behavior celebrations, picture days, Love of Reading Days and our health screenings," she added.
Sumter explained if they did not have their partnerships, they would not be able to do many events for students.
"We count it a privilege to serve our students alongside these selfless military members. We hope that these partnerships last a lifetime," Sumter said.
Spc. Justin McNeill, 35th Engineer Battalion, said he enjoys his time mentoring the children at Thayer Elementary.
"For the children to work with Soldiers in their school activities, I think it motivates them to do their best," McNeill said.
"I believe it's important to involve local military units, because it gives the kids a chance to know Soldiers on a personal level and learn the values of what it means to be in the United States Army," McNeill added.
Robyn Justice, the principal of Thayer Elementary, who partners with the 35th Engr. Bn., said she believes the PIE program also maximizes opportunities for educational enrichment and academic success for the children.''',
    quotes=[
        Q('"The PIE program is an awesome way', 'community partnerships,"', "Michele Sumter"),
        Q('"Our PIE partners graciously help', 'health screenings,"', "Michele Sumter"),
        Q('"We count it a privilege', 'last a lifetime,"', "Michele Sumter"),
        Q('"For the children to work', 'to do their best,"', "Justin McNeill"),
        Q('"I believe it\'s important', 'United States Army,"', "Justin McNeill"),
    ],
    aliases={"Michele Sumter": ["Michele Sumter", "principal of the Waynesville Middle School", "Sumter"],
             "Justin McNeill": ["Justin McNeill", "Spc. Justin McNeill", "McNeill"]},
),
dict(
    id="noaa-garfo-2012-05-disentanglement-team-right-whale-cruise",
    source="https://www.greateratlantic.fisheries.noaa.gov/mediacenter/2012/05/24_rwrc.html",
    license=PD, retrieved=PAGES + " (NOAA Fisheries Greater Atlantic Region media-center story of May 18, 2012 on Jamison Smith and David Morin of the Northeast Disentanglement Program aboard a right whale sighting cruise (no writer in the stored copy); the site line 'Get Email Updates' and the date line 'May 18, 2012' dropped; headline kept as the first line and the deck 'Goal is to learn more about right whale numbers and assist entangled animals encountered' kept as the second; the paragraph 'However, if in assessing the entanglement, Jamison determines ... Jamison would then reach out to other au', cut in the stored copy, dropped, so the first name 'Jamison' is not in the text; the opening curly mark never closed before 'said Smith.' (unclosed, H1707, H2150) and the straight marks after it, and 'he said' in the next paragraph (H2245); the double spaces after 'line?', in 'Disentanglement  Program' and after 'cleared.' as stored)",
    text='''NOAA Fisheries Disentanglement Team Members Join Right Whale Research Cruise
Goal is to learn more about right whale numbers and assist entangled animals encountered
What if whale researchers aboard a NOAA research vessel off Cape Cod sight a whale entangled in line?  Normally they would call it into the Northeast Disentanglement  Program or just reach out for a disentanglement expert, who is along for the cruise. Both Jamison Smith, the program coordinator, and David Morin, his second in command, have been part of the research team for this sighting cruise. They were invited along to document and deal with any entangled animals if encountered.
The dangers associated with disentanglement work, require that responders be trained and authorized under the Endangered Species Act and the Marine Mammal Protection Act in order to assist an entangled animal.
As it happens, an entangled North Atlantic right whale was sighted briefly on May 15, near the northern edge of Georges Bank. After searching for the rest of the daylight hours, the whale was not resighted, and sea conditions have not been good enough for a dedicated search. In fact, the ship had to put into port briefly until the weather cleared.  Researchers will keep an eye out for the animal now that the cruise has resumed.
“If we do get a chance, then we are prepared to assist this or other animals, said Smith. "We have a disentanglement first response kit, which includes specialized equipment and a satellite tag for this purpose."
"If the entanglement appears simple and weather conditions are right, then we would attempt to disentangle the whale on the spot," he said.''',
    quotes=[
        Q('“If we do get a chance', 'or other animals,', "Jamison Smith"),
        Q('"We have a disentanglement', 'for this purpose."', "Jamison Smith"),
        Q('"If the entanglement appears simple', 'on the spot,"', "Jamison Smith"),
    ],
    unclosed=("“If we do get a chance, then we are prepared to assist this or other animals,",),
    aliases={"Jamison Smith": ["Jamison Smith", "the program coordinator", "Smith"]},
),
dict(
    id="uscg-academy-2012-raising-walls-habitat-new-london",
    source="https://coastguardnews.com/raising-walls-for-the-greater-good/",
    license=PDC, retrieved=PAGES + " (Coast Guard Academy story on cadets, the Alumni Association, the Parents Association and the Institute for Leadership building a Habitat for Humanity home at 9 Jefferson Avenue in New London, Conn., begun Aug. 15, 2012 (no writer and no date line in the stored copy), reposted on coastguardnews.com under the section label 'Coast Guard Academy News'; headline kept as the first line; the label, glued to the deck in the stored copy ('Coast Guard Academy NewsCGA cadets, ...'), dropped and the deck 'CGA cadets, alumni and Habitat for Humanity team up to build a local home' kept as the second line (H2249); the photo caption 'Coast Guard Academy cadets work on a Habitat for Humanity house in New London, Conn. Sept. 22, 2012. U.S. Coast Guard photo by Petty Officer 3rd Class Cory J. Mendenhall.' between two paragraphs dropped (H792); the last paragraph, '“It’s becoming an attitude and institution within the academy,” explained Monteforte. “People want to do the house, they want to ha', cut in the stored copy, dropped with its complete first quotation (H2121); Weber's question in her second span and the narration after it in the same paragraph (H2249); curly marks and apostrophes as stored)",
    text='''Raising Walls for the Greater Good
CGA cadets, alumni and Habitat for Humanity team up to build a local home
On any given Saturday you can walk by 9 Jefferson Avenue in New London, Conn., and hear the pounding of hammers, the buzzing of saws and the cheery banter of U.S. Coast Guard Academy cadets. This is the site of the first Habitat for Humanity home that is being fully funded and built by Coast Guard hands.
Current Coast Guard Academy cadets, along with the Alumni Association, the CGA Parents Association and the Institute for Leadership, have teamed up with Habitat for Humanity to raise this first project of its kind.
The idea came to First Class Cadet Kathryn Weber in 2010, after she and some other cadets had been helping on a separate Habitat for Humanity build.
“On the ride back, we were talking about how much we loved going out and helping,” said Weber. “So I was thinking, wouldn’t it be cool if we could do this every weekend?” Weber approached her command with the idea, and from that instant, the Alumni Association was behind her and the project began to gain momentum.
At first, the organizers were concerned that there might not be enough volunteers or labor to take on such a massive project, but news of the build was stirring around campus and a wave of support quickly overwhelmed them.
“We sent out the spreadsheet for sign-ups for the first semester,” said Second Class Cadet Anthony Monteforte, project leader for the 2014 Class. “And it filled up in two days.”
The build, which began Aug. 15, 2012, has created a unique magnetism for cadets and other volunteers. Everyone wants to be a part of it.''',
    quotes=[
        Q('“On the ride back', 'going out and helping,”', "Kathryn Weber"),
        Q('“So I was thinking', 'every weekend?”', "Kathryn Weber"),
        Q('“We sent out the spreadsheet', 'first semester,”', "Anthony Monteforte"),
        Q('“And it filled up in two days.”', None, "Anthony Monteforte"),
    ],
    aliases={"Kathryn Weber": ["Kathryn Weber", "First Class Cadet Kathryn Weber", "Weber"],
             "Anthony Monteforte": ["Anthony Monteforte", "Second Class Cadet Anthony Monteforte", "project leader for the 2014 Class"]},
),
dict(
    id="nasa-gameon-2012-langley-95th-anniversary-open-house",
    source="https://gameon.nasa.gov/2012/09/27/nasa-langleys-95th-anniversary-open-house/",
    license=PD, retrieved=PAGES + " (post on NASA's blog gameon.nasa.gov, September 27, 2012 by its address, on visitors at the Langley Research Center's 95th anniversary open house (no writer in the stored copy); headline kept as the first line; the last paragraph, 'Guests of all ages looked attentive as they controlled robots ... and attempted to land sa', cut in the stored copy, dropped; the daughter and the mother named by first name in their cues and `Lisa followed up jokingly` (H2246); 'an astrophysicists' and curly marks and apostrophes as stored)",
    text='''NASA Langley’s 95th Anniversary Open House
Lisa Gibson and her daughter Cassidy made the 11-hour trip from Illinois to NASA’s Langley Research Center for the 95th Anniversary Open House. Cassidy, an 8th grader who wants to be an astrophysicists when she gets older, wanted to meet an astronaut.
“One day, I’d like to discover something that has never been discovered before,” Cassidy said.
“And then she’ll name it after her mom,” Lisa followed up jokingly.
Peggy and Jobe Metts traveled from North Carolina to expose their children to some of NASA’s work and get them excited about science. Peggy’s brother and sister-in-law, Ran and Karen Cabell work at NASA Langley.
While working as a flight surgeon for the U.S. Navy, Fred Lassen was running a half-marathon with Jerry Linenger when Linenger decided that he wanted to become an astronaut. Decades later, Lassen, who now runs a private practice, took advantage of a behind-the-scenes look at NASA Langley.
“It’s not often that you can come here and see everything that’s happening first-hand,” Lassen said.
The last time NASA’s Langley Research Center was opened to the public was in 2007 for the 90th Anniversary. And the next opportunity may not be until 2017, for the 100th anniversary.
About 10,000 people found a reason to attend the free event on Saturday. Foot traffic covered the sidewalks, with guests having the option of 21 tour stops, and dozens of hands-on activities and exhibits.
Hundreds waited their turn to meet Astronaut Anna Fisher, the first mom in space.
“With the way technology is progressing, who can imagine what will happen in the next 100 years?” Fisher said. “It’s an exciting time to be a young person.”''',
    quotes=[
        Q('“One day, I’d like', 'discovered before,”', "Cassidy"),
        Q('“And then she’ll name it after her mom,”', None, "Lisa Gibson"),
        Q('“It’s not often', 'first-hand,”', "Fred Lassen"),
        Q('“With the way technology', 'next 100 years?”', "Anna Fisher"),
        Q('“It’s an exciting time', 'young person.”', "Anna Fisher"),
    ],
    aliases={"Cassidy": ["Cassidy", "her daughter Cassidy"],
             "Lisa Gibson": ["Lisa Gibson", "Lisa"],
             "Fred Lassen": ["Fred Lassen", "Lassen"],
             "Anna Fisher": ["Anna Fisher", "Astronaut Anna Fisher", "the first mom in space", "Fisher"]},
),
dict(
    id="nasa-langley-2007-90th-birthday-open-house-govdocs",
    source="https://corpora.tika.apache.org/base/docs/govdocs1/264/264125.html",
    license=PDC, retrieved=PAGES + " (NASA Langley Research Center feature by Jim Hodges of October 27, 2007 on the center's 90th birthday open house, a nasa.gov page kept in the govdocs1 corpus of US government documents (file 264125); the page's menu lines 'Search Langley', 'Go', 'Feature' and 'Text Size', the date line '10.27.07', a line holding a single space and the byline 'By: Jim Hodges' dropped; headline kept as the first line; the image caption 'Children with Trinity the Robot. Image Left: Grace Bradley, Arthur Bradley and Ryan Jordan playing with the controls of Trinity the robot. Credit: Sean Smith.' and the video lines 'NASA Langley 2007 Open House video highlights Image to right: NASA Langley Research Center 2007 Open House video highlights. Credit: NASA' and '+ View Video (.mov)' between paragraphs dropped (H792, H2248); the last paragraph, '\"We used to come with the Boy Scouts and do tours when', cut in the stored copy, dropped; the question to a child, the robot's name in marks with the writer's comma and 'Miller said, laughing.' (H2248); straight marks as stored)",
    text='''Sights and Sounds of a 90th Birthday Party
Four-year-old Sam Rooker held his grandmother's hand tightly and looked with trepidation at a bowling-pin shaped, three-wheel robot that was maneuvering between two pylons in a corner of the Reid Center.
Sam Miller, an engineer in robotics in the Electronic Systems Branch, saw the tyke and brought a joystick over.
"Want to drive him?" Miller said.
Reserve melted. Sam Rooker brightened, reached for the control and began to drive "Trinity," so named for its three wheels and three cameras.
"It's the ultimate way to test the robustness of a robot: let a kid drive it," Miller said, laughing.
Kids drove robots, flew in simulators, went into a lunar habitat, learned how airplanes are made quieter and discovered how to shoot pictures of Mars in their backyard Saturday when Langley Research Center celebrated its 90th birthday with its first open house in six years.
They saw a wind tunnel, looked over helicopters and airplanes and got an idea of what tomorrow might bring in spaceflight on a day that began with a road race in the rain and ended in bright sunshine and blue sky. An estimated 24,000 people came to the center, many for the first time.
"We've wondered what goes on here," said Brian Byrd, who with wife Amber and sons Graham and Colbi stood in line to spend time in a flight simulator. Byrd, who is stationed at Fort Eustis, and Amber grew up on the Peninsula.
"So many people know about its history, Apollo and all that," Byrd said.
Others were back for the first time in a long time.''',
    quotes=[
        Q('"Want to drive him?"', None, "Sam Miller"),
        Q('"Trinity,"', None, None),
        Q('"It\'s the ultimate way', 'let a kid drive it,"', "Sam Miller"),
        Q('"We\'ve wondered what goes on here,"', None, "Brian Byrd"),
        Q('"So many people know', 'Apollo and all that,"', "Brian Byrd"),
    ],
    aliases={"Sam Miller": ["Sam Miller", "an engineer in robotics in the Electronic Systems Branch", "Miller"],
             "Brian Byrd": ["Brian Byrd", "Byrd"]},
),
]
