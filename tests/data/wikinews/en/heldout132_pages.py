# Held-out English news pages (tests/data/heldout132-en.jsonl), none of them used in an earlier set. Voice of America
# stories of about 2009-2021 on wildlife, health, climate, drought and astronomy in Africa and Asia, works of the US
# government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages` search corpus): the VOA
# report on the Kenyan origin of an ivory shipment seized in Vietnam (2009, preview page of VOA's own content system
# voa.pangea-cms.com), the VOA report on HIV/AIDS and MSF's film series 'See What We See' (voanews.com), and four copies
# on other sites: Mohammed Yusuf's VOA report on a Kenyan community and elephant poaching (savetheelephants.org, which
# credits 'Mohammed Yusuf, Voice of America'), a VOA story on Asian lawmakers and climate change at an Inter-Parliamentary
# Union meeting in Vietnam (newdelhitimes.com; the text itself says 'Thai officials told VOA'), a VOA Learning English
# story on a moon-forming disk around the exoplanet PDS 70c (tkhsh.net, under its 'Learning English Broadcast' heading)
# and a VOA report on the El Niño drought in Somaliland, Ethiopia and Malawi (yy.chazidian.com, a VOA listening site).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines, bylines, author and
# date labels, photo captions and video labels are dropped; spaces at the end of a stored line are dropped; wording,
# spelling ('Its been buried', 'so may of them') and quotation marks (straight or curly, as stored) are as
# stored. Annotated by reading the pages, before whosaid was run on them (rules H1005-H1009 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout132-en.jsonl

Built by `build.py` from `heldout132_pages.py`. Like heldout22-en, heldout24-en, heldout98-en, heldout123-en,
heldout126-en and heldout129-en, these texts are Voice of America stories taken from stored web pages (the `pages`
search corpus), none of them used in a set above, this time on wildlife, health, climate, drought and astronomy: the VOA
report of 2009 on the ivory shipment seized in Haiphong (preview page of VOA's content system voa.pangea-cms.com: Paul
Udoto of the Kenya Wildlife Service, Ian Douglas-Hamilton of Save the Elephants), the VOA report on HIV/AIDS in Africa
and MSF's film series (voanews.com: Dr. Amir Shroufi), and four copies on other sites: Mohammed Yusuf's VOA report on a
Kenyan community and elephant poaching (savetheelephants.org: the poacher Letopas, John Pameri of Lewa, the elder Lela
Kinyaga), the VOA story on Asian lawmakers and climate change (newdelhitimes.com: Martin Chungong of the IPU, Chaiyuth
Promsookt), the VOA Learning English story on the moon-forming disk around PDS 70c (tkhsh.net: Myriam Benisty) and the
VOA report on the El Niño drought in Africa (yy.chazidian.com: Mohamed Omar, Peter de Clercq, Hawo Rayab, Liza Fatchi).
All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another
third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped
is noted per page). Site lines, bylines, captions and video labels were dropped; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text, including the other helpers' worktrees). The set is small: many VOA pages found were
already used (the 2006 drought report with Henry Josserand, heldout104-en; the 2012 Sahel report with David Gressly,
heldout27-en) or quote only one passage in their stored part. The annotation (rules H1005–H1009 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2009-05-kenya-probes-ivory-shipment-seized-in-vietnam",
    source="https://voa.pangea-cms.com/preview/en-US/a/kenya-authorities-probing-illegal-shipments-of-elephant-tusks-93320464/154404.html",
    license=PD, retrieved=PAGES + " (VOA report of May 2009 on the preview page of VOA's own content system; the stored page has no headline line and begins with the lead; the paragraph 'In 2008, for the first time in a decade, poachers bega...', cut in the stored copy, dropped)",
    text='''Wildlife authorities in Kenya are investigating reports that a large illegal shipment of elephant tusks recently discovered by customs officials in Vietnam originated in Kenya. A Nairobi-based conservationist says elephant poaching in the east African country has reached critical levels in recent years.
Last week, customs officials in the northern Vietnamese port city of Haiphong said that they had seized nearly two metric tons of illegal ivory on April 28. The officials said the shipment was from Kenya destined for China.
A spokesman for Kenya Wildlife Service, Paul Udoto, tells VOA that efforts are under way to determine whether the shipment contains the tusks of Kenyan elephants.
"We want to get the export documents to determine the exact origin, after which we will also do DNA tests on the ivory to determine if indeed they came from Kenya," said Paul Udoto. "It is possible that the ivory may well have just passed through Kenya in transit."
The founder of Save the Elephants organization, Ian Douglas-Hamilton, says it is equally possible that the seized ivory came from the carcasses of illegally hunted elephants in Kenya.
"We have been monitoring the illegal killing of elephants in the north of the country and there has been a huge increase over the last few years," said Ian Douglas-Hamilton. "So, I am afraid this big seizure is a very bad indication of the direction that things are going. And if we are not careful, we will end up with the same situation that we had for elephants in the 1970s and the 1980s, when we lost something like three-fourths of our wild elephants in that time."
International ivory trade was banned in 1989, but it has done little to curb demand largely from Asia.
The black market price for elephant ivory is about $20 per kilogram and rising, making poaching a sought-after job among poor rural Kenyans. Conservationists say as many as 35,000 elephants throughout the country may be at risk.''',
    quotes=[
        Q('"We want to get the export', 'from Kenya,"', "Paul Udoto"),
        Q('"It is possible that the ivory', 'in transit."', "Paul Udoto"),
        Q('"We have been monitoring', 'few years,"', "Ian Douglas-Hamilton"),
        Q('"So, I am afraid', 'in that time."', "Ian Douglas-Hamilton"),
    ],
    aliases={"Paul Udoto": [], "Ian Douglas-Hamilton": []},
),
dict(
    id="voa-en-2015-08-kenyan-community-cracks-down-on-elephant-poaching",
    source="https://www.savetheelephants.org/news/kenyan-community-cracks-down-on-elephant-poaching/",
    license=PDC, retrieved=PAGES + " (copy of Mohammed Yusuf's VOA report of August 2015 on savetheelephants.org, credited there 'Mohammed Yusuf, Voice of America'; the site labels 'Author(s)', 'Date Published' and 'See link for video' and the credit line dropped; spaces at the end of two lines dropped; 'Its been buried', 'so may of them' and 'wildlife is benefit to them' as stored; the paragraph 'But for poachers like Letopas, it will be another ...', cut in the stored copy, dropped)",
    text='''Kenyan Community Cracks Down on Elephant Poaching
As the world marks World Elephant Day this week, conservationists hope to raise awareness of the plight of elephants and focus on greater protection.
In Eastern Kenya’s Game Reserve local communities live side by side with wild animals, but in recent years there has been an increase in poaching activities.
In the town of Samburu, government agencies have increased patrols to nab those behind the crimes. There is a constant police and wildlife presence here in the hunt for ivory sellers and buyers.
But behind a hill lies one of many ivory tusks buried in the ground. A poacher reveals one of three tusks he claims to have in his possession.
“Its been buried three years, we did that because we are afraid of the Criminal Investigation Department, they are so may of them here,” said Letopas. “We don’t have any other way to sell the ivory tusk, that’s when we decided to tell this guy to look for U.S. buyers.”
In March, Kenya’s president Uhuru Kenyatta burned 15 tons of elephant ivory as part of an effort to curb poaching.
There are other efforts being made to curb poaching in the eastern reserve.  Conservationist organizations like the Lewa Wildlife Conservancy and other donors are giving back to the communities where these animals live.
At one school there is a feeling that children’s lives can be transformed through education.
“Everything is linked to conservation, linked to wildlife and it really helps a lot in terms of stopping poaching, reducing poaching and people to understand that wildlife is benefit to them,” said John Pameri, head of security for Lewa.
Lela Kinyaga, a community elder, agrees.
“There is a lot of benefit these animals can bring while they are alive than when they are killed because it only benefits the one who killed it,” he said.''',
    quotes=[
        Q('“Its been buried', 'so may of them here,”', "Letopas"),
        Q('“We don’t have any other way', 'U.S. buyers.”', "Letopas"),
        Q('“Everything is linked', 'benefit to them,”', "John Pameri"),
        Q('“There is a lot of benefit', 'who killed it,”', "Lela Kinyaga"),
    ],
    aliases={"Letopas": [], "John Pameri": [], "Lela Kinyaga": []},
),
dict(
    id="voa-en-2013-hiv-aids-epidemic-still-ravaging-african-countries",
    source="http://www.voanews.com/content/hivaids-africa-drc-lesotho-south-africa-msf-arts-treatment-access-film-series/1809629.html",
    license=PD, retrieved=PAGES + " (VOA report by Kim Lewis of late 2013 on voanews.com; the section line 'News / Africa', the photo caption (printed four times) and the byline 'Kim Lewis' dropped; a space at the end of two lines dropped; the paragraph '“Every minute, a young woman is infected with HIV,” said Dr. Shroufi, “and AIDS remains the bigg...', cut in the stored copy, dropped)",
    text='''HIV/AIDS Epidemic Still Ravaging African Countries
Major progress has been made in Africa’s fight against HIV/AIDS but one of the major problems remaining is giving the thousands living with AIDS the drug therapies that can let them live a long life.
“In terms of the reality, unfortunately the reality is that while there’s been huge progress made in the fight against AIDS, there still remains a huge amount of more to do,” said Dr. Amir Shroufi, deputy medical coordinator for MSF in South Africa.
The international medical aid group Doctors Without Borders, also known by the acronym, MSF, recently launched a series of films entitled “See What We See” on the HIV/AIDS epidemic.
The films highlight the reality that the fight against HIV/AIDS is not over -- despite important achievements.  The film series features first-hand accounts of patients and doctors in South Africa, Lesotho, the Democratic Republic of Congo, and the Asian country, Myanmar. The reports describe problems treating HIV in the field, while highlighting innovative tools and strategies that work in combating the disease.''',
    quotes=[
        Q('“In terms of the reality', 'more to do,”', "Amir Shroufi"),
        Q('“See What We See”', None, None),
    ],
    aliases={"Amir Shroufi": ["Dr. Amir Shroufi"]},
),
dict(
    id="voa-en-2019-asian-lawmakers-region-pivotal-in-fighting-climate-change",
    source="https://www.newdelhitimes.com/asian-lawmakers-region-pivotal-in-fighting-climate-change123/",
    license=PDC, retrieved=PAGES + " (copy of a VOA story on newdelhitimes.com; the text says 'Thai officials told VOA'; the stored part shows no credit line; the site's category line 'Asia Environment Latest Stories' dropped; the paragraph 'He said the government set a goal of maintaining at least 40-percent forest cover ... Th', cut in the stored copy, dropped)",
    text='''Asian Lawmakers: Region Pivotal in Fighting Climate Change
Asian lawmakers say their region is pivotal to any global efforts at limiting climate change and they are committed to finding solutions.
At a just concluded meeting of the Inter-Parliamentary Union (IPU) in Vietnam, lawmakers from countries across the region gathered to share their fears stemming from hotter global temperatures – as well as what to do about it – from incorporating the input of indigenous peoples, to carving out underground reservoirs for times of flooding.
“Climate change has no passport,” IPU Secretary-General Martin Chungong said at the three-day meeting in Ho Chi Minh City, which ended Saturday. “It’s cross-national.”
The host city also exemplified why the Asia-Pacific region is at the center of environmental concerns worldwide. The region has one billion urban dwellers, more than the rest of the globe combined, according to the U.N. Development Program. And urbanites have an outsized impact on their ecosystems.
Ho Chi Minh City, a massive metropolis of 10 million people, generates waste and consumes water at a volume equal to 17 times the average across Vietnam, said the city’s Communist Party chief, Nguyen Thien Nhan.
He later led the parliamentarians down to the Mekong Delta to plant mangrove trees and witness the coastal erosion of what Vietnam says is among the world’s top three deltas threatened by climate change.
Thai officials told VOA they would be planting mangroves after they returned from the Vietnam trip, too.
“The most imminent threat to Thailand in terms of climate change is first, of course, deforestation and the reduction of green [areas] in Thailand,” Chaiyuth Promsookt, chair of the Thai National Assembly’s committee on natural resources and environment, said on the sidelines of the conference.''',
    quotes=[
        Q('“Climate change has no passport,”', None, "Martin Chungong"),
        Q('“It’s cross-national.”', None, "Martin Chungong"),
        Q('“The most imminent threat', 'in Thailand,”', "Chaiyuth Promsookt"),
    ],
    aliases={"Martin Chungong": ["IPU Secretary-General Martin Chungong"], "Chaiyuth Promsookt": []},
),
dict(
    id="voa-en-2021-scientists-identify-moon-forming-disk-around-planet",
    source="https://tkhsh.net/edu/",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of 2021 on a personal links page, under its heading 'Learning English Broadcast'; the page's list of links and the heading's description dropped; the story is stored as one run of text with no paragraph breaks and is kept as one paragraph after its title line; the sentence 'PDS 70c is a gas giant discovered in 2019, the U.S. space agency NASA says.' and the cut sentence after it ('It ...') dropped, so the paragraph ends on the last complete sentence before the cut)",
    text='''Scientists Identify Moon-Forming Disk Around Planet Outside Solar System
Scientists say they have clearly identified for the first time a moon-forming area around a planet beyond our solar system. The ring-shaped area surrounds an exoplanet called PDS 70c. An exoplanet is a planet that orbits a star outside our solar system. The identified region is known as a circumplanetary disk. This is an area surrounding a planet where moons and other satellite objects can form. The disk is made up of gas and dust. Researchers from the ALMA observatory, which operates from Chile’s Atacama desert, made the discovery. ALMA is the largest radio telescope in the world. Astronomers had previously found signs of moon-forming disks around this exoplanet and others. They say, however, that in the past they were not able to clearly differentiate the disk from the surrounding environment.   The team says the new finding may help scientists better understand how moons and planets form in young star systems. The results were recently published in a study in The Astrophysical Journal Letters. Myriam Benisty is a researcher who helped lead the study for the University of Grenoble in France and the University of Chile. “Our work presents a clear detection of a disk in which satellites could be forming,” she said in a statement. Benisty added that the ALMA observations provided results of such high quality “that we could clearly identify that the disk is associated with the planet.”''',
    quotes=[
        Q('“Our work presents', 'could be forming,”', "Myriam Benisty"),
        Q('“that we could clearly identify', 'with the planet.”', "Myriam Benisty"),
    ],
    aliases={"Myriam Benisty": ["Benisty"]},
),
dict(
    id="voa-en-2016-el-nino-drought-hits-africa",
    source="https://yy.chazidian.com/show-213451",
    license=PDC, retrieved=PAGES + " (copy of a VOA report of early 2016 on the El Niño drought on yy.chazidian.com, a VOA listening site; the stored page has no headline line and begins with the lead; the paragraph 'Malawi's president has dec...', cut in the stored copy, dropped)",
    text='''Many parts of Asia, Africa and the Americas are scorching in heat caused by a cyclical phenomenon known as El Niño. The unusually warm waters that come up to the surface in the Pacific Ocean every three to six years cause extreme weather conditions. The resulting drought is especially hard on the poorest people of sub-Saharan Africa.
Somaliland is one of the poorest African regions. Its rural population is struggling to make a living in the best of times, but drought makes it impossible.
"I am 80. In the 80 years of my life, I've never seen such severe drought. It has killed so many animals and caused so much famine. Our lives are in danger," said Mohamed Omar, a farmer.
The situation is similar in the neighboring Puntland region and parts of Ethiopia. The United Nations last month called for urgent aid to save 1.7 million people in the affected parts of Somalia.
"Communities are losing their means for survival, and we need to stop this loss of lives and forced displacement as people have no other option than to move in search of food, water and income," said Peter de Clercq, a U.N. humanitarian coordinator.
But when there is no food and water for miles and miles around, moving may be futile. Some Ethiopian farmers have crossed the border to try to escape famine.
"The drought has been raging for three years in Ethiopia. We were told that there were pastures on the other side of the border. But when we got here, we found nothing," said farmer Hawo Rayab.
Ethiopia, Africa's second most populous country, is in the grip of its worst drought in decades. The government is appealing for aid to help 10 million affected people.
The food shortage is also grave in Malawi, which has not yet recovered from last year's record flooding.
"Before the floods, my child was doing well. But after we lost our crops, my child got sick and became malnourished. That is what made me come to this hospital for treatment and food," said Liza Fatchi, a Malawian woman.''',
    quotes=[
        Q('"I am 80.', 'in danger,"', "Mohamed Omar"),
        Q('"Communities are losing', 'and income,"', "Peter de Clercq"),
        Q('"The drought has been raging', 'found nothing,"', "Hawo Rayab"),
        Q('"Before the floods', 'treatment and food,"', "Liza Fatchi"),
    ],
    aliases={"Mohamed Omar": [], "Peter de Clercq": [], "Hawo Rayab": [], "Liza Fatchi": []},
),
]
