# Held-out English news texts (tests/data/heldout766-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news (public domain, 17 U.S.C. § 105): two U.S. Fish and
# Wildlife Service releases for National Wildlife Refuge Week 2000 with Secretary of the Interior Bruce Babbitt (the
# Southeast Region's release n00-010 of October 10, 2000, fws.gov; the Alaska Region's story of October 2000, fws.gov),
# an FWS release of March 14, 2003 on Secretary Gale Norton's Centennial ceremony at Pelican Island (copy on
# citizenreviewonline.org), four NASA center releases (Ames 00-06AR of January 25, 2000 with Henry McDonald and Jared
# L. Cohon, spacenews.com copy; Headquarters/Ames 10-020 of January 27, 2010 with Charles Bolden, Pete Worden and Zvi
# Kaplan, aus-city.com copy of NASA's news list; Marshall 00-173 and 00-169 of 2000 with Art Stephenson, spacenews.com
# copies) and a NASA Marshall release of November 2019 with Jody Singer (spacenews.com copy). None is credited to AP,
# Reuters, AFP or another third party in the kept text. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (H2121, noted
# in `retrieved`). Site lines (banners, contact, date, release-number and credit lines, the mailing list's header) and
# the empty lines between paragraphs are dropped; the hard line breaks inside the paragraphs of the spacenews.com copies
# are joined with a space (H902); a headline is kept once as the first line where the stored copy has one (none is
# added where it has none, H1818); wording, the lost full stops of the aus-city.com copy (H521), dashes and quotation
# marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H2510-H2514 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy of the agency's release on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout766-en.jsonl

Built by `build.py` from `heldout766_pages.py`. Like heldout758-en, heldout750-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news, works of federal
employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not available for any work
of the United States Government"): two U.S. Fish and Wildlife Service (Department of the Interior) releases for
National Wildlife Refuge Week 2000, both quoting Secretary of the Interior Bruce Babbitt (the Southeast Region's news
release n00-010 of October 10, 2000, fws.gov/southeast/news/2000/n00-010.html, on the week's events across the
country; and the Alaska Region's release of October 2000 on the "Alaska Refuge Partnership" awards presented by
Regional Director Dave Allen and Governor Tony Knowles' proclamation, stored as a fws.gov story page); an FWS news
release of March 14, 2003 on Secretary of the Interior Gale Norton's ceremony for the Centennial of the National
Wildlife Refuge System at Pelican Island, as reprinted on citizenreviewonline.org (its credit line 'News Release - U.S.
Fish & Wildlife Service'); a NASA Ames Research Center release of January 25, 2000 (00-06AR) on the memorandum of
understanding between Ames Director Henry McDonald and Carnegie Mellon University President Jared L. Cohon, as
reprinted on spacenews.com; a NASA release of January 27, 2010 (10-020, Headquarters and Ames contacts) on the Israel
Network for Lunar Science and Exploration joining the NASA Lunar Science Institute, with Administrator Charles Bolden,
Ames Director Pete Worden and Israel Space Agency Director Zvi Kaplan, as kept by the aus-city.com archive of NASA's
news list NASA_REPORTS (message 20100128010503); two NASA Marshall Space Flight Center releases of 2000 with Center
Director Art Stephenson on agreements signed at the Tennessee Valley 2000 Regional Economic Summit (00-173 with East
Tennessee State University and 00-169 with the Air Force's Arnold Engineering Development Center and the Department of
Energy's Oak Ridge Operations), both reprinted on spacenews.com; and a NASA Marshall release of November 2019 on the
memorandum of understanding with the University of Alabama, with Marshall Director Jody Singer, reprinted on
spacenews.com. Reuse terms relied on: the releases are the agencies' own, issued by their press offices and speaking
for their officials; copies on other sites and in list archives carry the same government text and add no rights of
their own, and the copying sites' own lines are dropped. Licence caveats: the Ames release 00-06AR is a joint release
listing Carnegie Mellon's university-relations contact beside NASA's and quotes the university's president; it is
issued under NASA's release number and taken as NASA's release (the university's president is quoted in it, as other
non-federal speakers are quoted in government texts); the NASA release 10-020 likewise quotes the head of the Israel
Space Agency inside NASA's text; the 2019 Marshall copy on spacenews.com shows no release number or credit line in the
kept text and is taken as NASA's release by its form (Marshall's announcement of its own agreement, NASA's standard
Artemis paragraph, quotations of the center director only), as spacenews.com reprints NASA releases (the other two
spacenews.com copies keep their NASA contact and release-number lines); the Alaska story page of fws.gov shows no date
line in the kept text and is dated by its address (2000-10) and the week it names; the Marshall releases 00-173 and
00-169 are dated by their numbers and the summit they name (00-169: signing June 1). None is credited to AP, Reuters,
AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept
and the cut paragraph is dropped, noted per page: the Southeast release's '"Wildlife conservation always comes first on
refuges, but the system welcomes more than 35 million visitors each year," said Jamie Rappaport Clark, director of the
U.S. Fish and Wildlife Service. "During National Wildlife Refuge W', dropped with its complete first piece (H2121), so
Clark is no speaker; the Alaska story's 'From a single three acre in 1903, ... protected for the American p'; the
Norton release's '“The U.S. Fish & Wildlife Service is using this historic occasion to put the welcome mat out to every
American. There is a wildlife refuge in every state and one', an unclosed quotation whose cue is cut; the Ames release
00-06AR's '“A Carnegie Mellon research presence in computer science at Ames ...,” said Dr. Jack Hansen, NASA Ames Deputy
Director for Research. “Carnegie Mellon, as an onsite research collaborator, will help enable the NASA Rese', dropped
with its complete first piece (H2121), so Hansen is no speaker; the 10-020 copy's closing lines 'To learn more about the
NASA Lunar Science Institute, visit:' and 'http://lunarscience ' (a link line cut in the stored copy); 00-173's 'The
university’s program has become one of th'; 00-169's 'The Marshall Center is NASA’s premier organization ... and is
the world’s largest complex of aerospace ground t'; the 2019 Marshall release's 'Marshall has worked with the University
of Alabama ... NASA shares resources, personnel and '. Site lines were dropped: the Southeast page's banner lines 'U.S.
Fish & Wildlife Service | Southeast Region News Release', 'U.S. Fish & Wildlife Service Emblem' and 'Fish & Wildlife
Service Bar', its date line 'October 10, 2000' and contact line 'Tom MacKenzie, U.S. Fish and Wildlife Service (404)
679-7291'; the Alaska story's second copy of its headline; the citizenreviewonline.org credit line 'News Release - U.S.
Fish & Wildlife Service' and date line '3/14/03'; the 00-06AR date line 'January 25, 2000', its contact lines (Michael
Mewhinney, NASA Ames Research Center, and Don Hale, Vice President for University Relations, Carnegie Mellon University,
with their telephone and e-mail lines) and 'RELEASE: 00-06AR'; the 10-020 copy's date line 'Jan 27, 2010', its contact
lines (Michael Braukus, Headquarters, with the address broken over several lines, and Michael Mewhinney, Ames Research
Center) and 'RELEASE: 10-020'; the Marshall contact lines 'Contact: Jerry Berg', 'Media Relations Department' and '(256)
544-0034' (00-169 also 'jerry.berg@msfc.nasa.gov') with 'RELEASE: 00-173' and 'RELEASE: 00-169'; and the empty lines between
paragraphs. Headlines are kept once as the first line where the stored copy has one (the Alaska story, the Norton
release, 00-06AR and 10-020, the last two in capitals as stored); the Southeast release, the two Marshall releases of
2000 and the 2019 Marshall copy have none in the stored copy, and none is added (H1818). The hard line breaks inside the
paragraphs of the three spacenews.com copies of 2000 are joined with a space (H902). Wording, the lost full stops and
the spaces before closing marks of the aus-city.com copy (H521), the headline's 'America’s' beside the body's straight
'editor's' in the Norton copy, dashes and quotation marks (straight or curly as stored) are as stored. Pages read but
left out: pages already in earlier sets (the DOI release on Secretary Salazar's planks at Pelican Island, the FWS radio
campaign release with Salazar, the EPA Superfund releases of the Region 7 report with Jim Gulliford, 'What They Are
Saying' and the Strasburg Landfill report, the USDA community facilities releases with Anne Hazlett and Bette Brand, the
NWS page on the president's meeting with forecasters, the FEMA press resources page of September 2008 with Mike Hall),
pages that keep fewer than two quotations once the cut paragraph is dropped (the DOI release of June 12, 2008 with
Secretary Kempthorne, the EPA release of April 16, 2018 with Scott Pruitt, the USGS media advisory of May 4, 2006 with a
senator's quotation), a Saving Seafood tag page whose item on NOAA's 2025 hurricane outlook shows no credit line and
keeps one quoted official once its cut paragraph is dropped, copies of joint releases with private partners (the
National Park Foundation's America's Best Idea grants on a volunteers' blog), listings, newsletters, grant notices,
briefing transcripts, speeches and remarks (blm.gov, fema.gov, fws.gov, usgs.gov and irp.nih.gov listings, NIH grant
announcements, CDC telebriefing transcripts, embassy remarks) and pages of newspapers, broadcasters and blogs found by
the same searches. None of the pages used is in any set above or in another helper's worktree (checked by URL, slug and
page id (n00-010, fws.gov/story/2000-10, citizenreviewonline, 00-06AR, 20100128010503, 00-173, 00-169,
nasa-marshall, nasa-forms, nasa-university-of-alabama-to-collaborate), by headline and by the names of their speakers
and phrases, such as National wildlife refuges enjoy a unique niche, Many wildlife species are very active in the fall,
Alaska Refuge Partnership, remarkable renaissance, Dave Allen, Tony Knowles, Kicks Off 100th Anniversary, President Bush
is committed to carrying on the 100-year, Centennial Boardwalk, Jared L. Cohon, shared-use R&D campus, Developing a
presence in Silicon Valley, INLSE, Israel Network for Lunar Science, Lunar Science Institute, Zvi Kaplan, The
considerable capabilities of the INLSE, East Tennessee State, Scott M. Niswonger, By leveraging the complementary
capabilities, Our working together has the potential, Arnold Engineering Development Center, Von Braun Center, By
working together, we can enhance the effectiveness, Art Stephenson, Jerry Berg, Space Days at UA, Rose Administration
Building, Stuart Bell, NASA is actively partnering with universities, Additive manufacturing is a rapidly evolving,
with grep over tests/data of the main tree and of every other helper's worktree: no hit, except Bruce Babbitt, Gale
Norton, Jamie Rappaport Clark, Charles Bolden, Pete Worden, Jody Singer and Michael Mewhinney, named or quoted in other
texts of earlier sets, and other messages of the aus-city.com list archive (H521)). 26 calls of the `search` tool were
used (no `read_file` calls). The annotation (rules H2510–H2514 in `ANNOTATION.md` on top of the earlier rules) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""
DOCS = [
dict(
    id="fws-h766-2000-10-10-southeast-national-wildlife-refuge-week",
    source="https://www.fws.gov/southeast/news/2000/n00-010.html",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service Southeast Region news release n00-010 of October 10, 2000 on National Wildlife Refuge Week, October 8-14, with Secretary of the Interior Bruce Babbitt; the banner lines 'U.S. Fish & Wildlife Service | Southeast Region News Release', 'U.S. Fish & Wildlife Service Emblem' and 'Fish & Wildlife Service Bar', the date line 'October 10, 2000' and the contact line 'Tom MacKenzie, U.S. Fish and Wildlife Service (404) 679-7291' dropped; no headline in the stored copy, none added (H1818); the paragraph '\"Wildlife conservation always comes first on refuges, ...,\" said Jamie Rappaport Clark, director of the U.S. Fish and Wildlife Service. \"During National Wildlife Refuge W', cut in the stored copy, dropped with its complete first piece (H2121), so Clark is no speaker; a cue with the role in apposition after the name and a writer's term in marks (H2510); straight marks as stored)",
    text='''Celebrate National Wildlife Refuge Week, October 8-14, by participating in any one of more than 230 fishing derbies, nature walks, birding tours, special hunts, photography and wildlife art contests, environmental education activities, and other events taking place at national wildlife refuges all across the country.
"National wildlife refuges enjoy a unique niche among the nation's public lands, and National Wildlife Refuge Week is a great opportunity to visit one for the first time," said Bruce Babbitt, Secretary of the Interior. "Many wildlife species are very active in the fall, so it's one of the best times of year to experience the drama of animals in the wild."
Nearly 100 years since Teddy Roosevelt established the first refuge, the National Wildlife Refuge System has grown into a 93-million-acre network of lands and waters, protected and nurtured as habitat for a tremendous diversity of plant and animal species. National wildlife refuges range from tiny Pelican Island along Florida's east coast, the nation's first refuge, to the 20-million-acre Arctic National Wildlife Refuge in Alaska, one of the wildest places left in America.
Many of the 531 national wildlife refuges serve as rest stops along the major "flyways" used by migrating ducks, geese, and songbirds; others were set aside as sanctuaries for endangered species such as the bald eagle, whooping crane, and the Florida manatee. With urban areas expanding relentlessly, the public is increasingly relying on national wildlife refuges to preserve our natural heritage.''',
    quotes=[
        Q('"National wildlife refuges enjoy', 'for the first time,"', "Bruce Babbitt"),
        Q('"Many wildlife species', 'animals in the wild."', "Bruce Babbitt"),
        Q('"flyways"', None, None),
    ],
    aliases={"Bruce Babbitt": ["Bruce Babbitt", "Secretary of the Interior"]},
),
dict(
    id="fws-h766-2000-10-alaska-refuge-week-partnership-awards",
    source="https://www.fws.gov/story/2000-10/national-wildlife-refuge-week-sharing-appreciation-natural-world",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service Alaska Region release of October 2000 (dated by its address and the week it names) on National Wildlife Refuge Week in Alaska, the 'Alaska Refuge Partnership' awards presented by Regional Director Dave Allen and Governor Tony Knowles' proclamation, with Secretary of the Interior Bruce Babbitt, stored as a fws.gov story page; the headline, stored twice, kept once as the first line; the paragraph 'From a single three acre in 1903, the National Wildlife Refuge System has grown into a 93-million-acre network of lands and waters, protected for the American p', cut in the stored copy, dropped; an award name in marks and two pieces after an inverted cue with the full title (H2510); straight marks as stored)",
    text='''National Wildlife Refuge Week Sharing an Appreciation for the Natural World
This is National Wildlife Refuge Week. Celebrate by participating in nature walks, birding tours, photography and wildlife art contests, environmental education activities, and many other events taking place at refuges all across the country. For example, the Alaska Maritime National Wildlife Refuge is hosting an open house in Homer this weekend, and Kodiak National Wildlife Refuge is hosting a week-long wildlife art show at its Visitors Center.
At a U.S. Fish and Wildlife Service reception yesterday, Regional Director Dave Allen presented five "Alaska Refuge Partnership" awards recognizing the substantial contributions of private citizens and organizations to the mission of the National Wildlife Refuge System in Alaska. The five recipients were: the Alaska Natural History Association, the Association of Village Council Presidents, Ducks Unlimited, the Homer Chamber of Commerce and The Nature Conservancy. (More information about individual recipients at the end of this release).
Governor Tony Knowles signed an Executive Proclamation designating this week as Wildlife Refuge Week in Alaska. In the Proclamation, he encourages all Alaskans to join the rest of the Nation in rediscovering and celebrating the magnificent public lands network of the National Wildlife Refuge System.
"National Wildlife Refuge Week is a great opportunity for those who have never experienced a refuge to visit one for the first time," said Secretary of the Interior Bruce Babbitt. "The Refuge System has enjoyed a remarkable renaissance in recent years. There is strong support from the Administration, Congress, and conservation organizations. Public visitation is at an all time high."''',
    quotes=[
        Q('"Alaska Refuge Partnership"', None, None),
        Q('"National Wildlife Refuge Week is a great opportunity', 'for the first time,"', "Bruce Babbitt"),
        Q('"The Refuge System has enjoyed', 'at an all time high."', "Bruce Babbitt"),
    ],
    aliases={"Bruce Babbitt": ["Bruce Babbitt", "Secretary of the Interior Bruce Babbitt"]},
),
dict(
    id="fws-h766-2003-03-14-norton-refuge-system-centennial-pelican-island",
    source="https://citizenreviewonline.org/mar_2003/interior.htm",
    license=PDC, retrieved=PAGES + " (copy of a U.S. Fish and Wildlife Service news release of March 14, 2003 on Secretary of the Interior Gale Norton's ceremony for the Centennial of the National Wildlife Refuge System at Pelican Island National Wildlife Refuge, on citizenreviewonline.org; headline kept as the first line; the credit line 'News Release - U.S. Fish & Wildlife Service' and the date line '3/14/03' dropped (H2511); the paragraph '\u201cThe U.S. Fish & Wildlife Service is using this historic occasion to put the welcome mat out to every American. There is a wildlife refuge in every state and one', cut in the stored copy before its close and its cue, dropped; two pieces around an inverted cue with the title, the headline's `Interior Secretary Norton` an alias (H2511); the headline's curly apostrophe, the body's straight one and curly marks as stored)",
    text='''Interior Secretary Norton Kicks Off 100th Anniversary Celebration at America’s First National Wildlife Refuge: Administration Highlights Commitment to Conservation at Historic Event
Washington, D.C. - Secretary of the Interior Gale Norton was joined today by thousands of wildlife enthusiasts, members of Congress and notable conservationists to celebrate the Centennial of the National Wildlife Refuge System, the only federal system of lands dedicated to conserving wildlife. Sebastian, Florida is home to Pelican Island, the first National Wildlife Refuge, created by President Theodore Roosevelt on March 14, 1903.
Secretary Norton presided over a special ceremony at Pelican Island National Wildlife Refuge to honor the entire Wildlife Refuge System by installing the final plank in the Centennial Boardwalk, leading to a new viewing tower overlooking Pelican Island. Each plank in the Boardwalk is inscribed with the name of a wildlife refuge created in the past 100 years, 540 in all. The site was rededicated as a national historic landmark.
“President Bush is committed to carrying on the 100-year conservation legacy of President Roosevelt,” said Secretary Norton. “On this historic occasion, we invite every American to discover a wildlife refuge near their home and to join with us in protecting these natural treasures for the next 100 years.”
Centennial celebrations occurred simultaneously at wildlife refuges across America, and will continue throughout the year. National Wildlife Refuges are open to the public (see editor's note), with many having new facilities such as the observation tower at the Pelican Island National Wildlife Refuge. The new observation tower offers, for the first time, views of the pelicans for which the island was named.''',
    quotes=[
        Q('“President Bush is committed', 'legacy of President Roosevelt,”', "Gale Norton"),
        Q('“On this historic occasion', 'for the next 100 years.”', "Gale Norton"),
    ],
    aliases={"Gale Norton": ["Gale Norton", "Secretary of the Interior Gale Norton", "Secretary Norton", "Interior Secretary Norton"]},
),
dict(
    id="nasa-ames-h766-2000-01-25-carnegie-mellon-partnership-research-park",
    source="https://spacenews.com/nasa-forms-partnership-to-bring-carnegie-mellon-university-to-silicon-valley",
    license=PDC, retrieved=PAGES + " (copy of the NASA Ames Research Center release 00-06AR of January 25, 2000 on the memorandum of understanding signed by Ames Director Henry McDonald and Carnegie Mellon University President Jared L. Cohon for a partnership at the NASA Research Park, on spacenews.com; the date line 'January 25, 2000', the contact lines of Michael Mewhinney (NASA Ames Research Center) and Don Hale (Vice President for University Relations, Carnegie Mellon University) with their telephone and e-mail lines, and 'RELEASE: 00-06AR' dropped; headline kept as the first line, in capitals as stored; the hard line breaks inside the paragraphs joined with a space (H902); the paragraph '\u201cA Carnegie Mellon research presence in computer science at Ames ...,\u201d said Dr. Jack Hansen, NASA Ames Deputy Director for Research. \u201cCarnegie Mellon, as an onsite research collaborator, will help enable the NASA Rese', cut in the stored copy, dropped with its complete first piece (H2121), so Hansen is no speaker; two speakers with two pieces each, the second cued `he added` and `he said` (H2512); curly marks as stored)",
    text='''NASA FORMS PARTNERSHIP TO BRING CARNEGIE MELLON UNIVERSITY TO SILICON VALLEY
NASA Ames Research Center Director Dr. Henry McDonald and Carnegie Mellon University President Jared L. Cohon today signed a Memorandum of Understanding (MOU) to establish a partnership to explore bringing the world-class information technology research and educational expertise of Carnegie Mellon to Silicon Valley.
Ames and Carnegie Mellon will work together to plan future information technology research and development and education partnerships at Ames Research Center’s NASA Research Park, according to the terms of the agreement.
“Our goal is to develop a world-class, shared-use R&D campus by partnering with industry, academia and nonprofits in the NASA Research Park,” McDonald said. “I am delighted to form this partnership with Carnegie Mellon University to conduct joint research in information technologies and to develop new ideas to improve the region’s education infrastructure,” he added.
“Developing a presence in Silicon Valley is important to our future as a world-class research university,” Cohon said. “This research partnership with Ames at the NASA Research Park is an outstanding opportunity for our university, the Pittsburgh region and the state of Pennsylvania,” he said.''',
    quotes=[
        Q('“Our goal is to develop', 'in the NASA Research Park,”', "Henry McDonald"),
        Q('“I am delighted to form this partnership', 'education infrastructure,”', "Henry McDonald"),
        Q('“Developing a presence in Silicon Valley', 'world-class research university,”', "Jared L. Cohon"),
        Q('“This research partnership with Ames', 'the state of Pennsylvania,”', "Jared L. Cohon"),
    ],
    aliases={"Henry McDonald": ["Henry McDonald", "NASA Ames Research Center Director Dr. Henry McDonald", "Dr. Henry McDonald", "McDonald"],
             "Jared L. Cohon": ["Jared L. Cohon", "Carnegie Mellon University President Jared L. Cohon", "Cohon"]},
),
dict(
    id="nasa-h766-2010-01-27-israeli-expertise-lunar-science-institute-ames",
    source="https://aus-city.com/cgi-bin/dada/mail.cgi?flavor=archive&id=20100128010503&list=NASA_REPORTS",
    license=PDC, retrieved=PAGES + " (NASA release 10-020 of January 27, 2010 on the joint statement of NASA and the Israel Space Agency recognizing the Israel Network for Lunar Science and Exploration (INLSE) as an affiliate partner of the NASA Lunar Science Institute at Ames, with Administrator Charles Bolden, Ames Director Pete Worden and Israel Space Agency Director Zvi Kaplan, as kept by the aus-city.com archive of NASA's news list NASA_REPORTS; the date line 'Jan 27, 2010', the contact lines (Michael Braukus, Headquarters, Washington, with his address broken over several lines; Michael Mewhinney, Ames Research Center) and 'RELEASE: 10-020' dropped; headline kept as the first line, in capitals as stored; the closing lines 'To learn more about the NASA Lunar Science Institute, visit:' and 'http://lunarscience ', cut in the stored copy, dropped; the copy's lost full stops and the spaces before closing marks kept as stored (H521); three speakers with two pieces each, the cue running into the second piece without a stop, and a rank without its dot before the name (H2513); straight marks as stored)",
    text='''NASA ADDS ISRAELI TECHNICAL EXPERTISE TO LUNAR SCIENCE RESEARCH AT AMES
WASHINGTON -- NASA and the Israel Space Agency have signed a joint statement that recognizes the Israel Network for Lunar Science and Exploration, or INLSE, as an affiliate partner with the NASA Lunar Science Institute at the agency's Ames Research Center in Moffett Field, Calif
"NASA looks forward to working with this distinguished Israeli organization to benefit from our shared expertise and advance our understanding of lunar science," said agency Administrator Charles Bolden "We want to develop more of these partnerships to inspire students throughout the world to study science, technology, engineering and math "
The INLSE will bring technical and engineering expertise to advance the broad goals of lunar science at the institute The initial focus will be on laser communications, robotics, remote sensing and other technologies for future lunar missions In addition, there will be a major emphasis on education and public outreach inspired by lunar science
"I am very excited the INLSE has become an affiliate member of the NASA Lunar Science Institute," said Ames Director Pete Worden "The considerable capabilities of the INLSE in science and related technology development will greatly extend our institute's reach "
"The Israel Space Agency is honored to be a part of the NASA Lunar Science Institute, with the hope of becoming an energetic and vital member," said Israel Space Agency Director Gen Zvi Kaplan "We are grateful to NASA for this outstanding opportunity to take part in this most important partnership and for enabling the Israel Space Agency to contribute and share in this challenging human experience "''',
    quotes=[
        Q('"NASA looks forward', 'understanding of lunar science,"', "Charles Bolden"),
        Q('"We want to develop', 'engineering and math "', "Charles Bolden"),
        Q('"I am very excited', 'NASA Lunar Science Institute,"', "Pete Worden"),
        Q('"The considerable capabilities', 'our institute\'s reach "', "Pete Worden"),
        Q('"The Israel Space Agency is honored', 'an energetic and vital member,"', "Zvi Kaplan"),
        Q('"We are grateful to NASA', 'challenging human experience "', "Zvi Kaplan"),
    ],
    aliases={"Charles Bolden": ["Charles Bolden", "agency Administrator Charles Bolden"],
             "Pete Worden": ["Pete Worden", "Ames Director Pete Worden"],
             "Zvi Kaplan": ["Zvi Kaplan", "Israel Space Agency Director Gen Zvi Kaplan"]},
),
dict(
    id="nasa-msfc-h766-2000-east-tennessee-state-university-agreement",
    source="https://spacenews.com/nasa-marshall-center-signs-research-agreement-with-east-tennessee-state-university/",
    license=PDC, retrieved=PAGES + " (copy of the NASA Marshall Space Flight Center release 00-173 of 2000 (dated by its number and the Tennessee Valley 2000 Regional Economic Summit it names) on the memorandum of understanding with East Tennessee State University, with Center Director Art Stephenson, on spacenews.com; the contact lines 'Contact: Jerry Berg', 'Media Relations Department' and '(256) 544-0034' and 'RELEASE: 00-173' dropped; no headline in the stored copy, none added (H1818); the hard line breaks inside the paragraphs joined with a space (H902); the paragraph 'The university\u2019s program has become one of th', cut in the stored copy, dropped; two pieces around an inverted cue with the full title, the co-signer named without marks (H2514); curly marks as stored)",
    text='''NASA’s Marshall Space Flight Center in Huntsville, Ala., has reached an agreement with East Tennessee State University in Johnson City to work jointly on research, education and the transfer of new technologies to U.S. industries.
The Memorandum of Understanding, signed today during the Tennessee Valley 2000 Regional Economic Summit in Huntsville, establishes the framework for collaboration to enhance both Marshall and the university’s missions in science and technology.
“By leveraging the complementary capabilities of both organizations, we can discover better solutions to challenges in design graphics, engineering, technology and education,” said Marshall Center Director Art Stephenson. “Our working together has the potential to benefit the region and the nation.”
The agreement was signed by Stephenson and Dr. James A. Hales, dean of the College of Applied Science and Technology at East Tennessee State University. Hales becomes the university’s first Special Assistant to the President for Economic Development on Aug. 1, and will serve as a full-time liaison between the business and industry community in the region and East Tennessee State.
The Marshall Center is NASA’s premier organization for development of space transportation and propulsion systems, as well as NASA’s leader in microgravity research. East Tennessee State University enrolls nearly 12,000 students and offers more than 100 degree programs.
The newly named Scott M. Niswonger Advanced Visualization Lab at East Tennessee State University is recognized worldwide in the field of computer animation and graphics and visualization, drawing students from all parts of the U.S. as well as Europe and Asia. With this computer animation track, students may specialize in broadcast/special effects, character animation, product design/marketing or visual simulation.''',
    quotes=[
        Q('“By leveraging the complementary capabilities', 'technology and education,”', "Art Stephenson"),
        Q('“Our working together', 'the region and the nation.”', "Art Stephenson"),
    ],
    aliases={"Art Stephenson": ["Art Stephenson", "Marshall Center Director Art Stephenson", "Stephenson"]},
),
dict(
    id="nasa-msfc-h766-2000-air-force-energy-tennessee-agreement",
    source="https://spacenews.com/nasa-marshall-center-reaches-agreement-with-air-force-and-department-of-energy-in-tennessee/",
    license=PDC, retrieved=PAGES + " (copy of the NASA Marshall Space Flight Center release 00-169 of 2000 (dated by its number, the Tennessee Valley 2000 Regional Economic Summit and the signing on June 1 it names) on the memorandum of understanding with the Air Force's Arnold Engineering Development Center and the Department of Energy's Oak Ridge Operations, with Center Director Art Stephenson, on spacenews.com; the contact lines 'Contact: Jerry Berg', 'Media Relations Department', '(256) 544-0034' and 'jerry.berg@msfc.nasa.gov' and 'RELEASE: 00-169' dropped; no headline in the stored copy, none added (H1818); the hard line breaks inside the paragraphs joined with a space, the second piece starting on a wrapped line of the same paragraph (H902); the paragraph 'The Marshall Center is NASA\u2019s premier organization ... and is the world\u2019s largest complex of aerospace ground t', cut in the stored copy, dropped; a cue with the role in apposition after the name (H2514); em dash and curly marks as stored)",
    text='''NASA’s Marshall Space Flight Center in Huntsville, Ala., has reached an agreement with U.S. Air Force and U.S. Department of Energy facilities in Tennessee to work jointly on research, development and test activities.
The Memorandum of Understanding, to be signed this week during the Tennessee Valley 2000 Regional Economic Summit in Huntsville, focuses on collaboration and leveraging of the complementary capabilities of the organizations.
The agreement between the Marshall Center and the U.S. Air Force Arnold Engineering Development Center at Arnold Air Force Base, Tenn., and U.S. Department of Energy Oak Ridge Operations, in Oak Ridge, Tenn., will be signed by officials of those agencies June 1 at 12:30 p.m. at the Von Braun Center in Huntsville.
“By working together, we can enhance the effectiveness of our operations,” said Art Stephenson, Marshall Center director. “We will benefit from each other’s accomplishments and capabilities as we pursue new joint opportunities.”
The agreement calls for collaboration in research, development, test and evaluation to make the best use of scientific and engineering capabilities and facilities supporting the missions of the three government agencies.
The Marshall Center has previously reached cooperative agreements with both Tennessee facilities. The Memorandum of Understanding is more comprehensive, however, in that the agencies will seek new opportunities to work on projects together — rather than merely share information about current or planned projects.''',
    quotes=[
        Q('“By working together', 'effectiveness of our operations,”', "Art Stephenson"),
        Q('“We will benefit', 'new joint opportunities.”', "Art Stephenson"),
    ],
    aliases={"Art Stephenson": ["Art Stephenson", "Marshall Center director"]},
),
dict(
    id="nasa-msfc-h766-2019-11-university-of-alabama-in-space-manufacturing",
    source="https://spacenews.com/nasa-university-of-alabama-to-collaborate-on-advanced-in-space-manufacturing/",
    license=PDC, retrieved=PAGES + " (copy of a NASA Marshall Space Flight Center release of November 2019 on the memorandum of understanding with the University of Alabama on advanced and in-space manufacturing, signed Wednesday, Nov. 6, by Marshall Director Jody Singer and Alabama President Stuart Bell, with Singer, on spacenews.com (no release number or credit line in the kept text; taken as NASA's release by its form, SOURCES.md, H2514); no headline in the stored copy, none added (H1818); the paragraph 'Marshall has worked with the University of Alabama through multiple Space Act Agreements since 2015. ... NASA shares resources, personnel and ', cut in the stored copy, dropped; three pieces of one speaker, a cue after the first and one between the second and third (H2514); em dashes and curly marks as stored)",
    text='''NASA’s Marshall Space Flight Center in Huntsville, Alabama, is expanding its partnership with the University of Alabama in Tuscaloosa to collaborate on advanced and in-space manufacturing.
Marshall Director Jody Singer and Alabama President Stuart Bell signed a memorandum of understanding on Wednesday, Nov. 6, in the university’s Rose Administration Building shortly before the Space Days at UA official kickoff.
“NASA is actively partnering with universities and industry from across the country to leverage and accelerate technology development in key areas, especially areas that will make it possible to sustainably live and work on the lunar surface, achieving the Artemis vision,” Singer said.
Artemis is NASA’s path to the Moon and the next step in human exploration of our solar system. Through Artemis, NASA will land the first woman and next man on the Moon by 2024, assisted by innovative partners, technologies and systems. NASA is investing in innovative in-space manufacturing technologies — such as additive manufacturing, in-situ resource utilization, advanced welding — that will aid in developing the technological solutions needed to enable human missions to the Moon, Mars and other deep space destinations.
“Additive manufacturing is a rapidly evolving, disruptive technology,” Singer said. “As NASA continues to invest in in-space additive technology innovations, we welcome collaborations with industry and academia to develop these technologies. I applaud the University of Alabama for pursuing the development of advanced technologies that will help NASA achieve our mission.”''',
    quotes=[
        Q('“NASA is actively partnering', 'achieving the Artemis vision,”', "Jody Singer"),
        Q('“Additive manufacturing is', 'disruptive technology,”', "Jody Singer"),
        Q('“As NASA continues to invest', 'NASA achieve our mission.”', "Jody Singer"),
    ],
    aliases={"Jody Singer": ["Jody Singer", "Marshall Director Jody Singer", "Singer"]},
),
]
