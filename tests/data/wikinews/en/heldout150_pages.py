# Held-out English news pages (tests/data/heldout150-en.jsonl), none of them used in an earlier set. Voice of America
# stories of 2004-2024, works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages
# (the `pages` search corpus), one from VOA's own site and four in copies on non-government sites: the VOA story of 2004
# by Lisa Schlein on violence around the Darfur refugee camps in eastern Chad (print view of tingroom.com), the VOA
# Standard English story of July 2008 by Barry Wood on microfinance for women (yingyuke.net), the VOA Special English
# Development Report of November 2009 on M-Pesa mobile money in Kenya (learningenglish.voanews.com), the VOA Learning
# English Agriculture Report of October 2014 on the Oklahoma drought (51voa.com) and the VOA story of July 2024 on the
# first Myanmar refugees leaving Thai camps for the United States (boorsee.com). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`); a story stored as one paragraph ends on its last complete sentence whose
# quotation marks close (H1105). VOA's site lines ('Accessibility links', 'Breaking News'), the learner sites' labels,
# date, author and category lines, audio labels, image captions, standfirsts and bylines glued to the first sentence are
# dropped; wording, the learner site's vocabulary numbers ('burgeoning 1'), spacing inside paragraphs and quotation marks
# are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1105-H1109 in ANNOTATION.md on
# top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout150-en.jsonl

Built by `build.py` from `heldout150_pages.py`. Like heldout124-en and heldout138-en, these texts are Voice of America
stories taken from stored web pages (the `pages` search corpus), none of them used in a set above, from 2004 to 2024 (US
government works in the public domain, 17 U.S.C. § 105): the VOA story of 2004 by Lisa Schlein on violence around the
Darfur refugee camps in Chad (UNHCR spokesman Ron Redmond; print view of tingroom.com); the VOA Standard English story
of July 2008 by Barry Wood on microfinance for women (Muhammad Yunus, Melissa Carrier, Margaret Okoth; yingyuke.net); the
VOA Special English Development Report of November 2009 on M-Pesa in Kenya (Stephen Mbugua, Phelister Omari;
learningenglish.voanews.com); the VOA Learning English Agriculture Report of October 2014 on the Oklahoma drought (farmer
Matt Muller; 51voa.com); and the VOA story of July 2024 on the first Myanmar refugees resettled from Thai camps to the
United States (a U.S. Embassy official, UNHCR's Tammi Sharpe; boorsee.com). None is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was
dropped is noted per page). Site lines, learner-site labels, captions, standfirsts, date lines and glued bylines were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by distinctive phrases against every existing text and against the other helpers' new
sets). The annotation (rules H1105–H1109 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2004-un-violence-increasing-in-chad-refugee-camps",
    source="http://tingroom.com/print_3513.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA story by Lisa Schlein (2004: fighting in Darfur 'broke out early last year') in the print view of tingroom.com, a language-learning site; the label '(在线收听) |' after the headline and the byline 'By Lisa Schlein', glued to the first sentence, dropped; the headline kept as the first paragraph; the body is one paragraph in the stored copy and is kept so (H1067); the stored copy breaks off inside a quotation ('\"The High Commissioner said more needs to be done. ... a number of UNHCR-financed projects, a'), so the text ends on the last sentence whose marks close, '... communities,\" he said.' (H1105))",
    text='''UN: Violence Increasing in Chad Refugee Camps
The U.N. refugee agency says three refugees have been killed in recent days. It says others have been attacked and beaten, their sheep have been stolen and, in at least one case, a girl who left the camp to collect firewood was raped. Agency Spokesman Ron Redmond says the refugees and Chad authorities blame Chadian nomads for the recent violence. He says they do not hold the local people who live in villages near the camps responsible for the escalating violence. "Nevertheless, the incidents are indicative of increasing tension between the refugees and the local population, due to a lack of resources," he noted. "While the Sudanese refugees were openly welcomed by Chadians belonging to the same ethnic groups when they first crossed the border, there is some resentment now among local people, who say the refugees in the camps are living better than they do." Nearly 200,000 refugees from Darfur have fled to Chad since fighting between Black-African rebel groups and Sudanese-backed Arab militia, known as the Janjaweed, broke out early last year. U.N. officials say refugees who were gathered at the border were subjected to attacks by the Janjaweed who crossed over from Sudan, beat them and stole their cattle. Mr. Redmond says the UNHCR moved the refugees to 10 camps built at least 50 kilometers away from the border to protect them from these attacks. He says the refugees now are being victimized by Chadian nomads. He says High Commissioner for Refugees Ruud Lubbers, was made aware of these worrisome developments when he visited the camps a few days ago. "We are doing what we can to help reduce the friction between the refugees and the local communities," he said.''',
    quotes=[
        Q('"Nevertheless, the incidents', 'lack of resources,"', "Ron Redmond"),
        Q('"While the Sudanese refugees', 'better than they do."', "Ron Redmond"),
        Q('"We are doing what we can', 'local communities,"', "Ron Redmond"),
    ],
    aliases={"Ron Redmond": ["Agency Spokesman Ron Redmond", "Mr. Redmond"]},
),
dict(
    id="voa-en-2008-07-micro-financing-female-entrepreneurs",
    source="https://yingyuke.net/a/158639.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story by Barry Wood of July 2008 (part 3 of 5) on yingyuke.net, a language-learning site; the time, author and category line ('时间:2019-01-13 作者:英语课 分类:VOA标准英语2008年(七月)') and the line '英语课' dropped; the stored copy has no headline line, so the text begins with the lead; the section headings 'Nobel Prize-winning Standard' and 'Microlending in Kenya' kept as stored lines, the image caption 'Muhammad Yunus' after the first heading dropped; the vocabulary numbers ('burgeoning 1', 'founder 2', 'aspiring 3', 'legitimacy 4', 'noted 5') kept as stored (H930); the paragraph 'Now, the Grameen mo', cut in the stored copy, dropped)",
    text='''In many developing countries, micro-financing has created possibilities for burgeoning 1 entrepreneurs who would not have found funding before. VOA's Barry Wood reports that special attention is now being paid to female entrepreneurs, who have had to overcome cultural barriers to get financing. (Part 3 of 5)
The Grameen Bank in Bangladesh is a ground breaker. It lends almost exclusively to women. And its small business loans are almost always paid back.
Nobel Prize-winning Standard
Muhammad Yunus is the bank's founder 2 and a hero in his country. Grameen was the first to lend on a grand scale to poor, aspiring 3 entrepreneurs in the developing world. The venture into microcredit won Yunus and his bank the Nobel Peace Prize in 2006.
"It's fantastic news. We are all very excited about the good news. It excites everybody in Bangladesh and also the people who are involved in micro-credit around the world," Yunus said.
Melissa Carrier, at the University of Maryland, says Grameen's micro-financing has expanded the concept of entrepreneurship.
"Certainly Grameen Bank has given legitimacy 4 to those kinds of micro-loans to local villagers," she noted 5. "And so the idea of entrepreneurship now is about doing for yourself. It's about raising chickens, and having cows, and knitting scarves and being able to feed your family."
Microlending in Kenya
Margaret Okoth runs a market stall in Nairobi, Kenya. She is benefiting from low-interest micro-loans from her village cooperative.
"(The cooperative) has recently increased its limit so that you can borrow 80,000 (shillings)," she said. "And if you take out that big a loan you'll really see your business grow."
In Kenya's post election violence, Okoth's stall was destroyed. But coop loans allowed her to rebuild - and also balance her business with her other job, as a wife and mother of 12.''',
    quotes=[
        Q('"It\'s fantastic news.', 'around the world,"', "Muhammad Yunus"),
        Q('"Certainly Grameen Bank', 'local villagers,"', "Melissa Carrier"),
        Q('"And so the idea of entrepreneurship', 'feed your family."', "Melissa Carrier"),
        Q('"(The cooperative)', '80,000 (shillings),"', "Margaret Okoth"),
        Q('"And if you take out', 'business grow."', "Margaret Okoth"),
    ],
    aliases={"Muhammad Yunus": ["Yunus"], "Margaret Okoth": ["Okoth"]},
),
dict(
    id="voa-en-2009-11-in-kenya-a-better-life-through-mobile-money",
    source="https://learningenglish.voanews.com/a/a-23-2009-11-01-voa2-83142472/130099.html",
    license=PD, retrieved=PAGES + " (VOA Special English Development Report of November 2009 on learningenglish.voanews.com; the site lines 'Accessibility links' and 'Breaking News' and the standfirst line 'Millions of mobile phone users in Kenya use the M-Pesa service to send and receive cash. Transcript of radio broadcast:' dropped; the headline kept as the first paragraph; the speaker labels ('Stephen Mbugua:', 'Phelister Omari:') kept as stored; the paragraph 'M-Pesa is improving economic conditions for many Kenyan families. ...', cut in the stored copy, dropped)",
    text='''In Kenya, a Better Life Through Mobile Money
This is the VOA Special English Development Report.
Mobile phones have revolutionized the way people connect not only with family and friends but also business services. A good example: services that let people use their phones to send and receive money.
Two companies, Safaricom and Vodafone, launched the M-Pesa mobile money service in Kenya in two thousand seven. Pesa means money in Swahili. The service operates much like a savings bank -- which is important, because plenty of Kenyans do not have bank accounts.
Most of the early users were young men who worked in cities and wanted to send money home to rural areas. Now customers can also use their M-Pesa accounts to pay bills, make purchases or pay for services like taxis. Users pay a small amount for each transaction.
Stephen Mbugua has a farm a half-hour's drive from the capital. He uses M-Pesa to receive money from his son and to pay bills.
Stephen Mbugua: "I used to go to Nairobi or to any bank to pay my bill. But now, right now, I don't go to Nairobi, I just pay my bill from here."
Some businesses use the service to pay their employees.
All across Kenya, there are stores and automated teller machines where M-Pesa users can add and withdraw money from their accounts.
People can also transfer money to other mobile phone users, even those without an M-Pesa account. The other person receives a text message with a code to take to the local M-Pesa agent to get the money.
All this pleases twenty-two year old Phelister Omari.
Phelister Omari: "It's very fast. The M-Pesa, they're available everywhere. So once you are going somewhere, you can drop, get some cash and proceed."''',
    quotes=[
        Q('"I used to go to Nairobi', 'bill from here."', "Stephen Mbugua"),
        Q('"It\'s very fast.', 'cash and proceed."', "Phelister Omari"),
    ],
),
dict(
    id="voa-en-2014-10-long-drought-affects-oklahoma-farmers",
    source="https://www.51voa.com/VOA_Special_English/long-drought-affects-oklahoma-farmers-58985.html",
    license=PDC, retrieved=PAGES + " (copy of the VOA Learning English Agriculture Report of October 13, 2014 on 51voa.com, a language-learning site; the date line '13 October, 2014' and the image caption lines 'Long Drought Affects Oklahoma Farmers' / 'Oklahoma experiencing worst drought conditions.' dropped; the stored lines' leading indentation dropped (H1006); the headline kept as the first paragraph; '(when)' and 'rain(ing)' as stored; the quotation paragraph after 'Clint Abernathy is a cotton farmer. ...', cut in the stored copy ('\"T'), dropped)",
    text='''Long Drought Affects Oklahoma Farmers
From VOA Learning English, this is the Agriculture Report.
Parts of the southwestern American states of Texas and Oklahoma have experienced severe dry weather for several years. This drought has affected the growth of cotton and grains. The governor of Oklahoma says the state has suffered two billion dollars in agricultural losses since 2011. Some heavy rain fell recently, but for most farmers it did not come soon enough.
Matt Muller is a farmer in southwestern Oklahoma.
"We were doing very well farming until about 2010, the fall of 2010 (when) it basically stopped raining, and for the past four years we've been in continuous drought."
Mr. Muller was hopeful earlier in the year. Spring was cool and wet, and summer came early. But that hope went away when the rains did not come.
"Things looked phenomenal because of the mild weather and the showers we were able to catch, but then August 1st, it's like a blowtorch showed up."
High temperatures and lack of rain meant most crops did not grow. But that was not the case with mung beans. Mr. Muller says that crop did well because it can grow even when there is not much rain.
"When it started rain(ing), we jumped in and tried that crop and it was able to beat the heat of August and finish out and make a decent crop before it burned up in August."
Those kinds of crops help farmers survive. Irrigation can also help farms. Irrigation systems use water from underground when there is not enough rain. But crops like cotton are more valuable than mung beans, and it is those kinds of crops that are being hurt by the drought.
Clint Abernathy is a cotton farmer. He has paid hundreds of thousands of dollars for machines to help him harvest his crop. He says he has not grown as much cotton in the past few years as he predicted.''',
    quotes=[
        Q('"We were doing very well', 'continuous drought."', "Matt Muller"),
        Q('"Things looked phenomenal', 'blowtorch showed up."', "Matt Muller"),
        Q('"When it started rain(ing)', 'burned up in August."', "Matt Muller"),
    ],
    aliases={"Matt Muller": ["Mr. Muller"]},
),
dict(
    id="voa-en-2024-07-first-myanmar-refugees-from-thai-camps-move-to-us",
    source="https://boorsee.com/2024/07/first-myanmar-refugees-from-thai-camps-move-to-us-under-new-resettlement-program.html",
    license=PDC, retrieved=PAGES + " (copy of the VOA story 'First Myanmar refugees from Thai camps move to US under new resettlement program' of July 2024 on boorsee.com, an aggregator; the stored part has no headline and begins with the dateline paragraph ('Bangkok — ...'); curly marks as stored; the paragraph '“We are happy for these people ... resettlement has been closed for many ye', cut in the stored copy, dropped)",
    text='''Bangkok — The first group of refugees from Myanmar living in Thailand and eligible for a new resettlement program flew out of Bangkok for the United States last week, more than a year after the plan was first announced, U.S. and U.N. officials have told VOA.
Some 90,000 refugees now live in nine sealed-off camps inside Thailand along the country’s border with Myanmar, driven from their homes by decades of fighting between the Myanmar military and a number of ethnic minority armed groups vying for autonomy.
Some have called the camps home since the 1980s, put off from returning to Myanmar by the ongoing fighting and mostly barred by the Thai government from legally and permanently settling in Thailand. Most of the refugees from Myanmar, also known as Burma, are ethnic Karen.
Hoping to give them a viable way out, Thailand, the U.S. government and the UNHCR, the U.N.’s refugee agency, announced a new resettlement program in May 2023, allowing registered refugees in the camps to move to the United States.
“The first group left Thailand for the United States last week,” a U.S. Embassy official in Bangkok told VOA on Tuesday.
“Resettlement operations are ongoing in cooperation with the UNHCR and the Royal Thai government,” the official said. “The United States appreciates what Thailand has done to facilitate assistance.”
The Thailand office of the UNHCR said the group of 25 left the country on Thursday.
Photos posted online by the head of the UNHCR’s Thailand office, Tammi Sharpe, show Thai and U.N. officials at Bangkok’s Suvarnabhumi Airport to see the group off.
“The value of the program could be felt,” she wrote. “Wishing those who will be on the receiving end my appreciation in advance.”
Aid groups working in the camps welcomed the start of resettlement.''',
    quotes=[
        Q('“The first group left', 'last week,”', "U.S. Embassy"),
        Q('“Resettlement operations', 'Royal Thai government,”', "U.S. Embassy"),
        Q('“The United States appreciates', 'facilitate assistance.”', "U.S. Embassy"),
        Q('“The value of the program could be felt,”', None, "Tammi Sharpe"),
        Q('“Wishing those', 'appreciation in advance.”', "Tammi Sharpe"),
    ],
),
]
