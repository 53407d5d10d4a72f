# Held-out English news pages (tests/data/heldout28-en.jsonl). Like heldout21_pages.py, these texts are English
# Wikinews articles (CC BY 2.5) taken from stored web pages (the `pages` search corpus), none of them used in an earlier
# set: four copies on en.wikinews.org / en.m.wikinews.org (the shuttle Atlantis launch date and the stolen Munch
# paintings, 2006; stingray killings after Steve Irwin's death, 2006; the Mount Sinabung eruption), two copies on the
# en.wikiactu.com mirror of English Wikinews, which repeats the CC BY 2.5 notice under each article (Obama's
# infrastructure plan, 2010; the Quebec election call, 2012), one republication by the Rossland Telegraph, which
# prints "This article originally appeared on Wikinews." under it (the US House health care vote, 2010), and one copy
# on a scraper site that keeps the Wikinews "Retrieved from" line with the article's revision (the shuttle Endeavour
# landing in California, 2008). The stored copies are often cut after about 2,000 characters: only complete
# paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation ("From Wikinews, the free news
# source you can write!", "Jump to navigation"), infoboxes, image captions and credits, "Sister links", "Sources",
# archive notices, the mirrors' site lines and the republication note are dropped; wording, spelling and quotation
# marks are as stored (the mirror and republication copies print curly marks). Annotated by reading the pages, before
# whosaid was run on them (rules H131-H133 in ANNOTATION.md on top of H1-H130).
WN = "CC BY 2.5 (Wikinews)"
WNM = "CC BY 2.5 (Wikinews; mirror copy, Wikinews licence notice kept by the mirror)"
WNR = "CC BY 2.5 (Wikinews; republished by the Rossland Telegraph as 'originally appeared on Wikinews')"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout28-en.jsonl

Built by `build.py` from `heldout28_pages.py`. Like heldout21-en, these texts are English Wikinews articles (CC BY 2.5;
attribution: the Wikinews contributors of each article) taken from stored web pages (the `pages` search corpus), none
of them used in a set above: four copies on en.wikinews.org / en.m.wikinews.org (shuttle Atlantis launch date, 2006;
the recovered Munch paintings, 2006; stingray killings after Steve Irwin's death, 2006; the Mount Sinabung eruption),
two copies on the en.wikiactu.com mirror of English Wikinews, which repeats the Wikinews CC BY 2.5 notice under each
article (Obama's infrastructure plan, 2010; the Quebec election call, 2012), one republication by the Rossland
Telegraph marked "This article originally appeared on Wikinews." (the US House health care vote, 2010) and one copy on
a scraper site that keeps the Wikinews "Retrieved from" line with the article's revision number (the shuttle
Endeavour landing in California, 2008). For the mirror copies the `source` field is the article's en.wikinews.org
address and the copy's address is in the retrieval note; for the republication the `source` is the newspaper's page.
The stored copies are often cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is
noted per page). Navigation, infoboxes, captions, "Sister links", "Sources", archive notices and the mirrors' site
lines were dropped; wording and quotation marks are as stored (the mirror copies print curly marks). None of these
articles is used in any set above (checked by URL, by title, by the names of their speakers and by 8-word overlap with
every existing text: no shared 8-word sequence). Candidates whose stored copy keeps fewer than two complete quotations
(the 2009 L'Aquila earthquake, the end of the Mars Phoenix mission on the mirror, the London Paralympics marathon)
were skipped. The annotation (rules H131–H133 in `ANNOTATION.md` on top of H1–H130) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2006-08-31-atlantis-launch-september-6",
    source="https://en.wikinews.org/wiki/Space_shuttle_Atlantis_set_to_launch_on_September_6",
    license=WN, retrieved=PAGES + " (navigation lines, the launch-pad image caption and the 'Space Shuttle Atlantis' infobox with its 'Recent stories', 'About Atlantis' and related-articles lines dropped; the stored copy ends after the lightning paragraph)",
    text='''Space shuttle Atlantis set to launch on September 6
Thursday, August 31, 2006
NASA says it will launch the space shuttle Atlantis on Wednesday, September 6, at 12:29 p.m. Countdown until launch will begin on Sunday.
NASA officials also say that the shuttle, launch pad and facilities at the space center suffered no damage from tropical depression Ernesto.
"We had no damage. Zero. Nada. We fully anticipate being ready to go as early as September 6," said Bruce Buckingham, a spokesman for NASA's Kennedy Space Center.
"There was no water intrusion in any operational areas, and so basically we came through this one unscathed," said Bill Johnson, a spokesman for NASA.
If any delay causes the shuttle not to launch on Wednesday, NASA will attempt another launch two days from Wednesday.
A bolt of lightning struck the launch pad which caused NASA to delay the shuttle launch. No damage was sustained when the bolt hit.''',
    quotes=[
        Q('"We had no damage.', 'as early as September 6,"', "Bruce Buckingham"),
        Q('"There was no water intrusion', 'this one unscathed,"', "Bill Johnson"),
    ],
),
dict(
    id="wn-en-2006-09-13-stingray-deaths-steve-irwin",
    source="https://en.wikinews.org/wiki/Australia_stingray_deaths_possible_revenge_for_Steve_Irwin",
    license=WN, retrieved=PAGES + " (mobile copy en.m.wikinews.org/wiki/Australia_stingray_deaths_possible_revenge_for_Steve_Irwin; complete article as stored)",
    text='''Australia stingray deaths possible revenge for Steve Irwin
Wednesday, September 13, 2006
Following the days since Steve Irwin died of a stingray attack, at least 10 stingrays have been found dead on two Australian beaches, with their tails cut off. While it was reported that fishermen occasionally cut the tails off stingrays they accidentally catch to avoid being stung, however, state fishery official Wayne Sumpton said that this practice was "uncommon".
It is suspected that these killings were done in revenge for Irwin. "That's the last thing Steve would want," said Michael Hornby, a friend of Irwin. However, other sources point out that fans of Irwin would generally not commit such actions.
In general, stingrays are not aggressive and will not attack unless provoked.
Meanwhile, a public memorial service for Irwin is planned next week.''',
    quotes=[
        Q('"uncommon"', None, "Wayne Sumpton"),
        Q('"That\'s the last thing Steve would want,"', None, "Michael Hornby"),
    ],
),
dict(
    id="wn-en-2006-08-31-munch-scream-madonna-found",
    source="https://en.wikinews.org/wiki/Edvard_Munch%27s_The_Scream_and_Madonna_found",
    license=WN, retrieved=PAGES + " (stored as en.wikinews.org/wiki/Edvard%20Munch%27s%20The%20Scream%20and%20Madonna%20found; navigation, the 'Unchecked' flag, the image caption and the '[edit] Sources [edit]' lines dropped; the stored copy ends before the source list)",
    text='''Edvard Munch's The Scream and Madonna found
Thursday, August 31, 2006
Norwegian Police have said that the stolen Edvard Munch's The Scream and Madonna masterpiece paintings which were stolen by art thieves have been found.
According to officers, the two paintings were recovered in "police action". "We are 100% certain they are the originals. The damage was much less than feared," police said.
In a press conference in Oslo, Norway, police chief Iver Stensrud said: "For two years and nine days we have been hunting systematically for these pictures and now we've found them."
He also added that police suspect the paintings had remained in Norway since they were taken. "We feel we have been hot on the trail of the paintings the whole time, but it has taken time," he said.
They were stolen by art thieves in August 2004 from the Munch Museum in Oslo. Bjoern Hoen, 37, Petter Tharaldsen, 37, and Petter Rosenvinge, 34, were found guilty of stealing the paintings after a trial this May.
The Scream was completed in 1893. It is regarded by many as being one of Munch's most important pieces of work, and is his most recognizable piece amongst the general public.
David Toska, the alleged mastermind of the "NOKAS robbery" was rumoured to have known the whereabouts of the paintings, and they may now have been recovered as a result of some sort of collaboration between him and Norwegian prosecutors. This might result in an improvement of Toska's public image (he's currently sentenced to 20+ years of prison time, after planning and executing a huge bank heist that led to the unfortunate death of a highly respected police officer.).''',
    quotes=[
        Q('"police action"', None, "Norwegian Police"),
        Q('"We are 100% certain', 'much less than feared,"', "Norwegian Police"),
        Q('"For two years and nine days', 'now we\'ve found them."', "Iver Stensrud"),
        Q('"We feel we have been hot', 'it has taken time,"', "Iver Stensrud"),
        Q('"NOKAS robbery"', None, None),
    ],
    aliases={"Norwegian Police": ["police"], "Iver Stensrud": ["police chief Iver Stensrud"]},
),
dict(
    id="wn-en-mount-sinabung-erupts-sumatra",
    source="https://en.wikinews.org/wiki/Mount_Sinabung_erupts_in_Sumatra,_Indonesia",
    license=WN, retrieved=PAGES + " (stored as en.wikinews.org/wiki/%20Mount%20Sinabung%20erupts%20in%20Sumatra,%20Indonesia; the stored copy has no headline or dateline line and starts with the first paragraph; the repeated archive notices at its end dropped)",
    text='''Mount Sinabung has erupted in Sumatra, Indonesia, spitting smoke and ash 1,500 meters (4,921.3 ft) in the air at 00:08 local time Sunday.
Surono of Indonesia's Directorate of Vulcanology said, "Initially we thought the ash and smoke were triggered by rain but now we know the driving pressure was from magma. It's clearly dangerous so we've raised the warning to the highest level, or red level."
"The situation is under control. Emergency response teams are already on the scene," says a spokesperson for the Indonesian National Disaster Management Agency.
Saturday, Sinabung was spewing smoke, however, the volcano was not expected to erupt, according to the directorate.
Around 12,000 residents have been evacuated from the area. One person has died.''',
    quotes=[
        Q('"Initially we thought', 'or red level."', "Surono"),
        Q('"The situation is under control.', 'already on the scene,"', "Indonesian National Disaster Management Agency"),
    ],
),
dict(
    id="wn-en-2010-09-06-obama-roads-railroads-runways",
    source="https://en.wikinews.org/wiki/Obama_announces_plan_to_build_roads,_railroads_and_runways",
    license=WNM, retrieved=PAGES + " (mirror copy en.wikiactu.com/?cat=1953; the mirror's 'Wiki Actu en' line and date, navigation, the Transport portal box and the image caption dropped; the paragraph 'Obama stressed that the new bill will not add to the federal budget deficit ...', cut in the stored copy, dropped)",
    text='''Obama announces plan to build roads, railroads and runways
Monday, September 6, 2010
In a speech in Wisconsin, US President Barack Obama announced a USD50 billion plan to restore 150,000 miles of roads, lay 4,000 miles of railroad tracks and rebuild 150 miles of airport runways within six years. The speech was given at an annual Labor Day festival in Milwaukee to union workers on Monday afternoon.
“All of this will not only create jobs immediately, it’s also going to make our economy hum over the long haul,” Obama said during the speech. The president also said that “we are going to rebuild 150,000 miles of our roads — that’s enough to circle the world six times… We’re going to lay and maintain 4,000 miles of our railways — enough to stretch coast-to-coast” and that he was “going to keep fighting, every single day, every single hour, every single minute to turn this economy around”.
Most of the new railways that Obama talked about will be high-speed rail lines, and the president also said that his administration would “restore 150 miles of runways and advance a next-generation air traffic control system to reduce travel time and delays for American travelers — something I think folks across the political spectrum could agree on.” In the Obama Administration’s plan, a new infrastructure bank will be created.''',
    quotes=[
        Q('“All of this will not only', 'over the long haul,”', "Barack Obama"),
        Q('“we are going to rebuild', 'stretch coast-to-coast”', "Barack Obama"),
        Q('“going to keep fighting', 'turn this economy around”', "Barack Obama"),
        Q('“restore 150 miles of runways', 'could agree on.”', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["US President Barack Obama", "Obama", "The president"]},
),
dict(
    id="wn-en-2012-08-02-quebec-election-called",
    source="https://en.wikinews.org/wiki/Quebec_election_called_for_September",
    license=WNM, retrieved=PAGES + " (mirror copy en.wikiactu.com/?cat=533; the mirror's 'Wiki Actu en' line and date, navigation, the image captions 'Jean Charest in 2010 / Image: US Mission Canada.' and 'Flag of Quebec', the 'Sister links' and 'Sources' lines and the licence notice dropped)",
    text='''Quebec election called for September
Thursday, August 2, 2012
Following speculation from the media, Quebec, Canada premier Jean Charest has called a provincial election for September 4, 2012. After meeting with Lieutenant Governor Pierre Duchesne to officially drop the writ and dissolve parliament, he made the public announcement on Wednesday in front of Québec City Jean Lesage International Airport, stating the airport represents a “bridge to the north” (in reference to his government’s plan to develop natural resources in northern Quebec).
Charest is the leader of the Quebec Liberal Party and has held his position as premier since 2003. This time, it is uncertain whether he will continue to govern or not, since polls are showing no clear winner.
This election comes in the midst of widely-reported student protests against a raise in university tuition, which is expected to be one of the major issues of the elections. One other party, the Coalition Avenir Québec, is in favour of the tuition increases, while the Parti Québécois, Option nationale, and Québec solidaire oppose the tuition increases.
The Quebec Liberal Party is federalist, meaning it supports Quebec being part of Canada, while the other major parties are separatist, meaning they support Quebec becoming a sovereign state. During his speech, Charest reaffirmed his position on tuition fees and was quoted as saying he was representing the “silent majority.”''',
    quotes=[
        Q('“bridge to the north”', None, "Jean Charest"),
        Q('“silent majority.”', None, "Jean Charest"),
    ],
    aliases={"Jean Charest": ["Charest"]},
),
dict(
    id="wn-en-2010-03-22-us-house-passes-health-care-bill",
    source="https://rosslandtelegraph.com/2010/03/22/us-house-representatives-passes-health-care-bill/",
    license=WNR, retrieved=PAGES + " (the newspaper's republication of the Wikinews article; its closing line 'This article originally appeared on Wikinews.' and the 'Categories' and 'Other News Stories' lines dropped; the newspaper's date line kept as dateline)",
    text='''US House of Representatives passes health care bill
March 22nd, 2010
The United States House of Representatives has passed the controversial health care bill as amended by the Senate. The bill passed 219 to 212. “This bill is complicated, but it’s also very simple: Illness and infirmity are universal, and we are stronger against them together than we are alone,” Democratic House Majority Leader Steny Hoyer said before the vote.
34 Democrats and all of the House Republicans voted against the Bill.
“This trillion-dollar overhaul will take the America we know and love in the wrong direction,” said Representative Eric Cantor, the number two House Republican.
“We have failed to listen to America and we have failed to reflect the will of our constituents,” House Minority Leader John Boehner said. “And when we fail to reflect that will, we fail ourselves and we fail our country.”
President Barack Obama will sign an Executive Order reaffirming the ban on federally funded abortions as part of an 11th hour deal to get the bill passed.''',
    quotes=[
        Q('“This bill is complicated', 'than we are alone,”', "Steny Hoyer"),
        Q('“This trillion-dollar overhaul', 'in the wrong direction,”', "Eric Cantor"),
        Q('“We have failed to listen', 'of our constituents,”', "John Boehner"),
        Q('“And when we fail', 'fail our country.”', "John Boehner"),
    ],
    aliases={"Steny Hoyer": ["Democratic House Majority Leader Steny Hoyer"], "Eric Cantor": ["Representative Eric Cantor"],
             "John Boehner": ["House Minority Leader John Boehner"]},
),
dict(
    id="wn-en-2008-12-01-endeavour-lands-california",
    source="https://en.wikinews.org/wiki/Space_Shuttle_Endeavour_lands_in_California",
    license=WNM, retrieved=PAGES + " (copy on north-army.com/space-shuttle-endeavour-lands-in-california, which ends with the Wikinews line 'Retrieved from “https://en.wikinews.org/w/index.php?title=Space_Shuttle_Endeavour_lands_in_California&oldid=1756327”', dropped here; complete article as stored)",
    text='''Space Shuttle Endeavour lands in California
Monday, December 1, 2008
After windy and stormy conditions in Florida prevented its planned landing at Kennedy Space Center, the National Aeronautics and Space Administration (NASA) decided to redirect the space shuttle Endeavour to California. It touched down successfully at Edwards Air Force Base at 1:25 p.m. local time, or 21:25, November 30, 2008 (UTC).
NASA normally prefers to land space shuttles at its home base, Kennedy Space Center. In this case, NASA will have to transfer Endeavour atop a jumbo jet from California to Florida at an estimated cost of US$1.8 million.
NASA had launched mission STS-126 on November 14 with eight astronauts led by Commander Christopher J. Ferguson. The mission was intended to make improvements to the International Space Station, including a new bathroom, sleeping quarters, and urine recycling system. The crew also successfully cleared metal shavings from a jammed solar wing rotary joint, which had affected energy production.
Upon the landing, Mission Control radioed, “Welcome back. That was a great way to finish a fantastic flight.”
“And we’re happy to be here in California,” replied Ferguson.''',
    quotes=[
        Q('“Welcome back.', 'a fantastic flight.”', "Mission Control"),
        Q('“And we’re happy', 'here in California,”', "Christopher J. Ferguson"),
    ],
    aliases={"Christopher J. Ferguson": ["Commander Christopher J. Ferguson", "Ferguson"]},
),
]
