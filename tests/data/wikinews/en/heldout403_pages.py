# Held-out English news texts (tests/data/heldout403-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105):
# a VOA News report of September 2007 by Luis Ramirez on Burmese monks resuming their protests (English copy on
# voatibetan.com), a VOA Learning English story on amateur beekeepers in Fort Wayne, Indiana (learningenglish.voanews.com),
# three VOA Learning English stories of 2017-2018 on the feed blog newsamricaa.blogspot.com (Iranian Americans' success
# stories, the first stars, 'super wood'), a VOA Snapshot of August 2002 on the Tibetan Service's unexpected listener
# reaction (voanews.com) and a VOA story of February 2013 on VOA denying Chinese allegations on Tibetan self-immolations
# (voatibetanenglish.com). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept, a cut paragraph is dropped, and in a body stored as one
# paragraph the text ends on the last complete sentence (noted in `retrieved`). Site lines, date lines, media-player
# lines, photo captions and neighbouring feed items are dropped; a headline is kept once as the first line; wording and
# quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H2000-H2002 in ANNOTATION.md on top of H1-H1999).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout403-en.jsonl

Built by `build.py` from `heldout403_pages.py`. Like the VOA sets above (heldout391-en, heldout363-en, heldout328-en,
heldout311-en, heldout301-en and others; copies on other sites with the licence constant PDC as in heldout267-en,
heldout301-en, heldout311-en and heldout391-en), these texts are Voice of America texts (US government works in the
public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): a VOA News report by Luis
Ramirez of September 25, 2007 on thousands of Burmese monks resuming their protests, with Debbie Stothard of the
ALTSEAN Regional Human Rights Network (English copy on VOA's Tibetan site voatibetan.com, story 1272383); a VOA Learning
English story on amateur beekeepers in Fort Wayne, Indiana, with Megan Ryan and Alex Cornwell
(learningenglish.voanews.com 2924344); three VOA Learning English stories reposted on the feed blog
newsamricaa.blogspot.com (other pages of the blog in heldout267-en, heldout311-en and others): Iranian Americans using
technology to show success stories, with Pirooz Parvarandeh (April 17, 2017), astronomers finding evidence of the first
stars, with Richard Ellis (March 11, 2018), and University of Maryland researchers' 'super wood', with Liangbing Hu
(March 4, 2018); a VOA Snapshot of August 19, 2002 on the Tibetan Service's unexpected listener reaction, with Tseten
Wangchuk (voanews.com 388782); and a VOA story of February 7, 2013 on VOA denying Chinese allegations on Tibetan
self-immolations, with David Ensor and Losang Gyatso (voatibetanenglish.com 1598913). None is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept,
a paragraph cut in the stored copy is dropped, and where the body is stored as one paragraph the text ends on the last
complete sentence before the cut (noted per page). Site lines ('Accessibility links', 'Breaking News'), date lines,
media-player lines, photo captions, the blog's neighbouring feed items and date lines and contact lines were dropped;
wording and quotation marks are as stored. Pages read but left out: a globalsecurity.org copy of a VOA report on
Burmese monks regrouping in Thailand (one quotation, of an unnamed monk), the Kargbo story on newsamricaa.blogspot.com
(one quotation, as noted for heldout311-en), a VOA Special English report on the disappearance of honey bees (no
attributed quotation in the stored part) and a VOA Special English 'American Mosaic' transcript on the Kinsey
Collection (speaker labels, quotation cut). None of these pages is used in any set above or in another helper's
worktree (checked by URL and page id (voatibetan.com 1272383, learningenglish 2924344, newsamricaa.blogspot.com
updated-max=2017-04-17T15, 2018-03-12T15 and 2018-03-05T14, voanews.com 388782, voatibetanenglish.com 1598913), by
headline, and by the names of their speakers and distinctive phrases such as 'Debbie Stothard', 'Megan Ryan', 'Alex
Cornwell', 'Parvarandeh', 'Richard Ellis', 'star stuff', 'Liangbing Hu', 'super wood', 'Tseten Wangchuk', 'Sera
Monastery', 'Losang Gyatso' and 'secret code', grepped in tests/data of the main checkout and of every other helper's
worktree, including heldout379, heldout389 and heldout391; no hits, except the newsamricaa.blogspot.com site (other
pages) and David Ensor, quoted in other VOA stories of heldout22-en, heldout24-en, heldout311-en and heldout354-en).
The annotation (rules H2000–H2002 in `ANNOTATION.md` on top of H1–H1999) was committed before whosaid was first run on
these texts, so the first score is a blind one.

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h403-2007-09-burmese-monks-resume-protests",
    source="https://www.voatibetan.com/a/a-28-2007-09-25-voa6-90298502/1272383.html",
    license=PD, retrieved=PAGES + " (VOA News report by Luis Ramirez of September 25, 2007, English copy on VOA's Tibetan site voatibetan.com, story 1272383; the site's Tibetan date line 'གཟའ་ཕུར་བུ། ༢༠༢༤/༠༧/༢༥' and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph '\"We actually are seeing an unprecedented wave of media technology ... in Mandalay, in other parts,', cut in the stored copy, dropped; the spaced hyphens as stored; straight marks as stored)",
    text='''Thousands of Burmese Monks Resume Protests in Defiance of Government Warnings
Thousands of monks and other protesters have been marching again in Burma, despite warnings from the military government for them to stop their weeklong peaceful demonstrations. VOA's Luis Ramirez reports from our Southeast Asia bureau in Bangkok.
Soldiers took up positions around Rangoon's Shwedagon Pagoda, a Buddhist shrine that has become the focal point of the demonstrations.
Witnesses say thousands of monks marched through Rangoon for an eighth day Tuesday, joined by thousands of supporters. Marches were reported in other cities also.
The state media have warned people to end the protests or face possible military action.
Some rights activists say the military government may see itself as having no choice but to crack down on the demonstrators. Debbie Stothard is with the ALTSEAN Regional Human Rights Network in Bangkok.
"If they allow the protests to continue, even under controlled circumstances, it will actually help build momentum in the movement and embolden more and more people to come out and stand for their rights," Stothard said. "If they crack down harshly on the monks, there will be such a public backlash that they will have their backs to the wall."
The government has refused to negotiate or bow to the demands of the monks, who want an apology for the beating and arrest of several monks at a protest three weeks ago. They also want the junta to roll back the steep fuel price increases that touched off the demonstrations in the first place, and for the government to release political prisoners.
Stothard says the demonstrations have persisted and spread in part because of new technologies - such as camera phones and Web-casting - to relay news.''',
    quotes=[
        Q('"If they allow the protests', 'for their rights,"', "Debbie Stothard"),
        Q('"If they crack down', 'backs to the wall."', "Debbie Stothard"),
    ],
    aliases={"Debbie Stothard": ["Stothard"]},
),
dict(
    id="voa-en-h403-honeybees-disappearing-fort-wayne-beekeepers",
    source="https://learningenglish.voanews.com/a/honeybees-are-disappearing/2924344.html",
    license=PD, retrieved=PAGES + " (VOA Learning English story 2924344 on amateur beekeepers in Fort Wayne, Indiana; the site lines 'Accessibility links' and 'Breaking News', the related video title 'Amateur Beekeepers Encourage Spread of Apiaries', the media-player lines 'please wait', 'No media source currently available', '0:00 0:02:21 0:00' and '0:00 0:03:10 0:00', the unrelated photo caption 'Hindu women perform a ritual known as Aarti ... in Ahmedabad, India.', the player's title 'Honeybees Are Disappearing, and No One Knows Why' and the empty lines between paragraphs dropped; the headline kept once as the first line; the paragraph '“You don’t have to', cut in the stored copy, dropped; double hyphens and curly marks as stored)",
    text='''Honeybees Are Disappearing, No One Knows Why
Entomologists -- scientists who study insects -- are working with other scientists to learn why bee colonies are dying in the United States. They call the problem “colony collapse disorder.”
VOA recently spoke with amateur beekeepers in Fort Wayne, Indiana who are working to learn about honeybees and how to keep them alive.
Bees are needed to produce one third of our food. That is why Megan Ryan is worried about their survival. Earlier this year, she created an apiary, a place where groups, or hives, of honeybees are kept.
“Our hives are full of what’s called Italian honeybees.”
Italian bees are popular because they are not as aggressive as other kinds of bees. And they reproduce faster than other kinds of honeybees. In just four months, the apiary has grown from 10,000 to 70,000 bees in each hive.
Alex Cornwell is also a beekeeper. He says over the past ten years, both American and European hives have lost more than one fourth of their population.
“It’s unknown what colony collapse disorder is caused by specifically, but it could be a combination of anywhere from pesticides to mites to pathogens.”
Every time they visit the apiary, Ms. Ryan and Mr. Cornwell record information about the bees.
“We would share it with the DNR (Department of Natural Resources), other beekeepers -- any conservation effort, any organization that would like our records we freely share those.”
They also teach people about beekeeping. They want people to begin their own hives.''',
    quotes=[
        Q('“colony collapse disorder.”', None, None),
        Q('“Our hives are full', 'Italian honeybees.”', "Megan Ryan"),
        Q('“It’s unknown what', 'mites to pathogens.”', "Alex Cornwell"),
        Q('“We would share it', 'freely share those.”', "Megan Ryan"),
    ],
    aliases={"Megan Ryan": ["Megan Ryan", "Ms. Ryan"],
             "Alex Cornwell": ["Alex Cornwell", "Mr. Cornwell"]},
),
dict(
    id="voa-en-h403-2017-04-iranian-americans-tech-success-stories",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-04-17T15%3A15%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of April 17, 2017 on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; the blog's date line 'Monday, April 17, 2017' dropped; the headline kept as the first line; the body stored as one paragraph (opening with two spaces, dropped) and kept so; the stored copy breaks off in 'Immigrant groups in America have long considered how best to both “assimilate,” or fit in,', so the text ends on the sentence before (the two spaces before it dropped); the spelling 'Paravarandeh' and the nested curly double marks around 'Iranian?' as stored (H2001))",
    text='''Iranian Americans Use Tech to Show Success Stories
Pirooz Parvarandeh has been an executive in the technology industry for many years. He is also an Iranian American. But Paravarandeh believes Iranian Americans are subject to many negative stereotypes. A stereotype is a widely held but often wrong or oversimplified idea about a group of people. One reason is that even Iranian Americans themselves do not know about the many success stories of their group, he said. So Parvarandeh helped set up what he calls the “Iranian Americans’ Contribution Project.” It collected 200,000 Iranian last names and 70,000 first names. It uses the internet to search jobs held by people with these Iranian names. So far, the project has found more than 9,000 doctors and 3,000 dentists. It also found that Iranian Americans have received at least 40,000 patents. Patents are given to people who invent new products or processes. Parvarandeh hopes the information will cause people to reject negative images of Iranian Americans. “What images come up with “Iranian?” A terrorist? A hostage-taker? Or a contributing member of society,” he asked during a recent talk at the University of California, Berkeley. “If we don’t know the contributions of Iranian Americans, how can we expect the American public to know? If the public is not with us, why would policymakers want to stick up for us?” About one million Iranians now live in the United States, mostly in California. The Iranian Americans’ Contributions Project started last year. But it grew more interest this year after Iran was listed among countries included in the first and second travel bans called for by the Trump administration. Both orders have been blocked temporarily by federal judges. Parvarandeh hopes his new project will show Americans the many contributions being made by Iranian Americans.''',
    quotes=[
        Q('“Iranian Americans’ Contribution Project.”', None, None),
        Q('“What images come up', 'member of society,”', "Pirooz Parvarandeh"),
        Q('“If we don’t know', 'stick up for us?”', "Pirooz Parvarandeh"),
    ],
    aliases={"Pirooz Parvarandeh": ["Pirooz Parvarandeh", "Parvarandeh", "Paravarandeh"]},
),
dict(
    id="voa-en-h403-2018-03-astronomers-evidence-first-stars",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2018-03-12T15%3A12%3A00-07%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of March 11, 2018 on the feed blog newsamricaa.blogspot.com; the neighbouring item 'Follow John Russell to learn how to pronounce /f/ and /v/.' with its lines 'from Voice of America http://ift.tt/2IhuVmJ' and 'via IFTTT' and the blog's date lines 'Monday, March 12, 2018' and 'Sunday, March 11, 2018' dropped; the headline kept as the first line; the body stored as one paragraph and kept so, with the run-in subheading 'Signals believed to come from the earliest stars' in place as stored; the stored copy breaks off in 'If true, their observations would be the first confirmation of dark matter that', so the text ends on the sentence before; curly marks as stored)",
    text='''Astronomers: Evidence Found of First Stars
Astronomers have observed what they believe is the formation of the universe 13.6 billion years ago, when the earliest stars were just starting to shine. The astronomers say their observations may also have measured mysterious dark matter from that time. The observations however were not in visible light but in weak radio signals from deep space. An antenna in the Australian desert captured the radio signals. This receiver is a little bigger than a large television and costs less than $5 million. Because it records radio signals and not visible light, the antenna can detect objects that are more distant than the famous Hubble Space Telescope. Judd Bowman of Arizona State University helped to write the report which was published in the journal Nature. He says the signals came from the very first objects in the universe as it was coming out of darkness 180 million years after the Big Bang. Many scientists believe the universe began with a huge explosion they call the “Big Bang.” Stars and galaxies began to appear as the fireball of hydrogen and helium gas expanded and cooled. Signals believed to come from the earliest stars Richard Ellis is an astronomer who works at University College London. He says finding the signal from the first stars is more important than the Big Bang. Ellis said, “we are made of star stuff.” By identifying the first signs of stars, “we are seeing the beginnings of our existence,” he said. Ellis was not involved in the project. The astronomers studied the signals closely. They showed unexpectedly low temperatures and an unusually strong wave. When the astronomers tried to find out why, the best explanation they could find was that dark matter was present.''',
    quotes=[
        Q('“Big Bang.”', None, None),
        Q('“we are made of star stuff.”', None, "Richard Ellis"),
        Q('“we are seeing the beginnings', 'our existence,”', "Richard Ellis"),
    ],
    aliases={"Richard Ellis": ["Richard Ellis", "Ellis"]},
),
dict(
    id="voa-en-h403-2018-03-super-wood-stronger-than-steel",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2018-03-05T14%3A16%3A00-08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of March 4, 2018 on the feed blog newsamricaa.blogspot.com; the neighbouring items 'Follow John Russell to learn how to pronounce the /r/ sound.' and 'LIVE: The 90th Academy Awards' (with its text) with their lines 'from Voice of America http://ift.tt/...' and 'via IFTTT' and the blog's date lines 'Monday, March 5, 2018' and 'Sunday, March 4, 2018' dropped; the headline kept as the first line; the body stored as one paragraph and kept so, with the run-in subheading 'Strong, but not costly' in place as stored; the stored copy breaks off in 'Hu explained that “lignin is like a binder to hold all the components together in natu', so the text ends on the sentence before; straight marks in the body as stored)",
    text='''Can Wood Be Stronger Than Steel?
Researchers say they have created a new super-material in the laboratory. They say it is stronger, lighter and costs less than steel. But the new material is not a product of high technology or a metallic substance. It is wood. Researchers Liangbing Hu and Teng Li are with the University of Maryland in the United States. By using a few chemicals, heat and pressure, they have made wood three times denser and 10 times stronger. Hu says that means it can compete with some of the world’s strongest materials. "We're interested in replacing steel and carbon fibers with strong wood structures," he said. Strong, but not costly The process does not require any special raw, unprocessed material. Hu said that means the cost of the product will be relatively low. He added, "We can start with very cheap wood, and we can also start with very fancy, expensive wood. But in the end, ultimately we get very similar performance." The researchers are calling their product "super wood." It is made by partially removing a natural polymer called lignin.''',
    quotes=[
        Q('"We\'re interested in', 'wood structures,"', "Liangbing Hu"),
        Q('"We can start with', 'similar performance."', "Liangbing Hu"),
        Q('"super wood."', None, None),
    ],
    aliases={"Liangbing Hu": ["Liangbing Hu", "Hu"]},
),
dict(
    id="voa-en-h403-2002-08-snapshot-tibetan-service-listener-reaction",
    source="https://www.voanews.com/a/a-13-a-2002-08-19-16-voa-67577867/388782.html",
    license=PD, retrieved=PAGES + " (voanews.com VOA Snapshot 388782 of August 19, 2002; the site lines 'Accessibility links' and 'Breaking News' and the empty lines between paragraphs dropped; the headline with its double space after 'Snapshot:' and its date '- 2002-08-19' kept as the first line as stored; the paragraph 'To write to us about our anniversary, send an email to Or, send regular mai' (contact furniture, cut in the stored copy) dropped; the paragraph 'Sera's huge kitchen has giant pots,\" he says. ...' without an opening mark as stored (H2002); straight marks and the nested single marks as stored)",
    text='''VOA Snapshot:  Tibetan Service Gets Unexpected Listener Reaction - 2002-08-19
A VOA Snapshot - remembering our past as we look to the future in our 60th Anniversary Year.
VOA broadcasts go to all parts of the world, including many places from which listener feedback is rare. One such region is Tibet. But one day about 10 years ago, the VOA Tibetan Service got some listener reaction through a circuitous and unexpected route.
Two documentary filmmakers had just returned to the United States from a visit to Tibet, during which they filmed without Chinese government approval. They came to VOA to ask our Tibetan broadcasters to help them translate some of what they recorded during their visit.
"When I looked at the footage it was beautiful," says VOA's Tseten Wangchuk, who sat with the filmmakers and looked at a sequence from the kitchen of the huge Sera Monastery near Lhasa.
Sera's huge kitchen has giant pots," he says. "To reach over into them, the cooks need to climb up some steps. This was one of the biggest monasteries in the world. Thousands of monks used to live in it. The monks on duty that day, were mostly young, and when they saw these Americans with a long boom mic [microphone], they almost started fighting among themselves to try to get under the mic and speak."
The young monks kept repeating the same sentence over and over, and the filmmakers were eager to know what they were saying. But the translation was not what the filmmakers were expecting.
"The mysterious and incredibly important thing they were saying to the mic was 'From Washington, this is the Tibetan Service of the Voice of America,'" he said.
Offered the rare opportunity to speak into a microphone, that was what the young Tibetan monks thought of to say. The moment was a tremendous boost to the VOA Tibetan Service, and a rare bit of feedback from the remote mountains of Tibet.''',
    quotes=[
        Q('"When I looked at the footage', 'it was beautiful,"', "Tseten Wangchuk"),
        Q('"To reach over into them', 'the mic and speak."', "Tseten Wangchuk"),
        Q('"The mysterious and incredibly', 'Voice of America,\'"', "Tseten Wangchuk"),
    ],
    aliases={"Tseten Wangchuk": ["VOA's Tseten Wangchuk"]},
),
dict(
    id="voa-en-h403-2013-02-voa-denies-chinese-allegations-self-immolations",
    source="http://www.voatibetanenglish.com/content/voa-denies-chinese-allegations-on-tibetan-selfimmolations/1598913.html",
    license=PD, retrieved=PAGES + " (VOA story 1598913 of February 7, 2013 on VOA's Tibetan English site voatibetanenglish.com; the site's date line 'Friday 2014/07/25', the section line 'Tibet', the media box with its title 'VOA Denies Chinese Allegations on Tibetan Self-Immolationsi', the lines 'X' and '07.02.2013' and its summary 'The Voice of America has denied Chinese allegations that VOA is encouraging Tibetan protesters to set themselves on fire.' (H2002) and the empty lines between paragraphs dropped; the headline kept once as the first line; the paragraph 'Two months later, the Tibetan gove', cut in the stored copy, dropped; straight marks as stored)",
    text='''VOA Denies Chinese Allegations on Tibetan Self-Immolations
The Voice of America has denied Chinese government allegations that the broadcaster is encouraging Tibetan protesters to set themselves on fire.
Those allegations were made by the official China Daily newspaper and by Chinese state television. They also accused VOA of using an unspecified secret code to send messages to people inside Tibet at the direction of Tibetan spiritual leader, the Dalai Lama.
VOA Director David Ensor called the allegations "absurd" and "totally false." He called on the Chinese media to retract their stories.
Both VOA's English-language and Tibetan-language programs have provided extensive coverage of the nearly 100 Tibetans who have self-immolated since 2009 to protest alleged Chinese repression in their region.
Ensor called the self-immolation stories "tragic" and a sign of distress in Tibet.
"We report about them, but do not encourage them, absolutely not."
The CCTV program included a segment showing a man in a hospital bed identified as a Tibetan who tried to self-immolate but failed. The man was depicted saying he set himself on fire after watching VOA.
VOA Tibetan Service chief Losang Gyatso also denied that any news reports were influenced by the Dalai Lama or the Tibetan government-in-exile. He noted that VOA Tibetan's news reports often present the views of Chinese officials.
"VOA is a totally autonomous agency within the U.S. government. We are not directed or influenced by the Dalai Lama's office or the Tibetan government-in-exile, or any NGO related to the Tibetan movement."
Last October, VOA reported that China began offering large cash rewards for information on those planning or encouraging self-immolations.''',
    quotes=[
        Q('"absurd"', None, "David Ensor"),
        Q('"totally false."', None, "David Ensor"),
        Q('"tragic"', None, "David Ensor"),
        Q('"We report about them', 'absolutely not."', "David Ensor"),
        Q('"VOA is a totally autonomous', 'the Tibetan movement."', "Losang Gyatso"),
    ],
    aliases={"David Ensor": ["VOA Director David Ensor", "Ensor"],
             "Losang Gyatso": ["VOA Tibetan Service chief Losang Gyatso"]},
),
]
