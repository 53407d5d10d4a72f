# Held-out English news pages (tests/data/heldout50-en.jsonl). Stored web pages (the `pages` search corpus) of US
# Defense Department and US Navy news, none used in an earlier set: eight American Forces Press Service stories (defense.gov
# / defenselink.mil pages and verbatim reposts on military news blogs: Gen. Richard Myers on the Iraq war, 2003; Robert Gates
# at Fort Polk and Brooke Army Medical Center, 2007; Gates's January 2007 trip; President Obama's Memorial Day address, 2010;
# a Staten Island troop-support group, 2007; an Indiana church's military support group, 2007; Berlin Airlift veterans,
# 2008), three Navy News Service stories (reposted verbatim: the film "Battleship" at Pearl Harbor, 2010; the vice chief of
# naval operations in Bahrain, 2011; USS Blue Ridge's change of command in Singapore, 2003), a US Navy story reposted on a
# defence-news site (USS Leyte Gulf sailors in Crete, 2023) and two DVIDS stories (an Iraqi army battalion's transfer of
# authority, 2006; USS Ronald Reagan sailors at a Yokosuka school, 2022). All are works of the US government and in the
# public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. Stored copies are cut after
# about 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`).
# Navigation, photo captions, metadata lines, "Read More" links and blog boilerplate are dropped; wording, spelling,
# spacing and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H247-H249 in ANNOTATION.md on top of H1-H241).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout50-en.jsonl

Built by `build.py` from `heldout50_pages.py`. Like heldout38-en, heldout41-en, heldout43-en, heldout45-en, heldout47-en and
heldout48-en, these texts are stored web pages (the `pages` search corpus) of US federal outlets, none of them used in a set
above: eight American Forces Press Service stories (defense.gov / defenselink.mil pages and verbatim reposts on military news
blogs: Gen. Richard Myers on the first days of the Iraq war, 2003; Defense Secretary Robert Gates at Fort Polk and Brooke
Army Medical Center, 2007; Gates's January 2007 trip; President Obama's Memorial Day address, 2010; a Staten Island
troop-support group, 2007; an Indiana church's military support group, 2007; Berlin Airlift veterans, 2008), three Navy
News Service stories (reposted verbatim: the film "Battleship" shot at Pearl Harbor, 2010; the vice chief of naval
operations in Bahrain, 2011; USS Blue Ridge's change of command in Singapore, 2003), a US Navy story reposted on a
defence-news site (USS Leyte Gulf sailors volunteering in Crete, 2023) and two DVIDS stories (an Iraqi army battalion's
transfer of authority at Q-West, 2006; USS Ronald Reagan sailors at a Yokosuka school, 2022). All are US government works
in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Navigation, photo
captions, metadata lines, "Read More" links and blog boilerplate were dropped; wording, spacing and quotation marks are as
stored. None of these pages is used in any set above (checked by URL and by 8-word overlap with every existing text: no
shared 8-word sequence). The annotation (rules H247–H249 in `ANNOTATION.md` on top of H1–H241) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="afps-myers-couldnt-be-prouder-2003",
    source="http://www.defense.gov/news/newsarticle.aspx?id=29238",
    license=PD, retrieved=PAGES + " (site header 'United States Department of Defense', 'DoD News', 'Bookmark and Share', 'News Article' dropped; the paragraph 'Myers said CENTCOM is also investigating the incident at Camp Pennsylvania ...', cut in the stored copy, dropped)",
    text='''Joint Chiefs Chairman 'Couldn't Be Prouder' of Troops
By Gerry J. Gilmore
American Forces Press Service
WASHINGTON, March 24, 2003 – The U.S. military's top general said he is proud of the performance of American and coalition troops, as they continue to battle Saddam Hussein's forces from the land, sea and sky.
Operation Iraqi Freedom continues to go according to plan, Air Force Gen. Richard B. Myers, chairman of the Joint Chiefs of Staff, remarked during a March 23 American Forces Radio and Television Service interview.
Myers emphasized that he "couldn't be prouder" of the "very, very professional" way U.S. troops and their coalition partners have conducted themselves in Iraq.
"I think we've shown a lot of flexibility and adaptability in reacting to certain situations," he pointed out.
Army Gen. Tommy Franks, the U.S. Central Command chief who's overseeing operations in Iraq, is also satisfied with the way things have unfolded thus far, Myers said.
Yet, warfare is ever an imperfect endeavor. Myers provided his thoughts on the downing of a British aircraft near the Iraqi- Kuwaiti border by a U.S. Patriot missile crew.
Myers noted "very strict procedures" are in place to prevent enemy aircraft -- including those potentially armed with chemical or biological weapons -- from flying into the Kuwait area.
"We have electronic means to identify friend from enemy, and, for whatever reason, this (system) apparently broke down," Myers explained, noting that Central Command is investigating the incident. "It's a real tragedy and our heart goes out to the aircrew and to the families of that aircrew."''',
    quotes=[
        Q("'Couldn't Be Prouder'", None, "Richard B. Myers"),
        Q('"couldn\'t be prouder"', None, "Richard B. Myers"),
        Q('"very, very professional"', None, "Richard B. Myers"),
        Q('"I think we\'ve shown', 'certain situations,"', "Richard B. Myers"),
        Q('"very strict procedures"', None, "Richard B. Myers"),
        Q('"We have electronic means', 'apparently broke down,"', "Richard B. Myers"),
        Q('"It\'s a real tragedy', 'of that aircrew."', "Richard B. Myers"),
    ],
    aliases={"Richard B. Myers": ["Myers", "Air Force Gen. Richard B. Myers"]},
),
dict(
    id="afps-travels-with-gates-polk-bamc-2007",
    source="https://webarchive.library.unt.edu/eot2008/20090506002848/http://www.defenselink.mil/home/features/2007/travels/gates/20070502/",
    license=PD, retrieved=PAGES + " ('Skip navigation links', the feature title 'Travels with Gates' and the 'Read More' link dropped; the paragraph 'Bruce was one of eight sailors injured Dec. 1 when a ste...', cut in the stored copy, dropped)",
    text='''Gates Visits Joint Readiness Training Center
By Jean Dubiel
Special to American Forces Press Service
FORT POLK, La., May 4, 2007 – Defense Secretary Robert M. Gates visited the Joint Readiness Training Center and Fort Polk today to observe training as soldiers from 3rd Brigade Combat Team, 101st Airborne Division, Fort Campbell, Ky., were rotating through the training center.
Gates didn’t make public comments at Polk, but he observed a convoy moving through the mock village of Mosallah. As role players approached the vehicles offering to sell everything from fruit to the shirts on their backs, the soldiers maintained their professionalism during their training.
With role players acting as Iraqi police, soldiers and civilians, the 101st soldiers approached the village just as a crowd was gathering around a traffic accident. Angry shouts and gestures from the crowd created uneasiness as the convoy passed the scene. Soldiers experience scenarios like this played out in real life while deployed to Iraq and Afghanistan.
Defense Secretary Thanks Wounded Warriors
By Elaine Wilson
Special to American Forces Press Service
FORT SAM HOUSTON, Texas , May 4, 2007 – Defense Secretary Robert M. Gates today thanked dozens of wounded warriors for their service and sacrifice during a visit to Brooke Army Medical Center here.
The personal visit “really shows you care,” Army 1st Lt. James Barclay, a burn patient wounded in Afghanistan on Aug. 19 by an improvised explosive device, told the secretary.
“There are a lot of people who care,” Gates responded, shaking the wounded soldier’s hand.
Gates spent time with each servicemember, most times bedside, asking about their medical care, hometowns and future plans.
“This is the best facility in the world for burns,” Navy Petty Officer 1st Class Robert Bruce told Gates. “They treat us very good here.”''',
    quotes=[
        Q('“really shows you care,”', None, "James Barclay"),
        Q('“There are a lot of people who care,”', None, "Robert M. Gates"),
        Q('“This is the best facility in the world for burns,”', None, "Robert Bruce"),
        Q('“They treat us very good here.”', None, "Robert Bruce"),
    ],
    aliases={"Robert M. Gates": ["Gates", "Defense Secretary Robert M. Gates"],
             "James Barclay": ["Army 1st Lt. James Barclay"],
             "Robert Bruce": ["Navy Petty Officer 1st Class Robert Bruce"]},
),
dict(
    id="afps-gates-trip-ground-truth-2007",
    source="http://www.armyreal.com/news/item/2618",
    license=PD, retrieved=PAGES + " (verbatim repost of an American Forces Press Service story; 'Email This Story Print This Story' and the repeated title dropped; the paragraph 'In Kabul, the secretary met up with Marine Gen. Peter Pace, ...', cut in the stored copy, dropped)",
    text='''Gates Trip Aimed at Understanding Ground-truth
By Jim Garamone
American Forces Press Service
WASHINGTON, Jan. 20, 2007 – Seeking ground-truth, Robert M. Gates made his second trip of his less than month-long tour as defense secretary to the U.S. Central Command area of operations.
Gates met with soldiers and kings, sailors and emirs, airmen and sheikhs and Marines and presidents during the six-day visit to seven countries. He specifically sought out opportunities to speak with allies and coalition partners on the visit. He returned to Washington very early this morning.
The trip started Jan. 14 with a stop in London to meet with British Prime Minister Tony Blair and Defense Minister Des Browne. Officials traveling with Gates said the secretary wanted to personally get the feelings and thoughts of America’s closest allies in the war on terror.
The next day, Gates traveled to NATO headquarters in Brussels for meetings with Secretary General Jaap de Hoop Scheffer and the Supreme Allied Commander U.S. Army Gen. Bantz Craddock. NATO commands the International Security Assistance Force in Afghanistan and has personnel helping train the Iraqi Army.
There are more than 30,000 soldiers from 37 NATO and partner countries serving in ISAF. Gates called the NATO mission in Afghanistan a model of the organization’s potential in the new era. “Success in Afghanistan is our top priority,” he said. “The alliance that never fired a shot in the Cold War is leading six missions on three continents and on the Mediterranean.”
The secretary and his party moved from Brussels to Afghanistan aboard an Air Force C-17. Outfitted with a traveling office in a modified Airstream trailer called the “Silver Bullet,” the secretary conducted business as if he were in his office in the Pentagon.''',
    quotes=[
        Q('“Success in Afghanistan is our top priority,”', None, "Robert M. Gates"),
        Q('“The alliance that never fired', 'on the Mediterranean.”', "Robert M. Gates"),
        Q('“Silver Bullet,”', None, None),
    ],
    aliases={"Robert M. Gates": ["Gates"]},
),
dict(
    id="afps-obama-memorial-day-andrews-2010",
    source="http://military-online.blogspot.com/2010/05/",
    license=PD, retrieved=PAGES + " (verbatim repost of an American Forces Press Service story; blog header 'Military News' and date line 'Monday, May 31, 2010' dropped; the paragraph 'In this time of war, we pay', cut in the stored copy, dropped)",
    text='''Live Lives Worthy of Fallen Warriors' Sacrifices
By Donna Miles
American Forces Press Service
May 31, 2010 - President Barack Obama called on the nation during a Memorial Day address at Joint Base Andrews, Md., to honor the legacy of its fallen warriors and to live lives worthy of their sacrifices.
"At its core, the nobility and majesty of Memorial Day can be found in the story of ordinary Americans who became extraordinary for the most simple of reasons: they loved their country so deeply, so profoundly, that they were willing to give their very lives to keep it safe and free," Obama told an assembly of several dozen servicemembers today after landing in Washington from a weekend in Chicago.
He initially had been slated to deliver his address at the Abraham Lincoln National Cemetery in Illinois, but torrential rains and lightning cancelled that event. Instead, he visited wounded veterans and their families receiving care at the Hines Veterans Affairs Hospital near Chicago.
Obama noted during his address at Andrews tonight the fallen warriors' shared belief in their country throughout its history, and willingness to sacrifice lives of comfort, and ultimately, life itself, to protect its ideals.
"They answered their country's call. They stepped forward. They raised their hand. They took an oath," he said.
As they served their country in uniform throughout its history, they left their loved ones when duty called. In doing so, they liberated countries, ended the Holocaust, rid towns of insurgents and saved villages from the terror of violent extremists, he noted.
They fought for freedom and the flag, the president said. But they also fought for each other, to bring their buddies home and keep their families safe. "And that is what they did, to their last breath," he said.
"This is what we honor today — the lives they led, the service they rendered, the sacrifice they made -- for us," he said.''',
    quotes=[
        Q('"At its core,', 'safe and free,"', "Barack Obama"),
        Q('"They answered their country\'s call.', 'They took an oath,"', "Barack Obama"),
        Q('"And that is what they did, to their last breath,"', None, "Barack Obama"),
        Q('"This is what we honor today', '-- for us,"', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["Obama", "President Barack Obama"]},
),
dict(
    id="afps-staten-island-project-homefront-2007",
    source="https://military-online.blogspot.com/2007_12_15_archive.html?m=1",
    license=PD, retrieved=PAGES + " (verbatim repost of an American Forces Press Service story; the stored copy starts at the byline, without a headline; the blog footer 'Providing up-to-date information, news and original content on American Military issues.' and the date line dropped)",
    text='''By Samantha L. Quigley
American Forces Press Service
Dec. 14, 2007 - Staten Island residents are getting a little help sending mail to servicemembers these days thanks to a local troop-support group. Staten Island Project Homefront Inc. in the New York City borough has set up a "Postage Due" account for those sending mail to troops from the community's main post office, its executive director said.
"Our main effort is to send items to our military," John T. Semich said. "We also help families by supplying postage (for Staten Island residents to send packages) to the combat zones."
The project's volunteers focus on packing up special-request items and shipping them off to servicemembers, he said. Those items have included global positioning systems, camp showers, metal detectors, and food items.
"We mail every six weeks to the troops we have registered," Semich said. "Residents of Staten Island can mail out any time, and we (cover the cost.)"
Though the project focuses on getting requested items to the troops, it also acts as a support organization for families of deployed soldiers, sailors, airmen, Coast Guardsmen and Marines if requests for assistance are within the group's capabilities.
The group, which was started by three veterans and an attorney, has grown to include many military family members. In fact, the project's chief financial officer is a Coast Guardsman, and the people who handle shipping and outreach both have sons in the military, Semich said.
"We have spouses and family members join us all the time, and they form their own sort of support group to handle stress," he said. "(It's) a side benefit I did not expect, but recognize and like."
The project recently became a supporter of America Supports You, a Defense Department program connecting citizens and corporations with military personnel and their families serving at home and abroad.''',
    quotes=[
        Q('"Postage Due"', None, None),
        Q('"Our main effort is to send items to our military,"', None, "John T. Semich"),
        Q('"We also help families', 'to the combat zones."', "John T. Semich"),
        Q('"We mail every six weeks', 'we have registered,"', "John T. Semich"),
        Q('"Residents of Staten Island', '(cover the cost.)"', "John T. Semich"),
        Q('"We have spouses', 'to handle stress,"', "John T. Semich"),
        Q('"(It\'s) a side benefit', 'recognize and like."', "John T. Semich"),
    ],
    aliases={"John T. Semich": ["Semich"]},
),
dict(
    id="afps-connection-pointe-military-support-group-2007",
    source="https://military-online.blogspot.com/2007_08_16_archive.html?m=1",
    license=PD, retrieved=PAGES + " (verbatim repost of an American Forces Press Service story; the stored copy starts at the byline, without a headline; the paragraph '\"Our prayer efforts took a new direction when one of our members designed and produced the ...', cut in the stored copy, dropped)",
    text='''By Samantha L. Quigley
American Forces Press Service
Aug. 15, 2007 - An Indiana group is employing what it considers its most powerful weapon in its quest to support the nation's servicemembers: prayer. "We take an active role in praying for each of them, believing that prayer is the single most effective means we have of meeting needs that we do not know or understand firsthand," said Gary Strader, a volunteer with the Military Support Group of Connection Pointe Christian Church.
The group formed in spring 2003 when church members realized that several of the church's families had sons or daughters in Afghanistan or en route to Iraq.
"War was new for all of us; we were worried about what the future might hold," he said. "We met every week at first to support each other, pray for safety for our children and for a sense of God's peace for ourselves."
That original purpose grew to include a more tangible form of support for servicemembers, he added. Soon the group was sending care packages that, they learned from thank-you letters, were touching other troops as the original recipients shared the boxes' contents.
"Our main efforts are focused on supplying those on our list with items from home that they might otherwise not get," Strader said. "We package supplies on a regular basis."
February means boxes and boxes of Girl Scout Cookies, he said, adding that this year's shipment totaled 450 priority mail boxes of cookies -- more than 2,415 boxes of the sweet treats.
Each fall, the group ships "Treats for the Troops" boxes containing snacks and other goodies. At Christmas, it's more edibles, but the members also send small Christmas trees and blankets.
While the Military Support Group's original purpose expanded in scope, it also recently shifted in direction, Strader said.''',
    quotes=[
        Q('"We take an active role', 'understand firsthand,"', "Gary Strader"),
        Q('"War was new for all of us;', 'might hold,"', "Gary Strader"),
        Q('"We met every week', 'for ourselves."', "Gary Strader"),
        Q('"Our main efforts are focused', 'otherwise not get,"', "Gary Strader"),
        Q('"We package supplies on a regular basis."', None, "Gary Strader"),
        Q('"Treats for the Troops"', None, None),
    ],
    aliases={"Gary Strader": ["Strader"]},
),
dict(
    id="nns-battleship-film-pearl-harbor-2010",
    source="http://military-online.blogspot.com/2010_09_25_archive.html",
    license=PD, retrieved=PAGES + " (verbatim repost of a Navy News Service story; blog date line 'Saturday, September 25, 2010' dropped; the paragraph '\"The movie gives the Sailors a chance to see what Hollywood is like, and be', cut in the stored copy, dropped)",
    text='''Hollywood Films 'Battleship' Aboard Joint Base Pearl Harbor-Hickam
By Mass Communication Specialist 2nd Class (SW) Mark Logico, Commander Navy Region Hawaii Public Affairs
PEARL HARBOR (NNS) -- A Universal Pictures production crew was aboard Joint Base Pearl Harbor-Hickam (JBPHH) Sept. 7-24 to film the new action-adventure movie "Battleship," based on the Hasbro board game.
Directed by Peter Berg, Battleship will feature the U.S. and Japanese navies stumbling upon the point of an alien invasion. Berg's previous directorial works include "The Kingdom," "The Rundown" and "Hancock."
"I've always been a huge fan of the Navy," said Berg. "My father was a Marine and a naval historian. I was brought up learning about Pearl Harbor, the campaign of the Pacific, and the Battle of Midway. He was particularly obsessed with World War II. The idea of making a film about naval warfare was something that was always interesting to me. What better place to set it than Pearl Harbor?"
The film is set in modern day, during a Rim of the Pacific (RIMPAC) exercise. RIMPAC is the largest real world multinational maritime exercise that occurs every two years in and around the Hawaiian islands. This year, seven nations participated in RIMPAC, showcasing more than 30 modern naval ships, with the goal of building relationships, increasing interoperability and improving readiness among allied countries.
Berg said there have been a number of films with old battleships like the USS Missouri.
"I thought it would be interesting to introduce the audience to the modern surface warfare," he said, "and some of the current destroyers, missile cruisers and some of the other things that the Navy has now, that they didn't have back in the old days."
One of the modern U.S. Navy destroyers featured on "Battleship" is USS Hopper (DDG 70), where the film crew shot several action scenes on the ship.''',
    quotes=[
        Q("'Battleship'", None, None),
        Q('"Battleship,"', None, None),
        Q('"The Kingdom,"', None, None),
        Q('"The Rundown"', None, None),
        Q('"Hancock."', None, None),
        Q('"I\'ve always been a huge fan of the Navy,"', None, "Peter Berg"),
        Q('"My father was a Marine', 'than Pearl Harbor?"', "Peter Berg"),
        Q('"I thought it would be interesting', 'surface warfare,"', "Peter Berg"),
        Q('"and some of the current destroyers', 'the old days."', "Peter Berg"),
        Q('"Battleship"', None, None),
    ],
    aliases={"Peter Berg": ["Berg"]},
),
dict(
    id="afps-berlin-airlift-veterans-2008",
    source="http://militarymattersfayette.blogspot.com/2008/06/",
    license=PD, retrieved=PAGES + " (verbatim repost of an American Forces Press Service story; blog date line '28 June 2008' and the photo caption 'Photo: Air Force Staff Sgt. Dub Southers poses outside a Celle Air Base barracks ... Courtesy photo' dropped; the paragraph 'In November 1948, Germany was much different. Southers arrived at Celle Air Base ...', cut in the stored copy, dropped)",
    text='''Berlin Airlift Veterans Return to Germany for Anniversary
For 50 years, Dub Southers recalled the grueling hours he worked at an air base in northern Germany at the start of the Berlin Airlift, not the historical significance of what he helped to achieve as a flight engineer and crew chief.
He remembered well the coal being shipped in from local coal fields, the 196 missions he flew over Berlin and being a 20-year-old Air Force staff sergeant keeping the C-54 Skymaster aircraft flying.
"Coal was our basic cargo," said Southers, now 81 and living in Texas. "Occasionally, we flew flour, but I can't recall anything other than coal."
It wasn't until 1998 that Southers started really thinking about the importance of the airlift mission, which lasted from June 1948 to May 1949 and provided vital resources to the German city cut in half by Soviet rule, he said.
As the anniversary approached, he asked his daughter to search online for activities happening in Berlin. Her search found the Berlin Airlift Veterans Association, and he became its secretary.
He ended up visiting Germany that year for the 50th anniversary, and he and seven other association members have returned to take part in 60th anniversary observances.
They will re-enact the first flight of the airlift, he said, and visit the memorial at Rhein-Main Air Base, get on a C-47 and fly the corridor from Frankfurt to Templehof Air Base in Berlin, where there will be another memorial service.
"I was amazed [in 1998] how much progress had been made in the Western sector of Berlin, and how little had been made in the Eastern Zone at that time," he said. "By the time I went again in 2004, it was better, though, and quite a bit more had been done."''',
    quotes=[
        Q('"Coal was our basic cargo,"', None, "Dub Southers"),
        Q('"Occasionally, we flew flour', 'other than coal."', "Dub Southers"),
        Q('"I was amazed [in 1998]', 'at that time,"', "Dub Southers"),
        Q('"By the time I went again', 'had been done."', "Dub Southers"),
    ],
    aliases={"Dub Southers": ["Southers"]},
),
dict(
    id="nns-vcno-first-visit-bahrain-2011",
    source="http://military-online.blogspot.com/2011_11_27_archive.html",
    license=PD, retrieved=PAGES + " (verbatim repost of a Navy News Service story; blog date line 'Sunday, November 27, 2011' dropped; the paragraph 'After the all-hands call, the VCNO held a sh...', cut in the stored copy, dropped; double spaces after full stops as stored)",
    text='''VCNO Makes First Visit to Bahrain
By Mass Communication Specialist 2nd Class Tracey L. Whitley, Commander, U.S. Naval Forces Central Command/5th Fleet Public Affairs
MANAMA, Bahrain (NNS) -- The vice chief of naval operations (VCNO) conducted an all-hands call with Sailors and Marines stationed at Naval Support Activity (NSA), Bahrain, Nov. 23.
This marked the first time Adm. Mark E. Ferguson III visited service members stationed in the U.S. 5th Fleet area of responsibility (AOR) since becoming VCNO in August.
Ferguson, along with Total Force Fleet Master Chief Scott Benning, discussed the future of the force, what is expected of Sailors today, and the importance of theater operations to the Navy and nation.  The two answered questions on a range of topics to include budget cuts, the enlisted retention board, and benefits.
"The Navy may be a smaller force, but our missions have never been more relevant than right now.  I am here with my wife because what we care about most is taking care of you and your families, ensuring that you have the right tools, training and support structure to do your job.  We really have enjoyed spending the Thanksgiving holiday with our Navy family."
Additionally, four Sailors were given the unique opportunity to be re-enlisted by the VCNO.
"I'm re-enlisting for six more years and I feel honored that the Navy's second-highest ranking officer is taking time out of his busy schedule to re-enlist me today," said Yeoman 1st Class Derrick Cunningham.
Ferguson concluded with a few words of encouragement to all those serving in the U.S. 5th Fleet AOR.
"Around the globe, forward-deployed naval forces are making a difference," said Ferguson. "Specifically in this AOR, your incredible pride and professionalism are a model that other navies around the world try to emulate. Each of you represent the very best our nation has to offer and I thank you for your service."''',
    quotes=[
        Q('"The Navy may be a smaller force', 'our Navy family."', "Mark E. Ferguson III"),
        Q('"I\'m re-enlisting', 're-enlist me today,"', "Derrick Cunningham"),
        Q('"Around the globe', 'making a difference,"', "Mark E. Ferguson III"),
        Q('"Specifically in this AOR', 'for your service."', "Mark E. Ferguson III"),
    ],
    aliases={"Mark E. Ferguson III": ["Ferguson", "Adm. Mark E. Ferguson III"],
             "Derrick Cunningham": ["Yeoman 1st Class Derrick Cunningham"]},
),
dict(
    id="nns-blue-ridge-lion-city-port-visit-2003",
    source="https://www.globalsecurity.org/military/library/news/2003/04/mil-030408-nns03.htm",
    license=PD, retrieved=PAGES + " (verbatim repost of a Navy NewStand story; the lines 'Navy NewStand', 'Story Number: NNS030408-11' and 'Release Date: 4/8/2003 11:48:00 AM' dropped; the paragraph '\"It was important, because now we can handle future problems and issues wi...', cut in the stored copy, dropped)",
    text='''7th Fleet Command Ship Finishes 'Lion City' Port Visit
By Journalist 2nd Class Hodges N. Pone III, USS Blue Ridge Public Affairs
ABOARD USS BLUE RIDGE, At Sea (NNS) -- During a visit which saw USS Blue Ridge (LCC 19) receive a new commanding officer and members of the Commander, U.S. 7th Fleet staff meet with Singaporean military and civilian leaders to discuss issues of common interest and naval cooperation, Sailors aboard the 7th Fleet command ship made the most of what many describe as the best liberty in the Western Pacific -- Singapore. Sailors visited the Southeast Asian port city March 27-April 1.
After nearly two years at the helm of Blue Ridge, Capt. Andrew G. Sevald turned over command to Capt. J. Stephen Maynard during a change of command ceremony March 28.
"Having the experience of working with the best crew of the Navy has changed," said Sevald, a Detroit native. "The standard is pretty darn high to follow.
"Time will show that as I have attempted to mentor you, you have actually been mentoring me, and I have benefited from it greatly," said Sevald. "I am a good captain only because you are a phenomenal crew," he told the audience of 400-plus Sailors, officers and guests.
After accepting command, Maynard thanked Sevald for his service. "I am indebted to you for imparting this spirit and leaving this veteran warship in such magnificent condition," he said. "I certainly intend to build upon your legacy. I have been able to meet many of the best and brightest Sailors in our Navy and to witness them in action. I am humbled and honored that the Navy has entrusted me to lead these fine men and women."
The change of command was not the only highlight of the port visit. Many 7th Fleet staff members, including Lt. Cmdr. Hector Garcia, met with their Royal Singapore navy counterparts to discuss a variety of topics.''',
    quotes=[
        Q("'Lion City'", None, None),
        Q('"Having the experience', 'has changed,"', "Andrew G. Sevald"),
        Q('"The standard is pretty darn high to follow.', None, "Andrew G. Sevald"),
        Q('"Time will show', 'from it greatly,"', "Andrew G. Sevald"),
        Q('"I am a good captain', 'a phenomenal crew,"', "Andrew G. Sevald"),
        Q('"I am indebted to you', 'magnificent condition,"', "J. Stephen Maynard"),
        Q('"I certainly intend', 'fine men and women."', "J. Stephen Maynard"),
    ],
    aliases={"Andrew G. Sevald": ["Sevald", "Capt. Andrew G. Sevald"],
             "J. Stephen Maynard": ["Maynard", "Capt. J. Stephen Maynard"]},
),
dict(
    id="dvids-iraqi-army-transfer-of-authority-qwest-2006",
    source="https://dvidshub.net/news/5240/iraqi-army-transfer-authority-ceremony",
    license=PD, retrieved=PAGES + " (DVIDS story by Sgt. Rachel Brune, 101st Sustainment Brigade; the maintenance notice, login and logo lines, the photo title and caption 'Iraqi troops pass in review', 'Courtesy Photo | ...' and the lines 'QAYYARAH, IRAQ', '01.28.2006', 'Courtesy Story', 'DVIDS Hub', 'SGT RACHEL BRUNE', '101ST SUSTAINMENT BDE' dropped; the indentation of the stored lines removed; the paragraph '\"The battalion has earned this honor ...', cut in the stored copy, dropped; the lone mark after 'Iraq' in the dateline, which stands for a dash, kept as stored)",
    text='''Iraqi Army Transfer of Authority Ceremony
Q-WEST BASE COMPLEX, Iraq " With musical pomp and colorful pageantry, the troops of another Iraqi army battalion assumed responsibility for the safety and security of their country in a ceremony Jan. 28 here.
Commanded by Brig. Gen. Ali, the 1st Battalion, 3rd Brigade, 2nd Iraqi Army Division, will now be the authority for an area of operations stretching from west of the Tigris River to the Mosul-Baghdad highway.
"The terrorists are taking their last breaths, and the end is near," said Ali, through an interpreter, during his remarks. "They are looking for a place to hide, but there is no place for them."
Ali spoke before an audience that included such distinguished guests as Duraid Kashmoula, governor of Nineveh Province, Brig. Gen. Rickey L. Rife, 101st Airborne Division, and Maj. Gen. Jamal, 2nd IAD commander.
The 101st Airborne Division Band played a stirring rendition of the Iraqi national anthem, as all the guests stood. A local leader, Sheik Achmed, recited verses from the Koran, his voice ringing tunefully across the battalion parade ground.
"Today, 1st Battalion is receiving complete authority over its area of operations," said Lt. Col. Ebrahim, battalion executive officer, after reading a short history of the unit.
As an interpreter translated his words, the clouds gathered, then parted to let the sun shine warmly over the assembled troops and guests.''',
    quotes=[
        Q('"The terrorists are taking', 'the end is near,"', "Ali"),
        Q('"They are looking for a place', 'no place for them."', "Ali"),
        Q('"Today, 1st Battalion', 'area of operations,"', "Ebrahim"),
    ],
    aliases={"Ali": ["Brig. Gen. Ali"], "Ebrahim": ["Lt. Col. Ebrahim"]},
),
dict(
    id="dvids-reagan-comrel-yokosuka-2022",
    source="https://dvidshub.net/news/440094/creating-connections-through-community-relations",
    license=PD, retrieved=PAGES + " (US Navy story on DVIDS; the stored copy starts with the first paragraph, without headline; the paragraph '\"I enjoy volunteering because it gives me a chance to connect with other people,\" sa...', cut in the stored copy, dropped)",
    text='''Strengthening ties with the local community is part of the essential mission as a forward-deployed naval force. Whether in a foreign port, further establishing partnerships with Allies or back at home with close friends and loved ones, community relations (COMRELs) events provide Sailors with a platform to be a positive role model and ambassador for their respective commands and the U.S. Navy.
While in-port Commander, Fleet Activities Yokosuka (CFAY), volunteer opportunities are tailored towards integrating with Japanese locals and the CFAY community through various events. One recent event was held at the Yokosuka Middle School, where Reagan Sailors spent time with students playing games, serving school lunch and providing Sailor-to-student mentorship.
“I feel that COMRELs are about helping others,” said Religious Program Specialist 2nd Class Onisha Simmons, the Reagan COMREL coordinator. “We talked to a group of boys and they said that their teachers are educating them about financing and how college works … so I gave my thoughts on that, because they are interested about college and different opportunities.”
Reagan Sailors have consistently volunteered at the schools on CFAY since its homeport shift to Yokosuka. Even though COMREL events typically only last for a few hours, the bonds made leave a long-lasting effect on the community.
“The schools love every minute of the COMREL visits,” said Lt. Jacob Meyer, a Navy chaplain aboard Ronald Reagan. “At mass, many of the kids in the school will mention the Sailors and want to see them. When we put on the uniform, we are role models that represent the nation. When we leave the school, the kids think we are the coolest people on the planet.”
Just as the students benefit from the time spent with the Sailors, service members who volunteer share a passion for making connections, especially with the future generation.''',
    quotes=[
        Q('“I feel that COMRELs are about helping others,”', None, "Onisha Simmons"),
        Q('“We talked to a group of boys', 'different opportunities.”', "Onisha Simmons"),
        Q('“The schools love every minute of the COMREL visits,”', None, "Jacob Meyer"),
        Q('“At mass,', 'on the planet.”', "Jacob Meyer"),
    ],
    aliases={"Onisha Simmons": ["Religious Program Specialist 2nd Class Onisha Simmons"],
             "Jacob Meyer": ["Lt. Jacob Meyer"]},
),
dict(
    id="navy-leyte-gulf-sailors-volunteer-crete-2023",
    source="https://securitynews.spectator.co.nz/2023/02/page/77",
    license=PD, retrieved=PAGES + " (verbatim repost of a US Navy story, headed 'Defense News: ...'; the line 'Source: United States Navy' dropped; the paragraph 'In total, 20 USS Leyte Gulf Sailors pa...', cut in the stored copy, dropped)",
    text='''Defense News: USS Leyte Gulf (CG 55) Sailors Volunteer in Crete, Greece
The first COMREL included work at the Souda Shelter Project, a local dog shelter, building dog beds out of wooden pallets, socializing with the dogs and ridding the area of overgrown weeds on Feb. 4.
“I think it’s great to have COMRELS because we can continue to build relationships and foster partnerships through community engagement,” said Operations Specialist 1st Class Heather Karel. “It feels good to know that our help is going to a good place. I have a dog myself, so it really brought that warm-fuzzy feeling of being back at home.”
The Souda Shelter Project is an animal welfare facility that currently houses over 90 abandoned or stray dogs, taking care of them until they are found homes around the world.
“It is a big joy for me to host volunteer programs like this for our service members,” said Souda Shelter Project Administrator Elizabeth Iliakis. “Having them here so they can decompress and get away from everything else outside is the best, and they have been very productive for us. This is hard work that would take us a couple of weeks to complete, but they can do it in just a few hours. It’s a win-win situation for everyone – including the dogs!”
For the second COMREL, USS Leyte Gulf Sailors braved the cold and rain to pick oranges at an organic orange grove and donated them to the Chania Municipality Community Support Market an establishment that helps community members in need of assistance, on Feb. 6.
“It reminds me of what generous souls Americans can have,” said Orange Grove Owner Mary Olsen. “They are collecting some for themselves, but multiply the number they collect for themselves by 10 and that is how many they will be donating to the locals in need. That’s really America at its best. Watching this happen as it rains – well their enthusiasm is not dampened, so to speak.”''',
    quotes=[
        Q('“I think it’s great', 'community engagement,”', "Heather Karel"),
        Q('“It feels good to know', 'back at home.”', "Heather Karel"),
        Q('“It is a big joy', 'our service members,”', "Elizabeth Iliakis"),
        Q('“Having them here', 'including the dogs!”', "Elizabeth Iliakis"),
        Q('“It reminds me', 'Americans can have,”', "Mary Olsen"),
        Q('“They are collecting', 'so to speak.”', "Mary Olsen"),
    ],
    aliases={"Heather Karel": ["Operations Specialist 1st Class Heather Karel"],
             "Elizabeth Iliakis": ["Souda Shelter Project Administrator Elizabeth Iliakis"],
             "Mary Olsen": ["Orange Grove Owner Mary Olsen"]},
),
]
