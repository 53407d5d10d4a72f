# Held-out English Wikinews texts (tests/data/heldout42-en.jsonl), none of them used in an earlier set.
# Three texts come from the AMALGUM corpus copy (github.com/gucorpling/amalgum): `nam` and `atr` of
# amalgum_extra/news/xml and `benn` of amalgum/news/xml, files no earlier set used, detokenized by hand like
# heldout39_pages.py (every word and mark as in the copy, only spacing restored). Six texts are stored web pages
# (the `pages` search corpus) of Audio Wikinews news-brief transcripts: five on en.wikinews.org / en.m.wikinews.org
# and one (News briefs: April 14, 2010) on a site that reprints Wikinews pages (sanhesw.com), whose copy is the
# only stored one. The stored page copies are cut after about 2,000 characters: only complete paragraphs are kept
# and the cut paragraph is dropped (noted in `retrieved`); page headers, audio-player lines, "About"/RSS blurbs,
# navigation and closing lines are dropped; wording, spelling and quotation marks are as stored. License of the
# texts: Wikinews, CC BY 2.5 (attribution: the Wikinews contributors of each page, URL as listed). Annotated by
# reading the texts, before whosaid was run on them (rules H207-H211 in ANNOTATION.md on top of H1-H206).
WN = "CC BY 2.5 (Wikinews)"
AMG = "AMALGUM corpus copy (gucorpling/amalgum {}.xml), detokenized by hand; captions dropped"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout42-en.jsonl

Built by `build.py` from `heldout42_pages.py`. Like heldout14-en, heldout15-en, heldout16-en, heldout28-en and
heldout39-en, these texts are English Wikinews texts (CC BY 2.5; attribution: the Wikinews contributors of each
page), none of them used in a set above: three from the AMALGUM corpus copy (`amalgum_extra/news/xml/AMALGUM_news_nam.xml`,
`amalgum_extra/news/xml/AMALGUM_news_atr.xml`, `amalgum/news/xml/AMALGUM_news_benn.xml`; files no earlier set used,
detokenized by hand as before) and six stored web pages (the `pages` search corpus) of Audio Wikinews news-brief
transcripts (2006, 2007, 2009, 2010), five on en.wikinews.org or en.m.wikinews.org and one (News briefs: April 14,
2010) on a site that reprints Wikinews pages, the only stored copy of that transcript. The stored page copies
are cut after about 2,000 characters; only complete paragraphs are kept (the cut paragraph is dropped and
noted per page); page headers, audio-player lines, "About"/RSS blurbs and navigation were dropped; captions and
a pull-quote box of the AMALGUM texts were dropped; wording and quotation marks are as stored. None of these
texts is used in any set above (checked by URL, by title, by the names of their speakers and by 8-word overlap
with every existing text: no shared 8-word sequence). Skipped: AMALGUM files whose text is already in a set
above (`afghan` = the Afghan robotics team, used through GUM; `malaysia` and `debris` = the Maldives debris of
MH370, an 8-word overlap with heldout5-en), files with fewer than two quotations (`ravens`, `argentina`,
`arrivederci`, `aussie`, `barca`, `bayern`, `borussia`, `bangladesh`, `barlow`, `asiana`, `austria`,
`metre`, `detailed`), interviews in question-and-answer form (`kristian`, `marta`, `ron`, `alberto`, `bor`), and
brief transcripts whose only quotations fall in the paragraph cut by the stored copy (Audio Wikinews brief of
21 October 2008) or that keep a single quotation (briefs of 8 September 2005 and 5 January 2007). The annotation
(rules H207–H211 in `ANNOTATION.md` on top of H1–H206) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2017-10-kim-jong-nam-pathologist-testifies",
    source="https://en.wikinews.org/wiki/In_Malaysia%27s_high_court%2C_pathologist_testifies_Kim_Jong_Nam_was_killed_by_weapon_of_mass_destruction",
    license=WN, retrieved=AMG.format("amalgum_extra/news/xml/AMALGUM_news_nam") + " (one photo caption dropped; the copy has lost the opening marks of Norashikin's two quotations: only the two closing marks after 'move.' and 'agents,' are in the text, kept as they are (H210))",
    text='''In Malaysia's high court, pathologist testifies Kim Jong Nam was killed by weapon of mass destruction
Saturday, October 7, 2017
On Wednesday, pathologist Mohd Shah Mahmood testified before Malaysia's high court in the trial of Siti Aisyah and Doan Thi Huong, who stand accused of killing Kim Jong Nam, the estranged half-brother of North Korean leader Kim Jong Un. Mohd Shah, an employee of the Malaysian government, testified that VX nerve agent, by international treaty a weapon of mass destruction, caused Kim's death, and Judge Azmi Ariffin officially admitted tissue and fluid samples as evidence. Both Aisyah and Huong are subject to the death penalty if convicted of killing Kim.
The samples were sealed in plastic when presented at court, but the judge and lawyers for both the prosecution and defense nonetheless wore protective gloves and masks to examine them. Both the North Korean government and Aisyah's lawyer have said the victim may have died of a heart attack or some cause other than VX nerve agent.
Mohd Shah based his conclusion on VX nerve agent in Kim's system and on the timing of Kim's death: he expired on the way to a hospital, less than two hours after encountering Aisyah and Huong. He also testified Kim Jong Nam had six different medications in his system, one a common Viagra heart-condition treatment, but no indications of a heart attack when he examined Kim's body. He also said neither this nor the other medicines Kim was taking would have killed him quickly.
Aisyah's lawyer, Gooi Soon Seng, argued the autopsy reports indicate only that Kim was killed by chemical poisoning, not necessarily by VX nerve agent, and Mohd Shah admitted under cross-examination he does not have much experience with VX and other nerve agents.
Siti Aisyah, 25, and Doan Thi Huong, age given as 28 or 29, pled not guilty of murdering Kim Jong Nam on Monday, though they do not contest they met him. Both were represented by lawyers hired by their home countries' respective governments. Both women are on video approaching Kim in Kuala Lumpur International Airport where one of them sprayed him with liquid, but they both claimed they had been hired to spray travelers with a harmless substance as part of a prank TV show. Aisyah's lawyer, Gooi Soon Seng, told the press his client had already performed the prank several times, always with oil or pepper. According to the police, the two men who hired Huong and Aisyah were Hong Song Hac and Ri Ji U, North Koreans who avoided questioning by, respectively, fleeing Malaysia and remaining within the North Korean embassy.
Huong's lawyer, Hisyam Teh Poh Teik, said after a prosecution phase of probably about two months, at the Judge's discretion the defense would proceed. Proceedings earlier this week included testimony from an airport employee, a police officer who spoke to the dying Kim, and pathologists who examined samples from Kim, Huong and Aisyah. Dr. Norashikin Othman of Hospital Kuala Lumpur testified Kim Jong Nam's blood, liver and other tissues appeared to have been depleted of cholinesterase, an enzyme we need to move." The low cholinesterase level in Kim Chol could be caused by exposure to poisons such as insecticide or nerve agents," he said, and that Huong and Aisyah both had normal levels of cholinesterase. He said the two women could have protected themselves by washing their hands, which both women did that day, or by taking antidote.
Gooi Soon Seng told the press the prosecution had not disclosed this information to the defense before Norashikin's testimony: "This piece of evidence was never served to us".
South Korean intelligence has maintained this was part of a plan on the part of Kim Jong Un or his government to assassinate Kim Jong Nam, who had once been his father Kim Jong Il's heir apparent. They had a falling out in 2001 and Kim Jong Nam had been living quietly with his family in Macao.
The events surrounding Kim's death have included diplomatic troubles between the formerly friendly North Korea and Malaysia, a hostage exchange, ambassador expulsions, and a break-in at the mortuary that housed Kim's remains.
Earlier statements from Malaysia's health ministry asserted Kim died within twenty minutes of his encounter at the airport, but testimony given this week differed from this.''',
    quotes=[
        Q('" The low cholinesterase', 'or nerve agents,"', "Norashikin Othman"),
        Q('"This piece of evidence', 'never served to us"', "Gooi Soon Seng"),
    ],
    aliases={"Norashikin Othman": ["Dr. Norashikin Othman", "Norashikin"]},
),
dict(
    id="wn-en-2016-12-pia-sacrifices-goat-resumes-atr-flights",
    source="https://en.wikinews.org/wiki/Pakistan_International_Airlines_sacrifices_goat%2C_resumes_ATR_flights",
    license=WN, retrieved=AMG.format("amalgum_extra/news/xml/AMALGUM_news_atr") + " (two photo captions, the pull-quote box repeating Haseena Gul's second sentence in bold without marks with its line '— Teen who lost her family to the disaster', and the closing 'Sister link' list dropped; 'ATR-72 s.' of the copy restored as 'ATR-72s.'; the copy's 'for for' and 'from from' kept)",
    text='''Pakistan International Airlines sacrifices goat, resumes ATR flights
Wednesday, December 21, 2016
Images of Pakistan International Airlines sacrificing a goat went viral on Monday as the beleaguered state-run airline resumed ATR flights. All ten ATRs in its fleet were grounded last week in the aftermath of a crash near Havelian earlier this month.
PIA ground staff ritually slaughtered the black goat beside an ATR-42, the same type of aircraft lost in the disaster. The move is thought to ward off bad luck in Pakistan. The ATR-42 was the company's first ATR back in service following the crash. PIA said on December 15 they had chartered a Lockheed C-130 Hercules from the air force to resume cancelled services.
PIA Flight 661, an ATR-42 just under ten years old, crashed into mountainous terrain in the Abbottabad region of Khyber Pakhtunkhwa two weeks ago. The crash killed all 47 on board and left burning wreckage strewn for several kilometres.
PIA still operate five ATR-42s and five ATR-72s. The Civil Aviation Authority (CAA) announced inspections on December 11. The airline expected disruption to flights to smaller airports. Flight 661 was heading to Islamabad, having taken off from Chitral on a domestic flight. The plane reported engine trouble and lost control before the crash.
PIA sacrificed the goat at Islamabad's Benazir Bhutto International Airport, ahead of a successful test flight to Multan. PIA stated ground staff acted on their own volition and were not influenced by managers.
Another PIA ATR experienced troubles ahead of takeoff on December 11 and aborted the flight. The airline denied local media claims an engine caught fire. Pakistani media has claimed Flight 661 was operating with some known technical faults. The Aviation Herald reports receiving information to the contrary, and the airline also denies this.
The CAA has left decisions on returning aircraft to service at the discretion of PIA and ATR. A CAA letter to PIA expressed concern over engine failures at the airline, and accused PIA of "shortcomings in maintenance [and] quality assurance."
The latest crash is the tenth time a PIA aircraft has been written off since 2000. Only one other such accident was fatal, the loss of PIA Flight 688 in 2006. Flight 668, a Fokker F-27, crashed on takeoff. The disaster killed 45. That accident also involved an engine failure and a loss of control.
The ATR-42 can carry up to 48 passengers. It is a twin-engine turboprop capable of using unpaved runways. PIA said the C-130 would be used for flights to Gilgit. With one ATR-42 declared airworthy as of December 15 PIA also said flights to Chitral could be expected to resume soon. A flight on December 15 using the C-130 was postponed by one day.
Chairman Azam Saigol quit on December 12 for what he said were personal reasons. He had been drafted in to replace Nasser Jaffer following controversy generated when crews staged strikes to protest planned privatisation. The airline loses around 12-to-15 billion rupees annually, with taxpayers making up the shortfall.
Saigol has been on PIA's board since 2013. The company said it needed a chair since changing organisational structure under provisions in the Companies Ordinance of 1984. He became chairman in May and is a prominent industrialist nationally, heading up major organisations. Saigol had been working for free, PIA said on December 12 ahead of his resignation.
The government has offered his job to several candidates, all of whom have turned it down.
Another issue for the airline comes in the form of a recently-submitted notice in the Senate. Filed by the People's Party of Pakistan, it describes an 'illegal' sale of a PIA Airbus A-310 to a German firm. Senator Saleem Mandviwalla said the jet had a valid certificate of airworthiness and originally went to Malta to be used in a film.
Mandviwalla said the plane ended up in the hands of a German museum and was sold without the PIA board's consent. Federal Minister Muhammad Zubair said the aircraft was sold for for 290,000 euros despite being worth millions. Mandviwalla has called for a criminal investigation.
In the continuing Safety Investigation Board's investigation into Flight 661's crash, a team of French and Canadian experts from ATR reached Islamabad on December 12 and took forensic samples from the wreck site. The team, assisting the safety board, was also there to plan wreckage removal.
The crash site is remote, with conventional vehicular access ending several kilometres away. Rescuers had to walk the remainder.
PIA state the aircraft was maintained in accordance with the manufacturer's instructions, including engine changes. The airline also say the crashed plane's engines were inspected, as standard, ahead of its final flight. An airline spokesperson asked journalists to refrain from speculating on the accident's cause.
Bodies have been identified using DNA analysis, with at least sixteen returned to families. Identification was undertaken by the Pakistan Institute of Medical Sciences (PIMS).
The dead included six members of the same family, leaving behind a fourteen-year-old girl. Haseena Gul is entitled to tens of millions of rupees (equivalent to hundreds of thousands of euros) in compensation and numerous people have come forward claiming to be her relatives; she had remained with a friend in Chitral to study while her family travelled to Islamabad.
Gul is currently receiving treatment from PIMS for psychological problems. "They will not let me study in Chitral," she appealed to the government. "Please have me shifted to Islamabad where I can study and fulfil my parents' dream."
Also on board was Junaid Jamshed, a celebrated popstar who abandoned music in favour of preaching after joining Tableeghi Jamaat. Jamshed ran a nationally successful fashion business. His wife joined him on the flight. Other passengers included Osama Warraich, who was a senior civil servant in Chitral, and two infants.
On Monday, Flight 898 to Kuala Lumpur diverted to Karachi. A replacement aircraft reached its destination over four hours late. PIA denied media claims the original plane suffered bursts in its hydraulics, but did not clarify what had happened. Also on Monday Flight 764 from from Jeddah to Faisalabad arrived ten hours late. All 130 passengers had their luggage left behind; PIA said it could take up to two days before they were reunited with their belongings.''',
    quotes=[
        Q('"shortcomings in maintenance', 'quality assurance."', "Civil Aviation Authority"),
        Q("'illegal'", None, "People's Party of Pakistan"),
        Q('"They will not let me', 'study in Chitral,"', "Haseena Gul"),
        Q('"Please have me shifted', "my parents' dream.\"", "Haseena Gul"),
    ],
    aliases={"Civil Aviation Authority": ["CAA"], "Haseena Gul": ["Gul"]},
),
dict(
    id="wn-en-2007-08-wikinews-interviews-tony-benn",
    source="https://en.wikinews.org/wiki/Wikinews_interviews%3A_Tony_Benn_on_U.K._politics",
    license=WN, retrieved=AMG.format("amalgum/news/xml/AMALGUM_news_benn") + " (the headline's two parts joined on one line; the photo caption ('Tony Benn', credit Josh Benn) dropped; the bold pull-quote box repeating '... when Mrs. Thatcher was asked her greatest achievement, she said \"New Labour\".' dropped; Benn's answers, printed in italics without quotation marks, kept as paragraphs; the question's closing mark, tokenized as a fragment of its own, attached to it)",
    text='''Wikinews interviews: Tony Benn on U.K. politics
Sunday, August 12, 2007
Tony Benn, at 82 is a still an active political figure, attending rallies and giving speeches. During the 1970s he served under James Callaghan as Energy Secretary, having earlier held the position of Secretary of State for Industry under Harold Wilson.
After a number of attempts to contact Mr Benn via email, he forwarded a telephone number for the purpose of doing an interview. Following a brief discussion to explain who or what Wikinews is, and its relation with Wikipedia, Wikinews reporter Brian McNeil started putting the questions. Mr Benn speaks at length on a variety of topics, this is the first article from this extended interview covering his views on New Labour and U.K. politics.
Contrasting the situation between Tony Benn's time in government and the Tony Blair years Wikinews asked "In the last 12 years the Labour party had one leadership election which was ... ceremonial. In 76-88 they had three, two that you stood in. Which do you think is better? Regular, or a 'strong man' leader that isn't challenged?"
I think in 1997 any Labour leader would've won the election because the people wanted a change but what made 1997 different was that the British establishment didn't want a change, they wanted Mrs. Thatcher's policies to be continued and Blair gave an assurance that he would, in economic terms, follow her lead. He said, New Labour is a new political party and when Mrs. Thatcher was asked her greatest achievement, she said "New Labour". Therefore, the Labour victories in 97 [...] Blair victories have not really been Labour victories, they've been victories for a party that based so much of its polices on the Thatcher inheritance. And that's why I'm not a member of New Labour.
Wikinews asked about Tony Benn's opinion of Gordon Brown, the United Kingdom's new Prime Minister.
Gordon Brown's roots are in the Labour movement, which Blair's were not. He understands the history of Labour movement, he is very much committed to market forces and globalisation but he's a son of the manse and he's entitled to a honeymoon and I think his early start has been very interesting. He's distanced himself discreetly from President Bush. When he went to see Bush, Bush praised him and he praised the United States of America, which is an important thing and he choose to make his big speech at the United Nations about Darfur and now the paper today, I don't know if that is true, suggest that British troops will be withdrawn from Iraq soon, I hope that is true. He's also made one or two very interesting constitutional proposals which would give greater power to parliament rather than be a presidential system and [...] also he's made a request today for the return of all the British residents who've been detained in Guantanamo Bay. So my instinct is to give him a good start and the main thing is - Blair has gone - and I must admit, that is such a development, such an important development that my inclination is to try and give Gordon Brown an opportunity.
Wikinews asked if Tony Benn believed the U.K. should withdraw from Iraq.
Oh yes. Well according to the papers today, it looks as if Brown may be planning to do that on the basis of the military advice he has received from the British general. But that's, I hope that's true, but it isn't confirmed.
Well I think the contribution that Blair made to Bush was to pretend, help him to pretend that this was an international force, a coalition of the willing, where as if Britain refused to go in it would have been seen as a Vietnam and I think to that extent, Blair gave Bush what he wanted. Bush didn't get, want ... or need British troops, but he wanted British political support and he got it. And I think that political support is ending.''',
    quotes=[
        Q('"In the last 12 years', "that isn't challenged?\"", "Wikinews"),
        Q('"New Labour"', None, "Thatcher"),
    ],
    aliases={"Thatcher": ["Mrs. Thatcher"]},
),
dict(
    id="wn-en-2009-06-23-audio-news-brief",
    source="https://en.m.wikinews.org/wiki/Category:June_23,_2009",
    license=WN, retrieved=PAGES + " (the page heading 'Category:June 23, 2009', the review notice, the audio-player lines (Audio Wikinews, 'Audio Wikinews News Brief for June 23, 2009', 'Recorded by: James_Pain', 'Problems listening to the file? See media help.'), the 'About' heading with its description and RSS lines and the 'Intro' heading dropped; the paragraph 'At least nine people have been reported killed ...', cut in the stored copy, dropped)",
    text='''News briefs
Tuesday, June 23, 2009
News Brief Transcript for June 23, 2009
From Wikinews, the free news source, this is the Audio Wikinews Brief for Tuesday, June 23, 2009. I'm James Pain, and here are today's current stories.
The President of France Nicolas Sarkozy Monday, in a speech to a joint session of both houses of the Parliament of France, stated that the burqa "will not be welcome on the territory of the French Republic". In the speech, Sarkozy said that "We cannot accept, in our country, women imprisoned behind a mesh, cut off from society, deprived of all identity. That is not the French Republic's idea of women's dignity." He stated that the burqa "is not a sign of religion, it is a sign of subservience." France is home to Western Europe's largest Islamic community, with some five million Muslims living there.
Tensions have started to rise again between the United States and North Korea. North Korea claims that the United States have planned to start an atomic war against them due to Obama recently reaffirming the nuclear protection of South Korea. Singapore has stated that if the Korean flagship the Kang Nam is carrying a weapon that is in violation of the United Nations sanctions it would take immediate action. According to a senior member of the United States military, the USS John McCain is ready to intercept the Kang Nam but have no plans to do so.''',
    quotes=[
        Q('"will not be welcome', 'the French Republic"', "Nicolas Sarkozy"),
        Q('"We cannot accept', "of women's dignity.\"", "Nicolas Sarkozy"),
        Q('"is not a sign of religion', 'sign of subservience."', "Nicolas Sarkozy"),
    ],
    aliases={"Nicolas Sarkozy": ["The President of France Nicolas Sarkozy", "Sarkozy"]},
),
dict(
    id="wn-en-2006-05-09-audio-news-briefs",
    source="https://en.wikinews.org/wiki/Category:May_9,_2006",
    license=WN, retrieved=PAGES + " (the page heading 'Category:May 9, 2006' and the lines 'From Wikinews, the free news source you can write!' and 'Jump to navigation Jump to search' dropped; the paragraph 'The two miners who had been trapped ...', cut in the stored copy, dropped)",
    text='''News briefs
The time is 13:30 (UTC) on May 9th, 2006, and this is Audio Wikinews News Briefs.
United States
President George W Bush has announced US emergency food shipments to Darfur, a province of Sudan. He has asked Congress to approve $225m in aid. Sudan and the biggest rebel group signed a peace deal last Friday to end the three year old civil war, claiming more than 200,000 lives. Condoleezza Rice, US secretary of state will address the UN Security Council to help speed up the deployment of UN peacekeepers to the Darfur region.
United Kingdom
Newly appointed British Foreign Secretary, Margaret Beckett, today confirmed that there are no plans for military action in Iran. Beckett has been speaking at a meeting in New York to discuss international policy concerning Iran with her counterparts from France, Germany, Russia, China and the US. Speaking on BBC Radio she said, "it's not anybody's intention to take the course of military action". Beckett refused, however, to rule out action as 'inconceivable' in the way that her predecessor Jack Straw had.
The Australian Budget (Appropriation Bill No. 1) for 2006-2007 was released by the Australian Liberal Party-Australian National Party coalition government treasurer, Peter Costello (Division of Higgins, Liberal). Costello noted the resilience of the economy against natural disasters and terrorism, and through "disciplined and prudent management" the Government was able to "repay Labor's debt" of quoted 96 billion dollars of net debt and the Government was now "debt-free". Costello noted that the Government budget was in "surplus for the ninth time" with a forecast surplus of 10.8 billion.''',
    quotes=[
        Q('"it\'s not anybody\'s intention', 'of military action"', "Margaret Beckett"),
        Q("'inconceivable'", None, "Jack Straw"),
        Q('"disciplined and prudent management"', None, "Peter Costello"),
        Q('"repay Labor\'s debt"', None, "Peter Costello"),
        Q('"debt-free"', None, "Peter Costello"),
        Q('"surplus for the ninth time"', None, "Peter Costello"),
    ],
    aliases={"Margaret Beckett": ["Beckett", "British Foreign Secretary"], "Peter Costello": ["Costello"]},
),
dict(
    id="wn-en-2006-04-12-audio-newsbriefs",
    source="https://en.wikinews.org/wiki/Wikinews:Briefs/April_12,_2006",
    license=WN, retrieved=PAGES + " (the page heading 'Wikinews:Briefs/April 12, 2006' and the line 'Appearance' dropped; the list dash before each story paragraph dropped; the 'Closing Comments' heading and its paragraph 'We invite you ...', cut in the stored copy, dropped; the mismatched marks of \"wild speculation” kept as stored)",
    text='''Audio Wikinews Transcript, 2006-04-12 0915 UTC
Hello and welcome to Audio Wikinews Newsbriefs, at 0915 UTC, April 12, 2006.
Headlines
Former Iranian president Rafsanjani states Iran is enriching uranium
Iranian President Mahmoud Ahmadinejad confirmed on Tuesday that the country has successfully enriched uranium from 164 of their centrifuges. On Wednesday, Mohamed ElBaradei, the President of the International Atomic Energy Agency, will visit Iran to review the progression, if any, to Iran's nuclear program and will release a report at the end of April. The United States said that Iran is "moving in the wrong direction" in regards to its nuclear program and that if it continues its program, it will discuss the possibility of taking steps with the United Nations.
Straw and Bush respond to Iran situation
Meanwhile, George W. Bush and the United Kingdom's Foreign Secretary Jack Straw have both dismissed the nuclear 'first-strike' plan reported in the New Yorker magazine on Saturday. According to the New Yorker story, written by Seymour M. Hersh, American military and intelligence officials were making plans for a massive nuclear strike on Iran in order to stop the country developing nuclear weapons. Bush has described the plan as "wild speculation” in a speech delivered at John Hopkins University in Washington DC.
Australia's deputy PM faces Iraqi kickback inquiry
Yesterday, Australia's Deputy Prime Minister, Mark Vaile, appeared before the Cole Inquiry into kickbacks paid to Saddam Hussein's Iraqi regime. It is the first time in over a decade that a senior government official has been called to give evidence before a royal commission in Australia. The inquiry heard that Mr Vaile could not recall being told any specific details of the allegations made against the wheat exporter AWB before 2003. Mr Vaile has been Australia's trade minister since 2000 and the deputy prime minister since 2005.''',
    quotes=[
        Q('"moving in the wrong direction"', None, "United States"),
        Q("'first-strike'", None, None),
        Q('"wild speculation”', None, "George W. Bush"),
    ],
    aliases={"George W. Bush": ["Bush"]},
),
dict(
    id="wn-en-2010-04-14-news-briefs-yushu-earthquake",
    source="http://sanhesw.com/2020/07/page/3",
    license=WN, retrieved=PAGES + " (reprint of the Wikinews page 'News briefs:April 14, 2010' on a site that reprints Wikinews pages, the only stored copy; the lines 'Archives July 2020', the credits block 'Wikinews Audio Briefs Credits / Produced By / Recorded By / Written By / Listen To This Brief' and 'Problems? See our media guide.' dropped; the paragraph 'Toyota is to suspend sales ...', cut in the stored copy, dropped)",
    text='''News briefs:April 14, 2010
From Wikinews, the free news source, this is the audio Wikinews brief for Wednesday, April 14th, 2010. I’m Dan Harlow and here are today’s top stories:
At least 400 people have been killed and a further 10,000 injured after a magnitude 6.9 earthquake and its aftershocks struck the remote and mountainous Yushu county in the south of Qinghai province in western China.
The USGS has reported that the tremors started at 07.49 local time and that the epicenter was located 240 kilometers north-northwest of Qamdo, Xizang at a depth of ten kilometers. However the China Earthquake Networks Centers estimations conflicted with the USGS statistics, putting the earthquake’s magnitude at 7.1.
The head of news for the Yushu county television station, who was a witness to the quake, spoke to the state broadcaster CCTV about the incident, saying “In a flash, the houses went down. It was a terrible earthquake. In a small park, there is a Buddhist tower and the top of the tower fell off.”
An official commented that around 85% of the buildings in the town of Jiegu, located close to the quake’s epicentre, were destroyed, and local official, Huang Limin was quoted by the Chinese Xinhua news service as saying: “Soldiers have been dispatched to save the people buried in the collapsed houses.” Authorities have ordered supplies to be moved to the area, but Yushu is hundreds of miles away from any airport, according to the BBC.
The plateau where the earthquake hit is frequently visited by tremors; though casualties are rare due to its remoteness and small population. However, in May of 2008 an 8.0 magnitude earthquake struck near the Sichuan foothills, killing an estimated 80,000 people.''',
    quotes=[
        Q('“In a flash', 'the tower fell off.”', None),
        Q('“Soldiers have been dispatched', 'the collapsed houses.”', "Huang Limin"),
    ],
    aliases={},
),
dict(
    id="wn-en-2006-05-08-audio-news-briefs",
    source="https://en.wikinews.org/wiki/Wikinews:Briefs/May_8,_2006",
    license=WN, retrieved=PAGES + " (the lines 'Jump to content' and 'From Wikinews, the free news source you can write!' dropped; the 'Thailand' heading and its paragraph 'Thailand's Constitutional Court has ruled ...', cut in the stored copy, dropped)",
    text='''Wikinews:Briefs/May 8, 2006
The time is 17:30 (UTC) on May 8th, 2006, and this is Audio Wikinews News Briefs.
Headlines
United States
United States Air Force General Michael Hayden has been nominated as the new director of the CIA. "The men and woman of the CIA will have a strong leader to support them," said U.S. President George W. Bush in a press conference today. "This is simply too important to not get absolutely right," said Hayden. Hayden was head of the NSA from 1999-2005 and was in charge of the eavesdropping program which allows the U.S. government to monitor e-mail and international telephone calls of suspected terrorists without obtaining a warrant. Last year, he became the deputy for the director of National Intelligence John Negroponte.
Iran
It has just been announced that for the first time in three decades, direct, and at least partially public, diplomatic communication will commence between the United States (US) and Iran. Iranian government spokesman Gholam-Hossein Elham said that Iranian president Mahmoud Ahmadinejad has sent a letter directly to US president George W. Bush proposing "new solutions for getting out of international problems and the current fragile situation of the world". The Iranian Foreign Ministry spokesman Hamid Reza Asefi said that the contents of the letter would be made public once Bush had received the letter. According to a BBC report timestamped "8 May 2006, 09:25 GMT 10:25", spokespeople for Bush claimed that the letter had not yet been received.''',
    quotes=[
        Q('"The men and woman of the CIA', 'to support them,"', "George W. Bush"),
        Q('"This is simply too important', 'absolutely right,"', "Michael Hayden"),
        Q('"new solutions for getting out', 'situation of the world"', "Gholam-Hossein Elham"),
        Q('"8 May 2006, 09:25 GMT 10:25"', None, None),
    ],
    aliases={"George W. Bush": ["U.S. President George W. Bush"],
             "Michael Hayden": ["United States Air Force General Michael Hayden", "Hayden"],
             "Gholam-Hossein Elham": ["Iranian government spokesman Gholam-Hossein Elham"]},
),
dict(
    id="wn-en-2007-01-09-audio-news-briefs",
    source="https://en.wikinews.org/wiki/Category:January_9,_2007",
    license=WN, retrieved=PAGES + " (the page heading 'Category:January 9, 2007' and the lines 'From Wikinews, the free news source you can write!' and 'Jump to navigation Jump to search' dropped; the paragraph 'India's yearly pilgrimage to the Ganges river ...', cut in the stored copy, dropped)",
    text='''News briefs
The time is 20:00 (UTC) on Tuesday January 9, 2007, and this is Audio Wikinews News Briefs.
Stanislaw Wielgus, the Archbishop of Warsaw, the capital of Poland, resigned yesterday after admitting to have spied for Poland's former Communist Government. At a mass in Warsaw Cathedral, the Archbishop was to have marked his formal installation. Instead, he tendered his resignation. Since the late 1960s, the former Archbishop spied on members of the Church for about 20 years. After the Gazeta Polska published allegations of his actions on December 20, Wielgus denied them. However, when church officials announced they had obtained documents showing that Wielgus had willingly co-operated with the secret services, he acknowledged that the accusations were true.
United States
In New York, a strong odor of natural gas permeated through parts of Manhattan, Brooklyn, and Jersey City early yesterday morning. Authorities asserted that there is no cause for alarm and assure the air quality, though smelly, is safe enough to breathe. In a press conference, Mayor Michael Bloomberg says that a small gas leak at Bleeker St. and Sixth Av. "could not account for a smell so pervasive throughout the city". "We cannot speculate, but these are the facts: the smell is there, we don't know the source, and it doesn't appear to be dangerous," the Mayor continued.
United States
A family visiting the Disney-MGM Studios in Florida on Saturday has a video of what they claim to be "Tigger", the Winnie-the-Pooh character, punching their son. Jerry Monaco Jr. alleges that Tigger purposely punched him without provocation. The footage was caught on the family's video camera, and the Monacos and their attorney are demanding an apology from the actor.''',
    quotes=[
        Q('"could not account', 'throughout the city"', "Michael Bloomberg"),
        Q('"We cannot speculate', 'appear to be dangerous,"', "Michael Bloomberg"),
        Q('"Tigger"', None, None),
    ],
    aliases={"Michael Bloomberg": ["Mayor Michael Bloomberg", "the Mayor"]},
),
]
