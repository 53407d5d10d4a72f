# Held-out English news texts (tests/data/heldout278-en.jsonl), none of them used in an earlier set. Global Voices in
# English (CC BY 3.0, attribution "Global Voices"), 2007-2015, taken from stored web pages (the `pages` search corpus):
# eight short posts ("briefs" of 2007-2012 and 'Quick Reads' posts of 2014-2015) that a stored Global Voices list page
# (country, topic, day or 'Quick Reads' page) prints in full, each taken out of its list as a document of its own (H1585,
# H1690), and one full post on Global Voices' own Advox site (the Netizen Report of 9 May 2012). Posts whose list entry is
# cut ('...') or that hold fewer than two quotation pairs in complete paragraphs were skipped. They quote Caribbean,
# Ugandan and Trinidadian bloggers and blogs, a prime minister's motto, an article of the Washington Post and campaign
# names. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is
# dropped (noted in `retrieved`). Site lines, date lines, photo captions, the report's credit line and the neighbouring
# posts are dropped; the headline is kept once as the first line; wording, spelling ('a incredibly', 'about about',
# 'comtemporary'), spacing inside paragraphs ('censorship  continued') and quotation marks (the stray opening mark that
# closes Country Boyi's question) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1690-H1694 in ANNOTATION.md on top of the rules of the sets above).
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"
LIST = "Global Voices post printed in full on the stored list page"
DATE = "the date line under the headline dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout278-en.jsonl

Built by `build.py` from `heldout278_pages.py`. Like heldout253-en (Quick Reads posts taken out of their list pages) and
heldout71-en, heldout77-en and heldout96-en (Global Voices' own pages), these texts are Global Voices posts in English
(CC BY 3.0, attribution "Global Voices"), taken from stored web pages (the `pages` search corpus), none of them used in a
set above: eight short posts that a stored Global Voices list page prints in full - the briefs 'Fouad's Week: Fouad will
not be forgotten!' (day page of 14 February 2008), 'Trinidad & Tobago: Principles of Business' and 'Trinidad & Tobago:
Maxi-ing Out' (Trinidad & Tobago page of May 2008), 'Uganda: What if we blogged in local languages?' (Sub-Saharan Africa
page of May 2007), 'Barbados: Boycotting' (Protest page of August 2009), 'Barbados: Facilitating Crime' (Trinidad & Tobago
page of December 2009), 'Trinidad & Tobago: Grammatically Correct' (Trinidad & Tobago page of April 2012) and the Quick
Reads posts 'Will Trinidad & Tobago's Government “Listen, Learn & Lead”?', 'Trinidad & Tobago: Am Gay; Will Travel' and
'“Blogs are the Vinyl Records of the Internet”' (Quick Reads list pages for Trinidad & Tobago, the Caribbean and Ideas,
2014-2015) - each taken out of its list as a document of its own, the other entries of the list left out, and one full
post on Global Voices' Advox site ('Netizen Report: Raise Your Voice Edition', 9 May 2012). The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, date
lines, photo captions and a credit line were dropped; wording and quotation marks are as stored. Global Voices post pages
are rare in the stored copies: list entries cut with '...', posts with a single quotation pair (among them 'Jamaica:
Counting Crayons', 'Trinidad & Tobago: The Outsiders', 'Lyrical Content', 'Is Education Really About Learning?', 'Victory
Speech of Indonesia's New President', the GV Advocacy eye-roll post on the Berkman feed page), partner republications on
feed readers and the OPUS sentence files were skipped. None of these pages is used in any set above (checked by URL, by
title and by the names and distinctive phrases of the quoted bloggers - 'Gillian Goddard', 'frontal attack', 'Ramblings
and Reason', 'Maxi-ing', 'Karel McIntosh', 'deal breaker', 'social secret', 'crime of crime', 'blogged in local
languages', 'weak media exposed', 'power of boycotting', 'We Are All Fouads', 'Dennise Demming', 'burning desire to go
abroad', 'Vinyl Records of the Internet', 'blogestan', 'Intermediaries Guidelines', 'Shri P. Rajeev' - with grep over
tests/data of the main worktree and of the other helpers' worktrees: no hit in these posts; 'Country Boyi', 'Barbados
Underground', 'Living in Barbados' and 'Chen Guangcheng' occur only in other, different texts of heldout96-en,
heldout77-en, heldout-de and heldout40-en). The annotation (rules H1690–H1694 in `ANNOTATION.md`) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-2007-05-28-uganda-what-if-we-blogged-in-local-languages",
    source="https://globalvoices.org/-/world/sub-saharan-africa/page/2/?m=200705",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Sub-Saharan Africa from May, 2007', page 2; only this brief of 28 May 2007 is taken (H1690): the page lines '· May, 2007' and 'Stories about Sub-Saharan Africa from May, 2007', " + DATE + " and the following entries ('Kenya: are you a regular Mzalendo user in Nairobi?' and later) dropped; the opening mark typed as the closing mark of the question ('languages?“:') as stored)",
    text='''Uganda: What if we blogged in local languages?
Country Boyi asks, “What if we blogged in local languages?“: “I've been thinking. It took a workshop on writing for children in Ugandan local languages to have me thinking: what clearly is the importance of indigenous languages, and would it add any value if we blogged in our home languages?”''',
    quotes=[
        Q('“What if we blogged in local languages?“', None, "Country Boyi"),
        Q("“I've been thinking.", 'our home languages?”', "Country Boyi"),
    ],
    aliases={"Country Boyi": ["Country Boyi"]},
),
dict(
    id="gv-en-2008-02-14-fouads-week-fouad-will-not-be-forgotten",
    source="https://globalvoices.org/2008/02/14/page/2/",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories from 14 February 2008', page 2; only this brief is taken (H1690): the page lines '14 February 2008' and 'Stories from 14 February 2008', " + DATE + ", the entries before it ('Sri Lanka: Right to Shoot', 'Kidnapping in Haiti') and after it ('Brazil: Posting together against paedophilia' and later) dropped)",
    text='''Fouad's Week: Fouad will not be forgotten!
The Free Fouad campaign has organized and carried out “Fouad’s Week”, during which bloggers were invited to republish one of Fouad’s posts on their blogs and to embrace “We Are All Fouads” as a slogan. This week-long event marked two months since the dean of the Saudi bloggers, Fouad Alfarhan, was arrested on December 10, 2007 and held in Jeddah’s Dahban prison without any charges brought against him.''',
    quotes=[
        Q('“Fouad’s Week”', None, None),
        Q('“We Are All Fouads”', None, None),
    ],
),
dict(
    id="gv-en-2008-05-13-trinidad-tobago-principles-of-business",
    source="https://globalvoices.org/-/world/caribbean/trinidad-tobago/page/2/?m=200805",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Trinidad & Tobago from May, 2008', page 2; only this brief of 13 May 2008 is taken (H1690): the page lines, " + DATE + ", the entries before it ('Trinidad & Tobago: Press Conference Gone Awry' and others) and after it ('Trinidad & Tobago: Maxi-ing Out', a document of its own, and later) dropped)",
    text='''Trinidad & Tobago: Principles of Business
As Trinidadian blogger Gillian Goddard faces “a frontal attack from an entrepreneur” intending to start a similar business, she stands firm in the belief that “environmental healing and social justice are two of the largest markers of a truly successful business.”''',
    quotes=[
        Q('“a frontal attack from an entrepreneur”', None, "Gillian Goddard"),
        Q('“environmental healing', 'successful business.”', "Gillian Goddard"),
    ],
    aliases={"Gillian Goddard": ["Gillian Goddard", "Trinidadian blogger Gillian Goddard"]},
),
dict(
    id="gv-en-2008-05-13-trinidad-tobago-maxi-ing-out",
    source="https://globalvoices.org/-/world/caribbean/trinidad-tobago/page/2/?m=200805",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Trinidad & Tobago from May, 2008', page 2; only this brief of 13 May 2008 is taken (H1690): the page lines, " + DATE + ", the entries before it ('Trinidad & Tobago: Principles of Business', a document of its own, and earlier) and after it ('Trinidad & Tobago, Barbados: For Shame', cut in the stored copy) dropped)",
    text='''Trinidad & Tobago: Maxi-ing Out
“Like politics, maxi travel has a morality of its own”: Ramblings and Reason provides a few tips on surviving travel by “maxi-taxi” in Trinidad and Tobago.''',
    quotes=[
        Q('“Like politics, maxi travel has a morality of its own”', None, "Ramblings and Reason"),
        Q('“maxi-taxi”', None, None),
    ],
    aliases={"Ramblings and Reason": ["Ramblings and Reason"]},
),
dict(
    id="gv-en-2009-08-25-barbados-boycotting",
    source="https://globalvoices.org/-/topics/protest/?m=200908",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Protest from August, 2009'; only this brief of 25 August 2009 is taken (H1690): the page lines '· August, 2009' and 'Stories about Protest from August, 2009', " + DATE + ", the entries before it ('Russia: Photos and Drawings of Opposition Rally' and others) and after it ('Russia: Flag Day Rally', cut in the stored copy) dropped)",
    text='''Barbados: Boycotting
As Barbados Underground joins the call for the boycott of a local newspaper, citing “another case of a weak media exposed”, Living in Barbados examines the power of boycotting, saying: “To boycott effectively you have to have self-sacrifice.”''',
    quotes=[
        Q('“another case of a weak media exposed”', None, "Barbados Underground"),
        Q('“To boycott effectively', 'self-sacrifice.”', "Living in Barbados"),
    ],
    aliases={"Barbados Underground": ["Barbados Underground"],
             "Living in Barbados": ["Living in Barbados"]},
),
dict(
    id="gv-en-2009-12-28-barbados-facilitating-crime",
    source="https://globalvoices.org/-/world/caribbean/trinidad-tobago/?m=200912",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Trinidad & Tobago from December, 2009'; only this brief of 28 December 2009 is taken (H1690): the page lines '· December, 2009' and 'Stories about Trinidad & Tobago from December, 2009', " + DATE + ", the entries before it ('Caribbean: 2009 Regional Roundup', 'Trinidad & Tobago: Do the Math', 'Jamaica: Over Hills and Valleys', 'Trinidad & Tobago: 500') and after it ('Trinidad & Tobago: Preserving Lion House', cut in the stored copy) dropped)",
    text='''Barbados: Facilitating Crime
“Like any social secret the criminal persists because of the facilitators. So, our challenge should be to deal with the facilitators”: Living in Barbados examines “the crime of crime” in the Caribbean.''',
    quotes=[
        Q('“Like any social secret', 'deal with the facilitators”', "Living in Barbados"),
        Q('“the crime of crime”', None, "Living in Barbados"),
    ],
    aliases={"Living in Barbados": ["Living in Barbados"]},
),
dict(
    id="gv-en-2012-04-27-trinidad-tobago-grammatically-correct",
    source="https://globalvoicesonline.org/-/world/caribbean/trinidad-tobago/?m=201204",
    license=GV, retrieved=PAGES + " (" + LIST + " 'Stories about Trinidad & Tobago from April, 2012'; only this brief of 27 April 2012 is taken (H1690): the page lines '· April, 2012' and 'Stories about Trinidad & Tobago from April, 2012', " + DATE + " and the following entries ('Trinidad & Tobago: Gas Revenues' and later) dropped)",
    text='''Trinidad & Tobago: Grammatically Correct
“I know that I would really judge someone who couldn’t construct a sentence properly. I write for a living. Can you blame me if I think that great grammar skills are sexy?” Karel McIntosh, writing at Outlish, says that “if a guy has poor grammar skills, that’s a deal breaker.”''',
    quotes=[
        Q('“I know that I would', 'skills are sexy?”', "Karel McIntosh"),
        Q('“if a guy has poor grammar', 'a deal breaker.”', "Karel McIntosh"),
    ],
    aliases={"Karel McIntosh": ["Karel McIntosh"]},
),
dict(
    id="gv-en-2012-05-09-netizen-report-raise-your-voice-edition",
    source="https://advox.globalvoices.org/2012/05/09/netizenreport-raise-your-voice/",
    license=GV, retrieved=PAGES + " (full post on Global Voices Advocacy (Advox); the photo caption 'Freedom Fast hunger strike, India. Image courtesy ‘I Love India'.', stored twice, and the credit line 'Most of this report was researched, written, and edited by Weiping Li, Mera Szendro Bok, James Losey, and Sarah Myers.' dropped; the paragraph 'In this dramatic episode, Twitter also played an importa...', cut in the stored copy, dropped with the rest; the blank line before the Chen Guangcheng paragraph not kept; the double space in 'censorship  continued' as stored)",
    text='''Netizen Report: Raise Your Voice Edition
Internet activists in India are fuming over the country’s sweeping new Internet restrictions on objectionable content, and are beginning to take extreme action to combat the law. This week we recognize Aseem Trivedi and Alok Dixit from Save Your Voice, who have begun a hunger strike in protest of the ‘Information Technology (Intermediaries Guidelines) Rules 2011’ which were quietly issued by the Ministry of Communications and Information Technology in April 2011.
One of the flaws of the new rules is that they mandate that website or domain owners must take down material within 36 hours when a third party issues a complaint, without giving a chance for content owners to defend the material. The Bangalore-based advocacy group Centre for Internet & Society also pointed out that the rule leads to a general chilling effect on freedom of expression over the Internet.
Member of Parliament Shri P. Rajeev has moved to have the rules annulled amid widespread protests by India’s netizen community. As a growing number of MP's become aware of the issue some see some hope that the censorship law will be discarded. For more details, analysis and links see this post on Global Voices.
As the case of the blind activist lawyer Chen Guangcheng remained unresolved, censorship  continued to be a pressing issue in China: in the past week, the Web buzzed with the keywords “Chen Guangcheng,” “blind lawyer,” and “U.S. [United States] Embassy,” all of which were censored from the Chinese Internet. But Chinese netizens found ways to circumvent the censorship by replacing the sensitive words with synonyms or homonyms.''',
    quotes=[
        Q('‘Information Technology (Intermediaries Guidelines) Rules 2011’', None, None),
        Q('“Chen Guangcheng,”', None, None),
        Q('“blind lawyer,”', None, None),
        Q('“U.S. [United States] Embassy,”', None, None),
    ],
),
dict(
    id="gv-en-2014-trinidad-tobago-government-listen-learn-lead",
    source="http://globalvoicesonline.org/-/type/roundups+trinidad-tobago/",
    license=GV, retrieved=PAGES + " (Global Voices 'Quick Reads' post of 2014, printed in full on the stored version of the list page 'Quick Reads + Trinidad & Tobago' that opens with 'Still No Arrests in Case of Murdered Trinidad Attorney'; only this post is taken (H1585, H1690): the page's 'Close', 'Donate today to keep Global Voices strong!' and fundraising lines, the 'See all those languages up there? ...' and 'Learn more about Lingua Translation' lines, the heading 'Stories from and' and the post before it ('Still No Arrests ...', without quotation marks) dropped; the paragraph 'Now, she wonders why the government has not...', cut in the stored copy, dropped with the rest)",
    text='''Will Trinidad & Tobago's Government “Listen, Learn & Lead”?
Blogger and public relations professional Dennise Demming is disillusioned with Trinidad and Tobago's Prime Minister, Kamla Persad-Bissessar, who claims to “listen, learn and lead”, but then takes action to the contrary. Demming first cited the example of the country's recent Constitutional Amendment Bill, with which, “despite popular objection, the Government manoeuvred their way and got the Independent bench to support this unpopular change to the constitution.”''',
    quotes=[
        Q('“Listen, Learn & Lead”', None, "Kamla Persad-Bissessar"),
        Q('“listen, learn and lead”', None, "Kamla Persad-Bissessar"),
        Q('“despite popular objection', 'change to the constitution.”', "Dennise Demming"),
    ],
    aliases={"Kamla Persad-Bissessar": ["Kamla Persad-Bissessar", "Trinidad and Tobago's Prime Minister"],
             "Dennise Demming": ["Dennise Demming", "Blogger and public relations professional Dennise Demming", "Demming"]},
),
dict(
    id="gv-en-2015-trinidad-tobago-am-gay-will-travel",
    source="http://globalvoicesonline.org/-/type/roundups+caribbean/",
    license=GV, retrieved=PAGES + " (Global Voices 'Quick Reads' post of 2015, printed on the stored version of the list page 'Quick Reads + Caribbean' that opens with 'Ireland's Cricket World Cup Win Against West Indies No Laughing Matter'; only this post is taken (H1585, H1690): the page's 'Close', 'Donate today to keep Global Voices strong!' and fundraising lines, the 'See all those languages up there? ...' and 'Learn more about Lingua Translation' lines, the heading 'Stories from and' and the post before it (the Ireland cricket post) dropped; the paragraph 'She connects this constricted rea...', cut in the stored copy, dropped with the rest; the blogger's block quotation 'Why is it not considered hate speech? ... in 2015?', printed without marks, kept as a line; 'a incredibly' as stored)",
    text='''Trinidad & Tobago: Am Gay; Will Travel
What is it like to be gay in the Caribbean? The Travelling Trini occasionally gets emails from young gay Trinidadians who “have the burning desire to go abroad, travel, and see the world”. She deduces that this wanderlust stems from the fact that “the Caribbean is a incredibly homophobic place with a raging macho-man culture, and coming out is an incredibly difficult, and often dangerous, thing to do.”
The post goes on to list several songs that promoted homophobia and gay violence back in the nineties: Buju Banton's Boom Bye Bye was unsurprisingly at the top of the heap, but the blogger describes them all as “dark, violent and downright disgusting.” She asks:
Why is it not considered hate speech? Why are radio stations allowed to play it? [...] The question is, why is it okay to still be so violently anti-gay in 2015?''',
    quotes=[
        Q('“have the burning desire', 'see the world”', "The Travelling Trini"),
        Q('“the Caribbean is a incredibly', 'thing to do.”', "The Travelling Trini"),
        Q('“dark, violent and downright disgusting.”', None, "The Travelling Trini"),
    ],
    aliases={"The Travelling Trini": ["The Travelling Trini", "the blogger"]},
),
dict(
    id="gv-en-2014-blogs-are-the-vinyl-records-of-the-internet",
    source="http://globalvoicesonline.org/-/type/roundups+ideas/",
    license=GV, retrieved=PAGES + " (Global Voices 'Quick Reads' post of 2014, printed in full on the stored version of the list page 'Quick Reads + Ideas'; only this post is taken (H1585, H1690): the page's 'Close', 'Donate today to keep Global Voices strong!', 'Watch the video: We Are Global Voices!' and fundraising lines, 'GlobalVoices in Learn more »', the page heading 'Quick Reads + Ideas', 'Media archive · 3921 posts', 'Posts with Photos posts Photos Video posts Video' and 'Latest stories from Quick Reads + Ideas', and the posts after it ('Jamaica: Social Art' and later) dropped; the tweets the post embeds are not in the stored copy; 'Read more here.' kept as stored)",
    text='''“Blogs are the Vinyl Records of the Internet”
An article in Washington Post talks about “the decline of Iran's blogestan”.
Several bloggers tweeted the last sentence of this article:
Read more here.''',
    quotes=[
        Q('“Blogs are the Vinyl Records of the Internet”', None, "Washington Post"),
        Q("“the decline of Iran's blogestan”", None, "Washington Post"),
    ],
    aliases={"Washington Post": ["Washington Post", "An article in Washington Post", "this article"]},
),
]
