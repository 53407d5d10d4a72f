# Held-out English news pages (tests/data/heldout104-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on health, agriculture, drought and wildlife in Africa and Asia, works
# of the US government in the public domain: coffee wilt disease in Uganda (2008), drought and food crises across Africa
# (2006), new bird flu outbreaks in Asia (2007), rhino protection in a South African game park (2014), the history of
# AIDS treatment in South Africa (2012), a Mekong fisherman and the Xayaburi dam (2020, VOA's Khmer service site
# voacambodia.com) and a VOA Khmer story on dams and Cambodia's Mekong fisheries (as reposted on Open Development
# Mekong). None is marked as from AP, Reuters or AFP. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation
# and section lines, photo captions (also when stored two or four times), bylines and video boxes are dropped, and the
# indentation, single-space lines and spaces at paragraph ends of the voanews.com/content pages removed; wording,
# spelling, spacing inside paragraphs and quotation marks (straight or curly, as stored) are kept. Annotated by reading
# the pages, before whosaid was run on them (rules H730-H735 in ANNOTATION.md on top of the earlier rules).
VOA = "public domain (VOA, US government work)"
VOAK = "public domain (VOA, US government work; VOA's Khmer service site voacambodia.com)"
VOAO = "public domain (VOA, US government work; copy of a VOA Khmer story on Open Development Mekong)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout104-en.jsonl

Built by `build.py` from `heldout104_pages.py`. Like heldout22-en, heldout24-en, heldout84-en, heldout90-en,
heldout93-en, heldout101-en and heldout102-en, these texts are stored web pages (the `pages` search corpus) of the Voice
of America, none of them used in a set above, this time on health, agriculture, drought and wildlife in Africa and Asia,
2006 to 2020: coffee wilt disease in Uganda (2008, VOA English to Africa), drought and food crises across Africa (2006),
new bird flu outbreaks in Asia and testimony on the pandemic risk (2007), rhino protection in a private game park inside
South Africa's Kruger National Park (2014), the history of AIDS treatment in South Africa (2012), a Thai fisherman,
the Thai government and the Xayaburi dam on the Mekong (2020, VOA's Khmer service site voacambodia.com) and a VOA Khmer
story on dams and Cambodia's Mekong fisheries (its opening as reposted, under the VOA headline, on Open Development
Mekong). All are US government works in the public domain; none is marked as from AP, Reuters or AFP. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Navigation and section lines,
photo captions, bylines and video boxes were dropped and the indentation of the voanews.com/content pages removed;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of
their speakers and by 8-word overlap with every existing text). The annotation (rules H730–H735 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-uganda-coffee-production-threatened-by-coffee-wilt-2008",
    source="https://www.voanews.com/a/a-13-2008-07-30-voa36-66669522/557815.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'Ngabirano said it is no longer possible to mobilize coffee farmers ... “We now have farm level organizations where we have farmer groups organizing around their common cause.', whose quotation the stored copy leaves open where it is cut, dropped (H730))",
    text='''Uganda's Coffee Production Threatened By Coffee Wilt
Uganda is Africa’s second largest coffee producer, behind Ethiopia. Uganda became a major player in coffee production after political unrest in former top grower Ivory Coast disrupted coffee growing there. But, now coffee wilt disease is cutting Uganda’s coffee output and slashing its earnings.
Henry Ngabirano, the managing director of the Uganda Coffee Development Authority, told VOA English to Africa reporter Douglas Mpuga that the threat of coffee wilt for Uganda’s coffee production is serious. “It (coffee wilt) has had a devastating effect in that more than fifty percent of the robusta (coffee) trees have been destroyed by this disease.”
He said farmers’ earnings have been affected, as has the country’s foreign exchange earnings. “The fact that we do not have any scientific cure yet means we have to breed for resistance. Scientists take long to respond to such issues (of emerging diseases). So really the impact is devastating.”
Ngabirano said the short-term response to coffee wilt must be proper farm management, which he said “seems to temporarily help in that all the plants that are still good do not succumb to the wilt as much as the weak ones. As a short-term measure, we are emphasizing good husbandry and good farm practices,” he said.
He said, “In addition to Uganda’s coffee being grown on small-scale holdings, it is also grown primarily by elderly people. These are easy to mobilize because they tend to listen to advice and they have a lot of attachment to their crops. The challenge is for them (elderly farmers) to implement what they have been told to do.”''',
    quotes=[
        Q('“It (coffee wilt)', 'by this disease.”', "Henry Ngabirano"),
        Q('“The fact that we do not', 'impact is devastating.”', "Henry Ngabirano"),
        Q('“seems to temporarily help', 'good farm practices,”', "Henry Ngabirano"),
        Q('“In addition to Uganda', 'told to do.”', "Henry Ngabirano"),
    ],
    aliases={"Henry Ngabirano": ["Ngabirano"]},
),
dict(
    id="voa-en-drought-stricken-africa-struggles-to-avert-new-food-crises-2006",
    source="https://www.voanews.com/a/a-13-2006-02-07-voa28/319448.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'Mark Rosegrant, an expert at the International Food Policy Research Institute, say', cut in the stored copy, dropped)",
    text='''Drought-Stricken Africa Struggles to Avert New Food Crises
From East Africa all the way to the southern most part of the continent, drought has ruined crops, leaving millions of people dependent on international food aid. Cycles of severe weather are expected to continue in Africa, challenging nations to find more effective ways to cope with drought and famine.
While Australia is the driest inhabited continent on earth, Africa suffers the most when drought strikes. When the rains do not come, people go hungry.
Drought is a fact of life in Africa, according to Henry Josserand, chief of the Global Information and Early Warning System at the Food and Agriculture Organization.
"Historically, it has been the Sahel. The band of countries from Senegal in the west, including Mauritania, and reaching all across Africa eastward to the Horn of Africa," Josserand said. "There is the part where the rainfall is very iffy and it is not unusual to have a bad year. You know, one bad year out of the three is not unusual."
Currently, severe drought is gripping eastern Kenya, southeastern Ethiopia, southern Somalia and parts of Tanzania, and Djibouti - the result of several consecutive poor rainy seasons. The U.N. World Food Program estimates 5.4 million people in the Horn of Africa now face food shortages.
To the west, forecasters say poor rains are expected in parts of Mali and Chad.
If rainfall remains low, drought could also bring misery to a number of other West African countries including Ivory Coast, Ghana, Togo, Benin and Nigeria.
Last year, Niger suffered a severe drought that worsened an already fragile food situation.
In Southern Africa, millions of people in several countries are still dependent on food aid following last year's scorching dry weather.
This, even though the current rainy season has improved prospects for a good harvest this year.''',
    quotes=[
        Q('"Historically, it has been', 'Horn of Africa,"', "Henry Josserand"),
        Q('"There is the part where', 'is not unusual."', "Henry Josserand"),
    ],
    aliases={"Henry Josserand": ["Josserand"]},
),
dict(
    id="voa-en-new-outbreaks-in-asia-remind-experts-of-bird-flu-pandemic-2007",
    source="https://www.voanews.com/a/a-13-2007-01-26-voa69/405577.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the stored copy ends with the last paragraph kept)",
    text='''New Outbreaks in Asia Remind Experts of Bird Flu Pandemic Possibility
New outbreaks of bird flu are causing concern in Asia. Since the beginning of the year, there have been new bird flu cases in Thailand, Vietnam, and China. Indonesian authorities stepped up a bird eradication plan, while the United Nations in Thailand and health officials in Washington provided testimony about the serious implications of avian flu for humans. Voice of America's Dave DeForest has more.
Indonesian authorities slaughtered thousands of chickens and pet birds in an effort to halt the spread of bird flu that killed five people in the country in two weeks. There are an estimated 350 million backyard chickens in Indonesia.
In Bangkok, officials from the United Nations Food and Agriculture Organization (FAO) worry about a spike in bird flu, but the FAO's Laurence Gleeson says the latest outbreak is not as serious as that of 2004. "Where the virus is occurring certainly in mainland southeast Asia, I would say that the outbreaks are under control, in the sense that if they do occur, the resources are there to deal with them."
Avian flu concerns health officials because of its potential for pandemic. In Washington, a Congressional panel heard testimony about bird flu from the Director of the Centers for Disease Control, Dr. Julie Gerberding. "When we have seasonal flu, the mortality rate is certainly less than three percent. We're talking here about a virus, that when it does affect people, has a mortality rate of greater than fifty percent. So that is, in and of itself, a reason for great concern. But more importantly, people do not have any immunity to the H5(N1) virus. So we have to assume that basically everyone in the world is susceptible."
Bird flu remains hard for humans to catch, but experts fear it may mutate into a more contagious form.''',
    quotes=[
        Q('"Where the virus is occurring', 'deal with them."', "Laurence Gleeson"),
        Q('"When we have seasonal flu', 'is susceptible."', "Julie Gerberding"),
    ],
),
dict(
    id="voa-en-south-africa-game-park-protects-rhinos-against-poaching-2014",
    source="http://www.voanews.com/content/south-africa-game-park-protects-rhinos-against-poaching/1831560.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Africa', the video box (its title 'South Africa Game Park Protects Rhinos Against Poachingi', the player mark 'X', the date line 'January 17, 2014 10:25 PM' and its summary 'Almost 1,000 South African rhinos ... trying to still save the rhino.'), the byline 'Chris Simkins' and the dash '— ' before the first paragraph dropped; lines holding only a space removed; the paragraph 'Lombard said this sighting is a positive sign amid an anti-poaching fight that gets toughe', cut in the stored copy, dropped)",
    text='''South Africa Game Park Protects Rhinos Against Poaching
2013 was a very bad year for South African rhinos with almost 1,000 animals killed for their horns. That death toll is 50 percent higher than in 2012 - despite a more concerted international fight against poaching and an international trade ban that has been in place for decades.
South Africa is home to more than 25,000 rhinos, roughly 80 percent of the world's rhinoceros population. But with their horns more valuable than gold in Asia markets, this ancient species is losing the fight against possible extinction.
"It's a national treasure for us [in South Africa]. That's why it is so important for us to protect these guys," said Park Ranger C.J. Lombard.
He and his tracker Patrick Moyane are out on another game drive looking for rhinoceros.
"If you look carefully you can see the front toenail. One side toenail, the other side toenail and the heel of this male rhino," explained Lombard.
In this private South African game park, part of the larger Kruger National Park, Lombard and Moyane not only track rhinos but search for poachers who want to kill the animals for their horns.
During this game viewing excursion, they come across a pair of rare black rhinos, one of the world's most endangered animals.
"This is such an amazing and beautiful moment knowing the history and everything that's got to do with rhino poaching," noted Lombard. "And yet here's this beautiful black rhino mommy with her calf."''',
    quotes=[
        Q('"It\'s a national treasure', 'these guys,"', "C.J. Lombard"),
        Q('"If you look carefully', 'male rhino,"', "C.J. Lombard"),
        Q('"This is such an amazing', 'rhino poaching,"', "C.J. Lombard"),
        Q('"And yet here\'s', 'with her calf."', "C.J. Lombard"),
    ],
    aliases={"C.J. Lombard": ["Park Ranger C.J. Lombard", "Lombard"]},
),
dict(
    id="voa-en-aids-revolution-in-south-africa-but-crises-remain-2012",
    source="http://www.voanews.com/content/aids-revolution-in-south-africa-but-crises-remain/1364002.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Africa', the photo caption 'Samples of Nevirapine, an antiretroviral AIDS drug. (AP Photo/APTN)', stored twice, the byline 'Darren Taylor', the photo caption 'Former prime minister Thabo Mbeki banned the use of antiretrovirals from public health facilities', stored four times, and the player mark 'x' dropped; lines holding only a space and spaces at paragraph ends removed; the paragraph '“We were dying. I still don’t know how we survived,” she recalled. ... ‘How mu', cut in the stored copy, dropped (H730))",
    text='''AIDS Revolution in South Africa, but Crises Remain
A president who denied that HIV caused AIDS, and so banned the use of life-saving antiretroviral (ARV) medicines in public health facilities. A health minister who declared ARVs to be “poison” and instead advocated garlic and potatoes as cures for HIV.
During this period in South Africa, which lasted from 1999 until a court ordered the government to give ARVs to HIV-infected people in 2004, more than 330,000 people died of AIDS-related illnesses, according to a study by Harvard University.
Despite their legal obligations, President Thabo Mbeki and his health minister Manto Tshabalala-Msimang continued to resist a large-scale roll out of ARVs until they were both ousted from their positions in 2008.
Health activist group, the Treatment Action Campaign, said two million South Africans died “prematurely” of AIDS during President Mbeki’s tenure. It maintained that many of these deaths could have been prevented had the government facilitated wider access to ARVs.
Phumelele Dlamini almost joined the list of fatalities. Diagnosed with HIV in 1995 after giving birth, the Soweto resident and her son had no access to ARVs for almost a decade.''',
    quotes=[
        Q('“poison”', None, "Manto Tshabalala-Msimang"),
        Q('“prematurely”', None, "Treatment Action Campaign"),
    ],
),
dict(
    id="voa-en-thai-activists-protest-new-xayaburi-dam-on-the-mekong-2020",
    source="https://www.voacambodia.com/a/thai-activists-protest-new-xayaburi-dam-on-the-mekong/5341255.html",
    license=VOAK, retrieved=PAGES + " (" + DROP_NAV + " and the photo caption 'Bula Tawan has been fishing along the Mekong River near Nong Khai, Thailand, for more than 40 years. (Steve Sandford/VOA)' dropped; the line 'In October, the Xayaburi Power Co. Ltd. said ...', printed between the caption and the lead without a photo credit, kept as a paragraph (H734); the subheading 'Water transforms' kept as a line; the paragraph 'Now, the Network of Thai People in Eight Mekong Provinces has gone to court to try and slow down the generators and sale', cut in the stored copy, dropped)",
    text='''Thai Activists Protest New Xayaburi Dam on the Mekong
In October, the Xayaburi Power Co. Ltd. said the project has spent more than 19.4 billion baht ($640 million) to mitigate negative impacts on the environment, including the building of outlets for sediment passage and flow and facilities to allow the passage of fish.
It’s been more than 40 years since Bula Tawan first cast his fishing net out across the Mekong River when the waterway was rich in marine life.
But the days of big catches have disappeared for most fishermen like Tawan, who once relied on the big hauls to earn a living and feed his family.
“The water and the color have changed because when the water was natural it was not clear like this and it would have sediments and nutrients in there,” explained the lean 66-year-old father, as he scooped up a handful of transparent river water.
“The water is clear, but the sediments and nutrients have gone.”
The Thai government’s view of the matter is somewhat different.
“The water’s change to a blue color has made the tourists more excited for the color and it has gone on social media making it more popular so that more tourists want to visit,” said Tanaporn Sriyamoon from the Thai government’s Planning Policy office.
Water transforms
The timing of the water’s transformation, along with extreme fluctuations in river levels, coincide with the upstream Lao government-owned Xayaburi dam, which began generating hydropower last October.
According to the Xayaburi website, the $3.8 billion dam is “a run of river barrage which will trap substantially less sediment than conventional storage schemes,” but new evidence indicates that major blockages still occur.''',
    quotes=[
        Q('“The water and the color', 'nutrients in there,”', "Bula Tawan"),
        Q('“The water is clear', 'have gone.”', "Bula Tawan"),
        Q('“The water’s change', 'want to visit,”', "Tanaporn Sriyamoon"),
        Q('“a run of river barrage', 'storage schemes,”', "Xayaburi Power Co. Ltd."),
    ],
    aliases={"Bula Tawan": ["Tawan"], "Xayaburi Power Co. Ltd.": ["the Xayaburi website"]},
),
dict(
    id="voa-khmer-en-new-reports-point-to-dams-stressing-cambodias-mekong-river-fisheries",
    source="https://pp.opendevelopmentmekong.net/news/new-reports-point-to-dams-stressing-cambodias-mekong-river-fisheries",
    license=VOAO, retrieved=PAGES + " (Open Development Mekong's repost of the opening of a VOA Khmer story, under its VOA headline; the byline 'Sun Narin' after the last paragraph dropped; the stored copy ends with the last paragraph kept; no date on the stored page)",
    text='''New Reports Point to Dams ‘Stressing’ Cambodia’s Mekong River Fisheries
Kong Kim, a fisherman in Cambodia’s northeast, is worried about the next few years.
“I am concerned that there will be no fish in the future,” the 62-year-old told VOA Khmer earlier this week. “Fish are now less and less.”
Once he could fish the Mekong River for his family and catch enough to sell as well, he said, but today he hooks just 1 or 2 kilograms of fish where he usually fishes in Cambodia’s Kratie province. “In the last two years, fish have declined, and even people who just catch fish near (their) home can’t even get one.”
“Since there are hydropower dams, the water flow during the dry season has changed,” said the father of seven. “Now even during the dry season, there is rising water level.”
The Mekong River Commission (MRC) — an intergovernmental body comprising Cambodia, Laos, Thailand and Vietnam — has conducted two new studies that support Kong Kim’s observations.''',
    quotes=[
        Q('‘Stressing’', None, "Mekong River Commission"),
        Q('“I am concerned', 'in the future,”', "Kong Kim"),
        Q('“Fish are now less', 'less.”', "Kong Kim"),
        Q('“In the last two years', 'get one.”', "Kong Kim"),
        Q('“Since there are hydropower', 'has changed,”', "Kong Kim"),
        Q('“Now even during', 'water level.”', "Kong Kim"),
    ],
    aliases={"Mekong River Commission": ["MRC"]},
),
]
