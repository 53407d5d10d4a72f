# Held-out English news pages (tests/data/heldout35-en.jsonl). Like heldout23/25/26/29/31/33_pages.py, these texts are
# stored web pages (the `pages` search corpus) of US federal civilian agencies, none of them used in an earlier set:
# NOAA (a Coral Reef Conservation Program feature on the Flower Garden Banks report, 2009), the Department of Energy
# (excerpts of Secretary Ernest Moniz's prepared remarks at the University of Texas at Austin, 2014; the DOE History
# Timeline of events for 2015), the National Science Foundation (press release PR 00-77 on the 2000-2001 Antarctic
# research season; Director Rita R. Colwell's remarks to the American Society of Plant Physiologists, 1999; the NSF
# Current newsletter of January 2007) and the National Institutes of Health (the NIH director's statement on the NIH
# Reform Act of 2006; a department page of the NIH Catalyst). All are works of the US government and in the public
# domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in
# `retrieved`). Navigation, site headers, photo captions, media-contact blocks and link lines are dropped; wording,
# spelling, spacing inside a paragraph and quotation marks are as stored. Annotated by reading the pages, before
# whosaid was run on them (rules H164-H167 in ANNOTATION.md on top of H1-H163).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout35-en.jsonl

Built by `build.py` from `heldout35_pages.py`. Like heldout23-en, heldout25-en, heldout26-en, heldout29-en, heldout31-en
and heldout33-en, these texts are stored web pages (the `pages` search corpus) of US federal civilian agencies, none of
them used in a set above: NOAA (a Coral Reef Conservation Program feature on the Flower Garden Banks report, 2009), the
Department of Energy (excerpts of Secretary Ernest Moniz's prepared remarks at the University of Texas at Austin, 2014;
the DOE History Timeline of events for 2015), the National Science Foundation (press release PR 00-77 on the 2000-2001
Antarctic research season; Director Rita R. Colwell's remarks to the American Society of Plant Physiologists, 1999; the
NSF Current newsletter of January 2007) and the National Institutes of Health (the NIH director's statement on the NIH
Reform Act of 2006; a department page of the NIH Catalyst). All are US government works in the public domain (17 U.S.C.
§ 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Navigation, site headers, captions,
media-contact blocks and link lines were dropped; wording and quotation marks are as stored. None of these pages is used
in any set above (checked by URL, by title, by the names of their speakers and by 8-word overlap with every existing
text: no shared 8-word sequence). The annotation (rules H164–H167 in `ANNOTATION.md` on top of H1–H163) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="noaa-crcp-2009-10-flower-garden-banks-healthiest-reefs",
    source="http://coralreef.noaa.gov/aboutcrcp/news/featuredstories/oct09/healthycr/welcome.html",
    license=PD, retrieved=PAGES + " (site header 'Coral Reef NOAA' and its date line, the photo caption and photo credit dropped; the last paragraph 'The scientists also developed a sampling protocol ... which is an area for so...', cut in the stored copy, dropped)",
    text='''Sanctuary has Healthiest Coral Reef Systems
NOAA National Ocean Service recently released a report detailing a comprehensive study of the fish communities and habitats of the Flower Garden Banks National Marine Sanctuary, located off the coasts of Texas and Louisiana. Researchers from the National Centers for Coastal Ocean Science and the Office of National Marine Sanctuaries determined that the Sanctuary is among the most healthy coral reef systems in the tropical western Atlantic.
"The information in the report is critical because it enables us to understand how well we are protecting and conserving these marine resources," said Sanctuary superintendent G.P. Schmahl."The data tells the story of how the marine life interacts with the various habitats and helps us understand and appreciate this unique place."
NOS scientists found that large apex predators such as grouper and snapper—which are virtually absent throughout the U.S. Caribbean—were commonly observed in the Sanctuary. They also found that there was a significantly higher overall number of fish in the Sanctuary compared to the U.S. Caribbean.
"We also found that 50 percent of the area surveyed for this report is covered by live coral," Chris Caldow, a NOAA marine biologist and lead author on the report said."This is significant because such high coral cover is a real rarity and provides critical habitat for many different types of fish and other animals that live in these underwater systems."''',
    quotes=[
        Q('"The information in the report', 'these marine resources,"', "G.P. Schmahl"),
        Q('"The data tells the story', 'this unique place."', "G.P. Schmahl"),
        Q('"We also found that 50 percent', 'by live coral,"', "Chris Caldow"),
        Q('"This is significant because', 'underwater systems."', "Chris Caldow"),
    ],
    aliases={"G.P. Schmahl": ["Sanctuary superintendent G.P. Schmahl"]},
),
dict(
    id="doe-2014-01-moniz-remarks-ut-austin-excerpts",
    source="https://www.energy.gov/articles/energy-secretary-monizs-remarks-university-texas-austin-prepared-delivery-0",
    license=PD, retrieved=PAGES + " (breadcrumb 'You are here' dropped; the stored copy has no title line and starts with its first paragraph; the third excerpt '“I am very pleased to announce that today the Department of Energy is awarding $30 million ...', cut in the stored copy, dropped)",
    text='''Tomorrow, Secretary of Energy Ernest Moniz will travel to Austin, Texas, to amplify President Obama’s State of the Union remarks on energy and technology innovation. Secretary Moniz will focus on the President’s all-of-the-above energy strategy, the need for increased workforce training and the importance of science and innovation to the American economy.
Below are excerpts of the Secretary’s remarks as prepared for delivery:
“To be clear, the President’s all-of-the-above approach isn’t a slogan; it’s a policy that is paying dividends for our economy and our environment. Thanks to smart government policies and critical private sector investments, we have seen impressive breakthroughs in domestic energy production. For the first time in nearly two decades, the United States now produces more of our own oil here at home than we buy from other countries. And today, the United States is the number one natural gas producer in the world. In the last five years, we have also seen remarkable increases in clean and renewable energy - doubling the amount of energy that we produce from solar and wind.”
“In many ways, Texas is the perfect example of how President Obama’s all-of-the-above energy strategy can go hand in hand with combating climate change.  This state is the number one producer of oil and gas in the country. Texas has also been a national leader in clean and renewable energy production. This state already leads the nation in electricity generation from non-hydroelectric renewable resources. And Texas has the highest wind-powered generation capacity of any state in the nation.”''',
    quotes=[
        Q('“To be clear,', 'from solar and wind.”', "Ernest Moniz"),
        Q('“In many ways, Texas', 'any state in the nation.”', "Ernest Moniz"),
    ],
    aliases={"Ernest Moniz": ["Secretary of Energy Ernest Moniz", "Secretary Moniz"]},
),
dict(
    id="doe-history-timeline-2015-january",
    source="http://energy.gov/management/timeline-events-2015",
    license=PD, retrieved=PAGES + " (navigation lines 'Return to DOE History Timeline: Home Page', 'Return to Timeline of Events: 2014', 'Continue to Timeline of Events: 2016' and the 'Jump to month:' line dropped; the featured entry printed above the navigation is kept as its first line; the entry 'January 5, 2015 / The Detroit News in an editorial says ...', cut in the stored copy, dropped with its date line)",
    text='''November 10, 2015: Secretary of the Interior Sally Jewell and Secretary of Energy Ernest Moniz sign the MOA between the two agencies defining the respective roles in creating and managing the park.
January 1, 2015
Forbes contributor Jeff McMahon writes about a survey presented by Harvard Government Professor Stephen Ansolabehere at the University of Chicago in which he said that “people who worry about human-caused climate change are willing to pay higher energy bills to help stop it, but only up to 5 percent higher.” Meanwhile, he also found that “Americans support EPA regulation even if it results in higher costs,” because, he said, “they associate EPA regulation with local benefits.” He said that the same survey was conducted in other countries and it was found that the five percent number was the “same in Sweden, same in France, same in Germany, same in Japan, same in Canada, et cetera.”
January 2, 2015
Politico reports on a “threat to our privacy” from smart meters, noting that the “Department of Energy is publishing in January the final draft of a voluntary code of conduct governing data privacy for smart meters.” Yet even with such a code “critics fear consumers will still be cajoled or conned into giving up their data,” and some believe that could be “worth a lot more” than the power being purchased. The meters and the data they generate are intended to improve “reliability and efficiency,” for electrical power.''',
    quotes=[
        Q('“people who worry', 'up to 5 percent higher.”', "Stephen Ansolabehere"),
        Q('“Americans support EPA regulation', 'in higher costs,”', "Stephen Ansolabehere"),
        Q('“they associate EPA regulation', 'local benefits.”', "Stephen Ansolabehere"),
        Q('“same in Sweden,', 'et cetera.”', "Stephen Ansolabehere"),
        Q('“threat to our privacy”', None, "Politico"),
        Q('“Department of Energy is publishing', 'for smart meters.”', "Politico"),
        Q('“critics fear consumers', 'their data,”', "Politico"),
        Q('“worth a lot more”', None, None),
        Q('“reliability and efficiency,”', None, "Politico"),
    ],
    aliases={"Stephen Ansolabehere": ["Harvard Government Professor Stephen Ansolabehere"]},
),
dict(
    id="nsf-pr-00-77-2000-antarctic-research-season",
    source="https://www.nsf.gov/od/lpa/news/press/00/pr0077.htm",
    license=PD, retrieved=PAGES + " (site navigation, the archive notices, the release number and date line, the media-contact block, the photo caption, photo credit and 'Note About Images' link dropped; the paragraph 'Flights by the New York Air National Guard and ...', cut in the stored copy, dropped)",
    text='''A Dash of Adventure Leavens the Cutting-Edge Science of 2000 Antarctic Research Season
Scientists supported by the National Science Foundation (NSF) will attempt to "tag" one of the largest icebergs ever recorded to track its movements in the Southern Ocean while other researchers will conduct an overland crossing to study the massive West Antarctic Ice Sheet during the 2000-2001 Antarctic research season, which gets underway this month.
Even in Antarctica, computers and other sophisticated instruments have become standard tools for scientific investigation; but these two excursions echo the expeditionary tradition of the "Heroic Age" of Antarctic exploration of the early 20th Century. They are the most dramatic of the wide ranging sophisticated scientific studies NSF will support in Antarctica this austral summer. Those studies include projects in the earth sciences, glaciology, biology, oceanography, meteorology, astrophysics and aeronomy.
"The first research season of the new century promises to be both as scientifically productive and as challenging as any in recent memory," said Karl Erb, the director of NSF's office of polar programs, who also heads the U.S. Antarctic Program.''',
    quotes=[
        Q('"tag"', None, None),
        Q('"Heroic Age"', None, None),
        Q('"The first research season', 'in recent memory,"', "Karl Erb"),
    ],
    aliases={},
),
dict(
    id="nih-2006-12-11-zerhouni-statement-reform-act",
    source="https://www.nih.gov/about-nih/who-we-are/nih-director/statements/statement-nih-director-elias-zerhouni-md-regarding-national-institutes-health-reform-act-2006",
    license=PD, retrieved=PAGES + " (the date line 'December 11, 2006' and the link line 'Read the news release' dropped; the statement is printed on the page as a teaser that breaks off with '...' and no closing mark, kept as stored)",
    text='''A Statement from the NIH Director, Elias A. Zerhouni, M.D., Regarding the “National Institutes of Health Reform Act of 2006”
“I commend Congress for its overwhelming bipartisan show of support and confidence in the National Institutes of Health.   The passage of the 2006 NIH reauthorization bill is an affirmation of the importance of NIH and its vital role in advancing biomedical research to improve the health of the Nation.  The legislation preserves the core authorities of NIH, while adding new tools to maximize NIH’s effectiveness. Congress has taken an important step towards modernizing the operation of NIH, in conformance with a new era of science. It brings greater hope for the many people across the Nation and around the world suffering from disease and disability.   It also increases our future potential for pre-empting disease before it strikes and improving people’s health...''',
    quotes=[
        Q('“National Institutes of Health Reform Act of 2006”', None, None),
        Q('“I commend Congress', 'improving people’s health...', "Elias A. Zerhouni"),
    ],
    aliases={"Elias A. Zerhouni": ["NIH Director"]},
),
dict(
    id="nih-catalyst-20-2-departments",
    source="https://irp.nih.gov/catalyst/20/2/departments",
    license=PD, retrieved=PAGES + " (the department teasers as stored, one paragraph each; the stored copy has no title line)",
    text='''Many of NIH’s senior scientists and scientific support staff have spent most, if not all, of their careers in the intramural research program. I am struck by our senior faculty’s impact on the conduct of science, the mentoring of a new generation of scientists, the management of scientific programs, and their important advisory function. I would like to provide some examples, by no means exclusive, of the enormous role that our senior faculty plays in making the NIH a jewel in the crown of the federal government and to suggest that more recognition of contributions by all dedicated scientific staff would be well-deserved.
Here at the “United Nations” of the NIH, we have scientists representing approximately 100 countries, from Albania to Zimbabwe. More than 3,000 of our scientists are visiting from, or were born in, a so-called “foreign” country—an odd term given the collegiality we cherish and expect at NIH.
Cryo-electron microscopy (cryo-EM) uses radiation to image very small particles, that radiation can kill viruses destroying the very structures scientists want to see. But NIAMS researchers developed a method they call “bubblegram imaging” that turns the problem into a solution.
Something very strange happened on my 60-minute train commute home. I had prepared, as always, to browse a dozen or so scientific papers on my iPad. I had neatly downloaded these before I left work. I also had considerable e-mail to answer, so I had planned to bang these out, too. Then an apparent tragedy struck.''',
    quotes=[
        Q('“United Nations”', None, None),
        Q('“foreign”', None, None),
        Q('“bubblegram imaging”', None, None),
    ],
    aliases={},
),
dict(
    id="nsf-1999-07-24-colwell-remarks-plant-physiologists",
    source="http://nsf.gov/news/speeches/colwell/rc99724_plants.htm",
    license=PD, retrieved=PAGES + " (site navigation dropped; the speaker/occasion header lines kept as stored lines; the paragraph 'Seriously, looking ...', cut in the stored copy, and the rest of the speech dropped)",
    text='''Dr. Colwell's Remarks
Dr. Rita R. Colwell
Director
NATIONAL SCIENCE FOUNDATION
The Annual Meeting of the American
Society of Plant Physiologists
Baltimore, MD
July 24, 1999
Thank you, Lou, for a warm and kind introduction. Seeing Lou brings back fond memories of my undergraduate days at Purdue.
Purdue really set me on my path into science. I like to tell people I was bitten by fruit flies at Purdue -- and I'm much better for it.
I worked in the "new" Lilly Science Building, which I re-visited recently and found it transformed into the Lilly "high rise" Science Building!
I'd also like to extend a much broader thank you to all of you for the opportunity to join you this evening.
It's always a special pleasure to come to Baltimore. I still maintain my laboratory here -- just a few blocks down at the University of Maryland Biotechnology Institute, Center for Marine Biotechnology.
And, of course, I still root for the Orioles -- not that my cheers seem to helping much these days.
Tonight, I want to talk about a few areas where I know your cheers and your efforts can make a tremendous difference.
That is in shaping the policy agenda and the priorities for the National Science Foundation and for research and education generally.
As it happens, I'm your final public policy speaker for this millennium. Talk about a weighty honor!
It's interesting to contemplate that the only individual organisms still alive to have seen the dawning of the last millennium are plants.
There aren't many that have survived this long, but we know some have.
It is just one reminder of how much we can learn from the flora all around us. Maybe at the end of the next 1,000 years, we will be able to communicate with plants and .I can ask them what they thought of my talk!''',
    quotes=[
        Q('"new"', None, None),
        Q('"high rise"', None, None),
    ],
    aliases={},
),
dict(
    id="nsf-current-2007-01-readers-picks-2006",
    source="https://www.nsf.gov/news/newsletter/jan_07/index.jsp",
    license=PD, retrieved=PAGES + " (the newsletter's navigation line, the section label 'NSF at Work', the image descriptions and 'representative thumbnail image' lines dropped; the item 'NSF Report Reveals Century of Doctoral Education Trends ...', cut in the stored copy, dropped)",
    text='''NSF's "Hit Parade:" Readers' Picks for 2006
This is it! The hits have been tabulated and we have a list of NSF’s most popular news stories as picked by you. Based on NSF Web statistics, here are a "dazzling dozen" of the 2006 stories most frequently viewed on the NSF Web site.
NSF Awards First Partnership for International Research and Education Grants -- NSF’s Partnership for International Research and Education program awarded its first grant. The program is designed to enable U.S. scientists and engineers to build strong, long-lasting international research collaborations and to help the nation develop a new cadre of globally engaged U.S. scientists and engineers. -- January 30, 2006 -- Full story
Accelerating Loss of Ocean Species Threatens Human Well-Being -- An international group of ecologists and economists showed that the loss of biodiversity is profoundly reducing the ocean's ability to produce seafood, resist diseases, filter pollutants and rebound from stresses such as overfishing and climate change. -- November 2, 2006 -- Full Story
Device Only Atoms Across May Allow Infinitesimal But Powerful Computers -- Using the power of modern computing combined with innovative theoretical tools, an international team of researchers determined how a one-way electrical valve, or diode, made of only a single molecule does its job. -- April 3, 2006 -- Full story''',
    quotes=[
        Q('"Hit Parade:"', None, None),
        Q('"dazzling dozen"', None, None),
    ],
    aliases={},
),
]
