# Held-out English Wikinews articles (tests/data/heldout11-en.jsonl), continued; same source and
# conventions as heldout11_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-russia-gay-protesters-olympics",
    source="https://en.wikinews.org/wiki/Russian_government_confirms_gay_protesters_to_be_arrested_at_Olympics",
    license=LIC, retrieved=AMG.format("AMALGUM_news_olympics") + " (the copy's 'Olympics[...]' written without a space, as tokenized, kept)",
    text='''Russian government confirms gay protesters to be arrested at Olympics
Tuesday, August 13, 2013
Russia's Interior Ministry confirmed yesterday that the police will enforce the law banning "propaganda of nontraditional sexual relations" during the 2014 Winter Olympics to be held in Sochi in February.
The statement said "law enforcement agencies can have no qualms with people who harbour a nontraditional sexual orientation" so long as they do not promote homosexuality to minors, "do not conduct any kind of provocation and take part in the Olympics peacefully."
The statement continued: "Any discussion on violating the rights of representatives of nontraditional sexual orientations, stopping them from taking part in the Olympic Games or discrimination of athletes and guests of the Olympics according to their sexual orientation is totally unfounded and contrived."
Alexander Zhukov, the deputy Prime Minister and head of the Russian Olympics Committee told the Russian state news agency RIA Novosti: "If a person does not put across his views in the presence of children, no measures against him can be taken. People of nontraditional sexual orientations can take part in the competitions and all other events at the games unhindered, without any fear for their safety whatsoever."
The International Olympics Committee stated last week they would seek clarification from the Russian government after calls from gay activists to relocate the event.
Last week, British actor Stephen Fry wrote an open letter to British Prime Minister David Cameron arguing the Winter Games ought to be relocated, and Russian President Vladimir Putin "is making scapegoats of gay people, just as Hitler did Jews". Fry argued "[anti-gay] beatings, murders and humiliations are ignored by the police. Any defence or sane discussion of homosexuality is against the law."
Fry attended a protest in London on Saturday against the Russian laws on homosexuality. At the protest he said: "All homophobic regimes say this — they say they do it for the children. They do this to stop children being propogandised at by gay people. That's not the situation at all. What they have done is unleashed thugs who have done unspeakable things to teenagers, lured them, beaten them, humiliated them, tortured them. This continues to be the case."
On Twitter, David Cameron responded to Fry's call for a relocation of the Games: "Thank you for your note @stephenfry. I share your deep concern about the abuse of gay people in Russia. However, I believe we can better challenge prejudice as we attend, rather than boycotting the Winter Olympics."
Lord Sebastian Coe, head of the British Olympic Association, also rejected the call for a boycott or relocation: "only damage one group of people, and that is the athletes. It is an issue that needs to be addressed, but not an issue that is one of a boycott."
Coe also argued the Olympics and other sporting events help promote social change: "International sport is not an inhibitor of social change, it actually has quite strong catalytic effects. I am a profound believer that the relationships developed through international sport are often in the infancy of social change."
U.S. President Barack Obama has also rejected a call for a boycott. At a press conference at the White House last week, he stated: "I want to just make very clear right now: I do not think it’s appropriate to boycott the Olympics[...] We’ve got a bunch of Americans out there who are training hard, who are doing everything they can to succeed. Nobody’s more offended than me by some of the anti-gay and -lesbian legislation that you’ve been seeing in Russia."''',
    quotes=[
        Q('"propaganda of nontraditional sexual relations"', None, None),
        Q('"law enforcement agencies', 'sexual orientation"', "Russia's Interior Ministry"),
        Q('"do not conduct', 'Olympics peacefully."', "Russia's Interior Ministry"),
        Q('"Any discussion', 'and contrived."', "Russia's Interior Ministry"),
        Q('"If a person', 'safety whatsoever."', "Alexander Zhukov"),
        Q('"is making scapegoats', 'did Jews"', "Stephen Fry"),
        Q('"[anti-gay] beatings', 'against the law."', "Stephen Fry"),
        Q('"All homophobic regimes', 'to be the case."', "Stephen Fry"),
        Q('"Thank you for your note', 'Winter Olympics."', "David Cameron"),
        Q('"only damage one group', 'of a boycott."', "Sebastian Coe"),
        Q('"International sport', 'of social change."', "Sebastian Coe"),
        Q('"I want to just make', 'seeing in Russia."', "Barack Obama"),
    ],
    aliases={"Russia's Interior Ministry": ["The statement"],
             "Alexander Zhukov": [],
             "Stephen Fry": ["British actor Stephen Fry", "Fry"],
             "David Cameron": ["British Prime Minister David Cameron"],
             "Sebastian Coe": ["Lord Sebastian Coe", "Coe"],
             "Barack Obama": ["U.S. President Barack Obama"]},
),
dict(
    id="wn-en-womens-march-largest-protest",
    source="https://en.wikinews.org/wiki/Women%27s_March_becomes_largest_protest_in_U.S._history",
    license=LIC, retrieved=AMG.format("AMALGUM_news_protest") + " (the copy's 'solidarity[...]' written without a space, as tokenized, kept)",
    text='''Women's March becomes largest protest in U.S. history
Tuesday, January 24, 2017
On Saturday, by estimates, over 500,000 women and other protesters — twice the figure expected by organizers — marched through Washington D.C. to protest the inauguration of Donald Trump as president of the United States. They were accompanied by hundreds of thousands of others in hundreds of sister marches in cities across the United States and on all seven continents, including Antarctica.
Though different publications are providing different figures, The Independent reports that between 3.3 and 4.6 million people walked and carried signs, 750,000 in Los Angeles, 575,000 in Washington D.C., 450,000 in New York, 250,000 in Chicago and many smaller figures in other cities, making this the largest protest in American history. In contrast to the protests on the day of the inauguration, not one marcher was reported arrested in Washington D.C., Los Angeles, New York, Chicago or Seattle.
At the march, women, men and children chanted slogans like "This is what democracy looks like!" and "Women's rights are human rights!" and carried signs evoking images from Rosie the Riveter to Princess Leia or referenced things that Trump had said during his campaign, as in "Fury coming out my wherever" and "Hands too small can't build a wall." Though celebrities such as feminist Gloria Steinem and singer Alicia Keys gave speeches, only a fraction of the demonstrators were close enough to hear them.
The idea for a women's protest to the election of Donald Trump is credited to two people, retired attorney Teresa Shook of Hawaii and fashion designer Bob Bland of Brooklyn. Both women posted their ideas online, gaining many followers before the movement finally merged.
The march's mission statement reads, in part, "The Women's March on Washington will send a bold message to our new government on their first day in office, and to the world that women's rights are human rights. We stand together, recognizing that defending the most marginalized among us is defending all of us."
Mary Schmich of the Chicago Tribune called the march a response to the "presidential inauguration of a man who has breezily, relentlessly disrespected women and who is set to oversee changes in our laws that go beyond disrespect." Senior counselor at the Albright Stonebridge Group and former U.S. undersecretary of state for political affairs Wendy R. Sherman wrote in USA Today, "For me, the agenda is clear. It is solidarity. It is saying to the new administration that misogyny cannot rule. Whether reproductive rights, equal pay for equal work, an end to sexual violence, women in combat or the importance of girls' education worldwide, we are here; we will not relent; we will not give up."
The march did focus on traditional women's issues such as reproductive rights but also addressed issues such as gun control and the environment from a female perspective. "Gun violence is a women's issue," attendee Amy Schumer posted online, "American women are 16 times more likely to be killed with a gun than in other high-income countries. In an average month, 50 women are shot to death by a current or former partner in the United States. Approximately 4.5 million American women have been threatened with guns, and guns are the weapon of choice in domestic murders." "A healthy environment is a basic right for all of us," stated Natural Resources Defense Council President Rhea Suh.
The event organizers' stated principles included "open access to safe, legal, affordable abortion and birth control for all people, regardless of income, location or education" and Planned Parenthood was the march's single biggest sponsor.
"I think it's important that a pro-life feminist voice is there. I am not going to protest," antiabortion activist Abby Johnson told the Washington Post. "I am going to join in solidarity[...] and to be honest, abortion is not the only issue I'm concerned about. I'm concerned about the pay gap. I'm concerned about the lack of women in the political arena. There are a lot of things that are important to me."
The following day, President Trump responded, via separate tweets, "Why didn't these people vote?" and "Peaceful protests are a hallmark of our democracy. Even if I don't always agree, I recognize the rights of people to express their views."''',
    quotes=[
        Q('"This is what democracy looks like!"', None, None),
        Q('"Women\'s rights are human rights!"', None, None),
        Q('"Fury coming out my wherever"', None, None),
        Q('"Hands too small can\'t build a wall."', None, None),
        Q('"The Women\'s March on Washington will send', 'all of us."', "Women's March"),
        Q('"presidential inauguration', 'beyond disrespect."', "Mary Schmich"),
        Q('"For me, the agenda', 'not give up."', "Wendy R. Sherman"),
        Q('"Gun violence is a women\'s issue,"', None, "Amy Schumer"),
        Q('"American women are 16 times', 'domestic murders."', "Amy Schumer"),
        Q('"A healthy environment', 'all of us,"', "Rhea Suh"),
        Q('"open access to safe', 'or education"', "Women's March"),
        Q('"I think it\'s important', 'going to protest,"', "Abby Johnson"),
        Q('"I am going to join', 'important to me."', "Abby Johnson"),
        Q('"Why didn\'t these people vote?"', None, "Donald Trump"),
        Q('"Peaceful protests', 'their views."', "Donald Trump"),
    ],
    aliases={"Women's March": ["The march's mission statement", "The event organizers"],
             "Mary Schmich": [],
             "Wendy R. Sherman": [],
             "Amy Schumer": ["attendee Amy Schumer"],
             "Rhea Suh": ["Natural Resources Defense Council President Rhea Suh"],
             "Abby Johnson": ["antiabortion activist Abby Johnson"],
             "Donald Trump": ["President Trump", "Trump"]},
),
dict(
    id="wn-en-brazil-footballer-barbaric-murder",
    source="https://en.wikinews.org/wiki/Brazilian_footballer%2C_ex-policeman_among_seven_arrested_for_%27barbaric%27_murder",
    license=LIC, retrieved=AMG.format("AMALGUM_news_murder") + " (a caption opening with the quoted word \"Monster\" dropped with the other captions; the copy's 'Rio de Janerio' and '\"idol\"'s' kept)",
    text='''Brazilian footballer, ex-policeman among seven arrested for 'barbaric' murder
Sunday, July 11, 2010
A professional football player from Brazil and a former police investigator are among seven people arrested in connection with a murder police called "barbaric". Flamengo goalkeeper, and captain, Bruno Fernandes is accused of hiring former policeman Marcos Aparecido dos Santos to kill his mistress.
Police say Fernandes met Eliza Samudio, 25, at a party organised by another Flamengo player last year, and spent the night with the former model and pornstar, impregnating her. Her refusal to abort the pregnancy is cited as the motive behind the killing. Samudio has been missing since June 4th. Police state she contacted them earlier to complain of violence and threats from Fernandes. He is alleged to have attacked her and tried to force her to swallow an abortion pill in a complaint filed in October. He supposedly told her, "[y]ou don't know me and you don't know what I am capable of – I'm from the favela."
Police allege that Samudio was abducted from a hotel in Rio de Janerio and driven for six hours to reach a house belonging to Santos near Belo Horizonte. There, according to newspaper Estado de Sao Paulo, one of Fernandes's cousins, allegedly involved, said loud music was played to cover up the screams as "barbaric tortures" were inflicted upon her by Santos.
It is alleged when she exclaimed she could no longer bear being beaten the ex-policeman responded "[y]ou are not going to bear it any more. You are going to die." Souza is said to have been present and witnessed both her torture and her strangulation. Although she remains missing, police state that they are confident she is dead and claim her remains were disposed of by being fed to at least one rottweiler. Remaining parts are said to be encased in concrete.
The child, a boy, had already been born and is now four months old. Police say his mother was killed when she began attempts to prove the footballer, who was rumoured to have received an offer worth millions of dollars from AC Milan, was his father. Homicide investigator Edson Moreira is running the probe and was in no doubt of the footballing "idol"'s guilt: "[he is] a monster for what he did to this young lady."
The investigation has been a major focus for Brazilian media. The nation has an upcoming presidential election and candidates were quick to express their views. Dilma Rousseff, who present president Luiz Inacio Lula da Silva wishes to succeed him, said "[t]his is a barbaric crime. The whole of Brazil is disgusted by such a barbaric and perverse crime." Rainforest campaigner Marina Silva, another candidate, expressed concern that "[w]e have repeatedly seen this kind of episode against the lives of women."
Fernandes denied any involvement, claiming a "clear conscience". He has commented that he is concerned the investigation may hamper his prospects of representing Brazil at the 2014 World Cup. Currently in a jail cell, he was requested to provide DNA samples but exercised his constitutional right to refuse. His wife is also alleged to have been involved and is jailed as well. Santos has said, via his lawyer, that he too is uninvolved in any crimes.''',
    quotes=[
        Q("'barbaric'", None, None),
        Q('"barbaric"', None, None),
        Q('"[y]ou don\'t know me', 'from the favela."', "Bruno Fernandes"),
        Q('"barbaric tortures"', None, None),
        Q('"[y]ou are not going', 'going to die."', "Marcos Aparecido dos Santos"),
        Q('"idol"', None, None),
        Q('"[he is] a monster', 'young lady."', "Edson Moreira"),
        Q('"[t]his is a barbaric crime', 'perverse crime."', "Dilma Rousseff"),
        Q('"[w]e have repeatedly', 'lives of women."', "Marina Silva"),
        Q('"clear conscience"', None, "Bruno Fernandes"),
    ],
    aliases={"Bruno Fernandes": ["Fernandes"],
             "Marcos Aparecido dos Santos": ["former policeman Marcos Aparecido dos Santos", "Santos", "the ex-policeman"],
             "Edson Moreira": ["Homicide investigator Edson Moreira"],
             "Dilma Rousseff": [],
             "Marina Silva": ["Rainforest campaigner Marina Silva"]},
),
]
