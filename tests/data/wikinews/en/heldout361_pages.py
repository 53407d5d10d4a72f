# Held-out English news texts (tests/data/heldout361-en.jsonl), none of them used in an earlier set. English Wikinews
# articles of November 2004 to January 2005 (attribution "Wikinews contributors"; licence constant as for the other
# Wikinews sets, see SOURCES.md) taken from the public GitHub dataset airKlizz/WikinewsSum (`endataset.json`, one JSON
# record per article whose `text` field holds the article's wikitext in pieces; only that field was used, never the
# `sources` field with the texts of the linked source articles of other publishers). The wikitext was rendered by hand
# as the wiki page shows it (H1905): links and {{w|...}} templates replaced by their label, '' and ''' (italics,
# bold) dropped, external links [url label] replaced by their label, &mdash; written as an em dash, templates
# ({{date|...}} kept as the date line, {{archive}}, {publish}}, {{haveyoursay}}, {{PD-Article}}, country and infobox
# templates), image links, HTML comments and table fragments dropped, runs of spaces collapsed to one and spaces at the
# ends of paragraphs dropped; headline = the record's `title`, kept as the first line. Where the dataset's {{byline|date
# ...}} template has swallowed the opening of the first paragraph, that cut paragraph is dropped (noted in `retrieved`).
# Wording and quotation marks (straight, as stored) are as stored. Annotated by reading the texts, before whosaid was
# run on them (rules H1905-H1909 in ANNOTATION.md on top of H1-H1904).
WN = "CC BY 2.5 (Wikinews)"
KLIZZ = "airKlizz/WikinewsSum endataset.json (GitHub dataset of English Wikinews articles in wikitext), article wikitext rendered by hand (H1905)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout361-en.jsonl

Built by `build.py` from `heldout361_pages.py`. Like heldout3-en to heldout20-en, heldout39-en, heldout306-en and the
other Wikinews sets above, these texts are English Wikinews articles (attribution "Wikinews contributors"; licence
constant `CC BY 2.5 (Wikinews)` as in those sets; these early articles, of November 2004 to January 2005, were released
by Wikinews into the public domain before the site moved to CC BY 2.5 in September 2005, and several of them carry the
`{{PD-Article}}` template in the copy, so either way they are free to reuse), this time taken from a public GitHub
dataset of Wikinews articles: airKlizz/WikinewsSum, file `endataset.json` (read with the `read_file` tool, paging with
offsets), one JSON record per article with its `title`, its wikitext in a `text` list and, in a `sources` list, the texts
of the outside articles it cites. Only the Wikinews article itself (`title` and `text`) was used; the `sources` texts
(BBC, CNN, AP, Reuters, UPI and other publishers) were not. None is agency copy. The wikitext was rendered by hand as the
wiki page shows it (rule H1905 in `ANNOTATION.md`): wiki links and `{{w|...}}` templates replaced by their label, the
italics and bold markup `''`/`'''` dropped, external links `[url label]` replaced by their label, `&mdash;` written as an
em dash, `{{date|...}}` or a bold date kept as the date line, all other templates (`{{archive}}`, `{publish}}`,
`{{haveyoursay}}`, `{{PD-Article}}`, country boxes), image links, HTML comments and table fragments dropped, runs of
spaces collapsed and spaces at paragraph ends dropped; the headline (the record's `title`) is the first line. In two of the
records used the `{{byline|date...}}` template of the copy has swallowed the opening of the first paragraph (`{{byline|dateonorably
discharged ...`); that cut paragraph is dropped and no date line is added. Wording, typos and quotation marks (straight,
as stored) are as in the copy. The set holds seven articles: a box office preview (Jan. 7, 2005), American donations to
tsunami relief (Dec. 31, 2004), the Brazilian delegation at Arafat's funeral (Nov. 13, 2004), the UN on tsunami aid
(Jan. 3, 2005), House Democrats asking the GAO for an election review (Dec. 2004), the founding of the South American
Community of Nations (Dec. 2004) and a veteran sergeant's account of an abuse cover-up in Iraq (Dec. 2004). Records read
but left out: the Queensland tilt train derailment, the MN4 asteroid articles, the Connecticut serial killer hearing,
the Gregoire governor race, the Loki Torrent lawsuit, the Ohio recount subpoenas, the Cuban billboards and the
Australian asylum seekers (cut openings leaving one quotation or none with a named speaker), and other records with no
quotation. None of the articles used is in any set above: checked by URL, title and the names and phrases `White Noise`,
`Honeycutt`, `Manohla Dargis`, `miserly`, `most generous pledges`, `Jamil Murad`, `deep mourning`, `Elmquist`, `relying
on the helicopter`, `integrity of our democracy`, `dual role calls`, `South American Community`, `anchor projects`,
`Marciello`, `browbeat`, `Greg" Ford`, and `WikinewsSum` (no module of any set names this dataset), grepped in tests/data
of the main checkout and of every other helper's worktree: no hit (`Egeland` occurs only in heldout102-en, a different
article of 2005 on the Munich Agreement). The annotation (rules H1905–H1909 in `ANNOTATION.md` on top of H1–H1904) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2005-01-07-noise-takes-on-fockers-in-weekend-box-office-race",
    source="https://en.wikinews.org/wiki/%27Noise%27_takes_on_%27Fockers%27_in_weekend_box_office_race",
    license=WN, retrieved=KLIZZ + " (record 'Noise' takes on 'Fockers' in weekend box office race, {{date|January 7, 2005}} kept as the date line; the italics around the film and paper titles dropped, so the titles stand unmarked (H1905); the link to RottenTomatoes.com replaced by its label; the piece holding two paragraphs separated by a line with one space split into two lines; the trailing table fragment '!-- Instructions for editing wikipedia tables ... -->' / '{| border{publish}}' and {{archive}} dropped; 'Gannet', 'looking from a change' and 'come-back' as in the copy)",
    text='''\'Noise' takes on 'Fockers' in weekend box office race
January 7, 2005
After two weekends of box office domination, Universal Pictures' Meet the Fockers will be challenged for the top spot by horror film White Noise, also from Universal, which opens in wide release Friday.
To be considered in wide release, a film must open or play in at least 1,000 theatres throughout the U.S. and Canada. With Noise being the only new wide release movie for the weekend, it looks to take advantage of movie goers looking from a change from holiday themed film fare.
Noise is a come-back attempt for Michael Keaton, who hasn't had a hit movie since 1992's Batman Returns. But according to one critic, this film may not be a comeback hit for Keaton.
"White Noise never gives skeptics a chance to enjoy the film. I also suspect even believers will be bored," Jack Garner, film critic for Gannet News Service said. Garner's not alone in panning the film. According to web site RottenTomatoes.com, 87 percent of film critics in its survey have given the film a bad review.
"The nominal thriller White Noise is worthy neither of Michael Keaton's talents nor even a desperate horror fan's attention," Manohla Dargis, film critic for the New York Times, said.
But not all reviews were bad. Hollywood Reporter critic, Kirk Honeycutt said, "Even though logic takes a holiday in White Noise, Geoffrey Sax, a British television director making his theatrical debut, lavishes enough craft on the paranormal thriller to send more than a few chills down the spine."
The movie faces stiff competition as five other films have a wider release, playing in more theatres and reaching a larger potential audience. Universal's Meet the Fockers, the sequel to 2000's Meet the Parents is playing in about 1,000 more theatres than Noise and could dominate the box office for a third weekend.
'Fockers', starring Ben Stiller, Robert De Niro, Dustin Hoffman and Barbra Streisand, has made $186.5 million since its release Dec. 22, according to Box Office Mojo.''',
    quotes=[
        Q("'Noise'", None, None),
        Q("'Fockers'", None, None),
        Q('"White Noise never gives', 'will be bored,"', "Jack Garner"),
        Q('"The nominal thriller', "horror fan's attention,\"", "Manohla Dargis"),
        Q('"Even though logic', 'down the spine."', "Kirk Honeycutt"),
        Q("'Fockers'", None, None, n=1),
    ],
    aliases={"Jack Garner": ["Jack Garner", "Garner", "film critic for Gannet News Service"],
             "Manohla Dargis": ["Manohla Dargis", "film critic for the New York Times"],
             "Kirk Honeycutt": ["Kirk Honeycutt", "Hollywood Reporter critic"]},
),
dict(
    id="wn-en-2004-12-31-americans-contribute-to-relief-effort",
    source="https://en.wikinews.org/wiki/Americans_contribute_to_relief_effort",
    license=WN, retrieved=KLIZZ + " (record 'Americans contribute to relief effort', {{date|December 31, 2004}} kept as the date line; wiki links replaced by their labels ('[[George W. Bush|Bush Administration]]', '[[US|Americans]]', '[[USD|$]]', '{{w|Cisco Systems|Cisco}}', '[[America Online|AOL]]'); double spaces after full stops collapsed; {publish}} and {{archive}} dropped; the single-marked 'miserly' as in the copy (H1906))",
    text='''Americans contribute to relief effort
December 31, 2004
While complaints about the 'miserly' generosity of the Bush Administration have surfaced in recent days, donations and actions at the grassroots level have quietly illustrated the concern and sympathy felt by ordinary Americans.
On Monday of this week, Jan Egeland, the UN's chief of emergency relief, said that rich nations like the U.S. were being "stingy" by making small contributions. Egeland later recanted his statement, adding that America's contributions to Asia's tsunami relief was "one of the most generous pledges so far."
The Bush administration has pledged $350 million in aid for the relief effort. Critics have been quick to compare this to the $177 million spent every day in Iraq to conduct war in that country. In comparison, there was a $500 million pledge made recently by the government of Japan.
Independently of the government, individual Americans have been directly contributing money to aid organizations. Amazon.com placed a link for the American Red Cross, collecting more than $8 million from 100,000 people as of Friday, December 31st. 12,000 donors have donated over $1.2 million to the Red Cross through Yahoo.com.
Scores of International aid organizations are accepting donations for helping victims of the earthquake and tsunami. Many major companies including Apple Computer, Microsoft, Cisco, eBay, Google, and AOL are helping enable donations through the web.''',
    quotes=[
        Q("'miserly'", None, None),
        Q('"stingy"', None, "Jan Egeland"),
        Q('"one of the most generous', 'so far."', "Jan Egeland"),
    ],
    aliases={"Jan Egeland": ["Jan Egeland", "Egeland", "the UN's chief of emergency relief"]},
),
dict(
    id="wn-en-2004-11-13-brazilian-delegation-returns-from-arafat-funeral",
    source="https://en.wikinews.org/wiki/Brazilian_delegation_returns_from_Arafat_funeral",
    license=WN, retrieved=KLIZZ + " (record 'Brazilian delegation returns from Arafat funeral', {{date|November 13, 2004}} kept as the date line; the {{Palestine}} box, {{haveyoursay}}, {publish}}, {{archive}} and {{PD-Article}} dropped; wiki links replaced by their labels ('[[w:Brazilian Communist Party|PCdoB]]', '[[Palestine|Palestinian]]', '[[w:President of Brazil|President]]'); the full stop after the closing mark of Murad's quotation as in the copy)",
    text='''Brazilian delegation returns from Arafat funeral
November 13, 2004
The delegation representing Brazil at the funeral of Yasser Arafat returned today, November 13, 2004. The chief-minister of Civil House José Dirceu was a member of the delegation. Unfortunately they arrived too late for the funeral and the delegation watched only part of the funeral activities.
PCdoB (Brazilian communist political party) Deputy Jamil Murad, member of the delegation, said there was a "deep mourning" feeling. Jamil Murad had visited Yasser Arafat in April 2004, along with nine other Brazilian deputies. According to Jamil Murad: "Yasser Arafat was a Palestinian leader who became a world projection leader". He said Arafat had written him a letter thanking the Brazilian people for their support of the Palestinian cause and saying that he, Arafat, considered President Luiz Inácio Lula da Silva a great world leader.''',
    quotes=[
        Q('"deep mourning"', None, "Jamil Murad"),
        Q('"Yasser Arafat was', 'world projection leader"', "Jamil Murad"),
    ],
    aliases={"Jamil Murad": ["Jamil Murad", "Deputy Jamil Murad", "member of the delegation"]},
),
dict(
    id="wn-en-2005-01-03-un-optimistic-on-tsunami-aid-effort",
    source="https://en.wikinews.org/wiki/UN_%27optimistic%27_on_tsunami_aid_effort",
    license=WN, retrieved=KLIZZ + " (record 'UN 'optimistic' on tsunami aid effort', {{date|January 3, 2005}} kept as the date line; wiki links replaced by their labels ('[[w:Indonesia|Indonesia]]n' written 'Indonesian', '[[w:BBC|BBC's]]', '[[w:SH-60 Seahawk|Seahawk]]'); {{archive}} and {{PD-Article}} dropped; 'bottle necks' as in the copy; the headline's 'optimistic' read as Egeland's (H1907))",
    text='''UN 'optimistic' on tsunami aid effort
January 3, 2005
The United Nations (UN) emergency relief coordinator Jan Egeland has said that he is increasingly optimistic about the relief efforts under way in tsunami-stricken countries. However, he cautions that there are still major problems getting aid to the Indonesian province of Aceh. The BBC's Rachel Harvey, stationed in provincial capital Banda Aceh, reports that the area has been completely cut off for a week. He also said that logistical bottle necks that hampered speedy delivery of aid were improving, with new coordination centers set up in Aceh, near the epicenter of the earthquake, and Jakarta. Regional officials warn that despite improvements, some places may not receive aid for up to two weeks.
United States helicopters, based on a US aircraft carrier stationed off the coast of western Aceh, have begun dropping food and supplies into isolated parts of Aceh province. About 12 Seahawk helicopters are involved in the operation. "We are relying on the helicopter system because that is the only way we can reach the most remote areas," said Michael Elmquist, head of the UN disaster relief operation in Indonesia. According to the World Food Programme, some helicopters are unable to touch down because mobs of people run towards them for help. Supplies are often thrown out of the helicopters to the crowd below.''',
    quotes=[
        Q("'optimistic'", None, "Jan Egeland"),
        Q('"We are relying', 'most remote areas,"', "Michael Elmquist"),
    ],
    aliases={"Jan Egeland": ["Jan Egeland", "emergency relief coordinator Jan Egeland"],
             "Michael Elmquist": ["Michael Elmquist", "head of the UN disaster relief operation in Indonesia"]},
),
dict(
    id="wn-en-2004-12-democrats-ask-gao-for-election-review",
    source="https://en.wikinews.org/wiki/Democrats_ask_GAO_for_election_review",
    license=WN, retrieved=KLIZZ + " (record 'Democrats ask GAO for election review', category date December 30, 2004; the first paragraph, cut in the copy by its {{byline|date...}} template ('housands of Ohio citizens have reported experiencing problems casting their votes ...'), dropped with the byline, so no date line and the text opens with Wu's quotation (H1909); wiki links replaced by their labels; double spaces collapsed; {{archive}} dropped; 'eariler' and 'perform and adequate investigation' as in the copy)",
    text='''Democrats ask GAO for election review
"The integrity of our democracy is at stake. We need to give the American people confidence that each and every vote will be properly counted and that the democratic electoral process is respected," Wu said. "I also understand concerns about the conflict of interest of having an official in charge of running elections in a key state also heading a presidential campaign. I agree that Ohio Secretary of State Blackwell's dual role calls into question any election decision he made that favored Republicans."
Other Congressmen including John Conyers (D-MI), Jerrold Nadler (D-NY), and Robert Wexler (D-FL) voiced similar concerns, and requested an investigation by the Government Accountability Office (GAO), citing specific cases in Ohio, Florida, North Carolina, and California.
In December, Conyers, the Ranking Democrat on the House Committee on the Judiciary, issued a series of letters about voting irregularities to the media, campaign officials, and manufacturers of voting equipment. These letters seek to collect and preserve information regarding the conduct of the election.
The U.S. Government Accountability Office previously reported on voting irregularities in eariler presidential elections.
A September 14, 2004 GAO report on the 2000 presidential elections detailed changes the DOJ implemented to try to ensure voter access to polls, and the importance of monitoring election-day activities. The report warned that allegations in the 2000 election lacked sufficient specifics to enable the DOJ to perform and adequate investigation and recommended that more precise information be collected regarding voting for the 2004 presidential election.''',
    quotes=[
        Q('"The integrity of our democracy', 'is respected,"', "Wu"),
        Q('"I also understand', 'favored Republicans."', "Wu"),
    ],
    aliases={"Wu": ["Wu"]},
),
dict(
    id="wn-en-2004-12-south-american-community-of-nations-announced",
    source="https://en.wikinews.org/wiki/South_American_Community_of_Nations_announced_at_Third_South_American_Summit",
    license=WN, retrieved=KLIZZ + " (record 'South American Community of Nations announced at Third South American Summit'; the image link '[[File:SACN member states.jpg|right|300px|]]' dropped; the bold date '''December 2004'''<br /> kept as the date line 'December 2004'; wiki links replaced by their labels ('[[w:Cuzco|Cusco]]', '[[w:Andes|Andes mountains]]', '[[w:APEC|Asia-Pacific Economic Cooperation]]' ...); double spaces collapsed; {{haveyoursay}}, {publish}} and {{archived}} dropped; 'Ayachucho', 'the first First SACN Summit' and the opening mark inside 'The \"ultimate goal' as in the copy (H1908))",
    text='''South American Community of Nations announced at Third South American Summit
December 2004
South American nations began the creation of an international economic and legislative bloc by a declaration made at the Third South American Summit on 8 December. Named the South American Community of Nations, the organization is a step toward greater coordination among South American states.
Two existing South American trade blocs, the Andean Community (Comunidad Andina) and the Southern Common Market (Mercado Común del Sur, or Mercosur), have been combined and three previously uninvolved states included to create the community.
The summit, held between 7-9 December at Cusco and Ayacucho in Peru, was attended by heads of state from Bolivia, Brazil, Chile, Colombia, Guyana, Peru, Suriname, and Venezuela. Foreign ministers attended for Argentina, Ecuador, Paraguay, and Uruguay. The summit was convened principally to sign the two-page Preamble to the Foundation Act of the South American Union on the second day of the summit. Although the Bolivian and Colombian presidents attended the summit, they did not attend the signing ceremony, this instead being done by representatives. Central American states Mexico and Panama attended the ceremony as observers.
The locations for the summit were chosen for their historical significance and their association with events that reflect well on South America. Cusco was the ancient capital of the advanced civilization of the Incas. Ayachucho was the site of an 1824 decisive victory against Spanish troops by the South American independence movement headed by Simón Bolívar. The First and Second South American Summits were held at Brasília, Brazil in September 2000 and Guayaquil, Ecuador in July 2002.
The community will include every state in South America with the exception of French Guiana, itself a territory of France. Bolivia, Colombia, Ecuador, Peru, and Venezuela join SACN from the Andean Community, a trade bloc established in 1969. From the more recent (1991) Mercosur comes Argentina, Brazil, Paraguay, and Uruguay. Guyana, Suriname, two small northeastern countries which had previously not participated in a South American trade bloc, will not immediately join the community. Chile will additionally join; it has, however, been cautious.
SACN is a more ambitious union than the previous Andean Community and Mercosur. It has been established to be more than a trade union. The "ultimate goal, which can hopefully be reached, in time, is the United States of South America," explains Secretary General of the Andean Community Wagner. A common currency, tariff-free common market, and regional parliament are all proposed in the Cusco declaration.
Many disputes exist between South American nations that may be issues in advancing SACN.
The principal force behind SACN has been Brazil. The First South American Summit was held in Brazil through the efforts of Brazilian President Fernando Henrique Cardoso.
Chile has been an associate member of Mercosur since 1996. It was a member of the Andean Community from its inception in 1969, but withdrew six years later when ruled by General Augusto Pinochet. With 70% of its GDP attributed to foreign trade, Chile has traditionally favored relations with the United States or the Asia-Pacific Economic Cooperation forum over South American agreements.
SACN's short-term political and economic effects may be limited. The elimination of all trade tariffs has long been a goal of both the Andean Community and Mercosur, but has had little success.
However, 32 construction projects were approved at the summit. Worth US$4.3bn over five years, the projects focus on improving regional infrastructure. The largest is a US$700m road highway that will link Brazil and Peru across the Andes mountains. "These are anchor projects that will be carried out over five years," said Wagner. "They were chosen because they do not serve merely as corridors between countries and zones, but also as a means of promoting development in border regions, which have traditionally been the poorest and most marginalised in our countries." Wagner identifies 350 potential infrastructure projects of a combined cost of US$200bn.
Details of the South American Community of Nations are expected to be planned further at the first First SACN Summit in March or April of 2005 in Brazil. Work on a constitution is expected to begin in 2005. A Second SACN Summit of unspecified date is to be held in Bolivia.''',
    quotes=[
        Q('"ultimate goal', 'of South America,"', "Wagner"),
        Q('"These are anchor projects', 'over five years,"', "Wagner"),
        Q('"They were chosen', 'in our countries."', "Wagner"),
    ],
    aliases={"Wagner": ["Wagner", "Secretary General of the Andean Community Wagner"]},
),
dict(
    id="wn-en-2004-12-veteran-sergeant-accounts-us-torture-coverup",
    source="https://en.wikinews.org/wiki/Veteran_sergeant_accounts_US_torture_coverup",
    license=WN, retrieved=KLIZZ + " (record 'Veteran sergeant accounts US torture coverup', category date December 8, 2004; the first paragraph, cut in the copy by its {{byline|date...}} template ('onorably discharged US veteran, Sergeant Frank \"Greg\" Ford reports that he witnessed war crimes in Samarra, Iraq.'), dropped with the byline, no date line added (H1909); the external links '[http://www.democracynow.org Democracy Now!]' and '[http://www.salon.com/... Whitewashing torture?]' replaced by their labels; double spaces collapsed; {{archive}} dropped; 'it's December 12, 2004 show', 'medvac'd', 'had even came across' and 'has committed to' as in the copy)",
    text='''Veteran sergeant accounts US torture coverup
Democracy Now! interviewed David DeBatto on it's December 12, 2004 show. David wrote Whitewashing torture?, which is an account of Sergeant Frank "Greg" Ford's report on Iraqi prisoner abuse at his base in Samarra, Iraq. DeBatto, a former counterintelligence officer in Iraq, is currently authoring a four-part fiction series, as well as working as a journalist.
In Whitewashing torture?, DeBatto explains that Sergeant Ford witnessed the torture and abuse of Iraqi detainees over a two to three week period in the spring of 2003 by his fellow intelligence operatives. Ford attempted to confront his team leader several times without success, and eventually went to his commanding officer Captain Victor Artiga in order to file a formal complaint. According to Ford, instead of an investigation being conducted, he was given thirty seconds by Captain Artiga to retract his complaint. When Ford didn't comply, he was immediately stripped of his weapon and assigned a 24-hour escort. Shortly after he was told to report to an army psychiatrist for a "combat stress evaluation". The psychiatrist deemed Ford to be "completely normal" and filed her report with Captain Artiga.
According to a witness, Sergeant First Class Michael Marciello, when Artiga saw the psychiatrist's report, Artiga was, "livid". He "stormed" back to the psychiatrist and "browbeat" her to change her report to read that Ford was mentally unstable, and ordered her to have Ford shipped out of the country. Ford was later strapped to a medical gurney and medvac'd out of Iraq. He was initially sent to Kuwait and eventually to Landstuhl, Germany. Ford then underwent psychological evaluation in Germany and also two bases in the United States for approximately 8 months.
David DeBatto indicated he reviewed hundreds of documents regarding Ford's case and couldn't find any of the required documents that should be filed when a soldier is medvac'd from one area to another. David also stated that every doctor that evaluated Ford found him to be completely normal, with absolutely no psychological or mental health issues.
DeBatto reported that Ford was not the only soldier to have this happen to him. According to Col. C. Tsai, a military psychiatrist who examined Ford at the Army Regional Medical Center in Landstuhl, Germany, there had been three or four other soldiers who had been sent there under very similar circumstances. Specifically, the soldiers had made allegations of abuse or mistreatment of Iraqi prisoners. DeBatto indicated he had even came across a decorated veteran from the first Gulf War who made allegations and has committed to a mental ward in Kentucky. According to DeBatto, that officer is still fighting his committal. Tsai had found nothing at all unstable about Ford.
DeBatto reported that Ford was eventually given an honorable discharge in February, 2004. He is currently looking into filing civil and criminal charges against the officers involved. He has contacted the FBI, the Department of the Army's Office of the Inspector General, as well as the Army's Criminal Investigation Division. All three agencies have initiated criminal and administrative investigations into the incident.''',
    quotes=[
        Q('"Greg"', None, None),
        Q('"combat stress evaluation"', None, None),
        Q('"completely normal"', None, None),
        Q('"livid"', None, "Michael Marciello"),
        Q('"stormed"', None, "Michael Marciello"),
        Q('"browbeat"', None, "Michael Marciello"),
    ],
    aliases={"Michael Marciello": ["Michael Marciello", "Sergeant First Class Michael Marciello", "a witness"]},
),
]
