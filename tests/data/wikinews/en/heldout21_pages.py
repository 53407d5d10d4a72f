# Held-out English news pages (tests/data/heldout21-en.jsonl). Unlike the heldout*_amalgum*.py modules,
# these texts do NOT come from AMALGUM/GUM: they are stored web pages (the `pages` search corpus) of
# English Wikinews (en.wikinews.org / en.m.wikinews.org: Audio Wikinews news briefs, a date category page
# and a year-in-review page; CC BY 2.5) and of Global Voices in English (globalvoices.org: list pages of
# a month, a topic and a month, and two year-end articles; CC BY 3.0). The stored copies are often cut
# after about 2,000 characters: only complete paragraphs are kept (a cut paragraph or list entry is
# dropped and noted in `retrieved`). Navigation ("From Wikinews, the free news source you can write!",
# "Jump to navigation"), section "edit" links, image captions and photo credits, and the briefs'
# closing boilerplate are dropped; wording and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H85-H91 in ANNOTATION.md).
WN = "CC BY 2.5 (Wikinews)"
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"

DOCS = [
dict(
    id="wn-en-briefs-2006-04-13",
    source="https://en.wikinews.org/wiki/News_briefs:April_13,_2006",
    license=WN, retrieved=PAGES + " (navigation lines dropped; the 'Closing Comments' heading and its closing paragraph, cut in the stored copy, dropped)",
    text='''Wikinews:Briefs/April 13, 2006
Audio Wikinews Transcript, 0800 UTC, 13 April 2006
Hello and welcome to Audio Wikinews Newsbriefs, at 0800 UTC, April 13, 2006.
Bomb threat that diverted Ryanair jetliner reportedly a hoax
A jetliner carrying 172 passengers and crew from Paris to Dublin was diverted to Prestwick Airport in Scotland following the discovery of a bomb threat note by the cabin crew. The threat was found in a magazine aboard Ryanair Flight 25. The UK’s Times Online and Reuters are now reporting that the threat was a hoax. Passengers were still being questioned.
Australian PM to face Cole inquiry - Australian foreign minister tells inquiry it was the UN's job to investigate Iraq kickback claims
In Australia, two more officials are facing the Cole Inquiry into kickbacks to Saddam Hussein’s regime. Foreign affairs minister Alexander Downer told the inquiry on Tuesday that it was not his department’s job to investigate claims that wheat exporter AWB was paying kickbacks to Saddam Hussein. Prime Minister John Howard is expected to face the inquiry Thursday, making it the first time a Prime Minister has faced a royal inquiry since 1983.
U.S. claims of Iraqi bioweapons labs contradicted early in classified Pentagon report
A Washington Post reporter alleges that the Bush administration and the CIA “possessed powerful evidence” that contradicted assertions by Bush that trailers found in Iraq were mobile biological weapon laboratories. A fact-finding group that investigated the labs concluded that the trailers had nothing to do with biological weapons. Their preliminary report was released on May 27, 2003, two days before Bush made public statements regarding the trailers. The administration accuses the Post of "reckless reporting."''',
    quotes=[
        Q('“possessed powerful evidence”', None, "Washington Post"),
        Q('"reckless reporting."', None, "Bush administration"),
    ],
    aliases={"Washington Post": ["Post"], "Bush administration": ["The administration"]},
),
dict(
    id="wn-en-briefs-2006-04-14",
    source="https://en.m.wikinews.org/wiki/News_briefs:April_14,_2006",
    license=WN, retrieved=PAGES + " (section 'edit' links dropped; the closing comments and the licence line of the recording dropped as boilerplate)",
    text='''Wikinews:Briefs/April 14, 2006
Audio Wikinews Transcript, 0900 UTC April 14 2006
Hello and welcome to Audio Wikinews Newsbriefs, at 0900 UTC, April 14, 2006.
Headlines
Islamic web forum releases videotape of Ayman al-Zawahiri
An Islamic militant web forum has released a video of Al-Qaeda's second in command, Ayman al-Zawahiri, who reportedly released the tape to commemorate the battle of Tora Bora in December 2001. In the video, Zawahiri exhorts the Iraqi insurgency to “Stay firm, stay together.” He also calls President George W. Bush the “Caesar of Washington,” and praised Iraqi militant leader Abu Musab al-Zarqawi.
Canada tests cow for Mad Cow Disease
Canada’s Food Inspection Agency reports that initial tests done on a six-year-old dairy cow in Fraser Valley near Vancouver could not rule out bovine spongiform encephalopathy, or “mad cow disease.” Further tests are being conducted at Winnipeg's National Centre for Foreign Animal Disease and results are expected on Sunday. Officials also say the cow did not enter the human food chain.
Wikipedia Current Events
Ford Motor Co. confirms that it will close two of its assembly plants by 2008 -- one in Minnesota, the other in Virginia. A total of 4,300 people are employed at the two plants.
And The United Front for Democratic Change's attack on the Chadian capital of N'Djamena has been repelled by the Chadian army. The United Nations Security Council condemns the rebel attack.''',
    quotes=[
        Q('“Stay firm, stay together.”', None, "Ayman al-Zawahiri"),
        Q('“Caesar of Washington,”', None, "Ayman al-Zawahiri"),
        Q('“mad cow disease.”', None, None),
    ],
    aliases={"Ayman al-Zawahiri": ["Zawahiri"]},
),
dict(
    id="wn-en-briefs-2006-05-14",
    source="https://en.wikinews.org/wiki/en:Category:May_14,_2006",
    license=WN, retrieved=PAGES + " (navigation lines dropped; the last brief, on the Australian copyright amendments, cut in the stored copy, dropped; the copy's 'locatd', 'however;' and lower-case 'the AP' kept)",
    text='''Category:May 14, 2006
News briefs
The time is 18:00 (UTC) on May 14th, 2006, and this is Audio Wikinews News Briefs.
A riot has broken out at the main prison in Haiti and gunshots have been heard inside. The prison is locatd within a few miles of the Parliament building. United Nations Peacekeepers are on scene and have surrounded the prison. According to the Associated Press, at least 100 prisoners are on the roof of the prison and are holding what looks to be 2 dead bodies, however; no casualties have been officially reported. the AP also reports that prisoners are saying "freedom or death" and are holding a banner saying "Justice."
United States
In a statement released on Thursday, the International Committee of the Red Cross (ICRC) said that ICRC President Jacob Kellenberger "deplored the fact that the U.S. authorities had not moved closer to granting the ICRC access to persons held in undisclosed locations." The ICRC started making requests to get access to all U.S. detainees, including the ones held in alleged secret prisons, over two years ago.
United States
Federal prosecutor Patrick Fitzgerald announced on Friday that he will introduce new evidence in the perjury and obstruction of justice case against former Vice Presidential chief of staff Lewis "Scooter" Libby. One of the new pieces of evidence consist of hand-written notes that Vice President Dick Cheney left on the margins of ambassador Joseph Wilson's OpEd column questioning the administration's handling of WMD evidence in the run-up to the Iraq war.''',
    quotes=[
        Q('"freedom or death"', None, None),
        Q('"Justice."', None, None),
        Q('"deplored the fact', 'undisclosed locations."', "International Committee of the Red Cross"),
        Q('"Scooter"', None, None),
    ],
    aliases={"International Committee of the Red Cross": ["ICRC"]},
),
dict(
    id="wn-en-briefs-2006-06-02",
    source="https://en.m.wikinews.org/wiki/Wikinews:Briefs/June_2,_2006",
    license=WN, retrieved=PAGES + " (the last brief, on the spelling bee, cut in the stored copy, dropped together with its 'United States' label; the copy's 'gamma bytro lacktone' kept)",
    text='''Wikinews:Briefs/June 2, 2006
The time is 18:00 (UTC) on June 2nd, 2006, and this is Audio Wikinews News Briefs.
In Vienna, top diplomats from the United States, Russia, China, United Kingdom, France, and Germany reached an agreement on Thursday on an incentive package to offer to Iran in exchange for its giving up uranium enrichment.
A car was on its way to maternity hospital in Samarra, 60 miles north of Baghdad. Two women, one of them about to give birth, were shot dead by US forces according to witnesses and police Capt. Laith Mohammed.
United States
Convicted on the first of June by a military jury for participating in prisoner abuse at Abu Ghraib, former sergeant Santos Cardona, 32, a dog handler in the United States Army, was today sentenced to ninety days of hard labour and demoted to the rank of specialist.
The first world conference of Greeks living abroad will take place in Athens, Greece, between 6-8 of June 2006.
The Australian federal and New South Wales governments will not be selling their shares in Snowy Hydro Limited (the owner and operator of the Snowy Mountains Hydro-Electric Scheme).
Scottish police have arrested a man and a woman after finding Britain's largest ever stash of gamma bytro lacktone. The man in charge of the operation Graeme Pearson, director of the Scottish Crime and Drug Enforcement Agency, called the find "the most significant discovery of the drug in the UK."
Debate about the raid on the world's largest Bittorrent site in Sweden continues. According to Swedish television, requests for the closure of "The Pirate Bay" were made at a meeting between the Swedish justice department, police and the US government in April.
New Zealand
Taupo airport has been rated the worst in the world by the International Federation of Airline Pilots Associations because safety is "critically deficient".''',
    quotes=[
        Q('"the most significant discovery', 'in the UK."', "Graeme Pearson"),
        Q('"The Pirate Bay"', None, None),
        Q('"critically deficient"', None, "International Federation of Airline Pilots Associations"),
    ],
    aliases={"Graeme Pearson": ["director of the Scottish Crime and Drug Enforcement Agency"]},
),
dict(
    id="wn-en-briefs-2007-01-06",
    source="https://en.wikinews.org/wiki/Category:January_6,_2007",
    license=WN, retrieved=PAGES + " (navigation lines dropped; the closing statements, the licence line of the recording and the cut 'Media in category' list dropped as boilerplate)",
    text='''Category:January 6, 2007
News briefs
The time is 21:00 (UTC) on Saturday January 6, 2007, and this is Audio Wikinews News Briefs.
United States
An avalanche on route 40 has buried many cars and caused other cars to be pushed over the edge of the expressway just outside of Denver, Colorado.
United States
Strong storms hit the Southeastern part of the United States on Friday. Crews are currently working to restore power to the area. At the moment there are 2 reports of fatalities. Tornadoes were reported in South Carolina, Mississippi and Louisiana.
The inflatable roof covering BC Place Stadium in Vancouver, British Columbia, Canada was intentionally collapsed in a "controlled deflation" on Friday after a section of the dome was ripped open. Windy weather conditions are blamed for the damage.
Egypt intends to launch an international initiative to fight misuse of the internet. This statement was made by Egypt's Deputy Foreign Minister for Legal Affairs Abdel Aziz Seif el-Nasr. The idea lies in implementing a long-term international cooperation plan that concerns suppressing the activities of criminals and other groups that use World Wide Web for the promotion of their interests.
United States
An ethical controversy has surged in the United States and elsewhere around nine-year-old Ashley X. The disabled girl was operated upon at the request of her parents, to prevent her from growing, menstruating and developing breasts. The parents, who wish to remain anonymous, explain their situation on a blog entitled The "Ashley Treatment". There have been over 1000 reactions on the blog so far.''',
    quotes=[
        Q('"controlled deflation"', None, None),
        Q('"Ashley Treatment"', None, None),
    ],
),
dict(
    id="wn-en-original-reporting-2020-review",
    source="https://en.wikinews.org/wiki/en:Wikinews_2020:_An_%27Original_reporting%27_year_in_review",
    license=WN, retrieved=PAGES + " (navigation lines, three image captions with their credits and the caption of the interview recording dropped; the paragraph on the challenges faced by women, cut in the stored copy, dropped)",
    text='''Wikinews 2020: An 'Original reporting' year in review
Friday, January 1, 2021
After an active year of original content published on the English-language Wikinews, we take a look back at some of the two dozen-plus original reports from our contributors during 2020.
March
6th All-women crew steers Tippu Express ahead of International Women's Day
As a part of a ten-day celebration of International Women's Day, an all-women crew ran the Mysuru-Bengaluru Tippu Express in the South Western Railway region of Karnataka, India. B Shiva Parvathi and Rangoli Patil were the locomotive and co-locomotive pilots of the train, covering 139 km to reach the state capital.
Mysore Divisional Railway Manager Aparna Garg told Wikinews only 10% of the employees in the Mysore Division were women, which constitutes about 650 female employees. The celebration had started on March 1.
8th Mysore Divisional Railway Manager discusses International Women's Day celebration
Wikinews spoke with Mysore Divisional Railway Manager Aparna Garg about the ten-day campaign around International Women's Day. This year's theme of the celebration was "Each for Equal", an initiative of Mysore Division. Speaking of the gender-distribution ratio, Garg said "we have ten percent only women employees. Out of a total of, say, 6900 [employees], we have around 650. So that is around ten percent."''',
    quotes=[
        Q("'Original reporting'", None, None),
        Q('"Each for Equal"', None, None),
        Q('"we have ten percent', 'around ten percent."', "Aparna Garg"),
    ],
    aliases={"Aparna Garg": ["Garg", "Mysore Divisional Railway Manager Aparna Garg"]},
),
dict(
    id="gv-en-protest-2017-02",
    source="https://globalvoices.org/-/topics/protest/?m=201702",
    license=GV, retrieved=PAGES + " (list page of story titles and teasers; the last entry, on the Georgian broadcaster, whose teaser is cut in the stored copy, dropped)",
    text='''Stories about Protest from February, 2017
The Face of Resistance: Are You Listening? Podcast
In this episode, we take you to India, Japan, Australia, Mexico and Trinidad and Tobago to introduce you to the Face of Resistance in a globalized world.
Indian Student Activist Faces Death Threats After Standing Up to Right Wing
Threats of violence, gang rape, and physical attacks are making news in India, after a 20-year-old student activist from New Delhi's Lady Shri Ram college launched the #StudentsAgainstABVP protest.
Daughter of Slain Russian Opposition Leader Writes Him a Letter Two Years Later
On the second anniversary of Russian opposition leader Boris Nemtsov's assassination, Zhanna Nemtsova published a letter to her late father on Facebook.
What Does Trump's Presidency Mean for Brazilians? It's Complicated.
"I know about half a dozen people here, who have truly forgotten that one day they arrived here and lived here illegally."
St. Petersburg Stands up for St. Isaac's Cathedral
Despite a variation of the blood libel against protest organizers and pressure from authorities to stand down, St. Petersburg activists continue to stand up for St. Isaac's Cathedral.
US Activists, on Overdrive to Respond to Trump’s Immigration Plans, Are Making New Alliances
“Even before I shower, my mailbox is almost full. And soon as I wake up my phone starts ringing,” says Detroit organizer Adonis Flores.
Police in Hong Kong Want It to Be Illegal to Insult Them
A crowd of more than 30,000 people gathered in Hong Kong this week to protest a prison sentence handed down to seven police officers convicted of assaulting a protester.
Why Are Puerto Ricans Sharing Their Student Numbers on Social Media?
Higher education in Puerto Rico finds itself in crisis following major budget cutbacks and a wave of resignations at the University of Puerto Rico.''',
    quotes=[
        Q('"I know about half a dozen', 'here illegally."', None),
        Q('“Even before I shower', 'starts ringing,”', "Adonis Flores"),
    ],
    aliases={"Adonis Flores": ["Detroit organizer Adonis Flores"]},
),
dict(
    id="gv-en-protest-2017-03",
    source="https://globalvoices.org/-/topics/protest/?m=201703",
    license=GV, retrieved=PAGES + " (list page of story titles and teasers; the last entry, on road deaths in Georgia, whose teaser is cut in the stored copy, dropped)",
    text='''Stories about Protest from March, 2017
The Day Latin America Declared Itself Feminist
Activists from Uruguay, Brazil, Peru, Bolivia, and Venezuela explain why the International Women's Strike was so important to their region.
Homeless Filipino Families Occupy 6,000 Vacant Public Housing Units
"Look at those houses, they are idle. The grasses have grown tall, the houses are being invaded by soil. Why don't they let the homeless live there?"
Russian Web Censor Cracks Down Ahead of Next Anti-Corruption Protests
In the wake of the largest opposition protests since 2011-12, Russia's prosecutor general is cracking down on the organizers of demonstrations planned for April 2.
Hong Kongers Say Beijing and Police ‘Incited’ the 2014 Pro-Democracy Movement, Not Protest Leaders
"I am one of the Occupy protesters and I was incited by the police’s decision to fire 87 rounds of tear gas [at demonstrators]."
Russia's Youngster Uprising
Russian youths have invigorated Alexey Navalny's anti-corruption campaign by challenging educators in classrooms and sharing footage of teachers and administrators trying to indoctrinate students against political activism.
The UK Is Among the World's Largest Suppliers of Weapons—and Is Making Arms Boycotts Illegal
As one of the world's largest weapons dealers, the UK routinely sells to countries with abysmal human rights records. It is now seeking to outlaw boycotts on Israeli settlement products.
Beijing's Favorite Carrie Lam Becomes Hong Kong's First Woman Leader With 777 Votes
She promised to "heal the divide" in her victory speech, but her win was met with protests by pro-democracy activists.
In Kyrgyzstan, Media Facing Pressure from a Fearful President
A series of civil suits launched by the state prosecutor have seemingly targeted media for quoting the government's critics.''',
    quotes=[
        Q('"Look at those houses', 'live there?"', None),
        Q('‘Incited’', None, None),
        Q('"I am one of the Occupy', '[at demonstrators]."', None),
        Q('"heal the divide"', None, "Carrie Lam"),
    ],
),
dict(
    id="gv-en-protest-2017-10",
    source="https://globalvoices.org/-/topics/protest/?m=201710",
    license=GV, retrieved=PAGES + " (list page of story titles and teasers; the last entry, on Serbian artists, cut in the stored copy after its title, dropped)",
    text='''Stories about Protest from October, 2017
The Venezuelan Crisis Understood Through Video Games
Creative ways of protesting in Venezuela leave traces in different spaces and amplify a variety of points of views around the Venezuelan conflict.
The Portuguese People Want Justice for Victims of Fires That Ravaged Their Country This Year
According to the European Forest Fire Information System, around 500,000 hectares of forest have burned in 2017 alone – an area roughly twice the size the district of Lisbon.
Indonesian Law Makes It Easier to Disband Extremist Groups, but Could Undermine Civil Liberties
"There are many ways for the government to combat radicalism and defend social cohesion. Removing meaningful legal protections of freedom of association is not the way to do that."
The Families of Trafficked Boys From India's Arwal Say Police Don't Care
"There were eight of us...They would beat us if we didn’t chop wood and not give us food...They killed four boys. And threw them in the river nearby."
The Latest Threat to Beleaguered Environmental Activists in Honduras Comes from the Law
Protesters have long been victims of extrajudicial assassinations and arbitrary incarcerations. Now they have simply been criminalized.
Kebab, Yes; Revolution, No: Migrants and the Fight for Catalonia
"I was surprised that people sporting dreadlocks, turbans, braids, and other Afrocentric apparel failed to acknowledge the word "migrant" at an event supporting those being persecuted in Catalonia..."
Thai Historian Could Face 15 Years in Prison for ‘Insulting’ a 16th-Century King
"The military regime just wants to persecute me. They can do anything. So I achieve equanimity. I’m detached. In fact I pity them. I pity those who have power."
Why Is the US Celebrating an Iranian Socialist Wrestler?
"Takhti represented...a tradition, a universe of values with deep and ancient roots and in intense contradiction with the status quo."''',
    quotes=[
        Q('"There are many ways', 'way to do that."', None),
        Q('"There were eight of us', 'river nearby."', None),
        Q('"I was surprised', 'in Catalonia..."', None),
        Q('‘Insulting’', None, None),
        Q('"The military regime', 'who have power."', None),
        Q('"Takhti represented', 'the status quo."', None),
    ],
),
dict(
    id="gv-en-stories-2017-08",
    source="https://globalvoices.org/2017/08/",
    license=GV, retrieved=PAGES + " (list page of story titles and teasers; the last entry, on an Indian transgender couple, whose teaser is cut in the stored copy, dropped)",
    text='''Stories from August, 2017
Okinawans Protesting US Military Base Asked If They ‘Understand Japanese’
"Okinawa has historically been discriminated against because of its dialect and has suffered under American occupation. It's hard to forgive such language."
Is Cameroonian Journalist Ahmed Abba’s Imprisonment Because of Security, or Is It an Attack on the Press?
"This is an attack on the press. It's as if they want to criminalize journalism as an occupation in Cameroon. All they're accusing Ahmed Abba of is being a professional."
India’s Latest Internet Shutdown Hits Haryana and Punjab
According to the New Delhi-based Software Freedom Law Centre, India has seen 106 internet shutdowns since 2012.
Amid a Teacher Strike, a Powerful Image Shakes Up Peruvian Social Media
"The single gesture of caressing this petite lady on the face makes him –magically– a tender giant".
From Afro-Spanish Identity to De-colonial Studies in Anthropology
"Today I want to believe that we are in a different phase, with greater empowerment, visibility, and recognition of African descended populations, although there is still a lot of ignorance."
Netizen Report: Vietnam Targets ‘Illegal Cyber Information’ — and Political Speech
Global Voices Advocacy's Netizen Report offers an international snapshot of challenges, victories, and emerging trends in internet rights around the world.
‘Massacre’ of Suspected Gang Members Has Mozambicans Asking: What's the Role of Police?
Police maintained their intention was "to neutralize" the men, who died in a shootout. Some Mozambicans were quick to say police shouldn't be in the business of killing people.
India’s Supreme Court Says Privacy Is a Fundamental Right. How Did This Happen?
A series of citizen petitions attempting to challenge the implementation of India's Aadhaar biometric ID system preceded the historic court decision.''',
    quotes=[
        Q('‘Understand Japanese’', None, None),
        Q('"Okinawa has historically', 'such language."', None),
        Q('"This is an attack on the press.', 'being a professional."', None),
        Q('"The single gesture', 'tender giant"', None),
        Q('"Today I want to believe', 'lot of ignorance."', None),
        Q('‘Illegal Cyber Information’', None, None),
        Q('‘Massacre’', None, None),
        Q('"to neutralize"', None, "Police"),
    ],
),
dict(
    id="gv-en-stories-2018-04-page3",
    source="https://globalvoices.org/page/3/?m=201804",
    license=GV, retrieved=PAGES + " (list page of story titles and teasers; the last entry, on Brazil's black population, whose teaser is cut in the stored copy, dropped; the mismatched marks of 'Blogger Tax' kept)",
    text='''Stories from April, 2018
Netizen Report: Around the World, Activists Demand Answers From Facebook
The Advox Netizen Report offers an international snapshot of challenges, victories, and emerging trends in Internet rights around the world.
PHOTOS: Celebration as High Court Deems Trinidad & Tobago ‘Buggery’ Law ‘Unconstitutional’
"In the end, whether or not the court's ruling managed to change anyone's mind, LBGT+ and religious activists stood side by side on the steps of the Hall of Justice..."
Will Tanzanian Bloggers Pay Up or Push Back Against ‘Blogger Tax'?
In Tanzania, where media historically holds strong ties to government interests, blogging opened up possibilities for individuals to establish private news outlets that proved immensely powerful.
#KnowYourDictator: Political Emigres and Their Hashtags Haunt Azerbaijan's Re-elected Strongman
Having largely suffocated opposition at home, newly-elected President Ilham Aliyev is finding ways to hurt activists living abroad.
Forced Onto Live TV With Her Employer, a Migrant Domestic Worker in Lebanon Recants Claims of Abuse
One group for migrant domestic workers demanded after the episode that Lensa be removed from her employer’s house "to a place where she is no longer in fear of retribution."
#GirlsOnBikes: Women Ride Bicycles To Reclaim Public Spaces in Pakistan
"We wish to encourage each other to participate in this collective movement to assert our right to navigate public spaces on our own terms."
New Sexual Harassment Accusations Against Professor Jorge I. Domínguez Spark Heated Online Debate
"...it seems incredible that, at this point, our testimony is still put into question."
Ugandan Government Plans to Tax Social Media Users for Too Much Gossip
"Uganda wants to profit where it did not invest. Social media owners gave it out for free and you wanna tax it?"''',
    quotes=[
        Q('‘Buggery’', None, None),
        Q('‘Unconstitutional’', None, "High Court"),
        Q('"In the end, whether', 'Hall of Justice..."', None),
        Q("‘Blogger Tax'", None, None),
        Q('"to a place where', 'of retribution."', None),
        Q('"We wish to encourage', 'our own terms."', None),
        Q('"...it seems incredible', 'into question."', None),
        Q('"Uganda wants to profit', 'tax it?"', None),
    ],
),
dict(
    id="gv-en-politics-2019-03",
    source="https://globalvoices.org/-/topics/politics/?m=201903",
    license=GV, retrieved=PAGES + " (list page of story titles and teasers; the last entry, on talks with the Taliban, whose teaser is cut in the stored copy, dropped)",
    text='''Stories about Politics from March, 2019
Is the Haitian parliament's revocation of Prime Minister Céant another feat of zero-sum game politics?
The no-confidence vote and resulting reshuffle are impacting the government's capacity to provide a timely and effective response to Haiti's socio-economic crisis.
What changed for the Macedonian people after the country changed its name to Republic of North Macedonia
However, that didn't just transform the Balkan country's international relations: it also introduced many changes that affect the everyday lives of its people.
India's elections are right around the corner — and the fake news problem is not going away
Experts have found that many of India's most insidious disinformation campaigns arise from political parties themselves.
Facebook comment about throwing an egg at Singapore minister triggers police probe
"To be honest, I don't feel much regret. I feel it's a matter of freedom of speech, and that we have a right to voice such opinions."
The Slovakian memes that tore apart the first round of presidential elections
Pro-EU candidate Zuzana Čaputová won the first round following an eventful race that was wittily captured by the Slovakian internet on memes.
With elections just days away, Ukraine faces disinformation, cyber attacks and further Russian interference
Ukraine may be home to “the most globally advanced case of computational propaganda.” How will this affect the presidential election?
China’s press freedom crackdown poses a threat to democracies, says media watchdog
“If democracies do not resist, ‘Chinese-style’ propaganda will gradually invade the world’s media, competing with journalism as we know it.”
Censored on WeChat: #MeToo in China
The term “rice bunny”, which sounds similar to “me too” when spoken in Chinese, was used as a replacement hashtag to get around the censors.''',
    quotes=[
        Q('"To be honest', 'such opinions."', None),
        Q('“the most globally advanced', 'computational propaganda.”', None),
        Q('“If democracies do not resist', 'as we know it.”', None),
        Q('“rice bunny”', None, None),
        Q('“me too”', None, None),
    ],
),
dict(
    id="gv-en-best-stories-2015",
    source="https://globalvoices.org/2015/12/30/the-best-stories-of-2015-handpicked-by-the-global-voices-community/",
    license=GV, retrieved=PAGES + " (the photo caption, printed twice, dropped; the second story's heading and its paragraph, cut in the stored copy, dropped; Suzanne Lehn's block quotation, printed without marks, kept as a paragraph and not annotated)",
    text='''The Best Stories of 2015, Handpicked by the Global Voices Community
This story was compiled and edited by L. Finch and the Global Voices community.
With the end of 2015 approaching, our social media news feeds are awash with lists counting down the best of the year gone by. But how do you measure what's “best”? By how many clicks a story received? By how many likes it got on Facebook?
As Global Voices is a community-driven newsroom, we thought we'd go to the source and ask our editors, authors and translators from around the world which stories published on our site in 2015 were their favorites. What follows is a year-end review of our best stories, as chosen by our hard-working contributors.
1. Kabul Taxi Is Blocked on Facebook. Long Live Kabul Taxi!
For Suzanne Lehn, co-editor of Global Voices’ Lingua project in French, the story Kabul Taxi Is Blocked on Facebook. Long Live Kabul Taxi! by Najiba Madadi was “by far my favorite.” It profiled the late great Kabul Taxi page on Facebook, run by an anonymous author who detailed his imaginary experiences ferrying high-profile passengers in his fictional cab. Their political discussions, while fanciful, touched on very real issues plaguing the country—that is, until Facebook blocked the page following a complaint from the president’s national security adviser.
Suzanne said about the story:
It sheds an unusual light on daily life in Afghanistan which is not only about war and encroaching extremism as we may imagine from what we read or watch in mainstream media. It has humor both in the facts described and the storytelling. The way those people react is universal, we can identify with them.''',
    quotes=[
        Q('“best”', None, None),
        Q('“by far my favorite.”', None, "Suzanne Lehn"),
    ],
    aliases={"Suzanne Lehn": ["Suzanne"]},
),
dict(
    id="gv-en-look-back-2014",
    source="https://globalvoices.org/2014/12/31/take-a-look-back-at-global-voices-headlines-from-2014/",
    license=GV, retrieved=PAGES + " (the photo caption with its credit, printed twice, dropped; the stored copy ends after the paragraph on Iranian women, later paragraphs not stored; the same text is stored under globalvoicesonline.org)",
    text='''Take a Look Back at Global Voices’ Headlines From 2014
The 64-year-old leader of the Guajajara tribe in Brazil spends 26 hours in a tree protesting the eviction of activists from a former indigenous museum.
A Nepalese girl becomes more popular than Messi in her hometown for her skills on the football pitch.
Citizen journalists in Algeria expose police brutality against Ibāḍī minority protesters demanding better life conditions.
Like years past, 2014 had moments of happiness and heartache, strength and sadness, and everything in between. Global Voices’ community of authors and editors from around the world worked hard to cover these and other important stories missed or misreported by mainstream media. Before we turn the page on 2014, let's take a look at a selection of highlights from this year's coverage.
Social media stories
Our special coverage “Dispatches From Syria: Marcell Shehwaro on Life in Aleppo” gave readers a personal glimpse of life in the heart of Syria's armed conflict, as told by blogger and activist Marcell Shehwaro.
As Israel dropped bombs on residential neighborhoods and hospitals during its deadly offensive against Gaza over the summer, doctors tweeted the tragedy witnessed in the Strip's emergency rooms.
20-year-old Dalia al-Najjar blogged about life and death in Gaza: “I decided to devote my life to telling the story of our suffering because I felt that having survived I owe something to the martyrs.”
In Iran, women have stealthily but publicly taken off the hijab, which is mandatory in the country, and uploaded photos of themselves to Facebook and Twitter.''',
    quotes=[
        Q('“Dispatches From Syria', 'Life in Aleppo”', None),
        Q('“I decided to devote', 'to the martyrs.”', "Dalia al-Najjar"),
    ],
),
]
