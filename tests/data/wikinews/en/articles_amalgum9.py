# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 9. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-yelena-bonner-dies",
    source="https://en.wikinews.org/wiki/Soviet_human_rights_activist_Yelena_Bonner_dies_aged_88",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bonner") + " (image file link and two pull-quote boxes without quotation marks dropped)",
    text="""Soviet human rights activist Yelena Bonner dies aged 88
Tuesday, June 21, 2011
Soviet human rights activist Yelena Bonner died of heart failure in Boston, Massachusetts on Saturday at the age of 88, her daughter Tatiana Yankelevich said in a statement. She had been hospitalized since February 21.
Bonner gained fame by smuggling the papers of her late husband, the nuclear physicist and Russian dissident Andrei Sakharov, out of Siberia and was prominent in her own right for her human rights activism.
Leaders and politicians paid Bonner tribute. "The world has lost one of the most inspiring and dedicated human rights defenders," said Jerzy Buzek, President of the European Parliament.
Bonner was born in Turkmenistan February 15, 1923 to a family of Communist Party officials; her father was later killed and her mother sent to a gulag in Joseph Stalin's purges of the late 1930s.
In 1941, she became a nurse for the Soviet military on the front during World War II. She suffered a severe wound to the chest, and serious head injuries in 1943 from which she nearly lost her sight, and received decorations for valor. Bonner returned to the front in 1945, advancing with the army to Potsdam. While studying medicine when the war was over, she married a fellow student, Ivan Semyonov and they had a son and a daughter. But as she became increasingly politically active, they lost their common interests and divorced in 1965.
She was an active Soviet dissident in the 1970s, and a leader of a group that monitored Soviet compliance with the Helsinki Accords. The Washington Post describes her at this time as "[h]eadstrong and sharp-tongued with a no-nonsense voice deepened by years of chain-smoking acrid Russian cigarettes".
Bonner married Sakharov in 1972, whom she had met through her political activities. He was also fierce critic of the lack of civil liberties and human rights in the Soviet Union, and their tiny Moscow apartment became the meeting place for the Soviet dissident movement in the 1970s. They traveled around Russia together visiting imprisoned dissidents and working for their legal rights.
When Sakharov won the Nobel Peace Prize in 1975, she traveled to Oslo to receive it on his behalf as Soviet authorities refused to allow her husband to leave the country.
Sakharove was arrested in 1980 and exiled to Siberia, and Bonner, Sakharove's sole contact with the outside world, smuggled his writings to Moscow and ensured that they were published. Soviet authorities conducted campaigns of personal attacks against her, accusing her of being a foreign agent who turned Sakharove against his country. In 1984 she was convicted of "anti-Soviet agitation" and was exiled to Siberia with her husband, both continually harassed by authorities. She published her memoir in 1986 of the years in exile, described by the Washington Post as partly "a love story of mutual sacrifice."
In 1986 Mikhail Gorbachev allowed the Sakharoves to return to Moscow where they continued to agitate for human rights and were constantly harassed for their activities.
When the Soviet Union collapsed two years after Sakharov's death in 1989, Bonner continued her human rights and political activities. She initially supported President Boris Yeltsin's government and served on his state human rights commission, but became critical of his government at the beginning of the war in Chechnya. She was also critical of Yeltin's successor, Vladimir Putin, and was the first person to sign a petition against him in March 2010.
As her health deteriorated, she became less active, and she moved to the United States to be with her daughter.
Bonner received the Rafto Prize in 1991 for her promotion of human rights in the former Soviet Union and in contemporary Russia. She published at least four books and edited her husband's memoirs which were published in 1997.
U.S. State Department's spokesperson Victoria Nuland said in a statement: "We note with profound sadness the death of Yelena Bonner, an extraordinary voice among human rights defenders in the former Soviet Union and the Russian Federation.\"""",
    quotes=[
        Q('"The world has lost', 'defenders,"', "Jerzy Buzek"),
        Q('"[h]eadstrong', 'cigarettes"', "The Washington Post"),
        Q('"anti-Soviet agitation"', None, None),
        Q('"a love story of mutual sacrifice."', None, "The Washington Post"),
        Q('"We note with profound sadness', 'Russian Federation."', "Victoria Nuland"),
    ],
    aliases={"Jerzy Buzek": ["President of the European Parliament"],
             "The Washington Post": ["the Washington Post"],
             "Victoria Nuland": ["U.S. State Department's spokesperson Victoria Nuland"]},
),
dict(
    id="wn-en-airasia-pilot-error",
    source="https://en.wikinews.org/wiki/Investigators_blame_pilot_error_for_AirAsia_crash_into_Java_Sea",
    license=LIC, retrieved=AMG.format("AMALGUM_news_airasia"),
    text="""Investigators blame pilot error for AirAsia crash into Java Sea
Wednesday, December 2, 2015
Indonesia's National Transportation Safety Committee yesterday declared pilot error to be behind the crash of Indonesia AirAsia Flight 8501. All 162 passengers and crew died when the plane crashed into the Java Sea a year ago.
The Airbus A320-200 was around 40 minutes from Surabaya's Juanda International Airport to Singapore's Changi International Airport when it vanished on December 28. Wreckage and bodies were found floating two days later; National Search and Rescue Agency divers led an international recovery effort but over 50 bodies remain lost.
The pilots were facing a fault with the rudder travel limiter, a part involved in rudder control. They repeatedly received warnings on their Electronic Centralized Aircraft Monitoring (ECAM) system. The first three times Indonesian Pilot Iriyanto and French co-pilot Remi Emmanuel Plesel followed correct procedure only for the fault to recur. The fourth time, they tried something else — based on Flight Data Recorder readouts, investigators believe they reset power to their Flight Augmentation Computers.
The computers are principally responsible for rudder control and aircraft stability. With both computers switched off, the entire fly-by-wire system of semi-automation disconnected, as did the autopilot and autothrust systems. The pilots were now left to fly entirely manually, without automation that protects the aircraft from entering unusual and dangerous positions.
A miscommunication followed. Iriyanto asked Plesel, who was flying, to "pull down". Plesel pulled the controls down, which pitched the nose up; Iriyanto had wanted to descend. The flight ascended without permission through 36,000ft with a ground speed of 353 knts. The aircraft would normally be travelling faster, with a nearby Emirates jet at a ground speed of 503knts at 36,000ft. The aircraft also banked as the disengagement of automation left the rudder off-centre.
The AirAsia flight reached 38,000ft and entered a stall. The crew did not manage to regain control. The 155 passengers and seven crew died when the plane hit the sea. Most were Indonesians, but for three South Koreans, one Malaysian, one Brit, and French national Plesel.
The fault was traced to cracked solder on a circuit board. It had repeatedly occurred in the weeks before the crash. The investigation concluded maintenance failings contributed to the disaster, but Muhammad Alwi of the Indonesian Transportation Ministry said "Repeated trouble in maintenance is a normal thing[...] If the trouble is fixed in accordance with the manual maintenance procedures, then it's alright".
Investigators believe the solder crack is attributable to extreme temperature changes in the unprotected compartment near the tail that houses the component.
The investigation further found the flight crew were untrained in recovering from extreme events. AirAsia boss Tony Fernandes said yesterday "there is much to be learned here for AirAsia, the manufacturer and the aviation industry... We will not leave any stone unturned to make sure the industry learns from this tragic incident".
The report also dismisses weather as a contributory factor. The flight was diverting around storms in the area.
Iriyanto and Plessel had over 8,000 hours experience between them. Iriyanto had a decade of experience training other pilots, and previous employers include the air force. They spent three minutes struggling to regain control as the pane fell to the sea. Some bodies were recovered around 1,000km away near Sulawesi.
AFP spoke to Terence Fan, an air industry expert from Singapore Management University, who said "It's a scenario that has played out in air accidents in the past[...] Pilots are either distracted by a faulty equipment or cannot properly solve the issue and something else is brewing in the background."
One such accident was the loss of Air France Flight 447 in 2009 into the Atlantic. It was investigated by the BEA of France, which also assisted the AirAsia probe. The BEA issued recommendations on how to train pilots after the Air France crash. Ex-BEA boss Jean-Paul Troadec said to AFP "Several recommendations of the (BEA) on the subject of pilot training were clearly not implemented by [AirAsia]."
Indonesia saw such an accident on New Years' Day 2007 when Adam Air Flight 574 crashed into the Makasser Strait near Sulawesi. The plane suffered a failure on a navigational instrument. While pilots were troubleshooting for this navigational system they first unintentionally disconnected the autopilot, then lost control and crashed into the sea.""",
    quotes=[
        Q('"pull down"', None, "Iriyanto"),
        Q('"Repeated trouble', "it's alright\"", "Muhammad Alwi"),
        Q('"there is much to be learned', 'tragic incident"', "Tony Fernandes"),
        Q('"It\'s a scenario', 'in the background."', "Terence Fan"),
        Q('"Several recommendations', 'by [AirAsia]."', "Jean-Paul Troadec"),
    ],
    aliases={"Iriyanto": ["Indonesian Pilot Iriyanto"],
             "Muhammad Alwi": ["Muhammad Alwi of the Indonesian Transportation Ministry"],
             "Tony Fernandes": ["AirAsia boss Tony Fernandes"],
             "Terence Fan": ["an air industry expert from Singapore Management University"],
             "Jean-Paul Troadec": ["Ex-BEA boss Jean-Paul Troadec"]},
),
]
