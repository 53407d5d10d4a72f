# Held-out English news texts (tests/data/heldout234-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US Navy news stories (public domain, 17 U.S.C. § 105): a DVIDS news story of USS Gravely
# (DDG 107) on its port visit to Nassau, Bahamas (2018), a DVIDS news story of USS George Washington (CVN 73) on a field
# day at Hillpoint Elementary School, a Navy NewStand story on navy.mil (USS Abraham Lincoln Sailors judge a school
# science fair, 2007) and three Navy NewStand (NNS) stories in their verbatim reposts on the military-online.blogspot.com
# blog (already used as a source of US government stories by heldout50-en and others): USS Wasp Sailors at a Halifax
# elementary school (2010), USS Wasp Sailors at receptions on foreign ships during Navy Week New Orleans (2012) and USS
# America Sailors and Marines at a school in Callao, Peru (2014). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is
# dropped (noted in `retrieved`). Site lines (navy.mil story number and release date, 'A A A Email this story to a
# friend Print this story'), blog date lines, bylines with their public-affairs line and the blog's 'No comments: Post a
# Comment' are dropped; a headline is kept once as the first line where the stored copy has one; the hard-wrapped lines
# of the blog copies are joined into paragraphs (H1465); wording, spelling ('the the War of 1812'), spacing inside
# paragraphs and quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H1465-H1467 in ANNOTATION.md on top of H1-H1464).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDB = "public domain (US government work, 17 U.S.C. § 105; verbatim repost of a Navy NewStand story on a blog)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout234-en.jsonl

Built by `build.py` from `heldout234_pages.py`. Like heldout50-en and heldout226-en, these texts are stored web pages
(the `pages` search corpus) of US Navy news stories (public domain, 17 U.S.C. § 105), none of them used in a set above:
two DVIDS news stories (dvidshub.net: USS Gravely's port visit to Nassau, Bahamas, February 2018; USS George
Washington Sailors at the field day of Hillpoint Elementary School), the Navy NewStand story 'Lincoln Sailors Judge
School Science Fair' (navy.mil, March 18, 2007) and three Navy NewStand stories in their verbatim reposts on the
military-online.blogspot.com blog (USS Wasp Sailors at St. Catherine's elementary school in Halifax, July 2010; USS Wasp
Sailors at receptions aboard three foreign ships during Navy Week New Orleans, April 2012; USS America Sailors and
Marines at Immaculate Conception School in Callao, Peru, September 2014). None is credited to AP, Reuters, AFP or another
third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped
is noted per page). Site lines, blog date lines, bylines and comment lines were dropped; the hard-wrapped lines of the
blog copies were joined into paragraphs; wording and quotation marks are as stored. None of these pages is used in any
set above (checked by URL, by the names of their speakers and by distinctive phrases). The annotation (rules
H1465–H1467 in `ANNOTATION.md` on top of H1–H1464) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dvids-2018-02-uss-gravely-returns-to-sea-after-bahamas-port-visit",
    source="https://www.dvidshub.net/news/438370/uss-gravely-returns-sea-following-bahamas-port-visit",
    license=PD, retrieved=PAGES + " (DVIDS news story 'USS Gravely returns to sea following Bahamas port visit'; the stored text begins with the dateline paragraph, no headline, and ends with the complete paragraph 'Homeported in Norfolk, Virginia, ...'; mixed curly and straight marks as stored (H1466))",
    text='''NASSAU, Bahamas – USS Gravely (DDG 107) departed Nassau, Bahamas, after conducting a theater-security cooperation port visit, Feb. 9.
During the port visit, Gravely hosted the Royal Bahamas Defence Force (RBDF) sailors and U.S. Embassy officials, strengthening relationships between the U.S. Navy and their Caribbean partners.
“We are excited to have had the opportunity to experience the beautiful country and wonderful hospitality from the people of the Bahamas,” said Cmdr. Hunter Washburn, Gravely’s commanding officer. Washburn stated that his crew look forward to future opportunities to work with their Bahamian partners.
This port visit provided an opportunity to strengthen an important bilateral partnership between maritime neighbors, which is essential to regional stability.
"I was pleased RBDF enlisted marines had the opportunity to be on board with our sailors sharing their respective experiences," said Capt. Gregg Gellman, senior defense attaché, U.S. Embassy Nassau, The Bahamas. “I think these personal interactions are what really builds a solid basis for Security Cooperation and the U.S. is looking forward to planning more exchanges of this nature."
“Key leader engagements like this are the definition of the design for maintaining maritime superiority,” said Command Master Chief Timothy Bickerton. “I am ecstatic for the opportunity to work alongside and train with the RBDF anytime the possibility exists. A chance to meet and engage with the enlisted corps strengthens our collective maritime fighting force, especially for high-end operations at sea.”
Homeported in Norfolk, Virginia, Gravely operated in both the U.S. 2nd Fleet and U.S. 4th Fleet areas of operations.''',
    quotes=[
        Q('“We are excited', 'people of the Bahamas,”', "Hunter Washburn"),
        Q('"I was pleased RBDF', 'respective experiences,"', "Gregg Gellman"),
        Q('“I think these personal interactions', 'of this nature."', "Gregg Gellman"),
        Q('“Key leader engagements', 'maritime superiority,”', "Timothy Bickerton"),
        Q('“I am ecstatic', 'operations at sea.”', "Timothy Bickerton"),
    ],
    aliases={"Hunter Washburn": ["Washburn"]},
),
dict(
    id="dvids-gw-cpo-365-volunteers-at-local-elementary-school",
    source="https://dvidshub.net/news/261016/gw-cpo-365-volunteers-local-elementary-school",
    license=PD, retrieved=PAGES + " (DVIDS news story 'GW CPO 365 volunteers at local elementary school'; the stored text begins with the first paragraph, no headline or dateline; the paragraph beginning '“I’ve really enjoyed just being here with the kids', cut in the stored copy, and the rest of the page dropped; curly marks as stored)",
    text='''Dozens of students excitedly made their way around Hillpoint Elementary School May 5 to see their familiar classrooms transformed into small playgrounds for their annual “Field Day”.
Waving and cheering to the children, Sailors from the aircraft carrier USS George Washington (CVN 73) came out as part of their Chief Petty Officer (CPO) 365 Phase I biweekly community relations (COMREL) event.
“I thought this would be a great chance for us to show who we are,” said Machinist’s Mate 1st Class Darren Kovas, a George Washington volunteer, whose children attend the school. [It also] lets the kids here know that there are people outside of their school and outside of their community that care about them and that will take time out of their day to help them out and play with them.”
The Sailors ‘manned up’ a total of 18 stations throughout the school that included a zombie walk, games of tug of war, and even a dunk tank.
“Normally we have to request a lot of parent volunteers,” said Catherine Pichon, the school’s principal. “Once we got the Navy to come out we really didn’t need anymore, so now parents [we had volunteer] were able to stay with individual classes and stay with their child throughout the day.”
In addition to Sailors helping run events, they provided an image that may have struck a chord with some children whose families could not attend.
“We have a lot of military families that come through to our school,” said Pichon. “This [event] helps some of the kids who have parents who are deployed. It really makes them feel like they are still connected. We have great support from [the Navy] for our school.”
Another George Washington Sailor reflected that sentiment.''',
    quotes=[
        Q('“Field Day”', None, None),
        Q('“I thought this would be', 'play with them.”', "Darren Kovas"),
        Q('‘manned up’', None, None),
        Q('“Normally we have to request', 'parent volunteers,”', "Catherine Pichon"),
        Q('“Once we got the Navy', 'throughout the day.”', "Catherine Pichon"),
        Q('“We have a lot of military families', 'to our school,”', "Catherine Pichon"),
        Q('“This [event] helps', 'for our school.”', "Catherine Pichon"),
    ],
    aliases={"Catherine Pichon": ["Pichon"]},
),
dict(
    id="nns-2007-03-18-lincoln-sailors-judge-school-science-fair",
    source="http://www.navy.mil/submit/display.asp?story_id=28367",
    license=PD, retrieved=PAGES + " (Navy NewStand story NNS070318-01 'Lincoln Sailors Judge School Science Fair'; headline kept; the story-number and release-date line, 'A  A  A   Email this story to a friend   Print this story' and the byline 'By Mass Communication Specialist Seaman Kathleen Corona, USS Abraham Lincoln Public Affairs' dropped; the paragraph beginning '\"The children really loved the Sailors,\"', cut in the stored copy, and the rest of the page dropped; straight marks as stored)",
    text='''Lincoln Sailors Judge School Science Fair
BREMERTON, Wash (NNS) -- Five Sailors from USS Abraham Lincoln (CVN 72) volunteered their time to talk to students and judge 60 science fair projects at Naval Avenue Elementary School (NAES) in Bremerton March 2.
The projects ranged from how mold grew on slices of cheese to why diet soda explodes when candy mints are added to it.
"I thought (the projects) were really well thought out," said Fire Controlman 3rd Class (AW/SW) Christian Blanco. "I was really impressed by the students' work."
"You could tell the students put a lot of effort into their projects," said Senior Chief Aviation Machinist's Mate (AW/SW) Jeffrey Borja.
The volunteers spent over two hours talking to the students and judging their projects. Each Sailor had different reasons to volunteer for the trip, but each one said they enjoyed their time spent with the students.
"I'm a geographical bachelor," Borja said. "My 13-year-old son lives in Florida, and I really miss him. I remember helping him with his seventh-grade science project and how excited he was for it to be judged. It's a good feeling to get out and to become a part of the community."
"My oldest son is seven," said Hospital Corpsman 2nd Class Keashia Garner. "He's very into science, so it's nice to come out and see what students in this area are doing. It's great to know that the state of Washington really cares about what its students are learning. I try to volunteer as much as possible."
The Sailors were not the only ones who enjoyed their time at the elementary school.
"I think (the Sailors) were awesome, and I really liked their uniforms," said Shemira Washington, a fourth grader at NAES.''',
    quotes=[
        Q('"I thought (the projects)', 'well thought out,"', "Christian Blanco"),
        Q('"I was really impressed', 'students\' work."', "Christian Blanco"),
        Q('"You could tell the students', 'their projects,"', "Jeffrey Borja"),
        Q('"I\'m a geographical bachelor,"', None, "Jeffrey Borja"),
        Q('"My 13-year-old son', 'of the community."', "Jeffrey Borja"),
        Q('"My oldest son is seven,"', None, "Keashia Garner"),
        Q('"He\'s very into science', 'as much as possible."', "Keashia Garner"),
        Q('"I think (the Sailors)', 'their uniforms,"', "Shemira Washington"),
    ],
    aliases={"Jeffrey Borja": ["Borja"]},
),
dict(
    id="nns-2010-07-wasp-sailors-give-back-at-halifax-elementary-school",
    source="http://military-online.blogspot.com/2010/07/wasp-sailors-give-back-at-halifax.html",
    license=PDB, retrieved=PAGES + " (verbatim repost of the Navy NewStand story 'Wasp Sailors Give Back at Halifax Elementary School'; headline kept; the blog date line 'Friday, July 02, 2010' and the byline 'By Mass Communication Specialist 1st Class (SW) Rebekah Adler, USS Wasp Public Affairs' dropped; the paragraph beginning '\"I thought the St. Catherine's COMREL was interesting', cut in the stored copy, and the rest of the page dropped; straight marks as stored)",
    text='''Wasp Sailors Give Back at Halifax Elementary School
HALIFAX, Nova Scotia (NNS) -- USS Wasp (LHD 1) Sailors took a break from celebrating the Canadian navy's 100th birthday in Halifax, Nova Scotia, for a community relations (COMREL) event at St. Catherine's elementary school June 26.
Approximately 35 Sailors from U.S. ships participating in the Canadian Naval Centennial and International Fleet Review week volunteered, including Sailors from Wasp, USS Barry (DDG 52), USS Boone (FFG 28), and USS Gettysburg (CG 64), as well as a contingent of British and Canadian Sailors to perform yard work and provide much-needed repairs to the school.
For five hours Sailors worked on various projects for the school. They spread mulch for the playground and sod for the 3,500-foot soccer field, planted a vegetable garden, and built picnic tables.
"This project alone saved us $13,000, however, the value of the community spirit today was incalculable," said St. Catherine's Principal Richard Duribe. "We're absolutely thrilled to have the Sailors here. We are proud of our school and the international connections we have made."
The event gave Sailors a chance to bond with the community and to give something back to their host city. Teachers and parents of the students were eager to meet the service members and were impressed with the hard work they performed for the school. During the event, many of them came out to provide refreshments and lunch for the crew.
"Any COMREL is important because it gives our Sailors a wonderful outlet to be productive and gives the community an opportunity to see the military in a role they may not necessarily see them in. It helps foster relationships with other countries," said Cmdr. Dean Hoelz, Wasp command chaplain.''',
    quotes=[
        Q('"This project alone saved us', 'was incalculable,"', "Richard Duribe"),
        Q('"We\'re absolutely thrilled', 'we have made."', "Richard Duribe"),
        Q('"Any COMREL is important', 'with other countries,"', "Dean Hoelz"),
    ],
),
dict(
    id="nns-2012-04-wasp-sailors-visit-foreign-ships-navy-week-new-orleans",
    source="http://military-online.blogspot.com/2012/04/during-navy-week-new-orleans-wasp.html",
    license=PDB, retrieved=PAGES + " (verbatim repost of a Navy NewStand story of USS Wasp Public Affairs on Navy Week New Orleans; the stored text has no headline; the byline 'By Mass Communication Specialist Seaman Kevin F. Johnson, USS Wasp Public Affairs' and 'No comments: Post a Comment' dropped; the copy's hard-wrapped lines joined into paragraphs (H1465); the story is complete in the stored copy; straight marks as stored)",
    text='''NEW ORLEANS (NNS) -- Sailors from amphibious assault ship USS Wasp (LHD 1), including the commanding officer and executive officer, visited three foreign navy vessels April 19, as part of the the War of 1812 Bicentennial Commemoration during Navy Week New Orleans.
Officers and Sailors attended receptions on board the HMCS St. John's, the Indonesian tall ship Kri Dewa Ruci and the Ecuadorian tall ship Guayas.
"Everyone has been really nice and made us feel right at home," said Chief (select) Ship's Serviceman Angela Zamora, recently selected United States Fleet Forces Sailor of the Year. "These events are important because it gives us a chance to learn about what these foreign navies do and what their mission is."
Crew members from each ship treated guests to food, drinks and entertainment including traditional music, dances and cultural craft from each foreign nation.
"It was impressive and inspiring to see such rich Naval heritage preserved and remaining active in a 21st century environment," said Capt. Brian Teets, Wasp's executive officer. "To experience the variety of cultural differences was enjoyable and enlightening."
Hosts of the event recognized the historical significance of the War of 1812 as a driving force in forming strong alliances between the different nations.
"We formed many allies during that war," said Cmdr. James A. Clarke, commanding officer of the HMCS St. John's. "It truly is inspiring to see those relationships continue so strongly today."
Wasp leadership uses events such as these to help strengthen relationships with the Navy's foreign allies and preserve the Navy's presence and image.
"Regardless of the event or ship type, these meetings are about building military relationships," said Teets. "These relationships help to lay the foundation for military cooperation in the future."''',
    quotes=[
        Q('"Everyone has been really nice', 'right at home,"', "Angela Zamora"),
        Q('"These events are important', 'their mission is."', "Angela Zamora"),
        Q('"It was impressive and inspiring', 'century environment,"', "Brian Teets"),
        Q('"To experience the variety', 'and enlightening."', "Brian Teets"),
        Q('"We formed many allies during that war,"', None, "James A. Clarke"),
        Q('"It truly is inspiring', 'strongly today."', "James A. Clarke"),
        Q('"Regardless of the event', 'military relationships,"', "Brian Teets"),
        Q('"These relationships help', 'in the future."', "Brian Teets"),
    ],
    aliases={"Brian Teets": ["Teets"]},
),
dict(
    id="nns-2014-09-america-lends-helping-hand-to-peruvian-school",
    source="https://military-online.blogspot.com/2014/09/america-lends-helping-hand-to-peruvian.html",
    license=PDB, retrieved=PAGES + " (verbatim repost of a Navy NewStand story of USS America (LHA 6) Public Affairs on a COMREL project in Callao, Peru; the stored text has no headline; the byline 'By Mass Communication Specialist 3rd Class Huey D. Younger Jr., USS America (LHA 6) Public Affairs' dropped; the copy's hard-wrapped lines joined into paragraphs (H1465); the paragraph beginning 'After the painting was finished', cut in the stored copy, and the rest of the page dropped; straight marks as stored)",
    text='''CALLAO, Peru (NNS) -- More than 30 Sailors and Marines assigned to future amphibious assault ship USS America (LHA 6) joined Peruvian sailors in a joint community relations (COMREL) project Sept. 1 at Immaculate Conception School, a municipal preschool, in Callao, Peru, during a scheduled three-day port visit.
The school, attended by more than 180 students from age two to five years, prepares young children for primary education.
The ship's chaplain's office contacted the U.S. Embassy in Peru to find volunteer opportunities during the port visit. The embassy then reached out to the Peruvian Navy who helped coordinate the event held at Immaculate Conception School.
America Sailors and Marines spent the day painting two classrooms a bathroom and the courtyard. They also laid down new sod, so the children would have a grassy area to play. The Peruvian Navy provided medical services and haircuts for the children, and the Peruvian Navy band played throughout the COMREL project for entertainment.
Lt. Patrick McPartland, Navy chaplain aboard America, said the service members choosing to use their liberty time to help others spoke volumes about their character.
"They could've done anything. They could've slept in their 'rack', gone out in town or shopped, but they chose to use their time to help other people instead of using it as a free day," McPartland said.
Although the volunteer services most visibly impacted the local community, it also left a lasting impression on the service members who participated.
"I think just to smile and spend a little bit of time with them and make their school look a little bit prettier will be a big deal to them," said Quartermaster 3rd Class Maria Smith. "Just to make somebody feel better and the fact that they are kids means even more to me."''',
    quotes=[
        Q('"They could\'ve done anything.', 'as a free day,"', "Patrick McPartland"),
        Q('"I think just to smile', 'a big deal to them,"', "Maria Smith"),
        Q('"Just to make somebody', 'even more to me."', "Maria Smith"),
    ],
    aliases={"Patrick McPartland": ["McPartland"]},
),
]
