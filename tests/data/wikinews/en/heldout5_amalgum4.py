# Held-out English Wikinews articles (tests/data/heldout5-en.jsonl), fourth part; see heldout5_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-sai-baba-dies",
    source="https://en.wikinews.org/wiki/Renowned_Indian_guru_%C5%9Ar%C4%AB_Satya_Sai_Baba_dies_aged_84",
    license=LIC, retrieved=AMG.format("AMALGUM_news_baba") + " (an image file link and a pull-quote box without quotation marks dropped; the copy's doubled opening mark before 'irreparable loss' kept)",
    text='''Renowned Indian guru Śrī Satya Sai Baba dies aged 84
Monday, April 25, 2011
Śrī Satya Sai Baba, one of India's most prominent spiritual leaders and revered by millions of followers worldwide, died Sunday in a Puttaparthi hospital, following a cardiac arrest. He was 84 and had been in hospital since last month, suffering from kidney failure and respiratory problems.
Followers and devotees of Śrī Baba considered him to be the manifestation of a "living God" on Earth and believed he had powers of magic, such as being able to pull things from out of thin air.
Former Indian Prime Minister Atal Bihari Vajpayee was one of Śrī Baba's followers, as was international test cricketer Sachin Tendulkar.
Worshippers carried Baba's image through the streets of Bangalore and extra police were deployed in his hometown of Puttaparthi. In Delhi, masses gathered in temples and some refused to accept Baba's death.
With an estimated six million followers, Baba saw donations allow for the expansion of his home village to include many temples, a hospital offering free medical care, a university, and an airport. His first permanent facility opened 60 years ago.
Born Sathyanarayana Raju, Baba decided at the age of fourteen that he was the reincarnation of 19th-century guru Sai Baba of Shirdi. The legend runs that Baba was stung by a scorpion and then sang religious chants in a language previously unknown to him. He predicted his death in 2019, as well as a third and final reincarnation in Karnataka state in 2023.
Nobody has been appointed to take over running the trust that promotes the faith, which has over 1,200 centres worldwide. There are fears the family and trust could argue, leading to a government takeover. "If the government has to take over the affairs of Sai Baba's mission that could spell its end," warned one devotee.
"Some people out of their mean-mindedness are trying to tarnish the image of Sai Baba," said Baba in 2000, after allegations of sexual abuse were made against him by young men, claims the BBC highlighted in 2004. "I am not after name and fame. So, I do not lose anything by their false allegations. My glory will go on increasing day by day," Baba added.
Claims that Śrī Baba was a charlatan and allegations of sexual abuse dogged him constantly. In 1993, six people "died violently in the spiritual leader's private rooms," The Guardian reported. No full explanation has ever been given for the deaths, though speculation of a money dispute has been raised.
In a statement, current Indian Prime Minister Manmohan Singh said that the death of the guru was an ""irreparable loss" to India, adding, "He was a spiritual leader who inspired millions to lead a moral and meaningful life even as they followed the religion of their choice."
The guru's body is being kept at the hospital amid appeals for his devotees not to flood them to see his body. The public viewing of Śrī Baba's body will take place Monday and Tuesday, and a funeral will follow. There are to be four days of mourning in his home state, Andhra Pradesh, by decree of the state government.''',
    quotes=[
        Q('"living God"', None, None),
        Q('"If the government has to take over', 'spell its end,"', None),
        Q('"Some people out of their mean-mindedness', 'image of Sai Baba,"', "Śrī Satya Sai Baba"),
        Q('"I am not after name and fame.', 'day by day,"', "Śrī Satya Sai Baba"),
        Q('"died violently', 'private rooms,"', "The Guardian"),
        Q('""irreparable loss"', None, "Manmohan Singh"),
        Q('"He was a spiritual leader', 'of their choice."', "Manmohan Singh"),
    ],
    aliases={"Śrī Satya Sai Baba": ["Baba", "Śrī Baba"]},
),
dict(
    id="wn-en-kelt-9b-hottest-exoplanet",
    source="https://en.wikinews.org/wiki/Astronomers_reveal_discovery_of_the_hottest_gas_giant_exoplanet_known_yet",
    license=LIC, retrieved=AMG.format("AMALGUM_news_astronomers") + " (a quote box repeating Gaudi's words from the body and the 'External link' list dropped; degree signs written without a space, as in the copy's '4300°C')",
    text='''Astronomers reveal discovery of the hottest gas giant exoplanet known yet
Thursday, June 8, 2017
On Monday, astronomers at the Ohio State University, Columbus, revealed the discovery of an exoplanet, named KELT-9b and according to the university's astronomy professor Scott Gaudi, it is "the hottest gas giant planet that has ever been discovered". The discovery was reported online in the Nature journal.
The astronomers say the planet's surface temperature is more than 4000°C (7232°F), nearly as hot as the Sun. The planet takes about 36 to 48 hours to orbit around its star, KELT-9. KELT-9 is about two and a half times larger than the Sun and nearly twice its temperature. The star is about 650 light years from the earth, but it is about 300 million years old. KELT-9 is a blue A-type star, which shines brightly but, unlike some other stars such as our own Sun, their life span is on the order of millions rather than billions of years.
About a year ago, NASA reports, at the Winer Observatory in Arizona, observers using the KELT-North telescope noticed a minute drop in KELT-9's brightness — about 0.5%. This pattern was observed once every one and a half days, implying the planet comes in between the line of sight of the star from Earth, meaning the planet completes one revolution in that time period. Observations using the Hubble telescope could reveal whether the planet possesses a comet-like tail, which could help the astronomers estimate how long the planet may live.
Professor Gaudi told the BBC the planet KELT-9b "is about three times the mass of Jupiter and twice as big as Jupiter." He said the team discovered the planet in 2014. He added, "it took us this long to finally convince ourselves that this truly bizarre and unusual world was in fact a planet orbiting another star".
Much like the Moon is to the Earth, KELT-9b is tidally locked to its star; with one side of the planet always exposed to its star. Due to tidal locking, the planet's surface temperature facing the star is roughly 4300°C (7772°F), more than the surface temperature of an average Red Dwarf star. Its close proximity to its parent star exposes it to ultraviolet radiation, and according to the calculations, the planet loses planetary material anywhere between ten billion to ten trillion grams each second. Professor Gaudi said, "It's a planet by any of the typical definitions of mass, but its atmosphere is almost certainly unlike any other planet we've ever seen just because of the temperature of its dayside".
According to Keivan Stassun, a professor of physics and astronomy at Vanderbilt University, Tennessee, "KELT-9 will swell to become a red giant star in a few hundred million years". Professor Stassun directed the study with Gaudi. The discovery was a collaboration between Ohio State University, Vanderbilt University, Lehigh University, and the South African Astronomical Observatory. They operate a dual-location system, one location in each hemisphere, called the Kilodegree Extremely Little Telescope. Professor Gaudi told the BBC that it was named "as a joke".''',
    quotes=[
        Q('"the hottest gas giant planet', 'ever been discovered"', "Scott Gaudi"),
        Q('"is about three times the mass', 'as big as Jupiter."', "Scott Gaudi"),
        Q('"it took us this long', 'orbiting another star"', "Scott Gaudi"),
        Q('"It\'s a planet by any', 'temperature of its dayside"', "Scott Gaudi"),
        Q('"KELT-9 will swell', 'hundred million years"', "Keivan Stassun"),
        Q('"as a joke"', None, "Scott Gaudi"),
    ],
    aliases={"Scott Gaudi": ["Professor Gaudi", "Gaudi"], "Keivan Stassun": ["Professor Stassun"]},
),
dict(
    id="wn-en-shorts-2007-06-08",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_June_8%2C_2007",
    license=LIC, retrieved=AMG.format("AMALGUM_news_atlantis") + " ('Sources' and 'Related news' lists dropped)",
    text='''Wikinews Shorts: June 8, 2007
A compilation of brief news reports for Friday, June 8, 2007.
Space shuttle Atlantis has launched
After a three-month delay, space shuttle Atlantis has launched. The reports say that there were no major technical problems with the shuttle and forecasters predicted good weather for this evening. The shuttle launched this evening at 7:38:04 p.m. ET (22:38:04 UTC) to continue the construction of the International Space Station. The crew members plan to stay 11 days in orbit and their goal is to carry out the two missions that were left incomplete from the previous flight due to broken and jammed equipments. During the flight, the shuttle and its seven astronauts will deliver a new segment and will install energy-producing solar panels to the International Space Station.
British police officer banned from driving
A British police officer has been banned from driving after drinking over the limit of alcohol. PC Andy Walker, 51, drank a glass of wine and two glasses of beer at a "family party". When a police officer stopped his car to investigate, after Walker was having trouble parking his car Sunday morning, he found that his fellow officer's blood alcohol level was 61 micrograms, while the limit is 35 micrograms. At a court hearing today, Walker admitted the charges and has been since banned from driving for 16 months.
"I made a monumental mistake in my judgement when I decided I was fit enough to drive," Walker admitted.
Walker has been active in many anti-drinking-and-driving campaigns throughout the years.
Turkish armed forces agitating to fight PKK
The prime minister of Turkey, Recep Tayyip Erdogan, said that the parliament won't block if the Turkish Armed Forces ask for authorization to attack. The armed forces had an exercise today at Cizre, Turkey, 10 kilometers away from the Turkish-Iraqi border. After a series of attack by the Kurdistan Workers' Party (PKK), Turkey has commenced large scale exercises and operations within Turkey. Local news also reports that many troops and artilleries have been delivered from Diyarbakir, Turkey to the Turkish-Iraqi border regions.
Bus bombing kills one, injures 10 in Philippines
A bomb aboard a bus parked at a public market in Cotabato on Minandao in the southern Philippines exploded today, killing one person and injuring 10 people.
Earlier in the week, the U.S. Embassy in Manila had issued a warning about such attacks in the region.''',
    quotes=[
        Q('"family party"', None, None),
        Q('"I made a monumental mistake', 'fit enough to drive,"', "Andy Walker"),
    ],
    aliases={"Andy Walker": ["Walker", "PC Andy Walker"]},
),
]
