# Held-out English Wikinews texts (tests/data/heldout46-en.jsonl), none of them used in an earlier set. All four are
# stored web pages (the `pages` search corpus) of Audio Wikinews news-brief transcripts (2006, 2007), all on
# en.wikinews.org / en.m.wikinews.org. The stored page copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`); page
# headers ("From Wikinews, the free news source you can write!", "Jump to navigation Jump to search"), "[edit]"
# section-edit links, audio-player and credit lines, and closing/licence lines are dropped; wording,
# spelling and quotation marks are as stored. No AMALGUM file was used: every file the index lists (amalgum_extra
# up to `sheffield`, amalgum/news up to `catholic`) is already used or skipped by an earlier set, and guessed names
# were not found. License of the texts: Wikinews, CC BY 2.5 (attribution: the Wikinews contributors of each page,
# URL as listed). Annotated by reading the texts, before whosaid was run on them (rules H227-H228 in ANNOTATION.md
# on top of H1-H226).
WN = "CC BY 2.5 (Wikinews)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout46-en.jsonl

Built by `build.py` from `heldout46_pages.py`. Like heldout42-en, these texts are English Wikinews texts (CC BY 2.5;
attribution: the Wikinews contributors of each page), none of them used in a set above: four stored web pages (the
`pages` search corpus) of Audio Wikinews news-brief transcripts (2006, 2007), all on en.wikinews.org or en.m.wikinews.org. The stored page copies are cut after about 2,000 characters; only complete
paragraphs are kept (the cut paragraph is dropped and noted per page); page headers, "[edit]" links, audio-player
and credit lines, and closing/licence lines were dropped; wording and quotation marks are as
stored. No AMALGUM file was used: every file the index lists is already used or skipped above, and guessed names
were not in the index. Most of these briefs keep only one or two quotations, so the set is small (4 documents). Skipped: the brief of
April 15, 2006 (its bioweapons-lab item shares many 8-word sequences with a text used above) and briefs keeping a single
quotation (5 January 2007, 26 June 2006, 18 April 2014, 20 February 2014).
None of these texts is used in any set above (checked by URL and by 8-word overlap with every existing text: no
shared 8-word sequence beyond the briefs' fixed intro formula 'and this is Audio Wikinews News Briefs'). The annotation (rules H227–H228 in `ANNOTATION.md` on top of H1–H226) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

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
]
