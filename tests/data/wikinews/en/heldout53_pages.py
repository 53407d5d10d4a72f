# Held-out English news pages (tests/data/heldout53-en.jsonl). Stored web pages (the `pages` search corpus) of the Voice of
# America, none used in an earlier set: six VOA News stories on voanews.com (the House quarrel over a procedural vote, 2007;
# the Cedar Rapids flood clean-up, 2008; President Aquino in the typhoon-hit Philippines, 2013; the end of the Liberian health
# workers' Ebola wage strike, 2014; US concern over arrested Chinese rights lawyers, 2016; the US airstrike on an al-Shabab
# leader, 2017), a press release of VOA's public relations site insidevoa.com (Ukrainian Foreign Minister Arseniy Yatseniuk
# on VOA's Chas-Time, 2007) and four VOA Khmer stories (the Supreme Court appeal of three terrorism convicts,
# voacambodia.com, 2008; floods after Typhoon Rammasun, voacambodia.com, 2014; the ruling party's defamation threat after
# the commune elections, voacambodia.com, 2017; Kem Sokha's lawyer on foreign witnesses, VOA's content system
# voa.pangea-cms.com, 2019). All are works of the US government and in the public domain (17 U.S.C. § 105); none is credited
# to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation, photo captions, video player lines, bylines
# and VOA boilerplate are dropped; wording, spelling, spacing and quotation marks are as stored. Annotated by reading the
# pages, before whosaid was run on them (rules H262-H266 in ANNOTATION.md on top of H1-H261).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout53-en.jsonl

Built by `build.py` from `heldout53_pages.py`. Like heldout22-en, heldout24-en and heldout51-en, these texts are stored web
pages (the `pages` search corpus) of the Voice of America, none of them used in a set above: six VOA News stories on
voanews.com (the House quarrel over a procedural vote, 2007; the Cedar Rapids flood clean-up, 2008; President Aquino in the
typhoon-hit Philippines, 2013; the end of the Liberian health workers' Ebola wage strike, 2014; US concern over arrested
Chinese rights lawyers, 2016; the US airstrike on an al-Shabab leader, 2017), a press release of insidevoa.com (Ukrainian
Foreign Minister Arseniy Yatseniuk on VOA's Chas-Time, 2007) and four VOA Khmer stories (the Supreme Court appeal of three
terrorism convicts, voacambodia.com, 2008; floods after Typhoon Rammasun, voacambodia.com, 2014; the ruling party's
defamation threat after the commune elections, voacambodia.com, 2017; Kem Sokha's lawyer on foreign witnesses, VOA's
content system voa.pangea-cms.com, 2019). All are US government works in the public domain (17 U.S.C. § 105); none is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Navigation, photo captions, video player lines, bylines and VOA
boilerplate were dropped; wording, spacing and quotation marks are as stored. None of these pages is used in any set above
(checked by URL and by 8-word overlap with every existing text: no shared 8-word sequence). Skipped: the VOA Khmer report on
a Battambang land clash and the VOA report on Chamisa and the MDC of March 2006 (heldout36-en and heldout30-en hold them);
three candidates that share one 8-word run with an earlier set (the MDC on Morgan Tsvangirai's condition, March 2007, a stock
sentence also in heldout30-en; a witness at the Khmer Rouge tribunal, the defendants' names in the order heldout36-en prints
them; Hillary Clinton and Michelle Obama at the Women of Courage awards, 2010, a phrase about the State Department's annual
report also in heldout40-en); VOA pages whose stored part keeps only one complete quotation (the South Sudan rebel
spokesman's defection, 2015; suspected Boko Haram attacks, 2014; a Boko Haram survivor, 2014; severe floods in Cambodia,
2020); VOA's Ukraine roundups that credit Agence France-Presse and Reuters; and reposts of VOA stories on other sites. The
annotation (rules H262–H266 in `ANNOTATION.md` on top of H1–H261) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-us-house-procedural-vote-quarrel-2007",
    source="https://www.voanews.com/a/a-13-2007-08-03-voa70/343481.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' dropped; the paragraph 'Before they leave for the August recess, lawmakers must approve legislation to fund the Pentagon, and a measure ...', cut in the stored copy, dropped)",
    text='''US Lawmakers Engage in Bitter Quarrel Over Procedural Vote
There has been acrimonious debate in the House of Representatives as lawmakers work to complete important legislation before the start of a long summer break. VOA's Dan Robinson reports from Capitol Hill, where heated exchanges between Republicans and Democrats came as President Bush urged Congress not to leave town until it passes key measures.
Beginning late Thursday and lasting through Friday, the House floor was the scene of some of the most intense partisan exchanges in several years.
On Thursday, with major defense and anti-terrorism legislation still pending, minority Republicans were infuriated over how a vote on an agriculture measure was handled.
About 100 Republicans stormed off the floor as the chamber erupted in acrimony, with Republicans accusing Democrats of violating voting procedures to turn the vote in their favor.
Democrats acknowledged a procedure error by one of their members who was presiding at the time, but the controversy set the stage for more uproar and paralysis Friday, as Republicans complained about what they call dictatorial tactics by Democrats.
"A week of violations of the principles of the House culminated last night in such an excessive way that Republicans walked off the floor, and it was a deserved walk out and I am ashamed of the House," said Republican whip Roy Blunt.
"I don't blame the minority for being angry at what completely appeared to them, which was the impression I would have had, that they were being treated in a way that they thought was not fair," said House Democratic majority leader Steny Hoyer:
After a nearly four hour recess, the House returned to business to consider legislation still on the agenda, only to encounter a problem with the computerized voting system, which triggered yet another uproar.''',
    quotes=[
        Q('"A week of violations', 'ashamed of the House,"', "Roy Blunt"),
        Q('"I don\'t blame the minority', 'was not fair,"', "Steny Hoyer"),
    ],
    aliases={"Roy Blunt": ["Republican whip Roy Blunt"], "Steny Hoyer": ["House Democratic majority leader Steny Hoyer"]},
),
dict(
    id="voa-ukraine-yatseniuk-chas-time-2007",
    source="https://www.insidevoa.com/a/a-13-34-2007-05-01-voa61-111608034/178100.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' dropped; the release subtitle kept as a line; the paragraph 'VOA's Ukrainian Service broadcasts more than three hours of television each week, ... The Service's Internet site is', cut in the stored copy, and VOA's standard closing paragraph about itself (H92) dropped)",
    text='''Ukrainian Foreign Minister Interviewed Live on VOA Ukrainian TV
Foreign Minister Yatseniuk said discussions during his trip to Washington are focusing on expanding U.S.-Ukrainian cooperation
Washington, D.C., May 1, 2007 - Ukrainian Foreign Minister Arseniy Yatseniuk told VOA during a live television interview that discussions during his trip to Washington are focusing on expanding U.S.-Ukrainian cooperation, including in the energy sector.
"The United States provided exceptional support of Ukraine's aspirations for integrating into the [global] economic community," said Foreign Minister Yatseniuk during the live interview on VOA's daily Ukrainian-language program Chas-Time.
When asked about the current "political crisis" in Ukraine, in which the President has disbanded Parliament and called for new parliamentary elections, Yatseniuk told VOA's Ukrainian audience that it was not a crisis but rather a "process of political transformation of Ukrainian society." He said, "It's what is known as democracy."
"Chas-Time is very popular in Ukraine," said VOA Director Dan Austin. "We are glad that we were able to offer Foreign Minister Yatseniuk an opportunity to talk directly to our audience in Ukraine."
The Ukrainian Foreign Minister also expressed gratitude for U.S. support for the development of democracy in Ukraine and for some $3 billion in assistance since Ukrainians declared independence in 1991. He added that he anticipates continued U.S. assistance in several areas, including fighting corruption and stemming the spread of HIV-AIDS.
While in Washington, Foreign Minister Yatseniuk will meet with U.S. government and Congressional officials.''',
    quotes=[
        Q('"The United States provided', 'economic community,"', "Arseniy Yatseniuk"),
        Q('"political crisis"', None, None),
        Q('"process of political transformation', 'Ukrainian society."', "Arseniy Yatseniuk"),
        Q('"It\'s what is known as democracy."', None, "Arseniy Yatseniuk"),
        Q('"Chas-Time is very popular in Ukraine,"', None, "Dan Austin"),
        Q('"We are glad', 'audience in Ukraine."', "Dan Austin"),
    ],
    aliases={"Arseniy Yatseniuk": ["Yatseniuk", "Ukrainian Foreign Minister Arseniy Yatseniuk", "Foreign Minister Yatseniuk"],
             "Dan Austin": ["VOA Director Dan Austin"]},
),
dict(
    id="voa-khmer-terrorism-appeal-verdict-2008",
    source="https://www.voacambodia.com/a/a-40-080227-hearing-90168232/1357205.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' dropped; the stored copy is complete)",
    text='''Court Delays Terrorism Verdict of 3 Men
The Supreme Court said it will rule March 12 on the life sentences of three suspected terrorists who made their final appeals Wednesday.
Supreme Court Judge Chhim Siphal said the courts needed more time to discuss the cases of Abdul Azi Jaiji Chiming and Muhammad Yalaludin Mading, who are Thai, and Sman Esma El, who is Cambodian.
Kao Sopha, defense lawyer for all three men, told VOA Khmer he was confident the men would be released.
During their hearing, the men denied they had plotted terrorist acts against the British and US embassies in Phnom Penh.
Sman Esma El said he had been offered money and a position of power for confessing to the charges against him in 2003.
"I was convicted at the order of top senior officials," Muhammad Yalaludin said.
"I didn't come to destroy Cambodia, like what I have been charged for," Abdul Azi said. "May Allah damn me and my seven-distant relatives if I colluded with terrorists. May Allah damn those who have charged me, and may their bloodline meet bad luck."''',
    quotes=[
        Q('"I was convicted', 'senior officials,"', "Muhammad Yalaludin Mading"),
        Q('"I didn\'t come to destroy Cambodia', 'charged for,"', "Abdul Azi Jaiji Chiming"),
        Q('"May Allah damn me', 'meet bad luck."', "Abdul Azi Jaiji Chiming"),
    ],
    aliases={"Muhammad Yalaludin Mading": ["Muhammad Yalaludin"], "Abdul Azi Jaiji Chiming": ["Abdul Azi"]},
),
dict(
    id="voa-iowa-flood-cedar-rapids-2008",
    source="https://www.voanews.com/a/a-13-2008-06-27-voa57/401866.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' dropped; the paragraph '\"For the community, as you are getting contacted by ...', cut in the stored copy, dropped)",
    text='''In US Midwest, People Looking to Clean Up, Rebuild After Heavy Flooding
Heavy flooding in America's Midwest in recent weeks has caused severe damage. In one of the hardest-hit cities, Cedar Rapids, in the state of Iowa, as many as 2,000 homes may have to be demolished. VOA Correspondent Scott Stearns is in Cedar Rapids and reports that, despite the widespread devastation, people are optimistic that they will be able to rebuild.
Along the streets of downtown Cedar Rapids, mounds of water-damaged household goods are waiting to be hauled away - molding carpets, bloated couches, rows of refrigerators and piles of silt-stained insulation.
The City Council has decided to demolish at least 300 homes too dangerous to enter. Another 1,700 in the flood plain may be razed once residents salvage what they can.
University of Iowa tests on the sludge left behind by the flood have found contamination from sewage, industrial chemicals and diesel fuel.
"If you have to go into a building, protect yourself at all costs," said Ryan Sunderman, the medical director at St. Luke's Hospital. "We are seeing people come in. It's hot. People want to wear shorts, so they might put on some rubber boots. It's not enough. They need to be fully wrapped."
Storms and high water have killed 24 people and caused billions of dollars in damage to buildings and farmland since late May. More than 38,000 people are displaced, most of them here in Iowa.
Cedar Rapids city council has requested 500 trailers from the federal government to house those displaced. The city's manager says reimbursement from a federal buyout program could take as long as 18 months.
Hundreds of out-of-town construction crews have arrived to help with rebuilding. Concerned about potential fraud, Cedar Rapids Police Chief Greg Graham is conducting criminal background checks, and making sure skilled workers have proper liability insurance.''',
    quotes=[
        Q('"If you have to go into a building', 'at all costs,"', "Ryan Sunderman"),
        Q('"We are seeing people come in.', 'fully wrapped."', "Ryan Sunderman"),
    ],
    aliases={},
),
dict(
    id="voa-philippines-aquino-typhoon-stay-2013",
    source="https://www.voanews.com/a/aquino-vows-to-stay-in-typhoon-hit-central-philippines/1791958.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News', the video player lines ('Aquino Vows to Stay in Typhoon-hit Central Philippines', 'please wait', 'No media source currently available', '0:00 0:01:01 0:00') and the gallery credit 'Photos by Steve Herman' dropped; the subheading 'Beliefs challenged' kept as a line; the paragraph 'British-based child development agency Plan International posted ...', cut in the stored copy, dropped)",
    text='''Aquino Vows to Stay in Typhoon-hit Central Philippines
Philippine President Benigno Aquino has vowed to "stay" in the typhoon-battered center of the country until he is "satisfied" with efforts to help survivors of a devastating November 8 storm.
Aquino made the pledge Sunday as he visited the hard-hit central islands of Samar and Leyte, where thousands of people flocked to ruined churches for weekly prayers. Some gave thanks for surviving Super Typhoon Haiyan, while others prayed for the souls of the thousands of people who were killed.
Sunday services typically are a time of reflection in the Philippines, whose population is 80 percent Roman Catholic. Filipinos have maintained that faith despite repeatedly enduring disasters of biblical proportions.
In its latest casualty report issued Sunday, the Philippine government said the typhoon killed at least 3,974 people and left about 1,200 others missing. Many of them were swept away and drowned in a huge storm surge triggered by one of the strongest cyclones on record.
Beliefs challenged
Washington-based Cardinal Theodore McCarrick visited the town of Palo on Leyte island and led a mass for the faithful at a heavily damaged cathedral. Speaking to VOA later in the day in the city of Ormoc, the 83-year-old acknowledged that words of scripture may not be enough for some traumatized people.
"At the beginning everyone is hurting. And they lost so many friends and family," he said. "And they do not know why God is doing this to us. Well, in a real sense, we say it is not that God is doing this to us, [but] he is allowing these things to happen probably for a greater cause."
The Civil Defense Office also estimated that almost four million people have been left homeless.''',
    quotes=[
        Q('"stay"', None, "Benigno Aquino"),
        Q('"satisfied"', None, "Benigno Aquino"),
        Q('"At the beginning everyone is hurting.', 'friends and family,"', "Theodore McCarrick"),
        Q('"And they do not know why', 'a greater cause."', "Theodore McCarrick"),
    ],
    aliases={"Benigno Aquino": ["Aquino", "Philippine President Benigno Aquino"],
             "Theodore McCarrick": ["Cardinal Theodore McCarrick"]},
),
dict(
    id="voa-liberia-health-workers-end-strike-2014",
    source="https://www.voanews.com/a/liberian-health-workers-end-two-day-ebola-related-strike/2484156.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' and the photo caption 'FILE - Liberians stage a protest ...' dropped; the paragraph 'VOA made several attempts to reach Internal Affairs Minister Morris Dukuly and Information Minister Lewis Brown for comment. But, another ...', cut in the stored copy, dropped)",
    text='''Liberian Health Workers End Ebola Wage Strike
Liberian health workers have ended their two-day old strike over demands for higher pay for taking care of Ebola patients.
Joseph Tamba, president of the National Health Workers Association, said they ended the strike Tuesday after receiving appeals from Liberians and the international community.
Tamba said the health workers did not want to be responsible for deaths of more Liberians.
“The strike is over, according to all the health workers of the Republic of Liberia. Our concern is the people of Liberia. We do not want the people in Liberia to be at risk. Because of this, all the health workers, we met today and we decided that we are going to cut off the ‘go-slow’ to listen to the international community to see how best they can come in and try to provide better incentives for the health workers of the Republic of Liberia,” Tamba said.
Tamba said the strike being called off was not because the Minister of Health had threatened the workers with dismissal.
“The minister is a Liberian and we are Liberians. We know the minister’s term will be finished. We are health workers. We cannot hold Liberians hostage because of our disagreement with the minister,” Tamba said.
Tamba said he’s in hiding because the internal affairs minister has ordered his arrest for inciting workers to strike.
“I am on the run because the Internal Affairs minister has given orders to police to find me anywhere and arrest me. And, I do not want to be arrested because I do not know the orders they give the police,” he said.
Tamba said he will not return to Monrovia, even with the strike ended.''',
    quotes=[
        Q("“The strike is over", "Republic of Liberia,”", "Joseph Tamba"),
        Q("“The minister is a Liberian", "with the minister,”", "Joseph Tamba"),
        Q("“I am on the run", "give the police,”", "Joseph Tamba"),
    ],
    aliases={"Joseph Tamba": ["Tamba"]},
),
dict(
    id="voa-khmer-typhoon-rammasun-floods-2014",
    source="https://voacambodia.com/amp/eight-dead-in-widespread-flooding/1972045.html",
    license=PD, retrieved=PAGES + " (the byline lines 'Suy Heimkhemra' and 'VOA Khmer' and the photo caption 'A Cambodian amputee beggar is given money ...' dropped; the stored copy ends with a complete paragraph)",
    text='''Eight Dead in Widespread Flooding
Cambodian officials say flooding across 12 provinces has left at least eight people dead. The flooding has been caused by major rain due to Typhoon Rammasun, which has hit coastal China hard.
Authorities say they expect the waters to recede in coming days, making this year’s flooding less intense, so far, than last year.
The provinces hardest hit in the latest flooding have been Kampong Cham, Kratie and Stung Treng, Nhim Vanda, a senior official at the National Committee for Disaster Management, told VOA Khmer Tuesday.
“The water level in the three provinces is not yet stable, but in the next few days, we expect the water levels to fall,” he said. “Now we are working on calculating any damages caused by the flooding.”
Kratie Governor Sar Chamrong said three people were confirmed dead in flooding that has reached “emergency” levels.
In Kampong Cham, two deaths were confirmed, both of them children, as water continued to rise Tuesday, Lun Lim Thai, governor of the province, said.
Last year, at least 168 people died across 20 provinces in severe, prolonged flooding, which damaged hundreds of thousands of homes and 385,000 hectares of rice paddies and cost Cambodia $365 million. But 2011 was one of the worst years on record, killing some 250 people and majorly damaging infrastructure.''',
    quotes=[
        Q("“The water level in the three provinces", "water levels to fall,”", "Nhim Vanda"),
        Q("“Now we are working", "by the flooding.”", "Nhim Vanda"),
        Q("“emergency”", None, "Sar Chamrong"),
    ],
    aliases={"Sar Chamrong": ["Kratie Governor Sar Chamrong"]},
),
dict(
    id="voa-china-rights-lawyers-arrest-2016",
    source="http://www.voanews.com/content/china-lawyers-arrests/3143548.html",
    license=PD, retrieved=PAGES + " (the section line 'News / Asia', the photo caption 'FILE - Plainclothes and uniformed police stand guard ...' (printed twice) and the byline 'VOA News' dropped; the copy's indentation removed; the subheading '15 years to life' kept as a line; the paragraph 'Among the others detained are Zhou Shifeng, ... and legal assistant', cut in the stored copy, dropped)",
    text='''US Concerned About China Rights After Lawyers' Arrest
The United States has expressed concerns about an ongoing crackdown against Chinese human rights defenders, following reports Wednesday that several prominent rights lawyers were arrested on charges of state subversion.  Some of them were charged after being held for six months.
“The United States urges China to drop these charges and immediately release these lawyers and others like them detained for seeking to protect the rights of Chinese citizens, “ said Deputy Spokesman Mark Toner.
The lawyers were among more than 130 lawyers detained last July after being accused of organizing protests outside courtrooms in an effort to pressure local authorities.
State media has called the attorneys a "criminal gang," that created public disorder.
15 years to life
Li Yuhan, a lawyer for detained attorney Wang Yu, said Wang Yu's mother received a formal arrest notice this week for her on a charges of "inciting subversion of state power", a charge that carries a possible life sentence.
Li says Wang's husband, Bao Longjun, is also accused of the same charge.
Wang Yu is known for defending Uighur scholar Ilham Tohti, as well as alleged victims of sexual harassment, forced evictions and victims of illegal 'black jails.'
Li says she has not been able to meet with Wang since her detention in July. Other defendants have also reportedly been unable to meet with their lawyers.''',
    quotes=[
        Q("“The United States urges China", "Chinese citizens, “", "Mark Toner"),
        Q('"criminal gang,"', None, "State media"),
        Q('"inciting subversion of state power"', None, None),
        Q("'black jails.'", None, None),
    ],
    aliases={"Mark Toner": ["Deputy Spokesman Mark Toner"]},
),
dict(
    id="voa-khmer-cpp-defamation-threat-2017",
    source="https://voacambodia.com/a/ruling-party-threatens-opposition-with-defamation-action-over-election-claims/3921384.html",
    license=PD, retrieved=PAGES + " (the stored copy starts with the first paragraph, without headline, and is kept so (H131))",
    text='''The ruling Cambodian People’s Party has hit back at the opposition after it claimed earlier this week that the local election was not free and fair.
A CPP spokesman on Tuesday said that the Cambodia National Rescue Party had defamed the ruling party.
“Before and after the campaign period if we observed abnormalities, we resolved them. I have not idea why they [the CNRP] waited until the release of the results to make such a statement,” Sok Eysan told VOA Khmer.
He claimed the CNRP was behind the release of a statement by a coalition of election monitors, The Situation Room, which on Sunday said it had observed irregularities during the election and claimed the vote was held in an environment that did not permit a free election.
The ruling party on Monday claimed that the election results were not announced on television because the CNRP had declined to sign an agreement to have broadcasters read out the results.
It went on to threaten legal action against the CNRP for “slander or false statement”.
Yim Sovann, CNRP spokesman, said the party “only needs answers and I did not see any answers to our questions.”
The Situation Room claimed it had evidence of intimidation of voters, restrictions on freedom of expression and threats to NGOs and the opposition.
Yoeung Sotheara, a legal observer with election monitor Comfrel, a Situation Room member organization, said the group was independent and could corroborate most of the CNRP claims against the ruling party.
The CPP won more than half of the popular vote with the CNRP picking up an increased share of 43 percent and securing almost a third of the local councils.''',
    quotes=[
        Q("“Before and after the campaign period", "such a statement,”", "Sok Eysan"),
        Q("“slander or false statement”", None, "Cambodian People’s Party"),
        Q("“only needs answers", "to our questions.”", "Yim Sovann"),
    ],
    aliases={"Cambodian People’s Party": ["CPP", "The ruling party"]},
),
dict(
    id="voa-somalia-al-shabab-leader-airstrike-2017",
    source="https://www.voanews.com/a/us-confirms-death-al-shabab-militant-airstrike/3972410.html",
    license=PD, retrieved=PAGES + " ('Accessibility links', 'Breaking News' and the photo caption 'FILE - Al-Shabab fighters sit on a truck ...' (printed twice) dropped; the paragraph 'The meeting came a day after the militants carried out two deadly attacks in Somalia. ...', cut in the stored copy, dropped)",
    text='''US Confirms Death of Al-Shabab Militant in Airstrike
The U.S. military confirmed Friday that an airstrike earlier this week targeted and killed a senior member of the al-Shabab extremist group.
Ali Mohamed Hussein, who served as al-Shabab's shadow governor for Mogadishu and has been one of the group's most outspoken members, was killed in an airstrike. He was the only person killed in the strike and no civilians were harmed, U.S. Africa Command said in a statement.
"The U.S. conducted this operation in coordination with its regional partners as a direct response to al-Shabab actions, including recent attacks on Somali forces," the statement read.
Hussein, also known as Ali Jabal, was known for forcing Mogadishu businesses to "donate" money to the Islamist militants.
Somalia's information minister, Abdurahman Omar Osman, told VOA Somali that President Mohamed Abdullahi Mohamed "approved an operation with international partners on 30 July near Tortoroow, killing a key al-Shabab leader behind Mogadishu bombings, assassinations."
Tortoroow is an al-Shabab stronghold in the Lower Shabelle region in southern Somalia.
A brief statement on the attack from the U.S. Africa Command said the airstrike took place Sunday at about 3 p.m. local time.
President Donald Trump earlier this year approved expanded military operations against al-Shabab, including more aggressive airstrikes.
Following the strike, the Somali president held an emergency meeting with the country's heads of security agencies on Monday. Sources told VOA the meeting focused on the latest security incidents in the country.''',
    quotes=[
        Q('"The U.S. conducted this operation', 'on Somali forces,"', "U.S. Africa Command"),
        Q('"donate"', None, None),
        Q('"approved an operation', 'bombings, assassinations."', "Abdurahman Omar Osman"),
    ],
    aliases={"U.S. Africa Command": ["the statement"],
             "Abdurahman Omar Osman": ["Somalia's information minister"]},
),
dict(
    id="voa-khmer-kem-sokha-foreign-witnesses-2019",
    source="https://voa.pangea-cms.com/preview/km-KH/a/lawyer-wants-court-to-summon-foreign-witnesses-for-kem-sokha-trial/5220735.html",
    license=PD, retrieved=PAGES + " (the Khmer navigation lines (for 'Accessibility links' and 'Breaking News') and the two photo captions ('FILE: Kem Sokha, CNRP President, meets with British Ambassador ...', 'Chan Chen, one of Kem Sokha's defend lawyers, spoke to reporters ...', each printed twice) dropped; a trailing space after the summary paragraph removed; the paragraph 'Kem Sokha was arrested in S...', cut in the stored copy, dropped)",
    text='''Lawyer Wants Court to Summon Foreign Witnesses For Kem Sokha Trial
Kem Sokha was arrested in September 2017, was in pre-trial detention till September 2018 and then placed in house arrest till November. In the last six weeks, the court has closed the investigation and sent the case to trial next month.
A lawyer for Kem Sokha said the Phnom Penh Municipal Court should invite foreign witnesses to testify in Kem Sokha’s January 15 trial over treason charges.
Chan Chen, part of Kem Sokha’s legal team, said on Tuesday that the Phnom Penh Municipal Court should invite foreign witnesses to testify whether Kem Sokha was working with foreign governments. The opposition leader has been charged with using foreign assistance, especially the United States, to overthrow the government in a color revolution.
“So far, I have not seen the court summon any foreigners or foreign institutions at all,” Chan Chen said. “But we, Kem Sokha’s lawyers, want to see the court summon foreigners to be witnesses and prove [Sokha’s] innocence.”
Chan Chen said he was yet to discuss with his colleague if they would summon foreign witnesses to appear during the trial.''',
    quotes=[
        Q("“So far, I have not seen", "institutions at all,”", "Chan Chen"),
        Q("“But we, Kem Sokha’s lawyers", "innocence.”", "Chan Chen"),
    ],
    aliases={},
),
]
