# Held-out English news pages (tests/data/heldout105-en.jsonl), none of them used in an earlier set. These texts are
# stored web pages (the `pages` search corpus) of US federal partners' news on state-level events, or copies of their
# releases: the North Dakota National Guard's 2011 DVIDS story on the Bismarck-Mandan flood fight (dvidshub.net); the
# National Guard Bureau's 2020 release on the Guard's response to civil unrest (nationalguard.mil); the U.S. Fish and
# Wildlife Service's release on closing national wildlife refuges in a government shutdown (fws.gov, 1995 release
# under a 2001 story address); the Coast Guard 17th District's 2017 release on the medevac of the captain of the fishing
# vessel Coventina (GovDelivery bulletin of the Coast Guard); two Coast Guard Sector Juneau releases as reposted by
# Coast Guard News (2021, Lady Cyprus medevac) and Alaska Native News (2022, overdue boaters in Totem Bay); and the
# Louisiana National Guard's 2016 public-affairs story on the August flood response as reposted on s-j.ca; the
# Army.mil story on the Colorado National Guard's 2009 hiker rescue on Challenger Point; a 2005 Bureau of Reclamation
# release on cooperative agreements in the Yuma Mesa Irrigation and Drainage District (usbr.gov news-release archive);
# the Alaska National Guard's 2020 story on the Crow Pass hikers rescue (nationalguard.mil); and the North Carolina
# National Guard's 2014 DVIDS story on hikers stranded after a winter storm (printable page). All are US
# government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party.
# The stored copies are cut after about 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped
# and noted in `retrieved`). Bylines, bulletin banners, contact lines, metadata date lines and repeated page titles are
# dropped; wording, spelling, spacing inside paragraphs and quotation marks (straight, curly and mismatched) are as
# stored. Annotated by reading the pages, before whosaid was run on them (rules H740-H745 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout105-en.jsonl

Built by `build.py` from `heldout105_pages.py`. Like heldout103-en and the earlier US-government sets, these texts are
stored web pages (the `pages` search corpus), this time news of US federal partners on state-level events, or copies of
their releases, none of them used in a set above: the North Dakota National Guard's 2011 DVIDS story on the
Bismarck-Mandan flood fight (dvidshub.net), the National Guard Bureau's June 2020 release on the Guard's response to
civil unrest (nationalguard.mil), the U.S. Fish and Wildlife Service's release on closing national wildlife refuges to
visitors in a government shutdown (fws.gov), the Coast Guard 17th District's July 2017 release on the medevac of the
captain of the fishing vessel Coventina (the Coast Guard's GovDelivery bulletin), two Coast Guard Sector Juneau
releases as reposted by Coast Guard News (August 2021, the Lady Cyprus medevac) and Alaska Native News (July 2022, two
overdue boaters in Totem Bay), and the Louisiana National Guard's August 2016 public-affairs story on its flood
response, as reposted on s-j.ca, the Army.mil story on the Colorado National Guard's July 2009 rescue of a hiker on
Challenger Point, the Bureau of Reclamation's September 2005 release on cooperative agreements with the University of
Arizona for the Yuma Mesa Irrigation and Drainage District (usbr.gov news-release archive), the Alaska National Guard's
July 2020 story on the rescue of four hikers on Crow Pass Trail (nationalguard.mil) and the North Carolina National
Guard's January 2014 DVIDS story on three hikers stranded after a winter storm (printable page). All are US government works in the public domain (17 U.S.C. § 105); none is credited
to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Bylines, bulletin banners, contact lines, metadata date lines
and repeated page titles were dropped; wording and quotation marks are as stored. None of these pages is used in any
set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text). The
annotation (rules H740–H745 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="ndng-2011-bismarck-mandan-flood-fight-dvids",
    source="https://dvidshub.net/news/71295/numbers-continue-increase-bismarck-mandan-flood-fight",
    license=PD, retrieved=PAGES + " (DVIDS story 'Numbers continue to increase in Bismarck-Mandan flood fight' of the North Dakota National Guard; the stored part has no headline and begins with the byline 'By Spc. Cassandra Simonton', dropped; the paragraph beginning '“He', cut in the stored copy, and the rest of the page dropped)",
    text='''BISMARCK, N.D. — Guardsmen continue to work around the clock with Bismarck-Mandan residents to help protect the community, producing as many as 25,000 sandbags an hour during the day. About 1,500 North Dakota National Guard members have now been activated to help with flooding operations around the Missouri River, and they’ve filled an estimated 1 million sandbags in the past several days. Local residents and contributions from other communities have helped push the community halfway to the predicted 8 million sandbags that will be needed by Friday, June 3.
Besides helping with sandbagging operations, service members are conducting traffic control points, providing levee patrols and pitching in wherever else a formal request takes them.
“It’s nice to come out here and see the community working together,” said Sgt. 1st Class John Sayler, with recruiting and retention, who was assisting with sandbagging operations. “You see a lot of your friends. I’ve even seen some of my family. We’re all fighting the same fight.”
When you serve in the Guard, you’re serving for your neighbors, friends and family, Guardsmen say.
“I wish I could do anything more,” said Sgt. Jessica Smith, a member of the 132nd Quartermaster Company out of Cando, N.D. “It’s heart-wrenching. You don’t know what to say to them and you want to be reassuring, so I just keep a smile on my face and keep fighting the flood in any way I can.”
Smith is assisting at one of the 13 traffic control points emplaced in Bismarck for public safety in conjunction with local law enforcement.
Chief Warrant Officer Justin Gartner, the officer-in-charge of daytime operations for the Guard’s 1st Battalion, 112th Aviation Regiment, said his soldiers had been busy with sandbagging operations in Mandan and were pleased to provide extra help when it was needed there. In the instance of one elderly gentleman with a heart condition, Gartner was happy to lend a hand.''',
    quotes=[
        Q('“It’s nice to come out here', 'working together,”', "John Sayler"),
        Q('“You see a lot of your friends.', 'the same fight.”', "John Sayler"),
        Q('“I wish I could do anything more,”', None, "Jessica Smith"),
        Q('“It’s heart-wrenching.', 'any way I can.”', "Jessica Smith"),
    ],
    aliases={"Jessica Smith": ["Sgt. Jessica Smith", "Smith"], "John Sayler": ["Sgt. 1st Class John Sayler"]},
),
dict(
    id="ngb-2020-06-national-guard-response-to-civil-unrest",
    source="https://www.nationalguard.mil/News/Press-Releases/Article/2214887/national-guard-response-to-civil-unrest/",
    license=PD, retrieved=PAGES + " (National Guard Bureau press release 'National Guard response to civil unrest', June 2020; the stored part has no headline and begins with the first paragraph; the stray closing mark after 'chief of the National Guard Bureau.' is kept as stored (H741); the paragraph 'Soldiers and airmen who were once armed with riot gear ... near the Lincoln Memorial June', cut in the stored copy, and the rest of the page dropped)",
    text='''As of Wednesday morning, 69,000 National Guard members are supporting homeland operations at the direction of their governors. The current number represents activations for civil unrest, COVID-19, and natural disasters. Presently, there are nearly 104,000 Guard men and women engaged in homeland and overseas missions.
This number surpassed the approximate 51,000 Guard members activated during the 2005 Hurricane Katrina response.
More than 26,500 National Guard members remain activated in states across the country to assist state and local law enforcement in support of civil unrest operations. The numbers are steadily decreasing as governors assess their needs.
“Our troops are trained to protect life, and to preserve property, peace and public safety,” said Gen. Joseph Lengyel, chief of the National Guard Bureau.”
Since May 30, the District of Columbia National Guard personnel have protected public transit stations and businesses near protests in response to the death of George Floyd.
As the demonstrations continued, the D.C. National Guard saw its mission evolve.
As citizen-soldiers and -airmen, their immediate mission is in their communities. One such citizen-soldier is 1st Lt. John McGlothlin, an Army attorney with the National Guard legal support office, D.C. Army National Guard.
“I live about a 15-minute walk from here,” said McGlothlin. “It’s hard for people to get out there and express themselves if they’re worried about something bad happening – something being lit on fire or something being broken. There are a lot of people who want to come out and protest, and they’re a little unsure about whether it’s a safe thing to do. We’re trying to make sure that they feel safe enough to come out here and express their opinions.”''',
    quotes=[
        Q('“Our troops are trained', 'public safety,”', "Joseph Lengyel"),
        Q('“I live about a 15-minute walk from here,”', None, "John McGlothlin"),
        Q('“It’s hard for people', 'express their opinions.”', "John McGlothlin"),
    ],
    aliases={"Joseph Lengyel": ["Gen. Joseph Lengyel"], "John McGlothlin": ["1st Lt. John McGlothlin", "McGlothlin"]},
),
dict(
    id="fws-refuges-closed-in-event-of-government-shutdown",
    source="https://www.fws.gov/story/2001-11/national-wildlife-refuges-closed-visitors-law-enforcement-continue-event-government",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service release on closing refuges and hatcheries in a shutdown beginning November 14, with director Mollie Beattie (1993-1996), stored under a '2001-11' story address; the headline, printed twice, is kept once; the curly/straight mismatched marks are as stored (H742); the paragraph 'Federal wildlife agents will continue to enforce ... The Service will continue to', cut in the stored copy, and the rest of the page dropped)",
    text='''NATIONAL WILDLIFE REFUGES CLOSED TO VISITORS, LAW ENFORCEMENT TO CONTINUE IN EVENT OF GOVERNMENT SHUTDOWN, U.S. FISH AND WILDLIFE SERVICE SAYS
In the event of a Federal government shutdown, national wildlife refuges and fish hatcheries will have to be closed to visitors beginning on November 14 but Federal wildlife law enforcement agents will remain on duty, the U.S. Fish and Wildlife Service said today.
If the shutdown continues for any length of time, the Service said there would be noticeable effects for its constituents, particularly those who had planned visits to one of the Services more than 500 national wildlife refuges for hunting, birdwatching or other purposes.
National wildlife refuge and fish hatchery visitor centers will be closed to the public. Personnel will remain on duty to care for fish at national fish hatcheries and to protect physical facilities at national wildlife refuges.
“This forced closure could not have come at a worse time for Americas hunters," said Fish and Wildlife Service director Mollie Beattie. "Fall hunting seasons for waterfowl and some other species are in full swing at many refuges." Beattie said hunters who had planned to hunt on national wildlife refuges should anticipate that refuge hunting programs operated by the Fish and Wildlife Service will be canceled during the shutdown period.
A few refuge hunts traditionally managed by State wildlife agencies may continue; hunters should check with the appropriate Fish and Wildlife Service regional office, the refuge or the State fish and wildlife agency for information on those few situations.''',
    quotes=[
        Q('“This forced closure', 'Americas hunters,"', "Mollie Beattie"),
        Q('"Fall hunting seasons', 'at many refuges."', "Mollie Beattie"),
    ],
    aliases={"Mollie Beattie": ["Fish and Wildlife Service director Mollie Beattie", "Beattie"]},
),
dict(
    id="uscg-d17-2017-07-09-coventina-captain-medevac",
    source="https://content.govdelivery.com/accounts/USDHSCG/bulletins/1a8aa0a",
    license=PD, retrieved=PAGES + " (Coast Guard 17th District news release of July 9, 2017, in the Coast Guard's GovDelivery bulletin; the bulletin title 'Coast Guard medevacs fishing vessel captain in the vicinity of Prince William Sound, Alaska', the banner lines 'united states coast guard', 'AK150Banner', 'News Release', the date and contact lines dropped; the release headline is the first line; the mismatched straight/curly marks are as stored (H742); the paragraph '2017 marks the 150th anniversary ... has grown alongside the 49', cut in the stored copy, dropped)",
    text='''Coast Guard medevacs captain of the fishing vessel Coventina in the vicinity of Prince William Sound, Alaska
JUNEAU, Alaska — A Coast Guard MH-60 Jayhawk helicopter crew forward deployed to Cordova, Alaska, medevaced the captain of the fishing vessel Coventina from a beach in the vicinity of Prince William Sound, Alaska, Saturday.
The Jayhawk crew landed on the island, brought the injured captain aboard and transferred him to Cordova where local emergency medical services personnel were waiting.
Watchstanders at Coast Guard Sector Anchorage command center received a medevac request for the captain of the fishing vessel Coventina after it was reported he fell in the fish hold, injuring his ribs and showing signs of shock. A relief captain took control of the vessel and navigated to Stockdale Harbor on the northwest side of Montague Island.
A Coast Guard flight surgeon was briefed and recommended immediate medevac.
"Due to the configuration of the vessel the aircrew deemed it safer for the fishing vessel Coventina crew to transfer the injured captain to a nearby island,” said Petty Officer Nicholas Lippert, communications watchstander at Coast Guard Sector Anchorage. “The quick action of the aircrew along with the Coventina crew allowed the captain to be quickly transferred to higher medical care.”''',
    quotes=[
        Q('"Due to the configuration', 'to a nearby island,”', "Nicholas Lippert"),
        Q('“The quick action', 'higher medical care.”', "Nicholas Lippert"),
    ],
    aliases={"Nicholas Lippert": ["Petty Officer Nicholas Lippert"]},
),
dict(
    id="uscg-sector-juneau-2021-08-20-lady-cyprus-medevac-coastguardnews",
    source="https://coastguardnews.com/coast-guard-medevacs-man-with-assistance-from-good-samaritans/2021/08/20/",
    license=PDC, retrieved=PAGES + " (Coast Guard release 'Coast Guard medevacs man with assistance from good Samaritans' as reposted by Coast Guard News; the stored part has no headline and begins with a metadata line ' date 2021-08-20 ', dropped; the page ends after the fifth paragraph)",
    text='''JUNEAU, Alaska – The Coast Guard medevaced a 68-year-old man from the fishing vessel Beaufort Sea in West Crawfish Inlet, approximately 16 nautical miles south of Sitka, with assistance from good Samaritans, Thursday.
A Coast Guard Air Station Sitka MH-60 Jayhawk helicopter crew hoisted the man from the good Samaritan vessel at 3 p.m. and transported him to awaiting EMS at Air Station Sitka.
Coast Guard Sector Juneau watchstanders received a report from the fishing vessel Minke crew at approximately 1:25 p.m. that the captain of a nearby fishing vessel, Lady Cyprus, was experiencing heart complications. The Minke crew provided communications between the Coast Guard and the Lady Cyprus crew due to limited radio capabilities.
The man was transferred from the Lady Cyprus to the larger deck of the Beaufort Sea where there was easier access for the Coast Guard rescue swimmer to conduct the hoist.
“The good Samaritans in the area were critical to the timely recovery of the patient,” said Lt. John Orthman, Air Station Sitka pilot. “They provided on-scene support and communication relays with Sector Juneau.”''',
    quotes=[
        Q('“The good Samaritans', 'of the patient,”', "John Orthman"),
        Q('“They provided on-scene support', 'with Sector Juneau.”', "John Orthman"),
    ],
    aliases={"John Orthman": ["Lt. John Orthman"]},
),
dict(
    id="uscg-sector-juneau-2022-07-10-totem-bay-overdue-boaters-alaska-native-news",
    source="https://alaska-native-news.com/coast-guard-rescues-two-overdue-boaters-at-totem-bay/62594/",
    license=PDC, retrieved=PAGES + " (Coast Guard Sector Juneau release 'Coast Guard rescues two overdue boaters at Totem Bay' as reposted by Alaska Native News; the stored part has no headline and begins with a metadata line ' date 2022-07-11 ', dropped; the page ends after the fifth paragraph)",
    text='''JUNEAU, Alaska – The Coast Guard rescued two overdue boaters on shore in Totem Bay Sunday after their vessel sank.
A Coast Guard Maritime Safety and Security Team-Seattle 29-foot Response Boat-Small crew, forward-deployed to Petersburg, located the two boaters on shore at 11:13 a.m., embarked them, and transported them to EMS in Petersburg. Both men were reported to be in stable condition, one with a minor hand injury.
Sector Juneau watchstanders received a report of two overdue boaters from fellow guests at Island Point Lodge at approximately 06:55 a.m. Sunday. The two boaters were reported to have left the lodge Saturday morning in an 18-foot aluminum vessel and were expected back by Saturday evening.
Watchstanders launched the MSST Seattle boat crew, a Coast Guard Air Station Sitka MH-60 Jayhawk helicopter aircrew, and Coast Guard Cutter Elderberry.
“These two men were incredibly fortunate to be found when their float plan was unknown,” said Ensign Maximilian Carfagno Sector Juneau command duty officer. “The quick launch of our assets and the teamwork among our crews helped in the timeliness of this rescue.”''',
    quotes=[
        Q('“These two men', 'plan was unknown,”', "Maximilian Carfagno"),
        Q('“The quick launch', 'of this rescue.”', "Maximilian Carfagno"),
    ],
    aliases={"Maximilian Carfagno": ["Ensign Maximilian Carfagno"]},
),
dict(
    id="lang-2016-08-louisiana-flood-response-proudest-moments-sj-repost",
    source="https://s-j.ca/national-guardsman-on-flood-response-one-of-my-proudest-moments/",
    license=PDC, retrieved=PAGES + " (Louisiana National Guard public-affairs story on the August 2016 flood response, by-lined Spc. Garrett L. Dipuma in other copies, as reposted on s-j.ca; the headline, printed twice, is kept once with its mismatched marks as stored (H743); the last paragraph, Susan Black's quotation 'When the cell towers were down, ... for helping the community and the state.', which has no closing mark where the stored copy stops and may be cut, dropped (H744))",
    text='''National Guardsman on flood response: ‘One of my proudest moments.”
BATON ROUGE, La. — Since Aug. 12, the Soldiers and Airmen of the Louisiana National Guard have been working tirelessly, around the clock. Guardsmen have conducted evacuations, search and rescue, and engineering missions, and even provided security at several shelters.
To date, more than 3,820 guardsmen have assisted with emergency flood operations and have rescued more than 19,040 citizens and 2,660 pets. They have distributed more than 78,000 meals, 460 tarps, 439,000 bottled waters and 961,000 sandbags and provided more than 2,200 cots and 1,700 blankets for shelter support.
Although troops may be wet and dirty and tired, morale remains high.
“It brings me back to when Hurricane Katrina passed in 2005, and I saw the National Guard around all the neighborhoods. That’s what persuaded me to join,” said Sgt. Bryan Campo of the 2225th Multi-Role Bridge Company out of Marrero, Louisiana.
“I signed up to protect my state and country, and it’s rewarding to see the impact and the sense of hope we give the community. This is one of my proudest moments.”
At one point, troops of Campo’s unit were spread among three cities: Livingston, Ponchatoula and Independence. Using their powerful bridge erection boats, they navigated floodwaters that were too deep for high-water vehicles and currents that were too strong for other boats.
Susan Black, wife of Sgt. Kevin Black of the 843rd Engineer Company out of Franklinton, Louisiana, admitted that she has been worried for her husband, a high-water vehicle driver who operated in the Denham Springs area during the emergency operation.''',
    quotes=[
        Q('‘One of my proudest moments.”', None, "Bryan Campo"),
        Q('“It brings me back', 'persuaded me to join,”', "Bryan Campo"),
        Q('“I signed up to protect', 'my proudest moments.”', "Bryan Campo"),
    ],
    aliases={"Bryan Campo": ["Sgt. Bryan Campo", "Campo"]},
),
dict(
    id="cong-2009-07-challenger-point-hiker-rescue-army-mil",
    source="http://www.army.mil/article/24688/Dangerous_Mission_Results_in_Success/",
    license=PD, retrieved=PAGES + " (Army.mil article 'Dangerous Mission Results in Success' on the Colorado National Guard's rescue of a hiker on Challenger Point, July 2009; the stored part has no headline and begins with the dateline paragraph; the paragraph 'The CH-47 was chosen for this mission due to its ability to hover and maintain power during hoist operations at high altit', cut in the stored copy, and the rest of the page dropped)",
    text='''SAGUACHE COUNTY, Colo. - The Colorado National Guard was called to assist in the rescue of an injured hiker July 7, 2009 in the Sangre De Cristo mountain range in south central Colorado.
Two hikers had spotted a solo male hiker who had fallen about 1,500 feet down a slope and came to rest at approximately 12,600 feet on a 75-degree incline on the side of Challenger Point. The hikers then notified authorities.
Seven Colorado Army National Guard Citizen Soldiers assigned to the Army Aviation Support Facility at Buckley Air Force Base in Aurora, Colo., flew a CH-47 Chinook helicopter to the scene to conduct the rescue. The Soldiers flew in complete darkness using night vision goggles.
"The night vision goggles gave us the ability to see as if it were day," said Pilot Chief Warrant Officer-4 Curtis Hathcock.
The mission was considered high risk due to the necessity for a hoist on the steep and rugged slope at high elevation. "We had approximately 15 to 20 feet of clearance between our rotors and the side of the mountain while hovering," said Sgt. 1st Class Greg Riss.
Sgt. Josh Moyer, medic, was hoisted down to assist the injured hiker.
"When I saw and heard that helicopter, that was a wonderful feeling because from then on I knew that we were going to be ok," said Roy Knoedler, Hiker and Boulder, Colo. resident.
"It took an hour and a half to prepare the patient on the steep slope ... if the other two hikers hadn't been there to help Sgt. Moyer, the patient could have slid down another 1,000 feet," Hathcock said.
Once the hiker and medic were hoisted into the aircraft, the hiker was safely transported to Cottonwood, Colo., and transferred to a civilian Flight-for-Life bound for Pueblo, Colo., at about 3:30 a.m.
"From where I was on the mountainside, it was an incredible operation. They had to have skills to pull that off," stated Knoedler.''',
    quotes=[
        Q('"The night vision goggles', 'as if it were day,"', "Curtis Hathcock"),
        Q('"We had approximately 15 to 20 feet', 'while hovering,"', "Greg Riss"),
        Q('"When I saw and heard that helicopter', 'going to be ok,"', "Roy Knoedler"),
        Q('"It took an hour and a half', 'another 1,000 feet,"', "Curtis Hathcock"),
        Q('"From where I was on the mountainside', 'to pull that off,"', "Roy Knoedler"),
    ],
    aliases={"Curtis Hathcock": ["Pilot Chief Warrant Officer-4 Curtis Hathcock", "Hathcock"], "Greg Riss": ["Sgt. 1st Class Greg Riss"], "Roy Knoedler": ["Knoedler"]},
),
dict(
    id="usbr-2005-09-15-yuma-mesa-cooperative-agreements",
    source="https://usbr.gov/newsroomold/newsrelease/detail.cfm?RecordID=7764",
    license=PD, retrieved=PAGES + " (Bureau of Reclamation news release of September 15, 2005, from the Reclamation news-release archive; the archive label 'News Release Archive', the media-contact and release-date lines dropped; the end mark '# # #' and the agency boilerplate after it, cut in the stored copy, dropped)",
    text='''Cooperative agreements will contribute to water savings in Arizona agricultural districts
Two recently-signed cooperative agreements between the Bureau of Reclamation and the University of Arizona's Yuma Agricultural Center will provide on-the-ground technical assistance to farmers in the Yuma Mesa Irrigation and Drainage District to help them more efficiently manage their water resources.
"Reclamation is pleased to partner with the University of Arizona to help design and implement more efficient agricultural water use practices," said Bob Johnson, Reclamation's Lower Colorado Region Director. "Water conservation is crucial to the prudent and economic management of the Southwest's water resources, and can help extend these vital supplies."
The cooperative agreements provide funding for two projects which, together, have a total cost of $80,000. Reclamation will provide $40,000 of this cost, and the University will provide the remainder.
One project - an on-farm water measurement program - will help growers in the District install accurate flow measurement structures in their irrigation systems. The University will work directly with the growers to design water measurement structures and assist with their installation. Reclamation and the District will share the costs of installing the new structures through a separate agreement.
The second project is an on-farm outreach program through which the University will train irrigators on methods that reduce the application of excess water to irrigated lands.
Both projects are scheduled to be complete by August 2006.
The agreements were developed as part of Reclamation's Water Conservation Field Services Program, which actively supports local water conservation efforts and encourages efficient use of water supplies.''',
    quotes=[
        Q('"Reclamation is pleased to partner', 'water use practices,"', "Bob Johnson"),
        Q('"Water conservation is crucial', 'these vital supplies."', "Bob Johnson"),
    ],
),
dict(
    id="akang-2020-07-22-crow-pass-hikers-rescue",
    source="https://www.nationalguard.mil/News/Article/2282056/alaska-air-national-guard-rescues-four-distressed-hikers/",
    license=PD, retrieved=PAGES + " (National Guard Bureau news page of July 22, 2020, story of the Alaska National Guard; the site lines, 'Home : News', 'NEWS | July 22, 2020' and the byline 'By Spc. Grace Nechanicky Alaska National Guard' dropped; the paragraph 'Approximately two hours afte', cut in the stored copy, and the rest of the page dropped)",
    text='''Alaska Air National Guard rescues four distressed hikers
JOINT BASE ELMENDORF-RICHARDSON, Alaska — The Alaska Air National Guard rescued four distressed hikers from Crow Pass Trail, which runs between Girdwood and the Eagle River Nature Center, July 20.
The hikers had reached approximately the halfway point and were substantially low on food. They didn’t have enough for the journey back or to continue forward. Additionally, one of the hikers experienced arthritic knee and ankle pain, which caused him to become increasingly concerned.
Two other hikers reported the situation along the trail, which used an inReach satellite communication device to send the GPS location to the Alaska State Troopers. After receiving the distress call, the Troopers requested assistance from the Alaska Rescue Coordination Center, asking for the Air National Guard’s help with the mission.
The AK RCC coordinated the departure of two pararescuemen of the 212th Rescue Squadron aboard an HH-60 Pave Hawk helicopter of the 210th RQS. The aircraft departed JBER shortly after the mission notification, and the hikers at Crow Pass were quickly located.
“They had made a makeshift S.O.S. symbol out of some branches,” said Senior Master Sgt. Brandon Stuemke, the Team Lead pararescueman on the mission. “They broke them all off, and in a clear area where there was a contrast of dark soil and the green branches, they made the S.O.S.”
The helicopter landed in the clearing to evacuate the hikers, who were picked up, transported and released at Alaska Regional Hospital.''',
    quotes=[
        Q('“They had made a makeshift', 'some branches,”', "Brandon Stuemke"),
        Q('“They broke them all off', 'they made the S.O.S.”', "Brandon Stuemke"),
    ],
    aliases={"Brandon Stuemke": ["Senior Master Sgt. Brandon Stuemke"]},
),
dict(
    id="ncng-2014-01-06-stranded-hikers-winter-storm-dvids",
    source="http://www.dvidshub.net/news/printable/118872",
    license=PD, retrieved=PAGES + " (printable DVIDS story of the North Carolina National Guard, January 6, 2014; the headline, printed twice, is kept once; the unit line 'North Carolina National Guard', the byline 'Story by Sgt. 1st Class Robert Jordan' and the 'Date:', 'Posted:' and 'News ID:' lines dropped; the paragraph 'They departed for Asheville Regional Airport ... Voice Interoperability Plan for Emergency Responde', cut in the stored copy, and the rest of the page dropped)",
    text='''NC Guard Aviators called out to rescue stranded hikers after winter storm
ASHEVILLE, N.C. - “Always Ready, Always There” is more than the North Carolina National Guard’s motto. It was a mission Friday when three hikers became stranded in the North Carolina Mountains.
Members of the U.S. Forest Service located the hikers near the North Carolina, Tennessee border. The hikers endured life threatening conditions the night before, four to six inches of snow, wind gusts more than 30 miles-per-hour, two-foot snowdrifts at 4,100 foot elevation.
With the hikers suffering hypothermia and dehydration, North Carolina Emergency Management called out their Helicopter Aquatic Rescue Team (NCHART), the team pairs NCNG aviation with civilian first responders.
“It is pretty rugged terrain and evacuation by ground was not possible without risk to life and limb,” said Army Chief Warrant Officer 4 Jeff Gordon with the NCNG’s C Company, 1-131 Assault Helicopter Battalion.
Soldiers at the NCNG Flight Facility Two in Salisbury, N.C., prepared for the mission at 7:20 a.m. Aviation Support Personnel loaded the UH-60 Black Hawk helicopter with fuel and rescue equipment as NCNG leaders planned the mission and assembled a flight crew.
Gordon was recalled from leave at his home in nearby Mocksville, N.C. He joined Army Chief Warrant Officer 3 Tom Underwood, Army Staff Sgt. Todd Bowers with the battalion and Army Command Sgt. Maj. Gary Hamm of the NCNG’s 449th Theater Aviation Brigade and two first responders from the Charlotte Fire Department.''',
    quotes=[
        Q('“Always Ready, Always There”', None, None),
        Q('“It is pretty rugged terrain', 'life and limb,”', "Jeff Gordon"),
    ],
    aliases={"Jeff Gordon": ["Army Chief Warrant Officer 4 Jeff Gordon", "Gordon"]},
),
]
