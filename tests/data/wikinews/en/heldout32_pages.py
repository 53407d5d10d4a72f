# Held-out English news pages (tests/data/heldout32-en.jsonl). Like heldout21/23/25/27/29/31_pages.py, these texts are
# stored web pages (the `pages` search corpus), none of them used in an earlier set: eight posts of Global Voices in
# English, 2005-2011 (seven on globalvoices.org, one on its Advox site advox.globalvoices.org), six of them in the
# site's print version (the header line '- Global Voices - https://globalvoices.org -' and the 'Categories:' line of
# the print version dropped; the link markers '[1]', '[RUS]' of the print version kept as stored). Global Voices texts
# are CC BY 3.0; none of the kept texts is credited to AP, Reuters or AFP. The stored copies are often cut after about
# 2,000 characters: only complete paragraphs are kept (a cut paragraph is dropped and noted in `retrieved`). Wording,
# spelling, spacing inside a paragraph (double spaces, a lost link name leaving 'blogger,, wonders', the mojibake
# '┬á' of a non-breaking space) and quotation marks are as stored. Candidate pages whose stored copy keeps fewer than
# two quotations (about thirty one-quotation briefs of 2006-2013), list, index, feed and archive pages, GV posts on
# spam mirror sites and an Advox brief quoting what two people "said to Reuters" were skipped. Annotated by reading the
# pages, before whosaid was run on them (rules H152-H155 in ANNOTATION.md on top of H1-H151).
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"
PRINT = "; Global Voices print version: the header line '- Global Voices - https://globalvoices.org -' and the 'Categories: ...' line dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout32-en.jsonl

Built by `build.py` from `heldout32_pages.py`. Like heldout21-en, heldout23-en, heldout25-en, heldout27-en,
heldout29-en and heldout31-en, these texts are stored web pages (the `pages` search corpus), none of them used in a set
above: eight posts of Global Voices in English, 2005-2011: a 2005 daily roundup of the world's blogs ("Monday: What the
world's bloggers care about today"), an Advox brief on the sentencing of the Chinese blogger Hu Jia (2008), Cuban
bloggers' "Journey of the Bloggers" (2008), Southeast Asian bloggers on the Baghdad shoe-throwing ("Southeast Asia: The
shoe, the shoe", 2008), Global Voices authors on the World Day Against Cyber Censorship (2010), the Chechen president's
new blog (2010), Russian bloggers on Putin's Kommersant interview (2010) and protest videos from Iran (2011). Six are the
site's print version (header and 'Categories:' lines dropped, link markers such as '[1]' and '[RUS]' kept as stored).
Global Voices texts are CC BY 3.0; none of the kept texts is credited to AP, Reuters or AFP. The stored copies are often
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Wording,
spacing and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by title, by
the names of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The annotation
(rules H152–H155 in `ANNOTATION.md` on top of H1–H151) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-2008-12-18-southeast-asia-the-shoe",
    source="https://globalvoices.org/2008/12/18/southeast-asia-the-shoe-the-shoe/",
    license=GV, retrieved=PAGES + " (Global Voices, 18 December 2008; the second paragraph of Carlos Conde's quotation, '“Al-Zaidi is a journalist. He knows the story of Iraq ...', cut in the stored copy, dropped, so his first paragraph ends unclosed as stored; the lost link name in 'Another Singaporean blogger,, wonders' kept as stored)",
    text='''Southeast Asia: The shoe, the shoe
Iraqi journalist Muntadar al-Zaidi will be known for a long time as the shoe thrower. He who succeeded in throwing a pair of shoes at U.S. President George Bush last Sunday in Baghdad.
The shoes are now priceless. A Saudi entrepreneur has offered $10 million for one of the pair of shoes.
The shoe throwing incident has been hailed as heroic by many people around the world, especially those who opposed the foreign policies of the outgoing US president. What are the reactions of Southeast Asian bloggers and residents?
Hafriz from Singapore thinks al-Zaidi should become president of the world:
“is anyone still not in the shoe-throwing craze yet? this Muntazer al-Zaidi guy is a worldwide hero. he's a legend. he should be president of the world.”
Katak, also from Singapore, notes that the incident reflects the failure of US foreign policies:
“Being infamous in a foreign country is generally not a good farewell party for someone who is often regarded as the President of the ‘World’.
“The (incident) shows the build up of hatred and violence that the local citizens had to endure due largely to his failure in assessment of foreign policy, in particular, the 2003 invasion of Iraq.”
Another Singaporean blogger,, wonders why the Secret Service agents were unable to catch the shoes:
“It makes you wonder though, that if the Secret Service could not stop a flying shoe or two, how were they planning to protect President Bush from more lethal weapons?
“Or did they deliberately let that one through? Hmmm…”
Filipino journalist Carlos Conde analyzes the shoe-throwing incident from the perspective of a media person:
“What he did was to show that he is a citizen before anything else; that he, too, feels the pain of his fellow Iraqis.''',
    quotes=[
        Q('“is anyone still not', 'president of the world.”', "Hafriz"),
        Q('“Being infamous in a foreign country', 'President of the ‘World’.', "Katak"),
        Q('“The (incident) shows', 'invasion of Iraq.”', "Katak"),
        Q('“It makes you wonder', 'more lethal weapons?', None),
        Q('“Or did they deliberately', 'Hmmm…”', None),
        Q('“What he did was to show', 'his fellow Iraqis.', "Carlos Conde"),
    ],
    aliases={"Carlos Conde": ["Filipino journalist Carlos Conde"]},
),
dict(
    id="gv-en-2010-03-12-authors-speak-out-against-censorship",
    source="https://globalvoices.org/2010/03/12/global-voices-authors-speak-out-against-censorship/",
    license=GV, retrieved=PAGES + " (Global Voices, 12 March 2010; the opening block quotation and Lina Ben Mhenni's blog excerpt are printed without quotation marks and kept as stored, one line per paragraph; Diego Casaes's blog excerpt after 'on his blog:', cut in the stored copy, dropped; the double prime closing '“Error 404″' and the double and triple spaces after full stops kept as stored)",
    text='''Global Voices Authors Speak Out Against Censorship
The Internet is the tool most feared today by the elites, the media and by the power. It empowers those who otherwise would remain forgotten, oppressed. It is a weapon that gives ammo to those who are protesting for justice, equality and freedom and that shakes the structures of the state – and of companies – which sees no other choice but to censor.
Brazilian blogger and Global Voices author Raphael Tsavkko Garcia
Today marks the World Day Against Cyber Censorship, an initiative promoted by global NGO Reporters Without Borders (RSF) in support of a single Internet that is unrestricted and accessible to all.   The day will hopefully inspire Internet users to increase their own awareness of online censorship, which is something that many Global Voices authors know all too well.
GV author Lina Ben Mhenni is one such blogger.  She lives in Tunisia, which has been named by RSF as an “enemy of the Internet” several years in a row.  In her own blog, she writes:
Do you know how does it feel to be censored?
Well, I do !
Indeed, I am experiencing this DISGUSTING feeling since February, 24th 2010. That day, back home from work, I was so disappointed when I discovered the horrible “Error 404″ message- a message that stands for a censored web page in my country- when I tried to log in my Facebook and my blog.
Diego Casaes, a Brazilian GV author who wrote this post on the subject linking to bloggers around the world and highlighting Global Voices’ many projects, wrote his own prescription for how governments should deal with the Internet on his blog:''',
    quotes=[
        Q('“enemy of the Internet”', None, "Reporters Without Borders"),
        Q('“Error 404″', None, None),
    ],
    unclosed=('“Error 404″',),
    aliases={"Reporters Without Borders": ["global NGO Reporters Without Borders", "RSF"]},
),
dict(
    id="gv-en-2010-08-30-russia-bloggers-putin-interview",
    source="https://globalvoices.org/2010/08/30/russia-bloggers-outraged-by-putins-interview/print/",
    license=GV, retrieved=PAGES + PRINT + " (Global Voices, 30 August 2010)",
    text='''Russia: Bloggers Outraged by Putin's Interview
Recent interview [1] [RUS] of Vladimir Putin to Kommersant newspaper outraged many bloggers. They accuse Putin of a lie [2] [RUS], ignorance [3] [RUS], deliberate substitution [4] [RUS] of the terms “police state” and a “state governed by a rule of law.” Other bloggers condemn [5] [RUS] his attitude towards protesters: “You went out [on a street – GV] with no right to do that and get yourself beaten in your head by a police baton.”''',
    quotes=[
        Q('“police state”', None, None),
        Q('“state governed by a rule of law.”', None, None),
        Q('“You went out', 'by a police baton.”', "Vladimir Putin"),
    ],
    aliases={"Vladimir Putin": ["Putin"]},
),
dict(
    id="gv-en-2010-06-27-russia-chechen-president-blog",
    source="https://globalvoices.org/2010/06/27/russia-chechen-president-launches-blog/print/",
    license=GV, retrieved=PAGES + PRINT + " (Global Voices, 27 June 2010; the mojibake '┬á' of two non-breaking spaces kept as stored)",
    text='''Russia: Chechen President Launches Blog
Ramzan Kadyrov [1] [EN], president of the Chechen Republic [2] [EN],┬álaunched a blog ya-kadyrov [3] [RUS] at Livejournal. In his first post Kadyrov writes that he is “a sociable and┬áto the limit outspoken person”, and that he “hopes to develop friendship and discuss various events with his readers”. There is no option to leave any comments at his blog, though.''',
    quotes=[
        Q('“a sociable and', 'outspoken person”', "Ramzan Kadyrov"),
        Q('“hopes to develop friendship', 'with his readers”', "Ramzan Kadyrov"),
    ],
    aliases={"Ramzan Kadyrov": ["Kadyrov"]},
),
dict(
    id="gv-en-2011-03-01-iran-protests-free-opposition-leaders",
    source="https://globalvoices.org/2011/03/01/iran-protests-to-free-the-opposition-leaders-videos/print/",
    license=GV, retrieved=PAGES + PRINT + " (Global Voices, 1 March 2011; the captions of the embedded videos are kept as lines, as stored)",
    text='''Iran: Protests to Free the Opposition Leaders (Videos)
Demonstrations in Iran on Tuesday in Tehran, Shiraz, Isfahan, Tabriz, Mashhad and several other cities were sparked by reports this week that opposition leaders Mir Hossein Moussavi and Mehdi Karrubi have been jailed [1], a claim which is denied by the authorities.
Tehran: “Death to the Dictator”
Tehran: Supporting Mousavi
Tehran: “Free Karrubi and Mousavi”
Shiraz: “It is Seyed Ali Khamenei's Turn”''',
    quotes=[
        Q('“Death to the Dictator”', None, None),
        Q('“Free Karrubi and Mousavi”', None, None),
        Q('“It is Seyed Ali Khamenei\'s Turn”', None, None),
    ],
),
dict(
    id="gv-en-2008-12-08-cuba-journey-of-the-bloggers",
    source="https://globalvoices.org/2008/12/08/cuba-journey-of-the-bloggers/print/",
    license=GV, retrieved=PAGES + PRINT + " (Global Voices, 8 December 2008)",
    text='''Cuba: Journey of the Bloggers
As Cuban blogger Yoani Sanchez [1] begins “the planned journey of the bloggers” deemed “counterrevolutionary” by the government, she explains: “In the blogger phenomenon there are a thousand ways to camouflage oneself” – and Uncommon Sense [2] applauds her cleverness: “Freedom one day will prevail in Cuba, and nothing the dictatorship does to limit access to information on the Internet, and the spreading of that information, will prevent that.”''',
    quotes=[
        Q('“the planned journey of the bloggers”', None, "Yoani Sanchez"),
        Q('“counterrevolutionary”', None, "government"),
        Q('“In the blogger phenomenon', 'to camouflage oneself”', "Yoani Sanchez"),
        Q('“Freedom one day will prevail', 'will prevent that.”', "Uncommon Sense"),
    ],
    aliases={"Yoani Sanchez": ["Cuban blogger Yoani Sanchez"]},
),
dict(
    id="gv-en-2005-05-02-monday-world-blog-roundup",
    source="https://globalvoices.org/2005/05/02/monday-world-blog-roundup/print/",
    license=GV, retrieved=PAGES + PRINT + " (Global Voices, 2 May 2005; the image name 'Sn0101700_3' after 'Inspiration of the Day from Africa:' kept as stored; the paragraph 'In Bahrain, the Free Ahmed Blog [18] is trying to call attention ...', cut in the stored copy inside a quotation, dropped)",
    text='''Monday: What the world's bloggers care about today
Inspiration of the Day from Africa: Sn0101700_3 [1]
Comic Seriosity Balance [2] tells us about a new comic strip [3] launched by Schoolnet Namibia [4]. Called Ha Ti! or “Listen Up!”, the comic strip “spreads the word about the ways that computers and the internet can transform learners’ and teachers’ lives.” The strip is produced under a Creative Commons [5] license so anybody can use it. (via BlogAfrica [6])
More from Africa:
Sokwanele says Zimbabwe needs blood donors desperately [7].
Sudan Watch [8] points us to a powerful flash video on the genocide in Sudan by Physicians for Human Rights. (via Jewels in the Jungle [9]) Combine this with the Sudanese childrens’ pictures [10] released on Friday by Human Rights Watch and reflect on the fate of your fellow human beings.
Southern Cross of South Africa is pleased about the good news on trade [11] and farm subsidies.
Koranteng of Ghana has some music recommendations [12].
Black Looks has a good post on where to download Moroccan music [13]. (We're also thrilled to see she likes our roundups [14]!)
Central Asia:
Registan.net has some further thoughts [15] in reaction to the NYT's story [16] on possible U.S. prisoner transfer to Uzbekistan, pointing out what it characterizes as one inaccuracy and one omission in the story.
Buritos and “Takobel” in Armenia [17]? Not exactly…''',
    quotes=[
        Q('“Listen Up!”', None, None),
        Q('“spreads the word', 'teachers’ lives.”', "Comic Seriosity Balance"),
        Q('“Takobel”', None, None),
    ],
),
dict(
    id="advox-en-2008-04-03-hu-jia-sentenced",
    source="https://advox.globalvoices.org/2008/04/03/hu-jia-sentenced-to-35-years/print/",
    license=GV, retrieved=PAGES + " (Global Voices Advox print version, 3 April 2008; the header line '- Global Voices Advox - https://advox.globalvoices.org -' and the line 'Categories: China' dropped; the link markers '[1]', '[2]' kept as stored)",
    text='''Hu Jia sentenced to 3.5 years
After spending over four months in detention, Beijing-based blogger Hu Jia was sentenced today to 3.5 years in prison for “state subversion,” which, according to [1] his lawyer Li Fangping, is “a decision that is likely to draw more international criticism of the country's political controls ahead of the Beijing Olympics.”
No kidding.
Enjoy your Olympics, Beijing, but spare us your whining. You did ask for it, after all.
Hu has ten days in which to file an appeal. For more on the different ways bloggers have shown Hu and his wife Zeng Jinyan their support, please see here [2].''',
    quotes=[
        Q('“state subversion,”', None, None),
        Q('“a decision that is likely', 'the Beijing Olympics.”', "Li Fangping"),
    ],
    aliases={"Li Fangping": ["his lawyer Li Fangping"]},
),
]
