# Held-out English Wikinews articles (tests/data/heldout16-en.jsonl), continued; see heldout16_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-asteroid-1950-da-cohesive-forces",
    source="https://en.wikinews.org/wiki/US_researchers_find_a_large_asteroid_held_together_by_forces_other_than_gravity",
    license=LIC, retrieved=AMG.format("AMALGUM_news_asteroid") + " (a radar image caption dropped; 'boulder' + 's', split by a link in the copy, joined as 'boulders'; the opening mark of Rozitis' third quotation, tagged as closing in the copy, kept as published)",
    text='''US researchers find a large asteroid held together by forces other than gravity
Saturday, August 16, 2014
A team of researchers from the University of Tennessee, Knoxville, has confirmed that near-Earth asteroid (29075) 1950 DA is primarily held together by van der Waals forces rather than gravity. They have shown that the rotation rate of the 1.1 km asteroid is higher than could be possible if only gravity and friction were responsible for holding it together. Cohesive forces prevent large scale shedding of material and breakup of the asteroid. Their study was published Wednesday in Nature.
The researchers found that the bulk density 1.7±0.7 g/cm³ of the asteroid is approximately two times lower than the value required for self-gravity to balance out the centrifugal forces caused by rotation. As Ben Rozitis, a planetary scientist and a co-author of the study, told Space.com: "I was expecting to find a high-density metallic asteroid, as such an asteroid wouldn't require cohesive forces to hold itself together under its fast rotation. Instead we found the opposite! [...] We knew from previous work that this asteroid was rotating faster than it should be, and we wanted to know why".
Spectral observations of 1950DA indicated that it is either an E- or M-type asteroid in the Tholen classification. However, its low optical albedo and low radar circular polarization ratio (a very smooth surface at centimetre to decimetre scales) showed that it cannot be an E-type asteroid.
Unusually for an M-type asteroid (which are mostly metallic), 1950DA has low radar albedo. It would have been puzzling, if it was not for the Rosetta observations of 21 Lutetia, which is also an M-type asteroid with very similar low radar albedo. Researchers have used for 1950DA the same meteorite analogue which was earlier found to fit best 21 Lutetia: enstatite chondrite with grain density of 3.55 g/cm³. It allowed to calculate macro-porosity of 51±19%, indicating that 1950DA is a rubble-pile asteroid.
Taking into account thermal-infrared measurements of thermal inertia, presence of a fine-grained regolith is implied, primarily around 1950DA's equator. Negative ambient gravity near the equator of the asteroid (48±24% of its surface) requires existence of cohesive forces to prevent loss of material. This is similar to an effect noticed between the fine grains of regolith on the Moon. Lunar regolith was found to be highly cohesive because of van der Waals forces between grains by the Apollo 17 expedition in 1974.
As Ben Rozitis explained: "We found a low-density rubble pile that traditionally would be unable to hold itself together unless cohesive forces were present. It's exciting because we've provided the first evidence that cohesive forces are important for small asteroids, which had only been predicted up until now."
The balance between cohesion and negative gravity requires small grain sizes consistent with the grain size distribution on 1950DA, and similar to that of another rubble-pile asteroid, (25143) Itokawa. Unlike Itokawa, 1950DA does not have large boulders on the surface; they may have been lost as 1950DA's rotation accelerated due to YORP effect. This effect results in a change of the rotation rate of an asteroid (either faster or slower), and is caused when the Sun heats up an object unevenly, due to asymmetric surface topography. As the heat escapes, the rotation rate is slowly changed due to an uneven rate of cooling. The researchers find that a rubble-pile asteroid may have a high rotation rate, if it is held together by cohesive forces between the grains. But as the spin rate increases due to YORP effect, the centrifugal force may cause the rubble pile to eventually separate as it happened with P/2013 R3.
The findings may have implications for asteroid impact avoidance. A very small impulse may break one potentially hazardous object into several pieces. As Ben Rozitis said: "You'd want to avoid interacting with the asteroid directly. An alternative is to use a 'gravity tractor,' or a heavy spacecraft placed near the asteroid, which uses the force of gravity to pull the asteroid off course". Bong Wie, an aerospace engineer at Iowa State University in Ames, noted: "I just hope that an asteroid on a collision course with Earth will not be spinning rapidly and it will not be a rubble-pile asteroid".
According to Daniel Scheeres, an aerospace engineer at the University of Colorado, Boulder, understanding such cohesive forces may also be important for future asteroid mining. Ben Rozitis clarified: "Mining missions intend to visit small asteroids about 10 meters (33 feet) or less in size, as it is thought that they are predominantly solid bodies. However, cohesive forces enable such small asteroids to be rubble piles instead. A small rubble-pile asteroid would be harder to interact with and collect, as it can easily deform or break up when subject to external forces."
The study was supported by Jet Propulsion Laboratory, California Institute of Technology and the NASA.''',
    quotes=[
        Q('"I was expecting', 'to know why"', "Ben Rozitis"),
        Q('"We found a low-density', 'until now."', "Ben Rozitis"),
        Q('"You\'d want to avoid', 'off course"', "Ben Rozitis"),
        Q('"I just hope', 'rubble-pile asteroid"', "Bong Wie"),
        Q('"Mining missions', 'external forces."', "Ben Rozitis"),
    ],
    aliases={},
),
dict(
    id="wn-en-fars-reproduces-onion-article",
    source="https://en.wikinews.org/wiki/Iranian_news_agency_reproduces_The_Onion_article",
    license=LIC, retrieved=AMG.format("AMALGUM_news_agency") + " (an image link of the FNA page and the closing 'This story has updates' note with its link dropped; 'The Onion' + \"'s\", split by italics in the copy, joined)",
    text='''Iranian news agency reproduces The Onion article
Saturday, September 29, 2012
The Fars News Agency (FNA), an Iranian news agency, yesterday reported an article from US satirical news website The Onion as fact. The article reports "a Gallup poll" suggesting "the overwhelming majority of rural white Americans" would prefer to vote for Mahmoud Ahmadinejad, the President of Iran, as opposed to US President Barack Obama. The Onion article reports "77 percent of rural Caucasian voters" saying they would prefer to drink beer with Ahmadinejad or attend a baseball game with him.
Fictional West Virginia resident Dale Swiderski is reported by the Chicago, Illinois based website saying about Ahmadinejad: "I like him better". 'Swiderski' is also quoted as saying the Iranian President "takes national defense seriously, and he'd never let some gay protesters tell him how to run his country like Obama does."
In Iran, homosexuality is a criminal offence which can carry a penalty of incarceration or capital punishment. Just over five years ago, when he participated in a debate at Columbia University in New York, New York, Ahmadinejad stated "In Iran we don't have homosexuals like in your country".
The FNA copied The Onion's article verbatim and in its entirety, excluding part of a sentence saying Ahmadinejad was "a man who has repeatedly denied the Holocaust and has had numerous political prisoners executed". However, the Iranian news service did not attribute The Onion as its source.
The FNA's error has made international headlines, including in the United States, Canada, United Kingdom, Australia and India.
A link to the FNA article page redirects to an error message which reads: "Error For Your Request. Not Exist This Story." However, The Onion included a link to a screenshot of the FNA's page on their original article, accompanied by a message telling readers to "visit our Iranian subsidiary organization" for more information on the story.
There are no reports of the article being republished in Persian. The FNA has yet to comment on the incident. However, The Onion's editor Will Tracy humourously remarked their website "freely shares content with Fars and commends the journalists at Iran's Finest News Source on their superb reportage".
This is not the first time The Onion has caused the mistaken belief of their material being accurate. In a November 2007 interview with Wikinews, The Onion's Editorial Manager Chet Clem recounted an incident in which the Beijing Evening News reproduced a story from The Onion created in 2002, copied entirely verbatim, headlined "Congress threatens to leave DC unless new capitol is built". When the error was highlighted to the Chinese newspaper, Clem said "their response was not to print a correction, but just to say that some newspapers in America make money by printing lies."
BBC News Online also reported an instance of two newspapers in Bangladesh apologising over their publication of an article disputing the validity of the moon landings, originally written by The Onion.''',
    quotes=[
        Q('"a Gallup poll"', None, "The Onion"),
        Q('"the overwhelming majority', 'white Americans"', "The Onion"),
        Q('"77 percent of rural Caucasian voters"', None, "The Onion"),
        Q('"I like him better"', None, "Dale Swiderski"),
        Q("'Swiderski'", None, None),
        Q('"takes national defense', 'Obama does."', "Dale Swiderski"),
        Q('"In Iran we don\'t', 'your country"', "Mahmoud Ahmadinejad"),
        Q('"a man who has repeatedly', 'prisoners executed"', "The Onion"),
        Q('"Error For Your Request.', 'This Story."', None),
        Q('"visit our Iranian subsidiary organization"', None, "The Onion"),
        Q('"freely shares content', 'superb reportage"', "Will Tracy"),
        Q('"Congress threatens', 'capitol is built"', None),
        Q('"their response was not', 'printing lies."', "Chet Clem"),
    ],
    aliases={"Dale Swiderski": ["Fictional West Virginia resident Dale Swiderski"],
             "Mahmoud Ahmadinejad": ["Ahmadinejad"],
             "Will Tracy": ["The Onion's editor Will Tracy"],
             "Chet Clem": ["Clem"]},
),
]
