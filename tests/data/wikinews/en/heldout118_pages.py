# Held-out English news pages (tests/data/heldout118-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on Russia's war on Ukraine and the crises before it, works of the US
# government in the public domain: Sergei Lavrov and Petro Poroshenko trading charges (2015, VOA's preview address), the
# hero's welcome for Yulia Tymoshenko and Viktor Yanukovych's refusal to resign (February 2014, voanews.com/a), the 'Ukraine:
# What We Know' bullet list of February 23, 2022, five 'Latest Developments in Ukraine' live pages of 2022 (March 2, March
# 16, March 18, March 23, September 15) and Volodymyr Zelenskyy on his visit to the U.S. and Canada (September 2023). The
# live pages credit single items to Reuters, AP, AFP, CNN or Al Jazeera ('... The Associated Press reported'), which VOA
# relays in its own page; no page as a whole is marked as from AP, Reuters or AFP. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation lines
# ('Accessibility links', 'Breaking News', 'update'), photo captions (also when stored twice), the promotional line 'For
# full coverage of the crisis in Ukraine, visit Flashpoint Ukraine.', a time stamp with nothing after it and a section
# heading ('Airstrikes') are dropped; headlines are kept as first lines where the stored copy has one; wording, typos
# ('condeming', 'in making', 'his county'), bullets ('* ') and quotation marks (straight or curly, mixed as stored) are
# kept. Annotated by reading the pages, before whosaid was run on them (rules H870-H874 in ANNOTATION.md on top of the
# earlier rules).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout118-en.jsonl

Built by `build.py` from `heldout118_pages.py`. Like heldout22-en, heldout24-en, heldout84-en, heldout90-en,
heldout93-en, heldout101-en, heldout102-en, heldout104-en, heldout111-en and heldout115-en, these texts are stored web
pages (the `pages` search corpus) of the Voice of America, none of them used in a set above, this time on Russia and
Ukraine, 2014 to 2023: Russian Foreign Minister Sergei Lavrov and Ukrainian President Petro Poroshenko trading charges
(2015, VOA's preview address), the hero's welcome for the freed Yulia Tymoshenko and Viktor Yanukovych calling his ouster
a "coup" (February 2014), the bullet list 'Ukraine: What We Know' of February 23, 2022, five of VOA's 'Latest
Developments in Ukraine' live pages of 2022 (March 2, March 16, March 18, March 23 and September 15) and Volodymyr
Zelenskyy on his visit to the U.S. and Canada (September 2023). All are US government works in the public domain; the
live pages credit single items to Reuters, AP, AFP, CNN or Al Jazeera inside VOA's own page, and no page as a whole is
marked as from AP, Reuters or AFP. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Navigation lines, photo captions, the promotional 'Flashpoint Ukraine' line, an
empty time stamp and a section heading were dropped; headlines are kept as first lines where stored; wording, typos,
bullets and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of
their speakers and by distinctive phrases against every existing text). The annotation (rules H870–H874 in
`ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-2015-russia-us-not-always-constructive-in-ukraine",
    source="https://voa.pangea-cms.com/preview/en-US/a/poroshenko-ukraine-real-war-russia/2779117.html",
    license=VOA, retrieved=PAGES + " (VOA's preview address; the lines 'Accessibility links', 'Breaking News' and 'update' and the photo caption 'FILE - Ukrainian servicemen deploy a weapon at the beach of the Azov Sea in Shyrokyne, eastern Ukraine, April 15, 2015.', stored twice, dropped; the paragraph 'The U.S. and the European Union have accused Russia of fueling the conflic', cut in the stored copy, dropped)",
    text='''Russia: US Not Always Constructive in Ukraine's Affairs
Russia's Foreign Minister has criticized the United States for participating in Ukraine’s affairs “not always in a constructive way,” another sign of the heightened rhetorical tone between the two countries.
Addressing the Federation Council, the upper chamber of the Russian parliament, Wednesday, Sergei Lavrov said he hopes Washington convinces Ukrainian authorities to strictly adhere to the latest Minsk cease-fire agreement and avoid violence.
Lavrov referred to the recent talks in Sochi, Russia between U.S. Secretary of State John Kerry and Russian President Vladimir Putin.
Lavrov also condemned what he called radical forces in Kyiv and other capitals and warned that any provocation to “further escalate” the conflict would have “terrible consequences both for Ukraine and the entire European security system.”
Ukrainian President Petro Poroshenko said in a BBC interview that Ukraine is in a "real war" with Russia, not just with pro-Russian separatists.
Poroshenko warned that he believes Russia is preparing a military offensive for which Ukrainians must be ready. He said Ukraine must not give Russia "any tiny chance for provocation."
Kyiv and Moscow have openly expressed differences in negotiating with each other.
Poroshenko has said that he did not trust President Putin, but had no option but to negotiate with him.
The Kremlin has said it distrusted Poroshenko and accused Ukraine of “broken commitments.”
Russia blames the crisis in Ukraine on U.S. intervention in a region it has traditionally considered its sphere of influence.''',
    quotes=[
        Q('“not always in a constructive way,”', None, "Sergei Lavrov"),
        Q('“further escalate”', None, "Sergei Lavrov"),
        Q('“terrible consequences', 'security system.”', "Sergei Lavrov"),
        Q('"real war"', None, "Petro Poroshenko"),
        Q('"any tiny chance for provocation."', None, "Petro Poroshenko"),
        Q('“broken commitments.”', None, "Kremlin"),
    ],
    aliases={"Sergei Lavrov": ["Russia's Foreign Minister", "Lavrov"], "Petro Poroshenko": ["Ukrainian President Petro Poroshenko", "Poroshenko"], "Kremlin": ["The Kremlin"]},
),
dict(
    id="voa-2014-02-22-tymoshenko-heros-welcome-yanukovych-will-not-resign",
    source="https://voanews.com/a/interfax-ukraines-yanukovych-says-he-will-not-resign/1857091.html",
    license=VOA, retrieved=PAGES + " (story 'Ukraine's Ex-PM Receives Hero's Welcome'; the stored part begins with the first paragraph, no headline; the paragraph '\"The move appeared to increase the possibility of a split ... despite denials by the leaders that this was thei', cut in the stored copy, dropped)",
    text='''Ukrainians gave newly-freed opposition leader and former Prime Minister Yulia Tymoshenko a hero's welcome as she addressed protesters in Kiev Saturday, where she urged them to continue their demonstrations.
As part of a deal to end weeks of violence, Tymoshenko was freed from a prison hospital where she had been serving time for abuse of power — a charge her supporters say was political revenge by President Viktor Yanukovych.
Speaking from a wheelchair due to severe back pain, Tymoshenko called protesters heroes and the best of Ukraine before breaking down in tears. A long-time Yanukovych adversary, Tymoshenko said that a "dictatorship has fallen" as she honored the protesters who lost their lives.
Earlier Saturday, Ukraine's parliament voted to dismiss President Yanukovych and set early elections for May 25. Parliament also elected a new speaker, Oleksandr Turchynov, a longtime Tymoshenko ally. Former speaker and government supporter Volodymyr Rybak submitted his resignation, citing ill health.
In an interview Saturday with a Ukrainian television station, Yanukovych said he intends to remain in office. He called the violent uprising against him an example of a "coup," and compared it to the Nazis' rise to power in Germany in the 1930s.
The president, who is in Kharkiv near the Russian border, also said all decisions made by Ukraine's parliament Saturday were illegal.
Yanukovych, however, has been left almost powerless. His cabinet promised to back a new government, the police said it supported the opposition, and the army said it would not get involved.
According to reports by Reuters, presidential loyalists in predominantly Russian-speaking parts of eastern Ukraine are questioning the parliamentary actions, and the reports indicate calls have been issued to assume control of pro-Yanukovich territories.''',
    quotes=[
        Q('"dictatorship has fallen"', None, "Yulia Tymoshenko"),
        Q('"coup,"', None, "Viktor Yanukovych"),
    ],
    aliases={"Yulia Tymoshenko": ["former Prime Minister Yulia Tymoshenko", "Tymoshenko"], "Viktor Yanukovych": ["President Viktor Yanukovych", "Yanukovych", "President Yanukovych"]},
),
dict(
    id="voa-2022-02-23-ukraine-what-we-know",
    source="http://www.voanews.com/a/ukraine-what-we-know-/6403165.html",
    license=VOA, retrieved=PAGES + " (the lines 'Accessibility links', 'Breaking News' and 'update' and the photo caption 'Ukrainians hold up their country's flag, right, as they attend a patriotic action 'Mariupol is Ukraine' in Mariupol, Ukraine, Feb. 22, 2022.', stored twice, dropped; the bullet '* The West is demanding that Russia pull its troops and weapons from Ukraine’s border, while ', cut in the stored copy, dropped; the bullets '* ' as stored)",
    text='''Ukraine: What We Know
The latest developments in the conflict between Russia and Ukraine:
* Ukrainian Foreign Minister Dmytro Kuleba calls for more sanctions against Russia: “Now the pressure needs to step up to stop Putin. Hit his economy and cronies. Hit more. Hit hard. Hit now.”
* Ukraine’s military reported shelling from pro-Russian separatists killed one Ukrainian soldier and injured six others in Luhansk.
* The Ukrainian security council approved a national state of emergency set to last for 30 days, subject to parliamentary approval.
* Russian President Vladimir Putin said he is always open to diplomacy but will not negotiate on the interests of Russia or the security of its citizens.
* Australia announced sanctions against members of Russia’s security council, while Japan halted the issuance of Russian bonds.
* U.S. Secretary of State Antony Blinken said planned talks with Russian Foreign Minister Sergey Lavrov were off, after Russia “made clear its wholesale rejection of diplomacy.”
* U.S. President Joe Biden on Tuesday cut off the Russian government from international financing and imposed sanctions on two large banks, declaring that its invasion of Ukraine was “a flagrant violation of international law.”
* Biden also ordered the movement of infantry troops and air support from elsewhere in Europe closer to Russia’s borders, as the region girds for possible confrontation.
* Ukrainian President Volodymyr Zelenskyy said Tuesday he is conscripting reservists for a special period but ruled out a general mobilization.''',
    quotes=[
        Q('“Now the pressure', 'Hit now.”', "Dmytro Kuleba"),
        Q('“made clear its wholesale rejection of diplomacy.”', None, "Antony Blinken"),
        Q('“a flagrant violation of international law.”', None, "Joe Biden"),
    ],
    aliases={"Dmytro Kuleba": ["Ukrainian Foreign Minister Dmytro Kuleba"], "Antony Blinken": ["U.S. Secretary of State Antony Blinken"], "Joe Biden": ["U.S. President Joe Biden", "Biden"]},
),
dict(
    id="voa-2022-03-02-latest-developments-in-ukraine",
    source="https://voanews.com/a/latest-developments-in-ukraine-march-2-/6466013.html",
    license=VOA, retrieved=PAGES + " (live page 'Latest Developments in Ukraine: March 2'; the stored part begins with the promotional line 'For full coverage of the crisis in Ukraine, visit Flashpoint Ukraine.', dropped, no headline; the paragraph 'In another sign of the importance all sides attach to how the war is reported ... for spreading disinforma', cut in the stored copy, dropped; 'condeming' and the repeated sentence in the 9:34 p.m. item as stored)",
    text='''For the latest developments of the conflict between Russia and Ukraine, all times EST:
11:32 p.m.: Ukrainian staff maintaining the decommissioned nuclear power plant at the site of the 1986 nuclear accident are hungry, exhausted and at increased risk of making errors while under the control of Russian military occupiers, officials with Ukraine's main nuclear regulatory agency say. VOA's Tatiana Vorozhko has the story.
10:58 p.m.: Read the US State Department's statement condeming Russia's "full assault on media freedom and the truth."
10:25 p.m.: The United States on Wednesday announced a comprehensive effort to identify and seize the assets of wealthy Russians who have supported the regime of Russian President Vladmir Putin, as part of its response to the Russian invasion of Ukraine. VOA's Rob Garver has the story.
9:34 p.m.: Sirens are heard in Kyiv as the Ukrainian news agency (UNIAN) reports several powerful explosions. A VOA correspondent in Kyiv confirms explosions could be heard in the city center, in the vicinity of the Druzhby Narodiv metro station. They have video. VOA correspondent got confirmation explosions could be heard in the city center (in the vicinity of Druzhby Narodiv metro station).
7:05 p.m.: Russia Media Regulator Moves to Block VOA -- Moscow’s media regulator threatened on Wednesday to block access to VOA’s Russian news network.
In a notice sent to VOA, the regulator Roskomnadzor said that the network’s Russian-language site had 24 hours to remove content that Moscow deems “illegal” or be blocked.
VOA Acting Director Yolanda Lopez said the network was aware of the media regulator's order but could not comply.''',
    quotes=[
        Q('"full assault on media freedom and the truth."', None, "US State Department"),
        Q('“illegal”', None, "Roskomnadzor"),
    ],
    aliases={"US State Department": ["the US State Department's statement"], "Roskomnadzor": ["the regulator Roskomnadzor", "Moscow’s media regulator"]},
),
dict(
    id="voa-2022-03-16-latest-developments-in-ukraine",
    source="https://voa.pangea-cms.com/preview/en-US/a/latest-developments-in-ukraine-march-16-/6487382.html",
    license=VOA, retrieved=PAGES + " (live page 'Latest Developments in Ukraine: March 16', VOA's preview address; the stored part begins with the promotional line 'For full coverage of the crisis in Ukraine, visit Flashpoint Ukraine.', dropped, no headline; the item '6:12 p.m.: VOA's United Nations correspondent Margaret ', cut in the stored copy, dropped; the 6:48 p.m. item, whose embedded assessment is not stored, kept as stored)",
    text='''The latest developments of the conflict between Russia and Ukraine, all times EDT:
11:15 p.m.: Russian President Vladimir Putin lashed out at pro-Western Russians in a televised address, calling them "scum" and "traitors," CNN reports.
10:37 p.m.: The BBC reports that the mayor of Melitopol, Ukraine, has been released after being held by the Russians for five days. Mayor Ivan Fedorov was released in exchange for nine Russian prisoners.
9:28 p.m.: Facebook on Wednesday removed official Russian posts that falsely claimed reports of Russia bombing a children's hospital in Ukraine were a hoax, a company spokesperson said, even as similar messages appeared on other social media platforms, Reuters reported.
8:12 p.m.: In besieged southern Ukraine, Russia on Wednesday destroyed a theater in Mariupol, where hundreds of civilians had taken shelter, Ukrainian authorities said. The number of casualties is unknown. Up to 1,200 people may have been inside the theater, said the city's Deputy Mayor Serhiy Orlov, as the Maxar satellite imagery firm said images from March 14 showed the word “children” had been written in large white letters in Russian in front of and behind the building.
7:02 p.m.: The U.N. Security Council is due to vote on Friday on a Russian-drafted call for aid access and civilian protection in Ukraine, but diplomats say the measure is set to fail because it does not push for an end to the fighting or withdrawal of Russian troops. Russia put forward the text after France and Mexico withdrew their own push for a UNSC resolution on Ukraine's humanitarian situation because they said it would have been vetoed by Moscow, Reuters reported. They instead plan to put it to a vote in the 193-member General Assembly, where no country wields a veto.
6:48 p.m.: The latest intel assessment by the British military of the Russian invasion of Ukraine:''',
    quotes=[
        Q('"scum"', None, "Vladimir Putin"),
        Q('"traitors,"', None, "Vladimir Putin"),
        Q('“children”', None, None),
    ],
    aliases={"Vladimir Putin": ["Russian President Vladimir Putin"]},
),
dict(
    id="voa-2022-03-18-latest-developments-in-ukraine",
    source="https://www.voanews.com/a/latest-developments-in-ukraine-march-18/6490661.html",
    license=VOA, retrieved=PAGES + " (live page; the lines 'Accessibility links' and 'Breaking News', the photo caption 'A demonstrator holding a Ukrainian flag participates in a demonstration called by 70 associations in support of Ukraine in Paris on March 17, 2022.', stored twice, and the promotional line 'For full coverage of the crisis in Ukraine, visit Flashpoint Ukraine.' dropped; the paragraph '“We have repeatedly asked for consular access to these detainees', cut in the stored copy, dropped, so the State Department's second span ends unclosed with its paragraph)",
    text='''Latest Developments in Ukraine: March 18
The latest developments of the conflict between Russia and Ukraine, all times EDT:
11:15 p.m.: "It's time to meet, time to talk," Ukrainian President Volodymyr Zelenskyy told Russia in a Saturday video message, CNN reports.
10:35 p.m.: The New York Times reports that Ukrainian President Volodymyr Zelenskyy will address Japanese lawmakers via video link at 6 p.m. Wednesday, local time.
10:02 p.m.: Al Jazeera reports that the thousands of people fleeing Russia since it invaded Ukraine include young men trying to avoid being forced into military service.
"They’re afraid they’ll all be grabbed and thrown into the meat-grinder," Elena Popova, coordinator of the Russia-based Movement of Conscientious Objectors, told Al Jazeera. "They feel their freedom is under immense pressure."
9:37 p.m.: CNN reports that Ukrainians with diabetes have a new worry -- how to get their insulin in a war zone. An insulin shortage has led to an increase in conditions related to uncontrolled diabetes.
9:07 p.m.: The U.S. State Department is demanding access to WNBA star Brittney Griner, who was detained in Russia for allegedly smuggling drugs, The Associated Press reports.
“We are closely engaged on this case and in frequent contact with Brittney Griner’s legal team," the State Department said in a statement Friday. "We insist the Russian government provide consular access to all U.S. citizen detainees in Russia, including those in pre-trial detention, as Brittney Griner is.''',
    quotes=[
        Q('"It\'s time to meet, time to talk,"', None, "Volodymyr Zelenskyy"),
        Q('"They’re afraid', 'meat-grinder,"', "Elena Popova"),
        Q('"They feel their freedom', 'immense pressure."', "Elena Popova"),
        Q('“We are closely engaged', 'legal team,"', "U.S. State Department"),
        Q('"We insist the Russian government', 'as Brittney Griner is.', "U.S. State Department"),
    ],
    aliases={"Volodymyr Zelenskyy": ["Ukrainian President Volodymyr Zelenskyy"], "U.S. State Department": ["The U.S. State Department", "the State Department"]},
),
dict(
    id="voa-2022-03-23-latest-developments-in-ukraine",
    source="https://www.voanews.com/a/latest-developments-in-ukraine-march-23-/6497189.html",
    license=VOA, retrieved=PAGES + " (live page; the lines 'Accessibility links' and 'Breaking News', the photo captions 'This Maxar satellite image taken and released on March 21, 2022 shows an overview of burning buildings and the Mariupol theater in Mariupol, Ukraine.' and 'FILE - Cars, including a Russian-made Lada , center, move on a street in Moscow, March 10, 2022.', each stored twice, and the promotional line 'For full coverage of the crisis in Ukraine, visit Flashpoint Ukraine.' dropped; the item '7:32 p.m.: Ukrainian President Volodymyr Zelenskyy used his nighttime video address ... to urge people aroun', cut in the stored copy, dropped; 'The White House in making' as stored)",
    text='''Latest Developments in Ukraine: March 23
For the latest developments of the conflict between Russia and Ukraine, all times EST:
10:38 p.m.: The White House in making contingency plans in case Russia uses chemical, biological or nuclear weapons, The New York Times reports. It's also looking into how to respond should the war expand to neighboring nations.
10:14 p.m.: VOA's Jessica Jerreat reports that former Russian independent Dozhd (TVRain) Editor-in-chief Tikhon Dzyadko & spouse Katerina Kotrikadze launched an independent YT channel, following closure of Dozhd. They stream from Georgia. "In times like this we can't remain without connection to our audience and keep silent."
8:09 p.m.: The French car manufacturer Renault, publicly targeted by the Ukrainian president for its activities in Russia, announced Wednesday evening it was immediately suspending the activities of its Moscow factory, according to an Agence France-Presse report. Renault said it would evaluate "the possible options concerning its participation" in its large Russian subsidiary, AvtoVAZ, according to AFP. Russia is the Renault group's second-largest market in the world behind Europe, with nearly 500,000 vehicles sold in 2021.''',
    quotes=[
        Q('"In times like this', 'keep silent."', "Tikhon Dzyadko"),
        Q('"the possible options concerning its participation"', None, "Renault"),
    ],
    aliases={"Tikhon Dzyadko": ["former Russian independent Dozhd (TVRain) Editor-in-chief Tikhon Dzyadko"], "Renault": ["The French car manufacturer Renault"]},
),
dict(
    id="voa-2022-09-15-latest-developments-in-ukraine",
    source="https://voa.pangea-cms.com/preview/en-US/a/latest-developments-in-ukraine-sept-15/6748346.html",
    license=VOA, retrieved=PAGES + " (live page, VOA's preview address; the lines 'Accessibility links' and 'Breaking News', the photo caption 'An elderly man looks at a book as he sits on a bench in the recaptured area of Izium, Ukraine, Sept. 14, 2022', stored twice, and the promotional line 'For full coverage of the crisis in Ukraine, visit Flashpoint Ukraine.' dropped; the paragraph 'Regional newspaper Etela-Saimaa reported in August that Russian citizens purchased property in Finland at an increased rate this year ', cut in the stored copy, dropped)",
    text='''Latest Developments in Ukraine: Sept. 15
The latest developments in Russia’s war on Ukraine. All times EDT.
10:10 p.m.: The Conflict Observatory, which is supported by the U.S. Department of State, on Thursday released an independent, detailed assessment of the impact of Russia’s war on food storage sites in Ukraine, the department said in a statement.
An estimated 15.7% of Ukraine’s crop storage facilities have been affected by Russia's invasion of Ukraine and the resulting conflict, either through seizure by Russia’s and Russia-aligned forces, or because facilities have been destroyed, damaged, or degraded to the point of compromising the crops contained inside.
The report notes that intentional destruction of such facilities may constitute a war crime and a violation of the 1977 Additional Protocol I to the Geneva Conventions of 1949.
This report and other analyses are available online at the Conflict Observatory website.
9:15 p.m.: Finland’s president said Thursday that he wants to make it harder for Russians to use real estate owned in the Nordic nation, usually apartments or summer cottages, as justification for obtaining travel visas, The Associated Press reported.
“Getting a visa to a country is not a subjective right for anyone, but the visa issuer always has discretion,” President Sauli Niinisto told journalists in Helsinki. “Until now, owning a property or an apartment in Finland has been perceived as a factor supporting a visa application. I don’t think it’s necessary.”''',
    quotes=[
        Q('“Getting a visa', 'has discretion,”', "Sauli Niinisto"),
        Q('“Until now, owning', 'it’s necessary.”', "Sauli Niinisto"),
    ],
    aliases={"Sauli Niinisto": ["President Sauli Niinisto", "Finland’s president"]},
),
dict(
    id="voa-2023-09-zelenskyy-describes-visit-to-the-west-as-very-productive",
    source="https://voanews.com/a/deadly-russian-attacks-target-ukraine-s-kherson-region/7281947.html",
    license=VOA, retrieved=PAGES + " (the lines 'Accessibility links', 'Breaking News' and 'update', the photo caption 'Ukrainian President Volodymyr Zelenskyy waits to speak at the National Archives building in Washington, Sept. 21, 2023, during his U.S. visit.', stored twice, and the section heading 'Airstrikes' dropped; the paragraph 'Another airstrike killed a 67-year-old m', cut in the stored copy, dropped; 'his county' as stored)",
    text='''Zelenskyy Describes Visit to the West as 'Very Productive'
Ukrainian President Volodymyr Zelenskyy described his visit to the U.S. and Canada this week as “very productive.”
In his nightly video address on Sunday, Zelenskyy said Ukraine secured defense aid from Washington and Ottawa respectively.
He said the U.S. committed a defense package to Ukraine, including “artillery, necessary shells, HIMARS munitions, air defense missiles, additional air defense systems, tactical vehicles and more,” while Canada offered long-term defense support “worth half-a-billion U.S. dollars.”
Zelenskyy also called “historic” a decision by the U.S. to “jointly produce weapons and defense systems, in particular, air defense.”
The Ukrainian president said Ukraine’s collaboration with the U.S. will help create a much more powerful defense industry for his county and bolster Ukraine’s economy.
“Protection for our cities. Enterprises, new jobs for both our peoples – for Ukrainians and Americans. We have a clear perspective of a new resilience of Ukraine that will prevent the recurrence of Russian aggression – this is what we have already agreed on,” he said.
Zelenskyy expressed gratitude to both the Biden administration and the American people who value freedom and support Ukraine.
Russian airstrikes killed two people and wounded many others Sunday, in southern Ukraine's Kherson province, the region's Governor Oleksandr Prokudin reported.
Russian forces struck residences in the city of Beryslav, killing a woman and wounding three people, including a police officer, he said.''',
    quotes=[
        Q("'Very Productive'", None, "Volodymyr Zelenskyy"),
        Q('“very productive.”', None, "Volodymyr Zelenskyy"),
        Q('“artillery, necessary shells', 'and more,”', "Volodymyr Zelenskyy"),
        Q('“worth half-a-billion U.S. dollars.”', None, "Volodymyr Zelenskyy"),
        Q('“historic”', None, "Volodymyr Zelenskyy"),
        Q('“jointly produce', 'air defense.”', "Volodymyr Zelenskyy"),
        Q('“Protection for our cities', 'already agreed on,”', "Volodymyr Zelenskyy"),
    ],
    aliases={"Volodymyr Zelenskyy": ["Ukrainian President Volodymyr Zelenskyy", "Zelenskyy", "The Ukrainian president"]},
),
]
