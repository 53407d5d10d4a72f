# Held-out English news texts (tests/data/heldout436-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US government news texts other than VOA (public domain, 17 U.S.C. § 105), each on the
# agency's or unit's own site: a NASA news release on the NASA Administrator's visit to Stennis Space Center after the
# 2013 shutdown (nasa.gov), an NIH news release of March 1, 2016 on NIEHS grants to early career scientists (nih.gov),
# three 18th Wing (Kadena Air Base) stories on typhoons (kadena.af.mil 419751, Typhoon Nari 2007; edwards.af.mil 486052,
# Typhoon Neoguri 2014; pacaf.af.mil 593811, Typhoon Roke 2011), a 341st Space Wing story on NBC's Today Show at
# Malmstrom Air Force Base (malmstrom.af.mil 348782) and two 354th Fighter Wing stories on winter safety at Eielson Air
# Force Base (eielson.af.mil 382638 and 642465). None is credited to AP, Reuters, AFP or another third party. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped
# (noted in `retrieved`). Site lines, the '  • Published' / '  • By ...' / unit lines, date lines, labels and the empty
# lines between paragraphs are dropped; a headline is kept once as the first line; wording, typos and quotation marks
# (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H2075-H2079 in ANNOTATION.md on top of H1-H2074).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout436-en.jsonl

Built by `build.py` from `heldout436_pages.py`. Like heldout417-en, heldout414-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US government news texts, public domain as works
of the United States government (17 U.S.C. § 105: "Copyright protection under this title is not available for any
work of the United States Government"); each page is on the site of the agency or unit that wrote it, and none is
credited to AP, Reuters, AFP or another third party. The set takes agencies and units not used in a set above (checked
by grep of the domains over tests/data of the main checkout and of every helper's worktree): a NASA news release on
Administrator Charles Bolden's visit to Stennis Space Center after the October 2013 government shutdown, with Stennis
Director Rick Gilbrech (nasa.gov news-release 'nasa-administrator-visits-stennis-to-commend-employee-efforts-2'; no
Stennis page of this kind was used before); an NIH news release of March 1, 2016 on the National Institute of
Environmental Health Sciences' Outstanding New Environmental Scientist awards, with NIEHS Director Linda Birnbaum
(nih.gov 'niehs-funds-five-early-career-researchers-innovative-science'); three stories of the 18th Wing at Kadena Air
Base, Japan, on typhoons: Typhoon Nari in 2007 with Capt. Jonathan Wilson and Brig. Gen. Brett Williams
(kadena.af.mil article 419751), Typhoon Neoguri in 2014 with Brig. Gen. James B. Hecker (the 18th Wing story as
republished in the Air Force Featured Stories of edwards.af.mil, article 486052) and Typhoon Roke in 2011 with Capt.
Benjamin Seedall and Col. David Nahom (pacaf.af.mil article 593811); a 341st Space Wing story on NBC's Today Show at
Malmstrom Air Force Base, with Col. Paul Gydesen and Airman 1st Class David Blais (malmstrom.af.mil article 348782);
and two 354th Fighter Wing stories on winter safety at Eielson Air Force Base, Alaska, with Brig. Gen. James Post and
Master Sgt. Rebecca Theakston (eielson.af.mil article 382638) and with Staff Sgt. Devon Ellis (eielson.af.mil article
642465). The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut
paragraph is dropped, also where it holds a quotation (NSSC Executive Director Michael Smith's paragraph in the
Stennis release, the third list item of the NIEHS release, the Roke paragraph 'Earlier this week, t', Blais's last
paragraph in the Malmstrom story, Theakston's second quotation in the first Eielson story and the paragraph 'Other ways
to help prevent vehicle mishaps ...' in the second). Site lines ('Suggested Searches', '4 min read', 'News Release',
'Air Force Featured Stories'), date lines, the '  • Published' / '  • By ...' / unit lines, the NIEHS quote box (a
quotation repeated from the body with the attribution line 'Linda Birnbaum, Ph.D., Director, NIEHS'; H2075), trailing
spaces and the empty lines between paragraphs were dropped; the headline is kept once as the first line; wording, typos
('winds gusts', 'it is still a significant.') and quotation marks (straight and curly, mixed as stored) are as stored.
Pages read but left out: pages already in a set above or in another helper's worktree (buckley.spaceforce.mil 3467282
and 2696498, heldout268-en; dvidshub.net 238712, heldout250-en; usar.army.mil 3470495, heldout23-en; the EPA Region 7
Superfund release and the EPA 'What They Are Saying' release, heldout29-en; the doi.gov 2008 National Park Centennial
release, heldout72-en; the nasa.gov Stennis 2009 review CLT-09-205, heldout45-en); agency pages with fewer than two
quotations in the stored part (the EPA Superfund emphasis-list release of Nov. 20, 2018, whose only quotation has no
opening mark; research.noaa.gov on ocean data, one quotation; the NIEHS ONES release of 2006, kept out as a second text
on the same programme; the Eielson stories 382663 and 642567 and minot.af.mil 2516285, one quotation each in the stored
part; afgsc.af.mil 629990, one quotation); and pages not written by the agency or not on its site (stratcom.mil 983503,
an Air Force Times story; Coast Guard releases on coastguardnews.com, rssing.com, seapowermagazine.org and
globalsecurity.org; a NASA release on nasanewsrelease.blogspot.com; Navy stories on blogs). None of the eight pages used
is in any set above or in another helper's worktree (checked by URL and article number (nasa-administrator-visits-
stennis, niehs-funds-five-early-career, 419751, 486052, 593811, 348782, 382638, 642465), by title (Visits Stennis,
Typhoon Nari, Neoguri, Typhoon Roke, Access Granted, Icemen) and by the names of the quoted people and phrases such as
'road to space goes through Mississippi', 'Outstanding New Environmental Scientist', 'Jonathan Wilson', 'Brett
Williams', 'James B. Hecker', 'Benjamin Seedall', 'David Nahom', 'Paul Gydesen', 'David Blais', 'Rebecca Theakston' and
'Devon Ellis', grep -rlF over tests/data of the main checkout and of every helper's worktree (heldout425-435): no hit;
'Gilbrech' occurs once in heldout54-en as a name in an unrelated NASA announcement, 'Eielson' once in heldout346-en in
an af.mil story on Habitat for Humanity). The annotation (rules H2075–H2079 in `ANNOTATION.md` on top of H1–H2074) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nasa-h436-2013-bolden-visits-stennis",
    source="https://www.nasa.gov/news-release/nasa-administrator-visits-stennis-to-commend-employee-efforts-2/",
    license=PD, retrieved=PAGES + " (NASA news release of October 2013 on Administrator Charles Bolden's visit to Stennis Space Center after the government shutdown; the site lines 'Suggested Searches' and '4 min read' dropped; headline kept as the first line; the last paragraph '“We have always understood the work provided by the NASA Shared Services Center is crucial to the agency’s mission,” said NSSC Executive Director Michael Smith. “However, situations like the recent furlough shed a spotl', cut in the stored copy, dropped with Smith's quotations (H2075); the double space after 'shutdown.' inside Bolden's quotation kept as stored; curly marks and apostrophes as stored)",
    text='''NASA Administrator Visits Stennis to Commend Employee Efforts
NASA Administrator Charles Bolden visited Stennis Space Center in Mississippi Wednesday to welcome employees back to work after the U.S. government shutdown and thank them for their ongoing commitment to the nation’s space program.
Bolden held separate meetings with Stennis and NASA Shared Services Center (NSSC) employees. At Stennis, he also toured the B-2 Test Stand, which is being prepared to test the core stage of NASA’s new Space Launch System (SLS). NASA is building the SLS to carry humans deeper into space than ever before.
“Stennis continues to demonstrate that the road to space goes through Mississippi,” NASA Administrator Charles Bolden said. “I applaud the center’s continued work to help bring about a new era of exploration through its commercial partnerships and the ongoing essential work it does for us in testing new propulsion systems. I also salute the personnel of the NASA Shared Services Center, housed at Stennis, for the superb contingency support they provided the agency during the recent government shutdown.  It’s my pleasure to visit the Stennis and NSSC workforces and thank them for holding the fort during the shutdown and ensuring our forward progress.”
Stennis employees returned to work Oct. 17 following a 16-day furlough. Their focus quickly returned to efforts critical to the future of American space exploration.
“It always is an honor to host the NASA administrator,” Stennis Director Rick Gilbrech said. “We deeply appreciate his affirmation of our team and its support of NASA’s deep-space and commercial spaceflight initiatives and pledge ourselves to ongoing excellence in all those efforts.”''',
    quotes=[
        Q('“Stennis continues to demonstrate', 'through Mississippi,”', "Charles Bolden"),
        Q('“I applaud the center’s', 'our forward progress.”', "Charles Bolden"),
        Q('“It always is an honor to host the NASA administrator,”', None, "Rick Gilbrech"),
        Q('“We deeply appreciate', 'in all those efforts.”', "Rick Gilbrech"),
    ],
    aliases={
        "Charles Bolden": ["Charles Bolden", "NASA Administrator Charles Bolden", "Bolden"],
        "Rick Gilbrech": ["Rick Gilbrech", "Stennis Director Rick Gilbrech"],
    },
),
dict(
    id="nih-h436-2016-03-niehs-ones-early-career-awards",
    source="https://www.nih.gov/news-events/niehs-funds-five-early-career-researchers-innovative-science",
    license=PD, retrieved=PAGES + " (NIH news release of Tuesday, March 1, 2016 on the NIEHS Outstanding New Environmental Scientist awards; the label 'News Release' and the date line 'Tuesday, March 1, 2016' dropped; headline kept as the first line; the quote box between the first and second paragraphs ('“This is one of the best tools we have to retain their talent for research.”' with the attribution line 'Linda Birnbaum, Ph.D., Director, NIEHS'), which repeats the end of Birnbaum's body quotation, dropped (H19, H2075); the list heading and the first two list items kept, each item with its '•' bullet and the stored leading spaces trimmed; the third item '• Maitreyi Mazumdar, M.D., of Harvard Medical School, Boston, and Boston Children’s Hospital, will research whether prenatal exp', cut in the stored copy, dropped; curly marks as stored)",
    text='''NIEHS funds five early career researchers for innovative science
Five exceptional early career scientists will receive new grants from the National Institute of Environmental Health Sciences (NIEHS), part of the National Institutes of Health. The awards, totaling $2.5 million, are part of the Outstanding New Environmental Scientist (ONES) program.
NIEHS created the ONES program to support researchers, in the formative stages of their careers, who conduct cutting-edge research to study how the environment influences human health. The highly competitive grant started in 2006 and has become a model for funding emerging scientists.
“A ONES award gives promising environmental health scientists the opportunity to pursue innovative ideas early in their careers,” said Linda Birnbaum, Ph.D., NIEHS director. “When funding for research becomes scarce, young innovators start looking for other jobs. This is one of the best tools we have to retain their talent for research.”
The 2016 ONES awardees will study substances in our environment, such as arsenic, dioxins, and DDT; how these chemicals cause harm, including heart problems, insulin resistance, and allergies; and how they are removed from the body through protective mechanisms.
2016 ONES award recipients
• Daniel Gorelick, Ph.D., of the University of Alabama at Birmingham, will study how pollutants, such as dioxins, use the aryl hydrocarbon receptor protein to cause toxic effects on the heart.
• Michele La Merrill, Ph.D., of the University of California, Davis, will explore whether exposure to the pesticide DDT, during or before pregnancy, causes insulin resistance, by interfering with the production of body heat.''',
    quotes=[
        Q('“A ONES award gives', 'early in their careers,”', "Linda Birnbaum"),
        Q('“When funding for research', 'talent for research.”', "Linda Birnbaum"),
    ],
    aliases={
        "Linda Birnbaum": ["Linda Birnbaum", "NIEHS director"],
    },
),
dict(
    id="kadena-419751-typhoon-nari-heads-for-okinawa",
    source="https://www.kadena.af.mil/News/Display/Article/419751/typhoon-nari-heads-for-okinawa",
    license=PD, retrieved=PAGES + " (18th Wing story 419751 by Maj. Dani Johnson, 18th Wing Public Affairs, Kadena Air Base, Japan, on Typhoon Nari, Sept. 14, 2007; the lines '  • Published', '  • By Maj. Dani Johnson' and '  • 18th Wing Public Affairs' and the empty lines dropped; headline kept once; the stored copy ends with a complete paragraph; 'it is still a significant.' and the parenthesis inside Wilson's quotation as stored (H2077); straight marks as stored)",
    text='''Typhoon Nari heads for Okinawa
The second typhoon of the season, Typhoon Nari, is on track to pass over Okinawa according to base weather officials.
"Right now it should hit the island sometime Friday evening with 45 knot winds gusting to 65 knots and should last until early Saturday morning," said Capt. Jonathan Wilson, 18th Operations Support Squadron weather flight commander. "While not as big or strong as Man-Yi (typhoon that hit the base in July), it is still a significant."
According to the weather flight the storm gathered strength quickly, accelerating base preparation.
At a Team Kadena typhoon strike meeting Sept. 14, operations and maintenance officials from the Air Force, Navy, Marines and Army discussed the base plan for protecting aircraft and other assets.
Base F-15s, HH-60s and the 1-1 Air Defense Artillery Battalion high value equipment as well as any non-mission capable aircraft will be sheltered in hangars and protective aircraft shelters on base. Larger base aircraft, the KC-135, RC-135, MC-130, P-3 and E-3 will evacuate to various locations throughout the Pacific.
Across base, units are preparing their facilities to withstand high winds by securing loose equipment and moving what can be moved indoors. Family housing members are also tying down outdoor living items that cannot be placed inside.
"The most important thing is the safety of our military members and their families," said Brig. Gen. Brett Williams, 18th Wing commander, during the typhoon strike meeting. "We can replace equipment but we cannot replace our most valuable asset. Remind everyone to be safe and smart while preparing for the storm."
In July, Okinawa was hit by Typhoon Man-Yi and experienced winds gusting up to 105 mph. The base damages were primarily foliage and trees with some buildings needing minor repairs.''',
    quotes=[
        Q('"Right now it should hit', 'early Saturday morning,"', "Jonathan Wilson"),
        Q('"While not as big or strong', 'still a significant."', "Jonathan Wilson"),
        Q('"The most important thing', 'and their families,"', "Brett Williams"),
        Q('"We can replace equipment', 'preparing for the storm."', "Brett Williams"),
    ],
    aliases={
        "Jonathan Wilson": ["Jonathan Wilson", "Capt. Jonathan Wilson", "18th Operations Support Squadron weather flight commander"],
        "Brett Williams": ["Brett Williams", "Brig. Gen. Brett Williams", "18th Wing commander"],
    },
),
dict(
    id="edwards-486052-kadena-airmen-prep-typhoon-neoguri",
    source="https://www.edwards.af.mil/News/AFMC-News/Air-Force-Features/Article/486052/kadena-airmen-prep-for-typhoon-neoguri/",
    license=PD, retrieved=PAGES + " (18th Wing story by Staff Sgt. Rachelle Coleman, 18th Wing Public Affairs, on Kadena Air Base's preparations for Typhoon Neoguri, July 2014, as republished among the Air Force Featured Stories of edwards.af.mil (article 486052); the site label 'Air Force Featured Stories', the repeated headline, the lines '  • Published', '  • By Staff Sgt. Rachelle Coleman' and '  • 18th Wing Public Affairs' and the empty lines dropped; headline kept once; the stored copy ends with a complete paragraph; Hecker's quotation runs over two paragraphs, the first left open at its end, with straight and curly marks mixed as stored (H2076); 'winds gusts' as stored)",
    text='''Kadena Airmen prep for Typhoon Neoguri
Kadena Air Base Airmen and their families are bracing for a massive typhoon expected to slam the island July 8, with winds gusts nearing 200 mph.
Brig. Gen. James B. Hecker, the 18th Wing commander, declared Tropical Cyclone Condition of Readiness 3, or TCCOR 3, and base personnel began evacuating their aircraft July 6, in preparation for Typhoon Neoguri.
"I can't stress enough how dangerous this typhoon may be when it hits Okinawa," Hecker said in a message to the base community. "This is the most powerful typhoon forecast to hit the island in 15 years; we expect damaging winds to arrive by early Tuesday morning.
"This is not just another typhoon,” he continued. “If we all follow the typhoon procedures and take care of each other, we will all make it through this typhoon safely."
Aircraft were evacuated to other bases in the Pacific to prevent physical damage and ensure they are able to continue to operate. Based on the position of the incoming typhoon, flying squadrons’ leadership decided which aircraft to evacuate, and which aircraft will be placed in hangars.
In the current TCCOR, housing residents are instructed to remove or secure all outdoor and balcony items, fill vehicles and grill propane tanks, keep important documents safe, and clear debris from gutters, storm drains, sidewalks and ditches near their quarters. Personnel should also initiate a general clean up around office buildings.
The 18th Wing’s weather flight monitors tropical storms and typhoons, and serves as a focal point for typhoon information on Okinawa, Japan, as part of the Pacific Command's Tropical Cyclone Warning System.''',
    quotes=[
        Q('"I can\'t stress enough', 'hits Okinawa,"', "James B. Hecker"),
        Q('"This is the most powerful', 'early Tuesday morning.', "James B. Hecker"),
        Q('"This is not just another typhoon,”', None, "James B. Hecker"),
        Q('“If we all follow', 'this typhoon safely."', "James B. Hecker"),
    ],
    aliases={
        "James B. Hecker": ["James B. Hecker", "Brig. Gen. James B. Hecker", "Hecker", "the 18th Wing commander"],
    },
),
dict(
    id="pacaf-593811-mission-continues-typhoon-roke",
    source="https://www.pacaf.af.mil/News/Article-Display/Article/593811/mission-continues-despite-mother-natures-fury",
    license=PD, retrieved=PAGES + " (18th Wing story by Tech. Sgt. Jason Lake, 18th Wing Public Affairs, on C-130s evacuated from Yokota to Kadena before Typhoon Roke, September 2011, on pacaf.af.mil (article 593811); the lines '  • Published', '  • By Tech. Sgt. Jason Lake' and '  • 18th Wing Public Affairs' and the empty lines dropped; headline kept once; the paragraph 'Earlier this week, t', cut in the stored copy, dropped; Seedall's paragraph begins without an opening mark as stored, so its first part gets no span (H140, H2077); straight marks as stored)",
    text='''Mission continues despite Mother Nature's fury
Three C-130 Hercules aircraft were evacuated from Yokota Air Base to Kadena just hours before Typhoon Roke struck mainland Japan Sept. 21. The typhoon, which stopped short of hitting Okinawa days earlier, strengthened before heading north -- triggering the evacuation of the aircraft and aircrew.
Each year Kadena aircraft are forced to evacuate to other Pacific Air Forces bases due to frequent typhoons, but this time around the roles were reversed as the 18th Operations Group, 18th Logistics Readiness Squadron and 733rd Air Mobility Squadron welcomed temporary visitors.
The 733rd AMS was notified that three C-130's were in-bound to Kadena and immediate attention was taken to provide ramp space, cargo download capability, and establish command and control capabilities with the aircraft via the 733rd Air Mobility Command Center," said Capt. Benjamin Seedall, 733rd AMCC flight commander. "Upon arrival, the C-130's received fleet servicing and crews were offered billeting through Air Mobility Command's Prime Knight program. Upon departure back to Yokota, the C-130s assisted operations with the movement of 11 passengers, and 81 pounds of registered mail. We were privileged to offer them support during Typhoon Roke and execute their safe recovery by the book with combat focus."
Col. David Nahom, 18th Operations Group commander, said Team Kadena has vast experience receiving and bedding down Navy, Marine Corps, and Air Force aircraft from various locations within Pacific Command for training as well as real-world emergencies.
"This situation was just another example of the great teamwork between Kadena Airmen and our Pacific partners," Nahom said. "Typhoons can't stop operations. Our mission to defend Japan and provide security in the Pacific region continues. Sometimes we just have to move aircraft to alternate locations."''',
    quotes=[
        Q('"Upon arrival, the C-130\'s', 'with combat focus."', "Benjamin Seedall"),
        Q('"This situation was just another', 'our Pacific partners,"', "David Nahom"),
        Q('"Typhoons can\'t stop operations.', 'alternate locations."', "David Nahom"),
    ],
    aliases={
        "Benjamin Seedall": ["Benjamin Seedall", "Capt. Benjamin Seedall", "733rd AMCC flight commander"],
        "David Nahom": ["David Nahom", "Col. David Nahom", "Nahom", "18th Operations Group commander"],
    },
),
dict(
    id="malmstrom-348782-today-show-features-airmen",
    source="https://www.malmstrom.af.mil/News/Article-Display/Article/348782/today-show-features-malmstrom-airmen-mission",
    license=PD, retrieved=PAGES + " (341st Space Wing story 348782 on NBC's Today Show broadcasting live from Malmstrom Air Force Base, Mont., May 6; the line '  • Published' (the stored copy has no byline) and the empty lines dropped; headline kept once; the last paragraph '\"I'm excited about the whole thing and am going to call my parents tonight to tell them I'll be on the 'Today Show' tomorrow.\" Airman Blais said. He was interviewed by Mr. Roker a', cut in the stored copy, dropped with Blais's quotation, so his second span runs to the end of its paragraph, which he never closes in the kept text (H2078); the brackets inside the quotations as stored; straight marks as stored)",
    text='''Today Show features Malmstrom Airmen, mission
Normally, seeing Airmen scramble around an ICBM wing you might think it's time to duck and cover. This time, however, the wing's hustle centered on being featured live on a national news program.
NBC's Al Roker and the Today Show broadcast live from the 341st Space Wing at Malmstrom AFB, Mont., May 6 as part of their "Access Granted" series, which puts cameras in high-security places. The Minuteman III Intercontinental Ballistic Missile and the Airmen who operate, maintain, secure and support it, play a major role in America's national security every day.
"When I first found out about the NBC news crew wanting to tape at a launch control center and missile alert facility, my initial concern was with the security of the system," said Col. Paul Gydesen, 341st Space Wing vice commander. "We've had to work out a lot of logistics to make this happen, but the great folks on base did some good planning and it's all coming together. This [broadcast] will showcase how great the Airmen at Malmstrom are performing here."
Malmstrom is one of three U.S. Air Force bases that maintains and operates the Minuteman III ICBMs. The other two wings are the 90th SW, Frances E. Warren AFB, Wyo., and the 91st SW, Minot AFB, N.D.
The mission of the 341st Space Wing is to keep America free and strong by providing combat-ready people and aerospace forces. The wing reports directly to 20th Air Force, F.E. Warren, and is part of Air Force Space Command, headquartered at Peterson AFB, Colo.
"It's great [the NBC news crew] is here focusing on our [intercontinental ballistic missile] mission," said Airman 1st Class David Blais, 741st Missile Security Forces mobile fire teams member. "They're telling our story and letting people know what we do out here.''',
    quotes=[
        Q('"Access Granted"', None, None),
        Q('"When I first found out', 'security of the system,"', "Paul Gydesen"),
        Q('"We\'ve had to work out', 'are performing here."', "Paul Gydesen"),
        Q('"It\'s great [the NBC news crew]', 'missile] mission,"', "David Blais"),
        Q('"They\'re telling our story', 'what we do out here.', "David Blais"),
    ],
    aliases={
        "Paul Gydesen": ["Paul Gydesen", "Col. Paul Gydesen", "341st Space Wing vice commander"],
        "David Blais": ["David Blais", "Airman 1st Class David Blais", "741st Missile Security Forces mobile fire teams member"],
    },
),
dict(
    id="eielson-382638-slows-down-winter-chill",
    source="https://www.eielson.af.mil/News/Display/Article/382638/eielson-slows-down-to-endure-winters-chill",
    license=PD, retrieved=PAGES + " (354th Fighter Wing story 382638 by Airman 1st Class Yash Rojas, 354th Fighter Wing Public Affairs, on winter driving at Eielson Air Force Base, Alaska; the lines '  • Published', '  • By Airman 1st Class Yash Rojas' and '  • 354th Fighter Wing Public Affairs' and the empty lines dropped; headline kept once; the paragraph '\"Slips, trips and falls contribute as the majority of mishaps here,\" said Theakston. \"[Airmen] need to make sure they are wearing the appropriate footwear. By utilizing the winter grade rubber found on winter', cut in the stored copy, dropped with Theakston's quotations (H2079); the bracket inside Post's quotation as stored; straight marks as stored)",
    text='''Eielson slows down to endure winter's chill
Eielson Air Force Base leadership advised the Iceman team Oct. 24 to properly prepare the installation for wintry weather.
The cold climate of Interior Alaska and resulting hazardous conditions require Airmen to remain cautious while driving.
Brig. Gen. James Post, 354th Fighter Wing commander, strongly encouraged Airmen to slow down.
Dangers faced when maneuvering at high speeds in poor road conditions are not worth the risk. Winter driving conditions increase the likelihood of accidents.
"People are moving around too fast," said Post. "We have to do a better job of taking care of ourselves, [making sure] we have a plan and taking our time. I want everyone to slow down so that you all can get where you are going, probably faster than if you sped up and found yourself in a situation that could have been avoided."
While low speeds are safer, the 354th FW commander stressed the importance of maintaining situational awareness because even the smallest accident can result in injuries to Airmen and their families.
"Airmen need to prepare their vehicles and ensure they are prepared if anything happens, such as vehicle breakdown," said Master Sgt. Rebecca Theakston, 354th FW ground safety manager.
Vehicles should be equipped with the proper tires to maintain traction. Those with 4-wheel-drive and all-wheel-drive capabilities should use caution as road conditions can affect vehicles with these capabilities too.
While driving continues to present challenges, pedestrians are also affected by arctic conditions. The daily commute to work now involves the appropriate gear and quick reflexes to ensure safe arrival to destinations.''',
    quotes=[
        Q('"People are moving around too fast,"', None, "James Post"),
        Q('"We have to do a better job', 'could have been avoided."', "James Post"),
        Q('"Airmen need to prepare', 'vehicle breakdown,"', "Rebecca Theakston"),
    ],
    aliases={
        "James Post": ["James Post", "Brig. Gen. James Post", "Post", "354th Fighter Wing commander", "the 354th FW commander"],
        "Rebecca Theakston": ["Rebecca Theakston", "Master Sgt. Rebecca Theakston", "354th FW ground safety manager"],
    },
),
dict(
    id="eielson-642465-countering-jack-frosts-grip",
    source="https://www.eielson.af.mil/News/Display/Article/642465/countering-jack-frosts-wintery-grip",
    license=PD, retrieved=PAGES + " (354th Fighter Wing story 642465 by Senior Airman Racheal E. Watson, 354th Fighter Wing Public Affairs, on a winter-safety town hall at Eielson Air Force Base, Alaska; the lines '  • Published', '  • By Senior Airman Racheal E. Watson' and '  • 354th Fighter Wing Public Affairs' and the empty lines dropped; headline kept once; the trailing space after 'said Ellis.' dropped; the paragraph 'Other ways to help prevent vehicle mishaps is to prepare vehicles for winter weather. Items to keep o', cut in the stored copy, dropped; the nested single marks and the bracket inside Ellis's quotations as stored (H2079); straight marks as stored)",
    text='''Countering Jack Frost's wintery grip
The days of the endless Alaskan summer sun and mosquitoes swarming in the warm air have been forgotten, only to be replaced by mounds of snow and layers of ice as far as the eye can see.
With winter well underway, Col. Larry Rice, the 354th Mission Support Group commander, hosted a town hall meeting Oct. 1 to inform the Eielson community of potential winter hazards.
Staff Sgt. Devon Ellis, a 354th Fighter Wing safety representative, began the meeting educating the audience about personal and vehicle safety.
"You will want to dress in good layers," said Ellis.
Ellis highlighted benefits of proper layering, to include avoiding the lack of maneuverability and ensuring layers keep people warm and dry.
To endure the freezing temperatures, Icemen will want to dress in three layers: inner, middle and outer. The inner and middle layers should consist of merino wool, synthetic or blends of both. Cotton should be avoided as the inner layer because the fabric will absorb water and can potentially cause hypothermia. The outer layer should include hats that cover the ears, waterproof and insulated gloves and boots, and windproof and water resistant jackets.
"Everybody thinks puffy jackets mean warmth, 'buy the biggest jacket you can find and that will keep you warm,'" said Ellis. "You want something that is close to your body, form-fitting and adheres to you."
Ellis continued the safety briefing with a focus on some of the unique road conditions and inclement weather individuals residing in Alaska need to be prepared for such as snow, fog, ice, freezing rain and ice fog.
Ice fog is frozen moisture suspended in the air. The frozen fog is usually seen in low-lying areas.
"The best way to avoid [an accident] is to slow down," said Ellis.''',
    quotes=[
        Q('"You will want to dress in good layers,"', None, "Devon Ellis"),
        Q('"Everybody thinks puffy jackets', 'keep you warm,\'"', "Devon Ellis"),
        Q('"You want something that is close', 'adheres to you."', "Devon Ellis"),
        Q('"The best way to avoid [an accident] is to slow down,"', None, "Devon Ellis"),
    ],
    aliases={
        "Devon Ellis": ["Devon Ellis", "Staff Sgt. Devon Ellis", "Ellis", "a 354th Fighter Wing safety representative"],
    },
),
]
