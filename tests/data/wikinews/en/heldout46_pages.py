# Held-out English Wikinews texts (tests/data/heldout46-en.jsonl), none of them used in an earlier set. Seven are
# stored web pages (the `pages` search corpus) of Audio Wikinews news-brief transcripts (2006, 2007, 2010) on
# en.wikinews.org / en.m.wikinews.org; one (Scottish NHS staff pay) is an archived English Wikinews article as
# reproduced in the first row of a stored dataset-viewer page (huggingface.co, izumi-lab/wikinews-en-20230728, a
# dump of English Wikinews), the only stored copy found; its headline and URL are not in the stored part. The stored
# page copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped
# (noted in `retrieved`); page headers ("From Wikinews, the free news source you can write!", "Jump to navigation
# Jump to search"), "[edit]"/"edit" links, audio-player and credit lines, and closing/licence/archive lines are
# dropped; wording, spelling and quotation marks are as stored. No AMALGUM file was used: every file the index lists
# (amalgum_extra up to `sheffield`, amalgum/news up to `catholic`) is already used or skipped by an earlier set, and
# the guessed names tried were not in the index. License of the texts: Wikinews, CC BY 2.5 (attribution: the
# Wikinews contributors of each page, URL as listed). Annotated by reading the texts, before whosaid was run on them
# (rules H227-H229 in ANNOTATION.md on top of H1-H226).
WN = "CC BY 2.5 (Wikinews)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout46-en.jsonl

Built by `build.py` from `heldout46_pages.py`. Like heldout42-en, these texts are English Wikinews texts (CC BY 2.5;
attribution: the Wikinews contributors of each page), none of them used in a set above: seven stored web pages (the
`pages` search corpus) of Audio Wikinews news-brief transcripts (June 8, June 20, June 27 and August 23, 2006;
January 4, 2007, two briefs; June 9, 2010) on en.wikinews.org or en.m.wikinews.org, and one archived Wikinews
article on the pay of Scottish NHS staff as reproduced in the first row of a stored dataset-viewer page (huggingface.co,
`izumi-lab/wikinews-en-20230728`, a dump of English Wikinews; headline and URL of the article are not in the stored
part). The stored page copies are cut after about 2,000 characters; only complete paragraphs are kept (the cut
paragraph is dropped and noted per page); page headers, "[edit]" links, audio-player and credit lines, a pull-quote
fragment and closing/licence/archive lines were dropped; wording and quotation marks are as stored. No AMALGUM file
was used: every file the index lists is already used or skipped above, and the guessed names tried were not in the
index. None of these texts is used in any set above (checked by URL and by 8-word overlap with every existing text:
no shared 8-word sequence beyond the briefs' fixed intro formula "... and this is Audio Wikinews News Briefs").
Skipped: the brief of April 15, 2006 (its bioweapons-lab item shares many 8-word sequences with a text used above)
and briefs whose complete paragraphs keep a single quotation (5 January 2007, 26 June 2006, 8 July 2006, 9 August
2006, 18 April 2014, 20 February 2014, 24 June 2009). The annotation (rules H227–H229 in `ANNOTATION.md` on top of
H1–H226) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2007-01-04-audio-news-briefs",
    source="https://en.wikinews.org/wiki/Category:January_4,_2007",
    license=WN, retrieved=PAGES + " (page header and navigation lines dropped; the 'United States' country labels kept as lines; the closing statement 'We invite yo...', cut in the stored copy, dropped)",
    text='''News briefs
The time is 11:00 (UTC) on January 4, 2007, and this is Audio Wikinews News Briefs.
Baghdad TV station shut down for showing Saddam mourners
The Iraqi government has shut down the Baghdad studios of a privately-owned satellite TV station for "inciting sectarian violence" because it broadcast images of people mourning the execution of Saddam Hussein. The press-freedom organization Reporters Without Borders on Tuesday condemned the interior ministry's decision to shut down the Al-Charkiya station, which follows the earlier closures of the al-Zaura and Salah-Eddin TV stations for showing footage of Iraqis protesting Saddam's death sentence.
CNN typo mixes up U.S. Senator with terrorist
United States
U.S. Senator Barack Obama's family name is very similar to the given name of the most wanted Osama bin Laden. According to American online blog Daily Kos, which was the first to report it, CNN mixed the two up on Monday, leading into a segment on bin Laden with the title, "Where's Obama?" on The Situation Room, a show hosted by Wolf Blitzer.
U.S. superbug expected to emerge in Canada
An infectious superbug spreading in the United States is to "emerge in force" in Canada, doctors fear. An article in the Canadian Medical Association Journal on Tuesday said that Methicillin-resistant Staphylococcus aureus are "spreading with alarming rapidity." Usually elderly or very ill hospital patients get the disease. Experts say that basic hand washing using soap or alcohol gels and other techniques could help to prevent spreading of the disease.
Broncos player Williams shot to death, police looking for suspect
United States
Police are still looking for the suspect that killed Denver Broncos cornerback Darrent Williams, 24, in a drive by shooting on January 1. Williams was killed by a single gunshot wound to the neck.''',
    quotes=[
        Q('"inciting sectarian violence"', None, "Iraqi government"),
        Q('"Where\'s Obama?"', None, None),
        Q('"emerge in force"', None, None),
        Q('"spreading with alarming rapidity."', None, "Canadian Medical Association Journal"),
    ],
    aliases={},
),
dict(
    id="wn-en-2006-08-23-audio-news-briefs",
    source="https://en.wikinews.org/wiki/Wikinews:Briefs/August_23,_2006",
    license=WN, retrieved=PAGES + " (page header and navigation lines dropped; the paragraph 'New Zealand\\'s nineteenth Governor-General was sworn in today. ...', cut in the stored copy, dropped)",
    text='''The time is 21:45 (UTC) on August 23rd, 2006, and this is Audio Wikinews News Briefs.
The human rights organisation, Amnesty International has accused Israel of committing war crimes by deliberately targeting civilian infrastructure in Lebanon during the Israel-Lebanon conflict, calling the attacks "indiscriminate and disproportionate". Israel has rejected the charge.
"18 hours of mass hysteria" (according to the Sunday Times of India) broke out last Friday in Mumbai as hundreds of residents flocked to Mahim Creek, one of the most polluted creeks in India that receives thousands of tonnes of raw sewage and industrial waste every day[1] after reports that the salt water had suddenly turned "sweet".
Convicted terrorist Faheem Khalid Lodhi has been sentenced a 20 years prison time by the Supreme Court of New South Wales, Australia.
Police in the Netherlands have arrested twelve passengers after a US flight destined for Mumbai in India had to be escorted back to Amsterdam’s Schiphol Airport. No further information about the arrests have been given.
The Australian federal government has annouced it will subsidise the breast-cancer drug Herceptin under the Pharmaceutical Benefits Scheme (PBS) for women with HER2 positive cancer. Those with advanced breast cancer will continue to be eligible for special assistance from Medicare Australia independently from the PBS.
New Zealand
New Zealand finance minister, Michael Cullen, rejected providing a subsidy for the New Zealand's Auckland to Wellington passenger train service, Overlander, which Australian company Toll Holdings Limited plans to stop on September 30, 2006.''',
    quotes=[
        Q('"indiscriminate and disproportionate"', None, "Amnesty International"),
        Q('"18 hours of mass hysteria"', None, "Sunday Times of India"),
        Q('"sweet"', None, None),
    ],
    aliases={},
),
dict(
    id="wn-en-2006-06-27-audio-news-briefs",
    source="https://en.m.wikinews.org/wiki/Category:June_27,_2006",
    license=WN, retrieved=PAGES + " (the closing statement and licence line dropped; country labels kept as lines)",
    text='''News briefs
The time is 18:00 (UTC) on June 27th, 2006, and this is Audio Wikinews News Briefs.
Headlines
Dung appointed Vietnam's new PM
Vietnam
Nguyen Tan Dung has been confirmed as Vietnam's next prime minister, winning by a majority vote of 92% by the National Assembly.
Canterbury farmers to get aid because of snow
New Zealand
The New Zealand government officials have announced that it will give NZ$160,000 in aid to help farmers who were affected by the huge amounts of snow in Canterbury, New Zealand two weeks ago.
Australian government provides $15.8 million for North Adelaide Technical College
Australia
Australian Minister for Vocational Education and Training, Gary Hardgrave has announced the government will provide AUD$15.8 million to establish a Australian Technical College in North Adelaide.
IPod manufacturer Foxconn broke labour laws
China
Chinese iPod maker Foxconn, apparently named by the local Shenzhen government as a "role model," has admitted employees work about 80 extra hours each month, "which is against the law in China," says China CSR.
Drunk woman hits police car in Sydney
Australia
A woman with a blood alcohol reading of 0.14 has been arrested and charged after crashing into a police car in Kings Cross, a suburb of Eastern Sydney early this morning.''',
    quotes=[
        Q('"role model,"', None, "Shenzhen government"),
        Q('"which is against the law in China,"', None, "China CSR"),
    ],
    aliases={},
),
dict(
    id="wn-en-2007-01-04b-audio-news-briefs",
    source="https://en.wikinews.org/wiki/Wikinews:Briefs/January_4,_2007/2",
    license=WN, retrieved=PAGES + " (page header, navigation lines, '[edit]' links and the closing statement and licence line dropped)",
    text='''The time is 22:00 (UTC) on January 4, 2007, and this is Audio Wikinews News Briefs.
Australian Police net $540 million in "liquid ecstacy"
During a raid in the Sydney Suburb of Castle Hill, police found 1,900 litres of "liquid ecstacy". This bust, one of the largest in Australia's history, netted $549AUS million. Police have yet to make any arrests.
Record number of bicycles sold in Australia in 2006
A record number of bicycles were sold in Australia during the 2006 year, totalling 1,273,781 sold units, which exceeded car sales by 32%. The short commute, rising gas prices, and better fitness have made the bicycle worth the investment.
Saddam's co-defendants to be executed Thursday
Saddams' co-defendates are to be excuted Thursday. At press time, details still need to be worked out with the American military, but the two are expected to be at the gallows by the end of the day. In related news, Saddam Huissen was hang for the same charges earlier this week. An unauthorised video of the excutation made its way to the internet. The Iraqi government has since launched a probe to find who released the video.
Britain makes final World War II debt payments
United Kingdom
On New Years Eve, the United Kingdom made its last $83 million payment to the United States on loans from World War II. This final payment, and another similar payment to Canada comes six years late, due to past economical troubles in the United Kingdom.''',
    quotes=[
        Q('"liquid ecstacy"', None, None),
        Q('"liquid ecstacy"', None, None, 1),
    ],
    aliases={},
),
dict(
    id="wn-en-2006-06-08-audio-news-briefs",
    source="https://en.m.wikinews.org/wiki/Category:June_8,_2006",
    license=WN, retrieved=PAGES + " (the line 'There are no reviewed versions of this page, ...' dropped; country and topic labels kept as lines; the closing statement, cut in the stored copy, dropped)",
    text='''News briefs
The time is 17:00 (UTC) on June 8th, 2006, and this is Audio Wikinews News Briefs.
Headlines
Iraq
The head of al-Qaeda in Iraq, Abu Musab al-Zarqawi, has been killed in an air strike north of Baqubah, according to Iraqi Prime Minister Nouri Maliki. Several aides also died with him in the Wednesday evening raid, including his key lieutenant and spiritual adviser Sheik Abdul Rahman.
economy
A barrel of oil got cheaper after news broke that Al Qaeda's leader in Iraq Abu Musab al-Zarqawi had been killed in a US airstrike. The death of al-Zarqawi seems to have been interpreted by the market as good news for the future supply of oil from the region.
Nigeria
Five South Korean workers have been kidnapped from a natural gas facility in the Nigerian Delta. The company is operated by Shell Petroleum Development Company. A group called the Movement for the Emancipation of the Niger Delta is claiming responsibility for the attack and kidnappings and says that one kidnapper and at least six Nigerian soldiers were killed on a Nigerian military boat, when gunmen entered the facility. The group's main demand is the release of a jailed militia leader, Mujahid Dokubo-Asari.
New Zealand
Freelance journalist Tim Selwyn has been found guilty of sedition. This is the first conviction for sedition in New Zealand in over 75 years. Selwyn faced two charges of "making a seditious statement" relating to pamphlets he had left near the scene of an axe attack on the Prime Minister's electorate office in November, 2004, which had called upon like-minded New Zealanders to "engage in similar acts of civil disobediance" and to "take similar action of their own".''',
    quotes=[
        Q('"making a seditious statement"', None, None),
        Q('"engage in similar acts of civil disobediance"', None, "Tim Selwyn"),
        Q('"take similar action of their own"', None, "Tim Selwyn"),
    ],
    aliases={"Tim Selwyn": ["Freelance journalist Tim Selwyn", "Selwyn"]},
),
dict(
    id="wn-en-2006-06-20-audio-news-briefs",
    source="https://en.wikinews.org/wiki/Category:June_20,_2006",
    license=WN, retrieved=PAGES + " (page header, navigation and 'edit' lines dropped; country labels kept as lines; the last item 'BBC\'s famous \'Top of the Pops\' programme to be axed', whose paragraph is cut in the stored copy, dropped with its heading and label)",
    text='''News briefs
The time is 18:00 (UTC) on June 20th, 2006, and this is Audio Wikinews News Briefs.
Headlines
New Zealand PM faults Japan over Whaling Commission vote
New Zealand
New Zealand Prime Minister Helen Clark has accused Japan of creating a rift between Pacific Countries. She accuses Japan of influencing the voting of some member nations of the Pacific Island Forum at the International Whaling Commission by supplying vast amounts of aid to certain small pacific nations.
Australian House of Representatives moves to affirm support for heterosexuality of marriage
Australia
The Australian House of Representatives yesterday discussed as part of private Member's business a motion moved by Michael Johnson (Australian Liberal Party, Division of Ryan) that seeked to affirm and "celebrate" support for marriage "between a man and a woman" and called on the Government to "enact policies that promote and strengthen marriage".
Italy seeks indictment of U.S. marine
Italy
Italian prosecutors have asked a judge to indict a United States solider for fatally shooting the Italian intelligence officer Nicola Calipari at a roadblock in Iraq a year ago. Calipari died just after freeing the Italian journalist Giuliana Sgrena, as he was escorting her to the Baghdad airport.
Tony Blair orders two government jets
United Kingdom
UK Prime Minister Tony Blair is set to give the go-ahead for an order of two government jets.
Twin babies in NZ foster home die of head injuries
New Zealand
The New Zealand police who are investigating the deaths of male twin babies say that they suffered from serious head injuries.''',
    quotes=[
        Q('"celebrate"', None, "Michael Johnson"),
        Q('"between a man and a woman"', None, "Michael Johnson"),
        Q('"enact policies that promote', 'strengthen marriage"', "Michael Johnson"),
    ],
    aliases={},
),
dict(
    id="wn-en-scotland-nhs-staff-pay",
    source="https://huggingface.co/datasets/izumi-lab/wikinews-en-20230728/viewer/default/train?p=2",
    license=WN, retrieved=PAGES + " (a stored dataset-viewer page reproducing an archived English Wikinews article, the first row of the page; the row's headline, date and en.wikinews.org URL are not in the stored part, so the text starts with the first paragraph; the fragment '—Jackie Baillie, Scottish Labour Party' of a pull-quote box whose quotation is not in the stored part, glued before the first paragraph, and the closing 'Have an opinion on this story? Share it!', 'Share this:' and archive-notice lines dropped; mixed curly and straight marks as stored)",
    text='''Over 800 National Health Service staff in Scotland are earning more than £140,000 each year—more than First Minister Alex Salmond. New figures also reveal that 3,000 NHS workers are earning over £100,000. One NHS board alone, NHS Greater Glasgow and Clyde, employs 893 staff earning more than £100,000, and 181 being paid over £140,000.
Jackie Baillie, health spokeswoman for the Labour Party, which uncovered the figures, said they were "astonishing", and urged health boards to examine if savings can be made by reducing salaries of top earners. "This is a far better option than cutting frontline staff like nurses and midwives. In tough financial times we need to make sure that our focus is on patient care and every penny is spent in the most efficient way." She further said: “In the current economic climate, it is impossible to justify huge salaries for consultants and senior executives when health boards are planning 4000 job losses this year, including 1500 nurses and midwives."
Britain's largest health service industrial union, Unison, questioned the amount of money the NHS was paying. A spokesperson said: "Unison doesn’t begrudge anybody the rate of pay for the job but obviously our membership will be concerned that while they are to face a pay freeze and people delivering frontline services are losing their jobs, there is a cohort of folk who appear to earn more than the most senior politician in the land."''',
    quotes=[
        Q('"astonishing"', None, "Jackie Baillie"),
        Q('"This is a far better option', 'most efficient way."', "Jackie Baillie"),
        Q('“In the current economic climate', 'nurses and midwives."', "Jackie Baillie"),
        Q('"Unison doesn’t begrudge', 'politician in the land."', "Unison"),
    ],
    aliases={"Jackie Baillie": ["Baillie"]},
),
dict(
    id="wn-en-2010-06-09-news-briefs",
    source="https://en.wikinews.org/wiki/News_briefs:June_9,_2010",
    license=WN, retrieved=PAGES + " (page header, navigation, 'Wikinews Audio Briefs Credits' block and 'Problems? See our media guide.' lines dropped; the paragraph 'A summary of ...', cut in the stored copy, dropped)",
    text='''Wikinews:Briefs/June 9, 2010
Today on Wikinews : A 22 year old US Army Specialist is arrested for leaking classified material to the online site wikileaks; Noynoy Aquino is elected President of the Philippines; a circus elephant decides to go "out on the town" in Zurich and, in history, one of the greatest athletes of all time runs away with and into the record books.
Today is Wednesday, June 9th, 2010. I'm Dan Harlow and this is Wikinews.
The United States military has arrested an intelligence analyst who may have been responsible for leaking classified combat video and documents to the whistle-blower website Wikileaks.
The man arrested has been identified by Wired magazine as 22-year-old specialist, Bradley Manning of the United States Army's 2nd Brigade, 10th Mountain Division. Manning, from Potomac, Maryland, is said to have been detained for two weeks on base in Kuwait awaiting trial. The United States military confirmed an arrest and said it "takes the management of classified information very seriously."
The footage was acquired from an undisclosed source in 2009 by Wikileaks. Wikileaks says the "Collateral murder" footage shows the "murder of Iraqi civilians and two Reuters journalists."
Reuters had unsuccessfully requested the footage under the Freedom of Information Act in 2007, as two of its news staff, Saeed Chmagh and Namir Noor-Eldeen, had died in the attack.
In addition to the video of the Baghdad attack, Manning is suspected of having leaked other classified information, including footage of the Granai attack and a classified Army document evaluating Wikileaks as a security threat, which the site posted in March. Wikileaks is preparing to release a video of the Granai attack in Afghanistan, which killed around 100 civilians.''',
    quotes=[
        Q('"out on the town"', None, None),
        Q('"takes the management', 'very seriously."', "United States military"),
        Q('"Collateral murder"', None, None),
        Q('"murder of Iraqi civilians', 'Reuters journalists."', "Wikileaks"),
    ],
    aliases={},
),
]
