# Held-out English news pages (tests/data/heldout80-en.jsonl), none of them used in an earlier set. Fifteen texts of US
# government outlets taken from stored web pages (the `pages` search corpus): two stored versions (July and September
# 2015) of VOA Learning English's "USA" archive list page (learningenglish.voanews.com, titles and teasers), an archived
# copy of a VOA Learning English feed of December 9, 2016 (archive.org.ua, the John Glenn story), two VOA items of
# January 7, 2010 on USAID's new administrator Rajiv Shah (voanews.com; insidevoa.com), a State Department "in the news"
# digest of February 1, 2016 as reposted by news247worldpressuk.com, two state.gov home pages of May 12 and 14, 2009 in
# the End of Term web archive (webarchive.library.unt.edu), a U.S. Embassy Niger press release of March 30, 2022 on a
# USAID youth programme (ne.usembassy.gov), a USAID press release of May 30, 2002 in a State Department Washington File
# item as kept by a mailing-list archive (mail-archive.com) and five USAID Impact blog pages (blog.usaid.gov: two youth
# category pages, three "in the news" digests of 2011 and 2012). All are works of the US federal government and in the
# public domain (17 U.S.C. § 105) wherever they are stored; none is credited to AP, Reuters, AFP or another third party
# (H490). Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph or
# list entry is dropped (noted in `retrieved`). Site lines, page date lines, media labels ('Audio', 'Video'), 'More' link
# labels, link lines, photo captions, markup comments, release and address lines are dropped; wording, spacing inside
# paragraphs (double spaces) and quotation marks are as stored; the e-mail line wrapping of the mailing-list copy is
# undone (H490). Annotated by reading the texts, before whosaid was run on them (rules H490-H497 in ANNOTATION.md on top
# of H1-H486).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDA = "public domain (US government work, 17 U.S.C. § 105; web-archive copy)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout80-en.jsonl

Built by `build.py` from `heldout80_pages.py`. Like heldout27-en, heldout74-en and heldout79-en, these texts are stored
web pages (the `pages` search corpus) of US federal government outlets, none of them used in a set above: two stored
versions (July 1 and September 4, 2015) of VOA Learning English's "USA" archive list page of titles and teasers
(learningenglish.voanews.com), an archived copy of VOA Learning English's "America" feed of December 9, 2016 with the
John Glenn story (archive.org.ua), two VOA items of January 7, 2010 on USAID Administrator Rajiv Shah (the voanews.com
article and the insidevoa.com release on his VOA interview), the State Department's "in the news" digest of February 1,
2016 (Secretary Kerry, Spokesman Kirby, Deputy Spokesman Toner) as reposted by news247worldpressuk.com, the state.gov home
pages of May 12 and May 14, 2009 in the End of Term web archive (Secretary Clinton, Ambassador Rice), the U.S. Embassy
Niger press release of March 30, 2022 on USAID's Youth Connect Activity (ne.usembassy.gov), USAID's press release of May
30, 2002 on the Balkan Children and Youth Foundation in a State Department Washington File item as kept by
mail-archive.com, and five USAID Impact blog pages (blog.usaid.gov: International Youth Day 2011 in Jordan; the web chat
with Administrator Rajiv Shah; the "in the news" digests of January 2011, August 2011 and February 2012). All are US
government works in the public domain (17 U.S.C. § 105) wherever they are stored; none is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was
dropped is noted per page). Site lines, date lines, media and link labels, link lines, captions, release and address
lines were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by
URL, by title, by the names of their speakers and by 8-word overlap with every existing text: the only shared 8-word
sequence is the agency name `the U.S. Agency for International Development (USAID)`). The annotation (rules H490–H497 in
`ANNOTATION.md` on top of H1–H486) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="state-en-2016-02-01-department-of-state-in-the-news",
    source="https://news247worldpressuk.com/2016/02/01/news-u-s-department-of-state-in-the-news/",
    license=PDC, retrieved=PAGES + " (State Department digest as reposted by news247worldpressuk.com; the line 'Read Time2 Minute, 5 Second' and the photo caption 'Date: 01/29/2016 Description: U.S. Secretary of State John Kerry, joined by ... - State Dept Image' dropped; the link labels 'Full Text»' and 'Trip Page»' are kept inside their paragraphs as stored; the heading 'Secretary Kerry’s Travel' and its paragraph 'On February 2, Secretary Kerry travels to Rome ... Cou...', cut in the stored copy, dropped)",
    text='''News: U.S Department of State in the news
Secretary Kerry (Jan. 31): “The world is hoping that both sides will move quickly to meet the needs of millions of desperate Syrians, to reduce the pressure on neighboring countries, to reduce the levels of migration, and to help restore peace and stability.” Full Text»
Secretary Kerry (Jan. 29): “Our three countries are neighbors and allies, and we are brought together by shared borders…and we are united in our commitment to build a more competitive, prosperous, and secure continent.” Full Text» Trip Page»
Secretary Kerry (Jan. 28): “To those who try to intimidate or imprison reporters, we need to stand up and say loud and clear that committing journalism, reporting on the truth, is not a crime. It is a badge of honor. It is a public service.” Full Text»
Daily Press Briefing: Saudi Arabia
SPOKESMAN KIRBY (JAN. 29): “The U.S. condemns in the strongest terms today’s attack on the mosque in Mahasen, Saudi Arabia, which killed at least two people and wounded others who had peacefully gathered in Friday prayer.” Full Text»
Current Political Situation in Libya
DEPUTY SPOKESMAN TONER (FEB. 1): “Secretary Kerry met with his counterparts from Qatar and Italy, Foreign Ministers al-Thani and Gentilioni, along with UN SRSG for Libya, Martin Kobler, to review counter-ISIL efforts and to discuss the current political situation in Libya.” Full Text»''',
    quotes=[
        Q('“The world is hoping', 'peace and stability.”', "Kerry"),
        Q('“Our three countries', 'secure continent.”', "Kerry"),
        Q('“To those who try', 'a public service.”', "Kerry"),
        Q('“The U.S. condemns', 'in Friday prayer.”', "KIRBY"),
        Q('“Secretary Kerry met with', 'situation in Libya.”', "TONER"),
    ],
    aliases={"Kerry": ["Secretary Kerry"], "KIRBY": ["SPOKESMAN KIRBY"], "TONER": ["DEPUTY SPOKESMAN TONER"]},
),
dict(
    id="voa-le-2015-09-04-usa-archive-list-kerry-iran-deal",
    source="http://learningenglish.voanews.com/archive/learningenglish-home-usa/latest/958/958.html",
    license=PD, retrieved=PAGES + " (VOA Learning English 'USA' archive list page, the stored version dated 'September 04, 2015 05:59 UTC'; that date line, the media labels 'Audio' and 'Video' before titles and the link label 'More' dropped; the last entry 'Fighting Climate Change Important to Obama / President Obama has called climate change ... this week', cut in the stored copy, dropped)",
    text='''Kerry Urges US Congress to Support Iran Nuclear Deal
John Kerry appealed to U.S. lawmakers Wednesday to support the international agreement with Iran. He spoke a short time after Maryland Senator Barbara Mikulski promised to support the nuclear deal when Congress votes on it. Her vote gave Obama the 34 needed to veto any override attempt.
Obama Hikes Melting Glacier to Highlight Climate Change
President Obama is touring Alaska to send the message that quick action is needed to combat climate change. Those who do not believe in climate change are standing on a "shrinking island," he said. Mr. Obama asked the world to respond quickly to cutting greenhouse gas emissions.
'Arrogant' Donald Trump Leads Republican Pack
Immigration continues to top the list of subjects being debated in the Republicans’ race for the White House. Billionaire businessman Donald Trump is gaining attention, and popularity, by making comments about immigration. New numbers show Mr. Trump pulling far ahead of former front-runner Jeb Bush.
Idaho's 'Garbologist' Turns Trash Into Treasure
The proverb "one man's trash is another man's treasure" has special meaning for Jaz Malone. Jaz works at a dump, or waste disposal site. She rescues things from the trash and recycles, or finds a new use for them.
Ten Years after Katrina, New Orleans Is a Different City
On the anniversary of storm, President Obama and other officials recognize efforts to remake a city famous for its culture and music.
Volunteers Change Lives, Build Community
A non-profit group called Thread helps high school students find a job, wash their clothes, complete school and more. The relationships between its volunteers and the students are designed to last at least 10 years. | As It Is''',
    quotes=[
        Q('"shrinking island,"', None, "Obama"),
        Q("'Arrogant'", None, None),
        Q("'Garbologist'", None, None),
        Q('"one man\'s trash', 'another man\'s treasure"', None),
    ],
    aliases={"Obama": ["President Obama", "Mr. Obama"]},
),
dict(
    id="voa-le-2015-07-01-usa-archive-list-motorcycle-lovers",
    source="http://learningenglish.voanews.com/archive/learningenglish-home-usa/latest/958/958.html",
    license=PD, retrieved=PAGES + " (VOA Learning English 'USA' archive list page, an earlier stored version of the same URL, dated 'July 01, 2015 21:15 UTC' (H490); that date line, the media labels 'Audio' and 'Video' before titles and the link label 'More' dropped; the last entry 'Philanthr...', cut in the stored copy, dropped)",
    text='''Motorcycle Lovers: We Are Not Criminals
But police say some motorcycle gang members are violent lawbreakers. Some gangs say they have been operating for many years and have never been charged with crimes. “It is no different than a ladies tennis club,” they say. | As It Is
Nigerian Immigrant Lives the American Dream
Lookman Afolayan Mashood came to the United States in 1996 and is now a U.S. citizen. About five years ago, he and his girlfriend, Natalie Goldberg, opened their own restaurant in Brooklyn. He says the American dream is still alive. And he says “there’s no food compared to Nigerian food.”
More American Fathers Stay Home to Raise Kids
More and more fathers in the United States are trading in the traditional role of breadwinner -- the person earning money -- for the role of stay-at-home dad. Meet two fathers who have been on this road for the past decade. You can also learn some great words such as "clique" and "masculinity."
Children in US Help Wild Elephants in Thailand, Kenya
A few months after visiting Africa, Miriam watched “How I Became an Elephant,” a documentary about the mistreatment of elephants in Thailand, and a young girl’s campaign to save them. Miriam decided she wanted to launch her own effort to raise money to save elephants.
Gay Marriage Is Legal Across the US
The U.S. Supreme Court ruled today that same-sex couples have the right to marry anywhere in the country. Many Americans are celebrating the decision. Others, including the chief justice, say the ruling violates the U.S. Constitution and abuses the power of the Supreme Court.
US Congress Gives Obama a Trade Victory
This week, the Senate passed Trade Promotion Authority on a vote of 60 to 38. The House of Representatives had approved TPA earlier. The measure improves chances for approval of the Trans-Pacific Partnership and the Transatlantic Trade and Investment Partnership.''',
    quotes=[
        Q('“It is no different', 'tennis club,”', None),
        Q('“there’s no food', 'Nigerian food.”', "Lookman Afolayan Mashood"),
        Q('"clique"', None, None),
        Q('"masculinity."', None, None),
        Q('“How I Became an Elephant,”', None, None),
    ],
),
dict(
    id="voa-le-2016-12-09-john-glenn-dies-at-95",
    source="https://archive.org.ua/archive/2016-12-09/learningenglish.voanews.com/api/zvmpmeo$pm",
    license=PDA, retrieved=PAGES + " (archived copy of VOA Learning English's 'America' feed of Fri, 09 Dec 2016; the feed's channel lines 'America - Voice of America Learn English as you read ... Everything is free. America - Voice of America en 2016 - VOA 60 Fri, 09 Dec 2016 06:00:12 +0000 Pangea CMS – VOA' dropped; the item's title is set on its own line, its body is one run without paragraph breaks in the stored copy and is kept as one paragraph, the subheading 'Pilot and Astronaut' inside it as stored (H493); the sentence 'He ran again six years l...', cut in the stored copy, dropped)",
    text='''John Glenn, First American to Orbit Earth, Dies at 95
Astronaut John Glenn, the first American to orbit the earth, has died. Glenn was 95. He was admitted to the James Cancer Hospital at Ohio State University more than a week ago. John Glenn was the last surviving member of a group known as "the Mercury Seven," test pilots who, in 1959, were chosen to become America’s first astronauts. President Barack Obama released a statement about Glenn's death. "Our nation has lost an icon and Michelle and I have lost a friend," he said.  He praised Glenn for a lifetime of breaking barriers, including setting a transcontinental speed record and becoming the oldest man ever to go into space. Pilot and Astronaut He served as a military pilot in World War II and the Korean conflict. Then, he served as a test pilot on military airplanes. On February 20, 1962, Glenn became the first American to orbit the Earth. He flew a spacecraft named the Friendship 7. He orbited three times during the almost five-hour flight. Much later, in 1998, he also became the oldest man to fly in space. He served as a crew member on the space shuttle Discovery. The United States space agency, NASA, wanted to study the possible effects of space travel on old people. NASA said that Glenn was perfect for the job because they already had so much information about him. U.S. Senator Glenn was not only an astronaut. He was a politician, too. Glenn was a member of the Democratic Party. He first sought political office in 1964, to represent Ohio in the U.S. Senate. He withdrew from the race after an injury, however.''',
    quotes=[
        Q('"the Mercury Seven,"', None, None),
        Q('"Our nation has lost an icon', 'lost a friend,"', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["President Barack Obama"]},
),
dict(
    id="state-en-2022-03-30-niger-usaid-youth-connect",
    source="https://ne.usembassy.gov/usaid-launches-youth-focused-program/",
    license=PD, retrieved=PAGES + " (U.S. Embassy Niger press release; the site line 'Embassy of the United States of America, Niger', the lines 'Press Release' and 'For immediate release March 30, 2022' and the repeated headline dropped; the paragraph 'USAI...', cut in the stored copy, dropped; the double spaces inside the quotation as stored)",
    text='''USAID Launches Youth-Focused Program
Niamey – The United States Agency for International Development (USAID) launched the Youth Connect Activity, locally known as “Sa’a Matasa”. Youth Connect is a five-year program that will support young people in the Tillaberi and Maradi regions of Niger. The goal of this program is to help young people to achieve their potential through technical and soft skills training, career coaching, business development support, financial services, and opportunities to engage with local government officials to advocate for their own development needs.
The challenges are multifold: lack of access to quality education, few economic opportunities, and systemic exclusion from community life combine to push youth to the fringes of society. Youth Connect is based on the premise that when young people are equipped with the skills and knowledge needed to economically contribute to their communities, their livelihoods will improve and social cohesion within their communities will be strengthened.
The USAID-funded $26.6 million program in Niger will equip youth with relevant market skills to prepare them for livelihoods, provide them with access to education and income-generating opportunities, and actively engage them with local governance structures to advocate for their own development needs.
At the launch event, Mr. Jim Barnhart, USAID’s Assistant to the Administrator for the Bureau for Resilience and Food Security stated, “All of us here are betting on a better future.  We are choosing to provide tailored and inclusive support to the needs of young people in Niger.  This program will help more than 48,000 young people.  It will facilitate their access to economic opportunities through customized technical training, connection to finance structures, and better access to markets.”''',
    quotes=[
        Q('“Sa’a Matasa”', None, None),
        Q('“All of us here', 'better access to markets.”', "Jim Barnhart"),
    ],
    aliases={"Jim Barnhart": ["Mr. Jim Barnhart"]},
),
dict(
    id="usaid-en-2002-05-30-balkan-youth-initiative",
    source="https://mail-archive.com/search?l=news%40antic.org&o=newest&q=subject%3A%22%5C%5Bwww.ANTIC.org%5C%5D+USAID+Providing+%243+Million+for+Balkan+Youth+Initiative%22",
    license=PDC, retrieved=PAGES + " (State Department Washington File item with a USAID press release of May 30, 2002, as kept by the mail-archive.com archive of a mailing list; the archive's 'Title: Message' and 'Text:' labels, the lines '(begin text)', 'U.S. Agency for International Development', 'Washington, D.C. 20523', 'http://www.usaid.gov' and 'May 30, 2002' dropped; the e-mail's line wrapping inside paragraphs undone (H490); the paragraph 'During a two-day board meeting of BCYF in Prishtina, Kosovo, former President of Fi...', cut in the stored copy, dropped)",
    text='''USAID Providing $3 Million for Balkan Youth Initiative
(Goal is to improve conditions, prospects for young people) (550)
The U.S. Agency for International Development (USAID) is contributing $3 million to an initiative designed to improve conditions and prospects for young people in the Balkans over the next three years.
Youth in Albania, Bosnia and Herzegovina, Bulgaria, Croatia, Kosovo, the former Yugoslav Republic of Macedonia, Romania, Serbia and Montenegro will be eligible for support.
Former Finnish President Martti Ahtisaari, chairman of the foundation that is receiving the USAID grant, noted the challenges faced by Balkan youth today and commended the Bush Administration for being a partner in efforts to make their lives better.
Following is a USAID press release with details:
U.S. AGENCY FOR INTERNATIONAL DEVELOPMENT AWARDS $3 MILLION TO BALKAN YOUTH INITIATIVE
Washington, DC -- The U.S. Agency for International Development (USAID) announced today that it will provide $3 million to help support youth development in the Balkans. Through a partnership with the International Youth Foundation (IYF), USAID's contribution will fund the Balkan Children and Youth Foundation (BCYF), a partner of the IYF global network. The program will support regional initiatives to improve the conditions and prospects for young people over the next three years.
USAID Assistant Administrator Kent Hill officially announced the partnership at the 2002 Three Sector Conference, held by the US Chamber of Commerce in Washington, DC.
"The Bush Administration is extremely pleased to be able to provide this $3 million grant," said Hill. "USAID recognizes the important role of youth in making and sustaining the transition to democracy and open markets."''',
    quotes=[
        Q('"The Bush Administration is extremely', '$3 million grant,"', "Kent Hill"),
        Q('"USAID recognizes', 'open markets."', "Kent Hill"),
    ],
    aliases={"Kent Hill": ["USAID Assistant Administrator Kent Hill", "Hill"]},
),
dict(
    id="usaid-en-blog-youth-page-19-inspiring-youth-in-jordan",
    source="https://blog.usaid.gov/category/youth/page/19/",
    license=PD, retrieved=PAGES + " (USAID Impact blog category page; the site line 'USAID Impact Photo Credit: USAID and Partners', the line 'Archives for Youth' and the caption 'Murad standing beside the International Youth Day poster. Photo Credit: USAID/Jordan' dropped; the paragraph 'In order to support the youth of Jordan ... 10 universities a...', cut in the stored copy, dropped; the double space before the second quotation as stored)",
    text='''Inspiring Youth in Jordan
Like so many young people in Jordan and around the world, Murad Al Zaghal was in need of opportunities to express his creative voice in a positive, meaningful way that contributed to his personal growth. Through his participation in the USAID-sponsored International Youth Day 2011, 19-year-old Murad got a much-needed boost to his confidence in his abilities and the pursuit of his passion for design.
As a young designer studying architecture at Hashemite University, Murad says that he had been feeling a little uncertain about his major and his design abilities. That changed earlier this summer. In keeping with this year’s theme of “Partnership and Participation,” USAID organized a design competition for the IYD 2011 theme with its local partner, educational and vocational training center, the Interclub House. Murad was encouraged to participate in the contest, and his modern, sophisticated poster went on to win.
“When I walked in and saw my design all over the place, on the backs of everyone’s t-shirts, and people taking pictures next to the posters I designed, it was really an amazing feeling,” Murad says about attending International Youth Day.  “I never saw my work displayed on such a large scale. It made me feel it was a good choice to pursue design, and I thought, ‘what if I had designed the whole building?’”
Along with the invaluable exposure he received, and the boost in his creative esteem, USAID awarded Murad with a graphics tablet that allows him to hand draw images and graphics on his computer. He is now far better equipped to continue pursuing his passion for design and architecture.''',
    quotes=[
        Q('“Partnership and Participation,”', None, None),
        Q('“When I walked in', 'an amazing feeling,”', "Murad Al Zaghal"),
        Q('“I never saw my work', 'the whole building?’”', "Murad Al Zaghal"),
    ],
    aliases={"Murad Al Zaghal": ["Murad"]},
),
dict(
    id="usaid-en-blog-youth-page-20-how-to-make-change",
    source="https://blog.usaid.gov/category/youth/page/20/",
    license=PD, retrieved=PAGES + " (USAID Impact blog category page; the site line 'USAID Impact Photo Credit: USAID and Partners' and the line 'Archives for Youth' dropped; the line 'Be sure to tune in ... 1:30 pm EST on and', whose links are missing in the stored copy, kept as stored; the next post ('How to Make Change: Open for Questions – Youth and International Development', 'As featured in the White House Blog'), whose only paragraph 'Poverty affects young people ... or striving to ...' is cut in the stored copy, dropped; double spaces as stored)",
    text='''Join the Conversation with Administrator Raj Shah: “How to Make Change: Youth and International Development”
Young Americans across the country are the first generation of Americans to truly grow up in an ever-connected, global community.  I am humbled by the innovation and passion young people bring to their work that is changing lives every day.  So many youth are engaged in exceptional work in their communities as well as in our more global community.  At USAID, we want to make sure this work is acknowledged and that this experience is heard.
This is why I am excited to invite all of you to a conversation with Administrator Rajiv Shah on “How to Make Change: Youth and International Development.”  He will join Kalpen Modi from the White House for a live web chat with young Americans about international development.
This event will be a fantastic opportunity  to participate in a conversation with the Administrator about how young people are changing the game when it comes to poverty in the United States and around the world.
We want to know what you think about the role of USAID and the Obama Administration should be playing to tackle challenges related to global poverty and international development.
You can send in your questions for Administrator Shah and Kalpen Modi.
Be sure to tune in on Thursday, July 7th at 1:30 pm EST on and''',
    quotes=[
        Q('“How to Make Change: Youth and International Development”', None, None),
        Q('“How to Make Change: Youth and International Development.”', None, None),
    ],
),
dict(
    id="usaid-en-blog-2012-02-usaid-in-the-news-clinton-town-hall",
    source="https://blog.usaid.gov/2012/02/usaid-in-the-news-38/",
    license=PD, retrieved=PAGES + " (USAID Impact blog post 'USAID in the News'; the stored part begins with the line 'Weekly Briefing (2/13/2012 – 2/17/2012)' and ends after the February 17 item)",
    text='''Weekly Briefing (2/13/2012 – 2/17/2012)
February 16: Voice of America reports that at a USAID town hall meeting, Secretary of State Hillary Rodham Clinton stated that the U.S. is working “more deeply in fewer areas” as part of diplomatic and aid efforts to resolve conflicts and help countries become more self-sufficient. “The work we do speaks for itself,” she said. “How we do the work, how we are more efficient, leaner, smarter, better will enable us to keep getting the resources we need to be able to deliver the results we seek.”
February 17: In a video preview, PBS News highlights an upcoming story on USAID’s expanding partnerships with faith groups around the world to address global development challenges. The full story and interview with USAID Administrator Dr. Rajiv Shah will air this Sunday, February 19th.''',
    quotes=[
        Q('“more deeply in fewer areas”', None, "Hillary Rodham Clinton"),
        Q('“The work we do speaks for itself,”', None, "Hillary Rodham Clinton"),
        Q('“How we do the work', 'the results we seek.”', "Hillary Rodham Clinton"),
    ],
    aliases={"Hillary Rodham Clinton": ["Secretary of State Hillary Rodham Clinton"]},
),
dict(
    id="usaid-en-blog-2011-01-in-the-news-shah-reform",
    source="https://blog.usaid.gov/2011/01/in-the-news-1182011%E2%80%931212011/",
    license=PD, retrieved=PAGES + " (USAID Impact blog post 'In the News' of January 18–21, 2011; the stored part is the three dated items, kept whole)",
    text='''January 18: In a profile piece, The Washington Post highlighted the work of a senior USAID official and his experience in Afghanistan, Pakistan and Burma. The USAID employee stated that he has been “very fortunate to have worked on important foreign policy priorities.”
January 20: In an interview with Reuters, USAID Administrator Shah said he plans to cut millions as the Administration looks to make budget cuts and as the agency seeks to restructure itself. Dr. Shah argued that administrative changes save about $65 million in operating expenses, and added, “We’re actually embarking on perhaps the most aggressive operational reform of a major federal bureaucracy. If we get the support for it, we will save American taxpayers hundreds of millions of dollars over time.”
January 21: UK’s The Guardian newspaper reported that in a major speech given on January 19, USAID Administrator Shah stated that the agency plans on cutting costs and becoming more business-like in an effort to gain public and congressional support for US foreign assistance.''',
    quotes=[
        Q('“very fortunate to have worked', 'foreign policy priorities.”', None),
        Q('“We’re actually embarking', 'dollars over time.”', "Shah"),
    ],
    aliases={"Shah": ["USAID Administrator Shah", "Dr. Shah"]},
),
dict(
    id="usaid-en-blog-2011-08-usaid-in-the-news-shah-somalia",
    source="https://blog.usaid.gov/category/global-partnerships/storify.com/usaid/page/94/",
    license=PD, retrieved=PAGES + " (USAID Impact blog archive page; the site line 'USAID Impact Photo Credit: USAID and Partners' and the line 'Archives for USAID' dropped; the excerpt after 'An excerpt from the article describes ...:' ('[O] one of the very fi...'), cut in the stored copy, dropped; the spaces after 'throughout the world.' and 'ECS Nepal.' as stored)",
    text='''USAID in the News
Weekly Briefing (8/1/2011 – 8/5/2011)
August 2 In an interview with PBS NewsHour with Jim Lehrer, USAID Administrator Dr. Rajiv Shah stated that the U.S. is easing restrictions to speed the aid to Somalia. “We are working hard to make sure that authorities in Somalia allow access for humanitarian organizations and NGOs and the United States has been supporting those organizations and will continue to support those organizations going forward,” Shah said.
August 4 Appearing on NPR’s The Diane Rehm Show, USAID Administrator Dr. Rajiv Shah discussed the latest developments in Somalia and what can be done to help the region. “The United States…has been aggressive about providing as much support as we possibly can,” Shah said. “We have been about 50 percent of the total global response.” The Administrator also discussed the Famine Early Warning System.
A Passion for Helping People… and Animals
In his 31-year career with USAID, Dr. Kevin Rushing has helped both people and animals throughout the world.  A trained veterinarian, Dr. Rushing has provided pro bono veterinary services to animals in need in the many countries in which he has served, including Nepal, Iraq, Ethiopia, Jamaica, Cambodia, Bosnia, Russia, the Philippines, Bangladesh and Indonesia.
Serving as USAID/Nepal Mission Director from 2009 until mid-June 2011, Dr. Rushing was featured in a July 2011 article entitled “Rushing to the Rescue,” by Yukta Bajracharya, in the Nepali magazine ECS Nepal.   The article describes how Dr. Rushing’s passion for development is matched only by his devotion to helping animals in need – not the dogs and cats most of us are accustomed to, but tigers, cheetahs, lions, leopards, serval cats, elephants, chimpanzees, birds, and reptiles among others.
An excerpt from the article describes Dr. Rushing’s assistance to a tiger cub in Nepal:''',
    quotes=[
        Q('“We are working hard', 'going forward,”', "Rajiv Shah"),
        Q('“The United States…has been aggressive', 'as we possibly can,”', "Rajiv Shah"),
        Q('“We have been about 50 percent', 'global response.”', "Rajiv Shah"),
        Q('“Rushing to the Rescue,”', None, None),
    ],
    aliases={"Rajiv Shah": ["USAID Administrator Dr. Rajiv Shah", "Dr. Rajiv Shah", "Shah"]},
),
dict(
    id="voa-en-2010-01-07-insidevoa-new-usaid-director-interview",
    source="https://www.insidevoa.com/a/a-13-34-2010-01-08-voa2-111610549/178276.html",
    license=PD, retrieved=PAGES + " (VOA public relations release on insidevoa.com; the site lines 'Accessibility links' and 'Breaking News' and the markup comment '<!-- IMAGE -->' at the end of the first paragraph dropped; the deck under the headline kept as a line (H430); the paragraph 'USAID is an independent federal government agency ... guidan...', cut in the stored copy, dropped)",
    text='''New USAID Director, in VOA Interview, Says Development Key to U.S. National Security
New head of USAID talks to VOA on his first day in office
Washington, D.C., January 7, 2010 – The new head of USAID, in an exclusive Voice of America (VOA) interview on his first day in office, said development, along with diplomacy and defense, is a pillar of U.S. national security.
Rajiv Shah, 36, the agency’s administrator, also pledged to work closely “in partnership, not patronage,” in countries where USAID has operations.
“I’m excited about the opportunity to better engage our diplomatic corps and to better engage with the Department of Defense to bring all the capacities across this government to the mission and objective of development,” Shah told VOA.
“Often our work is in places that have important foreign policy and national security priorities,” said Shah, a former Department of Agriculture official who is a medical doctor and food security expert. He grew up in the Detroit, Mich., area.
“We hope to spend our resources and apply our expertise and extend our hand in partnership in order to help ensure that the United States remains safe and secure,” he said, adding President Obama has called this approach “enlightened self-interest.”
One of USAID’s top priorities remains providing humanitarian assistance, Shah said.
Turning to relationships with other countries, Shah said, “Too often, programs and ideas and solutions designed in Washington, D.C. have been applied elsewhere and haven’t worked.”
He added: “We want to follow the political commitment and the political will and insights of those people closest to the ground so we can be as effective as possible.” Wherever USAID works, “the goal of our efforts is to create the conditions that allow us to no longer be needed,” he said.''',
    quotes=[
        Q('“in partnership, not patronage,”', None, "Rajiv Shah"),
        Q('“I’m excited about', 'objective of development,”', "Rajiv Shah"),
        Q('“Often our work is in places', 'security priorities,”', "Rajiv Shah"),
        Q('“We hope to spend', 'safe and secure,”', "Rajiv Shah"),
        Q('“enlightened self-interest.”', None, "Obama"),
        Q('“Too often, programs', 'haven’t worked.”', "Rajiv Shah"),
        Q('“We want to follow', 'as effective as possible.”', "Rajiv Shah"),
        Q('“the goal of our efforts', 'no longer be needed,”', "Rajiv Shah"),
    ],
    aliases={"Rajiv Shah": ["Shah"], "Obama": ["President Obama"]},
),
dict(
    id="voa-en-2010-01-07-new-usaid-chief-sees-us-listening-more",
    source="https://www.voanews.com/a/rajiv-shah-sworn-in-as-usaid-chief--80907062/111303.html",
    license=PD, retrieved=PAGES + " (VOA News article; the site lines 'Accessibility links' and 'Breaking News' and the photo caption 'Dr. Rajiv Shah', printed twice, dropped; the paragraph 'President Barack Obama and Sec...', cut in the stored copy, dropped)",
    text='''New USAID Chief Sees US Listening More, Forging Deeper Partnerships Overseas
The United States Agency for International Development has sworn in a new administrator, Dr. Rajiv Shah at a ceremony Thursday in Washington D.C. In an exclusive interview with Voice of America, Shah talked about the Obama administration's plans to deepen its partnerships overseas and listen more to the countries the agency serves.
A 36-year-old medical doctor by training, Shah comes to USAID with expertise in agriculture. He previously served as the director of agricultural development with the Bill & Melinda Gates Foundation, and later in a top post at the U.S. Department of Agriculture.
But, he says, the mission of USAID is his passion.
As a son of Indian immigrants, Shah says that he started visiting India and other parts of the world at a young age and saw first hand the kind of extreme conditions of poverty and human suffering that exist across the globe. "The opportunity to join an agency that has as its core mission working on that problem, working in a way that it's respectful of the people who live in those environments and learns from them is a great great honor," he said.
As head of USAID, Shah says he plans to hire several hundred new development experts and individuals with technical expertise to expand the agency's work capacity.
He says that some changes will be necessary and that he will seek to establish deeper relationships with the countries the agency serves. He says Washington will listen more and make sure that the countries it works with have the political commitment to move forward with development plans, programs and activities. "Really, the long-term sustainable large-scale transformation of a society that represents the success of global development, can only happen, if those countries are completely committed to and vested in that vision of success," he said.''',
    quotes=[
        Q('"The opportunity to join an agency', 'great great honor,"', "Rajiv Shah"),
        Q('"Really, the long-term', 'vision of success,"', "Rajiv Shah"),
    ],
    aliases={"Rajiv Shah": ["Dr. Rajiv Shah", "Shah"]},
),
dict(
    id="state-en-2009-05-14-state-gov-home-page-clinton-rice",
    source="https://webarchive.library.unt.edu/eot2008/20090514191134/http://www.state.gov/",
    license=PDA, retrieved=PAGES + " (state.gov home page of May 14, 2009 in the End of Term web archive; the line 'printable banner' and the link line '-View Video' after a quotation paragraph dropped, the link labels inside a paragraph ('-Full Text -View Video') kept as stored, the trailing space removed; the heading 'In Other News', the caption 'Date: 03/24/2009 Description: Great Seal State Dept Photo', the heading 'Humanitarian Situation in Sri Lanka' and Spokesman Kelly's item, cut in the stored copy, dropped)",
    text='''New York University Commencement Ceremony
Secretary Clinton (May 13): "Now, I know that it is fashionable in commencement speeches to be idealistic, and that may sound so, but at the root of my conviction is a strong sense of reality. Because you see, I don't think we have a choice. We can sit on the sidelines, we can wring our hands, we can retreat into cynicism, and we know what the results will be: We will cede the field to those whose ideologies are absolutely anathema to people of conscience and faith all over the world. So our positive interdependence, which is a fact, will prepare us to meet these challenges."
39th Washington Conference of the Council of the Americas
Secretary Clinton (May 13): "Today, our view is that our hemisphere is and can be the dynamic center of growth and opportunity for all of the people who live within it, and that together we can see a new future for our hemisphere that will give us the chance to improve the quality of life, raise the standard of living, deal with our ongoing security and law enforcement problems, while tackling together problems like energy, climate change, and so much else." -Full Text -View Video
U.S. Election to the Human Rights Council
Ambassador Rice (May 12): "The United States is very pleased to be elected to join the Human Rights Council. We’re particularly gratified by the strong support we received, 90 percent of the valid votes cast, and we’re gratified by the strong showing of encouragement for the United States to again play a meaningful leadership role in multilateral organizations including the UN on the very vitally important set of issues relating to human rights and democracy." -Full Text''',
    quotes=[
        Q('"Now, I know that it is fashionable', 'meet these challenges."', "Clinton"),
        Q('"Today, our view is', 'so much else."', "Clinton"),
        Q('"The United States is very pleased', 'human rights and democracy."', "Rice"),
    ],
    aliases={"Clinton": ["Secretary Clinton"], "Rice": ["Ambassador Rice"]},
),
dict(
    id="state-en-2009-05-12-state-gov-home-page-clinton-model-un",
    source="https://webarchive.library.unt.edu/eot2008/20090512070824/http:/www.state.gov/",
    license=PDA, retrieved=PAGES + " (state.gov home page of May 12, 2009 in the End of Term web archive; the line 'printable banner' and the link line '-View Video' after a quotation paragraph dropped, the link labels inside a paragraph kept as stored; the heading 'In Other News', the caption 'Date: 05/07/2009 Description: Comments by Special Representative for North Korea Policy Stephen Bosworth ...', the heading 'Denuclearization of the Korean Peninsula' and Ambassador Bosworth's item, cut in the stored copy, dropped)",
    text='''Annual Global Classrooms DC Model United Nations Conference
Secretary Clinton (May 11): "... I have to say coming here this morning brought back a lot of memories. My daughter Chelsea attended Model UN here in Washington back when she was in high school, and it is great to see middle school students involved, as well as high school students. This is an opportunity for you to debate some of the great issues of the day, to meet new people from around the area, because this new century that we’re in demands the best from everyone. And I thank you for caring enough to participate." -Full Text
U.S.-Romania Mutual Legal Assistance Protocol and the U.S.-Romania Extradition Treaty
Secretary Clinton (May 8): "These twin agreements between the United States and Romania will allow police and prosecutors in both countries to employ state-of-the-art tools to cooperate more effectively to bring criminals to justice on both sides of the Atlantic. The agreement will form part of an important network of similar agreements that the United States is reaching with all the countries of the European Union."  -Full Text -View Video
Serious and Open Exchanges With Russia
Secretary Clinton (May 7): "We exchanged views on a range of important issues, from Afghanistan, North Korea, the Middle East, Iran, so many other areas where we have common interests and common concerns, even on areas where our views may diverge. We both want to achieve stability and security in Georgia. We are both committed to the NATO-Russia Council to open up another important channel of dialogue. And we are very focused on making sure that the United States and Russia have a very vigorous ongoing dialogue among our two governments." -Full Text -View Video''',
    quotes=[
        Q('"... I have to say', 'enough to participate."', "Clinton"),
        Q('"These twin agreements', 'the European Union."', "Clinton"),
        Q('"We exchanged views', 'our two governments."', "Clinton"),
    ],
    aliases={"Clinton": ["Secretary Clinton"]},
),
]
