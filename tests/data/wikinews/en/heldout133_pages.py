# Held-out English news pages (tests/data/heldout133-en.jsonl), none of them used in an earlier set. US federal news
# stories and releases, works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages
# (the `pages` search corpus): a State Department (Bureau of Educational and Cultural Affairs) story of November 2022 on
# the Tanzanian beekeeper Lightness Salema (eca.state.gov), the State Department alumni site's item of July 2019 on the
# Presidential Delegation to the FIFA Women's World Cup final (alumni.state.gov), the US Fish and Wildlife Service
# story of March 2008 on the 2007 Recovery Champion awards (fws.gov) and a DVIDS story of August 2018 on the 56th Stryker
# Brigade Combat Team's return from the National Training Center (dvidshub.net), and a VOA News story of July 2014 on
# Mandela Washington Fellows staying on in the US (voanews.com). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Site lines, maintenance notices, bylines of the State Department items,
# photo captions and image file names are dropped; wording, spelling ('agencys', 'Services', 'nations' without
# apostrophes in the fws.gov copy), double spaces inside paragraphs and quotation marks (curly and straight) are as
# stored. Annotated by reading the pages, before whosaid was run on them (rules H1015-H1019 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout133-en.jsonl

Built by `build.py` from `heldout133_pages.py`. Like heldout23-en, heldout121-en and heldout122-en, these texts are US
federal news stories and releases taken from stored web pages (the `pages` search corpus), none of them used in a set
above: a State Department (Bureau of Educational and Cultural Affairs) story of November 2022 on the Tanzanian beekeeper
Lightness Salema and the Academy for Women Entrepreneurs (eca.state.gov), the State Department alumni site's item of July
2019 on Assistant Secretary Marie Royce in the Presidential Delegation to the FIFA Women's World Cup final, with Alex
Morgan's words on her Sports Envoy trip (alumni.state.gov), the US Fish and Wildlife Service story of March 2008
on the 2007 Recovery Champion awards (H. Dale Hall, fws.gov) and a DVIDS story of August 2018 on the 56th Stryker Brigade
Combat Team's return from the National Training Center (dvidshub.net), and a VOA News story of July 2014 on African
fellows staying on for US internships (Rumbidzai Dube, voanews.com). All are US government works in the public domain
(17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, bylines of the
State Department items, captions and image file names were dropped; wording and quotation marks are as stored. None of
these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every
existing text, including the other helpers' worktrees). The set is small: many federal pages the search found are
already used (DVIDS, NPS morning reports, National Guard stories, FWS releases) or quote only one passage in the stored
part (a bia.gov copy of the Interior release on Sally Jewell's Secretarial Order on tribal co-management was dropped:
heldout37-en already has that release). The annotation (rules H1015–H1019 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so
the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-state-eca-2022-11-lightness-salema-beekeeping",
    source="https://eca.state.gov/node?page=9",
    license=PD, retrieved=PAGES + " (State Department ECA story on the listing page eca.state.gov/node?page=9; the stored part has no headline; the author line 'Article by Allie Dalola, intern with the U.S. Department of State, ...' and the three photo captions ('Salema (pictured in her bee suit) ...', 'Beekeeping is critical to the future of Tanzanian agriculture. ...', 'Salema had the opportunity to share her product with U.S. Ambassador Donald Wright ...') dropped; the paragraph 'On top of that, Salema became part of AWE’s expansive network ...', cut in the stored copy, dropped; the double space in 'business,  Dream Developers' and the straight apostrophe in 'There's' kept)",
    text='''[Dar Es Salaam, November 2022] For more than 10 years, Lightness Salema has been turning her passion for beekeeping into a way to alleviate poverty in Tanzania. That’s what her business,  Dream Developers, is all about.
In 2011, while working in her former job as an engineer, Salema identified a critical opportunity to utilize her hobby of beekeeping to increase crop yields and help feed the people of her country. According to research published by Statista in 2022, about 1 in 10 Tanzanians face food instability. Salema wanted to help.
“Without bees, there’s no pollination for vegetables or fruits,” she explains. “There's no food.” She started out with only a few hives and a dream, and then began selling the honey she produced. And just like that, her business was born.
“I started my company Dream Developers with a vision of developing various dreams into realization, including my own,” Salema explains. “And my dream was to do beekeeping.”
This dream was taken to the next level in 2019 when Salema joined the U.S. Department of State’s Academy for Women Entrepreneurs (AWE), which uses the DreamBuilder online learning platform developed by Arizona State University. This free, publicly accessible platform taught her core business skills like strategic planning, accounting and marketing.''',
    quotes=[
        Q('“Without bees,', 'or fruits,”', "Lightness Salema"),
        Q('“There\'s no food.”', None, "Lightness Salema"),
        Q('“I started my company', 'including my own,”', "Lightness Salema"),
        Q('“And my dream was to do beekeeping.”', None, "Lightness Salema"),
    ],
    aliases={"Lightness Salema": ["Salema"]},
),
dict(
    id="gov-en-state-alumni-2019-07-womens-world-cup-delegation",
    source="https://alumni.state.gov/node?page=26",
    license=PD, retrieved=PAGES + " (State Department alumni-site item on the listing page alumni.state.gov/node?page=26; its headline line kept as the first line; the image file name 'alex_morgan_worldcup_alt.jpg' and the doubled caption 'Sports Envoy Alex Morgan talking with youth soccer players in Tanzania.' dropped; the paragraph 'Leveraging the popularity of the FIFA Women’s World Cup, ECA launched the “S...', cut in the stored copy, dropped; the ellipses without spaces in Alex Morgan's words kept)",
    text='''Congratulations to the U.S. Women’s National Team for winning the FIFA Women’s World Cup 2019!
Assistant Secretary of State for Educational and Cultural Affairs (ECA) Marie Royce traveled July 5-8 to France as part of the United States Presidential Delegation to the FIFA Women’s World Cup Final Match between the United States and the Netherlands.
“It is my honor to be part of the U.S. Presidential Delegation to the Women’s World Cup Final. As Assistant Secretary of State for Educational and Cultural Affairs, I have witnessed firsthand the power of sports in building diplomatic relations between the United States and countries around the world,” said Marie Royce. “I am particularly grateful to members of the U.S. Women’s National Soccer Team who have participated in our Sports Diplomacy exchange programs. Go Team USA!”
Recognizing the powerful role that sports can play in women’s and girls’ empowerment, the State Department supports sports exchange programs to advance sex equality around the world. Alumnae of our ECA Sports Diplomacy exchanges include many current and past Members of the U.S. Women’s National Team, including U.S. Team Captain and Superstar Alex Morgan (Tanzania 2017), current Head Coach Jill Ellis (Liberia 2016), Goalkeeper Ashlyn Harris (Liberia 2016), and former Captain and Women’s World Cup Champion Julie Foudy (Brazil 2013).
Alex Morgan said of her Sports Envoy experience in Tanzania, “I went to try to lend a helping hand, to give advice…but I feel like what…ended up happening was I learned so much about their stories…and how people around the world are trying to increase the respect for girls and women in sports – like we are respected here in the U.S.”''',
    quotes=[
        Q('“It is my honor', 'around the world,”', "Marie Royce"),
        Q('“I am particularly grateful', 'Go Team USA!”', "Marie Royce"),
        Q('“I went to try to lend a helping hand', 'here in the U.S.”', "Alex Morgan"),
    ],
    aliases={"Marie Royce": ["Assistant Secretary of State for Educational and Cultural Affairs (ECA) Marie Royce"]},
),
dict(
    id="gov-en-fws-2008-03-recovery-champion-awards",
    source="https://www.fws.gov/story/2008-03/us-fish-and-wildlife-service-announces-endangered-species-recovery-champion-awards",
    license=PD, retrieved=PAGES + " (US Fish and Wildlife Service story on fws.gov; the headline, printed twice in the stored copy, kept once; the subtitle line kept; the paragraph on Dr. Holly B. Freifeld, cut in the stored copy, dropped; the copy's missing apostrophes ('agencys', 'Services', 'nations', 'honorees contributions', 'this years') and straight marks kept)",
    text='''U.S. Fish and Wildlife Service Announces Endangered Species Recovery Champion Awards
Two biologists in the agencys Pacific Region are honored
U.S. Fish and Wildlife Service Director H. Dale Hall today announced the sixteen recipients of the Services 2007 National Recovery Champion award. The Recovery Champion award recognizes outstanding contributions of U.S. Fish and Wildlife Service employees and their partners toward efforts aimed at recovering threatened and endangered species in the United States.
"The Recovery Champion award not only recognizes the exceptional conservation accomplishments of the honorees, it also provides the public with a unique opportunity to learn about endangered species conservation," said Hall. "These Recovery Champions are extraordinary conservationists dedicated to protecting and restoring our nations wildlife and ensuring that future generations of Americans enjoy the natural treasures we experience today."
The 2007 Recovery Champion honorees contributions to the conservation of our natural heritage benefit a broad range of endangered and threatened plants and animals. From manatees to mussels, Service employees and their partners have been working to recover our nations most imperiled wildlife. Habitat protection, public awareness campaigns and the development of cutting-edge technology to achieve captive breeding success are just a few examples of this years Recovery Champion honorees efforts.
In the Services Pacific Region, two biologists are being honored:''',
    quotes=[
        Q('"The Recovery Champion award not only', 'species conservation,"', "H. Dale Hall"),
        Q('"These Recovery Champions', 'we experience today."', "H. Dale Hall"),
    ],
    aliases={"H. Dale Hall": ["U.S. Fish and Wildlife Service Director H. Dale Hall", "Hall"]},
),
dict(
    id="gov-en-dvids-56th-sbct-returns-from-ntc-2018",
    source="https://dvidshub.net/news/289393/56th-stryker-brigade-combat-team-returns-ntc-battlefield-with-high-spirits",
    license=PD, retrieved=PAGES + " (DVIDS news story; the site's maintenance notice and log-in fields, the repeated headline, the photo caption with its credit, and the place and date line 'FORT IRWIN, CALIFORNIA, UNITED STATES / 08.17.2018' dropped; the paragraph on Sgt. James Quinn, cut in the stored copy, dropped)",
    text='''56th Stryker Brigade Combat Team returns from NTC battlefield with high spirits
Story by Cpl. Hannah Baker
109th Mobile Public Affairs Detachment
FORT IRWIN, Calif. – Soldiers from the 56th Stryker Brigade Combat Team, 28th Infantry Division, Pennsylvania National Guard, return from the field at the National Training Center, Fort Irwin, California Aug. 17.
Soldiers crowded around the sinks at the Rotational Unit Bivouac Area (RUBA), in cantonment, splashing running water on their faces. There’s a tangible air of excitement as they cheer and holler to one another, giddy about their return from two weeks in the field.
“I thought I got a tan, but I think it’s just dirt,” yelled one Soldier, scrubbing at her hands and face as members of her unit burst into laughter.
The Soldiers spent their days in “the box,” a training area in the Mojave Desert nearly the size of Rhode Island, in an austere environment with temperatures reaching triple digits. In addition to these harsh elements, the Soldiers had little sleep, no running water, no hot meals, and a constant threat of a skilled opposing force.
It was here that they trained in decisive-action strategies, combined arms maneuvers, and live-fire exercises.''',
    quotes=[
        Q('“I thought I got a tan', 'just dirt,”', None),
        Q('“the box,”', None, None),
    ],
),
dict(
    id="voa-en-2014-07-young-african-leaders-to-branch-out-in-us",
    source="http://www.voanews.com/a/young-african-leaders-to-branch-out--in-us/1966513.html",
    license=PD, retrieved=PAGES + " (VOA News story of July 2014 on voanews.com; the site lines 'Accessibility links' and 'Breaking News', the photo caption on Dziedzorm 'Jay Jay' Segbefia (printed twice), and the video box ('Related video report by VOA's Mariama Diallo:', 'Obama Holds Town Hall Meeting with Aspiring Young Africans', 'please wait', 'No media source currently available', '0:00 0:03:10 0:00') dropped; the subheading 'Purposeful internships' kept as a line; the paragraph with Takunda Chingonzo's quotation, cut in the stored copy, dropped; the mixed curly and straight marks kept)",
    text='''Young African Leaders to Branch Out in US
Hundreds of Africa's emerging leaders are gathered in Washington for a three-day summit that includes a meeting with President Barack Obama. The summit is a highlight of a six-week U.S. fellowship that has given about 500 young Africans a chance to sharpen their skills through coursework and professional development. Some participants plan to remain in the United States to learn more about how they can help their home countries.
Zimbabwe's Rumbidzai Dube, a lawyer and human rights defender, is among those staying. She wants to learn more about how to help victims of human trafficking.
“I have been wanting to work in the field of human trafficking for a very long time. And because a lot of people in Zimbabwe do not see this as an issue, there is very little buy-in, even from international NGO’s [non-governmental organizations]," she said.
Purposeful internships
Dube will have that opportunity through an internship with the state government criminal services division in Columbus, Ohio.
She explained her goal. "To lobby my government to put together social protections, measures that allow the victims to be re-integrated into society.”
Takunda Chingonzo has a passion for start-up companies. He is a co-founder of two in his native Zimbabwe, including one that offers free public WiFi services.
He said African start-ups, in general, have had a problem with sustainability.''',
    quotes=[
        Q('“I have been wanting', 'organizations],"', "Rumbidzai Dube"),
        Q('"To lobby my government', 'into society.”', "Rumbidzai Dube"),
    ],
    aliases={"Rumbidzai Dube": ["Dube"]},
),
]
