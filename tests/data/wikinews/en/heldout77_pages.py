# Held-out English news texts (tests/data/heldout77-en.jsonl), none of them used in an earlier set. Global Voices in English
# (globalvoices.org and its older address globalvoicesonline.org, CC BY 3.0, attribution "Global Voices"): eleven list pages
# of the site's older layout (2007-2012), taken from stored web pages (the `pages` search corpus): seven Health topic pages
# (July 2008 page 2, June 2009, June 2010, December 2010, January 2011, June 2011, April 2012), two Protest topic pages (May
# 2007, April 2009) and two day pages (28 March 2011 page 2, 6 January 2012). Each entry of such a page is a story title,
# (on most pages) a date line and a teaser that usually quotes the blog or person the story is about. Stored copies are cut
# after about 2,000 characters: only complete entries are kept and the last, cut entry is dropped with its title and date
# (noted in `retrieved`). The breadcrumb line ('· July, 2008') is dropped as site chrome; the leading spaces of the date lines
# are removed (H400); wording, spelling ('facemaks', 'healty', 'welcome change is if'), Global Voices' own teaser cuts
# ('...'), spacing inside paragraphs and quotation marks (including the reversed closing mark of '“Mass Male Circumcision“')
# are as stored. Annotated by reading the texts, before whosaid was run on them (rules H460-H465 in ANNOTATION.md on top of
# H1-H437).
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout77-en.jsonl

Built by `build.py` from `heldout77_pages.py`. Like the Global Voices pages of heldout21-en and heldout71-en, these texts
are list pages of Global Voices in English (globalvoices.org and its older address globalvoicesonline.org; CC BY 3.0,
attribution "Global Voices"), taken from stored web pages (the `pages` search corpus), all of the site's older layout of
2007-2012, whose teasers quote the blogs and people the stories are about: topic pages Health (July 2008 page 2, June 2009,
June 2010, December 2010, January 2011, June 2011, April 2012) and Protest (May 2007, April 2009), and the day pages of
28 March 2011 (page 2) and 6 January 2012. The stored copies are cut after about 2,000 characters; only complete entries
(title, date, teaser) are kept, the cut last entry is dropped (noted per page). Breadcrumb lines were dropped and the date
lines' leading spaces removed; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no shared 8-word
sequence). The annotation (rules H460–H465 in `ANNOTATION.md` on top of H1–H437) was committed before whosaid was first run
on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-health-2008-07-p2",
    source="https://globalvoices.org/-/topics/health/page/2/?m=200807",
    license=GV, retrieved=PAGES + " (topic list page, page 2 of July 2008; the breadcrumb line '· July, 2008' dropped; the last entry 'Saudi Arabia: Death on Roads', cut in the stored copy, dropped (H400))",
    text='''Stories about Health from July, 2008
Cuba: Nothing is Free
21 July 2008
A long wait at a “free” clinic gets Yoani Sanchez thinking about the true cost of freedom: “I imagine that Aladdin’s lamp, rubbed by eleven million Cubans, has succeeded in providing these hospitals, schools and other publicized ‘subsidies.’ But the image of the genie with his three wishes doesn’t last...
Singapore: Legalizing organ trade
20 July 2008
The issue of organ trade is being discussed intently in Singapore. miyagi.sg thinks that implementing an organ trade legal framework can benefit organ donors and recipients alike.
CAR: On the power emergency & Dzanga-Sangha natural reserve
19 July 2008
Brock Boddie at HPDT CAR, a blog by the humanitarian and development organizations in the Central African Republic, writes about Prime Minister Faustin Touadera's emergency appeal for international support after a failure of the country’s power system, as “without electricity, cleaning water, providing minimal health care and maintaining security would...
Global Voices’ New Public Health Editor, Juhie Bhatia
19 July 2008
Last month, we announced six new Rising Voices citizen media projects in partnership with the Open Society Institute’s Health Media Initiative. This month, we're pleased to introduce our new Public Health Editor, Juhie Bhatia. Her job will be to report on the progress of our newest micro-grantees in Romania, South...
India: Should Pre-Marital HIV Testing Be Mandatory?
19 July 2008
In an attempt to lower HIV rates, the Indian state of Maharashtra introduced a controversial proposal earlier this year, which would make it compulsory for couples to undergo an HIV test before getting married. Our new Public Health Editor, Juhie Bhatia, makes her debut.''',
    quotes=[
        Q('“free”', None, None),
        Q('“I imagine that Aladdin', 'three wishes doesn’t last...', "Yoani Sanchez"),
        Q('“without electricity,', 'maintaining security would...', "Brock Boddie"),
    ],
),
dict(
    id="gv-en-health-2009-06",
    source="http://globalvoicesonline.org/-/topics/health/?m=200906",
    license=GV, retrieved=PAGES + " (topic list page of June 2009 at the site's older address; the breadcrumb line '· June, 2009' dropped; the last entry 'Egypt: Between the Swine Flu and Approaching Plague', cut in the stored copy, dropped (H400); the reversed closing mark of '“Mass Male Circumcision“' and the misspelling 'facemaks' as stored)",
    text='''Stories about Health from June, 2009
Sri Lanka: No To Beef
30 June 2009
Sri Lankan blog Scourge comments on a poster that advocates how cruel it is to slaughter a cow and for that we should refrain from eating beef: “how you can be so concerned about cows and not at all concerned about a human life!”
Myanmar: 1st H1N1 Case Confirmed
29 June 2009
Myanmar on Saturday confirmed its first case of swine flu, with state media reporting that a 13-year-old girl had tested positive for the virus on her return from Singapore.
Kenya: The politics of Mass Male Circumcision
27 June 2009
HIV Kenya discusses the politics of “Mass Male Circumcision“: It seems like a short time since the issue of mass male circumcision (MMC) became a political football and it is not even the latest issue to have that status any more. But articles about it still appear every now and...
Trinidad & Tobago: R-E-S-P-E-C-T
23 June 2009
Trinidad and Tobago-based blogger Attillah Springer addresses the judge whose ruling caused construction on the proposed Alutrint aluminium smelter to come to a halt: “This victory is for denuded hills and depleted fish stocks. This victory is for every unsolved crime, every unkept campaign promise. What you have done has...
Philippines: A(H1N1) panic continues to grow
23 June 2009
Asia’s first A(H1N1)-related death is a Filipina from Metro Manila. This was confirmed by health authorities who also warned that 25 percent of the country’s 90 million population could be affected by the dreaded influenza virus. More schools have suspended their classes to protect the health and safety of their students.
Trinidad & Tobago: H1N1
22 June 2009
This Beach Called Life: “Swine Flu, A(H1N1), has now hit Trinidad and Tobago with the number of cases increasing daily causing facemaks to become as popular as condoms at Carnival.”''',
    quotes=[
        Q('“how you can be so concerned', 'a human life!”', "Scourge"),
        Q('“Mass Male Circumcision“', None, None),
        Q('“This victory is for denuded', 'What you have done has...', "Attillah Springer"),
        Q('“Swine Flu, A(H1N1)', 'condoms at Carnival.”', "This Beach Called Life"),
    ],
    aliases={"Attillah Springer": ["blogger Attillah Springer"]},
),
dict(
    id="gv-en-health-2010-06",
    source="https://globalvoices.org/-/topics/health/?m=201006",
    license=GV, retrieved=PAGES + " (topic list page of June 2010, without date lines in the stored copy; the last entry 'Bangladesh: Save Dhaka Now', cut in the stored copy, dropped (H400))",
    text='''Stories about Health from June, 2010
Cuba: Spotlight on Fariñas
“In the wake of the death of political prisoner Orlando Zapata Tamayo, Cuban independent journalist Guillermo Fariñas started a hunger strike to demand the release of some two dozen seriously...
Worldwide: The oil spills that don't make the news
The tragic oil spill in the Gulf of Mexico has the world's attention on the devastation that badly managed oil extraction can bring. However, in some places around the world, people live with toxic spills such as these and through videos people try to bring the world's attention to their plight.
South Korea: Worries Over Apocalypse Health Care Reform May Bring
As South Korean government moves a step closer to execute a health care reform, bloggers have erupted online, strongly criticizing the idea of reform as neither effective nor egalitarian.
Afghanistan: Drug use keeps on rising
Nick Fielding reviews a report from the UN's Office of Drug Control, which indicates that almost a million people in Afghanistan – roughly 8 per cent of the population between...
Barbados: Slow Decisions
Barbados Underground is concerned about “the slow pace of decision making in government.”
China: Online World Cup sick leave doctor note
Want to watch World Cup rather than going to work? You can buy sick leave doctor online! (more from Shanghaiist)
China: Private health care
Tessa Thorniley from DANWEI blogs about the development of private health care business in China.
Israel: Storing Water for Emergencies
When you live in the Middle East, water is essential to your daily survival. Israeli Kitchen recommends ways to store water in preparation for an emergency and what water sources...
India: Groundbreaking Verdict On Maternal Mortality
Chhaya Path informs about two groundbreaking court cases on maternal mortality which will have immense health policy implications in India.''',
    quotes=[
        Q('“In the wake of the death', 'two dozen seriously...', None),
        Q('“the slow pace of decision making in government.”', None, "Barbados Underground"),
    ],
),
dict(
    id="gv-en-health-2010-12",
    source="https://globalvoices.org/-/topics/health/?m=201012",
    license=GV, retrieved=PAGES + " (topic list page of December 2010; the breadcrumb line '· December, 2010' dropped; the last entry 'Oprah Down Under: Not Everybody’s Cup of McCafe', cut in the stored copy, dropped (H400); 'South Korea:Cows' and 'healty' as stored)",
    text='''Stories about Health from December, 2010
Nigeria: Bring our health data alive
27 December 2010
Bring our health data in Nigeria alive: “For a long time, our leaders have taken Nigerians for a ride, quoting astronomical amounts of money for delivering nothing. One major reason for this is that we had no way of knowing more than they told us.”
Lebanon: One Wig Stand for Cancer Awareness
26 December 2010
One Wig Stand is an awareness project that shares the stories of women battling breast cancer in Lebanon. The author explains that the site is not a sappy one intended to make the reader cry or feel sorry. Rather, it’s goal is to inspire, lighten the mood and provide some helpful resources.
Caribbean: Defining Moments of 2010
24 December 2010
Many landmark events happened in the Caribbean this year, prompting reactions from the regional blogosphere. Here's a look back at some of the most important stories of 2010...
South Korea:Cows Culled As Mouth and Foot Disease Spread
24 December 2010
As the mouth and foot disease spread around South Korea, the government ordered farms to slaughter their cattle, including yet healthy cows and pigs to slowdown the wide spread the disease. @Biguse tweeed a photo of healty cows having their last supper just before being culled.
Haiti: Behind Cholera
22 December 2010
“Cholera is a disease of the poor, of the disenfranchised. Poor people in poor countries. Cholera thrives where there is no clean water, where there is inadequate sanitation, where there are poor health systems”: Haiti Grassroots Watch takes an in-depth look behind the cholera epidemic.
Cuba: Economic Crisis
17 December 2010
Iván's File Cabinet says that the “times of crisis” that the country is facing is affecting everyone – even the prostitutes.''',
    quotes=[
        Q('“For a long time, our leaders', 'they told us.”', None),
        Q('“Cholera is a disease of the poor', 'poor health systems”', "Haiti Grassroots Watch"),
        Q('“times of crisis”', None, "Iván's File Cabinet"),
    ],
),
dict(
    id="gv-en-health-2011-01",
    source="https://globalvoices.org/-/topics/health/?m=201101",
    license=GV, retrieved=PAGES + " (topic list page of January 2011; the breadcrumb line '· January, 2011' dropped; the last entry 'Brazil: Chief of Police assaults man on a wheelchair', cut in the stored copy, dropped (H400))",
    text='''Stories about Health from January, 2011
Venezuela: Cholera Cases on the Rise
31 January 2011
During a wedding held in the Dominican Republic, a group of Venezuelans were diagnosed with symptoms of cholera after eating contaminated food. What were initially 13 cases has increased rapidly within a few days; the most recent reports speak of 135 people treated for cholera.
Cuba: Second Arrest for Fariñas
28 January 2011
On learning that Guillermo Fariñas was arrested for a second time in less than 24 hours, Uncommon Sense says: “Nothing is unusual about what is happening…what is unusual is for the police to move so aggressively against someone with Fariñas’ profile, someone whose arrest will get at least a few...
South Africa: Honor Madiba with your actions
28 January 2011
Mike Stopforth calls on South Africans to honour Nelson Mandela with their actions: “Soon, Nelson Mandela will die. As I write this post traditional and social media channels are rife with rumours of his ill health and deteriorating state.”
Wanted: More Babies Needed in Singapore
26 January 2011
Singapore’s total fertility rate has decreased to an all-time low at 1.16 percent. To increase population, the government proposes to increase the number of foreign workers and residents in the prosperous city state. Here are some reactions from the blogosphere
Cuba: Old Age in Cuba
25 January 2011
“Hands shaking with Parkinson’s offer sugary snacks at bus stops, wrinkled faces offer razor blades for only five pesos”: Generation Y says that the system the elderly helped to build “cannot provide them with a dignified old age.”''',
    quotes=[
        Q('“Nothing is unusual', 'at least a few...', "Uncommon Sense"),
        Q('“Soon, Nelson Mandela will die.', 'deteriorating state.”', "Mike Stopforth"),
        Q('“Hands shaking with Parkinson’s', 'five pesos”', "Generation Y"),
        Q('“cannot provide them with a dignified old age.”', None, "Generation Y"),
    ],
),
dict(
    id="gv-en-health-2011-06",
    source="https://globalvoices.org/-/topics/health/?m=201106",
    license=GV, retrieved=PAGES + " (topic list page of June 2011; the breadcrumb line '· June, 2011' dropped; the last entry 'Puerto Rico: C-Sections Too Prevalent', cut in the stored copy, dropped with its cut date (H400); the entry 'Russia: Deciphering Covert “Bath Salt” Drug Advertisements' has no date line in the stored copy)",
    text='''Stories about Health from June, 2011
Cape Verde: A Story of Accessibility
28 June 2011
Daivarela, on his blog, tells [pt] the story of how a capeverdean journalist, Maria Zinha, has successfully received a diploma in Cinema and Audiovisual, despite the accessibility barriers she constantly faces in the island of Mindelo to do her job, where “stairs are the main difficulty”.
Cuba: Hunger Striker to Leave Island
27 June 2011
Uncommon Sense reports that hunger striker Jorge Cervantes Garcia has ended his protest and “will be allowed to leave Cuba once he has recovered from the physical effects of his protest.”
Russia: Deciphering Covert “Bath Salt” Drug Advertisements
LJ-user re3 writes [ru] about covert drug graffiti (e.g. “Aromatic salt – call center 24 hours”). Graffiti look like regular guerrilla ads air sprayed on the building walls. They, however, advertise fast delivery of the so called “Bath Salt” drug. The blogger claims whole Urals region is filled with such ads, some of which, might be...
Cuba: Old & Black
24 June 2011
“Being old in Cuba is a problem”: But, explains Iván García, “it becomes harder if you are black.”
Peru: Women in Iquitos Protest High Levels of Aluminum in Water
23 June 2011
A recent report shows that the levels of aluminum in the water consumed by the people of Iquitos is above what is permitted. Global Voices writer and Spanish Translation Manager, Juan Arellano, explains [es] the situation and shares photos of a protest organized by different women's organizations.
Cannibalism In North Korea, Smuggled Documents Reveal
22 June 2011
GI Korea from the ROK Drop blog commented on local news report claiming that they have obtained smuggled documents confirming cannibalism in North Korea. Acts of cannibalism have long been reported by North Korean defectors, especially during the mass famine in the mid-90′s.''',
    quotes=[
        Q('“stairs are the main difficulty”', None, "Daivarela"),
        Q('“will be allowed to leave Cuba', 'of his protest.”', "Uncommon Sense"),
        Q('“Bath Salt”', None, None, 0),
        Q('“Aromatic salt – call center 24 hours”', None, None),
        Q('“Bath Salt”', None, None, 1),
        Q('“Being old in Cuba is a problem”', None, "Iván García"),
        Q('“it becomes harder if you are black.”', None, "Iván García"),
    ],
),
dict(
    id="gv-en-health-2012-04",
    source="https://globalvoices.org/-/topics/health/?m=201204",
    license=GV, retrieved=PAGES + " (topic list page of April 2012, without date lines in the stored copy; the last entry 'Zambia: Former VP's Death Highlights State of Local Hospitals', cut in the stored copy, dropped (H400); the space before the colon in 'Cote d'Ivoire :' as stored)",
    text='''Stories about Health from April, 2012
Côte d'Ivoire: Regarding Free Medical Care
Suy Kahofi writes [fr] on Africa Vox about free medical care in Cote d'Ivoire : “The completely free care has, certainly, relieved the people, but it has been marred by...
Malaysia: Rare Earth Processing Plant Creates Backlash
An Australian mining company has established a processing plant in Kuantan, Malaysia. But many Malaysians are incensed that this plant was constructed without consulting the residents. Netizens debate whether the government should stop the operations of the rare earth processing plant
Haiti: Death by “Clairin”
“In early 2011, a dozen people died after drinking ‘clairin’ – a traditional Haitian alcohol drink – made with methanol in the Fond Baptiste region, north of the capital. Another...
Bulgaria: Penalty For Getting Pregnant
The blog “Работнически глас” (“Worker's voice”) tells [bg] about a trial scheduled for May 26: a former female employee is suing a company for a discriminatory clause in the work contract,...
Video: Mothers Around the World Share Their Different Experiences
In the International Museum of Women, the current online exhibit is all about mothers. MAMA: Motherhood around the globe explores the different aspects of motherhood through video interviews to women in Nigeria, Kenya, Afghanistan, USA, Colombia, Hungary, China and Norway.
Cuba: Resorting to Hunger Strike
Cuban netizens, primarily from the diaspora, are once again blogging about instances of police abuse in the country and how the island's justice system routinely makes hunger-strikers out of prisoners of conscience.
China: Toxic Medicine Capsules Dumped into Open Sewage
Upon the unveiling of the toxic medicine capsules scandal, a large quantity of empty medicine capsules was dumped into an open sewer ditch in Zhengzhou city, Henan province. (more from...''',
    quotes=[
        Q('“The completely free care', 'marred by...', "Suy Kahofi"),
        Q('“Clairin”', None, None),
        Q('“In early 2011, a dozen people', 'the capital. Another...', None),
        Q('“Работнически глас”', None, None),
        Q('“Worker\'s voice”', None, None),
    ],
),
dict(
    id="gv-en-protest-2007-05",
    source="http://globalvoicesonline.org/-/topics/protest/?m=200705",
    license=GV, retrieved=PAGES + " (topic list page of May 2007 at the site's older address; the breadcrumb line '· May, 2007' dropped; the last entry 'Hong Kong: Remixing Governm...', cut in the stored copy, dropped (H400); the entries 'Jordan: Sheehan Quits', 'Ukraine: Internal Troops' and 'Bahrain: Police Excessive Use of Force' have no date line in the stored copy)",
    text='''Stories about Protest from May, 2007
Bolivia: Residents of El Alto Fed Up With Bars
31 May 2007
Residents of the city of El Alto took the streets and forcibly “closed” clandestine bars that were said to contribute to the rising delinquency of the city. Mario Duran, GV author, descended to the area to have a look and presents a slideshow of images that he posted on Noticias...
Jordan: Sheehan Quits
Jordanian blogger Hareega, who is based in the US, bids farewell to Cindy Sheehan. “Yesterday she announced that she was tired and she quit her anti-war activism. She said that her son died “for nothing”. About 54% of the CNN readers today agree with her,” he notes.
Ukraine: Internal Troops
“When Ukrainians send Troops to suppress protestors they never – thank God – seem to arrive. In Russia (and the remainder of the CIS) they always arrive and, as in Uzbekistan in 2005, they shoot to kill,” writes Taras Kuzio and shares ideas on how to transform Ukraine's “internal troops”...
Bahrain: Police Excessive Use of Force
“I’m not sure what the Ministry of the Interior wants to achieve by its continuous excessive use of force. If this is their idea of instilling love for the country, they failed; if it is their intention to protect public and private property, they failed, their habitual use of tear...
Trinidad & Tobago, Venezuela: Media & Politics
29 May 2007
“When media become political players themselves, they lose their credibility, and they betray the people who rely on them for truthful, accurate information.” Jeremy Taylor weighs in on the controversy surrounding the closure of RCTV in Venezuela.
Cambodia: Myanmar and Cambodia
28 May 2007
The latest cartoon by Cambodian blogger/cartoonist Sacrava mocks the recent contacts between Cambodia's strong man Hun Sen and Myanmar's generals. Myanmar recently extended pro-democracy leader Aung San Suu Kyi's detention for one more year.''',
    quotes=[
        Q('“closed”', None, None),
        Q('“Yesterday she announced', 'agree with her,”', "Hareega"),
        Q('“When Ukrainians send Troops', 'shoot to kill,”', "Taras Kuzio"),
        Q('“internal troops”', None, None),
        Q('“I’m not sure what the Ministry', 'habitual use of tear...', None),
        Q('“When media become political players', 'accurate information.”', "Jeremy Taylor"),
    ],
    aliases={"Hareega": ["Jordanian blogger Hareega"]},
),
dict(
    id="gv-en-protest-2009-04",
    source="https://globalvoices.org/-/topics/protest/?m=200904",
    license=GV, retrieved=PAGES + " (topic list page of April 2009, without date lines in the stored copy; the last entry 'Hungary: Critical ...', cut in the stored copy, dropped (H400); 'welcome change is if' as stored)",
    text='''Stories about Protest from April, 2009
Kyrgyzstan: Elections and Ethnic Tensions
Elena tells who will be the single presidential candidate from the opposition in Kyrgyzstan and reports on the inter-ethnic conflict in the country.
Kazakhstan: Internet Regulation Amendments Adopted in First Reading
Yesterday the Kazakh Parliament's lower chamber has approved the first reading of the draft law on online regulation, which is meant to equate all websites (including blogs, social networks, chatrooms,...
Azerbaijan: Police
Flying Carpets and Broken Pipelines comments on the continuing saga of Parviz Azimov, a youth activist recently expelled from his university. The blog notes that whereas the police usually concentrate...
China: Growing climigration
At Absurdity, Allegory and China, Jim Gourley discusses the extent and severity of China's climigration problem, and the reasons there's yet to be seen meaningful change.
Egypt's First Independent Union Formed
Egypt's real estate tax collectors have formed their first independent trade union since 1957. In addition to local recognition, the union has won international legitimacy after being accepted in the international body Public Services International. One blogger follows the developments from their start until the moment of triumph - with hundreds of photographs.
Cuba: Right to Travel
“Hasn’t it been said already—by enough voices—that the requirement for permission to leave and enter Cuba has to be repealed?”: Generation Y wants to know “What more has to happen...
St. Lucia: Ideas on the Strike
As members of the civil service take strike action in St. Lucia, Sun Rain Or… says: “It would be a welcome change is if St. Lucians found the time and...
Central & Eastern Europe: Racism Roundup
The beatroot writes about Poland's boycott of the UN conference on fighting racism; Hungarian Spectrum writes about the Hungarian Guard and Holocaust denial; coverage of Slovenia's neo-Nazis – here and...''',
    quotes=[
        Q('“Hasn’t it been said already', 'has to be repealed?”', "Generation Y"),
        Q('“What more has to happen...', None, "Generation Y"),
        Q('“It would be a welcome change', 'found the time and...', "Sun Rain Or…"),
    ],
),
dict(
    id="gv-en-day-2011-03-28-p2",
    source="https://globalvoices.org/2011/03/28/page/2/",
    license=GV, retrieved=PAGES + " (day page of 28 March 2011, page 2, without date lines; the last entry 'Puerto Rico: Documentary on the UPR', cut in the stored copy, dropped (H400))",
    text='''Stories from 28 March 2011
Swaziland: Anger at revolution snub
The Swaziland Solidarity Network (SSN) has criticized the reporting of the proposed ‘uprising’ against the government on 12 April 2011 by the Times of Swaziland: “In particular, it takes issue...
Peru: 2 Weeks Before the General Election
Carlos A. Quiroz in Peruanista writes a thorough post on the political climate in Peru two weeks before the general elections. He includes a short review of the use of...
Swaziland: Swazi Media Commentary
Swazi Media Commentary is a blog about the struggle for human rights in Swaziland.
China: Opinion Battle on Baidu's Copyright Infringement
More than fifty Chinese writers have formed an alliance protesting against copyright infringement by the Baidu Wenku platform, a Chinese version of Google Books which allows users to read, share or download books for free.
El Salvador: Online and Street Protests During Obama's Visit
Tim in Tim's El Salvador Blog reports that, “not everyone was happy to see Barack Obama on Salvadoran soil. Protesters in the streets of San Salvador and in cyberspace raised...
Cuba: Implications of the Alan Gross trial
In half-wired, blogger Ellery Biddle analyzes the Alan Gross case and the potential of ICT's in Cuba: “First, who decides what constitutes a crime? While Cuban courts say that Gross...
Panama: Saying Goodbye to Guillermo Ford
Politician and businessman Guillermo "Billy" Ford died on March 19. Panamanians said goodbye with respect, remembering his role in the search for democracy during the eighties. This was an opportunity to reflect on the current state of values in the country and the legacy we leave behind.
Puerto Rico: Interview of La Acera's team
Listen to the interview of the team behind the collective blog La Acera [es] in which they talk about the Puerto Rican blogosphere, and the Internet as a potential space...''',
    quotes=[
        Q('‘uprising’', None, None),
        Q('“In particular, it takes issue...', None, "Swaziland Solidarity Network"),
        Q('“not everyone was happy', 'in cyberspace raised...', "Tim"),
        Q('“First, who decides', 'say that Gross...', "Ellery Biddle"),
        Q('"Billy"', None, None),
    ],
    aliases={"Swaziland Solidarity Network": ["The Swaziland Solidarity Network", "SSN"],
             "Ellery Biddle": ["blogger Ellery Biddle"]},
),
dict(
    id="gv-en-day-2012-01-06",
    source="https://globalvoices.org/2012/01/06/",
    license=GV, retrieved=PAGES + " (day page of 6 January 2012, without date lines; the last entry 'Argentina: Netizens React to Increase in Subway Price', cut in the stored copy, dropped (H400))",
    text='''Stories from 6 January 2012
Global Voices Most Read Posts in 2011
Global Voices is no longer as lonely a media voice when it comes to reporting tweets and blog posts. Still, where mainstream media interest wanes, we're the ones who continue documenting local citizen media. Discover our top 20 list of most read posts for 2011.
Bahamas: Storytelling
A Global Voices post gets Womanish Words “thinking about stories, how powerful they are, how the act of telling them is also incredibly powerful.”
Cuba: The Justice System
Laritza Diversent reports on the trial of the former policemen who killed a black teen for stealing fruit from a tree.
Cuba: Tradition of the Three Kings
“I know we've been exiled for 50 years now, but some traditions we still keep. Even if they are now mostly just as a nod to our heritage”: My big, fat, Cuban family and babalu celebrate Three Kings Day.
Trinidad & Tobago: Politics & the Press
Barbados Free Press has it from “an internal source” that “journalist Afra Raymond has resigned from writing for the Trinidad & Tobago Guardian after learning that the paper sends unpublished articles to politicians: apparently seeking to have the politicians pre-approve or vet opinion pieces before publication.”
Jamaica: “Official” Languages
Under the Saltire Flag is proud of the job his uncle has done as Chairman of Jamaica’s electoral committee, following the country's recent general elections, noting that he “made one unfortunate comment leading up to the elections. He said that all electoral officers should speak ONLY in English”. The blogger...
Zambia 2011: Two Events That Shook the Country
Two events in Zambia will go down as having shaken the country to its core in 2011. The first was the death of Second Republican President Frederick Chiluba and the second was the defeat of the ruling MMD after clocking 20 years in power.''',
    quotes=[
        Q('“thinking about stories', 'incredibly powerful.”', "Womanish Words"),
        Q('“I know we\'ve been exiled', 'nod to our heritage”', "My big, fat, Cuban family"),
        Q('“an internal source”', None, None),
        Q('“journalist Afra Raymond', 'before publication.”', "Barbados Free Press"),
        Q('“Official”', None, None),
        Q('“made one unfortunate comment', 'ONLY in English”', "Under the Saltire Flag"),
    ],
),
]
