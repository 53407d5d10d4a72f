# Held-out English news texts (tests/data/heldout664-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news releases and features (public domain, 17 U.S.C. § 105) of
# the Bureau of Land Management, the EPA, the National Park Service, NIH (the NIH Catalyst, the NIH Record and NIEHS's
# Environmental Factor), FEMA, NASA and the Forest Service: a BLM New Mexico feature on the Moore High School class that
# helps the Oklahoma Field Office's wild horse adoptions (blm.gov mhs_special_needs), an EPA Region 3 release on
# Brownfields selections in Pennsylvania (epa.gov, June 3, 2021), American Memorial Park's statement on its "Day of
# Service" (saipantribune.com copy, September 2016), the NIH Catalyst's "The Training Page" on NINDS summer interns
# (irp.nih.gov catalyst 27/5, 2019), an NIH Record story on the NIA summer internship programme (nihrecord.nih.gov,
# August 29, 2014), an Environmental Factor story on the first Environmental Health Science FEST in Durham (January 2017),
# a FEMA story on a Dickinson, Texas, homeowner who elevated her home (thekatynews.com copy, March 2018), a NASA story on
# the Zero Robotics SPHERES Challenge winners (space-station-shuttle.blogspot.com copy, January 2012) and a Forest Service
# page on a National Forest Foundation internship (fs.fed.us youth-veterans-service projects page, 2014). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation before the cut (noted in
# `retrieved`). Site lines (the .gov banner lines, masthead, volume and date lines, 'skip navigation nih record',
# 'previous story' / 'next story', the search corpus's crawl field ' date YYYY-MM-DD', the EPA region line, the Forest
# Service site's navigation, address and image-slice lines, blog date lines and 'Read More :' / 'No comments:'), photo
# captions and alt text, the empty lines between paragraphs, the indentation of list lines and spaces at the end of a
# line are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has
# none) and subheadings as lines; datelines are kept as stored; wording, typos, double spaces, dashes and quotation marks
# (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H2385-H2389 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout664-en.jsonl

Built by `build.py` from `heldout664_pages.py`. Like heldout654-en, heldout607-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news releases and
features, works of federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a Bureau of Land Management New Mexico feature,
'Oklahoma Field Office Says Thanks to a Special Group of Volunteers' (blm.gov, print page mhs_special_needs of the
Wild Horse and Burro features; no date in the stored copy), with Crystal Cowan, Oklahoma-based wild horse and burro
specialist; an EPA Region 3 news release, 'EPA Announces the Selection of Six Communities in Pennsylvania to Receive $3
Million in Brownfields Assessment and Cleanup Funding' (epa.gov newsreleases, June 3, 2021), with EPA Administrator
Michael S. Regan; American Memorial Park's (National Park Service, Saipan) statement thanking the volunteers of its
Aug. 27, 2016 "Day of Service", with Chief Ranger Jayson Tinney and Congressman Sablan, as printed by the Saipan
Tribune (saipantribune.com, slug '300-volunteers-participate-day-service-amp', September 1, 2016 by the crawl field;
licence constant PDC); the NIH Catalyst's 'The Training Page: Summertime, and the Interns Aren't Taking It Easy'
(irp.nih.gov catalyst 27/5, 2019), with the NINDS summer intern Rebeca Amaya Escobar; an NIH Record story, '‘I See
Something in You’ / Building the Future Today: NIA Summer Internship Program' (nihrecord.nih.gov, Vol. LXVI, No. 18,
August 29, 2014, story 3), with Arlene Jackson, NIA recruitment specialist; an NIEHS Environmental Factor story, 'First
Environmental Health Science FEST draws 1,200 people to Durham' (factor.niehs.nih.gov, January 2017), with Gwen Collman
of NIEHS and Durham Mayor Bill Bell; a FEMA story, 'Dickinson Homeowner Elevates Home After Hurricane Ike; Decision Pays
Off During Harvey', with the homeowner Claire Rhoads, as printed by The Katy News (thekatynews.com, March 13, 2018 by
its address; licence constant PDC); a NASA story on the winners of the third Zero Robotics SPHERES Challenge, ''We are
the Champions' on the International Space Station', with Leland Melvin, NASA associate administrator for education,
reposted on the blog space-station-shuttle.blogspot.com on January 27, 2012 (licence constant PDC); and a Forest Service
page, 'Youth & Veterans Caring for the Land and Serving the People: Featured Projects' (fs.fed.us
recreation/programs/youth-veterans-service/projects.shtml), whose first item, 'National Forest Foundation Indoor
Internship for College Youth', quotes the 2014 intern Patrick Walters. Reuse terms relied on: US government works are
not subject to copyright in the US (17 U.S.C. § 105); NASA states that its text material is generally not copyrighted;
copies on other sites carry the agency's text and add no rights of their own, and the copying sites' own lines are
dropped. Licence caveats: the Saipan Tribune and Katy News pages print agency texts without a byline or a credit line
in the kept part; they are taken as the park's and FEMA's own texts by their wording (`The staff of American Memorial
Park would like to thank ...`, the contact `Ranger Brooke Nevitt ... brooke_nevitt@nps.g` in the dropped last
paragraph; `HMA helps communities, and homeowners like Rhoads, ...` and the FEMA closing `For mitigation inf...`, cut),
and a newspaper's edits cannot be ruled out; the blog copy of the NASA story may differ from the nasa.gov original in
details the stored copy cannot show; the BLM feature, the Forest Service page, the NASA story, the NIH Catalyst page and the NIH
Record story name no writer in the stored part (the NIH Catalyst and the NIH Record are NIH's staff papers); the texts quote non-federal people inside the public-domain
texts (a Congressman, a city mayor, interns, a homeowner). None is credited to AP, Reuters, AFP or another third party.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in the
stored copy is dropped, also where it holds a complete quotation before the cut (noted per page: the EPA release's list
item '$15.5 million for 36 Cleanup Grants, which will provide'; the park statement's 'The Day of Service marks the first
of future volunteer cleanups. ... brooke_nevitt@nps.g'; the Catalyst page's 'DiSanza worked with postdoc Tara
Doucet-O’Hare, ... “I was lucky to be put with an amazing lab, ...,” DiSanza said. Becoming “valuable to the lab is a
feeling I didn’t think I’d get to experience.” DiSanza was homeschooled on', dropped with its two complete quotations
(H2121); the NIH Record story's '“We encourage our IRP'; the Environmental Factor story's list item 'A resource room
staffed by DERT grant experts and representatives f'; the FEMA story's 'For mitigation inf'; the Forest Service page's
'Patrick spent the summer compiling data ... He plans'). The BLM feature ends on a complete paragraph, and the blog copy
of the NASA story on its 'Read More :' line; both are kept to their last paragraph. Site lines (the .gov banner lines
'U.S. flag', 'An official website of the United States government', 'Dot gov', 'The .gov means it’s official. ...',
'The site is secure.', 'The https:// ensures ...', the masthead lines 'Environmental Factor' (twice) and 'Your Online
Source for NIEHS News', the issue line 'January 2017'; the NIH Record's 'skip navigation nih record', 'Vol. LXVI, No.
18', 'August 29, 2014', 'previous story' and 'next story'; the crawl fields ' date 2021-06-03' and ' date 2016-09-01',
the first run into the park statement's first paragraph; the EPA line 'News Releases from Region 03'; the Forest Service
site's navigation line 'About Us | Contact Us | FAQ's | Newsroom', its '[design image slice] ...' and '[design image]
...' lines, 'Employee Search', 'Information Center', 'National Offices and Programs', 'Phone Directory', 'Regional
Offices', the address lines 'US Forest Service', '1400 Independence Ave., SW', 'Washington, D.C.', '(800) 832-1355',
'USA dot Gov: The U.S. Government's Official Web Portal.', the page title 'Youth & Veterans Caring for the Land and
Serving the People' and the section line 'Featured Projects'; the blog's date line 'Friday, January 27, 2012', 'Read
More :' and 'No comments:'), photo captions and alt text ('NIA summer interns gather for a photo.', stored twice; 'Two
youth at the Washington Monumnent', 'Youth Intern working at the computer'), the empty lines between paragraphs, the
two-space indentation of the FEMA story's bullet lines and spaces at the end of a line were dropped; headlines are kept
once as the first line where the stored copy has one (the park statement has none and gets none, H1818; the Catalyst
page keeps its page title 'The Training Page' and its headline as two lines; the Forest Service page keeps the item's
title, H2389), and subheadings and the Environmental Factor's summary line are kept as lines; the datelines
'PHILDELPHIA (June 3, 2021) –' and 'DICKINSON, Texas –' are inline and kept as stored; the EPA list lines and the FEMA
bullet lines ('• It incurred ...; and', '• At the time ...') are kept as lines; wording and typos ('PHILDELPHIA', 'the
WHB teams hosts', 'The house was in the only one', 'Rhoads’ home qualified as a repetitive loss structure because'
without a colon, 'the Recreation Fee Program intern..', 'FEST Durham, North Carolina.'), double spaces, the brackets
in 'the [Department of Agriculture]' and 'the [Forest Service]', dashes and quotation marks (straight or curly as
stored) are as stored. Pages read but left out: pages already in earlier sets (the VOA Thanksgiving volunteers report,
heldout101-en; the 2010 EPA brownfields release, heldout87-en; the nps.gov National Public Lands Day release of 2017,
heldout137-en; the Environmental Factor summer intern feature of 2017, heldout460-en; the VOA farmers report on 1ua.tv,
heldout624-en; the DOJ turtle-trafficking release, heldout600-en; the U.S. Embassy Armenia school donation,
heldout576-en; the farmers.gov #OurFarmers post, heldout128-en), pages whose stored part keeps fewer than two complete
quotations (a FEMA 2003 community relations release, an NPS centennial release on mountainx.com, the NIH Catalyst's
1998 postbac tracking page, an Environmental Factor outreach seminar story and its 2016 and 2018 intern stories, a NASA
Blue Skies story on a forum, justice.gov wildlife blog copies of 2012 and 2021), pages left for other sets (an NIH Record
Poster Day story of 2009 and Bureau of Indian Affairs release list pages), newsletters, list and feed pages (FEMA and
BLM press-release lists, USDA blog archive pages, NOAA Teacher at Sea blogs, Refuge Update issues) and pages of
newspapers, TV stations and blogs found by the same searches. None of the pages used is in any set above or in another
helper's worktree (checked by URL and page id (mhs_special_needs, epa-announces-selection-six-communities-pennsylvania,
300-volunteers-participate, catalyst/27/5, 08_29_2014, feature-1-ehsfest, dickinson-homeowner-elevates-home,
we-are-champions-on-international-space, youth-veterans-service), by headline and by the names of their speakers and
phrases, such as Crystal Cowan, Moore High School, Conallis, disinvestment and decay, Jayson Tinney, Rebeca Amaya
Escobar, Brianna DiSanza, Arlene Jackson, show-don’t-tell, Gwen Collman, Bill Bell, Happy 50th anniversary, Claire
Rhoads, tired of being flooded, Zero Robotics, Alliance CyberAvo, Patrick Walters and Demmer Scholar, with grep over
tests/data of the main tree and of every other helper's worktree (heldout657-663): no hit, except Michael S. Regan,
speaking in other EPA releases of heldout128-en, heldout269-en and heldout313-en, American Memorial Park, a site in a
Navy story of heldout583-en, and Leland Melvin, named as a shuttle crew member in heldout26-en, all about other events).
The annotation (rules H2385–H2389 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="blm-en-h664-nm-oklahoma-field-office-moore-high-school-volunteers",
    source="http://www.blm.gov/nm/st/en/prog/wild_horse_and_burro/features/mhs_special_needs.print.html",
    license=PD, retrieved=PAGES + " (Bureau of Land Management New Mexico feature, print page, on the special needs class of Moore High School, Moore, Okla., that prepares adoption packets for the Oklahoma Field Office's wild horse and burro team, with the specialist Crystal Cowan; no date or writer in the stored copy; headline kept as the first line; the empty line after it dropped; the copy ends on a complete paragraph, which is kept; the scare-quoted “wild”, the card's “Thank You” and a two-piece quotation whose second piece opens in lower case after `said X, role,` and nests the card's words (H2387); 'the WHB teams hosts' and curly marks as stored)",
    text='''Oklahoma Field Office Says Thanks to a Special Group of Volunteers
The students in Ms. Conallis’s special needs class at Moore High School in Moore, Okla., are always eager to lend a hand in support of BLM’s Wild Horse and Burro (WHB) Adoption Program. The students volunteer their time throughout the school year to prepare adoption application packets and other informational materials for use by the BLM Oklahoma Field Office WHB team. As a gesture of appreciation, the WHB teams hosts an annual pizza party for the class. This year’s party featured a special treat for the kids: a visit by Dakota, a 15-year-old gelding that serves as a key ambassador for the regional adoption program. Students and teachers got to get up close and personal with Dakota and see just how gentle a “wild” horse can be. Students received nice gift bags from the field office including fun activity books about the WHB program. In return, the students presented the adoption crew with a hand-signed “Thank You” card. “Working for BLM is a rewarding experience every day,” said Crystal Cowan, Oklahoma-based wild horse and burro specialist, “but days like today top them all! These kids do so much and are so excited to be a part of this program. It’s an honor and a thrill for us to say ‘thank you’.”''',
    quotes=[
        Q('“wild”', None, None),
        Q('“Thank You”', None, None),
        Q('“Working for BLM', 'experience every day,”', "Crystal Cowan"),
        Q('“but days like today', 'say ‘thank you’.”', "Crystal Cowan"),
    ],
    aliases={"Crystal Cowan": ["Crystal Cowan", "Oklahoma-based wild horse and burro specialist"]},
),
dict(
    id="epa-en-h664-2021-06-03-pennsylvania-brownfields-selections",
    source="https://www.epa.gov/newsreleases/epa-announces-selection-six-communities-pennsylvania-receive-3-million-brownfields",
    license=PD, retrieved=PAGES + " (EPA Region 3 news release of June 3, 2021 on the selection of Brownfields Multipurpose, Assessment and Cleanup grants, $3 million for Pennsylvania, with EPA Administrator Michael S. Regan; the crawl field ' date 2021-06-03' and the line 'News Releases from Region 03' dropped; headline kept as the first line and the subheading 'Will help underserved communities ‘Build Back Better’ and address Environmental Justice concerns' as the second (its slogan in single marks null, H2389); the dateline 'PHILDELPHIA (June 3, 2021) –' kept inline as stored, typo included; the list line 'These MAC grants include:' and the first two list items kept as lines; the third item, '$15.5 million for 36 Cleanup Grants, which will provide', cut in the stored copy, dropped; curly marks as stored)",
    text='''EPA Announces the Selection of Six Communities in Pennsylvania to Receive $3 Million in Brownfields Assessment and Cleanup Funding
Will help underserved communities ‘Build Back Better’ and address Environmental Justice concerns
PHILDELPHIA (June 3, 2021) – The U.S. Environmental Protection Agency is announcing the selection of 151 communities to receive 154 grant awards totaling $66.5 million in Brownfields funding through its Multipurpose, Assessment and Cleanup (MAC) Grants. This includes $3 million for communities in Pennsylvania.
This funding will support underserved and economically disadvantaged communities across the country in assessing and cleaning up contaminated and abandoned industrial and commercial properties. Approximately 50 percent of selected recipients will be receiving EPA Brownfields Grant funding for the first time and more than 85 percent are in small communities.
“Through our Brownfields Program, EPA is delivering on the Biden Administration’s commitment to lifting up and protecting overburdened communities across America, especially communities that have experienced long periods of disinvestment and decay,” said EPA Administrator Michael S. Regan. “These assessment and cleanup grants will not only support economic growth and job creation, but they will also empower communities to address the environmental, public health, and social issues associated with contaminated land.”
These MAC grants include:
$8.8 million for 11 Multipurpose Grants, which will provide funding to conduct a range of eligible assessment and cleanup activities at one or more brownfield sites in a target area.
$42.2 million for 107 Assessment Grants, which will provide funding for brownfield inventories, planning, environmental assessments, and community outreach.''',
    quotes=[
        Q('‘Build Back Better’', None, None),
        Q('“Through our Brownfields Program', 'disinvestment and decay,”', "Michael S. Regan"),
        Q('“These assessment and cleanup grants', 'with contaminated land.”', "Michael S. Regan"),
    ],
    aliases={"Michael S. Regan": ["Michael S. Regan", "EPA Administrator Michael S. Regan"]},
),
dict(
    id="nps-en-h664-2016-09-american-memorial-park-day-of-service",
    source="http://www.saipantribune.com/index.php/300-volunteers-participate-day-service-amp/",
    license=PDC, retrieved=PAGES + " (American Memorial Park's (National Park Service, Saipan) statement thanking the volunteers of its Aug. 27, 2016 “Day of Service”, as printed by the Saipan Tribune (no byline or credit line in the kept text; taken as the park's own text by its wording, H2385); the crawl field ' date 2016-09-01', run into the first paragraph, dropped; the stored copy has no headline and gets none (H1818); the last paragraph, 'The Day of Service marks the first of future volunteer cleanups. ... email brooke_nevitt@nps.g', cut in the stored copy, dropped; an event name in marks, a comma introduction after `expressed the park’s appreciation`, a speaker whose full name stands only inside another speaker's quotation, and `X said,` and `he added` around two pieces (H2385); curly marks as stored)",
    text='''The staff of American Memorial Park would like to thank all the volunteers who participated in the Aug. 27 “Day of Service” park event.
On that day, over 300 community members came together to help clean up their national park and joined AMP in celebrating the 100th birthday of the National Park Service. Together volunteers cleared debris, eliminated invasive vines, beautified the memorials, and painted the parking lot and amphitheater.
Chief Ranger Jayson Tinney expressed the park’s appreciation, “We were amazed by the show of support from volunteers throughout the community! We would like to extend our special thanks to community partners from the office of Congressman Gregorio Kilili Camacho Sablan, American Red Cross, and the CNMI Public School System AmeriCorps program for helping us to coordinate the ‘Day of Service’ activities. And also, a sincere thank you to the hundreds of volunteers who shared their Saturday with us. What a great way to celebrate the 100th birthday of the National Park Service.”
Earlier this year, conversations began between the National Park Service and Sablan’s office to plan the volunteer opportunity.
“The turnout for the Day of Service was amazing,” Sablan said, “and I’d like to thank everyone who answered the call to help restore this beautiful place. But our work is not done. It’s up to all of us as a community to help maintain our park throughout the year. We can volunteer as individuals, and with our families, friends, and community organizations in groups much smaller than 300. American Memorial Park belongs to all of us, and we can each do our part to keep it beautiful,” he added.''',
    quotes=[
        Q('“Day of Service”', None, None),
        Q('“We were amazed', 'National Park Service.”', "Jayson Tinney"),
        Q('“The turnout for the Day of Service was amazing,”', None, "Sablan"),
        Q('“and I’d like to thank', 'keep it beautiful,”', "Sablan"),
    ],
    aliases={"Jayson Tinney": ["Jayson Tinney", "Chief Ranger Jayson Tinney"],
             "Sablan": ["Sablan"]},
),
dict(
    id="nih-en-h664-2019-catalyst-training-page-ninds-summer-interns",
    source="https://irp.nih.gov/catalyst/27/5/the-training-page",
    license=PD, retrieved=PAGES + " (NIH Catalyst (vol. 27, no. 5, 2019) page 'The Training Page' on NINDS summer interns of 2019, with Rebeca Amaya Escobar of the Community College Summer Enrichment Program; no writer in the stored part; the page title 'The Training Page' and the headline 'Summertime, and the Interns Aren’t Taking It Easy' kept as two lines (H2388); the paragraph 'DiSanza worked with postdoc Tara Doucet-O’Hare, ... “I was lucky to be put with an amazing lab, and the first summer I learned so much more than expected,” DiSanza said. Becoming “valuable to the lab is a feeling I didn’t think I’d get to experience.” DiSanza was homeschooled on', cut in the stored copy, dropped with its two complete quotations (H2121), so Brianna DiSanza is no speaker of this text; `she said` after a presenting paragraph (H2388); the en dash in 'M.D.–Ph.D.' and curly marks as stored)",
    text='''The Training Page
Summertime, and the Interns Aren’t Taking It Easy
Every summer NIH labs get a breath of fresh air, vigor, and youthful enthusiasm as summer students from across the country get hands-on experience working alongside intramural researchers. It’s a mutually beneficial endeavor: The budding young scientists get exposed to the discovery process, and their graduate student or postdoc supervisors gain mentoring experience.
As an example, the National Institute of Neurological Diseases and Stroke (NINDS) hosted 71 students in summer 2019, 6 of whom were high school students. Here’s the story of three of the NINDS summer interns.
In Alan Koretsky’s lab, Rebeca Amaya Escobar, a student in NIH’s Community College Summer Enrichment Program, worked with postdoc Patrick Wright. They used magnetic-resonance imaging to detect altered brain connectivity after changes in whisker activity of mice (Mus musculus). Escobar was born in El Salvador and moved to Gaithersburg, Maryland, at age 9. When she was a student at Montgomery College (Rockville, Maryland), she developed an interest in medicine and science. She decided to try a summer at NIH to gain research experience and see if she has what it takes to pursue an M.D.–Ph.D. in pediatric neurology. “This is my first time doing research,” she said. “It’s turned on a green light for me to look for more opportunities to do research at school or here again next summer.”
Other students, such as Brianna DiSanza and Deionna Vigil, started as undergraduate summer students a few years ago and came back to NIH to continue their research as postbacs.''',
    quotes=[
        Q('“This is my first time doing research,”', None, "Rebeca Amaya Escobar"),
        Q('“It’s turned on a green light', 'again next summer.”', "Rebeca Amaya Escobar"),
    ],
    aliases={"Rebeca Amaya Escobar": ["Rebeca Amaya Escobar", "Escobar"]},
),
dict(
    id="nih-record-en-h664-2014-08-29-nia-summer-internship-program",
    source="https://nihrecord.nih.gov/newsletters/2014/08_29_2014/story3.htm",
    license=PD, retrieved=PAGES + " (NIH Record story of August 29, 2014 (Vol. LXVI, No. 18, story 3) on the NIA Summer Training in Aging Research Program, with Arlene Jackson, NIA recruitment specialist; the lines 'skip navigation nih record', 'Vol. LXVI, No. 18', 'August 29, 2014', 'previous story' and 'next story' and the photo caption 'NIA summer interns gather for a photo.' (stored twice) dropped; the headline in single marks and the subheading 'Building the Future Today: NIA Summer Internship Program' kept as the first two lines; the last paragraph, '“We encourage our IRP', cut in the stored copy, dropped; a headline quotation whose source is not in the kept text, the writer's opening question in marks and a coined term (H2386); the em dashes around 'the Summer Training in Aging Research Program' and curly marks as stored)",
    text='''‘I See Something in You’
Building the Future Today: NIA Summer Internship Program
“How do we build the research pipeline?” It’s a question critical to NIH’s entire scientific enterprise. How do we excite and engage students to commit to a career in biomedical research? NIA’s Intramural Research Program takes a “show-don’t-tell” approach.
Now in its 22nd summer, NIA hosts an 8- to 10-week, hands-on research experience—the Summer Training in Aging Research Program—during which students from universities around the country experience the life of a scientist. Forty-three students participated this year; program organizers estimate that NIA has mentored more than 1,000 summer interns over the program’s history.
“Our program attracts a diverse group of applicants. We have students in high school and college, as well as medical school and graduate programs,” said Arlene Jackson, NIA recruitment specialist and co-leader of the NIA summer internship program. “Some of the undergraduates are pre-med, others primarily interested in working at the bench. Many of the students are undecided. Not all have a specific interest in aging, but they all display enthusiasm and an open mind to learning more about the field.”
Interns are not just pouring gels and inputting data. They work side-by-side with intramural investigators and postdoctoral fellows to answer original research questions. For many, the ability to move beyond just replicating standard protocols in their school labs reinforces their desire for a career in science. Participants also value the opportunity to establish a close-knit relationship with an NIA senior scientist/mentor. Some interns may even have the chance to co-author a journal article, as has been the case the past several summers.''',
    quotes=[
        Q('‘I See Something in You’', None, None),
        Q('“How do we build the research pipeline?”', None, None),
        Q('“show-don’t-tell”', None, None),
        Q('“Our program attracts', 'graduate programs,”', "Arlene Jackson"),
        Q('“Some of the undergraduates', 'more about the field.”', "Arlene Jackson"),
    ],
    aliases={"Arlene Jackson": ["Arlene Jackson", "NIA recruitment specialist and co-leader of the NIA summer internship program"]},
),
dict(
    id="niehs-en-h664-2017-01-ehs-fest-durham",
    source="https://factor.niehs.nih.gov/2017/1/feature/feature-1-ehsfest/index.htm",
    license=PD, retrieved=PAGES + " (NIEHS Environmental Factor story of January 2017 on the first Environmental Health Science FEST, Dec. 4-8, 2016, in Durham, N.C., with Gwen Collman, director of the NIEHS Division of Extramural Research and Training, and Durham Mayor Bill Bell; no writer in the stored part; the .gov banner lines, the masthead lines 'Environmental Factor' (twice) and 'Your Online Source for NIEHS News' and the issue line 'January 2017' dropped; headline kept as the first line and the summary line 'More than 1,200 people ... FEST Durham, North Carolina.' (wording as stored) as the second; the subheading 'Variety of events reflects range of science' kept as a line; the list item '• A resource room staffed by DERT grant experts and representatives f', cut in the stored copy, dropped; `she began` as the cue of a two-piece quotation, and a speaker presented by a sentence without marks and cued by `he said` (H2388); curly marks as stored)",
    text='''First Environmental Health Science FEST draws 1,200 people to Durham
More than 1,200 people from across the nation joined in the first-ever Environmental Health Science FEST Durham, North Carolina.
More than 1,200 people from across the nation joined in the first-ever Environmental Health Science (EHS) FEST Dec. 4-8, at the Durham Convention Center in downtown Durham, North Carolina. The NIEHS Division of Extramural Research and Training (DERT) planned the FEST in recognition of the NIEHS 50th anniversary.
Gwen Collman, Ph.D., director of DERT, welcomed a packed house to the opening plenary session. “Happy 50th anniversary, everyone,” she began. “What better way to celebrate the successes of the past, and to look to the future.”
Durham Mayor Bill Bell also welcomed attendees. “There is probably no other agency that touches so many people in so many ways, not just locally, but globally,” he said.
Variety of events reflects range of science
The broad range of environmental health research, community engagement, and training funded by DERT grants was reflected in the program, including a wealth of cross-disciplinary activities.
On the first day, DERT staff met with NIEHS-funded research centers and grantees in different scientific areas. The following days featured plenary and concurrent sessions, and numerous interactive events (see sidebar for companion stories in this issue).''',
    quotes=[
        Q('“Happy 50th anniversary, everyone,”', None, "Gwen Collman"),
        Q('“What better way', 'look to the future.”', "Gwen Collman"),
        Q('“There is probably no other agency', 'but globally,”', "Bill Bell"),
    ],
    aliases={"Gwen Collman": ["Gwen Collman"],
             "Bill Bell": ["Bill Bell", "Durham Mayor Bill Bell"]},
),
dict(
    id="fema-en-h664-2018-03-dickinson-homeowner-elevates-home",
    source="http://thekatynews.com/2018/03/13/dickinson-homeowner-elevates-home-after-hurricane-ike-decision-pays-off-during-harvey/",
    license=PDC, retrieved=PAGES + " (copy of a FEMA story of March 2018 on Claire Rhoads of Dickinson, Texas, who elevated her home with Hazard Mitigation Assistance funds after Hurricane Ike, as printed by The Katy News (no byline or credit line in the kept text; taken as FEMA's by its wording, H2389); headline kept as the first line; the dateline 'DICKINSON, Texas –' kept inline; the two bullet lines kept as lines without their two-space indentation; the last paragraph, 'For mitigation inf', cut in the stored copy, dropped; a quotation right after the dateline with `said X, a resident of ...`, and `said X, who ...` (H2389); 'The house was in the only one' and curly marks as stored)",
    text='''Dickinson Homeowner Elevates Home After Hurricane Ike; Decision Pays Off During Harvey
DICKINSON, Texas – “I got tired of being flooded,” said Claire Rhoads, a resident of Dickinson, Texas. After watching her home flood eight times, Rhoads used funds from the FEMA Hazard Mitigation Assistance program (HMA) to elevate her home of 37 years.
HMA helps communities, and homeowners like Rhoads, implement hazard mitigation measures following a major disaster declaration. The assistance program, administered by the state, helps enact mitigation measures that reduce the risk of loss of life and property from future disasters.
Homeowners, like Rhoads, who maintain their flood insurance policies may apply for HMA funds to elevate their homes to combat future flooding. By contacting their local floodplain administrator or emergency manager, homeowners can begin mitigation processes that may ultimately save their home or reduce damages after a flood event.
After Hurricane Ike in 2008, Rhoads’ home qualified as a repetitive loss structure because
• It incurred flood-related damage on at least two occasions in which the cost of the repair, on average, equals or exceeds 25 percent of the market value at the time of each flood event; and
• At the time of the second incidence of flood-related damage, the contract for flood insurance contained increased cost of compliance.
The success of her home elevation was tested as Hurricane Harvey rolled into Dickinson. The storm inundated the city with more than 60 inches of rain over a three-day period as Rhoads and three neighbors took refuge in her home. The house was in the only one in her neighborhood that stayed dry. The remainder of Rhoads’ neighborhood and 90 percent of Dickinson flooded.
Her neighbors are taking notice since her home escaped Harvey’s wrath. “I think they will elevate now if given the opportunity,” said Rhoads, who has no regrets about the decision to elevate her home.''',
    quotes=[
        Q('“I got tired of being flooded,”', None, "Claire Rhoads"),
        Q('“I think they will elevate now', 'given the opportunity,”', "Claire Rhoads"),
    ],
    aliases={"Claire Rhoads": ["Claire Rhoads", "Rhoads", "a resident of Dickinson, Texas"]},
),
dict(
    id="nasa-en-h664-2012-01-zero-robotics-spheres-champions",
    source="http://space-station-shuttle.blogspot.com/2012/01/we-are-champions-on-international-space.html",
    license=PDC, retrieved=PAGES + " (copy of a NASA story of January 2012 on the winners of the third Zero Robotics SPHERES Challenge, with Leland Melvin, NASA associate administrator for education, reposted on the blog space-station-shuttle.blogspot.com; the blog's date line 'Friday, January 27, 2012' and its lines 'Read More :' and 'No comments:' dropped; headline kept as the first line; a song title in single marks in the headline (H2389); ' - but' and straight marks as stored)",
    text='''\'We are the Champions' on the International Space Station
In high school, there are champions of football and basketball and even music, but not many students can say they are champs on the International Space Station - but Alliance Rocket students from the United States and virtual participants Alliance CyberAvo, representing schools in Germany and Italy, have now earned that distinction.
Both teams were named the winners in the third annual NASA-sponsored Zero Robotics SPHERES Challenge competition for high school students from the United States and abroad.
NASA, the Defense Advanced Research Projects Agency and the Massachusetts Institute of Technology in Cambridge sponsored the competition, which challenged students to write software code for small satellite robots on the station.
"This competition helps to build critical engineering skills for students, such as problem solving and teamwork, and helps us to find future scientists and engineers to work in space," said Leland Melvin, NASA associate administrator for education at NASA Headquarters in Washington. "The teams this year did not disappoint. The students were exceptional with their designs and flight programs."''',
    quotes=[
        Q("'We are the Champions'", None, None),
        Q('"This competition helps', 'to work in space,"', "Leland Melvin"),
        Q('"The teams this year', 'and flight programs."', "Leland Melvin"),
    ],
    aliases={"Leland Melvin": ["Leland Melvin", "NASA associate administrator for education at NASA Headquarters in Washington"]},
),
dict(
    id="usfs-en-h664-2014-nff-indoor-internship-college-youth",
    source="http://www.fs.fed.us/recreation/programs/youth-veterans-service/projects.shtml",
    license=PD, retrieved=PAGES + " (Forest Service page 'Youth & Veterans Caring for the Land and Serving the People: Featured Projects', first item, on the 2014 National Forest Foundation internship of Patrick Walters in the Recreation Fee Program; the site's navigation, image-slice, office and address lines, 'USA dot Gov: ...', the page title and the section line 'Featured Projects' and the photo alt text 'Two youth at the Washington Monumnent' and 'Youth Intern working at the computer' dropped; the item's title kept as the first line (H2389); the paragraph 'Patrick spent the summer compiling data ... He plans', cut in the stored copy, dropped; a first-name cue after a full name, brackets inside the quotation and a name spoken about inside it (H2389); 'intern..', the double space after the closing mark and curly marks as stored)",
    text='''National Forest Foundation Indoor Internship for College Youth
A Department of Agriculture partnership with the National Forest Foundation provided an opportunity for the Forest Service to engage a skilled college student with a paid internship to assist with important projects. In the summer of 2014, Patrick Walters traveled to our Washington, D.C. office to become the Recreation Fee Program intern..
“I was selected to be in the Demmer Scholar Program at Michigan State University by former Undersecretary of the [Department of Agriculture], Mark Rey,” said Patrick. “Through the interview process, I made it clear that I had a passion for spending time outdoors as well as for politics and policy formation, and the opening at the [Forest Service] seemed to be the logical choice for me.”  The Demmer Scholar Program connected him with the Forest Service opportunity through the National Forest Foundation.''',
    quotes=[
        Q('“I was selected', 'Mark Rey,”', "Patrick Walters"),
        Q('“Through the interview process', 'logical choice for me.”', "Patrick Walters"),
    ],
    aliases={"Patrick Walters": ["Patrick Walters", "Patrick"]},
),
]
