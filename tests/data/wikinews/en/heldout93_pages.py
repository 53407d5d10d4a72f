# Held-out English news pages (tests/data/heldout93-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on Africa and Latin America, works of the US government in the public
# domain: Kenya's opposition leader Raila Odinga demanding a new presidential election (2017, on the site of VOA's Studio 7
# for Zimbabwe, voazimbabwe.com), the Honduran migrant caravan (2018, Mike Pence), a VOA press release on Haitian President Rene Garcia Preval's interview after the earthquake (2010, insidevoa.com),
# two Liberian election stories with Ellen Johnson Sirleaf (2005, 2017), and four South Sudan stories (Riek Machar's VOA
# interview and his rejection of Salva Kiir's offer, 2014; the government's reply by ambassador John Akec Khoc, 2014, on
# VOA's own preview address voa.pangea-cms.com; spokesman James Gadet Dak on Machar's return to Juba, 2016) and the
# Venezuelan crisis of February 2019 (Juan Guaido, General Francisco Yanez). None is
# marked as from AP, Reuters or AFP (VOA cites them as sources of what people told them). Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# Navigation ('Accessibility links', 'Breaking News', 'News / Africa'), photo captions, bylines and the search corpus's date
# field are dropped; wording, spelling ('a elderly man', 'natIon'), inner spacing and quotation marks (straight, curly or
# mixed, a stray opening mark included, as stored) are kept. Annotated by reading the pages, before whosaid was run on them
# (rules H620-H625 in ANNOTATION.md on top of H1-H604).
VOA = "public domain (VOA, US government work)"
VOAP = "public domain (VOA, US government work; VOA press release on insidevoa.com)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout93-en.jsonl

Built by `build.py` from `heldout93_pages.py`. Like heldout22-en, heldout24-en, heldout84-en and heldout90-en, these texts
are stored web pages (the `pages` search corpus) of the Voice of America, none of them used in a set above, this time on
elections, conflicts and migration in Africa and Latin America, 2005 to 2019: Kenyan opposition leader Raila Odinga
demanding a new presidential election (2017, on voazimbabwe.com, the site of VOA's Studio 7 for Zimbabwe), the Honduran
migrant caravan of October 2018 (Vice President Mike Pence), a VOA press release on its interview with Haitian President Rene Garcia Preval after the
2010 earthquake (insidevoa.com), two Liberian election stories with Ellen Johnson Sirleaf (2005 and 2017), and four South
Sudan stories (Riek Machar's VOA interview on his resistance movement and his rejection of President Salva Kiir's offer,
2014; the government's reply by ambassador John Akec Khoc, 2014, on VOA's own preview address voa.pangea-cms.com;
spokesman James Gadet Dak on Machar's return to Juba, 2016), and the Venezuelan crisis of February 2019 (opposition leader
Juan Guaido, General Francisco Yanez). All are US government works in the public domain; none is marked as from AP, Reuters or AFP. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Navigation lines, photo captions, bylines and the search corpus's date field were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by 8-word overlap with every existing text). The annotation (rules H620–H625 in
`ANNOTATION.md` on top of H1–H604) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-kenya-odinga-demands-new-election-2017",
    source="https://www.voazimbabwe.com/a/political-tensions-kenya/4091242.html",
    license=VOA, retrieved=PAGES + " (VOA story on the site of VOA's Studio 7 for Zimbabwe; " + DROP_NAV + ", the photo caption under the headline and the caption line 'Youth have started arming themselves ...', stored twice, dropped; the paragraph 'Tension and hatred between the two sides over land rights ...', cut in the stored copy, dropped)",
    text='''Kenya Opposition Leader Demands New Presidential Election
Kenyan opposition leader Raila Odinga is demanding a new presidential election within 90 days, saying the country is in "grave danger" from political violence.
Odinga spoke to the Associated Press, three days after he boycotted Thursday's rerun of the August election, whose results were thrown out by the Supreme Court because of irregularities.
Odinga called Thursday's vote invalid because President Uhuru Kenyatta faced no opposition.
"It was Uhuru versus Uhuru," Odinga told the AP. He also said the president is trying to "destroy other institutions of governance in our country."
Odinga accused the United States and other Western diplomats of being "very irresponsible" for urging Thursday's repeat vote.
"Us, we are talking about credible elections...they say any election is OK. They say they are Kenya's friends...if they are our friends, then we do not need enemies," he told AP.
Odinga said he is willing to talk with the Kenyatta government on holding a free and fair election, while, at the same time calling for strikes, boycotts, and peaceful protests to pressure Kenyatta.
With nearly all the ballots counted, the election commission gives Kenyatta about 7 million votes -- a number Odinga says has to be inflated because of a low turnout by the number of registered voters.
Post-election violence has left at least eight people dead in Kenya, including a elderly man possibly murdered in the Koguta region - an area situated between the Kalenjin community which supports Kenyatta and the Luo community which backs Odinga.''',
    quotes=[
        Q('"grave danger"', None, "Raila Odinga"),
        Q('"It was Uhuru versus Uhuru,"', None, "Raila Odinga"),
        Q('"destroy other institutions', 'in our country."', "Raila Odinga"),
        Q('"very irresponsible"', None, "Raila Odinga"),
        Q('"Us, we are talking', 'need enemies,"', "Raila Odinga"),
    ],
    aliases={"Raila Odinga": ["Odinga"]},
),
dict(
    id="voa-en-honduran-migrant-caravan-grows-2018",
    source="https://www.voanews.com/a/honduras-migrants/4613718.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + ", the photo caption under the headline and the Pence photo caption, stored twice, dropped; the paragraph 'U.S. President Donald Trump has threatened to cut off aid ...', cut in the stored copy, dropped)",
    text='''Honduran Migrant Caravan Grows as it Moves Toward the US
The migrant caravan that started in San Pedro Sula in northern Honduras has grown as it crosses the country.
Some are walking. Some are in vehicles. But they all seem to have a common goal -- they want a better life.
Many of them want to seek that life in the United States.
March organizer Bartolo Fuentes told Reuters that participants are fleeing poverty and violence back home.
San Pedro Sula has one of the world's highest murder rates.
Sixty-four percent of the households in Honduras live in poverty.
The population of the caravan has swelled to an estimated 1,700 from the initial 1,000 who left San Pedro Sula.
Word of the mass migration has spread through local and social media.
Many had already planned to leave Honduras and felt traveling in a large group would lessen their chances of falling victim to robbery and assault.
The Associated Press reports that "families arrived with infants in their arms and toddlers in strollers...most carrying little more than a backpack."
U.S. Vice President Mike Pence recently told the presidents of Honduras, El Salvador and Guatemala to stop the mass migrations.
"Tell your people: Don't put your families at risk by taking the dangerous journey north to attempt to enter the United States illegally," Pence said.''',
    quotes=[
        Q('"families arrived', 'than a backpack."', "Associated Press"),
        Q('"Tell your people:', 'illegally,"', "Mike Pence"),
    ],
    aliases={"Mike Pence": ["Pence"]},
),
dict(
    id="voa-en-haiti-preval-urges-clean-up-2010",
    source="https://www.insidevoa.com/a/a-13-34-2010-02-04-voa2-111612379/178396.html",
    license=VOAP, retrieved=PAGES + " (VOA press release on insidevoa.com, VOA's own public-relations site; " + DROP_NAV + "; the deck line under the headline kept (H600); the paragraph 'Stories, audio reports, photos, video and surviva...', cut in the stored copy, dropped)",
    text='''Haitian President Urges Swift Clean-Up Before Next Hurricane Season
Removing dead bodies and sheltering more than a million people remain priorities
Washington, D.C., February 4, 2010 – Haitian President Rene Garcia Preval told VOA in an exclusive interview that removing dead bodies and sheltering more than a million people remain priorities in the earthquake devastated country.
“We still have dead bodies under the rubble,” said President Preval. He expressed concern that this would become a source of disease if not dealt with quickly. He added that “more than one million people are on the street” and that the Haitian government needs 200,000 tents to shelter them.
The Haitian president traced his country’s problems to four hurricanes that struck during the summer of 2008. “So many people moved from the rural areas to Port-au-Prince after the hurricanes and the infrastructure was never rebuilt.” He added that, “if we don’t prepare for the hurricane season, we face another catastrophe. I am trying to get relief for the people and prepare for the hurricane season.”
During the interview, President Preval told VOA’s audience that he was grateful for the aid his country has received from the international community.
When asked about the American missionaries who were detained for attempting to transport Haitian children across the border into the Dominican Republic, President Preval said, “We cannot accept that foreigners come and take young Haitian children without any documentation. We don’t know if the parents gave the children freely, and an investigation will proceed to determine what happened.”
VOA Creole has long been a trusted source of news and information in Haiti and is the most popular international broadcaster in the country with a weekly audience reach of just over 50% of the adult population, according to independent survey research.''',
    quotes=[
        Q('“We still have dead bodies under the rubble,”', None, "Rene Garcia Preval"),
        Q('“more than one million people are on the street”', None, "Rene Garcia Preval"),
        Q('“So many people moved', 'never rebuilt.”', "Rene Garcia Preval"),
        Q('“if we don’t prepare', 'hurricane season.”', "Rene Garcia Preval"),
        Q('“We cannot accept', 'what happened.”', "Rene Garcia Preval"),
    ],
    aliases={"Rene Garcia Preval": ["Preval"]},
),
dict(
    id="voa-en-liberia-sirleaf-confident-2017",
    source="https://www.voanews.com/a/liberian-president-confident-in-her-country-future/4038637.html",
    license=VOA, retrieved=PAGES + " (the stored copy has no headline and begins with the lead, none is added (H131); the search corpus's date field 'date 2017-09-21' before the lead is not page text and is dropped; the subheading 'A special relationship' is kept as the last line; the paragraph '\"Liberia has a long historical, traditional, relationship ...', cut in the stored copy, dropped)",
    text='''Liberian President Ellen Johnson Sirleaf is confident she has paved the way for the country to hold free and fair elections next month and for future leaders to maintain peace in the country.
In an exclusive interview with VOA Africa division's Peter Clottey, Sirleaf said that institutions are in place to ensure the country remains peaceful through and after the transition.
"We've established democracy," she said Wednesday, noting that she held elections even for positions within her own party during her 12 years as president.
"That's the way it ought to be. I've already done that. I've done all that it took to prepare them to be very competitive in the elections that are coming," she said.
Sirleaf has led the country since the elections in 2005, after the second civil war, but her legally mandated two terms are up. Twenty candidates from 26 different parties are running to replace her. They have been facing off in a series of public debates, a first for Liberia.
When asked whether she was concerned about transparency in the upcoming elections, Sirleaf said that Liberia's elections commission has already established its credibility, and that she fully expects elections to be free, transparent, and credible.
"Now there are bound to be some snafus, you know, some scuffles... competition brings, politics bring scuffles," she said. "We expect that... but in the end I think we're going to have a good election."
Speaking on the sidelines of the U.N. General Assembly in New York, hours after a working lunch with other African leaders and U.S. President Donald Trump, Sirleaf said she was pleasantly surprised when, upon introducing herself to her American counterpart, he said he knew who she was.
A special relationship''',
    quotes=[
        Q("\"We've established democracy,\"", None, "Ellen Johnson Sirleaf"),
        Q("\"That's the way it ought to be.", 'that are coming,"', "Ellen Johnson Sirleaf"),
        Q('"Now there are bound', 'bring scuffles,"', "Ellen Johnson Sirleaf"),
        Q('"We expect that...', 'good election."', "Ellen Johnson Sirleaf"),
    ],
    aliases={"Ellen Johnson Sirleaf": ["Sirleaf"]},
),
dict(
    id="voa-en-liberia-too-early-for-celebration-2005",
    source="https://www.voanews.com/a/a-13-2005-11-15-voa21/293776.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph '\"We'll be doing lots of things, ...', which continues the quotation and is cut in the stored copy, dropped, so the kept quotation paragraph ends unclosed)",
    text='''Election Officials in Liberia Say Too Early for Johnson-Sirleaf Celebration
Election officials in Liberia say even though all votes have been counted, it's too early for a celebration by former finance minister Ellen Johnson-Sirleaf. They say a hearing on complaints by her opponent former soccer great George Weah is still pending.
All votes have now been counted, giving Mrs. Johnson-Sirleaf 59.4 percent in the preliminary tally.
But election officials say she has no right to declare herself the winner, only they do, and under law, their deadline to certify results is November 23.
Before that, hearings will begin Wednesday on charges by Mr. Weah, there was large-scale cheating, something international observers and journalists did not witness first hand.
Observers also say the fraud charges that Mr. Weah has been able to document, if they are accepted, would not be on a scale large enough to overturn the results, with him trailing by nearly 19 percentage points.
If certified, Mrs. Johnson-Sirleaf would become Africa's first female elected head of state, and she told VOA, in an earlier interview, what she would plan to do in her first 100 days in office.
"Get better market conditions for our market women. I've been around the country and I've seen the conditions under which they work," said Mrs. Johnson-Sirleaf. "Things like repairing the roofs of markets so that women don't sit in the rain. I would like to see that get done and of course get the government machinery functioning, get the management of our country's resources in good order so that we can have right priorities and begin to respond to the basic needs of our people.''',
    quotes=[
        Q('"Get better market conditions', 'under which they work,"', "Ellen Johnson-Sirleaf"),
        Q('"Things like repairing', 'needs of our people.', "Ellen Johnson-Sirleaf"),
    ],
    aliases={"Ellen Johnson-Sirleaf": ["Johnson-Sirleaf"]},
),
dict(
    id="voa-en-south-sudan-machar-interview-2014",
    source="http://www.voanews.com/content/south-sudan-machar-interview/1845824.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Africa', the photo caption, stored twice, and the byline 'John Tanza' dropped; the paragraph 'In his interview with VOA, Machar said creating a multi-party system ...', cut in the stored copy, dropped; the typo 'natIon' is as stored)",
    text='''Machar Says He Wants to Bring Democracy, Equality to South Sudan
Former South Sudan Vice President Riek Machar says his newly created SPLM/SPLA resistance movement will work to move the young country to democracy and equality.
The movement would "dedicate our time to the liberation of South Sudan so that we have a democratic, peaceful, prosperous natIon where elections would not be rigged, where people would not be intimidated, where there would be no one group trying to control others," he told VOA in a telephone interview from an undisclosed location.
"South Sudan needs to be liberated from the current dictatorship being established by Salva Kiir," Machar said, reiterating an accusation he made last year when he was removed from office in a cabinet reshuffle.
Machar accused Kiir of having "dictatorial tendencies" after the vice president and the rest of the presidential cabinet were fired in July.
Barnaba Marial Benjamin, who was then South Sudan’s Minister of Information and government spokesman, said at the time of the reshuffle that Kiir acted within the constitution.
Marial, who was re-appointed to the government, where he currently serves as foreign affairs minister, also said it was likely the restructuring of the government would generate heated debate within the ruling Sudan People’s Liberation Movement (SPLM).
Even after his firing, Machar remained a high-ranking member of the SPLM, which is currently the only viable party in South Sudan. While many other parties exist, most have tiny membership numbers.''',
    quotes=[
        Q('"dedicate our time', 'control others,"', "Riek Machar"),
        Q('"South Sudan needs to be liberated', 'Salva Kiir,"', "Riek Machar"),
        Q('"dictatorial tendencies"', None, "Riek Machar"),
    ],
    aliases={"Riek Machar": ["Machar"]},
),
dict(
    id="voa-en-south-sudan-machar-rejects-kiir-offer-2014",
    source="http://www.voanews.com/content/south-sudan-ex-vp-rejects-president-kiir-offer-to-end-conflict/2416258.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Africa', the photo caption, stored twice, and the byline 'Peter Clottey' dropped; the paragraph 'Machar says as a demonstration of his commitment to t...', cut in the stored copy, dropped; the stray opening mark after 'said Machar.' and the double spaces are as stored (H622))",
    text='''South Sudan Ex-VP Rejects President Kiir’s Offer to End Conflict
South Sudan former vice president Riek Machar has rejected President Salva Kiir’s proposal to name him as second vice president in a transitional unity government before next year’s vote as part of a negotiating deal to end the country’s eight-month conflict.
In an interview with VOA, Machar who heads the rebellion against the government in Juba says his representatives at the talks want direct face-to-face peace talks with officials of the government at the negotiations in neighboring Ethiopia to resolve the conflict.
He says the involvement of other parties in the negotiations has often hampered efforts to reach an agreement to end the conflict.
“I believe that direct talks between us and the government will yield quicker results and will ensure the peace agreement arrives faster than having others on the roundtable,” said Machar. “
He blames mediators from the Intergovernmental Authority on Development (IGAD) after the talks failed to meet the August 10 deadline.  IGAD extended peace negotiations to August 28, after the two parties failed to meet the deadline to conclude a peace agreement.
Machar said IGAD is to blame for failure to meet the deadline.
“Personally, I blame the mediators because at times they would suspend the peace talks without a good reason, particularly, when the chief mediator went to New York, we could have continued the peace talks,” said Machar.  “We were saying, we want to have direct talks, but now the mediators are insisting that there would be round table talks with five others; the civil society organizations ... and former detainees with the two parties.”''',
    quotes=[
        Q('“I believe that direct talks', 'on the roundtable,”', "Riek Machar"),
        Q('“Personally, I blame the mediators', 'the peace talks,”', "Riek Machar"),
        Q('“We were saying,', 'with the two parties.”', "Riek Machar"),
    ],
    aliases={"Riek Machar": ["Machar"]},
),
dict(
    id="voa-en-machar-return-to-juba-unlikely-2016",
    source="https://www.voanews.com/a/machar-return-juba-unlikely-spokesman-says/3431183.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + " and the photo caption under the headline dropped; the highlight line 'It is unclear what steps Kiir will take ...' and the subheading 'Who is the spokesman?' kept as lines; the paragraph 'But Dak denied that the SPLM-IO was divided. ...', cut in the stored copy, dropped)",
    text='''Machar's Return to Juba Unlikely, Spokesman Says
The spokesman for South Sudan’s first vice president says Riek Machar is unlikely to return to the country’s capital to meet President Salva Kiir despite an ultimatum issued by Kiir, set to expire Saturday.
It is unclear what steps Kiir will take after his ultimatum expires
Kiir invited Machar for a meeting to resolve recent clashes between opposition groups loyal to the two men, which left at least 300 people dead, many injured and forced some citizens to seek protection at a U.N. compound in Juba.
James Gadet Dak, spokesman for Machar, said Kiir’s ultimatum was unfortunate and regrettable.
Machar "will not be there [in Juba], because there are arrangements that are pending, security arrangements for his safety and to avoid confrontation with the forces loyal to President Salva Kiir," Dak said. "And this is the supposed deployment of a third-party force, which has been endorsed by the African Union."
The spokesman said Machar was willing to return to Juba but “wants his safety to be guaranteed" and "wants to ensure President Salva Kiir’s forces would not attack his forces again."
Who is the spokesman?
Some civil society groups have said there's confusion in the movement led by the first vice president; they noted that Ezekiel William, a member of Machar's Sudan People’s Liberation Movement in Opposition, had made comments on behalf of the group, while Dak had spoken on behalf of Machar. The groups said they don't know whom they should be listening to, and that the confusion could derail the full implementation of the peace agreement signed last year.''',
    quotes=[
        Q('"will not be there [in Juba]', 'President Salva Kiir,"', "James Gadet Dak"),
        Q('"And this is the supposed deployment', 'African Union."', "James Gadet Dak"),
        Q('“wants his safety to be guaranteed"', None, "James Gadet Dak"),
        Q('"wants to ensure', 'his forces again."', "James Gadet Dak"),
    ],
    aliases={"James Gadet Dak": ["Dak"]},
),
dict(
    id="voa-en-south-sudan-refutes-machar-2014",
    source="https://voa.pangea-cms.com/preview/en-US/a/south-sudan-govt-refutes-machar-accusations/1844285.html",
    license=VOA, retrieved=PAGES + " (VOA's own page on its publishing system's preview address; " + DROP_NAV + " and the photo caption, stored twice, dropped; the paragraph 'Machar denied making a coup attempt, ...', cut in the stored copy, dropped)",
    text='''South Sudan Refutes Machar Accusations
The government of South Sudan is insisting it is democratic -- a day after a leading opponent said he had formed a "resistance" group to fight for free elections in the war-torn country.
Riek Machar told VOA's South Sudan in Focus program Monday that his new group is against what he called the regime of President Salva Kiir, and said he wants to see democracy and pluralism in South Sudan.
South Sudan's ambassador to the U.S., John Akec Khoc, defended Kiir in an interview with the same program Tuesday. According to the ambassador, the president is known for being inclusive, and gave the example of Mr. Kiir integrating outside militias into South Sudan's army.
"So former vice president Riek Machar might be wishfully hoping to dent the image of our government, but unfortunately for him, this is not true, it doesn't hold water, and nobody can believe it."
The ambassador said the ruling SPLM won a landslide victory in the last elections but respects democratic principles and rights.
"Let us wait for the elections, and hope that the number of the representatives from different parties will rise and increase."
The ambassador did not comment on Machar's announcement of a "resistance" group.
South Sudan's government has accused Machar of leading an alleged coup attempt in mid-December that set off weeks of deadly fighting, including clashes between pro and anti-government troops, and alleged ethnic violence between the Dinka and the Nuer, the country's two largest tribes.''',
    quotes=[
        Q('"resistance"', None, "Riek Machar"),
        Q('"So former vice president', 'can believe it."', "John Akec Khoc"),
        Q('"Let us wait for the elections', 'rise and increase."', "John Akec Khoc"),
        Q('"resistance"', None, "Riek Machar", 1),
    ],
    aliases={"Riek Machar": ["Machar"]},
),
]
DOCS.append(dict(
    id="voa-en-crisis-mounts-in-venezuela-2019",
    source="https://www.voanews.com/a/crises-mount-in-venezuela/4770476.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + ", the photo caption, stored twice, and the video box ('WATCH: VOA Interviews Juan Guaidó', its title, 'please wait', 'No media source currently available', the player's time line) dropped; the subheading 'More defections' kept; the paragraph 'Jonathan Velasc...', cut in the stored copy, dropped; the quotation left open at the end of its paragraph ('\"this usurpation to end.') is as stored (H625))",
    text='''Crisis Mounts in Venezuela
Venezuelan opposition leader Juan Guaido is expected to announce Sunday when humanitarian aid will be delivered to the crisis-ridden country.
Guaido told supporters Saturday the opposition would start collecting humanitarian aid in Brazil, Colombia and an unnamed Caribbean island and called on the military to allow the aid into the country.
The United States has said it would transport aid to Venezuela at Guaido's request. President Nicolas Maduro has refused to accept aid because he believes it opens the way for a U.S.-led military intervention.
More defections
Two military leaders and an ambassador defected Saturday from the government of President Nicolas Maduro and instead recognized Guaido as the acting president.
Early Saturday, General Francisco Yanez called on other members of the military to defect as he announced his own defection in a social media video. He rejected Maduro's "dictatorial" authority and recognized Guaido as the acting president.
Major General Jorge Oropeza, former air force general commander, said later Saturday that he also recognized Guaido as acting president.
Top military leaders have helped Maduro survive mass demonstrations in recent years by jailing activists and repressing opposition protestors.
Guaido said in an interview with VOA Noticias he has offered "amnesty and guarantees" to high ranking military officials as part of a broader effort to get "this usurpation to end.
It remains unclear how much military support there is for Guaido.''',
    quotes=[
        Q('"dictatorial"', None, "Francisco Yanez"),
        Q('"amnesty and guarantees"', None, "Juan Guaido"),
        Q('"this usurpation to end.', None, "Juan Guaido"),
    ],
    aliases={"Juan Guaido": ["Guaido"]},
))
