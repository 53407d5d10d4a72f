# Held-out English news texts (tests/data/heldout249-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America stories of 2009-2023 on Native Americans and on US colleges (public
# domain, VOA is a US government broadcaster, 17 U.S.C. § 105): a voanews.com archive story on President Obama's
# conference with tribal leaders (2009), two VOA 'Native Americans' news roundups (sports mascots, September-October 2022,
# voanews.com; a map of Indian boarding schools, August-September 2023, on VOA's pangea-cms preview host) and two
# 'Student Union' stories on VOA's pangea-cms preview host (college e-sports, c. 2017; international students waiting
# for Optional Practical Training work permits, 2021). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped
# (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking News', 'Native Americans', 'Student Union'), a
# repeated headline, '<!-- IMAGE -->' placeholders, bylines, photo captions (printed twice) and 'Read more:' link labels
# are dropped; the headline is kept once as the first line; wording, spacing inside paragraphs (double and triple spaces
# after full stops) and quotation marks (straight, curly or mixed as stored) are as stored. Annotated by reading the
# texts, before whosaid was run on them (rules H1545-H1547 in ANNOTATION.md on top of H1-H1544).
PD = "public domain (Voice of America, US government work, 17 U.S.C. § 105)"
PDM = "public domain (Voice of America, US government work, 17 U.S.C. § 105; VOA's own mirror/preview host)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout249-en.jsonl

Built by `build.py` from `heldout249_pages.py`. Like the VOA sets above (heldout215, heldout223, heldout231, heldout239,
heldout246), these texts are stored web pages (the `pages` search corpus) of Voice of America stories (public domain,
17 U.S.C. § 105), none of them used in a set above, this time on Native Americans and on US colleges, 2009 to 2023,
topics no earlier VOA set covers: a voanews.com archive story on President Obama's first White House Tribal Nations
Conference with the Navajo and Tohono O'odham leaders (2009), two VOA 'Native Americans' news roundups (the Atlanta
Braves at the White House and sports mascots, September 25 - October 1, 2022, voanews.com; a new map of Indian boarding
schools, August 27 - September 2, 2023, on VOA's pangea-cms preview host) and two 'Student Union' stories on VOA's
pangea-cms preview host (college e-sports, c. 2017; delays of Optional Practical Training work permits for foreign
students, 2021). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, repeated
headlines, image placeholders, bylines, photo captions and 'Read more:' labels were dropped; wording and quotation marks
are as stored. None of these pages is used in any set above (checked by URL and page id, by title, by the names of their
speakers and by distinctive phrases such as 'Tohono O', 'Ocmulgee', 'Atlanta Braves', 'Optional Practical Training',
'Indian boarding schools across' and 'National Association of Collegiate', grepped in tests/data of the main tree and of
every other helper's worktree, with no hit). The annotation (rules H1545–H1547 in `ANNOTATION.md` on top of H1–H1544)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by
the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-2009-obama-to-meet-with-native-american-tribal-leaders",
    source="https://www.voanews.com/archive/president-obama-meet-native-american-tribal-leaders",
    license=PD, retrieved=PAGES + " (voanews.com archive story 'President Obama to Meet with Native American Tribal Leaders', autumn 2009, before the Tribal Nations Conference of November 5; the headline, printed twice in the stored copy, kept once; the two '<!-- IMAGE -->' placeholder lines dropped; the double spaces after full stops and the triple space in Norris's quotation kept as stored; the paragraph '\"Unemployment hovers above 50 percent on Navajo land ...,\" Shi', cut in the stored copy inside its cue, dropped)",
    text='''President Obama to Meet with Native American Tribal Leaders
President Barack Obama has invited leaders of the more than 500 Native American tribes in the United States to a White House Tribal Nations Conference on November 5.  Mr. Obama says he wants to hear directly from the leaders about how his administration can help them meet their needs.
The Navajo tribe has the largest reservation in the U.S., more than 67,000 square kilometers across parts of the southwest states of Arizona, New Mexico and Utah.  The quality of life is typically poor.  Many homes do not have running water or electricity.
Navajo President Joe Shirley says that when President Barack Obama meets with tribal leaders, he will be following through on a promise made during his presidential campaign to have a more open dialogue with the tribes.
"And he promised to have a relationship with us, a meaningful relationship," Shirley says, "meaning that he'll work with us about some of the different challenges that face us here in the southwest."
Those challenges include a lack of economic development, a problem also facing the second largest reservation, the Tohono O'odham, in southern Arizona and part of northern Mexico.  Both the Navajo and O'odham nations make money through gambling casinos, but Tohono O'odham chairman Ned Norris says casinos cannot support his entire community.
"We need to really look at diversifying our economy, our ability to make revenue for the nation.   Even with our multi-million-dollar casino operation, in a lot of ways we lack infrastructure," Norris explains, "We don't have the reasons for companies to want to come onto the nation."
And that means fewer jobs.''',
    quotes=[
        Q('"And he promised', 'meaningful relationship,"', "Joe Shirley"),
        Q('"meaning that', 'in the southwest."', "Joe Shirley"),
        Q('"We need to really look', 'lack infrastructure,"', "Ned Norris"),
        Q('"We don\'t have the reasons', 'onto the nation."', "Ned Norris"),
    ],
    aliases={"Joe Shirley": ["Navajo President Joe Shirley", "Shirley"],
             "Ned Norris": ["Tohono O'odham chairman Ned Norris", "Norris"]},
),
dict(
    id="voa-2022-10-native-american-news-roundup-sept-25-oct-1",
    source="https://www.voanews.com/a/native-american-news-roundup-september-25-oct-1-2022-/6770419.html",
    license=PD, retrieved=PAGES + " (voanews.com 'Native Americans' news roundup 'Native American News Roundup September 25 – Oct. 1, 2022'; 'Accessibility links', 'Breaking News' and the section line 'Native Americans' dropped, headline kept; the photo caption 'Atlanta Braves CEO Terry McGuirk watches as President Joe Biden regards the gift of a Braves jersey, ...', printed twice, dropped; the subheading 'White House: We Should Listen to Native Americans on Mascots' kept as a line of its own; the stored copy ends inside the next photo caption ('Interior Secretary Deb Haaland speaks at the 30th annual Ocmulgee Indigenous Celebrat'), which is dropped)",
    text='''Native American News Roundup September 25 – Oct. 1, 2022
Here is a summary of Native American-related news around the U.S. this week:
White House: We Should Listen to Native Americans on Mascots
President Joe Biden welcomed the Atlanta Braves baseball team to the White House Monday, where he praised them for an “unstoppable, joyful” win in the 2021 World Series. The president made no mention of the longstanding controversy over the team’s name.
Under pressure from Native American groups, the football team formerly known as the “Washington Redskins” changed its name to the Commanders, and other professional, collegiate and secondary school teams have followed suit.
But the Atlanta Braves have said their brand, which includes a tomahawk logo on their jerseys, will remain. So, too, will the so-called “tomahawk chop,” in which spectators hack at the air and sing a “war chant” rooted in a 1950s children’s cartoon show that stereotyped Indians.
Later Monday, White House press secretary Karine Jean-Pierre said Biden believed all people deserve to be treated with dignity and respect.
“We should listen to Native American and Indigenous people who are most impacted by this,” she said.
Her remarks drew criticism from the Washington Examiner newspaper.
“Teams named themselves after American Indians because of their bravery and nobility,” the commentator wrote. “Ironically, the liberal idea of treating Native Americans with ‘dignity and respect’ on this issue is to ignore them and erase them from our culture entirely.”''',
    quotes=[
        Q('“unstoppable, joyful”', None, "Joe Biden"),
        Q('“Washington Redskins”', None, None),
        Q('“tomahawk chop,”', None, None),
        Q('“war chant”', None, None),
        Q('“We should listen', 'impacted by this,”', "Karine Jean-Pierre"),
        Q('“Teams named themselves', 'and nobility,”', "Washington Examiner"),
        Q('“Ironically,', 'culture entirely.”', "Washington Examiner"),
    ],
    aliases={"Joe Biden": ["President Joe Biden", "Biden", "The president"],
             "Karine Jean-Pierre": ["White House press secretary Karine Jean-Pierre"],
             "Washington Examiner": ["the Washington Examiner newspaper", "the commentator"]},
),
dict(
    id="voa-2023-09-native-american-news-roundup-aug-27-sept-2",
    source="https://voa.pangea-cms.com/preview/en-US/a/native-american-news-roundup-august-27-september-2-2023-/7250633.html",
    license=PDM, retrieved=PAGES + " (VOA 'Native Americans' news roundup 'Native American News Roundup Aug. 27-Sept. 2, 2023' on VOA's pangea-cms preview host; 'Accessibility links', 'Breaking News' and the section line 'Native Americans' dropped, headline kept; the photo caption 'Federal Indian boarding school for Navajo at Tohatchi, New Mexico, 1901, ...', printed twice, dropped; the subheading 'New count of Indian Boarding Schools: 523 and likely growing' kept as a line of its own; the link label 'Read more:', the caption 'FILE - The University of California, Riverside.' (printed twice) and the next item's subheading 'University professor', cut in the stored copy, dropped)",
    text='''Native American News Roundup Aug. 27-Sept. 2, 2023
Here are some Native American-related news stories that made headlines this week:
New count of Indian Boarding Schools: 523 and likely growing
The National Native American Boarding School Healing Coalition (NABS) this week released an interactive digital map identifying 523 Indian boarding schools across the United States. That’s 115 more than were identified in the Federal Indian Boarding School Initiative Investigative Report of May 2022 that counted Indian boarding schools operated, funded, or supported by the U.S. government.
The new map includes both federally operated boarding schools and institutions run by various religious entities. It also identifies known residential schools in Canada.
The project has been three years in the works, and the group’s Deputy CEO Samuel Torres (Mexica/Nahua) expects more schools will come to light.
“I believe this tool is going to greatly help our relatives who are seeking answers and who are on their own healing journeys,” he said in a statement. “Every Indigenous person in this country has been impacted by the deliberate attempt to destroy Native families and cultures through boarding schools. For us to visually see the scope of what was done to our communities and Nations at this scale is overwhelming, but this work is necessary to uncover the truth about this dark chapter in American history.”
Native News Online reports that NABS is hoping to launch a database in November containing nearly 50,000 records collected from boarding and residential schools.''',
    quotes=[
        Q('“I believe this tool', 'healing journeys,”', "Samuel Torres"),
        Q('“Every Indigenous person', 'American history.”', "Samuel Torres"),
    ],
    aliases={"Samuel Torres": ["the group’s Deputy CEO Samuel Torres"]},
),
dict(
    id="voa-c2017-are-video-games-the-next-big-college-sport",
    source="https://voa.pangea-cms.com/preview/en-US/a/are-video-games-the-next-big-college-sport/4009439.html",
    license=PDM, retrieved=PAGES + " (VOA 'Student Union' story 'Are Video Games the Next Big College Sport?' by Pete Musto, c. 2017 (undated in the stored copy), on VOA's pangea-cms preview host; the section line 'Student Union' and the byline '- By Pete Musto' dropped, headline kept; this stored copy has no first body paragraph (the voanews.com copy of the same story opens with 'Being gifted in a sport like football, ...'), so the text starts at 'But what if your muscles are in your head?'; 'National Association of Collegiate (NACE)' and the mixed marks of Brooks's first quotation (straight opening, curly closing) as stored; the paragraph 'Currentl...', cut in the stored copy, dropped)",
    text='''Are Video Games the Next Big College Sport?
But what if your muscles are in your head? The newest hot sport on campus offers competition and financial aid for skill shown in video games.
Professional video game competitions have been popular worldwide for several years. Teams and individuals compete for prize money and awards in games like Starcraft and Street Fighter. But becoming highly skilled and professional at e-sports is not unlike moving up in physical contact sports.
Michael Brooks is the executive director of the National Association of Collegiate (NACE), which supports the growth of college-level e-sports and establishes its rules. NACE is similar to the National Collegiate Athletic Association (NCAA), which organizes and creates rules for most major college sports competitions in the U.S., like football and basketball. In 2016, Maryville University of St. Louis and five other schools joined together to form NACE.
Brooks says that three years ago, only about seven colleges and universities in the U.S. had e-sport programs. Much of the popularity for video game competitions is in Europe and Asia because the industry for traditional professional sports in the US is already so strong.
Also, access to high-speed internet in the U.S. is lacking, Brooks adds.
But he says websites like Youtube and Twitch, where people share video of themselves competing in video games, have made a big difference. In addition to playing, watching others compete has become much more popular.
Now, more young Americans are looking for a path to professional-level competition.
While many schools thought e-sports came out of nowhere, "that’s not necessarily true,” Brooks told VOA via Skype.
“It was just that if you’re interested in e-sports, that was something you had to go find. It wasn’t something put in front of you in the real world. … And it’s only till recently that enough organizations have seen that there is a need here.”''',
    quotes=[
        Q('"that’s not necessarily true,”', None, "Michael Brooks"),
        Q('“It was just that', 'a need here.”', "Michael Brooks"),
    ],
    aliases={"Michael Brooks": ["Brooks"]},
),
dict(
    id="voa-2021-02-foreign-students-frustrated-by-opt-delays",
    source="https://voa.pangea-cms.com/preview/en-US/a/student-union_foreign-students-frustrated-opt-delays/6203084.html",
    license=PDM, retrieved=PAGES + " (VOA 'Student Union' story 'Foreign Students Frustrated by OPT Delays', February 2021, on VOA's pangea-cms preview host; 'Accessibility links', 'Breaking News' and the section line 'Student Union' dropped, headline kept; the photo caption 'FILE - A photo illustration shows a U.S. visa stamp on a foreign passport ...', printed twice, dropped; the bracketed '[notice]' and the ellipsis 'then…' inside Siskind's quotation as stored; the paragraph 'On February 16, Peter and 17 other named plaintiffs from China filed a class-action lawsuit aga...', cut in the stored copy, dropped)",
    text='''Foreign Students Frustrated by OPT Delays
When Peter, a Muslim student from China, graduated from Texas A&M University in December 2020, he thought he would be working at a Texas consulting firm by early January.
Instead, the international STEM graduate is sitting in his apartment in Houston, waiting for the results of his Optional Practical Training (OPT) application. OPT is a temporary work visa that allows international students to extend their U.S. student visas by 12 to 36 months.
“Normally, it takes two to three weeks to get a receipt [notice] and then… it’s supposed to take about three months, to get an employment authorization document,” immigration Attorney Greg Siskind said in a video interview. “In this case, we were already hitting almost three months without even having a receipt, much less getting a decision on the document.”
Peter was eventually notified that his forms had been received by the U.S. Citizenship and Immigration Services (USCIS): 116 days after mailing them to a U.S. secure federal facility in Dallas – called a lockbox – that receives forms and applications, and processes payments. Now, he waits up to eight more months for approval.
“I don’t have income while I’m still paying the lease. I don’t have health insurance since I’m technically unemployed. My apartment had a power outage and ran out of hot water because of the massive snowstorm last week,” he told VOA in an online interview. “The waiting period is unknown. And I think in the U.S., if you want the government to fix this problem in a quick manner, you have to sue them.”''',
    quotes=[
        Q('“Normally, it takes', 'authorization document,”', "Greg Siskind"),
        Q('“In this case,', 'on the document.”', "Greg Siskind"),
        Q('“I don’t have income', 'snowstorm last week,”', "Peter"),
        Q('“The waiting period', 'to sue them.”', "Peter"),
    ],
    aliases={"Greg Siskind": ["immigration Attorney Greg Siskind"],
             "Peter": ["the international STEM graduate"]},
),
]
