# Held-out English news texts (tests/data/heldout96-en.jsonl), none of them used in an earlier set. Full posts of Global
# Voices in English (globalvoices.org and its older address globalvoicesonline.org, CC BY 3.0, attribution "Global
# Voices"), 2005-2007, taken from stored web pages (the `pages` search corpus): six daily or regional blog roundups of 2005
# (the world blog roundups of 4 May and 12 May, the global blog roundups of 14, 17 and 21 June, the Middle East & North
# Africa roundup of 4 July), the 'Voices from Zimbabwe and the Great Lakes' roundup of 18 July 2006, the 'Landing at the
# Iraqi Blogodrome' column of 31 July 2006 and the brief 'Egypt: open war on bloggers' of 8 May 2007. They quote bloggers
# on elections (Iran 2005, Lebanon, DR Congo 2006), protests (Bahrain, Egypt), media freedom (the arrests of Egyptian
# bloggers) and war (Iraq). Two are in the site's print version (the header line '- Global Voices - https://globalvoices.org
# -' and the 'Categories:' line dropped, the link markers '[1]' kept as stored, as in heldout32-en). Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# Photo credits and captions ('Photography by KatieW', 'Picture via Sotho, ...'), reader comments and comment counts are
# dropped; a section heading whose only paragraph is cut is dropped with it; wording, spelling ('Bahranini', 'seperatists',
# 'Malaysiaand', 'candiates', 'contempletes'), spacing inside paragraphs, line breaks inside a paragraph as stored and
# quotation marks (including closing marks typed as opening marks, '... office“', '... anything. “') are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H650-H655 in ANNOTATION.md on top of H1-H604).
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"
PRINT = "; Global Voices print version: the header line '- Global Voices - https://globalvoices.org -' and the 'Categories: ...' line dropped, the link markers '[1]' kept as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout96-en.jsonl

Built by `build.py` from `heldout96_pages.py`. Like heldout32-en and heldout59-en, these texts are full posts of Global
Voices in English (globalvoices.org and its older address globalvoicesonline.org; CC BY 3.0, attribution "Global Voices"),
not list pages of teasers, taken from stored web pages (the `pages` search corpus), none of them used in a set above: six
blog roundups of 2005 (the world blog roundups of 4 and 12 May, the global blog roundups of 14, 17 and 21 June, the Middle
East & North Africa roundup of 4 July), 'Voices from Zimbabwe and the Great Lakes' of 18 July 2006, 'Landing at the Iraqi
Blogodrome' of 31 July 2006 and 'Egypt: open war on bloggers' of 8 May 2007, on elections, protests, media freedom and war
as seen by bloggers. Two are in the site's print version (header and 'Categories:' lines dropped, link markers kept). The
stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page).
Photo credits, captions and reader comments were dropped; wording and quotation marks are as stored. None of these pages is
used in any set above (checked by URL, by title, by the names of their bloggers and by 8-word overlap with every existing
text: no shared 8-word sequence). Full posts with at least two quotations in complete paragraphs are rare in the stored
copies: about twenty one-quotation briefs of 2006-2014, topic, tag, day and 'Quick Reads' list pages, feed aggregators and
mirrors, and the 'Global Voices Digest' pages on globalvoices.wordpress.com were skipped. The annotation (rules H650–H655 in
`ANNOTATION.md` on top of H1–H604) was committed before whosaid was first run on these texts, so the first score is a blind
one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-2005-05-04-wednesday-world-blog-roundup",
    source="https://globalvoices.org/2005/05/04/wednesday-world-blog-roundup-3/",
    license=GV, retrieved=PAGES + " (Global Voices, 4 May 2005; the line 'Found in' and the lost link name before 'reports that Uzbekistan' kept as stored; the last paragraph, cut after its first letter 'O' in the stored copy, dropped)",
    text='''Wednesday World Blog Roundup
Middle East:
Chan'ad Bahraini has a series of good photos and a long blog post about Tuesday's demonstration in front of Bahrain's Ministry of Information. He says 40-50 people gathered to oppose the ministry's decision to press charges against three moderators of the online forum, one of whom is also a blogger. Chan'ad reports that most people who run online forums as well as most Bahraini bloggers are against the new government regulation requiring all website owners to register.
“From Cairo With Love” has some thoughts on the relationship between blogging and political reform in Egypt.
Beirut Spring says Lebanon has its own “Howard Dean.”
“Free Thoughts on Iran” talks about election hype.
Iraq the Model and Mesopotamian have strong views on how to interpret the latest terrorist bombings.
Central Asia:
Another Irani Online translates a Persian blog post written by a young Afghan man writing from his native Kabul who asks: “When the system and the foundations of the government is based on false promises and threats, then what can you expect from that government?” Neither the Afghan blogging in Persian nor the Irani Online have much good to say about the Karzai regime, the way the Americans have handled Afghanistan's post-Taliban era, or about the way in which Afghanistan seems to have been forgotten in the news. (via Afghan Lord)
Afghan Warrior reports on concerns that Taliban prisoners released from U.S. custody will re-engage in a war against the Afghan government.
Found in
Burka Band turned up today in the Afghanistan feed, which is one of the many feeds we are subscribing to in the Global Voices aggregator.  Through Technorati I then found this blog post about "Afghanistan's Greatest Girl Band," which includes MP3 clips of their cover song, "Burka Blue (MP3)."
…And to continue on the counter-intuitive line of reporting from Central Asia, reports that Uzbekistan will soon get blackberry pager service.''',
    quotes=[
        Q('“From Cairo With Love”', None, None),
        Q('“Howard Dean.”', None, "Beirut Spring"),
        Q('“Free Thoughts on Iran”', None, None),
        Q('“When the system', 'from that government?”', None),
        Q('"Afghanistan\'s Greatest Girl Band,"', None, None),
        Q('"Burka Blue (MP3)."', None, None),
    ],
),
dict(
    id="gv-en-2005-05-12-thursday-world-blog-roundup",
    source="https://globalvoices.org/2005/05/12/thursday-world-blog-roundup-3/",
    license=GV, retrieved=PAGES + " (Global Voices, 12 May 2005; the picture caption 'Picture via Sotho, drawn by 13-year old McGlen of Johannesburg, South Africa. He wants to be a veterinarian. Courtesy Creative Connections.' dropped; the closing mark typed as an opening mark after a space in Brooding Persian's '... anything. “' kept as stored; the last paragraph 'A Free Iraqi recounts his personal experience with citizen journal...', cut in the stored copy, dropped)",
    text='''Thursday World Blog Roundup
Thinkers Room says it shouldn't be this hard.
Afromusing thinks Kenya needs a “hygrid.”
Special Blog Coverage: Iranian Presidential elections:
Mr. Behi thinks U.S. pressure on Iran over nuclear weapons at this moment will make an illiberal election outcome more likely. He's no big Rafsanjani fan, either.
Iranian Prospect also discusses the relationship between the elections and the nuclear issue. He has another post about Mojtaba Saminejad, a jailed Iranian blogger, a jailed researcher, and how this all ties in with election politics.
Brooding Persian has a colorful account of the candiates who have registered so far, including “a 72 year old milkman from a principality far from Tehran who made an impression on the reporters with his open zipper during the registrations and he appears quite charming as he frankly admitted to having no place to sleep over the night at in Tehran.” He then complains about foreign analyists who comment on Iranian politics, claiming to know what “Iranians want.” He broods: “No two Iranians I know can ever agree on much of anything. “
New Blog alert: OpenDemocracy has a new Iran-focused group blog, Iranscan. The authors include bloggers from inside and outside Iran.
It would be interesting to know what bloggers in Iran think of this post on “Regime Change Iran.”
Iraq The Model links to pictures and info from an Arabic-language Iraqi blog about artefacts confiscated by a Syrian officer who was attempting to smuggle them out of Iraq.
Omar also links to this blog post about the Baghdad softball team.
Frustrated with Iraq's unreliable phone network which makes it hard to blog regularly, Ibn Alrafidain asks some tough questions about the way his fellow countrymen approach democracy.''',
    quotes=[
        Q('“hygrid.”', None, "Afromusing"),
        Q('“a 72 year old milkman', 'at in Tehran.”', "Brooding Persian"),
        Q('“Iranians want.”', None, "Brooding Persian"),
        Q('“No two Iranians', 'anything. “', "Brooding Persian"),
        Q('“Regime Change Iran.”', None, None),
    ],
),
dict(
    id="gv-en-2005-06-14-tuesday-global-blogs-roundup",
    source="https://globalvoices.org/2005/06/14/tuesday-global-blogs-roundup/",
    license=GV, retrieved=PAGES + " (Global Voices, 14 June 2005; the photo credit 'Photograph by Martin Sercombe' dropped; the last paragraph 'The Zimbabwean Pundit analyzes why the general strike called for last week flopped. ... The answ...', cut in the stored copy, dropped)",
    text='''Tuesday Global Blogs Roundup
The Middle East
Hoder reports that the mood at the headquarters of Iranian presidential candidate Moin is quite upbeat in the wake of recently-released polls. He also asks that his visit not be blogged about in Persian for safety reasons.
More fallout from the recent Lebanese parliamentary elections: Beirut Spring profiles General Aoun, tagging him “a natural”; Raja at Lebanese Bloggers looks at the root causes of his victory.
Crossroads Arabia points to a BBC piece that interviews young Saudi women about their lives in the kingdom.
Omar from Iraq The Model talks about his brush—and subsequent disappointment—with the BBC: they interviewed extensively, by both phone and email, him for a piece called “One Day in Iraq”, yet subsequently failed to include him in the finished piece.
The Kenya Democracy Project posts a lengthy, illustrated analysis of the debt relief package that manages to tie Clint Eastwood westerns together with the work of economist Joseph Stiglitz.
South African President Thabo Mbeki fired deputy president Jacob Zuma today. The popular Zuma, who had been Mbeki’s heir apparent, had been implicated, though not charged, in a corruption scandal. South African blogs have been impressed and surprised by Mbeki’s decision. Commentary.co.za says “It was the smart decision as well as the morally correct one. And Mbeki deserves credit for it.”. Politics.za suggests that the firing was a message by Mbeki to the ANC membership.
Sokawanele has quietly collected a list of abuses and “assaults on freedom and dignity” in Zimbabwe, including police, in search of foreign currency, performing body searches on civilians. The blog also reports on the fuel crisis; apparently fuel tankers are not being allowed to drop off their cargo.''',
    quotes=[
        Q('“a natural”', None, "Beirut Spring"),
        Q('“One Day in Iraq”', None, None),
        Q('“It was the smart decision', 'credit for it.”', "Commentary.co.za"),
        Q('“assaults on freedom and dignity”', None, "Sokawanele"),
    ],
),
dict(
    id="gv-en-2005-06-17-friday-global-blog-roundup",
    source="https://globalvoicesonline.org/2005/06/17/friday-global-blog-roundup-3/",
    license=GV, retrieved=PAGES + " (Global Voices at its older address globalvoicesonline.org, 17 June 2005; the photo credit 'Photography by KatieW' dropped; the heading 'Latin America' and its only paragraph 'VCrisis has notes on the sto...', cut in the stored copy, dropped)",
    text='''Friday Global Blog Roundup
The Middle East
Regime Change Iran has a story about the difficulties that US-based Iranians have in voting.
Mr. Behi has running coverage of election day. Highlights: “This [extension of voting hours] is always happens regardless the number of voters so make it look big.”
Hoder can’t believe that the western press is ignoring Dr. Moin’s rapid rise in popularity.
Free Thoughts on Iran says the voting situation reminds him of a old Lone Ranger joke.
Under Underground explains why he voted for Dr. Moin, despite some misgivings.
Nema at Iranian Truth has some advice for President Bush: “My advice to Bush, keep your mouth shut. You pick the worst times to talk.”.
Is Iran nearing a tipping point? Nasrin Alavi at IranScan seems to think so.
Responsibility for least some of the bombings in Iran earlier this week have been claimed by Arab seperatists, reports the Arabist Network. However, this does not address the issue of the bombings in Tehran, which appear to remain unsolved.
Silly Bahranini Girl attends a “massive rally” for constitutional reform. Apparently the government had ruled that the previous constitutional reform rally was, in fact, unconstitutional…
South-East Asia
ThaRum’s Web has been keeping close watch on the kindergarten hostage situation in western Cambodia.
Jeff Ooi looks at a New Straits Times article about blogging in Malaysiaand notices that a certain prominent, award-winning Malaysian blogger is missing from the roundup…
Brand New Malaysian point to an article about a new proposed regional ASEAN airline. I’m guessing the model is similar to American regional carriers or European discount airlines like EasyJet or RyanAir.
Commentary Singapore notes that the CEO of NTUC Income, Singapore’s biggest insurance company, has started blogging.
Europe
Babblogue Blog announces the time and date of the next Galway blog meet.''',
    quotes=[
        Q('“This [extension of voting hours]', 'make it look big.”', "Mr. Behi"),
        Q('“My advice to Bush', 'times to talk.”', "Nema"),
        Q('“massive rally”', None, "Silly Bahranini Girl"),
    ],
),
dict(
    id="gv-en-2005-06-21-tuesday-global-blog-roundup",
    source="https://globalvoices.org/2005/06/21/tuesday-global-blog-roundup-4/",
    license=GV, retrieved=PAGES + " (Global Voices, 21 June 2005; the photo credit 'Photograph by Anthony Hartman' dropped; the last paragraph 'Central Budapest notes two anniversaries of note: first, ...', whose second anniversary is cut in the stored copy, dropped)",
    text='''Tuesday Global Blog Roundup
The Middle East
Mahmood of Mahmood's Den announces that he's not only going to take Reporters Without Borders’ guidelines for a free internet and translate them into Arabic, he's going to fax them to his members of Parliament. Why not email? Well, sending email to Bahraini MPs doesn't seem to work so well.
Another Irani Online ponders the Iranian election results and asks, “how well do we really know ourselves anyway?”
Hoder says that “conservative” isn't the right word to use for Iranian presidential candidate Ahmadinejad; he thinks that “fundamentalist” is much more accurate.
Pedram Moallemian, who writes The Eyeranian, explains why he didn't vote in last week's election.
The Iran News Blog wonders if Rafsanjani and Ayatollah Khamenei were colluding to get a ultra-right-wing candidate in the run-off, to assure Rafsanjani's election as president.
Baghdad Burning has a long, detailed post about daily life in Baghdad.
Sabbah Blog has a story about child camel jockeys being returned to their families.
Saudi Jeans has started to take steps to build a Saudi blogging community.
The blog Al-Hiwar, written by an American in the Middle East studying politics in Lebanon and Yemen, studies how different news organizations characterize the recently-assassinated George Hawi.
East Asia
Has China started blocking Typepad blogs again? Asiapundit has noticed significant disruption in getting to the hosted blog services, though Fons of China Herald notes that not all Typepad sites have been affected.
Is all censorship bad? EastSouthNorthWest says that maybe there should be some limits to freedom of speech.
Latin America
Barrio Flores reminds us that while there may be many reasons to disagree with Evo Morales, his opponents shouldn't stoop to racism.''',
    quotes=[
        Q('“how well do we really know ourselves anyway?”', None, "Another Irani Online"),
        Q('“conservative”', None, None),
        Q('“fundamentalist”', None, None),
    ],
),
dict(
    id="gv-en-2005-07-04-middle-east-north-africa-roundup",
    source="https://globalvoices.org/2005/07/04/middle-east-north-africa-roundup/print/",
    license=GV, retrieved=PAGES + PRINT + " (Global Voices, 4 July 2005; the line break after 'Chan'ad Bahraini' and the missing spaces in '[6]From Egypt', '[12]have', '[17]podcasts' kept as stored; the last paragraph '…and on the light side, Desert Kuwaiti Girl describes...', cut in the stored copy, dropped)",
    text='''Middle East & North Africa Roundup
The prolific Bahraini blogger Mahmood of Mahmood's Den has done an Arabic translation [1] of Reporters Without Borders’ 6 Recommendations for freedom of expression on the Internet [2]. (PDF version is here [3].) He encourages people in the Arab world to: “link to it, replicate it on your site or use it to print and send to your lawmaker.”
Silly Bahraini Girl responds to a commenter [4] who asks her why she stays in a country she complains about so much…
Chan'ad Bahraini
has a long post [5] on the local Shia backlash against a cartoon depicting Iran's supreme leader and wishes people would learn to tolerate satire.
[6]From Egypt, Manal and Alaa have a long account [7] (with many pictures) of last week's Zeitun Church protest [8]. Alaa claims that contrary to press reports, the pro-democracy organization, Kefaia, did not organize the protest. (Global Voices recently interviewed Alaa here [9].)
The Big Pharaoh has views [10] on the kidnapping of Egypt's ambassador to Iraq.
The Free Ganji weblog [11] and Zaneraini [12]have both translated a letter by imprisoned journalist Akbar Ganji [13], who is on hunger strike. (via Iran Scan [14])
Mr. Behi is worried [15] about the next round of clashes between Iran and the West.
Iran Hopes thinks Americans “need some anger management” [16] in dealing with Iran's new president.
Hossein Derakhshan (Hoder) is annoyed that Apple's new iTunes doesn't support Persian [17]podcasts – which are an important new vehicle for independent, non-regime voices from Iran. He hopes iTunes users will lobby Apple.
Hammorabi writes on Syrian support for terrorism in Iraq [18].
At Baghdad Burning, Riverbend reacts to Bush's speech last week [19] (in some browsers you may need to scroll down a screen to read the post).''',
    quotes=[
        Q('“link to it', 'to your lawmaker.”', "Mahmood"),
        Q('“need some anger management”', None, "Iran Hopes"),
    ],
    aliases={"Mahmood": ["Bahraini blogger Mahmood"]},
),
dict(
    id="gv-en-2006-07-18-voices-from-zimbabwe-and-the-great-lakes",
    source="https://globalvoices.org/2006/07/18/voices-from-zimbabwe-and-the-great-lakes-12/print/",
    license=GV, retrieved=PAGES + PRINT + " (Global Voices, 18 July 2006; Fleurdafrique's blog excerpt, printed without marks, kept as two lines as stored; 'D.R.C>:Carl' and 'Uganda:Dadennism' as stored; the block quotation after 'Uganda:Dadennism ... World Cup [6],', cut in the stored copy after 'That out of Angola, Togo, Tunisia, Ivo', dropped)",
    text='''Voices from Zimbabwe and the Great Lakes
Zimbabwe: Zimbabwe's blogosphere has virtually been deflated by threats of new legislation allowing government to surreptitiously spy on people's cyber activities. Their numerous voices have been silenced leaving a marked void in the chronicling of the one the world's worst crises. Please keep this troubled nation's valiant bloggers in your minds and prayers. A few bloggers still persist; here are some of the issues they have been reporting:
After an acrimonious split, Zimbabwe's opposition MDC is steeped in further controversy after a ghastly attack on Gertrude (Trudy) Stevenson. Stevenson, who has aligned herself with Arthur Mutambara's “pro-senate” faction, is the MP for the Harare North constituency on an MDC ticket. Zimpundit is sickened by the attack [1].
The Bearded Man [2] posts and discusses headlines on Zimbabwe every day.
D.R.C>:Carl at Because we're here boy no one else; just us shares his version of election-related developments [3]. These include; increased patrols by the airforce, the arrival of EU troops, a war threat by a presidential candiate if the elections don't go well, and relief organizations cutting back their operations in the country.
Meanwhile Fleurdafrique contempletes whether the elections will be just another historical event or if they will be democratic at all [4]:
Should I sit here and say “well at least we’re having elections”? What’s the point of having them if it’s clear who’s running the show?
Somebody is clearly taking a piss.
Malawi: Mike, the techblogger at Hacktivate makes an erudite yet succint point for the advantage of wireless in this post. [5]
Uganda:Dadennism at Country Boyi celebrates Ghana's final performance at the World Cup [6],''',
    quotes=[
        Q('“pro-senate”', None, None),
        Q('“well at least we’re having elections”', None, "Fleurdafrique"),
    ],
),
dict(
    id="gv-en-2006-07-31-landing-at-the-iraqi-blogodrome",
    source="https://globalvoices.org/2006/07/31/landing-at-the-iraqi-blogodrome-21/",
    license=GV, retrieved=PAGES + " (Global Voices, 31 July 2006; Caesar of Pentra's and Baghdad Connect's blog excerpts, printed without marks, kept line by line as stored, with 'f***ing' as stored; the last paragraph 'This is an opportunity not...', cut in the stored copy, dropped)",
    text='''Landing at the Iraqi Blogodrome
With all the war and suffering I just don't feel like blogging. But todays post is important and I feel it is my duty to write it.
If you read no other blog post this week read this
Caesar of Pentra writes of the numbing pain and screaming anger at the loss of his close friends to the random violence in Iraq:
Then I decided to call Baghday’s dad again waiting for more good news about his progress!
But I was surprised when an unfamiliar voice answered
Me: “I’m just asking about Baghday, how is he?!”
The Guy: “I’m his cousin, Baghday has donated his life for you!” which means that Baghday’s gone!
I can’t remember then but a loud sharp wailing screech.
I didn’t imagine that I could cry on someone like that. I couldn’t eat, I couldn’t study, I couldn’t stop weeping and I couldn’t stop that desire of cutting ma self again!
The more blood the more relief. … Isn’t there any moment of silence? Won’t you stop this blood flood? I hate you, Iraqis! I hate you, Iraq! I hate you all! …
Once, ma mom said: “I’m not Iraqi, I’m Italian! Because in Italy I felt that I was a real human and such land deserves to be your homeland and to consider yourself as a one of their people!”. She was f***ing right!
May God keep my beloved mates in his eternal paradise. And if I could send them a message I will say this:
“Don’t fret, pals! You are in much safer, better and pleasant place! A place with no hypocrites, no love cheaters, no assassins and no power outages.”
Baghdad Connect gives an original view on the war in Lebanon. I read it and thought; well it is so obvious, why should it be so controversial?
Today there is a true chance for a moment of contemplation for both the Lebanese and Israelis to draw back from their hardware, just for brief moments, and look at the bigger picture. They are the only two true democratic systems in the middle-east yet are engaged in a war! …''',
    quotes=[
        Q('“I’m just asking about Baghday, how is he?!”', None, "Caesar of Pentra"),
        Q('“I’m his cousin', 'his life for you!”', None),
        Q('“I’m not Iraqi', 'one of their people!”', None),
        Q('“Don’t fret, pals!', 'no power outages.”', "Caesar of Pentra"),
    ],
),
dict(
    id="gv-en-2007-05-08-egypt-open-war-on-bloggers",
    source="https://globalvoices.org/2007/05/08/egypt-open-war-on-bloggers/",
    license=GV, retrieved=PAGES + " (Global Voices, 8 May 2007; the stored copy has no headline (the post's title 'Egypt: open war on bloggers') and none is added (H131); the closing mark typed as an opening mark in '... interrogator office“' kept as stored; the comment count '1 comment' and the reader comment below the post dropped)",
    text='''“The war on bloggers started in Egypt and every morning brings a new episode” wrote Nora Younis on her blog today. Nora linked to a SMS/Twitter alert sent to her by blogger Amr Gharbeia: “I was summoned by the prosecutor general to appear on Thursday next in North Cairo interrogator office“.''',
    quotes=[
        Q('“The war on bloggers', 'a new episode”', "Nora Younis"),
        Q('“I was summoned', 'interrogator office“', "Amr Gharbeia"),
    ],
    aliases={"Nora Younis": ["Nora"], "Amr Gharbeia": ["blogger Amr Gharbeia"]},
),
]
