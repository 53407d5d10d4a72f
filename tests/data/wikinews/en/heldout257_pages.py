# Held-out English news texts (tests/data/heldout257-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories of 2014-2016 on sports and on the US economy (public domain,
# VOA is a US government broadcaster, 17 U.S.C. § 105): a post of VOA's 2014 World Cup blog on football.voanews.com
# (Algeria's ambassador in Washington on Algerian football, June 2014), a voanews.com 'News / USA' story on the first Boston Marathon
# after the 2013 bombing (April 2014), a voanews.com story from the Rio de Janeiro Olympics on Michael Phelps's last race
# (August 2016), a voanews.com 'News / Economy' story on a World Bank growth forecast (January 2014) and a gopher-proxy
# copy of VOA's headline feed for a voanews.com story on a forecast of US business economists (December 2015). None is
# credited to AP, Reuters, AFP or another third party (the VOA News story carries VOA's own byline). Stored copies are
# cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in
# `retrieved`). Section lines ('News / USA', 'News / Economy'), repeated headlines, player labels, bylines, date lines,
# a dateline, photo captions (printed twice) and the gopher copy's public-domain notice are dropped; the headline, where
# the stored copy has one, is kept once as the first line; wording, spacing inside paragraphs (double spaces after full
# stops) and quotation marks (straight, curly or mixed as stored) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H1595-H1598 in ANNOTATION.md on top of H1-H1594).
PD = "public domain (Voice of America, US government work, 17 U.S.C. § 105)"
PDC = "public domain (Voice of America, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout257-en.jsonl

Built by `build.py` from `heldout257_pages.py`. Like the VOA sets above (heldout215, heldout223, heldout231, heldout239,
heldout246, heldout249), these texts are stored web pages (the `pages` search corpus) of Voice of America stories
(public domain, 17 U.S.C. § 105), none of them used in a set above, this time on sports and on the US economy, 2014 to
2016, topics no earlier VOA set covers: a post of VOA's 2014 World Cup blog on football.voanews.com (Algeria's
ambassador in Washington, Abdallah Baali, on Algerian football, June 2014), a voanews.com 'News / USA' story on the first Boston Marathon after the 2013
bombing, won by Meb Keflezighi (April 2014), a voanews.com story from the Rio de Janeiro Olympics on Michael Phelps's
last race (August 2016), a voanews.com 'News / Economy' story on a World Bank forecast of US growth (January 2014) and a
gopher-proxy copy of VOA's headline feed for a voanews.com story on the growth forecast of the National Association for
Business Economics (December 2015). None is credited to AP, Reuters, AFP or another third party (a VOA story on the 2014
race credited to Reuters, 'Boston Marathoners Vow to Take Back Sacred Race', and one on a South African mining strike
credited to Reuters were found and left out). The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Section lines, repeated headlines, player labels, bylines,
date lines, a dateline, photo captions and the gopher copy's public-domain notice were dropped; wording and quotation
marks are as stored. None of these pages is used in any set above (checked by URL and page id, by title, by the names
of their speakers and by distinctive phrases such as '1897512', 'Keflezighi', 'Makes Comeback Run', 'Ledecky', 'done
done with swimming', '1831020', 'Andrew Burns', 'Dial Back', 'Simonson', 'Abdallah Baali', 'Les Fennecs', grepped in tests/data of the main tree and of
every other helper's worktree, with no hit). The annotation (rules H1595–H1598 in `ANNOTATION.md` on top of H1–H1594)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by
the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-2014-04-one-year-later-boston-marathon-makes-comeback-run",
    source="http://www.voanews.com/content/runners-set-to-run-post-bombing-boston-marathon/1897512.html",
    license=PD, retrieved=PAGES + " (voanews.com 'News / USA' story 'One Year Later, Boston Marathon Makes Comeback Run' by Victor Beattie, April 21-22, 2014; the section line 'News / USA' and the byline 'Victor Beattie' dropped, headline kept; the photo caption 'Meb Keflezighi of the United States celebrates after winning the 2014 Boston Marathon, ... (Credit: Greg M. Cooper-USA TODAY Sports)', printed twice, dropped; the stored copy's four-space indentation of every line and the blank lines between paragraphs removed; the gallery caption '• Meb Keflezighi of the U.S. reacts as he wi...', cut in the stored copy, dropped)",
    text='''One Year Later, Boston Marathon Makes Comeback Run
Some 36,000 runners from 96 countries took part Monday in the 118th Boston Marathon. Security was tight at the event, following last year’s bombings near the finish line that killed three and wounded more than 260.
An estimated one million people were expected to line the 42.2-kilometer route, from the town of Hopkinton east to Boston’s Boylston Street.
Meb Keflezighi crossed the finish line first, becoming the first American man to win the Boston Marathon in three decades. Keflezighi was born in Eritrea but is now a U.S. citizen.
He wore the names of the bombing victims on his race bib and said last year's attack made him extra motivated to win this year.
"It was not just about me," said the San Diego resident. "I was going to give everything I could for the people."
On the women's side, Rita Jeptoo of Kenya successfully defended the Boston Marathon title she won a year ago but said she couldn't enjoy at the time because of the fatal bombings. Race organizers allowed about 9,000 more runners this year, including roughly 5,000 athletes who were not able to finish last year when twin pressure-cooker bombs went off near the finish line.
Massachusetts Gov. Deval Patrick said heightened security at the event included more uniformed and plainclothes police scattered throughout the race’s route, as well as a ban on backpacks and large containers near the finish line. Appearing on the CBS program "Face the Nation" a day before the race, Patrick talked about how safe he expected the race to be.''',
    quotes=[
        Q('"It was not just about me,"', None, "Meb Keflezighi"),
        Q('"I was going to give', 'for the people."', "Meb Keflezighi"),
        Q('"Face the Nation"', None, None),
    ],
    aliases={"Meb Keflezighi": ["Keflezighi", "the San Diego resident"]},
),
dict(
    id="voa-2016-08-phelps-last-race-rio-olympics",
    source="https://www.voanews.com/americas/katie-ledecky-poised-replace-michael-phelps-face-us-swimming",
    license=PD, retrieved=PAGES + " (voanews.com story from the Rio de Janeiro Olympics, August 14-15, 2016, by VOA's Parke Brewer (the photo credit 'P. Brewer/VOA'); the stored copy has no headline line (the URL names the story 'Katie Ledecky Poised to Replace Michael Phelps as Face of US Swimming'), so the text starts with the first body paragraph and nothing is added; the photo caption 'U.S. swimmer Katie Ledecky poses with her medals ... (P. Brewer/VOA)', printed twice, and the caption 'United States' Michael Phelps walks with his natio' / 'United States' Michael Phelps walks with his national flag during the medal ceremony ...' dropped; the dateline 'RIO DE JANEIRO - ' at the head of the first paragraph dropped; the double spaces after full stops, 'at 2016 Summer Games', 'done done' and 'longtime-time' as stored; the stored copy ends with the paragraph '“Last race?” they asked Phelps. ... “Four more years!”', which is kept)",
    text='''For a swimmer who said he was done with the sport after the 2012 London Olympics, American Michael Phelps put on a performance at the Rio de Janeiro Olympics that left most at a loss for words.
In the final swimming event at 2016 Summer Games, the 31-year-old Phelps capped off his incomparable Olympic career with a gold medal in the men's 4x100-meter medley relay.  It gave him five golds and one silver medal in Rio, and 23 career golds in his total of 28 Olympic medals.
“This is special because I’m just able to start the next chapter of my life.  I’m retiring, but I’m not done done with swimming,” Phelps said.  “This is just the start of something new.”
There's a good chance he could go into coaching, maybe even assist his longtime-time swim coach Bob Bowman at Arizona State University.
Phelps' other gold medals in Rio came in the 4x100m and 4x200m freestyle relays, the 200m individual medley and the 200m butterfly, the stroke he is most famous for and the one he swam in the medley relay.  He also won a silver medal in the 100m butterfly.
After winning his final gold, Phelps and his relay teammates huddled together poolside and he told them, “It's been an honor swimming with you in my last race.”
“Last race?” they asked Phelps.  “Come on,” as they laughed sarcastically.  “Four more years!”''',
    quotes=[
        Q('“This is special', 'done done with swimming,”', "Michael Phelps"),
        Q('“This is just the start', 'something new.”', "Michael Phelps"),
        Q('“It\'s been an honor', 'my last race.”', "Michael Phelps"),
        Q('“Last race?”', None, None),
        Q('“Come on,”', None, None),
        Q('“Four more years!”', None, None),
    ],
    aliases={"Michael Phelps": ["Phelps", "American Michael Phelps"]},
),
dict(
    id="voa-2014-01-world-bank-us-economic-growth-speeding-up",
    source="http://www.voanews.com/content/world-bank-us-economic-growth-speeding-up/1831020.html",
    license=PD, retrieved=PAGES + " (voanews.com 'News / Economy' story 'World Bank: US Economic Growth Speeding Up' by Jim Randle, January 15, 2014; the section line 'News / Economy', the video title 'World Bank: US Economic Growth Speeding Upi', the player line '|| 0:00:00', the byline 'Jim Randle', the date line 'January 15, 2014 10:57 PM' and the video summary 'Many economists say U. S. growth will speed up a bit over the next year. Surging energy production ... VOA’s Jim Randle reports.' dropped, headline kept; trailing spaces at line ends removed, the double spaces after full stops, 'U. S.', the lower-case 'analyst Greg McBride' and the mixed marks of Burns's quotation (curly opening, straight closing) as stored; the paragraph '\"The likelihood is that lo', McBride's quotation cut in the stored copy, dropped)",
    text='''World Bank: US Economic Growth Speeding Up
Many economists say U. S. growth will speed up a bit over the next year, which will likely make it easier for other nations to sell their products in the world’s biggest economy.  Surging energy production is cutting costs and spurring U. S. economic growth, but rising interest rates are acting as brakes on expansion.
Some shops are busier, because for the first time in five years, the United States and other wealthy nations are shaking off the recession and making a larger contribution to global growth.
That is the word from a new World Bank report, which also says growth will be helped by fewer cuts in government spending over the next year.
The bank’s Manager of Global Macroeconomics is Andrew Burns.
“We are looking at a significant acceleration in the U. S. [economic growth] from about 1.8 percent last year to 2.8 percent this year," said Burns.
Key sectors of the U. S. economy, like housing, are strongly influenced by interest rates.  Lower rates make it easier for families to borrow the money to buy homes and businesses to get the equipment they need to expand.
With that in mind, the U.S. central bank has been working hard to stimulate the economy by cutting interest rates.  Part of that effort involves buying tens of billions of dollars of securities each month, a program that is being reduced or “tapered.”
If the stimulus continues for too long, it might spark inflation, which could hurt the economy. analyst Greg McBride says a slow increase in interest rates will not hurt, if the economy is expanding at the time.''',
    quotes=[
        Q('“We are looking at', 'this year,"', "Andrew Burns"),
        Q('“tapered.”', None, None),
    ],
    aliases={"Andrew Burns": ["Burns", "Manager of Global Macroeconomics"]},
),
dict(
    id="voa-2015-12-forecasters-dial-back-us-growth-outlook-2016",
    source="https://gopher.miga.me.uk/?url=gopher%3A%2F%2Fgopher.floodgap.com%3A70%2F0%2Ffeeds%2Fvoaheadlines%2F2015%2FDec%2F08%2Fvoanews.com-content-forecasters-dial-back-united-states-growth-outlook-3094008.html",
    license=PDC, retrieved=PAGES + " (gopher-proxy copy of VOA's headline feed for the voanews.com story 'Forecasters Dial Back US Growth Outlook for 2016' of December 8, 2015; the lines 'Originally posted by the Voice of America.' and 'Voice of America content is produced by the Voice of America, a United States federal government-sponsored entity, and is in the public domain.' and the byline 'by VOA News' dropped, headline kept; the copy's hard line breaks and indentation joined into paragraphs at its blank lines; the paragraph 'A separate study by the Manpower employment services company ... despite problems in the', cut in the stored copy, dropped)",
    text='''Forecasters Dial Back US Growth Outlook for 2016
Forecasters say the U.S. economy will grow a bit more slowly than first thought next year, but they also say the outlook for jobs and the housing market is good.
Members of the National Association for Business Economics predicted this week that U.S. economic growth would be a modest 2.2 percent for 2015 and speed up a little next year. NABE economists help run all kinds of companies across the United States.
NABE member Ken Simonson said the growth figures were a "modest" decrease from earlier predictions. But he said "nevertheless it is growth, it is going to stay positive for every quarter through the end of 2016, and jobs are going to keep being added every quarter."
NABE forecast that the world's largest economy would continue growing at an annual pace of between 2 and 2.5 percent over the next five years. The prediction of "lackluster" growth was based on what the economists saw as "tepid" business investment, along with a lot of regulatory and other constraints.
Nearly all of these economists said they expected the U.S. central bank to begin raising the key interest rate next week, and that it would rise gradually to a still-low rate of just over 1.1 percent by the end of next year.
Next year, they also said they expected a slight increase in homebuilding and an uptick in the number of jobs created each month.''',
    quotes=[
        Q('"modest"', None, "Ken Simonson"),
        Q('"nevertheless it is growth', 'every quarter."', "Ken Simonson"),
        Q('"lackluster"', None, "National Association for Business Economics"),
        Q('"tepid"', None, "National Association for Business Economics"),
    ],
    aliases={"Ken Simonson": ["Simonson", "NABE member Ken Simonson"],
             "National Association for Business Economics": ["NABE", "the economists"]},
),
dict(
    id="voa-2014-06-football-blog-viva-lalgerie",
    source="https://football.voanews.com/tag/world-cup/page/3/",
    license=PD, retrieved=PAGES + " (a tag page of VOA's 2014 World Cup blog on football.voanews.com, June 2014; as in heldout90, one post is kept from its headline to its end: the post '1, 2, 3 – Viva L’Algerie!'; the page's other posts ('All's Quiet in the Streets of Sao Paulo', 'A View from The Streets: How Brazilians Spend Game Day', with its image label 'shrine-to-beautiful-gameBrazil, ...' and video, and 'Rain, Humidity Sop World Cup', cut in the stored copy) dropped; '1,2, 3', 'Medhi Lacen' and the empty link 'here at, and on Facebook' as stored)",
    text='''1, 2, 3 – Viva L’Algerie!
With stars such as Islam Slimani, Madjid Bougherra, Sofiane Feghouli, and Medhi Lacen, Les Fennecs – Algeria’s football team – are hoping for victory in their fourth World Cup appearance.
During our visit to the Embassy of Algeria to the United States, His Excellency, the Ambassador Abdallah Baali, shared some of his favorite World Cup moments:
“Algeria has a great tradition of playing high quality football. One of my favorite football memories comes from 1982 World Cup in Spain, where Algeria beat West Germany 2-1 in their opening game; that was a great game. Another favorite football memory has to be 1975, when Algeria defeated France 2-1, in the Mediterranean finals.”
Of course, being the big football fan he is, the Ambassador had to pass along his well wishes to Les Fennecs with the traditional Algerian cheer: “1,2, 3 – Viva L’Algerie!”
See Les Fennecs face Belgium on June 17, Republic of Korea on June 22, and Russia on June 26th. And keep up with all the latest World Cup news here at, and on Facebook and Twitter.''',
    quotes=[
        Q('“Algeria has a great tradition', 'Mediterranean finals.”', "Abdallah Baali"),
        Q('“1,2, 3 – Viva L’Algerie!”', None, "Abdallah Baali"),
    ],
    aliases={"Abdallah Baali": ["the Ambassador Abdallah Baali", "the Ambassador", "His Excellency"]},
),
]
