# Held-out English news pages (tests/data/heldout36-en.jsonl). Like heldout33/35_pages.py these texts are stored web
# pages (the `pages` search corpus), here all of them Voice of America items that VOA publishes as its own (rules H92,
# H106, H144, H160): six VOA Khmer reports on voacambodia.com (the 2007 commune and 2008 national elections, a land
# dispute in Battambang, the Khmer Rouge tribunal, the Khmer service's 55th anniversary), a VOA Studio 7 for Zimbabwe
# report of December 2007, a VOA report on Secretary of State John Kerry's talks with Nigeria (2016, VOA's content
# system), an English VOA News interview report with Pakistan's interior minister (2004, kept on VOA's Tibetan site) and
# four insidevoa.com items of VOA's public relations office on VOA Tibetan programmes (Lodi Gyari 2005, the Dalai Lama
# 2005, 2007 and 2014). VOA is a US government broadcaster and its own texts are US government works in the public domain (17 U.S.C.
# § 105); none of the kept texts is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`).
# Navigation ("Accessibility links", "Breaking News", "Archive", "XS SM MD LG"), photo captions (printed twice), bylines
# and forum lines are dropped; wording, spelling and quotation marks are as stored. Annotated by reading the pages, before
# whosaid was run on them (rules H168-H170 in ANNOTATION.md on top of H1-H167).
PD = "public domain (US government work, VOA, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout36-en.jsonl

Built by `build.py` from `heldout36_pages.py`. Like heldout33-en and heldout35-en, these texts are stored web pages (the
`pages` search corpus); all of them are Voice of America items that VOA publishes as its own (H92, H106, H144, H160):
six VOA Khmer reports on voacambodia.com (the 2007 commune and 2008 national elections, a land dispute in Battambang,
the Khmer Rouge tribunal, the Khmer service's 55th anniversary), a VOA Studio 7 for Zimbabwe report of December 2007,
a VOA report on Secretary of State John Kerry's talks with Nigerian officials (2016, VOA's content system), an English
VOA News interview report with Pakistan's interior minister (2004, kept on VOA's Tibetan site) and four insidevoa.com
items of VOA's public relations office on VOA Tibetan programmes (Lodi Gyari 2005, the Dalai Lama 2005, 2007, 2014). VOA's own
texts are US government works in the public domain (17 U.S.C. § 105); none of the kept texts is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
(what was dropped is noted per page). Navigation, captions, bylines and forum lines were dropped; wording and quotation
marks are as stored. None of these pages is used in any set above (checked by URL and by 8-word overlap with every
existing text: no shared 8-word sequence). The annotation (rules H168–H170 in `ANNOTATION.md` on top of H1–H167) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-khmer-2008-07-29-no-re-vote-likely-election-official",
    source="https://www.voacambodia.com/a/a-40-2008-07-29-voa4-90167052/1356813.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the stored copy ends with the paragraph kept last)",
    text='''No Re-Vote Likely: Election Official
The Cambodian People's Party apparent election sweep will not likely be contested by a second round of voting, despite calls from the opposition party and others that the election was tainted, an election official said Monday.
"There is not a possibility of having a re-vote unless you have particular evidence to prove irregularities," Heu Rong, head of the National Election Committee's operations department, said, as a guest on "Hello VOA."
Four main parties have alleged irregularities in nearly every province, including the omission of thousands of voter names from registries, intimidation and vote-rigging.
"Voters' names were deleted, and names were missing from the list," said Mar Sophal, monitoring chief for the Committee for Free and Fair Elections. "Right now we can't evaluate the election process. We'll wait and see if the NEC tackles the issues, such as complaints from parties, first."
Heu Rong said the NEC was investigating the allegations, but they had not received official complaints yet at the national level. Some complaints may still be held at the commune or provincial levels, he added.''',
    quotes=[
        Q('"There is not a possibility', 'to prove irregularities,"', "Heu Rong"),
        Q('"Hello VOA."', None, None),
        Q('"Voters\' names were deleted', 'missing from the list,"', "Mar Sophal"),
        Q('"Right now we can\'t evaluate', 'from parties, first."', "Mar Sophal"),
    ],
    aliases={},
),
dict(
    id="voa-zimbabwe-2007-12-18-opposition-gives-minister-documentation-on-violence",
    source="https://www.voazimbabwe.com/a/a-13-56-74-2007-12-18-voa48-68996262/1468043.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the paragraph 'In another internal ...', cut in the stored copy, dropped)",
    text='''Zimbabwe Opposition Says It Has Given Minister Documentation On Violence
The Zimbabwean opposition on Tuesday accused Home Affairs Minister Kembo Mohadi of ‘’politicking” in connection with statements published in the state-controlled Herald paper to the effect that the Movement for Democratic Change has ignored his requests for information on alleged violence against its supporters.
The Herald quoted Mohadi as saying his ministry wrote twice to the MDC faction led by Morgan Tsvangirai asking for evidence to back its allegations of violence, without receiving a response. He said that if the government does not get a response it will assume the charges the opposition has lodged in recent months are “mere lies.”
Mohadi in October challenged the opposition to come up with evidence to back up its charges that its supporters were being targeted by political violence.
Spokesman Nelson Chamisa of the Tsvangirai formation told reporter Patience Rusere that the party submitted the evidence Mohadi had requested in the form of a dossier, including pictures, during the initial meeting with Mohadi in October.
Elsewhere, the rival MDC faction led by Arthur Mutambara, responding to an overture by the Tsvangirai grouping, said it is also prepared to unite with democratic forces across the board to unseat President Robert Mugabe in next year’s elections.
The Tsvangirai formation said Monday it plans to invite other opposition parties and civil society groups to join forces with it. The Mutambara grouping said it is ready to relaunch talks on patching up the split in the party which dates from 2005, when the factions divided over whether or not to contest elections for a new senate.
However, Mutambara formation spokesman Gabriel Chaibva told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that it is unfortunate the Tsvangirai grouping floated the proposal in the press instead of putting it directly.''',
    quotes=[
        Q('‘’politicking”', None, "Movement for Democratic Change"),
        Q('“mere lies.”', None, "Kembo Mohadi"),
    ],
    aliases={"Movement for Democratic Change": ["Zimbabwean opposition"],
             "Kembo Mohadi": ["Home Affairs Minister Kembo Mohadi", "Mohadi"]},
),
dict(
    id="voa-khmer-2011-06-30-khieu-samphan-offers-cooperation-to-tribunal",
    source="http://www.voacambodia.com/content/jailed-leader-offers-cooperation-to-tribunal-124791359/1357238.html",
    license=PD, retrieved=PAGES + " ('Archive', the photo caption (printed twice) and the byline 'Reporters VOA Khmer' dropped; the last paragraph 'Court ...', cut in the stored copy, dropped)",
    text='''Jailed Leader Offers Cooperation to Tribunal
Jailed Khmer Rouge leader Khieu Samphan told judges at the UN-backed tribunal on Thursday he was “ready” to cooperate with the UN-backed court and to explain some of the actions of the regime while he was nominally president.
Khieu Samphan spoke on the fourth day of a preliminary hearing that opens the way for a full trial of four Khmer Rouge leaders later this year. Many Cambodians who attended the hearing said they hope they will receive some justice for the atrocities perpetrated by the regime more than 30 years ago.
“I think this is a very important moment for me and for my fellow Cambodian citizens who are hungry to understand what happened between 1975 and 1979,” Khieu Samphan, who is nearing 80, told the court.
He and three other regime leaders—Nuon Chea, Ieng Sary and Ieng Thirith—are charged with war crimes, crimes against humanity and genocide, among other crimes, for their leadership role in a regime that oversaw the deaths of an estimated 1.7 million people. All four have denied responsibility for the atrocities committed by the Khmer Rouge.
Khieu Samphan told the court he had been “waiting for this opportunity for a long time.”
“As long as I’m healthy, I will contribute all my strength and energy to the work of the court, to make clear what happened,” he said.
He also pleaded with the court to allow the witnesses submitted by his defense team.''',
    quotes=[
        Q('“ready”', None, "Khieu Samphan"),
        Q('“I think this is a very important moment', 'between 1975 and 1979,”', "Khieu Samphan"),
        Q('“waiting for this opportunity', 'for a long time.”', "Khieu Samphan"),
        Q('“As long as I’m healthy', 'make clear what happened,”', "Khieu Samphan"),
    ],
    aliases={},
),
dict(
    id="voa-khmer-2012-04-sam-rainsy-tribunal-should-summon-top-leaders",
    source="http://www.voacambodia.com/content/tribunal-should-summon-top-leaders-sam-rainsy-147783955/1359731.html",
    license=PD, retrieved=PAGES + " ('Archive', the photo caption (printed twice), the byline 'Heng Reaksmey VOA Khmer' and the closed-forum lines after the article dropped)",
    text='''Tribunal Should Summon Top Leaders: Sam Rainsy
More than 500 opposition supporters gathered at the “killing fields” of Choeung Ek outside Phnom Penh on Tuesday, to mark the anniversary of the Khmer Rouge takeover in 1970.
In a speech broadcast from exile, opposition leader Sam Rainsy urged the UN-backed Khmer Rouge tribunal to summon some of the nation’s highest-ranking leaders to testify at the court.
No senior leader of the current government has answered summonses from the court, including Foreign Minister Hor Namhong and Finance Minister Keat Chhon.
Choeung Ek was a mass gravesite where Khmer Rouge victims were executed after they were tortured at the Tuol Sleng prison in Phnom Penh. The leader of the prison, Duch, was sentenced to life in prison by the tribunal earlier this year.
Three more leaders—Nuon Chea, Khieu Samphan and Ieng Sary—are currently on trial at the court. The tribunal is expected to hold hearings on Wednesday concerning the regime’s ministries of foreign affairs and commerce and the Boeung Trabek internment camp in Phnom Penh.
Sam Rainsy said Tuesday that senior leaders within the government must be brought to the court to testify. He did not name the leaders who should be summoned. But he said top leaders today “know well” the details of the Khmer Rouge leadership.
A tribunal spokesman said the list of witnesses who will testify remains confidential and that decisions are made only by the international and local judges of the hybrid court.''',
    quotes=[
        Q('“killing fields”', None, None),
        Q('“know well”', None, "Sam Rainsy"),
    ],
    aliases={},
),
dict(
    id="voa-khmer-2010-08-khmer-service-prepares-for-55th-anniversary",
    source="https://www.voacambodia.com/a/voice-of-america-khmer-service-prepares-for-55th-anniversary--100455184/1356908.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' and the photo caption (printed twice) dropped; the paragraph '“So far, I still listen to VOA ...', cut in the stored copy, dropped)",
    text='''Voice of America's Khmer Service Prepares for 55th Anniversary
VOA Khmer first went on air on August 15, 1955. Since then, it has sought to play an important role in providing objective, independent news to Cambodians inside and outside of the country.
Ang Khen was recruited to work at VOA Khmer in Washington in 1962. She became VOA Khmer newscaster at the age of 21.
“I am very proud of working for VOA Khmer,” she said in a recent interview. “I had an opportunity to provide Cambodian people with news, especially during the war. Cambodian people listened to news about what happened during the war and what happened in the world. I retired because I felt I had worked for so long, but I am still proud of being a VOA Khmer newscaster.”
Similarly, Tes Saroeum, a former VOA Khmer editor, started working for the service in 1963. He retired in early 2004.
“The goal of the Voice of America is the goal of the US government, which is to promote US foreign policy to the rest of the world,” he said. “America does not want any territories, or to be a super power, but to help poor countries with development and freedom.”
Through VOA Khmer, the Cambodian people know about their rights, how a country is run and social development, he said.
“Working for VOA Khmer was a good opportunity because it not only gave me financial benefit, but it equipped me with knowledge, as it was a place where you needed to do a lot of research on such areas as economics, politics, science, an others,” he said.
Un Bunheang, who is well known as a political cartoon artist, lives in Australia and has been listening to VOA since 1968.''',
    quotes=[
        Q('“I am very proud of working', 'VOA Khmer,”', "Ang Khen"),
        Q('“I had an opportunity', 'VOA Khmer newscaster.”', "Ang Khen"),
        Q('“The goal of the Voice of America', 'rest of the world,”', "Tes Saroeum"),
        Q('“America does not want', 'development and freedom.”', "Tes Saroeum"),
        Q('“Working for VOA Khmer', 'an others,”', "Tes Saroeum"),
    ],
    aliases={},
),
dict(
    id="voa-khmer-2008-04-16-villagers-soldiers-clash-over-land",
    source="https://www.voacambodia.com/a/a-40-2008-04-16-voa7-90168602/1353150.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the editor's note in square brackets kept as a paragraph; the paragraph '“The shooting was only to threaten them, ...,” he said. ...', cut in the stored copy after its attribution, dropped)",
    text='''Villagers, Soldiers Clash Over Land
[Editor's note: In the weeks leading into national polls, VOA Khmer will explore a wide number of election issues. The "Election Issues 2008" series will air stories on Tuesday and Wednesday, followed by a related "Hello VOA" guest on Thursday. This is the first in a two-part series examining concerns of rural voters.]
In Battambang province’s Kos Krol district, 415 families are waiting for a solution to a land conflict they say stems from former Khmer Rouge who are now part of the armed forces.
More than 50 kilometers outside of Battambang town, along a red, dusty road, the families of Dung Ba commune live in homes of thatched roofs behind walls of blue plastic sheets or plywood.
Seng Sothy, a villager who has called this place home for nine years, said in early March, soldiers clashed with villagers, firing shots over their heads and sending them running into the night.
Soldiers here say they were protecting their land from a mob.
Seng Sothy says she has never seen a problem like this.
“They said to us that if we do not leave our houses, they will burn them and killed us all,” she told VOA Khmer. “We had to run into the forest at night.”
The land dispute, between resettling villagers and integrated former Khmer Rouge, is not unlike many across the country, as Cambodia undergoes a land price boom.
It is just one issue that rural Cambodians will face as they head to the polls in general elections in July.
Land that was once worth little except those who farmed it has become a premium, and residents here say the soldiers want to reclaim what they left when they folded into the government.
Vanna Ra, who abandoned the Khmer Rouge and joined the government in 1996, told VOA Khmer that armed villagers were trying to take land away from the soldiers, forcing them to defend themselves.''',
    quotes=[
        Q('"Election Issues 2008"', None, None),
        Q('"Hello VOA"', None, None),
        Q('“They said to us', 'killed us all,”', "Seng Sothy"),
        Q('“We had to run', 'forest at night.”', "Seng Sothy"),
    ],
    aliases={},
),
dict(
    id="voa-khmer-2007-04-23-election-monitor-addresses-hello-voa",
    source="https://www.voacambodia.com/a/a-40-2007-04-23-voa4-90156857/1358778.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the stored copy ends with the paragraph kept last)",
    text='''On Eve of Results, Election Monitor Addresses 'Hello VOA'
Koul Panha, executive director for the Committee for Free and Fair Elections, told "Hello VOA" listeners Monday that people unhappy with the results from this month's commune election should not be afraid to speak up.
He spoke on the eve of the official results announcement for April 1 commune elections.
Three callers asked about the complexity of voting registration and other irregularities, saying they would like to see things simplified in the future.
One caller suggested vote-counting be done in villages, not far away, for people to have stronger belief in the votes.
Another said he and his wife and been unable to vote because their names were entered wrongly on registration lists. He said he hoped the 2008 elections would make it easier to vote.
Koul Panha told listeners that irregularities and complex procedures had prevented as many as 18 percent of registered voters from casting their ballots.''',
    quotes=[
        Q("'Hello VOA'", None, None),
        Q('"Hello VOA"', None, None),
    ],
    aliases={},
),
dict(
    id="voa-2016-03-30-kerry-support-nigeria-fight-against-boko-haram",
    source="https://voa.pangea-cms.com/preview/en-US/a/kerry-doubles-down-on-support-for-nigeria-in-flight-against-boko-haram/3261681.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' and the screen-grab caption (printed twice) dropped; the paragraph '“Within one year, the coming of our president has changed the game,” said Defense ...', cut in the stored copy, dropped)",
    text='''Kerry Doubles Down on Support for Nigeria's Fight Against Boko Haram
U.S. Secretary of State John Kerry met with a delegation of Nigerian officials Wednesday for a day-long round of talks to discuss, among other things, the African country’s issues with terrorist groups.
During a mid-day briefing between sessions, Kerry acknowledged the challenges Nigeria has experienced with Boko Haram, and he reiterated U.S. support for Nigeria.
“It is an outrage that any group anywhere would brainwash young people, including little girls, to strap explosives to their bodies and walk into an open marketplace with the intent of murdering their own families, neighbors and themselves,” Kerry said. “That is what Boko Haram does. And that is why these terrorists have to be stopped.”
Kerry went on to say that Nigeria, under President Muhammadu Buhari, has taken the fight to the terrorist group and crippled its ability to launch full-scale attacks. He warned, though, that Boko Haram remains “a serious threat to the entire region.”
“The threat that is posed by Boko Haram is serious. But it must not, and I really believe this, it will not be allowed to shape Nigeria’s future,” Kerry said.
Earlier in the day, Nigeria’s defense minister said the military had reclaimed much of the land once occupied by Boko Haram and it would be able to push the terrorist group out of the Sambis Forest within two to three months.''',
    quotes=[
        Q('“It is an outrage', 'neighbors and themselves,”', "John Kerry"),
        Q('“That is what Boko Haram does.', 'have to be stopped.”', "John Kerry"),
        Q('“a serious threat', 'entire region.”', "John Kerry"),
        Q('“The threat that is posed', 'Nigeria’s future,”', "John Kerry"),
    ],
    aliases={"John Kerry": ["U.S. Secretary of State John Kerry", "Kerry"]},
),
dict(
    id="insidevoa-2005-05-04-dalai-lama-envoys-plan-to-visit-china",
    source="https://www.insidevoa.com/a/a-13-34-2005-05-04-voa79/177899.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the deck line under the title kept as a line; the closing paragraph 'The Voice of America, which first went on the air in 1942, ...', cut in the stored copy, dropped)",
    text='''Dalai Lama Envoys Plan to Visit China
"Everything is decided except the timing of the visit, and we are in touch with concerned Chinese leadership."
Washington, D.C., May 4, 2005 - Envoys of the Dalai Lama will soon make their fourth trip to China, according to his Special Envoy in Washington Lodi Gyari.
"Everything is decided except the timing of the visit, and we are in touch with concerned Chinese leadership," said Gyari, who was a guest on the Voice of America's (VOA) Tibetan-language program, Talk to VOA. VOA's program, which began broadcasting March 23, is the first regularly scheduled TV show seen inside Tibet that has not been pre-approved by the Chinese authorities.
Gyari told VOA the Sino-Tibetan problem is an "extremely complex" issue that cannot be resolved within a short period of time. Last September, he and Envoy Kelsang Gyaltsen and two assistants visited Tibet and several locations in China. It was their third visit to China.
Gyari said that Tibetan exiles did not protest during Chinese Premier Wen Jiabao's mid-April visit to India, as they normally would have, because the Tibetan government-in-exile had urged Tibetans to refrain from demonstrating against the visit in order to create an atmosphere conducive to Tibetan-Chinese dialogue. Asked if this amounted to appeasement, he said the government-in-exile felt restraint was in the interest of the Tibetan people. Gyari pointed out that despite his government's stance, the Tibetan Youth Congress, which advocates complete independence for Tibet, did manage to stage some protests despite stringent Indian security preparations.
Talk to VOA is a one-hour program and is broadcast weekly via satellite television, shortwave radio, and the Internet in real time. The Asiasat 2 network carries the television portion of the program.''',
    quotes=[
        Q('"Everything is decided', 'Chinese leadership."', "Lodi Gyari"),
        Q('"Everything is decided', 'Chinese leadership,"', "Lodi Gyari", 1),
        Q('"extremely complex"', None, "Lodi Gyari"),
    ],
    aliases={"Lodi Gyari": ["Special Envoy in Washington Lodi Gyari", "Gyari"]},
),
dict(
    id="insidevoa-2007-10-17-dalai-lama-award-ceremony-broadcast-live-to-tibet",
    source="https://www.insidevoa.com/a/a-13-34-2007-10-17-voa65-111611509/178310.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the deck line under the title kept as a line; the line ending 'available for viewing at' (its link lost in the stored copy) kept as stored; the paragraph 'The interview with the Dalai Lama was broadcast yesterday ...', cut in the stored copy, dropped)",
    text='''The Dalai Lama's Award Ceremony Broadcast Live to Tibet
The same broadcast included videotaped testimonials of the heads of all six sects of Tibetan Buddhism
Washington, D.C., October 17, 2007 - As Tibetan spiritual leader the Dalai Lama received the Congressional Gold Medal today, Voice of America (VOA) broadcast the award ceremony and the Dalai Lama's acceptance speech live to Tibet via radio, television, and the Internet. The same broadcast included videotaped testimonials of the heads of all six sects of Tibetan Buddhism.
The Congressional Medal ceremony will be rebroadcast in several formats to Tibet and elsewhere in China and will be available for viewing at
In an interview with VOA yesterday, the Dalai Lama expressed support for the Burmese democracy movement, saying that he admired the recent efforts of Buddhist monks and adding that their cause was just. He urged Buddhist members of Burma's military government to remember the Buddhist teachings of "compassion" and "love" as they confront these situations.
Speaking about the ongoing talks with the Chinese government about the status of Tibet, the Dalai Lama told VOA that progress made during earlier rounds of discussion had eroded. "It is difficult to judge things at the moment," he said. "During the last round, the sixth session, they seemed to have hardened their position and attitude." He reiterated that he is seeking autonomy for Tibet, not independence, a position unpopular with many in the Tibetan community.
The Dalai Lama also revealed that his successor might be chosen by a group of senior monks or appointed by himself personally, rather than through the traditional method of reincarnation. In July 2007, Chinese authorities issued a regulation that requires all reincarnations - including the Dalai Lama - to be approved by the government.''',
    quotes=[
        Q('"compassion"', None, "Dalai Lama"),
        Q('"love"', None, "Dalai Lama"),
        Q('"It is difficult to judge', 'at the moment,"', "Dalai Lama"),
        Q('"During the last round', 'position and attitude."', "Dalai Lama"),
    ],
    aliases={},
),
dict(
    id="insidevoa-2005-07-07-dalai-lama-turned-70-uncensored-tv-program",
    source="http://www.insidevoa.com/a/a-13-34-2005-07-07-voa57/177876.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the deck line, which repeats the first paragraph, kept as a line; the paragraph 'VOA's Tibetan-language television program Talk to VOA debuted ...', cut in the stored copy, dropped)",
    text='''As Dalai Lama Turned 70, First Uncensored TV Program on His Life Aired to Tibet
As Tibetans around the world were openly celebrating the 70th birthday of the Dalai Lama, people inside Tibet were able to join the celebration privately by watching a Voice of America (VOA) television special on the life of their spiritual leader.
Washington, D.C., July 7, 2005 - As Tibetans around the world were openly celebrating the 70th birthday of the Dalai Lama, people inside Tibet were able to join the celebration privately by watching a Voice of America (VOA) television special on the life of their spiritual leader.
The one-hour TV program yesterday featured exclusive interviews with the Dalai Lama and the Prime Minister of the Tibetan government in exile. VOA's Tibetan Service beamed the program directly to homes inside Tibet, thereby evading Chinese censorship and attempts to jam or block the program.
"I am now seventy years old," said the Dalai Lama. "During this lifetime, since I was fifteen or sixteen years old, I have taken on the responsibility of Tibet's temporal and spiritual affairs. It was a responsibility that was too difficult to shoulder, but because of my karmic relations with Tibet, I took the responsibility and have served the country to the best of my ability."
He told VOA that he has lived as a refugee most of his life and as the Dalai Lama, he has heard "endless stories about the sufferings of our [the] Tibetan people inside Tibet." However, he offered two reasons for hope. "First, the people of Tibet have an unwavering faith and trust in me. Secondly, the teachings of the Lord Buddha help me to maintain my mental balance."''',
    quotes=[
        Q('"I am now seventy years old,"', None, "Dalai Lama"),
        Q('"During this lifetime', 'best of my ability."', "Dalai Lama"),
        Q('"endless stories', 'inside Tibet."', "Dalai Lama"),
        Q('"First, the people of Tibet', 'mental balance."', "Dalai Lama"),
    ],
    aliases={},
),
dict(
    id="insidevoa-2014-12-10-voa-tibetan-tv-special-interview-dalai-lama",
    source="https://www.insidevoa.com/a/voa-tibetan-television-special-interview-with-the-dalai-lama/2554033.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the stored copy ends with the paragraph kept last)",
    text='''VOA Tibetan Television Special: Interview with the Dalai Lama
WASHINGTON, D.C. —Voice of America’s Tibetan Service today broadcast an exclusive 80-minute interview with the Dalai Lama, the spiritual and historical leader of Tibet.
In the interview, the Dalai Lama focused on the historical and cultural heritage of Tibet and the Tibetan people. “It is up to Tibetans to protect our culture,” he said, “not for our sake only, but because Tibetan culture has the potential to contribute enormously to the future well-being of all people on earth.”
In the course of the interview, the Dalai Lama also spoke of China, which has controlled Tibet since 1951, and appeared to be offering advice to Chinese leaders: “To experience prolonged stability, for the people to feel contentment, and for the nation to enjoy wide influence in this world, compassion, tolerance, and a wider perspective are essential.”
The interview was broadcast ahead of a very important year for Tibetans inside Tibet and around the world. On July 6, 2015 the Dalai Lama turns 80, an age that is particularly auspicious in Tibetan culture.
VOA’s Tibetan Service presented this television special to Tibet and to exile Tibetans around the world via satellite and Internet.
The service chose to broadcast the interview on December 10 because it was on this date, 25 years ago, that the Dalai Lama was awarded the Nobel Peace Prize.''',
    quotes=[
        Q('“It is up to Tibetans', 'protect our culture,”', "Dalai Lama"),
        Q('“not for our sake only', 'all people on earth.”', "Dalai Lama"),
        Q('“To experience prolonged stability', 'are essential.”', "Dalai Lama"),
    ],
    aliases={},
),
dict(
    id="voa-2004-08-12-pakistani-official-says-hunt-for-terrorists-will-continue",
    source="https://www.voatibetan.com/a/a-28-a-2004-08-12-1-1-90259132/1268229.html",
    license=PD, retrieved=PAGES + " (an English VOA News item kept on VOA's Tibetan site; the site's Tibetan navigation and date lines and 'XS SM MD LG' dropped; the last paragraph has no final full stop in the stored copy, kept as stored)",
    text='''Pakistani Official Says Hunt for Terrorists Will Continue - 2004-08-12
Pakistan's interior minister says his country's aggressive pursuit of suspected al-Qaida operatives will continue, but warns that some news reports about the sweep are incorrect. The minister is also urging U.S. officials to keep information from the investigation secret. In an interview with VOA Thursday, Interior Minister Faisal Saleh Hayat says authorities are closing in on the al-Qaida network in Pakistan, and more arrests are likely soon.
"The net is closing around the al-Qaida structure within Pakistan. So, certainly, there is considerable room for optimism in this context," he said.
In recent weeks, Pakistan has detained an estimated 20 al-Qaida suspects, including fugitive Ahmed Khalfan Ghailani and alleged al-Qaida computer expert Mohammed Naeem Noor Khan.
Mr. Hayat says another five suspects were arrested Thursday, but adds that it is far too soon to know if they are connected with al-Qaida.
He says many recent news media reports about the details of those arrested or their attack targets are inaccurate or speculative. He says news reports that are relevant jeopardize future operations against al-Qaida.
He also urged caution on the part of U.S. investigators to keep operational information secret.
"Pakistani investigators are exercising extreme caution," he said. "I would also very strongly suggest and advise the American officials to also adopt a similar approach."
Some recent media reports have claimed Bush administration officials or investigators have leaked information about the Pakistani arrests in order to justify increased U.S. national alert levels''',
    quotes=[
        Q('"The net is closing', 'in this context,"', "Faisal Saleh Hayat"),
        Q('"Pakistani investigators', 'extreme caution,"', "Faisal Saleh Hayat"),
        Q('"I would also very strongly', 'similar approach."', "Faisal Saleh Hayat"),
    ],
    aliases={"Faisal Saleh Hayat": ["Interior Minister Faisal Saleh Hayat", "Mr. Hayat"]},
),
]
