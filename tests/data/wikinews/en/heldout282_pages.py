# Held-out English news texts (tests/data/heldout282-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of the US State Department, its embassies and consulates, and the Peace Corps (US
# government works in the public domain, 17 U.S.C. § 105): a U.S. Embassy Montevideo item on the Youth Ambassadors
# Alumni Summit (uy.usembassy.gov), a State Magazine feature on the Academy for Women Entrepreneurs in Spain
# (statemag.state.gov, May 2022), a U.S. Embassy Pakistan item on an Access graduation in Hyderabad (pk.usembassy.gov),
# the Peace Corps release on its partnership with The Corps Network (2010, in its copy on news.findit.com) and four
# Peace Corps press releases on Let Girls Learn (peacecorps.gov, 2015-2016). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph (or list item) is dropped (noted in `retrieved`). Photo captions and image lines, bylines, contact lines
# and list bullets are dropped; headlines and subheadlines (where stored) are kept as lines, no title is added where
# the stored copy has none; datelines at the start of a paragraph stay in it, as stored (as in heldout226-en); wording
# and quotation marks (straight, curly or mixed as stored) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H1695-H1699 in ANNOTATION.md on top of H1-H1694).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy of the Peace Corps press release on a news-aggregator site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout282-en.jsonl

Built by `build.py` from `heldout282_pages.py`. Like heldout99-en, heldout133-en, heldout175-en and heldout226-en, these
texts are stored web pages (the `pages` search corpus) of the US State Department, its embassies and consulates, and the
Peace Corps (US government works in the public domain, 17 U.S.C. § 105), none of them used in a set above: the U.S.
Embassy Montevideo item 'Youth Ambassadors Alumni Summit celebrates 20 years of exchange opportunities for youth'
(uy.usembassy.gov; Lee Satterfield and Carol Jenkins), a State Magazine feature on the Academy for Women Entrepreneurs in
Spain (statemag.state.gov, May 2022; Diana Ballart), the U.S. Embassy Pakistan item '200 Access Students Graduate in
Hyderabad' (pk.usembassy.gov; AJ Jagelski), the Peace Corps release on its partnership with The Corps Network (2010;
Aaron S. Williams and Sally Prouty) in its full copy on news.findit.com, and four Peace Corps press releases on Let Girls
Learn (peacecorps.gov: March 3, 2015; June 29, 2015; March 2, 2016; July 5, 2016; Carrie Hessler-Radelet, who also speaks
in heldout61-en and heldout226-en in different releases, and Michelle Obama). None is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a
paragraph or list item cut in the stored copy is dropped (what was dropped is noted per page). Photo captions and image
lines, bylines, contact lines and list bullets were dropped; headlines and subheadlines are kept as lines where stored,
and no title is added where the stored copy has none; datelines stay inside their paragraph as stored; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, headline, the names of
their speakers such as Satterfield, Carol Jenkins, Diana Ballart, Jagelski and Sally Prouty, and phrases such as 'Youth
Ambassadors Alumni Summit', 'Smart Lollipop', '200 Access Students', 'Corps Network', 'Let Girls Learn', 'Every girl
matters', 'MORE Impact Awards', 'Experience MORE', 'GLOW (Girls Leading' and 'doubled the number of Peace Corps
countries', grepped in tests/data of the main checkout and of every other helper's worktree: no hit). The annotation
(rules H1695–H1699 in `ANNOTATION.md` on top of H1–H1694) was committed before whosaid was first run on these texts, so
the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="uy-usembassy-youth-ambassadors-alumni-summit-20-years",
    source="https://uy.usembassy.gov/youth-ambassadors-alumni-summit-celebrates-20-years-of-exchange-opportunities-for-youth/",
    license=PD, retrieved=PAGES + " (U.S. Embassy Montevideo item; headline kept as the first line; the paragraph beginning '“As Youth Ambassadors alumni, you have led as responsible changemakers', cut in the stored copy inside the quotation, and the rest of the page dropped; curly marks as stored)",
    text='''Youth Ambassadors Alumni Summit celebrates 20 years of exchange opportunities for youth
World Learning hosted the Youth Ambassadors Alumni Summit in January to celebrate the 20th anniversary of its Youth Ambassadors Program. A total of 75 alumni representing more than 20 countries attended the summit held in Washington, DC. Lee Satterfield, assistant secretary of state for the U.S. Department of State’s Bureau of Educational Cultural Affairs, and World Learning CEO Carol Jenkins kicked off the summit with opening remarks that reflected on the power of people-to-people exchange programs like Youth Ambassadors. Since 2002, the program has brought together high school students and adult mentors from across the Western Hemisphere through in-person or virtual exchange programs.
“People-to-people exchanges bring foreign policy to life. They help open the avenues of communication, collaboration, and action,” Satterfield said.
“All of you have put what you’ve learned about inclusive, representative leadership to work, thereby strengthening democratic institutions in your communities and countries.” Jenkins expanded on this idea, noting that the alumni represent a rising generation of new leaders with a shared desire to make a change in the world. This introduction set the tone for an engaging Summit focused on how one can best support their community and be a conscious leader in all aspects of life. It was common to come across late-night conversations with alumni representing multiple countries discussing how they can best advocate for their communities and work to better them. It is safe to say that the Summit’s goal of creating spaces for alumni to connect on how to better their communities and network across YA generation and region was accomplished.''',
    quotes=[
        Q('“People-to-people exchanges', 'and action,”', "Lee Satterfield"),
        Q('“All of you have put', 'communities and countries.”', "Carol Jenkins"),
    ],
    aliases={"Lee Satterfield": ["Satterfield", "assistant secretary of state for the U.S. Department of State’s Bureau of Educational Cultural Affairs"],
             "Carol Jenkins": ["Jenkins", "World Learning CEO Carol Jenkins"]},
),
dict(
    id="statemag-2022-05-academy-for-women-entrepreneurs-spain",
    source="https://statemag.state.gov/2022/05/0522feat02/",
    license=PD, retrieved=PAGES + " (State Magazine feature, stored without headline; no title added (H131, H1698); the lead photo caption 'Vice Governor Talia Cabrera (front row, fifth from left) shouts “Hui puhahi” ... Photo courtesy of Quito Chamber of Commerce' and the byline 'By Amelia Shaw' dropped (H1698); the paragraph beginning 'AWE launched in 2019 under the Bureau of Educational and Cultural Affairs', cut in the stored copy, and the rest of the page dropped; curly and single curly marks and the em dash after the closing mark as stored)",
    text='''Spanish entrepreneur Diana Ballart was studying innovation as a graduate student in 2017 when she came up with the design for a medical device to take saliva samples from a toddler. Her invention, The Smart Lollipop, was a novel non-invasive way to help detect diseases in children. In 2018, she launched her biomedical business and the next year was selected to join 30 women as part of the Department of State’s third cohort of the Academy for Women Entrepreneurs (AWE) in Spain.
During AWE-Spain’s three-month business training, Ballart learned to better strategize financing for her business. AWE’s focus on strategic planning and business pitching helped her to win multiple competitions for young startups across Europe. She says her experience with AWE’s community of women entrepreneurs helped her in her quest to create ‘a paradigm shift’ in pediatric medical testing.
“Participating in AWE gave us the opportunity to learn about new tools,” Ballart said, “and to gain visibility, share experiences with women leaders who have already been through similar processes, and to be part of a community of entrepreneurs that actually want to help each other”—which for Ballart has been the greatest value of the AWE experience.''',
    quotes=[
        Q('‘a paradigm shift’', None, "Diana Ballart"),
        Q('“Participating in AWE', 'about new tools,”', "Diana Ballart"),
        Q('“and to gain visibility', 'help each other”', "Diana Ballart"),
    ],
    aliases={"Diana Ballart": ["Ballart", "Spanish entrepreneur Diana Ballart"]},
),
dict(
    id="pk-usembassy-200-access-students-graduate-hyderabad",
    source="https://pk.usembassy.gov/200-access-students-graduate-hyderabad/",
    license=PD, retrieved=PAGES + " (U.S. Embassy Pakistan item; headline kept as the first line; the image line 'AJ-Access' dropped (H1698); the dateline 'Hyderabad —' kept at the start of its paragraph as stored; the last paragraph 'For more information on how to participate in Access, please go to the following web site: www.iearnpk.', cut in the stored copy inside the web address, dropped; curly marks as stored)",
    text='''200 Access Students Graduate in Hyderabad
Hyderabad — Some 200 enthusiastic Access students graduated in Hyderabad, yesterday. They are part of a U.S. Department of State-funded English-language program. Attending the ceremony were U.S. Consulate General Karachi Cultural Attaché AJ Jagelski, Consulate Officer Bria Mathews, Society for International Education Executive Director Farah Kamal and General Manager Saleem Ibrahim.
“The United States,” said Mr. Jagelski, is very proud to enable young people throughout Pakistan to develop English skills. “The effort you put in over the last two years to learn English will help you achieve your academic goals and enhance your career prospects, while enabling you to better understand the world around you,” said Mr. Jagelski.
The best part, in Mr. Jagelski’s view, is that “In achieving these things for yourself, you are also contributing to your country. Your hard work means that Pakistan is strengthened as a nation and so is the friendship between our countries. Your community service activities were powerful experiences and truly make a difference.”
Since its inception, more than 95,000 students in more than 85 countries have participated in Access. In the recent past, U.S. Consulate General Karachi has sponsored Access programs in Karachi, Sukkur, Jacobabad, Tharu Shah, Kandiaro and Hyderabad.
The U.S. State Department’s Bureau of Education and Cultural Affairs funds the English Access Microscholarship Program. The Access program provides a foundation of English-language skills to talented 13-18 year-olds from economically disadvantaged areas through after-school classes and intensive enrichment activities. Participants gain skills that may lead to better jobs and educational prospects; they can also compete for and participate in future exchanges and study programs in the United States.''',
    quotes=[
        Q('“The United States,”', None, "AJ Jagelski"),
        Q('“The effort you put in', 'the world around you,”', "AJ Jagelski"),
        Q('“In achieving these things', 'make a difference.”', "AJ Jagelski"),
    ],
    aliases={"AJ Jagelski": ["Mr. Jagelski", "U.S. Consulate General Karachi Cultural Attaché AJ Jagelski"]},
),
dict(
    id="peace-corps-2010-partners-with-the-corps-network",
    source="https://news.findit.com/news/321723/peace-corps-partners-with-the-corps-network",
    license=PDC, retrieved=PAGES + " (copy of the Peace Corps press release 'Peace Corps Partners with The Corps Network' (2010, under Director Aaron S. Williams), stored without headline or dateline; no title added (H131, H1698); the Peace Corps boilerplate 'As Peace Corps approaches its 50th anniversary, its service legacy continues to promote peace and friendship', cut in the stored copy, and the rest of the page dropped; the straight opening mark before 'We are tremendously excited' with a curly closing mark, and the en dashes, as stored)",
    text='''The Peace Corps and The Corps Network have partnered to help recruit and train the next generation of Peace Corps volunteers and prepare young Americans for environmental careers.
The Corps Network and the Peace Corps will encourage Corps Network members and alumni with experience in youth development, conservation, and the environment to apply to become Peace Corps volunteers. Volunteers who have completed their Peace Corps service will, in turn, be encouraged to serve American communities through The Corps Network’s service and conservation programs. Both organizations will exchange training and technical assistance materials and link The Corps Network members in 44 states and the District of Columbia with Peace Corps volunteers for reciprocal mentoring and support.
“The environment-related experience that The Corps Network members bring to the Peace Corps will build upon our efforts to develop sustainable solutions to environmental challenges worldwide,” said Peace Corps Director Aaron S. Williams.
The Corps Network represents service and conservation programs that annually enroll more than 29,000 young men and women. The Corps Network – inheritor of President Franklin Delano Roosevelt’s Civilian Conservation Corps legacy – engages young men and women in visible and valued public work. Members revitalize communities, prepare young people for responsible productive lives, build civic spirit through service, and preserve and restore the environment. To learn more about The Corps Network, visit www.corpsnetwork.org.
"We are tremendously excited to partner with the Peace Corps,” said The Corps Network President and CEO Sally Prouty. “Together we can help tap into America’s greatest renewable natural resource – the idealism and energy of America’s young people – to help the Peace Corps address pressing environmental challenges abroad.”''',
    quotes=[
        Q('“The environment-related experience', 'challenges worldwide,”', "Aaron S. Williams"),
        Q('"We are tremendously excited', 'the Peace Corps,”', "Sally Prouty"),
        Q('“Together we can help', 'challenges abroad.”', "Sally Prouty"),
    ],
    aliases={"Aaron S. Williams": ["Peace Corps Director Aaron S. Williams"],
             "Sally Prouty": ["The Corps Network President and CEO Sally Prouty"]},
),
dict(
    id="peace-corps-2015-03-03-first-lady-let-girls-learn",
    source="https://www.peacecorps.gov/news/library/first-lady-michelle-obama-and-the-peace-corps-join-together-to-expand-girls-education/",
    license=PD, retrieved=PAGES + " (Peace Corps press release; headline kept as the first line; the contact line 'CONTACT: Press Office, 202.692.2230' dropped; the dateline kept at the start of its paragraph; the list bullets dropped and the first two list items kept as lines (H1698); the third item 'To increase Peace Corps volunteers’ impact ... recruit, train and pla...', cut in the stored copy, and the rest of the page dropped; curly marks as stored)",
    text='''First Lady Michelle Obama and the Peace Corps Join Together to Expand Girls’ Education
WASHINGTON, D.C., March 3, 2015 – President Barack Obama and First Lady Michelle Obama today will announce a powerful collaboration with the Peace Corps to expand access to education for girls around the world. Peace Corps Director Carrie Hessler-Radelet will join the President and First Lady for the announcement of the Let Girls Learn initiative at the White House.
Educating girls is essential to healthy and thriving communities, but globally, 62 million girls are not in school. Let Girls Learn will address that challenge by empowering local leaders to put lasting solutions in place that confront the barriers to girls’ education.
“Every girl matters, and when she is given the opportunity to get an education, everyone in her life benefits,” Hessler-Radelet said. “Peace Corps volunteers live and work at the grassroots level and develop strong relationships with local change-makers, which uniquely positions them to serve as catalysts for this community-led change.”
As part of Let Girls Learn, the Peace Corps and First Lady are making three specific commitments across 11 initial countries, including Albania, Benin, Burkina Faso, Cambodia, Georgia, Ghana, Moldova, Mongolia, Mozambique, Togo and Uganda:
To build local capacity through targeted training, with a goal of training thousands of Peace Corps volunteers and tens of thousands of community leaders over the next six years to be champions of girls’ education.
To raise awareness among the American people and garner support for community-based solutions through the Peace Corps Partnership Program, which supports Peace Corps volunteer community projects worldwide, and the newly established Peace Corps Let Girls Learn Fund.''',
    quotes=[
        Q('“Every girl matters', 'in her life benefits,”', "Carrie Hessler-Radelet"),
        Q('“Peace Corps volunteers live', 'community-led change.”', "Carrie Hessler-Radelet"),
    ],
    aliases={"Carrie Hessler-Radelet": ["Hessler-Radelet", "Peace Corps Director Carrie Hessler-Radelet"]},
),
dict(
    id="peace-corps-2015-06-29-director-more-impact-awards",
    source="https://www.peacecorps.gov/news/library/peace-corps-director-discusses-the-importance-of-girls-education-at-more-impact-awards/",
    license=PD, retrieved=PAGES + " (Peace Corps press release; headline kept as the first line; the dateline kept at the start of its paragraph; the paragraph beginning 'Launched in March by the President and First Lady, the Let Girls Learn collaboration', cut in the stored copy, and the rest of the page dropped; 'Practictioner' and 'strive to making' as stored; curly marks as stored)",
    text='''Peace Corps Director Discusses the Importance of Girls’ Education at MORE Impact Awards
WASHINGTON, D.C., June 29, 2015 – Today Peace Corps Director Carrie Hessler-Radelet spoke about the Peace Corps’ role in the Let Girls Learn initiative and the importance of expanding access to education for girls around the world during MORE Magazine’s first-ever MORE Impact Awards Luncheon in Washington, D.C. The event, which featured remarks by First Lady Michelle Obama, honored four exceptional women who have made a significant impact in the areas of women’s and girls’ rights, health, veterans and military families, and education, both domestically and internationally.
“It’s hard to describe what it’s like to talk to school-age girls in a community where the education of boys has long taken priority,” Director Hessler-Radelet said in remarks at the luncheon. “That’s why we’re all here today – to open the door to a lifetime of learning, growth and success for girls around the world by taking action to Let Girls Learn.”
Director Hessler-Radelet’s remarks followed the announcement of “Experience MORE,” a social commerce platform launched by the Meredith Corporation, MORE’s parent company, that will support the Peace Corps’ Let Girls Learn Fund. The launch establishes Meredith Corporation as the first corporate supporter of the Peace Corps’ Let Girls Learn Program.
The event’s honorees were all women who strive to making the world a better place. The award recipients included Lillian Collins, the Founder and Executive Director of Eastside Academy, Inc.; Vivian Adhiambo Onano, Women & Girls Advocate and Youth Leader; Captain Ingrid Cook, a Pediatric Nurse Practictioner and Pediatric Nurse Specialty Leader in the Navy Nurse Corps; and Lyn Berman, the Executive Director and Founder of Attitudes & Attire.''',
    quotes=[
        Q('“It’s hard to describe', 'long taken priority,”', "Carrie Hessler-Radelet"),
        Q('“That’s why we’re all here', 'Let Girls Learn.”', "Carrie Hessler-Radelet"),
        Q('“Experience MORE,”', None, None),
    ],
    aliases={"Carrie Hessler-Radelet": ["Director Hessler-Radelet", "Peace Corps Director Carrie Hessler-Radelet"]},
),
dict(
    id="peace-corps-2016-03-02-23-new-let-girls-learn-countries",
    source="https://www.peacecorps.gov/news/library/the-peace-corps-announces-23-new-let-girls-learn-countries-ahead-of-the-initiatives-first-anniversary/",
    license=PD, retrieved=PAGES + " (Peace Corps press release; headline and subheadline kept as lines; the dateline kept at the start of its paragraph; the paragraph beginning '“We are so grateful to everyone who has rallied behind Let Girls Learn', cut in the stored copy before its attribution, and the rest of the page dropped; straight marks of the First Lady's quotation, 'we've' and the em dash as stored)",
    text='''The Peace Corps Announces 23 New Let Girls Learn Countries Ahead of the Initiative’s First Anniversary
Agency more than doubles the number of participating countries, increasing access to educational opportunities for thousands of girls worldwide
WASHINGTON, D.C., March 2, 2016 – Ahead of the first anniversary of Let Girls Learn, the Peace Corps today announced the addition of 23 new Let Girls Learn countries, more than doubling the number of participating countries and expanding the initiative’s reach to thousands of Peace Corps volunteers and girls around the world. Launched by the President and First Lady on March 3, 2015, Let Girls Learn is a U.S. government effort that aims to address the range of challenges preventing 62 million adolescent girls from attending and completing school, and from realizing their potential as adults.
"In just one year, we've doubled the number of Peace Corps countries participating in Let Girls Learn, ensuring that even more girls around the world will have the resources and opportunities they need to succeed," First Lady Michelle Obama said. "I am so inspired by how many Peace Corps volunteers are committed to Let Girls Learn. Their efforts exemplify our resolve to help girls everywhere get the education they need and deserve."
Throughout the initiative’s second year of operation, Peace Corps’ Let Girls Learn program will focus on knowledge and skills-building as the major vehicle for behavior change. The agency will hold five regional Let Girls Learn Summits in 2016—three in Africa, one in Asia and one in Latin America. Through these summits and increased training, the agency anticipates more than 1,500 volunteers participating in this cascading training model, reaching over 30,000 girls and local community leaders.''',
    quotes=[
        Q('"In just one year', 'need to succeed,"', "Michelle Obama"),
        Q('"I am so inspired', 'need and deserve."', "Michelle Obama"),
    ],
    aliases={"Michelle Obama": ["First Lady Michelle Obama", "First Lady"]},
),
dict(
    id="peace-corps-2016-07-05-director-liberia-morocco-let-girls-learn",
    source="https://www.peacecorps.gov/news/library/peace-corps-director-travels-liberia-and-morocco-first-lady-support-let-girls-learn/",
    license=PD, retrieved=PAGES + " (Peace Corps press release; headline kept as the first line; the dateline kept at the start of its paragraph; the paragraph beginning 'Director Hessler-Radelet—joined by the First Lady, Malia and Sasha Obama', cut in the stored copy, and the rest of the page dropped; curly marks as stored)",
    text='''Peace Corps Director Travels to Liberia and Morocco with the First Lady to Support Let Girls Learn
WASHINGTON, D.C., July 5, 2016 – Last week Peace Corps Director Carrie Hessler-Radelet participated in a three-day visit to Liberia and Morocco with First Lady Michelle Obama in support of the U.S. government’s Let Girls Learn initiative. Throughout her travel, Director Hessler-Radelet met with girls from across both countries, Liberian President Ellen Johnson Sirleaf, Princess Lalla Salma of Morocco, the U.S. Ambassador to Morocco, Peace Corps volunteers and staff, and officials from the United States Agency for International Development (USAID) and the Millennium Challenge Corporation (MCC). In conjunction with the visit, the White House announced the expansion of Peace Corps’ Let Girls Learn program in Liberia and the launch of a new Let Girls Learn program in Morocco in the coming months.
“Since our founding, the Peace Corps has played a critical role in empowering women and girls in communities throughout the world,” Director Hessler-Radelet said. “Through Let Girls Learn, we are amplifying those efforts and thrilled to expand this vital work to more countries, including Morocco, next year.”''',
    quotes=[
        Q('“Since our founding', 'throughout the world,”', "Carrie Hessler-Radelet"),
        Q('“Through Let Girls Learn', 'Morocco, next year.”', "Carrie Hessler-Radelet"),
    ],
    aliases={"Carrie Hessler-Radelet": ["Director Hessler-Radelet", "Peace Corps Director Carrie Hessler-Radelet"]},
),
]
