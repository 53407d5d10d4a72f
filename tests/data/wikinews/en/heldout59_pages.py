# Held-out English news pages (tests/data/heldout59-en.jsonl). Like heldout21/32_pages.py, these texts are stored web
# pages (the `pages` search corpus), none of them used in an earlier set: five English news pages of Pressenza
# International Press Agency (pressenza.com: the World March for Peace and Nonviolence presented at the UN, 2009; the
# X World Summit of Nobel Peace Laureates in Berlin and Silo's address to it, 2009; the World March as ambassador of the
# Nobel laureates' charter, 2009; the start of the 3rd World March in Costa Rica, 2024) and five posts of Global Voices
# in English (globalvoices.org: Caribbean blogosphere roundups of October, November and December 2005 and April 2012,
# and a Caribbean view of the 2012 Global Voices Summit). Pressenza's site is CC BY 4.0 and Global Voices' CC BY 3.0;
# none of the kept texts is credited to AP, Reuters, AFP or another agency. The stored copies are cut after about 2,000
# characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). A photo caption
# under a headline is dropped; wording, spelling (`endoresements`,
# `philoshophical`, a missing full stop), marks (a left single mark used as an apostrophe in `Silo‘s`, an opening mark
# closing Gorbachev's quotation) and spacing inside a paragraph are as stored. Annotated by reading the pages, before
# whosaid was run on them (rules H294-H296 in ANNOTATION.md on top of H1-H293).
PZ = "CC BY 4.0 (Pressenza International Press Agency)"
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout59-en.jsonl

Built by `build.py` from `heldout59_pages.py`. Like heldout21-en and heldout32-en, these texts are stored web pages (the
`pages` search corpus), none of them used in a set above: five English news pages of Pressenza International Press
Agency (pressenza.com: the World March for Peace and Nonviolence presented to UN delegates, 2009; the X World Summit of
Nobel Peace Laureates in Berlin, 2009, and Silo's address to it; the World March as ambassador of the Nobel laureates'
"Charter for a World without Violence", 2009; the start of the 3rd World March at the University for Peace in Costa
Rica, 2024) and five posts of Global Voices in English (globalvoices.org: Caribbean blogosphere roundups of 21 October,
4 November and 16 December 2005 and 14 April 2012, and "St. Lucia: The Global Voices Summit from a Caribbean
Perspective", 2012). Pressenza publishes under CC BY 4.0 and Global Voices under CC BY 3.0; none of the kept texts is
credited to AP, Reuters, AFP or another agency. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). A photo caption under one headline was dropped; wording and
quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by title, by the names of their speakers and by 8-word overlap with every existing text: no shared
8-word sequence). The annotation (rules H294–H296 in `ANNOTATION.md` on top of H1–H293) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="pressenza-2009-world-march-presented-at-the-un",
    source="https://pressenza.com/?p=327",
    license=PZ, retrieved=PAGES + " (Pressenza, 2009; the stored copy has no headline and begins with the lead paragraph (H131); the paragraph 'Subsequently first contacts were made with the Chinese delegation in order to define a way forwar...', cut in the stored copy, dropped; the typo 'endoresements' kept as stored)",
    text='''The Chilean Mission to the United Nations organized the first presentation of the World March for Peace and Nonviolence inviting international spokesperson Rafael de la Rubia, President of World Without Wars (Spain) to address UN Delegates of the Third Committee and NGOs from the NPT PrepCom.
De la Rubia explained the background and objectives of the March and the growing list of international endorsers including Presidents Michelle Bachelet and Cristina Kirchner and the hundreds of diverse and well-known personalities, organizations, and educational institutions from all the continents.
Summarizing his reasons for coming to the United Nations, de la Rubia said: “The World March has the basic objectives of creating global awareness that peace is the only pathway forward and that today it’s necessary to accompany this peace with the methodology of nonviolence so that we may truly pass into a new stage for Humanity.”
De la Rubia proposed that the Heads of State endorsing the World March make a joint declaration of support at the opening of the next UN General Assembly in September. Another vital connection with the UN is the date when the march begins, October 2nd, the International Day of Non-violence as declared by the United Nations. He added, “on December 1st, the World Marchers will bring their message directly to the United Nations after two months of traveling through several continents.”
Delegates attending from countries such as Argentina, China, Iran, Uruguay, Syria, Guatemala, Poland and Burkina Faso were receptive to the March and promised to take the information back to their respective governments.
Gladys Acosta, Chief of UNIFEM, Latin America and the Caribbean, expressed enthusiastic support for the March connecting it to their worldwide campaign, “Say No to Violence Against Women”. Similar endoresements were offered by other NGOs on the spot.''',
    quotes=[
        Q('“The World March has the basic', 'a new stage for Humanity.”', "Rafael de la Rubia"),
        Q('“on December 1st,', 'through several continents.”', "Rafael de la Rubia"),
        Q('“Say No to Violence Against Women”', None, None),
    ],
    aliases={"Rafael de la Rubia": ["international spokesperson Rafael de la Rubia", "de la Rubia", "De la Rubia"]},
),
dict(
    id="pressenza-2009-11-silo-at-nobel-peace-laureates-summit",
    source="https://www.pressenza.com/2009/11/the-nobel-peace-laureates-summit-and-silox-xxfor-a-non-violent-worldxx/",
    license=PZ, retrieved=PAGES + " (Pressenza, Berlin, 11 November 2009; the stored copy has no headline and begins with the lead paragraph (H131); the paragraph 'The way out of this crisis, he insisted, ... “For the first time in history an event of this magnitude has bee...', cut in the stored copy, dropped with its quotations; the left single mark in 'Silo‘s' kept as stored)",
    text='''Silo, the founder of Universalist Humanism and the inspiration behind the World March for Peace and Nonviolence, today addressed the 10th Summit of Nobel Peace Laureates, which was held in Berlin in commemoration of the 20th anniversary of the fall of the wall. Silo‘s talk, “The Meaning of Peace and Nonviolence in the Present Moment,” spoke to the possibility of constructing a Universal Human Nation founded upon a culture of active nonviolence. He was introduced by Mairead Corrigan Maguire, who received the Nobel Peace Prize in 1976 for her mediation work between Protestants and Catholics in Northern Ireland.
Silo described the present situation in the world as “extremely complex,” characterized by a growing nuclear threat, a resurgent arms race, widespread poverty and the clash of cultures, and a crisis of the international financial system. In his view, these are not isolated crises, however, “but rather a picture that reveals the global failure of a system whose method of action is violence and whose central value is money.” In particular, Silo denounced the irresponsible interests of the world’s nuclear powers and the madness of violent groups with possible access to nuclear weapons, which have put the entire planet at risk of an accident or confrontation of disastrous proportions.''',
    quotes=[
        Q('“The Meaning of Peace and Nonviolence in the Present Moment,”', None, None),
        Q('“extremely complex,”', None, "Silo"),
        Q('“but rather a picture', 'central value is money.”', "Silo"),
    ],
),
dict(
    id="pressenza-2009-11-nobel-peace-laureates-summit-berlin",
    source="https://www.pressenza.com/2009/11/x-world-summit-of-nobel-peace-laureatesx-xdoing-the-impossiblex/",
    license=PZ, retrieved=PAGES + " (Pressenza, Berlin, 10 November 2009; the stored copy has no headline and begins with the lead paragraph (H131); the paragraph 'De Klerk, former President of the Republic of South Africa, ... “Forced integration of minorities is only produc...', cut in the stored copy, dropped; the opening mark that closes Gorbachev's 'This must change. “' kept as stored)",
    text='''Following by one day the celebrations for the 20th Anniversary of the fall of the Berlin Wall, the 10th World Summit of Nobel Peace Prize Laureates took center stage today in the German capital. The event, under the theme “Breaking Down New Walls for a World Without Violence,” reunited Mikhail Gorbachev, Lech Walesa, F.W. De Klerk, Mairead Maguire, and Muhammad Yunus, among the Nobel laureates.
During the first day’s plenary session, the mayor of Berlin, Klaus Wowereit, took the opportunity to emphasize not only the many achievements reached in the world since the fall of the wall, but also the changes that remain to be made.
Continuing this theme, Gorbachev, President of the Summit, referred to an “invisible wall” that still separates Europe and Russia. “We are part of a greater, united Europe,” he stressed. “But there still remains a fear of Russia. This must change. “ Gorbachev also said that after the fall of the wall, the West believed that it was victorious and did not need to change. “That illusion, that mistake was very costly for all of us.”
“It is difficult to construct a world based on half truths,” said Walesa, the former president of Poland and leader of the Solidarity Movement, which contributed to the fall of Socialist rule. “We need new guides to help us find the truth.” Speaking to the 200 university students attending the summit, he offered the advice “When we fought our struggle, we achieved our victory because we did everything based on our values. This is something that new generations must not forget.”''',
    quotes=[
        Q('“Breaking Down New Walls for a World Without Violence,”', None, None),
        Q('“invisible wall”', None, "Mikhail Gorbachev"),
        Q('“We are part of a greater, united Europe,”', None, "Mikhail Gorbachev"),
        Q('“But there still remains a fear of Russia.', 'This must change. “', "Mikhail Gorbachev"),
        Q('“That illusion, that mistake', 'costly for all of us.”', "Mikhail Gorbachev"),
        Q('“It is difficult to construct a world based on half truths,”', None, "Lech Walesa"),
        Q('“We need new guides to help us find the truth.”', None, "Lech Walesa"),
        Q('“When we fought our struggle,', 'new generations must not forget.”', "Lech Walesa"),
    ],
    aliases={"Mikhail Gorbachev": ["Gorbachev"], "Lech Walesa": ["Walesa"]},
),
dict(
    id="pressenza-2009-world-march-ambassador-for-nobel-peace-laureates",
    source="http://www.pressenza.com/npermalink/the-world-march-for-peace-now-ambassador-throughout-the-world-for-nobel-peace-laureates",
    license=PZ, retrieved=PAGES + " (Pressenza, 2009; the stored copy has no headline and begins with the lead sentence (H131); the paragraph 'Third, the marchers and a number of peace activists were officially welcomed at Wellington City Hall ... Rafael de la Rubia notes that it was “the fir...', cut in the stored copy, dropped with its quotations)",
    text='''Even before its official kickoff, the march campaign has already held numerous gatherings and achieved several objectives:
First, the Nobel Committee bestowed upon it the mission of spreading the “Charter for a World without Violence” around the world. The charter was drafted by 19 Nobel Peace Laureates including Mairead Corrigan Maguire, Mikhail Gorbachev, Lech Walesa, Frederik Willem De Klerk, Desmond Mpilo Tutu, the International Peace Bureau, Muhammad Yunus, and Wangari Maathai.
This indigenous group, who are the first members of the World March for Peace to ratify this charter, are themselves descended from a pacifist society, the Moriori, who met the Base Team on the island of Rekohu. “Our support comes in the spirit of our ancestors, who gave their lives in order to choose peace”, remarked Maui Solomon, co-spokesperson for the Hokotehi Moriori foundation.
Second, the March is inspiring an array of sister marches around the world, the first of which arrived in Wellington two days ago. Six marchers, ranging in age from 19 to 59, traversed the 207 km on foot from Whanganui to the capital over a 9-day journey. “We’ve endured the cold, the wind, and the rain in order to be here with you. Many of the people whose paths we crossed took us for crazy, but at the same time they were touched by our commitment. We told them that each of us can make a difference doing a little bit at a time…” explained Carla Donson, whose open and sincere words struck a chord with those gathered.''',
    quotes=[
        Q('“Charter for a World without Violence”', None, None),
        Q('“Our support comes in the spirit', 'in order to choose peace”', "Maui Solomon"),
        Q('“We’ve endured the cold,', 'a little bit at a time…”', "Carla Donson"),
    ],
),
dict(
    id="pressenza-2024-10-start-of-the-3rd-world-march",
    source="https://pressenza.com/2024/10/start-of-the-3rd-world-march-for-peace-and-nonviolence-a-global-call-for-unity",
    license=PZ, retrieved=PAGES + " (Pressenza, October 2024; the stored copy has no headline and begins with the lead paragraph (H131); the paragraph 'The ceremony ended with a symbolic act in which the members of the grassroots team ... form...', cut in the stored copy, dropped; the missing full stop in 'since 1948 The opening' kept as stored)",
    text='''On October 2, Gandhi’s birthday, the 3rd World March for Peace and Nonviolence started in Costa Rica, an initiative launched by the organization “World Without Wars and Violence”. The march began in a country that has been committed to peace since 1948 The opening ceremony took place at the University for Peace (UPAZ), the only institution of its kind in the world. Founded in 1980 by United Nations General Assembly Resolution 35/55, it is dedicated to training students from over 120 nations to create a peaceful future.
Francisco Rojas Aravena, the rector of the UPAZ, opened the event and emphasized the transformative power of education in building peace. Giovanny Blanco, coordinator of the “World Without Wars and Violence” in Costa Rica, expressed his pride that Costa Rica was chosen as the venue for the start and finish of the 3rd World March. He called for unity to create a new era of peace through active nonviolence.
Federico Monge, representative of the Office of the Ombudsman, also spoke and emphasized that peace is a universal right that belongs to all people. Raquel Zeledón Sánchez, Vice President for Student Life at the Universidad Estatal a Distancia (UNED), emphasized the role of education and women in promoting peace and developing communities.
Rafael de la Rubia, initiator of the World March for Peace and Nonviolence, called on those present to dedicate themselves to personal and social growth. He called on everyone “to contribute something inspiring to this joint effort that the World March represents”. The speeches concluded with a collective reading of the ethical commitment to not use knowledge against humanity, led by Vanessa Vaglio of “World Without Wars and Violence” (MSGSV).''',
    quotes=[
        Q('“World Without Wars and Violence”', None, None, 0),
        Q('“World Without Wars and Violence”', None, None, 1),
        Q('“to contribute something inspiring', 'the World March represents”', "Rafael de la Rubia"),
        Q('“World Without Wars and Violence”', None, None, 2),
    ],
),
dict(
    id="globalvoices-2005-10-21-this-week-in-the-caribbean-blogosphere",
    source="https://globalvoices.org/2005/10/21/this-week-in-the-caribbean-blogosphere/",
    license=GV, retrieved=PAGES + " (Global Voices, 21 October 2005; the paragraph 'Speaking of Red Stripe, Owen had some reservations about a Red Stripe-sponsored competition in wh...', cut in the stored copy, dropped)",
    text='''This week in the Caribbean blogosphere
It was an active week in the Caribbean blogosphere, with most of the buzz coming out of Jamaica and Trinidad & Tobago:
In Jamaica, much of the discussion focused on the incessant rainfall, which caused serious flooding in several parts of the island this past week. “I drove through the bog walk gorge on Friday evening and believe me, it is a sight when that Rio Cobre river is as angry as it has been in all this rain,” wrote CoolDestiny on Sunday as the island braced for more bad weather in the coming week. Also blogging about the weather were Fyr and Mad Bull and Stunner posted some photos of flooded streets in Kingston and a broken bridge. Charles Matheson wrote a short but detailed account of some of the weather-related goings-on, saying that “The Yallahs Fording in St.Thomas is impassable, so is the Bog Walk Gorge and Barry, several roads in and around Spanish Town are inundated, so too several communities in the Sunshine City of Portmore. There are communities in the parish of Clarendon that are also marooned,” and on Wednesday reported on heavy traffic jams between Kingston and Portmore. Stunner was ecstatic to catch a glimpse of the sun on Friday, a sentiment echoed by Dr. D.
Scratchie blogged about the weather too, but was also concerned with National Heroes Day, and indeed, the Jamaican blogosphere wasn't short on buzz about social and cultural issues. Mad Bull welcomed the return of “cultural songs” to the Jamaican music scene. Group blog Jamaica Culture and People solicited opinions on the legalization of marijuana while participant Missie raised the topic of traditional Jamaican attitudes toward care of the elderly and wondered how these might have changed. Missie also contributed an enticing photo of a traditional Jamaica breakfast and a re-post from the blog forum about the evolution of Red Stripe Beer.''',
    quotes=[
        Q('“I drove through the bog walk gorge', 'as it has been in all this rain,”', "CoolDestiny"),
        Q('“The Yallahs Fording', 'that are also marooned,”', "Charles Matheson"),
        Q('“cultural songs”', None, "Mad Bull"),
    ],
),
dict(
    id="globalvoices-2005-11-04-selections-from-the-caribbean-blogosphere",
    source="https://globalvoices.org/2005/11/04/selections-from-the-caribbean-blogosphere/",
    license=GV, retrieved=PAGES + " (Global Voices, 4 November 2005; the photo caption '“Divali in Trinidad” by Taran Rampersad' under the headline dropped; the paragraph 'Voice of Guyana Radio reveals on its blog that during the month of October, listeners from 52 countries tun...', cut in the stored copy, dropped; the double full stop in 'project..' kept as stored)",
    text='''Selections from the Caribbean blogosphere
A few selections from this week's conversation in the Anglophone Caribbean blogosphere:
Expat Wolfgang has his tongue firmly in his cheek when he declares that his is not a Bahamian blog. The bloggers at Bahama Pundit have plenty to say this week, with Larry Smith reviewing a book on pre-Columbian languages and offering a useful overview of the Bahamian blogsphere, Sir Arthur Foulkes reminding Bahamanians not to be complacent about civil rights and Nicolette Bethel calling for a different approach to tourism. And Lynn Sweeting finds problematic the absence of women's rights from the current discussions around national heroes.
Two reactions to the October 26 march staged in Barbados by the group Lifeline Expedition, in which descendants of slave owners donned chains in an effort to apologize for slavery: Jdid calls the event “a travesty, a mockery, a despicable imitation which trivializes a serious part of our history” while Titilayo is relieved it's all over and happy that Barbados is continuing to forge alliances with African nations.
Andy Hunt reports on the progress of the Belize Jungle Dome project..
The Limey wonders whether the creation of a National Drugs Control Ministry is a good idea, and suggests that hunting–of realtors!–would be a useful addition to the island's tourism offerings. And an “Open Mike” post about the national cricket team's removal from field during the recent tour of Namibia sparks a stream of lively comments.
Cayman Islands
Odd Blog talks about “light pollution” in the Cayman Islands.
Billy posts a short report on the 27th anniversary independence celebrations in Dominica.
YingYang engages in some eye-rolling at the notion that the region's banana growers are surprised that the recent WTO ruling didn't go in their favour.''',
    quotes=[
        Q('“a travesty, a mockery,', 'a serious part of our history”', "Jdid"),
        Q('“Open Mike”', None, None),
        Q('“light pollution”', None, "Odd Blog"),
    ],
),
dict(
    id="globalvoices-2005-12-16-selections-from-the-caribbean-blogosphere",
    source="https://globalvoices.org/2005/12/16/selections-from-the-caribbean-blogosphere-2/",
    license=GV, retrieved=PAGES + " (Global Voices, 16 December 2005; the item '– Kevin Wallen starts a blog and is moved to te...', cut in the stored copy, dropped; the country headings lost in the stored copy except 'Cayman Islands', kept as stored)",
    text='''Selections from the Caribbean blogosphere
– Campfyah, writing from Caracas, fills us in on some of his Christmas activities and Barbados's participation in an international Christmas charity fair.
– In a post which sparks a healthy string of comments, Jdid spares a thought for Stanley “Tookie” Williams on the day of the latter's execution in California, and is appalled at the lack of empathy shown by a former death row inmate interviewed by CNN.
– Titlayo discovers a Barbadian web site offering “Discrete and Professional Services for Ladies”, and concludes that “the rent-a-dread phenomenon gone upscale”. (Personally, however, I like my services “discreet” as well as “discrete”!).
– Manolo Romero reports on shenanigans in the public transportation sector as one bus company in receivership goes on strike, leaving commuters stranded all over Belize; and a tour company which is facing the music over the disappearance of a tourist during a snorkeling trip.
– Andy Hunt posts a gorgeous photo of the Tikal Mayan Temples in Guatemala.
– Christian S. Dunleavy wonders who's in charge as Bermuda's Governor appoints a senior police officer from the UK.
Cayman Islands
Cayman Time links to some interesting satellite pictures of Grand Cayman.
– For a change, Mad Bull agrees with George W. Bush.
– Billy wonders whether it's possible to obtain a world passport.
– Inspired by a carpenter's request for a “morti-slock”, Guyana-Gyal engages in some syllable-busting word play.
– MediaCritic remembers Guyanese jurist Sir Lionel Luckhoo, “the winningest lawyer that ever lived” and publishes photos of the country's television news anchors.
– Alice Backer confesses to having spent more time lately to reading “OPB's” (Other People's Blogs) than posting to her own, so devotes a post to her recent “blogcapades”. One of the issues she's trying to understand is homophobia in Jamaica.''',
    quotes=[
        Q('“Tookie”', None, None),
        Q('“Discrete and Professional Services for Ladies”', None, None),
        Q('“the rent-a-dread phenomenon gone upscale”', None, "Titlayo"),
        Q('“discreet”', None, None),
        Q('“discrete”', None, None),
        Q('“morti-slock”', None, None),
        Q('“the winningest lawyer that ever lived”', None, "MediaCritic"),
        Q('“OPB\'s”', None, "Alice Backer"),
        Q('“blogcapades”', None, "Alice Backer"),
    ],
),
dict(
    id="globalvoices-2012-04-14-this-week-in-the-caribbean-blogosphere",
    source="https://globalvoices.org/2012/04/14/this-week-in-the-caribbean-blogosphere-4/",
    license=GV, retrieved=PAGES + " (Global Voices, 14 April 2012; the block quotations of Guanaguanare and The Eternal Pantomime, printed without marks, kept one line per paragraph and not annotated (H90); the block paragraph 'Well…crimes against children are on the rise, ... very few systems are properly enabled to ...', cut in the stored copy, dropped)",
    text='''This Week in the Caribbean Blogosphere
It has been another interesting week in the Caribbean blogosphere, with netizens discussing everything from crime to elections…
Trinidad & Tobago
There was outrage in the blogosphere over the death of two-year-old Aliyah Johnson, a victim of child abuse. Guanaguanare was worried “that [it] will amount to nothing”:
The sort of callousness that did not recognise or respect her humanity/divinity is not something that was just one lifetime in the making. This sin is generational and it will also be generations before it is lifted…and only if we begin right away to work towards that future.
Government offices and officials can only do so much. We are the ones, however, who have actually heard the cries and have seen the bruises and other signs of abuse. We continue to be the silent witnesses in our neighbourhoods and maybe even in our own homes. We have to stop pretending that it will all go away…
In a follow-up post, the blogger linked to a video that could help “[address] the problem of child abuse and the wider problem of violence (and the connection between the two) in our country.”
The Eternal Pantomime added:
Remember Daniel Guerra? Remember he was picked up in a car a stone’s throw from his house, by a parlour, and days later his body was found in the Tarouba waterway system?
Remember the Prime Minister wrote a Letter to Daniel, that was really a letter promising to save all the children of Trinidad and Tobago promising that what happened to Daniel, Akiel, Sean Luke, Amy, Hope…would never happen again…''',
    quotes=[
        Q('“that [it] will amount to nothing”', None, "Guanaguanare"),
        Q('“[address] the problem', 'in our country.”', "Guanaguanare"),
    ],
),
dict(
    id="globalvoices-2012-07-13-st-lucia-global-voices-summit-caribbean-perspective",
    source="https://globalvoices.org/2012/07/13/st-lucia-the-global-voices-summit-from-a-caribbean-perspective/",
    license=GV, retrieved=PAGES + " (Global Voices, 13 July 2012; the block quotations of Daniel Miller and Elaine Diaz, printed without marks, kept and not annotated (H90); the section heading 'Keeping Endangered Languages Alive Online / Rising Voices: ...' and its paragraph 'Given the history and location of the Caribbean, ... in danger of ex...', cut in the stored copy, dropped)",
    text='''St. Lucia: The Global Voices Summit from a Caribbean Perspective
The recently concluded Global Voices Summit in Nairobi, Kenya featured many discussions which are particularly relevant to the Caribbean. As a first-time attendee of a Global Voices Summit, I've put together a quick rundown of topics that are relevant for citizen journalists and bloggers from my region. (More in-depth summaries are available by clicking on the titles.)
Inside/Outside: Diaspora Influence Online
In his recent book, “Tales from Facebook”, about Trinidadian social media usage, anthropologist Daniel Miller, examining an online discussion about “doubles” wrote:
This is the portrait that includes the greatest degree of diaspora presence, quite likely precisely because its content is the most parochial and specific to Trinidad. It is when people are living in effective exile somewhere in Toronto or Miami that they seem most moved to engage in a heated debate about which particular street corner in Trinidad is the best place to buy a Doubles.
Within this context of a shared experience of Caribbean food, the growth of social media has helped to tie the diaspora closer to center. However, as the panel on diaspora influence online showed, this connection between the diaspora and the homeland can be fraught with complications thanks to political polarization, a great divergence in living standards and information bubbles that both sides of the divide can find themselves in. According to Elaine Diaz, Global Voices contributor for the Latin America region:
It is very difficult for Cubans living on the island to accept as representative voice someone living in Diaspora. Majority thinks that we have to live, sleep, wake up in Cuba to experience its reality.''',
    quotes=[
        Q('“Tales from Facebook”', None, None),
        Q('“doubles”', None, None),
    ],
),
]
