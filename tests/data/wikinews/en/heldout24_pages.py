# Held-out English news pages (tests/data/heldout24-en.jsonl). Like heldout22_pages.py, these texts are stored
# web pages (the `pages` search corpus) of the Voice of America: news articles on voanews.com (VOA News and VOA
# correspondents' reports; none marked as from AP, Reuters or AFP, and none of the 15 pages of heldout22-en), one
# copy on VOA's own content system (voa.pangea-cms.com), one English page of VOA Khmer (voacambodia.com), a post of
# VOA's sports blog (blogs.voanews.com/sonny) and news items of VOA's public relations site insidevoa.com. Works of
# the US government, public domain. The stored copies are often cut after about 2,000 characters: only complete
# paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Navigation ("Accessibility links",
# "Breaking News", section labels such as "News / Asia"), photo captions (often printed twice), video player
# blocks, photo galleries, bylines and dateline dashes are dropped; leading and trailing spaces of a stored line
# are trimmed; wording, inner spacing and quotation marks are as stored.
# Annotated by reading the pages, before whosaid was run on them (rules H106-H110 in ANNOTATION.md).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

DOCS = [
dict(
    id="voa-en-burundi-rwasa-boycott-2015",
    source="https://www.voanews.com/a/burundi-opposition-leader-announces-elections-boycott/2817555.html",
    license=VOA, retrieved=PAGES + " (navigation lines and the photo caption, printed twice, dropped; the paragraph on opposition leaders' fears, cut in the stored copy, and everything after it dropped)",
    text='''Burundi Opposition Leader Announces Elections Boycott
Agathon Rwasa, the leader of Burundi’s main opposition National Liberation Forces (FNL) party says he will not participate in any “fake” elections that are unlikely to be free, fair and credible.
Rwasa also says President Pierre Nkurunziza should step down to allow another person to lead the ruling CNDD-FDD party in the elections in an effort to help to restore peace and the country’s stability.
“Nkurunziza better step aside and leave space for another one from his political party, otherwise he would be trampling [on] the constitution and try to annihilate the Arusha agreement, which we cannot agree with,” he said.
But, supporters of the CNDD-FDD have rejected calls for Nkurunziza to step down. They argue that the party has the right to choose who leads the party in elections.
Rwasa’s comments came after other opposition parties announced they would boycott both the presidential and the legislative elections, saying the vote would not be transparent.
Not a Climate for Fair Elections
In an interview with VOA, Rwasa said the country’s current political crisis is not favorable to peaceful elections.
“All Burundians are not ready to participate in a fake election like the one which is the preoccupation of President Pierre Nkurunziza and his so called CENI [Electoral Commission],” he said.
“What we want is a process which can be free and fair. In the [current] conditions, there is no room for democratic elections. All that we can say is that there is a need to urgently deal with these challenges as stated by the heads of state of this region where we are all invited to a dialogue so as to build up [a] conducive environment which may lead to a free and fair election,” he added.''',
    quotes=[
        Q('“fake”', None, "Agathon Rwasa"),
        Q('“Nkurunziza better step aside', 'cannot agree with,”', "Agathon Rwasa"),
        Q('“All Burundians are not ready', '[Electoral Commission],”', "Agathon Rwasa"),
        Q('“What we want is a process', 'free and fair election,”', "Agathon Rwasa"),
    ],
    aliases={"Agathon Rwasa": ["Rwasa"]},
),
dict(
    id="voa-en-nigeria-kidnapped-girls-2014",
    source="http://www.voanews.com/content/nigerian-government-admits-statement-of-kidnapped-girls-erroneous/1896187.html",
    license=VOA, retrieved=PAGES + " (section label, the photo caption, printed twice, and the byline (Anne Look) dropped; the caption named the military spokesman, the text does not; Kubo's quotation paragraph, cut in the stored copy, and everything after it dropped)",
    text='''Nigeria Retracts Statement About Kidnapped Girls
The Nigerian military has retracted its claim that nearly all of the more than 100 schoolgirls kidnapped this week by suspected Boko Haram militants had been released. Nearly a hundred are still believed to be missing.
The principal of the Government Girls secondary school in Chibok, Asabe Kwanbura, said that 32 of the kidnapped girls have escaped. That's up from a reported 20 girls on Thursday.
"Some jumped down [from] inside the lorry. Some escaped [from] within the camp," said Kwanbura.
The state education commissioner confirmed the figure, saying those 32 girls were safe and accounted for Friday.
A total of 129 girls are thought to have been at the school when armed men arrived early Tuesday to take them away in trucks. The girls were only there to sit for final exams as their school was among those closed in the northeast in March for security reasons.
Defense Headquarters had released a statement Wednesday saying that all but eight of the kidnapped girls were free, something relatives of the girls and school authorities said was a lie. Most of the girls are still missing.
The defense ministry spokesman issued a correction late Thursday saying that his initial statement was based on faulty information and "was not intended to deceive."
But the fumble is a further blow to the military's credibility as it faces mounting criticism for its handling of the insurgency in the northeast.
Borno state education commissioner, Musa Inuwo Kubo, says in an interview with VOA that the false report of the girls' release has only heightened their parents' "impatience and apprehension."''',
    quotes=[
        Q('"Some jumped down', 'within the camp,"', "Asabe Kwanbura"),
        Q('"was not intended to deceive."', None, "defense ministry"),
        Q('"impatience and apprehension."', None, "Musa Inuwo Kubo"),
    ],
    aliases={"Asabe Kwanbura": ["Kwanbura"], "defense ministry": ["The defense ministry spokesman", "Defense Headquarters"]},
),
dict(
    id="voa-en-south-sudan-ceasefire-2014",
    source="https://www.voanews.com/a/rebels-accuse-south-sudan-govt-of-breaking-ceasefire/1836915.html",
    license=VOA, retrieved=PAGES + " (navigation line dropped; the paragraph on the looted World Food Program warehouse, cut in the stored copy, and everything after it dropped)",
    text='''Rebels Accuse South Sudan Gov't of Breaking Cease-fire
Rebel forces in South Sudan are accusing the government of violating the cease-fire the two sides signed Thursday in Ethiopia.
A pro-rebel general said Friday that forces of President Salva Kiir have attacked rebel positions in Unity and Jonglei states.
General Lul Ruai Koang said government troops were aided by JEM rebels from Sudan's Darfur region in the Unity attacks, and by Ugandan forces in Jonglei.
South Sudan army spokesman Philip Aguer said on Twitter that he "received no reports of fighting" ahead of the cease-fire, which is due to take effect Friday evening South Sudan time.
Government and rebel delegates signed the cease-fire agreement in Addis Ababa after three weeks of talks mediated by the East African regional bloc IGAD.
At the ceremony, speakers warned the agreement may be hard to implement.
Analyst Peter Pham of the Atlantic Council told VOA there are questions about whether the government and rebels have full control of their forces.
"On neither side are we dealing with professional militaries of the sort that Americans and Europeans or East Asians are used to. These are units that answer to particular generals, some of whom are self-appointed, even."
U.N. humanitarian chief Valerie Amos will begin a three-day trip to South Sudan Monday. The U.N. said she will meet with government officials and aid groups in an effort to draw attention to the "humanitarian consequences" of the country's unrest.
The unrest began in mid-December after President Kiir accused his former vice president Riek Machar of attempting a coup -- a charge Machar has denied.
U.N. Assistant Secretary-General for Human Rights Ivan Simonovic says the fighting has killed thousands of people. An estimated 500,000 have been displaced from their homes.''',
    quotes=[
        Q('"received no reports of fighting"', None, "Philip Aguer"),
        Q('"On neither side are we dealing', 'self-appointed, even."', "Peter Pham"),
        Q('"humanitarian consequences"', None, "U.N."),
    ],
    aliases={"Philip Aguer": ["South Sudan army spokesman Philip Aguer"], "Peter Pham": ["Analyst Peter Pham"], "U.N.": ["The U.N."]},
),
dict(
    id="insidevoa-en-zimbabwe-runoff-interview-2008",
    source="https://www.insidevoa.com/a/a-13-34-2008-06-25-voa75-111611494/178307.html",
    license=VOA, retrieved=PAGES + " (VOA press release; navigation lines dropped; the closing paragraph on VOA's coverage of Africa, cut in the stored copy, dropped)",
    text='''Zimbabwe Opposition Leader and Government Minister in Exclusive VOA Interview
Zimbabwe opposition leader Morgan Tsvangirai and Zimbabwean Deputy Information Minister Bright Matonga took different positions on whether runoff elections should be held
Washington, D.C., June 25, 2008 - In an exclusive interview on the Voice of America (VOA), Zimbabwe opposition leader Morgan Tsvangirai and Zimbabwean Deputy Information Minister Bright Matonga took different positions on whether runoff elections should be held.
During the interview on VOA's Straight Talk Africa, Tsvangirai applauded calls by the Southern African Development Community to delay runoff elections. Matonga countered by repeating President Robert Mugabe's insistence that the country's runoff go ahead as planned.
When asked where he was during the VOA interview, Tsvangirai said that he had returned to the Dutch Embassy in Harare because his safety could not be guaranteed.
Matonga disputed Tsvangirai's claim saying, "I feel very sad when I see him (Tsvangirai) being moved from one place to the other and he's being treated like a 'yo-yo.' He is very secure in Zimbabwe. There is no way his life can be in danger because he is a presidential candidate."
When asked by Straight Talk Africahost Shaka Ssali if he had a message for President Robert Mugabe, Tsvangirai replied, "President Mugabe, you are the founding father of Zimbabwe. You should step up, not step down. Step up to be a statesman. Step up to be the real legacy of the founding father."
Straight Talk Africa, a weekly, one-hour call-in program, is broadcast live on radio, television, and the Internet. Host Shaka Ssali discusses current political issues with guest experts. Full video of the interview is available online at http://www.voanews.com/wm/voa/africa/engl/engl1830v.asx.''',
    quotes=[
        Q('"I feel very sad when I see him', 'a presidential candidate."', "Bright Matonga"),
        Q('"President Mugabe, you are the founding father', 'of the founding father."', "Morgan Tsvangirai"),
    ],
    aliases={"Bright Matonga": ["Matonga"], "Morgan Tsvangirai": ["Tsvangirai"]},
),
dict(
    id="voa-en-khar-afghan-future-2013",
    source="http://www.voanews.com/content/pakistan-foreign-minister-khar-skeptical-about-afghan-future/1586587.html",
    license=VOA, retrieved=PAGES + " (section label, the photo caption, printed twice, the byline (Ayaz Gul) and empty lines dropped; the paragraph with Khar's figures on suicide bombings, cut in the stored copy, and everything after it dropped)",
    text='''Islamabad Airs Doubts About Afghan Future
As U.S.-led international combat troops prepare to withdraw from Afghanistan, officials in neighboring Pakistan are airing reservations about the drawdown, reporting increased militant violence and skepticism about the effectiveness of the Afghan National Security Force (ANSF).
Citing a fresh flow of Afghan refugees and investment in border cities such as Peshawar, Pakistani officials say the trend indicates Afghan skepticism about the future of their own war-ravaged nation after most international forces withdraw by the end of 2014.
Speaking at the Council on Foreign Relations in New York on Wednesday, Pakistan Foreign Minister Hina Rabbani Khar called for a “responsible transition” and warned U.S. and NATO forces against departing Afghanistan “in a rush.”
“One major objective of a foreign military presence in Afghanistan was to reduce the ideological space that exists for [an] extremist mindset," she said, questioning whether the U.S.-led intervention has achieved its stated goals. "I think if you look in the last 10 years, the space of the extremists – the ideological space for them – has only increased.”
Citing violence on both sides of the border, the foreign minister emphasized the staggering number of Pakistan’s suicide-bomb casualties since U.S. intervention in the wake of September 11, 2001.''',
    quotes=[
        Q('“responsible transition”', None, "Hina Rabbani Khar"),
        Q('“in a rush.”', None, "Hina Rabbani Khar"),
        Q('“One major objective', 'extremist mindset,"', "Hina Rabbani Khar"),
        Q('"I think if you look', 'has only increased.”', "Hina Rabbani Khar"),
    ],
    aliases={"Hina Rabbani Khar": ["Pakistan Foreign Minister Hina Rabbani Khar", "the foreign minister"]},
),
dict(
    id="voa-en-china-japan-islands-damage-2013",
    source="http://www.voanews.com/content/china-says-japan-and-allies-risk-long-term-damage-over-islands/1654301.html",
    license=VOA, retrieved=PAGES + " (section label, the video block (repeated title, date, summary of Scott Stearns's video report) and the repeated title with its teaser dropped; the paragraph of Cui's further quotation, cut in the stored copy, and everything after it dropped)",
    text='''China: Japan, Allies Risk 'Long-Term Damage' Over Islands
China says Japanese activists near the disputed islands are worsening tensions between Beijing and Tokyo.
"It's Japan that stirred up and exacerbated tensions on the islands issue. It's also Japan that took direct and threatening actions. These are very evident facts that say who is right or wrong," said Chinese Ambassador to the United States Cui Tiankai.
The potentially mineral-rich islands, known as "Diaoyu" in China and "Senkaku" in Japan, are administered by Tokyo - a status quo that Washington backs.
U.S. Defense Secretary Chuck Hagel said any change that raises tensions could threaten regional stability. "Therefore, the United States opposes any unilateral or coercive action that seeks to undermine Japan's administrative control," he said.
And Beijing sees that as Washington siding with Tokyo, said Cato Institute analyst Justin Logan.
"The American position, I think, has been confusing and unhelpful. We say that we don't take a position on whether the islands are Japanese, but we take a position that they are covered by a treaty with Japan," said Logan.
A U.S.-Japan defense treaty covers any attack on Japanese-administered territory. Chinese ambassador Cui said Japan and its allies risk "long-term damage" over the islands.''',
    quotes=[
        Q("'Long-Term Damage'", None, "Cui Tiankai"),
        Q('"It\'s Japan that stirred up', 'right or wrong,"', "Cui Tiankai"),
        Q('"Diaoyu"', None, None),
        Q('"Senkaku"', None, None),
        Q('"Therefore, the United States opposes', 'administrative control,"', "Chuck Hagel"),
        Q('"The American position, I think', 'treaty with Japan,"', "Justin Logan"),
        Q('"long-term damage"', None, "Cui Tiankai"),
    ],
    aliases={"Cui Tiankai": ["Chinese Ambassador to the United States Cui Tiankai", "Chinese ambassador Cui"],
             "Chuck Hagel": ["U.S. Defense Secretary Chuck Hagel"], "Justin Logan": ["Logan"]},
),
dict(
    id="voa-en-china-presses-japan-2013",
    source="https://voa.pangea-cms.com/preview/en-US/a/china-intensifies-press-on-japan-in-east-china-sea-dispute/1778408.html",
    license=VOA, retrieved=PAGES + " (copy on VOA's own content system; navigation lines and the photo caption, printed twice, dropped; the paragraph cut in the stored copy after 'China al' dropped)",
    text='''China Intensifies Press on Japan in East China Sea Dispute
China is stepping up pressure on Japan in a long-running maritime dispute, deploying Chinese vessels near contested East China Sea islands and accusing Japanese leaders of making provocative statements.
Japan said four Chinese coast guard patrol ships entered the disputed waters on Monday morning, prompting Japanese authorities to warn the vessels to leave the area, which they did a short time later.
Chinese ships have sailed near the islets on dozens of occasions in the past year. Such incidents typically end within several hours, with the Chinese vessels leaving the area after trading warnings and sovereignty claims with the Japanese.
Japan controls the disputed islands and calls them Senkaku, while China also claims sovereignty and refers to them as Daioyu.
Chinese Foreign Ministry spokeswoman Hua Chunying said Monday recent remarks by Japanese leaders about China are a "provocation." In unusually strong language, she accused Japanese politicians of being "pretentious."
Hua was speaking a day after Japan's Prime Minister Shinzo Abe told a group of Japanese troops that Tokyo will not tolerate "the use of force to change the region's status quo." His Sunday remarks were a reference to Japanese concerns about China's growing assertiveness in maritime disputes.
Hua said China believes that Japan "broke the status quo" of the East China Sea islands through unilateral actions. The Japanese government bought three of the uninhabited islets from their Japanese owners last year in a symbolic transfer of ownership that infuriated Beijing.''',
    quotes=[
        Q('"provocation."', None, "Hua Chunying"),
        Q('"pretentious."', None, "Hua Chunying"),
        Q('"the use of force to change the region\'s status quo."', None, "Shinzo Abe"),
        Q('"broke the status quo"', None, "Hua Chunying"),
    ],
    aliases={"Hua Chunying": ["Chinese Foreign Ministry spokeswoman Hua Chunying", "Hua"],
             "Shinzo Abe": ["Japan's Prime Minister Shinzo Abe"]},
),
dict(
    id="voa-en-india-modi-voters-2014",
    source="http://www.voanews.com/content/controversial-indian-pm-candidate-pledges-change/1882843.html",
    license=VOA, retrieved=PAGES + " (section label, the photo caption, printed twice, and the byline (Anjana Pasricha) dropped; the paragraph cut in the stored copy after 'As he tr' dropped)",
    text='''Controversial Indian PM Candidate Pledges Change
India’s controversial prime minister candidate Narendra Modi is believed to be the front-runner in elections that begin next week. His promise of change has gained him an apparent edge in the closely-watched political contest.
At a busy Metro station outside New Delhi in India’s corporate hub, Gurgaon, young professionals dash to reach their offices.  But they pause for a moment to say they will vote for Narendra Modi of the main opposition Bharatiya Janata Party.
“We see hope from him," one voter said.  "We see that maybe after Modi comes our system is going to improve in many ways in terms of safety, corruption, better economic development, we see our country rising.”
“I think the kind of image he has, definitely he had certain issues in the past, but the kind of things he has done in Gujarat, he makes a cut above all,” another voter opined.
“For sure, BJP.  Modi seems to be a strong leader,” a third voter agreed.
Many here are enthused by 63-year-old Modi’s promise to reinvigorate India’s declining economy by replicating nationwide the development model he has spearheaded as chief minister of the western state of Gujarat.
Modi points to his track record in his state: economic growth and literacy rates that are higher than the national average and a flood of business investment due to the creation of sound infrastructure and a reduction in bureaucracy under his watch.''',
    quotes=[
        Q('“We see hope from him,"', None, None),
        Q('"We see that maybe after Modi', 'our country rising.”', None),
        Q('“I think the kind of image he has', 'a cut above all,”', None),
        Q('“For sure, BJP.', 'a strong leader,”', None),
    ],
),
dict(
    id="voakhmer-en-cambodia-opposition-2012",
    source="https://www.voacambodia.com/a/in-us-opposition-leaders-say-they-are-confident-of-election-victory/1483475.html",
    license=VOA, retrieved=PAGES + " (English page of VOA Khmer; navigation lines and the photo caption, printed twice, dropped; the paragraph on support in the US and Canada, cut in the stored copy, and everything after it dropped)",
    text='''In US, Opposition Leaders Say They Are Confident of Election Victory
The two men are in Washington meeting US officials to lobby for support and explain the strategy of the new party.
WASHINGTON - Opposition leaders Sam Rainsy and Kem Sokha say they are confident their new opposition coalition has a chance of winning national elections next year and that they are finally prepared to register the new party under the government later this month.
The National Salvation Party will join together officials from the Sam Rainsy and Human Rights parties, with Sam Rainsy named president. The original parties will not disband, however, allowing those supporters with legislative or local leadership roles to stay where they are.
The two men are in Washington meeting US officials to lobby for support and explain the strategy of the new party. Both appeared for studio interviews with VOA Khmer on Wednesday.
“When democratic forces unify as one to confront a ruling party and a dictatorship government, the democratic forces will definitely have victory,” Sam Rainsy said.
Kem Sokha, who will be the party’s vice president, said the new party represented “hope for a democratic process in Cambodia.”
Both leaders say they want to see reforms in the National Election Committee, which they say is biased toward the CPP. The NEC must address voter and registration irregularities, especially “ghost” voters, they said.
The new party, with a structure and leadership, will help give people confidence, Kem Sokha said. “Experience clearly shows that we are all victims of dictators, so if we split apart, the ruling party leaders will increasingly persecute us.”''',
    quotes=[
        Q('“When democratic forces unify', 'definitely have victory,”', "Sam Rainsy"),
        Q('“hope for a democratic process in Cambodia.”', None, "Kem Sokha"),
        Q('“ghost”', None, None),
        Q('“Experience clearly shows', 'increasingly persecute us.”', "Kem Sokha"),
    ],
),
dict(
    id="insidevoa-en-suu-kyi-visit-2012",
    source="https://www.insidevoa.com/a/aung-san-suu-kyi-visits-via/1510606.html",
    license=VOA, retrieved=PAGES + " (VOA public relations news item; navigation lines and the two photo captions (the second printed twice) dropped; the paragraph listing the officials she met, cut in the stored copy, and everything after it dropped)",
    text='''Aung San Suu Kyi Visits VOA
Burmese opposition leader Aung San Suu Kyi told Voice of America Tuesday that communal tensions involving the country’s minority Muslim population will be “difficult to dissipate in a short period of time.”
“Human rights must be protected by the rule of law and there can never be occasions where human rights can be neglected or ignored,” the Nobel Peace Prize winner said.
The pro-democracy leader made the comments during an exclusive interview at VOA’s headquarters in Washington, where she also met with top U.S. international broadcasting officials and journalists from the Burmese language service.
“It is an extraordinary honor to have such a distinguished guest visit us,” said VOA Director David Ensor, who assured the Nobel laureate “that VOA will continue to provide the kind of quality journalism that has made the station the most popular international broadcaster in Burma.”
During her English language interview, Aung San Suu Kyi said her country needs to continue on the path of political and economic reform. “We need to find out what we have to do in order to keep the democratization process on track,” she said. "Economic reforms have to be taken one by one. You see, it’s not just speed that’s important, it’s sequencing as well.”
The Burmese opposition leader said, “I always listen to VOA in the morning at 5:30. VOA world news is very useful for me especially, and I like the media roundup, Burma in the News.”''',
    quotes=[
        Q('“difficult to dissipate in a short period of time.”', None, "Aung San Suu Kyi"),
        Q('“Human rights must be protected', 'neglected or ignored,”', "Aung San Suu Kyi"),
        Q('“It is an extraordinary honor', 'guest visit us,”', "David Ensor"),
        Q('“that VOA will continue', 'broadcaster in Burma.”', "David Ensor"),
        Q('“We need to find out', 'process on track,”', "Aung San Suu Kyi"),
        Q('"Economic reforms have to be taken', 'sequencing as well.”', "Aung San Suu Kyi"),
        Q('“I always listen to VOA', 'Burma in the News.”', "Aung San Suu Kyi"),
    ],
    aliases={"Aung San Suu Kyi": ["Burmese opposition leader Aung San Suu Kyi", "the Nobel Peace Prize winner", "The Burmese opposition leader"],
             "David Ensor": ["VOA Director David Ensor"]},
),
dict(
    id="insidevoa-en-suu-kyi-call-in-2010",
    source="https://www.insidevoa.com/a/aungsansuukyi/178493.html",
    license=VOA, retrieved=PAGES + " (VOA press release; navigation lines and the photo caption dropped; the closing paragraph on the Burmese Service's broadcast hours, cut in the stored copy before its web address, dropped)",
    text='''Aung San Suu Kyi to Appear Weekly on VOA Burmese Call-In
Nobel Peace Laureate Aung San Suu Kyi will answer listeners' questions every week on VOA's Burmese call-in program.
Burmese opposition leader and Nobel Peace Laureate Aung San Suu Kyi will take part in a weekly VOA call-in show every Wednesday morning (Burmese time) to answer listeners’ questions on a broad range of political, social, and economic issues.
“Aung San Suu Kyi has spent much of the last 20 years of her life under house arrest simply because she wanted to bring democracy to the Burmese people,” said VOA Director Danforth Austin.
Today’s program focused on Aung San Suu Kyi’s efforts to win back legal status of the National League of Democracy Party. She said the NLD should be granted legal status because “it is fully supported by the people.” The country’s military government disbanded the National League of Democracy Party after it boycotted the November general election. Last week, a court rejected its appeal to be reestablished.
“Aung San Suu Kyi’s answers to our listeners’ emailed questions at the beginning of the program will be followed by calls from listeners throughout Burma,” said VOA Burmese Service Chief Lwin Htun Than. “This format gives us flexibility to get not only Aung San Suu Kyi’s opinion but also the thoughts of our callers as well.”''',
    quotes=[
        Q('“Aung San Suu Kyi has spent', 'the Burmese people,”', "Danforth Austin"),
        Q('“it is fully supported by the people.”', None, "Aung San Suu Kyi"),
        Q('“Aung San Suu Kyi’s answers', 'listeners throughout Burma,”', "Lwin Htun Than"),
        Q('“This format gives us flexibility', 'our callers as well.”', "Lwin Htun Than"),
    ],
    aliases={"Danforth Austin": ["VOA Director Danforth Austin"], "Lwin Htun Than": ["VOA Burmese Service Chief Lwin Htun Than"]},
),
dict(
    id="voa-en-greek-debt-us-officials-2015",
    source="http://www.voanews.com/content/us-officials-urge-prompt-action-on-greek-debt-crisis/2727460.html",
    license=VOA, retrieved=PAGES + " (navigation lines and the photo caption, printed twice, dropped; the paragraph on Treasury Secretary Jacob Lew, cut in the stored copy, and everything after it dropped)",
    text='''US Officials Urge Prompt Action on Greek Debt Crisis
Greece is facing "challenging times," according to U.S. Secretary of State John Kerry, who said Washington is "confident" in Greece's ability to make economic reforms and "chart a new course."
Kerry spoke after meeting with Greek Foreign Minister Nikos Kotzias in Washington. He was referring to negotiations between Athens, the International Monetary Fund (IMF) and other creditors who are demanding repayment of loans that bailed out the Greek economy.
Greek financial officials and creditors appear stalled in efforts to reach a compromise on repaying more than $300 million in loans that come due shortly, and worried about even larger repayments in the next couple of months.
Greece’s new left-wing government won election on promises to end deeply unpopular austerity programs that have seen higher taxes and reduced public services. Austerity and economic reforms were demanded by the IMF, the European Union and other creditors in exchange for bailout loans.
While there have been some reforms, they are not complete and are making little new progress. Standard & Poor’s recently cut the nation’s credit rating on fears that Athens cannot meet its repayment schedule.
Last week, IMF Managing Director Christine Lagarde said the global lender would not give Greece more time to make its repayments, and other lenders appear unlikely to ease terms either.''',
    quotes=[
        Q('"challenging times,"', None, "John Kerry"),
        Q('"confident"', None, "John Kerry"),
        Q('"chart a new course."', None, "John Kerry"),
    ],
    aliases={"John Kerry": ["U.S. Secretary of State John Kerry", "Kerry"]},
),
dict(
    id="voa-en-ukraine-pro-europe-march-2013",
    source="http://www.voanews.com/content/ukraines-pro-europe-forces-consolidate-gains-after-mass-march/1802081.html",
    license=VOA, retrieved=PAGES + " (section label, the photo caption, printed twice, and the byline (James Brooke) dropped; the paragraph on the injured, cut in the stored copy, and everything after it dropped)",
    text='''Ukraine’s Pro-Europe Forces Consolidate Gains After Mass March
Ukraine’s pro-European demonstrators erected barricades Monday, consolidating their control over Independence Square in the core of Kyiv, the nation’s capital.
A few blocks away, they surrounded the Government Building, forcing Cabinet members and staffers to work elsewhere.
Protesters occupied City Hall, renaming it “Revolution Headquarters.” A few blocks away, at another occupied building, three opposition leaders talked to a wall of TV cameras.
Arseniy Yatseniuk, leader of the Fatherland Party, declared the opposition’s goal: “To hold snap parliamentary and presidential elections. This is the will of the Ukrainian people. Just look at the streets,” he said.
Outside, an ebb and flow of thousands of protesters listened to speakers proclaim that Ukraine’s future is with Europe while also denouncing the government of Victor Yanukovych as undemocratic and corrupt.
The protesters were defending gains won Sunday by a mass march. As many as one million people marched through central Kyiv - the largest protest since the Orange Revolution of a decade ago.
Triggers
Ukrainians are galvanized by two events.
First, President Yanukovych made an abrupt U-turn when he yielded to Russian pressure and decided not to sign a trade and political association pact on Friday with the European Union.
Then, on Saturday, videos were posted on the Internet showing riot police attacking peaceful protesters in Kyiv’s Independence Square.''',
    quotes=[
        Q('“Revolution Headquarters.”', None, None),
        Q('“To hold snap parliamentary', 'look at the streets,”', "Arseniy Yatseniuk"),
    ],
),
dict(
    id="voa-en-ukraine-concessions-2014",
    source="http://www.voanews.com/content/ukraine-protesters-expand-camps-after-talks-yield-no-results/1836666.html",
    license=VOA, retrieved=PAGES + " (section label, the video block (title, date, summary of Henry Ridgwell's video report), a second headline ('Ukraine's President Vows Concessions to Anti-Government Protesters') and the byline (Henry Ridgwell) dropped; the paragraph of Yatseniuk's quotation, cut in the stored copy, and everything after it dropped)",
    text='''Ukraine's Concessions Fail to Sway Opposition Protesters, New Fighting Erupts
Embattled Ukrainian President Viktor Yanukovych, facing massive anti-government protests in Kyiv and regional capitals, has agreed to re-shuffle his government and amend controversial new anti-protest laws.
The concessions were revealed Friday, but hours later TV footage showed huge fireballs lighting up the night sky in central Kyiv. Witnesses said angry protesters entrenched behind huge barricades threw firebombs and rocks at police, who responded with tear gas.
The fighting had stopped at midweek, with a truce called after at least three protesters battling police died - two of them by gunfire.
Ongoing talks between the president and opposition leaders were expected to have stretched through the weekend, but it was not clear early Saturday what impact the new rioting would have on the talks.
One of the leaders - Vitaly Klitschko - described the meeting to the protesters gathered in Independence Square late Thursday night.
"Long hours of conversations, long hours of conversations about nothing.,” Klitschko told the protesters. “Now I understand that to sit down at the same table, with the man who has already decided to lie to you is pointless,” he said.
Arseniy Yatseniuk, another opposition leader, told protesters to defend their territory.''',
    quotes=[
        Q('"Long hours of conversations', 'about nothing.,”', "Vitaly Klitschko"),
        Q('“Now I understand', 'is pointless,”', "Vitaly Klitschko"),
    ],
    aliases={"Vitaly Klitschko": ["Klitschko"]},
),
dict(
    id="voa-en-sonny-world-cup-fans-2010",
    source="http://blogs.voanews.com/sonny/2010/05/",
    license=VOA, retrieved=PAGES + " (monthly archive page of VOA's sports blog 'Sonny Side of Sports' by Sonny Young; the blog name line and the photo credit line ('Photo credit: VOA's Parke Brewer') dropped; only the first post is kept, the second (on Howard Lesser's retirement, without quotations, cut in the stored copy) is dropped)",
    text='''USA World Cup Team To Have Good Fan Support In South Africa
The USA’s World Cup team arrived Monday at OR Tambo International Airport in Johannesburg, after a 17-hour flight from the United States.  It looks like the Americans will have good fan support in South Africa.
“The USA won the hearts of many South Africans when they made it to the final of the FIFA Confederations Cup last year and we welcome them back to South Africa,” said Danny Jordaan, the chief executive of South Africa’s 2010 World Cup Organizing Committee.  Jordaan added, “With over 136,000 tickets already sold to their fans, the USA will be followed by many passionate fans in the coming weeks.”
Perhaps the most passionate U.S. fans are members of “Sam’s Army,” a supporters club that waves American flags and stomps and cheers throughout U.S. men’s national team matches.  I’m sure we’ll see “Sam’s Army” at the USA’s opening World Cup match 12 June against “mother country” England in Rustenburg, South Africa.''',
    quotes=[
        Q('“The USA won the hearts', 'back to South Africa,”', "Danny Jordaan"),
        Q('“With over 136,000 tickets', 'the coming weeks.”', "Danny Jordaan"),
        Q('“Sam’s Army,”', None, None),
        Q('“Sam’s Army”', None, None),
        Q('“mother country”', None, None),
    ],
    aliases={"Danny Jordaan": ["Jordaan"]},
),
]
