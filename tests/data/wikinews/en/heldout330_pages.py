# Held-out English news texts (tests/data/heldout330-en.jsonl), none of them used in an earlier set. Global Voices in
# English (CC BY 3.0, attribution "Global Voices"), seven posts published on globalvoicesonline.org on May 2-3, 2012,
# taken from a WordPress export of the site that a public repository stores (github.com/OpenGenderTracking/globalvoices,
# data/full/globalvoicesonline.wordpress.2012-may.xml, read with the read_file tool; only posts with status 'publish'
# were used). The export holds each post's HTML; it was converted by hand (H1820): tags dropped and link text kept,
# entities decoded (&amp; -> &, &#039; -> ', &quot; -> "), the post title kept once as the first line, one paragraph
# per line, a blockquote's paragraphs and a tweet as lines of their own; captions, embedded videos, the 'This post is
# part of our special coverage' lines, the thumbnail-credit notes and the sub-editor lines dropped; blockquotes in a
# language other than English dropped and their English translations (the 'translation' blocks printed under them)
# kept; wording, spelling, language tags such as [zh] and quotation marks (straight or curly) as in the export; the
# comments stored with the posts were not read for the texts. Annotated by reading the texts, before whosaid was run on
# them (rules H1820-H1824 in ANNOTATION.md on top of H1-H1819).
GV = "CC BY 3.0 (Global Voices)"
EXPORT = ("Global Voices WordPress export (github.com/OpenGenderTracking/globalvoices, "
          "data/full/globalvoicesonline.wordpress.2012-may.xml), post HTML converted by hand (H1820)")

SOURCES_HEAD = """
## Held-out set: tests/data/heldout330-en.jsonl

Built by `build.py` from `heldout330_pages.py`. Like heldout314-en, heldout278-en, heldout253-en and the other Global
Voices sets above, these texts are Global Voices posts in English (CC BY 3.0, attribution "Global Voices"), none of
them used in a set above, this time not from stored web pages but from a WordPress export of globalvoicesonline.org of
May 22, 2012 that a public GitHub repository stores (github.com/OpenGenderTracking/globalvoices, file
`data/full/globalvoicesonline.wordpress.2012-may.xml`, read with the `read_file` tool; the stored web pages of the
family were found nearly exhausted, see heldout297-en). Seven posts of May 2-3, 2012 with status 'publish' were used:
'Cuba: Bloggers Offended by Archbishop's Statements', 'Honduras: "Too much violence to keep track of"', 'Hong Kong:
Evangelists Accuse Lady Gaga of Leading Youth Astray', 'Armenia: Backhanded Victory for Environmental Activists',
'Yemen: Anger at Expansion of US Drone War', 'Sudan/South Sudan: Voicing Hope for #newSUDANS' and 'Bahamas: Last
Thoughts on Elections'. None is credited to AP, Reuters, AFP or another third party. The post HTML was converted by
hand (H1820): tags dropped and link text kept, entities decoded, the title kept once as the first line, one paragraph
per line, blockquote paragraphs and tweets as lines of their own; captions, embedded videos, 'special coverage' lines,
thumbnail-credit notes and sub-editor lines dropped; blockquotes in Chinese or Armenian dropped and the English
translations printed under them kept (noted per post); wording, spelling and quotation marks as in the export. The
reader comments stored with the posts in the export (which include commenters' e-mail and IP addresses) were not used.
Posts read but left out: drafts and posts pending review (the Zambia/Malawi fuel donation, the Algeria Kabylie march,
the South Korea 'Emperor's Dish' and Kenya 'Shuga' re-posts, the Southeast Asia wars draft), one-quote 'Updates'
(Kenya software law, BlogCamp Ghana, Robtel Pailey on Charles Taylor, The Eternal Pantomime on Trinidad & Tobago's
education minister; `build.py` needs two quotes per document) and posts whose only marks are titles or scare quotes
(Tunisia Persepolis trial, Indonesia prayer-call volume, Egypt Abbassiya eyewitness, the Liberia interview). None of the
posts used is in any set above: checked by URL slug and title, by the repository name (`OpenGenderTracking`, no hit) and
by the names and phrases Iriepa, Cardinal Ortega, Adrienne Pine, Media Evangelism, Chu Ka Yu, Mashtots, Unzipped,
Medea Benjamin, Summer Nasser, Jeb Boone, newSUDANS, Bahama Republic and Edward Hutcheson, grepped in tests/data of the
main checkout and of every other helper's worktree (no hit; 'Rick Lowe' occurs only in a different 2007 Global Voices
brief in heldout270-en, 'babalu' only in a different post in heldout77-en). The annotation (rules H1820–H1824 in
`ANNOTATION.md` on top of H1–H1819) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-2012-05-02-cuba-bloggers-offended-by-archbishops-statements",
    source="http://globalvoicesonline.org/2012/05/02/cuba-bloggers-offended-by-archbishops-statements/",
    license=GV, retrieved=EXPORT + " (post 317190 by Janine Mendes-Franco, May 2, 2012; the title's trailing space and the thumbnail-credit note ('The thumbnail image used in this post, Catedral de San Cristóbal de La Habana, is by RC_Fotos ...') dropped; the four blockquotes of babalu and of Wendy Iriepa and Ignacio Estrada kept as unmarked lines (H1820); the double spaces after 'criminal records.' and in 'many  occasions' as in the export)",
    text='''Cuba: Bloggers Offended by Archbishop's Statements
As if the Archbishop of Havana hadn't sufficiently ruffled bloggers' feathers over the recent papal visit to Cuba - specifically his request to have protesters removed from a church and his lack of cooperation in facilitating a meeting between the pontiff and dissident groups - in a recent address at a Harvard University conference, Cardinal Ortega referred to those church protesters as criminals, once again raising the ire of Cuban netizens.
babalu called the comments "derisive" and "nothing less than reprehensible":
This latest sin against God and His flock is only another example of what a truly despicable man Ortega is. Fortunately, the Good Lord has provided the objects of Ortega's sinful ridicule and scorn the opportunity to respond.
The blog then linked to a mainstream media article in which some of the protesters were interviewed and denied that they had criminal records.  In a subsequent post, the blog got hold of a petition for Cardinal Ortega's retirement and encouraged readers to sign:
According to the rules established by Pope John Paul II, all bishops are required to retire when they reach the age of 75. Cardinal Ortega was born in October 1936. This means he is overdue for forced retirement, yet, he clings to his post, and the Holy Father allows him to do so.
Finally, at Translating Cuba, Wendy Iriepa and Ignacio Estrada confessed that they had "no words to describe the recent statements made by his Eminence Cardinal and Archbishop of Havana Jaime Lucas Ortega Alamino during his stay last week in the United States of America":
Despite the fact that he has spoken in a deliberate tone, the language used by the Cuban cardinal places at disadvantage the credibility of the good function of the Catholic hierarchy in the island. He has repeated in his discourse the same phrases used by the ruling class.
All of us who follow the evolution of the Catholic Church in Cuba, have denounced on many  occasions the so badly called relationship between Church and State, and the complicity of the Church with the silence of the true existing situation in the island related to the lack of a state of rights and also the lack of places for free religious worship.
They went on to say that the Cardinal's speech "was similar to one of the many speeches dictated by the office of the Department of Ideology of the Central Committee of the Communist Party of Cuba":
Today’s comment does not attempt to criticize the role of the Church in Cuba, but it tries to put in its right place he who uses the Catholic Church for his own benefit and in defense of those who are sinking the nation into an increasing poverty.
We would have to ask such a Cuban Cardinal, “How could he have access to the police records of each person who occupied the Caridad Church in Havana?” We would also ask, “How could he obtain the information that such acts of civil disobedience were organized from Miami?” I understand this time, like many other times, that the Cardinal spoke more than he should, and now he has to withstand all the critics coming from different latitudes.
I never imagined to hear, from the lips of the highest pastor of the Cuban Church, so much malice for those who try to promote full respect to the basic freedom of each man. To call those who serve unfair sentences under the most terrible conditions not described by people like him “common delinquents,” at some international meeting, makes him an accomplice of a corrupt and inert government.''',
    quotes=[
        Q('"derisive"', None, "babalu"),
        Q('"nothing less than reprehensible"', None, "babalu"),
        Q('"no words to describe', 'United States of America"', "Wendy Iriepa and Ignacio Estrada"),
        Q('"was similar to one', 'Communist Party of Cuba"', "Wendy Iriepa and Ignacio Estrada"),
        Q('“How could he have access', 'Church in Havana?”', "Wendy Iriepa and Ignacio Estrada"),
        Q('“How could he obtain', 'from Miami?”', "Wendy Iriepa and Ignacio Estrada"),
        Q('“common delinquents,”', None, "Jaime Lucas Ortega Alamino"),
    ],
    aliases={"babalu": ["babalu", "The blog"],
             "Wendy Iriepa and Ignacio Estrada": ["Wendy Iriepa and Ignacio Estrada"],
             "Jaime Lucas Ortega Alamino": ["Jaime Lucas Ortega Alamino", "Cardinal Ortega", "Ortega",
                                            "the Archbishop of Havana", "his Eminence Cardinal and Archbishop of Havana Jaime Lucas Ortega Alamino",
                                            "the Cuban cardinal", "the Cardinal"]},
),
dict(
    id="gv-en-2012-05-02-honduras-too-much-violence-to-keep-track-of",
    source="http://globalvoicesonline.org/2012/05/02/honduras-too-much-violence-to-keep-track-of/",
    license=GV, retrieved=EXPORT + " ('Updates' post 317107 by Silvia Viñas (export: Silvia Vinas), May 2, 2012, one paragraph; the title's &quot; entities written as straight marks; the italics of 'campesinos' dropped; headline quotation read as Adrienne Pine's (H1823))",
    text='''Honduras: "Too much violence to keep track of"
Adrienne Pine explains that, "since the bold repossession of lands by thousands of campesinos around Honduras on the International Day of Peasant Struggle, there have been increasingly worrisome retaliations, so frequent that I can't keep track of them." She reports on some of these cases and on other types of violence in Honduras, including attacks on journalists. Adrienne also links to several articles on these issues.''',
    quotes=[
        Q('"Too much violence to keep track of"', None, "Adrienne Pine"),
        Q('"since the bold repossession', 'keep track of them."', "Adrienne Pine"),
    ],
    aliases={"Adrienne Pine": ["Adrienne Pine", "Adrienne"]},
),
dict(
    id="gv-en-2012-05-02-hong-kong-evangelists-accuse-lady-gaga",
    source="http://globalvoicesonline.org/2012/05/02/hong-kong-evangelists-accuse-lady-gaga-of-leading-youth-astray/",
    license=GV, retrieved=EXPORT + " (post 317083 by Oiwan, May 2, 2012; the six blockquotes in Chinese (the online poster and the prayers of Julie Lam, Johnny Cheung, Chan Kwan Yeung, Chu Ka Yu, Siu Heng and Vita Lam) dropped and the English translations printed under them kept, their inner line breaks as lines (H1820); the caption 'Poster calling for Christians to sign in to pray for youth against the', the thumbnail note ('The thumbnail and featured image used in this post is by Domain Barnyard ...') and the line 'This post was sub-edited by Jane Ellis.' dropped; the link text 'Chan Kwan Yeung defended L' + 'ady Gaga [zh]:', split over the export's chunks, joined)",
    text='''Hong Kong: Evangelists Accuse Lady Gaga of Leading Youth Astray
American singer and songwriter Lady Gaga is currently touring Asia with her 'Born this Way Ball'. Hong Kong shows are scheduled to take place between May 2 and May 7, 2012. On the eve of her first concert there, an evangelist group's campaign against her presence in Hong Kong has ignited debate within the local community.
A right wing evangelist group, Media Evangelism Limited, has launched an online campaign against Lady Gaga's tour, inviting Christians to sign in and "pray for youth in Hong Kong against the temptation of Lady Gaga". The online poster [zh] states:
Lady Gaga's concerts will be held between May 2 and May 7 in Hong Kong. The concert has pornographic, homosexual and satanic elements and it allows children below the age of three to enter. Here we plead Christians to sign up and pray for the youth's mind and spirit.
Facebook user Julie Lam explained the Christian's action in her prayer [zh]:
Her new song, Born This Way, said that God created homosexuals and it is not a sin. She advocates for the legalization of same sex marriage and has influenced several countries' legislation. Her performance will open the door for evil to come in. Her objective is to influence the youth and bring moral decadence.
Less than 100 people have signed in to the page with the majority being against the evangelist group's propaganda. Below is a selection of some of the prayers in the sign-up page [zh].
Johnny Cheung said [zh]:
Pray for god to clear our youth's brain. Let them know how to distinguish bad thought and behavior. Let them know the fake business of the Noah's Ark theme park. Isn't that more of a problem than Lady Gaga in terms of corrupting people's minds? I pray all those who have been brainwashed by the evangelist media to regain their senses and come back to God's side.
Chan Kwan Yeung defended Lady Gaga [zh]:
Our Father, Please let those who have been blinded by the evangelist media to regain their sight!
Lady Gaga is a singer. She guides the youth to choose a righteous path. She promotes love, freedom and equality among those of different race, gender and sexual orientation. She is not a Satan worshipper, she was joking with the program host. Her heart follows our Heavenly Father. God, please forgive those who misjudge Lady Gaga because of the evangelist media's propaganda. Please guide the believers who have been led by the evangelist group to the righteous path. Amen.
Chu Ka Yu criticized the evangelist group for spreading a 'gay sin' message [zh]:
Divide society, oppress those who do not share their own value, brainwash the youth with the message of Gay Sin, uphold one's belief as the only truth in this world, refuse to reflect upon God's message, impose upon God's will by one's limited intelligence, these are acts of the 'church'.
I believe in God and Jesus Christ. I read the Bible. That's why I oppose the Church.
I don't care if you call me a devil or anything else....
Siu Heng pointed out that young people know how to make their own choices [zh]:
I am not a fan of Lady Gaga and do not plan to see her show. I respect the beliefs of others. But I can't stand people treating the youth as idiots who would become bad because of a show. You are just a bunch of moral Talibans who accuse each other of being morally wrong because they are different.
Vita Lam criticized the right wing for spreading hatred [zh]:
Is it fair for the Christian to impose discrimination against the social minority when expressing their belief?
If all other people are attacking Christian beliefs, how would you react?
God loves everyone in this world, but in reality, it is more accurate to say that religion has instigated hatred.''',
    quotes=[
        Q("'Born this Way Ball'", None, None),
        Q('"pray for youth in Hong Kong', 'temptation of Lady Gaga"', "Media Evangelism Limited"),
        Q("'gay sin'", None, "Chu Ka Yu"),
        Q("'church'", None, None),
    ],
    aliases={"Media Evangelism Limited": ["Media Evangelism Limited", "A right wing evangelist group", "the evangelist group"],
             "Chu Ka Yu": ["Chu Ka Yu"]},
),
dict(
    id="gv-en-2012-05-02-armenia-backhanded-victory-for-environmental-activists",
    source="http://globalvoicesonline.org/2012/05/02/armenia-backhanded-victory-for-environmental-activists/",
    license=GV, retrieved=EXPORT + " (post 317021 by Liana Aghajanian, May 2, 2012; the two blockquotes in Armenian (Voice of the Nightingale, Lena Nazaryan) dropped and the English translations printed under them kept (H1820); the caption 'Protestors, Mashtots Park, Yerevan, Armenia © Hetq Online' and the embedded Civilnet video dropped; the Armenian link text of the NGO's name kept as in the export; a trailing space after the first paragraph dropped; the closing '.' of the last paragraph, split over the export's chunks, joined; 'kiosks.How', 'Sargysan' and 'look out' as in the export)",
    text='''Armenia: Backhanded Victory for Environmental Activists
After almost three months of continuous protests and sit-ins staged by activists in a battle to save Mashtots Park, the Armenian President, Serzh Sargsyan, ordered the removal of structures already constructed on the basis that they weren't aesthetically appealing, a reason that wasn't on the agenda of those fighting against illegal construction in one of Yerevan's last remaining green spaces.
In addition to their demands to preserve the park for health and environmental reasons, protesters objected to the 'boutique' kiosks because no public hearings were held on the matter and no environmental impact assessment was conducted on the area, both of which are required by law. Voice of the Nightingale voiced its concerns [AM] with the government's disregard for rule of law.
It was made clear that the President has forgotten about the law when the issue has to do with the aesthetics of objects. The president announced that the construction of the kiosks were perfectly legal, the mayor had done everything correctly, but the kiosks weren't so pleasing to look out and it wouldn't be a good idea to have them as eye sores for the next few years.
The decision came just a few days after police used force against protesters, injuring a few and arresting others. Save Mashtots Park, a tumblr setup in support of the movement, named those detained while Civilnet, the news and analysis site of Yerevan-based think tank and development agency Civilitas Foundation captured footage of the scuffle.
The activists detained were later released and congratulatory messages left on the Facebook group of civic NGO Մե՛նք ենք այս քաղաքի տերը (This City Belongs to Us), who were instrumental in initiating the movement, highlighted frustration at how the Armenian president handled the situation. Group member Lena Nazaryan writes:
Serge Sargysan hasn't realized one bit the rights of the residents of the Republic of Armenia and the priorities of the people who are the sovereign basis of the Republic of Armenia's Constitution and the legitimizing source of state officials (President, Mayor, etc.)
During his visit to Mashtots Park, Sargysan was also accompanied by Yerevan Mayor Taron Margaryan, who didn't meet with protesters despite repeated pleas. Some, like Anahit Markosian, called for his resignation on the Armenian Environmental Network Facebook group page:
I think the latest events at Mashtots park call for mayor Margarian's resignation. Not only has he shown his unwillingness and inability to solve the problem, but he also created a situation where the citizens and police are constantly being pitched against each other, thus putting both sides in the harms way. Such irresponsible and destructive behavior on behalf of the Mayor should not be tolerated.
Although the kiosks were ordered to be dismantled for all the reasons activists were not voicing, the longevity of the movement has been seen as a sort of awakening of Armenian civil society which has otherwise remained rather apathetic since the collapse of the Soviet Union some 20 years ago.
The Armenian Observer blog comments.
[...] the activists forced the country’s top official to carry out their demand and this is a remarkable achievement of civil activism in Armenia. These guys showed they’re real fighters, who stood there under snow and rain, fought back police and provocateurs and won their cause!
Writing on his organization's blog when the movement started in February, Kirk Wallace, Armenia Office Program Director at the Armenian Environmental Network, has also seen a change.
Mashtots Park is already a victory for justice and the rule of law.  Young people have sparked a renewed interest in social consciousness and have provided the first real glimmers of hope in decades.
While welcoming the development, however, some such as Unzipped noted the timing of the move, coming as it did just days before Armenia's crucial parliamentary election. "Ha! Reports: #Armenia president visited the site, hijacked #OccupyMashtotsPark & ordered dismantlement of kiosks.How sweet #armelection #PR," the blogger commented on Twitter.''',
    quotes=[
        Q("'boutique'", None, None),
        Q('"Ha! Reports:', '#armelection #PR,"', "Unzipped"),
    ],
    aliases={"Unzipped": ["Unzipped", "the blogger"]},
),
dict(
    id="gv-en-2012-05-03-yemen-anger-at-expansion-of-us-drone-war",
    source="http://globalvoicesonline.org/2012/05/03/yemen-anger-at-expansion-of-us-drone-war/",
    license=GV, retrieved=EXPORT + " (post 317222 by Noon Arabia, May 3, 2012; the line 'This post is part of our special coverage Yemen Protests 2011.' at the head and foot, the caption 'US Air Force General Atomics MQ-1 Predator Unmanned Aerial Vehicle (UAV). ...' and the embedded video dropped; the tweets and blockquotes kept as unmarked lines, the Bureau of Investigative Journalism figures one line each (H1820); 'blog post,\"The Failed' with no space, 'on behave of' and '....' as in the export)",
    text='''Yemen: Anger at Expansion of US Drone War
The United States has recently expanded its campaign of drone strikes in Yemen, to widespread anger and concern.
Drone strikes against suspected Al Qaeda operatives have been launched under expanded authority allowing the CIA and military to fire based only on the targets' intelligence “signatures” or patterns of behaviour, without knowing their identity.
Yemeni-American Summer Nasser tweeted:
@SummerNasser: #Yemen: Basically, the CIA & military can fire drones even when the identity of those who are killed is not known. Approved by Pres. Obama.
Ibrahim Mothana, a Yemeni writer and activist, commented on the drone policy:
@imothanaYemen: Expanding drones program is not in the interest of #Yemen nor the US. It will only expand an ongoing Talibanization process for tribal areas
Jeb Boone, an American journalist and former managing editor of the Yemen Times, said:
@JebBoone: Drones not only inflame anti-US and pro-AQAP sentiment, they delegitimize the #Yemen government. Troubling.
The drones have been striking targets in the south of Yemen, and researcher Atiaf Alwazir commented:
@WomanfromYemen: it's sad that too many ppl from the #North disregard/ignore the issue of the drones b/c it doesn't "affect" them. it's too far. #yemen
Jeremy Scahill, an award-winning American investigative journalist, has argued against the use of drones in Yemen, Pakistan and Somalia. He recently made a documentary for Al Jazeera English entitled "America's Dangerous Game", which asks if the US is creating more enemies than it can capture or kill.
According to the organizers of the recent "Drone Summit" held in Washington on April 28-29, as many as 3,000 people, including hundreds of noncombatants, have been killed in drone strikes. This Storify collects some of the tweets from the summit regarding drone strikes and US policy in Yemen. Jeremy Scahill's speech at the summit can be seen here.
The Bureau of Investigative Journalism based at City University, London, has published figures for US covert action in Yemen:
US Covert Action in Yemen 2001-2012
Total US strikes: 41 - 132
Total US drone strikes: 31 - 68
Total reported killed: 294 - 673
Civilians reported killed: 55 - 105
Children reported killed: 24
The Bureau of Investigative Journalism has also collated detailed data on reported US covert actions in Yemen since 2001.
On April 30 John Brennan, chief counterterrorism advisor to U.S. President Barack Obama, gave a speech entitled "The Ethics and Efficacy of the President’s Counterterrorism Strategy" in which he defended the use of drones. Activist Medea Benjamin challenged him and spoke up against drone killings in Pakistan, Yemen and other countries, as shown in this video:
In a post entitled "A brave lady Speaks out about the CIA Drone Strikes", Yemeni blogger Afrah Nasser commended Medea Benjamin's courage and quoted her words:
"What about of the hundreds innocent people killing with our drone strikes in Pakistan, Yemen and Somalia? I speak out on behave of those innocent victims. They deserve an apology from you, Brennan. How many people are you willing to sacrifice? Why are you lying to the American people and not saying how many people have been killed? .... Shame on you!"
As I said in a recent blog post,"The Failed US Policy in Yemen":
The use of drones on Yemeni soil to kill "suspected" al Qaeda leaders, the unjustified killing of a teenager and many other innocent civilians commonly referred to as "collateral damage" and the illegal detention of a journalist, has fostered more animosity towards the US. [...] The US clearly needs to re-evaluate its counter-terrorism policy in Yemen by addressing the socio-economic underlying causes that produce terror, rather than focusing its aid solely in the fight against al "Qaeda" and continuing with the drone attacks which kills innocent people, alienates, angers and aggravates the general Yemeni public, giving extremists a motive to join militant groups.''',
    quotes=[
        Q('“signatures”', None, None),
        Q('"affect"', None, None),
        Q('"America\'s Dangerous Game"', None, None),
        Q('"Drone Summit"', None, None),
        Q('"The Ethics and Efficacy', 'Counterterrorism Strategy"', None),
        Q('"A brave lady Speaks out', 'CIA Drone Strikes"', None),
        Q('"What about of the hundreds', 'Shame on you!"', "Medea Benjamin"),
        Q('"The Failed US Policy in Yemen"', None, None),
        Q('"suspected"', None, None),
        Q('"collateral damage"', None, None),
        Q('"Qaeda"', None, None),
    ],
    aliases={"Medea Benjamin": ["Medea Benjamin", "Activist Medea Benjamin"]},
),
dict(
    id="gv-en-2012-05-03-sudan-south-sudan-voicing-hope-for-newsudans",
    source="http://globalvoicesonline.org/2012/05/03/sudansouth-sudan-voicing-hope-for-newsudans/",
    license=GV, retrieved=EXPORT + " (post 317115 by Maha Elsanosi, May 3, 2012; the caption 'Former South Sudan leader John Garang. Photo source: usaid.gov.' dropped; every tweet a line of its own, Moez Ali's tweet with the line break of the export kept as two lines (H1820); the handle link split as '@bro0ownsuga' + 'r' joined as printed; the trailing space after 'saying:' dropped; the mixed closing of Raian Gibrel's tweet (curly opening, straight closing mark) as in the export)",
    text='''Sudan/South Sudan: Voicing Hope for #newSUDANS
In the wake of the secession of South Sudan from Sudan in July 2011 and the recent clashes between the two countries over the oil-rich region of Heglig, citizens of both Sudans found themselves in the middle of an ugly upheaval.
On April 29, 2012, the Twitterverse was filled with an atmosphere of union and solidarity between Twitter users from both countries. Inspired by late Dr. John Garang’s vision for a “New Sudan”, they initiated the hashtag #newSUDANS and voiced their opinions, perceptions and hopes for two new democratic Sudans.
Aguil Lual (@AguilB) called on Sudanese and South Sudanese on Twitter to revive the momentum of Garang’s “New Sudan” speech and join the dialogue, saying:
@AguilB: What are your dreams 4 peaceful co-existence of the Sudans? Thoughts on CPA? What our leaders should do? #join the conversation #newSUDANS
Aguil also called for freedoms and pride:
@AguilB: Freedom to report on politics, politicians, corruption, & rights abuses w/out being detained/beaten/silenced, impoverished #newSUDANS
And added:
@AguilB: Pride in our Sudaness. One day the news reports & int'l com will showcase South Sudan & Sudan as a model 4 peaceful transition #newSUDANS
Ali (@kashiff111) noted his vision for #newSUDANS:
@kashiff111: #newSUDANS powerful with it's individualism, colorful with its diversity, tolerant with it's unity, peaceful with it's faith.
Raian Gibrel (@bro0ownsugar) envisioned women empowerment, recognition of freedoms and an end to corruption:
@bro0ownsugar: empower women in order to get the other half of the society active and productive #newSUDANS
@bro0ownsugar: freedom of speech, religion, political practice #newSUDANS
@bro0ownsugar: “Eliminate corruption and all its resources #newSudans"
Muhanad Rabie (@Neo0rabie) called on peaceful conflict resolution:
@Neo0rabie: #newSUDANS Every one Must put his gun down. lets talk it out. Money you spend in War can be better spend in development, Health & Education
Muhanad also voiced his hope for the return of Sudanese in the Diaspora:
@Neo0rabie: People in #Diaspora have got to come back one day. #newSudans
Asmara Adanis (@AsmaraAdanis) cited good healthcare:
@AsmaraAdanis: Human life is valued. Unjustified death of Sudanese citizens not simply labelled destiny. Existence of #HealthCare #newSUDANS
Omer Abdellatif (@OmerAbdellatif) called against using religion to manipulate people:
@OmerAbdellatif: Do NOT use religion as a tool to manipulate people & laws! Treat people fairly regardless of religious backgrounds! #newSUDANS
On the other hand, Ahmed K (@SkinyTestaverde) preached secularism in #newSUDANS:
@SkinyTestaverde: Were we take advantage of our incredible diversity, eliminate tribalism, and realize that secularism is GOOD for religion #newSUDANS
Moez Ali (@his_moezness) used #newSUDANS to express that Sudanese people from all tribes and ethnicities should be identified as one:
@his_moezness: I'm from Shendi, El Fasher, Juba, El Damazin. I'm a Northerner, a
Southerner, a Nuba, a Zaghawi, a Fur and a Hadandawi #newSUDANS
Muhammad Osman (@Meltilib) promoted the elimination of racism, economic equality and freedom from intellectual materialism:
@Meltilib: #NewSudans where diseases of racism, ethno-centersim & religious bigotry are no more.
@Meltilib: #NewSudans with less economic inequality
@Meltilib: #NewSudans should be free of all forms of intellectual materialism.
Ahmad Mohamed (@AhmadMohamed10) tweeted his aspirations for #newSUDANS:
@AhmadMohamed10: I dream of the day when the #newSUDANS form a EU style federation with all the freedoms & economic cooperation that entails.
@AhmadMohamed10: Sudan and South Sudan - living side by side in peace with close economic, cultural & social cooperation/exchange. #NewSUDANS
And finally, Osman Musa (@OsmanBMusa) hoped:
@OsmanBMusa: No more trouble #newSUDANS.
The hashtag #newSUDANS continues.''',
    quotes=[
        Q('“New Sudan”', None, None),
        Q('“New Sudan”', None, None, 1),
        Q('“Eliminate corruption', '#newSudans"', "Raian Gibrel"),
    ],
    aliases={"Raian Gibrel": ["Raian Gibrel", "@bro0ownsugar"]},
),
dict(
    id="gv-en-2012-05-03-bahamas-last-thoughts-on-elections",
    source="http://globalvoicesonline.org/2012/05/03/bahamas-last-thoughts-on-elections/",
    license=GV, retrieved=EXPORT + " (post 317304 by Janine Mendes-Franco, May 3, 2012; the thumbnail-credit note ('The thumbnail image used in this post, \"Voting\", is by KCIvey ...') and trailing spaces dropped; the blockquotes of Rick Lowe and Bahama Republic kept as unmarked lines (H1820); 'go the polls' and the double space after 'Monday.' as in the export)",
    text='''Bahamas: Last Thoughts on Elections
Bahamians go the polls in the country's general election on Monday.  With less than a week left before voting day, bloggers are posting their thoughts about their political choices.
Rick Lowe, writing at Weblog Bahamas, calls it "an interesting time in Bahamian politics" as he examines, point by point, the claims of a former Free National Movement (the incumbent) Cabinet Minister that Prime Minister Hubert Ingraham is "untrustworthy":
Is this being untrustworthy or is it the way majority rule works? More than 51% of the FNM supported Mr. Ingraham and not us. But should we harbour resentment or lick our wounds and move on?
All this begs a question. Did Mr. Ingraham and his supporters feel they could not trust the Dupuch team? Looking back on all this, it seems quite plausible.
Circumstances and information change perspectives. I know my perspective has changed over the years and my epiphany was coming to the realisation that the larger government gets the worse off we become as citizens.
However, when we get knocked down we have to get up, dust ourselves off and start all over again. I licked my political wounds, so to speak, and prefer to spend my free time learning, thinking about and critiquing public policy and offering alternatives that might make our country a better place for those of us here today and future generations.
Meanwhile, Political Bahamas Blog reports that the new political party on the scene, the Democratic National Alliance, is calling for the resignation of the Leader of the Opposition, Progressive Liberal Party leader Perceval "Perry" Christie over alleged connections to the Bahamas Petroleum Company.
While Weblog Bahamas' Edward Hutcheson wonders "what the nation would look like now if a different choice was made in 1984", Bahama Republic sees it fit to give "a last prediction" about the upcoming elections:
The Bahamas will have the same government after the election as it does now. Nothing will change. That's right, I called it. But: This is not saying that I believe the FNM will win, that Hubert Ingraham will be Prime Minister again. This is saying that regardless of which party will send more MPs to the House, and regardless of whether the Prime Minister's name is going to be Hubert Ingraham, Perry Christie, or Branville McCartney, the policies put before us, and the style of governance will not significantly change.
Bahamas, you deserve better. But unless you demand better, you will only get same old, same old.''',
    quotes=[
        Q('"an interesting time in Bahamian politics"', None, "Rick Lowe"),
        Q('"untrustworthy"', None, None),
        Q('"Perry"', None, None),
        Q('"what the nation would look like', 'made in 1984"', "Edward Hutcheson"),
        Q('"a last prediction"', None, "Bahama Republic"),
    ],
    aliases={"Rick Lowe": ["Rick Lowe"],
             "Edward Hutcheson": ["Edward Hutcheson", "Weblog Bahamas' Edward Hutcheson"],
             "Bahama Republic": ["Bahama Republic"]},
),
]
