# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 5. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-bush-ahern-st-patricks-day",
    source="https://en.wikinews.org/wiki/George_Bush_and_Irish_Prime_Minister_attend_reception_at_White_House_to_commemorate_St._Patrick%27s_day",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bush"),
    text="""George Bush and Irish Prime Minister attend reception at White House to commemorate St. Patrick's day
Wednesday, March 19, 2008
Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to commemorate St. Patrick's Day. Mr. Ahern makes this visit annually, for what he calls a "very substantial and useful meeting." Mr. Ahern started his speech by saying "Mr. President and Mrs. Bush, thank you for the welcome and honor which you've extended to our delegation, and to all the Irish guests, from North and from South, who are here at the White House this morning to mark St. Patrick's Day, Ireland's National Day. I'm very grateful, Mr. President, for the opportunity which we have just had to hold a very substantial and useful meeting with you in the Oval Office. We appreciate it, and we appreciate the amount of time that you've given to us."
Mr. Bush commented on the relationship between the US and Ireland, saying that "we've [the US and Ireland have] had a long relationship, Taoiseach. Our history has been one where the United States and Ireland have made liberty our common cause, and both of our nations are richer for it. Our partnership is based upon principles, and it's also based upon people. Ireland founded itself -- found itself in the grip of poverty and famine in the 19th century, and millions of Irish came here to our soil. They were drawn here by a promise that success would be attainable to all those who were willing to work hard. And that's certainly what happened."
"And that's what we celebrate on St. Patrick's Day. Our countries are more than just partners, we are family, Taoiseach. And today more than 35 million Americans claim Irish ancestry. America is richer for every Murphy, Kelly, and O'Sullivan. I should have said McCain -- Well, I just did. After all, this history together, the United States and the Republic of Ireland continue to stand side by side in firm friendship. We were friends in the past, we're friends today, and, Taoiseach, I am confident, after my time in office, the next President will be friends with Ireland. We are cooperating to build prosperous economies and vibrant trade and sound investment between our countries," continued Mr. Bush. The mentions of McCain in this article were both followed by laughter and applause from the audience.
Mr. Ahern also commented on the resolution to the conflicts that had been troubling Ireland for many years. He said that "we [the people of Ireland] are all glad to say, and enormously pleased and proud to stand here and say that we've achieved peace in Ireland. It's a peace that I firmly believe will endure to future generations.\"""",
    quotes=[
        Q('"very substantial and useful meeting."', None, "Bertie Ahern"),
        Q('"Mr. President and Mrs. Bush', 'given to us."', "Bertie Ahern"),
        Q('"we\'ve [the US and Ireland have]', 'certainly what happened."', "George Bush"),
        Q('"And that\'s what we celebrate', 'between our countries,"', "George Bush"),
        Q('"we [the people of Ireland]', 'future generations."', "Bertie Ahern"),
    ],
    aliases={"George Bush": ["Mr. Bush", "Mr. President"],
             "Bertie Ahern": ["Mr. Ahern", "the Prime Minister of Ireland"]},
),
dict(
    id="wn-en-castro-recovering-surgery",
    source="https://en.wikinews.org/wiki/Castro_recovering_following_surgery%3A_Cuban_officials",
    license=LIC, retrieved=AMG.format("AMALGUM_news_castro") + "; Source list and archive notice dropped",
    text="""Castro recovering following surgery: Cuban officials
Sunday, August 6, 2006
Fidel Castro's condition is "satisfactory" following surgery last Monday for intestinal bleeding according to Cuban vice-premier Carlos Lage and Cuba's health minister José Ramón Balaguer who adds that it will not be long before the Cuban leader returns to work. On Saturday, Cuban parliamentary speaker Ricardo Alcaron told CNN's Spanish service that Castro "remains in stable condition" and is "resting in order to recover as quickly as possible".
Lage, who is in Bolivia for the opening of that country's constitutional convention, said that Castro sends the Bolivian people "fraternal greetings" according to Cuban press agency Prensa Latina. Lage denied reports that Castro has stomach cancer and said that the ailing leader had "been made well by the operation and is recuperating favourably."
Venezualan president Hugo Chavez sent his good wishes during his weekly broadcast saying "Fidel Castro, a hug for you, friend and comrade and I know you are getting better."
"We have reliable information of your quick and notable recuperation" said Chavez on Castro's condition. In a telephone conversation with Bolivian leader Eva Morales later in the broadcast, Chavez said of the Cuban leader "this morning I learned that he's very well, that he is already getting out of bed, he's talking more than he should — because he talks a lot, you know. He has sent us greetings,"
Castro, who turns 80 later this month, temporarily transferred power to his 75 year-old brother, Raul Castro, prior to his surgery, leading to widespread speculation in the United States that he is dying or dead.
No pictures of Castro have been released since his surgery was announced last Monday fuelling speculation around the world about his condition. Acting Cuban leader Raul Castro has also not been seen in public in the past week.
The island's government has increased security due to fears of a US attack during Castro's illness. US Secretary of State Condoleezza Rice told NBC News "The notion that somehow the United States is going to invade Cuba, because there are troubles in Cuba, is simply far-fetched"
Until temporarily relinquishing power to his brother last week, Fidel Castro had led the country since the 1959 Cuban Revolution.""",
    quotes=[
        Q('"satisfactory"', None, "Carlos Lage"),
        Q('"remains in stable condition"', None, "Ricardo Alcaron"),
        Q('"resting in order to recover', 'as possible"', "Ricardo Alcaron"),
        Q('"fraternal greetings"', None, "Carlos Lage"),
        Q('"been made well', 'favourably."', "Carlos Lage"),
        Q('"Fidel Castro, a hug', 'getting better."', "Hugo Chavez"),
        Q('"We have reliable information', 'notable recuperation"', "Hugo Chavez"),
        Q('"this morning I learned', 'sent us greetings,"', "Hugo Chavez"),
        Q('"The notion that somehow', 'simply far-fetched"', "Condoleezza Rice"),
    ],
    aliases={"Carlos Lage": ["Lage", "Cuban vice-premier Carlos Lage"],
             "Ricardo Alcaron": ["Cuban parliamentary speaker Ricardo Alcaron"],
             "Hugo Chavez": ["Chavez", "Venezualan president Hugo Chavez"],
             "Condoleezza Rice": ["US Secretary of State Condoleezza Rice"]},
),
]
