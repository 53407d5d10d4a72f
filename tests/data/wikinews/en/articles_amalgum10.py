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
dict(
    id="wn-en-glasgow-cannabis-420",
    source="https://en.wikinews.org/wiki/Glasgow_cannabis_enthusiasts_celebrate_%27green%27_on_city_green",
    license=LIC, retrieved=AMG.format("AMALGUM_news_cannabis") + " (photo gallery captions dropped)",
    text="""Glasgow cannabis enthusiasts celebrate 'green' on city green
Tuesday, April 22, 2014
Coinciding with Easter Sunday, Glasgow Cannabis Social Club's annual 420 event was held on Glasgow Green, under sunny blue skies, and overlooking the river Clyde. Despite the city's council attempting to revoke permission for the gathering at the last minute, police were happy for it to go-ahead with approximately a dozen officers attending in high-visibility vests.
The Daily Record reported five arrests were made for minor offences, likely smoking and possession of small quantities of cannabis. Taking a less-sensational — and more accurate — line of reporting, the Monday edition of Glasgow's Evening News stated five were referred to the Procurator Fiscal who is responsible for deciding if charges should be brought.
Official figures provided by the police were that 150 attended. With people coming and going, Wikinews reporters estimated upwards of 200 attended, compared to nearly 700 who had signed up for the event on Facebook. Hemp goods were advertised and on sale at the event, and some attendees were seen drinking cannabis-themed energy drinks.
"I was searched and charged under the Misuse of Drugs Act (which is a lot of bollocks)" one attendee noted online, adding "not fair to happen on a brilliant day like it was, other than that I had a great day!" A second said they were openly smoking and ignored by police, who "were only really focusing on people who looked particularly young".
Cannabis seeds were openly and legally sold at the event and a hydroponics supplier brought a motortrike towing an advertising trailer. Actually growing cannabis is, however, illegal in the UK.
With the event openly advocating the legalisation of cannabis, speakers put their arguments for this to a receptive crowd. Retired police officer James Duffy, of Law Enforcement Against Prohibition, spoke of the failed United States alcohol prohibition policy; stressing such policies needlessly bring people into contact with criminal elements. Highlighting other countries where legalisation has been implemented, he pointed out such led to lower crime, and lower drug use overall.
One speaker, who produced a bottle of cannabis oil he had received through the post, asserted this cured his prostate cancer. Others highlighted the current use of Sativex by the National Health Service, with a cost in-excess of £150 for a single bottle of GW Pharmaceuticals patented spray — as-compared to the oil shown to the crowd, with a manufacturing cost of approximately £10.
Similar '420' pro-cannabis events were held globally.""",
    quotes=[
        Q("'green'", None, None),
        Q('"I was searched', 'bollocks)"', None),
        Q('"not fair to happen', 'great day!"', None),
        Q('"were only really focusing', 'particularly young"', None),
        Q("'420'", None, None),
    ],
    aliases={},
),
]
