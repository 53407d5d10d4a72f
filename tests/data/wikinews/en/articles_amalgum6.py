# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 6. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-aretha-franklin-dies",
    source="https://en.wikinews.org/wiki/Singer_Aretha_Franklin%2C_%27queen_of_soul%27%2C_dies_aged_76",
    license=LIC, retrieved=AMG.format("AMALGUM_news_aretha"),
    text="""Singer Aretha Franklin, 'queen of soul', dies aged 76
Saturday, August 18, 2018
US soul singer Aretha Franklin died in her Detroit, Michigan home on Thursday morning, her publicist Gwendolyn Quinn stated on behalf of the family. According to the statement, the official cause of death was pancreatic cancer.
Per the statement, Franklin died at about 9:50 am local time, "surrounded by family and loved ones. In one of the darkest moments of our lives, we are not able to find the appropriate words to express the pain in our heart. We have lost the matriarch and rock of our family. The love she had for her children, grandchildren, nieces, nephews, and cousins knew no bounds."
Aretha Louise Franklin was born in Memphis, Tennessee on March 25, 1942. After some time in Buffalo, New York, the family settled in Detroit around 1946. Her father was a preacher, and Aretha sang solos at his church when she was 10. Her mother died that year, having left the family four years earlier. Aretha had her first son before age 13, and recorded gospel music at 14. She contracted in 1956 to JVB Records, with her father's help, then in 1960 to Columbia Records, and in 1966 to Atlantic Records. At Atlantic she focused on soul and rhythm and blues (R&B), and was highly successful. She acquired the nickname "the Queen of Soul" in 1967. Over the next seven years she was 33 times on the R&B Top Ten list. One of her signature songs, Respect, won her the Grammy Award for best R&B performance in 1968, and she won best R&B performance every year from then through 1975. In 1987 she became the first woman in the Rock and Roll Hall of Fame.
Franklin's musical career resurged in the 1980s. Her last number-one hit was a 1987 duet with British singer George Michael, I Knew You Were Waiting (for Me). Her last public performance was in November of last year, at an Elton John AIDS Foundation event in New York City. As of June last year, according to Billboard, she was working on an album of collaborations with others, mentioning Stevie Wonder, Elton John, and Lionel Richie.
Franklin's career was entwined with the civil rights movement. Her father's politics brought her in contact with Martin Luther King Jr., with whom she toured in the late 1950s. Her father was involved in organizing the 1963 Detroit Walk to Freedom with King, and when King was assassinated in 1968, she sang at his funeral. Respect, and others of her songs, became anthems for the civil rights and feminism movements. She told Vogue magazine in 2015 she didn't record Respect for a political movement; "Not just me or the civil rights movement or women — it's important to people. And I was asked what recording of mine I'd put in a time capsule, and it was Respect. Because people want respect — even small children, even babies. As people, we deserve respect from one another."
She sang at Barack Obama's 2009 inauguration as President of the United States. On her death, Barack Obama tweeted, "Aretha helped define the American experience. In her voice, we could feel our history, all of it and in every shade — our power and our pain, our darkness and our light, our quest for redemption and our hard-won respect. May the Queen of Soul rest in eternal peace."
Aretha Franklin is survived by sons Clarence, Edward, Ted, and Kecalf.""",
    quotes=[
        Q("'queen of soul'", None, None),
        Q('"surrounded by family', 'knew no bounds."', "Gwendolyn Quinn"),
        Q('"the Queen of Soul"', None, None),
        Q('"Not just me', 'from one another."', "Aretha Franklin"),
        Q('"Aretha helped define', 'eternal peace."', "Barack Obama"),
    ],
    aliases={"Gwendolyn Quinn": ["her publicist Gwendolyn Quinn", "the statement"],
             "Aretha Franklin": ["Franklin", "Aretha", "US soul singer Aretha Franklin"]},
),
dict(
    id="wn-en-sarah-brady-dies",
    source="https://en.wikinews.org/wiki/Gun_control_campaigner_Sarah_Brady_dies_aged_73",
    license=LIC, retrieved=AMG.format("AMALGUM_news_brady"),
    text="""Gun control campaigner Sarah Brady dies aged 73
Sunday, April 5, 2015
Sarah Brady, gun control campaigner and widow of former US White House Press Secretary James Brady, has died at the age of 73. Her death was announced by the Brady Campaign and Center to Prevent Gun Violence. Brady died on Friday after a battle with pneumonia according to e-mails sent by her family.
A statement by the Brady Campaign and Center to Prevent Gun Violence was posted on Facebook. It said "We are heartbroken over the loss of Sarah Brady, our dear friend and Chairperson of the Brady Campaign and Center to Prevent Gun Violence. Sarah was a champion for gun violence prevention and her commitment and fiery compassion will live on."
On March 30, 1981, Sarah Brady's husband, James, was injured in a shooting attempted assassination of US President Ronald Reagan. A bullet entered his head and lodged in his brain. He suffered severe injuries and was partially paralyzed for the remainder of his life. The attack by John W. Hinckley Jr. also injured three more people, including President Reagan.
In the years after the shooting, Sarah Brady became an advocate for gun control laws, and in 1989 vice chair of Handgun Control, Inc. In 2001 Handgun Control, Inc. became known as the Brady Campaign in tribute of both Sarah and James' efforts in fighting for tougher gun control. Brady said "the proudest moment of our lives" was in 1993 when President Bill Clinton signed into effect the Brady Bill, tightening gun law legislation.
Former First Lady Nancy Reagan released a statement regarding the death of her "dear friend" Sarah Brady. She said "Over the years, I found her to be a woman of immense courage, strength and optimism. I will miss Sarah very much, but take comfort in knowing that she joined Jim on Good Friday and is now at peace."
Another tribute came from former Congresswoman Gabrielle Giffords. Giffords, who was was shot in the head and nearly killed in 2011, said "We know Sarah will be missed by all those whose lives she touched and who were so inspired by her commitment to her late husband Jim and to the cause of reducing gun violence in our country[...] Sarah Brady showed us not only what a tireless fight for common sense looks like, but also what it means to be a loving spouse and caretaker in the wake of a senseless tragedy. Our prayers are with her son Scott, her daughter Missy, and the entire Brady Campaign family as they mourn this devastating loss".
Brady's death has come less than a year after the death of her husband. James Brady also died at the age of 73 last August. She is survived by son James and stepdaughter Melissa.""",
    quotes=[
        Q('"We are heartbroken', 'will live on."', "Brady Campaign and Center to Prevent Gun Violence"),
        Q('"the proudest moment of our lives"', None, "Sarah Brady"),
        Q('"dear friend"', None, "Nancy Reagan"),
        Q('"Over the years', 'now at peace."', "Nancy Reagan"),
        Q('"We know Sarah will be missed', 'devastating loss"', "Gabrielle Giffords"),
    ],
    aliases={"Brady Campaign and Center to Prevent Gun Violence": ["A statement by the Brady Campaign and Center to Prevent Gun Violence"],
             "Sarah Brady": ["Brady"],
             "Nancy Reagan": ["Former First Lady Nancy Reagan"],
             "Gabrielle Giffords": ["Giffords", "former Congresswoman Gabrielle Giffords"]},
),
]
