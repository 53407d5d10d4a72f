# Held-out English news texts (tests/data/heldout275-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# two VOA Special English "In the News" reports on learningenglish.voanews.com (the 2010 National Security Strategy,
# President Obama on same-sex marriage, 2012), four VOA Learning English items as copied verbatim by the feed blog
# newsamricaa.blogspot.com ('from Voice of America ... via IFTTT': a
# VOA News newscast of March 30, 2016; Rodrigo Duterte's swearing-in, June 2016; the 'Lady Liberty' coin, January 2017;
# Anthony Scaramucci's exit, July 2017) and a VOA Special English "This Is America" programme as copied on the learners'
# blog listeningreading.blogspot.com (Americans and the economy, May 2011). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept, a cut
# paragraph is dropped, and in the blog copies that print a story as one paragraph the text ends on the last complete
# sentence (noted in `retrieved`). VOA's site lines, audio lines, photo captions, the blogs' date lines, feed lines,
# neighbouring posts and the newscast's word list are dropped; headlines are kept as the first line where stored;
# wording and quotation marks (straight and curly, mixed within one quotation as stored) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H1675-H1680 in ANNOTATION.md on top of H1-H1674 and the rules
# of the sets above).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"
FEED = "copy of a VOA Learning English item on the feed blog newsamricaa.blogspot.com, which reposts VOA's feed ('from Voice of America http://ift.tt/... via IFTTT'); the blog's date lines, the feed lines and the neighbouring posts dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout275-en.jsonl

Built by `build.py` from `heldout275_pages.py`. Like the VOA sets above (heldout205-en and others with copies on other
sites, licence constant PDC), these texts are Voice of America stories (US government works in the public domain,
17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus), none of them used in a set above: two VOA
Special English "In the News" reports on learningenglish.voanews.com (the Obama administration's National Security
Strategy and Hillary Clinton's "smart power", 2010; President Obama's support for same-sex marriage with Nancy Pelosi's
and John Boehner's reactions, 2012), four VOA Learning English items copied verbatim, with VOA's feed link, by the feed
blog newsamricaa.blogspot.com (a VOA News
newscast of March 30, 2016 on Htin Kyaw's inauguration and Ban Ki-moon's refugee conference; Rodrigo Duterte's
swearing-in, June 2016; the US Mint's 'Lady Liberty' coin, January 2017; Anthony Scaramucci's exit from the White House,
July 2017) and a VOA Special English "This Is America" programme copied on the learners' blog
listeningreading.blogspot.com (Americans coping with the economy, May 2011). None is credited to AP, Reuters, AFP or
another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept, a
paragraph cut in the stored copy is dropped, and where a blog copy prints a story as a single paragraph the text ends on
its last complete sentence (what was dropped is noted per page). Site lines, audio lines, photo captions, blog date and
feed lines, neighbouring posts and the newscast's word list were dropped; wording and quotation marks are as stored.
None of these pages is used in any set above (checked by URL and page id, by headline, and by the names of their
speakers and distinctive phrases such as 'militarized model', 'where are the jobs', 'Htin Kyaw', 'biggest refugee
displacement crisis', 'Leo Villareal', 'You mind your work', 'Scaramucci felt it was best', 'No WH', 'Chirlane McCray',
'casting Liberty in a new light', 'HENRY FREEDMAN' and 'How'd You Get So Rich',
grepped in tests/data of the main checkout and of every other helper's worktree; no hits, except 'NANCY PELOSI' in a
different VOA page of heldout74-en). The annotation (rules H1675–H1680 in `ANNOTATION.md` on top of H1–H1674) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h275-2010-05-security-strategy",
    source="https://learningenglish.voanews.com/a/obama-security-policy-stresses-diplomacy-development-and-coalitions-95148724/130774.html",
    license=PD, retrieved=PAGES + " (VOA Special English 'In the News' report of May 2010 on learningenglish.voanews.com; " + DROP_NAV + "; the audio lines 'Click Arrow to Hear This Program:', 'Play Audio File' and 'Or download MP3 (Right-click or option-click and save link)' dropped; the headline kept as the first line; the paragraph 'The strategy says the United States aims to d...', cut in the stored copy, dropped; straight marks as stored)",
    text='''Obama Security Policy Stresses Diplomacy, Development and Coalitions
This is IN THE NEWS in VOA Special English.
This week, the Obama administration released its first National Security Strategy. The policy statement renews support for American military superiority in the world. But the fifty-two pages also talk about the importance of diplomacy, development and coalition-building to reach policy goals.
The Obama administration has sought to distance itself from the disputed policies of George W. Bush. The former president's policy on the right to attack possible threats came after the terrorist attacks in two thousand one.
Under a nineteen eighty-six law, presidents are supposed to report their national security goals to Congress each year. That has not happened. But the Obama administration has made its general goals known for some time.
Secretary of State Hillary Clinton calls it "smart power." She discussed the new strategy report in a speech at the Brookings Institution in Washington. She said the United States is moving from mostly the direct exercise of power to what she called "a more sophisticated and difficult mix of indirect power and influence."
She said the military itself, examining its experiences in Iraq and Afghanistan, has come to recognize the limits of the use of force.
HILLARY CLINTON: "We cannot have a militarized model of diplomacy and development and expect to be successful in making our case on all these other issues that we engage with governments on."
The policy statement also discusses the link between the economic health of the United States and its position in the world. Secretary Clinton said current levels of debt and deficits cannot continue without the United States losing influence and being limited in the decisions it has to make.''',
    quotes=[
        Q('"smart power."', None, "Hillary Clinton"),
        Q('"a more sophisticated', 'power and influence."', "Hillary Clinton"),
        Q('"We cannot have', 'with governments on."', "Hillary Clinton"),
    ],
    aliases={"Hillary Clinton": ["Secretary of State Hillary Clinton", "HILLARY CLINTON", "Secretary Clinton"]},
),
dict(
    id="voa-en-h275-2012-05-same-sex-marriage",
    source="https://learningenglish.voanews.com/a/obama-support-same-sex-marriage/566243.html",
    license=PD, retrieved=PAGES + " (VOA Special English 'In the News' report of May 2012 on learningenglish.voanews.com; " + DROP_NAV + "; the photo caption 'President Obama speaks to ABC News about his support for same-sex marriage', stored twice, dropped; the headline kept as the first line; the paragraph 'Mitt Romney, the...', cut in the stored copy, dropped; Pelosi's quotation opens with a straight mark and closes with a curly one, Boehner's is in curly marks, as stored)",
    text='''Obama's Decision to Support Same-Sex Marriage
This is IN THE NEWS in VOA Special English.
This week, President Obama said he now supports same-sex marriage.
BARACK OBAMA: "I think same-sex couples should be able to get married."
He became the first sitting American president to express that opinion. Earlier he had said his thinking on the issue was "evolving."
Reaction in Congress was mixed. Nancy Pelosi, the leader of the minority Democrats in the House of Representatives, welcomed the news.
NANCY PELOSI: "America’s children and families and workers saw history being made right before their very eyes: the president of the United States advancing civil rights in our country.”
But Speaker John Boehner and other Republicans in the House said the president was sending the wrong message at the wrong time.
JOHN BOEHNER: “I believe that marriage is the union between one man and one woman. And the president, the Democrats can talk about all this all they want. But, the fact is, the American people are focused on our economy, and they are asking the question: where are the jobs?”
House Republicans are leading a court case against the administration for not defending a federal law called the Defense of Marriage Act. That nineteen ninety-six law defines marriage as between one man and one woman.
In the Senate, Republicans did not say much about the president's announcement. Instead, they stressed the need for jobs. Democratic Majority Leader Harry Reid said he would support same-sex marriage if the issue were put to voters in his home state of Nevada.
Mr. Obama received strong support from politically influential gays and lesbians in the two thousand eight campaign. His re-election campaign says donations from both groups have greatly increased since his announcement.''',
    quotes=[
        Q('"I think same-sex couples', 'to get married."', "BARACK OBAMA"),
        Q('"evolving."', None, "BARACK OBAMA"),
        Q('"America’s children', 'in our country.”', "Nancy Pelosi"),
        Q('“I believe that marriage', 'where are the jobs?”', "John Boehner"),
    ],
    aliases={"BARACK OBAMA": ["President Obama", "Mr. Obama", "the president"],
             "Nancy Pelosi": ["NANCY PELOSI", "the leader of the minority Democrats in the House of Representatives"],
             "John Boehner": ["Speaker John Boehner", "JOHN BOEHNER"]},
),
dict(
    id="voa-en-h275-2016-03-30-newscast",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2016-03-30T13%3A01%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (" + FEED + "; a VOA News newscast for Learning English of March 30, 2016, stored as one paragraph without a headline and kept so (H1067); the rule line and the glossary 'Words in This Newscast laureate – n. ...' after 'This is VOA News.' dropped; straight and curly marks and the comma before the closing mark of Ban's second quotation ('are factually wrong,\"') as stored)",
    text='''From Washington, this is VOA News. I’m Frances Alonzo reporting. Htin Kyaw, a trusted friend of Nobel laureate Aung San Suu Kyi, took over as Myanmar's president Wednesday after decades of military rule. In a day full of ceremony and symbolism, Htin Kyaw was sworn-in, along with his two vice presidents and an 18-member Cabinet. The new president spoke after the ceremony. He says "The new government will implement our democratic constitution, and our constitution will promote national reconciliation and internal peace, adding that it will support the creation of a democratic federal union, and bring better lives to the people." You could hear more details on that ceremony at voanews.com. UN chief Ban Ki-moon Wednesday called for greater global efforts to tackle the Syrian refugee crisis, as he opened a conference on securing resettlement places for nearly half a million of those displaced by the five-year conflict. “We are facing the biggest refugee displacement crisis of our time. The world must rise to the challenge. Providing hope means providing pathways for a better future.” Ban also told journalists after his speech that "attempts to demonize people fleeing conflict are not only demeaning, offensive and counter-productive, and are factually wrong," Meanwhile, Syrian security forces are clearing mines and disarming other explosives left scattered around by the Islamic State group in Palmyra. This Syrian soldier says the roads have been set to cause great damage. He says "The terrorist organization has booby-trapped the entire area with wires and a power circuit in order to blow those up and to destroy the town with its residents." This is VOA News.''',
    quotes=[
        Q('"The new government will', 'lives to the people."', "Htin Kyaw"),
        Q('“We are facing', 'a better future.”', "Ban Ki-moon"),
        Q('"attempts to demonize', 'factually wrong,"', "Ban Ki-moon"),
        Q('"The terrorist organization', 'with its residents."', None),
    ],
    aliases={"Htin Kyaw": ["Myanmar's president", "The new president"],
             "Ban Ki-moon": ["UN chief Ban Ki-moon", "Ban"]},
),
dict(
    id="voa-en-h275-2016-06-duterte-sworn-in",
    source="https://newsamricaa.blogspot.com/2016/06",
    license=PDC, retrieved=PAGES + " (" + FEED + "; a VOA Learning English story of June 30, 2016, stored as one paragraph without a headline and kept so (H1067); the stored copy breaks off in 'Some political observers...', so the text ends on the sentence before (H1105); the ellipsis characters inside Duterte's quotations and the curly marks as stored)",
    text='''The new president of the Philippines has promised to be “relentless” in the fight against crime. Rodrigo Duterte was sworn in Thursday. He won the office on his promise to defeat crime and corruption within six months. Duterte is known for carrying out strong policies to crush crime as mayor of Davao, the country’s second largest city. During his swearing-in speech in Manila, the leader defended his methods for cutting crime. “I know that there are some who do not approve…,” he said. “Let me say that I have seen how corruption works. I have seen how illegal drugs ruin individuals and relationships…I have seen how corruption bled government funds.” He also said that as a lawyer, he knows “the limits of the powers” of the president. “You mind your work and I will mind mine. I know what is legal and what is not,” he said. Duterte’s critics accuse him of ordering extreme punishment of criminals, including unlawful killings. Human Rights Watch says he used death squads to kill more than 1,000 people. The accusations were investigated in 2009, but the case never went to trial. Many people in Davao say they forgive Duterte for any death squad activity because the city is safer. Duterte appealed to voters who consider crime, government corruption and poverty as major problems. Many Filipinos also liked his outspoken style during the campaign. He sometimes used offensive language, made threats and told crude jokes. The spokesman for the city of Davao, Leo Villareal, said Duterte was successful in reducing crime because he was unpredictable. He said no one could stop Duterte as a result. The new president said he would be “relentless” during his “sustained” fight against corruption, criminality and illegal drugs. But he also said these problems are only signs of a disease affecting all of Philippine society. Duterte demanded openness and honesty in government and equality for people for both wealthy and poor people.''',
    quotes=[
        Q('“relentless”', None, "Rodrigo Duterte"),
        Q('“I know that there are', 'not approve…,”', "Rodrigo Duterte"),
        Q('“Let me say', 'government funds.”', "Rodrigo Duterte"),
        Q('“the limits of the powers”', None, "Rodrigo Duterte"),
        Q('“You mind your work', 'what is not,”', "Rodrigo Duterte"),
        Q('“relentless”', None, "Rodrigo Duterte", 1),
        Q('“sustained”', None, "Rodrigo Duterte"),
    ],
    aliases={"Rodrigo Duterte": ["The new president of the Philippines", "Duterte", "the leader", "The new president"]},
),
dict(
    id="voa-en-h275-2017-01-lady-liberty-coin",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-01-14T13%3A28%3A00-08%3A00",
    license=PDC, retrieved=PAGES + " (" + FEED + "; a VOA Learning English 'What's Trending Today' item of January 13, 2017; the headline kept as the first line, the body stored as one paragraph and kept so (H1067); the stored copy breaks off in 'And that’s What’s Trendin...', so the text ends on the sentence before (H1105); the single straight marks of the headline and the curly marks of the body as stored)",
    text='''New Coin Shows 'Lady Liberty' as African-American Woman
This is What’s Trending Today… Images of Lady Liberty have appeared on American money over the years. Coins have shown her standing tall with a crown on head. She is usually holding a lamp in one hand. And, one thing has remained the same: Lady Liberty has always been white. That will change in April. The United States Mint has released the design for a new $100 gold coin that shows Lady Liberty as a black woman. The special coin is being released to mark the 225th anniversary of the Mint’s coin production. It will be made of 24-karat gold and go on sale April 6. But the $100 coin will not be available to the public; it is meant for coin collectors. The U.S. Mint says this will be the first in a series of gold coins that show Lady Liberty as a non-white woman. Future coins will show her as Asian-American, Hispanic-American and Indian-American. The Mint will release a new coin in the series every two years. Officials say the goal is to represent the “cultural and ethnic diversity of the United States.” Lady Liberty is one of the most powerful and enduring signs of America. Her image represents hope and freedom. The Treasury Department said of the new Lady Liberty coins, “We boldly look to the future by casting Liberty in a new light, as an African-American woman wearing a crown of stars, looking forward to ever brighter chapters in our Nation’s history book.” People reacted to the announcement on social media. “Lady Liberty” became a trending topic. Chirlane McCray, a speechwriter and poet, wrote on Twitter: “Now, this? This is liberty.” McCray is married to New York City’s Mayor, Bill de Blasio.''',
    quotes=[
        Q("'Lady Liberty'", None, None),
        Q('“cultural and ethnic', 'the United States.”', "United States Mint"),
        Q('“We boldly look', 'history book.”', "Treasury Department"),
        Q('“Lady Liberty”', None, None),
        Q('“Now, this?', 'is liberty.”', "Chirlane McCray"),
    ],
    aliases={"United States Mint": ["The United States Mint", "The U.S. Mint", "The Mint", "Officials"],
             "Treasury Department": ["The Treasury Department"],
             "Chirlane McCray": ["McCray", "a speechwriter and poet"]},
),
dict(
    id="voa-en-h275-2017-07-scaramucci-leaves",
    source="https://newsamricaa.blogspot.com/2017/07",
    license=PDC, retrieved=PAGES + " (" + FEED + "; a VOA Learning English story of July 31, 2017, stored as one paragraph without a headline and kept so (H1067); the subheading '“You’re fired!”' runs into the paragraph in the stored copy and is kept there; the stored copy breaks off in 'She had refused to enforce or defend...', so the text ends on the sentence before (H1105); the bracketed gloss inside Trump's tweet and the curly marks as stored)",
    text='''U.S. President Donald Trump swore in a new chief of staff for the White House on Monday. Hours later, the communications director resigned after only 11 days on the job. Trump administration officials said in a statement that “Anthony Scaramucci will be leaving his role as White House Communications Director.” Scaramucci left just hours after Trump officially welcomed retired General John Kelly as his chief of staff. The White House statement read, “Mr. Scaramucci felt it was best to give Chief of Staff John Kelly a clean slate and the ability to build his own team.” Scaramucci was named to the position on July 21. His appointment led to the resignation of press secretary Sean Spicer on the same day. Scaramucci then accused chief of staff Reince Priebus of leaking information about him. He also threatened to fire the rest of the White House communications team. In a late-night telephone call to reporter Ryan Lizza of The New Yorker, Scaramucci used profane language to talk about Reince Priebus and chief strategist Steve Bannon. Trump announced that he would appoint John Kelly as his new chief of staff replacing Priebus last Friday. On Monday, Trump tweeted “No WH [White House] chaos” before holding a Cabinet meeting with John Kelly at his side. Seated across from Trump was Attorney General Jeff Sessions who has remained in his position, although the president has criticized him. “You’re fired!” Before campaigning for the presidency, Trump was the host of “The Apprentice,” a reality television show. He was then known for saying the phrase, “You’re fired!” on the program. As president, one of Trump’s first appointments was retired General Michael Flynn. Trump named Flynn national security adviser in January. However, Flynn resigned 23 days later when it became known that he did not reveal his meeting with Russia’s ambassador to the U.S. Trump removed Acting Attorney General Sally Yates on January 30.''',
    quotes=[
        Q('“Anthony Scaramucci will', 'Communications Director.”', "White House"),
        Q('“Mr. Scaramucci felt', 'his own team.”', "White House"),
        Q('“No WH [White House] chaos”', None, "Donald Trump"),
        Q('“You’re fired!”', None, "Donald Trump"),
        Q('“The Apprentice,”', None, None),
        Q('“You’re fired!”', None, "Donald Trump", 1),
    ],
    aliases={"White House": ["The White House", "Trump administration officials"],
             "Donald Trump": ["U.S. President Donald Trump", "Trump", "the president"]},
),
dict(
    id="voa-en-h275-2011-05-this-is-america-economy",
    source="http://listeningreading.blogspot.com/2011/05/",
    license=PDC, retrieved=PAGES + " (copy of a VOA Special English 'This Is America' programme on the learners' blog listeningreading.blogspot.com; the blog's date line 'Sunday, May 22, 2011' dropped; the blog's post title '\"Americans Cope With Economic Reality\" from VOA.' kept as the first line; the paragraph 'ROBERT HAWKINS:\"What we have there are people who did not and do not have opportunities. ... and so, what h...', cut in the stored copy inside the quotation, dropped; the label glued to its opening mark ('HENRY FREEDMAN:\"The elimination') as stored)",
    text='''"Americans Cope With Economic Reality" from VOA.
Welcome to THIS IS AMERICA in VOA Special English. I'm Shirley Griffith.
And I'm Steve Ember. This week on our program, we look at how some Americans are dealing with the current economic situation.
"Reality" television shows are very popular in America. Some show the lives of the wealthiest people in the country. "How'd You Get So Rich?" is one program on cable television. The program features people worth more than a million dollars. It shows how they got their money and what they do with it.
The interest in wealthy people may have something to do with the increasing difference between the richest and poorest Americans.
Recent Census Bureau findings show the number of Americans in poverty is the highest in more than fifty years. In addition, the income inequality between rich and poor Americans has been increasing in recent years. It reached the greatest difference ever last year. And the United States has the greatest income inequality among industrial nations.
Economists say the recession and the high unemployment rate are among the reasons for the growing number of poor Americans. Henry Freedman is director of the non-governmental National Center for Law and Economic Justice. He says the decrease in the number of people in the middle class has also had an effect.
HENRY FREEDMAN:"The elimination of most of those jobs that people could get in factories, our factories are not there so much anymore. Other kinds of clerical work that is either being outsourced or is being replaced by technology that does it efficiently. Those people are competing with people below them for work."
Robert Hawkins is associate professor of social work at New York University. He says people in poor areas do not have the same chances for success that rich people have.''',
    quotes=[
        Q('"Americans Cope With Economic Reality"', None, None),
        Q('"Reality"', None, None),
        Q('"How\'d You Get So Rich?"', None, None),
        Q('"The elimination of most', 'below them for work."', "Henry Freedman"),
    ],
    aliases={"Henry Freedman": ["HENRY FREEDMAN", "director of the non-governmental National Center for Law and Economic Justice"]},
),
]
