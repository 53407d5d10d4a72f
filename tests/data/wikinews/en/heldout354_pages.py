# Held-out English news texts (tests/data/heldout354-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105):
# two insidevoa.com items (VOA Director David Ensor's note 'VOA is Nobody's Mouthpiece', 2013, and VOA's World Refugee
# Day programming, June 2022), a post of 'What's Up VOA' (whatsupvoa.wordpress.com, VOA's staff blog before
# insidevoa.com) on Eric Felten's jazz orchestra at VOA's 70th anniversary (2012), two VOA stories on USAGM CEO Amanda
# Bennett before Congress (voanews.com, July 2024; VOA's publishing system voa.pangea-cms.com, 2023), and three copies
# of VOA items on other sites (newsbreak.com: Ambassador Linda Thomas-Greenfield in Accra, August 2022; newdelhitimes.com:
# Bennett before the House Appropriations Committee, March 2023; newspapers.org: Bennett's nomination, 2022). None is
# credited to AP, Reuters, AFP or another third party; feed items of the same pages with agency-style wording or
# without quotations were left out. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept, a cut paragraph is dropped (noted in `retrieved`). Page lines, photo captions and source labels are dropped;
# headlines are kept as the first line; wording and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H1880-H1883 in ANNOTATION.md on top of
# H1-H1854).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout354-en.jsonl

Built by `build.py` from `heldout354_pages.py`. Like the VOA sets above (heldout338-en, heldout334-en, heldout328-en,
heldout301-en and others; copies on other sites with the licence constant PDC as in heldout338-en, and newdelhitimes.com
copies as in heldout132-en and heldout145-en), these texts are Voice of America texts (US government works in the
public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): two insidevoa.com items (VOA
Director David Ensor's note 'VOA is Nobody’s Mouthpiece' of 2013 on his interview with Nicholas Kralev, AMP page
1753366, and 'VOA Recognizes World Refugee Day with New and Original Content' of June 2022, page 6628811); a post of
'What's Up VOA' (whatsupvoa.wordpress.com, the staff blog VOA ran before insidevoa.com, as its last post says) on VOA's
On the Line host Eric Felten and his jazz orchestra at VOA's 70th anniversary event of March 7, 2012; two VOA stories
on USAGM CEO Amanda Bennett before Congress (voanews.com page 7691974, the House Foreign Affairs Committee hearing of
July 2024, and page 7077688 as stored from VOA's publishing system voa.pangea-cms.com, her Senate testimony of 2023);
and three copies of VOA items on other sites: a VOA feed item ('Voice of America') on a newsbreak.com page (August 2022,
Ambassador Linda Thomas-Greenfield at the University of Ghana in Accra), a VOA story on newdelhitimes.com (Bennett
before the House Appropriations Committee, March 2023) and the opening of a VOA story on newspapers.org (the White
House's intention to nominate Bennett, 2022). None is credited to AP, Reuters, AFP or another third party; the other
feed items of the newsbreak.com page (without quotations, cut in the stored copy, or with agency-style wording such as
the Russian envoy's 'serious' talks) were left out. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and a paragraph cut in the stored copy is dropped (what was dropped is noted per page).
Site lines ('Accessibility links', 'Breaking News'), photo captions, category and link lines, the blog's closing lines
and the aggregator's source labels were dropped; wording and quotation marks are as stored. None of these pages is used
in any set above (checked by URL and page id (insidevoa.com 1753366 and 6628811; voanews.com 7691974 and 7077688;
newsbreak.com 2692142509529; newspapers.org 4159767; the newdelhitimes.com and whatsupvoa.wordpress.com addresses), by
headline, and by the names of their speakers and distinctive phrases such as 'Nobody’s Mouthpiece', 'Kralev', 'strange
beast', 'Refugees Shape America', 'Wings of Hope', 'Eric Felten', 'bare necessities', 'Food prices worldwide are 23%',
'mitigating the impact of the war', 'avoid calling Hamas', 'beacon of freedom, supplying', 'inflection point', 'losing
the global information war' and 'I am honored by this nomination', grepped in tests/data of the main checkout and of
every other helper's worktree; no hits). Texts found but left out: Sierra Leone's waste import (in heldout311-en and
heldout345-en), the Scaramucci and Obama farewell stories of newsamricaa.blogspot.com, the Headliner and Rowse award
items of insidevoa.com and the Special English report with Susannah Fox (all in earlier sets), and VOA Learning
English stories and feed items adapted from or worded like agency copy (Bloomberg's gift to Johns Hopkins, the rescued
sailors, the 'Charging Bull' sculptor, North Korea's satellite). The annotation (rules H1880–H1883 in `ANNOTATION.md`
on top of H1–H1854) was committed before whosaid was first run on these texts, so the first score is a blind one (to
be scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h354-2013-voa-nobodys-mouthpiece",
    source="https://www.insidevoa.com/amp/voa-is-nobodys-mouthpiece/1753366.html",
    license=PD, retrieved=PAGES + " (insidevoa.com note of VOA Director David Ensor (2013), AMP page 1753366; the photo caption 'Nicholas Kralev and David Ensor' under the headline dropped; the headline kept as the first line; the last paragraph 'You can watch the entire interview at http://nicholaskralev.com/tv', which may be cut in the stored copy, dropped; the link text '[Full transcript here]' kept as stored; curly marks and the nested single marks of the Huffington Post headline as stored (H1880))",
    text='''VOA is Nobody’s Mouthpiece
One of the things that strikes me when I talk to people about my job as Director of Voice of America is how little most of our fellow Americans know about what we do and the powerful impact we have around the world.
Recently, I sat down with Nicholas Kralev, who hosts an online TV program about diplomacy. He actually started his interview by noting there are “quite a few misperceptions about Voice of America.” He called it a “strange beast,” a government funded journalistic organization. [Full transcript here]
The headline in the Huffington Post was: “VOA is ‘Not a Mouthpiece of the White House,’ Director Says.” Inside the Voice of America, that is not news. The truth is, VOA is a proud journalistic organization created more than 70 years ago to provide fair and balanced information to audiences in places where it is often difficult or impossible to get. Clearly we need to do a better job of explaining what we do, and how we do it, to our fellow citizens.
Helping to explain VOA’s mission is especially important because of recent changes in the law that now allow us to share our programs with audiences in the United States.
VOA is not in any way going to be competing with domestic broadcasters, but we do now have the option of working with domestic stations that can help us to reach our overseas audience. Our mission is overseas, in places like Iran and Somalia, but if, for example, a local station has a big Iranian audience in the United States, the new law gives us the option of providing our programs to them.
VOA programs have been available on the Internet for many years, but this change in the law opens up new opportunities for people to see our programs.
This is an exciting time for U.S. international broadcasting and public diplomacy, and I hope you will find some of what Nicholas and I discussed interesting.''',
    quotes=[
        Q('“quite a few misperceptions about Voice of America.”', None, "Nicholas Kralev"),
        Q('“strange beast,”', None, "Nicholas Kralev"),
        Q('“VOA is ‘Not a Mouthpiece', 'Director Says.”', None),
    ],
    aliases={"Nicholas Kralev": ["Nicholas Kralev", "Nicholas"]},
),
dict(
    id="voa-en-h354-2022-08-thomas-greenfield-food-security-africa",
    source="https://www.newsbreak.com/news/2692142509529/mum-on-al-zawahiri-s-killing-taliban-claim-renewed-resolve-to-fight-terror",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of August 2022 in the list of VOA feed items on a newsbreak.com page; the source label 'Voice of America' above the item dropped; the headline kept as the first line, the blurb stored as one paragraph and kept so (H1067); the stored blurb ends on a complete quotation; the neighbouring items (Pakistan and India and the journalist held by the Taliban, cut in the stored copy; the Kabul bombing, without quotations; the Russian envoy on the Iran talks, with agency-style wording; 'VOA Interview: National S', cut) left out; straight marks as stored)",
    text='''US Official: Sub-Saharan Africa Food Security Hardest Hit by Russia's War
A senior U.S. official said Friday that sub-Saharan Africa is the region hardest hit by disruptions to the global food supply due to Russia's invasion of Ukraine. "Food prices worldwide are 23% higher than a year ago, but they hit the hardest in sub-Saharan Africa where food consumes 40% of household budgets," Ambassador Linda Thomas-Greenfield told an audience at the University of Ghana in Accra. "Regardless of how you feel about Russia, we all have a powerful common interest in mitigating the impact of the war on Ukraine on food security."''',
    quotes=[
        Q('"Food prices worldwide', 'household budgets,"', "Linda Thomas-Greenfield"),
        Q('"Regardless of how you feel', 'on food security."', "Linda Thomas-Greenfield"),
    ],
    aliases={"Linda Thomas-Greenfield": ["Ambassador Linda Thomas-Greenfield", "Linda Thomas-Greenfield", "A senior U.S. official"]},
),
dict(
    id="voa-en-h354-2012-03-voa-renaissance-man-felten",
    source="https://whatsupvoa.wordpress.com/",
    license=PD, retrieved=PAGES + " (post of 'What's Up VOA', the staff blog VOA ran before insidevoa.com (2012), on the blog's front page; the blog's closing post 'Oooops! We are no longer posting on this blog. Visit our new site www.insidevoa.com.' and its line 'Posted in Other | Leave a comment' dropped; the post title 'More than Meets the Eye' and its heading 'VOA’s Renaissance Man' kept as the first two lines; the photo caption 'Eric Felten Mic', run into the next paragraph in the stored copy ('Eric Felten MicThe program ...'), dropped (H1882); the paragraph 'Growing up in Phoenix, ... His grandfather t', cut in the stored copy, dropped; curly marks as stored)",
    text='''More than Meets the Eye
VOA’s Renaissance Man
“Look for the bare necessities, the simple bare necessities, forget about your worries and your strife, I mean the bare necessities, Old Mother Nature’s recipes, that brings the bare necessities of life.” The recorded voice of Louis Armstrong singing these well-known lyrics from the song Bare Necessities will never get old. However, on March 7, 2012 another man sang his own rendition of the famous song at VOA’s 70th anniversary event, acknowledging “It was a bit daunting to come out and follow Louis Armstrong.” VOA’s On the Line host Eric Felten stood on stage with his jazz orchestra in a performance that brought jazz music briefly back to the spotlight.
The program called for a mix of live and produced music. This combination allowed Felten to truly enjoy the experience as the provider of live jazz entertainment for the event, “great fun and doubly fun to be part of what has been one of VOA’s signature accomplishments over the years, which is jazz.”
Eric Felten and his Jazz Orchestra have been together since 1991 and their resume boasts an impressive series of highlights. In 2001, they completed an hour-long PBS special, Big Band Sound of World War II. The program has been seen by over 12 million viewers and PBS considers Felten a “renowned crooner and bandleader.” They have played at several inaugural events & bashes for the Obama and second Bush administrations. In addition, they play several times a year at Blues Alley, a Washington, D.C jazz landmark, including an annual July 4th World War II Big Band concert.''',
    quotes=[
        Q('“Look for the bare necessities', 'necessities of life.”', None),
        Q('“It was a bit daunting', 'follow Louis Armstrong.”', "Eric Felten"),
        Q('“great fun and doubly fun', 'which is jazz.”', "Eric Felten"),
        Q('“renowned crooner and bandleader.”', None, "PBS"),
    ],
    aliases={"Eric Felten": ["VOA’s On the Line host Eric Felten", "Eric Felten", "Felten", "another man"], "PBS": ["PBS"]},
),
dict(
    id="voa-en-h354-2022-06-voa-world-refugee-day",
    source="https://www.insidevoa.com/a/voa-recognizes-world-refugee-day-with-new-and-original-content-/6628811.html",
    license=PD, retrieved=PAGES + " (insidevoa.com item of June 2022, page 6628811; the lines 'Accessibility links' and 'Breaking News' and the photo caption 'Rohingya camp in Cox’s Bazaar, Bangladesh' (printed twice) dropped; the headline kept as the first line; the paragraph 'The South and Central Asia Division featured ... who, like many teens,', cut in the stored copy, dropped with the title “Dreaming in Exile” in it; 'contribued' not in the kept text; the closing-shaped mark opening ”Wings of Hope,” as stored (H1881))",
    text='''VOA Recognizes World Refugee Day with New and Original Content
In recognition of World Refugee Day on June 20, and true to its commitment to reach at-risk and refugee populations in the regions where it broadcasts, the Voice of America featured a variety of original programming spotlighting issues related to displaced persons. The United Nations Refugee Agency estimates that there are now more than 100 million forcibly displaced persons around the world, including 32 million refugees. VOA works hard to document and tell the stories of these individuals.
VOA’s News Center featured a number of unique pieces centered on the refugee experience, including a special project, “Refugees Shape America,” that illustrates the stories of notable figures who had to flee hardship in their homelands in hopes of a better life in the U.S.
The Africa Division highlighted the experiences of former South Sudanese refugees and their stories of success after resettling abroad and released four new translations of VOA’s award-winning 2021 documentary, “A Day in the Life of Refugees.” In addition, President and CEO of the U.S. Committee for Refugees and Immigrants, Eskinder Negash, took part in the TV program “Africa 54,” for a special interview about the lives of refugees in the United States.
VOA’s Spanish service, broadcasting to Latin America, aired a new documentary, ”Wings of Hope,” which tells the story of an Argentine actor and airline pilot who flies to Poland to help Ukrainians escaping the ongoing war in their country.''',
    quotes=[
        Q('“Refugees Shape America,”', None, None),
        Q('“A Day in the Life of Refugees.”', None, None),
        Q('“Africa 54,”', None, None),
        Q('”Wings of Hope,”', None, None),
    ],
    aliases={},
),
dict(
    id="voa-en-h354-2024-07-usagm-house-hearing",
    source="https://www.voanews.com/a/congressional-hearing-focuses-on-usagm-on-policy-budget-personnel-issues-/7691974.html",
    license=PD, retrieved=PAGES + " (voanews.com story of July 2024, page 7691974; the lines 'Accessibility links' and 'Breaking News' and the photo caption 'U.S. Agency for Global Media CEO Amanda Bennett testifies before the House Foreign Affairs Committee, July 9, 2024 in this photo from taken from video.' (printed twice) dropped; the headline kept as the first line; the paragraph 'McCaul and other lawmakers asked about long-running issues, including the rehiring of a person at VOA who had been fired under a previous administ', cut in the stored copy, dropped; curly marks and the straight apostrophe of 'it's' as stored (H1883))",
    text='''Congressional hearing focuses on USAGM on policy, budget, personnel issues
U.S. Agency for Global Media CEO Amanda Bennett, newly sworn-in Voice of America Director Michael Abramowitz, and Radio Free Europe/Radio Liberty President Stephen Capus faced tough questions before the House Foreign Affairs Committee on Tuesday about the networks’ budget, priorities and challenges.
Republican Representative Scott Perry started the hearing by asking Bennett if she considers Hamas to be a terrorist organization. Bennett responded, “I will accept the definition given by the United States, which has designated Hamas as a terrorist organization.”
Perry grilled Bennett about an emailed memo that circulated to VOA journalists shortly after Hamas’ Oct. 7 massacre of some 1,200 Israelis saying staff members should “avoid calling Hamas and its members terrorists, except in quotes.”
Not mentioned at the hearing, the memo also said it was appropriate to describe Hamas’ actions “as terrorist attacks or acts of terror.”
Bennett said agency policy is to use the word “terrorist” carefully and when it's “appropriate.”
She also said the agency is now using artificial intelligence to ensure all 48 language services at VOA are following the agency’s editorial policies.
Committee Chairman Michael McCaul praised USAGM as a “beacon of freedom, supplying the truth to those living under tyranny and oppression.” However, he said there are serious problems in how it is being managed.''',
    quotes=[
        Q('“I will accept the definition', 'as a terrorist organization.”', "Amanda Bennett"),
        Q('“avoid calling Hamas and its members terrorists, except in quotes.”', None, None),
        Q('“as terrorist attacks or acts of terror.”', None, None),
        Q('“terrorist”', None, None),
        Q('“appropriate.”', None, "Amanda Bennett"),
        Q('“beacon of freedom', 'tyranny and oppression.”', "Michael McCaul"),
    ],
    aliases={"Amanda Bennett": ["U.S. Agency for Global Media CEO Amanda Bennett", "Amanda Bennett", "Bennett"],
             "Michael McCaul": ["Committee Chairman Michael McCaul", "Michael McCaul"]},
),
dict(
    id="voa-en-h354-2023-usagm-chief-inflection-point",
    source="https://voa.pangea-cms.com/preview/en-US/a/usagm-chief-tells-lawmakers-global-information-wars-at-inflection-point/7077688.html",
    license=PD, retrieved=PAGES + " (VOA story of 2023 (page 7077688) as stored from VOA's own publishing system (voa.pangea-cms.com, preview of the voanews.com page); the lines 'Accessibility links', 'Breaking News' and the section label 'USA' and the photo caption 'FILE - In this still image from video, USAGM CEO Amanda Bennett testifies before a U.S. House committee on Capitol Hill in Washington, March 9, 2023.' (printed twice) dropped; the headline kept as the first line; the paragraph '\"This is the most important time for this a', cut in the stored copy, dropped with its quotation; straight marks, single marks in the headline and the bracketed insertion as stored (H1883))",
    text='''USAGM Chief Tells Lawmakers Global Information Wars at 'Inflection Point'
The chief executive officer of the United States Agency for Global Media said Wednesday the agency she leads is playing a critical role globally in giving audiences access to credible and unbiased news countering media run by authoritarian regimes.
"We are at an inflection point," Amanda Bennett said in prepared testimony for the Senate foreign relations subcommittee overseeing the State Department and other international activities.
"Authoritarian regimes are using malign influence, disinformation, propaganda and information manipulation to close the flow of information and undermine those seeking fact-based information about the world around them. The governments of the [People's Republic of China], Iran and Russia often work together to amplify their malign influence," she continued.
USAGM estimates that 394 million people access its programming each week. The federally funded agency overseen by the U.S. Congress comprises two federal entities — Voice of America and the Office of Cuba Broadcasting — and four nonprofits: Radio Free Europe/Radio Liberty, Radio Free Asia, the Middle East Broadcasting Networks and the Open Technology Fund (OTF).
Bennett said USAGM was built for this moment with more than 4,000 media partners around the world countering the influence of state-run media.
According to USAGM, RFE and VOA programming was viewed 8 billion times in Russian and Ukrainian in the year since the Russian invasion, and 1 in 4 Iranian adults used OTF-supported circumvention tools to access information.''',
    quotes=[
        Q("'Inflection Point'", None, "Amanda Bennett"),
        Q('"We are at an inflection point,"', None, "Amanda Bennett"),
        Q('"Authoritarian regimes', 'their malign influence,"', "Amanda Bennett"),
    ],
    aliases={"Amanda Bennett": ["Amanda Bennett", "Bennett", "The chief executive officer of the United States Agency for Global Media", "USAGM Chief"]},
),
dict(
    id="voa-en-h354-2023-03-usagm-ceo-russian-chinese-propaganda",
    source="https://www.newdelhitimes.com/usagm-ceo-describes-efforts-to-counter-russian-and-chinese-propaganda/",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of March 2023 on newdelhitimes.com, which reposts VOA stories (as in heldout132-en and heldout145-en); the site's category line 'Asia Europe Latest Stories Politics' dropped; the headline kept as the first line; the subheading 'VOA censorship allegations' kept as a line as stored; the paragraph 'The article reported how VOA had placed on paid leave two recently hired journalists in its Russian Service over', cut in the stored copy, dropped; curly marks and the bracketed insertion as stored)",
    text='''USAGM CEO Describes Efforts to Counter Russian and Chinese Propaganda
The United States Agency for Global Media’s Chief Executive Officer Amanda Bennett said Thursday the agency she leads is facing a critical time globally in which access to credible news is threatened by authoritarian regimes.
During a hearing before the House Appropriations Committee, Bennett told lawmakers that USAGM news networks routinely outperform better-funded Russian and Chinese media operations in many key markets around the world because of their independent journalism.
“If we miss this opportunity to target investments to counter inroads Russia and [China] are making, we run the risk of losing the global information war,” Bennett said.
Bennett discussed efforts to improve journalistic standards at the Office of Cuba Broadcasting, described USAGM news networks’ use of satellite and circumvention technologies to reach audiences in places like China and Iran, and she described the reach and impact that USAGM networks have in countering attempts by Russia to block access to credible news.
VOA censorship allegations
Bennett, who led Voice of America for four years until she resigned in 2020, said in response to lawmaker questions that she abides by the agency’s editorial firewall and was not involved in a decision to change a recent VOA article about the agency.
In a March 8 letter to USAGM, House Foreign Affairs Chairman Michael McCaul said he was concerned about alleged censorship at USAGM and Voice of America (VOA) in relation to an article published by VOA about its hiring process.
“As a publicly funded media organization, it is imperative that USAGM and VOA comply with these strict requirements for both integrity and nonpartisanship, keeping USAGM leadership out of the editorial decision-making process,” McCaul said.''',
    quotes=[
        Q('“If we miss this opportunity', 'global information war,”', "Amanda Bennett"),
        Q('“As a publicly funded', 'decision-making process,”', "Michael McCaul"),
    ],
    aliases={"Amanda Bennett": ["The United States Agency for Global Media’s Chief Executive Officer Amanda Bennett", "Amanda Bennett", "Bennett"],
             "Michael McCaul": ["House Foreign Affairs Chairman Michael McCaul", "Michael McCaul", "McCaul"]},
),
dict(
    id="voa-en-h354-2022-bennett-usagm-nomination",
    source="https://newspapers.org/stories/white-house-intends-to-nominate-former-voa-director-usagm-ceo,4159767",
    license=PDC, retrieved=PAGES + " (opening of a VOA story of 2022 as copied on newspapers.org, which prints the story's first paragraphs under its headline with a link to VOA; the link line 'Read more from Voice of America' dropped; the headline kept as the first line; curly marks as stored)",
    text='''White House intends to nominate former VOA director USAGM CEO
The White House announced it intends to nominate Pulitzer-winning journalist and former Voice of America director Amanda Bennett, to head the U.S. Agency for Global Media.
“I am honored by this nomination,” Bennett told VOA late Friday. “If confirmed, I will be so proud to work with all the dedicated journalists at USAGM who are doing the critical and difficult work around the world of upholding and demonstrating the value of a free press.”''',
    quotes=[
        Q('“I am honored by this nomination,”', None, "Amanda Bennett"),
        Q('“If confirmed', 'of a free press.”', "Amanda Bennett"),
    ],
    aliases={"Amanda Bennett": ["former Voice of America director Amanda Bennett", "Amanda Bennett", "Bennett"]},
),
]
