# Held-out English news texts (tests/data/heldout277-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of features, blog posts and releases of US federal agencies (public domain, 17 U.S.C.
# § 105): two NASA Earth science blog posts (Operation IceBridge's science team meeting of 2013, as archived by the UNT
# web archive; the DCOTSS summer storm campaign, blogs.nasa.gov), a NASA Earth Expeditions post by a participant of the
# ABoVE campaign (blogs.nasa.gov, October 2018), a NASA Johnson Space Center feature on a multimedia producer (copied
# verbatim in an RSS reader page on websiteflyer.com), a Department of the Interior release on Secretary Haaland's visit
# to Utah (doi.gov, April 2021), a HUD release on a new round of Promise Zones (copied verbatim on a grant-consulting
# blog, governmentfundingsolutions.net) and a National Archives (NARA) feature of its Prologue magazine on the exhibits
# staff (archives.gov, Winter 2004). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped with everything after
# it (noted in `retrieved`). Blog and site furniture, bylines, 'Posted on' and rating lines, date and contact lines,
# photo captions and photo credits are dropped; a headline is kept as the first line where the stored copy has one;
# wording, spelling ('final fight', 'back at in the lab', 'DCTOSS', 'each another') and quotation marks (straight or
# curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H1685-H1687 in
# ANNOTATION.md on top of the rules of the sets above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout277-en.jsonl

Built by `build.py` from `heldout277_pages.py`. Like heldout146-en, heldout175-en, heldout200-en, heldout251-en and
heldout259-en, these texts are stored web pages (the `pages` search corpus) of features, blog posts and news releases of
US federal agencies other than the military (public domain, 17 U.S.C. § 105), none of them used in a set above: a NASA
Operation IceBridge blog post on the IceBridge science team meeting at Goddard (February 4, 2013, blogs.nasa.gov as
archived by the UNT Libraries web archive), a NASA Earth Expeditions post on the DCOTSS summer storm campaign
(blogs.nasa.gov), a NASA Earth Expeditions post of October 2018 by Mandy Bayha on Indigenous students accompanying the
ABoVE campaign (blogs.nasa.gov), a NASA Johnson Space Center feature on the multimedia producer Tristan McKnight (copied
verbatim in an RSS reader page on websiteflyer.com), a Department of the Interior release on Secretary Deb Haaland's
three-day visit to Utah (April 9, 2021, doi.gov), a HUD release on the competition for a new round of Promise Zones with
Secretary Julián Castro (copied verbatim on the grant-consulting blog governmentfundingsolutions.net) and a National
Archives (NARA) "Spotlight on NARA" feature of Prologue magazine on the exhibits staff and the Public Vaults (Winter
2004, archives.gov). None is credited to AP, Reuters, AFP or another third party; the copies on non-government sites are
the agencies' own texts, not reporting of those sites. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and a cut paragraph is dropped with everything after it (what was dropped is noted per
page). Blog furniture, bylines, date, contact and rating lines, photo captions and photo credits were dropped; wording
and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their
speakers such as Studinger, Webb, Bowman, Bayha, McKnight, Haaland, Castro, Chris Rudy Smith and Pinkert, and by two
distinctive phrases each such as 'Goddard Hosts IceBridge Science Team', 'DCOTSS', 'We are the land and the land is
us', 'Back in the Saddle', 'Wraps Three-Day Visit', 'former mayor of an urban Promise Zone' and 'Public Vaults', grepped
in tests/data of the main checkout and of every other helper's worktree). Candidates found in earlier sets were left
out (the Marshall Star of August 28, 2024 in heldout54-en, the Peace Corps release on Director Vasquez's travels in
heldout61-en, the NPS family-fun release in heldout121-en, the FWS Recovery Champions of 2018 in heldout122-en, the
FEMA Aurora grant in heldout54-en, Administrator Criswell in Lake Charles in heldout52-en, FEMA's 2008 press page in
heldout27-en), and so were pages whose stored part keeps a single quotation (build.py needs two per document; see
H1685). The annotation (rules H1685–H1687 in `ANNOTATION.md`) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nasa-icebridge-blog-2013-02-04-goddard-hosts-science-team-meeting",
    source="https://webarchive.library.unt.edu/web/20130213204055mp_/http://blogs.nasa.gov/cm/blog/icebridge",
    license=PD, retrieved=PAGES + " (NASA Operation IceBridge blog post of February 4, 2013 by George Hale, as archived by the UNT Libraries web archive on February 13, 2013; the blog lines 'NASA BLOGS', 'Dashboard |  Welcome: guest |', 'Operation IceBridge' and '1 - 7 of 108 posts. Total pages: 16     Go To', the line 'Posted on Feb 04, 2013 11:24:14 AM | George Hale', the comment and rating line and the byline 'By George Hale, Science Outreach Coordinator, NASA Goddard Space Flight Center' dropped; the post title kept as the first line; the photo caption 'NASA scientist Bryan Blair gives a presentation on the future of the Land Vegetation and Ice Sensor (LVIS)', stored twice at the end, dropped; the straight marks and the en dash of 'Jan. 29–31' as stored)",
    text='''NASA Goddard Hosts IceBridge Science Team Meeting
Large scientific missions like IceBridge take continual planning to keep running. In addition to regular telephone and email collaboration, IceBridge researchers meet in person twice a year to discuss the mission's science aims, results and plans for future campaigns. The first of 2013's IceBridge science team meetings and the annual meeting of the Program for Arctic Regional Climate Assessment (PARCA) took place at NASA's Goddard Space Flight Center in Greenbelt, Md., Jan. 29–31.
The IceBridge science team is a group of polar scientists from a variety of institutions and serves multiple functions. The largest of these functions is guiding the mission toward meeting its science requirements. "The team provides general guidance and advice," said IceBridge project scientist Michael Studinger. "They look at how far down the road we are to meeting our level one science requirements."
The science team meeting was joined by the annual meeting of PARCA, a NASA initiated program started in 1995 to understand changes to the Greenland Ice Sheet. This was to be accomplished through periodic airborne surveys, satellite remote sensing and surface-based research. Starting in 2009, PARCA's annual meeting has been scheduled to coincide with IceBridge's science team meeting. "Originally PARCA was a Greenland field campaign planning meeting," said NASA scientist Charles Webb. "Having the meetings together logically makes sense."''',
    quotes=[
        Q('"The team provides', 'and advice,"', "Michael Studinger"),
        Q('"They look at', 'science requirements."', "Michael Studinger"),
        Q('"Originally PARCA', 'planning meeting,"', "Charles Webb"),
        Q('"Having the meetings', 'makes sense."', "Charles Webb"),
    ],
    aliases={"Michael Studinger": ["IceBridge project scientist Michael Studinger"],
             "Charles Webb": ["NASA scientist Charles Webb"]},
),
dict(
    id="nasa-earthexpeditions-dcotss-summer-storm-research-next-stage",
    source="https://blogs.nasa.gov/earthexpeditions/",
    license=PD, retrieved=PAGES + " (NASA Earth Expeditions blog front page, undated in the stored part, with the post 'NASA’s Summer Storm Research Is Flying Into The Next Stage' by Jude Coleman on the DCOTSS campaign (flights in 2021 and 2022); the post title kept as the first line; the image line 'A small aircraft coming in for landing at sunset.', the caption 'NASA’s ER-2 landing after a day spent flying above thunderstorms for the DCOTSS field campaign. Credit: NASA/Cameron Homeyer', the byline 'By Jude Coleman', the image line 'View out of the cockpit of the ER-2 cockpit while in flight. ...' and the caption 'The view from the ER-2. Credit: NASA/Greg Nelson' dropped; the paragraph 'For the last two summers, DCOTSS team meteorologists kept their eyes peeled for', cut in the stored copy, and everything after it dropped; 'DCTOSS', 'final fight' and 'back at in the lab' and the curly marks as stored)",
    text='''NASA’s Summer Storm Research Is Flying Into The Next Stage
A low, surging wind picks up as the first few raindrops splatter onto dusty ground. Dense cumulonimbus clouds, like soot-stained cotton balls, knot tighter and tighter in the sky. While the thick scent of petrichor and ozone invades the air, an electric burst of lightning slashes through the sky; deafening cracks of thunder follow, like the footsteps of some celestial giant crashing through the atmosphere.
Summer thunderstorms like this may last just a few minutes, or for several hours. In their wake, the NASA Dynamics and Chemistry of the Summer Stratosphere, or DCOTSS, operations room buzzes with activity. After a storm, the Kansas-based crew sends out a high-altitude plane loaded with instruments to take measurements and make observations.
In a process called convection, thunderstorms’ roiling activity draws up warm air from the lower atmosphere and cools it as it travels higher, sometimes shooting it into the next atmospheric layer above called the stratosphere. The DCTOSS team aims to figure out exactly what material swirling in the air gets transferred between atmospheric layers when this happens.
“Until this mission, nobody had ever tried to do this,” said Ken Bowman, DCOTSS principal investigator. “There haven’t been direct observations to tell us how this happens or how important it is.” Bowman and his crew completed their final fight in July, and are now back at in the lab to begin sorting through the data they’ve collected.''',
    quotes=[
        Q('“Until this mission', 'to do this,”', "Ken Bowman"),
        Q('“There haven’t been', 'how important it is.”', "Ken Bowman"),
    ],
    aliases={"Ken Bowman": ["Bowman", "Ken Bowman, DCOTSS principal investigator"]},
),
dict(
    id="nasa-earthexpeditions-2018-10-we-are-the-land-indigenous-women-above",
    source="https://blogs.nasa.gov/earthexpeditions/2018/10/",
    license=PD, retrieved=PAGES + " (NASA Earth Expeditions blog archive page of October 2018 with the first-person post by Mandy Bayha on the ABoVE campaign; the post title kept as the first line; the photo caption 'University environmental science students Joanne Spearman (left) and Mandy Bayha, ... Credits: NASA' dropped; the paragraph 'On August 20 I traveled to Yellowknife to participate in the Arctic-Boreal Vulnerab', cut in the stored copy, and everything after it dropped; the place and group names with their diacritics ('Délįnę', 'Sahtúotįnę', 'Got’įnę'), the bracketed pronunciation, 'each another' and the curly marks as stored)",
    text='''We Are The Land and the Land Is Us: Indigenous Women Accompany NASA Campaign Studying Climate Change in the Arctic
My name is Mandy Bayha and I am from a small community called Délįnę [pronounced De-lee-nay] in Canada’s Northwest Territories. With a population of about 500, the community is nestled on the shores of the southwest Keith arm of the beautiful Great Bear Lake. The Sahtúotįnę (which means “people of Great Bear Lake”) have been its only inhabitants since time immemorial. The community is rich in culture and language and has a deep sense of love and connection to the land, especially the lake. I am a student in environmental science and conservation biology and also the indigenous healing coordinator (an initiative called “Sahtúotįnę Nats’eju”) for the Délįnę Got’įnę government. Under the guidance and mentorship of the elders, knowledge holders, and leadership of my community, I have been tasked to facilitate and implement a pilot project that aims to bridge the gap between traditional knowledge and western knowledge to create a seamless and holistic approach to health and wellness.
Traditional knowledge is relevant to everything we do, from healing, governance, and environmental management to early childhood development and education. Traditional knowledge encompasses virtually every human relationship and dynamic and outlines our relationships with each another, our Mother Earth, and our creator. As our elders say, “We are the land and the land is us. The land provides everything to us and is like a mother to us all and we all come from her.” It is our belief that everything is interconnected and in a constant relationship, forever and always.''',
    quotes=[
        Q('“people of Great Bear Lake”', None, None),
        Q('“Sahtúotįnę Nats’eju”', None, None),
        Q('“We are the land', 'come from her.”', None),
    ],
),
dict(
    id="nasa-jsc-feature-tristan-mcknight-multimedia-producer",
    source="https://websiteflyer.com/rss2/p/i/?a=normal&rid=67ba92cf05c38&search=author%3A%22Sumer+Loggins%22",
    license=PDC, retrieved=PAGES + " (NASA Johnson Space Center feature by Sumer Loggins on the multimedia producer Tristan McKnight, copied verbatim from NASA's feed in an RSS reader page on websiteflyer.com, stored without headline; the image lines 'Official portrait of Tristan McKnight.' with the credit 'NASA/Josh Valcarcel' and 'Tristan McKnight at the 45th Annual Original Martin Luther King Jr. Day Parade in downtown Houston.' with the credit 'NASA/James Blair' dropped; the paragraph 'One of McKnight’s most memorable events was the 2023 “Back in the Saddle,” ... working in har', cut in the stored copy, and everything after it dropped; the curly marks as stored)",
    text='''For more than a decade, Tristan McKnight has been a driving force behind some of NASA’s most iconic events, orchestrating the behind-the-scenes magic that brings each historic moment to life while sharing the agency’s advancements with the public.
As a multimedia producer on the audiovisual team at Johnson Space Center in Houston, McKnight produces and directs live broadcasts and manages event planning, coordination, and execution. From overseeing resources, mitigating risks, and communicating with stakeholders, he ensures every detail aligns seamlessly.
McKnight has played an integral role in the audiovisual team’s coverage of major events including the Artemis II crew announcement, where NASA revealed the astronauts who will venture around the Moon and back, to Johnson’s 2023 Open House, which celebrated the agency’s 65th anniversary and the 25th anniversary of the International Space Station’s operations. These achievements highlight key milestones in human space exploration.
The team’s dedication and passion are a testament to their commitment to sharing NASA’s legacy with the world.
“Not only have these events been impactful to Johnson, but they have also resonated across the entire agency,” McKnight said. “That is what I’m most proud of!”''',
    quotes=[
        Q('“Not only have', 'entire agency,”', "Tristan McKnight"),
        Q('“That is what I’m most proud of!”', None, "Tristan McKnight"),
    ],
    aliases={"Tristan McKnight": ["McKnight"]},
),
dict(
    id="doi-2021-04-09-secretary-haaland-wraps-three-day-visit-to-utah",
    source="https://doi.gov/news/secretary-haaland-wraps-three-day-visit-utah",
    license=PD, retrieved=PAGES + " (Department of the Interior press release of Friday, April 9, 2021; headline kept as the first line; the lines '04/09/2021', 'Last edited 04/09/2021' and 'Date: Friday, April 9, 2021 Contact: Interior_Press@ios.doi.gov' dropped; the paragraph 'Over the course of the three days, Secretary Haaland met with Tribal leaders ... Sens. ', cut in the stored copy, and everything after it dropped; the curly marks and the spaced en dash as stored)",
    text='''Secretary Haaland Wraps Three-Day Visit to Utah
U.S. Secretary of the Interior Deb Haaland today wrapped several days of field visits and meetings in Utah with elected officials, Tribal leaders, and stakeholders invested in the stewardship of the Bears Ears and Grand Staircase-Escalante National Monuments. The Secretary was in the state as part of the Biden administration’s review of the monuments’ boundaries and management conditions.
“This has been a special trip, and I deeply appreciate the many people who took time to share their wisdom, perspectives, and prayers with me,” said Secretary Haaland. “How we manage public lands and national monuments is important – not just to the Tribes and ranchers and elected leaders and others who I met with this week, but to the many generations to come. I look forward to sharing what I heard and saw with President Biden so he has the benefit of these perspectives as we chart a path forward on the stewardship of these incredible culturally rich places.”
During her visit, Secretary Haaland received a briefing on the national monuments from Bureau of Land Management and Forest Service employees. She visited the Bears Ears Education Center in Bluff, a place run by Friends of Cedar Mesa where visitors can learn about the national monument and how to respectfully visit the important natural and cultural landscapes. She also toured the Edge of the Cedars State Park Museum, where she saw cultural artifacts and Ancestral Puebloan (Anasazi) pottery. She also met with paleontologist Dr. Alan Titus, who showed her fossils from the Grand Staircase-Escalante National Monument.''',
    quotes=[
        Q('“This has been a special trip', 'prayers with me,”', "Deb Haaland"),
        Q('“How we manage', 'culturally rich places.”', "Deb Haaland"),
    ],
    aliases={"Deb Haaland": ["Secretary Haaland", "U.S. Secretary of the Interior Deb Haaland"]},
),
dict(
    id="hud-new-round-of-promise-zones-castro-vilsack-foxx-duncan",
    source="http://governmentfundingsolutions.net/tag/hud/page/2/",
    license=PDC, retrieved=PAGES + " (HUD news release, undated in the stored copy, on the competition for a new round of Promise Zones, copied verbatim on the grant-consulting blog governmentfundingsolutions.net, stored as its 'HUD' tag page; the tag label 'HUD' dropped; the release has no headline in the stored copy; the dateline 'WASHINGTON - ' kept inside the first paragraph; the paragraph '\"The Promise Zones initiative allows us to work directly ...,\" said Agriculture Secretary Tom Vilsack. \"In the current Promise Zones, ... economic and social challenges. ', cut in the stored copy inside Vilsack's quotation, and everything after it dropped; the straight marks as stored)",
    text='''WASHINGTON - U.S. Department of Housing and Urban Development (HUD) Secretary Julián Castro joined U.S. Department of Agriculture Secretary Tom Vilsack, U.S. Department of Transportation Secretary Anthony Foxx, and Education Secretary Arne Duncan to announce a competition to designate a new round of Promise Zones. These Promise Zones are part of the President's plan to create a new pathway to the middle class by partnering with local communities and businesses to create jobs, increase economic security, improve educational opportunities, and reduce violent crime.
Urban, rural, and tribal communities nationwide will be invited to put forward a plan to partner with local business and community leaders to make evidence-based investments that reward hard work and expand opportunity. In exchange, these designees will receive priority access to federal investments that further their strategic plans, federal staff on the ground to help them implement their goals, and five full-time AmeriCorps VISTA members to recruit and manage volunteers and strengthen the capacity of the Promise Zone initiatives.
"As a former mayor of an urban Promise Zone community, I have a unique appreciation for the talent, passion and the vision that local leaders offer when working to turn their communities around," said HUD Secretary Julián Castro. "Promise Zones are about giving folks who have been underserved for far too long the opportunity to build stronger neighborhoods and more prosperous lives. At HUD, we're honored to give other communities the opportunity to transform their futures so this work can continue across the country."''',
    quotes=[
        Q('"As a former mayor', 'communities around,"', "Julián Castro"),
        Q('"Promise Zones are about', 'across the country."', "Julián Castro"),
    ],
    aliases={"Julián Castro": ["HUD Secretary Julián Castro",
                               "U.S. Department of Housing and Urban Development (HUD) Secretary Julián Castro"]},
),
dict(
    id="nara-prologue-2004-winter-behind-the-scenes-with-naras-exhibits-staff",
    source="https://www.archives.gov/publications/prologue/2004/winter/spotlight-exhibits.html",
    license=PD, retrieved=PAGES + " (National Archives and Records Administration, Prologue magazine, Winter 2004, Vol. 36, No. 4, 'Spotlight on NARA' feature; headline kept as the first line; the issue line 'Winter 2004, Vol. 36, No. 4 | Spotlight on NARA' dropped; the paragraph 'Pinkert attributes the success of the Public Vaults to the diverse skill base of his colleagues: \"I feel particularly pleased ... When I walked into this projec', cut in the stored copy, and everything after it dropped; the straight marks, the space before the closing mark of 'faced, \"' and the single marks of 'close encounter' as stored)",
    text='''Behind the Scenes with NARA's Exhibits Staff
The opening in November of the Public Vaults component of the National Archives Experience marked the completion of one of the most important assignments ever given to a small group of National Archives and Records Administration (NARA) employees.
For the exhibits staff, the Public Vaults was the culmination of nearly four years of work: developing a concept; finding the documents or other records, such as film and videotape; writing scripts and labels; working with contractors to design the space and create interactive technology; and, finally, installing the "vaults."
"Building the Public Vaults was the biggest challenge we've ever faced, " said Chris Rudy Smith, head of exhibits. Although the Public Vaults have elements of a traditional exhibit, she said, "for the first time, we included lots of audiovisual materials, we developed mechanical interactives, and we considered the best ways to use computer interactives."
As a result, the Public Vaults, located just behind the Rotunda in the National Archives Building in Washington, D.C., are a sharp departure from the many exhibits the staff has prepared over the years for audiences in Washington and in cities around the country.
The Public Vaults give the visitor the feeling of going into the vaults and stacks of the National Archives to allow visitors to interact with records through new user-friendly high technology.
"We wanted visitors to begin to understand why records matter," said Marvin Pinkert, director of museum programs. "Our strategy was to give them the type of 'close encounter' with the process of discovery that genealogists, historians, and filmmakers experience in the National Archives research rooms every day."''',
    quotes=[
        Q('"vaults."', None, None),
        Q('"Building the Public Vaults', 'ever faced, "', "Chris Rudy Smith"),
        Q('"for the first time', 'computer interactives."', "Chris Rudy Smith"),
        Q('"We wanted visitors', 'records matter,"', "Marvin Pinkert"),
        Q('"Our strategy was', 'rooms every day."', "Marvin Pinkert"),
    ],
    aliases={"Chris Rudy Smith": ["head of exhibits"],
             "Marvin Pinkert": ["Pinkert", "director of museum programs"]},
),
]
