# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 8. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-mubarak-summoned",
    source="https://en.wikinews.org/wiki/Mubarak_summoned_by_Egyptian_prosecutors_to_face_allegations_of_killings_and_corruption",
    license=LIC, retrieved=AMG.format("AMALGUM_news_allegations") + " (pull-quote box without quotation marks dropped)",
    text="""Mubarak summoned by Egyptian prosecutors to face allegations of killings and corruption
Sunday, April 10, 2011
Hosni Mubarak, the Egyptian president ousted in February after massive demonstrations, has been summoned by officials in the country to face questions about corruption within his administration and allegations he ordered his forces to kill activists protesting against him.
The news came hours after Mubarak announced he would cooperate with the investigation into corruption within his regime, and said he would robustly defend himself against what he termed an "unjust" campaign of "distortions, lies and incitement" against him. He made the comments in his first appearance since he was ousted from office.
His two sons have also been summoned by Egyptian prosecutors to answer to allegations of embezzlement of public funds during Mubarak's rule. This afternoon, the former prime minister of Egypt, Ahmed Nazif, was taken into custody for 15 days as part of the corruption investigation, the Egyptian public prosecutor said in a statement.
Mubarak said he would not be returning to politics and he had left office in "the interest of the country". He said he would write to Egyptian officials to say he would cooperate with their investigation, and added the inquest would find his assets were "far from any allegations of corruption," following which he would "legally pursue those who engaged in lies and distortions against me."
In an audio message which aired today on Al-Arabiya, Mubarak said he would not "stay silent regarding the incitement campaign against me." He said: "I have been in great pain because of the unjust campaigns and untrue allegations targeting myself and my family. They aim to tarnish my reputation and discredit my integrity, my stance, my political and military history during which I worked hard for Egypt and its people in peace and war."
On Friday, dozens were injured and at least one person killed as the Egyptian army moved into Tahrir Square in Cairo to clear protesters calling for Mubarak to stand trial for corruption. The army has denied using live ammunition, but several people suffered gunshot wounds.
Three people within Mubarak's administration have been charged with corruption by Egyptian authorities in the wake of Mubarak stepping down from his position as president two months ago after widespread protests in Egypt. Officials have denied reports he is unwell, and he is thought to be residing at his home in Sharm el-Sheikh, on the coast of the Red Sea. He has been barred from leaving the country.""",
    quotes=[
        Q('"unjust"', None, "Hosni Mubarak"),
        Q('"distortions, lies and incitement"', None, "Hosni Mubarak"),
        Q('"the interest of the country"', None, "Hosni Mubarak"),
        Q('"far from any allegations of corruption,"', None, "Hosni Mubarak"),
        Q('"legally pursue', 'against me."', "Hosni Mubarak"),
        Q('"stay silent', 'against me."', "Hosni Mubarak"),
        Q('"I have been in great pain', 'peace and war."', "Hosni Mubarak"),
    ],
    aliases={"Hosni Mubarak": ["Mubarak"]},
),
dict(
    id="wn-en-amtrak-cayce-collision",
    source="https://en.wikinews.org/wiki/United_States%3A_Two_killed%2C_more_than_a_hundred_injured_in_Amtrak_train_collision_in_South_Carolina",
    license=LIC, retrieved=AMG.format("AMALGUM_news_amtrak"),
    text="""United States: Two killed, more than a hundred injured in Amtrak train collision in South Carolina
Wednesday, February 7, 2018
Early on Sunday morning, Amtrak's passenger train number 91, the Silver Star, bound for Miami from New York, slammed into a stationary CSX freight train in Cayce, about ten miles (16 km) south of Columbia, capital of the US state of South Carolina. Two Amtrak employees were killed and at least 116 were injured, some seriously.
The two killed were 54-year-old engineer Michael Kempf of Savannah, Georgia, and 36-year-old conductor Michael Cella of Orange Park, Florida. Robert Sumwalt, chairman of the National Transportation Safety Board, told a press conference the passenger train had been diverted into a siding by a switch left "literally locked, with a padlock" in that position.
The collision happened at about 2:35 am local time (0735 UTC) at a switching yard in the small city of Cayce. The Amtrak train, with reportedly 139 passengers and eight employees aboard, collided head on with the freight train, which was parked with no one on board. The Amtrak locomotive and the leading locomotive on the freight train were destroyed; the Amtrak locomotive and some of its passenger cars derailed, and one of those cars was folded in half. Several freight cars were crumpled, Reuters reported. In a press conference, the state governor, Henry McMaster, said the Amtrak locomotive was "barely recognizable" and described it as "a horrible thing to see, to understand the force involved".
Harrison Cahill, a spokesman for Lexington County, gave a count of 116 injured, up from an initial report of 70; according to Derrec Becker, public information officer for the South Carolina Emergency Management Division, injuries ranged "from cuts and bruises to severe broken bones". On Monday a Palmetto Health spokesperson said two patients were in serious and two in critical condition at their facilities. A spill of approximately 5,000 gallons of fuel from the freight train posed no safety hazard, according to officials.
Passenger Derek Pettaway told the CNN network that like most others, he had been sleeping when the collision happened. He said Amtrak staff cleared the passengers from the train rapidly, and there was no panic; "I think people were more in shock than anything else", he said.
"Key to this investigation is learning why the switch was lined that way", Sumwalt said. Amtrak's CEO, Richard Anderson, speaking to reporters on Sunday, held CSX responsible; he stated the track in that area is operated by CSX and the signals, which CSX operates, were not working at the time of the collision and a CSX dispatcher was therefore directing the Amtrak train's movements. Sumwalt noted an automatic monitoring and braking system called positive train control, which was not in use on the stretch of line, could have forestalled the collision.
Several fatal incidents involving Amtrak trains have occurred in the past three months. On December 18, the inaugural train on a new route in Washington state derailed at high speed while crossing above a highway, killing three; on January 31, the driver of a garbage truck was killed in Virginia when he collided with an Amtrak train chartered to take Republican lawmakers to a retreat.""",
    quotes=[
        Q('"literally locked, with a padlock"', None, "Robert Sumwalt"),
        Q('"barely recognizable"', None, "Henry McMaster"),
        Q('"a horrible thing to see', 'force involved"', "Henry McMaster"),
        Q('"from cuts and bruises', 'broken bones"', "Derrec Becker"),
        Q('"I think people', 'anything else"', "Derek Pettaway"),
        Q('"Key to this investigation', 'that way"', "Robert Sumwalt"),
    ],
    aliases={"Robert Sumwalt": ["Sumwalt", "chairman of the National Transportation Safety Board"],
             "Henry McMaster": ["the state governor"],
             "Derrec Becker": ["public information officer for the South Carolina Emergency Management Division"],
             "Derek Pettaway": ["Passenger Derek Pettaway"]},
),
]
