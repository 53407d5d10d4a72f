# Held-out English news texts (tests/data/heldout266-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of eight transcripts of VOA's weekly science, health and technology magazine "Our World"
# (voanews.com, 2005-2009; US government works in the public domain, 17 U.S.C. § 105): May 28-29, 2005 (stem cell bill,
# bird flu), October 8, 2005 (the 1918 flu virus), October 15, 2005 (pandemic warnings, a solar house), February 23, 2008
# (shuttle Atlantis, Blu-Ray), November 15, 2008 (science in the Obama administration, ocean census), February 14, 2009
# (green jobs, a cold cure), February 28, 2009 (IPCC ice report, stroke) and April 11, 2009 (PEPFAR study, Antarctic ice).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). VOA's site lines ('Accessibility
# links', 'Breaking News') and the transcripts' service notice are dropped; headlines (where stored), music and label
# lines are kept; wording, spelling ('pandamic', 'postmortum', 'its a privilege', 'global global'), spacing (double and
# triple spaces after labels and full stops, two trailing spaces after HICKOX's turn) and quotation marks are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H1645-H1647 in ANNOTATION.md on top of
# H1-H1644).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"
NOTICE = "the transcript notice 'This transcript is provided as a service; there may be some variation between it and the program as broadcast.' dropped (H300)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout266-en.jsonl

Built by `build.py` from `heldout266_pages.py`. Like heldout60-en, heldout67-en and heldout239-en, these texts are stored
web pages (the `pages` search corpus) of transcripts of VOA's weekly science, health and technology magazine "Our World"
(voanews.com; Voice of America, US government works in the public domain, 17 U.S.C. § 105), none of them used in a set
above: May 28-29, 2005 (the House vote on stem cell research; bird flu), October 8, 2005 (the genome of the 1918 flu
virus), October 15, 2005 (pandemic warnings at a Capitol Hill briefing; a solar house), February 23, 2008 (the return of
shuttle Atlantis; toxics testing without animals), November 15, 2008 (science in the Obama transition; the census of
marine life), February 14, 2009 (green jobs in the stimulus package; a cure for the common cold), February 28, 2009 (the
IPCC chairman on polar ice; stroke in poorer countries) and April 11, 2009 (a Stanford study of PEPFAR; Antarctic ice).
None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and a paragraph cut in the stored copy is dropped (what was dropped is noted per page). Site
lines and the transcripts' service notice were dropped; wording and quotation marks are as stored. None of these pages is
used in any set above (checked by URL and page id, by date line, by the names and labels of their speakers such as
SPEVAK, O'TOOLE, LIGGETT, HICKOX, Podesta, Pachauri, BENDAVID, RETAMALES, FARRAR, Stan Love and Stabenow, and by phrases
such as 'nation-busting', 'green collar', 'Blu-Ray', '75 to 250 million' and 'bird migration patterns', grepped in
tests/data of the main checkout and of every other helper's worktree; the only hits were 'GERBERDING' and 'Julia Ritchey'
in other, different VOA pages of heldout104-en and heldout115-en). The annotation (rules H1645–H1647 in `ANNOTATION.md` on
top of H1–H1644) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2005-05-28-our-world-transcript",
    source="https://www.voanews.com/a/a-13-2005-05-27-voa39-66383927/547983.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; " + NOTICE + "; the paragraph 'Mr. Castle is a co-sponsor of the stem cell bill along with his Democratic colleague Diana DeGette. ...', cut in the stored copy, dropped; 'MUSIC: Our World theme' without marks and the double hyphens as stored)",
    text='''Our World Transcript — May 28-29, 2005
MUSIC: Our World theme
Straight ahead on "Our World" ... A Congressional vote on stem cell research ... the Voyager spacecraft at the end of the Solar System ... and the bird flu crisis in Southeast Asia.
FARRAR: "If this virus retained its ability to destroy tissue like this and then developed the ability to go from me to you, then we really are in a nightmare scenario."
Those stories, the not-so-frozen north, and more. ... I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
In Congress this week, the U.S. House of Representatives voted to allow research on stem cells from embryos that are not needed by fertility clinics.
The measure would substantially ease restrictions on stem cell research imposed in 2001 by President George W. Bush. Action in the Senate is pending. The president has said he would veto the legislation. And although it passed the House by a decisive margin -- including 50 Republican votes -- it failed to attract the two-thirds majority that would be needed to override a veto.
The stem cell bill won strong bi-partisan support because of the potential that embryonic stem cells might have for treating a number of diseases, including Parkinson's, diabetes, and Alzheimer's. But opponents say it would be wrong to use the embryos that would be the source of stem cells. In their view, life begins at conception, so they say embryos should be protected.
The embryos, as we said, would come from fertility clinics, and Congressman Mike Castle, a Republican, says the bill would give donors a choice of donating unneeded embryos for research, rather than having them disposed of as medical waste.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"If this virus retained', 'nightmare scenario."', "FARRAR"),
        Q('"Our World."', None, None),
    ],
    aliases={"FARRAR": []},
),
dict(
    id="voa-en-2005-10-08-our-world-transcript",
    source="https://www.voanews.com/a/a-13-2005-10-06-voa69/301168.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; " + NOTICE + "; the paragraph 'McALARY: U.S. government and private scientists have finished a 10-year project ...', cut in the stored copy, dropped; 'postmortum', 'this years', 'pandamic', 'a avian flu virus' and 'global global disease' as stored)",
    text='''Our World Transcript — October 8, 2005
MUSIC: Our World theme
Straight ahead on "Our World" ... A postmortum on the virus responsible for the deadly 1918 flu pandemic ... The winners of this years Nobel Prizes in science... and what the extinction of an ancient species can teach us ...
JOHNSON: "What we're dealing with in the past, is the destruction of habitats...the impact that has on biodiversity. Those are major issues today."
Those stories, book recommendations on our Website of the Week, and more... I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
The 1918 influenza pandamic is one of the worst health emergencies in recorded history, killing tens of millions of people. Now, scientists have decoded the genetic structure of that flu virus. This is more than a footnote to history, though. Amid fears today of an outbreak of bird, or avian flu into the human population, it turns out that the 1918 pandemic was caused by a avian flu virus that jumped to humans. VOA's David McAlary reports.
McALARY: It was the 20th century's greatest plague. Estimates of the 1918-1919 flu death toll range from 20 million to 50 million, more than died in the war that had just preceded it.
The head of the U.S. government's disease tracking agency, Julie Gerberding of the Centers for Disease Control, says hardest hit were the young and productive between 20 and 40 years old.
GERBERDING: "The 1918 influenza virus that caused such global global disease spread very rapidly, particularly among healthy people, was very, very virulent, and certainly circled the globe in record time."''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"What we\'re dealing with', 'major issues today."', "JOHNSON"),
        Q('"Our World."', None, None),
        Q('"The 1918 influenza virus', 'in record time."', "Julie Gerberding"),
    ],
    aliases={"JOHNSON": [],
             "Julie Gerberding": ["GERBERDING", "The head of the U.S. government's disease tracking agency"]},
),
dict(
    id="voa-en-2005-10-15-our-world-transcript",
    source="https://www.voanews.com/a/a-13-2005-10-14-voa17/301188.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; " + NOTICE + "; this transcript has no music line; the paragraph 'A \"nation-busting\" even...', cut in the stored copy, dropped; the em dashes and the label 'O'TOOLE:' as stored)",
    text='''Our World Transcript — October 15, 2005
Straight ahead on "Our World" ... A possible influenza pandemic ahead if the avian flu virus mutates ... a possible end of the line for polio ... and living inside a solar house
SPEVAK: "The walls are light colored which helps reflect light, so we don't need as many lights on. And the hot water clearly has paid for itself probably two or three times over by now."
Those stories, famous quotations on our Website of the Week, and more... I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Top public health experts sounded a warning this week about the possibility of a bird flu pandemic.
The dangerous avian flu has infected birds in a number of Asian countries, and just this week, was confirmed in Turkey. Human infections have been relatively rare so far — 117 cases, according to the World Health Organization, with 60 deaths — half of those infected. So far, the human victims have gotten the disease from direct contact with birds.
But at a briefing for Congressional staff on Capitol Hill, Dr. Greg Poland of the Mayo Clinic said two of the three conditions are in place for a global flu epidemic, or pandemic. We already have a new virus for which we don't have immunity ... and the virus can sicken humans.
POLAND: "The remaining condition is for this virus to develop the ability to be easily transmitted from one human to another to another. When this happens, time will be described for those left living as 'before' and 'after' the pandemic."
Scientists warn that the virus could mutate, giving it the ability to be spread from human-to-human. Dr. Tara O'Toole of the University of Pittsburgh stressed the urgency of the threat.
O'TOOLE: "What we are talking about is not just another health issue. It is a nation-busting event."''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"The walls are light', 'over by now."', "SPEVAK"),
        Q('"Our World."', None, None),
        Q('"The remaining condition', 'the pandemic."', "Greg Poland"),
        Q('"What we are talking about', 'nation-busting event."', "Tara O'Toole"),
    ],
    aliases={"SPEVAK": [],
             "Greg Poland": ["Dr. Greg Poland", "POLAND"],
             "Tara O'Toole": ["Dr. Tara O'Toole", "O'TOOLE"]},
),
dict(
    id="voa-en-2008-02-23-our-world",
    source="https://www.voanews.com/a/a-13-2008-02-22-voa36/339576.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; this transcript has no service notice; the paragraph 'To help us understand th...', cut in the stored copy, dropped; 'its a privilege' and the bracketed kilometre conversion inside the NASA-TV quotation as stored)",
    text='''Our World — 23 February 2008
MUSIC: "Our World" theme
Straight ahead on "Our World" ... Invasive species taking hold in a warmer Antarctica ... Science toys make learning fun (or playtime educational) ... and toxics testing without animals ...
ZERHOUNI: "Could you end up with molecular signatures that will be predictive of human toxicology, in ways that you just can't do in animal testing today?"
Testing toxics, Blu-Ray wins the high-def format battle, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
The space shuttle Atlantis returned to Earth on Wednesday, ending a 13-day mission to the International Space Station.
NASA-TV: "Nose gear touch down. Atlantis rolling out on runway 15 at the Kennedy Space Center, wrapping up a 5.3 million mile [8.5 million kilometer] mission to expand the global village of space."
The biggest part of this latest shuttle mission was delivery and installation of the European Space Agency's Columbus science lab to the International Space Station. A few hours after landing, astronaut Stan Love talked about being part of the space station's role in science research.
LOVE: "One of the things the station hasn't been able to do yet as much as we had wanted was science. And its a privilege to me to have been part of this wonderful team that's put a dedicated science laboratory up on space station, and put some new instruments on the outside of it to do the work that station was intended for."
Atlantis landed just two days after another shuttle, Endeavour, was moved to the launch pad ahead of a mission set to begin on March 11. The seven-man shuttle crew will be delivering Japanese and Canadian components to the space station.
The high-definition video-disk format war effectively ended this week when Toshiba announced it was pulling the plug on its HD DVD format, leaving the market to Blu-Ray, the competing format developed by Sony.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"Could you end up', 'testing today?"', "ZERHOUNI"),
        Q('"Our World."', None, None),
        Q('"Nose gear touch down.', 'village of space."', "NASA-TV"),
        Q('"One of the things the station', 'was intended for."', "Stan Love"),
    ],
    aliases={"ZERHOUNI": [], "NASA-TV": [],
             "Stan Love": ["astronaut Stan Love", "LOVE"]},
),
dict(
    id="voa-en-2008-11-15-our-world",
    source="https://www.voanews.com/archive/our-world-15-november-2008",
    license=PD, retrieved=PAGES + " (voanews.com archive copy, stored without site lines, headline or service notice, starting with the music line; no title added (H131, H300); the paragraph 'TEICH:  \"Doubling the automobile fuel efficiency standards by 2025; ... [research and', cut in the stored copy inside the quotation, dropped; the double spaces after the labels and before the last '...', and the two trailing spaces after HICKOX's turn, as stored)",
    text='''MUSIC: "Our World" theme
This week on "Our World" ... Some thoughts on science in the Obama administration ...the first pictures of planets around distant stars ... and more progress in finding out what lives in all the world's oceans  ...
HICKOX:  "By using new technologies, we're able to find more species and more diversity, more abundance, and learn more about the distribution of these animal forms around the world."  
Those stories, using Google to search ... for influenza, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Previewing science in the Obama administration
It's more than nine weeks before Barack Obama takes office as America's next president, but his transition team is already working to lay the groundwork for the new administration.
Although the faltering economy and wars in Iraq and Afghanistan are clearly top priorities, the new administration's crowded agenda includes a fair number of science-related items, from health care, climate change, and energy to education and space exploration.
You can expect some of President-Elect Obama's programs to be introduced as legislation when the new Congress convenes in January. But there are some things a president can do by himself, through a proclamation called an executive order.
For example, the head of the transition team, John Podesta, indicated this week that they are "looking at" possibly repealing the major restrictions on embryonic stem cell research that were imposed by President Bush through an executive order.
A lot of people who watch science policy are weighing in on what the Obama administration might do in that and other areas of health and science.
Al Teich of the American Association for the Advancement of Science ticked off a number of positions Obama staked out during the campaign.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"By using new technologies', 'around the world."', "HICKOX"),
        Q('"Our World."', None, None),
        Q('"looking at"', None, "John Podesta"),
    ],
    aliases={"HICKOX": [],
             "John Podesta": ["the head of the transition team, John Podesta"]},
),
dict(
    id="voa-en-2009-02-14-our-world",
    source="https://www.voanews.com/a/a-13-2009-02-13-voa60-68797002/411825.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; this transcript has no service notice; the subheading 'Green jobs central to economic recovery' kept as a line; the paragraph 'SKIRBLE: Stabenow observes that it is a lost opportunity ... according to Philip Mattera, resea...', cut in the stored copy, dropped; Senator Stabenow's turn, printed without quotation marks, kept as stored; '...and an advance' and the single marks of 'green' as stored)",
    text='''Our World — 14 February 2009
MUSIC: "Our World" theme
This week on Our World: Global warming shows up in bird migration patterns ... giving amputees better control over artificial arms ...and an advance in genetic research could lead to a cure for the common cold:
LIGGETT: "People might laugh, but I've got the whole genetic code for every one of these viruses. That's got to give me an advantage in trying to do that!"
Those stories, the marriage of art and science, and more.
I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Green jobs central to economic recovery
At the heart of the economic stimulus package that the U.S. Congress was wrestling with this week is the creation of jobs.
Some activists have been pushing for jobs in sustainable energy and related fields. But in a new report, environmentalists and labor organizers say they want more than just 'green' jobs.
As Rosanne Skirble tells us, the report says the stimulus jobs must comply with standards that can sustain families and fuel the economy, as well as protect the environment.
SKIRBLE: The report calls for investment in high quality well-paying jobs that can green the planet. Supporters came together on Capitol Hill with advice on how to make that happen.
Michigan Senator Debbie Stabenow says her state has faced enormous losses in the auto industry. She says a green collar agenda can help reverse that trend.
STABENOW: I can sit in Michigan in the beautiful Upper Peninsula and watch barges come down across Lake Superior that have wind turbines on them, made outside this country. There is no reason that we should not be making them here and using them here.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"People might laugh', 'trying to do that!"', "LIGGETT"),
        Q('"Our World."', None, None),
        Q("'green'", None, None),
    ],
    aliases={"LIGGETT": []},
),
dict(
    id="voa-en-2009-02-28-our-world",
    source="https://www.voanews.com/archive/our-world-28-february-2009",
    license=PD, retrieved=PAGES + " (voanews.com archive copy, stored without site lines, headline or service notice, starting with the music line; no title added (H131, H300); the subheading 'UN scientists report faster ice melting in Antarctica, Greenland' kept as a line; the paragraph 'READER:  Pachauri's testimony coincided with another study ... shrinking of polar and Gree...', cut in the stored copy, dropped; the triple space after 'CLAIBORNE JOHNSTON:' and the double spaces after the other labels as stored)",
    text='''MUSIC: "Our World" theme
This week on Our World: A new space telescope to search for distant planets ... African innovation online ... and rethinking who's at risk for stroke:
CLAIBORNE JOHNSTON:   "The perception has been that stroke is a disease of high income countries of the developed world, and our study suggests that the opposite should be the case."
Those stories, heart attacks: they're not just for men anymore, a new book about the human animal, and more.
I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
UN scientists report faster ice melting in Antarctica, Greenland
A new report on climate change says ice is melting in Antarctica and around the North Pole faster than expected. In a separate study, scientists for the U.N. Intergovernmental Panel on Climate Change, the IPCC, report rapidly increasing carbon dioxide emissions and rapidly shrinking Arctic ice. VOA's Julia Ritchey wrote our report, which is read by Ruth Reader.
READER:  The chairman of the IPCC, R.K. Pachauri, said 11 of the last 12 years were among the warmest for global surface temperature in recorded history. Pachauri testified before the U.S. Senate Committee on Environment and Public Works on the IPCC's latest findings on global warming.
He said climate change will impact some parts of the world more severely than others.
PACHAURI:  "In Africa, for instance, by 2020 our projections show that 75 to 250 million people would be affected by water stress on account of climate change, and crop revenues could drop very rapidly. So we are really causing major distortions and disparities in economic development and growth throughout the world."''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"The perception has been', 'should be the case."', "CLAIBORNE JOHNSTON"),
        Q('"Our World."', None, None),
        Q('"In Africa, for instance', 'throughout the world."', "R.K. Pachauri"),
    ],
    aliases={"CLAIBORNE JOHNSTON": [],
             "R.K. Pachauri": ["The chairman of the IPCC", "Pachauri", "PACHAURI"]},
),
dict(
    id="voa-en-2009-04-11-our-world",
    source="https://www.voanews.com/archive/our-world-11-april-2009",
    license=PD, retrieved=PAGES + " (voanews.com archive copy, stored without site lines, headline or service notice, starting with the music line; no title added (H131, H300); the subheading 'US AIDS program saved 1 million lives in Africa, study says' kept as a line; the paragraph 'Officials worry that too many Americans don't think much about AIDS any more, and the White House this...', cut in the stored copy, dropped; the double spaces after the labels and inside Retamales's quotation as stored)",
    text='''MUSIC: "Our World" theme
This week on Our World: One American program to battle HIV/AIDS may have saved a million lives, and another one is just getting started ... A new vehicle that someday may drive itself ... and global warming hits Antarctica ...
JOSE RETAMALES:  "A big chunk of ice just disappears in the water, in a couple of weeks. It is not there any longer.  That is not normal.  It did not happen before."
Those stories, a new weapon against malaria, and more.
I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
US AIDS program saved 1 million lives in Africa, study says
Researchers at Stanford University this week reported that a five-year American effort to combat AIDS in Africa has saved more than a million lives.
The President's Emergency Plan for AIDS relief, or PEPFAR, was launched by then-President George W. Bush in 2003. The $15 billion program focused on providing antiretroviral drugs to patients mostly in Africa, but also Vietnam, India, Russia, and others.
Eran Bendavid is lead author of the Stanford study, which looked at PEPFAR results in Africa.
BENDAVID:  "During those years when PEPFAR was operating, the number of deaths in those countries was about 10 percent lower than what we would have expected absent PEPFAR."
PEPFAR has been controversial, in part because it focuses mainly on treatment, rather than prevention, and much of the prevention component is mandated to promote sexual abstinence. When Congress re-authorized the program last year, they tripled the budget to $48 billion, and removed the abstinence requirement.
AIDS has had a devastating impact in Africa, of course, and it remains a problem in the United States. But it isn't getting as much attention as it used to here, mainly because most people who are infected with HIV can take drugs that dramatically slow the progression of the disease.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"A big chunk of ice', 'happen before."', "JOSE RETAMALES"),
        Q('"Our World."', None, None),
        Q('"During those years', 'absent PEPFAR."', "Eran Bendavid"),
    ],
    aliases={"JOSE RETAMALES": [],
             "Eran Bendavid": ["BENDAVID"]},
),
]
