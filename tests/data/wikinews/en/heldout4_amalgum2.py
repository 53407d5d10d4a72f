# Held-out English Wikinews articles (tests/data/heldout4-en.jsonl), continued; see heldout4_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-brussels-pride-lgbt-refuge",
    source="https://en.wikinews.org/wiki/Belgian_LGBT_refuge_shelter_announced_during_annual_Brussels_Pride",
    license=LIC, retrieved=AMG.format("AMALGUM_news_brussels") + " (photo gallery captions dropped); the Dutch original-language glosses after three translated quotes ('((nl))Dutch language: …', garbled in the token copy) dropped, keeping the sentence-final period of the gloss before 'Around 70'",
    text="""Belgian LGBT refuge shelter announced during annual Brussels Pride
Monday, May 21, 2018
First-ever Belgian refugee shelter "Refuge" for the victims of violence against the lesbian, gay, bisexual and transgender (LGBT) community was announced this Friday by the initiators, one day prior to Brussels' LGBT Pride rally. The refugee shelter is to open in the Belgian capital Brussels in July. Brussels is to grant 50 thousand euros as subsidies for the shelter.
Spokesperson of the "Refuge" Dimitri Verdonck said, "The Rainbow House [umbrella organisation for the Brussels LGBT community], which brings together dozens of associations from the Brussels LGBT community, is approached at least once a week by a young person who has been left to their fate. It is mainly about people who are excluded by their families because the family does not accept that they are different"
Last year, 84 cases of discrimination against the LGBT community were reported to equal-rights organisation Unia. Per this refuge programme, up to four victims of anti-LGBT mistreatment are to be provided shelter in a flat, whose location is not to be disclosed. The programme aims to accomodate up to ten such people by the end of this year. A similar refuge programme was launched in France fifteen years ago in 2003.
Saturday's Brussels Pride was the 23rd iteration of the annual pride which gathered around 100 thousand participants. The pride began at 2:30 PM, local time, at the Ravenstein street. This year's pride focused on the "Your Local Power" theme for the upcoming municipal elections scheduled for October. A number of politicians including the city Mayor Philippe Close, Johan Van den Driessche, Meyrem Almaci, Pascal Smet, as well as Sven Gatz attended the pride. Former Belgian prime minister Elio Di Rupo was also one of the attendees.
Regarding this year's theme, the Pride's co-ordinator and spokesperson Elio De Bolle said, "That message is very important because there are elections. It is important to look at what can be improved within the local policy". Around 70 related events were organised since May 4. The pride parade ended at around 5 PM. One attack by counter-demonstrators was reported.
"You notice that there is still work to be done based on experience and openness. That is why I am also calling for every municipality to designate a councillor of equal opportunities", State Secretary for the Equal Opportunities and Christen-Democratisch en Vlaams politician Bianca Debaets said.""",
    quotes=[
        Q('"Refuge"', None, None),
        Q('"Refuge"', None, None, 1),
        Q('"The Rainbow House', 'they are different"', "Dimitri Verdonck"),
        Q('"Your Local Power"', None, None),
        Q('"That message is very important', 'the local policy"', "Elio De Bolle"),
        Q('"You notice that there', 'equal opportunities"', "Bianca Debaets"),
    ],
    aliases={"Dimitri Verdonck": ["Spokesperson of the \"Refuge\" Dimitri Verdonck"],
             "Elio De Bolle": ["the Pride's co-ordinator and spokesperson Elio De Bolle"],
             "Bianca Debaets": ["State Secretary for the Equal Opportunities and Christen-Democratisch en Vlaams politician Bianca Debaets"]},
),
dict(
    id="wn-en-akihito-abdication-law",
    source="https://en.wikinews.org/wiki/Japan%27s_National_Diet_passes_law_allowing_Emperor_Akihito_to_abdicate_within_three_years",
    license=LIC, retrieved=AMG.format("AMALGUM_news_akihito"),
    text="""Japan's National Diet passes law allowing Emperor Akihito to abdicate within three years
Monday, June 12, 2017
On Friday, Japan's parliament, the National Diet, passed a law to allow Emperor Akihito to abdicate. The law gives Akihito three years to become the first emperor to abdicate since Emperor Kokaku in 1817, two hundred years ago.
The newly passed law, made in response to the country's Imperial Household Law's lack of abdication provisions, applies to only Akihito, aged 83. It prohibits Akihito's successors from abdicating.
Akihito ascended to the 2,000-year-old Chrysanthemum Throne when his father Emperor Hirohito died in 1989. Having a cardiac surgery and treatment for prostate cancer, Akihito in a televised address last year said age and health were interfering with his duties. Per Japan's current constitution, an emperor cannot make political statements, so Akihito did not explicitly mention abdication.
When abdication happens, under new law, Akihito's son and heir apparent Naruhito will ascend the throne, becoming the country's 126th emperor. Besides Naruhito, Akihito has another son and a daughter.
Emperor Akihito's heir apparent Naruhito, born in 1960, graduated from Oxford University and married a Harvard University graduate Masako Owada in 1993. Portland State University professor Kenneth Ruoff told the BBC that, while Akihito and his wife have been active in social causes, Naruhito and Masako have done little in this regard. A Kyoto Sangyo University emeritus professor Isao Tokoro said Naruhito "has been educated," is born, and is qualified "to be emperor[.]"
In 2006, the National Diet debated on allowing female ascendance, as the emperor lacked grandsons at the time, due to the current male-only royal ascendance laws. Then Hisahito, now 10, was born, and the debate lapsed.
Naruhito has only one child Aiki, 15, while his brother Prince Akishino, 51, has three children, including his only son Hisahito. Per current law, Hisahito is qualified to ascend after his uncle Naruhito and his father.
The royal family has 19 living members, including seven unmarried princesses and five males. Female royals, if marrying a commoner, would have to give up their royal status, leaving the royal family, while males would still be allowed to retain their royal status after marrying a commoner. Akishino's daughter Princess Mako announced her plans last month to relinquish her royal status and leave the royal family in order marry a commoner Kei Komuro, a graduate student and law firm worker, both of them aged 25. In 2005, Mako's aunt and Naruhito's sister Sayako, formerly Princess Nori, married a commoner Yoshiki Kuroda, a town planner, and was forced to relinquish her status and leave the family.
A Temple University Japan professor Jeff Kingston said a national succession crisis has people raising concerns about female princesses leaving the royal family when getting married. Kingston added the family "[has] a shortage of male heirs." Kingston also said ousting a female royal for marrying a commoner is "a very old-fashioned approach, totally out of sync with 21st-century norms" to many people around the world, including in Japan.
In a survey by Kyodo News conducted in May of about 3000 people at least 18 years old, 68 percent said the Imperial Household Law should be amended to allow future emperors to abdicate. 25 percent favored separately legislating each abdication. Four percent said abdication of emperors should never be allowed.
On questions involving female royals, 86 percent said to allow empresses; 59 percent supported both empresses and established branches of female lineages. 62 percent supported establishment of separate branches for princesses retaining their roles while marrying commoners; 35 percent opposed. 61 percent said female ascendance should be debated only after the abdication, while 28 percent said it shouldn't wait for the abdication.
Early this year, the Japanese Prime Minister Shinzo Abe considered giving imperial status to branches of those who left the royal family. In the survey, 22 percent supported the idea; 72 percent opposed.
The Abe government has avoided the debate of female ascendance but recently passed a non-binding resolution attached to the newly passed abdication law to consider how to strengthen female royal status, possibly including allowing them to retain their royal titles and continue their duties, to compensate for the declining royal population.""",
    quotes=[
        Q('"has been educated,"', None, "Isao Tokoro"),
        Q('"to be emperor[.]"', None, "Isao Tokoro"),
        Q('"[has] a shortage of male heirs."', None, "Jeff Kingston"),
        Q('"a very old-fashioned approach', '21st-century norms"', "Jeff Kingston"),
    ],
    aliases={"Isao Tokoro": ["A Kyoto Sangyo University emeritus professor Isao Tokoro"],
             "Jeff Kingston": ["Kingston", "A Temple University Japan professor Jeff Kingston"]},
),
dict(
    id="wn-en-jules-bianchi-dies",
    source="https://en.wikinews.org/wiki/Formula_One_driver_Jules_Bianchi_dies_aged_25",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bianchi") + "; the family's statement is a block quote without quotation marks in the article (kept as text, not annotated)",
    text="""Formula One driver Jules Bianchi dies aged 25
Sunday, July 19, 2015
French Formula One (F1) driver Jules Bianchi died on Friday night at age 25, nine months after his serious accident at the 2014 Japanese Grand Prix. News of his death was announced by his family the following morning:
It is with deep sadness that the parents of Jules Bianchi, Philippe and Christine, his brother Tom and sister Mélanie, wish to make it known that Jules passed away last night at the Centre Hospitalier Universitaire (CHU) in Nice, (France) where he was admitted following the accident of 5th October 2014 at Suzuka Circuit during the Japanese Formula 1 Grand Prix.
This is the first F1 race-related driver death since the 1994 San Marino Grand Prix, when Ayrton Senna was killed.
On October 5, 2014, at the late portion of the Japanese Grand Prix at Suzuka Circuit, Bianchi collided with a tractor crane that had been attending to the crashed car of Adrian Sutil. Bianchi's helmet became wedged underneath the tractor, causing a diffuse axonal injury, and he fell into a coma. After being treated at a Japanese medical centre, he was moved about two months after the accident to a hospital in Nice. Placed in the intensive care unit, in December he began rehabilitation therapy. Bianchi's father, Philippe, described his non-progress as a "daily torture".
Bianchi, the 2007 French Formula Renault and 2009 Formula 3 Euro Series champion, was the inaugural member of the Ferrari Driver Academy. He joined F1 team Force India in 2012. In 2013, he joined Marussia F1; the following year, at the 2014 Monaco Grand Prix, he scored his and Marussia's first points with a ninth-place finish.
After the accident, the FIA, which sanctions Formula One racing, formed a panel to investigate the crash. Afterwards, the group revealed its findings: as Bianchi entered the run-off area of the track, he disabled the failsafe mechanism by "[applying] both throttle and brake together, using both feet", while his front wheels were locked; the panel also stated he did not slow down enough to control his car. Eventually, F1 mandated the use of the "virtual safety car", which requires drivers to enter the pit lane at slower speeds instead of proceeding around the track.
This is the Bianchi family's second driver death. Lucien Bianchi, the 1968 24 Hours of Le Mans winner and Jules's great uncle, was killed in 1969 during testing at Circuit de la Sarthe, where the 24 Hours of Le Mans race is held.
Upon the news of his death, many drivers sent their condolences through social media. Bianchi's Marussia team mate Max Chilton tweeted, "No words can describe what his family and the sport have lost. All I can say [is] it was a pleasure knowing and racing you.\"""",
    quotes=[
        Q('"daily torture"', None, "Philippe"),
        Q('"[applying] both throttle', 'using both feet"', "the panel"),
        Q('"virtual safety car"', None, None),
        Q('"No words can describe', 'racing you."', "Max Chilton"),
    ],
    aliases={"Philippe": ["Bianchi's father"],
             "the panel": ["the group", "a panel"],
             "Max Chilton": ["Bianchi's Marussia team mate Max Chilton"]},
),
dict(
    id="wn-en-shorts-2010-08-05",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_August_5%2C_2010",
    license=LIC, retrieved=AMG.format("AMALGUM_news_boeing") + "; a Wikinews Shorts page: the compilation line stands in for the dateline, item headings kept as lines, 'Contribute to Wikinews' note and each item's Sources/Related news lists dropped",
    text="""Wikinews Shorts: August 5, 2010
A compilation of brief news reports for Thursday, August 5, 2010.
Four dead in Chinese kindergarten school attack
A man armed with a 2-foot long knife killed three children and a teacher in a brutal attack in Zibo in eastern China. The Chinese government has been mostly silent on the incident.
The man who killed the people was identified as 26 year-old Fang Jiantang, and he later turned himself in to police. His motive for killing the children and the teacher is unknown.
Cutting down of tree flares up Lebanese violence
After a rare clash between Israeli and Lebanese forces over the cutting down of a tree near the border of the two countries, it appears that all sides are attempting to restore peace.
The skirmish started after an Israeli soldier started cutting down a tree that has the capability to provide cover for Lebanese infiltrators. Israel has stated that they clear the border of underbrush weekly. After the tree was cut down, the Lebanese army started firing. The Lebanese were allegedly aiming at a base nearby, and the resulting skirmish killed a senior Israeli military officer, a Lebanese journalist, and two Lebanese army soldiers.
The United Nations peacekeeping force in south Lebanon has stated that Israel was operating in their own territory. However, Lebanese Information Minister Tarek Mitri said that the area of land which had the tree "[was] Lebanese territory," and also stated that though Lebanon respects the border, the country still contests part of it.
Music star Wyclef Jean to seek Haitian presidency
According to TIME magazine, Haitian-American music star Wyclef Jean is to seek Haiti's presidency this Thursday. Last week Jean, who is a former member of the Fugees music group, took legal steps to run for the presidency, and Jean said in an interview that "if I can't take five years out to serve my country as President, then everything I've been singing about, like equal rights, doesn't mean anything." His younger brother also said that his candidacy was "very serious."
On January 12 of this year, Haiti was rocked by a devastating 7.0 magnitude earthquake that killed 300,000 and displaced millions. Whoever wins the presidency will face the task of rebuilding the crippled country. The presidential elections are scheduled for November 28.
Pakistani president criticized over European tour
The president of Pakistan, Asif Zardari, is facing criticism for continuing a tour of Europe while his homeland is facing the worst flooding in 80 years.
Opposition politician Imran Khan called for the president "to head home immediately." Khan citicized Zardari for "[going] on this lavish tour — this money could be used on the victims. Remember, Pakistan is bankrupt right now so the government doesn't have enough money, so he should be mobilizing people to help these victims of the floods." Zardari is scheduled to meet UK Prime Minister David Cameron on Friday.
The flooding has killed over 1,500 people and has left over three million others in need of assistance. According to Islamabad's National Weather Forecasting Center, rain has been falling at a rate of 25-30% higher than average.
Boeing 787 orders go negative for 2010
Aircraft company Boeing lost orders for 26 jets over the past week, according to the company's website. Boeing lost 15 orders for their new and long-delayed 787 Dreamliner, 10 for their Boeing 777 and one for their smaller 737 jet. The company also gained two orders for the 737, which makes for a net loss of 25 orders. Boeing hasn't identified the customers that cancelled their orders.
With the 15 dropped 787 orders, Boeing has lost four more orders than it gained for the aircraft this year. Boeing has gained 28 orders for the 787 and lost 32 in 2010. Boeing has gained 255 orders for its lineup this year, which consists of the 737, 747, 767, 777 and 787. 229 of those orders are for the 737 jet.
Alex Rodriguez hits 600th home run
Alex Rodriguez, baseball player for the New York Yankees, hit his 600th career home run on Wednesday. His 600th home run was hit in Yankee Stadium against the Toronto Blue Jays. The Yankees currently lead 5–1 against the Blue Jays in the game. Yankees manager Joe Girardi said that the homer was "an amazing feat — quite an accomplishment."
With the home run, Rodriguez, also known as A-Rod, became the seventh player in Major League Baseball history to reach the 600 milestone.""",
    quotes=[
        Q('"[was] Lebanese territory,"', None, "Tarek Mitri"),
        Q('"if I can\'t take five years', 'mean anything."', "Wyclef Jean"),
        Q('"very serious."', None, None),
        Q('"to head home immediately."', None, "Imran Khan"),
        Q('"[going] on this lavish tour', 'of the floods."', "Imran Khan"),
        Q('"an amazing feat', 'an accomplishment."', "Joe Girardi"),
    ],
    aliases={"Tarek Mitri": ["Lebanese Information Minister Tarek Mitri"],
             "Wyclef Jean": ["Jean"],
             "Imran Khan": ["Khan", "Opposition politician Imran Khan"],
             "Joe Girardi": ["Yankees manager Joe Girardi"]},
),
dict(
    id="wn-en-wikileaks-arab-fears-iran",
    source="https://en.wikinews.org/wiki/Wikileaks_cable_disclosure_shows_Arab_fears_of_Iranian_ambitions",
    license=LIC, retrieved=AMG.format("AMALGUM_news_ambitions") + " (an image file link inside a paragraph dropped with the captions)",
    text="""Wikileaks cable disclosure shows Arab fears of Iranian ambitions
Tuesday, November 30, 2010
Sunday night's release of leaked United States diplomatic cables shows widespread concern in the Arab world over Iran's ambitions to build a "Persian Empire in the 21st Century".
Wikileaks, so far, have released under 300 of the quarter million plus diplomatic communications posted to them on a memory stick. The small sample shows, over several months, the United Arab Emirates (UAE), Kuwait and Bahrain asserting that further sanctions against Iran will likely have no effect.
Early November last year, General David Petraeus discussed the situation with King Hamad of Bahrain, who argued for the use of force to thwart Iran's nuclear ambitions; stating: "The danger of letting it go on is greater than the danger of stopping it."
In that meeting concern was expressed that more Arab involvement in Iraq was needed to frustrate Iranian plans. Petraeus was told Bahrain sought Egyptians and Saudis support, but talks with the latter revealed no interest in taking a leading rôle.
The King did welcome the prospect of India becoming involved in the region as a stabilising influence.
A mid-December meeting between Crown Prince Mohammed bin Zayed Al Nahyan of the UAE and US Deputy Secretary of Energy Daniel Poneman saw the subject brought up again. In a discussion that touched on the two countries renewable energy plans, and reliable movement of oil through the Strait of Hormuz, the Prince asserted Iran saw itself as spearheading a campaign for a "Persian Empire in the 21st Century." Alleging Iran has established "emirates" in Kuwait, Bahrain, Eastern Saudi Arabia, Southern Iraq, Yemen, and South Lebanon, his picture of Iranian nuclear ambitions is "Al-Qaeda is not going to get a nuclear bomb; Iran is a matter of time."
The Prince was keen to stress that those in power are the same people who, in 1979, seized the US embassy in Tehran.
Subsequent talks between a congressional appropriations sub-committee and UAE's Foreign Minister were the scene of equally serious predictions. The sub-committee, consisting of Nita Lowey, Tom Cole, Barbara Lee, and Donna Edwards, heard from Sheikh Abdullah bin Zayed Al Nahyan that if Iran became a nuclear state the rest of the region would likely follow suit.
Plans to keep the fifteen-millions-plus barrels of oil passing through the Strait of Hormuz each day moving were discussed. Whilst keen to weaken Iranian ties with China, Sheikh Abdullah stressed the US$50 billion in trade between the two; this being considered an obstacle to China backing, and enforcing, a stronger sanctions regime.
The sub-committee's Emirates host, like many in the region, stated progress on the Israeli peace process was a good route to de-escalation.
A meeting in February this year with Kuwaiti Interior Minister Jaber Al-Khaled Al Sabah was the scene of comparable warnings. Alongside discussions on travel restrictions to be enforced against former Guantanamo Bay detainees, he described Iran as the "beating heart" of Islamic Extremism.
Concerns over Iran's involvement in Yemen were discussed, with the minister saying Iran is intent on exporting its revolution; that its nuclear ambitions can only be thwarted by force.
Updating the US on perceived Iranian actions, he claimed they were attempting to infiltrate Egypt by recruiting the poor. And, they were becoming involved in the drugs trade, shipping narcotics into Yemen to fund militants.
The cable on the Kuwait meeting closes referring recipients to a wiki page: http://www.intelink.sgov.gov/wiki/Portal:Kuwait. Wikinews has been informed this is a page on the US intelligence community's Intellipedia; an internally-maintained project, based on the same technology as Wikipedia, and intended for use in building intelligence dossiers on countries, regions, their politicians, diplomats, plus political and terrorist groups.
A cable originating in London from January this year is corroborated by later U.S. news reports; hinting that the Iranian government may indeed be using tactics more reminiscent of the cold-war.
In the opening weeks of the year, London-based Voice of America commentator Ali Reza Nourizadeh was advised that Mohammed Reza Sadeqinia intended to target him for assassination, along with others. Sadeqinia was previously arrested in California, and prosecuted for attempting to hire a hit man. The target at that time was reported to be Iranian-American broadcaster Jamshid Sharmahd, one of the main figures behind Tondar — a loose collection of in-exile Iranians opposed to the current regime.
Tehran insists Tondar is a terrorist organisation, accusing it of being responsible for a 2008 bombing that killed 14.
Sadeqinia, who worked as a painter in Ann Arbour, was arrested on July 28, 2009 near Los Angeles International Airport in possession of thousands of dollars and an Iranian passport. FBI investigations into his possible Iranian government ties were still ongoing a month before his scheduled release in July this year.
Found guilty by Los Angeles Superior Court of attempting to hire someone to murder Sharmahd, he had been expected to spend around a year in jail. Tondar spokesman Iman Afar, in the lead up to Sedeqina's release, expressed concern for his own safety and that of others in the L.A. area.""",
    quotes=[
        Q('"Persian Empire in the 21st Century"', None, "Mohammed bin Zayed Al Nahyan"),
        Q('"The danger of letting it go on', 'stopping it."', "Hamad"),
        Q('"Persian Empire in the 21st Century."', None, "Mohammed bin Zayed Al Nahyan"),
        Q('"emirates"', None, "Mohammed bin Zayed Al Nahyan"),
        Q('"Al-Qaeda is not going', 'matter of time."', "Mohammed bin Zayed Al Nahyan"),
        Q('"beating heart"', None, "Jaber Al-Khaled Al Sabah"),
    ],
    aliases={"Hamad": ["King Hamad", "King Hamad of Bahrain", "The King"],
             "Mohammed bin Zayed Al Nahyan": ["Crown Prince Mohammed bin Zayed Al Nahyan", "the Prince", "The Prince"],
             "Jaber Al-Khaled Al Sabah": ["Kuwaiti Interior Minister Jaber Al-Khaled Al Sabah", "the minister"]},
),
]
