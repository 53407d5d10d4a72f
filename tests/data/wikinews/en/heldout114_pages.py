# Held-out English Wikinews texts (tests/data/heldout114-en.jsonl), none of them used in an earlier set. English Wikinews
# pages of 2011-2015 (CC BY 2.5) taken from stored web pages (the `pages` search corpus): the en.wikinews.org article on a
# fire that killed a family of five in Pichilemu, Chile (November 1, 2011), and two en.wikiactu.com mirror copies (the
# mirror repeats the Wikinews CC BY 2.5 notice under its articles) of Wikinews articles from Australia: the High Court's
# refusal of Anders Holmdahl's appeal against his conviction for not voting (April 17, 2013) and the Liberal Party's
# leadership spill that made Malcolm Turnbull Prime Minister-designate (September 14, 2015). None is credited to AP,
# Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept and a cut paragraph is dropped (noted in `retrieved`). Site lines ('From Wikinews, ...', 'Jump to ...'), the
# mirror's site line, date line and repeat of the headline, portal boxes ('Related articles', 'Location of ...',
# 'Collaborate!'), image captions, 'Sources' lists, the first-hand-journalism notices and licence lines are dropped;
# wording, spacing inside paragraphs and quotation marks (straight or curly, as stored) are kept. Annotated by reading
# the texts, before whosaid was run on them (rules H830-H833 in ANNOTATION.md on top of the rules above).
WN = "CC BY 2.5 (Wikinews)"
WNM = "CC BY 2.5 (Wikinews; mirror copy, Wikinews licence notice kept by the mirror)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout114-en.jsonl

Built by `build.py` from `heldout114_pages.py`. Like heldout21-en, heldout28-en, heldout42-en, heldout58-en, heldout63-en
and heldout106-en, these texts are English Wikinews pages (CC BY 2.5) taken from stored web pages (the `pages` search
corpus), none of them used in a set above: the en.wikinews.org article on a fire that killed a family of five in
Pichilemu, Chile (2011), and two en.wikiactu.com mirror copies (the mirror repeats the Wikinews CC BY 2.5 notice under
each article) of Wikinews articles from Australia: the High Court's refusal of Anders Holmdahl's appeal against his
conviction for not voting (2013) and the Liberal Party leadership spill won by Malcolm Turnbull (2015). None is credited
to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Site lines, the mirror's lines, portal boxes, captions, source
lists and notices were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no shared 8-word
sequence). The annotation (rules H830–H833 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid
was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2011-11-01-fire-in-pichilemu-chile-kills-family-of-five",
    source="https://en.wikinews.org/wiki/Fire_in_Pichilemu,_Chile_kills_family_of_five",
    license=WN, retrieved=PAGES + " (the site lines 'From Wikinews, the free news source you can write!' and 'Jump to: navigation, search', the image caption 'The burnt home on Monday morning. / Image: Diego Grez.' and the closing notices on first-hand journalism and broadcast sources dropped; the whole article is kept)",
    text='''Fire in Pichilemu, Chile kills family of five
Tuesday, November 1, 2011
A family of four adults and one minor has been reported dead after the house they were inhabiting in the city of Pichilemu, in Chile was allegedly intentionally set on fire on Sunday morning.
The fire was reported for the first time at around 8:00 AM local time (11:00 UTC). The house was located in Dionisio Acevedo Street, in front of the Inmaculada Concepción Catholic Church of Pichilemu. According to eyewitnesses, it was "intentionally caused by a group of drunken teenagers." Another eyewitness said it was "the greatest fire she ever saw in Pichilemu. It was a real hell."
The owner said she was "extremely upset." "I did not rent the home to anyone, now I have nothing, I came for the money, but they aren't here it seems," she told live radio. Mayor Roberto Córdova told Radio Somos Pichilemu presenter Esteban Araneda "it was highly doubtful [the owner] wasn't aware these persons were inhabiting the home. It's a great tragedy for the Pichileminian and couldn't pass unnoticed."
Officials said the bodies have not yet been identified. The police haven't been able to contact their respective relatives.
Dozens of people gathered outside the burnt house during Sunday afternoon. It is believed that the fire affected at least five other homes.''',
    quotes=[
        Q('"intentionally caused', 'drunken teenagers."', None),
        Q('"the greatest fire', 'a real hell."', None),
        Q('"extremely upset."', None, None),
        Q('"I did not rent', 'here it seems,"', None),
        Q('"it was highly doubtful', 'pass unnoticed."', "Roberto Córdova"),
    ],
    aliases={"Roberto Córdova": ["Mayor Roberto Córdova"]},
),
dict(
    id="wn-en-2013-04-17-high-court-of-australia-dismisses-appeal-compulsory-voting",
    source="http://en.wikiactu.com/?cat=1360",
    license=WNM, retrieved=PAGES + " (en.wikiactu.com mirror copy of the Wikinews article 'High Court of Australia dismisses appeal against conviction, compulsory voting'; the mirror's site line 'Wiki Actu en', its date line 'April 17, 2013' and its repeat of the headline, the lines 'From Wikinews, the free news source you can write!' and 'Jump to: navigation, search', the portal box ('Crime and law / Related articles / Crime and law / Collaborate! / Pillars of Wikinews writing / Writing an article') and the image caption 'Australian coat of arms, used as the High Court logo.' dropped; the fourth paragraph 'The standard High Court procedures involve hearing each matter by...', cut in the stored copy, and the rest of the article dropped)",
    text='''High Court of Australia dismisses appeal against conviction, compulsory voting
Wednesday, April 17, 2013
Last Friday, following over two years of lawsuit over failure to participate in general election, Anders Holmdahl attended a High Full Court of Australia hearing with an audio-link from Canberra to Adelaide, South Australia, claiming voting is a right, not a duty, citing the Australian constitution. However the Justices dismissed the application for leave to appeal against conviction, ruling it had “no prospect of success” over a point that the Commonwealth Electoral Act was enacted within power.
Anders Holmdahl was represented by Kevin Borick, QC, the president of the Australian Criminal Lawyers Association, throughout the process.
Anders Holmdahl cited “fundamental distinction” between the words vote, which he defined as “exercise of free will”; right, “something you are privileged to be granted”; and duty, “something you are required to do”. After a 20-minute discourse with the lawyer representing the applicant, Justice Kenneth Hayne said, “An appeal to this Court would enjoy no prospect of success. Special leave to appeal is refused.” and adjourned the Court. Justices Stephen Gageler, Patrick Keane were also present at the hearing and participated in the verbal discourse, also enquiring the lawyer about their reasoning but not specifying reasons other than what Hayne J said. Wikinews contacted both Anders Holmdahl and the High Court and confirmed there was no other documentation of reasons behind the judgment.''',
    quotes=[
        Q('“no prospect of success”', None, "High Court of Australia"),
        Q('“fundamental distinction”', None, "Anders Holmdahl"),
        Q('“exercise of free will”', None, "Anders Holmdahl"),
        Q('“something you are privileged to be granted”', None, "Anders Holmdahl"),
        Q('“something you are required to do”', None, "Anders Holmdahl"),
        Q('“An appeal to this Court', 'appeal is refused.”', "Kenneth Hayne"),
    ],
    aliases={"High Court of Australia": ["the Justices", "the High Court"],
             "Anders Holmdahl": ["Holmdahl"],
             "Kenneth Hayne": ["Justice Kenneth Hayne", "Hayne J"]},
),
dict(
    id="wn-en-2015-09-14-australian-liberal-party-change-leader-prime-minister",
    source="http://en.wikiactu.com/?cat=52",
    license=WNM, retrieved=PAGES + " (en.wikiactu.com mirror copy of the Wikinews article 'Australian Liberal party change leader, Prime Minister'; the mirror's site line 'Wiki Actu en', its date line 'September 14, 2015' and its repeat of the headline, the lines 'From Wikinews, the free news source you can write!' and 'Jump to: navigation, search', the portal box ('Australia / Related articles / Location of Australia / Australia (orthographic projection).svg / Collaborate! / Pillars of Wikinews writing / Writing an article'), the image caption 'Malcolm Turnbull is Prime Minister-designate of Australia. / Image: Eva Rinaldi.', the empty 'Sources[]' heading, the first-hand-journalism notice, the mirror's licence line and the next article on the mirror page dropped; the whole article is kept)",
    text='''Australian Liberal party change leader, Prime Minister
Monday, September 14, 2015
The federal party room of the Liberal Party of Australia has voted to change its leader this evening local time (UTC+10). Malcolm Turnbull has been elected over incumbent Prime Minister Tony Abbott 54 votes to 44.
“This has been a very important sobering event”, Turnbull told the media an hour after the ballot. Turnbull had requested a leadership ballot at about 4:30pm. The meeting, in which the ballot was held, started about 9:15pm with the announcement of the result at about 9:55pm.
“Malcolm Turnbull has been like the sword of Damocles hanging over Tony Abbott’s head ever since he was defeated by Abbott in the leadership ballot in 2009 by just one vote”, Zareh Ghazarian, Social Sciences Lecturer at Monash University, wrote in reaction to the result. “Tonight the two Liberal Party heavyweights faced off again and Turnbull exacted revenge.”
The leadership spill came just under a week before the Canning by-election.''',
    quotes=[
        Q('“This has been', 'sobering event”', "Malcolm Turnbull"),
        Q('“Malcolm Turnbull has been like', 'just one vote”', "Zareh Ghazarian"),
        Q('“Tonight the two', 'exacted revenge.”', "Zareh Ghazarian"),
    ],
    aliases={"Malcolm Turnbull": ["Turnbull"], "Zareh Ghazarian": ["Ghazarian"]},
),
]
