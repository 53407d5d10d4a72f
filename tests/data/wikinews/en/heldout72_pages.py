# Held-out English news texts (tests/data/heldout72-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal government sites, all works of the US government in the public domain
# (17 U.S.C. § 105): three Department of Energy history timelines (energy.gov: 2012 and 2016; the 2014 timeline in the End
# of Term web archive, webarchive.library.unt.edu), a Department of the Interior / National Park Service release of 2008
# (doi.gov archive), two Department of Education press-release listings (ed.gov in the End of Term web archive, December
# 2012; ed.gov, August 2013), a USDA Forest Service statement of 2010 (fs.usda.gov) and three US Senate press releases
# (feinstein.senate.gov, undated, on the nomination of 2020–21; barrasso.senate.gov, 2015; a listing page of warner.senate.gov, 2021). None is credited to
# AP, Reuters, AFP or another third party in its stored part; copies of government releases on blogs and aggregators were
# not used (H176). Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). Navigation lines, 'You are here', 'Press Releases' page headings, 'RSS feed
# for this content', 'Tags:' lines, media-contact and phone lines, '###' and image alt lines are dropped; wording,
# spelling, inner spacing and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H410-H415 in ANNOTATION.md on top of H1-H386).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout72-en.jsonl

Built by `build.py` from `heldout72_pages.py`. Like heldout23-en, heldout35-en, heldout41-en and heldout69-en, these
texts are stored web pages (the `pages` search corpus) of US federal government sites, none of them used in a set above,
all US government works in the public domain (17 U.S.C. § 105): three Department of Energy history timelines, which
summarise the year's news and media reports (energy.gov 2012 and 2016; the 2014 timeline in the End of Term web archive),
a Department of the Interior release on the first National Park Centennial projects (Dirk Kempthorne and Mary A. Bomar,
2008, doi.gov archive), two Department of Education press-release listings (December 2012, End of Term web archive of
ed.gov; August 2013, ed.gov), a USDA Forest Service statement of Chief Tom Tidwell (2010, fs.usda.gov) and three US Senate
press releases (Dianne Feinstein on Jennifer Granholm's nomination, undated, 2020–21; John Barrasso's floor remarks on the 100th day
of the Republican-led Senate, 2015; a listing page of Mark R. Warner's statements, 2021). None is credited to AP, Reuters,
AFP or another third party in its stored part. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Navigation, page headings, contact lines and image lines were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by 8-word overlap with every existing text). The annotation (rules H410–H415 in
`ANNOTATION.md` on top of H1–H386) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

TIMELINE_NAV = "navigation lines 'Return to DOE History Timeline: Home Page', 'Return to Timeline of Events: ...', 'Continue to Timeline of Events: ...' and the 'Jump to month:' line dropped"

DOCS = [
dict(
    id="doe-timeline-2016-january-media-reports",
    source="http://energy.gov/management/timeline-events-2016",
    license=PD, retrieved=PAGES + " (Department of Energy history timeline, 2016; the image alt line 'Photograph of residential solar hybrid unit.' and the " + TIMELINE_NAV + "; the featured entry printed above the navigation is kept as the first line, as in heldout35-en; the entry 'January 4, 2016 / The Las Vegas Review-Journal reports that ahead of the Nevada caucuses Sen. Harry Reid “will host a dinner party ... at the', cut in the stored copy, dropped with its date line)",
    text='''January 14, 2016: The Navajo Tribal Utility Authority (NTUA) announces it is preparing to break ground on its first utility-scale solar plant. This photograph is an example of a residential solar hybrid unit. Photo from NTUA.
January 2, 2016
An article in The Hill reports that as President Obama enters the final year of his Presidency, he will be seeking to preserve his work on climate change, “as opponents look to beat back the President’s ambitious policies.” The Hill highlights four areas where President Obama is facing legislative challenges from opponents, including his Clean Power Plan, the Clean Water Rule, ozone, and methane emissions.
January 4, 2016
In an article about regulations being pushed by the Obama Administration, Politico reports that energy efficiency is one of the Administration’s “better bets.” The Department of Energy “is working on dozens of new or updated efficiency standards for computers, gas furnaces, dishwashers, pool heaters, air conditioners, walk-in coolers and freezers, vending machines, ceiling fans, fluorescent lamp ballast, boilers, ovens, and hearths.” Politico says that efficiency measures do not normally “generate much attention because they’re, well, just a little bit boring,” but they are “expected to save consumers a lot of money, and also – along with already-completed rules on ice makers, industrial lamps, electric motors, and other products – to generate roughly half the carbon emissions cuts that the Obama administration pledged to deliver before the Paris climate talks.”''',
    quotes=[
        Q('“as opponents look', 'ambitious policies.”', "The Hill"),
        Q('“better bets.”', None, "Politico"),
        Q('“is working on dozens', 'and hearths.”', "Politico"),
        Q('“generate much attention', 'little bit boring,”', "Politico"),
        Q('“expected to save consumers', 'Paris climate talks.”', "Politico"),
    ],
),
dict(
    id="doe-timeline-2012-january-vote4energy",
    source="http://energy.gov/management/timeline-events-2012",
    license=PD, retrieved=PAGES + " (Department of Energy history timeline, 2012; the " + TIMELINE_NAV + "; the featured entry printed above the navigation is kept as the first line; the entry 'January 5, 2012 / Secretary Chu announces an initiative to further protect the electrical grid ... Howard Schmidt, White', cut in the stored copy, dropped with its date line, and with it its null spans “Electric Sector Cybersecurity Risk Management Maturity” and “maturity model”)",
    text='''August 10, 2012: In a ceremony at Oak Ridge, Tennessee, the Department announces formal completion of a memorandum of agreement to preserve the historic contributions of Oak Ridge’s K-25 site to the World War II Manhattan Project.
January 3, 2012
The Department of Energy’s Ames Laboratory announces that environmentally-friendly lead-free solder, a tin-silver-copper alloy invented by a research team at the lab in the mid-1990s, has become the global standard and the top royalty income-generating technology ever produced in the history of the lab.
January 4, 2012
The American Petroleum Institute announces a "Vote4Energy" campaign to "encourage voters to make energy an important issue in this year's elections and to get U.S. energy policy on the right track."''',
    quotes=[
        Q('"Vote4Energy"', None, None),
        Q('"encourage voters', 'the right track."', "American Petroleum Institute"),
    ],
    aliases={"American Petroleum Institute": ["The American Petroleum Institute"]},
),
dict(
    id="doe-timeline-2014-january-nnsa-accomplishments",
    source="https://webarchive.library.unt.edu/web/20161228234305/https://energy.gov/management/timeline-events-2014",
    license=PD, retrieved=PAGES + " (Department of Energy history timeline, 2014, End of Term web archive copy of energy.gov; 'You are here' dropped, the page heading 'Timeline of Events: 2014' kept as the first line; the featured entry on the B53 'Big Dog', which the stored copy prints twice (once as the image caption, once as the entry), is kept once (H411); the " + TIMELINE_NAV + "; the entry 'January 2, 2014 / The Department’s Office of the Chief Financial Officer issues the Fiscal Year 2013 Laboratory Directed Research and Development (LDRD) report. ... The total FY 2013 LDRD program', cut in the stored copy, dropped with its date line)",
    text='''Timeline of Events: 2014
July 30, 2014: “The Last of the Big Dogs” has a new home after Pantex workers recently delivered one of the few remaining B53 nuclear weapons cases to the Freedom Museum USA in Pampa, Texas. The final B53, which received its “Big Dog” nickname from dismantlement workers due to its massive size, was dismantled at Pantex on October 25, 2011, in a historic ceremony. The B53 was the oldest, largest and most destructive nuclear weapon in the U.S. arsenal at the time it was retired.
January 2, 2014
The Department of Energy’s National Nuclear Security Administration (NNSA) releases a list of some of its most important accomplishments and improvements during 2013. NNSA reached “significant milestones in the areas of nonproliferation and counterterrorism, made a host of significant achievements through its work with the United States’ nuclear weapons stockpile, and saw improved operations throughout the complex.”''',
    quotes=[
        Q('“The Last of the Big Dogs”', None, None),
        Q('“Big Dog”', None, None),
        Q('“significant milestones', 'throughout the complex.”', "National Nuclear Security Administration"),
    ],
    aliases={"National Nuclear Security Administration": ["NNSA"]},
),
dict(
    id="doi-nps-2008-04-24-national-park-centennial-projects",
    source="https://www.doi.gov/sites/default/files/archive/news/archive/08_News_Releases/080424.html",
    license=PD, retrieved=PAGES + " (Department of the Interior news-release archive, joint release with the National Park Service of April 24, 2008; the header lines 'U.S. Department of the InteriorNPS News Header', 'Release date:', 'Contact(s): David Barna or Jeffrey Olson - NPS', 'Chris Paolino – Department of the Interior', 'Phone number: NPS – (202) 208-6843, DOI – (202) 208-6416' and 'Date: April 24, 2008' dropped; the headline kept as the first line, as stored in one line with its subheadline; the paragraph 'The first round of Centennial Challenge proje...', cut in the stored copy, dropped)",
    text='''Secretary Kempthorne announces first round of National Park Centennial projects $50 million public-private partnership will improve national parks nationwide this year
(Washington) – Secretary of the Interior Dirk Kempthorne today unveiled the 110 national park improvement projects and programs that will get underway this spring, funded by an equal combination of public and private funds, under President Bush’s National Park Centennial Initiative. The Initiative, announced in 2006, proposed an innovative federal Centennial Challenge matching fund that would be used to match philanthropic contributions for the benefit of our national parks between now and the 100th anniversary of the National Park Service in 2016.
The more than $50 million in projects announced today on the steps of the U.S. Capitol, overlooking the National Mall, result from the combination of $24.6 million in federal funds that match nearly $27 million in philanthropic contributions.
“I am pleased to announce the first round of National Park Centennial Projects that will be undertaken with the first round of funding appropriated by Congress in the 2008 budget,” Kempthorne said at the event supported by the National Park Foundation. “Ground will be broken and work underway very soon. This first round of projects will improve parks nationwide – large and small, urban and rural, natural and historical.
“And that’s just for this year,” said National Park Service Director Mary A. Bomar. “Congress continues its work on legislation to create the President’s National Park Centennial Challenge Matching Fund, an annual fund to match up to $100 million a year of donations through our centennial in 2016.”''',
    quotes=[
        Q('“I am pleased to announce', '2008 budget,”', "Dirk Kempthorne"),
        Q('“Ground will be broken', 'natural and historical.', "Dirk Kempthorne"),
        Q('“And that’s just for this year,”', None, "Mary A. Bomar"),
        Q('“Congress continues its work', 'centennial in 2016.”', "Mary A. Bomar"),
    ],
    aliases={"Dirk Kempthorne": ["Secretary Kempthorne", "Secretary of the Interior Dirk Kempthorne", "Kempthorne"],
             "Mary A. Bomar": ["National Park Service Director Mary A. Bomar"]},
),
dict(
    id="ed-gov-2012-12-press-release-listing",
    source="https://webarchive.library.unt.edu/web/20130215221405/http://www.ed.gov/news/press-releases?page=2",
    license=PD, retrieved=PAGES + " (Department of Education press-release listing, page 2, End of Term web archive copy of ed.gov, February 2013: dates, headlines and the site's teasers of five releases of December 3-14, 2012; the page heading 'Press Releases' and 'RSS feed for this content' dropped; the teaser 'The U.S.', which the listing cuts after two words, dropped as an incomplete paragraph; the last teaser 'U.S. Secretary of Education Arne Duncan today released the', cut in the stored copy, dropped, its headline kept; the statements' teasers open a mark and are not closed (H410))",
    text='''December 14, 2012
Statement from U.S. Secretary of Education Arne Duncan on the Newtown, Connecticut, School Shootings
"School shootings are always incomprehensible and horrific tragedies. But words fail to describe today's heartbreaking and savage attack at Sandy Hook Elementary School. As the father of two children in elementary school, I can barely imagine the anguish and losses suffered today by the Newtown community.
December 11, 2012
Education Department Announces 16 Winners of Race to the Top-District Competition
Note To Editors: White House Domestic Policy Council Director Cecilia Muñoz and U.S. Secretary of Education Arne Duncan will host a press call at 3:30 p.m. ET today, Tuesday, Dec. 11, to discuss this announcement. Members of the press who wish to join the call may dial 888-989-9713 and give the passcode: "District."
December 11, 2012
Statement by U.S. Secretary of Education Arne Duncan on the Release of the 2011 TIMSS and PIRLS Assessments
“These 2011 international assessments provide both encouraging news about our students’ progress and some sobering cautionary notes.
“The encouraging news is that U.S. fourth grade students have made significant progress in reading and mathematics in the last five years, and our fourth graders now rank among the world’s leaders in reading literacy.
December 6, 2012
Five More States Secure Race to the Top-Early Learning Challenge Grants
Colorado, Illinois, New Mexico, Oregon, and Wisconsin will each receive a share of the 2012 Race to the Top-Early Learning Challenge $133 million grant fund to improve quality and expand access to early learning programs throughout their states. The five winners join nine existing state grantees who secured first-round funding last year.
December 3, 2012
Secretary's Statement Commending the AFT Teacher Preparation Task Force's "Raising the Bar" Report''',
    quotes=[
        Q('"School shootings are always', 'by the Newtown community.', "Arne Duncan"),
        Q('"District."', None, None),
        Q('“These 2011 international', 'cautionary notes.', "Arne Duncan"),
        Q('“The encouraging news', 'reading literacy.', "Arne Duncan"),
        Q('"Raising the Bar"', None, None),
    ],
    aliases={"Arne Duncan": ["U.S. Secretary of Education Arne Duncan"]},
),
dict(
    id="ed-gov-2013-08-press-release-listing",
    source="http://www.ed.gov/news/press-releases/news/press-releases/statement-secretary-arne-duncan-anniversary-title-vi?page=15",
    license=PD, retrieved=PAGES + " (Department of Education press-release listing, page 15, ed.gov: dates, headlines and teasers of five releases of August 19-22, 2013; the page heading 'Press Releases', 'RSS feed for this content' and the empty 'Tags:' lines dropped; the last teaser 'U.S. Secretary of Education Arne Duncan and senior Department officials will visit states throughout the Southwest for \"Strong Start, Bright Future,\" ... The tour will kick off in', cut in the stored copy, dropped, its headline kept; the NPSAS statement's teaser opens a mark and is not closed (H410))",
    text='''August 22, 2013
Education and Justice Departments Announce New Research Showing Prison Education Reduces Recidivism, Saves Money, Improves Employment
Attorney General Eric Holder and Secretary of Education Arne Duncan today announced research findings showing that, on average, inmates who participated in correctional education programs had 43 percent lower odds of returning to prison than inmates who did not.
August 20, 2013
Obama Administration Approves NCLB Flexibility Request for Pennsylvania
The Obama Administration today approved the Commonwealth of Pennsylvania for a waiver from No Child Left Behind (NCLB), in exchange for state-developed plans to prepare all students for college and career, focus aid on the neediest students, and support effective teaching and leadership.
August 20, 2013
Statement from U.S. Secretary of Education Arne Duncan on NPSAS:12
"The findings in the latest NPSAS report confirm the important role of federal financial aid in providing students with the opportunity to pursue higher education. Federal grants and loans help students realize the American dream, opening the door to opportunity for students who would never be able to get a college education without financial support.
August 19, 2013
Statement by U.S. Secretary of Education Arne Duncan on Tennessee Making Changes to Teacher Licensure Policy
U.S. Secretary of Education Arne Duncan issued the following statement today in support of Tennessee's decision to make changes to its teacher licensure policy:
August 19, 2013
U.S. Department of Education Announces "Strong Start, Bright Future" Back-to-School Bus Tour with Stops Around the Southwest''',
    quotes=[
        Q('"The findings in the latest NPSAS', 'without financial support.', "Arne Duncan"),
        Q('"Strong Start, Bright Future"', None, None),
    ],
    aliases={"Arne Duncan": ["Secretary of Education Arne Duncan", "U.S. Secretary of Education Arne Duncan"]},
),
dict(
    id="fs-usda-2010-08-20-chief-statement-fugitives-arrest",
    source="https://www.fs.usda.gov/news/releases/forest-service-chiefs-statement-employees-action-led-fugitives-arrest",
    license=PD, retrieved=PAGES + " (USDA Forest Service news release of August 20, 2010; the label line 'News Release' dropped; the date line is kept as stored, with its trailing dash; the stored page ends after the statement)",
    text='''Forest Service Chief’s Statement on Employee’s Action that Led to Fugitives’ Arrest
August 20, 2010 -
"Our employee's alert action in notifying the proper authorities of suspicious activities in our national forest led to a quick, safe diffusion of a potentially explosive situation," said USDA Forest Service Chief Tom Tidwell. "I applaud his intuition, prudence and quick action, which ended up protecting not only nearby campers but other communities in the area as well. I consider this guy to be a hero."''',
    quotes=[
        Q('"Our employee\'s alert action', 'explosive situation,"', "Tom Tidwell"),
        Q('"I applaud his intuition', 'to be a hero."', "Tom Tidwell"),
    ],
    aliases={"Tom Tidwell": ["USDA Forest Service Chief Tom Tidwell"]},
),
dict(
    id="senate-feinstein-2021-statement-granholm-nomination",
    source="https://www.feinstein.senate.gov/public/index.cfm/press-releases?ID=CC521CC6-AFC0-4EAE-9494-54C097499B3D",
    license=PD, retrieved=PAGES + " (press release of Senator Dianne Feinstein, US Senate; the page heading 'Press Releases' dropped; the stored part has no headline and no date and opens with the dateline paragraph; the statement's first three paragraphs open a mark and are not closed, the last is closed (H412))",
    text='''Washington—Senator Dianne Feinstein (D-Calif.), chairman of the Energy and Water Development Appropriations Subcommittee, issued the following statement on Governor Jennifer Granholm’s nomination to be Secretary of the Department of Energy:
“I can think of no one better than Governor Granholm to be Energy Secretary during this transformative period for our country. The Department of Energy is critical to solving the major challenges before our country, including energy independence, the shift to renewables and clean energy, and addressing climate change, and she is ready to lead those efforts.
“During her tenure as governor, she led Michigan through the tumultuous years of the 2008 financial crisis and the resulting bailout of the auto industry. She shepherded more than $1 billion in federal funding to her state to manufacture electric vehicles and batteries. She diversified Michigan’s energy portfolio and signed into law the state’s first renewable energy standard.
“Governor Granholm has spent her career – both inside and outside of public office – as a steadfast advocate for clean energy, and I have no doubt she will bring the same passion to this new role.
“I look forward to working with her to fund clean energy programs, confront climate change and fulfill the energy and water infrastructure needs of California and our country.”''',
    quotes=[
        Q('“I can think of no one better', 'lead those efforts.', "Dianne Feinstein"),
        Q('“During her tenure', 'renewable energy standard.', "Dianne Feinstein"),
        Q('“Governor Granholm has spent', 'this new role.', "Dianne Feinstein"),
        Q('“I look forward to working', 'and our country.”', "Dianne Feinstein"),
    ],
    aliases={"Dianne Feinstein": ["Senator Dianne Feinstein"]},
),
dict(
    id="senate-barrasso-2015-republican-senate-working-again",
    source="https://barrasso.senate.gov/newsroom-news-releases-barrasso-under-republican-leadership-the-u-s-senate-is-working-again",
    license=PD, retrieved=PAGES + " (news release of Senator John Barrasso, US Senate, on his floor remarks of April 2015; the stored part has no headline and opens with the release's pull quote, kept as its first line (H413); the remarks are printed one paragraph per sentence group, each paragraph opening a mark that is not closed (H412); the paragraph '“Jus...', cut in the stored copy, dropped)",
    text='''“Voters across the country said that they were tired of gridlock, and they were tired of the lack of action…Republicans have responded – and we’re working hard to make the United States Senate accountable again to the people who sent us here.”
WASHINGTON, D.C. – Today, U.S. Senator John Barrasso (R-Wyo.) delivered the following remarks on the Senate floor about legislative accomplishments in the new Republican-led Senate. Barrasso highlights how the Senate has passed a number of important bipartisan bills and amendments and is finally working again for the American people.
Excerpts of his remarks:
“Last Thursday marked the 100th day of the new Republican-led Senate.
“While it’s still very early, there’s still much to be done, we can report that there has been bipartisan progress in a number of important areas.
“So I’m optimistic—I’m optimistic that the momentum that we have seen over the last several months will translate into further success on behalf of Americans.
“It’s interesting to take out the ‘USA Today’ from last Thursday, the first 100 days of Republican Congress, the headline, ‘Lawmakers try to prove it’s possible to be productive.’
“So people are noticing the fact that we are keeping our campaign promises, because during the last campaign season, we told people all across the country that if you just gave us the opportunity to govern, that we’d do it in a bipartisan way.
“In November, the American people did send an unmistakable message to Washington.
“Voters across the country said that they were tired of gridlock, and they were tired of the lack of action.
“They said it was time for a new majority – a Republican majority – a majority to get the Senate working again, and to get America on a better course.
“Republicans have responded – and we’re working hard to make the United States Senate accountable again to the people who sent us here.
“Now, you don’t have to take my word for it.''',
    quotes=[
        Q('“Voters across the country', 'who sent us here.”', "John Barrasso"),
        Q('“Last Thursday marked', 'Republican-led Senate.', "John Barrasso"),
        Q('“While it’s still very early', 'important areas.', "John Barrasso"),
        Q('“So I’m optimistic', 'behalf of Americans.', "John Barrasso"),
        Q('“It’s interesting to take out', 'to be productive.’', "John Barrasso"),
        Q('“So people are noticing', 'in a bipartisan way.', "John Barrasso"),
        Q('“In November, the American people', 'message to Washington.', "John Barrasso"),
        Q('“Voters across the country', 'lack of action.', "John Barrasso", 1),
        Q('“They said it was time', 'a better course.', "John Barrasso"),
        Q('“Republicans have responded', 'who sent us here.', "John Barrasso"),
        Q('“Now, you don’t have to take my word for it.', None, "John Barrasso"),
    ],
    aliases={"John Barrasso": ["U.S. Senator John Barrasso", "Barrasso"]},
),
dict(
    id="senate-warner-2021-statements-debt-limit-chip-shortage",
    source="https://www.warner.senate.gov/public/index.cfm/mobile/pressreleases?Label_id=21EC7175-E068-4D61-A1D0-6CA27319C833&page=14",
    license=PD, retrieved=PAGES + " (press-release listing of Senator Mark R. Warner, US Senate, page 14 of a label view, 2021: two statements; the page heading 'Press Releases' and the '###' separator dropped; the stored part has no headlines or dates; the paragraph 'The United States Innovation and Competition Act – also known by an earlier name, the Endless Frontier Act – would help invest in domes...', cut in the stored copy, dropped)",
    text='''WASHINGTON – U.S. Sen. Mark R. Warner (D-VA) issued the statement below regarding Treasury Secretary Janet Yellen’s request that Congress act to address the debt limit, which will soon be reached, forcing the nation to default on its fiscal responsibilities:
“As we work to emerge from this crisis once and for all, Congress has a fiscal responsibility to once again come together on a bipartisan basis to extend the debt limit. After all that we’ve done to prevent economic catastrophe, it would be an enormous and lasting mistake to sit back while our nation defaults on its fiscal obligations for the first time in history.”
WASHINGTON – U.S. Sen. Mark R. Warner (D-VA) issued the following statement in response to reports that General Motors plans to halt production temporarily at nearly all North American plants due to the shortage of semiconductor chips:
“The continuing impact of the chip shortage – epitomized most recently in the news that GM will be forced to idle plants across North America – speaks to the urgency of passing bipartisan legislation to fund new semiconductor production in the United States. While the impact of this funding will not solve the global semiconductor shortage overnight, the longer we wait, the worse this supply chain crunch will become. I would urge my House colleagues to pass the legislation funding my bill as soon as possible.”
Sen. Warner, co-chair of the Senate Cybersecurity Caucus and former technology entrepreneur, has long sounded the alarm about the importance of investing in domestic semiconductor manufacturing. In June, he applauded the Senate passage of the United States Innovation and Competition Act, bipartisan legislation that includes Warner-led provisions to shore up American leadership in the microelectronics industry.''',
    quotes=[
        Q('“As we work to emerge', 'first time in history.”', "Mark R. Warner"),
        Q('“The continuing impact', 'as soon as possible.”', "Mark R. Warner"),
    ],
    aliases={"Mark R. Warner": ["U.S. Sen. Mark R. Warner", "Sen. Warner"]},
),
]
