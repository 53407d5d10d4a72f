# Held-out English news texts (tests/data/heldout145-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of Voice of America stories of 2008-2021 (US government works in the public domain, 17 U.S.C.
# § 105): a VOA Special English 'This Is America' script on the last week of the 2008 US presidential campaign
# (learningenglish.voanews.com), a VOA News report on the humanitarian crisis in the Central African Republic (December
# 2013, voanews.com), VOA's report on Novak Djokovic's French Open title (June 2021, voanews.com) and a copy of VOA's
# report of November 2016 on voters around the US (newdelhitimes.com, which reproduces the VOA story). None is credited to
# AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs
# are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking News',
# 'Latest Stories World'), a stored date field, section lines, bylines, time lines, image captions, a service notice and
# 'Latest News' blocks are dropped; a hard line break inside a paragraph is joined with a space; headlines and subheadings
# are kept; wording, spelling ('seeking refugee at the airport', 'Banqui', 'I can not describe', 'winning rocket', 'coming
# into the county'), spacing inside paragraphs ('In a VOA interview , United States') and quotation marks are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H1085-H1088 in ANNOTATION.md on top of H1-H1080).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout145-en.jsonl

Built by `build.py` from `heldout145_pages.py`. Like heldout98-en and other VOA sets above, these texts are stored web pages
(the `pages` search corpus), none of them used in a set above: four Voice of America stories from 2008 to 2021 (US
government works in the public domain, 17 U.S.C. § 105): the VOA Special English 'This Is America' script 'Election 2008:
'Change We Need' or 'Country First?'' (learningenglish.voanews.com, November 2008; Barack Obama and John McCain in Ohio);
the VOA News report on the spiraling humanitarian crisis in the Central African Republic (voanews.com, December 2013; VOA
correspondent Idrisse Fall in Bangui and US special envoy David Brown); VOA's report on Novak Djokovic's 19th Grand Slam
title at the French Open (voanews.com, June 2021); and VOA's report of November 2016 on voters around the United States,
as reproduced on newdelhitimes.com. None is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site and section
lines, bylines, date lines, captions and notices were dropped; wording and quotation marks are as stored. None of these
pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing
text: no shared 8-word sequence apart from the Special English opening formula 'Welcome to THIS IS AMERICA in VOA
Special English. I’m Steve Ember. / And I'm ...'). The annotation (rules H1085–H1088 in `ANNOTATION.md` on top of H1–H1080) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2008-11-02-election-2008-change-we-need-or-country-first",
    source="https://learningenglish.voanews.com/a/a-23-2008-11-02-voa16-83135847/128220.html",
    license=PD, retrieved=PAGES + " (VOA Special English 'This Is America' script; the site lines 'Accessibility links' and 'Breaking News' and the notice 'For complete news coverage from VOA, and to join the discussion, go to' dropped; the paragraph 'JOHN McCAIN: \"And that is the problem with Senator Obama's approach ... by creating opportunity for', cut in the stored copy, dropped; the curly 'I’m' beside the straight 'I'm' as stored)",
    text='''Election 2008: 'Change We Need' or 'Country First?'
Welcome to THIS IS AMERICA in VOA Special English. I’m Steve Ember.
And I'm Barbara Klein. Our subject this week is the election. On Tuesday, after a campaign that lasted almost two years, Americans will elect their forty-fourth president.
Barack Obama entered the final week of the campaign leading in national opinion polls and in many of the states that could decide the election.
BARACK OBAMA: "Do not believe for a second that this election is over. Do not think for a minute that power concedes. We have a lot of work to do. We have to work like our future depends on it in this last week, because it does depend on it this week!"
The Democrat began giving what his campaign called his "closing argument" in a speech last Monday in Ohio.
BARACK OBAMA: "John McCain might be worried about losing an election, but I am worried about Americans who are losing their homes and their jobs and their life savings. I can take one more week of John McCain's attacks, but this country cannot take four more years of the same failed politics and the same failed policies. It is time to try something new!"
John McCain was also in Ohio.
JOHN McCAIN: "With one week left in this campaign, the choice facing Americans is stark. My economic goals and policies are very clear."
Senator McCain wants to permanently extend President Bush's tax cuts. Senator Obama would let those tax cuts end. He says he wants tax cuts for the middle class, not the wealthy.
John McCain and his running mate, Sarah Palin, have suggested that the plan amounts to socialism.''',
    quotes=[
        Q("'Change We Need'", None, None),
        Q("'Country First?'", None, None),
        Q('"Do not believe', 'this week!"', "Barack Obama"),
        Q('"closing argument"', None, None),
        Q('"John McCain might be worried', 'something new!"', "Barack Obama"),
        Q('"With one week left', 'very clear."', "John McCain"),
    ],
    aliases={"Barack Obama": ["BARACK OBAMA", "Senator Obama", "The Democrat"],
             "John McCain": ["JOHN McCAIN", "Senator McCain"]},
),
dict(
    id="voa-en-2013-12-spiraling-humanitarian-crisis-in-car",
    source="https://voanews.com/a/spiraling-humanitarian-crisis-in-car/1812881.html",
    license=PD, retrieved=PAGES + " (the stored part begins with the first paragraph, without headline, site lines or byline, and ends with the last paragraph; 'seeking refugee at the airport', 'I can not describe', 'Banqui' and the space before the comma in 'In a VOA interview , United States' as stored)",
    text='''The U.N. refugee agency has deployed additional emergency teams to the Central African Republic, where violence in the capital, Bangui, has forced more than 200,000 people to flee from their homes during the past two weeks.
Also, French and African intervention forces have been trying to quell the CAR unrest. The country descended into chaos in March after mostly Muslim rebels, known as Seleka, overthrew president Francois Bozize.
Months of looting and killing have brought retaliation by Bozize allies and Christian militias, known as anti-balaka.
VOA correspondent Idrisse Fall in Bangui says thousands of people are in dire straits after seeking refugee at the airport, which is under French protection.
"No mattress. No food. No nothing. No water. No electricity. Nothing. No latrine. No toilet. It is very, very - I can not describe what I saw there."
Fall says overall, Banqui is quiet.
"The French are here, the soldiers. There is not a lot of fighting. The anti-Balaka are here. The Seleka are here but there is not a lot of fighting going on. The streets are empty. You do not see a lot of people."
In a VOA interview , United States special envoy David Brown said the U.S. has provided CAR with a considerable amount of humanitarian assistance, much of it food aid.
"In 2013, that aid has exceeded to $25 million. In addition, there was also an announcement of $6.2 million in refugee assistance in September and we expect in 2014 there will be a very considerable increase in this humanitarian assistance."
Relief organizations say recent fighting in the capital and elsewhere has left more than 600 people dead.''',
    quotes=[
        Q('"No mattress.', 'saw there."', "Idrisse Fall"),
        Q('"The French are here,', 'lot of people."', "Idrisse Fall"),
        Q('"In 2013,', 'humanitarian assistance."', "David Brown"),
    ],
    aliases={"Idrisse Fall": ["VOA correspondent Idrisse Fall", "Fall"],
             "David Brown": ["United States special envoy David Brown"]},
),
dict(
    id="voa-en-2021-06-14-djokovic-wins-french-open",
    source="https://www.voanews.com/europe/djokovic-wins-french-open-clinching-19th-grand-slam",
    license=PD, retrieved=PAGES + " (the stored date field and section line 'date 2021-06-14 Europe', the byline 'By VOA News', the line 'Updated June 14, 2021 06:10 AM' and the image caption, printed twice, dropped; the block after the last paragraph ('VOA logo', 'By', 'VOA News', 'Latest News' and teasers of other stories) dropped; the hard line break in 'sticking with me and / supporting me.' joined with a space; a paragraph holding only a space and the spaces at the end of paragraphs dropped; 'winning rocket' as stored)",
    text='''Djokovic Wins French Open, Clinching 19th Grand Slam
Serbian tennis star Novak Djokovic defeated Greece’s Stefanos Tsitsipas Sunday in the French Open final, clinching his 19th Grand Slam win 6-7, 2-6, 6-3, 6-2, 6-4.
“I want to thank my team, my box, my family, my coach,” Djokovic said after his win, acknowledging that while the game was “physically and mentally very difficult” he knew he was capable of the win.
The five-set match lasted four hours and 11 minutes, as the 34-year-old Djokovic made a comeback from losing the first two sets, in what he called an “electric ambiance” after the match.
After the match, Djokovic gave his winning rocket to a young fan in the stands.
“I found that very cute and very nice,” Djokovic said. “To give the racket to the best person was him. That was my gratitude for him sticking with me and supporting me.”
Djokovic, currently ranked the No. 1 male player in the world, defeated “King of Clay” Rafael Nadal in the semifinals last week.
Sunday marked the first time the 22-year-old Tsitsipas had made it to a Grand Slam final.''',
    quotes=[
        Q('“I want to thank', 'my coach,”', "Novak Djokovic"),
        Q('“physically and mentally very difficult”', None, "Novak Djokovic"),
        Q('“electric ambiance”', None, "Novak Djokovic"),
        Q('“I found that very cute and very nice,”', None, "Novak Djokovic"),
        Q('“To give the racket', 'supporting me.”', "Novak Djokovic"),
        Q('“King of Clay”', None, None),
    ],
    aliases={"Novak Djokovic": ["Serbian tennis star Novak Djokovic", "Djokovic"]},
),
dict(
    id="voa-en-2016-11-voters-around-us-weigh-in-on-election-issues",
    source="https://www.newdelhitimes.com/voters-around-us-weigh-in-on-election-issues-candidates123/",
    license=PDC, retrieved=PAGES + " (copy of the VOA story 'Voters Around US Weigh in on Election Issues, Candidates' on newdelhitimes.com; the site line 'Latest Stories World' dropped; the subheadings 'Michigan firsts', 'Virginia polls' and 'Big Apple crunch' kept; the paragraph '“I come from an immigrant family back home, ... I think with illegal i', cut in the stored copy, dropped; 'coming into the county' as stored)",
    text='''Voters Around US Weigh in on Election Issues, Candidates
Voters across the United States spoke to VOA about the issues that are most important to them, and talked about who they voted for and why.
Their opinions and thoughts run the gamut, showing a great deal of passion to accompany their often disparate views.
Michigan firsts
In Dearborn, Michigan, Saudi-born Zahraa Alakashi said she has a lot of concerns about Republican candidate Donald Trump, who has in the past called for a ban on Muslim immigrants coming into the county. Alakashi is voting for Democrat Hillary Clinton.
“That’s only my second vote, the first one was for Obama, the first black president, and my second vote is for hopefully the first female president, and I think that’s very exciting,” she said.
Virginia polls
In McLean, Virginia, outside Washington, Ellis Richard Salvia gave his reasons for supporting Trump.
“To save America from people who are putting America down. Obama and Clinton are putting America down. With open borders and all their executive things,” he said. “We want America to be the greatest country in the world. When America is in good shape, the globe is in good shape.”
Big Apple crunch
In New York, a voter who self-identified as Jamie said she was glad the bitter election season is coming to an end. “It’s been awful, I can’t wait for it to be over,” she said, while expressing hope the winner will be a woman, in a reference to Clinton.
Tony, from Melbourne, Australia, said he came to New York to observe the election, noting he has been an advocate for Trump in Australia for about a year. He said he leads a small group back home — Australians for Trump, comprised of more than 1,000 followers — that meets regularly.''',
    quotes=[
        Q('“That’s only my second vote', 'very exciting,”', "Zahraa Alakashi"),
        Q('“To save America', 'executive things,”', "Ellis Richard Salvia"),
        Q('“We want America', 'in good shape.”', "Ellis Richard Salvia"),
        Q('“It’s been awful,', 'to be over,”', "Jamie"),
    ],
    aliases={"Zahraa Alakashi": ["Saudi-born Zahraa Alakashi", "Alakashi"]},
),
]
