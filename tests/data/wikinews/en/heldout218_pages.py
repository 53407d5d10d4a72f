# Held-out English Wikinews texts (tests/data/heldout218-en.jsonl), none of them used in an earlier set. English
# Wikinews pages of 2006-2010 (CC BY 2.5) taken from stored web pages (the `pages` search corpus): Audio Wikinews
# news-brief scripts (News briefs: May 17, 2006, en.m.wikinews.org; the day-category pages of February 24, 2007,
# en.wikinews.org, and April 26, 2008, en.m.wikinews.org, which show that day's brief; News briefs: June 8, 2010,
# en.wikinews.org), a copy of the brief of May 7, 2006 on a site that reprints Wikinews pages (moneymagneters.com),
# whose copy is the only stored one, and an en.wikiactu.com mirror copy of the Wikinews article of December 14, 2011 on
# John Howard and Ian Plimer's book (the mirror keeps the Wikinews CC BY 2.5 notice). None is credited to AP, Reuters, AFP or another third party (Wikinews cites
# agencies as sources, which is its own reporting). Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph or item is dropped (noted in `retrieved`). Site lines ('From Wikinews, the
# free news source you can write!', 'Jump to navigation Jump to search'), audio-credit boxes, the category pages'
# own headings and country labels standing alone on a line ('Iran', 'United States', ...) are dropped; wording,
# spelling ('unsuable', 'Acccord'), spacing inside paragraphs and quotation marks are as stored. Annotated by reading
# the texts, before whosaid was run on them (rules H1385-H1389 in ANNOTATION.md on top of the earlier rules).
WN = "CC BY 2.5 (Wikinews)"
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews page on a site that reprints Wikinews pages)"
WNM = "CC BY 2.5 (Wikinews; mirror copy, Wikinews licence notice kept by the mirror)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout218-en.jsonl

Built by `build.py` from `heldout218_pages.py`. Like heldout21-en, heldout42-en and heldout63-en, these texts are
English Wikinews pages (CC BY 2.5) taken from stored web pages (the `pages` search corpus), none of them used in a set
above, this time five Audio Wikinews news-brief scripts of 2006 to 2010 and one article of 2011: News briefs: May 17,
2006 (en.m.wikinews.org: Aboriginal communities, Ahmadinejad on EU incentives), the brief of May 7, 2006 in a copy on a
site that reprints Wikinews pages (moneymagneters.com: Iran's parliament and the NPT, the Basra helicopter crash), the
day-category pages of February 24, 2007 (en.wikinews.org: the Cumbria Pendolino derailment, Zalmay Khalilzad's apology)
and April 26, 2008 (en.m.wikinews.org: Helen Thomas, councillor Gavin Webb), and News briefs: June 8, 2010
(en.wikinews.org: Tony Hayward on the BP containment cap), and the article 'Former Australian PM helps to launch ‘anti-
warmist manual’' (December 14, 2011, in the en.wikiactu.com mirror copy, which keeps the Wikinews licence notice: Ian
Plimer's book). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, audio boxes, the
mirror's portal box, category headings, country labels, captions and licence lines were dropped; wording and quotation
marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by
their quotations, including the other helpers' worktrees). The annotation (rules H1385–H1389 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2006-05-17-audio-news-brief",
    source="https://en.m.wikinews.org/wiki/News_briefs:May_17,_2006",
    license=WN, retrieved=PAGES + " (the last item 'Rescued Australian miners sign multi-million dollar media deal', whose paragraph is cut in the stored copy, dropped with its headline; 'unsuable' as stored)",
    text='''Wikinews:Briefs/May 17, 2006
The time is 18:00 (UTC) on May 17th, 2006, and this is Audio Wikinews News Briefs.
Culture of violence reported in central Australian Aboriginal communities
Australian media reports that a recently leaked Northern Territory police briefing paper exposes "shocking" cases of sexual abuse and violence against women and children in remote Australian Aboriginal communities. Central Australian Crown prosecutor, Dr Nannette Rogers, detailed a range of "dreadful" cases she had prosecuted.
EU treating Iran "like a 4 year old": Ahmadinejad likens EU incentives to the offer of "walnuts and chocolates" in exchange for gold
In response to European Union offers of a light water reactor in exchange for the halting of Iran's uranium enrichment, Mahmoud Ahmadinejad spoke to supporters in the central city of Arak, dismissing them as being "candy for gold". "They say they want to give us incentives! Do you think you are dealing with a four year old child to whom you can give some walnuts and chocolates and get gold from him?" Ahmadinejad has ruled out any suspension of its nuclear programme, finding its previous halt of two years a "bitter experience".
Half of Australian defence force's munitions of no use
An audit conducted by Australia's Auditor general has found AUD$1 billion worth of munitions (bombs, explosives and ammunition) stockpiled by Australia's defence forces are unusable in their present state. Australia holds AUD$2 billion worth of munition stock. Of the AUD$1 billion considered unsuable, $300 million is unrepairable and needs to be disposed of. The unusable munitions are waiting to be detonated at the Woomera weapons range in remote South Australia.''',
    quotes=[
        Q('"shocking"', None, None),
        Q('"dreadful"', None, "Nannette Rogers"),
        Q('"like a 4 year old"', None, "Mahmoud Ahmadinejad"),
        Q('"walnuts and chocolates"', None, "Mahmoud Ahmadinejad"),
        Q('"candy for gold"', None, "Mahmoud Ahmadinejad"),
        Q('"They say they want', 'gold from him?"', "Mahmoud Ahmadinejad"),
        Q('"bitter experience"', None, "Mahmoud Ahmadinejad"),
    ],
    aliases={"Nannette Rogers": ["Dr Nannette Rogers"],
             "Mahmoud Ahmadinejad": ["Ahmadinejad"]},
),
dict(
    id="wn-en-2006-05-07-audio-news-brief",
    source="http://moneymagneters.com/news-briefsmay-7-2006",
    license=WNS, retrieved=PAGES + " (copy of the Wikinews page 'News briefs:May 7, 2006'; the country labels 'Iran', 'United States', 'Iraq' on lines of their own dropped; the last item 'Sudan will welcome UN Peacekeepers in Darfur', whose paragraph is cut in the stored copy, dropped with its headline and label; curly marks as stored)",
    text='''News briefs:May 7, 2006
The time is 15:30 (UTC) on May 7th, 2006, and this is Audio Wikinews News Briefs.
Iran says it may withdraw from Nuclear Non-Proliferation Treaty
In a letter to the United Nations, Iran’s Parliament has said it may have to withdraw from the Nuclear Non-Proliferation Treaty if pressure to end its nuclear program escalates. The letter to UN Secretary General Kofi Annan stated that if the issues with Iran’s nuclear program are not settled by peaceful methods, then “there will be no option for the parliament but to ask the government to withdraw its signature.”
Human Rights Watch implicates 600+ in war prisoner abuse
A U.S. Army lieutenant colonel is expected to be charged soon in connection with the abuse of detainees at the Abu Ghraib prison in Iraq. The news came on the same day human rights groups released a report charging that abuse of prisoners in U.S. military custody overseas has been widespread and only limited steps have been taken to investigate and punish those involved.
Iraqis celebrate deaths of British troops
A British military helicopter crashed in Basra on Saturday killing four crew members. Local Iraqis filled the surrounding streets celebrating the crash before a clash occurred with British troops upon their arrival. “We can confirm it was a British military helicopter that has crashed and an investigation is ongoing,” a British military spokesman in London said. An AFP reporter on the scene heard from a local policeman that the helicopter was hit by a rocket fired by local militia.''',
    quotes=[
        Q('“there will be no option', 'its signature.”', "Iran’s Parliament"),
        Q('“We can confirm', 'is ongoing,”', None),
    ],
),
dict(
    id="wn-en-2007-02-24-audio-news-brief",
    source="https://en.wikinews.org/wiki/en:Category:February_24,_2007",
    license=WN, retrieved=PAGES + " (the page heading 'Category:February 24, 2007' and the 'From Wikinews' and 'Jump to' lines dropped; the brief's heading 'News briefs' kept as the first line; the paragraph after the one on Al-Hakim's party, cut in the stored copy after its first letter, dropped)",
    text='''News briefs
The time is 21:00 (UTC) on Saturday February 24, 2007, and this is Audio Wikinews News Briefs.
A 9 Carriage Class 390 Pendolino train operated by Virgin Trains, with as many as 180 people onboard, has derailed and crashed in Cumbria, United Kingdom.
All but one carriage have slid down the embankment. Hospital reports early on Saturday morning indicate 1 death, an 80 year old lady. Witnesses said that several passengers had broken bones.
Virgin owner Richard Branson came to the site from his holiday in Switzerland and held a press conference at a safe distance, roughly 200 meters from the site. Branson stated that the Virgin Train Pendolino was "built like a tank". Also investigators have announced that some points may be critical in their investigation, Branson repeated their words.
The President of the Italian Republic, Giorgio Napolitano, has asked Romano Prodi to stay on as Prime Minister, but Prodi will need to pass a confidence vote as soon as possible.
Napolitano stated that Prodi's party l'Unione is ready to support unanimously its Prime Minister, above all after the drafting of the twelve points agreement about the main political issues. The President rejected the proposal from the centre-right opposition to call for fresh elections, because Italy needs a new electoral law, and there was no consensus to form a broad interim government.
The U.S. ambassador to Iraq, Zalmay Khalilzad, apologized today to Abdul Aziz al-Hakim, leader of the largest political party in the Iraqi Council of Representatives, for the detention of his son.
The ambassador said: "I am sorry about the arrest. We don't know the circumstances of the arrest and we are investigating ... but he is being released."
Al-Hakim's party SCIRI suggested on affiliated TV stations that protesters might be sent out onto the streets to show opposition to the arrest.''',
    quotes=[
        Q('"built like a tank"', None, "Richard Branson"),
        Q('"I am sorry about the arrest.', 'being released."', "Zalmay Khalilzad"),
    ],
    aliases={"Richard Branson": ["Branson"], "Zalmay Khalilzad": ["The ambassador"]},
),
dict(
    id="wn-en-2008-04-26-audio-news-brief",
    source="https://en.m.wikinews.org/wiki/Category:April_26,_2008",
    license=WN, retrieved=PAGES + " (the page heading 'Category:April 26, 2008' dropped; the brief's heading 'News briefs' kept as the first line; the intro line with its placeholder 'XX:XX' kept as stored; the second paragraph of the Reno item, 'Where this is particularly unusual ...', cut in the stored copy, dropped)",
    text='''News briefs
It is Saturday, April 26 2008, the time is XX:XX UTC, and this is Wikinews.
Helen Thomas probes White House on torture; online community sends flowers
Wednesday saw long-time White House correspondent, Helen Thomas, bluntly questioning press secretary Dana Perino over the U.S. President's recent confirmation that he approved controversial CIA interrogation policies, including waterboarding.
Thomas asserted that a "credibility gap" now existed between the administration's assertion that the United States does not torture, and this admission that certain interrogation techniques were approved by the President.
The attempt to take the White House to task over torture was publicised on the Internet site, Reddit this Friday. As a sign of approval for the journalist's line of questioning visitors to the site have raised over $3,000 USD to send flowers and other well-wishing gifts.
UK City Councillor suspended from party after expressing controversial views
British Liberal Democrat councillor, Gavin Webb, has been suspended from the party after making controversial comments on the topics of drugs and prostitution.
On drugs, Webb opined that, "we should legalise the lot, including the most harmful substance heroin". He went on to characterise police action on this issue as a "waste of money". He called for the legalisation of brothels, and handguns, also commenting that driving under the influence of alcohol should be decriminalised.
In addition to the party suspension, Webb may lose his position as a school governor.
Series of earthquakes strikes Reno, Nevada area
Thursday and Friday saw an unusually large number of earthquakes hit the Reno area of U.S. state Nevada. Over 125 quakes, with several above magnitude 3.0 on the Richter scale, struck during the period. This raises the number of quakes in what is the U.S.' third most seismologically active area to over 500 in the last two months.''',
    quotes=[
        Q('"credibility gap"', None, "Helen Thomas"),
        Q('"we should legalise the lot', 'substance heroin"', "Gavin Webb"),
        Q('"waste of money"', None, "Gavin Webb"),
    ],
    aliases={"Helen Thomas": ["Thomas"], "Gavin Webb": ["Webb"]},
),
dict(
    id="wn-en-2010-06-08-audio-news-brief",
    source="https://en.wikinews.org/wiki/News_briefs:June_8,_2010",
    license=WN, retrieved=PAGES + " (the 'From Wikinews' and 'Jump to' lines and the audio credits box ('Wikinews Audio Briefs Credits', 'Produced By', 'Recorded By', 'Written By', 'Listen To This Brief', 'Problems? See our media guide.') dropped; the promo and intro lines kept; the paragraph 'According to CNN, the US federal government's response manager, Adm. Thad Allen, said ...', cut in the stored copy, dropped; the space before the colon in 'Today on Wikinews :' as stored)",
    text='''Wikinews:Briefs/June 8, 2010
Today on Wikinews : BP claims to be capturing 10,000 barrels of oil a day in the Gulf of Mexico; White House journalist Helen Thomas retires after controversial remarks about Israel are aired online; China publicly criticizes North Korea for killing three Chinese nationals; 2 small children are attacked by foxes while they slept and, in history, the first man to measure the true dimensions of the solar system is born in 1625.
Today is Tuesday, June 8th, 2010. I'm Dan Harlow and this is Wikinews.
According to BP's chief executive Tony Hayward the equivalent to 10,000 barrels of oil is being captured each day in the Gulf of Mexico by a containment cap. Around 12,000 to 19,000 barrels are leaking each day, implying that more than half of the oil being released is being captured by the cap.
Tony Hayward expressed his company's intention of restoring the Gulf to its original state, after what has been described by many as one of the worst environmental disasters in the history of the US. "As we speak, the containment cap is producing around 10,000 barrels of oil a day to the surface." Hayward said. When asked about what amount of the leak the oil being captured represented, he claimed it was "the majority, probably the vast majority".
Hayward feels confident that almost all of the leaking oil will be captured in the following week. "We have a further containment system to implement in the course of this coming week which will be in place by next weekend so when those two are in place, we would very much hope to be containing the vast majority of the oil." he said.''',
    quotes=[
        Q('"As we speak,', 'to the surface."', "Tony Hayward"),
        Q('"the majority, probably the vast majority"', None, "Tony Hayward"),
        Q('"We have a further containment', 'of the oil."', "Tony Hayward"),
    ],
    aliases={"Tony Hayward": ["Hayward"]},
),
dict(
    id="wn-en-2011-12-14-former-australian-pm-helps-launch-anti-warmist-manual",
    source="http://en.wikiactu.com/?cat=309",
    license=WNM, retrieved=PAGES + " (en.wikiactu.com mirror copy of the Wikinews article 'Former Australian PM helps to launch ‘anti-warmist manual’'; the mirror's site line 'Wiki Actu en', its date line 'December 14, 2011' and its first, backslash-escaped repeat of the headline, the lines 'From Wikinews, the free news source you can write!' and 'Jump to: navigation, search', the portal box ('Education / Related articles' with its five dated links, the caption of the Alma Mater statue, 'Collaborate! / Pillars of Wikinews writing / Writing an article') and the image caption 'John Howard in Coffs Harbour, NSW Australia in March 2006. / Image: Orangemonkey.' dropped; the third paragraph 'Mr Howard advocated emissions trading in 2007. ... \u201cI proposed an emissions trading scheme and some people...', cut in the stored copy inside its quotation, and the rest of the article dropped; the straight closing mark of the inner quotation before the curly one as stored)",
    text='''Former Australian PM helps to launch ‘anti-warmist manual’
Wednesday, December 14, 2011
Former Australian Prime Minister John Howard supported the launch of a new book “How to Get Expelled from School: A Guide to Climate Change for Pupils, Pundits and Parents”, authored by geology professor Ian Plimer. The book includes 101 questions for students to use to challenge their climate science teachers.
The book follows Professor Plimer’s 2009 “Heaven and Earth”. Professor Plimer said the previous book received feedback from parents concerned about education. This prompted him to address the next book to children. He said, “After Heaven and Earth came out I had many parents write to me and say, ‘Look, what do we do, our kids are being fed activism. I want my children to have the basics of scientists, I don’t want to be fed activism'”.''',
    quotes=[
        Q('‘anti-warmist manual’', None, None),
        Q('“How to Get Expelled', 'and Parents”', None),
        Q('“Heaven and Earth”', None, None),
        Q('“After Heaven and Earth', "activism'”", "Ian Plimer"),
    ],
    aliases={"Ian Plimer": ["Professor Plimer"]},
),
]
