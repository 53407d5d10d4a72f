# Held-out English news pages (tests/data/heldout29-en.jsonl). Like heldout25_pages.py and heldout27_pages.py, these
# texts are stored web pages (the `pages` search corpus) of US federal government outlets, none of them used in an
# earlier set: an Air Force story (dm.af.mil, 2019), two DVIDS stories (dvidshub.net, 2017 and 2022), an army.mil story
# (2022), a Navy News Service story (navy.mil), a DoD News article as carried by the Army's NCO Journal
# (ncojournal.dodlive.mil), three EPA news releases (epa.gov, 2019 and 2021, and the EPA's January 19, 2021 snapshot
# site, 2020), a FEMA news release (2003, as archived by the UNT End of Term web archive), a NOAA Coral Reef
# Conservation Program story (coralreef.noaa.gov), a VOA News report (voanews.com, 2007) and a VOA Khmer report
# (voacambodia.com, 2007). All are works of the US federal government and in the public domain (17 U.S.C. § 105);
# none is credited to AP, Reuters, AFP or another third party. The stored copies are often cut after about 2,000
# characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Site banners,
# "Published"/byline lines, contact lines, release numbers, photo captions and publication dates are dropped; wording,
# spelling, spacing inside a paragraph and quotation marks are as stored (including a quotation closed by a single
# mark, closing marks printed without an opening one, and a double space). Annotated by reading the pages, before
# whosaid was run on them (rules H140-H143 in ANNOTATION.md on top of H1-H130).
PD = "public domain (US government work, 17 U.S.C. § 105)"
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout29-en.jsonl

Built by `build.py` from `heldout29_pages.py`. Like heldout25-en and heldout27-en, these texts are stored web pages
(the `pages` search corpus) of US federal government outlets, none of them used in a set above: an Air Force story
(Davis-Monthan AFB, dm.af.mil, 2019), two DVIDS stories (1st Cavalry Division Sustainment Brigade at a Temple school,
2017; the 136th Airlift Wing's readiness exercise, 2022), an army.mil story (Fort Hood BOSS volunteers, 2022), a Navy
News Service story (navy.mil, USS Harry S. Truman's chiefs on the USS Wisconsin), a DoD News article carried by the NCO
Journal (ncojournal.dodlive.mil, OCS at 75), three EPA news releases (Region 7's Superfund accomplishments, 2019; New
England community grants, 2021; "What They Are Saying" on the Superfund report, 2020, on the EPA's January 19, 2021
snapshot site), a FEMA news release (New York recovery centres, 2003, as archived by the UNT End of Term web archive),
a NOAA Coral Reef Conservation Program story (a mapping cruise to the US Caribbean), a VOA News report (Mozambique
floods, 2007) and a VOA Khmer report (a land clash in Preah Vihear, 2007). All are US government works in the public
domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are often
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Banners,
bylines, contact lines, release numbers, captions and dates were dropped; wording and quotation marks are as stored.
None of these pages is used in any set above (checked by URL, by title, by the names of their speakers and by 8-word
overlap with every existing text: no shared 8-word sequence). The annotation (rules H140–H143 in `ANNOTATION.md` on
top of H1–H130) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-af-2019-davis-monthan-bushwhacker-exercise",
    source="http://www.dm.af.mil/Media/Article/2018494/exercise-ended-real-world-ready/",
    license=PD, retrieved=PAGES + " (the lines 'News Search', 'News', 'Published' and the byline 'By Airman 1st Class Jacob T. Stephens, 355th Wing Public Affairs' dropped; the paragraph '\"The last time we employed the Dynamic Wing ...', cut in the stored copy, dropped; the double space after 'austere conditions,' kept as stored)",
    text='''Exercise ended, real-world ready
The 355th Wing executed Exercise Bushwhacker 19-08 at several locations from Oct. 28 to Nov. 8.
The Dynamic Wing focuses on the 355th Wing's ability to pick up rescue and attack missions' personnel and cargo, move into an austere and contested location and expand into these areas using forward adaptive basing.
"The Dynamic Wing answers General Goldfien's charge to be able to take a wing, deploy it into a contested environment with austere conditions,  be able to operate out of that environment, and then be able to receive follow on forces with minimal command and control," said Col. Michael R. Drowley, 355th Wing Commander. "This helps answer the National Defense Strategy as far as how we will deploy our forces and create problem sets for our adversaries and our near peer competitors."
The exercise was held primarily at Libby Army Airfield with alternate spokes on the East Range Training Ground, Fort Huachuca, and Davis-Monthan. These environments simulated conditions that Airmen can expect to face in a real-world scenario.
"Our Airmen received extremely valuable training reps in new environments that bolstered their confidence, developed their leadership skills and ultimately increased their readiness to face the challenging operational environment ahead," said Lt. Col. Russell Fette, 355th Wing plans and programs chief.
As the climate of war changes, more is required of Airmen and the execution of the Dynamic Wing concept.''',
    quotes=[
        Q('"The Dynamic Wing answers', 'command and control,"', "Michael R. Drowley"),
        Q('"This helps answer', 'near peer competitors."', "Michael R. Drowley"),
        Q('"Our Airmen received', 'environment ahead,"', "Russell Fette"),
    ],
    aliases={"Michael R. Drowley": ["Col. Michael R. Drowley"], "Russell Fette": ["Lt. Col. Russell Fette"]},
),
dict(
    id="gov-en-dvids-2022-136th-airlift-wing-readiness-exercise",
    source="https://www.dvidshub.net/news/415259/through-hell-and-back-extended-exercise-puts-texans-back-saddle",
    license=PD, retrieved=PAGES + " (the stored copy has no headline: it opens with a photo caption ('Photo By Senior Airman Charissa Menken | Texas Air National Guard Senior Airman Jordan Mumm ... see less | View Image Page'), which is dropped, so the text starts with the first paragraph; the paragraph 'Hundreds of Citizen Airmen generated flying sorties', cut in the stored copy, dropped; the closing marks printed without an opening one after 'operationally limited environment,' and after 'get back up on step.' kept as stored)",
    text='''An exercise, made to assess a wing’s strengths, identify possible vulnerabilities, ensures a force of effective combat-ready Airmen. Formidable skills, such as the ones presented within such a training environment, are still in high demand as evidenced in the 136th Airlift Wing’s recent operational readiness exercise held Feb. 11-15, 2022.
The readiness exercise validates units performing their Mission Essential Tasks in a contested, degraded, and operationally limited environment,” said Lt. Col. Scott Wedel, 136 AW Inspector General. “What made this specific readiness exercise more unique is the Inspector General team from Air Mobility Command also completed their mid-point visit.”
Brigadier General Gary McCue, principal deputy to the Assistant Adjutant General for Air, Ohio National Guard, visited the wing to access its capabilities to perform these wartime tasks.
“It’s been a couple years now that we’ve been struggling with the pandemic and not being around people at drills and having hands-on,” said the general. Now it’s time to get back to what we were doing and get back up on step.”''',
    quotes=[
        Q('“What made this specific', 'mid-point visit.”', "Scott Wedel"),
        Q('“It’s been a couple years', 'back up on step.”', "Gary McCue"),
    ],
    aliases={"Scott Wedel": ["Lt. Col. Scott Wedel"], "Gary McCue": ["Brigadier General Gary McCue", "the general"]},
),
dict(
    id="gov-en-navy-truman-chiefs-restore-uss-wisconsin-berthing",
    source="http://www.navy.mil/submit/display.asp?story_id=73395",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and opens with the dateline paragraph; the paragraph '\"Taking part in this cleanup effort ...', cut in the stored copy, dropped; Parker's quotation closed by a single mark (',' said Parker') kept as stored)",
    text='''NORFOLK, Va. (NNS) -- Chief petty officers (CPO) and first class petty officers assigned to aircraft carrier USS Harry S. Truman (CVN 75) participated in a community relations (COMREL) project on board the floating museum USS Wisconsin (BB 64) April 12.
Wisconsin is a decommissioned Iowa-class battleship that earned five battle stars during World War II.
Twelve chiefs and first class petty officers undertook the restoration of a CPO berthing on board Wisconsin.
"It's great to be out here giving back with my brothers and sisters as well as the first class mess," said Chief Machinist's Mate Alexander Myers. "Being able to restore a ship with so much history is special because we are preserving memories."
Myers said time spent giving back to the community is time well spent.
"Any time our ship wants to do something like this I'll be here," said Myers. "COMRELs are rewarding to all those involved. They benefit the community, the Navy and your career."
According to Chief Cryptologic Technician (Technical) Deirdre Parker, CPO 365 community service committee chairman aboard Truman, her team dedicated more than four hours to the restoration project, starting with the 22-year accumulation of dust that blanketed the majority of the berthing.
"It is amazing to see how dusty it is, but it feels good to be here,' said Parker. "You can really see the ship coming back to what it once was."
Parker said that the cleaning was enlivened by the discovery of trinkets left behind by the crew.
"There are little pieces of life everywhere," said Parker. "We found a good conduct ribbon, a watch bill in a locker and even a handwritten note."
Myers said that ultimately it was a rewarding experience that benefitted the participants, the community and future visitors of the Wisconsin.''',
    quotes=[
        Q('"It\'s great to be out here', 'first class mess,"', "Alexander Myers"),
        Q('"Being able to restore', 'preserving memories."', "Alexander Myers"),
        Q('"Any time our ship', "I'll be here,\"", "Alexander Myers"),
        Q('"COMRELs are rewarding', 'and your career."', "Alexander Myers"),
        Q('"It is amazing to see', "good to be here,'", "Deirdre Parker"),
        Q('"You can really see', 'what it once was."', "Deirdre Parker"),
        Q('"There are little pieces', 'life everywhere,"', "Deirdre Parker"),
        Q('"We found a good conduct', 'handwritten note."', "Deirdre Parker"),
    ],
    aliases={"Alexander Myers": ["Chief Machinist's Mate Alexander Myers", "Myers"], "Deirdre Parker": ["Parker"]},
),
dict(
    id="gov-en-dod-2016-ocs-turns-75-ncojournal",
    source="http://ncojournal.dodlive.mil/",
    license=PD, retrieved=PAGES + " (the NCO Journal's front page, of which only its first item, a Department of Defense News article, is kept; the byline 'By LISA FERDINANDO / Department of Defense News' and the photo caption printed twice ('Officer candidate Paulette Prince conducts a mission brief ...') dropped; the subheading 'Vacant seats' and the paragraph 'Capt. Jefferson Davis, assistant op...' after it, cut in the stored copy, dropped)",
    text='''OCS turns 75 with more opportunities than ever for NCOs to become officers
A recent change in eligibility allows enlisted personnel up to age 33 to apply to become officers. Also, there’s no longer a requirement to serve in the Army for six years before going to Officer Candidate School.
The current guidance — published just prior to the 75th anniversary of OCS this year — is contained in Military Personnel Message 15-270 “FY16 U.S. Army Federal Officer Candidate School Program Announcement.”
“The resulting Army Readiness from OCS accessions is stronger today than it was even a decade ago, with a few adjustments to screening criteria and the requirement to hold a baccalaureate degree, we ensure a competitive environment for the new officer and a more diverse and stronger officer corps for our Army,” said Jon Banco, chief of Human Resource’s Command’s Officer Accession Branch.
Officers graduating this year will begin their commissioned careers on an equal academic footing as their U.S. Military Academy and ROTC counterparts, without the burden of having to enter a degree completion program before they become captains, as was the case in previous years, Banco said. All second lieutenants graduating from OCS entered training having already completed their baccalaureate degree.
Three panels will meet next year in January, May and September, to select OCS candidates, said Cliff Preetorious, OCS program manager, HRC Officer Accession Branch. An upcoming MILPER will provide eligibility requirements. The MILPER is being staffed at Army G-1 and should be published soon.''',
    quotes=[
        Q('“FY16 U.S. Army Federal', 'Program Announcement.”', None),
        Q('“The resulting Army Readiness', 'officer corps for our Army,”', "Jon Banco"),
    ],
    aliases={"Jon Banco": ["Banco"]},
),
dict(
    id="gov-en-epa-2019-region-7-superfund-accomplishments",
    source="https://www.epa.gov/newsreleases/epa-announces-2018-annual-superfund-accomplishments-including-successes-region-7",
    license=PD, retrieved=PAGES + " (the lines 'News Releases from Region 07', 'Contact Information: Ben Washburn ...', 'Environmental News' and 'FOR IMMEDIATE RELEASE' dropped; the line 'Other highlights of EPA Region 7’s 2018 accomplishments include:' and the list item after it, cut in the stored copy, dropped)",
    text='''EPA Announces 2018 Annual Superfund Accomplishments, Including Successes in Region 7
(Lenexa, Kan., March 4, 2019) - Today, the U.S. Environmental Protection Agency (EPA) is releasing Superfund’s annual report covering major accomplishments and environmental progress during fiscal year (FY) 2018. The Superfund program is a top priority for EPA under President Trump, and the Agency is making great strides in accelerating sites through remediation and back to productive use. As detailed in the report, communities across the country are benefitting from these efforts.
“We are proud to report that in fiscal year 2018, EPA deleted all or part of 22 sites from the National Priorities List, the largest number of deletions in one year since 2005,” said EPA Administrator Andrew Wheeler. “By renewing and elevating our focus on Superfund under President Trump, we are accelerating cleanups, returning sites to productive reuse, and revitalizing communities across the country.”
“The Region 7 staff, along with the community members and partners who work with us, have accomplished much in FY 2018,” said EPA Region 7 Administrator Jim Gulliford. “My top regional priority is the West Lake Landfill Superfund Site in Bridgeton, Missouri, and the team now has a final cleanup decision. While this fiscal year was successful, we never forget that a lot of work remains. In addition to West Lake, we are focused on continued lead cleanups in residential yards and other properties at Superfund sites in the region to reduce childhood lead exposure.”''',
    quotes=[
        Q('“We are proud to report', 'in one year since 2005,”', "Andrew Wheeler"),
        Q('“By renewing and elevating', 'across the country.”', "Andrew Wheeler"),
        Q('“The Region 7 staff', 'much in FY 2018,”', "Jim Gulliford"),
        Q('“My top regional priority', 'childhood lead exposure.”', "Jim Gulliford"),
    ],
    aliases={"Andrew Wheeler": ["EPA Administrator Andrew Wheeler"], "Jim Gulliford": ["EPA Region 7 Administrator Jim Gulliford"]},
),
dict(
    id="gov-en-epa-2021-new-england-healthy-communities-grants",
    source="https://www.epa.gov/newsreleases/epa-community-grants-available-protect-public-health-and-environment-new-england-2",
    license=PD, retrieved=PAGES + " (the lines 'News Releases from Region 01' and 'Contact Information: Mikayla Rumph ...' dropped; the paragraph 'Eligible projects under this program ...', cut in the stored copy, dropped)",
    text='''EPA Community Grants Available to Protect Public Health and the Environment in New England
BOSTON – The U.S. Environmental Protection Agency (EPA) is making grants available for New England communities to support EPA's mission to protect human health and the environment.
EPA New England's Healthy Communities Grant Program is accepting applications for projects that will benefit one or more New England communities. The deadline to submit an application is May 14, 2021 at 11:59 PM. EPA intends to award 10 cooperative agreements, for a combined total of $300,000 under this funding opportunity. The Healthy Communities Grant Program is a unique EPA New England grant program which works directly with communities to reduce environmental risks, protect and improve human health and the quality of life, advance resilience, and preserve and restore important ecosystems.
"EPA is proud to continue investing in New England organizations who make a difference in the health of our local communities," said EPA New England Acting Regional Administrator Deborah Szaro. "Past recipients have done important work in areas such as pollution prevention, finding solutions to reducing food waste, and addressing lead exposure for children. These Healthy Communities grants provide an opportunity for local groups and leaders to identify and address areas of concern in their community and demonstrates how EPA can work closely with these organizations to advance public health protection."''',
    quotes=[
        Q('"EPA is proud to continue', 'our local communities,"', "Deborah Szaro"),
        Q('"Past recipients have done', 'public health protection."', "Deborah Szaro"),
    ],
    aliases={"Deborah Szaro": ["EPA New England Acting Regional Administrator Deborah Szaro"]},
),
dict(
    id="gov-en-epa-2020-what-they-are-saying-superfund-report",
    source="https://19january2021snapshot.epa.gov/newsreleases/what-they-are-saying-trump-administrations-cleaning-contaminated-sites-across-country_.html",
    license=PD, retrieved=PAGES + " (the snapshot banner ('An official website of the United States government.', 'This is not the current EPA website. ... More information »') and the lines 'News Releases', 'News Releases from HeadquartersLand and Emergency Management (OLEM)' and 'Contact Information:' dropped; the paragraph 'U.S. Congressman Chuck Fleischmann (TN-03): “The Southside Superf...', cut in the stored copy, dropped)",
    text='''What They Are Saying: Trump Administration’s Cleaning Up Contaminated Sites Across the Country
WASHINGTON (June 10, 2020) — Today, U.S. Environmental Protection Agency (EPA) Administrator Andrew Wheeler visited the Strasburg Superfund site in Newlin Township, PA, where he announced EPA’s annual Superfund Accomplishments Report documenting national achievements in the Superfund program during FY 2019. The Superfund program addresses the nation’s most contaminated sites and is a key priority for the Trump Administration. The report also documents improvements to the program as a result of the Superfund Task Force work under EPA Administrator Andrew Wheeler.
Here's what elected officials and other key stakeholders said about fiscal year 2019 work:
U.S. Senator Steve Daines (R-MT): Launching progress and securing a final cleanup decision at the legacy Silver Bow Creek mine site in Butte, Montana “is big news for the folks of Butte-Silver Bow. After nearly four decades, this agreement brings us one step closer to not only a solutions-driven cleanup, but also removing the stigma of the Superfund listing by 2024.”
Transportation and Infrastructure Committee Ranking Member Sam Graves (MO-07): “Putting once-contaminated Superfund sites back into safe, productive use throughout our communities provides huge benefits to taxpayers, and I commend Administrator Wheeler and the agency for its work on this important issue.”''',
    quotes=[
        Q('“is big news for the folks', 'listing by 2024.”', "Steve Daines"),
        Q('“Putting once-contaminated', 'this important issue.”', "Sam Graves"),
    ],
    aliases={"Steve Daines": ["U.S. Senator Steve Daines"], "Sam Graves": ["Transportation and Infrastructure Committee Ranking Member Sam Graves"]},
),
dict(
    id="gov-en-fema-2003-new-york-mobile-recovery-centers",
    source="https://webarchive.library.unt.edu/eot2008/20081030105637/https://www.fema.gov/news/newsrelease.fema?id=5032",
    license=PD, retrieved=PAGES + " (UNT End of Term archive copy of the FEMA page; the lines 'Release Date: September 19, 2003', 'Release Number: 1486-08' and '» More Information on New York Severe Storms, Tornadoes and Flooding' dropped, the headline's trailing space trimmed; the paragraph 'At the request of Governor George E. Pataki, ...', cut in the stored copy, dropped; 'Hernández' and 'Hernandez' as stored)",
    text='''New FEMA/State Disaster Recovery Centers To Open
Storm Victims Continue To Have Opportunity To Meet Face-To-Face With Disaster Officials
Syracuse, NY -- Six Mobile Disaster Recovery Centers (DRCs) will open in Chemung, Columbia, Greene, Montgomery, Ontario and Steuben counties to assist individuals affected by the recent storms, flooding and tornadoes, state and federal officials announced today. Most of the DRCs will open Monday, September 22 at 9 a.m. and close at 7:00 p.m. The complete DRC schedule is attached.
"The first step to getting the assistance that most people need to recover from the summer storms is only a twenty-minute, toll-free telephone call away," said Justo Hernández, FEMA federal coordinating officer. FEMA's registration number is 1-800-621-FEMA (3362). The hearing or speech impaired should call 1-800-462-7585 (TDD). Both lines are open from 8:00 a.m. to 6:00 p.m., seven days a week. "Once you register, you can either call our toll free number again or visit the recovery center nearest you to provide additional information about your claim or to have questions answered," Hernandez added.
The DRCs are designed to move from place to place within the disaster-damaged areas, enabling officials to meet with residents face-to-face to answer their questions, provide recovery information and written material about the different assistance programs available for individuals and business owners and to help them complete low-interest loan applications issued by the U. S. Small Business Administration (SBA). Experts will also be available to give advice on how to avoid future damages.''',
    quotes=[
        Q('"The first step to getting', 'telephone call away,"', "Justo Hernández"),
        Q('"Once you register', 'questions answered,"', "Justo Hernández"),
    ],
    aliases={"Justo Hernández": ["Hernandez"]},
),
dict(
    id="gov-en-noaa-coral-mapping-cruise-us-caribbean",
    source="http://coralreef.noaa.gov/aboutcrcp/news/featuredstories/mar10/car10_mapping/welcome.html",
    license=PD, retrieved=PAGES + " (the site line 'Coral Reef NOAA', the page date 'May 27, 2016' and the image description and caption ('image of multibeam sonar image ...', 'Main image: Seafloor mapping identified ... Biogeography Branch') dropped; the paragraph 'In order to gather information on th...', cut in the stored copy, dropped)",
    text='''Coral Mapping Cruise Targets US Caribbean
The NOAA Ship Nancy Foster left port March 18 from Charlotte Amalie, St. Thomas, US Virgin Islands, with 18 scientists from NOAA's Center for Coastal Monitoring and Assessment Biogeography Branch and partnering agencies on board. Tim Battista, the expedition chief scientist, and the team are returning to the US Caribbean to map the seafloor and study the coral reef ecosystems and fish habitats of the region.
At the request of the Caribbean Fisheries Management Council, the US National Park Service, and the University of the Virgin Islands, the NOAA science team will be examining high-priority areas off the southern coasts of St. Thomas, St. John, and eastern portions of Puerto Rico. Much of this area has not been previously studied or mapped.
"This mission will help us paint a clear picture of underwater habitats and the marine life they support; it will also be useful in updating nautical charts for safer navigation," Battista said. "This information is critical to the decisions made by the natural resource managers responsible for this region, and beyond."''',
    quotes=[
        Q('"This mission will help', 'for safer navigation,"', "Tim Battista"),
        Q('"This information is critical', 'this region, and beyond."', "Tim Battista"),
    ],
    aliases={"Tim Battista": ["Battista"]},
),
dict(
    id="gov-en-voa-khmer-2007-11-15-preah-vihear-land-clash",
    source="https://www.voacambodia.com/a/a-40-2007-11-15-voa4-90147332/1359112.html",
    license=VOA, retrieved=PAGES + " (the lines 'Accessibility links' and 'Breaking News' dropped; the stored copy ends after the paragraph '\"When the villagers were aware ...,\" he said.')",
    text='''Police Clash Over Land Leaves 2 Villagers Dead
An armed standoff between hired gunmen and reported victims of a land grab has left at least two villagers dead and five injured in the northern province of Preah Vihear, officials said.
Sor Sam Ol, Preah Vihear deputy governor, said villagers had incited the violence, and the security forces had only defended themselves.
"The authorities did not open fire on the villagers; that is only their right of self defense," he said. "At first the authorities just shot into the air, and the villagers came toward them."
The villagers were driven from their land following its sale to businessmen, said Chan Saveth, an investigator for the rights group Adhoc.
"When the villagers were aware that the land was sold to bad businessmen and not for any preservation purposes, they started to protest against that," he said.''',
    quotes=[
        Q('"The authorities did not open fire', 'right of self defense,"', "Sor Sam Ol"),
        Q('"At first the authorities', 'came toward them."', "Sor Sam Ol"),
        Q('"When the villagers were aware', 'protest against that,"', "Chan Saveth"),
    ],
),
dict(
    id="gov-en-dvids-2017-wagonmaster-troopers-temple-school-pumpkins",
    source="https://www.dvidshub.net/news/253676/wagonmaster-troopers-have-spooky-visit-temple-school",
    license=PD, retrieved=PAGES + " (the site lines (maintenance notice, log-in prompt, 'Defense Visual Information Distribution Service Logo'), the place and date line 'TEMPLE, TX, UNITED STATES / 10.27.2017' and the byline 'Story by Cpl. Michael Smith, 1st Cavalry Division Sustainment Brigade' dropped, leading indentation trimmed; the paragraph '\u201cI believe a lot of people might have ...', cut in the stored copy, dropped)",
    text='''Wagonmaster Troopers have spooky visit to Temple school
Soldiers from the Special Troops Battalion (STB), 1st Cavalry Division Sustainment Brigade (1CDSB), travelled to Kennedy Powell Elementary School in Temple, Texas, to help four classes of kindergartners carve their Halloween pumpkins, Oct. 27.
The trip was made in support of the battalion’s Adopt-a-School program which gives soldiers the opportunity to volunteer and interact with schools in the Fort Hood area.
Staff Sgt. Michael Harmon, senior human resources noncommissioned officer (NCO), STB, 1CDSB, said, “It feels great working with my fellow soldiers to accomplish a different kind of mission.”
Sgt. Dontell Tyler, operations NCO, STB, 1CDSB, said it’s important to have a consistent presence in the community, not just when performing military missions.
“We should have that relationship where they know we are a part of their community, and not just during emergencies or times of crises,” said Tyler. “I just enjoyed the joy it brought to the kids’ faces.”
The consensus amongst the soldiers was everyone’s favorite part of the trip was simply seeing the children smiling and enjoying themselves.
“The children's smiles meant the most to me, just the fact that they had a great time,” said Sgt. Courtney Easton, operations NCO, STB, 1CDSB, and battalion liaison for the Adopt-a-School Program.
Easton added that the Adopt-a-School Program is important because of the stigma some people may have when they see a soldier in uniform.''',
    quotes=[
        Q('“It feels great working', 'kind of mission.”', "Michael Harmon"),
        Q('“We should have that relationship', 'times of crises,”', "Dontell Tyler"),
        Q('“I just enjoyed the joy', 'the kids’ faces.”', "Dontell Tyler"),
        Q('“The children\'s smiles', 'had a great time,”', "Courtney Easton"),
    ],
    aliases={"Michael Harmon": ["Staff Sgt. Michael Harmon"], "Dontell Tyler": ["Sgt. Dontell Tyler", "Tyler"],
             "Courtney Easton": ["Sgt. Courtney Easton", "Easton"]},
),
dict(
    id="gov-en-army-2022-fort-hood-boss-morgan-mill-elementary",
    source="https://www.army.mil/article/262276/fort_hood_boss_members_volunteer_for_elementary_mission",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and opens with the dateline paragraph; the paragraph '\u201cI\u2019m looking forward to just being able to mingle with the kids ...', cut in the stored copy, dropped)",
    text='''STEPHENVILLE, Texas — Soldiers with the Fort Hood Better Opportunities for Single Soldiers Program made a two-hour trip north to Morgan Mill Elementary School to volunteer with the students, staff and community members here, Nov.18.
Three of those Soldiers were Spc. Dallas Parker, BOSS president, Sgt. Ryan Ward, Bravo Battery, 6th Battalion, 56th Air Defense Artillery Regiment, and Sgt. Reece Kirby, Fox Company, 2nd Battalion, 227th Aviation Regiment, 1st Air Cavalry Brigade. They were all excited to have the chance to interact with the young students.
“It’s a good opportunity for kids to interact with service members and get some insight,” Ward said. “Little minds - they’re very intrigued.”
“I come from a small town myself so supporting small towns especially as a Soldier … I think it’s important to support small schools like this,” Kirby said. “Plus, we love volunteering so that’s why we’re here.”
“This is just a great opportunity to show our support to the community. The community always shows good support for the military so as Soldiers it’s nice to be able to give back and show that we appreciate their support,” Parker said. “To be able to come out and see the smiles on the kids’ faces and see how they look up to us - it’s a big morale boost for a lot of Soldiers.”
The Soldiers were able to do several things with the students including enjoying a nice Thanksgiving themed lunch, but Ward was most excited to play football with the students.
“It’s really fun to get out there and stay active,” Ward said. “That’s the most important thing - to stay active and have fun.”
Kirby was looking forward to seeing the students’ creative sides through coloring.
“We’re trying to take some (art) back home with us,” he said.
Parker enjoyed talking to the students the most and hearing what they had to say.''',
    quotes=[
        Q('“It’s a good opportunity for kids', 'get some insight,”', "Ryan Ward"),
        Q('“Little minds', 'very intrigued.”', "Ryan Ward"),
        Q('“I come from a small town', 'small schools like this,”', "Reece Kirby"),
        Q('“Plus, we love volunteering', 'that’s why we’re here.”', "Reece Kirby"),
        Q('“This is just a great opportunity', 'appreciate their support,”', "Dallas Parker"),
        Q('“To be able to come out', 'for a lot of Soldiers.”', "Dallas Parker"),
        Q('“It’s really fun to get out', 'stay active,”', "Ryan Ward"),
        Q('“That’s the most important thing', 'have fun.”', "Ryan Ward"),
        Q('“We’re trying to take some', 'back home with us,”', "Reece Kirby"),
    ],
    aliases={"Ryan Ward": ["Sgt. Ryan Ward", "Ward"], "Reece Kirby": ["Sgt. Reece Kirby", "Kirby"],
             "Dallas Parker": ["Spc. Dallas Parker", "Parker"]},
),
dict(
    id="gov-en-voa-2007-02-28-mozambique-flood-aid",
    source="https://www.voanews.com/a/a-13-2007-02-28-voa27/347505.html",
    license=VOA, retrieved=PAGES + " (the lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'Bobb reports that an aerial view of the area ...', cut in the stored copy, dropped)",
    text='''As Waters Recede, More Mozambicans Seek Flood Aid
In Mozambique, more than 80 camps have been set up to help tens of thousands of people displaced or affected by recent floods.
Tuesday, relief officials made a surprise discovery: the village of Ndere, which had been isolated by the floods and no one knew about it. VOA correspondent Scott Bobb is in central Mozambique. From the town of Caia, he told VOA English to Africa Service reporter Joe De Capua about the discovery.
“The village was discovered by accident almost. Helicopters flying relief supplies just happened to fly over a large group of these straw shelters. And there were no plastic tents, no sheeting over them, which is an indication that no one had reached them yet. They landed and found out they’d been cut off since the rains. So yesterday, they flew a very small contingent of some sanitation supplies, basically materials to dig latrines with. And then today they began distributing plastic sheets and they passed on the information to the people who provide emergency food. And so now this village is in the pipeline to receive food distributions down the road…. This was a village of over 4,000 people and they hadn’t had anyone visit them since the crisis began in January.”
The village is located either on a Zambezi River island or at the water’s edge. “There’s no road to it,” says Bobb, “and in fact the villagers say that during about half of the year when the rainy season is here the village is cut off anyway. And even in the best of times during the drying season it’s very rare any vehicle gets there.”''',
    quotes=[
        Q('“The village was discovered', 'crisis began in January.”', "Scott Bobb"),
        Q('“There’s no road to it,”', None, "Scott Bobb"),
        Q('“and in fact the villagers say', 'any vehicle gets there.”', "Scott Bobb"),
    ],
    aliases={"Scott Bobb": ["VOA correspondent Scott Bobb", "Bobb"]},
),
]
