# Hand-annotated English Wikinews articles (GUM corpus copy), part 3. See articles_gum1.py.
GUM = "GUM corpus copy (amir-zeldes/gum _build/src/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-world-cup-2018-day-five",
    source="https://en.wikinews.org/wiki/FIFA_World_Cup_2018_day_five%3A_Sweden%2C_Belgium%2C_England_win_three_points",
    license=LIC, retrieved=GUM.format("GUM_news_soccer") + "; section headings kept as lines",
    text="""FIFA World Cup 2018 day five: Sweden, Belgium, England win three points
Tuesday, June 19, 2018
Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1–0; Belgium defeated debutants Panama 3–0; and Tunisia lost 1–2 to England, with a late goal from English captain Harry Kane.
Group F — Sweden 1–0 Korea Republic
In the first game of the day, Sweden faced South Korea at the Nizhny Novgorod Stadium. Sweden had higher ball possession in the game. Korea's Kim Shin-Wook was shown a yellow card early in the game. In the 20th minute, Marcus Berg missed a chance to put Sweden in the lead. Korea substituted Park Joo-Ho in the 28th minute of the game due to injury and was replaced by Kim Min-Woo. Despite their attempts, neither side could open the scoring in the first half as it ended 0–0.
In the second half, Hwang Hee-Chan was booked for a bad foul. In the 62nd minute Kim Min-Woo conceded a penalty which the match referee Joel Aguilar awarded Sweden after confirming with the video assistant referee. Swedish captain Andreas Granqvist scored from the penalty spot, putting Sweden 1–0 up. In the injury time, Hwang Hee-Chan's header went wide to the left, missing a chance to equalise for Korea. The match ended with Sweden winning three points.
Swedish captain Andreas Granqvist won the Budweiser Man of the Match award. This was Sweden's first victory in the opening match of the World Cup since 1958.
Group G — Belgium 3–0 Panama
In the first game of Group G, Belgium faced Panama at the Fisht Stadium in Sochi. Belgium had greater ball possession in the match. Belgium started the game with attacking style with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making early attempts to put Belgium into the lead against debutans Panama. Dries Mertens's attempt in the 18th minute failed. The first half ended with 0–0 on the scoreboard.
Just two minutes in the second half, Dries Mertens scored a goal from a volley, putting the Belgians in the lead. Panama's attempt in the 54th minute, by Michael Murillo, was saved by Thibaut Courtois. In the 69th minute, Romelu Lukaku doubled the lead for Belgium, scoring a header from Kevin De Bruyne's assist. Six minutes later, Lukaku scored a third goal for Belgium, this time from Eden Hazard's assist. In the 90th minute, Belgium made a change, as Nacer Chadli replaced Axel Witsel. The second half ended with the Belgians winning three points.
Five Panamanian players were booked in the match. Lukaku won the Budweiser Man of the Match award. After the match, Hernan Dario Gomez, Panama coach, said, "I think we have learned a lot from today's game. It was a very emotional day. This is the fifth time I've been at a World Cup but it felt like the first. The team was still very emotional at the start of the match but as time went by, they were able to focus better."
Group G — Tunisia 1–2 England
In the last match of the day, Tunisia faced England at the Volgograd Arena. England had better ball possession in the game. England started the match with attacking style, with attempts from Jesse Lingard, Harry Maguire, Harry Kane, and John Stones early in the game. Then England opened the scoring, when Harry Kane scored a close-ranged shot. Four minutes later, Tunisia's goalkeeper Mouez Hassen was substituted off due to injury and replaced by Farouk Ben Mustapha. Tunisia won a penalty kick in the 33rd minute. English defender Kyle Walker was booked for his bad foul, and Ferjani Sassi scored from the penalty spot, equalising for the African side. The first half ended 1–1 on the scoreboard.
In the second half, both sides had attempts for goals, but none crossing the goal line. In the injury time, English captain Harry Kane scored a second goal as England won a corner kick. The match came to end with England winning 2–1 and collecting three points.
Harry Kane won the Budweiser Man of the Match award. He said, "In the first half it felt good out there. We could've scored two or three goals in the first half and put the game to bed early." After the match, Tunisia's coach Nabil Maaloul said, "We were playing against a highly-skilled and highly co-ordinated team in terms of their forward players. If we were to get a draw it would have been an excellent result for us. But hopefully this will lead to higher levels of concentration in the coming games.\"""",
    quotes=[
        Q('"I think we have learned', 'focus better."', "Hernan Dario Gomez"),
        Q('"In the first half', 'to bed early."', "Harry Kane"),
        Q('"We were playing against', 'coming games."', "Nabil Maaloul"),
    ],
    aliases={"Hernan Dario Gomez": ["Panama coach"],
             "Harry Kane": ["English captain Harry Kane"],
             "Nabil Maaloul": ["Tunisia's coach Nabil Maaloul"]},
),
dict(
    id="wn-en-microsoft-ie6-countdown",
    source="https://en.wikinews.org/wiki/Microsoft_waits_for_death_of_Internet_Explorer_6",
    license=LIC, retrieved=GUM.format("GUM_news_ie9"),
    text="""Microsoft waits for death of Internet Explorer 6
Tuesday, March 8, 2011
With development of Microsoft's Internet Explorer 9 (IE9) browser almost complete, Microsoft announced on Friday that it is time for IE6 users to move away from the antiquated 10-year-old browser. Microsoft has replaced it with three newer versions. On a new website, "The Internet Explorer 6 Countdown", Microsoft has launched an aggressive campaign to persuade users to stop using IE6 and update to a newer IE. Its goal is to decrease IE6 users to less than one percent.
"[Ten] years ago, a browser was born. Its name was Internet Explorer 6. Now that we’re in 2011, in an era of modern web standards, it’s time to say goodbye," Microsoft says on "The Internet Explorer 6 Countdown".
Internet Explorer's market share is slipping. IE's various versions accounted for 70 percent of the market in 2009; this has dropped to approximately 56 percent today. Mozilla Firefox, its main rival, has been actively increasing its market share while the recently released Google Chrome is also quickly gaining users. PC World's recent analysis of its own web traffic statistics concluded, "Usually, Internet Explorer is the #2 browser after Firefox, but over the past 30 days it s been #3, a couple of points behind Safari - and nearly tied with Chrome. It might be a statistical blip. But if it isn't, and Chrome continues to surge, IE could fall to fourth place."
Web developers face big problems with IE6. As they design their web pages for the newer browsers with advanced web technology and geared to the newest web core markup language HTML 5, they are forced to accommodate older out-of-date technology to support IE6 users. Also, not mentioned on Microsoft's "The Internet Explorer 6 Countdown" site, are the numerous security vulnerabilities putting the browser at risk of being hacked. The Internet security firm Secunia.com, has said that as of March 4, 2011, IE6 has 277 vulnerabilities; 39 percent of these are rated "highly critical". Microsoft says that the latest versions of Internet Explorer provide the user with enhanced protection from these attacks and threats.
Microsoft's Internet Explorer 6 is one of the most successful software products ever as measured by its durability and the massive numbers of people who have used it. IE6 shipped with Windows XP, nearly a decade ago. But it has outlived its usefulness, and Microsoft no longer wants to support it.""",
    quotes=[
        Q('"The Internet Explorer 6 Countdown"', None, None, 0),
        Q('"[Ten] years ago', 'say goodbye,"', "Microsoft"),
        Q('"The Internet Explorer 6 Countdown"', None, None, 1),
        Q('"Usually, Internet Explorer', 'fourth place."', "PC World"),
        Q('"The Internet Explorer 6 Countdown"', None, None, 2),
        Q('"highly critical"', None, "Secunia.com"),
    ],
    aliases={"PC World": ["PC World's recent analysis"],
             "Secunia.com": ["The Internet security firm Secunia.com"]},
),
dict(
    id="wn-en-italy-taxes-religious-schools",
    source="https://en.wikinews.org/wiki/Local_municipalities_in_Italy_ask_taxes_from_religious_schools",
    license=LIC, retrieved=GUM.format("GUM_news_taxes") + "; the '((it))' markers are the article's Italian-language source tags as tokenized in GUM",
    text="""Local municipalities in Italy ask taxes from religious schools
Sunday, August 2, 2015
In the past few days in Italy, several municipalities have started asking religious schools to pay taxes for property and local services, despite the resistance of the Catholic Church.
The request of the municipalities results from the sentence of the Italian Supreme Court of Cassation on July 8, recognising as legitimate the request of the Municipality of Livorno asking religious schools to pay property taxes.
Requests have come from the Municipality of Bogliasco, next to Genova, and from the deputies of Movimento 5 Stelle (M5S) of the regional counsel of Lombardy. The first case is of the mayor Luca Pastorino that in last years received several refusals of his requests for payment because of the religious nursery school and retirement home. In the second case, the M5S party asks to the regional government to assure the local administrations of the region regularly apply the sentence of the Supreme Court.
The case on which the Court has ruled was of the religious schools Santo Spirito and Immacolata in Livorno, Tuscany, to pay over 422,000 euros in arrears for the period from 2004 to 2009. The request was advanced by the Municipality of Livorno in 2010.
The city reasoned, "because the users of the private schools pay a frequency fee, this kind of activity is considered as a commercial one" ((it)).
In 2014 the Italian municipal tax discipline has changed from the ICI system to the IMU system by the Monti government. A mean cost per student criterion is used to tax only the schools that receive a fee higher than the mean cost per student fixed by the State. The new law is not retroactive, so the taxes requested in arrears from 2006 to 2009 are under the ICI system.
Minister of Education Stefania Giannini said a "more general reflection" ((it)) is needed. Claudio De Vincenti, undersecretary to the prime minister, said "a discussion table will be opened with the non-profit associations, religious association included" ((it)).
Undersecretary for Education Mr. Toccafondi says "many schools will increase their fees or they will quit. Then the State will have to find new resources to build new structures and manage them" ((it)).
Also the president of the Lombardy region, Roberto Maroni, has reacted by proposing some regional counter-measures to finance private schools.
The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the sentence "dangerous" ((it)) and "ideological" ((it)): "We face a dangerous sentence. Who takes the decisions, do it with less ideology. Because I have the clear sensation that with this way of thinking, they wait the praise of some ideologized supporters. Indeed, they don't understand what kind of good service private schools held" ((it)).
Italian secularist associations are concerned the Government will modify the law in order to maintain an exception for religious schools. The secularist magazine MicroMega describe the court's judgement as historic.
The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition which now has more than 11,000 signatures, asking the government to respect and execute the sentence of the Supreme Court. It is also encouraging citizens to ask for application of the law in their local municipalities.""",
    quotes=[
        Q('"because the users', 'a commercial one"', "Municipality of Livorno"),
        Q('"more general reflection"', None, "Stefania Giannini"),
        Q('"a discussion table', 'association included"', "Claudio De Vincenti"),
        Q('"many schools will increase', 'manage them"', "Toccafondi"),
        Q('"dangerous"', None, "Nunzio Galantino"),
        Q('"ideological"', None, "Nunzio Galantino"),
        Q('"We face a dangerous', 'private schools held"', "Nunzio Galantino"),
    ],
    aliases={"Municipality of Livorno": ["The city"],
             "Stefania Giannini": ["Minister of Education Stefania Giannini"],
             "Claudio De Vincenti": ["undersecretary to the prime minister"],
             "Toccafondi": ["Mr. Toccafondi", "Undersecretary for Education Mr. Toccafondi"],
             "Nunzio Galantino": ["The secretary general of CEI"]},
),
]
