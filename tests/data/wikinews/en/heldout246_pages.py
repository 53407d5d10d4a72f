# Held-out English news texts (tests/data/heldout246-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories of 2012-2020 on US states and cities, immigration, education
# and health (public domain, VOA is a US government broadcaster, 17 U.S.C. § 105): two voanews.com 'News / USA' stories
# on health care (a free clinic in Arlington, Virginia, 2012; South Carolina's free clinics and Medicaid, 2013), a
# voanews.com 'News / USA' story on English classes for immigrants in Fontana, California (2013), and four 'Student Union'
# stories (free speech on campus, 2017, voanews.com; Parkland and arming teachers, 2018, on VOA's cloudfront mirror;
# young Americans on racism, 2020, on VOA's pangea-cms preview host; student journalists covering COVID-19, 2020,
# voanews.com). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines
# ('Accessibility links', 'Breaking News', 'News / USA', 'Student Union'), video-player lines, video summaries repeating
# the body, bylines, date lines, photo captions and credits are dropped; the headline is kept once as the first line;
# wording, spelling ('60-years-old', 'free clinics remain are'), spacing inside paragraphs (double spaces after full
# stops) and quotation marks (straight, curly or mixed as stored) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H1515-H1517 in ANNOTATION.md on top of H1-H1514).
PD = "public domain (Voice of America, US government work, 17 U.S.C. § 105)"
PDM = "public domain (Voice of America, US government work, 17 U.S.C. § 105; VOA's own mirror/preview host)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout246-en.jsonl

Built by `build.py` from `heldout246_pages.py`. Like the VOA sets above, these texts are stored web pages (the `pages`
search corpus) of Voice of America stories (public domain, 17 U.S.C. § 105), none of them used in a set above, this time
on US states and cities, immigration, education and health from 2012 to 2020: two voanews.com 'News / USA' stories on
health care (the Arlington Free Clinic in Virginia after the Supreme Court's ruling on the health-care law, June 2012;
South Carolina's Anderson Free Clinic and the Medicaid expansion, December 2013), a voanews.com 'News / USA' story on
budget cuts to English classes for immigrants in Fontana, California (2013), and four 'Student Union' stories (violence
against speakers at Middlebury and Claremont McKenna colleges, 2017, voanews.com; Parkland parents against arming
teachers, 2018, on VOA's cloudfront mirror; young Americans on racism after George Floyd's death, 2020, on VOA's
pangea-cms preview host; student journalists covering COVID-19, 2020, voanews.com). None is credited to AP, Reuters, AFP
or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what
was dropped is noted per page). Site lines, video-player lines and video summaries, bylines, date lines and captions
were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL,
by the names of their speakers and by 8-word overlap with every existing text). The annotation (rules H1515–H1517 in
`ANNOTATION.md` on top of H1–H1514) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-2012-06-free-health-clinic-treats-uninsured-americans",
    source="http://www.voanews.com/content/free-health-clinic-treats-uninsured-americans/1253194.html",
    license=PD, retrieved=PAGES + " (voanews.com 'News / USA' story 'Free Health Clinic Treats Uninsured Americans' by Laurel Bowman, June 28, 2012; headline kept; 'News / USA', the video-player lines, byline, date line and the video summary that repeats the first body paragraph dropped; the double spaces after full stops kept, the trailing space of the first body paragraph removed; the paragraph beginning 'Smith then found his way to the Arlington Free Clinic', cut in the stored copy, and the rest dropped)",
    text='''Free Health Clinic Treats Uninsured Americans
ARLINGTON, Virginia - The U.S. Supreme Court on Thursday ruled that President Barack Obama’s health-care reform law is constitutional, including a requirement that most Americans buy health insurance.  Most now get health insurance through their employers, but many workers are not able to get coverage at work. Those workers often don't earn enough to buy insurance on their own, but they are not poor enough to qualify for the free government care known as Medicaid.
For 25 years, Wilber Smith of Arlington, Virginia, had health insurance through his job as a steam engineer.  Then he lost his job and his insurance.  A few months later, he was diagnosed with cancer.  He tried to get health insurance, but he says he was turned down by every provider he contacted.  Sales people told him his pre-existing health condition -- cancer --barred him from obtaining coverage.
"It was no everywhere and a quick no," he recalls.  "They were like, 'Now?  Now you are coming to us?' I never needed it before because I had always had it."''',
    quotes=[
        Q('"It was no everywhere', 'a quick no,"', "Wilber Smith"),
        Q('"They were like,', 'always had it."', "Wilber Smith"),
    ],
    aliases={"Wilber Smith": ["Smith"]},
),
dict(
    id="voa-2013-12-hospitals-at-risk-in-states-that-opt-out-of-obamacare-provision",
    source="http://www.voanews.com/content/hospitals-at-risk-in-states-that-opt-out-of-key-obamacare-provision/1811687.html",
    license=PD, retrieved=PAGES + " (voanews.com 'News / USA' story 'Hospitals at Risk in States that Opt Out of Key Obamacare Provision' by Brian Padden, December 16, 2013; headline kept; 'News / USA', the video-player lines, date line, byline and the video summary that repeats the first body paragraph dropped; the first body paragraph keeps the dash of its stored dateline; blank lines holding a single space dropped and the trailing spaces of paragraphs removed; the stored copy ends after Baptista's quotation)",
    text='''Hospitals at Risk in States that Opt Out of Key Obamacare Provision
— Nearly half of all U.S. states are rejecting a key component of the new U.S. health care reform law popularly known as "Obamacare." These states - almost all with strong Republican majorities - are citing unsustainable costs as the reason for opting out.  But, by not participating, states like South Carolina could lose billions of dollars in federal funds.
At the Anderson Free Clinic in South Carolina, people line up early in the morning to see a doctor.  The clinic treats more than 2,000 people a year.  Most of the patients - like Ronnie Green, who is 60-years-old and living on a small pension - are either unable to work or have limited incomes.
“My nerves are real bad. I cry all the time. I shake. Can’t hold nothing. My nerves [are] just gone," said Green.
Under the Affordable Care Act, also known as "Obamacare," almost all of these patients would have their costs covered by Medicaid - the government-funded health care program for the poor.
But because South Carolina has chosen not to expand Medicaid, free clinics remain are the only option for many people.
Barb Baptista, the clinic's director, says there are not enough exam rooms to handle the growing number of patients.
“The exam rooms are only a piece of it. Having the providers who are willing to volunteer at the free clinic and having the financial means to support our budget are a huge concern," said Baptista.''',
    quotes=[
        Q('"Obamacare."', None, None),
        Q('“My nerves are real bad.', 'just gone,"', "Ronnie Green"),
        Q('"Obamacare,"', None, None),
        Q('“The exam rooms', 'huge concern,"', "Barb Baptista"),
    ],
    aliases={"Ronnie Green": ["Green"], "Barb Baptista": ["Baptista"]},
),
dict(
    id="voa-2013-budgets-slash-english-classes-for-immigrants",
    source="http://www.voanews.com/content/budgets-slash-english-classes-for-immigrants/1636907.html",
    license=PD, retrieved=PAGES + " (voanews.com 'News / USA' story 'Budgets Slash English Classes for Immigrants', 2013; headline kept; 'News / USA' and the photo caption '(VOA/C. Richard)', printed twice, dropped; the paragraph 'That’s meant a 90 percent cut for Fontana’s adult school' has no full stop in the stored copy; the paragraph beginning 'The crowding is especial', cut in the stored copy, and the rest dropped)",
    text='''Budgets Slash English Classes for Immigrants
When the Adult School in Fontana, California, opens its enrollment office each day, there’s always a long line, and not enough classes to accommodate everyone who wants to sign up.
Until recently, California law set aside funds specifically for adult education. But to help schools meet funding shortages during the recent recession, state legislators let them use that money for other programs. That’s meant a 90 percent cut for Fontana’s adult school
And no room for Maria Flores in an advanced beginner English course. “They put me in the basic course. And that’s ‘Hello, Good Morning, How are you?’ I already know that. I need to practice, but often, there’s no room.”
Principal Cindy Gleason said many students have to settle for English classes that don’t match their abilities. And, with funds so short, she’s not sure how long her school can maintain even this level of service.
“Sometimes it can be discouraging not to know whether additional cuts are still coming and how we’ll be able to offer the services that our students and community need,” Gleason said.
With immigration reform a top policy priority this year, President Barack Obama and a bipartisan group of senators who are drafting legislation agree on one thing: millions of undocumented immigrants will have to start learning English before they can begin the legalization process.
But that’s more than 10 times as many students as there are classroom spaces, and recession-battered school districts are still cutting or eliminating English classes.''',
    quotes=[
        Q('“They put me in the basic course.', 'there’s no room.”', "Maria Flores"),
        Q('“Sometimes it can be discouraging', 'community need,”', "Cindy Gleason"),
    ],
    aliases={"Cindy Gleason": ["Principal Cindy Gleason", "Gleason"]},
),
dict(
    id="voa-2017-04-should-only-some-speech-be-allowed-on-campus",
    source="https://www.voanews.com/a/should-only-some-speech-be-allowed-on-campus/4009334.html",
    license=PD, retrieved=PAGES + " (voanews.com 'Student Union' story 'Should Only Some Speech Be Allowed on Campus?', April 2017; the section line 'Student Union' dropped, headline kept; the mixed marks of MacDonald's quotation (curly opening, straight closing) as stored; the paragraph beginning 'Following MacDonald’s', cut in the stored copy, and the rest dropped)",
    text='''Should Only Some Speech Be Allowed on Campus?
Last month, a student group at Vermont’s Middlebury College invited Charles Murray, a political scientist and fellow at the prestigious conservative think tank American Enterprise Institute, to speak on campus.
Murray was greeted by hundreds of protesters who shouted over him when he tried to speak. As the crowd refused to let up, college administrators escorted Murray to another building where he conducted his talk, with Middlebury professor Allison Stanger, via livestream.
As Stanger and Murray left the building, they were “physically and violently confronted by a group of protesters,” college spokesman Bill Burger said in a statement.
Protesters “violently set upon [their] car, rocking it, pounding on it, jumping on and trying to prevent it from leaving campus,” Burger said.
Stanger was treated at a hospital emergency room and left wearing a neck brace following the violent confrontation with protesters, one of whom grabbed her by the hair and yanked her backward.
“I feared for my life,” Stanger later wrote in a post on Facebook.
Earlier this month, students at Claremont McKenna College in California targeted Heather Mac Donald, a Manhattan Institute scholar and prominent critic of the Black Lives Matter movement, with mob violence in response to her attempted speech.
MacDonald, who was also invited to speak on campus by a student group, saw protesters physically block the doors to the building where she was scheduled to speak. She was forced to deliver the speech via livestream, to a largely empty room, as the protesters refused to allow anyone to pass.
The protesters banged on windows and shouted from outside the building until “the cops decided that things were getting too chaotic and I should stop speaking," MacDonald later said of the incident.
Police officers then had to sneak MacDonald out the building’s back door so she could safely escape the protesters.''',
    quotes=[
        Q('“physically and violently', 'group of protesters,”', "Bill Burger"),
        Q('“violently set upon', 'leaving campus,”', "Bill Burger"),
        Q('“I feared for my life,”', None, "Allison Stanger"),
        Q('“the cops decided', 'stop speaking,"', "Heather Mac Donald"),
    ],
    aliases={"Bill Burger": ["college spokesman Bill Burger", "Burger"],
             "Allison Stanger": ["Middlebury professor Allison Stanger", "Stanger"],
             "Heather Mac Donald": ["MacDonald"]},
),
dict(
    id="voa-2018-parkland-pushes-back-against-arming-teachers",
    source="https://d2bx1imge2jl4v.cloudfront.net/a/parkland-pushes-back-against-arming-teachers/4744279.html%E2%80%AF",
    license=PDM, retrieved=PAGES + " (VOA 'Student Union' story 'Parkland Pushes Back Against Arming Teachers', 2018, on VOA's cloudfront mirror, the stored URL ending in an encoded narrow no-break space; 'Accessibility links', 'Breaking News' and 'Student Union' dropped, headline kept; the two photo captions (each printed twice) dropped; the stored copy ends inside the second caption, after the paragraph on the Public Safety Commission's report)",
    text='''Parkland Pushes Back Against Arming Teachers
Parents, teachers and students are pushing back on a report released recently in Parkland, Florida — the site of a mass shooting at a high school last February — that recommends arming teachers to secure schools.
“I don’t agree we should arm teachers,” said Lori Alhadeff, whose 16-year-old daughter, Alyssa, was shot and killed at Marjory Stoneman Douglas High School.
“We need to train our law enforcement to actively engage a threat! Our teachers should be armed with more resources and pay but definitely not guns!” Alhadeff, who now serves on Broward County’s school board, wrote in an email to VOA.
The shooter, a 20-year-old recent graduate of the high school, killed 17 people with a semiautomatic AR-15 rifle. While the massacre drew national attention to the larger question of gun control in the United States, it also prompted a months-long local investigation and subsequent report into how the shooter was able to perpetrate the mass shooting, and how similar events may be prevented in the future.
The Marjory Stoneman Douglas High School Public Safety Commission released a more than 400-page report covering details of the shooting, identifying security problems and making recommendations.''',
    quotes=[
        Q('“I don’t agree we should arm teachers,”', None, "Lori Alhadeff"),
        Q('“We need to train', 'definitely not guns!”', "Lori Alhadeff"),
    ],
    aliases={"Lori Alhadeff": ["Alhadeff"]},
),
dict(
    id="voa-2020-06-on-racism-young-americans-say-change-takes-effort",
    source="https://voa.pangea-cms.com/preview/en-US/a/student-union_racism-young-americans-say-change-takes-effort/6190796.html",
    license=PDM, retrieved=PAGES + " (VOA 'Student Union' story 'On Racism, Young Americans Say Change Takes Effort', June 2020, on VOA's pangea-cms preview host; the section line 'Student Union' dropped, headline kept; the paragraph beginning '“Now that I am of age', cut in the stored copy, and the rest dropped)",
    text='''On Racism, Young Americans Say Change Takes Effort
Raequan Johnson is upset. And so are most of his young friends, he says.
The death of African American George Floyd while in police custody in Minneapolis is the most recent reminder Johnson says of the change needed in the United States.
Floyd was held to the ground with a policeman’s knee on his neck for more than eight minutes.
“I’m disappointed at how long it’s taking us to abolish racial profiling and discrimination,” the 19-year old says. “Racial profiling needs to stop.”
Racial profiling occurs when a police or other law enforcement officer assumes or suspects something about a person because of their race or ethnicity. Statistics vary by jurisdiction, but some show that people of color are arrested from three to 10 times the rate of white Americans in various U.S. cities.
“This has been going on for generations, and we are tired of it. How many more lives have to be taken due to this?” Johnson asks.
After the video of Floyd’s street arrest circulated, millions of people — first, mostly people of color, then joined by whites and other ethnicities — turned out in street protests around the world against racism and the use of excessive force by police and law enforcement.
Young Americans have been front and center on those lines.
“The best way for us to go about all of this is to stand together in a way that helps the movement overall,” says D’Andre Leid, 18, a senior at Eleanor Roosevelt High School in suburban Washington.
Social media was a flurry of young activists like 21-year-old Aliya Cruise, who is posting ways to raise awareness about police brutality and discrimination in the U.S.
“I am avid on social media. … I sign petitions, as well as donate to causes whenever I can,” says Cruise in an email. “I do the homework, too, and try to stay informed on as many topics as possible.”''',
    quotes=[
        Q('“I’m disappointed', 'and discrimination,”', "Raequan Johnson"),
        Q('“Racial profiling needs to stop.”', None, "Raequan Johnson"),
        Q('“This has been going on', 'due to this?”', "Raequan Johnson"),
        Q('“The best way for us', 'movement overall,”', "D’Andre Leid"),
        Q('“I am avid on social media.', 'whenever I can,”', "Aliya Cruise"),
        Q('“I do the homework,', 'as possible.”', "Aliya Cruise"),
    ],
    aliases={"Raequan Johnson": ["Johnson"], "Aliya Cruise": ["Cruise"]},
),
dict(
    id="voa-2020-student-journalists-on-front-lines-of-covid-19-coverage",
    source="https://voanews.com/a/student-union_student-journalists-front-lines-covid-19-coverage/6198813.html",
    license=PD, retrieved=PAGES + " (voanews.com 'Student Union' story 'Student Journalists on Front Lines of COVID-19 Coverage', late 2020; 'Accessibility links', 'Breaking News' and 'Student Union' dropped, headline kept; the photo caption (printed twice) dropped; the stored copy ends inside a second photo caption, which is dropped)",
    text='''Student Journalists on Front Lines of COVID-19 Coverage
College student journalists have been at the forefront of university COVID-19 coverage, breaking news stories about campus outbreaks and holding university leadership accountable for its handling of the pandemic.
But COVID-19 has been a challenge for students, too, as many college papers have had to maintain virtual newsrooms, cut back print editions, and struggle to build rapport among their remote teams.
Student newspapers have offered a unique inside scoop about how students are navigating the pandemic.
“We know of student hospitalizations that the university doesn’t because they have to be self-reported to the university,” said Eli Hoff, managing editor for the University of Missouri’s The Maneater.
“And we as students are more likely to get in contact with those people than university administrators can or middle-age town newspapers can because we’re students, they’re students and there’s more of a connection there,” said Hoff.
Because they are on the front line of coverage, the responsibility is large, Hoff said.
“There’s more of a burden of responsibility on us as student journalists to be on the ground for whatever reporting we can and being the first to get that kind of information just because we have access to it. It kind of falls to us to report it,” he said.
Matt Cohen was a sports reporter for the Indiana Daily Student at Indiana University in Bloomington before switching to the enterprise team when most collegiate sports events were canceled because of the coronavirus, which causes the COVID-19 disease.''',
    quotes=[
        Q('“We know of student hospitalizations', 'to the university,”', "Eli Hoff"),
        Q('“And we as students', 'connection there,”', "Eli Hoff"),
        Q('“There’s more of a burden', 'to report it,”', "Eli Hoff"),
    ],
    aliases={"Eli Hoff": ["Hoff"]},
),
]
