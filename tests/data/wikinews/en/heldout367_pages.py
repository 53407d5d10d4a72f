# Held-out English news texts (tests/data/heldout367-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5, attribution "Wikinews contributors") from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
# amalgum/news/xml/AMALGUM_news_<word>.xml, words from n to r and t to z), detokenized like the heldout3-en to
# heldout88-en and heldout306-en AMALGUM sets: every word, digit, punctuation mark and quotation mark as in
# the copy (straight or curly), only the spacing between tokens restored following ordinary English typography; title =
# first line, date line = second line, then one paragraph per line following the copy's <p> elements. A pull-quote
# box dropped. Annotated by reading the texts, before whosaid was run on them (rules H1925-H1928 in
# ANNOTATION.md on top of H1-H1924).
WN = "CC BY 2.5 (Wikinews)"
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout367-en.jsonl

Built by `build.py` from `heldout367_pages.py`. Like heldout3-en to heldout20-en and heldout306-en,
these texts are English Wikinews articles (CC BY 2.5, attribution "Wikinews contributors") taken from the AMALGUM
corpus copy (github.com/gucorpling/amalgum, `amalgum/news/xml/AMALGUM_news_<word>.xml`, read with the `read_file` tool;
only file words from n to r and from t to z, found by guessing exact file names), detokenized like those sets: every
word, digit, punctuation mark and quotation mark is as in the copy (straight or curly), only the spacing between tokens
was restored following ordinary English typography (no space before , . ; : ? ! ) 's n't, none after an opening mark
or before a closing one; a mark that the copy stores after a sentence's final stop but that opens the next sentence's
quotation is spaced as an opening mark, rule H1925). Title = first line, date line = second line, then one paragraph
per line following the copy's `<p>` elements. One pull-quote box (a bold quotation without marks
with a `— Prime Minister Fouad Siniora` line, repeated from the body) were dropped (per document below); AMALGUM's own
annotations (POS, lemmas, entities, RST) were not used for the quote annotation. None is credited to AP, Reuters, AFP
or another third party. Four articles of 2008: the Zimbabwean opposition claiming an early election victory (March),
Morgan Tsvangirai rejecting power-sharing talks (July), President Bush on a Palestinian state before his Middle East
trip (January) and Lebanon's unity government (July). Files read and not used: `troops` (Szydło welcoming US troops at
Żagań, 2017: its name and phrases were not in any module, but an 8-word overlap check found 153 shared 8-word sequences
with heldout11-en's `wn-en-putin-us-troops-poland-threat`, a Wikinews article that shares whole paragraphs and
quotations with it, so it was dropped after annotation), `obama` (already in a set above), `sanctions` (taken by the
parallel heldout368-en worktree, and outside this set's letters), `violence` (one quotation only; `build.py` needs
two), `nuclear` (an interview in question-and-answer form), `ties` (its main quotation stands outside the paragraphs
as a block with a quotation inside it). None of the four is in a set above or in another helper's worktree: checked by
AMALGUM file name (`AMALGUM_news_victory`, `_rejects`, `_urges`, `_opposition` occur in no module), by Wikinews URL,
and by two or more distinctive phrases or names per article (`Barring a miracle`, `Chiweshe`, `Boshoff`, `coups are
handled`, `no meaningful progress can be made`, `concocted by the West`, `John Clancy`, `entrepreneurial class`, `stop
interfering in the Lebanese`, `regaining confidence in the Lebanese`, `resolved overnight`, `Siniori`: no hit),
grepped in tests/data of the main checkout and of every /work/wt-* worktree; `Ndlovu` hits only other articles
(heldout10-en's and heldout69-en's Zimbabwe articles, heldout205-en). An 8-word overlap check against every text of
the tests/data/*.jsonl files of the main checkout and of all worktrees finds at most four shared 8-word sequences per
text, all stock phrases of other articles on the same events (`Zimbabwe's main opposition party, the Movement for
Democratic Change (MDC)` in heldout248-en and heldout30-en; `Prime Minister Ehud Olmert and Palestinian President
Mahmoud Abbas` and `from Iraq for an update on the fighting there` in heldout9-en's and heldout14-en's other Bush
articles), no shared paragraph.
The annotation (rules H1925–H1928 in `ANNOTATION.md` on top of H1–H1924) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2008-03-30-zimbabwe-opposition-claims-early-victory",
    source="https://en.wikinews.org/wiki/Zimbabwe_opposition_claims_early_victory_in_election",
    license=WN, retrieved=AMG.format("AMALGUM_news_victory") + "; no captions in the copy; the copy's straight quotation marks, its '--' dashes in Chiweshe's quotation, 'marred', 'at loss' and 'Let's' kept; the quotation mark that the copy puts after 'poor funding.' opens Boshoff's quotation in the next sentence and is spaced as an opening mark (H1925)",
    text='''Zimbabwe opposition claims early victory in election
Sunday, March 30, 2008
Zimbabwe's main opposition party, the Movement for Democratic Change (MDC), released premature election results on Sunday, which claim a large victory for their presidential candidate Morgan Tsvangirai against incumbent Robert Mugabe.
MDC leaders said the unofficial tally, based on one-third of the election returns, shows Tsvangirai with 67% of the vote. The results were posted on the doors of polling stations, and then sent to party officials by text messaging. MDC Secretary General Tendai Biti said, "Barring a miracle, Mugabe can't win."
The official results are expected to be released Monday, but MDC officials called for them to be released sooner, fearing the government would use the delay to rig the voting. There were unconfirmed reports that military authorities were pressuring the Zimbabwe Electoral Commission to declare Mugabe the winner.
Biti called the delay a "constitutional threat" to the election's outcome. "We are very much concerned by the lack of results from [the Electoral Commission] and we suspect that the regime is at loss as to how to respond to the results which are showing that MDC is winning in most parts of the country," said Biti.
George Chiweshe, chairman of the Zimbabwe Electoral Commission, said the commission would not be pressured into releasing the official count early. "We are dealing with a matter with national dimensions," Chiweshe said. "Our mandate is clearly laid down in terms of the Constitution and we have tried -- actually, have followed -- that."
Critics of the government had long predicted that the election would be marred by fraud. Biti accused the ruling Zanu-PF party of chasing away his party's agents from polling stations. In addition, Amnesty International and other human-rights groups have accused the government of harassing the opposition and threatening to cut off food supplies to those who didn't vote for Mugabe's party.
Earlier, Mugabe spokesman George Charamba warned the MDC that declaring a premature victory for Tsvangirai would be tantamount to a coup d'état, "and we all know how coups are handled," he said.
There are concerns that violence may erupt on Monday if both parties claim victory. The United States embassy released a statement warning American citizens in the country of a "volatile situation" and a "possibility of violence across Zimbabwe".
In Harare, the capital of Zimbabwe, opposition supporters took to the streets in celebration of the MDC's announcement. One voter remarked, "The old man is gone and our suffering has ended. Let's try another leader, Morgan Tsvangirai." But in the suburbs of Harare, celebration was stifled by heavily armed police, who have been deployed across Zimbabwe to stop any politically-motivated violence.
Police commissioner Augustine Chihuri said his forces would not hesitate to use "full force" against political violence. He and military commander Constantine Chiwenga have vowed not to salute Tsvangirai if he wins. However, some have questioned the effectiveness of the military, citing mass troop desertions and poor funding. "What the military says at the senior level and what happens at the ground level of the rank and file are two very different things," says Henri Boshoff, a military analyst.''',
    quotes=[
        Q('"Barring a miracle', 'can\'t win."', "Tendai Biti"),
        Q('"constitutional threat"', None, "Tendai Biti"),
        Q('"We are very much concerned', 'of the country,"', "Tendai Biti"),
        Q('"We are dealing with', 'national dimensions,"', "George Chiweshe"),
        Q('"Our mandate', '-- that."', "George Chiweshe"),
        Q('"and we all know how coups are handled,"', None, "George Charamba"),
        Q('"volatile situation"', None, "United States embassy"),
        Q('"possibility of violence across Zimbabwe"', None, "United States embassy"),
        Q('"The old man is gone', 'Morgan Tsvangirai."', None),
        Q('"full force"', None, "Augustine Chihuri"),
        Q('"What the military says', 'very different things,"', "Henri Boshoff"),
    ],
    aliases={"Tendai Biti": ["Tendai Biti", "Biti", "MDC Secretary General Tendai Biti"],
             "George Chiweshe": ["George Chiweshe", "Chiweshe", "chairman of the Zimbabwe Electoral Commission"],
             "George Charamba": ["George Charamba", "Mugabe spokesman George Charamba"],
             "United States embassy": ["United States embassy", "The United States embassy"],
             "Augustine Chihuri": ["Augustine Chihuri", "Police commissioner Augustine Chihuri"],
             "Henri Boshoff": ["Henri Boshoff", "a military analyst"]},
),
dict(
    id="wn-en-2008-01-05-bush-urges-progress-on-palestinian-state",
    source="https://en.wikinews.org/wiki/President_Bush_urges_progress_on_Palestinian_state",
    license=WN, retrieved=AMG.format("AMALGUM_news_urges") + "; no captions in the copy; the copy's straight quotation marks and 'follows-up' kept",
    text='''President Bush urges progress on Palestinian state
Saturday, January 5, 2008
President Bush will go to the Middle East next week where he is hoping to encourage Israeli and Palestinian talks towards an independent Palestinian state.
President Bush says his job is to keep Israeli Prime Minister Ehud Olmert and Palestinian President Mahmoud Abbas focused on the big picture, despite what he says are considerable roadblocks toward an independent Palestinian state.
"It's to give them confidence and encourage them to come up with what a state will look like, to define that state so that people there in the region can have hope that this long-time conflict will finally come to an end, and the first step is the definition of a state," he said.
Mr. Bush spoke Friday in an interview with al-Hurra, the U.S. government's Arabic-language satellite television network.
His trip follows-up November's conference in Annapolis, Maryland where Prime Minister Olmert and President Abbas agreed to begin regular talks on a Palestinian state.
The president leaves Tuesday for Israel and the West Bank where he will hold separate talks with the Israeli and Palestinian leaders before continuing on to Kuwait, Bahrain, the United Arab Emirates, Dubai, Saudi Arabia, and Egypt.
Mr. Bush says he hopes to convince friends and allies in the region that there must be strong support for both Palestinians and Israelis in order to make the two-state solution work.
The president has set the goal of having the outlines of a Palestinian state in place before he leaves office one year from now. While he admits there is a lot of work to be done, Mr. Bush says he still believes that is possible.
"Palestinian security forces have to be reformed, which we are helping with, by the way," he said. "The entrepreneurial class of people has to be encouraged with new capital. The institutions of government need to be strengthened."
During the trip, White House officials say the president will meet with U.S. civilian and military commanders from Iraq for an update on the fighting there. He will also press for another round of sanctions against Iran, which Mr. Bush says is crucial to force Tehran to stop enriching uranium.
The president says he will meet with regional leaders to discuss the situation in Lebanon, where he says Syrian President Bashar al-Assad is the main obstacle to Lebanon's selection of a new president.
"President Assad must understand that if he wants better relations with the United States, and frankly better relations in the region, the first thing he has got to do is stop interfering in the Lebanese presidential process," he said.''',
    quotes=[
        Q('"It\'s to give them confidence', 'definition of a state,"', "President Bush"),
        Q('"Palestinian security forces', 'by the way,"', "President Bush"),
        Q('"The entrepreneurial class', 'to be strengthened."', "President Bush"),
        Q('"President Assad must understand', 'presidential process,"', "President Bush"),
    ],
    aliases={"President Bush": ["President Bush", "Bush", "Mr. Bush", "The president"]},
),
dict(
    id="wn-en-2008-07-02-tsvangirai-rejects-power-sharing-talks",
    source="https://en.wikinews.org/wiki/Zimbabwean_opposition_leader_rejects_calls_for_power_sharing_talks",
    license=WN, retrieved=AMG.format("AMALGUM_news_rejects") + "; no captions in the copy; the copy's straight quotation marks kept; the quotation mark that the copy puts after 'one other mediator.' opens Tsvangirai's next quotation and is spaced as an opening mark (H1925)",
    text='''Zimbabwean opposition leader rejects calls for power sharing talks
Wednesday, July 2, 2008
Morgan Tsvangirai, leader of the Zimbabwean opposition party Movement for Democratic Change (MDC), says he will not participate in power sharing negotiations with President Robert Mugabe, who was widely accused of using violence and intimidation to win Sunday's run-off election.
The opposition leader, Mugabe's only rival in the election before dropping out due to fears of violence, cited South African President Thabo Mbeki's role as mediator in the conflict, as appointed by the Southern African Development Community (SADC). Tsvangirai has often criticized Mbeki for failing to publicly condemn Robert Mugabe, and has repeatedly called for him to step down.
Tsvangirai says that "no meaningful progress can be made toward resolving the Zimbabwe crisis" if the SADC or the African Union does not appoint at least one other mediator. "If this does not happen," he says, "then the MDC will not be part of the mediation process."
He added, "If dialogue is to be initiated, it is essential that ZANU-PF stops the violence, halts the persecution of MDC leaders and supporters." The MDC says that 9 of its supporters have been killed by the state since the run-off, bringing the death toll up to at least 95.
Earlier on Tuesday, leaders at an African Union summit voiced their support for dialogue aimed at the creation of a unity government in Zimbabwe. "We encourage President Mugabe and opposition leader Morgan Tsvangirai to honour their commitment to initiate dialogue with a view to promote peace, stability, democracy and reconciliation in Zimbabwe," the AU said in a statement.
While the opposition rejected the idea of discussion, the Zimbabwe government called it a "welcome resolution", as stated by Information Minister Sikhanyiso Ndlovu. "Government is ready for dialogue with anyone," he said, "so long as it isn't dialogue concocted by the West." In his inauguration speech, Mugabe had said he was open to negotiations.
Tsvangirai believes that if a unified government were to be created, it should be based on the results of the original March 29 election, in which he received more votes but not enough to avoid a run-off. "We remain committed to negotiations or talks, call them what you will, but they should be based on the fact that we won the last credible election on March 29," Tsvangirai said. "Then we can move towards some transitional arrangement."
The European Union agrees with Tsvangirai on this point. Taking into account the March 29 vote, EU spokesman John Clancy says, "it's clear that [Tsvangirai] should be a leading member of that government as its potential prime minister or the head of government to ensure that certain reforms can take place." The EU had been placing pressure on the African Union to take strong measures against Mugabe's government.''',
    quotes=[
        Q('"no meaningful progress', 'the Zimbabwe crisis"', "Morgan Tsvangirai"),
        Q('"If this does not happen,"', None, "Morgan Tsvangirai"),
        Q('"then the MDC will not', 'mediation process."', "Morgan Tsvangirai"),
        Q('"If dialogue is to be initiated', 'leaders and supporters."', "Morgan Tsvangirai"),
        Q('"We encourage President Mugabe', 'reconciliation in Zimbabwe,"', "African Union"),
        Q('"welcome resolution"', None, "Sikhanyiso Ndlovu"),
        Q('"Government is ready', 'with anyone,"', "Sikhanyiso Ndlovu"),
        Q('"so long as it isn\'t', 'by the West."', "Sikhanyiso Ndlovu"),
        Q('"We remain committed', 'on March 29,"', "Morgan Tsvangirai"),
        Q('"Then we can move', 'transitional arrangement."', "Morgan Tsvangirai"),
        Q('"it\'s clear that [Tsvangirai]', 'can take place."', "John Clancy"),
    ],
    aliases={"Morgan Tsvangirai": ["Morgan Tsvangirai", "Tsvangirai", "The opposition leader", "opposition leader Morgan Tsvangirai"],
             "African Union": ["African Union", "the AU"],
             "Sikhanyiso Ndlovu": ["Sikhanyiso Ndlovu", "Information Minister Sikhanyiso Ndlovu"],
             "John Clancy": ["John Clancy", "EU spokesman John Clancy"]},
),
dict(
    id="wn-en-2008-07-11-lebanon-forms-unity-government",
    source="https://en.wikinews.org/wiki/Lebanon_forms_unity_government_with_Hezbollah-led_opposition",
    license=WN, retrieved=AMG.format("AMALGUM_news_opposition") + "; the pull-quote box ('Our differences will not be resolved overnight, ... rather than in the streets.', bold, no marks, with the line '— Prime Minister Fouad Siniora', repeated from the body) dropped; the fragment 'Education Minister' that the copy stores as its own sentence joined by a space to the sentence it begins; 'Syrian' + '-backed' joined; the copy's straight quotation marks and its spellings 'Siniori' (twice, beside 'Siniora') and 'it's' (for its) kept (H1927)",
    text='''Lebanon forms unity government with Hezbollah-led opposition
Friday, July 11, 2008
Lebanese political leaders have agreed to the formation of a 30-member national unity government, in which paramilitary group Hezbollah and its political allies hold effective veto power in the new cabinet. The announcement came seven weeks after the Doha Agreement, which ended an 18-month-long political crisis in Lebanon.
A decree announcing the cabinet was signed by Prime Minister Fouad Siniora and President Michel Suleiman. Of the 30 member cabinet, 11 seats were given to the pro-Syria, Hezbollah-led opposition, fulfilling a promise of at least one third of the cabinet and giving them the power to veto legislation. The ruling coalition appointed 16 cabinet members, and President Suleiman chose the remaining three.
Only one of the 11 opposition ministers, Labor Minister Mohammad Fneish, is from Hezbollah. The rest are from the organization's Shi'a, Druze and Christian allies. The opposition also secured the coveted posts of Foreign Minister, Telecommunications Minister, and Deputy Premier.
Elias Murr kept his post as Defense Minister, and the position of Finance Minister was given to Mohammed Shatah, who served as Siniori's senior adviser in the previous cabinet. Education Minister Bahia Hariri, sister of slain Prime Minister Rafik Hariri, is the only woman in the new cabinet.
"Our differences will not be resolved overnight," Prime Minister Siniori said, "but we have decided to resolve them through institutions and dialogue rather than in the streets." He says the two main tasks of the new government will be "regaining confidence in the Lebanese political system" and "securing the holding of a transparent parliamentary election".
Under the Doha Agreement signed on May 21, Michel Suleiman became president, and the opposition and the parliamentary majority agreed to form a unity government. However, the formation of the new government was hampered by political squabbles. Parliamentary majority leader Saad Hariri said the final breakthrough came when Siniora conceded to the opposition by accepting into the cabinet Ali Kanso, former head of the Syrian Social Nationalist Party.
The two factions arrived at the Doha Agreement after a long series of Hezbollah-led protests against Siniora's government led to fears of a new civil war. In May, 65 people were killed in sectarian clashes initiated by Hezbollah following a government attempt to outlaw their telecommunications systems. The forces of Syrian-backed Hezbollah were largely unopposed by the Lebanese military while taking over Sunni neighborhoods in Beirut but encountered heavy losses attacking Druze controlled areas.
One of the issues expected to be discussed among the new government is the fate of Hezbollah's weapons, which the group claims it needs for defense against a possible Israeli attack. Hezbollah has yet to disarm and even boasted on enhancing it's weaponry status despite it's signing of U.N. resolution 1701, calling for it's disarmament.''',
    quotes=[
        Q('"Our differences', 'overnight,"', "Fouad Siniora"),
        Q('"but we have decided', 'in the streets."', "Fouad Siniora"),
        Q('"regaining confidence', 'political system"', "Fouad Siniora"),
        Q('"securing the holding', 'parliamentary election"', "Fouad Siniora"),
    ],
    aliases={"Fouad Siniora": ["Fouad Siniora", "Siniora", "Prime Minister Fouad Siniora", "Prime Minister Siniori", "Siniori"]},
),
]
