# Held-out English Wikinews articles (tests/data/heldout39-en.jsonl), none of them used in an earlier set.
# Six texts come from the AMALGUM corpus copy (github.com/gucorpling/amalgum, files of amalgum_extra/news/xml
# that no earlier set used: `brazil`, `sudan`, `cloning`, `draws`, `fans`, `anime`), detokenized by hand like
# heldout14-16_amalgum*.py (every word and mark as in the copy, only spacing restored, '&amp;' restored as
# '&'); one text is a stored web page (the `pages` search corpus): the en.m.wikinews.org copy of the 2010
# article on the Chilean miners, which keeps only the article body (no headline, no dateline) and its
# archive notices. Image captions, photo galleries, "Sources"/related-news lists, archive notices and, where
# noted, an interview part or a table-like list at the end are dropped; wording, typos and quotation marks
# are as stored. License of the texts: Wikinews, CC BY 2.5 (attribution: the Wikinews contributors of each
# article, URL as listed). Annotated by reading the articles, before whosaid was run on them (rules
# H192-H196 in ANNOTATION.md on top of H1-H187).
WN = "CC BY 2.5 (Wikinews)"
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout39-en.jsonl

Built by `build.py` from `heldout39_pages.py`. Like heldout14-en, heldout15-en, heldout16-en and heldout28-en,
these texts are English Wikinews articles (CC BY 2.5; attribution: the Wikinews contributors of each article),
none of them used in a set above: six from the extra news part of the AMALGUM corpus
(`amalgum_extra/news/xml/AMALGUM_news_<word>.xml`: `brazil`, `sudan`, `cloning`, `draws`, `fans`, `anime`; files
no earlier set used, detokenized by hand as before) and one stored web page (the `pages` search corpus): the
en.m.wikinews.org copy of the 2010 article on the 33 Chilean miners trapped at Copiapó, whose stored copy has no
headline and is kept so (H131). Captions, photo galleries, source lists and archive notices were dropped; two
articles end before a part that is not ordinary news text (the vote-by-country lists of the cloning declaration;
the e-mail interview in question-and-answer form at the end of the 2019 Anime North report), noted per article.
None of these articles is used in any set above (checked by URL, by title, by the names of their speakers and by
8-word overlap with every existing text: no shared 8-word sequence). Skipped: AMALGUM files already used
through GUM or AMALGUM copies (`collapse` = the Borneo bridge collapse, `ozone` = the ozone and crops study),
files whose text has at most one quotation (`hacksaw`, `jimmie`, `robben`, `chile`, `corruption`,
`bibliotheca`, `capitals`, `arsenal`), interviews in question-and-answer form (`biologist`, `casinos`,
`hsing`, `fourth`), and the Columbia speech of Ahmadinejad (`ahmadinejad`; quotations partly without marks and
an 8-word overlap with heldout16-en) and the Burns–Saran nuclear talks of 2006 (`burns`; an 8-word overlap with
heldout17-en); stored pages of Wikinews mirrors (en.wikiactu.com) whose stored part keeps
at most one complete quotation (David Cameron becomes Prime Minister, 2010; the Senate report on CIA
interrogations, 2014; the Arroyo arrest warrant, 2011) and a page copy of "East Timor Prime Minister resigns"
(2006, one quotation). The annotation (rules H192–H196 in `ANNOTATION.md` on top of H1–H187) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2005-03-rumsfeld-visits-brazil",
    source="https://en.wikinews.org/wiki/US_Secretary_of_Defense_Donald_Rumsfeld_visits_Brazil",
    license=WN, retrieved=AMG.format("AMALGUM_news_brazil") + " (the copy's broken wiki link '[[w:Brazil|Brazil]]', the typo 'Rumsfled', 'unhappyly', 'a excerpt' and the stray '.,' and final ',' kept; the two block quotations printed in italics without marks kept as paragraphs)",
    text='''US Secretary of Defense Donald Rumsfeld visits Brazil
Saturday, March 26, 2005
[[w:Brazil|Brazil]] — Tuesday (March 22) the United States Secretary of Defense Donald Rumsfeld arrived in Brazil for a visit with Brazilian President Luiz Inacio Lula da Silva, Vice-President and Defense Minister José Alencar, and other top officials.
In a meeting with President Lula DaSilva and his Vice-President and Minister of Defense, José Alencar, Mr Rumsfeld discussed Brazil leading the UN military forces in Haiti, terrorism and narcotrafficking.
Rumsfeld told to AFP journalists: "The United States has put forward four topics, which we have agreed to take up: application of a law to down [drug traffickers' aircraft]; [UN] operations in Haiti; drug trafficking; and the fight against terrorism, including Brazil's position on security in South America."
Joint Press Conference
Rumsfeld and Alencar held a Joint Press Conference in Brasilia, the capital city of Brazil. Rumsfled stated that the friendship between Brazil and United States is long-standing and highly-valued. He added that the US and Brazil were allies in the Second World War and partners in helping to shape key post-war institutions including the United Nations.
Journalists asked both José Alencar, and Mr Rumsfeld if they were concerned about Venezuelan President Hugo Chávez, particularly after his recent purchase of 100,000 AK-47 assault rifles.
Rumsfeld said:
Certainly I'm concerned. If one thinks about it, the discussion that's taking place, as I understand it, is concerning something in the neighborhood of 100,000 AK-47s to be moved from Russia possibly to Venezuela. I don't know if it's firm, but I've read about it and heard it discussed. Not just in the press, but bilaterally. I can't imagine what's going to happen to 100,000 AK-47s. I can't imagine why Venezuela needs 100, 000 AK-47s. I just hope that, personally hope, that it doesn't happen. I can't imagine that if it did happen, that it would be good for the hemisphere.
The Brazilian Vice-President said that Brazil prefers not to interfere in the affairs of others:
Brazil has always defended and will continue defending the self-determination of the different peoples and non-intervention in the affairs of other countries. Obviously, here in Brazil, which is a country historically pacific (peaceful), obviously we would like to increasingly deepen our diplomatic and trade relations with our countries, with the objective of achieving the common good.
President Lula is scheduled to meet President Hugo Chávez, the President of Colombia Alvaro Uribe Velez and Spain's prime minister, José Luiz Zapatero next Tuesday in Ciudad Guayana, Venezuela.
The Workers' Party Secretary for International Foreign Relations didn't agree with the US Defense Secretary regarding Venezuela. He said that his "declaration, does not contribute to a process of stabilization of the United States' relations with Latin America. It is a kind of mentality that, unhappyly, still is present in the American state, which considers Latin America as an extension of its territory."
Rumsfeld praised Brazil's leadership in United Nations operations in Haiti where they have maintained order in the country after the overthrow of former President Jean Bertrand Aristide in February 2004.
A reporter asked Mr Rumsfeld whether Brazil is ready to have a seat on the UN Security Council. He answered by saying the Department of Defense doesn't have a voice or a role in that and the matter should be answered by the US President and the Secretary of State.
FARC and SIVAM
Journalists asked the Brazilian Vice-President José Alencar three if Brazil will declare the Revolutionary Armed Forces of Colombia (FARC) as a terrorist organization and if the government is worried about the FARC infiltration in Brazilian territory. Alencar was evasive and he refused to answer the questions directly.
Alencar said Brazil repudiates narcotrafficking and that "if the organization adopts crime as an instrument for raising resources, obviously it is something that must be combated."
Later he became impatient and said that he had already said everything he had to say.,
Mr Rumsfeld visited SIVAM, the Amazon Surveillance System. SIVAM, which was built by U.S. Defense contractor Raytheon Corporation, is an arrangement of interconnected sensors and radars to supervise both environmental conditions and criminal activity in the Amazon,
According to the Communist Party of Brazil (PCdoB), about 60 activists protested in the Amazon against the visit of Rumsfeld when he was touring SIVAM.
Renato Rabelo, the President of the PCdoB released a note repudiating the visit of the US Secretary. "The Communist Party of Brazil repudiates the presence in domestic territory of the secretary of the Defense of the United States, Donald Rumsfeld. The undesired visitor is one of the main expoents of the tyrant and imperialist government of the United States", says a excerpt.''',
    quotes=[
        Q('"The United States has put forward', 'in South America."', "Donald Rumsfeld"),
        Q('"declaration, does not contribute', 'of its territory."', None),
        Q('"if the organization adopts', 'must be combated."', "José Alencar"),
        Q('"The Communist Party of Brazil repudiates', 'of the United States"', "Renato Rabelo"),
    ],
    aliases={"Donald Rumsfeld": ["Rumsfeld", "Mr Rumsfeld", "Rumsfled", "United States Secretary of Defense Donald Rumsfeld"],
             "José Alencar": ["Alencar", "Brazilian Vice-President José Alencar"]},
),
dict(
    id="wn-en-2008-02-ban-ki-moon-chad-kenya-sudan",
    source="https://en.wikinews.org/wiki/UN_Secretary-General_expresses_concern_about_crises_in_Chad%2C_Kenya%2C_Sudan",
    license=WN, retrieved=AMG.format("AMALGUM_news_sudan") + " (opening marks stored as separate fragments attached)",
    text='''UN Secretary-General expresses concern about crises in Chad, Kenya, Sudan
Thursday, February 7, 2008
United Nations Secretary-General Ban Ki-moon has expressed concern about crises in Chad, Kenya, and the Sudan. The U.N. chief is recently back from Africa where he attended the African Union summit in Ethiopia and met with leaders in Kenya.
On rebel efforts to overthrow the government in Chad in recent days, the secretary-general welcomed an African Union initiative to have the leaders of Libya and the Democratic Republic of Congo mediate the crisis. He says the United Nations will do its utmost to help resolve the crisis, urging the Security Council to act swiftly to help bring an end to the violence.
"It has devastating consequences not only for the people of Chad and Darfurian refugees seeking shelter there, but also for Darfur itself," said Ban.
Mr. Ban told reporters the situation in the neighboring Darfur region of Sudan is no less troubling. He says the deployment of the AU-U.N. peacekeeping force, known as UNAMID, must be sped up and urged member states to properly equip the troops.
"UNAMID still lacks required aviation and ground transportation - chiefly helicopters. Additional troops will not make up for this shortfall," said Ban. "Those countries that called for intervention in Darfur are under special obligation to deliver on their promises."
While at the AU summit, Mr. Ban says he discussed some of the outstanding issues affecting the deployment with Sudanese President Omar al-Bashir, and he expects the Status of Forces Agreement (SOFA) to be signed this week. But Mr. Ban remained vague on whether some of the agreement's sticking points - such as night flights, land agreements, and advance notice of U.N. movements - had been settled.
On Kenya, Mr. Ban says he has been deeply engaged in the post-election crisis and told political leaders during his visit there that they bear particular responsibility for the future of Kenya.
"I stressed to all the Kenyan leaders the need to stop the unacceptable violence and killings, and to resolve their differences through dialogue and democratic process. I also appealed to all the political leaders to think beyond their individual interests or party lines and to look to the future of Kenya as one country," he said.
Mr. Ban also met in Nairobi with his U.N. predecessor, Kofi Annan, who is leading the panel of eminent Africans trying to mediate the crisis, and said they discussed his roadmap for the talks.
Security of U.N. personnel in Africa and elsewhere has been high on the secretary-general's agenda, especially in the wake of the December bombing in Algeria that killed 17 staff members. Mr. Ban announced that he is naming diplomat Lakhdar Brahimi to chair an independent panel on safety and security of U.N. personnel and premises. Brahimi is an Algerian, but Mr. Ban says he has no concerns about his fairness or objectivity in heading up the panel.''',
    quotes=[
        Q('"It has devastating consequences', 'Darfur itself,"', "Ban Ki-moon"),
        Q('"UNAMID still lacks', 'this shortfall,"', "Ban Ki-moon"),
        Q('"Those countries that called', 'their promises."', "Ban Ki-moon"),
        Q('"I stressed to all', 'as one country,"', "Ban Ki-moon"),
    ],
    aliases={"Ban Ki-moon": ["Ban", "Mr. Ban", "United Nations Secretary-General Ban Ki-moon"]},
),
dict(
    id="wn-en-2005-03-un-cloning-declaration",
    source="https://en.wikinews.org/wiki/United_Nations_passes_Declaration_on_human_cloning",
    license=WN, retrieved=AMG.format("AMALGUM_news_cloning") + " (the text ends with Siegel's paragraph: the section 'Breakdown of the vote' with its country lists (in favor, against, abstaining) is dropped as a list part)",
    text='''United Nations passes Declaration on human cloning
Thursday, March 10, 2005
A divided UN General Assembly has voted to approve a nonbinding statement against all forms of human cloning.
The vote, held Tuesday, came after four years of debate and an end to attempts for an international ban.
In the 191-nation assembly, there were 84 votes in favor of a nonbinding statement, 34 against and 37 abstentions.
Proposed by Honduras, the statement was largely supported by Roman Catholic countries and opposed by countries with active embryonic stem cell research programs. Many Islamic nations abstained.
The UN Declaration on Human Cloning, as it is named, calls for all member states to adopt a ban on human cloning, which it says is "incompatible with human dignity and the protection of human life."
The US, which has long pushed for a complete ban, voted in favor of the statement while traditional ally Britain, where therapeutic cloning is legal and regulated, voted against it.
The statement should have no impact on countries that allow therapeutic cloning, such as Britain and South Korea, as it is not legally binding.
"The foes of therapeutic cloning are trying to portray this as a victory for their ideology," Bernard Siegel, a Florida attorney who lobbies to defend therapeutic cloning, said in a Reuters report. "But this confusing declaration is an effort to mask their failure last November to impose a treaty on the world banning therapeutic cloning."''',
    quotes=[
        Q('"incompatible with human dignity', 'of human life."', "UN General Assembly"),
        Q('"The foes of therapeutic', 'their ideology,"', "Bernard Siegel"),
        Q('"But this confusing declaration', 'therapeutic cloning."', "Bernard Siegel"),
    ],
    aliases={"UN General Assembly": ["UN Declaration on Human Cloning"]},
),
dict(
    id="wn-en-2017-01-march-for-life-washington",
    source="https://en.wikinews.org/wiki/Anti-abortion_March_for_Life_draws_thousands_in_Washington%2C_D.C.",
    license=WN, retrieved=AMG.format("AMALGUM_news_draws"),
    text='''Anti-abortion March for Life draws thousands in Washington, D.C.
Saturday, January 28, 2017
Yesterday, thousands of anti-abortion protesters rallied in Washington, D.C. Unlike the half a million who walked to the White House waving signs last Saturday, these came to support one of the policies espoused by the United States president Donald Trump and Vice President Mike Pence: making abortion harder to come by.
This event, called the March for Life, has taken place every year since 1973, the year abortion was ruled legal in the U.S. by the Roe v Wade Supreme Court decision. "Pro-life" is the umbrella term of choice of the U.S. political movement that favors rendering abortion illegal and less accessible and "pro-choice" is the corresponding term for the movement that favors keeping it legal and accessible.
Donald Trump has recently reversed Barack Obama's repeal of a global funding ban, which prohibits the use of U.S. funds for any organization that provides or counsels for abortions abroad.
Trump specifically asked Vice President Mike Pence to attend the march. "Life is winning in America!" he told the crowd, noting that he serves under "a president who I proudly say stands for the right to life." A Pew Research Institute poll taken this year shows that 69% of Americans support the Roe v Wade decision, up from 60% in 1992.
One reason why many opponents of abortion say the procedure should be illegal is the belief, often religious, that life begins at conception. Correspondingly, the event was accompanied by religious music and speeches, including one by Catholic Archbishop Timothy Dolan. One reporter for the BBC noted a large number of young women in the crowd, especially college students. Signs included "Women DO Regret Abortion" and "I am the Pro-Life Generation," many held up by young women. Others showed pictures of fetuses, quoted Bible verses, or called for the defunding of Planned Parenthood by name. There is already a law in place, the Hyde Amendment, which bans the use of federal funds for abortions, though this money can go to organizations that also perform abortions so long as the funds are kept separate.
As governor of Indiana, Mike Pence established some of the country's strictest abortion laws. Years ago, Donald Trump said publicly that he was "very pro-choice" but has since changed his stance. Trump commented, as is his custom, via Tweet, "To all of you marching — you have my full support!"
The crowds in Washington, D.C. yesterday numbered in the tens of thousands, in contrast to the roughly 500,000 in last week's Women's March, though some organizations did attend both events. March for Life President Jeanne Mancini told National Public Radio, "I think we're a pretty different march — we're a one-issue march."
The abortion rate in the United States hit a record low in 2013, but the pro- and anti-abortion rights movements are at odds about why. Both sides credit increased availability of contraceptives, but anti-abortion organizations tend to give more credit to state-level laws that have made it harder to keep abortion clinics open and limit abortions to only the early stages of pregnancy. As NARAL Pro-Choice America President Ilyse Hogue pointed out, the anti-abortion movement now has the opportunity to work at the federal level; "We're living at the apex of a 40-year, state-by-state effort by the anti-choice people [...] We have to be prepared for the fact that they've got all the pieces in place to do real damage."''',
    quotes=[
        Q('"Pro-life"', None, None),
        Q('"pro-choice"', None, None),
        Q('"Life is winning in America!"', None, "Mike Pence"),
        Q('"a president who I proudly', 'right to life."', "Mike Pence"),
        Q('"Women DO Regret Abortion"', None, None),
        Q('"I am the Pro-Life Generation,"', None, None),
        Q('"very pro-choice"', None, "Donald Trump"),
        Q('"To all of you marching', 'my full support!"', "Donald Trump"),
        Q('"I think we\'re a pretty', 'one-issue march."', "Jeanne Mancini"),
        Q('"We\'re living at the apex', 'do real damage."', "Ilyse Hogue"),
    ],
    aliases={"Mike Pence": ["Vice President Mike Pence"],
             "Donald Trump": ["Trump"],
             "Jeanne Mancini": ["March for Life President Jeanne Mancini"],
             "Ilyse Hogue": ["NARAL Pro-Choice America President Ilyse Hogue"]},
),
dict(
    id="wn-en-2019-05-anime-north-toronto",
    source="https://en.wikinews.org/wiki/Toronto%27s_Anime_North_2019_brings_thousands_of_fans_together",
    license=WN, retrieved=AMG.format("AMALGUM_news_fans") + " (three photo captions dropped; the text ends with Lauren Landa's paragraph: the paragraph introducing the e-mail interview with cosplay model Jillea and the interview itself, in question-and-answer form, are dropped; the closing mark that the copy tokenizes after 'decade.' is the opening mark of Tipton's quotation and is attached to it; 'Q&amp;A' restored as 'Q&A')",
    text='''Toronto's Anime North 2019 brings thousands of fans together
Friday, May 31, 2019
Many thousands of anime and manga fans descended on the Toronto Congress Centre for Anime North, a fan-run convention launched in 1997. Spread between four venues over three days, May 24 to 26, the event featured J-pop maid idols, voice actors, writers, and more. Wikinews attended.
Despite the ample indoor spaces, the parking lot of the Centre is also a hub of activity, with cosplayers posing for photos. Attendees were sent running for cover on Saturday, as heavy rains and a severe thunderstorm warning put a damper on festivities.
The event is organized by a massive team of volunteers, and known for its specialized programming for fans, by fans. On the night of May 25, for example, attendees could catch "Pokemon Biology", "Kimono Obi Tying", and "Underappreciated Sports Anime/Manga."
US voice actor Alexis Tipton marveled at the growth of the anime industry in the last decade. "Back when I was going as a fan, there wasn't as much anime, so it was easier to know about everything," Tipton observed during a question and answer session. "I'm so overwhelmed by how much there is."
Tipton held a panel on her career, dubbing anime for US distribution company Funimation Entertainment. While many anime voice actors weren't fans going into the industry, Tipton recalled going to anime conventions with her friends during middle school and high school. Once she was an invited guest, Tipton recalls realizing "oh, I'm not here to just have fun, I'm here to work; I have a set schedule and I can't just, like, you know, go do what I want."
Early in her career, Tipton was cast as a voice for My Bride is a Mermaid, a role that required singing. Then just 19 years old, she looked at the role as a "chance to face my demons," having questioned her abilities for years. "I was in an extremely competitive [singing musical theatre] program in high school. I had started working at Funimation when I was 19, so I was just barely in college. And so those scars were still like, really fresh. I had a lot of competition and people would find what your perceived weakness was, or what your actual weakness was in the program, and they would take advantage of it. And so I had people trying to make me feel like I couldn't sing my way out of a paper bag, and then I would get so nervous when I would sing that I couldn't support my notes, and so it would just prove them right."
Tipton was devastated when she got a sinus infection, the week of the audition. "This director doesn't know me, I haven't worked with him, he's going to think that this is what I sound like," she recalls thinking. "I don't know if I had a shot to begin with, but now I really don't have a shot." She was thrilled when she was cast.
Another voice actor, Lauren Landa, would list Sailor Neptune and Sailor Uranus as dream roles, when asked at conventions. She was given a chance to audition for the characters years later, when Vizmedia dubbed the first two seasons of Sailor Moon. When she was cast, "I swear to you, I was speechless," she told an audience at her Q&A session.''',
    quotes=[
        Q('"Pokemon Biology"', None, None),
        Q('"Kimono Obi Tying"', None, None),
        Q('"Underappreciated Sports Anime/Manga."', None, None),
        Q('"Back when I was going', 'about everything,"', "Alexis Tipton"),
        Q('"I\'m so overwhelmed', 'there is."', "Alexis Tipton"),
        Q('"oh, I\'m not here', 'what I want."', "Alexis Tipton"),
        Q('"chance to face my demons,"', None, "Alexis Tipton"),
        Q('"I was in an extremely', 'prove them right."', "Alexis Tipton"),
        Q('"This director doesn\'t know me', 'sound like,"', "Alexis Tipton"),
        Q('"I don\'t know if I had', 'have a shot."', "Alexis Tipton"),
        Q('"I swear to you', 'speechless,"', "Lauren Landa"),
    ],
    aliases={"Alexis Tipton": ["US voice actor Alexis Tipton", "Tipton"]},
),
dict(
    id="wn-en-2018-06-anime-north-photo-report",
    source="https://en.wikinews.org/wiki/Photo_report%3A_Anime_North_convention_brings_fans_to_Toronto",
    license=WN, retrieved=AMG.format("AMALGUM_news_anime") + " (two photo captions, the photo gallery with its captions and the closing 'Additional cosplay' line dropped; the headline's two parts 'Photo report:' and 'Anime North convention brings fans to Toronto' joined on one line; the closing mark that the copy tokenizes after 'as her outfit.' is the opening mark of the following quotation and is attached to it)",
    text='''Photo report: Anime North convention brings fans to Toronto
Friday, June 1, 2018
In Toronto last weekend, North American anime and manga convention Anime North was held. Anime North sprawled across multiple venues, including the Toronto Congress Centre, as a fan-run celebration of Japanese pop culture. The event ran from May 25 to 27. Wikinews's Nicholas Moreau was in attendance to photograph the event.
Montrealer "Aileen Cosplay" was wearing an outfit of Rapunzel from the Disney animated film Tangled, when Wikinews photographed her.
Wikinews talked with her after the event, learning that she was one of the "Estrada Sisters", who have been dressing up as pop culture characters for roughly a decade. "Cosplay is something we do together as sisters, as well as with our close friends. It's a hobby and passion that we all share and have fun with."
The cosplayer explained that the activity "integrates a wide range of interests for us, from makeup, to sewing, to crafting and prop-making."
"When deciding on cosplays," she offers, "we consider how attracted we are to the character as they were written, as well as their aesthetic. We tend to stray towards Disney, as we all share a common passion for the magic that it brings to its audience, and we love having the opportunity to bring that magic to life every time we put on a costume."
Binrand Cosplay tells Wikinews that for her, cosplay "is a huge creative outlet whether that's sewing, crafting, armour building, styling wigs, new makeup challenges etc. I love that it gives me creative freedom and that the end result I can share with hundreds of people that have a love and passion for the same character or series that I am cosplaying from." The icy effect on Shyvana from League of Legends gave her reason to work with Transpa Art, a product from a company called Worbla.
She noted that the activity also allows her to "meet new friends that are just excited about something" as she is.
She chooses characters she's become attached to, as her outfit. "Often it's a combination of similar personality as my own, a character that has gone through similar struggles as myself, I like the look, and that they just plain badass! I also like a challenge. Having been doing cosplay for as long as I have I like to switch things up and learn something new every year."''',
    quotes=[
        Q('"Aileen Cosplay"', None, None),
        Q('"Estrada Sisters"', None, None),
        Q('"Cosplay is something we do', 'have fun with."', "Aileen Cosplay"),
        Q('"integrates a wide range', 'prop-making."', "Aileen Cosplay"),
        Q('"When deciding on cosplays,"', None, "Aileen Cosplay"),
        Q('"we consider how attracted', 'on a costume."', "Aileen Cosplay"),
        Q('"is a huge creative outlet', 'cosplaying from."', "Binrand Cosplay"),
        Q('"meet new friends', 'about something"', "Binrand Cosplay"),
        Q('"Often it\'s a combination', 'every year."', "Binrand Cosplay"),
    ],
    aliases={},
),
dict(
    id="wn-en-2010-08-chilean-miners-trapped-copiapo",
    source="https://en.m.wikinews.org/wiki/Chilean_miners_trapped_after_mine_collapse;_miscalculated_drilling_delays_rescue",
    license=WN, retrieved=PAGES + " (the stored copy has no headline or dateline and starts with the first paragraph, kept so (H131); the four archive-notice lines, printed twice, dropped)",
    text='''A gold mine collapse in Copiapó, Atacama Region, Chile has trapped 33 miners since last Thursday. Another collapse occurred on Saturday, that provoked temporary suspension of the rescue works.
Rescue efforts were first focused on a ventilation shaft, but attempts to reach the miners failed. Rescuers have been drilling into the mine since Sunday. "The situation is very complex, the mine continues to have collapses because there is a geological fault-line," said Sebastián Piñera, President of Chile, who "pledged to do everything possible to get to the trapped miners," but acknowledged he was pessimistic.
There is no certainty that the miners, who are trapped about 400 meters (1300 feet) below the ground, are still alive.''',
    quotes=[
        Q('"The situation is very complex', 'geological fault-line,"', "Sebastián Piñera"),
        Q('"pledged to do everything', 'trapped miners,"', None),
    ],
    aliases={},
),
]
