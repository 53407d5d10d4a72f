# Held-out English Wikinews articles (tests/data/heldout16-en.jsonl), continued; see heldout16_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-shorts-2007-04-03",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_April_3%2C_2007",
    license=LIC, retrieved=AMG.format("AMALGUM_news_reuters") + " (Wikinews Shorts page: the four item headings kept as lines of their own; the 'Sources' and 'Related news' lists dropped; the opening mark of Lord Justice Kay's quotation, which the copy tokenizes onto the end of the previous sentence, attached to its word)",
    text='''Wikinews Shorts: April 3, 2007
A compilation of brief news reports for Tuesday, April 3, 2007.
US: Former FBI agent missing in Iran
On Monday, the United States said it sent an official inquiry to Iran via Swiss diplomats about a former FBI agent who went missing while in Iran on private business. He is believed to have gone missing several weeks ago on the island of Kish. The FBI say he has not worked for them in a decade nor is he a contractor for them. A US State Department spokesperson declined to give name, age or occupation of the missing man. The spokesperson also said that they have no indication that he is being held by any Iranian entity.
Asian markets set positive outlook for stocks
In early action, Asian and Oceanian markets rose while the markets pondered the impact of the United States-South Korea free trade agreement. In Japanese markets, Monday's fears that the Institute for Supply Management's report would say manufacturing growth slowed more than forecast in March actually came true. However, "US markets turned out more stable than people feared yesterday and that prompted buying back of large-cap stocks," said Yoshihisa Okamoto of Fuji Investment Management Co. in Tokyo.
British hacker to be extradited to US
Gary McKinnon of Britain lost his appeal challenging an extradition order to face charges in the United States that he hacked into military and NASA computers there. "We do not find any grounds of appeal against the decision," said one of the judges, Lord Justice Maurice Kay. In what has been called the "biggest military hack of all time," McKinnon allegedly used the code-name Solo as he hacked into 97 computers and caused $700,000 worth of damage according to US prosecutors. In 2006, he told The Guardian that he was searching for evidence the Americans might have about UFOs.
US Supreme Court rules against EPA on carbon dioxide regulation
The US Supreme Court ruled 5-4 that carbon dioxide should be regulated by the Environmental Protection Agency (EPA). The majority opinion said that the EPA had offered "no reasoned explanation" for refusing to regulate carbon dioxide emissions from cars. Previously the EPA had argued that the 1970 Clean Air Act did not give it the powers to regulate green house gases because they were not deemed to be pollutants. Twelve states and several environmental groups jointly brought the case against the EPA, contending that it was failing in its legal duty to regulate environmental pollution by not regulating green house gas emissions.''',
    quotes=[
        Q('"US markets turned out', 'large-cap stocks,"', "Yoshihisa Okamoto"),
        Q('"We do not find', 'the decision,"', "Maurice Kay"),
        Q('"biggest military hack of all time,"', None, None),
        Q('"no reasoned explanation"', None, "US Supreme Court"),
    ],
    aliases={"Maurice Kay": ["Lord Justice Maurice Kay"],
             "US Supreme Court": ["The US Supreme Court", "The majority opinion"]},
),
dict(
    id="wn-en-maersk-alabama-evades-pirates",
    source="https://en.wikinews.org/wiki/Somali_pirates_attack_US-flagged_ship%2C_vessel_evades_capture",
    license=LIC, retrieved=AMG.format("AMALGUM_news_vessel") + " (a photo caption and a quote box repeating Nor's words, with its attribution line, dropped; the opening mark of Gortney's quotation, held as a fragment of its own at the start of its paragraph, attached to its word)",
    text='''Somali pirates attack US-flagged ship, vessel evades capture
Thursday, November 19, 2009
The Maersk Alabama, a US-flagged container ship that was hijacked by Somali pirates seven months ago, was attacked off the coast of Somalia. The pirates, however, could not capture the vessel.
The US Navy's 5th Fleet, based in Bahrain, reported that four pirates riding in a fast skiff came within 270 meters of the container ship. The Maersk Alabama was about 965 kilometers off the northeast coast of Somalia and was steaming toward the Kenyan port city of Mombasa when it came under attack.
The Navy said the crew of Maersk Alabama undertook evasive maneuvers and deployed long-range acoustical devices, which make noise painful to the human ear. The crew also responded with small-arms fire after pirates fired automatic weapons at the ship. The pirates abandoned the attack without causing injuries or damage to the vessel.
Abdullahi Nor, who said he was a spokesman for the pirates, commented on the incident. "We have attacked a ship with an American flag — we tried to throw our ladders for climbing [but] it sped and [has] gone away. It narrowly escaped and opened fire on us. One of our colleagues was injured in the attack." Nor claimed to have communicated with the ship's attackers via satellite telephone.
US Vice Admiral Bill Gortney, from the Naval Forces Central Command, issued a statement in which he praised Maersk Alabama's owner and crew for following maritime industry's best practices, including having a security team on board to help prevent a hijacking.
"Due to Maersk Alabama following maritime industry’s best practices, such as embarking security teams, the ship was able to prevent being successfully attacked by pirates. This is a great example of how merchant mariners can take pro-active action to prevent being attacked," he remarked.
In April, the 155-meter vessel made international headlines when it was seized by pirates who held captain Richard Phillips hostage at gunpoint for five days in a lifeboat. He was freed by US commandos who killed three of the pirates.
A spokesman for the European Naval Force described the second attempted hijacking of the Maersk Alabama as "pure chance."
Wednesday's attack came soon after a report released by the United Nations, which said the presence of international warships off the coast of Somalia, as well as improved efforts by ships to protect themselves, have considerably reduced the number of successful hijackings in the region this year, especially in the Gulf of Aden.
But the report, submitted by UN Secretary General Ban Ki-Moon, noted that intensified anti-piracy activity in the Gulf of Aden is also forcing pirates to hunt for targets in the Indian Ocean, closer to the island nation of the Seychelles.
Since the beginning of October, seven of the eight vessels seized by pirates have been in the vicinity of the Seychelles. Recently, the government began allowing the US Navy to use the airport in the capital Mahe to deploy unmanned aerial vehicles to combat piracy. The Seychelles also signed an agreement last week to allow European warships and military personnel to pursue pirates from the high seas into Seychellian waters and to use necessary force.''',
    quotes=[
        Q('"We have attacked', 'in the attack."', "Abdullahi Nor"),
        Q('"Due to Maersk Alabama', 'being attacked,"', "Bill Gortney"),
        Q('"pure chance."', None, "European Naval Force"),
    ],
    aliases={"Abdullahi Nor": ["Nor"],
             "Bill Gortney": ["US Vice Admiral Bill Gortney"]},
),
]
