# Held-out English news texts (tests/data/heldout687-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army, the
# Navy (DVIDS), the National Guard, the Department of Veterans Affairs (a DVIDS story from Fort Bliss) and the Coast
# Guard: a 13th Sustainment Command (Expeditionary) story on Fort Hood Soldiers answering junior-high students' questions
# (hood.army.mil, March 2009), a DVIDS story on Sailors at San Diego Fleet Week 2016 (dvidshub.net 209640), a DVIDS
# courtesy story on the Fleet Week Build of Habitat for Humanity New York City (dvidshub.net 323994, May 24, 2019), a
# National Guard Bureau story on Guard members fighting Western wildfires (nationalguard.mil 614071, August 19, 2015), a
# DVIDS story on the El Paso VA acting director visiting hospitalized veterans (dvidshub.net 188964), an army.mil story
# on Fort Stewart's Special Olympics (army.mil 54539), a DVIDS printable story on Soldiers hosting Special Olympians of
# Romania (dvidshub.net 298963, November 6, 2018) and two Coast Guard First District releases on cold water in the
# copies of coastguardnews.com (one undated, with Cmdr. Jonathan Theel; one of May 2007, with Al Johnson). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (noted in
# `retrieved`). Site lines (the DVIDS page lines, the printable page's unit, 'Story by', 'Date:', 'Posted:' and 'News
# ID:' lines and repeated headline, the site line 'National Guard', bylines, the release label '1st Coast Guard District
# News' run into a dateline, the coastguardnews.com closing lines), the empty lines between paragraphs, the hard line
# breaks and indentation inside paragraphs of the DVIDS courtesy story and spaces at the end of a paragraph are dropped;
# a headline is kept once as the first line where the stored copy has one (none is added where it has none); datelines
# are kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored) are as stored. Annotated
# by reading the texts, before whosaid was run on them (rules H2410-H2414 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout687-en.jsonl

Built by `build.py` from `heldout687_pages.py`. Like heldout679-en, heldout663-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): a 13th Sustainment Command (Expeditionary) story by Pfc.
Naveed Ali Shah, 13th SC(E) Public Affairs Office, '13th SC(E) Soldiers Speak to Dallas Middle School Students', on Fort
Hood Soldiers at Ferguson and Ousley Junior High Schools in Arlington, Texas, on March 13, 2009, with the teacher Paul
Brodie (hood.army.mil, 13sce/files/news/Stories/2009/03mar/ferguson.html); a DVIDS story on Sailors lending a hand during
San Diego Fleet Week 2016, with Chief Culinary Specialist Pearl Amako and Fire Controlman 2nd Class Brenda Ezenwaokpala
(dvidshub.net 209640, slug 'sailors-lend-hand-during-san-diego-fleet-week-2016'; no headline and no byline in the stored
copy); a DVIDS courtesy story by Mass Communication Specialist Seaman Apprentice Brianna Thompson, Navy Public Affairs
Support Element East, 'Fleet Week New York: A Time for Celebration and Giving Back' (dvidshub.net 323994, May 24, 2019),
with Matthew Dunbar of Habitat for Humanity New York City and Electronics Technician 3rd Class Eric Neketin; a National
Guard Bureau Public Affairs Office story, '‘Wildfire season’ heats up as nearly 1,000 Guard members battle Western fires'
(nationalguard.mil 614071, August 19, 2015), with Jeremy Salizzoni of the California Department of Forestry and Fire
Protection and Air Force Col. Scott Sanders; a DVIDS story from Fort Bliss on the El Paso VA Health Care System's acting
director Gail Graham visiting veteran patients at William Beaumont Army Medical Center, with Scott Stevens of the Jewish
War Veterans (dvidshub.net 188964, slug 'el-paso-va-director-visits-hospitalized-veterans'; no headline, no byline and no
year in the stored copy); an army.mil story on the Liberty County Spring Special Olympics at Fort Stewart, with Mavis
Crowell, Spc. Luis Dechoudens and Lt. Keith Nelson (army.mil 54539, slug 'Special_athletes_visit_Fort_Stewart'; no
headline, no byline and no year in the stored copy); a DVIDS story by Spc. Hannah Tarkelly, 382nd Public Affairs
Detachment, 'U.S. Soldiers Host Special Olympians of Romania' (printable page of dvidshub.net 298963, November 6, 2018),
with Lt. Col. Henry McCaskill Jr., Airman 1st Class Bruce Lynan and Spc. Rusty Towery; and two Coast Guard First
District news releases in the copies of coastguardnews.com (licence constant PDC, as the coastguardnews.com copies of
earlier sets): 'Coast Guard urges caution, preparedness during change of season', from New York, with Cmdr. Jonathan
Theel (no date and no byline in the stored copy), and 'Coast Guard Issues Cold Water Warning', from Boston, May 2007
(date from the page address), with Al Johnson. Reuse terms relied on: US government works are not subject to copyright
in the US (17 U.S.C. § 105); the hood.army.mil, army.mil, nationalguard.mil and DVIDS pages are the services' own
stories, and the coastguardnews.com pages reproduce Coast Guard releases, marked as copies on a non-government site.
Licence caveats: the San Diego, El Paso and Fort Stewart copies name no writer in the stored part; they are taken as the
services' own staff work by the sites that publish them (DVIDS, army.mil); the coastguardnews.com copies name no writer
and are taken as the Coast Guard's releases by their wording (the first by its label '1st Coast Guard District News',
dropped from the text, both by the Coast Guard officers quoted by rank and function), as the earlier coastguardnews.com
copies were; a closing credit to a third party cannot be ruled out where a stored copy is cut, but none was found in any
kept text, and the 2007 release is complete; the texts quote civilians inside the public-domain texts (a junior-high
teacher, a Habitat for Humanity vice president, a state fire agency's liaison, a veterans' post commander, a Fort
Stewart programme manager) and a VA official. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation, noted per page: the San
Diego story's '“As Sailors, we're seen out and about on the streets, ...,” said Amako. “Fleet week gives us a chance to
provide much-needed interaction so that both the pu'; the wildfire story's 'Both units have been operating out of
McClellan Air Tanker Base, California, and have been flying fire suppression missions throughout the region dropping
roughly 3'; the El Paso story's 'Studies show the support of family and friends during complications has been linked to
positive emotional and'; the Fort Stewart story's '"If you have never been to one of these events, ...," said Col. Kevin
Milton. "To have some folks cheer them on, it fi'; the Romania story's 'Service members got an opportunity to'; the
Theel release's '“Everyone should have a float plan, which is shared with someone ashore. This is particularly important
for those with kayaks, canoes, and paddle b'. The Ferguson and New York stories end on complete paragraphs, which are
kept; the 2007 release is complete. The site lines (the DVIDS lines 'Maintenance window scheduled ...', '(e.g.
yourname@email.com)', 'Forgot Password?', 'Defense Visual Information Distribution Service Logo', 'NEW YORK, NEW YORK,
UNITED STATES', '05.24.2019', 'Courtesy Story', 'Navy Public Affairs Support Element East - (Active)' and the byline
'By Mass Communication Specialist Seaman Apprentice Brianna Thompson'; the printable page's '382nd Public Affairs
Detachment', 'Story by Spc. Hannah Tarkelly', 'Date: 11.06.2018', 'Posted: 11.06.2018 11:41', 'News ID: 298963' and its
repeated headline; the nationalguard.mil lines 'National Guard' and 'By the National Guard Bureau | Public Affairs Office
| August 19, 2015'; the byline lines 'Story and Photos by Pfc. Naveed Ali Shah' and '13th SC(E) Public Affairs Office';
the label '1st Coast Guard District News' run into the dateline 'NEW YORK -With'; the coastguardnews.com lines 'If you
have any problems viewing this article, please report it here.', 'Related Posts' and 'Comments are closed.'), the empty
lines between paragraphs and the hard line breaks and indentation inside the New York story's paragraphs were dropped;
headlines are kept once as the first line where the stored copy has one (the San Diego, El Paso and Fort Stewart copies
have none and get none, H1818), datelines are kept as stored ('NEW YORK — ', 'ARLINGTON, Va. — ', 'FORT BLISS, Texas - ',
'FORT STEWART, Ga. - ', 'MIHAIL KOGALNICEANU AIR BASE, Romania - ', 'NEW YORK -With', 'BOSTON – '), and so is the single
line break after the Fort Stewart dateline paragraph; wording and typos ('Dallas' in a headline over an Arlington story,
'Alumnae', 'pre-commisioning', 'cadets volunteers', 'opened completion', 'the basketball game begun', 'these kind of
events'), dashes and quotation marks (straight or curly as stored, including the closing mark typed after `said Johnson.`
in the 2007 release) are as stored. Pages read but left out: stories already in earlier sets (the DVIDS stories 172814,
115301, 253676, 205109 and 3047146, army.mil 202042, usar.army.mil 3470495 and 854748, the 12th Air Force, Seymour
Johnson, Eielson, Tyndall, Ellsworth and Buckley Habitat stories, lejeune.marines.mil 513146, jbcharleston.jb.mil
1717792, the DVIDS printable page 81141, the coastguardnews.com buoy tender stories, the rssing copy of the Coast Guard
newsroom feed, militaryphotographer.blogspot.com), pages whose stored part keeps fewer than two complete quotations of a named
speaker (dvidshub.net 97858, 404939, 439920, 302837, 420238 and printable 132436, marforres.marines.mil 521273,
nationalguard.mil 1252852, the Kirtland Space Force induction story afrl.af.mil 2716297, usariem.health.mil of May 23,
2012), a page with mis-encoded marks (army.mil 29085), list and feed pages (news.uscg.mil's MyCG 'Frontline Focus'
roundup, seapowermagazine.org print pages, usace.army.mil tag and search pages), copies on other non-government sites
(usapatriotism.org, antimili-youth.net, military-online.blogspot.com, globalsecurity.org, collegefairs.military.com,
marinelink.com), pages held back for other sets (140wg.ang.af.mil 1874183, dvidshub.net 108193, defense.gov 116112, the
news.uscg.mil paddle-craft release 4229304 and the coastguardnews.com release 'Warm temperatures prompt Coast Guard to
warn new boaters of cold-water danger'), and pages of newspapers, broadcasters, magazines and blogs found by the same searches. None of the
pages used is in any set above or in another helper's worktree (checked by URL and page id (ferguson.html, 209640,
323994, 614071, 188964, 54539, 298963, the two coastguardnews.com slugs), by title and slug, by the names of their
speakers and phrases, such as Paul Brodie, Ousley, relentless barrage, Naveed Ali Shah, Pearl Amako, Ezenwaokpala, HMCS
Winnipeg, Imperial Beach, Matthew Dunbar, Eric Neketin, Cache Creek, Rocky Fire, Salizzoni, Scott Sanders, MAFFS Air
Expeditionary, Gail Graham, Scott Stevens, Maurice Kubby, Mavis Crowell, Luis Dechoudens, Keith Nelson, Quick Track,
Mihail Kogalniceanu, Henry McCaskill, Bruce Lynan, Rusty Towery, Jonathan Theel, Al Johnson and lost 14 boaters, with
grep over tests/data of the main tree and of every other helper's worktree (heldout681-688), and by 8-word overlap with
every text of the JSONL files there: no hit, except William Beaumont Army Medical Center and Liberty County in unrelated
texts and boilerplate phrases about Special Olympics, Fleet Week and the number of US veterans). The annotation (rules
H2410–H2414 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so
the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-h687-2009-03-13sce-soldiers-ferguson-junior-high",
    source="http://www.hood.army.mil/13sce/files/news/Stories/2009/03mar/ferguson.html",
    license=PD, retrieved=PAGES + " (13th Sustainment Command (Expeditionary) story by Pfc. Naveed Ali Shah, 13th SC(E) Public Affairs Office, on Fort Hood Soldiers answering questions at Ferguson and Ousley Junior High Schools in Arlington, Texas, on March 13, 2009 (year from the page address), with the teacher Paul Brodie; headline kept as the first line; the byline lines 'Story and Photos by Pfc. Naveed Ali Shah' and '13th SC(E) Public Affairs Office' dropped; the stored copy ends on a complete paragraph ('... their experience in the Army.'), which is kept; three questions of unnamed students, each a paragraph of its own, and a split quotation whose second piece follows the cue's comma with a capital, twice (H2411); 'Dallas' in the headline, 'Alumnae' and curly marks as stored)",
    text='''13th SC(E) Soldiers Speak to Dallas Middle School Students
The unsuspecting Soldiers suddenly found themselves under a relentless barrage of questions from the junior-high school students; their hands shot up with more questions faster than the Soldiers could answer them.
“What was it like over there?”
“Is being in the Army fun?”
“Have you killed anyone?”
Those are the questions faced by Soldiers from the 13th Sustainment Command (Expeditionary) during their visit to Ferguson Junior High School and Ousley Junior High School in the Arlington Independent School District March 13.
The faculty invited the Soldiers as part of a monthly program to enrich the student curriculum with speakers who have real-world experience.
“I want them to see the big picture,” said Paul Brodie, English as a Second Language Department Chair, Ferguson Junior High School, “Instead of teaching from a textbook all the time, I want them to get an idea of the real world.”
Previously, the students heard from a Returned Peace Corps Volunteer, someone who had served overseas in the Peace Corps. Brodie said he wanted his students to see both sides of the aisle so he invited Soldiers from Fort Hood.
These visits are not recruitment missions, however, they are designed to be question and answer sessions to inform the students of life beyond school and make them aware of cultural differences throughout the world, said Brodie.
“The way the economy is going, the way the country is going, the way the world is going, it’s more and more important for these kids to have constant real-world contact,” said Brodie, a University of Texas at Arlington Alumnae, “They’ll have a chance to succeed if they know the opportunities available to them.”
Prior to the Soldiers’ arrival the students prepared questions. The troops introduced themselves and gave a brief bio about their experience in the Army.''',
    quotes=[
        Q('“What was it like over there?”', None, None),
        Q('“Is being in the Army fun?”', None, None),
        Q('“Have you killed anyone?”', None, None),
        Q('“I want them to see the big picture,”', None, "Paul Brodie"),
        Q('“Instead of teaching from a textbook', 'of the real world.”', "Paul Brodie"),
        Q('“The way the economy is going', 'real-world contact,”', "Paul Brodie"),
        Q('“They’ll have a chance to succeed', 'available to them.”', "Paul Brodie"),
    ],
    aliases={"Paul Brodie": ["Paul Brodie", "English as a Second Language Department Chair, Ferguson Junior High School", "Brodie"]},
),
dict(
    id="dvids-h687-2016-sailors-san-diego-fleet-week",
    source="https://www.dvidshub.net/news/209640/sailors-lend-hand-during-san-diego-fleet-week-2016",
    license=PD, retrieved=PAGES + " (DVIDS story on Sailors building for Habitat for Humanity in Imperial Beach during San Diego Fleet Week 2016, with Chief Culinary Specialist Pearl Amako and Fire Controlman 2nd Class Brenda Ezenwaokpala; the stored copy opens on the first paragraph and has no headline, no dateline and no byline, none added (H1818); the last paragraph, '“As Sailors, we're seen out and about on the streets, ...,” said Amako. “Fleet week gives us a chance to provide much-needed interaction so that both the pu', cut in the stored copy, dropped with its complete first piece (H2121); two speakers each presented by rank, name and a long apposition after the cue (H2413); 'pre-commisioning', straight apostrophes inside curly marks and the curly marks as stored)",
    text='''Fleet week honors the men and women of the sea services and is an opportunity for service members to participate in events and show off their pride in a community that has an enduring relationship with the military.
“This is my third fleet week but my first fleet week in San Diego,” said Chief Culinary Specialist Pearl Amako, a Washington D.C. native assigned to the guided-missile destroyer USS Kidd (DDG 100). “As integral as the Navy is to a sea-loving community like San Diego, it's important to remember how much the support of the citizens means to us and the Navy, as well.”
Sailors took the opportunity to give back to the local area by clearing brush, removing fences, prepping surfaces for painting, sealing roofs and laying the groundwork for new fences to be built in support of two Habitat for Humanity houses in Imperial Beach.
“Everyone everywhere I've been during fleet week has been very appreciative of the efforts of our service members,” said Fire Controlman 2nd Class Brenda Ezenwaokpala, a St. Louis native assigned to the pre-commisioning unit guided-missile destroyer USS John Finn (DDG 113). “We bring a lot of helping hands wherever we go, and that efficiency helps us to accomplish a lot of great things in a short amount of time.”
Fleet week featured events such as the Sea & Air Parade, along with community service projects and ship tours, showcasing America's maritime forces and providing a chance for the San Diego community to interact with members of the military who serve in the region, as well as Sailors from the Royal Canadian Navy frigate HMCS Winnipeg (FFH 338). These events help to foster and preserve the bond that the sea services have with the communities who help support them.''',
    quotes=[
        Q('“This is my third fleet week', 'in San Diego,”', "Pearl Amako"),
        Q('“As integral as the Navy is', 'the Navy, as well.”', "Pearl Amako"),
        Q('“Everyone everywhere I\'ve been', 'our service members,”', "Brenda Ezenwaokpala"),
        Q('“We bring a lot of helping hands', 'amount of time.”', "Brenda Ezenwaokpala"),
    ],
    aliases={"Pearl Amako": ["Pearl Amako", "Chief Culinary Specialist Pearl Amako"],
             "Brenda Ezenwaokpala": ["Brenda Ezenwaokpala", "Fire Controlman 2nd Class Brenda Ezenwaokpala"]},
),
dict(
    id="dvids-h687-2019-05-24-fleet-week-new-york-habitat-build",
    source="https://dvidshub.net/news/323994/fleet-week-new-york-time-celebration-and-giving-back",
    license=PD, retrieved=PAGES + " (DVIDS courtesy story by Mass Communication Specialist Seaman Apprentice Brianna Thompson, Navy Public Affairs Support Element East, of May 24, 2019 on Sailors, Marines and Coast Guardsmen at Habitat for Humanity New York City's Fleet Week Build in Queens, with Matthew Dunbar of HFH New York City and Electronics Technician 3rd Class Eric Neketin; the DVIDS page lines (maintenance notice, '(e.g. yourname@email.com)', 'Forgot Password?', the logo line, 'NEW YORK, NEW YORK, UNITED STATES', '05.24.2019', 'Courtesy Story', the unit line and the byline) dropped (H585); headline kept as the first line; the hard line breaks and the indentation inside paragraphs joined into single spaces (H214, H2413); the stored copy ends on a complete paragraph ('... said Neketin.'), which is kept; `Dunbar said that ...` without marks between his quotations (H2413); the dateline 'NEW YORK — ' and curly marks as stored)",
    text='''Fleet Week New York: A Time for Celebration and Giving Back
NEW YORK — Sailors, Marines and Coast Guardsmen assisted with building an affordable home during Habitat for Humanity (HFH) New York City’s seventh annual Fleet Week Build in Queens, New York May 23-24.
The HFH New York City site was previously a condemned house, left vacant for about 15 years. Because of its poor condition, HFH New York City had to completely demolish the home and build back from the foundation up.
“It’s amazing to work with the sea service members,” said Matthew Dunbar, the vice president of external affairs for HFH New York City. “The Fleet Week Build is one of our most productive builds of the year.”
Dunbar said that because of the service members’ hard work and dedication, the organization usually finds themselves a few days ahead of schedule.
“They really do make our mission their mission during Fleet Week,” said Dunbar. “The service members volunteering with us are not only serving and providing a home for a future home owner, but they’re also bringing this lot, that was once an eyesore, back to the community.”
Electronics Technician 3rd Class Eric Neketin, a volunteer assigned to the guided-missile destroyer USS Jason Dunham (DDG 109), said this was his first Fleet Week and was eager to sign up for the HFH project once the opportunity appeared.
“It’s a good feeling to know that service members are doing more than just walking around showing off their nice-looking uniforms,” said Neketin.''',
    quotes=[
        Q('“It’s amazing to work with', 'sea service members,”', "Matthew Dunbar"),
        Q('“The Fleet Week Build is one of', 'builds of the year.”', "Matthew Dunbar"),
        Q('“They really do make our mission', 'during Fleet Week,”', "Matthew Dunbar"),
        Q('“The service members volunteering', 'back to the community.”', "Matthew Dunbar"),
        Q('“It’s a good feeling to know', 'nice-looking uniforms,”', "Eric Neketin"),
    ],
    aliases={"Matthew Dunbar": ["Matthew Dunbar", "vice president of external affairs for HFH New York City", "Dunbar"],
             "Eric Neketin": ["Eric Neketin", "Electronics Technician 3rd Class Eric Neketin", "Neketin"]},
),
dict(
    id="ng-h687-2015-08-19-wildfire-season-heats-up",
    source="http://www.nationalguard.mil/News/Article-View/Article/614071/wildfire-season-heats-up-as-nearly-1000-guard-members-battle-western-fires/",
    license=PD, retrieved=PAGES + " (National Guard Bureau Public Affairs Office story of August 19, 2015 on close to 1,000 Guard members fighting wildfires in five Western states, with Jeremy Salizzoni of the California Department of Forestry and Fire Protection and Air Force Col. Scott Sanders; the site line 'National Guard' and the byline line 'By the National Guard Bureau | Public Affairs Office | August 19, 2015' dropped; headline kept as the first line; the last paragraph, 'Both units have been operating out of McClellan Air Tanker Base, California, and have been flying fire suppression missions throughout the region dropping roughly 3', cut in the stored copy, dropped; a season's name in single marks in the headline and a state agency's liaison quoted by name (H2414); the dateline 'ARLINGTON, Va. — ' and curly marks as stored)",
    text='''‘Wildfire season’ heats up as nearly 1,000 Guard members battle Western fires
ARLINGTON, Va. — Close to 1,000 National Guard members are on duty across five Western states assisting state and local officials with battling wildfires that to date have burned close to 750,000 acres. Guard members in Washington, Oregon, California, Idaho and Montana have been providing aviation support, working as hand crews responsible for creating firebreaks and providing communications and other logistical support requirements.
For Soldiers of the California Army Guard, that support also included engineer assets from the 132nd Multi-role Bridge Company who erected a floating bridge across the Cache Creek in Northern California so wildland firefighters could reach the Rocky Fire, one of the Golden State’s largest wildfires this year.
“The main thing is quickness,” said Jeremy Salizzoni, a military liaison with the California Department of Forestry and Fire Protection. “This bridge gives us faster access to the fire. We can get our bulldozers, equipment and people up there to fight it.”
The California wildfires also marked the first call up this year of aircrews from the Wyoming Air National Guard’s 153rd Airlift Wing and the North Carolina Air National Guard’s 145th Airlift Wing. Both units fly C-130 Hercules aircraft fitted with the Modular Airborne Firefighting System, which allows crews to dump 3,000 gallons of water or fire retardant over a quarter-mile area in seconds.
“We are able to provide surge capabilities that not only help the almost-depleted civilian air tankers, but hopefully provide other crews some reprieve,” said Air Force Col. Scott Sanders, commander of the MAFFS Air Expeditionary Group.''',
    quotes=[
        Q('‘Wildfire season’', None, None),
        Q('“The main thing is quickness,”', None, "Jeremy Salizzoni"),
        Q('“This bridge gives us faster access', 'up there to fight it.”', "Jeremy Salizzoni"),
        Q('“We are able to provide surge capabilities', 'crews some reprieve,”', "Scott Sanders"),
    ],
    aliases={"Jeremy Salizzoni": ["Jeremy Salizzoni", "military liaison with the California Department of Forestry and Fire Protection"],
             "Scott Sanders": ["Scott Sanders", "Air Force Col. Scott Sanders", "commander of the MAFFS Air Expeditionary Group"]},
),
dict(
    id="dvids-h687-el-paso-va-director-visits-hospitalized-veterans",
    source="https://dvidshub.net/news/188964/el-paso-va-director-visits-hospitalized-veterans",
    license=PD, retrieved=PAGES + " (DVIDS story from Fort Bliss on the acting director of the El Paso Veterans Affairs Health Care System, Gail Graham, visiting veteran patients at William Beaumont Army Medical Center during National Salute to Veteran Patients week, Feb. 11 (no year in the stored copy), with Scott Stevens of the Jewish War Veterans' Maurice Kubby Post No. 749; the stored copy opens on the dateline paragraph and has no headline and no byline, none added (H1818); the last paragraph, 'Studies show the support of family and friends during complications has been linked to positive emotional and', cut in the stored copy, dropped; two speakers quoted in turn, each with an inverted cue and a relative clause or apposition after the name, and `The VA estimates` without marks (H2414); the dateline 'FORT BLISS, Texas - ' and curly marks as stored)",
    text='''FORT BLISS, Texas - Veteran patients at William Beaumont Army Medical Center received a surprise visit and gift from the acting director of the El Paso Veterans Affairs Health Care System, Gail Graham, as part of National Salute to Veteran Patients week, Feb. 11.
“National Salute to Veteran Patients is a salute to veteran patients and hospitalized veterans,” said Graham, a native of Des Moines, Iowa. “It’s a reminder of their service to our country and each of us, and a small way to give back.”
The annual salute is celebrated on the week of Feb. 14 and invites communities to volunteer for special events such as valentine distributions, photo opportunities and even free concerts for veterans and their families in select cities.
Graham was accompanied by members of Jewish War Veterans of the United States of America, Maurice Kubby Post No. 749, and presented hospitalized veterans with handmade blankets, flowers and pins.
“The ladies of our post made blankets for the veterans,” said Scott Stevens, a volunteer for National Salute to Veteran Patients week and commander of Jewish War Veterans of the United States of America, Maurice Kubby Post No. 749. “My wife and neighbors sent me gift packages during Desert Storm. It really lightened up my day and lifted my spirits. That’s what I hope we did today.”
The VA estimates there are over 21 million veterans in the U.S. today, many of whom were involved in some of our nation’s longest battles.
“Any way to honor veterans is always important to me,” said Graham, whose own family consists of veterans. “It’s very personal. I hope people would do the same for my father and grandfather.”
“I know what it’s like to be living out in the dirt, feeling unappreciated and alone,” said Stevens, who served in the Army for 30 years. “It’s nice to know that somebody is there to support you.”''',
    quotes=[
        Q('“National Salute to Veteran Patients is a salute', 'hospitalized veterans,”', "Gail Graham"),
        Q('“It’s a reminder of their service', 'way to give back.”', "Gail Graham"),
        Q('“The ladies of our post made blankets', 'for the veterans,”', "Scott Stevens"),
        Q('“My wife and neighbors sent me', 'hope we did today.”', "Scott Stevens"),
        Q('“Any way to honor veterans', 'important to me,”', "Gail Graham"),
        Q('“It’s very personal.', 'father and grandfather.”', "Gail Graham"),
        Q('“I know what it’s like', 'unappreciated and alone,”', "Scott Stevens"),
        Q('“It’s nice to know that somebody', 'to support you.”', "Scott Stevens"),
    ],
    aliases={"Gail Graham": ["Gail Graham", "acting director of the El Paso Veterans Affairs Health Care System", "Graham"],
             "Scott Stevens": ["Scott Stevens", "commander of Jewish War Veterans of the United States of America, Maurice Kubby Post No. 749", "Stevens"]},
),
dict(
    id="army-h687-special-athletes-visit-fort-stewart",
    source="http://www.army.mil/article/54539/Special_athletes_visit_Fort_Stewart/",
    license=PD, retrieved=PAGES + " (army.mil story on the Liberty County Spring Special Olympics hosted by Fort Stewart at its Quick Track on March 25 (no year in the stored copy), with Mavis Crowell, Spc. Luis Dechoudens and Lt. Keith Nelson; the stored copy opens on the dateline paragraph and has no headline and no byline, none added (H1818); the line break between the dateline paragraph and the sentence 'However, due to the fires in Long County, ...' kept as stored (a single line break, the other paragraphs separated by empty lines); the last paragraph, '\"If you have never been to one of these events, ...,\" said Col. Kevin Milton. \"To have some folks cheer them on, it fi', cut in the stored copy, dropped with its complete first piece (H2121), so Milton is not in the text; `he said` after a sentence presenting the Soldier, a bracketed insertion inside his quotation, a rank spelt out in the presenting sentence and abbreviated in the cue, and an unnamed commander whose quotation is cut (H2414); 'cadets volunteers', 'opened completion' and straight marks as stored)",
    text='''FORT STEWART, Ga. - Soldiers and volunteers cheered on local athletes as Fort Stewart hosted the annual Liberty County Spring Special Olympics at the Quick Track on Fort Stewart March 25.
However, due to the fires in Long County, children from Long County Schools were unable to attend the competition.
Founded in 1968, the mission of Special Olympics is to provide year-round sports training and athletic competition opportunities for children and adults with intellectual or developmental disabilities.
Fort Stewart has hosted the Liberty County Special Olympics for the past 22 years, said Mavis Crowell, Fort Stewart Exceptional Family Member Program manager.
"We always get maximum participation from our Soldiers and Family Members and the Youth Challenge Academy," said Crowell. "This is an event I look forward to each year."
For one Soldier, the event was in honor of another.
Specialist Luis Dechoudens, a medic with Winn Army Community Hospital, wore the t-shirt of a Special Olympic athlete.
"I had a neighbor who gave me this t-shirt as a present, who was on a Special Olympics team - being here today is a favor to him," he said. "I want to do more things in the Army than just be a Soldier and [volunteering at the] Special Olympics is a good experience."
Specialist Dechoudens was one of about 100 volunteers at the Quick Track.
Lieutenant Keith Nelson, operations specialist with the Fort Stewart Georgia Youth Challenge Academy brought 50 cadets volunteers and color guard to the event from the YCA.
"To see the smile on these kids' faces after they run a race touches your heart," said Lt. Nelson.
The Fort Stewart-Hunter Army Airfield garrison commander, whose remarks opened completion, encouraged others to take part in future Special Olympic events.''',
    quotes=[
        Q('"We always get maximum participation', 'Youth Challenge Academy,"', "Mavis Crowell"),
        Q('"This is an event I look forward to each year."', None, "Mavis Crowell"),
        Q('"I had a neighbor who gave me', 'a favor to him,"', "Luis Dechoudens"),
        Q('"I want to do more things in the Army', 'a good experience."', "Luis Dechoudens"),
        Q('"To see the smile on these kids\'', 'touches your heart,"', "Keith Nelson"),
    ],
    aliases={"Mavis Crowell": ["Mavis Crowell", "Fort Stewart Exceptional Family Member Program manager", "Crowell"],
             "Luis Dechoudens": ["Luis Dechoudens", "Specialist Luis Dechoudens", "Specialist Dechoudens"],
             "Keith Nelson": ["Keith Nelson", "Lieutenant Keith Nelson", "Lt. Nelson"]},
),
dict(
    id="dvids-h687-2018-11-06-soldiers-host-special-olympians-romania",
    source="https://www.dvidshub.net/news/printable/298963",
    license=PD, retrieved=PAGES + " (DVIDS printable page of a story by Spc. Hannah Tarkelly, 382nd Public Affairs Detachment, of November 6, 2018 on U.S. and Canadian service members joining the Special Olympics of Romania at Mihail Kogalniceanu Air Base, with Lt. Col. Henry McCaskill Jr., Airman 1st Class Bruce Lynan and Spc. Rusty Towery; the unit line, 'Story by Spc. Hannah Tarkelly', the 'Date:', 'Posted:' and 'News ID:' lines and the repeated headline dropped (H585); headline kept once as the first line; the last paragraph, 'Service members got an opportunity to', cut in the stored copy, dropped; a name with the suffix `Jr.` and cues whose role follows the name without a comma (H2413); 'the basketball game begun', 'these kind of events' and curly marks as stored)",
    text='''U.S. Soldiers Host Special Olympians of Romania
MIHAIL KOGALNICEANU AIR BASE, Romania - U.S. and Canadian service members joined the Special Olympics of Romania for a combined athletic event, Nov. 6, 2018.
By the blow of a whistle the basketball game begun, drawing the attention of more than 100 spectators from across the world. After multiple passes, one of Romania’s very own Special Olympic Athletes shot the ball from behind the three point line. The entire gym watched with intensity and roared with excitement as the ball swiftly went through the net.
Basketball was one of five sporting events that helped unite countries and support the building of international relations.
“This is a great event that builds unity,” said U.S. Army Lt. Col. Henry McCaskill Jr. the Chaplain for the Black Sea Area Support Team. “We all grow together in these kind of events as we reach out and support each other.”
32 athletes from the Special Olympics of Romania showed off their skills and talents through multiple games of: bocce, rollerblading, table tennis, gymnastics and basketball.
More than 30 volunteers for the U.S. Army Soldiers and Canadian forces showed their support through cheering on the athletes and playing alongside the athletes in the games.
“I am participating today to provide a helping hand to give back to the community,” said U.S. Airman 1st Class Bruce Lynan, the Joint Tactical Assault Command assigned to 2-5 CAV.
Strangers soon became friends as the games grew more intense and exciting. The gym came to life with the sound of high-fives, laughs and cheers as the athletes showed off their many skills and talents.
“Even though we are from different countries, we can still get along,” said U.S. Army Spc. Rusty Towery assigned to 2-5 CAV.''',
    quotes=[
        Q('“This is a great event that builds unity,”', None, "Henry McCaskill"),
        Q('“We all grow together', 'support each other.”', "Henry McCaskill"),
        Q('“I am participating today', 'to the community,”', "Bruce Lynan"),
        Q('“Even though we are from different countries', 'still get along,”', "Rusty Towery"),
    ],
    aliases={"Henry McCaskill": ["Henry McCaskill", "U.S. Army Lt. Col. Henry McCaskill Jr.", "Chaplain for the Black Sea Area Support Team"],
             "Bruce Lynan": ["Bruce Lynan", "U.S. Airman 1st Class Bruce Lynan"],
             "Rusty Towery": ["Rusty Towery", "U.S. Army Spc. Rusty Towery"]},
),
dict(
    id="uscg-h687-urges-caution-preparedness-change-of-season",
    source="https://coastguardnews.com/coast-guard-urges-caution-preparedness-during-change-of-season/",
    license=PDC, retrieved=PAGES + " (Coast Guard First District news release from New York urging caution on cold water at the start of spring (no date and no byline in the stored copy), with Cmdr. Jonathan Theel, Coast Guard Sector Long Island Sound chief of response, in the copy of coastguardnews.com (taken as the Coast Guard's release by its label and wording, H2412); headline kept as the first line; the label '1st Coast Guard District News', run into the dateline in the stored copy ('1st Coast Guard District NewsNEW YORK -With Spring'), dropped (H792, H2412); the last paragraph, '“Everyone should have a float plan, which is shared with someone ashore. This is particularly important for those with kayaks, canoes, and paddle b', cut in the stored copy, dropped; six pieces of one speaker in three paragraphs, and `Theel notes that` without marks (H2412); the dateline 'NEW YORK -With' and curly marks as stored)",
    text='''Coast Guard urges caution, preparedness during change of season
NEW YORK -With Spring officially here and air temperatures rising, the Coast Guard is urging mariners, paddle boarders, and water enthusiasts to use caution when returning to the water.
Every year the Coast Guard responds to cold water accidents resulting in the untimely deaths of unsuspecting boaters.
“It was a harsh winter and everyone is looking forward to getting back on the water,” said Cmdr. Jonathan Theel, Coast Guard Sector Long Island Sound chief of response. “People want to enjoy the sun and warm air temperatures, but the water is still very cold.”
Despite air temperatures reaching 50 degrees recently, water temperatures remain below 40. Under these conditions, a person in the water will begin to suffer from hypothermia within 72 minutes. However, a person in the water can lose the ability to swim and keep themselves afloat much sooner.
“Survival time in water this cold is based upon many factors,” said Theel. “Surviving is very different than being able to swim to safety. A person’s ability to live through any condition is greatly enhanced by wearing the right safety gear such as a lifejacket or immersion suit.”
The Coast Guard reminds mariners to inspect their emergency gear and review their plans and procedures for several different types of accidents.
“Now is the perfect time to take a look at your emergency preparedness,” said Theel. “Inspect your lifejackets, life rings and flares. Ensure that your radio and navigational devices are functioning properly, have your fire extinguishers serviced and become familiar with your gear. Knowing what to do and having reliable gear will save your life in an emergency situation.”
Theel notes that the same applies to water sport enthusiasts.''',
    quotes=[
        Q('“It was a harsh winter', 'back on the water,”', "Jonathan Theel"),
        Q('“People want to enjoy the sun', 'still very cold.”', "Jonathan Theel"),
        Q('“Survival time in water this cold', 'many factors,”', "Jonathan Theel"),
        Q('“Surviving is very different', 'or immersion suit.”', "Jonathan Theel"),
        Q('“Now is the perfect time', 'emergency preparedness,”', "Jonathan Theel"),
        Q('“Inspect your lifejackets', 'emergency situation.”', "Jonathan Theel"),
    ],
    aliases={"Jonathan Theel": ["Jonathan Theel", "Cmdr. Jonathan Theel", "Coast Guard Sector Long Island Sound chief of response", "Theel"]},
),
dict(
    id="uscg-h687-2007-05-11-coast-guard-issues-cold-water-warning",
    source="https://coastguardnews.com/coast-guard-issues-cold-water-warning/2007/05/11/",
    license=PDC, retrieved=PAGES + " (Coast Guard First District news release from Boston of May 2007 (date from the page address) on cold-water deaths of boaters and paddlers in the Northeast, with Al Johnson, recreational boating specialist for the First Coast Guard District, in the copy of coastguardnews.com (no byline in the stored copy; taken as the Coast Guard's release by its wording, H2410); headline kept as the first line; the site's closing lines 'If you have any problems viewing this article, please report it here.', 'Related Posts' and 'Comments are closed.' dropped (H1818, H2410); the text is complete; `reported` in an inverted cue and a closing mark typed after the cue `said Johnson.` (H2410); the dateline 'BOSTON – ' and curly marks as stored)",
    text='''Coast Guard Issues Cold Water Warning
BOSTON – The Coast Guard continues to warn spring boaters, paddlers, sailors and fishermen on the inland and coastal waters of the Northeast’s First Coast Guard District about the danger of cold water and sudden cold water immersion.
“To date this year, we’ve lost 14 boaters and paddlers on the waters of the Northeast,” reported Al Johnson, recreational boating specialist for the Northeast’s First Coast Guard District. “Regrettably, the demise of all can be directly attributed to the debilitating effects of cold water. Be prepared for sudden cold water immersion.”
Although life jackets offer minimal protection against the debilitating effects of cold water, they will keep your body afloat while it briefly acclimates to the water temperature. During this brief period of time, while extremities are still functioning, self or assisted rescue efforts can be initiated, flares deployed, or a distress call issued.
“Wearing a properly-fitted, comfortable life jacket is your first step to survival. Let someone know your itinerary, carry a VHF radio and cell phone, and develop an awareness of the dangers of cold water, said Johnson.”''',
    quotes=[
        Q('“To date this year', 'waters of the Northeast,”', "Al Johnson"),
        Q('“Regrettably, the demise of all', 'cold water immersion.”', "Al Johnson"),
        Q('“Wearing a properly-fitted', 'said Johnson.”', "Al Johnson"),
    ],
    aliases={"Al Johnson": ["Al Johnson", "recreational boating specialist for the Northeast’s First Coast Guard District", "Johnson"]},
),
]
