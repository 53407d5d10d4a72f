# Held-out English news pages (tests/data/heldout136-en.jsonl), none of them used in an earlier set. Voice of America
# pages of 2007-2019, public domain as works of the US government (17 U.S.C. § 105), taken from stored web pages (the
# `pages` search corpus): an insidevoa.com press item of June 2007 on a VOA Persian interview with State Department
# official James Jeffrey, a VOA English to Africa interview report of December 2008 with UNHCR spokesman Stef Deutekom on
# the Dadaab camps (a preview copy on VOA's publishing system voa.pangea-cms.com), a VOA News report of February 2012 on the
# fourth day of protests at Egypt's Interior Ministry (voanews.com) and a VOA News report of March 2019 on Mike Pompeo's
# meeting with India's foreign secretary (voanews.com). None is credited to AP, Reuters, AFP or another third party in the
# stored part. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# is dropped (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking News', 'News / Africa'), photo captions,
# byline boxes and date metadata are dropped; leading and trailing blanks of a line are dropped; wording, spelling
# ('responsibly', 'U.S-Iranian', 'tell you know'), spacing inside paragraphs and quotation marks are as stored. Annotated by
# reading the pages, before whosaid was run on them (rules H1045-H1048 in ANNOTATION.md on top of the earlier rules).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout136-en.jsonl

Built by `build.py` from `heldout136_pages.py`. Like heldout22-en, heldout24-en and heldout27-en, these texts are stored
web pages (the `pages` search corpus) of the Voice of America, none of them used in a set above: an insidevoa.com press
item of June 2007 on a live VOA Persian television interview with State Department official James Jeffrey on Iran, a VOA
English to Africa interview report of December 2008 with UNHCR spokesman Stef Deutekom on the overcrowded Dadaab camps in
Kenya (a preview copy on VOA's publishing system voa.pangea-cms.com), a VOA News report of February 2012 on the fourth day
of protests at Egypt's Interior Ministry (voanews.com) and a VOA News report of March 2019 on Mike Pompeo's meeting with
Indian Foreign Secretary Vijay Gokhale (voanews.com). All are US government works in the public domain (17 U.S.C. § 105);
none is credited to AP, Reuters, AFP or another third party in the stored part. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, photo captions,
byline boxes and date metadata were dropped; wording and quotation marks are as stored. None of these pages is used in any
set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text, including the
other helpers' worktrees). The annotation (rules H1045–H1048 in `ANNOTATION.md`) was committed before whosaid was first run
on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-state-department-official-tells-voa-militants-weapons-from-iran-2007",
    source="https://www.insidevoa.com/a/a-13-34-2007-06-04-iran-jeffrey-111606859/178007.html",
    license=VOA, retrieved=PAGES + " (insidevoa.com press item of June 4, 2007; 'Accessibility links' and 'Breaking News' dropped; the headline and the standfirst 'Live interview aired on Persian-language TV program ...' kept as lines; the closing paragraph 'The Voice of America reaches millions of people daily with Persian-language programs ...', cut in the stored copy, dropped; straight marks, the nested single marks and the ellipsis characters as stored)",
    text='''U.S. State Department Official Tells VOA Militants' Weapons are from Iran
Live interview aired on Persian-language TV program 'Roundtable With You'
Washington, D.C., June 4, 2007 - In a live interview during the Voice of America's June 3 Persian-language Roundtable With You television program, U.S. State Department official James Jeffrey told Iranian viewers that Iran is providing munitions to militant groups inside of Iraq.
"We are sure that Iran is providing explosive charges, very sophisticated ones, modern weapons including rockets and mortars, and other munitions to various groups inside of Iraq and potentially inside Afghanistan as well…the facts are that these shipments are continuing," Jeffrey said.
Jeffrey, who is Principal Deputy Assistant Secretary of State, Bureau of Near Eastern Affairs, appeared on the nightly, hour-long VOA program to discuss current U.S-Iranian relations.
On the four Iranian-Americans currently being detained in Iran, Jeffrey stated "These people are not spies…this charge is absurd. It is deeply troubling."
"We're not out for a regime change. We're out for a change in regime behavior," Jeffrey said, adding that the U.S. is not supporting any particular organization. "How Iranians inside and outside of Iran organize to promote freedom, to promote their democratic and political views is an affair for the Iranian people."
Reacting to a clip of Iranian President Ahmadinejad aired on Roundtable With You, Jeffrey commented that he (Ahmadinejad) does not take seriously the international community's will to stop Iran's nuclear program, and "its willingness to take whatever steps are necessary to stop this program. I underline 'to stop this program' and I underline 'whatever steps are necessary'."''',
    quotes=[
        Q("'Roundtable With You'", None, None),
        Q('"We are sure that Iran', 'shipments are continuing,"', "James Jeffrey"),
        Q('"These people are not spies', 'deeply troubling."', "James Jeffrey"),
        Q('"We\'re not out for a regime change.', 'regime behavior,"', "James Jeffrey"),
        Q('"How Iranians inside', 'the Iranian people."', "James Jeffrey"),
        Q('"its willingness', 'steps are necessary\'."', "James Jeffrey"),
    ],
    aliases={"James Jeffrey": ["U.S. State Department official James Jeffrey", "Jeffrey"]},
),
dict(
    id="voa-en-unhcr-dadaab-camps-overcrowded-appeal-2008",
    source="https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-12-19-voa32/403123.html",
    license=VOA, retrieved=PAGES + " (VOA English to Africa report of December 19, 2008, preview copy on VOA's publishing system; the stored part begins with the first paragraph, no headline (H131); the paragraph 'Deutekom says hosting more than 200,000 people does affect the local community in b...', cut in the stored copy, dropped; curly marks, the ellipsis characters, the double hyphen and 'I cannot tell you know' as stored)",
    text='''The UN refugee agency, UNHCR, is asking for $92 million to help hundreds of thousands of Somali refugees who’ve fled to Kenya. Many of those refugees end up in the Dadaab refugee camp complex in remote northeastern Kenya, near the Somali border. The agency says the complex is 17 years old and is one of the oldest, largest and most congested refugee sites in the world.
Stef Deutekom is a spokesperson for the UNHCR. From Dadaab, he told VOA English to Africa Service reporter Joe De Capua that the camps sit on a relatively small area of land. As a result, three or four families are now forced to share the same shelter.
“People who arrived a long time ago have to host new arrivals, which leads to bad sanitation…situations. And also from a protection point of view, it’s not what we would like or what we wish,” he says.
It’s estimated the camps currently provide shelter for 235,000 people and that does not include people that are currently waiting for registration done by UNHCR. And many more are on the way. “On a monthly basis, there is still an estimate of between seven and ten thousand new arrivals,” he says.
Deutekom says the UN World Food Program has done a good job of securing enough food for the refugees, but there are shortages of non-food items, especially shelters. “Those are currently not available, at least not in the numbers that we need them,” he says.
UNHCR says it would use some of the $92 million dollars to build two new camps, but it’s unclear where. “We are looking inside Kenya for locations… And that’s what we are discussing with the Kenyan government -- where those locations will be established. A normal camp would host between 25,000 and 30,000 people, in accordance with the UNHCR guidelines. I must say the exact surface of that area (size) I cannot tell you know. For a country the size of Kenya, it’s not that much of an area,” he says.''',
    quotes=[
        Q('“People who arrived a long time ago', 'what we wish,”', "Stef Deutekom"),
        Q('“On a monthly basis', 'new arrivals,”', "Stef Deutekom"),
        Q('“Those are currently not available', 'we need them,”', "Stef Deutekom"),
        Q('“We are looking inside Kenya', 'much of an area,”', "Stef Deutekom"),
    ],
    aliases={"Stef Deutekom": ["Deutekom"]},
),
dict(
    id="voa-en-egyptians-protest-4th-day-interior-ministry-2012",
    source="http://www.voanews.com/content/egypt-violence-enters-4th-day-138738394/151614.html",
    license=VOA, retrieved=PAGES + " (VOA News report of February 5, 2012; the section line 'News / Africa' and the two photo captions ('An Egyptian protester throws a tear gas canister ...', 'Women chant anti-military council slogans ...') dropped; the paragraph 'He called for the youth that participated in last year's revolution ... He ur...', cut in the stored copy, dropped; the trailing blanks of the first paragraph dropped; straight marks as stored)",
    text='''Egyptians Protest for 4th Day at Interior Ministry
Crowds of mostly young protesters clashed with riot police in front of Egypt's Interior Ministry for a fourth consecutive day. Protesters also held a sit-in at the nearby parliament building, demanding presidential elections be held in the coming weeks, rather than in June.
Crowds of young men dropped back periodically before charging riot police yet again, and pelting them with sticks, stones and bottles. A line of police protecting the Interior Ministry appeared to hold its ground, occasionally dodging projectiles and firing back with tear gas.
Egyptian state TV showed the young protesters skirmishing with police on several side-streets near the ministry, calling the action a "game of cat and mouse." Fires burned in the street, clouds of tear gas filled the air and the pavement was littered with rubble.
Many of the protesters call themselves "Ultras" and are supporters of Cairo's top Al-Ahly soccer team. Some Ultras accuse the government and security forces of negligence in violence that left 74 people dead after a soccer match Wednesday in Port Said.
Egypt's interim Interior Minister Mohammed Ibrahim Youssef told a news conference some of the protesters attacking riot police are hooligans.''',
    quotes=[
        Q('"game of cat and mouse."', None, "Egyptian state TV"),
        Q('"Ultras"', None, None),
    ],
),
dict(
    id="voa-en-us-says-it-stands-with-india-in-fighting-terrorism-2019",
    source="https://www.voanews.com/a/us-says-it-stands-with-india-in-fighting-terrorism/4824324.html",
    license=VOA, retrieved=PAGES + " (VOA News report of March 11, 2019; the date metadata, 'Accessibility links', the byline box '• VOA News' and the four photo captions ('Indian paramilitary soldiers order commuters ...', 'Indians dance as they wait ...', 'A Pakistani journalist watches a video ...', 'FILE - Indian Foreign Ministry spokesperson Raveesh Kumar ...') dropped; the paragraph 'Both India and Pakistan have equipped their militaries ...', cut in the stored copy, dropped; 'claimed responsibly' and the straight marks as stored)",
    text='''US Says it Stands with India in Fighting Terrorism
U.S. Secretary of State Mike Pompeo met with his Indian counterpart in Washington Monday and told him that the United States stands with India in fighting terrorism.
After Pompeo met with Indian Foreign Secretary Vijay Gokhale, the State Department said the two discussed the importance of bringing to justice those responsible for a suicide attack on an Indian paramilitary convoy claimed by Pakistan-based militants.
The State Department said the diplomats spoke of "the urgency of Pakistan taking meaningful action against terrorist groups operating on its soil."
Last month, a suicide bomber killed 40 Indian paramilitary troops in a convoy in the disputed Kashmir region.
A Pakistan-based militant group known as Jaish-e-Mohammad claimed responsibly for the violence in Pulwama district.
New Delhi has vowed to punish Islamabad for sheltering the militants, saying the Indian army chief has been given a "free hand" to take whatever action is required.
Pakistan rejects Indian charges of playing a role in the February attack and maintains the militant group has long been outlawed as part of counter-extremism measures.''',
    quotes=[
        Q('"the urgency of Pakistan', 'on its soil."', "State Department"),
        Q('"free hand"', None, "New Delhi"),
    ],
    aliases={"State Department": ["the State Department"]},
),
]
