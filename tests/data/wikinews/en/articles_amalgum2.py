# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 2. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-mother-goose-cartoonist-sued",
    source="https://en.wikinews.org/wiki/Too_Grimm%3F_Mother_Goose_cartoonist_sued_by_Colombian_coffee_growers",
    license=LIC, retrieved=AMG.format("AMALGUM_news_cartoonist") + "; Peters' statement is a block quote without quotation marks in the article (kept as text, not annotated)",
    unclosed=('"Juan Valdez drinks Costa Rican coffee.',),
    text="""Too Grimm? Mother Goose cartoonist sued by Colombian coffee growers
Sunday, January 11, 2009
While it was just a joke, the Federación Nacional de Cafeteros de Colombia doesn't find a recent "Mother Goose and Grimm" comic terribly funny.
In what the coffee growers association calls "an attack on national dignity and the reputation of Colombian coffee," the characters in a comic strip by Pulitzer Prize-winning cartoonist Mike Peters call into question the relationship of Colombian coffee growers and the crime syndicates of Columbia.
The cartoonist is being sued not only for "damages [to] the intellectual heritage" of the coffee, but also "moral compensation. A public manifestation," to the tune of $20 million.
At the start of a week-long series of strips, a dog character named "Ralph" finds out that part of chemist and food storage technician Fred Baur's remains was buried in a Pringles can, upon his last wishes. Baur's best known innovation, among multiple, was the patented can and packing method for the Pringles potato chip. The character theorizes what other remains might be interred in their food packaging. Eventually, the dog states that "when they say there's a little bit of Juan Valdez in every can, maybe they're not kidding." This play on an old advertising slogan refers to fictional character Juan Valdez, created by the Federación Nacional.
In a statement Peters says:
I had no more thought to insult Colombia and Juan Valdez than I did Pringles, Betty Crocker, Col. Sanders, Dr. Pepper and Bartles & Jaymes. The cartoon is meant to be read along with the rest of the week as a series of which the theme is based on the fact that the inventor of the Pringles can had his ashes buried in one.
I thought this was a humorous subject and all of my Mother Goose & Grimm cartoons are meant to make people laugh. I truly intended no insult.
Julio Cesar Gonzalez, El Tiempo newspaper's famous cartoonist, told the BBC that the lawsuit is "a real waste of time."
In 2006, the Federación Nacional sued Café Britt over their advertising campaign titled "Juan Valdez drinks Costa Rican coffee. In a counter-suit, Britt presented an affidavit from a Costa Rican man named "Juan Valdez", acknowledging that he drinks Costa Rican coffee, and that the name is too generic to be exclusive. A variety of legal challenges and charges from both sides were eventually dropped. The phrase was actually first used in a 1999 speech by Jaime Daremblum, then-Costa Rican ambassador to the United States.
Mother Goose and Grimm appears in over 800 newspapers worldwide; Peters has won the Pulitzer for his editorial cartoons for the Dayton Daily News. Thirty years ago, his editorial cartoon about electricity prices featured Reddy Kilowatt, an electricity generation spokescharacter. The Daily News defended that comic image in the United States Supreme Court, winning on the basis that "the symbol was not selling a product", and thus the satire was legally permissible.
Peters drinks Colombian coffee.""",
    quotes=[
        Q('"Mother Goose and Grimm"', None, None),
        Q('"an attack on national dignity', 'Colombian coffee,"', "Federación Nacional de Cafeteros de Colombia"),
        Q('"damages [to] the intellectual heritage"', None, "Federación Nacional de Cafeteros de Colombia"),
        Q('"moral compensation.', 'public manifestation,"', "Federación Nacional de Cafeteros de Colombia"),
        Q('"Ralph"', None, None),
        Q('"when they say there\'s', 'not kidding."', "Ralph"),
        Q('"a real waste of time."', None, "Julio Cesar Gonzalez"),
        Q('"Juan Valdez drinks Costa Rican coffee.', None, None),
        Q('"Juan Valdez"', None, None),
        Q('"the symbol was not selling a product"', None, None),
    ],
    aliases={"Federación Nacional de Cafeteros de Colombia": ["the coffee growers association", "the Federación Nacional"],
             "Ralph": ["the dog", "a dog character"],
             "Julio Cesar Gonzalez": ["El Tiempo newspaper's famous cartoonist"]},
),
dict(
    id="wn-en-amnesty-iran-journalists",
    source="https://en.wikinews.org/wiki/Amnesty_International_tells_Iran_to_free_imprisoned_journalists",
    license=LIC, retrieved=AMG.format("AMALGUM_news_amnesty") + "; two bold pull quotes without quotation marks dropped with the captions",
    text="""Amnesty International tells Iran to free imprisoned journalists
Sunday, June 28, 2009
The human rights organization Amnesty International has requested that Iran free journalists imprisoned in the wake of violence which occurred after recent presidential elections in the country. The Iranian government maintains that it has only detained those that have played a role in influencing the recent instability.
News media have reported that dozens of journalists have been arrested in Iran, according to Amnesty International there may be up to 30 journalists imprisoned in the country. Amnesty International refers to the imprisoned journalists as "prisoners of conscience."
Associated Press reported that reporters for foreign news media outlets have been barred from covering recent events from streets in Iran, and in addition multiple foreign journalists have been forced to leave the country. According to Amnesty International Iason Athanasiadis-Fowden, reporter for The Washington Times, was arrested on about June 19, and Maziar Bahari of Newsweek was arrested on June 21. On June 22, approximately 20 of the 25 employees for the Iran-based newspaper Kalameh Sabz were taken into custody. Kalameh Sabs was founded in 2009 by Mir Hossein Mousavi, the opposition candidate in the recent presidential election.
Jenny Leong, co-ordinator of Amnesty International in Australia, expressed concern to ABC Online about the well-being of the imprisoned journalists. "People have been detained for peacefully expressing their views and in the case of journalists it's even more shocking when they are prevented the ability to freely express themselves when it is precisely their job to be able to provide that information," said Leong.
Amnesty International stated that Etemad-e Melli newspaper editor Mohammad Ghochani was arrested and is located in a jail of the Ministry of Intelligence and National Security of Iran. Keyvan Samimi Behbehani, a member of the Center for Human Rights Defenders' Arbitrary Arrests Committee and editor of a banned periodical called Nameh, was taken into custody by Iranian officials at his home.
Deputy director for the Middle East and North Africa for Amnesty International, Hassiba Hadj Sahraoui, said that without further information from the Iranian government, Amnesty International would be under the impression that authorities were attempting to quash freedom of speech. Sahraoui said that "Unless the authorities lift all unlawful restrictions on freedom of expression which includes the right of journalists to report on events and release all the journalists arrested, we can only assume they are trying to hide evidence of abuse and further silence any critical voice."
In an official release from Amnesty International put out Friday, the organization said that by their actions of imprisoning journalists, the Iranian authorities were sending a message that they were only interested in hiding information from the public. "It is shocking that journalists – whose job it is to provide information to others – are being detained, on top of all the other draconian measures the authorities have taken to restrict the free flow of information about what is really happening in Iran. Rather than trying to investigate alleged abuses, the only message the authorities are sending is that they are seeking to hide the truth, both from their own citizens and the rest of the world," read the statement.""",
    quotes=[
        Q('"prisoners of conscience."', None, "Amnesty International"),
        Q('"People have been detained', 'that information,"', "Jenny Leong"),
        Q('"Unless the authorities', 'critical voice."', "Hassiba Hadj Sahraoui"),
        Q('"It is shocking that', 'rest of the world,"', "Amnesty International"),
    ],
    aliases={"Amnesty International": ["the organization", "the statement"],
             "Jenny Leong": ["Leong", "co-ordinator of Amnesty International in Australia"],
             "Hassiba Hadj Sahraoui": ["Sahraoui"]},
),
]
