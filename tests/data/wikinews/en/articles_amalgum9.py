# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 9. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-yelena-bonner-dies",
    source="https://en.wikinews.org/wiki/Soviet_human_rights_activist_Yelena_Bonner_dies_aged_88",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bonner") + " (image file link and two pull-quote boxes without quotation marks dropped)",
    text="""Soviet human rights activist Yelena Bonner dies aged 88
Tuesday, June 21, 2011
Soviet human rights activist Yelena Bonner died of heart failure in Boston, Massachusetts on Saturday at the age of 88, her daughter Tatiana Yankelevich said in a statement. She had been hospitalized since February 21.
Bonner gained fame by smuggling the papers of her late husband, the nuclear physicist and Russian dissident Andrei Sakharov, out of Siberia and was prominent in her own right for her human rights activism.
Leaders and politicians paid Bonner tribute. "The world has lost one of the most inspiring and dedicated human rights defenders," said Jerzy Buzek, President of the European Parliament.
Bonner was born in Turkmenistan February 15, 1923 to a family of Communist Party officials; her father was later killed and her mother sent to a gulag in Joseph Stalin's purges of the late 1930s.
In 1941, she became a nurse for the Soviet military on the front during World War II. She suffered a severe wound to the chest, and serious head injuries in 1943 from which she nearly lost her sight, and received decorations for valor. Bonner returned to the front in 1945, advancing with the army to Potsdam. While studying medicine when the war was over, she married a fellow student, Ivan Semyonov and they had a son and a daughter. But as she became increasingly politically active, they lost their common interests and divorced in 1965.
She was an active Soviet dissident in the 1970s, and a leader of a group that monitored Soviet compliance with the Helsinki Accords. The Washington Post describes her at this time as "[h]eadstrong and sharp-tongued with a no-nonsense voice deepened by years of chain-smoking acrid Russian cigarettes".
Bonner married Sakharov in 1972, whom she had met through her political activities. He was also fierce critic of the lack of civil liberties and human rights in the Soviet Union, and their tiny Moscow apartment became the meeting place for the Soviet dissident movement in the 1970s. They traveled around Russia together visiting imprisoned dissidents and working for their legal rights.
When Sakharov won the Nobel Peace Prize in 1975, she traveled to Oslo to receive it on his behalf as Soviet authorities refused to allow her husband to leave the country.
Sakharove was arrested in 1980 and exiled to Siberia, and Bonner, Sakharove's sole contact with the outside world, smuggled his writings to Moscow and ensured that they were published. Soviet authorities conducted campaigns of personal attacks against her, accusing her of being a foreign agent who turned Sakharove against his country. In 1984 she was convicted of "anti-Soviet agitation" and was exiled to Siberia with her husband, both continually harassed by authorities. She published her memoir in 1986 of the years in exile, described by the Washington Post as partly "a love story of mutual sacrifice."
In 1986 Mikhail Gorbachev allowed the Sakharoves to return to Moscow where they continued to agitate for human rights and were constantly harassed for their activities.
When the Soviet Union collapsed two years after Sakharov's death in 1989, Bonner continued her human rights and political activities. She initially supported President Boris Yeltsin's government and served on his state human rights commission, but became critical of his government at the beginning of the war in Chechnya. She was also critical of Yeltin's successor, Vladimir Putin, and was the first person to sign a petition against him in March 2010.
As her health deteriorated, she became less active, and she moved to the United States to be with her daughter.
Bonner received the Rafto Prize in 1991 for her promotion of human rights in the former Soviet Union and in contemporary Russia. She published at least four books and edited her husband's memoirs which were published in 1997.
U.S. State Department's spokesperson Victoria Nuland said in a statement: "We note with profound sadness the death of Yelena Bonner, an extraordinary voice among human rights defenders in the former Soviet Union and the Russian Federation.\"""",
    quotes=[
        Q('"The world has lost', 'defenders,"', "Jerzy Buzek"),
        Q('"[h]eadstrong', 'cigarettes"', "The Washington Post"),
        Q('"anti-Soviet agitation"', None, None),
        Q('"a love story of mutual sacrifice."', None, "The Washington Post"),
        Q('"We note with profound sadness', 'Russian Federation."', "Victoria Nuland"),
    ],
    aliases={"Jerzy Buzek": ["President of the European Parliament"],
             "The Washington Post": ["the Washington Post"],
             "Victoria Nuland": ["U.S. State Department's spokesperson Victoria Nuland"]},
),
]
