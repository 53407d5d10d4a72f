# Held-out English news texts (tests/data/heldout239-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of Voice of America news pages of 2004-2008 on Africa, Asia, health and science (voanews.com; US
# government works in the public domain, 17 U.S.C. § 105): South African experts on the White House malaria initiative
# (December 2006), bird flu in Thailand, Vietnam, Laos and China (January 2004), UNHCR's spokesman on World Refugee Day
# (June 2008) and two transcripts of VOA's weekly science magazine "Our World" (January 28 and March 11, 2006). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). VOA's site lines ('Accessibility links',
# 'Breaking News') and the transcripts' service notice are dropped; headlines, the stories' summary paragraphs and the
# transcripts' music and label lines are kept; wording, spelling ('if they ard forced', 'millions chicken', a spokeswoman
# quoted with 'he said'), the doubled opening mark '""We' and quotation marks are as stored. Annotated by reading the
# texts, before whosaid was run on them (rules H1475-H1477 in ANNOTATION.md on top of H1-H1467).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout239-en.jsonl

Built by `build.py` from `heldout239_pages.py`. Like heldout60-en, heldout67-en and heldout98-en, these texts are stored
web pages (the `pages` search corpus), none of them used in a set above: five Voice of America pages from 2004 to 2008
(voanews.com; US government works in the public domain, 17 U.S.C. § 105): Maureen Coetzee of South Africa's National
Institute for Communicable Diseases on the White House malaria initiative (December 2006); bird flu in Asia, with Thai
Health Ministry spokeswoman Nitaya Mahapol and WHO's N. Kumara Rai (January 2004); UNHCR spokesman William Spindler on
World Refugee Day (June 2008); and two transcripts of VOA's science magazine "Our World" (January 28, 2006: microlensing
and an Internet disease-tracking game; March 11, 2006: Carolyn Porco on water on Enceladus, an artemisinin subsidy). None
is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Site lines and the transcripts' service notice were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by 8-word overlap with every existing text: no shared 8-word sequence). The annotation (rules
H1475–H1477 in `ANNOTATION.md` on top of H1–H1467) was committed before whosaid was first run on these texts, so the first
score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2006-12-14-experts-in-africa-welcome-new-anti-malaria-initiative",
    source="https://www.voanews.com/a/a-13-2006-12-14-voa31/319240.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the summary paragraph with the correspondent's line kept; the paragraph 'Experts say distributing mosquito nets treated with insecticide ... are hindered by', cut in the stored copy, dropped)",
    text='''Experts in Africa Welcome New Anti-Malaria Initiative
The Bush administration is launching an ambitious offensive against malaria during a conference at the White House. The news is being welcomed in Africa where malaria kills an estimated one-million people a year. Correspondent Scott Bobb reports from our Southern Africa Bureau in Johannesburg.
Experts on malaria are praising the new initiative in the battle against the disease.
A specialist on malaria-carrying mosquitoes at South Africa's National Institute for Communicable Diseases, Maureen Coetzee, says programs to control malaria had been declining in recent decades.
"We have not had this kind of drive for malaria control since the 1960s so it is really good to see it happening and it is certainly not before [its] time," said Coetzee.
Malaria kills more than one million people a year, 90 percent of them in sub-Saharan Africa and 75 percent of them small children.
Caused by a parasite carried by certain types of mosquitoes, malaria brings chills, high fevers and flu-like symptoms. It can kill within a few days.
But the disease is easily treatable and can be prevented.
Coetzee says that several countries in southern Africa, South Africa, Swaziland, Namibia and Botswana, have a good record of fighting malaria.
"These countries have for quite a while been funded fairly well in terms of drugs for treatment of malaria, but up until very recently the mosquito side of malaria has been neglected because it is very expensive," explained Coetzee.
Other African countries, she says, have a mixed record. Malaria control programs can collapse quickly due to a loss of funding, lack of political leadership or to conflict.''',
    quotes=[
        Q('"We have not had this kind', 'not before [its] time,"', "Maureen Coetzee"),
        Q('"These countries have for quite', 'it is very expensive,"', "Maureen Coetzee"),
    ],
    aliases={"Maureen Coetzee": ["Coetzee"]},
),
dict(
    id="voa-en-2004-01-27-bird-flu-becomes-growing-health-threat-asia",
    source="https://www.voanews.com/a/a-13-a-2004-01-27-9-bird-67479667/386328.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'Countries such as Singapore and Australia, which are free of bird flu, have stepped up measures to prot', cut in the stored copy, dropped; 'millions chicken', 'he said' after the spokeswoman's words and the doubled opening mark '\"\"We' as stored (H1475, H1476))",
    text='''Bird Flu Becomes Growing Health Threat for Humans, Animals in Asia
Asia's battle with the bird flu virus has deepened with news of infected flocks in Laos and China.
China's official news agency reported that bird flu killed hundreds of ducks in a southern region. Earlier, Laos confirmed it had found the virus among birds, but both countries say they have no human cases of the disease.
The World Health Organization's director for Asia, Shigeru Omi, confirmed that there is an eighth human case in Vietnam. Speaking in Hanoi, he said the U.N. agency expects to see more cases in Vietnam.
More than 10 Asian countries, from South Korea to Pakistan, have confirmed outbreaks of bird flu among poultry. Only Thailand and Vietnam have reported human infections. Eight people are reported to have died, including a six-year-old in Thailand. All the victims apparently came in contact with sick birds.
Thai Health Ministry spokeswoman Nitaya Mahapol said the boy had been one of three confirmed cases of H5N1 infection in the country.
"The confirmed case, the third confirmed case, which was reported yesterday, has passed away," he said. "He died at around 10 o'clock this morning. It is the second fatality of the three confirmed cases."
Across the region millions chicken and other poultry are being culled at farms in a bid to halt the virus' spread. Many countries have banned poultry imports from infected countries.
Scientists say the avian virus may change so that it can spread from human to human. ""We are preparing ourselves for the worst situation," said N. Kumara Rai, the World Health Organization's director of communicable diseases and control in New Delhi. "If this avian flu exchanges genetic material with the human-influenza virus it might result in a big epidemic because human-to-human transmission will be made possible," he said.''',
    quotes=[
        Q('"The confirmed case,', 'has passed away,"', "Nitaya Mahapol"),
        Q('"He died at around', 'three confirmed cases."', "Nitaya Mahapol"),
        Q('""We are preparing', 'the worst situation,"', "N. Kumara Rai"),
        Q('"If this avian flu', 'made possible,"', "N. Kumara Rai"),
    ],
    aliases={"Nitaya Mahapol": ["Thai Health Ministry spokeswoman Nitaya Mahapol"], "N. Kumara Rai": []},
),
dict(
    id="voa-en-2008-06-20-world-refugee-day",
    source="https://voanews.com/a/a-13-2008-06-20-voa46/405154.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the stored page is complete; the typo 'if they ard forced' as stored)",
    text='''World Refugee Day
Friday is World Refugee Day. The UN refugee agency says there are nearly 11 and a half million refugees around the world and 26 million internally displaced people.
William Spindler is a spokesman for the UNHCR. From Geneva, he spoke to VOA English to Africa Service reporter Joe De Capua.
"We want to emphasize on this World Refugee Day the theme of protection, the need to protect refugees and other people who run away from persecution and conflict. This is, for us, our reason for being. And we would like people to be aware that refugees need this protection because in many cases (they) risk their lives or violations of human rights if they ard forced to go back home," he says.
Spindler outlines the worst trouble spots for the UNHCR. "The largest number of refugees is found in the Middle East. Just two countries, for instance, account for half of all refugees in the world today. And those are Iraq and Afghanistan," he says.
As for Africa, he says, "Africa has seen a small decrease in the number of refugees last year, a small decrease of about six percent, mainly due to successful voluntary repatriation in countries like Sudan, particularly to the south. The Democratic Republic of the Congo, where over 60,000 people returned last year. Liberia and Burundi. At the same time, continued conflict in other countries, and in some of those same countries where refugees were returning to, like DRC, which at the same time people were fleeing, others were returning. The same with Sudan."
In total, there were about 120,000 new refugees in Africa in 2007.''',
    quotes=[
        Q('"We want to emphasize', 'go back home,"', "William Spindler"),
        Q('"The largest number of refugees', 'Iraq and Afghanistan,"', "William Spindler"),
        Q('"Africa has seen a small decrease', 'The same with Sudan."', "William Spindler"),
    ],
    aliases={"William Spindler": ["Spindler"]},
),
dict(
    id="voa-en-2006-01-28-our-world-transcript",
    source="https://www.voanews.com/a/a-13-2006-01-27-voa37/316269.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice 'This transcript is provided as a service; there may be some variation between it and the program as broadcast.' dropped (H300); the paragraph 'VIDEO: \"Astronomers call it a 'microlens' ... and focu', cut in the stored copy, dropped; the line '... that helps scientists track disease' without a final stop as stored)",
    text='''Our World Transcript — 28 January 2006
MUSIC: "Our World" theme
Straight ahead on "Our World," ... a new planet discovered in a new way ... boy-girl ratios at times of stress ... and an Internet game that helps scientists track disease
ESKIN: "The fact that it might be able to help humanity in some way, other than an interesting diversion on the Internet, is a wonderful thing, and I really applaud them for putting this together."
Those stories, a new campaign against tuberculosis, our Website of the Week, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
A team of 73 astronomers from 10 countries has combined observations from their telescopes to identify the smallest planet ever found outside our solar system.
That barely counts as news anymore. In the past 11 years, some 170 extrasolar planets, as they're called, have been identified.
But Michael Turner of the National Science Foundation says this latest discovery is different because the astronomers used a newer technique that holds the potential of identifying many more planets, including some that could be Earth-like.
TURNER: "The validation of the microlensing technique is as important as the result announced today because of its future potential."
At a press briefing, astronomers presented a video that explained microlensing. It's based on Einstein's prediction that light, which normally travels in a straight line, could be bent by gravity. When starlight passes by another star on its way to us here on Earth, that star's gravity can bend the light like a giant magnifying glass. But as the video explained, it doesn't take something as big as a star to have an observable effect.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World,"', None, None),
        Q('"The fact that it might', 'putting this together."', "ESKIN"),
        Q('"Our World."', None, None),
        Q('"The validation of the microlensing', 'future potential."', "Michael Turner"),
    ],
    aliases={"ESKIN": [], "Michael Turner": ["TURNER"]},
),
dict(
    id="voa-en-2006-03-11-our-world-transcript",
    source="https://www.voanews.com/a/a-13-2006-03-10-voa34/319828.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the transcript notice 'This transcript is provided as a service; there may be some variation between it and the program as broadcast.' dropped (H300); the paragraph 'If you listen to VOA on shortwave you might know that there is a periodic cycle of', cut in the stored copy, dropped; 'MUSIC: Our World theme' without marks as stored)",
    text='''Our World Transcript — 11 March 2006
MUSIC: Our World theme
Straight ahead on "Our World" ... Possible water on a distant moon ... continuing preparations for avian flu ... and the value of subsidies for a costly malaria medicine.
LAXMINARYAN: "The introduction of an artemisinin subsidy would have an impact on reducing the burden of malaria tremendously and could potentially save between 15,000 and 25,000 lives each month."
Those stories, that cup of coffee and your heart, plus more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
U.S. scientists said this week they have found what may be signs of liquid water on one of the moons of Saturn. But the leader of the NASA imaging team, Carolyn Porco, cautions that they have only circumstantial evidence; that spacecraft instruments haven't actually identified water molecules.
PORCO: "We haven't found water, per se, we've found evidence of water, and our best models, right now, are those that suggest that there's pockets of liquid water under the surface."
The evidence comes from the Cassini spacecraft, which arrived at Saturn in 2004. It flew past Saturn's small moon, Enceladus, which is only about 500 kilometers across. The spacecraft also detected carbon molecules, which is, with water, a key ingredient in life as we know it.
PORCO: "It appears we have all the ingredients that all the experts have claimed for a long time now, you would need to have environments suitable for living organisms. And so, that's what we think we have here. We have found another environment in our solar system, in a very surprising place, that could host living organisms."
Carolyn Porco and her colleagues published their latest findings from Saturn in the journal "Science."''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"The introduction of an artemisinin', 'lives each month."', "LAXMINARYAN"),
        Q('"Our World."', None, None),
        Q('"We haven\'t found water', 'under the surface."', "Carolyn Porco"),
        Q('"It appears we have all', 'host living organisms."', "Carolyn Porco"),
        Q('"Science."', None, None),
    ],
    aliases={"LAXMINARYAN": [], "Carolyn Porco": ["PORCO"]},
),
]
