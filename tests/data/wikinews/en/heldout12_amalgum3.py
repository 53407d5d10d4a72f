# Held-out English Wikinews articles (tests/data/heldout12-en.jsonl), continued; same source and
# conventions as heldout12_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-argentina-helicopter-crash-french-olympians",
    source="https://en.wikinews.org/wiki/Ten_killed_in_helicopter_crash_in_Argentina%2C_French_Olympians_among_the_dead",
    license=LIC, retrieved=AMG.format("AMALGUM_news_crash") + " (the copy's 'shows production team', 'actions which lead to' and the closing mark before the full stop of TF1's statement kept)",
    text='''Ten killed in helicopter crash in Argentina, French Olympians among the dead
Thursday, March 12, 2015
Three French sport stars are among the dead following a helicopter crash on Monday in Villa Castelli, Argentina. In total, ten people died after the crash, which involved two helicopters. The dead included passengers and both pilots in the mid-air collision. The victims were taking part in the French reality television show 'Dropped' when the accident happened.
The victims included Olympic swimmer Camille Muffat, Olympic boxer Alexis Vastine and Florence Arthaud, a yachtswoman. Both pilots were Argentinian, the remainder of the victims were French and worked as part of the television shows production team. Bodies of all ten of the victims have been retrieved and taken to the morgue.
The accident occurred while both helicopters were flying at a low altitude in tandem. Amateur camera footage shows the helicopters colliding when one appears to fly into the path of the other. It remains unclear what caused actions which lead to the crash. Cesar Angulo, Secretary of Security for La Rioja, the province in which the accident happened released an update. He said "An explosion occurred and it's believed that they must have collided. Aeronautical experts will have to determine that."
French President Francois Hollande paid tribute to the victims. Speaking about the sport stars who lost their lives he said "They are dead because they wanted to push the boundaries. They wanted to make new exploits known to the world, make people aware of new countries and regions." An involuntary manslaughter investigation has been opened by French officials. The procedure occurred automatically due to the fact the French citizens died abroad.
The television show involves contestants taking part in survival style activities in remote locations. Other contestants taking part included figure skater Philippe Candeloro, footballer Sylvain Wiltord, snowboarder Anne-Flore Marxer, swimmer Alain Bernard and Jeannie Longo, a cyclist. All the other contestants were uninjured during the accident.
The show, which was to be shown on TF1 in France started filming in February. The channel released a statement after the accident. They said "We learn with immense sadness of the accident that occurred during the filming of the show 'Dropped.' [Staff] come together in this terrible time with the pain of the families and those close to the victims".
Muffat became the Olympic champion in the 400m freestyle event at the 2012 Summer Olympics in London, England. The 25-year-old also won a silver and bronze medal at the same games in different events. Vastine, 28, also competed at the 2012 games, being eliminated from the Light Welterweight category in the quarter finals. He won a gold medal in the 2008 games in Beijing, China. Arthaud, 57, was a yachtswoman who won the 1990 Route du Rhum.''',
    quotes=[
        Q("'Dropped'", None, None),
        Q('"An explosion occurred', 'determine that."', "Cesar Angulo"),
        Q('"They are dead because', 'and regions."', "Francois Hollande"),
        Q('"We learn with immense sadness', 'to the victims"', "TF1"),
    ],
    aliases={"Cesar Angulo": ["Secretary of Security for La Rioja"],
             "Francois Hollande": ["French President Francois Hollande"],
             "TF1": ["The channel"]},
),
dict(
    id="wn-en-un-report-darfur-attacks",
    source="https://en.wikinews.org/wiki/UN%3A_Military_attacks_on_Darfur_violated_international_law",
    license=LIC, retrieved=AMG.format("AMALGUM_news_darfur") + " (a quote box repeating the Silea witness's words without quotation marks, with its attribution line, dropped; the copy's 'miltias' and the mixed marks of the nested ‘If you ... alive.' kept)",
    text='''UN: Military attacks on Darfur violated international law
Thursday, March 20, 2008
A United Nations report released Thursday states that recent attacks carried out on four villages in Darfur by the Sudanese military and armed miltias were a violation of international law.
The attacks, which involved aerial bombardment in two of the villages, left a total of 115 people dead and over 30,000 forcibly displaced, according to the report. Damage to civilian property was extensive; homes, schools, and shops were systematically destroyed, vandalized, or set ablaze, food reserves were burned, and livestock was looted. In addition, there were several reports of rape in one village.
The report, issued jointly by the UN High Commissioner for Human Rights and the UN African Union Mission in Darfur, describes attacks on the West Darfur villages of Saraf Jidad, Sirba, Silea and Abu Suruj in January and February. The attacks were part of a Sudanese military campaign to regain control of West Darfur's northern corridor and drive out rebel insurgents from the Justice and Equality Movement (JEM).
The damage to civilians was deemed to be a "deliberate and integral part" of the military strategy. In failing to "distinguish between civilian objects and military objectives", the UN accused the Sudanese military of violating international humanitarian law. The activities of the JEM were also denounced, as they were found to be in violation of the 2004 N'Djamena Ceasefire Agreement.
In Saraf Jidad, which was attacked three times in January, 26 civilians were killed, and almost the entire population was displaced. Witnesses described the attackers as Arab men called Janjaweed, who have had the assistance of the Sudanese government. The men were seen riding horses and camels, and some were in military vehicles. After exchanging fire with the JEM, they entered the town, where they started torching homes and shooting at civilians.
One of the victims from Saraf Jidad, who was around 80 years old, recalled the January 24 attack. "The attackers entered my house," he said. "They were four, in military uniforms. One of them hit my head with the butt of his gun. I fell down. He told me, ‘If you do not all move from here we will burn you alive.' At that, they set my house on fire. I was inside, but managed to escape though I had my arms injured by the fire."
In the other three villages, witnesses reported seeing Antonov planes and military helicopters along with the armed militiamen and Sudanese troops. In Silea, the ground offensive was preceded by three aerial bombardments in different areas of the town. Nearly the entire population of 10,600 was displaced, with some having to go across the border to Chad.
One witness of the Silea attack reported, "An Antonov flew into the area and dropped three bombs ... I saw many houses set ablaze by the bombing. People started running randomly in fear and confusion. I witnessed SAF and Janjaweed looting houses, shops and NGO offices. They would load the stolen goods in their cars and on their camels and horses and take them away."
The village of Abu Suruj was also bombed, but no casualties were reported from this bombing. However, over 75 percent of the town was burnt down by ground troops, and 30 people were killed.
In Sirba, the pattern of attack was similar to that of Abu Suruj. Half of the village was burned down and 45 people were killed. One victim described an encounter with an armed man: "I was holding tight my four-year-old brother; I was scared that the man was going to shoot him. Instead he left. After a few seconds the roof of the house was burning. He saw we were inside and he set the hut on fire to burn us alive. We escaped from the window and ran in different directions."
Witnesses reported acts of sexual violence being committed by the attackers in Sirba, and UN investigators believe at least 10 women were victims of rape. An eyewitness reported four girls being taken into a hut and raped at gunpoint by Sudanese soldiers.
There were also reports of air and ground attacks in Jebel Moon, where many victims had fled following the attacks, but the UN was denied access to the area.
On March 3, the UN met with a West Darfur security official to address their concerns. The official argued that the JEM had taken control of the villages and a deployment of troops was necessary to regain these areas. He also denied that the Sudanese military was involved in the Saraf Jidad attacks, stating they were done by Arab tribes who had nothing to do with the military campaign.''',
    quotes=[
        Q('"deliberate and integral part"', None, "United Nations"),
        Q('"distinguish between civilian objects', 'military objectives"', "United Nations"),
        Q('"The attackers entered my house,"', None, None),
        Q('"They were four,', 'by the fire."', None),
        Q('"An Antonov flew', 'them away."', None),
        Q('"I was holding tight', 'different directions."', None),
    ],
    aliases={"United Nations": ["A United Nations report", "the report", "the UN"]},
),
]
