# Held-out English news texts (tests/data/heldout301-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# an insidevoa.com press item on North Korean defectors at a VOA roundtable (May 2009) and five copies of VOA stories on
# other sites: a VOA Learning English story on Pakistan's foreign minister Khurram Dastgir Khan's interview with VOA
# (May 2018) in the muhabirce.de copy of VOA's Learning English feed, a VOA Learning English story on Zimbabwe's
# military and Robert Mugabe (November 2017) and a VOA English newscast of November 3, 2015 on the feed blog
# newsamricaa.blogspot.com, a VOA story on the WHO experts' COVID-19 booster advice (August 2022) in VOA's podcast feed
# on liulo.fm and a VOA story on the US State Department's messages to North Korea (April 2024) in the immigrationresearch.org
# aggregator's copy of VOA's feed. None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept, a cut paragraph is dropped, and in the copies that
# print a story as one paragraph the text ends on the last complete sentence (noted in `retrieved`). Site lines, feed
# and blog date lines, podcast page lines, a neighbouring feed item and press-release boilerplate are dropped; headlines
# are kept as the first line where the copy has one; wording and quotation marks (straight, curly or mixed as stored)
# are as stored. Annotated by reading the texts, before whosaid was run on them (rules H1740-H1742 in ANNOTATION.md on
# top of H1-H1737).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout301-en.jsonl

Built by `build.py` from `heldout301_pages.py`. Like the VOA sets above (heldout288-en, heldout275-en and others;
copies on other sites with the licence constant PDC as in heldout205-en, heldout267-en, heldout275-en and
heldout288-en), these texts are Voice of America stories (US government works in the public domain, 17 U.S.C. § 105)
taken from stored web pages (the `pages` search corpus): an insidevoa.com press item on thirty North Korean defectors at
a VOA radio roundtable (May 1, 2009) and five verbatim copies of VOA stories on other sites: a VOA Learning English story
on Pakistan's foreign minister Khurram Dastgir Khan telling VOA that his country could block US supply lines (May 31,
2018) in the muhabirce.de aggregator's copy of VOA's Learning English feed (the same aggregator page URL as a
heldout288-en document, a different item of the feed), a VOA Learning English story on Zimbabwe's military and Robert
Mugabe (November 15, 2017) and a VOA English newscast of November 3, 2015 (Frances Alonzo) on the feed blog
newsamricaa.blogspot.com, a VOA story on the WHO experts' advice on second COVID-19 booster shots (August 2022) in VOA's
podcast feed as shown on liulo.fm, and a VOA story on the State Department's messages to North Korea, given by email to
VOA's Korean Service (April 2024), in the immigrationresearch.org aggregator's copy of VOA's feed. None is credited to
AP, Reuters, AFP or another third party (feed items of the same pages that credit or cite agencies were left out). The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept, a paragraph cut in the stored
copy is dropped, and where a copy prints a story as a single paragraph the text ends on its last complete sentence
(what was dropped is noted per page). Site lines, feed and blog date lines, podcast page lines, a neighbouring feed
item and press-release boilerplate were dropped; wording and quotation marks are as stored. None of these pages is
used in any set above (checked by URL and page id, by headline, and by the names of their speakers and distinctive
phrases such as 'Khurram Dastgir', 'not speaking to each other', 'Sibusiso Moyo', 'confined to his home', 'Cyclone
Chapala', 'Nabil Elaraby', 'Cravioto', 'WHO Experts Recommend', 'We have sent such messages', 'super-large', 'Saetu',
'Chul-ho Kang' and 'Dong Hyuk Lee', grepped in tests/data of the main checkout and of every other helper's worktree; no
hits, except the muhabirce.de page URL (another item, heldout288-en), Frances Alonzo (another newscast, heldout275-en)
and Emmerson Mnangagwa (another story, heldout22-en)). The annotation (rules H1740–H1742 in `ANNOTATION.md` on top of
H1–H1737) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h301-2018-05-pakistan-supply-lines",
    source="https://www.muhabirce.de/aggregator/sources/2",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of May 31, 2018 in the muhabirce.de feed aggregator's copy of VOA's Learning English feed ('VOA News- Learn English'); the aggregator's feed description and update lines and the item's date line 'Per, 31.05.2018 - 23:57' dropped; the headline kept as the first line, the body stored as one paragraph and kept so (H1067); the stored copy breaks off in 'Part of Trump’s South A', so the text ends on the sentence before (H1105); curly and straight marks as stored)",
    text='''Minister: Pakistan Could Block US Supply Lines to Afghanistan
A Pakistani official says his country may block supply lines into Afghanistan if relations with the United States do not improve. In an interview with VOA, Foreign Minister Khurram Dastgir Khan said the U.S. and Pakistan are currently “not speaking to each other.” Relations have worsened to a point where direct, high-level contacts are no longer happening, he said. Besides being the country’s top diplomat, Khan also serves as Pakistan’s defense minister. He blames the current state of ties on a lack of communication by the U.S. administration. “At the moment Pakistan is not being heard,” he said. “Pakistan is just being vilified and castigated in Washington without being heard at all.” Khan criticized the U.S. for urging that Pakistan be placed on an international terrorism-financing watch list. The list is made by the Financial Task Force, or FATF, which is based in Paris. The group decided in February to include Pakistan on its “gray list” of nations it sees as not doing enough to reduce the financing of terrorism. Pakistan is required under an agreement with the FATF to work on an action plan to get itself removed from the list. If no progress is made, the country faces the possibility of being moved to the organization’s more severe "black list" of nations. U.S. support for Pakistan’s listing was part of a South Asia policy announced by President Donald Trump in August. The U.S. administration accuses Pakistan of having ties to the Taliban and other terrorist groups that have attacked U.S. forces in Afghanistan.''',
    quotes=[
        Q('“not speaking to each other.”', None, "Khurram Dastgir Khan"),
        Q('“At the moment Pakistan is not being heard,”', None, "Khurram Dastgir Khan"),
        Q('“Pakistan is just being vilified', 'heard at all.”', "Khurram Dastgir Khan"),
        Q('“gray list”', None, None),
        Q('"black list"', None, None),
    ],
    aliases={"Khurram Dastgir Khan": ["Foreign Minister Khurram Dastgir Khan", "Khan", "A Pakistani official"]},
),
dict(
    id="voa-en-h301-2017-11-zimbabwe-mugabe-confined",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-11-15T14%3A09%3A00-08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English item on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; a VOA Learning English story of November 15, 2017; the blog's date line 'Wednesday, November 15, 2017' dropped; the headline kept as the first line, the body stored as one paragraph and kept so (H1067); the subheading 'Not a takeover, army claims' runs into the paragraph in the stored copy and is kept there; the stored copy ends on the signature fragment 'I’m', which is dropped (H1105); 'Zimbabwe ’s' with its space as stored; single curly marks in the headline, double curly marks in the body as stored)",
    text='''Zimbabwe’s President ‘Confined to Home’ after 37-Year Rule
The president of Zimbabwe is reported to be “confined to his home” after the country’s military seized power. South African President Jacob Zuma said in a statement that he spoke to President Robert Mugabe early Wednesday. Mugabe has led Zimbabwe for 37 years. Zuma’s statement said that the longtime president told him he was confined to his home, but fine. The South African leader added that his country “is also in contact with the Zimbabwean Defense Force.” The military action follows Mugabe’s dismissal of his vice president, Emmerson Mnangagwa. The dismissal appeared to position his wife, Grace Mugabe, as Zimbabwe’s next leader. Robert Mugabe has been in power for 37 years, since the country gained independence in 1980. At the age of 93, he is the world’s oldest head of state. His wife is 51. Grace Mugabe is unpopular among some Zimbabweans. And Mnangagwa has support from Zimbabwe ’s military. The head of the military warned that he would “step in” unless Mugabe stopped removing Mnangagwa supporters from his ZANU-PF party. On Tuesday, armed soldiers and tanks took up positions around the capital, Harare. Not a takeover, army claims Major General Sibusiso Moyo is a spokesman for the military. In a speech on state television Wednesday, he said the military is targeting “criminals” around Mugabe and, in his words, “this is not a military takeover.” The general confirmed that the military is holding Mugabe and his wife. He added, “Their security is guaranteed.” Moyo also said that “as soon as we have accomplished our mission, we expect that the situation will return to normalcy.” South African President Zuma said he was sending his ministers of defense and state security to meet with Mugabe and the military. Zuma said he hopes Zimbabwe’s army will respect the constitution and that the situation “is going to be controlled.”''',
    quotes=[
        Q('‘Confined to Home’', None, "Jacob Zuma"),
        Q('“confined to his home”', None, "Jacob Zuma"),
        Q('“is also in contact with the Zimbabwean Defense Force.”', None, "Jacob Zuma"),
        Q('“step in”', None, None),
        Q('“criminals”', None, "Sibusiso Moyo"),
        Q('“this is not a military takeover.”', None, "Sibusiso Moyo"),
        Q('“Their security is guaranteed.”', None, "Sibusiso Moyo"),
        Q('“as soon as we have accomplished', 'return to normalcy.”', "Sibusiso Moyo"),
        Q('“is going to be controlled.”', None, "Jacob Zuma"),
    ],
    aliases={"Jacob Zuma": ["South African President Jacob Zuma", "Zuma", "The South African leader", "South African President Zuma"],
             "Sibusiso Moyo": ["Major General Sibusiso Moyo", "Moyo", "The general", "a spokesman for the military"]},
),
dict(
    id="voa-en-h301-2015-11-newscast-sisi-kerry",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2015-11-04T08%3A22%3A00-08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA English newscast (1900 UTC, November 3, 2015, read by Frances Alonzo) on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; the blog's date line 'Tuesday, November 3, 2015' dropped; the newscast's title kept as the first line, the body stored as one paragraph and kept so (H1067); the stored copy breaks off in 'Iraqi Shi'ite politician Ahmad Chalabi, a key proponent of the 2003 U.S. invasion of Iraq, died Tuesday', so the text ends on the sentence before (H1105); straight marks, and the straight opening and curly closing mark of Kerry's quotation, as stored)",
    text='''English Newscast: 1900 UTC, Tuesday, November 3, 2015
From Washington, this is VOA News. I’m Frances Alonzo reporting. Egyptian President Abdul Fattah al-Sisi Tuesday dismissed as "propaganda" claims by Islamic State insurgents that they brought down a Russian jetliner that crashed in the Sinai Peninsula, killing all 224 people aboard. He said, "When there is propaganda that it crashed because of ISIS, this is one way to damage the stability and security of Egypt, including its image." He made the comments to BBC. He said that the area is under the full control of the Egyptian government. A rare cyclone slammed into southeastern Yemen bringing with it strong winds, heavy flooding and causing massive damage. Cyclone Chapala made landfall Tuesday in Muklalla packing winds of up to 130 kilometers an hour. Residents say the storm submerged cars and knocked out power. No reports of injuries were reported. U.S. Secretary of State John Kerry expressed support for boosting Turkmenistan's economic prospects as he visited Tuesday on the final leg of a five-nation tour of central Asia. He said to the Turkmenistan President, "We could do more together to help your people develop some of the skill sets necessary in this modern economy.” He also said the U.S. did not want to see a struggle for influence with China and Russia in which one country has to win and others lose. European Union foreign policy chief Federica Mogherini met with Arab League Secretary-General Nabil Elaraby at the Arab League headquarters in Cairo Tuesday. At a news conference in the Egyptian capital, she called on Libyan "decision makers" to respond to the needs of their people and do more to protect against the Islamic State group. Libya has been split between an Islamist-backed government based in Tripoli and an internationally recognized government in the country's east.''',
    quotes=[
        Q('"propaganda"', None, "Abdul Fattah al-Sisi"),
        Q('"When there is propaganda', 'including its image."', "Abdul Fattah al-Sisi"),
        Q('"We could do more together', 'this modern economy.”', "John Kerry"),
        Q('"decision makers"', None, "Federica Mogherini"),
    ],
    aliases={"Abdul Fattah al-Sisi": ["Egyptian President Abdul Fattah al-Sisi"],
             "John Kerry": ["U.S. Secretary of State John Kerry"],
             "Federica Mogherini": ["European Union foreign policy chief Federica Mogherini"]},
),
dict(
    id="voa-en-h301-2022-08-who-booster-shots",
    source="https://liulo.fm/show/voice-of-america-ch60c70e796732871d7af7038f",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of August 2022 as the latest episode description of VOA's podcast feed ('Voice of America') on liulo.fm; the page lines 'Voice of America', 'About', the feed description 'Voice of America is an international news and broadcast organization ...', 'Available on', 'Community' and '9599 episodes' dropped; the episode title kept as the first line, the body stored as one paragraph and kept so (H1067); the stored copy breaks off in 'Cravioto, howe', so the text ends on the sentence before (H1105); the straight opening and curly closing mark of the second quotation as stored)",
    text='''WHO Experts Recommend COVID Booster Shots for High-Risk People
A group of World Health Organization experts is recommending COVID-19 booster shots for people at the highest risk of severe illness and death. The Strategic Advisory Group of Experts on Immunization or SAGE, which met in extraordinary session August 11, issued its updated guidance Thursday. SAGE recommends continued use of the two-dose mRNA COVID-19 vaccines. Since the vaccines’ efficacy wanes after several months, however, the group of experts advises a booster shot for everyone, beginning with those at highest risk. This is the first time SAGE has updated its guidance on the administration of a second booster shot. Its recommendations are based on increasing evidence on the benefits of a second booster dose of COVID-19 vaccines for select groups of people. SAGE chairman Alejandro Cravioto said the group recommends a second booster shot for people older than 55 who are considered at highest risk of developing severe disease and in need of hospitalization. He said SAGE does not advocate a second booster for the general public, for adults who are generally healthy and do not suffer from severe immunodeficiency. "We also include persons with moderate and severe immuno-compromising conditions from, say, 6 months and above," Cravioto said. "And that includes the children and adults with co-morbidities at higher risk of severe disease. We also include pregnant women and health workers.” SAGE recommends a second booster be given four to six months after the administration of the first. It says healthy children and adolescents remain at low risk of severe disease from COVID-19, so there currently is no recommendation for youth groups to be vaccinated.''',
    quotes=[
        Q('"We also include persons', '6 months and above,"', "Alejandro Cravioto"),
        Q('"And that includes the children', 'and health workers.”', "Alejandro Cravioto"),
    ],
    aliases={"Alejandro Cravioto": ["SAGE chairman Alejandro Cravioto", "Cravioto"]},
),
dict(
    id="voa-en-h301-2024-04-us-north-korea-diplomacy",
    source="https://immigrationresearch.org/aggregator?page=285",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of late April 2024 in the immigrationresearch.org feed aggregator's copy of VOA's feed ('Voice of America’s immigration news'); the page line 'Feed aggregator' and the neighbouring feed item 'VOA Newscasts' with its blurb 'Give us 5 minutes, and we'll give you the world. ...' dropped; the headline kept as the first line (trailing spaces dropped), the body stored as one paragraph and kept so (H1067); the dateline 'washington —' in lower case stays at the head of the paragraph as stored; the stored copy breaks off in 'The North Korean mission to the U.N. did not respond to ', so the text ends on the sentence before (H1105); curly marks and en dashes as stored)",
    text='''US remains committed to diplomacy despite North Korea’s nuclear escalation
washington — The U.S. says it has been trying to engage North Korea by sending messages repeatedly despite Pyongyang’s apparent lack of interest in dialogue and its escalation of threats in the region. “We have sent such messages in multiple ways – through third parties and directly, orally and in writing – and have included specific proposals on humanitarian cooperation and other topics for discussion,” a State Department spokesperson said. “We have also emphasized our willingness to discuss practical steps both sides could take to address the security situation in the region,” the spokesperson continued via email to VOA’s Korean Service on April 26. “To date, however, the DPRK has shown no indication it is interested in engaging. Instead, we have seen a marked increase in the scope and scale of DPRK provocations, which have only served to raise regional tensions and increase the risk of accidental or unintentional escalation,” the spokesperson added. North Korea’s official name is the Democratic People's Republic of Korea. North Korea has been conducting multiple missile and rocket tests, including what it said was its first nuclear counterattack drills using “super-large” artillery rockets carrying mock nuclear warheads on April 22. Pyongyang has also ramped up its cooperation with Russia, sending arms to support Moscow's fight against Ukraine. Russia has been shipping refined petroleum to North Korea above the limit of 500,000 barrels annually set by the U.N. Security Council, White House national security spokesperson John Kirby said Thursday.''',
    quotes=[
        Q('“We have sent such messages', 'topics for discussion,”', "State Department"),
        Q('“We have also emphasized', 'situation in the region,”', "State Department"),
        Q('“To date, however,', 'unintentional escalation,”', "State Department"),
        Q('“super-large”', None, "North Korea"),
    ],
    aliases={"State Department": ["a State Department spokesperson", "the spokesperson"],
             "North Korea": ["Pyongyang"]},
),
dict(
    id="voa-en-h301-2009-05-north-korean-defectors-visit",
    source="https://www.insidevoa.com/a/a-13-34-2009-05-01-nokor-defectors-visit-111611999/178358.html",
    license=PD, retrieved=PAGES + " (insidevoa.com press item of May 1, 2009; the stored copy has no headline and opens with the dateline paragraph, no title added (H1737); the dateline 'Washington, D.C., May 1, 2009 -' stays at the head of the first paragraph as stored; the closing press-release boilerplate 'The Voice of America, which first went on the air in 1942, is a multimedia international broadcasting service ...' and the contact line 'For more information, call VOA Public Relations at (202) 203-4959, or e-mail askvoa@voanews.com.' dropped; straight marks as stored)",
    text='''Washington, D.C., May 1, 2009 - Thirty North Korean defectors, participating in a radio roundtable discussion at the Voice of America (VOA), highlighted the need for outside broadcasting to their country where there is no freedom of press.
"They talked about how important it is for people inside North Korea to get information about what's happening inside and outside the country," said Dong Hyuk Lee, chief of VOA's Korean Service, about the Thursday visit. VOA broadcasts 35 hours a week in Korean, reaching listeners on shortwave and medium-wave frequencies. It is also available on Internet (www.VOANews.com/Korean/).
Chul-ho Kang, founder of the Saetu Church in South Korea, said later that he listened to VOA in China after fleeing North Korea. "One VOA broadcast that I remember the most was a report about the lifestyle of the elite in North Korea, and how different it is from the daily struggles of the average North Korean," he said.
Kang said that he established his church to provide worship and programs for the thousands of defectors who have fled to South Korea.
Kim Young Soon, a former dancer in North Korea, recounted how she fled the country in 2001. She traveled to China, Cambodia and Thailand before reaching South Korea two years later. Kim is an adviser at the Democracy Network against North Korean Gulag.
The group is visiting the United States during North Korean Freedom Week. Their trip was sponsored by the Defense Forum Foundation, a non-profit.''',
    quotes=[
        Q('"They talked about how important', 'outside the country,"', "Dong Hyuk Lee"),
        Q('"One VOA broadcast', 'average North Korean,"', "Chul-ho Kang"),
    ],
    aliases={"Dong Hyuk Lee": ["Dong Hyuk Lee, chief of VOA's Korean Service"],
             "Chul-ho Kang": ["Kang", "Chul-ho Kang, founder of the Saetu Church in South Korea"]},
),
]
