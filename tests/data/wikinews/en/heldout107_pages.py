# Held-out English news texts (tests/data/heldout107-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America news stories on elections, courts, protests and diplomacy, 2005-2017
# (voanews.com and a gopher-proxy copy of VOA's headline feed; US government works in the public domain, 17 U.S.C. §
# 105): post-election violence in Guinea-Bissau (June 2005, VOA archive page without headline), people leaving Bissau
# before the final count (August 2005), a losing Congolese candidate on the run-off between Joseph Kabila and
# Jean-Pierre Bemba (August 2006), anti-war marchers at the Pentagon (March 2007), a Washington rally for freedom in the
# Arab world (February 2011), the sentencing of the activist Guo Feixiong (November 2015) and the US-Russian phone call
# on North Korea (December 2017, gopher copy). None is credited to AP, Reuters, AFP or another third party. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted
# in `retrieved`). VOA's site lines ('Accessibility links', 'Breaking News'), image captions (printed twice, or a bare
# name line), the gopher copy's licence lines and byline are dropped and its hard line breaks joined; headlines and
# subheadings are kept; wording, spelling ('anti-governments protests', 'ICMB', 'predominately', 'Jaoa', 'Sahna') and
# quotation marks (straight or curly, as stored) are kept. Annotated by reading the texts, before whosaid was run on
# them (rules H760-H764 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work; gopher-proxy copy of VOA's headline feed, which states the public-domain status)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout107-en.jsonl

Built by `build.py` from `heldout107_pages.py`. Like heldout22-en, heldout24-en and heldout98-en, these texts are stored
web pages (the `pages` search corpus), none of them used in a set above: seven Voice of America news stories on
elections, courts, protests and diplomacy from 2005 to 2017 (US government works in the public domain, 17 U.S.C. § 105):
journalist Oumar Gaye and an unnamed party supporter on post-election violence in Guinea-Bissau (June 2005, a VOA
archive page whose stored copy has no headline); journalist Alain Mbarrow on people leaving Bissau before the final
count (August 2005); Allafuele Mbuyi Kalala on the Congolese run-off between Joseph Kabila and Jean-Pierre Bemba (August
2006); the anti-war march on the Pentagon with Cindy Sheehan and counter-demonstrators (March 2007); a rally in front of
the White House for freedom in the Arab world (February 2011); the sentencing of Guo Feixiong and two other activists,
with their lawyer Zhang Lei (November 2015); the State Department on Rex Tillerson's phone call with Sergei Lavrov about
North Korea (December 2017, a gopher-proxy copy of VOA's headline feed, which states that VOA content is in the public
domain). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, captions, the gopher
copy's licence lines and byline were dropped and its hard line breaks joined; wording and quotation marks are as stored.
None of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with
every existing text: no shared 8-word sequence). The annotation (rules H760–H764 in `ANNOTATION.md` on top of the
earlier rules) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2005-06-violence-breaks-out-in-guinea-bissau-election-aftermath",
    source="https://www.voanews.com/archive/violence-breaks-out-guinea-bissau-election-aftermath",
    license=PD, retrieved=PAGES + " (VOA archive page of June 2005; the stored copy begins with the body, no headline; the image caption 'Guinea Bissau troops sit in front of the electoral commission offices as they guard ballot boxes' dropped; the paragraph 'Mr. Yala trounced Mr. Sanha in elections in 1999, but w', cut in the stored copy, dropped; the double space in 'second round.  Mr.' as stored)",
    text='''At least two people have been reported killed and several injured in Guinea-Bissau during clashes between demonstrators and police following the release of election results.
Police used live bullets and tear gas to disperse hundreds of stone throwing youths in the capital, Bissau.
The interior ministry condemned the protesters, saying they were not allowed to march during this delicate time of vote counting.
Journalist Oumar Gaye says the protesters are supporters of former leader Kumba Yala, who according to preliminary results from the June 19 vote, failed to make it to the second round.  Mr. Yala's party is the Social Renewal Party, PRS.
"The PRS guys, the PRS members were on the streets demonstrating, asking for the victory back. They are chanting, singing in a loud voice, saying they really want their victory back, because they think Kumba Yala has won the election," said Mr. Gaye.
Also Friday, the party's secretary-general, Artur Sanha, was taken into police custody for questioning.
A party supporter says the protesters want to appeal the result, because they say they have discovered more and more evidence of cheating.
"It's more irregularities than we have been saying before. And, now, we want to say, nobody can announce the results. We are not accepting the results," he said.
He says he fears it could have been a sham first round to eliminate Mr. Yala.
"These results are false, because these results have just been prepared for who they want to win. They prepare these results to make the parties who are on top win," he added.
Electoral officials have denied any wrongdoing, and international observers have said the voting process was fair.
If the provisional results are made official, former interim leader Malam Sanha will face former military ruler Joao Bernardo Vieira in a runoff in three weeks.''',
    quotes=[
        Q('"The PRS guys,', 'has won the election,"', "Oumar Gaye"),
        Q('"It\'s more irregularities', 'accepting the results,"', None),
        Q('"These results are false,', 'on top win,"', None),
    ],
    aliases={"Oumar Gaye": ["Journalist Oumar Gaye", "Mr. Gaye"]},
),
dict(
    id="voa-en-2005-08-03-tensions-escalate-in-wake-of-guinea-bissau-elections",
    source="https://www.voanews.com/a/a-13-2005-08-03-voa32-67397052/275879.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the caption line 'Malam Bacai Sanha' dropped; the paragraph 'Despite a recount, West Africa analyst Chris Melville, from the London-based World Markets Research Center, s', cut in the stored copy, dropped; the spellings 'Jaoa Bernardo Vieira' and 'Mr. Sahna' as stored)",
    text='''Tensions Escalate in Wake of Guinea-Bissau Elections
Tensions are high in Guinea-Bissau just days after the presidential elections provisional results gave Joao Bernardo Vieira the majority of the votes. His opponent, ruling-party candidate Malam Bacai Sanha, said he will not accept defeat. As the election commission meets to make the final count, security is being tightened around government buildings in the capital, Bissau, and residents are starting to leave the city.
The people of Guinea-Bissau voted in presidential elections just nine days ago with the hopes of ending two years of a transitional government in a country notorious for coups and uprisings since independence from Portugal in 1974.
But that hope seems to have been dampened as both presidential hopefuls traded barbs in the wake of election day on July 24.
This week, defeated candidate Malam Bacai Sanha warned that he would not be able to control his supporters if the provisional results giving victory to Jaoa Bernardo Vieira were finalized by the election commission. The commission is counting votes and will post results next week.
Mr. Vieira, the former military ruler who took 55 percent of the vote in the presidential run-off, says he is confident the electoral commission will confirm him as the winner.
People are already fleeing the capital Bissau in anticipation of violence when the commission makes its final ruling.
Alain Mbarrow, a journalist covering the election in Bissau, has witnessed the exodus.
"Up to today, many people have fled away from Bissau and are finding secure places inside the country," he said. "Some have already gone to Senegal or the neighboring country of Guinea Conakry."
Mr. Sahna has filed a 135-page document asking the election commission to annul the results in three regions because of alleged fraud.''',
    quotes=[
        Q('"Up to today,', 'inside the country,"', "Alain Mbarrow"),
        Q('"Some have already gone', 'Guinea Conakry."', "Alain Mbarrow"),
    ],
),
dict(
    id="voa-en-2006-08-21-in-drc-run-off-elections-set-for-october",
    source="https://www.voanews.com/a/a-13-2006-08-21-voa30/318233.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph '“There may be violence in either case, ... if the results were that Joseph Ka', cut in the stored copy, dropped; the headline's capitals 'IN DRC' as stored)",
    text='''IN DRC, Run-Off Elections Set for October
In the Democratic Republic of Congo, President Joseph Kabila and Vice President Jean-Pierre Bemba will face each other October 29th in the country’s run-off election. The Independent Electoral Commission announced the results late Sunday, giving President Kabila just under 45 percent of the vote and Mr. Bemba 20 percent. The remaining 31 presidential candidates are deciding what role, if any, they will play in the upcoming run-off. In the first round, Allafuele Mbuyi Kalala was a presidential candidate for the Rally for a New Society party. He tells VOA English to Africa reporter James Butty that the political realignment has already begun for the run-off election.
“I am part of a group of 19 candidates who signed a statement challenging the validity of the election. I think that we are going to consult between ourselves beginning probably today, Monday, to know what is next. My feeling is that we will accept the vote since it does not say that Joseph Kabila won in the first round of balloting. I think that most candidates are going to align themselves with one of the two front-runners, and my feeling is that the majority of them will align with Jean-Pierre Bemba.”
Kalala says most candidates will likely support Bemba for two reasons.
“The people of the Congo voted for Bemba not for and by himself but against Joseph Kabila, and most candidates are aware of that feeling, and the majority of them ran against Joseph Kabila because the motto was “Anything but Kabila.” I think it will be very difficult for them to change now and align themselves with Joseph Kabila and still maintain their credibility.”
Kalala says neither the other losing candidates nor the Congolese voters would support President Kabila just to avoid possible violence.''',
    quotes=[
        Q('“I am part of a group', 'align with Jean-Pierre Bemba.”', "Allafuele Mbuyi Kalala"),
        Q('“The people of the Congo', 'maintain their credibility.”', "Allafuele Mbuyi Kalala"),
    ],
    aliases={"Allafuele Mbuyi Kalala": ["Kalala"]},
),
dict(
    id="voa-en-2007-03-17-thousands-march-in-washington-to-protest-iraq-war",
    source="https://www.voanews.com/a/a-13-2007-03-17-voa8-66543852/554356.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'Juan Torres led the anti-war protesters during the march. ... my American dream is destroy', cut in the stored copy, dropped; 'predominately' and the double hyphen '--' as stored)",
    text='''Thousands March in Washington to Protest Iraq War
Thousands of anti-war protestors rallied near the Pentagon Saturday, calling on President Bush to pull American forces out of Iraq. Organizers led the march to what was the site of a pivotal rally against the Vietnam war 40 years ago. VOA's Sean Maroney followed the rally from Washington to the Pentagon and has this report.
Demonstrators huddled close to each other against the wind outside the Pentagon.
Anti-war activist Cindy Sheehan addressed the predominately young crowd. Sheehan's son was killed while serving in Iraq. She invoked the memory of another demonstration outside the U.S. military headquarters decades ago against the Vietnam war. "Forty years ago, there was a march on the Pentagon," she said. "And here we are, 40 years later, marching on the Pentagon in another illegal and immoral war. When is it going to stop?"
Veterans and other activists also took the stage, calling on the Bush administration to change course. "I will be brutally honest, it is insane to believe that more of the same will end it," said one Iraq war veteran. "Our clever signs, our passionate speeches and our large crowds alone -- if that could end the war, we would not be here today."
The protesters had marched across the Potomac River from Washington's Vietnam Veterans Memorial. Many held signs calling for the United States to pull out of Iraq and for the impeachment of President Bush.
Across the street, a sizable gathering of counter-demonstrators waved their own placards that read "Peace Through Strength" and "Win the War or Lose Jihad."
Jane Johnson was among them. Her 22-year-old son was killed while serving in Baghdad. "To me, they are basically spitting on my son's grave," she said.''',
    quotes=[
        Q('"Forty years ago,', 'march on the Pentagon,"', "Cindy Sheehan"),
        Q('"And here we are,', 'going to stop?"', "Cindy Sheehan"),
        Q('"I will be brutally honest,', 'will end it,"', None),
        Q('"Our clever signs,', 'here today."', None),
        Q('"Peace Through Strength"', None, None),
        Q('"Win the War or Lose Jihad."', None, None),
        Q('"To me, they are', 'son\'s grave,"', "Jane Johnson"),
    ],
    aliases={"Cindy Sheehan": ["Anti-war activist Cindy Sheehan", "Sheehan"]},
),
dict(
    id="voa-en-2011-02-26-us-rally-highlights-calls-for-freedom-in-arab-world",
    source="https://www.voanews.com/a/us-rally-highlights-calls-for-freedom-in-the-arab-world-116987958/172757.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the image caption 'Protesters waving the 1951 first national flag of modern Libya ... calling for his ouster.' dropped; the paragraph 'Half-way through the protest, Iranian activists ... chanting down with President Mahmoud Ahmadinejad', cut in the stored copy, dropped; 'anti-governments protests' as stored)",
    text='''US Rally Highlights Calls For Freedom In the Arab World
More than a hundred people marched in solidarity with protesters across the Middle East and North Africa Saturday in Washington. The crowds gathered in front of the White House calling on the United States to do more to help liberate Arab nations.
What started as a rally in solidarity with the people of Yemen, Bahrain and Libya, quickly turned into a rally for the whole Middle East, North Africa and Sudan.
Protesters stomped and kicked pictures of Arab leaders, carried bloody pictures of wounded protesters and waved the flags of their nations. Men, women and children of all nationalities chanted for freedom and for several Arab leaders to resign.
Libyan Kadja Herif said the anti-governments protests in Libya explain how she has felt for at least 30 years under the regime of Col. Moammar Gadhafi. "I am used to this. I am always opposition," she said.
She screamed through a blow horn, leading protesters in chants, like down with Gadhafi. "I just want to let everybody know he's a bad guy. He needs to step down today because he killed a lot of my people," she said.
Human rights organization, Amnesty International, handed out signs that read, "No more bloodshed."
Chris McGraw, the director of grassroots advocacy for Amnesty, reiterated the hope of protesters, saying he believes this is a turning point across the Arab region. "Well now is really a critical time. Folks have been pressing for rights for many, many years. And now with some of the successes in the region, they are finally able to make a big difference," he said.''',
    quotes=[
        Q('"I am used to this.', 'always opposition,"', "Kadja Herif"),
        Q('"I just want to let', 'lot of my people,"', "Kadja Herif"),
        Q('"No more bloodshed."', None, None),
        Q('"Well now is really', 'make a big difference,"', "Chris McGraw"),
    ],
    aliases={"Kadja Herif": ["Libyan Kadja Herif"]},
),
dict(
    id="voa-en-2015-11-27-chinese-activist-sentenced-to-6-years-for-protesting-censorship",
    source="https://www.voanews.com/a/chinese-activist-sentenced-to-six-years-for-protesting-censorship/3077204.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the image caption 'FILE - Zhang Qing, left, wife of Chinese human rights activist Guo Feixiong, ... October 29, 2013.', printed twice, dropped; the subheading 'Sentences' kept; the paragraph 'He said Guo, 48, has been held in a crowded cell and barred from going outsid', cut in the stored copy, dropped)",
    text='''Chinese Activist Sentenced to 6 Years for Protesting Censorship
China has sentenced three human rights activists to harsh prison terms for participating in an anti-censorship protest in 2013.
The attorney for the three, Zhang Lei, told VOA that he is "shocked and angered" by the verdict, which gave a sentence of six years to activist Guo Feixiong.
Zhang said the court added an extra criminal charge to his client's case just moments before Friday's trial started.
"The way the court has unilaterally imposed new criminal charges on the defendant is unheard of. It's shocking, horrifying," Zhang said Friday.
Sentences
Activists Liu Yuandong and Sun Desheng were sentenced to three years and 2½ years, respectively, for participating in the same demonstration.
The three were charged with "gathering crowds to disturb social order" and Guo received the additional charge of "picking quarrels and provoking trouble." Both charges are often used broadly against dissidents.
The protest they took part in was a weeklong peaceful demonstration in 2013 outside the headquarters of the Southern Weekly newspaper. The demonstrators called on Beijing to give up censorship practices that affected the paper.
Zhang said he will be filing appeals for all three of his clients.
Zhang also expressed concerns about Guo's health, saying his client's physical state has deteriorated since his arrest in 2013.''',
    quotes=[
        Q('"shocked and angered"', None, "Zhang Lei"),
        Q('"The way the court', 'shocking, horrifying,"', "Zhang Lei"),
        Q('"gathering crowds to disturb social order"', None, None),
        Q('"picking quarrels and provoking trouble."', None, None),
    ],
    aliases={"Zhang Lei": ["Zhang"]},
),
dict(
    id="voa-en-2017-12-27-us-russia-agree-to-continue-diplomacy-over-n-korea",
    source="https://gopher.miga.me.uk/?url=gopher%3A%2F%2Fgopher.floodgap.com%3A70%2F0%2Ffeeds%2Fvoaheadlines%2F2017%2FDec%2F27%2Fhttps---www.voanews.com-a-us-russia-diplomacy-north-korea-4181300.html",
    license=PDC, retrieved=PAGES + " (gopher-proxy copy of VOA's headline feed for https://www.voanews.com/a/us-russia-diplomacy-north-korea/4181300.html; the lines 'Originally posted by the Voice of America.' and 'Voice of America content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the public domain.' and the byline 'by VOA News' dropped; the copy's hard line breaks and indentation joined into paragraphs; the paragraph 'Earlier in the year, U.S. President Donald Trump referred to North Korean leader Kim Jong Un as \"Little Rocket Ma', cut in the stored copy, dropped; 'ICMB' as stored)",
    text='''State Department: US, Russia Agree to Continue Diplomacy Over N. Korea
U.S. Secretary of State Rex Tillerson and Russian Foreign Minister Sergei Lavrov have "agreed to continue to work toward a diplomatic solution to achieve a denuclearized Korean peninsula," the U.S. State Department said Wednesday.
A U.S. statement said the two spoke by phone Tuesday to discuss concerns related to North Korea's "destabilizing nuclear program and emphasized that neither the United States nor Russia accepts" Pyongyang as a nuclear power.
A day earlier, Russia's Foreign Ministry said that Lavrov told his American counterpart that "Washington's aggressive rhetoric" has heightened tensions on the Korean peninsula. Russia also said Lavrov called the U.S. rhetoric unacceptable.
Meanwhile, the U.S. Treasury Department announced that it had imposed sanctions on two North Korean officials for their role in Pyongyang's ballistic missile program.
The move followed the U.N. Security Council's unanimous approval of a resolution Friday limiting the amount of gasoline and diesel North Korea can import and tightening inspections of ships suspected of illegally carrying banned items to or from North Korea.
North Korea has significantly stepped up its nuclear and missile programs in 2017, launching a newly developed intercontinental ballistic missile (ICBM) called a Hwasong-15 last month. North Korea claims the missile is capable of delivering nuclear warheads anywhere in the continental United States. The test was Pyongyang's third ICMB test this year and its 20th ballistic missile launch of this year.''',
    quotes=[
        Q('"agreed to continue', 'Korean peninsula,"', "U.S. State Department"),
        Q('"destabilizing nuclear program', 'nor Russia accepts"', "U.S. State Department"),
        Q('"Washington\'s aggressive rhetoric"', None, "Sergei Lavrov"),
    ],
    aliases={"U.S. State Department": ["State Department"], "Sergei Lavrov": ["Russian Foreign Minister Sergei Lavrov", "Lavrov"]},
),
]
