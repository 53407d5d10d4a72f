# Held-out English news texts (tests/data/heldout303-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# five verbatim copies of VOA items on other sites and one VOA script in the archive of VOA's parent agency: two VOA stories in the immigrationresearch.org aggregator's copy of
# VOA's feed (the UN human rights chief and Lebanon's foreign minister on the pager and walkie-talkie blasts in Lebanon,
# September 2024; Iran's president Ebrahim Raisi arriving in Pakistan, April 2024), a VOA Mandarin Service story on
# Google's Gemini chatbot (2024) on uponsoft.com, a VOA story on the US Senate's immigration votes (February 2018) on
# nepal24hours.com, a VOA Learning English 'As It Is' programme on the Sea of Japan / East Sea textbook dispute in
# Virginia (April 30, 2014) on the feed blog voalearningenglish.blogspot.com and a VOA television script on
# international students (September 2023) in USAGM's content-distribution archive direct.usagm.gov. None is credited to
# AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept, a cut paragraph is dropped, and in the copies that print a story as one paragraph the text ends on the last
# complete sentence (noted in `retrieved`). Site lines, feed and blog date lines, category blurbs, a neighbouring feed
# headline and the script's metadata block are dropped; headlines are kept as the first line where the copy has one;
# wording, spacing inside paragraphs and quotation marks (straight, curly or mixed as stored) are as stored. Annotated by
# reading the texts, before whosaid was run on them (rules H1750-H1754 in ANNOTATION.md on top of H1-H1748).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout303-en.jsonl

Built by `build.py` from `heldout303_pages.py`. Like the VOA sets above (heldout301-en, heldout288-en, heldout275-en and
others; copies on other sites with the licence constant PDC as in heldout205-en, heldout267-en, heldout275-en,
heldout288-en and heldout301-en), these texts are Voice of America stories (US government works in the public domain,
17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): five verbatim copies of VOA items on other
sites (licence constant PDC) and one VOA script in the archive of VOA's parent agency (constant PD): two VOA stories in the immigrationresearch.org aggregator's copy of VOA's feed ('Voice of America’s immigration
news'): the UN human rights chief Volker Turk and Lebanon's foreign minister Abdallah Bouhabib at the Security Council
on the device blasts in Lebanon (September 20, 2024; source page 277) and Iran's president Ebrahim Raisi arriving in
Pakistan (April 22, 2024; source page 323); a VOA Mandarin Service story on Google's Gemini chatbot repeating Beijing's
positions (2024) on the category page of uponsoft.com; a VOA story on the US Senate's immigration votes (February 2018)
marked '(VOA):' on nepal24hours.com; a VOA Learning English 'As It Is' programme on the Sea of Japan / East Sea textbook
dispute in Virginia (April 30, 2014) on the feed blog voalearningenglish.blogspot.com; and a VOA television script
('VOA Original', Laurel Bowman, September 28, 2023) on newly arrived international students in USAGM's
content-distribution archive direct.usagm.gov (record 379887). None is credited to AP, Reuters, AFP or another third
party (the datelines `United Nations —` and `ISLAMABAD —` carry no agency name; feed items of the same aggregator that
carry agency-style datelines from Seoul/Tokyo, Manila, Tunis or Porto Alegre were left out). The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept, a paragraph cut in the stored copy is dropped, and
where a copy prints a story as a single paragraph the text ends on its last complete sentence (what was dropped is
noted per page). Site lines, feed and blog date lines, a category blurb, a neighbouring headline and the script's
metadata block were dropped; wording, spacing and quotation marks are as stored. Pages read but left out: the AIB media
freedom award item (insidevoa.com 6311100, already in heldout60-en), the voanews.com Senate immigration stories 1657822
and 1630583 (heldout34-en), the Learning English items on same-sex marriage and Hillary Clinton's 'smart power'
(heldout275-en), Tao Porchon-Lynch (heldout267-en), Obama's farewell speech (heldout186-en quotes it), the Mekong story on
popgazeta.com (heldout126-en), and pages whose stored part keeps only one complete quotation (the Sierra Leone waste
story, the Clarion award item insidevoa.com 4985341) or that cite the Associated Press (the kite-flying story on
unsv.com). None of the pages used is in any set above (checked by URL and page or record number, by headline, and by
the names of their speakers and distinctive phrases such as 'Volker Turk', 'Bouhabib', 'pagers', 'rogue state',
'Raisi arrived', 'important opportunity', 'Gemini', 'an excellent leader', 'uponsoft', 'nepal24hours', 'most
significant change to immigration law', 'end of immigration enforcement', 'Peter Kim', 'East Sea', 'Sea of Japan',
'Yasemin Sayar', 'Simonova' and '379887', grepped in tests/data of the main checkout and of every other helper's
worktree; no hits). The annotation (rules H1750–H1754 in `ANNOTATION.md` on top of H1–H1748) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h303-2024-09-un-lebanon-device-blasts",
    source="https://immigrationresearch.org/aggregator/sources/13?page=277",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of September 20, 2024 (dateline 'United Nations —', VOA's UN bureau) in the immigrationresearch.org feed aggregator's source page of VOA's feed ('Voice of America’s immigration news'); the page lines 'Voice of America’s immigration news', 'Subscribe to Voice of America’s immigration news feed ...', the feed description 'Voice of America is an international news and broadcast organization ...', 'Updated: 1 hour 16 min ago' and the item's date line 'September 20, 2024 - 21:35' dropped; the headline kept as the first line (trailing space dropped), the body stored as one paragraph and kept so (H1067), with its double and quadruple spaces between sentences as stored; the stored copy breaks off in 'Israel has no', so the text ends on the sentence before (H1105); straight marks as stored)",
    text='''UN denounces Lebanon device blasts as violation of international law
United Nations — The United Nations said Friday that the detonation of handheld communication devices in Lebanon could constitute a war crime as Beirut's top diplomat accused Israel of orchestrating what he called a terror attack.  The blasts that killed at least 37 people and wounded nearly 3,000 on Tuesday and Wednesday targeted communication devices used by the Iran-backed Hezbollah group.  Pagers and walkie-talkies exploded as their users were shopping in supermarkets, walking on streets and attending funerals, plunging the country into panic.  "International humanitarian law prohibits the use of booby-trap devices in the form of apparently harmless portable objects," the U.N.'s high commissioner for human rights, Volker Turk, told the Security Council during an emergency session on Lebanon requested by Algeria.    "It is a war crime to commit violence intended to spread terror among civilians," he added, repeating his call for an "independent, rigorous and transparent" investigation.  "I am appalled by the breadth and impact of the attacks," said Turk.  "These attacks represent a new development in warfare, where communication tools become weapons," he added. "This cannot be the new normal."  Speaking at the Security Council, Lebanon's top diplomat, Abdallah Bouhabib, called the attack "an unprecedented method of warfare in its brutality and terror."  "Israel, through this terrorist aggression, has violated the basic principles of international humanitarian law," he said, calling Israel a "rogue state."''',
    quotes=[
        Q('"International humanitarian law', 'portable objects,"', "Volker Turk"),
        Q('"It is a war crime', 'among civilians,"', "Volker Turk"),
        Q('"independent, rigorous and transparent"', None, "Volker Turk"),
        Q('"I am appalled', 'of the attacks,"', "Volker Turk"),
        Q('"These attacks represent', 'become weapons,"', "Volker Turk"),
        Q('"This cannot be the new normal."', None, "Volker Turk"),
        Q('"an unprecedented method', 'and terror."', "Abdallah Bouhabib"),
        Q('"Israel, through', 'humanitarian law,"', "Abdallah Bouhabib"),
        Q('"rogue state."', None, "Abdallah Bouhabib"),
    ],
    aliases={"Volker Turk": ["Volker Turk", "Turk", "the U.N.'s high commissioner for human rights"],
             "Abdallah Bouhabib": ["Abdallah Bouhabib", "Lebanon's top diplomat", "Beirut's top diplomat"]},
),
dict(
    id="voa-en-h303-2024-04-raisi-arrives-in-pakistan",
    source="https://immigrationresearch.org/aggregator/sources/13?page=323",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of April 22, 2024 (dateline 'ISLAMABAD —', VOA's Islamabad bureau) in the immigrationresearch.org feed aggregator's source page of VOA's feed; the page lines 'Voice of America’s immigration news', 'Subscribe to ...', the feed description, 'Updated: 19 min 20 sec ago', the neighbouring feed item 'VOA Newscasts' with its date line and blurb 'Give us 5 minutes, and we'll give you the world. ...' and the item's date line 'April 22, 2024 - 02:59' dropped; the headline kept as the first line, the body stored as one paragraph and kept so (H1067), double spaces between sentences as stored; the stored copy breaks off in 'In January, Iranian security forces launched missile strikes against what they said were anti-Iran militant hideouts in the southwestern Pakistan', so the text ends on the sentence before (H1105); curly marks as stored)",
    text='''Iran’s president arrives in Pakistan for wide-ranging talks
ISLAMABAD — Iranian President Ebrahim Raisi arrived in neighboring Pakistan Monday for official meetings with the host nation's leaders amid Iran-Israel tensions. An official pre-arrival announcement from Islamabad's foreign ministry stated that the talks will provide an “important opportunity” to strengthen bilateral ties and cooperation in trade, connectivity, energy, and agriculture. It said Raisi’s high-level delegation would include the Iranian foreign minister, other Cabinet members, and business representatives. During his three-day stay in Pakistan, the Iranian president is scheduled to meet his counterpart, Asif Ali Zardari, and Prime Minister Shehbaz Sharif, among others.  The Pakistani statement said without elaborating, “They will also discuss regional and global developments and bilateral cooperation to combat the common threat of terrorism.”  Iran and Pakistan share a 900-kilometer border, which is prone to militant infiltration, smuggling, and other illegal crossings. The countries accuse each other of not preventing militant groups from sheltering on their respective lands and launching cross-border terrorist attacks.''',
    quotes=[
        Q('“important opportunity”', None, "Islamabad's foreign ministry"),
        Q('“They will also discuss', 'threat of terrorism.”', "Islamabad's foreign ministry"),
    ],
    aliases={"Islamabad's foreign ministry": ["Islamabad's foreign ministry", "The Pakistani statement"]},
),
dict(
    id="voa-en-h303-2024-google-gemini-parrots-china",
    source="https://uponsoft.com/category/science-news",
    license=PDC, retrieved=PAGES + " (copy of a VOA Mandarin Service story of 2024 (dateline 'Washington —') on the 'Science' category page of uponsoft.com; the page lines 'Category: Science' and 'Science news. Science is a rigorous, systematic endeavor ...' and the preceding item's bare headline 'US Supreme Court rejects bid to restrict access to abortion pill mifepristone' (no body stored) dropped; the headline kept as the first line; the subheading 'Parroting Chinese propaganda' kept as its own line; the last subheading 'Silent on sensitive topics' and the paragraph after it, cut in the stored copy after 'During VOA', dropped; curly marks as stored)",
    text='''Google AI Gemini parrots China’s propaganda
Washington — VOA’s Mandarin Service recently took Google’s artificial intelligence assistant Gemini for a test drive by asking it dozens of questions in Mandarin, but when it was asked about topics including China’s human rights abuses in Xinjiang or street protests against the country’s controversial COVID policies, the chatbot went silent.
Gemini’s responses to questions about problems in the United States and Taiwan, on the other hand, parroted Beijing’s official positions.
Gemini, Google’s large-language model launched late last year, is blocked in China. The California-based tech firm had quit the Chinese market in 2010 in a dispute over censorship demands.
Congressional lawmakers and experts tell VOA that they are concerned about Gemini’s pro-Beijing responses and are urging Google and other Western companies to be more transparent about their AI training data.
Parroting Chinese propaganda
When asked to describe China’s top leader Xi Jinping and the Chinese Communist Party, Gemini gave answers that were indistinguishable from Beijing’s official propaganda.
Gemini called Xi “an excellent leader” who “will lead the Chinese people continuously toward the great rejuvenation of the Chinese nation.”
Gemini said that the Chinese Communist Party “represents the fundamental interest of the Chinese people,” a claim the CCP itself maintains.
On Taiwan, Gemini also mirrored Beijing’s talking points, saying the United States has recognized China’s claim to sovereignty over the self-governed island democracy.
The U.S. only acknowledges Beijing’s position but does not recognize it.''',
    quotes=[
        Q('“an excellent leader”', None, "Gemini"),
        Q('“will lead the Chinese people', 'the Chinese nation.”', "Gemini"),
        Q('“represents the fundamental', 'the Chinese people,”', "Gemini"),
    ],
    aliases={"Gemini": ["Gemini", "Google’s artificial intelligence assistant Gemini", "the chatbot", "Google’s large-language model"]},
),
dict(
    id="voa-en-h303-2018-02-us-senate-immigration-votes",
    source="https://www.nepal24hours.com/us-senate-to-vote-on-immigration-reform/",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of February 15, 2018 on nepal24hours.com, marked '(VOA):' at its head; the site's advertisement link lines ('• ZenTravels-BRTNepal', '• sbgl', '• sahara', '• ace-advertise') dropped; the headline kept as the first line, the body stored as one paragraph and kept so (H1067), the marker '(VOA):' at its head and the double space after Graham's first partial quotation as stored; the stored copy breaks off in 'Instead of helping to secure the border as the President has repeatedly asked Congres', so the text ends on the sentence before (H1105); straight marks as stored)",
    text='''US Senate to Vote on Immigration Reform
(VOA): The U.S. Senate’s week-long deliberations on immigration reform could culminate with votes later Thursday on competing proposals to change how America handles newcomers from abroad. Late Wednesday, a bipartisan group of 16 senators unveiled legislation that would offer a path to citizenship for undocumented immigrants brought to the United States as children, boost border security funding by $25 billion, and focus immigration enforcement efforts on criminals, threats to national security, and those arriving illegally after the end of June. South Carolina Republican Lindsey Graham called the proposal "the most significant change to immigration law in the past 35 years"  and "a substantial down payment on fixing a broken immigration system." President Donald Trump backs more sweeping reforms that would add limits to the current system of family-based immigration and prioritize newcomers who have advanced work skills. Trump's immigration agenda is encapsulated in legislation conservative Republican lawmakers introduced earlier this week. Democratic senators countered with a proposal that pairs help for young immigrants with limited border security enhancements. Neither partisan bill is expected to get the three-fifths backing required to advance in the chamber. Senators of both parties told VOA they see the compromise bipartisan proposal as the best hope for enacting immigration reform, although it remained unclear whether the bill could pass in the House of Representatives or whether Trump would sign it into law if it reached his desk. The Department of Homeland Security has already slammed the bipartisan legislation, saying it "would be the end of immigration enforcement in America and only serve to draw millions more illegal aliens with no way to remove them."''',
    quotes=[
        Q('"the most significant change', 'past 35 years"', "Lindsey Graham"),
        Q('"a substantial down payment', 'immigration system."', "Lindsey Graham"),
        Q('"would be the end of immigration', 'to remove them."', "Department of Homeland Security"),
    ],
    aliases={"Lindsey Graham": ["Lindsey Graham", "South Carolina Republican Lindsey Graham"],
             "Department of Homeland Security": ["Department of Homeland Security", "The Department of Homeland Security"]},
),
dict(
    id="voa-en-h303-2014-04-as-it-is-textbooks-sea-name",
    source="https://voalearningenglish.blogspot.com/2014/04/?m=1",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English 'As It Is' programme of April 30, 2014 (host Christopher Cruise) on the feed blog voalearningenglish.blogspot.com (monthly archive, mobile view); the blog's date line 'April 30, 2014' dropped; the headline kept as the first line, the programme's greeting lines and the subheading 'American Schoolbooks Involved in Diplomatic Dispute' kept as their own lines as stored (H1750); the paragraph 'Some Korean-American activists say the name “Sea of Japan” dates back to a time when Japan ruled Korea. They say the sea should not have the name given to it during a time when the Japane', cut in the stored copy, dropped with its null span; curly marks, the nested single marks in Kim's quotation and the double hyphens as stored)",
    text='''American Textbooks Are Caught in Diplomatic Fight
Hello, and welcome to As It Is from VOA Learning English!
I’m Christopher Cruise in Washington.
Today on the program, we report on an international dispute that has reached the American state of Virginia.
“From an American perspective, it’s a little bit frustrating that, you know, our democracy becomes the venue for this battle, and it’s probably not the best way to create your social studies textbooks.”
The dispute involves Japan and South Korea. The two countries have long argued about what to call a waterway that separates them. Recently, a group of Korean-Americans asked lawmakers in Virginia to consider the issue. What the state lawmakers decided to do is the subject of our program today on As It Is.
American Schoolbooks Involved in Diplomatic Dispute
Japan and South Korea have been arguing over the name of a sea in Asia that lies between the two countries. That disagreement has reached the legislature in the American state of Virginia. The dispute went all the way to Virginia’s governor.
What Japan calls “The Sea of Japan,” South Korea calls “The East Sea.” A group of Korean-Americans wants schoolbooks in Virginia to show both names. That has caused a diplomatic battle between the two countries.
It all started when a man named Peter Kim asked his son -- who was in 5th grade -- a question. The answer surprised him.
“I asked him ‘Kris, do you know the name, do you know the sea between South Korea and Japan?’ He said ‘Yes, daddy.’ ‘What’s the name of it?’ He says ‘The Sea of Japan.’ And I got really upset. And, and I checked the textbook and there it was: the Sea of Japan only.”
Mr. Kim was born in South Korea. He says everyone there calls it the East Sea.''',
    quotes=[
        Q('“From an American perspective', 'social studies textbooks.”', None),
        Q('“The Sea of Japan,”', None, None),
        Q('“The East Sea.”', None, None),
        Q('“I asked him', 'the Sea of Japan only.”', "Peter Kim"),
    ],
    aliases={"Peter Kim": ["Peter Kim", "Mr. Kim", "a man named Peter Kim"]},
),
dict(
    id="voa-en-h303-2023-09-usagm-international-students-script",
    source="https://direct.usagm.gov/record/379887/media_id/381286",
    license=PD, retrieved=PAGES + " (VOA television script ('VOA Original', byline Laurel Bowman, published 09/28/2023) in the USAGM content-distribution archive direct.usagm.gov, record 379887; the cookie notice, the label 'Transcript/Script' and the script's metadata block '((PLAYBOOK SLUG: International Students Come to America', 'HEADLINE: What’s It Like to Come to America as an Undergraduate?', 'TEASER: ...', 'PUBLISHED AT: ...', 'BYLINE: ...', 'CONTRIBUTOR:', 'DATELINE: ...', 'VIDEOGRAPHER: ...', 'VIDEO EDITOR: ...', 'ASSIGNING EDITOR: ...', 'SCRIPT EDITORS: ...', 'VIDEO SOURCE (S): VOA Original', 'PLATFORMS ...', 'TRT: 2:59', 'VID APPROVED BY: MAS', 'TYPE: TVR PKG', 'EDITOR NOTES:))' dropped, so the text has no headline (the HEADLINE field is metadata; no title added, as H1747); the script's section and speaker labels ('((INTRO))', '((NARRATOR))', '((Ekaterina 'Kate' Simonova, American University Student))') and the bracketed anchor intro kept as their own lines as stored (H1751); the label '((Yasemin Sayar, American University Student))' and her quotation '“Our new experiences can shape our viewpoints ... but at the same time,', cut in the stored copy, dropped; the pronunciation note in square brackets, the ellipses and Simonova's quotation without closing punctuation as stored)",
    text='''((INTRO))
[[Many thousands of international students come to study at American universities and colleges each year. VOA’s Laurel Bowman met four students who have just landed at campuses in the Washington area.]]
((NARRATOR))
It’s a cliché … the phrase “coming to America.” Yet countless international students choose to study at colleges and universities in the United States each year.
Russian Ekaterina Simonova is studying business at American University.
((Ekaterina 'Kate' Simonova, American University Student))
“What appealed to me the most was my ability to double major and minor in fields that aren’t connected at all between each other”
((NARRATOR))
Hailing from Turkey, American University student Yasemin Sayar [pronounced Sai-R-equal emphasis on both] also sought the coursework flexibility of the U.S. university system. She’s interested in sociology and … dance.''',
    quotes=[
        Q('“coming to America.”', None, None),
        Q("'Kate'", None, None),
        Q('“What appealed to me', 'between each other”', "Ekaterina Simonova"),
    ],
    aliases={"Ekaterina Simonova": ["Ekaterina Simonova", "Russian Ekaterina Simonova", "Ekaterina 'Kate' Simonova"]},
),
]
