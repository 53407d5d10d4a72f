# Held-out English news texts (tests/data/heldout375-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5, attribution "Wikinews contributors") from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
# amalgum/news/xml/AMALGUM_news_<word>.xml, files whose <word> starts with c and sorts after 'catholic', beyond the
# first 100 listed files), detokenized like the heldout3-en to heldout88-en, heldout306-en, heldout359-en and
# heldout368-en AMALGUM sets: every word, digit, punctuation mark and quotation mark as in the copy, only the spacing
# between tokens restored following ordinary English typography; title = first line, date line = second line, then one
# paragraph per line following the copy's <p> elements (list items and a block quotation outside any <p> as lines of
# their own). Captions, "Sources" lists and a match-statistics box dropped. Annotated by reading the texts, before
# whosaid was run on them (rules H1950-H1953 in ANNOTATION.md on top of H1-H1949).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"
WN = "CC BY 2.5 (Wikinews)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout375-en.jsonl

Built by `build.py` from `heldout375_pages.py`. Like heldout3-en to heldout20-en, heldout39-en, heldout42-en,
heldout82-en, heldout88-en, heldout306-en, heldout359-en and heldout368-en, these texts are English Wikinews articles
(CC BY 2.5, attribution "Wikinews contributors") taken from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
`amalgum/news/xml/AMALGUM_news_<word>.xml`, files whose `<word>` starts with c and sorts after `catholic`, i.e. beyond
the first 100 files the `find_files` listing shows; found by guessing exact file names and checking them with
`find_files`, read with the `read_file` tool), detokenized by hand like those sets: every word, digit, punctuation mark
and quotation mark is as in the copy (straight marks, and the curly marks of Tam Dalyell's second quotation and of `I’m
alive`), only the spacing between tokens was restored following ordinary English typography (no space before , . ; :
? ! ) 's n't, none after an opening mark or before a closing one; `67` + `%` written `67%`, `in[` + `...` + `]` written
`in[...]`, `[` + `t]he` written `[t]he`, `1 – 0` and `10 – 20` written `1–0` and `10–20`). Title = first line, date
line = second line, then one paragraph per line following the copy's `<p>` elements; the items of a list and a block
quotation that the copy stores outside any `<p>` are lines of their own. Image captions, the per-story `Sources`
lists, and a match-statistics box (date, score, venue, attendance, referee, goals, bookings) were dropped; AMALGUM's own
annotations (POS, lemmas, entities) were not used for the quote annotation. None is credited to AP, Reuters, AFP or
another third party (the Associated Press appears only as the recipient of Lars Vilks's statement, The Sunday Times,
The Scotsman, The Washington Post and The New York Times only as media named in the text). Six texts: the January 2011
indictment of the former CIA officer Jeffrey Sterling (file `cia`), citizen groups asking Congress for a "Resolution of
Inquiry" against President Bush in May 2005 (`congress`), the June 2007 review of the Lockerbie conviction by the
Scottish Criminal Cases Review Commission (`conviction`), the August 2013 bombing of the Damascus suburbs after the
Ghouta chemical attack (`chemical`), the February 2015 Copenhagen shootings (`copenhagen`) and the 2018 FA Cup final
(`chelsea`). Read for this set and skipped: `clashes` (a Wikinews Shorts page of four short items, no quotation);
`chavez` is in an earlier set; about twenty other guessed names (`church`, `coalition`, `commission`, `council`,
`chinese`, `conservative`, `charges`, `crisis`, `cyclone`, `chirac`, `charged`, `citizens`, `cheney`, `children`,
`clinton`, `commons`, `candidate`, `condemns`, `claims`, `cuba`, `convicted`) do not exist in the copy; `champions`
exists and was not read.
None of the six is in an earlier set: checked by AMALGUM file name (`AMALGUM_news_cia`, `_congress`, `_conviction`,
`_chemical`, `_copenhagen`, `_chelsea` in no module of tests/data), by URL (`Former_CIA_agent`, `Citizen_groups_ask`,
`Pan_Am_Flight_103_conviction`, `Syrian_army_bombs_Damascus`, `Police_shoot_dead_suspect`, `Chelsea_beats_Manchester`)
and by the speakers' names and distinctive phrases (`Jeffrey Alexander Sterling`, `MacMahon`, `Lanny Breuer`, `stick out
as a big black`, `Bonifaz`, `Resolution of Inquiry`, `Dearlove`, `smoking gun memo`, `freedom fries`, `Tam Dalyell`,
`laughing stock`, `Crown Office has a moral`, `co-ordinated effort`, `Mohmed`, `Gauci`, `nonadversarial`,
`Lukashevich`, `Babacar Gaye`, `Eliasson`, `Ghouta`, `I’m alive`, `Zimeray`, `Molgaard`, `Krudtt`, `Vilks`, `Skov`,
`Sickened by shooting`, `Copenhagen attacks`, `compact low block`, `deserved to win`: no hit; `Eden Hazard` occurs only
in three different articles on World Cup matches), grepped in tests/data of the main checkout and of every other
helper's worktree.
The annotation (rules H1950–H1953 in `ANNOTATION.md` on top of H1–H1949) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2011-01-08-former-cia-agent-indicted-leak",
    source="https://en.wikinews.org/wiki/Former_CIA_agent_indicted_after_leaking_classified_information",
    license=WN, retrieved=AMG.format("AMALGUM_news_cia") + "; the image caption ('The seal of the CIA') dropped; the copy's 'subpeonaed' and 'Sterling, sued' kept; '10' + '–' + '20' written '10–20'",
    text='''Former CIA agent indicted after leaking classified information
Saturday, January 8, 2011
Jeffrey Alexander Sterling, an ex-officer of the Central Intelligence Agency (CIA), was taken into custody Thursday by federal agents in St. Louis, Missouri. He was indicted on six separate counts of unauthorized disclosure of national defense information, as well as four additional charges: mail fraud, unlawfully keeping national defense information, obstruction of justice, and unauthorized conveyance of government property. Sterling, aged 43, had been employed by the CIA from May 1993 until he was fired in January 2002. During his arraignment, a judge declared that he would be held until a Monday hearing because the government called him a danger to the community.
Sterling, an African American lawyer who lives in O'Fallon, allegedly provided classified information to New York Times reporter James Risen, some of which was incorporated into Risen's 2006 State of War: The Secret History of the CIA and the Bush Administration. Risen, who wrote about the CIA's involvement in Iran's nuclear program, has not named any of his sources even after being subpeonaed twice; Risen was not explicitly named in Sterling's indictment, but his involvement in the alleged leak is strongly supported by its contents, and a US government official confirmed the connection to NBC News.
The indictment stated that, for two years during his career with the CIA, Sterling had been involved in "a classified clandestine operational program designed to conduct intelligence activities related to the weapons capabilities of certain countries." An anonymous source close to the investigation said one of those countries was Iran. While managing CIA operations, Sterling also handled a "human asset," whose name he is also accused of releasing.
From 2000, Sterling had been engaged in various disputes with the agency. According to a story authored by Risen for The New York Times in March 2002, Sterling's supervisor during the Iran program said, "You kind of stick out as a big black guy." The comment was made after Sterling made requests for new assignments concerning Iran, requests declined because his appearance could interfere with the cases. Sterling, sued the CIA for racial discrimination shortly after being fired, but was unable to come to a settlement in February 2003, and allegedly began leaking the classified information soon after that. The indictment claimed the motive behind the leak was retaliation for the unsuccessful lawsuit.
Edward B. MacMahon Jr., a Virginia attorney for Sterling, said, "He has always maintained his innocence throughout the course of this entire investigation. We'll seek to prove that in court." MacMahon also said trial will be held at a U.S. District Court in Alexandria, as the case began in that state. Every charge against Sterling comes with the possibility of 10–20 years of jail time.
US Assistant Attorney General Lanny Breuer made a statement, saying that "Sterling placed at risk our national security and the life of an individual working on a classified mission." A spokesperson for the CIA said, "Separate and apart from any specific instance, including this matter involving a former agency officer who left the CIA years ago, we take very seriously the unauthorized disclosure of classified information." The New York Times did not comment on the matter.
The Obama administration has already taken action in several similar leaks involving government officers. The administration has also initiated an investigation into Julian Assange, founder of WikiLeaks, after the site's release of thousands of classified documents.''',
    quotes=[
        Q('"a classified clandestine', 'certain countries."', None),
        Q('"human asset,"', None, None),
        Q('"You kind of stick out', 'big black guy."', None),
        Q('"He has always maintained', 'that in court."', "Edward B. MacMahon Jr."),
        Q('"Sterling placed at risk', 'classified mission."', "Lanny Breuer"),
        Q('"Separate and apart', 'classified information."', "Central Intelligence Agency"),
    ],
    aliases={"Edward B. MacMahon Jr.": ["Edward B. MacMahon Jr.", "a Virginia attorney for Sterling", "MacMahon"],
             "Lanny Breuer": ["Lanny Breuer", "US Assistant Attorney General Lanny Breuer"],
             "Central Intelligence Agency": ["Central Intelligence Agency", "CIA", "A spokesperson for the CIA"]},
),
dict(
    id="wn-en-2005-05-29-citizen-groups-resolution-of-inquiry-bush",
    source="https://en.wikinews.org/wiki/Citizen_groups_ask_Congress_to_file_formal_%22Resolution_of_Inquiry%22_against_Bush",
    license=WN, retrieved=AMG.format("AMALGUM_news_congress") + "; the nine items of the list of groups kept as lines without bullets; the italic block quotation that the copy stores outside any <p> after 'And cites the possible grounds for impeachment:' kept as a line of its own; the sentence 'The full text of the request is available here.' (link text) kept; the mark the copy stores after 'Capitol Hill.' (tagged closing, inside that sentence) opens Walter Jones's quotation and is written attached to 'If' (H1925, H1952); the copy's 'The phrase \"... policy.\" has been' kept",
    text='''Citizen groups ask Congress to file formal "Resolution of Inquiry" against Bush
Sunday, May 29, 2005
A coalition of citizen groups will ask Congress to file a formal "Resolution of Inquiry", the first necessary legal step to determine whether U.S. President Bush has committed impeachable offenses. The request, written by Boston constitutional attorney John C. Bonifaz on behalf of the citizen groups, cites the Downing Street memo and issues surrounding the planning and execution of the Iraq war. The full text of the request is available here.
The request was written on behalf of several groups, including:
Veterans for Peace
Progressive Democrats of America (PDA)
911Citizens Watch
Democracy Rising
Code Pink
Global Exchange
Democrats.com
Velvet Revolution
Gold Star Families for Peace
And cites the possible grounds for impeachment:
"[The President] has not given [the Senate] full information, but has concealed important intelligence which he ought to have communicated, and by that means induced them to enter into measures injurious to their country, and which they would not have consented to had the true state of things been disclosed to them."
Bonifaz says that the official minutes of a secret US-UK meeting were the impetus for the request. Those minutes were recently leaked to The Sunday Times, and are popularly known as the "Downing Street memo" or alternatively the "smoking gun memo". In it, British intelligence MI-6 director Richard Dearlove said, "Bush wanted to remove Saddam, through military action, justified by the conjunction of terrorism and WMD. But the intelligence and facts were being fixed around the policy."
The phrase "the intelligence and facts were being fixed around the policy." has been the center of attention in reports and discussions surrounding the memo. It has received this attention because critics of the Iraq war believe that it reaffirms their fundamental criticisms: that Bush's decision to go to war was not based on the intelligence, but, rather, intelligence was used selectively and exaggerated, while debunking intelligence was forcefully suppressed, for the sole purpose of rallying consent for the war, and that this was all done deliberately.
Bonifaz wrote: "The recent release of the Downing Street Memo provides new and compelling evidence that the President of the United States has been actively engaged in a conspiracy to deceive and mislead the United States Congress and the American people."
Some Republican congressmen who had voted for the war have since stated that they believe the war was a mistake. For example, Walter Jones, the coiner of the phrase "freedom fries", is now the most vociferous opponent on Capitol Hill. "If we were given misinformation intentionally by people in this administration, to commit the authority to send boys, and in some instances girls, to go into Iraq, that is wrong," he has stated, "Congress must be told the truth."
On May 26th, the group AfterDowningStreet.org launched a campaign to Congress to investigate whether President Bush committed impeachable offenses relating to the Iraq war.''',
    quotes=[
        Q('"Resolution of Inquiry"', None, None),
        Q('"Resolution of Inquiry"', None, None, 1),
        Q('"[The President] has not given', 'disclosed to them."', None),
        Q('"Downing Street memo"', None, None),
        Q('"smoking gun memo"', None, None),
        Q('"Bush wanted to remove', 'around the policy."', "Richard Dearlove"),
        Q('"the intelligence and facts', 'around the policy."', "Richard Dearlove"),
        Q('"The recent release', 'the American people."', "John C. Bonifaz"),
        Q('"freedom fries"', None, None),
        Q('"If we were given', 'that is wrong,"', "Walter Jones"),
        Q('"Congress must be told the truth."', None, "Walter Jones"),
    ],
    aliases={"Richard Dearlove": ["Richard Dearlove", "British intelligence MI-6 director Richard Dearlove"],
             "John C. Bonifaz": ["John C. Bonifaz", "Boston constitutional attorney John C. Bonifaz", "Bonifaz"],
             "Walter Jones": ["Walter Jones"]},
),
dict(
    id="wn-en-2007-06-25-sccrc-review-pan-am-103-conviction",
    source="https://en.wikinews.org/wiki/Scottish_Criminal_Cases_Review_Commission_to_review_Pan_Am_Flight_103_conviction",
    license=WN, retrieved=AMG.format("AMALGUM_news_conviction") + "; no captions in the copy; the single marks of the Scotsman partial ('was subject ... reasons'.), the curly marks of Tam Dalyell's second quotation and the copy's 'it's report' kept",
    text='''Scottish Criminal Cases Review Commission to review Pan Am Flight 103 conviction
Monday, June 25, 2007
The Scottish Criminal Cases Review Commission (SCCRC), an organisation that investigates alleged miscarriages of justice, is to complete a review on June 28, 2007 of the conviction on January 31, 2001 of Libyan Abdelbaset Ali Mohmed Al Megrahi for the December 21, 1988 bombing of Pan Am Flight 103. All 259 passengers and crew of the Boeing 747, and eleven people on the ground, were killed when a bomb destroyed the aircraft over the town of Lockerbie in Scotland. Megrahi was convicted on 270 counts of murder, and was sentenced to life imprisonment. It is expected that the SCCRC will refer Megrahi's case back to the court of appeal. A summary of the Commission's findings will be published, but the main report will not.
Today's Scotsman reported that documents leaked from Megrahi's legal team include allegations that evidence used to convict him 'was subject to deliberate destruction and manipulation for political reasons'. Officials in both the United States and the United Kingdom are accused of "a co-ordinated effort to mislead the court" in order to divert attention from other suspects with links to Iran or Syria, whose support was needed at the time of the first Gulf War.
During its three-year review, the SCCRC has been shown hundreds of documents and photographs which are alleged to show that evidence was invented, manipulated or ignored by the British police on the one hand and the CIA and FBI on the other. Veteran politician Tam Dalyell, who has campaigned against the conviction for years, has now said that the full report by the SCCRC should be made public, adding "The Crown Office has a moral obligation to hold a public inquiry. If it embarrasses the Scottish judiciary, so be it. We're in danger of becoming the laughing stock of Europe." He also said “I have no doubt that evidence was planted, and I have said so repeatedly in the Commons. Only a full, public and nonadversarial inquiry can finally settle this matter.” Meanwhile, defence lawyers said that if Megrahi is granted an appeal or retrial they will attempt to convince authorities to release him until the case comes to court.
The credibility of several key parts of the prosecution's case is seriously questioned in the evidence submitted to the SCCRC, with rescue workers describing items as intact when they were discovered, but which were presented in fragmentary form at the Lockerbie bombing trial. The evidence of Maltese shopkeeper Tony Gauci is also challenged. Although Gauci testified that Megrahi bought clothes from him that were later found to have been in the suitcase containing the bomb, in reality he apparently gave a number of inconsistent and substantially different accounts of who bought the clothes, failed to pick out Megrahi at an identity parade, and even linked the clothes' purchase to convicted Egyptian terrorist Mohammed Abu Talb, from the Iran-backed Popular Front for the Liberation of Palestine. Defence lawyers also alleged that two early statements by Gauci are missing altogether.
One investigator also claims that evidence was fabricated, while there was insufficient investigation into claims by a baggage handler at Heathrow International Airport that the suitcase containing the bomb was only added to the flight at the last minute.
The SCCRC refused to comment, saying: "It is not for Scottish ministers to comment or preempt the outcome of this review." Further it said: "It is the strong view of the Scottish Government that due process of law will be followed and seen to be followed in all matters pertaining to this case."
The SCCRC will issue it's report on Thursday June 28, 2007.''',
    quotes=[
        Q("'was subject to deliberate", "political reasons'", None),
        Q('"a co-ordinated effort to mislead the court"', None, None),
        Q('"The Crown Office', 'stock of Europe."', "Tam Dalyell"),
        Q('“I have no doubt', 'settle this matter.”', "Tam Dalyell"),
        Q('"It is not for Scottish', 'of this review."', "Scottish Criminal Cases Review Commission"),
        Q('"It is the strong view', 'to this case."', "Scottish Criminal Cases Review Commission"),
    ],
    aliases={"Tam Dalyell": ["Tam Dalyell", "Veteran politician Tam Dalyell"],
             "Scottish Criminal Cases Review Commission": ["Scottish Criminal Cases Review Commission", "SCCRC", "the Commission"]},
),
dict(
    id="wn-en-2013-08-23-syrian-army-bombs-damascus-suburbs-chemical",
    source="https://en.wikinews.org/wiki/Syrian_army_bombs_Damascus_suburbs_after_allegedly_using_chemical_weapons_on_them",
    license=WN, retrieved=AMG.format("AMALGUM_news_chemical") + "; no captions in the copy; the lone mark that the copy stores as a fragment of its own, tagged closing, at the start of Babacar Gaye's paragraph written as the opening mark attached to 'Initially' (H1931); the copy's curly apostrophes in 'I’m alive', its single marks around 'shocking', 'was to; \"monitor', and the bracketed '[but]' and '[and to]' kept; '1,300' as in the copy",
    text='''Syrian army bombs Damascus suburbs after allegedly using chemical weapons on them
Friday, August 23, 2013
After the Syrian government denied the army used chemical weapons against the densely populated eastern Ghouta region of Damascus on Wednesday, armed forces heavily bombed the neighborhood yesterday.
Reports say anywhere between 100 and 1,300 people were killed in Wednesday's alleged chemical attack, but there are no reports of injuries or deaths in yesterday's bombings. Many of those killed appeared to be children. Some of the pictures and video coming out of the country don't show blood and dismembered bodies, but instead show, according to witnesses, those who died from apparent suffocation; some were foaming at the mouth and others were having convulsions. One video posted to YouTube purportedly shows a young girl who survived the alleged attack, yelling "I’m alive, I’m alive." At one point, according to The Washington Post, the girl even tries to convince the hospital official she is still alive.
The bombings come as United Nations observers began to arrive to investigate claims of chemical weapons use elsewhere in the nation. According to Russian officials, the Syrian government is ready to give UN observers "maximum cooperation" while they perform their investigation.
"We hope that the results will clarify the issue and will help to dispel numerous speculations around the alleged use of the Syrian chemical weapons while simultaneously creating a positive background for the moves towards the start of the political process of settlement of the Syrian crisis," Aleksandr Lukashevich, Russia's foreign minister, said yesterday. Syrian officials say the alleged chemical attack was staged and carried out by rebel forces to "draw attention to their cause" ahead of the arrival of UN observers.
Deputy Secretary-General of the UN, Jan Eliasson, called the alleged chemical attack 'shocking' and hopes the Syrian government will allow UN observers into the neighborhood as soon as possible.
"We see the need to investigate this as soon as possible; no matter what the conclusions, this represents a serious escalation with grave humanitarian and human consequences," said Eliasson who also added there is no confirmation that chemical weapons were used in Wednesday's bombing.
A previous attempt by the UN to end the violence in Syria failed. In May of 2012, a UN convoy was hit by an IED (improvised explosive device) while a human rights group reported a Syrian military attack on civilians at a nearby funeral in the town of Khan Sheikhoun in Idlib province. Later that year in August, a 300 person team left the country after their mandate expired, and was never renewed. Commander of the 2012 observation team General Babacar Gaye expressed frustration against both the Syrian armed forces and rebels for not allowing the UN to complete its mission.
"Initially the ceasefire was respected, violence decreased and we were able to do our work throughout the country, [but] by the middle of June it was clear that the parties were no longer committed to the ceasefire and the result has been an escalation in violence," said Gaye in 2012.
The UN's 2012 mandate was to; "monitor a cessation of armed violence in all its forms by all parties [and to] monitor and support the full implementation of the Joint Special Envoy of the United Nations and the League of Arab States six-point-plan." Part of the plan included both sides working and cooperating with the UN special envoy, commitment to ceasing hostilities, and the Syrian army ceasing troop and tank movements against rebels in "population centers" throughout the country.''',
    quotes=[
        Q('"I’m alive, I’m alive."', None, None),
        Q('"maximum cooperation"', None, None),
        Q('"We hope that the results', 'the Syrian crisis,"', "Aleksandr Lukashevich"),
        Q('"draw attention to their cause"', None, None),
        Q("'shocking'", None, "Jan Eliasson"),
        Q('"We see the need', 'human consequences,"', "Jan Eliasson"),
        Q('"Initially the ceasefire', 'escalation in violence,"', "Babacar Gaye"),
        Q('"monitor a cessation', 'six-point-plan."', None),
        Q('"population centers"', None, None),
    ],
    aliases={"Aleksandr Lukashevich": ["Aleksandr Lukashevich", "Russia's foreign minister"],
             "Jan Eliasson": ["Jan Eliasson", "Deputy Secretary-General of the UN", "Eliasson"],
             "Babacar Gaye": ["Babacar Gaye", "General Babacar Gaye", "Commander of the 2012 observation team General Babacar Gaye", "Gaye"]},
),
dict(
    id="wn-en-2015-02-15-police-shoot-dead-suspect-copenhagen-attacks",
    source="https://en.wikinews.org/wiki/Police_shoot_dead_suspect_in_Copenhagen_attacks",
    license=WN, retrieved=AMG.format("AMALGUM_news_copenhagen") + "; the two image captions ('Press on the scene at the cordoned-off Krudttønden. Image: Kim Bach.', 'Floral tributes outside the synagogue. Image: Kim Bach.') dropped; the copy's 'Krudttoenden' in the body, 'in[' + '...' + ']' written 'in[...]', '[' + 't]he' written '[t]he', the closing mark after 'Hebdo' before the full stop, and the closing mark that the copy stores as a fragment of its own at the end of Tony Abbott's paragraph attached to 'right.'",
    text='''Police shoot dead suspect in Copenhagen attacks
Sunday, February 15, 2015
Police in Denmark have shot dead a man they believe was responsible for two gun attacks that killed two people in Copenhagen yesterday. Police had kept a property in the Nørrebro district of the city under surveillance. When the man returned to the property, they confronted him and shot him in the ensuing fire fight.
Jorgen Skov, a police investigator, said "nothing at this point suggests there were other perpetrators" than the man shot today. Yesterday, he was allegedly involved in two shooting incidents in the city.
The first shooting took place in a café at the Krudttoenden cultural center which was hosting a discussion about blasphemy and free speech, relating to the attacks on the Charlie Hebdo magazine in Paris. Swedish artist Lars Vilks, who organised the meeting, was subjected to death threats following publication of a number of drawings of the Prophet Muhammad. Vilks' website says the event was timed to coincide with the fatwa placed on the British novelist Salman Rushdie. The event also hosted Inna Shevchenko, an activist with the feminist protest group FEMEN.
François Zimeray, France's ambassador to Denmark, attended the event. He told reporters: "They shot from the outside [and] had the same intention as Charlie Hebdo, only they didn't manage to get in[...] Intuitively I would say there were at least 50 gunshots, and the police here are saying 200. Bullets went through the doors and everyone threw themselves to the floor."
The second attack yesterday took place outside a synagogue in the Krystalgade area of Copenhagen. The attacker shot and killed, according to the local Jewish community, Dan Uzan, a 37-year-old Jewish man who was volunteering as a security guard outside the synagogue while a bat mitzvah service was held inside.
Following the attacks, police released a description and photo of the suspect: he was depicted wearing a black puffer jacket, carrying a black bag, wearing a maroon balaclava, aged between 25 and 30 with a black automatic weapon. The chief police inspector Torben Molgaard Jensen told reporters: "We assume that it's the same culprit behind both incidents."
Helle Thorning-Schmidt, the Danish Prime Minister, said yesterday: "We feel certain now that it's a politically motivated attack, and thereby it is a terrorist attack."
Lars Vilks in a statement to Associated Press said he believed the first attack was directed at him: "What other motive could there be? It's possible it was inspired by Charlie Hebdo".
World leaders have condemned the shooting. French President François Hollande described the attacks as "deplorable" and promised the Danish "full solidarity of France in this trial". British Prime Minister David Cameron tweeted: "I condemn the shootings in Copenhagen. Free speech must always be protected." British Deputy Prime Minister Nick Clegg said: "Sickened by shooting at free speech event in Copenhagen. My thoughts are with the people of the city and country."
Australian Prime Minister Tony Abbott said the Australian government "condemns the shooting at a free speech event in Copenhagen overnight" and "[t]he thoughts of all Australians are with the people of Denmark and, in particular, the family of the victim who lost his life and the police officers injured in this brutal act of terror. As with the Charlie Hebdo atrocity in Paris, the Copenhagen attack is an affront to one of our most fundamental values — freedom of speech. We stand with the people and government of Denmark in confronting this cynical attempt to undermine that fundamental right."''',
    quotes=[
        Q('"nothing at this point', 'other perpetrators"', "Jorgen Skov"),
        Q('"They shot from the outside', 'to the floor."', "François Zimeray"),
        Q('"We assume that', 'both incidents."', "Torben Molgaard Jensen"),
        Q('"We feel certain now', 'terrorist attack."', "Helle Thorning-Schmidt"),
        Q('"What other motive', 'by Charlie Hebdo"', "Lars Vilks"),
        Q('"deplorable"', None, "François Hollande"),
        Q('"full solidarity of France in this trial"', None, "François Hollande"),
        Q('"I condemn the shootings', 'always be protected."', "David Cameron"),
        Q('"Sickened by shooting', 'city and country."', "Nick Clegg"),
        Q('"condemns the shooting', 'Copenhagen overnight"', "Tony Abbott"),
        Q('"[t]he thoughts of all', 'fundamental right."', "Tony Abbott"),
    ],
    aliases={"Jorgen Skov": ["Jorgen Skov", "a police investigator"],
             "François Zimeray": ["François Zimeray", "France's ambassador to Denmark"],
             "Torben Molgaard Jensen": ["Torben Molgaard Jensen", "The chief police inspector Torben Molgaard Jensen"],
             "Helle Thorning-Schmidt": ["Helle Thorning-Schmidt", "the Danish Prime Minister"],
             "Lars Vilks": ["Lars Vilks", "Swedish artist Lars Vilks", "Vilks"],
             "François Hollande": ["François Hollande", "French President François Hollande"],
             "David Cameron": ["David Cameron", "British Prime Minister David Cameron"],
             "Nick Clegg": ["Nick Clegg", "British Deputy Prime Minister Nick Clegg"],
             "Tony Abbott": ["Tony Abbott", "Australian Prime Minister Tony Abbott"]},
),
dict(
    id="wn-en-2018-05-22-chelsea-beats-manchester-united-fa-cup",
    source="https://en.wikinews.org/wiki/Football%3A_Chelsea_beats_Manchester_United_1-0_to_win_English_FA_Cup",
    license=WN, retrieved=AMG.format("AMALGUM_news_chelsea") + "; the match-statistics box after the last paragraph (date 'May 19, 2018', score line, venue, attendance, referee, goal and booking lines) dropped; '1' + '–' + '0' in the body written '1–0' (the title's '1-0' as in the copy), '67' + '%' written '67%'; the copy's 'their eight FA Cup trophy', 'missing out the' and 'Match official Martin Oliver' kept; the bracketed ellipses '[...]' in the two managers' quotations kept",
    text='''Football: Chelsea beats Manchester United 1-0 to win English FA Cup
Tuesday, May 22, 2018
London-based football club Chelsea defeated Manchester United 1–0 at the Wembley stadium on Monday to win the English FA Cup. Belgian winger Eden Hazard, who was brought down by Manchester's Phil Jones in the penalty area, scored the only goal — a 22nd minute penalty — to win the match for The Blues as they won their eight FA Cup trophy, their first since 2012.
United had greater ball possession — 67%, twice Chelsea's. Manchester had eighteen shots, managing five on target; while the Londoners had just six shots, three on target. Early, in the first ten minutes, Hazard attempted to score a left-footed shot in the left corner, assisted by Tiemoué Bakayoko. Soon after 20 minutes on the clock, United defender Jones committed a foul on Hazard in the penalty area and was shown a yellow card. Match official Martin Oliver referred to video assistant referee and awarded Chelsea a penalty kick. Taking a short run, Hazard converted the spot-kick into a goal, sending United's goalkeeper David De Gea in the wrong direction. The first half ended in a 1–0 lead for The Blues, with Phil Jones the only one booked in that half.
In the 56th minute, United came close to equalising, but Chelsea's goalkeeper Thibaut Courtois denied Marcus Rashford the chance to level up. A couple of minutes later, Manchester United's Antonio Valencia was shown yellow. In the 63rd minute, Alexis Sanchez almost equalised for United, from Jones's assist, but was caught offside. Manchester made a double-substitution in the 73rd minute as Belgian forward Romelu Lukaku came on for Rashford and Anthony Martial replaced injured Jesse Lingard.
Spanish midfielder Juan Mata replaced Jones in the 87th minute, and Chelsea made their first substitution in the 89th minute when Álvaro Morata came on for Olivier Giroud. Hazard was replaced by Willian in the injury time, and Chelsea's Belgian goalkeeper Courtois got booked minutes before the final whistle.
This was the first domestic cup victory for the Italian manager Antonio Conte, who lost last year's FA Cup against Arsenal FC. Conte's Chelsea won the Premier League last season but finished fifth this time, missing out the UEFA Champions League qualification for next season.
After the victory, Conte said, "I'm very satisfied because today was very difficult [...] To win the FA Cup against a really strong team — a really great team like Manchester United — we must be pleased. It wasn't easy, but I'm very happy for our fans, for my players."
United's manager and former Chelsea boss José Mourinho said, "I congratulate them but I don't think they deserved to win". The Portuguese added, "Every defeat hurts, but for me personally the ones that hurt less are when you give everything and you go without any regrets. [...] I knew the opponent I was going to play against. I knew they have a compact low block with lots of physicality where they try to close everything." Manchester United finished second in the league this season, nineteen points behind their city rivals Manchester City.
FA Cup winners Chelsea earned 1.8 million British pounds prize money.''',
    quotes=[
        Q('"I\'m very satisfied', 'for my players."', "Antonio Conte"),
        Q('"I congratulate them', 'deserved to win"', "José Mourinho"),
        Q('"Every defeat hurts', 'close everything."', "José Mourinho"),
    ],
    aliases={"Antonio Conte": ["Antonio Conte", "the Italian manager Antonio Conte", "Conte"],
             "José Mourinho": ["José Mourinho", "United's manager and former Chelsea boss José Mourinho", "The Portuguese"]},
),
]
