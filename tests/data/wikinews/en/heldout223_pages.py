# Held-out English news texts (tests/data/heldout223-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of Voice of America news stories, 2005-2013 (voanews.com and its preview host voa.pangea-cms.com;
# US government works in the public domain, 17 U.S.C. § 105): volunteers helping earthquake victims in Indian-administered
# Kashmir (October 2005), Banda Aceh one year after the tsunami (December 2005), Somali refugees arriving at Kenya's Dadaab
# camp (April 2006), Indonesia's bird-flu committee on surveillance (September 2007), Louisiana preparing for Hurricane Gustav (August 2008) and survivors of Kenya's 2007 election violence
# in Nakuru (February 2013). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). VOA's site
# lines ('Accessibility links', 'Breaking News', 'News', 'News / Africa'), the video box of the Nakuru story (its title
# with a stray 'i', date and time line, summary, repeated headline and byline, H1395) and the size buttons 'XS SM MD LG'
# are dropped; headlines are kept; wording, spelling ('last weeks earthquake', 'officials have are getting better', 'Muzaffarbad', 'VOAs', 'Maksud Husseins
# home', 'a particularly hard hit area section'), spacing and quotation marks (straight and curly, mixed in one
# paragraph of the Aceh story, H1396) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1395-H1398 in ANNOTATION.md on top of H1-H1394).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout223-en.jsonl

Built by `build.py` from `heldout223_pages.py`. Like heldout27-en and heldout98-en, these texts are stored web pages (the
`pages` search corpus), none of them used in a set above: six Voice of America news stories from 2005 to 2013
(voanews.com and VOA's preview host voa.pangea-cms.com; US government works in the public domain, 17 U.S.C. § 105):
volunteers and survivors after the Kashmir earthquake on the Indian side (October 2005); Banda Aceh one year after the
tsunami (December 2005); UNHCR spokesman Emmanuel Nyabera on Somali refugees reaching Dadaab (April 2006); Bayu Krisnamurthi of Indonesia's National Bird Flu Committee (September 2007); Louisiana's
emergency office preparing for Hurricane Gustav (August 2008); survivors of the 2007 election violence in Nakuru, Kenya
(February 2013). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site and section lines, a
video box and size buttons were dropped; wording and quotation marks are as stored. None of these pages is used in any
set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no shared
8-word sequence). The annotation (rules H1395–H1398 in `ANNOTATION.md` on top of H1–H1394) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2005-10-18-help-continues-from-volunteers-in-kashmir",
    source="https://www.voanews.com/a/a-13-2005-10-18-voa41-67513197/386885.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'Three days after the quake, Indian Prime Minister Manmohan Singh toured the devastated areas by helicopter. He not only promised to rebuild the roughly two-thirds of K...', cut in the stored copy, dropped)",
    text='''Help Continues From Volunteers In Kashmir And Across India to Quake Victims
As many as 35,000 people have been killed in South Asia as a result of last weeks earthquake, centered around the city of Muzaffarbad in Pakistani-held Kashmir. The tremors were also felt across the de-facto border, in Indian-administered part of the region. VOAs Patricia Nunan was on the Indian side, and brings us a look at relief efforts and the question of whether the earthquake may cause political tremors as well.
It’s a short climb down to the remains of Maksud Husseins home. Out on an errand when the earthquake struck, Hussein raced home and managed to pull three of his children from the wreckage. But he could not save the life of his 18-month-old son.
Hussein's tragedy then quickly multiplied. Of the 24 people killed in the village of Sirai, 19 were members of Hussein's extended family.
Assistance has slowly begun to reach Sirai and other villages in the hills of Indian-held Kashmir. But it’s done little to ease Hussein's grief, or his concerns about the future. Mr. Hussein says, "We've suffered so much it's going to take 50 years to get back what we had. But right away we're going to need shelter."
The tragedy has brought an outpouring of help from volunteers in Kashmir and across India here distributing donated food and clothes. Little is left to waste.
But for many, like volunteer Zafar Iqbal, there is growing anger that the government could be doing more. "We've been told by so many survivors that no government official has contacted them and no one's been given any help."
Concern is highest for those living beyond here past which no aid convoy has been able to reach. There are multiple landslides to be cleared, a task that these workers estimate could still take days.''',
    quotes=[
        Q('"We\'ve suffered so much', 'need shelter."', "Maksud Hussein"),
        Q('"We\'ve been told', 'any help."', "Zafar Iqbal"),
    ],
    aliases={"Maksud Hussein": ["Hussein", "Mr. Hussein"], "Zafar Iqbal": ["volunteer Zafar Iqbal"]},
),
dict(
    id="voa-en-2005-12-28-progress-and-problems-in-banda-aceh",
    source="https://www.voanews.com/a/a-13-2005-12-28-voa30-67376722/382559.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'Paul Dillon, I.O.M.'s spokesperson, told us, \"First of all, most of the people died. ... The equivalent ...', cut in the stored copy, dropped; the mixed straight and curly marks as stored (H1396))",
    text='''Progress and Problems in Banda Aceh, Indonesia One Year After Tsunami Devastation
Former rebels in Indonesia's Aceh province have formally disbanded their armed wing -- as part of a peace accord to end 30 years of conflict in northern Sumatra. Dissolution of the armed wing comes days after Indonesia's military started the final phase of troop withdrawals from Aceh. The peace agreement calls for the military to leave Aceh at the same time as the militants hand over their weapons to international monitors. The truce was signed last August, to help the province recover from last December's devastating tsunami. VOA's Patsy Widakuswara recently traveled to Aceh province and filed this report on recovery efforts there.
Rahmadani, two-months-old, is upset that her nap has been cut short. Her mother Suarni has more reasons to be angry. Her daughter was born in a tent ten months after the tsunami swallowed her home in Banda Aceh.
"I wish the government would pay attention to us instead of just looking after the rebels,” Suarni says. “At least the rebels still have homes. We have been living in a tent for a year!"
Suarni and Rahmadani are among the 120,000 Acehnese still living in tents and barracks. But Kuntoro Mangkusubroto, head of the Aceh Reconstruction and Rehabilitation Agency, says that progress is being made.
"The number of houses built is already remarkable,” he says. “It is around 16,200. And the number of houses under construction is 13,200."
Every month 5,000 new homes are built. But this is still not fast enough. Agencies that build homes, such as International Organization for Migration, say that the scope and scale of the disaster is so huge that progress is often slow and painful.''',
    quotes=[
        Q('"I wish the government', 'the rebels,”', "Suarni"),
        Q('“At least the rebels', 'for a year!"', "Suarni"),
        Q('"The number of houses built', 'remarkable,”', "Kuntoro Mangkusubroto"),
        Q('“It is around 16,200.', 'is 13,200."', "Kuntoro Mangkusubroto"),
    ],
    aliases={"Kuntoro Mangkusubroto": []},
),
dict(
    id="voa-en-2006-04-03-drought-and-insecurity-force-somali-refugees-into-kenya",
    source="https://www.voanews.com/a/a-13-2006-04-03-voa37/317352.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links', 'Breaking News' and 'News' and the text-size buttons 'XS', 'SM', 'MD', 'LG' after the story dropped; the stored story is complete)",
    text='''Drought and Insecurity Force Somali Refugees into Kenya
The drought in east Africa, along with insecurity, has caused more than 17 hundred Somali refugees to move into Kenya. Emmanuel Nyabera is a spokesman for the UN refugee agency, the UNHCR. From Nairobi, he spoke to English to Africa reporter Joe De Capua.
“Since January, up to the end of March, beginning of April, we have had more than 1,780 people claiming to have come from Somalia. And they’ve come to our camp, the Dadaab refugee camp in the northeastern part of Kenya, seeking asylum, seeking assistance. So this is a big number and we’ve also seen a number of Kenyans, who come from the northeastern part of Kenya, move closer to the camp so they can also benefit from assistances, especially water,” he says.
Asked whether he thought these movements would continue, Nyabera says, “As long as we continue facing drought and also conflict in Somalia then our concern is that this will continue. And most of them are coming and they’re saying they need assistance. And they’re saying they’re not ready to go back to Somalia because of problems related to drought and also conflict. So, our concern is that we are going to have more people coming in. And already we are very stretched when it comes to resources.”''',
    quotes=[
        Q('“Since January,', 'especially water,”', "Emmanuel Nyabera"),
        Q('“As long as we continue', 'comes to resources.”', "Emmanuel Nyabera"),
    ],
    aliases={"Emmanuel Nyabera": ["Nyabera"]},
),
dict(
    id="voa-en-2007-09-11-indonesia-questioned-over-bird-flu-preparedness",
    source="https://www.voanews.com/a/a-13-2007-09-11-voa8-66787147/565507.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' dropped; the stored story is complete)",
    text='''Indonesia Questioned Over Bird Flu Preparedness
International health officials want to know what Indonesia is doing to stop the spread of avian influenza, which has claimed 85 human lives there and shows little sign of slowing. As Chad Bouchard reports for VOA from Jakarta, Indonesian officials are defending their efforts.
Officials from the United Nations' Avian and Human Influenza program are in Bali for a two-day meeting with the Indonesian government. They are assessing ways to improve the country's programs to prevent bird flu from spreading.
Indonesia's head of the National Bird Flu Committee, Bayu Krisnamurthi, says officials have are getting better at quickly detecting human outbreaks of the virus.
"We already tripled the units for surveillance in Indonesia, so the components of surveillance is becoming more and more complete," said Bayu. "It's not yet perfect for all of Indonesia, but at least we made some progress."
Avian influenza is endemic in birds globally. The most worrisome strain of the bird flu is the H5N1 virus, which has caused the greatest number of human cases and fatalities since the most recent outbreak began in Asia in 2003. More than 50 percent of people who have gotten sick with this type of bird flu have died.
Most human infections come from contact with sick fowl or their feces. In Indonesia there is greater worry of transmission to humans who live in close proximity to millions of backyard chickens.
Scientists fear that it is just a matter of time before the virus mutates into a form easily transmissible between humans.
On Monday, the World Health Organization warned a flu pandemic was inevitable, and cautioned against complacency among public health and disaster preparedness officials world wide.
The group in Bali is expected to establish a new set of guidelines for Indonesia on Wednesday.''',
    quotes=[
        Q('"We already tripled', 'more complete,"', "Bayu Krisnamurthi"),
        Q('"It\'s not yet perfect', 'some progress."', "Bayu Krisnamurthi"),
    ],
    aliases={"Bayu Krisnamurthi": ["Bayu"]},
),
dict(
    id="voa-en-2008-08-28-louisiana-prepares-for-hurricane-gustav",
    source="https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-08-28-voa6/403781.html",
    license=PD, retrieved=PAGES + " (VOA's preview host; the stored page begins with the first paragraph, no headline; the paragraph 'She says communities along the coast that are in the path of the storm will be evacuated first, then with 40 hours remaining before landfall, New Orl...', cut in the stored copy, dropped)",
    text='''Hurricane Gustav, which killed at least 22 people in Haiti, is now headed south of Cuba, but forecasters believe the storm will move north into the Gulf of Mexico by early next week and threaten a coastal area that stretches from Texas to the Florida panhandle. As VOA's Greg Flakus reports from Houston, the projected path of the storm puts New Orleans in the bulls eye and people in Louisiana are watching it with concern.
On Friday, Louisiana will observe the third anniversary of one of the state's greatest tragedies, Hurricane Katrina. That devastating hurricane, which caused massive flooding in New Orleans, was followed a few weeks later by Hurricane Rita, which devastated the western coast of the state and areas of east Texas.
Even though it is far too early to say where Gustav may make landfall, state officials are taking every precaution and trying to prepare the population for the worst.
"Especially since Hurricanes Katrina and Rita, we take every storm seriously," said Veronica Mosgrove of the Louisiana Homeland Security and Emergency Preparedness Office. "This one does seem that it is going to be a threat and so we are in constant communication with our local, state and federal partners and have our plan in place to roll out whatever we need to roll out at whatever time we need to do so."
One of the key points in the Louisiana emergency plan is an evacuation schedule that relies on hundreds of buses, trains and airplanes, in addition to the private vehicles that can be used to move people out of the threatened zone. Mosgrove says assets are in place and state officials will begin implementing the evacuation using a detailed plan.
"Fifty hours from when it is projected that there will be tropical storm or hurricane-force winds felt in the area, that is when we determine when to call for the evacuation," she said.''',
    quotes=[
        Q('"Especially since Hurricanes', 'storm seriously,"', "Veronica Mosgrove"),
        Q('"This one does seem', 'need to do so."', "Veronica Mosgrove"),
        Q('"Fifty hours from when', 'the evacuation,"', "Veronica Mosgrove"),
    ],
    aliases={"Veronica Mosgrove": ["Mosgrove"]},
),
dict(
    id="voa-en-2013-02-28-survivors-of-kenyas-past-election-violence-are-hopeful-now",
    source="http://www.voanews.com/content/survivors_of_kenyas_past_election_violence_are_hopeful_now/1612516.html",
    license=PD, retrieved=PAGES + " (the section line 'News / Africa' and the video box after the headline (its title 'Survivors of Kenya's Past Election Violence Are Hopeful Nowi', the line 'February 28, 2013 3:01 PM', a summary that repeats the first paragraph and ends 'VOA’s Gabe Joselow has this report.', the repeated headline and the byline 'Gabe Joselow') dropped (H1395); the empty line before the Samuel Kamau paragraph dropped; the paragraph 'Gladys Mwangi is worried, th...', cut in the stored copy, dropped)",
    text='''Survivors of Kenya's Past Election Violence Are Hopeful Now
The town of Nakuru in Kenya’s Rift Valley Region was the center of much of the violence that followed the last presidential election in 2007. As Kenya prepares to vote again next week, the residents of Nakuru remain positive, despite signs of trouble on the horizon.
There’s plenty of work to be done at this metal workshop in Nakuru. Workers here are fashioning security doors for local businesses and homes. But it is not as busy as it was five years ago, before the last presidential election.
Metal worker Bernard Wanzala said that actually is a good thing. “In 2007, people here made a lot of weapons. They sharpened a lot of machetes here saying they were going to use them for defense. But this year, I’ve not sharpened even one.”
Nakuru was at the center of much of the violence between ethnic Kalenjin and Kikuyu mobs following the last election. Parts of the city still have not fully recovered.
One area was a particularly hard hit area section of Nakuru during the post election violence that followed the last vote in 2007. Many of the people have come back here to rebuild their homes. And while they say they are hopeful for peace, there are still some concerns that violence could break out.
Samuel Kamau was burned out of his home five years ago. He said as a landowner, he has no interest in a repeat of violence. “We don’t want hatred, because we know we are the ones who will lose the most.”''',
    quotes=[
        Q('“In 2007, people here', 'even one.”', "Bernard Wanzala"),
        Q('“We don’t want hatred,', 'lose the most.”', "Samuel Kamau"),
    ],
    aliases={"Bernard Wanzala": ["Metal worker Bernard Wanzala"], "Samuel Kamau": []},
),
]
