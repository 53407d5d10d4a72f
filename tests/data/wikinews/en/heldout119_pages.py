# Held-out English news pages (tests/data/heldout119-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on Latin America, Africa and Asia, works of the US government in the public
# domain: three press releases of VOA's public relations site insidevoa.com on interviews with Latin American presidents
# (three Central American presidents on CAFTA-DR, May 2005; Uruguay's Tabare Vazquez, September 2005; Guatemala's Alvaro
# Colom, February 2010), one on three African presidents (Namibia, Ghana, Niger, June 2005), a voanews.com item on
# Cambodia's muted reaction to reports of US spying (2013) and a VOA breaking-news blog item on the US Embassy in Phnom Penh
# defending VOA and RFA (blogs.voanews.com, October 2012). No page is marked as from AP, Reuters or AFP (the 2012 blog item
# says Reuters and AFP quoted unnamed sources, without quoting them). Stored copies are cut after about 2,000 characters:
# only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Navigation lines ('Accessibility
# links', 'Breaking News'), a photo caption, VOA's programme and website notes cut in the stored copy are dropped; headlines
# and release subtitles are kept as first lines where the stored copy has them; wording, typos ('iniative', 'Kufor',
# 'Cambodia's Has'), spacing ('difficult, "') and quotation marks (straight or curly, mixed as stored) are kept. Annotated
# by reading the pages, before whosaid was run on them (rules H880-H883 in ANNOTATION.md on top of the earlier rules).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout119-en.jsonl

Built by `build.py` from `heldout119_pages.py`. Like heldout22-en, heldout24-en, heldout53-en, heldout84-en and
heldout118-en, these texts are stored web pages (the `pages` search corpus) of the Voice of America, none of them used in a
set above, this time on Latin America, Africa and Asia, 2005 to 2013: three insidevoa.com press releases on VOA interviews
with Latin American presidents (Enrique Bolaños, Elías Antonio Saca and Ricardo Maduro on CAFTA-DR, May 2005; Uruguay's
Tabaré Vázquez, September 2005; Guatemala's Alvaro Colom, February 2010), one on the presidents of Namibia, Ghana and
Niger (June 2005), a voanews.com item on Cambodia's muted reaction to reports of US spying (2013) and a breaking-news
blog item of blogs.voanews.com on the US Embassy in Phnom Penh defending VOA and RFA (October 2012). All are US government
works in the public domain; no page is marked as from AP, Reuters or AFP. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Navigation lines, a photo caption and
cut programme notes were dropped; headlines and release subtitles are kept as first lines where stored; wording, typos
and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their
speakers and by distinctive phrases against every existing text, including the other helpers' worktrees). The annotation
(rules H880–H883 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="insidevoa-2005-05-13-central-american-presidents-cafta",
    source="https://www.insidevoa.com/a/a-13-34-2005-05-13-voa60/177866.html",
    license=VOA, retrieved=PAGES + " (VOA public relations release on insidevoa.com; the lines 'Accessibility links' and 'Breaking News' dropped; the headline and the release subtitle kept as first lines; the paragraph 'The interviews aired live today on television and radio. ... Foro Interamericano (Inte', cut in the stored copy, dropped)",
    text='''Central American Presidents Seek to Strengthen U.S. Regional Trade
In a series of exclusive live television interviews at VOA, three Central American presidents stressed the benefits of passing the Central America-Dominican Republic Free Trade pact and thanked President Bush for his support.
Washington, D.C., May 13, 2005 - Three Central American presidents visiting Washington to support passage of the Central America-Dominican Republic Free Trade pact (CAFTA-DR) stressed its benefits and thanked President Bush for his support during a series of exclusive live television interviews at the Voice of America (VOA).
In their interviews, the Latin American leaders discussed the importance of having better trade relations with the U.S., which Dr. Enrique Bolaños, the president of Nicaragua, called "the biggest market in the world." El Salvador President Elías Antonio Saca noted, "The worst thing that can happen to Central America is to be left alone by the United States."
After meeting at the White House, Bolaños said President Bush "is totally in favor of CAFTA." President Ricardo Maduro of Honduras pointed out the benefits to his and neighboring countries, saying, "The approval of (CAFTA-DR) will give our government the possibility to generate highly sustainable economic growth."
Supporters say this economic growth will decrease illegal immigration to the U.S. by reducing poverty and creating new jobs in these countries. The Salvadoran president also asked the U.S. to aid immigrants already here. "I discussed immigration reforms with President Bush, and I found him receptive," Saca told VOA.
During the interview, Saca for the first time also publicly applauded the new immigration reform bill introduced in Congress by Senators John McCain (R-AZ) and Edward Kennedy (D-MA).''',
    quotes=[
        Q('"the biggest market in the world."', None, "Enrique Bolaños"),
        Q('"The worst thing', 'by the United States."', "Elías Antonio Saca"),
        Q('"is totally in favor of CAFTA."', None, "Enrique Bolaños"),
        Q('"The approval of (CAFTA-DR)', 'economic growth."', "Ricardo Maduro"),
        Q('"I discussed immigration reforms', 'him receptive,"', "Elías Antonio Saca"),
    ],
    aliases={"Enrique Bolaños": ["Dr. Enrique Bolaños", "Bolaños"],
             "Elías Antonio Saca": ["El Salvador President Elías Antonio Saca", "Saca", "The Salvadoran president"],
             "Ricardo Maduro": ["President Ricardo Maduro of Honduras"]},
),
dict(
    id="insidevoa-2005-09-15-uruguay-president-vazquez",
    source="https://www.insidevoa.com/a/a-13-34-2005-09-16-uruguay-president/177931.html",
    license=VOA, retrieved=PAGES + " (VOA public relations release on insidevoa.com; the lines 'Accessibility links' and 'Breaking News' dropped; the headline and the release subtitle kept as first lines; the paragraph 'VOA's live Spanish-language weekly public affairs program Foro Interamericano ... weekday Spanish television news progr', cut in the stored copy, dropped)",
    text='''Uruguay President Plans for Improved Relations with the United States
Tabaré Ramón Vázquez Rosas outlines regional vision on VOA's Foro Interamericano
Washington, D.C., September 15, 2005 - Uruguay President Tabaré Ramón Vázquez Rosas told the Voice of America (VOA) that he "aspires that in the future everyone would work for a better understanding between the United States and Latin America."
Vázquez expressed his hopes during an exclusive interview with VOA while he was in Washington for meetings at the International Monetary Fund (IMF). He emphasized the good relations between his country and the U.S., and underscored his intention to not only strengthen them but to extend the relations to other countries.
"We want to expand our bilateral agreements with other countries, with other governments," not with loans, he said, but through "an open market." He added, "We are making great efforts to integrate ourselves, to become united, and that the great nation that is South America could become one region to better defend the interests of its people in the face of globalization."
Regional integration was a prominent feature of Vázquez's campaign for the presidency, which he won in October 2004. He was inaugurated in March 2005.
When asked about the apparent concern of the U.S. reaction to his left-leaning government and his closeness to Venezuelan President Hugo Chávez, Vázquez said "no U.S. government official has expressed any specific concern to him on the subject."
The Uruguayan media picked up the interview and gave it extensive play. All of the country's major television stations, some 200 radio stations and major daily newspapers throughout the nation broadcast or covered the president's remarks.''',
    quotes=[
        Q('"aspires that in the future', 'and Latin America."', "Tabaré Ramón Vázquez Rosas"),
        Q('"We want to expand', 'with other governments,"', "Tabaré Ramón Vázquez Rosas"),
        Q('"an open market."', None, "Tabaré Ramón Vázquez Rosas"),
        Q('"We are making great efforts', 'face of globalization."', "Tabaré Ramón Vázquez Rosas"),
        Q('"no U.S. government official', 'on the subject."', "Tabaré Ramón Vázquez Rosas"),
    ],
    aliases={"Tabaré Ramón Vázquez Rosas": ["Uruguay President Tabaré Ramón Vázquez Rosas", "Vázquez"]},
),
dict(
    id="insidevoa-2010-02-19-guatemala-president-colom",
    source="http://www.insidevoa.com/a/a-13-34-2010-02-19-guatemala-president-111615199/178444.html",
    license=VOA, retrieved=PAGES + " (VOA public relations release on insidevoa.com; the lines 'Accessibility links' and 'Breaking News' dropped; the headline and the release subtitle kept as first lines; the closing programme note 'Foro Interamericano (Inter-American Forum) is a 60-minute weekly TV discussion forum ... All VOA Sp', cut in the stored copy, dropped)",
    text='''Guatemala President, in VOA Interview, Foresees Strong US-Guatemala Relations
Calls US 'our great partner'
Washington, D.C., February 19, 2010 – Guatemala President Alvaro Colom praised U.S. cooperation with Latin American countries on fighting drug trafficking, and said he welcomed further progress on related issues.
"We see the will and the conditions to move forward with the Merida Initiative beyond the topic of security because drug trafficking has many facets, including social issues," Colom said.
Colom discussed his outlook on U.S.-Guatemala relations during an exclusive interview on Foro Interamericano, VOA's weekly Spanish news magazine.
The Merida Initiative, signed in 2007, provides equipment and training in support of law enforcement operations and technical assistance to promote the professionalization of Latin American partners' security agencies. In 2008, Congress approved an initial $400 million for Mexico and $65 million for Central America, the Dominican Republic and Haiti.
"The United States is our great partner, not only in commerce but also in the fight against drug trafficking and with our immigrants," Colom said. "This relationship we want to improve and improve permanently because it is good for the region."
Guatemala is not only concerned about inter-hemisphere relations. Colom spoke about Guatemala’s growing international relationships, including those with non-traditional trading partners China and Russia.
He said Guatemala is not interested in advancing relations with Iran, though. "In the case of Iran, we have been very cautious not to foster a relationship," he said.''',
    quotes=[
        Q("'our great partner'", None, "Alvaro Colom"),
        Q('"We see the will', 'including social issues,"', "Alvaro Colom"),
        Q('"The United States is our great partner', 'with our immigrants,"', "Alvaro Colom"),
        Q('"This relationship we want', 'good for the region."', "Alvaro Colom"),
        Q('"In the case of Iran', 'foster a relationship,"', "Alvaro Colom"),
    ],
    aliases={"Alvaro Colom": ["Guatemala President Alvaro Colom", "Colom"]},
),
dict(
    id="insidevoa-2005-06-16-african-presidents-bush-africa-initiative",
    source="https://www.insidevoa.com/a/a-13-34-2005-06-16-voa88/177948.html",
    license=VOA, retrieved=PAGES + " (VOA public relations release on insidevoa.com; the lines 'Accessibility links' and 'Breaking News' dropped; the headline and the release subtitle kept as first lines ('iniative' as stored); the line 'The interviews can be found on VOA's website at', whose address is not stored, and VOA's standard closing paragraph 'The Voice of America, whi', cut in the stored copy (H92), dropped; 'Kufor' and 'difficult, \"' as stored)",
    text='''African Presidents Express Support for Bush Africa Initiative
In VOA interviews, three African presidents discuss President Bush's iniative to promote democracy and economic development in Africa.
Washington, D.C., June 16, 2005 -- Three African presidents visiting Washington this week stressed strong support of U.S. President George W. Bush's initiative to promote democracy and economic development in Africa during a series of interviews with the Voice of America (VOA).
In television interviews with VOA's Africa Journal host Vincent Makori, President Hifikepunye Pohamba of Namibia and President John Kufuor of Ghana discussed the need to improve democracy and economic freedom and stability for the people of Africa. Other topics included the upcoming G-8 Summit, debt-cancellation, democracy-building, and increased U.S.-African trade.
President Pohamba of Namibia encouraged all Africans, particularly African leaders, to join in the fight for democracy. "Democracy is irreversible. Democracy is here to stay [in Namibia]," said Pohamba. "We have to work for democracy in our countries, and a democracy, in most cases, is expressed through elections, through the wishes of the people," he added.
Ghana President Kufor praised the recent G-8 finance ministers' decision to cancel billions in debt owed by the world's poorest nations, adding, "Every bit of aid counts towards reducing Africa's debt burden."
In a radio interview with VOA's Hausa Service on Wednesday, President Tandja Mamadu of Niger identified poverty, hunger, and bad politicians as the greatest threat to the development of viable democracy in Niger and most parts of Africa. "Developing a viable democracy in a poor country such as Niger where poverty and hunger are commonplace is often difficult, " he said. "We told President Bush that we need help in these areas if democracy is to have a foothold."''',
    quotes=[
        Q('"Democracy is irreversible.', '[in Namibia],"', "Hifikepunye Pohamba"),
        Q('"We have to work for democracy', 'wishes of the people,"', "Hifikepunye Pohamba"),
        Q('"Every bit of aid', 'debt burden."', "John Kufuor"),
        Q('"Developing a viable democracy', 'often difficult, "', "Tandja Mamadu"),
        Q('"We told President Bush', 'to have a foothold."', "Tandja Mamadu"),
    ],
    aliases={"Hifikepunye Pohamba": ["President Hifikepunye Pohamba of Namibia", "President Pohamba of Namibia", "Pohamba"],
             "John Kufuor": ["President John Kufuor of Ghana", "Ghana President Kufor"],
             "Tandja Mamadu": ["President Tandja Mamadu of Niger"]},
),
dict(
    id="voa-2013-cambodia-muted-reaction-to-us-spying",
    source="https://www.voanews.com/a/cambodias-reaction-to-news-of-us-spying-is-muted/1781664.html",
    license=VOA, retrieved=PAGES + " (the lines 'Accessibility links' and 'Breaking News' and the photo caption 'FILE - General Tea Banh, Cambodia's Defense Minister, waits for his turn to speak at 11th International Institute of Strategic Studies Asia Security Summit, in Singapore, June 2012.' dropped; the headline 'Cambodia's Has Muted Reaction to News of US Spying' kept as stored; the stored copy ends with the closing note, complete; the mixed curly and straight marks as stored)",
    text='''Cambodia's Has Muted Reaction to News of US Spying
Cambodian authorities say they are not prepared to offer a strong reaction to allegations that U.S. spy agencies eavesdropped on regional leaders.
Asian nations, including Indonesia and China, have called for explanations of reports that U.S. intelligence agents used diplomatic missions in the region as "cover" to conceal their electronic spying.
In Phnom Penh, however, Defense Minister Tea Banh told VOA's Khmer service there is not adequate justification for formal complaint to Washington.
“If they do it for surveillance or spying, it is surely hard to confirm," the minister said, "and there might be no evidence to make any allegation. This is almost impossible.”
Interior Minister Sar Kheng said he found the U.S. actions confounding. “I’m saying this on my own behalf, not for my government,” he said. “The U.S. is normally a promoter of democracy, freedom and human rights, but why would they do this? I don’t know what they want.”
Allegations about U.S. spying in Southeast Asia are the latest in a series of disclosures about the widespread range of U.S. surveillance programs.
This report was produced in collaboration with the VOA Khmer service.''',
    quotes=[
        Q('"cover"', None, None),
        Q('“If they do it for surveillance', 'hard to confirm,"', "Tea Banh"),
        Q('"and there might be no evidence', 'almost impossible.”', "Tea Banh"),
        Q('“I’m saying this on my own behalf', 'for my government,”', "Sar Kheng"),
        Q('“The U.S. is normally a promoter', 'what they want.”', "Sar Kheng"),
    ],
    aliases={"Tea Banh": ["Defense Minister Tea Banh", "the minister"],
             "Sar Kheng": ["Interior Minister Sar Kheng"]},
),
dict(
    id="voa-blog-2012-10-12-us-defends-broadcasts-to-cambodia",
    source="https://blogs.voanews.com/breaking-news/2012/10/12/us-defends-broadcasts-to-cambodia",
    license=VOA, retrieved=PAGES + " (VOA breaking-news blog item; the stored part begins with the first paragraph, no headline; the paragraph 'Earlier this month, the Cambodian courts sentenced Beehive Radio owner Mam Sonando ... Beehive Radio carries programming for', cut in the stored copy, dropped)",
    text='''The U.S. is rejecting allegations by Cambodian officials who say U.S.-funded broadcasters are supporting the opposition.
US Embassy spokesman Sean McIntosh disputed the accusations Friday, telling VOA Khmer that Radio Free Asia and the Voice of America are not in place to be “anti-Cambodian.”
“U.S. funding of Radio Free Asia and the Voice of America is not anti-Cambodian and this is not to support the opposition. It is to support the provision of objective and newsworthy material to the Cambodian public.”
The Cambodian government called reporters from both U.S.-funded agencies into a closed-door meeting earlier this week to discuss matters of “cooperation.”
Both Reuters and the French news agency quoted sources at the meeting who said officials reproached RFA and VOA for their reports. Reuters' sources said the Cambodian government also threatened unspecified legal action.
Government spokesman Phay Siphan told VOA Khmer Friday no threats were made.
“We are just talking. We are not doing anything. The government is not planning any immediate action.”
Prime Minister Hun Sen and his ruling Cambodian People's Party have faced increasing international criticism over its treatment of rights workers and journalists, and the U.S.-based Freedom House has declared the country's media environment “not free.”
The Broadcasting Board of Governors, the oversight body for both RFA and VOA, condemned this week's meeting as “a blatant attempt to discourage objective reporting on the Cambodian government.”
VOA Khmer service chief Chris Decherd said in a statement that VOA “will continue broadcasting and reporting in the same objective and professional manner we have done for more than five decades,” adding Cambodians “deserve quality news that they can trust.”''',
    quotes=[
        Q('“anti-Cambodian.”', None, "Sean McIntosh"),
        Q('“U.S. funding of Radio Free Asia', 'the Cambodian public.”', "Sean McIntosh"),
        Q('“cooperation.”', None, "Cambodian government"),
        Q('“We are just talking.', 'immediate action.”', "Phay Siphan"),
        Q('“not free.”', None, "Freedom House"),
        Q('“a blatant attempt', 'the Cambodian government.”', "Broadcasting Board of Governors"),
        Q('“will continue broadcasting', 'than five decades,”', "Chris Decherd"),
        Q('“deserve quality news', 'they can trust.”', "Chris Decherd"),
    ],
    aliases={"Sean McIntosh": ["US Embassy spokesman Sean McIntosh"],
             "Cambodian government": ["The Cambodian government"],
             "Phay Siphan": ["Government spokesman Phay Siphan"],
             "Freedom House": ["the U.S.-based Freedom House"],
             "Broadcasting Board of Governors": ["The Broadcasting Board of Governors"],
             "Chris Decherd": ["VOA Khmer service chief Chris Decherd"]},
),
]
