# Held-out English news pages (tests/data/heldout48-en.jsonl). Like heldout38/41/43/45/47_pages.py, these texts are
# stored web pages (the `pages` search corpus) of US federal outlets, none of them used in an earlier set: seven Voice of
# America news stories (voanews.com and VOA Learning English: a UNHCR spokeswoman on an attack on a Darfur camp, 2005;
# Nigerian refugees in Cameroon's Minawao camp, 2015; al-Shabab mortar attacks on Somalia's presidential palace, 2012; the
# US National Climate Assessment, 2017; journalists on Condoleezza Rice's Asia trip, 2005; Liberia's Ebola goal, 2014; a
# Special English report on the 2007 IPCC report) and two news items of VOA's parent agency, the U.S. Agency for Global
# Media (usagm.gov: Cambodian opposition leaders at VOA, 2012; VOA's coverage of the U.S.-Africa Leaders Summit, 2014).
# VOA and USAGM texts are works of the US government and in the public domain (17 U.S.C. § 105); none is credited to
# AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation ("Accessibility links",
# "Breaking News"), photo captions, author boxes and a sub-heading left without its paragraph are dropped; wording,
# spelling, spacing and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H237-H241 in ANNOTATION.md on top of H1-H236).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout48-en.jsonl

Built by `build.py` from `heldout48_pages.py`. Like heldout23-en, heldout25-en, heldout26-en, heldout29-en, heldout31-en,
heldout33-en, heldout35-en, heldout37-en, heldout38-en, heldout41-en, heldout43-en, heldout45-en and heldout47-en, these texts
are stored web pages (the `pages` search corpus) of US federal outlets, none of them used in a set above: seven Voice of
America news stories (voanews.com and VOA Learning English: an attack on a camp for displaced people in Darfur, 2005;
Nigerian refugees at Cameroon's Minawao camp, 2015; al-Shabab mortar attacks on Somalia's presidential palace, 2012; the
US National Climate Assessment, 2017; journalists on Condoleezza Rice's Asia trip, 2005; Liberia's Ebola goal, 2014; a
Special English report on the 2007 IPCC report) and two news items of VOA's parent agency, the U.S. Agency for Global Media
(usagm.gov: Cambodian opposition leaders at VOA, 2012; VOA's coverage of the 2014 U.S.-Africa Leaders Summit). All are US
government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page).
Navigation, photo captions, author boxes and a sub-heading left without its paragraph were dropped; wording, spacing and
quotation marks are as stored. None of these pages is used in any set above (checked by URL and by 8-word overlap with every
existing text: no shared 8-word sequence). The annotation (rules H237–H241 in `ANNOTATION.md` on top of H1–H236) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-unhcr-camp-attacked-darfur-2005",
    source="https://www.voanews.com/a/a-13-2005-09-29-voa36/303111.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the paragraph '\"If people in camps do not even feel safe in a camp, ...', cut in the stored copy, dropped)",
    text='''UNHCR Says Camp for Displaced People Attacked in Darfur
The U.N, refugee agency says 29 people reportedly were killed and another 10 seriously wounded in what it calls an unprecedented attack on a camp for thousands of internally displaced persons in Sudan's West Darfur region.
A UNHCR spokeswoman, Helene Caux, tells VOA this is the first time since war erupted in Darfur two years ago that a camp for internally displaced people has been directly attacked.
She says a group of 250 to 300 armed Arab men on horses and camels attacked Aro Sharow camp, in northern West Darfur on Wednesday. Ms. Caux says the attackers destroyed part of the camp, burning about 80 makeshift shelters.
"As far as we know, most of the IDP's [internally displaced persons] from the camp have fled the camp to the nearby mountains of the Jebel Moon," she said. "This area is mainly held by the rebel movements who emerged in 2003 and who have been basically fomenting different attacks in the area."
The Jebel Moon area around Aro Sharow has been a no-go zone for the United Nations for several months because of continuing insecurity. Many residents from the region had earlier fled to the Chad border in 2003-2004, then returned to Jebel Moon in May 2004 following a government-announced peace agreement.
Aid workers familiar with the region say the residents, for safety reasons, used to stay at night in the camp that was attacked, but would return to their nearby villages during the day to cultivate their fields.
Ms. Caux says security in Darfur is deteriorating. She says the international community will not be able to continue to provide assistance to the millions of people in need if aid workers do not feel safe.
She says the UNHCR also is afraid people will flee the country if attacks persist and humanitarian assistance is cut off.''',
    quotes=[
        Q('"As far as we know', 'the Jebel Moon,"', "Helene Caux"),
        Q('"This area is mainly held', 'attacks in the area."', "Helene Caux"),
    ],
    aliases={"Helene Caux": ["Ms. Caux"]},
),
dict(
    id="voa-cameroon-minawao-refugee-camp-2015",
    source="https://www.voanews.com/a/humanitarian-crisis-looms-at--cameroon-refugee-camp/2654905.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' and the photo caption 'The number of Nigerian refugees ... ( Photo: Moki Edwin Kindzeka for VOA)' dropped; the sub-heading 'Boko Haram infiltration' and the paragraph after it, 'Last week, the Cameroonian forces arrested hundreds of the refugees ...', cut in the stored copy, dropped)",
    text='''Humanitarian Crisis Looms at Cameroon Refugee Camp
The number of Nigerian refugees fleeing to Cameroon to escape Boko Haram terrorism has doubled within the past month - from 20,000 to 40,000 in 21 days.
U.N. Refugee Agency staff take a roll call of Nigerians arriving at the Minawao refugee camp. The coordinator of U.N. systems in Cameroon, Najat Rochdi, said the massive arrival of refugees in villages poses problems of water, health and education, and they have to act immediately to support the host communities to improve their health situations and give them water. She said the pressure is high for the host communities.
Among the recent arrivals at Minawao is 41-year-old Muhamadou Ousman, the oldest brother in a family of 14 who said he lost all of his siblings when they turned down recruitment offers from the Nigerian militant group.
"They killed all of my brothers. Boko Haram will come and attack you. Can you join us? When you say no, they will kill you," he lamented. "My mother just advised me to go. I told her when I go who will give you food. She said no I should go."
Ousman is a Muslim and his presence in the camp is not appreciated by Christians who say they underwent physical and psychological torture in Nigeria in the hands of people who said they were Muslims. Elias Yega - a Catholic Christian - said they have been asking Cameroon security forces to be watchful of all Muslims in the camp.
"They combine us both Muslims and Christians. But sometimes we get problems because we call them Boko Haram. They will arrest them and take to security agents here," stated Yega.''',
    quotes=[
        Q('"They killed all of my brothers.', 'they will kill you,"', "Muhamadou Ousman"),
        Q('"My mother just advised me', 'no I should go."', "Muhamadou Ousman"),
        Q('"They combine us', 'security agents here,"', "Elias Yega"),
    ],
    aliases={"Muhamadou Ousman": ["Ousman"], "Elias Yega": ["Yega"]},
),
dict(
    id="voa-al-shabab-mortars-presidential-palace-2012",
    source="http://www.voanews.com/content/al-shabab-attacks-somalias-presidential-palace-143483526/179336.html",
    license=PD, retrieved=PAGES + " (the photo caption 'A Somali man carries the body of a one year old child ...', printed twice, dropped; the paragraph '“Remnants of al-Shabab are within the population. ...', cut in the stored copy, dropped; the sub-headings are kept as lines)",
    text='''Al-Shabab Launches New Attacks on Somalia's Presidential Palace
For two nights in a row, al-Shabab militants have attacked Somalia's presidential palace with mortars, killing five people and injuring many more.  A senior al-Shabab commander says the group is trying to switch tactics.
Attempt to spread fear
The Somali government described the latest incidents as a desperate attempt by al-Shabab to spread fear.
Somali government spokesman Abdirahman Omar Osman told VOA these are the first mortar attacks he's seen in Mogadishu since the African Union force, or AMISOM, drove the militants out of the capital last year.
“[In the last] couple of nights, we have witnessed mortar attacks coming and targeting civilians.  As a result of that have caused injuries and deaths to civilians," Osman stated. "This is something that is new to Mogadishu since we have liberated the city from al-Shabab.  Now this seems to be new tactics al-Shabab are trying to deploy, which they are always good at continuing harming civilians.”
Witnesses say the first mortars, early Monday morning, landed on a displaced persons camp next to the presidential compound and killed five people.
Arrests made, security increased
Osman says security officials have made some arrests and have also doubled security in the city.
Somali government and AMISOM forces have pushed al-Shabab out of its former Mogadishu strongholds, but the group has continued to carry out sporadic rocket, bomb, and suicide attacks in the capital.''',
    quotes=[
        Q('“[In the last] couple', 'deaths to civilians,"', "Abdirahman Omar Osman"),
        Q('"This is something that is new', 'harming civilians.”', "Abdirahman Omar Osman"),
    ],
    aliases={"Abdirahman Omar Osman": ["Osman"]},
),
dict(
    id="voa-national-climate-assessment-2017",
    source="https://voanews.com/a/new-report-climate-change-dire-warnings/4099324.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' and the photo caption 'FILE - In this June 4, 2016, file photo, ...', printed twice, dropped; the caption 'FILE - President Donald Trump speaks about the U.S. role in the Paris', cut in the stored copy, dropped)",
    text='''New US Report on Climate Change Offers Dire Warnings
The U.S. government on Friday released a report on climate change that said there was "no convincing alternative explanation" for global warming besides human causes.
The National Climate Assessment, which the government is mandated by law to publish every four years, said Friday that climate change is almost entirely driven by human action. It warns that sea levels could rise by nearly 2.5 meters by the year 2100. It lists a number of incidents of damage across the United States that it attributes to the rise of global temperature by 1 degree Celsius since 1900.
It said the U.S. was already experiencing increasing temperatures, precipitation levels and numbers of wildfires; that more than 25 U.S. coastal cities were already experiencing flooding; and that there was no precedent in history with which these meteorological changes could be compared.
But, it said, there is "very high confidence" that the rate of climate change will depend on the amount of greenhouse gases released globally over the next few decades.
The report from the U.S. Global Change Research Program, an interagency unit that coordinates and integrates research on environmental changes, runs counter to the position on climate change taken by the current U.S administration, including that of the head of the Environmental Protection Agency.''',
    quotes=[
        Q('"no convincing alternative explanation"', None, "National Climate Assessment"),
        Q('"very high confidence"', None, "National Climate Assessment"),
    ],
    aliases={"National Climate Assessment": ["The report"]},
),
dict(
    id="voa-press-club-rice-asia-trip-2005",
    source="https://www.voanews.com/a/a-13-2005-03-25-voa26-66378282/547454.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' and the photo caption 'Condoleezza Rice and South Korean Foreign Minister Ban Ki-Moon at a press conference in Seoul.' dropped; the paragraph 'Chinese reporter ', cut in the stored copy, dropped)",
    text='''International Journalists Discuss Secretary of State Condoleezza Rice’s Trip to Asia
U.S. Secretary of State Condoleezza Rice concluded a weeklong Asian tour last Monday that included visits to India, Pakistan, Afghanistan, Japan, South Korea, and China. Secretary Rice’s first stop was in India, where Indian officials objected to the U.S. resumption of the sales of F-16 fighter jets to Pakistan, a key ally in the war on terrorism.
Speaking with host Judith Latham of VOA News Now’s “International Press Club,” Indian journalist Sridhar Krishnaswami said that the United States has been working hard to develop closer links with India partly because it is considered a counterweight to the growing regional influence of China. He added that Secretary Rice is well liked in India, where she is seen as an influential member of the Bush cabinet who has had a “hands-on” approach to India. According to Mr. Krishnaswami, Washington correspondent for The Hindu, an added bonus is that “everybody in the outside world” knows that Ms. Rice enjoys President Bush’s absolute trust.
The threat posed by North Korea’s nuclear weapons program was a major focus of Secretary Rice’s trip to Asia. Sung Joon Kim, Washington correspondent with the Seoul Broadcasting System, said her visit to South Korea was expected to boost the chances of renewing six-nation talks, which includes North and South Korea, China, Japan, Russia, and the United States, that have been stalled for more than eight months. However, Mr. Kim said that expectation was not met. He added that the United States should try to persuade North Korea directly through bilateral negotiations, but Washington does not want to do so. Furthermore, he described Secretary Rice’s designation of North Korea as an “outpost of tyranny” as distinctly “unhelpful.”''',
    quotes=[
        Q('“International Press Club,”', None, None),
        Q('“hands-on”', None, "Sridhar Krishnaswami"),
        Q('“everybody in the outside world”', None, "Sridhar Krishnaswami"),
        Q('“outpost of tyranny”', None, "Condoleezza Rice"),
        Q('“unhelpful.”', None, "Sung Joon Kim"),
    ],
    aliases={"Sridhar Krishnaswami": ["Mr. Krishnaswami"], "Sung Joon Kim": ["Mr. Kim"],
             "Condoleezza Rice": ["Secretary Rice", "Ms. Rice", "U.S. Secretary of State Condoleezza Rice"]},
),
dict(
    id="voa-liberia-ebola-christmas-goal-2014",
    source="http://www.voanews.com/content/liberia-sets-december-25-goal-no-new-ebola-cases/2522437.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' and the photo caption 'FILE - A nurse gears up ...', printed twice, dropped; the author box 'VOA News The Voice of America provides news ...', cut in the stored copy, dropped)",
    text='''Liberia Sets December 25 Goal: No New Ebola Cases
The hardest hit of the West African nations facing the deadly Ebola outbreak, Liberia, has set a national goal of recording no new cases by Christmas, December 25.
President Ellen Johnson Sirleaf said in a nationwide radio address Sunday that her country's path to recovery will be difficult. She said Liberia's health care system must be better prepared for any future disease epidemic, with sharp improvements also needed in the country's economy and governance.
She shifted several cabinet officials, saying it was necessary to appoint a team of officials "that is understanding of the prevailing challenges."
More than 2,800 of West Africa's 5,165 Ebola deaths have been recorded in Liberia.
Also Sunday, U.S. health officials said travelers from Mali will be subject to the same screening and monitoring as people arriving from Liberia, Sierra Leone and Guinea. That includes taking arriving travelers' temperatures and questioning them about their health and possible exposure to the Ebola virus.
Although Mali is not suffering from a widespread Ebola outbreak, there have been a number of confirmed cases there in recent days.
Meanwhile, in the U.S., authorities reported that a surgeon, Doctor Martin Salia, who contracted Ebola while working in Sierra Leone, is "extremely ill."
Salia, a Sierra Leone national who lives in the United States, is being treated at a hospital in the central U.S. state of Nebraska.''',
    quotes=[
        Q('"that is understanding of the prevailing challenges."', None, "Ellen Johnson Sirleaf"),
        Q('"extremely ill."', None, None),
    ],
    aliases={},
),
dict(
    id="voa-special-english-ipcc-very-likely-2007",
    source="https://learningenglish.voanews.com/a/a-23-2007-02-09-voa1-83134307/127724.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the paragraph 'French President Jacques Chirac called for an environmental and political revolution ...', cut in the stored copy, dropped)",
    text='''Calls for Action Follow UN Report That Human Activity Is 'Very Likely' to Blame for Global Warming
Chirac urges environmental and political revolution; US Congress considers steps; China says developed countries caused the problem and must take the lead. Transcript of radio broadcast:
This is IN THE NEWS in VOA Special English.
Last week, a United Nations report said humans are "very likely" the cause of most of the temperature increases in the last fifty years. It said global warming is undeniable, and that the world can expect to feel the effects for centuries to come.
The Intergovernmental Panel on Climate Change released the report in Paris at a conference of climate experts. Representatives of more than one hundred governments agreed on the findings. This is the most detailed scientific report to date on global warming and the influence of fossil-fuel burning and other human activity.
The scientists say there is greater than a ninety percent chance that greenhouse gases are the main cause of rising temperatures and sea levels. The report also links global warming to other changes including increased dryness in some areas and violent storm patterns.
The U.N. panel released its last climate change report six years ago. The scientists say the new report is based on numerous studies done since then, and stronger agreement on global warming.
The new report makes no policy proposals. But the aim is to press governments and industries to cut the release of carbon dioxide and other gases blamed for trapping heat.
Some of the scientists wanted to include policy suggestions in the report. Ideas included increased use of renewable energy resources and development of so-called geo-engineering technologies. But most of the scientists at the Paris conference said they believe the immediate goal must be to reduce carbon emissions.''',
    quotes=[
        Q("'Very Likely'", None, "Intergovernmental Panel on Climate Change"),
        Q('"very likely"', None, "Intergovernmental Panel on Climate Change"),
    ],
    aliases={"Intergovernmental Panel on Climate Change": ["U.N. panel"]},
),
dict(
    id="usagm-cambodian-opposition-leaders-visit-voa-2012",
    source="https://usagm.gov/2012/08/10/cambodian-opposition-leaders-visit-voa",
    license=PD, retrieved=PAGES + " (complete in the stored copy)",
    text='''Cambodian opposition leaders visit VOA
Cambodian opposition leaders Sam Rainsy and Kem Sokha discussed the merger of their two parties during an interview Wednesday at Voice of America headquarters in Washington.
Rainsey told VOA Khmer Service reporter Pov Sok, “We will present a political platform that will take the best portions from the Sam Rainsy Party [and] the Human Rights Party’s platform, so as to make a platform that will give hope to the Cambodian people.”
The newly formed Cambodian National Salvation Party is hoping to defeat Hun Sen’s ruling Cambodian People’s Party in elections scheduled for July of next year.
Human Rights Party leader Kem Sokha said the new opposition structure will help give people confidence. “Experience clearly shows that we are all victims of dictators, so if we split apart, the ruling party leaders will increasingly persecute us,” he said.
In a separate interview on Thursday, Rainsy emphasized the party’s desire to find solutions to unemployment, inflation, poor health, and other problems plaguing Cambodia.
Voice of America’s Khmer Service provides nationwide coverage of the political situation in Cambodia, and will closely follow the election campaign.
“The Cambodian domestic media doesn’t provide much coverage of the actions of the opposition parties,” says Khmer Service Chief Chris Decherd.
Rainsy said the opposition leaders came to Voice of America because they believe it’s an institution where “we (Cambodians) receive information that we know is reliable and objective.” He added, “VOA provides us with oxygen for the spirit.”''',
    quotes=[
        Q('“We will present', 'the Cambodian people.”', "Sam Rainsy"),
        Q('“Experience clearly shows', 'increasingly persecute us,”', "Kem Sokha"),
        Q('“The Cambodian domestic media', 'the opposition parties,”', "Chris Decherd"),
        Q('“we (Cambodians)', 'reliable and objective.”', "Sam Rainsy"),
        Q('“VOA provides us with oxygen for the spirit.”', None, "Sam Rainsy"),
    ],
    aliases={"Sam Rainsy": ["Rainsy", "Rainsey"], "Kem Sokha": ["Human Rights Party leader Kem Sokha"],
             "Chris Decherd": ["Khmer Service Chief Chris Decherd"]},
),
dict(
    id="usagm-voa-us-africa-leaders-summit-2014",
    source="https://usagm.gov/?p=19470",
    license=PD, retrieved=PAGES + " (the paragraph 'Cape Verdean President Jorge Carlos Fo', cut in the stored copy, dropped)",
    text='''VOA Peerless in Coverage of U.S.-Africa Leaders Summit
WASHINGTON, D.C.— Twelve African heads of state granted Voice of America exclusive interviews during last week’s historic U.S.-Africa Leaders Summit, underscoring VOA’s impact across the continent.
Coming on the heels of the Young African Leaders Initiative, the summit capped two weeks of intense coverage in 16 languages, with hundreds of multimedia reports, scores of exclusive interviews, and social media initiatives that gave audiences a unique chance to interact with African leaders.
“VOA had a week of unparalleled high-level interviews with African leaders, which is a testament to our impact and reach across the continent,” said Negussie Mengesha, acting director of VOA’s Africa Division. “We excel at getting the biggest news out of Africa. It was a bonanza to have news meet us on our doorstep here in Washington.”
Starting with an exclusive interview on Aug. 4 (in both Somali and English) with Somali President Hassan Sheikh Mohamud, VOA welcomed to its Washington headquarters five African heads of state, who spoke of the importance of the first-of-its-kind summit, key issues in their countries, and VOA’s role across Africa.
VOA had an exclusive in-studio sit-down in French and Hausa with Nigerien President Mahamadou Issoufou. He emphasized the historic nature of the week-long summit, and discussed mounting regional threats from Boko Haram and al-Qaida in the Islamic Maghreb, along with the importance of U.S. assistance to fight terrorism.
President Issoufou also acknowledged he is a longtime VOA listener, saying, “I have been listening to the Voice of America since the 1969 landing of the moon…We are very satisfied with the job that you folks are doing.”
Ghanaian President John Dramani Mahama appeared on VOA’s English to Africa program Africa 54, and talked about his country’s collaboration with the United States in developing energy sources.''',
    quotes=[
        Q('“VOA had a week', 'across the continent,”', "Negussie Mengesha"),
        Q('“We excel at getting', 'here in Washington.”', "Negussie Mengesha"),
        Q('“I have been listening', 'you folks are doing.”', "Mahamadou Issoufou"),
    ],
    aliases={"Negussie Mengesha": ["acting director of VOA’s Africa Division"],
             "Mahamadou Issoufou": ["President Issoufou", "Nigerien President Mahamadou Issoufou"]},
),
]
