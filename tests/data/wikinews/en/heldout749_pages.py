# Held-out English news texts (tests/data/heldout749-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the National
# Guard, the Air Force and the Army, and one DVIDS story: two National Guard Bureau site stories (the Guard's COVID-19
# response, 2020, nationalguard.mil 2122011; MAFFS spring training in Idaho, 2022, 3019919), an Air Force News Service
# story on the end of Operation Christmas Drop (af.mil 558331), a Pacific Air Forces story on volunteers sorting its
# donations (pacaf.af.mil 591060), three Air Force base stories on Special Olympics volunteers (Joint Base Andrews
# bowling, 2017, jba.af.mil 1087779; Davis-Monthan in Tucson, dm.af.mil 314299; Air Force District of Washington at the
# D.C. Summer Games, 2009, afdw.af.mil 335829), a USASOC News Service release on a volunteer recognition ceremony (soc.mil
# 150324-01, 2015) and a DVIDS story on an Innovative Readiness Training clinic in Cairo, Ill. (2019, 327720). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (noted in `retrieved`).
# Site lines (the nationalguard.mil 'Home : News' / 'NEWS | date' / byline lines, the af.mil '• Published' / '• By ...'
# / unit lines and the .mil banner, the soc.mil menu lines and byline, the DVIDS unit, byline, date and news-id lines),
# the empty lines between paragraphs are dropped; a headline is kept once as the first line where the stored copy has
# one (none is added where it has none); datelines are kept as stored; wording, typos, dashes and quotation marks
# (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H2485-H2489 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout749-en.jsonl

Built by `build.py` from `heldout749_pages.py`. Like heldout741-en, heldout733-en, heldout725-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): a National Guard Bureau story by Sgt.
1st Class Jon Soucy of March 23, 2020, 'COVID-19 requires historic Guard response, says Guard chief' (nationalguard.mil
2122011), with the chief of the National Guard Bureau Air Force Gen. Joseph Lengyel and the adjutants general Air Force
Maj. Gen. Anthony Carrelli (Pennsylvania) and Army Maj. Gen. Timothy Gowen (Maryland); a nationalguard.mil story by
Staff Sgt. Matthew Greiner, 152nd Airlift Wing Public Affairs, of May 4, 2022, 'Guard airborne firefighting units train
in Idaho' (3019919), with Chief Master Sgt. Cameron Pieters and Air Force Lt. Gen. Kirk Pierce, commander of First Air
Force; an Air Force News Service story by Staff Sgt. Robert Hicks, 36th Wing Public Affairs, 'Operation Christmas Drop
supplies islands with bundles of joy' (af.mil 558331; drop ended Dec. 13, no year in the stored copy), with the 36th
Wing commander Brig. Gen. Andrew Toth; a Pacific Air Forces story by Staff Sgt. Cody H. Ramirez, 374th Airlift Wing
Public Affairs, 'Volunteers put holiday spirit into Operation Christmas Drop' (pacaf.af.mil 591060; no year in the
stored copy), with Staff Sgt. Matthew McKamie; a USASOC News Service release by Sgt. 1st Class Thaddius S. Dawkins II,
USASOC Public Affairs, of March 24, 2015, 'USASOC recognizes Soldier and Civilian volunteers during ceremony' (soc.mil
150324-01), with Lt. Gen. Charles T. Cleveland and the events coordinator Julie Rooney; a Joint Base Andrews story on
the 2017 District of Columbia Special Olympics Bowling Championships, Feb. 16 (jba.af.mil 1087779, slug
'special-moments-during-special-olympics-bowling'; no headline or byline in the stored copy), with Chief Master Sgt.
Nathaniel M. Perry Jr., the Special Olympics director Anthony Sokenu and Airman 1st Class Autumn Payne; a Davis-Monthan
Air Force Base story by Capt. Rebecca Garcia, 355th Fighter Wing Public Affairs, 'D-M members volunteer at Special
Olympics' (dm.af.mil 314299; March 29, no year in the stored copy), with Holly Thompson of Special Olympics Pima County
and the mission statement of Special Olympics; an Air Force District of Washington story by Senior Airman R. Michael
Longoria, 11th Wing Public Affairs, 'AFDW Airmen volunteer at Special Olympics' (afdw.af.mil 335829; 2009 D.C. Summer
Games), with Airman 1st Class Michael Suzuki and Capt. Whitney P. Walker; and a DVIDS story by Staff Sgt. Kevin Schulze,
175th Wing, Maryland Air National Guard, of June 14/15, 2019, 'Innovative Readiness Training Ensures Readiness of
Military Reserve Personnel' (dvidshub.net printable page 327720), with Air Force Capt. Lance Burgess. Reuse terms
relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the nationalguard.mil, af.mil,
pacaf.af.mil, jba.af.mil, dm.af.mil, afdw.af.mil and soc.mil pages are the services' own stories, written by their
public affairs staff, and the DVIDS page is a service member's story distributed by the Defense Visual Information
Distribution Service, marked public domain there. Licence caveats: the jba.af.mil copy shows no byline in its stored
part and is taken as a government work by its site (the base's own news page) and its content; the stories quote people
who are not federal employees inside the public-domain texts (Anthony Sokenu of District of Columbia Special Olympics,
Holly Thompson of Special Olympics Pima County, and the Special Olympics mission statement from the organisation's
website, quoted by the Air Force writer in part). None is credited to AP, Reuters, AFP or another third party. The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped,
also where it holds a complete quotation, noted per page: the COVID-19 story's 'Additionally, those Airmen brought food
and essential supplies ... Guard members in Pennsy'; the Christmas Drop story's Tech. Sgt. Magen Harger paragraph (a
complete first piece and a cut second piece); the Christmas Drop volunteers story's '"It puts me in the '; the MAFFS
story's list of the four military MAFFS units, cut after 'Air Force Reserve'; the USASOC release's 'Cathy Boggs, who
works in th'; the Joint Base Andrews story's 'Other competitions held by the District of C'; the Davis-Monthan story's
'"With the help of the volunteers, parents can enjoy the event and cheer for the athletes," s'; the AFDW story's 'The
Air Force team placed third b'; the DVIDS story's Tech. Sgt. Daniel Abeyta paragraph, a complete quotation whose cue is
cut after 'Baltimore, Md., and Cairo'. The site lines (the nationalguard.mil lines 'Home : News', 'NEWS | March 23,
2020', 'NEWS | May 4, 2022' and the byline lines 'By Sgt. 1st Class Jon Soucy National Guard Bureau' and 'By Staff Sgt.
Matthew Greiner, 152nd Airlift Wing Public Affairs'; the af.mil lines '• Published', '• By ...' and the unit lines '•
36th Wing Public Affairs', '• 374th Airlift Wing Public Affairs', '• 355th Fighter Wing Public Affairs', '• 11th Wing
Public Affairs', and the afdw.af.mil banner 'An official website of the United States government' with its two lines on
.mil sites and locks; the soc.mil lines 'Hot Topics', 'Social Media', 'Subscribe in a reader', 'Weather Update',
'USASOC News Service's items Go to USASOC News Service's photostream', 'Join Our Mailing List', 'Home > UNS >
150324-01' and the byline 'by Sgt. 1st Class Thaddius S. Dawkins II' / 'USASOC Public Affairs'; the DVIDS lines '175th
Wing, Maryland Air National Guard', 'Story by Staff Sgt. Kevin Schulze', 'Date: 06.14.2019', 'Posted: 06.15.2019 11:36'
and 'News ID: 327720') and the empty lines between paragraphs were dropped; headlines are kept once as the first line
(the jba.af.mil copy has none and gets none, H1818, and its dateline line 'HYATTSVILLE, Md. –', set on a line of its
own, is kept as a line, as H1165); the other datelines ('ARLINGTON, Va. –', 'ANDERSEN AIR FORCE BASE, Guam (AFNS) --',
'GOWEN FIELD, Idaho –', 'FORT BRAGG, N.C. (USASOC News Service, March 24, 2015) --', 'CAIRO, Ill. (June 15, 2019) —')
are kept as stored; wording and typos ('the islander receive', 'who's mission', 'Missions such the IRT', the double
space in 'The U.S.  Army'), dashes and quotation marks (straight or curly as stored) are as stored. Pages read but left
out: stories already in earlier sets (the Fort Rucker NCO Academy story, the army.mil Red River flood story 18896, the
nationalguard.mil East Coast flood story 621802, the army.mil Guard flood story 41598, the nationalguard.mil floods and
fires story 573315, the Fort Lee and Fort Sill Thanksgiving stories 70127 and 139384, the DVIDS and army.mil dog handler
stories 26255 and 178486, the Seabee Magazine kindergarten story, the Operation River Assault stories 43223 and 1585474,
the Nellis, Hurlburt and McChord Special Olympics stories 284315, 163805 and 248889, the defense.gov Christmas Drop
feature 3251911), pages left out in earlier sets for their stored part (the Fort Jackson volunteers list 78702, the
DVIDS Talon troops story 114626, the Guam Seabees story 381589), a DVIDS page whose second speaker's paragraph is cut
(the Kosrae school story 239917, one speaker left), further pages kept for other sets (the airforcemedicine.af.mil East
Central Georgia IRT story 1883789, the marines.mil IRT Puerto Rico story 1827066, the ang.af.mil and nationalguard.mil
MAFFS stories 4075108, 1160474 and 575320, the af.mil MAFFS story 120362, the army.mil Anakonda bridge story 169696, the
army.mil River Assault story 153490 stored without paragraph breaks), copies on private sites (globalsecurity.org,
roundthechuckbox.blogspot.com, micronesia.com, militaryspot.com, einpresswire.com) and pages of newspapers, broadcasters
and magazines found by the same searches. None of the pages used is in any set above or in another helper's worktree
(checked by URL and page id (2122011, 3019919, 558331, 591060, 150324-01, 1087779, 314299, 335829, 327720), by headline
and slug and by the names of their speakers and phrases, such as Anthony Carrelli, Timothy Gowen, 54 different
hurricanes, Marylanders helping their fellow, Cameron Pieters, Kirk Pierce, knock off the cobwebs, 433,065, Magen
Harger, Santa 01, Matthew McKamie, clothes with clothes, Thaddius, Charles T. Cleveland, Julie Rooney, Heritage
Auditorium, Anthony Sokenu, Autumn Payne, Nathaniel M. Perry, 1-1 athlete to volunteer, Holly Thompson, Let me win,
Sunnyside High School, Flame of Hope, Michael Suzuki, Whitney P. Walker, Ralph Jodice, Isaiah Wofford, Lance Burgess,
Daniel Abeyta, Cairo Jr./Sr. and DAEOC, with grep over tests/data of the main tree and of every other helper's worktree
(heldout743-750), and by 8-word overlap with every existing text: no hit, except the names Joseph Lengyel, Andrew Toth and Jon Soucy in
other, unrelated texts (with the 8-word phrase 'Gen. Joseph Lengyel, the chief of the National Guard Bureau' in the
2019 Midwest flooding story of heldout33-en), MAFFS in a California fire story and the phrase Santa's helper in an
unrelated text). Search calls used: 17 of the 60 allowed (all `search` in the `pages` corpus; no `read_file`). The annotation (rules H2485–H2489 in `ANNOTATION.md` on top of the earlier
rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="ng-h749-2020-03-23-covid-19-requires-historic-guard-response",
    source="https://www.nationalguard.mil/News/Article/2122011/covid-19-requires-historic-guard-response-says-guard-chief/",
    license=PD, retrieved=PAGES + " (National Guard Bureau story by Sgt. 1st Class Jon Soucy of March 23, 2020 on the Guard's first response to COVID-19, with the chief of the National Guard Bureau Air Force Gen. Joseph Lengyel and the adjutants general of Pennsylvania, Air Force Maj. Gen. Anthony Carrelli, and Maryland, Army Maj. Gen. Timothy Gowen; the site lines 'Home : News' and 'NEWS | March 23, 2020', the byline line 'By Sgt. 1st Class Jon Soucy National Guard Bureau' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'Additionally, those Airmen brought food and essential supplies for the passengers to self-quarantine for at least two weeks. Guard members in Pennsy', cut in the stored copy, dropped with its complete first sentence; a headline that reports the chief's claim without marks (`..., says Guard chief`), a description before the name (`said the Guard’s top general`) and three speakers cued with service, rank and office (H2485); en dashes and curly marks as stored)",
    text='''COVID-19 requires historic Guard response, says Guard chief
ARLINGTON, Va. – The COVID-19 virus is a historic pandemic that requires a historic response from the National Guard, said the Guard’s top general.
“With COVID-19, it’s like we have 54 different hurricanes hitting every state, every territory, and the District of Columbia – some are Category 5, some are Category 3, and some are Category 1,” said Air Force Gen. Joseph Lengyel, the chief of the National Guard Bureau.
For many National Guard members, COVID-19 response efforts bring into sharp focus the support they provide in the locations where they live, work and raise their families.
“One of the most important National Guard missions is to support our own communities,” said Air Force Maj. Gen. Anthony Carrelli, adjutant general of the Pennsylvania National Guard. “Assisting and serving our fellow neighbors is a very personal effort as this is where we live. We are all in this together.”
Airmen with the Maryland Air National Guard’s 175th Wing helped Maryland Department of Health officials transport Maryland residents who had been potentially exposed to the COVID-19 virus aboard a cruise ship that was quarantined off the California coast.
“This is just another example of Marylanders helping their fellow Marylanders throughout this crisis situation,” said Army Maj. Gen. Timothy Gowen, the adjutant general of the Maryland National Guard.''',
    quotes=[
        Q('“With COVID-19', 'are Category 1,”', "Joseph Lengyel"),
        Q('“One of the most important', 'our own communities,”', "Anthony Carrelli"),
        Q('“Assisting and serving', 'in this together.”', "Anthony Carrelli"),
        Q('“This is just another example', 'crisis situation,”', "Timothy Gowen"),
    ],
    aliases={"Joseph Lengyel": ["Joseph Lengyel", "Air Force Gen. Joseph Lengyel", "the chief of the National Guard Bureau", "the Guard’s top general", "Guard chief"],
             "Anthony Carrelli": ["Anthony Carrelli", "Air Force Maj. Gen. Anthony Carrelli", "adjutant general of the Pennsylvania National Guard"],
             "Timothy Gowen": ["Timothy Gowen", "Army Maj. Gen. Timothy Gowen", "the adjutant general of the Maryland National Guard"]},
),
dict(
    id="af-h749-operation-christmas-drop-supplies-islands-bundles-of-joy",
    source="https://www.af.mil/News/Article-Display/Article/558331/operation-christmas-drop-supplies-islands-with-bundles-of-joy/",
    license=PD, retrieved=PAGES + " (Air Force News Service story by Staff Sgt. Robert Hicks, 36th Wing Public Affairs, on the end of Operation Christmas Drop from Andersen Air Force Base, Guam, Dec. 13 (no year in the stored copy), with the 36th Wing commander Brig. Gen. Andrew Toth; the lines '• Published', '• By Staff Sgt. Robert Hicks' and '• 36th Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, '\"Being on the plane and seeing how small the islands are was eye opening,\" said Tech. Sgt. Magen Harger, a 36th Medical Support Squadron medical laboratory technician. \"Seeing how little the islanders have access to, and how grateful they were to get the packages, was one of the most amazing things I ha', cut in the stored copy, dropped with its complete first piece (H2121), so Harger is no speaker; a radio call in single marks closing a quotation left open at its paragraph's end, and the next paragraph cued `he continued` (H2486); straight marks as stored)",
    text='''Operation Christmas Drop supplies islands with bundles of joy
ANDERSEN AIR FORCE BASE, Guam (AFNS) -- The men and women from Andersen Air Force Base, Guam and Yokota Air Base, Japan, dropped its last bundle of joy Dec. 13, to the Micronesian Islands as Operation Christmas Drop came to an end just in time for the holiday season.
What started as a small crew packing what they could in a small canister and dropping it down on a parachute during a Pacific sortie in 1952 has turned into Operation Christmas Drop, the Defense Department's longest running humanitarian mission.
During a one-week timeframe, residents from 56 islands spread out across 3 million square miles of the Pacific, received boxes filled with donations from local and international donors. This year's event set a milestone with more than 51,000 pounds of supplies donated and delivered.
"Having the opportunity to fly over the islands at 300 feet was amazing," said Brig. Gen. Andrew Toth, the 36th Wing commander. "I got to see the red flag marking the location where the box was to go and listen to the communication over the radio saying 'Santa 01 is here and Santa's helper is prepared to receive the container.'
"Watching the aircrew drop the box in the exact location and seeing the islanders swim out to get it and bring it back to shore assures me we didn't only make their day, but we made their entire year. Santa Claus was there to deliver a great gift to each and every one of them," he continued.
Throughout the missions Yokota aircrews gave Airmen opportunities of a lifetime and lasting memories they will never forget.''',
    quotes=[
        Q('"Having the opportunity', 'was amazing,"', "Andrew Toth"),
        Q('"I got to see the red flag', "receive the container.'", "Andrew Toth"),
        Q('"Watching the aircrew', 'every one of them,"', "Andrew Toth"),
    ],
    aliases={"Andrew Toth": ["Andrew Toth", "Brig. Gen. Andrew Toth", "the 36th Wing commander"]},
),
dict(
    id="af-pacaf-h749-volunteers-put-holiday-spirit-into-operation-christmas-drop",
    source="https://www.pacaf.af.mil/News/Article-Display/Article/591060/volunteers-put-holiday-spirit-into-operation-christmas-drop",
    license=PD, retrieved=PAGES + " (Pacific Air Forces story by Staff Sgt. Cody H. Ramirez, 374th Airlift Wing Public Affairs, on volunteers sorting donations for Operation Christmas Drop in a warehouse, Dec. 4 (no year in the stored copy), with Staff Sgt. Matthew McKamie of the 734th Air Mobility Squadron; the lines '• Published', '• By Staff Sgt. Cody H. Ramirez' and '• 374th Airlift Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, '\"It puts me in the ', cut in the stored copy, dropped; one speaker in five pieces, a bracketed word inside his words, his reported speech between and `McKamie added` (H2486); 'the islander receive' and straight marks as stored)",
    text='''Volunteers put holiday spirit into Operation Christmas Drop
Boxes wrapped in an assortment of festive Christmas wrapping papers were spread throughout the local community, all with a wish list taped to their exterior. Each box represented a donation drop-off spot for Operation Christmas Drop.
But, the time for donating was over, as volunteers collected the boxes of items and brought them to a warehouse for sorting Dec. 4. The estimated 50,000 pounds of items are packed as low-cost, low-altitude bundles onto C-130 Hercules aircraft and sent off to the islands throughout Micronesia. Before the most critical part of OCD began, the items were sorted.
"Everyone has been bringing in food, books, clothes [and] miscellaneous items for Operation Christmas Drop, and today we are setting up pallets and sorting through it," said Staff Sgt. Matthew McKamie, an OCD volunteer with the 734th Air Mobility Squadron. "We are putting clothes with clothes, toys with toys, and so on."
More than 25 volunteers from Andersen Air Base, Guam, and Yokota Air Base, Japan, helped sort the items to make packing a much simpler task. Sorting through the donations allows the items to be divided among their destined islands more evenly -- ensuring there is variety in each bundle airdropped during the operation.
"It is nice knowing roughly 20,000 people on 56 islands are being helped out," McKamie said. "I know some of the stuff we send them is not going to be used as we intended it, but it's going to help them in some way, and knowing that makes me feel good."
McKamie said this year was his fourth time helping with OCD and he said every year the islander receive their annual gift as a surprise and with much appreciation.
"They feel truly blessed when we drop it off and to me, that means more than anything," McKamie added.
McKamie wasn't the only volunteer who found joy in his work.''',
    quotes=[
        Q('"Everyone has been bringing', 'sorting through it,"', "Matthew McKamie"),
        Q('"We are putting clothes', 'and so on."', "Matthew McKamie"),
        Q('"It is nice knowing roughly 20,000 people on 56 islands are being helped out,"', None, "Matthew McKamie"),
        Q('"I know some of the stuff', 'me feel good."', "Matthew McKamie"),
        Q('"They feel truly blessed', 'more than anything,"', "Matthew McKamie"),
    ],
    aliases={"Matthew McKamie": ["Matthew McKamie", "Staff Sgt. Matthew McKamie", "an OCD volunteer with the 734th Air Mobility Squadron", "McKamie"]},
),
dict(
    id="ng-h749-2022-05-04-guard-airborne-firefighting-units-train-idaho",
    source="https://www.nationalguard.mil/News/Article/3019919/guard-airborne-firefighting-units-train-in-idaho/",
    license=PD, retrieved=PAGES + " (National Guard Bureau site story by Staff Sgt. Matthew Greiner, 152nd Airlift Wing Public Affairs, of May 4, 2022 on the Modular Airborne Fire Fighting System (MAFFS) spring training at Gowen Field, Idaho, April 25-29, with Chief Master Sgt. Cameron Pieters of the 152nd Operations Group and Air Force Lt. Gen. Kirk Pierce, commander of First Air Force; the site lines 'Home : News' and 'NEWS | May 4, 2022', the byline line 'By Staff Sgt. Matthew Greiner, 152nd Airlift Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'The four military MAFFS units are the 152nd Airlift Wing, Nevada Air National Guard; the 153rd Airlift Wing, Wyoming Air National Guard; the 146th Airlift Wing, California Air National Guard; and the 302nd Airlift Wing, Air Force Reserve', cut in the stored copy, dropped; two speakers, each with a role after the name, one of them a role with commas (H2485); en dash and curly marks as stored)",
    text='''Guard airborne firefighting units train in Idaho
GOWEN FIELD, Idaho – Less than two years after the nation’s most devastating firefighting season, the National Guard participated in Modular Airborne Fire Fighting System spring training with state and federal partners.
Since 1974, the U.S. Forest Service and Department of Defense have operated under the joint program, more commonly known as MAFFS, which is employed by rolling into the back of a military C-130 aircraft.
The Forest Service activates MAFFS to bolster wildfire suppression efforts when all commercial air tankers are committed or unavailable. MAFFS can also be activated for use on state fires by the governors of the states where the Air National Guard flight crews are based.
“Spring training is where we knock off the cobwebs,” said Chief Master Sgt. Cameron Pieters, flight engineer assigned to the 152nd Operations Group. “We haven’t flown any aerial firefighting since last season, and this is to prepare us and get us ready for the upcoming fire season.”
During this year’s spring training April 25-29, MAFFS-equipped military C-130s flew 149 sorties and 184.52 hours, disbursing 433,065 gallons of water in 902 drops around Boise and Gowen Field.
“We are grateful for the community support provided by the people near Gowen Field, Idaho, as our flight and aircraft ground crew members accomplished intense and vital wildfire training to be ready for the nation’s needs,” said Air Force Lt. Gen. Kirk Pierce, commander, First Air Force, Air Forces Northern. “I’m also proud of the dedication and teamwork of the military joint force and interagency team.”''',
    quotes=[
        Q('“Spring training is where we knock off the cobwebs,”', None, "Cameron Pieters"),
        Q('“We haven’t flown', 'upcoming fire season.”', "Cameron Pieters"),
        Q('“We are grateful', 'the nation’s needs,”', "Kirk Pierce"),
        Q('“I’m also proud', 'interagency team.”', "Kirk Pierce"),
    ],
    aliases={"Cameron Pieters": ["Cameron Pieters", "Chief Master Sgt. Cameron Pieters", "flight engineer assigned to the 152nd Operations Group"],
             "Kirk Pierce": ["Kirk Pierce", "Air Force Lt. Gen. Kirk Pierce", "commander, First Air Force, Air Forces Northern"]},
),
dict(
    id="army-usasoc-h749-2015-03-24-volunteer-recognition-ceremony",
    source="http://www.soc.mil/UNS/Releases/2015/March/150324-01/150324-01.html",
    license=PD, retrieved=PAGES + " (USASOC News Service release 150324-01 by Sgt. 1st Class Thaddius S. Dawkins II, USASOC Public Affairs, of March 24, 2015 on the U.S. Army Special Operations Command's second annual Volunteer Recognition Ceremony at Fort Bragg, N.C., March 23, 2015, with the commanding general Lt. Gen. Charles T. Cleveland and the events coordinator Julie Rooney; the site lines 'Hot Topics', 'Social Media', 'Subscribe in a reader', 'Weather Update', 'USASOC News Service's items Go to USASOC News Service's photostream', 'Join Our Mailing List' and 'Home > UNS > 150324-01', the byline lines 'by Sgt. 1st Class Thaddius S. Dawkins II' and 'USASOC Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'Cathy Boggs, who works in th', cut in the stored copy, dropped; a general's long second piece and a civilian coordinator with a possessive role (H2489); the double space in 'The U.S.  Army' and straight marks as stored)",
    text='''USASOC recognizes Soldier and Civilian volunteers during ceremony
FORT BRAGG, N.C. (USASOC News Service, March 24, 2015) -- The U.S.  Army Special Operations Command (USASOC) hosted its second annual Volunteer Recognition Ceremony in the Heritage Auditorium inside USASOC Headquarters March 23, 2015.
"We realize, at our level, our mortality," said Lt. Gen. Charles T. Cleveland, commanding general, USASOC. "We realize what's important in life is what you give, not what you get or what you accrued. It's what, at this stage, you give back. In fact those working here in this headquarters have tons to give back. You wouldn't have excelled and reached this point in your careers, working to help the best Soldiers in the United States of America, and without a doubt, the best Soldiers in the world do the important work they do out there if you weren't good. Inherently, that goodness about who you are and the professionalism that you have exhibited to be here means that you also have the things to give back, not only to those who are rising up through the ranks and those that you send out there, but also to your communities."
The ceremony recognized 18 Department of the Army Civilians and 11 Soldiers within USASOC and the U.S. Army Special Operations Aviation Command (Airborne) who have contributed significant volunteer hours in their communities. Over the last year, those individuals have filled 87 volunteer positions in 60 different organizations and volunteered nearly 10,000 hours of their own time in 11 cities spanning over four counties.
"The almost 10,000 hours of volunteer work is close to five full-time jobs that the volunteers took part in," said Julie Rooney, USASOC's events coordinator.''',
    quotes=[
        Q('"We realize, at our level, our mortality,"', None, "Charles T. Cleveland"),
        Q("\"We realize what's important", 'to your communities."', "Charles T. Cleveland"),
        Q('"The almost 10,000 hours', 'took part in,"', "Julie Rooney"),
    ],
    aliases={"Charles T. Cleveland": ["Charles T. Cleveland", "Lt. Gen. Charles T. Cleveland", "commanding general, USASOC"],
             "Julie Rooney": ["Julie Rooney", "USASOC's events coordinator"]},
),
dict(
    id="af-jba-h749-2017-02-special-olympics-bowling-championships",
    source="https://www.jba.af.mil/News/Article/1087779/special-moments-during-special-olympics-bowling/",
    license=PD, retrieved=PAGES + " (Joint Base Andrews story (no byline or headline in the stored copy, which opens with the dateline; none is added, H1818) on Airmen and Sailors volunteering at the 2017 District of Columbia Special Olympics Bowling Championships in Hyattsville, Md., Feb. 16, with the 11th Wing command chief Chief Master Sgt. Nathaniel M. Perry Jr., the Special Olympics director Anthony Sokenu and Airman 1st Class Autumn Payne; the dateline 'HYATTSVILLE, Md. –', set on a line of its own, kept as a line (as H1165); the last paragraph, 'Other competitions held by the District of C', cut in the stored copy, dropped; a suffix in the canonical name, a quotation opening with a bracketed subject, and an official of a private organisation quoted by name (H2489); en dash and curly marks as stored)",
    text='''HYATTSVILLE, Md. –
Airmen and Sailors from Joint Base Andrews, Maryland, volunteered their time helping with the 2017 District of Columbia Special Olympics Bowling Championships held in Hyattsville, Feb. 16.
Approximately 75 Special Olympics athletes took part in competitions with more than 70 military volunteers helping with equipment, keeping score and providing encouragement throughout the tournament.
“This is the community we live in,” said Chief Master Sgt. Nathaniel M. Perry Jr., 11th Wing command chief. “It’s one thing for us to be out and abroad, defending and fighting for our nation, but it’s just as important for us to be within the community, making sure it grows and prospers. Anytime our Airmen can get out there and give back to the folks that support us so much, it’s always a good thing.”
With nearly a 1-1 athlete to volunteer ratio during the day, it marked the largest military supported District of Columbia Special Olympics Bowling Championship.
“[The athletes] find this day to be one of their favorite because of the military,” said Anthony Sokenu, District of Columbia Special Olympics senior director of youth initiatives. “From the very first day they come in, they ask when the military is coming because they want to show our armed forces what they can do.”
From start to finish, military volunteers were met with open arms, salutes and high-fives from so many of the athletes and parents on hand.
“I was a little apprehensive coming into the event because I wasn’t really sure what to expect and never volunteered at something like this, but it was so rewarding,” said Airman 1st Class Autumn Payne, 779th Medical Support Squadron medical logistics personnel. “It was great to see their level of energy and how much fun they were having. I would love to participate in something like this again.”
Volunteer participation is always needed and appreciated by the Special Olympics staff.''',
    quotes=[
        Q('“This is the community we live in,”', None, "Nathaniel M. Perry Jr."),
        Q('“It’s one thing for us', 'a good thing.”', "Nathaniel M. Perry Jr."),
        Q('“[The athletes] find this day', 'of the military,”', "Anthony Sokenu"),
        Q('“From the very first day', 'what they can do.”', "Anthony Sokenu"),
        Q('“I was a little apprehensive', 'it was so rewarding,”', "Autumn Payne"),
        Q('“It was great to see', 'like this again.”', "Autumn Payne"),
    ],
    aliases={"Nathaniel M. Perry Jr.": ["Nathaniel M. Perry Jr.", "Chief Master Sgt. Nathaniel M. Perry Jr.", "11th Wing command chief"],
             "Anthony Sokenu": ["Anthony Sokenu", "District of Columbia Special Olympics senior director of youth initiatives"],
             "Autumn Payne": ["Autumn Payne", "Airman 1st Class Autumn Payne", "779th Medical Support Squadron medical logistics personnel"]},
),
dict(
    id="af-dm-h749-members-volunteer-at-special-olympics-pima-county",
    source="https://www.dm.af.mil/Media/Article-View/Article/314299/d-m-members-volunteer-at-special-olympics",
    license=PD, retrieved=PAGES + " (Davis-Monthan Air Force Base story by Capt. Rebecca Garcia, 355th Fighter Wing Public Affairs, on more than 300 base members volunteering at the Special Olympics Pima County Area Track and Field competition at Sunnyside High School, Tucson, March 29 (no year in the stored copy), with Holly Thompson of Special Olympics Pima County; the lines '• Published', '• By Capt. Rebecca Garcia' and '• 355th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, '\"With the help of the volunteers, parents can enjoy the event and cheer for the athletes,\" s', cut in the stored copy, dropped with its complete quotation (H2121); an oath repeated by the competitors, and a mission statement quoted as stated on the organisation's website (H2488); 'who's mission' and straight marks as stored)",
    text='''D-M members volunteer at Special Olympics
More than 300 members from Davis-Monthan Air Force Base volunteered at the Special Olympics Pima County Area Track and Field competition March 29 at Sunnyside High School here in Tucson.
The competition is the area's largest, one-day competition and offers 25 track and field events. The competition offered all of the standard Olympic events, but also offered wheelchair (motorized and non-motorized) and assisted walking events, plus a softball and tennis ball throw.
The opening ceremony kicked off with the Olympic tradition of lighting the Flame of Hope, a flyover by helicopters from the Department of Homeland Security, and an inaugural lap around the track by the Law Enforcement Torch Run Members with a Tucson Police Department motorcycle escort.
After the torch procession, the competitors ceremoniously repeated the athlete's oath, "Let me win. But if I cannot win, let me be brave in the attempt."
"The athlete oath speaks to the true spirit of Special Olympics, where competition is not just about winning or losing, the attainment of medals, or who crosses the finish line first," said Holly Thompson, Competition and Outreach Manager for Special Olympics Pima County. "Our competitions are more about the individual achievements of the athletes as they strive to do their personal best."
Special Olympics is an international, non-profit organization who's mission involves, "empowering individuals with intellectual disabilities to become physically fit, productive and respected members of society through sports training and competition," as stated on the Special Olympics public Web site.
Special Olympics Pima County offers athletic competitions throughout the year. Every year, the Special Olympics requests volunteers to help run these competitions.''',
    quotes=[
        Q('"Let me win.', 'in the attempt."', None),
        Q('"The athlete oath speaks', 'finish line first,"', "Holly Thompson"),
        Q('"Our competitions are more', 'their personal best."', "Holly Thompson"),
        Q('"empowering individuals', 'training and competition,"', "Special Olympics"),
    ],
    aliases={"Holly Thompson": ["Holly Thompson", "Competition and Outreach Manager for Special Olympics Pima County"],
             "Special Olympics": ["Special Olympics"]},
),
dict(
    id="af-afdw-h749-2009-05-airmen-volunteer-at-special-olympics-dc",
    source="https://www.afdw.af.mil/News/Article-Display/Article/335829/afdw-airmen-volunteer-at-special-olympics",
    license=PD, retrieved=PAGES + " (Air Force District of Washington story by Senior Airman R. Michael Longoria, 11th Wing Public Affairs, on more than 175 Airmen volunteering at the 2009 Special Olympics D.C. Summer Games, May 19-21, at the Catholic University of America, with Airman 1st Class Michael Suzuki and Capt. Whitney P. Walker of the U.S. Air Force Honor Guard; the site lines 'An official website of the United States government', 'A .mil website belongs to an official U.S. Department of Defense organization in the United States.' and 'A lock (lock ) or https:// means you’ve safely connected to the .mil website. Share sensitive information only on official, secure websites.', the lines '• Published', '• By Senior Airman R. Michael Longoria' and '• 11th Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'The Air Force team placed third b', cut in the stored copy, dropped; a unit alone after the name, a cue with no verb of saying, and a day's name in single marks nested in a quotation (H2487); the spaced hyphen in 'May 19 - 21' and straight marks as stored)",
    text='''AFDW Airmen volunteer at Special Olympics
More than 175 Airmen from the Air Force District of Washington volunteered for the 2009 Special Olympics D.C. Summer Games May 19 - 21 at the Catholic University of America in Washington, D.C.
Volunteers helped with a wide range of jobs, including athlete escort, finish line assistant, handing out lunches, helping with medical issues, officiating field events and presenting awards.
"My job at the Special Olympics was to escort the athletes from the track to the awards tent," said Airman 1st Class Michael Suzuki, 579th Medical Squadron. "The athletes, no matter where they placed in the race, were there to have fun and have a good time. Most of the athletes would joke around and talk to you about everything. And they were all really excited to get their awards."
The tasks were simple, but the opportunity to give back was tremendous.
"This is an important event because it allows the military a very good opportunity to give back to our community," Capt. Whitney P. Walker, United States Air Force Honor Guard and point of contact for the Air Force volunteers. "They have created a day specifically called 'military day' to show their support for what we do and in turn have allowed us a great opportunity to come out and support what they are about."
The summer games recognized May 20 as military day. As part of the day's events, Maj. Gen. Ralph Jodice, AFDW commander, and Col. Jon A. Roop, 11th Wing commander, participated in a 4x4 100-meter relay with two athletes from the games, Daniel Mathis and Isaiah Wofford.''',
    quotes=[
        Q('"My job at the Special Olympics', 'the awards tent,"', "Michael Suzuki"),
        Q('"The athletes, no matter', 'get their awards."', "Michael Suzuki"),
        Q('"This is an important event', 'to our community,"', "Whitney P. Walker"),
        Q('"They have created a day', 'what they are about."', "Whitney P. Walker"),
    ],
    aliases={"Michael Suzuki": ["Michael Suzuki", "Airman 1st Class Michael Suzuki"],
             "Whitney P. Walker": ["Whitney P. Walker", "Capt. Whitney P. Walker", "point of contact for the Air Force volunteers"]},
),
dict(
    id="dvids-h749-2019-06-15-irt-ensures-readiness-cairo-illinois",
    source="https://www.dvidshub.net/news/printable/327720",
    license=PD, retrieved=PAGES + " (DVIDS printable page of a story by Staff Sgt. Kevin Schulze, 175th Wing, Maryland Air National Guard, dated 06.14.2019 and posted 06.15.2019, on the no-cost health clinic of the Delta Area Economic Opportunity Corporation Tri-State Innovative Readiness Training 2019 at Cairo Jr./Sr. High School, Cairo, Ill., June 14, with the site officer in charge Air Force Capt. Lance Burgess; the lines '175th Wing, Maryland Air National Guard', 'Story by Staff Sgt. Kevin Schulze', 'Date: 06.14.2019', 'Posted: 06.15.2019 11:36' and 'News ID: 327720' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, '“This is a good opportunity for us to be in a controlled environment where we can experiment with different leadership philosophies and methods,” said Air National Guard Tech. Sgt. Daniel Abeyta, a health care admin assigned to the 175th Medical Group, Baltimore, Md., and Cairo', cut in its cue in the stored copy, dropped with its complete quotation (H2121), so Abeyta is no speaker and the paragraph before it, which leads to him, stays without a quotation; a bracketed word inside the first piece and a later `said Burgess.` (H2489); 'Missions such the IRT', the em dash of the dateline and curly marks as stored)",
    text='''Innovative Readiness Training Ensures Readiness of Military Reserve Personnel
CAIRO, Ill. (June 15, 2019) — Cairo Jr./Sr. High School opened its doors June 14 for the surrounding community to receive no-cost health care. The health clinic is part of the Delta Area Economic Opportunity Corporation Tri-State Innovative Readiness Training 2019 mission. IRT missions are Department of Defense military training opportunities tailored to provide joint service experience as well as administering key services (health care, construction, transportation, and cybersecurity) with lasting benefits to American communities.
“The IRT mission is important because this [training] is something we are required to do anyway,” said Air Force Capt. Lance Burgess, Cairo site officer in charge. “This particular mission benefits us because it provides hands-on training as opposed to simulations.”
Guardsmen and reservists from all branches of the military are required to maintain proficiency in their career field throughout the year. Missions such the IRT offer extensive hands-on experience within a vast array of service opportunities. For the DAEOC Tri-State IRT 2019, medical personnel are broadening their expertise by providing a no-cost health clinic to the surrounding communities of Sikeston, Mo.; Barlow, Ky. and Cairo, Ill.
“This training provides a wide expansion of patient population that we would not normally see even in the military or our civilian jobs,” said Burgess.
The IRT mission also fosters an environment for military leadership to grow and develop.''',
    quotes=[
        Q('“The IRT mission is important', 'required to do anyway,”', "Lance Burgess"),
        Q('“This particular mission', 'as opposed to simulations.”', "Lance Burgess"),
        Q('“This training provides', 'our civilian jobs,”', "Lance Burgess"),
    ],
    aliases={"Lance Burgess": ["Lance Burgess", "Air Force Capt. Lance Burgess", "Cairo site officer in charge", "Burgess"]},
),
]
