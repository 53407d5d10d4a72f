# Held-out English news texts (tests/data/heldout369-en.jsonl), none of them used in an earlier set. English Wikinews
# articles of November and December 2004 (attribution "Wikinews contributors"; licence constant as for the other
# Wikinews sets, see SOURCES.md) taken from the public GitHub dataset airKlizz/WikinewsSum (`endataset.json`, one JSON
# record per article whose `text` field holds the article's wikitext in pieces; only that field and the `title` were
# used, never the `sources` field with the texts of the linked source articles of other publishers). Records other than
# the seven of heldout361 (which took other records of the same dataset). The wikitext was rendered by hand as the wiki
# page shows it (H1935): links and {{w|...}} templates replaced by their label, '' and ''' (italics, bold) dropped,
# external links [url label] replaced by their label, {{date|...}} kept as the date line, every other template
# ({{archive}}, {publish}}, {{haveyoursay}}, {{PD-Article}}, {{reviewed}}, country boxes), image links and the '---'
# rule dropped, runs of spaces collapsed to one and spaces at the ends of paragraphs dropped; headline = the record's
# `title`, kept as the first line. Where the dataset's {{byline|date...}} template has swallowed the opening of the first
# piece, that cut paragraph is dropped (noted in `retrieved`), and no date line is added. Wording and quotation marks
# (straight, as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1935-H1938 in ANNOTATION.md on top of the earlier rules).
WN = "CC BY 2.5 (Wikinews)"
KLIZZ = "airKlizz/WikinewsSum endataset.json (GitHub dataset of English Wikinews articles in wikitext), article wikitext rendered by hand (H1935)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout369-en.jsonl

Built by `build.py` from `heldout369_pages.py`. Like heldout3-en to heldout20-en, heldout39-en, heldout306-en and the
other Wikinews sets above, these texts are English Wikinews articles (attribution "Wikinews contributors"; licence
constant `CC BY 2.5 (Wikinews)` as in those sets; these early articles, of November and December 2004, were released by
Wikinews into the public domain before the site moved to CC BY 2.5 in September 2005, and most of them carry the
`{{PD-Article}}` template in the copy, so either way they are free to reuse), taken from a public GitHub dataset of
Wikinews articles: airKlizz/WikinewsSum, file `endataset.json` (read with the `read_file` tool, paging with offsets),
one JSON record per article with its `title`, its wikitext in a `text` list and, in a `sources` list, the texts of the
outside articles it cites. Only the Wikinews article itself (`title` and `text`) was used; the `sources` texts (BBC,
CNN, AP, Reuters, The Japan Times, Asia Times and other publishers) were not. None is agency copy. The records are
others than the seven used by heldout361 (a set of another helper, built from the same dataset). The wikitext was
rendered by hand as the wiki page shows it (rule H1935 in `ANNOTATION.md`): wiki links and `{{w|...}}` templates
replaced by their label, the italics and bold markup `''`/`'''` dropped, external links `[url label]` replaced by their
label, `{{date|...}}` kept as the date line, all other templates (`{{archive}}`, `{publish}}`, `{{haveyoursay}}`,
`{{PD-Article}}`, `{{reviewed}}`, country boxes) and the `---` rule dropped, runs of spaces collapsed and spaces at
paragraph ends dropped; the headline (the record's `title`) is the first line. In four of the records used the
`{{byline|date...}}` template of the copy has swallowed the opening of the first paragraph (`{{byline|dateays leading up
...`); that cut paragraph is dropped and no date line is added. Wording, typos and quotation marks (straight, as stored)
are as in the copy. The set holds seven articles: Ariel Sharon on a coup considered in 1967, a Chinese submarine in
Japanese waters (Nov. 18, 2004), Bill Gates as the most-spammed man (Nov. 18, 2004), Australian cricketers' talk before
the Brisbane test (Nov. 17, 2004), the British white paper on public health (Nov. 2004), Japan's aid to China (Nov.
2004) and the end of Lycos Europe's anti-spam campaign (Dec. 2004). Records read but left out: the Palestinian election,
the Powell resignation, the Hookes hearing, the Robinho kidnapping, the Beira-Mar lawyers, the Pope and Iraq's
ambassador, the Disney attractions, the Kostov resignation, the Dutch blasphemy article, the Reid minority leader
article, the Tatar alphabet, the CRS al Qaeda report, the Barroso commission, Kmart and Sears, the Delta 4 Heavy, the
Battle of the Bulge, Time Warner and Sprint, the Sophos spam report, the tsunami toll and the Indian Sensex (cut
openings or fewer than two quotations), besides the records heldout361 used or listed. None of the articles used is in
any set above: checked by URL, title and the phrases `history repeating itself`, `a set of lines they`, `shorter life
expectancy than their parents`, `When lives need saving`, `seize control not in the framework`, `Sharon considered`,
`showing off,`, `Wu Daiwei`, `most-spammed`, `four million emails`, `complete waste`, `funds flowing to China`,
`makelovenotspam`, `stay tuned`, `Choosing Health` and the seven headlines, grepped in tests/data of the main checkout
and of every other helper's worktree: no hit. The annotation (rules H1935–H1938 in `ANNOTATION.md`) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2004-11-sharon-considered-temporary-israeli-coup-in-1967",
    source="https://en.wikinews.org/wiki/Sharon_considered_temporary_Israeli_coup_in_1967",
    license=WN, retrieved=KLIZZ + " (record 'Sharon considered temporary Israeli coup in 1967', no date in the record, which stands among records of November 17-18, 2004; the {{Israel}} box dropped; the first paragraph, cut in the copy by its {{byline|date...}} template ('ays leading up to the '67 Arab-Israeli War featured a build-up ...'), dropped with the byline, no date line added (H1935); wiki links replaced by their labels ('[[w:Major General#Israel|Major General]]', '[[w:Chief of General Staff (Israel)|Chief of Staff]]', '[[w:Southern Command (Israel)|Southern Division]]', '[[w:Ministry of Defense (Israel)|Israeli defense ministry]]'); the italics around Ma'arachot dropped; {{haveyoursay}}, {publish}}, {{archived}} and {{PD-Article}} dropped; the square brackets inside Sharon's quotations as in the copy)",
    text='''Sharon considered temporary Israeli coup in 1967
Ariel Sharon was a Major General in the Israeli military during the war. On May 28th, he advised the Chief of Staff Yitzhak Rabin that the cabinet could be detained and a coup declared. Sharon and others felt that the civilian government was unable to reach a necessary decision. The military would make the decision the government would not, and begin war in the government's best interests.
He explains: "We often asked whether in the State of Israel there could arise a situation in which the army takes control. And I always said it was impossible, that this couldn't happen in the State of Israel."
"And then, after the meeting on May 28, I said to the chief of staff and others who were present, that there had arisen a situation in which this could happen, and that it would also be well accepted - that is to say, to seize control not in the framework of wanting to govern, but in the framework of making a decision, the fundamental decision, and that [the] army can make it without the government."
"I don't remember if he agreed or not, but I think he also viewed it in this way."
Sharon stressed that no definite plan existed. However, he defended giving it serious consideration, saying: "They [the civilian government] would have accepted it with a sense of relief. That was my feeling."
Prime Minister Eshkol later decided in favor of war on June 5th. Ariel Sharon served as a commander of the Southern Division. His comments may be found in full in Ma'arachot, a publication by the Israeli defense ministry.''',
    quotes=[
        Q('"We often asked', 'State of Israel."', "Ariel Sharon"),
        Q('"And then, after the meeting', 'without the government."', "Ariel Sharon"),
        Q('"I don\'t remember', 'in this way."', "Ariel Sharon"),
        Q('"They [the civilian government]', 'my feeling."', "Ariel Sharon"),
    ],
    aliases={"Ariel Sharon": ["Ariel Sharon", "Sharon"]},
),
dict(
    id="wn-en-2004-11-18-chinese-submarine-enters-japanese-waters",
    source="https://en.wikinews.org/wiki/Chinese_submarine_enters_Japanese_waters",
    license=WN, retrieved=KLIZZ + " (record 'Chinese submarine enters Japanese waters', {{date|November 18, 2004}} kept as the date line; wiki links replaced by their labels ('[[w:Japan Self-Defence Forces|Self-Defence Forces]]', '[[w:People's Liberation Army Navy|navy]]', '[[w:Prime Minster of Japan|Prime Minister]]', '[[w:Junichiro Koizumi|Koizumi Junichiro]]', '[[w:Sino-Japanese War (1937-1945)|occupation of China]]', '[[w:Constitution of Japan|Japan's Constitution]]' ...); {{haveyoursay}}, the '---' rule, {{reviewed}}, {{publish}}, {{archive}} and {{PD-Article}} dropped; 'intrustion', 'first built in the 1974' and 'exisited' as in the copy)",
    text='''Chinese submarine enters Japanese waters
November 18, 2004
Tenuous relations between Japan and the People's Republic of China were strained last week when a Chinese nuclear-powered submarine entered Japanese territorial waters southwest of Okinawa.
The intrusion occurred on 10 November, Japanese time (UTC+9). The submarine was quickly spotted by Japan's Self-Defence Forces and was tracked by helicopter as it wandered in Japanese waters for two hours before moving north-west. International law requires a tracked submarine to surface and identify its nationality in times of peace; the submarine did not do so.
Many Japanese officials in the Defence Agency considered the intrusion an act of provocation and "showing off," as the submarine in question was a particularly noisy model. It continued traveling very slowly after being spotted, and remained in shallow waters. The intrustion caused Japanese Self-Defense Forces to go on alert for the second time since the Second World War.
The submarine in question is believed to be a Type 09-1 Han Class attack submarine. It is a nuclear-powered submarine designed in the 1950s and first built in the 1974. This class of submarine is thought to suffer numerous defects, including radiation leakage, noise, and an inability to fire missiles while submerged. Only two of five submarines are thought to be operational. China has recently begun an active modernization of its navy.
On 17 November, Chinese Vice Foreign Minister Wu Daiwei met with the Japanese ambassador to China Anami Koreshige in Beijing and offered an apology for the incident, stating that the submarine was on a training mission and the intrusion was due to a "technical error" and was "regrettable." Japan's Defence Agency is studying whether "technical errors" is a feasible explanation for the incident.
Japanese Prime Minister Koizumi Junichiro has publicly stated he wishes to speak with Chinese President Hu Jintao about this and other matters of Sino-Japanese contention at the upcoming annual Asia-Pacific Economic Cooperation summit in Chile later this month.
Despite the increasingly close economic ties between the two nations, distrust has long exisited between Japan and China. Many Chinese people still resent the Japanese invasion and occupation of China during World War II and Japan's refusal to formally apologise. Japan, on the other hand, sees China as a potential competitor and an increasing threat to its national security.
Japan's Constitution forbids the nation from exercising military strength in matters other than that of self-defence, but Japan's ruling party, the Liberal Democratic Party or LDP, has recently proposed constitutional amendments to give the military more offensive capabilities, among other things.''',
    quotes=[
        Q('"showing off,"', None, None),
        Q('"technical error"', None, "Wu Daiwei"),
        Q('"regrettable."', None, "Wu Daiwei"),
        Q('"technical errors"', None, "Wu Daiwei"),
    ],
    aliases={"Wu Daiwei": ["Wu Daiwei", "Chinese Vice Foreign Minister Wu Daiwei"]},
),
dict(
    id="wn-en-2004-11-18-worlds-most-spammed-man",
    source="https://en.wikinews.org/wiki/World%27s_most-spammed_man",
    license=WN, retrieved=KLIZZ + " (record 'World's most-spammed man', category date November 18, 2004; the italic opening ''November 18, USA'' kept as written at the head of the paragraph, italics dropped (H1935); '[[Bill Gates]]' and '[[w:Microsoft|Microsoft]]' replaced by their labels; {{haveyoursay}}, {publish}}, {{archived}} and {{PD-Article}} dropped)",
    text='''World's most-spammed man
November 18, USA - William Henry Gates III or just Bill Gates, Microsoft founder, receives up to four million emails a year, and most of it is "junk" or "spam," according to Microsoft CEO Steve Ballmer. An entire department filters the unsolicited emails.''',
    quotes=[
        Q('"junk"', None, "Steve Ballmer"),
        Q('"spam,"', None, "Steve Ballmer"),
    ],
    aliases={"Steve Ballmer": ["Steve Ballmer", "Microsoft CEO Steve Ballmer"]},
),
dict(
    id="wn-en-2004-11-17-australians-talk-tough-ahead-of-brisbane-test-match",
    source="https://en.wikinews.org/wiki/Australians_talk_tough_ahead_of_Brisbane_test_match",
    license=WN, retrieved=KLIZZ + " (record 'Australians talk tough ahead of Brisbane test match', category date November 17, 2004; the italic opening ''November 17, Brisbane, Australia'' kept as written at the head of the first paragraph, italics dropped (H1935); wiki links replaced by their labels ('[[w:cricket|cricket]]', '[[w:Trans-Tasman|trans-Tasman]]', '[[w:Shane Warne|Shane Warne]]', '[[w:John Bracewell|John Bracewell]]', '[[w:Scott Styris|Scott Styris]]' ...); double spaces between sentences collapsed; {reviewed}}, {{publish}} and {{archive}} dropped; the commas and full stop after the closing marks as in the copy)",
    text='''Australians talk tough ahead of Brisbane test match
November 17, Brisbane, Australia - The Australian cricket team has brashly talked up their chances of winning the first trans-Tasman test, which is due to begin in Brisbane tomorrow.
Bowler Shane Warne has stated that he will be targeting New Zealand captain Stephen Fleming, Glenn McGrath has revealed that he will be after Nathan Astle, and Australian batsman Matthew Hayden has vowed to hit New Zealand bowler Daniel Vettori out of the ground.
The New Zealand team's reaction to this Australian bravado was muted. "It's just history repeating itself", said former New Zealand coach and former test player John Bracewell. "They just have a set of lines they've been using since I've been coming over here and it's exactly the same story, just a different name saying it. It's just repetitious", he went on to say. New Zealand batsman Scott Styris went further, labelling the Australians' comments as "a yawn".
Australia is widely tipped to win the opening match of the two test series, especially due to New Zealand's loss of frontline players James Franklin, Darryl Tuffey and Shane Bond to injury.''',
    quotes=[
        Q('"It\'s just history', 'repeating itself"', "John Bracewell"),
        Q('"They just have a set', 'just repetitious"', "John Bracewell"),
        Q('"a yawn"', None, "Scott Styris"),
    ],
    aliases={"John Bracewell": ["John Bracewell", "former New Zealand coach and former test player John Bracewell"],
             "Scott Styris": ["Scott Styris", "New Zealand batsman Scott Styris"]},
),
dict(
    id="wn-en-2004-11-british-white-paper-on-public-health",
    source="https://en.wikinews.org/wiki/British_white_paper_on_public_health",
    license=WN, retrieved=KLIZZ + " (record 'British white paper on public health', no date in the record, which stands among records of November 16-17, 2004; the {{United Kingdom}} box dropped; the first paragraph, cut in the copy by its {{byline|date...}} template ('he white paper comes after extensive public comment that involved 150,000 people.'), dropped with the byline, no date line added (H1935); wiki links replaced by their labels ('[[w:National Health Service|NHS]]', '[[Scotland|Scottish]]', '[[w:Conservative Party (UK)|Tory]] [[w:Shadow government|Shadow Health Secretary]]', 'new [[w:nanny state|nanny state]] approach', '[[w:pound sterling|£]]1bn' ...); the external link '[http://news.bbc.co.uk/1/hi/health/4016925.stm here]' replaced by its label; {{haveyoursay}}, {publish}}, {{archived}} and {{PD-Article}} dropped; the full stops after the closing marks as in the copy)",
    text='''British white paper on public health
Smoking would be restricted in enclosed public spaces, restaurants, workplaces, and some pubs. The ban would be enacted gradually, affecting government and NHS buildings in 2006, enclosed public places in 2007, and private property in 2008. Permanent exemption would be granted to pubs that do not serve prepared food -- though not at the bar -- as well as private clubs, a decision that has provoked some to call the measure incomplete. Up to 90% of pubs are expected to be affected. The Scottish executive proposed a complete ban on smoking in enclosed public places last week, and Ireland has already banned smoking in pubs and restaurants.
Food advertisements targeted to children would be banned until 9pm, under the White Paper's proposals. The restriction is a measure to tackle rising rates of childhood obesity. The government also intends to develop voluntary standards on food and drink advertisements to children with industry, only threatening legislation if an acceptable standard is not reached by 2007. Additionally, low income families would receive vouchers for fresh fruit, vegetables, milk, and infant formula. School lunches would also be held to stricter nutritional standards. Reid has warned that unless childhood obesity is tackled, "we face the prospect of children having shorter life expectancy than their parents".
Food labelling would also be improved, with a "traffic light" system implemented. Packaged food would be evaluated based on its fat, sugar, and salt content.
The paper is unusual for suggesting a more holistic approach to health care, offering for the first time "lifestyle trainers." The National Health Service would be funding with an additional £1bn to make people's overall lives healthier, which is expected to save £30bn in preventable illness.
The paper additionally makes mention of reducing accidents, which affected 2.7m people last year and is a leading cause of child death, curb binge drinking, and reduce substance abuse among youths.
The paper has been criticized by many parties. The Tory Shadow Health Secretary has criticized the Labour government's comprehensiveness and creation of a "new nanny state approach". He has additionally described it as "gimmicks". The Liberal Democrats have accused the government of not being comprehensive enough. It has also been criticized by the British Medical Association as being implemented too slowly, saying "When lives need saving, doctors act immediately".
Mr. Reid has argued against the nanny state label, saying "In a free society, men and women ultimately have the right within the law to choose their own lifestyle, even when it may damage their own health. But people do not have the right to damage the health of others, or to impose an intolerable degree of inconvenience or nuisance on others ... This is a sensible solution which balances the protection of the majority with the personal freedom of the minority in England".
The full white paper "Choosing Health" can be read here.''',
    quotes=[
        Q('"we face the prospect', 'than their parents"', "Reid"),
        Q('"traffic light"', None, None),
        Q('"lifestyle trainers."', None, None),
        Q('"new nanny state approach"', None, None),
        Q('"gimmicks"', None, None),
        Q('"When lives need saving', 'act immediately"', "British Medical Association"),
        Q('"In a free society', 'minority in England"', "Reid"),
        Q('"Choosing Health"', None, None),
    ],
    aliases={"Reid": ["Reid", "Mr. Reid"],
             "British Medical Association": ["British Medical Association"]},
),
dict(
    id="wn-en-2004-11-japan-to-reduce-aid-to-china",
    source="https://en.wikinews.org/wiki/Japan_to_reduce_aid_to_China",
    license=WN, retrieved=KLIZZ + " (record 'Japan to reduce aid to China', no date in the record, which stands among records of November 16-18, 2004; the {{Japan}} box dropped; the first paragraph, cut in the copy by its {{byline|date...}} template ('ssistance to mainland China will total [[w:United States dollar|$]]8.9bn this year ...'), dropped with the byline, no date line added (H1935); wiki links replaced by their labels ('[[w:People's Republic of China – Japan relations|Sino-Japanese economic and diplomatic relations]]', '[[w:Nanking Massacre|Rape of Nanking]]', '[[w:human rights]]' written 'human rights', '[[w:reform of the United Nations Security Council#Japan|react]]' ...); the italics around The Japan Times and Asia Times Online dropped; {{haveyoursay}}, {publish}}, {{archived}} and {{PD-Article}} dropped; the first kept paragraph's 'The ODA' refers to the cut one, as in the copy)",
    text='''Japan to reduce aid to China
The ODA has been a key feature in Sino-Japanese economic and diplomatic relations. It was begun in the 1980s as China "opened up" to foreign investment. It is in part restitution for damage inflicted on China and atrocities such as the Rape of Nanking, seen in Chinese culture in much the same way as The Holocaust is in Western culture.
China is increasingly being seen as a competitor, however. Popular opinion in Japan is also increasingly resentful of what is perceived as anti-Japanese sentiment in China. Some feel that China should be grateful for ODA funds and that it is not. China has also been criticized by Japanese Foreign Minister Nobutaka Machimura for not being sufficiently cooperative with regards to environmental issues, which necessarily affect its eastern neighbor Japan.
The People's Republic of China's Communist leaders have also been criticized for violating human rights and effecting a military build-up. Some argue that economic aid should be tied to compliance on relevant standards.
Through the ODA, Japan enjoys the support of many developing nations in UN votes. When China did not react favorably to Japan's intention to seek permanent UN Security Council membership, The Japan Times criticized the aid as a "complete waste".
Asia Times Online predicts "it is inevitable that funds flowing to China are set for further downsizing."
Total Japanese expenditures on ODA have reached $221bn distributed to 185 nations. Currently, the biggest recipient of Japan's ODA aid is India. Japan may soon be outspent in aid to China by France, Germany and Italy.''',
    quotes=[
        Q('"opened up"', None, None),
        Q('"complete waste"', None, "The Japan Times"),
        Q('"it is inevitable', 'further downsizing."', "Asia Times Online"),
    ],
    aliases={"The Japan Times": ["The Japan Times"],
             "Asia Times Online": ["Asia Times Online"]},
),
dict(
    id="wn-en-2004-12-lycos-europe-ends-its-anti-spam-campaign",
    source="https://en.wikinews.org/wiki/Lycos_Europe_ends_its_anti-spam_campaign",
    license=WN, retrieved=KLIZZ + " (record 'Lycos Europe ends its anti-spam campaign', no date in the record, events to December 6, 2004; the first paragraph, cut in the copy by its {{byline|date...}} template ('he company started distributing a [[w:screensaver|screensaver]] on November 29, 2004 on [http://makelovenotspam.com makelovenotspam.com] ...'), dropped with the byline, no date line added (H1935); the links '[[w:Denial-of-service attack|Distributed Denial of Service]]' and '[[w:Trojan horse (computing)|Trojan horse]]' replaced by their labels; double spaces collapsed and spaces at paragraph ends dropped; {{haveyoursay}}, {publish}} and {{archived}} dropped; '--harmful program' as in the copy)",
    text='''Lycos Europe ends its anti-spam campaign
Security experts roundly criticized the program. Steve Linford, director of a non-profit anti-spam organization SpamHaus, and Graham Cluley, a senior technology consultant of Sophos, pointed out that lowering moral standards to fight spammers was not a good idea. The legality of attacking the servers was also debated since it resembles "Distributed Denial of Service" attacks (DDoS), except that Lycos did not completely shut down the target servers.
Other troubles arose. The day after the campaign was launched, there was an alleged takeover of the web site's top page by a cracker. The page was replaced with a warning against the use of the screensaver, according to a screenshot sent via email to the Finnish security firm F-Secure. A Lycos spokesperson said that the screenshot was a hoax: there was no trace of intrusion in the server log and the site was simply unavailable due to a high demand.
Some Internet service providers blocked either the traffic to Lycos-Europe, or the requests generated by the screensaver.
Next, one of the targeted sites redirected all traffic to the Lycos' server, making Lycos itself a target. The company had maintained that its server was immune from the attack. Lycos stopped distributing the program on December 3, 2004 and asked clients to "stay tuned." The company later ended the program.
On December 6, F-Secure reported a virus email disguised as the anti-spam screensaver. When its attachment (a zip file) is opened, it self-extracts and installs a "Trojan horse" --harmful program disguised as legitimate software. The Trojan horse was set up to monitor keystrokes in order to steal passwords, bank account numbers and other important information.
Lycos' software had been downloaded more than 100,000 times by the end of the campaign.''',
    quotes=[
        Q('"Distributed Denial of Service"', None, None),
        Q('"stay tuned."', None, "Lycos Europe"),
        Q('"Trojan horse"', None, None),
    ],
    aliases={"Lycos Europe": ["Lycos Europe", "Lycos", "Lycos-Europe", "The company"]},
),
]
