# Held-out English Wikinews articles (tests/data/heldout12-en.jsonl), continued; same source and
# conventions as heldout12_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-brazil-gol-1907-crash-rescue",
    source="https://en.wikinews.org/wiki/Rescue_workers_search_wreckage_of_Brazilian_air_crash",
    license=LIC, retrieved=AMG.format("AMALGUM_news_rescue") + " (section headings kept as lines, the two parts of the last one joined; the opening marks of Sharkey's, Zuanazzi's, Hansman's and Waldock's quotations and the closing mark of the spokesman's last one, which the copy holds as fragments of their own, attached to their words; the copy's missing full stop after 'for bodies', 'A Embraer', '…In', 'in air traffic in Brazil is' and 'controllers said.' kept)",
    text='''Rescue workers search wreckage of Brazilian air crash
Tuesday, October 3, 2006
Gol Transportes Aéreos Flight 1907 crashed 1,750km (1,100 miles) north-west of Rio de Janeiro killing all people onboard, on Friday September 29. National Civil Aviation Agency (ANAC) has confirmed that the crashed Brazilian airplane did crash into a smaller aircraft. Rescue workers and air force personnel are searching the wreckage for bodies
Search and rescue teams arrive
Search and rescue teams rappelled down ropes or hacked a way through the rainforest, led by local Indians to reach the wreckage.
The first people at the scene had to abseil down to clear away trees to allow helicopters to land.
"It's extremely difficult to get there," said Ademir Ribeiro, a foreman on the nearby Jarina ranch, the centre for rescue operations.
About 80 air force personnel were at the site during the day and about thirty stayed during the night.
An air force statement says that the first two bodies were recovered on the afternoon of Sunday, October 1. The bodies were taken to an air force base by helicopter.
Officials say that the investigation would take at least three months. Milton Zuanazzi, director of the National Civil Aviation Agency, says that he does not know how long the removal of bodies would take.
737 Crashed, Legacy made emergency landing
A Embraer Legacy 600 owned by ExcelAire, a charter company based in Long Island, New York clipped the Boeing 737-800 SFP. The Legacy made an emergency landing at Cachimbo air force base with five passengers and two crew on board, none of whom were hurt. The Boeing plunged nose first into the rainforest and disintegrated.
When interviewed by the police, the passengers on the Legacy reported feeling a bump at the time of the collision. The pilot landed the plane manually.
An Air Force statement said that a search of the site showed no signs that the 149 passengers and six crew on board the Boeing 737 could have survived the crash.
"Neither of the pilots can understand how a 737 could have hit us without them seeing it," said Joe Sharkey, a journalist for the New York Times, in an email to his wife.
Mr. Zuanazzi says it's possible as they were traveling at hundreds of miles an hour.
"They said they didn't see anything. But this is absolutely normal. …In these conditions, you can only see a shadow and a noise," said Zuanazzi.
Questions over collision avoidance system
Investigators are trying to determine why two new aircraft equipped with the latest anti-collision technology could have collided. The Brazilian air force says that both planes were equipped with a Traffic Collision Avoidance System (TCAS) which sounds an alarm when planes get too close.
"It locks on the other plane's transponders and tells the pilot whether to go up or down," John Hansman, aeronautics professor at the Massachusetts Institute of Technology, said by telephone.
"The 737 should have been warned to take evasive action."
Hansman said that in air traffic in Brazil is complicated in some parts and vast areas are not covered by radar especially over the ocean on the Amazon Rainforest. Pilots often propose a route and at certain points check with controllers who verify the plane's location, altitude and bearing.
"Apparently that process broke down somehow," Hansman said. "When you get to the jungles of Brazil, you have people going in all directions."
The Brazilian mass communications media are suggesting that a lapse in communication caused the crash. Rio de Janeiro daily O Globo reported that air traffic controllers in the city of Manaus cleared the Boeing to fly at 37,000 feet and Brasília authorised the Legacy to climb from 35,000 feet to 39,000 feet. Agência Estado reports the Legacy pilot Joseph Lepore and co-pilot Jan Palladino told police in Mato Grosso that they had authorisation from Brasília to fly at 37,000 feet and that the anti-collision equipment never sounded a warning.
Blackboxes recovered
The cockpit voice recorder and the digital flight data recorder of both planes have been recovered. The blackbox of the Legacy was taken to Embraer's headquarters at Sao Jose dos Campos, Sao Paulo.
Brazil's Civil Aviation Agency said the cause of the crash was impossible to say until the Boeing 737's two recorders, found by search teams, were examined.
Dale Oderman, associate professor of aviation technology at Purdue University said investigators will be paying close attention to the conversations between the pilots and air traffic controllers said.
"It might indicate they were flying an altitude they weren't cleared to fly," Mr. Oderman said.
Bill Waldock, aviation safety professor at Embry-Riddle Aeronautical University in Prescott, Arizona, says that the Legacy may have clipped the bigger jet's horizontal stabiliser — fins that prevent the airplane from pitching up or down.
"A likely reason why the 737 would depart continuous flight and go vertically into the jungle at that speed would be damage or loss of the horizontal stabiliser," Mr. Waldock said.
Relatives flown over crash site
Relatives of the passengers have complained that they were not being informed about the ongoing search for bodies or the investigation. The air force has flown them in groups of six over to the crash site. The air force says that it was to show them how difficult it is to reach the crash site.
"They will be able to see the difficulties of the operation ... The place is difficult [to access], there are trees of up to 40 meters (130 feet) tall," a spokesman said. "The debris is scattered so rescue work is even more complicated."
Worst air disaster in Brazilian history
This is the worst air disaster in Brazilian history, surpassing the June 1982 crash of a VASP flight which hit a mountain near Fortaleza in northeastern Brazil, killing 137 people.
President Lula has declared three days of national mourning.''',
    quotes=[
        Q('"It\'s extremely difficult', 'get there,"', "Ademir Ribeiro"),
        Q('"Neither of the pilots', 'seeing it,"', "Joe Sharkey"),
        Q('"They said they didn\'t see anything.', 'and a noise,"', "Milton Zuanazzi"),
        Q('"It locks on', 'up or down,"', "John Hansman"),
        Q('"The 737 should have been warned', 'evasive action."', "John Hansman"),
        Q('"Apparently that process', 'somehow,"', "John Hansman"),
        Q('"When you get to the jungles', 'all directions."', "John Hansman"),
        Q('"It might indicate', 'cleared to fly,"', "Dale Oderman"),
        Q('"A likely reason', 'horizontal stabiliser,"', "Bill Waldock"),
        Q('"They will be able', 'feet) tall,"', "Brazilian air force"),
        Q('"The debris is scattered', 'more complicated."', "Brazilian air force"),
    ],
    aliases={"Ademir Ribeiro": ["a foreman on the nearby Jarina ranch"],
             "Joe Sharkey": ["a journalist for the New York Times"],
             "Milton Zuanazzi": ["director of the National Civil Aviation Agency", "Mr. Zuanazzi", "Zuanazzi"],
             "John Hansman": ["aeronautics professor at the Massachusetts Institute of Technology", "Hansman"],
             "Dale Oderman": ["Mr. Oderman"],
             "Bill Waldock": ["Mr. Waldock"],
             "Brazilian air force": ["The Brazilian air force", "The air force"]},
),
dict(
    id="wn-en-hijackers-divert-libyan-jet-malta",
    source="https://en.wikinews.org/wiki/Hijackers_divert_Libyan_passenger_jet_to_Malta",
    license=LIC, retrieved=AMG.format("AMALGUM_news_hijackers") + " (the 'Sister link' heading with its link to Wikipedia dropped as navigation)",
    text='''Hijackers divert Libyan passenger jet to Malta
Friday, December 23, 2016
Two hijackers seized an Afriqiyah Airways jet this morning, diverting it away from its domestic Libyan route to Malta. The men surrendered to Maltese custody.
Flight 209, an Airbus A320, was flying from Sabha to Tripoli. Men identified as Suhaha Mussa and Ahmed Alid, armed with what appeared to be a grenade and two pistols, took control of the aircraft. The airline said a proposal to land in Libya was rejected by the hijackers, who took the plane to nearby Malta owing to fuel limits. After landing, the plane's engines were not shut off for around ninety minutes.
Malta International Airport was closed after the arrival. Negotiators and security forces met the plane, carrying 111 passengers and at least six crew, at the airport. The hijackers released the passengers, one of whom was an infant, and most crewmembers before surrendering.
The hijacking appears to be in favour of Libya's deceased, deposed former leader Muammar al-Gaddafi. One hijacker waved a flag from the Gaddafi regime. Libyan news station Channel TV said it spoke by phone to one hijacker, quoting him as saying "We took this measure to declare and promote our new party."
Channel TV reported the man said he had formed a new group called al-Fateh al-Jadid, which means "The New al-Fateh". Al-Gaddafi renamed September as al-Fateh in honour of his September 1969 coup; al-Fateh came to be a term closely associated with him.
There were reports, including comments by a Libyan minister, the hijackers sought political asylum in Malta, something Maltese Prime Minister Joseph Muscat denied. Muscat, who tweeted throughout today's events, told a press conference the hostages would be questioned over several hours and then flown home by a replacement Afriqiyah Airways plane.
Libyan foreign minister Taher Siala, allied to the Government of National Accord, said the two hijackers intended to form a political party allied to Gaddafi, who died during a 2011 uprising. Gaddafi used the same green flag as displayed by the hijackers from 1977 until his death. One publication in Germany claimed the release of Saif al-Gaddafi was demanded.
The airline operates a twice-weekly Sabha-Tripoli route, on Fridays and Tuesdays. Friday flights depart at 10:10am, and arrive seventy minutes later. Passengers were being freed by 1:50pm in Malta; at 3:50pm the hijackers surrendered. Muscat spoke to Libyan Prime Minister Faez al-Serraj during the incident, according to Muscat's communications chief Kurt Farrugia. Negotiators reportedly included Libya's transport minister, with Maltese efforts led by commander Jeffrey Curmi of the Armed Forces.
The airport has reopened. At least 44 flights were affected, with nine diverted to Sicily, Italy. There were delays to twenty departures and fifteen arrivals.
Libya suffered a power vacuum since the 2011 fall of al-Gaddafi. The nation, wealthy due to oil reserves, is split amongst competing governments and parliaments, controlled by rival militants. The present internationally-recognised Government of National Accord is the result of United Nations negotiations.
The situation has led to the nation's airports falling under the varying control of numerous armed groups. Libya's main airport was destroyed in 2014 when it caught fire during a battle for its control. Libyan flights are banned from direct entry to European airspace. "Every airport in Libya is poorly secured", according to BBC correspondent Rana Jawad.
Malta has not seen a large-scale hijacking since November 1985, when an EgyptAir plane was diverted there. After a 24-hour standoff Maltese commandos burst on-board to rescue hostages from three hijackers. The ensuing firefight left 62 dead.''',
    quotes=[
        Q('"We took this measure', 'new party."', None),
        Q('"The New al-Fateh"', None, None),
        Q('"Every airport in Libya is poorly secured"', None, "Rana Jawad"),
    ],
    aliases={"Rana Jawad": ["BBC correspondent Rana Jawad"]},
),
]
