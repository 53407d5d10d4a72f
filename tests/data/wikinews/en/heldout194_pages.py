# Held-out English news texts (tests/data/heldout194-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of two US federal agencies (public domain, 17 U.S.C. § 105): four pages of USAID's 'Transforming
# Lives' success-story listing (usaid.gov and 2012-2017.usaid.gov, teasers of 2009-2013 stories from Afghanistan, Nepal,
# Kenya, Peru, the Dominican Republic and Kosovo) and three category pages of NASA's interns blog (blogs.nasa.gov/interns),
# each showing one intern feature in full up to the cut (Andrew Hoang at Wallops, Mike Fogg at NASA Headquarters, Erica
# Kriner at Goddard). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). The listing
# pages' heading 'Transforming Lives' and their standing introduction ('Every day, all over the world, USAID brings
# peace ...'), photo captions and 'Alt Text' lines are dropped; section headings of the blog features are kept as lines;
# trailing spaces at paragraph ends are removed; wording, spelling, spacing inside paragraphs and quotation marks
# (straight or curly, mixed as stored) are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H1275-H1279 in ANNOTATION.md on top of H1-H1274).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout194-en.jsonl

Built by `build.py` from `heldout194_pages.py`. Like heldout54-en, these texts are stored web pages (the `pages` search
corpus) of US federal agencies (public domain, 17 U.S.C. § 105), none of them used in a set above: four pages of USAID's
'Transforming Lives' success-story listing (www.usaid.gov pages 118, 137 and 199 and 2012-2017.usaid.gov page 285, whose
teaser paragraphs tell short stories of farmers, patients, health workers and businesswomen in Afghanistan, Nepal, Kenya,
Peru, the Dominican Republic and Kosovo) and three category pages of NASA's interns blog (blogs.nasa.gov/interns:
`aeronautics`, `internships`, `communications`), each showing one intern feature (Andrew Hoang at Wallops Flight
Facility, Mike Fogg at NASA Headquarters, Erica Kriner at Goddard). None is credited to AP, Reuters, AFP or another third
party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is
noted per page). The listing heading 'Transforming Lives' and its standing introduction, photo captions and 'Alt Text'
lines were dropped; section headings of the blog features are kept as lines; wording and quotation marks are as stored.
None of these texts is used in any set above (checked by URL, by the names of their speakers and by distinctive
phrases). The annotation (rules H1275–H1279 in `ANNOTATION.md` on top of H1–H1274) was committed before whosaid was first
run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usaid-transforming-lives-list-page-118",
    source="https://www.usaid.gov/results-data/success-stories/list?field_radio=3&field_event_button=Close&page=118",
    license=PD, retrieved=PAGES + " (page 118 of USAID's 'Transforming Lives' success-story listing; the heading 'Transforming Lives' and the standing introduction 'Every day, all over the world, USAID brings peace ...' dropped (H1275); the teaser paragraph 'But Tejedo, who has degrees in accounting and foreign trade, forged onward ... selling artisanal ha...', cut in the stored copy, dropped; the trailing space after 'no easy task.' removed)",
    text='''Virus-resistant citrus plants are offering healthier prospects to farmers in eastern Afghanistan. Diseased rootstock has been replaced by 500,000 seedlings planted across 1,500 acres in Nangarhar, Laghman and Kunar provinces between 2010 and 2012. Five years from now, they are expected to yield a rich harvest every year, earning an estimated $3 million in combined fruit sales.
Matiullah’s orchard produced nearly 60,000 kilos of apricots last season. It was a remarkable harvest from just two jeribs, says Matiullah, using the traditional Afghan unit, which equals 4,000 square meters. He says the yield is the result of professional pruning techniques. “We can easily control growth…not only do we get higher yields, harvesting is much easier.”
Sara Hurtado has been in love with the forest ever since she was a little girl.
"I would always go to the jungle in Cuzco where my parents lived, and every venture into the forest was amazing, " she says remembering her childhood vacations.
The daughter of Brazil nut producers and a single mother of three, Hurtado acquired her own concession of over 1,200 hectares in the early 1980s and now has 550 Brazil nut trees. The tallest in the Amazon Forest, Brazil nut trees can reach 50 meters in height, making harvesting the nuts no easy task.
Llamely Tejedo will never forget the day she told her brother that she wanted to open her own business.
“He looked at me and said, ‘If you choose to be poor, I feel sorry for you,'” she recounts with a steady gaze.''',
    quotes=[
        Q('“We can easily control growth', 'much easier.”', "Matiullah"),
        Q('"I would always go', 'was amazing, "', "Sara Hurtado"),
        Q('“He looked at me', 'sorry for you,\'”', "Llamely Tejedo"),
    ],
    aliases={"Sara Hurtado": ["Hurtado"], "Llamely Tejedo": ["Tejedo"]},
),
dict(
    id="usaid-transforming-lives-list-page-137",
    source="https://www.usaid.gov/results-data/success-stories/list?field_radio=3&field_event_button=Close&page=137",
    license=PD, retrieved=PAGES + " (page 137 of USAID's 'Transforming Lives' success-story listing; the heading and the standing introduction dropped (H1275); the teaser paragraph 'Ramadan, the Muslim month of fasting, may seem an unlikely time ... gather day after day for a crucial...', cut in the stored copy, dropped; the trailing space after 'Wednesdays.' removed)",
    text='''Instead of illegal landfills, citizens of Klokot/Kllokot in Kosovo enjoy green spaces, playgrounds and a cleaner river as a result of USAID assistance.
“I still don’t fully accept my status,” says Vivian Achieng, 27, as she waits to fulfill her antiretroviral prescription at Kenya's HIV Patient Support Center in Kisumu. She found out she was HIV-positive four years ago, in 2009.
Many Kenyans seek treatment far away from their homes to escape the stigma that can be associated with being HIV-positive, and when they arrive in Kisumu, they are not disappointed. The center dispenses antiretroviral drugs on Mondays, Tuesdays and Wednesdays.
Bibi Gol emerged from the two-day workshop in Baghdis, northwestern Afghanistan, a changed woman. “Before, I did not know about women’s right to education or my right to participate in elections,” she explained, describing the subjects discussed at the workshop on women’s rights in Islam.
When municipal officials from across northern Afghanistan gathered in Mazar-e-Sharif to discuss their work, it was more than just another talking shop.
Sayed Sakandar’s 70 apricot trees offer more than the promise of an abundant harvest. They symbolize the slow but steady success of attempts to persuade Afghan farmers that there are viable alternatives to opium poppies.''',
    quotes=[
        Q('“I still don’t fully accept my status,”', None, "Vivian Achieng"),
        Q('“Before, I did not know', 'participate in elections,”', "Bibi Gol"),
    ],
    aliases={},
),
dict(
    id="usaid-2012-2017-transforming-lives-list-page-285",
    source="https://2012-2017.usaid.gov./km/results-data/success-stories/list?page=285",
    license=PD, retrieved=PAGES + " (page 285 of the 'Transforming Lives' success-story listing on USAID's 2012-2017 archive site, Khmer-language path, English teasers of 2007-2008 stories from Afghanistan; the heading and the standing introduction dropped (H1275); the teaser paragraph 'USAID has been instrumental in developing Kazakhstan’s transition to a free market economy ... With USAID assis...', cut in the stored copy, dropped; the double space before Almas-ullah's quotation kept as stored)",
    text='''The new turbine, plus the refurbishing of a second turbine, should triple the reliable electric power output from 16.5 megawatts to 51 megawatts to Kajaki, Lashkar Gah, and Kandahar.  Other work on the dam will provide water for homes, agriculture, and industry for the 1.5 million people in the Hilmand River Valley, improving livelihoods and spurring economic growth.
Local farmers say the government trainers shed new light on both livestock management and basic community health. “Ten years back my goats were killed by some anonymous disease” explained one trainee, “My family had eaten meat from one of the dead animals. The same week my wife became suddenly sick and died. Now I know my wife was killed by the disease known as Anthracnose. We have learned not to eat diseased meat during our training course.”
When USAID team members began visiting the region in August 2007, the team received anything but a warm welcome. On their first visit, their vehicle was attacked by armed men who demanded they evacuate the vehicle. However, after the team members explained they were in Tagab to help, the attackers invited them to sit and have tea.
Mr. Almas-ullah, a 41-year old farmer in eastern Afghanistan, has been farming poppies since his childhood. Unhappy with growing the illegal crop, he decided he wanted to earn a legitimate living.  “Poppy farming did not significantly improve our lives. I didn’t have peace of mind and always felt guilty,” said Almas-ullah.''',
    quotes=[
        Q('“Ten years back', 'anonymous disease”', None),
        Q('“My family had eaten', 'training course.”', None),
        Q('“Poppy farming', 'always felt guilty,”', "Almas-ullah"),
    ],
    aliases={"Almas-ullah": ["Mr. Almas-ullah"]},
),
dict(
    id="usaid-transforming-lives-list-page-199",
    source="http://www.usaid.gov/results-data/success-stories/list?field_radio=3&field_event_button=Close&page=199",
    license=PD, retrieved=PAGES + " (page 199 of USAID's 'Transforming Lives' success-story listing; the heading and the standing introduction dropped (H1275); the teaser paragraph 'The village of Yazgulam in Gorno Badakhshan District was one of the hotbeds of Tajikistan...', cut in the stored copy, dropped)",
    text='''Bhim Bahadur, a poor farmer in the rural Kaski district of Nepal, had given up hope that his life would ever improve. The yield from his small piece of land earned him so meager an income that he could not support his family of eight. His annual income amounted to just $57.
“When I come to visit the village, women say ‘Mira is coming, she must have something new for us,’” says Mira Sunar, a female community health worker, describing her relationship with the villagers of Ramnagar, Nepal. “I feel proud and empowered by my popularity and recognition in the village.”
Man Maya Lama and her husband own a small tea shop in Manikapur village in Nepal's mid-western Banke district, but they struggle to earn enough to feed their two children. When USAID's Flood Recovery Program started its income-generation activities in their district, Lama jumped at the opportunity to get involved. She desperately wanted to improve her family's finances, and the only solution apparent to her was optimizing the use of the family-owned land. The acreage was small but that wasn't the main problem; her agricultural skills and knowledge were rudimentary and obsolete.
Unlike their male counterparts, it is difficult for female students in Afghanistan to hold part-time jobs where they can apply their education in real-life experiences. A fourth year architecture student explained, “Being a woman, we face lots of challenges in this field. The most common problem for women is that we have less opportunity for site visits and meeting professional people.”''',
    quotes=[
        Q('“When I come to visit the village', 'new for us,’”', "Mira Sunar"),
        Q('“I feel proud', 'in the village.”', "Mira Sunar"),
        Q('“Being a woman', 'professional people.”', None),
    ],
    aliases={},
),
dict(
    id="nasa-interns-blog-andrew-hoang-parachute-landings",
    source="https://blogs.nasa.gov/interns/category/aeronautics/",
    license=PD, retrieved=PAGES + " (NASA interns blog, category 'aeronautics', showing the feature 'Touchdown! Intern Works on Safe Parachute Landings'; the photo lines 'An image of Andrew Hoang' and 'Credit: Andrew Hoang' and the doubled caption on NASA's Scientific Balloon Program in Wanaka, New Zealand (cut in the stored copy) dropped; the section heading 'Discovery' kept as a line (H1275))",
    text='''Touchdown! Intern Works on Safe Parachute Landings
One choice can open many doors and provide the experience of a lifetime. For Andrew Hoang, it was his decision to join a research lab, eventually leading to his internship at NASA’s Wallops Flight Facility.
“An experience like no other, I have enjoyed every moment of my time as a NASA intern. I hope to use what I have learned to inspire others to pursue their goals, whether it’s applying for an internship at NASA or a dream job,” Hoang said.
Discovery
Hoang joined a research lab while studying at UNC Chapel Hill in order to gain experience outside of the classroom. His time in the lab led to a fascination with the effects of the undersea environment on human physiology.
Hoang learned about existing clinical problems such as decompression sickness (DCS), which occurs when dissolved gases form bubbles inside the body. He felt called to find potential solutions.
Hoang’s research experience introduced him to medical problems in space. The pressurized environment is one of the causes of DCS. While searching for more information on the space and DCS connection, Hoang stumbled upon NASA internships and decided to apply.
“I believed that obtaining an internship would give me the rare opportunity to connect with world-class field experts to gain invaluable insight in aerospace as well as be at the forefront of research development projects. Therefore, I decided to pursue the NASA internship and make the best of every moment here,” Hoang said.''',
    quotes=[
        Q('“An experience like no other', 'or a dream job,”', "Andrew Hoang"),
        Q('“I believed that obtaining', 'every moment here,”', "Andrew Hoang"),
    ],
    aliases={"Andrew Hoang": ["Hoang"]},
),
dict(
    id="nasa-interns-blog-mike-fogg-non-traditional-path",
    source="https://blogs.nasa.gov/interns/category/internships/",
    license=PD, retrieved=PAGES + " (NASA interns blog, category 'internships', showing the feature 'Decades in the Making: Intern’s Non-Traditional Path to NASA Internship'; the doubled 'Alt Text: Mike Fogg poses in front of a sculpture of the NASA worm logo ... Photo Credit: Mike Fogg' lines dropped; the paragraph '“The ‘traditional’ path to NASA seems to be getting hired ... It’s ce...', cut in the stored copy, dropped)",
    text='''Decades in the Making: Intern’s Non-Traditional Path to NASA Internship
Since the inaugural space shuttle launch in 1981, former intern Mike Fogg has dreamt of working at NASA. Fogg has applied for NASA opportunities since the early 2000s. As Fogg increased his expertise, he continued to apply for internships, but felt that he was at a disadvantage for not having a space-related degree.
“I’ve wanted to work for NASA almost as long as I can remember. I think my first application with NASA was in 2001 or 2002, after I’d left school the first time, for a position for which I was wildly unqualified,” Fogg said.
Fogg returned to school in 2017 to receive a degree in space studies from American Military University. With some convincing from his mentor, he applied to multiple NASA intern positions and ultimately received an internship offer for a role at NASA Headquarters in summer 2023.
“The feeling of finally accepting a position with NASA after so long was one of the greatest senses of relief and excitement I’ve ever felt. The day I received the offer letter stands as one of the most memorable of my life,” Fogg said.
Fogg refers to himself as a non-traditional student. Before receiving the internship, Fogg worked a variety of jobs, from computer systems analyst and project lead at the United States Patent & Trademark Office to technical editor for a forensic engineering firm.''',
    quotes=[
        Q('“I’ve wanted to work for NASA', 'wildly unqualified,”', "Mike Fogg"),
        Q('“The feeling of finally accepting', 'memorable of my life,”', "Mike Fogg"),
    ],
    aliases={"Mike Fogg": ["Fogg"]},
),
dict(
    id="nasa-interns-blog-erica-kriner-failure-to-future",
    source="https://blogs.nasa.gov/interns/category/communications/",
    license=PD, retrieved=PAGES + " (NASA interns blog, category 'communications', showing the feature 'Failure to Future: An Intern’s Journey to Success'; the doubled photo caption 'Erica Kriner as a child, posing in front of an abstract art mural ...' dropped; the section heading 'NASA Fellowship' kept as a line; the heading 'DEVELOP Program' and its paragraph 'Kriner was also a part of NASA’s DEVELOP Program ... 10-week research projects in inter...', cut in the stored copy, dropped; trailing spaces removed (H1275))",
    text='''Failure to Future: An Intern’s Journey to Success
“Failure is not an option.” Erica Kriner thought that this quote was a motto that she could live by. She then learned that the quote is a little misleading. “Failure is inevitable; what defines your character is what you do after it happens,” Kriner said.
NASA Fellowship
Erica Kriner recently graduated from Arizona State University with a Bachelor of Science degree in Geography with minors in Sustainability and Anthropology. She is also a former Audio Storytelling NASA intern with a Fellowship from the Goddard Space Flight Center in Maryland. Her primary duty as an intern was to help with scripting and producing NASA’s Curious Universe which is a podcast where she told stories about science and the people behind it at NASA.
NASA Fellowships are competitive awards to support independently conceived or designed research, or senior design projects by highly qualified faculty, undergraduate, and graduate students, in disciplines needed to help advance NASA’s missions. This gives them the opportunity to directly contribute to advancements in STEM-related areas of study. The Fellowship opportunities are focused on innovation and generating measurable research results that contribute to NASA’s current and future science and technology goals.''',
    quotes=[
        Q('“Failure is not an option.”', None, None),
        Q('“Failure is inevitable', 'after it happens,”', "Erica Kriner"),
    ],
    aliases={"Erica Kriner": ["Kriner"]},
),
]
