# Held-out English news texts (tests/data/heldout640-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US federal government news texts (public domain, 17 U.S.C. § 105): five Voice of
# America reports (three on Syrian refugees and the UN refugee agency: a voanews.com report of 2013 on UNHCR's appeal to
# keep borders open, 1667975; a VOA News report by Lisa Schlein of August 2014 on three million Syrian refugees, copy on
# muslimvillage.com; a VOA report of 2012 on the registration of Syrian refugees, VOA's CMS preview page
# voa.pangea-cms.com 1485989; a VOA News report of April 2022 on bread prices in Zimbabwe, copy on lamtoronews.com; a
# voanews.com report of March 15, 2007 on the World Food Program's Senate testimony on child hunger, 400869), a USAID
# press release of May 16, 2008 on Administrator Henrietta Fore's Senate testimony on the global food crisis (copy on
# standardnewswire.com), a FEMA story of 2017 on two FEMA Corps members in Baton Rouge (copy on thorptrainer.com) and a
# story of NASA Kennedy Space Center's Spaceport News of September 4, 2009 on the post-launch pad inspection team
# (scanned issue on ufdc.ufl.edu). None is credited to AP, Reuters, AFP or another third party in the kept text. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped, also
# where it holds a complete quotation before the cut (noted in `retrieved`). Site lines ('Accessibility links',
# 'Breaking News'), photo captions (also where stored twice), credit and byline lines ('By: Lisa Schlein', 'Source: VOA
# News', 'by VOA News', 'By Steven Siceloff' / 'Spaceport News'), the release's contact line, the library's catalogue
# record and the newsletter's masthead and contents lines, the empty lines between paragraphs and spaces at the end of a
# paragraph are dropped; the scanned newsletter's hard line breaks inside a paragraph are joined into single spaces
# (H2358); a headline is kept once as the first line where the stored copy has one (none is added where it has none);
# datelines are kept as stored; wording, typos, dashes and quotation marks (straight or curly as stored, also mixed in
# one pair) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2355-H2359 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PDU = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "site lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout640-en.jsonl

Built by `build.py` from `heldout640_pages.py`. Like the VOA and US government sets above (heldout608-en, heldout624-en,
heldout616-en, heldout607-en and others; copies on other sites with a licence constant of their own as in heldout608-en
(PDC) and heldout607-en (copy on a non-government site)), these texts are stored web pages (the `pages` search corpus)
of US federal government news texts, works of the United States Government in the public domain under 17 U.S.C. § 105
("Copyright protection under this title is not available for any work of the United States Government"). Reuse terms
relied on: that public-domain status of the agencies' own work, which VOA's feeds restate ("Voice of America content is
produced by the Voice of America, a United States federal government-sponsored entity, and is in the public domain");
copies on other sites carry the same agency text and add no rights of their own, and the copying sites' own lines are
dropped. Texts credited to AP, Reuters, AFP or another third party were excluded. The texts: a voanews.com report of
2013 on the UN refugee agency's appeal to keep borders open to Syrians, with the UNHCR spokeswoman Melissa Fleming
(voanews.com 1667975, 'UNHCR: Keep Borders Open to Fleeing Syrians'); a VOA News report by Lisa Schlein of August 2014 on
three million Syrian refugees, with Melissa Fleming and a phrase of the agency (copy on muslimvillage.com, post 57402,
credited 'By: Lisa Schlein' / 'Source: VOA News'); a VOA report of 2012 on the registration of Syrian refugees, with the
UNHCR spokesman Adrian Edwards (VOA's CMS preview page voa.pangea-cms.com 1485989, slug
'un_says_stream_of_syrian_refugees_growing', as other pangea-cms preview pages in earlier sets); a VOA News report of
April 2022 on bread prices in Zimbabwe, with the Harare teacher Christine Kayumba (copy on lamtoronews.com, slug
'price-of-bread-up-100-in-zimbabwe-since-russia-invaded-ukraine', credited 'by VOA News'); a VOA News report by
Stephanie Ho of March 15, 2007 on the World Food Program's testimony on child hunger before a Senate subcommittee, with
WFP Executive Director James Morris and the Somali refugee student Abass Hassan Mohamed (voanews.com 400869); a USAID
press release of May 16, 2008 on Administrator Henrietta Fore's testimony on the global food crisis before the Senate
Foreign Relations Committee (copy on the press-release wire standardnewswire.com, news 573322738, with the USAID Press
Office as contact); a FEMA story of 2017 on the FEMA Corps members Christopher Coles and Casey Regnier visiting flood
survivors in Baton Rouge (copy on thorptrainer.com, slug 'recovery-insights-from-baton-rouge'); and a story by Steven
Siceloff in NASA Kennedy Space Center's newsletter Spaceport News of September 4, 2009 on the post-launch pad inspection
team, with Jeff Painter and Tom Carlon (scanned issue in the University of Florida Digital Collections, ufdc.ufl.edu
UF00099284/00018). Licence caveats: the muslimvillage.com and lamtoronews.com copies are taken as VOA's by their credit
lines (dropped from the text) and the lamtoronews.com copy also by its own `she told VOA`; the standardnewswire.com copy
names the USAID Press Office as its contact (the contact line is dropped); the thorptrainer.com copy shows no headline,
byline or credit line in the stored part and is taken as FEMA's story by its wording (FEMA Corps members, the FEMA
officials they accompany, `the assistance they’ve received from FEMA`) like the uncredited reposts of heldout234-en and
H1486 - an earlier helper (heldout584-en) had left this copy out because an agency page was wanted, which the corpus does
not hold, so a closing credit cut off with the stored copy cannot be checked; the ufdc.ufl.edu record states 'All rights
reserved by the source institution and holding location', a statement of the digitising library that cannot create
rights in a NASA publication, which is a US government work (Spaceport News is published by NASA's External Relations
office at Kennedy Space Center; that the staff writer was a federal employee and not a contractor is not stated in the
kept text); the pangea-cms page is VOA's own content-management preview, not a third-party site. The texts quote UN
spokespeople, a WFP executive, a refugee student, a Zimbabwean teacher, FEMA Corps volunteers and NASA engineers inside
the public-domain texts. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a
paragraph cut in the stored copy is dropped, also where it holds a complete quotation before the cut (noted per page:
the 2013 report's '“Refugees are telling us that the city is v'; the 2014 copy's 'Despite the hardships that confront
Syria'; the 2012 page's '"The security situation for refugees in the northern border areas of Lebanon has been
deteriorating," says Edwa'; the 2007 report's '"They have so much talent," Mohamed says. "Their talent is getting
wasted. ... their communities'; the USAID copy's 'President Bush has requested $7'; the FEMA copy's '“Right after
Hurri'; the Spaceport News story's 'Wildlife trekking back in only adds to the surreal atmosphere, ... the inspectio';
the lamtoronews.com copy ends on a complete paragraph, which is kept). Site lines ('Accessibility links', 'Breaking
News'), the photo caption of the 2013 report, stored twice, the credit lines 'By: Lisa Schlein', 'Source: VOA News' and
'by VOA News', the release's contact line, the library's catalogue record (title, physical description, publisher,
rights lines), the newsletter's date line, masthead, motto and contents lines, its byline lines 'By Steven Siceloff' and
'Spaceport News', the empty lines between paragraphs and spaces at the end of a paragraph were dropped; the scanned
newsletter's hard line breaks inside a paragraph were joined into single spaces and its paragraphs taken from the lines
that end a sentence (H2358); headlines are kept as the first line where the stored copy has one (the muslimvillage.com,
pangea-cms, lamtoronews.com, standardnewswire.com and thorptrainer.com copies have none and get none, H1818); datelines
are kept as stored (`HARARE, ZIMBABWE —` as a line of its own, `WASHINGTON, May 16 /Standard Newswire/ --` with the
wire's name); wording and typos ('until they driven to leave', 'In Jordan, you see a change in circumstances now and,
more people', 'U.S. Agency for International Development, Henrietta Fore, testified', 'localized-instead', the
newsletter's split drop capital 'I f you've'), dashes and quotation marks (straight or curly as stored, also a pair
opened curly and closed straight and the reverse, and a partial quotation opened by a right-shaped mark) are as stored.
Pages read but left out: stories already in earlier sets (the VOA Ramadan iftar story with Aida Mady, heldout474-en, in
both its versions; the VOA report on students talking to the space station, heldout600-en; the alumni.state.gov item on
the Women's World Cup, heldout133-en; the fws.gov 2001 refuge awards story, heldout122-en; the hunting4predators.blogspot
copy of the turtle-trafficking release, heldout600-en), pages whose stored part keeps fewer than two complete quotations
with marks (a VOA report on the WFP and Darfur camps of 2004, a VOA report on displacement near Mosul, a VOA report on
Syrian refugees in the Bekaa valley, a VOA Special English item on Ann Veneman, an fws.gov release on a pawn shop owner, an fws.gov statement on a wolf ruling,
USDA Rural Development water releases, a usda.gov blog post on Earth Day events in Mississippi, blog copies of Justice
Department releases), pages whose wording or marks are lost or mangled in the copy (a scanned Interior Department release
of 1964 on docslib.org with place names dropped and hyphenated line ends, an FWS release of 1998 stored inside a quoted
e-mail), texts not written by a federal agency or of unclear authorship (a VOA report on Iraqi expatriates voting in
Dearborn filed by a public-radio reporter, Peregrine Fund releases, NOAA Teacher at Sea
blog posts, a newspaper column of NRCS farmer quotes, a Forest Service youth-crew story on a local news site, a Foreign
Service Journal article), a district story of the Army Corps of Engineers (outside the agencies of this set), list and feed pages (NPS morning reports, FEMA release aggregators, usda.gov blog archive
pages, farmers.gov's '#OurFarmers' quotes) and pages of newspapers, TV stations and blogs found by the same searches.
None of the pages used is in any set above or in another helper's worktree (checked by URL and page id (1667975, 57402,
1485989, price-of-bread-up-100, 400869, 573322738, recovery-insights-from-baton-rouge, UF00099284/00018), by headline
and by the names of their speakers and phrases, such as Melissa Fleming, Adrian Edwards, Qusair, too dangerous to take
to the road, hugely expensive, world’s largest population of refugees, 157,577, reluctant to register, Christine
Kayumba, mother figure, the breadwinner, Abass Hassan Mohamed, James Morris, My fondest hope, Iceland said, Henrietta
Fore, rapidly increasing cost of food, Standard Newswire, Casey Regnier, Christopher Coles, Neenah, Jeff Painter, Tom
Carlon, scorched metal and Siceloff, with grep over tests/data of the main tree and of every other helper's worktree
(heldout633-639): no hit, except Lisa Schlein and Stephanie Ho as writers of other VOA reports, other FEMA Corps stories
(heldout158-en, heldout600-en) and other pangea-cms pages). The annotation (rules H2355–H2359 in `ANNOTATION.md` on top of
the earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h640-2013-unhcr-keep-borders-open-syrians",
    source="https://voanews.com/a/unhcr-officials-ask-nations-to-keep-borders-open-to-syrian-refugees/1667975.html",
    license=PD, retrieved=PAGES + " (voanews.com report of 2013 on the UN refugee agency's appeal to keep borders open to refugees from Syria, with the UNHCR spokeswoman Melissa Fleming (no writer in the stored part); " + DROP_NAV + "; the photo caption 'Syrian refugees leave their tents after heavy rain, Al-Zaatari refugee camp, Mafraq, Jordan, Jan. 8, 2013.', stored twice, dropped (H792); headline kept as the first line; the last paragraph, '“Refugees are telling us that the city is v', cut in the stored copy, dropped; `she said` after a sentence in which she `speculates`, a pair of marks opened curly and closed straight and the next opened straight and closed curly, a bracketed insertion inside the span (H2355); mixed marks as stored)",
    text='''UNHCR: Keep Borders Open to Fleeing Syrians
The United Nations refugee agency is appealing to nations to keep borders open to refugees fleeing worsening violence in Syria.
With Lebanon, Jordan, Turkey and Iraq already hosting more than 1.5 million Syrian refugees, the United Nations High Commissioner for Refugees (UNHCR) warns the number is expected to grow as the conflict intensifies.
Responding to reports that Syrians attempting to flee may be backed up at the international border crossings, agency officials say they are disturbed by accounts showing that many refugees are being prevented from leaving the war-torn nation.
The constant flow of refugees from Syria into Jordan's Zaatari camp has slowed to a near halt in recent days, and UNHCR spokeswoman Melissa Fleming says she does not know whether restrictions are being imposed on those wishing to leave Syria.
Explaining that Jordan is keeping borders open to refugees, she speculates that other factors are hindering people from crossing over.
“One, of course, is [that] it is just too dangerous to take to the road because fighting is going on," she said. "Second, people escape using smugglers and it often is very difficult either for people to access the funds that are available for these smugglers, or the smugglers are connected to different groups and they want to determine, perhaps, who can flee and who cannot.”
Fleming says both government officials and rebels who control checkpoints in towns and cities also may be restricting people from leaving.
While Lebanon is also keeping its borders open, ongoing fighting in the besieged, neighboring Syrian town of Qusair is making it too dangerous for people to flee.''',
    quotes=[
        Q('“One, of course,', 'fighting is going on,"', "Melissa Fleming"),
        Q('"Second, people escape', 'who cannot.”', "Melissa Fleming"),
    ],
    aliases={"Melissa Fleming": ["Melissa Fleming", "UNHCR spokeswoman Melissa Fleming", "Fleming"]},
),
dict(
    id="voa-en-h640-2014-08-syrian-refugees-three-million",
    source="https://muslimvillage.com/2014/08/31/57402/un-syrian-refugees-now-more-than-3-million/",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Lisa Schlein of August 2014 on three million Syrian refugees, with the UNHCR spokeswoman Melissa Fleming, on muslimvillage.com; the credit lines 'By: Lisa Schlein' and 'Source: VOA News' above the dateline dropped (H1285, H2356); no headline in the stored copy, none added (H1818); the dateline 'GENEVA –' kept inline as stored; the last paragraph, 'Despite the hardships that confront Syria', cut in the stored copy, dropped; the agency's own phrase in marks after `calls the Syrian crisis`, opened by a right-shaped mark, and the spokeswoman's role phrase holding the agency's name not listed as her alias (H2356); 'until they driven to leave', en dashes and curly marks as stored)",
    text='''GENEVA – The U.N. refugee agency says more than three years of civil war in Syria has forced three million people to flee their homeland, and the fighting is only intensifying. UNHCR reports the flight from Syria has created the world’s largest population of refugees under that U.N. agency’s care.
The U.N. refugee agency calls the Syrian crisis ”the biggest humanitarian emergency of our era.” And as bad as things are now, the agency predicts they only will get even worse.
UNHCR reports one in every eight people in Syria’s prewar population has fled across an international border seeking safety. During the past year alone, one million Syrians have arrived as refugees in neighboring countries.
UNHCR spokeswoman Melissa Fleming says the refugees arrive in a shocking state – exhausted, frightened and broke. She says the refugees flee Syria as a last resort. Most people have been on the run for a year or more – taking shelter in one village after another until they driven to leave the country entirely.
Fleming says there are worrying signs that escaping Syria is becoming more difficult for refugees.
“We have been told that many people are forced to pay bribes at armed checkpoints proliferating along the borders, and that the price for smugglers – and many have to resort to transport using smugglers in order to get out – is becoming very steep,” she said. “It may not sound like a lot: around $100 per person, in many cases more. But for Syrians now who have had no work for many years, this is absolutely, hugely expensive.”
The vast majority of refugees are in Lebanon, Jordan and Turkey, and their numbers are straining those nations’ economies. A recent UNHCR survey finds more than four in five Syrian emigres are living outside refugee camps, struggling to make a living in towns and cities. The U.N. says more than a third (38%) of refugees live in sub-standard shelters.''',
    quotes=[
        Q('”the biggest humanitarian', 'of our era.”', "UNHCR"),
        Q('“We have been told', 'very steep,”', "Melissa Fleming"),
        Q('“It may not sound', 'hugely expensive.”', "Melissa Fleming"),
    ],
    aliases={"UNHCR": ["UNHCR", "The U.N. refugee agency"],
             "Melissa Fleming": ["Melissa Fleming", "Fleming"]},
),
dict(
    id="voa-en-h640-2012-syrian-refugees-registration",
    source="https://voa.pangea-cms.com/preview/en-US/a/un_says_stream_of_syrian_refugees_growing/1485989.html",
    license=PD, retrieved=PAGES + " (VOA report of 2012 on the growing number of Syrian refugees and their registration, with the UNHCR spokesman Adrian Edwards, on VOA's content-management preview site voa.pangea-cms.com (no writer in the stored part); no headline in the stored copy, none added (H1818); the dateline 'GENEVA —' kept inline as stored; the last paragraph, '\"The security situation for refugees in the northern border areas of Lebanon has been deteriorating,\" says Edwa', cut in the stored copy after its complete quotation, dropped whole (H2121); `says Edwards` after the quotation, the role with and without the first name (H2355); 'In Jordan, you see a change in circumstances now and, more people' and straight marks as stored)",
    text='''GENEVA — The United Nations refugee agency (UNHCR) says the numbers of those fleeing fighting in Syria continue to escalate. The agency has registered 157,577 Syrian refugees who have fled to Jordan, Lebanon, Iraq and Turkey and expects those figures to rise sharply.
The U.N. refugee agency says the number of registered refugees does not reflect the actual number of Syrians who have fled into neighboring countries because many are reluctant to be counted.
Agency spokesman Adrian Edwards says registration is important because without it refugees may have difficulties in getting basic help and services.
"These are fairly general impressions that our team is receiving that people have been reluctant to register because they fear that this information might get back to Syria and have negative implications for them," says Edwards. "That, in general seems to be the reason that is holding people up now. In Jordan, you see a change in circumstances now and, more people now are, in fact, coming forward to register. Obviously, we hope that will continue because that helps us help them."
The UNHCR reports 283 Syrians crossed the border into Jordan on Saturday night compared to what had been a steady average of about 400 people arriving each night since July. It says the decline may be because of dangers refugees encounter while fleeing. It says refugees report being fired upon by artillery and small arms fire while traveling to the border.
However, the agency is seeing a surge in the number of people applying to register in the capital, Amman, with some 300 requests a day over the past few days compared to an average of 200 a day in the previous week.
On another front, the agency has opened a new registration facility in the northern Lebanese city of Tripoli. Agency spokesman Edwards says there is an increasingly perilous situation along the Lebanese-Syrian border.''',
    quotes=[
        Q('"These are fairly general', 'implications for them,"', "Adrian Edwards"),
        Q('"That, in general', 'helps us help them."', "Adrian Edwards"),
    ],
    aliases={"Adrian Edwards": ["Adrian Edwards", "Agency spokesman Adrian Edwards", "Agency spokesman Edwards", "Edwards"]},
),
dict(
    id="voa-en-h640-2022-04-zimbabwe-bread-prices",
    source="https://lamtoronews.com/2022/04/26/price-of-bread-up-100-in-zimbabwe-since-russia-invaded-ukraine",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report of April 2022 on bread prices in Zimbabwe after Russia's invasion of Ukraine, with the Harare teacher Christine Kayumba, on lamtoronews.com; the credit line 'by VOA News' dropped (H2356); no headline in the stored copy, none added (H1818); the dateline 'HARARE, ZIMBABWE —', stored as a line of its own, kept as a line (H2356); the stored copy ends on the complete paragraph 'Russia’s invasion of Ukraine, ... seek food elsewhere.', which is kept; `she told VOA` after a paragraph on the teacher, and the reported `said Kayumba` without marks (H2356); dashes and curly marks as stored)",
    text='''HARARE, ZIMBABWE —
One of the citizens feeling the pinch of rising prices in Zimbabwe is Christine Kayumba. She says she can’t afford to buy bread for her four dependents on her salary of less than $250 a month — because a loaf now costs more than $2.
The high school English teacher says she cooks a bland, thin porridge three times a day, and rarely serves rice as it is now expensive too.
“This price increase of bread has reduced me to nothing,” she told VOA. “I don’t feel I am still the mother figure, the breadwinner for my family. Because I am failing to provide, each and every morning they wake up crying for porridge, crying for bread.”
Russia’s invasion of Ukraine, one of the world’s largest exporters of wheat, has led to bread prices soaring in importing countries like Zimbabwe. Most impacted are children, said Kayumba, as shortage means they are forced to seek food elsewhere.''',
    quotes=[
        Q('“This price increase', 'to nothing,”', "Christine Kayumba"),
        Q('“I don’t feel', 'crying for bread.”', "Christine Kayumba"),
    ],
    aliases={"Christine Kayumba": ["Christine Kayumba", "The high school English teacher", "Kayumba"]},
),
dict(
    id="voa-en-h640-2007-03-15-wfp-child-hunger",
    source="https://www.voanews.com/a/a-13-2007-03-15-voa65/400869.html",
    license=PD, retrieved=PAGES + " (VOA News report by Stephanie Ho of March 15, 2007 on the World Food Program's testimony on child hunger before a Senate subcommittee, with WFP Executive Director James Morris and the Somali refugee student Abass Hassan Mohamed; " + DROP_NAV + "; headline kept as the first line; the last paragraph, '\"They have so much talent,\" Mohamed says. \"Their talent is getting wasted. ... their communities', cut in the stored copy after its first complete quotation, dropped whole (H2121); `X says` after the quotation in the present tense, another country's commitment reported without marks inside a quotation, a witness presented by `One of the witnesses ... was X` and the reporter named in the lead (H2357); double hyphen and straight marks as stored)",
    text='''WFP: US Should Take Lead in Fighting Child Hunger
The executive director of the World Food Program is calling on the United States to take the lead in working to eliminate child hunger -- which the agency says kills 18,000 children every day. His comments came in testimony Thursday to a Senate subcommittee that examined the U.S. role in international food assistance. VOA's Stephanie Ho reports from Washington.
World Food Program Executive Director James Morris applauded U.S. contributions to global food aid, which amounted to about 55 percent of total foreign food assistance over the last decade. At the same time, he urged Washington to do even more to specifically address the issue of 400 million children around the world his agency says live in hunger.
"My fondest hope, and I believe it's an earned and deserved opportunity, is for the United States to take the lead in saying we are going to eliminate child hunger in the world," Morris says. "Just a few weeks ago, Iceland said we are going to feed a child in Africa for every child we feed in Iceland. Luxembourg has made the same commitment. Canada has made an extraordinary commitment."
One of the witnesses before a Senate Appropriations subcommittee was Abass Hassan Mohamed, a refugee from Somalia who is in the United States on a full scholarship at Princeton University.
"I remember when we came, we refugees believe that education is important. When we go back to our home countries, I being from Somalia, we would leave all these structures behind. But what we'll go back home with is education," Mohamed says. "We can't go to school without eating food."
He emphasized that hunger is a basic problem, and that if people have enough to eat, they can achieve anything. He said this is especially true for young people.''',
    quotes=[
        Q('"My fondest hope', 'child hunger in the world,"', "James Morris"),
        Q('"Just a few weeks ago', 'extraordinary commitment."', "James Morris"),
        Q('"I remember when we came', 'is education,"', "Abass Hassan Mohamed"),
        Q('"We can\'t go to school', 'eating food."', "Abass Hassan Mohamed"),
    ],
    aliases={"James Morris": ["James Morris", "World Food Program Executive Director James Morris",
                              "The executive director of the World Food Program", "Morris"],
             "Abass Hassan Mohamed": ["Abass Hassan Mohamed", "Mohamed"]},
),
dict(
    id="usaid-en-h640-2008-05-16-global-food-crisis-testimony",
    source="http://standardnewswire.com/news/573322738.html",
    license=PDU, retrieved=PAGES + " (copy of a USAID press release of May 16, 2008 on Administrator Henrietta Fore's testimony on the global food crisis before the Senate Foreign Relations Committee, on the press-release wire standardnewswire.com; the contact line 'Contact: U.S. Agency for International Development (USAID) Press Office, 202-712-4320; Public Information, 202-712-4810' dropped (H2338, H2357); no headline in the stored copy, none added (H1818); the dateline 'WASHINGTON, May 16 /Standard Newswire/ --' kept as stored with the wire's name (H2335); the last paragraph, 'President Bush has requested $7', cut in the stored copy, dropped; `said Administrator Fore` with title and surname only, a phrase after the cue, and `Administrator Fore explained,` before the quotation (H2357); 'U.S. Agency for International Development, Henrietta Fore, testified', 'localized-instead' and straight marks as stored)",
    text='''WASHINGTON, May 16 /Standard Newswire/ -- U.S. Agency for International Development, Henrietta Fore, testified today before the Senate Foreign Relations Committee on the global food crisis. Food prices have soared in the last six months and plans are being developed to ensure that U.S. assistance will be available to those in need.
"We are in the midst of a global food crisis unlike other food crises we have faced, not caused by natural disasters, conflict or drought. It is not localized-instead it is pervasive and widespread, affecting the poor in developing countries around the world," said Administrator Fore in her opening statement to the committee.
The cause of the crisis is the rising price of food. Last year, commodity prices rose by 40 per cent. This year costs have risen over 50 per cent, causing the world's poorest two billion people severe hardship. Africa and Asia are the hardest hit. In the Western Hemisphere, Haiti is also gravely affected.
"The rapidly increasing cost of food is also weakening the ability of governments of both poor and middle-income countries to sustain growth, protect the vulnerable, or even to maintain order. Rising prices also reduce our ability to respond to emergency feeding requirements around the world through our food aid programs," said Administrator Fore.
Hardship due to price increases is made worse by natural disasters and drought. The catastrophic cyclone in Burma, hitting that country's major rice producing region in the middle of the rice harvest, is a reminder of the fragile situation we face in many countries and will certainly have implications for regional markets.
Administrator Fore explained, "Our immediate efforts will help provide stability in the short term. This will provide the foundation to achieve medium and long range goals that will help increase supply."''',
    quotes=[
        Q('"We are in the midst', 'countries around the world,"', "Henrietta Fore"),
        Q('"The rapidly increasing', 'food aid programs,"', "Henrietta Fore"),
        Q('"Our immediate efforts', 'increase supply."', "Henrietta Fore"),
    ],
    aliases={"Henrietta Fore": ["Henrietta Fore", "Administrator Fore"]},
),
dict(
    id="fema-en-h640-2017-fema-corps-baton-rouge",
    source="https://www.thorptrainer.com/recovery-insights-from-baton-rouge/",
    license=PDU, retrieved=PAGES + " (copy of a FEMA story of 2017 on the FEMA Corps members Christopher Coles and Casey Regnier accompanying FEMA site visits to flood survivors in Baton Rouge, on thorptrainer.com (no headline, byline or credit line in the stored part; taken as FEMA's by its wording, H2359); no headline added (H1818); the last paragraph, '“Right after Hurri', cut in the stored copy, dropped; two volunteers presented in one sentence and cued in turn by `says X` after the quotation, a bracketed insertion inside a span, joint reported speech and `According to X,` without marks (H2359); curly marks as stored)",
    text='''For the past months, FEMA Corps members Christopher Coles and Casey Regnier, both 22, have been on a number of site visits with the FEMA officials who check on the progress of Baton Rouge area residents living in FEMA mobile homes while making repairs to their storm-damaged houses.
Coles, of Rockford, Michigan, and Regnier, of Neenah, Wisconsin, are part of a national service initiative through the federal AmeriCorps program. FEMA Corps provides opportunities for young adults to volunteer with FEMA and gain valuable emergency management experience. More than 300 FEMA Corps members were deployed to Baton Rouge to support ongoing flood recovery efforts over the past year. Both Coles and Regnier arrived in June and say they are encouraged by what they’ve witnessed.
“Every site visit I’ve done, the survivors have invited us into their homes and have been excited to show us their progress [fixing their flood-damaged homes],” says Coles.
Coles and Regnier both said survivors seem grateful for the assistance they’ve received from FEMA. They see it as an opportunity to not just repair their home, but also make it a little safer.
“I’ve seen a number of survivors who come from vulnerable communities, and they see this as an opportunity to get back on their feet; to start life over again,” says Regnier. “Maybe their home wasn’t the safest home before, but now they can make sure they have all of those safeguards in place and have a sound structural place to live.”
Regnier says survivors have mentioned on several occasions that if a disaster would occur again they would feel safer about living in their newly reconstructed home. Some of the mitigation steps taken by survivors include elevating their homes, installing hurricane-sturdy windows, and using mold-resistant paint.
Seeing progress in their home is helping survivors move past last year’s flood. According to Regnier, many say they’re eager to pay forward the generosity.''',
    quotes=[
        Q('“Every site visit', 'flood-damaged homes],”', "Christopher Coles"),
        Q('“I’ve seen a number', 'start life over again,”', "Casey Regnier"),
        Q('“Maybe their home', 'place to live.”', "Casey Regnier"),
    ],
    aliases={"Christopher Coles": ["Christopher Coles", "Coles"],
             "Casey Regnier": ["Casey Regnier", "Regnier"]},
),
dict(
    id="nasa-en-h640-2009-09-04-spaceport-news-pad-inspection",
    source="http://ufdc.ufl.edu/UF00099284/00018",
    license=PDU, retrieved=PAGES + " (story by Steven Siceloff in NASA Kennedy Space Center's newsletter Spaceport News, Vol. 49, No. 18, of September 4, 2009, on the post-launch pad inspection team after Discovery's launch, with Jeff Painter and Tom Carlon, from the scanned issue in the University of Florida Digital Collections; the library's catalogue record (title, material information, publisher, dates, coordinates, bibliographic ID, rights lines), the issue's date line, masthead, motto and contents lines ('New ERT recruits begin training', 'Page 2', ...) and the byline lines 'By Steven Siceloff' and 'Spaceport News' dropped (H2358); the story's headline kept as the first line; the hard line breaks of the scanned columns joined into single spaces and a paragraph ended where a line ends a sentence (H2358); the split drop capital 'I f you've' kept as stored (H2138, H2358); the last paragraph, 'Wildlife trekking back in only adds to the surreal atmosphere, such as the time a group of piglets was heading to the launch pad's surface at the same time as the inspectio', cut in the stored copy, dropped; `said X, who ...` after the quotation (H2358); straight marks as stored)",
    text='''Discovery goes up, crew inspects pad
I f you've ever wondered what a launch pad looks like right after the space shuttle thunders off into space, there's a team of engineers to ask.
Called the postlaunch inspection team, they head out to the launch pad to instantly appraise damage at the pad and look for debris.
They look over every part of the launch complex, despite the fresh layer of exhaust residue left by the solid rocket boosters.
"You see a lot of scorched metal, some bent," said Jeff Painter, who has seen launch pads after liftoffs for more than 20 years.
Because the elevators are not working after launch, the engineers have to take the stairs all the way up the fixed service structure.
"There's definitely a chemical, metallic smell," said Tom Carlon, who's been on the inspection team for two years.''',
    quotes=[
        Q('"You see a lot', 'some bent,"', "Jeff Painter"),
        Q('"There\'s definitely', 'metallic smell,"', "Tom Carlon"),
    ],
    aliases={"Jeff Painter": ["Jeff Painter"],
             "Tom Carlon": ["Tom Carlon"]},
),
]
