# Held-out English Wikinews articles (tests/data/heldout5-en.jsonl), third part; see heldout5_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-borneo-bridge-collapse",
    source="https://en.wikinews.org/wiki/Borneo_bridge_collapse%3A_death_toll_reaches_four%2C_many_remain_missing",
    license=LIC, retrieved=AMG.format("AMALGUM_news_borneo") + " (the closing 'This story has updates' notice dropped)",
    text='''Borneo bridge collapse: death toll reaches four, many remain missing
Sunday, November 27, 2011
The death toll from yesterday's suspension bridge collapse on the Indonesian island of Borneo has risen from three to four, with a six-month-old baby among the dead. Search and rescue teams continue to look for survivors in the Mahakam River.
The initial death toll was raised at first to five, but was revised back down to four. The number of wounded rose from at least seventeen to at least nineteen, but Monsters and Critics offers a figure as high as 39 injured; Indonesia Today yesterday suggested the actual figure was 100 hospitalised. Roughly 40 people remain missing at the scene in East Kalimantan's Kutai Kartanegara district, where "Kalimantan's Golden Gate Bridge" linked the towns of Tenggarong and Samarinda.
At least three cars, several motorbikes, and at least one public bus all fell into the Mahakam River. Another car was left overturned and balanced upon wreckage over the water. State-owned builders PT Hutama Karya completed the bridge about a decade ago in the image of California's Golden Gate Bridge, and it is now reported it was under repair at the time of the failure. New information suggests a cable on the 720-metre structure failed as workers dealt with it; six of the repair crew are among the missing.
National police representative Boy Rafly Amar said "It is believed that some victims are still in the river. There are two buses in the river and efforts are under way to lift them." He said 39 were rescued with 20 still in hospital. Health Minister Endang Rahayu Sedyaningsih visited survivors in Parikesit Hospital and promised them medical treatment at government expense.
"It happened so fast, only about 30 seconds," according to National Disaster Management Agency spokesman Sutopo Nugoroho. National search and rescue head Daryatmo said Monday will see cranes attempt to move debris.
The president, Susilo Bambang Yudhoyono, has sent three ministers to the site to investigate the accident, while Bambang Widaryatmo, head of East Kalimantan's police, promised "parties found to be negligent will be prosecuted". The government has promised a replacement ferry service. The river is closed to boats as rescue operations continue, and a 22-strong team has been dispatched from the national police, comprising six forensics experts, five disaster victim identification specialists, and eleven investigators. They are there to augment the East Kalimantan Police.
Some people swam ashore after falling, with the aftermath filled with screams. 40-year-old Adam Nur describes breaking free from a car and swimming 300 metres with one arm after his other arm was injured in the fall. Syakrani, 24, says he survived by clinging to empty plastic containers when he fell from the bridge after leaving his truck to investigate a traffic jam. "The authorities should have closed the bridge if it was under repair," he said.''',
    quotes=[
        Q('"Kalimantan\'s Golden Gate Bridge"', None, None),
        Q('"It is believed that some victims', 'efforts are under way to lift them."', "Boy Rafly Amar"),
        Q('"It happened so fast, only about 30 seconds,"', None, "Sutopo Nugoroho"),
        Q('"parties found to be negligent will be prosecuted"', None, "Bambang Widaryatmo"),
        Q('"The authorities should have closed', 'under repair,"', "Syakrani"),
    ],
),
dict(
    id="wn-en-world-social-forum-2005",
    source="https://en.wikinews.org/wiki/2005_World_Social_Forum-Brazil_coverage",
    license=LIC, retrieved=AMG.format("AMALGUM_news_brazilian") + " (day headings and datelines kept as lines, one line per bullet item; the opening mark of Lula's second quote, tokenized onto the end of the previous sentence, attached to its word)",
    text='''2005 World Social Forum-Brazil coverage
The first day of the World Social Forum wraps up
Thursday, January 27, 2005
Brazilian president Luiz Inácio Lula da Silva has defended himself before over 15 000 activists at the World Social Forum in Porto Alegre. He interrupted his speech to respond to hecklers by saying "Those of you that aren't from here, don't be afraid. These people that don't want to listen are sons and daughters of the PT (Partido dos Trabalhadores, "Worker's Party") that rebelled. That's typical of youth and one day they are going to mature and we'll be here with open arms to welcome them back". Supporters also drowned out the hecklers by chanting "Lula" the president's name.
The President also used his speech to help launch an ambitious campaign by 1,000 non-governmental organizations to halve world poverty within ten years. "For the first time, the Forum takes upon itself the task of making a priority of an issue such as poverty," Lula said.
Second day
Friday, January 28, 2005
Nearly 500 activists from the Campaign Against the Free Trade Area of the Americas (FTAA) participated in a meeting to discuss the future of the movement which appeared for the first time in the 2002 WSF. They celebrated the current impasse in the negotiations involving the Free Trade Area of the Americas. João Pedro Stédile, leader of the Landless Workers Movement (MST) and the Vila Campesina movement said that the campaign has been victorious so far.
Social movements proposed a mobilization against the poverty and hunger for next September 10. According to Cândido Grzybowski, they planning on mobilizations right around the world. The date, September 10, was chosen because it is near 14 September when there will be a meeting of the United Nations. The date is also the day before the forth anniversary of the September 11, 2001 attacks and they wish to protest against the pecieved unilateralism with which the USA reacted to those attacks.
Feminists discussed strategies for the legalization of abortion in Brazil.
There was a march called "March Against the Lies and the War of Bush" in protest against the American President George W. Bush.
The Portuguese writer José Saramago suggested a more propositive WSF.
Third day
Saturday, January 29, 2005
The Brazilian writer and former Catholic priest Leornado Boff identified what he termed the "Three Wounds" of Brazilian society: colonialism, the past of slavery and the transformation of the country by great multinational companies.
According to Boff, the Catholic Church does not have the right to talk about dignity because it is seated in the blood of millions. He still defended that the first right is the right to the life and that other freedoms must come later, including the rights of freedom of movement and freedom of thought. Finally Boff considered three criteria to judge the religious traditions that exist: "All tradition that implies in suffering of any person should be abolished; all religion that violates the human rights must be abandoned; and everything which means the breaking of the land, the water and the environment must be abolished."
South America is the absolute priority of the Brazilian external politics according to the special assessor of external politics of the Presidency of the Republic, Marco Aurélio Garcia. (audio)
Activists promoted a campaign against Coca-Cola. According to them the Coca-Cola Company is responsible for contamination and crisis of the water supply, unemployment and deaths.
Conference with José Saramago, Eduardo Galeano and Ignácio Ramonet.
Conference with the Brazilian Minister of Culture Gilberto Gil about Free Software.
Fourth day
Sunday, January 30, 2005
Professor Laurindo Leal, from School of Communication of the University of São Paulo (USP) defended the control of content in the broadcasting network. He cited the USA, France, Germany, Canada, England as good examples how a broadcasting network model should work.
The President of Venezuela, Hugo Chavez, arrived. Chavez said it is impossible to solve the severe problems of poverty in the world in Capitalism. "Neither [by] Statism -- Capitalism of the State -- which would be the same Soviet perversion that was the cause of its destruction. But another Socialism which can put the man and not the machine [of State] at the first plan."
President Chavez also criticized the President of the USA, George W. Bush. He said Bush promises to be the Superman fighting for the justice. "However, we have the red kryptonite", Chavez said.
Chavez defended the control over the media by the State. "The children cannot see this violence and the media cannot transmit calls to the terrorism", he added.
Chavez met with the Landless Workers' Movement (MST). The Brazilian Minister of Agrarian Development, Miguel Rossetto, said that the presence of the president of Venezuela, Hugo Chávez, is a homage to the people who try to construct Brazil in a different form.
Miguel Rossetto signed, with Chávez, a protocol of intentions for the interchange and reproduction of native seeds for the Brazilian and Venezuelan agriculturists. The Minister and the President also signed a document that initiates the discussion about the creation of the Latin American School of AgroEcology in Brazil, following the model executed in Venezuela.
Fifth day: The closing of the World Social Forum 2005
Monday, January 31, 2005
Venezuelan President Hugo Chavez said that the WSF is of paramount political importance. He participated of a conference with the Brazilian Minister of the Cities Olívio Dutra, the governor of the Paraná Robert Requião, the President of the CUT labour union Marine Luiz, and the managing director of the monthly periodical Le Monde Diplomatique Ignacio Ramonet.
Activists protested against US President George W. Bush.
There was a farewell show, with musical presentations and of dance.''',
    quotes=[
        Q('"Those of you that aren\'t from here,', 'welcome them back"', "Luiz Inácio Lula da Silva"),
        Q('"Lula"', None, None),
        Q('"For the first time, the Forum', 'such as poverty,"', "Luiz Inácio Lula da Silva"),
        Q('"March Against the Lies and the War of Bush"', None, None),
        Q('"Three Wounds"', None, "Leornado Boff"),
        Q('"All tradition that implies', 'must be abolished."', "Leornado Boff"),
        Q('"Neither [by] Statism', 'at the first plan."', "Hugo Chavez"),
        Q('"However, we have the red kryptonite"', None, "Hugo Chavez"),
        Q('"The children cannot see this violence', 'calls to the terrorism"', "Hugo Chavez"),
    ],
    aliases={"Luiz Inácio Lula da Silva": ["Lula"], "Leornado Boff": ["Boff"],
             "Hugo Chavez": ["Chavez", "President Chavez", "Hugo Chávez"]},
),
dict(
    id="wn-en-europa-league-final-2017",
    source="https://en.wikinews.org/wiki/Manchester_United_bests_Ajax_to_win_Europa_league",
    license=LIC, retrieved=AMG.format("AMALGUM_news_ajax") + " (a quote box repeating Mourinho's first sentence from the body and the match summary box after the text dropped)",
    text='''Manchester United bests Ajax to win Europa league
Friday, May 26, 2017
On Wednesday, in the UEFA Europa League final, Manchester United defeated Dutch capital-club Ajax AFC 0–2 to win the Europa League title and qualify for the UEFA Champions League group stage despite finishing sixth in the Premier League this season. A deflected goal from Paul Pogba's left-footed shot in the first half and a flick goal by Henrikh Mkhitaryan in the second half ensured that José Mourinho's side lifts its third trophy in this season, previously winning Community Shield and the EFL Cup.
Before the kick-off, a one-minute silence was observed at the Friends Arena, Stockholm, for the victims of a suicide attack in Manchester Arena on Monday. The English side had just 33% ball possession in the entire match, completing 192 passes out of 276. A comparatively young Ajax team, with the average age of the starting lineup no more than 23 years, had 88% passing accuracy, with 565 successful passes. Manchester United had better numbers for defense, recovering 64 balls – 22 more than Ajax, and had almost twice as many ball clearances as the Dutch counterpart. A total of 32 fouls were committed in the match, and the official booked six players – three players of each side received a yellow card.
At the age of 17 years and 285 days, Ajax's Matthijs de Ligt became the youngest player to play in the Europa League final, while Marcus Rashford became the youngest winner of the tournament at the age of 19 years and 205 days.
A deflection off Davinson Sánchez from Paul Pogba's left-footed shot gave United an early lead. Ajax's shot-stopper saved Antonio Valencia's close-range strike. Another attempt in the first half by Ajax's Bertrand Traoré was saved by Sergio Romero. The half time ended 0–1. Minutes into the second half, Armenian midfielder Mkhitaryan scored a goal just in front of Ajax's net, which doubled Manchester's lead. Five players were booked in the second half. Ajax's attempts in the final minutes of the game were stopped by Romero, not giving them a chance to reduce the difference.
Last season, Premier League club Liverpool FC lost the Europa finals against Spanish side Sevilla FC. United is the first English club to win the Europa since 2013. This season's Premier League winners Chelsea won the tournament four years ago against Benfica at Ajax's ground, Amsterdam ArenA. Since then, Sevilla has added three Europa titles to their collection.
After the match, Ajax's coach Peter Bosz said, "We're obviously disappointed. I didn't see the Ajax team I'm used to, pressing and competing for first balls. We weren't good enough. Often, to win finals you must first lose them. It's all new for all my team. They will learn a lot from it and if we keep the squad together they will be stronger for it." Bosz's first season as Ajax's coach ended trophy-less.
Manchester United's boss José Mourinho said, "We are in the Champions League in the right way and for me the right way is winning the Premier League or winning the Europa League. We were not strong enough to win the Premier League but we were strong enough to win the Europa League and we are back in the Champions League. The club now has every trophy in world football. We fought hard for this since the beginning. We totally deserved the win. I am so happy to see all the players, including the boys with the crutches, with the trophy." The Portuguese has won two Champions League titles – one each with FC Porto and Inter, and two Europa titles – the first one with Porto.
United became the fifth team after Bayern Munich, Chelsea, Juventus, and Ajax to win all three major UEFA trophies – European Cup Winners' Cup, the European Cup (rebranded as Champions League) and UEFA Cup (rebranded as Europa League). They are to face the winner of Real Madrid and Juventus in the Champions League final in the UEFA Super Cup scheduled on August 8 at the Philip II Arena in Skopje.''',
    quotes=[
        Q('"We\'re obviously disappointed.', 'stronger for it."', "Peter Bosz"),
        Q('"We are in the Champions League in the right way', 'with the trophy."', "José Mourinho"),
    ],
    aliases={"Peter Bosz": ["Bosz"]},
),
dict(
    id="wn-en-super-bowl-50",
    source="https://en.wikinews.org/wiki/Super_Bowl_50%3A_Denver_Broncos_defeat_Carolina_Panthers_24%E2%80%9310",
    license=LIC, retrieved=AMG.format("AMALGUM_news_broncos") + " (the en dash of the scores written without spaces, as in the article's URL)",
    text='''Super Bowl 50: Denver Broncos defeat Carolina Panthers 24–10
Tuesday, February 9, 2016
On Sunday, the Denver Broncos defeated the Carolina Panthers in Super Bowl 50 by a score of 24–10. The game, played at Levi's Stadium in Santa Clara, California in front of 71,088 spectators, marked the Broncos' third Super Bowl victory and their first since 1999. Entering the game, the Panthers had lost only once in the 2015 NFL season, while the Broncos won 12 of their 16 games.
The Panthers kicked off to start the game, and the Broncos scored first with Brandon McManus' 34-yard field goal. After both teams exchanged punts, the Broncos scored again when linebacker Von Miller stripped the ball from Cam Newton, forcing him to fumble, and the ball was recovered by Malik Jackson in the endzone to result in a Denver touchdown. In the second quarter, the Panthers scored a touchdown when running back Jonathan Stewart jumped over the goal line. The two teams punted again on their next drives. The second turnover of the game occurred when Bronco Darian Stewart forced Mike Tolbert to fumble, with Danny Trevathan recovering; however, the Broncos failed to capitalize when Peyton Manning was intercepted by Kony Ealy. The half ended with the Broncos leading 13–7. In the second half, the Panthers had a chance to narrow the margin to three points, but kicker Graham Gano's 44-yard field goal attempt hit the goal post's right upright. Afterwards, Denver increased the score with McManus kicking a 30-yard field goal. On the next series, Newton led the Panthers' offense to the Broncos' 28-yard line, but was intercepted by T. J. Ward. Denver and Carolina both subsequently punted. Afterwards, Manning was sacked by Ealy and fumbled; Carolina took advantage with Gano's 39-yard kick to make the score 16–10. Unfortunately for the Panthers, Miller forced Newton to fumble at the Panthers' four-yard line and Ward recovered. With 3:08 left in the game, Denver's C. J. Anderson sealed the game with a two-yard touchdown run, followed by Manning's two-point conversion to Bennie Fowler.
Miller ended the game with six tackles, 2.5 sacks and two forced fumbles and was awarded the Super Bowl Most Valuable Player Award. Manning, who is the oldest quarterback to start a Super Bowl at the age of 39 and is rumored to have played his final game in the National Football League, completed 13 of 23 passes for 141 yards with an interception and a lost fumble. The Broncos recorded only 194 yards, the fewest by a Super Bowl winner.
The game's festivities featured Lady Gaga performing the national anthem. After the second quarter, Coldplay performed the Super Bowl 50 halftime show with former Super Bowl performers Bruno Mars and Beyoncé. Coldplay opened the show with "Viva la Vida" and "Paradise", followed by a performance of "Uptown Funk" with Mars. Afterwards, Beyoncé performed her new song "Formation" and joined Coldplay and Mars on stage to end the show.''',
    quotes=[
        Q('"Viva la Vida"', None, None),
        Q('"Paradise"', None, None),
        Q('"Uptown Funk"', None, None),
        Q('"Formation"', None, None),
    ],
),
]
