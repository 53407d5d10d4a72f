# Held-out English Wikinews articles (tests/data/heldout17-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum_extra/news/xml/AMALGUM_news_*.xml, the corpus'
# extra news part, files used by no earlier set), detokenized by hand like heldout15_amalgum*.py.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-trump-classified-russians",
    source="https://en.wikinews.org/wiki/U.S._President_Trump_defends_decision_to_share_classified_information_with_Russians",
    license=LIC, retrieved=AMG.format("AMALGUM_news_classified") + " (a pull-quote box repeating Trump's tweet without quotation marks, with its attribution line, dropped; two empty tokens around '[White House]' ignored; the opening mark of Sipher's quotation, a fragment of its own before the paragraph, and that of McMaster's first quotation, tokenized onto the end of the previous sentence, attached to their words)",
    text='''U.S. President Trump defends decision to share classified information with Russians
Wednesday, May 17, 2017
Yesterday morning, United States President Donald Trump defended his disclosure of classified information regarding the Islamic State of Iraq and the Levant (ISIL or ISIS) to Russian foreign minister Sergey V. Lavrov and ambassador Sergey I. Kislyak, a decision that has drawn a storm of both explanation and criticism from the media and both major U.S. political parties over the past week.
Trump spoke directly to the public, as is his custom, via Twitter: "As president, I wanted to share with Russia (at an openly scheduled [White House] meeting) which I have the absolute right to do, facts pertaining to terrorism and airline flight safety. Humanitarian reasons, plus I want Russia to greatly step up their fight against Isis and terrorism."
On May 10, President Trump met with Lavrov and Kislyak in the Oval Office and, according to reports first from the Washington Post, told them about an Islamic State plot to sneak explosives onto airplanes by hiding them in laptop computers, which may have placed the anonymous partner who provided it in danger of identification. According to U.S. officials, the information in question was so sensitive that it is not only usually not shared with allies but also extremely restricted even within the U.S. government.
"The Russians have the widest intelligence collection mechanism in the world outside of our own," said John Sipher, the former head of the U.S. Central Intelligence Agency's Russia division. "They can put together a good picture with just a few details[...] They can marry President Trump's comments with their own intelligence, and intelligence from their allies. They can also deploy additional resources to find out details."
While it is not illegal for the sitting U.S. president to share classified information with foreign officials, it may violate the agreement with the person or organization who provided the information in the first place. There are concerns the Russians may reverse-engineer the process by which the information was gathered and identify the source. Because many of the countries in the Middle East have tribal-level connections to areas controlled by the Islamic State, allowing a source to be identified could place them in political as well as personal danger. An official from one country in Europe told the Associated Press his government might cease to share intelligence with the United States. According to U.S. officials who spoke on condition of anonymity, the information came from Israel. None of their Israeli counterparts have seen fit to either confirm or deny this, and Israeli ambassador to the U.S. Ron Dermer wrote to The New York Times expressing "full confidence" in the U.S. intelligence process.
Trump's advisors who were present at the meeting were quick to say on Monday, once the disclosure was reported publicly, that Trump did not tell the Russians exactly how the U.S. had come by any information. "At no time — at no time — were intelligence sources or methods discussed, and the president did not disclose any military operations that were not already publicly known," said Trump's National Security Advisor, Lieutenant General H.R. McMaster, who also told reporters, "I was in the room. It didn't happen." No U.S. newspapers were invited to the meeting.
Maria Zakharova, a spokesperson for the Russian foreign ministry, said the report of Trump disclosing classified material was "another fake."
Republican Senator Bob Corker of Tennessee, noting he was not present at the meeting and did not personally know if President Trump actually compromised the source, said, "To compromise a source is something that you just don't do, and that's why we keep the information that we get from intelligence sources so close as to prevent that from happening."
Senator Jack Reed of Rhode Island, who serves on the U.S. Armed Services Committee, and fellow Democrat Adam Schiff of the House Intelligence Committee both raised concerns about Trump's mindfulness. Reed called it "reckless" and said: "The president of the United States has the power to share classified information with whomever they wish, but the American people expect the president to use that power wisely. I don't believe the president intentionally meant to reveal highly secretive information to the Russians."
Republican John McCain of Arizona called this "A troubling signal to America's allies and partners around the world and may impair their willingness to share intelligence with us in the future."
Trump's meeting with the Russian ministers took place one day after he fired Federal Bureau of Investigation director James Comey, who had been running an investigation into alleged Russian involvement in the 2016 U.S. presidential election, which raised concerns about obstruction of justice.''',
    quotes=[
        Q('"As president, I wanted', 'and terrorism."', "Donald Trump"),
        Q('"The Russians have', 'of our own,"', "John Sipher"),
        Q('"They can put together', 'find out details."', "John Sipher"),
        Q('"full confidence"', None, "Ron Dermer"),
        Q('"At no time', 'publicly known,"', "H.R. McMaster"),
        Q('"I was in the room. It didn\'t happen."', None, "H.R. McMaster"),
        Q('"another fake."', None, "Maria Zakharova"),
        Q('"To compromise a source', 'from happening."', "Bob Corker"),
        Q('"reckless"', None, "Jack Reed"),
        Q('"The president of the United States has', 'to the Russians."', "Jack Reed"),
        Q('"A troubling signal', 'in the future."', "John McCain"),
    ],
    aliases={"Donald Trump": ["United States President Donald Trump", "Trump", "President Trump"],
             "John Sipher": ["John Sipher, the former head of the U.S. Central Intelligence Agency's Russia division"],
             "Ron Dermer": ["Israeli ambassador to the U.S. Ron Dermer"],
             "H.R. McMaster": ["Trump's National Security Advisor, Lieutenant General H.R. McMaster"],
             "Maria Zakharova": ["Maria Zakharova, a spokesperson for the Russian foreign ministry"],
             "Bob Corker": ["Republican Senator Bob Corker"],
             "Jack Reed": ["Senator Jack Reed", "Reed"],
             "John McCain": ["Republican John McCain"]},
),
dict(
    id="wn-en-travel-ban-2-0",
    source="https://en.wikinews.org/wiki/Travel_ban_2.0_exempts_Iraqis%2C_U.S._permanent_residents",
    license=LIC, retrieved=AMG.format("AMALGUM_news_ban") + " (the opening mark of Graham's first quotation, tokenized onto the end of the previous sentence, attached to its word)",
    text='''Travel ban 2.0 exempts Iraqis, U.S. permanent residents
Thursday, March 9, 2017
On Monday, U.S. president Donald Trump signed in the Oval Office a revised version of his executive order barring entry to the United States by refugees and individuals from certain Muslim-majority countries. While the previous ban, which caused chaos at airports and drew considerable criticism from within and outside of the U.S. government, covered seven countries, this one names only six and specifically exempts legal permanent residents and anyone who already has a visa to enter the country, or a visa revoked by the earlier executive order.
Residents of Syria, Iran, Libya, Somalia, Sudan and Yemen must now wait 90 days for visas. Iraq was removed following concerns that people who had helped the United States military and Iraqi government during and after the Iraq War might be left in danger. Secretary of State Rex Tillerson said this was because the U.S. State Department and Iraqi government improved the vetting process, though he did not say what exactly changed. The Iraqi government also lobbied heavily. Prime Minister Haider al-Abadi spoke with President Trump by phone and Vice President Pence in person. A senior official with the Trump administration also told reporters the Iraqi government had promised "timely repatriation" for Iraqi nationals whom the U.S. has decided to deport.
There is still a 120-day moratorium on accepting refugees into the U.S., though the ban on Syrian refugees is no longer indefinite. The new order omits language that gave priority to religious minorities, which critics such as National Public Radio's Domenico Montanaro read as "Christians." Claims of religious discrimination against Muslims contributed to the first order's overturn by the judiciary.
Under the previous travel ban, permanent residents in possession of a green card were concerned that if they were to visit their home countries they might be barred from returning to the United States. The new executive order exempts them.
Representative Adam Schiff, a Democrat on the House Intelligence Committee, said both orders have "the same fundamental flaws." Representative Andre Carson of Indiana, who is Muslim, referred to this as "Muslim ban 2.0" on Twitter. Senator Chuck Schumer, a Democrat from New York, called for the order's repeal, saying, "A watered-down ban is still a ban."
Not all of the response has been negative. "I have always shared President Trump's desire to protect our homeland," said Senator Lindsey Graham, a Republican and a critic of the first executive order. "This Executive Order will achieve the goal of protecting our homeland and will, in my view, pass legal muster."
The order is set to go into effect on March 16. The White House continues to affirm that the original travel ban was legal and the issue may still be heard before the U.S. Supreme Court.''',
    quotes=[
        Q('"timely repatriation"', None, None),
        Q('"Christians."', None, "Domenico Montanaro"),
        Q('"the same fundamental flaws."', None, "Adam Schiff"),
        Q('"Muslim ban 2.0"', None, "Andre Carson"),
        Q('"A watered-down ban is still a ban."', None, "Chuck Schumer"),
        Q('"I have always shared', 'our homeland,"', "Lindsey Graham"),
        Q('"This Executive Order', 'legal muster."', "Lindsey Graham"),
    ],
    aliases={"Domenico Montanaro": ["National Public Radio's Domenico Montanaro"],
             "Adam Schiff": ["Representative Adam Schiff"],
             "Andre Carson": ["Representative Andre Carson"],
             "Chuck Schumer": ["Senator Chuck Schumer"],
             "Lindsey Graham": ["Senator Lindsey Graham"]},
),
dict(
    id="wn-en-origami-robot",
    source="https://en.wikinews.org/wiki/US_scientists_create_prototype_of_autonomous_origami-inspired_robot",
    license=LIC, retrieved=AMG.format("AMALGUM_news_autonomous") + " (the fragment 'Cornell University' and the following lower-case sentence joined as one sentence; the closing marks of Lavine's and Silverberg's quotations before the full stop kept as in the copy)",
    text='''US scientists create prototype of autonomous origami-inspired robot
Sunday, August 10, 2014
A research team from the Massachusetts Institute of Technology (MIT) and Harvard University's Wyss Institute for Biologically Inspired Engineering has developed a robot that assembles itself within four minutes from a flat sheet into a 3D (three-dimensional) moving structure. Unlike previous self-folding machines, the robot can function autonomously. Science published the study this Friday.
Also on Friday, Science published a report of a Cornell University-led research team on applications of origami in design of programmable metamaterials.
As The Guardian reported, MIT–Harvard team lead author Sam Felton, a Harvard University Ph.D. candidate, priced the manufacturing equipment for the robot at $3,000, which could then make each individual unit — a 13 cm-long, Transformer-like robot — for about $100.
As described by MIT researchers, the initially flat sheet consists of five layers: copper wires in the middle, then two layers of paper (above and below), and two outer layers of shape memory polymer. The embedded heating circuits activate the robot's self-folding by heating shape memory polymers at the hinges. The parameters defining the fold pattern which determines the final 3D shape are placement of the self-folding hinges, and the order of their triggering. Felton told about creation of the pattern: "Cyclic folds are used by a software program called 'Origamizer' as building blocks to create any polyhedron. We've discovered that we can [...] create a wide variety of structures and machines."
Once the battery is attached to the design, the robot folds itself into the pre-determined shape and walks away, with motion of the four-legged robot controlled by the included microprocessor and two small motors synchronised by it. Each of the four legs has eight "linkages" which convert the force applied by a motor into motion. "It lets you transfer just one degree of freedom into a whole complicated motion, all through the mechanics of the structure," says coauthor Erik Demaine, MIT professor of computer science and engineering.
The robot moved during testing at about 5.4 centimeters per second, over a pre-determined route, not just a straight line — without any outside assistance. Marc Lavine, a senior Science editor, suggested such robots might be put in place "through a confined passageway, such as a collapsed building, after which they would assemble into their final form autonomously".
The folding pattern studied by the Cornell-led research team is well-known in origami as Miura-ori, whose unusual engineering properties caught the attention of team member Chris Santangelo of the University of Massachusetts Amherst.
Cornell University lead author Jesse Silverberg commented on potential of origami-based engineering: "When incorporated into more complex devices, these materials will enable on-the-fly transformation of mechanical function. We envision combining these origami-inspired materials with computer-controlled actuators to build more complex machines, such as hardening shells, locked-in joints and deployable barriers; and ultimately, this transformer technology will revolutionize the way we think about materials, moving them beyond their current static form, and revealing more functionality than what originally meets the eye".''',
    quotes=[
        Q('"Cyclic folds', 'and machines."', "Sam Felton"),
        Q('"linkages"', None, None),
        Q('"It lets you transfer', 'of the structure,"', "Erik Demaine"),
        Q('"through a confined passageway', 'form autonomously"', "Marc Lavine"),
        Q('"When incorporated', 'meets the eye"', "Jesse Silverberg"),
    ],
    aliases={"Sam Felton": ["MIT–Harvard team lead author Sam Felton", "Felton"],
             "Erik Demaine": ["coauthor Erik Demaine"],
             "Marc Lavine": ["Marc Lavine, a senior Science editor"],
             "Jesse Silverberg": ["Cornell University lead author Jesse Silverberg"]},
),
dict(
    id="wn-en-cleo-dolly-merger",
    source="https://en.wikinews.org/wiki/Cleo_and_Dolly_merger_leaves_senior_Australian_Cleo_editor_Sharri_Markson_out_of_work",
    license=LIC, retrieved=AMG.format("AMALGUM_news_cleo") + " (the logo caption dropped; the copy's '&amp;' entity restored to '&'; the copy's 'Mia Freedman posted;', 'The Sydney Morning Heald' and 'merge' kept)",
    text='''Cleo and Dolly merger leaves senior Australian Cleo editor Sharri Markson out of work
Friday, November 8, 2013
Senior Editor for Australia's Cleo magazine Sharri Markson confirmed on Wednesday that she will not be competing for the role of editor between the sudden merger of Dolly and Cleo titles. The news came only days after German-based Bauer Media announced the merger of two of their most popular Australian magazines, with an expected loss of half the production staff by early next year.
The production team was informed of the merge in a staff meeting on Monday. Chief executive Matt Stanton and publisher Sebastian Kadas explained the merger process, which will see the separate mastheads continue under the one production team and half the size of the normal magazine printing dimensions.
Both current editors Sharri Markson and Tiffany Dunk, along with the entire production team, were required to re-apply for their positions and compete against one another to secure a position. However, according to The Australian, after only three days of consideration, Markson informed staff that she is not prepared to accept the role given it would mean producing two magazines with half the staff.
Former editors of both Dolly and Cleo are turning to Twitter to show support for the staff in danger of unemployment. Mia Freedman posted; "Sad for all the girls who dream of working in magazines. The dream is sadly very much over. No joy today. Thinking of Dolly & Cleo staff", and Lisa Wilkinson posting "Very sad to hear news that Dolly & Cleo magazines are merging, with expected losses of half the staff. End of an era. And a personal one..." Wilkinson told The Sydney Morning Heald. "I just hope the magazine publishers in this country have been mentoring that new talent otherwise it simply will not work".
Bauer Media have released a statement addressing the situation, claiming to be “continually reviewing every aspect of its business, looking at new opportunities for growth and investment, whilst ensuring all divisions are working as efficiently and effectively as possible”. Bauer’s CEO who addressed the staff on Monday continued, saying "it makes sense to bring the staff creating these young women’s lifestyle titles together. The single publishing unit enables us to tap the synergies and expertise between the mastheads to further enhance the reach and relevance of these two much-loved Australian magazine brands."
The production staff along with popular media personalities are publicly questioning the efficiency of the merge, as both titles have distinctly different audiences; with Dolly aiming at teenager readers and Cleo at women in their 20s and 30s. This combined with the ever increasing stress of publishing will only maximise the pressure on the new production team. Ita Buttrose highlighted the concern, telling Crikey, "I know everybody is cost-cutting at the moment, but this seems a bit extreme. You'd have to be a very experienced, very talented editor to put out both titles. I ran the women's division at ACP Magazines, but all the titles had their own clearly defined editors. For one person to edit two magazines — that may be something they do in Germany, but it's new for me... I'd like to see their business plan."
The move comes closely after Bauer discontinued women's magazine titles Madison and Grazia in Australia earlier this year due to continuing financial pressures.''',
    quotes=[
        Q('"Sad for all the girls', 'Cleo staff"', "Mia Freedman"),
        Q('"Very sad to hear news', 'personal one..."', "Lisa Wilkinson"),
        Q('"I just hope', 'will not work"', "Lisa Wilkinson"),
        Q('“continually reviewing', 'as possible”', "Bauer Media"),
        Q('"it makes sense', 'magazine brands."', "Matt Stanton"),
        Q('"I know everybody', 'business plan."', "Ita Buttrose"),
    ],
    aliases={"Lisa Wilkinson": ["Wilkinson"],
             "Bauer Media": ["German-based Bauer Media", "Bauer"],
             "Matt Stanton": ["Chief executive Matt Stanton", "Bauer’s CEO"]},
),
]
