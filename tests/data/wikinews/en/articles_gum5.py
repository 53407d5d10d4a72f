# Hand-annotated English Wikinews articles (GUM corpus copy), part 5. See articles_gum1.py.
GUM = "GUM corpus copy (amir-zeldes/gum _build/src/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-warhol-university-exhibits",
    source="https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits",
    license=LIC, retrieved=GUM.format("GUM_news_warhol") + "; section headings kept as lines",
    text="""Warhol's photo legacy spread by university exhibits
Tuesday, January 28, 2014
Evansville, Indiana, United States - This past week marked the opening night of an Andy Warhol exhibit at the University of Southern Indiana. USI's art gallery, like 189 other educational galleries and museums around the country, is a recipient of a major Warhol donor program, and this program is cultivating new interest in Warhol's photographic legacy. Wikinews reporters attended the opening and spoke to donors, exhibit organizers and patrons.
The USI art gallery celebrated the Thursday opening with its display of Warhol's Polaroids, gelatin silver prints and several colored screen prints. USI's exhibit, which is located in Evansville, Indiana, is to run from January 23 through March 9.
The McCutchan Art Center/Pace Galleries at USI bases its exhibit around roughly 100 Polaroids selected from its collection. The Polaroids were all donated by the Andy Warhol Photographic Legacy Program, according to Kristen Wilkins, assistant professor of photography and curator of the exhibit. The Andy Warhol Foundation for the Visual Arts made two donations to USI Art Collections, in 2007 and a second recently.
Kathryn Waters, director of the gallery, expressed interest in further donations from the foundation in the future.
Since 2007 the Andy Warhol Photographic Legacy Program has seeded university art galleries throughout the United States with over 28,000 Andy Warhol photographs and other artifacts. The program takes a decentralized approach to Warhol's photography collection and encourages university art galleries to regularly disseminate and educate audiences about Warhol's artistic vision, especially in the area of photography.
University exhibits
Wikinews provides additional video, audio and photographs so our readers may learn more.
Wilkins observed that the 2007 starting date of the donation program, which is part of the Andy Warhol Foundation for the Visual Arts, coincided with the 20th anniversary of Andy Warhol's death in 1987. USI was not alone in receiving a donation.
K.C. Maurer, chief financial officer and treasurer at the Andy Warhol Foundation, said 500 institutions received the initial invitation and currently 190 universities have accepted one or more donations. Institutional recipients, said Mauer, are required to exhibit their donated Warhol photographs every ten years as one stipulation.
While USI is holding its exhibit, there are also Warhol Polaroid exhibits at the Tang Teaching Museum and Art Gallery at Skidmore College in Saratoga Springs, New York and an Edward Steichen and Andy Warhol exhibit at the Mary & Leigh Block Museum of Art at Northwestern University in Evanston, Illinois. All have received Polaroids from the foundation.
University exhibits can reach out and attract large audiences. For example, the Weatherspoon Art Museum at the University of North Carolina at Greensboro saw attendance levels reach 11,000 visitors when it exhibited its Warhol collection in 2010, according to curator Elaine Gustafon. That exhibit was part of a collaboration combining the collections from Duke University, located in Durham, North Carolina, and University of North Carolina at Chapel Hill, which also were recipients of donated items from the Andy Warhol Photographic Legacy Program.
Superstars
Each collection donated by the Andy Warhol Photographic Legacy Program holds Polaroids of well-known celebrities. The successful UNC Greensboro exhibit included Polaroids of author Truman Capote and singer-songwriter Carly Simon.
"I think America's obsession with celebrity culture is as strong today as it was when Warhol was living", said Gustafon. "People are still intrigued by how stars live, dress and socialize, since it is so different from most people's every day lives."
Wilkins explained Warhol's obsession with celebrities began when he first collected head shots as a kid and continued as a passion throughout his life. "He's hanging out with the celebrities, and has kind of become the same sort of celebrity he was interested in documenting earlier in his career", Wilkins said.
The exhibit at USI includes Polaroids of actor Dennis Hopper; musician Nick Rhodes of Duran Duran; publishers Jann Wenner of Rolling Stone Magazine and Carlo De Benedetti of Italy's la Repubblica; disco club owner Steve Rubell of Studio 54; photographers Nat Finkelstein, Christopher Makos and Felice Quinto; and athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf).
Wikinews observed the USI exhibit identifies and features Polaroids of fashion designer Halston, a former resident of Evansville.
University collections across the United States also include Polaroids of "unknowns" who have not yet had their fifteen minutes of fame. Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said, "These images serve as documentation of people in his every day life and art - one which many of us enjoy a glimpse into."
Warhol's photographic legacy
Warhol was close to important touchstones of the 1960s, including art, music, consumer culture, fashion, and celebrity worship, which were all buzzwords and images Wikinews observed at USI's opening exhibit.
He was also an influential figure in the pop art movement. "Pop art was about what popular American culture really thought was important", Kathryn Waters said. "That's why he did the Campbell Soup cans or the Marilyn pictures, these iconic products of American culture whether they be in film, video or actually products we consumed. So even back in the sixties, he was very aware of this part of our culture. Which as we all know in 2014, has only increased probably a thousand fold."
"I think everybody knows Andy Warhol's name, even non-art people, that's a name they might know because he was such a personality", Water said.
Hilary Braysmith, USI associate professor of art history, said, "I think his photography is equally influential as his graphic works, his more famous pictures of Marilyn. In terms of the evolution of photography and experimentation, like painting on them or the celebrity fascination, I think he was really ground-breaking in that regard."
The Polaroid format is not what made Warhol famous, however, he is in the company of other well-known photographers who used the camera, such as Ansel Adams, Chuck Close, Walker Evans, Robert Mapplethorpe, and Helmut Newton.
Wilkins said, "[Warhol] liked the way photo booths and the Polaroid's front flash looked". She explained how Warhol's adoption of the Polaroid camera revealed his process. According to Wilkins, Warhol was able to reproduce the Polaroid photograph and create an enlargement of it, which he then could use to commit the image to the silk screen medium by applying paint or manipulating them further. One of the silk screens exhibited at USI this time was the Annie Oakley screen print called "Cowboys and Indians" from 1987.
Wilkins also said Warhol was both an artist and a businessperson. "As a way to commercialize his work, he would make a blue Marilyn and a pink Marilyn and a yellow Marilyn, and then you could pick your favorite color and buy that. It was a very practical salesman approach to his work. He was very prolific but very business minded about that."
"He wanted to be rich and famous and he made lots of choices to go that way", Wilkins said.
USI exhibit
Kiara Perkins, a second year USI art major, admitted she was willing to skip class Thursday night to attend the opening exhibit but then circumstances allowed for her to attend the exhibit. Why did she so badly want to attend? "It's Warhol. He is a legend."
For Kevin Allton, a USI instructor in English, Warhol was also a legend. He said, "Andy Warhol was the center of the Zeitgeist for the 20th century and everything since. He is a post-modern diety."
Allton said he had only seen the Silver Clouds installation before in film. The Silver Clouds installation were silver balloons blown up with helium, and those balloons filled one of the smaller rooms in the gallery. "I thought that in real life it was really kind of magical," Allton said. "I smacked them around."
Elements of the Zeitgeist were also playfully recreated on USI's opening night. In her opening remarks for attendees, Waters pointed out those features to attendees, noting the touches of the Warhol Factory, or the studio where he worked, that were present around them. She pointed to the refreshment table with Campbell's Soup served with "electric" Kool Aid and tables adorned with colorful gumball "pills". The music in the background was from such bands as The Velvet Underground.
The big hit of the evening, Wikinews observed from the long line, was the Polaroid-room where attendees could wear a Warhol-like wig or don crazy glasses and have their own Polaroid taken. The Polaroids were ready in an instant and immediately displayed at the entry of the exhibit. Exhibit goers then became part of the very exhibit they had wanted to attend. In fact, many people Wikinews observed took out their mobiles as they left for the evening and used their own phone cameras to make one further record of the moment - a photo of a photo. Perhaps they had learned an important lesson from the Warhol exhibit that cultural events like these were ripe for use and reuse. We might even call these exit instant snap shots, the self selfie.""",
    quotes=[
        Q('"I think America\'s obsession', 'Warhol was living"', "Elaine Gustafon"),
        Q('"People are still intrigued', 'every day lives."', "Elaine Gustafon"),
        Q('"He\'s hanging out', 'in his career"', "Kristen Wilkins"),
        Q('"unknowns"', None, None),
        Q('"These images serve', 'a glimpse into."', "Cynthia Thompson"),
        Q('"Pop art was about', 'was important"', "Kathryn Waters"),
        Q('"That\'s why he did', 'thousand fold."', "Kathryn Waters"),
        Q('"I think everybody knows', 'such a personality"', "Kathryn Waters"),
        Q('"I think his photography', 'in that regard."', "Hilary Braysmith"),
        Q('"[Warhol] liked', 'flash looked"', "Kristen Wilkins"),
        Q('"Cowboys and Indians"', None, None),
        Q('"As a way to commercialize', 'minded about that."', "Kristen Wilkins"),
        Q('"He wanted to be rich', 'go that way"', "Kristen Wilkins"),
        Q('"It\'s Warhol. He is a legend."', None, "Kiara Perkins"),
        Q('"Andy Warhol was the center', 'post-modern diety."', "Kevin Allton"),
        Q('"I thought that in real life', 'kind of magical,"', "Kevin Allton"),
        Q('"I smacked them around."', None, "Kevin Allton"),
        Q('"electric"', None, None),
        Q('"pills"', None, None),
    ],
    aliases={"Elaine Gustafon": ["Gustafon", "curator Elaine Gustafon"],
             "Kristen Wilkins": ["Wilkins"],
             "Kathryn Waters": ["Waters", "Water", "director of the gallery"],
             "Cynthia Thompson": ["curator and director of exhibits at the University of Arkansas"],
             "Hilary Braysmith": ["USI associate professor of art history"],
             "Kiara Perkins": ["a second year USI art major"],
             "Kevin Allton": ["Allton", "a USI instructor in English"]},
),
]
