# Held-out English Wikinews texts (tests/data/heldout57-en.jsonl), none of them used in an earlier set. English Wikinews
# articles of 2006-2009 (CC BY 2.5) on politics, crime and courts and sports, taken from stored web pages (the `pages`
# search corpus): two en.m.wikinews.org pages (Slobodan Milosevic found dead in his cell in The Hague, 2006; Boris
# Yeltsin's death, 2007), two en.wikinews.org pages (Illinois Governor Rod Blagojevich arrested on corruption charges,
# 2008; Japan and Australia draw in a World Cup qualifier, 2009) and a copy of the Wikinews article on Alberto Gonzales'
# resignation as US Attorney General (2007) on the tutor1.net Wikinews mirror, which prints the article under a
# '[<< wikinews]' header with its Wikinews 'Sources' list. None is credited to AP, Reuters, AFP or another third party
# (the articles cite news agencies and newspapers as sources, which is Wikinews' own reporting). Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in
# `retrieved`). Site lines, 'Jump to' lines, image captions, 'Sources' lists and archive notices are dropped; wording,
# spelling ('cause' for 'caused', 'cover of'), spacing inside paragraphs and quotation marks are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H282-H284 in ANNOTATION.md on top of H1-H281).
WN = "CC BY 2.5 (Wikinews)"
WNM = "CC BY 2.5 (Wikinews; mirror copy of the Wikinews article)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout57-en.jsonl

Built by `build.py` from `heldout57_pages.py`. Like heldout21-en, heldout28-en, heldout42-en and heldout58-en, these texts
are English Wikinews articles (CC BY 2.5) taken from stored web pages (the `pages` search corpus), none of them used in a
set above, this time on politics, crime and courts and sports from 2006 to 2009: two en.m.wikinews.org pages (former
Yugoslav president Slobodan Milosevic found dead in his cell in The Hague, 2006; former Russian president Boris Yeltsin's
death, 2007), two en.wikinews.org pages (Illinois Governor Rod Blagojevich arrested on corruption charges, 2008; Japan
and Australia draw in a World Cup qualifier in Yokohama, 2009) and a copy of the Wikinews article on US Attorney General
Alberto Gonzales' resignation (2007) on the tutor1.net Wikinews mirror. None is credited to AP, Reuters, AFP or another
third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped
is noted per page). Site lines, captions, source lists and archive notices were dropped; wording and quotation marks are
as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text: no shared 8-word sequence). The annotation (rules H282–H284 in `ANNOTATION.md` on top
of H1–H281) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2006-03-11-slobodan-milosevic-found-dead-in-his-cell",
    source="https://en.m.wikinews.org/wiki/Former_Yugoslavian_president_Slobodan_Milosevic_found_dead_in_his_cell",
    license=WN, retrieved=PAGES + " (mobile page; the file name 'File:Milosevic-1.jpg' after the date line and the image caption '\"Milošević was found lifeless on his bed in his cell at the United Nations detention unit\" (Image missing from Commons: image; log)' dropped; the paragraph 'Milošević was on...', cut in the stored copy, dropped)",
    text='''Former Yugoslavian president Slobodan Milosevic found dead in his cell
Saturday, March 11, 2006
Former Yugoslavian president Slobodan Milošević, 64, has died in the U.N. war crimes tribunal detention center in The Hague, Netherlands. The Serbian Socialist party and UN officials confirmed his death, and Tribunal President Fausto Pocar has ordered an inquiry, which will be done by the Dutch police and the Dutch coroner. A toxicological examination and a full autopsy have also been ordered on Milošević.
A statement said that Milošević "was found lifeless on his bed in his cell at the United Nations detention unit. The guard immediately alerted the detention unit officer in command and the medical officer. The latter confirmed that Slobodan Milošević was dead."
French Foreign Minister Philippe Douste-Blazy said that Milošević died of natural causes. He had been suffering from chronic heart problems and high blood pressure.
March 3 blood samples from Mr. Milošević showed traces of rifampicin, an antibiotic used to treat serious bacterial infections like tuberculosis and leprosy.
Zdenko Tomanović, his defence lawyer, quoted Mr. Milošević as saying, "I have never taken any antibiotic in five years." Mr. Milošević claimed the day before he died that people with an interest in silencing him were trying to poison him.
An adviser to the chief prosecutor reported "He has a proven track record of taking unprescribed medicine, of messing with his medication," and suggested the complete cause of death may never be known.
The trial against Milošević had been delayed 20 times due to health problems. In 2002 judges ordered a psychiatric review to determine the strain the trial was putting on him. In late February the Tribunal denied his petition for a transfer to a hospital in Russia.''',
    quotes=[
        Q('"was found lifeless on his bed', 'Slobodan Milošević was dead."', None),
        Q('"I have never taken any antibiotic', 'in five years."', "Slobodan Milošević"),
        Q('"He has a proven track record', 'messing with his medication,"', None),
    ],
    aliases={"Slobodan Milošević": ["Slobodan Milosevic", "Former Yugoslavian president Slobodan Milošević", "Mr. Milošević", "Milošević"]},
),
dict(
    id="wn-en-2007-04-23-boris-yeltsin-dies-at-76",
    source="https://en.m.wikinews.org/wiki/Boris_Yeltsin,_former_president_of_Russia,_dies_at_76",
    license=WN, retrieved=PAGES + " (mobile page; the 'Sources' list (BBC News Online, Reuters) after the last paragraph dropped)",
    text='''Boris Yeltsin, former president of Russia, dies at 76
Monday, April 23, 2007
Former President of Russia Boris Yeltsin has died at age 76, according to a Kremlin spokesperson.
"Today, at 15:45 (11:45 GMT) Boris Nikolayevich Yeltsin died in the Central Clinical Hospital as a result of a deteriorating cardio-vascular problem," said the spokesperson. Yeltsin had a history of heart problems.
Boris Nikolayevich Yeltsin (Russian: Бори́с Никола́евич Е́льцин) was the first President of the Russian Federation from 1991 to 1999. The Yeltsin era was a traumatic period in Russian history— marked by widespread corruption, economic collapse, and enormous political and social problems.
Yeltsin maintained a low profile since his resignation, making almost no public statements or appearances. However, on February 1, 2006, Yeltsin celebrated his 75th birthday. He used this occasion as an opportunity to criticize a "monopolistic" United States foreign policy, and to state that Vladimir Putin was the right choice for Russia.''',
    quotes=[
        Q('"Today, at 15:45', 'cardio-vascular problem,"', "Kremlin"),
        Q('"monopolistic"', None, "Boris Yeltsin"),
    ],
    aliases={"Kremlin": ["a Kremlin spokesperson", "the spokesperson"],
             "Boris Yeltsin": ["Former President of Russia Boris Yeltsin", "Boris Nikolayevich Yeltsin", "Yeltsin"]},
),
dict(
    id="wn-en-2007-08-27-us-attorney-general-alberto-gonzales-resigns",
    source="http://tutor1.net/wikinews/77796",
    license=WNM, retrieved=PAGES + " (mirror copy; the header '[<< wikinews]' before the headline and the '== Sources ==' list (The Washington Post, The New York Times, CNN, a Department of Justice press release) dropped)",
    text='''U.S. Attorney General Alberto Gonzales resigns
Monday, August 27, 2007
US Attorney General Alberto Gonzales, after several months of controversy, today announced his resignation after 13 years of public service. He will leave office on September 17, 2007. While he did not elaborate on the circumstances of his departure, he referred to his tenure as a "remarkable journey" and said he had "lived the American dream."
Critics of the embattled Attorney General have called for his ousting for several months, largely over his conflicts with the US Congress over the Bush Administration's warrant-less wiretapping program, and his firing of nine US attorneys.
Observers have expressed surprise at the sudden announcement, as Gonzales had said as recently as the weekend of the 18th of August that he had planned to stay through the end of President Bush's second term.
Critics of the Attorney General, most notably Harry Reid, majority leader for the US Senate, have welcomed the announcement, as Gonzales had been one of the most controversial members of the Bush Administration.
President Bush spoke on his "close friend's" resignation saying that he has reluctantly accepted the resignation, but noted that Gonzales' name had been "dragged through the mud for political reasons." Throughout the recent controversy Bush has stood next to Gonzales. Paul Clement, the current Solicitor General, will serve as the acting Attorney General until a replacement has been confirmed by the Senate.''',
    quotes=[
        Q('"remarkable journey"', None, "Alberto Gonzales"),
        Q('"lived the American dream."', None, "Alberto Gonzales"),
        Q('"close friend\'s"', None, "Bush"),
        Q('"dragged through the mud', 'for political reasons."', "Bush"),
    ],
    aliases={"Alberto Gonzales": ["US Attorney General Alberto Gonzales", "Gonzales"],
             "Bush": ["President Bush"]},
),
dict(
    id="wn-en-2008-12-09-governor-of-illinois-arrested-on-suspicion-of-corruption",
    source="http://en.wikinews.org/wiki/Governor_of_Illinois_arrested_on_suspicion_of_corruption",
    license=WN, retrieved=PAGES + " (the 'Jump to' and 'From Wikinews' lines and the image caption 'Rod Blagojevich. / Image: United States Congress.' dropped; the paragraph 'On December 8, Blagojevich responded to the reports tha...', cut in the stored copy, dropped)",
    text='''Governor of Illinois arrested on suspicion of corruption
Tuesday, December 9, 2008
The Democratic governor of Illinois in the United States, Rod Blagojevich, 51, along with his chief of staff John Harris, 46, were arrested Tuesday morning by the FBI on federal corruption charges.
The Chicago Tribune reports that federal agents raided Blagojevich's home this morning and took him into federal custody. The arrest comes after a three-year investigation into Blagojevich's "pay-to-play politics."
Specifically, the Department of Justice alleged that Blagojevich attempted to sell the Senate seat previously held by President-elect Barack Obama. Blagojevich, as governor, has the sole authority to appoint someone to complete Obama's term. Authorities believe the process to select a new senator was tainted after authorities secretly recorded several of Blagojevich's conversations. They believe that he was attempting to sell the seat in exchange for financial benefit for himself and his wife.
Documents from the FBI and from U.S. attorney Patrick Fitzgerald identify the people whom Blagojevich was considering as Senate Candidates 1, 2, 3, 4, and 5. According to Fitzgerald's press release, Blagojevich told an advisor that he wanted to "get some (money) up front, maybe."
In Illinois, a new state ethics law will take effect on January 1, 2009, so Blagojevich was trying to embezzle as much money as he could before that date, said Fitzgerald.
Authorities also believe that Blagojevich was trying to withhold state financial assistance from the owner of the Tribune, the Tribune Company, which recently filed for bankruptcy protection. They allege he was trying to get members of the editorial board of the Chicago Tribune fired by threatening to complicate the sale of Wrigley Field by Tribune Company.''',
    quotes=[
        Q('"pay-to-play politics."', None, None),
        Q('"get some (money) up front, maybe."', None, "Rod Blagojevich"),
    ],
    aliases={"Rod Blagojevich": ["Blagojevich"]},
),
dict(
    id="wn-en-2009-02-13-japan-australia-draw-in-world-cup-qualifier",
    source="https://en.wikinews.org/wiki/Japan,_Australia_draw_in_World_Cup_qualifier",
    license=WN, retrieved=PAGES + " (the line 'From Wikinews, the free news source you can write!', the note 'Some information contained in this article was obtained from television, radio, or live webcast sources. ...' and the archive notice after the last paragraph dropped)",
    text='''Japan, Australia draw in World Cup qualifier
Friday, February 13, 2009
Australia and Japan played out a scoreless draw in front of sixty five and a half thousand spectators at Yokohama International Stadium in Japan. Both countries are expected to go through to the World Cup in South Africa.
The Australians sustained heavy pressure throughout the match, they managed to defend effectively. The pressure however cause three players to be booked by the referee. Namely Scott Chipperfield (after 21 minutes), Luke Wilkshire (25 minutes) and Carl Valeri (1 minute into 2nd half added time).
Japan managed to open up Australia's left hand side and create a number of chances up front. Unfortunately for the Japanese, the chances resulted in corners and near misses at best.
"It's a great result," said Tim Cahill, Australia's makeshift striker. "They've had five weeks preparing, we've had two days. We will take that result - and I'm sure they will too."
The result sees them two wins clear of Bahrain, who would play-off for fifth overall in Asia if qualification happened after four games per team.
"You've got to look at the table," Cahill said. "We're six points clear of the team in third (Bahrain). We're sitting pretty and so are Japan."
"It's frustrating not to take three points at home," said Japan coach Takeshi Okada, who had admitted his job was in trouble. "We did everything but put the ball in the net. But it's about qualifying for the World Cup. We have four games left and have to keep pushing."''',
    quotes=[
        Q('"It\'s a great result,"', None, "Tim Cahill"),
        Q('"They\'ve had five weeks', 'sure they will too."', "Tim Cahill"),
        Q('"You\'ve got to look at the table,"', None, "Tim Cahill"),
        Q('"We\'re six points clear', 'and so are Japan."', "Tim Cahill"),
        Q('"It\'s frustrating not to take', 'points at home,"', "Takeshi Okada"),
        Q('"We did everything but', 'keep pushing."', "Takeshi Okada"),
    ],
    aliases={"Tim Cahill": ["Cahill"], "Takeshi Okada": ["Japan coach Takeshi Okada"]},
),
]
