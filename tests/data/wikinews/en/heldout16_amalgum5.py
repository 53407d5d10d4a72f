# Held-out English Wikinews articles (tests/data/heldout16-en.jsonl), continued; see heldout16_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DODDS_1 = '"At first glance, Stoli seems a logical target for those hoping to promote greater awareness of the plight of gays in Russia. Not only is it widely associated with the country, vodka is also one of Russia’s most profitable consumer exports to the U.S. [...] But while Stoli’s ingredients — wheat, rye and raw alcohol — are Russian, the vodka itself is distilled in Latvia and distributed in the U.S. by William Grant & Sons USA, an American subsidiary of a Scottish corporation.'

DOCS = [
dict(
    id="wn-en-nyc-russian-vodka-boycott",
    source="https://en.wikinews.org/wiki/Russian_government_homosexuality_position_leads_to_NYC_Russian_vodka_boycott",
    license=LIC, retrieved=AMG.format("AMALGUM_news_vodka") + " (two photo captions dropped; the copy's '&amp;' restored as '&'; Dodds' quotation is never closed in the copy and a second one opens before its paragraph ends, both kept as published)",
    unclosed=(DODDS_1,),
    text='''Russian government homosexuality position leads to NYC Russian vodka boycott
Wednesday, August 7, 2013
As of Monday, over 200 New York City area bars and restaurants had committed to boycotting Russian vodka in response to anti-homosexuality related laws passed by the country's government. The boycott follows another event that took place on Monday where bottles of vodka were poured onto the streets of the city, as part of a protest by the President of United Restaurant and Tavern Owners Association, Paul Hurley.
New York One quotes Hurley as saying the reason for the boycott as, "We're not stupid, we're reading papers, we're reading what's going on over there, they've got to stop what's happened."
The press conference announcing the New York City boycott took place at Desmonds Steakhouse located on the 38th Street and 7th Avenue. LGBT activists and models attended the event. Johnny Donovan, manager of J Donovan Productions, is quoted by the New York Daily Times as saying, "Shame on Russia! [...] When I go out to a night club this weekend, I'm not drinking any Russian vodka!"
Activists in other cities are also boycotting Russian vodka. A protest at the San Francisco City Hall took place on Tuesday, where vodka was dumped into the sewers. On social media, the hashtag #dumpstoli is being used to draw attention to the boycott and protests.
These boycotts are not without criticism. Dodds of Time Magazine points out, ''' + DODDS_1 + ''' "The international popularity of the brand have resulted in the company being continually threatened with nationalization by the Russian government.
Last month, gay and lesbian couples were barred by law from adopting Russian children. The country also banned "homosexual propaganda." The legislation means gays and lesbians, if found guilty of breaking these laws, could be jailed. According to Russia Today, most Russians support the legislation "against promoting homosexuality to minors." Russia Today goes on to say these laws are, "intend[ed] to keep minors from being influenced by non-traditional sexual relationship propaganda and it will be enforced with fines, but not criminal punishment."
A Pew Research Center study published in June suggests that attitudes towards homosexuality in Russia found the population to be the least accepting of homosexuals of nine other European countries also surveyed. Countries with less acceptance than Russia included in the survey include Lebanon, Turkey, Egypt, Jordan, Tunisia, Malaysia, Indonesia, Pakistan, Kenya, Uganda, Ghana, Senegal and Nigeria. Negative Russian attitudes towards homosexuality are also supported by research conducted by Russian Levada Center.
The homosexuality issue as it pertains to Russian law comes against the backdrop of the 2014 Winter Olympics and Paralympics scheduled to be hosted in the Russian city of Sochi early next year. Last week, Russian Minister of Sport Vitaly Mutko reaffirmed the country will enforce these laws during the Games and foreign athletes, journalists and spectators will be subject to them.''',
    quotes=[
        Q('"We\'re not stupid', 'what\'s happened."', "Paul Hurley"),
        Q('"Shame on Russia!', 'Russian vodka!"', "Johnny Donovan"),
        Q(DODDS_1, None, "Dodds"),
        Q('"The international popularity', 'Russian government.', "Dodds"),
        Q('"homosexual propaganda."', None, None),
        Q('"against promoting homosexuality to minors."', None, "Russia Today"),
        Q('"intend[ed] to keep', 'criminal punishment."', "Russia Today"),
    ],
    aliases={"Paul Hurley": ["Hurley"]},
),
dict(
    id="wn-en-spielberg-quits-beijing-olympics",
    source="https://en.wikinews.org/wiki/International_row_after_Spielberg_quits_2008_Beijing_Olympics",
    license=LIC, retrieved=AMG.format("AMALGUM_news_spielberg") + " (no captions in the copy; the opening mark of Liu Jianchao's first quotation, which the copy tokenizes onto the end of the previous sentence, attached to its word; the copy's ellipses kept)",
    text='''International row after Spielberg quits 2008 Beijing Olympics
Friday, February 15, 2008
On Wednesday, United States film director Steven Spielberg withdrew from his position as artistic adviser to the 2008 Summer Olympics in Beijing, China. "Conscience will not allow me to continue with business as usual," he said.
"Sudan's government bears the bulk of the responsibility for these ongoing crimes but the international community, and particularly China, should be doing more to end the continuing human suffering there," Spielberg's statement said. "China's economic, military and diplomatic ties to the government of Sudan continue to provide it with the opportunity and obligation to press for change."
China immediately expressed regret over his decision and suggested that "ulterior motives" may be at play. "It is understandable if some people do not understand the Chinese government policy on Darfur, but I am afraid that some people may have ulterior motives, and this we cannot accept. ... China is also concerned about the humanitarian situation in Darfur. [But] empty rhetoric will not help. We hope that relevant people will be more pragmatic," said Liu Jianchao, the Deputy-Director General of the Information Department in China's foreign ministry.
Following Spielberg's withdrawal, other organizations called for boycott of the Games. However, United Kingdom Minister for the Olympics Tessa Jowell rejected such calls. "The world has known for the last seven years that Beijing would host the Olympics," Jowell told The Times. "Most progressive governments accept that there are wholly unacceptable aspects of Chinese policy, but that did not stop the International Olympic Committee awarding them the games. A call for a boycott doesn't serve any purpose and it would be a great pity. This doesn't mean, however, we should be distracted from the urgency of Darfur."
"China is also concerned about the humanitarian issues there, but we have been playing a positive and constructive role in promoting peace in Darfur," Liu said, adding that China is working with the United Nations to provide aid and resolve the crisis.
Critics of China contend that China supports the Islamic regime in Sudan because it buys two-thirds of the country's oil exports and also sells it weapons. Further, China has been defending the government in Khartoum in the United Nations Security Council. Since 2003, fighting between government-backed militia and rebels in Darfur has led to the death of more than 200,000 people and displaced some 2.5 million others.
Meanwhile, United States President George W. Bush confirmed that he still plans to attend the Games in Beijing. "I view the Olympics as a sporting event. On the other hand, I have a different platform to Steven Spielberg, so I get to talk to Hu Jintao [President of China] and I do remind him he can do more to relieve the suffering in Darfur."
Bush followed this by saying: "I’m not going to use the Olympics as an opportunity to express my opinions to the Chinese people in a public way because I do it all the time with the president."''',
    quotes=[
        Q('"Conscience will not', 'as usual,"', "Steven Spielberg"),
        Q('"Sudan\'s government', 'suffering there,"', "Steven Spielberg"),
        Q('"China\'s economic', 'for change."', "Steven Spielberg"),
        Q('"ulterior motives"', None, "China"),
        Q('"It is understandable', 'more pragmatic,"', "Liu Jianchao"),
        Q('"The world has known', 'the Olympics,"', "Tessa Jowell"),
        Q('"Most progressive', 'urgency of Darfur."', "Tessa Jowell"),
        Q('"China is also concerned about the humanitarian issues', 'peace in Darfur,"', "Liu Jianchao"),
        Q('"I view the Olympics', 'suffering in Darfur."', "George W. Bush"),
        Q('"I’m not going', 'the president."', "George W. Bush"),
    ],
    aliases={"Steven Spielberg": ["United States film director Steven Spielberg", "Spielberg"],
             "Liu Jianchao": ["Liu"],
             "Tessa Jowell": ["United Kingdom Minister for the Olympics Tessa Jowell", "Jowell"],
             "George W. Bush": ["United States President George W. Bush", "Bush"]},
),
]
