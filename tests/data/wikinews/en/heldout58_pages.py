# Held-out English Wikinews texts (tests/data/heldout58-en.jsonl), none of them used in an earlier set. English Wikinews
# articles of 2011-2020 (CC BY 2.5) on sports, business, technology and health, taken from stored web pages (the `pages`
# search corpus): three en.wikinews.org pages (Steve Jobs' death, 2011; Martin Winterkorn's resignation from Volkswagen,
# 2015; the Australian swim team's 'soupy' training pool at Rio 2016), two copies on the en.wikiactu.com mirror, which
# repeats the Wikinews CC BY 2.5 notice under each article (the IPC's ban of Russian athletes from the Rio Paralympics,
# 2016; a Wikinews interview report with Australian wheelchair basketball coach David Gould, 2013), and two 2020 Sunshine
# Coast Rugby Union match reports (Wikinews original reporting) on scraper sites that copy Wikinews articles (one gives
# the en.wikinews.org 'Retrieved from' address). None is credited to AP, Reuters, AFP or another third party (the
# articles cite news agencies as sources, which is Wikinews' own reporting). Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines,
# navigation, 'Jump to' lines, portal boxes, image captions, 'Sources' lists and 'Retrieved from' lines are dropped;
# wording, spelling ('scandle', 'the were'), spacing inside paragraphs and quotation marks are as stored (curly on the
# mirrors, straight on en.wikinews.org). Annotated by reading the texts, before whosaid was run on them (rules
# H288-H291 in ANNOTATION.md on top of H1-H281).
WN = "CC BY 2.5 (Wikinews)"
WNM = "CC BY 2.5 (Wikinews; mirror copy, Wikinews licence notice kept by the mirror)"
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a scraper site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout58-en.jsonl

Built by `build.py` from `heldout58_pages.py`. Like heldout21-en, heldout28-en and heldout42-en, these texts are English
Wikinews articles (CC BY 2.5) taken from stored web pages (the `pages` search corpus), none of them used in a set above,
this time on sports, business, technology and health from 2011 to 2020: three en.wikinews.org pages (Apple co-founder
Steve Jobs' death, 2011; Volkswagen CEO Martin Winterkorn's resignation after the emissions scandal, 2015; the Australian
swim team pulled from a 'soupy' Rio training pool, 2016), two copies on the en.wikiactu.com mirror of English Wikinews,
which repeats the Wikinews CC BY 2.5 notice under each article (Russian athletes banned from the Rio Paralympics, 2016;
a Wikinews interview report with Australian Paralympic assistant coach David Gould, 2013), and two Wikinews
original-reporting match reports of the 2020 Sunshine Coast Rugby Union season copied on scraper sites (one with the
en.wikinews.org 'Retrieved from' address). None is credited to AP, Reuters, AFP or another third party. The stored copies
are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines,
navigation, portal boxes, captions, source lists and 'Retrieved from' lines were dropped; wording and quotation marks are
as stored. None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word
overlap with every existing text: no shared 8-word sequence). The annotation (rules H288–H291 in `ANNOTATION.md` on top of
H1–H281) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2011-10-06-apple-co-founder-steve-jobs-dies",
    source="https://en.wikinews.org/wiki/Apple_Inc._co-founder_Steve_Jobs_dies_aged_56",
    license=WN, retrieved=PAGES + " (stored as http://en.wikinews.org/wiki/Apple%20Inc.%20co%2Dfounder%20Steve%20Jobs%20dies%20aged%2056; the 'Jump to content' and 'From Wikinews' lines and the image caption 'Steve Jobs shows the iPhone 4 / Image: Matthew Yohe.' dropped; the paragraph 'Former Microsoft CEO Bill Gates responded to Jobs' death with a statement on his blog: \"The world rare...', cut in the stored copy, dropped)",
    text='''Apple Inc. co-founder Steve Jobs dies aged 56
Thursday, October 6, 2011
The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday at the age of 56, according to the company website.
On August 24, Jobs resigned from his post as CEO. He has been fighting pancreatic cancer since 2004.
Jobs, born in San Francisco on February 24, 1955, has built the most valuable technology company in the world, with a market value of $348.8 billion. He started Apple in 1976, and in 1984 the first Macintosh personal computer was released to the public. One year later he was fired from the company and he founded NeXT. In 1986 he bought Pixar which was acquired by The Walt Disney Company in 2005. In 1996, following Apple Computer's purchase of NeXT, Jobs returned to Apple and soon after reassumed the role of CEO. In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music player and the following year the Mac OS X operating system was released. 2007 was the year of the iPhone smartphone, then the iPad tablet computer in 2010.
A statement on Apple's website, the homepage of which currently displays a black and white photograph and the text "Steve Jobs 1955-2011", states: “Apple has lost a visionary and creative genius, and the world has lost an amazing human being. Those of us who have been fortunate enough to know and work with Steve have lost a dear friend and an inspiring mentor. Steve leaves behind a company that only he could have built, and his spirit will forever be the foundation of Apple.”
United States President Barack Obama said "Steve was among the greatest of American innovators — brave enough to think differently, bold enough to believe he could change the world, and talented enough to do it".''',
    quotes=[
        Q('"Steve Jobs 1955-2011"', None, None),
        Q('“Apple has lost a visionary', 'the foundation of Apple.”', "Apple Inc."),
        Q('"Steve was among the greatest', 'talented enough to do it"', "Barack Obama"),
    ],
    aliases={"Apple Inc.": ["Apple"],
             "Barack Obama": ["United States President Barack Obama"]},
),
dict(
    id="wn-en-2015-09-24-volkswagen-ceo-resigns-emissions-scandal",
    source="https://en.wikinews.org/wiki/Volkswagen_CEO_resigns_after_emissions_scandal",
    license=WN, retrieved=PAGES + " (stored as the mobile page https://en.m.wikinews.org/wiki/Volkswagen_CEO_resigns_after_emissions_scandal; the line 'This is the stable version, checked on 28 April 2019. Template changes await review.', the image caption 'File photo of Martin Winterkorn, CEO of Volkswagen. ... Image: Volkswagen Sweden.' and the empty 'Sources' heading dropped; the copy is complete)",
    text='''Volkswagen CEO resigns after emissions scandal
Thursday, September 24, 2015
Martin Winterkorn, Volkswagen AG’s CEO, resigned yesterday after it was discovered the German motor vehicle company has been rigging emissions tests for their diesel vehicles.
The company has not announced who his successor will be, but plans to discuss the issue tomorrow. Winterkorn has said that he was "shocked" by the rigging of the emissions tests. "Above all, I am stunned that misconduct on such a scale was possible in the Volkswagen Group", Winterkorn said in a statement issued yesterday.
This resignation came after he issued an apology on Sunday about the emissions test rigging, which involved installing a program onto the company's diesel vehicles to manipulate test results. The program, referred to as a "defeat device", causes the vehicles to emit less nitrogen dioxide, a pollutant contributing to smog and possibly linked to asthma, during testing.
Volkswagen's share value has dropped by one third, The Toronto Star reported. The stock prices of France car manufacturers Citroen, Renault, and Peugeot have also dipped. The Associated Press states that this may be due to concerns other car manufacturers are also engaging in illegal acts.''',
    quotes=[
        Q('"shocked"', None, "Martin Winterkorn"),
        Q('"Above all, I am stunned', 'in the Volkswagen Group"', "Martin Winterkorn"),
        Q('"defeat device"', None, None),
    ],
    aliases={"Martin Winterkorn": ["Winterkorn"]},
),
dict(
    id="wn-en-2016-08-06-australian-swim-team-rio-training-pool-soupy",
    source="https://en.wikinews.org/wiki/Australian_swim_team_pulled_from_Rio_training_pool_when_water_turns_%27soupy%27",
    license=WN, retrieved=PAGES + " (stored as the mobile page https://en.m.wikinews.org/wiki/Australian_swim_team_pulled_from_Rio_training_pool_when_water_turns_%27soupy%27; the 'Sources' heading and its list of four source articles (titles in marks) dropped as a source list; the article text is complete)",
    text='''Australian swim team pulled from Rio training pool when water turns 'soupy'
Saturday, August 6, 2016
Concerns about water quality at the 2016 Rio de Janeiro Olympic Games have expanded to include the inside training pool: top Australian swimming coach Michael Bohl moved his Olympic athletes from the main training pool on Thursday citing fear of infection.
The team had a pre-booked session in the training pool where they would have practiced uninterrupted. However, during the session the water in the pool turned, as Bohl described, "cloudy" and "soupy looking". Concerned about his athletes' health, he moved them from the training pool to the busier, but cleaner, main competition pool.
Bohl took his concerns to officials and was told the matter would be looked into.
This comes off the back of other water concerns in Rio, particularly in the Guanabara Bay venue for outdoor water events. An Associated Press-commissioned study found Rio's Olympic waterways contained as much as 1.7 million times worse viral levels than the emergency threshold in Europe or the US. As a result, athletes were advised to keep their mouths closed and avoid putting their heads underwater or risk falling ill.
Swimming events at the 2016 Rio de Janeiro Olympic Games are to begin today.''',
    quotes=[
        Q("'soupy'", None, "Michael Bohl"),
        Q('"cloudy"', None, "Michael Bohl"),
        Q('"soupy looking"', None, "Michael Bohl"),
    ],
    aliases={"Michael Bohl": ["top Australian swimming coach Michael Bohl", "Bohl"]},
),
dict(
    id="wn-en-2016-08-07-russian-athletes-banned-rio-paralympics",
    source="https://en.wikinews.org/wiki/Russian_athletes_banned_from_Rio_Paralympics_after_doping_scandle",
    license=WNM, retrieved=PAGES + " (mirror copy en.wikiactu.com/?cat=1133, the same copy also stored as ?cat=1393; the mirror's 'Wiki Actu en' line and date, the repeated headline, the 'From Wikinews' and 'Jump to' lines, the Sports portal box ('Sports / Sports icon.png / Related articles / Collaborate! / Pillars of Wikinews writing / Writing an article') and the image caption 'Paralympic logo' dropped; 'scandle' in the headline as stored; the paragraph 'Russia has denied these allegations, Russian sports minister Vitaly Mutko calling WADA’s doping report ... “unverified sources, on unverified facts”. According to Russian news agency Tass, Mutko said Russia would appeal today', cut in the stored copy, dropped)",
    text='''Russian athletes banned from Rio Paralympics after doping scandle
Sunday, August 7, 2016
The International Paralympic Committee (IPC) has confirmed the ban on all Russian athletes from the games in the 2016 Summer Paralympics in Rio today.
“The Russian Paralympic Committee will not be able to enter athletes into the Rio 2016 Paralympic Games”, IPC President Sir Philip Craven told a Rio de Janeiro press conference today. “It is our responsibility to ensure fair competition. That is vital to the integrity and credibility of Paralympic sport. I believe the Russian government has catastrophically failed its athletes. The medals over morals attitude disgusts me.” The international committee considered arguments from the Russian committee before confirming the ban.
This comes after the publication of the McLaren report, which described state-sponsored doping in the Russian team. The World Anti-Doping Agency (WADA) has also claimed the doping cover-up operation was sponsored by the state, with samples destroyed to eliminate evidence of doping. Drug test laboratory director turned whistleblower Dr Rodchenkov acknowledged the state security forces — in the words of the WADA report — “actively imposed an atmosphere of intimidation on laboratory process and staff”. He also claimed he was part of state-organised doping at the Sochi Winter Olympics, destroying urine samples and giving athletes banned drugs.''',
    quotes=[
        Q('“The Russian Paralympic Committee', 'Rio 2016 Paralympic Games”', "Philip Craven"),
        Q('“It is our responsibility', 'attitude disgusts me.”', "Philip Craven"),
        Q('“actively imposed', 'process and staff”', "World Anti-Doping Agency"),
    ],
    aliases={"Philip Craven": ["IPC President Sir Philip Craven", "Sir Philip Craven"],
             "World Anti-Doping Agency": ["The World Anti-Doping Agency (WADA)", "WADA", "the WADA report"]},
),
dict(
    id="wn-en-2013-07-25-interview-paralympic-assistant-coach-david-gould",
    source="https://en.wikinews.org/wiki/Wikinews_interviews_Australian_Paralympic_assistant_coach_David_Gould",
    license=WNM, retrieved=PAGES + " (mirror copy en.wikiactu.com/?cat=2488; the mirror's 'Wiki Actu en' line and date, the repeated headline, the 'From Wikinews' and 'Jump to' lines, the Sports portal box and the image caption '2000 Australian Paralympic Team portrait of David Gould. He has not changed a bit since then. / Image: Australian Paralympic Committee.' dropped; the paragraph 'This, he said, is what he and Glider’...', cut in the stored copy, dropped)",
    text='''Wikinews interviews Australian Paralympic assistant coach David Gould
Thursday, July 25, 2013
Wikinews caught up with Australian wheelchair basketball coach David Gould in Canberra, where the Australia women’s national wheelchair basketball team — the Gliders — were having a training camp.
Gould told Wikinews he retired from playing after the 2002 World Championships. He said he began coaching able bodied basketball at schools and clubs in South Australia. He was awarded a scholarship by Basketball Australia and the Australian Sports Commission, and became assistant coach of the Under 23 Men’s team in November 2011. He is now national wheelchair skills coach, assistant coach of the men’s and women’s national teams, and coach of the Under 23 Men’s and Under 25 Women’s teams.
He noted the Gliders have another training camp coming up in Brisbane in August. This is to be an open development camp any player can attend. Twelve players are to be selected for the Asia Oceania Zone (AOZ) Wheelchair Basketball Championships in Bangkok in November. The top three teams then qualify for the World Championships, to be held in Canada next year.
He is acutely aware the Gliders have never won a World Championship or a Paralympics. But he has won a gold medal, with the men’s team, the Rollers, in Atlanta in 1996. “We went on a tour of the United States beforehand”, he recalled. Facing the United States in the United States was daunting. There was a huge crowd. So how did they do it? “We had confidence in ourselves, and stuck to our plan,” he recalled.''',
    quotes=[
        Q('“We went on a tour of the United States beforehand”', None, "David Gould"),
        Q('“We had confidence in ourselves, and stuck to our plan,”', None, "David Gould"),
    ],
    aliases={"David Gould": ["Australian wheelchair basketball coach David Gould", "Gould"]},
),
dict(
    id="wn-en-2020-08-25-caloundra-defeat-wynnum-sunshine-coast-rugby",
    source="https://en.wikinews.org/wiki/Caloundra_defeat_Wynnum_in_fourth_round_of_2020_Sunshine_Coast_Rugby_Union_season",
    license=WNS, retrieved=PAGES + " (copy on http://www.duitpensiun.com/caloundra-defeat-wynnum-in-fourth-round-of-2020-sunshine-coast-rugby-union-season/, which ends with the Wikinews line 'Retrieved from “https://en.wikinews.org/w/index.php?title=Caloundra_defeat_Wynnum_in_fourth_round_of_2020_Sunshine_Coast_Rugby_Union_season&oldid=4598647”' (dropped, H131); the stored copy has no headline line and begins with the dateline, kept so without adding a title (H131); the last paragraph ends without a period, as stored; the copy is complete)",
    text='''Tuesday, August 25, 2020
Caloundra defeated Wynnum 45 points to 24 in their Round 4 Sunshine Coast Rugby Union match at Wynnum’s Grenada Street ground on Saturday.
“It’s a better performance than what we put on last week”, Wynnum coach Matt Myers said. “We’re a forty or fifty minute team at the moment, not an eighty minute team. [Just need to] stay in the fight and take [games] a bit deeper.” Caloundra opened the game with two tries before Wynnum hit back with a couple of tries of their own. “We were able to turn the momentum around after their first two”, Myers said. “They had it all over us in the first fifteen or so and we turned the momentum around.”
Caloundra half back Jarrod Kidston enjoyed the win. “Yeah it was a good start from us, probably the best start from us in a while”, Kidston said. “Then we just made a couple of mistakes and let them back in the game. They’re a good outfit so they put points on pretty quick.”
The visitors would run away with the result in the end. “We got back on even and managed to go try for try for a couple”, Myers said. “[We] let them [have the] momentum [and they were] over the top, they got a roll on”.
Fitness was a big factor in that according to Kidston. “We’ve been working hard on our fitness so it was pretty good to get the points at the back end”, he said.
In other results, Maroochydore defeated Caboolture 43–5, and University knocked of Noosa 32–22''',
    quotes=[
        Q('“It’s a better performance', 'last week”', "Matt Myers"),
        Q('“We’re a forty or fifty', 'a bit deeper.”', "Matt Myers"),
        Q('“We were able to turn', 'their first two”', "Matt Myers"),
        Q('“They had it all over us', 'the momentum around.”', "Matt Myers"),
        Q('“Yeah it was a good start', 'in a while”', "Jarrod Kidston"),
        Q('“Then we just made', 'pretty quick.”', "Jarrod Kidston"),
        Q('“We got back on even', 'for a couple”', "Matt Myers"),
        Q('“[We] let them', 'got a roll on”', "Matt Myers"),
        Q('“We’ve been working hard', 'the back end”', "Jarrod Kidston"),
    ],
    aliases={"Matt Myers": ["Wynnum coach Matt Myers", "Myers"],
             "Jarrod Kidston": ["Caloundra half back Jarrod Kidston", "Kidston"]},
),
dict(
    id="wn-en-2020-09-01-university-defeat-maroochydore-sunshine-coast-rugby",
    source="https://shortscars.blogspot.com/2020/09/university-defeat-maroochydore-in-round.html",
    license=WNS, retrieved=PAGES + " (copy of the Wikinews article 'University defeat Maroochydore in round five of 2020 Sunshine Coast Rugby Union season' on a blog that gives no Wikinews address, so the copy's own page is the source (H131); the copy prints the dateline glued to the lead and all the quotations as one paragraph, kept so; the first quotation has lost its opening mark (H289); 'the were' as stored; the blog's 'Post a Comment / 0 Comments' lines dropped; the copy is complete)",
    text='''University defeat Maroochydore in round five of 2020 Sunshine Coast Rugby Union season
Tuesday, September 1, 2020 In Australian rugby, University have maintained top spot on the Sunshine Coast Rugby Union A grade ladder with a 22 points to 10 win over Maroochydore at Cotton Tree, Australia on Saturday.
We turned up here knowing we'd be in for a battle", University coach Brad Tronc said. "They pushed [reigning premiers] Caloundra and they pushed Noosa. We knew the were looking for a scalp. To Maroochydore's credit, they've made some big improvements since last season. I think as the season goes on they'll keep getting better and better, as well." The game was a hard, physical match according to Maroochydore assistant coach Ben Radmall. "It was pretty set piece dominated there for the last twenty minutes", Radmall said. "[It was] a pretty physical game out there this afternoon. It was a good hit out. We're sore after that one." University were able to pull away in the second half despite an off day in front of goal. "The two guys that set [Uni's final try] up were an 18 year old half back and an 18 year old five eighth," Tronc said. Radmall conceded that his side needed to work on some things. "We had our opportunities in the 22 in that last twenty minutes", he said. "Just some management, couple of set pieces let us down. We couldn't execute there and they exited pretty well. They slowed the game down pretty well in that last ten minutes to dance up the field and then score a try at the end there."''',
    quotes=[
        Q('"They pushed [reigning premiers]', 'better and better, as well."', "Brad Tronc"),
        Q('"It was pretty set piece', 'last twenty minutes"', "Ben Radmall"),
        Q('"[It was] a pretty physical', 'after that one."', "Ben Radmall"),
        Q('"The two guys', 'five eighth,"', "Brad Tronc"),
        Q('"We had our opportunities', 'last twenty minutes"', "Ben Radmall"),
        Q('"Just some management', 'at the end there."', "Ben Radmall"),
    ],
    aliases={"Brad Tronc": ["University coach Brad Tronc", "Tronc"],
             "Ben Radmall": ["Maroochydore assistant coach Ben Radmall", "Radmall"]},
),
]
