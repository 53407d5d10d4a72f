# Held-out English news pages (tests/data/heldout205-en.jsonl), none of them used in an earlier set. Voice of America
# stories (VOA is a US government broadcaster; its texts are works of the US government in the public domain, 17 U.S.C.
# § 105), taken from stored web pages (the `pages` search corpus): a VOA report of 2023 on Daniele Darlan, the former
# president of the Central African Republic's Constitutional Court (copy on the aggregator drulap.com, whose author page
# opens with the story), a VOA report on exoplanets and the Kepler Space Telescope as copied by the Chinese exam-practice
# site djks123.cn, a voanews.com report on drought in Zimbabwe (Paul Zakariya of the Zimbabwe Farmers Union) and a VOA
# Studio 7 report of 2016 on drought in Zimbabwe as copied by the blog of the Ratidzo Trust (ratidzotrust.com). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines, the copying sites' own lines
# (exam-site title and date line, the blog's introduction, credit line and comment form), image captions and player
# lines are dropped; wording, spacing inside paragraphs and quotation marks are as stored. Annotated by reading the
# pages, before whosaid was run on them (rules H1315-H1318 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout205-en.jsonl

Built by `build.py` from `heldout205_pages.py`. Like earlier VOA sets, these texts are Voice of America stories (public
domain, US government works, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus), none of them used
in a set above: a VOA report of 2023 on Daniele Darlan, the former president of the Central African Republic's
Constitutional Court, honored as a 'Woman of Iron' (Ned Price, Yao Agbetse; copy on the aggregator drulap.com), a VOA
report on exoplanets after the Kepler Space Telescope (Matt Mountain, John Grunsfeld, Sara Seager; copy on the Chinese
exam-practice site djks123.cn), a voanews.com report on drought in Zimbabwe (Paul Zakariya of the Zimbabwe Farmers Union)
and a VOA Studio 7 report of 2016 on drought in Zimbabwe (Everson Ndlovu; copy on the blog of the Ratidzo Trust). None is
credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Site lines, the copying sites' own lines, captions
and player lines were dropped; wording and quotation marks are as stored. None of these pages is used in any set above
(checked by URL, by the names of their speakers and by 8-word overlap with every existing text, including the other
helpers' worktrees). The annotation (rules H1315–H1318 in `ANNOTATION.md`) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2023-woman-of-iron-honored-for-protecting-car-constitution",
    source="https://drulap.com/author/druaf",
    license=PDC, retrieved=PAGES + " (copy of the VOA report 'Woman of Iron' Honored for Protecting CAR's Constitution on the aggregator drulap.com, whose author page opens with the story; the paragraph 'The Central African Republic has joined a controversial security agreement with the Wagner Group, ...', cut in the stored copy, and the rest of the listing dropped; curly marks as stored)",
    text='''‘Woman of Iron’ Honored for Protecting CAR’s Constitution
In March 2022, Daniele Darlan, then-president of the Central African Republic’s Constitutional Court, faced intense pressure to modify her country’s constitution to allow the president to run for a third term in office.
The pressure came from local politicians and Russian diplomats, but she was unwavering in her belief that the constitution could not be undermined.
“The constitution is the fundamental law. It’s the text on which all other laws and regulations are based,” she told VOA, speaking in French. “If you don’t respect the constitution, if you violate it, it sets off a chain reaction of violations. It means that you don’t have to respect any law or any rule.”
In October 2022 she was removed from her position, clearing the way for President Faustin-Archange Touadéra to remain in power.
International reaction was immediate.
U.S. State Department spokesperson Ned Price said, “judicial independence is a central tenet of democracy,” at the time of her removal. “We call on the Central African authorities to ensure the safety and independence of the Constitutional Court.”
The court “must be free from interference and political influence from inside and outside,” said Yao Agbetse, a U.N. independent expert on the human rights situation in the country.
Darlan said she does not regret her stand even though it cost her dearly.
“As a constitutional judge and president of the Constitutional Court I am a guardian of the constitution,” she told VOA in a one-on-one interview at the State Department. “At that moment, I had to make sure that the constitution would be respected. In this sense I only did my job.”
Nicknamed the “Woman of Iron,” she was one of the recipients of the 2023 International Women of Courage Award presented by the State Department this month.''',
    quotes=[
        Q('‘Woman of Iron’', None, None),
        Q('“The constitution is the fundamental law.', 'are based,”', "Daniele Darlan"),
        Q('“If you don’t respect', 'any rule.”', "Daniele Darlan"),
        Q('“judicial independence', 'of democracy,”', "Ned Price"),
        Q('“We call on the Central African', 'Constitutional Court.”', "Ned Price"),
        Q('“must be free from interference', 'and outside,”', "Yao Agbetse"),
        Q('“As a constitutional judge', 'of the constitution,”', "Daniele Darlan"),
        Q('“At that moment,', 'did my job.”', "Daniele Darlan"),
        Q('“Woman of Iron,”', None, None),
    ],
    aliases={"Daniele Darlan": ["Darlan"]},
),
dict(
    id="voa-en-kepler-galaxy-100-billion-planets-signs-of-life",
    source="https://djks123.cn/html/29/28696.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA report on the search for life on exoplanets on the Chinese exam-practice site djks123.cn; the site's Chinese title line '2014年大学英语六级听力听写练习:VOA美国之音(12)' and its source/date line dropped, no English headline in the stored copy; the copy breaks Matt Mountain's quotation over two paragraphs, kept as stored (H1316); the paragraph 'NASA’s chief scientist Ellen Stofan says ...', cut in the stored copy, dropped; curly and straight marks as stored)",
    text='''When NASA launched the Kepler Space Telescope in 2009, scientists learned something new - and quite significant, says the director of the Space Telescope Science Institute, Matt Mountain.
“Our galaxy has at least 100 billion planets in it.
And we didn’t know that five years ago," said Mountain.
Of course, Kepler and today’s other powerful telescopes cannot actually see those planets; they are too faint against the light of their stars.
But scientists can measure the change of light when they pass in front of the star and analyze the light passing through their atmosphere to determine what is in it.
“Well, if we were looking at Earth, we would see signs of our sky, our blue sky, we would see signs of oxygen, of carbon-dioxide, of sulfur dioxide from volcanoes and we might even see signatures that there was plant life," said NASA’s astrophysicist and former astronaut John Grunsfeld. "And we see that by dissecting the light into its component colors."
Most of the planets discovered so far are unlike Earth. They are too big, too small, too close to their sun, or too far away to support life. But astrophysicist Sara Seager says small planets the size of Earth are extremely common.
“We’re looking for biological signatures, gasses that are produced by life, gasses that don’t belong in the atmosphere," said Seager.
In cooperation with the European Space Agency and scientists from other nations, NASA is building the next generation of space telescopes that may be able to find evidence of life.
The James Webb Space Telescope, scheduled to be deployed in 2018, will have unprecedented sensitivity and resolution that will greatly improve the spectroscopic analysis of distant stars and planets.''',
    quotes=[
        Q('“Our galaxy has at least 100 billion planets in it.', None, "Matt Mountain"),
        Q('“Well, if we were looking at Earth,', 'plant life,"', "John Grunsfeld"),
        Q('"And we see that by dissecting', 'component colors."', "John Grunsfeld"),
        Q('“We’re looking for biological signatures,', 'the atmosphere,"', "Sara Seager"),
    ],
    aliases={"Matt Mountain": ["Mountain"], "Sara Seager": ["astrophysicist Sara Seager", "Seager"]},
),
dict(
    id="voa-en-zimbabwe-facing-another-drought",
    source="https://www.voanews.com/a/zimbabwe-facing-another-drought-82253992/111616.html",
    license=PD, retrieved=PAGES + " (voanews.com; the lines 'Accessibility links' and 'Breaking News' dropped; the paragraph 'Zimbabwe formerly was an exporter of food, ... That exercise saw white fa...', cut in the stored copy, dropped; straight marks and the ellipsis character as stored)",
    text='''Zimbabwe Facing Another Drought
Farmers in Zimbabwe say they face another difficult agricultural season, as the dry spell that has hit the country continues.
Weeks into the agricultural season, the rains are nowhere near normal and the crops are showing it. Zimbabwe Farmers Union Director Paul Zakariya tells VOA even crops that normally thrive under dry conditions are feeling the heat.
"We are looking at maize [corn], we are looking at cotton and, in some instances, it's also the tobacco and the other small grains which naturally will be resisting or would be tolerant but they are already succumbing," he said.
The situation is worsened by the fact that even parts of the country that receive normal rainfall are also affected by the prolonged dry spell. Zakariya says, even if the country's normal rains started falling again, most of this season's crops are a write-off.
"Regions in the south … we could actually safely say they have lost their crop. And, if we had rains today, we would be looking at a situation where we are salvaging 50 percent to 60 percent of the crop. So it's quiet bad," he said.
Zakariya added that, although last year's harvest was better than the years before, the country would still have needed help, even if the rains had been normal this year.
"In terms of preparedness for the season, we were prepared but probably not adequately, because fertilizers in fact generally inputs were not readily available," he said. "The situation would have been a lot better, but to say Zimbabwe would have had a good harvest that would satisfy the whole nation - that would be maybe stretching things a little bit."''',
    quotes=[
        Q('"We are looking at maize', 'already succumbing,"', "Paul Zakariya"),
        Q('"Regions in the south', 'quiet bad,"', "Paul Zakariya"),
        Q('"In terms of preparedness', 'readily available,"', "Paul Zakariya"),
        Q('"The situation would have been', 'little bit."', "Paul Zakariya"),
    ],
    aliases={"Paul Zakariya": ["Zimbabwe Farmers Union Director Paul Zakariya", "Zakariya"]},
),
dict(
    id="voa-en-2016-01-30-drought-hits-zimbabwe-studio-7",
    source="https://ratidzotrust.com/2016/01/31/drought-hits-zimbabwe/",
    license=PDC, retrieved=PAGES + " (copy of a VOA Studio 7 report by Gibbs Dube of January 30, 2016 on the blog of the Ratidzo Trust; the blog's headline 'Drought Hits Zimbabwe', its own introduction ('We have had reports from Sanyati ...', 'The following report is from Voice of America Website.'), the credit and date lines after the report, the category line and the comment form dropped, so the text opens with the report's first paragraph (H144); curly marks as stored)",
    text='''Drought continues to ravage Zimbabwe as the El Nino weather phenomenon causes havoc in southern Africa and other parts of the world.
Local development experts say the situation is bad in Matabeleland North and South, some parts of the Midlands, Masvingo and Manicaland provinces.
One of the development experts, Everson Ndlovu, told Studio 7 farmers have lost hundreds of livestock in all these regions.
“The situation is very bad. There is no crop to speak about in most rural areas. I have been to Matobo in the mountains very close to Bulawayo that wet spell has encouraged some farmers to plant sweet potatoes. They are busy planting it right now.
“Some cattle are already dying but thanks to FAO (Food and Agriculture Organization) and the government (because) in some areas of the country they deliver stock feed which is selling almost half the price what you would find in town.”
He urged farmers to sell some of their livestock in order to save a few remaining ones by buying some stock feed.
The World Food Program says just over 1,5 million Zimbabweans need food aid.
The drought situation has claimed over 5,000 cattle in Masvingo and other regions due to lack of pastures and drinking water.
The dry spell has caused untold suffering among local people who are struggling to have a decent meal per day.''',
    quotes=[
        Q('“The situation is very bad.', 'right now.', "Everson Ndlovu"),
        Q('“Some cattle are already dying', 'in town.”', "Everson Ndlovu"),
    ],
    aliases={"Everson Ndlovu": ["Ndlovu"]},
),
]
