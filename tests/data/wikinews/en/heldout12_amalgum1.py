# Held-out English Wikinews articles (tests/data/heldout12-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml, the corpus' main
# news part, files whose short title sorts after 'catholic' and is not used by heldout11), detokenized
# by hand like heldout11_amalgum*.py. Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-libya-switzerland-visa-bans",
    source="https://en.wikinews.org/wiki/Libya_and_Switzerland_to_meet_about_visa_bans",
    license=LIC, retrieved=AMG.format("AMALGUM_news_libya") + " (a map caption with its colour legend dropped; the opening mark of Malmström's quotation, which the copy holds as a fragment of its own at the start of the paragraph, attached to its word; the copy's 'cut of', 'billlion' and 'a senior German Council on Foreign Relations (DGAP)' kept)",
    text='''Libya and Switzerland to meet about visa bans
Thursday, February 18, 2010
Libya and Switzerland have reportedly agreed to meet in an effort to resolve a diplomatic row about travel visas.
Micheline Calmy-Rey of Switzerland and Moussa Koussa of Libya will meet in the presence of Miguel Ángel Moratinos of Spain. All three are the heads of foreign relations for their respective countries. The meeting comes at the urging of Malta and Italy.
Libya announced on Tuesday that it has suspended and/or revoked visas given to citizens of the Schengen Area of Europe. Four Italian citizens have been detained at the Tripoli International Airport pending deportation, as their visas have been revoked.
Confirming the situation, a Libyan official told Reuters: "This is right. This decision has been taken. No visas for Europeans, except Britain."
Malta has had eight citizens turned back. One of these told The Times of Malta, "They treated us like hostages, not even allowing us out of the room to stretch our legs."
The European Commission released a statement saying it "deplores the unilateral and disproportionate" action by Libya and that affected nations will consider an "appropriate reaction."
"The Commission also regrets that travellers who legally obtained visas before the suspension measure were refused entry when arriving in Libya," said EU commissioner for Home Affairs, Cecilia Malmström.
Libya and Switzerland have been in a diplomatic row for many months. In July 2008, the Swiss for two days detained Libyan leader Muammar al-Gaddafi's son, Hannibal, after hotel staff in Geneva complained of being assaulted. Hannibal was given a suspended sentence and released.
Since then, Libya has withdrawn more than US$5 billion (€3.6 billlion) from Swiss banks and cut of oil exports to Switzerland. Libya then detained two Swiss businessmen and sentenced one to 16 months of prison on visa violation charges.
In November, 2009, Switzerland asked Schengen nations to restrict Libyan visas. Subsequently, Libyan Prime Minister Baghdadi Mahmudi and other officials have been denied Schengen visas.
Italy came down on Switzerland, saying the Swiss must "resolve this bi-lateral issue ... but not at the expense of everyone else."
Sawsan Chebli, a senior German Council on Foreign Relations (DGAP) said that, "The EU is Libya’s greatest trade and export partner. This is a leverage the EU could use. However, Italy and other EU member states with close relations with Libya in the past have shown that they are not interested to spoil their relations with Libya whatever Gaddafi’s action may be. That is not likely to change. And the problem is that Gaddafi knows that he is able to divide the EU."
"The Italians care very little about the EU or other states when it comes to business relations," Chebli added.''',
    quotes=[
        Q('"This is right.', 'except Britain."', None),
        Q('"They treated us', 'our legs."', None),
        Q('"deplores the unilateral and disproportionate"', None, "European Commission"),
        Q('"appropriate reaction."', None, "European Commission"),
        Q('"The Commission also regrets', 'in Libya,"', "Cecilia Malmström"),
        Q('"resolve this bi-lateral issue', 'everyone else."', "Italy"),
        Q('"The EU is Libya', 'divide the EU."', "Sawsan Chebli"),
        Q('"The Italians care', 'business relations,"', "Sawsan Chebli"),
    ],
    aliases={"European Commission": ["The European Commission"],
             "Cecilia Malmström": ["EU commissioner for Home Affairs"],
             "Italy": [],
             "Sawsan Chebli": ["Chebli"]},
),
dict(
    id="wn-en-indonesia-earthquake-no-tsunami-2012",
    source="https://en.wikinews.org/wiki/Massive_earthquake_hits_Indonesia%2C_no_tsunami_risk",
    license=LIC, retrieved=AMG.format("AMALGUM_news_tsunami") + " (the copy's 'PWTC' beside 'PTWC', 'upto' and the repeated 'Bangladesh' in the list of countries kept)",
    text='''Massive earthquake hits Indonesia, no tsunami risk
Wednesday, April 11, 2012
An 8.6 magnitude earthquake occurred off the Indonesian coast at 08:38:37 UTC today, causing a tsunami watch to be issued over the entire Indian Ocean.
According to the U.S. Geological Survey, the quake struck at a point 308 miles (495 km) southwest of Banda Aceh, the provincial capital, located on the northern extremity of the country's Sumatra island, at a depth of 20.5 miles (33 km). Local media reports suggest that people in Sumatra fled from their homes and offices in fear. The 8.6 quake was followed by a quake measuring 8.2 on the Richter Scale.
The Pacific Tsunami Warning Center (PTWC) advised authorities to "take appropriate action", stating that they were not aware whether a tsunami had occurred yet. The earthquake, initially believed to be 8.9 on the Richter Scale was later revised to be an 8.7 and finally an 8.6 quake. In reaction to the earthquake, the Indonesian disaster management agency noted that power had been shut down in Aceh. Moreover, people were being warned by sirens of the danger and were going to higher ground. Agency spokesman Sutopo said: "The electricity is down, there are traffic jams to access higher ground. Sirens and Koran recitals from mosques are everywhere."
In its report, the PWTC issued a tsunami watch for 28 countries, including, but not limited to Indonesia, India, Sri Lanka, Australia, Myanmar, Thailand, Maldives, United Kingdom, Malaysia, Mauritius, Singapore, Bangladesh, miscellaneous Indian Ocean islands, Pakistan, Somalia, Oman, Iran, Bangladesh, Kenya, South Africa and Mozambique. They mentioned that "[e]arthquakes of this size have the potential to generate a widespread destructive tsunami that can affect coastlines across the entire Indian Ocean basin."
The tsunami warnings were initially issued for Indonesia after the 8.6 earthquake and later issued for a further two hours after the 8.2 earthquake hit the Aceh province. The watch was lifted for Myanmar, Australia and Malaysia. Later, India too ended its tsunami watch, with a scientist at the Indian tsunami warning center noting that "the danger has passed".
Earlier, the tremors were felt as far away as Bangkok in Thailand and south India, particularly in Bangalore and Chennai. According to locals, people left their buildings in Bangalore on feeling the tremors. The Indian National Centre for Ocean Information Service issued a red high-level warning for the Andaman and Nicobar Islands. The southeastern coasts of Andhra Pradesh and Tamil Nadu were put on lower warnings. According to Sky News, people residing near the coast were asked to move away from the sea in India. The tremors there reached upto the northern city of Kolkata. Kolkata and its surrounding areas felt tremors, also felt in North 24 Parganas and the town of Siliguri in the same state. Several people rushed out of their office as windows and doors rattled due to the quake, while some buildings developed cracks. Metro Rail services were suspended in the city, and people were asked to leave the stations.
Similar warnings were issued by the governments in Sri Lanka, where mild tremors were experienced at Colombo. The tsunami warning was however lifted after 6 p.m. local time. But the government advised people not to go close to the sea. Smith Dhamasoroja, of the National Disaster Warning Foundation, predicted that Thailand would have to face a tsunami as the earthquake was so powerful. Thai Meteorological Department deputy chief Somchai Baimoung however stated that no warning had yet been issued. Later a warning was issued in the country and subsequently lifted. In Bangladesh, two tremors were felt. But the authorities stated there was no fear of a tsunami.
Amy Vaughn of the U.S. Geological Survey told Sky News that because the earthquake was so massive, "a large body of water is disturbed by the movement of the fault". Therefore, since the epicenter was so close to the west coast of Sumatra, "it could be devastating for the region." In Malaysia, high-rise buildings shook for over a minute.
Indonesia straddles the Pacific Ring of Fire, a major earthquake belt. On December 26, 2004 a 9.2-magnitude earthquake in the same area triggered massive tsunami waves, killing almost 220,000 people.''',
    quotes=[
        Q('"take appropriate action"', None, "Pacific Tsunami Warning Center"),
        Q('"The electricity is down', 'are everywhere."', "Sutopo"),
        Q('"[e]arthquakes of this size', 'Ocean basin."', "Pacific Tsunami Warning Center"),
        Q('"the danger has passed"', None, None),
        Q('"a large body of water', 'of the fault"', "Amy Vaughn"),
        Q('"it could be devastating for the region."', None, "Amy Vaughn"),
    ],
    aliases={"Pacific Tsunami Warning Center": ["The Pacific Tsunami Warning Center", "PTWC", "the PWTC"],
             "Sutopo": ["Agency spokesman Sutopo"],
             "Amy Vaughn": []},
),
dict(
    id="wn-en-somalia-un-contract-workers-kidnapped",
    source="https://en.wikinews.org/wiki/Two_UN_contract_workers_kidnapped_in_Somalia",
    license=LIC, retrieved=AMG.format("AMALGUM_news_somalia") + " (a quote box repeating the UN country office's statement, with its attribution line, dropped; link fragments 'Indian'+'-based' joined; the copy's 'Buale' beside 'Bu'aale' kept)",
    text='''Two UN contract workers kidnapped in Somalia
Wednesday, April 2, 2008
Two foreign aid workers attached to a United Nations (UN) project were kidnapped in southern Somalia on Tuesday. The UN stated that the two men, one British and one Kenyan, were abducted at gunpoint while conducting a survey of local rivers. The men were taken hostage on a road leading to Bu'aale, in the southern Lower Jubba region of Somalia.
Briton Murray Watson was abducted along with his Kenyan colleague, Patrick Amukhuma, by six armed militiamen who ambushed their armed convoy. The abduction took place on a main road between Saakow and Bu'aale.
Gunfire was exchanged between Somali bodyguards and militia members. According to Agence France-Presse, local elders said that the gunmen fired shots during the attack and wounded one of the hostages, and The Daily Telegraph reported that witnesses said Watson was wounded in the leg.
Local district commissioner Ibrahim Noleye spoke with Agence France-Presse about the incident: "two foreign aid workers from the Food and Agriculture Organization (FAO) were intercepted by armed militiamen on their way to Buale ... We believe they are being held hostage".
Amos Nyaoro of Somalia Water and Land Information Management, the UN-supported agency where Watson was working, told The Daily Telegraph: "We are attempting to make contact with the people who abducted our colleagues. It is unclear why this attack has taken place. We understand that Mr Watson has been hurt, but we don't know the extent of his injuries."
Reuters has reported that local militias were pursuing the kidnappers in an attempt to free the hostages, and local clan elders are pressing for their release. Hajir Bille, an official from the Juba region in Somalia, told the Associated Press that security forces were looking for the abductors.
A statement released by the UN country office for Somalia addressed reports that one of the men kidnapped had been wounded: "Witnesses on the ground say there was gunfire when the men were taken, but there is no information to suggest that any serious injury was sustained by either man." Reuters has reported that the hostages are being held "in or near" the town of Jilib.
UN officials in Rome, Italy said that the two men worked for an Indian-based group sub-contracted to do aerial survey work for the Food and Agriculture Organization (FAO), a United Nations agency. The men are not themselves members of the FAO, but are employees of Genesys International Corporation, an information technology company in Bangalore, India.
Genesys International Corporation performs aerial surveys in Somalia which help the area population deal with flooding due to a rise in water level of the Juba and Shabelle rivers.
Western companies and organizations have paid ransoms to free their employees, and kidnappings in the area have increased as a result. In recent months attacks on foreigners in Somalia have increased, but had been localized to the northern region of Puntland. Médecins Sans Frontières withdrew its international staff from the country after three workers were killed by a bomb in February.
Attacks against Somalia's weak government and its Ethiopian military backers have increased in the last six months. Somalia's government has not been functional since civil war began in 1991, when dictator Mohamed Siad Barre was overthrown and rival warlords then turned on each other.
Over one million citizens in Somalia depend on foreign aid, and UN aid helps millions of Somalians each year.''',
    quotes=[
        Q('"two foreign aid workers', 'held hostage"', "Ibrahim Noleye"),
        Q('"We are attempting', 'his injuries."', "Amos Nyaoro"),
        Q('"Witnesses on the ground', 'either man."', "UN country office for Somalia"),
        Q('"in or near"', None, "Reuters"),
    ],
    aliases={"Ibrahim Noleye": ["Local district commissioner Ibrahim Noleye"],
             "Amos Nyaoro": [],
             "UN country office for Somalia": ["the UN country office for Somalia"],
             "Reuters": []},
),
dict(
    id="wn-en-eastern-turkey-earthquake-2010",
    source="https://en.wikinews.org/wiki/6.0_magnitude_earthquake_rocks_eastern_Turkey",
    license=LIC, retrieved=AMG.format("AMALGUM_news_turkey") + " (the copy's 'Elazig province or eastern Turkey', 'CNN Turk' beside 'CNN Türk' and the spaced hyphen in Apaydin's quotation kept)",
    text='''6.0 magnitude earthquake rocks eastern Turkey
Tuesday, March 9, 2010
A 6.0-magnitude earthquake struck Basyurt, in the Elazig province or eastern Turkey at 04:32 AM (02:32 GMT) on Monday. According to local Kandilli observatory, the quake struck at a depth of five kilometres; the epicenter was near Karakocan town in the same province.
The pre-dawn earthquake killed at least 40 people and almost 100 were injured. The village of Okcular was worst hit, claimed the press secretary for the provincial governor, Ozcan Yalcin. According to the U.S. Geological Survey, nearly five hours later, a magnitude-5.5 aftershock hit the province. 40 other aftershocks followed shortly, the highest of them being 4.4 magnitude, according to sources.
While no deaths were immediately reported, the government's crisis management center soon put the toll at seventeen with another 60 injured according to the officials at Ankara, the capital. It was soon confirmed that at least 39 were dead; the toll is expected to rise. At least four of the victims were children.
Muammer Erol, the provincial governor of Elazig, stated Okcular, Yukari Kanatli and Kayali accounted for majority of the dead. He told CNN Turk that "villages consisting mainly of mud-brick houses have been damaged, but we have minimal damage such as cracks in buildings made of cement or stone".
Okcular, the largest of the affected villages, accounted for at least seventeen of the dead. The village has a population of 800, and the majority of the dwellers live in mud-brick homes built on hillsides. About 25 to 30 houses were demolished in this village. "The village is totally flattened," Hasan Demirdag, local administrator, told NTV.
Yadin Apaydin, the administrator of Yukari Kanatli, said his village had been severely affected. "Everything has been knocked down - there is not a stone in place," he told CNN's Turkey sister network, CNN Türk.
"Many houses have collapsed. Search and rescue teams have been sent to the area," said the prime minister's office in a statement. Injured people are being rushed to local hospitals according to sources. At least 100 people have been taken to hospital. Some who panicked after the first quake jumped from balconies or windows were injured.
Rescue workers, consisting of policemen as well as civilians dug with shovels to rescue people from the debris. The Turkish Red Crescent is also sending tents and blankets to be distributed. Neighboring districts are providing ambulances to assist the victims. Cemil Cicek, deputy Prime Minister of Turkey has left for the disaster area. Health Minister Recep Akdag, Housing Minister Mustafa Demir and State Minister Cevdet Yilmaz are accompanying him.
According to CNN Türk, the tremor of the earthquake was felt in the adjacent provinces of Bitlis and Diyarbakir, causing residents to panic.
Turkey lies on highly active fault lines and earthquakes often hit the nation. A 7.4-magnitude earthquake in Istanbul killed 20,000 people in August 1999. Most of the earthquakes that hit Turkey are usually minor.''',
    quotes=[
        Q('"villages consisting', 'cement or stone"', "Muammer Erol"),
        Q('"The village is totally flattened,"', None, "Hasan Demirdag"),
        Q('"Everything has been knocked down', 'in place,"', "Yadin Apaydin"),
        Q('"Many houses have collapsed.', 'to the area,"', "the prime minister's office"),
    ],
    aliases={"Muammer Erol": ["the provincial governor of Elazig"],
             "Hasan Demirdag": [],
             "Yadin Apaydin": ["the administrator of Yukari Kanatli"],
             "the prime minister's office": []},
),
]
