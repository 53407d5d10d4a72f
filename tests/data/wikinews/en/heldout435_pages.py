# Held-out English news texts (tests/data/heldout435-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105) on
# topics and regions not covered by the earlier VOA sets: a VOA editorial of February 2017 on US-EU relations with Vice
# President Mike Pence in Brussels (hxen.net 460064), a VOA Standard English report of December 2013 on the EU and
# Ukraine (yingyuke.net 216628), a VOA Special English Economics Report looking back on 2011 (englishwell.biz 3452), a
# VOA Standard English report of May 2010 on Mexican President Felipe Calderon addressing the US Congress (tingroom.com
# print page 101311), a VOA Standard English report of October 2012 on the Venezuelan election (yingyuke.net 57137), a VOA
# Learning English story of August 2016 on refugees in Brazil (kekenet.com 461560), a VOA Special English 'In the News' of
# August 2010 on Iraq (tingroom.com 110355), a VOA Standard English report of February 2017 on renewable energy jobs in
# Ohio (hxen.net 459833) and a VOA Special English Technology Report on a 'panic button' for activists
# (learningenglish.voanews.com 116841). None is credited to AP, Reuters, AFP or another third party in the stored text.
# Stored copies are cut after about 2,000 bytes: only complete paragraphs are kept and the cut paragraph is dropped; a
# copy stored as one paragraph ends on its last complete sentence (noted in `retrieved`). Site labels, date, time and
# category lines, Chinese and Vietnamese labels and translations, photo captions and anti-copy strings are dropped; a
# headline is kept as the first line where the stored copy has a complete English one (none is added where it has none);
# datelines at the start of a paragraph are kept as stored; wording, typos, the sites' vocabulary numbers and quotation
# marks (straight or curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H2065-H2070 in ANNOTATION.md on top of H1-H2064).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout435-en.jsonl

Built by `build.py` from `heldout435_pages.py`. Like the VOA sets above (heldout424-en, heldout413-en, heldout403-en,
heldout391-en and others; copies on other sites with the licence constant PDC as in heldout267-en, heldout301-en,
heldout391-en, heldout413-en and heldout424-en), these texts are Voice of America texts (US government works in the
public domain, 17 U.S.C. § 105: VOA is a US government broadcaster, and its news, Special English/Learning English and
editorial texts are works of US government employees; copies on language-learning sites are used only as copies of the
VOA text, whose public-domain status they do not change) taken from stored web pages (the `pages` search corpus), chosen
for topics and regions the earlier VOA sets hardly cover (economy, technology, energy, Latin America, the Middle East,
Europe, US politics): a VOA editorial of February 2017 on US-EU relations with Vice President Mike Pence in Brussels
(hxen.net 460064; the same text is on 51voa.com as 74108); a VOA Standard English report of December 2013 on the EU
summit and Ukraine, with the protester Yana Honbar and President Viktor Yanukovych (yingyuke.net 216628); the
broadcast version of a VOA Special English Economics Report looking back on 2011, with World Bank President Robert
Zoellick (englishwell.biz 3452); a VOA Standard English report of May 2010 on Mexican President Felipe Calderon
addressing a joint meeting of the US Congress, with Speaker Nancy Pelosi (tingroom.com print page 101311); a VOA Standard
English report of October 2012 on the Venezuelan presidential election, with Ramon Gonzales, Luis Maceto and the
pollster Luis Vicente Leon (yingyuke.net 57137); a VOA Learning English story of August 2016 on refugees in Brazil, with
Ahmad Hamada and Father Alex Coelho Sampaio (kekenet.com 461560); a VOA Special English 'In the News' of August 2010 on
Iraq, with the UN Security Council and President Obama (tingroom.com 110355); a VOA Standard English report of February
2017 on renewable energy manufacturing in Ohio, with Doug Herr of PT Tech and Ranping Song of the World Resources
Institute (hxen.net 459833); and a VOA Special English Technology Report on a 'panic button' for activists, with Alec
Ross (learningenglish.voanews.com 116841). None is credited to AP, Reuters, AFP or another third party in the stored
text. The stored copies are cut after about 2,000 bytes; only complete paragraphs are kept, a paragraph cut in the
stored copy is dropped, and the one copy stored as a single paragraph ends on its last complete sentence (noted per page:
Pence's 'We are separated by an ocean ... And', the Venezuela copy's '- E', the Brazil copy's 'Father Sampa', the
Calderon copy's 'He said America must do its part by re-imposing a ban on th', the Ukraine copy's 'E', the Iraq copy's
caption 'United States soldiers board a plane at Baghdad International Airport in Ju', Rick Perry's cut quotation
'“During my time as g', the Freedom House paragraph of the panic-button story, and the economics report's 'In the United
States, activists in hundreds of cities protested econom'). Site labels, time, author and category lines, Chinese and
Vietnamese labels and translations, photo captions, kekenet's anti-copy strings and the 'Accessibility links' / 'Breaking
News' furniture were dropped; wording, typos, the sites' vocabulary numbers and quotation marks are as stored.
Pages read but left out: the voatiengviet.com Special English item 'Google Privacy' (1120300; its stored copy ends
exactly at the 2,000-byte cut after a quotation, so the last paragraph may be cut, and without it one quotation is
left), the VOA News report 'Colombia, FARC Announce Historic Peace Deal' (voanews.com 3479433; its stored copy breaks off
before any credit line, so a wire credit could not be ruled out), the voatiengviet.com Economics Report on Europe
(916418; Merkel's quotation cut), the AS IT IS item on the EU president (tingroom.com 366831; quotations taken from the
Associated Press), a Special English Technology Report on 'shadow' networks (englishwell.biz 3270; one quotation with a
named person), the Toyota Economics Report (thewaysofstudyenglishs.blogspot.com; one quotation), the Egypt economy
reports (yingyuke.net 57383, 55799 and 160701, tingroom.com 135365; one complete quotation each), the AS IT IS item on
Brazil's 2014 election (yingyuke.net 115123; one quotation), the Iraqi Kurdish prime minister's interview (yingyuke.net
225008) and Lisa Bryant's EU summit report (tingroom.com 84138), each with a single speaker, the Florida solar plant
and wind energy reports (yingyuke.net 165169 and 227099; kept as reserves), a poenglish.blogspot.com report on an
Olmert-Abbas summit of March 2007 (its speakers occur in an earlier set), and VOA pages already used in earlier sets (the
Venezuela reports of heldout215-en, the Israel settlement report hxen 78725, the recession Economics Report tingroom
115261, the IMF Economics Report tingroom 18025). None of the nine pages is used in any set above (checked by URL and
page id (hxen 460064 and 459833, 51voa 74108, yingyuke 216628 and 57137, englishwell 3452, tingroom print_101311 and
110355, kekenet 461560, learningenglish 116841), by headline, and by the names of the speakers and distinctive phrases
such as 'We are separated by an ocean', 'Enhanced Forward Presence', 'Yana Honbar', 'it is just junk', 'Europe has to
rescue Europe', 'distinct honor of presenting', 'broken and inefficient system', 'Ramon Gonzales', 'Luis Maceto', 'Luis
Vicente Leon', 'perfect grade for Chavez', 'Ahmad Hamada', 'Sampaio', 'open-door policy', 'Ad Melkert', 'transition to
full Iraqi responsibility', 'Doug Herr', 'PT Tech', 'Aero Torque', 'Ranping Song', 'Panic Button' and 'stifle what their
people think', grepped in tests/data of the main checkout and of every other helper's worktree (heldout425-heldout436);
no hits; well-known names such as Yanukovych, Calderon or Obama occur in other sets about other events). The annotation
(rules H2065–H2070 in `ANNOTATION.md` on top of H1–H2064) was committed before whosaid was first run on these texts, so
the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h435-2017-02-editorial-us-eu-share-common-values",
    source="http://hxen.net/englishlistening/voaenglish/voastandardenglish/20170227/460064.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA editorial of February 2017 ('an editorial reflecting the views of the United States government') on hxen.net, a language-learning site; the site label '正文' dropped and the Chinese label 'VOA常速英语:' dropped from the headline, which is kept as the first line; the same text is stored on 51voa.com (74108, with the date line 'Feb 25, 2017'); the last paragraph 'The United States' commitment to the EU is steadfast and enduring. \"We are separated by an ocean,\" said Vice President Pence, \"but we are joined by...a common commitment ... And', cut in the stored copy, dropped; the cue 'said the Vice President' without a final full stop as stored (H2068); straight marks as stored)",
    text='''U.S. and E.U. Share Common Values
The United States and European Union continue to share similar goals: to promote peace and prosperity through freedom, democracy and the rule of law. "And to those objectives," said Vice President Mike Pence on a trip to Brussels, "we will remain committed."
The United States and EU economies are the world's largest -- accounting for half of the world's economic output. Transatlantic commerce and travel for business and tourism support 14 million jobs on both continents and improves the lives and well-being of all of our citizens.
"We reaffirm our commitment to free, fair, and flourishing economies that undergird our success, and to cooperation in achieving that," said Vice President Pence.
When it comes to terrorism, said the Vice President, "We must be strong, and we must be united...in our efforts to confront threats to Europe's security and stability."
This will require greater coordination and intelligence sharing among EU member states and between the EU and the North Atlantic Treaty Organization.
"In addition to confronting terrorism together, clearly we must stand strong in defense of the sovereignty and territorial integrity of nations in Europe. In the wake of Russian efforts to redraw international borders by force, we will continue to support efforts in Poland and the Baltic States through NATO's Enhanced Forward Presence Initiative," said the Vice President
And with regard to Ukraine, the United States will continue to hold Russia accountable and demand that Russia honor the Minsk Agreements, beginning by de-escalating the violence in eastern Ukraine.
At the same time, the United States will search for new common ground with Russia, which President Trump believes can be found.''',
    quotes=[
        Q('"And to those objectives,"', None, "Mike Pence"),
        Q('"we will remain committed."', None, "Mike Pence"),
        Q('"We reaffirm our commitment', 'in achieving that,"', "Mike Pence"),
        Q('"We must be strong', 'security and stability."', "Mike Pence"),
        Q('"In addition to confronting terrorism', 'Forward Presence Initiative,"', "Mike Pence"),
    ],
    aliases={"Mike Pence": ["Vice President Mike Pence", "Vice President Pence", "the Vice President"]},
),
dict(
    id="voa-en-h435-2013-12-eu-leaders-ukraine-relations",
    source="https://yingyuke.net/a/216628.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of December 2013 on yingyuke.net, a language-learning site; the site's first line with the Chinese label and translated title ('VOA标准英语2013--欧盟领导人将讨论与乌克兰关系') and the time, author and category line ('时间:2019-01-31 作者:英语课 分类:VOA常速英语2013年(十二月)') dropped; the headline kept as the first line without its appended Chinese translation ('欧盟领导人将讨论与乌克兰关系'); the dateline 'WASHINGTON — ' kept at the start of the first paragraph as stored; the vocabulary numbers ('Bloc 1', 'pacts 2', 'Secondly 3', 'integration 4', 'interfere 5') kept as stored (H930); the glued marks of '\"bad deal.\"\"Of course' kept as stored (H2065); 'President Viktor Yanukovych decision' and 'for u.' as stored; the final fragment 'E', cut in the stored copy, dropped; straight marks as stored)",
    text='''EU Leaders to Discuss Bloc 1's Relations with Ukraine
WASHINGTON — European Union leaders plan to discuss the bloc's relations with Ukraine at an EU summit Friday in Brussels. This comes after the EU announced it was suspending talks on pacts 2 with Ukraine's government following President Viktor Yanukovych decision last month against signing an association agreement with the bloc. Protests have been growing in Ukraine since President Yanukovych set aside a long-anticipated trade deal with the EU in favor of closer ties with Russia.
On Thursday, thousands of demonstrators massed in Kyiv's Independence Square to denounce Yanukovych's outreach to Russia. They also criticized a $15 billion aid package he negotiated with Moscow to help his country's struggling economy.
Yana Honbar, an anti-government protester, called the package a "bad deal.""Of course it's a bad deal. Firstly, it is just junk. The credit he has taken will not be used for people's needs. Secondly 3, we still don't know all the details, all the aspects of the deal. And thirdly, Yanukovych never took into consideration what's been happening on Maidan and is afraid of the word itself," said Honbar, referring to Kyiv’s Maidan, the local name for the square where the protests have been centered.
At a news conference Thursday, Yanukovych defended the aid package, saying it will not affect future integration 4 with the EU.
He also criticized the West for supporting massive street protests calling for his ouster.
"It is very important, very important, it is an internal issue for u. And let no country interfere 5 in our internal affairs. Let them not think they can be bosses here, whether on the Maidan or not! I am very seriously against the fact that someone can come to our country and teach us how to live," said Yanukovych.''',
    quotes=[
        Q('"bad deal."', None, "Yana Honbar"),
        Q('"Of course it\'s a bad deal.', 'of the word itself,"', "Yana Honbar"),
        Q('"It is very important', 'teach us how to live,"', "Viktor Yanukovych"),
    ],
    aliases={"Yana Honbar": ["Yana Honbar", "Honbar"],
             "Viktor Yanukovych": ["President Viktor Yanukovych", "President Yanukovych", "Yanukovych"]},
),
dict(
    id="voa-en-h435-2011-12-special-english-public-debt-protests-economic-news",
    source="https://englishwell.biz/3452-public-debt-protests-made-economic-news-in-2011.html",
    license=PDC, retrieved=PAGES + " (copy of the broadcast version of a VOA Special English Economics Report of December 2011 (the script also on 51voa.com 44246 in a longer, differently worded version, not used) on englishwell.biz, a language-learning site; the headline kept as the first line, the opening line 'This is the VOA Special English Economics Report, from voaspecialenglish.com | facebook.com/voalearningenglish' kept as stored; the body is stored as one paragraph with sentences run together without spaces ('November.Pressures', 'at home.\"Mr. Zoellick') and is kept so; it breaks off in mid-sentence ('In the United States, activists in hundreds of cities protested econom') and ends on its last complete sentence (H1105, H2066); the nested straight marks inside Zoellick's first quotation as stored (H2066); straight marks as stored)",
    text='''Public Debt, Protests Made Economic News in 2011
This is the VOA Special English Economics Report, from voaspecialenglish.com | facebook.com/voalearningenglish
Today we look back at some of the top stories of twenty-eleven. In Europe, the debt crisis that started in two thousand ten in Greece and Ireland spread to other countries. Portugal needed a financial rescue, and Italy needed a new prime minister. Silvio Berlusconi lost his job over Italy's debt problems. Former European Union official Mario Monti replaced him in November.Pressures on Europe's financial system called into question the future of the euro. European finance officials called for greater cooperation and new rules. World Bank President Robert Zoellick said Europe would have to find its own answers to its debt problems. "Europe has to rescue Europe, OK? And it's very important. If there's any message when I'm asked, "Well, what can the U.S. do and what can China do?" The best thing they can do is clean up their act at home, be a source of growth at home."Mr. Zoellick also said it was important for other big economies to deal with their own budget imbalances. "The downgrade of America from triple A didn't affect the finances today, but it may be one of those events people look back on ten years from now and say, 'Did they get the warning?'" In August, a credit rating agency cut the United States' credit rating from the highest level, triple A, to double A-plus. Also in August, Steve Jobs stepped down as chief at Apple because of his failing health. He died of cancer in October at the age of fifty-six. He brought the world the iPod, iPhone and iPad, and helped make Apple into one of the world's most valuable companies. Twenty-eleven will be remembered as a year of protests. Revolutions for political freedom swept North Africa and the Middle East in the Arab Spring. But protests over budget cuts and jobs were heard around the world.''',
    quotes=[
        Q('"Europe has to rescue Europe', 'source of growth at home."', "Robert Zoellick"),
        Q('"The downgrade of America', 'get the warning?\'"', "Robert Zoellick"),
    ],
    aliases={"Robert Zoellick": ["World Bank President Robert Zoellick", "Mr. Zoellick"]},
),
dict(
    id="voa-en-h435-2010-05-calderon-addresses-us-congress",
    source="https://tingroom.com./print_101311.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of May 20, 2010 on the print page of tingroom.com, a language-learning site; the site's first line with the Chinese label and the headline cut by the site ('VOA标准英语2010年-Mexico's President Addresses US Congre(在线收听') dropped, so the text begins with the lead (H931); the photo caption 'Vice President Joe Biden and House Speaker Nancy Pelosi of Calif. applaud as Mexican president Felipe Calderon waves ...' dropped; a space at the end of the first paragraph dropped; the double spaces after some full stops kept as stored; the paragraph 'Mexico's president said his government is making an all out effort ... He said America must do its part by re-imposing a ban on th', cut in the stored copy, dropped; straight marks as stored)",
    text='''Mexico's president is appealing directly to the American people and their elected leaders to reform immigration laws, and strengthen gun control along the U.S.-Mexican border.
The Mexican president was cheered as he entered the House chamber, and was introduced by Speaker Nancy Pelosi.
"I have the high privilege and distinct honor of presenting to you, his Excellency Felipe Calderon Hinojosa, the President of Mexico," said Nancy Pelosi.
From his first words, this speech was different.
"It is a great honor to stand before you today," said President Calderon.
Usually, foreign leaders address Congress in their native language.  But President Calderon chose English, instead of Spanish.
"I have come here as your neighbor, as your partner, as your ally, and as your friend," he said.
It was a sign that his remarks were not designed for domestic consumption in Mexico, but rather to capture the attention of the American public.
He spoke bluntly, as sometimes only a friend can do.  He talked about border violence, and the need to find a way to curb illegal immigration.
The Mexican leader said comprehensive immigration reform is critical to border security.
"What we need today is to fix a broken and inefficient system," said Felipe Calderon.
President Calderon went on to criticize a new law in the border state of Arizona that requires police to question anyone they believe may be in the country illegally.  That law was sparked, in part, by an outbreak of violence along the border.''',
    quotes=[
        Q('"I have the high privilege', 'the President of Mexico,"', "Nancy Pelosi"),
        Q('"It is a great honor to stand before you today,"', None, "Felipe Calderon"),
        Q('"I have come here as your neighbor', 'as your friend,"', "Felipe Calderon"),
        Q('"What we need today is to fix a broken and inefficient system,"', None, "Felipe Calderon"),
    ],
    aliases={"Nancy Pelosi": ["Speaker Nancy Pelosi"],
             "Felipe Calderon": ["President Calderon", "The Mexican leader", "The Mexican president",
                                 "Mexico's president", "Felipe Calderon Hinojosa"]},
),
dict(
    id="voa-en-h435-2012-10-venezuelan-voters-chavez-rule",
    source="https://yingyuke.net/a/57137.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of October 2012 on yingyuke.net, a language-learning site; the site's first line with the Chinese label ('VOA标准英语2012--Venezuelan Voters to Decide Whether to Continue Chavez Rule') and the time, author and category line ('时间:2018-12-16 作者:英语课 分类:VOA标准英语2012年(十月)') dropped; the headline, stored again as the next line, kept as the first line; the vocabulary numbers ('subsidies 1', 'seizure 2', 'opposition 3', 'cronyism 4', 'inefficiency 5', 'ideological 6', 'radicalism 7') kept as stored (H930); the final fragment '- E', cut in the stored copy, dropped; the curly openers closed by straight marks as stored (H2031))",
    text='''Venezuelan Voters to Decide Whether to Continue Chavez Rule
As Sunday's election nears, President Chavez has stepped up new government building projects in Caracas that provide jobs and free housing to the poor. By using Venezuela's vast oil resources to pay for billions of dollars worth of social programs and subsidies 1, the president has in the past been able to maintain the support of a majority of voters.
A tank of gasoline in Venezuela costs less than a bottle of water.
And Chavez supporters like Ramon Gonzales are not bothered if they have to wait in long lines for limited supplies of subsidized food.
“We are all accustomed to waiting in line. Everyone is used to it. It is all good," said Gonzales.
But critics say Chavez's seizure 2 of private companies and the imposition of price and currency controls have undermined economic development. His critics also blame him for the soaring violent crime rate.
In this election, Venezuela's opposition 3 has united around Henrique Capriles, a former governor who says he wants to maintain the popular social programs but make the country more business-friendly. Capriles supporter Luis Maceto says Venezuela needs new leadership.
“Because he offers change for the entire situation in which we are living: the violence, the unemployment, the insecurity," said Maceto.
Independent pollster Luis Vicente Leon says Chavez is leading but the race is close. He says even Chavez supporters are increasingly critical of government cronyism 4 and inefficiency 5.
"It goes beyond ideological 6 themes, it goes beyond the left and the right, it goes beyond radicalism 7 or moderation. The perfect grade for Chavez’s government is...very poor," said Leon.
When they head to the polls on Sunday, Venezuelan voters will decide to either continue Chavez's brand of socialism or seek change.''',
    quotes=[
        Q('“We are all accustomed', 'It is all good,"', "Ramon Gonzales"),
        Q('“Because he offers change', 'the insecurity,"', "Luis Maceto"),
        Q('"It goes beyond ideological', 'is...very poor,"', "Luis Vicente Leon"),
    ],
    aliases={"Ramon Gonzales": ["Ramon Gonzales", "Gonzales"],
             "Luis Maceto": ["Capriles supporter Luis Maceto", "Maceto"],
             "Luis Vicente Leon": ["Independent pollster Luis Vicente Leon", "Leon"]},
),
dict(
    id="voa-en-h435-2016-08-learning-english-brazil-welcomes-refugees",
    source="http://m.kekenet.com/broadcast/201608/461560.shtml",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of August 2016 on the mobile pages of kekenet.com, a language-learning site; the site's headline line with the Chinese label and title ('VOA慢速英语(翻译+字幕+讲解):巴西成避难者的天堂'), the date line ('日期:2016-08-19 18:55'), the labels '(单词翻译:单击)' and '听力文本' and the site's two anti-copy strings of random characters dropped (H2070); the English headline kept as the first line; the paragraph 'Father Sampa', cut in the stored copy, dropped; the en dash and double hyphens as stored; straight marks as stored)",
    text='''Brazil Welcomes Refugees
Fleeing places such as Syria, Iraq and Afghanistan is not easy because few countries will accept refugees.
Several of the countries that do welcome refugees are in South America. Over the past five years, Brazil has been the place where refugees arrive and stay – or at least live temporarily -- before they are sent to Europe or the United States.
Ahmad Hamada is one of those refugees. Seven days a week, he sells Arab food in the Botafogo neighborhood of Rio de Janeiro.
"Here in Brazil, no person helps you, gives you money, gives you a house," he said. "You must work. No work, cannot eat here."
Hamada is a Palestinian who grew up in Syria and Lebanon. He decided to flee the conflicts in the Middle East 11 months ago. He wanted to go to Europe and believed he could get there by going first to Brazil.
Before Europe began to accept large numbers of refugees, Brazil was one of the few countries that would give Syrians and Palestinians a visa. Since 2013, thousands of refugees have entered Brazil. Many of them hope to be sent to Europe.
Ahmad was one of them. But he says immigration officers attacked him in Rome and returned him to Brazil. He says he woke up on a plane, guarded by four Italian police officers. He said his hands and legs were in chains.
Refugees who arrive in Rio de Janeiro are often sent to the Sao Joao church. It is led by Father Alex Coelho Sampaio.
Father Sampaio operates The House of Support for Refugees in buildings behind the church. He says Brazil has, for many years, accepted those who are being persecuted or are fleeing conflict.
"Brazil for many years has had an open-door policy and that was true after the Second World War, for example," he said. "And at the moment, in particular, regarding Syrian refugees, we are receiving quite a lot."''',
    quotes=[
        Q('"Here in Brazil', 'gives you a house,"', "Ahmad Hamada"),
        Q('"You must work.', 'cannot eat here."', "Ahmad Hamada"),
        Q('"Brazil for many years', 'for example,"', "Alex Coelho Sampaio"),
        Q('"And at the moment', 'quite a lot."', "Alex Coelho Sampaio"),
    ],
    aliases={"Ahmad Hamada": ["Ahmad Hamada", "Hamada", "Ahmad"],
             "Alex Coelho Sampaio": ["Father Alex Coelho Sampaio", "Father Sampaio"]},
),
dict(
    id="voa-en-h435-2010-08-in-the-news-iraq-government-combat-mission",
    source="https://tingroom.com./voa/2010/8/110355.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Special English 'In the News' script of August 2010 on tingroom.com, a language-learning site; the stored page begins with a dash and the label '(单词翻译:双击或拖选)' and has no headline, so the text begins with its opening line 'This is IN THE NEWS in VOA Special English.' (H931); the photo caption 'A member of the new Iraqi parliament speaks on the phone in June' and the caption 'United States soldiers board a plane at Baghdad International Airport in Ju', cut in the stored copy, dropped; the vocabulary numbers glued to their words ('coalition1', 'diplomat2', 'civilian3', 'diplomats4', 'Insurgents5') kept as stored (H930, H2070); the speaker label 'BARACK OBAMA:' kept as stored (H2032, H2067); straight marks as stored)",
    text='''This is IN THE NEWS in VOA Special English.
Iraqis elected a new parliament in March. There was no clear winner. And five months later there is still no agreement on a coalition1 government.
On Wednesday, the United Nations Security Council called on the politicians to settle their differences. It urged them to form "as quickly as possible, a government that is inclusive and represents the will of the Iraqi people."
The top United Nations diplomat2 in Iraq says the delays are creating conditions that opponents of democracy could use for their own gain. Ad Melkert told the Security Council that the delays affect the rebuilding of basic services in Iraq. He said Iraqis average about nine hours a day without electric power.
President Obama talked about Iraq in a speech Monday to the Disabled American Veterans Conference in Atlanta, Georgia.
BARACK OBAMA: "Shortly after taking office, I announced our new strategy for Iraq and for a transition to full Iraqi responsibility. And I made it clear that by August thirty-first, two thousand ten, America's combat mission in Iraq would end. And that is exactly what we are doing, as promised, on schedule."
The president said American forces have already closed or turned over hundreds of bases to the Iraqis. By the end of this month, he said, the United States will have brought home more than ninety thousand troops.
He said the mission in Iraq is changing from a military effort led by troops to a civilian3 effort led by diplomats4.
Violence in Iraq has decreased over the last three years. But there are still bombings and shootings daily. Insurgents5 often target the Iraqi army and police.
Around fifty thousand American troops will remain in Iraq. They will train Iraqi soldiers and support counterterrorism operations. They will also protect the civilian efforts.''',
    quotes=[
        Q('"as quickly as possible', 'of the Iraqi people."', "United Nations Security Council"),
        Q('"Shortly after taking office', 'on schedule."', "BARACK OBAMA"),
    ],
    aliases={"United Nations Security Council": ["United Nations Security Council", "Security Council"],
             "BARACK OBAMA": ["BARACK OBAMA", "President Obama"]},
),
dict(
    id="voa-en-h435-2017-02-renewable-energy-jobs-ohio",
    source="http://hxen.net/englishlistening/voaenglish/voastandardenglish/20170223/459833.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English television report of February 2017 on hxen.net, a language-learning site (page 1, English only; page 2 of the same site, 459833_2, prints it with Chinese translations, not used); the site label '正文' and the Chinese-only headline 'VOA常速英语:代表两党的州长们力劝特朗普支持再生能源' dropped, so the text begins with its first paragraph (H931); the missing spaces after full stops and commas ('last year.So', 'in the US.But', 'wind,it’s', 'and coal.It', 'are Chinese.And', 'technology,because'), 'Everything for made', 'that’s mistake' and 'flied' as stored; the line 'When you talk about ... and that’s gold.”', which has a closing mark but no opening mark in the stored copy, kept as stored and not annotated (H19, H2069); the last paragraph '“During my time as g', Rick Perry's quotation cut in the stored copy, dropped; curly marks as stored)",
    text='''Outside Cleveland, Ohio, PT Tech builds parts for all kinds of heavy equipment.
“Everything for made, clutch that goes in a submarine, to various mining processing.”
Doug Herr is Head of Sales for the company’s Aero Torque division.
Ohio ranked only 26th in US wind power capacity last year.So Herr says Ohioans may not know the part that wind power really plays here.
“They look around and see very few wind turbines and say, ’There’s not much wind business in the US.But what they don’t realize is, there’s companies making gears, there’s companies making specialized clutches like us.”
And demand for those companies’ products is growing.
Utilities added more renewable energy generation than fossil fuels in four of the last five years.
When you talk about the growth of renewables and particularly the growth of wind,it’s gonna drive domestic manufacturing jobs, and that’s gold.”
But while President Trump’s “America First Energy Plan” backs oil, gas and coal.It makes no mention of renewables, Herr says that’s mistake.
“If we don’t step up and lead and move into the future on this, these jobs are moving to China. These jobs are moving to India, they already have.”
Five of the world’s top ten wind turbine makers and five of the top six solar panel companies are Chinese.And Beijing strongly supports its renewable energy industry.
Says China expert Ranping Song with the World Resources Institute,
“China actually sees really good global economic opportunities to export this green technology,because every country will want to have them.”
Song adds that the government is also investing in wind and solar to help clean up the country’s toxic air pollution.
It’s not clear that the United States will pull back from renewables.
Rick Perry, Trump’s pick for energy secretary, flied his green credentials at his confirmation hearing.''',
    quotes=[
        Q('“Everything for made', 'mining processing.”', "Doug Herr"),
        Q('“They look around', 'clutches like us.”', "Doug Herr"),
        Q('“America First Energy Plan”', None, None),
        Q('“If we don’t step up', 'they already have.”', "Doug Herr"),
        Q('“China actually sees', 'to have them.”', "Ranping Song"),
    ],
    aliases={"Doug Herr": ["Doug Herr", "Herr"],
             "Ranping Song": ["China expert Ranping Song", "Song"]},
),
dict(
    id="voa-en-h435-special-english-technology-panic-button",
    source="https://learningenglish.voanews.com/a/us-seeks-shadow-internet-mobile-networks-in-repressive-countries-124567374/116841.html",
    license=PD, retrieved=PAGES + " (VOA Special English Technology Report of 2011 on learningenglish.voanews.com, page 116841 (the address slug is that of the previous week's report; the stored page is 'Defending Free Speech With a 'Panic Button''); the page furniture 'Accessibility links' and 'Breaking News' and the photo caption 'Thousands of people marched in Istanbul in May to protest an Internet filtering plan by the Turkish government' (stored twice) dropped; the headline kept as the first line; the paragraph 'Freedom House, an organization in Washington, released a \"Freedom on the Net\" report in April. ... listened in on people’s', cut in the stored copy, dropped; the speaker labels 'ALEC ROSS:' kept as stored (H2032); curly marks with one straight apostrophe ('What's') as stored)",
    text='''Defending Free Speech With a 'Panic Button'
This is the VOA Special English Technology Report.
We reported last week on projects by the Obama administration to increase Internet freedom around the world. Alec Ross, a senior adviser to Secretary of State Hillary Clinton, recently discussed these efforts with VOA's Persian News Network.
ALEC ROSS: “We’re now in a moment of time where it’s increasingly the case that the government is trying to stifle what their people think, what their people say and what content they access. And so we’re spending this money so that values that are centuries old -- that go to things like the freedom of expression, the freedom of the press and the freedom to organize -- are available in the digital age.”
The New York Times says the State Department expects to have spent about seventy million dollars on these efforts by the end of this year.
Alec Ross says one project involves a so-called panic button. People could use it to quickly remove a list of contacts from a phone or computer.
ALEC ROSS: “What's happening right now is people are being arrested and they are being forced to hand over their passwords, a lot of the times, for their social media accounts. And with a panic button, what it does, is it not only protects the individual, it protects her or his community.”''',
    quotes=[
        Q("'Panic Button'", None, None),
        Q('“We’re now in a moment', 'in the digital age.”', "Alec Ross"),
        Q('“What\'s happening right now', 'her or his community.”', "Alec Ross"),
    ],
    aliases={"Alec Ross": ["Alec Ross", "ALEC ROSS"]},
),
]
