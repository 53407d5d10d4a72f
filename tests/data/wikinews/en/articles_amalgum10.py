# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 10. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-chicago-cardinal-george-funding",
    source="https://en.wikinews.org/wiki/Catholic_Democrats_tell_Chicago_Cardinal_George_not_to_pull_funding_from_immigration_campaigners_supporting_same-sex_marriage",
    license=LIC, retrieved=AMG.format("AMALGUM_news_catholic"),
    text="""Catholic Democrats tell Chicago Cardinal George not to pull funding from immigration campaigners supporting same-sex marriage
Tuesday, July 30, 2013
Chicago politicians this past weekend asked Cardinal Francis George not to pull funding from immigration campaign groups who support legal recongition of same-sex marriage. Groups that potentially could lose funding of between US$25,000 and US$30,000 a year include organizations affiliated with the Illinois Coalition for Immigrant and Refugee Rights, Latino Union, Resurrection Project, United African Organization, Centro de Trabajadores Unidos, Albany Park Neighborhood Council, ARISE Chicago, Chicago Workers Collaborative, Interfaith Leadership Project and Most Blessed Trinity.
The funding for these organizations comes from the Catholic Campaign for Human Development which requires fund recipients to be compliant with Roman Catholic teachings. Initial threats of funding cuts were made in June, following a statement in May by the Illinois Coalition for Immigrant and Refugee Rights that indicated support for same-sex marriage in Illinois. The June funding threat cuts were originally uncovered by Chicago Sun-Times columnist Mark Brown.
Eight Catholic Democrats signed a letter to the Cardinal and the Catholic Campaign for Human Development expressing their concern that the Cardinal is playing politics over the same-sex marriage issue at the expense of immigrants. Politicians who signed the letter included Chicago 46th ward alderman James Cappleman, Cook County Commissioner John Fritchey, City Clerk Susana Mendoza, Chicago aldermen Proco Moreno and Chicago 40th ward alderman Patrick J. O'Connor, retired Cook County Judge Maureen Durkin Roy, Chicago 25th ward alderman Daniel Solis and Cook County Commissioner Larry Suffredin.
John Fritchey is quoted in the Chicago Sun-Times as saying of the letter, "You often run into conflicts when politics and religion intersect. [...] The letter simply reflects our position that a fundamental tenet of Catholicism is compassion. I don't think anybody would suggest that compassion is something that should be used as a hammer to accomplish other philosophical goals. [...] I've known Cardinal George for a long time. [...] I believe he wants to do the right thing and I'd like to believe that punishing innocent people in need perhaps isn't the best way to enforce his particular beliefs with respect to marriage equality."
Cardinal George is quoted by Fox 32 Chicago responding to the letter: "It is intellectually and morally dishonest to use the witness of the church's concern for the poor as an excuse to attack the church's teaching on the nature of marriage. [...] Jesus is merciful, but he is not stupid. He knows the difference between right and wrong. Manipulating both immigrants and the church for political advantage is wrong."
The threats take place against a backdrop of political debate in the state over legalizing same-sex marriage, with the possibility of the Illinois House and Senate addressing the issue during their fall session. Twenty-five couples are currently suing the state of Illinois in order to gain access to marriage equality and over 200 Illinois clergy have signed an amicus brief to support the couples.""",
    quotes=[
        Q('"You often run into conflicts', 'marriage equality."', "John Fritchey"),
        Q('"It is intellectually', 'is wrong."', "Francis George"),
    ],
    aliases={"John Fritchey": ["Cook County Commissioner John Fritchey"],
             "Francis George": ["Cardinal Francis George", "Cardinal George", "the Cardinal"]},
),
]
