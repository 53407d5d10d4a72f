# Held-out English Wikinews articles (tests/data/heldout10-en.jsonl), continued; same source and
# conventions as heldout10_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-china-un-rebuke-north-korea-rocket",
    source="https://en.wikinews.org/wiki/China%2C_UN_rebuke_North_Korea_for_rocket_launch",
    license=LIC, retrieved=AMG.format("AMALGUM_news_rocket") + " (two captions, one of a video, dropped; the copy's curly apostrophe in 'it’s' kept)",
    text='''China, UN rebuke North Korea for rocket launch
Thursday, April 19, 2012
China has joined other members of the United Nations Security Council in openly warning North Korea against future provocations and took several diplomatic measures on Tuesday and Wednesday.
China's foreign ministry released a statement Wednesday that urged a return to talks: "We believe that maintaining peace and stability on the Korean peninsula is in the interest of all parties ... Dialogue and negotiation is the only correct way out."
The statement came after North Korea's announcement Tuesday that it would no longer honor the testing agreements that have been made with the United States. The United States halted its food aid, which had been part of the agreements, after Friday's failed launch.
Also on Tuesday, China delivered another stern warning to the nation through its party newspaper Global Times. In the statement, China expressed impatience with its neighbor and said China's foreign policy toward North Korea would not be hijacked by North Korea's leaders. Behind the scenes, China has ceased the repatriation of North Korean nationals on Chinese territory.
Diplomatic pressure on North Korea continued this week as the country remained defiant during its celebration Sunday. Kim Jong-un gave his first formal address on Sunday in the aftermath of Friday's failed attempt to launch a multistage rocket into orbit and in honor of the anniversary of Kim Il-sung's 100th birthday. North Korea publicly acknowledged that its rocket broke up in flight and over ocean waters before ever taking orbit Friday morning.
The United Nations criticized North Korea over the weekend for a satellite launch that member states saw as a "provocative" move, which followed shortly after the country's launch. UN Secretary General Ban Ki-moon called the attempt "deplorable" and said it "threatens regional stability." Corinne Momal-Vanian, UN spokesperson, said, "The Secretary-General urges the (North Korean government) not to undertake any further provocative actions that will heighten tension in the region."
The UN Security Council met in a closed session Friday. Susan Rice, who is both the current UN Security Council president and US ambassador to the United Nations, said, "The United States' view of this is quite clear, we have condemned the launch. We view it as a direct violation of resolution 1718 and 1874. We think it’s important that the Council respond credibly and we will be working in that direction."
While China is being openly critical of North Korea, it has a veto right on the UN Security Council that has prevented further sanctions. US Secretary of State Hillary Clinton said China stood with other member nations of the Security Council in penalizing North Korea for future actions.
In a nation where speeches by leaders are rare, the young North Korean leader on Sunday said, "Superiority in military technology is no longer monopolized by imperialists." The public event finished with the display of a new rocket and it further punctuated Kim Jong-un's call for making the military the nation's number one priority.''',
    quotes=[
        Q('"We believe that maintaining peace', 'correct way out."', "China's foreign ministry"),
        Q('"provocative"', None, None),
        Q('"deplorable"', None, "Ban Ki-moon"),
        Q('"threatens regional stability."', None, "Ban Ki-moon"),
        Q('"The Secretary-General urges', 'in the region."', "Corinne Momal-Vanian"),
        Q('"The United States\' view', 'in that direction."', "Susan Rice"),
        Q('"Superiority in military technology', 'by imperialists."', "Kim Jong-un"),
    ],
    aliases={"China's foreign ministry": ["The statement"],
             "Ban Ki-moon": ["UN Secretary General Ban Ki-moon"],
             "Corinne Momal-Vanian": ["UN spokesperson"],
             "Susan Rice": ["US ambassador to the United Nations"],
             "Kim Jong-un": ["the young North Korean leader"]},
),
dict(
    id="wn-en-ten-jovian-satellites",
    source="https://en.wikinews.org/wiki/US_astronomers_announce_discovering_ten_tiny_Jovian_satellites",
    license=LIC, retrieved=AMG.format("AMALGUM_news_satellites"),
    text='''US astronomers announce discovering ten tiny Jovian satellites
Thursday, July 19, 2018
On Tuesday, astronomers of the Carnegie Institution for Science in Washington, DC, United States, announced the discovery of ten small satellites orbiting Jupiter. With this discovery, Jupiter now has 79 known satellites.
The team led by Scott Sheppard had discovered twelve of the 79 Jovian satellites, including Tuesday's ten, mostly using a Blanco 4-meter telescope of Chile's Cerro Tololo Inter-American Observatory. The observatory is operated by the National Optical Astronomy Observatory in the US. The tiny satellites, none more than five kilometres in diameter, were first observed in 2017. Orbits of these new Jovian satellites were calculated by International Astronomical Union's Minor Planet Center's Gareth Williams. Williams explained, "It takes several observations to confirm an object actually orbits around Jupiter [...] So, the whole process took a year."
The astronomers were looking for planets much farther out than Pluto. Sheppard said, "Jupiter just happened to be in the sky near the search fields where we were looking for extremely distant Solar System objects, so we were serendipitously able to look for new moons around Jupiter while at the same time looking for planets at the fringes of our Solar System".
Of the twelve satellites discovered by the team, nine were found to be retrograde, revolving around the gas giant in the direction opposite to the planet's spin. These nine new retrograde satellites take about two years to complete one revolution around Jupiter.
The remaining three satellites were prograde, spinning in the same direction as Jupiter's rotation. One of the prograde satellites, newly announced on Tuesday, took about one-and-half years to complete one revolution around Jupiter, and its orbit intersected with the outer retrograde satellites. Sheppard said, "Our other discovery is a real oddball and has an orbit like no other known Jovian moon [...] It's also likely Jupiter's smallest known moon, being less than one kilometre in diameter". The astronomer also said, "This is an unstable situation [...] Head-on collisions would quickly break apart and grind the objects down to dust."
Sheppard said of the composition of those satellites, they "started orbiting Jupiter, instead of falling into it. So we think they are intermediate between rocky asteroids and icy comets. So they are probably half ice and half rock."
"Valetudo" is the name suggested for the "oddball" satellite. Valetudo was the Roman god Jupiter's great-granddaughter, regarded as the goddess of health and hygiene.
Sheppard said, "Jupiter is like a big vacuum cleaner because it is so massive". Jupiter is the largest planet in the Solar System, with a diameter about 142,984 kilometres. The largest known satellite in the Solar System is Jupiter's Ganymede, whose diameter is approximately 5268 kilometres. Saturn has the second-most known satellites: 62, while Uranus has 27.''',
    quotes=[
        Q('"It takes several observations', 'took a year."', "Gareth Williams"),
        Q('"Jupiter just happened', 'our Solar System"', "Scott Sheppard"),
        Q('"Our other discovery', 'in diameter"', "Scott Sheppard"),
        Q('"This is an unstable situation', 'down to dust."', "Scott Sheppard"),
        Q('"started orbiting Jupiter', 'half rock."', "Scott Sheppard"),
        Q('"Valetudo"', None, None),
        Q('"oddball"', None, "Scott Sheppard"),
        Q('"Jupiter is like a big vacuum cleaner', 'so massive"', "Scott Sheppard"),
    ],
    aliases={"Gareth Williams": ["Williams"],
             "Scott Sheppard": ["Sheppard", "The astronomer"]},
),
dict(
    id="wn-en-egypt-army-no-force-cabinet",
    source="https://en.wikinews.org/wiki/Egypt_protests%3A_Army_say_they_will_not_use_force_on_demonstrators_as_Mubarak_announces_cabinet",
    license=LIC, retrieved=AMG.format("AMALGUM_news_mubarak") + " (a quote box repeating the army statement without quotation marks, with its attribution line, and a 'Have your say' box dropped; the section headings kept as lines; the opening mark of the journalist's 'One poster featured ...', tokenized onto the end of the previous sentence, attached to its word, H14)",
    text='''Egypt protests: Army say they will not use force on demonstrators as Mubarak announces cabinet
Tuesday, February 1, 2011
The president of Egypt has suffered a "devastating blow" after the country's army announced they would not use force against their own people, who continue to protest against the government tonight. The news came hours after six journalists who reported on the protests were released from custody.
Hosni Mubarak yesterday announced a new cabinet, which does not include several figures who protesters largely do not approve of. Analysts have, however, suggested little had changed within the government; many positions, they say, are filled with military figures.
Army will 'not use force'
In a statement broadcast on state media in Egypt, the army said: "To the great people of Egypt, your armed forces, acknowledging the legitimate rights of the people ... have not and will not use force against the Egyptian people." A BBC correspondent in Cairo said the announcement meant it "now seems increasingly likely that the 30-year rule of Mr Mubarak is drawing to a close."
"The presence of the army in the streets is for your sake and to ensure your safety and wellbeing. The armed forces will not resort to use of force against our great people," the statement added. "Your armed forces, who are aware of the legitimacy of your demands and are keen to assume their responsibility in protecting the nation and the citizens, affirms that freedom of expression through peaceful means is guaranteed to everybody."
Journalists released
Earlier today, six journalists from the independent news network Al-Jazeera were released from custody after being detained by police. The U.S. State Department criticized the arrests; equipment was reportedly confiscated from the journalists.
Egyptian officials yesterday ordered the satellite channel to stop broadcasting in the country. Al-Jazeera said they were "appalled" by the government's decision to close its Egyptian offices, which they described as the "latest attack by the Egyptian regime to strike at its freedom to report independently on the unprecedented events in Egypt."
In a statement, the news agency added: "Al-Jazeera sees this as an act designed to stifle and repress the freedom of reporting by the network and its journalists. In this time of deep turmoil and unrest in Egyptian society it is imperative that voices from all sides be heard; the closing of our bureau by the Egyptian government is aimed at censoring and silencing the voices of the Egyptian people."
On Friday, Wikinews reported the government had shut off practically all Internet traffic both out of and into the nation, as well as disrupting cellphone usage. A spokesperson for the social networking website Facebook said "limiting Internet access for millions of people is a matter of concern for the global community."
Protests continue
A reported 50,000 campaigners, who are demanding the long-time leader step down and complaining of poverty, corruption, and oppression, filled Tahrir Square in Cairo today, chanting "We will stay until the coward leaves." It is thought 100 people have so far died in the demonstrations. Today there have been protests in Suez, Mansoura, Damanhour, and Alexandria.
Speaking to news media in the area, many protesters said the new cabinet did little to quell their anger. "We want a complete change of government, with a civilian authority," one said. Another added: "This is not a new government. This is the same regime — this is the same bluff. [Mubarak] has been bluffing us for 30 years."
In Tahrir Square today, protesters played music as strings of barbed wire and army tanks stood nearby. Demonstrators scaled light poles, hanging Egyptian flags and calling for an end to Mubarak's rule. "One poster featured Mubarak's face plastered with a Hitler mustache, a sign of the deep resentment toward the 82-year-old leader they blame for widespread poverty, inflation and official indifference and brutality during his 30 years in power," one journalist in the square reported this evening.''',
    quotes=[
        Q('"devastating blow"', None, None),
        Q("'not use force'", None, "the army"),
        Q('"To the great people of Egypt', 'the Egyptian people."', "the army"),
        Q('"now seems increasingly likely', 'to a close."', "BBC"),
        Q('"The presence of the army', 'our great people,"', "the army"),
        Q('"Your armed forces, who are aware', 'to everybody."', "the army"),
        Q('"appalled"', None, "Al-Jazeera"),
        Q('"latest attack by the Egyptian regime', 'events in Egypt."', "Al-Jazeera"),
        Q('"Al-Jazeera sees this', 'the Egyptian people."', "Al-Jazeera"),
        Q('"limiting Internet access', 'global community."', "Facebook"),
        Q('"We will stay until the coward leaves."', None, None),
        Q('"We want a complete change', 'civilian authority,"', None),
        Q('"This is not a new government.', 'for 30 years."', None),
        Q('"One poster featured', 'years in power,"', None),
    ],
    aliases={"the army": ["the country's army", "the statement"],
             "BBC": ["A BBC correspondent in Cairo"],
             "Al-Jazeera": ["the news agency", "the independent news network Al-Jazeera"],
             "Facebook": ["A spokesperson for the social networking website Facebook"]},
),
dict(
    id="wn-en-massachusetts-senate-special-election",
    source="https://en.wikinews.org/wiki/Expected_U.S._Senate_special_election_taking_shape_in_Massachusetts",
    license=LIC, retrieved=AMG.format("AMALGUM_news_massachusetts") + " (two captions dropped; the copy's curly apostrophe in 'I’ve' kept)",
    text='''Expected U.S. Senate special election taking shape in Massachusetts
Monday, December 31, 2012
With Democratic Senator John Kerry of Massachusetts's nomination and likely approval as U.S. President Barack Obama's choice to replace the retiring Secretary of State Hillary Clinton, Kerry's Senate seat is expected soon to be vacated, making necessary a special election to choose a new Senator. That potential race is now taking shape with two candidates having emerged as the frontrunners for their respective parties' nominations: Republican Senator Scott Brown and Democratic Representative Ed Markey.
Massachusetts law adopted in 2004 requires a vacated seat to be filled permanently through special election held 145 to 160 days following vacation. This law was passed purportedly to prevent then-Governor Mitt Romney, a Republican, from naming a replacement for Kerry, who was at the time, the Democratic presidential nominee. No such election occurred until long-time Senator Ted Kennedy died in office, vacating his seat in 2009. At the time, Massachusetts governor Deval Patrick named Democrat Paul G. Kirk as a temporary replacement. Kirk chose not to run for the seat, and instead the Democrats nominated Massachusetts Attorney General Martha Coakley, who lost to Brown. Now, Patrick reportedly wishes to again name a temporary replacement who will not run in the special election. Candidates for this position include: Victoria Reggie Kennedy, the widow of Ted Kennedy; former governor and 1988 Democratic presidential nominee Michael Dukakis; and the retiring Congressman Barney Frank.
Amid the Senate's consideration of the Affordable Health Care for America Act, Brown's 2010 election broke the Democrats' filibuster-proof super-majority in the chamber. As the first Massachusetts Republican elected since Edward Brooke in 1972, Brown gained a reputation in the Senate as a political moderate, stressing bipartisanship. However, in the most expensive Senate race in the nation's history in 2012, he lost the seat to the liberal Harvard Law professor Elizabeth Warren, who tied him to conservative Senate Republicans. After the defeat, Republican Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe of Maine each asked Brown to run for Senate again. He alluded to a potential return during his farewell address earlier in December, noting, "As I’ve said many times before, victory and defeat is temporary ... Depending on what happens, and where we go, all of us, we may obviously meet again." Though former Governor William Weld is also considered a potential Republican primary candidate, Brown leads him in opinion polls by a wide margin. Additionally, a December 17–18 poll conducted by WBUR shows Brown with a 58 percent favorability rate in his state and ahead of potential Democratic nominees Markey, former Congressman Marty Meehan, and Congressmen Mike Capuano and Stephen Lynch.
Patrick, Kennedy, Coakley, and Meehan have all denied interest in the seat as have other Democrats speculated to jump in including actor Ben Affleck and attorney Edward M. Kennedy, Jr., Ted Kennedy's son. Though Lynch and Capuano have expressed interest in the seat, Markey is thus far the only announced candidate. In a statement to The Boston Globe, Markey affirmed "this fight is too important" not to run and "there is so much at stake" in the election. He added that an official announcement would come in January. Markey, who has served in Congress since 1976, previously ran for the Senate seat in 1984 but withdrew before the primary; Kerry went on to win the primary and seat that year. Markey intends to focus his campaign on global warming, gun control, protection of Social Security and Medicare, and government spending for jobs. He has secured endorsements from both Kerry and Victoria Kennedy, and with a war chest of $3.1 million from his congressional campaigns, has significantly more funds than any of his potential primary opponents. According to political scientist Peter Ubertaccio of Stonehill College, that may discourage prominent Democrats thinking about entering the race. Nevertheless, State Senator Benjamin Downing has announced he is exploring a potential bid.
Though Markey has more money than Brown's $464,000 left from his 2012 campaign, Ubertaccio, in his analysis of the race, notes Brown has more recent campaign experience than Markey, who has not had a competitive campaign lately. Moreover, he finds Markey "very much a creature of Washington, which can be problematic in a tough statewide race." He sees the rush to support Markey as unusual, and as a way to discourage Democratic challengers to Markey. Jon Keller of Boston's CBS affiliate notes the rush was likely to allow Markey to begin attacks on Brown rather than Democrats, but he concludes the lack of choice for Democrats may give Brown an advantage as an outsider running against the insiders' hand-picked successor.''',
    quotes=[
        Q('"As I’ve said many times', 'meet again."', "Scott Brown"),
        Q('"this fight is too important"', None, "Ed Markey"),
        Q('"there is so much at stake"', None, "Ed Markey"),
        Q('"very much a creature of Washington', 'statewide race."', "Peter Ubertaccio"),
    ],
    aliases={"Scott Brown": ["Republican Senator Scott Brown", "Brown"],
             "Ed Markey": ["Democratic Representative Ed Markey", "Markey"],
             "Peter Ubertaccio": ["political scientist Peter Ubertaccio", "Ubertaccio"]},
),
dict(
    id="wn-en-bush-rehearsed-teleconference",
    source="https://en.wikinews.org/wiki/Bush_has_a_rehearsed_tele-conference_with_US_troops_in_Iraq",
    license=LIC, retrieved=AMG.format("AMALGUM_news_rehearsed") + " (the opening mark of the last paragraph of Ron Long's blog quotation, tokenized as a fragment of its own, attached to its word; the copy's 'Captain. Smith?' kept)",
    text='''Bush has a rehearsed tele-conference with US troops in Iraq
Friday, October 14, 2005
The live presidential video teleconference held Thursday by George Bush with U.S. troops stationed in Iraq drew fire from critics and even some Pentagon military leaders. Pentagon officials defended the teleconference, saying that the soldiers stated their own opinions.
An on-camera shot before the teleconference went live showed Allison Barber, the deputy assistant defense secretary, coaching 10 soldiers on broad topics to which the president would want questions directed; then rehearsed their actions on camera and reminded them of what questions were assigned to each soldier.
"OK, so let's just walk through this," Barber said. "Captain Kennedy, you answer the first question and you hand the mike to whom?"
"Captain Smith," Kennedy said.
"Captain. Smith? You take the mike and you hand it to whom?" she asked.
"Captain Kennedy," the soldier replied.
Later on in the discussion:
"If the question comes up about partnering — how often do we train with the Iraqi military — who does he go to?" Barber asked.
"That's going to go to Captain Pratt," one of the soldiers said.
During the live conference, when asked about Iraq's preparations for their constitutional referendum, 1st Lt. Gregg Murphy of Tennessee said: "Sir, we are prepared to do whatever it takes to make this thing a success. ... Back in January, when we were preparing for that election, we had to lead the way. We set up the coordination, we made the plan. We're really happy to see, during the preparation for this one, sir, they're doing everything."
When asked about Iraq's training of security forces, Master Sgt. Corine Lombardo from Scotia, N.Y., a Public Relations officer at the 42nd Infantry Division HQ, said to Bush: "I can tell you over the past 10 months, we've seen a tremendous increase in the capabilities and the confidences of our Iraqi security force partners. ... Over the next month, we anticipate seeing at least one-third of those Iraqi forces conducting independent operations."
The event was coordinated with the Department of Defense, according to White House press secretary Scott McClellan. "I think all they were doing was talking to the troops and letting them know what to expect," he said. He also said that the troops were expressing their own thoughts. With satellite feeds, coordination often is needed to overcome technological challenges, such as delays, he said.
Later, Pentagon officials denied that the conference was staged. Pentagon spokesman Lawrence Di Rita said "On behalf of these fine young men and women, we certainly regret any perception that they were told what to say. It is not the case," adding that "The soldiers were advised as to the issues they should expect to discuss, and decided among themselves who would speak to each issue as it may arise."
The director of Operation Truth, a New York-based advocacy group for U.S. veterans of Iraq and Afghanistan, described the event as a "carefully scripted publicity stunt".
"If he wants the real opinions of the troops, he can't do it in a nationally televised teleconference," Paul Rieckhoff said. "He needs to be talking to the boots on the ground and that's not a bunch of captains."
Sgt Ron Long, one of the troops interviewed, denied that it was scripted on his blog, writing "First of all, we were told that we would be speaking with the President of the United States, our Commander-in-Chief, President Bush, so I believe that it would have been totally irresponsible for us NOT to prepare some ideas, facts or comments that we wanted to share with the President.
"We were given an idea as to what topics he may discuss with us, but it's the President of the United States; He will choose which way his conversation with us may go.
"We practiced passing the microphone around to one another, so we wouldn't choke someone on live TV. We had an idea as to who we thought should answer what types of questions, unless President Bush called on one of us specifically."''',
    quotes=[
        Q('"OK, so let\'s just walk through this,"', None, "Allison Barber"),
        Q('"Captain Kennedy, you answer', 'to whom?"', "Allison Barber"),
        Q('"Captain Smith,"', None, "Captain Kennedy"),
        Q('"Captain. Smith?', 'to whom?"', "Allison Barber"),
        Q('"Captain Kennedy,"', None, "Captain Smith"),
        Q('"If the question comes up', 'he go to?"', "Allison Barber"),
        Q('"That\'s going to go to Captain Pratt,"', None, None),
        Q('"Sir, we are prepared', 'doing everything."', "Gregg Murphy"),
        Q('"I can tell you', 'independent operations."', "Corine Lombardo"),
        Q('"I think all they were doing', 'what to expect,"', "Scott McClellan"),
        Q('"On behalf of these fine', 'not the case,"', "Lawrence Di Rita"),
        Q('"The soldiers were advised', 'it may arise."', "Lawrence Di Rita"),
        Q('"carefully scripted publicity stunt"', None, "Paul Rieckhoff"),
        Q('"If he wants the real opinions', 'televised teleconference,"', "Paul Rieckhoff"),
        Q('"He needs to be talking', 'bunch of captains."', "Paul Rieckhoff"),
        Q('"First of all', 'share with the President.', "Ron Long"),
        Q('"We were given an idea', 'with us may go.', "Ron Long"),
        Q('"We practiced passing', 'one of us specifically."', "Ron Long"),
    ],
    aliases={"Allison Barber": ["Barber", "the deputy assistant defense secretary"],
             "Captain Kennedy": ["Kennedy"],
             "Captain Smith": ["the soldier"],
             "Gregg Murphy": ["1st Lt. Gregg Murphy of Tennessee"],
             "Corine Lombardo": ["Master Sgt. Corine Lombardo"],
             "Scott McClellan": ["White House press secretary Scott McClellan"],
             "Lawrence Di Rita": ["Pentagon spokesman Lawrence Di Rita"],
             "Paul Rieckhoff": ["The director of Operation Truth"],
             "Ron Long": ["Sgt Ron Long"]},
),
dict(
    id="wn-en-sleeping-sickness-parasite-study",
    source="https://en.wikinews.org/wiki/Study_suggests_%27sleeping_sickness%27_parasite_mutated_to_evade_immune_system_defences",
    license=LIC, retrieved=AMG.format("AMALGUM_news_parasite") + " (the copy's 'has lead' and 'rhodensiense' kept)",
    text='''Study suggests 'sleeping sickness' parasite mutated to evade immune system defences
Wednesday, September 1, 2010
Research teams from the universities of Georgia and Glasgow discovered the mechanism the Trypanosome parasite evolved for "sleeping sickness" disease to circumvent the human immune system. Their study follows a recent African outbreak of the disease this parasite causes. The discovery is expected to help develop a cure preventing future deaths.
The 1998–2001 sleeping sickness epidemics in South Sudan, Angola, Democratic Republic of Congo, and Uganda caused tens of thousands of deaths. The parasites are spread by tsetse flies. It is considered one of the worst epidemics in the last five decades. As WHO reported, subsequent recent introduction of population screening in rural areas and distribution of more effective drugs had potentially reduced the number of death incidents. However, the main effect of these measures being a decrease in spreading of the parasite and not in decrease of the death rate, the researchers decided to tackle the puzzle.
The scientists studied the molecules the human immune system activates in response to the attack. They were looking for the way the parasites inhibit it and lead to the death of the victim. Of the several known parasite species, the two that can infect humans were chosen to study, called Trypanosoma brucei gambiense and Trypanosoma brucei rhodensiense. Several others also exist, but they affect only animals.
Researchers knew that the Trypanosoma attacks typically are repelled by an HDL, more specifically trypanosome lytic factor-1 (TLF-1). It is generated in the humans' immune system and is toxic to the parasites but not to humans. It was known that one of the parasites, T. b. rhodensiense, has evolved an inhibitor of the toxic chemical, called Serum Resistance Associated (SRA) protein. However the other one, T. b. gambiense, was responsible for over 95% of human deaths, and it had been previously unknown why.
The study showed that a gene mutation has lead to a change in the parasite's surface protein receptor. It doesn't bind to TLF-1 as well as for other species, leading to a substantial decrease in TLF-1 uptake by the parasite. The receptor is more strict, causing a lower nutrient intake as well, but it suffices, and the parasite defends against the human immune system.
As professor and head of the department of biochemistry and molecular biology at UGA (and one of the leaders of the research) Stephen Hajduk explained, "Humans have evolved TLF-1 as a highly specific toxin against African trypanosomes by tricking the parasite into taking up this HDL because it resembles a nutrient the parasite needs for survival. But T. b. gambiense has evolved a counter measure to these human 'Trojan horses' simply by barring the door and not allowing TLF-1 to enter the cell, effectively blocking human innate immunity and leading to infection and ultimately disease."
Based on the results of the research, humans could possibly develop a defense mechanism to keep the parasites from evading the human defense system. Stephen Hajduk commented, "We believe this research represents a paradigm shift and causes us to think more broadly about how pathogens avoid host defense mechanisms. It turns out that African trypanosomes have evolved a diversity of ways to avoid human innate and acquired immune systems."''',
    quotes=[
        Q("'sleeping sickness'", None, None),
        Q('"sleeping sickness"', None, None),
        Q('"Humans have evolved TLF-1', 'ultimately disease."', "Stephen Hajduk"),
        Q('"We believe this research', 'immune systems."', "Stephen Hajduk"),
    ],
    aliases={"Stephen Hajduk": []},
),
]
