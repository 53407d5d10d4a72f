# Held-out English news texts (tests/data/heldout364-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal public-domain press texts (17 U.S.C. § 105): five American Forces Press
# Service news articles of the Defense Department (three on defense.gov, one on archive.defense.gov, one on
# militarypartners.com and one on the blog terrorism-online.blogspot.com, the last two verbatim copies on non-government
# sites) on Deputy Defense Secretary Ash Carter (Thanksgiving in Afghanistan, 2013; USS Dwight D. Eisenhower, 2012),
# Defense Secretary Robert M. Gates (Daughters of the American Revolution, July 2008) and Adm. Mike Mullen (Joint Base
# Charleston and Fort Bragg, June 2010; Regional Command East, Afghanistan, Dec. 2009), and a press release of the US
# Attorney's Office for the District of Minnesota on justice.gov (Excellence in the Pursuit of Justice awards). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, bylines, photo captions and
# their 'Click photo' lines, blog date lines and the empty lines between paragraphs are dropped; headlines are kept as
# the first line; wording and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H1920-H1923 in ANNOTATION.md on top of H1-H1919).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout364-en.jsonl

Built by `build.py` from `heldout364_pages.py`. Like heldout80-en, heldout179-en, heldout333-en and the other sets of
US federal press texts above, these texts are stored web pages (the `pages` search corpus) of US government works in
the public domain (17 U.S.C. § 105), none of them used in a set above, this time Defense Department news articles of
the American Forces Press Service and a US Attorney's Office release: defense.gov news article 121257 (Deputy Defense
Secretary Ash Carter in Afghanistan on Thanksgiving, Nov. 30, 2013), archive.defense.gov news article 118276 (Carter
aboard USS Dwight D. Eisenhower, Oct. 19, 2012), defense.gov news articles 59475 and 59447 (Adm. Mike Mullen at Joint
Base Charleston and at Fort Bragg, June 2010), two verbatim copies of American Forces Press Service articles on
non-government sites (Robert M. Gates at the Daughters of the American Revolution's Continental Congress, July 2008, on
militarypartners.com; Mullen touring bases and outposts in Afghanistan's Regional Command East, Dec. 15, 2009, on the
blog terrorism-online.blogspot.com, which reposts Defense Department stories; another page of that blog is in
heldout56-en) and the District of Minnesota US Attorney's Office release on its inaugural Excellence in the Pursuit of
Justice awards (justice.gov/usao-mn, Erica H. MacDonald). None is credited to AP, Reuters, AFP or another third party.
The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is
dropped (what was dropped is noted per page). Site lines ('United States Department of Defense', 'DoD News', 'Bookmark
and Share', 'News Article', the archive notice, 'Skip to main content', 'Press Release', 'For Immediate Release'),
bylines, photo captions with their 'Click photo for screen-resolution image' lines, the blog's date line and the empty
lines between paragraphs were dropped; wording and quotation marks (curly or straight as stored) are as stored. Pages
read but left out: the defenselink.mil 'Travels with Gates' page of May 2007 (already in heldout50-en), the Justice
Department release on seventeen interim US Attorneys (already in heldout79-en), the its.network copy of the broiler
chicken indictment release (already in heldout328-en), DHS blog pages quoting newspapers and agency copy (Dallas
Morning News, New York Times, Washington Post, Associated Press; not the public-domain originals), and pages whose
stored copies keep only one complete quotation (the FBI news blog page of April 2016, the CJIS memorial item on
security.mil-osi.com, the Attorney General's opioid announcement on criminal-justice-online.blogspot.com, the DHS home
page of October 2008 in the End of Term archive). None of the pages used is in any set above (checked by URL and
article number (121257, 118276, 59475, 59447), by title and by the names of their speakers and phrases, such as Ash
Carter Visits Troops in Afghanistan, Her heart’s in it, Carter’s wife Stephanie, Carter Delivers Message to Troops,
Gates Speaks of Troops, militarypartners, Best Military, Mullen Thanks Fort Bragg, Mullen Tours Bases, wholesale change,
Task Force Lafayette, Erica MacDonald, Excellence in the Pursuit of Justice and quintessential public servant, with grep
over tests/data of the main tree and of every other helper's worktree: no hit; Mike Mullen is quoted in other stories
of heldout68-en, and another Mullen (William F. Mullen III) in heldout112-en). The annotation (rules H1920–H1923 in
`ANNOTATION.md` on top of H1–H1919) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="defense-2013-11-30-ash-carter-afghanistan-thanksgiving",
    source="http://www.defense.gov/news/newsarticle.aspx?id=121257",
    license=PD, retrieved=PAGES + " (American Forces Press Service news article of Nov. 30, 2013 on defense.gov; the site lines 'United States Department of Defense United States Department of Defense', 'DoD News', 'Bookmark and Share' and 'News Article', the byline 'By Cheryl Pellerin' / 'American Forces Press Service', the photo caption 'Deputy Defense Secretary Ash Carter serves soldiers from the 4th Brigade, 10th Mountain Division, Thanksgiving lunch ...' with its 'Click photo' lines and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'The deputy secretary began his Afghanista', cut in the stored copy, dropped; the partial quotation inside reported speech (H1920))",
    text='''Ash Carter Visits Troops in Afghanistan on Thanksgiving
ABOARD A MILITARY AIRCRAFT, Nov. 30, 2013 – Deputy Defense Secretary Ash Carter spent Thanksgiving and the next day -- some of his last days in office -- in Afghanistan, shuttling between forward operating bases in Blackhawk helicopters, looking troops in the eye, shaking their hands and thanking them for their sacrifice and service.
Carter’s wife Stephanie was beside him, on her first visit to the war zone. For years they’d spent weekends visiting wounded warriors together at the hospital now called the Walter Reed National Military Medical Center in Bethesda, Md, he said.
“Her heart’s in it the same way mine is, but she’s only had the opportunity to see wounded troops after they’ve arrived back in the states, so it was good for her to see what these magnificent men and women look like when they’re actually doing their jobs,” the deputy secretary said.
Stephanie hears from him about Afghanistan “all the time,” he said, “for all these years, and it was wonderful for me to see in her eyes all the things I’ve been telling her.”
Carter announced Nov. 22 that on Dec. 4 he would return to private life, after nearly five years serving President Barack Obama and defense secretaries Chuck Hagel, Leon Panetta and Robert Gates -- first as undersecretary for acquisition, technology and logistics and for two years in his current position.''',
    quotes=[
        Q('“Her heart’s in it', 'doing their jobs,”', "Ash Carter"),
        Q('“all the time,”', None, "Ash Carter"),
        Q('“for all these years', 'been telling her.”', "Ash Carter"),
    ],
    aliases={"Ash Carter": ["Ash Carter", "Carter", "Deputy Defense Secretary Ash Carter", "the deputy secretary"]},
),
dict(
    id="defense-2012-10-19-carter-message-to-troops-uss-eisenhower",
    source="https://archive.defense.gov/news/newsarticle.aspx?id=118276",
    license=PD, retrieved=PAGES + " (American Forces Press Service news article of Oct. 19, 2012 on archive.defense.gov; the archive notice ('You have reached a collection of archived material. ...', 'For persons with disabilities ...'), the site lines 'United States Department of Defense United States Department of Defense', 'DoD News', 'Bookmark and Share' and 'News Article', the byline 'By Army Sgt. 1st Class Tyrone C. Marshall Jr.' / 'American Forces Press Service', the photo caption 'U.S. Deputy Defense Secretary Ashton B. Carter dines with sailors ...' with its 'Click photo' lines and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'Carter thanked the sailors for the “remarkable', cut in the stored copy, dropped; the straight apostrophe in 'Department's' and the nested straight marks of 'Thank You' as stored (H1922))",
    text='''Carter Delivers Message to Troops Aboard USS Eisenhower
ABOARD USS DWIGHT D. EISENHOWER, Oct. 19, 2012 – Deputy Defense Secretary Ashton B. Carter today joined approximately 5,000 military members aboard the USS Dwight D. Eisenhower to express the Defense Department's gratitude for their service, sacrifice and resiliency.
The USS Eisenhower provides a wide range of capabilities ranging from maritime security operations and expeditionary power projection to crisis response, counter-terrorism, information operations and counter-proliferation, according to the vessel’s webpage.
“I came here [today] to say 'Thank You' to each and every one of you,” Carter said. “Sometime in the next 24 hours, each and every one of you should call to whomever’s closest to you and tell them that today, from the leadership of your Defense Department to you, came a special word of thanks.”''',
    quotes=[
        Q('“I came here [today]', 'every one of you,”', "Ashton B. Carter"),
        Q('“Sometime in the next 24 hours', 'word of thanks.”', "Ashton B. Carter"),
    ],
    aliases={"Ashton B. Carter": ["Ashton B. Carter", "Carter", "Deputy Defense Secretary Ashton B. Carter"]},
),
dict(
    id="afps-2008-07-gates-speaks-of-troops-courage-dar",
    source="http://www.militarypartners.com/Links/News/MilitaryNews_DoD_Gates.asp",
    license=PDC, retrieved=PAGES + " (American Forces Press Service article of July 2008 by Jim Garamone, reposted verbatim on militarypartners.com; the byline 'By Jim Garamone' / 'American Forces Press Service', the photo caption 'Secretary of Defense Robert M. Gates speaks during the Daughters of the American Revolution National Defense Night ...' with its 'Click photo' lines and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'American troops serve not only as warriors, but as diplomats and development officers as well, the secretary said. “In', cut in the stored copy, dropped; Gates's two unclosed paragraphs as stored (H1921))",
    text='''Gates Speaks of Troops’ Courage, Dedication, Patriotism
WASHINGTON, July 2008 – Defense Secretary Robert M. Gates delivered a tribute to servicemembers’ courage, dedication, adaptability and patriotism to the Daughters of the American Revolution’s Continental Congress.
“Whenever I meet with troops, I am impressed by their resilience, their good humor, their courage, and their determination in the face of personal sacrifice,” Gates said to the more than 3,000 members of the group in Constitution Hall, here. Gates was the featured speaker at the organization’s national security night.
It is important to remember that, when Americans talk about national security, it is the men and women in uniform who make the discussion possible, Gates said. Servicemembers carry out the policies of the United States, and they “shoulder the burdens of this complex and dangerous world,” he said.
The war on terror is the longest war the United States has fought with an all-volunteer force since the American Revolution. “Frankly, our military, our government and our country were not prepared for such a long and grueling conflict,” he said. “Despite this, our troops have persevered and overcome incredible obstacles.
“Often, they live in Spartan quarters, work in combat theaters and face the uncertainties of non-traditional war in an era when any mistake -- even the perception of a mistake -- can be transmitted around the globe in seconds.''',
    quotes=[
        Q('“Whenever I meet with troops', 'personal sacrifice,”', "Robert M. Gates"),
        Q('“shoulder the burdens', 'dangerous world,”', "Robert M. Gates"),
        Q('“Frankly, our military', 'grueling conflict,”', "Robert M. Gates"),
        Q('“Despite this, our troops', 'incredible obstacles.', "Robert M. Gates"),
        Q('“Often, they live', 'globe in seconds.', "Robert M. Gates"),
    ],
    aliases={"Robert M. Gates": ["Robert M. Gates", "Gates", "Defense Secretary Robert M. Gates"]},
),
dict(
    id="defense-2010-06-04-mullen-troops-best-military-charleston",
    source="http://www.defense.gov/news/newsarticle.aspx?id=59475",
    license=PD, retrieved=PAGES + " (American Forces Press Service news article of June 4, 2010 on defense.gov; the site lines 'United States Department of Defense United States Department of Defense', 'DoD News', 'Bookmark and Share' and 'News Article', the byline 'By Army Sgt. 1st Class Michael J. Carden' / 'American Forces Press Service' and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph '“If you listen to the specifics of those awards, … there’s an awful lot in those three awards that captures both our requirements and our mission,” Mul', cut in the stored copy, dropped with its quotation; the headline's single curly marks as stored (H1922))",
    text='''Mullen: U.S. Troops Constitute the ‘Best Military’ Ever
JOINT BASE CHARLESTON, S.C., June 4, 2010 – Chairman of the Joint Chiefs of Staff Navy Adm. Mike Mullen yesterday saluted the exemplary actions of airmen and other U.S. military members serving worldwide during a visit with troops and families here.
From training Afghan army and police, protecting coalition forces and Afghan civilians and engaging enemy fighters, the mission in Afghanistan couldn’t be accomplished without the exceptional service of airmen, Mullen said here yesterday during an award ceremony and town hall meeting, where he presented three airmen with Bronze Star Medals.
“We are exceptional as a military because of what you do, you and so many others,” the admiral said. “The three of you represent thousands and thousands and thousands of our military who are serving forward now, members of the best military we’ve ever had.”
Maj. William Skinner, Master Sgt. Sean P. Houlihan and Staff Sgt. Christopher M. Ferrell received the service awards.
Skinner spent seven months leading joint-embedded training teams in support of Afghan security forces operations. Houlihan is a public affairs airman whose expertise ensured that local, national and international communities were accurately informed of progress being made in Afghanistan. Houlihan’s work also included initiatives to gain local support of the Afghan government and discrediting extremist propaganda.
Ferrell is a bomb disposal technician who in Afghanistan led a team that dismantled and cleared 6,000 miles of roadways of more than 200 ordnances and bombs emplaced by insurgents.''',
    quotes=[
        Q('‘Best Military’', None, "Mike Mullen"),
        Q('“We are exceptional', 'so many others,”', "Mike Mullen"),
        Q('“The three of you', 'we’ve ever had.”', "Mike Mullen"),
    ],
    aliases={"Mike Mullen": ["Mike Mullen", "Mullen", "Navy Adm. Mike Mullen", "Chairman of the Joint Chiefs of Staff Navy Adm. Mike Mullen", "the admiral"]},
),
dict(
    id="defense-2010-06-03-mullen-thanks-fort-bragg-troops",
    source="http://www.defense.gov/News/NewsArticle.aspx?ID=59447",
    license=PD, retrieved=PAGES + " (American Forces Press Service news article of June 3, 2010 on defense.gov; the site lines 'United States Department of Defense United States Department of Defense', 'DoD News', 'Bookmark and Share' and 'News Article', the byline 'By Army Sgt. 1st Class Michael J. Carden' / 'American Forces Press Service' and the empty lines between paragraphs dropped; the headline kept as the first line; the link label 'Video' glued to the first paragraph ('missions.Video') kept as stored; the paragraph 'Special Forces soldiers serve in more than 60 countries around the globe, ... advancing their govern', cut in the stored copy, dropped; the bracketed insertions '[and]' inside the quotations as stored (H1922))",
    text='''Mullen Thanks Fort Bragg Troops, Families for Service
FORT BRAGG, N.C., June 3, 2010 – Chairman of the Joint Chiefs of Staff Navy Adm. Mike Mullen visited with soldiers and families here yesterday, praising their efforts and continued support over the past decade despite frequent deployments and strenuous combat missions.Video
“Thanks to you [and] thanks to your families,” Mullen said during the day’s first town hall with Special Forces soldiers. “We’ve asked you to do extraordinary things during extraordinary times in our history. Thanks for the sustained level of excellence, which, quite frankly, has just gotten better and better over time.”
Mullen and his wife Deborah met with Special Forces soldiers and spouses of fallen troops during a town hall and lunch held at the U.S. Army John F. Kennedy Special Warfare Center and School here. He also held a town hall with 18th Airborne Corps soldiers at the Soldier Support Center building and visited troops recovering at Womack Army Medical Center.
“If you would’ve told me back in 2001 here’s what I’m going to do for the next 10 years at this rate, pace, this amount of time deployed, this amount of time not at home, and that we’d be in the good shape we’re in right now -- that’s a hill I would’ve had a real challenge climbing,” Mullen said. “But it speaks to you, it speaks to quality, it speaks to dedication, [and] it speaks to a generation that’s making a huge difference.”''',
    quotes=[
        Q('“Thanks to you [and]', 'to your families,”', "Mike Mullen"),
        Q('“We’ve asked you', 'better over time.”', "Mike Mullen"),
        Q('“If you would’ve told me', 'challenge climbing,”', "Mike Mullen"),
        Q('“But it speaks to you', 'huge difference.”', "Mike Mullen"),
    ],
    aliases={"Mike Mullen": ["Mike Mullen", "Mullen", "Navy Adm. Mike Mullen", "Chairman of the Joint Chiefs of Staff Navy Adm. Mike Mullen"]},
),
dict(
    id="afps-2009-12-15-mullen-tours-bases-outposts-afghanistan",
    source="http://terrorism-online.blogspot.com/2009/12/mullen-tours-bases-outposts-in.html",
    license=PDC, retrieved=PAGES + " (American Forces Press Service article of Dec. 15, 2009 by Jim Garamone, reposted verbatim on the blog terrorism-online.blogspot.com (another page of the blog is in heldout56-en); the blog's date line 'Tuesday, December 15, 2009', the byline 'By Jim Garamone' / 'American Forces Press Service' and the empty lines between paragraphs dropped; the headline kept as the first line; the dateline 'Dec. 15, 2009 -' kept at the head of the first paragraph as stored; the paragraph 'Mullen presented awards to some of the soldiers at the ou', cut in the stored copy, dropped; 'U.S, NATO' and '1st lt.' as stored; straight marks as stored (H1920))",
    text='''Mullen Tours Bases, Outposts in Afghanistan
Dec. 15, 2009 - The chairman of the Joint Chiefs of Staff met with U.S, NATO and Afghan forces based throughout Afghanistan's Regional Command East today. Navy Adm. Mike Mullen's first stop was with U.S. and French forces at Task Force Lafayette, outside Kabul. The chairman spoke with French soldiers and their U.S. liaisons during the visit. He thanked the French forces for their contributions to the Afghan people and the coalition.
The visit highlighted the coalition nature of the effort in Regional Command East. In addition to the French forces, Polish forces are in charge of battle space, and the Czech Republic, Turkey and New Zealand manage provincial reconstruction teams. In addition, servicemembers and civilians from Egypt, Jordan and the United Arab Emirates work with the command, and South Korea runs a hospital in the region.
The admiral then moved to the village of Mata Kahn, where American soldiers work closely with Afghan police. The village is small and is built along the highway. The Americans and Afghans live, work and fight together as they attempt to bring security to the village.
Army 1st lt. John Billings of the 1st Battalion, 501st Airborne Infantry, escorted the admiral. Billings told Mullen that there has been a "wholesale change" in the way the Afghan people regard the American-and-Afghan unit. "We get out among them every day," Billings said to the admiral.
District subgovernor Qadir Gule Zabran pointed to the children who materialized to see the admiral and said the town needs a school. Village elder Shir Kham agreed, and added that a mosque also would be welcome.
Zabran told Mullen that he is a great friend of America, "and I hope America stays here forever."
Mullen shook his head. "We're not going to stay forever," he said. "But we will stay friends forever."''',
    quotes=[
        Q('"wholesale change"', None, "John Billings"),
        Q('"We get out among them', 'every day,"', "John Billings"),
        Q('"and I hope America', 'here forever."', "Qadir Gule Zabran"),
        Q('"We\'re not going to stay', 'stay forever,"', "Mike Mullen"),
        Q('"But we will stay', 'friends forever."', "Mike Mullen"),
    ],
    aliases={"Mike Mullen": ["Mike Mullen", "Mullen", "Navy Adm. Mike Mullen", "The chairman of the Joint Chiefs of Staff", "the admiral"],
             "John Billings": ["John Billings", "Billings", "Army 1st lt. John Billings"],
             "Qadir Gule Zabran": ["Qadir Gule Zabran", "Zabran", "District subgovernor Qadir Gule Zabran"]},
),
dict(
    id="usao-mn-excellence-in-pursuit-of-justice-awards",
    source="https://www.justice.gov/usao-mn/pr/us-attorney-s-office-honors-law-enforcement-officials-and-community-leaders-inaugural",
    license=PD, retrieved=PAGES + " (US Attorney's Office, District of Minnesota, press release on justice.gov, undated in the stored copy (Erica H. MacDonald was US Attorney 2018-2021); the lines 'Skip to main content', 'Press Release', 'For Immediate Release' and 'U.S. Attorney's Office, District of Minnesota' and the empty lines between paragraphs dropped; the headline kept as the first line; the lead-in line 'The honorees at today’s ceremony are members of the following agencies and organizations:' and its list of agencies, cut in the stored copy after 'Bureau of Alcohol, Tobacco, Fire', dropped; the en dashes as stored (H1923))",
    text='''U.S. Attorney’s Office Honors Law Enforcement Officials And Community Leaders In Inaugural Award Ceremony For Excellence In The Pursuit Of Justice
United States Attorney Erica H. MacDonald will be presenting awards today to law enforcement officials and community leaders at the inaugural United States Attorney’s Office Excellence in the Pursuit of Justice Awards Ceremony. Thirty-six individuals will be honored for their outstanding work and selfless contributions to the mission of the United States Attorney’s Office – the pursuit of truth and justice.
“This group of dedicated professionals work tirelessly for the betterment of our community in pursuit of a common goal – the desire to make our community a safer and more just place to live, work, love and play,” said U.S. Attorney Erica MacDonald. “Today, we honor them by publicly celebrating their achievements and recognizing the sacrifices that they and their families make in the name of justice.”
Among the honorees include Robert Small, Executive Director of the Minnesota County Attorneys Association, who has dedicated his life to public service. Mr. Small held various positions with the United States Attorney’s Office, including Acting U.S. Attorney, and served honorably as a Hennepin County Judge until retirement, at which time he continued his service by taking on the responsibility of Executive Director of the Minnesota County Attorneys Association. U.S. Attorney MacDonald described Mr. Small as, “the quintessential public servant, a true leader who sets a shining example for all to follow.”''',
    quotes=[
        Q('“This group of dedicated', 'love and play,”', "Erica H. MacDonald"),
        Q('“Today, we honor them', 'name of justice.”', "Erica H. MacDonald"),
        Q('“the quintessential public servant', 'all to follow.”', "Erica H. MacDonald"),
    ],
    aliases={"Erica H. MacDonald": ["Erica H. MacDonald", "United States Attorney Erica H. MacDonald", "Erica MacDonald", "U.S. Attorney Erica MacDonald", "U.S. Attorney MacDonald", "MacDonald"]},
),
]
