# Held-out English news texts (tests/data/heldout328-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories (US government works in the public domain, 17 U.S.C. § 105):
# two VOA Zimbabwe (Studio 7) stories on Zimbabwe's parties in 2013 (voazimbabwe.com), a VOA Learning English 'In The
# News' program of March 2015 (Myanmar students; Iran's foreign minister on the senators' letter) on
# learningenglish.voanews.com, and four copies of VOA stories on other sites: a Learning English story on Obama asking
# Muslim-Americans to condemn extremism (December 2015) on the feed blog newsamricaa.blogspot.com, a Learning English
# story on the Catholic Church rejecting the DRC's presidential result (January 2019) on the language-learning site
# m.42bites.com, and two VOA stories of 2024 (the Supreme Court and presidential immunity; Cameroon separatists
# abducting officials) on the archive pages of the VOA feed aggregator boorsee.com. None is credited to AP, Reuters, AFP
# or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept, a cut
# paragraph is dropped, and in the copy that prints a story as one paragraph the text ends on the last complete sentence
# (noted in `retrieved`). Site lines, player lines, program labels and a language-learning site's Chinese header lines
# are dropped; headlines are kept as the first line where the stored copy has one; wording and quotation marks
# (straight, curly or mixed as stored) are as stored. Annotated by reading the texts, before whosaid was run on them
# (rules H1810-H1814 in ANNOTATION.md on top of H1-H1809).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout328-en.jsonl

Built by `build.py` from `heldout328_pages.py`. Like the VOA sets above (heldout301-en, heldout288-en, heldout275-en
and others; copies on other sites with the licence constant PDC as in heldout150-en, heldout267-en, heldout288-en and
heldout301-en), these texts are Voice of America stories (US government works in the public domain, 17 U.S.C. § 105)
taken from stored web pages (the `pages` search corpus): two VOA Zimbabwe (Studio 7) stories of 2013 on voazimbabwe.com
(the MDC formations dismissing Zanu-PF critics after the July 31 elections, with Emmerson Mnangagwa, Douglas Mwonzora
and Nhlanhla Dube; protests over the imposition of candidates at the Zanu-PF and MDC-T headquarters, with Didymas
Mutasa), a VOA Learning English 'In The News' program of March 10, 2015 on learningenglish.voanews.com (Myanmar
students; Mohammad Javad Zarif on the Republican senators' letter; Benjamin Netanyahu's 'bad deal'), and four verbatim
copies of VOA stories on other sites: a VOA Learning English story on Barack Obama and Josh Earnest asking
Muslim-Americans to condemn extremism (December 2015) on the feed blog newsamricaa.blogspot.com (other pages of the same
blog are in heldout301-en and earlier sets), a VOA Learning English 'As It Is' story on the Catholic Church rejecting the
official result of the DRC's presidential election (January 11, 2019) on the language-learning site m.42bites.com, and
two VOA stories of 2024 on archive pages of boorsee.com, an aggregator of VOA's feed (another boorsee.com page is in
heldout150-en): the Supreme Court and Donald Trump's claim of presidential immunity, with Charles Bullock (April 2024),
and Cameroon separatists abducting government officials, with governor Deben Tchoffo (February 2024). None is credited
to AP, Reuters, AFP or another third party; a feed item that reads like agency copy (the WestJet strike story on an
immigrationresearch.org aggregator page) was left out. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept, a paragraph cut in the stored copy is dropped, and where a copy prints a story as a single
paragraph the text ends on its last complete sentence (what was dropped is noted per page). Site lines, player lines,
a program label, the empty lines between paragraphs and a language-learning site's Chinese header lines were dropped;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL and page id
(1764764, 1686688, 2674502, 3093311, the blog's 2015-12-08 page, boorsee.com 2024/04/page/28 and 2024/02/page/18,
m.42bites.com 438881), by headline, and by the names of their speakers and distinctive phrases such as 'Dismiss Zanu PF
Critics', 'dead and buried', 'Nhlanhla Dube', 'restrategizing', 'tired horses', 'Rudha Phiri', 'Didymas Mutasa',
'Mustafa El-Amin', 'hateful, radicalizing', 'Catholic Church Rejects', 'rise as one man', 'correspondto',
'unprecedented and undiplomatic', 'Myanmar Police Clash', 'hired a hitman', 'exculpatory', 'Tchoffo', 'Achobang' and
'Nkongho Manchang', grepped in tests/data of the main checkout and of every other helper's worktree; no hits, except
the newsamricaa.blogspot.com and boorsee.com sites (other pages, heldout301-en and heldout150-en) and Charles Bullock
(another story, heldout130-en)). The annotation (rules H1810–H1814 in `ANNOTATION.md` on top of H1–H1809) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h328-2015-12-obama-muslim-americans-extremism",
    source="https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2015-12-08T14%3A26%3A00-08%3A00",
    license=PDC, retrieved=PAGES + " (copy of the VOA Learning English story 'Obama Asks Muslim-Americans to Condemn Extremism' (December 2015; the original is learningenglish.voanews.com/a/us-urges-muslim-americans-to-condemn-terrorism/3093311.html, whose stored copy is cut earlier) on the feed blog newsamricaa.blogspot.com, which reposts VOA's Learning English feed; the stored part of the blog page has no headline and opens with the first sentence of the story, no title added (H1737, H1814); the body stored as one paragraph and kept so (H1067); the stored copy breaks off in 'Some of the president’s political opponents said that the speech was disappointing and offered no new plans to fight t', so the text ends on the sentence before (H1105); 'professional,s' and curly marks as stored)",
    text='''President Barack Obama has asked Muslim-American leaders to condemn extreme Islam. Spokesman Josh Earnest said Monday that the president “would like to see leaders in the Muslim community stand up and speak out more forcefully in terms of condemning these hateful, radicalizing messages that we see from extremist organizations.” Earnest said Muslims “will be more effective if they are working in close partnership with the federal government, and with law enforcement, and with our counterterrorism professional,s and with our neighbors to fight” extremists. In a speech at the White House on Sunday, Obama said the Islamic State terrorist group “does not speak for Islam.” He said there are “millions of patriotic Muslim-Americans who reject their hateful ideology.” The president said “if we’re to succeed in defeating terrorism, we must enlist Muslim communities as some of our strongest allies, rather than push them away through suspicion and hate.” He called on Muslims to confront “without excuse” what he called the “real problem” of extremist ideology spreading within some of their communities. Mustafa El-Amin, the leader of a Muslim religious center in Newark, New Jersey, said he agreed with the president. El-Amin said that the Islamic State and other terrorist groups “do not speak for or represent Islam in any way.” He noted that many of the victims of terrorism around the world are Muslim. The president spoke in answer to violence last week in Southern California. Husband and wife Syed Rizwan Farook and Tashfeen Malik killed 14 people in a shooting attack. The U.S. Federal Bureau of Investigation called them “radicalized.” One of Tashfeen’s few friends told the Washington Post newspaper that “she became so religious, so serious and so focused on Islamic teachings, and she lost her interest in her studies.”''',
    quotes=[
        Q('“would like to see leaders', 'extremist organizations.”', "Josh Earnest"),
        Q('“will be more effective', 'neighbors to fight”', "Josh Earnest"),
        Q('“does not speak for Islam.”', None, "Barack Obama"),
        Q('“millions of patriotic', 'hateful ideology.”', "Barack Obama"),
        Q('“if we’re to succeed', 'suspicion and hate.”', "Barack Obama"),
        Q('“without excuse”', None, "Barack Obama"),
        Q('“real problem”', None, "Barack Obama"),
        Q('“do not speak for or represent', 'in any way.”', "Mustafa El-Amin"),
        Q('“radicalized.”', None, "Federal Bureau of Investigation"),
        Q('“she became so religious', 'in her studies.”', None),
    ],
    aliases={"Barack Obama": ["President Barack Obama", "Obama", "the president", "The president"],
             "Josh Earnest": ["Spokesman Josh Earnest", "Earnest"],
             "Mustafa El-Amin": ["Mustafa El-Amin, the leader of a Muslim religious center in Newark, New Jersey", "El-Amin"],
             "Federal Bureau of Investigation": ["The U.S. Federal Bureau of Investigation"]},
),
dict(
    id="voa-en-h328-2013-08-mdc-formations-dismiss-zanu-pf-critics",
    source="https://www.voazimbabwe.com/a/mdc-formations-dismiss-zanu-pf-critics-morgan-tsvangirai-welshman-ncube/1764764.html",
    license=PD, retrieved=PAGES + " (VOA Zimbabwe (Studio 7) story 1764764 of 2013 (after the July 31, 2013 elections); the site lines 'Accessibility links' and 'Breaking News' and the empty lines between paragraphs dropped; the headline kept as the first line; the story is complete in the stored copy; curly marks in Mnangagwa's partial quote, straight marks in Mwonzora's and Dube's quotations and curly apostrophes as stored)",
    text='''MDC Formations Dismiss Zanu PF Critics
The Movement for Democratic Change formations on Monday scoffed at Zanu-PF officials claiming the parties have become irrelevant in Zimbabwean politics following their defeat in the July 31 elections.
Justice Minister Emmerson Mnangagwa told a Zanu-PF rally in Chivi at the weekend that “the MDC formations are now dead and buried,” adding Zanu-PF has become the party for the future.
Mnangagwa’s sentiments are shared by many Zanu-PF officials and supporters, though the opposition parties have more than 70 lawmakers.
MDC-T spokesman Douglas Mwonzora told VOA that those predicting his party's demise are day dreaming.
"As long as what the MDC stands for is not gone, then the MDC will never die," Mwonzora said.
"The MDC stands for all those things that Zanu-PF is unable to offer, the MDC stands for jobs for our people, it stands for democracy, the rule of law, good governance and a broad-based economic empowerment which benefits all Zimbabweans."
Mwonzora’s sentiments were echoed by Nhlanhla Dube, spokesman for the MDC wing led by former Industry Minister Welshman Ncube.
"We expect less from a Zanu-PF official," Dube said. "We are not expecting a Zanu-PF official to appreciate that politics is about healthy competition ... We are not dead, we are alive and restrategizing."
Zanu-PF trounced the MDC parties in the disputed July 31 vote and claimed total control of the House of Assembly and the Senate as well as local councils.
President Robert Mugabe also won by a huge margin against his main rival Morgan Tsvangirai, who has refused to concede defeat alleging electoral fraud.''',
    quotes=[
        Q('“the MDC formations are now dead and buried,”', None, "Emmerson Mnangagwa"),
        Q('"As long as what the MDC', 'will never die,"', "Douglas Mwonzora"),
        Q('"The MDC stands for all', 'benefits all Zimbabweans."', "Douglas Mwonzora"),
        Q('"We expect less', 'Zanu-PF official,"', "Nhlanhla Dube"),
        Q('"We are not expecting', 'alive and restrategizing."', "Nhlanhla Dube"),
    ],
    aliases={"Emmerson Mnangagwa": ["Justice Minister Emmerson Mnangagwa", "Mnangagwa"],
             "Douglas Mwonzora": ["MDC-T spokesman Douglas Mwonzora", "Mwonzora"],
             "Nhlanhla Dube": ["Nhlanhla Dube, spokesman for the MDC wing led by former Industry Minister Welshman Ncube", "Dube"]},
),
dict(
    id="voa-en-h328-2024-04-trump-presidential-immunity",
    source="https://boorsee.com/2024/04/page/28",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of April 2024 ('New Orleans —', the Supreme Court hearing on presidential immunity) on the archive page of boorsee.com, an aggregator of VOA's feed (as in heldout150-en, another item); the headline kept as the first line (its trailing space dropped); the subheading 'Many Republicans continue to back Trump' kept as a line as stored; the empty lines between paragraphs dropped; the paragraph 'The former president argues he was acting in an official capacity at the time, and therefore can', cut in the stored copy, dropped; Bullock's nested single curly marks as stored (H1813))",
    text='''Does Donald Trump have presidential immunity?
New Orleans — The U.S. Supreme Court will hear arguments this month about presidential immunity and whether former President Donald Trump can be tried on charges that he conspired to overturn the results of the 2020 election.
The high court’s decision will determine how some of the presumptive GOP nominee’s legal cases advance in an election year where he is facing 91 felony charges across four trials. They include the willful retention of national defense information in violation of the Espionage Act.
“Donald Trump is trying to show that a U.S. president is immune from criminal prosecution while acting in an official capacity,” University of Georgia political scientist Charles Bullock told VOA.
“But I think, at the heart of this matter, is just how broadly Trump and his lawyers define ‘official capacity,’” Bullock explained.
“They are defining it very broadly at the moment. Trump says a president should be completely immune while president, but the three-judge circuit panel that ruled against him posed the question: ‘Well, what if the president hired a hitman to take out one of their rivals? Is that in an official capacity, and are they immune from prosecution then, as well?’ I think we’d all say, of course not!”
Many Republicans continue to back Trump
This month’s case before the Supreme Court, which includes three Trump appointees, involves federal charges that Trump attempted to overturn the 2020 presidential election by spreading false information about voter fraud and by pressing Vice President Mike Pence to reject legitimate results when they were presented to Congress.
That congressional certification of electoral votes on January 6, 2021, was disrupted by Trump supporters who stormed the Capitol. For that attack, Trump is facing a charge of obstructing an official proceeding.''',
    quotes=[
        Q('“Donald Trump is trying to show', 'official capacity,”', "Charles Bullock"),
        Q('“But I think, at the heart', 'capacity,’”', "Charles Bullock"),
        Q('“They are defining it very broadly', 'of course not!”', "Charles Bullock"),
    ],
    aliases={"Charles Bullock": ["University of Georgia political scientist Charles Bullock", "Bullock"]},
),
dict(
    id="voa-en-h328-2024-02-cameroon-rebels-abduct-officials",
    source="https://boorsee.com/2024/02/page/18",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of February 2024 ('YAOUNDE, CAMEROON —') on the archive page of boorsee.com, an aggregator of VOA's feed; the headline kept as the first line; the story's summary paragraph (with the dateline) and the body, both as stored, kept (H1814); trailing spaces and the empty lines between paragraphs dropped; the paragraph 'Achobang said Manchang s', cut in the stored copy, dropped; curly marks and the bracketed insertion as stored)",
    text='''Cameroon Rebels Abduct Government Officials in Fresh Wave of Attacks
YAOUNDE, CAMEROON — Cameroon separatist fighters Wednesday claimed responsibility for the killing of four government workers, including a policeman abducted Tuesday in the country’s restive English-speaking North-West region. Government officials say two of the hostages, including a government official the military freed, are responding to treatment in a hospital. The abduction and killing followed renewed separatist attacks that have claimed several dozen civilians within two weeks.
Cameroon on Wednesday said one of its officials who had been abducted Tuesday evening in the restive English-speaking North-West region bordering Nigeria has been freed by government troops.
Nicholas Nkongho Manchang, the divisional officer for the region’s Bamenda Second District was kidnapped at gunpoint with five others, including a policeman, on their way to an official ceremony in Nkambe town, the government said.
Deben Tchoffo, governor of the North-West region, told a crowd in Nkambe Wednesday that Manchang and another captive were freed after a swift military operation.
“The head of state [president Paul Biya] instructed the security services to set free the hostages,” Tchoffo said. “Four hours later, the said administrative authority was freed thanks to the bravery of our military as well as the bravery of the abducted victims. Authorities, living forces (should) continue providing the military with all information to free the hostages that are not yet released.”
Tchoffo said the divisional officer known locally as the D.O and the other freed captive are responding to treatment in a hospital in Bamenda, where they were rushed to by government troops.
Christopher Achobang is the spokesperson for the Ambazonia Governing Council, fighting for independence for Cameroon’s English-speaking regions from the French majority country.''',
    quotes=[
        Q('“The head of state', 'the hostages,”', "Deben Tchoffo"),
        Q('“Four hours later', 'not yet released.”', "Deben Tchoffo"),
    ],
    aliases={"Deben Tchoffo": ["Deben Tchoffo, governor of the North-West region", "Tchoffo"]},
),
dict(
    id="voa-en-h328-2019-01-catholic-church-rejects-drc-vote",
    source="http://m.42bites.com/show-8694-438881-1.html",
    license=PDC, retrieved=PAGES + " (copy of the VOA Learning English 'As It Is' story 'Catholic Church Rejects DRC's Presidential Vote' of January 11, 2019 on m.42bites.com, a language-learning site (mobile copy of tingclass.net); the site's Chinese header, breadcrumb and title lines ('VOA 學(xué)英語,練聽力,上聽力課堂! 注冊 登錄', '> VOA > VOA慢速英語-VOA Special English > as it is > 內(nèi)容', 'VOA慢速英語:天主教會拒絕接受剛果民主共和國的總統(tǒng)選舉結(jié)果', '所屬教程:as it is', '瀏覽:', '2019年01月11日', '手機(jī)版', '掃描二維碼方便學(xué)習(xí)和分享'), the mp3 and script URLs and the empty lines between paragraphs dropped (H1814); the English headline kept as the first line; the paragraph 'It was not clear whether Fayulu would dispute the election results in court. He has two days after the an', cut in the stored copy, dropped; 'correspondto' and the bracketed insertion as stored; the stored part credits no agency)",
    text='''Catholic Church Rejects DRC's Presidential Vote
The Catholic Church rejected the official result of the Democratic Republic of the Congo’s presidential election on Thursday. And the losing candidate called the result a “robbery.”
Election officials announced that opposition candidate Felix Tshisekedi won the election. He is set to replace President Joseph Kabila, who has ruled the Democratic Republic of the Congo for 18 years.
But pre-election studies had predicted an easy win for Martin Fayulu, another opposition candidate.
The influential Catholic Church had 40,000 observers at voting stations across the country. It said its own findings did not support the official results. Three diplomats briefed on the Church’s mission said their findings clearly showed Fayulu had won.
The Church said in a statement, “The results from the presidential election as published by CENI [Independent National Electoral Commission] do not correspondto the data collected by our observation mission from polling stations and vote counts.”
Fayulu claimed that election officials helped Tshisekedi to win as part of a deal to protect members of the outgoing Kabila administration. He called the official result a “robbery” and asked supporters to “rise as one man to protect victory.”
Fayulu has led anti-government demonstrations. He has also spoken out against corruption in the Congo, a country rich with minerals.''',
    quotes=[
        Q('“robbery.”', None, "Martin Fayulu"),
        Q('“The results from the presidential election', 'and vote counts.”', "Catholic Church"),
        Q('“robbery”', None, "Martin Fayulu"),
        Q('“rise as one man to protect victory.”', None, "Martin Fayulu"),
    ],
    aliases={"Martin Fayulu": ["Fayulu", "the losing candidate", "another opposition candidate"],
             "Catholic Church": ["The Catholic Church", "The influential Catholic Church", "The Church", "the Church"]},
),
dict(
    id="voa-en-h328-2015-03-in-the-news-myanmar-zarif-letter",
    source="https://learningenglish.voanews.com/a/myanmar-police-clash-with-students/2674502.html",
    license=PD, retrieved=PAGES + " (VOA Learning English 'In The News' program of March 10, 2015 on learningenglish.voanews.com (page 2674502); the site lines 'Accessibility links' and 'Breaking News', the program label 'In The News 03-10-15' and the player lines 'please wait', 'No media source currently available', '0:00 0:05:19 0:00' and 'Direct link' and the empty lines between paragraphs dropped (H1814); the headline kept as the first line; the section heading 'Congressional letter raised debate' kept as a line as stored; the stored copy ends on a complete paragraph; the unpaired closing mark after 'we cannot trust the United States.' as stored (H1812))",
    text='''Myanmar Police Clash with Students
Police in Myanmar broke up a protest by student activists on Tuesday. The activists have been demanding education reforms.
Riot police used sticks to beat protesters after they attempted to push through a police barrier. Many of the protesters were kicked or beaten as they were arrested. Video appeared to show police using sticks and throwing objects in an attempt to break a window on a vehicle used by demonstrators.
Hundreds of student activists set off last month from Mandalay. They were hoping to reach Yangon, Myanmar’s main city. They planned to press the government to cancel a new education reform law. The students say the law will centralize control of universities in Myanmar. They also want more government spending on education and the right to organize teachers and other students.
Congressional letter raised debate
Iran’s foreign minister says a letter from a group of American lawmakers suggests that the United States is not trustworthy. Mohammad Javad Zarif told Iran’s top religious group that the letter is, in his words, “unprecedented and undiplomatic.” In truth, he said, it told us that we cannot trust the United States.”
The letter came from 47 Republican senators. The letter warned that any nuclear agreement President Barack Obama negotiates with Iran could last only until he leaves office in 2017. Last week, Israeli Prime Minister Benjamin Netanyahu said the nuclear talk with Iran was a “bad deal” in his speech to the U.S. Congress. The leader of the Republican-controlled House, Mr. John Boehner, invited the Israeli leader without informing the White House.
President Obama has criticized Republican lawmakers for their direct intervention with Iran.
U.S. foreign relations with other governments are usually the responsibility of the presidents and diplomats.''',
    quotes=[
        Q('“unprecedented and undiplomatic.”', None, "Mohammad Javad Zarif"),
        Q('“bad deal”', None, "Benjamin Netanyahu"),
    ],
    aliases={"Mohammad Javad Zarif": ["Iran’s foreign minister", "Mohammad Javad Zarif"],
             "Benjamin Netanyahu": ["Israeli Prime Minister Benjamin Netanyahu"]},
),
dict(
    id="voa-en-h328-2013-zanu-pf-mdc-candidates-imposition-protests",
    source="https://voazimbabwe.com/amp/zimbabwe-unity-government-partners-zanu-pf-candidates/1686688.html",
    license=PD, retrieved=PAGES + " (VOA Zimbabwe (Studio 7) story 1686688 of 2013 ('this year’s general elections'), AMP page; the stored copy has no headline and opens with the dateline line 'HARARE —', kept as the first line as stored, no title added (H1814); the empty lines between paragraphs dropped; the subheading 'Epworth Protests' and the complete paragraph after it kept; the paragraph 'Rudha Phiri, the MDC-T’s chairperson of the Epwo', cut in the stored copy, dropped; 'Minster' and 'Didymas' as stored; the placard's closing mark before the full stop as stored)",
    text='''HARARE —
Hundreds of supporters of Zimbabwe’s two largest parties – Zanu-PF and the Movement for Democratic Change (MDC) formation of Prime Minister Morgan Tsvangirai on Friday besieged their respective party headquarters complaining that their leadership is imposing candidates on party followers ahead of this year’s general elections.
Close to 400 placard-carrying Zanu-PF supporters from various constituencies countrywide stormed their party headquarters protesting against the imposition of candidates and the alleged recycling of the party’s old guard ahead of this year’s elections.
One of the placards read, “No to imposition of tired horses”.
The tense atmosphere at the Zanu-PF headquarters resulted in five journalists, including two from the state-controlled Herald newspaper, being detained by the party’s security details for more than an hour, only for the scribes to be rescued by Zanu-PF political commissar and Media and Information Minster Webster Shamu.
Zanu-PF national chairman Simon Khaya Moyo on Thursday released a full list of his party candidates that will face primaries and those who were unopposed to represent the former liberation party in parliamentary elections.
Zanu-PF secretary for administration, Didymas Mutasa, professed ignorance over Friday’s developments at his party’s headquarters.
“Who had you discussed that with? Why are you following it up this issue with me? You have never discussed it with me. The fact that you saw it does not mean that I also saw it. I was not there. So, please don’t follow it up with me. How can I confirm something that I don’t know? I am in Rusape right now and you want me to confirm something that has happened in Harare. What’s wrong with you,” said Mr. Mutasa.
Epworth Protests
Across town, about 100 MDC-T Epworth activists also stormed their party’s Harvest House headquarters demanding fresh primary elections in their constituency.''',
    quotes=[
        Q('“No to imposition of tired horses”', None, None),
        Q('“Who had you discussed that with?', 'wrong with you,”', "Didymas Mutasa"),
    ],
    aliases={"Didymas Mutasa": ["Zanu-PF secretary for administration, Didymas Mutasa", "Mr. Mutasa"]},
),
]
