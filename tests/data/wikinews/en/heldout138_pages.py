# Held-out English news pages (tests/data/heldout138-en.jsonl), none of them used in an earlier set. Voice of America
# stories of 2006-2015, works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages
# (the `pages` search corpus), three from VOA's own sites and three in copies on non-government sites: the VOA Learning
# English story of November 2015 on the Myanmar election observers (learningenglish.voanews.com), the VOA story of May
# 2007 on the central bank chiefs of Japan, Europe and the United States (voanews.com print view), the VOA story of
# January 2008 on the Southern Africa floods (voanews.com), the VOA story of December 2006 on the Sumatra floods (copy
# on voatibetan.com, VOA's Tibetan service), and two VOA Standard English stories by Barry Wood on Ben Bernanke's
# testimony to Congress (February 2007, tingroom.com; July 2007, hxen.net). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph is dropped (noted in `retrieved`). VOA's site lines ('Accessibility links', 'Breaking News', 'News',
# 'update'), the Tibetan site line and date, image captions, video box lines, the learner sites' Chinese labels, audio
# lines, source lines and a byline glued to the first sentence are dropped; headlines are kept as the first paragraph;
# wording ('that that losing', 'swept the through the area', 'Some of houses'), spacing inside paragraphs and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1065-H1068 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout138-en.jsonl

Built by `build.py` from `heldout138_pages.py`. Like heldout98-en, heldout123-en and heldout124-en, these texts are
Voice of America stories taken from stored web pages (the `pages` search corpus), none of them used in a set above, from
2006 to 2015 (US government works in the public domain, 17 U.S.C. § 105): the VOA Learning English story of November
2015 on the Myanmar election (Alexander Lambsdorff of the EU observation mission, Mary Robinson for the Carter Center);
the VOA story of May 2007 on the central bank chiefs' optimism (Ben Bernanke on housing; voanews.com print view); the
VOA story of January 2008 on the Southern Africa floods (UN humanitarian spokeswoman Elizabeth Byrs); the VOA story of
December 2006 on the Sumatra floods (Red Cross Aceh chairman Faran Bustarimasor; copy on voatibetan.com); and two VOA
Standard English stories by Barry Wood on Bernanke's testimony to Congress (February 2007, tingroom.com; July 2007,
hxen.net). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, captions, video boxes,
the learner sites' labels and audio lines and a glued byline were dropped; wording and quotation marks are as stored.
None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with
every existing text: the only shared 8-word sequence is the correspondent line `Lisa Schlein reports for VOA from Geneva.` with the first word after it). The annotation (rules H1065–H1068 in `ANNOTATION.md` on top of the
earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2015-11-questions-remain-in-myanmar-election",
    source="https://learningenglish.voanews.com/a/observers-watch-myanmar-election/3052159.html",
    license=PD, retrieved=PAGES + " (VOA Learning English; the site lines 'Accessibility links' and 'Breaking News', the image caption ('From left, European Union Election Observation Mission members ... Nov. 10, 2015.'), the video box lines (the repeated headline, 'please wait', 'No media source currently available', the player times) dropped; the paragraph '“And I wouldn’t tend to use that expression anyway, if you’ve got 25 percent of both h', cut in the stored copy, dropped; 'that that losing' as stored)",
    text='''Questions Remain in Myanmar Election
Vote counting continues in Myanmar, but international observers say the opposition National League for Democracy (NLD) is heading for a landslide win.
Questions remain how much authority the newly elected leaders will be given.
Results released so far show the NLD has won 126 seats. The Union Solidarity Development Party that is backed by the military has won only eight seats. It is the first free election in 25 years.
“The fact that that losing USDP candidates are accepting defeat is encouraging for process credibility,” said Alexander Lambsdorff, head of the European Union’s election observation mission at a press conference Tuesday.
He said the election “process went better than many people expected beforehand.”
More than 30 million people cast ballots in Sunday’s election.
Still, Lambsdorff said the vote cannot be considered truly democratic because 25 percent of the seats were not contested. Under Myanmar’s constitution, 25 percent of the seats are set aside for the military.
He also voiced concern that Rohingya Muslims were largely absent from voting rolls and candidate lists. He said the lack of Muslim participation reflects their disenfranchisement.
Mary Robinson, the former president of Ireland, said she would not call the election “free and fair.” Robinson represented the Carter Center as an election observer. The Carter Center, founded by former U.S. President Jimmy Carter, monitors elections across the globe.''',
    quotes=[
        Q("“The fact that that losing", "process credibility,”", "Alexander Lambsdorff"),
        Q("“process went better", "beforehand.”", "Alexander Lambsdorff"),
        Q("“free and fair.”", None, "Mary Robinson"),
    ],
    aliases={"Alexander Lambsdorff": ["Lambsdorff"], "Mary Robinson": ["Robinson"]},
),
dict(
    id="voa-en-2007-05-central-bank-chiefs-optimistic-about-world-economy",
    source="http://www.voanews.com/articleprintview/564983.html",
    license=PD, retrieved=PAGES + " (VOA print view; the site lines 'Accessibility links', 'Breaking News' and 'News' dropped; the paragraph 'Investors stress that strength in Asia and Europe have brought needed balance to the wo', cut in the stored copy, dropped)",
    text='''Central Bank Chiefs Optimistic About World Economy
The central bank chiefs of Japan, Europe, and the United States Wednesday expressed optimism about short-term economic prospects in their economies. As VOA's Barry Wood reports, the central bankers spoke via video link with their counterparts attending a monetary conference in South Africa.
Toshihiko Fukui of Japan said the Japanese economy is on track to grow by two percent this year. Still battling the effects of a decade of deflation, Fukui in February doubled short-term interest rates to five tenths of one percent.
Jean-Claude Trichet, the head of the European Central Bank, was also optimistic about the eurozone - the 13 countries that use the euro currency. The ECB is forecasting economic growth of 2.6 percent this year, just under the 2.7 percent growth of 2006.
Ben Bernanke, the head of the U.S. central bank, told the conference the American economy is on track for growth of about two percent even though in the first quarter, economic growth slowed to six tenths of one percent, the slowest advance in over four years.
Bernanke said the weakness in the housing sector has reduced economic growth in the United States by about one percent.
"As you know, the downturn in the housing market has been sharp," said Ben Bernanke. "From their peaks in mid-2005, sales of existing homes have declined more than 10 percent, and sales of new homes have fallen by 30 percent."
Bernanke said the recovery in housing has not been as fast as earlier predicted.
"House prices decelerated sharply last year, following annual gains averaging nine percent from 2000 to 2005," he said. "Prices have continued to be quite soft so far in 2007."
With U.S. and other stock markets at record highs, investors seem to be discounting the possibility that weakness in housing will tip the US economy into recession.''',
    quotes=[
        Q('"As you know', 'has been sharp,"', "Ben Bernanke"),
        Q('"From their peaks', 'by 30 percent."', "Ben Bernanke"),
        Q('"House prices decelerated', '2000 to 2005,"', "Ben Bernanke"),
        Q('"Prices have continued', 'so far in 2007."', "Ben Bernanke"),
    ],
    aliases={"Ben Bernanke": ["Bernanke"]},
),
dict(
    id="voa-en-2008-01-13-un-says-southern-africa-floods-could-worsen",
    source="https://www.voanews.com/a/a-13-2008-01-13-voa9/401217.html",
    license=PD, retrieved=PAGES + " (the site lines 'Accessibility links' and 'Breaking News' dropped; the correspondent's line 'Lisa Schlein reports for VOA from Geneva.' is part of the lead paragraph and kept; the paragraph 'Over the past week, the International Organization for Migration has provided non-food emergency assi', cut in the stored copy, dropped)",
    text='''UN Says Southern Africa Floods Could Worsen
The United Nations says some of the worst floods in a decade in Southern Africa could worsen as more rain is forecast for the region. Tens of thousands of people in Zambia, Zimbabwe, Malawi and Mozambique have been affected by the flooding. Lisa Schlein reports for VOA from Geneva.
The United Nations estimates more than 80,000 people in four countries have been affected by the floods, which began in early December.
Mozambique is bearing the brunt of the disaster, with more than 70,000 people seriously affected. Rescue efforts are underway.
UN Humanitarian spokeswoman Elizabeth Byrs tells VOA at least 30,000 people have already been moved and resettled in centers. She says many of the victims had refused to leave the dangerous areas and the authorities have been forced to remove them against their will.
"But, this situation is of concern because roughly 1,000 and 600 households have been moved to higher ground due to the flooding at the confluence between the Zambezi and the river Shire," said Byrs. "Over 31,000 hectares of land are lost right now, arable lands are lost in flooding, which is a very important loss for the economy and for the livelihood of that population."
The relentless rains also are causing severe flooding in many areas of northeastern Zimbabwe, leading to severe destruction and affecting at least eight thousand people.
Aid agencies report many crops have been washed away and food stocks destroyed. They say people who already were vulnerable before the floods are now totally dependent on households in communities who managed to salvage their own stocks.
The United Nations says it is stepping up its humanitarian operations. It says it will deploy more experts in emergency management to the region in the coming days to help the governments cope with the disaster.''',
    quotes=[
        Q('"But, this situation', 'the river Shire,"', "Elizabeth Byrs"),
        Q('"Over 31,000 hectares', 'of that population."', "Elizabeth Byrs"),
    ],
    aliases={"Elizabeth Byrs": ["UN Humanitarian spokeswoman Elizabeth Byrs", "Byrs"]},
),
dict(
    id="voa-en-2006-12-28-thousands-of-indonesians-flee-flooded-area",
    source="https://www.voatibetan.com/a/a-28-2006-12-28-voa2-90282797/1270664.html",
    license=PD, retrieved=PAGES + " (copy of a VOA English story of December 2006 by Chad Bouchard on the site of VOA's Tibetan service; the Tibetan site line and the Tibetan date line dropped; the paragraph 'In nearby Malaysia, heavy rains have flooded southern states, particularly Johor, for the past two w', cut in the stored copy, dropped; 'swept the through the area' and 'Some of houses also damaged maybe we need to repair' as stored)",
    text='''Thousands of Indonesians Flee Flooded Area
Rescue workers are still searching for survivors in northern Sumatra after deadly flash floods swept the through the area. Heavy seasonal rain and rising waters over the weekend killed at least 100 people and forced more than 400,000 people from their homes in the western Indonesian province. In Malaysia, sudden heavy flooding has also created havoc, with at least eight people dead and many homeless. Chad Bouchard reports from Jakarta.
Indonesia estimates more than 400,000 people in the country's northwestern Sumatra and Aceh provinces have fled for higher ground after dozens of landslides. In some cases entire villages have been swept away.
Rescue teams are searching for survivors by boat as the waters recede, though heavy rain continues to fall in parts of the affected area.
Red Cross Aceh Chapter Chairman Faran Bustarimasor says medicine and food from Indonesian and foreign Red Cross agencies have been delivered by helicopter.
"Because some places are isolated by water, so we go there by boat," he said. "Also in the isolated areas, we drop the food by chopper."
Bustarimasor says survivors are suffering from fevers and skin diseases due to poor sanitation and contact with contaminated water.
Aid agencies are still assessing the damage, but Bustarimasor expects a significant need for recovery and reconstruction assistance over the coming weeks.
"Some of houses also damaged maybe we need to repair. Also the schools - some schools also damaged - first, we want our children can go to school soon," said Bustarimasor. "So maybe we need temporary schools like this."
Indonesian government officials say illegal logging and deforestation have made the area more vulnerable to floods.''',
    quotes=[
        Q('"Because some places', 'there by boat,"', "Faran Bustarimasor"),
        Q('"Also in the isolated', 'by chopper."', "Faran Bustarimasor"),
        Q('"Some of houses', 'to school soon,"', "Faran Bustarimasor"),
        Q('"So maybe we need', 'like this."', "Faran Bustarimasor"),
    ],
    aliases={"Faran Bustarimasor": ["Red Cross Aceh Chapter Chairman Faran Bustarimasor", "Bustarimasor"]},
),
dict(
    id="voa-en-2007-02-14-central-bank-chairman-upbeat-about-us-economy",
    source="https://tingroom.com./print_37124.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story by Barry Wood of February 14, 2007 in the print view of tingroom.com, a language-learning site (host name 'tingroom.com.' as stored); the label '2007年VOA标准英语-' and '(在线收听) | ||' around the headline, the byline and dateline 'By Barry Wood Washington 14 February 2007', glued to the first sentence, the closing ' | ||' and the source line '原文地址:http://www.tingroom.com/voastandard/2007/2/37124.html |' dropped; the body is one paragraph in the stored copy and is kept so (H1067); '[unclear]' as stored)",
    text='''Central Bank Chairman Upbeat About US Economy
Federal Reserve Board Chairman Ben Bernanke told a Senate committee Wednesday that, while U.S. economic growth is moderating, inflationary pressures have receded. VOA's Barry Wood reports the central banker's remarks triggered strong advance on Wall Street. "As I noted earlier, there are some signs that inflationary pressures are beginning to diminish," he said. "The monthly data are noisy [unclear], however, and consequently it will be more time before we can be confident that underlying inflation is moderating as anticipated." Bernanke said the weak housing sector remains a cause of concern, but saw signs of improvement. "Single family housing starts have dropped more than 30 percent since the beginning of last year and employment in the construction sector has slowed dramatically," he said. "Some tentative signs of stabilization have recently occurred in the housing market." "New and existing home sales have flattened out in recent months, mortgage applications have picked up, and some surveys find that home buyer sentiment has improved," he continued. After several years of rapid increases, U.S. home prices fell last year and many experts say the market bottom has not yet been reached. But the general theme of Bernanke's testimony was optimistic. He expects the U.S. economy to expand by nearly three percent this year and next with exports rising twice as fast as imports. He believes U.S. households are generally in good financial condition and that the business sector is healthy.''',
    quotes=[
        Q('"As I noted earlier', 'beginning to diminish,"', "Ben Bernanke"),
        Q('"The monthly data', 'as anticipated."', "Ben Bernanke"),
        Q('"Single family', 'slowed dramatically,"', "Ben Bernanke"),
        Q('"Some tentative signs', 'housing market."', "Ben Bernanke"),
        Q('"New and existing', 'has improved,"', "Ben Bernanke"),
    ],
    aliases={"Ben Bernanke": ["Federal Reserve Board Chairman Ben Bernanke", "Bernanke"]},
),
dict(
    id="voa-en-2007-07-bernanke-foresees-subdued-growth-but-no-recession",
    source="http://hxen.net/englishlistening/voaenglish/voastandardenglish/20070720/10712.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English story by Barry Wood of July 2007 on hxen.net, a language-learning site; the line '正文', the label 'VOA常速英语:' before the headline and the audio line '音频下载[保存到本地收听]' dropped; the headline kept as the first paragraph; the paragraph '\"Without a flexible exchange rate, they're unable to run an independent monet', cut in the stored copy, dropped)",
    text='''Bernanke foresees subdued growth but no recession
The head of the U.S. Federal Reserve Board, Ben Bernanke, Wednesday told a congressional committee that the subdued pace of U.S. economic expansion should pick up slightly in the months ahead. VOA's Barry Wood has more on his testimony.
While some economists fear that higher oil prices and a weak housing sector could trigger recession, Federal Reserve Chairman Bernanke disagrees. He further suggests that the inflationary impact of a three-year-long increase in oil prices is being contained. He told the congressional panel he expects growth will gain momentum during the remainder of this year.
"The central tendency of the growth forecasts, which are conditioned on the assumption of appropriate monetary policy, is for real gross domestic product to expand by 2.25 to 2.5 percent this year and 2.5 to 2.75 percent in 2008," said Bernanke. "The forecasted performance for this year is about one quarter percent below what was expected in [last] February."
Slower growth over the past year, he said, results from weakness in housing.
In his appearance before the House Financial Services Committee, Bernanke gave no indication that short-term interest rates would be moving either higher or lower. They have been held steady at 5.25 percent by the central bank for over a year.
Concerning housing, Bernanke said prices are likely to remain weak for some time and there will be more foreclosures on properties where borrowers cannot meet their monthly payments.
The international economy, said Bernanke, is strong and likely to remain so. When asked whether China should float and revalue its currency - something many members of Congress have long been pressing China to do - the Federal Reserve chairman unhesitatingly answered yes. It is, said Bernanke, in China's own interest to have a stronger currency.''',
    quotes=[
        Q('"The central tendency', 'percent in 2008,"', "Ben Bernanke"),
        Q('"The forecasted performance', '[last] February."', "Ben Bernanke"),
    ],
    aliases={"Ben Bernanke": ["Federal Reserve Chairman Bernanke", "Bernanke"]},
),
]
