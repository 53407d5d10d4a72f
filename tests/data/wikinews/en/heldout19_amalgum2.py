# Held-out English Wikinews articles (tests/data/heldout19-en.jsonl), continued; see heldout19_amalgum1.py.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-knesset-debate-jerusalem-holy-sites",
    source="https://en.wikinews.org/wiki/Arabs_react_to_Israeli_debate_on_Jerusalem%27s_Holy_sites",
    license=LIC, retrieved=AMG.format("AMALGUM_news_debate") + " (the lead photo caption and the closing photo gallery with its captions dropped; 'Israel' + '–' + 'Jordan' written 'Israel–Jordan')",
    text='''Arabs react to Israeli debate on Jerusalem's Holy sites
Thursday, February 27, 2014
Islamic and Jordanian leaders responded yesterday to a debate conducted by the Israeli parliament, the Knesset, addressing current Arab control over holy sites in the Old City of Jerusalem including Al-Aqsa Mosque and the Dome of the Rock.
Last week, members of the Jordanian Parliament condemned the plan for a debate in the Knesset on the issue, but yesterday after the debate in Israel almost 50 of them had petitioned the Jordanian government to stop the enforcement of the 1994 Israel–Jordan peace treaty. The treaty allowed for the exchange of ambassadors and on that point, the Jordanian parliament voted on the recall of the nation's ambassador to Israel. Jordan's Prime Minister Abdullah Nsur said, in remarks to Qatari newspaper Al-Watan, any Israeli action affecting Jordanian control of the Holy sites would violate the treaty and Jordan could review whether or not the treaty had been invalidated. Meanwhile, the Organisation of Islamic Cooperation criticized the Knesset debate as a provocation.
Before the Israeli debate Tuesday, Palestinian protesters took to one of the Gates of the Temple Mount in the Old City, used by Jews, armed with firecrackers and rocks and were met by Israeli police.
On Tuesday, members of the Israeli Knesset began a debate on an issue it had never before broached. MK Moshe Feiglin of Likud started the debate about one of Jerusalem's holiest sites, The Temple Mount. Feiglin spoke to freedom of religion and the right of Israelis to pray on the site controlled by the Arabs while opponents addressed their fears the sensitive topic could harm ongoing peace talks. He said, "Any terror organization can raise its flag there, [but] there can be no trace of the Israeli flag. Only Jews are forbidden to pray at this place."
During the debate, Labor MK Eitan Cabel reacted to Feiglin's motion, "Why stop at the Temple Mount? If you are the new messiah of our times, what about" — he named various specifics of the holy promise of the lands of the Greater Israel — "Why leave them behind?" A "Greater Israel" promised by God is generally considered off limits in civic discourse inside Israel. The Knesset did not vote on the issue.
Al-Aqsa Mosque ranks just behind Mecca and Medina as the holiest of Islamic sites. Jews consider the Temple Mount to be their holiest site.''',
    quotes=[
        Q('"Any terror organization', 'at this place."', "Moshe Feiglin"),
        Q('"Why stop at the Temple Mount?', 'what about"', "Eitan Cabel"),
        Q('"Why leave them behind?"', None, "Eitan Cabel"),
        Q('"Greater Israel"', None, None),
    ],
    aliases={"Moshe Feiglin": ["Feiglin", "MK Moshe Feiglin"], "Eitan Cabel": ["Labor MK Eitan Cabel"]},
),
dict(
    id="wn-en-nato-wales-summit-2014",
    source="https://en.wikinews.org/wiki/NATO_leaders_meet_for_two_day_summit_in_Wales",
    license=LIC, retrieved=AMG.format("AMALGUM_news_summit") + " (one map caption dropped; section headings kept as lines; the two fragments of the Lisbon sentence joined as printed, without a comma after 'Portugal'; the copy's 'agreed to jointly working' kept)",
    text='''NATO leaders meet for two day summit in Wales
Saturday, September 6, 2014
Leaders from NATO (North Atlantic Treaty Organisation) member states met in Wales over Thursday to Friday in a summit addressing the organisation's role in Afghanistan and new threats from Russia and the Islamic State.
Role in Afghanistan
Since the 2010 NATO summit in Lisbon, Portugal countries involved in the International Security Assistance Force (ISAF), NATO's military operation in Afghanistan, have been committed to full transition of security responsibilities to Afghan forces by the end of 2014. This would mark the end of ISAF's 13 year mission in Afghanistan, with troops changing to a training and assistance role.
Plans had originally intended for Afghanistan's new President, or President-elect, to attend this year's summit, but due to the political situation and ongoing election process it is still unknown who will replace outgoing President Hamid Karzai. Bismullah Khan Muhammadi, the country's defence minister, instead attended the summit in the absence of a President.
This political stalemate has put at risk NATO plans for a continuing military presence in the country, with troops expected to pull out at the end of the year without new security agreements being signed, signature not possible without a new President in place. NATO members have urged Afghanistan's presidential candidates to reach an agreement, with officials indicating that if no agreement can be reached by the end of the month, then troops would begin to leave.
Threat from Russia
On Thursday, NATO leaders pledged support for Ukraine at a meeting with the country's President, Petro Poroshenko, in the face of recent moves from Russia. On their website, NATO outlined four areas where the alliance would provide support for Ukraine, "rehabilitation for injured troops, cyber defence, logistics, and command and control and communications", with assistance expected to have a monetary value of about 15 million euros (about US$19 million).
On Friday, peace talks in Minsk, Belarus resulted in a ceasefire agreement between Ukraine and rebel forces, whom NATO has accused Russia of supporting in their bid for separation of eastern regions of Ukraine. The UK said sanctions being prepared are likely to go ahead, regardless of the outcome of these talks, until it is seen that Russia is acting upon them.
Threat from Islamic State
On Friday morning, a meeting of ten countries chaired by the UK and US agreed to jointly working to combat the threat posed by the Islamic State in the Middle East. John Kerry, US Secretary of State, stated after the meeting that the group should aim to make firm plans and raise support from within the region affected before the UN General Assembly annual meeting later this month. Philip Hammond, UK Foreign Secretary, also said it was clear that regional support was needed, adding "with a new and inclusive Government of Iraq leading the efforts".
It was also announced NATO would help a non-sectarian Iraqi government, on request, to build defence capabilities in Iraq to help fight the Islamic State, as well as coordinating the humanitarian airlift of supplies.
Increased readiness
Plans for a Readiness Action Plan were agreed at the summit. Speaking on Monday before the summit, NATO's secretary general, Anders Fogh Rasmussen, described this as a response to "Russia's aggressive behaviour", but outlined how he hoped it would increase the responsiveness of the alliance to face any security challenge.
These plans aim to allow reinforcements to reach any NATO member state within 48 hours, in what Rasmussen described as a "spearhead" of the preexisting Response Force. This requires logistical, and headquarters facilities to be set up in Eastern European countries, the ones most under threat from an attack by Russia, or the Islamic State. These plans are also to be rehearsed through joint military exercises.''',
    quotes=[
        Q('"rehabilitation for injured', 'and communications"', "NATO"),
        Q('"with a new and inclusive', 'the efforts"', "Philip Hammond"),
        Q('"Russia\'s aggressive behaviour"', None, "Anders Fogh Rasmussen"),
        Q('"spearhead"', None, "Anders Fogh Rasmussen"),
    ],
    aliases={"Philip Hammond": ["UK Foreign Secretary"],
             "Anders Fogh Rasmussen": ["Rasmussen", "NATO's secretary general"]},
),
dict(
    id="wn-en-cosby-jury-selection-racial-bias",
    source="https://en.wikinews.org/wiki/Bill_Cosby%27s_lawyers_accuse_prosecutors_of_racial_bias_in_jury_selection_for_sexual_assault_trial",
    license=LIC, retrieved=AMG.format("AMALGUM_news_jury") + " (one photo caption and a pull-quote box repeating O'Neill's quotation without marks dropped; the copy's 'as as source' and 'Judge O'Neill, was present' kept)",
    text='''Bill Cosby's lawyers accuse prosecutors of racial bias in jury selection for sexual assault trial
Wednesday, May 24, 2017
Yesterday, Brian McMonagle, a lawyer defending the U.S. actor Bill Cosby, accused the prosecution of attempting to exclude black jurors. Cosby, who is black, is charged with drugging and sexually assaulting a white woman.
Prosecutors claimed that one of the potential jurors, a black former police officer who had once sued the state, might have an anti-government bias that could skew her judgement in trial. The judge overseeing the case, Steven T. O'Neill, decided to accept the prosecution's explanation but told Cosby's lawyers he would entertain their accusations of racial bias if they came back with statistical evidence. Of eleven jurors seated as of yesterday, ten were white and one was black. Out of the 100 potential jurors examined, sixteen were non-white and about a dozen were black. Of the eleven, seven were men, four were women. One juror and six alternates had yet to be selected.
Nearly 3000 residents of Pennsylvania's Allegheny County have been called to report for jury selection for just one trial. After selection, eighteen of those people will be bused about 300 miles (500 km) to Norristown where the trial of Bill Cosby for the alleged 2004 sexual assault of Andrea Constand is scheduled to begin on June 5.
The area around Pittsburgh was chosen as as source of jurors at the request of Cosby's legal team, who were concerned about the interest that politicians elsewhere in Pennsylvania have shown in the case.
Judge O'Neill, was present for jury selection: "No one should make an effort to be on this jury, and no one should make an effort to not be on this jury," he instructed the first set of 100 potential jurors.
The first round of winnowing was done by questionnaire. Potential jurors were asked if they had religious beliefs or experiences with criminals that might affect their ability to serve impartially. Jurors were asked if they or anyone they know has been sexually assaulted, and about a third said yes. Jury selection specialist Howard Varinsky, who worked on the Scott Peterson and Timothy McVeigh cases, said the judge would be likely to dismiss jurors who said yes to that question; and said defense lawyers would likely favor black jurors who might question the veracity of reports from police officers and older jurors who may see Cosby's alleged victim as an adulteress.
Under Pennsylvania jury selection rules, either side may reject any number of jurors "for cause," meaning either that they have some health problem or work obligation that would make jury service an undue hardship for them or that there is some proof that they could not be impartial. Someone who has admitted to hating or loving Cosby could be struck for cause. Each legal team may also strike seven jurors and three alternates regardless of their reasons, which they are not obliged to share with the court. However, they are not allowed to exclude jurors solely because of their race or gender, which is what Cosby's lawyers allege the prosecution attempted to do Tuesday.
Over the past few years, about 40 women have accused Bill Cosby of drugging and sexually assaulting them. One woman besides Constand is expected to testify to establish that Cosby's actions were part of a predatory pattern. Cosby claims his encounter with Constand was consensual and says he hopes to restore his reputation and career. If convicted, Cosby, who is currently 79 years old, could serve 10 years in prison.
Bill Cosby is best known for his role on The Cosby Show, which earned him the nickname "America's Dad."
Judge O'Neill has already decided to sequester the jury for the trial, estimated at about two weeks.''',
    quotes=[
        Q('"No one should make', 'on this jury,"', "Steven T. O'Neill"),
        Q('"for cause,"', None, None),
        Q('"America\'s Dad."', None, None),
    ],
    aliases={"Steven T. O'Neill": ["Judge O'Neill"]},
),
dict(
    id="wn-en-world-cup-2018-day-four",
    source="https://en.wikinews.org/wiki/FIFA_World_Cup_2018_day_four%3A_Mexico_beats_Germany%3B_Serbia_leads_Group_E%2C_Brazil_shares_the_spoils_with_Swiss",
    license=LIC, retrieved=AMG.format("AMALGUM_news_serbia") + " (the two title fragments joined; section headings kept as lines; the group standings and match-detail tables after the last paragraph dropped as navigation; scores tokenized '1' + '–' + '0' written '1–0'; the copy's 'the greater all possession' kept)",
    text='''FIFA World Cup 2018 day four: Mexico beats Germany; Serbia leads Group E, Brazil shares the spoils with Swiss
Tuesday, June 19, 2018
On Sunday, day four of the 2018 FIFA football World Cup, Serbia defeated Costa Rica 1–0, Brazil drew 1–1 against Switzerland, and defending champions Germany lost 1–0 against Mexico.
Group E — Costa Rica 0–1 Serbia
In the first game of Group E, Costa Rica faced Serbia at the Samara Arena. Costa Rica's Giancarlo González got an opportunity to score from a header in the 12th minute but the ball went over the crossbar. A minute later, on Serbia's attack, Aleksandar Mitrovic's chance to put Serbia in the lead was saved. The first half ended with 0–0 on the scoreboard.
In the second half, Serbia won a free kick in the 55th minute because of a foul by David Guzmán. Serbia's captain Aleksandar Kolarov scored from the free kick in the top right corner, which proved to be the winning goal of the match. Nemanja Matić's attempt in the 77th minute to double the lead was blocked. Costa Rica had a few attempts as the match proceeded, but none were converted into a goal. The match ended 1–0 as the Serbian side climbed to the top spot in the group.
This was Branislav Ivanovic's 104th international match, and he is now the most capped Serbian international. Aleksandar Kolarov won the Budweiser Man of the Match award. After the match, he said, "The free-kick came in a difficult moment in the match and I knew I could step up and change things, and that's exactly what I did."
Group F — Germany 0–1 Mexico
The defending champions Germany took on Mexico in the first game of Group F in Moscow. Germany had greater ball possession in the match. Héctor Herrera's 10th minute attempt from outside the goal was blocked by Manuel Neuer. Both sides had multiple attempts for opening the scoring. In the 35th minute, Hirving Lozano scored a goal from a right-footed shot, from Chicharito's assist, putting the Mexicans in the lead. The first half ended with Mexico leading 1–0.
In the second half, multiple attempts by Joshua Kimmich, Julian Draxler, Toni Kroos, and Timo Werner went wide or were blocked. Though with the greater all possession, Germany lost 1–0 to Mexico.
This was the fifth World Cup tournament for Rafael Márquez; only two other players have played five. In the last six World Cup tournaments, Mexico has never lost their first game, winning five of those. It was the first defeat for Germany since losing to France in the UEFA Euro 2016's semi-finals.
After the match, Germany's coach Joachim Löw said "In the first half, we played very badly. We were not able to impose our usual way of playing, attacking, and there were lots of counter-attacks against us and we were very vulnerable. In the second half, we were able to press more, but Mexico drew back and then carried the ball forward fast. We had a couple of [shots], but it seemed jinxed and the ball did not go into the goal. Everybody is really unhappy and crestfallen but we have to put this behind us. Our team has experience of losses."
Group E — Brazil 1–1 Switzerland
In the last match on the day, Brazil faced Switzerland at Rostov-on-Don. Brazil had greater ball possession and more attempts. In the 11th minute, Paulinho missed just in front of the goal to put Brazil in the lead. However, Brazil got a 1–0 lead in the 20th minute when Philippe Coutinho scored from outside the box. Switzerland's Stephan Lichtsteiner was the only one to be booked in the first half as it ended 1–0 with Brazil leading.
Two minutes into the second half, Casemiro was shown the yellow card for a bad foul. Switzerland won a corner in the 50th minute. Steven Zuber scored a header from Xherdan Shaqiri and equalised for the Swiss side. Multiple attempts by Neymar, Thiago Silva, Casemiro, and Coutinho came through, but none succeeded. The match ended 1–1 as both countries won one point.
Valon Behrami became the first Switzerland player to feature in four different World Cups. After the match, Brazil's coach Tite said, "We had too many balls off target, if we had been a bit more focused we could have made the goalkeeper work a bit more. My expectation of course was to get a victory and of course I'm not happy with the result." Coutinho won the Budweiser Man of the Match award.''',
    quotes=[
        Q('"The free-kick came', 'what I did."', "Aleksandar Kolarov"),
        Q('"In the first half, we played', 'experience of losses."', "Joachim Löw"),
        Q('"We had too many balls', 'with the result."', "Tite"),
    ],
    aliases={"Aleksandar Kolarov": ["Serbia's captain Aleksandar Kolarov"],
             "Joachim Löw": ["Germany's coach Joachim Löw"], "Tite": ["Brazil's coach Tite"]},
),
]
