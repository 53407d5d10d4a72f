# Held-out English news texts (tests/data/heldout460-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US government agencies' own news stories (public domain, 17 U.S.C. § 105): a NASA
# Goddard feature on the arrival of the 2013 summer interns (nasa.gov), two NIH Record stories on NIH's Combined Federal
# Campaign (the 2022 kickoff with Lawrence Tabak and Eliseo Pérez-Stable; the 2018 campaign's awards ceremony of March
# 2019), an Environmental Factor story of September 2017 on the NIEHS summer interns' poster session
# (factor.niehs.nih.gov), a National Weather Service feature of Nov. 16, 2004 on StormReady Napa, Calif. (nws.noaa.gov),
# a NOAA news release of Dec. 6, 2005 on StormReady Long County, Ga. (publicaffairs.noaa.gov, in the UNT End of Term web
# archive), a NOAA release of June 2001 on a right whale rescue team (publicaffairs.noaa.gov) and a USDA blog post on
# the first People's Garden in South Florida (blogs.usda.gov). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped (noted in `retrieved`). Site lines, navigation, release numbers, contact and date lines, bylines, photo alt
# texts and captions and the empty lines between paragraphs are dropped; a headline (and a kicker or deck above or under
# it) is kept as stored where the stored copy has one (none is added where it has none); datelines at the start of a
# paragraph are kept as stored; wording, typos, spacing inside a line and quotation marks (straight or curly as stored)
# are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2135-H2141 in ANNOTATION.md on
# top of H1-H2134).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDW = "public domain (NOAA, US government work, 17 U.S.C. § 105; UNT End of Term web-archive copy of the NOAA page)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout460-en.jsonl

Built by `build.py` from `heldout460_pages.py`. Like heldout441-en, heldout436-en, heldout431-en and the other US
government sets above, these texts are stored web pages (the `pages` search corpus) of US government agencies' own news
stories, works of federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"), each on the site of the agency that wrote it: a NASA
Goddard Space Flight Center feature of June 4, 2013 on the summer interns' orientation ('Goddard Welcomes Summer
Interns', nasa.gov/centers/goddard/news/features/2013/intern-orientation.html); two stories of the NIH Record, the
employee newsletter of the National Institutes of Health ('Tabak, NIMHD Launch Annual CFC Effort at NIH', Nov. 11, 2022;
'NIH Exceeds $2.2 Million Goal in 2018 CFC Program', Apr. 19, 2019; the NIH Record prints that its content is
reprintable without permission); an Environmental Factor story of September 2017 on the summer interns' poster session
of the National Institute of Environmental Health Sciences, an NIH institute (factor.niehs.nih.gov); a National Weather
Service public affairs story of Nov. 16, 2004 on StormReady Napa, Calif. (nws.noaa.gov/pa/fstories); a NOAA news release
of Dec. 6, 2005 (NOAA05-R299-41) on StormReady Long County, Ga. (publicaffairs.noaa.gov as kept by the UNT End of Term
web archive, webarchive.library.unt.edu, as the FEMA and NIH Record copies of heldout27-en and heldout45-en; licence
constant PDW); a NOAA news release of June 2001 (NOAA 2001-069, 'Team Preps for Whale Rescue',
publicaffairs.noaa.gov); and a USDA blog post by a USDA marketing intern on Florida International University's Organic
Garden, the first USDA People's Garden in South Florida (blogs.usda.gov, the listing page 790 on which the post is
printed first; one complete post is one document, H315). Reuse terms relied on: US government works are not subject to
copyright in the US (17 U.S.C. § 105); NASA states that its text material is generally not copyrighted; the NIH Record
prints that its content is reprintable without permission. Licence caveats: no byline is stored for the Environmental
Factor story, so whether its writer was an NIEHS employee or a contract writer cannot be checked from the stored copy
(it is published by NIEHS as its own); the USDA post's writer is named as a 'USDA Marketing Intern'. None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it opens a
quotation (what was dropped is noted per page). Site lines ('Text Size', 'NIH Record - National Institutes of Health',
'Skip Navigation', NWS banner and 'Home >> Full Story' lines with the local-forecast box's '"City, St"', the NOAA
release's 'NOAA News Releases 2005' / 'NOAA Home Page' / 'NOAA Public Affairs' lines, the USDA blog's social-media line),
release numbers, contact and date lines, bylines, photo alt texts, captions and credits and the empty lines between
paragraphs were dropped; headlines, a kicker above a headline and a deck under one are kept as lines as stored;
datelines at the start of a paragraph are kept as stored; wording, typos ('IH exceeded' for the story's drop-capped
'NIH', 'Mahadev Bhat and Krish', 'was founded' after a plural subject), spacing ('Monterey , Calif.', 'Tulsa , Okla. ,
area', two spaces after a closing mark) and quotation marks (straight, curly and mixed as stored, also the lost and
misshapen marks of the USDA post, H2136) are as stored. Pages read but left out: the NIH Record Rall Lecture teaser
(05_20_2016, used in an earlier set), the NPS release on the Defense Authorization Act (release.htm?id=1663, used in an
earlier set), the alumni.state.gov listing page with Marie Royce and Alex Morgan (used in heldout133-en), the NASA
Goddard intern page of June 3, 2014 (the second intern's quotation is cut in the stored copy), the NASA Ames release on
the Ronald McNair Academy visit (only copies on spaceref.com and tmcnet.com, not the agency site), the FWS Alaska
coastal wetlands grants story of January 2007 (its second quotation is cut, and the stored copy is littered with
style-sheet residue), the NOAA releases on right whale Zoodsma tracking (noaa05-r136) and on a Teacher at Sea
(noaa04-r811) and the USGS 1998 flood release (article.asp-ID=1173), each with one quotation before the cut, the NIH
Record Poster Day stories of 2009, 2012 and 2018 and the NIH Record 2017 CFC story (one speaker each before the cut),
and the NCI at Frederick 'Poster' story on the NCI Director's Awards (a contractor-produced newsletter). None of the
pages used is in any set above or in another helper's worktree (checked by URL and page id (intern-orientation,
tabak-nimhd-launch-annual-cfc-effort-nih, nih-exceeds-22-million-goal-2018-cfc-program,
2017/9/feature/feature-3-interns, fs16nov2004a, noaa05-r299-41, noaa01069, blogs.usda.gov/page/790), by title and by
the names of the speakers and by phrases, such as Jason McCracken, blow the minds, Joel Strothers, Brandt Schwer, Omar
Salama, Every Dollar Counts, Kimberly Allen, Toni Lewis, Bekah Geiger, Debbie Wilson, Khosravi-Kamrani, David Soroka,
City of Napa, StormReady, Long County, Darrell Balance, Jerry Harrison, Teri Rowles, Team Preps for Whale Rescue,
People's Garden in South Florida, Andrew Jungman and Vladimir Diaz, with grep over tests/data of the main tree and of
every other helper's worktree (heldout447-459): no hit; Lawrence Tabak, Eliseo Pérez-Stable, Christopher Austin and
Francis Collins speak in other sets about other events). The annotation (rules H2135–H2141 in `ANNOTATION.md` on top
of H1–H2134) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nasa-goddard-2013-06-04-summer-interns",
    source="https://www.nasa.gov/centers/goddard/news/features/2013/intern-orientation.html",
    license=PD, retrieved=PAGES + " (NASA Goddard Space Flight Center feature of June 4, 2013 on the orientation day of the 2013 summer interns; the lines 'Text Size' and 'June 4, 2013' dropped; headline kept as the first line; the last paragraph, 'The poster session at the beginning of August is one of the highlights of the internship program at NASA Goddard. ... to Goddar', cut in the stored copy, dropped; the lead's partial quote is McCracken's (H2135); the ellipsis inside Strothers's span and straight marks as stored)",
    text='''Goddard Welcomes Summer Interns
Jason McCracken traveled nearly 50 hours from Montana to "blow the minds of the youth."
An education intern from Montana State University, McCracken will spend the summer at NASA's Goddard Space Flight Center in Greenbelt, Md.
McCracken joins nearly 400 students interning at Goddard, selected from approximately 6,000 high school, college and graduate school students, as well as educators. Participants will gain real-world experience while working on current NASA projects and missions. During their internships, students will have the chance to meet scientists, technicians, engineers and even a Nobel laureate.
First-time intern Joel Strothers, from Brooklyn, N.Y., will spend his summer studying heliophysics, the study of interactions between Earth and the sun. However, Strothers hopes to take away more than just experience and information on the sun.
"I want to … find my niche in the NASA community," he said.
Not every intern is new to Goddard. Brandt Schwer, a junior at the University of Maryland, is a returning mechanical engineering intern from Riva, Md.
"I worked on this project two years ago," Schwer said. "It will be interesting to see how far the project has progressed. I want to gain experience that I can't from the classroom."
The projects are not the only things that have come a long way.
Goddard is in Greenbelt, Md., but interns come from around the world to join the nation's largest grouping of scientists and engineers. Omar Salama, originally from Egypt, graduated this past year from The Ohio State University.
"I want to learn more than I ever hoped," Salama said. Salama measured soil patterns as part of a NASA project, and was asked to intern at Goddard this summer.''',
    quotes=[
        Q('"blow the minds of the youth."', None, "Jason McCracken"),
        Q('"I want to … find', 'NASA community,"', "Joel Strothers"),
        Q('"I worked on this project', 'two years ago,"', "Brandt Schwer"),
        Q('"It will be interesting', 'from the classroom."', "Brandt Schwer"),
        Q('"I want to learn more', 'ever hoped,"', "Omar Salama"),
    ],
    aliases={"Jason McCracken": ["Jason McCracken", "McCracken", "An education intern from Montana State University"],
             "Joel Strothers": ["Joel Strothers", "First-time intern Joel Strothers", "Strothers"],
             "Brandt Schwer": ["Brandt Schwer", "Schwer", "a junior at the University of Maryland"],
             "Omar Salama": ["Omar Salama", "Salama"]},
),
dict(
    id="nih-record-2022-11-11-cfc-kickoff-tabak-perez-stable",
    source="https://nihrecord.nih.gov/2022/11/11/tabak-nimhd-launch-annual-cfc-effort-nih",
    license=PD, retrieved=PAGES + " (NIH Record story of Nov. 11, 2022 on the virtual kickoff of NIH's 2022 Combined Federal Campaign on Oct. 12, 2022; the stored copy opens with the kicker '‘Every Dollar Counts’' and the headline, both kept as lines as stored; the paragraph 'CFC donations have helped the Foundation for the Advancement of Music and Education (FAME) get through the past few difficult years, said Toni Lewis, FAME founder and executive officer. The foundation was e', cut in the stored copy, dropped (with it Toni Lewis, who says nothing in marks in the kept text); the kicker takes the speaker of the body's 'Every dollar counts.' (H6, H2137); curly marks and the em dash in 'NIH—a caring' as stored)",
    text='''‘Every Dollar Counts’
Tabak, NIMHD Launch Annual CFC Effort at NIH
The NIH community works hard every day to advance medical research, said Dr. Lawrence Tabak, who is performing the duties of NIH director, during the 2022 NIH Combined Federal Campaign (CFC) virtual kickoff event on Oct. 12.
“Your generosity and support of the CFC is another way you can help make the world a better place,” he said.
The CFC is the annual workplace fundraising drive among federal employees that serves more than 5,000 charities, said National Institute on Minority Health and Health Disparities (NIMHD) executive officer Kimberly Allen. NIMHD is the lead institute for this year’s campaign. She thanked deputy and assistant coordinators and keyworkers for their efforts. “You are the heart and soul of our campaign.”
NIMHD director Dr. Eliseo Pérez-Stable said he is excited to be co-chairing the 2022 campaign alongside Tabak because of NIH’s strong CFC tradition. Over the past 17 years, employees raised nearly $35 million.
“This is a remarkable accomplishment,” said Pérez-Stable. “It reflects the spirit of NIH—a caring and collaborative community.”
Last year, under the leadership of Fogarty International Center, employees raised more than $2 million, even though the target was $1 million. Pérez-Stable is confident NIH will once again exceed its goal.
“The pandemic is still affecting all of us in many different ways in every corner of the world, with the most vulnerable both at home and abroad, suffering the greatest,” he said. “This is our chance to help those in need by making a donation to the CFC campaign. Every dollar counts.”
A couple of CFC charities had representatives join the kickoff to talk about the campaign’s impact on their organizations.''',
    quotes=[
        Q('‘Every Dollar Counts’', None, "Eliseo Pérez-Stable"),
        Q('“Your generosity', 'a better place,”', "Lawrence Tabak"),
        Q('“You are the heart and soul of our campaign.”', None, "Kimberly Allen"),
        Q('“This is a remarkable accomplishment,”', None, "Eliseo Pérez-Stable"),
        Q('“It reflects the spirit', 'collaborative community.”', "Eliseo Pérez-Stable"),
        Q('“The pandemic is still', 'the greatest,”', "Eliseo Pérez-Stable"),
        Q('“This is our chance', 'Every dollar counts.”', "Eliseo Pérez-Stable"),
    ],
    aliases={"Lawrence Tabak": ["Lawrence Tabak", "Dr. Lawrence Tabak", "Tabak"],
             "Kimberly Allen": ["Kimberly Allen", "National Institute on Minority Health and Health Disparities (NIMHD) executive officer Kimberly Allen"],
             "Eliseo Pérez-Stable": ["Eliseo Pérez-Stable", "NIMHD director Dr. Eliseo Pérez-Stable", "Dr. Eliseo Pérez-Stable", "Pérez-Stable"]},
),
dict(
    id="niehs-factor-2017-09-summer-interns-poster-session",
    source="https://factor.niehs.nih.gov/2017/9/feature/feature-3-interns/index.htm",
    license=PD, retrieved=PAGES + " (Environmental Factor story of September 2017, the newsletter of the National Institute of Environmental Health Sciences (NIH), on the NIEHS Summer Internship Program poster session of July 27, 2017; the stored copy has no headline line and opens with the first paragraph, kept so, no title added (H1818); the subheading 'New experiences for a bright future' kept as a line (the empty line before it dropped); the paragraph 'For other interns, exposure to a whole new field was precisely what they needed to firm up career plans. Savan Gandhi said performing data mining was a valuable skill he gained this summer. He is a ', cut in the stored copy, dropped; Wilson's second paragraph is a cue-less continuation (H2140); the bracket '[I learned]' opens Khosravi-Kamrani's span; straight marks and spaced em dashes as stored)",
    text='''On July 27, approximately 50 high school, undergraduate, and graduate students proudly presented their research at the NIEHS Summer Internship Program Poster Session.
Summer interns are selected directly by mentors to work in their labs for 8 to 12 weeks. Students gain first-hand experience with cutting-edge techniques, as they work alongside experts conducting environmental health sciences research.
The summer culminates in a conference-style poster session that allows them to present their work to peers and the greater NIEHS community. "The mentors and lab mates enjoy the summer as much as our interns, who bring enthusiasm, as well as fresh ideas and questions," said Debbie Wilson, coordinator of the program.
"And by the end of the summer, they describe their research projects with a knowledge and poise that impresses the scientists who stop by — sometimes asking very detailed questions. It always helps when the next call for mentors goes out."
New experiences for a bright future
Many students come to NIEHS for hands-on immersion in biomedical sciences and to learn more about what a research career is really like.
Pegah Khosravi-Kamrani, a recent Columbia University graduate, will start dental school in the fall. She hopes to translate her new skills to learning about the impact of environmental exposure on oral health. According to Khosravi-Kamrani, a big take-away skill from this experience was the ability to think critically. "[I learned] to look at the study after it's finished and think about what is missing that should be looked at next," she said.
Durham Academy senior Lindsay Santiago confirmed her choice to pursue research during college and beyond, in spite of the challenge she — and other interns — faced as they learned new terminology and techniques.''',
    quotes=[
        Q('"The mentors and lab mates', 'fresh ideas and questions,"', "Debbie Wilson"),
        Q('"And by the end of the summer', 'for mentors goes out."', "Debbie Wilson"),
        Q('"[I learned] to look', 'looked at next,"', "Pegah Khosravi-Kamrani"),
    ],
    aliases={"Debbie Wilson": ["Debbie Wilson", "coordinator of the program"],
             "Pegah Khosravi-Kamrani": ["Pegah Khosravi-Kamrani", "Khosravi-Kamrani", "a recent Columbia University graduate"]},
),
dict(
    id="nws-2004-11-16-napa-stormready",
    source="http://www.nws.noaa.gov/pa/fstories/2004/1104/fs16nov2004a.php",
    license=PD, retrieved=PAGES + " (National Weather Service public affairs story of Nov. 16, 2004 on the recognition of the City of Napa, Calif., as a StormReady community; the site lines 'Skip Navigation', 'NOAA logo - Click to go to the NOAA homepage National Weather Service NWS logo - Click to go to the NWS homepage', 'Public Affairs Office banner', 'Local forecast by', '\"City, St\"' (the search box's placeholder) and 'Home >> Full Story' dropped; the stored copy has no headline and opens with the dateline 'Nov. 16 — ', kept as stored, no title added (H1818); the paragraph 'At the City Council meeting in Napa today, NWS officials presented a StormReady recognition letter ... will go throug', cut in the stored copy, dropped; the programme's name in marks is null (H5, H2139); mixed curly and straight marks and the spaces in 'Monterey , Calif.' and 'Tulsa , Okla. , area' as stored)",
    text='''Nov. 16 — Officials from NOAA's National Weather Service recognized the City of Napa, Calif., today as a leader by naming it among the agency's "StormReady" communities. NOAA, the National Oceanic and Atmospheric Administration, is an agency of the U.S. Department of Commerce.
“StormReady encourages communities to take a new, proactive approach toward improving local hazardous weather operations and public awareness," said David Soroka, warning coordination meteorologist at the NWS Weather Forecast Office in Monterey , Calif. "StormReady arms communities with improved communication and safety skills needed to save lives and property.”
"StormReady recognition is a positive indication this community takes the dangers of severe weather seriously," said Dr. James R. Mahoney, assistant secretary of commerce for oceans and atmosphere and NOAA deputy administrator. "NOAA commends the efforts of community leaders to protect their citizenry from harm. We hope these efforts will continue to spread across the country."
The nationwide community preparedness program uses a grassroots approach to help communities develop plans to handle local severe weather and flooding threats. The program is voluntary, and provides communities with clear-cut advice from a partnership between the local NWS weather forecast office and state and local emergency managers. StormReady started in 1999 with seven communities in the Tulsa , Okla. , area. There are now more than 800 StormReady communities in 47 states.''',
    quotes=[
        Q('"StormReady"', None, None),
        Q('“StormReady encourages', 'public awareness,"', "David Soroka"),
        Q('"StormReady arms', 'lives and property.”', "David Soroka"),
        Q('"StormReady recognition', 'weather seriously,"', "James R. Mahoney"),
        Q('"NOAA commends', 'across the country."', "James R. Mahoney"),
    ],
    aliases={"David Soroka": ["David Soroka", "warning coordination meteorologist at the NWS Weather Forecast Office in Monterey , Calif."],
             "James R. Mahoney": ["James R. Mahoney", "Dr. James R. Mahoney", "assistant secretary of commerce for oceans and atmosphere and NOAA deputy administrator"]},
),
dict(
    id="noaa-2001-069-right-whale-rescue-team",
    source="http://www.publicaffairs.noaa.gov/releases2001/jun01/noaa01069.html",
    license=PD, retrieved=PAGES + " (NOAA news release NOAA 2001-069 of June 2001 on a team preparing to free an entangled North Atlantic right whale off Cape Cod; the release number line 'NOAA 2001-069' and the contact line 'Contact: Teri Frady' dropped (H2141); the headline and its deck 'Endangered Right Whale Still Within Reach of Medical Help' kept as the first two lines as stored; the paragraph 'Biologists believe that the whale is probably following concentrations of food. ... rig the free ends with buoys that will cause enough dr', cut in the stored copy, dropped; straight marks as stored)",
    text='''Team Preps for Whale Rescue
Endangered Right Whale Still Within Reach of Medical Help
Veterinarians and whale experts at the Commerce Department's National Oceanic and Atmospheric Administration are part of a team preparing an at-sea attempt to remove a potentially lethal, tightly-cinched piece of heavy line from the mouth and head of an endangered North Atlantic right whale off Cape Cod, Mass.
"If the line is not removed, this whale will eventually die," says Dr. Teri Rowles, of NOAA's National Marine Fisheries Service, who heads the nation's marine mammal health and stranding response program and is the managing vet for the operation. "We are planning to attempt this rescue simply because losing even one reproductively active member of this rare and endangered species population is a factor in survival of the species," she said. Team experts agree that any procedure will be stressful for the whale and dangerous for the people who are trying to help.
The effort is the first mission of its kind involving a mature right whale, using a sedative and specially constructed blades for cutting the line. NOAA fisheries is the federal agency that oversees marine mammals in the nation's waters.
Others on the team include disentanglement experts from the Center for Coastal Studies, a Provincetown-based marine conservation organization that specializes in large whale recovery, and various researchers and field specialists from the New England Aquarium. Logistical support will also involve the U.S. Coast Guard, NOAA's Atlantic Marine Center, and the state of Massachusetts.''',
    quotes=[
        Q('"If the line is not removed', 'eventually die,"', "Teri Rowles"),
        Q('"We are planning', 'survival of the species,"', "Teri Rowles"),
    ],
    aliases={"Teri Rowles": ["Teri Rowles", "Dr. Teri Rowles"]},
),
dict(
    id="nih-record-2019-04-19-cfc-2018-awards-ceremony",
    source="https://nihrecord.nih.gov/2019/04/19/nih-exceeds-22-million-goal-2018-cfc-program",
    license=PD, retrieved=PAGES + " (NIH Record story of Apr. 19, 2019 on the appreciation and awards ceremony of NIH's 2018 Combined Federal Campaign, Mar. 6, 2019; the site line 'NIH Record - National Institutes of Health', the photo alt text 'Geiger passes a paper torch and a banner to Ryan' and the caption 'NCATS’s Bekah Geiger (r) passes the torch and the CFC banner to NEI’s Jessica Ryan' dropped; headline kept as the first line; the paragraph that begins 'IH exceeded its goal' lost its drop-capped 'N' in the stored copy and is kept as stored (H2138); the paragraph 'From the kickoff event in October to the many smaller events he', cut in the stored copy, dropped; the campaign theme in marks is null (H5, H2138); curly marks and em dash as stored)",
    text='''NIH Exceeds $2.2 Million Goal in 2018 CFC Program
NIH has done it again. That was the main message of the appreciation and awards ceremony that wrapped up NIH’s 2018 Combined Federal Campaign (CFC). The ceremony, which recognized each institute and center based on participation, amount of money raised and overall campaign achievements, was held Mar. 6 at Lister Hill Auditorium, Bldg. 38A.
IH exceeded its goal for the CFC, raising more than $2.2 million for charities in the U.S. and abroad. The CFC is the federal government’s largest workplace giving campaign. This year, some 8,000 charities participated in the National Capital Area CFC.
“At a time of seemingly endless fractiousness, it was a pure delight to see the NIH community do what it does best—truly caring for others,” said campaign co-chair and NCATS director Dr. Christopher Austin. NCATS served as the lead NIH agency for the 2018 campaign. The theme, for the third year in a row, was “Show Some Love.”
This year’s partial government shutdown presented a unique challenge. “We at NIH only had a very small segment of the employee base furloughed, but the furlough still affected us,” said NIH director Dr. Francis Collins. Many NIH employees have spouses and other family members who were furloughed during the shutdown. The uncertainty about whether they would ever be paid for the unexpected time off made committing to charitable donations difficult.
“Even in the face of those challenges, we did it,” Collins said. “This speaks to NIH’s commitment to this important endeavor.” In addition, he noted, colleagues in other parts of the federal government were receiving benefits from some of the same charitable organizations that the CFC supports.''',
    quotes=[
        Q('“At a time of seemingly', 'caring for others,”', "Christopher Austin"),
        Q('“Show Some Love.”', None, None),
        Q('“We at NIH only had', 'still affected us,”', "Francis Collins"),
        Q('“Even in the face of those challenges, we did it,”', None, "Francis Collins"),
        Q('“This speaks to', 'important endeavor.”', "Francis Collins"),
    ],
    aliases={"Christopher Austin": ["Christopher Austin", "campaign co-chair and NCATS director Dr. Christopher Austin", "Dr. Christopher Austin"],
             "Francis Collins": ["Francis Collins", "NIH director Dr. Francis Collins", "Dr. Francis Collins", "Collins"]},
),
dict(
    id="noaa-2005-12-06-long-county-stormready",
    source="https://webarchive.library.unt.edu/eot2008/20090114095948/http:/www.publicaffairs.noaa.gov/releases2005/dec05/noaa05-r299-41.html",
    license=PDW, retrieved=PAGES + " (UNT End of Term web-archive copy of the NOAA news release NOAA05-R299-41 of Dec. 6, 2005 on the recognition of Long County, Ga., as StormReady; the lines 'NOAA05-R299-41', 'FOR IMMEDIATE RELEASE', 'Contact: Marcie Katcher', '12/6/05', 'NOAA News Releases 2005', 'NOAA Home Page' and 'NOAA Public Affairs' dropped; the headline in capitals kept as the first line as stored; the stored copy ends with the opening mark '“' of a paragraph cut right after it, which is dropped (a span must not run into a cut, H2090); curly marks as stored)",
    text='''NOAA’S NATIONAL WEATHER SERVICE DECLARES LONG COUNTY, GA., STORMREADY
Officials from NOAA’s National Weather Service today praised the emergency management team of Long County, Georgia, for completing a set of rigorous criteria necessary to earn the distinction of being declared StormReady.
“Several Georgia counties have earned the StormReady designation, but Long County is among the latest,” said Jerry Harrison, warning coordination meteorologist of the National Weather Service forecast office in Charleston, S.C., which serves the Long area. “Through StormReady, the county will be better prepared to help protect the lives and property of its citizens during severe weather events.”
The nationwide community preparedness program uses a grassroots approach to help communities develop plans to handle local severe weather and flooding threats. The program is voluntary and provides communities with clear-cut advice from a partnership between the local National Weather Service offices and state and local emergency managers. StormReady started in 1999 with seven communities in the Tulsa, Okla., area. There are now more than 980 StormReady communities in 48 states.
Officials from the National Weather Service will present a StormReady plaque and special StormReady signs to the county commissioners and emergency preparedness officials at the county commissioners’ building this morning at 10:00 a.m. The StormReady recognition will be in effect for three years, at which time the county will go through a renewal process.
“The StormReady program will provide us with an improved weather warning and preparedness service for the county,” said Darrell Balance, emergency manager for Long County. “We are excited to be recognized as StormReady and look forward to cooperative weather monitoring with the National Weather Service.”''',
    quotes=[
        Q('“Several Georgia counties', 'among the latest,”', "Jerry Harrison"),
        Q('“Through StormReady', 'severe weather events.”', "Jerry Harrison"),
        Q('“The StormReady program will provide', 'for the county,”', "Darrell Balance"),
        Q('“We are excited', 'National Weather Service.”', "Darrell Balance"),
    ],
    aliases={"Jerry Harrison": ["Jerry Harrison", "warning coordination meteorologist of the National Weather Service forecast office in Charleston, S.C."],
             "Darrell Balance": ["Darrell Balance", "emergency manager for Long County"]},
),
dict(
    id="usda-blog-fiu-first-peoples-garden-south-florida",
    source="http://blogs.usda.gov/page/790/",
    license=PD, retrieved=PAGES + " (USDA blog post 'The First USDA People’s Garden in South Florida' by a USDA marketing intern, printed first on page 790 of the blog's listing (one complete post is one document, H315); the social-media line 'Become a fan on Facebook Follow us on Twitter USDA Blog Feed ... Subscribe to RSS Feeds' and the byline 'By Ana Maria Silva, USDA Marketing Intern' dropped; headline kept as the first line; the paragraph 'In 2009, Agriculture Secre', cut in the stored copy, dropped; the lost opening marks and the closing mark typed as an opener glued to 'said' (', “said Vladimir Diaz') as stored: no span for the unopened words (H2136); the two spaces after 'initiative.”' as stored; 'Mahadev Bhat and Krish' and 'program was founded' as stored)",
    text='''The First USDA People’s Garden in South Florida
Florida International University’s Organic Garden gained recognition from the U.S. Department of Agriculture as part of the People’s Garden Initiative. FIU is a student-centered urban public research university that is locally and globally engaged.
Both the organic garden and FIU’s agro-ecology program was founded in 2005 by FIU professors Mahadev Bhat and Krish and funded by USDA educational grants. Once a week students from the agro-ecology program and the garden club meet to work at the garden and search for ways to reduce waste and conserve energy. Not only is the garden open to all FIU students, it is also open to teachers and students from other schools for research and educational purposes.
According to students, the garden uses little or no synthetic soil or pesticides. We always look for organic solutions,” said Andrew Jungman, a senior majoring in environmental studies. “We squeeze caterpillars’ guts onto plants to deter insects, and we feed compost like orange peels to worms to use their poop or castings to create a very rich soil.” They also conserve water and fertilizer by using a drip irrigation system that lets water drip slowly to the root of the plant. In addition, the garden features a meditation section surrounded by edible plants like basil and lemon balm.
FIU students are very committed to making the organic garden a model for other urban institutions of higher education, “said Vladimir Diaz with the USDA Hispanic-Serving Institutions National Program. “The community will greatly benefit from this environmentally friendly initiative.”  The FIU Organic Garden is the first USDA People’s Garden on any university in South Florida.''',
    quotes=[
        Q('“We squeeze', 'a very rich soil.”', "Andrew Jungman"),
        Q('“The community will greatly benefit', 'friendly initiative.”', "Vladimir Diaz"),
    ],
    aliases={"Andrew Jungman": ["Andrew Jungman", "a senior majoring in environmental studies"],
             "Vladimir Diaz": ["Vladimir Diaz"]},
),
]
