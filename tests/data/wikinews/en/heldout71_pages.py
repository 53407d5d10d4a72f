# Held-out English news texts (tests/data/heldout71-en.jsonl), none of them used in an earlier set. Global Voices in English
# (globalvoices.org, CC BY 3.0, attribution "Global Voices"): twelve topic list pages of the site's older layout (2008-2011:
# Environment, Indigenous, Human Rights, Freedom of Speech), taken from stored web pages (the `pages` search corpus). Each
# entry of such a page is a story title, (on most pages) a date line and a teaser that usually quotes the blog or person the
# story is about. Stored copies are cut after about 2,000 characters: only complete entries are kept and the last, cut
# entry is dropped with its title and date (noted in `retrieved`). The breadcrumb line ('· December, 2010') and the
# 'Read this post' link lines are dropped as site chrome; the leading spaces of the date lines are removed; wording,
# spelling ('Ahmadinjad', 'mobilse', 'wonded'), Global Voices' own teaser cuts ('...'), spacing inside paragraphs and
# quotation marks are as stored. Annotated by reading the texts, before whosaid was run on them (rules H400-H405 in
# ANNOTATION.md on top of H1-H386).
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout71-en.jsonl

Built by `build.py` from `heldout71_pages.py`. Like the Global Voices pages of heldout21-en, these texts are list pages of
Global Voices in English (globalvoices.org; CC BY 3.0, attribution "Global Voices"), taken from stored web pages (the
`pages` search corpus), but all of the site's older layout of 2008-2011, whose teasers quote the blogs and people the
stories are about: topic pages Environment (May 2010 page 2, December 2009, December 2010 page 3, January 2011 page 2,
July 2011), Indigenous (September 2010, August 2011), Human Rights (January 2009 page 2, August 2009, September 2009,
September 2010 page 2) and Freedom of Speech (September 2008). The stored copies are cut after about 2,000 characters; only
complete entries (title, date, teaser) are kept, the cut last entry is dropped (noted per page). Breadcrumb and 'Read this
post' link lines were dropped and the date lines' leading spaces removed; wording and quotation marks are as stored. None
of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every
existing text: no shared 8-word sequence). The annotation (rules H400–H405 in `ANNOTATION.md` on top of H1–H386) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-environment-2010-12-p3",
    source="https://globalvoices.org/-/topics/environment/page/3/?m=201012",
    license=GV, retrieved=PAGES + " (topic list page, page 3 of December 2010; the breadcrumb line '· December, 2010' dropped; the last entry 'Morocco: Bloggers Survey Flood Damage', cut in the stored copy, dropped with its date (H400))",
    text='''Stories about Environment from December, 2010
Bolivia Opposes UN Climate Summit Declaration
11 December 2010
Ben from The Latin Americanist reports: “Bolivia stood alone today at the UN Climate Summit in Cancun as the only country that opposed the summit's declaration. Why? Bolivia felt the declaration didn't go far enough to curb greenhouse gas emissions or to support the renewal of the Kyoto Protocol before...
Burkina Faso: Coping with climate change
10 December 2010
A farmer in Burkina Faso combines farming and cattle herding to cope with climate change: “Years ago, when the forest and grass were plentiful, the stover from millet and sorghum were left on the fields. But now they are carefully stowing it as animal feed, to be used during the...
Suriname: Art & Houses
10 December 2010
“The Surinamese house from the 19th century is disappearing from the Paramaribo scene and with it a piece of our history”: Srananart's Blog features a painter who is passionate about “characteristic old wooden Surinamese houses.”
Serbia: Novelists Participate in “Blog Day” Project
10 December 2010
On Dec. 8, one of the Serbian publishing houses launched an interesting project: called Blog Day, it represents a unique example of web activism in Serbia that will be taking place four times a year. The topic of the first Blog Day was Ecology, and over 20 Serbian novelists have posted their contributions.
Mexico, World: The Impact of COP16 for Those Not Attending
8 December 2010
Richard Grabman from The Mex Files writes, “Forgotten in there is who is affected by climate change the most — It’s not as if an Amazonian fishermen can buy carbon credits […] He… as much as Korean farmers, French pensioners, gringo bloggers, you… need to eat and are going to...''',
    quotes=[
        Q('“Bolivia stood alone', 'Kyoto Protocol before...', "Ben"),
        Q('“Years ago, when', 'used during the...', None),
        Q('“The Surinamese house', 'piece of our history”', "Srananart's Blog"),
        Q('“characteristic old wooden', 'Surinamese houses.”', "Srananart's Blog"),
        Q('“Blog Day”', None, None),
        Q('“Forgotten in there', 'are going to...', "Richard Grabman"),
    ],
    aliases={"Ben": ["Ben from The Latin Americanist"], "Richard Grabman": ["Richard Grabman from The Mex Files"]},
),
dict(
    id="gv-en-environment-2009-12",
    source="https://globalvoices.org/-/topics/environment/?m=200912",
    license=GV, retrieved=PAGES + " (topic list page of December 2009, layout without date lines; the last entry 'Bangladesh: Celebrating Winter', whose teaser is cut in the stored copy, dropped (H400))",
    text='''Stories about Environment from December, 2009
Bhutan: Snowfall And Holiday
“Nobody seems to know when it started or how it started, but tradition dictates that Thimphu residents – especially public servants – avoid going to office on the day the...
South Asia: Looking Back At 2009
The year 2009 is ending and its time to retrospect how the year has been for the South Asian region. In a two-part review we will look back at some of the major events which took place this year in the South Asian countries seen through the eyes of the citizen journalists.
Caribbean: 2009 Regional Roundup
As Global Voices celebrates its fifth anniversary, the occasion has given us all an opportunity to reflect on why we do what we do and how our work makes a...
Grenada, Trinidad & Tobago: Fave Islands
Lifespan of a Chennette gives a comprehensive virtual tour of the Spice Isle, Grenada.
Malawi: Bloggers discuss 30 earthquakes in 3 weeks
In what some geologists have described as rare occurrences, Malawi's northern district of Karonga has in the past three weeks experienced a total of 30 earthquakes resulting in at least 5 deaths, over 200 people injured and over 3,000 made homeless. Bloggers have been quick to share their reactions.
Did China wreck the Copenhagen deal?
Uln tried to sort out what had happened in Copenhagen and questioned why the developed countries did not sign among themselves a deal for reducing emission. Inside-Out China translated a...
Curacao: Kayaking through Caribbean
Repeating Islands blogs about an activist from Curaçao, who “has paddled more than 1600 kilometres in a kayak to raise awareness for the environment.”
Trinidad & Tobago: 500
Trinidadian bloggers comment on the country's record murder rate – Jumbie's Watch: “The message is clear. We’re screwed.” B.C. Pires: “Not even when Mr Manning and Mr Panday achieve Trinidad's...''',
    quotes=[
        Q('“Nobody seems to know', 'on the day the...', None),
        Q('“has paddled', 'for the environment.”', "Repeating Islands"),
        Q('“The message is clear.', 'We’re screwed.”', "Jumbie's Watch"),
        Q('“Not even when', "achieve Trinidad's...", "B.C. Pires"),
    ],
),
dict(
    id="gv-en-environment-2011-01-p2",
    source="https://globalvoices.org/-/topics/environment/page/2/?m=201101",
    license=GV, retrieved=PAGES + " (topic list page, page 2 of January 2011; the breadcrumb line '· January, 2011' dropped; the last entry 'Argentina's Agricultural Sector on Strike: Economic or Political Impact?', whose teaser is cut in the stored copy, dropped with its date; the typo 'mobilse' kept as stored (H400))",
    text='''Stories about Environment from January, 2011
Taiwan: Product placement and the petrochemical industry
21 January 2011
If a petrochemical company treats bloggers to a cushy on-site tour, do posts that follow count as corporate astroturfing? What, as some have alleged, if the excursion was funded by the government? And, what if the bloggers weren't shown the whole story?
Guyana: The Need to Go Green
20 January 2011
“I wonder if it is true, that there is a link between Styrofoam and cancer. And if there is, then why we still using it in green land of Guyana?”: Guyana-Gyal is beginning to think that “nobody don’t give a damn.”
Mexico: The “Sistine Chapel of Crystals”
20 January 2011
The "Cave of Crystals" in the Mexican town of Naica houses giant crystals known as "Moon Stones." The cave is a deadly place for humans to visit, but through the Internet bloggers are sharing the story behind this mysterious cave.
Jordan: Social Media Combats Deforestation Project
19 January 2011
The Jordanian government scheduled the building of a new military academy within the Ajloun forest, one of Jordan's few remaining forested areas. Immediately, several pre-existing and ad hoc coalitions sprung to halt the project - working mostly through citizen media to make their voices heard and mobilse support on the ground.
Iran: 14 Lions Killed in Tehran Zoo
18 January 2011
Environmental bloggers are angry and concerned about the killing of 14 lions in Tehran Zoo. Iranian media reported that the lions were put down because they were diagnosed with an infectious bacterial disease, glanders, which is more commonly found in horses, donkeys, and mules. Two weeks earlier, a Siberian tiger...''',
    quotes=[
        Q('“I wonder if it is true', 'green land of Guyana?”', "Guyana-Gyal"),
        Q('“nobody don’t give a damn.”', None, "Guyana-Gyal"),
        Q('“Sistine Chapel of Crystals”', None, None),
        Q('"Cave of Crystals"', None, None),
        Q('"Moon Stones."', None, None),
    ],
),
dict(
    id="gv-en-environment-2011-07",
    source="https://globalvoices.org/-/topics/environment/?m=201107",
    license=GV, retrieved=PAGES + " (topic list page of July 2011, layout without date lines; the last entry 'South Korea: 41 Dead in Torrential Flooding and Landslides', whose teaser is cut in the stored copy, dropped (H400))",
    text='''Stories about Environment from July, 2011
Ukraine: Timoshenko Facing the Law
LEvko of Foreign Notes follows up on the trial against former Ukrainian Prime Minister, Yulia Timoshenko, and finds that – despite a weak case – the process is likely to...
Zambia/Ethiopia: Only Elephants Should Wear Ivory
A Zambian woman has been arrested in Addis Ababa, Ethiopia for wearing ivory bracelets, Gershom Ndhlovu reacts: “Only elephants, and no one else, should wear ivory. As such, not only...
Global Voices Bloggers to Mentor Youth Activists from 10 Countries
Today we announce the names of 10 Global Voices bloggers and 11 activists who will be working together virtually over the next months as part of a new mentoring initiative developed by Global Voices and Activista, the youth network of international development organization, ActionAid.
Bahamas: Taking Precautions vs. Dengue
Womanish Words is shaken by her son's diagnosis of Dengue Fever, saying: “These are serious times. We all must take proper precautions. And we need to amp up the national...
Dominica: Rains Cause River to Break Bank
NewsDominica.com reports on the latest damage caused by persistent heavy rains on the island.
Cuba: Call for Justice in Death of Teen
Laritza's Laws posts an update about the shooting death of a teen by a retired police officer: “Relatives and neighbors of the victim suspect the police are looking for excuses...
Bulgaria-Russia: Refinery Shutdown Causes Oil Crisis
John Helmer of Dances With Bears reports that a Bulgarian government-imposed shutdown of the Lukoil-owned Burgas refinery threatens to create an oil crisis in the country, and goes on to...''',
    quotes=[
        Q('“Only elephants', 'not only...', "Gershom Ndhlovu"),
        Q('“These are serious times.', 'the national...', "Womanish Words"),
        Q('“Relatives and neighbors', 'for excuses...', "Laritza's Laws"),
    ],
),
dict(
    id="gv-en-environment-2010-05-p2",
    source="https://globalvoices.org/-/topics/environment/page/2/?m=201005",
    license=GV, retrieved=PAGES + " (topic list page, page 2 of May 2010; the breadcrumb line '· May, 2010' dropped; the stored copy ends after the entry 'Uganda: Mapping water sources', whose teaser ends with Global Voices' own cut 'embedded in...' (H400))",
    text='''Stories about Environment from May, 2010
Brazil: Ants Protest Insecticide
18 May 2010
Ants protest is an artistic video made and posted by attaspp in Vimeo and features a group of ants carrying placards reading “Stop the killing” and crossed out Baygon logos, the brand name for an insecticide. Wish to know how it was done? The Brazilian director has also posted a...
Global: The Green Wave 2010
17 May 2010
Esse tal Meio Ambiente blogs [pt] on The Green Wave Campaign 2010, to take place on May 21-22 in parallel with the International Day for Biodiversity. The multi-year global campaign promotes the discussion of biodiversity by children and youth and the planting of trees.
Sri Lanka: Drainage Problem In Colombo
16 May 2010
Kanishka Ratnapriya at GroundViews posts some pictures showing the inundations in different parts of Colombo after two hours of rain, and questions the faulty drainage system of the capital of Sri Lanka.
Jamaica, U.S.A.: When Will It End?
13 May 2010
Jamaican diaspora blogger Labrish is trying to reconcile the recent Gulf oil spill, but maintains: “In this latest Big-Oil-Screw-Up, we have no idea how long this hemorrhaging is going to last.”
Ghana: What happens when lights go off in Accra?
11 May 2010
What happens when lights go off in Accra?: “Even when you have alternative arrangements to obtaining power, the point is not lost on you on the astronomical amounts you expend to get your fridge and other electrical gadgets working through a generator.”
Uganda: Mapping water sources
8 May 2010
Tom Loughran blogs about mapping water sources in Uganda: “Each of the points on the map contains the results of a proof-of-concept water quality test, and a hyperlink to images and additional information about the water source…The location and water quality data are entered into a Google form embedded in...''',
    quotes=[
        Q('“Stop the killing”', None, None),
        Q('“In this latest', 'going to last.”', "Labrish"),
        Q('“Even when you have', 'through a generator.”', None),
        Q('“Each of the points', 'embedded in...', "Tom Loughran"),
    ],
),
dict(
    id="gv-en-indigenous-2011-08",
    source="https://globalvoices.org/-/topics/indigenous/?m=201108",
    license=GV, retrieved=PAGES + " (topic list page of August 2011, layout without date lines; the last entry 'Brazil: Construction Starts on Contr...', cut inside its title in the stored copy, dropped; the reversed closing marks in '‘Prior Consultation Law‘' and 'Originarios“' kept as stored (H400))",
    text='''Stories about Indigenous from August, 2011
Chile: Mapuche Youth Takeover Municipal Building
Katie Manning from Mi Voz reports that forty Mapuche teenagers have staged a takeover –toma in Spanish– in Ercilla: “Since August 19, the 11-to-17-year-olds occupied the town’s government center. They’re...
Bolivia: Aymara Women Working as ‘Voceadoras’ in El Alto
Alberto Medrano shares two videos of Aymara women in El Alto working in minibuses as voceadoras: women who announce the vehicle's route and collect the passengers’ money. Cristina Quisbert blogged...
Peru: Congress Passes Law Requiring Prior Consultation With Indigenous Peoples
The Peruvian Congress unanimously approved the ‘Prior Consultation Law‘ for indigenous or native peoples (“Ley de Consulta Previa a los Pueblos Indígenas u Originarios“[es] in Spanish), which establishes the mandatory...
Brazil: Global Action Against Belo Monte Dam in Images
Protests against Brazil's Belo Monte hydroelectric power plant dam have gone global. In this post, we compile a selection of photos and videos featuring the worldwide demonstrations, from the streets of many Brazilian cities to the rest of the world.
Bolivia: An Indigenous March Against an Indigenous Government
Sueños para Atar [es] says Bolivians are wondering “Why are indigenous people marching against an indigenous government?” and “Why does an indigenous government refuse to listen to indigenous people?” as...
Chile: Police Prevent Reporters From Covering Raid on Mapuche Community
Two Mapuche and a police officer were shot when “on Thursday, August 18th, the police raided sixteen Mapuche homes in search of weapons”, Ryan Seelau reports in Indigenous News. He...
Madagascar: Expectant Mothers, Beware
In an interesting post on “Fady” (cultural taboos) in traditional Malagasy society, blogger Ariniaina lists a few “do not” tips for pregnant women [fr], for example: “Do not carry fish in...''',
    quotes=[
        Q('“Since August 19', 'They’re...', "Katie Manning"),
        Q('‘Voceadoras’', None, None),
        Q('‘Prior Consultation Law‘', None, None),
        Q('“Ley de Consulta', 'Originarios“', None),
        Q('“Why are indigenous', 'indigenous government?”', "Sueños para Atar"),
        Q('“Why does an indigenous', 'indigenous people?”', "Sueños para Atar"),
        Q('“on Thursday, August 18th', 'search of weapons”', "Ryan Seelau"),
        Q('“Fady”', None, None),
        Q('“do not”', None, None),
        Q('“Do not carry fish', 'fish in...', "Ariniaina"),
    ],
    aliases={"Katie Manning": ["Katie Manning from Mi Voz"], "Ariniaina": ["blogger Ariniaina"]},
),
dict(
    id="gv-en-indigenous-2010-09",
    source="https://globalvoices.org/-/topics/indigenous/?m=201009",
    license=GV, retrieved=PAGES + " (topic list page of September 2010, layout without date lines; the last entry 'Brazil: Real Estate Speculation Threats...', cut in the stored copy, dropped (H400))",
    text='''Stories about Indigenous from September, 2010
Chile: 80 days later, Mapuche still on hunger strike
Today marks 80 days of the Mapuche hunger strike over the Anti-terror law in Chile. Observatorio Ciudadano published a list [es] of demonstrations that will take place throughout Chile and...
Trinidad & Tobago: Film on the Amerindians
Repeating Islands blogs about “one of the documentaries being screened at the 2010 Trinidad and Tobago Film Festival…Tracy Assing’s new film The Amerindians.”
The Invisible Border Between Ecuador and Colombia
The Colombia-Ecuador border is once again a contentious issue. Both countries have a border of 586 km and with it a long history of conflict, mutual accusations and reports of armed conflict and displacement.
Mexico: State of Human Rights of Indigenous Women
In an interview for Vivir México [es], Pepe Flores asked Yalí Noriega –from Amnesty International Mexico [es]– about the state of human rights of indigenous women.
Peru: Hydroelectric Project Raises Concerns
The blog Warmiboa [es] shares its concern about hydroelectric project Corina, which would divert water from two rivers (Huallaga and Marañón) to the coast in order to irrigate the desert,...
Mexico: Indigenous Community San Juan Copala Ordered to Evacuate
Kristin Bricker explains that, “Authorities of the autonomous municipality of San Juan Copala, Oaxaca, have ordered the total evacuation of the town, which has been under siege since February of...
Taiwan: Interview with Kimbo Hu
Trista di Genova interviews indigenous musician Kimbo Hu (胡德夫). Kimbo is well known for his music and has also been a leader in the indigenous rights movement in Taiwan.
Chile: Police Break up Display of Mapuche Flag During Bicentennial Celebrations
Montserrat Nicolas shares a citizen video of an incident during the bicentennial celebrations; the video shows police breaking up a display of a Mapuche flag and apprehending those involved.''',
    quotes=[
        Q('“one of the documentaries', 'The Amerindians.”', "Repeating Islands"),
        Q('“Authorities of the autonomous', 'since February of...', "Kristin Bricker"),
    ],
),
dict(
    id="gv-en-human-rights-2009-08",
    source="https://globalvoices.org/-/topics/human-rights/?m=200908",
    license=GV, retrieved=PAGES + " (topic list page of August 2009; the breadcrumb line '· August, 2009' dropped; the last entry 'Puerto Rico: “Such is Life”', whose teaser is cut in the stored copy, dropped with its date (H400))",
    text='''Stories about Human Rights from August, 2009
Russia: Photos and Drawings of Opposition Rally
31 August 2009
Photos from the Aug. 31 opposition rally in Moscow – by LJ user mnog (RUS); drawings and an observation – by LJ user pshevelev (RUS): “A few people are chanting ‘Shame!’ and are being seized [by the police], and the other 60 are taking photos and keeping silent. If you're...
Sri Lanka: Let The IDPs Go
31 August 2009
Indrajit Samarajiva at Indi.ca visits a Sri Lankan IDP camp and shares his observations: “Everyone just wants to go home, or at least to stay with relatives. They don’t need charity anymore, they need the freedom to rebuild their lives with dignity.
East Timor: “Happy Day” of freedom vote
30 August 2009
Timorese bloggers have celebrated the 10th anniversary of the popular referendum which led to the territory's formal independence. One commemorates the "happy day", another recalls his determination to drive out the Indonesian military occupiers, and yet another uses the day to question the current moment in Timor.
Japan: We will not forget Hiroshima and Nagasaki
30 August 2009
64 years ago, on the 6th and the 9th of August, atomic bombs were dropped by the U.S. forces on Hiroshima and Nagasaki. Over 200,000 people died and every year, ceremonies are held to commemorate those victims and to remind humanity of the horrors of war and of the use...
Guinea : Remembering Aug. 27, 1977
29 August 2009
32 years ago, on August 27, 1977, the people of Guinea first rose up against the abuses of Sékou Touré's regime. Oumar, blogging (Fr) for Konngol Afirik at maneno.org, explains the background and speaks up for the duty of memory.''',
    quotes=[
        Q('“A few people are chanting', "If you're...", "pshevelev"),
        Q('“Everyone just wants', 'lives with dignity.', "Indrajit Samarajiva"),
        Q('“Happy Day”', None, None),
        Q('"happy day"', None, None),
    ],
    aliases={"pshevelev": ["LJ user pshevelev"], "Indrajit Samarajiva": ["Indrajit Samarajiva at Indi.ca"]},
),
dict(
    id="gv-en-human-rights-2009-09",
    source="https://globalvoices.org/-/topics/human-rights/?m=200909",
    license=GV, retrieved=PAGES + " (topic list page of September 2009; the breadcrumb line '· September, 2009' dropped; the last entry 'Guinea-Conakry: 58 Killed By Army', whose teaser is cut in the stored copy, dropped with its date (H400))",
    text='''Stories about Human Rights from September, 2009
Serbia: The Death of a French Football Fan
30 September 2009
Brice Taton, a 28-year-old French citizen and a fan of the Toulouse football team, was brutally beaten by fans of the Partizan football team in downtown Belgrade on Sept. 17, before the Partizan vs Toulouse game. He died in a Belgrade hospital on Sept. 29.
Sri Lanka: Testimonies Of Detained IDPs
30 September 2009
GroundViews posts two short testimonies on the plight of IDPs released from Menik Camp. The testimonies highlight “significant challenges facing reconciliation and resettlement in post-war Sri Lanka and the urgent need for psycho-social counseling”.
Russia: “Afro Plus”
30 September 2009
Adventures in Wheelville expresses solidarity with Moscow's African residents: “While Obama is busy making buddy with Medvyedev, scores of black folks on Moscow streets are looking over their shoulder every two seconds in fear. It's horribly ironic.”
Poland: Sexual Crimes and Roman Polanski
30 September 2009
Polandian writes about Poland's plans to legalize chemical castration for those who commit sexual crimes against minors – and about the arrest of Roman Polanski in Switzerland and the Polish foreign minister's intention to ask the U.S. president to pardon the film director: “Now, if the 1977 charge had been...
Bangladesh: Banning Of Adult Websites
29 September 2009
Joruri Khobor posts a hilarious take on the news that the government of Bangladesh has banned 84 adult websites that featured “well-known Bangladeshi celebrities in obscene poses”.''',
    quotes=[
        Q('“significant challenges', 'psycho-social counseling”', "GroundViews"),
        Q('“Afro Plus”', None, None),
        Q('“While Obama is busy', 'horribly ironic.”', "Adventures in Wheelville"),
        Q('“Now, if the 1977', 'had been...', "Polandian"),
        Q('“well-known Bangladeshi', 'obscene poses”', None),
    ],
),
dict(
    id="gv-en-human-rights-2010-09-p2",
    source="https://globalvoices.org/-/topics/human-rights/page/2/?m=201009",
    license=GV, retrieved=PAGES + " (topic list page, page 2 of September 2010; the breadcrumb line '· September, 2010' dropped; the last entry 'Armenia: Officer faces abuse charges', whose teaser is cut in the stored copy, dropped with its date; the double space in 'Charter 08.  Meanwhile' kept as stored (H400))",
    text='''Stories about Human Rights from September, 2010
Armenia: LGBT round table
26 September 2010
Pink Armenia reports on a round table on the LGBT community held in Yerevan, the Armenian capital, last week. The blog says that although government ministries accepted invitations to attend, none did.
Nobel Peace Prize should go to Liu Xiaobo
25 September 2010
Xu Youyu, philosopher and professor with the Chinese Academy of Social Sciences, wrote an open letter (English translation here) to call for international support for this year's Nobel Peace Prize to be awarded to Liu Xiaobo, the imprisoned author of China's Charter 08.  Meanwhile, C. Custer at ChinaGeeks commented on...
Barbados: Vigilante Victim Charged
23 September 2010
The Bajan Reporter has an update on the incident in which an alleged pedophile was the recipient of vigilante justice, saying that the man “has been charged with rape of a Minor…Police will not even reveal the age of the girl involved.”
Latvia: Investigative Journalist Flees the Country
23 September 2010
Free Speech Emergency in Latvia reported on Sept. 12: “Lato Lapsa, a controversial Latvian investigative journalist with access to hundreds of pages of documents in a criminal investigation of politician and Ventspils mayor Aivars Lembergs, announced he was fleeing the country and shutting down his websites, including one that was...
East Timor: The Past is Present
23 September 2010
For many East Timorese families that have lived through the violent Indonesian occupation, the past is still present. The poignant words of Fidelis Magalhães - the son of a slain pro-independence fighter - mark the eleventh anniversary of the UN run Popular Consultation which resulted in the independence of the country.''',
    quotes=[
        Q('“has been charged', 'the girl involved.”', "The Bajan Reporter"),
        Q('“Lato Lapsa, a controversial', 'one that was...', "Free Speech Emergency in Latvia"),
    ],
),
dict(
    id="gv-en-human-rights-2009-01-p2",
    source="https://globalvoices.org/-/topics/human-rights/page/2/?m=200901",
    license=GV, retrieved=PAGES + " (topic list page, page 2 of January 2009; the breadcrumb line '· January, 2009' dropped; the last entry 'Iran:The first mixed football game draws punishment', whose teaser is cut in the stored copy, dropped with its date (H400))",
    text='''Stories about Human Rights from January, 2009
The plight of the Rohingya
28 January 2009
The Rohingya have been called “trafficked victims”, “refugees”, “forced migrants” and “illegal migrants”. The Irrawaddy provides a comprehensive background to the situation of the Rohingya. This issue has involved Malaysia, Indonesia, Thailand, Myanmar, Bangladesh and even the United States.
Slovenia: Honoring Auschwitz Survivors
28 January 2009
Dr. Filomena dedicates a post to her grandfather’s sister, an Auschwitz survivor: “She was not a Jew, she was not Roma, she was simply the sister of a man who would not bow to the territory-hungry aggressor who’d tried to make his Slovenian family deny its roots and turn its...
Poland: Racism, Bad Roads and Euro 2012
28 January 2009
Writing about Euro 2012 and racism, the beatroot concludes: “There are some nasty little racists at Poland’s football stadia, but believe me, Poland’s roads are a lot bigger threat to the fabric of society – and international football tournaments – than those idiots.”
St. Vincent & the Grenadines: Call for Justice
27 January 2009
“Let the courts speak loudly on behalf of all the little children whose voices are silenced by these criminals”: Blogging from St. Vincent & the Grenadines, Abeni is all for throwing the book at sexual offenders.
Cuba: Political Prisoners
27 January 2009
Diaspora blogger Uncommon Sense reports on the experience of some of Cuba's political prisoners because he believes that “it is a truth that one day will set them, and their country, free.”''',
    quotes=[
        Q('“trafficked victims”', None, None),
        Q('“refugees”', None, None),
        Q('“forced migrants”', None, None),
        Q('“illegal migrants”', None, None),
        Q('“She was not a Jew', 'and turn its...', "Dr. Filomena"),
        Q('“There are some nasty', 'those idiots.”', "the beatroot"),
        Q('“Let the courts', 'these criminals”', "Abeni"),
        Q('“it is a truth', 'country, free.”', "Uncommon Sense"),
    ],
    aliases={"Uncommon Sense": ["Diaspora blogger Uncommon Sense"]},
),
dict(
    id="gv-en-freedom-of-speech-2008-09",
    source="https://globalvoices.org/-/topics/freedom-of-speech/?m=200809",
    license=GV, retrieved=PAGES + " (topic list page of September 2008; the top lines 'Close', the donation box 'Support Global Voices ... Donate now »' and the breadcrumb '· September, 2008' dropped; the link lines 'Read this post' dropped; the last entry 'China: Will a Nobel Peace Prize really hurt our feelings?', whose teaser may be cut in the stored copy, dropped with its date; the spelling 'Ahmadinjad' and the closing '' after 'empire' kept as stored (H400, H404))",
    text='''Stories about Freedom of Speech from September, 2008
Belarus: The Election
30 September 2008
Pre- and post-election insight from Belarus – at Andrei Khrapavitski's Belarusan American Blog, here and here: “Both the govt and the opposition elite cared more about the exterior, much less about the substance.”
Iran: Mr. Ahmadinejad in New York
30 September 2008
While Iranian president, Mahmoud Ahmadinjad, addressed the U.N. General Assembly on Tuesday declaring that "the American empire'' and "Zionist regime" [Israel] are nearing collapse, pro-democracy Iranians and 3,000 people mobilized by a coalition of mostly Jewish groups, protested against Ahmadinejad's threats toward Israel and Iran's human rights record.
Brazil: Bloggers’ magazine on democracy
30 September 2008
The latest issue of blogger magazine Feed-se: Democracia, available in PDF for free download (in Portuguese), is a special edition on democracy, by Brazilian bloggers Nospheratt, Alex, Lu Monte and Lúcia Freitas.
Cuba: Independent Journalists
30 September 2008
“There is no better way to learn about journalism than from another journalist”: Uncommon Sense is pleased to report that independent journalism is growing in Cuba.
Blogger of the Week: Sami Ben Gharbia
28 September 2008
This week's Blogger of the Week is none other than Global Voices Advocacy Director Sami Ben Gharbia, known for his dedication to the fight against oppression and censorship. Sami is originally from Tunisia, but has been based in The Netherlands since 1998. He blogs at fikra.''',
    quotes=[
        Q('“Both the govt', 'the substance.”', "Andrei Khrapavitski"),
        Q('"the American empire\'\'', None, "Mahmoud Ahmadinjad"),
        Q('"Zionist regime"', None, "Mahmoud Ahmadinjad"),
        Q('“There is no better way', 'another journalist”', "Uncommon Sense"),
    ],
    aliases={"Mahmoud Ahmadinjad": ["Mr. Ahmadinejad", "Ahmadinejad"]},
),
]
