# Held-out English news texts (tests/data/heldout251-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of press releases and news items of US federal agencies other than the military (public
# domain, 17 U.S.C. § 105): a National Park Service news release of Congaree National Park (the 97th birthday of the
# NPS, 2013), a Fish and Wildlife Service story on its agreement with the Sand County Foundation (2005), a Hawai‘i
# Volcanoes National Park media release reposted verbatim on hawaii247.com (two trails and Mauna Loa Road reopened,
# 2019), a Bureau of Reclamation news release in the Commissioner's Office news feed as archived by the UNT web archive
# (the Lease of Power Privilege directive, 2012), a Bureau of Land Management Wyoming release on wild horse adoption
# events reposted verbatim on jacksonhole.media (2017), a NOAA news release on the groundbreaking of its Maritime
# Archaeology Center (2003) and a NOAA Florida Keys National Marine Sanctuary press release on a mission to document an
# unknown shipwreck (2005). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs (in a copy stored as one run, complete sentences) are kept and a cut
# paragraph is dropped (noted in `retrieved`). Contact and release-number lines, site navigation, the stored copies'
# 'date' markers, the reposts' 'MEDIA RELEASE' label and feed markup are dropped; a headline is kept once as the first
# line where the stored copy has one; wording, spelling ('everyone.So', 'the Services Partners', '"said Stakely') and quotation
# marks (straight or curly as stored, the ‘ of Hawaiian names included) are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H1565-H1567 in ANNOTATION.md on top of the rules of the sets above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDW = "public domain (US government work, 17 U.S.C. § 105; copy in the UNT Libraries' web archive)"
PDH = "public domain (US government work, 17 U.S.C. § 105; verbatim repost of a Hawai‘i Volcanoes National Park media release on hawaii247.com)"
PDJ = "public domain (US government work, 17 U.S.C. § 105; verbatim repost of a BLM Wyoming release on jacksonhole.media)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout251-en.jsonl

Built by `build.py` from `heldout251_pages.py`. Like heldout217-en, heldout225-en, heldout226-en and heldout240-en, these
texts are stored web pages (the `pages` search corpus) of press releases and news items of US federal agencies other
than the military (public domain, 17 U.S.C. § 105), none of them used in a set above: a National Park Service news
release of Congaree National Park on the 97th birthday of the National Park Service (August 2013, nps.gov), a U.S. Fish
and Wildlife Service story on its agreement with the Sand County Foundation (January 2005, fws.gov), a Hawai‘i Volcanoes
National Park media release on two reopened trails and Mauna Loa Road (February 2019, reposted verbatim on
hawaii247.com under the label 'MEDIA RELEASE'), a Bureau of Reclamation news release on the Lease of Power Privilege
directive and standard (2012, in the Commissioner's Office news feed of usbr.gov as archived by the UNT Libraries' web
archive), a Bureau of Land Management Wyoming release on two wild horse adoption events at Rock Springs (June 2017,
reposted verbatim on jacksonhole.media), a NOAA news release on the groundbreaking of NOAA's Maritime Archaeology Center
(March 2003, publicaffairs.noaa.gov) and a NOAA Florida Keys National Marine Sanctuary press release on a mission to
document an unknown shipwreck (June 17, 2005, sanctuaries.noaa.gov). None is credited to AP, Reuters, AFP or another
third party; the two reposts on local news sites are the agencies' own releases (the agency's official quoted, the
release's contact line kept in the BLM text), not reporting of the sites. The stored copies are cut after about 2,000
characters; only complete paragraphs (complete sentences in the copy stored as one run) are kept (what was dropped is
noted per page). Contact and release-number lines, navigation and server-error lines, 'date' markers, the repost label
and feed markup were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by two distinctive phrases each, with grep over tests/data of the
main checkout and of every other helper's worktree). The annotation (rules H1565–H1567 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nps-cong-2013-08-congaree-celebrates-97th-birthday-of-the-nps",
    source="https://www.nps.gov/cong/learn/news/nps-turns-97.htm",
    license=PD, retrieved=PAGES + " (Congaree National Park news release on the 97th birthday of the National Park Service, Saturday, August 24, 2013; the stored copy has no headline; 'Contact: Lauren Gurniewicz, 803-647-3969' dropped; the body, stored as one run of text, kept as one paragraph (H1565) up to '... support 48 jobs in the area.\"'; the sentence 'The mission of the National Park Service extends beyond parks into communities across the country, ...', cut in the stored copy, dropped; 'everyone.So', '\"said Stakely' without a space and the straight marks as stored)",
    text='''WASHINGTON – Congaree National Park will celebrate the 97th birthday of the National Park Service with park visitors on Saturday, August 24. Join one of Congaree's founding fathers, John Cely, for a Nature Discovery Walk at 9:30 am or explore the park with a ranger at night during the 8:00 pm Moonlight Creatures Walk (reservations required). Park staff will also share birthday cake with visitors throughout the day at the Harry Hampton Visitor Center, which is open 9:00 am-5:00 pm. "Birthdays are a time to celebrate and we want everyone to join the party," said Superintendent Tracy Stakely. "National parks belong to all Americans and offer something for everyone.So visit the park - wander a trail, take in the scenery, or attend a guided program." With the creation of Yellowstone National Park in 1872, The United States was the first country to set aside its most significant places as national parks so that they could be enjoyed by all. When President Woodrow Wilson signed legislation that created the National Park Service on Aug. 25, 1916, there were 37 national parks. Today, we care for 401 national parks throughout the country – each one an important part of our collective identity. Some parks commemorate notable people and achievements, others conserve magnificent landscapes and natural wonders, and all provide a place to have fun and learn something. Plan your visit at www.nps.gov/findapark. "Congaree National Park was established in 1976 to preserve the largest intact tract of old-growth bottomland hardwood forest remaining in the southeastern United States,"said Stakely. "Today we proudly welcome over 100,000 visitors every year who, in addition to enjoying all that the park has to offer, add $2,928,000 to our local economy and support 48 jobs in the area."''',
    quotes=[
        Q('"Birthdays are a time', 'join the party,"', "Tracy Stakely"),
        Q('"National parks belong', 'a guided program."', "Tracy Stakely"),
        Q('"Congaree National Park was established', 'southeastern United States,"', "Tracy Stakely"),
        Q('"Today we proudly welcome', 'jobs in the area."', "Tracy Stakely"),
    ],
    aliases={"Tracy Stakely": ["Stakely"]},
),
dict(
    id="fws-2005-01-fws-sand-county-foundation-agree-help-landowners-habitat",
    source="https://www.fws.gov/story/2005-01/fish-and-wildlife-service-sand-county-foundation-agree-help-landowners-habitat",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service story of January 2005; the headline, stored twice, kept once as the first line; the paragraph 'The FWS Partners and Coastal programs are voluntary, non-regulatory programs ...', cut in the stored copy after 'will develop criteria for', dropped; 'the Services Partners' and the straight marks as stored)",
    text='''Fish and Wildlife Service, Sand County Foundation Agree to Help Landowners with Habitat Improvement Projects
The U.S. Fish and Wildlife Service signed a formal agreement with the Sand County Foundation December 16 designed to foster collaboration with private landowners on habitat improvement projects that benefit fish and wildlife, Director Steve Williams announced.
The Sand County Foundation is a non-profit conservation organization which encourages and assists private landowners in improving habitat conditions on their land. The Foundation has pledged $100,000 annually, through its Leopold Stewardship Fund, as a cost-share for on-the-ground projects done in cooperation with the Services Partners for Fish and Wildlife and Coastal Programs.
"This Memorandum of Agreement launches an important new opportunity for the Service and its private landowner partners to benefit wildlife species around the nation," said Williams.
"The Sand County Foundation has long recognized the importance of involving private landowners in the stewardship of at-risk wildlife species. Landowners and other citizens throughout the country are willing and eager to bear their share of responsibility for wildlife conservation. Programs such as the Leopold Stewardship Fund and those of the Fish and Wildlife Service can provide the technical and financial assistance needed to stimulate that involvement and lessen the risk of species listing," said Brent Haglund, the foundation president.''',
    quotes=[
        Q('"This Memorandum of Agreement', 'around the nation,"', "Steve Williams"),
        Q('"The Sand County Foundation has long', 'risk of species listing,"', "Brent Haglund"),
    ],
    aliases={"Steve Williams": ["Williams", "Director Steve Williams"]},
),
dict(
    id="nps-havo-2019-02-19-hawaii-volcanoes-reopens-two-trails-and-mauna-loa-road",
    source="https://www.hawaii247.com/2019/02/19/hawaii-volcanoes-national-park-reopens-two-trails-and-mauna-loa-road/",
    license=PDH, retrieved=PAGES + " (Hawai‘i Volcanoes National Park media release of February 19, 2019, reposted verbatim on hawaii247.com; the stored copy has no headline; the 'date 2019-02-19' marker and the repost's label 'MEDIA RELEASE' dropped (H1565); the last paragraph, ending on the park's web address without a period, kept as stored; the ‘ of Hawai‘i, Ka‘ū, Ka‘aha and Halema‘uma‘u (H1566) and the curly marks as stored)",
    text='''Hawaii National Park, Hawai‘i – Two trails have reopened in Hawai‘i Volcanoes National Park after being closed last year due to impacts from tens of thousands of earthquakes that also damaged roads, buildings and other park infrastructure.
A 7.3-mile section of Ka‘ū Desert Trail from Highway 11 to the Ka‘aha Trail intersection is now open, as is the 4.8-mile stretch to the Hilina Pali Overlook. The park also repaired and reopened a 0.8-mile portion of Halema‘uma‘u Trail that starts at the rainforest summit of Kīlauea near Volcano House, to the steaming caldera floor.
In addition, recent rainfall has doused the fire risk on Mauna Loa Road, at least for now. The road that leads to the 6,662-foot Mauna Loa Lookout is now open to vehicles. Drivers are reminded to follow all speed limits and watch out for other motorists, pedestrians and bicyclists.
“We are elated to reopen these sections of the park to our visitors again,” said Acting Superintendent Laura Schuster. “We continue to make progress in our recovery efforts following the historic eruptive and seismic activity that happened last year and caused us to close for more than four months,” she said.
Additional assessments and repairs continue at iconic park features that sustained serious damage from the 60,000 earthquakes that shook Kīlauea between April 30 and Aug. 4, 2018. Visitors are encouraged to stay informed by checking the park website, www.nps.gov/hawaiivolcanoes''',
    quotes=[
        Q('“We are elated', 'visitors again,”', "Laura Schuster"),
        Q('“We continue to make progress', 'than four months,”', "Laura Schuster"),
    ],
),
dict(
    id="usbr-2012-reclamation-lease-of-power-privilege-process-requirements-finalized",
    source="https://webarchive.library.unt.edu/web/20121006200031/http:/www.usbr.gov/newsroom/rssxml/corssfeed.cfm",
    license=PDW, retrieved=PAGES + " (first item of the Bureau of Reclamation Commissioner's Office news feed, archived October 6, 2012 by the UNT Libraries' web archive, release http://www.usbr.gov/newsroom/newsrelease/detail.cfm?RecordID=41048; the feed lines ('Commissioner's Offce News Releases', 'News Releases from Reclamation's Commissioner's Office') and the item link dropped; the item title kept as the first line; paragraphs split at the feed's '<P>' marks, the markup '<strong>', '</strong>' and the link tag '<a href=\"http://on.doi.gov/SrhRrW\">...</a>' reduced to their text (H1565); the next item, 'Bruce C. Muller, Jr. Named as Design, Estimating and Construction Oversight and Dam Safety Officer', cut in the stored copy, dropped; the straight marks as stored)",
    text='''Reclamation Lease of Power Privilege Process Requirements Finalized
WASHINGTON - The Bureau of Reclamation has finalized the Lease of Power Privilege (LOPP) Processes, Responsibilities, Timelines and Charges Directive and Standard. It defines the LOPP process and how Reclamation will enhance working relationships with its project partners.
"Through these leases, Reclamation is able to work with non-federal entities and project beneficiaries to increase the amount of renewable hydropower produced in meeting the growing energy needs of the nation," said Reclamation Commissioner Michael L. Connor. "This directive and standard provides a clear and understandable process to develop hydropower on Reclamation's dams and canals."
The directive and standard provides clear guidance and timelines on LOPP requirements, assigns roles and responsibilities within the organization for LOPP development, sets a standard methodology across Reclamation for the LOPP charges and identifies all potential charges for developers.
A LOPP is used when Reclamation chooses to lease its right to develop power at one of its facilities when that power development doesn't interfere with other authorized project purposes.
The directive and standard (FAC 04-08) can be viewed at http://on.doi.gov/SrhRrW.''',
    quotes=[
        Q('"Through these leases', 'needs of the nation,"', "Michael L. Connor"),
        Q('"This directive and standard provides', 'dams and canals."', "Michael L. Connor"),
    ],
),
dict(
    id="blm-wy-2017-06-wild-horse-summer-adoption-events-rock-springs",
    source="http://jacksonhole.media/2017/06/wild-horse-summer-adoption-event-in-rock-springs-this-weekend/",
    license=PDJ, retrieved=PAGES + " (Bureau of Land Management Wyoming release on the Rock Springs Wild Horse Holding Facility adoption events of June 16-17 and July 7-8, 2017, reposted verbatim on jacksonhole.media; the stored copy has no headline; the 'date 2017-06-16' marker dropped (H1565); the two date lines of the events kept as paragraphs, as stored; the closing contact sentence kept as part of the release's text; the curly marks as stored)",
    text='''The Bureau of Land Management Rock Springs Wild Horse Holding Facility will be hosting two wild horse adoption events on the following dates and times.
June 16-17, from 9 a.m. to 3 p.m.
July 7-8, from 9 a.m. to 3 p.m.
Approximately 42 wild horses, ranging in age from yearling to 5-years old, from the Owyhee, Little Owyhee, and Rock Creek Herd Management Areas in Nevada will be available for adoption.
“The facility has a lot of wild horses available for adoption and we invite anyone interested in an alert, loyal, surefooted and hardy animal to come and see what we have to offer,” states BLM Adoption Coordinator Kathi Fine. “Once you see these wild horses, you can’t help but fall in love with them.”
BLM specialists will be on hand to answer questions and assist with adoption applications. All horses will be available for the adoption fee of $125. Applications for adoption will be accepted on both Friday and Saturday. Any person wishing to adopt a wild horse or burro must fill out an application, be able to conform to BLM’s minimum adoption requirements, and have their application approved by the BLM.
Directions to the holding facility from I-80, take Elk Street Exit 104 and go north one mile; turn right onto Lionkol Road and follow for a half mile.
To learn more about BLM Wyoming’s wild horse adoption program or the Rock Springs Wild Horse Holding Facility visit www.blm.gov/WHB.
For more information, please contact: BLM Wild Horse Adoption Coordinator Kathi Fine at 307-352-0292.''',
    quotes=[
        Q('“The facility has a lot', 'what we have to offer,”', "Kathi Fine"),
        Q('“Once you see these wild horses', 'in love with them.”', "Kathi Fine"),
    ],
),
dict(
    id="noaa-2003-03-noaa-breaks-ground-on-maritime-archaeology-center",
    source="http://www.publicaffairs.noaa.gov/releases2003/mar03/noaa03r409.html",
    license=PD, retrieved=PAGES + " (NOAA news release NOAA 2003-R409, March 2003; the stored copy has no headline; 'NOAA 2003-R409', 'Contact: Glenda Tyson' and the navigation lines 'NOAA News Releases 2003', 'NOAA Home Page', 'NOAA Public Affairs' dropped; the paragraph '\"NOAA has played an extremely important role in preserving our local heritage, ...\" said Rep. Davis. ...', cut in the stored copy inside the quotation, and everything after it dropped; 'Rep. Bobby Scott, (D-VA)', the curly marks and apostrophes ('The Mariners’ Museum', H1566) as stored)",
    text='''In a historic step toward better preserving and managing our nation’s maritime heritage, the Department of Commerce’s National Oceanic and Atmospheric Administration (NOAA) broke ground today at the site of NOAA’s new Maritime Archaeology Center (MAC) at The Mariners’ Museum. The groundbreaking was attended by Commerce Department Deputy Undersecretary for Oceans and Atmosphere Scott B. Gudes, U.S. Rep. Jo Ann Davis (R-VA), Rep. Bobby Scott, (D-VA), and The Mariners’ Museum President and CEO John Hightower.
“NOAA’s Maritime Archaeology Center will serve as the coordination point for the protection of cultural resources within our National Marine Sanctuaries,” said Gudes. “Since the Monitor National Marine Sanctuary was designated the first National Marine Sanctuary in 1975, NOAA has been charged with the protection of historic shipwrecks and other submerged archaeological sites. By breaking ground today, we are taking a vital step toward strengthening NOAA’s commitment to protecting these unique and irreplaceable underwater resources.”
NOAA’s Maritime Archaeology Center, which will be located on the grounds of The Mariners’ Museum in Newport News, Va., will house NOAA staff dedicated to assisting the National Marine Sanctuaries in their efforts to manage and protect their maritime and cultural artifacts. The MAC also will provide assistance and consultation to other federal and state agencies on issues concerning submerged maritime and cultural artifacts and seek to develop new methods, tools, and partnerships for achieving program objectives. The office of the Monitor National Marine Sanctuary will be co-located at the MAC.''',
    quotes=[
        Q('“NOAA’s Maritime Archaeology Center will serve', 'National Marine Sanctuaries,”', "Scott B. Gudes"),
        Q('“Since the Monitor National Marine Sanctuary', 'underwater resources.”', "Scott B. Gudes"),
    ],
    aliases={"Scott B. Gudes": ["Gudes"]},
),
dict(
    id="noaa-fknms-2005-06-17-archaeologists-document-mystery-shipwreck-off-marathon",
    source="https://sanctuaries.noaa.gov/news/pressreleases/pressrelease06_17_05.html",
    license=PD, retrieved=PAGES + " (NOAA Florida Keys National Marine Sanctuary press release of June 17, 2005; the stored copy has no headline; the server lines 'Error processing SSI file' (twice), 'Press Release', 'back arrowforward arrow', the date line 'June 17, 2005' and the contact lines 'Cheva Heck', 'Florida Keys National Marine Sanctuary', '(305) 292-0311, Ext. 26', '(305) 304-0179 (cellular)' dropped (H1565); the paragraph '“The mystery wreck site is unique because many of the ship’s timber are exposed beneat...', cut in the stored copy inside the quotation, and everything after it dropped; the dashes and curly marks as stored)",
    text='''Archaeologists from the National Oceanic and Atmospheric Administration and the State of Florida are conducting a 10-day mission to document an unknown shipwreck — possibly centuries old — in shallow water off Marathon in the Florida Keys National Marine Sanctuary. The team hopes to obtain information that will help them identify the mystery wreck and add a new chapter to the maritime history of the Florida Keys.
“The Florida Keys National Marine Sanctuary welcomes this project as a chance to learn more about a potentially significant Keys shipwreck, share that knowledge with the community and better plan for the site’s protection,” said LCDR Stephen Beckwith, FKNMS Upper Region manager. “Protecting our maritime heritage and sharing the stories behind shipwrecks with the American public is an important part of the sanctuary’s mission.”
Joined by sanctuary staff, the archaeologists will map the ballast pile, exposed ship timbers and the coral on the site and document the site using video and still photography. To assist with dating and possible identification of the shipwreck, the team may take small samples of wood from the remaining timbers and conduct some minor excavation in areas devoid of natural resources. They will document any artifacts uncovered and may remove some for diagnostic purposes. The team will also survey the area seaward of the wreck for additional maritime heritage resources.
Funding for the project is through a mini-grant from the NOAA Maritime Heritage Program. Both the sanctuary and the State of Florida are providing personnel, equipment and other resources to support the project. Field work will take place June 20-29, 2005.''',
    quotes=[
        Q('“The Florida Keys National Marine Sanctuary welcomes', 'the site’s protection,”', "Stephen Beckwith"),
        Q('“Protecting our maritime heritage', 'the sanctuary’s mission.”', "Stephen Beckwith"),
    ],
),
]
