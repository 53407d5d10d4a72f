# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 3. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-betancourt-returns-to-france",
    source="https://en.wikinews.org/wiki/%C3%8Dngrid_Betancourt_returns_to_France",
    license=LIC, retrieved=AMG.format("AMALGUM_news_betancourt"),
    text="""Íngrid Betancourt returns to France
Friday, July 4, 2008
Freed hostage Íngrid Betancourt arrived in France today, two days after being rescued from the Revolutionary Armed Forces of Colombia (FARC), who had kept her captive in the Colombian jungle for more than six years.
Standing alongside President Nicolas Sarkozy at a military air base southwest of Paris, Betancourt said, "I cry with joy." The Colombian-French politician was greeted at the air base by the President and the First Lady, Carla Bruni-Sarkozy, along with some supporters.
"I have been dreaming for seven years of this moment. I owe everything to you," she said, thanking France for pressuring Colombia to "think of other than military options". She added, "France is my home and you are my family." Sarkozy said her safe return shows people in difficult situations that "there is hope, light at the end of the tunnel."
After the welcome at the air base, which was broadcast live on national television, Betancourt went to the Élysée Palace, the President's official residence. Again accompanied by Sarkozy, she recounted her experiences as a hostage in the Colombian jungle, describing the lack of sunlight and hostile conditions.
"It's a completely hostile environment with dangerous animals," Betancourt said. "The most dangerous, of course, is man. Those men who were behind me with huge rifles, pushing me, telling me to walk, telling me to walk more quickly. And in this world of hostility where everything is an enemy, dangerous, against you, there is God. And above all, there was you."
She called on Sarkozy to continue working toward freeing the hostages who were left behind. "We cannot leave them there where they are suffering, where they are alone," she stated, saying that some of them are contemplating suicide. In response, Sarkozy said, "We will carry on working to free them."
Betancourt was one of the 15 hostages rescued on July 2 by the Colombian army, who tricked FARC into handing over the hostages by pretending to be part of a non-governmental organization. She was kidnapped in February 2002 while campaigning for President of Colombia.
At a press conference, her third public event in the hours since returning to France, Betancourt condemned the actions of FARC. "I think the whole world is aware of the fact that FARC inflicts suffering on human beings", she said, calling on the guerrilla organization to "accept defeat gracefully" and "stop being terrorists." She called on the international community to help end the "terrible trend of kidnapping in Colombia".
Betancourt also rejected the idea that the rescue operation was staged to cover up ransom payments to FARC. "I think what I saw was certainly not a staged event," she said. "There was a degree of tension.\"""",
    quotes=[
        Q('"I cry with joy."', None, "Íngrid Betancourt"),
        Q('"I have been dreaming', 'everything to you,"', "Íngrid Betancourt"),
        Q('"think of other than military options"', None, "Íngrid Betancourt"),
        Q('"France is my home', 'my family."', "Íngrid Betancourt"),
        Q('"there is hope', 'of the tunnel."', "Nicolas Sarkozy"),
        Q('"It\'s a completely hostile', 'dangerous animals,"', "Íngrid Betancourt"),
        Q('"The most dangerous', 'there was you."', "Íngrid Betancourt"),
        Q('"We cannot leave them', 'they are alone,"', "Íngrid Betancourt"),
        Q('"We will carry on working to free them."', None, "Nicolas Sarkozy"),
        Q('"I think the whole world', 'human beings"', "Íngrid Betancourt"),
        Q('"accept defeat gracefully"', None, "Íngrid Betancourt"),
        Q('"stop being terrorists."', None, "Íngrid Betancourt"),
        Q('"terrible trend of kidnapping in Colombia"', None, "Íngrid Betancourt"),
        Q('"I think what I saw', 'staged event,"', "Íngrid Betancourt"),
        Q('"There was a degree of tension."', None, "Íngrid Betancourt"),
    ],
    aliases={"Íngrid Betancourt": ["Betancourt", "Freed hostage Íngrid Betancourt", "The Colombian-French politician"],
             "Nicolas Sarkozy": ["Sarkozy", "President Nicolas Sarkozy", "the President"]},
),
]
