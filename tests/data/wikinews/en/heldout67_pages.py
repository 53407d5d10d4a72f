# Held-out English news pages (tests/data/heldout67-en.jsonl), none of them used in an earlier set. Like heldout60_pages.py,
# these texts are stored web pages (the `pages` search corpus) of the Voice of America: fourteen transcripts of VOA's
# weekly science magazine "Our World" on voanews.com (December 2004; March, July and October 2005; January, February,
# May, July and December 2006; January and September 2007; December 2008; March 2009; January 2010), covering science, health and research-funding news (stem
# cells, the Hwang Woo-suk fraud, the Red List, NASA's Mars Science Laboratory delay, lead poisoning, Obama's science
# budget, the woolly mammoth's extinction, Pluto's demotion, plant genetics, a brain implant, amniotic stem cells, avian flu in wild birds, a low-fat diet study, ancient Chinese wine). All are works of the US
# government and in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party in
# the kept text. The stored copies are cut after about 2,000 characters: only complete paragraphs are kept (a cut
# paragraph is dropped and noted in `retrieved`). The lines 'Accessibility links' and 'Breaking News' and the
# transcripts' service notice are dropped; wording, spelling ('reseach', 'pasticity', 'Donaghue'/'Donahue'), spacing
# inside a paragraph and quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them
# (rules H339-H343 in ANNOTATION.md on top of H1-H338).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout67-en.jsonl

Built by `build.py` from `heldout67_pages.py`. Like heldout60-en, these texts are stored web pages (the `pages` search
corpus) of the Voice of America, none of them used in a set above: fourteen transcripts of VOA's weekly science and
technology magazine "Our World" on voanews.com (2004–2010), on science, health and research news (stem cells and the Hwang Woo-suk
fraud, the IUCN Red List, the delay of NASA's Mars Science Laboratory, a lead-poisoning study, President Obama's science
budget, the extinction of the woolly mammoth, Pluto's demotion, inheritance in arabidopsis, embryonic stem cells without
destroying embryos, a brain implant, amniotic stem cells, avian flu in wild birds, the low-fat diet study, a 3,000-year-old
liquid). All are US government works in the public domain (17 U.S.C. § 105); none is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Navigation lines and the transcripts' service notice
were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL,
by the names of their speakers and by 8-word overlap with every existing text). The annotation (rules H339–H343 in
`ANNOTATION.md` on top of H1–H338) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-2006-01-14-our-world-transcript",
    source="https://www.voanews.com/a/a-13-our-world-transcript-14-january-2006/321100.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice 'This transcript is provided as a service; there may be some variation between it and the program as broadcast.' dropped (H25, H300); the last line 'HYNES', cut in the stored copy before its quotation, dropped)",
    text='''Our World Transcript — 14 January 2006
Straight ahead on "Our World," the South Korean stem cell debacle ... frogs going extinct ... and bringing pieces of a comet back to earth.
BROWNLEE: "So the goal of Stardust is to preserve samples of the initial building blocks of our Solar System — the sun and the planets, and even ourselves."
The Stardust mission, science humor on our Website of the Week, and more.... I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
As you might have heard by now, last year's exciting news from South Korea about cloning human stem cells has been exposed as a fake.
Scientist Hwang Woo-suk claimed to have created human stem cells cloned from different individuals. His research was published in June in the prestigious journal, Science. But the dramatic story soon began to unravel, and on Tuesday, an expert panel at Seoul National University confirmed not only that he never actually cloned the stem cells, but also that an earlier claim, of cloning a human embryo, was also bogus.
The investigators did, however, confirm Dr. Hwang's earlier published success in cloning a dog.
The South Korean scientist apologized in a televised news conference, but said his research colleagues had made errors, which he failed to check.
Seoul National University, where Dr. Hwang worked, said the fabrication of scientific papers is an "academic criminal act." The government stripped him of the prestigious title of "top scientist," which entitled him to five years of research funding worth millions of dollars.
The fraud was big news, but at least one leading stem cell expert labeled it a "distraction." Stem cell research has seen its share of ethical controversy, but Dr. Richard Hynes of the Massachusetts Institute of Technology (MIT) says the issue here was more clear-cut.''',
    quotes=[
        Q('"Our World,"', None, None),
        Q('"So the goal of Stardust', 'even ourselves."', "BROWNLEE"),
        Q('"Our World."', None, None),
        Q('"academic criminal act."', None, "Seoul National University"),
        Q('"top scientist,"', None, None),
        Q('"distraction."', None, "Richard Hynes"),
    ],
    aliases={"Richard Hynes": ["Dr. Richard Hynes"]},
),
dict(
    id="voa-2007-09-15-our-world",
    source="https://www.voanews.com/a/a-13-2007-09-14-voa51/333254.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'HOFFMAN: \"This species has been upgraded from endangered to critically endangered ... Ebola outbreaks, which seem to', cut in the stored copy, dropped; Hoffman's first turn, whose closing mark the copy omits, runs to its paragraph end)",
    text='''Our World — 15 September 2007
MUSIC: "Our World" theme
Straight ahead on "Our World" ... A status report on endangered species ... a new way to learn about dark matter ... and climate change and its impact on agriculture ...
CLINE: "Countries that are closer to the Equator have higher temperatures already. And as they heat up they get into ranges that are beyond the tolerance levels for the crops."
Those stories, cancer patients and the lingering after-effects of chemotherapy, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
The World Conservation Union this week released its annual Red List of Endangered Species.
The Swiss-based group warns that more than 16,000 species of plants and animals are threatened with extinction. Another 25,000 are classified as endangered.
Michael Hoffman of the group's biodiversity unit spoke to reporters at the National Zoo here in Washington. He says the new Red List paints a grim picture.
HOFFMAN: "When it comes to the status of biodiversity worldwide, the news generally is not good. Unfortunately, when it comes to this year's Red List, there's not a great deal that gives us hope that the one-in-three amphibians that are threatened with extinction, or the one-in eight birds that are threatened with extinction are doing any better.
If there is a marquee family of animals that symbolizes threatened species, it could be the Great Apes, whose numbers continue to decline. Russell Mittermeier, who heads the World Conservation Union's primate group, says the Western Lowland Gorilla in particular is more endangered than ever.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"Countries that are closer', 'for the crops."', "CLINE"),
        Q('"Our World."', None, None),
        Q('"When it comes to the status', 'doing any better.', "Michael Hoffman"),
    ],
    aliases={"Michael Hoffman": ["HOFFMAN"]},
),
dict(
    id="voa-2008-12-06-our-world",
    source="https://www.voanews.com/archive/our-world-06-december-2008",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the programme's first line (H131); the paragraph 'Although smallpox was eradicated in 1977, ... VOA's Rosanne Skirbl', cut in the stored copy, dropped; the subheading 'NASA Delays Next Mars Mission Until 2011' kept as a line, the subheading 'Smallpox Vaccine Effective for Decades' dropped with the cut paragraph it heads; the double spaces after the labels kept)",
    text='''MUSIC: "Our World" theme
This week on "Our World" ... smallpox protection from long-ago vaccinations ... the current state of electric cars ... and unraveling the secret of long-distance animal migration...
LOHMANN:  "It just seems impossible that they're able to enter the sea and all by themselves swim around the Atlantic Ocean and then eventually come back to the place where they started out."
Those stories and more, including some words of wisdom from this year's Nobel laureates.
I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
NASA Delays Next Mars Mission Until 2011
NASA says next year's scheduled Mars mission will be delayed two years because of some stubborn technical issues, including problems with a motor on a next-generation rover.
The Mars Science Laboratory is designed to see if Mars might now - or in the past - have conditions favorable for life.
NASA Administrator Michael Griffin broke the news to reporters in Washington.
GRIFFIN:  "Despite the delay, work on the mission really is progressing well, with the exception of the motor problem, which we just do not yet adequately understand. But we've determined that trying for '09 would require us to assume too much risk, more than, I think, is appropriate for a flagship mission like Mars Science Laboratory."
The NASA chief said that the problems could probably be resolved in a few months, but because of the relative orbits of Earth and Mars, the next favorable launch date won't be until 2011.
The two-year delay will add $400 million to the cost of the mission, bringing it to around $2 billion.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"It just seems impossible', 'where they started out."', "LOHMANN"),
        Q('"Our World."', None, None),
        Q('"Despite the delay', 'Mars Science Laboratory."', "Michael Griffin"),
    ],
    aliases={"Michael Griffin": ["NASA Administrator Michael Griffin", "GRIFFIN"]},
),
dict(
    id="voa-2010-01-09-our-world",
    source="https://www.voanews.com/a/our-world---9-january-2010-81010502/111341.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the subtitle 'VOA's weekly science and technology radio magazine' kept as a line; the paragraph 'BORUCKI: \"The orbital periods run from about 3.2 days to 4.9 days. ... The short period or', cut in the stored copy, dropped; the subheading 'Astronomers Discover 5 New Planets' kept as a line)",
    text='''Our World - 9 January 2010
VOA's weekly science and technology radio magazine
MUSIC: "Our World" theme
This week on Our World: A new role for coral reefs as cradles of evolution ... a White House initiative on science education ... and solving a lead-poisoning mystery among immigrant children.
HESTING: "We were hunting around for anything we could find that these kids might be getting into. We tested food, we tested toys – anything that we thought that that baby could have come into contact with."
Those stories, using science to free wrongfully-convicted prisoners, and more...
I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Astronomers Discover 5 New Planets
New images from the earth-orbiting Hubble Space Telescope show galaxies forming a "mere" 600 million years after the Universe was born in the so-called "Big Bang" – more than 13 billion years ago.
The galaxies are the oldest ever observed, indicating that these vast clusters of stars were starting to form earlier in the history of the Universe than previously believed.
Astronomers say these galaxies are much smaller than our own Milky Way galaxy, and they describe them as "primordial," with fewer heavy elements than galaxies that formed later.
Another space telescope is in the news this week. Scientists on Monday (January 4) reported the first planets discovered by the Kepler Space Telescope, which was launched in March last year specifically to find planets orbiting distant stars.
Kepler was designed to look for planets like Earth, but as expected early in its mission, the first discoveries are much bigger planets – four of them bigger than Jupiter, and a fifth roughly the size of Neptune.
NASA scientist William Borucki says these planets race around their stars so fast, that their years are measured in days.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"We were hunting around', 'into contact with."', "HESTING"),
        Q('"Our World."', None, None),
        Q('"mere"', None, None),
        Q('"Big Bang"', None, None),
        Q('"primordial,"', None, None),
    ],
    aliases={},
),
dict(
    id="voa-2009-03-07-our-world",
    source="https://www.voanews.com/a/a-13-2009-03-06-voa41-68678332/408738.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'CICERONE: \"Continuing federal investment has led to unmatched growth ... for people around t', cut in the stored copy, dropped; the subheading 'Top science official urges continued federal research funding' kept as a line)",
    text='''Our World — 07 March 2009
MUSIC: "Our World" theme
This week on Our World: An experimental way of making food safer ... Sipping for science: studies show young and old react differently to alcohol ... and science struggles along with the economy:
DALE DORSETT: "It gets so competitive that even really deserving projects, or very productive scientists who are doing really good work can not get funded."
Those stories, free university courses on our Website of the Week, and more.
I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Top science official urges continued federal research funding
President Obama's proposed federal budget for next year includes increased funding for basic research, for space exploration, for environmental studies, and for cancer research.
Congress makes the final spending decisions, but the proposed science increases, coming at a time of deep economic uncertainty, signal the Obama administration's focus, as the president pledged in his inaugural address.
OBAMA: "We will restore science to its rightful place, and wield technology's wonders to raise health care's quality and lower its cost. We will harness the sun and the winds and the soil to fuel our cars and run our factories. And we will transform our schools and colleges and universities to meet the demands of a new age."
Congress has been holding a series of hearings on the proposed spending plan, including money for science programs. To help sort it out, lawmakers heard testimony this week from, among others, the head of the National Academy of Sciences, which advises the government on science matters. Ralph Cicerone stressed the role that federally-supported science has played.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"It gets so competitive', 'can not get funded."', "DALE DORSETT"),
        Q('"Our World."', None, None),
        Q('"We will restore science', 'of a new age."', "Obama"),
    ],
    aliases={"Obama": ["President Obama", "OBAMA"]},
),
dict(
    id="voa-2006-05-13-our-world-transcript",
    source="https://www.voanews.com/a/a-13-2006-05-11-voa71/329359.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice dropped (H25, H300); the last paragraph 'McALARY: But othe', cut in the stored copy, dropped; the reporter's unquoted 'McALARY:' lines kept)",
    text='''Our World Transcript — 13 May 2006
MUSIC: "Our World" theme
Straight ahead on "Our World" ... Facing the possibility of a flu pandemic ... high-tech weather balloons ... And great new ideas for the world's poor...
GRANT: "With this technology the cost of the house is 40 percent cheaper just to build, and then the cost of the energy to heat the home is 75 percent cheaper."
Those stories, the challenge of teaching evolution, a Website of the Week for readers, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
There's new evidence that something out of today's headlines — climate change — may have been at work in the extinction of the woolly mammoth and other large mammals at the end of the last Ice Age. But as we hear from VOA's David McAlary, it is a controversial challenge to the traditional view that human hunters killed off the beasts.
McALARY: Scientists have long debated whether the cause was climate change or hunting by the human newcomers from Asia.
New scientific dating of 600 bones from that era from Alaska and Canada's Yukon Territory, including bones of humans, suggests that the warming climate was the culprit. University of Alaska scientist Dale Guthrie says it was a time when the landscape was changing from frigid grassland preferred by the large species to something less hospitable to them.
GUTHRIE: "What happened during this changeover time was that more moisture and warmer temperatures allowed trees and tundra to move in, a very unproductive landscape for large mammals but very dense greenery."
McALARY: The study of the bones' ages, published in the journal "Nature," shows that the woolly mammoth was already declining in number when humans arrived in North America from Siberia over the Bering Strait, which was still frozen at the time.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"With this technology', '75 percent cheaper."', "GRANT"),
        Q('"Our World."', None, None),
        Q('"What happened during', 'very dense greenery."', "Dale Guthrie"),
        Q('"Nature,"', None, None),
    ],
    aliases={"Dale Guthrie": ["GUTHRIE"]},
),
dict(
    id="voa-2006-12-30-our-world",
    source="https://www.voanews.com/a/a-13-2006-12-29-voa16/321717.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice dropped (H25, H300); the paragraph 'But the full IAU membership opted f', cut in the stored copy, dropped)",
    text='''Our World — 30 December 2006
MUSIC: "Our World" theme
Straight ahead on this special edition of "Our World," a look back at 2006 ... Pluto takes a fall ... 25 years of AIDS ... and challenges in international broadcasting ...
ELLIOTT: "A shortwave radio can always pull in signals from far away places, whereas [with] international television you have to have a cooperating satellite system or a cable system that's carrying the channel."
VOA's Kim Elliott, plus TV science guy Mr. Wizard, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
It's been an interesting year for space exploration. Unmanned craft visiting Mars continued to send back amazingly detailed pictures of the Red Planet. The U.S. announced long-range plans for a permanent base on the Moon. But maybe the biggest space story of the year was the un-discovery of our ninth planet.
In August, the International Astronomical Union, the IAU, stripped Pluto of its status as it agreed on a new definition of a planet.
The IAU vote overturned a committee recommendation that would have left Pluto as a planet. MIT Prof. Richard Binzel, a member of the committee, said expanding knowledge of the far reaches of the solar system made the existing roster of planets inconsistent.
BINZEL: "A new definition was necessary because astronomers are discovering many, many Pluto-like objects out in the outer Solar System, and we simply needed to know what to call them."
Binzel's committee recommended embracing these Pluto-like objects, sometimes called Plutons, as full-fledged planets. That would have included the asteroid Ceres, Pluto's own moon, Charon, and a recently-discovered object that was informally known as Xena, and is now officially called Eris which was hailed at the time as a 10th planet.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World,"', None, None),
        Q('"A shortwave radio', 'carrying the channel."', "Kim Elliott"),
        Q('"Our World."', None, None),
        Q('"A new definition was necessary', 'what to call them."', "Richard Binzel"),
    ],
    aliases={"Kim Elliott": ["ELLIOTT"], "Richard Binzel": ["MIT Prof. Richard Binzel", "BINZEL", "Binzel"]},
),
dict(
    id="voa-2005-03-26-our-world-transcript",
    source="https://www.voanews.com/a/a-13-our-world-transcript-2005-03-26-27/301944.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice dropped (H25, H300); the paragraph 'PRUITT: \"I think the other thing is that it implies that these org', cut in the stored copy, dropped; the copy's typo 'reseach' and its link label '[News release]' kept)",
    text='''Our World Transcript — March 26-27, 2005
MUSIC: Our World theme
Straight ahead on "Our World" ... A startling discovery in plant genetics ... astronomers see light from planets outside our solar system ... and the empowerment of home genetic testing ...
ALISON: "When women get cancer or men get cancer, cancer controls their life, and I didn't want to wait for it to happen to me. I want to be proactive and get it before it got me."
Do-it-yourself DNA, podcasting, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
A fascinating announcement this week from plant scientists at Purdue University in Indiana.
A reseach team led by Robert Pruitt has discovered a plant that ignored a mutation in its own DNA and somehow reached back to its ancestors to provide the correct genetic instructions for its offspring. [News release]
PRUITT: "So what we've discovered in the lab is that in some situations in arabidopsis, uh plants can inherit genetic information that was absent from their parents but was present in their grandparents or their great grandparents. So it's a new, sort of a new paradigm for genetics, uh, something completely different than anything we've seen before."
Arabidopsis is a mustard plant commonly used by scientists to study genetics. Dr. Pruitt and his colleagues studied arabidopsis plants that had a mutation which they should have passed on to the next generation.
PRUITT: "We can show that in fact those plants had inherited a normal copy of that particular gene, which wasn't present in their parents but which they must have inherited from an earlier ancestor."
Purdue's Robert Pruitt says this startling discovery, which is not fully understood, seems to disregard long-held understandings of genetics.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"When women get cancer', 'before it got me."', "ALISON"),
        Q('"Our World."', None, None),
        Q('"So what we\'ve discovered', 'we\'ve seen before."', "Robert Pruitt"),
        Q('"We can show that', 'an earlier ancestor."', "Robert Pruitt"),
    ],
    aliases={"Robert Pruitt": ["Dr. Pruitt", "PRUITT"]},
),
dict(
    id="voa-2005-10-22-our-world-transcript",
    source="https://www.voanews.com/a/a-13-2005-10-20-voa1-67369237/274082.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice dropped (H25, H300); the paragraph 'LANZA: \"We generated a dozen stem cell lines. ... including nerve cells, b', cut in the stored copy, dropped)",
    text='''Our World Transcript — October 22, 2005
MUSIC: Our World theme
Straight ahead on "Our World" ... A new way to get stem cells ... severe weather and climate change... and a fertility test for men who smoke
BURKMAN: "The people who are very heavy smokers — number of cigarettes per day: 20, 30 — almost all of them failed our test."
Those stories, oxygen on the moon, recipes on our Website of the Week, and more... I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
This week, U.S. scientists reported success at generating embryonic stem cells in a way that may ease ethical concerns, and could provide promising new treatments for a variety of diseases.
Stem cells have the potential to develop into many different cell types, making them a kind of repair system for the body. Embryonic stem cells, of course, come from embryos. The usual method of extracting the stem cells destroys the embryo, raising ethical questions. For that reason, the Bush administration has imposed severe limits on stem cell research.
But biotechnology company Advanced Cell Research, based near Boston, says it has adapted a method widely used in fertility, or IVF, clinics to extract stem cells.
LANZA: "We used a biopsy procedure that is carried out in IVF clinics throughout the world. The procedure known as PGD is relatively simple and does not injure the embryo. In fact, it's been used to generate hundreds of healthy babies."
Company medical director Robert Lanza says a single cell is removed from a newly-fertilized embryo, which then develops normally. They have been working with laboratory mice, not humans, and he says they have had good success so far.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"The people who are very heavy smokers', 'failed our test."', "BURKMAN"),
        Q('"Our World."', None, None),
        Q('"We used a biopsy procedure', 'healthy babies."', "Robert Lanza"),
    ],
    aliases={"Robert Lanza": ["LANZA"]},
),
dict(
    id="voa-2006-07-15-our-world-transcript",
    source="https://www.voanews.com/a/a-13-2006-07-14-voa2/398651.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice dropped (H25, H300); the last line 'In a commentary p', cut in the stored copy, dropped; the copy's spellings 'Donaghue', 'Donahue' beside the label 'DONOGHUE', and 'pasticity', kept (H340))",
    text='''Our World Transcript — 15 July 2006
MUSIC: "Our World" theme
Straight ahead on "Our World" ... It's not science fiction: a man controls a computer by just thinking ... exercise for longer life ... and TV's original science guy:
SCHIAVELLI: "He didn't miss the science that was behind the fun. You know, you can do things and say, gee whiz, wow. But the real question is why."
He's talking about Mr. Wizard. Those stories, dinosaur lifespans, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Scientists have implanted a tiny electronic device in the brain of a paralyzed man, allowing him to control a computer and other devices just by thinking.
DONOGHUE: "The patient is able to just think about moving, and the cursor will move pretty much in the motion that the hand would take if you were to imagine, say, moving left or right."
John Donaghue of Brown University in Rhode Island and his colleagues reported the accomplishment this week in the journal Nature.
The device picks up electrical signals in the brain, which can then be interpreted by a computer. The first person to receive the implant, Matthew Nagle, is a 26-year-old who is paralyzed below the shoulders. In an published interview he said it only took him a few days to learn how to direct his thoughts so he could play a simple video game or open up an email message. The motions don't translate very smoothly, though, and Dr. Donahue says more work is needed in the processing of the signal picked up from the brain.
DONOGHUE: "And so far we haven't seen a major change in their control. And what that means is that at least we haven't found out how to exploit the brain's pasticity, so we need to change the computer to make the control signal better, and we're doing that and actually having some good success."''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"He didn\'t miss the science', 'the real question is why."', "SCHIAVELLI"),
        Q('"Our World."', None, None),
        Q('"The patient is able', 'moving left or right."', "John Donaghue"),
        Q('"And so far we haven\'t seen', 'some good success."', "John Donaghue"),
    ],
    aliases={"John Donaghue": ["DONOGHUE", "Dr. Donahue"]},
),
dict(
    id="voa-2007-01-13-our-world",
    source="https://www.voanews.com/archive/our-world-13-january-2007",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the transcript notice, dropped (H25, H300); the text starts with the programme's first line (H131); the paragraph 'During seven years of research, Atala and his colle', cut in the stored copy, dropped; the double spaces after 'MUSIC:' and 'ATALA:' kept)",
    text='''MUSIC:  "Our World" theme
Straight ahead on "Our World," a new source for stem cells ... music and the brain ... and bringing science out into the community ...
LOVINGER: "We had an audience ranging from kids about seven years old to people who were 90 years old. They all asked questions, it was very enthusiastic. And it was wonderful."
Café Scientifique, a consumer electronics roundup, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Scientists this past week announced discovery of a new kind of human stem cell.
Many people have been keeping a close eye on stem cell research. Embryonic stem cells are unique because they are at an early stage of development and may become bone cells, brain cells or anything in between. The hope is that one day this flexibility may be harnessed to cure disease. However, ethical issues have been raised, particularly in the United States, because harvesting the cells normally requires the destruction of a human embryo.
Some opponents of embryonic stem cell research have argued that researchers should instead use adult stem cells, which are not surrounded by the same ethical issues, but which also seem less likely to be useful for a wide range of therapies.
This week's edition of the journal Nature Biotechnology introduces a third type of stem cell: stem cells found in a pregnant woman's amniotic fluid, the briny liquid that fills the womb and surrounds the developing fetus. Researcher Anthony Atala at Wake Forest University in North Carolina says the new cells are almost as versatile as embryonic stem cells.
ATALA:  "Human embryonic stem cells are pluripotent in that they are able to differentiate into all three germ layers. And after several years we were able to find that indeed these cells were also able to do the same."''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World,"', None, None),
        Q('"We had an audience', 'it was wonderful."', "LOVINGER"),
        Q('"Our World."', None, None),
        Q('"Human embryonic stem cells', 'to do the same."', "Anthony Atala"),
    ],
    aliases={"Anthony Atala": ["Researcher Anthony Atala", "ATALA"]},
),
dict(
    id="voa-2005-07-09-our-world-transcript",
    source="https://www.voanews.com/archive/our-world-transcript-july-9-10-2005",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the transcript notice, dropped (H25, H300); the text starts with the programme's first line (H131); the paragraph 'YI GUAN: \"You already know we have a big problem in Southeast Asia. Now this has become a n', cut in the stored copy, dropped; the copy's typo 'acturally', the space before a comma and the double space kept)",
    text='''MUSIC: Our World Theme
Straight ahead on "Our World" ... New worries over avian flu as the virus shows up in migrating birds ... women, aspirin and vitamin E ... and unsolved mysteries in science
NORMAN: "We now know that the fraction of the universe that you can acturally see, the stars and galaxies, is just a very, very tiny fraction of what's there."
Those stories, rising sea levels, dinosaurs on our Website of the Week , and more... I'm Art Chimes.  Welcome to VOA's science and technology magazine, "Our World."
Reports published this week could signal a new chapter in the evolving story of avian, or bird flu. The disease, which has killed more than 50 people, has appeared in chickens and other poultry. Millions of birds have been killed as a preventive measure. Now, scientists have identified the deadly virus among migrating birds in western China, with a warning that they could spread the virus rapidly beyond its current stronghold in Southeast Asia.  VOA's David McAlary reports.
McALARY: The sick and dying waterfowl can be easily spotted at the Lake Qinghai nature reserve. If not paralyzed, they stagger and have tilted necks, classic symptoms of avian flu in such birds.
The outbreak was first detected on April 30 and within three weeks, it killed about 15 hundred birds, mostly geese, but also two gull varieties. Now, the World Health Organization estimates that about six thousand have died.
In a new paper in the journal Nature, Chinese scientists say this is the first evidence that avian flu transmission has spread beyond domesticated poultry into wild bird populations far away from farms. Hong Kong University researcher Yi Guan says the expansion could signal an even further spread of the disease once the flocks begin migrating from the Chinese lake.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"We now know that the fraction', 'of what\'s there."', "NORMAN"),
        Q('"Our World."', None, None),
    ],
    aliases={},
),
dict(
    id="voa-2006-02-11-our-world-transcript",
    source="https://www.voanews.com/a/a-13-2006-02-10-voa36/322002.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice dropped (H25, H300); the paragraph 'This study, like all scientific research, has its limitations. ... in JAMA, the jour', cut in the stored copy, dropped; the label 'PRENTISS' beside the name 'Ross Prentice' kept as stored (H340))",
    text='''Our World Transcript — 11 February 2006
MUSIC: Our World theme
Straight ahead on "Our World," ... Studying the value of a low-fat diet ... pressing America to plan for climate change ... and exploring a lost world .
HELGEN: "It just looked different than anything I'd ever seen. And it turned out to be a new species of bird, the first new species of bird found in New Guinea since the Second World War. So right at that moment we knew we were onto something pretty big."
Those stories, Ray Kurzweil on the singularity, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
For years, the conventional advice on how to stay healthy has included eating a low-fat diet.
Now, a new study SEEMS to be casting some doubt on that advice ... or at least, suggesting that it's more complicated than that.
Four hundred million dollars and eight years went into this massive study, which tracked the dietary habits of 49,000 women. After all that, the researchers found a low-fat diet did not — did NOT — reduce the risk of cancer or heart disease. But one of the researchers, Ross Prentice of the Fred Hutchinson Cancer Research Center in Seattle, says that's not a reason to abandon a low-fat diet.
PRENTISS: "We did not see evidence of any adverse effects of a low-fat diet and we see some trends toward health benefits, especially for breast cancer. So we think that women who are currently on a low fat diet can confidently continue on such a diet."''',
    quotes=[
        Q('"Our World,"', None, None),
        Q('"It just looked different', 'something pretty big."', "HELGEN"),
        Q('"Our World."', None, None),
        Q('"We did not see evidence', 'on such a diet."', "Ross Prentice"),
    ],
    aliases={"Ross Prentice": ["PRENTISS"]},
),
dict(
    id="voa-2004-12-11-our-world-transcript",
    source="https://www.voanews.com/archive/our-world-transcript-december-11-2004",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the notice 'This unformatted transcript is provided as a service to users of There may be some slight differences between this and the program as actually broadcast.', dropped (H25, H300); the production lines ('MUSIC: Establish :08 and under', 'DALET: TEASE  (McGovern) (:11)', 'MUSIC: Up to button') kept as stored, H343; the paragraph '\"The difference between the risk faced by the crew ... such a mission is worth t', cut in the stored copy, dropped; the stored '?' standing for a dash and the double spaces kept)",
    text='''MUSIC: Establish :08 and under
CHIMES: Straight ahead on "Our World" ? Repairing the space telescope  ... surprising centers of biotechnology  ... and archaeologists take vintage wine to a whole new level
DALET: TEASE  (McGovern) (:11)
"It is the original liquid because when you take the lid off, you can actually smell this aromatic quality to it.  I could not believe you could get a liquid lasting for 3,000 years!"
We toast a discovery in China, plus a new weapon in the fight against tuberculosis.  I'm Art Chimes.  Welcome to VOA's science and technology magazine, "Our World."
MUSIC: Up to button
CHIMES: The Hubble Space Telescope, widely acclaimed as the most productive astronomical instrument in history, is 14 years old and showing its age. Hubble was designed to be serviced by astronauts on the space shuttle. But after shuttle Columbia broke up on its return to earth in February 2003, shuttle flights were suspended, and in the future will only be used to complete construction of the International Space Station. In particular, a planned shuttle flight to Hubble was called off, and NASA instead wants to try an untested robotic repair mission.
On Wednesday, a committee convened by the prestigious National Academy of Sciences recommended against NASA's plan. The committee was headed Louis Lanzerotti, who pointed out that sending astronauts to fix Hubble would not be much more dangerous than sending them to the space station.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"It is the original liquid', 'for 3,000 years!"', "McGovern"),
        Q('"Our World."', None, None),
    ],
    aliases={},
),
]
