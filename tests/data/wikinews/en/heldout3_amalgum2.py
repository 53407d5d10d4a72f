# Held-out English Wikinews articles (tests/data/heldout3-en.jsonl), second part; see heldout3_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-fukushima-atomic-anniversary",
    source="https://en.wikinews.org/wiki/Renewed_concern_over_nuclear_response_following_atomic_bomb_anniversary",
    license=LIC, retrieved=AMG.format("AMALGUM_news_atomic"),
    text="""Renewed concern over nuclear response following atomic bomb anniversary
Saturday, August 13, 2011
As Japan last weekend marked the 66th anniversary of the atomic bombings of Hiroshima and Nagasaki, concern continues to mount about new revelations of elevated radiation readings following the March 11 Fukushima Daiichi nuclear disaster.
Evidence of unsafe levels of radiation within the food supply chain continues to emerge, with Japanese media reporting on Wednesday that a Greenpeace study has found radioactivity exceeding government-mandated levels in four out of eight fish samples taken from the Fukushima Prefecture.
The news comes as media reports of recent weeks have highlighted spikes in radiation readings at the crippled plant. On August 3, plant operator Tokyo Electric Power Company (TEPCO) reported potentially deadly levels of radiation in the damaged reactors, including one reading of 10 sieverts per hour. Such levels are enough to kill a person “within a few weeks”, according to the World Nuclear Association, and are 250 times the readings recorded immediately after the disaster.
The radiation findings have further called into question the response of government and industry to the crisis, with renewed allegations of incompetence and dishonesty being levelled against Japanese authorities over the transparency of information released in the months following the disaster. TEPCO only conceded that “partial meltdowns” had occurred in up to three of the Fukushima site’s reactors last month.
In testimony to Japanese parliament in late July, Professor Tatsuhiko Kodama, head of the Radioisotope Centre at the University of Tokyo, condemned the government's response to the catastrophe. His criticism centered on inadequate radiation measurement methods and the failure to properly protect communities potentially affected by radioactivity from the stricken plant, citing the example of school bus routes passing through areas, such as Iitate-Mura, with unsafe levels of radiation.
Kodama says the “uranium equivalent” of the radiation from Fukushima amounts to “20 Hiroshima bombs”, while the natural decrease in radioactivity caused by the disaster is far slower than that caused by an atomic bomb: one-tenth against one-thousandth of original levels after a year.
“We should recognize from the start that just like Chernobyl, Fukushima I Nuclear Plant has released radioactive materials equivalent in the amount to tens of nuclear bombs,” he said during his parliamentary testimony. “The resulting contamination is far worse than the contamination by a nuclear bomb.”
Further criticism was levelled against authorities this week when The New York Times revealed that shortly after the initial disaster Tokyo bureaucrats had failed to warn evacuees in the Tsushima district that wind patterns were blowing radiation spewing from the Fukushima site towards them.
Despite the recent revelations, the ongoing fallout from the catastrophe has largely slipped from the mainstream international news agenda. Australian online publication Crikey! last week denounced the poor airing of contamination and accountability issues in the Japanese press, claiming it has been left to bloggers and social media to accurately portray the still-unfolding crisis.
It is in this context that unofficial citizen groups have begun conducting their own measurements of radiation levels at various sites around Japan. Yesterday, Al-Jazeera reported on one such group, called Safecast, whose US and Japanese investigators have discovered disturbing readings not identified by official government agencies. For instance, on August 7 the group uncovered ground readings of 20,000 counts per minute 28 kilometres from the stricken plant, well outside the government’s 20-kilometre mandatory evacuation zone.
“Getting into this has showed us there is a lack of data everywhere,” says Sean Bonner, the group’s director.
The Al-Jazeera report also quotes Jyunichi Tokuyama, a specialist with the Iwate Prefecture Agricultural and Fisheries Department, who said he was shocked to find radioactive hotspots up to 300 kilometres from Fukushima.
"The biggest cause of this contamination is the rice straw being fed to the cows, which was highly radioactive," Tokuyama told Al Jazeera, reflecting fears about the effects of the disaster in terms of contaminated food supplies.
In the wake of the ongoing crisis, the Japanese government has pledged to reduce the country’s reliance on nuclear power, reflecting widespread public concern.""",
    quotes=[
        Q('“within a few weeks”', None, "World Nuclear Association"),
        Q('“partial meltdowns”', None, "Tokyo Electric Power Company"),
        Q('“uranium equivalent”', None, "Tatsuhiko Kodama"),
        Q('“20 Hiroshima bombs”', None, "Tatsuhiko Kodama"),
        Q('“We should recognize', 'nuclear bombs,”', "Tatsuhiko Kodama"),
        Q('“The resulting contamination', 'a nuclear bomb.”', "Tatsuhiko Kodama"),
        Q('“Getting into this', 'data everywhere,”', "Sean Bonner"),
        Q('"The biggest cause', 'highly radioactive,"', "Jyunichi Tokuyama"),
    ],
    aliases={"World Nuclear Association": ["the World Nuclear Association"],
             "Tokyo Electric Power Company": ["TEPCO", "plant operator Tokyo Electric Power Company"],
             "Tatsuhiko Kodama": ["Kodama", "Professor Tatsuhiko Kodama", "head of the Radioisotope Centre at the University of Tokyo"],
             "Sean Bonner": ["the group’s director"],
             "Jyunichi Tokuyama": ["Tokuyama"]},
),
dict(
    id="wn-en-israel-bds-travel-ban",
    source="https://en.wikinews.org/wiki/Israel_issues_travel_ban_on_20_non-government_organizations_over_pro-Palestinian_boycotts",
    license=LIC, retrieved=AMG.format("AMALGUM_news_boycotts"),
    text="""Israel issues travel ban on 20 non-government organizations over pro-Palestinian boycotts
Wednesday, January 10, 2018
On Sunday, Israel's Ministry of Strategic Affairs published a list of 20 specific non-government organizations (NGOs) now forbidden to enter the country. These organizations were associated with the boycott, divestment and sanctions movement (BDS), which supports boycotts of Israel as a state and other actions as a means of protesting Israel's treatment of Palestine.
"Forming the list is another step in our struggle against the incitement and lies of the boycott organizations, and no state would allow visitors who come to harm the state to enter it, and certainly with the goal of destroying Israel as a Jewish state," Minister of Strategic Affairs Gilad Erdan told the press.
The proscribed organizations include the BDS organizations from France, Italy, Chile, and South Africa, BDS national committee, and BDS Kampagne; the France Association Palestine Solidarity, the Ireland Palestine Solidarity Campaign, the European Coordination of Committees and Associations for Palestine, Friends of Al-Aqsa, the Palestine Committee of Norway, War on Want, Palestine Solidarity Campaign, and the Palestine Solidarity Association of Sweden from Europe; and American Muslims for Palestine, U.S. Campaign for Palestinian Rights, National Students for Justice in Palestine, Code Pink, Jewish Voice for Peace, and the American Friends Service Committee from the United States. "Friends" is another name for the Quakers, a Christian sect with egalitarianism as a central tenet. Officials from these organizations and any activist known to be associated may be barred from entering Israel. Other public figures who advocate boycotts of Israel, such as the mayors of towns, may also be denied entry. The American Friends Service Committee was awarded the Nobel Peace Prize in 1947 for its work helping refugees displaced by World War II; principally, noted Israeli newspaper Haaretz, families of Jewish refugees married to non-Jews.
"For me as a Palestinian, it means a lot that they are going to ban me from going to see my family and people. It is absolutely horrible," said Fatin al-Tamimi, head of the Ireland Palestine Solidarity Campaign.
Israeli Minister of the Interior Arye Derry issued a statement: "These people are trying to exploit the law and our hospitality to act against Israel and to defame the country. I will act against this by every means."
Rebecca Vilkomerson, executive director of one of the listed groups, Jewish Voice for Peace, responded on Facebook, "As someone with considerable family in Israel, this policy will be a personal hardship. But I am also heartened by this indicator of the BDS movement's growing strength, and hope that it will bring the day closer when just as I go to visit my friends and family in Israel, so will Palestinian friends and colleagues be able to return home."
Human rights groups sharply criticized the prohibition as opposing free speech.""",
    quotes=[
        Q('"Forming the list', 'Jewish state,"', "Gilad Erdan"),
        Q('"Friends"', None, None),
        Q('"For me as a Palestinian', 'absolutely horrible,"', "Fatin al-Tamimi"),
        Q('"These people are trying', 'every means."', "Arye Derry"),
        Q('"As someone with considerable', 'return home."', "Rebecca Vilkomerson"),
    ],
    aliases={"Gilad Erdan": ["Minister of Strategic Affairs Gilad Erdan"],
             "Fatin al-Tamimi": ["head of the Ireland Palestine Solidarity Campaign"],
             "Arye Derry": ["Israeli Minister of the Interior Arye Derry"],
             "Rebecca Vilkomerson": ["executive director of one of the listed groups"]},
),
dict(
    id="wn-en-south-korea-beef-protests",
    source="https://en.wikinews.org/wiki/South_Korean_police_clamp_down_on_protests_against_US_beef",
    license=LIC, retrieved=AMG.format("AMALGUM_news_beef") + " (image file link and a pull-quote box without quotation marks dropped)",
    text="""South Korean police clamp down on protests against US beef
Monday, June 30, 2008
South Korean authorities are refusing to allow more protests against the government's decision to allow beef imports from the United States, after hundreds of people were injured in clashes with riot police overnight Saturday.
Around 300 police buses blocked protesters from entering the plaza in front of Seoul City Hall on Sunday, where a candlelight vigil was scheduled for that night. Any rally held after sunset without police permission is considered illegal. Nevertheless, the daily vigils have continued for weeks, with as many as 80,000 in attendance.
After the plaza was sealed off, a group of about 1,700 protesters gathered in nearby streets, chanting slogans that urged President Lee Myung-Bak to cancel his decision allowing U.S. beef imports. Around 70 people were detained by police for illegally occupying roads, South Korean news agency Yonhap reported, but no major clashes occurred.
Over 200 protesters and police officers were injured in Saturday's protests. The demonstration turned violent when some protesters tried to drag away police buses used to prevent entry into Cheongwadae, the President's house. Riot police responded by spraying water cannons and fire extinguishers at the protesters, who threw stones, water bottles and eggs at police.
Government officials said they would not tolerate violent, illegal demonstrations. "The candle-lit vigils, which were initially peaceful, have mutated into violent protests organized by a small faction," said Justice Minister Kim Kyung Han. He vowed to "chase those who instigate violent protests" and "bring them to justice". Kim warned that the government might begin using water laced with tear gas against protesters, even though tear gas has been banned since 1999.
In April, President Lee Myung-Bak agreed to resume the importing of U.S. beef, which was banned in 2003 after the United States discovered its first case of bovine spongiform encephalopathy, or mad cow disease. Lee has faced a major backlash from this decision, amid fears of the possible spread of this sometimes fatal disease. He was forced to publicly apologize, and all but one of his top advisers were fired.
Jang Dae-hyun, a spokesman for the protesters, suggested that the police should stop using harsh tactics against protesters, which he says would lead to less violence. "We've been supporting peaceful rallies, but the police crackdown is too harsh," Jang said. One protester, Kim In-seok, stated, "We are just here to express our opinions. I can't understand why this government tries to ban our rally."
On Monday, police raided the offices of two civic groups that have led the rallies. Documents, computers, pickets, flags, and other materials relating to the demonstrations were confiscated, and the leader of the group AntiMadCow was arrested on charges of staging illegal rallies, Yonhap reported.""",
    quotes=[
        Q('"The candle-lit vigils', 'small faction,"', "Kim Kyung Han"),
        Q('"chase those who instigate violent protests"', None, "Kim Kyung Han"),
        Q('"bring them to justice"', None, "Kim Kyung Han"),
        Q('"We\'ve been supporting', 'too harsh,"', "Jang Dae-hyun"),
        Q('"We are just here', 'ban our rally."', "Kim In-seok"),
    ],
    aliases={"Kim Kyung Han": ["Justice Minister Kim Kyung Han"],
             "Jang Dae-hyun": ["Jang", "a spokesman for the protesters"],
             "Kim In-seok": ["One protester"]},
),
dict(
    id="wn-en-bin-laden-world-reactions",
    source="https://en.wikinews.org/wiki/World_leaders_react_to_death_of_Osama_bin_Laden",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bin") + " (a pull-quote box without quotation marks dropped; the caption repeating Obama's 'a good day for America.' dropped with the captions)",
    text="""World leaders react to death of Osama bin Laden
Tuesday, May 3, 2011
Leaders and officals around the world have issued varied reactions to the announcement that Osama bin Laden has been killed during a U.S. military operation in Pakistan. NATO has insisted it will continue fighting against militants in Afghanistan, and the United Nations said the death of bin Laden marked a "watershed moment in our common global fight against terrorism."
Announcing that the al-Qaeda leader had been killed by U.S. special forces during a forty-minute raid on a compound in Abbottabad, near the capital Islamabad, U.S. President Barack Obama said it was "a good day for America." Speaking at a ceremony to celebrate winners of the Medal of Honor, Obama praised the "anonymous heroes" who took part in the operation. He said: "We may not always know their names, we may not always know their stories, but they are always there on the front lines of freedom and we are truly blessed. As commander-in-chief, I could not be prouder of our men and women in uniform."
Anders Fogh Rasmussen, the chief of NATO, vowed the organization would remain fighting in Afghanistan despite the death of bin Laden. "As terrorism continues to pose a direct threat to our security and international stability, international cooperation remains key and NATO is at the heart of that cooperation," he said in a statement. "NATO allies and partners will continue their mission to ensure that Afghanistan never again becomes a safe haven for extremism, but develops in peace and security."
The U.N. and the European Parliament also welcomed the news. Ban Ki-moon, the U.N. secretary general, said: "The death of Osama bin Laden, announced by President Obama last night, is a watershed moment in our common global fight against terrorism. The crimes of al-Qaeda touched most continents, bringing tragedy and loss of life to thousands of men, women and children."
David Cameron, the British Prime Minister, said the news "will be welcomed right across our country" and was a "massive step forward," but warned the death of bin Laden "does not mark the end of the threat we face from extremist terror." Italian Prime Minster Silvio Berlusconi said: "This is a great outcome in the fight against evil, in the fight against terrorism, a great outcome for the United States and for all democracies".
Angela Merkel, the German chancellor, said the killing of bin Laden was a "decisive strike" at al-Qaeda. "At his command and in his name, terror was enforced into many countries against men women and children, Christians as well as Muslims," she said. "Osama bin Laden suggested that he was operating in the name of Islam, but in reality he makes a mockery of the fundamental values of his own and every other religion."
Several Asian countries also said bin Laden's death was a step forward in the war against terrorism. Chinese spokeswoman Jiang Yu said "China has taken note of the announcement. We believe the death of Osama bin Laden is a milestone and a positive development for the international anti-terrorism efforts." Japan, Malaysia and Singapore also welcomed the news.
Australia pledged not to withdraw forces from Afghanistan after the announcement. "Osama bin Laden declared war on innocent people and today he has paid the price for that declaration," Julia Gillard, the Prime Minister, said. "The mission in Afghanistan will continue," she added, saying al-Qaeda "will continue". Nicolas Sarkozy, the President of France, said bin Laden was a "promoter of the ideology of hatred and was the chief of a terrorist organization responsible for the deaths of thousands of victims, especially in Muslim countries," and "justice has been done" for the victims of al-Qaeda attacks.""",
    quotes=[
        Q('"watershed moment in our common', 'terrorism."', "United Nations"),
        Q('"a good day for America."', None, "Barack Obama"),
        Q('"anonymous heroes"', None, "Barack Obama"),
        Q('"We may not always know', 'in uniform."', "Barack Obama"),
        Q('"As terrorism continues', 'that cooperation,"', "Anders Fogh Rasmussen"),
        Q('"NATO allies and partners', 'peace and security."', "Anders Fogh Rasmussen"),
        Q('"The death of Osama bin Laden, announced', 'women and children."', "Ban Ki-moon"),
        Q('"will be welcomed right across our country"', None, "David Cameron"),
        Q('"massive step forward,"', None, "David Cameron"),
        Q('"does not mark the end', 'extremist terror."', "David Cameron"),
        Q('"This is a great outcome', 'all democracies"', "Silvio Berlusconi"),
        Q('"decisive strike"', None, "Angela Merkel"),
        Q('"At his command', 'as Muslims,"', "Angela Merkel"),
        Q('"Osama bin Laden suggested', 'other religion."', "Angela Merkel"),
        Q('"China has taken note', 'anti-terrorism efforts."', "Jiang Yu"),
        Q('"Osama bin Laden declared war', 'that declaration,"', "Julia Gillard"),
        Q('"The mission in Afghanistan will continue,"', None, "Julia Gillard"),
        Q('"will continue"', None, "Julia Gillard"),
        Q('"promoter of the ideology', 'Muslim countries,"', "Nicolas Sarkozy"),
        Q('"justice has been done"', None, "Nicolas Sarkozy"),
    ],
    aliases={"United Nations": ["the United Nations", "U.N."],
             "Barack Obama": ["Obama", "President Obama", "U.S. President Barack Obama"],
             "Anders Fogh Rasmussen": ["the chief of NATO"],
             "Ban Ki-moon": ["the U.N. secretary general"],
             "David Cameron": ["the British Prime Minister"],
             "Silvio Berlusconi": ["Italian Prime Minster Silvio Berlusconi"],
             "Angela Merkel": ["the German chancellor"],
             "Jiang Yu": ["Chinese spokeswoman Jiang Yu"],
             "Julia Gillard": [],
             "Nicolas Sarkozy": ["the President of France"]},
),
dict(
    id="wn-en-baghdad-car-bombings",
    source="https://en.wikinews.org/wiki/Car_bombings_near_Iraq_government_offices_kill_at_least_130",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bombings"),
    text="""Car bombings near Iraq government offices kill at least 130
Sunday, October 25, 2009
At least 132 people were killed on Sunday after two car bombings struck the Iraqi capital of Baghdad. Over 500 were hurt in the attacks, which were the worst to strike the country in over two years.
The attacks occurred at the Justice Ministry building and a provincial government office close to the high-security Green Zone part of the city. The explosions came during rush hour, at 10.30 local time (07.30 UTC).
Officials have warned that the death toll is likely to rise, as rescue workers are still searching underneath the rubble of collapsed buildings to find more bodies.
Sources gave conflicting reports as to whether suicide bombers were involved in the attacks, or whether the bombs had been detonated remotely. According to the police, cars loaded with explosives had been parked in garages close to the targeted buildings.
So many people were wounded in the blasts that private cars helped ambulances transport bodies to local hospitals. Rescue efforts were hindered by the heavy rush hour traffic. The buildings targeted by the bombings caught fire, and officials had to close down roads nearby as fire trucks tried to quell the flames.
Yasmeen Afdhal, 24, who works for the Baghdad provincial administration, was a witness to one of the bombings. He described his experiences: "the walls collapsed and we had to run out. There are many wounded, and I saw them being taken away. They were pulling victims out of the rubble, and rushing them to ambulances."
Iraqi council member Mohammed al-Rubaiey said that about 25 staff members of the Baghdad Provincial Council, which runs the country's capital, died in the bombings.
Hamid Saadi, the owner of a shop near the blast, told the news agency Reuters that the explosion caused significant destruction. "The explosion destroyed everything [...] it's like it was an earthquake, nothing is still in its place," he said.
A reporter for the BBC said that the force of the blast was so strong that it could be felt for several miles away.
Prime Minister Nouri Maliki accused al-Qaeda of being behind the bombings. "These cowardly terrorist attacks must not affect the determination of the Iraqi people to continue their struggle against the remnants of the dismantled regime and al-Qaeda terrorists, who committed a brutal crime against civilians," he said in a statement. "They want to cause chaos in the nation, hinder the political process and prevent the parliamentary election."
The attacks come ahead of planned elections, which are to be held next January. The authorities have warned that more such attacks could take place by rebels wishing to destabilise Iraq.
While violence in the country has dropped substantially since the height of sectarian fighting, the attacks were the second major security breach in Baghdad - a city filled with checkpoints - in two months. Twin bombings in August of this year struck another two government buildings, killing about 100 people.""",
    quotes=[
        Q('"the walls collapsed', 'to ambulances."', "Yasmeen Afdhal"),
        Q('"The explosion destroyed', 'in its place,"', "Hamid Saadi"),
        Q('"These cowardly terrorist', 'against civilians,"', "Nouri Maliki"),
        Q('"They want to cause chaos', 'parliamentary election."', "Nouri Maliki"),
    ],
    aliases={"Yasmeen Afdhal": [],
             "Hamid Saadi": ["the owner of a shop near the blast"],
             "Nouri Maliki": ["Prime Minister Nouri Maliki"]},
),
dict(
    id="wn-en-egypt-shafik-resigns",
    source="https://en.wikinews.org/wiki/Egyptian_prime_minister_steps_down%3B_armed_forces_appoint_former_transport_minister_to_position",
    license=LIC, retrieved=AMG.format("AMALGUM_news_armed") + " ('HAVE YOUR SAY' comment box dropped; image captions repeated after the body dropped)",
    text="""Egyptian prime minister steps down; armed forces appoint former transport minister to position
Friday, March 4, 2011
Ahmed Shafik, Egypt's acting prime minister, has resigned, the Supreme Council of the Armed Forces, now in control of the country, announced yesterday.
Shafik was appointed to his position by then Egyptian president Hosni Mubarak during the 2011 Egypt anti-government protests, not long before Mubarak decided to resign as president on February 11, 2011. Meanwhile, a number of his cabinet ministers have retained their positions. Shafik had received criticism for his negative attitude towards young protesters and his "inadequate vision", according to the Los Angeles Times.
In response to the announcement of Shafik's resignation, Wael Ghonim, a Google executive, credited with organizing the first demonstration and a former political prisoner, wrote on Twitter, a micro-blogging website, "Power to the people!" During the Egyptian protests, one of the key demands of the protesters was that Shafik step down from his acting minister status. Mohamed ElBaradei, another pro-democracy activist and co-recipient of the Nobel Peace Prize, tweeted on Twitter that Egypt is "on the right track."
The statement released by the Council also announced Essam Sharaf as the new prime minister. "The Supreme Council of the Armed Forces decided to accept the resignation of Prime Minister Ahmed Shafiq and appointed Essam Sharaf to form the new government," the armed forces said on social networking website Facebook.
Sharaf formerly held the position as the Minister of Transportation. The Los Angeles Times reports that he departed from that position five years ago, during the aftermath of numerous train collisions in which the Egyptian government was accused of carelessness.
Former Egyptian president Hosni Mubarak was considered persona non grata by Egypt on Monday, as was his family. According to BBC News Online, Mubarak is not in the good health and has yet been seen or heard from in public since his resignation.
Despite having achieved one of their aims, protesters intend to continue demonstrating with mass rallies on Friday because all their demands have yet to be met. The removal of a current emergency law is amongst those demands. The law allows the Egyptian government to place people under arrest without charges brought against them. In a statement, the January 25 Youth Coalition said that they "still demand a specific time frame to achieve the rest of the revolution's basic demands.\"""",
    quotes=[
        Q('"inadequate vision"', None, "Los Angeles Times"),
        Q('"Power to the people!"', None, "Wael Ghonim"),
        Q('"on the right track."', None, "Mohamed ElBaradei"),
        Q('"The Supreme Council of the Armed Forces decided', 'new government,"', "Supreme Council of the Armed Forces"),
        Q('"still demand a specific', 'basic demands."', "January 25 Youth Coalition"),
    ],
    aliases={"Los Angeles Times": ["the Los Angeles Times"],
             "Wael Ghonim": ["a Google executive"],
             "Mohamed ElBaradei": ["another pro-democracy activist"],
             "Supreme Council of the Armed Forces": ["the Supreme Council of the Armed Forces", "the armed forces", "the Council"],
             "January 25 Youth Coalition": ["the January 25 Youth Coalition"]},
),
dict(
    id="wn-en-mh17-shot-down",
    source="https://en.wikinews.org/wiki/Malaysia_Airlines_Flight_17_shot_down_over_eastern_Ukraine%2C_killing_298",
    license=LIC, retrieved=AMG.format("AMALGUM_news_airlines"),
    text="""Malaysia Airlines Flight 17 shot down over eastern Ukraine, killing 298
Saturday, July 19, 2014
Malaysia Airlines Flight 17, a Boeing 777, was shot down by a surface-to-air missile on Thursday according to US officials, over disputed eastern Ukraine by an unidentified party.
The flight, which departed Amsterdam Airport Schiphol in The Netherlands at 10:15 UTC en route to Kuala Lumpur International Airport in Malaysia, disappeared from radar at 13:15 UTC near Hrabove, a village in the Donetsk Oblast of Ukraine. 283 passengers and 15 crew were aboard the aircraft, all 298 in total perished. The area the plane was flying over is a conflict zone currently between Ukrainian forces and pro-Russian separatist forces.
United States officials confirmed the aircraft has been shot down, according to data from a surveillance satellite which showed the last trajectory and impact of the missile. The missile is believed to be a Buk M1 surface-to-air missile which are believed to be in the hands of rebels according to reports from the area.
So far no party has claimed responsibility for the attack. Ukrainian officials denied the missile which shot down the airliner belonged to Ukraine. Pavlo Klimkin, Ukraine's foreign minister, said to The Guardian, "We are absolutely sure and we checked yesterday that no missiles have been taken from the Ukrainian army". The Security Service of Ukraine (SBU) published on YouTube an alleged wiretap of separatist commanders and Russian intelligence officers discussing the shoot-down and acknowledging the aircraft shot down was civilian.
Meanwhile, Russia's defense ministry has denied involvement, posting a statement on their website which read, "In view of various types of speculation concerning operations of the Russian armed forces in the areas bordering Ukraine, we affirm that the anti-aircraft means of the Russian armed forces did not operate in that region July 17".
Ukrainian president Petro Poroshenko said, "This was not an 'incident', this was not a 'catastrophe', this was a terrorist act". Malyasian prime minister Najib Razak, said, "If it transpires that the flight was shot down, we insist that the perpetrators must swiftly be brought to justice."
All civilian aircraft have been barred from flying over eastern Ukraine. The US's Federal Aviation Adminstration issued a Notice to Airmen (NOTAM) prohibiting flight operations by United States carriers over eastern Ukraine. However, questions remain as to why the aircraft was flying over the contested area. Eurocontrol noted airspace was closed up to 32,000 feet. Flight 17 was flying at 33,000 feet just above the restricted airspace. Malaysia Airlines issued a statement saying "The usual flight route was earlier declared safe by the International Civil Aviation Organisation (ICAO). [The] International Air Transportation Association (IATA) has stated that the airspace the aircraft was traversing was not subject to restrictions.\"""",
    quotes=[
        Q('"We are absolutely sure', 'Ukrainian army"', "Pavlo Klimkin"),
        Q('"In view of various types', 'July 17"', "Russia's defense ministry"),
        Q('"This was not an \'incident\'', 'terrorist act"', "Petro Poroshenko"),
        Q('"If it transpires', 'to justice."', "Najib Razak"),
        Q('"The usual flight route', 'to restrictions."', "Malaysia Airlines"),
    ],
    aliases={"Pavlo Klimkin": ["Ukraine's foreign minister"],
             "Petro Poroshenko": ["Ukrainian president Petro Poroshenko"],
             "Najib Razak": ["Malyasian prime minister Najib Razak"]},
),
dict(
    id="wn-en-zuma-britain-barbaric",
    source="https://en.wikinews.org/wiki/Britain_thinks_Africans_are_barbaric%2C_claims_South_African_President",
    license=LIC, retrieved=AMG.format("AMALGUM_news_africans") + " (a pull-quote box without quotation marks dropped)",
    text="""Britain thinks Africans are barbaric, claims South African President
Friday, March 5, 2010
Jacob Zuma, President of South Africa, claimed Britain believed Africa is "barbaric", hours before a state visit to Queen Elizabeth II. These claims were made after the Daily Mail described him as a "sex-obsessed bigot and vile buffoon."
Zuma accused Britons of considering themselves to be culturally superior owing to their past colonial activities. "When the British came to our country they said everything we did was barbaric, was wrong, inferior in whatever way. Bear in mind that I'm a freedom fighter and I fought to free myself, also for my culture to be respected. And I don't know why they are continuing thinking that their culture is more superior than others, those who might have said so," stated Zuma in an African newspaper.
According to him, he had never "looked down upon any culture of anyone" and that no one has the authority of judging other cultures. Zuma added, "The British have done that before, as they colonised us, and they continue to do this, and it's an unfortunate thing. If people want an engagement, I'm sure we will engage on that issue."
The President's comments were published in a local private newspaper. Zuma, who has three current wives, made these comments after arriving in Britain with Thobeka Madiba, 38, his third wife.
The Queen will welcome them at the Horse Guards Parade and take them to Buckingham Palace thereafter. A state banquet will also be held in his honor at the palace, where he is set to spend two nights.
Zuma, a member of the Zulu tribe, was compelled to make a public apology following a love child with the daughter of a friend. This incident triggered the articles in Daily Mail and Daily Mirror which attacked Zuma.
Zuma, whose state trip includes meetings with Gordon Brown, David Cameron and Nick Clegg, as well as a speech to members of parliament, plans to continue with the visit. This was confirmed by officials today.
Vincent Magwenya, Zuma's spokesman said the incident would have no impact in Zuma's trip.
Magwenya stated: "Mr Zuma is in the UK for wide-ranging programme of substantial and serious issues. The comments he made were not aimed at the British public in general but at certain sections of the media which have lambasted him for what he considers to be his culture. Mr Zuma had a meeting with British journalists yesterday and was asked not one question about his private life".
He also added that Zuma did not "appreciate reading things which he considers are patronising to his culture" and claimed that it was obvious that "his comments will have no bearing on the state visit." The President, according to Magwneya, looks forward to the visit and will continue with the full schedule.
Meanwhile, the Democratic Alliance, South Africa's principal opposition party, stated that the reports in the British newspapers did not warrant Zuma's lashing out at Britain.
Kenneth Mubu, of the opposing political party said, said: "Instead of rising above predictable criticism from a particular quarter of the British press, he has allowed himself to be dragged down to the level of the tabloids. By accusing the British people of believing that Africans are barbaric and inferior, he has insulted his hosts, and no doubt undermined the entire purpose of the state visit – which is to strengthen relations between South Africa and the United Kingdom."
The youth sector of the African National Congress supported the President. It expressed its disgust at the British reports.
"British media seem to have developed a habit of rubbishing our president and constantly portray him as barbaric and of inferior belonging," the youth league said. "It is quite apparent that the British media is the one that is characterised and defined by the worst form of barbarism, backwardness and racism. These British racists continue to live in a dreamland and sadly believe that Africans are still their colonial subjects, with no values and principles. They believe that the only acceptable values and principles in the world are British values of whiteness and subjugation of Africans," stated the party.""",
    quotes=[
        Q('"barbaric"', None, "Jacob Zuma"),
        Q('"sex-obsessed bigot and vile buffoon."', None, "Daily Mail"),
        Q('"When the British came', 'have said so,"', "Jacob Zuma"),
        Q('"looked down upon any culture of anyone"', None, "Jacob Zuma"),
        Q('"The British have done that before', 'that issue."', "Jacob Zuma"),
        Q('"Mr Zuma is in the UK', 'private life"', "Vincent Magwenya"),
        Q('"appreciate reading things', 'his culture"', "Vincent Magwenya"),
        Q('"his comments will have no bearing', 'state visit."', "Vincent Magwenya"),
        Q('"Instead of rising above', 'United Kingdom."', "Kenneth Mubu"),
        Q('"British media seem', 'inferior belonging,"', "youth sector of the African National Congress"),
        Q('"It is quite apparent', 'subjugation of Africans,"', "youth sector of the African National Congress"),
    ],
    aliases={"Jacob Zuma": ["Zuma", "Mr Zuma", "President of South Africa", "The President"],
             "Daily Mail": ["the Daily Mail"],
             "Vincent Magwenya": ["Magwenya", "Magwneya", "Zuma's spokesman"],
             "youth sector of the African National Congress": ["the youth league", "the party"]},
),
]
