# Held-out English texts (tests/data/heldout215-en.jsonl), none of them used in an earlier set. Voice of America
# Standard English stories of 2006-2009 on Latin America and the Middle East, in copies on language-learning sites
# taken from stored web pages (the `pages` search corpus): Israel's settlement policy after Barack Obama's Cairo speech
# (June 2009, hxen.net), Hugo Chavez's quarrels with King Juan Carlos and Alvaro Uribe (November 2007, yingyuke.net),
# Senator Carl Levin on Chavez's allegations (December 2007, tingroom.com) and Venezuelans on Chavez's re-election
# (December 2006, tingroom.com). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# The sites' Chinese labels, date and source lines, bylines and datelines of the correspondents, image captions and
# headlines cut by the sites are dropped; wording, the learner sites' vocabulary numbers glued to words ('remains1',
# 'fascist 5') and quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules
# H1355-H1357 in ANNOTATION.md on top of the earlier rules).

PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout215-en.jsonl

Built by `build.py` from `heldout215_pages.py`. Like heldout124-en and other VOA sets above, these texts are Voice of
America stories taken from stored web pages (the `pages` search corpus), none of them used in a set above, here all in
copies on language-learning sites: Israel's settlement policy after Barack Obama's Cairo speech (June 2009, hxen.net:
Zalman Shoval, Nadia Matar), Hugo Chavez's quarrels with King Juan Carlos of Spain and Alvaro Uribe (November 2007,
yingyuke.net), Senator Carl Levin on Chavez's allegations against the United States (December 2007, tingroom.com) and
Venezuelans on Chavez's re-election (December 2006, tingroom.com: Mauro Vicente Leon, Jose Navarrete). All are US
government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Site labels, date and source lines, bylines, datelines, image captions and headlines cut by the sites were
dropped; wording, the learner sites' vocabulary numbers and quotation marks are as stored. None of these pages is used in
any set above (checked by URL, by the names of their speakers and by distinctive phrases against every existing text,
including the other helpers' worktrees). The annotation (rules H1355–H1357 in `ANNOTATION.md`) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2009-06-06-israel-no-change-in-settlement-policy",
    source="http://www.hxen.net/englishlistening/voaenglish/voastandardenglish/20090606/78725.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of June 2009 on hxen.net, a language-learning site; the site's location line, the label 'VOA常速英语:' before the headline, the date and source line and the audio-download line dropped; the headline kept as the first paragraph; the site's related-articles list after the last paragraph dropped)",
    text='''Israel Says No Change in Settlement Policy after Obama Speech
Israel says it won't change its settlement policy despite new demands by the President of the United States. The settlers have announced their own response to U.S. pressure.
Israel says it will not halt construction in Jewish settlements in the West Bank, despite President Barack Obama's insistence on a settlement freeze. Mr. Obama most recently made the demand Thursday in his Cairo speech to the Muslim world.
The issue has raised tensions between the new, right-wing government of Prime Minister Benjamin Netanyahu and the U.S. administration, which sees the settlements as an obstacle to peace.
Government spokesman Zalman Shoval, a former Israeli ambassador to Washington, says Israel reserves the right to build in existing settlements to accommodate "natural growth."
"No democratic government can be expected to stop people, hundreds of thousands of people, living legally and under the law, wherever they live, of having children or putting up additional buildings. Look, this is not a dispute; this is a fact of life," he said.
As a concession to Washington, Israel has begun dismantling some small, illegal settlement outposts as part of its commitment under the "roadmap" peace plan, but with little success. On Friday, settlers returned to the outpost of Oz Yonatan near the Palestinian-ruled city of Ramallah, after it was dismantled by the army earlier this week.
"Our message is very clear: Obama, no you can't. You can't give away the land of the Bible that belongs to the people of the Bible," said settlement activist Nadia Matar.
Palestinian officials say Mr. Obama's call for a settlement freeze is a good start. But they say the test will be converting words to deeds.''',
    quotes=[
        Q('"natural growth."', None, "Zalman Shoval"),
        Q('"No democratic government', 'a fact of life,"', "Zalman Shoval"),
        Q('"roadmap"', None, None),
        Q('"Our message is very clear', 'people of the Bible,"', "Nadia Matar"),
    ],
    aliases={"Zalman Shoval": ["Government spokesman Zalman Shoval"]},
),
dict(
    id="voa-en-2007-11-27-chavez-remains-magnet-for-controversy",
    source="https://yingyuke.net/a/215710.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of November 27, 2007 by Michael Bowman on yingyuke.net, a language-learning site; the headline, cut by the site ('Venezuela's Chavez Remains Magnet for Controver'), the site's date, author and category line and the dateline lines 'Washington' and '27 November 2007' dropped; the paragraph beginning '\"You, with your insults', cut in the stored copy, dropped)",
    text='''Weeks after being told to "shut up" by the King of Spain, Venezuela's President Hugo Chavez is now engaged in a bitter, highly-personalized war of words with Colombian President Alvaro Uribe. VOA's Michael Bowman reports from Washington, the dual 1 spats 2 come as Venezuelans prepare to vote on constitutional reforms that, if approved, would allow Mr. Chavez to rule indefinitely.
Adherence 3 to protocol 4 and verbal restraint were hard to find at the close of the Ibero-American summit in Santiago, Chile earlier this month. President Chavez repeatedly blasted Spain's former prime minister as a "fascist 5". An irate 6 King Juan Carlos responded with words that have become famous the world over.
He said, "Why don't you shut up?"
Mr. Chavez later demanded an apology, and said relations with Spain would be put on hold.
But just as that controversy 7 was beginning to fade, another erupted late last week when Colombia terminated Mr. Chavez' role as mediator 8 with the country's main leftist rebel group. President Alvaro Uribe accused the Venezuelan leader of interference, saying Mr. Chavez spoke 9 with the head of Colombia's armed forces without Mr. Uribe's consent.
An angry President Chavez was quick to respond. He said he was putting relations with Colombia in the freezer because he had lost confidence in everyone there. He said he did not believe the Colombian government wants peace with the rebels. He said Colombia deserved another president, one with dignity.
Mr. Chavez went on to accuse his Colombian counterpart of being a pawn 10 of U.S. imperialism 11.
Mr. Uribe had words of his own for Mr. Chavez.''',
    quotes=[
        Q('"shut up"', None, "Juan Carlos"),
        Q('"fascist 5"', None, "Hugo Chavez"),
        Q('"Why don\'t you shut up?"', None, "Juan Carlos"),
    ],
    aliases={"Juan Carlos": ["King Juan Carlos", "the King of Spain"], "Hugo Chavez": ["President Chavez", "Mr. Chavez"]},
),
dict(
    id="voa-en-2007-12-02-us-senator-rejects-chavez-allegations",
    source="http://tingroom.com/mobile/index.php?aid=50384&mid=3",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of December 2, 2007 by Brian Wagner on tingroom.com, a language-learning site; the site's name line, the label 'VOA常速英语2007年-' and the headline, cut by the site ('US Senator Rejects Chavez Allegations of Interf'), the date line, the site's notice lines, the byline and the dateline lines 'Caracas' and '02 December 2007' dropped; the paragraph beginning 'Venezuelans voted Sunday', cut in the stored copy, dropped)",
    text='''A leading U.S. senator has rejected allegations by Venezuelan President Hugo Chavez that Washington is seeking to destabilize the South American nation. In Caracas, VOA's Brian Wagner reports Mr. Chavez is in a tightly contested constitutional referendum that could allow him to stay president as long as he likes.
President Chavez has leveled a series of allegations against the United States in recent days, such as forming plans to interfere1 in Sunday's election, topple his government or use CIA agents in Colombia to assassinate2 him.
Late Saturday, the Venezuelan leader renewed a threat to halt oil sales to the United States if attacked.
Mr. Chavez said if the United States harms Venezuela, Americans will have to look for new oil sources because Venezuela will end its supply.
Venezuela is the fourth largest supplier of foreign oil to the United States, and sends more than 60 percent of its production to U.S. facilities.
In Washington, Democratic Senator Carl Levin denied President Chavez's claims, saying there are no such plans to act against Venezuela's government.
"First of all we are not seeking to destabilize him," said Senator Levin. "His policies, his efforts at dictatorship, to amend3 the constitution so he can stay there for life, that is what is destabilizing Venezuela, not our policies."
Senator Levin told CNN television that he doubts Venezuela would actually halt oil sales in any event, because he says it relies heavily on U.S. buyers. He added that threats to stop U.S. oil imports, like those from Mr. Chavez, reinforce the need to develop new sources of energy.''',
    quotes=[
        Q('"First of all', 'destabilize him,"', "Carl Levin"),
        Q('"His policies', 'not our policies."', "Carl Levin"),
    ],
    aliases={"Carl Levin": ["Senator Levin"]},
),
dict(
    id="voa-en-2006-12-05-venezuelans-mull-chavez-re-election-victory",
    source="http://www.tingroom.com/voastandard/2006/12/35956.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of December 5, 2006 by Michael Bowman on tingroom.com, a language-learning site; the site's language menu, the label '2006年VOA标准英语-' before the headline, the date and source line, the byline and the dateline lines 'Caracas' and '05 December 2006' dropped; the headline kept as the first paragraph; the image captions 'Hugo Chavez supporters celebrate his re-election' and 'Hugo Chavez voting in Caracas' dropped; the paragraph beginning 'It is difficult to find anything', cut in the stored copy, dropped)",
    text='''Venezuelans Mull Chavez Re-election Victory
Venezuela remains1 abuzz after Sunday's re-election victory by socialist2 President Hugo Chavez over an opposition3 candidate who was barely known in the country just a few months ago. VOA's Michael Bowman reports from Caracas, reaction is decidedly mixed depending on the political leanings of the people one encounters.
Sitting on the well-manicured grounds of Caracas' Plaza4 Altamira, Mauro Vicente Leon savors5 the day's headlines proclaiming President Chavez' victory. A retired7 mechanic, Leon says there is no mystery as to why the president won.
He says, "Chavez is someone who does what he says. Whatever he promises, he follows through on. He has done so, and he will do so. It is that simple."
Sitting next to Leon is his friend, Jose Navarrete, who says many Venezuelans associate the opposition with previous governments that never followed through on promises made to the poor.
He says, "The opposition, in the years when it was in power, never cared about the poor people. And since Chavez has created so many programs [for the poor], the people adore him, especially those who are dispossessed, who are the most numerous here in Venezuela."''',
    quotes=[
        Q('"Chavez is someone', 'that simple."', "Mauro Vicente Leon"),
        Q('"The opposition, in the years', 'here in Venezuela."', "Jose Navarrete"),
    ],
    aliases={"Mauro Vicente Leon": ["Leon"]},
),
]
