# Held-out English Wikinews articles (tests/data/heldout4-en.jsonl), continued; see heldout4_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-baghdad-embassy-bombs",
    source="https://en.wikinews.org/wiki/30_dead_in_Baghdad_bomb_blasts%2C_hundreds_of_people_injured",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bomb") + " (a pull-quote box without quotation marks dropped; the opening mark of Said Mohammed's quote, tokenized onto the end of the previous sentence, attached to its word)",
    text="""30 dead in Baghdad bomb blasts, hundreds of people injured
Sunday, April 4, 2010
Three car bombs were detonated in Baghdad, the capital of Iraq on Sunday morning, killing 30 people. The attacks were aimed at foreign embassies, according to sources. 224 people were wounded in the bombings which occurred in quick succession according to officials.
"They were suicide attacks against the Egyptian and Iranian embassies," commented Major General Qassim Atta, who is the spokesperson for the Baghdad operations of the Iraqi security agencies. According to him, one of the attacks were at a junction close to the German and Syrian embassies. The German foreign ministry officials claimed that an security guard of Iraq was killed while three others were injured. The head of the Egyptian embassy's security was killed and several guards were wounded in the blast.
Atta stated that Iraqi security agencies had barred a car with a bomb in Masbah, central Baghdad. The car was allegedly to be used to attack the headquarters of security police, whose work was to protect embassy officials. The bomb was defused and the driver of the car arrested by security forces.
The explosions which occurred almost simultaneously broke windows in adjoining buildings, sparked exchange of gunfire between the security personnel and the attacker, thereby sending smoke clouds in the sky. Two suicide car bombs were detonated in the neighbourhood of Mansur in west Baghdad while a third explosion occurred close to the Iranian embassy in the city. No group has yet claimed responsibility for the attacks.
Said Mohammed, a witness of the blast near the Egyptian embassy, said guards had made an attempt to stop the bomber. "Three security guards shouted at the truck to stop moving, and opened fire on the driver," said he. He angrily shouted at Iraqi army officers on seeing this, saying: "How did the truck get here?"
Pieces of shrapnel covered the street in front of the embassy building. The entrance to the building was destroyed; a crater five metres (16feet) in diameter could be seen near it.
"The explosion [at the Iranian embassy] was really strong," said Abu Ahmed, a taxi driver who was an eyewitness of one of the blasts. "They never kill ministers, officials or heads of state. They kill taxi drivers, public employees and shopkeepers. How much longer will this last?"
The frequency of attacks in Iraq has fallen from the levels in 2006 or 2007; however figures issued on Thursday showed that last month, 367 Iraqis had been killed in attacks, the highest this year.""",
    quotes=[
        Q('"They were suicide attacks', 'Iranian embassies,"', "Qassim Atta"),
        Q('"Three security guards', 'on the driver,"', "Said Mohammed"),
        Q('"How did the truck get here?"', None, "Said Mohammed"),
        Q('"The explosion [at the Iranian embassy] was really strong,"', None, "Abu Ahmed"),
        Q('"They never kill ministers', 'will this last?"', "Abu Ahmed"),
    ],
    aliases={"Qassim Atta": ["Atta", "Major General Qassim Atta"],
             "Said Mohammed": ["a witness of the blast near the Egyptian embassy"],
             "Abu Ahmed": ["a taxi driver who was an eyewitness of one of the blasts"]},
),
dict(
    id="wn-en-obituaries-2008-02-03",
    source="https://en.wikinews.org/wiki/Obituaries%3A_January_28-February_3%2C_2008",
    license=LIC, retrieved=AMG.format("AMALGUM_news_barry") + "; item headings kept as lines, each item's Sources/Related news lists dropped",
    text="""Obituaries: January 28-February 3, 2008
Monday, February 4, 2008
The following were some of the deaths reported over the past week:
Gus Arriola, cartoonist, 70
Gordo cartoonist Gus Arriola died in Carmel, California on Saturday. His comic strip presented aspects of Mexican culture to American audiences.
Beto Carrero, theme park operator, 70
Beto Carrero, a Brazilian musician turned theme park operator, died in São Paulo on Friday. He sustained heart failure during surgery at Hospital Sírio Libanês. His Beto Carerro World in Santa Catarina state is reported to be the largest amusement facility in Latin America.
Archbishop Christodoulos, church leader, 69
Archbishop Christodoulos of Greece's Orthodox Church died Monday in Athens after serving almost ten years as the church's national leader. The archbishop, whose actual name was Christodoulos Paraskevaides, was treated for cancer since last July.
Barry Morse, actor, 89
British-born, Canadian-based actor Barry Morse died on Saturday, according to his official website.
Morse was an actor since the 1930s in his native Britain. He moved to Canada in the 1950s where he made his first television appearances on CBC Television. During the 1960s and 1970s, Morse was seen internationally on television, particularly his regular roles on Space: 1999 and The Fugitive.
Further details of his death are not yet available.
Suharto, former Indonesian President, 86
Suharto, second president of Indonesia, has died today in a Jakarta hospital at the age of 86. The cause of death was announced as multiple-organ failure. He had been in the hospital since January 4, when he was admitted with failing kidneys, heart and lungs.
A week of national mourning was declared by President Susilo Bambang Yudhoyono. In a televised address, the current president described Suharto as "one of Indonesia's best sons and national leaders who has done very great service to his beloved nation" and called for all Indonesians to pay their respects.
The president is to oversee a state funeral after Suharto's body is taken to his family mausoleum in Surakarta, Central Java by a fleet of seven Air Force planes.
Suharto was born Raden Suharto on June 8, 1921 in Kemusu Argamulja, Java, Indonesia. He was president of Indonesia from 1967-1998.
Suharto is survived by two sons and one daughter. His eldest daughter, Tutut, said, "My father passed away peacefully. May God bless him and forgive all of his mistakes."
David Kimutai Too, politician, 39 or 40
Amid Kenya's post-election violence, Orange Democratic Movement politician David Kimutai Too was killed by police at Eldoret on Thursday. His party condemned this situation as a politically-motivated assassination. He was the second major Kenyan politician to be killed this week (see Mugabe Were below).
Mugabe Were, politician, 39
Melitus Mugabe Were, a moderate Kenyan opposition Member of Parliament, was assassinated on Tuesday. He was shot outside his home is among hundreds killed in that nation's post-election violence.""",
    quotes=[
        Q('"one of Indonesia\'s best sons', 'beloved nation"', "Susilo Bambang Yudhoyono"),
        Q('"My father passed away', 'his mistakes."', "Tutut"),
    ],
    aliases={"Susilo Bambang Yudhoyono": ["President Susilo Bambang Yudhoyono", "the current president"],
             "Tutut": ["His eldest daughter"]},
),
dict(
    id="wn-en-dublin-pride-2018",
    source="https://en.wikinews.org/wiki/Dublin_Pride_2018_attracts_tens_of_thousands_of_people",
    license=LIC, retrieved=AMG.format("AMALGUM_news_attracts") + " (the 'Photo gallery' heading and its image credits dropped)",
    text="""Dublin Pride 2018 attracts tens of thousands of people
Tuesday, July 3, 2018
On Saturday, the Lesbian, Gay, Bisexual and Transgender (LGBT) Pride in the Irish capital Dublin attracted a record number of people. According to the organisers of the Pride, about 60 thousand people attended the event, almost double the number of attendees in last year's Pride.
For the first time, members of the Defence Forces attended the annual rally in their military uniforms, The Independent reported. The Defence Forces were led by Vice-Admiral Mark Mellett. This year's theme was "We Are Family". Buildings were decorated in the colours of the rainbow on the eve of the 25th anniversary of the Dublin Pride.
According to reports, ex-president Mary McAleese and children's minister Katherine Zappone had attended the Pride. "Happy Pride everyone! Have a great day celebrating equality, inclusiveness and love", Health Minister Simon Harris tweeted.
Homosexuality was decriminalised in the Irish Republic 25 years ago in 1993, and the marriage of same-sex couples was legalised in November 2015 after a nation-wide referendum. On June 19, Irish Taoiseach Leo Varadkar, who is the country's first openly-gay Taoiseach addressed the Dáil saying, "Today the people I want to pay a special tribute to are the unknown heroes, the thousands of people whose names we do not know, who were criminalised by our forbears".
Same-sex marriage is illegal in the neighbouring country of Northern Ireland. Mary Lou McDonald, leader of the Sinn Féin political party said, "We stand in solidarity to those in the North who are still struggling to have their families recognised in the most basic of ways - marriage equality". She added, saying, "The people here, the people of pride are an unstoppable force. Rights are for all. Equality is for all. Change is coming and make no mistake the North is next.\"""",
    quotes=[
        Q('"We Are Family"', None, None),
        Q('"Happy Pride everyone!', 'inclusiveness and love"', "Simon Harris"),
        Q('"Today the people I want', 'by our forbears"', "Leo Varadkar"),
        Q('"We stand in solidarity', 'marriage equality"', "Mary Lou McDonald"),
        Q('"The people here', 'the North is next."', "Mary Lou McDonald"),
    ],
    aliases={"Simon Harris": ["Health Minister Simon Harris"],
             "Leo Varadkar": ["Irish Taoiseach Leo Varadkar"],
             "Mary Lou McDonald": ["leader of the Sinn Féin political party"]},
),
dict(
    id="wn-en-maldives-carbon-neutral",
    source="https://en.wikinews.org/wiki/Maldives_to_become_the_world%27s_first_carbon-neutral_country",
    license=LIC, retrieved=AMG.format("AMALGUM_news_carbon") + " (a pull-quote box without quotation marks and the 'HAVE YOUR SAY' comment box dropped)",
    text="""Maldives to become the world's first carbon-neutral country
Monday, March 16, 2009
Mohamed Nasheed, the leader of the Maldives, has announced that the country will become carbon-neutral within a decade by completely switching to renewable energy sources.
"We aim to become carbon-neutral in a decade," he said.
"Climate change threatens us all. Countries need to pull together to de-carbonize the world economy. We know cutting greenhouse gas emissions is possible and the Maldives is willing to play its part," Nasheed said, adding that he hopes his plan will serve as a blueprint for other countries.
"We understand more than perhaps anyone what would happen to us if we didn't do anything about it or if the rest of the world doesn't find the imagination to confront this problem," Nasheed told Newshour in a telephone interview from the Maldives' capital of Male.
"So basically, we don't want to sit around and blame others, but we want to do whatever we can, and hopefully, if we can become carbon-neutral, and when we come up with the plan, we hope that these plans also will serve as a blueprint for other nations to follow. We think we can do it, we feel that everyone should be engaged in it, and we don't think that this is an issue that should be taken lightly."
Nasheed's plan calls for half of a square kilometre (0.19 square miles) of solar panels and 155 wind turbines, each generating 1.5 megawatts. The electricity will power vehicles as well. Boats and automobiles with gasoline engines would be slowly replaced with electric versions.
The plan will cost an estimated US$1.1 billion. The economy of the Maldives, reliant mainly on tourism and fishing, is worth $800 million a year.
Environmentalist Mark Lynas said that the plan could pay for itself in a decade, due to savings on oil imports. "It's going to cost a lot of money but it will also save a lot of money from not having to import oil," Lynas said.
"The point of doing it is that it is something the Maldives can lead the world in. No rich country has the excuse that it is too expensive and we can't do anything," Lynas said to the news agency Reuters.
"The Maldives could just give up. Its people could declare themselves climate change refugees and ask for sanctuary elsewhere. But the new government is taking a stand and asked us to give them a plan for a near zero-carbon economy," said Chris Goodall, the British climate change expert who led the development of the carbon-neutral plan. "We don't want to pretend that this plan is going to be easy to implement. There will be hiccups, and electricity supply will occasionally be disrupted. But we think that building a near-zero-carbon Maldives is a realistic challenge. Get it right and we will show the apathetic developed world that action is possible, and at reasonable cost."
The Maldives are located in the Indian ocean and are among the lowest-lying islands on the planet, with none of them rising more than six feet (1.8 metres) above sea level, making them particularly vulnerable to rising sea levels associated with global warming.""",
    quotes=[
        Q('"We aim to become carbon-neutral in a decade,"', None, "Mohamed Nasheed"),
        Q('"Climate change threatens us all.', 'play its part,"', "Mohamed Nasheed"),
        Q('"We understand more than perhaps', 'confront this problem,"', "Mohamed Nasheed"),
        Q('"So basically', 'taken lightly."', "Mohamed Nasheed"),
        Q('"It\'s going to cost a lot', 'import oil,"', "Mark Lynas"),
        Q('"The point of doing it', 'do anything,"', "Mark Lynas"),
        Q('"The Maldives could just give up.', 'zero-carbon economy,"', "Chris Goodall"),
        Q('"We don\'t want to pretend', 'reasonable cost."', "Chris Goodall"),
    ],
    aliases={"Mohamed Nasheed": ["Nasheed", "the leader of the Maldives"],
             "Mark Lynas": ["Lynas", "Environmentalist Mark Lynas"],
             "Chris Goodall": ["the British climate change expert who led the development of the carbon-neutral plan"]},
),
dict(
    id="wn-en-wikimania-2009-buenos-aires",
    source="https://en.wikinews.org/wiki/Wikimania_jury_chooses_Buenos_Aires_for_2009_location",
    license=LIC, retrieved=AMG.format("AMALGUM_news_aires") + "; section heading and the interview's question/answer labels kept as in the copy (the answers carry no quotation marks and are not annotated)",
    text="""Wikimania jury chooses Buenos Aires for 2009 location
Sunday, March 30, 2008
On March 28, the jury in charge of selecting the location of Wikimania 2009 announced that the annual conference will be held in the city of Buenos Aires, the capital of the Argentine Republic.
According to a an official mailing list post from Wikimedia Volunteer Coordinator Cary Bass, Phoebe Ayers, and James Forrester made on behalf of the jury, Buenos Aires was chosen because of the "strong, organized team" behind the bid, the "detailed budget proposal and planning schedule," the "significant number of sponsors already lined up," "relaxed visa rules," because it has a "solid venue, situated within a well-maintained cultural center in a major international city," and because of its "good Spanish-language media contacts."
Buenos Aires was selected out of 4 official bids, including Toronto, Brisbane, and Karlsruhe.
The conference venue will be the General San Martín Cultural Centre, located in the heart of the city. The conference will also be sponsored by entities like the Buenos Aires Tourism Authority and the National University of La Plata.
The bid was mainly organized by the members of Wikimedia Argentina, a local chapter of the Wikimedia Foundation.
This will be the first Wikimania celebrated in the South American continent and the first in a Spanish-speaking country.
Wikimania is an annual international conference for the editors of Wikimedia projects. The first conference was held in Frankfurt, Germany, on August 4-8, 2005; the second conference was held in Boston, USA, on August 4-6, 2006; the third one was held in Taipei, Taiwan, on August 3-5, 2007; this year's conference will be held on July 17-19 in Alexandria, Egypt.
Wikimedia Argentina reacts to the selection
Wikinews interviewed Patricio Lorente, the President of Wikimedia Argentina, on his reaction to the selection of Buenos Aires for Wikimania 2009.
((Wikinews)) How do you feel about the selection?
Patricio: The whole group feels great satisfaction and an enormous responsibility. We've been working on this candidacy for over a year and the expectancy of getting the jury's support was very big.
((Wikinews)) How will Wikimania 2009 be different from other years?
Patricio: The location is part of the newness: it'll be the first Wikimania celebrated in the southern hemisphere and in a Latin country. The Spanish-speaking community has had, up until now, a weak participation in the global Wikimedia community, and we think this event will help integrate us.
Secondly, it'll be a Wikimania more integrated to the host city than previous ones: we based our bid on that, making sure that the venues are in the very heart of Buenos Aires. In addition to having a comfortable ambiance for carrying out the discussions, we want the wiki community to live the city.
Thirdly, it'll be a bilingual Wikimania. Up until now, the official language of Wikimania has been English. As part of this effort to integrate the Spanish-speaking community to the Wikimedia world we will make sure that there is simultaneous translation between Spanish and English, so that conferences are available in both languages.
((Wikinews)) How do you think Wikimania will affect Latin America?
Patricio: We hope it gives new impulse to the organization of existing communities in countries in the region, developing new local chapters. We also expect important press coverage, stimulating the appearance of new Wikimedians.""",
    quotes=[
        Q('"strong, organized team"', None, "Cary Bass"),
        Q('"detailed budget proposal and planning schedule,"', None, "Cary Bass"),
        Q('"significant number of sponsors already lined up,"', None, "Cary Bass"),
        Q('"relaxed visa rules,"', None, "Cary Bass"),
        Q('"solid venue', 'international city,"', "Cary Bass"),
        Q('"good Spanish-language media contacts."', None, "Cary Bass"),
    ],
    aliases={"Cary Bass": ["Wikimedia Volunteer Coordinator Cary Bass"]},
),
dict(
    id="wn-en-gordon-wins-brickyard-400",
    source="https://en.wikinews.org/wiki/Jeff_Gordon_wins_the_2014_Brickyard_400",
    license=LIC, retrieved=AMG.format("AMALGUM_news_brickyard") + " (the 'Official Top-10 Race Results' table after the body dropped)",
    text="""Jeff Gordon wins the 2014 Brickyard 400
Tuesday, July 29, 2014
On Sunday, Jeff Gordon of Hendrick Motorsports recorded his 90th career NASCAR Sprint Cup Series win in the 2014 Brickyard 400 at the Indianapolis Motor Speedway.
Starting the race in second, Gordon won his second race of the 2014 NASCAR Sprint Cup Series season, and his fifth at the track, breaking a tie with teammate Jimmie Johnson for the most event wins, while tying Formula One driver Michael Schumacher for the most wins at the track. The win marked his first 400 win since 2004, and was on the twenty-year anniversary of his 1994 Brickyard 400 win; Indianapolis mayor Greg Ballard declared the day "Jeff Gordon Day". Additionally, the win was the twelfth consecutive Brickyard 400 victory for Chevrolet, and the ninth for Hendrick Motorsports.
The race began at 1:19 PM EDT (1719 UTC), with Kevin Harvick holding pole position, his series-high fourth of the season. Harvick's lead would end after just one lap, yielding to Gordon, who led the following 20 laps. Joey Logano would lead for the next ten laps, with the lead later being split by Kasey Kahne, Kyle Larson, Austin Dillon, Denny Hamlin, and Clint Bowyer. After claiming the lead from Bowyer, Kahne would lead for 25 consecutive laps; he would end the race leading the most laps with 70.
The first caution flag was flown as an arranged competition caution on lap 22, allowing Cole Whitt to become the beneficiary, nicknamed the "lucky dog", and gain back a lap. On lap 69, the second caution, for Danica Patrick stopping in turn 1, allowing Dale Earnhardt, Jr. to become the beneficiary; Trevor Bayne's crash in turn 3 on lap 98 led to Brad Keselowski gaining a lap. The final caution occurred on lap 140 due to Ryan Truex being too slow in turn 2, with Michael McDowell being the "lucky dog".
On the final restart with 17 laps remaining, and Gordon, who struggled with restarts for seasons, passed teammate Kahne and led for the remainder of the race. Kyle Busch finished second, 2.325 seconds behind Gordon, followed by Joe Gibbs Racing teammates Hamlin and Matt Kenseth, with the top five being rounded out by Logano. Kahne dropped to fifth on the restart, and ran out of fuel on the last lap, finishing sixth, with the top ten closed out by Larson, Harvick, Earnhardt, Jr., and Dillon.
After the race, Hamlin had firewall plates, which protect the driver from smoke and fire, but can assist a car's aerodynamic performace if airflow is permitted, confiscated by NASCAR.
The drivers' points standings after the race featured Gordon in the lead with 717 points. Earnhardt, Jr. with 693; Keselowski, 666; Kenseth, 661; Johnson, 628; Kyle Busch, 609; Ryan Newman, 606; Carl Edwards, 603; Logano, 591; and Bowyer, 577, closed out the top ten. With the new Chase for the Sprint Cup format introduced for the 2014 season, Gordon, Edwards, Johnson, and Logano clinched spots in the Chase Grid, which Keselowski leads, with Johnson, Gordon, Earnhardt, Jr., Edwards, Logano, Harvick, Kyle Busch, Hamlin, Aric Almirola, Kurt Busch, Kenseth, Newman, Bowyer, Larson, and Dillon comprising the remainder of the current leaders for the sixteen-driver Grid.
The race was officially named the Crown Royal Presents The John Wayne Walding 400 Powered by BigMachineRecords.com. Walding, who served in Iraq as a member of the Green Berets, had his lower leg amputated after being shot. His name was chosen for the race as part of Crown Royal's "Your Hero Name Here" program.
The next race, the Gobowling.com 400, is to be held on August 3 at Pocono Raceway, and will air on ESPN at 1:00 PM EDT.""",
    quotes=[
        Q('"Jeff Gordon Day"', None, None),
        Q('"lucky dog"', None, None),
        Q('"lucky dog"', None, None, 1),
        Q('"Your Hero Name Here"', None, None),
    ],
    aliases={},
),
dict(
    id="wn-en-shopping-cart-injuries",
    source="https://en.wikinews.org/wiki/Study_shows_shopping_cart_injuries_rise_after_US_safety_standards_set",
    license=LIC, retrieved=AMG.format("AMALGUM_news_cart") + " (the hospital's list of guidelines kept, one line per item; the opening mark of Smith's first quote, tokenized onto the end of the previous sentence, attached to its word)",
    text="""Study shows shopping cart injuries rise after US safety standards set
Friday, January 24, 2014
Over two decades, on average every 22 minutes a child in the United States experiences an injury from a shopping cart-related accident that requires emergency room attention and this type of injury has increased significantly, according to a new study released this month by the journal Clinical Pediatrics.
The number of shopping cart-related injuries to children increased over the course of the study period, which was between 1990 and 2011, and also increased since the United States first set safety standards in 2004. The study notes that an average of 66 children a day required emergency care as a result. According to the study, that is an estimated 24,000 children annually. The study looked at over a half a million cases over the two decades.
Researchers also found that 70.4 percent of those injuries were from falls from the shopping carts. The study also documents the other ways children are commonly injured including collisions, cart tip overs, and trapped limbs. The most likely type of injury is a head injury and accounts for 78.1 percent of emergency care cases involving shopping carts.
The study was carried out by Dr. Gary Smith, director of the Center for Injury Research and Policy at Nationwide Children’s Hospital, and his colleagues. Smith said the current voluntary standards for shopping cart safety are not adequate. "Not only have the overall number of child injuries associated with shopping carts not decreased since implementation of the safety standards, but the number of concussions and closed head injuries is actually increasing," he said. "It is time we take action to protect our children by strengthening shopping cart safety standards with requirements that will more effectively prevent tip-overs and falls from shopping carts."
Shopping cart-related accidents happen to both young and old. Chris Strickland, 18, was working in a Home Depot in Anchorage, Alaska earlier this month when he saw a shopping cart falling over and in quick order stopped the cart with one hand and saved a baby with his other arm. And in Shanghai, China, a women died last year as a result of a runaway shopping cart.
According to Nationwide Children's Hospital in Columbus, Ohio, parents can follow several guidelines in order to reduce the danger of shopping cart-related accidents:
Whenever possible, choose alternatives to placing your child in a shopping cart.
Always use the shopping cart safety straps. Be sure your child is snugly secured in the straps and that the child’s legs are placed through the leg openings. If parts of the cart restraint system are missing or are not working, choose another cart.
Use a cart that has a child seat that is low to the ground, if one is available.
Make sure your child remains seated.
Stay with the cart and your child at all times.
Avoid placing infant carriers on top of shopping carts. If your child is not old enough to sit upright by himself in the shopping cart seat, consider other options such as leaving your child at home with another adult while you are at the store, using in-store child care areas, using a front- or back-pack carrier, or using a stroller. — Nationwide Children's Hospital""",
    quotes=[
        Q('"Not only have the overall number', 'actually increasing,"', "Gary Smith"),
        Q('"It is time we take action', 'from shopping carts."', "Gary Smith"),
    ],
    aliases={"Gary Smith": ["Smith", "Dr. Gary Smith"]},
),
dict(
    id="wn-en-last-ottoman-dies",
    source="https://en.wikinews.org/wiki/Last_Ottoman_dies%2C_aged_91",
    license=LIC, retrieved=AMG.format("AMALGUM_news_aged"),
    text="""Last Ottoman dies, aged 91
Thursday, April 5, 2012
Fatma Neslişah Osmanoğlu, who was the last Ottoman royal born during the Ottoman Empire, died at age 91, reportedly from a heart attack, Monday and was buried in Istanbul, Turkey.
Neslişah was both the granddaughter of Sultan Vahdettin, who was the last Ottoman Emperor, and Abdülmecid II, who was the last Ottoman Caliph. Neslişah was also the wife of Egyptian Prince Muhammad Abdel Moneim, who was the head of Egypt’s regency for a short while before the revolution in which Muhammad Naguib and Gamal Abdel Nasser removed the monarchy from power. This was the second monarchy removed by revolution and sent into exile that Neslişah had personally experienced.
When Neslişah was born on February 4, 1921, cannons were fired to spread the news and she was registered in the family records, the last child of the Ottoman line to be registered. She was born just two years before Mustafa Kemal Atatürk founded modern Turkey. The Turkish revolution brought the formal end of the Ottoman dynasty. The Ottomans had ruled for 600 years. At the peak of the Empire, the family's rule stretched across the Middle East and North Africa, as well as to Eastern Europe. As a young girl, Neslişah left Turkey for exile with her relatives after the royal family was banished.
In 1940, she married the Prince in Egypt. The Prince was head of the regency for under a year between 1952 and 1953. She was briefly under arrest with her husband, when he was accused of conspiring against Nasser, before they were sent into exile.
As an exile in France, she longed to be repatriated to her homeland and the city of Istanbul where she is now buried. She told a biographer, Murat Bardakçı, "My mother had friends who would go to Istanbul. I would ask them to bring me back a bit of soil from Istanbul, but none did." The Turkish government from 1952 allowed female royals to return and she returned there with her husband in 1957. In 2009, she became the senior member of Turkey’s former royal family after the death of a male relative.
Professor İlber Ortaylı, who manages the museum at the Topkapı Palace, said, "Many members of the Ottoman dynasty were [laid to their final resting places] with their memories; their lives went unrecorded. We can comprehend neither Ottoman history nor the Republic too well for this reason."
Neslişah was the last surviving member of her family to be born and registered during the Empire period. She is survived by her two children, one son and one daughter, and a grandson.""",
    quotes=[
        Q('"My mother had friends', 'but none did."', "Fatma Neslişah Osmanoğlu"),
        Q('"Many members of the Ottoman dynasty', 'for this reason."', "İlber Ortaylı"),
    ],
    aliases={"Fatma Neslişah Osmanoğlu": ["Neslişah"],
             "İlber Ortaylı": ["Professor İlber Ortaylı"]},
),
dict(
    id="wn-en-pakistan-fata-merger",
    source="https://en.wikinews.org/wiki/Pakistani_President_signs_bill_to_merge_Federally_Administered_Tribal_Areas_with_Khyber_Pakhtunkhwa",
    license=LIC, retrieved=AMG.format("AMALGUM_news_administered"),
    text="""Pakistani President signs bill to merge Federally Administered Tribal Areas with Khyber Pakhtunkhwa
Saturday, June 2, 2018
On Thursday, Pakistani President Mamnoon Hussain signed a bill to merge the country's Federally Administered Tribal Areas (FATA) with the neighbouring province of Khyber Pakhtunkhwa (KP).
The "Federally Administered Tribal Areas Reforms Bill, 2018", seeking to end the colonial-era rules which are applicable to the five million people living in FATA, was approved by the federal lower house, the National Assembly, on May 24, the upper house — the Senate — on May 25 and the KP Provincial Assembly on May 27. The bill was presented to the president by Senate Chairman Sadiq Sanjrani on Tuesday for the president's assent. President Hussain's approval for the 25th Constitutional Amendment will remove mention of "FATA" from the Constitution.
Since Pakistani independence from British rule in 1947, the Pakistani President had been appointing "Political Agents" to govern FATA, who exercised near-complete autonomous control over the areas. These agents were responsible for providing government and judicial services under Article 247 of the Pakistani Constitution. Before January 12, when a bill extended the writ of both the Pakistani Supreme Court and Peshawar High Court to FATA, the tribal areas were outside the jurisdiction of the Pakistani courts. Instead, the Frontier Crimes Regulation (FCR) was the applicable law of FATA. Per this regulation, dating back to the colonial era, collective punishment of a tribe was possible, and FATA citizens did not enjoy all the rights under the Constitution of Pakistan that other Pakistanis were entitled to.
Along with the purging of "FATA" from the Pakistani constitution, the merger bill affects Article 1 of the constitution which defines Pakistan's territories. The bill includes changes in the legislative area. KP is to have 55 seats in the country's National Assembly, and the Senate size is to be decreased to 96 from 104 by 2024. The bill also adds 21 new seats — sixteen general ones, four exclusively for women and one for a non-Muslim candidate — for the FATA citizens in the KP Provincial Assembly; it previously had 124 seats.
The president is yet to sign the 31st Amendment of the Constitution resulting in the usurpation of Article 247 of the Pakistani Constitution which lays down directions for administering the federally and the provincially administered tribal areas of the country. KP is to receive a "FATA Interim Governance Regulation" once the president signs the 31st Amendment. However, the removal of Article 247 would lead to Provincially Administered Tribal Areas (PATA) citizens losing certain privileges and incentives. Members of the KP Provincial Assembly from the Malakand division (the PATA) including Inayatullah Khan, Sardar Babak, Dr Haider Ali, and Muhammad Ali Shah expressed their dissatisfaction with the purging of incentives for PATA. Those assembly members also asked for exemption of taxes for PATA citizens. Outgoing Chief Minister of KP, Pervez Khattak said he would raise the concerns with the Federal Government, requesting a ten-year tax exemption for PATA citizens.
After approving the bill, the president said this move is to "open up an entire era of prosperity and development for its people and help them progress in all spheres of life". He added, saying, "The nation needs to work together to fully benefit from this historic opportunity."
The merger bill was proposed by the Pakistan Muslim League-Nawaz, and passed with 229–1, 71–5, and 92–7 in the National Assembly, Senate and the KP Provincial Assembly respectively. The Jamiat Ulema-e Islam (F) and Pashtunkhwa Milli Awami Party were the two parties to oppose the merger in both, provincial and national assemblies.""",
    quotes=[
        Q('"Federally Administered Tribal Areas Reforms Bill, 2018"', None, None),
        Q('"FATA"', None, None),
        Q('"Political Agents"', None, None),
        Q('"FATA"', None, None, 1),
        Q('"FATA Interim Governance Regulation"', None, None),
        Q('"open up an entire era', 'spheres of life"', "Mamnoon Hussain"),
        Q('"The nation needs to work together', 'historic opportunity."', "Mamnoon Hussain"),
    ],
    aliases={"Mamnoon Hussain": ["Pakistani President Mamnoon Hussain", "President Hussain", "the president"]},
),
]
