# Held-out English Wikinews texts (tests/data/heldout106-en.jsonl), none of them used in an earlier set. English Wikinews
# pages on entertainment of 2007 (CC BY 2.5) taken from stored web pages (the `pages` search corpus): the en.wikinews.org
# article on Meat Loaf falling ill during his Newcastle concert (November 1, 2007), the en.wikiactu.com mirror copy of
# the Wikinews interview report with former 'Top Model' contestant Whitney Cunningham (December 5, 2007; the mirror repeats
# the Wikinews CC BY 2.5 notice under its articles) and the en.m.wikinews.org interview report with Andrea Muizelaar,
# winner of Canada's Next Top Model (November 26, 2007). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped
# (noted in `retrieved`); the question-and-answer part of the Muizelaar interview is dropped, as in earlier sets. Site
# lines ('From Wikinews, ...', 'Jump to ...'), the mirror's site line, date line and escaped repeat of the headline, image
# captions and the first-hand-journalism notice are dropped; wording, spacing inside paragraphs and quotation marks
# (straight or curly, as stored) are kept. Annotated by reading the texts, before whosaid was run on them (rules
# H750-H752 in ANNOTATION.md on top of the rules above).
WN = "CC BY 2.5 (Wikinews)"
WNM = "CC BY 2.5 (Wikinews; mirror copy, Wikinews licence notice kept by the mirror)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout106-en.jsonl

Built by `build.py` from `heldout106_pages.py`. Like heldout21-en, heldout28-en, heldout42-en, heldout58-en and
heldout63-en, these texts are English Wikinews pages (CC BY 2.5) taken from stored web pages (the `pages` search corpus),
none of them used in a set above, this time on entertainment in 2007: the en.wikinews.org article on Meat Loaf falling ill
during his Newcastle concert, the en.wikiactu.com mirror copy of the Wikinews interview report with former 'Top Model'
contestant Whitney Cunningham (the mirror repeats the Wikinews CC BY 2.5 notice under each article) and the
en.m.wikinews.org interview report with Andrea Muizelaar, winner of Canada's Next Top Model (its question-and-answer part
dropped). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, the mirror's lines,
captions and notices were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text: no shared 8-word
sequence). The annotation (rules H750–H752 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2007-11-01-singer-meat-loaf-falls-ill-during-concert",
    source="https://en.wikinews.org/wiki/Singer_Meat_Loaf_falls_ill_during_concert",
    license=WN, retrieved=PAGES + " (the 'From Wikinews, the free news source you can write!' and 'Jump to: navigation, search' lines, the image caption 'Meat Loaf in concert in New York, 2004. / Image: Mr.Mushnik.' and the closing line 'This article features first-hand journalism by Wikinews members. See the collaboration page for more details.' dropped; the stored copy holds the whole article; the curly apostrophe in 'I’m' inside a straight-quoted passage is as stored)",
    text='''Singer Meat Loaf falls ill during concert
Thursday, November 1, 2007
Wikinews has learned that American rock singer Meat Loaf has taken ill during a concert in Newcastle upon Tyne, United Kingdom. He told the audience that it was "the last concert of his life," and left the stage.
The incident came 70 minutes into the show on Halloween night. During the opening of Paradise by the Dashboard Light he suggested that the crowd of thousands should enjoy the performance as it was the last of his career. He attempted to sing the first line of the song, but instead said "Ladies and gentlemen, I love you, and I thank you for coming, but I can no longer continue. Good night, God bless you. I love you. Thank you for 30 years. I’m taking my coat off; I bow; and I say goodbye forever." He then left the stage, soon followed by his band.
The venue, Metro Radio Arena, have announced that the singer had a sore throat. However, they also say that fans are unlikely to be refunded the cost of their tickets, priced at between £37.50 and £45, because he had performed for over an hour.''',
    quotes=[
        Q('"the last concert of his life,"', None, "Meat Loaf"),
        Q('"Ladies and gentlemen,', 'goodbye forever."', "Meat Loaf"),
    ],
    aliases={"Meat Loaf": ["American rock singer Meat Loaf"]},
),
dict(
    id="wn-en-2007-12-05-whitney-cunningham-defends-plus-size-models",
    source="http://en.wikiactu.com/?cat=1640",
    license=WNM, retrieved=PAGES + " (en.wikiactu.com mirror copy of the Wikinews interview report 'Former ‘Top Model’ contestant Whitney Cunningham defends plus size models, celebrates the “regular woman”'; the mirror's 'Wiki Actu en' line and date, its first copy of the headline (stored with backslash-escaped marks), the 'From Wikinews, the free news source you can write!' and 'Jump to: navigation, search' lines dropped; the second copy of the headline kept as the first line; the paragraph 'Cunningham recently sat down with Wikinews reporter Mike Halterman in an impassioned interview, taking hours to field que...', cut in the stored copy, and the interview after it dropped)",
    text='''Former ‘Top Model’ contestant Whitney Cunningham defends plus size models, celebrates the “regular woman”
Wednesday, December 5, 2007
Whitney Cunningham says of her stint as a “plus size model” on America’s Next Top Model, “I don’t think people understand that I am a regular woman. I wear a [size] ten for God’s sake. It’s so funny because people come up to me and they say, ‘Wow, you’re not fat at all? You must have lost a lot of weight.’ I think I just came off looking heavier on TV…that, or people just had a distorted perception of what I should look like in person.”
Once you get a chance to talk to West Palm Beach, Florida native Whitney Cunningham, who placed seventh on the eighth cycle of the popular reality TV series America’s Next Top Model, you begin to understand what host Tyra Banks meant when she described her as the “full package.”
First of all, she is confident and headstrong, which is a must on these kinds of shows, almost as much as it is to take a beautiful modelesque picture. Second, she turns that confidence into drive. She has been receiving steady work as a model since leaving the show, and still believes that her goal of being the first woman to wear a size ten dress on the cover of Vogue is in reach. Third, and probably most important to television viewers, she obliterates the age-old model stereotype that to be pretty and photograph well, one must also be vapid and without a thought. A graduate of Dartmouth College, Cunningham also dreams of becoming a writer, and is working toward dual goals: a model who can express herself like no other model before her.''',
    quotes=[
        Q('‘Top Model’', None, None),
        Q('“regular woman”', None, "Whitney Cunningham"),
        Q('“plus size model”', None, None),
        Q('“I don’t think people understand', 'in person.”', "Whitney Cunningham"),
        Q('“full package.”', None, "Tyra Banks"),
    ],
    aliases={"Whitney Cunningham": ["Cunningham"],
             "Tyra Banks": ["host Tyra Banks"]},
),
dict(
    id="wn-en-2007-11-26-andrea-muizelaar-on-fashion-anorexia-and-life-after-top-model",
    source="https://en.m.wikinews.org/wiki/Andrea_Muizelaar_on_fashion,_anorexia,_and_life_after_%27Top_Model%27",
    license=WN, retrieved=PAGES + " (the quotation line under the date ('Andrea Muizelaar on whether \"perfection\" exists: ...') is kept as stored, as the page's first paragraph (H751); the section heading 'Andrea's beginnings' and the interview in question-and-answer form after it ('Mike Halterman: Tell us a bit about your background. ...', cut in the stored copy) dropped)",
    text='''Andrea Muizelaar on fashion, anorexia, and life after 'Top Model'
Monday, November 26, 2007
Andrea Muizelaar on whether "perfection" exists: "Absolutely not in real life. In the fashion world the perfect image is definitely 'thin' and it will be for a long time to come."
In the 18 months since Andrea Muizelaar was crowned winner of the reality TV series Canada's Next Top Model, her life has been a complete whirlwind. From working in a dollar store in her hometown of Whitby, Ontario, to modeling haute couture in Toronto, she had reached her dream of becoming a true Top Model.
But at what cost? Unknown to casual television viewers, Muizelaar had been enveloped in the eating disorder anorexia nervosa, which inevitably became too much for her to bear. She gave up modeling and moved back to Whitby, where she sought treatment for her disorder, re-entered college, and now works at a bank. Where is she now? Happy and healthy, she says.
Recently Andrea Muizelaar sat down with Wikinews reporter Mike Halterman in a candid interview that stretched to nearly two hours, as she told all about her hopes and aspirations, her battle with anorexia, and just what really happened on Canada's Next Top Model.''',
    quotes=[
        Q("'Top Model'", None, None),
        Q('"perfection"', None, None),
        Q('"Absolutely not in real life.', 'long time to come."', "Andrea Muizelaar"),
    ],
    aliases={"Andrea Muizelaar": ["Muizelaar"]},
),
]
