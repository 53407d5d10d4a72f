# Held-out English Wikinews texts (tests/data/heldout248-en.jsonl), none of them used in an earlier set. English Wikinews
# articles of 2008-2011 on world politics, elections and an attack with officials quoted (CC BY 2.5), taken from stored
# web pages (the `pages` search corpus): four en.wikinews.org / en.m.wikinews.org article pages (Morgan Tsvangirai's
# decision to contest Zimbabwe's presidential run-off, 2008; the standoffs after the Mumbai attacks, 2008; Guinea's
# civilian prime minister Jean-Marie Dore sworn in, 2010; the UN Security Council's Libya no-fly zone vote, 2011), a
# proxy render (ixistenz.ch) of the en.m.wikinews.org page on the Zimbabwean power-sharing deal (2008) and a blog repost
# of the Wikinews article on North Korea's second nuclear test (2009, dbwf-provisional-post.blogspot.com, credited
# '-- From Wikinews, Monday, May 25, 2009'). None is credited to AP, Reuters, AFP or another third party (Wikinews cites
# agencies as sources, which is its own reporting). Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines ('From Wikinews, the free news
# source you can write!', 'Jump to navigation Jump to search'), the blog's credit line, captions, a casualty table,
# 'Have your say' and audio boxes, 'Sources' lists and archive notices are dropped; the headline is kept once as the
# first line and the date line as the second; wording, spelling ('eventhough', "Dore's was appointed", "county's
# capital") and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1535-H1537 in ANNOTATION.md on top of the rules of the sets above).
WN = "CC BY 2.5 (Wikinews)"
WNB = "CC BY 2.5 (Wikinews; verbatim repost of the Wikinews article on a blog, credited to Wikinews)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout248-en.jsonl

Built by `build.py` from `heldout248_pages.py`. Like heldout21-en, heldout28-en, heldout42-en, heldout46-en, heldout58-en
and heldout63-en, these texts are English Wikinews articles (CC BY 2.5) taken from stored web pages (the `pages` search
corpus), none of them used in a set above, this time on world politics, elections and an attack of 2008 to 2011 with
officials quoted: Morgan Tsvangirai's decision to contest Zimbabwe's presidential run-off (May 2008, en.wikinews.org),
the Zimbabwean power-sharing deal (September 2008, en.m.wikinews.org page stored as a proxy render on ixistenz.ch), the
standoffs after the Mumbai attacks (November 2008, en.wikinews.org), a blog repost of the Wikinews article on North
Korea's second nuclear test (May 2009, dbwf-provisional-post.blogspot.com, credited to Wikinews), the swearing-in of
Guinea's civilian prime minister Jean-Marie Dore (January 2010, en.wikinews.org) and the UN Security Council's vote on a
no-fly zone over Libya (March 2011, en.m.wikinews.org). None is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Site lines, the blog's credit line, captions, a casualty table, 'Have your say' and audio boxes, source lists and
archive notices were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by title, by the names of their speakers and by 8-word overlap with every existing text, and against
the other helpers' worktrees: only the generic 'main opposition party, the Movement for Democratic Change (MDC)' is
shared). The annotation (rules H1535–H1537 in `ANNOTATION.md`) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2008-05-10-morgan-tsvangirai-to-compete-in-run-off",
    source="https://en.wikinews.org/wiki/Morgan_Tsvangirai_to_compete_in_run-off",
    license=WN, retrieved=PAGES + " (the 'From Wikinews' and 'Jump to navigation Jump to search' lines and the 'Sources' heading at the end of the stored part dropped; the straight marks, 'eventhough' and the period outside the closing mark of 'final round' as stored)",
    text='''Morgan Tsvangirai to compete in run-off
Saturday, May 10, 2008
Morgan Tsvangirai, leader of Zimbabwe's main opposition party, the Movement for Democratic Change (MDC), has said today that he will be standing for the presidential run-off election against incumbent Robert Mugabe.
"The MDC has decided that we will contest the run-off election," he told reporters at a conference in Pretoria, South Africa, where he has been staying for the last month. He said his supporters would feel "betrayed" if he didn't stand and that the people are "ready for the final round".
Despite the Zimbabwe Electoral Commission's (ZEC) official declaration that Mr. Tsvangirai won 47.9% against Mr. Mugabe's 43.2% in the first round, the MDC claims that they won it outright, gaining over 50%. They are sure that Mugabe's Zanu-PF party have used the time since the first round to rig votes and intimidate the electorate.
The MDC has also called for "unfettered access of all international observers," eventhough Mr. Mugabe has imposed bans on journalists from outside Zimbabwe reporting within the country.
The ZEC has yet to announce when the run-off will take place, but Mr. Tsvangirai said it should take place by 23 May.''',
    quotes=[
        Q('"The MDC has decided', 'run-off election,"', "Morgan Tsvangirai"),
        Q('"betrayed"', None, "Morgan Tsvangirai"),
        Q('"ready for the final round"', None, "Morgan Tsvangirai"),
        Q('"unfettered access of all international observers,"', None, "Movement for Democratic Change"),
    ],
    aliases={"Morgan Tsvangirai": ["Mr. Tsvangirai"], "Movement for Democratic Change": ["MDC"]},
),
dict(
    id="wn-en-2008-09-15-zimbabwean-rivals-sign-power-sharing-deal",
    source="https://en.m.wikinews.org/wiki/Zimbabwean_rivals_sign_power_sharing_deal",
    license=WN, retrieved=PAGES + " (stored as a proxy render of the en.m.wikinews.org page at https://ixistenz.ch//?arg=https%3A%2F%2Fen.m.wikinews.org%2Fwiki%2FZimbabwean_rivals_sign_power_sharing_deal&service=browserrender&system=11; the line 'This is the stable version, checked on 24 November 2017. Template changes await review.', the image caption 'Robert Mugabe / Image: Jeremy Lock.', the 'HAVE YOUR SAY / Will the power sharing deal be a success?' box, the audio notice ('noicon', 'Icon of loudspeaker', 'This audio file was created from the text revision dated 2008-09-16 ...'), the 'Sources' heading and the proxy's 'NODES' lines dropped; 'county's capital', the straight marks and the ellipsis inside Mugabe's quotation as stored)",
    text='''Zimbabwean rivals sign power sharing deal
Monday, September 15, 2008
Zimbabwean president Robert Mugabe and opposition leader Morgan Tsvangirai today signed a power sharing deal in the county's capital, Harare.
Speaking to crowds of people celebrating the deal, Tsvangirai said that "this unity government will let businesses flourish so our people can work and provide for their families with pride." He also said that "I've signed this agreement because I believe it represents the best opportunity for us to build a peaceful and prosperous democratic Zimbabwe."
Mugabe also spoke after the deal. "Let us be allies," he said. "People will want to see if what we promise is indeed what we strive to do ... We are committed. I am committed. Let us all be committed."
Despite the agreement, there was some tension at the protest, with supporters of the two parties throwing stones at each other.
The deal means that Tsvangirai is now the Prime Minister of Zimbabwe, acting as the head of the council of ministers. Mugabe remains the president of Zimbabwe, meaning that he is still the chair of the cabinet.
The cabinet contains sixteen seats from Tsvangirai's Movement for Democratic Change, while Mugabe's Zanu-PF has fifteen seats. The MDC also controls the police while Zanu-PF controls the armed forces.
The agreement also requires press freedom in Zimbabwe.''',
    quotes=[
        Q('"this unity government', 'with pride."', "Morgan Tsvangirai"),
        Q('"I\'ve signed this agreement', 'democratic Zimbabwe."', "Morgan Tsvangirai"),
        Q('"Let us be allies,"', None, "Robert Mugabe"),
        Q('"People will want to see', 'all be committed."', "Robert Mugabe"),
    ],
    aliases={"Morgan Tsvangirai": ["Tsvangirai"], "Robert Mugabe": ["Mugabe"]},
),
dict(
    id="wn-en-2008-11-27-standoffs-remain-after-mumbai-attacks",
    source="https://en.wikinews.org/wiki/Standoffs_remain_after_Mumbai_attacks",
    license=WN, retrieved=PAGES + " (the 'From Wikinews' and 'Jump to navigation Jump to search' lines, the map caption 'Detail map showing the eight attack sites in Mumbai' and the casualty table ('Nationality Deaths', 'Australian 1', ... 'Unconfirmed 48') dropped; the paragraph 'Manmohan Singh addressed his country on national television: \"We intend to ensure the safety of our citizens. ...', cut in the stored copy inside the quotation, and everything after it dropped; the straight marks as stored)",
    text='''Standoffs remain after Mumbai attacks
Thursday, November 27, 2008
According to police, at least 151 people were killed and over 300 wounded in yesterday's attacks in Mumbai, India. The attackers, who were reportedly armed with AK-47 assault rifles and hand grenades, have taken hostages at three locations.
It is still unclear how many gunmen there were, but police say that at least nine of them have been killed in fighting. CNN-IBN quoted a source as saying there may have been 26 gunmen.
Commandos with the Rapid Action Force have stormed the Taj Mahal Palace & Tower and Oberoi Trident hotels. Ten hostages have been reported freed at the Oberoi, but it is unclear how many remain. Fresh explosions were heard at the Taj Hotel, but an official said that the situation is "almost sorted out."
Unconfirmed reports suggest one of the attackers is in custody.
"People who were held up there, they have all been rescued. But there are guests in the rooms, we don't know how many," said police chief A.N. Roy to Reuters.
A Jewish centre in Mumbai was also targeted by the attackers.
NSG has announced that the Taj hotel is now clear and all terrorists are killed. One cell phone with a foreign SIM card was found outside Taj hotel, which belonged to one of the terrorists.
24 bodies were found in the Oberoi Trident just a few minutes ago taking the number of dead from 125 to 149 confirmed and rising.
There are also hostages at Nariman House, the Indian headquarters for Chabad Lubavitch, an Orthodox Jewish group. Police have surrounded the building.''',
    quotes=[
        Q('"almost sorted out."', None, None),
        Q('"People who were held up there', 'how many,"', "A.N. Roy"),
    ],
),
dict(
    id="wn-en-2009-05-25-north-korea-conducts-test-of-nuclear-weapon",
    source="https://dbwf-provisional-post.blogspot.com/2009/05/north-korea-conducts-test-of-nuclear.html",
    license=WNB, retrieved=PAGES + " (blog repost of the Wikinews article of May 25, 2009, posted on Tuesday, May 26, 2009 under the headline 'North Korea Conducts Test of Nuclear Weapon', which is kept as the first line; the blog's date line 'Tuesday, May 26, 2009' and its credit line '-- From Wikinews, Monday, May 25, 2009' dropped; the paragraph 'The People's Republic of China, the United States, Russia and the European Union have all condemned the test. ...', cut in the stored copy, and everything after it dropped; the straight double marks, the single marks of 'part of the measures ...' with the period outside them, and the ellipsis inside the agency's quotation as stored)",
    text='''North Korea Conducts Test of Nuclear Weapon
North Korea's official news agency is reporting that the country's government has carried out a "successful" test of a nuclear weapon. Yonhap News Agency in South Korea also reports the possible test.
"According to the demand of our scientists and technicians, our republic has successfully conducted another underground nuclear test on May 25 ... as part of measures to strengthen its nuclear power in self-defense," said the Korean Central News Agency as quoted by Yonhap. North Korea claimed the test was 'part of the measures to bolster up its nuclear deterrent for self-defence'.
Yonhap says an "artificial earthquake" was detected that suggested a test had been conducted, but that the government was working to confirm the report. "The government is still trying to verify whether it in fact was a nuclear test, but it believes there is a possibility," said presidential office spokesperson Lee Dong-kwan.
The United States Geological Survey (USGS) reported that at approximately 00:54:44 UTC, a magnitude 4.7 earthquake was detected 70 kilometers (45 miles) North, Northwest of Kimchaek, North Korea. South Korea reports the magnitude at a 4.5. North Korea previously conducted a nuclear test in 2006. That blast was measured at a magnitude 3.6.
South Korean officials have called an emergency meeting to discuss the event. South Korea has also banned its citizens from entering North Korea, except the Kaesong Joint Complex, from Tuesday. Russia is convening an emergency session of the United Nations Security Council on Monday. Japan's government has set up a special task force at the crisis management center in the prime minister's official residence.''',
    quotes=[
        Q('"successful"', None, "Korean Central News Agency"),
        Q('"According to the demand', 'in self-defense,"', "Korean Central News Agency"),
        Q("'part of the measures", "for self-defence'", "North Korea"),
        Q('"artificial earthquake"', None, "Yonhap News Agency"),
        Q('"The government is still trying', 'a possibility,"', "Lee Dong-kwan"),
    ],
    aliases={"Korean Central News Agency": ["North Korea's official news agency"], "Yonhap News Agency": ["Yonhap"]},
),
dict(
    id="wn-en-2010-01-27-guinea-swears-in-civilian-prime-minister",
    source="https://en.wikinews.org/wiki/Guinea_swears_in_civilian_prime_minister",
    license=WN, retrieved=PAGES + " (the stored copy without site lines; the 'Sources' list (Al Jazeera, BBC News Online, Washington Post) dropped; the bracketed insertion '[Democratic elections are]', the straight marks, 'with half a year' and \"Dore's was appointed\" as stored)",
    text='''Guinea swears in civilian prime minister
Wednesday, January 27, 2010
Jean-Marie Dore has been sworn in as the prime minister of the Guinean transitional government, who has been charged with ending military rule in the country and organising elections.
"[Democratic elections are] indeed the required path for our country to attain stability," Dore said at the inauguration ceremony today. He asked for General Sekouba Konate, the president of the interim government, to "reorganise and restructure the military with the support of the international community."
According to the BBC, the interim government's plan is to launch an election with half a year.
"I am committed to leading Guinea toward free, credible and transparent elections, which is a necessary passage for the country," he said in a speech.
Dore's was appointed less than two months when the Guinean junta leader, Captain Moussa Dadis Camara, was badly injured in an attempted assassination, reportedly by one of his former aides.
Camara, who sustained gunshot injuries to the head, agreed to remain in neighbouring Burkina Faso, while he recovers from his wounds. President Konate, who was the defence minister under Camara, assumed control after Camara's incapacitation. Camara agreed to allow Konate to select a civilian prime minister.''',
    quotes=[
        Q('"[Democratic elections are]', 'attain stability,"', "Jean-Marie Dore"),
        Q('"reorganise and restructure', 'international community."', "Jean-Marie Dore"),
        Q('"I am committed', 'for the country,"', "Jean-Marie Dore"),
    ],
    aliases={"Jean-Marie Dore": ["Dore"]},
),
dict(
    id="wn-en-2011-03-17-un-security-council-approves-libya-no-fly-zone",
    source="https://en.m.wikinews.org/wiki/UN_Security_Council_approves_Libya_no-fly_zone",
    license=WN, retrieved=PAGES + " (the stored mobile page without site lines; the 'Sources' list ('\"Libya: UN backs action against Colonel Gaddafi\" — BBC News On...', cut in the stored copy) dropped; the bracketed insertions '[w]', '[a]', '[facilities]', '[...]', '[t]' and the straight marks as stored)",
    text='''UN Security Council approves Libya no-fly zone
Thursday, March 17, 2011
The United Nations Security Council has approved the establishment of a no-fly zone over Libya after a vote on Thursday evening.
A meeting in New York City resulted in the approval of a resolution that would mark the beginning of "all necessary measures short of an occupation force to protect civilians and civilian-populated areas" in Libya. The vote on the measure passed with ten of the fifteen members of the Security Council in support and Russia, China, India, Germany and Brazil absenting.
The resolution had been proposed by the United Kingdom, France and Lebanon. In his remarks introducing the measure before the Council, Alain Juppe, the French foreign minister, said that "[w]e cannot let these warmongers do this, we cannot abandon civilians."
Air attacks on government forces in Libya could take place within hours, flown by the French and British air forces, after NATO meets to review plans for military action.
In response to the vote, a statement aired on Libyan state TV said that "[a]ny foreign military act against Libya will expose all air and maritime traffic in the Mediterranean Sea to danger, and civilian and military [facilities] will become targets of Libya's counterattack."
Libya's ruler, Muammar Gaddafi, also said that government troops planned to move against Benghazi Thursday night. "No more fear, no more hesitation, the moment of truth has come. [...] There will be no mercy. Our troops will be coming to Benghazi tonight."
The UK ambassador to the UN, Mark Lyall Grant, said after the vote that "[t]he international community has come together in deploring the actions of the Gaddafi regime and demanding that the regime end this violence against the Libyan people."
In Benghazi, rebels celebrated the passage of the resolution with fireworks after a live broadcast of the vote was shown on an outdoor projection.''',
    quotes=[
        Q('"all necessary measures', 'civilian-populated areas"', "United Nations Security Council"),
        Q('"[w]e cannot let', 'abandon civilians."', "Alain Juppe"),
        Q('"[a]ny foreign military act', "Libya's counterattack.\"", "Libyan state TV"),
        Q('"No more fear', 'Benghazi tonight."', "Muammar Gaddafi"),
        Q('"[t]he international community', 'the Libyan people."', "Mark Lyall Grant"),
    ],
    aliases={"United Nations Security Council": ["Security Council", "the Council"]},
),
]
