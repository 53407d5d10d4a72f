# Held-out English news texts (tests/data/heldout231-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of Voice of America news articles on Europe and the Middle East, 2013-2015 (voanews.com and VOA's
# preview copy on voa.pangea-cms.com; US government works in the public domain, 17 U.S.C. § 105): Ukraine's protesters
# preparing for the long haul in Kyiv (James Brooke, December 2013), supporters of Mohamed Morsi marching in Cairo (Sharon
# Behn, July 2013), the Maidan protesters vowing to stay until 2015 (Daniel Schearf, March 2014) and Greece's concessions
# before the bailout referendum (VOA News, July 2015). None is credited to AP, Reuters, AFP or another third party. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in
# `retrieved`). VOA's site lines ('Accessibility links', 'Breaking News', 'update'), section lines ('News / Europe', 'News
# / Middle East'), bylines, date and time lines, video-box lines and their summaries, image captions (printed twice) and
# the 'Story continues beneath photo gallery' line are dropped; headlines and subheadings are kept; wording, spacing
# inside paragraphs (double spaces) and quotation marks (straight and curly, as mixed in the copies) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H1435-H1437 in ANNOTATION.md on top of
# H1-H1427).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout231-en.jsonl

Built by `build.py` from `heldout231_pages.py`. Like heldout98-en, these texts are stored web pages (the `pages` search
corpus), none of them used in a set above: four Voice of America news articles on Europe and the Middle East from 2013 to
2015 (voanews.com and VOA's preview copy on voa.pangea-cms.com; US government works in the public domain, 17 U.S.C. §
105): James Brooke on Ukraine's protesters preparing for the long haul in Kyiv, with NATO Secretary-General Anders Fogh
Rasmussen's condemnation of excessive force (December 2013); Sharon Behn on supporters of Mohamed Morsi marching in Cairo
(July 2013); Daniel Schearf on the Maidan protesters vowing to stay until 2015 (March 2014); Alexis Tsipras and Angela
Merkel before Greece's bailout referendum (July 2015). None is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Site and section lines, bylines, date lines, captions and video boxes were dropped; wording and quotation marks
are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by a
distinctive phrase of each text). The annotation (rules H1435–H1437 in `ANNOTATION.md` on top of H1–H1427) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2013-12-05-ukraines-protesters-prepare-for-long-haul",
    source="http://www.voanews.com/content/ukraine-protesters-prepare-for-the-long-haul/1804055.html",
    license=PD, retrieved=PAGES + " (headline kept; the video-box title, date line, video summary, repeated headline and byline 'James Brooke' dropped; the copy ends after the Rasmussen paragraph, whose closing mark is a straight one as stored)",
    text='''Ukraine’s Protesters Prepare for Long Haul
Firewood has been stacked, barbed wire has been strung above steel barricades, and insulated military tents have been pitched. The downtown of one of Europe’s largest cities is now a fortified camp. Anti-government protesters in Kyiv are preparing for the long haul.
Roman Turiy, a rotund beekeeper, predicts a long fight. He motions as if to stretch his 10 centimeter long beard, down to his stomach, and says: “I hope we are not here until my beard is down here.”
His friend, Grigori Koziy, a mustachioed Cossack leader, is organizing distribution of free cups of hot, spicy khulish, or millet porridge. He cites the protesters' main complaint: President Viktor Yanukovych’s sudden refusal to sign a free trade and political association pact with the European Union.
“We are in Europe,” said Koziy. “We want to live under European laws.”
Nearby, paving tiles pried from the square are stacked, in preparation of another attack by riot police.
Video images of last Saturday’s attack on the protest camp sparked a huge reaction among Ukrainians. The next day, as many as one million people marched through central Kyiv, the largest march since the Orange Revolution of 2004.
"Excessive force"
The images of riot police clubbing protesters and journalists - 43 at last count - also sparked Western criticism.
In Brussels,  NATO Secretary-General Anders Fogh Rasmussen, said: “We condemn the use of excessive force against peaceful demonstrators in Ukraine. We call on all parties to refrain from provocations and violence."''',
    quotes=[
        Q('“I hope we are not here', 'down here.”', "Roman Turiy"),
        Q('“We are in Europe,”', None, "Grigori Koziy"),
        Q('“We want to live', 'European laws.”', "Grigori Koziy"),
        Q('"Excessive force"', None, "Anders Fogh Rasmussen"),
        Q('“We condemn the use', 'and violence."', "Anders Fogh Rasmussen"),
    ],
    aliases={"Grigori Koziy": ["Koziy"]},
),
dict(
    id="voa-en-2013-07-19-pro-morsi-protesters-pack-the-streets-of-cairo",
    source="http://www.voanews.com/content/egyptian-security-forces-on-standby-as-protests-heat-up/1705168.html",
    license=PD, retrieved=PAGES + " (headline kept; the caption under it (printed twice), the byline 'Sharon Behn', the line 'Story continues beneath photo gallery' and the gallery caption (printed twice) dropped; the subheading 'Dueling demonstrations' kept; the copy is cut inside the paragraph after it, which is dropped)",
    text='''Pro-Morsi Protesters Pack the Streets of Cairo
Tens of thousands of supporters of ousted president Mohamed Morsi filled the streets of Cairo Friday, demanding the Islamist leader be returned to power. Waving the Egyptian flag and holding up posters, they marched through the summer heat shouting "Morsi is our President!" and "Egypt is Islamic," vowing to die for their cause.
Organized by the Muslim Brotherhood — a group that was banned until the 2011 revolution that toppled former president Hosni Mubarak — the protestors are furious at what they call a military power grab at the expense of democracy.
Their demonstrations are getting bigger, and their slogans more adamant.
One young student marching in downtown Cairo, Mahmoud Tahir, grabbed a bullhorn to lead shouts against Army chief Abdel Fattah el-Sissi, whom the Brotherhood calls a traitor.
Saying that it only responded to the will of the people, Egypt's military ousted Morsi on July 3. Since then, the former leader has been held at an undisclosed location despite calls for his release by the United States and the European Union.
Dueling demonstrations
But the Muslim Brotherhood is rejecting calls by Egypt's interim president Adly Mansour to negotiate an end to the protests and join the new interim government.''',
    quotes=[
        Q('"Morsi is our President!"', None, None),
        Q('"Egypt is Islamic,"', None, None),
    ],
    aliases={},
),
dict(
    id="voa-en-2014-03-12-ukraines-protesters-vow-to-remain-encamped-until-2015",
    source="http://www.voanews.com/content/ukraines-protesters-vow-to-remain-encamped-until-2015/1870073.html",
    license=PD, retrieved=PAGES + " (headline kept; the video-box title, byline 'Daniel Schearf', date line, video summary and repeated headline and byline dropped; the paragraph naming Sergey Kolchanov is kept; the copy is cut inside the next paragraph, his quotation, which is dropped)",
    text='''Ukraine's Protesters Vow to Remain Encamped Until 2015
Russia's moves to annex Ukraine's Crimea have overshadowed the protesters in Kyiv, who remain camped out demanding political reform. Moscow claims the Ukrainian capital is in chaos, with extremists controlling the government and streets. The city center is peaceful, though, and police say volunteers have helped drop crime to levels not seen since the Soviet era.
As world powers argue over the territorial integrity of Ukraine, Kyiv's Independence Square, known as the "Maidan," remains occupied. Hundreds of protesters, who helped oust President Viktor Yanukovich, say they will not leave until corrupt politics in Ukraine are reformed.
The head of the 14th Maidan Self Defense group, Volodymir Pak, has been here since the protests began in November. "At a minimum, [we will stay] until the end of the presidential election [May 25], as well as parliamentary elections at the end of 2015," he said.
Moscow justifies its moves in Crimea by saying extremists took over Kyiv during clashes with security forces that cost nearly a hundred lives.
But, while there are some marauding and menacing-looking gangs, the protest camp is remarkably peaceful.
Joint patrols of volunteer self-defense groups and police are largely responsible, according to Sergey Kolchanov, who helped organize them.''',
    quotes=[
        Q('"Maidan,"', None, None),
        Q('"At a minimum', 'end of 2015,"', "Volodymir Pak"),
    ],
    aliases={},
),
dict(
    id="voa-en-2015-07-01-greece-offers-new-bailout-concessions",
    source="https://voa.pangea-cms.com/preview/en-US/a/greece-defaults-on-imf-loan/2844108.html",
    license=PD, retrieved=PAGES + " (VOA's preview copy; site lines and 'update' dropped; headline kept; the photo caption (printed twice), the line 'Watch related video report by Mil Arcega' and the video box ('please wait', 'No media source currently available', time line) dropped; the copy is cut inside the paragraph on the Greek letter to creditors, which is dropped)",
    text='''Greece Offers New Bailout Concessions
Debt-ridden Greece offered concessions Wednesday on its creditors' demands for more austerity measures, but Prime Minister Alexis Tsipras still urged his nation to vote "no" in a referendum Sunday on the lenders' plan for new restrictions in exchange for more bailout loans.
European leaders contend that a Greek vote against the lenders' plan would amount to Athens withdrawing from the 19-nation euro currency bloc, but Tsipras rejected that argument.
"A 'no' vote is a decisive step for a better agreement, which we will aim to sign straight after the referendum," the prime minister said in a televised speech to his countrymen. " 'No' does not mean a rupture with Europe."
Earlier, Tsipras told Greece's international creditors in a letter that Athens is prepared to accept most of Europe's terms for new bailout money. German Chancellor Angela Merkel rejected new negotiations, telling her country's parliament in Berlin, "We will wait for the referendum. There can be no negotiations on a new aid program before the referendum."''',
    quotes=[
        Q('"no"', None, None),
        Q('"A \'no\' vote', 'the referendum,"', "Alexis Tsipras"),
        Q('" \'No\' does not', 'with Europe."', "Alexis Tsipras"),
        Q('"We will wait', 'the referendum."', "Angela Merkel"),
    ],
    aliases={"Alexis Tsipras": ["Tsipras"], "Angela Merkel": ["German Chancellor Angela Merkel"]},
),
]
