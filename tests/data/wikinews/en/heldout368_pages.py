# Held-out English news texts (tests/data/heldout368-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5, attribution "Wikinews contributors") from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
# amalgum/news/xml, files whose <word> starts with a letter from a to c and sorts after 'catholic', or starts with s),
# detokenized like the heldout3-en to heldout88-en, heldout306-en and heldout359-en AMALGUM sets: every word, digit,
# punctuation mark and quotation mark as in the copy, only the spacing between tokens restored following ordinary
# English typography; title = first line, date line = second line, then one paragraph per line following the copy's <p>
# elements, section headings kept as lines. Captions, datelines, a match-statistics box and a group standings table
# dropped. Annotated by reading the texts, before whosaid was run on them (rules H1930-H1934 in ANNOTATION.md on top of
# H1-H1929).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"
WN = "CC BY 2.5 (Wikinews)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout368-en.jsonl

Built by `build.py` from `heldout368_pages.py`. Like heldout3-en to heldout20-en, heldout39-en, heldout42-en,
heldout82-en, heldout88-en, heldout306-en and heldout359-en, these texts are English Wikinews articles (CC BY 2.5,
attribution "Wikinews contributors") taken from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
`amalgum/news/xml/AMALGUM_news_<word>.xml`, files whose `<word>` starts with a letter from a to c and sorts after
`catholic`, or starts with s; found by guessing exact file names and checking them with the `find_files` tool, read with
the `read_file` tool), detokenized by hand like those sets: every word, digit, punctuation mark and quotation mark is as
in the copy (straight marks, and the curly apostrophes of `it’s` and `I’m` in the same-sex marriage article), only the
spacing between tokens was restored following ordinary English typography (no space before , . ; : ? ! ) 's n't, none
after an opening mark or before a closing one; `US$` + `7` written `US$7`, `Reuters` + `/Ipso` written `Reuters/Ipso`).
Title = first line, date line = second line, then one paragraph per line following the copy's `<p>` elements; section
headings are lines of their own. Image captions, a dateline (`Cheonan, South Korea`), a match-statistics box and a group
standings table were dropped; AMALGUM's own annotations (POS, lemmas, entities) were not used for the quote annotation.
None is credited to AP, Reuters, AFP or another third party (Reuters appears only as the publisher of a poll cited in
the text). Six texts: the January 2009 Israeli unilateral ceasefire in Gaza (file `ceasefire`), a 2007 U-17 World Cup
match report with a quotations section (`colombia`), the November 2013 Geneva deal on Iran's nuclear programme
(`sanctions`), the December 2009 Mogadishu hotel suicide bombing (`suicide`), the March 2013 US Supreme Court hearings on
same-sex marriage (`supreme`) and the August 2008 Azizabad airstrike in Afghanistan (`civilians`). Read for this set and
skipped: `sri` (a 2007 Cricket World Cup scorecard, no quotation); `chavez` is in an earlier set; about thirty other
guessed names (`chile`, `china`, `clinton`, `court`, `senate`, `syria`, `cricket`, `strike`, `climate`, `cuba`, `spain`,
...) do not exist in the copy.
None of the six is in an earlier set: checked by AMALGUM file name (`AMALGUM_news_ceasefire`, `_colombia`,
`_sanctions`, `_suicide`, `_supreme`, `_civilians` in no module of tests/data), by URL and title, and by the speakers'
names and distinctive phrases (`Barhoum`, `utilizing all the elements`, `Herrlich`, `goalfest`, `Nazarith`, `cosmetic
concessions`, `nuclear suitcase`, `Shamo`, `national tragedy for the Somali`, `Mohamoud said`, `studiously avoided`,
`Strobhar`, `Nielson-Green`, `Azizabad`, `Omarzaisaid`: no hit, except `Herrlich` and `Nazarith`, found only in the
German heldout32-de, a different article in German, and `Barhoum`, a Hamas spokesman who speaks in a heldout13-en article
about other words), grepped in tests/data of the main checkout and of every other helper's worktree, and by 8-word
overlap with every text of tests/data/*.jsonl there (no shared 8-word sequence for any of the six).
The annotation (rules H1930–H1934 in `ANNOTATION.md` on top of H1–H1929) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2009-01-18-israel-ceasefire-gaza-rockets-continue",
    source="https://en.wikinews.org/wiki/Israel_announces_ceasefire_in_Gaza_Strip%3B_rocket_fire_into_Israel_continues",
    license=WN, retrieved=AMG.format("AMALGUM_news_ceasefire") + "; the image caption ('The remains of a bombed orphanage and a mosque in Gaza / Image: ISM Palestine.') dropped; the paragraph the copy opens with a mark printed as a fragment of its own and tagged as closing ('The occupier must halt ...') written with that mark attached to the first word as an opening mark (H1931); the copy's 'for the Israeli to withdraw' and the hyphen in 'Israel's force - on land' kept",
    text='''Israel announces ceasefire in Gaza Strip; rocket fire into Israel continues
Sunday, January 18, 2009
Yesterday Israeli Prime Minister Ehud Olmert held a press conference to announce that Israel would observe a unilateral ceasefire in their offensive in the Gaza Strip, but that Israeli troops would remain in Gaza. The ceasefire began at 2:00 a.m. local time in Gaza.
Olmert stated that he understands Hamas does not agree to the ceasefire. He also stated that in order for the Israeli to withdraw from Gaza, Hamas "must stop firing rockets" into Israel, but that excessive rocket fire would cause the Israel Defense Forces to "respond with force".
"At two o'clock in the morning (0000 GMT) we will stop fire but we will continue to be deployed in Gaza and its surroundings. If our enemies decide to strike and want to carry on then the Israeli army will regard itself as free to respond with force," said Olmert during the press conference.
"The IDF and the Israel Security Agency have succeeded in conducting an outstanding operation, utilizing all the elements of Israel's force - on land, at sea and in the air. The military operation was characterized by determination, sophistication, courage and an impressive ability in intelligence and operations, which led to significant and numerous achievements," added Olmert.
Despite the ceasefire, Hamas continues to fire rockets into Israel. According to Press TV, at least 8 rockets have been fired overnight, the most ever fired into Israel at nighttime. This comes just four hours after Olmert said that "the factories in which its missiles were manufactured have been destroyed" along with "smuggling routes, through dozens of tunnels, have been bombed".
Hamas issued a statement following the press conference saying the ceasefire is not enough and that their resistance will continue.
"The occupier must halt his fire immediately and withdraw from our land and lift his blockade and open all crossings and we will not accept any one Zionist soldier on our land, regardless of the price that it costs," said Fawzi Barhoum, a Hamas spokesman.
Nearly 1,200 Palestinians have been killed as a result of the Israeli offensive into Gaza, and more than 400 of those killed have been children. The Israeli military says that at least 13 of their soldiers have been killed in the fighting.
Israel claims it began its offensive in order to stop rockets that Hamas was firing into Israel. The reason for Hamas to fire these rockets is that Israel blocks transport into the Gaza Strip, which Israel in turn does because those transports may include such rockets, thus creating a vicious circle. Nicolas Sarkozy, President of France, says that all three (the invasion, the rockets and the blockade) have to stop.''',
    quotes=[
        Q('"must stop firing rockets"', None, "Ehud Olmert"),
        Q('"respond with force"', None, "Ehud Olmert"),
        Q('"At two o\'clock', 'respond with force,"', "Ehud Olmert"),
        Q('"The IDF and', 'numerous achievements,"', "Ehud Olmert"),
        Q('"the factories in which', 'have been destroyed"', "Ehud Olmert"),
        Q('"smuggling routes,', 'have been bombed"', "Ehud Olmert"),
        Q('"The occupier must', 'that it costs,"', "Fawzi Barhoum"),
    ],
    aliases={"Ehud Olmert": ["Ehud Olmert", "Israeli Prime Minister Ehud Olmert", "Olmert"],
             "Fawzi Barhoum": ["Fawzi Barhoum", "a Hamas spokesman"]},
),
dict(
    id="wn-en-2007-08-20-u17-world-cup-germany-colombia-draw",
    source="https://en.wikinews.org/wiki/2007_U-17_FIFA_World_Cup%3AGermany_and_Colombia_draw_in_goalfest",
    license=WN, retrieved=AMG.format("AMALGUM_news_colombia") + "; the title written as the copy and the URL have it, with no space after the colon; the dateline 'Cheonan, South Korea' after the date dropped; the match-statistics box (score, attendance, goalscorers, bookings) and the 'Group F standings' heading with its table dropped as navigation; the heading 'Quotes' kept as a line; each speaker's bold name line with role and colon kept at the start of his quotation's paragraph, as the copy puts both in one <p> (H1930); '2-1', '3-1' as in the copy",
    text='''2007 U-17 FIFA World Cup:Germany and Colombia draw in goalfest
Monday, August 20, 2007
Germany have opened their 2007 FIFA U-17 World Cup campaign with a draw against Colombia in Cheonan, South Korea.
The opening goal of the match came in 14th minute when Colombia captain Miguel Julio met a free kick with a header. The Germans began creating chances before Dennis Dowidat netted a 34th minute equaliser, accelerating past his marker down the right and arrowing a drive into the far top corner from a tight angle. The Europeans took the lead just five minutes later after a passing move down the right flank, Richard Sukuta-Pasu converting a low cross to hand his side a 2-1 half time lead.
The Germans got their 3rd goal of the game with a similar move just after half time. Toni Kroos supplied a cross for Dowidat to poke him his second of the game during the 49th minute. Colombia tied the game with a penalty shot and a long range goal from Cristian Nazarith in the 66th minute and 88th minute respectively.
Quotes
Heiko Herrlich (GER), Germany coach: "We knew Colombia were very dangerous at set plays, and that's how they scored their first goal. But compliments to my team for hitting back straightaway. We were in the driving seat after that and thoroughly deserved our lead. Colombia played a lot of long balls in the second half, exactly as we expected, and that's how they ended up equalising. Obviously, my lads are a shade disappointed because we've thrown it away today. But I can't fault my players, they gave everything in difficult conditions. Colombia kept clean sheets against Brazil and Argentina at the South American championships, but we've scored three against them today."
Eduardo Lara (COL), Colombia coach: "That was a crucial match for us. We started well, but unfortunately we fell 3-1 behind, so I'm incredibly proud of the fact we were able to turn it around. Normally, our main strength is our organisation, but unfortunately we made a few unnecessary errors in defence today, and that has to change. Cristian Nazarith was excellent today, but all my players are working very hard for our success and for the team."
Nils Teixeira (GER), Germany defender: "After a nervous start, we settled well. We played the better football, we had Colombia under control, and we deserved our 3-1 lead. But we dropped too deep after that, and their long-ball game paid off for them. In our remaining games, we need to keep it a little tighter at the back and not drop too deep, although there's not a lot to improve in our attacking play."
Miguel Julio (COL), Colombia midfielder: "The opening goal should have given us the confidence we needed, but after that we let Germany play far too much football. I'm still extremely happy with the result, because in my opinion, Germany are the strongest team in the group. Now we'll do our best to beat Trinidad and Ghana."''',
    quotes=[
        Q('"We knew Colombia', 'against them today."', "Heiko Herrlich"),
        Q('"That was a crucial', 'for the team."', "Eduardo Lara"),
        Q('"After a nervous start', 'our attacking play."', "Nils Teixeira"),
        Q('"The opening goal should', 'Trinidad and Ghana."', "Miguel Julio"),
    ],
    aliases={"Heiko Herrlich": ["Heiko Herrlich", "Germany coach"],
             "Eduardo Lara": ["Eduardo Lara", "Colombia coach"],
             "Nils Teixeira": ["Nils Teixeira", "Germany defender"],
             "Miguel Julio": ["Miguel Julio", "Colombia captain Miguel Julio", "Colombia midfielder"]},
),
dict(
    id="wn-en-2013-11-25-iran-nuclear-deal-sanctions-reduction",
    source="https://en.wikinews.org/wiki/Iran_to_reduce_nuclear_enrichment_in_exchange_for_sanctions_reduction",
    license=WN, retrieved=AMG.format("AMALGUM_news_sanctions") + "; the image caption ('The negotiations in Geneva on Sunday. / Image: US Department of State.') dropped; the bracketed insertions '[i]n' and '[the]' in Hassan Rouhani's quotation and the punctuation after the closing marks ('world powers\".', 'accountability\".') as in the copy; 'US$' + '7' written 'US$7', '5' + '%' written '5%'",
    text='''Iran to reduce nuclear enrichment in exchange for sanctions reduction
Monday, November 25, 2013
Yesterday in Geneva, Iran and the P5+1 nations — the five permanent members of the UN Security Council; United States, United Kingdom, China, France, and Russia; plus Germany — reached a six-month deal over Iran's nuclear enrichment programme. Iran is to reduce its nuclear activities in return for a lifting of some economic sanctions.
Iran has agreed to not build any new enrichment facilities, to halt enrichment of uranium past a purity of 5%, to "neutralise" a stockpile of nearly 200 kg of enriched uranium of a purity of nearly 20%, to not install new centrifuges, and to disable a number of existing centrifuges. They also have to allow access for inspections by the International Atomic Energy Agency (IAEA) to a number of sites including Natanz and Fordo, as well as information on the reactor at Arak.
In return, the P5+1 is to provide "limited, temporary, targeted, and reversible" relief from economic sanctions including removal of specific trade sanctions on precious metals, including gold; the automotive sector; and oil. The sanctions relief is worth around US$7 billion (about €5 billion).
In Tehran, Iran's negotiators were welcomed home at the airport by a gathering of supporters holding placards. Hundreds of thousands of Iranians reportedly watched coverage of the negotiations through the Iranian night.
Hassan Rouhani, the Iranian president, told reporters, "[i]n this agreement, the right of [the] Iranian nation to enrich uranium was accepted by world powers". The United States contests this.
US president Barack Obama welcomed the deal: "For the first time in nearly a decade, we have halted the progress of the Iranian nuclear program, and key parts of the program will be rolled back." He said the provisions of the deal "cut off Iran's most likely paths to a bomb".
British prime minister David Cameron said the deal was an "important first step" and Iran was "further away from getting a nuclear weapon".
John Kerry, the United States Secretary of State, appeared with British foreign minister William Hague at a press conference in London. Kerry told reporters: "Now the really hard part begins, and that is the effort to get the comprehensive agreement, which will require enormous steps in terms of verification, transparency and accountability".
Benjamin Netanyahu, prime minister of Israel, said the deal was a "historic mistake" and said the Iranians had agreed only to "cosmetic concessions" that "can be undone by the Iranians within weeks". "Israel", he said, "is not bound to this agreement while Iran is committed to the destruction of Israel. Israel has the right to protect itself in the face of any threat. I wish to reiterate that as the prime minister of Israel — Israel will not allow Iran to develop nuclear military capabilities." He also said: "Iran is receiving billions of dollars in relief in the sanctions without paying any sort of price. Iran is receiving written approval to violate UN Security Council resolutions".
Naftali Bennett, the Israeli economic minister, warned of the prospects of a nuclear Iran: "If in another five or six years a nuclear suitcase explodes in New York or Madrid, it will be because of the agreement that was signed this morning".
A spokesman for President Obama stated: "the United States will remain firm in our commitment to Israel, which has good reason to be skeptical about Iran's intentions". Obama phoned Netanyahu on Sunday to try and reassure him.''',
    quotes=[
        Q('"neutralise"', None, None),
        Q('"limited, temporary,', 'and reversible"', None),
        Q('"[i]n this agreement', 'by world powers"', "Hassan Rouhani"),
        Q('"For the first time', 'be rolled back."', "Barack Obama"),
        Q('"cut off Iran', 'paths to a bomb"', "Barack Obama"),
        Q('"important first step"', None, "David Cameron"),
        Q('"further away from', 'nuclear weapon"', "David Cameron"),
        Q('"Now the really hard', 'and accountability"', "John Kerry"),
        Q('"historic mistake"', None, "Benjamin Netanyahu"),
        Q('"cosmetic concessions"', None, "Benjamin Netanyahu"),
        Q('"can be undone', 'within weeks"', "Benjamin Netanyahu"),
        Q('"Israel"', None, "Benjamin Netanyahu"),
        Q('"is not bound', 'military capabilities."', "Benjamin Netanyahu"),
        Q('"Iran is receiving billions', 'Council resolutions"', "Benjamin Netanyahu"),
        Q('"If in another five', 'this morning"', "Naftali Bennett"),
        Q('"the United States will remain', 'Iran\'s intentions"', None),
    ],
    aliases={"Hassan Rouhani": ["Hassan Rouhani", "the Iranian president"],
             "Barack Obama": ["Barack Obama", "US president Barack Obama", "President Obama", "Obama"],
             "David Cameron": ["David Cameron", "British prime minister David Cameron"],
             "John Kerry": ["John Kerry", "the United States Secretary of State", "Kerry"],
             "Benjamin Netanyahu": ["Benjamin Netanyahu", "prime minister of Israel", "Netanyahu"],
             "Naftali Bennett": ["Naftali Bennett", "the Israeli economic minister"]},
),
dict(
    id="wn-en-2009-12-03-suicide-bombing-somali-hotel",
    source="https://en.wikinews.org/wiki/At_least_fifteen_killed_after_suicide_bombing_in_Somali_hotel",
    license=WN, retrieved=AMG.format("AMALGUM_news_suicide") + "; no captions in the copy; the copy's 'the attack on Hotel.' and 'Recently-released' kept",
    text='''At least fifteen killed after suicide bombing in Somali hotel
Thursday, December 3, 2009
A deadly hotel bombing in Mogadishu, the capital of Somalia, has killed at least fifteen people, including three Somali Cabinet ministers, earlier today. Some reports say the death toll could be higher. The blast targeted a university graduation ceremony being attended by a number of government officials.
The Shamo Hotel was hosting a graduation ceremony for Banadir University. Eyewitnesses reported that a suicide bomber gained access to the venue dressed as a woman, donning a full abaya and a veil. The attacker was wearing an explosive strapped to his torso, but was not patted down by security.
The director of Median Hospital, Ali Yusuf, commented that "forty people with shrapnel wounds, including students and medical doctors, have been hospitalized today. Six people died at the hospital."
Former Islamic Courts Union members at the scene identified the bomber, whose head and face had been completely shaven, as a member of al-Shabab, the ultra-conservative Islamist group believed to have links to al-Qaeda.
Somali Health Minister Qamar Aden Ali, Education Minister Ahmed Abdullahi Waayeel, and Higher Education Minister Ibrahim Hassan Adow were killed in the attack on Hotel.
Abdulkadir Mohamed Osman, the Somali presidency's director of information, commented on the incident. "This is a national tragedy for the Somali people. The blast rocked inside the hotel, killing three ministers and wounding another one."
Adow served as the foreign secretary of the insurgent Islamic Courts Union when it took power in 2006. The Somali minister for sports is also reported to be hospitalized and in critical condition.
Mohamed Mohamoud, an attending graduate of the ceremony, said that he personally saw the remains of the health minister on the ground, as well as the corpses of other government officials. "The situation has dramatically changed from happiness to heartbreak. I am really discouraged for my colleagues. They have been studying in such a horrific environment, and today they passed away without benefiting from their education. May Allah give them his paradise," Mohamoud said.
Two journalists, a reporter for Radio Shabelle and a cameraman with al-Arabia TV, were also found dead from the explosion. The National Union of Somali Journalists has issued a statement condemning the attack and expressing outrage at the loss of their colleagues. Somalia is one of the world's most dangerous places for journalists to work. Eight have been killed in Somalia since the beginning of 2009.
Hotel Shamo is often chosen by government officials to host events and at one time was a popular lodging option for foreign journalists. Recently-released Canadian journalist Amanda Lindhout and Australian photojournalist Nigel Brennan were staying at the hotel before their capture last year.
The hotel security staff say that they were kicked out of the room prior to the ceremony, as government security officials wanted sole handling of the event. The government officials were attending the graduation of 43 students from the local Banadir University.
The official death toll from the blast is expected to continue to rise, with some reports indicating that more than 60 people have been found dead.
The attack is the latest in a string of incidents linking al-Shabab to common insurgent tactics used by Islamist terrorist groups in other parts of the world. Until recently, suicide bombings were an unusual practice in Somalia.
In September, al-Shabab claimed responsibility for a bold attack on a meeting between government officials and the African Union peacekeeping mission in Somalia, known as AMISOM, which killed 17 peacekeepers, including the top Burundian commander. Two vehicles containing explosives were given entry to the AMISOM base and subsequently blew up.
The rebel group is battling for control of the war-ravaged nation against the Western-backed Transitional Federal Government, led by former Islamic insurgent Sheikh Sharif Sheikh Ahmed. Rebel groups control much of southern and central Somalia, as well as significant portions of Mogadishu.
The government is being bolstered by the continuing presence of the peacekeeping force composed of Ugandans and Burundians. The AMISOM forces are mandated with the protection of key city sites such as the airport, seaport, and presidential palace.''',
    quotes=[
        Q('"forty people with', 'at the hospital."', "Ali Yusuf"),
        Q('"This is a national', 'another one."', "Abdulkadir Mohamed Osman"),
        Q('"The situation has', 'his paradise,"', "Mohamed Mohamoud"),
    ],
    aliases={"Ali Yusuf": ["Ali Yusuf", "The director of Median Hospital"],
             "Abdulkadir Mohamed Osman": ["Abdulkadir Mohamed Osman", "the Somali presidency's director of information"],
             "Mohamed Mohamoud": ["Mohamed Mohamoud", "Mohamoud"]},
),
dict(
    id="wn-en-2013-03-26-supreme-court-same-sex-marriage",
    source="https://en.wikinews.org/wiki/Supreme_Court_of_the_United_States_contemplates_same-sex_marriage",
    license=WN, retrieved=AMG.format("AMALGUM_news_supreme") + "; the three image captions (the Supreme Court building, Associate Justice Anthony Kennedy, protesters in St. Paul, Minnesota, each with its 'Image:' credit) dropped; the copy's curly apostrophes in 'it’s' and 'I’m', its 'Starbuck's' and the bracketed '[same-sex marriage]' kept; 'Reuters' + '/Ipso' written 'Reuters/Ipso', '38' + '%' written '38%'",
    text='''Supreme Court of the United States contemplates same-sex marriage
Tuesday, March 26, 2013
This week, the United States Supreme Court is scheduled to address two cases before them on the issue of same-sex marriage. The federal Defense of Marriage Act case is scheduled to be heard on Wednesday. The other case involves California's Proposition 8. A ruling is unlikely to be made until June.
The federal case involves the denial of privileges afforded to heterosexual married couples on the federal level, and the legality of states to opt out of recognizing legal marriages performed in other states in the union and to deny state benefits for those couples.
John Eastman, law professor at Chapman University and chairman of National Organization for Marriage, a group that opposes same-sex marriage, believes the eventual ruling will be a close one, with Associate Justice Anthony Kennedy likely to be the key swing vote. Eastman is quoted by U.S. News and World Report as saying of Kennedy, "All eyes are on Justice Kennedy and he's obviously written the two major gay rights decisions in the past decade and a half and that means that people rightly think that he's kind of open to taking this step, but he has studiously avoided taking that step in prior cases." Other court watchers agree with this sentiment.
In the lead up to the hearings, a number of high profile politicians have expressed their support for same-sex marriage including Democratic Senator Mark Warner of Virginia, Democratic Senator Claire McCaskill of Missouri, former Secretary of State Hillary Rodham Clinton and Republican Senator Rob Portman of Ohio. Earlier this month, 40 United States senators signed a legal brief arguing against the constitutionality of the federal Defense of Marriage Act that was submitted to the Supreme Court.
High visibility companies have also indicated support for legalized same-sex marriage in the United States, including Starbucks where CEO Howard Schultz gave company support at a share-holder meeting last week. After share-holder Tom Strobhar implied at the meeting that Starbuck's historical position of supporting same-sex marriage, which included open support of the same-sex marriage legalization efforts in the state of Washington last year, hurt the company's bottom line, Schultz responded by saying, "If you feel, respectfully, that you can get a higher return than the 38% you got last year, it’s a free country. You can sell your shares of Starbucks and buy shares in another company." The company's position is predicated on respecting diversity, even if it potentially impacts Starbucks earnings.
Goldman Sachs has also supported the push for same-sex marriage arguing that the lack of equality hurts businesses. Goldman Sachs, Marriott International and Thomson Reuters have all signed a legal brief condemning the federal Defense of Marriage Act.
A Washington Post-ABC News poll published last week showed support for same-sex marriage in the United States was at an all time high at 58%, an increase of 21% since 2003. A recent Gallup poll showed similar results, with 54% of Americans supporting federal benefits for gay and lesbian couples, an increase of 27% since 1996 when the federal Defense of Marriage Act became law. Last week, a poll published by Reuters/Ipso found 63% of Americans supported same-sex marriage or civil unions. Despite this, social conservatives argue that this support may be over-stated by as much as 7% when voters are asked to voice their opinion on the issue at the ballot box. They cite a 2010 study by New York University political science professor Patrick J. Egan. Social conservatives also argue that people lie to pollsters to avoid appearing intolerant. 2000 Republican presidential candidate Gary Bauer said on Fox News Sunday, "I’m not worried about [same-sex marriage], because the polls are skewed. Just this past November, four states, very liberal states, voted on this issue and my side lost all four of those votes. But my side had 45, 46 percent of the vote in all four of those liberal states." Brian S. Brown, president of the National Organization for Marriage, also argues that misleading polling questions over-count support for same-sex marriage in the United States.
Despite the potential for skewed polling, the four most recent ballot initiatives regarding same-sex marriage in the United States on a state level resulted in citizens voting to support same-sex marriage in Minnesota, Maryland, Washington and Maine. It also comes at a time when the most recent election cycle in the United States saw opponents of same-sex marriage outspent 3 to 1.''',
    quotes=[
        Q('"All eyes are on', 'in prior cases."', "John Eastman"),
        Q('"If you feel, respectfully', 'another company."', "Howard Schultz"),
        Q('"I’m not worried', 'liberal states."', "Gary Bauer"),
    ],
    aliases={"John Eastman": ["John Eastman", "Eastman"],
             "Howard Schultz": ["Howard Schultz", "CEO Howard Schultz", "Schultz"],
             "Gary Bauer": ["Gary Bauer", "2000 Republican presidential candidate Gary Bauer"]},
),
dict(
    id="wn-en-2008-08-24-afghan-government-civilians-killed-airstrike",
    source="https://en.wikinews.org/wiki/Afghan_government%3A_More_than_90_civilians_killed_by_US_airstrike",
    license=WN, retrieved=AMG.format("AMALGUM_news_civilians") + "; the image caption ('Afghanistan / Image: MarsRover.') dropped; the copy's '\"Most are women and children\" She continued:' (no punctuation after the closing mark), 'Omarzaisaid', 'has not been confirmed', the bracketed '[i]n' and the ellipsis ('innocent people... we') kept (H1933)",
    text='''Afghan government: More than 90 civilians killed by US airstrike
Sunday, August 24, 2008
Nematullah Shahrani, the Afghan government minister, has said that an investigation found that more than 90 civilians were killed in American led NATO air strikes early Friday in Azizabad, a village in Herat province. "Most are women and children" She continued: "They have claimed that Taliban were there. They must prove it, so far, it is not clear for us why the coalition conducted the air strikes."
Lt. Col. Rumi Nielson-Green, a spokeswoman for the U.S. military, said 30 Taliban insurgents were killed. The operation targeted a local Taliban commander, Mullah Siddiq. "We're confident that we struck the right compound," she said.
Brig. Gen. Richard Blanchette, a spokesman for NATO in Afghanistan, said investigators verified the deaths of five civilians. Probably relatives of the Taliban commander but the casualty numbers released by Afghan officials has not been confirmed by NATO.
Raouf Ahmedi, a spokesman for the western regional command of the Afghan army, said that the bodies of 60 children and 19 women were among the dead when Afghan military officials inspected the site on Saturday. "We couldn't and we haven't found any identification showing they are Taliban," Ahmedi said. Conflicting reports had earlier stated that a Taliban commander, Mullah Siddiq, was among those killed in the airstrike.
La'l Mohammad Omarzaisaid, district chief, said the bombed houses belonged to men who worked as security guards at an airstrip used by international troops that is 120km south of the city of Herat. Many of the dead had, in accordance with Afghan tradition, gathered to mark the 40th day since the killing of a militia commander. Ahmad Nader Nadery, an Afghan Independent Human Rights Commission researcher, said 15 houses had been destroyed and others were damaged. He also confirmed that memorial ceremony was being held for Timor Shah, deputy militia commander allied with the Afghan police. The death was related to a personal dispute. The memorial had attracted relatives and friends from outside Azizabad that were staying overnight in the village.
General Jalandar Shah Behnam, the head of the corps for western Afghanistan, and commando major Abdul Jabar were fired for "negligence and concealing facts," by Hamid Karzai, Afghanistan's president. The presidential decree also stated that "[i]n the tragic air strike and irresponsible and imprecise military operation in Azizabad village in Shindand district, more than 89 of our innocent countrymen, including women and children, were martyred." Karzai had earlier appealed to the U.S. led coalition to avoid civilian casualties and be careful.
In a statement the council of religious leaders for western Afghanistan said "Once again the enemies of Islam have stained their hands with the blood of innocent people... we, the Muslim nation, will not accept their apologies this time," and demanded a trial for those involved. A demonstration on Saturday by villagers and relatives of the victims used banners that read "Death to America" and a police van was torched.
Recently an Afghan investigation found that around 47 civilians, most of them women, were killed on July 6 in coalition air strikes when they gathered for a wedding.''',
    quotes=[
        Q('"Most are women and children"', None, "Nematullah Shahrani"),
        Q('"They have claimed', 'the air strikes."', "Nematullah Shahrani"),
        Q('"We\'re confident', 'right compound,"', "Rumi Nielson-Green"),
        Q('"We couldn\'t and', 'are Taliban,"', "Raouf Ahmedi"),
        Q('"negligence and concealing facts,"', None, "Hamid Karzai"),
        Q('"[i]n the tragic', 'were martyred."', "Hamid Karzai"),
        Q('"Once again the enemies', 'this time,"', "council of religious leaders for western Afghanistan"),
        Q('"Death to America"', None, None),
    ],
    aliases={"Nematullah Shahrani": ["Nematullah Shahrani", "the Afghan government minister"],
             "Rumi Nielson-Green": ["Rumi Nielson-Green", "Lt. Col. Rumi Nielson-Green", "a spokeswoman for the U.S. military"],
             "Raouf Ahmedi": ["Raouf Ahmedi", "Ahmedi"],
             "Hamid Karzai": ["Hamid Karzai", "Afghanistan's president", "Karzai"],
             "council of religious leaders for western Afghanistan": ["the council of religious leaders for western Afghanistan"]},
),
]
