# Held-out English news pages (tests/data/heldout99-en.jsonl), none of them used in an earlier set. US government news
# texts taken from stored web pages (the `pages` search corpus): two U.S. Embassy Amman press releases on graduations of
# the English Access Microscholarship Program (jo.usembassy.gov; Ambassador Alice G. Wells, Deputy Chief of Mission
# Stephanie T. Williams), the U.S. Embassy Kabul release on Special Chargé d'Affaires Hugo Llorens' visit to Herat
# (af.usembassy.gov), the U.S. Embassy Mexico statement of Ambassador Antonio O. Garza on his visit to flooded Tabasco and
# Chiapas (November 9, 2007, usembassy-mexico.gov), the U.S. Embassy Manila release on flood relief with Ambassador Harry
# K. Thomas, Jr. (reposted by subicbaynews.com), the State Department's DipNote post of July 4, 2008 on embassies'
# Independence Day receptions (2007-2017-blogs.state.gov; Ambassador Janet Garvey in Yaoundé) and three U.S. Africa
# Command news articles on a well and two health clinics opened with the U.S. embassies in Ethiopia and Djibouti (2010,
# 2011, 2014; copies on africom-web-app.azurewebsites.net; Ambassadors Donald E. Booth and James C. Swan, Rear Adm.
# Alexander Krongard). All are works of the US federal government and in the public domain (17 U.S.C. § 105) wherever
# they are stored; none is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and a cut paragraph (with a section heading whose only paragraph is cut)
# is dropped (noted in `retrieved`). Site lines ('An official website of the United States government'), navigation
# lines, photo-gallery link labels and page date lines are dropped; wording, spacing inside paragraphs (double spaces
# after full stops) and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H680-H685 in ANNOTATION.md on top of H1-H665).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout99-en.jsonl

Built by `build.py` from `heldout99_pages.py`. Like heldout80-en, these texts are stored web pages (the `pages` search
corpus) of US federal government outlets, none of them used in a set above, this time mostly U.S. embassy news on
exchanges, visits, donations and relief: two U.S. Embassy Amman releases on graduations of the English Access
Microscholarship Program (jo.usembassy.gov), the U.S. Embassy Kabul release on Special Chargé d'Affaires Hugo Llorens'
visit to Herat (af.usembassy.gov), Ambassador Antonio O. Garza's statement on the floods in Tabasco and Chiapas (U.S.
Embassy Mexico, November 9, 2007, usembassy-mexico.gov), the U.S. Embassy Manila release on flood relief with Ambassador
Harry K. Thomas, Jr. (as reposted by subicbaynews.com), the State Department's DipNote post of July 4, 2008 on
Independence Day receptions at embassies (2007-2017-blogs.state.gov) and three U.S. Africa Command articles on a well in
Ethiopia and two clinics in Djibouti opened with the U.S. embassies (2010, 2011, 2014; copies on
africom-web-app.azurewebsites.net). All are US government works in the public domain (17 U.S.C. § 105) wherever they are
stored; none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, navigation lines, link
labels and date lines were dropped; wording and quotation marks are as stored. None of these pages is used in any set
above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text: the only shared
8-word sequences are the agency's name, `U.S. Agency for International Development (USAID) in` and `the United States
Agency for International Development (USAID)`). Several embassy candidates
were skipped because their complete paragraphs hold only one quotation (El Salvador ambulance donation, Fiji Access
graduation, Uganda Self-Help grants, Bangladesh TechCamp). The annotation (rules H680–H685 in `ANNOTATION.md` on top of
H1–H665) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="usemb-en-jo-access-english-students-graduation",
    source="https://jo.usembassy.gov/access-english-students-graduation/",
    license=PD, retrieved=PAGES + " (U.S. Embassy Amman press release, undated in the stored copy; Ambassador Wells' quotation is never closed in the page (H681))",
    text='''Access English Students Graduation
AMMAN – Over 400 students from all over Jordan graduated from the English Access Micro scholarship Program and received their certificates from U.S. Ambassador Alice G. Wells. Access provides a foundation of English language skills to talented teenagers from economically disadvantaged sectors through two years of after-school classes and intensive sessions, giving participants English skills that may lead to better jobs and educational opportunities.
In addressing the attendees, Ambassador Wells encouraged the graduates noting: “Your accomplishments cannot be understated. It took drive, ambition and discipline. Through all of this, you learned that you are capable of so much more than you ever thought you were capable of. You learned that hard work pays off and that dreams are meant to be lived, and breathed, and tasted, and not just dreamed.
One graduate described the program’s impact on his life by stating “The day I was informed that I was admitted into the program, was one of the luckiest and happiest days of my life. I knew back then that this was the start of a new phase of my life. A phase that is full of hope, the hope of a better present and better future.”
Another graduate spoke of how she had learned personal responsibility through the Access program, “Access is part of me now. Throughout this journey, we have learned to be responsible; that the fate of our education is in our hands. We do our own work, our own research, and we write our own essays. With time, Access students become one family. We have a mission of working together to make this world a better place…”
The English Access Microscholarship Program is a U.S. government program begun in 2004 which has benefited approximately 110,000 students in more than 80 countries. The U.S. Embassy Amman has offered the Access program since 2006 with almost 3,000 Jordanian students participating throughout the years.''',
    quotes=[
        Q('“Your accomplishments cannot', 'not just dreamed.', "Alice G. Wells"),
        Q('“The day I was informed', 'better future.”', None),
        Q('“Access is part of me now.', 'better place…”', None),
    ],
    aliases={"Alice G. Wells": ["U.S. Ambassador Alice G. Wells", "Ambassador Wells"]},
),
dict(
    id="usemb-en-jo-a-new-class-of-english-access-graduates",
    source="https://jo.usembassy.gov/a-new-class-of-u-s-sponsored-english-access-graduates/",
    license=PD, retrieved=PAGES + " (U.S. Embassy Amman press release of June 2017 or earlier, undated in the stored copy; double spaces after full stops as stored)",
    text='''A New Class of U.S.-sponsored English Access Graduates
Amman – On June 23, 440 public school students graduated from the English Access Microscholarship Program and received their certificates from U.S. Embassy Deputy Chief of Mission Stephanie T. Williams.  The Access program provides English language skills for talented teenagers from economically disadvantaged sectors.  After completing two years of after-school classes and intensive sessions, the participants’ improved English language skills will lead to better jobs and educational opportunities.
In addressing the students, Ms. Williams encouraged them, saying, “Every one of you will seek a path to fulfill your goals.  We know that many of you want to help in the development of your country and to bring opportunities to your communities.  We hope that Access has helped you take one step along that path.”
The graduates acknowledged the program’s impact, noting: “The Access program was full of challenges and new experiences.  This program taught us how to read, write, listen, and how to learn English grammar in simple ways.  It also corrected our thoughts about America.  It was truly nice to learn about the American culture and to communicate with different kinds of people and learn from them.”  Another graduate stressed the importance of the English language education, stating, “Nowadays English is an employment requirement — perhaps, even the most important.  Without it a lot of companies can’t accept you.  These days the language is as important as a college diploma, so the Access program has ensured me a good future.”
The English Access Microscholarship Program is a U.S. Department of State program that, since it began in 2004, has benefited approximately 95,000 students in more than 85 countries, including more than 3,000 Jordanians.''',
    quotes=[
        Q('“Every one of you', 'along that path.”', "Stephanie T. Williams"),
        Q('“The Access program was full', 'learn from them.”', None),
        Q('“Nowadays English', 'a good future.”', None),
    ],
    aliases={"Stephanie T. Williams": ["U.S. Embassy Deputy Chief of Mission Stephanie T. Williams", "Ms. Williams"]},
),
dict(
    id="usemb-en-af-special-charge-hugo-llorens-visits-herat",
    source="https://af.usembassy.gov/u-s-embassy-kabul-special-charge-daffaires-ambassador-hugo-llorens-visits-herat/",
    license=PD, retrieved=PAGES + " (U.S. Embassy Kabul press release, 2018, undated in the stored copy; double spaces after full stops as stored)",
    text='''U.S. Embassy Kabul Special Chargé d’Affaires Ambassador Hugo Llorens Visits Herat
Herat — U.S. Embassy Kabul Special Chargé d’Affaires Ambassador Hugo Llorens visited Herat today, where he met with Acting Provincial Governor Brigadier General Mohammad Jumma Adil, Acting Herat City Mayor Ghulam Ghaws Nikbeen, Provincial Chief of Police Brigadier General Mohammad Ayoub Ansari, NATO Commander in Herat Brigadier General Massimo Biagini, and leaders from the Afghan National Defense and Security Forces (ANDSF).  He also met with local business leaders and university students, who shared their perspectives on Herat’s recent economic and educational development.
During the meetings, Ambassador Llorens highlighted the ongoing partnership between Afghanistan, the United States, and the NATO coalition to support a safe, stable, and prosperous Afghanistan.  Ambassador Llorens cited the gains made during the past decade in Afghanistan in a number of sectors, while stressing the continued efforts at eliminating extremist groups and their influence.
“The United States and our NATO partners stand together with the people of Afghanistan,” Llorens said.  “We support our Afghan military and police partners, who are leading the fight against extremist violence, as well as our many civilian partners, who are building Afghanistan’s economy and shaping the next generation’s leaders.  I am impressed with the vitality of Herat and its leadership.”
The United States and the NATO coalition support a number of economic and development projects in Herat aimed at empowering civil society, economic development, and security.  The programs focus on anti-corruption, counternarcotics, agriculture, health, education, and good governance.''',
    quotes=[
        Q('“The United States and our NATO', 'people of Afghanistan,”', "Hugo Llorens"),
        Q('“We support our Afghan', 'and its leadership.”', "Hugo Llorens"),
    ],
    aliases={"Hugo Llorens": ["Ambassador Hugo Llorens", "Ambassador Llorens", "Llorens"]},
),
dict(
    id="dipnote-en-2008-07-04-us-diplomats-celebrate-fourth-of-july",
    source="http://2007-2017-blogs.state.gov/stories/2008/07/04/us-diplomats-around-world-celebrate-fourth-july.html",
    license=PD, retrieved=PAGES + " (State Department DipNote blog, July 4, 2008; the link label 'Fourth of July Photo Gallery' dropped; the Lisbon section, whose only paragraph is cut after 'Ambassador Thomas Ste' in the stored copy, dropped with its heading)",
    text='''U.S. Diplomats Around the World Celebrate Fourth of July
On the Fourth of July, most Americans reflect on our nation and freedom, barbeque with friends and family, and watch fireworks and parades. For U.S. diplomats, the Fourth of July represents an opportunity to share the American experience and strengthen relationships with foreign counterparts. For all of us, this holiday also stands as a reminder of the democratic values we so cherish.
DipNote’s editors asked our colleagues serving around the world to share about their embassies’ Independence Day celebrations, which you'll find below, and we wish all of our readers a Happy Fourth of July!
From the U.S. Embassy in Yaoundé, Cameroon:
Embassy Yaoundé held its Independence Day celebration on July 2. The Navy Band "Topside" played a beautiful rendition of the American National Anthem and entertained the embassy's 1,800 guests dancing and singing along with the band.
During her remarks, Ambassador Janet Garvey highlighted the strength of the U.S.-Cameroonian bilateral relationship and commented on Cameroon's recent difficulties saying, "Frankly, the past year has brought great challenges: the attacks in Bakassi, the unrest in February, setbacks to media freedoms and human rights... There has been some laudable progress in fighting corruption, but democracy is hard work and demands constant effort and total commitment ... I trust and hope to see progress on Cameroon’s democratic path in the year ahead. As a friend of Cameroon, the United States will support this effort in any way we can. Friends do not always agree but they listen to each other, share ideas, and speak with candor and honesty."''',
    quotes=[
        Q('"Topside"', None, None),
        Q('"Frankly, the past year', 'candor and honesty."', "Janet Garvey"),
    ],
    aliases={"Janet Garvey": ["Ambassador Janet Garvey"]},
),
dict(
    id="africom-en-2014-02-new-health-clinic-opens-in-sankal",
    source="https://africom-web-app.azurewebsites.net/article/11842/new-health-clinic-opens-in-sankal-with-us-assistance",
    license=PDC, retrieved=PAGES + " (U.S. Africa Command news article of February 2014, copy of africom.mil without headline; the paragraph after Julie Stufft's, cut after '“We will continue to support the Ministry of Health to provi' in the stored copy, dropped; the stray comma in 'includes a, maternity center' as stored)",
    text='''U.S. military, U.S. Embassy-Djibouti and key Djiboutian personnel in Eastern Africa traveled to Sankal, Djibouti, and participated in opening ceremonies for a new health clinic Feb. 13, 2014.
Rear Adm. Alexander Krongard, Combined Joint Task Force-Horn of Africa (CJTF-HOA) deputy commander, received a warm welcome from the Sankal residents and said he was very pleased with the end result of the clinic.
“Today is the culmination of over two years of hard work and collaboration between the Ministry of Health, USAID, and the U.S. military engineers from the Combined Joint Task-Horn of Africa; the local contractor “Enterprise Alla-Amin,” and the inhabitants of Sankal who were here while this project was in progress, from its start to its completion,” Krongard said during his opening remarks.
The $322,000 facility includes a, maternity center, living quarters for duty nurses, an incinerator and three cisterns. Solar panels were also installed for electricity, and a water distribution system was connected to the village's existing water supply system.
Krongard said this facility is a stepping stone in support of the universal human desire for good health. “When a country’s citizens are healthy, they can turn their attention toward daily activities that can help their families and their village to prosper,” he said.
One of CJTF-HOA’s objectives is to improve conditions for Djiboutian citizens and Krongard expressed his appreciation to the residents of Sankal for, “their continued support of U.S. Forces in Djibouti. We could not be in this county without the acceptance and support of the Government of the Republic of Djibouti and all the Djiboutian citizens.”
This clinic isn’t the first the U.S. has supported. Julie Stufft, U.S. Embassy-Djibouti Deputy Chief of Mission, pointed out the U.S. has supported more than 90 percent of all World Health Clinics in Djibouti and it won’t stop there.''',
    quotes=[
        Q('“Today is the culmination', 'to its completion,”', "Alexander Krongard"),
        Q('“When a country’s citizens', 'village to prosper,”', "Alexander Krongard"),
        Q('“their continued support', 'Djiboutian citizens.”', "Alexander Krongard"),
    ],
    aliases={"Alexander Krongard": ["Rear Adm. Alexander Krongard", "Krongard"]},
),
dict(
    id="africom-en-2011-02-cjtf-hoa-partners-with-djiboutian-health-officials",
    source="https://africom-web-app.azurewebsites.net/article/8041/cjtf-hoa-partners-with-djiboutian-health-officials",
    license=PDC, retrieved=PAGES + " (U.S. Africa Command news article of February 2011, copy of africom.mil without headline; the last paragraph, on Brigadier General William L. Glasgow, cut after '... Djiboutian people,\" he' in the stored copy, dropped; 'Guistir' and 'Guitstir' as stored)",
    text='''Less than a mile from where the borders of Djibouti, Ethiopia and Somalia connect, a large crowd celebrated the opening of a much needed health clinic on February 26, 2011 in the tiny village of Guistir in the Ali Sabieh District of Djibouti.
The ceremony, hosted by a delegation of Djiboutian and U.S. guests, culminated a $450,000 joint project between Combined Joint Task Force - Horn of Africa (CJTF-HOA) and U.S. Agency for International Development (USAID), in a remote region where access to services previously posed formidable challenges.
The new clinic will serve basic health needs for an estimated 400 families, according to CJTF-HOA project leader Navy Lieutenant John Mietus Jr. "This village had no local means of medical care, so we're very happy to see the doors opening today," he said.
The clinic is part of the Djiboutian Health Ministry's strategic plan and includes modern delivery rooms, solar and electrical power, and other features.
"This is a very important project which will help many people in this very remote area," said Djiboutian Minister of Health, Abdallah Abdillahi Miguil. "We are very pleased that all the different organizations were able to complete this and now see this wonderful facility opened."
According to the minister, this project partnership will strengthen the Djiboutian government's ability to improve local health care. "We have a high rate of infant mortality in this area, so we can now address this problem and provide much better care for mothers."
U.S. Ambassador to Djibouti James C. Swan said the successful project was the result of a model partnership. "I'm very proud to represent the U.S. here," he said. "It was a huge team effort with help from energetic people from the Guitstir village and the Ali Sabieh District. Their hard work made it a reality."''',
    quotes=[
        Q('"This village had no local', 'doors opening today,"', "John Mietus Jr."),
        Q('"This is a very important project', 'very remote area,"', "Abdallah Abdillahi Miguil"),
        Q('"We are very pleased', 'facility opened."', "Abdallah Abdillahi Miguil"),
        Q('"We have a high rate', 'care for mothers."', "Abdallah Abdillahi Miguil"),
        Q('"I\'m very proud', 'the U.S. here,"', "James C. Swan"),
        Q('"It was a huge team effort', 'made it a reality."', "James C. Swan"),
    ],
    aliases={"John Mietus Jr.": ["Navy Lieutenant John Mietus Jr."],
             "Abdallah Abdillahi Miguil": ["Djiboutian Minister of Health, Abdallah Abdillahi Miguil"],
             "James C. Swan": ["U.S. Ambassador to Djibouti James C. Swan"]},
),
dict(
    id="usemb-en-mx-2007-11-09-ambassador-garza-visits-flood-stricken-areas",
    source="http://www.usembassy-mexico.gov/eng/releases/ep071109visit.html",
    license=PD, retrieved=PAGES + " (U.S. Embassy Mexico press release of November 9, 2007; the site's navigation lines ('Click here to skip navigation', 'Embassy News & Information', the list of press-release years and sections) and the section label 'Press Releases 07' dropped; the statement's third paragraph, cut after '... hasten their own recovery from this ' in the stored copy, dropped; each paragraph of the statement opens with a mark and none is closed, as usual for a multi-paragraph quotation (H685))",
    text='''Ambassador Garza and Wife Visit Flood-stricken Areas With Directors of U.S. and Mexican Red Cross
Statement by Ambassador Antonio O. Garza
Mexico City, November 9, 2007 — “As Mariasun and I flew over flood-stricken areas today with Mexican Red Cross President Daniel Goñi Díaz, American Red Cross President Mark Everson, and Assistant Administrator for Latin America and the Caribbean of the United States Agency for International Development Paul Bonicelli, we were humbled by the extent of the devastation. At the same time, we were moved by the amazing cooperation between Mexicans and teams from the U.S. and elsewhere, providing critical assistance and helping the residents of Tabasco and Chiapas find their way to safety and begin the process of restoring the flooded areas and rebuilding their lives.
“Clearly this area will need some time to recover, and the physical and emotional scars of those struck by this tragedy will be slow to heal. However, the global outpouring of sympathy and support will help speed the process. The government of the United States has already directly provided $420,000 dollars in assistance to the people of Mexico and the Mexican Red Cross. At the same time, people throughout the United States are also contributing money, goods, and time to the international relief effort.''',
    quotes=[
        Q('“As Mariasun and I flew', 'rebuilding their lives.', "Antonio O. Garza"),
        Q('“Clearly this area', 'international relief effort.', "Antonio O. Garza"),
    ],
    aliases={"Antonio O. Garza": ["Ambassador Antonio O. Garza", "Ambassador Garza"]},
),
dict(
    id="usemb-en-ph-us-provides-disaster-relief-assistance-for-flood-victims",
    source="https://subicbaynews.com/?p=4904",
    license=PDC, retrieved=PAGES + " (U.S. Embassy Manila press release, 2012, as reposted by subicbaynews.com under the embassy's headline, undated in the stored copy; the closing 'About USAID' paragraph, cut after '... Development Outreach an' in the stored copy, dropped; the double space before the last quotation and its closing mark followed by ' Ambassador Thomas added.' as stored)",
    text='''U.S. PROVIDES DISASTER RELIEF ASSISTANCE FOR FLOOD VICTIMS
The United States Government intends to provide $100,000 (PhP4.3 million) to support disaster relief efforts in Metro Manila following severe flooding caused by the southwest monsoon this week.
U.S. Ambassador Harry K. Thomas, Jr. issued a disaster declaration today after reports of widespread flooding in the National Capital Region, and offered to provide immediate relief assistance.
Ambassador Thomas said, “On behalf of the U.S. government and the American people, I extend my heartfelt sympathies to those who are displaced and who have lost homes and livelihoods due to the floods.”
The U.S. government, through the United States Agency for International Development (USAID), will conduct an initial damage assessment in Metro Manila and surrounding provinces to determine the extent of damage caused by flooding and determine immediate needs within the affected communities.
The United States has been a key partner of the Philippines in providing immediate humanitarian response during natural calamities.  “As a good friend and longstanding development partner, the United States will work with the Philippine government to determine where our assistance is most needed. We remain committed to helping the Philippine people overcome this difficult time.” Ambassador Thomas added.''',
    quotes=[
        Q('“On behalf of the U.S. government', 'due to the floods.”', "Harry K. Thomas, Jr."),
        Q('“As a good friend', 'this difficult time.”', "Harry K. Thomas, Jr."),
    ],
    aliases={"Harry K. Thomas, Jr.": ["U.S. Ambassador Harry K. Thomas, Jr.", "Ambassador Thomas"]},
),
dict(
    id="africom-en-2010-11-us-ambassador-to-ethiopia-dedicates-new-well",
    source="https://africom-web-app.azurewebsites.net/article/7884/us-ambassador-to-ethiopia-dedicates-new-well-in-di",
    license=PDC, retrieved=PAGES + " (U.S. Africa Command news article of November/December 2010, copy of africom.mil without headline, its address shortened as stored; the last paragraph, cut after '... as they wor' in the stored copy, dropped; Jamal Issa's quotation without a comma before its closing mark as stored)",
    text='''U.S. Ambassador to Ethiopia Donald E. Booth dedicated a new well in the Adiga Falima area of Dire Dawa November 29, 2010.
Members of the U.S. Naval Mobile Construction Battalion 7 (NMCB-7) completed the first of seven hand-pump-operated wells the Combined Joint Task Force - Horn of Africa (CJTF-HOA) committed to drill in the Dire Dawa region June 14. This is the only working well in a 10 kilometer radius and services two villages. Since then, another well was completed in Legota Mirga. Five wells remain to be built; one each in Ashadelli and Gol Adag, and three in Gota.
"This is a sign of the commitment of the United States, the U.S. military and the American people to assist here," said Ambassador Booth. "Having clean water is essential to life. The well will help keep villagers healthy, their crops alive and benefit the community as a whole."
The Gugure clan will be using this well. Many from the community turned out in force to express their appreciation. They celebrated with song and dance after the dedication.
"God only knows all the hard work they put into this and may God lead them in the future" Chairman of Adiga Falima, Jamal Issa said.
In the Gugure clan, it is customary that the village women collect the water for their family, while the men farm and the children attend school.
"In the past we sometimes had to walk from sunrise to sunset to collect water from the city but now our job will be easier," said a village woman.
"On behalf of my commander, Admiral Brian Losey, I would like to pass his best wishes to all the villagers and for the support that you had in helping the construction team that was here building the well," said U.S. Navy Captain Scott Vasina, Strategic Communications director, CJTF-HOA.''',
    quotes=[
        Q('"This is a sign of the commitment', 'to assist here,"', "Donald E. Booth"),
        Q('"Having clean water', 'community as a whole."', "Donald E. Booth"),
        Q('"God only knows', 'lead them in the future"', "Jamal Issa"),
        Q('"In the past we sometimes', 'job will be easier,"', None),
        Q('"On behalf of my commander', 'building the well,"', "Scott Vasina"),
    ],
    aliases={"Donald E. Booth": ["U.S. Ambassador to Ethiopia Donald E. Booth", "Ambassador Booth"],
             "Scott Vasina": ["U.S. Navy Captain Scott Vasina"]},
),
]
