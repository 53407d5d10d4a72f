# Held-out English news pages (tests/data/heldout115-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on courts, elections and peace talks in Africa and Latin America, works
# of the US government in the public domain: the end of Charles Taylor's war crimes trial before the Special Court for
# Sierra Leone (2011, voanews.com/content), the early count of Bolivia's referendum on a fourth term for Evo Morales (2016,
# voanews.com/articleprintview), Colombia resuming peace talks with the FARC (2013, VOA's preview address) and Nigeria's
# president backing the election chief after the poll delay (2011, voanews.com/content). None is marked as from AP,
# Reuters or AFP. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Navigation and section lines ('News / Africa', 'Accessibility links',
# 'Breaking News', 'update'), photo captions (also when stored twice), bylines and video boxes are dropped; headlines are
# kept as first lines; wording, typos ('sais'), spacing inside paragraphs (the double spaces after some full stops) and
# quotation marks (straight or curly, mixed as stored) are kept. Annotated by reading the pages, before whosaid was run on
# them (rules H840-H843 in ANNOTATION.md on top of the earlier rules).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout115-en.jsonl

Built by `build.py` from `heldout115_pages.py`. Like heldout22-en, heldout24-en, heldout84-en, heldout90-en,
heldout93-en, heldout101-en, heldout102-en, heldout104-en and heldout111-en, these texts are stored web pages (the
`pages` search corpus) of the Voice of America, none of them used in a set above, this time on courts, elections and
peace talks in Africa and Latin America, 2011 to 2016: the closing arguments in Charles Taylor's war crimes trial before
the U.N.-backed Special Court for Sierra Leone (2011), the early count of Bolivia's referendum on a fourth term for
President Evo Morales (February 2016, VOA's print view), Colombia resuming its peace talks with the FARC in Havana (2013,
VOA's preview address) and Nigerian President Goodluck Jonathan backing election chief Attahiru Jega after the poll
delay (April 2011). All are US government works in the public domain; none is marked as from AP, Reuters or AFP. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Navigation and section lines, photo captions, bylines and video boxes were dropped; headlines are kept as first
lines; wording, typos, spacing and quotation marks are as stored. None of these pages is used in any set above (checked by URL,
by the names of their speakers and by 8-word overlap with every existing text). The annotation (rules H840–H843 in
`ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-2011-03-charles-taylor-war-crimes-trial-ends",
    source="http://www.voanews.com/content/charles-taylor-war-crimes-trial-ends-verdict-expected-later-this-year-117817998/157655.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Africa' and the photo caption 'Former Liberian President Charles Taylor during his trial at the U.N.-backed Special Court for Sierra Leone in Leidschendam (file)', stored twice, dropped; the paragraph '\"And there is also a perverse sort of logic in this argument. ... unless they do that, the rest of the worl', cut in the stored copy, dropped; the double spaces after full stops as stored)",
    text='''Charles Taylor War Crimes Trial Ends
The war crimes trial of former Liberian president Charles Taylor has ended after more than three years.  A verdict from the U.N.-backed special court is expected later this year.
Mr. Taylor is pleading not guilty to 11 counts of war crimes and crimes against humanity for his alleged support of rebels in neighboring Sierra Leone who murdered, raped, and mutilated civilians during the country's civil war.
Chief prosecutor Brenda Hollis asked judges to find Mr. Taylor guilty on all counts.
"Credible evidence in this case proves this accused guilty beyond a reasonable doubt of each and every count of this indictment," she said.
Mr. Taylor's lead defense attorney Courtenay Griffiths says the prosecution is making assumptions in the absence of proof.
"It is somewhat surprising that there is very little direct evidence to link the accused to the crimes alleged," he said.  "For the most part, this prosecution's attempt to link the accused to the alleged crimes has largely focused on hearsay, circumstantial evidence, and broad assumptions."
Griffiths says prosecutors have "besmirched the lofty ideals of international criminal law by turning this case into a 21st century form of neocolonialism." Hollis says Griffiths overlooks the fact that it was the government of Sierra Leone that asked the United Nations to establish this special court.''',
    quotes=[
        Q('"Credible evidence', 'this indictment,"', "Brenda Hollis"),
        Q('"It is somewhat surprising', 'crimes alleged,"', "Courtenay Griffiths"),
        Q('"For the most part', 'broad assumptions."', "Courtenay Griffiths"),
        Q('"besmirched the lofty', 'neocolonialism."', "Courtenay Griffiths"),
    ],
    aliases={"Brenda Hollis": ["Chief prosecutor Brenda Hollis", "Hollis"],
             "Courtenay Griffiths": ["lead defense attorney Courtenay Griffiths", "Griffiths"]},
),
dict(
    id="voa-2016-02-22-early-count-indicates-morales-losing-bolivia-referendum",
    source="http://www.voanews.com/articleprintview/3201190.html",
    license=VOA, retrieved=PAGES + " (VOA's print view of the story; the lines 'Accessibility links', 'Breaking News' and 'update' and the photo captions 'Bolivia's President Evo Morales speaks during a news conference at the presidential palace in La Paz, Bolivia, Feb. 22, 2016.' and 'An Aymara woman casts her ballot at a polling station during the constitution referendum in El Alto, Bolivia, Feb. 21, 2016.', each stored twice, dropped; the paragraph 'Morales says the charges are dirty tactics designed to divert att', cut in the stored copy, dropped)",
    text='''Early Count Indicates Morales Losing Bolivia Referendum
Bolivia's President Evo Morales is asking the country to wait patiently for the final election result of a referendum to allow him to run for a fourth term, despite indications he has lost.
"I have asked all social groups, those that took part in both the ‘yes’ and ‘no’ campaigns, to show great serenity and responsibility in waiting for the final result from the Supreme Electoral Tribunal," Morales said Monday.
He added that he will respect the outcome either way.
Partial official results from Sunday's referendum show the "no" vote at about 60 percent. Vote tallies are still coming in from rural areas where Morales has strong support.
Exit polls published by private media indicate a close vote, but also show the "no" vote winning.
Morales, Bolivia's first indigenous leader, wants to run for a fourth consecutive term in 2019, and asked voters to amend the constitution to allow him to do so.
Voters were evenly split on the issue until recently.
Now, however, a growing number of Bolivians are apparently starting to doubt the integrity of their president, following recent revelations that a former girlfriend of Morales works for a company that has won lucrative government contracts.
It was also revealed that in 2007, the girlfriend and Morales had a baby who died under unexplained circumstances.''',
    quotes=[
        Q('"I have asked all social groups', 'Electoral Tribunal,"', "Evo Morales"),
        Q('"no"', None, None, 0),
        Q('"no"', None, None, 1),
    ],
    aliases={"Evo Morales": ["Bolivia's President Evo Morales", "Morales"]},
),
dict(
    id="voa-2013-08-colombia-resumes-peace-talks-with-farc",
    source="https://voa.pangea-cms.com/preview/en-US/a/colombia-resumes-peace-talks-with-farc/1736490.html",
    license=VOA, retrieved=PAGES + " (VOA story on VOA's own preview address; the lines 'Accessibility links' and 'Breaking News' and the photo caption 'Revolutionary Armed Forces of Colombia (FARC) negotiator Pablo Catatumbo (C) reads a document as FARC lead negotiator Ivan Marquez (R) and FARC negotiator Ricardo Tellez listen in Havana, Aug. 23, 2013.', stored twice, dropped; the video box after the last paragraph ('16x9 Image', 'VO...') dropped; the typo 'sais' and the mark before the full stop in 'to Havana\".' as stored)",
    text='''Colombia Resumes Peace Talks with FARC
Colombia says it will resume peace talks with the Revolutionary Armed Forces of Colombia, or FARC.
Colombian government lead negotiator Humberto De la Calle said the talks with the rebels will re-open Monday in Havana.
"After a meeting, it was carefully noted that the FARC had made the decision to return on Monday at half past eight in the morning to the talks table to continue deliberations as normal," De La Calle sais. "Because of that, after noting it, the president has instructed us on the decision to return tomorrow to Havana to continue talks on a search for an end to the conflict."
The negotiations were suspended Friday when FARC said it would need time to study the government's draft bill that would require any peace deal with the guerrillas to be put to a popular vote.
De la Calle defended the referendum, saying that it should be the Colombian people who make the final decision on the agreements reached from the talks.
He said however, that FARC has acknowledged the pain suffered by their victims and the need for reparations.
"(The FARC have) acknowledged how they have caused pain in Colombia and there is an attitude (meaning an openness) for reparations to victims. That is an issue that is very important for us," De La Calle sais. "And therefore, after all these considerations, we will return to Havana".
The FARC, the oldest active guerrilla army in the Western Hemisphere, is considered a terrorist organization by the United States and European Union.''',
    quotes=[
        Q('"After a meeting', 'deliberations as normal,"', "Humberto De la Calle"),
        Q('"Because of that', 'end to the conflict."', "Humberto De la Calle"),
        Q('"(The FARC have)', 'very important for us,"', "Humberto De la Calle"),
        Q('"And therefore', 'return to Havana"', "Humberto De la Calle"),
    ],
    aliases={"Humberto De la Calle": ["Colombian government lead negotiator Humberto De la Calle", "De La Calle", "De la Calle"]},
),
dict(
    id="voa-2011-04-nigerian-president-backs-election-chief-despite-poll-delay",
    source="http://www.voanews.com/content/nigerian-president-backs-election-chief-despite-poll-delay-119330714/137592.html",
    license=VOA, retrieved=PAGES + " (the section line 'News / Africa', the photo caption 'Electoral officers unload election materials from a vehicle at the Independent National Electoral Commission building in northern city of Kano, Nigeria, April 3, 2011', stored twice, and the byline 'Julia Ritchey' dropped; the paragraph 'Tayo said ultimately the respo', cut in the stored copy, dropped; the mixed curly and straight marks as stored)",
    text='''Nigerian President Backs Election Chief Despite Poll Delay
Nigeria's president is supporting the embattled electoral commission chief whose decision to postpone the country's elections has sparked a flurry of criticism.
Nigerian President Goodluck Jonathan said the head of the Independent Nigerian Electoral Commission, Attahiru Jega, made the right call in postponing Nigeria's election to allow for logistical problems to be worked out.
Jonathan told reporters in Abuja the INEC's decision should reassure Nigerians the body is committed to holding a fair poll. “So what happened is another demonstration that the country and the electoral body is totally committed to ensuring they conduct credible elections.”
Jega first pushed parliamentary elections from last Saturday to Monday, and then again to April 9, which also pushed the presidential and state polls to later this month. The electoral head blamed the postponement on problems getting enough ballots to polling stations.
The decision set off a flurry of criticism in Nigerian media and among voters, some of whom have called for Jega to step down.
A fellow with the Africa Program at Chatham House, Sola Tayo, said it makes sense for Jonathan to defend Jega, because he is the one who appointed him last year to clean up Nigeria's flawed electoral system.
“He made a huge song and dance about the fact that he appointed a man who is well-respected," said Tayo. "People like Professor Jega, they think he is a good person, and they saw him as somebody who was kind of tough on corruption and very outspoken on these issues.”''',
    quotes=[
        Q('“So what happened', 'credible elections.”', "Goodluck Jonathan"),
        Q('“He made a huge song', 'well-respected,"', "Sola Tayo"),
        Q('"People like Professor Jega', 'these issues.”', "Sola Tayo"),
    ],
    aliases={"Goodluck Jonathan": ["Nigerian President Goodluck Jonathan", "Jonathan"],
             "Sola Tayo": ["Tayo"]},
),
]
