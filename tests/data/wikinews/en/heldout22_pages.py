# Held-out English news pages (tests/data/heldout22-en.jsonl). Like heldout21_pages.py, these texts are stored
# web pages (the `pages` search corpus), here of the Voice of America: news articles on voanews.com (VOA News
# and VOA correspondents' reports; none marked as from AP, Reuters or AFP) and press releases and news items
# of VOA's public relations site insidevoa.com. Works of the US government, public domain. The stored copies are often
# cut after about 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in
# `retrieved`). Navigation ("Accessibility links", "Breaking News", section labels, "XS SM MD LG"), photo
# captions, video player lines and the byline box are dropped; leading and trailing spaces of a stored line are
# trimmed; wording, inner spacing and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H92-H96 in ANNOTATION.md).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

DOCS = [
dict(
    id="voa-en-guinea-opposition-2015",
    source="https://www.voanews.com/a/guinea-opposition-calls-for-fresh-elections/3003569.html",
    license=VOA, retrieved=PAGES + " (navigation lines and the photo caption, printed twice, dropped; the paragraph on the seven opposition candidates, cut in the stored copy, and everything after it dropped)",
    text='''Guinea’s Opposition Calls for Fresh Elections
The leader of Guinea’s main opposition Union of Democratic Forces party is calling for fresh elections, saying Sunday’s presidential balloting was fraudulent.
Cellou Dalein Diallo said the opposition will not accept the results, which are expected to be announced either Tuesday or Wednesday, because the voting was characterized by massive rigging in favor of incumbent leader Alpha Conde.
Another opposition leader, Sydia Toure of the Union of Republican Forces, told VOA Sunday that more than 20 percent of ballot papers and 30 percent of envelopes were not available at polling stations and the military came out in large numbers to vote for President Conde.
Diallo said there should be a new election for the peace and stability of Guinea.
“The organization of election was not good; we had many problems – material problems; we had organizational problems; we had security problems. In my local of Gaoual, we had more material problems. We need new election. I don’t know when we can have it, but for our peace, for the security of Guinea we need to have new election,” he said.
Asked where the money would come from to hold fresh elections, Diallo said the problem with holding credible elections in Guinea is not about money but rather the lack of good organization.
“I don’t know if this is just the problem of money. It’s the problem of volunteering; it’s the problem of organization. We need about $10 or $20 million dollars. It’s not more for our peace, for our security, for good governance, and for our democracy. That’s not much money,” Diallo said.''',
    quotes=[
        Q('“The organization of election', 'new election,”', "Cellou Dalein Diallo"),
        Q('“I don’t know if this is just', 'not much money,”', "Cellou Dalein Diallo"),
    ],
    aliases={"Cellou Dalein Diallo": ["Diallo"]},
),
dict(
    id="voa-en-zimbabwe-poll-rigged-2018",
    source="https://www.voanews.com/a/zimbabwe-opposition-says-presidential-poll-was-rigged/4512486.html",
    license=VOA, retrieved=PAGES + " (navigation lines and the photo caption, printed twice, dropped; the paragraph quoting ZANU-PF youth spokesman Tonderai Bosha, cut in the stored copy, dropped together with its introduction)",
    text='''Zimbabwe Opposition Says Presidential Poll Was Rigged
Zimbabwean opposition leader Nelson Chamisa has rejected official results showing he lost Monday's presidential election to incumbent Emmerson Mnangagwa. Chamisa said Friday he would pursue all available routes, including protests, to reclaim what he called the "stolen vote."
Chamisa told reporters results from the Zimbabwe Electoral Commission giving President Emmerson Mnangagwa 50.8 percent of the vote were "fiction." He said he won 56 percent of the vote in Monday's poll.
"We want proper result to be announced," he added. "We will pursue all means necessary — legal and constitutional — to make sure that we protect the people's vote. The people have voted, they have cheated. We will not allow it. Mr. Mnangagwa sir, respect the people. Do not usurp power."
Chamisa, who heads the MDC Alliance party, accused the electoral commission of rigging the vote for the ZANU-PF party. He said the final vote tallies given to Mnangagwa in some areas were higher than the commission announced after polls closed Monday.
In a telephone interview with VOA, Electoral Commission spokesman Qhubani Moyo said the election is now a "closed chapter" for the ZEC. He said "we are not going to comment on what they are saying unless we are in court."''',
    quotes=[
        Q('"stolen vote."', None, "Nelson Chamisa"),
        Q('"fiction."', None, "Nelson Chamisa"),
        Q('"We want proper result to be announced,"', None, "Nelson Chamisa"),
        Q('"We will pursue all means', 'usurp power."', "Nelson Chamisa"),
        Q('"closed chapter"', None, "Qhubani Moyo"),
        Q('"we are not going to comment', 'in court."', "Qhubani Moyo"),
    ],
    aliases={"Nelson Chamisa": ["Chamisa"], "Qhubani Moyo": ["Electoral Commission spokesman Qhubani Moyo"]},
),
dict(
    id="voa-en-kenya-terror-warning-2006",
    source="http://www.voanews.com/a/a-13-2006-08-17-voa32/323205.html",
    license=VOA, retrieved=PAGES + " (navigation lines and the 'update' label dropped; the last paragraph, a further Ruto quotation cut in the stored copy, dropped)",
    text='''Kenya Reacts to US Terror Warning
A week ago, the US State Department issued a travel warning to Americans in or traveling to Kenya, saying Kenya is limited in its ability to detect and deter terrorist threats. The Kenyan minister of internal security, John Michuki, declined VOA’s request for an interview to discuss the travel warning. William Ruto, secretary general and presidential candidate for the Kenyan National Union (KANU) spoke with VOA English to Africa reporter James Butty, saying the Kenyan government should have addressed the US travel warning immediately.
“It is very unfortunate that government is taking weeks to respond to a very serious issue like the one that is being raised by that travel advisory because we expected government action…to reassure the international community of our capacity to deal with issues of terrorist and much more important on tourists and citizens of America residing in our country.”
Ruto says the travel advisory has had a serious impact on the Kenyan economy, particularly its tourist industry; he says Kenya is a safe country.
“Kenya is absolutely safe and we have adequate security measures. The tragedy is that government is not explaining to the world what security arrangements we have as a country and the safety of this country.”
Ruto disagrees with the travel warnings.
“I don’t think there’s any element of truth in that because we, as a country, are well equipped to deal with issues of terrorism. In fact I think the capacity of our security agencies to deal with issues of insecurity is very high up on our budget allocations.”
Ruto says the Kenyan government should ask the US government to share whatever information it has that might have led to the travel warning.''',
    quotes=[
        Q('“It is very unfortunate', 'in our country.”', "William Ruto"),
        Q('“Kenya is absolutely safe', 'of this country.”', "William Ruto"),
        Q('“I don’t think there’s', 'budget allocations.”', "William Ruto"),
    ],
    aliases={"William Ruto": ["Ruto"]},
),
dict(
    id="voa-en-haiti-survivors-2010",
    source="http://www.voanews.com/content/search-for-survivors-offers-small-glimmer-of-hope-as-aid-trickles-to-haiti-81954137/111527.html",
    license=VOA, retrieved=PAGES + " (the section label 'News / Americas' dropped; the last paragraph, Rajiv Shah's quotation cut in the stored copy, dropped; the copy's 'Hatian' and double spaces kept, trailing spaces trimmed)",
    text='''Search for Survivors Offers Small Glimmer of Hope as Aid Trickles to Haiti
U.S. officials say a trickle of international aid is beginning to reach survivors of Haiti's massive earthquake, but impassable roads, limited airlift capability and other challenges are complicating that effort. As anger and restlessness escalate in the Hatian capital, Port-au-Prince, there were some signs of hope amid the destruction as rescue workers dug through crumbled buildings, and in some instances, freed trapped survivors.
The sound of applause rang out  as rescue workers pulled Jens Christensen, a Danish United Nations worker, alive from the ruins of the U.N. mission headquarters in Haiti. Christensen was buried alive beneath the rubble for five days.
Dave Hutcheson, a U.S. rescue worker says Christensen appeared to be in good shape.
"It took us four hours to get to him," he said.  "We saw him, we got a visual on him in about three [hours] and we had him out in four. He wasn't trapped physically around his body. He was trapped in an area."
Christensen was one of several survivors pulled from the rubble on Sunday. His rescue from the wreckage of the U.N.'s offices in Haiti came just minutes after United Nations Secretary General Ban Ki-moon visited the site.
Mr. Ban, on a one-day trip to offer support, says, right now, the first priority of the U.N. is to save as many lives as possible.
"The destruction, the loss of life, are just overwhelming.  Therefore, we need unprecedented international support to Haitian people," he said.
The international community is reaching out to Haiti with massive amounts of aid, but getting help to survivors is challenging.
The head of the U.S. Agency for International Development, Rajiv Shah, outlined some of the obstacles on ABC's "This Week" program.''',
    quotes=[
        Q('"It took us four hours to get to him,"', None, "Dave Hutcheson"),
        Q('"We saw him,', 'trapped in an area."', "Dave Hutcheson"),
        Q('"The destruction,', 'to Haitian people,"', "Ban Ki-moon"),
        Q('"This Week"', None, None),
    ],
    aliases={"Ban Ki-moon": ["Mr. Ban", "United Nations Secretary General Ban Ki-moon"]},
),
dict(
    id="insidevoa-en-sirleaf-2007",
    source="https://www.insidevoa.com/a/a-13-34-2007-02-16-voa62-111615494/178474.html",
    license=VOA, retrieved=PAGES + " (press release of VOA's public relations office; navigation lines and the photo caption dropped; the paragraph on Liberia's civil war, cut in the stored copy, dropped)",
    text='''Liberian President Tells VOA U.S. Aid Enhances Nation's Recovery
Washington, D.C., February 16, 2007 -- Liberian President Ellen Johnson Sirleaf says that the U.S. government is taking a "strong leadership" role in helping her country undergo a "renaissance" after nearly two decades of civil war and promised Liberians that they will see continued improvements in the second year of her administration.
At a news conference today at the Voice of America headquarters in the nation's capital, President Johnson Sirleaf said U.S. officials pledged to help relieve Liberia's massive international debt, rebuild its economy, and strengthen its security.
The Liberian President, inaugurated a year ago as the first woman head of state democratically-elected in Africa, held a two-day series of meetings with President Bush, Secretary of State Condoleezza Rice, Treasury Secretary Henry Paulson, House Speaker Nancy Pelosi, and other top U.S. officials.
Specifically, she said, the Bush Administration has agreed to cancel a bilateral debt of more than 390 million dollars, and with other countries, including Germany and the United Kingdom, "assist in the settlement of $3.7 billion dollars" in international debt. She noted that the U-S government continues to provide Liberia with 100 million dollars in aid annually.
Ms. Johnson Sirleaf said she has also won assurances from the Bush Administration to help improve the nation's security forces, pointing out the impending exit of 13,000 United Nations peace-keeping forces and her concern that current strife in neighboring Guinea might escalate and spill over into her country.''',
    quotes=[
        Q('"strong leadership"', None, "Ellen Johnson Sirleaf"),
        Q('"renaissance"', None, "Ellen Johnson Sirleaf"),
        Q('"assist in the settlement of $3.7 billion dollars"', None, "Ellen Johnson Sirleaf"),
    ],
    aliases={"Ellen Johnson Sirleaf": ["President Johnson Sirleaf", "Ms. Johnson Sirleaf"]},
),
dict(
    id="insidevoa-en-jackson-ethiopia-2005",
    source="https://www.insidevoa.com/a/a-13-34-2005-12-22-jackson-statement-111612209/178372.html",
    license=VOA, retrieved=PAGES + " (press release of VOA's public relations office; navigation lines, VOA's standard closing paragraph about itself and the contact line of the Office of Public Affairs dropped; the page is otherwise complete)",
    text='''Statement by VOA Director on Ethiopian Government Charges Against VOA Journalists
Jackson says charges are false and 'an attempt to intimidate'
Washington, D.C., December 22, 2005 - Voice of America Director David S. Jackson issued the following statement today in response to Ethiopian government charges of treason against five VOA journalists: "These charges are false and are an obvious attempt to intimidate our broadcasters. The Voice of America has a worldwide reputation for the quality and reliability of our journalism, and we stand by our reporters."
One of the most popular international broadcasters into Ethiopia, the Voice of America has been broadcasting in Amharic since 1982. VOA recently added two additional broadcast frequencies for Amharic after learning that its broadcasts into Ethiopia were being jammed.''',
    quotes=[
        Q("'an attempt to intimidate'", None, "David S. Jackson"),
        Q('"These charges are false', 'by our reporters."', "David S. Jackson"),
    ],
    aliases={"David S. Jackson": ["Jackson", "Voice of America Director David S. Jackson"]},
),
dict(
    id="voa-en-north-korea-experts-2016",
    source="http://www.voanews.com/content/experts-warn-of-further-provocations-by-north-korea/3153934.html",
    license=VOA, retrieved=PAGES + " (the section label 'News / Asia' and the photo caption, printed twice, dropped; the paragraph on a possible long-range rocket launch, cut in the stored copy, and everything after it dropped; the subheading 'Nuclear-armed state' kept as a line; leading spaces of the stored lines trimmed)",
    text='''Experts Warn of Further Provocations by North Korea
North Korea could take further provocative actions after the latest nuclear test that drew strong protests from the international community, experts in Seoul warned.
With its fourth nuclear test, the communist country is likely to accelerate its effort to seek the status of a nuclear-armed state, experts said. Washington reaffirmed its position that it would not give Pyongyang such a recognition.
“We do not and will not accept North Korea as a nuclear-armed state, and actions such as this latest test only strengthen our resolve,” said U.S. Secretary of State John Kerry in a statement after the test.
Kim Tae-woo, a nuclear expert who specializes in the North Korean nuclear issue, said Pyongyang will pursue its longstanding demand for a peace treaty with Washington while keeping nuclear weapons.
Nuclear-armed state
“North Korea wants the nuclear recognition without joining the NPT,” said Kim in reference to an international treaty aimed at preventing the spread of nuclear weapons and related technology.
“The peace treaty that they are seeking is an attempt to withdraw U.S. forces from South Korea,” Kim added.
Last week, Pyongyang offered to halt nuclear tests in return for an end to joint military exercises between Washington and Seoul and a peace treaty with Washington.''',
    quotes=[
        Q('“We do not and will not accept', 'strengthen our resolve,”', "John Kerry"),
        Q('“North Korea wants the nuclear recognition without joining the NPT,”', None, "Kim Tae-woo"),
        Q('“The peace treaty', 'from South Korea,”', "Kim Tae-woo"),
    ],
    aliases={"John Kerry": ["U.S. Secretary of State John Kerry"], "Kim Tae-woo": ["Kim"]},
),
dict(
    id="voa-en-syria-rebels-furious-2013",
    source="http://www.voanews.com/content/rebels-furious-over-diplomatic-deal-on-syria/1750815.html",
    license=VOA, retrieved=PAGES + " (the section label 'News / Middle East' and the photo caption, printed twice, dropped; the stored copy is used up to the paragraph on the brigades' strength, later text not stored; the copy's 'saying the gives' and double space kept; the subheading 'Rebel merger' kept as a line)",
    text='''Rebels Furious Over Diplomatic Deal on Syria
Syrian rebels remain furious over a Russian-brokered deal on Syria’s chemical weapons that has averted U.S. strikes on Damascus, saying the gives President Bashar al-Assad a green light to redouble his bombardments of opposition fighters and civilians.
During the weekend, Assad’s jets and artillery resumed heavy shelling of rebel-held areas outside Damascus. The shelling had been halted when it appeared a U.S. strike was likely.
Rebels aligned with the major Western-backed opposition group, the Syrian National Coalition, say the deal does nothing to halt the indiscriminate air attacks and shelling that have left thousands dead.
Rebels say they doubt the Syria government will abide by the deal.
Opposition activists and civilians in rebel-held strongholds are making home-made gas masks from bottles, surgical cotton and coal dust and are trying to secure supplies of  drugs that can be used as antidotes to nerve agents.
Rebel merger
Partly in response to disappointment over the deal, two of the biggest rebel brigades aligned with the Western-backed Free Syrian Army [FSA], Liwa al-Tawhid and Liwa al-Fatah, have agreed to go ahead with a merger.
Their leaders say they now expect no real assistance from the U.S., according to Abu Feras, spokesman for Al-Tawhid.
“The international community doesn’t care what happens to Syria," he said. "If it really did it would have intervened a long time ago. They accuse the regime of crimes against humanity and just talk, as if that would solve anything.”
Commanders say together their unit numbers about 13,000 fighters. Both brigades have been highly active in the city of Aleppo and surrounding towns in the two-and-half-year civil war.''',
    quotes=[
        Q('“The international community doesn’t care what happens to Syria,"', None, "Abu Feras"),
        Q('"If it really did', 'solve anything.”', "Abu Feras"),
    ],
),
dict(
    id="voa-en-kurdish-fighters-vow-2014",
    source="https://www.voanews.com/a/kurdish-fighters-vow-to-rid-region-of-islamic-state-militants/2423814.html",
    license=VOA, retrieved=PAGES + " (navigation lines and the photo caption dropped; the paragraph beginning 'Also entering the struggle', cut in the stored copy, and everything after it dropped)",
    text='''Kurdish Fighters Vow to Rid Region of Islamic State Militants
Kurdish Peshmerga fighters, a deeply nationalistic but not always unified force, are vowing to rid their northern Iraqi region of Islamic State militants.
The United States and European Union are relying heavily on the Peshmerga and Iraqi forces to push back the Sunni extremists and retake Iraqi territory that the Islamic State has declared a Muslim "caliphate."
In an exclusive interview with VOA, Mahmoud Sangawi, commander of Peshmerga forces stationed near the Iranian border, describes what the fight is like near the captured town of Jalawla.
"We are positioned around Jalawla and the terrorists from time to time attack us," he said. "They have planted mines and explosive devices in the roads, inside the town, shops, and gas stations."
Once known for their fighting prowess, the Peshmerga were routed by the highly organized and well-armed extremist group when it pushed through northwestern Iraq earlier this year, seizing large swaths of land.
Sangawi acknowledged the Peshmerga will have to adjust their strategy and tactics to oust the Islamic State militants.
"We have suffered heavy casualties from their snipers, and our fighters are not familiar with street fighting, so we had to pull out," he said. "Now we are looking at a different strategy to liberate Jalawla."
The commander also called on the United States to increase and expand its aerial bombardment of the militants.
The United States has conducted more than 80 airstrikes against the Islamic State fighters since August 8 to protect religious and ethnic minorities fleeing the militants as well as American personnel based both in the Kurdish city of Irbil and the Iraqi capital of Baghdad.''',
    quotes=[
        Q('"caliphate."', None, None),
        Q('"We are positioned around Jalawla', 'attack us,"', "Mahmoud Sangawi"),
        Q('"They have planted mines', 'gas stations."', "Mahmoud Sangawi"),
        Q('"We have suffered heavy casualties', 'pull out,"', "Mahmoud Sangawi"),
        Q('"Now we are looking at a different strategy to liberate Jalawla."', None, "Mahmoud Sangawi"),
    ],
    aliases={"Mahmoud Sangawi": ["Sangawi", "The commander"]},
),
dict(
    id="voa-en-kurdish-forces-jalawla-2014",
    source="http://www.voanews.com/content/kurdish-forces-launch-operation-to-retake-iraqi-town/2424294.html",
    license=VOA, retrieved=PAGES + " (navigation lines, the related video block with its player lines and the line 'Watch related video story from VOA's Zlatica Hoke.', and the map caption, printed twice, dropped; the last paragraph, on Dempsey and Syria, cut in the stored copy, dropped)",
    text='''Kurdish Forces Launch Operation to Retake Iraqi Town
Kurdish forces have begun an operation to force out militants with the Islamic State group from a strategic town in northern Iraq.
Officials said Kurdish peshmerga fighters early Friday retook several areas of Jalawla, 115 kilometers northeast of Baghdad.
The flashpoint town, which is just south of the Kurdish semi-autonomous region, was captured by Islamic State extremists on August 11.
The peshmerga have recently begun regaining lost territory, in part with the help of U.S. airstrikes on Islamic State jihadists.
On Thursday, U.S. Defense Department chief Chuck Hagel said the threat posed by Islamic State extremists to global security is "beyond anything we have seen."
Hagel, speaking in Washington, described the militants as "more than a traditional terrorist group." He said it is better armed, trained and bankrolled than any previous militancy.
Hagel spoke alongside Joint Chiefs of Staff Chairman General Martin Dempsey, who described the Islamic State organization as having "an apocalyptic, end of days vision."
The general said the group can be defeated, but only if it is engaged in Syria as well as Iraq. He predicted the militancy will only be eradicated once it is rejected by the 20 million disenfranchised people living in the vast regions between Damascus and Baghdad.''',
    quotes=[
        Q('"beyond anything we have seen."', None, "Chuck Hagel"),
        Q('"more than a traditional terrorist group."', None, "Chuck Hagel"),
        Q('"an apocalyptic, end of days vision."', None, "Martin Dempsey"),
    ],
    aliases={"Chuck Hagel": ["Hagel", "U.S. Defense Department chief Chuck Hagel"], "Martin Dempsey": ["General Martin Dempsey"]},
),
dict(
    id="insidevoa-en-tarasyuk-2006",
    source="https://www.insidevoa.com/a/a-13-34-2006-03-10-ukraine-111611229/178281.html",
    license=VOA, retrieved=PAGES + " (press release of VOA's public relations office; navigation lines, VOA's standard closing paragraph about itself and the contact line of the Office of Public Affairs dropped; the sentence ending 'can be found at:' kept as stored, its link not in the copy)",
    text='''Foreign Minister Says Ukraine Benefits from U.S., Europe Ties
VOA's interview was carried live by Ukraine's Channel 5 television network
Washington, D.C., March 9, 2006 - In an exclusive interview today at the Voice of America (VOA) that was carried live by Ukraine's Channel 5 television network, Ukraine's Minister of Foreign Affairs Borys Tarasyuk said that the United States has provided "political support for democratic transformations and reforms in our country."
"The dynamics of the development of our relations recently have been extraordinarily positive," he said during the broadcast. "During the dispute over natural gas prices with the Russian Federation, the United States supported Ukraine."
Tarasyuk said that Ukraine's ties with Europe are similarly encouraging. "We can say without reservation that in the past year alone, more was done to advance relations with the European Union than in all the previous years."
Asked about Ukraine's aspirations for membership in NATO, Tarasyuk told VOA that the Ukrainian government should first conduct a campaign to educate the people about the alliance before holding a national referendum on the issue.
In addition to weekly television exchanges, VOA's Ukrainian language service also airs Chas-Time, a daily TV show that features news briefs on the top stories of the day. Additional information and programming can be found at:''',
    quotes=[
        Q('"political support for democratic transformations and reforms in our country."', None, "Borys Tarasyuk"),
        Q('"The dynamics of the development', 'extraordinarily positive,"', "Borys Tarasyuk"),
        Q('"During the dispute over natural gas prices', 'supported Ukraine."', "Borys Tarasyuk"),
        Q('"We can say without reservation', 'previous years."', "Borys Tarasyuk"),
    ],
    aliases={"Borys Tarasyuk": ["Tarasyuk", "Ukraine's Minister of Foreign Affairs Borys Tarasyuk"]},
),
dict(
    id="insidevoa-en-english-to-africa-50-2013",
    source="https://www.insidevoa.com/a/fifty-years-of-voa-broadcasting-in-english-to-africa/1802572.html",
    license=VOA, retrieved=PAGES + " (VOA public relations news item; navigation lines and the photo caption dropped; the last paragraph, beginning 'From', cut in the stored copy, dropped; the copy's straight opening and curly closing mark in the Ensor quotation kept)",
    text='''Fifty Years of VOA Broadcasting in English to Africa
VOA marked its 50th year of broadcasting in English to Africa on November 21, with an outpouring of memories from past and present staff members, including “Music Man for Africa” Leo Sarkisian, who reflected on the service’s lasting impact.
"English to Africa's 50th birthday is a remarkable milestone, and I want to congratulate everyone who is a part in one of VOA’s most forward-leaning services,” said VOA Director David Ensor. “When English to Africa hits the ground running, it has immediate impact in places that matter.”
“Going forward, I’m confident the service will continue to build on past successes and legacies,” said Sonya Laurence Green, English to Africa service chief. “With our talented and dedicated staff, I still see great potential for growth.”
“We have come a long way,” VOA alumnus Leo Sarkisian told the 50th anniversary gathering. “I must say how lucky I’ve been and how lucky VOA has been.” Sarkisian, whose world-renowned radio program Music Time in Africa first went on air in 1965, retired just last year at age 92, handing the reins over to new host Heather Maxwell.
English to Africa first began broadcasting in 1963, with programs that focused primarily on explaining American culture and education, covering events like library openings and trade fairs. Now it’s one of VOA’s most multimedia-driven services, with a rich mix of news, discussion, and music programs.
“English to Africa was one of the first language services at VOA that was a truly multimedia operation, doing TV, radio, online, and simulcast programs,” said Rebecca McMenamin, VOA’s associate director of language programming and former English to Africa service chief. “I want to say congratulations to what has been a legacy of innovation in English to Africa.”''',
    quotes=[
        Q('“Music Man for Africa”', None, None),
        Q('"English to Africa\'s 50th birthday', 'forward-leaning services,”', "David Ensor"),
        Q('“When English to Africa hits the ground running', 'places that matter.”', "David Ensor"),
        Q('“Going forward,', 'and legacies,”', "Sonya Laurence Green"),
        Q('“With our talented and dedicated staff,', 'potential for growth.”', "Sonya Laurence Green"),
        Q('“We have come a long way,”', None, "Leo Sarkisian"),
        Q('“I must say how lucky', 'VOA has been.”', "Leo Sarkisian"),
        Q('“English to Africa was one of the first', 'simulcast programs,”', "Rebecca McMenamin"),
        Q('“I want to say congratulations', 'in English to Africa.”', "Rebecca McMenamin"),
    ],
    aliases={"David Ensor": ["VOA Director David Ensor"], "Sonya Laurence Green": ["English to Africa service chief"],
             "Leo Sarkisian": ["Sarkisian", "VOA alumnus Leo Sarkisian"]},
),
dict(
    id="insidevoa-en-central-africa-service-2006",
    source="https://www.insidevoa.com/a/a-13-34-2006-07-13-central-africa-anniversary-111607959/178092.html",
    license=VOA, retrieved=PAGES + " (press release of VOA's public relations office; navigation lines dropped; the paragraph on the program Ejo Bite?, cut in the stored copy, and everything after it dropped)",
    text='''VOA Central Africa Service Marks 10th Anniversary
Special broadcast on 15 July will include interviews with families reunited through VOA programs
Washington, D.C., July 13, 2006 – Voice of America's (VOA) Central Africa Service, created following the Rwanda genocide to provide news and information to the Great Lakes region of Africa, remains highly popular among listeners as it approaches its 10th anniversary.
Created on July 15, 1996, the service broadcasts radio programs in the Kirundi and Kinyarwanda languages to Burundi, Rwanda, Tanzania, and the eastern Democratic Republic of Congo.
In recent years, programming has included interviews with major public figures from the Great Lakes region, such as Burundian President Pierre Nkurunziza, Rwandan President Paul Kagame, and Paul Rusesabagina who inspired the movie "Hotel Rwanda," a story about the 1994 Rwanda genocide in which some 800,000 people were killed.
"We're very proud of the role of VOA's Central Africa Service in assisting the people of this region during such an important time in their history," said VOA Director David S. Jackson.
The Service also gives a voice to ordinary listeners by airing in-depth features on HIV/AIDS patients, orphans, single mothers, medical professionals, NGO leaders and separated families.
"The Service's health, conflict resolution and human rights segments have proven very valuable in a region trying to recover from years of civil conflict," said Service Chief Robert Daguillard. "But I'm convinced the crown jewel of our special anniversary broadcast on July 15th will be an interview with families that have been brought together thanks to our family reunification segments."''',
    quotes=[
        Q('"Hotel Rwanda,"', None, None),
        Q('"We\'re very proud', 'in their history,"', "David S. Jackson"),
        Q('"The Service\'s health', 'civil conflict,"', "Robert Daguillard"),
        Q('"But I\'m convinced', 'reunification segments."', "Robert Daguillard"),
    ],
    aliases={"David S. Jackson": ["VOA Director David S. Jackson"], "Robert Daguillard": ["Service Chief Robert Daguillard"]},
),
dict(
    id="insidevoa-en-trump-north-koreans-2018",
    source="https://www.insidevoa.com/a/4435613.html",
    license=VOA, retrieved=PAGES + " (VOA public relations news item; navigation lines and the photo caption, printed twice, dropped; the stored copy is used up to the paragraph ending 'in the past.', later text not stored)",
    text='''President Trump Speaks to North Koreans through Voice of America
Washington, D.C. – VOA contributor and host of weekly show Plugged in, Greta Van Susteren, caught up with President Trump after Tuesday’s historic summit with North Korean leader Kim.
In the interview, the U.S. president told Van Susteren he believes other “good things are going to happen for North Korea,” in the days and weeks after the summit, but noted that U.S. sanctions against North Korea will remain in place until the nation proves it is actually dismantling its nuclear program. “…the sanctions are going to remain on until such time as we see, you know, this is going to happen.”
VOA Director Amanda Bennett says, "interviews like this with a U.S. President make a huge difference in the effort to give closed societies like North Korea more of what they need - an accurate picture of the outside world.”
President Trump said that he and Kim liked each other. But he also said that the North Korean leader “knows that we want to do business, we have to do business and we will do business,” and suggested that is a big change from previous administrations.
Van Susteren pressed the President on Kim’s human rights abuses after he said of Kim: “He’s smart, loves his people, he loves his country.” Susteren called out the nation’s human rights record: “But he’s starved them. He’s been brutal to them. He still loves his people?” “Look, he’s doing what he’s seen done…” President Trump responded, while acknowledging that Kim has been a “rough guy” in the past.''',
    quotes=[
        Q('“good things are going to happen for North Korea,”', None, "Trump"),
        Q('“…the sanctions are going to remain on', 'going to happen.”', "Trump"),
        Q('"interviews like this with a U.S. President', 'the outside world.”', "Amanda Bennett"),
        Q('“knows that we want to do business', 'will do business,”', "Trump"),
        Q('“He’s smart, loves his people, he loves his country.”', None, "Trump"),
        Q('“But he’s starved them.', 'loves his people?”', "Greta Van Susteren"),
        Q('“Look, he’s doing what he’s seen done…”', None, "Trump"),
        Q('“rough guy”', None, "Trump"),
    ],
    aliases={"Trump": ["President Trump", "the U.S. president"], "Amanda Bennett": ["VOA Director Amanda Bennett"],
             "Greta Van Susteren": ["Van Susteren", "Susteren"]},
),
dict(
    id="voa-en-haley-interview-2018",
    source="https://www.voanews.com/a/van-susteren-nikki-haley-full-transcript-korea-rohingya-pakistan/4213026.html",
    license=VOA, retrieved=PAGES + " (navigation lines, the photo caption, printed twice, the 'WATCH' link line and the video block with its player lines dropped; Haley's second answer on the joint hockey team, cut in the stored copy, and the rest of the transcript dropped)",
    text='''VOA Interview: UN Ambassador Nikki Haley: Full Transcript
U.S. Ambassador to the United Nations Nikki Haley spoke with VOA contributor Greta Van Susteren on Wednesday in New York.
VAN SUSTEREN: “Ambassador, nice to see you.”
HALEY: “Thank you.”
VAN SUSTEREN: “Ambassador, I first want to talk about North Korea. The news is that North Korea — DPRK — and South Korea, are going to walk together at the Olympics under that one flag. Your thoughts about that?”
HALEY: “I think it’s good that North Korea and South Korea are talking. But we shouldn’t be misled by the fact that just because they’ve had talks about the Olympics and that this is going to happen, that that’s going to take away the dangerous side of North Korea. Until they actually stop the ballistic missile testing, until they actually show that they are willing to denuclearize, we have to be very careful. They’ve done these talks before —that’s what stalled it for all these years. We have to make sure that they are about action, and that action is to completely stop all nuclear activity that they are doing.”
VAN SUSTEREN: “Well, it’s apparently even going a little further that there’s going to be a hockey team jointly between North Korea and South Korea.”''',
    quotes=[
        Q('“Ambassador, nice to see you.”', None, "Greta Van Susteren"),
        Q('“Thank you.”', None, "Nikki Haley"),
        Q('“Ambassador, I first want to talk', 'thoughts about that?”', "Greta Van Susteren"),
        Q('“I think it’s good', 'that they are doing.”', "Nikki Haley"),
        Q('“Well, it’s apparently', 'and South Korea.”', "Greta Van Susteren"),
    ],
    aliases={"Greta Van Susteren": ["VAN SUSTEREN"], "Nikki Haley": ["HALEY", "U.S. Ambassador to the United Nations Nikki Haley"]},
),
]
