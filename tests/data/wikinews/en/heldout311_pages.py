# Held-out English news texts (tests/data/heldout311-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# an insidevoa.com press item on VOA's global immigration debate (David Ensor, June 2013), a VOA story on drought in
# Zimbabwe (2016) in the preview copy on VOA's publishing system voa.pangea-cms.com, three VOA Learning English stories
# on the feed blog newsamricaa.blogspot.com (Barack Obama's farewell speech, January 2017; dogs understanding words,
# August 2016; mothers' baby talk and vocal timbre, October 2017) and two VOA stories in the immigrationresearch.org
# aggregator's copy of VOA's feed (UNICEF on mpox in Burundi, September 2024; Antonio Guterres on UNRWA, July 2024).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept, a cut paragraph is dropped, and in the copies that print a story as one paragraph the
# text ends on the last complete sentence (noted in `retrieved`). Site lines, feed and blog date lines, IFTTT lines,
# neighbouring feed items and aggregator lines are dropped; headlines are kept as the first line where the copy has one
# (none is added where it has none); wording, spacing and quotation marks (straight, curly or mixed as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H1770-H1774 in ANNOTATION.md on top of
# H1-H1748).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout311-en.jsonl

Built by `build.py` from `heldout311_pages.py`. Like the VOA sets above (heldout301-en, heldout288-en, heldout275-en
and others; copies on other sites with the licence constant PDC as in heldout205-en, heldout267-en, heldout275-en,
heldout288-en and heldout301-en; a voa.pangea-cms.com preview copy as in heldout27-en), these texts are Voice of America
stories (US government works in the public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search
corpus): an insidevoa.com press item on VOA hosting a global immigration debate (VOA Director David Ensor, June 2013),
a VOA story on Zimbabwean farmers selling cattle in the El Nino drought (2016, preview copy on voa.pangea-cms.com,
article 3261640), three VOA Learning English stories on the feed blog newsamricaa.blogspot.com, which reposts VOA's
Learning English feed (Barack Obama's farewell speech in Chicago, January 10-11, 2017; a Hungarian study showing that
dogs understand words, August 31, 2016; a Princeton study of mothers' vocal timbre in baby talk, October 2017), and two
VOA stories in the immigrationresearch.org aggregator's copy of VOA's feed ('Voice of America’s immigration news'):
UNICEF's regional health adviser on mpox among children in Burundi (Geneva, September 20, 2024) and UN
Secretary-General Antonio Guterres on UNRWA (United Nations, July 12, 2024). None is credited to AP, Reuters, AFP or
another third party (feed items of the same pages that credit or cite agencies, such as a Learning English story on
kite flying that quotes the Associated Press, were left out). The stored copies are cut after about 2,000 characters;
only complete paragraphs are kept, a paragraph cut in the stored copy is dropped, and where a copy prints a story as a
single paragraph the text ends on its last complete sentence (what was dropped is noted per page). Site lines
('Accessibility links', 'Breaking News'), feed and blog date lines, IFTTT lines, neighbouring feed items and the
aggregator's feed description were dropped; wording, spacing and quotation marks are as stored. Pages read but left
out: insidevoa.com 178307 (Tsvangirai and Matonga, already in heldout24-en), insidevoa.com 177868 (David S. Jackson,
already in heldout66-en), the Learning English story on the Hazara Refugee Learning Center (already in heldout198-en),
the Learning English story on ALMA's moon-forming disk (already in heldout132-en), the As It Is programme on Virginia
textbooks and the Sea of Japan (held by the heldout303 worktree), the newsamricaa.blogspot.com story on Ibrahim Ben
Kargbo and Sierra Leone's waste import (its stored copy keeps only one quotation; the build needs two) and the
immigrationresearch.org story on Botswana's stranded hippos (no quotation before the cut). None of the pages used is in
any set above (checked by URL and page id (1688232, 3261640, the newsamricaa.blogspot.com search URLs with
updated-max 2017-01-11T14, 2016-09-01T14 and 2017-10-24T15, the immigrationresearch.org source pages 278 and 21), by
headline, and by the names of their speakers and distinctive phrases such as 'Hosting Global Immigration Debate',
'wealth of information about immigration', 'Chibvongodze', 'Taringana', 'democracy does not require uniformity',
'Attila Andics', 'Dogs Really Do Understand', 'Elise Piazza', 'vocal timbre', 'Ngwakum', 'Protect UNRWA' and 'no
alternative to UNRWA', grepped in tests/data of the main checkout and of every other helper's worktree; no hits, except
'It's good to be home' (Walter Roberts in another VOA item, heldout186-en)). The annotation (rules H1770–H1774 in
`ANNOTATION.md` on top of H1–H1748) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h311-2013-06-voa-hosting-global-immigration-debate",
    source="https://www.insidevoa.com/a/voice-of-america-hosting-global-immigration-debate/1688232.html",
    license=PD, retrieved=PAGES + " (insidevoa.com press item 1688232 of June 2013 (Talk2US edition on Tuesday, June 25th); the site lines 'Accessibility links' and 'Breaking News' and the empty lines between paragraphs dropped (H1773); headline kept once; the paragraph 'VOA’s TV special looks at the current political divide on immigration reform ... All six profile', cut in the stored copy, dropped)",
    text='''Voice of America Hosting Global Immigration Debate
Voice of America is inviting its worldwide audience to join the growing U.S. immigration debate by taking part in a dynamic online conversation about an issue facing an estimated 11 million undocumented immigrants.
The multimedia project, Immigration: The New Face of America, combines the launch of a special interactive webpage and a television series that looks at the lives of immigrants, legal challenges, political and security issues, and the pressures that drive people to come to America.
“These immigrant profiles, which are being broadcast on our satellite streams around the world in many of our 45 languages, form the basis for a wider debate that we are encouraging and hosting online,” said VOA Director David Ensor.
“Visitors to our website will find a wealth of information about immigration that helps explain it in human terms. It provides a way for our audience to ask questions and share ideas and personal stories,” Ensor said.
In addition to helpful resources, info-graphics and statistics on foreign born populations and deportation cases, online visitors can view the TV series, take a sample U.S. citizenship test and share comments or photographs.
On Tuesday, June 25th, VOA will host a special immigration edition of Talk2US, an interactive Learning English forum that lets callers discuss issues and ask questions on Skype. VOA journalists Kate Woodsome and Avi Arditti will host the program, which will be streamed live and available on-demand.''',
    quotes=[
        Q('“These immigrant profiles', 'hosting online,”', "David Ensor"),
        Q('“Visitors to our website', 'personal stories,”', "David Ensor"),
    ],
    aliases={"David Ensor": ["David Ensor", "Ensor", "VOA Director David Ensor"]},
),
dict(
    id="voa-en-h311-2016-zimbabwe-selling-livestock-ease-hunger",
    source="https://voa.pangea-cms.com/preview/en-US/a/zimbabwe-selling-livestock-ease-hunger/3261640.html",
    license=PDC, retrieved=PAGES + " (preview copy on VOA's publishing system voa.pangea-cms.com of VOA article 3261640 of 2016 (El Nino drought, rainy season ending in mid-April); the stored copy has no headline and opens with the first paragraph, no title added (H1773); the subheading 'Need for assistance' kept in place as stored; the paragraph 'But Zimbabweans continue to prefer maize. It is used to make a popular', cut in the stored copy, dropped; Makiwa's quotation opens with a straight mark and closes with a curly one, his second opens curly and closes straight, as stored (H1774))",
    text='''Here at Chachacha village in southeast Zimbabwe, men force their cattle into a truck bound for market.
Drought brought on by particularly severe El Nino weather patterns has left 14 million people across Zimbabwe and southern Africa without enough to eat. The current rainy season has been the driest in 35 years, according to the U.N. World Food Program.
Johannes Chibvongodze is among the people selling his cattle because he can't afford to feed them, or buy food for himself and his family. Low rainfall has reduced grazing land.
Chibvongodze says jobs are hard to come by, and families are competing with others coming over from Mozambique.
While this year's rains finally came, it was too late to save many crops from the drought.
“For me to plant anything new now,” Chibvongodze said, is not “a workable solution.”
Need for assistance
The capital of Harare is about 600 kilometers away, and locals say government assistance has been slow to arrive.
The U.N.'s Food and Agriculture Organization has been supplying herders in Chipinge district with feed at reduced prices to help them fatten their cattle.
And some farmers in Chipinge are busy planting, although the Zimbabwe meteorological services department announced last week that the already-shortened rainy season will end in mid-April.
But the question of what to plant is a tough one.
"We would rather encourage farmers to go for small grains — especially the finger millet, pearl millet and sorghum — because they are a bit tolerant in terms of drought,” said Taringana Makiwa of the state-owned Agricultural Extension Service, which advises Zimbabweans on farming. “Most of our farmers used to go for maize crop. In terms of cultivation, it is easy compared to the small grains, but at the end of the day, in terms of yield, we really reap nothing. So the small grains are a bit drought-tolerant. So at least farmers will get something out of it."''',
    quotes=[
        Q('“For me to plant anything new now,”', None, "Johannes Chibvongodze"),
        Q('“a workable solution.”', None, "Johannes Chibvongodze"),
        Q('"We would rather encourage', 'in terms of drought,”', "Taringana Makiwa"),
        Q('“Most of our farmers', 'something out of it."', "Taringana Makiwa"),
    ],
    aliases={"Johannes Chibvongodze": ["Johannes Chibvongodze", "Chibvongodze"],
             "Taringana Makiwa": ["Taringana Makiwa", "Taringana Makiwa of the state-owned Agricultural Extension Service"]},
),
dict(
    id="voa-en-h311-2017-01-obama-farewell-speech",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-01-11T14%3A20%3A00-08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of January 11, 2017 on Barack Obama's farewell speech, on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; the stored copy has no headline and opens with the body, no title added (H1773); the body stored as one paragraph and kept so; the stored copy breaks off in 'Obama said the United States has to guard ag', so the text ends on the sentence before; straight and curly marks and the ellipsis characters as stored)",
    text='''In his final speech as president, Barack Obama said he is more hopeful now than when he was first elected. He called for unity and for all Americans to stay involved in the country’s democracy. Obama went home to Chicago, Illinois to give his last speech as president. He leaves office on January 20. Chicago was where his political career started more than 20 years ago. On Tuesday night, he spoke to thousands of supporters. "Thank you! It's good to be home! Thank you!" Obama took a look back on his eight years as president. He said the United States is a “better, stronger place” than when he took office in 2009. People cheered as he listed some of the things his administration has done. "If I had told you eight years ago that America would reverse a great recession, reboot our auto industry, and unleash the longest stretch of job creation in our history…if I had told you that we would open up a new chapter with the Cuban people, shut down Iran's nuclear weapons program without firing a shot, and take out the mastermind of 9/11…if I had told you that we would win marriage equality, and secure the right to health insurance for another 20 million of our fellow citizens ... if I had told you all that, you might have said our sights were set a little too high..." Recognizing the current political divide in the country, Obama urged Americans to seek common ground with one another. He said that while "democracy does not require uniformity," it does "require a basic sense of solidarity." Obama is the first African American to serve as president of the United States. After his election, there was talk of a “post-racial” America — one where race is not important. But Obama said race is a still a “potent and often divisive force” -- meaning that it is still a strong issue, and one that divides people. The president warned that the nation faces threats to democracy, such as issues of economic and racial inequality.''',
    quotes=[
        Q('"Thank you! It\'s good to be home! Thank you!"', None, "Barack Obama"),
        Q('“better, stronger place”', None, "Barack Obama"),
        Q('"If I had told you eight years ago', 'a little too high..."', "Barack Obama"),
        Q('"democracy does not require uniformity,"', None, "Barack Obama"),
        Q('"require a basic sense of solidarity."', None, "Barack Obama"),
        Q('“post-racial”', None, None),
        Q('“potent and often divisive force”', None, "Barack Obama"),
    ],
    aliases={"Barack Obama": ["Barack Obama", "Obama", "The president"]},
),
dict(
    id="voa-en-h311-2016-08-dogs-understand-humans",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2016-09-01T14%3A18%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English 'What’s Trending Today' story of August 31, 2016 on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; the neighbouring item 'Learn the meaning of accountable with your hosts, Anne and Jonathan.' with its lines 'from Voice of America http://ift.tt/2bH3KU7' and 'via IFTTT' and the blog's date lines 'Thursday, September 1, 2016' and 'Wednesday, August 31, 2016' dropped (H1773); the headline kept as the first line, the body stored as one paragraph and kept so; the stored copy breaks off in 'And Greg Matos in Boston called the study “fascinati', so the text ends on the sentence before; 'Today....' with four dots as stored)",
    text='''Research Shows Dogs Really Do Understand Humans
This is What’s Trending Today.... Researchers at a university in Hungary say there is truth to what many dog owners always believed. Dogs do understand what humans say. The researchers made images of the brains of 13 dogs using a machine that records brain activity. The dogs were trained to lie down in the machine for seven minutes. During that time, they listened through headphones to their trainers’ voices. Dog owners may think the news is not surprising. But scientists are impressed. Brian Hare is a professor of evolutionary anthropology at Duke University. He called one of the findings a “shocker.” The brain imaging showed dogs processed words using the left side of their brains, just as humans do. They use the right side of their brains to understand tone and pitch. The study showed dogs understand words and how they are said. Meaningful words said in a neutral way did not have the same effect as the same words said in an encouraging way. Attila Andics was the lead researcher on the project. “Dog brains care about both what we say and how we say it,” he said. Researchers say they think dogs are tuned in to what people say because dogs have lived with people for a long time. Andics said he thinks other animals probably can understand human language like dogs do. But those animals are not very interested in what humans have to say. People reacted to the story on Facebook and Twitter. They said they always knew their pets could understand them. And they were happy to see scientific support for what they experienced every day. One reader from Virginia said she thought her dog could probably read her mind, too. Someone in California joked that he always knew his dog ignored him.''',
    quotes=[
        Q('“shocker.”', None, "Brian Hare"),
        Q('“Dog brains care', 'how we say it,”', "Attila Andics"),
    ],
    aliases={"Brian Hare": ["Brian Hare", "a professor of evolutionary anthropology at Duke University"],
             "Attila Andics": ["Attila Andics", "Andics", "the lead researcher on the project"]},
),
dict(
    id="voa-en-h311-2017-10-baby-talk-vocal-timbre",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-10-24T15%3A14%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of October 2017 on a Princeton University study of mothers' baby talk, on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; the stored copy has no headline and opens with the body, no title added (H1773); the body stored as one paragraph and kept so; the stored copy breaks off in 'Researchers listened to discussions in nine other', so the text ends on the sentence before; double hyphens, the em dash in 'tract—from' and the nested single marks (‘ba’, ‘bi’, ‘bo’) as stored (H1771))",
    text='''Baby talk. It is how many adults speak to babies: slowly, using shorter sentences, talking at a higher pitch, and putting more emphasis on certain vowels. Examples include, “Where are your shoooes?” And, “Oh, this tastes gooood.” New research from Princeton University in New Jersey found something else special about how adults -- in this case mothers -- speak to their very young children. “We found for the first time that mothers shift their vocal timbre,” said Elise Piazza, a postdoctoral researcher at Princeton University’s Neuroscience Institute. Timbre is what makes a sound appear different than words or music with the same pitch and loudness. Piazza added: “Timbre is best defined as the unique quality of a sound. Barry White’s silky voice sounds different from Tom Waits’ gravelly one -- even if they’re singing the same note.” Using special equipment, Piazza and other Princeton researchers found that mothers shared similar changes in timbre when speaking to babies. Piazza offers this example from the research. First, a mother talking to her baby. “A bunny and a mouse.” And here is the same mother talking to an adult. “He had four teeth coming in at once.” Piazza explains how people change their timbre. “Timbre is influenced by your entire vocal tract—from your vocal cords all the way up to your lips,” she told VOA. “When you move your tongue and lips to make different vowels (‘ba’, ‘bi’, ‘bo’), you’re actually changing timbre,” she said. The researchers tried to capture the sounds mothers used with their babies at home. “We chose to record mothers playing with and reading to their own babies just like they would at home,” Piazza said. She wanted the discussions to be as natural as possible. The research offers new ways to show differences between how adults speak to babies, compared to fellow adults. The research was not limited just to English speakers.''',
    quotes=[
        Q('“Where are your shoooes?”', None, None),
        Q('“Oh, this tastes gooood.”', None, None),
        Q('“We found for the first time', 'their vocal timbre,”', "Elise Piazza"),
        Q('“Timbre is best defined', 'the same note.”', "Elise Piazza"),
        Q('“A bunny and a mouse.”', None, None),
        Q('“He had four teeth coming in at once.”', None, None),
        Q('“Timbre is influenced', 'up to your lips,”', "Elise Piazza"),
        Q('“When you move your tongue', 'actually changing timbre,”', "Elise Piazza"),
        Q('“We chose to record', 'they would at home,”', "Elise Piazza"),
    ],
    aliases={"Elise Piazza": ["Elise Piazza", "Piazza", "a postdoctoral researcher at Princeton University’s Neuroscience Institute"]},
),
dict(
    id="voa-en-h311-2024-09-mpox-children-burundi",
    source="https://immigrationresearch.org/aggregator/sources/13?page=278",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of September 20, 2024 (Geneva) in the immigrationresearch.org feed aggregator's copy of VOA's feed ('Voice of America’s immigration news'); the aggregator's feed title, subscribe line, feed description and 'Updated: ...' line, the neighbouring items 'VOA Newscasts' (with its blurb 'Give us 5 minutes, and we'll give you the world. ...') and 'Israeli Air Force strikes Beirut' (with its blurb) and the item's date line 'September 20, 2024 - 14:03' dropped (H1773); the headline kept as the first line, the body stored as one paragraph and kept so; the dateline 'GENEVA —' stays at the head of the paragraph as stored; the stored copy breaks off in 'Speaking from the capital, Bujumbura, he said t', so the text ends on the sentence before; two partial quotations in one sentence (H1770))",
    text='''Mpox spreads at alarming rate among children in Burundi
GENEVA — The United Nations Children’s Fund, or UNICEF, warned Friday that children in Burundi are bearing the brunt of the mpox outbreak, with cases of this deadly, infectious disease spreading at an alarming rate among a young population. “Of the nearly 600 reported cases, two-thirds are in children under 19. The situation has escalated rapidly, with a more-than-40% increase in cases over the past three weeks,” Dr. Paul Ngwakum, UNICEF’s regional health adviser for Eastern and Southern Africa, told journalists in Geneva via video link Friday. Ngwakum, who currently is on a visit to Burundi, said, “The fear expressed by the parents and the resilience of communities in the face of this public health crisis” and the rapid escalation of the disease “were striking.”''',
    quotes=[
        Q('“Of the nearly 600 reported cases', 'past three weeks,”', "Paul Ngwakum"),
        Q('“The fear expressed by the parents', 'public health crisis”', "Paul Ngwakum"),
        Q('“were striking.”', None, "Paul Ngwakum"),
    ],
    aliases={"Paul Ngwakum": ["Paul Ngwakum", "Dr. Paul Ngwakum", "Ngwakum", "UNICEF’s regional health adviser for Eastern and Southern Africa"]},
),
dict(
    id="voa-en-h311-2024-07-guterres-no-alternative-to-unrwa",
    source="https://immigrationresearch.org/aggregator/sources/13?page=21",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of July 12, 2024 (United Nations) in the immigrationresearch.org feed aggregator's copy of VOA's feed ('Voice of America’s immigration news'); the aggregator's feed title, subscribe line, feed description and 'Updated: ...' line and the item's date line 'July 12, 2024 - 17:09' dropped (H1773); the headline kept as the first line, the body stored as one paragraph with runs of two and three spaces where the story's paragraphs meet, kept so; the stored copy breaks off in 'Staff have been the subject of increasingly viol', so the text ends on the sentence before; straight marks and the em dash as stored)",
    text='''UN chief: There's no alternative to UN Palestinian refugee agency
UNITED NATIONS — United Nations Secretary-General Antonio Guterres declared on Friday that there is no alternative to the U.N. Palestinian refugee agency, and 118 countries backed the relief organization as indispensable, amid stepped up efforts by Israel to dismantle it.  The U.N. Relief and Works Agency, or UNRWA, provides education, health care and aid to millions of Palestinians in the Gaza Strip, the West Bank, Jordan, Syria and Lebanon. Since war erupted nine months ago between Israel and Palestinian militant group Hamas in Gaza, U.N. officials have stood by UNRWA as the backbone of aid operations.  "My appeal to everyone is this: Protect UNRWA, protect UNRWA staff, and protect UNRWA's mandate — including through funding," Guterres told an UNRWA conference in New York on Friday. "Let me be clear: There is no alternative to UNRWA."  Israeli Prime Minister Benjamin Netanyahu has long called for UNRWA to be dismantled, accusing it of anti-Israeli incitement. Israel's parliament is currently considering designating UNRWA as a terrorist organization.  Several countries halted their funding to UNRWA following accusations by Israel that some of the agency's staff were involved in the October 7 Hamas attack on Israel that triggered the Gaza war. Most donors have since resumed their funding, while the U.N. is conducting an internal investigation.   UNRWA has been hit hard during the conflict in Gaza: 195 staff have been killed.   "UNRWA is also being targeted in other ways," Guterres said.''',
    quotes=[
        Q('"My appeal to everyone', 'through funding,"', "Antonio Guterres"),
        Q('"Let me be clear', 'alternative to UNRWA."', "Antonio Guterres"),
        Q('"UNRWA is also being targeted in other ways,"', None, "Antonio Guterres"),
    ],
    aliases={"Antonio Guterres": ["Antonio Guterres", "Guterres", "United Nations Secretary-General Antonio Guterres", "UN chief"]},
),
]
