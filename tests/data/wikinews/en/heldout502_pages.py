# Held-out English news texts (tests/data/heldout502-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): four Voice of America
# reports (a VOA News report of June 24, 2008 on refugees with disabilities, voanews.com 562838; a VOA report on election
# day in Liberia, October 2023, on VOA's voa.pangea-cms.com preview page 7305244; a VOA News report of November 2003 on a
# naturalization ceremony for young new citizens in Houston with George Foreman, voanews.com 385012; a VOA report by
# Meredith Buel of May 16, 2007 on a Pentagon briefing about a battle in Shindand, Afghanistan, copy on the blog
# poenglish.blogspot.com) and five stories of the armed services (an army.mil story on Aberdeen Proving Ground's
# ceremony for new recruits, 149006; a DVIDS story of Marine Corps Air Station Iwakuni on a friendship exchange with
# Republic of Korea marines, 69764; two Army News Service stories kept on globalsecurity.org, a medical mission near
# Balad, Iraq, May 13, 2004, and a village medical outreach in Zabul Province, Afghanistan, 2005; an American Forces
# Press Service story of March 30, 2009 on troops' aid to Afghans, copy on the blog terrorism-online.blogspot.com). None
# is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and the cut paragraph is dropped, also where it holds a complete quotation before the cut
# (noted in `retrieved`). Site, banner and blog lines, VOA's 'Accessibility links' / 'Breaking News' lines, the blog's
# 'Download' and date lines, a photo caption, bylines, credit and unit lines, DVIDS 'Date', 'Posted' and 'News ID' lines
# and the image title line after them, globalsecurity.org release-date lines, the empty lines between paragraphs and
# spaces at the end of a paragraph are dropped; a headline is kept once as the first line where the stored copy has one
# (none is added where it has none); datelines at the start of a paragraph are kept as stored; wording, dashes and
# quotation marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H2215-H2221 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDVC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout502-en.jsonl

Built by `build.py` from `heldout502_pages.py`. Like heldout481-en, heldout487-en and the other Voice of America and US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news texts,
works of federal employees and service members in the public domain (17 U.S.C. § 105: "Copyright protection under this
title is not available for any work of the United States Government"). Four are Voice of America reports: a VOA News
report of June 24, 2008 (date from the page address) by Maha Saad, voiced by Barbara Schoetzau, on the Women's Commission
for Refugee Women and Children's report on refugees with disabilities, with Dale Buscher (voanews.com 562838); a VOA report
on election day in Liberia (the stored copy has no byline or date; VOA's TV script of the same report on direct.usagm.gov,
not used, names Senanu Tord, Monrovia, October 10, 2023), with the observer Abdulai Masiyambay Bangurah, the voter
Albertah Toh and the elections commission's chairperson Davidetta Browne-Lansanah (VOA's own preview page
voa.pangea-cms.com 7305244, as the pangea-cms.com pages of earlier VOA sets); a VOA News report of November 26, 2003 (date
from the page address) on a naturalization ceremony for 107 young new citizens at the Houston immigration center, with
Hipolito Acosta and George Foreman (voanews.com 385012); and a VOA report by Meredith Buel of May 16, 2007 on Brigadier
General Perry Wiggins's Pentagon briefing about the investigation of a battle in Shindand, Afghanistan, kept on the blog
poenglish.blogspot.com (archive page of May 17, 2007; the blog reposts VOA reports under VOA's headline, as in heldout363-en).
Five are stories of the armed services: an army.mil story on Aberdeen Proving Ground's 'Our Community Salutes' ceremony
for new recruits during Armed Forces Week (army.mil 149006, May 13 with no year in the stored copy); a DVIDS story by
Lance Cpl. Jennifer Pirante, Marine Corps Air Station Iwakuni, on a friendship exchange of US Marines and Republic of
Korea marines at Camp Mujuk during Key Resolve/Foal Eagle 2011 (the printable page of 69764, March 17, 2011); two Army
News Service stories kept on globalsecurity.org (by Capt. Catherine Wilkinson on a Medical Civil Action Project in Bakra
Village near Balad, Iraq, May 13, 2004, and by Staff Sgt. Jacob Caldwell on a Village Medical Outreach mission in Zabul
Province, Afghanistan, October 2005); and an American Forces Press Service story of March 30, 2009 on troops' medical care
and aid to Afghans, reposted verbatim on the blog terrorism-online.blogspot.com (as in heldout56-en). Reuse terms relied
on: US government works are not subject to copyright in the US (17 U.S.C. § 105), which VOA's feeds restate ("Voice of
America content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the
public domain"); the army.mil and DVIDS pages carry the services' own public-affairs stories; the globalsecurity.org and
blog copies reproduce Army News Service, American Forces Press Service and VOA texts credited to them and are marked as
copies on a non-government site (licence constants PDC and PDVC, as the copies of heldout487-en and heldout481-en). Texts
credited to AP, Reuters, AFP or another third party were excluded. Licence caveats: the Liberian report's stored copy
names no writer (VOA's own preview page; the writer is taken from VOA's script record); the Houston report names no
writer; the blog copy of Meredith Buel's report and the terrorism-online.blogspot.com copy of the AFPS story break off
before any closing credit line, so a later agency credit cannot be ruled out, but none is in the kept text; the stories
quote private people (a voter, the ceremony's speaker George Foreman, Republic of Korea marines) inside the
public-domain texts. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a
paragraph cut in the stored copy is dropped, also where it holds a complete quotation before the cut (noted per page:
Abdi Salah's '"The most difficulties that I faced ...," said Salah. "All of those', the Liberian report's 'About 2.5
million Liberians were registered to vote in Tuesd', Foreman's '"He was a citizen, ...," he recalled. "He was a
body-building instructor. He said, 'Don't worry ... That is your n', Wiggins's '"Throughout the engagement ...," he added.
"... The on-scene commander's assessment of the ene', the APG story's 'Quoting President Barack Obama, he said, "'While no
words will ever be fully worthy of ', Radner Dennis's '“We’re allies, ...,” said Dennis. “If we keep this relationship
going', Elizabeth Jarry's 'Spc. Elizabeth Jarry, ... "Preventative measures are very important. It's never too late to
start," she said. Most of the patients Jarry ', the AFPS story's 'The Afghans traveled from near and far to visit the').
The lines 'Accessibility links' and 'Breaking News' of voanews.com 562838, the blog title and date lines ('5.17.2007',
'16 May 2007', 'War on Terrorism', 'Monday, March 30, 2009'), the blog's 'Download' line, the photo caption of the Wiggins
report ('An Afghan man, who was wounded during military operations ... 2 May 2007'), the globalsecurity.org banner lines
('UNITED24 - Make a charitable donation in support of Ukraine!', 'The Largest Security-Cleared Career Network for Defense
and Intelligence Jobs - JOIN NOW'), the 'Army News Service' and 'American Forces Press Service' credit lines, the 'Release
Date: 5/13/2004' line, the bylines, the DVIDS printable page's unit, 'Story by', 'Date', 'Posted' and 'News ID' lines
and the image title line after them, the empty lines between paragraphs and spaces at the end of a paragraph were
dropped; headlines are kept once as the first line where the stored copy has one (the Liberian preview page, the Houston
report and the army.mil story have none and get none, H1818); datelines at the start of a paragraph are kept as stored;
wording ('Taleban', 'much- needed', 'difficulties inherit in it', 'Heart provinces', 'U.S servicemembers', the line
'Houston Citizenship and Immigration Office Director Hipolito Acosta' without a full stop), dashes and quotation marks
(straight or curly as stored, also the straight apostrophe of 'won't' inside a curly-marked span) are as stored. Pages
read but left out: VOA pages already used in earlier sets (the VOA Khmer drought report 1357752, the Zimbabwe drought
report 111616, the Haiti survivors report 111527, the new citizens report 6179397, the Thanksgiving food reports 163282
and 398813, the Kenyan reaction to the US terror warning 323205), VOA pages whose stored part keeps one complete
quotation or none (the Indonesian fishermen report 1483849, the Haiti displacement report 111494, the Mount Vernon new
citizens report 1951359, the Zimbabwe teachers' strike item 1468692), a VOA copy on xalqqazeti.com whose two quotations
are of unnamed residents, VOA programme transcripts ('Our World') and Learning English scripts, DVIDS and marines.mil
stories already used (106926, 73407, 1435697), Coast Guard pages already used (the Andrea Doria search), a Marine Corps
story stored as one run of text (hqmc.marines.mil 551728), a copy of an Army story on noticias.info whose only named
speakers' words stand beside those of an unnamed villager and pages of newspapers, TV stations and blogs found by the same
searches. None of the pages used is in any set above or in another helper's worktree (checked by URL and page id (562838,
7305244, 385012, 2007_05_17_archive, 149006, 69764, mil-040513-usa01, mil-051103-arnews01, on-ground-troops-provide-
medical-care), by title and slug and by the names of their speakers and phrases, such as Refugees with Disabilities Face,
Women's Commission, Dale Buscher, Abdi Salah, Barbara Schoetzau, Maha Saad, Masiyambay, Albertah Toh, Browne-Lansanah,
Senanu Tord, FMCA, Open Standard Church, Hipolito Acosta, George Foreman, Houston immigration, Appropriate Force, Meredith
Buel, Our Community Salutes, Armed Forces Week, Tameka Dixon, Nicholas Milano, Peter D. Utley, Camp Mujuk, Key Resolve,
Mark Tanis, Hyeon-sik, Urian Hahm, Radner Dennis, Jennifer Pirante, Bakra, Catherine Wilkinson, Logistics Support Area
Anaconda, Paula Edwards, Kristina Miller, Elizabeth Jarry, Jacob Caldwell, Village Medical Outreach, Zabul, Joshua
Gaspard, Dwayne Hood, Altimur and Kuchi tribe, with grep over tests/data of the main tree and of every other helper's
worktree (heldout495-501): no hit; 'Perry Wiggins' is a speaker of another VOA report in heldout363-en, 'Shindand' occurs
in another story of heldout368-en and 'Aberdeen Proving Ground' in another story of heldout250-en). The annotation (rules
H2215–H2221 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so
the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h502-2008-refugees-with-disabilities-womens-commission",
    source="https://www.voanews.com/a/a-13-2008-06-24-voa45-66751552/562838.html",
    license=PDV, retrieved=PAGES + " (VOA News report of June 24, 2008 (date from the page address) by Maha Saad from New York, voiced by VOA Correspondent Barbara Schoetzau, on the Women's Commission for Refugee Women and Children's report on refugees with disabilities; 'Accessibility links' and 'Breaking News' dropped; the headline kept as the first line and the lead, which presents the reporters, as a paragraph; the last paragraph, '\"The most difficulties that I faced in the refugee camp were ... collecting firewoods,\" said Salah. \"All of those', cut in the stored copy, dropped with its complete first quotation (H2121), so Abdi Salah, presented in the paragraph before, is no speaker (H2219); `says that` and `talks about` before Buscher's paragraphs (H2219); straight marks as stored)",
    text='''Refugees with Disabilities Face Hardships in Camps
An estimated 3.5 million displaced people live with disabilities in refugee camps around the world. The Women's Commission for Refugee Women and Children says these refugees have limited access to resources. VOA Correspondent Barbara Schoetzau voices this report by Maha Saad from New York.
The most recent report from the Women's Commission cites refugees with disabilities as an underserved community.
The Director of Protection for the Women's Commission, Dale Buscher, says that these refugees are an invisible group.
"They live in dismal refugee camps," said Buscher. "And they live in squalor, in shanty towns, in urban slums in Cairo, Bangkok, and Amman, among other places. We learned that these people are often not even identified. No one knows they are there or how many of them there are."
The report looks at camps and urban environments in Darfur, Ecuador, Jordan, Kenya, Nepal, Thailand, and Yemen finding that refugees do not have access to basic needs, such as water, food, education, and health services.
Buscher talks about some of the difficulties refugees face.
"The displaced in Darfur, for example, report being pushed and shoved and forced to the back of the food line," said Buscher. "In Yemen, refugees show up at 5 a.m. to get in line at the health clinic and wait all day on the floor to be seen by a doctor or a nurse. In addition, we found that there are seldom specialized or targeted services for refugees with disabilities."
Abdi Salah, a Somalian refugee now living in Atlanta, Georgia, was disabled by polio at the age of one. He shares his experience living in a refugee camp in Kenya, where he was displaced after civil war broke out in Somalia in 1990.''',
    quotes=[
        Q('"They live in dismal', 'refugee camps,"', "Dale Buscher"),
        Q('"And they live in squalor', 'how many of them there are."', "Dale Buscher"),
        Q('"The displaced in Darfur', 'the food line,"', "Dale Buscher"),
        Q('"In Yemen, refugees', 'refugees with disabilities."', "Dale Buscher"),
    ],
    aliases={"Dale Buscher": ["Dale Buscher", "Buscher", "The Director of Protection for the Women's Commission"]},
),
dict(
    id="voa-en-h502-2023-liberia-election-day-monrovia",
    source="https://voa.pangea-cms.com/preview/en-US/a/liberians-vote-in-presidential-legislative-elections/7305244.html",
    license=PDV, retrieved=PAGES + " (VOA report on election day in Liberia, on VOA's own preview page voa.pangea-cms.com 7305244; the stored copy has no headline, byline or date and opens on the first paragraph; no headline is added (H1818); VOA's TV script of the same report on direct.usagm.gov (record 384765, not used) names Senanu Tord, Monrovia, October 10, 2023; the last paragraph, 'About 2.5 million Liberians were registered to vote in Tuesd', cut in the stored copy, dropped; the observer presented as 'one observer' before his name and the body's announcement before its chairperson's quotation (H2215); curly marks and the straight apostrophe of 'won't' as stored)",
    text='''Liberians went to the polls Tuesday to choose their next president, as well as 73 legislators and 15 senators.
Thousands of voters queued up at polling stations despite delays and procedural issues in Liberia’s fourth national election since the end of the civil war in 2003.
Campaigning for the election has been marred by political violence, leaving many people injured and at least two dead. However, one observer said the initial processes on election day have been peaceful.
Abdulai Masiyambay Bangurah, an observer for the Group of Seven Plus, an organization of 20 nations that are facing conflict or have done so recently, said that voting began on time at the four polling stations he visited.
“All of the places we have been, it has been very peaceful, and the voters have been very orderly,” he said.
But there were exceptions.
At the Monrovia Open Standard Church School polling center, tempers flared as voters argued with polling officers. The voters said a directive prohibiting the use of mobile phones in polling stations had not been communicated to them.
At the FMCA School polling station in Monrovia, about a thousand people stood in long queues for more than six hours after voting commenced.
Despite the long wait, voters said they were eager to make their voices heard through the ballot.
“I want to vote. I am feeling tired now, but I won't go home,” said Albertah Toh. “I am going to vote because Liberia is all we have.”
The National Elections Commission said it will make sure all voters get to cast their ballots, even if it means keeping polling centers open past closing time.
“We will still run the process,” said Davidetta Browne-Lansanah, chairperson of the elections commission. “They just need to ensure that they are in the queue before the official voting time ends, which is at 6 o’clock, and all of those who are in the queue will get the chance to exercise their franchise.”''',
    quotes=[
        Q('“All of the places', 'very orderly,”', "Abdulai Masiyambay Bangurah"),
        Q('“I want to vote.', "won't go home,”", "Albertah Toh"),
        Q('“I am going to vote', 'all we have.”', "Albertah Toh"),
        Q('“We will still run the process,”', None, "Davidetta Browne-Lansanah"),
        Q('“They just need to ensure', 'their franchise.”', "Davidetta Browne-Lansanah"),
    ],
    aliases={"Abdulai Masiyambay Bangurah": ["Abdulai Masiyambay Bangurah", "an observer for the Group of Seven Plus"],
             "Albertah Toh": ["Albertah Toh"],
             "Davidetta Browne-Lansanah": ["Davidetta Browne-Lansanah", "chairperson of the elections commission"]},
),
dict(
    id="voa-en-h502-2003-houston-young-new-citizens-foreman",
    source="https://www.voanews.com/a/a-13-a-2003-11-26-36-new-67449672/385012.html",
    license=PDV, retrieved=PAGES + " (VOA News report of November 26, 2003 (date from the page address; no byline in the stored copy) on a naturalization ceremony for 107 young new citizens at the Houston immigration center; the stored copy has no headline and opens on the first paragraph; none is added (H1818); the presentation line 'They were greeted by ... Director Hipolito Acosta' without a full stop as stored (H2216); the last paragraph, '\"He was a citizen, but he was not born in the country, he was born in Sweden,\" he recalled. \"He was a body-building instructor. He said, 'Don't worry about what people call you. ... That is your n', cut in the stored copy, dropped with its complete first quotation (H2121); straight marks as stored)",
    text='''Each year tens of thousands of people from all over the world complete the requirements to become U.S. citizens and attend ceremonies where they take the oath of citizenship. In many cases the new citizens are children whose parents have immigrated to the United States.
The song was performed for the new citizens by four sisters whose parents immigrated to the United States from central Mexico. Out in the audience sat 107 U.S. residents who had come here to be sworn in as new U.S. citizens. They represented 29 nations and all but a few of them were minors, brought to the Houston immigration center by their parents.
They were greeted by the man who organized the event, Houston Citizenship and Immigration Office Director Hipolito Acosta
"There are many of you who are deriving citizenship from your parents and I think that is a wonderful gift that your parents are bestowing on you today," said Mr. Acosta. "I think that there is no more treasure that could be given to you by your parents who have immigrated from many different countries and cultures to become an American and, as you can see, we come from many, many countries."
The main speaker at this event was former heavyweight boxing champion George Foreman, who has established himself in a second career as a businessman in Houston.
"You may look around you at one another and maybe see lots of differences, but the one thing we all have in common is we can dream big," said Mr. Foreman. "Today is a wonderful day to look around not only at the differences, but at what we have in common - one great nation."
Speaking to VOA, Mr. Foreman said he feels compelled to reach out to these young new citizens because of something he learned from an immigrant when he was a young man.''',
    quotes=[
        Q('"There are many of you', 'on you today,"', "Hipolito Acosta"),
        Q('"I think that there is no more treasure', 'many, many countries."', "Hipolito Acosta"),
        Q('"You may look around you', 'dream big,"', "George Foreman"),
        Q('"Today is a wonderful day', 'one great nation."', "George Foreman"),
    ],
    aliases={"Hipolito Acosta": ["Hipolito Acosta", "Mr. Acosta", "Houston Citizenship and Immigration Office Director Hipolito Acosta"],
             "George Foreman": ["George Foreman", "Mr. Foreman", "former heavyweight boxing champion George Foreman"]},
),
dict(
    id="voa-en-h502-2007-pentagon-shindand-battle-wiggins",
    source="http://poenglish.blogspot.com/2007_05_17_archive.html",
    license=PDVC, retrieved=PAGES + " (VOA report by Meredith Buel of May 16, 2007 on Brigadier General Perry Wiggins's Pentagon briefing about the investigation of a battle in Shindand, Afghanistan, reposted under VOA's headline on the blog poenglish.blogspot.com, archive page of May 17, 2007 (only its first post is stored); the blog's date line '5.17.2007', the report's date line '16 May 2007' and the line 'Download' dropped; the headline kept as the first line; the photo caption 'An Afghan man, who was wounded during military operations of US and Afghan forces in Shindand district of Herat province, lies on a bed at a hospital in Herat province, 2 May 2007', stored as a line of its own before the paragraph on Wiggins, dropped (H792, H2217); the last paragraph, '\"Throughout the engagement all targets were positively identified ...,\" he added. \"The on-scene commander used appropriate level of force ... The on-scene commander's assessment of the ene', cut in the stored copy, dropped with its complete first quotation (H2121); 'Taleban', 'sparked large demonstration' and straight marks as stored)",
    text='''Pentagon Says Appropriate Force Used in Afghan Battle
A U.S. military commander used an appropriate level of force and demonstrated sound judgment during a battle last month in Afghanistan that Afghan officials say killed dozens of civilians. That is the conclusion of a U.S. military investigation into the incident as we hear from VOA correspondent Meredith Buel in Washington.
Brigadier General Perry Wiggins told reporters at the Pentagon that a probe of the battle in which coalition forces say more than 130 Taleban insurgents were killed shows the U.S. commander, whose identity was not revealed, acted correctly.
"Coalition ground force was continuously engaged by intense enemy fire after entering an area of known Taleban activity," he said. "On-scene commander used all necessary means available and took all appropriate actions necessary to defend his unit. The on-scene commander demonstrated sound judgment."
The fight occurred in late April in the Afghan town of Shindand, in western Herat province.
U.S. special operations forces called in air strikes that Afghan officials say killed about 50 civilians.
The fighting sparked large demonstration against the United States and the Afghan government in the region.
Following the incident, Afghan President Hamid Karzai said civilian deaths are unacceptable.
General Wiggins, however, says there is no mention of civilian casualties in the report he received after the investigation into the battle.''',
    quotes=[
        Q('"Coalition ground force', 'Taleban activity,"', "Perry Wiggins"),
        Q('"On-scene commander used', 'sound judgment."', "Perry Wiggins"),
    ],
    aliases={"Perry Wiggins": ["Perry Wiggins", "Brigadier General Perry Wiggins", "General Wiggins"]},
),
dict(
    id="army-149006-apg-our-community-salutes-recruits",
    source="https://www.army.mil/article/149006/apg_salutes_local_military_recruits_during_armed_forces_week_ceremony",
    license=PD, retrieved=PAGES + " (Army story on Aberdeen Proving Ground's 'Our Community Salutes' recognition ceremony for new recruits during Armed Forces Week, May 13 (no year and no byline in the stored copy), army.mil 149006; the stored copy opens on the first paragraph and has no headline line (slug 'apg_salutes_local_military_recruits_during_armed_forces_week_ceremony'); none is added (H1818); the ceremony's name in marks is null and the partial quote after `he's` is Utley's (H2221); the last paragraph, 'In recognition of the 50th anniversary of the Vietnam War, ... Quoting President Barack Obama, he said, \"'While no words will ever be fully worthy of ', cut in the stored copy inside its quotation, dropped (H2121); the double hyphens and straight marks as stored)",
    text='''In celebration of Armed Forces Week, Aberdeen Proving Ground hosted "Our Community Salutes," a recognition ceremony to honor future service members who have recently enlisted in the U.S. Armed Forces, at the APG North (Aberdeen) recreation center May 13.
Sixty men and women from across Maryland, including 40 Army, 15 Marine and five Navy recruits and their families, were honored by APG senior leaders and local dignitaries.
"These men and women from our community have answered the nation's call to serve," said mistress of ceremonies Sgt. 1st Class Tameka Dixon. "They have all enlisted in the armed forces and will ship off to recruit training and basic training in the months to come."
Capt. Nicholas Milano, APG Garrison Headquarters and Headquarters Company commander and event organizer, explained that the ceremony -- the first of its kind at APG -- was initiated by APG Senior Commander Maj. Gen. Bruce T. Crawford and APG Senior Command Sgt. Maj. William G. Bruns. He said they sought to recognize future service members, just as the community recognizes young people heading off to college or beginning their careers.
Maj. Gen. Peter D. Utley, commanding general of the U.S. Army Test and Evaluation Command, thanked the future service members for making the commitment to support and defend the U.S. Constitution.
"Armed Forces Week would not be complete if we didn't recognize our future generation," Utley said. "Those here today truly deserve our unwavering support and respect."
He said he recognized the complex and difficult conditions this new generation of Americans will face. He added that these men and women, many of whom are 21-years-old and younger, are smart and motivated, and he's "very confident they will succeed."''',
    quotes=[
        Q('"Our Community Salutes,"', None, None),
        Q('"These men and women', 'call to serve,"', "Tameka Dixon"),
        Q('"They have all enlisted', 'months to come."', "Tameka Dixon"),
        Q('"Armed Forces Week would not', 'future generation,"', "Peter D. Utley"),
        Q('"Those here today', 'support and respect."', "Peter D. Utley"),
        Q('"very confident they will succeed."', None, "Peter D. Utley"),
    ],
    aliases={"Tameka Dixon": ["Tameka Dixon", "mistress of ceremonies Sgt. 1st Class Tameka Dixon"],
             "Peter D. Utley": ["Peter D. Utley", "Maj. Gen. Peter D. Utley", "Utley", "commanding general of the U.S. Army Test and Evaluation Command"]},
),
dict(
    id="dvids-69764-marines-rok-friendship-exchange-camp-mujuk",
    source="https://www.dvidshub.net/news/printable/69764",
    license=PD, retrieved=PAGES + " (DVIDS story by Lance Cpl. Jennifer Pirante, Marine Corps Air Station Iwakuni, on a friendship exchange of US Marines and sailors with Republic of Korea marines at 1st ROK Marine Division Base during Key Resolve/Foal Eagle 2011, dated 03.17.2011, printable page of 69764; the unit line 'Marine Corps Air Station Iwakuni', the line 'Story by Lance Cpl. Jennifer Pirante', the 'Date', 'Posted' and 'News ID' lines and the image title line 'Marines reach out to local community' after them dropped (H2156); headline kept as the first line; the dateline 'CAMP MUJUK, South Korea — ' kept as stored; the last paragraph, '“We’re allies, and we’re ready to back each other up anytime,” said Dennis. “If we keep this relationship going', cut in the stored copy, dropped with its complete first quotation (H2121), so Radner Dennis, presented in the paragraph before, is no speaker (H2219); curly marks as stored)",
    text='''Marines reach out to local community
CAMP MUJUK, South Korea — As U.S. Marines and Republic of Korea Armed Forces train together in the Key Resolve/Foal Eagle 2011 exercises, U.S. Marines and sailors have continued to show their commitment to being good neighbors through acts of friendship and kindness.
U.S. Marines, sailors and Republic of Korea marines participated in a friendship exchange at 1st ROK Marine Division Base March 11.
The Key Resolve/Foal Eagle 2011 exercises are joint and combined military operations designed to improve and support the defenses of the Republic of Korea.
“We want to be a part of the community,” said Navy Lt. Cmdr. Mark Tanis, Marine Wing Support Group 17 Chaplain. “It puts a positive face on our involvement here.”
Approximately 20 Marines were divided into three groups to visit with Korean Marines assigned to three ROK battalions.
This allowed the two counterparts to open up a line of communication, share and discuss common interests.
“It was really interesting for me because our lives are a little different,” said Cpl. Hyeon-sik Yun, infantryman with 1st ROK Marine Division, 7th Marine Regiment. “But we are also very similar.”
ROK Marines also handed out drinks and snacks specific to their country, which helped to create a relaxed, social atmosphere.
“It’s good to get to know each other,” said Cpl. Urian Hahm, infantryman with ROK 1st Marine Division, 7th Marine Regiment. “If a real situation comes and we have to fight together, we will know each other. I think we need to have more of this kind of interaction.”
Lance Cpl. Radner Dennis, food service specialist with Marine Wing Support Squadron 171, firmly agreed.''',
    quotes=[
        Q('“We want to be a part of the community,”', None, "Mark Tanis"),
        Q('“It puts a positive face', 'involvement here.”', "Mark Tanis"),
        Q('“It was really interesting', 'a little different,”', "Hyeon-sik Yun"),
        Q('“But we are also very similar.”', None, "Hyeon-sik Yun"),
        Q('“It’s good to get to know each other,”', None, "Urian Hahm"),
        Q('“If a real situation comes', 'kind of interaction.”', "Urian Hahm"),
    ],
    aliases={"Mark Tanis": ["Mark Tanis", "Navy Lt. Cmdr. Mark Tanis", "Marine Wing Support Group 17 Chaplain"],
             "Hyeon-sik Yun": ["Hyeon-sik Yun", "Cpl. Hyeon-sik Yun"],
             "Urian Hahm": ["Urian Hahm", "Cpl. Urian Hahm"]},
),
dict(
    id="arnews-2004-05-13-balad-bakra-village-medcap",
    source="https://www.globalsecurity.org/military/library/news/2004/05/mil-040513-usa01.htm",
    license=PDC, retrieved=PAGES + " (Army News Service story by Capt. Catherine Wilkinson of May 13, 2004 on a Medical Civil Action Project of soldiers and airmen from Logistics Support Area Anaconda in Bakra Village near Balad, Iraq, copy on globalsecurity.org; the banner line 'UNITED24 - Make a charitable donation in support of Ukraine!', the lines 'Army News Service', 'Release Date: 5/13/2004' and 'By Capt. Catherine Wilkinson' dropped; headline kept as the first line; the dateline 'BALAD, Iraq (Army News Service, May 13, 2004) - ' kept as stored; the cue that goes on with `about the growing crowd ...` after the role (H2218); the last paragraph, 'Spc. Elizabeth Jarry, a dental technician ..., taught more than 100 people proper oral hygiene techniques. \"Preventative measures are very important. It's never too late to start,\" she said. Most of the patients Jarry ', cut in the stored copy, dropped with its complete quotation (H2121), so Elizabeth Jarry is no speaker; straight marks as stored)",
    text='''Troops treat villagers near Iraqi post
BALAD, Iraq (Army News Service, May 13, 2004) - Civil affairs and medical personnel from Logistics Support Area Anaconda provided medical assistance to more than 130 residents of a nearby village May 12.
Soldiers and airmen combined forces to provide basic medical care for Bakra Village residents during a Medical Civil Action Project mission. A wide variety of medical professionals including doctors, optometrists, dentists, physical therapists and physician's assistants treated patients during the MEDCAP mission.
Residents began lining up for medical care as soon as the military convoy entered the village. Medics led them into a waiting area to be triaged and directed to the appropriate care provider.
The doctors provided basic medical care, evaluated individual health problems and distributed over-the-counter medicines to assist the villagers. Interpreters played a vital role during the mission, translating patient issues and the doctors' advice into both Arabic and English.
"It's a little overwhelming," said Tech. Sgt. Paula Edwards, a medical technician with the Air Force's Contingency Aeromedical Staging Facility, about the growing crowd that showed up to be seen by the doctors. "They just keep coming."
Most of the patients Edwards assisted needed routine medical care for ailments ranging from high blood pressure to arthritis and ear infections.
"I am surprised at how welcomed we are," said Air Force Maj. Kristina Miller, an administrator with the CASF. "The children really seem to love us and the patients are very gracious."''',
    quotes=[
        Q('"It\'s a little overwhelming,"', None, "Paula Edwards"),
        Q('"They just keep coming."', None, "Paula Edwards"),
        Q('"I am surprised', 'welcomed we are,"', "Kristina Miller"),
        Q('"The children really seem', 'very gracious."', "Kristina Miller"),
    ],
    aliases={"Paula Edwards": ["Paula Edwards", "Tech. Sgt. Paula Edwards", "Edwards", "a medical technician with the Air Force's Contingency Aeromedical Staging Facility"],
             "Kristina Miller": ["Kristina Miller", "Air Force Maj. Kristina Miller", "an administrator with the CASF"]},
),
dict(
    id="arnews-2005-11-03-zabul-village-medical-outreach",
    source="https://www.globalsecurity.org/military/library/news/2005/11/mil-051103-arnews01.htm",
    license=PDC, retrieved=PAGES + " (Army News Service story by Staff Sgt. Jacob Caldwell on a Village Medical Outreach mission of Oct. 20-25 in Zabul Province, Afghanistan (November 3, 2005 by the page address), copy on globalsecurity.org; the banner line 'The Largest Security-Cleared Career Network for Defense and Intelligence Jobs - JOIN NOW' and the byline 'By Staff Sgt. Jacob Caldwell' dropped; headline kept as the first line; the dateline 'ZABUL PROVINCE, Afghanistan – ' kept as stored; the stored part ends on the complete paragraph 'Having an experienced team run the missions has paid dividends in lessons learned.'; the second piece after a cue that ends on a comma and the nested order in single marks (H2220); 'much- needed', 'difficulties inherit in it', 'Cpt.' and curly marks as stored)",
    text='''Afghan villagers get medical aid in embattled province
ZABUL PROVINCE, Afghanistan – Coalition and Afghan doctors conducted a Village Medical Outreach mission Oct. 20-25 in embattled Zabul Province, offering some much- needed aid to three different villages and the surrounding areas.
“Our number one purpose is to help the people,” said Cpt. Joshua Gaspard, Headquarters and Headquarters Company Executive Officer for the 2nd Battalion, 503rd Infantry Regiment (Airborne), “We provide medical support and hence the title, Village Medical Outreach, but we bring other assets.”
“We did bring a mechanic and we were able to help the ANA and the ANP on some of their vehicles, but the number one thing is to get out there and try to help the populace,” said Gaspard.
Gaspard has experience running the VMOs in Zabul Province, this being the fourth.
Over the span of the four VMOs, the missions have covered the majority of Zabul Province: Atghar, Zanjhir, and Argandahb Valley being the last three areas needing coverage.
Every mission has difficulties inherit in it, this VMO mission being no exception.
“If you were to look across the board, for the number of individuals involved, you would probably have the same number of MOSs,” said Gaspard. “As an infantry officer, it’s normally pretty easy. I’ve got a bunch of 11Bs and I say ‘Let’s go take the hill.’ For these guys you’ve got every MOS you could possibly imagine and we try to integrate them together to build a winning team.”
Different jobs bring different perspectives on the different problems. Security of the VMO site was the primary concern for Staff Sgt. Jeremy Carey, HHC 2-503rd and mission NCOIC.
The primary security concern being the proper flow of people in and out of the site.
Having an experienced team run the missions has paid dividends in lessons learned.''',
    quotes=[
        Q('“Our number one purpose', 'help the people,”', "Joshua Gaspard"),
        Q('“We provide medical support', 'other assets.”', "Joshua Gaspard"),
        Q('“We did bring a mechanic', 'help the populace,”', "Joshua Gaspard"),
        Q('“If you were to look', 'number of MOSs,”', "Joshua Gaspard"),
        Q('“As an infantry officer', 'a winning team.”', "Joshua Gaspard"),
    ],
    aliases={"Joshua Gaspard": ["Joshua Gaspard", "Cpt. Joshua Gaspard", "Gaspard",
                                "Headquarters and Headquarters Company Executive Officer for the 2nd Battalion, 503rd Infantry Regiment (Airborne)"]},
),
dict(
    id="afps-2009-03-30-troops-medical-care-afghans-kuchi-family",
    source="http://terrorism-online.blogspot.com/2009/03/on-ground-troops-provide-medical-care.html",
    license=PDC, retrieved=PAGES + " (American Forces Press Service story of March 30, 2009 on troops' medical care for Afghan villagers and aid to a Kuchi family in Logar province, reposted verbatim on the blog terrorism-online.blogspot.com; the blog's title line 'War on Terrorism', its date line 'Monday, March 30, 2009' and the credit line 'American Forces Press Service' dropped; headline kept as the first line; the date 'March 30, 2009 - ' at the start of the first paragraph kept as stored; the cue 'Army Staff Sgt. Dwayne Hood, a forward observer ..., said after distributing clothes, food and blankets to the family.' between the two pieces (H2218); the last paragraph, 'The Afghans traveled from near and far to visit the', cut in the stored copy, dropped; 'U.S servicemembers', 'Heart provinces' and straight marks as stored)",
    text='''On the Ground: Troops Provide Medical Care, Necessities to Afghans
March 30, 2009 - Even as coalition and Afghan forces try to stamp out violent extremism in Afghanistan, troops also work to provide a better life for the people who live there. U.S servicemembers worked alongside Afghan soldiers in recent days to deliver medical treatment to more than 1,300 villagers in several southern and western provinces in one operation, while in another, they distributed food, clothing and other basic supplies to a nomadic family.
"The humanitarian aid missions help build a positive view of Americans and an understanding that we are here to help make the Afghans' lives better," Army Staff Sgt. Dwayne Hood, a forward observer attached to the 10th Mountain Division's 3rd Brigade, 71st Cavalry Regiment, said after distributing clothes, food and blankets to the family. "Hopefully, we get to continue doing missions like this and helping more families."
Hood was on patrol with other soldiers along the foothills near Forward Operating Base Altimur in Afghanistan's eastern province of Logar on March 25 when they came across the family, part of the nomadic Kuchi tribe. After talking with them, the soldiers found the family had a few basic needs, which they could supply.
Blankets, clothes and food were pulled from the trunk of the vehicle as the family looked on, smiling. The soldiers also brought gifts for the children in the form of two soccer balls. The family offered repeated thanks to the soldiers.
"It's really all about bettering their life out here," Hood said.
Meanwhile, U.S. special operations forces set up clinics in the southern and western provinces of Farah, Helmand and Heart provinces, where they, alongside Afghan military and civilian health care workers, treated more than 1,300 men, women and children who gathered for medical and dental care.''',
    quotes=[
        Q('"The humanitarian aid missions', "Afghans' lives better,\"", "Dwayne Hood"),
        Q('"Hopefully, we get to continue', 'more families."', "Dwayne Hood"),
        Q('"It\'s really all about', 'life out here,"', "Dwayne Hood"),
    ],
    aliases={"Dwayne Hood": ["Dwayne Hood", "Army Staff Sgt. Dwayne Hood", "Hood",
                             "a forward observer attached to the 10th Mountain Division's 3rd Brigade, 71st Cavalry Regiment"]},
),
]
