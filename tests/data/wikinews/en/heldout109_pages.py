# Held-out English news pages (tests/data/heldout109-en.jsonl), none of them used in an earlier set. These texts are
# stored web pages (the `pages` search corpus) of US military news on partnerships abroad, or copies of their stories:
# the National Guard's story on the Arizona Army National Guard's training with Canadian forces (nationalguard.mil); U.S.
# Army Central's 2016 story on training with the United Arab Emirates Land Forces in Kuwait (usarcent.army.mil); the
# Army.mil story on Exercise Warfighter 17-04 with the 1st Canadian Mechanized Brigade Group (2017); two Air Force stories
# on African Partnership Flight (af.mil, Djibouti 2015; usafe.af.mil, Abuja 2024); the Defense.gov story on the start of
# Pacific Partnership 2018; a US Navy story on Pacific Partnership 24-1 in the Marshall Islands (2023), reposted
# verbatim on a defence-news site; U.S. Africa Command's 2010 report on the Hamramba school in the Comoros (copy of
# africom.mil on africom-web-app.azurewebsites.net); and the State Department's Tumblr copy of two DipNote blog posts on
# educational exchanges (2013). All are US government works in the public domain (17 U.S.C. § 105); none is credited
# to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Bylines, author lines, photo captions, metadata date lines and 'Source:'
# lines are dropped; wording, spelling, spacing inside paragraphs and quotation marks (straight, curly and mismatched)
# are as stored. Annotated by reading the pages, before whosaid was run on them (rules H780-H784 in ANNOTATION.md on top
# of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout109-en.jsonl

Built by `build.py` from `heldout109_pages.py`. Like heldout105-en and the earlier US-government sets, these texts are
stored web pages (the `pages` search corpus), this time mostly US military news on partnerships abroad, or copies of such
stories, none of them used in a set above: the National Guard's story on the Arizona Army National Guard's training with
Canadian forces at Douglas, Ariz. (nationalguard.mil), U.S. Army Central's December 2016 story 'Mutually armored' on
training with the United Arab Emirates Land Forces at Camp Buehring, Kuwait (usarcent.army.mil), the Army.mil story on
Exercise Warfighter 17-04 with the 1st Canadian Mechanized Brigade Group (April 2017), two Air Force stories on African
Partnership Flight (af.mil, Djibouti, February 2015; usafe.af.mil, Abuja, November 2024), the Defense.gov story on the
start of Pacific Partnership 2018 (February 2018) and a US Navy story on Pacific Partnership 24-1's first mission stop in
the Marshall Islands (November 2023), reposted verbatim on securitynews.spectator.co.nz, together with U.S. Africa
Command's May 2010 report on the ribbon-cutting at the Hamramba school in Moroni, Comoros (copy of africom.mil on
africom-web-app.azurewebsites.net), and the State Department's Tumblr copy of two DipNote blog posts on educational
exchanges (2013: the UGRAD students in Washington, the LettuceBee Kids project in Islamabad). All are US government works in
the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Bylines,
metadata date lines, author lines, photo captions and 'Source:' lines were dropped; wording and quotation marks are as stored. None of these pages is
used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no
shared 8-word sequence apart from the unit name 'Combined Joint Task Force - Horn of Africa (CJTF-HOA)'). The annotation (rules H780–H784 in `ANNOTATION.md`) was committed before whosaid was first run
on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="azng-2016-arizona-guard-canadian-forces-share-training",
    source="https://www.nationalguard.mil/News/Article-View/Article/717349/arizona-national-guard-and-canadian-forces-share-training-to-build-for-the-futu/",
    license=PD, retrieved=PAGES + " (National Guard story on the Arizona Army National Guard's training with Canadian forces at Douglas, Ariz.; the stored part has no headline and begins with the dateline paragraph; the paragraph beginning 'In the past, Schroeder said, the U.S. particip', cut in the stored copy, and the rest of the page dropped)",
    text='''DOUGLAS, Ariz. – Arizona Army National Guard members teamed up with Canadian service members in a preparatory training exercise for a future international mission, here, April 8-10.
The Arizona National Guard has partnered with Canadian armed forces since 2011, exchanging information and developing partnerships for the purpose of fostering mutual interests and long-term relationships.
"The partnership training is in preparation for Cougar Defender, a large summer exercise, in which both the Canadian military and the Arizona Army National Guard will provide direct sustainment and support to a brigade-size element fighting a force-on-force conflict," said Lt. Col. Eric Schroeder, 158 Combat Sustainment Support Battalion commander.
The 72-hour exercise integrated the 39th Service Battalion in order to familiarize Canadians and Guard troops with each other in preparation for future operations.
Maj. Frederick Dennis, operations officer with the 39th Service Battalion, Canada, said Soldiers from the two countries drove in the same vehicles, slept in the same tents and did everything together.
"The combined exercise is about building relationships and learning the same terminology when conducting future combined operations," Dennis said. "If they are talking wrenches they are talking about the same wrenches, if they are ordering food they will be speaking the same supply terms."
Schroeder said training partnerships with the Canadians increases overall capabilities by introducing subject matter experts from both countries. Noncommissioned officers and commissioned officers have to become all knowing in order to teach their Canadian counterparts.
"I felt very welcomed, and everyone is helpful in sharing knowledge," said Sgt. Wayne Lysholm, one of the 30 Canadians who came to Arizona for the training mission. "The exercise is going quite smoothly. We are finding a lot of the systems, and the ways we do things are very similar."''',
    quotes=[
        Q('"The partnership training', 'force-on-force conflict,"', "Eric Schroeder"),
        Q('"The combined exercise', 'combined operations,"', "Frederick Dennis"),
        Q('"If they are talking wrenches', 'same supply terms."', "Frederick Dennis"),
        Q('"I felt very welcomed,', 'sharing knowledge,"', "Wayne Lysholm"),
        Q('"The exercise is going quite smoothly.', 'very similar."', "Wayne Lysholm"),
    ],
    aliases={"Eric Schroeder": ["Lt. Col. Eric Schroeder", "Schroeder"],
             "Frederick Dennis": ["Maj. Frederick Dennis", "Dennis"],
             "Wayne Lysholm": ["Sgt. Wayne Lysholm"]},
),
dict(
    id="usarcent-2016-12-mutually-armored-uae-land-forces",
    source="https://www.usarcent.army.mil/News/Article/1063631/mutually-armored/",
    license=PD, retrieved=PAGES + " (U.S. Army Central story 'Mutually armored' of December 26, 2016; the stored part has no headline and begins with the date line 'December 26, 2016 –', dropped as metadata; the straight marks of the Al Ameri quotation beside the curly marks of the Miller quotations are as stored; the paragraph beginning '“I feel this experience was successful.', cut in the stored copy, and the rest of the page dropped)",
    text='''Soldiers from the 3d Armored Brigade Combat Team, 1st Armored Division, and United Arab Emirates Land Forces joined together to conduct mounted training operations during a two-week exercise at Camp Buehring, Kuwait in September.
Soldiers on both sides got an opportunity to have realistic force-on-force training working with different nation’s equipment and vehicles.
“I like working with different countries and being able to see their capabilities and how their different equipment functions,” said Sgt. Bryan Miller, cavalry scout with the 2nd Squadron, 13th Cavalry Regiment.
According to Miller the exercise proved to be a great training event encompassing day and night operations that presented unique challenges and opportunities for both nations.
“This training is far from routine, and I’ve had the chance to do something different every day,” said Miller.
Miller explained that working with other nations in this type of exercise makes the event more realistic which benefits his skillset.
“Their vehicles are different than ours and I can actually identify the type and determine who is friendly or hostile making it more realistic than when we train with just our own vehicles and it’s difficult to tell who is who,” said Miller.
The 3rd ABCT and other units within U.S. Army Central continuously conduct joint exercises like this throughout ARCENT’s 20-country area of operations to improve readiness and increase interoperability with partnered nations.
"Right now is the opportunity to get to know each other through training together and build on what we learn from this event to make future exercises tougher and more realistic," said Maj. Gen. Saleh M. Al Ameri, UAE Land Forces Commander.
Ameri, previously a task force commander in Afghanistan, conveyed his desire for future engagements while watching his troops operate during a portion of the exercise.''',
    quotes=[
        Q('“I like working with different countries', 'equipment functions,”', "Bryan Miller"),
        Q('“This training is far from routine,', 'every day,”', "Bryan Miller"),
        Q('“Their vehicles are different', 'who is who,”', "Bryan Miller"),
        Q('"Right now is the opportunity', 'more realistic,"', "Saleh M. Al Ameri"),
    ],
    aliases={"Bryan Miller": ["Sgt. Bryan Miller", "Miller"],
             "Saleh M. Al Ameri": ["Maj. Gen. Saleh M. Al Ameri", "Ameri"]},
),
dict(
    id="army-2017-04-us-soldiers-train-with-canadian-counterparts",
    source="https://www.army.mil/article/186339/us_soldiers_train_with_canadian_counterparts",
    license=PD, retrieved=PAGES + " (Army.mil story 'U.S. Soldiers train with Canadian counterparts' on Exercise Warfighter 17-04; the stored part has no headline and begins with the dateline paragraph; the paragraph beginning '\"In Canada, we are great at operating in sections', cut in the stored copy, and the rest of the page dropped)",
    text='''JOINT BASE LEWIS-MCCHORD, Wash. - Soldiers of the 25th Infantry Division trained with the 1st Canadian Mechanized Brigade Group during Exercise Warfighter April 4-11, 2017, at Joint Base Lewis-McChord, Wash.
The exercise, which was supported in part by 1st Stryker Brigade Combat Team, 2nd Infantry Division, is conducted annually, with the other half of the exercise taking place at Fort Hood, Texas. At JBLM, Soldiers conducted a command post exercise to test the interoperability and internal systems of the two nations' militaries.
"Exercise Warfighter 17-04 is a U.S. Army led computer assisted exercise that simulates complex combat operations against a near-peer enemy and focuses on the Command and Control aspects of warfare," said Col. Bill Fletcher, commander of 1 CMBG. "Conducting the exercise in a simulated environment allowed us to refine our Command and Control processes and procedures in a safe training environment while synchronizing our warfighting strategies and tactics with our U.S. Army ally."
The U.S. Army is considered Canada's closest ally and the organization has a long history of success on the battlefield, which they have used to build impressive doctrine, said Fletcher. "We always relish at the opportunity to learn from their knowledge and experience and equally to impart our own."
Members of the Canadian military are very professional, friendly and they know what they are doing, said U.S. Army Spc. Gurpreet Gill, an infantry Soldier with 1-2 SBCT. Some basic soldiering tasks such as taking a map out and locating key points for the mission are the same. They also use a lot of the same vocabulary and techniques we use at that level of training.''',
    quotes=[
        Q('"Exercise Warfighter 17-04 is', 'aspects of warfare,"', "Bill Fletcher"),
        Q('"Conducting the exercise', 'U.S. Army ally."', "Bill Fletcher"),
        Q('"We always relish', 'impart our own."', "Bill Fletcher"),
    ],
    aliases={"Bill Fletcher": ["Col. Bill Fletcher", "Fletcher"]},
),
dict(
    id="af-2015-02-african-partnership-flight-djibouti",
    source="https://www.af.mil/News/Article-Display/Article/566212/african-partnership-flight-builds-relations-interoperability/",
    license=PD, retrieved=PAGES + " (Air Force story 'African Partnership Flight builds relations, interoperability' from Combined Joint Task Force-Horn of Africa Public Affairs; the byline list ('Published', 'By Tech. Sgt. Ian Dean', 'Combined Joint Task Force-Horn of Africa Public Affairs') dropped; the paragraph beginning 'As much as AFP-Djibouti was about sharing', cut in the stored copy, and the rest of the page dropped)",
    text='''African Partnership Flight builds relations, interoperability
Closing ceremonies commenced African Partnership Flight-Djibouti for more than 80 Airmen from six nations Feb. 11, at Djibouti Air Base.
The five-day event, co-hosted by U.S. Air Forces Europe -- Air Forces Africa and the Djibouti air force, brought together air forces from Burundi, Djibouti, Kenya, Tanzania, Uganda and the U.S. to strengthen relationships and share best practices.
"APF-Djibouti brings international Airmen together to discuss how we do business," said Brig. Gen. Mark Camerer, the USAFE - AFAFRICA director of plans, programs and analyses, during closing ceremonies. "It allows them to talk about their techniques, their tactics and their procedures so that if a crisis were to hit, we have the capability to work together more effectively and efficiently."
African Partnership Flight is U.S. Africa Command's premiere program to bring together partner nations to increase cooperation and interoperability, which fosters stability and security throughout the continent.
"African Partnership Flight is all about interoperability," said Senior Master Sgt. Phillip Leonard, a USAFE - AFAFRICA loadmaster. "Whether it is a humanitarian or peacekeeping mission, it is important for our air forces to have understanding and transparency beforehand, so when the time comes we can execute the mission."
U.S. Air Force advisors from USAFE-AFAFRICA and the 818th Mobility Support Advisory Squadron, based at Joint Base McGuire-Dix-Lakehurst, New Jersey, facilitated a combination of group discussions and hands-on demonstrations covering core air force topics including cargo load planning, flight line security, crash and fire rescue, and aircraft maintenance.''',
    quotes=[
        Q('"APF-Djibouti brings', 'how we do business,"', "Mark Camerer"),
        Q('"It allows them to talk', 'effectively and efficiently."', "Mark Camerer"),
        Q('"African Partnership Flight is all about interoperability,"', None, "Phillip Leonard"),
        Q('"Whether it is a humanitarian', 'execute the mission."', "Phillip Leonard"),
    ],
    aliases={"Mark Camerer": ["Brig. Gen. Mark Camerer"],
             "Phillip Leonard": ["Senior Master Sgt. Phillip Leonard"]},
),
dict(
    id="usafe-2024-11-african-partnership-flight-abuja",
    source="https://www.usafe.af.mil/Units/406th-Air-Expeditionary-Wing/News-and-Articles/Display/Article/3980086/african-partnership-flight-solidifies-hadr-tabletop-exercise/",
    license=PD, retrieved=PAGES + " (U.S. Air Forces in Europe - Air Forces Africa story 'African Partnership Flight solidifies HA/DR tabletop exercise'; the byline list ('Published', 'By U.S. Air Forces in Europe - Air Forces Africa Public Affairs' and the repeated office line) dropped; a space at the end of the second paragraph dropped; the paragraph beginning 'The AAAF exercise series, AAAFEX,', cut in the stored copy, and the rest of the page dropped)",
    text='''African Partnership Flight solidifies HA/DR tabletop exercise
Seventeen African partner nations participated in the African Partnership Flight hosted by the Nigerian Air Force and facilitated by U.S. Air Forces Africa, November 4-8, 2024, in Abuja, Nigeria.
The African Partnership Flight is a biannual force development, educational, and interoperability workshop to help strengthen U.S. strategic partnerships by sharing ideas to enhance regional cooperation and interoperability.
During the opening ceremony NAF Air Commodore Dogari Apyeyak emphasized the importance of multilateral collaboration on the continent in response to natural disasters.
“This noble African project deepens the bonds of friendship among member states towards actualizing a more united continent,” said Apyeyak. “It is necessary we leverage the collective air power knowledge, experiences and planning protocols of our different air forces in prompting humanitarian assistance and disaster response.”
The engagement was conducted with members of the Association of African Air Forces, a voluntary, non-political organization focused on collaborative, multilateral engagements to promote African-led air power solutions among 29 African member nations in collaboration with the U.S. Air Force.
The APF strengthened AAAF capabilities to effectively coordinate and collaborate in Humanitarian Assistance and Disaster Response efforts, said U.S. Air Force Lt. Col. Mark Thorley, USAFE-AFAFRICA A5I Africa branch chief.
“Effective multilateral partnerships are important to prepare and respond to disasters by saving lives during natural disasters,” said Thorley. “As an African-led association, we can rapidly respond by working together to reduce needless suffering.”''',
    quotes=[
        Q('“This noble African project', 'more united continent,”', "Dogari Apyeyak"),
        Q('“It is necessary we leverage', 'disaster response.”', "Dogari Apyeyak"),
        Q('“Effective multilateral partnerships', 'natural disasters,”', "Mark Thorley"),
        Q('“As an African-led association,', 'needless suffering.”', "Mark Thorley"),
    ],
    aliases={"Dogari Apyeyak": ["NAF Air Commodore Dogari Apyeyak", "Apyeyak"],
             "Mark Thorley": ["U.S. Air Force Lt. Col. Mark Thorley", "Thorley"]},
),
dict(
    id="defense-2018-02-pacific-partnership-regional-disaster-response",
    source="https://www.defense.gov/News/Article/Article/1447749/pacific-partnership-enhances-regional-disaster-response-cooperation/",
    license=PD, retrieved=PAGES + " (Defense.gov story 'Pacific Partnership enhances regional disaster response cooperation' of February 22, 2018; the stored part has no headline and begins with the metadata line 'date 2018-02-22' and the byline 'By Navy Petty Officer 1st Class Micah Blechner, Logistics Group Western Pacific', dropped; the subheading 'Deepening Ties With Regional Partners' kept as a line; the mismatched straight and curly marks of the Gabrielson paragraphs are as stored (H782); the paragraph beginning 'USNS Mercy will make mission stops', cut in the stored copy, and the rest of the page dropped)",
    text='''The Navy will join allied and partner-nation militaries for the 13th Pacific Partnership mission, scheduled to start tomorrow.
This annual maritime operation will help improve disaster response preparedness, resilience and capacity while enhancing partnerships with participating nations and civilian humanitarian organizations throughout the Indo-Pacific region, officials said.
Pacific Partnership is the largest annual multilateral disaster response preparedness mission conducted in the Indo-Pacific region. This year's mission will be led by Destroyer Squadron 31 and staff embarked on the hospital ship USNS Mercy and the expeditionary fast transport ship USNS Fall River, and will include more than 800 military and civilian personnel from the United States, Canada, the United Kingdom, Australia, France, Peru and Japan.
Deepening Ties With Regional Partners
"Through Pacific Partnership we are deepening integral ties with our allies and partners across the Indo-Asia-Pacific region," said Navy Rear Adm. Don Gabrielson, commander of Task Force 73, the executive agent for Pacific Partnership 2018.
"The challenges we face with natural and man-made disasters do not respect borders or national sovereignty,” Gabrielson added. “This dynamic mission enables many nations and subject-matter experts to come together to pursue solutions to complex problems while enhancing preparations for disaster emergencies that reduce the severity of their impact. The foundation of trust created through Pacific Partnership engagement helps foster a cooperative environment that encourages collaborative approaches to improving the lives and conditions for the people of this region and beyond."''',
    quotes=[
        Q('"Through Pacific Partnership', 'Indo-Asia-Pacific region,"', "Don Gabrielson"),
        Q('"The challenges we face', 'national sovereignty,”', "Don Gabrielson"),
        Q('“This dynamic mission', 'this region and beyond."', "Don Gabrielson"),
    ],
    aliases={"Don Gabrielson": ["Navy Rear Adm. Don Gabrielson", "Gabrielson"]},
),
dict(
    id="navy-2023-11-pacific-partnership-24-1-marshall-islands",
    source="https://securitynews.spectator.co.nz/2023/11/page/9",
    license=PDC, retrieved=PAGES + " (verbatim repost of a US Navy story on a defence-news listing page, headed 'Defense News: ...'; the line 'Source: United States Navy' dropped; the stored copy goes from the headline straight to the first quotation paragraph; the paragraph beginning 'This effort held extra significance', cut in the stored copy, and the rest of the page dropped)",
    text='''Defense News: Pacific Partnership 24-1 Concludes First Mission Stop in the Republic of the Marshall Islands
“Pacific Partnership has brought together people from different backgrounds, cultures and expertise to work hand-in-hand, fostering understanding and building lifetime connections,” said the Honorable Ladie Jack, the mayor of Majuro. “Through our collective efforts, we have achieved remarkable milestones and made a positive impact on the lives of our countless individuals.”
This was Pacific Partnership’s fifth visit to the Republic of the Marshall Islands since its first visit in 2007. Service members from the United States and Australia worked with Marshallese on a range of events including humanitarian assistance and disaster relief (HA/DR) seminars, engineering projects, medical engagements and host nation outreach events.
“I am grateful to have the chance to work alongside our friends here in the Republic of Marshall Islands,” said U.S. Navy Capt. Brian Quin, mission commander. “Kommol tata to the Marshallese people for inviting us to their country and for a successful first stop of many during Pacific Partnership 24-1. These enduring bonds of friendship and trust that we have put together across this mission are the real reward of this visit.”
Members of PP24-1’s medical group sailed aboard RMIS Liwatoon Mour, the Marshallese hospital ship, for 4-day mission where they worked side-by-side with Marshallese medical providers conducting a tuberculosis eradication campaign in Aur Atoll.
“The success of this joint effort to bring critical health testing and treatment to the people of Aur represents the best of what our two nations can achieve when working together toward common goals, such as containing the scourge of tuberculosis,” said U.S. Embassy Chargé d’Affaires Lance Posey.''',
    quotes=[
        Q('“Pacific Partnership has brought', 'lifetime connections,”', "Ladie Jack"),
        Q('“Through our collective efforts,', 'countless individuals.”', "Ladie Jack"),
        Q('“I am grateful to have the chance', 'Marshall Islands,”', "Brian Quin"),
        Q('“Kommol tata', 'reward of this visit.”', "Brian Quin"),
        Q('“The success of this joint effort', 'scourge of tuberculosis,”', "Lance Posey"),
    ],
    aliases={"Ladie Jack": ["the Honorable Ladie Jack"],
             "Brian Quin": ["U.S. Navy Capt. Brian Quin"],
             "Lance Posey": ["U.S. Embassy Chargé d’Affaires Lance Posey"]},
),
dict(
    id="africom-2010-05-cjtf-hoa-comoros-hamramba-school",
    source="https://africom-web-app.azurewebsites.net/article/7398/commander-cjtf-hoa-lauds-us-comorian-relationship-",
    license=PDC, retrieved=PAGES + " (U.S. Africa Command news article of May 2010 on the Hamramba school in Moroni, copy of africom.mil without headline, its address shortened as stored; the space before the comma after 'Sambi' and the spelling 'Abdallan' are as stored; the paragraph beginning '\"As surely as the', cut in the stored copy, dropped)",
    text='''Comorian President Ahmed Abdallan Mohamed Sambi , U.S. Navy Rear Admiral Brian Losey, commander of Combined Joint Task Force - Horn of Africa (CJTF-HOA), U.S. Ambassador to the Comoros and Madagascar Niels Marquadt, and numerous Comorian government officials and CJTF-HOA personnel attended a ribbon-cutting ceremony at Hamramba school in Moroni, Comoros, May 15, 2010.
The ceremony marked the completion of a $500,000 project funded by U.S. Africa Command (AFRICOM), providing eight classrooms and 10 latrines.
"Today's dedication represents the commitment and respect of our two nations towards the idea that education is a key to reaching our future goals and dreams," Losey said to an auditorium full of local Comorians and U.S. military members. "For many, many months now, the Comorian military and elements of the U.S. military have worked together, side-by-side, and have persevered and prevailed through many challenges to bring this school to fruition."
Students welcomed official guests with Comorian floral necklaces and sang in chorus the Comorian National Anthem.
"This school is certainly the privileged place for the education of our children," said Comorian President Sambi. "American cooperation in Comoros is both practical and effective. It can quickly exceed the administrative burdens that are dragging a number of projects. I can then say that we must, wherever possible, follow procedures that enable Americans to perform quickly and effectively."
U.S. Navy Mobile Construction Battalions began construction of the school in early 2008.
"Side-by-side, with Comorian colleagues, I think you have a lot to be proud of here," said Ambassador Marquadt to the Seabees in the crowd. "People will remember you. You're leaving something permanent behind for the Comorian people that really responds to what they need, so thank you."
After the ceremony, Losey, Marquadt and President Sambi were given a tour of the school facilities before talking over refreshments.''',
    quotes=[
        Q('"Today\'s dedication', 'goals and dreams,"', "Brian Losey"),
        Q('"For many, many months now,', 'school to fruition."', "Brian Losey"),
        Q('"This school is certainly', 'of our children,"', "Ahmed Abdallan Mohamed Sambi"),
        Q('"American cooperation in Comoros', 'quickly and effectively."', "Ahmed Abdallan Mohamed Sambi"),
        Q('"Side-by-side, with Comorian colleagues,', 'proud of here,"', "Niels Marquadt"),
        Q('"People will remember you.', 'so thank you."', "Niels Marquadt"),
    ],
    aliases={"Brian Losey": ["U.S. Navy Rear Admiral Brian Losey", "Losey"],
             "Ahmed Abdallan Mohamed Sambi": ["Comorian President Ahmed Abdallan Mohamed Sambi", "Comorian President Sambi", "President Sambi", "Sambi"],
             "Niels Marquadt": ["U.S. Ambassador to the Comoros and Madagascar Niels Marquadt", "Ambassador Marquadt", "Marquadt"]},
),
dict(
    id="state-2013-dipnote-tumblr-educational-exchanges",
    source="http://statedept.tumblr.com/tagged/educational-exchanges",
    license=PD, retrieved=PAGES + " (the State Department's Tumblr copy of two DipNote blog posts, tag page 'educational-exchanges': 'Finding Common Ground to Connect: UGRAD Students Gather in Washington, DC' and 'Fulbright Alum Helps Islamabad Street Kids Find a Better Future'; the photo captions ('... [State Department photo/ Public Domain]', '... [Photograph by Robert Raines, U.S. Embassy Islamabad/ Public Domain]') and the author lines ('About the Author: Daniel A. Nicolas ...', 'About the Author: Jennifer McAndrew ...') dropped; the first post's teaser paragraph 'I recently saw the impact of one such program ... Program.… more »', cut by the site, dropped; the second post's paragraph 'The brainchild of Sarah Adeel, a Fulbright alum', cut in the stored copy, and the rest of the page dropped)",
    text='''Finding Common Ground to Connect: UGRAD Students Gather in Washington, DC
"You never really understand a person until you consider things from his point of view…until you climb inside of his skin and walk around in it."
I often recall those words that Atticus Finch offered his daughter, Scout, in Harper Lee’s American classic, To Kill a Mockingbird. I am mindful of Atticus’s advice on occasions when I meet groups of foreign exchange students and hear them talk with each other about their experiences. Gaining a greater understanding about — and an appreciation for — others is one of the reasons why I believe exchange programs are so powerful.
Fulbright Alum Helps Islamabad Street Kids Find a Better Future
Jawaid is a four-year-old trash picker. He wants to be a tree when he grows up.
At least, that’s what he tells his teacher during an art class sponsored by the LettuceBee Kids project in Islamabad, Pakistan.
“But you are not a tree,” the teacher tells him. “If you don’t like where you are, you can move.”
That’s the idea behind the LettuceBee initiative, which helps street kids like Jawaid move beyond a life of begging and trash picking, and re-integrate back into society through art, music, and mentorship.''',
    quotes=[
        Q('"You never really understand', 'walk around in it."', "Atticus Finch"),
        Q('“But you are not a tree,”', None, None),
        Q('“If you don’t like', 'you can move.”', None),
    ],
    aliases={"Atticus Finch": ["Atticus"]},
),
]
