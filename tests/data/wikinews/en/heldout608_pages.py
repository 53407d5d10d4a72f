# Held-out English news texts (tests/data/heldout608-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America news reports (US government works in the public domain, 17 U.S.C.
# § 105): five voanews.com reports (the long lines at polling places on Election Day 2008, by Mike O'Sullivan,
# voanews.com 373846; three reports from Kenya with the UNHCR spokesman Emmanuel Nyabera on Somali refugees, of June 11,
# 2002 (552758), August 11, 2006 (330000) and September 27, 2006 (320938); the crowd at the inaugural welcome concert
# at the Lincoln Memorial reflecting pool in January 2017, 3684415) and three copies of VOA reports on other sites (the
# Louisiana floods of August 2016, on rnbo.org; the housing of Hurricane Laura's victims, September 2020, on
# newdelhitimes.com; Trump supporters on the National Mall on Inauguration Day 2025, on the learner site
# listeningexpress.com). None is credited to AP, Reuters, AFP or another third party in the kept text. Stored copies are
# cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also where it
# holds a complete quotation before the cut (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking News',
# 'News', 'USA', 'update', 'North America', the font-size lines 'XS' 'SM' 'MD' 'LG'), the learner site's tool lines,
# a video link line, a doubled photo caption, empty lines between paragraphs and spaces at the end of a paragraph are
# dropped; a headline is kept once as the first line where the stored copy has one (none is added where it has none)
# and a subheading as a line; wording, typos, double spaces inside paragraphs, dashes and quotation marks (straight or
# curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2315-H2319 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "site lines 'Accessibility links' and 'Breaking News' dropped"
DROP_LE = "the learner site's tool lines ('源 稿 窗', '在文章中双击或划词查词典', '字号 +', '字号 -', '折叠显示', '全文显示') dropped; no headline in the stored copy, none added (H1818)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout608-en.jsonl

Built by `build.py` from `heldout608_pages.py`. Like the VOA sets above (heldout481-en, heldout474-en, heldout354-en,
heldout223-en, heldout209-en and others; copies on other sites with the licence constant PDC as in heldout145-en and
heldout354-en (newdelhitimes.com) and heldout209-en and heldout474-en (listeningexpress.com)), these texts are Voice of
America news reports, US government works in the public domain under 17 U.S.C. § 105 ("Copyright protection under
this title is not available for any work of the United States Government"), taken from stored web pages (the `pages`
search corpus). Reuse terms relied on: that public-domain status of VOA's own staff work, which VOA's feeds restate
("Voice of America content is produced by the Voice of America, a United States federal government-sponsored entity,
and is in the public domain"); copies on other sites carry the same VOA text and add no rights of their own, and the
copying sites' own lines are dropped. Texts credited to AP, Reuters, AFP or another third party were excluded. The
texts: a VOA News report by Mike O'Sullivan of November 4, 2008 on long lines at polling places on Election Day, with
the Los Angeles voter Ted Cohen, his mother Ruth and a volunteer lawyer named Samantha (voanews.com 373846); a VOA
report of August 2016 on Homeland Security Secretary Jeh Johnson's visit to the Louisiana floods, with the residents
Moosie Benoit and James Lane and Craig Cooper of the Red Cross (copy on the aggregator rnbo.org, page id 43354, under
VOA's headline 'US Homeland Security Chief to Survey Louisiana Flooding Response'); a VOA report of September 2020 on
the housing of Hurricane Laura's victims in Louisiana, with Michelle Lee of Lake Charles (copy on newdelhitimes.com,
slug 'hurricane-laura-victims-have-few-good-options-for-housing'); three VOA News reports with Emmanuel (in the third
spelt Emanuel) Nyabera, spokesman of the UN refugee agency in Kenya, on Somali refugees, of June 11, 2002 (Mandera;
voanews.com 552758) and of August 11 and September 27, 2006 (Dadaab; voanews.com 330000 and 320938, the two later ones
with the VOA English to Africa reporter Joe De Capua); a VOA report of January 2017 on the crowd at the inaugural welcome
concert at the Lincoln Memorial reflecting pool, with Jan and Harold Fisher of Arcadia, Oklahoma (voanews.com 3684415);
and a VOA correspondent report of January 20, 2025 on Trump supporters on the National Mall after the swearing-in was
moved indoors, with Melanie Voll of Ohio and a woman named Paige (copy on the learner site listeningexpress.com,
voacorr 2025-01-20). Licence caveats: the rnbo.org copy shows no byline and no credit line in the kept text; it is taken
as VOA's by its VOA headline and by its own words (`Craig Cooper of the Red Cross told VOA`), as the newdelhitimes.com
copy (`Michelle Lee of Lake Charles, Louisiana, told VOA`) and the listeningexpress.com copy (`they told VOA`); all
three copies break off before any closing credit, so a closing agency credit cannot be ruled out, but no wire credit
was found in any kept text; the voanews.com pages of 2002, 2006 and 2017 name no writer in the stored copy (the 2017
page's photo credit 'C. Presutti/VOA' stands in a dropped caption); the texts quote private people (voters, flood and
hurricane victims, concert visitors) and officials of the Red Cross and of the UN refugee agency inside the
public-domain texts. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a
paragraph cut in the stored copy is dropped, also where it holds a complete quotation before the cut (noted per page:
the Election Day report's 'Voters across the United States are making their choices for president, members of c'; the
flood report's 'Additionally, Governor Edwards warned residents Tuesday that FEMA employees do not ask for'; the Laura
report's '“At first I was told I could find a place to stay in Baton Rouge, ... It was a mess,” Lee'; the 2002 refugee
report's 'Last'; the concert report's 'After an hour of military band tributes and country'; the Inauguration Day
report's 'Carmen and Jeff Mayo, from Yakima, Washington, told VOA they were also disappointed that'; the two refugee
reports of 2006 end on complete paragraphs, which are kept). Site lines ('Accessibility links', 'Breaking News',
'News', 'USA', the label 'update', the newdelhitimes.com category line 'North America', the font-size lines 'XS', 'SM',
'MD', 'LG'), the learner site's tool lines ('源 稿 窗', '在文章中双击或划词查词典', '字号 +', '字号 -', '折叠显示',
'全文显示'), the video link line 'Watch: Thousands See Music, President-Elect at Inaugural Concert', the photo caption
'Alison from Delaware joined in the chant "Trump, Trump, Trump!" ... (C. Presutti/VOA)', stored twice, the empty lines
between paragraphs and spaces at the end of a paragraph were dropped; headlines are kept as the first line where the
stored copy has one (the listeningexpress.com copy has none and gets none, H1818; the 2002 headline keeps its date
'- 2002-06-11' as stored), the subheading 'Diversity over politics' is kept as a line; wording and typos ('More Aid
Need for Somali Refugees', 'a logistical nightmare in way', 'three difference camps….', 'the Laboi border entry',
'WASHINGTON —The'), double spaces inside paragraphs, dashes and quotation marks (straight or curly as stored) are as
stored. Pages read but left out: stories already in earlier sets (the VOA Learning English drought report with Alan
Bowers Jr., heldout26-en; the VOA report on the YES exchange students, heldout180-en; VOA's New York naturalization
ceremony report of 2014; the State Magazine and eca.state.gov stories on the Academy for Women Entrepreneurs; the xalqqazeti
copy of the VOA report on new citizens; EPA brownfields releases of 2008 and 2010, heldout87-en), pages whose stored part
keeps fewer than two complete quotations with marks or only unnamed speakers (a VOA report on a 2006 naturalization
ceremony at the National Archives, VOA reports on the Sichuan and Iran earthquakes, a VOA report on the Zimbabwe
run-off rally of 2008, Marshall Star copies on blogs, an nps.gov release on National Public Lands Day), agency list and
feed pages (FEMA blog and press-release lists, a court site's DHS feed, NIH "In the News" pages, NOAA Fisheries
newsletters), a VOA Student Union blog page (posts by student contributors) and pages of newspapers, TV stations and
blogs found by the same searches. None of the pages used is in any set above or in another helper's worktree (checked
by URL and page id (373846, 43354, hurricane-laura-victims-have-few-good-options-for-housing, 552758, 330000, 320938,
3684415, voacorr-2025-01-20), by headline and by the names of their speakers and phrases, such as Ted Cohen, a
logistical nightmare, Moosie Benoit, Craig Cooper, Michelle Lee, Entergy, 193 children, 18,000 new Somali, 140,000
refugees, Laboi, Jan and Harold, Ravi Jakhotia, 3 Doors Down, Melanie Voll and Bob Latta, with grep over tests/data of
the main tree and of every other helper's worktree (heldout593-607): no hit, except Emmanuel Nyabera, quoted in another
VOA report of 2006 (heldout223-en), Mandera and Dadaab in unrelated texts, and other pages of rnbo.org,
newdelhitimes.com and listeningexpress.com). The annotation (rules H2315–H2319 in `ANNOTATION.md` on top of the earlier
rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind,
by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h608-2008-11-04-long-lines-americans-vote",
    source="https://www.voanews.com/a/a-13-2008-11-04-voa68-66796467/373846.html",
    license=PD, retrieved=PAGES + " (VOA News report by Mike O'Sullivan of November 4, 2008 on long lines at polling places on Election Day, with the Los Angeles voter Ted Cohen, his mother Ruth and a volunteer lawyer named Samantha; " + DROP_NAV + "; headline kept as the first line; the last paragraph, 'Voters across the United States are making their choices for president, members of c', cut in the stored copy, dropped; speakers known by a first name only, one presented as another speaker's mother (H2315); 'a logistical nightmare in way' and straight marks as stored)",
    text='''Long Lines Reported Nationwide as Americans Vote
Like other U.S. states, California is expecting a record voter turnout in Tuesday's election. VOA's Mike O'Sullivan reports that there were long lines at many polling stations across the country.
Los Angeles voter Ted Cohen says he was glad to see the crowds at his polling place, the gymnasium of a local community center.
"This is the biggest turnout I've seen in any presidential election that I've had the privilege of voting in," he said.
"So whatever side of the fence you're on, it's nice to see that people are getting back and voting and at least casting their opinion on what they want to see happen in our country. I think that's promising. People are getting involved again," he added.
Cohen's mother, Ruth, is an immigrant from Israel who was also surprised by the long lines to vote. "I've never seen it like this," she said. "Since I've been voting here for 38 years, I've never seen it like this. I waited an hour."
She says voting usually takes only a few minutes.
Election monitors from both major parties - the Democrats and the Republicans - are watching for snags in the process across the country. So are non-partisan groups like Election Protection, which reports incidents of malfunctioning voting machines in Virginia, Pennsylvania and Florida, where poll workers are coping with heavy turnout.
A lawyer named Samantha took a half day off from work to volunteer with the organization in Los Angeles.
"I think this is a really important election," she said. "I knew that there would be a lot of voters out today, and it's a logistical nightmare in way, and I figured if I could use what legal training I have to support the system and be a part of helping the process go smoothly today, I was happy to do it."
She says she visited six polling places and found no problems, except for long lines.''',
    quotes=[
        Q('"This is the biggest turnout', 'voting in,"', "Ted Cohen"),
        Q('"So whatever side of the fence', 'involved again,"', "Ted Cohen"),
        Q('"I\'ve never seen it like this,"', None, "Ruth"),
        Q('"Since I\'ve been voting', 'I waited an hour."', "Ruth"),
        Q('"I think this is a really important election,"', None, "Samantha"),
        Q('"I knew that there would be', 'happy to do it."', "Samantha"),
    ],
    aliases={"Ted Cohen": ["Ted Cohen", "Los Angeles voter Ted Cohen"],
             "Ruth": ["Ruth"],
             "Samantha": ["Samantha", "A lawyer named Samantha"]},
),
dict(
    id="voa-en-h608-2016-08-louisiana-flooding-response",
    source="https://rnbo.org/?p=43354",
    license=PDC, retrieved=PAGES + " (copy of a VOA report of August 2016 on Homeland Security Secretary Jeh Johnson's visit to the Louisiana floods, with the residents Moosie Benoit and James Lane and Craig Cooper of the Red Cross, on the aggregator rnbo.org (no byline or credit line in the kept text; taken as VOA's by its VOA headline and its `told VOA`, H2319); headline kept as the first line; the space at the end of the paragraph 'Cooper noted that ... volunteer for the Red Cross.' dropped; the last paragraph, 'Additionally, Governor Edwards warned residents Tuesday that FEMA employees do not ask for', cut in the stored copy, dropped; a resident presented in reported speech and `he said` in the next paragraph, and `X of the Red Cross told VOA` (H2318, H2319); double spaces between sentences and curly marks as stored)",
    text='''US Homeland Security Chief to Survey Louisiana Flooding Response
U.S. Homeland Security Secretary Jeh Johnson is due to survey recovery efforts in the southern state of Louisiana Thursday where unprecedented flooding has left at least 13 people dead.
The floods around Baton Rouge came from record-breaking rains of more than 75 centimeters that began last week.  An estimated 40,000 homes have been damaged.
“I stayed through hurricanes.  I stayed through other things.  This has got to be the worst,” resident Moosie Benoit said.
Another resident, James Lane, said the flooding destroyed his home in Baton Rouge, a place he moved to after losing everything in Hurricane Katrina in 2005.
“I can’t even think about what to do, just got to go with it as it comes and when it’s done clean up and start all over,” he said.
Federal Emergency Management Agency (FEMA) officials and volunteers have been on the ground for a few days now, as have Red Cross volunteers.
“It’s safe to say that the state in general is very accustomed to hurricanes,” Craig Cooper of the Red Cross told VOA.  “But this was a massive rain incident and what we’ve learned is that in many, many areas these were communities that have either never been flooded or they have to remember back 30 years.”
More than 30,000 people have been rescued since Friday.  Most of those rescues were made by the National Guard and state authorities, but city residents with boats, trucks and kayaks have taken it upon themselves to help out.
Cooper noted that along with citizens of the community coming forth to help out, people from all around the country have come to Baton Rouge to volunteer for the Red Cross.
But in addition to the vast physical and emotional damage caused by the floods, the chaotic state of Baton Rouge has lent itself to looters and scams. A nighttime curfew was imposed in some areas.''',
    quotes=[
        Q('“I stayed through hurricanes.', 'be the worst,”', "Moosie Benoit"),
        Q('“I can’t even think', 'start all over,”', "James Lane"),
        Q('“It’s safe to say', 'accustomed to hurricanes,”', "Craig Cooper"),
        Q('“But this was a massive rain', 'back 30 years.”', "Craig Cooper"),
    ],
    aliases={"Moosie Benoit": ["Moosie Benoit", "resident Moosie Benoit"],
             "James Lane": ["James Lane"],
             "Craig Cooper": ["Craig Cooper", "Craig Cooper of the Red Cross", "Cooper"]},
),
dict(
    id="voa-en-h608-2020-09-hurricane-laura-housing",
    source="https://www.newdelhitimes.com/hurricane-laura-victims-have-few-good-options-for-housing/",
    license=PDC, retrieved=PAGES + " (copy of a VOA report of September 2020 on the housing of Hurricane Laura's victims in Louisiana, with Michelle Lee of Lake Charles, on newdelhitimes.com, which reposts VOA stories (no byline in the kept text; `told VOA` in it); the site's category line 'North America' dropped; headline kept as the first line; the last paragraph, '“At first I was told I could find a place to stay in Baton Rouge, so I drove there, but then they said, ‘No, go to Metairie.’ ... It was a mess,” Lee', cut in the stored copy after its complete quotation, dropped whole (H2121, H2319); a company's words reported without marks inside the speaker's quotation (H2319); dash and curly marks as stored)",
    text='''Hurricane Laura Victims Have Few Good Options for Housing
More than a week after Category 4 Hurricane Laura ripped through the southwestern corner of Louisiana, state officials report more than 230,000 residents remain without power Friday. Another 175,000 are without water.
“People around the country don’t realize how bad it is here,” Michelle Lee of Lake Charles, Louisiana, told VOA. “Entergy says we won’t have power for four or five weeks. Some people say they don’t think it’ll be until November.”
Gov. John Bel Edwards said Thursday that power has been restored for nearly 400,000 people, but that the remaining outages would likely be the hardest ones to fix. The reason for this, he said, was that thousands of miles of electrical wires, thousands of utility poles and many hundreds of transmission towers were damaged by the storm.
Lake Charles officials said this is a main reason residents have been unable to return to the city of 80,000, which was hit early August 27 with winds of more than 240 kph — the most powerful hurricane to reach Louisiana since 1856.
“Why come back right now if you don’t have to?” Lee said. “I have friends who are in hotel rooms in New Orleans and Texas, and why not? A hot shower is a lot better than what we’ve got here. There are people in Lake Charles living in homes with a tree through the roof and with no water or power. I know people who are sleeping in cots on their porch or in tents in their backyard.”
Edwards estimated that more than 11,000 people are being sheltered by the state, some in large emergency shelters, but the majority in hotel rooms in cities around Louisiana.
Lee said she tried to find a place for herself and her two dogs but didn’t have any luck.''',
    quotes=[
        Q('“People around the country', 'bad it is here,”', "Michelle Lee"),
        Q('“Entergy says', 'until November.”', "Michelle Lee"),
        Q('“Why come back right now', 'have to?”', "Michelle Lee"),
        Q('“I have friends who are in hotel', 'in their backyard.”', "Michelle Lee"),
    ],
    aliases={"Michelle Lee": ["Michelle Lee", "Michelle Lee of Lake Charles, Louisiana", "Lee"]},
),
dict(
    id="voa-en-h608-2002-06-11-unhcr-somali-refugees-mandera",
    source="https://www.voanews.com/a/a-13-a-2002-06-11-20-unhcr-66493612/552758.html",
    license=PD, retrieved=PAGES + " (VOA News report of June 11, 2002 on Somali refugees in Mandera, northern Kenya, with the UNHCR spokesman Emmanuel Nyabera (no writer in the stored copy); " + DROP_NAV + "; headline kept as the first line with its date '- 2002-06-11' as stored; the last paragraph, 'Last', cut in the stored copy, dropped; `he warned` after a sentence that takes up the named spokesman by his role alone, and `he said` after a reported-speech sentence with `Mr. Nyabera` in the same paragraph (H2318); straight marks as stored)",
    text='''UNHCR Concerned About Somali Refugees in Kenya - 2002-06-11
The UN refugee agency says it is worried by the deteriorating condition of about 4,000 Somali refugees in northern Kenya. The agency says children are most at risk.
The UNHCR spokesman in Nairobi, Emmanuel Nyabera, said the flow of refugees out of Somalia into Kenya has not stopped. Six more families arrived Monday in the Kenyan border town of Mandera.
Conditions in Mandera are harsh. The barren, arid landscape can barely support the local population, even without an influx of destitute refugees. There is not enough food and medicine, and the UNHCR spokesman said the situation is only going to get worse.
"There have been severe cases of malnutrition in Mandera, and as much as we have opened feeding centers, we still feel that if nothing is done then the situation will continue to deteriorate," he warned. "Mandera hospital is over-stretched at the moment, coping with the influx from Somalia and also coping with the locals. We are definitely trying to supplement by taking medicine, but the more the refugees stay in Mandera, the more worried we are that the situation could worsen."
Most of the refugees are women and children who fled Somalia in April and May to escape fighting between rival clans.
So far, 17 people have died, mainly from malnutrition, diarrhea, or malaria. Mr. Nyabera said it is the children who are most vulnerable. "For example, we have opened a therapeutic feeding center in Mandera. As of Monday, there were 193 children admitted at the center. We are trying to extend it," he said. "So as you can see, the number of children at the center continues to grow, and mainly because of malnutrition."
The UNHCR is negotiating with the Kenyan government to allow the refugees to be transferred further inside the country. The refugees now are camped just 500 meters from the Somali border, and the agency fears they could be hurt if fighting flares up again.''',
    quotes=[
        Q('"There have been severe cases', 'continue to deteriorate,"', "Emmanuel Nyabera"),
        Q('"Mandera hospital is over-stretched', 'could worsen."', "Emmanuel Nyabera"),
        Q('"For example, we have opened', 'trying to extend it,"', "Emmanuel Nyabera"),
        Q('"So as you can see', 'because of malnutrition."', "Emmanuel Nyabera"),
    ],
    aliases={"Emmanuel Nyabera": ["Emmanuel Nyabera", "The UNHCR spokesman in Nairobi", "the UNHCR spokesman", "Mr. Nyabera"]},
),
dict(
    id="voa-en-h608-2006-08-11-somali-refugees-cross-into-kenya",
    source="https://www.voanews.com/a/a-13-2006-08-11-voa20/330000.html",
    license=PD, retrieved=PAGES + " (VOA News report of August 11, 2006 on Somali refugees reaching Dadaab, with the UNHCR spokesperson Emmanuel Nyabera interviewed by the VOA English to Africa reporter Joe De Capua (no writer line in the stored copy); " + DROP_NAV + "; headline kept as the first line; the copy ends on a complete paragraph, which is kept; a cue-less quotation paragraph after a sentence presenting the spokesperson and the reporter, and the writer's marked word for an alliance (H2317, H2318); curly marks as stored)",
    text='''100 Somali Refugees Cross into Kenya Each Day
The UN refugee agency says fear of further fighting in Mogadishu is behind the influx of more Somali refugees entering northeast Kenya.
Emmanuel Nyabera is a spokesperson for the UNHCR. From Nairobi, he spoke to VOA English to Africa Service reporter Joe De Capua about the refugee movements.
“The situation is that since the beginning of this year, we have received around 18,000 new Somali refugees coming into Kenya to the Dadaab refugee camp. Initially, some of them were saying they are coming in because of drought that affected that part of the country. But of late, we’ve been receiving almost a hundred every day. A majority of them are coming from Mogadishu through Kismayo into Dadaab, claiming that they are running away because of the conflict in Mogadishu.”
The Union of Islamic Courts militias seized control of Mogadishu in June but continue to fight with what’s described as a “loose” alliance of warlords that had been in control of the city for many years.
There are three refugee camps in Dadaab. Nyabera says, “We know very well as it is now we can accommodate around 30,000 more. That is the number we are expecting to come this year, unless the war escalates.” If the war does escalate, the number of Somali refugees could be as many as 50,000. At that point, the UNHCR says it may request permission from Kenya to open a fourth camp in Dadaab.''',
    quotes=[
        Q('“The situation is that since', 'conflict in Mogadishu.”', "Emmanuel Nyabera"),
        Q('“loose”', None, None),
        Q('“We know very well', 'the war escalates.”', "Emmanuel Nyabera"),
    ],
    aliases={"Emmanuel Nyabera": ["Emmanuel Nyabera", "Nyabera"]},
),
dict(
    id="voa-en-h608-2006-09-27-more-aid-somali-refugees",
    source="http://www.voanews.com/a/a-13-2006-09-27-voa44/320938.html",
    license=PD, retrieved=PAGES + " (VOA News report of September 27, 2006 on Somali refugees in Kenya and the World Food Program's rations, with the UNHCR spokesman, spelt Emanuel Nyabera here, interviewed from Dadaab by the VOA English to Africa reporter Joe De Capua (no writer line in the stored copy); the site lines 'Accessibility links', 'Breaking News' and 'News', the label 'update' under the headline and the font-size lines 'XS', 'SM', 'MD', 'LG' after the last paragraph dropped (H2319); headline kept as the first line as stored ('More Aid Need'); the copy ends on a complete paragraph, which is kept; `he says` after a sentence presenting the spokesman and the reporter, and the spelling of the name in this text as the canonical name (H2318); 'the Laboi border entry', 'three difference camps….' and curly marks as stored)",
    text='''More Aid Need for Somali Refugees, As More Cross the Border into Kenya
The United Nations' food agency says Somalis fleeing conflict in their country have pushed the number of refugees in Kenya to the highest level in decades, threatening to exhaust food supplies.
The World Food Program (WFP) says 24,000 Somalis have entered camps in neighboring northeastern Kenya since January. Kenya is now housing 240,000 registered refugees from various countries. Fifty thousand more are expected by the end of the year.
The WFP says it will be forced to cut its food rations in the camps in November unless new funding comes through.
The Somalis who have been crossing the border into Kenya in recent months are being taken to the refugee camps in Dadaab, about 80 kilometers from the border.
Emanuel Nyabera is a spokesman for the UN refugee agency (UNHCR). From Dadaab, he spoke to VOA English to Africa Service reporter Joe De Capua about conditions there.
“The camps here are trying to cope. As you are aware, we are moving around an average of 300 refugees everyday from the Laboi border entry and bringing them down here to Dadaab. What we are doing for the moment is to make sure that they are medically screened to find out if we have people who are sick. And we’re also immunizing them against polio and measles. We are also extending the capacity of the camps so they can accommodate more refugees as they come,” he says.
Asked about the number of refugees there, Nyabera says, “We have currently around 140,000 refugees in Dadaab. And that is a complex that is made up of three difference camps…. Since the beginning of the year we’ve received around 25,000 new refugees.”''',
    quotes=[
        Q('“The camps here are trying to cope.', 'as they come,”', "Emanuel Nyabera"),
        Q('“We have currently', 'new refugees.”', "Emanuel Nyabera"),
    ],
    aliases={"Emanuel Nyabera": ["Emanuel Nyabera", "Nyabera"]},
),
dict(
    id="voa-en-h608-2017-01-inaugural-concert-reflecting-pool",
    source="http://www.voanews.com/a/thousands-line-reflecting-pool-to-see-president-elect-trump/3684415.html",
    license=PD, retrieved=PAGES + " (VOA report of January 2017 on the crowd at the inaugural welcome concert at the Lincoln Memorial reflecting pool, with Jan and Harold Fisher of Arcadia, Oklahoma (no writer in the stored copy); the site lines 'Accessibility links' and 'USA', the photo caption 'Alison from Delaware joined in the chant \"Trump, Trump, Trump!\" before the President elect and his family arrived at the Inaugural Welcome Concert. (C. Presutti/VOA)', stored twice, and the video link line 'Watch: Thousands See Music, President-Elect at Inaugural Concert' dropped (H2317, H2319); headline kept as the first line and the subheading 'Diversity over politics' kept as a line; the last paragraph, 'After an hour of military band tributes and country', cut in the stored copy, dropped; quotations introduced by `because,` and by `as for X,` without a verb of saying, two people named with one surname printed once, a slogan on hats and the words of a poster held by an unnamed man (H2315, H2316, H2317); straight marks as stored)",
    text='''Thousands Line Reflecting Pool to See President-elect Trump
Four days ago, Jan and Harold Fisher got in their Recreational Vehicle (RV) in Arcadia, Oklahoma, and started their drive to Washington. This is Jan's first inauguration. She came because, "It's an important time in America to show support." Harold voted Democrat the first half of his life, but as for President Elect Donald Trump, "I love him. Supported him all the way."
The Fishers and thousands of others crowded between barriers along the reflecting pool in the shadow of the Lincoln Memorial for the welcome concert that kicked off the inauguration of the 45th president.
The evening started with patriotic and contemporary music, entertaining the crowd whose ages spanned decades. Many wore red hats with the Donald Trump trademark line "Make America Great Again." Some wore the American flag draped over their shoulders. One man held a yellow poster that read, "I support the Affordable Care Act. I'm only here to see 3 Doors Down," in a reference to the American rock band who was performing. The sign was quickly ripped down by a Trump supporter.
Diversity over politics
First generation Indian immigrant Ravi Drums, a DJ and entertainer from Florida wowed the crowd with his synthesized patriotic tunes on his electric drum set. The artist whose real name is Ravi Jakhotia refuses to say if he's Democrat or Republican. He told the Tampa Bay Times he wanted to bring diversity to the inauguration and that it is time for the country to unify.''',
    quotes=[
        Q('"It\'s an important time', 'to show support."', "Jan"),
        Q('"I love him.', 'all the way."', "Harold Fisher"),
        Q('"Make America Great Again."', None, None),
        Q('"I support the Affordable Care Act.', '3 Doors Down,"', None),
    ],
    aliases={"Jan": ["Jan"],
             "Harold Fisher": ["Harold Fisher", "Harold"]},
),
dict(
    id="voa-en-h608-2025-01-20-trump-supporters-national-mall",
    source="https://listeningexpress.com/englishreading/voacorr/2025/01/voacorr-2025-01-20-Trump-supporters-disappointed-they-couldn't-watch-inauguration-in-person.html",
    license=PDC, retrieved=PAGES + " (copy of the VOA correspondent report of January 20, 2025 on Trump supporters on the National Mall after the swearing-in was moved indoors, with Melanie Voll of Ohio and a woman named Paige, on the learner site listeningexpress.com (no byline in the kept text; `they told VOA` in it); " + DROP_LE + "; the dateline 'WASHINGTON —' is inline and kept as stored; the last paragraph, 'Carmen and Jeff Mayo, from Yakima, Washington, told VOA they were also disappointed that', cut in the stored copy, dropped; a speaker named by her first name only after a sentence naming two friends, a `we` partial quotation in a clause of reason, `she added` after a sentence about the speaker and her son, and a slogan on hats (H2315, H2316, H2317, H2318); straight marks as stored)",
    text='''WASHINGTON —The National Mall in Washington was lined with hundreds of portable toilets Monday, but it's unlikely many of the portable restrooms got much use.
They had been set up for the hundreds of thousands of people who were expected to watch as Donald Trump took the oath of office to become the 47th president of the United States.
But Monday's cold temperatures, which hovered around minus 6.6 degrees Celsius, meant Trump's swearing-in ceremony was moved indoors.
The last-minute change left many Trump supporters feeling disappointed because they had traveled to Washington to see Trump's inauguration in person, they told VOA.
Unable to watch the inauguration like they had planned, some gathered on the National Mall on Monday morning, as close to the U.S. Capitol Building as the fences allowed.
Melanie Voll, from Ohio, had received tickets from her representative, Bob Latta, to watch the inauguration.
"With this beautiful sunshine, and no wind, it's extra disappointing," Voll said. She and her son both wore "Make America Great Again" hats as they walked down the National Mall.
"We're from the Midwest, so we're used to the cold," she added.
Those with tickets for the Presidential Platform and members of Congress were still able to attend the ceremony in person. But moving the inauguration indoors meant the vast majority of ticketed guests, like Voll, were unable to watch the inauguration in person.
Friends Emma and Paige, from Kentucky and South Carolina, agreed they were disappointed that the inauguration was moved indoors.
"Absolutely we were disappointed," Paige said. "The whole reason was to come and be able to stand outside and watch it happen, but we're still enjoying the day. It's a nice day outside."
They declined to share their last names because "we've got jobs," Paige said.''',
    quotes=[
        Q('"With this beautiful sunshine', 'extra disappointing,"', "Melanie Voll"),
        Q('"Make America Great Again"', None, None),
        Q('"We\'re from the Midwest', 'used to the cold,"', "Melanie Voll"),
        Q('"Absolutely we were disappointed,"', None, "Paige"),
        Q('"The whole reason was to come', 'nice day outside."', "Paige"),
        Q('"we\'ve got jobs,"', None, "Paige"),
    ],
    aliases={"Melanie Voll": ["Melanie Voll", "Voll"],
             "Paige": ["Paige"]},
),
]
