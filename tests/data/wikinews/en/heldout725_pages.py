# Held-out English news texts (tests/data/heldout725-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news stories (public domain, 17 U.S.C. § 105) of the Army, the
# Air Force, the Air National Guard, the National Guard and DVIDS: an army.mil story on a mass re-enlistment of the
# 316th Cavalry Brigade at Fort Benning (army.mil 157391, 2015), a DVIDS story on the Fort Carson Soldiers' Memorial
# walk/run (printable page 112424, 2013), a DVIDS story on the Fallen Soldier Half-Marathon at Camp Taji, Iraq
# (dvidshub.net 45973), a Joint Base Langley-Eustis story on the Run for the Fallen of Fort Eustis Soldiers in Hampton
# (jble.af.mil 844092, 2014), an army.mil story on a Memorial Day ceremony at a Fort Benning graduation (army.mil 126796,
# 2014), a DVIDS story on a mass re-enlistment at Al Asad Air Base, Iraq (dvidshub.net 78221, 2011), a Mountain Home Air
# Force Base story on Airmen washing cars for families during COVID-19 (mountainhome.af.mil 2166179), a 103rd Airlift
# Wing story on the send-off of deploying Airmen at Bradley Air National Guard Base (103aw.ang.af.mil 451042, 2011) and a
# DoD News story on nationalguard.mil on Guard members fighting Western wildfires (nationalguard.mil 1604461, 2018).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation (noted in
# `retrieved`). Site lines (the .mil banner lines, 'Home : News : Article ...', 'NEWS | date', '• Published' / '• By
# ...' / unit lines and bylines, army.mil's byline glued to its date and its photo lines, the DVIDS login, photo caption,
# place, date, byline and unit lines and the printable pages' unit, 'Story by', 'Date', 'Posted', 'News ID' and image
# title lines), the empty lines between paragraphs, the indentation of the DVIDS lines and spaces at the end of a line
# are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has
# none); datelines and subheadings are kept as stored; wording, typos, dashes and quotation marks (straight or curly as
# stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2455-H2459 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout725-en.jsonl

Built by `build.py` from `heldout725_pages.py`. Like heldout717-en, heldout709-en and the other US government sets
above, these texts are stored web pages (the `pages` search corpus) of US federal government news stories, works of
service members and federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is
not available for any work of the United States Government"): an army.mil story on the 316th Cavalry Brigade's mass
re-enlistment ceremony at Fort Benning on Oct. 14, 2015 (the AMP page army.mil/article-amp/157391, slug
'316th_cavalry_brigade_holds_mass_re_enlistment'; the stored copy opens with the dateline 'FORT BENNING, Ga., (Oct. 21,
2015)' and shows no headline or byline); a DVIDS story by Staff Sgt. Wallace Bonner, 4th Infantry Division Public
Affairs Office, 'JTF Carson runs to remember fallen' (the printable page of DVIDS news 112424, dated 08.17.2013); a
DVIDS story 'Half-marathon honors fallen warriors' on the Fallen Soldier Half-Marathon at Camp Taji, Iraq, on Feb. 27
(dvidshub.net 45973; the stored copy shows no byline, place or date line, only the photo credit 'Photo By Sgt. Travis
Zielinski' in a dropped caption line); a Joint Base Langley-Eustis story by Senior Airman Teresa J.C. Aber, 633rd Air
Base Wing Public Affairs, 'Fort Eustis Soldiers honor fallen comrades' (jble.af.mil 844092, May 12, 2014); an army.mil
story by Nick Duke, 'Fallen Soldiers honored during Memorial Day ceremony, graduation' (army.mil 126796, May 27, 2014);
a DVIDS story by Sgt. A.M. LaVey, XVIII Airborne Corps Public Affairs, 'US service members re-enlist at Iraqi oasis'
(dvidshub.net 78221, dated 10.05.2011); a Mountain Home Air Force Base story by Airman 1st Class Andrew Kobialka, 366th
Fighter Wing Public Affairs, 'Airmen help local families, strengthen community' (mountainhome.af.mil 2166179; no date in
the stored copy, spring 2020 by its content); a 103rd Airlift Wing story by Tech. Sgt. Joshua Mead, 103rd Airlift Wing
Public Affairs, 'Flying Yankees Sent Off in Style' (103aw.ang.af.mil 451042, on the send-off of July 6, 2011; the wing
site of heldout615-en); and a DoD News story by Jim Garamone, DoD News, Defense Media Activity, 'Guard members bring
combat skills to fighting Western fires' on nationalguard.mil (1604461, Aug. 16, 2018). Reuse terms relied on: US
government works are not subject to copyright in the US (17 U.S.C. § 105); the .mil and DVIDS pages are the services'
and the Department of Defense's own stories. Licence caveats: the army.mil AMP copy of 157391 and the DVIDS copy of 45973
show no byline in their stored part and are taken as government works by their sites (army.mil is the Army's own site;
DVIDS publishes the services' public affairs stories) and their content (a brigade's ceremony with its commander; a
half-marathon organised by a master sergeant of the 1st Air Cavalry Brigade in Iraq); Nick Duke of 126796 is named
without rank, taken as Fort Benning's public affairs staff (the story is on army.mil under the Army's photo credit); the
103rd Airlift Wing story was written for the wing's newsletter (its jump line '(See Send-Off continued on page 3)' is
kept as stored) by a Guard member of the wing's public affairs office, and the wing's site is an af.mil site; the
stories quote people who are not federal employees inside the public-domain texts (the Connecticut governor Dannel P.
Malloy, the Fort Carson MWR event planner Gigi Holman, the band's former specialist Angela Williams). None is credited to
AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation, noted per page: the
re-enlistment story's 'Spc. Mitchell Defield said he plans t'; the Fort Carson story's '“He was a ‘lead vehicle en route
clearance’ type of guy,” she said. Harvey, who was killed in a ca'; the Camp Taji story's '"The families in the back tend
to think we forget and move on — but we never forget," she said. "By coordinating this event for the fallen Soldiers,';
the Fort Eustis story's 'The Soldiers participated in the three-m'; the Fort Benning Memorial Day story's 'Sharrell
Shaw, the widow of Staff Sgt. Alan Sha'; the Al Asad story's 'The contractual obligation that comes with reenlisting is
serious business, affecting '; the Mountain Home story's '“We were almost finished with our first car when more
volunteers showed up ready to help with the next,” Rowe said. “It’s a good cause and a lot'; the 103rd Airlift Wing
story's '"Their ability to serve would not be possible without the love and support of the families that surround
them," said M'; the DoD News story's 'Almost 1,000 California National Guard members have been called up ... help their
fellow '. The site lines (the .mil banner lines 'An official website of the United States government', 'A .mil website
belongs to ...', 'A lock (lock ) or https:// means ...', 'Home : News : Article Display', 'Home : News : Article View',
'NEWS | May 12, 2014', 'NEWS | Aug. 16, 2018' and the byline lines; the af.mil lines '• Published', '• By ...' and the
unit lines; army.mil's 'By Nick DukeMay 27, 2014', 'usa image' and '(Photo Credit: U.S. Army) VIEW ORIGINAL'; the DVIDS
lines 'Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February 15th', '(e.g.
yourname@email.com)', 'Forgot Password?', 'Or login with Facebook', 'Defense Visual Information Distribution Service
Logo', the photo caption lines ending 'read more read more', 'AL ASAD AIR BASE, IRAQ', '10.05.2011', 'Story by Sgt. A.M.
LaVey' and 'XVIII Airborne Corps Public Affairs'; the printable page's '4th Infantry Division Public Affairs Office',
'Story by Staff Sgt. Wallace Bonner', 'Date: 08.17.2013', 'Posted: 08.22.2013 16:50', 'News ID: 112424' and the image
title 'Walk starts'), the empty lines between paragraphs, the four-space indentation of the DVIDS lines and the spaces at
the end of lines were dropped; headlines are kept once as the first line (the Camp Taji copy prints its headline twice,
H1246; the Al Asad copy prints the headline and then the image title 'US service members reenlist at Iraqi oasis',
which is dropped, H2156; the army.mil AMP copy has none and gets none, H1818), datelines and the DoD News subheading
'Huge fires' are kept as stored; wording and typos ('Soldiers' Memorial walk/run', 'foraging ahead', 'U.S.
Division—Center', 'Center of Disease Control', 'there’s three individuals', 'FORT BENNING, Ga (May 28, 2014)', 'work--
preparatory and unsung'), dashes and quotation marks (straight or curly as stored) are as stored. Pages read but left
out: stories already in earlier sets (the Ellsworth, Moody, Travis, Shaw, AFLCMC and Grand Forks community stories, the
Combat Aviation Brigade reenlistment story 241208, the Fort Knox Read Across America printable page 104344, the Toys for
Tots stories of Miramar 81141 and Camp Lejeune 513146, the Navy orphanage stories NNS100326-14 and NNS060522-15, the
ang.af.mil wildfire story 3047146), pages whose stored part keeps fewer than two complete quotations (army.mil's Olmsted
Locks and Dam story 210575, the DVIDS Camp Roberts firefighting story 138766, the nationalguard.mil Camp Roberts story
613065, the news.va.gov and va.gov centenarian stories, army.mil's Read Across America story 35625, the DVIDS printable
page 128527 on civil authorities), copies on newspaper, television, forum and private sites or on state sites (the
times-standard.com Coast Guard release, coastguardnews.com, somd.com's Quantico homecoming copy without marks,
usapatriotism.org and newsblaze.com copies of Army stories, military-online.blogspot.com and terrorism-online.blogspot.com
reposts of Navy stories, hawaiiarmyweekly.com, the Louisiana Guard's geauxguard.la.gov) and pages of newspapers,
broadcasters and magazines found by the same searches. None of the pages used is in any set above or in another helper's
worktree (checked by URL and page id (157391, 112424, 45973, 844092, 126796, 78221, 2166179, 451042, 1604461), by title
and slug and by the names of their speakers and phrases, such as Thigpen, Devon Robinson, Maranda Moore, 316th Cavalry,
Wallace Bonner, Gigi Holman, Reyn Mann, Matt Harvey, Iron Horse Park, Jovana Meyer, Belton, Texas, Cassandra Price,
Randal Nelson, Caryn Nouv, John Marr, Sharrell Shaw, Earl L. Rice, palm grove, Joshua Armstrong, Christopher Ivers, car
wash, Thaddeus Martin, Dannel, David Larsen, Julian Ross and not getting shot at, with grep over tests/data of the main
tree and of every other helper's worktree (heldout719-726): no hit, except 613065 among the pages left out by
heldout623-en, Camp Taji and a Half-Marathon in unrelated texts, another Flying Yankees story of the same wing
(heldout615-en) and Jim Garamone's other DoD News stories (heldout50-en, heldout242-en, heldout364-en)). The annotation
(rules H2455–H2459 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="army-h725-2015-10-21-316th-cavalry-brigade-mass-reenlistment",
    source="https://www.army.mil/article-amp/157391/316th_cavalry_brigade_holds_mass_re_enlistment",
    license=PD, retrieved=PAGES + " (army.mil AMP page of a story of Oct. 21, 2015 on the 316th Cavalry Brigade's mass re-enlistment ceremony at Fort Benning on Oct. 14, with the brigade commander Col. William Thigpen, the career counselor Sgt. 1st Class Devon Robinson, Staff Sgt. Ian Smith and Sgt. Maranda Moore; the stored copy opens with the dateline and shows no headline or byline, and none is added (H1818); the last paragraph, 'Spc. Mitchell Defield said he plans t', cut in the stored copy, dropped; `he said` after a paragraph of reported speech, and `he said` / `she said` after a sentence presenting a Soldier by what he or she did (H2459); straight marks as stored)",
    text='''FORT BENNING, Ga., (Oct. 21, 2015) -- The 316th Cavalry Brigade held a mass re-enlistment ceremony for more than 20 Soldiers Oct. 14 at the brigade headquarters.
Col. William Thigpen, brigade commander, officiated the ceremony.
"Before you represents 196 years of active military service, 32 combat tours, three Purple Heart recipients, four Combat Infantry Badge recipients and nine Combat Action Badge recipients," Thigpen said.
Thigpen told the Soldiers that no matter where the military takes them, they would always have the support and appreciation of the American people.
"Our nation is extremely grateful for your service and sacrifice, but most importantly (your) willingness to continue to serve and to move forward with extreme confidence," he said.
Sgt. 1st Class Devon Robinson, senior brigade career counselor, said the mass re-enlistment was held to recognize Soldiers for their hard work and to promote esprit de corps.
"The ceremony was held to show the Soldiers across the brigade that it's a privilege to continue service. That's key, because the Army is downsizing," Robinson said. "We're not just putting Soldiers out, but we are trying to retain quality Soldiers."
Staff Sgt. Ian Smith re-enlisted for five more years.
"It wasn't a very hard choice," he said. "The military has been my home for nine and a half years now. It's become a part of me, of who I am. To be able to contribute to this great country of ours, as well as to provide for my Family, I think it's not just a great job, but a great career that I have turned this into."
Another Soldier, Sgt. Maranda Moore, added two years to her contract.
"I had no other choice, because I love it," she said. "I love serving my country. I love the military. I love my job."
Moore said the leadership in the brigade is one of the reasons she re-enlisted.
"If I could go with this leadership the rest of my military career I would. I could choose no better people," she said.''',
    quotes=[
        Q('"Before you represents', 'Combat Action Badge recipients,"', "William Thigpen"),
        Q('"Our nation is extremely grateful', 'with extreme confidence,"', "William Thigpen"),
        Q('"The ceremony was held', 'the Army is downsizing,"', "Devon Robinson"),
        Q('"We\'re not just putting Soldiers out', 'retain quality Soldiers."', "Devon Robinson"),
        Q('"It wasn\'t a very hard choice,"', None, "Ian Smith"),
        Q('"The military has been my home', 'turned this into."', "Ian Smith"),
        Q('"I had no other choice, because I love it,"', None, "Maranda Moore"),
        Q('"I love serving my country.', 'I love my job."', "Maranda Moore"),
        Q('"If I could go with this leadership', 'no better people,"', "Maranda Moore"),
    ],
    aliases={"William Thigpen": ["William Thigpen", "Col. William Thigpen", "brigade commander", "Thigpen"],
             "Devon Robinson": ["Devon Robinson", "Sgt. 1st Class Devon Robinson", "senior brigade career counselor", "Robinson"],
             "Ian Smith": ["Ian Smith", "Staff Sgt. Ian Smith"],
             "Maranda Moore": ["Maranda Moore", "Sgt. Maranda Moore", "Moore"]},
),
dict(
    id="dvids-h725-2013-08-17-jtf-carson-runs-to-remember-fallen",
    source="http://www.dvidshub.net/news/printable/112424",
    license=PD, retrieved=PAGES + " (DVIDS printable page of story 112424 by Staff Sgt. Wallace Bonner, 4th Infantry Division Public Affairs Office, on the annual Fort Carson Soldiers' Memorial walk/run at Iron Horse Park, dated 08.17.2013, with the event planner Gigi Holman, Angela Williams, who sang the anthem, and Maj. Reyn Mann; the lines '4th Infantry Division Public Affairs Office', 'Story by Staff Sgt. Wallace Bonner', 'Date: 08.17.2013', 'Posted: 08.22.2013 16:50' and 'News ID: 112424' and the image title line 'Walk starts' after them dropped (H2156); headline kept as the first line; the dateline 'FORT CARSON, Colo. - ' kept as stored; the last paragraph, '“He was a ‘lead vehicle en route clearance’ type of guy,” she said. Harvey, who was killed in a ca', cut in the stored copy, dropped, so the kept paragraph before it ends inside an open quotation (H2458); curly marks as stored)",
    text='''JTF Carson runs to remember fallen
FORT CARSON, Colo. - More than 300 soldiers, family members and friends of Fort Carson gathered at Iron Horse Park Saturday to run, walk and roll in support of soldiers who have given the ultimate sacrifice.
The group honored fallen post service members during the annual Fort Carson Soldiers’ Memorial walk/run.
“We are here to honor the soldiers of Fort Carson who have fallen,” said Gigi Holman, event planner and administrative assistant, Events and Entertainment Division, Directorate of Family and Morale, Welfare and Recreation.
Bibs featured the names of every fallen Fort Carson soldier, and blank ones were available for participants to write the names of those they wanted to honor specifically, she said.
The event began with an invocation, followed by Angela Williams, a former specialist with the 4th Infantry Division Band, singing the national anthem. She had her own motivation to perform.
“It’s for the fallen soldiers,” she said. “My husband had Staff Sgt. Brown, who he was close to. We still have candles at home to honor him.”
Staff Sgt. Christopher Brown, squad leader, 2nd Battalion, 12th Infantry Regiment, 4th Infantry Brigade Combat Team, 4th ID, died April 3, 2012, in Khas Kunar District, Kunar province, Afghanistan, during a patrol in support of Operation Enduring Freedom.
Many people had specific people they were running to honor.
“We are running in honor of Sgt. 1st Class Matt Harvey, who was killed Feb. 5 (2012), after serving 15 years,” said Maj. Reyn Mann, executive officer, Group Support Battalion, 10th Special Forces Group (Airborne). “We want to continue to show his family how much he meant to us. He was a pretty amazing person.''',
    quotes=[
        Q('“We are here to honor', 'who have fallen,”', "Gigi Holman"),
        Q('“It’s for the fallen soldiers,”', None, "Angela Williams"),
        Q('“My husband had Staff Sgt. Brown', 'to honor him.”', "Angela Williams"),
        Q('“We are running in honor', 'serving 15 years,”', "Reyn Mann"),
        Q('“We want to continue', 'a pretty amazing person.', "Reyn Mann"),
    ],
    aliases={"Gigi Holman": ["Gigi Holman", "event planner and administrative assistant, Events and Entertainment Division, Directorate of Family and Morale, Welfare and Recreation"],
             "Angela Williams": ["Angela Williams", "a former specialist with the 4th Infantry Division Band"],
             "Reyn Mann": ["Reyn Mann", "Maj. Reyn Mann", "executive officer, Group Support Battalion, 10th Special Forces Group (Airborne)"]},
),
dict(
    id="dvids-h725-camp-taji-half-marathon-honors-fallen-warriors",
    source="https://www.dvidshub.net/news/45973/half-marathon-honors-fallen-warriors",
    license=PD, retrieved=PAGES + " (DVIDS story on the Fallen Soldier Half-Marathon at Camp Taji, Iraq, on Feb. 27, organised by Master Sgt. Jovana Meyer of the 1st Air Cavalry Brigade (no byline, place or date line in the stored copy; the photo credit 'Photo By Sgt. Travis Zielinski' stands in the dropped caption line); the lines '(e.g. yourname@email.com)', 'Forgot Password?', 'Or login with Facebook' and the photo caption line 'Photo By Sgt. Travis Zielinski | Participants taking part in the Fallen Soldier Half-Marathon memorial run gather at...... read more read more' dropped; the headline, printed twice, kept once as the first line (H1246); the four-space indentation of the stored lines dropped; the dateline 'CAMP TAJI — ' kept as stored; the last paragraph, '\"The families in the back tend to think we forget and move on — but we never forget,\" she said. \"By coordinating this event for the fallen Soldiers,', cut in the stored copy, dropped with its complete first piece (H2121); a speaker presented with reported speech in a relative clause and by `said Meyer.` without marks before her cued quotations (H2459); 'foraging ahead', 'U.S. Division—Center', the ellipsis inside the first quotation, em dashes and straight marks as stored)",
    text='''Half-marathon honors fallen warriors
CAMP TAJI — One after another they ran through the wet and slippery streets, their bodies caked in drying mud, foraging ahead to the finish line at their own speed.
It might have been easier to stay clean and dry, but this run was for fallen comrades who gave their lives defending the United States — a little mud would not stop them.
Service members from all military branches came together for the Fallen Soldier Half-Marathon, Feb. 27, to pay tribute to those who died in support of Operation Iraqi Freedom, despite the constant rain.
The marathon was the idea of Master Sgt. Jovana Meyer, from Belton, Texas, S-3 non-commissioned officer in charge, 4th Battalion, 227th Aviation Regiment, 1st Air Cavalry Brigade, 1st Cavalry Division, U.S. Division—Center, who said she wanted to commemorate those lives lost before she left Iraq.
"It's a good way to honor and remember the fallen Soldiers that became heroes here since 2003 ... who gave their lives and made the ultimate sacrifice," Meyer said.
The idea first came to her while on rear detachment during 1st ACB's previous deployment, which lasted from 2006 to 2008, said Meyer.
"When I was rear [detachment] for 15 months at Fort Hood, I ended up being the casualty assistance officer for three widows and casualty notification officer for two others," Meyer said. "I know what the widows, the parents, and their kids go through."
The run is Meyer's way of letting the bereaved families know that their fallen Soldiers aren't forgotten.''',
    quotes=[
        Q('"It\'s a good way to honor', 'the ultimate sacrifice,"', "Jovana Meyer"),
        Q('"When I was rear [detachment]', 'for two others,"', "Jovana Meyer"),
        Q('"I know what the widows', 'kids go through."', "Jovana Meyer"),
    ],
    aliases={"Jovana Meyer": ["Jovana Meyer", "Master Sgt. Jovana Meyer", "Meyer"]},
),
dict(
    id="af-jble-h725-2014-05-12-fort-eustis-soldiers-honor-fallen",
    source="https://www.jble.af.mil/News/Article-Display/Article/844092/fort-eustis-soldiers-honor-fallen-comrades",
    license=PD, retrieved=PAGES + " (Joint Base Langley-Eustis story of May 12, 2014 by Senior Airman Teresa J.C. Aber, 633rd Air Base Wing Public Affairs, on the Second Annual Run for the Fallen of 10th Transportation Battalion Soldiers in Hampton on May 1, with First Sgt. Cassandra Price and Col. Randal Nelson; the .mil banner lines, 'Home : News : Article Display', 'NEWS | May 12, 2014' and the byline line dropped; headline kept as the first line; the last paragraph, 'The Soldiers participated in the three-m', cut in the stored copy, dropped; a quotation opening the story after two scene sentences, cued by a long role after the name, and three fallen Soldiers named between the speakers (H2459); straight marks as stored)",
    text='''Fort Eustis Soldiers honor fallen comrades
Soldiers gathered around an otherwise unnoticed mile marker on the side of a road in Hampton, Virginia, May 1.
There were no jokes or laughter, only a few tears in the crowd.
"Remember what we are here for, who we are here for," said U.S. Army First Sgt. Cassandra Price, 359th Inland Cargo Transfer Company, 10th Battalion, 7th Transportation Brigade (Expeditionary) first sergeant. "These men and women made the ultimate sacrifice, and we owe them the utmost respect we can give."
More than 70 U.S. Army Soldiers from the 10th Trans. Btn., 7th Trans. Bde. (Ex.), joined Hampton Roads community members on a three-mile stretch during the Second Annual Run for the Fallen to pay tribute to three Soldiers with the 359th ICTC who were killed in Afghanistan in 2013.
U.S. Army Staff Sgt. Justin Johnson of Hobe Sound, Florida, was killed in Afghanistan, June 18, 2013, while at the entry control point of Bagram Air Base when he was struck by a mortar attack. Just five weeks later, Sgts. Eric Lawson of Stockbridge, Georgia, and Caryn Nouv of York County, Virginia, were killed when enemy forces attacked their vehicle with an improvised explosive device and small arms fire.
"These three Soldiers died less than a year ago so, it is still very fresh in our minds," said U.S. Army Col. Randal Nelson, 7th Trans. Bde. (Ex.) commander. "A run like this is a very important part of the healing process because it allows us to show how important teamwork, unit pride and family support are to us."''',
    quotes=[
        Q('"Remember what we are here for', 'who we are here for,"', "Cassandra Price"),
        Q('"These men and women', 'respect we can give."', "Cassandra Price"),
        Q('"These three Soldiers died', 'fresh in our minds,"', "Randal Nelson"),
        Q('"A run like this', 'support are to us."', "Randal Nelson"),
    ],
    aliases={"Cassandra Price": ["Cassandra Price", "U.S. Army First Sgt. Cassandra Price", "359th Inland Cargo Transfer Company, 10th Battalion, 7th Transportation Brigade (Expeditionary) first sergeant"],
             "Randal Nelson": ["Randal Nelson", "U.S. Army Col. Randal Nelson", "7th Trans. Bde. (Ex.) commander"]},
),
dict(
    id="army-h725-2014-05-27-fallen-soldiers-honored-memorial-day-graduation",
    source="https://www.army.mil/article/126796/fallen_soldiers_honored_during_memorial_day_ceremony_graduation",
    license=PD, retrieved=PAGES + " (army.mil story of May 27, 2014 by Nick Duke on the Memorial Day celebration held with a one station unit training graduation at the National Infantry Museum, Fort Benning, on May 23, with the guest speaker Col. John Marr; the lines 'By Nick DukeMay 27, 2014', 'usa image' and '(Photo Credit: U.S. Army) VIEW ORIGINAL' dropped; headline kept as the first line; the dateline 'FORT BENNING, Ga (May 28, 2014) -- ' kept as stored; the last paragraph, 'Sharrell Shaw, the widow of Staff Sgt. Alan Sha', cut in the stored copy, dropped; a quotation left open at the end of its paragraph and continued in the next paragraph, which opens with a mark and closes the quotation (H2458); straight marks as stored)",
    text='''Fallen Soldiers honored during Memorial Day ceremony, graduation
FORT BENNING, Ga (May 28, 2014) -- Soldiers, civilians and Family members from across the Fort Benning community came together May 23 to honor the sacrifices of fallen service members during a Memorial Day celebration at the National Infantry Museum.
The celebration, which included the playing of taps and a wreath laying, was held in conjunction with a one station unit training graduation ceremony for the 198th Infantry Brigade's B Company, 2nd Battalion, 54th Infantry Regiment; F Company, 1st Battalion, 19th Infantry Regiment; and F Company, 2nd Battalion, 19th Infantry Regiment.
Col. John Marr, the Maneuver Center of Excellence chief of staff, was the event's guest speaker, and said that holding the remembrance during an OSUT graduation represented the legacy of the fallen and the continuing need for Soldiers willing to make the ultimate sacrifice.
"It is truly a privilege to be here to both welcome these new Infantrymen into the U.S. Army and to take time to honor and commemorate the service of our nation's fallen warriors," Marr said. "This is a profound reminder of the values that America stands for and the solemn contract between the American people and the American Soldier.
"We are, and I pray that we always will be, one nation under God (and) indivisible, because when diplomacy and negotiations fail, our country has always and will always need Soldiers who are ready to give the last full measure, up to and including their lives. Since they do this willingly, and have since the time of the Revolutionary War up through last week in Afghanistan, I say that we owe them and their Families our unwavering respect, honor, love and support. That's the contract."
Among those in attendance were several Gold Star Family members, all of whom have lost a Family member in combat.''',
    quotes=[
        Q('"It is truly a privilege', 'fallen warriors,"', "John Marr"),
        Q('"This is a profound reminder', 'the American Soldier.', "John Marr"),
        Q('"We are, and I pray', 'That\'s the contract."', "John Marr"),
    ],
    aliases={"John Marr": ["John Marr", "Col. John Marr", "the Maneuver Center of Excellence chief of staff", "Marr"]},
),
dict(
    id="dvids-h725-2011-10-05-service-members-reenlist-iraqi-oasis",
    source="https://dvidshub.net/news/78221/us-service-members-re-enlist-iraqi-oasis",
    license=PD, retrieved=PAGES + " (DVIDS story by Sgt. A.M. LaVey, XVIII Airborne Corps Public Affairs, dated 10.05.2011, on 126 service members renewing their enlistment contracts at Al Asad Air Base, Iraq, on Oct. 5, with Command Sgt. Maj. Earl L. Rice; the lines 'Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February 15th', '(e.g. yourname@email.com)', 'Forgot Password?', 'Defense Visual Information Distribution Service Logo', the image title 'US service members reenlist at Iraqi oasis', the photo caption line 'Photo By Sgt. A.M. LaVey | Sgt. Troy Sims, a human resources sergeant with the human resources directorate,...... read more read more', 'AL ASAD AIR BASE, IRAQ', '10.05.2011', 'Story by Sgt. A.M. LaVey' and 'XVIII Airborne Corps Public Affairs' dropped (H2156); headline kept as the first line; the four-space indentation of the stored lines dropped; the dateline 'AL ASAD AIR BASE, Iraq – ' kept as stored; the last paragraph, 'The contractual obligation that comes with reenlisting is serious business, affecting ', cut in the stored copy, dropped; partial quotations opening after a subject outside the marks, before and after the cue, and reported speech after a quotation in the same paragraph (H2456); en dashes, the hyphen in 'our partners - the Iraqi Security Forces' and curly marks as stored)",
    text='''US service members re-enlist at Iraqi oasis
AL ASAD AIR BASE, Iraq – Amid a palm grove and a sparkling blue pond, fed by the ancient Euphrates, 126 soldiers, sailors, airmen and Marines renewed their enlistment contracts to continue in the service of their nation here Oct. 5.
“Today we have the opportunity to keep some of America’s finest on our team,” said Command Sgt. Maj. Earl L. Rice, senior enlisted advisor to the deputy commanding general for operations, United States Forces – Iraq. These service members are the absolute best and are committed to protecting America’s freedom as well as the people of Iraq, he said.
The majority of the soldiers who reenlisted are from the XVIII Airborne Corps and the 82nd Airborne Division, both out of Fort Bragg, N.C., and the 1st Cavalry Division, Fort Hood, Texas.
These soldiers’ “dedicated service has played a key role in the accomplishment of our mission,” said Rice. They “have faced some very tough challenges throughout this year here in Iraq – and have been there every step of the way: conducting route clearance patrols, counter-improvised explosive device patrols, training our partners - the Iraqi Security Forces, transferring equipment and bases over to the ISF and the Government of Iraq. None of this would have been possible without the quality of service men and women that we have here.”''',
    quotes=[
        Q('“Today we have the opportunity', 'finest on our team,”', "Earl L. Rice"),
        Q('“dedicated service', 'of our mission,”', "Earl L. Rice"),
        Q('“have faced some very tough', 'that we have here.”', "Earl L. Rice"),
    ],
    aliases={"Earl L. Rice": ["Earl L. Rice", "Command Sgt. Maj. Earl L. Rice", "senior enlisted advisor to the deputy commanding general for operations, United States Forces – Iraq", "Rice"]},
),
dict(
    id="af-mountainhome-h725-airmen-help-local-families-car-wash",
    source="https://www.mountainhome.af.mil/News-Photos-Videos/Article-Display/Article/2166179/airmen-help-local-families-strengthen-community/",
    license=PD, retrieved=PAGES + " (Mountain Home Air Force Base story by Airman 1st Class Andrew Kobialka, 366th Fighter Wing Public Affairs, on Airmen of the 366th Operations Support Squadron led by Tech. Sgt. Joshua Armstrong washing cars and doing chores for families during the COVID-19 pandemic (no date in the stored copy); the lines '• Published', '• By Airman 1st Class Andrew Kobialka' and '• 366th Fighter Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, '“We were almost finished with our first car when more volunteers showed up ready to help with the next,” Rowe said. “It’s a good cause and a lot', cut in the stored copy, dropped with its complete first piece (H2121), so Yuri Rowe is no speaker; a question the speaker asked himself nested in the same curly double marks, and a greeting called out by an unnamed group (H2455); 'Center of Disease Control', 'there’s three individuals' and curly marks as stored)",
    text='''Airmen help local families, strengthen community
Record unemployment, wide-spread illness and government enforced self-isolation are looking to be the hallmarks of the COVID-19 pandemic. But if you look a little closer, you’ll find that people are changing that narrative one selfless act at a time.
A sponge dunked into a bucket of soapy water forces out a splash and splats on the concrete. The sudsy water drains down the street and is joined by drips of water falling off a Jeep Wrangler, only a few feet from the curb. Looking up there’s three individuals diligently spraying, scrubbing and detailing every inch of the vehicle. It’s a classic car wash.
Leading the effort is Tech. Sgt. Joshua Armstrong, a radar approach control supervisor from the 366th Operation Support Squadron, along with Airman 1st Class Christopher Ivers and Airman 1st Class Yuri Rowe, both air traffic controllers from the 366th OSS.
They are volunteering their time to help families do the little things that can slip through the cracks with the stressors of COVID-19.
All while wearing CDC (Center of Disease Control) recommended face masks, Armstrong has organized a group of Airmen from the 366th OSS who are doing acts of service like a neighborhood car wash, painting or mowing lawns. Anything they can do to make life a little easier.
“We want to be a reminder that we are a big Air Force family,” Armstrong said. “With Airmen deployed and unable to come home, I thought to myself “What would I want someone to do for my family?” and that motivated me to dig deeper to see what we can do for others.”
As cars approached, the group welcomed them with a “Hey! Come get a car wash!”. Everyone was talking and laughing as they worked.''',
    quotes=[
        Q('“We want to be a reminder', 'big Air Force family,”', "Joshua Armstrong"),
        Q('“With Airmen deployed', 'we can do for others.”', "Joshua Armstrong"),
        Q('“Hey! Come get a car wash!”', None, None),
    ],
    aliases={"Joshua Armstrong": ["Joshua Armstrong", "Tech. Sgt. Joshua Armstrong", "a radar approach control supervisor from the 366th Operation Support Squadron", "Armstrong"]},
),
dict(
    id="ang-103aw-h725-2011-07-flying-yankees-sent-off-in-style",
    source="http://www.103aw.ang.af.mil/News/Article-Display/Article/451042/flying-yankees-sent-off-in-style/",
    license=PD, retrieved=PAGES + " (103rd Airlift Wing story by Tech. Sgt. Joshua Mead, 103rd Airlift Wing Public Affairs, on the send-off of the wing's security forces and civil engineer Airmen at Bradley Air National Guard Base on July 6, 2011, with Chaplain (Maj.) David Larsen, Maj. Gen. Thaddeus Martin and Governor Dannel P. Malloy; the lines '• Published', '• By Tech. Sgt. Joshua Mead' and '• 103rd Airlift Wing Public Affairs' dropped; headline kept as the first line; the last paragraph, '\"Their ability to serve would not be possible without the love and support of the families that surround them,\" said M', cut in the stored copy, dropped with its complete quotation (H2121); the newsletter's jump line '(See Send-Off continued on page 3)' inside a sentence kept as stored, and two quotations of one speaker in one paragraph, each with its own cue, the first cue running on with a participle clause (H2457); 'work--preparatory and unsung' and straight marks as stored)",
    text='''Flying Yankees Sent Off in Style
Servicemembers and their families, Patriot Guard and base honor guard, commanders and Connecticut's governor all gathered in the main hangar at Bradley Air National Guard Base to say farewell to members of the 103rd Airlift Wing's security forces and civil engineer squadrons July 6, 2011.
Chaplain (Maj.) David Larsen opened the ceremony with a prayer to watch over the Airmen and offered words to honor them for saying yes.
"To recognize this personal choice to solemnly serve, we send them with love and best wishes," said Larsen.
Approximately 80 Connecticut Air National Guardsmen have since deployed to Afghanistan in support of Operation Enduring Freedom.
"After nearly 10 years of war, responding to our nation's call is not new for members of the Connecticut National Guard," said Maj. Gen. Thaddeus Martin, adjutant general for the state of Connecticut and commander of the Connecticut National Guard. "In fact, it's safe to say it is not new to some of the members of these units."
A fact less known is that the Connecticut Air Guard has deployed approximately another 60 additional Airmen to (See Send-Off continued on page 3) various locations in support of the nation's global war on terror, said Martin. Furthermore, according to Martin, an additional 350 or more servicemembers will deploy by this time next year.
"These are trying times; difficult to know exactly who the enemy is at any given moment," said Governor Dannel P. Malloy, commander-in-chief of the Connecticut National Guard, referring to the area of the world they would be going and the trials they would face while there. "In facing those trials understand that we, left behind in Connecticut, respect and admire all of your work--preparatory and unsung," said Malloy.''',
    quotes=[
        Q('"To recognize this personal choice', 'love and best wishes,"', "David Larsen"),
        Q('"After nearly 10 years of war', 'the Connecticut National Guard,"', "Thaddeus Martin"),
        Q('"In fact, it\'s safe to say', 'members of these units."', "Thaddeus Martin"),
        Q('"These are trying times;', 'at any given moment,"', "Dannel P. Malloy"),
        Q('"In facing those trials', 'preparatory and unsung,"', "Dannel P. Malloy"),
    ],
    aliases={"David Larsen": ["David Larsen", "Chaplain (Maj.) David Larsen", "Larsen"],
             "Thaddeus Martin": ["Thaddeus Martin", "Maj. Gen. Thaddeus Martin", "adjutant general for the state of Connecticut and commander of the Connecticut National Guard", "Martin"],
             "Dannel P. Malloy": ["Dannel P. Malloy", "Governor Dannel P. Malloy", "commander-in-chief of the Connecticut National Guard", "Malloy"]},
),
dict(
    id="ng-h725-2018-08-16-guard-members-combat-skills-western-fires",
    source="https://www.nationalguard.mil/News/Article-View/Article/1604461/guard-members-bring-combat-skills-to-fighting-western-fires",
    license=PD, retrieved=PAGES + " (DoD News story of Aug. 16, 2018 by Jim Garamone, DoD News, Defense Media Activity, on nationalguard.mil, on California National Guard members speaking to Pentagon reporters about the Western wildfires, with Army Sgt. Julian Ross; the .mil banner lines, 'Home : News : Article View', 'NEWS | Aug. 16, 2018' and the byline line dropped; headline kept as the first line; the dateline 'WASHINGTON — ' kept as stored; the subheading 'Huge fires' kept as a line (H117); the last paragraph, 'Almost 1,000 California National Guard members have been called up to assist in the firefighting effort. ... and Guard members like Brown who use battlefield equipment to help their fellow ', cut in the stored copy, dropped; a partial quotation in the lead after `is` with an inverted cue, and reported speech cued `Ross said` without marks between his quotations (H2459); the writer's bracket, double hyphens and straight marks as stored)",
    text='''Guard members bring combat skills to fighting Western fires
WASHINGTON — Fighting wildfires is "like being in a combat zone, just we're not getting shot at," said Army Sgt. Julian Ross, one of the California National Guard members to battle the wildfires in his state.
Ross and Air Force Staff Sgt. James Brown spoke to Pentagon reporters Wednesday via video link about their experiences. Ross is with Task Force MedEvac and flies missions to rescue people and to drop water on the blazes. Brown is with the 149th Intelligence Squadron and uses data from the MQ-9 Reaper unmanned aerial vehicle to give firefighters near-real-time information on the fires they are confronting.
Huge fires
The fires are huge and creating their own weather systems. Dropping water on the blazes comes with its own set of problems, Ross said. Smoke, shifting winds, heat and a crowded airspace are all part of the equation as the National Guardsmen help to contain the blazes.
"So [there are] a lot of dangers we have to deal with -- other aircraft, there's a fire that we're actually trying to put out, there's people on the ground that we're trying to protect, structures we're trying to protect," Ross said. "So I mean, it has its dangers, we're just not getting shot at."''',
    quotes=[
        Q('"like being in a combat zone', 'not getting shot at,"', "Julian Ross"),
        Q('"So [there are] a lot of dangers', 'we\'re trying to protect,"', "Julian Ross"),
        Q('"So I mean, it has its dangers', 'not getting shot at."', "Julian Ross"),
    ],
    aliases={"Julian Ross": ["Julian Ross", "Army Sgt. Julian Ross", "Ross"]},
),
]
