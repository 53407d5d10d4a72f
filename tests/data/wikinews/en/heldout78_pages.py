# Held-out English news pages (tests/data/heldout78-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America, works of the US government in the public domain: six voanews.com items
# (two English to Africa interview reports of 2006, on Ghana's army and a Liberian Independence Day vox pop; General
# Buhari on Nigeria's 2007 election; Mike Omeri on Nigeria's terror alert, 2014; Khmer Rouge survivors before the 2014
# verdict; two "Our World" science-magazine transcripts of April and May 2007), one story on VOA's content system
# voa.pangea-cms.com (Kenya's Ndalat cross-country races, 2019) and one VOA Khmer story on voacambodia.com (a witness at the
# Khmer Rouge tribunal). None is marked as from AP, Reuters or AFP. Stored copies are cut after about 2,000 characters:
# only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation ("Accessibility
# links", "Breaking News", "News / Asia", section labels), the label 'update', photo captions (often printed twice), the
# "x" and "TEXT SIZE - +" lines, video-player blocks, bylines and the "Our World" transcript notice are dropped; leading
# and trailing spaces of a stored line are trimmed; wording, spelling ('miltary'),
# inner spacing and quotation marks (including mixed curly and straight marks) are as stored. Annotated by reading the
# pages, before whosaid was run on them (rules H470-H475 in ANNOTATION.md on top of H1-H465).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout78-en.jsonl

Built by `build.py` from `heldout78_pages.py`. Like heldout22-en, heldout24-en, heldout60-en, heldout67-en and
heldout74-en, these texts are stored web pages (the `pages` search corpus) of the Voice of America, none of them used in a
set above: voanews.com items on Ghana's army denying a plan to attack a radio station (Brigadier General Emmanuel Okyere,
2006), a vox pop of Liberians in the United States on Liberia's 159th Independence Day (2006), General Mohammadu Buhari
rejecting Nigeria's 2007 presidential election, Mike Omeri on Nigeria's nationwide terror alert (2014), Khmer Rouge
survivors Chum Mey and Bou Meng before the 2014 verdict, and two transcripts of VOA's science magazine "Our World" (21 April
and 12 May 2007); a story on VOA's content system voa.pangea-cms.com on Kenya's Ndalat cross-country races (Abraham Mutai,
Daisy Jepkemei, 2019); and a VOA Khmer story on voacambodia.com on the Khmer Rouge tribunal witness Suong Sikheoun. All are
US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Navigation lines, labels, captions, video blocks, bylines and the transcript notice were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their
speakers and by 8-word overlap with every existing text). The annotation (rules H470–H475 in `ANNOTATION.md` on top of
H1–H465) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-ghana-army-denies-allegations-2006",
    source="https://www.voanews.com/a/a-13-2006-11-08-voa20/321508.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph '“This is only a contingency plan ... we would have defini', cut in the stored copy, dropped)",
    text='''Ghana's Army Denies Allegations
The Ghana armed forces have denied reports, which suggest they are planning to attack an independent Accra radio station. The commanding officer of the southern command of the Ghana armed forces, Brigadier General Emmanuel Okyere, says the reports are misleading. He says the alleged attack was one of numerous contingency schemes aimed at providing security to all Ghanaians.
Brigadier General Okyere spoke with VOA English to Africa reporter Peter Clottey about the army’s contingency schemes.
“I actually had a press briefing just to set the matter straight. There is nothing like that. The first thing is that the armed forces have got a number of contingency schemes and these contingency schemes, as you can understand, cover a number of scenarios and situations. They cover key and important installations in the country as well… the document, which the press picked up and started parading as the gospel truth is one of our contingency schemes. How it got out is a subject of investigation we are doing now,” he noted.
Okyere says an investigation is ongoing to find out who leaked the army’s confidential document to the press.
“This is a subject of an investigation now. These things could happen and it’s very worrisome to us you can understand. But this is something we will investigate firmly and get to the root of. And I believe the press must understand. This is the point I tried to make good to them yesterday. That if they have such material they ought to come to us as responsible citizens of this country,” Okyere said.
He explains what the armed forces are doing to reassure Ghanaians about their safety.''',
    quotes=[
        Q('“I actually had a press briefing', 'we are doing now,”', "Emmanuel Okyere"),
        Q('“This is a subject of an investigation', 'citizens of this country,”', "Emmanuel Okyere"),
    ],
    aliases={"Emmanuel Okyere": ["Okyere", "Brigadier General Okyere"]},
),
dict(
    id="voa-en-liberia-independence-voxpop-2006",
    source="https://www.voanews.com/a/a-13-2006-07-26-voa40/313234.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the section label 'News' and the label 'update' dropped; the paragraph 'Let...', cut in the stored copy, dropped)",
    text='''Liberia's 159th Independence Anniversary
Today Liberians are commemorating the 159th independence of their country. The day is especially significant because it marks the first time in almost 15 years that the country is not at war as it celebrates its Independence Day. VOA English to Africa reporter James Butty compiled this VOXPOP from Liberians in the United States who were sending Independence Day greetings and messages to their fellow Liberians.
“My name is Edwin Dorzon. I’m calling to congratulate Ellen Johnson Sirleaf for being the first lady president. But I’m little concerned: I haven’t heard anything from the issue of those who committed economic crimes against Liberia. They have our resources; they are walking around here and still riding luxury cars, and we are not hearing about any investigation. I hope this issue is addressed.”
“My name is Edwina Saymendy Lloyd, from Washington, DC. I’m very pleased to have the opportunity to wish Liberians a pleasant independence day. My resolution for Liberia is that the domestic violence issue in Liberia, yeah Africa, would be addressed in years to come.”
“This is Veronica Nimene Nimpson. I’m calling from Frederick County, Maryland, the United States of America, and I would like to wish all Liberians a happy 159th independence day. Enjoy yourselves. We have a lot to celebrate for today. I also like to appeal to the leadership to also do something about the crime rate. I think the entire population should benefit from the lights and water and not a selected few areas.”
“My name is John Lloyd, calling from Washington, DC. I wish the people and government of Liberia happy 26. I’m very happy also today as we anticipate the re-electrification of our country, not completely at parts of Monrovia to receive electricity after 15 years of destruction. It signifies the beginning to the end of war and also the end of darkness in our country.”''',
    quotes=[
        Q('“My name is Edwin Dorzon.', 'issue is addressed.”', "Edwin Dorzon"),
        Q('“My name is Edwina Saymendy Lloyd', 'in years to come.”', "Edwina Saymendy Lloyd"),
        Q('“This is Veronica Nimene Nimpson.', 'selected few areas.”', "Veronica Nimene Nimpson"),
        Q('“My name is John Lloyd', 'darkness in our country.”', "John Lloyd"),
    ],
),
dict(
    id="voa-en-nigeria-buhari-non-election-2007",
    source="https://www.voanews.com/a/a-13-2007-04-24-voa54/347813.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'Gen Buhari also dismissed offers of joining a unity government ... some states had not yet v', cut in the stored copy inside its quotation, dropped; the copy's 'miltary' kept)",
    text='''Buhari Characterizes Election As A Non-Election
In Nigeria, the opposition candidate who came in second in Saturday’s presidential polls continues to reject the official results. Mohammadu Buhari characterizes the polls as a non-election. Official results gave the former military ruler 6.6 million votes. In a telephone interview from the Nigerian capital Abuja, General Buhari told VOA reporter Douglas Mpuga that the election should be nullified. “The whole world, including Nigeria, cannot be wrong. All the reputable international observers that are here are satisfied that there were no elections in the majority of the states. And where there were elections the election materials were taken late,” he said.
Buhari disputed President Obasanjo’s assertion that although the election was not perfect, the results should not be declared null and void. “The whole election was declared null and void by the international community and Nigerians. So, Obasanjo’s voice alone cannot be against the whole world,” he said.
The former miltary ruler said the coalition of political parties has issued a statement rejecting the results of this election because, he said it was a non-election. “We have asked our supporters and all Nigerians not to accept the results of this election because there was no election in the country.”
He said his party (ANPP) apparatus has started to collect all evidence available and will turn it over to the tribunal. “We are trying to be constitutional in all our approaches, but a firm formal party position will be taken after full consultations,” he added.''',
    quotes=[
        Q('“The whole world, including Nigeria', 'taken late,”', "Mohammadu Buhari"),
        Q('“The whole election was declared', 'the whole world,”', "Mohammadu Buhari"),
        Q('“We have asked our supporters', 'in the country.”', "Mohammadu Buhari"),
        Q('“We are trying to be constitutional', 'full consultations,”', "Mohammadu Buhari"),
    ],
    aliases={"Mohammadu Buhari": ["Buhari", "General Buhari"]},
),
dict(
    id="voa-en-nigeria-terror-alert-omeri-2014",
    source="http://www.voanews.com/content/nigeria-alerts-citizens-over-explosion-threats-/1940092.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Africa', the photo caption 'Bloodstains seen on the street ...', printed twice, and the byline 'Peter Clottey' dropped; the leading spaces of the stored lines trimmed; the paragraph 'He says security agencies have stepped up surveillance to pr', cut in the stored copy, dropped; the mixed apostrophes (Nigeria’s, Nigeria's) as stored)",
    text='''Nigeria Alerts Citizens over Explosion Threats
A spokesman for Nigeria’s government says the government has issued a nationwide terror alert after intelligence showed that some groups want to set petroleum tankers on fire in parts of the country in a bid to create chaos and destabilize the country.
Mike Omeri, the director general of Nigeria's National Orientation Agency, and Coordinator of the National Information Center also says the government has sent a delegation comprising former British Prime Minister Gordon Brown and finance minister Ngozi Okonjo-Iweala to the country’s North to come up with a solution to resolve challenges that led to the abduction of over 200 school girls in Chibok by Boko Haram militants over five weeks ago.
Omeri says the administration in Abuja has intensified security efforts to protect citizens following escalating attacks carried out by the Islamist militant group Boko Haram.
“It’s part of our continued effort at sensitizing citizens especially in relation to soft targets. We are also sensitizing citizens to be alert on the activities of people who might resort to using other means to strike at unexpected places,” said Omeri. “And in this direction, we have issued an alert to tanker drivers who move petroleum products across the country to be on the lookout… and be vigilant,” said Omeri.''',
    quotes=[
        Q('“It’s part of our continued effort', 'at unexpected places,”', "Mike Omeri"),
        Q('“And in this direction', 'and be vigilant,”', "Mike Omeri"),
    ],
    aliases={"Mike Omeri": ["Omeri"]},
),
dict(
    id="voa-en-kenya-ndalat-cross-country-2019",
    source="https://voa.pangea-cms.com/preview/en-US/a/africa_kenyan-training-camp-produces-winning-world-class-runners/6177981.html",
    license=VOA, retrieved=PAGES + " (VOA story on its content system; " + DROP_NAV + "; the photo caption 'An athlete finishes the Ndalat cross country championship race. ... (M. Yusuf/VOA)', printed twice, dropped; the video block ('Watch Mohammed Yusuf's video report:', the video title 'For Kenyan Marathon Runners, The Road to Victory Begins Here', 'please wait', 'No media source currently available', the player times) dropped; the paragraph 'Running is big thing for Kenya, ... support their future ath', cut in the stored copy, dropped)",
    text='''Kenyan Training Camp Produces Winning World-Class Runners
Kenya's reputation as a producer of world-class marathon runners was further boosted this month when Kenyans Eliud Kipchoge and Brigid Kosgei broke world records on the same weekend. Running is a big thing for the East African nation, where regular competitions give young runners a chance to prepare for greater glory.
Kenya’s Ndalat cross-country races – a yearly event in the Rift Valley – attract more than 5,000 runners of all ages.
This year’s contest comes just a week after Kenyan marathon runners Eliud Kipchoge and Brigid Kosgei set new world records in Chicago and Vienna.
The chairman of the event, Abraham Mutai, said the competition nurtures new Kenyan talent.
“We’ve managed to see that the young ones are the ones participating more. We’ve had about 2,500 of the young ones doing the race. And, for sure I can tell you the country will now have a talent and make sure that supply for an athlete to the national team will never go dry because of Ndalat Gaa Cross Country,” he said.
Runner Daisy Jepkemei won this year’s 10-kilometer race. She dreams of representing Kenya on the global stage.
“I started this year in Gabon as number two,” said Jepkemei, and “my sister was number one ranked, Norah Cheruto. Now I have built my body so that I can represent my country.”''',
    quotes=[
        Q('“We’ve managed to see', 'Gaa Cross Country,”', "Abraham Mutai"),
        Q('“I started this year in Gabon as number two,”', None, "Daisy Jepkemei"),
        Q('“my sister was number one ranked', 'represent my country.”', "Daisy Jepkemei"),
    ],
    aliases={"Abraham Mutai": [], "Daisy Jepkemei": ["Jepkemei"]},
),
dict(
    id="voa-en-khmer-rouge-tribunal-chain-of-accusations",
    source="http://www.voacambodia.com/content/tribunal-witness-describes-chain-of-accusations-leading-to-khmer-rouge-deaths/1456425.html",
    license=VOA, retrieved=PAGES + " (VOA Khmer's English page; the section label 'Khmer Rouge', the photo caption 'Human sculls are displayed in the stupa of Choeung Ek, ...', printed twice, the lines 'x' and 'TEXT SIZE - +' and the byline 'Kong SothanarithVOA Khmer' dropped; the subtitle kept as a line; the dateline 'PHNOM PENH - ' kept; the player notice and the related-story teaser after the article dropped)",
    text='''Tribunal Witness Describes ‘Chain of Accusations’ Leading to Khmer Rouge Deaths
The regime of failed policies aided in the deaths of some 1.7 million people.
PHNOM PENH - Much of the death and human destruction that took place under the Khmer Rouge was the result of a “chain of accusations,” a witness told the UN-backed tribunal Monday.
Suong Sikheoun, 75, a former deputy of protocol at the foreign ministry said a series of arrests came from one person accusing another, and another, and so on.
“That’s why there was destruction,” he said, testifying in the case against former regime leaders Nuon Chea, Khieu Samphan and Ieng Sary.
Close friends wound up in the notorious torture center of Tuol Sleng, he said.
At one point during his testimony, Suong Sikheoun turned to the three men on trial and apologized.
“It was not socialism, was neither communism nor a revolution to serve the citizens or nation,” he said of the failed regime. “I suffered very much.”''',
    quotes=[
        Q('‘Chain of Accusations’', None, "Suong Sikheoun"),
        Q('“chain of accusations,”', None, "Suong Sikheoun"),
        Q('“That’s why there was destruction,”', None, "Suong Sikheoun"),
        Q('“It was not socialism', 'citizens or nation,”', "Suong Sikheoun"),
        Q('“I suffered very much.”', None, "Suong Sikheoun"),
    ],
),
dict(
    id="voa-en-khmer-rouge-verdict-approaches-2014",
    source="http://www.voanews.com/content/at-khmer-rouge-court-long-awaited-verdict-approaches/1969259.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Asia' and the photo caption 'FILE - Buddhist monks gather at a memorial stupa ... April 17, 2014.', printed twice, dropped; the lines holding a single space between paragraphs dropped; the subheading ''Duch' sentenced' kept as a line; Bou Meng's quotation paragraph '“I am waiting for the verdict, ... 10 or 20 years in prison.', whose end the stored copy does not show, dropped; the mixed curly and straight marks as stored)",
    text='''At Khmer Rouge Court, Long-Awaited Verdict Approaches
Chum Mey, an 82-year-old survivor of the Khmer Rouge, sits on a plastic chair outside his book kiosk in the courtyard of the former prison that once held him. He sells books about the Khmer Rouge and about himself in what is now called the Tuol Sleng Genocide Museum.
He said he is now awaiting the verdict from the United Nations-backed Khmer Rouge tribunal for two former leaders of the regime, Nuon Chea and Khieu Samphan. The court is expected to announce that verdict August 7.
“I’m happy to see there will be a verdict,” he said. “The entire world is waiting for it too.”
The first phase of the trial, which is coming to an end, focused on the forced exodus of Phnom Penh in 1975.
“I [will not forget] the evacuation of people from Phnom Penh. I will never forget," said Chum Mey. "Why? It is because I slept amongst corpses. The smell of decomposed humans was everywhere when we were evacuated out of town."
'Duch' sentenced
The tribunal has sentenced just one Khmer Rouge defendant, Kaing Guek Eav, better known as "Duch," who received a life sentence for his role as supervisor of the Tuol Sleng detention center.
Tuol Sleng survivor Bou Meng said anything less for Nuon Chea and Khieu Samphan will be too little.''',
    quotes=[
        Q('“I’m happy to see there will be a verdict,”', None, "Chum Mey"),
        Q('“The entire world is waiting for it too.”', None, "Chum Mey"),
        Q('“I [will not forget]', 'I will never forget,"', "Chum Mey"),
        Q('"Why? It is because', 'out of town."', "Chum Mey"),
        Q("'Duch'", None, None),
        Q('"Duch,"', None, None),
    ],
),
dict(
    id="voa-en-our-world-2007-04-21",
    source="https://www.voanews.com/a/a-13-2007-04-20-voa3/405851.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice 'This transcript is provided as a service; there may be some variation between it and the program as broadcast.' dropped (H25, H300); the paragraph 'Peter Ravdin is a cancer specialist ... author of the paper in the New En', cut in the stored copy, dropped)",
    text='''Our World — 21 April 2007
MUSIC: "Our World" theme
Straight ahead on "Our World," A startling drop in breast cancer rates ... a challenge to old dogma on diabetes ... and sustainable agriculture in an unlikely place:
CAPLOW: "The joke about New York City kids is that they think that tomatoes grow in the supermarket, so this is a wonderful way for kids to understand where food comes from and what a plant needs to grow and how that works."
Observing Earth Day, why light pollution matters, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Scientists say the number of breast cancer cases in the United States dropped sharply in 2003. That's when millions of women stopped taking hormone replacement therapy after researchers found a link between it and breast cancer. VOA's Jessica Berman reports
BERMAN: In a special report published this week in the New England Journal of Medicine, a team of US researchers found the number of new breast cancer cases fell almost seven-percent in 2003 from 2002 levels, and remained unchanged in 2004.
The drop means that 44,000 fewer cases of breast cancer were diagnosed in 2003 and again in 2004. Prior to this study, the American Cancer Society was reporting an estimated 300,000 new breast cancer diagnoses each year.
The driving force behind the decline emerged from a large study known as the Women's Health Initiative. The study involved 16,000 participants and looked at whether hormone replacement therapy prevents heart disease in post-menopausal women.
The hormone replacement therapy study was halted suddenly in 2002 when investigators found that the drugs promoted ovarian cancer. Millions of women stopped taking them.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World,"', None, None),
        Q('"The joke about New York City kids', 'how that works."', "CAPLOW"),
        Q('"Our World."', None, None),
    ],
),
dict(
    id="voa-en-our-world-2007-05-12",
    source="https://www.voanews.com/a/a-13-2007-05-13-voa29-66556757/554855.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice 'This transcript is provided as a service; there may be some variation between it and the program as broadcast.' dropped (H25, H300); the paragraph 'LASH: “I think the evidence of the Millennium Assessment ... you can have ec', cut in the stored copy inside its quotation, dropped; the copy's unopened closing mark after 'magazine, Our World.' and the double period after 'healthy soils' kept (H473))",
    text='''Our World — 12 May 2007
MUSIC: "Our World" theme
Straight ahead on Our World: Taking a new view of nature's bounty as capital assets ... cataloging all of earth's species on the Internet ... and endorsing a plan to build a renewable-energy future for America:
ECKHART: “What you see here in this document is a commitment, a statement that technically we believe that we can provide 25–35 percent of our nation's energy requirements in the next 20–30 years.”
Leaders in the renewable energy industry make an appeal for the planet … that and promising treatments for cervical cancer and osteoporosis. Hi! I'm Rosanne Skirble sitting in for Art Chimes. Welcome to VOA's science and technology magazine, Our World."
People in the 21st century, on average, live longer and are better nourished and healthier than ever before in human history. But this progress has come at an alarming cost to the environment.
The United Nations Ecosystem Assessment — released in 2005 — reported that 60 percent of global ecosystems are either degraded or used unsustainably, and that between 10 and 30 percent of the earth's mammal, bird and amphibian species are threatened with extinction.
The UN study suggested attaching a monetary value to those ecological services that sustain life - including clean water, clean air, and healthy soils..
A new report published this week by the World Resources Institute responds to the UN findings with a detailed plan of action.
The report is called “Restoring Nature's Capital.” World Resources Institute President Jonathan Lash says it is an effort to rethink the economic, social and political value of nature's bounty.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('“What you see here in this document', '20–30 years.”', "ECKHART"),
        Q('“Restoring Nature\'s Capital.”', None, None),
    ],
),
]
