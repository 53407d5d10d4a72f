# Held-out English news pages (tests/data/heldout86-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on diplomacy and conflicts in Europe, the Middle East and South Asia,
# works of the US government in the public domain: five press items of VOA's public relations site insidevoa.com on VOA
# interviews (Afghan President Hamid Karzai on civilian casualties, May 2007; Iraqi President Jalal Talabani on the
# strategic agreement with the United States, June 2008; Kurdish Iraqi parliamentarian Mahmoud Ali Othman at VOA, March
# 2009; Georgian President Mikheil Saakashvili on the first anniversary of the Russian-Georgian war, August 2009; former
# Pakistani President Pervez Musharraf with VOA's Ayesha Tanzeem); testbig.com copies of Robert Berger's VOA report from
# Jerusalem on an Olmert-Abbas meeting (Mark Regev, Saeb Erekat; August 2008) and of the VOA story on Sri Lanka's claim to
# have neutralized the 'Sea Tigers' (Brigadier Udaya Nanayakkara; May 2009); and a visti24.com copy of a VOA Ukrainian
# Service story on US envoy Kurt Volker's talks with Russia (Pavlo Klimkin; January 2018), which names VOA as its origin.
# None is marked as from AP, Reuters or AFP. Stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation ("Accessibility links", "Breaking News"),
# "<!-- IMAGE -->" markers, photo captions (printed twice), VOA's standard closing paragraph about itself, link lines
# whose link is missing, the copy sites' own lines ('завжди свіжі новини', 'залишити коментар:') are dropped; the
# insidevoa subheadline under the headline is kept, as in heldout22-en; leading and trailing spaces of a stored line are
# trimmed; wording, spelling ('casualities', 'Saaskashvili', 'has lead'), inner spacing and quotation marks (straight or
# curly, as stored) are kept. Annotated by reading the pages, before whosaid was run on them (rules H550-H556 in
# ANNOTATION.md on top of H1-H545).
VOA = "public domain (VOA, US government work)"
VOAC = "public domain (VOA, US government work; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout86-en.jsonl

Built by `build.py` from `heldout86_pages.py`. Like heldout22-en, heldout24-en, heldout60-en, heldout67-en, heldout74-en,
heldout78-en and heldout84-en, these texts are stored web pages (the `pages` search corpus) of the Voice of America, none
of them used in a set above, this time on diplomacy and conflicts in Europe, the Middle East and South Asia: five press
items of VOA's public relations site insidevoa.com on VOA interviews (Afghan President Hamid Karzai on civilian
casualties, May 2007; Iraqi President Jalal Talabani on the strategic agreement with the United States, June 2008;
the Kurdish Iraqi parliamentarian Mahmoud Ali Othman at VOA, March 2009; Georgian President Mikheil Saakashvili on the
first anniversary of the Russian-Georgian war, August 2009; former Pakistani President Pervez Musharraf interviewed by
Ayesha Tanzeem), testbig.com copies of Robert Berger's VOA report from Jerusalem on a meeting of Ehud Olmert and Mahmoud
Abbas (August 2008) and of the VOA story on Sri Lanka's army claiming to have neutralized the LTTE 'Sea Tigers'
(Brigadier Udaya Nanayakkara, May 2009), and a visti24.com copy of a VOA Ukrainian Service story on US Special Envoy Kurt Volker's talks with
Russia (January 2018). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Navigation lines, image markers, photo captions, VOA's standard closing
paragraph, link lines and the copy sites' own lines were dropped; wording and quotation marks are as stored. None of
these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every
existing text). The annotation (rules H550–H556 in `ANNOTATION.md` on top of H1–H545) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-testbig-en-olmert-abbas-prisoners-2008",
    source="https://testbig.com/voa/israel-release-palestinian-prisoners-goodwill-gesture",
    license=VOAC, retrieved=PAGES + " (testbig.com copy of Robert Berger's VOA report from Jerusalem of 6 August 2008; the stored copy has no headline and begins with its place and date lines, kept as stored (H555); it ends after the paragraph on the status of Jerusalem, kept whole)",
    text='''Jerusalem
06 August 2008
Israeli and Palestinian leaders met Wednesday in a bid to advance the peace process. Robert Berger reports from the VOA bureau in Jerusalem.
Israeli Prime Minister Ehud Olmert hosted Palestinian President Mahmoud Abbas at his official residence in Jerusalem to assess progress in peace talks sponsored by the United States. As a goodwill gesture, Mr. Olmert promised to release an undisclosed number of Palestinian prisoners by the end of the month.
"We are committed to doing everything we can to make this process work," said prime minister's spokesman Mark Regev.
The meeting was the first between the two leaders since Mr. Olmert's announcement a week ago that he would resign in September over a corruption scandal.
Mr. Abbas asked Mr. Olmert how that would affect negotiations on a Palestinian state. Regev says the prime minister responded that he would continue to work for peace as long as he remains in office.
"I can tell you the prime minister is cool, he's doing the work that needs to be done. I see him conducting the business of government in an ongoing way," added Regev.
Palestinian negotiator Saeb Erekat said the political upheaval in Israel must not stop the peace process.
"It's an internal Israeli matter as far as we're concerned. But at the end of the day, as Palestinians, we want to make peace with all Israelis, not with this party or that person," he said.
Nevertheless, as a lame duck, Mr. Olmert does not have the political clout to deliver on major territorial concessions to the Palestinians. And he has already thrown cold water on the U.S. goal of a peace agreement by the end of the year. Last month, Mr. Olmert told a parliamentary committee that it is impossible to reach an agreement in such a short time because of deep differences over the status of Jerusalem.''',
    quotes=[
        Q('"We are committed', 'process work,"', "Mark Regev"),
        Q('"I can tell you', 'in an ongoing way,"', "Mark Regev"),
        Q("\"It's an internal Israeli matter", 'or that person,"', "Saeb Erekat"),
    ],
    aliases={"Mark Regev": ["Regev"]},
),
dict(
    id="insidevoa-en-karzai-civilian-casualties-2007",
    source="https://www.insidevoa.com/a/a-13-34-2007-05-18-karzai-casualties-111611324/178293.html",
    license=VOA, retrieved=PAGES + " (press release of VOA's public relations office; " + DROP_NAV + "; the marker '<!-- IMAGE -->' dropped; the subheadline 'Presidential profile airs Saturday, 19 May' kept (H550); the paragraph 'The in-depth profile of President Karzai will air May 19 on TV Ashna, ... by satellite on Asiasat Chan...', cut in the stored copy, dropped)",
    text='''Afghanistan Working to End Civilian Casualties, Karzai Says
Presidential profile airs Saturday, 19 May
Washington, D.C., May 18, 2007 – Continuing civilian casualties in the Afghanistan conflict threaten to set the country back and must be prevented, Afghanistan’s President Hamid Karzai said in an exclusive television interview with the Voice of America (VOA).
"This is a very serious question. It's something that hurts us a lot," Mr. Karzai said, explaining that Afghanistan's government is working with NATO and coalition forces to end civilian casualities. "We have to find a way."
Airing Saturday, May 19, the profile that emerges from VOA's wide-ranging interview gives a look at Karzai the man as well as Karzai the president. He has a vision for his country, and plans for how to achieve that vision.
"I want to have a country with roads, with health services, with education, like any other country," he told VOA. Women are an important and growing presence in Afghan society. "They are present in parliament, they are present in schools and universities," Mr. Karzai said, adding that, out of the 57,000 students taking the university entrance exam, the top scorer was a young woman from Herat.
Mr. Karzai acknowledged that there is still a lot of work to be done in achieving his vision for Afghanistan, particularly in fighting the drug trade. "We need to take more initiatives and many more steps in this direction in order for us to have something to show to the world as our success."
A Muslim himself, he had harsh words for those who use religion to justify violence. "Those who kill in the name of Islam, those who hurt in the name of Islam, are the enemy of Islam. No doubts about that."''',
    quotes=[
        Q('"This is a very serious question.', 'hurts us a lot,"', "Hamid Karzai"),
        Q('"We have to find a way."', None, "Hamid Karzai"),
        Q('"I want to have a country', 'like any other country,"', "Hamid Karzai"),
        Q('"They are present in parliament', 'schools and universities,"', "Hamid Karzai"),
        Q('"We need to take more initiatives', 'as our success."', "Hamid Karzai"),
        Q('"Those who kill in the name of Islam', 'No doubts about that."', "Hamid Karzai"),
    ],
    aliases={"Hamid Karzai": ["Mr. Karzai", "Karzai"]},
),
dict(
    id="insidevoa-en-talabani-strategic-agreement-2008",
    source="https://www.insidevoa.com/a/a-13-34-2008-06-27-iraqi-president-111610264/178246.html",
    license=VOA, retrieved=PAGES + " (press release of VOA's public relations office; " + DROP_NAV + "; the subheadline kept (H550); the sentence ending 'can be found online at' kept as stored, its link not in the copy; VOA's standard closing paragraph 'The Voice of America, which first went on the air in 1942, ...', cut in the stored copy, dropped)",
    text='''VOA Interviews Iraqi President
Talabani assures neighboring countries new strategic agreement with US poses no threat
Washington, D.C., June 27, 2008 – Iraqi President Jalal Talabani, in an exclusive interview with the Voice of America (VOA), assured Iraq's neighbors that the forthcoming long-term strategic agreement between his country and the United States would not pose a threat for them.
"Iraq is in its springtime because our relations have never been as good as it is today with other countries," said President Talabani.
He also hoped that all Iraqi groups would understand the importance of the strategic agreement with the United States.
On Iraq's relations with neighboring Turkey, the President told VOA the Turkish Prime Minister will visit Baghdad and there will be an accord between the two countries regarding bilateral relations. He added: "Currently, Iraqi Kurds and Turkey have good relations following several meetings in Baghdad, Kurdistan and London."
President Talabani's remarks follow a meeting with President Bush Wednesday where both leaders called for a long-term strategic agreement between Iraq and the United States. The Senate also passed a $162 billion bill Thursday that will continue to finance operations in Iraq and Afghanistan through the end of the Bush administration.
VOA's Kurdish Service broadcasts four hours of daily programming on radio and the Internet. In addition to radio broadcasts on shortwave and AM, the programs are broadcast on FM in several cities in Iraq. Further coverage of the Middle East can be found online at''',
    quotes=[
        Q('"Iraq is in its springtime', 'with other countries,"', "Jalal Talabani"),
        Q('"Currently, Iraqi Kurds', 'Kurdistan and London."', "Jalal Talabani"),
    ],
    aliases={"Jalal Talabani": ["President Talabani", "Talabani"]},
),
dict(
    id="insidevoa-en-othman-iraq-challenges-2009",
    source="https://www.insidevoa.com/a/a-13-34-2009-04-01-othman-111607319/178056.html",
    license=VOA, retrieved=PAGES + " (press release of VOA's public relations office; " + DROP_NAV + "; the two markers '<!-- IMAGE -->' dropped; the subheadline kept (H550); the paragraph 'VOA will broadcast stories on the discussion with Othman on several of its 45 language services, including the Turkish and Kurdish Services ( and', whose links are missing, and the following paragraph 'Othman was in Washington to attend the Kurdish National Congress (KNC) confere...', cut in the stored copy, dropped)",
    text='''Iraqi Parliamentarian Discusses Country's Challenges at VOA Event
Says real improvement in Iraq will occur when citizens' daily lives improve
Washington, D.C., March 31, 2009 – A leading Iraqi parliamentarian, speaking today at the Voice of America (VOA), said Iraq faces challenges creating permanent improvements in security when U.S. troops leave the country.
"I hope the withdrawal would be in a way that would make the situation better," said Mahmoud Ali Othman, a Kurdish political leader and member of the Iraqi National Assembly. "Everyone likes the withdrawal (but) … in a way that will not leave so many problems behind."
President Obama's timetable calls for an end to the U.S. combat mission in August 2010, with U.S. troops quitting Iraq by 2011. The current 142,000 troops would decline to between 35,000 and 50,000 by August 2010.
Othman said the security situation in Iraq has improved, but the Iraqi military needs additional training and equipment. Real improvement in Iraq will occur when "the citizen says that…his daily life has improved." Othman said Iraq faces challenges like corruption and the need for political reform and reconciliation.
Asked whether former President Bush was correct to say that history would vindicate him on the decision to invade Iraq in 2003, Othman said the results have been mixed. "President Bush … did a good job by ending Saddam Hussein's regime. That was a disaster, the Saddam Hussein regime."
But the United States lacked a clear policy to deal with Iraq after the invasion. "We hope that, at the end, we will reach an era which will be good for [Iraq's] people, good for its neighbors, and as democratic and as stable as possible."''',
    quotes=[
        Q('"I hope the withdrawal', 'the situation better,"', "Mahmoud Ali Othman"),
        Q('"Everyone likes the withdrawal', 'problems behind."', "Mahmoud Ali Othman"),
        Q('"the citizen says that', 'has improved."', "Mahmoud Ali Othman"),
        Q('"President Bush … did a good job', 'the Saddam Hussein regime."', "Mahmoud Ali Othman"),
        Q('"We hope that, at the end', 'as stable as possible."', "Mahmoud Ali Othman"),
    ],
    aliases={"Mahmoud Ali Othman": ["Othman"]},
),
dict(
    id="insidevoa-en-saakashvili-war-anniversary-2009",
    source="https://www.insidevoa.com/a/a-13-34-2009-08-07-voa44-111609984/178216.html",
    license=VOA, retrieved=PAGES + " (press release of VOA's public relations office; " + DROP_NAV + "; the subheadline kept (H550); the paragraph 'VOA's Russian Service reaches its audience exclusively through the Internet (www.golosameriki.us or www.voane...', cut in the stored copy, dropped)",
    text='''Georgian President Talks About Russian-Georgian War and Change on First Anniversary
Saakashvili said the war brought many changes to Georgia’s political landscape
Washington, D.C., August 7, 2009 – On the first anniversary of the Russian-Georgian war, Georgian president Mikheil Saakashvili told the Voice of America that “the international community knows that Georgia did not start the war.”
Saakashvili said the war brought many changes to Georgia’s political landscape, most importantly, a commitment “to even more democratic openness because we believe it will be our best defense from another attack.” He added that this commitment “motivates our people and strengthens ties with our allies.”
The exclusive email-interview with VOA’s Russian Service highlighted the progress that Georgia has made since last August, U.S.-Georgian relations and the political environment in Georgia today.
The Georgian president told VOA that Vice President Biden’s recent visit signaled “support for our territorial integrity and our efforts to rebuild the country, strengthen our democracy and develop close ties with the U.S. and Europe.” Saakashvili said that the Georgian people “are grateful for the support we received from the Vice President Biden, President Obama and his entire administration as well as support we received from Europe and many others.”
Opposition to the Saaskashvili government has lead to recent protests in Georgia, but Saaskashvili told VOA that “opposition and protests are an integral part of democracy.” He said that he told his government “to use maximum restraint to ensure the freedom of expression for every Georgian.” He added that he believes that the opposition now understands the people want to bring about change and reform through parliamentary debates, not through protests.''',
    quotes=[
        Q('“the international community knows', 'did not start the war.”', "Mikheil Saakashvili"),
        Q('“to even more democratic openness', 'from another attack.”', "Mikheil Saakashvili"),
        Q('“motivates our people', 'with our allies.”', "Mikheil Saakashvili"),
        Q('“support for our territorial integrity', 'the U.S. and Europe.”', "Mikheil Saakashvili"),
        Q('“are grateful for the support', 'and many others.”', "Mikheil Saakashvili"),
        Q('“opposition and protests', 'integral part of democracy.”', "Mikheil Saakashvili"),
        Q('“to use maximum restraint', 'for every Georgian.”', "Mikheil Saakashvili"),
    ],
    aliases={"Mikheil Saakashvili": ["Saakashvili", "Saaskashvili"]},
),
dict(
    id="voa-testbig-en-sri-lanka-sea-tigers-neutralized-2009",
    source="https://testbig.com/voa/sri-lanka-claims-sea-tigers-neutralized-total-victory-imminent",
    license=VOAC, retrieved=PAGES + " (testbig.com copy of the VOA story of 16 May 2009 under its VOA headline; the player line 'Reading audio' dropped; the date line kept as stored; the paragraph 'Most of Sri Lanka's Tamils are Hindus with a significant number of Christians. The Sinhalese are primarily Buddhist...', cut in the stored copy, dropped)",
    text='''Sri Lanka Claims 'Sea Tigers' Neutralized, Total Victory Imminent
16 May 2009
The Liberation Tigers of Tamil Eelam - the rebel force fighting for independence on the island nation of Sri Lanka - appears on the verge of a total military defeat. Government troops claim the surrounded LTTE leadership has only a matter of hours to surrender or face destruction.
Sri Lanka's military says all routes of escape for the rebels have been cut.
Most significantly is the apparent defeat of the guerrilla movement's ability to get personnel and weapons onto and off shore.
Brigadier Udaya Nanayakkara tells VOA News two Army divisions moving from opposite directions have joined together, trapping the Tamil Tigers on a narrow and short patch of coastline.
"With the troops moving and linking up we have completely confined the LTTE Sea Tigers onto ground. So that's a significant victory. With that we have confined LTTE to less than a two-square-kilometer area and surrounded them on ground from all directions," he said.
The military says despite inevitable defeat, the rebels are continuing to pose a lethal threat to the troops. Army Brigadier Nanayakkara says large vehicles loaded with explosives and targeted at soldiers are among the suicide tactics still being used.
"LTTE will use all their lethal equipment against the Army troops coming towards them. Army is prepared to face any threat from the LTTE. We'll see the total area being liberated very soon," he said.
Defense officials say based on statements given by captured relatives of high-ranking LTTE officials they are confident that the group's founder and leader, Velupillai Prabhakaran, is now trapped and has not escaped the combat zone.
The Tamil Tigers have fought a civil war for a quarter century in hopes of establishing an independent ethnic homeland on the Sinhalese-dominated island.''',
    quotes=[
        Q("'Sea Tigers'", None, None),
        Q('"With the troops moving', 'from all directions,"', "Udaya Nanayakkara"),
        Q('"LTTE will use all their lethal equipment', 'liberated very soon,"', "Udaya Nanayakkara"),
    ],
    aliases={"Udaya Nanayakkara": ["Brigadier Udaya Nanayakkara", "Nanayakkara"]},
),
dict(
    id="insidevoa-en-musharraf-on-voa",
    source="https://www.insidevoa.com/a/pervez-musharraf-on-voa/1595604.html",
    license=VOA, retrieved=PAGES + " (item of VOA's public relations site; " + DROP_NAV + "; the photo caption 'Former Pakistani President Pervez Musharraf interviewed by VOA's Ayesha Tanzeem', printed twice, dropped; the closing line 'For more information about VOA’s Urdu language programs visit', whose link is missing, dropped; the stored copy gives no date)",
    text='''Pervez Musharraf on VOA
A VOA interview with former Pakistani President Pervez Musharraf sparked widespread interest among Pakistani news channels this week.
Several TV networks including Geo, Dunya, Express, Samaa and Aaj, rebroadcast parts of the interview, which focused on allegations that have surfaced against the former president as well as his plans to return home and take part in the upcoming presidential election.
Musharraf, who spoke with VOA’s Ayesha Tanzeem, host of the Urdu Service TV program Access Point, and the English language show, On the Line, commented for the first time on the recent allegations against him, which are contained in a new book written by a former general.
Musharraf called the allegations “malicious propaganda” and nonsense that was harming the interests of Pakistan.
Tanzeem says she was surprised the former president declined to take a strong position on the need for democratic principles in Pakistan, which has seen a number of military coups since independence in 1947.
When she asked if he would oppose a military coup if one was launched in Pakistan, Musharraf said, “one has to see when such things happen, these are not simple affairs which can be decided ‘off the cuff’ like this.” He said, “Whatever is in the interests of Pakistan, I will support that.”
The interview with Musharraf, which was conducted in both English and Urdu, was one of only two he granted during his visit to Washington.''',
    quotes=[
        Q('“malicious propaganda”', None, "Pervez Musharraf"),
        Q('“one has to see', '‘off the cuff’ like this.”', "Pervez Musharraf"),
        Q('“Whatever is in the interests', 'I will support that.”', "Pervez Musharraf"),
    ],
    aliases={"Pervez Musharraf": ["Musharraf"]},
),
dict(
    id="voa-visti24-en-volker-confirms-russia-talks-2018",
    source="https://visti24.com/2018/01/us-special-envoy-for-ukraine-confirms-russia-talks.html",
    license=VOAC, retrieved=PAGES + " (visti24.com copy of a VOA Ukrainian Service story of January 2018 under its VOA headline; the site's own lines 'завжди свіжі новини' and 'залишити коментар:' dropped; the story's closing line 'This story originated in VOA’s Ukrainian Service.' kept)",
    text='''US Special Envoy for Ukraine Confirms Russia Talks
U.S. Special Envoy for Ukraine Kurt Volker says he is scheduled to hold a new round of talks with Russian presidential aide Vladislav Surkov in Dubai on Jan. 26.
Volker told VOA’s Ukrainian Service that he will arrive in eastern Ukraine on Wednesday and stop in Kyiv on Thursday, before heading to Dubai to discuss the war in eastern Ukraine and prospects for the introduction and possible format of the peacekeeping mission.
Ukrainian Foreign Minister Pavlo Klimkin, who confirmed the meeting at a Monday press conference, said he’s eager to see how talks go after Washington’s recent unveiling of new sanctions against Russia.
Kyiv, he said, is curious to see “how we can use new U.S. sanctions” to forge some kind of sustainable peace plan.
Volker called his last meeting with Surkov in Belgrade last November “a step back.”
“It was a welcoming meeting and a positive discussion, but it was a step back,” he said, calling Russia unready to entertain the idea of introducing a United Nations peacekeeping mission in the Donbass.
“We will see what will happen at our next meeting,” he said.
This story originated in VOA’s Ukrainian Service.''',
    quotes=[
        Q('“how we can use new U.S. sanctions”', None, "Pavlo Klimkin"),
        Q('“a step back.”', None, "Kurt Volker"),
        Q('“It was a welcoming meeting', 'it was a step back,”', "Kurt Volker"),
        Q('“We will see what will happen', 'our next meeting,”', "Kurt Volker"),
    ],
    aliases={"Kurt Volker": ["Volker"]},
),
]
