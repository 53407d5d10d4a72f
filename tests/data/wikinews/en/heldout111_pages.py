# Held-out English news pages (tests/data/heldout111-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on migration, energy, business and technology, works of the US
# government in the public domain: Croatia opening its border to migrants stranded in Serbia (2015), tension among
# migrants over Europe's asylum policy (2015, VOA's preview address), refugees at Idomeni facing Macedonia's border rules
# (2016), two 2008 stories on oil prices as copied by testbig.com under their VOA headlines (analysts on record prices;
# OPEC's production cut), a Massachusetts wire-mesh maker adding factory jobs (2017, VOA's preview address) and a VOA
# Learning English story on workplace robots (2016, as copied by 21voa.com).
# None is marked as from AP, Reuters or AFP. Stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation and section lines, photo captions (also when
# stored twice), bylines, video boxes and the 'Reading audio' line are dropped, and the indentation of the
# voanews.com/content pages removed; wording, spelling, the testbig.com copies' run-together words ('JohnMitchell',
# 'needfor'), spacing inside paragraphs and quotation marks (straight or curly, as stored) are kept. Annotated by reading
# the pages, before whosaid was run on them (rules H800-H805 in ANNOTATION.md on top of the earlier rules).
VOA = "public domain (VOA, US government work)"
VOAC = "public domain (VOA, US government work; copy of the VOA story on a third-party site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout111-en.jsonl

Built by `build.py` from `heldout111_pages.py`. Like heldout22-en, heldout24-en, heldout84-en, heldout90-en,
heldout93-en, heldout101-en, heldout102-en and heldout104-en, these texts are stored web pages (the `pages` search
corpus) of the Voice of America, none of them used in a set above, this time on migration, energy, business and technology, 2008 to 2017:
Croatia opening its border to migrants stranded in Serbia (October 2015), tension among migrants over Europe's asylum
policy (2015, VOA's preview address, no headline in the stored part), refugees at Idomeni on the Greek-Macedonian border
(March 2016), and two oil-price stories of 2008 as copied by testbig.com under their VOA headlines (analysts and record
prices in London, July; OPEC's production cut, September), Riverdale Mills, a Massachusetts wire-mesh maker adding
factory jobs (2017, VOA's preview address, no headline in the stored part) and the VOA Learning English story 'Meet the
Newest Robots Joining the Work Force' (2016, as copied by 21voa.com under its VOA title). All are US government works in the public domain; none is
marked as from AP, Reuters or AFP. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Navigation and section lines, photo captions, bylines, video boxes and the
testbig.com 'Reading audio' line were dropped and the indentation of the voanews.com/content pages removed; wording,
the testbig.com copies' run-together words and quotation marks are as stored. None of these pages is used in any set
above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text). The annotation
(rules H800–H805 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-2015-10-19-croatia-opens-serbia-border-to-migrants",
    source="http://www.voanews.com/content/thousands-of-migrants-stranded-between-serbia-and-croatia/3013323.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Europe', the photo captions 'A child cries as migrants cross the Croatia-Slovenia border at Trnovec, Oct. 19, 2015.' and 'Children take shelter from the rain in Sredisce ob Dravi, ... Oct. 19, 2015.', each stored twice, and the byline 'VOA News' dropped; the indentation of the stored paragraphs removed; the subheadings 'Backlog causes problems' and ''Big river of people'' kept as lines; the paragraph 'About 6,000 people were stuck on Monday', cut in the stored copy, dropped)",
    text='''Croatia Opens Serbia Border to Migrants
Croatia opened its border with Serbia late Monday afternoon, allowing about 3,000 migrants who had been stranded in cold, rainy conditions for nearly two days to stream through.
Melita Sunjic, a spokeswoman with the U.N. refugee agency (UNHCR) who is on the border at Berkasovo, said that “without any announcement, the borders opened. When the borders opened, everybody rushed” across.
It was not immediately clear why Croatia suddenly permitted the mass entry.
Backlog causes problems
The backlog occurred after Hungary shut down its crossing into Croatia early Saturday, forcing migrants to travel a longer route, through Slovenia, to reach Western European destinations.
“The decision by Hungary to close its border has certainly added to the suffering and misery and the length of the journey for these desperate people,” said Babar Baloch, a spokesman for UNHCR. “There will be challenges if the process becomes slow or we have a backlog of people.”
Sunjic said Monday that about 10,000 migrants entered Serbia from Macedonia on Sunday, more than the daily average over the past month, creating a “domino effect” when Slovenia slowed the flow of migrants over the Balkans by restricting their entry numbers to up to 2,500 a day.
'Big river of people'
"It's like a big river of people, and if you stop the flow, you will have floods somewhere. That's what's happening now," she said.''',
    quotes=[
        Q('“without any announcement', 'everybody rushed”', "Melita Sunjic"),
        Q('“The decision by Hungary', 'desperate people,”', "Babar Baloch"),
        Q('“There will be challenges', 'backlog of people.”', "Babar Baloch"),
        Q('“domino effect”', None, "Melita Sunjic"),
        Q("'Big river of people'", None, "Melita Sunjic"),
        Q('"It\'s like a big river', 'happening now,"', "Melita Sunjic"),
    ],
    aliases={"Melita Sunjic": ["Sunjic"]},
),
dict(
    id="voa-2015-09-tension-between-migrants-grows-over-europe-asylum-policy",
    source="https://voa.pangea-cms.com/preview/en-US/a/tension-between-migrants-grows-over-europe-asylum-policy/2972028.html",
    license=VOA, retrieved=PAGES + " (VOA story 'Tension Between Migrants Grows Over Europe Asylum Policy' on VOA's own preview address; the stored part begins with the lead paragraph, no headline (H701); the paragraph 'European leaders pla', cut in the stored copy, dropped; the mixed curly and straight marks and the dashes '–', '-' and '--' as stored)",
    text='''Europe faces the task of processing hundreds of thousands of refugee applications – and identifying those in genuine need of asylum. But there are claims that some migrants are carrying fake Syrian passports – creating tensions with genuine Syrian nationals.
Tens of thousands of migrants have walked along dusty tracks through the cornfields and across Serbia’s border with Croatia in recent days, trying to reach Western Europe. VOA spoke to three Syrian men in their early 20s making that journey.
They asked not to be identified - and were quick to voice anger at some of the other migrants.
“Too many people here have Syrian IDs and passports, and they are not Syrians. They are from Pakistan, Afghanistan, Iraq, Lebanon, too many [countries]. And actually I’m really shocked because this is our problem, this is our case,” said one.
But Iraqi migrant Sadek told VOA he and his family should be entitled to asylum because they are escaping the Islamic State terror group – known in Iraq as Daesh.
“You must know this information, all of the Europeans. Daesh is not just Syrian, because Daesh is coming from Iraq and Syria, and everyone, they hate everyone,” said Sadek.
Mohamad, an asylum seeker from Afghanistan, voiced resentment at the focus on Syria.
"Syrian refugee is, all the process is very easy, but for Afghanistan refugees it is not. All things are for Syrians, not for Afghans," he said.
Who is a genuine refugee fleeing conflict or persecution -- and who is a so-called economic migrant, escaping poverty or looking for a better life?
Hungary, which is building fences on its southern borders to keep out all migrants, wants Europe to enforce the distinction. Zoltan Kovacs is a government spokesman.
“A joint European force that is able to stop illegal migration and establish the form, the protocol by which we are able to separate genuine refugees who are in real need of shelter from those who are only economic migrants,” said Kovacs.''',
    quotes=[
        Q('“Too many people here', 'this is our case,”', None),
        Q('“You must know this information', 'hate everyone,”', "Sadek"),
        Q('"Syrian refugee is', 'not for Afghans,"', "Mohamad"),
        Q('“A joint European force', 'economic migrants,”', "Zoltan Kovacs"),
    ],
    aliases={"Zoltan Kovacs": ["Kovacs"]},
),
dict(
    id="voa-2016-03-06-border-closures-rule-changes-prompt-rising-refugee-fear",
    source="http://www.voanews.com/content/border-closures-rule-changes-prompt-rising-refugee-fear/3221744.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Europe' dropped; the indentation of the stored paragraphs removed; the subheading 'Variety of ethnic groups' kept as a line; the line 'WATCH: Related video of refugees at Greek camp' and the video box after it (its title 'Border Closures, Rule Changes Prompt Rising Refugee Feari', the byline 'Jamie Dettmer', the date line 'March 06, 2016 2:32 PM' and its summary 'More than 70 percent of asylum-seekers at Idomeni, ... VOA's Jamie Dettmer reports from Idomeni') dropped; the paragraph 'Life was expensive in Irbil and with no job prospects they moved on to Turkey where the', cut in the stored copy, dropped)",
    text='''Border Closures, Rule Changes Prompt Rising Refugee Fear
The bearded, gray-haired electrical engineer from the Iraqi city of Mosul looked distraught.
“Will the Macedonians even let us pass, if they open the border,” he asked sitting cross-legged in front of a small tent that he, his wife, son and daughter jokingly refer to as "home."
He has only just learned that the Macedonians, who are allowing only a daily trickle of refugees to cross the border, are turning back Iraqis and Syrians who have spent more than 30 days in Turkey or Greece, or any other country considered “safe.”
On Friday, Macedonian authorities allowed 180 refugees to enter out of the more than 13,000 refugees and migrants camped out by coils of razor-wire fencing, along rail tracks and in muddy fields. That is a decrease from the 280 the Macedonians accepted Thursday.
Variety of ethnic groups
According to U.N. officials and relief workers here, more than 70 percent of the asylum-seekers at Idomeni, a small village with a population of 154, are Syrians and Iraqis. The rest are Afghans and Pakistanis, or mainly economic migrants from North Africa.
Ghanim and his family fled Mosul two years ago, a month after Islamic State militants overran the city and terrified locals with Draconian rules and the slaughter of opponents, Shi’ites and members of minority religious groups.
They lived in fear, avoiding the jihadists as best they could before fleeing to the Iraqi Kurdistan capital of Irbil.''',
    quotes=[
        Q('“Will the Macedonians', 'open the border,”', "Ghanim"),
        Q('"home."', None, None),
        Q('“safe.”', None, None),
    ],
    aliases={},
),
dict(
    id="voa-2008-07-03-analysts-end-to-rising-oil-prices-not-in-sight-testbig",
    source="http://testbig.com/voa/analysts-end-rising-oil-prices-not-sight",
    license=VOAC, retrieved=PAGES + " (testbig.com copy of the VOA story 'Analysts: End to Rising Oil Prices Not in Sight' under its VOA headline; the line 'Reading audio' dropped; the date line '03 July 2008' kept; the copy's run-together words ('$146a', 'Maphosareports', 'JohnMitchell', 'ChathamHouse', 'needfor', 'Kingdomshare') as stored (H801); the paragraph 'Mitchellsays while high prices are causing difficulties ... the price shock is much more severewher', cut in the stored copy, dropped)",
    text='''Analysts: End to Rising Oil Prices Not in Sight
03 July 2008
The price of oil has hit an all-time high in London, rising above $146a barrel, with New York crude prices not far behind. Tendai Maphosareports for VOA from London analysts do not see an end to the priceincreases anytime soon.
The prices of crude have reached record levels, but the bad news, analysts say, is they have not peaked yet.
JohnMitchell, an energy analyst at the London research center ChathamHouse, tells VOA prices will keep rising unless there is a sharp dropin demand.
"This has been building up quite slowly, but now itis very serious and therefore people are responding to it. It takestime for that response to take effect but people are already ... youhave seen car sales in the United States go down very drastically andthe switch from big cars to small cars that will take an effect overthe next year or two, so I would certainly be very surprised if we sawprices anything like this high in one year or two years time," he said.
U.S.Treasury Secretary Henry Paulson, who is visiting London, also saysthere are no quick fixes and prices would keep rising. He met withBritish Chancellor of the Exchequer Alistair Darling to discuss oilprices and other economic issues.
Darling said there is a needfor a global response. "The problems that our economies face today arevery much international in nature. Whether it is the credit crunchwhich is now affecting every country in the world or the huge threatposed by very high oil prices and the inflationary effect that can haveor rising food prices. These are international problems that will needcountries to work together and the United States and the United Kingdomshare a common interest and we have a shared commitment."''',
    quotes=[
        Q('"This has been building up', 'two years time,"', "JohnMitchell"),
        Q('"The problems that our economies', 'shared commitment."', "Alistair Darling"),
    ],
    aliases={"Alistair Darling": ["Darling"]},
),
dict(
    id="voa-2008-09-10-oil-prices-rebound-after-opec-production-cuts-testbig",
    source="http://testbig.com/voa/oil-prices-rebound-after-opec-announces-production-cuts",
    license=VOAC, retrieved=PAGES + " (testbig.com copy of the VOA story 'Oil Prices Rebound After OPEC Announces Production Cuts' under its VOA headline; the line 'Reading audio' dropped; the date line '10 September 2008' kept; the stray mark after 'he said.' and the quotation left open at the end of its paragraph ('... everybody agrees with that') as stored (H800); the stored copy ends with the last paragraph kept)",
    text='''Oil Prices Rebound After OPEC Announces Production Cuts
10 September 2008
Oil prices began bouncing back Wednesday after members of the Organization of the Petroleum Exporting Countries agreed to a modest production cut of 500,000 barrels a day, during a meeting in Vienna. Lisa Bryant reports for VOA from Paris.
In a marathon meeting lasting until early Wednesday, ministers from OPEC's 13 member states agreed to produce a limit of 28.8 million barrels a day. At a news conference, OPEC President Chakib Khelil translated that limit into real terms.
"I think, if you do your own calculation, probably it will be a lowering of production by about 520,000 barrels," he said."
Khelil says the decision takes effect immediately, with a 40-day time frame for it to be implemented. To a certain extent, it comes as a surprise. Earlier indications suggested members might hold production steady, despite plummeting oil prices in recent months, partly because of a restrengthening dollar and tough economic times. They fell below $100 a barrel, Tuesday, for the first time since April.
Khelil suggests that trend might continue, despite OPEC's production cut.
"My hunch is probably the price will still be going down, despite the decisions that we're making," Khelil said. "So, I don't think this will affect the consumers in any way because, first of all, there is an over supply, everybody agrees with that
Analysts are divided over whether prices will continue to fall. Some suggest that more storms such as those that have battered the Caribbean and the United States could cause prices to rise.''',
    quotes=[
        Q('"I think, if you do', '520,000 barrels,"', "Chakib Khelil"),
        Q('"My hunch is probably', "that we're making,\"", "Chakib Khelil"),
        Q('"So, I don\'t think', 'everybody agrees with that', "Chakib Khelil"),
    ],
    aliases={"Chakib Khelil": ["OPEC President Chakib Khelil", "Khelil"]},
),
dict(
    id="voa-2017-02-small-us-company-bucks-trend-adds-manufacturing-jobs",
    source="https://voa.pangea-cms.com/preview/en-US/a/small-us-company-bucks-trend-adds-manufacturing-jobs/3723018.html",
    license=VOA, retrieved=PAGES + " (VOA story 'Small US Company Bucks a Trend, Adding Manufacturing Jobs' on VOA's own preview address; the stored part begins with the lead paragraph, no headline (H701); the paragraph 'Massachusetts Institute of Technology Professor Tom Kochan says automation and international trade has cut one-third of U.S. manufacturing jo', cut in the stored copy, dropped)",
    text='''A rising tide of automation, trade problems and lagging growth in productivity has slashed millions of jobs from the U.S. manufacturing sector. At the same time, a small factory in Northbridge, Massachusetts, has been hiring, expanding and exporting.
Riverdale Mills hopes to grow further by making unusual products and building a strong workforce.
Riverdale makes materials that have revolutionized lobster fishing with unique processes and materials. The company applied lessons from fishing to making security fences, including some that protect borders.
After welding, the wire metal mesh is dunked in a vat filled with tons of molten zinc at a historic building about an hour west of Boston. It's just one part of a complex process used to make many kinds of rust-resistant products.
That process combines skilled people and high-tech innovation. It's helping the company find new markets for updated products, and means while other factories are laying off workers, Riverdale's Dennis Meola is training new employees.
"We have an experienced operator training a new individual," Meola said. "We started a new person today, as a matter of fact."
Riverdale CEO Jim Knott says the company is growing, in part because he sells nearly half of his products overseas. Knott says he needs more than just machines to keep customers happy here and abroad.
"The key to being successful, both globally and in a domestic market, you have to have skilled or trained employees who are capable of making a leadership product that is better than what other people are making throughout the world," he said.
On a recent visit to Riverdale, technicians were upgrading computers and other equipment that helps to run a huge machine that makes hundreds of welds at once. More automation is the reason that U.S. manufacturers produce as much as ever, with ever fewer people.''',
    quotes=[
        Q('"We have an experienced operator', 'new individual,"', "Dennis Meola"),
        Q('"We started a new person', 'matter of fact."', "Dennis Meola"),
        Q('"The key to being successful', 'throughout the world,"', "Jim Knott"),
    ],
    aliases={"Dennis Meola": ["Meola"], "Jim Knott": ["Riverdale CEO Jim Knott", "Knott"]},
),
dict(
    id="voa-le-2016-06-12-meet-the-newest-robots-joining-the-work-force-21voa",
    source="https://www.21voa.com/Special_English/meet-the-newest-robots-joining-the-us-work-force-70058.html",
    license=VOAC, retrieved=PAGES + " (21voa.com copy of the VOA Learning English story under its VOA title; the date line '12 June, 2016' kept; the indentation of the stored lines removed; the photo caption 'Some of the world's largest robot makers recently gathered at the Robo Universe expo in New York City to show off their best working machines. (VOA)', stored twice, dropped; the paragraph '\"You can', cut in the stored copy, dropped)",
    text='''Meet the Newest Robots Joining the Work Force
12 June, 2016
Robots are not new to the industrial world. But as technology keeps getting better, more robots are helping humans in the workplace.
Some of the world's top robot innovators recently gathered at an expo in New York to show off their best machine workers.
One person attending the RoboUniverse expo said robots are important because they can take over tasks humans do not want. The founder and CEO of a new company called Blue Workforce, Preben Hjørnet, said robots will always assist humans, not replace them.
"Robots have no conscience, no self-awareness, so they'll never be social. But they don't need to, to make a service for us," he said.
Tom Moolayil, a technical manager at Universal Robots, agrees.
"Doing a repetitive, mundane task over and over again, I don't think that's a job any person should be doing even for a day," he said.
He added that a lot of companies with these kinds of jobs find it hard to keep workers. But luckily, robots do not mind being bored. They are also experts at repeating a task over and over again.
Advances in technology have made robots very safe.
Universal Robots demonstrated how one of its machines stopped moving after a human fell on it.
Safety is especially important in workplaces such as car factories, where humans and robots work side-by-side.
Designers at Transcend Robotics created a robot for very dangerous jobs, including mining and law enforcement. It has controllable cameras, climbs stairs and travels over rough terrain.
Chief Marketing Officer Alvin Wong said the machine aims to save lives.''',
    quotes=[
        Q('"Robots have no conscience', 'a service for us,"', "Preben Hjørnet"),
        Q('"Doing a repetitive', 'even for a day,"', "Tom Moolayil"),
    ],
    aliases={},
),
]
