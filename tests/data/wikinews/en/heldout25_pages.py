# Held-out English news pages (tests/data/heldout25-en.jsonl). Like heldout23_pages.py, these texts are stored
# web pages (the `pages` search corpus) of US federal government news outlets, none of them used in an earlier
# set: DVIDS stories (dvidshub.net), Army News Service and unit stories on army.mil and home.army.mil, a DoD News
# (American Forces Press Service) article on defense.gov, a story of the Army Warrior Transition Command's blog
# (wtc.armylive.dodlive.mil), two stories of Columbus Air Force Base (columbus.af.mil) and one VOA News article
# (voanews.com). All are works of the US federal government and in the public domain (17 U.S.C. § 105); none is
# credited to AP, Reuters, AFP or another third party (third-party photo credits sat only in dropped captions).
# The stored copies are often cut after about 2,000 characters: only complete paragraphs are kept (a cut
# paragraph is dropped and noted in `retrieved`). Site banners, "Maintenance window" and login lines, photo
# captions (often printed twice), bylines, publication lines, DVIDS metadata, video blocks and comment sections
# are dropped; leading and trailing spaces of a stored line are trimmed; wording, inner spacing and quotation
# marks are as stored. Where the stored copy has no headline, the text starts with its dateline paragraph.
# Annotated by reading the pages, before whosaid was run on them (rules H113-H117 in ANNOTATION.md).
PD = "public domain (US government work, 17 U.S.C. § 105)"
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

DOCS = [
dict(
    id="gov-en-dvids-reenlistments-memorial-day-2009",
    source="https://dvidshub.net/news/34045/re-enlistments-mark-memorial-day",
    license=PD, retrieved=PAGES + " (maintenance and login lines, the title printed twice and the photo caption with its credit dropped; the paragraph 'Curran credited the battalion's Soldiers ...', cut in the stored copy, and everything after it dropped)",
    text='''Re-enlistments mark Memorial Day
CAMP TAJI, Iraq — Soldiers from a 56th Stryker Brigade Combat Team unit took time, May 24, to recognize peers who have reenlisted while mobilized. The unit also welcomed newly-promoted sergeants into the non-commissioned officer ranks.
Dual morning ceremonies honored outstanding service and commitment before Soldiers of the 328th Brigade Support Battalion, based out of Lancaster, Pa., launched into an afternoon of Memorial Day weekend fun that included a cookout and softball and basketball games.
Twenty-three recently-promoted sergeants signed the NCO charge and read the Creed of the NCO in front of a battalion formation. Sixty-two Soldiers, who recently re-enlisted, then walked the stage at the front of the pavilion to receive a U.S. flag and a certificate verifying the flag was flown in theatre.
"For everyone who reenlisted since the mobilization, we flew a flag for that Soldier, over the battalion TOC [tactical operations center] and presented it to them," said BSB Command Sgt. Maj. Thomas Buck, of Myerstown, Pa.
Before the recognition of individual Soldiers, Lt. Col. Michael Curran, 328th BSB commander, from Pine Grove, Pa., praised the Soldiers for their work in Iraq.
"'Outstanding'. 'Superb.' 'Magnificent.' These are some of the things others are saying about you," Curran said. "I couldn't be happier. I couldn't be more proud."''',
    quotes=[
        Q('"For everyone who reenlisted', 'presented it to them,"', "Thomas Buck"),
        Q('"\'Outstanding\'.', 'saying about you,"', "Michael Curran"),
        Q('"I couldn\'t be happier.', 'more proud."', "Michael Curran"),
    ],
    aliases={"Thomas Buck": ["Command Sgt. Maj. Thomas Buck"], "Michael Curran": ["Lt. Col. Michael Curran", "Curran"]},
),
dict(
    id="gov-en-dvids-combat-patch-taji-2009",
    source="http://www.dvidshub.net/news/41416/earning",
    license=PD, retrieved=PAGES + " (maintenance and login lines, the title printed twice, the photo caption (which named Capt. Dennis Grinde as from Grand Forks, N.D.), the dateline block and the byline (1st Lt. Joshua Risner, Multi-National Division Baghdad) dropped; the text after the paragraph on Pfc. Larry Doyle is not in the stored copy; the copy's 'Striker' kept)",
    text='''Earning
BAGHDAD — On a gravel-strewn area on Camp Taji, not long after sunrise here, Soldiers of 4th Striker Brigade Combat Team, 2nd Infantry Division, gathered.
Some smoked, some talked, and others shivered in the early morning chill.
As the leaders came down, Soldiers fell into formation to be recognized for the awarding of the shoulder sleeve insignia for former wartime service; simply known as the combat patch.
"In about three hours, it's going to be the anniversary of the 11th hour of the 11th day of the 11th month, when the guns fell silent at World War I," said Capt. Dennis Grinde. "The patch that you guys are wearing was worn in World War I and worn in every combat operation since. That signifies something. That identifies you as someone who belongs in the 2nd Infantry."
As Grinde continued, the Soldiers listened intently while being told of the significance of that day and their own place in history as veterans of the United States Army.
"Now you're a veteran, you're special," said Grand Forks, N.D., native to his Soldiers. "Wherever you decide to go, forever, now you're a veteran of the United States [Army]. That's something to be proud of."
The sentiment reverberated through those present and the words sank in with the weight of a dozen generations of American warriors who had come before them.
One of those new warriors, Pfc. Larry Doyle, an infantryman, received a Purple Heart and Combat Infantryman's Badge in addition to his combat patch today.''',
    quotes=[
        Q('"In about three hours,', 'at World War I,"', "Dennis Grinde"),
        Q('"The patch that you guys', 'in the 2nd Infantry."', "Dennis Grinde"),
        Q('"Now you\'re a veteran, you\'re special,"', None, "Dennis Grinde"),
        Q('"Wherever you decide to go,', 'to be proud of."', "Dennis Grinde"),
    ],
    aliases={"Dennis Grinde": ["Capt. Dennis Grinde", "Grinde"]},
),
dict(
    id="gov-en-dvids-72nd-fa-brigade-competition-2010",
    source="https://www.dvidshub.net/news/48354/brigade-soldiers-compete-top-honors",
    license=PD, retrieved=PAGES + " (maintenance and login lines, the title, the photo title 'Soldiers Shine at Competition', the photo caption, the dateline block and the byline (Ryan Morton, USASA, Fort Dix) dropped; the text after the paragraph on the APFT is not in the stored copy)",
    text='''Brigade Soldiers compete for top honors
The "Hooah" spirit was in the air as enlisted Soldiers from the 72nd Field Artillery Brigade competed for the respective titles of 2010 Soldier and Non-Commissioned Officer of the Year at Army Support Activity-Dix, April 7-9.
The qualifiers competed in events including the Army Physical Fitness Test, weapons qualification, Army Warrior Tasks, and the grueling boardroom where the Soldiers in Class A uniforms answered a multitude of questions asked by a panel of senior NCOs.
Victory was bittersweet for Spc. Sean Hedgepeth, the Soldier winner from Trenton, N.J., and Sgt. 1st Class Bobby Williams, the NCO winner from Water Valley, Miss. The contestants work has just begun as they prepare for the next level of competition--the 1st Army Division East level at Fort Knox, Ky., May 3-6.
"I was excited when I found out I was going to Fort Knox," said Williams, a 1st Training Support Battalion, 307th Regiment Soldier, after receiving the news of his victory.
"I've got to study more for the board. I've got to shoot more with the M-16 or M-4, and M-2 (50-caliber machine gun), and prepare more for the AWT and know them more by the book," he said.
The registration for the event took place April 7 and the first part of the competition was the APFT at 5 a.m., April 8. It encompassed three events; push-ups, sit-ups, and a timed two-mile run. The contestants do as many push-ups and sit-ups as they can in a two-minute period, and run two miles afterward.''',
    quotes=[
        Q('"Hooah"', None, None),
        Q('"I was excited when', 'to Fort Knox,"', "Bobby Williams"),
        Q('"I\'ve got to study more', 'by the book,"', "Bobby Williams"),
    ],
    aliases={"Bobby Williams": ["Sgt. 1st Class Bobby Williams", "Williams"]},
),
dict(
    id="gov-en-dvids-first-army-best-warrior-2012",
    source="https://www.dvidshub.net/news/88744/picking-best-soldiers-compete-represent-first-army",
    license=PD, retrieved=PAGES + " (the stored copy starts with the dateline, without a title line; Dao's paragraph 'If it's something that you just kind of coast along ...', cut in the stored copy, dropped)",
    text='''JOINT BASE LEWIS-MCCHORD, Wash. – It was a war of attrition. That’s how one of the competitors described the three days of competition to become First Army’s 2012 Best Warrior of the Year. The candidates for Best Soldier of the Year and Best Non-commissioned Officer of the Year, assembled and disassembled weapons, marched, fired a variety of weapons, navigated by day and night and other events. Watching during all of this were judges, looking not only for technical proficiency, but motivation to be the best. Surviving the war of attrition didn’t mean standing out, as the one competitor described it, it meant making fewer mistakes than your opponents.
The intensity of the competition held at Joint Base Lewis-McChord from May 15 to 18 was designed to promote the interests of First Army. The 189th Infantry Brigade’s Command Sgt. Maj., Wilbert Engram of Warner Robins, Ga., volunteered to host the event at JBLM. He believed the 189th could put on a challenging competition that would reveal the best warriors for First Army.
“I think that the way we put this together it would definitely you know give First Army a great representative at the [Forces Command] competition,” said Engram.
“It was really rough, I mean, at times,” said Spc. Julie Dao of Lake Forest, Calif., the winner of the Best Soldier of the Year award. “You just got to keep pushing yourself. You always want to give up, but you can’t let everyone down; you’ve got a lot of eyes on you, so you just got to make sure to keep pushing through the pain and at least finish the competition the best you possibly can.”
Dao had not expected to make it to the First Army level. At the lower levels, she had competed against people whom she thought were more qualified to win the honor. Her strategy at this level was to ignore her competitor and focus on doing the best she could and hope it was good enough.''',
    quotes=[
        Q('“I think that the way', 'competition,”', "Wilbert Engram"),
        Q('“It was really rough,', 'at times,”', "Julie Dao"),
        Q('“You just got to keep', 'you possibly can.”', "Julie Dao"),
    ],
    aliases={"Wilbert Engram": ["Engram"], "Julie Dao": ["Spc. Julie Dao", "Dao"]},
),
dict(
    id="gov-en-army-25id-noy-competition-speicher-2009",
    source="https://www.army.mil/article/24524/Brigade_competitions_brings_out_heart_of_deployed_Soldiers/",
    license=PD, retrieved=PAGES + " (the stored copy starts with the dateline, without a title line; Pfc. Stephen Herman's paragraph, cut in the stored copy, dropped; the copy's 'so the Soldiers would for that level' kept)",
    text='''CONTINGENCY OPERATING BASE SPEICHER, TIKRIT, Iraq - Most competitors thrive off of encouragement and cheers from a crowd, but when there isn't a huge crowd to spur a competitor on, that individual has to dig deep and find the determination to press on toward the goal.
Four Soldiers did just this with a minimal crowd as they competed in 3rd Infantry Brigade Combat Team, 25th Infantry Division's four-day Noncommissioned Officer and Soldier of the Year competition, which tested their technical and tactical proficiency in Soldier tasks and drills, July 9-12.
Each Soldier won at battalion-level NCO or Soldier of Quarter competitions, which allowed them to compete for the brigade NCO and Soldier of the Year.
"We decided to put together a brigade level competition so the Soldiers would for that level," said Sgt. Maj. David Armour, the brigade operations sergeant major. "These events take away from the norm of day-to-day operations for Soldiers and allow them to see and participate in other aspects of their deployed experience."
Each day the Soldiers faced different tactical and technical challenges, with a series of grueling physical and mental examinations designed to push the participants to their limits.
"This was a chance not only to improve myself, but also to come out and compete and see how I will stack up against other noncommissioned officers at the battalion, brigade, and hopefully soon, all of northern Iraq," said Sgt. Matthew Girard, team leader, C Co., 2nd Battalion, 35th Infantry Regiment.
The competitors completed an Army Physical Fitness Test which was then immediately followed by a six-mile foot march carrying a 35-lb load. The Soldiers had to ruck their way to the final phase for that day and ended in a shooter's stance, firing their assault rifle for marksmanship qualifications.''',
    quotes=[
        Q('"We decided to put together', 'for that level,"', "David Armour"),
        Q('"These events take away', 'deployed experience."', "David Armour"),
        Q('"This was a chance', 'all of northern Iraq,"', "Matthew Girard"),
    ],
    aliases={"David Armour": ["Sgt. Maj. David Armour"], "Matthew Girard": ["Sgt. Matthew Girard"]},
),
dict(
    id="gov-en-army-defense-media-activity-2008",
    source="http://www.army.mil/article/13454/Defense_Media_Activity_officially_stands_up_with_Pentagon_ceremony/",
    license=PD, retrieved=PAGES + " (the stored copy starts with the image caption 'DMA Logo', printed twice, dropped, and has no title line; the paragraph on Robert T. Hastings, cut in the stored copy, dropped)",
    text='''WASHINGTON, Oct. 20, 2008 - The Defense Media Activity gives public affairs within the Defense Department a new structure to move forward as a consolidated and integrated team, Deputy Defense Secretary Gordon England said during the organization's activation ceremony at the Pentagon today.
"This is where jointness really pays off," England said. "But this is an area where jointness has real dividends, and it's hugely important that we do this."
Born out of the Base Realignment and Closure Commission's 2005 conclusions, the Defense Media Activity will unite DoD internal information programs -- the Army Broadcasting Service, Soldiers Radio and TV, the Soldiers Media Center, the Naval Media Center, the Air Force News Agency, Marine Corps internal information assets and the Army and Air Force Hometown News Service with the American Forces Information Service -- under one roof at Fort Meade, Md., in 2011. Meanwhile, the new activity will operate with its components in place at their current locations.
American Forces Radio and Television Service, American Forces Press Service, the Pentagon Channel, Stars and Stripes and the Joint Combat Camera Center are among the offices that transferred to the new activity.
The activity will work under the direction of the assistant secretary of defense for public affairs.
"[The new structure] helps consolidate organizations to do a better job in terms of the quality [and] timeliness of a product," England said. "Now we have a consolidated organization where we can bring people from all these different functions together in one place, under one organizational structure, and my judgment is that this will be vastly superior to how we have operated in the past."
Army Col. Mike Galloucis, chief of staff for the Defense Media Activity, and Marine Master Gunnery Sgt. Al Moore, the activity's senior enlisted advisor, unfurled the new organization's colors, marking the activity's official activation.''',
    quotes=[
        Q('"This is where jointness really pays off,"', None, "Gordon England"),
        Q('"But this is an area', 'that we do this."', "Gordon England"),
        Q('"[The new structure]', 'timeliness of a product,"', "Gordon England"),
        Q('"Now we have a consolidated', 'operated in the past."', "Gordon England"),
    ],
    aliases={"Gordon England": ["Deputy Defense Secretary Gordon England", "England"]},
),
dict(
    id="gov-en-army-3id-soldier-noy-stewart",
    source="https://home.army.mil/stewart/index.php/about/news/dogface-soldiers-vie-be-best",
    license=PD, retrieved=PAGES + " (the byline (Sgt. 1st Class Jason Hull, 3rd ID Public Affairs), the photo credit and the photo caption before the title dropped; the paragraph 'The week-long competition ...', cut in the stored copy, dropped)",
    text='''Dogface Soldiers vie to be best
The U.S. Army’s 3rd Infantry Division announced today the winners of its Soldier and Noncommissioned Officer of the Year Competition held across Fort Stewart and Hunter Army Airfield, last week. Spc. Gavin Currey, a cavalry scout assigned to 6th Squadron, 8th Cavalry Regiment, 2nd Armored Brigade Combat Team, was named the Soldier of the Year and Sgt. Hunter Davidson, an infantryman assigned to 3rd Battalion 15th Infantry Regiment, 2nd Armored Brigade Combat Team, is the NCO of the Year. Competitors also hailed from the 3rd Division Sustainment Brigade on Fort Stewart, the 3rd Combat Aviation Brigade from Hunter Army Airfield, and the 1st Battalion, 28th Infantry Regiment from Fort Benning.
Thirteen candidates attempted to outperform all other competitors in both physical and mental toughness as well as technical knowledge and tactical proficiency to be selected to represent the division in the successive corps, major command, and ultimately, the Army level competitions.
“Both our Soldier and noncommissioned officer winning the competition helps build a long-term culture of success in our brigade,” said Command Sgt. Maj. Jaime Lopez, the senior enlisted member of the 2nd ABCT. “These individuals set the standard for professionalism and tactical expertise for others to follow.”
Learning that he was the winner was a profound moment for this division’s NCO of the Year.
“This week of competitiveness has been a challenge, day in and day,” said Davidson. “From both the physical and mental aspects of the competition, I have learned more about myself and recognized my own knowledge within.”''',
    quotes=[
        Q('“Both our Soldier', 'in our brigade,”', "Jaime Lopez"),
        Q('“These individuals set the standard', 'for others to follow.”', "Jaime Lopez"),
        Q('“This week of competitiveness', 'day in and day,”', "Hunter Davidson"),
        Q('“From both the physical', 'knowledge within.”', "Hunter Davidson"),
    ],
    aliases={"Jaime Lopez": ["Command Sgt. Maj. Jaime Lopez"], "Hunter Davidson": ["Sgt. Hunter Davidson", "Davidson"]},
),
dict(
    id="gov-en-dod-hagel-yokosuka-troops-2013",
    source="http://www.defense.gov/news/newsarticle.aspx?id=120904",
    license=PD, retrieved=PAGES + " (site header lines, the byline (Karen Parrish, American Forces Press Service), the photo caption with its credit and the 'Click photo' lines dropped; the paragraph 'As the world's battle space shifts ...', cut in the stored copy, and everything after it dropped)",
    text='''Hagel Wraps up Asia-Pacific Trip, Visits Troops
FLEET ACTIVITIES YOKOSUKA, Japan, Oct. 4, 2013 – “Ladies and gentlemen, good morning. I’m very proud of what you’re doing. The president of the United States is proud of what you’re doing. America is proud of what you’re doing.”
Defense Secretary Chuck Hagel opened his last troop talk on his latest overseas trip, which ends today, with those words.
Hagel stood on the deck of the USS Stethem, a ballistic missile defense destroyer, facing some 250 blue-camouflaged sailors arrayed in ranks. The wind whipped and the rain spattered in Tokyo Harbor as Hagel spoke to the troops and they responded with their questions.
“I’m here in Japan for a couple of days, came over from South Korea before that – talk to troops, meetings; I think we’ve made some progress with our bilateral partners and friends,” the secretary told the troops.
Whether it’s on a forward operating base in Afghanistan, a live-fire training range near the Korean peninsula’s demilitarized zone, or on the deck of a ship off Japan, Hagel takes on a rhythm and flow when talking to U.S. forces that makes him seem fully at home.
Today, he shared with the sailors many of the same messages he’s emphasized this week with military, diplomatic and political leaders in South Korea and Japan.''',
    quotes=[
        Q('“Ladies and gentlemen, good morning.', 'proud of what you’re doing.”', "Chuck Hagel"),
        Q('“I’m here in Japan', 'partners and friends,”', "Chuck Hagel"),
    ],
    aliases={"Chuck Hagel": ["Defense Secretary Chuck Hagel", "Hagel", "the secretary"]},
),
dict(
    id="gov-en-dvids-carter-bagram-2016",
    source="https://www.dvidshub.net/news/217173/us-secretary-defense-visits-service-members-bagram-airfield",
    license=PD, retrieved=PAGES + " (the stored copy has no title line; the byline (Ben Santos, U.S. Forces Afghanistan public affairs), the '# # #' end mark and the DVIDS date and story-ID lines dropped; complete story; the copy's straight closing mark after 'holidays,' kept)",
    text='''BAGRAM Airfield, Afghanistan, Dec. 9, 2016 – The United States Secretary of Defense made a stop here to recognize and thank service members for their service.
The Hon. Ashton B. Carter, the 25th secretary of defense, recognized a handful of service members in the morning before continuing to Kabul for other meetings.
One of those meeting the Secretary in the morning was GySgt. Robert L. Gallup, Jr., United States Marine Corps.
“It was an honor to meet the Secretary of Defense. I appreciate his support of the Marines currently conducting operations in the Bagram AOR and I'm glad that he would take the time to visit us for the holidays," said Gallup, a 15-year veteran.
Carter returned to Bagram Airfield in the afternoon where he stated he had two main reasons for visiting Afghanistan. First was to thank the Resolute Support Commander, NATO, and Afghan partners for ensuring a bright future for the Afghan people and protecting Americans from attacks from originating here. Second, was to “thank the wonderful men and women who performed so well here in Afghanistan.”
He then met with service members in a hangar on the flight line and visited Craig Joint Theater Hospital to thank those who provide critical medical care to U.S. and Coalition partners deployed to Afghanistan.
Carter stopped at the location where the suicide bomber killed five service members and wounded 15 others. He knelt down and placed a SECDEF challenge coin on the spot where Sgt. First Class Allen E. Brown had fallen. Brown died Tuesday at Walter Reed National Medical Center from wounds sustained in the attack.
The secretary of defense ended his trip at the “Corral” to say one final goodbye to the service members deployed to Afghanistan where he was inducted into the Order of the Combat Spur for his leadership and support to service members.''',
    quotes=[
        Q('“It was an honor to meet', 'for the holidays,"', "Robert L. Gallup"),
        Q('“thank the wonderful men', 'here in Afghanistan.”', "Ashton B. Carter"),
        Q('“Corral”', None, None),
    ],
    aliases={"Robert L. Gallup": ["GySgt. Robert L. Gallup", "Gallup"], "Ashton B. Carter": ["Carter"]},
),
dict(
    id="gov-en-army-murphy-bagram-2016",
    source="https://www.army.mil/article/162066/Acting_Army_secretary_visits_Bagram_Airfield/?from=RSS",
    license=PD, retrieved=PAGES + " (the stored copy starts with the dateline, without a title line; the paragraph on Command Sgt. Maj. Rob McConnell, cut in the stored copy, dropped)",
    text='''BAGRAM AIR FIELD, Afghanistan (Feb. 9, 2016) -- Ascertaining the needs of deployed Soldiers was a paramount concern for the acting Army secretary when he visited Bagram Airfield, Feb. 4-6.
Patrick J. Murphy, who was sworn in as the 32nd undersecretary of the Army and chief management officer by President Barack Obama Jan. 4, visited Afghanistan to familiarize himself with missions and capabilities across the area of operations and spend time with Soldiers. Murphy is serving as the acting Army secretary while Eric Fanning undergoes Senate confirmation hearings to become the next Army secretary.
During his visit, Murphy, a third generation veteran, received operational briefings on the entirety of the current U.S. Forces Afghanistan mission. He held a town hall meeting and several troop engagements to hear and address the concerns and needs of Soldiers while also participating in an early morning physical training session with Soldiers of the Theater Response Force, or TRF, assigned to 2nd Battalion, 14th Infantry Regiment, which is deployed to Bagram from Fort Drum, New York.
"We're in the longest war in American history and thanks so much for your service," he told the Soldiers. "We're so grateful for you doing all that you're doing to keep Families safe at home."
Lt. Col. Michael Kovacevic, who commands Task Force Dragon, 2nd Battalion, 14th Infantry Regiment, said it was a special honor having the acting Army secretary visit the unit, especially during the early morning hours to participate in physical training.
"Every unit in the Army has its own unique story and mission and the acting secretary was able to see what a diverse role that the Soldiers of the Golden Dragons provide Resolute Support mission each day as the TRF," he said. "His visit was a special moment for the Soldiers that they'll remember long after this deployment. It lets them know how much their service to our nation means and is appreciated."''',
    quotes=[
        Q('"We\'re in the longest war', 'for your service,"', "Patrick J. Murphy"),
        Q('"We\'re so grateful', 'safe at home."', "Patrick J. Murphy"),
        Q('"Every unit in the Army', 'as the TRF,"', "Michael Kovacevic"),
        Q('"His visit was a special moment', 'and is appreciated."', "Michael Kovacevic"),
    ],
    aliases={"Patrick J. Murphy": ["Murphy"], "Michael Kovacevic": ["Lt. Col. Michael Kovacevic"]},
),
dict(
    id="gov-en-dvids-columbus-afb-70th-ball-2017",
    source="https://www.dvidshub.net/news/251619/columbus-afb-holds-af-70th-anniversary-ball",
    license=PD, retrieved=PAGES + " (the stored copy starts with the first paragraph, without a title line; the paragraph on Col. Douglas Gosney's remarks, cut in the stored copy, dropped)",
    text='''More than 400 Columbus Air Force Base members and community partners gathered at the Trotter Convention Center in Columbus, Mississippi, Sept. 15 to celebrate the Air Force’s 70th birthday.
Maj. Gen. Mark Brown, Air Education and Training Command Deputy Commander and former 14th Mission Support Group Commander, was the guest speaker for the ball.
As he began, Brown gave a special welcome to the civic leaders and those in the audience who have contributed to the nation, the Air Force and Columbus AFB. He called for a round of applause for the Columbus AFB supporting community for “75 solid years of support unlike any other in the United States Air Force.”
Brown then thanked those who worked to make this year’s ball happen, and talked about remembering being at Columbus AFB for the 60th/65th anniversary event.
As Brown continued, he talked about different definitions of the word “Airman,” and said there are things in common with the definitions that he picked up on over his three decades of service.
“Airmen are some unsettled folks; they always want to figure out how to do it better, how to do it faster, how to do it with greater effects,” he said.
He focused on the story of the creation of the Air Force Song in 1937 as an example, even before the Air Force was a separate service. Brown shared with the audience how Columbus AFB Airmen today still live true to the words.
In closing, Brown reflected on the last line of the song’s first verse.
“He ends it by saying nothing can stop the U.S. Air Force, and I will tell you that nothing CAN stop the U.S. Air Force,” Brown said. “Nothing can stop the U.S. Air Force in the last 70 years, and nothing will stop the U.S. Air Force in the next 70 years. It’s not likely to change because airpower is written with your story. You are the airpower.”''',
    quotes=[
        Q('“75 solid years', 'United States Air Force.”', "Mark Brown"),
        Q('“Airman,”', None, None),
        Q('“Airmen are some unsettled folks;', 'greater effects,”', "Mark Brown"),
        Q('“He ends it by saying', 'stop the U.S. Air Force,”', "Mark Brown"),
        Q('“Nothing can stop the U.S. Air Force in the last', 'You are the airpower.”', "Mark Brown"),
    ],
    aliases={"Mark Brown": ["Maj. Gen. Mark Brown", "Brown"]},
),
dict(
    id="gov-en-af-columbus-change-of-command-2018",
    source="https://www.columbus.af.mil/News/Article-Display/Article/1580272/whats-a-change-of-command",
    license=PD, retrieved=PAGES + " (the 'Published' line and the byline (Airman 1st Class Keith Holcomb, 14th Flying Training Wing Public Affairs) dropped; the paragraph 'Most change of command ceremonies here are ...', cut in the stored copy, dropped; the copy's straight closing mark after 'change of command.' kept)",
    text='''What’s a change of command?
Every change of command on Columbus Air Force Base, Mississippi, begins with these words: “From ancient times, armies throughout the world have conducted ceremonies to commemorate victory over the enemy, to honor comrades in arms, and celebrate special occasions, such as the change of command."
On June 1, 1972, the 14th Flying Training Wing activated at Columbus AFB with a mission to train military pilots. Since then, Columbus AFB has held over 25 wing change of command ceremonies and numerous ceremonies at the group and squadron levels.
According to Dr. Doris Crusoe, 14th FTW historian Columbus AFB has held approximately 45 base or wing commander change of command ceremonies since 1945. The first change of command took place on April 5, 1945, when Col. Louie Mallory, transferred his base authority and responsibilities to Lt. Col. Wilmer Hardesty.
The 14th FTW hosts more change of command in the summer due to ‘change of command season’. The Air Force has a Permanent Change of Station cycle causing summers to have more of these ceremonies in comparison to the winter.
The formal change of command ceremony afforded troops the opportunity to witness the proceedings and actually see their new commander.
At the recent 14th Operations Group Change of Command, 1st Lt. Taylor Skrobot, 50th Flying Training Squadron chief of training, stood in the ceremony’s formation to render the final salute to the old commander and first salute to the new commander.
“It’s great to be there and hear [in this case] the new commander’s extensive experience in pilot training and the T-6 specifically,” Skrobot said. “It was also cool to see the unity of Team BLAZE under the change of command; it gave a perspective on the size of our moving parts that makes the pilot training mission possible.”''',
    quotes=[
        Q('“From ancient times,', 'the change of command."', None),
        Q('‘change of command season’', None, None),
        Q('“It’s great to be there', 'T-6 specifically,”', "Taylor Skrobot"),
        Q('“It was also cool', 'mission possible.”', "Taylor Skrobot"),
    ],
    aliases={"Taylor Skrobot": ["1st Lt. Taylor Skrobot", "Skrobot"]},
),
dict(
    id="gov-en-af-columbus-71st-birthday-2018",
    source="https://www.columbus.af.mil/News/Article-Display/Article/1647658/columbus-afb-local-community-celebrate-air-forces-71st-birthday/",
    license=PD, retrieved=PAGES + " (the 'Published' line and the byline (1st Lt. Kara Crennan, 14th Flying Training Wing Public Affairs) dropped; the paragraph on retired Maj. Gen. Jack Catton Jr.'s speech, cut in the stored copy inside his quotation, dropped)",
    text='''Columbus AFB, local community celebrate Air Force’s 71st birthday
More than 400 people attended the Columbus Air Force Base Air Force birthday ball Sept. 22, at the Trotter Convention Center in Columbus, Mississippi.
Not only was it the 71st birthday of the Air Force, but also the 20th anniversary of the BLAZE logo, and the 77th year of partnership between the base and Columbus community, hence the theme “Partners in Progress.”
“One of our committee members, who is from Columbus, thought it would be a great idea to honor the community after realizing it was the 77th year that the Air force has been here,” said Capt. Sean Zarsky, president of the Air Force birthday ball planning committee. “We wanted to celebrate the community, they have played a big role in us being here. Columbus Air Force Base would not be here without their support.”
Part of the opening ceremony included a prisoner of war and missing in action remembrance ceremony with the audience honoring those who gave the ultimate sacrifice in defense of their country.
Columbus was honored to have multiple POW’s from the local community who took part in the ceremony including retired Col. Smitty Harris, Vietnam War POW for seven years, Gene Smith, Vietnam War POW for five years. Jo Shumake and Rufus Ward Jr. were also in attendance as their fathers were honored as POW’s from World War II.
After the POW/MIA ceremony, the audience sat to enjoy dinner and a video which highlighted the continued partnership between the community and Columbus AFB going all the way back to 1941.''',
    quotes=[
        Q('“Partners in Progress.”', None, None),
        Q('“One of our committee members,', 'has been here,”', "Sean Zarsky"),
        Q('“We wanted to celebrate', 'without their support.”', "Sean Zarsky"),
    ],
    aliases={"Sean Zarsky": ["Capt. Sean Zarsky"]},
),
dict(
    id="gov-en-army-wtc-percefull-white-house",
    source="http://wtc.armylive.dodlive.mil/tag/soldier-story/",
    license=PD, retrieved=PAGES + " (a tag page of the Army Warrior Transition Command's blog; only its first post is kept, as one document; the byline (Emily D. Anderson, WTC Stratcom) and the photo caption, printed twice, dropped; the paragraph 'No one's going to tak...', cut in the stored copy, and everything after it dropped)",
    text='''Lasting Memories: WTU Recovery Opens Doors to New Business, New Baby, and Presidential Meeting
Staff Sgt. Patrick Percefull will never forget his three deployments, saving the lives of numerous children by wrestling a buffalo and the upcoming birth of his son, but he recently added touring the White House and meeting the President to his memory bank.
“I was among 11 other military members selected for a tour and to meet the President during the Independence Day celebration,” said Staff Sgt. Patrick Percefull who is assigned to the Warrior Transition Unit (WTU), Fort Bragg, N.C. “We were taken into the White House and given a nice tour ending with a meeting with the President and First Lady.”
“This was a perfect American moment, and I’m honored that I was selected to attend,” he added. “It is such a significant event that I’ll hold with me forever.”
After 11 years of service, Percefull, who was shot in the shoulder and neck when his squad walked into an ambush in Afghanistan, credits his time at the Fort Bragg WTU as a wonderful experience, but decided to transition out of the military and focus on his efforts as an entrepreneur.
“I heard all of these stories, but every step of this process has been pretty smooth,” he added. “When I leave the military, I’ll be able to help my wife with the consignment store she bought with my deployment check, especially once the baby arrives.”
He understands the process is not the same for everyone, but offers some words of advice to other WTU Soldiers.''',
    quotes=[
        Q('“I was among 11 other', 'Independence Day celebration,”', "Patrick Percefull"),
        Q('“We were taken into', 'President and First Lady.”', "Patrick Percefull"),
        Q('“This was a perfect American moment,', 'selected to attend,”', "Patrick Percefull"),
        Q('“It is such a significant event', 'with me forever.”', "Patrick Percefull"),
        Q('“I heard all of these stories,', 'pretty smooth,”', "Patrick Percefull"),
        Q('“When I leave the military,', 'the baby arrives.”', "Patrick Percefull"),
    ],
    aliases={"Patrick Percefull": ["Staff Sgt. Patrick Percefull", "Percefull"]},
),
dict(
    id="voa-en-iowa-last-minute-bids-2016",
    source="http://www.voanews.com/content/us-presidential-candidates-last-minute-bids-to-voters/3169422.html",
    license=VOA, retrieved=PAGES + " (section label 'News / USA', the photo caption, printed twice, and the video block 'Presidential Candidates Make Their Case in Iowa' with its teaser dropped; the photo caption after Trump's quotations, cut in the stored copy, and everything after it dropped)",
    text='''US Presidential Candidates Make Last-Minute Bids to Voters
Democratic and Republican presidential hopefuls crisscrossed Iowa on Saturday, making last-minute appeals to voters and tightening their attacks on rivals ahead of the state's crucial, first-in-the-nation nominating contest.
With just two days to go before the Iowa caucuses, both the Democratic and Republican races appeared to be tightening. Almost every major candidate in both parties held campaign rallies and gave speeches across this rural Midwestern state.
The notable exception for a time was GOP front-runner Donald Trump. The billionaire businessman instead looked past Iowa, opting to campaign in New Hampshire, which holds the nation's next nominating event February 9.
Trump defends debate decision
Speaking at a rally Friday in Nashua, the brash reality television star defended his decision to withdraw from Thursday's Republican presidential debate in Des Moines following a dispute with debate host Fox News.
"I did something that was very risky and I think it turned out good because I'm on the front page of every paper," Trump said. "I'm getting more publicity than if I [did participate], you know?"
"When you're not treated properly, you have to stick up for your rights. And if I'm your leader, we're going to stick up for the rights of the country," Trump said.''',
    quotes=[
        Q('"I did something that was very risky', 'of every paper,"', "Donald Trump"),
        Q('"I\'m getting more publicity', 'you know?"', "Donald Trump"),
        Q('"When you\'re not treated properly,', 'rights of the country,"', "Donald Trump"),
    ],
    aliases={"Donald Trump": ["Trump"]},
),
]
