# Held-out English news texts (tests/data/heldout600-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105) of the Interior
# Department, the Justice Department, the Voice of America, FEMA, NOAA and NASA: a Department of the Interior release of
# August 25, 2004 on Secretary Gale A. Norton at Bandelier National Monument on the Park Service's Founders Day
# (doi.gov archive), a Justice Department release of December 10, 2020 on the extradition of Kang Juntao for financing a
# turtle-smuggling ring (verbatim copy on the blog hunting4predators.blogspot.com), a VOA News story of autumn 2010 on
# Washington middle school students talking with the space station crew (voanews.com 173620), a VOA Learning English
# story on a refugee's auto repair shop in Charlottesville (learningenglish.voanews.com 3825254), a FEMA release of
# March 28, 2018 on Louisiana flood survivors and FEMA's Volunteer Agency Liaisons (English text under a fema.gov address
# with the language code `es`), a NOAA release of May 6, 2003 on the Weather Service's Quick Response Teams for tornado
# damage (ScienceBlog archive copy), a FEMA employee news story of 2012 on the first FEMA Corps members (fema.gov) and a
# NASA Marshall Space Flight Center release of 2012 on its honor awards (nasa.gov, release 12-086). None is credited to
# AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking News',
# 'Main Content', 'News Releases', the Interior header lines, FEMA's untranslated-page notice), video-player lines,
# release-number, contact, date and byline lines, the blog's date line, image captions (one inside a paragraph, in
# parentheses), the empty lines between paragraphs and spaces at the start or end of a line are dropped; a headline is
# kept once as the first line; wording, typos, dashes, double spaces and quotation marks (straight or curly as stored)
# are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2305-H2309 in ANNOTATION.md on
# top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout600-en.jsonl

Built by `build.py` from `heldout600_pages.py`. Like heldout584-en, heldout583-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news texts, works of
federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not available for
any work of the United States Government"), from civilian agencies, the Justice Department and the Voice of America:
a Department of the Interior release of August 25, 2004, 'Secretary Norton Commemorates National Park Founders Day;
Touts Importance of Park Maintenance Improvements', in doi.gov's archive of 2004 releases (040825a); the Justice
Department release of December 10, 2020, 'Chinese Man Extradited for Financing Turtle-Trafficking Ring', in a verbatim
copy that is the first post on the 2020 archive page of the blog hunting4predators.blogspot.com (licence constant PDC,
as the blog and aggregator copies of earlier sets); two Voice of America pages, the VOA News story 'Students on Class
Trip 'Visit' Space Station Astronauts' (voanews.com 173620; no date in the stored copy, the crew it names being that of
autumn 2010) and the VOA Learning English story 'Business Grows in US Town That Embraces Refugees'
(learningenglish.voanews.com 3825254; no date in the stored copy); the FEMA release 'Louisiana Flood Survivors Grateful
for FEMA Volunteer Agency Liaisons' of March 28, 2018 (English text on a fema.gov page whose path carries the Spanish
language code `es` and the site's migration date 20200220); NOAA's release of May 6, 2003, 'Experts Assess Storm Damage
as Severe Weather Threatens Anew', in ScienceBlog's archive of NOAA releases (noaa142; other releases of that archive in
heldout103-en; licence constant PDC); the FEMA employee news story 'FEMA Corps Members desire to serve' (2012, by John
Wesley Rowe, Jr.); and the NASA Marshall Space Flight Center release 12-086 of 2012 on the center's honor awards
ceremony. Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); the
doi.gov, justice.gov (by its copy), voanews.com, learningenglish.voanews.com, fema.gov, NOAA (by its copy) and nasa.gov
texts are the bodies' own releases and stories, and the two copies on other sites reproduce a federal release, marked as
copies (PDC). Texts credited to AP, Reuters, AFP or another third party were excluded. Licence caveats: the DOJ and NOAA
texts are taken from copies on non-government sites, which may differ from the agencies' own pages in details the
stored copies cannot show (the DOJ headline, structure and quotations match the department's release style; the
ScienceBlog archive carries NOAA's numbered releases); the VOA pages name no writer, so the writer's status is taken
from VOA, which publishes them as its own; the FEMA employee story's writer is named in its byline, taken as a FEMA
employee as the page is FEMA's; the texts quote private people (a refugee who owns a repair shop, a flood survivor, two
FEMA Corps members) and an unnamed questioner and student inside the public-domain texts. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in the stored copy is dropped
(noted per page: the Interior release's 'In addition, the National Park Service has nearly tripled funding to prese';
the DOJ copy's 'The United States, Malaysia, China, and approximately 181 other countries ... of Wild Fa'; the VOA
story's 'STUDENT 1: "What kind of research are you working on, and ho'; the Learning English story's 'When the United
States began accepting Meskhetian Turks as refugees in 2004, Ismailov, his brother and par'; the FEMA release's last
stored paragraph 'It wasn’t until Meyers connected Gill with Norma Schrock, of CAM, that the puzzle starting coming
together for Gill. ', which ends in a space where the copy breaks off; the NOAA copy's 'The Tennessee survey revealed
that a tornado'; the FEMA Corps story's 'Chief of Staff Dennis Mullins added to the first day’s trai'; the Marshall
release's 'NASA Outstanding Leadership Medals, ... Melvin L. Scruggs of th'). Dropped as site, player, date, contact,
byline and caption lines: the Interior header ('Department Of Interior', 'DOI News Header', 'Office of the Secretary',
'John Wright, 202-208-6416', 'For Immediate Release: Aug. 25, 2004'), the blog's date line 'Thursday, December 10,
2020', 'Accessibility links', 'Breaking News', the Learning English video players' lines (two video titles, 'please
wait', 'No media source currently available', '0:00 0:03:33 0:00', '0:00 0:06:19 0:00'), FEMA's notice 'alert -
warning' / 'This page has not been translated into Español. Visit the Español page for resources in that language.' and
its date lines 'Release Date:' / 'marzo 28, 2018', 'Main Content', the byline 'By John Wesley Rowe, Jr.', the captions
'FEMA Corps graduating class' and 'FEMA Corps members in training', NASA's 'News Releases', 'Angela Storey',
'Marshall Space Flight Center, Huntsville, Ala.' and 'RELEASE : 12-086', and the NOAA copy's inline photo caption
'(Click NOAA image for larger view of damage to a home ... taken May 5, 2003. Please credit “NOAA.”)' at the end of its
first paragraph; the empty lines between paragraphs, a space before the DOJ copy's first paragraph and the spaces at the
end of lines were dropped as well. Headlines are kept once as the first line (every page here has one); datelines are
kept as stored; wording and typos ('an out of-this-world experience', 'Meskthetians', 'the puzzle starting coming
together' in the dropped paragraph, 'once-in a-lifetime', 'FEMA Corp members', 'FEMA VAL’s'), dashes, double spaces and
quotation marks (straight or curly as stored) are as stored. Pages read but left out: pages already in earlier sets
(the Interior Pelican Island release, heldout47-en; NOAA's 2004 Coral Reef Task Force releases, heldout225-en and
heldout284-en; the VOA Lisa Schlein Chad refugee report on tingroom.com, heldout150-en; the NPS Public Lands Day
release, heldout137-en; EPA's 2010 brownfields release, heldout87-en; VOA's 'NASA Links Students to Astronauts',
heldout45-en; the VOA Samburu poaching story, heldout132-en; the 2013 FEMA Corps graduation release, heldout158-en; the
Feed the Future USAID list page, heldout52-en), pages whose stored part keeps no or one complete quotation (a USDA
Rural Development cooperative grants release, the EPA Huntington area-wide planning release, a State Department blog
post on exchange alumni, the U.S. Embassy Colombo sports envoy release on readsrilanka.com, a DOJ school settlement
copy, the DOJ narwhal tusk release on the same blog, a VOA Special English Peace Corps report on noodle.com), a VOA
Special English report whose copy carries a forum's vocabulary markup inside the words (vnkienthuc.com), a justice
release copy stored with hard line breaks inside its quotations, a VOA page on Somali herders that reads like a wire
report, rewrites of federal releases by news sites and aggregators (westafricawire.com, moguldom.com, the Guyana
Chronicle), a Western Governors' Association page, list and feed pages (FEMA and Reclamation release lists, RSS feeds,
NIH's 'In the News' pages, alumni.state.gov list pages) and pages of newspapers, TV stations and blogs found by the same
searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id
(040825a, hunting4predators 2020, 173620, 3825254, louisiana-flood-survivors-grateful, noaa142,
fema-corps-members-desire-serve, 12-086), by title and slug and by the names of their speakers and phrases, such as
Founders Day, Darlene Koontz, Kang Juntao, Brightbill, 1,500 protected turtles, Doug Wheelock, Hart Middle School,
Space Transportation System] 1, Yasha Ismailov, Meskhetian, Larry’s Auto, Sherri Gill, Debbie Meyer, Norma Schrock,
Volunteer Agency Liaisons, Quick Response Team, Dennis McCarthy, Charles Doswell, Brad Tidball, Kimberly Teruya, Donald
Keldsen, DR-4072, Robin Henderson, Byron E. Butler and Ann R. McNair, with grep over tests/data of the main tree and of
every other helper's worktree (heldout593-599): no hit, except Gale A. Norton and a park maintenance backlog in other
Interior releases (heldout410-en, heldout559-en), Aurelia Skipwith in another FWS item (heldout305-en), Arne Duncan in
other Education and VOA texts, Denham Springs in another Louisiana flood text (heldout105-en), FEMA Corps in the 2013
graduation release (heldout158-en) and other ScienceBlog copies of NOAA releases (heldout103-en)). The annotation
(rules H2305–H2309 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="doi-h600-2004-08-25-norton-bandelier-founders-day",
    source="https://www.doi.gov/sites/default/files/archive/news/archive/04_News_Releases/040825a.htm",
    license=PD, retrieved=PAGES + " (Department of the Interior news release of August 25, 2004 on Secretary Gale A. Norton's visit to Bandelier National Monument on the National Park Service's Founders Day, in doi.gov's archive of 2004 releases; the lines 'Department Of Interior', 'DOI News Header', 'Office of the Secretary', 'John Wright, 202-208-6416' and 'For Immediate Release: Aug. 25, 2004' dropped (H2305); headline kept as the first line; the last paragraph, 'In addition, the National Park Service has nearly tripled funding to prese', cut in the stored copy, dropped; a closed quotation paragraph without cue after her two-piece quotation, and a superintendent named before her quotations (H2305); straight marks and '--' as stored)",
    text='''Secretary Norton Commemorates National Park Founders Day; Touts Importance of Park Maintenance Improvements
LOS ALAMOS, N.M. -- Secretary of the Interior Gale A. Norton celebrated the 88th anniversary of the founding of the National Park Service today by touring Bandelier National Monument in Los Alamos, N.M., witnessing firsthand some of the unprecedented number of maintenance projects recently completed, ongoing or planned in parks around the country.
Accompanied by Bandelier Superintendent Darlene Koontz, Norton toured the park by car and on foot.
"Our national parks and special places are treasures that belong to the American people," Norton said. "Founders Day is an opportunity for us to show our pride, connect with our visitors and reflect on the importance of the National Park Service mission."
"It is because of this important mission that we are working aggressively to do all we can to address the park maintenance backlog in our parks and special places."
Secretary Norton noted that President Bush is fulfilling his commitment to invest $4.9 billion to reduce the national park maintenance backlog inherited from the previous administration. The National Park Service budget of $1.8 billion is 20 percent higher than when President Bush took office. Four-thousand improvement projects are completed, underway or planned in all 49 states with national parks.
"Right now, the funding for national parks is at a record level," Norton said. "The Park Service has more money per employee, per acre and per visitor than ever before in its 88-year history."
To increase visitor and employee safety, the administration has increased law enforcement budgets by 23.5 percent since 2001. The NPS employment level in 2005 will be 20,637 -- an increase of 829 since the year 2000.''',
    quotes=[
        Q('"Our national parks and special places', 'the American people,"', "Gale A. Norton"),
        Q('"Founders Day is an opportunity', 'National Park Service mission."', "Gale A. Norton"),
        Q('"It is because of this important mission', 'and special places."', "Gale A. Norton"),
        Q('"Right now, the funding', 'at a record level,"', "Gale A. Norton"),
        Q('"The Park Service has more money', 'its 88-year history."', "Gale A. Norton"),
    ],
    aliases={"Gale A. Norton": ["Gale A. Norton", "Secretary of the Interior Gale A. Norton", "Secretary Norton", "Norton"]},
),
dict(
    id="doj-blog-h600-2020-12-10-kang-juntao-turtle-trafficking-extradition",
    source="http://hunting4predators.blogspot.com/2020/",
    license=PDC, retrieved=PAGES + " (verbatim copy of the Justice Department's news release of December 10, 2020 on the extradition of Kang Juntao from Malaysia for financing a turtle-smuggling ring, the first post on the 2020 archive page of the blog hunting4predators.blogspot.com; the blog's date line 'Thursday, December 10, 2020' dropped and the release's headline kept as the first line; the space before the first paragraph's first word and the spaces at the end of two paragraphs dropped (H2308); the last paragraph, 'The United States, Malaysia, China, and approximately 181 other countries are signatories to the Convention on International Trade in Endangered Species of Wild Fa', cut in the stored copy, dropped; two officials each quoted in two pieces around an inverted cue, one with his title before the name and his division after it, one with her office after the name (H2308); double spaces between sentences, 'nation's' with a straight apostrophe and curly marks as stored)",
    text='''Chinese Man Extradited for Financing Turtle-Trafficking Ring
A Chinese citizen was extradited from Malaysia to the United States today to face charges for money laundering.
Kang Juntao, 24, of Hangzhou City, China, was charged in February 2019 with financing a nationwide ring of individuals who smuggled at least 1,500 protected turtles out of the United States valued at $2,250,000.
“The Department of Justice is committed to prosecuting criminals who abuse the U.S. financial system to fund their illegal enterprises,” said Principal Deputy Assistant Attorney General Jonathan D. Brightbill of the Justice Department’s Environment and Natural Resources Division.  “I thank the U.S. Fish and Wildlife Service for their extraordinary efforts in this case to support the Environment and Natural Resources Division’s mission to protect America’s wildlife.”
“Wildlife trafficking is a serious crime that impacts imperiled species at home and abroad,” said Aurelia Skipwith, Director of the U.S. Fish and Wildlife Service (USFWS).  “The Trump Administration is committed to the conservation of wildlife.  I would like to thank the U.S. Department of Justice and our various law enforcement partners for their assistance with this case.  By working together, we can protect our nation's wildlife for future generations.”
According to the indictment, from June 12, 2017, through Dec. 3, 2018, Kang allegedly purchased turtles in the United States and arranged for them to be smuggled to associates in Hong Kong.  He sent money through U.S. banks, including one in New Jersey, to pay for the turtles and their illegal shipments.  The turtles would then be sold on the Asian pet trade black market for thousands of dollars each, depending on their sex, coloring, and age.''',
    quotes=[
        Q('“The Department of Justice is committed', 'their illegal enterprises,”', "Jonathan D. Brightbill"),
        Q('“I thank the U.S. Fish and Wildlife Service', 'protect America’s wildlife.”', "Jonathan D. Brightbill"),
        Q('“Wildlife trafficking is a serious crime', 'home and abroad,”', "Aurelia Skipwith"),
        Q('“The Trump Administration is committed', 'for future generations.”', "Aurelia Skipwith"),
    ],
    aliases={"Jonathan D. Brightbill": ["Jonathan D. Brightbill", "Principal Deputy Assistant Attorney General Jonathan D. Brightbill"],
             "Aurelia Skipwith": ["Aurelia Skipwith", "Director of the U.S. Fish and Wildlife Service (USFWS)"]},
),
dict(
    id="voa-en-h600-2010-class-trip-space-station-astronauts",
    source="https://www.voanews.com/a/students-on-class-trip-visit-space-station-astronauts--110270599/173620.html",
    license=PDV, retrieved=PAGES + " (VOA News story on Washington, D.C. middle school students speaking with the crew of the International Space Station (Doug Wheelock, Shannon Walker, Scott Kelly) at the Department of Education with Secretary Arne Duncan, autumn 2010 (no date or byline in the stored copy); the site line 'Accessibility links' dropped; headline kept as the first line; the last paragraph, 'STUDENT 1: \"What kind of research are you working on, and ho', cut in the stored copy, dropped; the story's script lines with labels in capitals: an unnamed questioner's and an unnamed student's turns, turns labelled with the surnames of two people the paragraph before names, a turn never closed that ends on a spaced ellipsis, a production cue in brackets inside a turn, and a word in single marks in the headline (H2306); 'an out of-this-world experience' and straight marks as stored)",
    text='''Students on Class Trip 'Visit' Space Station Astronauts
Astronauts aboard the International Space Station spoke with Washington, D.C. middle school students on Tuesday about what it is like to live and work in space.
It was not a typical class trip.
More than 100 students gathered in an auditorium at the Department of Education for an out of-this-world experience. Row upon row of students, ranging from about 10 to 13 years of age looked straight ahead.
It started with some space trivia questions, prompting students to eagerly raise their hands.
QUESTIONER: "Now, what year did we launch STS [i.e., Space Transportation System] 1 -- the first space shuttle? You weren't alive! Was it 1979, 1981 or 1983? Let's see, right here."
STUDENT: "1981."
QUESTIONER: "It was 1981. You guys are good! [APPLAUSE Fade Under TEXT Below]"
But the real draw for these students was the chance for them to ask questions of three NASA astronauts who are living on the International Space Station. The astronauts appeared on a big screen in the auditorium, live via a video link. An empty white space suit floated behind the trio in near-zero gravity, like an observer.
U.S. Secretary of Education Arne Duncan spoke into the microphone that the students would use to ask questions of the astronauts. After a short delay, NASA astronaut Doug Wheelock responded from aboard the orbiting laboratory.
DUNCAN: "Station, this is Arne Duncan, and we have some fantastic students here from Deal Middle School and Hart Middle School . . .
WHEELOCK: "We have you loud and clear. Welcome aboard the International Space Station."
At least one student's jaw dropped in excitement. Many craned their necks, eager to get a better view. Some snapped photos of the screen showing Commander Wheelock and fellow astronauts Shannon Walker and Scott Kelly.
Then the questions, written in advance with their teachers' seals of approvals, began.''',
    quotes=[
        Q("'Visit'", None, None),
        Q('"Now, what year did we launch', 'right here."', None),
        Q('"1981."', None, None),
        Q('"It was 1981. You guys are good!', 'Under TEXT Below]"', None),
        Q('"Station, this is Arne Duncan,', 'Hart Middle School . . .', "Arne Duncan"),
        Q('"We have you loud and clear.', 'International Space Station."', "Doug Wheelock"),
    ],
    aliases={"Arne Duncan": ["Arne Duncan", "U.S. Secretary of Education Arne Duncan", "DUNCAN"],
             "Doug Wheelock": ["Doug Wheelock", "NASA astronaut Doug Wheelock", "WHEELOCK", "Commander Wheelock"]},
),
dict(
    id="voa-le-h600-refugee-auto-repair-charlottesville",
    source="https://learningenglish.voanews.com/a/refugee-small-business-auto-repair/3825254.html",
    license=PDV, retrieved=PAGES + " (VOA Learning English story 'Business Grows in US Town That Embraces Refugees' on Yasha Ismailov, a Meskhetian Turk refugee who owns an auto repair shop in Charlottesville, Virginia (no date or byline in the stored copy); the site lines 'Accessibility links' and 'Breaking News', the two video players' lines (their titles 'In US Town That Embraces Refugees, Auto Shop Business Flourishes' and 'Business Grows in US Town That Embraces Refugees', 'please wait', 'No media source currently available', '0:00 0:03:33 0:00', '0:00 0:06:19 0:00') dropped (H2307); headline kept once as the first line; the last paragraph, 'When the United States began accepting Meskhetian Turks as refugees in 2004, Ismailov, his brother and par', cut in the stored copy, dropped; three sound bites without a verb of saying, each after writer's sentences about the one man the story presents (H2307); 'Meskthetians' and the mix of curly and straight marks as stored)",
    text='''Business Grows in US Town That Embraces Refugees
Refugees often arrive in the United States with few clothes and other belongings.
From these simple beginnings, most refugees rebuild their lives, overcoming language and cultural barriers. Some even set up small businesses, helping to improve the economy in the community where they have resettled.
Yasha Ismailov is one such person. He owns and operates an automobile repair shop in Charlottesville, Virginia.
“We can fix any car. So you know, it happens a lot of times when nobody can fix it in town, they send it here. They know already we'll fix it if no one can fix it.”
Ismailov bought the business, called Larry’s Auto, nine years ago.
"When we came (to the) United States, we (were) working so hard (for the) first three years before we started (the) business. We (were) working for people, sometimes (working) double jobs. First, my job was painting, second job (was) installing the AC. Third, my job was electric..."
Ismailov was born to a Meskhetian Turkish family in Uzbekistan. Meskthetians are an ethnic subgroup of Turks. They were expelled in railroad cars by the leader of the Soviet Union, Joseph Stalin, during World War II. Most of them were left in Uzbekistan.
"My family had to run to Russia because (there was a) massacre in Uzbekistan (of) Turks in 1989."
Ismailov was seven years old at the time of the attacks.
But Russian officials were not very welcoming. Meskhetian Turks were barred from Russian citizenship, owning property and holding jobs.''',
    quotes=[
        Q('“We can fix any car.', 'no one can fix it.”', "Yasha Ismailov"),
        Q('"When we came (to the) United States,', 'my job was electric..."', "Yasha Ismailov"),
        Q('"My family had to run to Russia', 'Turks in 1989."', "Yasha Ismailov"),
    ],
    aliases={"Yasha Ismailov": ["Yasha Ismailov", "Ismailov"]},
),
dict(
    id="fema-h600-2018-03-28-louisiana-flood-volunteer-agency-liaisons",
    source="https://www.fema.gov/es/news-release/20200220/louisiana-flood-survivors-grateful-fema-volunteer-agency-liaisons",
    license=PD, retrieved=PAGES + " (FEMA news release of March 28, 2018 (dated 'marzo 28, 2018' on the page) on Denham Springs flood survivor Sherri Gill and FEMA Volunteer Agency Liaison Debbie Meyer after the 2016 Louisiana floods; English text on a fema.gov page whose path carries the Spanish language code 'es' and the migration date 20200220; the notice lines 'alert - warning' and 'This page has not been translated into Español. Visit the Español page for resources in that language.' and the date lines 'Release Date:' and 'marzo 28, 2018' dropped (H2308); headline kept as the first line; the last stored paragraph, 'It wasn’t until Meyers connected Gill with Norma Schrock, of CAM, that the puzzle starting coming together for Gill. ', which ends in a space where the stored copy breaks off, dropped (H2308); a husband named inside the survivor's quotation, and `X said,` with a comma before the quotation (H2308); double spaces between sentences, 'FEMA VAL’s', the em dash and curly marks as stored)",
    text='''Louisiana Flood Survivors Grateful for FEMA Volunteer Agency Liaisons
BATON ROUGE, La. — FEMA Volunteer Agency Liaisons continue to help in Louisiana 2016 flood recovery by connecting survivors with generous nonprofits.
Sherri Gill is a life-long Denham Springs resident and like many Baton Rouge-area residents, her home had never flooded.
Not until August 2016 when rising water forced Gill and her family to evacuate to her brother’s home.  For an extended period of time 27 people, 13 dogs and two cats lived in a three bedroom, two bath house.
With no flood insurance the Gill family’s only option was to rebuild their home on their own, a job that quickly presented many challenges.
“My brother and husband framed up the house and put up the roof, but my husband, Ken, fell off a ladder and broke his ankle,” said Gill.
The next setback was when the Gills ran out of funds before the home construction was complete. That’s when FEMA’s VAL reached out to the faith-based nonprofit Christian Aid Ministries to assist the Gill family.
The duty of FEMA VAL’s is to support disaster survivors where there is an unmet need, locate resources and build a partnership between the survivor and resources to assist in the recovery process.
331 nonprofit, community and faith-based agencies have been assisting Louisiana survivors who were impacted by flooding in both March and August of 2016.
FEMA VAL Debbie Meyer said, “I look at a disaster as a puzzle. The pieces of the puzzle being the national, state and local nonprofits and faith-based groups that have stepped up to help citizens.  I assisted in forming Long Term Recovery Committees with these nonprofits to help put the puzzle together.”''',
    quotes=[
        Q('“My brother and husband framed up', 'broke his ankle,”', "Sherri Gill"),
        Q('“I look at a disaster as a puzzle.', 'put the puzzle together.”', "Debbie Meyer"),
    ],
    aliases={"Sherri Gill": ["Sherri Gill", "Gill"],
             "Debbie Meyer": ["Debbie Meyer", "FEMA VAL Debbie Meyer"]},
),
dict(
    id="noaa-h600-2003-05-06-quick-response-teams-tornado-damage",
    source="https://www3.scienceblog.com/community/older/archives/J/noaa142.html",
    license=PDC, retrieved=PAGES + " (ScienceBlog's archive copy of NOAA's news release of May 6, 2003 on the National Weather Service's new Quick Response Teams assessing tornado damage after the outbreak of May 4, 2003 (other copies from the same archive in heldout103-en); headline kept as the first line and the dateline paragraph as stored; the inline photo caption '(Click NOAA image for larger view of damage to a home one-and-a-half miles southwest of Bartlett, Kan., taken May 5, 2003. Please credit “NOAA.”)' at the end of the first paragraph dropped with the space before it, like the captions of H720 and H2119 (H2305); the last paragraph, 'The Tennessee survey revealed that a tornado', cut in the stored copy, dropped; a quotation running over two paragraphs whose first paragraph ends without a closing mark, cued by title and name between its first two pieces and by surname after the third (H2305); em dash and curly marks as stored)",
    text='''EXPERTS ASSESS STORM DAMAGE AS SEVERE WEATHER THREATENS ANEW
May 6, 2003 — As survivors began efforts to recover from an outbreak of deadly tornadoes that hit three states on Sunday, May 4, 2003, the NOAA National Weather Service debuted a new approach to assessing damage from nature’s violent storms. Working with local NOAA National Weather Service forecasters, experts in damage assessment were dispatched in Missouri and Tennessee to form Quick Response Teams to scrutinize post-storm damage and apply a strength rating to the larger, and most deadly, tornadoes.
“The Weather Service implemented the Quick Response Team concept to ensure accuracy in documenting tornado damage thought to be greater than F3 on the Fujita tornado rating scale,” Weather Service Central Region Director Dennis McCarthy said. “The Quick Response Team individuals apply their expertise with that of local Weather Service personnel in making post-storm assessments and ratings. Their expertise helps eliminate speculation and lets them make more precise determination of F-scale ratings.
“Some of those experts are current or former NOAA scientists and National Weather Service forecasters; some are structural engineers and some have been involved in emergency management. All have extensive experience in storm damage assessment and have demonstrated proficiency in making those assessments,” said McCarthy.
According to McCarthy, retired NOAA senior scientist Charles Doswell, from NOAA labs in Oklahoma, is the Quick Response Team member assigned to the Kansas City area, and Dallas structural engineer Tim Marshall is leading the assessment in the Springfield, Mo., area. Weather Forecast Office Memphis Meteorologist in Charge James Duke led the preliminary assessment team in southwest Tennessee.''',
    quotes=[
        Q('“The Weather Service implemented', 'tornado rating scale,”', "Dennis McCarthy"),
        Q('“The Quick Response Team individuals', 'determination of F-scale ratings.', "Dennis McCarthy"),
        Q('“Some of those experts', 'making those assessments,”', "Dennis McCarthy"),
    ],
    aliases={"Dennis McCarthy": ["Dennis McCarthy", "Weather Service Central Region Director Dennis McCarthy", "McCarthy"]},
),
dict(
    id="fema-h600-2012-fema-corps-members-desire-to-serve",
    source="http://www.fema.gov/employee-news-and-announcements/fema-corps-members-desire-serve",
    license=PD, retrieved=PAGES + " (FEMA employee news story of 2012 by John Wesley Rowe, Jr. on the first FEMA Corps members deployed to disaster DR-4072 in Richmond, Virginia; the site line 'Main Content', the byline line 'By John Wesley Rowe, Jr.' and the image captions 'FEMA Corps graduating class' and 'FEMA Corps members in training' dropped (H2309); headline kept as the first line; the last paragraph, 'Chief of Staff Dennis Mullins added to the first day’s trai', cut in the stored copy, dropped; `he said,` with a comma after a when-clause naming the member, and quotations opened after `stated that` and `said that` (H2309); 'Jacksonville, FL.', 'once-in a-lifetime', 'FEMA Corp members' and curly marks as stored)",
    text='''FEMA Corps Members desire to serve
On March 13, 2012, the White House announced a partnership between the Department of Homeland Security's Federal Emergency Management Agency and the Corporation for National and Community Service to establish FEMA Corps, a unit of 1,600 service corps 18-24 year old members within AmeriCorps National Civilian Community Corps, solely devoted to disaster preparedness, response, and recovery.
FEMA Corps members commit 10 months of their lives to FEMA to gain significant training and experience in disaster services because they have the desire to serve, give back to people in need, and prepare for careers in emergency management. When nineteen year old Brad Tidball of Jacksonville, FL. was asked why he joined FEMA Corps, he said, “I want to give back and serve others as they have served me when I was hit by three hurricanes in Florida.” Kimberly Teruya of Los Angeles, CA. also stated that “I thought that working with a government agency like FEMA would be a once-in a-lifetime chance to make a difference in people’s lives.”
The desire to serve called 12 FEMA corpsmen to their first deployment at DR-4072 in Richmond, Virginia. Federal Coordinating Officer Donald Keldsen explained how gratifying it is to hear young people express a dedication to serve others. Keldsen said that “All of us at FEMA are here to help, and FEMA Corps has the same motivation. This initiative goes beyond their initial service as it will bring youth and energy into all of Emergency Management.”
Upon arrival, the FEMA Corp members attended a training and orientation program where they listened to presentations on Finance, Human Resources, Information Technology, Logistics, Planning and Public Assistance. They were also assigned a seasoned veteran PA Project Specialist to act as a mentor.''',
    quotes=[
        Q('“I want to give back', 'three hurricanes in Florida.”', "Brad Tidball"),
        Q('“I thought that working', 'in people’s lives.”', "Kimberly Teruya"),
        Q('“All of us at FEMA', 'all of Emergency Management.”', "Donald Keldsen"),
    ],
    aliases={"Brad Tidball": ["Brad Tidball"],
             "Kimberly Teruya": ["Kimberly Teruya"],
             "Donald Keldsen": ["Donald Keldsen", "Federal Coordinating Officer Donald Keldsen", "Keldsen"]},
),
dict(
    id="nasa-msfc-h600-2012-marshall-honor-awards-embracing-the-challenge",
    source="https://www.nasa.gov/centers/marshall/news/news/releases/2012/12-086.html",
    license=PD, retrieved=PAGES + " (NASA Marshall Space Flight Center news release 12-086 of 2012 on the center's honor awards ceremony under acting director Robin Henderson; the lines 'News Releases', 'Angela Storey', 'Marshall Space Flight Center, Huntsville, Ala.' and 'RELEASE : 12-086' dropped (H2309); headline kept as the first line; the last paragraph, 'NASA Outstanding Leadership Medals, reflecting exceptional leadership ... Stephen C. Doering and Melvin L. Scruggs of th', cut in the stored copy, dropped; the day's theme in single marks in the headline and in double marks in the body, and `she said` after a paragraph about the acting director (H2309); '--', 'team’s' with a curly apostrophe inside straight marks as stored)",
    text="""'Embracing the Challenge, Fulfilling the Promise': Engineers, Scientists, Support Teams Honored at NASA's Marshall Center
HUNTSVILLE, Ala. -- NASA's Marshall Space Flight Center in Huntsville, Ala., today honored more than 300 team members whose exceptional contributions over the past year helped achieve the center's goals and further NASA's science, engineering and spaceflight endeavors -- forging a new era of exploration and discovery for the nation's space program.
Robin Henderson, acting director of the Marshall Center, welcomed award recipients and their guests. She thanked all those honored for "Embracing the Challenge, Fulfilling the Promise," the theme of the day's events.
"When I look at all that we have accomplished, I am exceedingly proud of our team’s continued commitment, work ethic and high level of achievement," she said.
Robert Lightfoot, acting associate administrator at NASA Headquarters in Washington, delivered the keynote address. Lightfoot, who was director of Marshall from 2009-2012, also joined Marshall Center leaders in presenting the awards.
NASA Distinguished Service Medals, the highest honor given by the agency to its civil service employees, were presented to Byron E. Butler, retired former director of the Office of Procurement; Sam V. Digesu, a supervisor in the Engineering Directorate's Mission Operations Laboratory; and Ann R. McNair, retired former director of the Office of Center Operations. Distinguished Service Medals honor individuals whose personal contributions have profoundly aided NASA's mission and the interests of the United States.""",
    quotes=[
        Q("'Embracing the Challenge, Fulfilling the Promise'", None, None),
        Q('"Embracing the Challenge, Fulfilling the Promise,"', None, None),
        Q('"When I look at all that we have accomplished,', 'high level of achievement,"', "Robin Henderson"),
    ],
    aliases={"Robin Henderson": ["Robin Henderson", "acting director of the Marshall Center"]},
),
]
