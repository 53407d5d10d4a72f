# Held-out English news pages (tests/data/heldout47-en.jsonl). Like heldout38/41/43/45_pages.py, these texts are
# stored web pages (the `pages` search corpus) of US federal outlets, none of them used in an earlier set: Air Force
# (an af.mil story of a 386th Air Expeditionary Wing visit by Maj. Gen. William L. Holland; a 20th Fighter Wing story on
# shaw.af.mil), Army (an army.mil story on a visit of the Sergeant Major of the Army, 2011; two DVIDS stories
# on dvidshub.net, 2011 and 2019), Navy (a U.S. Pacific Command copy of a Navy Region Hawaii story on pacom.mil; a USS
# America story on public.navy.mil), the Department of the Interior (a doi.gov press release of Secretary Ken Salazar at
# Pelican Island) and the U.S. Geological Survey (two USGS newsroom releases of 1995 and 2000 as kept on
# archive.usgs.gov). All are works of the US government and in the public domain (17 U.S.C. § 105); none is credited to
# AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation, site headers, bylines, photo
# captions, dates, contact blocks and editors' notes are dropped; wording, spelling and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H232-H236 in ANNOTATION.md on top of H1-H226).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout47-en.jsonl

Built by `build.py` from `heldout47_pages.py`. Like heldout23-en, heldout25-en, heldout26-en, heldout29-en, heldout31-en,
heldout33-en, heldout35-en, heldout37-en, heldout38-en, heldout41-en, heldout43-en and heldout45-en, these texts are stored
web pages (the `pages` search corpus) of US federal outlets, none of them used in a set above: Air Force (an af.mil story on
a visit to the 386th Air Expeditionary Wing, a 20th Fighter Wing deployment story on shaw.af.mil), Army (an army.mil
story on a visit of the Sergeant Major of the Army, 2011, and two DVIDS stories on dvidshub.net, 2011 and 2019),
Navy (a Navy Region Hawaii story on the Secretary of the Navy as kept on pacom.mil, a USS America (LHA 6) story on
public.navy.mil), the Department of the Interior (a doi.gov press release on Secretary Ken Salazar at Pelican Island) and
the U.S. Geological Survey (two newsroom releases of 1995 and 2000 on drought, as kept on archive.usgs.gov). All are US
government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per
page). Navigation, site headers, bylines, photo captions, date lines, contact blocks and editors' notes were dropped;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of
their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The annotation (rules H232–H236
in `ANNOTATION.md` on top of H1–H226) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="af-mil-afcent-deputy-commander-visits-386th-aew",
    source="https://www.af.mil/News/Article-Display/Article/123924/afcent-deputy-commander-visits-deployed-airmen",
    license=PD, retrieved=PAGES + " ('Published' and the byline 'By Tech. Sgt. Michael O'Connor, 386th Air Expeditionary Wing Public Affairs' dropped; the paragraph '\"Ninety-eight percent mission effectiveness! ...,\" he said. \"Everyone talks', cut in the stored copy, dropped)",
    text='''AFCENT deputy commander visits deployed Airmen
The 9th Air Force vice commander and the deputy commander of U.S. Air Forces Central visited 386th Air Expeditionary Wing Airmen April 2 at a Southwest Asian air base.
Maj. Gen. William L. Holland from Shaw Air Force Base, S.C., met and talked with Airmen who fly aircraft, maintain planes and deliver cargo to the warfighters throughout the area of responsibility.
"We're all warriors in the war on terrorism and we're all making a difference," General Holland said. "I think our Airmen see that as I see the gleam in their eyes when I talk to them. From an Air Force standpoint, whether you're in the air or on the ground, or in direct contact with the enemy or providing support from the rear, one day in the AOR with our Airmen takes the whole gamete of the support we bring to the overall fight.
"We are truly in this as a joint force providing capabilities and effects that are having a significant affect on both the war on terrorism and the counterinsurgency effort that we have going on in Iraq, Afghanistan and the Horn of Africa," the general said. "It really makes you proud."
Every day in the AOR sees 700 pallets of cargo and 3,500 passengers transported on 50-plus C-130 Hercules aircraft and C-17 Globemaster III.
"The air mobility mission as a whole is really about throughput," General Holland said. "You have to have bases to stage out of, but the resupply chain of moving people, parts, supplies is really about throughput. I don't think anybody does it any better than the 386th Air Expeditionary Wing (Airmen). The people out here understand that part of it. They work around some physical constraints, and they're out there making improvements. It just keeps getting better.''',
    quotes=[
        Q('"We\'re all warriors', 'making a difference,"', "William L. Holland"),
        Q('"I think our Airmen see', 'to the overall fight.', "William L. Holland"),
        Q('"We are truly in this', 'the Horn of Africa,"', "William L. Holland"),
        Q('"It really makes you proud."', None, "William L. Holland"),
        Q('"The air mobility mission', 'really about throughput,"', "William L. Holland"),
        Q('"You have to have bases', 'It just keeps getting better.', "William L. Holland"),
    ],
    aliases={"William L. Holland": ["Maj. Gen. William L. Holland", "General Holland", "the general"]},
),
dict(
    id="shaw-af-mil-team-shaw-deploys-tigers",
    source="https://www.shaw.af.mil/News/Article-Display/Article/1998663/team-shaw-safely-deploys-tigers/",
    license=PD, retrieved=PAGES + " ('Article Display', 'Published' and the byline 'By 20th Fighter Wing Public Affairs' dropped; the stored copy is complete)",
    text='''Team Shaw safely deploys Tigers
U.S. Airmen and equipment assigned to the 79th Fighter Squadron, 20th Aircraft Maintenance Squadron and other supporting units deployed as part of a scheduled rotation to Bagram Airfield, Afghanistan.
Continuing to support U.S. Central Command’s global war on terror, sending trained and prepared Airmen demonstrates the Nation’s commitment to stability and security in the region.
“Our presence in the area allows us to sustain deliberate counterterrorism operations, serves as a deterrent to our enemies and shows commitment to our partners,” said Col. Derek O’Malley, 20th Fighter Wing commander. “Through exercises and training sorties, we have ensured we can provide close air support, protect our personnel and resources against enemy air defenses and support any mission requirement that may be tasked.”
The Wing’s persistent emphasis on readiness and welfare has continually strengthened the team’s responsiveness and adaptability to current operations. From the medical group ensuring Airmen are fit-to-fight, to the mission support group palletizing cargo, this deployment displayed the teamwork and integration of the 20th Fighter Wing Airmen.
“We are ready to respond to any threat, in any location, at any time,” said O’Malley. “I am proud of our Wing, our Tigers and their families, who take the mission seriously and continue to make sacrifices in support of our Nation.”''',
    quotes=[
        Q('“Our presence in the area', 'commitment to our partners,”', "Derek O’Malley"),
        Q('“Through exercises and training sorties', 'that may be tasked.”', "Derek O’Malley"),
        Q('“We are ready to respond', 'at any time,”', "Derek O’Malley"),
        Q('“I am proud of our Wing', 'in support of our Nation.”', "Derek O’Malley"),
    ],
    aliases={"Derek O’Malley": ["Col. Derek O’Malley", "O’Malley"]},
),
dict(
    id="army-mil-2011-10-28-sma-visits-fort-meade",
    source="https://www.army.mil/article/68217/Sergeant_Major_of_the_Army_visits_Fort_Meade/",
    license=PD, retrieved=PAGES + " (the byline and date line 'By Brandon BieltzOctober 28, 2011' and the photo caption ('Sgt. Maj. of the Army Raymond F. Chandler III addresses Soldiers ... (Photo Credit: U.S. Army) VIEW ORIGINAL') dropped; the paragraph 'During his remarks, Chandler said all areas of the military budget ... committed to kee', cut in the stored copy, dropped)",
    text='''Sergeant Major of the Army visits Fort Meade
FORT GEORGE G. MEADE, Md. - In a small room packed with Soldiers, Sgt. Maj. of the Army Raymond F. Chandler III was immersed in the crowd.
Pacing back and forth, Chandler discussed the future of the Army with approximately 100 enlisted members of the 55th Signal Company (Combat Camera).
The Monday morning visit was the first of three stops during Chandler's trip to the installation to meet with junior enlisted Soldiers and noncommissioned officers. The 14th sergeant major of the Army also met with enlisted Soldiers at the NCO Academy and the Defense Information School.
"I conduct reconnaissance," Chandler said. "My job is to go out there and be a scout, look at what Soldiers have to say, tell them what's going on with the Army and then take that back to the secretary of the Army and the chief of staff of the Army and tell them this is what's on Soldiers' minds."
During his visit to Fort Meade, Chandler -- the highest-ranking enlisted Soldier in the Army -- discussed many of the issues related to enlisted service members, including their military careers and family's quality of life.
In his remarks to 55th Combat Camera, Chandler talked about reducing the size of the force and possible changes to the military's retirement system.
"Retirement is also a big issue right now with the idea of making changes in any of the retirement plans that are out there for the Soldiers," he said.''',
    quotes=[
        Q('"I conduct reconnaissance,"', None, "Raymond F. Chandler III"),
        Q('"My job is to go out there', 'on Soldiers\' minds."', "Raymond F. Chandler III"),
        Q('"Retirement is also a big issue', 'there for the Soldiers,"', "Raymond F. Chandler III"),
    ],
    aliases={"Raymond F. Chandler III": ["Sgt. Maj. of the Army Raymond F. Chandler III", "Chandler"]},
),
dict(
    id="dvidshub-2011-10-18-sma-visits-tf-duke",
    source="https://www.dvidshub.net/news/printable/78742",
    license=PD, retrieved=PAGES + " (a DVIDS printable page; the unit line '3rd Brigade Combat Team, 1st Infantry Division', the byline 'Story by Staff Sgt. Ben Navratil', the 'Date:', 'Posted:' and 'News ID:' lines and the repeated title dropped; the stored copy is complete; the copy's typo 'oldiers' is kept)",
    text='''Army’s senior NCO visits TF Duke
KHOWST PROVINCE, Afghanistan – Sgt. Maj. of the Army Raymond Chandler III visited the soldiers of the 3rd Brigade Combat Team, 1st Infantry Division, Task Force Duke, at several bases in Khowst and Paktya provinces, Oct. 18.
During breakfast in the FOB Salerno dining facility, Chandler spoke with soldiers stationed here about upcoming, Army-wide troop draw-down and changes in policy.
He emphasized that the privilege to serve the Nation will always be offered to those willing to continuously better themselves, and adapt to the needs of the force.
“You have to be willing to do what the Army needs you to do,” he said, adding that selfless service means being committed to the Army and taking assignments that may not be one’s first choice. Selfless service is one of the seven Army Values, which Chandler calls the core of what makes a soldier a soldier.
He went on to compare the professional soldier to professionals in the civilian sector. He said oldiers, like lawyers, clergymen and doctors, all go through rigorous training and constantly reassess their skills to stay ahead.
“Having the opportunity to break bread with the sergeant major of the Army was an honor for both my soldiers and I,” said U.S. Army 1st Sgt. John Pair from Queens, N.Y., the first sergeant of Headquarters, Headquarters Company, 3rd BCT. “His taking the time out to visit the troops and talk about the way forward for our expeditionary Army was very beneficial. He is the right guy to have in our corner.”''',
    quotes=[
        Q('“You have to be willing', 'needs you to do,”', "Raymond Chandler III"),
        Q('“Having the opportunity to break bread', 'my soldiers and I,”', "John Pair"),
        Q('“His taking the time out', 'to have in our corner.”', "John Pair"),
    ],
    aliases={"Raymond Chandler III": ["Sgt. Maj. of the Army Raymond Chandler III", "Chandler"],
             "John Pair": ["U.S. Army 1st Sgt. John Pair"]},
),
dict(
    id="pacom-mil-2016-11-17-secnav-visits-hawaii",
    source="https://www.pacom.mil/Media/NEWS/News-Article-View/Article/1007871/secretary-of-the-navy-visits-hawaii-sailors-marines",
    license=PD, retrieved=PAGES + " (a U.S. Pacific Command copy of a Navy Region Hawaii story; the site banner ('An official website of the United States government ... official, secure websites.'), the date line '17 November 2016' and 'From Commander, Navy Region Hawaii Public Affairs' dropped; the paragraph 'The all-hands call ended with Mabus making himself available to those in attendance for small talk and pho', cut in the stored copy, dropped)",
    text='''Secretary of the Navy Visits Hawaii Sailors, Marines
PEARL HARBOR (NNS) -- Secretary of the Navy Ray Mabus met with Sailors and Marines stationed in Hawaii during all-hands calls at Joint Base Pearl Harbor-Hickam (JBPHH) and Marine Corps Base Hawaii Nov. 16.
Mabus said the purpose of the visits was to thank service members for their hard work and sacrifice.
"The reason why I am here is because my time is coming to an end," said Mabus. "I am going to major fleet concentrations maybe for the last time to thank Sailors and Marines for their hard work in creating the greatest Navy and expeditionary fighting force that ever existed."
During his all-hands call at JBPHH, he said today's Navy is the greatest he has ever seen and it will continue to get better. Some of the many things he mentioned were how diversity played a major role in the Navy and Marine Corps' success, and the continuity of the Navy's focus to eliminate discrimination and sexual assault while promoting equal opportunity.
Mabus also said the fleet will see an increase in ships in the future, as well as more opportunities for service members to advance their careers.
He continued to praise the men and women of the service before opening up the forum and fielding questions from Sailors in attendance.
Many of those questions were about the enlisted rating modernization plan. He reiterated the whole purpose for the change was for the benefit of the Sailors, retention, and modernizing rates to better suit their civilian counterparts.''',
    quotes=[
        Q('"The reason why I am here', 'coming to an end,"', "Ray Mabus"),
        Q('"I am going to major fleet concentrations', 'that ever existed."', "Ray Mabus"),
    ],
    aliases={"Ray Mabus": ["Secretary of the Navy Ray Mabus", "Mabus"]},
),
dict(
    id="navy-mil-2014-08-19-secnav-visits-future-uss-america",
    source="https://www.public.navy.mil/surfor/lha6/Pages/SECNAVVisitsFutureUSSAmerica.aspx",
    license=PD, retrieved=PAGES + " (the photo caption ('STRAIT OF MAGELLAN (Aug. 19, 2014) Secretary of the Navy Ray Mabus addresses ... (U.S. Navy photo by Mass Communication Specialist 2nd Class Ryan Riley/Released)'), the repeated title and the byline 'By MC1 John Scorza USS America (LHA 6) Public Affairs' dropped; the paragraph '\"I came', cut in the stored copy, dropped)",
    text='''SECNAV Visits Future USS America
STRAIT OF MAGELLAN (NNS) -- Secretary of the Navy Ray Mabus embarked the future USS America (LHA 6) as she transited the Strait of Magellan during her maiden voyage, "America Visits the Americas," Aug. 19.
A tilt-rotor MV-22 Osprey, assigned to the "Argonauts" of Marine Operational Test and Evaluation Squadron (VMX) 22 transported Mabus and members of his staff to the America. Shortly after his arrival on board, Mabus ate dinner with the crew on the enlisted mess decks and spoke during an all-hands call.
Rear Adm. Frank Ponds, commander, Expeditionary Strike Group (ESG) 3, introduced Mabus during the all-hands call as the youngest Mississippi Governor to be elected in 150 years, a naval officer and "the man who brought ball caps back to the fleet." Ponds went on to describe just a few of the Secretary's responsibilities, such as a 150-billion-dollar annual budget, and taking care of more than 900 thousand Sailors, Marines, civilians and their families.
"Quality of service and quality of life have always been a priority for our Secretary," said Ponds. "He has four priorities: platforms, power, partnerships and the number one priority, which is and always has been, people."
After Ponds completed his introduction, Mabus took the microphone and began speaking to the Sailors and Marines in the crowd.''',
    quotes=[
        Q('"America Visits the Americas,"', None, None),
        Q('"Argonauts"', None, None),
        Q('"the man who brought ball caps back to the fleet."', None, "Frank Ponds"),
        Q('"Quality of service', 'for our Secretary,"', "Frank Ponds"),
        Q('"He has four priorities', 'always has been, people."', "Frank Ponds"),
    ],
    aliases={"Frank Ponds": ["Rear Adm. Frank Ponds", "Ponds"]},
),
dict(
    id="doi-gov-salazar-pelican-island-new-planks",
    source="https://www.doi.gov/news/pressreleases/secretary-salazar-celebrates-national-wildlife-refuge-system-by-laying-seven-new-planks-at-pelican-island-walkway",
    license=PD, retrieved=PAGES + " (the line 'Last edited 09/05/2019' dropped; the subtitle line is kept as a line; the paragraph 'Salazar also will speak to the Everglades Coalition in which he highl', cut in the stored copy, dropped)",
    text='''Secretary Salazar Celebrates National Wildlife Refuge System By Laying Seven New Planks at Pelican Island Walkway
Also Addresses Everglades Coalition, Miami Chamber of Commerce during Florida Trip
PELICAN ISLAND, FL – Secretary of the Interior Ken Salazar today celebrated the establishment of six new national wildlife refuge units during the past year and the renaming of a seventh in honor of a late Fish and Wildlife Service director by laying commemorative planks on a walkway at Pelican Island National Wildlife Refuge, the nation's first refuge.
“Each time we establish a new national wildlife refuge, we set aside a treasured landscape, conserving our priceless fish and wildlife and their habitat not only for this generation but for future generations,” said Salazar. “We also provide a place for people to connect with nature through fishing, hunting, hiking and other outdoor recreation. This not only restores the spirit and refreshes the mind but also supports economic growth and jobs in local communities.”
Last year, more than 47 million people visited the nation's 561 national wildlife refuges, Salazar noted. These visits generated over $2.6 billion in economic activity and supported more than 36,000 jobs.
During his trip to Florida, Salazar also spoke to the Miami Chamber of Commerce about the importance of public lands to the South Florida economy and about the Obama administration's successful efforts to increase international tourism as an economic engine for America.
“Tourism is our nation's number one export, and our national parks, national wildlife refuges, and other public lands are among our greatest attractions,” he said. “In 2011, for example, recreational visits to our national parks, national wildlife refuges and other Interior Department lands in Florida generated $10.2 billion in economic activity and supported nearly 78,000 jobs.”''',
    quotes=[
        Q('“Each time we establish', 'for future generations,”', "Ken Salazar"),
        Q('“We also provide a place', 'in local communities.”', "Ken Salazar"),
        Q('“Tourism is our nation\'s', 'our greatest attractions,”', "Ken Salazar"),
        Q('“In 2011, for example', 'nearly 78,000 jobs.”', "Ken Salazar"),
    ],
    aliases={"Ken Salazar": ["Secretary of the Interior Ken Salazar", "Salazar"]},
),
dict(
    id="dvidshub-2019-09-19-saber-junction-19",
    source="https://www.dvidshub.net/news/342448/saber-junction-19-strengthens-bonds",
    license=PD, retrieved=PAGES + " (the site notice and log-in lines, the DVIDS logo line, the place and date lines 'GRAFENWOEHR, GERMANY', '09.19.2019', the byline 'Story by Pfc. Ashunteia Smith' and '5th Mobile Public Affairs Detachment' dropped; the paragraph 'For most young Soldiers like Vald', cut in the stored copy, dropped)",
    text='''Saber Junction 19 Strengthens Bonds
GRAFENWOEHR, Germany -- Most Soldiers of the 173rd Airborne Brigade feel that there’s no better way to get a good perspective on overcoming challenges and obstacles that may occur on the battlefield than working with other countries, and train side by side.
“This training will help us very much to learn what we need to do, and how we can do it better,” said Sgt. Maj. Ilir Rama, Medical Company sergeant major for the Kosovo Security Forces.
Saber Junction 19 (SJ19) is a 7th Army Training Command (7ATC) operated, U.S. Army Europe (USAREUR) directed annual exercise designed to assess the readiness of the 173rd Airborne Brigade by executing unified land operations in a joint, combined environment, and to promote interoperability with participating allied and partner nations.
Other units who participated in the exercise include: 1st Infantry Division, 12th Combat Aviation Brigade, 2nd Cavalry Regiment, 346th Psychological Operations Company, 10th Special Forces Group, 21st Theater Support Command, 411th Civil Affairs Battalion, 139th Airlift Wing and Missouri Air National Guard.
The bulk of the exercise takes place at 7ATC’s Grafenwoehr and Hohenfels Training Areas located in southern Germany. U.S. military forces stationed across Europe routinely conduct exercises like this with allied and partnered nations to build a unified and stronger Europe.
“It’s a great experience to have NATO partners and allies come in and work with us,” said Army Spc. Alan Valdez, Charlie Company, 173rd Brigade Support Battalion, 173rd Airborne Brigade.''',
    quotes=[
        Q('“This training will help us', 'how we can do it better,”', "Ilir Rama"),
        Q('“It’s a great experience', 'work with us,”', "Alan Valdez"),
    ],
    aliases={"Ilir Rama": ["Sgt. Maj. Ilir Rama"], "Alan Valdez": ["Army Spc. Alan Valdez"]},
),
dict(
    id="usgs-2000-03-13-more-drought-looming",
    source="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=643.html",
    license=PD, retrieved=PAGES + " (an archived USGS newsroom page; the archive and site navigation ('Home Archived April 13, 2016', 'U.S. Geological Survey', 'Maps, Imagery, ...', 'USGS Newsroom'), 'Released: 3/13/2000', the contact block and the editors' note 'EDITORS AND NEWS DIRECTORS: USGS scientists will be in the field ...' dropped; the paragraph 'Groat joined Commerce', cut in the stored copy, dropped)",
    text='''More Drought Looming If Rains Do Not Return, USGS Warns
Last summer’s drought may move westward this summer as streamflows in many parts of the United States continue below normal. At a Monday press conference, USGS Director Charles G. Groat warned that continued below-normal streamflow and low ground-water levels may signal a return of last summer’s drought.
Based on data from the USGS network of more than 7,000 streamgages nationwide, there are some areas of the country -- particularly east of the Mississippi River -- where streamflows are at record-low flows for this time of year.
"This is the time of year where streamflow conditions should be about normal, but in the eastern half of the country, we’re anywhere but that." Groat said. "We should be seeing ground-water recharge taking place now and we’re not seeing that either."
There is a slightly different phenomenon occurring from last year’s drought. Now, the drought is moving west, clearly into the Appalachians and the southeast, he said. These are areas that did not receive recharge from the last year’s busy hurricane season like the eastern seaboard did. USGS scientists are also seeing near record-low streamflows in the Ohio Valley, the center of the Midwest, the Lower Mississippi River Basin and into the southeast.''',
    quotes=[
        Q('"This is the time of year', 'anywhere but that."', "Charles G. Groat"),
        Q('"We should be seeing', 'not seeing that either."', "Charles G. Groat"),
    ],
    aliases={"Charles G. Groat": ["USGS Director Charles G. Groat", "Groat"]},
),
dict(
    id="usgs-1995-10-13-northeast-drought-endures",
    source="https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=1385.html",
    license=PD, retrieved=PAGES + " (an archived USGS newsroom page without headline (H131); the archive and site navigation, 'Released: 10/13/1995' and the contact block dropped; the list lines are kept as stored (two items run together on one line); the paragraph 'The USGS serves the nation by providing reliable scientific information ... minimize loss of life and property f', cut in the stored copy, dropped)",
    text='''Rains that fell in parts of the Northeastern U.S. during the past weekend are having a short-term impact on the long-term drought conditions in the Northeastern U.S., according to hydrologists at the U.S. Geological Survey.
"Streamflows in the Northeast rose only slightly in response to the rains of the past weekend, and remain at well below normal levels," said Terrance Lamb, USGS hydrologist and surface-water specialist for the Northeastern U.S. "It must be remembered that streamflows did not reach these below normal levels overnight; more replenishing rains are needed to reverse the trend.
"The numbers indicate that hydrologic drought conditions endure," Lamb said.
A hydrologic drought occurs when the natural water system that we depend on -- the rivers, streams, and ground-water levels in wells -- are adversely affected by a lack of long-term moisture. The impact can be severe, and can take many months, or even years, of normal precipitation to reverse.
The USGS measured the following streamflows in the Northeast, Thurs., Oct. 12, 1995:
o At Auburn, Maine, flow of the Androscoggin River is 1.7 bgd, 20 percent below the October average flow of 2.2 bgd.
o At Green Island, N.Y., flow of the Hudson River is 2.7 bgd, nearly 50 percent below the October average flow of about 4.0 bgd. o At Washington, D.C ., flow of the Potomac River is about 1.7 bgd, about 10 percent less than the October average flow of 2.0 bgd.''',
    quotes=[
        Q('"Streamflows in the Northeast', 'well below normal levels,"', "Terrance Lamb"),
        Q('"It must be remembered', 'to reverse the trend.', "Terrance Lamb"),
        Q('"The numbers indicate', 'conditions endure,"', "Terrance Lamb"),
    ],
    aliases={"Terrance Lamb": ["Lamb"]},
),
]
