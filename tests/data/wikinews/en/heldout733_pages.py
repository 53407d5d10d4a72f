# Held-out English news texts (tests/data/heldout733-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army, the
# Army Reserve, the Army Corps of Engineers, the Marine Corps, the Navy, the Air Force, DoD News, a joint base and US
# Northern Command: a DVIDS story on Thanksgiving at Fort Leonard Wood (dvidshub.net 486706, 2024), a Marine Corps Air
# Station Iwakuni story on joint training of Japanese and Marine firefighters (mcasiwakuni.marines.mil 505342), a
# Jacksonville District release on the rise in deaths at Corps parks (saj.usace.army.mil 479816, 2011), an Army Reserve
# story on engineers building a road at Old Harbor, Alaska (usar.army.mil 3121928, 2022), an af.mil story on an Honor
# Flight greeted at Reagan National Airport (af.mil 111160, 2012), a DoD News feature on Operation Christmas Drop
# (defense.gov 3251911), a Joint Base Elmendorf-Richardson story on the Old Harbor runway project (jber.jb.mil
# 1170368), a US Northern Command story on volunteers caring for pets arriving from Japan at Travis Air Force Base
# (northcom.mil 563896, 2011) and a 6th Fleet story on USS Mount Whitney Sailors' community relations events in Lisbon
# (c6f.navy.mil 2018983, 2019). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a
# complete quotation (noted in `retrieved`). Site lines (the .mil banner lines, 'NEWS | date', '• Published' / '• By
# ...' bylines, 'Published July 19, 2011', the DVIDS and corpus date markers ' date ...', 'By Tom Saunders', the
# defense.gov slideshow template lines), whitespace-only lines, the empty lines between paragraphs, the indentation of a
# paragraph and spaces at the end of a line are dropped; a headline is kept once as the first line where the stored
# copy has one (none is added where it has none); datelines and subheadings are kept as stored; wording, typos, dashes
# and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was
# run on them (rules H2465-H2469 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout733-en.jsonl

Built by `build.py` from `heldout733_pages.py`. Like heldout725-en, heldout717-en, heldout709-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): a DVIDS story on Fort Leonard Wood's
Thanksgiving meals of Nov. 28, 2024 with the drill sergeant Sgt. 1st Class Nathaniel Nolan and Pfc. Matthew Martin
(dvidshub.net 486706, 'soldiers-celebrate-thanksgiving-with-army-family', dated 2024-12-02 by the corpus; the stored copy
opens with the dateline and shows no headline or byline); a Marine Corps Air Station Iwakuni story on the yearly joint
training of the Yamaguchi Fire Department and the Station's Crash Fire Rescue Marines, with the fire chief Toru Miyoshi
and Lance Cpls. Jesus Sosa and Morgan Hurndon (mcasiwakuni.marines.mil 505342, slug
'training-ignites-friendship-between-japanese-american-firemen'; no headline, byline or date in the stored copy); a U.S.
Army Corps of Engineers Jacksonville District release of July 19, 2011, 'U.S. Army Corps of Engineers concerned with
rise in deaths at Corps parks', with Maj. Gen. Merdith W.B. Temple and Adam Tarplee (saj.usace.army.mil 479816); an
Army Reserve story by Sgt. 1st Class Edwin Basa, 305th Mobile Public Affairs Detachment, 'Army Reserve Soldiers build
roads and community relations' (usar.army.mil 3121928, Aug. 9, 2022), with Sgt. Robert Laux; an af.mil story by Senior
Airman Christina Brownlow, Air Force Public Affairs Agency, 'World War II veterans greeted, honored during visit to
nation's capital' (af.mil 111160, May 15, 2012), with Master Sgt. Amy Winn; a DoD News feature on defense.gov, '71 years
of love from above', on the 71st Operation Christmas Drop (defense.gov 3251911; no headline, byline or date in the
stored copy, December 2022 by its content), quoting one unnamed Air Force participant; a Joint Base Elmendorf-Richardson
story by Army Staff Sgt. Balinda O'Neal Dresel, 134th Public Affairs Detachment, 'Service Members Help Isolated Alaskan
Village' (jber.jb.mil 1170368; no date in the stored copy, spring 2017 by its content), with Sgt. 1st Class Seth
Gordon; a US Northern Command story by Tom Saunders, 'Just another 'dog day afternoon' for Airmen, Sailors' (northcom.mil
563896, March 2011), with Staff Sgt. Chris Sawhill and Petty Officer 2nd Class Aaron Green; and a U.S. 6th Fleet story
on USS Mount Whitney's community relations events in Lisbon, Oct. 2019 (c6f.navy.mil 2018983, slug
'mount-whitney-sailors-complete-two-community-relations-projects-in-lisbon-portu'; no headline or byline in the stored
copy), with Electronics Technician 2nd Class Jonathan Green and Interior Communications Electrician 3rd Class Jasmine
Jordan. Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil,
DVIDS and defense.gov pages are the services' and the Department of Defense's own stories. Licence caveats: the DVIDS,
Iwakuni, defense.gov and c6f.navy.mil copies show no byline in their stored part and are taken as government works by
their sites (DVIDS publishes the services' public affairs stories; the others are the Marine Corps', the Department of
Defense's and the Navy's own sites) and by their content; Tom Saunders of the Northern Command story is named without
rank (the AFNS version of the same story, read in the UNT web archive, credits him to AFNORTH Public Affairs); the
stories quote people who are not federal employees inside the public-domain texts (the Yamaguchi fire chief Toru
Miyoshi). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete
quotation, noted per page: the Thanksgiving story's 'Another Soldier in traini'; the Iwakuni story's 'Firefighters
worldwide face challe'; the Jacksonville release's 'Corps officials encourage visitors to check local water and weather
conditi'; the Old Harbor road story's 'Laux is an Army'; the Old Harbor runway story's '“The long-term plan is to put in
a cannery and hydroelectric plant, and a longer runway will be needed to accommodate the larger aircraft,” explained
Gordon, a three-year veteran of the Old Harbor IRT mission. “It’s a win-w'; the Northern Command story's 'Army Capt.
Matt Reed, the base veterinarian, said the pet care facet of the JRCC provides owners with peace of mind so they can
take care of pressing issues like h'; the Lisbon story's '“We are pleas'; the af.mil Honor Flight story and the
Christmas Drop feature end on complete paragraphs (the feature's last lines are slideshow template placeholders
'{{slideNumber}} of {{numSlides}}' etc., dropped). The site lines (the .mil banner lines 'An official website of the
United States government', 'Here's how you know', 'A .mil website belongs to ...', 'A lock (lock ) or https:// means
...', 'NEWS | Aug. 9, 2022', the byline lines 'By Sgt. 1st Class Edwin Basa 305th Mobile Public Affairs Detachment' and
'By Tom Saunders', the af.mil and jber.jb.mil lines '• Published', '• By Senior Airman Christina Brownlow', '• Air Force
Public Affairs Agency' and '• By Army Staff Sgt. Balinda O'Neal Dresel, 134th Public Affairs Detachment', the
Jacksonville line 'Published July 19, 2011', the corpus date marker ' date 2024-12-02'), whitespace-only lines, the
empty lines between paragraphs, the eight-space indentation of one Northern Command paragraph and the space at the end
of the Jacksonville release's last kept line were dropped; headlines are kept once as the first line (the DVIDS,
Iwakuni, defense.gov and c6f.navy.mil copies have none and get none, H1818), datelines (the c6f.navy.mil copy's 'LISBON,
Portugal –' on a line of its own) and the jber.jb.mil subheading 'Project Benefits Fishing Industry' are kept as
stored; wording and typos ('Upon arrival the veterans, were greeted', 'support volunteer and medical personnel', 'acts a
midway point', 'a 36 year old man', 'the engineer companies are supported'), dashes and quotation marks (straight or
curly as stored) are as stored. Pages read but left out: stories already in earlier sets (the Southeast Louisiana VA
Veterans Day story, the Coast Guard Pensacola rescue of five boaters, the Bismarck-Mandan, Moorhead and Indiana Guard
flood stories, the Toys for Tots stories of Camp Lejeune and Miramar, the Day in the life of a military working dog
handler story 26255, the Seabee stories of CBMU 303 and NMCB 1, the STARCOM 'Guardian Giving Back' and STEMtoSpace
stories, the USS Preble, USS Patriot and Fort Hood Thanksgiving stories), pages whose stored part keeps fewer than two
complete quotations or none (the Space Force STEM outreach story on nellis.af.mil 2458603, the usar.army.mil Old Harbor
story 3108343, the DVIDS Marines and firefighters story 90475, the Twentynine Palms fire departments story, the Tulsa
District ranger story 109725, the F.E. Warren Honor Flight story, the Space Delta 6 story), copies on blogs and private
sites (military-online.blogspot.com reposts of the Mount Whitney orphanage, Constitution Caps for Kids, Honor Flight and
Toys for Tots stories, khmernz.blogspot.com's copy of the USS Essex orphanage story, micronesia.com's Seabee Magazine
copy, seapowermagazine.org's Coast Guard release copies, coastguardnews.com), digests and lists (the MyCG Frontline
Focus digest, usace.army.mil tag lists, the Coast Guard news list) and pages of newspapers, broadcasters, magazines and
document sites found by the same searches. None of the pages used is in any set above or in another helper's worktree
(checked by URL and page id (486706, 505342, 479816, 3121928, 111160, 3251911, 1170368, 563896, 2018983), by headline
and slug and by the names of their speakers and phrases, such as Nathaniel Nolan, Beverly Leggett, break bread
together, warrior restaurant, Toru Miyoshi, Yamaguchi, Jesus Sosa, Morgan Hurndon, Merdith, Adam Tarplee, Okeechobee
Waterway, Robert Laux, Tonka, Old Harbor, Amy Winn, greatest generation is so worth, Honor Flight Network, Love From
Above, Seth Gordon, 207th Engineer, Chris Sawhill, Aaron Green, Operation Pacific Passage, Jonathan Green, Jasmine
Jordan, Patacho and Entrajuda, with grep over tests/data of the main tree and of every other helper's worktree
(heldout727-734): no hit, except the Travis 'dog day afternoon' story's af.mil copy in the UNT web archive (123248518)
among the pages left out by heldout525-en, the same Honor Flight story's UNT web archive copy among the pages left out by
heldout717-en (both left out there for their stored part; the copies used here are other stored pages and no text of
them is in any set), and Operation Christmas Drop in a 2012 PACOM story of heldout362-en, another year's operation with
other words). The annotation (rules H2465–H2469 in `ANNOTATION.md` on top of the earlier rules) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-h733-2024-12-02-soldiers-celebrate-thanksgiving-army-family",
    source="https://www.dvidshub.net/news/486706/soldiers-celebrate-thanksgiving-with-army-family",
    license=PD, retrieved=PAGES + " (DVIDS story dated 2024-12-02 by the corpus on the Thanksgiving meals of Nov. 28, 2024 in Fort Leonard Wood's warrior restaurants, with the drill sergeant Sgt. 1st Class Nathaniel Nolan and Pfc. Matthew Martin; the corpus date marker ' date 2024-12-02' dropped; the stored copy opens with the dateline and shows no headline or byline, and none is added (H1818); the last paragraph, 'Another Soldier in traini', cut in the stored copy, dropped; an inverted cue followed by `as he ushered ...`, reported speech of a food manager without marks, and a partial quotation after `made him feel like,` with `He said` (H2467); em dash and curly marks as stored)",
    text='''FORT LEONARD WOOD, Mo. — “The Thanksgiving Day meal served today conveys that above all, the Army is a family,” said Sgt. 1st Class Nathaniel Nolan, a drill sergeant with the 43rd Adjutant General Reception Battalion, as he ushered some of the Army’s newest Soldiers in training through a warrior restaurant while loading up their plates with a Thanksgiving feast.
Fort Leonard Wood held its traditional Thanksgiving celebration Nov. 28 in 10 warrior restaurants across the installation, with more than 12,000 meals served to service members, Department of Defense ID cardholders, Gold Star families, retirees and their families.
According to Beverly Leggett, Installation Food Program manager, more than 800 food-service employees worked on Thanksgiving to prepare the feast and serve it alongside leadership. They served about 10,000 pounds of turkey, 3,000 pounds of shrimp, 3,500 pounds of prime rib, and 30,000 assorted cakes and pies with all the trimmings, Leggett said.
Nolan said he has worked Thanksgiving Day for the last three years, and he hopes being there instills the significance of being a member of the Army family.
“I hope they can see that as a family we sweat together, train together, but also we break bread together,” Nolan said.
One of those new Soldiers in training, Pfc. Matthew Martin, said he had only been at Fort Leonard Wood for three days, and was thankful to be spending Thanksgiving at the 43rd Adjutant General Reception Battalion.
“I know this is where I need to be and want to be. Being here is going to set me and my family up for the future,” Martin said. “The time I spend away from them now, will be worth it in the long run when I am serving as a military police officer, which will allow me to support my family.”
He said the Thanksgiving Day meal made him feel like, “the Army cares about me.”''',
    quotes=[
        Q('“The Thanksgiving Day meal', 'the Army is a family,”', "Nathaniel Nolan"),
        Q('“I hope they can see', 'break bread together,”', "Nathaniel Nolan"),
        Q('“I know this is where', 'up for the future,”', "Matthew Martin"),
        Q('“The time I spend away', 'support my family.”', "Matthew Martin"),
        Q('“the Army cares about me.”', None, "Matthew Martin"),
    ],
    aliases={"Nathaniel Nolan": ["Nathaniel Nolan", "Sgt. 1st Class Nathaniel Nolan", "a drill sergeant with the 43rd Adjutant General Reception Battalion", "Nolan"],
             "Matthew Martin": ["Matthew Martin", "Pfc. Matthew Martin", "Martin"]},
),
dict(
    id="marines-iwakuni-h733-training-ignites-friendship-japanese-american-firemen",
    source="https://www.mcasiwakuni.marines.mil/Iwakuni-News/News-Stories/News-Article-Display/Article/505342/training-ignites-friendship-between-japanese-american-firemen",
    license=PD, retrieved=PAGES + " (Marine Corps Air Station Iwakuni story on the yearly joint training of the Yamaguchi Fire Department and the Station's Crash Fire Rescue Marines, with the Yamaguchi fire chief Toru Miyoshi and Lance Cpls. Jesus Sosa and Morgan Hurndon; the stored copy opens with the dateline and shows no headline, byline or date, and none is added (H1818); the last paragraph, 'Firefighters worldwide face challe', cut in the stored copy, dropped; a fire chief reported three times without marks and then quoted, a group sentence `Crash Fire Rescue Marines agree.` before a quotation that opens after the writer's subordinate clause (H2468); straight marks as stored)",
    text='''MARINE CORPS AIR STATION IWAKUNI, Japan -- Propped up in a shimmering pool of highly combustible fuels, the blackened mock cockpit waits for another encounter with blistering heat and towering flames. Off to the side, a small test fire is lit. A cloud of thick smoke rolls toward the flight line, and the crew chief shakes his head. Until the wind changes, the main fire won't be ignited. Rules forbid training from taking place if smoke will obscure a pilot's view of the runway.
Minutes later, another small fire is lit. This time, the results are good; the wind has shifted. A firefighter touches a flame to the main fuel pool, and within seconds, a tower of dark smoke and orange flames is reaching to the sky.
Seventeen firefighters from the Yamaguchi Fire Department joined forces with Station firefighters during a recent training exercise here. The day's exercise was part of a six-day training cycle that the Japanese nationals conduct jointly with Marines each year, said Toru Miyoshi, Yamaguchi Fire Chief.
Yamaguchi firefighters look forward to the annual training as an opportunity to test new equipment and hone their skills, said Miyoshi. This year, they tested a new air foam nozzle.
Joint training between local fire departments and Station Marines was birthed during an event that occurred more than 40 years ago, Miyoshi said. A fire began directly outside of the main gate, and Japanese and U.S. firefighters rushed to put out the blaze together.
"There are no borders for firemen," said Miyoshi. "Japanese and American firemen are brothers."
Crash Fire Rescue Marines agree.
Although Japanese and Marine firefighters use varying techniques and a variety of different equipment, "They're certified firefighters just like us," said Lance Cpl. Jesus Sosa, Headquarters and Headquarters Squadron CFR training clerk.
"I love training," said Lance Cpl. Morgan Hurndon, H&HS aircraft rescue firefighter. "If something bad happens, we're ready for it."''',
    quotes=[
        Q('"There are no borders for firemen,"', None, "Toru Miyoshi"),
        Q('"Japanese and American firemen are brothers."', None, "Toru Miyoshi"),
        Q('"They\'re certified firefighters just like us,"', None, "Jesus Sosa"),
        Q('"I love training,"', None, "Morgan Hurndon"),
        Q('"If something bad happens', 'ready for it."', "Morgan Hurndon"),
    ],
    aliases={"Toru Miyoshi": ["Toru Miyoshi", "Yamaguchi Fire Chief", "Miyoshi"],
             "Jesus Sosa": ["Jesus Sosa", "Lance Cpl. Jesus Sosa", "Headquarters and Headquarters Squadron CFR training clerk"],
             "Morgan Hurndon": ["Morgan Hurndon", "Lance Cpl. Morgan Hurndon", "H&HS aircraft rescue firefighter"]},
),
dict(
    id="usace-saj-h733-2011-07-19-concerned-rise-deaths-corps-parks",
    source="https://www.saj.usace.army.mil/Media/News-Releases/Article/479816/us-army-corps-of-engineers-concerned-with-rise-in-deaths-at-corps-parks/",
    license=PD, retrieved=PAGES + " (U.S. Army Corps of Engineers Jacksonville District release of July 19, 2011 on the rise in deaths at Corps-managed parks, with the acting commanding general Maj. Gen. Merdith W.B. Temple and the natural resources program manager Adam Tarplee; the line 'Published July 19, 2011' and the whitespace-only lines between paragraphs dropped; headline kept as the first line; the space after the last kept line dropped; the last paragraph, 'Corps officials encourage visitors to check local water and weather conditi', cut in the stored copy, dropped; a quotation whose last words are a hyphen-dash before the closing mark, and officials reported without marks (H2469); en dash, hyphens, curly and straight marks as stored)",
    text='''U.S. Army Corps of Engineers concerned with rise in deaths at Corps parks
JACKSONVILLE, Fla. (July 19, 2011) – The U.S. Army Corps of Engineers (USACE), Jacksonville District is continuing to concentrate on water safety outreach at lake/river projects after a deadly start to the recreation season at Corps-managed parks nationwide.
As of May 31, 57 people have died on Corps-owned property this year, compared to 39 at this time last year – a more than 32 percent increase. Most of these fatalities were from drowning. Corps officials report that more than 90 percent of drowning victims at Corps parks were not wearing a life jacket. There has been one drowning in the Okeechobee Waterway this year, a 36 year old man swimming outside of the designated swim area on the St. Lucie Canal.
“Public safety is our number one priority,” said Maj. Gen. Merdith W.B. Temple, acting commanding general of the U.S. Army Corps of Engineers. “The increase in deaths at USACE parks this year is of great concern to us. We want to do everything we can to make people aware of potential risks when they visit one of our recreation areas, and how to make good decisions that will improve safety for themselves, families and friends.”
The U.S. Army Corps of Engineers works with Safekids, American Red Cross, Lee County, and the Palm Beach County Drowning Prevention Coalition to provide water safety information to the public through outreach events and through school and summer camp programs. Through these avenues, the Corps reaches more than 60,000 Floridians with water safety messages.
"It is unfortunate to see time and time again the same scenario play out - a male between the ages of 18 and 48, swam outside a designated area with no lifejacket and drowned -" said Adam Tarplee, natural resources program manager.''',
    quotes=[
        Q('“Public safety is our number one priority,”', None, "Merdith W.B. Temple"),
        Q('“The increase in deaths', 'families and friends.”', "Merdith W.B. Temple"),
        Q('"It is unfortunate to see', 'and drowned -"', "Adam Tarplee"),
    ],
    aliases={"Merdith W.B. Temple": ["Merdith W.B. Temple", "Maj. Gen. Merdith W.B. Temple", "acting commanding general of the U.S. Army Corps of Engineers"],
             "Adam Tarplee": ["Adam Tarplee", "natural resources program manager"]},
),
dict(
    id="usar-h733-2022-08-09-army-reserve-soldiers-build-roads-old-harbor",
    source="https://www.usar.army.mil/News/News-Display/Article/3121928/army-reserve-soldiers-build-roads-and-community-relations/",
    license=PD, retrieved=PAGES + " (Army Reserve story of Aug. 9, 2022 by Sgt. 1st Class Edwin Basa, 305th Mobile Public Affairs Detachment, on engineers of the 411th Engineer Battalion building an access road at Old Harbor on Kodiak Island, Alaska, with Sgt. Robert Laux; the .mil banner lines, 'NEWS | Aug. 9, 2022' and the byline line dropped; headline kept as the first line; the last paragraph, 'Laux is an Army', cut in the stored copy, dropped; counted-out words quoted before `X, a construction engineer ... stated to describe ...`, and a role noun `the recently promoted sergeant` as the cue (H2465); curly marks as stored)",
    text='''Army Reserve Soldiers build roads and community relations
Army Reserve Soldiers from units around the Pacific have assembled in a very rural location in Alaska to help with the development of a community, testing their mettle while strengthening bonds among the local residents.
“Six, seven, eight,” Sgt. Robert Laux, a construction engineer from the 297th Engineer Company stated to describe the start of a typical workday at the village of Old Harbor on Kodiak Island, Alaska. Wake up at 6 a.m. Chow at 7 a.m. Work at 8 a.m.
He and other Army Reserve Soldiers from various units under the 411th Engineer Battalion, 303rd Maneuver Enhancement Brigade, 9th Mission Support Command, are in Old Harbor during the summer to construct an access road to the future site of a hydroelectric powerhouse.
The road construction project for the local residents is part of the Army’s Innovative Readiness Training in effort to stimulate the economy and increase the population of roughly 216 which has been in steady decline over the years. The IRT program at Old Harbor is in its final phase and will be completed at the end of August.
Additionally, the engineer companies are supported by the 411th Engineer Battalion Forward Support Company.
The engineers are mainly using heavy-duty construction equipment to build the nearly 1.5 mile road.
Laux enjoys what he does while working at Old Harbor and describes his earthmoving equipment as big Tonka toys.
“Honestly, the days are great,” the recently promoted sergeant said. “I love operating equipment.”''',
    quotes=[
        Q('“Six, seven, eight,”', None, "Robert Laux"),
        Q('“Honestly, the days are great,”', None, "Robert Laux"),
        Q('“I love operating equipment.”', None, "Robert Laux"),
    ],
    aliases={"Robert Laux": ["Robert Laux", "Sgt. Robert Laux", "a construction engineer from the 297th Engineer Company", "the recently promoted sergeant", "Laux"]},
),
dict(
    id="af-h733-2012-05-15-wwii-veterans-greeted-honor-flight",
    source="https://www.af.mil/News/Article-Display/Article/111160/world-war-ii-veterans-greeted-honored-during-visit-to-nations-capital",
    license=PD, retrieved=PAGES + " (af.mil story of May 15, 2012 by Senior Airman Christina Brownlow, Air Force Public Affairs Agency, on an Honor Flight of 169 World War II veterans greeted at Ronald Reagan Washington National Airport, with Master Sgt. Amy Winn; the lines '• Published', '• By Senior Airman Christina Brownlow' and '• Air Force Public Affairs Agency' dropped; headline kept as the first line; the stored copy ends on a complete paragraph; the writer's parenthesis inside a quotation and a surname-only cue after the speaker's presentation in a paragraph without marks (H2466); 'Upon arrival the veterans, were greeted' and straight marks as stored)",
    text='''World War II veterans greeted, honored during visit to nation's capital
The Honor Flight Network hosted 169 World War II veterans who were greeted at Ronald Reagan Washington National Airport as they landed to visit and reflect at memorials throughout the local area.
The Honor Flight Network is a nonprofit organization created solely to honor America's veterans for all their sacrifices. Top priority is given to the senior World War II survivors, along with other veterans who may be terminally ill.
The veterans arrived from Florida on two flights and required 195 guardians, support volunteer and medical personnel to make these flights possible.
Upon arrival the veterans, were greeted by 85 military members and their families, the Falls Church Concert Band, and hundreds of bystanders.
These trips give veterans who might not otherwise get the chance to see the monuments, the honor to see them and the local community the chance to honor the veterans for their service while they are visiting the nation's capital.
Master Sgt. Amy Winn, executive assistant to the Air Force chief of staff, has been greeting the honor flights for the last two years.
"To spend time with our country's greatest generation is so worth it. These men and women did their service not expecting anything in return," Winn said.
With approximately 900 WWII veterans passing away each day, the Honor Flight Network continues to do whatever it takes to fulfill the dreams of our heroes at no cost to them.
"What gets to me the most is that a lot of the vets look at us (greeters at the airport) and they thank us for our service. Their service is honored by current members of the military," Winn said. "I owe it to them. We all do."''',
    quotes=[
        Q('"To spend time with', 'anything in return,"', "Amy Winn"),
        Q('"What gets to me the most', 'members of the military,"', "Amy Winn"),
        Q('"I owe it to them. We all do."', None, "Amy Winn"),
    ],
    aliases={"Amy Winn": ["Amy Winn", "Master Sgt. Amy Winn", "executive assistant to the Air Force chief of staff", "Winn"]},
),
dict(
    id="dod-h733-71-years-of-love-from-above-christmas-drop",
    source="https://www.defense.gov/News/Feature-Stories/Story/Article/3251911/71-years-of-love-from-above/",
    license=PD, retrieved=PAGES + " (DoD News feature on defense.gov on the 71st Operation Christmas Drop from Andersen Air Force Base, Guam (December 2022 by its content), quoting one unnamed Air Force participant; the stored copy opens with the first paragraph and shows no headline, byline or date, and none is added (H1818); the slideshow template lines ('{{slideNumber}} of {{numSlides}}', '{{slideNumber}}/{{numSlides}}', '{{slideTitle}}', '-', '{{slideCaption}}', '{{slideInfo.slideNumber}}/{{numSlides}}', '{{slideInfo.slideTitle}}', '{{slideInfo.slideCaption}}') after the last paragraph dropped; an operation's catchphrase in marks, and an unnamed participant's words in two paragraphs with ellipses inside the second (H2466); em dashes and straight marks as stored)",
    text='''For residents of dozens of islands in the Pacific, Christmas comes a little bit early every year, and children scan the skies not for a sleigh, but for U.S. Air Force planes, dropping holiday packages by parachute.
Operation Christmas Drop, as it's called, delivers needed supplies — food, tools, medical supplies — to people living in some of the most remote places on the globe, as well as toys, books and other holiday gifts. The operation just wrapped its 71st year, making it the Defense Department's longest-running humanitarian airlift operation.
Andersen Air Force Base in Guam is the base camp for Christmas Drop. Participating C-130 aircraft and crews convene there, and service members and volunteers from the community gather every year to decorate packaging and build bundles from the tons of donations that pour in — 209 bundles this year, weighing more than 75,000 pounds total.
Indo-Pacific partner nations have also joined the operation in recent years; this year U.S. troops worked with counterparts from Japan, South Korea, Australia and New Zealand. For participating service members, Christmas Drop serves as valuable training in airlifting supplies to austere locations.
But as the "Love From Above" catchphrase associated with the operation suggests, it's much more than that too.
"It seems like as you get older, Christmas kinda loses its luster a little bit, but for the Pacific Islanders out here, the magic of Christmas is very real," one Air Force participant said.
"When we go and drop these bundles ... seeing videos ... of the children screaming and waving and just running to the box and ready to open their Christmas presents — to be a part of that is quite magical."''',
    quotes=[
        Q('"Love From Above"', None, None),
        Q('"It seems like as you get older', 'is very real,"', None),
        Q('"When we go and drop these bundles', 'quite magical."', None),
    ],
    aliases={},
),
dict(
    id="jber-h733-service-members-help-isolated-alaskan-village",
    source="https://www.jber.jb.mil/News/Articles/Display/Article/1170368/service-members-help-isolated-alaskan-village/",
    license=PD, retrieved=PAGES + " (Joint Base Elmendorf-Richardson story by Army Staff Sgt. Balinda O'Neal Dresel, 134th Public Affairs Detachment, on the Innovative Readiness Training runway extension at Old Harbor, Alaska, in its fifth year (no date in the stored copy; spring 2017 by its content), with Sgt. 1st Class Seth Gordon of the Alaska National Guard's 207th Engineer Utility Detachment; the lines '• Published' and '• By Army Staff Sgt. Balinda O'Neal Dresel, 134th Public Affairs Detachment' dropped; headline kept as the first line; the subheading 'Project Benefits Fishing Industry' kept as a line (H117); the last paragraph, '“The long-term plan ... ,” explained Gordon, a three-year veteran of the Old Harbor IRT mission. “It’s a win-w', cut in the stored copy, dropped with its complete first piece (H2121); curly marks as stored)",
    text='''Service Members Help Isolated Alaskan Village
Alaska National Guard soldiers from the 207th Engineer Utility Detachment have teamed up with service members from across the Defense Department to participate in an Innovative Readiness Training runway extension project here.
Led by U.S. Marine Forces Reserve, this year’s project is part of a civil and joint military program to improve military readiness while simultaneously providing quality services to underserved communities throughout the United States. Participants include active and reserve component service members from the Air Force, Army, Coast Guard, Marine Corps and Navy.
Now in its fifth year, IRT Old Harbor’s mission is to build a 2,700-foot extension of the airport runway to expand the community’s economy. From firefighting and medical personnel to engineering and transportation of goods needed to sustain the camp, the project requires a variety of occupational specialties.
“Out of the eight soldiers here, I have four heavy equipment operators, two mechanics, a cook and an electrician,” said Army Sgt. 1st Class Seth Gordon, 207th EUD readiness noncommissioned officer. “Our soldiers look forward to the opportunity to come out here every year to complete training while making a difference for the local community.”
Project Benefits Fishing Industry
Old Harbor, a small community on Kodiak Island, is highly dependent on the fishing industry. To support economic expansion, the Old Harbor Native Corporation, the City of Old Harbor and the Old Harbor Tribal Council have been working to establish infrastructure needed to start a fish processing operation in the community.''',
    quotes=[
        Q('“Out of the eight soldiers here', 'and an electrician,”', "Seth Gordon"),
        Q('“Our soldiers look forward', 'for the local community.”', "Seth Gordon"),
    ],
    aliases={"Seth Gordon": ["Seth Gordon", "Army Sgt. 1st Class Seth Gordon", "207th EUD readiness noncommissioned officer"]},
),
dict(
    id="northcom-h733-2011-03-dog-day-afternoon-airmen-sailors",
    source="http://www.northcom.mil/Newsroom/Article/563896/just-another-dog-day-afternoon-for-airmen-sailors/",
    license=PD, retrieved=PAGES + " (US Northern Command story by Tom Saunders of March 2011 on Air Force Staff Sgt. Chris Sawhill and Navy Petty Officer 2nd Class Aaron Green carrying pets of families arriving from Japan at the Joint Reception Coordination Center, Travis Air Force Base, during Operation Pacific Passage; the byline line 'By Tom Saunders' dropped; headline kept as the first line; the eight-space indentation of the paragraph 'As families arrived, ...' dropped; the last paragraph, 'Army Capt. Matt Reed, the base veterinarian, said the pet care facet of the JRCC provides owners with peace of mind so they can take care of pressing issues like h', cut in the stored copy, dropped; the writer's phrase in single marks in the headline and the lead, a word in single marks nested in a quotation, and `X, assigned to ... said, \"...\"` with no comma before `said` (H2468); straight marks as stored)",
    text='''Just another 'dog day afternoon' for Airmen, Sailors
TRAVIS AIR FORCE BASE, Calif. - It was a 'dog day afternoon' March 23 for Air Force Staff Sgt. Chris Sawhill and Navy Petty Officer 2nd Class Aaron Green as they volunteered their time to help welcome transiting pets from Japan to the Joint Reception Coordination Center here.
As family members made their way across the Pacific from various locations in the earthquake- and tsunami-ravaged nation, volunteers stationed at and near Travis AFB stepped up to assist with Operation Pacific Passage, the Department of Defense's response to support the voluntary return of family members from Japan.
As families arrived, they were met by experts from all services led by U.S. Army North to help coordinate follow-on travel to their final destinations. Since a great deal of that coordination required time and focused attention by those arriving from the Far East, the JRCC volunteers lent a hand by carrying pet cages to the pet staging area.
For the two volunteers, it was a very important task.
"Pets are a part of the family," said Sergeant Sawhill, a security forces member assigned to Travis's 60th Security Forces Squadron. "It's important for every 'member' of the family to be taken care of, even the four-legged ones."
Petty Officer Green, assigned to Travis' Air Reconnaissance Squadron 3 said, "This is all about pets and people and making sure they have a smooth transition. Having your pet with you is a stress reliever, and knowing they are being well taken care of can be a great relief as well."
Fourteen cats and dogs made the early flight March 23 along with 240 passengers. Some appeared docile, while others seemed a bit more excited from the flurry of activity surrounding them. But more important, all were healthy and safe.''',
    quotes=[
        Q("'dog day afternoon'", None, None, 0),
        Q("'dog day afternoon'", None, None, 1),
        Q('"Pets are a part of the family,"', None, "Chris Sawhill"),
        Q('"It\'s important for every', 'the four-legged ones."', "Chris Sawhill"),
        Q('"This is all about pets', 'great relief as well."', "Aaron Green"),
    ],
    aliases={"Chris Sawhill": ["Chris Sawhill", "Air Force Staff Sgt. Chris Sawhill", "Sergeant Sawhill", "a security forces member assigned to Travis's 60th Security Forces Squadron"],
             "Aaron Green": ["Aaron Green", "Navy Petty Officer 2nd Class Aaron Green", "Petty Officer Green"]},
),
dict(
    id="navy-c6f-h733-2019-10-mount-whitney-community-relations-lisbon",
    source="https://www.c6f.navy.mil/Press-Room/News/News-Display/Article/2018983/mount-whitney-sailors-complete-two-community-relations-projects-in-lisbon-portu/",
    license=PD, retrieved=PAGES + " (U.S. 6th Fleet story on two community relations events of USS Mount Whitney Sailors during a port visit in Lisbon, Oct. 21-25, 2019, at a donated-goods bank and at the Ronald McDonald House, with Electronics Technician 2nd Class Jonathan Green and Interior Communications Electrician 3rd Class Jasmine Jordan; the stored copy opens with the dateline 'LISBON, Portugal –' on a line of its own, kept as stored, and shows no headline or byline, and none is added (H1818); the last paragraph, '“We are pleas', cut in the stored copy, dropped; two Sailors with two pieces each around inverted cues, named women of the charity who say nothing in marks (H2469); 'acts a midway point', en dash and curly marks as stored)",
    text='''LISBON, Portugal –
Sailors and civil service mariners assigned to the Blue Ridge-class command and control ship USS Mount Whitney (LCC 20) participated in two community relations events during a port visit in Lisbon, Portugal, Oct. 21-25, 2019.
The first event took place Oct. 22 at Entrajuda Banco de Bens Doados, where Sailors used forklifts to fill and pack bins that were to be shipped to partner organizations.
“It felt great, like I made an impact,” said Electronics Technician 2nd Class Jonathan Green. “I feel like we helped strengthen our relationship with the Portuguese people and the community of Lisbon.”
Entrajuda Banco de Bens Doados acts a midway point for donated goods, which are repackaged to the specifications of different organizations that benefit the homeless and those in need.
The second event took place Oct. 23, when members of the crew visited the Ronald McDonald House, where they were met by Ana Patacho, House Manager for Ronald McDonald Lisbon. The mission of the Ronald McDonald House is to create, find and support programs that directly improve the health and well-being of families while their children undergo treatments at the Dona Estefania Hospital in Lisbon.
“I felt that we really connected with the people of Portugal and that we gave something back,” said Interior Communications Electrician 3rd Class Jasmine Jordan. “I really enjoyed seeing the great work that Ronald McDonald House was doing and meeting some of the families staying there.”
Members of the Mount Whitney watched a video of the founder, Dr. Audrey Evans, describing her vision for providing a safe place and residence for families with children receiving medical care. Following the video, members of the Mount Whitney cleaned windows, window shades, the garage, basement, and signage outside. Ana Patacho and Helena Camacho, a home assistant at the facility, gave a tour to Sailors, who were then able to interact with families that were staying there.''',
    quotes=[
        Q('“It felt great, like I made an impact,”', None, "Jonathan Green"),
        Q('“I feel like we helped', 'the community of Lisbon.”', "Jonathan Green"),
        Q('“I felt that we really connected', 'gave something back,”', "Jasmine Jordan"),
        Q('“I really enjoyed seeing', 'families staying there.”', "Jasmine Jordan"),
    ],
    aliases={"Jonathan Green": ["Jonathan Green", "Electronics Technician 2nd Class Jonathan Green"],
             "Jasmine Jordan": ["Jasmine Jordan", "Interior Communications Electrician 3rd Class Jasmine Jordan"]},
),
]
