# Held-out English Wikinews articles (tests/data/heldout19-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml, the corpus' main
# news part, files used by no earlier set, their names found by looking up exact file names),
# detokenized by hand like heldout16_amalgum*.py.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-jim-murphy-resigns-scottish-labour",
    source="https://en.wikinews.org/wiki/Jim_Murphy_announces_resignation_as_Scottish_Labour_Party_leader",
    license=LIC, retrieved=AMG.format("AMALGUM_news_resignation") + " (a photo, the 'Have your say' box and the related-articles list dropped; the copy's curly apostrophes, its 'he did he did' and the bracketed ellipsis in Harman's quotation kept)",
    text='''Jim Murphy announces resignation as Scottish Labour Party leader
Sunday, May 17, 2015
Jim Murphy yesterday announced he intends to stand down as Scottish Labour Party leader next month, after narrowly surviving a no confidence vote. Murphy said he will present a list of suggested reforms to be made to the party, including changing the system for electing party leader to one member, one vote, upon offering his resignation at the next meeting of its national executive in June. Murphy also said he will not stand for the Scottish Parliament election in May 2016 and will "do something else".
At a meeting in the Scottish city Glasgow yesterday, the party's national executive held a vote of no confidence in Murphy; he won by 17 votes to 14. "Today I received more support in the executive vote than I did from members of the executive when I stood for election five months ago", Murphy said. Murphy became Scottish Labour leader in December 2014, following Johann Lamont's resignation from the role. Until Scottish Labour holds a fresh leadership election — its sixth in a span of eight years — Kezia Dugdale, currently the party's deputy leader, is to assume the role of acting leader for the time being. Murphy cited concerns about Scottish Labour being divided as a contributory factor to his decision. "Scotland needs a strong Labour party; Scotland needs a united Labour party", he said yesterday. "We have been the greatest force for change in our nation’s remarkable history. The Scottish Labour party will rise again. It will be under someone else’s leadership and I am confident about my party’s future."
The announcement came nine days after the party lost all but one of its 41 Scottish seats, including Murphy's East Renfrewshire constituency, to the Scottish National Party (SNP) in a UK general election, and eight days after Ed Miliband said he would stand down as leader of the UK Labour Party.
There was controversy regarding whether Murphy should retain his role following this performance. Labour Party supporters were reportedly asked to sign a letter supporting Murphy's leadership, to be presented at the executive meeting yesterday. Calls for Murphy to resign came from multiple quarters, including trade unions Unite and ASLEF, as well as Labour MSPs Alex Rowley and Elaine Smith. Earlier in the week, Unite general secretary Len McCluskey said "the anti-Scottish card that was played by Lynton Crosby and the Conservatives" had caused them to win a majority in the general election, before going on to say: "I lay the blame for that very squarely at the feet of Scottish Labour. Not only have they lost Scotland but I think they've been responsible for making certain that the Conservatives were back in power in Westminster." However, trade unions USDAW and Community were amongst those supporting Murphy's continued leadership.
In a speech, Murphy suggested he did he did not want the party to be divided as a result of his leadership. "It is clear that the small minority who didn’t accept my election as party leader by the majority five months ago also won’t accept the vote of the Executive today and will continue to divide the party if I remain", he said. Murphy singled out McCluskey for criticism, claiming to have "been at the centre of a campaign by the London leadership of the Unite union in blaming myself and the Scottish Labour party for the defeat of the UK Labour party in the general election. That is a grotesque insult to the Scottish Labour party." He went on to criticise what he called McCluskey's "destructive behaviour", commenting that: "Whether in Scotland, or in the contest to come across the UK, we cannot have our leaders selected or deselected by the grudges and grievances of one prominent man. The leader of the Scottish Labour Party doesn’t serve at the grace of Len McCluskey and the next leader of the UK Labour Party should not be picked by Len McCluskey."
Reacting to the news, SNP leader and Scottish First Minister Nicola Sturgeon tweeted: "I wish Jim Murphy all the very best for the future. Leadership is not easy and he deserves credit for standing up for what he believes in." Scottish Liberal Democrats leader Willie Rennie said: "Credit to [Murphy]. He stepped up and energetically campaigned for his beliefs. I wish him the best for the future." Harriet Harman, the acting leader of the UK Labour Party, said Murphy had been a "hugely important figure" for them, adding: "Jim has given so much to the Labour Party over the last twenty years. He, I know reluctantly, took the responsibility for leading Scottish Labour at the most difficult election they have ever faced. He did so with incredible energy, purpose and dignity [...] He leaves with the best wishes and thanks of our movement."
Scottish Green Party co-convenor Patrick Harvie was more critical in his response, arguing the Greens should be the opposition of the Scottish Parliament instead. Harvie said Murphy's resignation was "almost inevitable, but even as he announced it he promised to further weaken Labour’s relationship with the wider labour movement. People haven’t left Labour because of the trade unions, but because the party itself long ago strayed from its principles. Without a clear sense of purpose, it has seemed to care only about holding office instead of creating new ideas for a better society. It’s clear that the Scottish Parliament needs an opposition that’s creative and challenging, but which can act constructively too."
Scottish Conservative Party leader Ruth Davidson tweeted: "Jim Murphy announces a managed exit in order to help the party, which is to his credit. But leaves a tough gig for whoever comes next."
Wikinews asked Unite the Union to comment on the story and has yet to receive a response. However, Pat Rafferty, Unite's Scotland leader, earlier stated: "Jim has done the decent thing. Scottish Labour needs to recover, re-engage and reform. It can now begin that process."''',
    quotes=[
        Q('"do something else"', None, "Jim Murphy"),
        Q('"Today I received', 'five months ago"', "Jim Murphy"),
        Q('"Scotland needs a strong', 'united Labour party"', "Jim Murphy"),
        Q('"We have been the greatest', 'party’s future."', "Jim Murphy"),
        Q('"the anti-Scottish card', 'the Conservatives"', "Len McCluskey"),
        Q('"I lay the blame', 'in Westminster."', "Len McCluskey"),
        Q('"It is clear that the small', 'if I remain"', "Jim Murphy"),
        Q('"been at the centre', 'Scottish Labour party."', "Jim Murphy"),
        Q('"destructive behaviour"', None, "Jim Murphy"),
        Q('"Whether in Scotland', 'by Len McCluskey."', "Jim Murphy"),
        Q('"I wish Jim Murphy', 'he believes in."', "Nicola Sturgeon"),
        Q('"Credit to [Murphy]', 'for the future."', "Willie Rennie"),
        Q('"hugely important figure"', None, "Harriet Harman"),
        Q('"Jim has given so much', 'of our movement."', "Harriet Harman"),
        Q('"almost inevitable', 'constructively too."', "Patrick Harvie"),
        Q('"Jim Murphy announces a managed', 'comes next."', "Ruth Davidson"),
        Q('"Jim has done the decent', 'that process."', "Pat Rafferty"),
    ],
    aliases={"Jim Murphy": ["Murphy"], "Len McCluskey": ["McCluskey", "Unite general secretary Len McCluskey"],
             "Nicola Sturgeon": ["SNP leader and Scottish First Minister Nicola Sturgeon"],
             "Willie Rennie": ["Scottish Liberal Democrats leader Willie Rennie"],
             "Harriet Harman": ["the acting leader of the UK Labour Party"],
             "Patrick Harvie": ["Harvie"],
             "Ruth Davidson": ["Scottish Conservative Party leader Ruth Davidson"],
             "Pat Rafferty": ["Unite's Scotland leader"]},
),
dict(
    id="wn-en-labour-poll-lead-2015-campaign",
    source="https://en.wikinews.org/wiki/Labour_grabs_poll_lead_in_UK_General_Election_campaign",
    license=LIC, retrieved=AMG.format("AMALGUM_news_labour") + " (one photo caption dropped; '£' + '1.4bn' written '£1.4bn'; the copy's 'Defense secretary' and 'to call the move represents' kept)",
    text='''Labour grabs poll lead in UK General Election campaign
Friday, April 10, 2015
The approval ratings of UK Labour leader Ed Miliband rose above those of his Conservative opponent, David Cameron, for the first time in this year's bitterly fought general election campaign. The poll results showed support for the Labour Party was also rising.
A poll by Panelbase yesterday showed Labour six points ahead; a similar survey by Survation for the Daily Mirror showed Labour four points ahead of the Conservatives. This latter poll was mixed for the Labour leader as it showed only 25% of voters were convinced Miliband was suited to the job of Prime Minister while 37% preferred David Cameron, but it also shows that people preferred Miliband's recent conduct as party leader to Cameron's. A poll by TNS found a three point lead for Labour.
ComRes polling indicated the eventual outcome of the election is too close to call, projecting the Conservatives with 34% of the vote and Labour 33%.
Following the poll results, the Conservative Party fired a volley of negative remarks towards Labour. Defense secretary Michael Fallon said Ed Miliband would end up signing up for "a grubby backstairs deal" with the Scottish National Party (SNP) which would lead to the cancellation or non-renewal of the Trident nuclear submarine programme. The Labour Party have stated they support the continuation of Trident and will not negotiate on Trident with the SNP.
Fallon's comments on Trident were backed up by David Cameron.
The Labour Party counter-claimed a deal between the Conservatives and Liberal Democrats had put the cost of Trident renewal up by £1.4bn.
Miliband responded to Fallon's comments: "Michael Fallon is a decent man, but today I think he has demeaned himself and he has demeaned his office. National security is too important to play politics with and I will never compromise national security."
Former Labour leader Tony Blair said Fallon's remarks hinted at desperation: "The Tories were up to their old tricks in their personal attack on Ed this morning. I remember the 'demon eyes' poster of 1997. It is always a sign of desperation and it will backfire. It shows how nervous they are of a Labour campaign full of confidence, which is showing that it understands the challenges facing working people and how to overcome them. The more they indulge in these tactics the better we should feel."
Liberal Democrat Vince Cable expressed his displeasure at Fallon's remarks, saying it was "an appalling way to conduct the argument".
The two main parties have also proposed a number of new ideas for policy. Labour's Yvette Cooper is to formally announce a new policy today to protect 10,000 police officers' jobs by eliminating elected Police and Crime Commissioners and gun licensing subsidy, and sharing of police back-office services and procurement. The Labour crime and justice manifesto also includes creating a new commission on sexual and domestic violence, banning "legal highs", and reforming prisons to introduce more education and work for prisoners.
Conservative Cameron pre-announced a proposal to change the rules so workers in the public sector and for companies with 250 employees or more — which between the two is estimated to be around half the work force — would be entitled to three days of paid volunteering leave per year. In prepared remarks, Cameron is to call the move represents the "clearest demonstration of the Big Society in action". This marks a return of the language of the 'Big Society' which had slowly disappeared from use since the last election.''',
    quotes=[
        Q('"a grubby backstairs deal"', None, "Michael Fallon"),
        Q('"Michael Fallon is a decent', 'national security."', "Ed Miliband"),
        Q('"The Tories were up', 'we should feel."', "Tony Blair"),
        Q('"an appalling way', 'the argument"', "Vince Cable"),
        Q('"legal highs"', None, None),
        Q('"clearest demonstration', 'in action"', "David Cameron"),
        Q("'Big Society'", None, None),
    ],
    aliases={"Michael Fallon": ["Fallon", "Defense secretary Michael Fallon"],
             "Ed Miliband": ["Miliband", "UK Labour leader Ed Miliband"],
             "Tony Blair": ["Former Labour leader Tony Blair"],
             "Vince Cable": ["Liberal Democrat Vince Cable"],
             "David Cameron": ["Cameron", "Conservative Cameron"]},
),
dict(
    id="wn-en-congo-plane-crash-minister-fired",
    source="https://en.wikinews.org/wiki/Dozens_killed_in_Congo_plane_crash%2C_transport_minister_fired",
    license=LIC, retrieved=AMG.format("AMALGUM_news_congo") + " (no captions in the copy; 'Russian' + '-built' and 'twin-' + 'turboprop' joined; ellipses set directly after the preceding word; the copy's 'it's departure' and the stray closing mark after Kuseyo's 'Measures had been taken...' kept)",
    text='''Dozens killed in Congo plane crash, transport minister fired
Saturday, October 6, 2007
More than 50 people have been killed after a plane crashed in the Democratic Republic of the Congo, causing president Joseph Kabila to fire his transport minister.
The Russian-built Antonov An-26 twin-turboprop cargo plane went down into a market in the African nation's capital, Kinshasa, killing 51 and injuring at least 25, mostly on the ground. Of the plane's crew, only the Congolese flight engineer survived the accident.
The Congolese air safety record is one of the worst in the world, and this is the latest and deadliest in a string of recent aviation accidents and incidents. According to presidential spokesman Kudura Kasongo, the reason behind the sacking of transport minister Remy Henri Kuseyo Gatanga is "for being incapable of organising the aviation sector".
Transport Minister Rémy Kuseyo had previously said the aircraft should never have taken off due to a ban imposed three weeks ago on the use of Antonov aircraft in the country due to safety concerns. He feels his dismissal is unjust, saying "Measures had been taken..." I had taken measures, but I am not the one who was to have put the measures in place on the ground."
Saleh Kinyongo of the Humanitarian Affairs Ministry revised previous information that the entire flight crew had been killed, saying to reporters "We now know there is a survivor in hospital. He's the mechanic (of the plane)... He's alive and well. He's talking and he's even been on TV." His name was given as Dede Ngama and he is receiving treatment at the Roi Baudouin hospital in Kinshasa. Previously, Russia's foreign ministry had reported that all three of the flight crew were Russian nationals and were killed in the crash. This has, however, been confirmed as accurate for the pilot and co-pilot.
It is known that shortly after takeoff, the plane experienced technical difficulties and initiated fuel dumping, then contacted air traffic control to request an emergency landing. Aircraft often dump fuel prior to emergency landings shortly after takeoff, as the aircraft are too heavy to land safely with full fuel loads. However, after about ten minutes, the plane suddenly plunged down into a market and houses in a residential area. The Russian Foreign ministry reported that upon takeoff the plane lost a propeller, and that a wing sheared off when the plane impacted a bank of trees.
An emergency meeting of Congo's cabinet was held yesterday to investigate how existing air safety regulations could be improved, including possibilities of better inspections and tougher penalties for non-conformers.
The crash site has proved difficult to secure from onlookers and petty criminals. Local police have already arrested several people attempting to steal scrap metal, engine parts and any other valuables from the fire-scorched wreckage.
The crash has provoked national outrage, with local newspapers using headlines such as "Another flying coffin kills again," and "Congo's killer skies,". The government had promised to improve poor safety standards.
The plane belonged to Africa One, but had been leased to Manilla Airlift. The aircraft had undergone a safety inspection prior to it's departure from nearby Ndjili international airport.
The International Air Transport Association has described Congo's aviation safety record as 'an embarrassment', while all Congolese airlines except Hewa Bora Airways are on the List of air carriers banned in the EU.''',
    quotes=[
        Q('"for being incapable', 'aviation sector"', "Kudura Kasongo"),
        Q('"Measures had been taken', 'on the ground."', "Remy Henri Kuseyo Gatanga"),
        Q('"We now know', 'been on TV."', "Saleh Kinyongo"),
        Q('"Another flying coffin kills again,"', None, None),
        Q('"Congo\'s killer skies,"', None, None),
        Q("'an embarrassment'", None, "International Air Transport Association"),
    ],
    aliases={"Kudura Kasongo": ["presidential spokesman Kudura Kasongo"],
             "Remy Henri Kuseyo Gatanga": ["Rémy Kuseyo", "Transport Minister Rémy Kuseyo"]},
),
]
