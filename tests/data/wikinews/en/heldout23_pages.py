# Held-out English news pages (tests/data/heldout23-en.jsonl). Like heldout21_pages.py, these texts do NOT
# come from AMALGUM/GUM: they are stored web pages (the `pages` search corpus) of US federal government news
# outlets: NASA (nasa.gov "This Week @ NASA" and its transcript, a JPL news feature), the US Army (army.mil
# Army News Service articles, a U.S. Army Central and an Army North story, an Army Reserve story, three DVIDS
# stories), the Department of Defense (a DoD News page of prhome.defense.gov as kept by the End of Term web
# archive), the US Air Force (a Hurlburt Field commentary), NOAA (the Coral Reef Conservation Program) and the
# Department of Commerce (its blog page on NOAA). All are works of the US federal government and in the public
# domain (17 U.S.C. § 105); no item is marked as third-party copyrighted (third-party photo credits are in
# dropped captions). The stored copies are often cut after about 2,000 characters: only complete paragraphs
# are kept (a cut paragraph is dropped and noted in `retrieved`). Site navigation, "official website"
# banners, "Text Size"/"Listen Now" links, image captions and photo credits are dropped; wording and
# quotation marks are as stored. Voice of America is not used.
# Annotated by reading the pages, before whosaid was run on them (rules H99-H102 in ANNOTATION.md).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

DOCS = [
dict(
    id="gov-en-nasa-twan-2013-08-26",
    source="https://www.nasa.gov/content/this-week-nasa-august-26-2013/",
    license=PD, retrieved=PAGES + " ('Text Size' link dropped; the last paragraph, on the Expedition 36 spacewalk, cut in the stored copy, dropped; the copy's 'more 6-thousand' and 'Adminstrator' kept)",
    text='''This Week @ NASA, August 26, 2013
August 26, 2013
A big week for NASA’s newest astronaut candidates … chosen from more 6-thousand applicants, the group of eight arrived at Johnson Space Center to begin training for future missions and were introduced to the media during a news conference with Administrator Charlie Bolden.
Charlie Bolden, NASA Adminstrator:
“These new astronauts we’re introducing today are critical to achieving our ambitious goals. They will help us to continue to lead the world in exploration.”
The candidates could be some of the first explorers to help NASA and its international partners blaze the trail outlined in the recently announced Global Exploration Roadmap. The roadmap makes clear the U.S. and its international space partners share an interest in pursuing ambitious exploration goals.
Charlie Bolden, NASA Administrator:
“The roadmap demonstrates the important role of NASA’s asteroid mission and advancing the capabilities needed for exploring Mars and the economic and societal value of exploration and what it brings to all of us.’
The roadmap also highlights the critical role of the International Space Station in preparing for deep-space exploration, and the importance of asteroid missions in advancing capabilities needed to explore Mars.
While in Houston, Administrator Bolden also visited Boeing’s Houston Product Support Center to check out a fully-outfitted mockup of the company’s CST-100 capsule.
The vehicle is being developed in partnership with NASA’s Commercial Crew Program to provide safe, reliable and cost-effective transport to and from the International Space Station.''',
    quotes=[
        Q('“These new astronauts', 'lead the world in exploration.”', "Charlie Bolden"),
        Q('“The roadmap demonstrates', 'to all of us.’', "Charlie Bolden"),
    ],
    aliases={"Charlie Bolden": ["Administrator Charlie Bolden", "Administrator Bolden"]},
),
dict(
    id="gov-en-nasa-twan-transcript-2006-02-10",
    source="https://www.nasa.gov/multimedia/podcasting/twan_transcript_021006.html",
    license=PD, retrieved=PAGES + " ('Text Size' and '+ Listen Now (mp3)' links dropped; Bill McArthur's answer, cut in the stored copy, dropped; the 'SOT' (sound on tape) labels and the copy's 'unforseen', 'accomodate' kept)",
    text='''Transcript: This Week at NASA, February 4 - 10
NASA Administrator Michael Griffin hosted a news conference on the agency's Fiscal Year ’07 budget and how it supports the agency’s Vision for Space Exploration.
SOT Griffin "I would say that in a fiscal environment where domestic non-defense discretionary spending is decreasing at one-half percent, that NASA's overall increase of 3.3 percent is very welcome frankly."
Griffin was joined at the news conference by NASA’s four associate administrators, who responded to questions about the budget’s impact on their respective Mission Directorates.
SOT Gerstenmaier "We're going to try to figure out the most efficient way to put the space station together. To use a minimum number of flights. But, if something unforseen were to happen, that's a major event, we do have some flexibility to accomodate that in the sequence."
Expedition 12 Commander Bill McArthur and Flight Engineer Valery Tokarev conducted a five-hour, 43-minute spacewalk outside the International Space Station. During the EVA, the Crew removed a cable on the rail car system to prevent it from being severed accidentally, and jettisoned an expired Russian spacesuit into space. Equipped with an amateur radio transmitter, the spacesuit sent prerecorded messages to ham operators worldwide. This was the Expedition 12 crew’s second spacewalk of their six-month mission.
Also aboard the Station, Commander McArthur fielded questions from KOMO-TV, Seattle and Men’s Health Magazine about his life and work on the complex.
SOT Men's Health Reporter: "What do you hope to learn from your half-marathon that you performed? Was it just to do it, or are you looking at some physiological responses?''',
    quotes=[
        Q('"I would say', 'very welcome frankly."', "Michael Griffin"),
        Q('"We\'re going to try', 'in the sequence."', "Gerstenmaier"),
        Q('"What do you hope', 'physiological responses?', None),
    ],
    aliases={"Michael Griffin": ["NASA Administrator Michael Griffin", "Griffin"]},
),
dict(
    id="gov-en-army-cadet-command-2014",
    source="https://www.army.mil/article/130617/Cadet_Command_welcomes_new_senior_enlisted_leader_during_change_of_responsibility_ceremony/",
    license=PD, retrieved=PAGES + " (the stored copy starts with the dateline, without a title line; the paragraph on Howard's service, cut in the stored copy after 'USACC \"…experienced t', dropped; the copy's unopened closing mark after 'these qualities.' kept)",
    text='''FORT KNOX, Kentucky -- The U.S. Army Cadet Command (USACC) hosted a change of responsibility for its senior enlisted leader in a formal ceremony at Cadet Park, here, July 25.
Brig. Gen. Peggy Combs, commander, USACC and Fort Knox, presided over the ceremony that transferred responsibility from Command Sgt. Maj. Roger Howard to Command Sgt. Maj. Gabriel Arnold.
After the ceremonial transfer of unit colors that symbolizes the responsibility the commander places on the command sergeant major, Combs addressed the audience.
"This is the hardest ceremony for any commander to preside over, because as we passed that flag, our great unit colors and that responsibility from one great NCO to another, it also means that I just lost a battle buddy."
She said that as she was trying to summarize Howard's contributions to Cadet Command for the last two years, she referred to some of her old ROTC notes from college that described what's expected of a sergeant major. The notes referred to a description written by a British officer in 1776.
"The choice of a sergeant major must never be influenced by any other consideration than that of real merit. Besides being a complete sergeant in every respect, he ought to be sensible and sedate. He should be a perfect master of every branch in the interior management and discipline of a regiment," Combs said.
"He must also have a certain degree of coolness to give instructions and must be the standard bearer of morals, character, and tactical and technical expertise, with his head on a swivel, as the eyes and ears of the commander, providing sage wisdom and advice as a trusted advisor, and loyal supporter of the commander.
"In other words, what I would call my true teammate," Combs said. Command Sgt. Maj. Howard, you've fulfilled each one of these qualities."''',
    quotes=[
        Q('"This is the hardest ceremony', 'lost a battle buddy."', "Peggy Combs"),
        Q('"The choice of a sergeant major', 'discipline of a regiment,"', "Peggy Combs"),
        Q('"He must also have', 'supporter of the commander.', "Peggy Combs"),
        Q('"In other words', 'each one of these qualities."', "Peggy Combs"),
    ],
    aliases={"Peggy Combs": ["Brig. Gen. Peggy Combs", "Combs"]},
),
dict(
    id="gov-en-army-nco-experts-2009",
    source="http://www.army.mil/article/18514/noncommissioned-officers-must-be-experts-in-their-field/",
    license=PD, retrieved=PAGES + " (the stored copy starts with the dateline, without a title line; the paragraph on the Commander-in-Chief's Guard, cut in the stored copy, dropped)",
    text='''WASHINGTON (Army News Service, March 20, 2009) -- Sgt. Maj. of the Army Kenneth O. Preston challenged junior non-commissioned officers to become subject-matter experts in their respective fields.
"Training is a key role for the NCO," Preston said. "And the best way you can take care of your Soldiers is to teach them to be the best at their profession."
During a ceremony to celebrate the Army's Year of the Noncommissioned Officer, March 19, Preston addressed Soldiers about the importance of being the best at what they do.
"As a Soldier and an NCO, your goal is to be a subject-matter expert in your field," he said. "Across the 150 jobs in the Army, there are opportunities for excellence in your profession."
Some examples, said Preston, include pursuing awards like the Expert Infantryman's Badge, the Silver Spurs for cavalrymen and other similar commendations depending on military occupational specialty.
The ceremony, held at Conmy Hall on Fort Myer, combined a traditional pass and review with an induction ceremony in which 29 Soldiers were welcomed to the NCO Corps.
The floor of Conmy Hall was a trip through time as units from the 3rd U.S. Infantry (The Old Guard) and the U.S. Army Band (Pershing's Own) performed a pass and review.
Secretary of the Army Pete Geren, Chief of Staff of the Army Gen. George W. Casey Jr. and Preston reviewed the units, some of whom were dressed in period uniforms to pay tribute to NCOs who served in previous wars.
"We're here to honor the heart and soul of the Army: the NCO Corps," Geren said. "They're the keepers of our standards, from the recruiting station, to basic training, to Iraq -- or Forward Operating Base Blessing, at the end of the world."
The tribute also doubled as a history lesson for attendees. As each unit marched in front of the reviewing stand, an announcer explained their role in the history of the Army, or the significance of their uniform.''',
    quotes=[
        Q('"Training is a key role for the NCO,"', None, "Kenneth O. Preston"),
        Q('"And the best way', 'at their profession."', "Kenneth O. Preston"),
        Q('"As a Soldier and an NCO', 'expert in your field,"', "Kenneth O. Preston"),
        Q('"Across the 150 jobs', 'excellence in your profession."', "Kenneth O. Preston"),
        Q('"We\'re here to honor', 'the NCO Corps,"', "Pete Geren"),
        Q('"They\'re the keepers', 'at the end of the world."', "Pete Geren"),
    ],
    aliases={"Kenneth O. Preston": ["Sgt. Maj. of the Army Kenneth O. Preston", "Preston"],
             "Pete Geren": ["Secretary of the Army Pete Geren", "Geren"]},
),
dict(
    id="gov-en-noaa-coral-heroes-nmsf",
    source="https://www.coralreef.noaa.gov/aboutcrcp/news/featuredstories/jun20/marine-sanctuary-foundation.html",
    license=PD, retrieved=PAGES + " (NOAA Coral Reef Conservation Program feature; the photo caption with its third-party credit dropped; the paragraph on the foundation's local chapter, cut in the stored copy, dropped; the mixed straight and curly marks kept)",
    text='''Coral Heroes: The National Marine Sanctuary Foundation
Throughout the Coral Reef Conservation Program’s 20th Anniversary, we are highlighting Coral Heroes — individuals and organizations that have worked with the program and are making a real difference in coral reef conservation.
The conservation of special places and resources like coral reefs involves many different types of groups. Federal agencies, state and territorial agencies, academic institutions, and non-governmental organizations each have distinct strengths that they bring to the table.
The National Marine Sanctuary Foundation works with the NOAA Office of National Marine Sanctuaries and local communities to conserve special places in U.S. waters that protect healthy oceans and maritime and cultural history. The foundation focuses on science and conservation, community engagement, and education and outreach in coral reef areas such as American Samoa, the Florida Keys, Flower Garden Banks in the Gulf of Mexico, and Papahānaumokuākea in the Northwestern Hawaiian Islands.
"Coral reefs—our oceans’ rainforests—are home to an astounding diversity of life. From the deepsea to shallow coastal waters, our national marine sanctuaries and marine national monuments protect these critical ecosystems for the health of our ocean and the communities that rely on them,” says Kris Sarri, president and CEO of the National Marine Sanctuary Foundation. “Climate change, ocean acidification, pollution, marine debris, and invasive species are very real threats to corals. As stewards of our planet, each of us has a role to play in reducing threats to these ecosystems and protecting and restoring them."''',
    quotes=[
        Q('"Coral reefs—', 'communities that rely on them,”', "Kris Sarri"),
        Q('“Climate change', 'protecting and restoring them."', "Kris Sarri"),
    ],
),
dict(
    id="gov-en-jbsa-best-warrior-2014",
    source="https://www.jbsa.mil/News/News/Article/599048/local-army-commands-come-together-for-best-warrior-competition/",
    license=PD, retrieved=PAGES + " (Army North news story on Joint Base San Antonio's site; the 'official website' banner, the 'Home : News : News' path and the 'NEWS | May 16, 2014' label dropped; the paragraph on Sgt. Tonga Tukumoeatu, cut in the stored copy, dropped)",
    text='''Local Army commands come together for Best Warrior Competition
By Sgt. 1st Class Christopher DeHart Army North Public Affairs
Every year, Soldiers from different units across the Army vie against each other to see who is the best Soldier or noncommissioned officer. And every year, there never seems to be a shortage of men and women who accept this challenge and step forward to compete.
From May 4-7 at Joint Base San Antonio-Camp Bullis, 35 Soldiers from four of the senior commands at Joint Base San Antonio-Fort Sam Houston - U.S. Army Installation Management Command, U.S. Army Medical Command, U.S. Army South and U.S. Army North (Fifth Army) - stepped forward to take part in long hours of competition to find out who would come out on top during the 2014 Best Warrior Competition.
Competitors spent three days of "O-dark-thirty" mornings and late evenings testing their mental and physical strength with the Army Physical Fitness Test, rifle marksmanship, an obstacle course, a timed day and night land navigation challenge, Warrior Tasks and Battle Drills, a mystery event and the culminating 12-mile road march.
Although the 35 Soldiers competed together, the Best Warrior Competition was actually four different competitions for each of the participating senior commands and not a single event.
"This is something above and beyond a regular board or PT test," said Sgt. Elias Zavala, Headquarters Support Company, Headquarters and Headquarters Battalion, Army North, about his take on the nature of the competition. "I'm very proud to be here and proud that I was chosen to compete."''',
    quotes=[
        Q('"O-dark-thirty"', None, None),
        Q('"This is something above', 'regular board or PT test,"', "Elias Zavala"),
        Q('"I\'m very proud', 'chosen to compete."', "Elias Zavala"),
    ],
    aliases={"Elias Zavala": ["Sgt. Elias Zavala"]},
),
dict(
    id="gov-en-usarcent-best-warrior-2018",
    source="http://www.usarcent.army.mil/News/Article/1565262/best-warrior-competition-promotes-morale-and-cohesion/",
    license=PD, retrieved=PAGES + " (U.S. Army Central feature story; the 'official website' banner, the 'Feature Stories' heading and the 'NEWS | July 2, 2018' label dropped; the paragraph on the board appearance, cut in the stored copy, dropped; the copy's 'Combined Join Task Force' kept)",
    text='''Best Warrior Competition promotes morale and cohesion
By Sgt. Fatima Konteh U.S. Army Central
U.S. Army Soldiers from across the U.S. Army Central area of responsibility completed the third and final day of the Best Warrior Competition, June 30, 2018, at Camp Arifjan, Kuwait.
The Best Warrior Competition promotes morale and cohesion among Soldiers, and reinforces the importance of individual excellence.
Day three comprised of an 8-event physical fitness circuit, timed reflective essay, complex board appearance, and finished with the awards presentation.
The circuit included box jumps, push press, burpees, shuttle sprint, goblet squats, the rower machine, and bench press. After each exercise the Soldiers had to answer questions covering warrior tasks and battle drills.
U.S. Army Sgt. Nigel Charles, a military policeman assigned to the Combined Join Task Force – Operation Inherent Resolve said, “the Army has always emphasized overwhelming the enemy with devastating strength, and you can't do that with lack of readiness, you have to strengthen the force and they always have to be ready to go.”
Following the circuit events competitors were tested on their ability to effectively communicate life experiences through a reflective essay.
“I've continued my education and had to write numerous papers thus far so it just came down to learning and understanding the Army style of writing and adapting to it on the fly,” said Charles.
The final event of the day was the board appearance and these competitors were up to the challenge.''',
    quotes=[
        Q('“the Army has always', 'ready to go.”', "Nigel Charles"),
        Q('“I\'ve continued my education', 'on the fly,”', "Nigel Charles"),
    ],
    aliases={"Nigel Charles": ["U.S. Army Sgt. Nigel Charles", "Charles"]},
),
dict(
    id="gov-en-dod-news-warfare-medal-2013",
    source="http://eot.us.archive.org/eot/20130213202501/http:/prhome.defense.gov/NEWS/index.aspx",
    license=PD, retrieved=PAGES + " (DoD News page of prhome.defense.gov as kept by the End of Term web archive, 13 February 2013; seal images dropped; the last paragraph, with a quotation of an Army general cut in the stored copy, dropped; the copy's doubled opening mark '“ “The medal' kept)",
    text='''Department of Defense News
Today's Headlines
Published: 2/13/2013
Defense Secretary Leon E. Panetta has approved a new medal designed to recognize service members directly affecting combat operations who may not even be on the same continent as the action.
The Distinguished Warfare Medal recognizes the changing face of warfare. In the past, few, if any, service members not actually in a combat zone directly affected combat operations.
These new capabilities have given American service members the ability to engage the enemy and change the course of battle, even from afar, Panetta said at a Pentagon news conference today.
“I’ve always felt -- having seen the great work that they do, day in and day out -- that those who performed in an outstanding manner should be recognized. Unfortunately, medals that they otherwise might be eligible for simply did not recognize that kind of contribution.”
Now, the Defense Department does.
“ “The medal provides distinct, departmentwide recognition for the extraordinary achievements that directly impact on combat operations, but that do not involve acts of valor or physical risk that combat entails,” Panetta said.
Technological advancements have dramatically changed how the American military conducts and supports warfighters. Unmanned aerial vehicles, unmanned underwater vehicles, missile defense technology and cyber capabilities all affect combat operations while the operators may not be anywhere near the combat zone. The new medal recognizes the contributions of these service members.
It will not be awarded for acts of battlefield valor, officials said. It will be awarded in the name of the secretary of defense to members of the military whose extraordinary achievements directly impacted combat operations, and cannot be used as an end-of-tour award.''',
    quotes=[
        Q('“I’ve always felt', 'that kind of contribution.”', "Leon E. Panetta"),
        Q('“ “The medal provides', 'combat entails,”', "Leon E. Panetta"),
    ],
    aliases={"Leon E. Panetta": ["Defense Secretary Leon E. Panetta", "Panetta"]},
),
dict(
    id="gov-en-jpl-mer-science-team",
    source="https://www.jpl.nasa.gov/news/news.php?feature=958",
    license=PD, retrieved=PAGES + " (JPL news feature; the stored copy starts with an image caption, dropped, and has no title line; the list of new team members kept up to the last complete entry, the entry of Jeffrey Moore, cut in the stored copy, dropped)",
    text='''NASA has selected eight new members for the Mars Exploration Rovers' science team.
"Spirit and Opportunity have exceeded all expectations for their longevity and discoveries on Mars, and both rovers are in good position to continue providing even more great science," said Dr. Michael Meyer, lead scientist for the Mars Exploration Program at NASA Headquarters. "Because of this, we want to add to the rover team that collectively chooses how to use the rover's science instruments each day."
The added researchers from Maryland, New Mexico, Texas, Wisconsin, Arizona, California, and Washington, D.C., join 49 selected by NASA in 2000 and in 2002 to provide and use the Athena suite of science instruments on the rovers. Team leader is Dr. Steve Squyres of Cornell University, Ithaca, N.Y.
The newly selected scientists are:
* Oded Aharonson; California Institute of Technology, Pasadena, Calif.; Soil structure and stratification as indicators of aqueous transport at the Mars Exploration Rover landing sites
* Barbara Cohen; University of New Mexico, Albuquerque, N.M.; Investigating the nature and origins of Martian impact material with the Mars Exploration Rovers
* Paul Geissler; United States Geological Survey, Flagstaff, Ariz.; Investigations of Mars using the Mars Exploration Rover Athena science payload
* Amitabha Ghosh; Tharsis Inc., Gaithersburg, Md.; A study of the seasonal dependence of atmospheric conditions at the Mars Exploration Rover landing sites using the Miniature Thermal Emission Spectrometer data
* Timothy McCoy; Smithsonian Institution, Washington, D.C.; Investigating the timing of alteration and source of volatiles on Mars
* David Mittlefehldt; NASA Johnson Spaceflight Center, Houston, Texas; Statistical analysis of Mars Exploration Rover Alpha Particle X-Ray Spectrometer data and Columbia Hills geology''',
    quotes=[
        Q('"Spirit and Opportunity', 'even more great science,"', "Michael Meyer"),
        Q('"Because of this', 'instruments each day."', "Michael Meyer"),
    ],
    aliases={"Michael Meyer": ["Dr. Michael Meyer"]},
),
dict(
    id="gov-en-hurlburt-air-commando",
    source="https://www.hurlburt.af.mil/News/Commentaries/Display/Article/495542/the-meaning-of-being-an-air-commando/",
    license=PD, retrieved=PAGES + " (commentary of the 1st Special Operations Wing, Hurlburt Field (US Air Force); the 'Published' label dropped; the paragraph with the first answer, cut in the stored copy, dropped)",
    text='''The meaning of being an 'Air Commando'
By Senior Airman Joe McFadden
1st Special Operations Wing Public Affairs
"Having Hurlburt Field on a set of orders does not make you an Air Commando-- you have to earn it."
I wasn't sure what to make of that phrase when Vincent Milioti, former director of the Combat Aviation Advisor Qualification Course, told me it in October 2009. I was fresh out of technical school and reported here, my first duty station, a few weeks before. Its opening formula was simple, but the conclusion was vague. What exactly did it take to be an "Air Commando?"
Yet, the significance of those words - the challenge to earn a title - remained fresh in my mind throughout my story on CAAMQC then and even to my last day here this week. I've made it a central point in every story I write to convey just what it means to claim lineage to the 1st Air Commando Group and its founding fathers Cols. Phil Cochran and John Alison.
However, after four years here, I've determined that no words I could ever write would appropriately measure up to the meaning and legacy of what it means to be an Air Commando. Rather, it has always been seen in the heroic actions and selfless sacrifice carried out by the men and women of Team Hurlburt any time, any place. I've been privileged to work for, with and beside them, and it's been an honor to say it's been my job to write about their deeds.
With that in mind, I asked eight fellow Air Commandos--ranging from a three-striped airman to a three-star general--to answer the question, "What does being an Air Commando mean to you?" Their diversity of experiences and careers offer just as varied answers to this single question. However, I feel the underlying themes of courage, dedication and family run deep throughout their responses-- just as they do throughout all Air Commandos and their families who call Hurlburt Field their home.''',
    quotes=[
        Q("'Air Commando'", None, None),
        Q('"Having Hurlburt Field', 'you have to earn it."', "Vincent Milioti"),
        Q('"Air Commando?"', None, None),
        Q('"What does being an Air Commando mean to you?"', None, "Joe McFadden"),
    ],
    aliases={"Joe McFadden": ["Senior Airman Joe McFadden"]},
),
dict(
    id="gov-en-commerce-noaa-arctic-2012",
    source="http://www.commerce.gov/blog/category/1273",
    license=PD, retrieved=PAGES + " (Department of Commerce blog category page on NOAA Administrator Jane Lubchenco; the site banner, 'Syndicate content', image alt texts and the 'Full NOAA release' link dropped; the second post's paragraph on the Climate Prediction Center, cut in the stored copy, dropped)",
    text='''Blog Category: Under Secretary and Administrator for NOAA Jane Lubchenco
NOAA: Arctic Continues to Break Records in 2012
Becoming warmer, greener region with record losses of summer sea ice and late spring snow
The Arctic region continued to break records in 2012—among them the loss of summer sea ice, spring snow cover, and melting of the Greenland ice sheet. This was true even though air temperatures in the Arctic were unremarkable relative to the last decade, according to a new report released today.
“The Arctic is changing in both predictable and unpredictable ways, so we must expect surprises,” said Jane Lubchenco, Ph.D., under secretary of commerce for oceans and atmosphere and NOAA administrator, during a press briefing at the American Geophysical Union annual meeting in San Francisco, Calif. “The Arctic is an extremely sensitive part of the world and with the warming scientists have observed, we see the results with less snow and sea ice, greater ice sheet melt and changing vegetation.”
Lubchenco participated in a panel discussion that presented the annual update of the Arctic Report Card, which has, since 2006, summarized the quickly changing conditions in the Arctic. A record-breaking 141 authors from 15 countries contributed to the peer-reviewed report.
NOAA Predicts a Near-Normal 2012 Atlantic Hurricane Season
Anniversary of Hurricane Andrew underscores necessity to prepare every year
Conditions in the atmosphere and the ocean favor a near-normal hurricane season in the Atlantic Basin this season, Commerce's National Oceanic and Atmospheric Administration (NOAA) announced today from Miami at its Atlantic Oceanographic and Meteorological Laboratory, and home to the Hurricane Research Division.''',
    quotes=[
        Q('“The Arctic is changing', 'expect surprises,”', "Jane Lubchenco"),
        Q('“The Arctic is an extremely', 'changing vegetation.”', "Jane Lubchenco"),
    ],
    aliases={"Jane Lubchenco": ["Lubchenco"]},
),
dict(
    id="gov-en-dvids-dcng-annual-training-2015",
    source="https://www.dvidshub.net/news/172814/district-columbia-army-national-guard-holds-2015-annual-training-event",
    license=PD, retrieved=PAGES + " (DVIDS news story of the District of Columbia Army National Guard; the stored copy starts with the dateline, without a title line; the paragraph on Pfc. Jamal Winfield, cut in the stored copy, dropped; the copy's 'more 500 Soldiers' kept)",
    text='''WASHINGTON - Soldiers from the District of Columbia Army National Guard (DCNG) honed in on their professional warfighting skills during the 2015 Annual Training exercise held at a training encampment site at Fort Dix, New Jersey.
Soldiers participated in squad-size tactical movements through simulated desert-like terrain, served hundreds of Soldiers using rapid mobile kitchen trucks during the two-week exercise. Some learned how to capture and convey the Army’s story as Unit Public Affairs Representatives (UPARs).
Second Lt. Leon Suvak with the 275th Military Police Company, observed and documented the activities of his Soldiers as they carefully executed tactical movements through the thick hot sand and dense brush.
For those Soldiers providing food services and support, the exercise provided an opportunity to gain valuable experience outside the confines of the dining facility (DFAC) at the DC Armory.
“As cooks, our team is getting a lot of field experience here,” said Army Staff Sgt. Shevonia Dawkins, a NCOIC with the 273rd Military Police Company. “We usually work in the DFAC and are not exposed to this type of real-world training.”
The exercise, Dawkins said, gave her Soldiers the chance to work with special equipment in a field setting.
“This training has sharpened our skills. It gives us the opportunity to use equipment we don’t normally use,” Dawkins said.
Her team employed MKTs (mobile kitchen trucks) and sanitizing stations to serve more 500 Soldiers who participated in the annual training exercise, she said.
One of the several meals prepared by her team included southern style fried chicken wings, peas and carrots with rice, garden salad, fruit juices and sodas and assorted desserts. During that meal, her team served more than 250 Soldiers in about 60 minutes, close to setting a new record, Dawkins said.''',
    quotes=[
        Q('“As cooks', 'field experience here,”', "Shevonia Dawkins"),
        Q('“We usually work in the DFAC', 'real-world training.”', "Shevonia Dawkins"),
        Q('“This training has sharpened', 'normally use,”', "Shevonia Dawkins"),
    ],
    aliases={"Shevonia Dawkins": ["Army Staff Sgt. Shevonia Dawkins", "Dawkins"]},
),
dict(
    id="gov-en-usar-unfamiliar-territory-2023",
    source="https://www.usar.army.mil/News/News-Display/Article/3470495/army-reserve-soldiers-succeed-in-unfamiliar-territory/",
    license=PD, retrieved=PAGES + " (U.S. Army Reserve news story; the 'official website' banner and the 'NEWS | July 25, 2023' label dropped; the paragraph after 'weren’t able to verbally communicate', cut in the stored copy, dropped; Dubois's last quotation, closed without a full stop, kept as stored)",
    text='''Army Reserve Soldiers succeed in unfamiliar territory
By Pfc. Aiden Griffitts Exercise News Day
U.S. Army Reserve Soldiers from different units including the 198th Army Band and the 301st Quartermaster Company conducted situational training exercise lanes that included a variety of scenarios, which utilized their tactical field training at Joint Base McGuire-Dix-Lakehurst on July 22, 2023.
The lanes used obstacles in the form of casualties, physical blockers and radio emergencies to force the Soldiers to accomplish their mission while under stress and in unfamiliar territory.
"My squad ironed out a lot of the kinks earlier this week during the trainings," said Spc. William Dubois an Army musician with the 198th Army Band. "We had some already established operating procedures for what we were gonna do when we encountered certain obstacles and things of that nature. So, I feel like we put a lot of that into practice today, definitely some improves but a hell of a lot of sustains."
The training leading up to this event gave the Soldiers a chance to practice and improve their ability to perform out in the field, giving them the results they wanted when this event rolled around.
"When you're moving in a tactical environment, obviously you got to follow whatever guidelines you have for, like noise discipline, light discipline but communication is of the utmost importance," said Dubois. "If you’re missing a key piece of information, people can definitely get hurt and it can be a very big hindrance to your mission"''',
    quotes=[
        Q('"My squad ironed out', 'during the trainings,"', "William Dubois"),
        Q('"We had some already', 'a lot of sustains."', "William Dubois"),
        Q('"When you\'re moving', 'the utmost importance,"', "William Dubois"),
        Q('"If you’re missing', 'hindrance to your mission"', "William Dubois"),
    ],
    aliases={"William Dubois": ["Spc. William Dubois", "Dubois"]},
),
dict(
    id="gov-en-dvids-3cr-live-fire-2016",
    source="https://dvidshub.net/news/205109/deploying-troopers-grow-closer-stronger-during-culminating-live-fire-exercise",
    license=PD, retrieved=PAGES + " (DVIDS news story; the site's maintenance notice and log-in fields, the photo caption with its credit, and the place and date line 'FORT HOOD, TEXAS, UNITED STATES / 07.21.2016' dropped; the paragraph after Scherer's, cut in the stored copy, dropped)",
    text='''Deploying troopers grow closer, stronger during culminating live-fire exercise
Story by Sgt. Marcus Floyd
13th Public Affairs Detachment
FORT HOOD, Texas —Troopers from the 3rd Cavalry Regiment participated in a combined arms live-fire exercise July 21 here in preparation for the unit's upcoming deployment to Afghanistan.
The training involved Soldiers using Stryker armored vehicles and a Chinook helicopter to arrive at a village, conduct a rescue and form a hasty defense.
“When you're in the back of a Stryker, there are no windows, so when we come off the ramp, it's unexpected,” said Pvt. Brandon Hickle, an infantryman with 2nd Squadron “Sabre,” 3rd Cavalry Regiment. “You know what your mission is, but you don't know what lies ahead. It's an adrenaline rush.”
“This training is the culminating event for everything we've been working for over the past several months, and it’s the last training exercise we will conduct before we deploy to Afghanistan,” said 2nd Lt. Sam Scherer, a platoon leader with Sabre squadron. “[The training] gets Soldiers ready for deployment because it allows them to feel what it's like to move as a cohesive unit and actually fire their weapons at targets, and use the assets that are available to them.”
Arriving to the unit two months ago, Scherer said the majority of his time with the unit has been spent in the field training with his Soldiers.''',
    quotes=[
        Q('“When you\'re in the back of a Stryker', 'it\'s unexpected,”', "Brandon Hickle"),
        Q('“Sabre,”', None, None),
        Q('“You know what your mission is', 'an adrenaline rush.”', "Brandon Hickle"),
        Q('“This training is the culminating event', 'before we deploy to Afghanistan,”', "Sam Scherer"),
        Q('“[The training]', 'available to them.”', "Sam Scherer"),
    ],
    aliases={"Brandon Hickle": ["Pvt. Brandon Hickle"], "Sam Scherer": ["2nd Lt. Sam Scherer", "Scherer"]},
),
dict(
    id="gov-en-dvids-dog-days-2013",
    source="https://dvidshub.net/news/115301/dog-day-afternoon",
    license=PD, retrieved=PAGES + " (DVIDS news story; the stored copy starts with the dateline, without a title line; the paragraph on the two parts of the training, cut in the stored copy, dropped)",
    text='''JOINT BASE LEWIS-MCCHORD, Wash. - At 7:59 a.m. the rain was nothing more than a quiet mist born from brooding clouds. Two minutes later it had escalated into a vicious downpour. The squad of soldiers trudging through the weather didn’t appear to notice the change. While their uniforms quickly went from damp to drenched, their faces were stoic, their expressions unmoved.
The squad leader screamed out the positions of some imaginary enemy force, and the soldiers bounded down the street in tactical formation to engage the simulated threat.
He continued to shout out different orders and enemy positions. His squad reacted without hesitation or confusion. A faint smile materialized on the squad leader’s face.
“Good work!” he shouted. “Take a break!”
The squad of soldiers belongs to the Battery B “Bulldogs,” 1st Battalion (155mm Towed), 377th Field Artillery Regiment, 17th Fires Brigade, 7th Infantry Division. Their tactical movement practice was part of a two-day training exercise Sept. 4 and 5, referred to as “The Dog Days,” designed to reinforce their basic soldier skills in a short and stressed period of time.
A tough training day is not unusual in the Army. What was unique about the Bulldogs exercise was its intensity coupled with the time frame given to accomplish the training mission.
Multiple events had to be completed across the span of two days, but still conducted within a 24-hour time period, said 2nd Lt. John Adair, a Fairfax, Va., native, and fire directions officer with Battery B.
The reason for the exercise? The 1-377 FA is scheduled to inactivate in October. While inactivating a battalion is a time-consuming mission that demands attention to detail, the soldiers are not throwing in the towel and calling it quits when it comes to training.
Dog Days was an example of how the unit is committed to keeping soldiers trained and ready for any mission, even during the inactivation process, Adair said.''',
    quotes=[
        Q('“Good work!”', None, None),
        Q('“Take a break!”', None, None),
        Q('“Bulldogs,”', None, None),
        Q('“The Dog Days,”', None, None),
    ],
),
]
