# Held-out English news texts (tests/data/heldout559-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105) of the Voice of
# America, FEMA, the Department of the Interior and the State Department: five VOA Khmer reports (farmers of the
# ex-Khmer Rouge district of Kamrieng selling to middlemen, khmer.voanews.com 1358269, January 2008; villagers of nine
# Kampong Thom villages protesting a former commune chief's land grab, July 2007, copy on the blog ki-media.blogspot.com;
# US volunteer doctors' free treatment mission in Kampong Thom, voacambodia.com 4778719; a Takeo health center during the
# COVID-19 pandemic, voacambodia.com 5389811; drivers blaming the Arab uprisings for the fuel price, voacambodia.com
# 1357161, 2011), two FEMA news releases (Public Assistance for the Greensburg schools after the 2007 tornado, release
# R7-08-FNF-002 of April 25, 2008, End of Term web archive copy; Community Relations teams in Volusia County, Florida, June
# 1, 2009, fema.gov), an Interior news release of July 2, 2004 on Secretary Gale Norton and park maintenance
# (doi.gov 040702a) and a U.S. Embassy Amman story on Ambassador Alice Wells at an Access graduation in Aqaba
# (jo.usembassy.gov, April 28, 2015 by its address). None is credited to AP, Reuters, AFP or another third party. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also
# where it holds a complete quotation before the cut (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking
# News', 'Main Content', 'Department Of Interior', 'DOI News Header', 'Office of the Secretary'), release date, number
# and contact lines, the archive's '» 2008 Region VII News Releases' line, the blog's date line, bylines and comments,
# photo captions (printed twice on VOA pages), the empty lines between paragraphs and spaces at the end of a paragraph
# are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has
# none), and a summary line under a VOA headline is kept as a line; datelines at the start of a paragraph are kept as
# stored; wording, typos ('fuel prizes', 'GREENSBURG, Mo.'), double spaces, dashes and quotation marks (straight, curly or
# doubled apostrophes as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H2260-H2264 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDV = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout559-en.jsonl

Built by `build.py` from `heldout559_pages.py`. Like heldout532-en, heldout545-en and the other Voice of America and US
government sets above, these texts are stored web pages (the `pages` search corpus) of US federal government news texts,
works of federal employees in the public domain (17 U.S.C. § 105: "Copyright protection under this title is not
available for any work of the United States Government"). Five are reports of VOA's Khmer service: a report on farmers
of the ex-Khmer Rouge district of Kamrieng, Battambang province, who sell their crops to middlemen, with the farmers Mam
Van and Kuy San (khmer.voanews.com 1358269, January 14, 2008 by its address; no headline or byline in the stored copy of
the page's AMP version); 'Kampong Thom Villagers Protest Land Grab' by Seng Ratana, VOA Khmer, with the villagers Kha
Luy and Huth Samy and the former commune chief Nuon Daok, as reposted on the blog ki-media.blogspot.com (post of July
4, 2007; the blog copy names the VOA writer and 'Original report from Phnom Penh'); 'US Doctors to Provide Free
Treatment in Kampong Thom Province' with Dr. Song Tan of the Cambodian Health Professionals Association of America
(voacambodia.com 4778719; no date or byline in the stored copy; the mission ran from February 11 to 19); a report from
the Samraung Health Center in Takeo province's Bati district during the COVID-19 pandemic with the health center's
head Yeu Chhengly (voacambodia.com 5389811, AMP version; no headline, date or byline in the stored copy; its count of
122 cases and 110 recoveries points to April 2020); and a report on drivers blaming the Arab uprisings for the rise in
fuel prices, with the student Sun Dara, the brick factory manager Lim Sreng and the motorcycle taxi driver Both Tin
(voacambodia.com 1357161, slug 'drivers-eye-arab-revolts-as-gas-goes-up'; no headline, date or byline in the stored
copy; 2011 by its content). Four are releases and stories of other federal bodies: a FEMA Region VII release, 'FEMA
Public Assistance Helped Greensburg Schools Re-Open' (release R7-08-FNF-002, April 25, 2008), with the schools
superintendent Darin Headrick, as kept by the End of Term web archive (webarchive.library.unt.edu/eot2008, as the
archived FEMA releases of heldout62-en and heldout532-en); a FEMA release from Tallahassee, 'Community Relations Teams
Head Out To Help Volusia County Residents' (fema.gov, June 1, 2009), with the state coordinating officer Doug Wright and
the federal coordinating officer Jeff Bryant; a Department of the Interior news release of July 2, 2004, 'Interior
Secretary Norton Touts Investments In Parks Worth Celebrating this Independence Day' (doi.gov news archive 040702a),
quoting Secretary Gale Norton; and a story of the U.S. Embassy in Amman, 'U.S. Ambassador Congratulates Access Graduates
in Aqaba' (jo.usembassy.gov, slug 'u-s-ambassador-congratulates-access-graduates-in-aqaba-april-28-2015'), quoting
Ambassador Alice Wells. Reuse terms relied on: US government works are not subject to copyright in the US (17 U.S.C. §
105), which VOA's feeds restate ("Voice of America content is produced by the Voice of America, a United States federal
government-sponsored entity, and is in the public domain"); the fema.gov, doi.gov and usembassy.gov pages carry the
bodies' own releases and stories, and the End of Term archive keeps fema.gov unchanged; the ki-media.blogspot.com copy
reproduces a VOA Khmer report credited to its VOA writer and is marked as a copy of the VOA story on another site (as
the blog and learner-site copies of earlier sets). Texts credited to AP, Reuters, AFP or another third party were
excluded. Licence caveats: the VOA Khmer reports other than the Kampong Thom land report, the FEMA releases, the Interior
release and the embassy story name no writer in the kept text, so the writer's status is taken from the body that
publishes them as its own; the VOA Khmer reports may have been written by VOA's Khmer staff in Phnom Penh (credited to
VOA Khmer); the blog copy may differ from VOA's own page in details the stored copy cannot show; the texts quote private
people (farmers, villagers, drivers, a student, a factory manager, a Cambodian-American doctor, a Cambodian health
center head, a school superintendent) and officials of other governments (a former Cambodian commune chief, the
Cambodian Ministry of Health's wording, a Florida state officer) inside the public-domain texts. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in the stored copy is dropped,
also where it holds a complete quotation before the cut (noted per page: the doctors report's '“I used to live in the
Pol Pot regime and have gone through suffering, poverty, lack of me'; the Takeo report's '“Some people are locals living
here,” he said. “They cannot be infected ... We '; the Greensburg release's '"We had so many students displaced," he
said, "we had t'; the Volusia release's list '• Grants to help pay for temporar', dropped with the paragraph 'When they
visit you, Community Relations specialists will provide information about available disaster assistance programs that
include:' that leads into it; the Interior release's list of parks after '*****', dropped with its lead paragraph
'Norton highlighted the following examples of parks, ... where key investments are currently underway:'). The lines
'Accessibility links' and 'Breaking News' of the VOA pages, the photo captions (the doctors report's 'FILE PHOTO - Tan
Song, a doctor, and president of the Cambodian Health Professionals Association of America (CHPAA) examines a patient
...' printed twice; the Greensburg release's two captions 'Greensburg Schools Superintendent Darin Headrick views
temporary school buildings ...' and 'From his temporary office, ... FEMA Photo/Brian Bowman'), the FEMA lines 'Release
Date: April 25, 2008', 'Release Number: R7-08-FNF-002', '» 2008 Region VII News Releases', 'Main Content', 'Release
date:', 'June 1, 2009' and 'Release Number:', the Interior lines 'Department Of Interior', 'DOI News Header', 'Office of
the Secretary', 'Tina Kreisher (202) 208-6416', 'For Immediate Release:July 2, 2004' and 'David Barna (202) 208-6843',
the blog's date line 'Wednesday, July 04, 2007', its byline lines 'Seng Ratana, VOA Khmer' and 'Original report from
Phnom Penh' and its readers' comments ('Anonymous said...'), the empty lines between paragraphs and spaces at the end
of a paragraph or headline were dropped; headlines are kept once as the first line where the stored copy has one (the
Kamrieng, Takeo and drivers reports have none and get none, H1818); the Interior headline, printed on two lines, is
kept as two lines; the doctors report's summary line under its photo, repeated later in the body, is kept as its second
line (H550); datelines at the start of a paragraph are kept as stored ('GREENSBURG, Mo. -', 'TALLAHASSEE, Fla. --',
'Aqaba –'); wording, typos ('fuel prizes', 'Mo.' for the Kansas town), the embassy story's closing link sentence 'More
information on Embassy English language programs.', double spaces, dashes and quotation marks (straight or curly as
stored, also the doubled apostrophes of the Takeo report) are as stored. Pages read but left out: VOA Khmer reports
already used in earlier sets (the Stung Treng flood report 1355534, heldout26-en; the Kos Krol land clash 1353150,
heldout36-en), the State Department's Amman Access graduation story already in heldout99-en, pages whose stored part
keeps fewer than two complete quotations before the cut (a FEMA release on rebuilding Gulf Coast schools, 1603-504,
whose two quotations sit in the cut paragraph; VOA Khmer's 'Rural Health Centers Remain Underfunded, Under-Prepared',
2917998; VOA's report on refugees from the Central African Republic arriving in Cameroon, 1921197; a FEMA release on
Joplin's temporary classrooms reposted on a blog), a further FEMA Community Relations release on Hurricane Ike (id=46337)
left for other sets, a VOA story stored as one run of text on a learner site (tingroom.com), a National Park Service
release stored as one run with its contact line glued to the first sentence (Keweenaw), list and index pages (USDA
and farmers.gov blog lists, NIH Record briefs, irp.nih.gov news lists, FEMA blog category pages, EPA media advisories)
and pages of newspapers, magazines and blogs found by the same searches (the Phnom Penh Post, the Cambodia Daily, khmernz.blogspot.com, indianz.com, the
Washington Post). None of the pages used is in any set above or in another helper's worktree (checked by URL and page
id (1358269, 90160807, 4778719, 5389811, 1357161, 43292, R7-08-FNF-002, 040702a), by title and slug and by the names of
their speakers and phrases, such as Kamrieng, Mam Van, Kuy San, ex-Khmer Rouge district, find markets for villagers
directly, Kampong Thom Villagers Protest, Kha Luy, Huth Samy, Nuon Daok, Phat Bunphiep, Cralorng, public asset, not
private property, Seng Ratana, Free Treatment in Kampong Thom, Song Tan, CHPAA, Seang Seng, Starving Season, Baray
district, Yeu Chhengly, Samraung Health, Bati district, Acleda Bank branch, individuals with recent travel history,
drivers-eye-arab-revolts, Sun Dara, Lim Sreng, Both Tin, abuzz with increasing fuel, Greensburg, Darin Headrick,
Greensburg Unified, Volusia, Doug Wright, Jeff Bryant, front-line disaster workers, Touts Investments In Parks, Tina
Kreisher, In a post 9-11 world, Alice Wells, Aqaba, Congratulates Access Graduates and graduation is a beginning, not an
end, with grep over tests/data of the main tree and of every other helper's worktree (heldout552-558): no hit; the
phrase 'Sam Rainsy Party, told VOA' occurs in another VOA Khmer report of heldout267-en and 'English Access' in the
embassy stories of heldout99-en and heldout282-en). The annotation (rules H2260–H2264 in `ANNOTATION.md` on top of the
earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-khmer-h559-2008-kamrieng-farmers-middlemen",
    source="https://khmer.voanews.com/amp/a-40-2008-01-14-voa4-90160807/1358269.html",
    license=PDV, retrieved=PAGES + " (VOA Khmer report of January 14, 2008 (date from the page address) on farmers of the ex-Khmer Rouge district of Kamrieng, Battambang province, who sell their produce to middlemen who move it to Thailand; AMP version of the page, with no headline or byline in the stored copy, so no headline is added (H1818); the complete stored report is used; `she told VOA Khmer` in reported speech before `she said`, and a description in apposition as the farmer's alias (H2261); curly marks as stored)",
    text='''In the ex-Khmer Rouge district of Kamrieng, in Battambang province, farmers say they have difficulty moving their produce inside Cambodia and are forced instead to sell to middlemen, who move the goods to Thailand.
Mam Van, a former Khmer Rouge guerrilla, said she is no longer a fighter, but farming in Battambang province is proving difficult.
There are no customers in her village, she told VOA Khmer, and it is difficult for her to find good roads to markets.
“I would like for all organizations and all parties help us find markets for villagers directly, so there would be more profit than the middlemen in neighboring countries,” she said.
Kuy San, a neighboring farmer, said villagers would like to sell the crops they grow, especially with the rising price of fuel.
“The roads for transportation are far and create problems,” he said. “So the middlemen take that into consideration.”
The price for potatoes is especially low, he said.
District officials say there is little business inside the country, and foreign vendors keep coming to buy the products. Farmers are left with little control of the price of their goods, officials said.''',
    quotes=[
        Q('“I would like for all organizations', 'in neighboring countries,”', "Mam Van"),
        Q('“The roads for transportation', 'create problems,”', "Kuy San"),
        Q('“So the middlemen take', 'into consideration.”', "Kuy San"),
    ],
    aliases={"Mam Van": ["Mam Van", "a former Khmer Rouge guerrilla"],
             "Kuy San": ["Kuy San", "a neighboring farmer"]},
),
dict(
    id="voa-khmer-h559-2007-kampong-thom-villagers-protest-land-grab",
    source="http://ki-media.blogspot.com/2007/07/kampong-thom-villagers-protest-land.html?showComment=1183495320000",
    license=PDC, retrieved=PAGES + " (VOA Khmer report by Seng Ratana, 'Original report from Phnom Penh', on about 70 representatives of families in nine Kampong Thom villages protesting a land grab by the former commune chief Nuon Daok, reposted on the blog ki-media.blogspot.com (post of Wednesday, July 04, 2007); the blog's date line 'Wednesday, July 04, 2007', the byline lines 'Seng Ratana, VOA Khmer' and 'Original report from Phnom Penh' and the readers' comments after the report ('Anonymous said...' and their texts) dropped; headline kept as the first line; the complete report is used; a villager's words in marks after `called the land`, `villager Huth Samy said` and `he said` after reported speech that names two chiefs (H2262); straight marks and apostrophes as stored)",
    text='''Kampong Thom Villagers Protest Land Grab
About 70 representatives from families in nine Kampong Thom villages met this week to protest an alleged land theft by a former ruling party commune chief.
The former chief, Nuon Daok, from Cralorng commune, has begun growing beans and building fences on public land that should serve the community's interest, villagers alleged.
The new chief, Phat Bunphiep, who belongs to the opposition Sam Rainsy Party, told VOA Khmer the people want their land back.
Villager Kha Luy said the old chief was using the land for himself but called the land "a public asset, not private property."
"Please do whatever can be done to take back this ball field and make it a place to continue to serve the public," villager Huth Samy said.
Nuon Daok, who is now the commune's second clerk, said he listed the land at the office of titles in 1995 and has grown crops there ever since.
When the new chief came into power, he began inciting people, Nuon Daok said, adding that he himself had filed a complaint in the courts.
"It depends on the law," he said. "If the law says that I should return the land to be state land, then I will return it."''',
    quotes=[
        Q('"a public asset, not private property."', None, "Kha Luy"),
        Q('"Please do whatever can be done', 'serve the public,"', "Huth Samy"),
        Q('"It depends on the law,"', None, "Nuon Daok"),
        Q('"If the law says', 'I will return it."', "Nuon Daok"),
    ],
    aliases={"Kha Luy": ["Kha Luy", "Villager Kha Luy"],
             "Huth Samy": ["Huth Samy", "villager Huth Samy"],
             "Nuon Daok": ["Nuon Daok", "The former chief", "the old chief"]},
),
dict(
    id="voa-khmer-h559-us-doctors-free-treatment-kampong-thom",
    source="https://voacambodia.com/a/us-doctors-to-provide-free-treatment-in-kampong-thom-province/4778719.html",
    license=PDV, retrieved=PAGES + " (VOA Khmer report on the ninth annual medical mission of the Cambodian Health Professionals Association of America (CHPAA) in Kampong Thom province, February 11 to 19 (no date or byline in the stored copy); 'Accessibility links' and 'Breaking News' dropped; headline kept as the first line; the photo caption printed twice under it ('FILE PHOTO - Tan Song, a doctor, and president of the Cambodian Health Professionals Association of America (CHPAA) examines a patient during a medical mission in Cambodia's Svay Rieng province, Cambodia.') dropped (H792), so the name order 'Tan Song' is not in the text; the summary line 'More than 100 medical practitioners will take part in the mission, ...', repeated later in the body, kept as the second line (H550); the last paragraph, '“I used to live in the Pol Pot regime and have gone through suffering, poverty, lack of me', cut in the stored copy, dropped, so Dr. Seang Seng is no speaker; `told VOA Khmer` after the president's title, `said Tan` and a book title in marks with the writer's comma (H2262); curly marks as stored)",
    text='''US Doctors to Provide Free Treatment in Kampong Thom Province
More than 100 medical practitioners will take part in the mission, which is the ninth annual mission carried out by CHPAA.
Volunteer doctors from the United States will provide free medical treatment to Cambodians in Kampong Thom province starting next week.
The humanitarian mission, organized by Cambodian Health Professionals of America (CHPAA), will be held in Kampong Thom Hospital and two clinics in Baray district from February 11 to 19.
“Our service includes surgery, gynecological conditions, internal problems for both children and adults,” CHPAA President Dr. Song Tan told VOA Khmer. “We have enough medicine for up to 8,000 patients. We also provide dental service, rheumatism treatment, and give away reading-glasses and prosthetic hands.”
More than 100 medical practitioners will take part in the mission, which is the ninth annual mission carried out by CHPAA.
“Our team is increasing and this is because of our reputation,” said Tan. “We are there to provide good treatment to the villagers and organize the trip well. Therefore, all volunteers are inspired to join us. Most of them go there almost every year.”
Dr. Seang Seng, one of the doctors taking part, authored “Starving Season,” an autobiographical account of his risky attempts to save a Khmer Rouge cadre at a time when many people hid their real identity and profession to save their lives.''',
    quotes=[
        Q('“Our service includes surgery', 'children and adults,”', "Song Tan"),
        Q('“We have enough medicine', 'prosthetic hands.”', "Song Tan"),
        Q('“Our team is increasing', 'of our reputation,”', "Song Tan"),
        Q('“We are there to provide', 'almost every year.”', "Song Tan"),
        Q('“Starving Season,”', None, None),
    ],
    aliases={"Song Tan": ["Song Tan", "CHPAA President Dr. Song Tan", "Tan"]},
),
dict(
    id="voa-khmer-h559-2020-takeo-health-center-covid",
    source="https://voacambodia.com/amp/takeo-health-centers-focus-on-travel-histories-disregarding-normal-flu-cases/5389811.html",
    license=PDV, retrieved=PAGES + " (VOA Khmer report from the Samraung Health Center in Takeo province's Bati district, run by Yeu Chhengly, during the COVID-19 pandemic; AMP version of the page, with no headline, date or byline in the stored copy (slug 'takeo-health-centers-focus-on-travel-histories-disregarding-normal-flu-cases'; the count of 122 cases and 110 recoveries points to April 2020), so no headline is added (H1818); the last paragraph, '“Some people are locals living here,” he said. “They cannot be infected because they are local, they just have the normal flu. We ', cut in the stored copy, dropped with its complete first quotation (H2121); the quotation closed and reopened with doubled apostrophes, the ministry's wording in single marks after `as the Ministry of Health puts it` and the health center head's word in marks inside reported speech (H2260); 'façade', the double hyphen and the marks (curly, doubled straight apostrophes, straight single) as stored)",
    text='''The Samraung Health Center in Takeo province’s Bati district is tucked in behind the grey façade of an Acleda Bank branch and is opposite the local school.
The building is decrepit with little except a large sign at the front gate to suggest it is a functioning health center. Inside, the consultation rooms and general wards were padlocked. The noticeboard has a statement from the Ministry of Health on safety measures to be taken during traveling amid the COVID-19 pandemic.
Sitting alone in the only unlocked room, Yeu Chhengly is busy on his phone. The room has one table, stacked with documents, and a metal frame bed, with no mattress and a single pillow. He runs the health center.
Yeu Chhengly is eager to talk about the coronavirus pandemic, which as of Friday in Cambodia had resulted in a total of 122 cases and 110 recoveries.
The middle-aged man is animated about the pandemic, describing the 11 migrant workers who had returned to his commune and how eight of them had finished their 14-day quarantine period.
The government said earlier this week that around 90,000 workers had returned to Cambodia in recent weeks, putting all of them in mandated quarantine.
“I went to the villages myself to educate people,'' Yeu Chhengly said. ''When we go, we have the equipment and used it as much as we can. We educate people that within 14 days if they have coughs, fevers, or sore throats they should go to see a doctor and we will report to the health department.”
Yeu Chhengly spoke with passion and said the checks were limited to those who had returned from abroad -- or as the Ministry of Health puts it, 'individuals with recent travel history.'
The health center worker said district residents who had walked in over the past few weeks with coughs and flu-like symptoms, but with no recent travel history, were being treated as “normal.”''',
    quotes=[
        Q('“I went to the villages', "educate people,''", "Yeu Chhengly"),
        Q("''When we go", 'the health department.”', "Yeu Chhengly"),
        Q("'individuals with recent travel history.'", None, "Ministry of Health"),
        Q('“normal.”', None, "Yeu Chhengly"),
    ],
    aliases={"Yeu Chhengly": ["Yeu Chhengly", "The middle-aged man", "The health center worker"]},
),
dict(
    id="voa-khmer-h559-2011-drivers-eye-arab-revolts-fuel-prices",
    source="https://www.voacambodia.com/a/drivers-eye-arab-revolts-as-gas-goes-up-117597868/1357161.html",
    license=PDV, retrieved=PAGES + " (VOA Khmer report on Cambodian drivers blaming the uprisings in Tunisia, Egypt and the Middle East for a 20 percent rise in fuel prices (2011 by its content; no headline, date or byline in the stored copy, slug 'drivers-eye-arab-revolts-as-gas-goes-up'), so no headline is added (H1818); the complete stored report is used; a quotation with no cue after `he said` in the same paragraph, and `he said` after a paragraph presenting the driver with `went further, saying` (H2261); 'fuel prizes' and curly marks and apostrophes as stored)",
    text='''The Cambodian street is abuzz with increasing fuel prizes, with many Cambodians aware of the recent turmoil in Arab nations as a major factor.
Uprisings in Tunisia, Egypt and Middle Eastern countries have worried world markets since January, pushing the price of crude beyond $100 per barrel.
In Cambodia, that has meant an increase in fuel costs of about 20 percent, from 4,000 riel, or about $1, per liter, to 5,200, or $1.20, per liter Tuesday.
In interviews, many drivers pointed toward the uprisings as the cause.
“A main reason of high oil prices comes from a wave of uprising in the Middle East and North African countries, the major oil producing nations, which is preventing oil production and oil export,” said Sun Dara, a 23-year-old student of law at the Royal University. “I’m not happy about this high oil price. Three months ago, gasoline was at a proper low price.”
Not only has the price of fuel increased, but the cost of other consumer goods, he said. This has made him drive his motor scooter less, either by walking to nearby locales or riding his bicycle.
Lim Sreng, a 57-year-old manager at a brick factory, also blamed the Arab uprisings, but he said government action too could bring it down. That meant a cost to his business, he said. “We have lost $200 to $300 a day, particularly since February.”
Motorcycle taxi driver Both Tin, 37, went further, saying he did not approve of the uprisings, since it was costing him his daily earnings. Even though fuel cost more, he cannot raise his fares.
“If I make a high price, I have no clients,” he said. “I think the oil price will be able to drop when the uprisings in North Africa and the Middle Eastern countries end.”''',
    quotes=[
        Q('“A main reason of high oil prices', 'and oil export,”', "Sun Dara"),
        Q('“I’m not happy', 'a proper low price.”', "Sun Dara"),
        Q('“We have lost $200', 'since February.”', "Lim Sreng"),
        Q('“If I make a high price', 'no clients,”', "Both Tin"),
        Q('“I think the oil price', 'countries end.”', "Both Tin"),
    ],
    aliases={"Sun Dara": ["Sun Dara", "a 23-year-old student of law at the Royal University"],
             "Lim Sreng": ["Lim Sreng", "a 57-year-old manager at a brick factory"],
             "Both Tin": ["Both Tin", "Motorcycle taxi driver Both Tin"]},
),
dict(
    id="fema-r7-08-fnf-002-2008-greensburg-schools-reopen",
    source="https://webarchive.library.unt.edu/eot2008/20081024180345/http:/www.fema.gov/news/newsrelease.fema?id=43292",
    license=PD, retrieved=PAGES + " (FEMA Region VII news release R7-08-FNF-002 of April 25, 2008 on Public Assistance for the Greensburg schools after the tornado of May 4, 2007, End of Term web archive copy of fema.gov; the lines 'Release Date: April 25, 2008', 'Release Number: R7-08-FNF-002' and '» 2008 Region VII News Releases', the two photo captions ('Greensburg Schools Superintendent Darin Headrick views temporary school buildings serving his community's elementary students.', 'From his temporary office, Greensburg schools superintendent Darin Headrick can survey ... FEMA Photo/Brian Bowman') and the headline's trailing space dropped (H792); headline kept as the first line; the dateline 'GREENSBURG, Mo. - ' kept as stored (the town is in Kansas); the last paragraph, '\"We had so many students displaced,\" he said, \"we had t', cut in the stored copy, dropped with its complete first piece (H2121); words in parentheses inside the superintendent's quotations and the writer's `alternative \"bus\" routes` (H2263); straight marks and apostrophes as stored)",
    text='''FEMA Public Assistance Helped Greensburg Schools Re-Open
GREENSBURG, Mo. - In the immediate aftermath of the tornado which leveled Greensburg May 4, 2007, prioritizing needs could be overwhelming.
Everything, it seemed, was a priority.
But one thing was clear - a community without a functional school system wasn't going to last very long.
Since the 2006-07 school year was nearly over, cancelling the final two weeks in Greensburg was a sound decision. But that left just more than 100 days before the 2007-08 year would begin.
"Obviously, we had to (erect) temporary facilities as quickly as we could," said Darin Headrick, Greensburg Unified School District 422 superintendent.
And although the district's insurance provided a majority of the financial need, eligible FEMA Public Assistance projects still accounted for nearly $5.3 million in approved federal funds for a variety of school projects.
"FEMA's money primarily filled the funding gap between insurance (coverage) and actual costs," Headrick said.
FEMA money helped pay for cleanup of old facilities, erection of temporary facilities, help for funding permanent replacements and other projects.
Remarkably, school opened on time Aug. 15.
Headrick said FEMA assistance even helped fund alternative "bus" routes, with rented vans to go outside normal district boundaries and transport Greensburg students from 20 to 30 miles away.''',
    quotes=[
        Q('"Obviously, we had to (erect)', 'as quickly as we could,"', "Darin Headrick"),
        Q('"FEMA\'s money primarily', 'and actual costs,"', "Darin Headrick"),
        Q('"bus"', None, None),
    ],
    aliases={"Darin Headrick": ["Darin Headrick", "Greensburg Unified School District 422 superintendent", "Headrick"]},
),
dict(
    id="fema-2009-06-01-community-relations-volusia-county",
    source="http://www.fema.gov/news-release/2009/06/01/community-relations-teams-head-out-help-volusia-county-residents",
    license=PD, retrieved=PAGES + " (FEMA news release of June 1, 2009 from Tallahassee on FEMA and State Emergency Response Team Community Relations specialists in Volusia County, Florida, after the disaster declaration; the lines 'Main Content' (twice), 'Release date:', 'June 1, 2009' and 'Release Number:' dropped; headline kept as the first line; the dateline 'TALLAHASSEE, Fla. -- ' kept as stored; the paragraph 'When they visit you, Community Relations specialists will provide information about available disaster assistance programs that include:' and the list after it, cut in the stored copy at '• Grants to help pay for temporar', dropped together (H2263); a state and a federal officer each presented after the cue by his role; 'specialists- wearing ... badges- are' and straight marks as stored)",
    text='''Community Relations Teams Head Out To Help Volusia County Residents
TALLAHASSEE, Fla. -- Less than 24 hours after President Barack Obama designated Volusia County to be a major disaster area, Community Relations teams hit the ground going door to door to help its residents get the valuable information they need to speed recovery.
As part of a joint effort to spread the word about the disaster declaration and the assistance that may be available to them, Community Relations specialists from the Federal Emergency Management Agency (FEMA) and the State Emergency Response Team (SERT) are in Volusia County contacting storm survivors and informing them about available disaster assistance programs.
"We realize that Volusia County residents and business owners are working hard to clean up and put their lives and properties back together, so Community Relations workers are meeting them at their front doors," said Doug Wright, state coordinating officer. "Recovery is faster once storm survivors understand the process of how to apply for disaster assistance and learn of resources that may be available to them."
In addition to visiting neighborhoods with damage, Community Relations specialists- wearing their familiar blue FEMA and SERT shirts and carrying photo-identification badges- are also distributing thousands of informational flyers to senior centers, community organizations, churches and local officials.
"These highly-skilled individuals are FEMA and the state's front-line disaster workers. They deliver important recovery information to those in need, but they also bring emergency managers invaluable, current information about the needs and conditions in the field," said Jeff Bryant, federal coordinating officer.''',
    quotes=[
        Q('"We realize that Volusia County', 'at their front doors,"', "Doug Wright"),
        Q('"Recovery is faster', 'available to them."', "Doug Wright"),
        Q('"These highly-skilled individuals', 'conditions in the field,"', "Jeff Bryant"),
    ],
    aliases={"Doug Wright": ["Doug Wright", "state coordinating officer"],
             "Jeff Bryant": ["Jeff Bryant", "federal coordinating officer"]},
),
dict(
    id="doi-040702a-2004-norton-park-investments-independence-day",
    source="https://doi.gov/news/archive/04_News_Releases/040702a.htm",
    license=PD, retrieved=PAGES + " (Department of the Interior news release of July 2, 2004 from the Office of the Secretary on the National Park Service's Independence Day sites and Secretary Gale Norton's account of park maintenance investments; the lines 'Department Of Interior', 'DOI News Header', 'Office of the Secretary', 'Tina Kreisher (202) 208-6416', 'For Immediate Release:July 2, 2004', 'David Barna (202) 208-6843' and the lines holding only a space dropped; the headline, printed on two lines ('Interior Secretary Norton Touts Investments In Parks' / 'Worth Celebrating this Independence Day'), kept as two lines; the paragraph 'Norton highlighted the following examples of parks, all of which commemorate pivotal events in American history, where key investments are currently underway:' and the list after it ('*****...', 'Independence National Historical Park, PA', cut at 'Inde') dropped together (H2263); the secretary's quotation whose second piece runs to the end of its paragraph without a closing mark, and the next paragraph with `said Norton` (H2263); straight marks as stored)",
    text='''Interior Secretary Norton Touts Investments In Parks
Worth Celebrating this Independence Day
The Nation celebrates Independence Day each year with impressive fireworks displays and patriotic music. With support from many partnering organizations and individuals, the National Park Service (NPS) manages many of these celebrations at numerous National Park System sites, which commemorate the birth of the United States and American independence.
The NPS also is responsible for maintaining and providing quality, memorable visitor experiences in these special sites, which preserve the ideals and freedoms that were won during the American Revolution and guaranteed in the Constitution and the Declaration of Independence.
Providing outstanding visitor services while maintaining this precious legacy, however, poses immense challenges.
"Presented with a significant park maintenance backlog at the beginning of this Administration, President Bush promised to address the problem and to reverse the trend," said Interior Secretary Gale Norton. "The President committed to spend $4.9 billion over 5 years to address known problems while the Service conducted an inventory and condition assessments to determine the magnitude of deferred maintenance of NPS assets and identify measures to protect the investments being made.
"In a post 9-11 world, this Administration also is strongly committed to providing increased security and outstanding public service to assure that park visitors enjoy a safe, memorable experience in America's parks," said Norton.''',
    quotes=[
        Q('"Presented with a significant', 'reverse the trend,"', "Gale Norton"),
        Q('"The President committed', 'investments being made.', "Gale Norton"),
        Q('"In a post 9-11 world', "in America's parks,\"", "Gale Norton"),
    ],
    aliases={"Gale Norton": ["Gale Norton", "Interior Secretary Gale Norton", "Norton"]},
),
dict(
    id="state-jo-usembassy-2015-wells-access-graduates-aqaba",
    source="https://jo.usembassy.gov/u-s-ambassador-congratulates-access-graduates-in-aqaba-april-28-2015/",
    license=PD, retrieved=PAGES + " (story of the U.S. Embassy in Amman (State Department) on Ambassador Alice Wells at the graduation of 100 students of the English Access Microscholarship Program in Aqaba (April 28, 2015 by its address; no writer in the stored copy); headline kept as the first line; the dateline 'Aqaba – ' kept as stored; the complete stored story is used; the saying inside the ambassador's quotation, the quotation after a sentence presenting her remarks and the closing link sentence 'More information on Embassy English language programs.' kept as stored (H2264); the double space in 'Access Program.  In Jordan' and curly marks as stored)",
    text='''U.S. Ambassador Congratulates Access Graduates in Aqaba
Aqaba – U.S. Ambassador to Jordan Alice Wells joined the Director of the Aqaba Directorate of Education, teachers, and family members in celebrating the graduation of 100 students from the English Access Microscholarship Program on Tuesday in Aqaba.
The Access program develops English language skills and capabilities among economically-disadvantaged youth, while also introducing them to American culture and society through after-school classes and enhancement activities. Access students often gain enough English to participate in future U.S. exchange and study programs.
In her remarks to the graduating students, Ambassador Wells challenged them to make use of their new skills.
“It is often said that graduation is a beginning, not an end. In this new phase, you will be called on to use your knowledge and experiences to make decisions that will impact not only yourself, but also your communities,” she said. “Looking out at all of you, I feel optimistic. I see within each of you the capacity to meet these challenges. I see a generation that, like none other before it, has the opportunity to determine what future they will live.”
Since its inception in 2004, over 70,000 students in more than 85 countries have participated in the Access Program.  In Jordan, the program started as a pilot in 2006 hosting 86 students in the Aqaba region. In 2007, the program was launched Jordan-wide and now hosts 480 students yearly.
Access programs are also offered in Zarqa, Irbid, Amman, and other locations throughout Jordan. More information on Embassy English language programs.''',
    quotes=[
        Q('“It is often said', 'also your communities,”', "Alice Wells"),
        Q('“Looking out at all of you', 'future they will live.”', "Alice Wells"),
    ],
    aliases={"Alice Wells": ["Alice Wells", "U.S. Ambassador to Jordan Alice Wells", "Ambassador Wells"]},
),
]
