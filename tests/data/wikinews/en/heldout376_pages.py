# Held-out English news texts (tests/data/heldout376-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5, attribution "Wikinews contributors") from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
# amalgum/news/xml, files whose <word> starts with a letter from d to h), detokenized like the heldout3-en to heldout88-en,
# heldout306-en, heldout359-en and heldout368-en AMALGUM sets: every word, digit, punctuation mark and quotation mark as
# in the copy, only the spacing between tokens restored following ordinary English typography; title = first line, date
# line = second line, then one paragraph per line following the copy's <p> elements, section headings kept as lines.
# Captions, a dateline, a match-statistics box, standings tables, a pull-quote box and an update notice dropped.
# Annotated by reading the texts, before whosaid was run on them (rules H1955-H1959 in ANNOTATION.md on top of
# H1-H1954).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"
WN = "CC BY 2.5 (Wikinews)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout376-en.jsonl

Built by `build.py` from `heldout376_pages.py`. Like heldout3-en to heldout20-en, heldout39-en, heldout42-en,
heldout82-en, heldout88-en, heldout306-en, heldout359-en and heldout368-en, these texts are English Wikinews articles
(CC BY 2.5, attribution "Wikinews contributors") taken from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
`amalgum/news/xml/AMALGUM_news_<word>.xml`, files whose `<word>` starts with a letter from d to h; found by guessing
exact file names and checking them with the `find_files` tool, read with the `read_file` tool), detokenized by hand like
those sets: every word, digit, punctuation mark and quotation mark is as in the copy (straight marks throughout), only
the spacing between tokens was restored following ordinary English typography (no space before , . ; : ? ! ) 's n't,
none after an opening mark or before a closing one; `Cryin` + `'` written `Cryin'`). Title = first line, date line =
second line, then one paragraph per line following the copy's `<p>` elements; a section heading (`Quotes`) is a line of
its own. Image captions, a dateline (`Cheonan, South Korea`), a match-statistics box, two standings tables with their
headings, a pull-quote box and an update notice were dropped; AMALGUM's own annotations (POS, lemmas, entities) were
not used for the quote annotation. None is credited to AP, Reuters, AFP or another third party (CNN, ABC, The Observer
and the Financial Times appear only as media named in the text). Six texts: the November 2007 US denials of plans to
attack Iran (file `denies`), the May 2017 dismissal of FBI director James Comey (`fbi`), Robert Gates's October 2009
request for NATO help in Afghanistan (`gates`), a 2007 U-17 World Cup match report with a quotations section
(`ghana`), the October 2009 Guinean inquiry into the killing of protesters (`guinea`) and a 2008 study dating the first
human HIV infection (`hiv`). Read for this set and skipped: `georgia` (a 2007 Rugby World Cup round-up with result
boxes, no quotation), `google` (the 2017 SHA-1 collision, no quotation), `guantanamo` (a detainee's death, only one
quoted list of names), `hostages` (a Wikinews Shorts page with source lists, no quotation in the body); about forty
other guessed names (`earthquake`, `election`, `haiti`, `greenpeace`, `hezbollah`, `fatah`, `execution`, `hurricane`,
`greece`, `harper`, `hospital`, `ethiopia`, `doctors`, `dalai`, `gaddafi`, `gordon`, `hillary`, ...) do not exist in
the copy, and the d-h names used by earlier sets (`dakar`, `darfur`, `debate`, ..., `hijackers`, `hoped`,
`humanitarian`) were not taken.
None of the six is in an earlier set: checked by AMALGUM file name (`AMALGUM_news_denies`, `_fbi`, `_gates`, `_ghana`,
`_guinea`, `_hiv` in no module of tests/data), by URL and title, and by the speakers' names and distinctive phrases
(`Brose`, `not in the offing`, `defies logic`, `Cryin`, `draintheswamp`, `usurp the attorney`, `menu of options`,
`Sellas Tetteh`, `We were magnificent in the first half`, `Dufka`, `uncontrollable elements`, `Worobey`: no hit; the
Germany coach Heiko Herrlich also speaks in the heldout368-en match report, about another match), grepped in tests/data
of the main checkout and of every other helper's worktree.
The annotation (rules H1955–H1959 in `ANNOTATION.md` on top of H1–H1954) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2007-11-13-us-denies-plans-attack-iran",
    source="https://en.wikinews.org/wiki/US_denies_plans_for_attack_on_Iran_amid_report_of_hunt_for_evidence_against_Iran",
    license=WN, retrieved=AMG.format("AMALGUM_news_denies") + "; no captions in the copy; the copy's first sentence ending on 'D.C.' with no further full stop, 'British based newspaper', 'Foreign Minister of Germany, Joschka Fischer said' and the ellipses ('jail... you know', 'nuclear weapon... the military option') kept; the paragraph the copy opens with a mark printed as a fragment of its own and tagged as closing ('There is nothing ...') written with that mark attached to the first word as an opening mark (as H1931)",
    text='''US denies plans for attack on Iran amid report of hunt for evidence against Iran
Tuesday, November 13, 2007
A top US commander said yesterday that the United States is not planning a preemptive attack on Iran despite increasing rhetoric from Washington, D.C. The United States Secretary of State Condoleezza Rice also denied that an attack was imminent, stating that there is no Congressional authorization for military action against Iran.
The denials came as The Observer ran a report saying that US personnel involved in interrogating insurgents in Iraq are under "huge" pressure to find evidence against Iran. It quoted Micah Brose, a privately contracted interrogator working for the US military there, as saying that information on Iran is "gold".
"They push a lot for us to establish a link with Iran", Brose claimed in the interview, adding that "it feels a lot like, if you get something and Iran's not involved, it's a let down." He further claimed that people have said to him that "they're really pushing the Iran thing." Brose denied being asked to manufacture evidence, but stated that "if a detainee wants to tell me what I want to hear so he can get out of jail... you know what I'm saying."
The US has in the past been accused of using exaggerated and fabricated evidence to build its case against Iraq prior to the war.
The article by the British based newspaper said most military intelligence officers refused to comment but that one said "The message is, 'Got to find a link with Iran, got to find a link with Iran.' It's sickening."
On Monday, Admiral William J. Fallon, the commanding officer of United States Central Command which is responsible for the Middle East, East Africa and Central Asia, speaking in Financial Times, said that a strike against Iran is "not in the offing."
"None of this is helped by the continuing stories that just keep going around and around and around that any day now there will be another war which is just not where we want to go," Fallon continued. "Getting Iranian behavior to change and finding ways to get them to come to their senses and do that is the real objective. Attacking them as a means to get to that spot strikes me as being not the first choice in my book." Despite saying this, he refused to rule out a strike against Iran in the future.
Meanwhile, US Secretary of State Condoleezza Rice was on ABC's This Week on Sunday, saying that a Senate resolution designating Iran's Islamic Revolutionary Guard as a terrorist organization does not authorize military action.
"There is nothing in this particular resolution that would suggest that from our point of view. And, clearly, the president has also made very clear that he's on a diplomatic path where Iran comes into focus," Rice said.
"This resolution is saying that there needs to be strong measures taken against Iran, which we have definitely done," Rice continued. "And if the Iranians suspend their enrichment and reprocessing, I'm prepared to meet my counterpart anyplace, anytime, anywhere. So the question isn't why will we not talk to Tehran. The question is, why will Tehran not talk to us?"
Senator Hillary Clinton, who is running for President, voted for the resolution. She has said that the resolution could not be used to justify war, but rather it seeks to escalate diplomatic efforts. "We wish to emphasize that no congressional authority exists for unilateral military action against Iran," she said in an open letter on November 1, 2007.
Last week, former Foreign Minister of Germany, Joschka Fischer said that he was worried that the upcoming US Presidential election could heighten tensions between the US and Iran. He found particularly worrisome a statement by Presidential candidate Rudy Giuliani in October that "If I am President of the United States, I guarantee you, we will never find out what they will do if they get nuclear weapons, because they are not going to get a nuclear weapon... the military option is not off the table."''',
    quotes=[
        Q('"huge"', None, "The Observer"),
        Q('"gold"', None, "Micah Brose"),
        Q('"They push a lot', 'link with Iran"', "Micah Brose"),
        Q('"it feels a lot like', 'a let down."', "Micah Brose"),
        Q('"they\'re really pushing the Iran thing."', None, None),
        Q('"if a detainee wants', 'what I\'m saying."', "Micah Brose"),
        Q('"The message is,', 'It\'s sickening."', None),
        Q('"not in the offing."', None, "William J. Fallon"),
        Q('"None of this is helped', 'want to go,"', "William J. Fallon"),
        Q('"Getting Iranian behavior', 'in my book."', "William J. Fallon"),
        Q('"There is nothing in this', 'comes into focus,"', "Condoleezza Rice"),
        Q('"This resolution is saying', 'definitely done,"', "Condoleezza Rice"),
        Q('"And if the Iranians', 'talk to us?"', "Condoleezza Rice"),
        Q('"We wish to emphasize', 'against Iran,"', "Hillary Clinton"),
        Q('"If I am President', 'off the table."', "Rudy Giuliani"),
    ],
    aliases={"The Observer": ["The Observer", "the British based newspaper"],
             "Micah Brose": ["Micah Brose", "Brose", "a privately contracted interrogator working for the US military there"],
             "William J. Fallon": ["Admiral William J. Fallon", "William J. Fallon", "Fallon", "the commanding officer of United States Central Command", "A top US commander"],
             "Condoleezza Rice": ["Condoleezza Rice", "The United States Secretary of State Condoleezza Rice", "US Secretary of State Condoleezza Rice", "Rice"],
             "Hillary Clinton": ["Hillary Clinton", "Senator Hillary Clinton"],
             "Rudy Giuliani": ["Rudy Giuliani", "Presidential candidate Rudy Giuliani"]},
),
dict(
    id="wn-en-2017-05-11-trump-fires-fbi-director-comey",
    source="https://en.wikinews.org/wiki/President_Trump_fires_FBI_Director_James_Comey%2C_raising_questions_about_Russia_investigation",
    license=WN, retrieved=AMG.format("AMALGUM_news_fbi") + "; the image caption ('James Comey with predecessor Robert S. Mueller and then-President Barack Obama. / Image: US Federal Government.') dropped; the closing notice 'This story has updates / See Changing position, President Trump says FBI Director Comey was fired over Russia investigation, showboating, May 13, 2017' dropped as navigation; the copy's 'told CNN reporter Dana Bash the President's office' (no punctuation between its two sentences), 'unlikey', '[Clinton]' and '[...]' kept; the mark the copy attaches to the end of the sentence '... charged with a crime.' and tags as closing written as the opening mark of Rosenstein's quotation that follows (H1956); 'Cryin' + the apostrophe written 'Cryin''; Trump's introduction 'via tweet:' and the two tweets kept in one paragraph, as in the copy's <p>",
    text='''President Trump fires FBI Director James Comey, raising questions about Russia investigation
Thursday, May 11, 2017
On Tuesday, U.S. President Donald Trump dismissed James Comey from his position as head of the Federal Bureau of Investigation (FBI). Officially, Comey was fired for mishandling the issue with former presidential candidate Hillary Clinton's alleged misuse of private email servers, but Senate Democrats and the American Civil Liberties Union (ACLU) have raised concerns over whether the real reason may have been that Comey was leading the investigation into the Trump campaign's alleged ties to Russia and possible tampering with the election that placed Trump in high office.
CNN reports a source within the White House told CNN reporter Dana Bash the President's office gave this reason intending to avoid controversy because many Democrats have also criticized Comey for mishandling the Clinton case, and some have blamed him for Clinton losing the election. Specifically, recently confirmed Deputy U.S. Attorney General Rod Rosenstein released a memo criticizing Comey's statements in a July 2016 press conference, in which he called Hillary Clinton "extremely careless" for using private email servers to transmit government information but said she would not be charged with a crime. "The director was wrong to usurp the attorney general's authority on 5 July 2016, and announce his conclusion that the [Clinton] case should be closed without prosecution. [...] Compounding the error, the director ignored another longstanding principle: we do not hold press conferences to release derogatory information about the subject of a declined criminal investigation," wrote Rosenstein.
"It simply defies logic that President Trump, who made the FBI investigation of Hillary Clinton's emails a centerpiece of his campaign, would all of the sudden convert to the view that Clinton was treated unfairly," said Democratic Senator Christopher S. Murphy. CNN legal analyst Jeffrey Toobin rejected it as "absurd." He went on to compare it to the dismissal of Archibald Cox during the Watergate scandal.
Anthony Romero of the ACLU also expressed concern: "The independence of the FBI director is meant to ensure that the president does not operate above the law. For President Trump to fire the man responsible for investigating his own campaign's ties to the Russians imperils that fundamental principle."
Most Republicans agreed with Trump's decision. Senator Chuck Grassley said, "The handling of the Clinton email investigation is a clear example of how Comey's decisions have called into question the trust and political independence of the FBI." However, Republican Representative Justin Amash referred to the rationale behind the dismissal as "bizarre" and said that he and his staff would look into laws that might allow the establishment of an independent commission to continue the Russia investigation. Such a commission has also been called for by Republican Senator John McCain and Democratic Senator Bob Casey.
Minority leader Chuck Schumer said, "If deputy attorney general Rosenstein does not appoint an independent special prosecutor, every American will rightly suspect that the decision to fire director Comey was part of a cover-up."
Schumer was one of several Senate Democrats to ask for a special prosecutor or special counsel. Others, expressing themselves both by Tweet and traditional television interviews, Tim Kaine of Virginia, Jeff Merkley of Oregon, and Cory Booker of New Jersey. However, special prosecutors are appointed by the U.S. Attorney General, in this case Jeff Sessions who recused himself from any further involvement in the investigation into the Trump campaign's ties to Russia. According to ABC News chief legal analyst Dan Abrams, the responsibility would then fall to a deputy, who would be unlikey to act except in response to pressure from Congress.
President Trump responded, as is his custom, via tweet: "Cryin' Chuck Schumer stated recently, 'I do not have confidence in him (James Comey) any longer.' Then acts so indignant. #draintheswamp" and "The Democrats have said some of the worst things about James Comey, including the fact that he should be fired, but now they play so sad!"
Deputy Director Andrew McCabe is to serve as acting head of the FBI until a replacement is confirmed.''',
    quotes=[
        Q('"extremely careless"', None, "James Comey"),
        Q('"The director was wrong', 'criminal investigation,"', "Rod Rosenstein"),
        Q('"It simply defies logic', 'treated unfairly,"', "Christopher S. Murphy"),
        Q('"absurd."', None, "Jeffrey Toobin"),
        Q('"The independence of the FBI', 'fundamental principle."', "Anthony Romero"),
        Q('"The handling of the Clinton', 'of the FBI."', "Chuck Grassley"),
        Q('"bizarre"', None, "Justin Amash"),
        Q('"If deputy attorney general', 'of a cover-up."', "Chuck Schumer"),
        Q('"Cryin\' Chuck Schumer', '#draintheswamp"', "Donald Trump"),
        Q('"The Democrats have said', 'play so sad!"', "Donald Trump"),
    ],
    aliases={"James Comey": ["James Comey", "Comey", "director Comey", "FBI Director James Comey"],
             "Rod Rosenstein": ["Rod Rosenstein", "Deputy U.S. Attorney General Rod Rosenstein", "Rosenstein", "deputy attorney general Rosenstein"],
             "Christopher S. Murphy": ["Christopher S. Murphy", "Democratic Senator Christopher S. Murphy"],
             "Jeffrey Toobin": ["Jeffrey Toobin", "CNN legal analyst Jeffrey Toobin"],
             "Anthony Romero": ["Anthony Romero"],
             "Chuck Grassley": ["Chuck Grassley", "Senator Chuck Grassley"],
             "Justin Amash": ["Justin Amash", "Republican Representative Justin Amash"],
             "Chuck Schumer": ["Chuck Schumer", "Minority leader Chuck Schumer", "Schumer"],
             "Donald Trump": ["Donald Trump", "U.S. President Donald Trump", "President Trump", "Trump"]},
),
dict(
    id="wn-en-2009-10-22-gates-seek-extra-aid-afghanistan",
    source="https://en.wikinews.org/wiki/US_Defense_Secretary_Gates_to_seek_extra_aid_for_Afghanistan",
    license=WN, retrieved=AMG.format("AMALGUM_news_gates") + "; the image caption ('File photograph of Robert Gates in 2006') dropped; the paragraph the copy opens with a mark printed as a fragment of its own and tagged as closing ('This is an alliance issue ...') written with that mark attached to the first word as an opening mark (as H1931); the bracketed '[runoff]' kept",
    text='''US Defense Secretary Gates to seek extra aid for Afghanistan
Thursday, October 22, 2009
US Defense Secretary Robert Gates flew to Slovakia on Wednesday, to ask NATO defense ministers to help the United States respond to the request for more resources made by the US and NATO commander in Afghanistan, General Stanley McChrystal.
Gates told reporters on his aircraft that he believed it makes sense to have these talks now, because he said the effort to stabilize and develop Afghanistan is a NATO mission, not just one for the US.
"This is an alliance issue and my view all along has been we ought to do this in a way that if General McChrystal has an additional set of needs, it should not be looked upon as exclusively the responsibility of the United States to respond," the defense secretary remarked.
Gates said that since the NATO summit last spring he has seen "more energy and more commitment" among NATO nations to doing what is necessary to succeed in Afghanistan. He described current consultations with NATO allies as "intense." General McChrystal says the allied effort could fail to prevent a militant takeover in Afghanistan unless he is given more resources. In a secret request, he is believed to be asking for 40,000 or more additional troops, on top of 68,000 U.S. and nearly 40,000 coalition troops already there. President Barack Obama is expected to decide on any additional US deployment soon.
Gates added that he wanted his NATO counterparts to consider what additional commitments they can also make to help reverse gains made by the Taliban and similar groups in recent years.
"My hope is that we can have a serious discussion about how things have changed in Afghanistan since last spring, and a way forward in which the alliance can share these responsibilities and work with the Afghan government to move the situation in a more positive direction," he said.
But the secretary noted that all contributions to the Afghanistan effort do not have to be military. He said he headed for Bratislava with a "menu of options" for allies to consider, and that much of the capability General McChrystal wanted is not controversial, such as civilian assistance, training, and financing for development projects.
Speaking early on Thursday during a visit to South Korea, Gates also welcomed the decision to hold a runoff to decide the Afghan presidential election, saying all nations involved have an interest in a smooth process to provide the winning candidate with as much legitimacy as possible.
"I think virtually all of the nations that increased their troop presence to provide security for the elections in August have kept those forces there and so are in a position to try and, along with their Afghan Army and police counterparts, provide as good a security as possible for the [runoff] elections," he said.
Gates, however, noted that will not end problems of corruption and weak governance in Afghanistan. He said the international community will still have much work to do with any new government in Kabul to provide the kind of stability, security and services that will have a chance of convincing the Afghan people to support the government, rather than the militants of the Taliban and al-Qaida.''',
    quotes=[
        Q('"This is an alliance issue', 'States to respond,"', "Robert Gates"),
        Q('"more energy and more commitment"', None, "Robert Gates"),
        Q('"intense."', None, "Robert Gates"),
        Q('"My hope is that', 'positive direction,"', "Robert Gates"),
        Q('"menu of options"', None, "Robert Gates"),
        Q('"I think virtually all', '[runoff] elections,"', "Robert Gates"),
    ],
    aliases={"Robert Gates": ["Robert Gates", "US Defense Secretary Robert Gates", "Gates", "the defense secretary", "the secretary"]},
),
dict(
    id="wn-en-2007-08-23-u17-world-cup-ghana-vs-germany",
    source="https://en.wikinews.org/wiki/2007_FIFA_U-17_World_Cup%3A_Ghana_vs._Germany",
    license=WN, retrieved=AMG.format("AMALGUM_news_ghana") + "; the dateline 'Cheonan, South Korea' after the date dropped; the match-statistics box (score, attendance, goalscorers, bookings) and the 'Standings' / 'Group F' / 'Standings for Top 4 3rd place teams' headings with their tables dropped as navigation; the heading 'Quotes' kept as a line; each speaker's bold name line with role and colon kept at the start of his quotation's paragraph, as the copy puts both in one <p> (as H1930); the copy's '3-2..' and '1st hit the post' kept",
    text='''2007 FIFA U-17 World Cup: Ghana vs. Germany
Thursday, August 23, 2007
Germany have qualified for a place in the Round of 16 at the 2007 FIFA U-17 World Cup by defeating Ghana 3-2 in their 2nd Group F match at the Cheonan Sports Complex today.
The Germans put the Africans under pressure from the first whistle and were rewarded for their positive attitude by a 5th minute goal from Sascha Bigalke. The outstanding playmaker Bayern Munich's Toni Kroos increased Germany's lead in the 12th minute when his free-kick from 20 yards out 1st hit the post before bouncing in off Ghana keeper Joseph Addo. Kroos made it 3-0 for Germany in the 27th minute after a through ball from Bigalke.
Ransford Osei and Sadick Adams got a goal a piece in the 52nd minute and 53rd minute respectively to make it 3-2..
Germany's Konstantin Rausch was shown a red card in the 2nd half, but they held on for the win.
Quotes
Heiko Herrlich (GER), Germany coach: "We were magnificent in the first half. We could have scored five or six against a team of the calibre of Ghana. We just had that little bit of luck in the end, but even when we were down to ten men, the boys fought for each other. When you look at the game as a whole, I think it was a more than deserved win, despite the tight finish. Toni Kroos led the team superbly and took on more responsibility when we went down to ten men. He is a true captain."
Sellas Tetteh Teivi (GHA), Ghana coach: "Of course we are disappointed. In the second half, we showed the form we were aiming for in the first half. We definitely need to talk about that and change it for the future. We have to win our last game against Colombia now. If we get a second win we'll definitely reach the Round of 16."
Toni Kroos (GER), Germany midfielder: "We played fantastic football in the first 20 minutes and created a lot of chances. After getting into such a good position, we were then focusing on not conceding a goal. The two goals right at the start of the second half threw us off our game, but we'd got back on track again by the end."
Sadick Adams (GHA), Ghana forward: "We are very disappointed. We were determined to win this game, but we couldn't find our form in the first half. It was a great comeback in the second half, but it just wasn't enough. We really need to win our last game now. We have certainly learned a lot from this match."''',
    quotes=[
        Q('"We were magnificent', 'a true captain."', "Heiko Herrlich"),
        Q('"Of course we are', 'Round of 16."', "Sellas Tetteh Teivi"),
        Q('"We played fantastic', 'by the end."', "Toni Kroos"),
        Q('"We are very disappointed', 'from this match."', "Sadick Adams"),
    ],
    aliases={"Heiko Herrlich": ["Heiko Herrlich", "Germany coach"],
             "Sellas Tetteh Teivi": ["Sellas Tetteh Teivi", "Ghana coach"],
             "Toni Kroos": ["Toni Kroos", "Bayern Munich's Toni Kroos", "Kroos", "Germany midfielder"],
             "Sadick Adams": ["Sadick Adams", "Ghana forward"]},
),
dict(
    id="wn-en-2009-10-08-guinea-investigation-killing-protestors",
    source="https://en.wikinews.org/wiki/Guinea_to_launch_investigation_into_killing_of_protestors",
    license=WN, retrieved=AMG.format("AMALGUM_news_guinea") + "; the image (a portrait of Dadis Camara, no caption text in the copy) dropped; the sentence the copy places after the image outside any <p> ('Captain Camara has blamed both ...') kept as a paragraph of its own; 'September 28' as in the copy",
    text='''Guinea to launch investigation into killing of protestors
Thursday, October 8, 2009
Guinea's military government has said that it is launching what it calls an independent investigation into last week's killing of opposition demonstrators by security forces. Military ruler Captain Moussa Dadis Camara told state television that the commission of inquiry is his government's response to calls from the international community, political opponents, and local human rights groups to prosecute those responsible for last Monday's violence.
A Justice Ministry statement said that the commission will include members of the ruling military council, political parties, trade unions, civil society groups, human rights organizations, lawyers, judges, and university professors.
In all, the military government said 31 people will investigate what happened when security forces opened fire on opposition demonstrators at Conakry's main sports stadium. Human rights groups say at least 157 people were killed in the clashes. The military says 57 people were killed, most in the crush of protesters fleeing the stadium.
Captain Camara has blamed both "uncontrollable elements" of the military and political opponents who he said should not have staged an illegal protest.
Opposition leaders say they will not join proposed regional efforts to mediate the crisis unless Captain Camara resigns and his military council is dissolved.
There was no immediate word on whether opposition groups would take part in the military government's probe into the killings last week.
The Economic Community of West African States says it is organizing a regional investigation involving both the United Nations and the African Union.
Human Rights Watch says that is an "excellent move." But it also supports Guinea's own inquiry into the events of September 28.
"You could have up to 150 or even more murders of mostly peaceful demonstrators. Not to mention the horrific sexual abuse that happened against an unknown number of women and other abuses that were happening including theft and looting and so on," said Corinne Dufka, head of the Human Rights Watch operations in West Africa. "This was done by all accounts by members of the security forces. They need to be held accountable."
Dufka said the volume of photographic evidence of sexual assaults against women at the protest should be front and center in any investigation. "You see security forces from a number of different corps," said Dufka. "You have members of the presidential guard. You have what appear to be members of the military, the police, and the gendarmerie. So right there you have a number of people who are responsible."
The demonstrators were protesting Captain Camara's expected run for the presidency. He has not yet formally announced his candidacy, but has told supporters that he will not insult them by ignoring their demands that he run.
The African Union suspended Guinea following Captain Camara's December coup. The AU said it will sanction him later this month unless he makes clear that he will not be a candidate in elections scheduled for January.''',
    quotes=[
        Q('"uncontrollable elements"', None, "Moussa Dadis Camara"),
        Q('"excellent move."', None, "Human Rights Watch"),
        Q('"You could have up to', 'and so on,"', "Corinne Dufka"),
        Q('"This was done by all', 'held accountable."', "Corinne Dufka"),
        Q('"You see security forces', 'different corps,"', "Corinne Dufka"),
        Q('"You have members of', 'who are responsible."', "Corinne Dufka"),
    ],
    aliases={"Moussa Dadis Camara": ["Moussa Dadis Camara", "Military ruler Captain Moussa Dadis Camara", "Captain Camara"],
             "Human Rights Watch": ["Human Rights Watch"],
             "Corinne Dufka": ["Corinne Dufka", "Dufka", "head of the Human Rights Watch operations in West Africa"]},
),
dict(
    id="wn-en-2008-10-04-study-first-human-hiv-infection",
    source="https://en.wikinews.org/wiki/Study_estimates_first_human_HIV_infection_100_years_ago",
    license=WN, retrieved=AMG.format("AMALGUM_news_hiv") + "; the pull-quote box (the bold sentences 'HIV is one of these pathogens ... living on the edge of extinction. It means there are things ... chance of spreading.' without marks, repeated from the body, and its credit line '— Michael Worobey, University of Arizona in Tucson') dropped as in the main set; 'Léopoldville' as in the copy",
    text='''Study estimates first human HIV infection 100 years ago
Saturday, October 4, 2008
An eight year study, published in scientific journal Nature, claims the HIV-1 virus that leads to AIDS could have infected humans around 1908 in Africa. Scientists found traces of the HIV-1 genome collected in 1960 from a woman who lived in Léopoldville, presently called Kinshasa, the capital of the Democratic Republic of the Congo. An earlier study had also isolated the virus from a 1959 blood sample of a male from Léopoldville. Study of both the samples and estimate of the rate at which the virus mutates over time has led the researchers to conclude that the human strain could have been around for 100 years.
The study, co-sponsored by the National Institute of Allergy and Infectious Diseases (NIAID), part of the U.S. National Institutes of Health, was carried out by Michael Worobey of the University of Arizona in Tucson, Arizona and colleagues from the United States, France, Belgium, Australia, Democratic Republic of the Congo and Denmark.
Earlier estimates of this nature had indicated the first infection in humans occurred between 1915 and 1941. The present study pushes the date of the infection back to sometime between 1884 and 1924, with a more focused estimate at 1908. Earlier studies have suggested that HIV-1 virus was spread from chimpanzees to humans in Cameroon.
"Now, for the first time, we have been able to compare two relatively ancient HIV strains. That helped us to calibrate how quickly the virus evolved and make some really robust inferences about when it crossed into humans, how the epidemic grew from that time, and what factors allowed the virus to enter and become a successful human pathogen," Dr. Worobey said.
"HIV is one of these pathogens that you could almost think of as living on the edge of extinction," Worobey continued. He believes that had HIV not been carried to a city, it may not have survived the jump to humans.
"It means there are things we could do to actually make it so that it doesn't have a chance of spreading," Worobey said.
The first human infection could have happened around the time when the colonial cities were established in Africa. Rapid urbanization in colonial Africa around the beginning of the twentieth century may be responsible for the spread of the AIDS pandemic. It is estimated that several thousand people were infected by the 1960s. Today, HIV infection is reported in 33 million people and has killed 25 million. Researchers opine that an understanding of the origin and pathways for human infection of the virus could help in developing a vaccine to fight it.''',
    quotes=[
        Q('"Now, for the first time', 'human pathogen,"', "Michael Worobey"),
        Q('"HIV is one of these', 'edge of extinction,"', "Michael Worobey"),
        Q('"It means there are things', 'chance of spreading,"', "Michael Worobey"),
    ],
    aliases={"Michael Worobey": ["Michael Worobey", "Dr. Worobey", "Worobey"]},
),
]
