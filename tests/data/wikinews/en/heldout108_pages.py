# Held-out English news pages (tests/data/heldout108-en.jsonl), none of them used in an earlier set. These texts are
# stored web pages (the `pages` search corpus) of US federal health, science and agriculture agencies, or copies of
# their releases: NIST's January 2011 release on NIST work in the top science news of 2010 (nist.gov); the Farm
# Service Agency's July 2012 blog post on USDA's drought steps (fsa.blogs.govdelivery.com); the Agricultural Marketing
# Service's August 2012 release on plant variety protection certificates (ams.usda.gov); CDC's December 2016 year-end
# press release (cdc.gov); two NIH Record pages (the May 20, 2016 issue page with the story on the Rall Cultural
# Lecture, and the July 6, 2012 issue page with the story on the advisory committee to the NIH director, the latter as
# archived by the UNT CyberCemetery); the NIH Record's September 22, 2006 briefs page on the Medicine for the Public
# lecture series; ARS's May 2012 Agricultural Research magazine story on USDA's 150th anniversary (ars.usda.gov); and
# ARS's September 2012 release on pink blueberries as reposted from EurekAlert! on a blog. All are
# US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third
# party. The stored copies are cut after about 2,000 characters: only complete paragraphs are kept (a cut paragraph is
# dropped and noted in `retrieved`). Site lines, navigation, bylines, contact lines, release numbers, metadata date
# lines, image captions, 'Read more' links and repeated headlines are dropped; wording, spelling, spacing inside
# paragraphs and quotation marks (straight or curly, single or double) are as stored. Annotated by reading the pages,
# before whosaid was run on them (rules H770-H775 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout108-en.jsonl

Built by `build.py` from `heldout108_pages.py`. Like heldout103-en, heldout105-en and the earlier US-government sets,
these texts are stored web pages (the `pages` search corpus), this time of US federal health, science and agriculture
agencies, or copies of their releases, none of them used in a set above: NIST's January 2011 release on NIST work in
the top science news of 2010 (nist.gov), the Farm Service Agency's July 2012 blog post on USDA's drought steps
(fsa.blogs.govdelivery.com), the Agricultural Marketing Service's August 2012 release on 94 plant variety protection
certificates (ams.usda.gov), CDC's December 2016 year-end press release (cdc.gov), the NIH Record's May 20, 2016 issue
page (the Rall Cultural Lecture with Diane Rehm), its July 6, 2012 issue page as archived by the UNT CyberCemetery (the
104th meeting of the advisory committee to the NIH director), its September 22, 2006 briefs page (the Medicine for the
Public lecture series), the Agricultural Research Service's May 2012 Agricultural Research magazine story on USDA's
150th anniversary (ars.usda.gov) and its September 2012 release on pink blueberries as reposted from EurekAlert! on a
blog. All are US government works in the public domain (17 U.S.C. § 105); none is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Site lines, navigation, bylines, contact lines, captions and
repeated headlines were dropped; wording and quotation marks are as stored. None of these pages is used in any set
above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text: the only shared
8-word sequence is the agency name 'the National Institute of Standards and Technology (NIST)'). The annotation
(rules H770–H775 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is
a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nist-2011-01-05-top-science-news-2010",
    source="http://www.nist.gov/public_affairs/releases/top_010511.cfm",
    license=PD, retrieved=PAGES + " (NIST release 'NIST Work Highlighted as Top Science News of 2010', January 5, 2011; the beta-site banner lines, 'View the beta site', 'NIST logo', the 'For Immediate Release: January 5, 2011' line, 'Bookmark and Share' and the contact line dropped; the paragraph beginning 'In addition, a NIST computer pioneer', cut in the stored copy, and the rest of the page dropped; the URLs in parentheses are part of the stored paragraphs and kept)",
    text='''NIST Work Highlighted as Top Science News of 2010
The top science news of 2010, as compiled by several science magazines, includes several stories from the National Institute of Standards and Technology (NIST).
Physics World selected NIST demonstrations of Einstein’s theories of relativity at the scale of everyday life as number seven of the top 10 breakthroughs of 2010. The magazine said NIST physicists “have shown us the human face of relativity” (see http://physicsworld.com/cws/article/news/44618). The experiments, reported in the journal Science, compared two of the world’s best experimental atomic clocks to show that time passes faster about 1 foot higher and slows down at speeds comparable to about 20 miles per hour (see NIST press release at http://www.nist.gov/public_affairs/releases/aluminum-atomic-clock_092310.cfm).
The NIST relativity measurements were also cited as number 9 of the Top 10 favorite and most popular stories of 2010 by ScienceNOW, the news feature site of Science magazine. “Researchers have used ultraprecise clocks to show that time flies faster for your nose than for your navel,” the citation notes (see http://news.sciencemag.org/sciencenow/2010/12/top-10-sciencenows-from-2010.html#panel-3).
Science News also cited the NIST relativity demonstrations in a compilation of the top news of 2010 in the matter and energy category. The magazine said NIST’s “tabletop experiments demonstrate the time-warping effects of relativity at the human scale” (see http://www.sciencenews.org/view/feature/id/67687/title/2010_Science_News_of_the_Year_Matter_%2B_Energy).''',
    quotes=[
        Q('“have shown us the human face of relativity”', None, "Physics World"),
        Q('“Researchers have used ultraprecise clocks', 'for your navel,”', "ScienceNOW"),
        Q('“tabletop experiments demonstrate', 'at the human scale”', "Science News"),
    ],
),
dict(
    id="fsa-2012-07-23-usda-bends-rules-conservation-drought",
    source="https://fsa.blogs.govdelivery.com/2012/07/23/usda-bends-rules-on-conservation-programs-to-help-farmers-livestock-producers-weather-drought/",
    license=PD, retrieved=PAGES + " (Farm Service Agency blog post of July 23, 2012; the closing 'This entry was posted in News and tagged ...' line and the comment form dropped; the link text 'Learn more.' at the end of the paragraph is part of the stored paragraph and kept; the stored copy holds the whole post)",
    text='''USDA Bends Rules on Conservation Programs to Help Farmers, Livestock Producers Weather Drought
USDA announced additional steps to assist farmers and livestock producers suffering from one of the worst droughts seen in more than 70 years. During a media conference today, Agriculture Secretary Tom Vilsack announced changes to several conservation programs that will help livestock producers and he said the agency is working with insurance companies to provide a grace period on unpaid insurance premiums for producers that may have a financial hardship at the close of the crop year. “Beginning today, USDA will open opportunities for haying and grazing on lands enrolled in conservation programs while providing additional financial and technical assistance to help landowners through this drought,” said Vilsack. “President Obama and I are committed to getting help to producers as soon as possible and sustaining the success of America’s rural communities through these difficult times.” Learn more.''',
    quotes=[
        Q('“Beginning today,', 'through this drought,”', "Tom Vilsack"),
        Q('“President Obama and I', 'these difficult times.”', "Tom Vilsack"),
    ],
    aliases={"Tom Vilsack": ["Agriculture Secretary Tom Vilsack", "Vilsack"]},
),
dict(
    id="ams-2012-08-29-usda-grants-protection-94-plant-varieties",
    source="https://www.ams.usda.gov/press-release/usda-grants-protection-94-new-plant-varieties",
    license=PD, retrieved=PAGES + " (Agricultural Marketing Service release AMS No. 175-12 of August 29, 2012; the release number and the contact line 'Michael T. Jarvis (202) 720-8998...' dropped; the line 'The 94 certificates are:' and the list of certificates that follows it, whose fourth item is cut in the stored copy, dropped like a source list; 'AgriculturalMarketing' (no space) and the missing space in '--The' are as stored)",
    text='''USDA Grants Protection to 94 New Plant Varieties
WASHINGTON, Aug. 29, 2012 --The U.S. Department of Agriculture has issued certificates of protection to developers of 94 new varieties of seed-reproduced and tuber-propagated plants. They include bean, bluegrass, corn, fescue, lettuce, pea, peanut, potato, rice, ryegrass, soybean, wheat and wheatgrass.
The Plant Variety Protection Act provides legal protection in the form of intellectual property rights to developers of new varieties of plants.
“A certificate of protection is awarded to an owner of a crop variety after an examination shows that it is new, distinct from other varieties, and genetically uniform and stable through successive generations,” said Administrator David Shipman, AgriculturalMarketing Service (AMS). “The public benefits as the recipient of lower prices from increased productivity, and from quality food, feed, fiber and other products, that result directly from improved plant varieties.”
The term of protection is 20 years for most crops, and 25 years for trees, shrubs and vines. The owner of a protected variety has exclusive rights to multiply and market the seed of that variety.''',
    quotes=[
        Q('“A certificate of protection', 'successive generations,”', "David Shipman"),
        Q('“The public benefits', 'improved plant varieties.”', "David Shipman"),
    ],
    aliases={"David Shipman": ["Administrator David Shipman"]},
),
dict(
    id="cdc-2016-12-14-cdc-in-2016-keeping-america-safe",
    source="https://www.cdc.gov/media/releases/2016/p1214-2016-eoy-dpk.html",
    license=PD, retrieved=PAGES + " (CDC press release of December 14, 2016; the 'Press Release' label, the 'For Immediate Release: Wednesday, December 14, 2016' line and the contact lines dropped; the section heading 'Protecting Americans by Combatting Antibiotic Resistance' and its paragraph, cut in the stored copy, and the rest of the page dropped)",
    text='''CDC in 2016: Keeping America Safe From Health Threats New And Old
The health threats of 2016 came in all sizes, ranging from drug-resistant superbugs to Zika-carrying mosquitoes to a powerful hurricane. In a digital press kit released today, CDC highlights key agency activities during 2016 and previews what could come in 2017. In its 70th year, CDC continues to protect the health of all Americans, whether threats came from infectious or chronic diseases, environmental dangers, occupational hazards, or injuries.
“In 2016, CDC continued protecting Americans by fighting health threats,” said CDC Director Tom Frieden, M.D., M.P.H. “By using the best science to stop disease where it starts and strengthen public health systems, we keep Americans safer and healthier.”
Protecting Pregnancies by Responding to Zika
CDC began work on Zika when the virus swept Brazil in mid-2015; by January, CDC had advised pregnant women not to travel to areas where Zika is spreading and activated its Emergency Operations Center. CDC scientists soon created a rapid diagnostic test for Zika authorized under an Emergency Use Authorization and, as we learned more about the virus’s disastrous effects on the developing fetus, took additional actions to protect pregnant women. A major success ending a Zika outbreak in the Wynwood neighborhood of Miami demonstrated the efficacy of aggressive vector control measures that included aerial spraying to kill both adult and larval mosquitoes and eliminating standing water. Every day CDC learned more about the virus, its effects on pregnancy, the mosquitoes that carry it, outbreaks it causes, and how best to protect pregnant women.''',
    quotes=[
        Q('“In 2016, CDC continued', 'fighting health threats,”', "Tom Frieden"),
        Q('“By using the best science', 'safer and healthier.”', "Tom Frieden"),
    ],
    aliases={"Tom Frieden": ["CDC Director Tom Frieden"]},
),
dict(
    id="nihrecord-2016-05-20-rall-lecture-host-guest-swap",
    source="https://nihrecord.nih.gov/newsletters/2016/05_20_2016/index.htm",
    license=PD, retrieved=PAGES + " (NIH Record issue page of May 20, 2016, first story; the image caption lines 'NIH director Dr. Francis Collins interviews' and 'NIH director Dr. Francis Collins interviews Diane Rehm at Rall Lecture.' and the 'Read more' link dropped; the next story ('NIAID Researchers Move Closer to Universal Flu Vaccine', its caption and its paragraph, cut in the stored copy) dropped)",
    text='''Rall Lecture Features Host-Guest Swap
Maybe the key to being a longtime successful radio show host is being, oneself, quite interesting. That insight was gently excavated by NIH director Dr. Francis Collins over the course of an hour-long conversation with Diane Rehm at the Rall Cultural Lecture Apr. 7 in Masur Auditorium.
Part of the reason their public dialogue seemed so effortless is that Collins has been Rehm’s guest on NPR’s The Diane Rehm Show at least 10 times. Rehm said on-air interviews flow most smoothly when guests know their subject fully, and name-checked exemplars from NIH, including Collins, NIAID director Dr. Anthony Fauci and NIAMS director Dr. Stephen Katz.
Collins cheerfully acknowledged that turnabout is fair play at the outset of their conversation. “I step into the role she would normally play,” he said, admitting to feelings of pressure. It was now on him to make a guest feel at ease. He needn’t have fretted.
Collins first asked about Rehm’s non-traditional path to journalism. From there, the dominos fell.
A native Washingtonian, Rehm graduated from high school in 1954. Neither of her parents thought college was for girls, so she became a secretary at the D.C. department of highways, deploying workers to fill the potholes her boss had noticed on his commute to work.
Recruited to another secretarial position at the U.S. Department of State, she found herself “surrounded by intellectuals,” including a particularly learned and handsome young man named John Rehm. “He became my teacher,” Rehm said, and eventually her husband.''',
    quotes=[
        Q('“I step into the role she would normally play,”', None, "Francis Collins"),
        Q('“surrounded by intellectuals,”', None, "Diane Rehm"),
        Q('“He became my teacher,”', None, "Diane Rehm"),
    ],
    aliases={"Francis Collins": ["Dr. Francis Collins", "Collins"], "Diane Rehm": ["Rehm"]},
),
dict(
    id="nihrecord-2012-07-06-acd-emphasizes-telling-nihs-story",
    source="https://cybercemetery.unt.edu/archive/oilspill/20130213230724/http:/nihrecord.od.nih.gov/newsletters/2012/07_06_2012/index.htm",
    license=PD, retrieved=PAGES + " (NIH Record issue page of July 6, 2012, as archived by the UNT CyberCemetery, first story; the 'skip navigation' line, masthead, volume and date lines, the lists of features and departments, 'printer friendly version', the image caption printed twice ('At the recent ACD meeting, NIH principal deputy director Dr. Larry Tabak (l) and NIH director Dr. Francis Collins enjoy a light moment.') and the 'more…' link dropped; the next story ('Columnist Friedman Offers Prescription for Pre-eminence', cut in the stored copy) dropped; the ellipsis character without spaces in 'workforce…It' is as stored)",
    text='''‘Impact’ on Health, Economy in Focus
Director’s Advisory Committee Emphasizes Telling NIH’s Story
NIH is good for science and good for the economy. If those words were lyrics, everyone connected in any way to NIH ought to be singing them loudly and at every opportunity. That was the message at the 104th meeting of the advisory committee to the NIH director (ACD) on June 14. NIH director Dr. Francis Collins, cast throughout the meeting by several presenters as an agile lead singer, indicated in opening remarks that the timing is perfect for such an NIH chorus.
“We’re seeing a gratifying acceleration in terms of scientific progress on many fronts,” including 15 papers published in 1 week on the Human Microbiome Project, he noted, opening the meeting.
“It’s truly a testament to the creativity, hard work, energy and the effective individual and team efforts of our remarkable biomedical research workforce…It is an absolute pleasure and privilege to be able to stand at the helm of this organization—the largest supporter of biomedical research in the world—and see how those resources are being put to remarkable use.”''',
    quotes=[
        Q('‘Impact’', None, None),
        Q('“We’re seeing a gratifying acceleration', 'on many fronts,”', "Francis Collins"),
        Q('“It’s truly a testament', 'to remarkable use.”', "Francis Collins"),
    ],
    aliases={"Francis Collins": ["Dr. Francis Collins"]},
),
dict(
    id="nihrecord-2006-09-22-medicine-for-the-public-lecture-series",
    source="https://nihrecord.nih.gov/newsletters/2006/09_22_2006/briefs.htm",
    license=PD, retrieved=PAGES + " (NIH Record briefs page of September 22, 2006, first brief; the 'skip navigation', volume, date, 'previous story' and 'next story' lines dropped; the next brief ('Yoga Meditation Held Weekly' and its paragraph, cut in the stored copy) dropped; the en dashes and straight quotation marks in the schedule lines are as stored)",
    text='''Medicine for the Public Lecture Series Begins Sept. 26
Why do only 10 percent of people infected with Mycobacterium tuberculosis develop tuberculosis? What role does the brain play in overeating? Why is depression twice as common in women as men? These and other leading-edge medical issues will be discussed at the 2006 Medicine for the Public lecture series on Tuesday evenings at 7 in the Clinical Center's Masur Auditorium, beginning Sept. 26. Physician-scientists working to translate science into medicine will deliver lectures and take questions from the audience.
The lecture series has been presented every fall since 1978 and was developed to bring information on medical research to the public. The free talks are designed to help non-scientists understand medical science and appreciate the importance of medical research in our lives. Dates, topics and speakers are listed below. For more information on the series, call Clinical Center Communications, (301) 496-2563.
Sept. 26 – "Preventing the Nation's Leading Cause of Death: Heart Disease," Dr. Denise Simons-Morton, NHLBI
Oct. 3 – "Stroke Update," Dr. Steven Warach, NINDS
Oct. 10 – "Tuberculosis in the 21st Century: Old Problem, New Understanding," Dr. Steven M. Holland, NIAID
Oct. 17 – "The Role of the Gut, Hormones and the Brain in Obesity," Dr. Monica C. Skarulis, NIDDK
Oct. 24 – "AIDS After 25 Years: Lessons Learned for Other Emerging Infections," Dr. Henry Masur, Clinical Center
Oct. 31 – "Depression: Impact, Causes and Current Research," Dr. Peter Schmidt, NIMH''',
    quotes=[
        Q('"Preventing the Nation', 'Heart Disease,"', None),
        Q('"Stroke Update,"', None, None),
        Q('"Tuberculosis in the 21st Century', 'New Understanding,"', None),
        Q('"The Role of the Gut', 'in Obesity,"', None),
        Q('"AIDS After 25 Years', 'Emerging Infections,"', None),
        Q('"Depression: Impact', 'Current Research,"', None),
    ],
),
dict(
    id="ars-2012-05-15-150-years-of-making-history",
    source="http://ars.usda.gov/is/AR/2012/may12/history0512.htm",
    license=PD, retrieved=PAGES + " (Agricultural Research magazine story of May 15, 2012 on ars.usda.gov; the site lines ('USDA ARS ARonline Magazine', 'United States Department of Agriculture', 'AgResearch Magazine', the 'ARS Home l About ARS l Contact ARS' bar, 'AR Research Magazine'), the date line, the logo's alt text and the sidebar text under it ('USDA’s 150th anniversary is in 2012. ...'), and the photo caption ('Flesh-eating screwworms: Click here for full photo caption.' and its text with '(D1742-1)') dropped; the paragraph beginning 'Before USDA eradicated the species', cut in the stored copy, and the rest dropped)",
    text='''150 Years of Making History
USDA's 150th Anniversary
The only thing that stands between the United States and an invasion of cattle-killing screwworms is a daily flight of airplanes flooding a 100-mile-wide section of the Isthmus of Panama with male screwworm flies raised in a laboratory and sterilized with radiation in Panama. The screwworm infestations of the past would probably come back if the releases stopped for a couple of months or so, says Dan Strickman, Agricultural Research Service national program leader for veterinary and medical entomology.
“This is a great example of agricultural research changing the history of this country, and it’s a cutting-edge example of integrated pest management,” Strickman adds.
This year marks the U.S. Department of Agriculture’s 150th anniversary, making it a particularly appropriate time to look at this and other examples of history in the making.
The screwworm was wiped out of the United States by 1966 and Mexico by 1991. The purging continued south to include Central America until the “barrier” reached across the entire narrow Isthmus of Panama, and the screwworm was declared eradicated from Central and North America.''',
    quotes=[
        Q('“This is a great example', 'integrated pest management,”', "Dan Strickman"),
        Q('“barrier”', None, None),
    ],
    aliases={"Dan Strickman": ["Strickman"]},
),
dict(
    id="ars-2012-09-13-pink-lemonade-blueberries-blog-repost",
    source="http://falstaff-sentimental.blogspot.com/2012/09/lemonade-and-choice-superb-blueberries.html",
    license=PDC, retrieved=PAGES + " (Agricultural Research Service release of September 13, 2012 as reposted from EurekAlert! on a blog on September 14, 2012; the blog's date line, the repeated headline with the EurekAlert! navigation ('[ Back to EurekAlert! ] Public release date: 13-Sep-2012' and the e-mail and share links), the contact lines, the agency line and 'This press release is available in Spanish.' dropped; the paragraph beginning '\"Razz,\" another stellar blueberry', cut in the stored copy, and the rest dropped; the double hyphen in 'it is--a' is as stored)",
    text='''\'Pink Lemonade,\' \'Razz,\' \'Sweetheart,\' and \'Cara\'s Choice\': superb blueberries from ARS
That interesting shrub growing in a neighbor's front yard may actually be exactly what you think it is--a somewhat unusual ornamental that produces pink blueberries. These berries not only look pretty, but they're tasty, too, according to U.S. Department of Agriculture (USDA) scientist Mark K. Ehlenfeldt.
As a plant geneticist with USDA's Agricultural Research Service (ARS) in Chatsworth, N.J., Ehlenfeldt has either developed, or helped develop, a dozen new varieties of blueberries, including "Pink Lemonade."
Although not a first of its kind, "Pink Lemonade" is likely America's most popular pink blueberry. In 1991, Ehlenfeldt chose the parent plants that later yielded today's "Pink Lemonade." Results from his test plots in New Jersey and findings from West Coast evaluations by ARS plant geneticist Chad E. Finn in Corvallis, Ore., led to the decision to officially "release" this blueberry as what is known as a numbered selection (specifically, ARS 96-138) in 2005, and, in 2007, to name it "Pink Lemonade."
After a new kind, or variety, of plant has been thoroughly tested, "releasing" it typically involves giving it a name, describing its pedigree and other features in a release notice (somewhat like a botanical birth announcement), and making it available to one or more suppliers of foundation plant materials so that commercial nurseries can buy and propagate it for wholesale or retail sale.''',
    quotes=[
        Q("'Pink Lemonade,'", None, None),
        Q("'Razz,'", None, None),
        Q("'Sweetheart,'", None, None),
        Q("'Cara's Choice'", None, None),
        Q('"Pink Lemonade."', None, None, 0),
        Q('"Pink Lemonade"', None, None),
        Q('"Pink Lemonade."', None, None, 1),
        Q('"release"', None, None),
        Q('"Pink Lemonade."', None, None, 2),
        Q('"releasing"', None, None),
    ],
),
]
