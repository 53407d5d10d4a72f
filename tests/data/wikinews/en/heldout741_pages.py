# Held-out English news texts (tests/data/heldout741-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Air Force,
# the Navy, the Army and the Marine Corps: four Air Force base stories (the Air Force Academy's Wingman Day 2014,
# usafa.af.mil 619263; Airmen preparing classrooms at Kadena's Bob Hope Elementary School, kadena.af.mil 418144; an air
# traffic controller's shoe drive, seymourjohnson.af.mil 307260; Airmen at a school fun run, luke.af.mil 358759), a Navy
# NewsStand story on USS Kidd Sailors at an orphanage in Pattaya, Thailand (navy.mil story 44282), two army.mil stories on
# Soldiers building for Habitat for Humanity (Killeen, Texas, article 9041; Antioch, Tenn., 2013, article 115370) and two
# Marine Corps Air Ground Combat Center Twentynine Palms stories on clean-ups (Copper Mountain Mesa, 2013, 499534; Joshua
# Tree National Park, 2012, 499245). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a
# complete quotation (noted in `retrieved`). Site lines (the af.mil '• Published' / '• By ...' / unit lines, the army.mil
# byline line and photo blocks, the 29palms.marines.mil 'Latest Articles', 'Photo Information', photo caption, photo
# credit and date/byline lines, the navy.mil closing 'For more news from ...' line), the empty lines between paragraphs
# are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has
# none); datelines are kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H2475-H2479 in ANNOTATION.md on top of
# the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout741-en.jsonl

Built by `build.py` from `heldout741_pages.py`. Like heldout733-en, heldout725-en, heldout717-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news
stories, works of service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection
under this title is not available for any work of the United States Government"): a U.S. Air Force Academy story by
Amber Baillie, U.S. Air Force Academy Public Affairs, 'Wingman Day 2014: Academy Airmen serve their community, embrace
wingman concept' (usafa.af.mil 619263, Wingman Day of Oct. 9, 2014), with Col. Stacey Hawkins and Lt. Gen. Michelle D.
Johnson; a Kadena Air Base story by Senior Airman Sara Csurilla, 18th Wing Public Affairs, 'Airmen work together to
prepare classrooms for elementary students' (kadena.af.mil 418144; no year in the stored copy), with the principal Jim
Journey, the school liaison Ami Prince and Master Sgt. Michael Shea; a Seymour Johnson Air Force Base story by Tech.
Sgt. Tammie Moore, 4th Fighter Wing Public Affairs, 'Airmen step up to help area students' (seymourjohnson.af.mil
307260; no date in the stored copy), with Staff Sgt. Katherine Eliason; a Luke Air Force Base story by Macario Mora,
56th Fighter Wing Public Affairs, 'Providing a helping hand' (luke.af.mil 358759; no date in the stored copy), with the
teacher Lorain Marquez and Senior Airmen Susan Franklin and Michael Emerson; a Navy NewsStand story on Sailors of USS
Kidd (DDG 100) at the Banglamung Home for Boys orphanage in Pattaya, Thailand, April 10 (navy.mil story 44282; no
headline, byline or year in the stored copy), with Seaman Eric Arroyo, the chaplain Lt. Derrick Horne and the orphanage
superintendent Chamaipian Metasuth; an army.mil story on engineers of the 1st Cavalry Division's 2nd 'Stallion'
Battalion, 8th Cavalry Regiment building for Habitat for Humanity in Killeen, Texas, May 1-2 (army.mil article 9041,
slug 'Stallion_engineers_give_back_to_Habitat_for_Humanity'; no headline, byline or year in the stored copy), with Capt.
John Burrescia; an army.mil story by Sgt. Jon Heinrich of November 20, 2013, 'Soldiers help build 'Habitats for
Humanity'' (army.mil article 115370), with Chief Warrant Officer 2 Balwinder P. Singh of the 101st Airborne Division's
1st Brigade Combat Team; and two Marine Corps Air Ground Combat Center Twentynine Palms stories, ''Wardogs’ pitch in to
clean up community' by Cpl. Lauren Kurkimilis of Nov. 1, 2013 (29palms.marines.mil 499534), with the neighborhood watch
president Linda Carmella Sibio and Lance Cpl. Tim Cassidy, and 'Community, Marines keep JT clean' by Sgt. Heather Golden
of Oct. 5, 2012 (29palms.marines.mil 499245), with the Joshua Tree National Park ranger Dave Carney and Anita Neu-Fultz,
executive director of the Armed Services YMCA. Reuse terms relied on: US government works are not subject to copyright
in the US (17 U.S.C. § 105); the af.mil, navy.mil, army.mil and marines.mil pages are the services' own stories, written
by their public affairs staff. Licence caveats: the navy.mil and the army.mil 9041 copies show no byline in their stored
part and are taken as government works by their sites (the Navy's and the Army's own news services; the navy.mil story
carries the Navy NewsStand label '(NNS)' in its dateline) and by their content; Macario Mora and Amber Baillie are named
without rank (civilian public affairs staff of their wings); the stories quote people who are not federal employees
inside the public-domain texts (the Kadena principal and school liaison, the Luke teacher, the Pattaya orphanage
superintendent, the Copper Mountain Mesa neighborhood watch president and the Armed Services YMCA director). None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation, noted per page:
the Wingman Day story's '"This isn't something that has been done before on this scale by the 10th AB W," said Master
Sgt. Angie Prada of the 10th Communications Squadron. "We wanted to find a tangible and meaningful way to give back to
the local community because'; the shoe drive story's 'After deli'; the fun run story's 'Marquez said the idea to host a
fun run at her elementary school came after she participated in the Arizona Spartan Sprint'; the Killeen Habitat story's
'The Co. E troops are no strangers to Habitat for Humanity. A little over three weeks ago, the Soldiers of Co. E helped
the organization build a '; the Antioch Habitat story's 'S'; the Copper Mountain Mesa story's 'The Marine volunteers
believe that it di'; the Joshua Tree story's 'The ASYMCA frequently reaches out through the base’s units for volunteer';
the Kadena and Pattaya stories end on complete paragraphs. The site lines (the af.mil lines '• Published', '• By ...'
and the unit lines '• U.S. Air Force Academy Public Affairs', '• 18th Wing Public Affairs', '• 4th Fighter Wing Public
Affairs', '• 56th Fighter Wing Public Affairs'; the army.mil byline line 'By Sgt. Jon HeinrichNovember 20, 2013' and its
three photo blocks, each the headline repeated as photo title and a line '1 / 3 Show Caption + Hide Caption – (Photo
Credit: U.S. Army) VIEW ORIGINAL'; the 29palms.marines.mil lines 'Latest Articles', 'Photo Information', the photo
caption 'Scouts with the Combat Center’s Cub Scout Pack 78 bag pieces of trash ...', its credit 'Photo by Sgt. Heather
Golden' and the date and byline lines '1 Nov 2013 | Cpl. Lauren Kurkimilis' and '5 Oct 2012 | Sgt. Heather Golden'; the
navy.mil closing line 'For more news from USS John C. Stennis (CVN 74), visit www.navy.mil/local/cvn74/.') and the empty
lines between paragraphs were dropped; headlines are kept once as the first line (the navy.mil and army.mil 9041 copies
have none and get none, H1818), datelines ('PATTAYA, Thailand (NNS) --', 'KILLEEN, Texas -', 'FORT CAMPBELL, Ky. -') are
kept as stored; wording and typos ('someone to look up too', 'It always good to serve', 'the man power'), dashes and
quotation marks (straight or curly as stored, including the Copper Mountain Mesa headline's mark pair `'Wardogs’`) are
as stored. Pages read but left out: stories already in earlier sets (the Shaw Habitat volunteering story 1297460, the
nationalguard.mil flood stories 573315 and 611419, the army.mil Guard flood story 41598, the Louisiana Guard flood story
with Sgt. Bryan Campo, the Buckley Delta 4 change of command 2696498, the Space Force honor guard story 3511389, the
Louisville District park ranger month story 3636593, the army.mil Elk City Lake story 222787, the Pacific Partnership
24-1 Marshall Islands story), a page whose stored part keeps one complete quotation (the Mobile District Lake Lanier
water safety award story 1400128), stories kept for other sets (the Minneapolis 934th Airlift Wing honorary commanders
story 1387542, the DVIDS USS Shoup Chinhae orphanage story 457103, the Marine Corps Base Hawaii beach clean-up story
539932, the Luke Littleton Elementary story 358514, the Columbus Read Across America story 353339, the army.mil Habitat
stories 26682, 66395, 15008, 39935 and 74817, the Kirtland Space Force induction story 2716297), a Yokota story stored
with hard line breaks inside sentences (1108970), copies on blogs and private sites (terrorism-online.blogspot.com,
military-online.blogspot.com, khmernz.blogspot.com, globalsecurity.org, usapatriotism.org, 101veterans.com, us-vo.org,
lrafbdropzone.blogspot.com) and pages of newspapers, broadcasters and magazines found by the same searches. None of the
pages used is in any set above or in another helper's worktree (checked by URL and page id (619263, 418144, 307260,
358759, 44282, 9041, 115370, 499534, 499245), by headline and slug and by the names of their speakers and phrases, such
as Stacey Hawkins, Michelle D. Johnson, Connections Through Service, Jim Journey, Ami Prince, Michael Shea, Bob Hope
Elementary, Katherine Eliason, B.F. Grady, Lorain Marquez, Susan Franklin, Michael Emerson, Yee Haw, Cartwright
Elementary, Eric Arroyo, Derrick Horne, Chamaipian, Banglamung, John Burrescia, Ironhorse, Balwinder, Habitat for
Humanity of Greater Nashville, Linda Carmella Sibio, Tim Cassidy, Copper Mountain Mesa, Morongo Basin, Dave Carney,
Anita Neu-Fultz and Joshua Tree National Park, with grep over tests/data of the main tree and of every other helper's
worktree (heldout735-742), and by 8-word overlap with every existing text: no hit, except Pattaya and Kadena in
unrelated texts). The annotation (rules H2475–H2479 in `ANNOTATION.md` on top of the earlier rules) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="af-usafa-h741-2014-10-wingman-day-academy-airmen-serve-community",
    source="https://www.usafa.af.mil/US-Air-Force-Academy-News/News-View/Article/619263/wingman-day-2014-academy-airmen-serve-their-community-embrace-wingman-concept",
    license=PD, retrieved=PAGES + " (U.S. Air Force Academy story by Amber Baillie, U.S. Air Force Academy Public Affairs, on the 10th Air Base Wing's Wingman Day of Oct. 9, 2014 and its service projects with 11 Colorado Springs nonprofits, with the wing commander Col. Stacey Hawkins and the Superintendent Lt. Gen. Michelle D. Johnson; the lines '• Published', '• By Amber Baillie' and '• U.S. Air Force Academy Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, '\"This isn't something that has been done before on this scale by the 10th AB W,\" said Master Sgt. Angie Prada of the 10th Communications Squadron. \"We wanted to find a tangible and meaningful way to give back to the local community because', cut in the stored copy, dropped with its complete first piece (H2121); a theme's name in single marks nested in a quotation, and a nested question followed by a stray single mark before the closing double mark (H2475); straight marks as stored)",
    text='''Wingman Day 2014: Academy Airmen serve their community, embrace wingman concept
The 10th Air Base Wing hosted its Wingman Day here Oct. 9 to strengthen the Academy team and encourage Airmen to get to know each other better through community service.
The day included team-building activities across the Academy and recognized the impact each 10th ABW squadron and staff agency has made on 11 Colorado Springs non-profit organizations through different service projects. The projects totaled 439 volunteers and 1,503 service hours.
"It was brilliant to watch the team come together for these service projects," said 10th ABW Commander Col. Stacey Hawkins. "It's about doing simple good for others, and we're culminating that today with a Wingman Day celebration. It's a celebration of service, with this year's theme of 'Connections Through Service,' that really embraces the wingman concept."
Academy Superintendent Lt. Gen. Michelle D. Johnson said the day was an opportunity for Airmen to reflect and recognize how they each fit in at the Academy.
"We all have a part in developing character and leadership here," she said. "Each one of your voices is important, and we must help each other live up to the standards in order to maintain a culture of commitment and a climate of respect. Today is a chance to say, 'How can we do this better?' It's about having servant hearts and the difference we make for our country.'"
Airmen and representatives from the nonprofits gave presentations on the projects completed Aug. 23-Sept. 20 which included fire and flood mitigation, fixing bikes for children, packing food for struggling families and cleaning up a community park.''',
    quotes=[
        Q('"It was brilliant to watch', 'service projects,"', "Stacey Hawkins"),
        Q('"It\'s about doing simple good', 'the wingman concept."', "Stacey Hawkins"),
        Q('"We all have a part in developing character and leadership here,"', None, "Michelle D. Johnson"),
        Q('"Each one of your voices', 'for our country.\'"', "Michelle D. Johnson"),
    ],
    aliases={"Stacey Hawkins": ["Stacey Hawkins", "Col. Stacey Hawkins", "10th ABW Commander"],
             "Michelle D. Johnson": ["Michelle D. Johnson", "Lt. Gen. Michelle D. Johnson", "Academy Superintendent"]},
),
dict(
    id="af-kadena-h741-airmen-prepare-classrooms-bob-hope-elementary",
    source="https://www.kadena.af.mil/News/Display/Article/418144/airmen-work-together-to-prepare-classrooms-for-elementary-students",
    license=PD, retrieved=PAGES + " (Kadena Air Base story by Senior Airman Sara Csurilla, 18th Wing Public Affairs, on Airmen moving furniture and school supplies at Bob Hope Elementary School after a typhoon, Aug. 25 (no year in the stored copy), with the principal Jim Journey, the Air Force school liaison Ami Prince and Master Sgt. Michael Shea; the lines '• Published', '• By Senior Airman Sara Csurilla' and '• 18th Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the stored copy ends on a complete paragraph; an unnamed group's typical question in marks, and `she said` after the reported speech of the liaison (H2476); straight marks as stored)",
    text='''Airmen work together to prepare classrooms for elementary students
What happens when someone asks for a couple volunteers to help out an elementary school at Kadena?
More than a hundred Airmen raise their hand and ask, "What do you need me to do?"
This is exactly what happened when Ami Prince, the Air Force school liaison here, asked for a few Airmen to come to Bob Hope Elementary School and help move furniture and school supplies around the school grounds Aug. 25.
"Parts of the school including computer labs and storage areas were damaged during the last typhoon," said Jim Journey, Bob Hope Elementary principal. "We had to relocate a number of people inside of our building to make room for the computer lab and for people to stay. We've even doubled-up classrooms in order to be ready for the boys and girls when they get back to school."
When Prince initially asked for help with moving furniture in the school, she said she only needed about 50 Airmen.
"When we had so many people want to help out, we knew we could use the help so we also had them help move some things in other schools around base," she said.
"We're really happy to be helping the students and the teachers here at Bob Hope Elementary School," said Master Sgt. Michael Shea, a volunteer from the 18th Equipment Maintenance Squadron. "With so many people helping we'll have the job done a lot faster, and that's with other schools as well."
Starting Aug. 29, more than 625 students headed back to school and settled into their new classrooms, and now they have Airmen from the 18th Wing to thank for that.
"There was an overwhelming response from Kadena Airmen to volunteer," Journey said. "When they showed up they were so willing and ready to work. They have had such great attitudes. We really appreciate the support from the community and the base."''',
    quotes=[
        Q('"What do you need me to do?"', None, None),
        Q('"Parts of the school', 'the last typhoon,"', "Jim Journey"),
        Q('"We had to relocate', 'back to school."', "Jim Journey"),
        Q('"When we had so many people', 'around base,"', "Ami Prince"),
        Q('"We\'re really happy', 'Elementary School,"', "Michael Shea"),
        Q('"With so many people helping', 'schools as well."', "Michael Shea"),
        Q('"There was an overwhelming response from Kadena Airmen to volunteer,"', None, "Jim Journey"),
        Q('"When they showed up', 'and the base."', "Jim Journey"),
    ],
    aliases={"Jim Journey": ["Jim Journey", "Bob Hope Elementary principal", "Journey"],
             "Ami Prince": ["Ami Prince", "the Air Force school liaison here", "Prince"],
             "Michael Shea": ["Michael Shea", "Master Sgt. Michael Shea", "a volunteer from the 18th Equipment Maintenance Squadron"]},
),
dict(
    id="af-seymourjohnson-h741-airmen-step-up-to-help-area-students",
    source="https://www.seymourjohnson.af.mil/News/Article-Display/Article/307260/airmen-step-up-to-help-area-students",
    license=PD, retrieved=PAGES + " (Seymour Johnson Air Force Base story by Tech. Sgt. Tammie Moore, 4th Fighter Wing Public Affairs, on an air traffic controller's shoe drive for children of B.F. Grady Elementary School (no date in the stored copy; delivered by Christmas), with Staff Sgt. Katherine Eliason; the lines '• Published', '• By Tech. Sgt. Tammie Moore' and '• 4th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'After deli', cut in the stored copy, dropped; one speaker in six pieces, cued by name with rank and role, by `the native of Rapid City, S.D.` and by the rank spelled out, with a bracketed first name inside her words (H2477); straight marks as stored)",
    text='''Airmen step up to help area students
An air traffic controller here decided to take action after learning from a co-worker that some area elementary students were not able to thoroughly enjoy their recess time because they did not have a good pair of sneakers.
"I heard Mr. [Jerald] Hatcher talking about some children at his wife's school who were not able to afford decent tennis shoes for outdoor play time or even just for walking to and from school," said Staff Sgt. Katherine Eliason, 4th Operations Support Squadron air traffic control watch supervisor. "I told him that we would be able to get a shoe drive going to collect money to purchase new shoes for these children. I didn't think it was fair for young children to not be able to enjoy play time to the fullest."
With the help of fellow air traffic controllers, in six weeks Sergeant Eliason was able to raise more than $600 to purchase several children at B.F. Grady Elementary School shoes. Her speedy action allowed for the shoes to be delivered by Christmas.
"We figured that we would need about 40 to 50 pairs of shoes," said the native of Rapid City, S.D. "The Airmen and I went around to each flight within the squadron and explained why we were collecting donations. We also went to our commander's calls to collect donations. People were so generous that we were able to collect $650."
After collecting the donations, the Airmen scouted area shoe stores for the best deals.
"We purchased 50 pairs of shoes and had some money left," Sergeant Eliason said. "I went back to Mr. Hatcher and asked him to ask the teachers if there was anything else they could use, so we could take the extra cash and purchase the items to help out further. The teachers needed sets of boys and girls underwear, sweatpants and socks. These items were needed for the children in case they had accidents at school, and they needed to be changed."''',
    quotes=[
        Q('"I heard Mr. [Jerald] Hatcher', 'to and from school,"', "Katherine Eliason"),
        Q('"I told him that', 'play time to the fullest."', "Katherine Eliason"),
        Q('"We figured that we would need about 40 to 50 pairs of shoes,"', None, "Katherine Eliason"),
        Q('"The Airmen and I went around', 'to collect $650."', "Katherine Eliason"),
        Q('"We purchased 50 pairs of shoes and had some money left,"', None, "Katherine Eliason"),
        Q('"I went back to Mr. Hatcher', 'needed to be changed."', "Katherine Eliason"),
    ],
    aliases={"Katherine Eliason": ["Katherine Eliason", "Staff Sgt. Katherine Eliason", "4th Operations Support Squadron air traffic control watch supervisor", "Sergeant Eliason", "the native of Rapid City, S.D."]},
),
dict(
    id="af-luke-h741-providing-a-helping-hand-yee-haw-fun-run",
    source="https://www.luke.af.mil/News/Article-Display/Article/358759/providing-a-helping-hand",
    license=PD, retrieved=PAGES + " (Luke Air Force Base story by Macario Mora, 56th Fighter Wing Public Affairs, on Airmen helping Cartwright Elementary School host the Yee Haw Fun Run (no date in the stored copy), with the teacher Lorain Marquez and Senior Airmen Susan Franklin and Michael Emerson; the lines '• Published', '• By Macario Mora' and '• 56th Fighter Wing Public Affairs' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'Marquez said the idea to host a fun run at her elementary school came after she participated in the Arizona Spartan Sprint', cut in the stored copy, dropped; `Marquez explained`, an apostrophe opening `Slip 'n Slide`, and a speaker presented in a paragraph of his own before an inverted surname cue (H2475); 'someone to look up too' and straight marks as stored)",
    text='''Providing a helping hand
Roughly 20 Airmen volunteered to help Cartwright Elementary School successfully host the Yee Haw Fun Run, which coordinator Lorain Marquez, 5th grade teacher, hopes will become an annual event.
"We're hoping to have a second annual," Marquez explained. "There will definitely be changes, but I think this has turned out pretty good."
Marquez said she was excited to have Airmen from Luke help volunteer for the event, but not nearly as thrilled as the elementary school children.
"The eighth grade kids are so excited to have Airmen here, seriously," Marquez said. "The kids think they're celebrities. When they found out the Airmen were coming they all wanted to get autographs. The military gives the children someone to look up too so much."
Throughout the day Airmen manned the various stations and motivated the students as they made their way through a labyrinth of muddy obstacles that included a Slip 'n Slide and rope swing, among many others. Later in the afternoon the Airmen raced with eighth grade students as a local firefighter sprayed them with a hose from his truck. The Airmen also taught the children how to fold an American flag in honor of fallen service members.
"I like doing volunteer events for just about anything," said Senior Airman Susan Franklin, a 22-year-old with the 56th Maintenance Operation Squadron. "It's fun to come out and get involved with the community."
Senior Airman Michael Emerson was just as excited to volunteer at Cartwright Elementary.
"It's great to support the local community," said Emerson, a 26-year-old with the 56th Operations Support Squadron. "I've helped out elementary schools before. This is the second time in this area. I love helping out with kids, and I'm here to help there be a successful fun run."''',
    quotes=[
        Q('"We\'re hoping to have a second annual,"', None, "Lorain Marquez"),
        Q('"There will definitely be changes', 'pretty good."', "Lorain Marquez"),
        Q('"The eighth grade kids', 'here, seriously,"', "Lorain Marquez"),
        Q('"The kids think they\'re celebrities.', 'too so much."', "Lorain Marquez"),
        Q('"I like doing volunteer events for just about anything,"', None, "Susan Franklin"),
        Q('"It\'s fun to come out', 'with the community."', "Susan Franklin"),
        Q('"It\'s great to support the local community,"', None, "Michael Emerson"),
        Q('"I\'ve helped out elementary schools before.', 'successful fun run."', "Michael Emerson"),
    ],
    aliases={"Lorain Marquez": ["Lorain Marquez", "coordinator Lorain Marquez", "5th grade teacher", "Marquez"],
             "Susan Franklin": ["Susan Franklin", "Senior Airman Susan Franklin", "a 22-year-old with the 56th Maintenance Operation Squadron"],
             "Michael Emerson": ["Michael Emerson", "Senior Airman Michael Emerson", "a 26-year-old with the 56th Operations Support Squadron", "Emerson"]},
),
dict(
    id="navy-h741-uss-kidd-sailors-banglamung-orphanage-pattaya",
    source="http://www.navy.mil/submit/display.asp?story_id=44282",
    license=PD, retrieved=PAGES + " (Navy NewsStand story (navy.mil story 44282) on Sailors of the destroyer USS Kidd (DDG 100) at the Banglamung Home for Boys orphanage during a port visit to Pattaya, Thailand, April 10 (no year, headline or byline in the stored copy, which opens with the dateline; none is added, H1818), with Seaman Eric Arroyo, the chaplain Lt. Derrick Horne and the orphanage superintendent Chamaipian Metasuth; the closing line 'For more news from USS John C. Stennis (CVN 74), visit www.navy.mil/local/cvn74/.' dropped (H1792); the stored copy ends on a complete paragraph before it; a speaker who comes back after another's paragraph, a presentation `X, a chaplain and native of ...` without marks, and a superintendent presented by her act (H2476); 'It always good' and straight marks as stored)",
    text='''PATTAYA, Thailand (NNS) -- Sailors from the guided-missile destroyer USS Kidd (DDG 100) participated in a community service project at Banglamung Home for Boys orphanage during a port visit to Pattaya, Thailand, April 10.
Kidd Sailors cut down shrubs, performed landscaping and played soccer, Frisbee, and skateboarded with the children from the orphanage.
"It was enjoyable to play with the children from the orphanage, and I liked how their faces lit up when we started playing with them," said Seaman Eric Arroyo, a native of Las Cruces, N.M. "We had to do some yard work, but the smiles on the kids' faces were priceless."
Lt. Derrick Horne, a chaplain and native of Tulsa, Okla., led the group of nine Sailors who provided 18 man-hours of public service as well as gifts for the children.
"We brought the kids Frisbees, soccer balls and a couple other playful items that the children really enjoyed," said Horne. "It always good to serve other people and show them that the United States Navy is here to help."
Many Sailors in the group enjoyed getting the chance to lend a hand to the Pattaya community.
"I like donating my time for these projects, because it lets me experience the culture and the people," said Arroyo. "At first it was kind of hard to communicate with them, but in the end we got our point across."
Chamaipian Metasuth, orphanage superintendent, offered Sailors mangoes to show her appreciation.
"I just want to thank the Sailors for all of their hard work and effort," said Metasuth. "The kids really enjoyed having the Sailors visit. I could tell by the smile on their faces. They are happy."''',
    quotes=[
        Q('"It was enjoyable to play', 'playing with them,"', "Eric Arroyo"),
        Q('"We had to do some yard work', 'were priceless."', "Eric Arroyo"),
        Q('"We brought the kids Frisbees', 'really enjoyed,"', "Derrick Horne"),
        Q('"It always good to serve', 'here to help."', "Derrick Horne"),
        Q('"I like donating my time', 'and the people,"', "Eric Arroyo"),
        Q('"At first it was kind of hard', 'our point across."', "Eric Arroyo"),
        Q('"I just want to thank the Sailors', 'work and effort,"', "Chamaipian Metasuth"),
        Q('"The kids really enjoyed', 'They are happy."', "Chamaipian Metasuth"),
    ],
    aliases={"Eric Arroyo": ["Eric Arroyo", "Seaman Eric Arroyo", "Arroyo"],
             "Derrick Horne": ["Derrick Horne", "Lt. Derrick Horne", "Horne"],
             "Chamaipian Metasuth": ["Chamaipian Metasuth", "orphanage superintendent", "Metasuth"]},
),
dict(
    id="army-h741-stallion-engineers-give-back-habitat-for-humanity",
    source="http://www.army.mil/article/9041/Stallion_engineers_give_back_to_Habitat_for_Humanity/",
    license=PD, retrieved=PAGES + " (army.mil story (article 9041) on engineers of Company E, 2nd 'Stallion' Battalion, 8th Cavalry Regiment, 1st Cavalry Division building a trailer and a storage shed for Habitat for Humanity in Killeen, Texas, May 1-2 (no year, headline or byline in the stored copy, which opens with the dateline; none is added, H1818), with the company commander Capt. John Burrescia; the last paragraph, 'The Co. E troops are no strangers to Habitat for Humanity. A little over three weeks ago, the Soldiers of Co. E helped the organization build a ', cut in the stored copy, dropped; units' nicknames in marks, a cue `said Dickinson, Texas native Capt. John Burrescia, commander Co. E.` whose first word is a town, words in single marks and a parenthesis nested in a quotation, and `added Burrescia` (H2478); straight marks as stored)",
    text='''KILLEEN, Texas - During Operation Iraqi Freedom Rotation 06-08, a group of engineers with the 1st "Ironhorse" Brigade Combat Team, 1st Cavalry Division honed their construction skills by building patrol bases and a foot bridge.
But the scene was quite a bit different here May 1-2 as these engineers from Company E, 2nd "Stallion" Battalion, 8th Cavalry Regiment gave back to an organization on the homefront that builds houses for needy families.
In a concerted effort with Habitat for Humanity, these Soldiers worked to build a mobile equipment trailer and a 2,000 square-foot shed for equipment storage for the Killeen-based office of the non-profit, charity organization.
Over a span of two days, the engineers framed walls for the storage shed and nailed the walls together as well as working on flooring for the structure. They also completed the mobile equipment trailer that Habitat for Humanity can drive to sites where they are building houses.
"This is something that the Soldiers can do that's going to support people in the community," said Dickinson, Texas native Capt. John Burrescia, commander Co. E. "This gives them a break from the warfighter mentality and they can come out here and say I built something to help people in my community."
Along with getting the gratitude and satisfaction of helping the local community, Burrescia said there are meaningful career opportunities that his Soldiers can take away from the experience.
"These Soldiers can learn a trade and actually say when they get out (of the service) that 'I can join a construction team,'" said Burrescia. "The skills they learn here will lead them toward other projects like being able to build a shoot house for an infantry unit."
"It also counts toward community service hours for them that can help them in their career and looks good on a resume," added Burrescia.''',
    quotes=[
        Q('"Ironhorse"', None, None),
        Q('"Stallion"', None, None),
        Q('"This is something that the Soldiers', 'in the community,"', "John Burrescia"),
        Q('"This gives them a break', 'in my community."', "John Burrescia"),
        Q('"These Soldiers can learn a trade', 'construction team,\'"', "John Burrescia"),
        Q('"The skills they learn here', 'an infantry unit."', "John Burrescia"),
        Q('"It also counts toward', 'good on a resume,"', "John Burrescia"),
    ],
    aliases={"John Burrescia": ["John Burrescia", "Capt. John Burrescia", "commander Co. E", "Burrescia"]},
),
dict(
    id="army-h741-2013-11-20-soldiers-help-build-habitats-for-humanity",
    source="http://www.army.mil/article/115370/Soldiers_help_build__Habitats_for_Humanity_/",
    license=PD, retrieved=PAGES + " (army.mil story by Sgt. Jon Heinrich of November 20, 2013 on Soldiers of the 1st Brigade Combat Team, 101st Airborne Division, building homes with Habitat for Humanity of Greater Nashville in Antioch, Tenn., with Chief Warrant Officer 2 Balwinder P. Singh; the byline line 'By Sgt. Jon HeinrichNovember 20, 2013', the three photo blocks (the headline repeated as photo title and '1 / 3 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL' and its two siblings) and the empty lines between paragraphs dropped; headline kept once as the first line; the last paragraph, 'S', cut in the stored copy, dropped; the organisation's name in single marks in the headline, a quotation left open at its paragraph's end and continued by a paragraph cued `continued Singh`, and `he said` (H2478); straight marks as stored)",
    text='''Soldiers help build 'Habitats for Humanity'
FORT CAMPBELL, Ky. - Soldiers from 1st Brigade Combat Team, 101st Airborne Division, helped build homes with Habitat for Humanity of Greater Nashville Nov. 16-17 in Antioch, Tenn.
"The project was designed to allow soldiers to not only do something good for the community, but to also help bring the team together after the recent deployment to Afghanistan," said Chief Warrant Officer 2 Balwinder P. Singh, the electronic warfare technician for 1st BCT.
Singh said the project took place over two weekends: Nov. 9-10 and Nov. 16-17.
First Battalion, 327th Infantry Regiment, 1st BCT provided 25 soldiers Nov. 9; 2nd Bn., 327th Inf. Rgt., 1st BCT had 25 soldiers Nov. 10; more than 50 soldiers combined volunteered from 1st Squadron, 32nd Cavalry Regiment, 1st BCT, and 426th Brigade Support Battalion, 1st BCT Nov. 16; and 25 soldiers from 1st Special Troops Battalion, 1st BCT helped out Nov. 17.
"Starting on Nov. 9, soldiers helped to install doors and molding and paint the entire house," he said. "On the 10th, we installed all cabinets for the kitchen and finished the final coat of paint on the interior of the house.
"Nov. 16, the soldiers worked diligently to finish all the landscaping by laying sod and planting trees and flowers," continued Singh. "On the 17th, 1st STB soldiers helped to finalize the house by installing appliances, and preparing the house to have the carpet installed."
Singh stated that, with the support of 1st BCT soldiers, the Habitat for Humanity was able to complete their houses in those two weekends.''',
    quotes=[
        Q("'Habitats for Humanity'", None, None),
        Q('"The project was designed', 'deployment to Afghanistan,"', "Balwinder P. Singh"),
        Q('"Starting on Nov. 9', 'the entire house,"', "Balwinder P. Singh"),
        Q('"On the 10th', 'interior of the house.', "Balwinder P. Singh"),
        Q('"Nov. 16, the soldiers', 'trees and flowers,"', "Balwinder P. Singh"),
        Q('"On the 17th', 'carpet installed."', "Balwinder P. Singh"),
    ],
    aliases={"Balwinder P. Singh": ["Balwinder P. Singh", "Chief Warrant Officer 2 Balwinder P. Singh", "the electronic warfare technician for 1st BCT", "Singh"]},
),
dict(
    id="marines-29palms-h741-2013-11-01-wardogs-pitch-in-clean-up-community",
    source="https://www.29palms.marines.mil/Articles/Article/499534/wardogs-pitch-in-to-clean-up-community/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Ground Combat Center Twentynine Palms story by Cpl. Lauren Kurkimilis of Nov. 1, 2013 on Marines of Company E, 2nd Battalion, 7th Marine Regiment removing trash from dumping sites in Copper Mountain Mesa, Calif., Oct. 26, 2013, with the neighborhood watch president Linda Carmella Sibio and Lance Cpl. Tim Cassidy; the site line 'Latest Articles', the date and byline line '1 Nov 2013 | Cpl. Lauren Kurkimilis' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'The Marine volunteers believe that it di', cut in the stored copy, dropped; a company's nickname in the headline opened with a straight single mark and closed with a curly one, a civilian's role after her name, and a thought in single marks with a parenthesis inside a Marine's quotation (H2479); curly and straight marks and apostrophes as stored)",
    text=''''Wardogs’ pitch in to clean up community
Marines and family members with Company E, 2nd Battalion, 7th Marine Regiment, volunteered their time in an effort to help beautify the community in Copper Mountain Mesa, Calif., Oct. 26, 2013. The Copper Mountain Mesa neighborhood watch requested the Marines to help in the effort to remove trash from more than 30 sites within the area, which have been used as unauthorized dumping sites.
“Copper Mountain Mesa has been known as the dumping grounds for the Morongo Basin for such a long time,” said Linda Carmella Sibio, president, Copper Mountain neighborhood watch. “Contractors, who don’t want to go out to a dump and pay a fee, come out here and dump garbage in our neighborhood. I moved here in 1997 and back then, it was horrible but with volunteer efforts we’ve been able to get rid of a lot.”
The Marines and family members drove out to each site and removed various types of trash and separated it into four categories; tires, metal, wood and other trash. After multiple trips of filling truck beds to their limits, the Marines and other local volunteers put a dent in the goal to clean up the area but there is still much to be done.
“Today we’ve gotten about one third of the sites done,” Sibio said. “We plan to organize more events like this. There’s just so much to pick up out there.”
Many of the Marines said they chose to volunteer their Saturday for this cause because they were aware of the limited resources made available to the residents of Copper Mountain Mesa.
“For the people out here, it's very hard for them to get the man power (to perform the clean up),” said Lance Cpl. Tim Cassidy, rifleman, E Co., 2/7. “Maybe if they see us out here they'll think, 'Hey, these people don't even live here and they're doing this,' then maybe it will help them to stand up and add to the manpower efforts.”''',
    quotes=[
        Q("'Wardogs’", None, None),
        Q('“Copper Mountain Mesa has been known', 'such a long time,”', "Linda Carmella Sibio"),
        Q('“Contractors, who don’t want', 'rid of a lot.”', "Linda Carmella Sibio"),
        Q('“Today we’ve gotten about one third of the sites done,”', None, "Linda Carmella Sibio"),
        Q('“We plan to organize', 'pick up out there.”', "Linda Carmella Sibio"),
        Q('“For the people out here', 'the clean up),”', "Tim Cassidy"),
        Q('“Maybe if they see us out here', 'manpower efforts.”', "Tim Cassidy"),
    ],
    aliases={"Linda Carmella Sibio": ["Linda Carmella Sibio", "president, Copper Mountain neighborhood watch", "Sibio"],
             "Tim Cassidy": ["Tim Cassidy", "Lance Cpl. Tim Cassidy", "rifleman, E Co., 2/7"]},
),
dict(
    id="marines-29palms-h741-2012-10-05-community-marines-keep-jt-clean",
    source="https://www.29palms.marines.mil/Articles/Article/499245/community-marines-keep-jt-clean/",
    license=PD, retrieved=PAGES + " (Marine Corps Air Ground Combat Center Twentynine Palms story by Sgt. Heather Golden of Oct. 5, 2012 on the National Public Lands Day clean-up of Joshua Tree National Park, Sept. 29, 2012, with the park ranger Dave Carney and Anita Neu-Fultz of the Armed Services YMCA; the site lines 'Latest Articles' and 'Photo Information', the photo caption 'Scouts with the Combat Center’s Cub Scout Pack 78 bag pieces of trash ...' with its credit line 'Photo by Sgt. Heather Golden', the date and byline line '5 Oct 2012 | Sgt. Heather Golden' and the empty lines between paragraphs dropped; headline kept as the first line; the last paragraph, 'The ASYMCA frequently reaches out through the base’s units for volunteer', cut in the stored copy, dropped; a quotation left open at its paragraph's end and a next paragraph closed and cued `he said`, and an executive director of a private organisation with her role after the name (H2479); curly marks as stored)",
    text='''Community, Marines keep JT clean
More than 200 volunteers from the Combat Center community joined with others from across the Morongo Basin for an annual clean-up operation of Joshua Tree National Park Sept. 29, 2012.
The clean-up was in honor of National Public Lands Day, which celebrates the public lands, like national parks, Americans have available for their use year-round.
“It’s a day set aside that’s a good day for people to give back to those public lands they enjoy and use frequently,” said JTNP Park Ranger Dave Carney. “They literally belong to everybody in the U.S. People need to understand why the parks are here and take enjoyment of them.
“There is no better demonstration of that than events like this where people come out and give back,” he said.
The volunteers split up into groups of about 30 and headed out to one of the handful of areas designated by park staff for clean-up. These areas are the ones most commonly used, including camp sites.
The park has been holding community clean-ups like this for years, but this was the first year they reached out specifically to the base for help. They looked to the base’s Armed Services YMCA for coordination. It was a request the ASYMCA jumped at.
“Many times Marines ask for activities to do on the weekends, and many Marines have never been to the national park,” said Anita Neu-Fultz, executive director, ASYMCA. “It was a chance to introduce them to the national park, and at the same time, give them an opportunity to give back to the local community.”''',
    quotes=[
        Q('“It’s a day set aside', 'use frequently,”', "Dave Carney"),
        Q('“They literally belong', 'enjoyment of them.', "Dave Carney"),
        Q('“There is no better demonstration', 'and give back,”', "Dave Carney"),
        Q('“Many times Marines ask', 'the national park,”', "Anita Neu-Fultz"),
        Q('“It was a chance to introduce', 'the local community.”', "Anita Neu-Fultz"),
    ],
    aliases={"Dave Carney": ["Dave Carney", "JTNP Park Ranger Dave Carney"],
             "Anita Neu-Fultz": ["Anita Neu-Fultz", "executive director, ASYMCA"]},
),
]
