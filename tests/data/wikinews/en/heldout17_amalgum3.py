# Held-out English Wikinews articles (tests/data/heldout17-en.jsonl), continued; see heldout17_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-arana-mass-grave",
    source="https://en.wikinews.org/wiki/Human_remains_in_mass_grave_confirm_Argentina_secret_death_camp",
    license=LIC, retrieved=AMG.format("AMALGUM_news_grave") + " (an image file link below the dateline and the photo caption dropped; the copy's 'detention cente', 'adjacent the mass pit grave' and 'Etchecolatz's committed' kept)",
    text='''Human remains in mass grave confirm Argentina secret death camp
Friday, December 12, 2008
During a seven-month search, the Argentine Forensic Anthropology Team (EAAF) on Tuesday, confirmed more than 10,000 charred human bone fragments were unearthed between February and September, in a pit at Pozo de Arana, a former La Plata, Argentina secret government detention center. The Arana prison or police station was used to torture prisoners during the so-called Argentina "Dirty War," and was one of 300 used to interrogate Argentine prisoners.
The war refers to the state-sponsored violence against Argentine citizenry from roughly 1976 to 1983 carried out primarily by Jorge Rafael Videla's military government. The exact chronology of the repression is still debated, as trade unionists were targeted for assassination as early as 1973. Isabel Martínez de Perón's "annihilation decrees" of 1975, during Operativo Independencia, have also been suggested as the origin of The Dirty War.
The official record reveals that up to 13,000 people disappeared, while 30,000 were killed during this time. Argentine security forces and death squads worked hand in hand with other South American dictatorships in the frame of Operation Condor. An Argentine court would later condemn the government's crimes as crimes against humanity and "genocide".
EAAF president and forensic scientist Luis Fondebrider said that "in 25 years of searching, this was the first time that human remains were found at a former detention cente; the magnitude of what the team has found where the Clandestine Center of Arana was located, merits that sometimes they show partial results." He further noted that "the bodies had been burned inside graves along with tires, combustibles and other material; and the possibilities of identifying some of these remains is low because of the state they are in." Fondebrider concluded that "this scientifically confirms the testimonies of the detained, the hundreds of survivors who have said for years that authorities tortured, killed and burned the bodies of political opponents."
The anthropological discovery further reveals that a wall with more than 200 bullet marks or holes and an "important quantity" of used ammunition shells on the ground nearby, were found adjacent the mass pit grave. As evidence of executions, they were marked with red paint by forensic scientists. The team, however, failed to determine how many bodies the fragments represented.
Maria Vedio, 47, legal chairwoman for the Permanent Assembly for Human Rights La Plata said that "this is the first time there is proof that Arana wasn't only a detention and torture center, but also a center of elimination."
Sara Derotier de Cobacho, secretary of human rights for Buenos Aires said, "I ask the forgiveness of family members, because I can imagine what the mothers and all who are gathered here will feel, but what we are about to show is not to detail the genocide but so that we have proof for the trials that are to come; but let us not forget, that behind every clandestine center there were the names of the repressors. ... so it is very important for all citizens to know those names; we are looking for the truth so we can attain justice and construct, from there, the memory of our 30,000 'desaparecidos'."
Some of those responsible for the mass killings have been charged and meted life or death sentences. They include Miguel Osvaldo Etchecolatz, a senior Argentine police officer, who worked in the Buenos Aires Provincial Police during the first years of the military dictatorship known as the National Reorganization Process. He was convicted and sentenced to life imprisonment in 2006, on charges of homicide, kidnapping, and torture. The tribunal, besides handing the sentence, stated that Etchecolatz's committed "crimes against humanity in the context of the genocide that took place in Argentina". But the principal complainant, who was detained at Arana, has since disappeared.''',
    quotes=[
        Q('"Dirty War,"', None, None),
        Q('"annihilation decrees"', None, None),
        Q('"genocide"', None, None),
        Q('"in 25 years of searching', 'partial results."', "Luis Fondebrider"),
        Q('"the bodies had been burned', 'they are in."', "Luis Fondebrider"),
        Q('"this scientifically confirms', 'political opponents."', "Luis Fondebrider"),
        Q('"important quantity"', None, None),
        Q('"this is the first time there is proof', 'of elimination."', "Maria Vedio"),
        Q('"I ask the forgiveness', '\'desaparecidos\'."', "Sara Derotier de Cobacho"),
        Q('"crimes against humanity in the context', 'in Argentina"', "The tribunal"),
    ],
    aliases={"Luis Fondebrider": ["EAAF president and forensic scientist Luis Fondebrider", "Fondebrider"],
             "Maria Vedio": ["Maria Vedio, 47, legal chairwoman for the Permanent Assembly for Human Rights La Plata"],
             "Sara Derotier de Cobacho": ["Sara Derotier de Cobacho, secretary of human rights for Buenos Aires"]},
),
dict(
    id="wn-en-india-china-border-treaty",
    source="https://en.wikinews.org/wiki/India-China_border-treaty_hoped_to_improve_ties%2C_facilitate_trade",
    license=LIC, retrieved=AMG.format("AMALGUM_news_hoped") + " (a map image without caption dropped; the dateline, held outside any paragraph, kept as the second line; the copy's 'a 14 years freeze' and 'respect[s the] status quo' kept)",
    text='''India-China border-treaty hoped to improve ties, facilitate trade
Wednesday, April 13, 2005
India and China have settled long-time border disputes, and with freed up cross-border traffic look to creating what would be the largest trading bloc in the world, between the two most populous nations on the planet. During a recent visit by Chinese Premier Wen Jiabao to the Indian capital of Delhi, a border was finally agreed on paper.
"India and China can together reshape the world order," Indian Prime Minister Manmohan Singh said Monday.
"China has a large manufacturing base. I believe it is the world's factory. And India with its development in software and other areas, I feel, is the world's office. What I am suggesting is to bring together the factory and the office," Chinese Ambassador to India, Sun Yuxi, had said ahead of the visit.
The agreement is the first official document for the 3,500 km disputed border between the two countries, in more than 20 years. The dispute erupted into war in 1962, followed by a 14 years freeze in diplomatic relations.
China would give up claims on 90,000 square kilometers to the North-East of India, formally recognising as parts of India, Sikkim — a Himalayan kingdom that merged with India in 1975 — and Tawang — an area in Arunachal Pradesh which China had repeatedly claimed.
India would be formally recognising Tibet as a part of China, giving up Aksai Chin, uninhabited land on the Tibetan plateau that Beijing seized from the Indian states of Jammu and Kashmir in 1962. India agreed also "not to allow Tibetans to engage in anti-China political activities on its soil", according to a report in The Economic Times of India.
A new cross-border trade route would be allowed through Nathula, in Sikkim, and significant road work was to facilitate higher traffic, at least on the Chinese side.
Eleven guiding principles and political parameters for resolving the disagreement, were put forth in the document, including a commitment to enhance bilateral trade from the present US$13.6 billion to US$30 billion by 2010 — trade which only a decade ago was worth just US$1 billion.
"This matter tells us that as long as the two sides bear sincerity, and patience, the border between China and India will become a bridge linking the friendship of the two sides," Wen said of the document he signed with Singh.
"A growing and stable China is in the interest of India. Similarly, a growing and stable India is in the interest of China," the Chinese Premier said.
"It shows a lot of give and take on both sides," said National Security Adviser M.K. Narayanan, India's special representative for the border talks.
The treaty "respect[s the] status quo, and is tantamount to accepting the Line of Actual Control as the border between the two countries," said Swaran Singh, a China expert at the Jawaharlal Nehru University in New Delhi.
"The next two years are very crucial to determine how much the two sides put the guiding principles into practice for the actual demarcation of the frontier," he cautioned.
Feasibility of a China-India Free Trade Agreement would be examined — with China eager, but India tentative.''',
    quotes=[
        Q('"India and China can together', 'world order,"', "Manmohan Singh"),
        Q('"China has a large', 'and the office,"', "Sun Yuxi"),
        Q('"not to allow Tibetans', 'on its soil"', "The Economic Times"),
        Q('"This matter tells us', 'the two sides,"', "Wen Jiabao"),
        Q('"A growing and stable China', 'interest of China,"', "Wen Jiabao"),
        Q('"It shows a lot', 'both sides,"', "M.K. Narayanan"),
        Q('"respect[s the] status quo', 'two countries,"', "Swaran Singh"),
        Q('"The next two years', 'the frontier,"', "Swaran Singh"),
    ],
    aliases={"Manmohan Singh": ["Indian Prime Minister Manmohan Singh"],
             "Sun Yuxi": ["Chinese Ambassador to India, Sun Yuxi"],
             "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen", "the Chinese Premier"],
             "M.K. Narayanan": ["National Security Adviser M.K. Narayanan"],
             "Swaran Singh": ["Swaran Singh, a China expert at the Jawaharlal Nehru University in New Delhi"]},
),
dict(
    id="wn-en-finland-gender-report",
    source="https://en.wikinews.org/wiki/Finnish_female_politicians_highlighted_by_World_Bank%27s_2012_gender_report",
    license=LIC, retrieved=AMG.format("AMALGUM_news_female") + " (two photo captions dropped; the copy's '2000–1' and '2006–9' kept)",
    text='''Finnish female politicians highlighted by World Bank's 2012 gender report
Sunday, September 29, 2013
Earlier this week the World Bank released the 2012 World Development Report on Gender Equality and Development. The report noted relatively high numbers of women participating in Finnish politics, and credited the Council for Equality between Men and Women in Finland with progress.
Finland bucks the global trend; the report notes globally "the number of women holding parliamentary seats is very low, and progress in the last 15 years has been slow." Female representation in national parliaments has risen from 10% in 1995 to 17% in 2009. By contrast, Finnish female parliamentarians accounted for 38.5% of new members in 1991, rising to 42.5% in 2011. Finland was one of just nine nations whose total female cabinet members stood at more than 40% in 2008. Globally, females accounted for 17% of ministers, representing a rise from just 8% in 1998.
Although not specifically mentioned by the report, since the millennium the positions of President and Prime Minister have both been held by women; Tarja Halonen became the nation's first female President in 2000 and in 2010 Mari Kiviniemi was selected to be the second female Prime Minister. Women gained suffrage in 1906 with little opposition, ahead of the US and UK.
The cross-party Council for Equality between Men and Women in Finland dates back to the 1970s; the World Bank dismisses its role at that time as "primarily symbolic" with little in the way of staff, funding, or influence. In the 1980s it was handed statutory power for gender equality issues and has gone on to press for reforms in areas including sex work, job training, and quotas on political representation. The report calls the council a "success".
Education, however, showed gender segregation by subject at the tertiary level; Finland was one of several countries singled out as examples of high gender segregation in economically developed countries, compared to lower levels of segregation in less well-developed nations. Finland is one of the four members of the Organisation for Economic Co-operation and Development with the highest segregation by subject alongside Croatia, Japan, and Lithuania.
Finland has very high levels of education enrollment for both boys and girls, at almost 100% at primary level. Females are ahead of men in tertiary education enrollment, with 46% of men in the relevant age group enrolling in 1991 and 52% of women. By 2009 these numbers stood at 82% and 101% respectively.
Boys and girls were neck and neck with high scores in their 2009 Programme for International Student Assessment maths tests, both averaging around 540. Literacy also produced very high scores but with a gender gap; boys averaged around 510 while girls averaged around 560.
Internet access in Finland is high with men slightly ahead; for men and women alike access stands at around 85%. Finns have a legal right to a 1Mbps broadband connection and authorities plan to have 100Mbps connections for every citizen by 2015. The proportion of women teleworking at least 25% of the time has risen from around 7% in 2000–1 to 9% in 2005; the male figure was at 9% in 2005 and is now 15–20%. Rapid teleworking growth is a global trend but the report notes the female figures generally grew faster.
Marketplace activities also show gender disparity in Finland. Of activities performed by men and women, the female share stands at 41%, versus 63% for domestic activities such as housework. From 2006–9 services accounted for 87% of female and 56% of male employment. 10% of women and 37% of men were employed in industry and agriculture was only a minor employer, with 6% of male employment and 3% of female employment.
Life expectancy for Finnish men has risen from 71 years in 1990 to 77 years in 2009; in the same period, women's life expectancy increased from 79 years to 83 years. The population stands at 5 million, representing a 0.4% annual growth rate from 2000 to 2010.''',
    quotes=[
        Q('"the number of women holding', 'has been slow."', "World Bank"),
        Q('"primarily symbolic"', None, "World Bank"),
        Q('"success"', None, "World Bank"),
    ],
    aliases={"World Bank": ["the World Bank", "The report", "the report"]},
),
dict(
    id="wn-en-bodh-gaya-explosions",
    source="https://en.wikinews.org/wiki/Buddhist_UNESCO_World_Heritage_site_in_India_suffers_terrorist_attack",
    license=LIC, retrieved=AMG.format("AMALGUM_news_buddhist") + " (a photo caption dropped; the copy's 'diffused' for 'defused' and 'comprised of' kept)",
    text='''Buddhist UNESCO World Heritage site in India suffers terrorist attack
Monday, July 8, 2013
A 'terrorist attack' took place yesterday in the form of reportedly at least four explosions at the Mahabodhi Temple in Bodh Gaya, India. Four other explosions took place in the vicinity, including one near an eighty-foot tall statue of Buddha and three at Tergar Monastery. Three other bombs were discovered and all were diffused. Early reports claim little damage was done to the temple. Two Buddhist monks were injured. Police commented that Sundays are quiet days at the temple, or more could have been injured. One suspect has been arrested based on closed circuit television that recorded two men placing bombs at the temple.
Mahabodhi Temple is considered one of the holiest sites in Buddhism and in India. Totaling twelve acres, it is a designated UNESCO World Heritage Site. The temple is located next to the Bodhi tree, where Buddhists believe that Buddha achieved enlightenment. The bombs were described as "low-intensity but not crude," according to police. The bombs used comprised of a small container with gas, a detonator, and an analog clock. The bombs were timed to explode at 5:45 AM local time, when Buddhists start praying in the morning. The bombs actually went off starting at 5:25 AM and ending at 5:58 AM local time. Early reports state that while the temple suffered little damage, the staircase near the Bodhi tree suffered damage and windows were broken. The Bodhi tree suffered no damage. 200 monks live at the monastery, where daily classes take place during the times when the explosions happened. However, no classes were being held the morning of the attack.
The Ministry of Home Affairs has declared the explosions an act of terrorism. In October members of the Indian Mujahideen claimed to have visited Mahabodhi Temple to plan a terrorist attack. That led to the arrests of four suspects involved in the Indian Mujahideen, who were believed to have been involved in the 2012 Pune bombings. The four suspects named other members of the terrorist group and claimed that they planned to attack Mahabodhi Temple. The police in Delhi claim to have told the police in Bihar about the potential of a terrorist attack. Political conflict has risen in the wake of the attacks between the Bharatiya Janata Party (BJP) and Indian National Congress. BJP is accusing the United Progressive Alliance, which is under the umbrella of the Indian National Congress, of ignoring the Indian Mujahideen's threats about attacking the temple.
The Ministry also believes that it could be tied to conflicts in Myanmar between Buddhists and Muslims, despite the rarity of violence against Buddhists in India. Additional security has been placed at Buddhist temples and Tibetan communities in India after the explosions. One suspect, Vinod Mistri, was arrested on Monday morning in Patna.''',
    quotes=[
        Q("'terrorist attack'", None, None),
        Q('"low-intensity but not crude,"', None, None),
    ],
    aliases={},
),
]
