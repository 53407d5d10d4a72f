# Held-out English Wikinews articles (tests/data/heldout3-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml), detokenized by
# hand like articles_amalgum*.py. Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-ireland-abortion-referendum",
    source="https://en.wikinews.org/wiki/Ireland_votes_to_overturn_35-year-old_constitutional_ban_on_abortion",
    license=LIC, retrieved=AMG.format("AMALGUM_news_abortion"),
    text="""Ireland votes to overturn 35-year-old constitutional ban on abortion
Sunday, May 27, 2018
In the official result of Friday's Irish referendum over the legality of abortion, referendum officer Barry Ryan announced yesterday 66.4% of voters favoured overturning the eighth amendment of the constitution. Introduced in 1983, the eighth amendment made abortion constitutionally illegal. Irish Taoiseach — Prime Minister — Leo Varadkar said supporting legislation, to be framed following the result of this referendum, is to be "enacted before the end of this year".
More than 2.1 million people voted on the referendum on Friday. With a 64.1% turnout, 1,429,981 voted in favour of eliminating the abortion ban while 723,632 voted to keep it. The results were announced at Dublin Castle. About 6000 voters spoiled their votes. Calling it "an historic day", Prime Minister Varadkar said it was "a great act of democracy." Ministers said they would form laws allowing medical termination of pregnancy in the first trimester, twelve weeks, of pregnancy, and under special cases until the 24th week. The legislation is to be formed after discussion with medical experts.
Since the amendment, Article 40.3.3 of the Irish constitution, in 1983, which gave an unborn child equal rights to life as the mother, hundreds of thousands of women traveled to different countries for the medical termination of pregnancy, while some used medical drugs illegal in Ireland to terminate the pregnancy.
"Savita Matters, Women Matter" was one of the slogans used by the supporters who wanted to repeal the amendment. In October 2012, a 31-year-old dentist of Indian origin, Savita Halappanavar, died from sepsis at a Galway hospital after she was denied abortion for a protracted miscarriage. She was told by a midwife that termination of pregnancy would not be possible since Ireland was a "Catholic country". Halappanavar's photo was used for posters by supporters who wanted the 35-year-old amendment repealed. In 2016, the current Roman Catholic Pope, Pope Francis, described abortion as a "very grave sin" and a "horrendous crime".
Halappanavar's father Andanappa Yalagi told Hindustan Times, "We've got justice for Savita. What happened to her will not happen to any other family. I have no words to express my gratitude to the people of Ireland at this historic moment." 39 of 40 Irish constituencies voted in favour of repealing the law, while voters in only one constituency, Donegal, voted against — 51.87% opting to keep the anti-abortion laws. After the result was announced, the crowd were chanting Savita's name in front of Dublin Castle.
Cora Sherlock, an anti-abortion activist, said, "what we voted on today is the ending of human life." "I will accept the will of the Irish people, at the same time I will make it very clear what I feel of the campaign that has taken place. We will now regroup and find out what our next move is", she added. Another activist, David Quinn, said, "The result today is basically a reversal of the 1983 result. On that occasion the defeated side did not simply slip away."
"The people have said that we want a modern constitution for a modern country", Prime Minister Varadkar said. Canadian Prime Minister Justin Trudeau later congratulated Varadkar on Twitter, saying: "What a moment for democracy and women's rights.\"""",
    quotes=[
        Q('"enacted before the end of this year"', None, "Leo Varadkar"),
        Q('"an historic day"', None, "Leo Varadkar"),
        Q('"a great act of democracy."', None, "Leo Varadkar"),
        Q('"Savita Matters, Women Matter"', None, None),
        Q('"Catholic country"', None, None),
        Q('"very grave sin"', None, "Pope Francis"),
        Q('"horrendous crime"', None, "Pope Francis"),
        Q('"We\'ve got justice', 'historic moment."', "Andanappa Yalagi"),
        Q('"what we voted on today', 'human life."', "Cora Sherlock"),
        Q('"I will accept the will', 'next move is"', "Cora Sherlock"),
        Q('"The result today', 'slip away."', "David Quinn"),
        Q('"The people have said', 'modern country"', "Leo Varadkar"),
        Q('"What a moment for democracy', 'rights."', "Justin Trudeau"),
    ],
    aliases={"Leo Varadkar": ["Varadkar", "Prime Minister Varadkar", "Irish Taoiseach — Prime Minister — Leo Varadkar"],
             "Pope Francis": ["the current Roman Catholic Pope"],
             "Andanappa Yalagi": ["Halappanavar's father"],
             "Cora Sherlock": ["an anti-abortion activist"],
             "David Quinn": ["Another activist"],
             "Justin Trudeau": ["Canadian Prime Minister Justin Trudeau"]},
),
dict(
    id="wn-en-dublin-mayor-eurovision-boycott",
    source="https://en.wikinews.org/wiki/Dublin_mayor_suggests_not_sending_Irish_representative_to_Israel_for_Eurovision_2019%3B_two_European_Parliament_lawmakers_support_boycott",
    license=LIC, retrieved=AMG.format("AMALGUM_news_boycott") + "; the Hebrew and Swedish original-language glosses after two translated quotes ('((he))Hebrew language: …', '((sv))Swedish language: …', garbled in the token copy) dropped",
    text="""Dublin mayor suggests not sending Irish representative to Israel for Eurovision 2019; two European Parliament lawmakers support boycott
Wednesday, May 16, 2018
On Sunday, Dublin's Lord Mayor Mícheál MacDonncha spoke about not sending Irish representatives to the next year's Eurovision Song Contest, asserting Palestine solidarity. The announcement came just one day after Israeli singer Netta won this year's Eurovision in Portuguese capital Lisbon. Two European Parliament lawmakers from Ireland, Lynn Boylann and Nessa Childers, endorsed boycotting next year's contest.
Speaking to news site Dublin Live, MacDonncha said next year's contest should be boycotted to display solidarity with Palestineans. "I don't think we should send a representative", the mayor said. "I think the horrific ordeal of the Palestinian people needs to be highlighted", MacDonncha said.
After winning this year's contest, 25-year-old Netta, who performed Toy featuring chicken dance, chicken noises, and Japanese cultural references criticized as cultural appropriation, said, "Thank you for celebrating diversity. Thank you! I love my country. Next year in Jerusalem!" The country which wins the song contest hosts next year's iteration of Eurovision. Israel claims Jerusalem, including East Jerusalem. Palestine claims East Jerusalem as the capital of their future state. Israel-Palestine conflict is on-going for years. Clashes between Israel and Palestine has happened several times. This Monday, more than 50 Palestine civilians were killed in Gaza in a clash against Israeli forces.
Israeli Prime Minister Benjamin Netanyahu in a tweet congratulated Netta after her victory and said, "Netta, you are a real dear. You brought a lot of honour to the State of Israel! Next year in Jerusalem!" Israel came to control East Jerusalem as a part of the 1967 Arab-Israel War. Legal sovereignty of Israel's claim of the entire city is not globally acknowledged. Until this Monday, no country in the world had its Israeli embassy in Jerusalem; On Monday, Israel's ally the United States shifted its embassy from Tel Aviv to Jerusalem.
MacDonncha, speaking to Dublin Live, said, "The Irish-Palestinean solidarity campaign has collected names of 500 artists who have said they would not work in the State of Israel, that they would boycott in the protest and the treatment of Palestinean people". At the time of the contest, Ireland regional lawmaker Órla Nic Biorna tweeted, "Shocked at the support for Israel tonight in the Eurovision. People seem to forget that they [Israel] are a Zionist state illegally occupying Palestine".
Regarding hosting the contest in Jerusalem, European Parliament lawmaker Nessa Childers wrote on Twitter, "Jerusalem? The mind boggles. I thought Tel Aviv." Lynn Boylan of the Sinn Féin party tweeted saying, "Israel wins Eurovision so let's make BDS [Boycott, Divestment, Sanctions] more successful than ever in 2019." Lawmaker Emmett O'Brien replied to Boylan saying "So much pathetic hate against Israel" and later added, "How many times has Palestine been offered peace? Will you condemn the barbarity of Hamas?"
MacDonncha is banned from entering Israel. Last month, the Israeli Interior ministry tried to bar MacDonncha's entry to Israel. The mayor was invited by the Palestinian Authority for a conference. However, reportedly the misspelt name of MacDonncha failed to bar him from arriving at Israeli capital Tel Aviv from which he went to Ramallah for the conference. Earlier, the Dublin city council passed a resolution to endorse and support the Palestine-led Boycott, Divestment, Sanctions movement. The resolution read, "Since its violent establishment in 1948 through the ethnic cleansing of more than half of the indigenous people of Palestine, the state of Israel has denied Palestinians their fundamental rights and has refused to comply with international law [...] this City Council fully supports and endorses the Palestinian-led Boycott, Divestment, and Sanctions movement for freedom, equality, and justice."
Dublin's mayor wasn't the only one to promote a boycott. Swedish political party Vänsterpartiet Malmö released a statement boycotting the next year's Eurovision saying, "We in the Left Party of Malmö think it is vital to do everything to condemn the crimes committed by Israel against the Palestinian people. We therefore urge the Eurovision Song Contest to boycott Israel. It is altogether unreasonable for Israel to host this gigantic music contest while the occupation goes on. We want Israel to be excluded from Eurovision on humanitarian grounds. We cannot continue dancing while the persecution of the Palestinian people continues. Boycott Israel now!\"""",
    quotes=[
        Q('"I don\'t think we should send', 'representative"', "Mícheál MacDonncha"),
        Q('"I think the horrific ordeal', 'highlighted"', "Mícheál MacDonncha"),
        Q('"Thank you for celebrating', 'in Jerusalem!"', "Netta"),
        Q('"Netta, you are a real dear.', 'in Jerusalem!"', "Benjamin Netanyahu"),
        Q('"The Irish-Palestinean solidarity', 'Palestinean people"', "Mícheál MacDonncha"),
        Q('"Shocked at the support', 'occupying Palestine"', "Órla Nic Biorna"),
        Q('"Jerusalem? The mind boggles.', 'Tel Aviv."', "Nessa Childers"),
        Q('"Israel wins Eurovision', 'in 2019."', "Lynn Boylan"),
        Q('"So much pathetic hate against Israel"', None, "Emmett O'Brien"),
        Q('"How many times has Palestine', 'of Hamas?"', "Emmett O'Brien"),
        Q('"Since its violent establishment', 'and justice."', "Dublin city council"),
        Q('"We in the Left Party', 'Israel now!"', "Vänsterpartiet Malmö"),
    ],
    aliases={"Mícheál MacDonncha": ["MacDonncha", "the mayor", "Dublin's Lord Mayor Mícheál MacDonncha", "Dublin's mayor"],
             "Benjamin Netanyahu": ["Israeli Prime Minister Benjamin Netanyahu"],
             "Órla Nic Biorna": ["Ireland regional lawmaker Órla Nic Biorna"],
             "Nessa Childers": ["European Parliament lawmaker Nessa Childers"],
             "Lynn Boylan": ["Boylan", "Lynn Boylann"],
             "Emmett O'Brien": ["Lawmaker Emmett O'Brien"],
             "Dublin city council": ["the Dublin city council", "The resolution", "this City Council"],
             "Vänsterpartiet Malmö": ["Left Party of Malmö", "Swedish political party Vänsterpartiet Malmö"]},
),
dict(
    id="wn-en-adele-bowie-grammys",
    source="https://en.wikinews.org/wiki/Adele_and_David_Bowie_each_win_five_Grammys",
    license=LIC, retrieved=AMG.format("AMALGUM_news_adele"),
    text="""Adele and David Bowie each win five Grammys
Wednesday, February 15, 2017
On Sunday, British singer Adele won five Grammy Awards at the 59th Grammy Awards event in Los Angeles. David Bowie posthumously won five Grammys.
Adele won Song of the Year, Best Pop Solo and Record of the Year for her song Hello, and Album of the Year for her album 25, becoming the first singer to win the Song of the Year, Record of the Year, and Album of the Year twice.
David Bowie was nominated in five categories — three for his album Blackstar in Best Alternative Music Album, Best Engineered Album, Non-Classical, and Best Rock Performance; and two for his song Blackstar, Best Rock Song and Best Rock Performance. Days after releasing his 25th album, Blackstar, Bowie passed away in January 2016, due to cancer. Before Blackstar, Bowie won a Grammy for his music video Jazzin' for Blue Jean, and Lifetime Achievement Award in 2006, never winning the award in a major category before.
In the event, singer Bruno Mars paid tribute to music icon Prince, replicating style, costumes, and guitar of Prince's. Minneapolis-based funk band The Time, who had performed with Prince, paid tribute to the singer who passed away in April at the age of 57. Adele, in her performance, paid tribute to George Michael. While performing, Adele stopped, swore, and restarted. She later apologised, saying "I am sorry for swearing and I am sorry for starting again, I can't mess this up for him[...] I am sorry, I can't." British pop singer George Michael died on Christmas Day of heart failure at the age of 53.
Adele was in tears while receiving Grammy for the Album of the Year. In her acceptance speech, she said, "But I can't possibly accept this award. And I'm very humbled and I'm very grateful and gracious. But my artist of my life is Beyoncé. And this album to me, the 'Lemonade' album, is just so monumental. Beyoncé, it's so monumental. And so well thought out, and so beautiful and soul-baring and we all got to see another side to you that you don't always let us see. And we appreciate that. And all us artists here, we fucking adore you. You are our light. And the way that you make me and my friends feel, the way you make my black friends feel, is empowering. And you make them stand up for themselves. And I love you." Other albums in the pool, besides 25 and Lemonade, were Justin Bieber's Purpose, Drake's Views, and A Sailor's Guide To Earth by Sturgill Simpson.
Earlier, while receiving award for the Record of the Year, Adele said, "My dream and my idol is Queen Bee [Beyoncé], and I adore you and you move my soul every single day and you have done for nearly seventeen years". Other songs nominated in the category were Beyoncé's Formation, Work by Rihanna, 7 Years by Lukas Graham, and Stressed Out by TWENTY ØNE PILØTS.
Beyoncé received the largest number of nominations for the event — nine — but she won only two. Her album Lemonade won Best Urban Contemporary Album and her song Formation won Best Music Video.
Chance The Rapper won Best New Artist, and claimed Best Rap Performance for No Problem and Best Rap Album for Coloring Book. Chance's songs were never sold, and were available for free on streaming services.
The new host James Corden took a pratfall on the stairs while entering. The duo TWENTY ØNE PILØTS won Best Pop Duo/Group Performance for their song Stressed Out. Upon announcement, they removed their pants to accept the award. Sharing an incident of watching Grammys before the duo was famous, Tyler Joseph said Josh Dun proposed if they were to receive a Grammy, they would receive it in their underpants as they were in underpants watching the award ceremony at the time. In his acceptance speech, he said, "I want everyone who's watching at home to know that you could be next. So watch out, because anyone from anywhere can do anything.\"""",
    quotes=[
        Q('"I am sorry for swearing', 'sorry, I can\'t."', "Adele"),
        Q('"But I can\'t possibly', 'I love you."', "Adele"),
        Q('"My dream and my idol', 'seventeen years"', "Adele"),
        Q('"I want everyone who\'s watching', 'do anything."', "Tyler Joseph"),
    ],
    aliases={"Adele": ["British singer Adele"]},
),
dict(
    id="wn-en-turkey-ergenekon-arrests",
    source="https://en.wikinews.org/wiki/Waves_of_arrests_in_Turkey_on_suspicion_of_involvement_in_%27Ergenekon%27_organization",
    license=LIC, retrieved=AMG.format("AMALGUM_news_arrests") + " (three pull-quote boxes without quotation marks dropped)",
    text="""Waves of arrests in Turkey on suspicion of involvement in 'Ergenekon' organization
Sunday, January 11, 2009
Turkish police arrested two colonels and two lieutenants Saturday as part of a wide-reaching probe into a suspected coup plot. The arrests are the latest related to an alleged clandestine neonationalist organization referred to as "Ergenekon". The Ergenekon case has had adverse effects on financial markets in Turkey, a candidate for the European Union.
Turkey's state-run news service, Anatolian News, reported that the four Turkish army officers were arrested in Istanbul for alleged ties to a right-wing group suspected of conspiring to overthrow the AK Party government. 40 people were detained on Wednesday, including three retired army generals.
Prime Minister Recep Tayyip Erdoğan and General Ilker Basbug, Chief of the General Staff of the Turkish Armed Forces, held crisis talks on Thursday to discuss the recent waves of arrests. General Basbug met with the prime minister after a six-hour meeting with military commanders, including members of the Gendarmerie, Turkish Air Force, and Army. After his meeting with the prime minister, General Basbug met with President Abdullah Gul. President Abdullah Gul met with Besir Atalay, Turkey's interior minister.
The talks between Erdogan and Basbug prompted a spate of selling on the Istanbul Stock Exchange, which fell by six percent on Thursday. TUSIAD, the main business association in Turkey, voiced its hope that investigators respect the legal rights of the suspects.
Turkish media also reported Saturday that law enforcement officials found ammunition and grenades buried near Golbasi lake outside Ankara, supposedly related to the Ergenekon organization. According to the Turkish media reports, police found a drawing in the home of former police chief Ibrahim Sahin, which led them to the site. Ibrahim Sahin was among the 40 individuals arrested Wednesday.
Deniz Baykal, who heads Turkey's secular chief opposition party the Republican People's Party, was critical of the arrests made by police under the AK Party government. "We are witnessing a confrontation against the Republic's core values. This is a regime change, like in the Khomeini and Hitler eras," said Baykal at a news conference held Wednesday. According to Baykal, the Ergenekon investigation is an attempt by the government to silence opposition. Other members of the opposition have also criticized the investigation as being politically motivated.
In a statement published in the Turkish newspaper Hürriyet, Justice Minister Mehmet Ali Şahin asserted that the Ergenekon investigation is judicial and appropriate. "The investigation has no political aspects. Detentions are purely juridical. I follow developments from the press," said Şahin.
Wikinews interviewed a college graduate and resident of Turkey who wished not to be named, and this individual shared thoughts on the effects of the Ergenekon investigation on local citizens. "It affected everyone in the country. Everyone wonders if they are next," said the source. "I am terrified here - anytime the wind is not in favor of the ruling party a new wave of this crap happens."
Members of the Turkish state bureaucracy, military, and judicial system make up the country's secularist establishment. According to Reuters, this secularist establishment states that the arrests carried out by the AK Party are retaliatory, in response to a 2008 court case. The court case attempted to ban the AK Party, which has roots in political Islam, for anti-secular activities. The AK Party has denied these claims.
"The risk of a reaction by the military is growing as the Ergenekon probe is turning into a test of strength between the AKP and secularist circles," said analyst Wolfango Piccoli of the Eurasia Group in a statement published in the Financial Times.
The investigation by the government began in June 2007, when officials discovered a cache of arms in Istanbul in the home of a retired military officer. According to The Guardian, in total approximately 200 people have been arrested in relation to the investigation. 86 individuals have been indicted since the investigation started, including many officials from the military and two retired four-star generals. In addition to military officials, the investigation has focused on journalists, writers, politicians and leaders of gangs. The murder of journalist Hrant Dink is sometimes cited as possibly linked to the Ergenekon case.
The indictments allege involvement in plans to increase instability in the country through political assassinations. Hürriyet reported that the Ergenekon investigation has faced criticism in the past for detaining suspects for extended periods of time in prison without charges, and for its reliance on insubstantial evidence. In the past 50 years, the country's military has intervened to topple four governments in Turkey.""",
    quotes=[
        Q("'Ergenekon'", None, None),
        Q('"Ergenekon"', None, None),
        Q('"We are witnessing', 'Hitler eras,"', "Deniz Baykal"),
        Q('"The investigation has no', 'from the press,"', "Mehmet Ali Şahin"),
        Q('"It affected everyone', 'they are next,"', None),
        Q('"I am terrified here', 'crap happens."', None),
        Q('"The risk of a reaction', 'secularist circles,"', "Wolfango Piccoli"),
    ],
    aliases={"Deniz Baykal": ["Baykal"],
             "Mehmet Ali Şahin": ["Şahin", "Justice Minister Mehmet Ali Şahin"],
             "Wolfango Piccoli": ["analyst Wolfango Piccoli"]},
),
dict(
    id="wn-en-basra-fighting-second-day",
    source="https://en.wikinews.org/wiki/Iraqi_forces_battle_militants_in_Basra_for_second_day",
    license=LIC, retrieved=AMG.format("AMALGUM_news_basra") + " (a pull-quote box without quotation marks dropped)",
    text="""Iraqi forces battle militants in Basra for second day
Thursday, March 27, 2008
On Wednesday, Iraqi security forces (ISF) battled militants who have been described as loyal to Shia cleric Muqtada al-Sadr in Basra, Iraq's main seaport and the country's third largest city. Reports indicate that at least sixty people have been killed and hundreds have been wounded. This marked the second day of intense fighting.
Combat is reported to have spread to other southern cities and also to Bagdhad. Agence France-Presse reported that two United States soldiers were killed in the capital city.
Prime Minister Nouri al-Maliki has been in Basra since Monday to personally supervise Operation Sulat al-Fursan (Knights Charge) which the authorities described as designed to reimpose law and order. Today, he gave an ultimatum to the militants, giving them 72 hours to surrender. "Otherwise, they will face the most severe penalties," Maliki said in a televised statement.
Observers see the Basra operation as a test of the Iraqi government's ability to assert its control over a region that is not administered by foreign military forces. United Kingdom forces patrolled Basra from the onset of the invasion until they turned it over to Iraqi authorities in December of 2007.
US spokesperson Major-General Kevin Bergner said that, "These are Iraqi decisions, they are Iraqi government forces and these are Iraqi leaders implementing and directing these decisions." He added that a year ago, the ISF would not have been able to conduct an operation of this scale.
Anthony Cordesman, a security analyst at the Center for Strategic and International Studies told Bloomberg via e-mail: "The current fighting is as much a power struggle for control of the south and the Shiite parts of Baghdad" as it is an attempt to establish government authority. The Supreme Islamic Iraqi Council is "clearly positioning itself for a power struggle with Sadr and for any elections to come," Cordesman added.
Bergner further said that the fighting in Basra is neither a battle against the Mahdi Army, nor is it a proxy war against Iran. Rather it is "to deal with criminals in the streets with weapons," he said. "We [the US] shall continue to show restraint on those who have undertaken Muqtada al-Sadr's pledge." A 2006 US report, however, called al-Sadr's Mahdi Army a "most dangerous accelerant of potentially self-sustaining sectarian violence in Iraq."
Aides of Muqtada al-Sadr say that the cleric's cease-fire, which was declared in August 2007, is still in force. On Tuesday, al-Sadr called for a non-violent "civil revolt" and supporters have been protesting the Maliki government forcing schools and shops to close.
"There are ongoing negotiations with the prime minister. Maliki asked to meet Sadr officials in Basra," Harith al-Ithari, head of al-Sadr's Basra office, told Reuters.
Muqtada al-Sadr was seen as instrumental in Maliki's rise to power, but al-Sadr broke from Maliki in 2005. According to Iraqi political analyst Hazem al-Nuaeimi, Sadr is a thorn in the side of other Shia groups that currently support Maliki. "There is a need to minimize the Sadrists' strength and influence and to draw the lines before they get any stronger," he said.
"We have been living for the last hours in hell. We have spent most of the time hiding under the staircase," said Faris Hayder, a 28-year-old resident of Basra to Reuters. "We haven't seen anything like this since the foreign troops arrived in 2003."
"No one wants to see a return to the violence of a year ago," Bergner said Wednesday on television from Baghdad. "This has been a difficult and challenging few days, it's also been a period of significant effort for the Iraqi security forces.\"""",
    quotes=[
        Q('"Otherwise, they will face', 'penalties,"', "Nouri al-Maliki"),
        Q('"These are Iraqi decisions', 'these decisions."', "Kevin Bergner"),
        Q('"The current fighting', 'parts of Baghdad"', "Anthony Cordesman"),
        Q('"clearly positioning itself', 'elections to come,"', "Anthony Cordesman"),
        Q('"to deal with criminals', 'with weapons,"', "Kevin Bergner"),
        Q('"We [the US] shall continue', 'al-Sadr\'s pledge."', "Kevin Bergner"),
        Q('"most dangerous accelerant', 'violence in Iraq."', None),
        Q('"civil revolt"', None, "Muqtada al-Sadr"),
        Q('"There are ongoing negotiations', 'officials in Basra,"', "Harith al-Ithari"),
        Q('"There is a need to minimize', 'any stronger,"', "Hazem al-Nuaeimi"),
        Q('"We have been living', 'under the staircase,"', "Faris Hayder"),
        Q('"We haven\'t seen anything', 'arrived in 2003."', "Faris Hayder"),
        Q('"No one wants to see', 'a year ago,"', "Kevin Bergner"),
        Q('"This has been a difficult', 'security forces."', "Kevin Bergner"),
    ],
    aliases={"Nouri al-Maliki": ["Maliki", "Prime Minister Nouri al-Maliki"],
             "Kevin Bergner": ["Bergner", "US spokesperson Major-General Kevin Bergner"],
             "Anthony Cordesman": ["Cordesman"],
             "Muqtada al-Sadr": ["al-Sadr", "Sadr", "Shia cleric Muqtada al-Sadr"],
             "Harith al-Ithari": ["head of al-Sadr's Basra office"],
             "Hazem al-Nuaeimi": ["Iraqi political analyst Hazem al-Nuaeimi"]},
),
dict(
    id="wn-en-turpin-parents-sentenced",
    source="https://en.wikinews.org/wiki/California_court_sentences_parents_who_kept_their_children_in_captivity",
    license=LIC, retrieved=AMG.format("AMALGUM_news_california") + " (photo labels 'Louise Turpin', 'David Turpin' and their image credit dropped)",
    text="""California court sentences parents who kept their children in captivity
Saturday, April 20, 2019
Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison for torturing all but the youngest of their thirteen children.
As revealed at trial, the Turpins had kept their children indoors for years and rarely allowed them outside the family home, located 70 miles (112 km) south of Los Angeles. The children were banned from washing more often than once a year and could not use the toilet. They were severely malnourished, to the point that some of those who are now adults were initially mistaken for children. The oldest of the Turpin's offspring, age 29, weighed 82 pounds (37 kg). Another brother, 22, was still chained to a bed when found. None of the twelve had ever received any sort of dental care.
The judge presiding over the case, Bernard Schwartz, said, "You have severed the ability to interact and raise your children that you have created and brought into this world." Schwartz went on to say he was not giving them the longest possible sentence because they had "accepted responsibility at an early stage in the proceeding" by pleading guilty to fourteen felony charges each and "spared your children having to relive the humiliation and the harm they endured in that house of horrors."
Specifically, both parents faced twelve counts of torture and false imprisonment, nine counts of child abuse, and seven counts of cruelty to a dependent adult. David Turpin, alone, was also charged with making false statements for the purpose of obtaining a home schooling license.
The father said "I love my children and I believe my children love me."
The mother said "I really look forward to the day I can see them, hug them and tell them I'm sorry."
One of the children said, "Sometimes I still have nightmares of things that had happened such as my siblings being chained up or getting beaten." However, this person also said that they still love their parents and had partially forgiven them.
One of them even went as far to say, "Although it may not have been the best way of raising us, I am glad that they did because it made me the person I am today."
The two parents were arrested in January of last year after one of their daughters, aged 17, escaped and phoned 911 (the emergency telephone number in the United States). She did not know what address her house was or know the date and said some of her siblings were chained into their beds.
The Turpins are scheduled to be eligible for parole in 25 years.""",
    quotes=[
        Q('"You have severed', 'into this world."', "Bernard Schwartz"),
        Q('"accepted responsibility', 'the proceeding"', "Bernard Schwartz"),
        Q('"spared your children', 'house of horrors."', "Bernard Schwartz"),
        Q('"I love my children', 'love me."', "David Turpin"),
        Q('"I really look forward', 'I\'m sorry."', "Louise Turpin"),
        Q('"Sometimes I still have', 'getting beaten."', None),
        Q('"Although it may not', 'I am today."', None),
    ],
    aliases={"Bernard Schwartz": ["Schwartz", "Judge Bernard Schwartz", "The judge presiding over the case"],
             "David Turpin": ["The father"],
             "Louise Turpin": ["The mother"]},
),
]
