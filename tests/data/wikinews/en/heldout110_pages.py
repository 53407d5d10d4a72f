# Held-out English news texts (tests/data/heldout110-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the European Commission, in English: the Commission's Daily News of 8 July 2016 on
# europa.eu/rapid (President Juncker at the EU-US leaders' meeting in Warsaw before the NATO summit), the press-release
# list of President Barroso's website of the 2010-2014 Commission (the first European Disability Forum; the appointment of
# Chief Scientific Advisor Anne Glover, 2011) and the 2009 news archive of the same site (Copenhagen climate talks with
# President Yudhoyono of Indonesia; the entry into force of the Treaty of Lisbon). Commission texts
# are CC BY 4.0 (© European Union, reuse authorised under the Commission's reuse policy; the licence EU of
# tests/data/wikinews/de/licences.py and of heldout92-en). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut item is dropped (noted
# in `retrieved`). Site lines ('Navigation path', 'Left navigation', 'Additional tools', 'Other available languages:
# none') are dropped; wording, spacing inside paragraphs ('European Union , President') and quotation marks are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H790-H793 in ANNOTATION.md on top of
# H1-H752).
EU = "CC BY 4.0 (© European Union; reuse authorised under the Commission's reuse policy, source: European Commission)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout110-en.jsonl

Built by `build.py` from `heldout110_pages.py`. Like heldout92-en, these texts come from the European Commission, in
English, taken from stored web pages (the `pages` search corpus), none of them used in a set above (nor, in German, in
the heldout-de sets): the Commission's Daily News of 8 July 2016 on europa.eu/rapid (President Juncker's remarks after
the EU-US leaders' meeting in Warsaw ahead of the NATO summit), the press-release list of President Barroso's website of
the 2010-2014 Commission (the first European Disability Forum and the appointment of the Commission's first Chief
Scientific Advisor, Anne Glover, 2011) and the 2009 news archive of the same, archived site (the Copenhagen climate talks,
at a press conference with President Susilo Bambang Yudhoyono of Indonesia, and the entry into force of the Treaty of
Lisbon). Commission texts are CC BY 4.0 (© European Union, reuse
authorised under the Commission's reuse policy), the licence EU that the German sets and heldout92-en already use. None
is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Site lines were dropped; wording and quotation marks
are as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by
8-word overlap with every existing text). Several other candidates (Commission Daily News items whose only paragraph is
cut in the stored copy; the English version of the Parliament's 2022 Sakharov Prize article, whose German version is in
heldout26-de) were skipped. The annotation (rules H790–H793 in `ANNOTATION.md` on top of H1–H752) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="ec-en-2016-07-08-daily-news-juncker-eu-us-leaders-warsaw",
    source="http://europa.eu/rapid/press-release_MEX-16-2458_en.htm",
    license=EU, retrieved=PAGES + " (Commission Daily News of 8 July 2016; the site lines 'Navigation path', 'Left navigation', 'Additional tools' and 'Other available languages: none' dropped; the second item, 'President Juncker to interview candidate for Commissioner from the United Kingdom', whose paragraph is cut in the stored copy, dropped with its headline; the space before the comma in 'European Union ,' is as stored)",
    text='''European Commission - Daily News
Daily News 08 / 07 / 2016
Brussels, 8 July 2016
Press conference by President Juncker, President Tusk and President of the United States, Barack Obama
Following the EU-US leaders' meeting which took place this morning in Warsaw ahead of the NATO Summit, President Juncker underlined the centrality of the US, NATO and the EU to the global order. "We complement each other and together we provide security to Europe, our neighbourhood and beyond" President Juncker said, adding that we can still work more closely together – "that's why we're here today", he added. On the morning's meetings, which included discussions on the consequences entailed by British vote to leave the European Union , President Juncker repeated that there is no negotiation until the British authorities have notified under Article 50 (TEU) their intention to leave the European Union, but added "I do think that even after the referendum the European Union and the United Kingdom share a community of interest, not only in the defence and the military sector, but in all the relevant sectors of the international life mainly as far as trade is concerned", reiterating the commitment to keep Britain as a strong ally in NATO and as a strong partner. Finally, President Juncker confirmed that TTIP had been discussed, and added that "we want to conclude these negotiations before the end of this year" for which the European Commission has received a mandate from EU Heads of State or Government. President Juncker's remarks are available online. (For more information: Mina Andreeva – Tel.: +32 229 91382)''',
    quotes=[
        Q('"We complement each other', 'and beyond"', "Juncker"),
        Q('"that\'s why we\'re here today"', None, "Juncker"),
        Q('"I do think that even after', 'is concerned"', "Juncker"),
        Q('"we want to conclude', 'of this year"', "Juncker"),
    ],
    aliases={"Juncker": ["President Juncker"]},
),
dict(
    id="ec-en-2011-president-barroso-press-releases-disability-chief-scientific-advisor",
    source="http://ec.europa.eu/commission_2010-2014/president/news/press-releases/index_en.htm",
    license=EU, retrieved=PAGES + " (press-release list of President Barroso's website, 2010-2014 Commission; the site line 'Navigation path' dropped; the photo captions run into the first line of two items, 'Representatives from the European Disability Forum (EDF) © EU' and '(c) EU', dropped (H792); the link lines 'More information' and 'Press Release' dropped; the third item, 'Video message for the Food and Agriculture Organization', whose paragraph is cut in the stored copy, dropped with its headline)",
    text='''Press releases
High-Level Meeting on Disability
European Commission President Barroso participated, together with European Parliament President Buzek, European Council President Van Rompuy and European Commission Vice-President Reding, in the first European Disability Forum. The forum discussed issues facing the estimated 80 million Europeans with disabilities. President Barroso said: "The European Union must be attentive to the situation of people with disabilities." He explained that the European Disability Strategy sets an ambitious agenda for the next 10 years. "The EU remains committed to empowering people with disabilities so that they can enjoy their full rights, and benefit fully from participating in society and the economy," the President added.
Appointment of Chief Scientific Advisor
President Barroso has today appointed the Commission's first Chief Scientific Advisor, Professor Anne Glover saying: "I believe her outstanding background and calibre will bring invaluable expertise to the Commission. She has a strong track record in leading the Scottish Science Advisory Committee which made her the standout candidate for this post." The Chief Scientific Advisor will provide advice directly to the President, and will give regular updates on major scientific and technological developments.''',
    quotes=[
        Q('"The European Union must be attentive', 'with disabilities."', "Barroso"),
        Q('"The EU remains committed', 'and the economy,"', "Barroso"),
        Q('"I believe her outstanding background', 'for this post."', "Barroso"),
    ],
    aliases={"Barroso": ["European Commission President Barroso", "President Barroso"]},
),
dict(
    id="ec-en-2009-president-barroso-news-archive-copenhagen-lisbon-treaty",
    source="http://ec.europa.eu/archives/commission_2010-2014/president/news/archives/2009/index_en.htm",
    license=EU, retrieved=PAGES + " (news archive of 2009 on President Barroso's archived website; the lines 'This site has been archived on (2014/11/01)' and 'Navigation path' dropped; the link lines 'Read the press release', '10 examples of benefits for European citizens', 'Watch the ceremony for the entry into force of the Treaty of Lisbon' and 'Read the speech pdf - 27 KB [27 KB] Deutsch (de) español (es) français (fr) português (pt)' dropped; the third item, 'The EU-China Summit focused on global challenges, in particular on climate change', whose paragraph is cut in the stored copy, dropped with its headline; the space before the question mark in \"possible' ?\" and the lower-case 'president Barroso' are as stored)",
    text='''The spirit of cooperation and transparency has to prevail in Copenhagen
As a developing country that has set ambitious targets to fight against climate change, Indonesia appears as a bridge between developing and developed countries, said Barroso during a joint press conference in Brussels with Mr Susilo Bambang Yudhoyono, the president of Indonesia. The spirit of cooperation and transparency has to prevail in Copenhagen now that the negotiations are reaching a decisive moment. "How are we going to look on Friday or Saturday if more than 100 heads of state and government come from all over the world and, at the end, what we can say to the world is that 'it was not possible' ? It is unthinkable", stated Barroso. Bilateral issues such as trade, investment and education were also on the agenda of the two leaders.
President Barroso welcomes the entry into force of the Treaty of Lisbon
The Treaty of Lisbon enters into force today – 1 December 2009. The occasion will be marked by a ceremony in the city of Lisbon organised jointly by the Portuguese government, the Swedish Presidency and the European Commission. The Commission believes that the new treaty provides significant new benefits for citizens and will settle the institutional debate for the foreseeable future. "I'm delighted that we now have the right institutions to act and a period of stability, so that we can focus all our energy on delivering what matters to our citizens", president Barroso said.''',
    quotes=[
        Q('"How are we going to look', 'It is unthinkable"', "Barroso"),
        Q('"I\'m delighted that we now have', 'to our citizens"', "Barroso"),
    ],
    aliases={"Barroso": ["President Barroso", "president Barroso"]},
),
]
