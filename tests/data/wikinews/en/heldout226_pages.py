# Held-out English news texts (tests/data/heldout226-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Department of Defense news outlets and the Peace Corps (public domain, 17 U.S.C. §
# 105): two DVIDS courtesy stories of the American Forces Press Service / Office of the Secretary of Defense Public
# Affairs (Geoff Morrell on the Afghanistan review, 2008; Eric K. Shinseki's report to the House Veterans Affairs
# committee, 2009), a DVIDS courtesy story of Combined Joint Task Force 1 - Afghanistan (Robert M. Gates at FOB Shank,
# 2011), an American Forces Press Service article in its globalsecurity.org copy (Shinseki on the VA budget, 2012), a
# DoD News article of the American Forces Press Service on defense.gov (Chuck Hagel in Alaska, 2014) and a Peace Corps
# press release (Carrie Hessler-Radelet sworn in as director, 2014). None is credited to AP, Reuters, AFP or another
# third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph
# is dropped (noted in `retrieved`). Site lines (maintenance notice, login lines, logo lines, 'DoD News', 'Bookmark and
# Share', 'News Article', the globalsecurity.org banner), photo lines and captions, place, date and 'Courtesy Story' /
# unit lines of DVIDS and bylines are dropped; the headline is kept once as the first line; wording, spelling
# ('behavioural'), spacing inside paragraphs and quotation marks (straight or curly as stored) are as stored. Annotated
# by reading the texts, before whosaid was run on them (rules H1425-H1427 in ANNOTATION.md on top of H1-H1424).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout226-en.jsonl

Built by `build.py` from `heldout226_pages.py`. Like heldout25-en and heldout105-en, these texts are stored web pages
(the `pages` search corpus) of US Department of Defense news outlets and of the Peace Corps (public domain, 17 U.S.C.
§ 105), none of them used in a set above: three DVIDS courtesy stories (dvidshub.net: Pentagon Press Secretary Geoff Morrell on the review of the
Afghanistan strategy, September 2008; VA Secretary Eric K. Shinseki's written statement to the House Committee on
Veterans Affairs, October 2009; Defense Secretary Robert M. Gates at Forward Operating Base Shank, Logar province, June
2011), the globalsecurity.org copy of the American Forces Press Service article 'Shinseki Vows to Support Military
Members, Vets' (March 30, 2012) and the DoD News article 'Hagel Thanks Troops, Families in Alaska' (defense.gov, May 29,
2014) and the Peace Corps press release 'Carrie Hessler-Radelet Sworn In as 19th Director of the Peace Corps'
(peacecorps.gov, June 25, 2014; Hessler-Radelet also speaks in heldout61-en, in a different release). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, photo lines and
captions, DVIDS place, date and 'Courtesy Story' lines and bylines were dropped; the headline is kept as the first line;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names
of their speakers and by distinctive phrases). The annotation (rules H1425–H1427 in `ANNOTATION.md` on top of
H1–H1424) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-2011-06-gates-visits-fob-shank",
    source="https://dvidshub.net/news/71875/secretary-defense-robert-gates-visits-fob-shank",
    license=PD, retrieved=PAGES + " (DVIDS courtesy story of Combined Joint Task Force 1 - Afghanistan 'Secretary Of Defense Robert Gates visits FOB Shank'; the maintenance notice, login lines, logo line, the repeated headline, the photo line 'Courtesy Photo | ... read more read more', the place line 'LOGAR PROVINCE, AFGHANISTAN', the date '06.06.2011', 'Courtesy Story' and the unit line dropped (H1425); the paragraph beginning '“There’s very li...', cut in the stored copy, and the rest of the page dropped; curly marks as stored)",
    text='''Secretary Of Defense Robert Gates visits FOB Shank
LOGAR PROVINCE, Afghanistan – U.S. Secretary of Defense Robert M. Gates visited soldiers serving on Forward Operating Base Shank, Logar province, Afghanistan, June 6.
Gates, a native of Wichita, Kan., greeted soldiers and answered their questions about military retirement, behavioural health, general order number one and troop withdrawals in Afghanistan.
“I think any change in military retirement until after we’ve drawn down here in Afghanistan ... would be very controversial,” said Gates. “I wager a lot of money that the only way they can get it past (Congress) would be to grandfather it so that no one in the active force would be affected.”
Gates said between 70 and 80 percent of the Armed Forces separate from service before retirement. He said he wants to give everyone a piece of the pie, not just everyone who makes it to 20 years in the military.
“If you leave with five years or 10 years (in), you get nothing and that doesn’t seem right to me,” said Gates. “So figuring out a way, whether it’s adapting some kind of civilian 401K that you (Soldiers) and the government could pay into and roll over into once you get into civilian life (would be beneficial).”
In addition to retirement prospects, troop withdrawal remains a big topic ever since U.S. President Barack Obama indicated 2014 as the deadline for pulling troops out of Afghanistan.''',
    quotes=[
        Q('“I think any change', 'very controversial,”', "Robert M. Gates"),
        Q('“I wager a lot of money', 'would be affected.”', "Robert M. Gates"),
        Q('“If you leave with five years', 'seem right to me,”', "Robert M. Gates"),
        Q('“So figuring out a way', '(would be beneficial).”', "Robert M. Gates"),
    ],
    aliases={"Robert M. Gates": ["Gates", "Robert Gates"]},
),
dict(
    id="afps-2012-03-30-shinseki-vows-to-support-military-members-vets",
    source="https://www.globalsecurity.org/military/library/news/2012/03/mil-120330-afps05.htm",
    license=PD, retrieved=PAGES + " (globalsecurity.org copy of the American Forces Press Service article 'Shinseki Vows to Support Military Members, Vets' by Donna Miles; the site banner, the label 'American Forces Press Service' and the byline dropped (H1425); the paragraph beginning 'The VA’s workload is anticipated to grow, Shinseki said,', cut in the stored copy, and the rest of the page dropped; curly marks and the double hyphens as stored)",
    text='''Shinseki Vows to Support Military Members, Vets
WASHINGTON, March 30, 2012 – Veterans Affairs Secretary Eric K. Shinseki offered assurances that VA will make good on its promises to veterans and those currently serving in uniform, despite growth in demand for its services and benefits and federal belt-tightening initiatives.
Shinseki sat with American Forces Press Service during the 26th annual National Disabled Veterans Winter Sports Clinic this week in Snowmass Village, Colo., to discuss VA’s $140.3 billion budget request for fiscal 2013 and what it means for those who serve or have served in uniform.
With a 4.5 percent increase in discretionary funding over fiscal 2012 funding levels, Shinseki said it sends a clear message to the nation’s 22 million living veterans. “The nation honors and appreciates their service,” he said. “It has not forgotten and will not forget.”
The funding increases will go primarily toward medical care, disability pay and pensions, jobs and educational and training programs. They also will help build momentum in three priority areas Shinseki has identified: increasing access to care, benefits and services; eliminating the disability claims backlog; and ending veterans’ homelessness.
Shinseki said the budget request -- up from $99.9 billion when he arrived at VA in 2009 -- was an easy sell to President Barack Obama, who he said has been a staunch advocate of veterans.
“He gets it, both that sense of obligation, and a responsibility to ensure that these men and women we have sent off to do the nation’s business have an opportunity to get back to some kind of normalcy in their lives, and that VA is responsible for carrying that load,” Shinseki said of the President’s support for veterans.''',
    quotes=[
        Q('“The nation honors', 'their service,”', "Eric K. Shinseki"),
        Q('“It has not forgotten', 'will not forget.”', "Eric K. Shinseki"),
        Q('“He gets it,', 'carrying that load,”', "Eric K. Shinseki"),
    ],
    aliases={"Eric K. Shinseki": ["Shinseki"]},
),
dict(
    id="dvids-2009-10-shinseki-pledges-better-support-for-veterans",
    source="https://www.dvidshub.net/news/40125/shinseki-pledges-better-support-veterans",
    license=PD, retrieved=PAGES + " (DVIDS courtesy story of the Office of the Secretary of Defense Public Affairs 'Shinseki Pledges Better Support for Veterans'; the login lines, the repeated headline, 'Courtesy Story' and the unit line dropped (H1425); the paragraph beginning 'The nation's veterans \"put themselves at risk', cut in the stored copy, and the rest of the page dropped; straight marks as stored)",
    text='''Shinseki Pledges Better Support for Veterans
WASHINGTON - The Veterans Affairs Department continues its efforts to provide the best support possible to the nation's military veterans, VA Secretary Eric K. Shinseki told a House committee here, Oct. 14.
"We have been busy putting into place the foundation for our pursuit of the president's two goals for this department: transform VA into a 21st-century organization, and ensure that we provide timely access to benefits and high quality care to our veterans over their lifetimes -- from the day they first take their oaths of allegiance until the day they are laid to rest," Shinseki said in his written statement provided to the House Committee on Veterans Affairs.
Shinseki's previous "State of the VA" report to Congress was in February. Today, Shinseki pledged he would "continue working to craft a shared vision for the department, one that will be enduring."
"We remain guided by our determination to be people-centric — veterans and the work force count in this department; results-driven — we will not be graded on our promises, but by our accomplishments; and forward-looking — we strive to be the model for governance in the 21st century," the secretary said.
The VA's nearly 300,000 employees all share one mission, Shinseki said, which is "to care for our nation's veterans, wherever they live, by providing them the highest quality benefits and services possible."
Among the nation's 23.4 million living veterans, nearly 8 million choose to access Veterans Affairs-provided services and benefits, the secretary said. The department, he added, will work diligently every day to provide those services "faster, better, and more equitably."''',
    quotes=[
        Q('"We have been busy', 'laid to rest,"', "Eric K. Shinseki"),
        Q('"State of the VA"', None, None),
        Q('"continue working to craft', 'will be enduring."', "Eric K. Shinseki"),
        Q('"We remain guided', 'in the 21st century,"', "Eric K. Shinseki"),
        Q('"to care for our nation', 'services possible."', "Eric K. Shinseki"),
        Q('"faster, better, and more equitably."', None, "Eric K. Shinseki"),
    ],
    aliases={"Eric K. Shinseki": ["Shinseki", "the secretary", "VA Secretary Eric K. Shinseki"]},
),
dict(
    id="dvids-2008-09-24-defense-department-to-review-afghanistan-operations",
    source="https://www.dvidshub.net/news/24100/defense-department-review-afghanistan-operations-strategy",
    license=PD, retrieved=PAGES + " (DVIDS courtesy story of the Office of the Secretary of Defense Public Affairs 'Defense Department to Review Afghanistan Operations, Strategy', an American Forces Press Service article by Gerry J. Gilmore; the maintenance notice, login lines, logo line, the repeated headline, the photo line 'Courtesy Photo | ... read more read more', the place line, the date '09.24.2008', 'Courtesy Story', the unit line and the byline dropped (H1425); the paragraph beginning 'Army Gen. David H. Petraeus', cut in the stored copy, and the rest of the page dropped; straight marks as stored)",
    text='''Defense Department to Review Afghanistan Operations, Strategy
WASHINGTON - The Defense Department is examining its operations and strategy in Afghanistan as part of a broader U.S. governmental review, a senior Pentagon spokesman told reporters on Sept. 24, 2008.
The completed Pentagon report and reviews by other U.S. agencies will be presented to the White House's National Security Council, Pentagon Press Secretary Geoff Morrell said.
"Various departments within this government have been tasked to take a look at our Afghan strategy and are in the midst of doing that," Morrell said.
The Defense Department's policy shop and the Office of the Joint Chiefs of Staff are working on ideas to present to Defense Secretary Robert M. Gates, Morrell said. The secretary, he said, will be briefed regularly on the report's progress.
The Pentagon likely will examine things like Afghanistan force levels, civilian support, tactics and strategy, Morrell said.
The Defense Department's work on the report began just within the past few days, Morrell said.
"There is still much work to be done," he said.''',
    quotes=[
        Q('"Various departments', 'the midst of doing that,"', "Geoff Morrell"),
        Q('"There is still much work to be done,"', None, "Geoff Morrell"),
    ],
    aliases={"Geoff Morrell": ["Morrell", "Pentagon Press Secretary Geoff Morrell"]},
),
dict(
    id="dod-news-2014-05-29-hagel-thanks-troops-families-in-alaska",
    source="http://www.defense.gov/news/newsarticle.aspx?id=122360",
    license=PD, retrieved=PAGES + " (DoD News article of the American Forces Press Service 'Hagel Thanks Troops, Families in Alaska' by Cheryl Pellerin; the site lines ('United States Department of Defense', 'DoD News', 'Bookmark and Share', 'News Article'), the byline and the photo lines ('Click photo for screen-resolution image', the caption, '(Click photo for screen-resolution image);high-resolution image available.') dropped (H1425); the paragraph beginning 'The nation is particularly grateful for that se...', cut in the stored copy, and the rest of the page dropped; curly marks and the ellipsis character as stored)",
    text='''Hagel Thanks Troops, Families in Alaska
WASHINGTON, May 29, 2014 – On the first stop of a 12-day, around the world trip, Defense Secretary Chuck Hagel yesterday took time to visit troops at Alaska’s Joint Base Elmendorf-Richardson, thanking them and their families for their service and sacrifice.
He also brought them greetings from their commander-in-chief, President Barack Obama.
“I was with him before he went up to West Point to give the commencement address,” Hagel told the troops, “and he, too, wanted me to convey his best personal regards and his thanks for what you do up here every day for our security, for our country and for our future. On behalf of the president of the United States, thank you.”
Before taking questions from the service members, the secretary addressed issues that he said are important to the nation and its citizens.
First, he said, the way active-duty service members work with the National Guard and reserves at Elmendorf-Richardson is a model for how such engagement is supposed to work.
“You take that for granted, I suspect, but it’s very important,” Hagel said. “And it is part of not only the integration, the pattern and the structure of our defense operations and our enterprise, but it is also laying a … foundation for the future of our force structure.”
Turning to Obama’s remarks at West Point, the secretary acknowledged that many in the audience had served in Afghanistan, some more than once, and some had served in Iraq.''',
    quotes=[
        Q('“I was with him', 'commencement address,”', "Chuck Hagel"),
        Q('“and he, too, wanted me', 'thank you.”', "Chuck Hagel"),
        Q('“You take that for granted', 'very important,”', "Chuck Hagel"),
        Q('“And it is part of not only', 'our force structure.”', "Chuck Hagel"),
    ],
    aliases={"Chuck Hagel": ["Hagel", "Defense Secretary Chuck Hagel"]},
),
dict(
    id="peace-corps-2014-06-25-hessler-radelet-sworn-in-as-19th-director",
    source="https://www.peacecorps.gov/news/library/carrie-hessler-radelet-sworn-in-as-19th-director-of-the-peace-corps/",
    license=PD, retrieved=PAGES + " (Peace Corps press release 'Carrie Hessler-Radelet Sworn In as 19th Director of the Peace Corps'; headline and subheadline kept as lines; the photo caption line '19th Director of the Peace Corps Carrie Hessler-Radelet' dropped (H1425); the paragraph beginning 'Over the past four years, Hessler-Radelet has overseen', cut in the stored copy, and the rest of the page dropped; curly marks as stored)",
    text='''Carrie Hessler-Radelet Sworn In as 19th Director of the Peace Corps
Hessler-Radelet committed to using the tools, technologies and opportunities of the 21st century to strengthen the Peace Corps today
WASHINGTON, D.C., June 25, 2014 – Carrie Hessler-Radelet was sworn in as the 19th Director of the Peace Corps Wednesday at a ceremony at Peace Corps headquarters in Washington, D.C. Hessler-Radelet comes from a four-generation Peace Corps family and served as a Peace Corps volunteer in Western Samoa with her husband from 1981-1983. Since 2010, she served as the agency’s deputy director and acting director.
“Everywhere I go in the Peace Corps world, I hear testimonies of the impact volunteers have had on their communities,” Hessler-Radelet said. “Peace Corps volunteers are special people – they come with the tools of the 21st century but the heart and soul of a timeless Peace Corps. Serving as Peace Corps director is truly the great honor of my life.”
Hessler-Radelet is committed to leading a 21st century Peace Corps that bridges the agency’s founding ideals with the realities of modern times. She envisions the Peace Corps as a dynamic, forward-leaning champion for international service that is defined by its energy, innovation and impact. In the years ahead, she plans to continue revitalizing the Peace Corps to adapt to a rapidly changing world and use today’s tools and technologies to open doors and change lives, not only in faraway countries but also here at home.''',
    quotes=[
        Q('“Everywhere I go', 'on their communities,”', "Carrie Hessler-Radelet"),
        Q('“Peace Corps volunteers are special', 'honor of my life.”', "Carrie Hessler-Radelet"),
    ],
    aliases={"Carrie Hessler-Radelet": ["Hessler-Radelet"]},
),
]
