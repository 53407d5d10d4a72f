# Held-out English Wikinews articles (tests/data/heldout8-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum_extra/news/xml/AMALGUM_news_*.xml, the
# corpus' extra news part, none of whose articles is used in an earlier set), detokenized by hand
# like heldout5_amalgum*.py. Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-cfpb-shutdown-complaints",
    source="https://en.wikinews.org/wiki/CFPB_records_fewer_complaints_in_early_days_of_US_government_shutdown",
    license=LIC, retrieved=AMG.format("AMALGUM_news_cfpb") + " (percent signs written without a space, as in '40%'; the copy's doubled 'the the' kept)",
    text='''CFPB records fewer complaints in early days of US government shutdown
Tuesday, October 8, 2013
Unlike some parts of the US Federal Government, the Consumer Financial Protection Bureau (CFPB) has been open during the federal government shutdown and recording a record-low number of complaints submitted by consumers against mortgage companies, credit card companies, student loan providers, banks, money transfer providers, companies who provide credit reports, and other companies providing consumer loans.
With data not available for yesterday, the first four days of the shutdown had daily totals of 37, 16, 13, and 3 complaints. With the exceptions of September 29 with 15 complaints and September 28 with 23, it is the lowest daily total since March 16 of this year when 36 total complaints were recorded and February 23 of this year with 14. The total complaints are also down from the same dates last year, when the total complaints per day for the first four days of October 2012 were 272, 298, 288, and 225.
Of the 69 filed complaints recorded so far this month, 27 were complaints about mortgage companies, 21 were about bank accounts and 10 were about credit card companies. 40% of credit card companies complaints, 42.9% of bank account complaints and 48.1% of mortgage complaints are currently listed as still in progress. Most of the rest have been closed with an explanation.
Bank of America leads all companies in terms of total complaints filed this month with 9. Bayview Loan Servicing, LLC and JPMorgan Chase have 7 complaints each. Ally Bank, Sovereign Bank, and Wells Fargo have 4 each. Flagstar Bank and Equifax have 3 each. Citibank, Nationstar Mortgage, TD Bank, Amex, and FirstMerit Bank have 2 complaints each. 18 financial services companies have 1 complaint each filed against them.
During the government shutdown, some CFPB staff have voiced their opinions on Twitter. Dan Munz, deputy assistant director for consumer engagement at the CFPB, tweeted, "Boy, shutdown week has really created a sudden bumper crop of amateur federal management experts."; "Also, seems like Boehner is singlehandedly undoing whatever progress he'd made in portraying this as a Dem [Democratic Party] shutdown."; and "Basically, there's now a strong incentive to fill legislation with minor symbolic things you can bargain away later to protect the core."
The agency has been able to stay open during the government shutdown because it is funded by the Federal Reserve. According to Amanda Terkel at the Huffington Post, Republican members of the United States House of Representatives have put closing the CFPB on their wish list of items in negotiating for a new debt ceiling limit. Party members have previously stalled the appointment of Richard Cordray as the CFPB boss as a way of hindering it from engaging in oversight of financial organizations in the the US.''',
    quotes=[
        Q('"Boy, shutdown week', 'management experts."', "Dan Munz"),
        Q('"Also, seems like Boehner', 'Party] shutdown."', "Dan Munz"),
        Q('"Basically, there\'s now', 'protect the core."', "Dan Munz"),
    ],
    aliases={"Dan Munz": []},
),
dict(
    id="wn-en-black-lotus-westboro-donation",
    source="https://en.wikinews.org/wiki/Internet_security_firm_to_donate_revenue_to_charity_after_Anonymous_protest_of_Westboro_Baptist_Church",
    license=LIC, retrieved=AMG.format("AMALGUM_news_revenue") + " (the opening marks of two of Lyon's quotes, tokenized onto the end of the previous sentence, attached to their words; the copy's 'has past been executed' kept)",
    text='''Internet security firm to donate revenue to charity after Anonymous protest of Westboro Baptist Church
Thursday, December 20, 2012
Black Lotus Communications, which "prevents malicious traffic from reaching" websites, such as a Denial-of-service attack (DDoS), has announced their decision to donate revenue made from the Westboro Baptist Church (WBC) to charity. The company has confirmed their intentions in a statement to Wikinews.
"We have received overwhelming support for donations to be given to various groups supporting the Newtown community, veterans groups like the Wounded Warrior Project, and LGBT groups like The Trevor Project", said Jeffrey Lyon, Certified Information Systems Security Professional with the Black Lotus team, to Wikinews. Lyon also says The United Way may be the first charity to receive their donation. "We've not [yet] made a formal decision," Lyon noted, but the company "supports all of these groups and will give very serious consideration in ensuring that our donations have a strong impact."
The announcement comes after the internet activist group known as Anonymous called on the companies that host and protect the Church's website to discontinue providing services to them after the Church announced their decision to protest funerals of those killed in the December 14 shooting at Sandy Hook Elementary School in Newtown, Connecticut. According to Lyon the company decided to donate revenue made from WBC to charity after, "'Anonymous' supporters began a full blown Twitter campaign boycotting any company who provides services to WBC." Lyon also said the company, "reached out to Anonymous spokespersons and asked their opinions on how the matter should be handled."
The attack on WBC has been dubbed '#OpWestBor' on the social network site Twitter. As part of the operation, the Church's website was defaced and taken offline for most of the day Monday. Twitter accounts belonging to Shirley Phelps-Roper, the Church's spokeswoman, and leader Fred Phelps, were hacked and taken over by Anonymous. At the time of this report, both accounts were still under control of the group. Roper's account has been under the control of Anonymous since early Monday morning.
On Sunday, in a video posted on YouTube, Anonymous announced their intentions saying, "From the time you have received this message, our attack protocol has past been executed and your downfall is underway. Do not attempt to delude yourselves into thinking you can escape our reach, for we are everywhere, and all-seeing, in the same sense as God. ...We will render you obsolete. We will destroy you. We are coming." As a result of the breach, Anonymous claims to have gained access to and leaked alleged personal information such as names, home addresses and telephone numbers belonging to Church members. On Wednesday, following the leak, Twitter suspended one of Anonymous' most followed accounts '@YourAnonNews', claiming, according to Anonymous, that the profile posted "private and confidential information" regarding the lawyer for WBC and Roper. The account was reinstated a short time later and that is when Black Lotus contacted Anonymous.
"As a security service, we value freedom of expression... and have mandate to guarantee passage of data across the internet, which ultimately means that companies like Black Lotus should not interrupt services based solely on public opinion. By terminating their service, we would not actually take their sites offline. Instead, they would be without DDoS protection for a short period of time until they found another service that would harbor them. This logic did not add up for us", Lyon added. He would not elaborate on how long WBC has sought the services of Black Lotus, but stated, "they did not come to us because of any one specific attack."
Lyon didn't state how much revenue is made from WBC, but he added the amount they receive "from WBC is very small." As a result, Lyon says the company will "actually make donations well in excess" of the fees WBC pays. "These donations will be in the thousands [of dollars], but we've not come to a final decision on the exact amounts", he added. According to Lyon, WBC is aware of the company's intentions.
"We made it clear that while they have a right to expression, we have a social responsibility [to] ensure our services benefit society and to aid those in need", said Lyon. Wikinews has contacted the WBC for a statement, but as of this report, no response has been received.
For now, Lyon states only revenue received from the WBC will be considered for donation, but they hope the project can be expanded to include other customers. "While we're attributing this specific decision to WBC, our long term plan is to expand our philanthropy program to substantially offset any harm that may have been caused by those serving content over our network", said Lyon. The company hopes to formally announce their decisions in a press release at the end of the week.''',
    quotes=[
        Q('"prevents malicious traffic from reaching"', None, "Black Lotus Communications"),
        Q('"We have received overwhelming support', 'The Trevor Project"', "Jeffrey Lyon"),
        Q('"We\'ve not [yet] made a formal decision,"', None, "Jeffrey Lyon"),
        Q('"supports all of these groups', 'a strong impact."', "Jeffrey Lyon"),
        Q('"\'Anonymous\' supporters', 'services to WBC."', "Jeffrey Lyon"),
        Q('"reached out to Anonymous', 'should be handled."', "Jeffrey Lyon"),
        Q("'#OpWestBor'", None, None),
        Q('"From the time you have received', 'We are coming."', "Anonymous"),
        Q("'@YourAnonNews'", None, None),
        Q('"private and confidential information"', None, "Twitter"),
        Q('"As a security service', 'add up for us"', "Jeffrey Lyon"),
        Q('"they did not come to us', 'specific attack."', "Jeffrey Lyon"),
        Q('"from WBC is very small."', None, "Jeffrey Lyon"),
        Q('"actually make donations well in excess"', None, "Jeffrey Lyon"),
        Q('"These donations will be', 'the exact amounts"', "Jeffrey Lyon"),
        Q('"We made it clear', 'those in need"', "Jeffrey Lyon"),
        Q('"While we\'re attributing', 'over our network"', "Jeffrey Lyon"),
    ],
    aliases={"Black Lotus Communications": ["Black Lotus", "The company"],
             "Jeffrey Lyon": ["Lyon"],
             "Anonymous": ["the internet activist group known as Anonymous"],
             "Twitter": []},
),
dict(
    id="wn-en-usa-gymnastics-board-resigns",
    source="https://en.wikinews.org/wiki/USA_Gymnastics_board_resigning_after_sex_abuse",
    license=LIC, retrieved=AMG.format("AMALGUM_news_gymnastics"),
    text='''USA Gymnastics board resigning after sex abuse
Monday, January 29, 2018
On Friday, USA Gymnastics (USAG) — the US national governing body for the sport of gymnastics — issued a statement that it will comply with an ultimatum for its entire board to resign. The United States Olympic Committee (USOC) issued the ultimatum, in the wake of the sentencing on Wednesday of Larry Nassar for sex abuse, that the entire USAG board must resign within six days or face decertification as the gymnastics national governing body.
On Wednesday, Larry Nassar was sentenced to prison for 40 to 175 years on seven counts of sexual abuse. He is alleged to have well more than 150 victims, however, with a history of sexual abuse of minors going back more than a decade. Nassar served as the team physician for USA Gymnastics in a career that spanned four Olympic Games. He abused female members of the gymnastics team under pretense of treating them.
On Thursday, Scott Blackmun, head for the USOC, sent a letter to the USAG board, listing a set of demands. "[W]hile the USOC encourages USA Gymnastics to think and act broadly on reforming its culture, we also believe that reform must start with an entirely new board", Blackmun wrote. "We do not base these requirements on any knowledge that any individual USAG staff or board members had a role in fostering or obscuring Nassar's actions. Our position comes from a clear sense that USAG culture needs fundamental rebuilding."
Although three members of the board had already resigned two days before Nassar's sentencing, Blackmun insisted on a "categorically fresh start at the board level." The letter gives the USAG board until January 31 to resign. By February 28 a new interim board with athlete representation must be seated. Blackmun also outlined a number of additional steps demanded by USOC or face immediate decertification. These include fully cooperating with independent investigations into the Nassar case, ethics training for all staff and board members, and "SafeSport" anti-abuse (i.e. bullying, harassment, hazing) training.
On Friday, USAG issued the statement on its website, saying it intends to comply: "USA Gymnastics supports the United States Olympic Committee's letter and accepts the absolute need of the Olympic family to promote a safe environment for all of our athletes. We agree with the USOC's statement that the interests of our athletes and clubs, and their sport, may be better served by moving forward with meaningful change within our organization, rather than decertification. USA Gymnastics supports an independent investigation that may shine light on how abuse of the proportion described so courageously by the survivors of Larry Nassar could have gone undetected for so long and embraces any necessary and appropriate changes. USA Gymnastics and the USOC have the same goal — making the sport of gymnastics, and others, as safe as possible for athletes to follow their dreams in a safe, positive and empowered environment."''',
    quotes=[
        Q('"[W]hile the USOC', 'entirely new board"', "Scott Blackmun"),
        Q('"We do not base', 'fundamental rebuilding."', "Scott Blackmun"),
        Q('"categorically fresh start at the board level."', None, "Scott Blackmun"),
        Q('"SafeSport"', None, None),
        Q('"USA Gymnastics supports the United States', 'empowered environment."', "USA Gymnastics"),
    ],
    aliases={"Scott Blackmun": ["Blackmun"], "USA Gymnastics": ["USAG"]},
),
dict(
    id="wn-en-mogadishu-attacks-twelve-dead",
    source="https://en.wikinews.org/wiki/At_least_twelve_die_in_Mogadishu_attacks",
    license=LIC, retrieved=AMG.format("AMALGUM_news_mogadishu") + " (a quote box repeating Nurta Hussein's words without quotation marks, with its attribution line, dropped; the copy's apostrophe in 'Ali Jama' Jangeli' kept)",
    text='''At least twelve die in Mogadishu attacks
Saturday, January 30, 2010
Early on Friday, Islamic insurgents fought with African peace-keepers and the Somali army in Mogadishu, capital of Somalia, killing twelve people. The battle raged on for hours, according to sources. The al-Shabaab group claimed responsibility for the attack.
Twelve civilians were killed in the incident, while 25 were injured. The Hodan Wardhigley and Howl Wadag districts were the worst hit. Medical authorities claimed that the deaths had occurred when mortar fire had burnt their houses. The fire came from both the insurgents and the peace-keepers, according to the officials. Ali Musa, one of the officials of a volunteer ambulance service in Mogadishu, said that a mother and her two children had died during the firing.
The attack commenced on 2 AM, Friday. Awakened by mortar explosions, residents hid inside their houses, while others left for safer places. The battle went on for hours and the sound of the firing emanated to all parts of the Somali capital.
This was the most intense fighting in months, claim residents. "I thought I was dreaming when I heard the sound of the artillery," said Asha Abdulle, Mogadishu resident, while Ahmed Hashi said that the fighting was the "worst in months." Nurta Hussein, another resident said: "We were woken up by the explosions at 2 a.m. and haven't slept since because of the non-stop shelling. Two mortar bombs landed in this neighborhood, killing four civilians and wounding six."
Almost 20,000 Somali civilians have died since 2007, as a result of multiple insurgent attacks. Almost 1.5 million have been forced to leave the country since that time.
The al-Shabab as well as another group, called Hizbul Islam, claimed responsibility in a statement they released. They successfully attacked "the strongholds of the enemies of Allah," claimed the statement. "The mujahideen attacked AMISOM and government bases last night and we killed some of their troops. When we pulled back, AMISOM began intentionally shelling residential areas. We shall keep on targeting them," said the attackers. However Somali officials called the attack "small and careless."
Mogadishu's "Kilometer Four" area was one of those affected. It includes a square that connects the airport to the port. While the area has been attacked several times previously, this attack is said to be the worst. African Union peace-keepers from Uganda are posted there.
The fighting comes almost a year since Sheikh Sharif Sheikh Ahmed was sworn in as the nation's new president.
Al-Shabaab is considered a terrorist body by the United States; the latter blames it for multiple attacks, shootings and bombings inside Somalia.
Al-Shabaab has also threatened other African countries, including Ethiopia, Djibouti, Kenya, Eritrea, Ghana, Sudan and Uganda.
An African Union soldier, on a condition of anonymity, said that one Ugandan soldier was killed in the clash. He added that another soldier was wounded. A Somali government official backed this claim. Earlier, on Monday, two AU soldiers had died in another mortar attack in an AU clinic.
When contacted through telephone, Somalia's Defence Minister, Sheikh Yusuf Mohammad Siad, who is a former warlord (also known as "Inda'ade" or "white eyed") said more than ten insurgents had died in the clash.
Parts of the Shabaab group have connections with al-Qaeda. The former has regularly attacked different parts of Somalia, with suicide bombers and several insurgents, taking advantage of the weak political and military infrastructure of the country.
The incident occurred exactly a year following President Sheikh Sharif Ahmed election to the parliament. The government was set to celebrate its first anniversary with a parade and poetry recitations at the presidential palace, named Villa Somalia. It was not known whether the attack intentionally collided with this event. However, it was a reminder of Somalia's weak military power; the army was heavily dependent on the African troops in this attack as well.
For over two decades, the country has had no central government. This has led to warlords ruling the nation, which often suffers from attacks by militant groups and pirate ships.
During an African Union (AU) summit Addis Ababa, capital of Ethiopia, Ali Jama' Jangeli, Somali Foreign Minister, requested more African Union troops to assist other soldiers in the capital. Both Kenya and Sudan backed Jangeli; Djibouti answered the call and promised to send 450 soldiers soon.
"The situation in Somalia is very grim, it is very precarious. It is threatening stability in the whole of the east Africa region and the Horn of Africa. It is in our interest as a region... also in the interest of Africa to contribute more troops to Somalia so that there is law and order in Somalia," claimed Jangeli's Sudanese counterpart, Deng Alor.
The United States and Western nations are supportive of Sheik Sharif Sheik Ahmed's government, amidst fears that Somalia would become a base for al-Qaeda and other such organizations. However, the Somali government controls only few city blocks in the country.
Apart from attacks on government forces, the militants have also bombed the country's principal airport. There also has been an explosion during a college graduation ceremony, claim civilians.
Western nations have spent millions of dollars to buy weapons and ammunition for the Somali army. However, since the Shabab group controls a significant part of the country, the Somali government has had limited success. The group has won several battles and displaced millions of Somali people.''',
    quotes=[
        Q('"I thought I was dreaming', 'of the artillery,"', "Asha Abdulle"),
        Q('"worst in months."', None, "Ahmed Hashi"),
        Q('"We were woken up', 'wounding six."', "Nurta Hussein"),
        Q('"the strongholds of the enemies of Allah,"', None, "al-Shabaab"),
        Q('"The mujahideen attacked', 'targeting them,"', "al-Shabaab"),
        Q('"small and careless."', None, None),
        Q('"Kilometer Four"', None, None),
        Q('"Inda\'ade"', None, None),
        Q('"white eyed"', None, None),
        Q('"The situation in Somalia', 'law and order in Somalia,"', "Deng Alor"),
    ],
    aliases={"Asha Abdulle": [], "Ahmed Hashi": [], "Nurta Hussein": [],
             "al-Shabaab": ["The al-Shabab", "Al-Shabaab", "the statement", "the attackers"],
             "Deng Alor": ["Jangeli's Sudanese counterpart"]},
),
]
