# English dev articles (original texts written for whosaid; MIT). Markup: [[Speaker|“quote”]], [[|“title”]] = speaker null.
DOCS = []

DOCS.append(dict(id="en-politics-rail-closures", aliases={
    "Helen Marsh": ["Helen Marsh", "Marsh", "Transport Secretary", "the transport secretary"],
    "Daniel Okafor": ["Daniel Okafor", "Okafor", "opposition leader"],
    "Priya Raman": ["Priya Raman", "Raman", "the rail minister"],
    "National Union of Rail Workers": ["National Union of Rail Workers", "the union"],
    "Tom Bellamy": ["Tom Bellamy", "Bellamy", "general secretary"],
}, src="""
LONDON (Newswire) — The government’s plan to close 40 lightly used railway stations came under attack from all sides on Tuesday, with opposition leader Daniel Okafor calling it [[Daniel Okafor|“reckless”]] and rail unions threatening a summer of strikes.
Transport Secretary Helen Marsh defended the proposal in a rowdy session of the House of Commons. [[Helen Marsh|“We can’t keep pouring money into lines that carry fewer than a hundred passengers a day,”]] said Marsh.
[[Helen Marsh|“That isn’t investment. It’s nostalgia.”]]
Okafor, whose constituency in the north-west would lose three stations, said the plan was [[Daniel Okafor|“a betrayal of every promise made to rural voters”]] and accused ministers of drawing up the list [[Daniel Okafor|“on the back of an envelope.”]]
[[Daniel Okafor|“If you live in a village where the bus comes twice a week, the train isn’t nostalgia — it’s the only way to get to work,”]] Okafor said.
According to Marsh, each station on the list costs the taxpayer an average of £1.2 million a year, and the savings would be [[Helen Marsh|“ring-fenced, every penny of it, for the busiest commuter routes.”]]
[[Priya Raman|“Nobody has been ambushed here. Every council on that list got a letter in January,”]] added the rail minister, Priya Raman, who told MPs the department had consulted local authorities for more than a year.
[[Priya Raman|“The review will be published in full,”]] she said. [[Priya Raman|“There’s nothing to hide.”]]
The National Union of Rail Workers said in a statement that the closures would put at least 600 jobs at risk. [[National Union of Rail Workers|“Ministers talk about ‘modernisation’, but what they mean is managed decline,”]] the union said.
[[Tom Bellamy|“We’ll ballot our members next week, and I expect a very clear answer,”]] the union’s general secretary, Tom Bellamy, told reporters outside Parliament. Bellamy said a walkout in August was [[Tom Bellamy|“more likely than not.”]]
Later, in a television interview, the transport secretary struck a softer tone. [[Helen Marsh|“I understand why people are angry,”]] Marsh said. [[Helen Marsh|“But I was elected to make hard choices, not to keep a ’90s timetable running for ever.”]]
Okafor said: [[Daniel Okafor|“We will force a vote on this before the summer recess, and we’ll see how many of her own backbenchers she can count on.”]]
""".strip()))

DOCS.append(dict(id="en-business-brewery-takeover", aliases={
    "Holloway & Finch": ["Holloway & Finch", "the company"],
    "Marloes de Wit": ["Marloes de Wit", "de Wit", "chief executive"],
    "Robert Finch": ["Robert Finch", "Finch", "Chairman"],
    "Verhaegen": ["Verhaegen"],
    "Sunita Kaur": ["Sunita Kaur", "Kaur"],
    "Brewery Workers’ Association": ["Brewery Workers’ Association", "the association"],
}, src="""
MANCHESTER (Newswire) — Shares in Holloway & Finch, the family-owned brewer behind the Old Quarry ale brand, jumped 18 per cent on Monday after the company confirmed it had received a £640 million takeover approach from the Dutch drinks group Verhaegen.
[[Holloway & Finch|“The board is evaluating the proposal and will update shareholders in due course,”]] the company said in a statement to the stock exchange. It added that there was [[Holloway & Finch|“no certainty”]] that a firm offer would be made.
Verhaegen’s chief executive, Marloes de Wit, told reporters in Amsterdam that the two businesses were [[Marloes de Wit|“a natural fit.”]] [[Marloes de Wit|“We don’t want to change what makes Old Quarry special. We want to take it to fifty countries instead of five,”]] she said.
Chairman Robert Finch, whose great-grandfather founded the brewery in 1893 and who told its story in the book [[|“Mash, Malt and Mischief”]], was more guarded. [[Robert Finch|“I’ve had three of these letters in my time, and the first two went in the bin,”]] Finch said. [[Robert Finch|“This one hasn’t. Yet.”]]
According to Finch, the board would insist on guarantees for the brewery’s 1,100 staff and for its site in Salford, which Verhaegen has described in investor presentations as [[Verhaegen|“ripe for modernisation.”]]
Analysts were divided. Sunita Kaur, who covers beverages at Albright Securities, said the price looked [[Sunita Kaur|“punchy but defensible.”]]
[[Sunita Kaur|“Craft beer had its moment in the 2010s, and now everybody’s looking for scale. Holloway’s problem is that it’s too big to be a boutique and too small to be a giant,”]] said Kaur. [[Sunita Kaur|“Somebody was always going to come knocking.”]]
In a letter to employees seen by Newswire, Finch wrote:
[[Robert Finch|“Whatever happens in the coming weeks, I want every one of you to know that this board will not sell the soul of this company for a quick profit.]]
[[Robert Finch|“We have brewed beer on the same street for more than 130 years. That counts for something, and any buyer will have to understand it.”]]
The Brewery Workers’ Association said it would seek an urgent meeting with both companies. [[Brewery Workers’ Association|“Our members have heard warm words before,”]] the association said. [[Brewery Workers’ Association|“This time we want commitments in writing.”]]
De Wit, whose company bought two Belgian brewers last year, said she expected to make a decision [[Marloes de Wit|“within weeks, not months.”]]
""".strip()))

DOCS.append(dict(id="en-sport-cup-final", aliases={
    "Lena Kowalski": ["Lena Kowalski", "Kowalski", "manager"],
    "Marcus Adeyemi": ["Marcus Adeyemi", "Adeyemi", "Striker"],
    "Sean O’Malley": ["Sean O’Malley", "O’Malley", "captain"],
    "Graham Pike": ["Graham Pike", "Pike", "Kingsbridge manager"],
    "Football Association": ["Football Association", "The Football Association"],
}, src="""
CARDIFF (Newswire) — Ashton Rovers won the Challenge Cup for the first time in 31 years on Saturday, beating holders Kingsbridge City 2-1 after extra time in a final that manager Lena Kowalski called [[Lena Kowalski|“the best and worst two hours of my life.”]]
Striker Marcus Adeyemi, who’d missed a penalty in the first half, scored the winner in the 114th minute with a header from a corner. [[Marcus Adeyemi|“I’ve never felt anything like it,”]] said Adeyemi. [[Marcus Adeyemi|“After the penalty I just wanted the ground to swallow me up. The gaffer told me at half-time, ‘You’ll get another chance, so be ready for it.’ And she was right.”]]
Kowalski, the first woman to manage a side in the final, said her players had shown [[Lena Kowalski|“unbelievable character.”]]
[[Lena Kowalski|“We were second best for an hour, honestly,”]] she told reporters. [[Lena Kowalski|“But this group doesn’t know when it’s beaten. I’ve said that since pre-season and people laughed.”]]
Kingsbridge had led through a 23rd-minute strike from Joel Brennan before Rovers’ captain, Sean O’Malley, equalised with ten minutes of normal time left.
[[Sean O’Malley|“I’m 34 and I thought my chance of lifting this trophy had gone,”]] O’Malley said. [[Sean O’Malley|“My kids were in the stand. I don’t think I’ll ever forget their faces.”]]
Kingsbridge manager Graham Pike refused to criticise his players but said the decision to award the corner that led to the winning goal was [[Graham Pike|“a shocker.”]]
[[Graham Pike|“The ball came off their lad, everybody in the stadium saw it except the one man who matters,”]] he said. [[Graham Pike|“I’m not going to cry about it. We had chances to finish it and we didn’t.”]]
According to Pike, the club would not be lodging a formal complaint. [[Graham Pike|“What’s the point? The cup’s gone,”]] he added.
The Football Association said in a statement that the referee’s decisions would be [[Football Association|“reviewed as a matter of routine, as with every match.”]]
Rovers’ fans were still singing their ’80s terrace anthem, [[|“Blue Skies Over Ashton”]], an hour after the final whistle. The team will parade the trophy through the town centre on Sunday.
[[Lena Kowalski|“This is for them,”]] Kowalski said. [[Lena Kowalski|“They’ve waited long enough.”]]
""".strip()))

DOCS.append(dict(id="en-science-glacier-study", aliases={
    "Anja Brunner": ["Anja Brunner", "Brunner", "lead author", "glaciologist"],
    "Tomás Ferreira": ["Tomás Ferreira", "Ferreira", "a climate modeller"],
    "Austrian Environment Ministry": ["Austrian Environment Ministry", "Austria’s environment ministry", "the ministry"],
    "Li Wen": ["Li Wen", "co-author"],
}, src="""
GENEVA (Newswire) — Glaciers in the eastern Alps are losing ice almost twice as fast as computer models predicted a decade ago, a study published on Thursday has found. Its lead author, the glaciologist Anja Brunner of the University of Innsbruck, called the findings [[Anja Brunner|“a wake-up call for every water utility south of Munich.”]]
The paper, titled [[|“Accelerated Mass Loss of Eastern Alpine Glaciers, 2005–2024”]], appeared in the journal Cryosphere Letters and draws on satellite data and field measurements from 112 glaciers.
[[Anja Brunner|“We expected the numbers to be bad. We didn’t expect them to be this bad,”]] Brunner said in an interview. [[Anja Brunner|“Some of the small glaciers we measured as students in the ’00s simply don’t exist any more.”]]
According to the study, the so-called [[|“tipping elevation”]] — the altitude below which a glacier can no longer sustain itself — has risen by about 150 metres since 2005.
The findings were welcomed by other researchers, though some urged caution. [[Tomás Ferreira|“It’s a careful piece of work, but I’d be wary of extrapolating from two decades of data to the end of the century,”]] said Tomás Ferreira, a climate modeller at the University of Lisbon who was not involved in the study.
Ferreira said the team’s estimate of future melt was [[Tomás Ferreira|“plausible but at the upper end”]] of what other models suggest.
Brunner acknowledged the uncertainty but said the direction of travel was clear. [[Anja Brunner|“People ask me whether it will be 2070 or 2090 when the last of these glaciers goes. My answer is: does it matter?]]
[[Anja Brunner|“What matters is that the towns in these valleys plan now for summers without meltwater. Some of them have already started. Most haven’t.”]]
Austria’s environment ministry said in a statement that it was [[Austrian Environment Ministry|“studying the findings closely”]] and would present a revised water strategy in the autumn. [[Austrian Environment Ministry|“Alpine water security is a national priority,”]] the ministry said.
The study’s co-author Li Wen, of ETH Zurich, said the team would repeat the measurements every three years. [[Li Wen|“Glaciers are the slowest-moving news story in the world,”]] he said. [[Li Wen|“Until suddenly they aren’t.”]]
Brunner’s 2021 popular-science book, [[|“The Last Ice”]], will be reissued next month with a new chapter on the study.
""".strip()))

DOCS.append(dict(id="en-court-charity-fraud", aliases={
    "Alan Whitcombe": ["Alan Whitcombe", "Judge Alan Whitcombe", "the judge"],
    "Margaret Hale": ["Margaret Hale", "Hale"],
    "James Oduya": ["James Oduya", "Oduya", "Prosecutor"],
    "Fiona Grant": ["Fiona Grant", "Grant", "barrister"],
    "Ruth Mensah": ["Ruth Mensah", "Dr Ruth Mensah", "chair"],
    "Charity Commission": ["Charity Commission", "the commission"],
}, src="""
BRISTOL (Newswire) — The former head of a children’s charity was jailed for six years on Friday for stealing more than £2 million in donations, with the judge telling her she had [[Alan Whitcombe|“betrayed the trust of thousands of ordinary people.”]]
Margaret Hale, 58, who ran the Little Lanterns Trust for 14 years, had admitted fraud by abuse of position. Prosecutors said she used the money to buy a villa in Portugal, two cars and a share in a racehorse.
Sentencing her at Bristol Crown Court, Judge Alan Whitcombe said: [[Alan Whitcombe|“People gave five pounds, ten pounds, whatever they could spare, because they believed it would help a sick child.]]
[[Alan Whitcombe|“Instead it paid for your swimming pool. It is difficult to imagine a meaner crime.”]]
Prosecutor James Oduya told the court that Hale had forged board minutes and invented invoices from suppliers that did not exist. [[James Oduya|“This was not a moment of weakness,”]] Oduya said. [[James Oduya|“It was a carefully engineered deception that ran for the best part of a decade.”]]
According to Oduya, the fraud came to light only when a new trustee asked to see the charity’s bank statements, and Hale told her they had been [[Margaret Hale|“lost in an office move.”]]
Hale’s barrister, Fiona Grant, said her client was [[Fiona Grant|“profoundly ashamed”]] and had been struggling with a gambling addiction. [[Fiona Grant|“She doesn’t ask for sympathy. She asks only that the court recognise she pleaded guilty at the first opportunity,”]] said Grant.
Hale, wearing a grey cardigan, wept in the dock. In a letter read out to the court, she wrote: [[Margaret Hale|“I can’t undo what I’ve done. I think about the children every single day.”]]
Outside court, the charity’s current chair, Dr Ruth Mensah, told reporters the trust had [[Ruth Mensah|“come within weeks of closing”]] after the theft was discovered. [[Ruth Mensah|“We’ve rebuilt, slowly, thanks to people who kept faith with us,”]] she said.
[[Ruth Mensah|“Today isn’t a day for celebration. But it’s a line in the sand.”]]
The Charity Commission said in a statement that it had opened an inquiry into how the trust’s governance had failed for so long. [[Charity Commission|“Trustees have a legal duty to keep proper oversight of their charity’s finances,”]] the commission said.
""".strip()))

DOCS.append(dict(id="en-local-straight-quotes-cinema", aliases={
    "Neil Patterson": ["Neil Patterson", "Patterson", "councillor"],
    "Calder Homes": ["Calder Homes", "the company", "The developer"],
    "Sam Okoye": ["Sam Okoye", "Okoye"],
    "Janet Briggs": ["Janet Briggs", "Briggs", "Council leader"],
}, src="""
HEBDEN BRIDGE (Newswire) - Plans to turn the town's 1920s Picture House into flats were rejected on Wednesday night after a four-hour council meeting that councillor Neil Patterson described as [[Neil Patterson|"the most heated I've seen in 20 years."]]
The developer, Calder Homes, had wanted to convert the listed cinema into 24 apartments, keeping only the facade. [[Calder Homes|"We're disappointed but not surprised,"]] the company said in a statement. [[Calder Homes|"We will study the decision carefully and consider an appeal."]]
Campaigners, who had collected more than 6,000 signatures, cheered as the vote was announced. [[Sam Okoye|"This building isn't just bricks and mortar. It's where my grandparents had their first date,"]] said Sam Okoye, who leads the Save Our Picture House group and uses they/them pronouns.
[[Sam Okoye|"We're not naive about the money,"]] they said. [[Sam Okoye|"But there's a business plan on the table, and the council has finally listened to it."]]
Okoye said the group wanted to reopen the cinema as a community-owned venue, starting with the silent film [[|"The Mill Girl's Secret,"]] which opened the Picture House in 1921.
Council leader Janet Briggs said the decision had been [[Janet Briggs|"finely balanced."]] [[Janet Briggs|"Nobody on this committee wants to see the building fall down, and that's the honest risk if nothing happens,"]] Briggs told reporters after the vote.
According to Briggs, the roof alone needs repairs costing at least 400,000 pounds, and the council [[Janet Briggs|"simply doesn't have that kind of money lying around."]]
Patterson, who voted against the scheme, said: [[Neil Patterson|"If Calder Homes wants to build flats, there are plenty of brownfield sites in this valley. Leave the cinema alone."]]
[[Neil Patterson|"We said 'no' to the supermarket in the '90s and we were told the town would die. It didn't,"]] he added.
The campaign's slogan, [[|"Lights, Camera, Hebden!"]], was projected onto the facade after the meeting.
Calder Homes has six months to lodge an appeal.
""".strip()))

DOCS.append(dict(id="en-diplomacy-grain-talks-transliteration", aliases={
    "Yevgeny Arkhipov": ["Yevgeny Arkhipov", "Evgeny Arkhipov", "Arkhipov", "Deputy Foreign Minister", "chief negotiator", "the deputy minister"],
    "Oksana Melnyk": ["Oksana Melnyk", "Melnyk", "Deputy Economy Minister"],
    "Ingrid Haugland": ["Ingrid Haugland", "Haugland", "the UN envoy"],
    "Turkish Foreign Ministry": ["Turkish Foreign Ministry", "Turkey’s foreign ministry"],
}, src="""
GENEVA (Newswire) — Talks on reopening a Black Sea shipping corridor for grain ended without agreement on Thursday, with Russia’s chief negotiator saying the two sides remained [[Yevgeny Arkhipov|“far apart on the fundamentals.”]]
Deputy Foreign Minister Yevgeny Arkhipov told reporters after nine hours of talks: [[Yevgeny Arkhipov|“We came here with concrete proposals. We did not receive concrete answers.”]]
[[Yevgeny Arkhipov|“If our partners are serious, they know where to find us,”]] Arkhipov said.
Ukraine’s delegation, led by Deputy Economy Minister Oksana Melnyk, accused Moscow of using food as a weapon. [[Oksana Melnyk|“Russia wants a corridor that it can open and close like a tap,”]] Melnyk said. [[Oksana Melnyk|“That is not a corridor. That is blackmail.”]]
[[Ingrid Haugland|“I won’t pretend today was a breakthrough. But nobody walked out, and in this business that counts for something,”]] added the UN envoy, Ingrid Haugland, who has chaired the talks since March.
In a transcript released by the Russian mission, which spelled his name Evgeny Arkhipov, the deputy minister said Moscow would never accept [[Yevgeny Arkhipov|“inspection regimes designed in Washington.”]]
According to Melnyk, more than 40 loaded ships are waiting in Ukrainian ports. [[Oksana Melnyk|“Every week of delay means higher bread prices in Cairo, in Nairobi, in Dhaka,”]] she told reporters.
Turkey’s foreign ministry said in a statement that Ankara was [[Turkish Foreign Ministry|“ready to host the next round at any time.”]]
Haugland said both delegations had agreed to return to Geneva. [[Ingrid Haugland|“That, frankly, is the single most important outcome of the day,”]] she said.
Arkhipov, who served at the Russian embassy in Ankara in the ’90s, struck a more conciliatory note as he left. [[Yevgeny Arkhipov|“We are patient people,”]] he said. [[Yevgeny Arkhipov|“But patience is not infinite.”]]
No date has been set for what diplomats have already nicknamed [[|“Geneva Two.”]]
""".strip()))

DOCS.append(dict(id="en-health-heatwave-hospitals", aliases={
    "Lucía Navarro": ["Lucía Navarro", "Navarro", "the head of the national doctors’ association"],
    "Javier Ortega": ["Javier Ortega", "Ortega", "the health minister", "The minister"],
    "Spanish National Weather Agency": ["Spanish National Weather Agency", "Spain’s national weather agency", "the agency"],
    "Alex Romero": ["Alex Romero", "Romero", "a nurse"],
    "Carmen Ibáñez": ["Carmen Ibáñez", "health spokeswoman"],
}, src="""
MADRID (Newswire) — Hospitals across southern Spain postponed hundreds of routine operations on Wednesday as temperatures climbed above 44C for a fourth consecutive day, and the head of the national doctors’ association, Lucía Navarro, warned that emergency departments were [[Lucía Navarro|“running on fumes.”]]
[[Lucía Navarro|“We have patients on trolleys in corridors where the air conditioning has failed,”]] Navarro said. [[Lucía Navarro|“This isn’t a crisis we didn’t see coming. We’ve been warning about it since 2019.”]]
[[Javier Ortega|“Every hospital in the affected regions has activated its heat protocol, and extra staff are being sent from the north,”]] added the health minister, Javier Ortega, speaking after an emergency cabinet meeting.
Ortega said the government had set aside €300 million for cooling systems in public buildings, but acknowledged that most of the work would not be finished [[Javier Ortega|“before next summer at the earliest.”]]
According to Ortega, 23 deaths in the past week have been provisionally linked to the heat, [[Javier Ortega|“most of them elderly people who lived alone.”]]
Spain’s national weather agency said in a statement that the heatwave would peak on Thursday. [[Spanish National Weather Agency|“Night-time temperatures will remain above 27 degrees in many cities, which is particularly dangerous for vulnerable people,”]] the agency said.
Alex Romero, a nurse at San Telmo hospital in Seville who uses they/them pronouns, said colleagues had fainted on shift. [[Alex Romero|“At four in the morning it was 31 degrees on the ward,”]] they said. [[Alex Romero|“One of my patients asked me, ‘Is this what hell feels like?’ I didn’t know what to tell her.”]]
Romero said staff had been given [[Alex Romero|“a bottle of water and a pat on the back.”]]
Carmen Ibáñez, the opposition’s health spokeswoman, said in a radio interview: [[Carmen Ibáñez|“The minister keeps telling us this is exceptional. It is not exceptional. It is the third summer in a row.]]
[[Carmen Ibáñez|“Next year it will be the fourth, and I promise you we will be having exactly the same conversation.]]
[[Carmen Ibáñez|“Unless somebody in this government starts treating heat as what it is: a public health emergency.”]]
Ortega dismissed the criticism. [[Javier Ortega|“I’m not going to play politics with people’s health,”]] he told reporters. The government’s heat-awareness campaign, [[|“Don’t Let the Sun Win”]], will be extended to television next week.
""".strip()))
