# Held-out English news pages (tests/data/heldout209-en.jsonl), none of them used in an earlier set. Voice of America
# stories on US politics, elections, Congress and immigration (VOA is a US government broadcaster; its texts are works of
# the US government in the public domain, 17 U.S.C. § 105), taken from stored web pages (the `pages` search corpus): five
# voanews.com / voacambodia.com reports of 2007-2008 by Deborah Tate, Jim Malone, Jeffrey Young and Kent Klein (the
# Senate's defeat of the 2007 immigration reform bill; the Obama-McCain campaign after the second presidential debate, in
# its final week and after the conventions; the Indiana and North Carolina primaries of 2008) and two VOA correspondent
# reports of 2023 on the US-Mexico border (the end of Title 42; migrant crossings at Eagle Pass) as copied by the Chinese
# learner site listeningexpress.com. None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# Site lines ('Accessibility links', 'Breaking News', 'News'), the learner site's tool lines (源 稿 窗 ...), the player
# line 'No media source currently available' and image captions are dropped; headlines are kept as a first line where
# the copy has them; wording, spacing inside paragraphs, inline datelines and quotation marks are as stored. Annotated by
# reading the pages, before whosaid was run on them (rules H1335-H1338 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "site lines 'Accessibility links' and 'Breaking News' dropped"
DROP_LE = "the learner site's tool lines ('源 稿 窗', '在文章中双击或划词查词典', '字号 +', '字号 -', '折叠显示', '全文显示') and the player line 'No media source currently available' dropped; no headline in the stored copy"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout209-en.jsonl

Built by `build.py` from `heldout209_pages.py`. Like earlier VOA sets, these texts are Voice of America stories (public
domain, US government works, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus), none of them used
in a set above, this time on US politics, Congress and immigration: the Senate's vote that blocked the 2007 immigration
reform bill (Ted Kennedy; voanews.com), three reports on the 2008 presidential campaign (Barack Obama and John McCain
after the second debate, voacambodia.com; the campaign's final week, voanews.com; McCain and Sarah Palin after the
conventions, voanews.com), the wrap of the Indiana and North Carolina primaries of 2008 (Barack Obama and Hillary
Clinton's television ads; voanews.com) and two VOA correspondent reports of 2023 from the US-Mexico border (the end of
Title 42: Alejandro Mayorkas, Priscilla Orta; migrant crossings at Eagle Pass: a U.S. Customs and Border Protection
official; copies on the learner site listeningexpress.com). None is credited to AP, Reuters, AFP or another third party.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Site lines, the learner site's tool lines, player lines and captions were dropped; wording and quotation marks are
as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by distinctive
phrases of each text, including the other helpers' worktrees). The annotation (rules H1335–H1338 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2007-06-28-us-senate-blocks-major-immigration-reform-bill",
    source="https://www.voanews.com/a/a-13-2007-06-28-voa52/405968.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph with David Vitter's quotation '\"This recent vote was a great victory, ...', cut in the stored copy, dropped)",
    text='''US Senate Blocks Major Immigration Reform Bill
The U.S. Senate has again blocked a sweeping immigration reform bill, handing a key defeat to President Bush, who has made the issue a top domestic priority. The Senate action Thursday likely dooms the legislation until after next year's presidential election. VOA's Deborah Tate reports from Capitol Hill.
The Senate voted 46 to 53 to limit debate and move the bill to a final vote. Under Senate rules, 60 votes were necessary in the 100-member chamber to move the bill forward.
The legislation called for tougher border security, a temporary worker program, and an immediate granting of legal status for the estimated 12 million illegal immigrants in the United States.
Senator Ted Kennedy was a key supporter of the bill.
"Year after year we have had the broken borders. Year after year we have had the exploitation of workers. Year after year we see the people that have lived in fear within our own borders of the United States of America," he said. "This is the opportunity to change it. Now is the time."
But his appeal was not enough to overcome the opposition, much of which came from lawmakers of President Bush's own Republican Party. They argued the bill would not go far enough in securing U.S. borders and would reward immigrants who came to this country illegally with the promise of U.S. citizenship.
But many Democrats, and their labor union allies, also opposed the measure because, they argued, the temporary worker provision would create an underclass of cheap laborers.
Immigrant advocate groups also criticized the legislation's limits on family migration.
A grassroots campaign by various groups opposing the bill resulted in a flood of phone calls to lawmakers urging defeat of the measure.
Senator David Vitter, a Louisiana Republican and vocal opponent of the bill, says that had an impact on senators.''',
    quotes=[
        Q('"Year after year we have had the broken', 'United States of America,"', "Ted Kennedy"),
        Q('"This is the opportunity', 'Now is the time."', "Ted Kennedy"),
    ],
    aliases={"Ted Kennedy": ["Senator Ted Kennedy"]},
),
dict(
    id="voa-en-2008-10-09-economy-dominates-us-election-campaign",
    source="https://www.voacambodia.com/a/a-40-2008-10-09-voa7-90160412/1354178.html",
    license=PD, retrieved=PAGES + " (VOA's Khmer service site voacambodia.com, English story; " + DROP_NAV + "; the paragraph 'Both campaigns have launched negative campaign ads ...', cut in the stored copy, dropped)",
    text='''Economy Dominates US Election Campaign
The day after their second presidential debate, White House contenders Barack Obama and John McCain were back on the campaign trail and focused on the troubled U.S. economy. VOA National correspondent Jim Malone reports from Washington.
Democratic nominee Barack Obama took his campaign to the Midwest state of Indiana, which has traditionally been a Republican stronghold in presidential elections.
As he did in Tuesday's debate, Obama spent a lot of time talking about the weakened U.S. economy.
But he also promised leadership if elected in November.
"I'm here today to tell you that there are better days ahead," Obama said. "I know these times are tough and I know that many of you are anxious about the future, but this isn't the time for fear or for panic. This is time for resolve and steady leadership."
Obama noted that his Republican opponents, Senator John McCain and his running mate, Alaska Governor Sarah Palin, have launched new attacks on his character in recent days.
Obama said it was an attempt to divert voter attention away from the troubled economy and that it would not work.
"It's about Americans who are losing their jobs, Americans who are losing their homes, Americans who are losing their life savings," Obama said. "I can take four more weeks of John McCain's attacks, but the American people can't take four more years of John McCain's Bush policies."
Senator McCain and Governor Palin campaigned in the northeastern state of Pennsylvania, an important battleground state in the November 4 election.
McCain was greeted by an enthusiastic crowd that broke into a chant of No-Bama as he questioned Obama's record during the rally.
"You know, we have all heard what he has said. But it is less clear what he has done or what he will do," McCain said.''',
    quotes=[
        Q('"I\'m here today', 'better days ahead,"', "Barack Obama"),
        Q('"I know these times are tough', 'steady leadership."', "Barack Obama"),
        Q('"It\'s about Americans', 'their life savings,"', "Barack Obama"),
        Q('"I can take four more weeks', 'Bush policies."', "Barack Obama"),
        Q('"You know, we have all heard', 'what he will do,"', "John McCain"),
    ],
    aliases={"Barack Obama": ["Democratic nominee Barack Obama", "Obama"], "John McCain": ["Senator John McCain", "Senator McCain", "McCain"]},
),
dict(
    id="voa-en-2008-10-28-economy-remains-focus-in-final-days-of-campaign",
    source="https://www.voanews.com/a/a-13-2008-10-28-voa26/406270.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'Obama was quick to fire ...', cut in the stored copy, dropped)",
    text='''Economy Remains Focus in Final Days of US Election Campaign
The longest presidential election campaign in U.S. history is in its final week, and Democrat Barack Obama continues to hold a lead in the polls over Republican John McCain. Both candidates are focused on the economy in the final days of the campaign, and on a small group of states that hold the key to victory on November 4. VOA national correspondent Jim Malone reports from Washington.
Senator Barack Obama leads Senator McCain by an average of seven points in the national polls. More importantly, Obama is seen as leading in the state-by-state electoral vote tally that determines who will be the next president.
But McCain remains undaunted by the long electoral odds in the final week of the campaign. He spoke to a rally in Hershey, Pennsylvania.
"I have fought for you most of my life, and in places where defeat meant more than returning to the Senate," said McCain. "There are other ways to love this country, but I have never been the kind to back down when the stakes are high."
In the final days of the campaign, McCain is hammering Obama's tax proposals as a thinly disguised Democratic effort to redistribute wealth from rich to poor.
"There is nothing fair about driving our economy into the ground," he said. "We all suffer when that happens. And that is the problem with Senator Obama's approach to our economy. He is more interested in controlling wealth than creating it."
Democrat Obama also campaigned in Pennsylvania in the rain at an outdoor rally near Philadelphia.
At each stop, Obama urges his supporters to get out and vote early if they can, warning against the complacency of enjoying a lead in the polls.
"And that is why in this last week that we cannot afford to slow down or to sit back or to let up, whether it is rain or sleet or snow," he said. "We are going to go out and we are going to vote because there is too much at stake!"''',
    quotes=[
        Q('"I have fought for you', 'returning to the Senate,"', "John McCain"),
        Q('"There are other ways', 'stakes are high."', "John McCain"),
        Q('"There is nothing fair', 'into the ground,"', "John McCain"),
        Q('"We all suffer', 'than creating it."', "John McCain"),
        Q('"And that is why', 'sleet or snow,"', "Barack Obama"),
        Q('"We are going to go out', 'much at stake!"', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["Democrat Barack Obama", "Senator Barack Obama", "Democrat Obama", "Obama"], "John McCain": ["Republican John McCain", "Senator McCain", "McCain"]},
),
dict(
    id="voa-en-2008-05-01-us-candidates-appeal-to-voters-wallets",
    source="https://www.voanews.com/a/a-13-2008-05-01-voa45-66648382/557547.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph with John McCain's quotation '\"We want a system of health care ...', cut in the stored copy, dropped; the fragment 'These days, it costs ... tank,\"' has no opening mark in the stored copy and is kept as stored (H1336))",
    text='''US Candidates Appeal to Voters' Wallets Ahead of Next Primary
With primary elections coming up on 6 May in the Midwestern state of Indiana and the southern east coast state of North Carolina, Democratic Party presidential contenders Senators Barack Obama and Hillary Clinton are telling voters they have plans to create jobs and cut fuel prices. The presumptive Republican nominee Senator John McCain is also hitting economic issues. Meanwhile, Senator Obama is trying to put as much distance as possible between his campaign and his controversial Chicago minister. VOA's Jeffrey Young has this week's wrap of U.S. political events.
Economic issues are dominating the political discussion in the primary election battleground states of Indiana and North Carolina. Both Democratic presidential candidates are saturating those states with television ads designed to tap into voter's anxieties.
Senator Clinton's ads zero in on Indiana's shrinking industrial sector. "I think this election, particularly here in Indiana, is about jobs, jobs, jobs," says one ad.
Senator Obama aims his pitch in the same direction.
"All across Indiana, and my home state next door [in Illinois], folks know we desperately need change," says Obama. "Gas near four dollars. Jobs leaving. Health care we cannot afford."
Clinton and Obama have put the spotlight directly on the fuel pump.
These days, it costs $50 (U.S.) to fill up the [car fuel] tank," says Clinton's ad. "How can Indiana families afford that? Hillary Clinton knows it is time to act."
In his ad, Barack Obama promises to reign in the big oil companies. "They [oil companies] will pay a penalty on windfall profits. We will invest in alternative energy, create jobs, and free ourselves from foreign oil," says Obama.''',
    quotes=[
        Q('"I think this election', 'jobs, jobs, jobs,"', "Hillary Clinton"),
        Q('"All across Indiana', 'need change,"', "Barack Obama"),
        Q('"Gas near four dollars', 'cannot afford."', "Barack Obama"),
        Q('"How can Indiana families', 'time to act."', "Hillary Clinton"),
        Q('"They [oil companies]', 'foreign oil,"', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["Senator Obama", "Obama"], "Hillary Clinton": ["Senator Clinton", "Clinton"]},
),
dict(
    id="voa-en-2008-09-05-mccain-obama-campaign-after-conventions",
    source="http://www.voanews.com/a/a-13-2008-09-05-voa49/400532.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + " and the section label 'News'; the paragraph 'Senator Obama campaigned in a factory in the ...', cut in the stored copy, dropped)",
    text='''McCain, Obama Campaign After Conventions
Now that the U.S. political conventions are over, the candidates for President and Vice President have begun the final two months of intense campaigning. VOA's Kent Klein reports from Washington.
One day after their party's convention concluded, the Republican presidential nominee, Senator John McCain, and his vice presidential running mate, Alaska state Governor Sarah Palin, started campaigning together in so-called "battleground" states, which will be critical for victory in the November election.
At a rally in the small town of Cedarburg, in the north central state of Wisconsin, Palin praised McCain for consistently supporting the U.S. troop surge in Iraq. Palin called the Democratic presidential nominee, Senator Barack Obama, "wrong on a vital national security issue," and said McCain was one of very few people in Washington who initially believed the surge would succeed.
"It seems to me there was one leader in Washington who did predict success, who refused to call retreat, and risked his own career for the sake of the surge and victory in Iraq, and ladies and gentlemen, that man is standing right next to me, Senator John McCain," she said.
Later, McCain told the crowd he acknowledges that the U.S economy is in trouble, but said his economic plan is better than Obama's.
"I will keep taxes low and cut them where I can," he said. "My opponent will raise your taxes. I will open new markets to our goods and services. My opponent will close them. I'll cut government spending. He wants to increase it. Look at his record. My tax cuts will create jobs. His tax increases, increases. He wants to increase your taxes, and he will eliminate them."
The emphasis on the economy took on greater urgency Friday, with news that the United States lost 84,000 jobs in August, driving the nation's unemployment rate to a five-year high of 6.1 percent.''',
    quotes=[
        Q('"battleground"', None, None),
        Q('"wrong on a vital national security issue,"', None, "Sarah Palin"),
        Q('"It seems to me', 'Senator John McCain,"', "Sarah Palin"),
        Q('"I will keep taxes low', 'where I can,"', "John McCain"),
        Q('"My opponent will raise', 'will eliminate them."', "John McCain"),
    ],
    aliases={"Sarah Palin": ["Alaska state Governor Sarah Palin", "Palin"], "John McCain": ["Senator John McCain", "McCain"]},
),
dict(
    id="voa-en-2023-05-11-as-title-42-ends-confusion-reigns-at-border",
    source="https://listeningexpress.com/englishreading/voacorr/2023/05/voacorr-2023-05-11-As-Title-42-Ends,-Confusion-Reigns-at-US-Mexico-Border.html",
    license=PDC, retrieved=PAGES + " (copy of the VOA correspondent report 'As Title 42 Ends, Confusion Reigns at US-Mexico Border' on the learner site listeningexpress.com; " + DROP_LE + "; the dateline 'BROWNSVILLE, TEXAS —' is inline and kept as stored; the paragraph 'For the communities along the border, ...', cut in the stored copy, dropped)",
    text='''BROWNSVILLE, TEXAS —Title 42, the emergency health order used during the COVID-19 pandemic at the U.S.-Mexico border to quickly expel migrants back to Mexico or to their home country, ends Thursday night at midnight.
The Biden administration introduced strict asylum measures that, Department of Homeland Security Secretary Alejandro Mayorkas says, will lead to the expulsion of the majority of migrants at the border, where some border analysts say about 150,000 people are waiting to enter the U.S.
"This is what will happen: You will be returned," Mayorkas told a Washington news conference on Wednesday. "Our border is not open."
At the border, migrants are confused about what to do next. Priscilla Orta, an immigration lawyer in Brownsville, Texas, has been crossing the border into Matamoros, Mexico, every week to explain to migrants the process they're about to face.
"If you enter under any other circumstances besides the app, or just prescheduled appointment, you will not be considered eligible for asylum, which, having worked day in and day out with people who are waiting, especially here in Matamoros, that is precisely what they're seeking: an opportunity to apply for asylum," she told VOA.
With the end of Title 42, Orta is advising migrants to use the CBPOne app to secure an appointment and letting them know that if they cross without authorization, they will be removed immediately. But even with an additional 1,000 appointments available on the app, people are waiting for some time.
Neris Arruaz arrived in Matamoros a month ago and is still not sure when her family will be able to present themselves at a port of entry. She was an accountant in Cuba. If she crosses to the U.S., she says she has plans to become an entrepreneur and help her family get ahead.''',
    quotes=[
        Q('"This is what will happen', 'be returned,"', "Alejandro Mayorkas"),
        Q('"Our border is not open."', None, "Alejandro Mayorkas"),
        Q('"If you enter under any other', 'apply for asylum,"', "Priscilla Orta"),
    ],
    aliases={"Alejandro Mayorkas": ["Department of Homeland Security Secretary Alejandro Mayorkas", "Mayorkas"], "Priscilla Orta": ["Orta"]},
),
dict(
    id="voa-en-2023-09-21-texas-city-sees-jump-in-irregular-migrant-crossings",
    source="https://listeningexpress.com/englishreading/voacorr/2023/09/voacorr-2023-09-21-Texas-City-Sees-Jump-in-Irregular-Migrant-Crossings.html",
    license=PDC, retrieved=PAGES + " (copy of the VOA correspondent report 'Texas City Sees Jump in Irregular Migrant Crossings' on the learner site listeningexpress.com; " + DROP_LE + "; the dateline 'WASHINGTON —' is inline and kept as stored; the paragraph with Rolando Salinas Jr.'s quotation '\"The emergency declaration grants us ...', cut in the stored copy, dropped)",
    text='''WASHINGTON —U.S. immigration authorities reported a significant uptick in unauthorized border crossings at the U.S.-Mexico border Thursday, particularly in areas like Eagle Pass, Texas, where the mayor has issued a state of emergency.
U.S. Border Patrol officers apprehended about 9,000 migrants along the entire border in a 24-hour period, according to media reports on Wednesday. VOA asked Border Patrol to confirm the number of apprehensions, but an official, who spoke on background, said they were waiting to release monthly migrant encounter numbers.
The noticeable rise in migrant arrivals in Eagle Pass strained local resources and overwhelmed already crowded facilities.
On Wednesday evening between 500 and 800 migrants, mostly from Venezuela, were waiting to be processed by Border Patrol officials under the Eagle Pass-Piedras Negras International Bridge, one of the two bridges in Eagle Pass.
A U.S. Customs and Border Protection official told VOA on background - a method often used by U.S. officials to share information with reporters without being identified - that CBP suspended crossings at Eagle Pass to help with the influx of migrants over the last few days.
"But we anticipate reopening it once they [border officers] are done dealing with [migrants] today," the official said by phone, adding that traffic was being diverted to another bridge in the same area.
"There are times that we have to close the ports. We just simply divert traffic to other ports of entry," the spokesperson said.
After the increased number of unauthorized crossings, Eagle Pass Mayor Rolando Salinas Jr. signed an emergency declaration. In recent years, the region has become accustomed to regulating migration as it became a heavily used point for newcomers to cross into the U.S.''',
    quotes=[
        Q('"But we anticipate reopening', '[migrants] today,"', "U.S. Customs and Border Protection"),
        Q('"There are times that we have', 'ports of entry,"', "U.S. Customs and Border Protection"),
    ],
    aliases={"U.S. Customs and Border Protection": ["CBP"]},
),
]
