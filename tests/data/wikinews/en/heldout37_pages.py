# Held-out English news pages (tests/data/heldout37-en.jsonl). Like heldout23/25/26/29/31/33/35_pages.py these texts are
# stored web pages (the `pages` search corpus) of US federal civilian agencies, all of them on official government sites
# (or the University of North Texas End of Term web archive of them, or a federal court's feed of DHS/FEMA news), none of
# them used in an earlier set: the EPA (the Weekly Round-Up of 12 May 2017; an ECHO news-feed item of 2024 on the
# Permian Basin inspections), the Department of Education (ED Review of 3 April
# 2020 with excerpts of Secretary DeVos's task-force remarks), the State Department (the US Mission Geneva category page
# of Secretary John Kerry items, 2016), the FBI (a News Blog page of March 2015; the FBI Alumni E-Brief of
# November/December 2024), FEMA (a press-release listing of October 2022; a DHS/FEMA release on Hurricane Ida, 2021, in
# the feed of the US Bankruptcy Court for Minnesota), the White House (three White House Blog listing pages of 2012 and
# 2015), the Department of the Interior (the doi.gov press-release listing, 2016) and the USDA (the Secretary's Column
# listing, 2012). All are works of the US government and in the public domain (17 U.S.C. § 105); none is credited to AP,
# Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation, site headers, date and feed lines, photo
# captions and alt texts, tag lines, "Read more"/"Full story" link lines and contact blocks are dropped; wording,
# spelling, spacing inside a paragraph and quotation marks are as stored (trailing spaces at a paragraph end removed).
# Annotated by reading the pages, before whosaid was run on them (rules H176-H181 in ANNOTATION.md on top of H1-H170).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout37-en.jsonl

Built by `build.py` from `heldout37_pages.py`. Like heldout23-en, heldout25-en, heldout26-en, heldout29-en, heldout31-en,
heldout33-en and heldout35-en, these texts are stored web pages (the `pages` search corpus) of US federal civilian
agencies, all on official government sites (or the University of North Texas End of Term web archive of them, or a
federal court's feed of DHS/FEMA news), none of them used in a set above: the EPA (the Weekly Round-Up of 12 May 2017;
an ECHO news-feed item of 2024 on Permian Basin inspections), the Department of
Education (ED Review of 3 April 2020 with excerpts of Secretary DeVos's task-force remarks), the State Department (the US
Mission Geneva category page of Secretary John Kerry items, 2016), the FBI (a News Blog page of March 2015; the FBI
Alumni E-Brief of November/December 2024), FEMA (a press-release listing of October 2022; a DHS/FEMA release on Hurricane
Ida, 2021), the White House (three White House Blog listing pages of 2012 and 2015), the Department of the Interior (the
doi.gov press-release listing, 2016) and the USDA (the Secretary's Column listing, 2012). All are US government works in
the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Navigation,
site headers, date and feed lines, captions and alt texts, tag lines, link lines and contact blocks were dropped; wording
and quotation marks are as stored. None of these pages is used in any set above (checked by URL and by 8-word overlap
with every existing text: no shared 8-word sequence). The annotation (rules H176–H181 in `ANNOTATION.md` on top of
H1–H170) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="epa-2017-05-12-weekly-round-up",
    source="https://www.epa.gov/newsreleases/epas-weekly-round",
    license=PD, retrieved=PAGES + " (site headers 'News Releases' / 'News Releases from Headquarters', the date line '05/12/2017' and the contact block dropped; the last paragraph 'The Washington Times reports Pruitt said that Barack Obama was no ‘environmental savior.’ ... He also s...', cut in the stored copy, dropped)",
    text='''EPA’s Weekly Round-Up
From meeting with Florida Governor Rick Scott, signing a proposed rule that will let North Dakota regulate CO2 storage and reaffirming his commitment to cleaning-up Superfund sites, it was a successful week at EPA.  Below is a recap of all of the good news from an EPA that is protecting the environment and American jobs.
National Stories …
The New York Times reports one of EPA Administrator Scott Pruitt’s top priorities is to clean up toxic Superfund sites. “Scott Pruitt has directed his regional chiefs to elevate Superfund cleanup efforts to what he describes as their rightful place as the agency's core mission. ‘I am making it a priority to ensure contaminated sites get cleaned up. We will be more hands-on to ensure proper oversight and attention to the Superfund program at the highest levels of the agency, and to create consistency across states,’ Pruitt said.”
The Washington Examiner reports that Pruitt is working with local leaders to clean-up the East Chicago Superfund site. “Environmental Protection Agency Administrator Scott Pruitt on Friday joined Democrats and Republicans to reaffirm the agency's commitment to communities outside of Chicago hit by high levels of lead contamination. Pruitt had visited the Indiana city of East Chicago last month affected by contamination from a closed lead production facility owned by the firm U.S. Steel that had been designated a Superfund cleanup site by the agency in 2009.”''',
    quotes=[
        Q('“Scott Pruitt has directed', 'Pruitt said.”', "The New York Times"),
        Q('“Environmental Protection Agency Administrator', 'by the agency in 2009.”', "The Washington Examiner"),
    ],
    aliases={},
),
dict(
    id="epa-2024-07-05-permian-basin-inspections",
    source="https://echo.epa.gov/aggregator?page=2",
    license=PD, retrieved=PAGES + " (an EPA Region 6 news release in the news feed of EPA's ECHO site; 'Aggregator' and the feed's age line '1 week 3 days ago' dropped; the last paragraph 'The inspections took place at eight companies ... For more informa...', cut in the stored copy, dropped)",
    text='''EPA and NMED Inspections Identify Widespread Emissions at Oil and Gas Facilities in the Permian Basin Area
DALLAS, TEXAS (July 5, 2024) – The U.S. Environmental Protection Agency Region 6 and the New Mexico Environment Department (NMED) recently posted the reports for 124 facilities the two agencies inspected in the New Mexico Permian Basin area in April. Fourteen EPA inspectors and five NMED inspectors took part in these joint inspections and concluded a total of 75 of the facilities—60 percent—had emissions of Volatile Emission Compounds (VOC) and could be subject to penalties and other enforcement actions under the Clean Air Act (CAA). VOCs contribute to the formation of ozone (smog), which can result in health problems such as asthma, lung infections, bronchitis, and cancer.
“All companies must comply with the Clean Air Act, including those in the Permian Basin that are contributing to the energy needs of our country,” said Regional Administrator Dr. Earthea Nance. “These large-scale inspections demonstrate EPA’s commitment to preventing VOC and methane emissions in the Permian Basin.”
“The results of our federal and state oil and gas investigations are cause for alarm, with a meager 40% compliance rate,” Environment Department Cabinet Secretary James Kenney said. “With the impacts of climate change ravaging our state and air quality degrading, we have no choice but to increase sanctions on polluters until we see a commitment to change behavior.”''',
    quotes=[
        Q('“All companies must comply', 'needs of our country,”', "Earthea Nance"),
        Q('“These large-scale inspections', 'in the Permian Basin.”', "Earthea Nance"),
        Q('“The results of our federal', '40% compliance rate,”', "James Kenney"),
        Q('“With the impacts of climate change', 'to change behavior.”', "James Kenney"),
    ],
    aliases={"Earthea Nance": ["Dr. Earthea Nance", "Regional Administrator Dr. Earthea Nance"],
             "James Kenney": ["Environment Department Cabinet Secretary James Kenney"]},
),
dict(
    id="ed-2020-04-03-ed-review-devos-task-force-briefing",
    source="https://www2.ed.gov/news/newsletters/edreview/2020/0403.html",
    license=PD, retrieved=PAGES + " (ED Review, the Department of Education's newsletter; the table of contents at the top ('Secretary's Remarks: Task Force Briefing / COVID-19 Information / Distance Learning Rules / Combatting Sexual Assault / ED.GOV Redesign Challenge / Odds and Ends / Quote to Note / Upcoming Events') dropped; the third excerpt paragraph '\"We also released additional information ... (see Supplemental Fa...', cut in the stored copy, dropped, so neither kept excerpt paragraph closes its mark)",
    text='''Secretary's Remarks: Task Force Briefing
On March 27, Secretary DeVos joined President Trump, Vice President Pence, and Secretary of Agriculture Sonny Perdue for the daily White House Coronavirus Task Force press briefing. She was invited by the Vice President to provide the nation with information about the Department of Education's response to COVID-19. Below are excerpts from her remarks, with hyperlinks to key policy documents (see also Secretary's full remarks and video).
"Let me start by saying thank you, Mr. President, for your clear-eyed leadership during these challenging times for our country and for the world. The bold actions you have taken are making a significant difference. That's certainly true for America's students and teachers.
"My team and I are in contact daily with governors, state school chiefs, college presidents, superintendents, and local education leaders. We are quickly responding to their needs so they can do the next right thing for their students. Most governors have decided to close some or all schools in their states for a period of time. As a result, students may not be able to take federal mandated standardized tests this spring…. We made the process to delay these tests for a year fast and painless (see Broad Flexibilities Provided to States to Bypass ESSA Mandated Testing for the 2019-20 School Year). Forty-eight states and territories have already requested the waiver. We are approving the requests within 24 hours. [Approval letters are posted online.]''',
    quotes=[
        Q('"Let me start by saying', 'students and teachers.', "DeVos"),
        Q('"My team and I', '[Approval letters are posted online.]', "DeVos"),
    ],
    aliases={"DeVos": ["Secretary DeVos"]},
),
dict(
    id="state-usmission-geneva-2016-kerry-items",
    source="http://geneva.usmission.gov/category/office/state/",
    license=PD, retrieved=PAGES + " (the category page 'State Department' of the US Mission Geneva site, 2016; the page title and the 'Read more' link lines dropped; the last item 'United States to Announce $25 Million in Funding for World Bank’s New Financing Initiative' with its teaser '... at World Bank headquarters i...', cut in the stored copy, dropped)",
    text='''Secretary of State John Kerry Meets with U.S. Mission Geneva Staff
Remarks by Secretary of State John Kerry U.S. Mission Geneva, Switzerland May 2, 2016 AMBASSADOR HAMAMOTO: Secretary, it’s so great to have you back here in Geneva. After coming here numerous times over the last couple years, it’s now been about nine months since your last visit, and I will say we were starting to worry that […]
Secretary Kerry: “We Can’t Understand the World if We Fail to Comprehend the Role Religion Plays in Lives of People.”
“It’s up to us to recognize that we can’t lead a world that we don’t understand and that we can’t understand the world if we fail to comprehend and honor the central role that religion plays in the lives of billions of people.”
John Kerry Condemns the Barbaric Murder of a Locally-Hired Employee of the U.S. Mission in Bangladesh
The men and women of the U.S. State Department join me today in condemning the barbaric murder of Mr. Xulhaz Mannan, a locally-hired employee of our embassy in Dhaka, Bangladesh, and another of his activist friends. We are profoundly saddened by the loss of one of our own in such a senseless act of violence, and we extend our deepest condolences to Xulhaz’s family and loved ones.
Secretary Kerry’s Remarks at the UN Signing Ceremony of the Paris Agreement on Climate Change
“Today we know: The new energy future, the efficiencies, the alternative resources, the clean options – none of what we have to achieve is beyond our capacity technologically. The only question is whether it is beyond our collective resolve.”''',
    quotes=[
        Q('“We Can’t Understand the World', 'in Lives of People.”', "John Kerry"),
        Q('“It’s up to us to recognize', 'billions of people.”', "John Kerry"),
        Q('“Today we know:', 'our collective resolve.”', "John Kerry"),
    ],
    aliases={"John Kerry": ["Secretary of State John Kerry", "Secretary Kerry"]},
),
dict(
    id="fbi-news-blog-2015-03-17-gardner-theft-and-oz3d-fraud",
    source="http://www.fbi.gov/news/news_blog?b_start:int=30",
    license=PD, retrieved=PAGES + " (FBI News Blog listing page of March 2015; 'Home News News Blog', 'News Blog', 'Found 1082 posts.', the date-time lines and the link line 'Full Story | Photo Gallery' dropped; titles and teasers kept as stored, including the teasers' own '...' ends; the second title 'Financial Fraud Scheme in Hollywood' and its full text 'The owners of Gigapix Studios told investors they had a sure thing ... than in...', cut in the stored copy, dropped)",
    text='''Still Seeking Clues in Biggest Art Theft in U.S. History
It was 25 years ago, on March 18, 1990, that two men dressed as police officers gained access to the Isabella Stewart Gardner Museum in Boston and stole 13 objects valued at approximately $500 ...
Still Seeking Clues in Biggest Art Theft in U.S. History
It was 25 years ago, on March 18, 1990, that two men dressed as police officers gained access to the Isabella Stewart Gardner Museum in Boston and stole 13 objects valued at approximately $500 million. In addition to artwork by Degas and Rembrandt, they took a Vermeer painting that was one of only 36 in existence.
In 2013, the museum offered a $5 million reward “for information that leads directly to the recovery of all of our items in good condition.”
The FBI’s Boston Field Office has diligently investigated the case—in partnership with the museum and the Massachusetts U.S. Attorney’s Office—following leads around the world. The case represents the largest property crime in U.S. history.
Two years ago, FBI.gov profiled the theft and interviewed officials about the investigation and released high-resolution images of the stolen pieces. The FBI is still seeking tips and information that will lead to the recovery of the stolen artwork.
Financial Fraud Scheme in Hollywood
The owners of Gigapix Studios told investors they were going to make an animated version of the “Wizard of Oz” called “OZ3D,” and those who got in on the ground floor could make a killing. But the ...''',
    quotes=[
        Q('“for information that leads', 'in good condition.”', "Isabella Stewart Gardner Museum"),
        Q('“Wizard of Oz”', None, None),
        Q('“OZ3D,”', None, None),
    ],
    aliases={},
),
dict(
    id="fbi-alumni-e-brief-2024-11-12-take-a-beat",
    source="https://www.fbi.gov/how-we-can-help-you/outreach/alumni-e-brief-november-december-2024",
    license=PD, retrieved=PAGES + " (FBI Alumni E-Brief, November/December 2024; the photo caption 'During a presentation by FBI special agent bomb techs, ...' dropped; the last paragraph 'We’ve also published a number of webpages ... I’d ask that you please s...', cut in the stored copy, dropped)",
    text='''November/December 2024
Message from the Assistant Director, Office of Public Affairs
Hello, FBI Family,
For most of us, the holiday season is a time to celebrate with family and friends, but for criminals, it’s just another opportunity to play the Grinch by scamming innocent victims.
At the Office of Public Affairs, we’ve seen the public is eager to hear more from the FBI about how to avoid falling victim to frauds and scams. So, earlier this year, working with our partners in the Criminal Investigative Division and Cyber Division, we launched a six-week nationwide publicity campaign to increase awareness of frauds and scams affecting the public and to encourage reporting to law enforcement, especially to our Internet Crime Complaint Center, ic3.gov.
Scammers often try to create a false sense of urgency to lure victims into immediate action. To combat this, our campaign urged the public to “Take A Beat”: resist pressure to act quickly, pause for a moment, and assess the situation. We all know to “Stop, Drop, and Roll” if our clothes catch fire. When it comes to frauds and scams, OPA’s goal was to similarly remind the public what to do amid that false sense of urgency, that false fire, that scammers create.
Thanks to efforts at Headquarters and in field offices, FBI experts across the country spoke to the media about these threats, sharing valuable tips and insights in dozens of outlets, including Good Morning America, ABC News Live Prime, and “The Tamron Hall Show.”''',
    quotes=[
        Q('“Take A Beat”', None, None),
        Q('“Stop, Drop, and Roll”', None, None),
        Q('“The Tamron Hall Show.”', None, None),
    ],
    aliases={},
),
dict(
    id="fema-2022-10-press-releases-vi-strong",
    source="https://www.fema.gov/about/news-multimedia/press-releases?combine=&field_related_fema_regions_target_id=49216",
    license=PD, retrieved=PAGES + " (FEMA press-release listing of October 2022; the header 'Press Releases' and the image alt lines 'illustration of page of paper' between the teasers dropped; the last teaser 'All Disaster Recovery Centers and Multi-Agency Resource Centers will be operating under their regular hours on Columb...', cut in the stored copy, dropped)",
    text='''WASHINGTON -- Federal Emergency Management Agency (FEMA) specialists are working in communities hard-hit by Hurricane Ian to help disaster survivors apply for assistance and to provide critical information about resources.
A Disaster Recovery Center in St. Louis County will close on Wednesday, October 12 at 6 p.m. It will reopen as a U.S. Small Business Administration (SBA) Disaster Loan Outreach Center (DLOC) on Thursday, October 13 at 9 a.m.
Before the water began to recede and the winds grew silent in 2017, one phrase stood out above the rest to symbolize recovery – “VI Strong.” This expression not only reflects the spirit of Virgin Islanders but also captures the recovery efforts over the past five years. Building “VI Strong” means using resources to not only rebuild what was lost but building back stronger and more resilient to protect against future disasters.
Yesterday, President Joseph R. Biden, Jr. granted an additional 30 days of 100% federal funding for debris removal and emergency protective actions, ensuring the first 60 days of response and recovery are all federally funded. Starting today, FEMA will have three Disaster Recovery Centers available for Florida residents.
A week after widespread flooding in Florida from Hurricane Ian, FEMA’s National Flood Insurance Program policyholders are beginning to receive funds to help jumpstart their recovery. To date, FEMA has provided $3.5 million in advance payments to policyholders who have started the claim process. FEMA has also taken steps to ease burdens on its policyholders as they begin to clean up and repair, including allowing some who need to renew policies to take advantage of flood insurance benefits.''',
    quotes=[
        Q('“VI Strong.”', None, None),
        Q('“VI Strong”', None, None),
    ],
    aliases={},
),
dict(
    id="dhs-fema-2021-08-29-ida-life-safety",
    source="https://coop.mnb.uscourts.gov/aggregator/FEMA.gov/facebook.com/www.fema.gov/disaster/4685?page=268",
    license=PD, retrieved=PAGES + " (a DHS/FEMA release of 29 August 2021 in the news feed of the US Bankruptcy Court for the District of Minnesota; 'You are here', 'Feed aggregator', the feed line 'DHS News and Updates - Sun, 08/29/2021 - 20:12' and the feed's copy of the title (printed twice) dropped; empty lines dropped; the last paragraph '“We have been working with Louisiana ... supporting these...', cut in the stored copy, dropped)",
    text='''ICYMI -- President Biden, FEMA Administrator Prioritize Life Safety as Hurricane Ida Makes Landfall
WASHINGTON -- President Joseph R. Biden, Jr. briefed the media earlier today on federal agencies’ preparedness and response efforts on Hurricane Ida, after receiving an update briefing at FEMA’s National Response Coordination Center. Life safety is FEMA’s main priority as dangerous wind, storm surge and flooding continue to threaten the Gulf Coast. The President urged those in the storm’s path to take it seriously.
“The storm is life-threatening, and its devastation is likely to be immense. Everyone should listen to the instructions of state and local officials,” warned the President. He went on to speak directly to those in the hurricane’s path.
“To the people on the Gulf Coast, I want you to know that we are praying for the best, planning and prepared for the worst.”
FEMA Administrator Deanne Criswell joined Fox News today to discuss some of FEMA’s preparations and priorities.
“Our most important concern as we go into the post-storm is life-safety. We anticipate there will be some water rescues that will need to happen,” said Administrator Criswell. “There are search and rescue resources already in place from the state as well as some additional federal assets. We want to take care of those people getting caught in the flooding, storm surge and in the hospital system.”
Later this evening Administrator Criswell joined NPR and addressed concerns about hospital preparations in the impacted areas.''',
    quotes=[
        Q('“The storm is life-threatening', 'state and local officials,”', "Joseph R. Biden, Jr."),
        Q('“To the people on the Gulf Coast', 'prepared for the worst.”', "Joseph R. Biden, Jr."),
        Q('“Our most important concern', 'will need to happen,”', "Deanne Criswell"),
        Q('“There are search and rescue', 'in the hospital system.”', "Deanne Criswell"),
    ],
    aliases={"Joseph R. Biden, Jr.": ["President Joseph R. Biden, Jr.", "President Biden"],
             "Deanne Criswell": ["FEMA Administrator Deanne Criswell", "Administrator Criswell"]},
),
dict(
    id="whitehouse-blog-2012-09-12-obama-benghazi",
    source="https://webarchive.library.unt.edu/web/20121025155014/http://www.whitehouse.gov/blog/administration/The-President?page=3",
    license=PD, retrieved=PAGES + " (White House Blog listing page 'The President', September 2012, in the End of Term web archive; the photo caption, printed twice, dropped; the next item 'Marking the Eleventh Anniversary of 9/11' with its caption 'President Barack Obama, Defense Secretary Leon Panetta, and ...', cut in the stored copy, dropped)",
    text='''The White House Blog: The President
President Obama Discusses the Attack in Benghazi, Libya
Yesterday, four Americans lost their lives after an attack on the U.S. diplomatic post in Benghazi, Libya. Ambassador Chris Stevens and Foreign Service Officer Sean Smith were among those killed.
This morning, President Obama condemned that attack, which he called "outrageous and shocking" in a statement from the Rose Garden.
"We're working with the government of Libya to secure our diplomats," he said. "I've also directed my Administration to increase our security at diplomatic posts around the world. And make no mistake, we will work with the Libyan government to bring to justice the killers who attacked our people."
Ambassador Stevens had a history of dedicated service in Libya, and as he spoke to reporters, the President described the work to which Stevens devoted his.
"At the height of the Libyan revolution, Chris led our diplomatic post in Benghazi," President Obama said. "With characteristic skill, courage, and resolve, he built partnerships with Libyan revolutionaries, and helped them as they planned to build a new Libya. When the Qaddafi regime came to an end, Chris was there to serve as our ambassador to the new Libya, and he worked tirelessly to support this young democracy, and I think both Secretary Clinton and I relied deeply on his knowledge of the situation on the ground there."''',
    quotes=[
        Q('"outrageous and shocking"', None, "Obama"),
        Q('"We\'re working with the government', 'secure our diplomats,"', "Obama"),
        Q('"I\'ve also directed', 'attacked our people."', "Obama"),
        Q('"At the height of the Libyan revolution', 'post in Benghazi,"', "Obama"),
        Q('"With characteristic skill', 'on the ground there."', "Obama"),
    ],
    aliases={"Obama": ["President Obama"]},
),
dict(
    id="whitehouse-blog-2015-04-whcd-fourth-quarter",
    source="https://www.whitehouse.gov/blog/administration/The-President",
    license=PD, retrieved=PAGES + " (White House Blog listing page 'The President', April 2015; the photo caption of the next item, printed twice, dropped; the next item's heading 'Weekly Address: Fighting for Trade Deals that Put American Workers First' and its teaser 'In this week’s address, ... the most progressive trade agreement in our...', cut in the stored copy, dropped)",
    text='''The White House Blog: The President
The Top 3 Moments of the White House Correspondents Dinner: "Welcome to the Fourth Quarter"
The White House Correspondents Dinner -- the night when Washington decides to celebrate itself.
As the President said, "Somebody's got to do it."
Ever since the first one kicked off in 1920, the political press corps, members of the Administration, the President, and a few famous faces have gathered to celebrate the importance of journalism to our democracy -- and to face a good roast over the satirical fire.
Saturday Night Live's Cecily Strong summed up the night: "The White House Correspondents Dinner is a chance for all of you to unwind, relax, and laugh as soon as you notice someone slightly more powerful than you is laughing."
But first, President Obama took his place at the WHCD podium for the sixth time, and welcomed everyone to the fourth quarter of his presidency. Here are our top three favorite moments of the night:
1. The Opener: Welcome to the Fourth Quarter
Beats by Barack. The President and Grumpy Cat: The Interview. And a South Lawn swim ... welcome to the fourth quarter.''',
    quotes=[
        Q('"Welcome to the Fourth Quarter"', None, "Obama"),
        Q('"Somebody\'s got to do it."', None, "Obama"),
        Q('"The White House Correspondents Dinner is a chance', 'is laughing."', "Cecily Strong"),
    ],
    aliases={"Obama": ["President Obama"]},
),
dict(
    id="whitehouse-blog-2015-05-obama-nike-trade-west-wing-week",
    source="https://www.whitehouse.gov/blog/administration/The-President?page=8",
    license=PD, retrieved=PAGES + " (White House Blog listing page 'The President', May 2015; the last teaser 'I work in the Office of Presidential Correspondence, ... from our n...', cut in the stored copy, dropped)",
    text='''The White House Blog: The President
"We've Got to Learn the Right Lessons": President Obama Explains His Vision on Trade at Nike
On a beautiful, sunny day just outside Portland, Oregon, the President dropped by Nike headquarters to talk about the impact his trade deal -- the Trans-Pacific Partnership (TPP) -- will have on American businesses, large and small.
Manufacturing and exports help drive the success of our businesses and the financial security of our workers. Companies that export their goods and services pay their employees up to 18% more, and are more able to expand and hire. In fact, Nike announced that the President's trade deal, if secured, could lead to the creation of up to 10,000 advanced manufacturing and engineering jobs -- and up to 40,000 indirect supply chain and services jobs -- here in the U.S. over the next decade.
But this isn't just about American icons like Nike. The TPP is a big deal for small businesses too. Right now, small businesses don't have the support they need to get their handcrafted, Made-in-America products out into the world.
West Wing Week: 05/08/2015 or, “Viva Los Estados Unidos!”
This week, the President visited Lehman College in New York City for the launch of the My Brother’s Keeper Alliance, taped an episode of the Late Show with David Letterman, hosted a Cinco de Mayo celebration, announced his nominee for the new Chairman of the Joint Chiefs of Staff, and presented the 2014 Commander-in-Chief’s Trophy. That’s May 1st to May 7th, or “Viva Los Estados Unidos!”
Asked and Answered: A World War II Veteran Writes the President
We periodically feature an exchange between the President and an American who wrote him. Check back soon for more — and if you'd like to write the President yourself, you can do so here.''',
    quotes=[
        Q('"We\'ve Got to Learn the Right Lessons"', None, "Obama"),
        Q('“Viva Los Estados Unidos!”', None, None),
        Q('“Viva Los Estados Unidos!”', None, None, 1),
    ],
    aliases={"Obama": ["President Obama"]},
),
dict(
    id="doi-2016-press-releases-cascade-siskiyou-proclamation",
    source="https://www.doi.gov/pressreleases?renderforprint=1",
    license=PD, retrieved=PAGES + " (doi.gov press-release listing, 2016, print view; 'Displaying 1 - 15 of 2048', 'Page 1 of 137', 'Subscribe to', the tag lines before each teaser ('Bureau of Indian Affairs, ..., Press Release') and the image alt texts ('Secretary Jewell and ten tribal leaders pose around a table in an office.' and the like) dropped; the last tag line 'Bureau of Indian Affairs, Bureau of Land Management, D...', cut in the stored copy, dropped)",
    text='''The Secretarial Order  sets out a framework to ensure that Native communities have the opportunity to assume meaningful and substantive roles in managing public lands that have special geographical, historical and cultural connections to the tribes.
To address concerns regarding mineral leasing and development activity adjacent to Chaco Culture National Historic Park, Deputy Secretary of the Interior Michael L. Connor today announced the U.S. Department of the Interior will expand the resource management planning effort underway in the Farmington, New Mexico area.
The Cascade-Siskiyou National Monument is the first monument established primarily for the preservation of biodiversity. The presidential proclamation that originally established the monument describes the area as an ‘ecological wonder’ that is ‘home to a spectacular variety of rare and beautiful species of plants and animals, whose survival in this region depends upon its continued ecological integrity.’ Senator Merkley’s proposal to expand the monument would protect approximately 50,000 additional acres, largely in Oregon, with 5,000 acres in California.
This proactive commitment will protect municipal and agricultural water supplies, infrastructure and ecosystem health.''',
    quotes=[
        Q('‘ecological wonder’', None, None),
        Q('‘home to a spectacular variety', 'ecological integrity.’', None),
    ],
    aliases={},
),
dict(
    id="usda-2012-secretarys-column-thank-you-labor-day",
    source="https://usda.gov/media/blog/archive/tag/secretary's-column?page=8",
    license=PD, retrieved=PAGES + " (USDA blog listing of the Secretary's Column, August 2012; 'Skip to main content' and the tag header 'secretary's column' dropped; the last heading 'Secretary's Column: Expanding Acc...', cut in the stored copy, dropped)",
    text='''Secretary's Column: Research Strengthening Agriculture’s Resilience
Today, President Obama and I continue doing all we can to help farmers and ranchers impacted by the drought. As Congress comes back to Washington in September we will continue to encourage passage of a Food, Farm and Jobs Bill as soon as possible – to give USDA tools to help those who have been impacted by drought, while giving more certainty for farmers and ranchers.
While the drought has taken a toll on agriculture this year, we also know that America’s history of agricultural innovation and research advancement means farmers and ranchers are better-prepared than ever before to mitigate its effects.
USDA scientists and research partners have helped to provide these important new tools for decades – and their work continues today.
Secretary's Column: Saying "Thank You" To Farmers and Workers on Labor Day
As Americans celebrate Labor Day this weekend, I know the holiday is overshadowed by a drought that has been extremely challenging for thousands of farm and ranch families.
President Obama and I will continue to do all we can to help drought-stricken producers. In a nation where one of every 12 jobs is supported by agriculture, we know that it’s critical to help farmers, ranchers and producers mitigate the effects of drought and continue to strengthen the agriculture sector.
Meanwhile we will continue to call on Congress to pass a comprehensive, multi-year Food, Farm and Jobs Bill – to give USDA tools to help drought stricken producers, and to give more certainty to farmers and ranchers.
But even in a challenging time, American agriculture has stayed strong and resilient. That’s why, as we gather with family and friends to mark Labor Day, it couldn’t be a more appropriate time to say “Thank You” to the folks who provide the most affordable, the most abundant, and the safest food supply on earth.''',
    quotes=[
        Q('"Thank You"', None, None),
        Q('“Thank You”', None, None),
    ],
    aliases={},
),
]
