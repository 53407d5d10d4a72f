# Held-out English Wikinews articles (tests/data/heldout12-en.jsonl), continued; same source and
# conventions as heldout12_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-baghdad-judge-clears-pair-soldiers",
    source="https://en.wikinews.org/wiki/Baghdad_judge_clears_pair_of_murdering_six_foreign_soldiers",
    license=LIC, retrieved=AMG.format("AMALGUM_news_soldiers") + " (a quote box repeating Sayed's words without quotation marks, with its attribution line, dropped; the opening mark of Sayed's second quotation, tokenized onto the end of the previous sentence, attached to its word; the copy's 'anounced' and 'the victim's families' kept)",
    text='''Baghdad judge clears pair of murdering six foreign soldiers
Sunday, October 10, 2010
A judge in Baghdad, Iraq has cleared two men of murdering six soldiers from the United Kingdom. Hamza Hateer and Mussa Ismael al Fartusi had their case kicked out prior to trial owing to a lack of evidence; they were alleged to be involved in a June 2003 mob attack on a police station.
At today's hearing, which had been postponed by a month to allow witnesses to travel, a panel of three judges spent three and a half hours to question those who were there. Sources disagree on the number of witnesses — between nine and eleven — none of whom said they had seen the accused participate in any violence. Most of those questioned were Iraqi police.
The killings in Majar al-Kabir followed a dispute at the local market in which British soldiers had argued with Iraqis over the use of dogs to search, which the locals were upset about, according to policeman Ahmed Hassan Sayed. He said gunfire followed and the soldiers killed around ten people. "I was inside the [police] station with the British soldiers. They had been coming twice a week for training ... I heard sounds of shooting that got closer and closer. We saw a lot of people approaching the building. I told all my employees to leave. I also told the British to leave."
Sayed went on to say in his testimony that the British soldiers had refused to leave as they felt they were in the clear since they were present for training only. The police left the station via a back window; the British remained in the courtyard while around 400 people attacked. "What I understand is that this was an act of tribal vengeance. They wanted justice for the killing of their relatives," explained Sayed. "We fled through the back window and the British stayed behind."
Although no witnesses saw either defendant engaged in violence, one stated that Hateer took a dead man's weapon; he will be tried for its theft. The pair were among eight whose arrests were anounced in February; six were released without charge.
Judge Balee Hamdi told The Guardian that in releasing the men "I built my decisions on the evidence that was before me. The evidence was not sufficient to convict them." He also said that should rebels be convicted before him "[i]f they are here for resistance against occupiers, I will try to lessen the sentence."
A Ministry of Defence — the British organisation responsible for the country's army — spokesman responded to the news by saying that she knew that the victim's families will be "very disappointed," but, they said, "we have no choice but to respect the decision of the Iraqi judges. They will have weighed up the credibility and reliability of the evidence before reaching their verdict." They added: "However, this is not the end. Seven further arrest warrants remain outstanding and are being actively pursued by the Iraqi authorities."''',
    quotes=[
        Q('"I was inside the [police] station', 'British to leave."', "Ahmed Hassan Sayed"),
        Q('"What I understand', 'their relatives,"', "Ahmed Hassan Sayed"),
        Q('"We fled through', 'stayed behind."', "Ahmed Hassan Sayed"),
        Q('"I built my decisions', 'convict them."', "Balee Hamdi"),
        Q('"[i]f they are here', 'the sentence."', "Balee Hamdi"),
        Q('"very disappointed,"', None, "Ministry of Defence"),
        Q('"we have no choice', 'their verdict."', "Ministry of Defence"),
        Q('"However, this is not the end.', 'Iraqi authorities."', "Ministry of Defence"),
    ],
    aliases={"Ahmed Hassan Sayed": ["policeman Ahmed Hassan Sayed", "Sayed"],
             "Balee Hamdi": ["Judge Balee Hamdi"],
             "Ministry of Defence": []},
),
dict(
    id="wn-en-ntsb-pilot-error-boston-jet-crash",
    source="https://en.wikinews.org/wiki/Investigators_blame_pilot_error_for_deadly_jet_crash_near_Boston",
    license=LIC, retrieved=AMG.format("AMALGUM_news_pilot") + " (a quote box repeating de Vries' words without quotation marks, with its attribution line, dropped; the copy's 'analysis[...]' written without a space, as tokenized, and its 'takeoff' as a verb kept)",
    text='''Investigators blame pilot error for deadly jet crash near Boston
Thursday, September 10, 2015
The US federal National Transportation Safety Board (NTSB) yesterday concluded a "series of errors" by flight crew caused a business jet crash near Boston, Massachusetts last year. Seven were killed when the Gulfstream IV overran a runway.
The NTSB found the pilots failed to conduct preflight checks, mistakenly took off with flight control systems locked in position, and then failed to abort takeoff until too late. Manufacturer Gulfstream was criticised for an inadequate safety system; the US Federal Aviation Administration (FAA) was accused of failing to properly check the system before certifying the aircraft.
On the evening of May 31 the passengers and crew were returning from Hanscom Field to Atlanta International Airport. Pilot Bauke "Mike" de Vries and co-pilot James McDowell each had thousands of hours' experience, and had flown together for years. They skipped over preflight checks; the NTSB found this was routine for the pair.
The plane set off with the gust lock engaged. This system, which is intended to be disconnected before engine startup, locks various flight control surfaces in position on the ground. Unable to takeoff, it overshot the runway, crashing through airport equipment and a fence, before landing in a watery ravine and bursting into flames. Nobody survived.
De Vries says several times "lock is on" on the voice recording, adding "I can't stop it" moments before the crash. Gulfstream had installed a mechanism to prevent the throttle fully moving when gust lock was engaged, to give pilots a clear early warning something was amiss.
The NTSB found the throttle could still be pushed far enough to reach takeoff speed. The FAA had certified the system based on technical drawings. The NTSB said the FAA process was "inadequate" because there were no "engineering certification tests or analysis[...] to verify that the system had met its regulatory requirements." Gulfstream say they are working with the FAA to rectify the issue.
The NTSB says it took ten seconds from noticing the problem before the crew began braking and another four seconds to power down the engines. The NTSB believes doing both within eleven seconds would have brought the flight to a halt on the runway.
The lock was applied upon landing six hours earlier. The flight was carrying four passengers, including entrepreneur and philanthropist Lewis Katz, back from a fundraiser. The seventh fatality was a flight attendant. Katz had co-engineered an $88 million takeover deal for the Philadelphia Inquirer four days earlier.
The Katz family later sold his stake in the paper to a business partner. Katz had hoped to boost the paper's reputation.
"Complacency does not have a place in the cockpit of any aircraft", NTSB Vice Chairman Bella Dinh-Zarr said. The probe found skipped checks on 98% of the prior 175 flights the pilots undertook together. "If you're acting that way, you are just fooling yourself," said NTSB member Robert Sumwalt, who has 32 years of commercial flight experience.''',
    quotes=[
        Q('"series of errors"', None, "National Transportation Safety Board"),
        Q('"Mike"', None, None),
        Q('"lock is on"', None, "de Vries"),
        Q('"I can\'t stop it"', None, "de Vries"),
        Q('"inadequate"', None, "National Transportation Safety Board"),
        Q('"engineering certification tests', 'regulatory requirements."', "National Transportation Safety Board"),
        Q('"Complacency does not have', 'any aircraft"', "Bella Dinh-Zarr"),
        Q('"If you\'re acting that way', 'fooling yourself,"', "Robert Sumwalt"),
    ],
    aliases={"National Transportation Safety Board": ["The US federal National Transportation Safety Board", "NTSB", "The NTSB"],
             "de Vries": ['Pilot Bauke "Mike" de Vries', "De Vries"],
             "Bella Dinh-Zarr": ["NTSB Vice Chairman Bella Dinh-Zarr"],
             "Robert Sumwalt": ["NTSB member Robert Sumwalt"]},
),
dict(
    id="wn-en-tornado-hits-downtown-atlanta",
    source="https://en.wikinews.org/wiki/Tornado_hits_downtown_Atlanta",
    license=LIC, retrieved=AMG.format("AMALGUM_news_tornado") + " (the opening marks of both parts of Lisa Lynn's quotation, tokenized onto the end of the previous sentence, attached to their words; the copy's 'Basktetball' and 'There was a lot of windows' kept)",
    text='''Tornado hits downtown Atlanta
Saturday, March 15, 2008
A tornado, spawned from a large storm, has hit the United States city of Atlanta, Georgia, causing extensive damage throughout the city.
The National Weather Service confirmed Saturday morning that it was a tornado that struck the city. After reviewing the aftermath of the storm, they classified it as an EF2 tornado on the Enhanced Fujita scale. Atlanta mayor Shirley Franklin says she is beginning to apply for federal disaster aid.
There have been no confirmed deaths, but the mayor's spokeswoman says there may be dead victims trapped within the ruins of a collapsed loft complex. The Fulton Cotton Mill Lofts are located in the historic Cabbagetown neighborhood, where at least 20 homes were destroyed. "It looks like a bomb went off, it looks like World War III," said Mahsud Olufani, who has an art studio in the neighbourhood. "It's a disaster area."
At least 27 people suffered injuries, mostly cuts and bruises. One person is reported to be in critical condition. Grady Memorial Hospital, where many of the injured were taken, had suffered some window damage but was still operating. Around 50 people have been taken to a local Red Cross shelter for displaced residents.
The tornado struck during the semifinal game of the SEC Basktetball Tournament between Mississippi State and Alabama. Play was stopped with around 2 minutes to go in overtime when heavy wind could be heard outside with rippling of the roof. Damage was done to the roof as debris fell to the floor. No injuries were reported in the Dome. "I thought it was a tornado or a terrorist attack," said Mississippi State guard Ben Hansbrough.
The storm arrived with little forewarning. A tornado warning was issued for the downtown area a few minutes before the storm hit. "Ironically, the guy behind me got a phone call saying there was a tornado warning," said Lisa Lynn, who was attending the game at the Georgia Dome. "And in two seconds, we heard the noise and things started to shake. It was creepy."
The CNN Center in downtown Atlanta was severely damaged, especially in the atrium, where the ravaged ceiling allowed water to pour in. Police closed several streets near the CNN Center because of the debris, which included power lines, billboards, and even office chairs.
The Omni Hotel, which is attached to the CNN Center, also sustained damage, with many of its windows shattered. Visitors at the hotel were evacuated to the exhibition hall at street level. "It was crazy. There was a lot of windows breaking and stuff falling," said Terrence Evans, a valet at the hotel.
At Centennial Olympic Park, located near CNN and the Omni Hotel, two Olympic torch sculptures had fallen over, and a performance pavilion was destroyed. A high-rise dorm at Georgia State University was damaged by the tornado, as evidenced by a large hole in the building's 14th floor. University students were evacuated on buses.
According to Georgia Power, more than 13,000 of their customers are currently without electricity. Crews are working to fix downed power lines, but they said it would be difficult with all the debris.
Another large storm, currently in Mississippi, is heading towards Atlanta, and is forecast to arrive around 3 p.m. National Weather Service meteorologist Mike Leary said Friday's storm could be "nothing to compare with what's coming in tomorrow".
All downtown events scheduled to occur Saturday have been cancelled. This includes the city's Saint Patrick's Day parade. The remaining SEC tournament games are to be played at Georgia Tech's Alexander Memorial Coliseum, located in the undamaged midtown.''',
    quotes=[
        Q('"It looks like a bomb', 'World War III,"', "Mahsud Olufani"),
        Q('"It\'s a disaster area."', None, "Mahsud Olufani"),
        Q('"I thought it was a tornado', 'terrorist attack,"', "Ben Hansbrough"),
        Q('"Ironically, the guy behind me', 'tornado warning,"', "Lisa Lynn"),
        Q('"And in two seconds', 'It was creepy."', "Lisa Lynn"),
        Q('"It was crazy.', 'stuff falling,"', "Terrence Evans"),
        Q('"nothing to compare', 'in tomorrow"', "Mike Leary"),
    ],
    aliases={"Mahsud Olufani": [],
             "Ben Hansbrough": ["Mississippi State guard Ben Hansbrough"],
             "Lisa Lynn": [],
             "Terrence Evans": ["a valet at the hotel"],
             "Mike Leary": ["National Weather Service meteorologist Mike Leary"]},
),
]
