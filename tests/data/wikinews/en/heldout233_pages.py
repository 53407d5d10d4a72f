# Held-out English news texts (tests/data/heldout233-en.jsonl), none of them used in an earlier set. Global Voices in
# English (globalvoices.org and its older address globalvoicesonline.org, CC BY 3.0, attribution "Global Voices"): seven
# list pages of the site's older layout (2009-2012), taken from stored web pages (the `pages` search corpus): four Politics
# topic pages (February 2009 page 4, May 2010 page 3, August 2010, July 2012), two Governance topic pages (February 2009
# page 2, December 2010) and one Freedom of Speech topic page (September 2012 page 2). Each entry of such a page is a story
# title, (on most pages) a date line and a teaser that often quotes the blog or person the story is about. Stored copies
# are cut after about 2,000 characters: only complete entries are kept and the last, cut entry is dropped with its title and
# date (noted in `retrieved`). The breadcrumb line ('· February, 2009') is dropped as site chrome; the leading spaces of the
# date lines are removed (H400); wording, spelling ('Nakagaw', 'criticisizes', 'hours.He'), Global Voices' own teaser cuts
# ('...'), spacing inside paragraphs (double spaces as stored) and quotation marks (straight and curly) are as stored.
# Full Global Voices posts were looked for first; the stored copies found were list pages, roundups whose quoted posts are
# block quotations without marks, or posts already used. Annotated by reading the texts, before whosaid was run on them
# (rules H1455-H1458 in ANNOTATION.md on top of H1-H1427).
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout233-en.jsonl

Built by `build.py` from `heldout233_pages.py`. Like the Global Voices pages of heldout21-en, heldout71-en and heldout77-en,
these texts are list pages of Global Voices in English (globalvoices.org and its older address globalvoicesonline.org;
CC BY 3.0, attribution "Global Voices"), taken from stored web pages (the `pages` search corpus), all of the site's older
layout of 2009-2012, whose teasers quote the blogs and people the stories are about: topic pages Politics (February 2009
page 4, May 2010 page 3, August 2010, July 2012), Governance (February 2009 page 2, December 2010) and Freedom of Speech
(September 2012 page 2). The stored copies are cut after about 2,000 characters; only complete entries (title, date,
teaser) are kept, the cut last entry is dropped (noted per page). Breadcrumb lines were dropped and the date lines' leading
spaces removed; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL,
by the names of their speakers and by 8-word overlap with every existing text). The Freedom of Speech page of July 2012,
which repeats the Iran teaser of the Politics page of July 2012, was not used. The annotation (rules H1455–H1458 in
`ANNOTATION.md` on top of H1–H1427) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-politics-2009-02-p4",
    source="https://globalvoices.org/-/topics/politics/page/4/?m=200902",
    license=GV, retrieved=PAGES + " (topic list page, page 4 of February 2009; the breadcrumb line '· February, 2009' dropped; the last entry 'Bahamas: Say “No” to Vio...', cut in the stored copy, dropped (H400); 'Nakagaw' as stored)",
    text='''Stories about Politics from February, 2009
Azerbaijan: News site closed down?
21 February 2009
Following a recent ban on foreign broadcasts in the country, the content of a leading news site considered more independent than most in Azerbaijan was replaced on Thursday with a message informing readers that the “project is closed.” Although the authorities denied any involvement with the site's disappearance, bloggers were not convinced.
Egypt: Because he is Japanese
20 February 2009
Zeinobia comments on the Japanese Finance minister Shoichi Nakagaw resignation, after the criticism he received due to his embarrassing moment in the G7 summit in Italy. She also compares him to Egyptian ministers who are in more deep trouble than Nakagaw and, according to her, insist on embarrassing their country.
Martinique: President Sarkozy
20 February 2009
French President Nicolas Sarkozy has finally met with elected representatives of French Guiana, Martinique, Guadeloupe and Réunion, regarding the crisis which has been shaking the French West Indies for the last month. Martinican bloggers Imaniyé and blogde[moi] are dissatisfied and note that his TV address raised two questions: Why was...
Algeria: Elections Forecast
20 February 2009
“The April elections in Algeria will lead almost certainly to one result: The re-election of Abdelaziz Bouteflika. While some hailed the 2004 elections as either a step forward or a step backward for democracy and/or stability, the 2009 elections will more resemble the 1999 elections,” notes The Moor Next Door.
Trinidad & Tobago, U.S.A.: Change? Really?
20 February 2009
“He has taken several steps back from the openness he once showed, the willingness to talk to anyone without preconditions. He proposes to send 17,000 more troops into Afghanistan…dampening down one war only to refuel another”: Notes from Port of Spain is “still cynical about Barack Obama.”''',
    quotes=[
        Q('“project is closed.”', None, None),
        Q('“The April elections', 'the 1999 elections,”', "The Moor Next Door"),
        Q('“He has taken several steps', 'refuel another”', "Notes from Port of Spain"),
        Q('“still cynical', 'Barack Obama.”', "Notes from Port of Spain"),
    ],
),
dict(
    id="gv-en-governance-2009-02-p2",
    source="https://globalvoices.org/-/topics/governance/page/2/?m=200902",
    license=GV, retrieved=PAGES + " (topic list page, page 2 of February 2009; the breadcrumb line '· February, 2009' dropped; the Hong Kong teaser ends on Global Voices' own cut 'Hong...'; the last entry, of which only the title 'New Zealand' is stored, dropped (H400); 'criticisizes' and the straight marks of \"secret police\" as stored)",
    text='''Stories about Governance from February, 2009
Colombia: Another Illegal Wire Tapping Scandal
25 February 2009
The news magazine Semana recently revealed that the "secret police" of Colombia had been illegally wire tapping politicians, journalists, magistrates, intellectuals and even government officials close to President Álvaro Uribe. Even worse, some of these agents allegedly had been “selling to the highest bidder” the information obtained to guerrillas, paramilitaries or drug traffickers. Colombian bloggers react to these revelations.
Bangladesh: BDR Mutiny And Gunfires
25 February 2009
Unheard Voice is live blogging and posting pictures of gunfires and battles inside the headquarters of Bangladesh Rifles (BDR), the paramilitary forces of Bangladesh. Apparently this is a mutiny and senior officers were reported killed. More roundups and news are available at The 3rd World View and BDfact.
Fiji: Samoan PM criticisizes Fiji's government
25 February 2009
Bloggers in Fiji and around the Pacific are remarking on recent comments by Samoa’s Prime Minister harshly criticizing Fiji’s military government. Tuilaepa Sailele Malielegaoi said in an interview that he believes Fiji’s self appointed Prime Minister Frank Bainimarama has no intention of relinquishing power. He also called on the people of Fiji to reclaim its government
China: Control 2.0 Mastermind
25 February 2009
David Bandurski from China Media Project gave more background about the propaganda event in the “eluding the cat” case, especially on the mastermind behind the control 2.0 strategy.
Hong Kong: Defending freedom of speech
24 February 2009
On 22 Feb 09, more than a hundred Hong Kong people took on the street to voice out their concerns about the alarming shrinking of freedom of speech in Hong Kong. The protest was proposed by the Citizens’ Radio and supported by other democratic institutions including Save RTHK Campaign, Hong...''',
    quotes=[
        Q('"secret police"', None, None),
        Q('“selling to the highest bidder”', None, "Semana"),
        Q('“eluding the cat”', None, None),
    ],
),
dict(
    id="gv-en-politics-2010-05-p3",
    source="https://globalvoices.org/-/topics/politics/page/3/?m=201005",
    license=GV, retrieved=PAGES + " (topic list page, page 3 of May 2010; the breadcrumb line '· May, 2010' dropped; the Latvia and Slovenia entries print no date line (as stored); the last entry 'Africa: Africa “Retrogressive” Report 2010', cut in the stored copy, dropped (H400); Borut Peterlin's teaser ends on Global Voices' own cut 'would do...')",
    text='''Stories about Politics from May, 2010
Bolivia: Autonomy Transition
26 May 2010
Miguel Centellas of the blog Pronto* writes about some of the issues behind the transition to departmental autonomies and the conflict that some of the new governors are having with the central government.
Trinidad and Tobago: Election Landslide
26 May 2010
After a snap election ends the rule of Prime Minister Patrick Manning, Trinidadian bloggers react to the new People's Partnership coalition government, led by the country's first female prime minister.
Costa Rica: Salary Increase for Congressional Deputies
26 May 2010
Dean Córnito in his blog Switzerland in Central America [es] does not, like many other Costa Ricans, expresses his outrage for the 100% salary increase for incoming Congressional deputies. Instead, he tells his readers why they should vote for him during the next elections so that he, too, can have...
Latvia: May 9 in Riga
Arnis Balcus posts photos from the May 9 celebrations in Riga and writes: “In Latvia 9 May is more than just a victory celebration, it is also an expression of collective identity for local Russians.”
Slovenia, Croatia: More on the Border Dispute
Sleeping With Pengovsky posts The Definitive Guide to the Arbitrage Agreement Between Slovenia and Croatia – Part 1 and Part 2. Borut Peterlin posts this comment: “The border dispute with Croatia is the most important tool for manipulation with voters emotions, so no doubt [Janša, Podobnik and Jelinčič] would do...
Jamaica: Women of Tivoli Gardens
25 May 2010
“If these women pass on this attitude of craven gratitude and dependence on a don to their children, how will the cycle ever be broken?”: Islandista looks at the role of women in the Jamaica crisis.''',
    quotes=[
        Q('“In Latvia 9 May', 'local Russians.”', "Arnis Balcus"),
        Q('“The border dispute', 'would do...', "Borut Peterlin"),
        Q('“If these women', 'ever be broken?”', "Islandista"),
    ],
),
dict(
    id="gv-en-politics-2010-08",
    source="http://globalvoicesonline.org/-/topics/politics/?m=201008",
    license=GV, retrieved=PAGES + " (topic list page of August 2010 at the site's older address; the breadcrumb line '· August, 2010' dropped; the last entry 'Cuba: Same Old Song', cut in the stored copy inside its quotation, dropped (H400))",
    text='''Stories about Politics from August, 2010
Venezuela: Franklin Brito Dies After Several Hunger Strikes
31 August 2010
Franklin Brito, a farmer who had been on a hunger strike since July 2009, died from a respiratory arrest in a military hospital on Monday night. Brito had lived through several hunger strikes protesting the confiscation of his land. Venezuelans reacted to the announcement of his death through Twitter and blogs.
Cameroon: Prisoner of conscience Lapiro de Mbanga
31 August 2010
Emeka writes about Cameroonian prisoner of conscience Lapiro de Mbanga: “Amid nationwide strikes and mass demonstrations, popular singer Lapiro de Mbanga, who had demanded that the president resign, was arrested and charged with inciting youth unrest. In September he was jailed for three years…”
Brazil: Bolivian Immigration in Numbers
31 August 2010
Journalist Leonardo Sakamoto questions on his blog [pt], the official statistic placing Bolivia in the fortieth position as a source of immigrants to Brazil. An activist against slave labor, Sakamoto comments that hundreds come in yearly and are often explored in underemployment jobs, particularly in the greater São Paulo area.
Trinidad & Tobago: Not Yet
31 August 2010
On the occasion of Trinidad and Tobago's anniversary of independence, Plain Talk says: “Forty eight years ago we may have left ‘Massa’, but we kept the shackles of our minds firmly intact. Looked at honestly, we are no where near independence yet.”
“I love Malaysia”
31 August 2010
SK Thew ponders on the problems facing Malaysian society and concludes that there is still hope to reform the system. Malaysia is celebrating its 53rd Independence Day.''',
    quotes=[
        Q('“Amid nationwide strikes', 'for three years…”', "Emeka"),
        Q('“Forty eight years ago', 'independence yet.”', "Plain Talk"),
        Q('“I love Malaysia”', None, None),
    ],
),
dict(
    id="gv-en-governance-2010-12",
    source="https://globalvoices.org/-/topics/governance/?m=201012",
    license=GV, retrieved=PAGES + " (topic list page of December 2010; the page prints no date lines (as stored); the last entry 'Glimpses of Citizen Media from Portuguese language countries in 2010', cut after its title in the stored copy, dropped (H400); the Maldives, Emin Milli and Nawaat teasers end on Global Voices' own cuts)",
    text='''Stories about Governance from December, 2010
Maldives: Protesting The Increase Of Privileges Of MPs
The blog of 919, a nonviolent and peaceful democracy movement in the Maldives, calls to join the protests against the bill passed recently by the Maldives parliament to increase the...
Sri Lanka: National Anthem In Tamil To Be Scrapped
D.B.S. Jeyaraj informs that “a campaign is being conducted by majoritarian hawks to do away with the practice of singing the (Sri Lankan) national anthem in Tamil”.
Tunisia : “We Are Not Afraid Anymore!”
The year 2010 is coming to an end but Tunisia is shaken up by a social uprising that many bloggers hope will bring a decisive change in their country. Because of the Tunisian censorship of internet and the media, social media are heavily used to inform and organize the protests for 13 days now by using the hashtag #SidiBouzid. One main question stands out: Why are the protests in Tunisia not having the same echo as the protests in Iran? Additionally, why is censorship by China always discussed but the blackout by the police state of Tunisia never addressed?
Barbados: top stories for 2010
What were the top Barbados news stories in 2010? Barbados Free Press shares their list, and asks readers to vote.
Bolivia: Photos and Video of Protest Over Rise in Cost of Fuel
Angel Caido [es] shares photos and a video of the protests that took place on December 30 in Bolivia over the rise in the cost of fuel.
Azerbaijan: Emin Milli's Reading list
In a note posted on Facebook, imprisoned and recently freed video blogging youth activist Emin Milli lists the books he read while in jail in Azerbaijan. Not surprisingly, the books...
Tunisia: Journalist Nebrass Hedhili Attacked during Uprising
Nawaat writes that journalist Nebrass Hedhili was physically abused by policemen not in uniform in the La Chebba center (fr). Nawaat also regularly updates a press review of the ongoing...''',
    quotes=[
        Q('“a campaign is being conducted', 'anthem in Tamil”', "D.B.S. Jeyaraj"),
        Q('“We Are Not Afraid Anymore!”', None, None),
    ],
),
dict(
    id="gv-en-politics-2012-07",
    source="https://globalvoices.org/-/topics/politics/?m=201207",
    license=GV, retrieved=PAGES + " (topic list page of July 2012; the breadcrumb line '· July, 2012' dropped; the Iran entry prints no date line (as stored); the last entry 'Tanzania: Newspaper Shut Down by Government', cut in the stored copy, dropped (H400); the double spaces in the Costa Rica teaser and the straight marks of the Iran teaser as stored)",
    text='''Stories about Politics from July, 2012
Costa Rica: Video Love Note Gets Vice-Minister Dismissed
31 July 2012
The Costa Rican Vice-Minister of Youth Karina Bolaños was removed from her post by the Costa Rican President Laura Chinchilla after a video showing an underwear clad vice minister sending a love note to a lover was made public and spread through the web.  Reactions to this news are quite varied: from censure to the Vice-Minister for making a video and not taking care to erase it, to rejection of all those who continued to spread the video and finally, repudiation to the President for removing the vice-minister from her post as  if she were not the victim of this whole affair.
Iran: Pro-Ahmadinejad Blogger Jailed
"What a world and judiciary we have, Ahmad was arrested just for writing and supporting his country's president" - Ahmad Shariat is behind bars. Other pro-Ahmadinejad bloggers have also been hounded by Tehran prosecutor’s office for criticizing associates of the supreme leader Ayatollah Ali Khamenei.
Guyana: Linden Protests
31 July 2012
Imran Khan explores the roots of the Linden Protests and concludes that the recent electricity rate hike is merely the latest in a long series of “economic and social hardships” meted out to the citizen of that mining community.
China: Bizarre Power Triangle – Sina, the Government and Netizens
31 July 2012
Ever since the advent of Internet in China, the Chinese government has either tried to embrace it or control it. The upsurge of social media in the country has introduced two other characters into the story-Chinese netizens and leading Internet company Sina. Find out more about this often bizarre power triangle.''',
    quotes=[
        Q('"What a world and judiciary', 'country\'s president"', None),
        Q('“economic and social hardships”', None, "Imran Khan"),
    ],
),
dict(
    id="gv-en-freedom-of-speech-2012-09-p2",
    source="https://globalvoices.org/-/topics/freedom-of-speech/page/2/?m=201209",
    license=GV, retrieved=PAGES + " (topic list page, page 2 of September 2012; the breadcrumb line '· September, 2012' dropped; the last entry 'Macedonia: Activist's Trial to Continue in November', cut in the stored copy, dropped (H400); 'hours.He' as stored; the Iran and Angola teasers end on Global Voices' own cuts)",
    text='''Stories about Freedom of Speech from September, 2012
Iran: Google and Gmail Will Be Filtered
23 September 2012
Abdolsamad Khoramabadi, an Iranian official declared [fa] on Sunday 23rd September, Google and Gmail are going to be filtered in the next few hours.He says people asked us to take a stand against the sites insulting Islam's Prophet. Khoramabadi is one of key members of a “Commission to Determine Instances...
Armenia-Azerbaijan: Hatred in the Caucasus
22 September 2012
Murad Gassanly, an activist in exile, comments on the case of Ramil Safarov, a soldier convicted of murder in Hungary and recently pardoned in Azerbaijan, by examining how and why ethnic hatred has come to define society in both Armenia and Azerbaijan.
Angola: Police Puts End to Protest
21 September 2012
The Angolan collective @Central7311 informed on Twitter that some of its members were detained on September 20, 2012, “for holding a peaceful demonstration” which intended to “pressure the opposition not to take their place in parliament after clearly fraudulent elections”. The demonstrators were released six hours after the detention, Maka Angola...
Thailand’s Lese Majeste Law: ‘A Strange Legislation that Needs Reform’
21 September 2012
Article 112 of Thailand’s criminal code is often described as the world’s harshest Lese Majeste (anti-royal insult) law. The controversial law is often invoked to censor web content and shut down websites. A contributor of Global Voices went to Bangkok and interviewed a former staff of the Committee to Investigate Lese Majeste Cases in the Royal Thai Police.''',
    quotes=[
        Q('“Commission to Determine', 'Instances...', None),
        Q('“for holding a peaceful demonstration”', None, "Central7311"),
        Q('“pressure the opposition', 'fraudulent elections”', "Central7311"),
        Q('‘A Strange Legislation', 'Needs Reform’', None),
    ],
    aliases={"Central7311": ["@Central7311"]},
),
]
