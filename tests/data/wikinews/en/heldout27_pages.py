# Held-out English news pages (tests/data/heldout27-en.jsonl). Like heldout22_pages.py and heldout24_pages.py, these
# texts are stored web pages (the `pages` search corpus) of US federal government outlets, none of them used in an
# earlier set: seven VOA News reports (six on voanews.com, 2003-2011, one a preview copy on VOA's
# publishing system voa.pangea-cms.com, 2015), two VOA Learning English reports (learningenglish.voanews.com),
# a USGS media advisory (usgs.gov, 2006) and a FEMA news item (fema.gov, 2008, as archived by the UNT End of Term
# web archive). All are works of the US federal government and in the public domain
# (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are often cut
# after about 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in
# `retrieved`). Site banners ("Accessibility links", "Breaking News", "Bookmark and Share", the Learning English
# reading hint), contact lines and publication dates are dropped; hard line breaks inside a stored paragraph are
# joined with a space; wording, spelling and quotation marks are as stored (including a closing mark typed as an
# opening one and a quotation the page never closes). Annotated by reading the pages, before whosaid was run on them
# (rules H127-H130 in ANNOTATION.md on top of H1-H123).
VOA = "public domain (VOA, US government work)"
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
BANNER = " (the lines 'Accessibility links' and 'Breaking News' dropped"

DOCS = [
dict(
    id="gov-en-voa-2005-09-05-new-orleans-survivors",
    source="https://www.voanews.com/a/a-13-2005-09-05-voa20/391633.html",
    license=VOA, retrieved=PAGES + BANNER + "; the paragraph 'Today most here are ...', cut in the stored copy, dropped; the page's own opening ” before 'And we were' and its unclosed quotation after 'said Mr. Mitchell.' kept as stored)",
    text='''Flood Survivors Share Similar Story: Glad to be Alive
Thousands of people are still being evacuated from the flooded downtown area of New Orleans. Many are brought to staging areas that look like refugee camps in dryer parts of the city. There they wait until they can be bused to shelters. VOA’s Brian Padden visited one staging area in the city.
The hundreds of people in this emergency camp just outside the flood zone in New Orleans are now safe.
Ron Humble was rescued by a helicopter from his apartment building. ”And we were on the second and third floor, and once the water kept rising, we tried to get out.”
While they survived, they are exhausted and frustrated.
Will Mitchell escaped with his family of seven. “It was rough, actually. It was very crowded and unorganized,” said Mr. Mitchell. “I would think for a city to have hurricanes as frequently as it does, there would be a contingency plan in place or at least some organized set of rules that should be followed.
Bartender Gary Geogaggan says he has had enough of New Orleans. “My game plan is to eventually get out of here and go somewhere safer. And I really don’t care for this town,” he added.
Naomi Hoffman is also looking forward to getting out of the city. “I don’t know where they are going to bring us to but wherever it is, it will be better than where we came from. It was real bad, not for humans.”
The Louisiana State Police officer in charge here, Lt. Allen Carpenter says they are moving people out as soon as possible. “I couldn’t give you a number. More keep coming in. Were going to keep bringing buses in until everybody is gone.”
“Sir, you must have someone in Baton Rouge to pick you up,” says volunteer Christopher Smith. His bus can only take people who have relatives in the nearby city of Baton Rouge.
“There are not enough shelters to evacuate the number of people that we have to evacuate,” he says.''',
    quotes=[
        Q('”And we were on the second', 'tried to get out.”', "Ron Humble"),
        Q('“It was rough, actually.', 'unorganized,”', "Will Mitchell"),
        Q('“I would think for a city', 'should be followed.', "Will Mitchell"),
        Q('“My game plan', 'this town,”', "Gary Geogaggan"),
        Q('“I don’t know where', 'not for humans.”', "Naomi Hoffman"),
        Q('“I couldn’t give you a number.', 'everybody is gone.”', "Allen Carpenter"),
        Q('“Sir, you must have', 'pick you up,”', "Christopher Smith"),
        Q('“There are not enough shelters', 'have to evacuate,”', "Christopher Smith"),
    ],
    aliases={"Will Mitchell": ["Mr. Mitchell"], "Allen Carpenter": ["Lt. Allen Carpenter"]},
),
dict(
    id="gov-en-voa-learningenglish-sahel-food-crisis",
    source="https://learningenglish.voanews.com/amp/1553524.html",
    license=VOA, retrieved=PAGES + " (the reading hint 'Read, listen and learn English with this story. Double-click on any word ...' dropped; the stored copy has no headline, so its first line is the programme's opening line; the paragraph 'Aid groups say they are working to build the \"resilience\" ...', cut in the stored copy, dropped)",
    text='''From VOA Learning English, this is the Agriculture Report in Special English.
In Africa, severe food shortages have affected eighteen million people in nine Sahel countries this year. This was the third severe food crisis in four years in the area bordering the Sahara. How can the Sahel break its cycle of food insecurity? Aid workers are asking that question as this year's emergency eases. David Gressly is the United Nations regional humanitarian coordinator for the Sahel.
"If we don't seize the opportunity in two thousand thirteen, there's a good chance that this whole issue will be forgotten until the next drought, and then we'll be asking ourselves the same set of questions."
Mr. Gressly says during a crisis, families eat just one or two meals a day, take their children out of school, sell their animals and go into debt. These actions put them at greater risk in a future crisis. In fact, many of the families affected by this year's food crisis had yet to recover from the earlier ones.
Aid agencies sent food and emergency assistance. They supplied farmers with drought-resistant seeds, improved fertilizers and medicine for livestock. Aid groups also worked to improve irrigation systems and grain storage. These measures dealt with short-term needs, but David Gressly says the work should not stop when the crisis eases.
"And I think now there's an understanding [of the need for] a very targeted program looking at these eighteen million people affected this year, working with them to find ways so that they don't have to make the kinds of decisions to survive in a crisis of a drought, for example, that compromises their long-term future."''',
    quotes=[
        Q('"If we don\'t seize', 'same set of questions."', "David Gressly"),
        Q('"And I think now', 'long-term future."', "David Gressly"),
    ],
    aliases={"David Gressly": ["Mr. Gressly"]},
),
dict(
    id="gov-en-voa-2005-10-09-pakistan-quake-relief",
    source="https://www.voanews.com/a/a-13-2005-10-09-voa42-67512797/283855.html",
    license=VOA, retrieved=PAGES + BANNER + "; hard line breaks inside paragraphs joined with a space; the stored copy ends after the paragraph 'Western countries are quickly stepping up ...')",
    text='''Relief Workers Say Need is Great in Quake-Devastated Areas
Relief workers in Pakistan are scrambling to locate and reach survivors after Saturday's devastating earthquake. Rescue teams say landslides and rugged terrain have kept them from reaching parts of the most severely affected regions. With nearly 20,000 people killed, rescue workers say removing and burying the dead is another daunting task.
Sigurd Hanson, the country director for the U.S.-based aid agency, World Vision, says key access roads remain blocked by landslides. He says it is still not clear how soon aid workers will be able to reach many of the quake's victims and assess the extent of the damage in those areas.
Mr. Hanson says, in addition to shelter and medical supplies, many of the hardest hit areas need help tending the injured and burying the dead.
"Dead bodies are everywhere. Hospitals are completely full. Wounded are just lying around on the compound," Mr. Hanson says. "Unfortunately, when the earthquake initially hit, so many children are in school, so hundreds of school children died."
Pakistani officials have also acknowledged that the country was unprepared for a crisis of this magnitude, and desperately needs modern rescue equipment.
Even in the country's capital, Islamabad, where a 10-story building collapsed Saturday, a local rescue worker said there is enough manpower, but, without proper equipment, digging for survivors is slow and frustrating work.
"People cannot do much with their hands, and with not having the right kind of equipment. That is the problem," the rescue worker says.
Two days after the building caved in, authorities say more than 50 survivors may remain beneath the mountain of broken cement.
Western countries are quickly stepping up to try and fill the gap. Several teams with equipment have already come from countries offering aid, including the United States, Thailand, Japan and China.''',
    quotes=[
        Q('"Dead bodies are everywhere.', 'on the compound,"', "Sigurd Hanson"),
        Q('"Unfortunately, when the earthquake', 'school children died."', "Sigurd Hanson"),
        Q('"People cannot do much', 'That is the problem,"', None),
    ],
    aliases={"Sigurd Hanson": ["Mr. Hanson"]},
),
dict(
    id="gov-en-voa-2005-04-04-nias-quake-aid",
    source="https://www.voanews.com/a/a-13-2005-04-04-voa17-67385542/382735.html",
    license=VOA, retrieved=PAGES + BANNER + "; the paragraph 'Most transport is by helicopter ...', cut in the stored copy, dropped)",
    text='''Aid Workers Struggle to Get Assistance to Indonesia Quake Victims
Almost a week after a devastating eight-point-seven magnitude earthquake struck northwestern Indonesia, aid workers are still struggling to get help to those in need on the hard-hit island of Nias. Efforts have been hampered by aftershocks, bad weather and the crash of an Australian military helicopter that left nine dead.
About 1,300 people are estimated to have died when their houses were reduced to rubble by the huge earthquake that struck off the Indonesian coast last Monday. There is now little hope of finding more survivors under the collapsed buildings, but tens-of-thousands of other victims are still desperately in need of assistance.
Many are living outside. Even those whose houses are still standing are too frightened to move back because of continuing aftershocks. The U.S. Geological Survey has registered at least 150 aftershocks, more than 20 a day.
Paul Dillon of the International Organization of Migration recently returned from the island of Nias, close to the quake's epicenter, and says people are camping where they can.
"Obviously, these aftershocks are very traumatic for the survivors. Much of the population is living outdoors," said Mr. Dillon. "They may be living on their verandas, in some cases outside of the city, where the traffic is very light because of the damage to the roads. Entire villages are literally living in the midst of the largest streets in the town."
Aid is getting through, however. The U.S. Navy hospital ship Mercy, due in the area Tuesday, will provide much-needed extra beds for the thousands of injured, who currently need to be flown hundreds of kilometers to facilities on Sumatra Island.
Ships carrying food and water are getting through to Nias and its northern neighbor Simeulue, but the shattered roads and collapsed bridges are holding up distribution.''',
    quotes=[
        Q('"Obviously, these aftershocks', 'living outdoors,"', "Paul Dillon"),
        Q('"They may be living on their verandas,', 'streets in the town."', "Paul Dillon"),
    ],
    aliases={"Paul Dillon": ["Mr. Dillon"]},
),
dict(
    id="gov-en-voa-2003-05-26-algeria-quake-red-cross",
    source="https://www.voanews.com/a/a-13-a-2003-05-26-34-rescue/395742.html",
    license=VOA, retrieved=PAGES + BANNER + "; the paragraph 'One such miracle occurred late Sunday ...', cut in the stored copy, dropped; the typo 'exlained' kept)",
    text='''Rescue Workers Leave Algeria After Last Week's Earthquake - 2003-05-26
International rescue workers are leaving earthquake-torn Algeria as hope is lost of finding more survivors. More than 2,200 people died and 9,000 were injured in the powerful quake, and the numbers continue to rise.
The International Federation of Red Cross and Red Crescent Societies says relief organizations must focus on aiding Algeria's earthquake survivors by providing basic supplies, like clean water and food.
Spokesman Christopher Black told VOA from the Algerian capital, Algiers, that a lack of clean water could contribute to an outbreak of disease across the ravaged coastal towns worst affected by last week's earthquake.
He said the Algerian Red Crescent together with Red Cross workers from France are setting up a unit to provide fresh water to the homeless.
"What is of more concern is for people who have lost their homes, who are afraid of going back into their homes [that they] have access to clean water and have access to sanitation," he said. "The French emergency response unit when it gets fully operational has the capacity to provide clean water for up to 40,000 people in the town of Boumerdes."
Mr. Black says Red Cross teams from France and Spain are also launching basic health care services for quake victims. He adds that relief supplies and medicines sent from British and German Red Cross committees have arrived in Algeria and will soon be distributed.
Mr. Black said the Red Cross and Red Crescent are also providing psychological support to Algerians traumatized by the massive loss of life and property.
"In some places entire building complexes have collapsed, just sandwiched one on top of each other," he exlained. "People are still in large groups going through the wreckage, through the debris in the hope of looking for that miracle."''',
    quotes=[
        Q('"What is of more concern', 'access to sanitation,"', "Christopher Black"),
        Q('"The French emergency response unit', 'town of Boumerdes."', "Christopher Black"),
        Q('"In some places entire building', 'on top of each other,"', "Christopher Black"),
        Q('"People are still in large groups', 'for that miracle."', "Christopher Black"),
    ],
    aliases={"Christopher Black": ["Spokesman Christopher Black", "Mr. Black"]},
),
dict(
    id="gov-en-voa-2008-08-31-gustav-evacuation",
    source="https://www.voanews.com/a/a-13-2008-08-31-voa4/346201.html",
    license=VOA, retrieved=PAGES + BANNER + "; the stored copy ends after the paragraph 'Elsewhere in the Gulf of Mexico ...')",
    text='''New Orleans Evacuates Ahead of Hurricane
The mayor of the U.S. city of New Orleans has ordered residents and visitors to evacuate the low-lying city ahead of an expected hit by Hurricane Gustav. VOA's Brian Wagner reports forecasters expect the storm to intensify before possible landfall on Monday.
Mayor Ray Nagin issued the evacuation order to take effect early Sunday for all people in vulnerable parts of the gulf coast city. Already, thousands of people have begun leaving the city, including elderly and disabled residents and hospital patients who were being transferred by bus to areas away from the coast.
Speaking late Saturday, Nagin warned residents that hurricane Gustav was likely to be much worse than hurricane Katrina, which caused vast flooding and killed more than 1,400 people in the state in 2005. He added that residents who fail to leave the city should not expect to rely on emergency officials for assistance when the storm hits. The mayor called Gustav "the storm of the century."
Earlier Saturday, Gustav crossed the western part of Cuba, where officials evacuated some 250,000 people from the storm's path. There were initial reports of serious flooding in some areas, but no deaths from the storm in Cuba.
Forecasters at the National Hurricane Center in Miami said the storm had weakened slightly after crossing Cuba but was expected to gain strength as it entered warm gulf waters.
Forecaster Ed Rappaport said residents along the U.S. gulf coast should prepare for serious hurricane conditions by mid-day Monday, with "a storm surge of four to six meters and heavy rainfall with possible flooding from both."
Elsewhere in the Gulf of Mexico, oil companies have shut down oil rigs and transferred scores of workers to dry land ahead of the hurricane. The region accounts for a quarter of U.S. oil production and represents about half of the nation's refinery capacity.''',
    quotes=[
        Q('"the storm of the century."', None, "Ray Nagin"),
        Q('"a storm surge of four to six meters', 'flooding from both."', "Ed Rappaport"),
    ],
    aliases={"Ray Nagin": ["Mayor Ray Nagin", "Nagin", "The mayor"], "Ed Rappaport": ["Forecaster Ed Rappaport"]},
),
dict(
    id="gov-en-usgs-2006-05-04-earthquake-briefing",
    source="http://www.usgs.gov/newsroom/article_pf.asp?ID=1501",
    license=PD, retrieved=PAGES + " (the lines 'This release can be found in the USGS Newsroom at:', 'USGS main page', 'News Release', the date and contact line, 'Bookmark and Share', the line 'For more information, visit', the agency's closing boilerplate and the subscription and link notes dropped)",
    text='''Media Advisory: Earthquake Science - A Sure Bet for a Safer Nation
Earthquakes are one of the most costly natural hazards facing the nation, posing risk to 75 million people in 39 states. In an effort to save lives and property, the U.S. Geological Survey (USGS) and its partners are building the Advanced National Seismic System to deliver rapid, robust earthquake information to all U.S. cities with significant seismic risk.
"Over the last hundred years, we've made amazing technological advances to prevent damage from earthquakes," said U.S. Senator Jim DeMint, chairman of the U.S. Senate Commerce Committee's Disaster Prevention and Prediction Subcommittee. "Yet, despite our best efforts, major shaking in an urban area would cause significant destruction."
Come hear how USGS and its partners are working together to meet the challenge of reducing America's earthquake risk.
What: The USGS will host a congressional briefing about efforts to detect, monitor, and prepare for earthquakes nationwide.
Where: Room 2325 Rayburn House Office Building, Washington, DC
When: 10 a.m. – 11 a.m., Friday, May 12, 2006
Host: National Earthquake Hazards Reduction Program Coalition''',
    quotes=[
        Q('"Over the last hundred years,', 'damage from earthquakes,"', "Jim DeMint"),
        Q('"Yet, despite our best efforts,', 'significant destruction."', "Jim DeMint"),
    ],
    aliases={"Jim DeMint": ["U.S. Senator Jim DeMint"]},
),
dict(
    id="gov-en-fema-2008-09-drc-closed-ike",
    source="https://webarchive.library.unt.edu/eot2008/20080916200449/http://www.fema.gov/media/index.shtm",
    license=PD, retrieved=PAGES + " (FEMA's 'Press Resources' page as archived on 2008-09-16 by the UNT End of Term web archive: only the news item 'Disaster Recovery Centers Temporarily Closed Due to Severe Weather' kept; the page heading, the photo caption, the other items and the item 'Federal Aid Programs For Texas Disaster Recovery', cut in the stored copy, dropped)",
    text='''Disaster Recovery Centers Temporarily Closed Due to Severe Weather
BATON ROUGE, La. -- All Disaster Recovery Centers (DRCs) throughout the state will remain closed until further notice due to severe weather predictions, state and federal disaster officials announced tonight.
"Safety is our highest priority," said Mike Hall, the Federal Emergency Management Agency's federal coordinating officer. "Once all threat of impact from Hurricane Ike has passed, the DRCs will be up and running to help meet the needs of Louisiana residents."
The eight DRCs, located in Assumption, Ascension, East Feliciana, Lafourche, Livingston, Point Coupee, Terrebonne and West Baton Rouge parishes, will reopen once officials determine it is safe for workers and residents to travel within those areas. The Lafourche Parish DRC, in the old Walmart building on Highway 1 in Mathews, opened for the first time on Thursday before being forced to close.
For the latest information on the recovery from Hurricane Gustav, visit emergency.louisiana.gov or call the state's emergency hotline at 1-866-288-2484 to listen to a recorded message with the most up-to-date information.''',
    quotes=[
        Q('"Safety is our highest priority,"', None, "Mike Hall"),
        Q('"Once all threat of impact', 'Louisiana residents."', "Mike Hall"),
    ],
),
dict(
    id="gov-en-voa-2011-08-iowa-state-fair-candidates",
    source="http://www.voanews.com/content/republican-presidential-candidates-push-for-votes-ahead-of-poll-127634268/143738.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / USA', the photo caption (stored twice) and the byline dropped; the paragraph opening '“What are you going to do to strengthen Social Security ...', cut in the stored copy, dropped; the page's opening ” before 'Candidates get' and the double space after 'D.C.' kept as stored)",
    text='''Republican Presidential Candidates Push for Votes Ahead of Poll
The Iowa State Fair is an annual August tradition in the central U.S. state. It is a chance to showcase Iowa’s agricultural products and traditions in a distinctly American atmosphere. It is also the closest many voters can get to candidates on the campaign trail. Reaching out to voters at the state fair is a rite of passage for candidates hoping to do well in the Iowa Straw Poll.
Since the first Iowa Straw Poll - held in Ames in 1979 - the Iowa State Fair in the capitol Des Moines, with it’s carnival rides and wide variety of fried food booths, has been a critical campaign stop for candidates hoping to emerge as the frontrunner.
“It’s probably easier to have access to candidates here in Des Moines Iowa than it is in New York City or Washington D.C.  It’s an amazing place,” said Des Moines native Marc Daniels. He has watched his relatively small Midwestern state evolve into a major political testing ground that can now make or break a Presidential candidate’s national campaign.
”Candidates get an opportunity to fine tune their message, and to sharpen it. They get an opportunity to find out whether what they are talking about is what people want to hear. It gives them an opportunity to practice their rhetoric for later speeches,” said Daniels.
Practicing for those speeches at the fair takes place on a “soapbox,” in this case large bails of hay, surrounded by crowds of interested voters.
Often well attended by supporters of the candidate speaking, it is open to everyone. As former Massachusetts Governor Mitt Romney discovered, that includes detractors.''',
    quotes=[
        Q('“It’s probably easier', 'an amazing place,”', "Marc Daniels"),
        Q('”Candidates get an opportunity', 'for later speeches,”', "Marc Daniels"),
        Q('“soapbox,”', None, None),
    ],
    aliases={"Marc Daniels": ["Daniels"]},
),
dict(
    id="gov-en-voa-2015-09-california-valley-fire",
    source="https://voa.pangea-cms.com/preview/en-US/a/confirmed-death-in-california-wildfires/2964226.html",
    license=VOA, retrieved=PAGES + BANNER + ", the section line 'USA', the video player lines ('California Wildfires Worst in Decades', 'please wait', 'No media source currently available', the time line) and the line 'Watch related video report from VOA's Zlatica Hoke.' dropped; a preview copy on VOA's own publishing system; the doubled 'and and' kept; the stored copy ends after the paragraph 'Forecasters are predicting ...')",
    text='''1 Confirmed Dead in California Wildfires
Authorities in California say an elderly disabled woman has been killed in one of two massive wildfires in the northern part of the state that have overwhelmed firefighters with their speed and intensity.
The body of 72-year-old Barbara McWilliams, who suffered from advanced multiple sclerosis, was discovered in the rubble of her home near California's world-famous Napa Valley winemaking region. Firefighters dispatched to rescue McWilliams could not reach her house because the neighborhood was engulfed in flames.
The fire which has been dubbed the Valley fire, has destroyed 400 homes and and over 24,000 hectares of land since erupting last Saturday, and is threatening another 9,000 structures. The inferno was only about 10 percent contained as of late Monday night.
About 300 kilometers to the east, another fire was raging in the Sierra Mountains, having destroyed 135 homes by midday Monday.
The two fires are among 12 large wildfires burning in northern California. Emergency officials say dry vegetation caused by a four-year long drought plus a record heat wave is the major cause of the fires. Governor Jerry Brown, who has issued a state of emergency in order to free up resources to fight the blazes, told reporters Monday his state is in a battle with "Mother Nature."
"These fires are acting more aggressively, more unpredictably," Brown said. "It's scary stuff," he said and praised firefighters for showing a lot of courage.
The governor said the flames are spreading faster than what the computer models predicted. He said climate change will only lead to more fires in the future.
Forecasters are predicting cooler weather and higher humidity for the northern region for the rest of the week which will help the firefighters.''',
    quotes=[
        Q('"Mother Nature."', None, "Jerry Brown"),
        Q('"These fires are acting', 'more unpredictably,"', "Jerry Brown"),
        Q('"It\'s scary stuff,"', None, "Jerry Brown"),
    ],
    aliases={"Jerry Brown": ["Governor Jerry Brown", "Brown"]},
),
dict(
    id="gov-en-voa-learningenglish-2016-swing-states",
    source="https://learningenglish.voanews.com/a/candidates-supporters-seek-support-swing-states-clinton-trump-obama-biden/3585052.html",
    license=VOA, retrieved=PAGES + BANNER + ", the photo captions, the repeated headline, the audio player lines ('please wait', 'No media source currently available', the time line) dropped; the paragraph 'Six percent more Dauphin County voters ...', cut in the stored copy, dropped)",
    text='''Candidates Busily Seeking Support in ‘Swing States’
Pennsylvania television stations are broadcasting so many political advertisements that not even a small child can miss them.
So, it was no surprise last week when two-and-a-half-year-old Benson Wyland repeated these words to customers and employees at a Chili’s Restaurant: “I’m Donald Trump and I approve this message.”
Everyone laughed. Those are the words Trump and almost all candidates say at the end of their political messages.
Trump is the Republican candidate for president. Hillary Clinton is the Democratic candidate.
Both candidates are campaigning hard in Pennsylvania. Winning the state and its 20 Electoral College votes might decide who wins the presidential election and replaces Barack Obama.
Election Day is Tuesday.
The candidate with the most votes does not necessarily win. The winner is decided by the 538 members of the Electoral College. Each state and the District of Columbia has Electoral College votes, based on population. Pennsylvania is tied with the state of Illinois for fifth most Electoral College votes with 20.
Both the Clinton and Trump campaigns are spending a lot of time seeking votes in Pennsylvania’s Dauphin County. It is located in the central part of the state.
Over the weekend, both Trump and Vice President Joe Biden gave speeches in the county. Biden, a Democrat, was born in Pennsylvania and is campaigning for Clinton.''',
    quotes=[
        Q('‘Swing States’', None, None),
        Q('“I’m Donald Trump and I approve', 'this message.”', "Benson Wyland"),
    ],
),
]
