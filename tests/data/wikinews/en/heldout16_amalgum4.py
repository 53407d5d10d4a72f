# Held-out English Wikinews articles (tests/data/heldout16-en.jsonl), continued; see heldout16_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-dolores-oriordan-dies",
    source="https://en.wikinews.org/wiki/Irish_rock_band_The_Cranberries%27_lead_singer_Dolores_O%27Riordan_dies_at_46",
    license=LIC, retrieved=AMG.format("AMALGUM_news_dolores") + " (a photo caption with its reuse-terms link dropped; album and song titles, italic in the copy, kept as plain text)",
    text='''Irish rock band The Cranberries' lead singer Dolores O'Riordan dies at 46
Thursday, January 18, 2018
On Monday, 46-year-old Dolores O'Riordan, lead singer of Irish rock band The Cranberries, was found dead, her publicist Lindsey Holmes confirmed; reports suggested she was found in her room at the London Hilton on Park Lane hotel. O'Riordan's agent said she was in London, England, for a recording session. According to the police, her death was considered "unexplained" and no cause of death disclosed, though it was to be investigated.
Later one of the richest women of Ireland, O'Riordan joined the rock band, then known as "the Cranberry Saw Us", as a teenager around 1989, after Niall Quinn had left the band. Also featuring drummer Fergal Lawler, bassist Mike Hogan and his brother Noel Hogan, the lead guitarist, the band released their first album Everybody Else Is Doing It, So Why Can't We? in 1993. The debut album featuring single Linger was an international success. The band went on to release six more albums featuring O'Riordan's voice, including Something Else, which was released last year.
A year later, in 1994, the band released their second studio album, No Need to Argue, which featured the song Zombie, a song about bombings related to Northern Ireland. Zombie topped the singles charts in various countries. In the same year, O'Riordan married Don Burton, sometime manager of the Duran Duran band. Their third album, To the Faithful Departed, was released in 1996. The album did not receive the acclamation of the first two.
In 2003, the band split, and it was reunited in 2009. During those six years, O'Riordan released two solo albums — Are You Listening? in 2007 and No Baggage in 2009. 2012's Roses was the first album The Cranberries released after reunification.
Last year, O'Riordan revealed through London's Metro newspaper she had been diagnosed with bipolar disorder. She also spoke of suffering from depression to The Irish News. In 2014, the singer was involved in assaulting a flight attendant and three police officials on a flight from New York, US to Ireland. She was fined €6000 (US$6600) after she pleaded guilty; medical reports said she suffered from mental illness during that incident. Last year, the band's tour to North America and Europe for Something Else was cancelled partway through as O'Riordan suffered from a back problem.
After announcement of O'Riordan's death, Irish prime minister Leo Varadkar tweeted, "For anyone who grew up in Ireland in the 1990s, Dolores O'Riordan was the voice of a generation. As the female lead singer of a hugely successful rock band, she blazed a trail and might just have been Limerick's greatest ever rock star. RIP."
The official twitter handle of The Cranberries posted a tweet saying, "We are devastated on the passing of our friend Dolores. She was an extraordinary talent and we feel very privileged to have been part of her life from 1989 when we started the Cranberries. The world has lost a true artist today."
Born on September 6, 1971 in Ballybricken, a town in southeastern Ireland, O'Riordan had six older siblings. She wrote songs since the age of twelve. James Walton, a priest from her home area, said, "The plan is for her to be buried here at home. When that will be will depend on when her body is released."
Dolores O'Riordan is survived by three children and ex-husband Don Burton.''',
    quotes=[
        Q('"unexplained"', None, "police"),
        Q('"the Cranberry Saw Us"', None, None),
        Q('"For anyone who grew up', 'rock star. RIP."', "Leo Varadkar"),
        Q('"We are devastated', 'artist today."', "The Cranberries"),
        Q('"The plan is for her', 'body is released."', "James Walton"),
    ],
    aliases={"Leo Varadkar": ["Irish prime minister Leo Varadkar"],
             "police": ["the police"]},
),
dict(
    id="wn-en-stingray-kills-singapore-diver",
    source="https://en.wikinews.org/wiki/Stingray_kills_head_diver_of_Underwater_World_Singapore",
    license=LIC, retrieved=AMG.format("AMALGUM_news_stingray") + " (a photo caption dropped; the copy's '&amp;' restored as '&'; the mark after Tan's first quotation, tagged as closing in the copy but opening his second one, attached to its word)",
    text='''Stingray kills head diver of Underwater World Singapore
Friday, October 7, 2016
Following an accidental death at the closed Underwater World Singapore (UWS) aquarium in Sentosa on Tuesday, operations to relocate the facility's animals have been suspended.
Phillip Chan, 62, the head diver of the defunct facility, was moving stingrays in preparation for transfer to another aquarium when one of them stung him in the chest. Singapore newspaper The New Paper reported no prior such stingray incident was known to have occurred in Singapore. Australian conservationist Steve Irwin died in a similar manner in 2006.
Following a call to the Singapore Civil Defense Force at 2:20 pm, Chan was found near the entrance of UWS, where attempts were made to resuscitate him via CPR. He was taken to Singapore General Hospital, where he died from his injuries. While Chan's colleagues declined to comment to The New Paper, a staff member at Shangri-La's Rasa Sentosa Resort & Spa, who witnessed Chan being taken away by ambulance, stated, "It all happened very quickly. The ambulance came and quickly left the premises. I've never seen such an incident happening here before."
UWS operator Haw Par Corporation described Chan as a "veteran diver, aquarist and animal caregiver who had been caring for the aquatic animals at UWS since its opening in 1991". Ten staff, including Chan, remained at UWS after its closure on June 27 to facilitate care for its animals until they could be suitably relocated. In addition to assisting the Ministry of Manpower's (MOM) Occupational Safety and Health Inspectorate with their investigations, Haw Par has pledged Chan's family "all possible support and assistance". Due to Chan's death, MOM has ordered the cessation of animal transfers from UWS while investigations are pending.
In an interview with The New Paper, Dr. Tan Heok Hui, an ichthyologist and Lee Kong Chian Natural History Museum operations officer, stated, "Stingrays attack when they feel threatened, cornered or alarmed. Sometimes, a stingray might feel threatened when someone accidentally steps on it. Stingrays have backward pointing barbs on the spine that have serrated edges. They don't just cause physical pain, the toxins in the spine can also cause extreme discomfort. When a spine pierces human flesh, it breaks and releases toxins into the flesh."
Stingray venom contains serotonin, a neurotransmitter that can induce severe muscle contractions. According to Dr Tan, "If a victim is hit in vital organs like the chest area, it may trigger a cardiac arrest, which could subsequently be fatal". "Stingrays are not usually aggressive, and choose defensive methods to protect themselves. However, stingrays are still wild animals, and when provoked and left with no choice, they will defend themselves using their sting."
In an interview with The New Paper at the time of UWS' closure in June, Chan said of the animals he worked with, whom he described as his "band of friends", "They are so quietly tame. [...] We intend to find them the best homes and environment. The next time I see them, I might not recognise them any more but if I dive, they might recognise me."
Chan's work at UWS entailed diving into the tanks and feeding the animals whilst visitors took photos. In an interview at the time with The Straits Times, Chan stated, "I treat [the animals] like my babies." Chan also related anecdotes where he was bitten by sharks who mistook him for fish, releasing him when they recognised their mistake, describing the animals as "gentle". "Whenever I get in danger," said Chan, "I just keep calm. I can overcome any danger by just being calm".
MOM stated of Chan's death, "The Ministry of Manpower was informed about an incident that took place at Underwater World Singapore Pte Ltd’s premises at Siloso Road on 4 October 2016. Officers from MOM's Occupational Safety and Health Inspectorate responded to the scene immediately and commenced investigations. Preliminary findings indicate that a worker was pierced in his chest by the barb of a stingray while he was in the midst of transferring the stingray from its tank. He was conveyed to hospital where he subsequently succumbed to this injuries. MOM has instructed the occupier to stop all activities associated with the transferring of sea animals. Investigations are ongoing."''',
    quotes=[
        Q('"It all happened', 'here before."', None),
        Q('"veteran diver', 'opening in 1991"', "Haw Par Corporation"),
        Q('"all possible support and assistance"', None, "Haw Par Corporation"),
        Q('"Stingrays attack', 'into the flesh."', "Tan Heok Hui"),
        Q('"If a victim', 'be fatal"', "Tan Heok Hui"),
        Q('"Stingrays are not usually', 'their sting."', "Tan Heok Hui"),
        Q('"band of friends"', None, "Phillip Chan"),
        Q('"They are so quietly', 'recognise me."', "Phillip Chan"),
        Q('"I treat [the animals]', 'my babies."', "Phillip Chan"),
        Q('"gentle"', None, "Phillip Chan"),
        Q('"Whenever I get in danger,"', None, "Phillip Chan"),
        Q('"I just keep calm.', 'being calm"', "Phillip Chan"),
        Q('"The Ministry of Manpower was', 'are ongoing."', "Ministry of Manpower"),
    ],
    aliases={"Haw Par Corporation": ["UWS operator Haw Par Corporation", "Haw Par"],
             "Tan Heok Hui": ["Dr. Tan Heok Hui", "Dr Tan"],
             "Phillip Chan": ["Chan"],
             "Ministry of Manpower": ["MOM"]},
),
]
