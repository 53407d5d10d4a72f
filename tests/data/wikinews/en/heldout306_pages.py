# Held-out English news texts (tests/data/heldout306-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5, attribution "Wikinews contributors") from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
# main and extra news parts), detokenized like the heldout3-en to heldout88-en AMALGUM sets: every word, digit,
# punctuation mark and quotation mark as in the copy (straight or curly), only the spacing between tokens restored
# following ordinary English typography; title = first line, date line = second line, then one paragraph per line
# following the copy's <p> elements (a sentence the copy prints outside any <p>, a block quotation, is a line of its own).
# Captions, image file lines, source lists and other navigation dropped. Annotated by reading the texts, before whosaid
# was run on them (rules H1765-H1767 in ANNOTATION.md on top of H1-H1764).
WN = "CC BY 2.5 (Wikinews)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout306-en.jsonl

Built by `build.py` from `heldout306_pages.py`. Like heldout3-en to heldout20-en, heldout39-en, heldout42-en, heldout46-en,
heldout82-en and heldout88-en, these texts are English Wikinews articles (CC BY 2.5, attribution "Wikinews contributors")
taken from the AMALGUM corpus copy (github.com/gucorpling/amalgum, `amalgum/news/xml/` and `amalgum_extra/news/xml/`,
read with the `read_file` tool), detokenized like those sets: every word, digit, punctuation mark and quotation mark is
as in the copy (straight or curly), only the spacing between tokens was restored following ordinary English typography
(no space before , . ; : ? ! ) 's n't, none after an opening mark or before a closing one; the copy's `...` tokens
are attached to the word before them). Title = first line, date line = second line, then one paragraph per line
following the copy's `<p>` elements; a sentence the copy prints outside any `<p>` (a block quotation) is a line of its
own. Captions, image file lines and source lists were dropped; AMALGUM's own annotations (POS, lemmas, entities, RST)
were not used for the quote annotation. None is credited to AP, Reuters, AFP or another third party. This set is a single text: the article of
Tuesday, September 25, 2007 on Iranian president Mahmoud Ahmadinejad's appearance at Columbia University (Lee Bollinger's
introduction and Ahmadinejad's answers; 15 quotations, all with a speaker), from
`amalgum/news/xml/AMALGUM_news_ahmadinejad.xml`. The family is nearly exhausted: the stored web pages of Wikinews and its
copies were found used in sets above (see heldout297-en), and the AMALGUM news files not used so far that were read for
this set hold no quotation or a single one (`arsenal`, the Wikinews Shorts of February 27, 2014 in `asiana`, `corruption`,
`robben`, `jimmie`; `build.py` needs two per document) or share their text with a set above (`malaysia`, the Maldives
MH370 debris article, whose quotations are in heldout5-en's article). The article is in no set above: checked by AMALGUM
file name (`AMALGUM_news_ahmadinejad` in no module), by URL, by the phrases `petty and cruel dictator`,
`intellectual courage`, `Bismillah` (no hit) and the name `Bollinger` (only in heldout14-en, see below), grepped in
tests/data of the main checkout and of every other helper's worktree, and by 8-word overlap with every text of tests/data/*.jsonl: the only overlap is the passage `When challenged
by Bollinger ... told you that we have it."`, which heldout14-en's asylum article (`wn-en-gay-iranian-asylum`) quotes
from this debate (31 shared 8-word sequences) and heldout16-en's Onion article quotes in part (4); the rest of the
article (13 of its 15 quotations) is new.
The annotation (rules H1765–H1767 in `ANNOTATION.md` on top of H1–H1764) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2007-09-25-ahmadinejad-speaks-at-columbia-university",
    source="https://en.wikinews.org/wiki/Iranian_President_Ahmadinejad_speaks_at_Columbia_University",
    license=WN, retrieved="AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/AMALGUM_news_ahmadinejad.xml), detokenized; no captions in the copy; Bollinger's block quotation 'Mr. President, you exhibit ... in your country?\"', which the copy prints outside any <p> with no opening mark and a closing mark, kept as a line of its own (H1765); the mark the copy tags as closing after 'imperialism.' opens the next quotation and is written with no space after it (H1766); the copy's '...' and '…' tokens attached to the word before them, '50 %' written '50%'; curly apostrophes (don’t, it’s, We’re) and straight ones (don't, I'm) as in the copy",
    text='''Iranian President Ahmadinejad speaks at Columbia University
Tuesday, September 25, 2007
Invited to participate in a debate at Columbia University during his visit to New York City this week to address the United Nations General Assembly, Iranian president Mahmoud Ahmadinejad engaged University president Lee Bollinger on a number of topics, including his country's human rights record, opinions on Israel and the Holocaust and the role of nuclear weapons and terrorism on the global stage. The Iranian president's speech was marked by protests, but also drew applause from students.
Bollinger opened the debate addressing critics, stating that "To those who believe that this event should never have happened, that it is inappropriate for the university to conduct such an event, I want to say that I understand your perspective and respect it as reasonable... it is an experiment, as all life is an experiment. This is the right thing to do and indeed, it is required by the existing norms of free speech"
Bollinger then gave his opening address, turning to Ahmadinejad and stating:
Mr. President, you exhibit all the signs of a petty and cruel dictator, and so I ask you, why have women, members of the Bahá'í Faith, homosexuals and so many of our academic colleagues become targets of persecution in your country?"
"Why do you support well-documented terrorist organizations that continue to strike at peace and democracy in the Middle East, destroying lives and the civil society of the region? Frankly, and in all candor Mr. President, I doubt that you will have the intellectual courage to answer these questions, but your avoiding them will in itself be meaningful to us. I do expect you to exhibit the fanatical mind-set that characterizes what you say and do.
After reciting the Bismillah and asking for guidance from God, Ahmadinejad countered that "In Iran, tradition requires that when we invite a person to be a speaker, we actually respect our students and the professors by allowing them to make their own judgment and we don’t think it’s necessary before the speech is even given to come in with a series of claims..."
Ahmadinejad's most pointed arguments, though, were directed at the administration of George W. Bush. "They do not respect the privacy of their own people. They tap telephone calls… They create an insecure psychological atmosphere, in order to justify their war-mongering acts in different parts of the world."
The Iranian president attacked what he considered to be errors of American imperialism. "By using precise scientific methods and planning, they begin their onslaught on the domestic cultures of nations, which are the result of thousands of years of interaction, creativity and artistic activity. They try to eliminate these cultures in order to strip people of their identity."
Ahmadinejad questioned U.S. nuclear policy. "Making nuclear, chemical and biological bombs and weapons of mass destruction is yet another result of the misuse of science and research by the big powers." He added, "Without the cooperation of certain scientists and scholars, we would not have witnessed production of different nuclear, chemical and biological weapons. Are these weapons to protect global security? What can a perpetual nuclear umbrella achieve for the sake of humanity? If nuclear war is waged between nuclear powers, what human catastrophe will take place?"
In a rebuttal to claims that his country oppressed women and homosexuals, Ahmadinejad responded by claiming "It is wrong for some governments, when they disagree with another government, to... spread lies", pointing to the fact that over 50% of Iranian voters are female, and the two female Vice Presidents. When challenged by Bollinger for Iran's treatment of gays he stated that "In Iran we don't have homosexuals like in your country," drawing laughter from the audience. "In Iran we do not have this phenomenon, I don't know who has told you that we have it."
He framed questioning of the Holocaust as stifled academic debate: "Right now, there are a number of European academics who have been sent to prison because they attempted to write about the Holocaust or research it from a different perspective, questioning certain aspects of it," later adding that "you shouldn't ask me why I'm asking questions, you should ask yourselves why you... want to stop. Do you ever take what is known as absolute in physics? We had principles in mathematics that were granted to be absolute for over 800 years, but new science has... gone forward."
The first question from the audience addressed the controversial issue of the leader's position on Israel. Ahmadinejad did not directly respond to the subject of Israel - stating "We love all nations. We love the Jewish people. There are many Jews living in Iran, with peace and security.", and concluded that it was not a question of Israel's right to exist, but of Palestinian self-determination.
Countering claims that his country supports terrorism, he replied, "We’re a cultured nation. We don’t need to resort to terrorism. We’ve been victims of terrorism ourselves. It’s regrettable that people who argued they are fighting terrorism — instead of supporting the Iranian nation — are supporting the terrorists and then turn the finger at us."
The final question from the audience asked whether Iran would engage in talks with the United States, to which he replied "If the U.S. government recognizes the rights of the Iranian people, respects all nations and extends a hand of friendship to all Iranians, they will see that Iranians will be among their best friends."
In closing, Ahmadinejad extended gratitude and thanks to the University, and welcomed both students and faculty to attend Iranian universities and give lectures themselves to the students.''',
    quotes=[
        Q('"To those who believe', 'norms of free speech"', "Lee Bollinger"),
        Q('"Why do you support', 'what you say and do.', "Lee Bollinger"),
        Q('"In Iran, tradition requires', 'series of claims..."', "Mahmoud Ahmadinejad"),
        Q('"They do not respect', 'parts of the world."', "Mahmoud Ahmadinejad"),
        Q('"By using precise', 'of their identity."', "Mahmoud Ahmadinejad"),
        Q('"Making nuclear, chemical', 'by the big powers."', "Mahmoud Ahmadinejad"),
        Q('"Without the cooperation', 'will take place?"', "Mahmoud Ahmadinejad"),
        Q('"It is wrong for some', 'spread lies"', "Mahmoud Ahmadinejad"),
        Q('"In Iran we don\'t have', 'in your country,"', "Mahmoud Ahmadinejad"),
        Q('"In Iran we do not have', 'that we have it."', "Mahmoud Ahmadinejad"),
        Q('"Right now, there are', 'certain aspects of it,"', "Mahmoud Ahmadinejad"),
        Q('"you shouldn\'t ask me', 'has... gone forward."', "Mahmoud Ahmadinejad"),
        Q('"We love all nations.', 'peace and security."', "Mahmoud Ahmadinejad"),
        Q('"We’re a cultured nation.', 'the finger at us."', "Mahmoud Ahmadinejad"),
        Q('"If the U.S. government', 'their best friends."', "Mahmoud Ahmadinejad"),
    ],
    aliases={"Lee Bollinger": ["Lee Bollinger", "Bollinger", "University president Lee Bollinger"],
             "Mahmoud Ahmadinejad": ["Mahmoud Ahmadinejad", "Ahmadinejad", "Iranian president Mahmoud Ahmadinejad", "The Iranian president"]},
),
]
