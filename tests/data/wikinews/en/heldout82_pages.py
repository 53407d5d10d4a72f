# Held-out English Wikinews texts (tests/data/heldout82-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5) taken from the main news part of the AMALGUM corpus (gucorpling/amalgum,
# amalgum/news/xml/AMALGUM_news_<word>.xml: `russian`, `iranian`, `egyptian`; files no earlier set used, found by looking up exact
# file names), detokenized by hand as before: every word, digit, punctuation mark and quotation mark as in the copy,
# only the spacing between tokens restored. Title = first line, dateline = second line, then one paragraph per line
# following the copy's <p> elements. Captions, photo galleries and 'Have your say' boxes are dropped. Annotated by
# reading the texts, before whosaid was run on them (rules H510-H513 in ANNOTATION.md on top of H1-H500).
WN = "CC BY 2.5 (Wikinews)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout82-en.jsonl

Built by `build.py` from `heldout82_pages.py`. Like heldout19-en and heldout39-en, these texts are English Wikinews
articles (CC BY 2.5; attribution: the Wikinews contributors of each article) from the main news part of the AMALGUM
corpus (`amalgum/news/xml/AMALGUM_news_<word>.xml`: `russian`, `iranian`, `egyptian`; files no earlier set used, found by looking
up exact file names), detokenized by hand as before: the Moscow protests over the Russian Duma election of December
2011, the unrest in Iranian cities after the presidential election of June 2009 and the acquittals over the Egyptian
ferry fire of 2006 (July 2008). Captions, the photo gallery at the
end of the Russian article and its 'Have your say' box were dropped; wording and quotation marks are as in the copy.
None of these articles is used in any set above (checked by URL, by title, by the names of their speakers and by
8-word overlap with every existing text). Skipped: AMALGUM files without quotations or with a single one (`google`,
`israeli`, `sheffield`, `asiana`, `austria`), and `syrian` (the leaked Syrian e-mails, 2012), whose copy has unbalanced
marks and Arabic glosses run into the quotations. The set is small because AMALGUM file names beyond the first hundred
of each folder can only be found by guessing. The annotation (rules H510–H513 in `ANNOTATION.md` on top of H1–H500)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by
the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2011-12-11-russian-election-fraud-protests",
    source="https://en.wikinews.org/wiki/Thousands_protest_over_alleged_Russian_election_fraud",
    license=WN, retrieved="AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/AMALGUM_news_russian.xml), detokenized by hand; captions dropped (the United Russia logo caption, the 'HAVE YOUR SAY' box with its question and comment link, and the photo gallery of thirteen captioned images at the end, each printed twice in the copy, dropped; the copy's '[p]olice' and 'commonly-cited' kept)",
    text='''Thousands protest over alleged Russian election fraud
Sunday, December 11, 2011
Tens of thousands protested yesterday in Bolotnaya Square, Moscow over allegations of election fraud in parliamentary elections won by United Russia, the ruling political party, led by current Russian Prime Minister Vladimir Putin.
The exact number of protesters present is unknown; estimates for the Moscow protest vary from twenty thousand to one hundred thousand, and rallies on a more minor scale also took place in other Russian cities — including Saint Petersburg. Voice of America (VoA) reported the demonstrations as the largest pro-democracy protests since Vladimir Putin came to power eleven years ago. Other reports describe the demonstrations as the greatest since the dissolution of the Soviet Union. Police estimated that ten thousand people were present at demonstrations in St. Petersburg. Corruption and a rejection of Putin were the most commonly-cited grievances from questioned protesters.
Opposition leader Evgenia Chirikova told VoA the protests were in favour of fresh elections, and the release of political prisoners. During the demonstrations, protesters chanted "[p]olice, part of the people" at the riot police. Echo of Moscow host Alexei Venediktov described the protesters as "the new generation, the Putin generation". These people "voted, had their votes stolen, and now they want a fair system", said Venediktov.
Konstantin Kosachyov, a United Russia parliamentarian, dismissed the concept of discussions with the protest organisers. "With all respect for the people who came out to protest, they are not a political party," he stated. Student Daniil Klubov, a leader of the St. Petersburg rally, told the BBC that he does not "belong to any political movement" and is "just a student who is tired of all these lies".
Last week, Russian police arrested an estimated 1,600 people after street protests. In anticipation of yesterday's protests, fifty thousand police and riot police were drafted into Moscow. Under one hundred arrests were made across the country during the day of protest.
Television stations operated by the Russian government provided no coverage of protests in Russia from last week's election, but lifted the blackout one week on, broadcasting images of thousands filling a Moscow park, spilling over a bridge and covering a facing embankment.
On Friday, Moscow authorities declared an obligatory test for all high school students, scheduling it for the exact time of protests on Saturday; protest leader Alexey Navalny is currently imprisoned by order of a Russian judge. And, a Russian health board warned of respiratory diseases being contracted when being in large crowds. Russian Ground Forces cautioned that they would be observing, looking for instances of draft evasion as protesters walked through metal detectors.
Although United Russia were declared victors in last Sunday's polls, the percentage of votes in their favour decreased significantly — down from 64% to 49%.
In March next year, Putin himself will face voters, seeking a new six-year term as Russian President. VoA reported last week that his presidential bid looked likely to succeed; however, that outcome now seems less predictable.''',
    quotes=[
        Q('"[p]olice, part of the people"', None, None),
        Q('"the new generation, the Putin generation"', None, "Alexei Venediktov"),
        Q('"voted, had their votes stolen', 'a fair system"', "Alexei Venediktov"),
        Q('"With all respect', 'a political party,"', "Konstantin Kosachyov"),
        Q('"belong to any political movement"', None, "Daniil Klubov"),
        Q('"just a student who is tired of all these lies"', None, "Daniil Klubov"),
    ],
    aliases={"Alexei Venediktov": ["Echo of Moscow host Alexei Venediktov", "Venediktov"],
             "Konstantin Kosachyov": ["Kosachyov"],
             "Daniil Klubov": ["Student Daniil Klubov"]},
),
dict(
    id="wn-en-2009-06-14-civil-unrest-iranian-cities",
    source="https://en.wikinews.org/wiki/Civil_unrest_in_Iranian_cities_after_Ahmadinejad_declares_victory",
    license=WN, retrieved="AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/AMALGUM_news_iranian.xml), detokenized by hand; captions dropped (the captions of the Tehran riot photo and of Mousavi in Zanjan dropped; Ahmadinejad's words after 'and said', printed as a block outside the paragraphs and without marks, kept as their own paragraph (H512); the paragraph before them ends without punctuation as in the copy; the copy's 'Teheran', 'Khateimi' and 'protestors'/'protesters' kept)",
    text='''Civil unrest in Iranian cities after Ahmadinejad declares victory
Sunday, June 14, 2009
Protests, riots and violence broke out in several cities in Iran on Saturday night following an election which many in Iran and the world say was fraudulent. Demonstrations took place late into the night, with waves of police fighting protestors in Tehran, Shiraz, Mashad and Rasht.
Protesters chanting "Death to the dictator!" occupied major streets around Tehran, with roadblocks being set up against police. Tear gas has been deployed against protestors in the upscale Valiasr Street district of Tehran as well as at the University of Tehran.
The protestors are supporters of Mir-Hossein Mousavi, a candidate in the Iranian presidential election. Mousavi accuses the Iranian government of "appalling" fraud after it reported that the nation's current president Mahmoud Ahmadinejad, who had been expected to receive less than 50% of the vote and have to face Mousavi in a runoff election, received 62%. Addressing officials in an open letter, Mousavi said, "this country has been through a grand Islamic revolution and the least message of this revolution is that our nation is alert and will oppose anyone who aims to seize the power against the law." The protesters, reports say, do not seek to overthrow the Islamic regime, which has been in place in Iran since 1979, but instead to reform it.
In a second letter, Mousavi reported that he has asked Iran's Guardian Council to nullify the electoral result and urged his supporters to wear green, take up the slogan "Allahu akbar" ("God is great") and peacefully protest the official position.
In response, Ahmadinejad celebrated victory in Tehran this afternoon with his supporters, and addressing a largely-sympathetic group of reporters at a press conference, asserted that the election had been free and fair and said
The situation in the country is in a very good condition. Iran is the most stable country in the world, and there's the rule of law in this country, and all the people are equal before the law.
It has been reported that the safety of Ahmadinejad's rivals could not be guaranteed. As a result, many prominent reformists and leaders of the Islamic Iran Participation Front have been arrested. Rumors which spread around the nation saying Mousavi himself had been detained are, however, untrue and the candidate plans to address his supporters later today. However, the brother of former Iranian president and reformist Mohammad Khateimi has been detained. Former president Hashemi Rafsanjani has resigned from all his posts in the government in protest.
125 members of faculty resigned in protest at Sharif University, students and faculty protesting together at the urban Tehran campus, and according to eyewitnesses, police, around 23:00 UTC, raided Teheran University, and arrested over 100 students.
Reporters Without Borders has said that the Iranian government has instituted mass censorship, with foreign journalists being asked to leave the country. It also says an interpreter working with an Italian news crew was beaten by police. Mobile phone services have apparently been cut, and many reformist and social networking websites have been blocked. The Iranian government has also made use of the Internet by circulating a false invitation to a rally outside Mousavi's headquarters; the city square containing the headquarters has been surrounded by police, trapping thousands of Mousavi's supporters inside.
Iranians living abroad as well as supporters of what is being called the "green revolution", from the colors of Mousavi's campaign, have staged demonstrations outside Iranian embassies and consulates in Rome, Kuala Lumpur, Paris, Berlin, London, and The Hague, with events planned in the United States in Chicago, Illinois and Los Angeles, California for later in the day.
Meanwhile, the U.S. does not accept the results of the Iranian election. U.S. Secretary of State Hillary Clinton said that she hopes "genuine will and desire" of the people will reflect the results of the election.''',
    quotes=[
        Q('"Death to the dictator!"', None, None),
        Q('"appalling"', None, "Mir-Hossein Mousavi"),
        Q('"this country has been through', 'against the law."', "Mir-Hossein Mousavi"),
        Q('"Allahu akbar"', None, None),
        Q('"God is great"', None, None),
        Q('"green revolution"', None, None),
        Q('"genuine will and desire"', None, "Hillary Clinton"),
    ],
    aliases={"Mir-Hossein Mousavi": ["Mousavi"],
             "Hillary Clinton": ["U.S. Secretary of State Hillary Clinton"]},
),
dict(
    id="wn-en-2008-07-28-egyptian-ferry-fire-acquittals",
    source="https://en.wikinews.org/wiki/Five_of_six_accused_over_Egyptian_ferry_fire_that_killed_over_1%2C000_are_acquitted",
    license=WN, retrieved="AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/AMALGUM_news_egyptian.xml), detokenized by hand; captions dropped (the caption of the radar map of the ship's last reported position dropped; the possessive split by the italics, 'al-Salam 98' plus the apostrophe and 's', written 'al-Salam 98's'; the copy's 'balmed', 'extuinguishers', 'validatings' and 'a victim's compensation fund' kept)",
    text='''Five of six accused over Egyptian ferry fire that killed over 1,000 are acquitted
Monday, July 28, 2008
Five of the six defendants accused of manslaughter over the 2006 fire on board Egyptian ferry al-Salam Boccaccio 98 have been cleared of all charges. The February 3 fire and subsequent sinking killed 1,034 of around 1,400 passengers.
Mamdouh Ismail, owner of the al-Salam company, his son and three company executives were all cleared of manslaughter. Ismail is a member of parliament directly appointed by the president, and both he, his son and another of the executives were tried in absentia as they have left the country. They had all been charged with manslaughter stemming from safety violations on the ship.
Convicted was Salaheddin Gomaa, captain of nearby ferry Saint Catherine. He was jailed for six months after the court found he did not come to the stricken al-Salam 98's aid. It found he "did not do his duty by failing to go to the rescue of victims," and that he failed to show any compassion.
The ship went down in the Red Sea near Egyptian port Safaga, where the trial was held, having departed earlier from Saudi Arabia's Dhaba port. A parliamentary report balmed the disaster's scale on the owners, as well as the government and Panama, the state where the ship was registered. The report said al-Salam had kept operating the ship "despite serious defects" with her, and that the government had "failed to manage the crisis adequately" in the following days.
It was found that the 36-year-old al-Salam 98's safety documents were forged, that the ship's extuinguishers and life rafts were not fit for purpose and that there were an inadequate number of winches to lower the rafts into the sea. However, the elder Ismail had put the blame on his ferry's captain, who he claimed wrongly believed the crew could deal with the fire when it broke out. The captain was amongst the dead.
Ismail's assets were frozen and a travel ban was imposed on him following the disaster, but both were lifted later that year after he paid E£ 300,000,000 (US$ 57,000,000) into a victim's compensation fund. Many victims were poor Egyptian migrant workers, and some were bringing home savings accumulated over months or years.
The Misdemeanor Court's acquittal of all except Gomaa — who was fined E£10,000 (US$ 1,887) — met with anger from relatives, who turned out en masse to hear the verdicts. One man told al-Jazeera "The day of the accident everybody saw that the ship was in bad shape and two years later they say the boat was in good shape. It doesn't make sense. This is awful. My wife and children died and after two years everyone responsible is found to be innocent."
Public prosecutor Abdel Meguid Mahmud was also unhappy with the result. In a statement he said he intends to appeal the verdict and demand a retrial. He alleges serious "violations in documented records, corruption in investigation, shortcomings in validatings and arbitrary conclusions," and cites these as his reasons for a retrial.''',
    quotes=[
        Q('"did not do his duty', 'rescue of victims,"', "Misdemeanor Court"),
        Q('"despite serious defects"', None, None),
        Q('"failed to manage the crisis adequately"', None, None),
        Q('"The day of the accident', 'to be innocent."', None),
        Q('"violations in documented records', 'arbitrary conclusions,"', "Abdel Meguid Mahmud"),
    ],
    aliases={"Misdemeanor Court": ["the court"],
             "Abdel Meguid Mahmud": ["Public prosecutor Abdel Meguid Mahmud"]},
),
]
