# Held-out English news pages (tests/data/heldout126-en.jsonl), none of them used in an earlier set. Voice of America
# stories of 2010-2016 on Asia and Africa (the Mekong dams, Ebola, a clinic on the Thai-Burmese border), works of the
# US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages` search corpus): two VOA News stories on voanews.com (VOA
# Khmer's report on Cambodian fishermen and the Lao Don Sahong dam, 2014; Cambodian reactions to China's release of water
# from the Jinghong dam, 2016), a VOA Khmer story of September 2010 on the proposed Sambor dam in Kratie, reposted on the
# personal site of its author Sophat Soeung (sophatsoeung.com), and four copies on language-learning sites: the VOA
# Learning English 'As It Is' story of July 2014 on the American medical workers infected with Ebola in Liberia
# (tingroom.com), the VOA News story of August 2014 on West African immigrants in New York (spiiker.com) and the VOA
# Standard English story of February 2015 on Obama calling home the US Ebola troops (tingroom.com) and an undated VOA
# story on the Mae Tao clinic for Burmese refugees (tingroom.com print page). None is credited to
# AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept and a cut paragraph is dropped (noted in `retrieved`). Section labels ('News / Asia'), image captions (often
# stored twice), bylines, 'Original article' lines, the learner sites' menus, Chinese labels, time and source lines and
# '(单词翻译:双击或拖选)' are dropped, as are the indentation at the start and the spaces at the end of paragraphs;
# wording, spacing inside paragraphs, dateline dashes, the learner sites' vocabulary numbers glued to words ('helping1',
# 'accomplished4') and quotation marks (including the mixed “...," and "...” pairs) are as stored. Annotated by reading
# the pages, before whosaid was run on them (rules H950-H955 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDA = "public domain (VOA Khmer, US government work, 17 U.S.C. § 105; reposted on the author's personal site)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout126-en.jsonl

Built by `build.py` from `heldout126_pages.py`. Like heldout22-en, heldout24-en, heldout98-en, heldout123-en and
heldout124-en, these texts are Voice of America stories taken from stored web pages (the `pages` search corpus), none of
them used in a set above, this time on Asia and Africa: two VOA News stories on voanews.com on the Mekong dams (Cambodian
fishermen and the Lao Don Sahong dam, 2014: Kong Chanthy, Sek Sophal; China's release of water from the Jinghong dam,
2016: Le Duc Trung, Phork Sareith, the Mekong River Commission), the VOA Khmer story of September 2010 on the proposed
Sambor dam in Kratie, reposted on its author's site (sophatsoeung.com: Sours Ve), and four copies on language-learning
sites: the VOA Learning English story of July 2014 on the American medical workers infected with Ebola in Liberia
(tingroom.com: Melissa Strickland of Samaritan's Purse), the VOA News story of August 2014 on West African immigrants in
New York worried about Ebola (spiiker.com: Leo Fraser, Imam Mohamadou Soukona) and the VOA Standard English story of
February 2015 on Obama calling home the US Ebola troops (tingroom.com) and an undated VOA story on the Mae Tao clinic for
Burmese refugees on the Thai border (tingroom.com: Cynthia Muang, Doctors Without Borders). All are US government works in
the public domain
(17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Section labels, image
captions, bylines, 'Original article' lines and the learner sites' menus, Chinese labels and time lines were dropped;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of
their speakers and by distinctive phrases against every existing text, including the other helpers' worktrees). The set
is small: most VOA pages the search returns are already used or quote fewer than two passages. The annotation (rules
H950–H955 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind
one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2014-cambodian-fishermen-urge-better-studies-on-lao-dam",
    source="http://www.voanews.com/content/cambodia-fishermen-don-sahong-dam-mekong-river/2550700.html",
    license=PD, retrieved=PAGES + " (VOA News story by Say Mony of late 2014 on voanews.com; the section label 'News / Asia', the image caption 'Cambodian non-governmental organization activists shout slogans ...' (stored twice) and the byline 'Say Mony' dropped; the indentation of the stored paragraphs and trailing spaces dropped; the paragraph 'Cambodia has held regional a', cut in the stored copy, dropped)",
    text='''Cambodian Fishermen Urge Better Studies on Lao Dam
As Cambodia prepares for a regional meeting over a contentious Lao dam on the Mekong River, fishing communities in Stung Treng province have appealed to Laos to cancel the project.
The Don Sahong dam would be built on the Mekong, two kilometers from the Cambodian border. While some critics warn it could endanger livelihoods downriver, other say communities upstream in Thailand and downstream in Cambodia both face a risk of fish shortages if the dam is completed.
Fisherman Kong Chanthy, of Stung Treng’s Thala Barivat district bordering Laos, tells VOA's Khmer service the Laos government should conduct a cross-border feasibility study before going ahead with the plan.
“It is very close to the border ... on the white zone, [so] I want to request to our government of Cambodia to reconsider about this issue and talk with the Laos government to find common ground solutions," he said. "I would like to send this message to the Laos government, stakeholders and decision makers [and ask] if they have conducted feasibility study about the impacts on the people living downstream.”
The chief of a fishing community not far downstream from the proposed site, Sek Sophal, says 200 families there would be affected by the dam.
“I request to NGOs and the government to not support the Don Sahong project and to stop it immediately,” he told VOA Khmer.
The Mekong River Commission will hold a regional public meeting on December 12 to discuss the project.''',
    quotes=[
        Q('“It is very close to the border', 'common ground solutions,"', "Kong Chanthy"),
        Q('"I would like to send this message', 'living downstream.”', "Kong Chanthy"),
        Q('“I request to NGOs', 'stop it immediately,”', "Sek Sophal"),
    ],
    aliases={"Kong Chanthy": ["Fisherman Kong Chanthy"]},
),
dict(
    id="voa-en-2016-cambodian-thanks-caution-as-china-opens-mekong-dam",
    source="http://www.voanews.com/content/china-cambodia-mekong-river-dam/3244377.html",
    license=PD, retrieved=PAGES + " (VOA News story of early 2016 on voanews.com; the section label 'News / Asia' and the image caption 'FILE - A man casts a fishing net on the Mekong riverbank in Phnom Penh, Cambodia.' (stored twice) dropped; the indentation of the stored paragraphs and trailing spaces dropped; the paragraph 'Tek Vannara, director of the Phnom Penh-based NGO Forum on Cambodia, ... Stored water is already \"against t', cut in the stored copy, dropped)",
    text='''Cambodian Thanks, Caution, as China Opens Mekong Dam
Farmers and development organizations say they welcome the release of water from a hydropower dam on the Mekong River in China, but warn against negative effects if too much is discharged.
In January and February, China released 2.3 billion cubic meters of water from Jinghong power station in Yunnan province as part of efforts to ease drought and help irrigation in Lower Mekong countries.
The Mekong River Commission, a consortium of governments from countries along the river, praised the discharge following a two-day meeting in Vietnam, calling it "goodwill" from China.
"I would encourage that the member countries use this extra volume of water in an appropriate and effective manner," Le Duc Trung, chairman of the Mekong River Commission’s Joint Committee, said.
The increased flow will not only help farmers, but Cambodian fishermen as well. Phork Nimul, a fisherman in O’Svay commune, Stung Treng province, said the water would help his crops and enable fishing boats to better navigate the river, bringing in more fish to feed families.
Some Cambodians, however, remain cautious, fearing too much of a good thing.
Phork Sareith, chief of a fishing community in Stung Treng city’s Samaki commune, said he worries that too much water could be discharged and hurt crops.
"If too much water is to be released, the crops will be flooded, so it could affect the people living along the river," he said.''',
    quotes=[
        Q('"goodwill"', None, "Mekong River Commission"),
        Q('"I would encourage', 'effective manner,"', "Le Duc Trung"),
        Q('"If too much water', 'along the river,"', "Phork Sareith"),
    ],
    aliases={},
),
dict(
    id="voa-en-2010-09-17-proposed-dam-a-mystery-concern-to-kratie-locals",
    source="http://sophatsoeung.com/tag/sophat-soeung/page/2/",
    license=PDA, retrieved=PAGES + " (VOA Khmer story by Sophat Soeung of September 17, 2010, reposted on a tag page of his personal site, whose stored part holds only this story; the image caption 'A fishing boat floats on the Mekong river at Sambor ... (Sophat Soeung/VOA Khmer)' (stored twice) and the line 'Original article: Sophat Soeung, VOA Khmer, September 17, 2010' dropped; the dateline 'KRATIE, CAMBODIA —' and 'staid' kept as stored; the cut section heading 'Government' at the end dropped)",
    text='''Proposed Dam a Mystery, Concern to Kratie Locals
KRATIE, CAMBODIA —Later this month, a major report assessing the pros and cons of 11 proposed mainstream hydro-dams in the lower Mekong region will be publicized by the Mekong River Commission. The report will include information about two hydro-dams across the Mekong River in Kratie and Stung Treng provinces.
Although no decision has been made by the Cambodian government on the proposals, local people know little about the plans and are concerned their voices will be left out.
Sours Ve, a 38-year-old farmer and guest house operator in Sambor district, is among them. On a recent morning, she said goodbye to a group of tourists from the US, who had staid with her under a home stay system. The community-based tourism project has boosted her annual income, but she says she’s worried she’ll lose her home if a dam is built across the river here.
In 2007, a Chinese survey team arrived at her house and placed a concrete marker on her property. Were the megadam to go forward, it will fall directly across her property, creating behind it a 86-kilometer-long reservoir.
“I asked them what they were surveying, and they told me that they were going to build a hydrodam, and they put in this post on my land,” she said, standing over the marker behind her wooden stilt house after the tourists had gone.
“We learned that this was a study by a hydrodam construction company, but whether they will build the dam or not, we don’t know,” she said. “And our people started to worry, not knowing when the dam will be built.”''',
    quotes=[
        Q('“I asked them what', 'post on my land,”', "Sours Ve"),
        Q('“We learned that', 'we don’t know,”', "Sours Ve"),
        Q('“And our people started', 'will be built.”', "Sours Ve"),
    ],
    aliases={},
),
dict(
    id="voa-en-2014-07-30-us-medical-workers-in-liberia-infected-with-ebola",
    source="http://tingroom.com/voa/2014/7/269814.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English 'As It Is' story of July 30, 2014 on tingroom.com, a language-learning site; the site's language menu, the Chinese label before the headline ('VOA慢速英语2014--美国医务人员在利比里亚感染埃博拉病毒'), the time and source line and '(单词翻译:双击或拖选)' dropped; of the line 'AS IT IS 2014-07-30 US Medical Workers in Liberia Infected with Ebola 美国医务人员在利比里亚感染埃博拉病毒' the programme label and date and the Chinese translation dropped and the headline kept as the first paragraph; trailing spaces at paragraph ends dropped, double spaces inside paragraphs and the vocabulary numbers ('helping1', 'isolation2', 'premature3') kept as stored; the paragraph 'Melissa Strickland says there are a number of reasons why', cut in the stored copy, dropped)",
    text='''US Medical Workers in Liberia Infected with Ebola
An aid group reported this week that Ebola has infected a second American medical worker in Liberia.  The American-based group, Samaritan’s Purse, has medical experts working in the country.
Samaritan’s Purse announced Sunday that Nancy Writebol is in stable, but serious condition at a hospital in Monrovia, the Liberian capital.  She was helping1 with Ebola patients at the Case Management Center when she became infected.
The aid group reported last Saturday that the virus also infected American doctor Kent Brantly.  He is the medical director at the Case Management Center.  He was taken to an isolation2 center for treatment.  Such centers are used to keep the public away from patients suffering from infectious diseases.
Melissa Strickland works for Samaritan’s Purse.  She says the doctor is receiving treatment, but is not “out of the woods,” meaning he is not out of danger.
“We are hopeful for his recovery.  But Ebola is an incredibly dangerous, deadly disease so it is very premature3 to say he is out of the woods.
The news of the two Americans testing positive for Ebola follows the death of Samuel Brisbane.  Dr. Brisbane worked at Liberia's largest hospital.  He was treating Ebola victims when he contracted the virus.  He died recently at a treatment center near Monrovia.''',
    quotes=[
        Q('“out of the woods,”', None, "Melissa Strickland"),
        Q('“We are hopeful', 'out of the woods.', "Melissa Strickland"),
    ],
    aliases={},
),
dict(
    id="voa-en-2014-08-west-african-immigrants-worry-about-family-friends-as-ebola-spreads",
    source="http://wvvw.spiiker.com/study_details/listening-61554558.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA News story of August 2014 on spiiker.com, a language-learning site (host name 'wvvw' as stored); the login line, the breadcrumb and Chinese headline ('必克VOA新闻:西非裔担心非洲家人受埃博拉感染'), the counter and source line ('1 4430 分享 来源:必克英语 2014-08-15') and the site's slogan line dropped; the lead-in 'The mosque’s public relations manager, Bakary Camara:' kept as stored (its quotation, cut in the stored copy after '“As individuals here in this community, we warn our members to be careful of anyone that they think m', dropped); 'whose aunt who lives' as stored)",
    text='''West African Immigrants Worry About Family, Friends as Ebola Spreads
The deadly Ebola virus in West Africa has taken the lives of more than 1,000 people, according to the World Health Organization. In New York City, many Africans worry about their relatives and friends as the unprecedented outbreak sweeps through the region a continent away.
Haunting scenes of Ebola victims in West Africa are a common sight on television news. But for many West African immigrants living in New York City, the deadly outbreak is personal.
New York City is home to more than 70,000 people born in Western Africa. Many hail from countries hardest hit by Ebola, including Guinea, Liberia and Sierra Leone. Many still have family and friends in those nations.
Like Leo Fraser, whose aunt who lives in Sierra Leone.
“Right now the family is figuring out how to get her more supplies, so she won't have to leave the home. You know, because the more she interacts with the general population the more she is at risk for contracting Ebola," said Fraser.
Ebola has no known cure. And the current West African outbreak is on pace to infect more people than all the previous outbreaks combined.
This is worrisome news in the Bronx, where half of the city’s West African population lives. Imam Mohamadou Soukona, leads his community, or jama’ah, in prayers and collects donations for the sick.
“The community in the jama’ah will make a doa to pray for the people who are infected with this disease," said Soukona.
The mosque’s public relations manager, Bakary Camara:''',
    quotes=[
        Q('“Right now the family', 'contracting Ebola,"', "Leo Fraser"),
        Q('“The community in the jama’ah', 'with this disease,"', "Mohamadou Soukona"),
    ],
    aliases={"Leo Fraser": ["Fraser"], "Mohamadou Soukona": ["Imam Mohamadou Soukona", "Soukona"]},
),
dict(
    id="voa-en-2015-02-obama-calls-home-us-ebola-workers",
    source="https://www.tingroom.com/voastandard/2015/2/298551.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of February 2015 on tingroom.com, a language-learning site; the site's language menu, the Chinese label before the headline ('VOA标准英语2015--Obama Calls Home US Ebola Workers', which repeats the headline), the time and source line and '(单词翻译:双击或拖选)' dropped; the headline kept as the first paragraph; the vocabulary numbers ('affected1', 'accomplished4', 'civilian7') kept as stored; the paragraph '“Our focus now is getting to zero', cut in the stored copy, dropped)",
    text='''Obama Calls Home US Ebola Workers
President Barack Obama, noting the decline in the number of new Ebola cases in West Africa, said Wednesday that nearly all of the remaining 1,300 American troops currently fighting the outbreak in the affected1 countries would return home.
At the height of the epidemic2, some 2,800 U.S. military personnel were deployed3 to West Africa to help contain the virus, which so far has claimed more than 9,000 lives in Guinea, Sierra Leone and Liberia.
Now, nearly five months after Obama committed troops to help stem the outbreak, he said all but 100 would be home by April 30.
The announcement was made "not to declare mission accomplished4, but to mark a transition," Obama said. "Thanks to the hard work of our nearly 3,000 troops who deployed to West Africa, logistics have been set up, Ebola treatment units have been built [and] over 1,500 African health workers have been trained.”
Flanked by health care workers, members of the U.S. military and Ebola survivors5, Obama thanked those on the front lines of the fight and emphasized that while the United States was winding6 down its military response, it was expanding its civilian7 response.
In the 10 months since the first American personnel deployed to West Africa, the president said, the U.S. has helped treat Ebola patients, trace their contacts, promote safe burials and galvanized the international response.
He said the number of new cases in the region had gone from nearly a 1,000 a week in October to roughly 150 per week today.''',
    quotes=[
        Q('"not to declare mission', 'mark a transition,"', "Barack Obama"),
        Q('"Thanks to the hard work', 'have been trained.”', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["President Barack Obama", "Obama"]},
),
dict(
    id="voa-en-thai-clinic-is-one-of-the-few-health-care-options-for-burmese-refugees",
    source="http://tingroom.com/print_166065.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA story on the Mae Tao clinic (undated in the copy; Doctors Without Borders' announced withdrawal from Thailand 'in October this year') on the print page of tingroom.com, a language-learning site; the image caption 'Burmese mothers wait to have their children to be treated at Mae Tao clinic in the border town of Mae Sot, Thailand. (File Photo)', stored between two '|' lines, dropped; the section headings 'Mae Tao clinic' and 'Main challenges' kept as stored lines; 'refuges', 'ward of', 'Mao Tao' and 'Mae Two' as stored; the paragraph 'Muang began assisting Burmese students fle', cut in the stored copy, dropped)",
    text='''Thai Clinic Is One of the Few Health Care Options for Burmese Refugees
Along Thailand’s border with Burma, tens of thousands of refuges have few health-care options. At one key clinic, health care workers offer advice for expectant mothers, dental emergencies, prosthetic limbs and medicine to ward of the effects of HIV.
Mae Tao clinic
At the Mae Tao clinic in the Thai border town of Mae Sot, each week children receive vaccinations, especially for hepatitis B, for infants as part of the health care program.
The clinic, which provides care for more than 110,000 Burmese refugees each year, faces growing challenges to assist HIV and tuberculosis patients after the halt of an AIDS antiretroviral program sponsored by Doctors Without Borders (Medecins Sans Frontieres - MSF).
Doctors Without Borders shut down its ARV program on the border before announcing in October this year its complete withdrawal from health-care activities in Thailand, after 35 years. The group said it was leaving after it failed to gain permission from Thai authorities to provide health care for undocumented migrants and “vulnerable populations” in Thailand.
The 20-year Mao Tao clinic says, in its latest annual report, its ARV patients face increased difficulty in obtaining medicine directly from the Mae Sot Thai hospital, because its ARV program was already full.
Main challenges
The director of the Mae Two clinic, Cynthia Muang, says the highly mobile refugee population poses difficult challenges for health-care workers.
“HIV is still one of the big challenges because of the population mobility and vulnerability and economic opportunity, especially for Burma," said Muang. "HIV is still a big challenge because, according to our information or data here, the HIV prevalence among pregnant women is gradually increasing.”''',
    quotes=[
        Q('“vulnerable populations”', None, "Doctors Without Borders"),
        Q('“HIV is still one of', 'especially for Burma,"', "Cynthia Muang"),
        Q('"HIV is still a big challenge', 'gradually increasing.”', "Cynthia Muang"),
    ],
    aliases={"Doctors Without Borders": ["Medecins Sans Frontieres", "MSF"], "Cynthia Muang": ["Muang"]},
),
]
