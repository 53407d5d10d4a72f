# Held-out English news texts (tests/data/heldout345-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# a voanews.com interview story with the chief of Kenya's electoral commission (February 2013), two stories of VOA's
# publishing system voa.pangea-cms.com on the same election (the commission's ballot plans with the ODM's
# secretary-general; the Carter Center's observer chief Rupiah Banda), a voazimbabwe.com (Studio 7) story on Morgan
# Tsvangirai's news conference against a Mugabe term extension (January 2007) and a voanews.com story on Burma one year
# after cyclone Nargis (May 2009). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in
# `retrieved`). Site lines, bylines and photo captions are dropped; headlines are kept as the first line where the stored
# copy has one (none is added where it has none); wording and quotation marks (straight or curly as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H1855-H1858 in ANNOTATION.md on top of
# H1-H1854).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout345-en.jsonl

Built by `build.py` from `heldout345_pages.py`. Like the VOA sets above (heldout338-en, heldout301-en, heldout288-en,
heldout267-en, heldout136-en and others, with the same licence constant PD), these texts are Voice of America stories
(US government works in the public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus) of
VOA's own sites: a voanews.com story (page 1602920, February 2013) of VOA's interview with James Oswago, chief of
Kenya's Independent Electoral and Boundaries Commission, two stories on VOA's publishing system voa.pangea-cms.com
(preview pages 1602416, the IEBC's ballot plans with ODM Secretary-General Peter Anyang' Nyong'o, and 1614424, the
Carter Center's observer chief Rupiah Banda, February/March 2013), a voazimbabwe.com Studio 7 story (page 1457548,
January 2007) on Morgan Tsvangirai's vow to block a Mugabe term extension, and a voanews.com story (page 409009, May
2009) on Burma one year after cyclone Nargis. None is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept and the paragraph cut in the stored copy
is dropped (what was dropped is noted per page). Site lines ('Accessibility links', 'Breaking News'), the byline '• VOA
News' and photo captions were dropped; wording and quotation marks (straight and curly) are as stored. Pages read but
left out because they are in earlier sets: voanews.com 405181 (heldout66-en), 337837 (heldout30-en), 408389
(heldout60-en), 111341 and 321100 (heldout67-en), 2406183 (heldout205-en), voacambodia.com 1357752 (heldout267-en),
insidevoa.com 178007 (heldout136-en), usagm.gov 19470 (heldout48-en), the swling.com copy of VOA's Rohingya teachers
story (heldout198-en) and the Learning English copies on voalearningenglish.blogspot.com (heldout303-en), luyennghe.com
(heldout123-en) and newsamricaa.blogspot.com (Kargbo, heldout311-en). Pages read but left out because their stored
copies keep fewer than two complete quotations: voanews.com 335150 (MDC spokesman Nelson Chamissa, May 2008), 256585
(Oxfam's Sarah Ireland on Burma, May 2008), 562233 (Acarous Gray on Liberian refugees in Ghana), 390915 (journalists on
the 2004 tsunami), 301472 (the tsunami remembrance), voazimbabwe.com 1467815 and insidevoa.com 6615405 and 6647989
(weekly programming highlights of May 11 and June 30, 2022). None of the pages used is in any set above (checked by URL
and page id (1602920, 1602416, 1614424, 1457548, 409009), by headline and by the names of their speakers and
distinctive phrases, such as James Oswago, exclusive province, Rupiah Banda, sturdy and focused, synergies and
chemistry, Term Extension and Tell the world the truth, with grep over tests/data of the main checkout and of every
other helper's worktree: no hit). The annotation (rules H1855–H1858 in `ANNOTATION.md` on top of H1–H1854) was
committed before whosaid was first run on these texts, so the first score is a blind one (to be scored once, blind, by
the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h345-2013-02-kenya-election-chief-oswago",
    source="https://www.voanews.com/a/Kenyan-election-chief-confident-about-march-poll/1602920.html",
    license=PD, retrieved=PAGES + " (voanews.com story of February 2013; the line 'Accessibility links', the byline '• VOA News' and the photo caption 'In this photo taken February 11, 2013, Kenyan presidential candidates take part in a televised debate in Nairobi, Kenya.' dropped; the headline kept as the first line; the last paragraph 'The International Criminal Court is set', cut in the stored copy, dropped (no quotation in it); straight marks as stored)",
    text='''Kenyan Election Chief Confident About March Polls
Kenya's elections CEO says his commission is ready to conduct credible elections next month, in the country's first polls since deadly violence that followed the 2007 vote.
In an interview with VOA, James Oswago, the chief of Kenya's Independent Electoral and Boundaries Commission, said he believed officials are prepared for the March 4 polls.
"I am confident the IEBC has the capacity, competence, has got the presence of mind, has got the focus and the leadership to conduct a very successful election," said Oswago.
However, he added that conducting a peaceful election is not the "exclusive province" of the IEBC.
"There are other people who also have to make their own contribution, ranging from the security element, the judiciary and all the others," said Oswago.
Oswago's comments come after Orange Democratic Movement party accused the IEBC of not making adequate preparations to hold a credible election.
He said the commission has contracted with a British firm to print the ballot papers and has started moving ballot boxes to various regions across Kenya.
The elections are the first under Kenya's new constitution, enacted in 2010. The constitution was put in place in response to ethnic violence that followed the disputed 2007 presidential vote. The violence in early 2008 killed more than 1,100 people and displaced more than 600,000 from their homes.
Inter-communal tensions remain high in some parts of the east African country. A recent series of tribal clashes in the Tana River region has left dozens of people dead.
Last week, Human Rights Watch said these attacks, and the government's failure to punish those responsible from post-election violence five years ago, poses a security threat for the March elections.''',
    quotes=[
        Q('"I am confident the IEBC', 'very successful election,"', "James Oswago"),
        Q('"exclusive province"', None, "James Oswago"),
        Q('"There are other people', 'all the others,"', "James Oswago"),
    ],
    aliases={"James Oswago": ["Oswago", "the chief of Kenya's Independent Electoral and Boundaries Commission", "Kenya's elections CEO"]},
),
dict(
    id="voa-en-h345-2013-02-kenya-electoral-ballot-plans",
    source="https://voa.pangea-cms.com/preview/en-US/a/kenya-electoral-group-moves-ahead-on-election-plans/1602416.html",
    license=PD, retrieved=PAGES + " (VOA story of February 2013 on VOA's publishing system voa.pangea-cms.com (preview page); the lines 'Accessibility links' and 'Breaking News' and the photo caption, stored twice ('Orange Democratic Party presidential candidate, Raila Odinga (R), displays his registration certificate, ...'), dropped; the headline kept as the first line; the last paragraph 'Some Kenyans, including Prime Minister Raila Odinga, have expressed concern about possible ballot rigging. Authorities have', cut in the stored copy, dropped; the doubled 'says said' as stored; curly marks as stored)",
    text='''Kenya Electoral Group Moves Ahead on Election Plans
The chief executive officer of Kenya’s Independent Electoral and Boundaries Commission (IEBC) says ballot papers for the presidential vote are ready for the March 4 general election.
James Oswago says the electoral body is ready to conduct a credible election with the full participation of political parties, stakeholders and Kenyans.
“I am confident that the IEBC has the capacity, has the competence, has got the presence of mind, has got the focus and the leadership to conduct a very successful election,” said Oswago.
The IEBC has contracted with Smith & Ouzman, a British-based company, to print the ballot papers, which cover the candidates for president, governors, senators and women’s representative positions.
His comments came after the Orange Democratic Movement (ODM) accused the IEBC of not making adequate preparations to organize a credible election.
“Given the way the commission has conducted itself so far, its ability to be thorough leaves a lot to be desired. The IEBC needs to work closely and impartially with all political parties and build confidence,” said ODM party Secretary-General Peter Anyang’ Nyong’o.
But, Oswago says the IEBC is working with political parties to address their concerns ahead of next month’s vote.
Oswago also says said the IEBC has started moving ballot boxes to various regions across Kenya in preparation for the vote.''',
    quotes=[
        Q('“I am confident that the IEBC', 'very successful election,”', "James Oswago"),
        Q('“Given the way', 'build confidence,”', "Peter Anyang’ Nyong’o"),
    ],
    aliases={"James Oswago": ["Oswago", "The chief executive officer of Kenya’s Independent Electoral and Boundaries Commission (IEBC)"],
             "Peter Anyang’ Nyong’o": ["ODM party Secretary-General Peter Anyang’ Nyong’o", "ODM party Secretary-General", "Nyong’o"]},
),
dict(
    id="voa-en-h345-2013-03-kenya-carter-center-banda",
    source="https://voa.pangea-cms.com/preview/en-US/a/1614424.html",
    license=PD, retrieved=PAGES + " (VOA story of early March 2013 on VOA's publishing system voa.pangea-cms.com (preview page); the stored copy has no headline and opens with the lead paragraph, no title added (H1747); the last paragraph 'Banda noted some Kenyans he spoke with in the streets expressed worry', cut in the stored copy, dropped; curly marks and the bracket '[presidential candidates]' as stored)",
    text='''Zambia’s former president says he is confident Kenya’s Independent Electoral and Boundaries Commission (IEBC) will organize a peaceful and credible election, despite reports of escalating tensions before Monday's vote.
Rupiah Banda is leading the U.S.-based Carter Center poll observers. He says senior IEBC officials reassured him during a meeting Saturday that measures have been implemented to prevent voter irregularities during the election.
In an interview with VOA, Banda said he is hopeful the election will be peaceful. “We are not here to judge the outcome, but to judge the process that will lead to the outcome, as observers,” said Banda. “We really wish them well and we want to ensure that the process is free and fair and that the people would have spoken and that their voice will determine the future,” he added.
Kenya is the first African country to organize elections this year, and Banda said the electoral commission, headed by Ahmed Issack Hassan, appears up to the task.
“I was impressed by the chair himself, Ahmed Issack Hassan; he looked calm and sturdy and focused. I think that they have a brilliant commission, committed to delivering a free and fair election,” said Banda.
Some Kenyans have been expressing concern about rising tension in some parts of the country, which they said could trigger violence.
But outgoing President Mwai Kibaki and all of the presidential candidates have called for a peaceful vote, after the chief of police also announced stepped up security to prevent violence.
Banda said, “We are getting a good feeling about what [presidential candidates] have said publicly. They said they will accept the results of the elections; of course they qualify it by saying if the elections are free and fair, and we believe that they will be free and fair. We have hope that the leaders are conscious of the importance of this kind of good results to the election.”''',
    quotes=[
        Q('“We are not here', 'as observers,”', "Rupiah Banda"),
        Q('“We really wish them well', 'determine the future,”', "Rupiah Banda"),
        Q('“I was impressed', 'free and fair election,”', "Rupiah Banda"),
        Q('“We are getting a good feeling', 'to the election.”', "Rupiah Banda"),
    ],
    aliases={"Rupiah Banda": ["Banda", "Zambia’s former president"]},
),
dict(
    id="voa-en-h345-2007-01-zimbabwe-tsvangirai-term-extension",
    source="https://www.voazimbabwe.com/a/a-13-56-74-2007-01-17-voa70-68970562/1457548.html",
    license=PD, retrieved=PAGES + " (voazimbabwe.com (VOA Studio 7 for Zimbabwe) story of January 17, 2007; the lines 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line; the last paragraph 'Meanwhile, Tsvangirai and an American embassy spokesman dismissed as false a report ... urging the two men to reunit', cut in the stored copy, dropped (no quotation in it); straight and curly marks as stored, also the straight opening and curly closing mark of '\"cannot be extended by another term.”'; 'should to be strengthened' as stored)",
    text='''Zimbabwe Opposition Leader Vows To Block Mugabe Term Extension
The founding president of Zimbabwe’s opposition Movement for Democratic Change promised Wednesday to resist any attempt by the ruling ZANU-PF party to extend the term of president Robert Mugabe beyond its normal expiration in 2008.
Morgan Tsvangirai, who heads one faction of the MDC, divided since late 2005, said his grouping will mobilize Zimbabweans against the ruling party's "harmonization" of the election schedule through the civil society-led Save Zimbabwe Campaign.
Tsvangirai was speaking at a news conference at his party’s headquarters in Harare to announce resolutions passed by his faction's executive council last week.
Tsvangirai said his grouping's “synergies and chemistry” with civic organizations and other political parties in the Save Zimbabwe Campaign should to be strengthened. He said the MDC had endorsed the resolution of its civil society partners and agreed to "combine efforts to resolve the national crisis through a democratic vote in 2008."
The 2008 presidential ballot should be held under a new constitution, he added.
Tsvangirai called the agenda "a public expression of our rejection of the extension of the status quo." He said the national crisis "cannot be extended by another term.”
He said he intended to bring the issue to the attention of the international community, especially the United Nations, the African Union and the Southern African Development Community, of which Zimbabwe is a member.
Tsvangirai told reporter Blessing Zulu of VOA's Studio 7 for Zimbabwe that his party is determined to press its demands successfully this year.''',
    quotes=[
        Q('"harmonization"', None, None),
        Q('“synergies and chemistry”', None, "Morgan Tsvangirai"),
        Q('"combine efforts', 'vote in 2008."', "Morgan Tsvangirai"),
        Q('"a public expression', 'status quo."', "Morgan Tsvangirai"),
        Q('"cannot be extended by another term.”', None, "Morgan Tsvangirai"),
    ],
    aliases={"Morgan Tsvangirai": ["Tsvangirai", "The founding president of Zimbabwe’s opposition Movement for Democratic Change", "Zimbabwe Opposition Leader"]},
),
dict(
    id="voa-en-h345-2009-05-burma-cyclone-nargis-year",
    source="https://www.voanews.com/a/a-13-2009-05-01-voa30-68688647/409009.html",
    license=PD, retrieved=PAGES + " (voanews.com story of May 1, 2009; the lines 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line and the subheading 'Refugees fear repercussions' kept as a line (H1855); the last paragraph 'A foreign aid organization provides the man's village with a boat ... It has also built the villagers tempor', cut in the stored copy, dropped (no quotation in it); 'Burma 's' with its space as stored; straight marks as stored)",
    text='''Burma Still Recovering from Cyclone Nargis
It has been one year since Burma was hit by cyclone Nargis, the worst natural disaster in the country's history. International emergency aid poured in after some weeks of obstruction from Burma 's military rulers. Victims of Nargis are still dependent on foreign aid for survival. And hoped for political reforms have not materialized.
Cyclone Nargis hit Burma on May 2 last year and the country is still recovering.
The cyclone's 200 kilometer-per-hour winds ripped through the Irrawaddy Delta, driving a 12-foot wall of water through crowded villages.
Nargis killed an estimated 140,000 people and left hundreds of thousands homeless and in desperate need of clean water and food.
The Thai city of Mae Sot is on the border with Burma and attracts many Burmese refugees and laborers.
It is also a hub for organizations looking to help the Burmese people.
Refugees fear repercussions
A middle-aged Burmese man in Mae Sot told VOA he was there for community development training so he could help his village back home. He says all the houses in his village were destroyed and all the livestock was killed. He says half the population died from cyclone Nargis.
Like most Burmese, he does not want his identity known for fear of repercussions from Burma's military-ruled government.
He says he lost several family members in the massive storm and, although it is one year later, his village is still surviving on foreign aid and getting almost no support from the government. He breaks down with grief.
"Tell the world the truth. The Burmese government claims we have everything we need but, actually, we have nothing," he said.
He says if the world can help the Burmese people, it should please try to help. "I want them to know the truth," he said.''',
    quotes=[
        Q('"Tell the world the truth.', 'we have nothing,"', None),
        Q('"I want them to know the truth,"', None, None),
    ],
    aliases={},
),
]
