# Held-out English news pages (tests/data/heldout30-en.jsonl). Like heldout22_pages.py and heldout24_pages.py, these
# texts are stored web pages (the `pages` search corpus) of the Voice of America, none of them used in an earlier set:
# seven VOA News reports on voanews.com (Zimbabwe's opposition, 2006 and 2007 (four reports); fighting before the Darfur
# talks in Libya, 2007; Angola's general election, 2017) and two VOA reports as published on VOA's content system
# voa.pangea-cms.com (Sierra Leone's election commission, 2012; Burundi's presidential election, 2020). All are works
# of the US federal government and in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or
# another third party in the kept text. The stored copies are often cut after about 2,000 characters: only complete
# paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). The lines 'Accessibility links' and
# 'Breaking News' are dropped; wording, spelling (including typos such as `Harare he VOA that`, `Sindomwo`,
# `Evarisate`, `Chimasa`) and quotation marks are as stored, including a quotation opened with a curly mark and closed
# with a straight one. Annotated by reading the pages, before whosaid was run on them (rules H144-H147 in
# ANNOTATION.md on top of H1-H143).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"
NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout30-en.jsonl

Built by `build.py` from `heldout30_pages.py`. Like heldout22-en and heldout24-en, these texts are stored web pages
(the `pages` search corpus) of the Voice of America, none of them used in a set above: seven VOA News reports on
voanews.com (four on Zimbabwe's opposition MDC, 2006 and 2007; fresh fighting before the Darfur talks in Libya, 2007;
Angola's general election, 2017) and two VOA reports as published on VOA's content system voa.pangea-cms.com (Sierra
Leone's election commission before the 2012 vote; Burundi's presidential election, 2020). All are US government works in
the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party in the kept text. The
stored copies are often cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted
per page). Navigation lines were dropped; wording and quotation marks are as stored. None of these pages is used in any
set above (checked by URL, by title, by the names of their speakers and by 8-word overlap with every existing text: no
shared 8-word sequence). The annotation (rules H144–H147 in `ANNOTATION.md` on top of H1–H143) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2017-angola-ruling-party-wins-election",
    source="https://www.voanews.com/a/angolan-ruling-party-wins-national-election/4000380.html",
    license=VOA, retrieved=PAGES + " (the stored copy has no headline and opens with the first paragraph; the paragraph '\"I disagree with these results announced by the electoral commission,\" Joaquim told VOA. ...', cut inside its second quotation in the stored copy, dropped)",
    text='''Angola's ruling MPLA party has won the country's general election, extending its 42-year hold on power and ensuring that Defense Minister Joao Lourenco will be the country's next president.
Hours before the electoral commission announced the party's 64 percent lead in Wednesday's poll, the People's Movement for the Liberation of Angola declared that it was assured of victory in a poll that it called "free, secret and joyful."
But the leading opposition party, the National Union for the Total Independence of Angola, said that their independent vote count told a different story. Official results gave the party just over 24 percent.
"These results which were presented are different from the results we have," UNITA MP Estevao Jose Pedro Katchiungo told journalists after the preliminary results were announced Thursday. "But we know we have time to verify this. Let's stay calm."
UNITA has not said whether it will contest the final results in court.
The MPLA has dominated all aspects of public life in Angola — and is accused of plundering state resources in the oil-rich nation. During the campaign, opposition parties accused the ruling party of using government resources for campaigning. The MPLA has denied irregularities, and observers have largely praised the poll for being peaceful and orderly.
On Friday morning, state television praised the poll and quoted voters who effusively did the same.
But in parts of the capital, voters questioned the initial results. Luanda province is the largest, and initial results there gave the ruling party a razor-thin 50 percent share.
Luciano Joaquim, 47, a resident of the opposition-heavy Cazenga neighborhood, said he believes the opposition performed better than the initial results indicated. As of Friday morning, large swaths of the capital had yet to be counted.''',
    quotes=[
        Q('"free, secret and joyful."', None, "People's Movement for the Liberation of Angola"),
        Q('"These results which were presented', 'results we have,"', "Estevao Jose Pedro Katchiungo"),
        Q('"But we know we have time', "Let's stay calm.\"", "Estevao Jose Pedro Katchiungo"),
    ],
    aliases={"People's Movement for the Liberation of Angola": ["MPLA"],
             "Estevao Jose Pedro Katchiungo": ["UNITA MP Estevao Jose Pedro Katchiungo"]},
),
dict(
    id="voa-en-2020-burundi-ruling-party-candidate-wins",
    source="https://voa.pangea-cms.com/preview/en-US/a/africa_ruling-party-candidate-wins-burundi-presidential-election/6189883.html",
    license=VOA, retrieved=PAGES + " (VOA's content system copy of the VOA report; the stored copy has no headline and opens with the first paragraph; the spellings 'Sindomwo' and 'Evarisate' kept as stored)",
    text='''Ruling party candidate Evariste Ndayishimiye has won Burundi's presidential election by a landslide, preliminary results show, while the main opposition party cries fraud.
The independent election commission (CENI) announced partial results Monday, giving Ndayishimiye 69% of the vote and his chief competitor Agathon Rwasa of the opposition CNL party 24%.
Current First Vice President Gaston Sindimwo of the nationalist party Uprona finished far behind with just 2%.
CNL immediately cried foul. Party spokesman Terence Manirambona tells VOA’s Central Africa service that CNL has its own numbers to prove that Rwasa won.
“We are going to go through the appropriate channels to demand that the vote be recounted. We have a lot of facts that undeniably demonstrate that the results announced by CENI do not reflect the will of the people,” he said.
He said the party was “stunned” to hear what he says are false numbers and accuses the election commission of colluding with the ruling party to keep opposition election observers away from the polls.
There has been no response so far from the government or would-be president-elect Ndayishimiye.
But in another interview with VOA, First Vice President Sindomwo downplayed allegations that the election was rigged and congratulated the apparent winner.
“Elections are over now. We urge president-elect Evarisate Ndayishimiye to be the leader for all Burundians,” he said.
The ruling party also won 72 seats in the parliament while CNL took 27 seats and the Uprona party won one seat.
Final results are expected Tuesday and all parties have 10 days to challenge the outcome before the constitutional court.
Ndayishimiye is longtime president Pierre Nkurunziza’s hand-picked successor. He decided not to run again after 15 years in power.''',
    quotes=[
        Q('“We are going to go through', 'will of the people,”', "Terence Manirambona"),
        Q('“stunned”', None, "Terence Manirambona"),
        Q('“Elections are over now.', 'for all Burundians,”', "Gaston Sindimwo"),
    ],
    aliases={"Terence Manirambona": ["Party spokesman Terence Manirambona"],
             "Gaston Sindimwo": ["First Vice President Gaston Sindimwo", "First Vice President Sindomwo", "Sindomwo"]},
),
dict(
    id="voa-en-2006-03-14-zimbabwe-mdc-accuses-government",
    source="https://www.voanews.com/a/a-13-2006-03-14-voa37/319716.html",
    license=VOA, retrieved=PAGES + " (" + NAV + "; the editorial insertion '[barren]' kept inside Chamisa's quotation as stored)",
    text='''Zimbabwe's Main Opposition Group Accuses Government Of Threatening Its Leader
Zimbabwe’s main opposition group, the Movement for Democratic Change, says President Robert Mugabe’s ZANU-PF government is panicking. This follows a late night address on state television by Didymus Mutasa, minister of state security, who threatened physical harm to MDC leader Morgan Tsvangirai. In a press statement, the MDC said for a minister to appear on national television and issue a chilling statement serves to confirm how the regime is panicking. The statement added that the dictatorship is suffering from a guilty conscience over its authorship of the Zimbabwean crises and is now engaged in shameful acts of shadow boxing and shadow chasing.
Nelson Chamisa is a spokesman for the opposition MDC. Speaking with English to Africa reporter Peter Clottey, he said, “What we have to realize is that this government seem to be [barren] of ideas and it has manifested in extraordinary levels of desperation and they have no solution for the political and economic crises that we are facing for the social decay we have witnessed in the country.”
Reacting to the recently found arms cache linked to the MDC, Chamisa said, “If you look at what they are now doing, they deliberately planted some arms. And what they forget is that in the MDC, we are not a rebel movement; we are a legitimate opposition political party.” He added that there is glaring evidence that suggests the government wants to eliminate MDC leader Morgan Tsvangirai.''',
    quotes=[
        Q('“What we have to realize', 'witnessed in the country.”', "Nelson Chamisa"),
        Q('“If you look at what they are now doing', 'opposition political party.”', "Nelson Chamisa"),
    ],
    aliases={"Nelson Chamisa": ["Chamisa"]},
),
dict(
    id="voa-en-2007-03-19-zimbabwe-mdc-spokesman-assaulted",
    source="https://www.voanews.com/a/a-13-2007-03-19-voa4-66770967/564233.html",
    license=VOA, retrieved=PAGES + " (" + NAV + "; the paragraph '“Our a...', cut at its first word in the stored copy, dropped)",
    text='''Zimbabwe:Spokesman for Opposition MDC Assaulted
In Zimbabwe, injured members of the main opposition Movement for Democratic Change (MDC) were prevented over the weekend from traveling to neighboring South Africa to seek medical treatment. Meanwhile, MDC spokesman Nelson Chamisa said he was attacked by unidentified armed men at the airport. He was on his way to attend an African, Caribbean, Pacific, and European Union meeting in Belgium, but was hastily admitted to a Zimbabwe hospital, where doctors suspect he has a fractured skull and a swollen brain.
Reached by phone by the Voice of America, Chamisa says he blames President Robert Mugabe’s government for the attack.
“I always go to these meetings every year, and of course this is my first meeting this year. The government knows I was supposed to be traveling; they never indicated that they don’t want me to travel. So I proceeded to the airport. I was encircled by about eight armed men and they started beating me with iron bars. And of course I have to seek urgent medical attention,” he said.
Chamisa sheds light on the doctor’s diagnosis.
“I’m being told by the doctor that there are three problems: the first one is, I have a swollen brain. I think it’s because of the shock. And the second one is a fractured skull, I think, because of the beating. Then, the third one is a swollen eye because I cannot see now. I can only see with one eye. So they are saying they will try to attend to it tomorrow,” Chamisa explained.
He says he did not report the attack to the police because he believed it would be futile.
“In this country, reporting or no reporting is the same. Even if you report, you would actually be beaten up or be arrested further. So there is no point in reporting. It’s just a waste of time… so only God knows and I believe that justice would one day prevail,” Chamisa noted.
He says the MDC’s overall program has always been peaceful.''',
    quotes=[
        Q('“I always go to these meetings', 'urgent medical attention,”', "Nelson Chamisa"),
        Q('“I’m being told by the doctor', 'attend to it tomorrow,”', "Nelson Chamisa"),
        Q('“In this country, reporting', 'one day prevail,”', "Nelson Chamisa"),
    ],
    aliases={"Nelson Chamisa": ["MDC spokesman Nelson Chamisa", "Chamisa"]},
),
dict(
    id="voa-en-2007-03-19-tsvangirai-oppression-new-level",
    source="https://www.voanews.com/a/a-13-2007-03-19-voa36/347642.html",
    license=VOA, retrieved=PAGES + " (" + NAV + "; the paragraph 'Tsvangirai's suggests that there is, for the first time, real dissent ...', cut in the stored copy, dropped; the spelling 'Chimasa' for Chamisa kept as stored)",
    text='''Opposition Leader Says Zimbabwe Oppression at New Level
Morgan Tsvangirai, founding president of Zimbabwe's Movement for Democratic Change, says President Robert Mugabe has launched a new phase in the suppression of opposition voices. Peta Thornycroft spoke with Tsvangirai at his home, where he is recuperating from injuries sustained while in police custody a week ago.
MDC leader Tsvangirai told VOA that with the weekend assault with an iron bar on an opposition leader Nelson Chimasa at the airport, in full view of the public, President Robert Mugabe has taken the oppression of his people to a new level.
"I suspect any dictatorship raises the threshold, and I think this is a new phase, where instead of random beatings at police stations," Tsvangirai said, "he is now using hit squads, unidentified men unidentified vehicles, so but we know these are units of state agents, that have been given this assignment."
Chimasa, who was at the airport to fly with ruling Zanu-PF colleagues to a multi-party forum at the European Union, heard Monday that he would not lose an eye as a consequence of the assault.
Eight days following his beating at the Machipisa Police Station, Tsvangirai's face is still swollen, and he is still stiff and sore, but he seemed relaxed and comfortable sitting beneath a shady tree in back garden of his Harare home.
Tsvangirai says that Security Minister Didymus Mutasa must take responsibility for the execution of the assaults. But, he said, it is done at the instigation of President Mugabe.
"I can assess who is in charge of this, it is coming directly coming from Mugabe, Mugabe is a violent man and he does not hide it, especially where his power is threatened," he said. "No excuses, no regrets, the defiance epitomizes his attitude."''',
    quotes=[
        Q('"I suspect any dictatorship', 'beatings at police stations,"', "Morgan Tsvangirai"),
        Q('"he is now using hit squads', 'given this assignment."', "Morgan Tsvangirai"),
        Q('"I can assess who is in charge', 'power is threatened,"', "Morgan Tsvangirai"),
        Q('"No excuses, no regrets', 'epitomizes his attitude."', "Morgan Tsvangirai"),
    ],
    aliases={"Morgan Tsvangirai": ["MDC leader Tsvangirai", "Tsvangirai"]},
),
dict(
    id="voa-en-2007-06-13-zimbabwe-president-changes-tone",
    source="https://www.voanews.com/a/a-13-2007-06-13-voa3/337837.html",
    license=VOA, retrieved=PAGES + " (" + NAV + "; the paragraph '“The President of the ZANU-PF party Robert Mugabe is known for speaking in fork tongues. ...', cut inside its quotation in the stored copy, dropped; 'Harare he VOA that' kept as stored)",
    text='''Zimbabwe’s President Changes Tone on the Opposition
Zimbabwe’s President Robert Mugabe says opposition groups in the country have a role to play in the country’s development. This comes as South African President Thabo Mbeki is set to resume his mediation between the ruling ZANU-PF party and the main opposition party, the Movement for Democratic Change (MDC). The talks are aimed at finding solutions to Zimbabwe’s political problems. Supporters of President Mugabe have hailed his pronouncement and have described it as a reconciliation gesture. But the opposition MDC has dismissed the president’s call.
Nelson Chamisa is the spokesman for the MDC. From the capital, Harare he VOA that Mugabe’s statement is laughable.
“As far as we are concerned, any kind of understanding that the opposition is there to be the alternative and to form the next government if it’s given the mandate by the people is welcome. But the unfortunate thing with the so-called gesture of Robert Mugabe and ZANU-PF are all shrouded and clothed in political machination to try and include and involve MDC in their shenanigans, in their deals and in their corrupt and elite benefits,” he said.
Chamisa said the president’s call should be dismissed.
“As far as we are concerned we see this as a political gimmick made to hoodwink people. So as far as we are concerned, we don’t seem to see some action which is quite married to the statement which is attributed to the President of the ZANU-PF, Robert Mugabe,” Chamisa pointed out.
He said President Mugabe’s “so-called” gesture should not be taken seriously.''',
    quotes=[
        Q('“As far as we are concerned, any kind', 'corrupt and elite benefits,”', "Nelson Chamisa"),
        Q('“As far as we are concerned we see', 'ZANU-PF, Robert Mugabe,”', "Nelson Chamisa"),
        Q('“so-called”', None, "Nelson Chamisa"),
    ],
    aliases={"Nelson Chamisa": ["Chamisa"]},
),
dict(
    id="voa-en-2012-sierra-leone-election-commission",
    source="https://voa.pangea-cms.com/preview/en-US/a/sierra-leone-aspires-to-hold-transparent-credible-elections/1546503.html",
    license=VOA, retrieved=PAGES + " (VOA's content system copy of the VOA report; the stored copy has no headline and opens with the first paragraph; the paragraph 'He said the election commission has already begun distributing election materials ...', cut in the stored copy, dropped; Massaquoi's first quotation, opened with a curly mark and closed with a straight one, kept as stored)",
    text='''Sierra Leone's election commission is taking steps to ensure Saturday's general election is transparent and credible, while working with police and political parties to prevent violence related to the vote.
National Electoral Commission spokesman Albert Massaquoi told VOA's English-to-Africa service that the commission has been meeting regularly with political parties to address any concerns. His comments came after some in Sierra Leone expressed fears that pre-election political activities could create tension and violence.
“As a result of the experiences of past elections, the commission, in collaboration with these parties and the Sierra Leone police, has actually drawn [up] a polling day activity wherein vehicular movement activities would be restricted so that people can vote within their wards in their communities and go home early," Massaquoi said.
Eight candidates are challenging incumbent President Ernest Bai Koroma, who took office in 2007 after winning a tightly contested runoff election. Voters will also elect members of Sierra Leone's parliament.
Massaquoi also said the commission is working to announce election results more quickly than in the past and that he expects to have the totals finalized within a few days.
The U.S.-based Carter Center is monitoring the election and has expressed concerns about inadequate voter education, mainly at the local level.
Massaquoi said the election commission has utilized the media, local civic groups and sample ballots to try to boost voter education and has asked the political parties, themselves, to help in that effort.
"They should in as much as it is their right to do a lot of campaigns, to rally around in the streets, but if they are to redirect their campaign strategies into electoral education it would be of help," Massaquoi said.''',
    quotes=[
        Q('“As a result of the experiences', 'go home early,"', "Albert Massaquoi"),
        Q('"They should in as much', 'would be of help,"', "Albert Massaquoi"),
    ],
    aliases={"Albert Massaquoi": ["National Electoral Commission spokesman Albert Massaquoi", "Massaquoi"]},
),
dict(
    id="voa-en-2007-10-26-fresh-fighting-darfur-peace",
    source="https://www.voanews.com/a/a-13-2007-10-26-voa29-66800527/255051.html",
    license=VOA, retrieved=PAGES + " (" + NAV + "; the paragraph 'The rebels, mostl...', cut in the stored copy, dropped)",
    text='''Fresh Fighting Dampens Hope for Darfur Peace Accord
Fresh fighting has erupted between Sudanese government troops, allied militias and rebel factions in Sudan's troubled Darfur region. At the same time, rebels have attacked a Sudanese oil field. Sarah Simpson reports from VOA's East Africa Bureau in Nairobi, that the violence has dealt a serious blow to hopes of a peace agreement at talks due to open in Libya on Saturday.
Suleiman Jamous, a respected rebel within the Sudan Liberation Army, has told VOA that his group is fighting government troops in Darfur, even as a special peace summit is expected to open in Libya.
Reports of fresh fighting come as another key rebel group, the Justice and Equality Movement, said it had attacked a Sudanese oil facility and kidnapped two expatriate workers.
Oil industry officials have confirmed the attack, though details of the alleged kidnapping remain unconfirmed.
Many rebel factions, including the Justice and Equality Movement, have already said they will not be attending the peace talks on Saturday. But Jamous says despite deep reservations, he believes his group may yet take part.
"We know that the solution of the problem of the conflict in Darfur should come through political negotiation. But we have to prepare the theater and therefore the international community they should know who is to be addressed for the problem to be solved," he said.
Accusing Sudan's Arab-majority government in Khartoum of political and economic neglect, rebels in Darfur took up arms in 2003. More than 200,000 people have died in the conflict and millions more have been forced to flee their homes.
The long-awaited peace talks, set to take place in the Libyan port city of Sirte, were brokered by the United Nations and African Union.
UN and AU diplomats had billed the talks as a "moment of truth", but hopes of securing peace in Libya are fading fast in the face of the growing rebel boycott.''',
    quotes=[
        Q('"We know that the solution', 'problem to be solved,"', "Suleiman Jamous"),
        Q('"moment of truth"', None, None),
    ],
    aliases={"Suleiman Jamous": ["Jamous"]},
),
]
