# Held-out English news texts (tests/data/heldout173-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of Voice of America stories on science, space, medicine, technology and climate, 2013-2021, and
# an undated VOA Special English Health Report (US government works in the public domain, 17 U.S.C. § 105): social robots built to live with humans (VOA Standard
# English, October 2014, copied on m.tingroom.com), Johnson & Johnson's COVID-19 vaccine trial and the Senate hearing with
# Anthony Fauci (VOA Learning English, September 2020, copied on 51voa.com), the Curiosity rover's first year on Mars (VOA
# Learning English, August 2013, learningenglish.voanews.com), the race to save the world's coral reefs (VOA Learning
# English, March 2017, copied on 51voa.com), the SpaceX Crew-1 launch to the International Space Station (voanews.com,
# November 2020), the world's glaciers melting faster than ever (VOA Learning English, May 2021, copied on kekenet.com), the
# WHO's warning that the Ebola outbreak is 'vastly' underestimated (voanews.com headline feed, August 2014, gopher-proxy copy
# with its hard line breaks joined into paragraphs) and women's risk of heart disease (VOA Special English Health Report,
# undated, copied on 51voa.com).
# None is credited to AP, Reuters, AFP or another third party in the stored copy (a photo caption credited '(Reuters)' in
# the vaccine story is dropped as a caption). Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines, the learner sites' Chinese labels
# and translations, date lines, bylines, image captions, audio-player lines and kekenet's lines of scrambled characters
# are dropped (H1185); headlines and subheadings are kept; wording, spelling, the vocabulary numbers of the tingroom copy
# ('collaboration1', 'Naval3') and quotation marks (curly marks closed by straight ones in Cynthia Breazeal's quotation,
# H1186) are as stored; trailing spaces at paragraph ends are dropped, double spaces inside paragraphs kept. Annotated by
# reading the texts, before whosaid was run on them (rules H1185-H1191 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout173-en.jsonl

Built by `build.py` from `heldout173_pages.py`. Like heldout165-en and the earlier VOA sets, these texts are stored web
pages (the `pages` search corpus), none of them used in a set above: eight Voice of America stories on science, space,
medicine, technology and climate, seven from 2013 to 2021 and one undated (US government works in the public domain, 17 U.S.C. § 105): social
robots with MIT's Cynthia Breazeal and the Naval Research Laboratory's Alan Schultz (VOA Standard English, October 2014,
as copied on m.tingroom.com); Johnson & Johnson's COVID-19 vaccine trial with Anthony Fauci and a tweet of Donald Trump
(VOA Learning English, September 2020, as copied on 51voa.com); the Curiosity rover's first year on Mars with NASA's Jim
Green (VOA Learning English, August 2013, learningenglish.voanews.com); the race to save coral reefs with Julia Baum and
Ruth Gates (VOA Learning English, March 2017, as copied on 51voa.com); the SpaceX Crew-1 launch with Commander Mike Hopkins
and Vice President Mike Pence (voanews.com, November 2020); and the world's glaciers melting faster than ever with Romain
Hugonnet (VOA Learning English, May 2021, as copied on kekenet.com); the WHO's warning that the Ebola outbreak's magnitude
is 'vastly' underestimated, with State Department spokeswoman Marie Harf (VOA News, August 15, 2014, as copied by a gopher
proxy of VOA's headline feed, hard line breaks joined into paragraphs); and women's risk of heart disease with Carrie
Vincent and Irene Pollin (an undated VOA Special English Health Report, as copied on 51voa.com). None is credited to AP, Reuters, AFP or another third
party in the stored copy. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what
was dropped is noted per page). Site lines, Chinese labels and translations, date lines, bylines, captions,
audio-player lines and kekenet's scrambled-character lines were dropped; wording and quotation marks are as stored. None
of these pages is used in any set above (checked by URL, by the names of their speakers and by distinctive phrases
against every existing text, including the other helpers' worktrees). The annotation (rules H1185–H1191 in
`ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2014-10-26-scientists-build-robots-to-live-with-humans",
    source="https://m.tingroom.com/index.php?aid=282473&mid=3",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story of October 2014 on m.tingroom.com, a language-learning site; the site line '在线英语听力室', the Chinese label 'VOA标准英语2014--科学家创造与人类共同生活的机器人', the time line, the site's WeChat line and '(单词翻译)' dropped; of the line 'Scientists Build Robots to Live With Humans 科学家创造与人类共同生活的机器人' the Chinese translation dropped and the headline kept as the first paragraph; the double space after 'vacuum cleaners.' and the vocabulary numbers ('collaboration1', 'partnership2', 'Naval3') kept as stored; the paragraph '“It's designed to be in human spaces ... It interacts', Steve Cousins's quotation cut in the stored copy, dropped (H1185))",
    text='''Scientists Build Robots to Live With Humans
Industrial robots are already working in many factories around the world and in our homes, for instance as smart vacuum cleaners.  Scientists say in a few years we will start seeing so-called "social robots," capable of engaging with people.
Today’s robots can build cars and explore underwater objects. But interacting with people is more complex than simply taking an incoming message, says Massachusetts Institute of Technology researcher Cynthia Breazeal.
“Social robots really interact with people in ways you feel like you're interacting with someone rather than something," she said. "And social robots are really designed to engage you in much more of an interaction that feels like a collaboration1 or partnership2.”
At the Naval3 Research Laboratory, near Washington, scientists are researching which features robots should have to be able to live with humans. Researcher Alan Schultz says social robots must be adapted to social situations.
“You know if you're going to have robots out in the wild, so to speak, they have to obey our norms and they have to do things in the way we expect, so that we can move about our environment and not be interrupted by them or have to think hard about the fact that they're around us,” he said.
Social robots do not necessarily have to have a human face. Steve Cousins, the CEO of Savioke Robotics in Cupertino, California, says their robot called Botlr is already being tested in a hotel, delivering small items to people.''',
    quotes=[
        Q('"social robots,"', None, None),
        Q('“Social robots really interact', 'than something,"', "Cynthia Breazeal"),
        Q('"And social robots are really', 'partnership2.”', "Cynthia Breazeal"),
        Q('“You know if you\'re going', 'around us,”', "Alan Schultz"),
    ],
    aliases={"Cynthia Breazeal": ["Massachusetts Institute of Technology researcher Cynthia Breazeal"],
             "Alan Schultz": ["Researcher Alan Schultz"]},
),
dict(
    id="voa-en-2020-09-23-large-vaccine-trial-begins-as-us-health-experts-speak",
    source="https://www.51voa.com/VOA_Special_English/large-vaccine-trial-begins-as-us-health-experts-speak-at-senate-hearing-85424.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of September 23, 2020 on 51voa.com, a language-learning site; the date line '23 September 2020' and the photo caption 'FDA Commissioner Stephen Hahn testifies ... (Reuters)', printed twice, dropped; the paragraph 'The FDA is the government agency responsible for approval or rejection on drug candidates, including ', cut in the stored copy, dropped)",
    text='''Large Vaccine Trial Begins as US Health Experts Speak at Senate Hearing
The company Johnson & Johnson has begun the final part of its trial of a single-treatment, COVID-19 vaccine. The study will be one of the world's largest, testing the injection in 60,000 volunteers in the United States, South Africa, Argentina, Brazil, Chile, Colombia, Mexico and Peru.
Several other vaccines, including vaccines from drug companies Moderna and Pfizer, are already in the final part of testing.
Also Wednesday, U.S. coronavirus task force officials appeared before a committee of the U.S. Senate for questioning about the health crisis. The nation's top infectious diseases expert Anthony Fauci and the head of the U.S. Centers for Disease Control and Prevention were among those attending.
Both officials suggested that they expect a vaccine will be widely available by spring.
"We feel cautiously optimistic that we will be able to have a safe and effective vaccine, although there is never a guarantee of that," Dr. Fauci said.
News reports suggest that President Donald Trump is pushing for a speedier process than many experts support. Earlier Wednesday, Trump posted on Twitter a link to news about the new Johnson & Johnson vaccine study. The Food and Drug Administration "must move quickly," Trump wrote in the tweet.''',
    quotes=[
        Q('"We feel cautiously optimistic', 'guarantee of that,"', "Anthony Fauci"),
        Q('"must move quickly,"', None, "Donald Trump"),
    ],
    aliases={"Anthony Fauci": ["Dr. Fauci"],
             "Donald Trump": ["President Donald Trump", "Trump"]},
),
dict(
    id="voa-en-2013-08-mars-rover-marks-first-year-on-red-planet",
    source="https://learningenglish.voanews.com/amp/mars-rover-marks-first-year-on-red-planet/1726848.html",
    license=PD, retrieved=PAGES + " (VOA Learning English 'In the News' of August 2013, AMP page; the audio-player line 'Your browser doesn’t support HTML5' and the headline repeated under the player dropped; the headline and the summary line 'Mars Rover marks the end of its first year on Mars.' kept; the paragraph 'Space scientists chose to explore Mars instead ', cut in the stored copy, dropped)",
    text='''Mars Rover Marks First Year on Red Planet
Mars Rover marks the end of its first year on Mars.
From VOA Learning English, this is In the News.
This week marks the first anniversary of a major exploration effort on Mars. It has been 12 months since the exploration device called “Curiosity” landed on the distant planet. Curiosity is named for the human condition of wanting to learn or know something.
The United States space agency, NASA, says Curiosity has driven more than 1.6 kilometers on Mars. The device, called a “rover,” is about the size of a car.
Curiosity has found evidence of an ancient riverbed and other signs of wet conditions. NASA scientists say that with these discoveries, Curiosity has answered the question of whether conditions on ancient Mars could have supported life.
Jim Green leads the planetary division at NASA's Science Mission Directorate.
“We found all the ingredients of life as measured in this material that's deposited in this ancient riverbed. Mars was habitable in its past.”
Curiosity is a traveling laboratory that contains 10 scientific instruments. The rover has found hydrogen, oxygen and other elements necessary for life.
The space agency says Curiosity has fired more than 75,000 laser shots. The laser turns rocks and soil into gas. The equipment on Curiosity then examines and identifies the materials on the Martian surface.
Curiosity has sent back more than 70,000 images that give a new understanding of Earth's neighboring planet.
Curiosity’s findings will help set future Mars exploration. NASA’s Jim Green says the next mission will be launched in 2020.
“Knowing that Mars was an environment that was habitable in its past, we're going to start seeking the signs of potential life that could have existed on Mars. And that, if we could answer that question, will change everything.”''',
    quotes=[
        Q('“Curiosity”', None, None),
        Q('“rover,”', None, None),
        Q('“We found all the ingredients', 'in its past.”', "Jim Green"),
        Q('“Knowing that Mars', 'change everything.”', "Jim Green"),
    ],
    aliases={},
),
dict(
    id="voa-en-2017-03-16-scientists-race-to-save-worlds-coral-reefs",
    source="https://www.51voa.com/voa_special_english/scientists-race-to-prevent-worlds-coral-reefs-dying-74366.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of March 16, 2017 on 51voa.com, a language-learning site; the date line '16 March, 2017' dropped; the subheading 'Why are coral reefs important?' kept; the photo caption 'UNDATED FILE PHOTO - A tourist swims on the Great Barrier Reef ...', printed twice and cut in the stored copy, dropped)",
    text='''Scientists Race to Save World's Coral Reefs
Just a year ago, the colors were bright under the waves. Now the Maldivian reef is dead, the coral killed by the pressure of rising ocean temperatures.
What is left is gray, a scene repeated in reefs around the world.
Coral reefs are areas underwater where small creatures live. The coral is hard material formed on the bottom of the sea by the skeletons of those creatures. Usually brightly colored fishes swim among the coral.
The world has lost about half its coral reefs in the last 30 years. Scientists are working to prevent their destruction. The health of the planet depends on it.
"This isn't something that's going to happen 100 years from now. We're losing them right now," said marine biologist Julia Baum of Canada's University of Victoria. "We're losing them really quickly, much more quickly than I think any of us ever could have imagined."
Scientists say global warming is causing the rising ocean temperatures.
Global warming is the heating of the planet, which most scientists say is caused by harmful carbon dioxide and other greenhouse gases released into the air by human activities. The gases trap heat on the planet and its oceans, causing temperatures to rise. Even if global warming stopped now, scientists still expect that more than 90 percent of corals will die by 2050. Without serious efforts to help the coral, there is the risk of losing all of them.
"To lose coral reefs is to fundamentally undermine the health of a very large proportion of the human race," said Ruth Gates, director of the Hawaii Institute of Marine Biology.
Why are coral reefs important?''',
    quotes=[
        Q('"This isn\'t something', 'right now,"', "Julia Baum"),
        Q('"We\'re losing them really quickly', 'could have imagined."', "Julia Baum"),
        Q('"To lose coral reefs', 'the human race,"', "Ruth Gates"),
    ],
    aliases={"Julia Baum": ["marine biologist Julia Baum"]},
),
dict(
    id="voa-en-2020-11-16-nasa-spacex-send-four-astronauts-to-iss",
    source="https://www.voanews.com/science-health/nasa-spacex-send-four-astronauts-international-space-station",
    license=PD, retrieved=PAGES + " (the line ' date 2020-11-16 Science & Health', the byline 'By VOA News', the line 'Updated November 16, 2020 12:02 AM' and the photo caption 'A SpaceX Falcon 9 rocket ...' dropped; trailing spaces at paragraph ends dropped, the double space after 'leukemia drugs.' kept; ends after the paragraph on the crew's experiments, complete as stored)",
    text='''NASA, SpaceX Send Four Astronauts to International Space Station
Four astronauts are on their way to the International Space Station after a successful launch of SpaceX rocket Crew Dragon.
The three U.S. crew members and one from Japan are on NASA’s first crew rotation mission using a commercial spacecraft.
They are due to arrive at the International Space Station late Monday, joining two Russians and one American who flew there last month from Kazakhstan.
“By working together through these difficult times, you’ve inspired the nation, the world, and in no small part the name of this incredible vehicle, Resilience,” Commander Mike Hopkins said right before liftoff.
U.S. Vice President Mike Pence traveled to Florida to join NASA Administrator Jim Bridenstine to watch the launch Sunday.
“I didn’t start breathing until about a minute after it took off,” Pence said during a stop at SpaceX Launch Control to congratulate the workers.
During their time at the space station, the crew members will conduct a range of scientific experiments, including growing radishes and using microgravity to test leukemia drugs.  They are also bringing a new, redesigned toilet that NASA says will help prepare for future missions to the Moon and Mars.''',
    quotes=[
        Q('“By working together', 'vehicle, Resilience,”', "Mike Hopkins"),
        Q('“I didn’t start breathing', 'it took off,”', "Mike Pence"),
    ],
    aliases={"Mike Hopkins": ["Commander Mike Hopkins"],
             "Mike Pence": ["U.S. Vice President Mike Pence", "Pence"]},
),
dict(
    id="voa-en-2021-05-worlds-glaciers-melting-faster-than-ever",
    source="http://www.kekenet.com/broadcast/202105/634017.shtml",
    license=PDC, retrieved=PAGES + " (copy of a VOA Learning English story of May 2021 on kekenet.com, a language-learning site; the site's app line, the breadcrumb, the Chinese title line 'VOA慢速英语(翻译+字幕+讲解):全球冰川以前所未有的速度融化', the source and editor line, the QR-code line, the lines of scrambled characters the site puts before and between paragraphs (e.g. 'h@kM;g,r3,UG^meCm(', 'StP(g;o~OFLMG') and the image file name '全球冰川以前所未有的速度融化.jpg' dropped (H1185); the paragraph 'The melting \"mirrors\" the worldwide increase in temperature and is from the burning ', cut in the stored copy, dropped)",
    text='''World’s Glaciers Melting Faster than Ever
The world's glaciers are melting quickly.
Scientists from the magazine Nature looked at 20 years of satellite data of the world's 220,000 mountain glaciers. They found that since 2015, glaciers have lost 298 billion metric tons of ice and snow per year. That is 31 percent more than 15 years ago, and enough ice melt to put Switzerland under 7.2 meters of water each year.
Scientists say the melting is caused by climate change. They have long warned that warming temperatures are shrinking glaciers around the world.
Romain Hugonnet studies glaciers at ETH Zurich and the University of Toulouse in France. He led the report. The thinning rate of glaciers is twice as high as it was 20 years ago, and "that's enormous," he said.
Half of the world's glacier melt is in the United States and Canada.
Alaska's melt rates are "among the highest on the planet," Hugonnet said. Alaska's Columbia Glacier is losing about 35 meters a year, he added.
Almost all of the world's glaciers are melting. Even glaciers that used to be solid are now melting, such as ones in Tibet.''',
    quotes=[
        Q('"that\'s enormous,"', None, "Romain Hugonnet"),
        Q('"among the highest on the planet,"', None, "Romain Hugonnet"),
    ],
    aliases={"Romain Hugonnet": ["Hugonnet"]},
),
dict(
    id="voa-en-2014-08-15-who-magnitude-of-ebola-outbreak-vastly-underestimated",
    source="https://gopher.miga.me.uk/?url=gopher%3A%2F%2Fgopher.floodgap.com%3A70%2F0%2Ffeeds%2Fvoaheadlines%2F2014%2FAug%2F15%2Fvoanews.com-content-who-magnitude-of-ebola-outbreak-vastly-underestimated-2414165.html",
    license=PDC, retrieved=PAGES + " (gopher-proxy copy of VOA's headline feed for the voanews.com story of August 15, 2014; the lines 'Originally posted by the Voice of America.' and 'Voice of America content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the public domain.' and the byline 'by VOA News' dropped; the copy's hard line breaks and indentation joined into paragraphs, and the line 'A limited supply ...', which begins after 'virus.' without a blank line, kept as a paragraph of its own (H1185); 'who will else receive' as stored; the paragraph 'She said medical officials had determined that the Ebola outbrea', cut in the stored copy, dropped)",
    text='''WHO: Magnitude of Ebola Outbreak 'Vastly' Underestimated
The World Health Organization (WHO) is warning that the magnitude of the Ebola outbreak in West Africa has been "vastly" underestimated.
Already 1,069 people have died of Ebola this year in Guinea, Liberia, Nigeria and Sierra Leone. Nearly 2,000 have been sickened.
In a statement Thursday, the U.N. health agency said it is concerned those numbers do not reflect the true gravity of the situation.
The WHO said it expects the outbreak to continue "for some time," noting its response plan extends "over the next several months."
There is no known cure or vaccine for Ebola, though a WHO panel this week backed plans to give some patients unproven drugs to fight the virus.
A limited supply of an untested, U.S.-produced drug, known as ZMapp, arrived Wednesday in Liberia, where it will be given to two doctors.
Officials there must now decide who will else receive the remaining doses of the drug, supplies of which could take months to refill.
Meanwhile, President Barack Obama stressed the U.S. is committed to working with West African countries to help contain the outbreak.
The White House said Obama underscored his commitment on separate phone calls Thursday to Liberian President Ellen Johnson Sirleaf and President Ernest Bai Koroma of Sierra Leone.
He also expressed condolences for those who had died from the virus.
Earlier Thursday, the U.S. ordered the departure of eligible family members of staff at the U.S. embassy in Sierra Leone's capital, Freetown.
State Department spokeswoman Marie Harf said the step was taken out of an "abundance of caution."''',
    quotes=[
        Q("'Vastly'", None, "World Health Organization"),
        Q('"vastly"', None, "World Health Organization"),
        Q('"for some time,"', None, "World Health Organization"),
        Q('"over the next several months."', None, "World Health Organization"),
        Q('"abundance of caution."', None, "Marie Harf"),
    ],
    aliases={"World Health Organization": ["The World Health Organization (WHO)", "WHO"],
             "Marie Harf": ["State Department spokeswoman Marie Harf"]},
),
dict(
    id="voa-en-knowing-womens-risk-of-heart-disease",
    source="https://www.51voa.com/VOA_Special_English/Knowing-Womens-Risk-of-Heart-Disease-43573.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Special English Health Report on 51voa.com, a language-learning site, undated in the stored copy; the photo caption (the headline repeated and 'A nurse at the Heart Hospital in London') dropped; the programme line 'This is the VOA Special English Health Report.' kept; the paragraph 'JOANNE FOODY: \"The good news is ', cut in the stored copy, dropped, so Joanne Foody carries no span (H1185); the speaker labels 'CARRIE VINCENT:' and 'IRENE POLLIN:' kept as stored (H924))",
    text='''Knowing Women's Risk of Heart Disease
This is the VOA Special English Health Report.
Heart disease is the world's leading cause of death. Yet most cases can be prevented.
Doctors say reducing deaths from heart disease will require not only changes in the way people live. It will also require changes in public policy, and better public knowledge about differences in heart disease between men and women.
Two conditions, coronary artery disease and microvascular disease, can both reduce blood flow to the heart. Experts at Brigham and Women's Hospital in Boston say heart disease in women is more likely to be caused by microvascular disease.
Finding this condition may require tests other than an angiogram. An angiogram is a kind of X-ray test. Doctors use it to look for a buildup of fatty plaque material that can block arteries. Arteries carry oxygen-rich blood away from the heart to the rest of the body.
The World Health Organization says heart disease kills eighteen million women a year. And these are not just older women. Carrie Vincent had a heart attack after giving birth to her first child.
CARRIE VINCENT: "My God, I was thirty-one years old. Thirty-one-year-olds don't have heart attack."
Ms. Vincent is now taking her message to women in their homes through an organization called Sister to Sister.
Irene Pollin started Sister to Sister to educate women about heart disease. Ms. Pollin urges women to learn about their blood pressure, cholesterol levels and other risk factors for heart disease.
IRENE POLLIN: "The goal is really prevention, having people understand their risk, that they should really get screened, know their numbers and then do something about it."
Ms. Pollin teamed up with a heart specialist at Brigham and Women's Hospital. Dr. Joanne Foody works mostly on prevention efforts.''',
    quotes=[
        Q('"My God, I was', 'have heart attack."', "Carrie Vincent"),
        Q('"The goal is really prevention', 'something about it."', "Irene Pollin"),
    ],
    aliases={"Carrie Vincent": ["CARRIE VINCENT", "Ms. Vincent"],
             "Irene Pollin": ["IRENE POLLIN", "Ms. Pollin"]},
),
]
