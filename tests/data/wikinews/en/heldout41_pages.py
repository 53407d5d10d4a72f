# Held-out English news pages (tests/data/heldout41-en.jsonl). Like heldout23/25/26/29/31/33/35/37/38_pages.py, these
# texts are stored web pages (the `pages` search corpus) of US federal civilian agencies that earlier sets used little or
# not at all, each on the agency's own site, none of them used in an earlier set: the National Park Service (a home.nps.gov
# press release on the first State of the Park reports, 2013; an Olympic National Park release on the Park Service's 99th
# birthday, 2015), the Department of Veterans Affairs (a VA Southeast Louisiana Health Care System story on Veterans Day
# visits), the Department of Justice (Deputy Attorney General
# Rosenstein's remarks at the Marshals Service awards ceremony), the Department of Labor (Secretary Perez's Labor Day
# statement, 2013; an OSHA-site copy of the "ICYMI" release of 19 July 2020), the Department of Transportation (an FHWA
# release on Secretary Mineta's grant for the 14th Street Bridges, 2002), the U.S. Fish and Wildlife Service (the Virginia
# Field Office news page on eagle permits, 2021) and the U.S. Coast Guard (a DVIDS story on a sea-turtle rescue, 2015; the
# news.uscg.mil "All News" listing of January 2026). All are works of the US government and in the public domain
# (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation,
# site headers, date, contact and byline lines are dropped; wording, spelling, spacing inside a paragraph and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H202-H206 in ANNOTATION.md
# on top of H1-H196).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout41-en.jsonl

Built by `build.py` from `heldout41_pages.py`. Like heldout23-en, heldout25-en, heldout26-en, heldout29-en, heldout31-en,
heldout33-en, heldout35-en, heldout37-en and heldout38-en, these texts are stored web pages (the `pages` search corpus) of US
federal agencies, each on the agency's own site, none of them used in a set above: the National Park Service (home.nps.gov
press release on the first State of the Park reports, 2013; Olympic National Park release on the Park Service's 99th
birthday, 2015), the Department of Veterans Affairs (VA Southeast Louisiana story on Veterans Day visits), the Department
of Justice (Deputy Attorney General Rosenstein's remarks at the Marshals Service awards ceremony), the Department of Labor (Secretary Perez's Labor Day statement, 2013; OSHA-site copy
of the "ICYMI" release of 19 July 2020), the Department of Transportation (FHWA release on Secretary Mineta's 14th Street
Bridges grant, 2002), the U.S. Fish and Wildlife Service (Virginia Field Office news page on eagle permits, 2021) and the
U.S. Coast Guard (DVIDS story on a sea-turtle rescue, 2015; news.uscg.mil "All News" listing, January 2026). All are US
government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page).
Navigation, site headers, date, contact and byline lines were dropped; wording and quotation marks are as stored. None of
these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every
existing text: no shared 8-word sequence; a usmarshals.gov release on the FY 2023 arrest figures was dropped because its
Davis quotation shares `the men and women of the U.S.` with an existing text). The annotation (rules H202–H206 in `ANNOTATION.md` on top of H1–H196) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nps-2013-04-23-state-of-the-park-reports",
    source="http://home.nps.gov/news/release.htm?id=1470",
    license=PD, retrieved=PAGES + " (the lines 'National Park Service Press Release', the first copy of the headline, 'For Immediate Release:', the date 'April 23, 2013' and the contact lines (Steve Fancy, Jeffrey G. Olson) dropped; the headline printed again before the text kept once; the paragraph 'While each of these parks is ...', cut in the stored copy, dropped)",
    text='''New Reports Detail Natural, Historic and Cultural Resources in America’s National Parks
WASHINGTON – National Park Service scientists and managers are taking a close look at the overall condition of the national parks in their care and have begun to report their findings in a series of State of the Park reports.
“As the stewards of America’s national parks, we want to make sure that future generations can enjoy parks that are in as good as or better shape as they are today,” said National Park Service Director Jonathan B. Jarvis. “To succeed, we need to know the current condition of the parks, make management decisions to maintain or improve their condition, and keep the public informed as we proceed.”
The State of the Parks project is one of 39 significant actions Jarvis laid out in A Call to Action: Preparing for a Second Century of Stewardship and Engagement. At least 50 national parks are expected to complete these in-depth condition assessments by 2016, the National Park Service’s centennial.
Each park report has a “snapshot” of the status and trends in the condition of its most important resources and values; summarizes and communicates complex scientific, scholarly, and park operations information; highlights the stewardship efforts of park staff to maintain or improve the condition of park resources; and identifies key issues and challenges facing park managers.
“The reports contain good news,” Jarvis said, “but we also found places where we need to take action to improve park resources, facilities, and visitor experiences.” Park managers will use state of the park information to set priorities for improvement and will update the initial report over time.''',
    quotes=[
        Q('“As the stewards', 'as they are today,”', "Jonathan B. Jarvis"),
        Q('“To succeed, we need', 'as we proceed.”', "Jonathan B. Jarvis"),
        Q('“snapshot”', None, None),
        Q('“The reports contain good news,”', None, "Jonathan B. Jarvis"),
        Q('“but we also found places', 'visitor experiences.”', "Jonathan B. Jarvis"),
    ],
    aliases={"Jonathan B. Jarvis": ["National Park Service Director Jonathan B. Jarvis", "Jarvis"]},
),
dict(
    id="nps-olym-2015-08-park-service-99th-birthday",
    source="https://www.nps.gov/olym/learn/news/come-celebrate-national-park-service-birthday-2015.htm",
    license=PD, retrieved=PAGES + " (the stored copy has no headline (H131); the contact line 'Contact: Barb Maynes, 360-565-3005', printed at the start of the first paragraph, dropped; the paragraph 'The mission of the National Park Service also extends beyond park boundaries. ...', cut in the stored copy, dropped)",
    text='''The National Park Service is turning 99 years old on August 25, 2015, and across the country, park visitors will get a present – free entry to any national park. “We welcome everyone to come find their park at Olympic and help celebrate the National Park Service’s 99th birthday!” said Olympic National Park Superintendent Sarah Creachbaum. “Like every one of our country’s 408 national park areas, Olympic belongs to us all, and we invite everyone to come discover what makes it so special.”
There are many ways to enjoy and connect with national park areas, and to inspire and encourage people to discover new ways of connecting, the National Park Service and the National Park Foundation, the official charity of America’s national parks, have created a birthday list of 99 Ways to Find Your Park.
The list of 99 Ways to Find Your Park includes a wide range of activities: from experiencing silence and taking a sunrise selfie, to earning a Junior Ranger Badge and writing poetry. Visitors are encouraged to share their park experiences with friends and family by using #FindYourPark or #EncuentraTuParque on social media.
“I encourage everyone to check the list – ideas 12, 19 and 57 are all great options at Olympic!” Creachbaum remarked.
On August 25, 1916, President Woodrow Wilson signed legislation to create the National Park Service, which preserves and protects 408 sites throughout the country. Each one, whether it’s a national park, a historic site or a national seashore, was established by a president or Congress to protect, preserve and share its national significance for future generations. Some parks commemorate notable people and achievements; others conserve magnificent landscapes and natural wonders; and all provide a place to have fun and learn.''',
    quotes=[
        Q('“We welcome everyone', '99th birthday!”', "Sarah Creachbaum"),
        Q('“Like every one of our country', 'so special.”', "Sarah Creachbaum"),
        Q('“I encourage everyone', 'options at Olympic!”', "Sarah Creachbaum"),
    ],
    aliases={"Sarah Creachbaum": ["Olympic National Park Superintendent Sarah Creachbaum", "Creachbaum"]},
),
dict(
    id="va-southeast-louisiana-veterans-day-visits",
    source="https://www.va.gov/southeast-louisiana-health-care/stories/today-va-celebrated-our-nations-heroes/",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the first paragraph (H131); complete as stored)",
    text='''At VA, we celebrate Veterans Day by renewing our commitment to care for all those who have borne the battle and their families, caregivers and survivors.
In observance of Veterans Day, members of our senior leadership team spent today visiting Veterans at the medical center in New Orleans.
Taking the time to make each Veteran we serve feel special is its own reward. It was especially gratifying to hear from the Veterans how well cared for they feel. For instance, as visitors left Army Veteran Ray A. Primeaux's room, Mr. Primeaux commented, "I'm really serious, I love this place," adding that each of his trips to the New Orleans Veterans Medical Center had been wonderful experiences.
Other Veterans shared interesting stories, like Army Veteran Henry L. Johnson who told hospital leaders how as a military police officer stationed in Georgia, he once delivered a baby and earned the nickname “midwife Henry.”
In another instance, Navy Veteran Kenneth Ray Charboneay shared compliments with his visitors remarking, “VA has been overly stellar toward me,” to which Medical Center Director Fernando Rivera replied, “That’s great to hear because we work for you.”
On this Veterans Day, the Southeast Louisiana Veterans Health Care System extends its sincerest gratitude to all who have bravely served our nation. Thank you for your service.''',
    quotes=[
        Q('"I\'m really serious, I love this place,"', None, "Ray A. Primeaux"),
        Q('“midwife Henry.”', None, None),
        Q('“VA has been overly stellar toward me,”', None, "Kenneth Ray Charboneay"),
        Q('“That’s great to hear', 'we work for you.”', "Fernando Rivera"),
    ],
    aliases={"Ray A. Primeaux": ["Army Veteran Ray A. Primeaux", "Mr. Primeaux"],
             "Kenneth Ray Charboneay": ["Navy Veteran Kenneth Ray Charboneay"],
             "Fernando Rivera": ["Medical Center Director Fernando Rivera"]},
),
dict(
    id="doj-rosenstein-remarks-37th-usms-directors-honorary-awards",
    source="https://www.justice.gov/opa/speech/deputy-attorney-general-rod-j-rosenstein-delivers-remarks-37th-annual-us-marshals-service",
    license=PD, retrieved=PAGES + " (the line 'Skip to main content' and the place lines 'Washington, DC' / 'United States' dropped; the line 'Remarks as prepared for delivery' kept; the paragraph 'You spend every day on the front lines, ...', cut in the stored copy, dropped)",
    text='''Deputy Attorney General Rod J. Rosenstein Delivers Remarks at the 37th Annual U.S. Marshals Service Director’s Honorary Awards Ceremony
Remarks as prepared for delivery
Thank you, Acting Director Anderson, for that kind introduction. I appreciate your 21 years of dedication to the Marshals Service. I want in particular to express my gratitude for the personal sacrifices you made in spending the past year away from your family. You have made many valuable improvements in Marshals Service operations and earned tremendous respect from colleagues throughout the nation.
It is a privilege to participate in recognizing outstanding achievements by Marshals Service employees.  I want to welcome the family members, friends, and colleagues who join us in this majestic Great Hall.  Some of you missed Halloween at home in order to travel here to Washington. We are grateful.
I also want to thank everyone who helped to plan this ceremony.
After the United States Constitution was ratified in 1789, one of the first acts of the new Congress authorized that a United States Marshal “be appointed in each district … to execute … all lawful precepts … issued under the authority of the United States ….”
President George Washington explained that he had a duty “to select such characters to fill the … offices … as would discharge their respective trusts with honor to themselves and advantage to their country.”
I have a unique opportunity to learn firsthand how Marshals Service employees discharge their duties. The Deputy Attorney General travels with a Marshals Service security detail, and I meet many Marshals and Deputies throughout the country. This organization is filled with men and women of tremendous skill, character, and integrity.''',
    quotes=[
        Q('“be appointed in each district', 'of the United States ….”', None),
        Q('“to select such characters', 'advantage to their country.”', "George Washington"),
    ],
    aliases={"George Washington": ["President George Washington"]},
),
dict(
    id="dol-2013-08-perez-labor-day-statement",
    source="https://www.dol.gov/newsroom/releases/opa/opa20131814",
    license=PD, retrieved=PAGES + " (the lines 'News Release' and 'Please note: As of January 20, 2017, information in some news releases may be out of date or not reflect current policies.' and the release footer ('OPA News Release:', contact name Jesse Lawder, phone and release number labels) dropped; complete as stored otherwise)",
    text='''Statement on Labor Day by Secretary of Labor Thomas E. Perez
WASHINGTON — Secretary of Labor Thomas E. Perez issued the following statement today to commemorate Labor Day on Monday, Sept. 2:
"Over the past 100 years, one federal agency has been workers' strongest ally and fiercest advocate: the U.S. Department of Labor. Our job is to make the American Dream a reality for all. To do that, we are investing in higher education and working closely with employers to provide workers with the state-of-the-art skills they need to succeed in 21st century jobs. We're making sure workers come home safely to their families at the end of every day, partnering with responsible employers to ensure the most exacting standards on occupational safety and health. We're continuing our strong efforts and unparalleled commitment to protect workers' benefits, so they can retire with dignity and security. And we're fighting for an honest day's pay for an honest day's work. It's a moral and economic imperative that we raise the federal minimum wage. People who work full-time in America shouldn't live in poverty.
"On Labor Day, we reflect on the men and women whose heads, hearts and hands have made ours the strongest economy the world has ever known. To meet the challenges ahead, we must draw inspiration from their stories. We must emulate their strength and resilience. We must summon their dignity and their courage.
"As the first Labor Secretary of the department's second century, I have every confidence that, powered by the talent and determination of our workers, we will create more opportunity in the years ahead. Best wishes for a safe, healthy and prosperous Labor Day."''',
    quotes=[
        Q('"Over the past 100 years', "shouldn't live in poverty.", "Thomas E. Perez"),
        Q('"On Labor Day, we reflect', 'and their courage.', "Thomas E. Perez"),
        Q('"As the first Labor Secretary', 'prosperous Labor Day."', "Thomas E. Perez"),
    ],
    aliases={"Thomas E. Perez": ["Secretary of Labor Thomas E. Perez"]},
),
dict(
    id="osha-2020-07-19-icymi-department-of-labor-coronavirus",
    source="https://osha.gov/news/newsreleases/national/07192020",
    license=PD, retrieved=PAGES + " (the site line 'Department of Labor Logo OSHA National News Release', the note 'Please note: As of January 20, 2021, ...' and the date line 'July 19, 2020' dropped; the headline, printed on two lines, joined into one; list bullets kept as lines with '•'; the third bullet 'U.S. Department of Labor Awards $3 Million Dislocated Worker Grant ...', cut in the stored copy, and everything after it dropped)",
    text='''ICYMI: U.S. Department of Labor Acts to Help American Workers and Employers During the Coronavirus Pandemic
WASHINGTON, DC – Last week, the U.S. Department of Labor took a range of actions to aid American workers and employers as our nation combats the coronavirus pandemic.
Reopening America's Economy:
• U.S. Secretary of Labor Scalia Highlights Reentry Grants and American Manufacturing in Tennessee – "As we work to safely re-open our economy, our focus must be on providing opportunities for all Americans to participate in the workforce," said Secretary Scalia. "Organizations like Knoxville Leadership Foundation and their partners do so by helping those who have served their time in the criminal justice system transition back into their communities and the workforce. Businesses like McNeilus Steel advance opportunity by creating jobs and training workers to fill them. Together, public resources and private sector ingenuity will be catalysts for an American economy even stronger than before."
• U.S. Secretary of Labor Scalia Addresses Economic Re-opening and Workplace Safety During Visit to North Carolina – "The resilience of the American worker is on display here in North Carolina," said Secretary of Labor Eugene Scalia. "President Trump positioned us for a strong economic bounce back in North Carolina and across the country thanks in part to his negotiation of the United States-Mexico-Canada Agreement, which is expected to create as many as 500,000 or more jobs. I thank Ranking Member Foxx for joining me today and for her invaluable leadership on the House Education and Labor Committee."''',
    quotes=[
        Q('"As we work to safely re-open', 'participate in the workforce,"', "Eugene Scalia"),
        Q('"Organizations like Knoxville', 'stronger than before."', "Eugene Scalia"),
        Q('"The resilience of the American worker', 'here in North Carolina,"', "Eugene Scalia"),
        Q('"President Trump positioned us', 'Education and Labor Committee."', "Eugene Scalia"),
    ],
    aliases={"Eugene Scalia": ["Secretary of Labor Eugene Scalia", "U.S. Secretary of Labor Scalia", "Secretary Scalia"]},
),
dict(
    id="fhwa-2002-05-13-mineta-14th-street-bridges-grant",
    source="https://highways.fhwa.dot.gov/newsroom/us-transportation-secretary-mineta-announces-11-million-grant-improve-safety-reduce",
    license=PD, retrieved=PAGES + " (the site banner lines ('USA Banner', 'Official websites use .gov', ...), the date line 'Monday, May 13, 2002', the office address and the contact lines (Brian Roehrkasse, Jim Pinkelman, 'FHWA 18-02') dropped; the subtitle 'Kicks off Bus Tour in Celebration of National Transportation Week' kept as a line; the paragraph 'Under the 14th Street Bridges project, safety improvements will be made to the ...', cut in the stored copy, dropped)",
    text='''U.S. Transportation Secretary Mineta Announces $11 Million Grant to Improve Safety, Reduce Congestion On 14th Street Bridges in National Capital Area
Kicks off Bus Tour in Celebration of National Transportation Week
WASHINGTON, DC-U.S. Transportation Secretary Norman Y. Mineta today announced $11 million in federal discretionary funds to improve safety and reduce congestion on the 14th Street Bridges, connecting Washington, DC and northern Virginia on heavily traveled I-395.
At the announcement, held at the Jefferson Memorial, the Secretary was joined by U.S. Congressman Jim Moran of Virginia and DC Delegate Eleanor Holmes Norton to honor transportation and defense transportation workers. The announcement kicked off the Secretary's week-long bus tour in celebration of National Transportation Week.
"Bridges are vital links in America's transportation system, and today we see the importance of the 14th Street Bridges as symbols of what mobility, safety and security mean to Americans," Secretary Mineta said. "Mobility - the ability to move about safely according to our needs - is one of our great freedoms, and National Transportation Week is a special time for celebrating it."''',
    quotes=[
        Q('"Bridges are vital links', 'mean to Americans,"', "Norman Y. Mineta"),
        Q('"Mobility - the ability', 'for celebrating it."', "Norman Y. Mineta"),
    ],
    aliases={"Norman Y. Mineta": ["U.S. Transportation Secretary Norman Y. Mineta", "U.S. Transportation Secretary Mineta",
                                  "Secretary Mineta", "the Secretary"]},
),
dict(
    id="fws-virginia-field-office-2021-09-eagle-permit-comments",
    source="https://www.fws.gov/northeast/virginiafield/news/news.html",
    license=PD, retrieved=PAGES + " (the site header lines 'Virginia Field Office', 'Northeast Region' and 'News and Highlights' dropped; the date prefix of the first paragraph kept with its typo 'Septmeber'; the paragraph 'Permits for the inciden...', cut in the stored copy, dropped)",
    text='''Public Comments Sought by U.S. Fish and Wildlife Service on Improving Incidental Take Permit Process for Bald and Golden Eagles
Septmeber 13, 2021: The U.S. Fish and Wildlife Service (Service) is seeking public input on potential approaches to improve the permitting of incidental take of bald and golden eagles. The bald eagle’s recovery is one of the United States’ most important wildlife conservation success stories. The Service’s intent for both bald and golden eagles is to ensure that the regulations for these permits are consistent with the goal of maintaining stable or increasing breeding populations.
“As the nation moves to build back better, the Service and the regulated community share an interest in introducing greater efficiency and predictability into the eagle incidental take permitting process, while ensuring stable or increasing breeding populations of bald and golden eagles,” said Assistant Secretary for Fish and Wildlife and Parks Shannon A. Estenoz. “We are soliciting public input and feedback on potential approaches to make the permitting process more effective and efficient.”
Human development and infrastructure continue to expand in the United States and, at the same time, bald eagle populations are growing throughout their range. The result of these trends is an increasing number of interactions between eagles and industrial infrastructure and a corresponding need for the Service to process more applications for incidental take of eagles.
The Bald and Golden Eagle Protection Act (Eagle Act) prohibits the harm and possession of bald and golden eagles and their parts, nests or eggs, except pursuant to federal regulations. The Eagle Act also authorizes the Secretary of the Interior to issue regulations to permit the taking of eagles for various purposes, provided the taking is compatible with the preservation of the bald eagle or the golden eagle.''',
    quotes=[
        Q('“As the nation moves', 'bald and golden eagles,”', "Shannon A. Estenoz"),
        Q('“We are soliciting public input', 'effective and efficient.”', "Shannon A. Estenoz"),
    ],
    aliases={"Shannon A. Estenoz": ["Assistant Secretary for Fish and Wildlife and Parks Shannon A. Estenoz"]},
),
dict(
    id="dvids-2015-05-coast-guard-stratton-sea-turtle-rescue",
    source="https://www.dvidshub.net/news/165685/coast-guardsmen-make-unique-rescue-eastern-pacific-ocean",
    license=PD, retrieved=PAGES + " (the site lines (maintenance notice, 'Forgot Password?', login line, DVIDS logo) and the byline 'Story by Lt. Donnie Brzuska, U.S. Coast Guard Pacific Area' dropped; the paragraph 'After lifting the approximately 70-pound turtle aboard the Coast Guard interceptor boat, the delicate pro...', cut in the stored copy, dropped)",
    text='''Coast Guardsmen make unique rescue in the eastern Pacific Ocean
CUTTER STRATTON, Pacific Ocean – Coast Guardsmen aboard the Cutter Stratton from Alameda, California, rescued two sea turtles while investigating a suspicious item floating in a known drug transit zone off the coast of Central America May 9, 2015.
A law enforcement team from the Coast Guard Cutter Stratton sped to the scene of a suspicious object floating in a known drug transit zone in the eastern Pacific Ocean. The object was located by the cutter’s embarked helicopter while on a surveillance mission. When the crew arrived at the scene, they found two sea turtles entangled in fishing line and makeshift buoys.
“There was no question what we had to do. And no one spoke a word. We immediately moved into rescue mode,” said Petty Officer 2nd Class Hylan Rousseau, the coxswain of Stratton’s interceptor boat.
An officer-mounted camera worn by Petty Officer 3rd Class Jerry Renfroe, a member of the law enforcement team, captured the rescue operation as Coast Guardsmen aboard the vessel removed green fishing line. One of the turtles had line wrapped around its neck, which restricted its airway causing apparent respiratory distress.
“We cut the first turtle free without much incident. While we were freeing him, we could see the second, and much larger turtle, was quite literally choking to death,” said Chief Petty Officer Brian Milcetich, a member of the law enforcement team. “He had been trying so hard to free himself from the fishing line that he had cinched the line around his own neck.”''',
    quotes=[
        Q('“There was no question', 'into rescue mode,”', "Hylan Rousseau"),
        Q('“We cut the first turtle', 'choking to death,”', "Brian Milcetich"),
        Q('“He had been trying so hard', 'around his own neck.”', "Brian Milcetich"),
    ],
    aliases={"Hylan Rousseau": ["Petty Officer 2nd Class Hylan Rousseau"],
             "Brian Milcetich": ["Chief Petty Officer Brian Milcetich"]},
),
dict(
    id="uscg-news-all-news-2026-01-coastie-of-the-year",
    source="https://news.uscg.mil/News-Home/All-News",
    license=PD, retrieved=PAGES + " (listing page: the item type and date lines (PRESS RELEASE with the date, e.g. Jan. 28, 2026) dropped; item titles and teasers kept as lines (H176); the teaser paragraph 'Rescued is Benoit Bourguet, 47, ... No other v...', cut in the stored copy, dropped)",
    text='''San Diego Coast Guard City announces the 2025 Coastie of the Year Award
SAN DIEGO — The U.S. Coast Guard, in collaboration with San Diego Coast Guard City, announced Petty Officer 1st Class William James, a Sector San Diego Aviation Electronics Technician, as the recipient of the 2025 Coastie of the Year Award during a ceremony at Coast Guard Sector San Diego, Wednesday.
This year’s ceremony honors the legacy of Elizabeth “Gena” Macres (Fischle), a World War II veteran and member of the Coast Guard SPARS, the service’s women’s reserve established during World War II. The ceremony’s theme is “Remembering the Past and Embracing the Future.”
MEDIA ADVISORY: 2025 Coastie of the Year Ceremony to be held in San Diego
SAN DIEGO — The Coastie of the Year Award Ceremony, organized by the San Diego Coast Guard City, is scheduled to be held at Coast Guard Sector San Diego on Jan. 28, 2026.
The nominees include Machinery Technician 1st Class Caleb Gaudian, Avionics Electrical Technician 1st Class William James, Machinery Technician 1st Class Sean Sullivan, and Public Affairs Specialist 3rd Class Christopher Sappey.
Coast Guard, Horten tanker ship recue capsized Belgium rower during World’s Toughest Row Race in the Atlantic Ocean
Coast Guard Sector San Juan Command Center watchstanders and the crew of the Horten Liberian-flagged tanker ship rescued a capsized rower in the Atlantic Ocean east of Puerto Rico, Wednesday night.''',
    quotes=[
        Q('“Gena”', None, None),
        Q('“Remembering the Past', 'Embracing the Future.”', None),
    ],
    aliases={},
),
]
