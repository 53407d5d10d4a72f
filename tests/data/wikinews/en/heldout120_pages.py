# Held-out English news pages (tests/data/heldout120-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus): an English Wikinews article of February 9, 2006 on the Berlin court that lifted its injunction
# against Wikimedia Deutschland (en.m.wikinews.org, CC BY 2.5), and four US federal news releases, works of the US
# government in the public domain, in copies on non-government sites: NASA's statement of Administrator Sean O'Keefe on the
# Genesis capsule's hard landing (release 04-291, September 2004, forwarded to the spacebanter.com Usenet forum), NASA's
# release on New Horizons' Jupiter flyby (07-55, February 2007, on the spacenewshere.blogspot.com archive of NASA
# releases), NASA's release on the three new STS-114 crew members (03-360, November 2003, in the AMSAT SAREX mailing-list
# archive on amsat.org) and NOAA's release on the 2008 coral-reef report (July 2008, reposted by innovations-report.com).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are often cut after about 2,000 characters:
# only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Contact blocks, release numbers,
# dates of the releases, mailing-list and forum lines, the Wikinews review and Wikimedia notices, an image caption and the
# 'Sources' heading are dropped; hard line breaks inside a paragraph of the e-mailed releases are joined with one space;
# wording and quotation marks (straight, as stored) are kept. Annotated by reading the texts, before whosaid was run on
# them (rules H890-H892 in ANNOTATION.md on top of the earlier rules).
WN = "CC BY 2.5 (Wikinews)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout120-en.jsonl

Built by `build.py` from `heldout120_pages.py`. These texts are stored web pages (the `pages` search corpus), none of them
used in a set above: one English Wikinews article (CC BY 2.5; February 9, 2006, en.m.wikinews.org: a Berlin court lifts
its injunction against Wikimedia Deutschland over the hacker 'Tron') and four US federal news releases (public domain,
17 U.S.C. § 105) in copies on non-government sites: NASA Administrator Sean O'Keefe's statement on the Genesis capsule's
hard landing (NASA release 04-291, 2004, forwarded to the spacebanter.com Usenet forum), NASA's release on the New
Horizons flyby of Jupiter (07-55, 2007, spacenewshere.blogspot.com), NASA's release on the three new STS-114 crew
members (03-360, 2003, AMSAT SAREX list archive on amsat.org) and NOAA's release on the 2008 report on US coral reefs
(innovations-report.com). None is credited to AP, Reuters, AFP or another third party. The stored copies are often cut
after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Contact blocks,
release numbers and dates, list and forum lines, Wikinews notices, a caption and the 'Sources' heading were dropped and
hard line breaks inside a paragraph joined; wording and quotation marks are as stored. None of these pages is used in
any set above (checked by URL, by the names of their speakers and by distinctive phrases against every existing text,
including the other helpers' worktrees). The annotation (rules H890–H892 in `ANNOTATION.md`) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2006-02-09-berlin-court-repeals-injunction-against-wikimedia-germany",
    source="https://en.m.wikinews.org/wiki/Berlin_court_repeals_preliminary_injunction_against_Wikimedia_Germany",
    license=WN, retrieved=PAGES + " (the lines 'There are no reviewed versions of this page, so it may not have been checked for adherence to standards.' and 'This article mentions the Wikimedia Foundation, one of its projects, or people related to it. Wikinews is a project of the Wikimedia Foundation.', the caption 'Logo of Wikimedia Deutschland', the 'edit' links and the 'Sources' heading dropped)",
    text='''Berlin court repeals preliminary injunction against Wikimedia Germany
Thursday, February 9, 2006
The Amtsgericht Berlin-Charlottenburg has repealed an injunction that it had issued in January against Wikimedia Deutschland, the German chapter of the Wikimedia Foundation.
The court found that identifying the deceased Boris Floricic as the hacker Tron in an article of the German Wikipedia does not constitute a breach of the personal rights of Floricic or his parents, the plaintiffs in the lawsuit. It said that those rights only protect deceased persons from libelous or disfiguring characterisations of their biography; this is not the case in the Wikipedia article. The court also found that the personal rights of the parents were not infringed upon as well, as the article does not enable anyone to identify them.
The lawyer of the parents, Friedrich Kurz, called the decision "arbitrary", "tangibly illegal" and a "misjudgment" as his clients have a unique surname which would make it possible to connect Tron to them. He announced that he would appeal the decision, even to the European Court of Human Rights if necessary.
The chairman of Wikimedia Deutschland, Kurt Jansson, said they are happy that the court "confirmed our interpretation of the law completely" and hoped that the attorney of the plaintiffs would refrain from taking further legal actions due to the "decidedness" of the ruling.
The court in Berlin had issued an injunction against Wikimedia Deutschland on January 17th, banning them from redirecting www.wikipedia.de to de.wikipedia.org.''',
    quotes=[
        Q('"arbitrary"', None, "Friedrich Kurz"),
        Q('"tangibly illegal"', None, "Friedrich Kurz"),
        Q('"misjudgment"', None, "Friedrich Kurz"),
        Q('"confirmed our interpretation of the law completely"', None, "Kurt Jansson"),
        Q('"decidedness"', None, "Kurt Jansson"),
    ],
    aliases={"Friedrich Kurz": [], "Kurt Jansson": []},
),
dict(
    id="nasa-2004-09-08-administrator-says-exploration-is-difficult-but-essential",
    source="http://www.spacebanter.com/showthread.php?s=4ffd437cd66f171040c174e935b2bf5e&t=40238",
    license=PDC, retrieved=PAGES + " (NASA release 04-291 of September 8, 2004, forwarded to the spacebanter.com forum; the forum lines, the poster line, the contact block ('Glenn Mahone/Bob Jacobs / Headquarters, Washington Sept. 8, 2004 / (Phone: 202/358-1600)') and 'RELEASE: 04-291' dropped; the capitalised headline, broken over two lines, joined and kept as first line; hard line breaks inside paragraphs joined with one space; the fourth quoted paragraph ('With each new mission, we push the frontiers ... over the entire three-'), cut in the stored copy, dropped)",
    text='''NASA ADMINISTRATOR SAYS EXPLORATION IS DIFFICULT BUT ESSENTIAL
The following is a statement from NASA Administrator Sean O'Keefe regarding today's Genesis Sample Return Mission at the U.S. Air Force Test and Training Range, Dugway Proving Ground, southwest of Salt Lake City.
"We're encouraged by the news out of Utah, despite the hard impact landing of the Genesis Sample Return capsule. The spacecraft was designed in a way to give us the best chance at salvaging the valuable science payload should we suffer a landing like the one we witnessed today.
"Our re-entry plan was based on safety, and the choice of Dugway was intentional. While today's developments may be disappointing to some, I know the entire NASA family is thankful no one was injured.
"Exploration of the heavens is not an easy task. Our ability to travel throughout our solar system is limited, whether by human tended or robotic craft. Genesis was an experiment to journey far from home and return with new clues and possible answers to some of the fundamental questions regarding the origin of our universe.''',
    quotes=[
        Q('"We\'re encouraged by the news', 'witnessed today.', "Sean O'Keefe"),
        Q('"Our re-entry plan', 'no one was injured.', "Sean O'Keefe"),
        Q('"Exploration of the heavens', 'origin of our universe.', "Sean O'Keefe"),
    ],
    aliases={"Sean O'Keefe": ["NASA Administrator Sean O'Keefe"]},
),
dict(
    id="nasa-2007-02-28-spacecraft-gets-boost-from-jupiter-for-pluto-encounter",
    source="https://spacenewshere.blogspot.com/2007/02",
    license=PDC, retrieved=PAGES + " (NASA release 07-55 of February 28, 2007, the newest post on the blog's February 2007 archive page; the post date 'Wednesday, February 28', the date line 'Feb. 28, 2007', the contact block (Dwayne Brown, Michael Buckley), 'RELEASE: 07-55' and the capitalised repeat of the headline dropped; the post title kept as first line; hard line breaks inside paragraphs joined with one space; the paragraph 'New Horizons has been running through an intense six-month long systems check ...', cut in the stored copy, dropped)",
    text='''NASA Spacecraft Gets Boost From Jupiter for Pluto Encounter
LAUREL, Md. - NASA's New Horizons spacecraft successfully completed a flyby of Jupiter early this morning, using the massive planet's gravity to pick up speed for its 3-billion mile voyage to Pluto and the unexplored Kuiper Belt region beyond.
"We're on our way to Pluto," said New Horizons Mission Operations Manager Alice Bowman of Johns Hopkins University Applied Physics Laboratory (APL), Laurel, Md. "The swingby was a success; the spacecraft is on course and performed just as we expected."
New Horizons came within 1.4 million miles of Jupiter at 12:43 a.m. EST, placing the spacecraft on target to reach the Pluto system in July 2015. During closest approach, the spacecraft could not communicate with Earth, but gathered science data on the giant planet, its moons and atmosphere.
At 11:55 a.m. EST mission operators at APL established contact through NASA's Deep Space Network and confirmed New Horizons' health and status.
The fastest spacecraft ever launched, New Horizons is gaining nearly 9,000 mph from Jupiter's gravity - accelerating to more than 52,000 mph. The spacecraft has covered approximately 500 million miles since its launch in January 2006 and reached Jupiter faster than seven previous spacecraft to visit the solar system's largest planet. New Horizons raced through a target just 500 miles across, the equivalent of a skeet shooter in Washington hitting a target in Baltimore on the first try.''',
    quotes=[
        Q('"We\'re on our way to Pluto,"', None, "Alice Bowman"),
        Q('"The swingby was a success;', 'as we expected."', "Alice Bowman"),
    ],
    aliases={"Alice Bowman": ["New Horizons Mission Operations Manager Alice Bowman"]},
),
dict(
    id="nasa-2003-11-07-sts-114-crew-augmented-by-three-new-members",
    source="http://www.amsat.org/amsat/archive/sarex/200311/msg00011.html",
    license=PDC, retrieved=PAGES + " (NASA release 03-360 of November 7, 2003, posted to the AMSAT SAREX mailing list; the archive navigation line, 'Submitted by Arthur - N1ORC', the contact block (Allard Beutel, Doug Peterson) and 'RELEASE:  03-360' dropped; the stored copy has no headline and begins with the first paragraph; hard line breaks and the leading indent inside paragraphs joined with one space; the paragraph '\"This is a demanding mission and the addition of Andy, Wendy and Charlie ...', cut in the stored copy, dropped)",
    text='''The STS-114 crew, augmented by three new members, is in place for the Space Shuttle's Return to Flight mission. Three Mission Specialists have been added to the four astronauts already in training for the STS-114 mission planned for launch no earlier than September 2004.
The new crewmembers, Andrew Thomas (Ph.D.), Wendy Lawrence (Capt., USN) and Charles Camarda (Ph.D.) join mission commander Eileen Collins (Col., USAF), Pilot James Kelly (Lt. Col., USAF), Mission Specialists Stephen Robinson (Ph.D) and Soichi Noguchi, of the Japan Aerospace Exploration Agency, who were named to this flight in 2001.
"STS-114 is going to be a complex developmental test flight, and this crew has the right set of skills and experience to help get the Space Shuttles safely flying again," said NASA's Associate Administrator for Space Flight William Readdy. "STS-114 was always slated to have a crew of seven. But now, instead of three crew rotating on-and-off the International Space Station, all crew members will be dedicated to the STS-114 mission objectives," Readdy said.
The major mission objectives of the STS-114 flight have shifted from International Space Station logistics and crew rotation to testing and evaluating new procedures for flight safety. This includes Shuttle inspection and repair techniques. It also includes a smaller set of Space Station tasks from what was scheduled before the Shuttle Columbia accident in February.''',
    quotes=[
        Q('"STS-114 is going to be', 'flying again,"', "William Readdy"),
        Q('"STS-114 was always slated', 'mission objectives,"', "William Readdy"),
    ],
    aliases={"William Readdy": ["Readdy"]},
),
dict(
    id="noaa-2008-07-09-half-of-us-coral-reefs-in-poor-or-fair-condition",
    source="http://www.innovations-report.com/html/reports/environment-sciences/report-113948.html",
    license=PDC, retrieved=PAGES + " (NOAA release of July 2008 on 'The State of Coral Reef Ecosystems of the United States and Pacific Freely Associated States: 2008', reposted by innovations-report.com under its own headline; the site lines ('Forum for Science, Industry and Business', 'Sponsored by: 3M', 'Search our Site:') dropped; the date line '09.07.2008' kept; the paragraph '\"The r...', cut in the stored copy, dropped)",
    text='''NOAA report states half of US coral reefs in 'poor' or 'fair' condition
09.07.2008
Nearly half of U.S. coral reef ecosystems are considered to be in "poor" or "fair" condition according to a new NOAA analysis of the health of coral reefs under U.S. jurisdiction.
The report issued today, The State of Coral Reef Ecosystems of the United States and Pacific Freely Associated States: 2008, says that the nation's coral reef ecosystems, particularly those adjacent to populated areas, continue to face intense human-derived threats from coastal development, fishing, sedimentation and recreational use.
Even the most remote reefs are subject to threats such as marine debris, illegal fishing and climate-related effects of coral bleaching, disease and ocean acidification.
The report was released by NOAA at the 11th International Coral Reef Symposium in Fort Lauderdale, Fla. More than 270 scientist and managers working throughout the Gulf of Mexico, Caribbean, the Atlantic and Pacific authored the 15 jurisdiction-specific chapters of the report. The scientists graded the coral ecosystems on a five tier scale: excellent, good, fair, poor and unknown.
"NOAA's coral program has made some significant progress since it was established 10 years ago, but we need to redouble our efforts to protect this critical resource," said retired Navy Vice Admiral Conrad C. Lautenbacher Jr., Ph.D., under secretary of commerce for oceans and atmosphere and NOAA administrator.
The 569-page document details coral reef conditions in the U.S. Virgin Islands, Puerto Rico, Navassa Island, southeast Florida, the Florida Keys, Flower Garden Banks, the Main Hawaiian Islands, the Northwestern Hawaiian Islands, American Samoa, the Pacific Remote Islands, the Republic of the Marshall Islands, the Federated States of Micronesia, the Commonwealth of the Northern Mariana Islands, Guam and the Republic of Palau.''',
    quotes=[
        Q("'poor'", None, None),
        Q("'fair'", None, None),
        Q('"poor"', None, None),
        Q('"fair"', None, None),
        Q('"NOAA\'s coral program', 'critical resource,"', "Conrad C. Lautenbacher Jr."),
    ],
    aliases={"Conrad C. Lautenbacher Jr.": ["retired Navy Vice Admiral Conrad C. Lautenbacher Jr."]},
),
]
