# Held-out English news pages (tests/data/heldout83-en.jsonl), none of them used in an earlier set. Like
# heldout45/79/80_pages.py, these texts are stored web pages (the `pages` search corpus) of US federal outlets: NOAA (a
# NOAA public-affairs release of 1997 on the Hawaiian humpback whale sanctuary, kept by the UNT End of Term web archive;
# a 2006 public-affairs release on a Caribbean hurricane awareness tour; NOAA News stories of 2008 and 2011 on hurricane
# awareness tours, kept by the UNT End of Term archive and CyberCemetery;
# a Hastings, Neb., National Weather Service office page of 2006 on crh.noaa.gov), NASA (release 98-123 of 1998 on the
# Near-Earth Object Program Office at JPL as kept by the Meteorite Mailing List archive; the 2006 STS-121 crew-arrival
# item on AMSAT's SAREX list archive; releases 10-327 of 2010 (Charles Bolden on the Falcon 9 launch) and 11-157 of 2011
# (Mark Kelly's statement) as kept by the aus-city.com copies of NASA's news lists; a 2015 Goddard release on the PACE
# mission as reposted by cosmologyandspace.org) and the Department of the Interior (an April 10, 2009 release on USGS
# recovery projects as reposted on a blog). All are works of the US government and in the public domain (17 U.S.C.
# § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
# characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation,
# release and contact lines, photo captions, blog and list chrome are dropped; the e-mail line wrapping of the mailing-list
# copy is undone (one line per paragraph); wording, spelling, spacing inside paragraphs and quotation marks are as stored
# (including the dots the aus-city.com copy lost). Annotated by reading the pages, before whosaid was run on them (rules
# H520-H525 in ANNOTATION.md on top of H1-H500).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDA = "public domain (US government work, 17 U.S.C. § 105; web-archive copy)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout83-en.jsonl

Built by `build.py` from `heldout83_pages.py`. Like heldout45-en, heldout79-en and heldout80-en, these texts are stored
web pages (the `pages` search corpus) of US federal outlets, none of them used in a set above: NOAA (a 1997 NOAA
public-affairs release on the final plan for the Hawaiian Islands Humpback Whale National Marine Sanctuary, kept by the UNT
End of Term web archive; a 2006 NOAA release on a Caribbean hurricane awareness tour; NOAA News stories of 2008 and 2011
on hurricane awareness tours, kept by the UNT End of Term archive and CyberCemetery; the 2006 page of the National
Weather Service office in Hastings, Neb., on its Commerce Department Bronze Medal, crh.noaa.gov), NASA (release 98-123 of
1998 establishing the Near-Earth Object Program Office at JPL, as kept by the Meteorite Mailing List archive; the 2006
STS-121 crew-arrival item, as kept by AMSAT's SAREX list archive; releases 10-327 of 2010 with Charles Bolden's statement
on the Falcon 9 launch and 11-157 of 2011 with Commander Mark Kelly's statement on the future of the space program, as kept
by the aus-city.com copies of NASA's news lists; the PACE mission release as reposted
by cosmologyandspace.org) and the Department of the Interior (the April 10, 2009 release on USGS recovery projects as
reposted by jordanosterman.blogspot.com). All are US government works in the public domain (17 U.S.C. § 105); none is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Navigation, release and contact lines, photo captions and blog
or list chrome were dropped; the mailing-list copy's e-mail line wrapping is undone; wording and quotation marks are as
stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text: no shared 8-word sequence beyond an official's stock title). The annotation (rules
H520–H525 in `ANNOTATION.md` on top of H1–H500) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="noaa-1997-02-19-hawaiian-humpback-whale-sanctuary-final-plan",
    source="https://webarchive.library.unt.edu/eot2008/20080916065612/http:/www.publicaffairs.noaa.gov/pr97/feb97/noaa97-407.html",
    license=PDA, retrieved=PAGES + " (End of Term archive copy of NOAA release 97-407; the release number, contact ('Allen Tom', 'Justin Kenney'), 'FOR IMMEDIATE RELEASE' and date ('2/19/97') lines dropped; the headline in capitals kept as the first line; the list items after 'Highlights of the final management plan include:' kept one a line with their stray leading '. ' as stored; the paragraph 'The shallow', cut in the stored copy, dropped)",
    text='''NOAA UNVEILS FINAL PLAN FOR HAWAIIAN HUMPBACK WHALE SANCTUARY
Representatives from the National Oceanic and Atmospheric Administration unveiled the final management plan for the Hawaiian Islands Humpback Whale National Marine Sanctuary today in Honolulu, Hawaii. This sanctuary plan was developed with input from a citizens advisory council to help protect Hawaii's important marine resources and stimulate the local economy.
"The sanctuary brings a community-based approach to the long-term protection of the humpback whale and its habitat," said Terry Garcia, acting assistant secretary and deputy administrator for NOAA. "The Hawaiian Islands Humpback Whale National Marine Sanctuary is an important part of a larger effort to protect the health of Hawaii's ocean and invest in the future of its economy," Garcia added.
Highlights of the final management plan include:
a 2,100-square mile sanctuary encompassing the majority of the humpback whales' Hawaiian habitat;
a prohibition against sanctuary-imposed user fees;
a protection strategy that increases awareness of existing state and federal regulations that protect humpback whales and their habitat;
a sanctuary advisory council to ensure continued local involvement;
. recognition of Native Hawaiian subsistence, cultural, and religious uses within the sanctuary;
. research and education programs that build upon existing efforts.
"The Hawaii sanctuary plan gives local residents a direct voice in the protection of humpback whales," said Sanctuary liaison Allen Tom. "For example, the plan's prohibition against sanctuary-imposed user fees addresses one of the needs and concerns expressed by the community. Also, the sanctuary opens up a world of opportunities for volunteers, researchers, teachers and students, business men and women, tourists and others to learn about and benefit from humpback whales."''',
    quotes=[
        Q('"The sanctuary brings', 'and its habitat,"', "Terry Garcia"),
        Q('"The Hawaiian Islands Humpback', 'future of its economy,"', "Terry Garcia"),
        Q('"The Hawaii sanctuary plan', 'humpback whales,"', "Allen Tom"),
        Q('"For example, the plan', 'from humpback whales."', "Allen Tom"),
    ],
    aliases={"Terry Garcia": ["Garcia"], "Allen Tom": ["Sanctuary liaison Allen Tom"]},
),
dict(
    id="nasa-1998-07-14-near-earth-object-program-office-jpl",
    source="http://www.meteorite-list-archives.com/1998/jul/msg00329.html",
    license=PDC, retrieved=PAGES + " (copy of NASA release 98-123 in the Meteorite Mailing List archive; the archive's navigation line ('[Date Prev][Date Next]...') and the release's contact and number lines (Donald Savage, Headquarters; Mary Beth Murrill, Jet Propulsion Laboratory; phone numbers; 'July 14, 1998'; 'RELEASE: 98-123') dropped; the e-mail line wrapping and indentation undone, one line per paragraph (H520); double spaces after sentences inside a paragraph as stored; the paragraph 'In addition to managing the detection and cataloging of near-Earth objects, the new', cut in the stored copy, dropped)",
    text='''NASA Establishes Near-Earth Object Program Office At JPL
A new program office to coordinate NASA-sponsored efforts to detect, track and characterize potentially hazardous asteroids and comets that could approach Earth will be established at NASA's Jet Propulsion Laboratory (JPL), Pasadena, CA.
NASA's Near-Earth Object Program Office will focus on the goal of locating at least 90 percent of the estimated 2,000 asteroids and comets that approach the Earth and are larger than about 2/3-mile (about 1 kilometer) in diameter, by the end of the next decade.
"These are objects that are difficult to detect because of their relatively small size, but are large enough to cause global effects if one hit the Earth," said Dr. Donald K. Yeomans of JPL, who will head the new program office.  "Finding a majority of this population will require the efforts of researchers at several NASA centers, at universities and at observatories across the country, and will require the participation by the international astronomy community as well."
"We determined that, in order to achieve our goals, we need a more formal focusing of our near-Earth object tracking efforts and related communications with the supporting research community," said Dr. B. Carl Pilcher, science director for Solar System Exploration in NASA's Office of Space Science, NASA Headquarters.  "I want to emphasize that science research solicitations and resulting peer reviews, international coordination, and strategic planning regarding future missions will remain the responsibilities of NASA Headquarters."''',
    quotes=[
        Q('"These are objects', 'hit the Earth,"', "Donald K. Yeomans"),
        Q('"Finding a majority', 'community as well."', "Donald K. Yeomans"),
        Q('"We determined that', 'research community,"', "B. Carl Pilcher"),
        Q('"I want to emphasize', 'of NASA Headquarters."', "B. Carl Pilcher"),
    ],
    aliases={"Donald K. Yeomans": ["Dr. Donald K. Yeomans"], "B. Carl Pilcher": ["Dr. B. Carl Pilcher"]},
),
dict(
    id="nasa-2011-05-19-commander-mark-kelly-statement",
    source="https://aus-city.com/cgi-bin/dada/mail.cgi/archive/NASA_REPORTS/20110520061502",
    license=PDC, retrieved=PAGES + " (copy of NASA release 11-157 in the aus-city.com archive of NASA's news list, which has lost most full stops and the dots inside addresses (kept as stored, H521); the date, contact ('Joshua Buck', 'Headquarters, Washington', phone, e-mail) and 'RELEASE: 11-157' lines dropped; the headline in capitals kept as the first line; the paragraph 'Kelly and station astronaut Cady Coleman conducted several media interviews this morning To view all of them, visit:', the link lines ('For more information about ..., visit:' with their addresses), '-end-' and the list's subscription boilerplate dropped)",
    text='''COMMANDER MARK KELLY'S STATEMENT ABOUT FUTURE OF SPACE PROGRAM
HOUSTON -- During media interviews today, NASA astronaut Mark Kelly, commander of the STS-134 space shuttle mission aboard the International Space Station, made the following statement about the future of space exploration:
"NASA is leading the way and will continue to do so," said Kelly "We are the lead partner on the International Space Station and when humans go back to the moon and on to Mars, I'm sure it's going to be the United States and NASA that's leading that as well As we move into more commercialization of the launch vehicles and getting access to orbit, that's still NASA that's leading that project and hopefully buying those services and this is something I think that in the long run could mean the expansion of humans accessing space So we're pretty excited about the future for NASA "
Kelly made the statement in an interview with National Public Radio's Scott Simon''',
    quotes=[
        Q('"NASA is leading the way', 'continue to do so,"', "Mark Kelly"),
        Q('"We are the lead partner', 'future for NASA "', "Mark Kelly"),
    ],
    aliases={"Mark Kelly": ["NASA astronaut Mark Kelly", "Kelly"]},
),
dict(
    id="doi-2009-04-10-salazar-usgs-recovery-projects",
    source="https://jordanosterman.blogspot.com/2009",
    license=PDC, retrieved=PAGES + " (a blog's 2009 archive page reposting the Department of the Interior release of April 10, 2009 (its source line 'http://www.doi.gov/news/09_News_Releases/041009a.html'); the blog's date line 'Thursday, April 30, 2009', post title 'DOI Response to Economic Recession', the source address and 'From the Department of Interior:' and the release's date line 'April 10, 2009' dropped (H522); the release headline kept as the first line; the paragraph 'The $140 million announced today for USGS will fund repair, construct', cut in the stored copy, and the rest of the page dropped)",
    text='''Secretary Salazar Announces Department of Interior Economic Stimulus Projects: USGS Investments Underscore Commitment to “Best Science”
WASHINGTON, D.C. – Secretary of the Interior Ken Salazar today announced the Department of the Interior’s first projects under the American Recovery and Reinvestment Act of 2009 – $140 million that will fund 308 U.S. Geological Survey projects across the 50 states. The USGS, the leading science research bureau in the federal government, supports the science needs of all the other bureaus of the Department of the Interior and other departments of the U.S. government. The USGS will play a critical role in addressing the nation’s energy and climate change challenges.
Overall, the Department of the Interior will manage $3.0 billion in investments as part of the recovery plan signed by the President to jumpstart our economy, create or save jobs, and put a down payment on addressing long-neglected challenges so our country can thrive in the 21st Century.
“These USGS projects not only stimulate job creation and preservation, but they stimulate the scientific research that must underpin the decisions we make on behalf of the American people as the stewards of the nation’s natural resources,” Secretary Salazar said in a teleconference today. “As America’s leading earth science agency, USGS is central to helping us meet the imperatives of the nation’s energy and climate change challenges.”
Among the programs funded through the Department’s ARRA investments, USGS will dedicate $15.2 million to volcano monitoring and $14.6 million to streamgage upgrades, support that will further the agency’s recent efforts to protect life and property in places such as Alaska and North Dakota.''',
    quotes=[
        Q('“Best Science”', None, None),
        Q('“These USGS projects', 'natural resources,”', "Ken Salazar"),
        Q('“As America’s leading', 'change challenges.”', "Ken Salazar"),
    ],
    aliases={"Ken Salazar": ["Secretary of the Interior Ken Salazar", "Secretary Salazar"]},
),
dict(
    id="nasa-pace-mission-ocean-color-repost",
    source="https://cosmologyandspace.org/category/space-missions/page/7/",
    license=PDC, retrieved=PAGES + " (a blog's category page reposting NASA's release on the start of work on the PACE mission, marked '(PRESS RELEASE):'; the category heading 'Space Missions', the line 'Posted on Updated on' and the photo caption 'New measurements by NASA’s PACE spacecraft ... Image Credit: NASA' dropped; the post title kept as the first line; the paragraph 'Goddard will build PACE’s ocean color instrument. ...', cut in the stored copy, dropped)",
    text='''New NASA Mission to Study Ocean Color, Airborne Particles and Clouds
(PRESS RELEASE): NASA is beginning work on a new satellite mission that will extend critical climate measurements of Earth’s oceans and atmosphere and advance studies of the impact of environmental changes on ocean health, fisheries and the carbon cycle.
Tentatively scheduled to launch in 2022, the Pre-Aerosol Clouds and ocean Ecosystem (PACE) mission will study Earth’s aquatic ecology and chemistry, and address the uncertainty in our understanding of how clouds and small airborne particles called aerosols affect Earth’s climate. PACE will be managed by NASA’s Goddard Space Flight Center in Greenbelt, Maryland.
“Knowing more about global phytoplankton community composition will help us understand how living marine resources respond to a changing climate,” said Jeremy Werdell, PACE project scientist at Goddard. “With PACE, we will learn more about the role of marine phytoplankton in the global carbon cycle.”
NASA has long used satellites to observe the global ocean’s microscopic algal communities, which play a significant role in the ocean’s ecology and the global carbon cycle. PACE will provide a global view of the planet’s microscopic ocean algae called phytoplankton. Phytoplankton live in the sunlit upper layer of the ocean, producing at least half of the oxygen on Earth and form the base of the marine food chain.''',
    quotes=[
        Q('“Knowing more about', 'a changing climate,”', "Jeremy Werdell"),
        Q('“With PACE, we will learn', 'global carbon cycle.”', "Jeremy Werdell"),
    ],
    aliases={},
),
dict(
    id="nws-hastings-2006-commerce-bronze-medal",
    source="http://www.crh.noaa.gov/gid/?n=bronzemedal",
    license=PD, retrieved=PAGES + " (page of the National Weather Service office in Hastings, Neb.; the stored copy has no headline and begins with the first paragraph; leading indentation of paragraphs dropped; the paragraph 'The National Oceanic and Atmospheric Administration, an agency of the U.S. Commerce', cut in the stored copy, dropped)",
    text='''The U.S. Department of Commerce has awarded its prestigious Bronze Medal to the staff of NOAA’s Hastings, Neb., weather forecast office for efforts warning the public before and during the Nov. 27-28, 2005, ice storm and blizzard in the central United States. The Department presented the joint organization Bronze Medal to the staffs at Hastings and five other National Weather Service offices in Nebraska, Kansas and South Dakota for exemplary foresight in relaying life-saving information to the public during one of the busiest travel periods of the year.
“Saving lives and property is the central function of each National Weather Service forecast office,” said Brig. Gen. David L. Johnson, U.S. Air Force (Ret.), director of NOAA’s National Weather Service. “This Bronze Medal demonstrates the hard work of the staffs at Hastings and the five other forecast offices to accomplish this goal in a critical situation.”
Retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D., under secretary of commerce for oceans and atmosphere and NOAA administrator, today presented the award during a ceremony at DAR Constitution Hall in Washington, D.C. The Bronze Medal honors superior performance characterized by outstanding or significant contributions that have increased the efficiency and effectiveness of the Commerce Department.
The six weather forecast staffs provided exemplary service during "a winter storm … that resulted in hundreds of miles of road closures and damages exceeding $20 million,” according to the citation. Hazardous Weather Outlooks highlighted the potential (of the storm) four days prior to the event and maintained a continuous flow of information to state and local officials, the media and the public. Now-retired Central Region Deputy Director Gary S. Foltz nominated the forecast staffs for the award.''',
    quotes=[
        Q('“Saving lives and property', 'forecast office,”', "David L. Johnson"),
        Q('“This Bronze Medal demonstrates', 'a critical situation.”', "David L. Johnson"),
        Q('"a winter storm', 'exceeding $20 million,”', None),
    ],
    aliases={"David L. Johnson": ["Brig. Gen. David L. Johnson"]},
),
dict(
    id="noaa-2008-04-03-hurricane-hunter-gulf-coast-tour",
    source="https://webarchive.library.unt.edu/eot2008/20080916100827/http://www.noaanews.noaa.gov/stories2008/20080403_hurricanetour.html",
    license=PDA, retrieved=PAGES + " (End of Term archive copy of the NOAA News story of April 3, 2008; headline, subheading and date line kept, the trailing space after the headline dropped; the photo captions 'NOAA WP-3 Orion turboprop Hurricane Hunter aircraft.' (printed twice), 'Satellite image of Hurricane Katrina.' and the 'High Resolution (Credit: NOAA)' lines dropped; the paragraph 'The hurricane awareness tour has been conducted for more than 25 years, ...', cut in the stored copy, dropped; the mix of straight and curly marks is as stored)",
    text='''NOAA Hurricane Hunter Aircraft to Embark on Gulf Coast Tour
Public and Media Invited to Tour Aircraft
April 3, 2008
NOAA hurricane experts will travel aboard a NOAA WP-3 Orion turboprop Hurricane Hunter aircraft in a five-day, five-city tour of the Gulf Coast beginning Apr. 14 to raise awareness of the hurricanes that can and have threatened the region.
Bill Read, the new director of NOAA’s National Hurricane Center; Jack Beven, Ph.D., senior hurricane specialist; and Eric Blake, hurricane specialist, will join the crew and scientists when the aircraft visits Corpus Christi, Tex., Galveston, Tex., New Orleans, La., Apalachicola, Fla., and Ft. Myers, Fla. The public and media are invited to tour the aircraft and speak with the delegation.
“As we saw last year with Humberto, hurricanes can develop rather quickly close to our coastline,” said Read. "NOAA uses the hurricane awareness tour to get the message out to the communities that now is the time to prepare for a hurricane, rather than when a storm is at your doorstep."
"The tour brings middle school students to the aircraft to hear firsthand about the threat that hurricanes play in their lives,” said James McFadden, Ph.D., chief of programs at NOAA’s Aircraft Operations Center. “Every member of the crew feels a certain amount of pride in being a part of these missions.”
The team of NOAA experts will be joined by emergency management officials, non-profit organizations such as the American Red Cross, and various local National Weather Service forecast offices.''',
    quotes=[
        Q('“As we saw last year', 'close to our coastline,”', "Bill Read"),
        Q('"NOAA uses the hurricane awareness tour', 'at your doorstep."', "Bill Read"),
        Q('"The tour brings middle school students', 'in their lives,”', "James McFadden"),
        Q('“Every member of the crew', 'these missions.”', "James McFadden"),
    ],
    aliases={"Bill Read": ["Read"]},
),
dict(
    id="noaa-2011-04-25-hurricane-team-east-coast-tour",
    source="https://cybercemetery.unt.edu/archive/nbii/20120111080027/http://www.noaanews.noaa.gov/stories2011/20110425_awarenesstour.html",
    license=PDA, retrieved=PAGES + " (CyberCemetery archive copy of the NOAA News story of April 25, 2011; headline, subheading and date line kept; the photo caption 'Visitors line up to board the NOAA P3 Hurricane Hunter plane ...' (printed twice), the 'High Resolution (Credit: NOAA)' line and the caption 'NHC Director Bill Read discusses the importance of being prepare', cut in the stored copy, dropped; the double space inside Read's quotation and the mix of curly and straight marks are as stored)",
    text='''NOAA hurricane team to embark on East Coast awareness tour
Public and media invited to tour hurricane hunter aircraft
April 25, 2011
NOAA hurricane experts will visit five U.S. East Coast cities aboard a NOAA hurricane hunter aircraft to raise awareness about storm threats and the danger of being caught without a personal hurricane plan. The five-day tour begins May 2.
“The 2010 hurricane season was one of the most active on record, yet no hurricanes made landfall in the U.S.  That does not mean we will be as fortunate during the 2011 season,” said Bill Read, director of NOAA’s National Hurricane Center. "Be prepared for a hurricane now, before one threatens your area."
Read, along with senior hurricane specialist Daniel Brown and storm surge team leader Jamie Rhome, will travel with the crew when the aircraft visits Falmouth, Mass.; Patuxent River Naval Air Station, Md.; Cherry Point Marine Corps Air Station, N.C.; Savannah, Ga.; and Ft. Lauderdale, Fla. The public and media are invited to tour the aircraft and meet the team.
The NOAA WP-3D Orion turboprop aircraft is used primarily by scientists on research missions to study various elements of a hurricane, flying through the eye of the storm several times each flight. The crew collects and transmits data by satellite directly to the National Hurricane Center so that forecasters can analyze and predict changes to the hurricane’s path and strength.
Staff from local emergency management offices and the Federal Emergency Management Agency, non-profit organizations such as the American Red Cross, and several local NOAA National Weather Service forecast offices will be part of the team at each stop.''',
    quotes=[
        Q('“The 2010 hurricane season', 'the 2011 season,”', "Bill Read"),
        Q('"Be prepared for a hurricane now', 'threatens your area."', "Bill Read"),
    ],
    aliases={"Bill Read": ["Read"]},
),
dict(
    id="nasa-2006-06-27-sts-121-crew-arrives-at-kennedy",
    source="http://www.amsat.org/amsat/archive/sarex/200606/msg00055.html",
    license=PDC, retrieved=PAGES + " (copy of NASA's STS-121 crew-arrival item (with its '+ Arrival Image Feature' link and NASA TV notice) posted to AMSAT's SAREX mailing list; the archive's navigation line ('[Date Prev][Date Next]...') dropped; the e-mail line wrapping undone, one line per paragraph (H520); the link line '+ Arrival Image Feature' and the paragraph 'Tune in to NASA TV <...> Wednesday morning ... During the briefing,', cut in the stored copy, dropped)",
    text='''The crew members of STS-121 arrived at Kennedy Space Center in Florida shortly after 10 a.m. EDT today for the launch of Space Shuttle Discovery on Saturday. Landing aboard their T-38 training jets, the seven astronauts flew in from Johnson Space Center in Houston to Kennedy's Shuttle Landing Facility.
Kennedy Space Center Director, Jim Kennedy and NASA Launch Director Mike Leinbach were out on the tarmac to personally greet the astronauts.
Commander Steven Lindsey welcomed the media and introduced his crew. Pilot Mark Kelly said "It's great to be here. We hear Discovery's ready to go and we're ready to go as well." Mission Specialist Lisa Nowak, making her first shuttle flight enthusiastically commented "it is really great to be here in Florida for the launch." "After having our practice countdown, it's really good to be back here and do this for real," said Mission Specialist Stephanie Wilson about the upcoming launch.
Lindsey ended the interview by saying "We're really excited to be here, we're as prepared as we're going to be, the vehicle's looking good and everything is 'go' and weather permitting -- we're going to be airborne on July 1."
The STS-121 crew includes Lindsey, Pilot Mark Kelly and Mission Specialists Michael Fossum, Lisa Nowak, Stephanie Wilson, Piers Sellers and Thomas Reiter, an astronaut with the European Space Agency. Reiter will remain with the Expedition 13 crew on the station.
The astronauts will spend the remaining days at Kennedy preparing for the launch. Liftoff of Discovery is currently set for 3:49 p.m. EDT Saturday, July 1.''',
    quotes=[
        Q('"It\'s great to be here.', 'as well."', "Mark Kelly"),
        Q('"it is really great', 'for the launch."', "Lisa Nowak"),
        Q('"After having our practice', 'for real,"', "Stephanie Wilson"),
        Q('"We\'re really excited', 'on July 1."', "Steven Lindsey"),
    ],
    aliases={"Mark Kelly": ["Pilot Mark Kelly"], "Lisa Nowak": ["Mission Specialist Lisa Nowak"],
             "Stephanie Wilson": ["Mission Specialist Stephanie Wilson"],
             "Steven Lindsey": ["Commander Steven Lindsey", "Lindsey"]},
),
dict(
    id="nasa-2010-12-08-bolden-statement-falcon-9-launch",
    source="https://aus-city.com/cgi-bin/dada/mail.cgi/archive/STS_ISS_STATUS/20101209120535",
    license=PDC, retrieved=PAGES + " (copy of NASA release 10-327 in the aus-city.com archive of NASA's Kennedy news list, which has lost most full stops and the dots inside addresses (kept as stored, H521); the list's 'Date: December 9th 2010' line, the release date 'Dec 8, 2010', the contact lines (David Weaver, Allard Beutel) and 'RELEASE: 10-327' dropped; the headline in capitals kept as the first line; the closing paragraphs with links ('The Falcon 9 launch is part of NASA's Commercial Orbital Transportation Services program For more information, visit:', the NASA TV and YouTube notices and their addresses), '-end-' and the subscription boilerplate dropped)",
    text='''NASA ADMINISTRATOR BOLDEN'S STATEMENT ON FALCON 9 LAUNCH
WASHINGTON -- NASA Administrator Charles Bolden issued the following statement about SpaceX's launch of the Falcon 9 rocket and Dragon capsule:
"While rocket launches from the Cape are considered a common occurrence, the historic significance of today's achievement by SpaceX should not be lost
"This is the first in a new generation of commercial launch systems that will help provide vital support to the International Space Station and may one day carry astronauts into orbit This successful demonstration flight is an important milestone in meeting the objectives outlined by President Obama and Congress, and shows how government and industry can leverage expertise and resources to foster a new and vibrant space economy
"These new explorers are to spaceflight what Lindbergh was to commercial aviation "''',
    quotes=[
        Q('"While rocket launches', 'should not be lost', "Charles Bolden"),
        Q('"This is the first in a new generation', 'vibrant space economy', "Charles Bolden"),
        Q('"These new explorers', 'commercial aviation "', "Charles Bolden"),
    ],
    aliases={"Charles Bolden": ["NASA Administrator Charles Bolden"]},
),
dict(
    id="noaa-2006-03-caribbean-hurricane-awareness-tour",
    source="http://www.publicaffairs.noaa.gov/releases2006/mar06/noaa06-026.html",
    license=PD, retrieved=PAGES + " (NOAA release 2006-026; the release number, contact ('Contact: Frank Lepore') and site lines ('NOAA News Releases 2006', 'NOAA Home Page', 'NOAA Public Affairs') dropped; the stored copy has no headline and begins with the first paragraph (H131); the closing mark typed as an opening one in '“Hurricane Hunter“' is as stored (H525); the paragraph 'Max Mayfield, director of NOAA’s National Hurricane Center, said the team was responding to the public awareness needs identified', cut in the stored copy, dropped)",
    text='''Hurricane specialists from the U.S. National Oceanic and Atmospheric Administration’s National Weather Service and emergency managers are scheduled to begin a six-day, five-city tour of the Caribbean region March 13, to raise public awareness of the Atlantic hurricane threat. They will visit Mexico, Nicaragua, Curacao, Grenada and Puerto Rico.
The team of specialists from the National Hurricane Center will travel aboard a U.S. Air Force Reserve Command WC-130-J “Hurricane Hunter“ Hercules aircraft. The “Hurricane Hunters” of the 53rd Weather Reconnaissance Squadron are designed to gather position and intensity data by flying directly into the storm and to relay vital information from the core of the hurricane to the forecasters.
Hurricane specialists will work with local officials and the media to raise awareness of the threat posed by hurricanes in the region. The team will also discuss lessons learned from the 2005 Atlantic hurricane season with Caribbean meteorological and emergency management officials and the public.
“Forecasting hurricanes requires cooperation and coordination across borders. Our meteorologists need the weather observations taken by World Meteorological Organization member countries, reconnaissance aircraft, and satellites to issue the timely and accurate forecasts emergency managers and the public need to make good decisions,” said Retired Navy Vice Admiral Conrad C. Lautenbacher Jr., Ph.D., under secretary of commerce for oceans and atmosphere and NOAA administrator. “Such cooperation furthers our ability to reduce the loss of life and property from disasters and to improve weather forecasting – benefits outlined in the Strategic Plan for the Global Earth Observing System of Systems (GEOSS).”''',
    quotes=[
        Q('“Hurricane Hunter“', None, None),
        Q('“Hurricane Hunters”', None, None),
        Q('“Forecasting hurricanes requires', 'make good decisions,”', "Conrad C. Lautenbacher Jr."),
        Q('“Such cooperation furthers', 'Systems (GEOSS).”', "Conrad C. Lautenbacher Jr."),
    ],
    aliases={"Conrad C. Lautenbacher Jr.": ["Retired Navy Vice Admiral Conrad C. Lautenbacher Jr."]},
),
]
