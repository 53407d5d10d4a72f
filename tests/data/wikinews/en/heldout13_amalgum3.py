# Held-out English Wikinews articles (tests/data/heldout13-en.jsonl), continued; same source and
# conventions as heldout13_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-israeli-air-strikes-gaza-compounds",
    source="https://en.wikinews.org/wiki/Israeli_air_strikes_hit_government_compounds_in_Gaza",
    license=LIC, retrieved=AMG.format("AMALGUM_news_strikes") + " (two map captions and a rocket photo caption dropped; the Hebrew name of the operation, printed in the copy, kept; '2008' + '–' + '2009' and 'Israel' + '–' + 'Gaza' written without spaces; the copy's mixed straight and curly marks, the reversed opening mark of ”tens ... innocents”, 'missiles strikes', 'launching rocket attacks on and', and both spellings 'Hassanain'/'Hassanein' kept)",
    text='''Israeli air strikes hit government compounds in Gaza
Saturday, December 27, 2008
Israel has launched with at least 30 simultaneous missiles strikes on Hamas installations in Gaza City, causing heavy damage. F-16 fighters targeted security compounds in the city’s centre.
The “massive” air strikes on Saturday have claimed at least 220 lives, including Gaza police chief Maj. Gen. Tawfiq Jaber. More than 700 were injured, while others were still buried under the rubble, according to Health Ministry officer Moawiya Hassanain. Gaza City hospitals, including Shifa Hospital, Gaza’s main treatment center, are crowded with wounded victims. In response thirteen rockets and mortar shells had also hit southern Israel on Friday, damaging an unoccupied house.
Meanwhile, Hamas declared it would retaliate, by launching rocket attacks on and sending suicide bombers to Israel. “Hamas will continue the resistance until the last drop of blood,” warned Hamas spokesman Fawzi Barhoum. Palestinian President Mahmoud Abbas, Hamas’ rival, says he “condemns this aggression” and calls for restraint.
When the Egyptian-mediated truce terminated last week, Israel warned of their potential to launch a major offensive on Gaza, amid senior leaders’ call to topple Hamas. “I will not hesitate to use Israel’s strength to strike at Hamas and Islamic Jihad,” Prime Minister Ehud Olmert announced on Thursday, issuing a dire warning that ”tens of thousands of children and innocents” would be at risk “as a result of Hamas’ actions.” Defense Minister Ehud Barak says Israel has temporarily opened some border crossings Friday to allow humanitarian aid into the Gaza Strip in response to the international community’s pleas.
Two hours after IAF missiles targeted Hamas installations in the Gaza Strip, Palestinian gunmen launched on Saturday a massive attack with Qassam rockets on Israeli territory. Seven struck Ashkelon, killing one person, while another suffered serious injuries, and four others were moderately wounded when their house was hit. They were rushed to the Soroka hospital in Beersheva.
According to the IDF, Hamas militants had further launched more than 110 rockets since Saturday, IDF says. Meanwhile, a Palestinian Ambassador Riyad Mansour has called on the United Nations to condemn the deadly violence. "There is no justification for punishing 1.5 million in the Gaza Strip because of the actions of a few. We hope we don't fail in having a reaction from the Security Council tonight," he said. Dr Moawiya Hassanein has said "we have counted 271 dead and 620 wounded since Saturday."
The 2008–2009 Israel–Gaza conflict, referred to as "Operation Cast Lead" (מבצע עופרת יצוקה - also known as "Operation Solid Lead") by the Israel Defense Forces (IDF), is an Israeli air strike operation launched on December 27, 2008 at 11:30 am local time (9:30 am UTC) against Hamas targets in the Gaza Strip. Israeli officials justified the offensive as a retaliation against daily Palestinian Qassam rocket and mortar fire on Israel's southern communities.''',
    quotes=[
        Q('“massive”', None, None),
        Q('“Hamas will continue', 'drop of blood,”', "Fawzi Barhoum"),
        Q('“condemns this aggression”', None, "Mahmoud Abbas"),
        Q('“I will not hesitate', 'Islamic Jihad,”', "Ehud Olmert"),
        Q('”tens of thousands of children and innocents”', None, "Ehud Olmert"),
        Q('“as a result of Hamas’ actions.”', None, "Ehud Olmert"),
        Q('"There is no justification', 'Council tonight,"', "Riyad Mansour"),
        Q('"we have counted 271', 'since Saturday."', "Moawiya Hassanein"),
        Q('"Operation Cast Lead"', None, None),
        Q('"Operation Solid Lead"', None, None),
    ],
    aliases={"Fawzi Barhoum": ["Hamas spokesman Fawzi Barhoum"],
             "Mahmoud Abbas": ["Palestinian President Mahmoud Abbas"],
             "Ehud Olmert": ["Prime Minister Ehud Olmert"],
             "Riyad Mansour": ["a Palestinian Ambassador Riyad Mansour"],
             "Moawiya Hassanein": ["Dr Moawiya Hassanein", "Moawiya Hassanain", "Health Ministry officer Moawiya Hassanain"]},
),
dict(
    id="wn-en-who-ebola-international-emergency",
    source="https://en.wikinews.org/wiki/WHO_declares_Ebola_outbreak_an_international_emergency",
    license=LIC, retrieved=AMG.format("AMALGUM_news_ebola") + " (a portrait caption of Margaret Chan dropped; the closing marks before the full stop of Chan's, MSF's and Okwo Bele's quotations and the copy's 'current ongoing' and 'WHO have' kept)",
    text='''WHO declares Ebola outbreak an international emergency
Monday, August 11, 2014
On Friday, the World Health Organisation (WHO) stated the West African Ebola outbreak is now an international health emergency.
The current ongoing outbreak of Ebola is the deadliest since the disease was first reported in humans 40 years ago, with nearly 1,000 people reported to have been killed by the disease in this outbreak. So far three countries, Sierra Leone, Liberia, and Nigeria, have declared national emergencies in response to the outbreak, with cases also reported in Guinea. The latter country was reported to have closed its borders with Sierra Leone and Liberia, but an official announcement later clarified they were taking medical precautions on border crossings.
Director-General of WHO Dr Margaret Chan appealed for an international response to the outbreak, calling it "the largest, most severe and most complex outbreak in the nearly four-decade history of this disease". Reports say the comparatively underdeveloped medical infrastructure in the affected countries has hampered efforts to contain the spread of the virus, with Liberia's health system particularly under-equipped for the pressure. Medecins sans Frontieres (MSF) said the health system in Liberia was "falling apart". Health experts and aid workers from Europe and America are already working to help bring the outbreak under control, but MSF and WHO are now calling for more help.
The announcement by WHO has international law implications, and it is expected possible cases will not be allowed to leave the countries affected until it is confirmed they are clear of the virus, with the possibility of travel being denied from any region not meeting the WHO's guidelines. WHO have also warned all nations should prepare to bring their own nationals back to home territory for treatment if infected by the virus, with cases already returned for treatment to the US and Spain.
WHO vaccine chief Jean-Marie Okwo Bele told AFP he expected a possible vaccine against Ebola to start clinical trials next month, stating: "Since this is an emergency, we can put emergency procedures in place [...] so that we can have a vaccine available by 2015". WHO assistant director-general Marie-Paule Kieny admitted, however, to do so the bar set during the testing process would have to be lower, reflecting questions about the ethics of using comparatively untested drugs, and who they should be given to.
Meanwhile, restrictions put in place to limit the spread of the disease are reported to be causing problems among those affected in already impoverished areas. Liberia and Sierra Leone are both reported to have deployed soldiers to limit travel within these countries, with many residents reported to be worried about the effect on their trade and incomes. The Telegraph reported from interviews, there is also resistance to some measures in Liberia, where there is a strong stigma attached to the disease. This has led to many people refusing to report the deaths of family members and hand their bodies over for cremation. There have also been cases of violence towards those seeking to enforce government measures to limit the disease's spread.''',
    quotes=[
        Q('"the largest, most severe', 'of this disease"', "Margaret Chan"),
        Q('"falling apart"', None, "Medecins sans Frontieres"),
        Q('"Since this is an emergency', 'available by 2015"', "Jean-Marie Okwo Bele"),
    ],
    aliases={"Margaret Chan": ["Director-General of WHO Dr Margaret Chan"],
             "Medecins sans Frontieres": ["MSF"],
             "Jean-Marie Okwo Bele": ["WHO vaccine chief Jean-Marie Okwo Bele"]},
),
dict(
    id="wn-en-spacex-falcon-9-test-fire-texas",
    source="https://en.wikinews.org/wiki/SpaceX_successfully_test_fires_Falcon_9_rocket_in_Texas",
    license=LIC, retrieved=AMG.format("AMALGUM_news_spacex") + " (two image links, the 'Have your say' box and the Science and Technology and Space portal lists dropped; the first paragraph, which the copy holds outside a paragraph element, kept as one paragraph; the copy's 'weren’t' with a curly apostrophe and 'government run' kept)",
    text='''SpaceX successfully test fires Falcon 9 rocket in Texas
Monday, November 24, 2008
At 10:30pm on November 23, 2008, near the airport in McGregor, Texas, Space Exploration Technologies Corporation (SpaceX) tested their new Falcon 9 rocket at full thrust for nearly 3 minutes (160 seconds). The engineers then shut down two of the nine engines — in order to limit potential damage to the launch pad — and continued the test for 18 more seconds before finally shutting the rocket down. "We ran the engines just like they would run during flight, but instead of being up in the air, they were held down. They weren’t moving," said Lauren Dreyer, SpaceX's manager for business development. This was the Falcon 9's first major test firing, and it marks a milestone for the company in its plans to capture a section of the commercial launch market.
The test reportedly shook the windows of houses 5 miles away, causing agitation among residents who felt that they had not received adequate warning. "I appreciate the fact that the company notified [the City of] McGregor, but did they not think the test would affect the surrounding communities?" asked commenter Lorena Resident on the website for the Waco Tribune-Herald. Waco lies just east of McGregor.
The Falcon 9 rocket, and its smaller sibling the Falcon 1, are the first rockets capable of entering Low Earth Orbit (LEO) to have their design be privately funded in its entirety. According to SpaceX the Falcon 9 can generate 4 times the maximum thrust of a Boeing 747 while firing in a vacuum, and will eventually be able to perform interplanetary missions in addition to its initial role as an orbital launch vehicle. SpaceX is also designing a crew and cargo capsule for the Falcon 9, which it has named the "Dragon".
SpaceX is a contender for future commercial contracts from various government run space agencies, with NASA expressing particular interest. NASA will be retiring their fleet of Columbia Class Space Shuttles in 2010, but will not have the Shuttles' replacements (the Ares I and Ares V rockets) ready until at least 2014. NASA hopes to fill some of this gap using commercial launches from companies such as SpaceX. SpaceX has already reached an agreement with NASA to conduct three test flights of the Dragon capsule in conjunction with the Falcon 9. The first of these flights is expected in 2009.
Elon Musk, CEO and CTO of SpaceX, said, "The full mission-length test firing clears the highest hurdle for the Falcon 9 first stage before launch. In the next few months, we will have the first Falcon 9 flight vehicle on its launch pad at Cape Canaveral, preparing for lift-off in 2009."''',
    quotes=[
        Q('"We ran the engines', 'weren’t moving,"', "Lauren Dreyer"),
        Q('"I appreciate the fact', 'surrounding communities?"', "Lorena Resident"),
        Q('"Dragon"', None, None),
        Q('"The full mission-length', 'lift-off in 2009."', "Elon Musk"),
    ],
    aliases={"Lauren Dreyer": ["SpaceX's manager for business development"],
             "Lorena Resident": ["commenter Lorena Resident"],
             "Elon Musk": ["CEO and CTO of SpaceX"]},
),
]
