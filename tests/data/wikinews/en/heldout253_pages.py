# Held-out English news texts (tests/data/heldout253-en.jsonl), none of them used in an earlier set. Global Voices in
# English (CC BY 3.0, attribution "Global Voices"), 2014-2017, taken from stored web pages (the `pages` search corpus):
# two full posts in copies on feed readers (rss2.com, 12 May 2017: 'Calls for Boycott After Pizza Hut Israel Mocks
# Palestinian Hunger Strikers on Facebook'; anhonesteye.com, its page for the Global Voices feed, June 2017: 'Satirical
# Cartoonists Take Aim at Bulgaria's Media Distribution ‘Monopoly’') and two short 'Quick Reads' posts printed in full on
# two stored versions of Global Voices' own list page for Quick Reads on Sub-Saharan Africa (globalvoicesonline.org,
# 2014: 'Nigeria Successfully Curtails Ebola to One Patient'; 'Should Women Starve Their Babies for Fear of Public
# Breastfeeding?'), each taken out of the list as a document of its own. They quote a company's Facebook comment and
# apology, a cartoonist, a health minister and an unnamed woman relayed by a blogger. Stored copies are cut after about
# 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Feed-reader
# lines, date lines, photo captions (one repeating the quoted Facebook comment) and the neighbouring Quick Reads posts
# are dropped; the headline is kept once as the first line; wording, spelling ('Bargouti' beside 'Barghouti', 'Health
# Minster', 'ahead the volatile'), spacing inside paragraphs ('that  Nigeria') and quotation marks are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H1585-H1588 in ANNOTATION.md on top of the rules
# of the sets above).
GV = "CC BY 3.0 (Global Voices)"
GVF = "CC BY 3.0 (Global Voices; copy of a single Global Voices article on a feed reader)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout253-en.jsonl

Built by `build.py` from `heldout253_pages.py`. Like heldout125-en (feed copies) and heldout233-en and heldout241-en
(Global Voices' own pages), these texts are Global Voices posts in English (CC BY 3.0, attribution "Global Voices"),
taken from stored web pages (the `pages` search corpus), none of them used in a set above: two full posts in copies on
feed readers (rss2.com: the Pizza Hut Israel Facebook ad mocking Palestinian hunger strikers, 12 May 2017;
anhonesteye.com, its page for the Global Voices feed: the Bulgarian satirical biweekly Prass-Press and its distribution,
June 2017) and two short 'Quick Reads' posts printed in full on two stored versions of Global Voices' own list page
http://globalvoicesonline.org/-/type/roundups+sub-saharan-africa/ (Nigeria's health minister on the Ebola cases, August
2014; a Kenyan blogger on breastfeeding in public), each taken out of the list as a document of its own, the other posts
of the list left out. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was
dropped is noted per page). Feed-reader lines, date lines and photo captions were dropped; wording and quotation marks
are as stored. None of these pages is used in any set above (checked by URL, by title and by distinctive phrases and the
names of the quoted people - 'Pizza Hut', 'Bargouti', 'Prass-Press', 'Chavdar Nikolov', 'mischievous cartoonists',
'Onyebuchi', 'Patrick Sawyer', 'Olivia Kidula', 'society would rather she starves' - with grep over tests/data of the main
worktree and of the other helpers' worktrees: no hit). Global Voices post pages are rare in the stored copies; partner
republications (EurasiaNet, Voces de Mujeres, Raíz Climática, Antidisinfo.net), uncredited copies on other sites, posts
whose only quotation is in a caption or in a cut paragraph (the Okinawa vigil of June 2016, the Hong Kong 'go Dutch'
fight of April 2017), teaser list pages and posts already in a set (Tom Bowker in Mozambique) were skipped, so the set is
small. The annotation (rules H1585–H1588 in `ANNOTATION.md`) was committed before whosaid was first run on these texts,
so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-2017-05-12-calls-for-boycott-after-pizza-hut-israel-mocks-palestinian-hunger-strikers",
    source="http://rss2.com/feeds/global-voices-online/5500/",
    license=GVF, retrieved=PAGES + " (copy of the Global Voices article of May 12, 2017 on the rss2.com feed reader; the feed title 'Global Voices Global Voices', the feed line 'Citizen media stories from around the world' and the date line 'May 12, 2017   Published ~ 7 years ago.' dropped; the photo caption 'A graffiti in support of political leader Marwan Barghouti ... Photo by Eman via Wikipedia. Public domain.' and the screenshot caption that repeats the Facebook comment ('“Barghouti, if you are going to break your strike, isn't pizza a better choice?” Screenshot of Facebook.') dropped; the apology's block quotation 'It was completely inappropriate and does not reflect the values of our brand. ... and the relationship', cut in the stored copy, dropped; 'Bargouti' beside 'Barghouti' as stored)",
    text='''Calls for Boycott After Pizza Hut Israel Mocks Palestinian Hunger Strikers on Facebook
Palestinians stormed social media calling for a global boycott of Pizza Hut restaurant after its Israeli branch ran a provocative Facebook ad that mocked Palestinian prisoners who have been on a mass hunger strike in Israeli prisons since 17 April.
Pizza Hut Israel posted on its Facebook page a photo of Palestinian leader Marwan Bargouti, allegedly breaking his hunger strike secretly in his cell. The company photoshopped a pizza box and a pizza slice into the picture, with the cynical comment: “Barghouti, if you are going to break your strike, isn't pizza a better choice?”
More than 1,500 Palestinian prisoners, of the 6,500 in total incarcerated in Israeli jails, are on their 26th day of an open-ended hunger strike to protest against ill-treatment, medical negligence, solitary confinement, administrative detentions and to fight for better conditions.
Angered by the mockery of the struggle of Palestinian political prisoners for their rights in Israeli prisons, Palestinians used the social media hashtags #Boycott_PizzaHut in both Arabic and English to call for a boycott of the global chain.
The ad was quickly removed from Pizza Hut's Israel Facebook page thereafter, and the company apologized on Facebook for “any offence caused by a recent post on Pizza Hut Israel’s Facebook page”:''',
    quotes=[
        Q('“Barghouti, if you', 'better choice?”', "Pizza Hut Israel"),
        Q('“any offence caused', 'Facebook page”', "Pizza Hut Israel"),
    ],
    aliases={"Pizza Hut Israel": ["Pizza Hut Israel", "its Israeli branch", "The company", "the company"]},
),
dict(
    id="gv-en-2017-06-satirical-cartoonists-take-aim-at-bulgarias-media-distribution-monopoly",
    source="http://anhonesteye.com/aggregator/sources/103",
    license=GVF, retrieved=PAGES + " (copy of the Global Voices article of June 2017 (dated by its text: 'Nearly four months ... later' after March 1, 2017) on the anhonesteye.com feed aggregator, its source page for the Global Voices feed; the lines 'Global Voices', 'Subscribe to Global Voices feed Global Voices', 'Citizen media stories from around the world', 'Updated: 17 hours 12 min ago' and the date line '13 hours 42 min ago' dropped; the photo caption 'Prass-Press copies on display next to the cash register in a bookshop in Sofia, Bulgaria. Photo by GV, CC-BY.' dropped; the author's note 'A version of this post was originally published on the author's blog in March.' kept as a line; the paragraph 'Despite readers’ enormous interest, only a small portion of the 10,000 printed copies ... shopping malls', cut in the stored copy, dropped; 'ahead the volatile' as stored)",
    text='''Satirical Cartoonists Take Aim at Bulgaria's Media Distribution ‘Monopoly’
A version of this post was originally published on the author's blog in March.
The biweekly satirical newspaper Prass-Press was supposed to have its first issue released across Bulgaria on March 1, but the cartoonists behind it allege that influential figures who were angered by its content hindered the paper's distribution ahead the volatile parliamentary elections later that month.
So, the cartoonists pieced together an alternative distribution network to get their irreverent publication to readers. Nearly four months and seven issues later, Prass-Press is still at it.
The biweekly is often compared to Charlie Hebdo. It's run by Chavdar Nikolov, Chavdar Georgiev, and Christo Komarnitski, who call themselves the three “mischievous cartoonists” in the newspaper masthead. Together with journalist Ivan Bakalov, they have been contradicting and ridiculing political leaders in Bulgaria for years.
In 2016, Nikolov was fired from the Sofia-based broadcasting company NOVA TV, because of his cartoon with the Prime Minister Boyko Borissov, who is depicted as a leader of criminal groups that hunt down migrants along the border. Shortly after, the cartoons were removed from NOVA TV’s official website, and so was Nikolov from his position.
“We are at war with the monopoly, with stupidity, with hypocrisy, and sadly with most of the Bulgarian institutions which keep quiet,” said Nikolov in an interview for bTV in March 2017.''',
    quotes=[
        Q('‘Monopoly’', None, "Chavdar Nikolov"),
        Q('“mischievous cartoonists”', None, None),
        Q('“We are at war', 'which keep quiet,”', "Chavdar Nikolov"),
    ],
    aliases={"Chavdar Nikolov": ["Chavdar Nikolov", "Nikolov"]},
),
dict(
    id="gv-en-2014-08-nigeria-successfully-curtails-ebola-to-one-patient",
    source="http://globalvoicesonline.org/-/type/roundups+sub-saharan-africa/",
    license=GV, retrieved=PAGES + " (Global Voices 'Quick Reads' post of late August 2014, printed in full on the stored version of the list page 'Quick Reads + Sub-Saharan Africa' that opens with 'Locusts Invade Madagascar's Capital City'; only this post is taken: the page's 'See all those languages up there? ...' and 'Learn more about Lingua Translation' lines, the heading 'Stories from Africa', the posts before it ('Locusts Invade Madagascar's Capital City') and after it ('Digital Media Guru Headlines Highway Africa 2014', cut in the stored copy) dropped; 'Health Minster' and the double space in 'that  Nigeria' as stored)",
    text='''Nigeria Successfully Curtails Ebola to One Patient
Nigeria's Health Minster, Professor Onyebuchi Chukwu, recently announced that Ebola though not “totally eliminated”, has been successfully curtailed. Nigeria has only one case of Ebola currently. According to Onyebuchi, as quoted by TheCable:
“As of today [August 26, 2014], Nigeria has 13 cases of Ebola virus disease. That is including the index case – the late Liberian-American Patrick Sawyer. Five did not survive, however two more Nigerian patients have been discharged. Both of them health workers, were discharged yesterday. This brings the number of those discharged now to seven. As I speak to you Nigeria has only one case of Ebola virus. This is thus far an indication that  Nigeria has contained the virus.”''',
    quotes=[
        Q('“totally eliminated”', None, "Onyebuchi Chukwu"),
        Q('“As of today', 'contained the virus.”', "Onyebuchi Chukwu"),
    ],
    aliases={"Onyebuchi Chukwu": ["Onyebuchi Chukwu", "Professor Onyebuchi Chukwu", "Onyebuchi", "Nigeria's Health Minster"]},
),
dict(
    id="gv-en-2014-should-women-starve-their-babies-for-fear-of-public-breastfeeding",
    source="http://globalvoicesonline.org/-/type/roundups+sub-saharan-africa/",
    license=GV, retrieved=PAGES + " (Global Voices 'Quick Reads' post of 2014, printed in full on the stored version of the list page 'Quick Reads + Sub-Saharan Africa' that opens with 'Movement Calls for Review of Imprisonment of Cameroon's Former Chief of Staff'; only this post is taken: the page's 'See all those languages up there? ...' and 'Learn more about Lingua Translation' lines, the heading 'Stories from Africa', the post before it (the Marafa Watch post) and the post after it ('12 Deaths and 27,000 Displaced Nigeriens Because of Floods', cut in the stored copy) dropped; Olivia Kidula's blog excerpt, printed without quotation marks, kept as stored, one line per paragraph)",
    text='''Should Women Starve Their Babies for Fear of Public Breastfeeding?
Olivia Kidula explains why breastfeeding in public should not stop:
A friend of mine recently gave birth to her first baby girl and is still getting the hang of motherhood. I began to notice she breastfeeds only when no men (besides her husband or father are around) and when she can “comfortably” hide away in a small space. When I mentioned to her that there should be no shame in feeding and nourishing her child in front of anyone, she responded,
“society would rather she starves than look at my breasts.”
The more I thought about the implications of her words the more upset I became. Who would want a child to starve? Who would truly want to deny a child nourishment and comfort at the chest of his mother?''',
    quotes=[
        Q('“comfortably”', None, None),
        Q('“society would rather', 'my breasts.”', None),
    ],
),
]
