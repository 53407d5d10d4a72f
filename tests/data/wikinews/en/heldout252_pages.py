# Held-out English Wikinews texts (tests/data/heldout252-en.jsonl), none of them used in an earlier set. English
# Wikinews articles of 2006-2013 on a court case, a local election report and a sports event (CC BY 2.5), taken from
# stored web pages (the `pages` search corpus): the en.m.wikinews.org page on the custody case of a Church of the
# SubGenius member before Judge James Punch (2006), a copy on a site that reprints Wikinews pages (atriptofrance.com)
# of the article on the 'Dewey Defeats Truman' error of The Valley News in a California State Senate primary (2010;
# the en.wikinews.org page of the same article is stored too but cut inside the paragraph with the quotations), and
# the en.wikinews.org page on the Australian wins at the 2013 Asia-Oceania Wheelchair Basketball Championships (2013).
# None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only
# complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines, image captions, a
# pull-quote box, a 'HAVE YOUR SAY' box are dropped; the headline is kept once as the first line where the stored copy
# has one and the date line follows; wording, spelling ('the child her son', 'Valley Press', 'neighboring') and
# quotation marks (straight or curly, as stored) are as stored. Annotated by reading the texts, before whosaid was run
# on them (rules H1575-H1577 in ANNOTATION.md on top of the rules of the sets above).
WN = "CC BY 2.5 (Wikinews)"
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a site that reprints Wikinews pages)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout252-en.jsonl

Built by `build.py` from `heldout252_pages.py`. Like heldout42-en, heldout232-en and heldout248-en, these texts are
English Wikinews articles (CC BY 2.5) taken from stored web pages (the `pages` search corpus), none of them used in a set
above, this time on a court case, a local election report and a sports event: 'Georgia mother loses child custody over
humorous religion' (March 26, 2006, en.m.wikinews.org: Judge James Punch and a member of the Church of the SubGenius),
''Dewey Defeats Truman' incident in California State Senate election' (June 10, 2010, in a copy on a site that
reprints Wikinews pages, atriptofrance.com, because the stored en.wikinews.org page of the article is cut inside the
paragraph with its quotations) and 'Australian men, women win 2013 Asia-Oceania Wheelchair Basketball Championships'
(December 1, 2013, en.wikinews.org). None is credited to AP, Reuters, AFP or another third party. The stored copies are
cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines,
image captions, a pull-quote box and a 'HAVE YOUR SAY' box were dropped; wording and quotation marks are as stored.
None of these pages is used in any set above (checked by URL, by title, by the names of their speakers and by their
quotations with grep over tests/data of main and of the other helpers' worktrees). The set is small (three texts): the
search for further unused Wikinews pages with attributed quotations on sports, science, business and courts found
mostly pages already used, interview transcripts without quotation marks or copies cut before their quotations. The
annotation (rules H1575–H1577 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2006-03-26-georgia-mother-loses-child-custody-over-humorous-religion",
    source="https://en.m.wikinews.org/wiki/Georgia_mother_loses_child_custody_over_humorous_religion",
    license=WN, retrieved=PAGES + " (the stored mobile page without site lines; the fifth paragraph ('Rev. Magdalen has been a major figure in the Church of the SubGenius since 1997 ... The church members traditiona'), cut in the stored copy, and everything after it dropped; 'the child her son', the straight double marks, the curly apostrophes of 'goat’s' and 'What’s' next to straight ones and the single marks of 'goat' as stored)",
    text='''Georgia mother loses child custody over humorous religion
Sunday, March 26, 2006
Rev. Mary Magdalen (Rachel Bevilacqua) of the Church of the SubGenius, a postmodern or parody religion, lost custody of her child in February of 2006, seemingly due to her involvement with the church. Church members are touting the judge's response to her involvement with the church together with his decision as religious discrimination, and the ACLU is examining the situation.
Judge James Punch (Orleans County) allegedly denied custody of the child her son out of anger, after seeing videos of Rev. Magdalen in a bondage "dress" and papier maché goat’s head at the church's X-Day celebration and performance art piece. Judge Punch repeatedly asked, "Why a goat? What’s so significant about a goat’s head?" When Rev. Magdalen replied, "I just thought the word 'goat' was funny," the court then pressed her to explain how her actions were funny, finally concluding with the statement, "Obviously there's nothing funny in those pictures."
According to Rev. Magdalen, the judge reportedly lost his temper and shouted at her, calling her a "pervert," "mentally ill," "lying," and a participant in "sex orgies." Proponents of her case have been working to make the actual transcript of this statement available online.
Judge Punch ordered that Rev. Magdalen is to have absolutely no further contact with her son, not even in writing, after February 3, 2006. On March 9th, the judge issued a verbal order stating that Rev. Magdalen was to cease all communication on the Internet regarding her son, thereby preventing her from posting transcripts of the actual court proceedings (however, a transcript of her own testimony was made available on March 26th).''',
    quotes=[
        Q('"dress"', None, None),
        Q('"Why a goat?', 'goat’s head?"', "James Punch"),
        Q('"I just thought', 'was funny,"', "Rachel Bevilacqua"),
        Q('"Obviously there\'s nothing funny', 'those pictures."', "James Punch"),
        Q('"pervert,"', None, "James Punch"),
        Q('"mentally ill,"', None, "James Punch"),
        Q('"lying,"', None, "James Punch"),
        Q('"sex orgies."', None, "James Punch"),
    ],
    aliases={"James Punch": ["Judge James Punch", "Judge Punch", "the judge", "the court"],
             "Rachel Bevilacqua": ["Rev. Mary Magdalen", "Mary Magdalen", "Rev. Magdalen"]},
),
dict(
    id="wn-en-2010-06-10-dewey-defeats-truman-incident-in-california-state-senate-election",
    source="http://atriptofrance.com/dewey-defeats-truman-incident-in-california-state-senate-election",
    license=WNS, retrieved=PAGES + " (copy of the Wikinews article ''Dewey Defeats Truman' incident in California State Senate election' of June 10, 2010 on a site that reprints Wikinews pages; the stored copy has no headline line and starts with the date line, which is kept as the first line; the pull-quote box repeating Jantz's sentence ('“A new story has now been posted, without a trace of the incorrect report or a correction.”', standing alone between the first and second paragraphs), the 'HAVE YOUR SAY / Should The Valley News have printed a correction? / Add or view comments' box and the paragraph '“Dewey Defeats Truman” was an erroneous front-page headline by the newspaper Chicago Tribune', cut in the stored copy, dropped; the stored en.wikinews.org page of the article (https://en.wikinews.org/wiki/%22Dewey_Defeats_Truman%22_incident_in_California_State_Senate_election) is cut inside the paragraph with Jantz's quotations and was not used; the curly marks, the ellipsis characters, 'Valley Press' and the period outside the closing mark of 'now never existed' as stored)",
    text='''Thursday, June 10, 2010
An election news report in the U.S. features an error hearkening back to the infamous 1948 “Dewey Defeats Truman” incident – reporting the wrong candidate won the California state election primary.
Candidate Joel Anderson, a member of the California State Assembly, won the Republican Party primary for the California State Senate 36th District being vacated by termed-out politician Senate Minority Leader Dennis Hollingsworth, on Tuesday. With 100 percent of the election precincts reporting, Anderson won over 45 percent of the total votes cast in the Republican primary.
However, The Valley News, a news publication based in Riverside, California, mistakenly reported that Anderson’s opponent, Jeff Stone, had won the Republican primary. The Valley News later deleted its own article and reposted a new one with the correct information about the election results, without posting a correction.
California political journalist Barry Jantz reported that the mistake was due to the publisher of The Valley News only having examined the election results for Riverside, and not the entire election district. The Republican primary won by Anderson encompasses an election district, which includes both Riverside County, and San Diego County.
Jantz noted, “A new story has now been posted, without a trace of the incorrect report or a correction.” He referred to the erroneous article subsequently deleted by the Valley Press as, “the story that was…and wasn’t…and now never existed”. The San Diego County publication, East County Magazine, commented on the incident, and characterized it as “an error reminiscent of the infamous ‘Dewey Defeats Truman’ headline.”''',
    quotes=[
        Q('“Dewey Defeats Truman”', None, None),
        Q('“A new story', 'a correction.”', "Barry Jantz"),
        Q('“the story that was', 'now never existed”', "Barry Jantz"),
        Q('“an error reminiscent', 'headline.”', "East County Magazine"),
    ],
    aliases={"Barry Jantz": ["Jantz"]},
),
dict(
    id="wn-en-2013-12-01-australian-men-women-win-2013-asia-oceania-wheelchair-basketball-championships",
    source="https://en.wikinews.org/wiki/Australian_men,_women_win_2013_Asia-Oceania_Wheelchair_Basketball_Championships",
    license=WN, retrieved=PAGES + " (the 'From Wikinews' and 'Jump to navigation Jump to search' lines and the six image captions between the first and second paragraphs ('Asia–Oceania Zone Wheelchair Basketball Championships, Bangkok, 2013. IWBF President Maureen Orchard presents silver medals to the Chinese women's team / Image: Hawkeye7.', 'Australian Gliders are addressed by their head coach, Tom Kyle / Image: Hawkeye7.', ...) dropped; the third paragraph ('Both the Australian teams went through the tournament undefeated. ... The Rollers then took to the court a'), cut in the stored copy, and everything after it dropped; the straight marks, the dashes and 'neighboring' as stored)",
    text='''Australian men, women win 2013 Asia-Oceania Wheelchair Basketball Championships
Sunday, December 1, 2013
Thai-Japanese Bangkok Youth Center, Bangkok — The Australia men's national wheelchair basketball team, known as the Rollers, and the Australia women's national wheelchair basketball team, known as the Gliders, won gold medals on Friday, the final day of the Asia–Oceania Zone Wheelchair Basketball Championships in Bangkok, Thailand. The eight day championship was opened on November 22.
Ten countries competed for places at the International Wheelchair Basketball Federation (IWBF) World Championships next year — ten in the men's: Japan, Iran, China, Malaysia, Taipei, Australia, Korea, Kuwait, New Zealand and Thailand; and four in the women's: Australia, Japan, China and Thailand. For the Australians, it was a rare opportunity to play teams from neighboring countries. Their efforts to help other teams were appreciated; after one game the Kuwait men led a cheer of "Aussie! Aussie! Aussie!" To which the Thai women replied: "Oi! Oi! Oi!"''',
    quotes=[
        Q('"Aussie! Aussie! Aussie!"', None, None),
        Q('"Oi! Oi! Oi!"', None, None),
    ],
),
]
