# Held-out English news texts (tests/data/heldout467-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US military news stories (public domain, 17 U.S.C. § 105), each on the site of the
# service or of DVIDS: five DVIDS stories (dvidshub.net: the printable page of 104344, 1st Infantry Division soldiers at
# a Fort Knox school for Read Across America, March 2013; 41489, a Veterans Day ceremony of the 34th Infantry Division
# at Contingency Operating Base Basra, Iraq; 8264, a Veterans' Day ceremony at Forward Operating Base Salerno,
# Afghanistan; the printable page of 118415, a Coast Guard 'boat crew college' at Station New Orleans, December 2013;
# 33693, Navy Seabees of NMCB 11 certified on bulldozers in Kuwait), an Air Force story on the Secretary of the Air
# Force at Ali Base, Iraq (tinker.af.mil 388490), two Marine Corps Logistics Base Albany stories (albany.marines.mil
# 508848, MCICOM leaders' visit, March 2014; 508009, a community appreciation meet and greet, August 2009) and a Vermont
# National Guard story on a stress shoot (vt.public.ng.mil 3134382, August 2022). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut
# paragraph is dropped, also where it holds a complete quotation before the cut (noted in `retrieved`). Site, notice,
# maintenance and login lines, '• Published' / '• By ...' lines, unit, byline, date, 'Posted' and 'News ID' lines, a
# doubled headline, an image's title line and caption line, the indentation of the stored lines, the empty lines between
# paragraphs and spaces at the end of a paragraph are dropped; a headline is kept once as the first line where the
# stored copy has one (none is added where it has none); datelines at the start of a paragraph are kept as stored;
# wording, typos, double spaces and quotation marks (straight or curly as stored) are as stored. Annotated by reading the
# texts, before whosaid was run on them (rules H2155-H2161 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout467-en.jsonl

Built by `build.py` from `heldout467_pages.py`. Like heldout453-en, heldout460-en, heldout441-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US military news stories, works
of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title
is not available for any work of the United States Government"), each on the site of the service or of DVIDS: five
DVIDS (Defense Visual Information Distribution Service) stories, an Army story on soldiers of the 201st Brigade Support
Battalion, 3rd Brigade Combat Team, 1st Infantry Division reading at Walker Intermediate School for Read Across America
(the printable page of 104344, 'Fort Knox based soldiers visit local students for Read across America 2013', March
2013), an Army story on a Veterans Day ceremony of the 34th Infantry Division at Contingency Operating Base Basra, Iraq
('Honoring our extended family: the military and Veterans Day', 41489), an Army story of the 345th Mobile Public Affairs
Detachment on a Veterans' Day ceremony at Forward Operating Base Salerno, Afghanistan (8264, slug
'servicemen-celebrate-freedom-remember-fallen-afghanistan-veterans-day-ceremony'), a U.S. Coast Guard District 8 story
on a boat crew college at Coast Guard Station New Orleans (the printable page of 118415, 'Crew cruises college to qual',
December 2013) and a Navy story on Seabees of Naval Mobile Construction Battalion 11 certified on bulldozers at Life
Support Area, Kuwait (33693, slug 'young-navy-seabees-get-vital-job-training-mentors-and-old-dozer'); an Air Force story
of the 407th Air Expeditionary Group on the visit of the Secretary of the Air Force to Ali Base, Iraq ('Air Force
Secretary visits Ali Airmen', tinker.af.mil 388490, Mar. 28, no year in the stored copy); two Marine Corps Logistics
Base Albany stories ('MCICOM leaders visit base', albany.marines.mil 508848, March 13, 2014; 'Base, LOGCOM officials
thank community leaders', 508009, August 27, 2009); and a Vermont National Guard story of the 86th Infantry Brigade
Combat Team ('Vermont Guardsmen Demonstrate Readiness Under Stress', vt.public.ng.mil 3134382, Aug. 15, 2022). Reuse
terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the DVIDS pages carry the
units' own public-affairs stories (DVIDS labels such service members' works 'PUBLIC DOMAIN', as on the DVIDS pages used
in heldout453-en); the .mil pages are the services' own stories; the Vermont National Guard page is treated as the
Colorado and Vermont National Guard pages of earlier sets (co.ng.mil 1640271, vt.public.ng.mil 1417426), public domain
as a work of a National Guard public affairs officer in his official duties. Licence caveats: the stored copies of DVIDS
41489, 8264 and 33693 name no writer (8264 names 'Sgt. Tim Sander, 345th Mobile Public Affairs Detachment' in a dropped
byline; 41489 names only the photographer of the dropped caption), so the writer's status is taken from DVIDS publishing
them as the units' own stories; a National Guard member's status (state or federal duty) at the time of writing cannot
be checked from the stored copy; the Salerno story quotes a private person's e-mail (Timothy Neal of Syracuse
University) and the Fort Knox story a presidential proclamation, both inside the public-domain stories. None is credited
to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation before the cut (what was
dropped is noted per page). DVIDS maintenance-window, login and logo lines, the doubled headline of 41489, the photo
caption lines ending 'read more read more', the printable pages' unit, 'Story by', 'Date', 'Posted' and 'News ID' lines
and the image title line after them, bylines, the Air Force '• Published' / '• By ...' lines, the Albany site lines
('Unit HomeNewsNews Article Display', 'Marine Corps Logistics Base Albany', 'Readiness Enabler for Operational Forces  •')
and 'By ... | | date' lines, the '.mil website' notice lines and 'Articles' / 'News | Aug. 15, 2022' of the Vermont page,
the four-space indentation of the stored DVIDS lines, the empty lines between paragraphs and spaces at the end of a
paragraph were dropped; headlines are kept once as the first line where the stored copy has one (8264 and 33693 have
none and get none, H1818); datelines at the start of a paragraph are kept as stored; wording, typos ('who accomplishing
extraordinary things', 'trans formative', 'our nations anthem', 'principals appreciation', 'Airman Kleuwer' beside
'Airman Kluewer', 'the Seabee's', 'basic tenants'), double spaces after full stops and quotation marks (straight and
curly as stored, also the straight closer of the nested '‘Boatcrew College.'') are as stored. Pages read but left out:
dvidshub.net 472760 (heldout51-en), 41416 (heldout25-en), 440094 (heldout50-en) and 110222 (heldout304-en),
mcipac.marines.mil 531182 (heldout135-en) and the Alaska Coast Guard blog's Mystery Lady rescue (heldout312-en), all used
in earlier sets; the lakenheath.af.mil copy of the Ali Base story (300047, a second version of the story used here,
with other airmen), the DLA Aviation Memorial Day story (dla.mil 1199869, a defence agency rather than a service), the
Coast Guard 'Frontline Focus' digest (mycg.uscg.mil 2846649, a list of items), the uscgnews.com Escanaba release (one
quotation), the Albany stories 508179, 507587 and 2950596 (one speaker each before the cut), coastguardnews.com,
yellowribbonamerica.org, military-online.blogspot.com and seapowermagazine.org copies of service releases (copies on
other sites) and pages of newspapers, TV stations and blogs found by the same searches. None of the pages used is in any
set above or in another helper's worktree (checked by URL and page id (104344, 41489, 8264, 118415, 33693, 388490,
508848, 508009, 3134382), by title and slug and by the names of their speakers and phrases, such as Lawrence Jaeger,
Ted Kreider, Walker Intermediate, Ashli, trans formative power, Duke Brigade, Scott Morfitt, Douglas Wortham, Kristen
Auge, Contingency Operating Base Basrah, walks to the DFAC, Timothy Neal, Charles Reynolds, Victor Rivera, Salerno
Catholic Choir, small wooden chapel, Crew cruises, Jacob Mullins, Joseph Prado, Station New Orleans, Boatcrew College,
Charles Boris, Michael Castaldi, Caterpillar D8, We Build, We Fight, Byron Kluewer, Kleuwer, Timothy Fleshman, Michael
Wynne, Larry Kauffman, Reaper!, Juan G. Ayala, Ploskonka, Town and Country Grand Ballroom, James A. Kessler, Willie
Adams, Terry V. Williams, synergistic thing, Gregory Bates, Pierce Fitzpatrick, Scott Detweiler and Ethan Allen Firing
Range, with grep over tests/data of the main tree and of every other helper's worktree (heldout461-466): no hit; 'stress
shoot' occurs in heldout85-en in another story). The annotation (rules H2155–H2161 in `ANNOTATION.md` on top of
H1–H2141) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvidshub-104344-fort-knox-read-across-america-2013",
    source="http://www.dvidshub.net/news/printable/104344",
    license=PD, retrieved=PAGES + " (DVIDS printable page of story 104344 by Sgt. Thomas Duval, 3rd Brigade Combat Team, 1st Infantry Division, on soldiers of the 201st Brigade Support Battalion reading at Walker Intermediate School for Read Across America, March 27, 2013; the lines '3rd Brigade Combat Team, 1st Infantry Division', 'Story by Sgt. Thomas Duval', 'Date: 03.29.2013', 'Posted: 03.29.2013 21:04' and 'News ID: 104344' and the image title line 'Read Across America campaign' after them dropped (H2156); headline kept as the first line; the dateline 'FORT KNOX, Ky. - ' kept as stored; the last paragraph, 'After reading through most of ', cut in the stored copy, dropped; the book's line recited in the lead is null (H2156); the verbless cue after Jaeger's first piece (H583), the ellipsis character and the bracket '[3IBCT]' inside Kreider's span, 'trans formative' and 'principals appreciation' as stored)",
    text='''Fort Knox based soldiers visit local students for Read across America 2013
FORT KNOX, Ky. - "One fish, two fish, red fish blue fish."
These lyrics won’t be found in any Army cadence but on March 27, the soldiers from the 201st Brigade Support Battalion, 3rd Brigade Combat Team, 1st Infantry Division, were proudly reciting these words for the students of the Walker Intermediate School as part of President Obama’s Read across America campaign.
In honor of Dr. Seuss’ birthday and in a proclamation March 28, Obama directed everyone from all ages to “mark Read across America Day by celebrating stories that have shaped us.”
He further proclaimed “We take this opportunity to reflect on the trans formative power of the written word and lift up literacy as a key to success in the 21st century.”
To fulfill the wishes of the president, 12 Duke Brigade soldiers partnered with Dr. Ted Kreider, principal of Walker Intermediate School along with the students for a day of reading and one on one interaction.
“This was a great opportunity for students to get to see that the Army cares about the families of their battle buddies,” Pfc. Lawrence Jaeger, an Army truck driver assigned to the 201st BSB. “Soldiers get to give back to the community and have fun with the children.”
“We really appreciate the involvement of you guys [3IBCT] here at our school … having the soldiers here made the students’ day,” Dr. Kreider explained.
Sharing their principals appreciation, the students also took the time to thank the soldiers.
“Thank you so much for reading to us, I hope you enjoyed visiting with us,” said an excited sixth-grader, Ashli.
During the visit, the Fort Knox based soldiers spoke to the children about the importance of reading and doing well in school.''',
    quotes=[
        Q('"One fish, two fish, red fish blue fish."', None, None),
        Q('“mark Read across America Day', 'have shaped us.”', "Obama"),
        Q('“We take this opportunity', 'in the 21st century.”', "Obama"),
        Q('“This was a great opportunity', 'their battle buddies,”', "Lawrence Jaeger"),
        Q('“Soldiers get to give back', 'with the children.”', "Lawrence Jaeger"),
        Q('“We really appreciate', 'the students’ day,”', "Ted Kreider"),
        Q('“Thank you so much', 'visiting with us,”', "Ashli"),
    ],
    aliases={"Obama": ["Obama", "President Obama", "the president"],
             "Lawrence Jaeger": ["Lawrence Jaeger", "Pfc. Lawrence Jaeger", "an Army truck driver assigned to the 201st BSB"],
             "Ted Kreider": ["Ted Kreider", "Dr. Ted Kreider", "Dr. Kreider", "principal of Walker Intermediate School"],
             "Ashli": ["Ashli", "an excited sixth-grader"]},
),
dict(
    id="dvidshub-41489-basra-veterans-day-34th-id",
    source="https://dvidshub.net/news/41489/honoring-our-extended-family-military-and-veterans-day",
    license=PD, retrieved=PAGES + " (DVIDS story on a Veterans Day ceremony of the 34th Infantry Division at Contingency Operating Base Basra, Iraq, Nov. 11 (no year and no writer in the stored copy); the lines 'Maintenance window scheduled to begin ...', '(e.g. yourname@email.com)', 'Forgot Password?' and 'Defense Visual Information Distribution Service Logo' dropped; the headline, stored twice (page title and headline), kept once as the first line; the caption line 'Photo By Staff Sgt. Francis Horton | Josh Dahl, a trumpet player with the 34th Infantry Division band, plays taps after a...... read more read more' dropped (H2162); the four spaces before each stored line dropped; the dateline 'CONTINGENCY OPERATING BASE BASRA, Iraq — ' kept as stored; the last paragraph, 'In his speech, Wortham called for c', cut in the stored copy, dropped; 'Basrah' beside 'BASRA', 'who accomplishing' and straight marks as stored)",
    text='''Honoring our extended family: the military and Veterans Day
CONTINGENCY OPERATING BASE BASRA, Iraq — Even overseas in a warzone, Soldiers are taking time to honor the brave men and women who have called the U.S. military their family. In a ceremony led by the 34th Infantry Division, Soldiers and civilians came together Nov. 11 at Contingency Operating Base Basrah to discuss what it means to be a veteran.
The event brought forth speakers from all ranks and specialties to talk about their service and the service of others.
"Being a veteran means the times we've spent together, the walks to the DFAC (Dining Facility), smiling and saluting together," said Spc. Scott Morfitt, an administrative specialist with the 34th ID S1 (personnel) shop.
"I am constantly amazed by this great group of people who have this shared experience with me," he said.
The unusual make-up of the people who choose to join the military was commented on repeatedly at the event.
"Veterans are ordinary people who accomplishing extraordinary things," said Command Sgt. Maj. Douglas Wortham, 34th ID, Division Special Troop Battalion command sergeant major.
The speeches touched on losses, hardships and sacrifices experienced by all Soldiers, whether they have been deployed or not.
"If you are a service member, you are a veteran. If you have sacrificed, you are a veteran," said Capt. Kristen Auge, the executive officer of the 34th's Network Support Company.
"It's all about what is in your heart," she said.''',
    quotes=[
        Q('"Being a veteran means', 'saluting together,"', "Scott Morfitt"),
        Q('"I am constantly amazed', 'experience with me,"', "Scott Morfitt"),
        Q('"Veterans are ordinary people', 'extraordinary things,"', "Douglas Wortham"),
        Q('"If you are a service member', 'you are a veteran,"', "Kristen Auge"),
        Q('"It\'s all about what', 'in your heart,"', "Kristen Auge"),
    ],
    aliases={"Scott Morfitt": ["Scott Morfitt", "Spc. Scott Morfitt", "an administrative specialist with the 34th ID S1 (personnel) shop"],
             "Douglas Wortham": ["Douglas Wortham", "Command Sgt. Maj. Douglas Wortham", "Division Special Troop Battalion command sergeant major"],
             "Kristen Auge": ["Kristen Auge", "Capt. Kristen Auge", "the executive officer of the 34th's Network Support Company"]},
),
dict(
    id="dvidshub-8264-salerno-veterans-day-ceremony",
    source="https://dvidshub.net/news/8264/servicemen-celebrate-freedom-remember-fallen-afghanistan-veterans-day-ceremony",
    license=PD, retrieved=PAGES + " (DVIDS story by Sgt. Tim Sander, 345th Mobile Public Affairs Detachment, on a Veterans' Day ceremony at Forward Operating Base Salerno, Afghanistan (no date in the stored copy); the stored copy has no headline line (slug 'servicemen-celebrate-freedom-remember-fallen-afghanistan-veterans-day-ceremony') and opens with the byline lines 'by Sgt. Tim Sander' and '345th Mobile Public Affairs Detachment', which are dropped; no title added (H1818); the dateline 'FORWARD OPERATING BASE SALERNO, Afghanistan – ' kept as stored; the last paragraph, '\"Since 14 June 1775, veterans have defended freedom and are still fighting on behalf of the Americ', cut in the stored copy, dropped, so Command Sgt. Maj. Victor Rivera, presented in the paragraph before, has no span (H2121); the e-mail read by the chaplain is its writer's (H2155); the nested 'thank you' in single straight marks, 'our nations anthem' and straight marks as stored)",
    text='''FORWARD OPERATING BASE SALERNO, Afghanistan – Thousands of miles from their homes, in a country where the danger is as real as the bullets in their rifles, American servicemembers (and even a trio of French officers) gathered in a small wooden chapel on a bleak, rainy Veterans' Day on base to honor U.S. vets and fallen comrades.
Maj. Charles Reynolds, Regional Command East chaplain, kicked off the ceremony by reading an e-mail he received from a friend he met on his flight home for leave.
"God bless you all for not only risking your everything for the freedom of those you will never meet, but for also reminding those you defend how precious our way of life is," said the letter from Timothy Neal, assistant director of athletics for Sports Medicine at Syracuse University.
"I have much to be thankful for and many people to be thankful to, people I have had the honor to meet. They are not the many famous athletes I have met or worked with, they are... my uncles or other veterans I have met during my life. Please pass along a heartfelt 'thank you' to everyone on Veterans' Day from a grateful American," read the chaplain.
After Reynolds left the podium the servicemembers rose to their feet as the Salerno Catholic Choir began singing our nations anthem, "The Star Spangled Banner."
At the close of the song everyone remained standing for a series of prayers for the servicemembers, their families and the United States before the choir once again delighted the audience with their rendition of "God Bless the U.S.A." During the melody, most of the people in attendance began to chime in and sing along with the choir for a song that has become a staple at most patriotic ceremonies.
The key speaker, Command Sgt. Maj. Victor Rivera, command sergeant major for 4th Battalion, 25th Field Artillery Regiment, approached the podium.''',
    quotes=[
        Q('"God bless you all', 'way of life is,"', "Timothy Neal"),
        Q('"I have much to be thankful', 'a grateful American,"', "Timothy Neal"),
        Q('"The Star Spangled Banner."', None, None),
        Q('"God Bless the U.S.A."', None, None),
    ],
    aliases={"Timothy Neal": ["Timothy Neal", "the letter", "assistant director of athletics for Sports Medicine at Syracuse University"]},
),
dict(
    id="dvidshub-118415-station-new-orleans-boat-crew-college",
    source="https://www.dvidshub.net/news/printable/118415",
    license=PD, retrieved=PAGES + " (DVIDS printable page of story 118415 by Petty Officer 3rd Class Carlos Vega, U.S. Coast Guard District 8, on a boat crew college at Coast Guard Station New Orleans, December 2013; the lines 'U.S. Coast Guard District 8', 'Story by Petty Officer 3rd Class Carlos Vega', 'Date: 12.09.2013', 'Posted: 12.18.2013 17:02' and 'News ID: 118415' and the second copy of the headline after them (the image title) dropped; headline kept once as the first line (H2118); the dateline 'NEW ORLEANS - ' kept as stored; the last paragraph, 'After completing the physical fitness evaluation on the first day of the cour', cut in the stored copy, dropped; the term \"boat crew college.\" is null, and the nested name ‘Boatcrew College.' (curly opener, straight closer as stored) lies inside Mullins's span (H2159))",
    text='''Crew cruises college to qual
NEW ORLEANS - Always being ready is the lifeblood running through the veins of the United States Coast Guard. Priding themselves on being the best trained in many maritime evolutions, Coast Guard members are ready to respond with utmost flexibility and proficiency in the face of challenge.
With time, elders pass the experience, knowledge and service traditions to new generations. In the Coast Guard, the pilot house is the school house.
Recently Coast Guard Station New Orleans received a new wave of fresh recruits from Cape May, N.J. In preparation to train them, Station New Orleans planned and organized a "boat crew college."
Petty Officer 3rd Class Jacob Mullins, a boatswain’s mate and primary instructor for the boat crew college at Station New Orleans, said, “Five new members have reported to Station New Orleans in the last month, all of whom are required to become boat crew qualified within four months. In order to speed up the process we created the ‘Boatcrew College.'”
Station New Orleans invited staff officers, supervisors and watch-standers from other local units in the area: Coast Guard Sector New Orleans, Coast Guard Marine Safety Unit Morgan City and the 8th Coast Guard District. They came to attend the course and get a feel for the field-level impact of their operational decision making.
“The primary objective of the boat crew college is to enable personnel within the 8th District area of responsibility to get the Coast Guard boat crew qualification,” said Lt. Joseph Prado, Enforcement Division member at the 8th Coast Guard District. “Boat crew member certification is a part of the Boat Forces Personnel Qualification Standard and a requirement for the Boat Forces Pin.”''',
    quotes=[
        Q('"boat crew college."', None, None),
        Q('“Five new members', "Boatcrew College.'”", "Jacob Mullins"),
        Q('“The primary objective', 'boat crew qualification,”', "Joseph Prado"),
        Q('“Boat crew member certification', 'the Boat Forces Pin.”', "Joseph Prado"),
    ],
    aliases={"Jacob Mullins": ["Jacob Mullins", "Petty Officer 3rd Class Jacob Mullins", "a boatswain’s mate and primary instructor for the boat crew college at Station New Orleans"],
             "Joseph Prado": ["Joseph Prado", "Lt. Joseph Prado", "Enforcement Division member at the 8th Coast Guard District"]},
),
dict(
    id="dvidshub-33693-seabees-dozer-certification-kuwait",
    source="https://dvidshub.net/news/33693/young-navy-seabees-get-vital-job-training-mentors-and-old-dozer",
    license=PD, retrieved=PAGES + " (DVIDS story on junior Seabees of Naval Mobile Construction Battalion 11 certified on bulldozers at Life Support Area, Kuwait (no date and no writer in the stored copy); the stored copy has no headline line (slug 'young-navy-seabees-get-vital-job-training-mentors-and-old-dozer') and opens with the dateline paragraph, kept so, no title added (H1818); the dateline 'LIFE SUPPORT AREA, Kuwait -- ' kept as stored; the last paragraph, 'This was a joint project between young and old Seabees ... While on the job site Petty Officer 3rd Class Michael Castaldi, construction mechanic, looked over the machines to make sure they worked properly. If the equipmen', cut in the stored copy, dropped, so Castaldi is not in the kept text; the motto and the school's letter in marks are null (H2160); 'the Seabee's', 'is key Sand berms' and straight marks as stored)",
    text='''LIFE SUPPORT AREA, Kuwait -- There are many different fields in the Navy but there is one group that sticks out like no other the Seabee's. Navy's Construction Battalions typically build military facilities and often never set foot on a ship. Their official motto is "We Build, We Fight."
Established in 1941 to build island bases in the Pacific theater, the Seabee's have been building bases, airfields, port facilities and buildings for military bases needy communities ever since. One major contribution the Seabee's have been doing is building forward operating bases in Afghanistan and Iraq.
Equipment operators need to be certified on the machines before they can use them without supervision. Constructing proper FOB perimeter defense in the Middle East is key Sand berms needed to be raised. At LSA a little less than two miles of the berms were need to be worked on and the Seabees saw this as a good opportunity for junior enlisted members to receive their heavy equipment certifications.
Naval Mobile Construction Battalion 11 had four junior enlisted constructionmen straight out of boot camp and "A" school who needed their certifications.
"This was great for the young operators because we normally don't do this," said Master Chief Charles Boris, equipment officer, 22nd Naval Construction Regiment Forward. "This gets them ready to work on FOBs in Afghanistan and Iraq."
The equipment operators were getting certified on Caterpillar D8 Bull Dozers. The Seabee's had three bull dozers, one which was originally built in 1974 and has been rebuilt several times. To start the projects the Seabees had some minor malfunctions with one and were cut down to using just two.''',
    quotes=[
        Q('"We Build, We Fight."', None, None),
        Q('"A"', None, None),
        Q('"This was great for the young', 'normally don\'t do this,"', "Charles Boris"),
        Q('"This gets them ready', 'Afghanistan and Iraq."', "Charles Boris"),
    ],
    aliases={"Charles Boris": ["Charles Boris", "Master Chief Charles Boris", "equipment officer, 22nd Naval Construction Regiment Forward"]},
),
dict(
    id="tinker-388490-air-force-secretary-visits-ali-airmen",
    source="http://www.tinker.af.mil/News/Article-Display/Article/388490/air-force-secretary-visits-ali-airmen/",
    license=PD, retrieved=PAGES + " (Air Force story by Master Sgt. James A. Rush, 407th Air Expeditionary Group Public Affairs, on the visit of Secretary of the Air Force Michael Wynne to Ali Base, Iraq, Mar. 28 (no year in the stored copy), printed by Tinker Air Force Base for its airman Byron Kluewer; the lines '• Published', '• By Master Sgt. James A. Rush' and '• 407th AEG Public Affairs' dropped; headline kept once; the last paragraph, 'More detailed briefings at the 407th AEG's squadrons followed ... gave details abo', cut in the stored copy, dropped; the spelling 'Airman Kleuwer' in one cue beside 'Kluewer' (H2157), the unit cheer \"Reaper!\" (null, H2157), the bracket '[In fact]' inside the last span and straight marks as stored; the lakenheath.af.mil version of the story (300047) not used)",
    text='''Air Force Secretary visits Ali Airmen
The Secretary of the Air Force is now more than a picture on the wall to one Tinker Airman assigned here.
The Honorable Michael Wynne toured the 407th Air Expeditionary Group here Mar. 28, and one of the many briefings he received came from Senior Airman Byron Kluewer, a 407th Expeditionary Communications Squadron base infrastructure technician.
"He was a very user-friendly person, easy to talk to," Airman Kluewer said. "It almost felt like he was a relative instead of someone in the chain of command. He made the briefing go a lot easier than I thought it would."
The assembled 407th ECS treated the Secretary like one of the family giving him an enthusiastic triple dose of their unit "Reaper!" cheer.
"We showed a lot of morale, which was very important," said Airman Kleuwer. "It lets him know we're not letting anything get us down. Whatever is thrown at us, we get right back to the fight."
With one-and-a-half days to rehearse, Airman Kluewer had to cram a lot of material. Still he felt the briefing on communications upgrades past, present and future was well-received by the knowledgeable audience.
"I think he knew everything I was talking about. [In fact] I think he knows at least a little part of everything that is going on in the Air Force. He didn't have very many questions pertaining to the equipment. Instead he asked where equipment was going and to whom," the Airman said.
Secretary Wynne, joined by U.S. Central Command Air Forces Commander Lt. Gen. Gary North, began his visit with a group mission briefing. Col. Larry Kauffman, 407th AEG commander, provided the initial presentation.''',
    quotes=[
        Q('"He was a very user-friendly', 'easy to talk to,"', "Byron Kluewer"),
        Q('"It almost felt like', 'than I thought it would."', "Byron Kluewer"),
        Q('"Reaper!"', None, None),
        Q('"We showed a lot of morale', 'very important,"', "Byron Kluewer"),
        Q('"It lets him know', 'back to the fight."', "Byron Kluewer"),
        Q('"I think he knew everything', 'and to whom,"', "Byron Kluewer"),
    ],
    aliases={"Byron Kluewer": ["Byron Kluewer", "Senior Airman Byron Kluewer", "Airman Kluewer", "Kluewer", "Airman Kleuwer", "Kleuwer", "the Airman", "a 407th Expeditionary Communications Squadron base infrastructure technician"]},
),
dict(
    id="albany-508848-mcicom-leaders-visit-base",
    source="https://www.albany.marines.mil/News/News-Article-Display/Article/508848/mcicom-leaders-visit-base/",
    license=PD, retrieved=PAGES + " (Marine Corps Logistics Base Albany story by Nathan L. Hanks Jr. of March 13, 2014 on a breakfast with Marine Corps Installations Command's commanding general Maj. Gen. Juan G. Ayala and its sergeant major, March 6; the site lines 'Unit HomeNewsNews Article Display', 'Marine Corps Logistics Base Albany' (twice) and 'Readiness Enabler for Operational Forces  •' and the line 'By Nathan L. Hanks Jr. | | March 13, 2014' dropped; headline kept as the first line; the last paragraph, 'In addition, Ayala said there are 24 installations under his command and he acknowledged the role civilian-Marines play in supporting', cut in the stored copy, dropped; two paragraphs of Ayala's speech are not closed by a mark and continue in the next paragraph, each span ending at its paragraph's end (multi-paragraph quotes, main rules; H2158); 'basic tenants' and curly marks as stored)",
    text='''MCICOM leaders visit base
The Corps is proud to have Marine Corps Logistics Base Albany’s Marines and civilian-Marines in its ranks, said Marine Corps Installations Command’s senior leaders during a breakfast held March 6 at the base Town and Country Grand Ballroom.
This message was delivered by commanding general of MCICOM, Maj. Gen. Juan G. Ayala and the sergeant major of MCICOM, Sgt. Maj. John P. Ploskonka Jr., to about 75 MCLB Albany Marines and civilian-Marines.
“The team at Marine Corps Installations Command is immensely proud of all of you,” Ayala said. “It is a privilege for me not only to wear this uniform, but also to be among all of you. The Marine Corps is in good hands.”
This was Ayala’s first official visit to MCLB Albany since taking command of MCICOM, July 2, 2013.
“I’m reminded who bears the burden of the Marine Corps, why we are as good as we are and why we have the reputation we have,” he said. “We have kept that reputation for two centuries because of Marines like you.
“I am also reminded when I come to a place like Marine Corps Logistics Base Albany, who does the real work,” he said. “It’s the staff noncommissioned officers, noncommissioned officers and the young lance corporals that do the bulk of the work whether deployed or in garrison, or in a supporting establishment or in the fleet.
“So I recognize and never will forget who makes up the Marine Corps, and it is you,” he added.
Ayala stated the Marine Corps will experience changes in the future due to a decrease in personnel, but the basic Marine, the basic tenants of being a Marine and the basic ethos will remain the same.''',
    quotes=[
        Q('“The team at Marine Corps', 'proud of all of you,”', "Juan G. Ayala"),
        Q('“It is a privilege', 'in good hands.”', "Juan G. Ayala"),
        Q('“I’m reminded who bears', 'reputation we have,”', "Juan G. Ayala"),
        Q('“We have kept that reputation', 'Marines like you.', "Juan G. Ayala"),
        Q('“I am also reminded', 'who does the real work,”', "Juan G. Ayala"),
        Q('“It’s the staff noncommissioned', 'or in the fleet.', "Juan G. Ayala"),
        Q('“So I recognize', 'and it is you,”', "Juan G. Ayala"),
    ],
    aliases={"Juan G. Ayala": ["Juan G. Ayala", "Maj. Gen. Juan G. Ayala", "Ayala", "commanding general of MCICOM"]},
),
dict(
    id="albany-508009-logcom-thank-community-leaders",
    source="https://www.albany.marines.mil/News/News-Article-Display/Article/508009/base-logcom-officials-thank-community-leaders/",
    license=PD, retrieved=PAGES + " (Marine Corps Logistics Base Albany story by Jason M. Webb of August 27, 2009 on a community appreciation meet and greet of Marine Corps Logistics Command and the base, Aug. 20; the site lines 'Unit HomeNewsNews Article Display', 'Marine Corps Logistics Base Albany' (twice) and 'Readiness Enabler for Operational Forces  •', the line 'By Jason M. Webb | | August 27, 2009' and the space at the end of Kessler's first paragraph dropped; headline kept as the first line; the last paragraph, '“The support you give us enables us to focus our efforts on the warfighter,” Williams added. “It is quite impressive to see the way', cut in the stored copy, dropped with Williams's complete first quotation (H2121), so Col. Terry V. Williams, presented in the paragraph before, has no span (H2161); the event's ‘thank you’ is null (H2161); the double spaces inside Kessler's and Adams's spans and curly marks as stored)",
    text='''Base, LOGCOM officials thank community leaders
The commanding general of Marine Corps Logistics Command and the commanding officer of Marine Corps Logistics Base Albany, Ga. hosted a community appreciation meet and greet for local community leaders Aug. 20 at the Base Conference Center.
The event was held to say ‘thank you’ to community leaders for their steadfast support of the Marine Corps’ mission of supporting the warfighter in Albany.
Brig. Gen. James A. Kessler, commanding general, LOGCOM, thanked the leaders for attending the gathering and for their longstanding support of the Marines and civilian-Marines who work for LOGCOM and the base.
“It’s an amazing thing where you have the kind of community support that we have here in Albany,” said Kessler, who took command of LOGCOM less than two months ago and has observed the strong ties with his command and the surrounding community.
“We couldn’t do it without the support from the community. We see this as a very synergistic thing.  That hopefully your support to us, and likewise our support to the community is best for both of us.”
One of the leaders of Albany, Mayor Willie Adams, said that he and his staff have always supported the Marines and civilian-Marines aboard base, but lately the relationship is stronger than ever. “I’ve been in Albany for almost 38 years.  I’ve never seen esprit de corps like I see here,” he added.
Col. Terry V. Williams, commanding officer, Marine Corps Logistics Base Albany, Ga., who co-hosted the event with Kessler, said that the community’s great support makes their job of directly supporting the warfighter much easier.''',
    quotes=[
        Q('‘thank you’', None, None),
        Q('“It’s an amazing thing', 'here in Albany,”', "James A. Kessler"),
        Q('“We couldn’t do it', 'for both of us.”', "James A. Kessler"),
        Q('“I’ve been in Albany', 'like I see here,”', "Willie Adams"),
    ],
    aliases={"James A. Kessler": ["James A. Kessler", "Brig. Gen. James A. Kessler", "Kessler", "commanding general, LOGCOM"],
             "Willie Adams": ["Willie Adams", "Mayor Willie Adams", "One of the leaders of Albany"]},
),
dict(
    id="vtng-3134382-vermont-guardsmen-stress-shoot",
    source="https://vt.public.ng.mil/News/Article/3134382/vermont-guardsmen-demonstrate-readiness-under-stress",
    license=PD, retrieved=PAGES + " (Vermont National Guard story by Maj. Scott Detweiler, 86th Infantry Brigade Combat Team (Mountain), of Aug. 15, 2022 on a stress shoot of Alpha Company, 3rd Battalion, 172nd Infantry Regiment (Mountain) at Ethan Allen Firing Range, Aug. 13; the '.mil website' notice lines, 'Articles', 'News | Aug. 15, 2022' and the byline 'By Maj. Scott Detweiler 86th Infantry Brigade Combat Team (MTN)' dropped; headline kept as the first line; the last paragraph, 'Next, Fitzpatrick then sprinted to the second firing positi', cut in the stored copy, dropped; the writer's question paragraph has no marks and gives no span; curly marks and the three full stops in 'necessary... don’t' as stored)",
    text='''Vermont Guardsmen Demonstrate Readiness Under Stress
Vermont National Guard Soldiers navigated obstacles, completed fitness tasks and engaged targets during a live-fire exercise conducted by Alpha Company, 3rd Battalion, 172nd Infantry Regiment (Mountain), 86th Infantry Brigade Combat Team (Mountain) on Aug. 13.
Think hitting that 25-meter target with an M4 carbine rifle is easy? How about after bounding from firing to firing position, dragging wounded comrades to safety and overcoming a weapon malfunction?
“This course of fire is designed to simulate combat operations,” said Sgt. 1st Class Gregory Bates, non-commissioned readiness officer, Headquarters & Headquarters Company, 3-172 IN (MTN). “They’re going to be in a similar physiological condition as to what they will experience in a gunfight, in a combat scenario. We want to do that to get used to performing under those conditions.”
Conducted on Ethan Allen Firing Range, the stress shoot exercise consisted of six targets from three distinct firing points separated by obstacles and tasks.
Soldiers, like U.S. Army Sgt. Pierce Fitzpatrick, sniper team leader, first completed 15 push-ups, high-stepped through ten HMMWV tires, then high-crawled under barbed concertina wire, all before hitting the first firing point.
“I really try to focus on the fundamentals, going back to getting a nice base, making sure I’m not out of control with how I’m holding the weapon,” said Fitzpatrick. “Taking time if time is necessary... don’t want to rush anything.”''',
    quotes=[
        Q('“This course of fire', 'combat operations,”', "Gregory Bates"),
        Q('“They’re going to be', 'under those conditions.”', "Gregory Bates"),
        Q('“I really try to focus', 'holding the weapon,”', "Pierce Fitzpatrick"),
        Q('“Taking time if time', 'rush anything.”', "Pierce Fitzpatrick"),
    ],
    aliases={"Gregory Bates": ["Gregory Bates", "Sgt. 1st Class Gregory Bates", "non-commissioned readiness officer, Headquarters & Headquarters Company, 3-172 IN (MTN)"],
             "Pierce Fitzpatrick": ["Pierce Fitzpatrick", "U.S. Army Sgt. Pierce Fitzpatrick", "Fitzpatrick", "sniper team leader"]},
),
]
