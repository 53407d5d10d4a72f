# Held-out English news pages (tests/data/heldout103-en.jsonl), none of them used in an earlier set. Like
# heldout45/79/80/83_pages.py, these texts are stored web pages (the `pages` search corpus) of US federal science outlets
# or copies of their releases: NASA (the 2005 Ames release on the offset of Mars' south polar cap as reposted on a
# Universe Today category page; the 2017 'Cryospheric Research Roundup' page of Goddard's Cryospheric Sciences
# Laboratory on neptune.gsfc.nasa.gov; JPL release 2009-078 on the end of Spitzer's cold mission as reposted on a blog;
# the 2014 Spitzer feature on the AIAA Space Science Award on spitzer.caltech.edu), NOAA (the 2003 release on Severe
# Weather Awareness Day in the Southeast as reposted by ScienceBlog; two 2005 public-affairs releases on Northwest salmon
# recovery; NASA Earth Observatory's 2019 blog post on Vanguard II), the USGS (the 2008 newsroom release on the Great
# Southern California ShakeOut, USGS archive; the July 2017 'News Briefs' page of the Sound Waves newsletter, USGS
# archive) and the NSF (the 2013 Antarctic Sun story on IceCube's first evidence of cosmic neutrinos, usap.gov). All are
# US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third
# party. The stored copies are cut after about 2,000 characters: only complete paragraphs are kept (a cut paragraph is
# dropped and noted in `retrieved`). Navigation, site and contact lines, photo captions, link lists, podcast boxes and
# blog chrome are dropped; the hard line breaks of the blog copy are joined; wording, spelling, spacing inside paragraphs
# and quotation marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H720-H726 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDA = "public domain (US government work, 17 U.S.C. § 105; web-archive copy)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout103-en.jsonl

Built by `build.py` from `heldout103_pages.py`. Like heldout45-en, heldout79-en, heldout80-en and heldout83-en, these
texts are stored web pages (the `pages` search corpus) of US federal science outlets or copies of their releases, none of
them used in a set above: NASA (the 2005 Ames release on why Mars' south polar cap is offset from the pole, as reposted on
a Universe Today category page; the 2017 'Cryospheric Research Roundup' of Goddard's Cryospheric Sciences Laboratory on
neptune.gsfc.nasa.gov; JPL release 2009-078 on the end of the Spitzer Space Telescope's cold mission, as reposted on a
blog; the 2014 Spitzer feature on the AIAA Space Science Award, spitzer.caltech.edu), NOAA (the 2003 release on Severe
Weather Awareness Day in the Southeast, as reposted by ScienceBlog; public-affairs releases of April and July 2005 on
Northwest salmon returns and the Puget Sound Chinook draft recovery plan; NASA Earth Observatory's 2019 'Earth Matters'
post on the Vanguard II satellite), the USGS (the 2008 newsroom release on the Great
Southern California ShakeOut and the July 2017 'News Briefs' of the Sound Waves newsletter, both from the USGS archive)
and the NSF (the 2013 Antarctic Sun story on IceCube's first evidence of neutrinos from outside the solar system,
antarcticsun.usap.gov). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Navigation, site and contact lines, photo captions, link lists, podcast boxes
and blog chrome were dropped; the blog copy's hard line breaks are joined; wording and quotation marks are as stored.
None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with
every existing text: no shared 8-word sequence beyond an official's stock title). The annotation (rules H720–H726 in `ANNOTATION.md`) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nasa-2005-mars-south-polar-cap-offset-universetoday-repost",
    source="https://www.universetoday.com/category/mars/page/221/",
    license=PDC, retrieved=PAGES + " (a Universe Today category page reposting NASA Ames's 2005 release on the offset of Mars' south polar cap under the headline 'Mystery of Martian Icecaps Explained'; the photo caption 'Hubble view of Mars, including its polar ice caps. Image credit: NASA. Click to enlarge.' dropped; the paragraph 'The eastern hemisphere of the south pole region gets very little snow, and clear ice forms over the martian', cut in the stored copy, and the rest of the page dropped (H720))",
    text='''Mystery of Martian Icecaps Explained
NASA scientists have solved an age-old mystery by finding that Mars’ southern polar cap is offset from its geographical south pole because of two different polar climates.
Weather generated by the two martian regional climates creates conditions that cause the red planet’s southern polar ice to freeze out into a cap whose center lies about 93 miles (150 kilometers) from the actual south pole, according to a scientific paper included in the May 12 issue of the journal, Nature.
“Mars’ permanent south polar cap is offset from its geographic south pole, which was a mystery going back to the first telescopic observations of Mars,” said the paper’s lead author, Anthony Colaprete, a space scientist from NASA Ames Research Center, located in California’s Silicon Valley. “We found that the offset is a result of two martian regional climates, which are on either side of the south pole,” he said.
The scientists found that the location of two huge craters in the southern hemisphere of Mars is the root cause of the two distinct climates.
“The two craters’ unique landscapes create winds that establish a low pressure region over the permanent ice cap in the western hemisphere,” Colaprete explained.
Just as on Earth, low-pressure weather systems are associated with cold, stormy weather and snow. “On Mars, the craters anchor the low pressure system that dominates the southern polar ice cap, and keep it in one location,” Colaprete said.
According to the scientists, the low-pressure system results in white fluffy snow, which appears as a very bright region over the ice cap. In contrast, the scientists also report that ‘black ice’ forms in the eastern hemisphere, where martian skies are relatively clear and warm.''',
    quotes=[
        Q('“Mars’ permanent south polar cap', 'observations of Mars,”', "Anthony Colaprete"),
        Q('“We found that the offset', 'the south pole,”', "Anthony Colaprete"),
        Q('“The two craters’ unique', 'western hemisphere,”', "Anthony Colaprete"),
        Q('“On Mars, the craters anchor', 'in one location,”', "Anthony Colaprete"),
        Q('‘black ice’', None, None),
    ],
    aliases={"Anthony Colaprete": ["Colaprete"]},
),
dict(
    id="noaa-2003-10-28-southeast-severe-weather-awareness-day",
    source="https://www3.scienceblog.com/community/older/archives/J/noaa368.html",
    license=PDC, retrieved=PAGES + " (ScienceBlog's archive copy of NOAA's release of October 28, 2003, stored as one run of text with no paragraph breaks, headline and subheading included; kept as one paragraph; the inline photo captions '(Click NOAA aerial photo for larger view of Kams Manufacturing destroyed by F4 tornado ... Please credit “NOAA.”)' and '(Click NOAA-16 satellite image for larger view of severe weather outbreak ... Please credit “NOAA.”)' dropped, and the text cut after the last complete sentence before the stored copy breaks off in 'In Alabama, Governor Bob Riley proclaimed today “Fall Severe Weather Awareness Day”' (H720))",
    text='''SOUTHEASTERN USA READIES FOR SEVERE WEATHER NOAA Forecast Offices in Southeast Mark “Severe Weather Awareness Day” Oct. 28, 2003 — Most of the southeastern United States has a secondary season of peak severe weather and tornado activity starting in late October and running through early December, reports NOAA. On Tuesday, NOAA National Weather Service forecast offices serving Mississippi, Alabama and middle Tennessee joined forces with state and local officials to conduct Severe Weather Awareness Day activities. “Historically, November has been the most active of the secondary severe weather season months,” said Alan Gerard, meteorologist-in-charge of the NOAA National Weather Service forecast office in Jackson, Miss. While the states of Tennessee, Arkansas, Louisiana, Alabama and Georgia are also frequent recipients of secondary season storms, Mississippi generally receives a lion’s share of severe storm activity—and most of that in November. “Some recent research at the NOAA National Severe Storms Laboratory in Norman, Okla., indicates that parts of Mississippi actually see a greater risk of tornadoes in November than any other month of the year,” said Gerard. NOAA Jackson Warning Coordination Meteorologist Jim Butch added, “Since 1992, there have been five really violent tornadoes in the state and all but one of them occurred in November.”''',
    quotes=[
        Q('“Severe Weather Awareness Day”', None, None),
        Q('“Historically, November', 'season months,”', "Alan Gerard"),
        Q('“Some recent research', 'month of the year,”', "Alan Gerard"),
        Q('“Since 1992', 'occurred in November.”', "Jim Butch"),
    ],
    aliases={"Alan Gerard": ["Gerard"]},
),
dict(
    id="nasa-gsfc-2017-cryospheric-research-roundup",
    source="https://neptune.gsfc.nasa.gov/csb/index.php?section=234/",
    license=PD, retrieved=PAGES + " (page 'Cryospheric Research Roundup' of the Cryospheric Sciences Laboratory at NASA Goddard, items of September, July and June 2017; the link lines '• To read more about this year’s end-of-summer Arctic sea ice extent, click here.' and '• To learn more about this campaign, click here.' dropped; leading and trailing spaces of lines dropped; the paragraph '\"There were about 300 people in attendance, ...\" Medley said. \"The audience was very engaged and', cut in the stored copy, and the rest of the page dropped (H720))",
    text='''Cryospheric Research Roundup
September 2017
2017 Arctic Sea Ice Minimum Extent Is Eighth Lowest on Record
Arctic sea ice appeared reached its yearly lowest extent on Sept. 13. Analysis of satellite data by NSIDC and NASA showed that at 1.79 million square miles, this year’s Arctic sea ice minimum extent is the eighth lowest in the consistent long-term satellite record, which began in 1978.
“The weather conditions in the Arctic have not been particularly noteworthy this summer," said Cryospheric Sciences Laboratory member Claire Parkinson. "The fact that we still ended up with low sea ice extents is because the baseline ice conditions today are worse than the baseline 38 years ago.”
July 2017
IceBridge Gauges Summer Sea Ice Melt in the Arctic
Operation IceBridge launched a short campaign on July 17 from Thule Air Base, in northwest Greenland, to observe the impact of the melt season on the Arctic's oldest and thickest sea ice.
Onboard an HU-25C Guardian Falcon aircraft, the IceBridge team will survey melt ponds and re-fly a set of tracks to locate areas of sea ice that the mission already flew over in March and April, during IceBridge’s regular springtime campaign, to measure how the ice has melted since then.
June 2017
Medley Talks Lasers at Awesome Con
Brooke Medley participated  in "NASA's Space Lasers", a panel on the agency's latest laser technology  that was held on June 16 at Awesome Con, Washington D.C.’s annual comics and pop culture convention. Medley discussed the science behind ICESat-2 -- specifically, why NASA is studying the Earth’s ice sheets and how the scientific comunity will use ICESat-2’s lasers to improve their understanding of polar ice.''',
    quotes=[
        Q('“The weather conditions', 'this summer,"', "Claire Parkinson"),
        Q('"The fact that we still', '38 years ago.”', "Claire Parkinson"),
        Q('"NASA\'s Space Lasers"', None, None),
    ],
    aliases={"Claire Parkinson": ["Cryospheric Sciences Laboratory member Claire Parkinson"]},
),
dict(
    id="usgs-2017-07-sound-waves-news-briefs-louisiana-wetland-loss",
    source="https://archive.usgs.gov/archive/sites/soundwaves.usgs.gov/2017/07/news.html",
    license=PDA, retrieved=PAGES + " (USGS archive copy of the 'News Briefs' page of the July 2017 Sound Waves newsletter; the site line 'Sound Waves Monthly Newsletter - Coastal Science and Research News from Across the USGS' and the section label 'News Briefs' dropped; each brief's headline, stored twice in one line (image text and title, straight and curly apostrophe), kept once in its second, curly form (H720); the link lines 'USGS Maps Underwater Part of Big Sur Landslide at Mud Creek https://...' and 'New Land Created by Slide on Big Sur Coast is Eroding https://mari', cut in the stored copy, dropped)",
    text='''Louisiana’s Rate of Coastal-Wetland Loss Continues to Slow
July 12—Louisiana has been losing coastal wetlands since at least the 1930s, but the long-term rate of land loss has slowed since its peak in the 1970s, and USGS scientists have recently found an additional slowing since 2010. “The lack of a major hurricane strike since 2008 is probably the main reason we’ve seen a decrease in the rate of land loss,” said USGS research geographer Brady Couvillion, the lead author of a new report on land-area change in coastal Louisiana. “Although ongoing government and private efforts to conserve the state’s coastal wetlands are also a contributing factor,” he added. More: https://www.usgs.gov/news/usgs-louisiana-s-rate-coastal-wetland-loss-continues-slow
Huge Landslide on California’s Big Sur Coast Continues to Change
July 11—The Mud Creek landslide on California’s Big Sur coast keeps eroding, as seen in air photos taken June 26. USGS scientists have been collecting and analyzing air photos about every two weeks, weather permitting, since the slide occurred on May 20. Maps derived from the June 26 photos show continued movement on the slide’s upper slopes and accelerating erosion at its toe. Since May 27, the 13-acre bulge of new land created by the slide has lost about 2 acres to wave erosion at its seaward edge, while material has accumulated on the beaches beside it. The latest photos also captured new roads built by the California Department of Transportation (Caltrans) to monitor and sample the slide. More: https://marine.usgs.gov/news/archive.php#1116''',
    quotes=[
        Q('“The lack of a major hurricane', 'rate of land loss,”', "Brady Couvillion"),
        Q('“Although ongoing government', 'contributing factor,”', "Brady Couvillion"),
    ],
    aliases={"Brady Couvillion": ["USGS research geographer Brady Couvillion"]},
),
dict(
    id="usgs-2008-10-28-earthquakes-dont-freak-out-shakeout",
    source="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=2060.html",
    license=PDA, retrieved=PAGES + " (USGS archive copy of the newsroom release 'Earthquakes? Don’t Freak Out--ShakeOut!' of October 28, 2008; the archive and site lines ('Home Archived April 13, 2016', 'U.S. Geological Survey', the menu line, 'USGS Newsroom' twice), the 'Released:' line and the contact block (Dale Cox, Clarice Nassif Ransom, phone numbers) dropped; the podcast box ('Related Podcasts', 'Earthquakes? Don't Freak—Out ShakeOut!', 'download Details and Downloads', 'podcast icon  itunes icon', 'or subscribe by e-mail.') dropped; the stray closing mark in '1857 and 1906,\"' is as stored (H723); the paragraph 'The ShakeOut is a great science application and tool', cut in the stored copy, dropped)",
    text='''Earthquakes? Don’t Freak Out--ShakeOut!
What if you knew that a magnitude 7.8 earthquake would happen in less than three weeks? In a new video interview, USGS earthquake scientist Dr. Lucy Jones explains that millions of Southern Californians will be preparing as if they do know, thanks to the Great Southern California ShakeOut.
The ShakeOut, which takes place in Southern California on Nov. 13, 2008, will be the largest earthquake drill in United States history. It's based on a scenario that the USGS created along with emergency responders, power, water and transportation departments, social scientists, engineers and many others.
"We wanted to understand not just what this would physically do, but what this would do to our society," said Dr. Jones. "By putting that picture together, we've created something that's a lot more useful because it matters to people."
In the scenario, a magnitude 7.8 earthquake occurs on the southern San Andreas Fault, striking much of Southern California. This is roughly the same magnitude as earthquakes that struck California in 1857 and 1906,"
"A big San Andreas earthquake is inevitable, and it's something every Southern Californian should be ready for," said Dr. Jones.
The earthquake in this scenario would lead to 1,800 deaths and more than $200 billion in losses.''',
    quotes=[
        Q('"We wanted to understand', 'to our society,"', "Lucy Jones"),
        Q('"By putting that picture', 'matters to people."', "Lucy Jones"),
        Q('"A big San Andreas', 'ready for,"', "Lucy Jones"),
    ],
    aliases={"Lucy Jones": ["Dr. Lucy Jones", "Dr. Jones"]},
),
dict(
    id="nsf-usap-2013-icecube-neutrinos-from-outside-solar-system",
    source="https://antarcticsun.usap.gov/science/2945/",
    license=PD, retrieved=PAGES + " (Antarctic Sun story of the NSF's US Antarctic Program, November 2013; the site slogan line '\"News about the USAP, the Ice, and the People\"', the logo line and the video line 'Read a transcript of this video  |  Video Information |  Videography by Ralph Maestas' dropped; the link-icon labels 'External Non-U.S. government site' and 'External U.S. government site' inside the paragraphs are as stored (H724); the photo caption ('People prepare to lower orb into hole.', 'Photo Credit: Peter Rejcek/Antarctic Photo Library', 'The IceCube deployment team prepares the final string ...') dropped; the paragraph 'The IceCube collaboration made the discovery using the IceCube Neutrino Observatory, ...', broken off in the stored copy, dropped)",
    text='''In the video above, scientists and NSF officials discuss the purpose of the IceCube Neutrino Observatory upon completion of its construction at the end of 2010. Three years later, the world's largest neutrino detector has made history with the detection of very high-energy neutrinos from outside the solar system.
From a galaxy far, far away
IceCube finds first solid evidence of neutrinos from outside the solar system
Researchers with the IceCube External Non-U.S. government site collaboration have announced that a National Science Foundation (NSF) External U.S. government site-built detector at the Amundsen-Scott South Pole Station External U.S. government site allowed them to observe 28 very high-energy neutrinos that constitute the first solid evidence for astrophysical neutrinos from cosmic accelerators such as black holes.
"This is the first indication of high-energy neutrinos coming from outside our solar system," says Francis Halzen External Non-U.S. government site, principal investigator of IceCube and the Hilldale and Gregory Breit Distinguished Professor of Physics at the University of Wisconsin-Madison External Non-U.S. government site. "It is gratifying to finally see what we have been looking for. This is the dawn of a new age of astronomy."
Details of the research are in the Nov. 22 edition of the journal Science.''',
    quotes=[
        Q('"This is the first indication', 'our solar system,"', "Francis Halzen"),
        Q('"It is gratifying', 'age of astronomy."', "Francis Halzen"),
    ],
),
dict(
    id="nasa-jpl-2009-05-06-spitzer-warms-up-to-new-career-blog-repost",
    source="http://cahntybanty-topstories.blogspot.com/2009/05/nasas-spitzer-telescope-warms-up-to-new.html",
    license=PDC, retrieved=PAGES + " (a blog's repost of JPL news release 2009-078 of May 6, 2009; the blog lines 'MY SEARCH ENGINE' and 'Wednesday, May 6, 2009', the blog title (the release headline, kept once), the JPL media-relations block ('MEDIA RELATIONS OFFICE' ... 'http://www.jpl.nasa.gov'), the contact lines (Whitney Clavin) and 'NEWS RELEASE: 2009-078 May 6, 2009' dropped; the release's hard line breaks inside paragraphs joined into single spaces (H720); the paragraph 'For a telescope to detect infrared light ... Spitzer's \"veins,\" keeping its three instrum', cut in the stored copy, dropped)",
    text='''NASA's Spitzer Telescope Warms up to New Career
PASADENA, Calif. -- The primary mission of NASA's Spitzer Space Telescope is about to end after more than five-and-a-half years of probing the cosmos with its keen infrared eye. Within about a week of May 12, the telescope is expected to run out of the liquid helium needed to chill some of its instruments to operating temperatures.
The end of the coolant will begin a new era for Spitzer. The telescope will start its "warm" mission with two channels of one instrument still working at full capacity. Some of the science explored by a warm Spitzer will be the same, and some will be entirely new.
"We like to think of Spitzer as being reborn," said Robert Wilson, Spitzer project manager at NASA's Jet Propulsion Laboratory, Pasadena, Calif. "Spitzer led an amazing life, performing above and beyond its call of duty. Its primary mission might be over, but it will tackle new scientific pursuits, and more breakthroughs are sure to come."
Spitzer is the last of NASA's Great Observatories, a suite of telescopes designed to see the visible and invisible colors of the universe. The suite also includes NASA's Hubble and Chandra space telescopes. Spitzer has explored, with unprecedented sensitivity, the infrared side of the cosmos, where dark, dusty and distant objects hide.''',
    quotes=[
        Q('"warm"', None, None),
        Q('"We like to think', 'being reborn,"', "Robert Wilson"),
        Q('"Spitzer led an amazing', 'sure to come."', "Robert Wilson"),
    ],
),
dict(
    id="nasa-jpl-2014-08-07-spitzer-honored-aiaa-space-science-award",
    source="http://www.spitzer.caltech.edu/news/1689-feature14-17-Spitzer-Telescope-Honored-by-Aerospace-Society",
    license=PD, retrieved=PAGES + " (Spitzer Space Telescope feature 14-17 of August 7, 2014, managed by JPL for NASA; the paragraph 'JPL manages the Spitzer Space Telescope mission for NASA's Science Mission Directorate, Washington. Science operations are conducted at the Spit', cut in the stored copy, dropped)",
    text='''Spitzer Telescope Honored by Aerospace Society
NASA's Spitzer Space Telescope has received the 2014 AIAA Space Science Award for its ongoing infrared studies of the hidden cosmos. The American Institute of Aeronautics and Astronautics, or AIAA, a society for the field of aerospace engineering, established the award in 1961 for "individuals demonstrating leadership of innovative scientific investigation associated with space science missions."
Michael Werner, the project scientist for Spitzer at NASA's Jet Propulsion Laboratory in Pasadena, California, accepted the award on behalf of the Spitzer team today, Aug. 7, at the AIAA Space and Astronautics Forum in San Diego.
The citation for the award reads: "For outstanding science producing over 5,000 papers, 75,000+ hours of observation, and significant findings such as the first telescope to directly detect light from extrasolar planets."
Spitzer, which launched into space in 2003, continues to be one of the best telescopes for studying the atmospheres of exoplanets, or extrasolar planets -- planets outside our solar system. In 2005, it made the first-ever measurements of direct light from such a far-off world.
Now, in Spitzer's "warm" phase -- its coolant ran out in 2009 as planned -- Spitzer continues to collect and analyze light from exoplanets, setting the stage for future telescopes to use similar techniques on even smaller worlds more akin to Earth. In addition, the observatory's heat-sensitive infrared vision is used for other types of objects, both in our solar system and billions of light-years away.
"In the coming years, as the mission continues, we will be studying the most distant galaxies, exoplanets orbiting nearby stars, and small bodies in our own solar system," said Werner. "We are continuing to lay the foundation for NASA's James Webb Space Telescope."''',
    quotes=[
        Q('"individuals demonstrating', 'space science missions."', "American Institute of Aeronautics and Astronautics"),
        Q('"For outstanding science', 'extrasolar planets."', "American Institute of Aeronautics and Astronautics"),
        Q('"warm"', None, None),
        Q('"In the coming years', 'own solar system,"', "Michael Werner"),
        Q('"We are continuing', 'Space Telescope."', "Michael Werner"),
    ],
    aliases={"American Institute of Aeronautics and Astronautics": ["AIAA"], "Michael Werner": ["Werner"]},
),
dict(
    id="noaa-2005-04-northwest-salmon-returns-new-era-recovery",
    source="http://www.publicaffairs.noaa.gov/releases2005/apr05/noaa05-r113.html",
    license=PD, retrieved=PAGES + " (NOAA release 2005-R113 of April 2005; the release number, contact ('Contact: Jeff Donald') and site lines ('NOAA News Releases 2005', 'NOAA Home Page', 'NOAA Public Affairs') dropped; the stored copy has no headline and begins with the first paragraph (H131); the closing link lines 'A detailed summary of the federal salmon budget ... can be found online:' and 'Updated statistics for salmon and steelhead returns through 2004 are online:', whose addresses the stored copy lost, dropped (H720))",
    text='''Thanks to an emphasis on cooperative conservation, local recovery planning and technological improvement, salmon in the Northwest are continuing a trend of six straight years of strong returns.
“We have entered a new era in salmon recovery,” said Bob Lohn, Northwest regional director of NOAA Fisheries. “As our effort to develop subbasin recovery plans illustrates, this new era is one in which citizens at the local level are driving salmon recovery. Only by engaging in cooperative conservation with citizens around the region will we be able to achieve recovery for endangered species listed salmon.
“With the Federal agencies spending approximately $6 billion over ten years on salmon efforts in the Columbia/Snake River Basin-- the most significant program for Columbia and Snake River Salmon ever-- we are aggressively pursuing strategies that increase salmon returns while still preserving the quality of life those in the Northwest have become accustomed to.”
Last week, NOAA Fisheries Service released the first-ever comprehensive science-based recovery plans for three of the 12 Endangered Species Act-listed Columbia/Snake River species in the Lower Columbia River Subbasin in Washington state. Locally developed plans for the other nine ESA-listed Columbia/Snake River stocks in the Snake River, Upper Columbia, Mid-Columbia, and Lower Columbia River basins are being developed now and should be completed by late 2005 or early 2006. A map showing the Northwest recovery plan areas can be found online:''',
    quotes=[
        Q('“We have entered a new era', 'salmon recovery,”', "Bob Lohn"),
        Q('“As our effort', 'species listed salmon.', "Bob Lohn"),
        Q('“With the Federal agencies', 'become accustomed to.”', "Bob Lohn"),
    ],
),
dict(
    id="noaa-2005-07-puget-sound-chinook-draft-recovery-plan",
    source="http://www.publicaffairs.noaa.gov/releases2005/jul05/noaa05-r125.html",
    license=PD, retrieved=PAGES + " (NOAA release of July 2005 (noaa05-r125); the contact ('Contact: Jeff Donald') and site lines ('NOAA News Releases 2005', 'NOAA Home Page', 'NOAA Public Affairs') dropped; the stored copy has no headline and begins with the first paragraph (H131); the paragraph 'Lautenbacher said the Administration’s recovery plan would help guide ... more than 52,000 acres of salmon habitat', cut in the stored copy, dropped)",
    text='''The head of the National Oceanic and Atmospheric Administration today said a draft recovery plan for Puget Sound Chinook submitted to the agency by Shared Strategy for Puget Sound is a “historic accomplishment.”
At a July 7 luncheon in downtown Seattle celebrating the event, retired Navy Vice Admiral Conrad C. Lautenbacher Jr., under secretary of commerce for oceans and atmosphere and NOAA administrator, said the plan “represents President Bush’s vision for salmon recovery coming to fruition. The President’s goal was to develop region-wide recovery plans from the ground up, relying on those at the local level who are closest to the issue and who best know how to fix the problems and today we have taken a giant step toward reaching that goal.”
Lautenbacher added that, “unless we bring everyone to the table as Shared Strategy has done, we will not be successful in our ultimate goal of protecting Pacific salmon and the ecosystems upon which they depend and also ensuring the vitality of the local economy. This recovery plan will guide salmon policy, resource management and funding for years to come.”
The draft plan, written by Shared Strategy, the non-profit group that represents broad salmon-recovery interests in the region, is part of a what will be a dozen more watershed-level recovery plans that will eventually form the foundation for NOAA Fisheries Service’s own comprehensive, regional plan for salmon and steelhead in the Northwest.
The Endangered Species Act, which protects more than a dozen salmon populations in the region, requires NOAA Fisheries Service to produce recovery plans.''',
    quotes=[
        Q('“historic accomplishment.”', None, "Conrad C. Lautenbacher Jr."),
        Q('“represents President Bush’s vision', 'reaching that goal.”', "Conrad C. Lautenbacher Jr."),
        Q('“unless we bring everyone', 'years to come.”', "Conrad C. Lautenbacher Jr."),
    ],
    aliases={"Conrad C. Lautenbacher Jr.": ["retired Navy Vice Admiral Conrad C. Lautenbacher Jr.", "Lautenbacher", "The head of the National Oceanic and Atmospheric Administration"]},
),
dict(
    id="nasa-earth-observatory-2019-04-23-vanguard-ii-turns-60",
    source="https://earthobservatory.nasa.gov/blogs/earthmatters/page/3/",
    license=PD, retrieved=PAGES + " (page 3 of NASA Earth Observatory's blog 'Earth Matters', its first post 'Vanguard II Turns 60'; the browser notice 'Some features of this site are not compatible with your browser. ...', the blog name 'Earth Matters', the byline 'April 23rd, 2019 by Kathryn Hansen' and the photo caption 'Vanguard II hangs in the atrium ... Credit: NASA/Tabatha Luskey' dropped; the paragraph 'Some of those scientists, and five retirees from the original NRL Vanguard II team, ... and tracking t', cut in the stored copy, and the rest of the page dropped)",
    text='''Vanguard II Turns 60
The shiny metallic orb hanging in the Earth sciences building at NASA’s Goddard Space Flight Center looks a lot like a fixture you might find at a modern home décor store. But this mid-century marvel is not for sale. It is a restored flight backup of Vanguard II, Earth’s first weather satellite.
The satellite model was hung this week as a reminder of the people who helped build the foundation for making space-based observations of Earth. Paul Newman, chief scientist for Earth science at NASA Goddard, described the satellite:
“Vanguard II was the world’s first meteorological satellite. Developed at the U.S. Naval Research Laboratory (NRL), it was successfully launched by newly formed NASA on February 17, 1959. Vanguard carried two photocells that could scan cloud cover as the satellite rotated in its orbit around the Earth. Unfortunately, the 3rd stage SLV-4 launch vehicle burn caused a precession in the satellite that made the data unusable.”
“While the now silent Vanguard II continues to orbit the Earth, its back-up brother has been restored and mounted in the Goddard Space Flight Center’s Earth Sciences building’s atrium—a fitting resting place amongst the scientists and meteorologists who monitor and study our Earth.”''',
    quotes=[
        Q('“Vanguard II was the world’s first', 'data unusable.”', "Paul Newman"),
        Q('“While the now silent', 'study our Earth.”', "Paul Newman"),
    ],
),
]
