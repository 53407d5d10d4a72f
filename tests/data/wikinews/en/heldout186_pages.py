# Held-out English news pages (tests/data/heldout186-en.jsonl), none of them used in an earlier set. Voice of America
# stories (VOA is a US government broadcaster; its texts are works of the US government in the public domain, 17 U.S.C.
# § 105), taken from stored web pages (the `pages` search corpus): a VOA Khmer (voacambodia.com) report of 2008 on a
# McCain-Palin rally in Fairfax, Virginia, a VOA Learning English report of 2014 on the California drought as copied by
# the learner site 51voa.com, a VOA Khmer report of 2012 on Cambodian-American voters after Barack Obama's re-election
# (voacambodia.com), a VOA Khmer report of 2011 on the National Cambodian American Organization as copied by a blog
# (cnrp-media.blogspot.com) and a VOA press release of 2009 on Special English's 50th anniversary as copied by a blog
# (alokeshgupta.blogspot.com). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site
# lines, date lines of the site, section names, decks, bylines, image captions, blog comment lines and the
# '(VOA Press Release)' source line are dropped; wording ('n omatter', 'Barak'), spacing inside paragraphs (a lost break
# such as 'skills.VOA Director') and quotation marks are as stored. Annotated by reading the pages, before whosaid was
# run on them (rules H1235-H1239 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout186-en.jsonl

Built by `build.py` from `heldout186_pages.py`. Like earlier VOA sets, these texts are Voice of America stories (public
domain, US government works, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus), none of them used
in a set above: a VOA Khmer report of 2008 on a McCain-Palin rally in Fairfax, Virginia, and the peace protest outside it
(John McCain, Sarah Palin, Desiree Ali-Fairrooz, Liz Hourican; voacambodia.com), a VOA Learning English Agriculture
Report of 2014 on the California drought (Andy Domenigoni, Bill Patzert; copy on the learner site 51voa.com), a VOA Khmer
report of 2012 on Cambodian-American activists after Barack Obama's re-election (Tung Yap; voacambodia.com), a VOA Khmer
report of 2011 on the National Cambodian American Organization's meeting in Chicago (Samkhan Khoeun; copy on the blog
cnrp-media.blogspot.com) and a VOA press release of 2009 on the 50th anniversary of Special English (Frank Sesno, Walter
Roberts; copy on the blog alokeshgupta.blogspot.com). None is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Site lines, bylines, decks, captions, blog chrome and source lines were dropped; wording and quotation marks are
as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text, including the other helpers' worktrees). The annotation (rules H1235–H1239 in
`ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2008-in-battleground-mccain-finds-support",
    source="https://www.voacambodia.com/a/a-40-080915-mccain-90169267/1358460.html",
    license=PD, retrieved=PAGES + " (VOA Khmer's English report on voacambodia.com; the lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'McCain supporters said the pro...', cut in the stored copy, dropped; straight marks, 'Barak' and 'n omatter' as stored)",
    text='''In 'Battleground,' McCain Finds Support
Presidential hopeful Sen. John McCain and his running mate, Sarah Palin, wound up a rally in Fairfax, Va., last week, as a noisy crowd of 20,000 cheered and waved posters and banners and amid a pro-peace protest.
The crowd underwent hours of security screening in order to hear McCain and Palin speak for about 20 minutes apiece, in speeches criticizing the Democratic candidate, Sen. Barak Obama and outlining the Republican plan to create millions of jobs, promote the economy and address corruption.
"The commonwealth of Virginia is a battleground state," McCain said. "We must win and we will win it with your support."
"John McCain and I, we are ready, and with your help we will win," Palin said.
One hundred protesters gathered outside the rally, holding posters that said, "Stop War," "Pro-war is not pro-life," "Honk for Peace," and "$ for school, not for bombs."
Protesters clashed briefly with McCain supporters, exchanging shouts: "No more war!" from protesters and "USA! USA!" from McCain supporters.
One of the protesters, Desiree Ali-Fairrooz, an activist with the group CODEPINK, was blocked by security as she rushed the McCain-Palin convoy.
"I wanted John McCain to see that there are voices here for peace and that we recognize the lies that they promote," she said later. "Every time they say peace, they mean war. Every time they say pro-life, they mean pro-death. And I want John McCain to see that n omatter where he goes there will be voices at the scene, and we know that they lie."
McCain responded to protesters with a smile, even as they cursed him extended their middle fingers at him.
Another pro-peace activist, Liz Hourican, criticized President George W. Bush for spending billions of dollars in the Iraq War.
"If we bring peace it's going to be with building the economy, offering jobs and giving people something rather than war to do," she said.''',
    quotes=[
        Q("'Battleground,'", None, "John McCain"),
        Q('"The commonwealth of Virginia', 'battleground state,"', "John McCain"),
        Q('"We must win', 'your support."', "John McCain"),
        Q('"John McCain and I', 'we will win,"', "Sarah Palin"),
        Q('"Stop War,"', None, None),
        Q('"Pro-war is not pro-life,"', None, None),
        Q('"Honk for Peace,"', None, None),
        Q('"$ for school, not for bombs."', None, None),
        Q('"No more war!"', None, None),
        Q('"USA! USA!"', None, None),
        Q('"I wanted John McCain', 'they promote,"', "Desiree Ali-Fairrooz"),
        Q('"Every time they say peace', 'that they lie."', "Desiree Ali-Fairrooz"),
        Q('"If we bring peace', 'war to do,"', "Liz Hourican"),
    ],
    aliases={"John McCain": ["McCain", "Sen. John McCain"], "Sarah Palin": ["Palin"]},
),
dict(
    id="voa-en-2014-california-drought-world-food-prices",
    source="https://www.51voa.com/VOA_Special_English/california-drought-may-have-a-great-impact-on-world-food-prices-54961.html",
    license=PDC, retrieved=PAGES + " (VOA Learning English Agriculture Report as copied by the learner site 51voa.com; the repeated headline and the map caption 'Drought in California as of January 15 (U.S. Drought Monitor)' dropped; the paragraph opening '\"The short-term', cut in the stored copy, dropped; leading spaces of the lines dropped, straight marks as stored)",
    text='''California Drought may Have a Great Impact on World Food Prices
17 February, 2014
From VOA Learning English, this is the Agriculture Report.
The western United States is suffering from a severe lack of rain, this extreme dry weather condition is called a drought. The dry area includes the large state of California. Many of the fruits and vegetables eaten in the United States are grown there.
Andy Domenigoni is a farmer in Riverside, California. His father, grandfather and great grandfather all farmed in the same area. He says farmers have good and bad years, and this year is one of the bad ones.
"I have some fields that we planted almost a month ago that are still not out of the ground," Domenigoni said.
He says it usually takes five to seven days for the wheat to begin growing, but not this year. He shows us a brown field.
"And you can see behind me, this field was planted two weeks ago and it is just bone dry. The seed is not in any moisture. It can't sprout. We got to wait for the rain," Domenigoni said.
Mr Domenigoni is not the only person waiting for rain. Bill Patzert is climatologist of NASA - the American Space Agency. He says drought conditions in the American West and Southwest have been getting worse for the past ten years.
"Ranchers in the West are selling off their livestock. Farmers all over the Southwest, from Texas to Oregon, are fallowing in their fields because of a lack of water. So for farmers and ranchers, this is a very painful drought," Patzert said.
Mr Patzert says Southern California is dealing with the worst drought since officials begin keeping records more than 135 years ago.
Milt McGiffen is a field crop expert at the University of California. He says the drought in his state is going to affect many people for many years to come.''',
    quotes=[
        Q('"I have some fields', 'out of the ground,"', "Andy Domenigoni"),
        Q('"And you can see behind me', 'wait for the rain,"', "Andy Domenigoni"),
        Q('"Ranchers in the West', 'painful drought,"', "Bill Patzert"),
    ],
    aliases={"Andy Domenigoni": ["Domenigoni", "Mr Domenigoni"], "Bill Patzert": ["Patzert", "Mr Patzert"]},
),
dict(
    id="voa-en-2012-cambodian-american-voters-tough-road-for-obama",
    source="http://www.voacambodia.com/content/from-jobs-to-deficit-cambodian-american-voters-see-tough-road-for-obama/1542799.html",
    license=PD, retrieved=PAGES + " (VOA Khmer's English report on voacambodia.com; the section line 'Cambodian America', the deck (which repeats the body's paragraph 'Alongside his domestic agenda ...'), the doubled photo caption, the 'x' line and the byline 'Sok Khemara VOA Khmer' dropped; the paragraph 'Schanly Kuch said this has meant improving partnerships ...', cut inside its quotation in the stored copy, dropped; curly marks as stored)",
    text='''From Jobs to Deficit, Cambodian-American Voters See Tough Road for Obama
WASHINGTON DC - Cambodian-American political activists say they hope the re-election of President Barack Obama will mean an improvement in the economy, less partisanship and improved international relations.
Jobs remain a top concern for many Americans, as is the deficit, said Schanly Kuch, who works at the Education Department in Maryland and was a guest on “Hello VOA” Thursday.
Tung Yap, a civil engineer and head of Cambodian Americans for Human Rights and Democracy, an advocacy group, said Obama will have to work with Congress to advance his policies. “Unlike Cambodia, where when the prime minister opens his mouth, others have to listen,” he said.
Alongside his domestic agenda, Obama is turning toward world affairs, including in Asia, where his administration has increased its engagement this year.''',
    quotes=[
        Q('“Hello VOA”', None, None),
        Q('“Unlike Cambodia', 'have to listen,”', "Tung Yap"),
    ],
    aliases={},
),
dict(
    id="voa-en-2011-us-organization-seeks-to-unify-cambodian-americans",
    source="http://cnrp-media.blogspot.com/2011/08/us-organization-seeks-to-unify.html",
    license=PDC, retrieved=PAGES + " (VOA Khmer report as copied by the blog cnrp-media.blogspot.com; the stored part has no headline and begins with the date line; the byline 'Huy Samphors, VOA Khmer | Washington' and the blog lines 'No comments:' and 'Post a Comment' dropped; the pull quotation at the top is kept (H1237); curly marks as stored)",
    text='''Tuesday, 02 August 2011
“If we have no voice, if we don’t present our problems and we don’t claim our demands, nothing can benefit our communities.”
The National Cambodian American Organization wrapped up a major meeting in Chicago over the weekend, as members sought to better organize themselves to serve the needs of Cambodians living in the US.
The July meeting was to set a strategic plan for the organization for the next two to three years, including efforts to organize other Cambodian groups, improve living standards for Cambodians in the US and lobbying for support of issues faced by the immigrant community.
“We gathered in Chicago to build good relations with other organizations and to work closely with those organizations to share information, new laws and other activities that affect the benefits of Cambodian communities,” said Samkhan Khoeun, a board member of the national organization. “Therefore, we can help each other out from one community to another.”
The national organization seeks to help Cambodian-Americans through consultation, training and fundraising. Samkhan Khoeun said he believes that Cambodian communities benefit from having “one voice, like a bunch of chopsticks.”
The needs of Cambodian-Americans differ from those of other immigrant communities, such as the Vietnamese, Lao and Hmong, he said.
“We went through the killing fields, and we came across hardships more than other nations,” he said. “If we have no voice, if we don’t present our problems and we don’t claim our demands, nothing can benefit our communities.”''',
    quotes=[
        Q('“If we have no voice', 'our communities.”', "Samkhan Khoeun"),
        Q('“We gathered in Chicago', 'Cambodian communities,”', "Samkhan Khoeun"),
        Q('“Therefore, we can help', 'to another.”', "Samkhan Khoeun"),
        Q('“one voice, like a bunch of chopsticks.”', None, "Samkhan Khoeun"),
        Q('“We went through', 'other nations,”', "Samkhan Khoeun"),
        Q('“If we have no voice', 'our communities.”', "Samkhan Khoeun", n=1),
    ],
    aliases={},
),
dict(
    id="voa-en-2009-voa-celebrates-50th-anniversary-of-special-english",
    source="https://alokeshgupta.blogspot.com/2009/10/voa-celebrates-50th-anniversary-of.html",
    license=PDC, retrieved=PAGES + " (VOA press release as copied by a blog; the stored part has no headline and begins with the date line of the release; the source line '(VOA Press Release)' and the blog lines 'No comments:' and 'Post a Comment' dropped; the lost paragraph breaks ('skills.VOA Director', 'America.\"Special English'), the ellipsis and the straight marks as stored)",
    text='''Washington, D.C., October 19, 2009 – The Voice of America's (VOA) Special English celebrated its 50th anniversary today, with speakers saying the teaching program is more popular than ever because of its credible, quality journalism. "Even with the changes in technology … in journalism, information still matters," said keynote speaker Frank Sesno, director of George Washington University's School of Media and Public Affairs. "Credibility still matters. Quality still matters." Sesno, a former CNN anchor who started his journalism career as an intern with Special English, said the Service has a long tradition of helping people learn American English by broadcasting news and information at a slow pace. Using a core vocabulary of 1,500 words and short, simple sentence structure, Special English, launched on October 19, 1959, keeps listeners informed about current events while helping them improve their language skills.VOA Director Danforth Austin said Special English has expanded on new platforms so it is available on radio, television and on the Internet. The Special English website, one of VOA's most popular, will also soon have a Twitter page, a YouTube video channel and a "verb phrase of the day" SMS service.
The ceremony also honored Walter Roberts, part of VOA's original staff in 1942. "It's good to be home," Roberts said. Calling Special English an "ingenious invention," he said, "People with a minimum knowledge of English listened, and understood the message of the Voice of America."Special English also produced a slideshow of viewers, listeners and Internet users in their everyday surroundings. Nearly 1,000 users submitted photos of themselves. They can be seen at www.VOASpecialEnglish.com. Links to view or listen to today's ceremony are available at www.VOANews.com/english/About/2009-10-02-SpEnglish-Anniversary.cfm''',
    quotes=[
        Q('"Even with the changes', 'still matters,"', "Frank Sesno"),
        Q('"Credibility still matters.', 'Quality still matters."', "Frank Sesno"),
        Q('"verb phrase of the day"', None, None),
        Q('"It\'s good to be home,"', None, "Walter Roberts"),
        Q('"ingenious invention,"', None, "Walter Roberts"),
        Q('"People with a minimum', 'Voice of America."', "Walter Roberts"),
    ],
    aliases={"Frank Sesno": ["Sesno"], "Walter Roberts": ["Roberts"]},
),
]
