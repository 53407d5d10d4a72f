# Held-out English news pages (tests/data/heldout102-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on diplomacy, wars and protests in the Middle East, Russia, Ukraine and
# Europe, works of the US government in the public domain: the Munich agreement on a 'cessation of hostilities' in Syria
# (2016), Kofi Annan's Syrian cease-fire (2012), John Kerry and Sergei Lavrov on the Crimean referendum (2014), Kerry and
# Javad Zarif before the Iran nuclear deadline (2014, VOA's preview address voa.pangea-cms.com), Russian shelling of Kyiv
# (2022, VOA's Zimbabwe service voazimbabwe.com), the Ukrainian opposition and Viktor Yanukovych's power-sharing offer
# (2014) and Cairo protesters after Hosni Mubarak's speech of February 10, 2011 (2011). None is marked as from AP, Reuters
# or AFP (Reuters is cited inside one story as a source, which is VOA's own reporting). Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation
# and section lines, photo captions (also when stored twice), bylines, video boxes, a sidebar box and the 'VOA News'
# byline box are dropped, and the indentation of the older voanews.com/content pages removed; wording, spelling
# ('the the', 'Volodymr', 'Valdimir', 'Yanukovich' beside 'Yanukovych'), spacing inside paragraphs and quotation marks
# (straight, curly or mixed, as stored) are kept. Annotated by reading the pages, before whosaid was run on them (rules
# H710-H715 in ANNOTATION.md on top of the earlier rules).
VOA = "public domain (VOA, US government work)"
VOAS = "public domain (VOA, US government work; VOA's Zimbabwe service site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout102-en.jsonl

Built by `build.py` from `heldout102_pages.py`. Like heldout22-en, heldout24-en, heldout84-en, heldout90-en,
heldout93-en and heldout101-en, these texts are stored web pages (the `pages` search corpus) of the Voice of America,
none of them used in a set above, this time news on diplomacy, wars and protests in the Middle East, Russia, Ukraine and
Europe, 2011 to 2022: the Munich agreement of the International Syria Support Group on a 'cessation of hostilities'
(2016), Kofi Annan's Syrian cease-fire (2012), John Kerry and Sergei Lavrov on the Crimean referendum (2014), Kerry and
Javad Zarif before the Iran nuclear deadline (2014, VOA's preview address voa.pangea-cms.com), Russian shelling of Kyiv
on the second day of the 2022 invasion (VOA's Zimbabwe service, voazimbabwe.com), the Ukrainian opposition and Viktor
Yanukovych's power-sharing offer (2014) and Cairo protesters after Hosni Mubarak's speech of February 10, 2011. All are
US government works in the public domain; none is marked as from AP, Reuters or AFP. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Navigation and section
lines, photo captions, bylines, video boxes, a sidebar box and byline boxes were dropped and the indentation of the
older voanews.com pages removed; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text; the only shared 8-word
sequences are one background clause of the Ukrainian power-sharing story, `agreed to re-shuffle his government and amend
controversial new anti-protest laws`, which VOA repeats from its story of the day before in heldout24-en, outside any
quotation). The annotation (rules
H710–H715 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind
one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-syria-cessation-of-hostilities-to-begin-in-a-week-2016",
    source="http://www.voanews.com/content/world-powers-agree-on-cessation-aid-plan-for-syria/3187916.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Middle East', the video box (its title 'World Powers Agree on ‘Cessation,' Aid Plan for Syriai', the player mark 'X', the date line 'February 12, 2016 6:37 AM' and its summary 'World powers have agreed ... VOA's Pam Dockins reports from Munich.') and the byline 'Pamela Dockins' dropped; the indentation of the stored paragraphs and spaces at paragraph ends removed (H710); the paragraph 'The top U.S. diplomat added on a cautionary n...', cut in the stored copy, dropped)",
    text='''Syria: Cessation of Hostilities to Begin in a Week
U.S. Secretary of State John Kerry said Friday major powers have agreed to seek a cessation of hostilities in Syria to begin in one week’s time.
Jan Egeland, the chairman of the the United Nations humanitarian meeting in Germany where the Munich Agreement was reached said it "could be the breakthrough we've been waiting for."
Turkish Foreign Minister Mevlut Cavusoglu wrote on Twitter Friday the move is "an important step on the way to finding a solution to the Syrian crisis."
Russian Prime Minister Dmitry Medvedev, however, has cautioned the world powers about committing their troops to any ground action in Syria.  He said in a statement Friday "a ground operation draws everyone taking part in it into a war."
Kerry told reporters in Munich that the cessation of hostilities will not apply to terrorist groups, including Islamic State, al-Nusra and others. He said the 17-nation International Syria Support Group has agreed that a task force co-chaired by the U.S. and Russia will work to “determine the modalities of a long-term reduction in violence.”
"What we got last night on this cessation of hostilities represents what the opposition wanted," Kerry told reporters.  "They wanted it called and defined as a cessation of hostilities. That is very much in line with their thinking and their hopes."''',
    quotes=[
        Q('"could be the breakthrough', 'waiting for."', "Jan Egeland"),
        Q('"an important step', 'Syrian crisis."', "Mevlut Cavusoglu"),
        Q('"a ground operation', 'into a war."', "Dmitry Medvedev"),
        Q('“determine the modalities', 'in violence.”', "John Kerry"),
        Q('"What we got last night', 'opposition wanted,"', "John Kerry"),
        Q('"They wanted it called', 'their hopes."', "John Kerry"),
    ],
    aliases={"John Kerry": ["Kerry"]},
),
dict(
    id="voa-en-syrian-cease-fire-holds-despite-scattered-violence-2012",
    source="http://www.voanews.com/content/uneasy-quiet-descends-on-syria-147122495/179439.html",
    license=VOA, retrieved=PAGES + " (the section line 'News', the photo caption 'Syrians chanting slogans during a demonstration in Idlib, Syria, April 12, 2012. (AP cannot independently verify ...)', stored twice, and the byline 'Margaret Besheer' dropped; the box 'Kofi Annan's Six-Point Peace Plan' with its six bullet points, printed between two paragraphs, dropped (H710); the indentation of the stored paragraphs and spaces at paragraph ends removed; the paragraph '\"This cease-fire process is very fragile,\" said Ban. ... This is very worrisome.', whose quotation the stored copy cuts before it closes, dropped)",
    text='''Syrian Cease-Fire Holds Despite Scattered Violence
U.N.-Arab League envoy Kofi Annan says he is "encouraged" by reports that a shaky cease-fire between government troops and rebels in Syria seems to be holding, despite scattered violence.
In a briefing on Syria to the U.N. Security Council Thursday, Annan urged the Syrian government to take further steps by removing troops and heavy weapons from major population centers.
The cease-fire is being watched closely by skeptical Western envoys and Syrian opposition groups who are weighing President Bashar al-Assad's good faith in observing the peace plan brokered by Annan.
U.N. chief Ban Ki-moon said the international community must be united if it is going to keep Syria from descending into "chaos."  At a news conference in Geneva, he said he hopes to send observers to the country soon.''',
    quotes=[
        Q('"encouraged"', None, "Kofi Annan"),
        Q('"chaos."', None, "Ban Ki-moon"),
    ],
    aliases={"Kofi Annan": ["Annan"]},
),
dict(
    id="voa-en-kerry-crimean-referendum-a-backdoor-annexation-2014",
    source="http://www.voanews.com/content/kerry-meeting-lavrov-in-another-attempt-at-calm-in-crimea/1870936.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Europe' and the video box (its title 'US Concerned by Russian Troops Along Ukrainian Borderi', stored twice, the player line '|| 0:00:00 ...', the mark 'X', the byline 'Scott Stearns', the date line 'March 15, 2014 2:44 AM' and its summary 'U.S. Secretary of State Kerry and Russian F.M. Lavrov met Friday ... ahead of Sunday referendum in Crimea.') dropped (H710); the indentation of the stored paragraphs removed; the paragraph '\"There will be consequences if Russia does not find a way to change course,\" he said. \"And we don't say tha...', cut in the stored copy, dropped)",
    text='''Kerry: Crimean Referendum a "Backdoor Annexation"
U.S. Secretary of State John Kerry says Russian acceptance of a Crimean referendum to break off from Ukraine and possibly join Russia would be an illegal "backdoor annexation."
Kerry met with Russian Foreign Minister Sergei Lavrov for six hours in London Friday in another effort to defuse the tensions in Crimea.
Kerry called talks Friday with Russian Foreign Minister Sergei Lavrov "constructive and frank" but said that Russia is not prepared to make any decisions on Ukraine until after a referendum in Crimea set for Sunday.
Kerry said the U.S. continues to favor a direct dialogue with Russia and Ukraine. He added that the U.S. does not recognize the legality of a referendum that could see Crimea break away from Ukraine and join Russia.
Kerry said Lavrov made clear that Russian President Vladimir Putin is not prepared to act regarding Ukraine until after the referendum.
Lavrov said in a separate news conference that the talks with Kerry were useful, but the two have "no common vision" on Crimea. He said Russia will "respect the will of the Crimean people," and he criticized the threat of U.S. and EU sanctions on Russia as "counterproductive."
Kerry told reporters in London that there will be an even greater response if Russia further increases tensions in Ukraine.''',
    quotes=[
        Q('"Backdoor Annexation"', None, "John Kerry"),
        Q('"backdoor annexation."', None, "John Kerry"),
        Q('"constructive and frank"', None, "John Kerry"),
        Q('"no common vision"', None, "Sergei Lavrov"),
        Q('"respect the will', 'Crimean people,"', "Sergei Lavrov"),
        Q('"counterproductive."', None, "Sergei Lavrov"),
    ],
    aliases={"John Kerry": ["Kerry"], "Sergei Lavrov": ["Lavrov"]},
),
dict(
    id="voa-en-kerry-zarif-say-iran-nuclear-deal-possible-2014",
    source="https://voa.pangea-cms.com/preview/en-US/a/kerry-zarif-say-irannuclelar-deal-possible-as-deadline-looms/2524237.html",
    license=VOA, retrieved=PAGES + " (VOA's preview address; " + DROP_NAV + "; the photo caption 'U.S. Secretary of State John Kerry (R) and Iranian Foreign Minister Javad Zarif (L) shake hands ...', stored twice, and the closing 'VOA News' byline box ('16x9 Image', 'VOA News', 'The Voice of America provides news and information in more than ...') dropped; the story ends complete before that box)",
    text='''Kerry, Zarif Say Iran Nuclear Deal Possible as Deadline Looms
Secretary of State John Kerry says he is hopeful the U.S. and group of five other world powers can reach a deal with Iran on the country's nuclear program, but that he will not make any predictions.
Negotiators from Iran and the so-called P5+1 group that includes the U.S., Britain, China, France, Russia and Germany are meeting again Tuesday in Vienna.
They have less than a week to reach an agreement before their November 24 deadline.
Speaking Tuesday alongside British Foreign Secretary Philip Hammond, Kerry called this week's talks "critical."
"It's imperative, obviously, that Iran work with us in all possible effort to prove to the world the program is peaceful," he said.
Iranian media quoted Foreign Minister Javad Zarif saying Tuesday that a deal is still possible and expressing caution toward the international side to not make "excessive demands" of Iran.
The two sides have been negotiating for a year trying to agree on a comprehensive pact that ensures Iran's nuclear program is peaceful in exchange for a repeal of sanctions that have hurt the country's economy.
An interim agreement last November called for Iran to curb its most sensitive nuclear activity while receiving targeted sanction relief. The deadline for a wider deal was originally set for July, but with no agreement in place negotiators decided to continue the process for another six months.''',
    quotes=[
        Q('"critical."', None, "John Kerry"),
        Q("\"It's imperative", 'program is peaceful,"', "John Kerry"),
        Q('"excessive demands"', None, "Javad Zarif"),
    ],
    aliases={"John Kerry": ["Kerry"]},
),
dict(
    id="voa-en-russian-shelling-targets-kyiv-on-friday-2022",
    source="https://www.voazimbabwe.com/a/6458835.html",
    license=VOAS, retrieved=PAGES + " (VOA's Zimbabwe service site; " + DROP_NAV + "; the photo caption 'A Ukrainian Army soldier inspects fragments of a downed aircraft in Kyiv, Ukraine, Friday, Feb. 25, 2022. ... (AP Photo/Vadim Zamirovsky)' dropped; the paragraph 'The new U.S. sanctions target Russian banks, ... Biden said thes...', cut in the stored copy, dropped; 'Volodymr' and 'Valdimir' as stored)",
    text='''Russian Shelling Targets Kyiv on Friday
Explosions were heard over Ukraine’s capital early Friday, the second day of Russia’s full-scale invasion of neighboring Ukraine.
The New York Times reported that it had “verified” video of the blasts showing “fiery debris” falling on Kyiv. The Times also said the video “appeared to show at least two surface-to-air missiles being fired near Kyiv before the explosion.”
Sirens were also heard in the western Ukrainian city of Lviv, not far from the Polish border, where many foreign embassies had temporarily relocated.
U.S. Secretary of Defense Lloyd Austin said Thursday evening that Russian troops, entering from Belarus, had advanced to within 32 kilometers of Kyiv.
In northern Ukraine, Russian troops took control of the Chernobyl power plant Thursday. "This is a declaration of war against the whole of Europe,” Ukrainian President Volodymr Zelenskyy said.
Chernobyl is the site of the world’s worst nuclear power plant explosion. Chernobyl and its surrounding area have remained uninhabitable since the 1986 disaster.
Anti-war protesters staged demonstrations across Russia, including in Moscow and St. Petersburg, on Thursday. Officials say at least 1,700 people were arrested.
U.S. President Joe Biden slapped another round of sanctions on Russia Thursday, hours after the invasion.
"[Russian President Valdimir] Putin is the aggressor," Biden said at the White House after meeting virtually Thursday with leaders of the G-7 nations and NATO. "Putin chose this war, and now he and his country will bear the consequences."''',
    quotes=[
        Q('“verified”', None, "The New York Times"),
        Q('“fiery debris”', None, "The New York Times"),
        Q('“appeared to show', 'the explosion.”', "The New York Times"),
        Q('"This is a declaration', 'whole of Europe,”', "Volodymr Zelenskyy"),
        Q('"[Russian President', 'is the aggressor,"', "Joe Biden"),
        Q('"Putin chose this war', 'the consequences."', "Joe Biden"),
    ],
    aliases={"The New York Times": ["The Times"], "Joe Biden": ["Biden"]},
),
dict(
    id="voa-en-ukraine-opposition-cool-to-power-sharing-offer-2014",
    source="http://www.voanews.com/content/police-protesters-clash-in-kyiv/1837502.html?page=1",
    license=VOA, retrieved=PAGES + " (the section line 'News / Europe', the photo caption 'Vitali Klitschko, Head of UDAR (Punch) party, left, ... Jan. 25, 2014.', stored twice, and the byline 'James Brooke' dropped; the indentation of the stored paragraphs removed; the paragraph 'Speaking to a large c...', cut in the stored copy, dropped)",
    text='''Ukraine Opposition Cool to Power-sharing Offer
Police and protesters clashed overnight in Ukraine, hours after embattled President Viktor Yanukovych tried to ease tensions by offering key government posts to two top opposition leaders.
Reuters reported that one of the president's main foes described the offer as a "poisoned" attempt to kill off a protest movement in a country plunged into unrest by Yanukovich's U-turn from the European Union towards Russia.
On Saturday, Yanukovych offered the position of prime minister to Arseniy Yatsenyuk, one of the leaders of the political opposition, which has waged two months of anti-government protests. Opposition leader Vitaly Klitschko, a former international boxing champion, was offered the post of deputy prime minister responsible for humanitarian issues.
News of the offer appeared Saturday on the president's website, a day after he agreed to re-shuffle his government and amend controversial new anti-protest laws.
According to Reuters, Klitschko told the German newspaper Bild am Sonntag, "This was a poisoned offer by Yanukovich to divide our protest movement. We will keep on negotiating and continue to demand early elections. The protest by Ukrainians against the corrupt president must not have been in vain."
A large crowd of protesters blocked a government building with police inside early Sunday in central Kyiv. Demonstrators threw stones and smoke bombs. Police responded with stun grenades and tear gas.''',
    quotes=[
        Q('"poisoned"', None, "Vitaly Klitschko"),
        Q('"This was a poisoned offer', 'been in vain."', "Vitaly Klitschko"),
    ],
    aliases={"Vitaly Klitschko": ["Klitschko"]},
),
dict(
    id="voa-en-mubarak-speech-prompts-egypt-protesters-to-carry-on-2011",
    source="http://www.voanews.com/content/mubarak-speech-prompts-egypt-protesters-to-carry-on-115827724/134855.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Africa', the photo caption 'Anti-government protesters demonstrate in Tahrir Square in downtown Cairo, Egypt, February 10, 2011', stored twice, the byline 'Elizabeth Arrott' and an empty line holding only a space dropped; the paragraph 'The speech marked another shift ... the crowd was happily thinking...', cut in the stored copy, dropped; double spaces after full stops as stored)",
    text='''Mubarak Speech Prompts Egypt Protesters to Carry On
The tension in Cairo is palpable after a chaotic day that saw the hopes of anti-government protesters raised, then dashed when President Hosni Mubarak told the nation he would delegate some powers, but stay on in office.  After newly-empowered Vice President Omar Suleiman then told demonstrators to go home, many planned even bigger protests Friday.
It was the speech the protesters did not want to hear.  After signals from the military that Mr. Mubarak was going to step down, the mood in the square had grown jubilant.  Then the words of the president were relayed on loudspeakers and the expectant crowd grew quiet.  As it became clear the man they want gone was not bidding farewell, the jeers began.   By the end, the anger, sadness and a renewed sense of determination was overwhelming.
One protester said, "He lost the trust of every Egyptian now.  He keeps promising us without doing anything.  In this latest speech, he didn't say anything new.  He just repeated the other speeches and said it again.  We are all disappointed and we want revenge for the people that died for the sake of freedom.  We will not stop at this point.  This is not the end."
A fellow demonstrator also took no comfort in Mr. Mubarak's promise to review the much-hated emergency laws and other concessions they saw as far too little, far too late.  He said, "We get nothing, we get nothing.  We want the regime and the head of the regime down.  We don't want this regime anymore.  This regime is against us, against our freedom, against the Egyptian people."''',
    quotes=[
        Q('"He lost the trust', 'not the end."', None),
        Q('"We get nothing', 'Egyptian people."', None),
    ],
),
]
