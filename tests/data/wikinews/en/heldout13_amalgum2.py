# Held-out English Wikinews articles (tests/data/heldout13-en.jsonl), continued; same source and
# conventions as heldout13_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-thailand-hunger-games-salute",
    source="https://en.wikinews.org/wiki/%27Hunger_Games%27_salute_used_to_protest_coup_d%27%C3%A9tat_in_Thailand",
    license=LIC, retrieved=AMG.format("AMALGUM_news_coup") + " (the times tokenized 'a.' + 'm.' written 'a.m.'; the closing marks before the full stop of Winthai's, the State Department's, Sombat's and Adams' quotations and the copy's 'Solitary displays ... was', 'raising of their right arms' and 'The decision ... have drawn' kept)",
    text=''''Hunger Games' salute used to protest coup d'état in Thailand
Thursday, June 5, 2014
Following the ousting of Thailand's Prime Minister Yingluck Shinawatra from power, those seeking to peacefully protest the imposition of a military junta in the country on May 22 have adopted a gesture found in The Hunger Games book and film series, curling the little finger and thumb into the palm and raising the three middle fingers in the air. Use of the gesture as a form of protest began last weekend in Bangkok, the capital of the country.
This form of protest has drawn the attention of Thailand's military junta, the National Council for Peace and Order, who announced its intent on Tuesday to arrest protestors who display the gesture, in violation of orders to stop. Speaking on behalf of the junta, Colonel Weerachon Sukhondhapatipak said to the Associated Press, "At this point we are monitoring the movement. If it is an obvious form of resistance, then we have to control it so it doesn't cause any disorder in the country." In a comment to the Bangkok Post, Thai army Colonel Winthai Suwaree shared a similar sentiment: "[The junta] must look at [the protester's] intention, what they want to communicate and surrounding circumstances".
Following the ousting of Thailand's elected government in reportedly the fourteenth coup experienced by the country since the adoption of constitutional monarchy in 1932, the country remains affected by a curfew spanning midnight to 4am, with only Phuket, Koh Samui and Pattaya exempted, as they are beach resorts frequented by tourists, a group for whom the junta made the move in a bid to avoid adverse effects to the country's tourist industry.
Nonetheless, in the wake of the coup, the United States Department of State (DoS) advised "U.S. citizens reconsider any non-essential travel to Thailand, particularly Bangkok". The DoS also informed US citizens to stay away from groups of protestors, citing that "even demonstrations that are meant to be peaceful can turn confrontational and escalate into violence." Other restrictions placed on citizens by the junta include internet censorship and restrictions on television broadcasts. Also banned were assemblies of five or more people with political intent.
Solitary displays of the gesture was among a few forms of protest utilized by the Thai people in Bangkok on Sunday, amid the placement of almost 6000 soldiers and police officers by the junta in an effort to suppress protests. Other displays of defiance included protestors banding together in flash mobs or peacefully walking through the central shopping district donning masks in an attempt to bypass security forces stationed there.
The gesture finds its origins in The Hunger Games series, where it was a sign of thanks, admiration, and farewell to a loved one, later gaining significance, in the second book Catching Fire, as a symbol of rebellion against the totalitarian government of Panem. Protesters, however, have found their own ways of deriving meaning behind the gesture, with some reportedly interpreting it as standing for liberté, égalité, fraternité, values popularized by the French Revolution.
A purported alternative interpretation by protesters held the gesture stood for freedom, election, and democracy. Still others have created a photo montage of the gesture with a picture from the source movie, which circulated online, with the caption "1. No Coup, 2. Liberty, 3. Democracy" written on the three extended fingers. Manik Sethisuwan has taken to Twitter with this message: "Dear #HungerGames. We've taken your sign as our own. Our struggle is non-fiction. Thanks."
Sombat Boonngam-anong, a social activist who has made efforts to rally the Thai people in continued protest, offered his own interpretation of the gesture on Facebook. "Raising three fingers has become a symbol in calling for fundamental political rights". Sombat belongs to the "Red Shirts", a protest group which has supported Shinawatra's government and the earlier government of Thaksin Shinawatra, her brother, and conducted protests amid prosecution by the junta. Sombat advocated a form of silent protest, raising of their right arms, "3 fingers, 3 times a day" for 30 seconds at 9 a.m., 1 p.m., and 5 p.m., in public locations where police officers and the military are absent. "Let's escalate the anti-coup movement three times a day together," said Sombat.
Weerachon expressed awareness of the gesture's origins, stating "We know it comes from the movie, and let's say it represents resistance against the authorities. [...] If a single individual raises three fingers in the air, we are not going to arrest him or her. But if it is a political gathering of five people or more, then we will have to take some action. If it persists, then we will have to make an arrest." On Sunday, protestors were reportedly detained for that reason.
The decision to criminalize displays of the gesture have drawn the criticism of Human Rights Watch, stating it expresses "a mindset that views human rights with disdain, and sees youthful defiance as the enemy." Human Rights Watch's Asia director, Brad Adams, remarked: "The Thai military's assault on basic human rights has apparently grown to not only target peaceful protesters but now also silent ones as well — since now just holding up an arm with a three-finger salute is enough to earn the junta's ire".
The National Council for Peace and Order has stated it imposed military rule over the country due to political deadlock resulting from demonstrations spanning seven months, which occasionally erupted into violence. Last year, on the volatile political situation in Thailand, scholar Nicholas Farrelly wrote in the Australian Journal of International Affairs: "Each year, Thailand tends to experience at least one period of frenzied coup speculation. Coups clearly still play a major role in Thai mainstream politics."''',
    quotes=[
        Q("'Hunger Games'", None, None),
        Q('"At this point we are monitoring', 'in the country."', "Weerachon Sukhondhapatipak"),
        Q('"[The junta] must look', 'surrounding circumstances"', "Winthai Suwaree"),
        Q('"U.S. citizens reconsider', 'particularly Bangkok"', "United States Department of State"),
        Q('"even demonstrations that are meant', 'into violence."', "United States Department of State"),
        Q('"1. No Coup, 2. Liberty, 3. Democracy"', None, None),
        Q('"Dear #HungerGames.', 'Thanks."', "Manik Sethisuwan"),
        Q('"Raising three fingers', 'political rights"', "Sombat Boonngam-anong"),
        Q('"Red Shirts"', None, None),
        Q('"3 fingers, 3 times a day"', None, "Sombat Boonngam-anong"),
        Q('"Let\'s escalate', 'a day together,"', "Sombat Boonngam-anong"),
        Q('"We know it comes from the movie', 'make an arrest."', "Weerachon Sukhondhapatipak"),
        Q('"a mindset that views', 'as the enemy."', "Human Rights Watch"),
        Q('"The Thai military\'s assault', 'junta\'s ire"', "Brad Adams"),
        Q('"Each year, Thailand', 'mainstream politics."', "Nicholas Farrelly"),
    ],
    aliases={"Weerachon Sukhondhapatipak": ["Colonel Weerachon Sukhondhapatipak", "Weerachon"],
             "Winthai Suwaree": ["Thai army Colonel Winthai Suwaree"],
             "United States Department of State": ["DoS", "The DoS"],
             "Sombat Boonngam-anong": ["Sombat"],
             "Brad Adams": ["Human Rights Watch's Asia director, Brad Adams"],
             "Nicholas Farrelly": ["scholar Nicholas Farrelly"]},
),
dict(
    id="wn-en-libya-rebels-closer-to-tripoli",
    source="https://en.wikinews.org/wiki/Libya%3A_Rebels_edge_closer_to_Tripoli",
    license=LIC, retrieved=AMG.format("AMALGUM_news_rebels") + " (a file-photo caption, a quote box repeating Gaddafi's words without quotation marks, with its attribution line, and the 'Have your say' box dropped; the opening mark of Miles' quotation, which the copy holds as a fragment of its own at the start of the paragraph, the closing mark of Ibrahim's first quotation, held as a fragment, and the opening mark of the state television message, tokenized onto the end of the previous sentence, attached to their words; the copy's 'marred with', 'sixth-month', 'an audio recording' and 'holy months of Ramadan' kept)",
    text='''Libya: Rebels edge closer to Tripoli
Monday, August 22, 2011
Libyan rebels edged closer to the capital city of Tripoli on Sunday to help fellow mutineers inside the city who declared a final clash with leader Muammar Gaddafi.
Following a night marred with gunfire, the rebels said that they controlled a handful of Tripoli's localities. With the rebels within about 25km of Tripoli, Gaddafi's hold on power looks fragile. He labelled the rebels, who had been fighting for the past six months, as "rats" and said that he would not yield to their demands.
A coordinated revolt that rebels had been secretly planning for months saw gunfire across Tripoli, instantly after Muslim clerics called people onto the streets. The revolution, combined with rebels advancing to the capital's periphery, appears to signal the critical chapter in the "Arab Spring" uprising, which is in its sixth-month now.
"The rebels may have risen too early in Tripoli and the result could be a lot of messy fighting," said Oliver Miles, a former British ambassador to Libya. "The regime may not have collapsed in the city to quite the extent they think it has."
The rebels' advance toward the city was quick, and the mutineers have halved the distance between them and the capital. Government forces put up a brief fight at the village of Al-Maya, leaving behind a burned-out tank, and some torched cars. On their way to Tripoli, the rebels paused long enough and filled some walls with graffiti, one reading: "We are here and we are fighting Gaddafi."
In Benghazi, the rebels' main stronghold and the genesis of the revolt, a senior official said everything was going according to plan. "Our revolutionaries are controlling several neighborhoods and others are coming in from outside the city to join their brothers at this time," said Abdel Hafiz Ghoga, vice chairman of the rebel National Transition Council.
Gaddafi — in hiding since the NATO attacks on Libya in June — said in an audio recording broadcast late yesterday that he had no intention of succumbing to the rebellion. A spokesman for Gaddafi, Moussa Ibrahim, in a briefing for foreign reporters echoed the message of defiance and said: "The armed units defending Tripoli from the rebels wholeheartedly believe that if this city is captured, the blood will run everywhere; so they may as well fight to the end."
"We hold Mr. Obama, Mr. Cameron and Mr. Sarkozy morally responsible for every single unnecessary death that takes place in this country," he added, referring to the leaders of NATO members, the United States, United Kingdom, and France.
Underground rebel cells in the capital had been following detailed plans developed months ago and had been waiting for a signal to start. The signal was "iftar" – the moment when Muslims who observe the holy months of Ramadan break their daily fast. Imams started broadcasting their message from the loudspeakers of mosques and minarets.
A rebel activist in the city said pro-Gaddafi forces had put snipers on the rooftops of buildings around Bab al-Aziziyah, Gaddafi's compound, and on the top of a nearby water tower.
State television flashed a message urging citizens not to allow rebels to hide on their rooftops. "Agents and al Qaeda members are trying to destabilize and sabotage the city. You should prevent them from exploiting your houses and buildings, confront them and cooperate with counter-terrorism units, to capture them," it read.''',
    quotes=[
        Q('"rats"', None, "Muammar Gaddafi"),
        Q('"Arab Spring"', None, None),
        Q('"The rebels may have risen', 'messy fighting,"', "Oliver Miles"),
        Q('"The regime may not', 'think it has."', "Oliver Miles"),
        Q('"We are here and we are fighting Gaddafi."', None, None),
        Q('"Our revolutionaries', 'at this time,"', "Abdel Hafiz Ghoga"),
        Q('"The armed units defending', 'to the end."', "Moussa Ibrahim"),
        Q('"We hold Mr. Obama', 'in this country,"', "Moussa Ibrahim"),
        Q('"iftar"', None, None),
        Q('"Agents and al Qaeda', 'to capture them,"', "State television"),
    ],
    aliases={"Muammar Gaddafi": ["Gaddafi"],
             "Oliver Miles": ["a former British ambassador to Libya"],
             "Abdel Hafiz Ghoga": ["vice chairman of the rebel National Transition Council"],
             "Moussa Ibrahim": ["A spokesman for Gaddafi"]},
),
]
