# Held-out English news pages (tests/data/heldout134-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America on US politics, Latin America and technology, works of the US government
# in the public domain: the Senate's vote for the immigration reform bill of May 2006 (voanews.com), Washington experts on
# Latin America's twelve presidential elections of 2006 (December 2006, voanews.com) and the disabled and equal access to
# the Web (December 2006, the English page of VOA Khmer, voacambodia.com). None is marked as from AP, Reuters or AFP.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped
# (noted in `retrieved`). Navigation ('Accessibility links', 'Breaking News') is dropped; wording, spelling and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H1025-H1029 in
# ANNOTATION.md on top of the earlier rules).
VOA = "public domain (VOA, US government work)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout134-en.jsonl

Built by `build.py` from `heldout134_pages.py`. Like heldout22-en, heldout24-en and heldout101-en, these texts are stored
web pages (the `pages` search corpus) of the Voice of America, none of them used in a set above, this time on US politics,
Latin America and technology, 2006: the US Senate's vote for the immigration reform bill of May 2006 (Ted Kennedy, Jeff
Sessions; voanews.com), Washington experts on the twelve Latin American presidential elections of 2006 (Peter Hakim of
the Inter-American Dialogue; voanews.com) and the disabled and equal access to the Web (Judy Brewer of the World Wide Web
Consortium; the English page of VOA Khmer, voacambodia.com). All are US government works in the public domain; none is
marked as from AP, Reuters or AFP. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Navigation lines were dropped; wording and quotation marks are as stored. None
of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every
existing text, including the other helpers' worktrees; the many VOA immigration stories of 2007 and 2013 the search also
found are heldout34-en's). The annotation (rules H1025–H1029 in `ANNOTATION.md`) was committed before whosaid was first
run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2006-05-25-us-senate-votes-for-immigration-reform-bill",
    source="https://www.voanews.com/a/a-13-2006-05-25-voa72/325003.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'Many in the Republican majority in the House of Representa...', cut in the stored copy, dropped)",
    text='''US Senate Votes for Immigration Reform Bill
The U.S. Senate has approved (by a 62 to 36 vote) sweeping immigration reform legislation that strengthens border security and establishes a guest worker program for the millions of illegal immigrants in the United States. But the fate of the measure remains unclear, as it must be reconciled with a vastly different bill passed by the House of Representatives.
The Senate bill calls for tougher border security enforcement to stem the flow of illegal immigrants into the United States through such proposals as hiring of thousands of new border patrol agents and the construction of a 600-kilometer fence along part of the U.S.-Mexican border.
The measure also contains provisions to deal with the 11 to 12 million undocumented workers already in the country by setting up a guest worker program and offering many of them a path to U.S. citizenship if they meet several conditions -- including paying a fine and learning English.
It also would establish a new system to verify the legal status of workers and punish employers who knowingly hire illegal immigrants.
Senator Ted Kennedy, a Massachusetts Democrat, helped draft the legislation: "This is the most far-reaching immigration reform in our history. It is a comprehensive and realistic attempt to solve the real-world problems that have festered for too long in our broken immigration system. It strengthens our security and reflects our humanity," he said.
But passage of the bill came despite opposition from conservative Republicans who say the provision offering illegal immigrants an opportunity to pursue U.S. citizenship amounts to amnesty.
Senator Jeff Sessions is an Alabama Republican: "We should not give those who violate our laws to get here every single right that we give to people who wait in line and come lawfully. That is a very important moral and legal principle," he said.''',
    quotes=[
        Q('"This is the most far-reaching', 'reflects our humanity,"', "Ted Kennedy"),
        Q('"We should not give', 'legal principle,"', "Jeff Sessions"),
    ],
),
dict(
    id="voa-en-2006-12-14-elections-brought-little-change-in-latin-america",
    source="https://www.voanews.com/a/a-13-2006-12-14-voa55/324152.html",
    license=VOA, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'In some cases, relations with t...', cut in the stored copy, dropped)",
    text='''2006 Elections Brought Little Change in Latin America
Latin America has seen 12 presidential contests in the last 13 months. Despite the installation of five new leaders, many analysts argue 2006 was more a year of continuity than change in the region. VOA's Michael Bowman attended a recent gathering of Washington-based experts on Latin America and has this report.
Since November of last year, nearly 500 million Latin Americans have had their say in a presidential contest. And with a few notable exceptions, voters chose the incumbent, like Venezuela's Hugo Chavez, or those who had previously held the post. Peter Hakim is head of the Inter-American Dialogue organization.
"Twelve elections: seven of them were won by men who had held the office before," he noted. "Three were re-elected and four had been president at an earlier period."
Hakim says that new presidents in Mexico and Chile come from the same parties as their predecessors. Perhaps the most radical transition came in Bolivia last December, where self-proclaimed socialist Evo Morales was swept into power. Nicaragua and Ecuador also elected leftist candidates, but Hakim notes that both have spoken in more moderate terms since entering office.
Above all, he says, democracy is alive and well in Latin America.
"These were elections that were all very competitive. Many of them were won by small percentages. Very participatory. High turn-outs in election after election," he added.
In only one case, Mexico, was there a contested transfer of power. But Hakim says that in several nations, such as Peru, radical populists were defeated by small margins. This, he says, points to a simmering undercurrent of discontent that the region's leadership would do well to pay attention to.
Recent years have seen several left-of-center governments come to power in Latin America, a trend that continued in 2006 with notable exceptions in Colombia and Mexico.''',
    quotes=[
        Q('"Twelve elections:', 'office before,"', "Peter Hakim"),
        Q('"Three were re-elected', 'earlier period."', "Peter Hakim"),
        Q('"These were elections', 'after election,"', "Peter Hakim"),
    ],
    aliases={"Peter Hakim": ["Hakim"]},
),
dict(
    id="voa-khmer-en-2006-12-29-disabled-seek-equal-web-access",
    source="https://www.voacambodia.com/a/a-40-2006-12-29-voa2-90148617/1354087.html",
    license=VOA, retrieved=PAGES + " (English page of VOA Khmer; " + DROP_NAV + "; the paragraph 'Other kinds of assistive technology make access to the Web easier ... Marc Grossman, ... uses screen-reading software to tran...', cut in the stored copy, dropped)",
    text='''Disabled Seek Equal Unlimited Web Access
The global computer network known as the Internet, and the World Wide Web that helps people use it, have long been hailed as breakthrough technologies that have given ordinary people, including those without special computer skills or social privileges, unprecedented access to information. But more than a decade after the introduction of the Web, access to this resource is still limited for millions of people with disabilities.
According to a recent United Nations report, only three of the world's top 100 websites are free of impediments to those with mental and physical handicaps.
Although many governments have passed laws mandating that public places be made accessible to the disabled, equal access to cyberspace has lagged far behind.
The director of the Web Accessibility Initiative at the World Wide Web Consortium, which sets technical standards for the Web, says things must change. "There is so much valuable information on the Web right now, whether it's educational or employment-related, health-related, government services, community activities," Judy Brewer says. "People with disabilities need to be able to access all of that information in order to have the same opportunities and the same ability to participate as people without disabilities."
Brewer says that just as there are many kinds of disabilities, there are many ways to help the disabled access the Web through so called "assistive technology."
"If somebody has a hearing disability they would need captioning for the audio," she says. Someone who couldn't use his or her hands to type, Brewer suggests, could use voice recognition software, "so you are essentially talking to your computer."''',
    quotes=[
        Q('"There is so much valuable', 'community activities,"', "Judy Brewer"),
        Q('"People with disabilities need', 'without disabilities."', "Judy Brewer"),
        Q('"assistive technology."', None, None),
        Q('"If somebody has', 'for the audio,"', "Judy Brewer"),
        Q('"so you are essentially talking to your computer."', None, "Judy Brewer"),
    ],
    aliases={"Judy Brewer": ["Brewer"]},
),
]
