# Held-out English news texts (tests/data/heldout718-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): an NIH Record brief
# on a robin nesting in a bike helmet (nihrecord.nih.gov, briefs page of June 21, 2013), a State Department DipNote
# blog post by Lee Satterfield on the African Women's Entrepreneurship Program (blogs.state.gov, August 9, 2013), two
# Fish and Wildlife Service releases on the Federal Junior Duck Stamp contest (fws.gov, 2016 and 2005), an EPA Region 7
# release on Festus, Missouri students winning the President's Environmental Youth Award (epa.gov, July 25, 2019), a
# NASA Marshall Space Flight Center release on the 2021 Human Exploration Rover Challenge winners (PR Newswire
# distribution reposted on technologyforyou.org) and two NOAA releases on the Hurricane Awareness Tour (noaanews.noaa.gov,
# April 23, 2007, s2843, and April 27, 2009). None is credited to AP, Reuters, AFP or another third party. Stored copies
# are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped (noted in
# `retrieved`). Site and release lines, bylines, captions and image lines (also a caption run into the first line of a
# paragraph), media contact and release date lines, a metadata line, a list with its lead-in, the empty lines between
# paragraphs and spaces at the end of a line are dropped; a headline is kept once as the first line where the stored copy
# has one (none is added where it has none) and a subheading as a line; datelines, wording, typos, double spaces inside
# paragraphs, dashes and quotation marks (straight or curly as stored, also mixed in one quotation) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2450-H2454 in ANNOTATION.md on top of the
# earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout718-en.jsonl

Built by `build.py` from `heldout718_pages.py`. Like heldout709-en, heldout704-en, heldout607-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news texts,
works of federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not
available for any work of the United States Government"): a brief of the NIH Record, the newsletter of the National
Institutes of Health, 'Bike Helmet Hosts Bird Nest in Campus Garage', with the NIH landscape architect Lynn Mueller and
the NLM staff scientist Kimberly Tryka (briefs page of June 21, 2013, nihrecord.nih.gov/newsletters/2013/06_21_2013/
briefs.htm; the page's first brief, on the Graduate & Professional School Fair, has no quotation and is left out, one
brief of a briefs page being taken as a text as in heldout108-en); a State Department DipNote blog post by Lee Satterfield,
'Building Networks, Businesses, and Communities Through an African Exchange' (blogs.state.gov, August 9, 2013), with the
Kenyan entrepreneur Virginia Kinoro; two Fish and Wildlife Service releases on the national Junior Duck Stamp contest,
'California Youth Wins 2016 Federal Junior Duck Stamp Competition' (fws.gov/press-release/2016-04, stored under the
page parameter '?page=221'), with Director Dan Ashe and the message winner Cassidy Fulton, and 'Wisconsin Youth Wins the
Federal Junior Duck Stamp Competition' (fws.gov/story/2005-05), with Acting Director Matt Hogan; an EPA Region 7 release
'Festus, Missouri, Students Win President's Environmental Youth Award' (epa.gov/newsreleases, July 25, 2019), with the
teacher Michele Kearns and Administrator Andrew Wheeler; a NASA release on the winners of the 2021 Human Exploration
Rover Challenge, with the Marshall Space Flight Center director Jody Singer and the activity lead Miranda Fike, in its
PR Newswire distribution ('HUNTSVILLE, Ala., April 16, 2021 /PRNewswire/') reposted on technologyforyou.org (licence
constant PDC, as the PR Newswire copies of NASA and SBA releases in heldout319-en); and two NOAA releases on the
Hurricane Awareness Tour, 'Forecasters Go Airborne To Promote Hurricane Awareness' (noaanews.noaa.gov/stories2007/
s2843.htm, April 23, 2007), with the National Hurricane Center director Bill Proenza and James McFadden of the Aircraft
Operations Center, and 'NOAA Hurricane Team Embarks on Atlantic Coast Awareness Tour' (noaanews.noaa.gov/stories2009/
20090427_hat.html, April 27, 2009), with the National Hurricane Center director Bill Read. Reuse terms relied on: US
government works are not subject to copyright in the US (17 U.S.C. § 105); the nihrecord.nih.gov, blogs.state.gov,
fws.gov, epa.gov and noaanews.noaa.gov pages are the agencies' own; the PR Newswire copy carries the NASA text under the
wire dateline, and the reposting site's own lines are not in the stored text. Licence caveats: the NASA release is
taken from a wire repost on a private technology site, whose fidelity to the nasa.gov original the stored copy cannot
show (no nasa.gov copy of the 2021 release was found in the corpus; it is taken as NASA's by its wording, its NASA
speakers and the NASA distribution of the same kind in heldout319-en); the DipNote post is signed by Lee Satterfield,
then a State Department official of the Bureau of Educational and Cultural Affairs; the texts quote private people (a
contest winner's written message, a teacher, an entrepreneur) inside the public-domain texts. None is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept and a paragraph cut in the stored copy is dropped, noted per page: the NIH Record page's next brief 'Followup
on M'; the 2016 Junior Duck Stamp release's 'The Junior Duck Stamp Contest winner receives $1,000. ... the third-place
winner'; the EPA release's '“It was' (an opening of a further quotation, dropped with the cut); the NASA release's list
of awards ('Awards were presented in nine categories.', 'Overall Winner', '- High School Division:' and the items, the
third cut), dropped as a list with its lead-in (H2438); the 2007 NOAA release's 'The Hurricane Awareness Tour has been
conducted for more than 25 years,'; the 2009 NOAA release's 'The hurricane awareness tour has been conducted for more
than 25 years, ... is followed by NOAA’s hurricane hazard education camp'. The DipNote post and the 2005 Junior Duck
Stamp release end on a complete paragraph in the stored copy, which is kept. Site and release lines ('skip navigation
nih record', 'Vol. LXV, No. 13', 'June 21, 2013', 'previous story', 'next story'; DipNote's 'Posted by Lee Satterfield',
'August 9, 2013' and the image title 'Secretary Kerry Meets With African Women’s Entrepreneurship Program Delegates';
the EPA page's metadata line ' date 2019-07-25' and 'News Releases from Region 07'; NOAA's 'NOAA Magazine || NOAA Home
Page', the media contact lines '• Media Contact', '• Dennis Feltgen', '305-433-1933 (cellular)', the release date line
'April 27, 2009', the caption 'Bill Read.NHC Director Bill Read discusses hurricane preparations with a Ft. Myers. Fla.
reporter April 2008.' and 'High Resolution (Credit: NOAA)'), the NIH Record brief's image lines (its headline printed
again, the other brief's headline as an image label and the caption 'A robin laid eggs in a bike helmet at MLP-7. At
right is a photo of the nest on May 28; the image at left is from May 20. By the end of May, the eggs had hatched.'),
the 2007 NOAA release's caption 'NOAA image collage of students visiting a NOAA hurricane hunter aircraft during the
2006 hurricane awareness tour.' run into the start of its first paragraph and the caption note '(Click NOAA image
collage for larger view ... Please credit “NOAA.”)' at its end (H2454), the empty lines between paragraphs and spaces
at the end of lines were dropped; headlines are kept once as the first line where the stored copy has one (the 2005
release prints its headline twice, H1246; the 2016 Junior Duck Stamp release and the NASA release have none in the
stored copy and get none, H1818), the 2009 NOAA release's subheading 'Public and Media Invited to Tour Hurricane Hunter
Aircraft' is kept as a line; datelines ('(Lenexa, Kan., July 25, 2019) -', the wire dateline of the NASA release run
into its first paragraph, H1801, and 'April 23, 2007' at the start of the 2007 NOAA release's first paragraph) are kept
as stored; wording and typos ('Nelsons', 'Gregs', 'Hollys', 'year long', 'a Ft. Myers. Fla. reporter' in a dropped
caption), double spaces inside paragraphs, dashes and quotation marks (straight or curly as stored, also a curly
opening mark closed by a straight one and a straight opening mark closed by a curly one) are as stored. Pages read but
left out: pages already in earlier sets (the FWS release on Phil Million, the FWS Legislator of the Year and 2012
Partners in Conservation releases, the FWS Mountain-Prairie release 06-55, the FEMA release on Claire Rhoads, the NWS
story on Scott Price, VOA reports on new citizens (6179397) and on a robotics competition (554446), the State
Magazine AWE feature, the Refuge System awards release of 2001, the 75th Duck Stamp contest release of 2007, the EPA
youth awards release of 1998, USDA Rural Development releases of 2018), pages whose stored part keeps fewer than two
complete quotations (VOA reports on new citizens at Mount Vernon and at Federal Hall, on California wildfires and on
Take Your Child to Work Day at NIH (2016, 2024), an NIH Record feature on a landscape architect, an eca.state.gov
article, an EPA Region 6 youth award release of 1999, the NASA Rover Challenge release of 2020, NOAA's 2010 tour release
in an einpresswire copy and its 2016 tour story), pages of uncertain authorship or on mirror sites of unclear operators
(an EPA youth award release of 2007 on a mirror of archive.epa.gov, a Justice Department ginseng case rewritten by a
news site, a Barbados IVLP story, NASA's 2021 rover release on lakesidenews.net), caption-only, list, newsletter and
tag pages (an NIH Record photo feature on a virtual Take Your Child to Work Day, statedept.tumblr.com tag pages,
usbr.gov news feeds, FEMA and BLM release lists), and pages of newspapers, broadcasters, non-profits and blogs found by
the same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL, slug
and page id (06_21_2013, building-networks-businesses, california-youth-wins-2016, wisconsin-youth-wins,
festus-missouri-students, s2843, 20090427_hat), by headline and by the names of their speakers and phrases, such as
Kimberly Tryka, Lynn Mueller, Virginia Kinoro, wings to fly, Mame Diene, Stacy Shen, Cassidy Fulton, Junior Duck Stamp,
Kerissa Nelson, Ringneck Rendezvous, Redhead on the Delta, Matt Hogan, Michele Kearns, Pollinator Paradise, Jody
Singer, Miranda Fike, Parish Episcopal, Hurricane Awareness Tour, sentinels in the storm and 'hurricane survivor or a
hurricane victim', with grep over tests/data of the main tree and of every other helper's worktree (heldout711-717): no
hit, except Lee Satterfield, quoted in another text of heldout282-en, Dan Ashe and Bill Proenza, quoted in other texts
of other sets, and James McFadden, quoted in another NOAA tour release (heldout83-en), none of them one of these texts).
The annotation (rules H2450–H2454 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nih-record-en-h718-2013-06-21-bike-helmet-bird-nest",
    source="https://nihrecord.nih.gov/newsletters/2013/06_21_2013/briefs.htm",
    license=PD, retrieved=PAGES + " (NIH Record briefs page of June 21, 2013, second brief, on a robin nesting in a bike helmet in the Lister Hill Center garage; the site lines 'skip navigation nih record', 'Vol. LXV, No. 13', 'June 21, 2013', 'previous story' and 'next story' dropped; the first brief ('Graduate & Professional School Fair, July 17' and its three paragraphs, with no quotation, the last ending on a removed link) left out (H2450); the brief's headline, printed twice, kept once as the first line, and its image lines (the other brief's headline as an image label and the caption 'A robin laid eggs in a bike helmet at MLP-7. ... the eggs had hatched.') dropped; the next brief, 'Followup on M', cut in the stored copy, dropped; `noted` with a role before the name and a colleague's name in brackets inside a quotation (H2450); the dash in 'where the—helmet' and curly marks as stored)",
    text='''Bike Helmet Hosts Bird Nest in Campus Garage
Home is where the—helmet is? An opportunistic robin recently built a nest in a bike helmet in the Lister Hill Center garage, MLP-7.
“Hopefully, the nest can remain undisturbed for another 3-4 weeks for the chicks to fledge,” noted ORS landscape architect Lynn Mueller, who forwarded these photos last month to the NIH Record.
“While I was on vacation last week, a colleague [Teresa Przytycka] noted this nest on the B1-level of the 38A garage,” said Kimberly Tryka, staff scientist at NLM/NCBI. “The bike is on the north side of the garage. Her photo [from May 20] shows two eggs. Mine [from May 28] has three eggs. I didn’t see a bird.”''',
    quotes=[
        Q('“Hopefully, the nest', 'chicks to fledge,”', "Lynn Mueller"),
        Q('“While I was on vacation', 'of the 38A garage,”', "Kimberly Tryka"),
        Q('“The bike is on the north side', 'I didn’t see a bird.”', "Kimberly Tryka"),
    ],
    aliases={"Lynn Mueller": ["Lynn Mueller", "ORS landscape architect Lynn Mueller"],
             "Kimberly Tryka": ["Kimberly Tryka", "staff scientist at NLM/NCBI"]},
),
dict(
    id="state-dipnote-en-h718-2013-08-09-african-womens-entrepreneurship",
    source="https://blogs.state.gov/stories/2013/08/09/building-networks-businesses-and-communities-through-african-exchange?page=0%2C1695",
    license=PD, retrieved=PAGES + " (State Department DipNote blog post of August 9, 2013 by Lee Satterfield on the delegates of the African Women’s Entrepreneurship Program (AWEP) in Washington, with the Kenyan entrepreneur Virginia Kinoro; the lines 'Posted by Lee Satterfield' and 'August 9, 2013' and the image title 'Secretary Kerry Meets With African Women’s Entrepreneurship Program Delegates' dropped; headline kept as the first line; the stored copy ends on a complete paragraph, which is kept; `remarked` with a comma introduction and the writer's echo of the speaker's phrase in the next sentence (H2451); the double spaces after full stops and curly marks as stored)",
    text='''Building Networks, Businesses, and Communities Through an African Exchange
When successful entrepreneurs come together, the ideas that emerge are nothing short of amazing. And when those entrepreneurs are also women who have fought gender bias and other challenges, the ideas have the potential to change the face of commerce for a continent.  This week, we welcomed to Washington small and medium-sized business owners from 27 countries in Africa who spent the last two weeks meeting with U.S. entrepreneurs and CEOs in places like Los Angeles, Chicago, Seattle, and Albuquerque, as part of the African Women’s Entrepreneurship Program (AWEP).
The women in the program include entrepreneurs like Mame Diene of Senegal, who runs Bioessence Laboratories and produces organic cosmetics and nutraceuticals, while employing close to 4,000 people. Another example is Thelma Elizabeth Venichand, whose organization, CleanStar, converts nutrient-poor cassava into ethanol.  And now, as a result, more than 1,000 local small scale farmers – mostly women – grow cassava to produce safe, affordable, and efficient cooking fuel.  All 30 women have amazing stories, and each one of them has the potential to impact their country in unforeseeable ways.
Talking with the women, you see what the exchange program means to them.  All are accomplished in their own right, yet the women tell us that the program has changed their lives.  As Virginia Kinoro of Kenya remarked, “I feel like I now have wings to fly.”  Those “wings to fly” are not only in reference to growing businesses, they are about building community.  The women want to discuss empowering other women and how they can make a difference.  While growing their business is one of the best ways to help their communities, they also want to engage their community by sharing the lessons they have learned.''',
    quotes=[
        Q('“I feel like I now have wings to fly.”', None, "Virginia Kinoro"),
        Q('“wings to fly”', None, "Virginia Kinoro"),
    ],
    aliases={"Virginia Kinoro": ["Virginia Kinoro", "Virginia Kinoro of Kenya"]},
),
dict(
    id="fws-en-h718-2016-04-california-youth-junior-duck-stamp",
    source="https://fws.gov/press-release/2016-04/california-youth-wins-2016-federal-junior-duck-stamp-competition?page=221",
    license=PD, retrieved=PAGES + " (Fish and Wildlife Service release of April 2016 on Stacy Shen of Fremont, California, winning the national Junior Duck Stamp Art Contest, with Director Dan Ashe and the Conservation Message Contest winner Cassidy Fulton; the stored copy opens with the first paragraph, without headline, none added (H1818); the last paragraph, 'The Junior Duck Stamp Contest winner receives $1,000. The second place winner receives $500, the third-place winner', cut in the stored copy, dropped; the two link paragraphs kept as paragraphs of the release; a refuge's nickname in marks, a written message after `who wrote:` (H2452); curly marks, the curly apostrophe in 'Service’s' and the straight one in 'Program's' as stored)",
    text='''The U.S. Fish and Wildlife Service announced today that artwork of a pair of snow geese was selected to appear on the 2016-2017 Federal Junior Duck Stamp. The design for the new stamp, painted by Stacy Shen, 16, of Fremont, Calif., was chosen by a panel of judges at the national Junior Duck Stamp Art Contest, held at J.N. “Ding” Darling National Wildlife Refuge in Sanibel, Fla.
The colored pencil entry, which won the California State Junior Duck Stamp Contest, was judged the winner among best-of-show entries from all 50 states, Puerto Rico and the U.S. Virgin Islands. This year, 27,192 entries were submitted to the 52 state and territory Junior Duck Stamp contests. Proceeds from sales of the $5 Junior Duck Stamp support environmental education.
“I congratulate our winning artist and all the talented young people who participate in the Junior Duck Stamp Conservation and Design Program each year,” said Service Director Dan Ashe. “As urbanization accelerates, many Americans, including many young people, find it increasingly difficult to experience nature. The Junior Duck Stamp Program remains one of the Service’s hallmark efforts to engage youth and foster a lifelong connection with the outdoors.”
Sarah Clayton, 18, of Sidney, Ohio, took second place with an oil painting depicting a pair of ring-necked ducks.
Third place went to Chase Mascaro, 16, of Slidell, La., for his rendition of a pair of hooded mergansers.
The 2016 Federal Junior Duck Stamp Conservation Message Contest winner was 18-year-old Cassidy Fulton of Valley City, N.D., who wrote: “Our Environment, Our Responsibility, Our Future.”
For complete contest results, go to the Junior Duck Stamp Program's website at http://www.fws.gov/birds/education/junior-duck-stamp-conservation-program.php
A gallery of all state Best of Show entries can be found at https://flic.kr/s/aHskv8LG31.''',
    quotes=[
        Q('“Ding”', None, None),
        Q('“I congratulate our winning artist', 'Program each year,”', "Dan Ashe"),
        Q('“As urbanization accelerates', 'with the outdoors.”', "Dan Ashe"),
        Q('“Our Environment, Our Responsibility, Our Future.”', None, "Cassidy Fulton"),
    ],
    aliases={"Dan Ashe": ["Dan Ashe", "Service Director Dan Ashe"],
             "Cassidy Fulton": ["Cassidy Fulton"]},
),
dict(
    id="fws-en-h718-2005-05-wisconsin-youth-junior-duck-stamp",
    source="https://www.fws.gov/story/2005-05/wisconsin-youth-wins-federal-junior-duck-stamp-competition",
    license=PD, retrieved=PAGES + " (Fish and Wildlife Service release of May 2005 on Kerissa Nelson of Grantsburg, Wisconsin, winning the Federal Junior Duck Stamp Design Contest, with Acting Director Matt Hogan; the headline, printed twice, kept once as the first line (H1246); the stored copy ends on a complete paragraph, which is kept; two paintings' titles in marks, one with a comma and one with a full stop inside the closing mark (H2452); 'Nelsons', 'Gregs', 'Hollys', 'year long' and straight marks as stored)",
    text='''Wisconsin Youth Wins the Federal Junior Duck Stamp Competition
The U.S. Fish and Wildlife Service announced today that a pair of ring-necked ducks will be featured on the 2005-2006 Junior Duck Stamp. The design for the new stamp, painted by 17 year-old Kerissa Nelson of Grantsburg, WI, was chosen by a panel of judges on April 23 at the Federal Junior Duck Stamp Design Contest in Ocean City, Maryland.
The acrylic painting, entitled "Ringneck Rendezvous," which previously won the Wisconsin State Junior Duck Stamp Contest was judged the top painting among the Best-of-State entries from all 50 states. The 2005-2006 Federal Junior Duck Stamp, which the Fish and Wildlife Service makes available for $5 to stamp collectors and conservationists, will be released to the public on June 30, 2005. Proceeds from Junior Duck Stamp sales are used to support environmental education efforts and awards for contest winners.
Kerissa Nelsons art teacher is Bruce Teigen. He teaches at Grantsburg High School.
"It is truly amazing to see the work of artists who are so talented at such a young age. But what is perhaps more inspiring is the fact that these kids and thousands more like them around the nation are learning important lessons about the need to conserve wetland habitat through their participation in the Junior Duck Stamp Program," said Acting Service Director Matt Hogan.
Melissa Chen of Gretna, Louisiana, took second place with an oil painting depicting a redhead called "Redhead on the Delta." The 14 year-old studies art at Gregs Gallery. Greg Chappell is her art teacher.
Third place went to Holly Cobb, of Sandy, Utah, for her rendition of a pair of cinnamon teals done in colored pencil. Hollys teacher is Doug Allen of Alta High School.
The National Junior Duck Stamp Design Contest is the culmination of a year long Junior Duck Stamp conservation curriculum used by educators across the nation in their classrooms.''',
    quotes=[
        Q('"Ringneck Rendezvous,"', None, None),
        Q('"It is truly amazing', 'Junior Duck Stamp Program,"', "Matt Hogan"),
        Q('"Redhead on the Delta."', None, None),
    ],
    aliases={"Matt Hogan": ["Matt Hogan", "Acting Service Director Matt Hogan"]},
),
dict(
    id="epa-en-h718-2019-07-25-festus-students-youth-award",
    source="https://www.epa.gov/newsreleases/festus-missouri-students-win-presidents-environmental-youth-award",
    license=PD, retrieved=PAGES + " (EPA Region 7 release of July 25, 2019 on the Festus RVI School District Quest Program students winning the President’s Environmental Youth Award, with the teacher Michele Kearns and Administrator Andrew Wheeler; the metadata line ' date 2019-07-25' and the line 'News Releases from Region 07' dropped; headline kept as the first line; the dateline '(Lenexa, Kan., July 25, 2019) -' kept as stored; the last paragraph, '“It was', cut in the stored copy, dropped; a quotation opened by a straight mark and closed by a curly one and its second piece opened by a curly mark and closed by a straight one, a long role before the name, and an official named inside a quotation (H2453); the straight apostrophe in the headline's 'President's' and the curly ones in the text as stored)",
    text='''Festus, Missouri, Students Win President's Environmental Youth Award
(Lenexa, Kan., July 25, 2019) - Today, the Festus RVI School District Quest Program students were awarded the President’s Environmental Youth Award (PEYA) in a ceremony in Washington, D.C. This national award is presented to K-12 students who demonstrate the initiative, creativity, and problem-solving skills needed to address environmental problems and find sustainable solutions.
The White House Council of Environmental Quality (CEQ) Chairman Mary Neumayr and U.S. Environmental Protection Agency (EPA) Administrator Andrew Wheeler presented the award to the Festus RVI School District Quest Program students.
The students’ Pollinator Paradise project centered around natural pest control in their local West City Park. They worked with the city of Festus on an engineering design process and used integrated pest management principles to design a pollinator habitat to increase beneficial insects and reduce the mosquito population.
"The innovative nature of our students is amazing to watch,” said K-5 grade teacher and team co-sponsor Michele Kearns. “From using an inquiry-based approach to identify problems to then developing the confidence, leadership and technical skills necessary to solve, it was humbling to be a part of their journey!"
“The President’s Environmental Youth Awards Ceremony is a day I look forward to each year because it is a time when we honor some of the best and brightest in environmental education and stewardship,” said EPA Administrator Andrew Wheeler. “This year, CEQ Chairman Mary Neumayr joined me in celebrating our 200 student and teacher winners who represent excellence in environmental protection. Congratulations and thank you to all our winners for their dedication to protecting human health and the environment.”''',
    quotes=[
        Q('"The innovative nature', 'amazing to watch,”', "Michele Kearns"),
        Q('“From using an inquiry-based approach', 'part of their journey!"', "Michele Kearns"),
        Q('“The President’s Environmental Youth Awards Ceremony', 'education and stewardship,”', "Andrew Wheeler"),
        Q('“This year, CEQ Chairman', 'human health and the environment.”', "Andrew Wheeler"),
    ],
    aliases={"Michele Kearns": ["Michele Kearns", "K-5 grade teacher and team co-sponsor Michele Kearns"],
             "Andrew Wheeler": ["Andrew Wheeler", "EPA Administrator Andrew Wheeler",
                                "U.S. Environmental Protection Agency (EPA) Administrator Andrew Wheeler"]},
),
dict(
    id="nasa-en-h718-2021-04-16-human-exploration-rover-challenge",
    source="https://technologyforyou.org/nasa-announces-winners-of-2021-human-exploration-rover-challenge",
    license=PDC, retrieved=PAGES + " (NASA release of April 16, 2021 on the winners of the 27th Human Exploration Rover Challenge, managed by the Marshall Space Flight Center, in the PR Newswire distribution reposted on technologyforyou.org, with the Marshall Center director Jody Singer and the activity lead Miranda Fike; the stored copy has no headline and opens with the dateline paragraph, no title added (H1818), the wire dateline 'HUNTSVILLE, Ala., April 16, 2021 /PRNewswire/ — ' kept as part of the first paragraph (H1801); the list of awards that follows the last kept paragraph ('Awards were presented in nine categories.', 'Overall Winner', '- High School Division:' and the items, the third cut in the stored copy) dropped with its lead-in line, the text ending on the last paragraph of prose (H2438); two officials each presented in an inverted cue, one with her role before the name, the other after it (H2453); the dashes and curly marks as stored)",
    text='''HUNTSVILLE, Ala., April 16, 2021 /PRNewswire/ — High school and college students from around the U.S. and world have spent the last eight months designing, building, and testing their creations for NASA’s 27th annual Human Exploration Rover Challenge – one of seven NASA Artemis Student Challenges. The winners were announced during a virtual awards ceremony April 16.
HERC tasks U.S. and international student teams to design, engineer, and test a human-powered rover on a course that simulates the terrain found on rocky bodies in the solar system. The teams also must perform mission tasks while negotiating the course, including sample retrievals and spectrographic analysis.
Despite the cancellation of on-site competition activities at the U.S. Space & Rocket Center near NASA’s Marshall Space Flight Center in Huntsville, Alabama, due to the global COVID-19 pandemic, the high school and college teams competed in multiple design, documentation, and presentation categories, and were recognized for their successful efforts.
“The challenges you faced with this competition go beyond anything we’ve seen before, from designing the wheels and mission tools to executing mission requirements like sample retrievals and deploying instruments,” said Marshall Center Director Jody Singer. “To all of the students who took on these tasks and participated in Rover Challenge, we salute you and congratulate you on your accomplishments.”
“The students really had to think outside the box to figure out how to develop these robust vehicles during a global pandemic,” said Miranda Fike, activity lead for the challenge at Marshall. “These members of the Artemis Generation rose to the occasion and delivered their reviews, presentations, designs, and videos without fail.”''',
    quotes=[
        Q('“The challenges you faced', 'deploying instruments,”', "Jody Singer"),
        Q('“To all of the students', 'on your accomplishments.”', "Jody Singer"),
        Q('“The students really had to think', 'a global pandemic,”', "Miranda Fike"),
        Q('“These members of the Artemis Generation', 'videos without fail.”', "Miranda Fike"),
    ],
    aliases={"Jody Singer": ["Jody Singer", "Marshall Center Director Jody Singer"],
             "Miranda Fike": ["Miranda Fike", "activity lead for the challenge at Marshall"]},
),
dict(
    id="noaa-en-h718-2007-04-23-forecasters-airborne-hurricane-awareness",
    source="http://www.noaanews.noaa.gov/stories2007/s2843.htm",
    license=PD, retrieved=PAGES + " (NOAA release of April 23, 2007 on the Hurricane Awareness Tour of the East Coast aboard a WP-3 Orion, with the National Hurricane Center director Bill Proenza and James McFadden of the Aircraft Operations Center; the site line 'NOAA Magazine || NOAA Home Page' dropped; headline kept as the first line; the caption 'NOAA image collage of students visiting a NOAA hurricane hunter aircraft during the 2006 hurricane awareness tour.' run into the start of the first paragraph and the caption note '(Click NOAA image collage for larger view of students visiting a NOAA hurricane hunter aircraft during the 2006 hurricane awareness tour. Click here for high resolution version. Please credit “NOAA.”)' at its end dropped, the dateline 'April 23, 2007' kept as the start of the paragraph (H2454); the last paragraph, 'The Hurricane Awareness Tour has been conducted for more than 25 years,', cut in the stored copy, dropped; a cue by surname after a list presenting three people, and a quotation opened by a curly mark and closed by a straight one (H2454); marks as stored)",
    text='''Forecasters Go Airborne To Promote Hurricane Awareness
April 23, 2007 NOAA hurricane experts will travel aboard a NOAA WP-3 Orion turboprop Hurricane Hunter in a five-day, five-city tour of the East Coast beginning April 30 to raise public awareness of hurricanes that can threaten the Atlantic Seaboard.
Bill Proenza, the new director of the NOAA National Hurricane Center, Richard Knabb, PhD., senior hurricane specialist, and Michelle Mainelli, hurricane specialist, will join the crew and scientists when the aircraft visits North Kingstown, R.I.; Cape May, N.J.; Martin State Airport near Baltimore, Md.; Elizabeth City, N.C.; and Daytona Beach, Fla. The public and media are invited to tour the aircraft and speak with the delegation.
“Educating the public is our continuing mission,” said Proenza. “Even though last season had a below average number of tropical cyclones with no landfalling hurricanes, we remain in an active hurricane cycle likely to last another 10 to 20 years. Preparation through education is less costly than learning through tragedy."
“We spend considerable time talking with children on the aircraft. If any of them take that message home to their parents, many more lives can be saved. This is a great way to teach hurricane awareness,” said James McFadden, PhD., chief of programs at the NOAA Aircraft Operations Center.
The team of NOAA hurricane experts will be joined by emergency management officials, non-profit organizations such as the American Red Cross and various local NOAA National Weather Service forecast offices.''',
    quotes=[
        Q('“Educating the public is our continuing mission,”', None, "Bill Proenza"),
        Q('“Even though last season', 'learning through tragedy."', "Bill Proenza"),
        Q('“We spend considerable time', 'teach hurricane awareness,”', "James McFadden"),
    ],
    aliases={"Bill Proenza": ["Bill Proenza", "Proenza", "the new director of the NOAA National Hurricane Center"],
             "James McFadden": ["James McFadden", "chief of programs at the NOAA Aircraft Operations Center"]},
),
dict(
    id="noaa-en-h718-2009-04-27-hurricane-team-atlantic-awareness-tour",
    source="http://www.noaanews.noaa.gov/stories2009/20090427_hat.html",
    license=PD, retrieved=PAGES + " (NOAA release of April 27, 2009 on the Hurricane Awareness Tour of five East Coast cities, with the National Hurricane Center director Bill Read; the media contact lines '• Media Contact', '• Dennis Feltgen' and '305-433-1933 (cellular)', the release date line 'April 27, 2009', the caption 'Bill Read.NHC Director Bill Read discusses hurricane preparations with a Ft. Myers. Fla. reporter April 2008.' and the line 'High Resolution (Credit: NOAA)' dropped; headline kept as the first line and the subheading 'Public and Media Invited to Tour Hurricane Hunter Aircraft' as a line; the last paragraph, 'The hurricane awareness tour has been conducted for more than 25 years, alternating between the Gulf and Atlantic coasts, and is followed by NOAA’s hurricane hazard education camp', cut in the stored copy, dropped; a quotation opened by a curly mark and closed by a straight one before an inverted cue (H2453); the en dash, the double space before the second piece and marks as stored)",
    text='''NOAA Hurricane Team Embarks on Atlantic Coast Awareness Tour
Public and Media Invited to Tour Hurricane Hunter Aircraft
NOAA hurricane experts will visit five East Coast cities aboard a NOAA hurricane hunter aircraft to raise awareness about storm threats and the danger of being caught without a personal hurricane plan. The five-day tour begins May 4.
“We are bringing a life-saving message to coastal communities – now is the time to prepare for a hurricane, before a storm threatens your area," said Bill Read, director of NOAA’s National Hurricane Center.  “Preparing a hurricane plan today could determine whether you become a hurricane survivor or a hurricane victim.”
Hurricane specialists Dan Brown and Robbie Berg, storm surge specialist Jamie Rhome and Read will travel with the crew when the aircraft visits Newington, N.H., Farmingdale, N.Y., Raleigh, N.C., Wilmington, N.C., and Key West, Fla. The public and media are invited to tour the aircraft and speak with the team.
The NOAA WP-3 Orion turboprop aircraft is used primarily by weather scientists on research missions to study various elements of a hurricane, flying through the eye of the storm several times each flight. The crew gathers and sends data by satellite directly to the National Hurricane Center so hurricane forecasters can analyze and predict changes to its path and strength.
Staff from emergency management offices, non-profit organizations such as the American Red Cross, and several local NOAA National Weather Service forecast offices will join the NOAA team at tour stops.''',
    quotes=[
        Q('“We are bringing a life-saving message', 'threatens your area,"', "Bill Read"),
        Q('“Preparing a hurricane plan today', 'a hurricane victim.”', "Bill Read"),
    ],
    aliases={"Bill Read": ["Bill Read", "director of NOAA’s National Hurricane Center", "Read"]},
),
]
