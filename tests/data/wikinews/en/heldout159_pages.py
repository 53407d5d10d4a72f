# Held-out English news pages (tests/data/heldout159-en.jsonl), none of them used in an earlier set. US federal news texts,
# works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages` search
# corpus): five Millennium Challenge Corporation press releases on mcc.gov (the MCC Board's March 2023 meeting on the Kosovo
# threshold and Morocco compact programs; the October 2009 forum of MCC resident country directors; the February 2019 visit
# of MCC officials to Sri Lanka; the June 2010 Board meeting on poverty-reduction results; CEO Daniel W. Yohannes's
# testimony to the House Appropriations Subcommittee of April 2010). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is
# dropped (noted in `retrieved`). Site and .gov/HTTPS notices, the labels 'Press Release' and 'For Immediate Release' are
# dropped; headlines, subheadlines and date lines are kept; wording, spacing inside paragraphs and quotation marks
# (straight opening marks with curly closing ones in the 2009-2010 releases) are as stored; blanks at the end of a
# paragraph are dropped. Annotated by reading the pages, before whosaid was run on them (rules H1145-H1148 in
# ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout159-en.jsonl

Built by `build.py` from `heldout159_pages.py`. Like heldout151-en and the earlier federal sets, these texts are US federal
news texts taken from stored web pages (the `pages` search corpus), none of them used in a set above: five Millennium
Challenge Corporation press releases on mcc.gov (MCC Board celebrates the Kosovo threshold and Morocco compact programs,
March 30, 2023: CEO Alice Albright; MCC resident country directors highlight progress on poverty reduction programs,
October 22, 2009: Acting CEO Darius Mans; MCC officials visit Sri Lanka to gather information, February 28, 2019: Managing
Director Caroline Nguyen; the MCC Board focuses on poverty reduction results, June 16, 2010, and CEO Daniel Yohannes briefs
the House Appropriations Subcommittee, April 14, 2010: CEO Daniel W. Yohannes). All are US government works in the public
domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site and .gov/HTTPS
notices and the labels 'Press Release' and 'For Immediate Release' were dropped; wording and quotation marks are as
stored. Every quotation has a named MCC official as speaker; no span is null. None of these pages is used in any set
above (checked by URL, by the names of their speakers and by distinctive phrases against every existing text, including
the other helpers' worktrees; no mcc.gov page is used elsewhere). The annotation (rules H1145–H1148 in `ANNOTATION.md`)
was committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-mcc-2023-03-30-board-kosovo-threshold-morocco-compact",
    source="https://www.mcc.gov/news-and-events/release/release-032823-board-meeting/",
    license=PD, retrieved=PAGES + " (MCC press release on mcc.gov; the .gov and HTTPS notices and the labels 'Press Release' and 'For Immediate Release' dropped; headline and date line kept; the closing boilerplate paragraph 'The Millennium Challenge Corporation is an independent U.S. government development agency working to...', cut in the stored copy, dropped; curly marks with one straight closing mark after 'grant program,' as stored (H1146))",
    text='''MCC Board Celebrates Successful Kosovo Threshold and Morocco Compact Programs, Discusses Portfolio
March 30, 2023
The Millennium Challenge Corporation’s (MCC) Board of Directors held its quarterly meeting today and received an update on the successful Kosovo threshold program and Morocco compact.
“MCC learned much from our Kosovan and Moroccan partners. The ambitious Kosovo threshold program achieved a great deal; providing a solid foundation from which the Kosovan government is already building to improve energy access and reliability, empowering women, and improving governance and transparency. Together we are building on these successes through the subsequent compact grant program," said MCC’s Chief Executive Officer Alice Albright. “Over almost two decades, MCC’s $1.1 billion investment through two compacts in Morocco is evidence of the longstanding friendship between our two countries. The government of Morocco has been a steadfast partner in addressing challenging reforms in the land and education sectors throughout this compact, unlocking the potential of its most valuable resource: the Moroccan people.”
The Board received an update on the agency’s global portfolio and achievements in important initiatives, including efforts to accelerate program development. The Board also discussed MCC’s partnership with Tunisia, as it has at each of its meetings since July 25, 2021. The Board affirmed that MCC remains unable to advance the proposed compact at this time, but it would welcome the opportunity to do so if conditions improve.''',
    quotes=[
        Q('“MCC learned much', 'compact grant program,"', "Alice Albright"),
        Q('“Over almost two decades', 'the Moroccan people.”', "Alice Albright"),
    ],
),
dict(
    id="gov-en-mcc-2009-10-22-resident-country-directors-forum",
    source="https://www.mcc.gov/news-and-events/release/release-102209-rcds",
    license=PD, retrieved=PAGES + " (MCC press release on mcc.gov; the labels 'Press Release' and 'For Immediate Release' dropped; headline and date line kept; two blanks at the end of the paragraph 'MCC resident country directors ... international contracts.' dropped; the paragraph 'To date, MCC has signed 19 development assistance grants, ... In each MCC partn...', cut in the stored copy, dropped; straight opening and curly closing marks as stored (H1146))",
    text='''MCC Resident Country Directors from Africa, Eurasia, and Central America Highlight Progress on Poverty Reduction Programs
October 22, 2009
Washington, D.C. — The U.S. Government’s Millennium Challenge Corporation (MCC) hosted a public forum today featuring MCC resident country directors and deputy resident country directors from Africa, Eurasia, and Central America. The forum was a review of progress to date on MCC compact programs and best practices in poverty reduction through economic growth. The group focused on MCC’s pace of compact implementation, with a total of almost $1 billion disbursed for projects to date, and another $2 billion in contract commitments.
"MCC knows that smart U.S. assistance depends on expertise in the field. That’s why MCC brings together resident country staff from its 19 partner countries, to share best practices and ideas,” said MCC Acting Chief Executive Officer Darius Mans. "With the majority of countries in full program implementation, it is critical to ensure that MCC leadership in the field is properly equipped with the skills, resources, and knowledge to further promote growth, open markets, and raise the standard of living for the world’s poorest people.”
MCC resident country directors and deputy resident country directors from Armenia, Benin, Burkina Faso, Cape Verde, El Salvador, Georgia, Ghana, Honduras, Lesotho, Madagascar, Mali, Mongolia, Morocco, Mozambique, Namibia, Nicaragua, Senegal, Tanzania, and Vanuatu were in attendance. The resident country staff discussed best practices in development including policy improvement strategies, measuring results and program impact, anti-fraud and corruption activities, capacity building, donor coordination, and procuring international contracts.''',
    quotes=[
        Q('"MCC knows that smart', 'best practices and ideas,”', "Darius Mans"),
        Q('"With the majority of countries', 'world’s poorest people.”', "Darius Mans"),
    ],
),
dict(
    id="gov-en-mcc-2019-02-28-officials-visit-sri-lanka",
    source="https://www.mcc.gov/news-and-events/release/release-022819-sri-lanka-mission/",
    license=PD, retrieved=PAGES + " (MCC press release on mcc.gov; the .gov and HTTPS notices and the labels 'Press Release' and 'For Immediate Release' dropped; headline and date line kept; the closing boilerplate paragraph 'MCC is an innovative foreign assistance agency of the United...', cut in the stored copy, dropped; curly marks as stored)",
    text='''MCC Officials Visit Sri Lanka to Gather Information
February 28, 2019
COLOMBO, Sri Lanka, February 28, 2019 – A delegation from the U.S. Government’s Millennium Challenge Corporation (MCC), led by Managing Director for Europe, Asia, Pacific, and Latin America Caroline Nguyen and Managing Director for Selection, Eligibility, and Policy Performance Daniel Barnes, visited Sri Lanka this week to gather information and assess the current situation. Over the last two years, MCC and the government of Sri Lanka have worked to develop the proposed MCC Sri Lanka Compact – a large-scale five-year grant program designed to promote economic growth.
“MCC has been monitoring developments in Sri Lanka over the last few months. This visit is an opportunity to engage with senior government officials, the private sector and civil society to understand their perspectives about the current situation and Sri Lanka’s commitment to the proposed MCC compact and to MCC’s eligibility criteria,” said Managing Director, Europe, Asia, Pacific, and Latin America Caroline Nguyen. “Our conversations will inform deliberations by the MCC Board of Directors.”
Before the proposed compact can move forward, MCC’s Board of Directors must review and approve the program, as it does with all compacts.
The proposed MCC Sri Lanka Compact is designed to spur economic growth and would invest in projects in the transport and land sectors. MCC expects all of its country partners to remain committed to democratic governance, which includes respect for the rule of law, political rights and civil liberties for all.''',
    quotes=[
        Q('“MCC has been monitoring', 'eligibility criteria,”', "Caroline Nguyen"),
        Q('“Our conversations will inform', 'Board of Directors.”', "Caroline Nguyen"),
    ],
),
dict(
    id="gov-en-mcc-2010-06-16-board-poverty-reduction-results",
    source="https://www.mcc.gov/news-and-events/release/release-061610-boardoutcome",
    license=PD, retrieved=PAGES + " (MCC press release on mcc.gov; the labels 'Press Release' and 'For Immediate Release' dropped; headline and date line kept; a blank at the end of the paragraph 'The Board received an update ... implementation.' dropped; the paragraph 'The Board also discussed refinements to MCC’s Threshold Program. ... totaling...', cut in the stored copy, dropped; straight opening and curly closing marks as stored (H1146))",
    text='''MCC Board Focuses on Poverty Reduction Results and Future Country Partners
June 16, 2010
Washington, D.C.—The Millennium Challenge Corporation (MCC) Board of Directors met today to review the progress of its global partnerships to reduce poverty.
"The MCC Board is committed to ensuring that every MCC project delivers results. For MCC, fighting global poverty means investing in results for both the world’s poor and American taxpayers,” said Daniel W. Yohannes, MCC Chief Executive Officer.
To date, MCC-funded project results include: over 1,500 kilometers of roads contracted, over 109,500 farmers trained, over 44,400 hectares of land under production, and over 45,000 rural parcels of land mapped.
"While these initial results are important, they are not enough. MCC is committed to leveraging its assistance dollars to reduce poverty through sustained economic growth. We will continue to effectively use our resources in this time of financial constraint to fulfill MCC’s mission and produce tangible results,” Mr. Yohannes said.
The MCC Board, which is chaired by U.S. Secretary of State Hillary Rodham Clinton, reviewed the agency’s portfolio of investments in low income and lower middle income countries. The Board expects to consider grant agreements with the Philippines, Jordan, and Malawi in calendar year 2010, and Indonesia, Zambia, and Cape Verde in calendar year 2011.
The Board received an update on discussions with the incoming Philippines administration on the proposed compact program. The Board reiterated its desire for a commitment by the new administration to the ideals and principles of MCC, including fighting corruption, and to the compact’s objectives and implementation.''',
    quotes=[
        Q('"The MCC Board is committed', 'American taxpayers,”', "Daniel W. Yohannes"),
        Q('"While these initial results', 'tangible results,”', "Daniel W. Yohannes"),
    ],
    aliases={"Daniel W. Yohannes": ["Mr. Yohannes"]},
),
dict(
    id="gov-en-mcc-2010-04-14-yohannes-house-appropriations-fy2011",
    source="https://www.mcc.gov/news-and-events/release/release-041410-mccceodaniel",
    license=PD, retrieved=PAGES + " (MCC press release on mcc.gov; the labels 'Press Release' and 'For Immediate Release' dropped; headline, subheadline and date line kept; two blanks at the end of the first body paragraph dropped; the paragraph 'To date, MCC has signed 20 compacts and has funded 21...', cut in the stored copy, dropped; the double blanks after full stops and the straight opening and curly closing marks as stored (H1146, H1147))",
    text='''MCC CEO Daniel Yohannes Briefs House Appropriations Subcommittee on Agency’s Plans for FY2011
CEO underscores commitment to deliver results and show impact
April 14, 2010
Washington, D.C. — Daniel W. Yohannes, Chief Executive Officer of the U.S. Government’s Millennium Challenge Corporation (MCC), testified today before the U.S. House Appropriations Subcommittee on State, Foreign Operations about the agency’s poverty reduction progress and results to date, as well as the Administration’s budget request of $1.28 billion for FY2011.
"With so many priorities competing for limited resources during these challenging times, we all have to be prepared to make tough choices,” said Mr. Yohannes in his testimony before the committee.  "Congress created MCC to be innovative. We must live up to those expectations and build on our performance-based, transparent, country-driven model.”
Earlier this year, MCC signed a $262 million compact with Moldova, and in FY2010 plans to sign compacts with the Philippines and Jordan.  Additionally, the agency is working with Indonesia, Malawi, and Zambia on developing poverty reduction compact proposals.  MCC anticipates signing compacts with these partners, as well as a second compact with Cape Verde, in FY2011.
Mr. Yohannes added, "My priority as CEO is to show how MCC’s programs are delivering results and changing people’s lives. We must make smart investments that will produce significant returns in the fight against global poverty. We must adapt programs based on implementation challenges. I am committed to communicating with you as we work through these processes.”
"Getting the biggest bang for our MCC investment will require more creative partnerships with other U.S. Government agencies, the private sector, civil society, philanthropic organizations, NGOs, and multilateral institutions,” said Mr. Yohannes.''',
    quotes=[
        Q('"With so many priorities', 'tough choices,”', "Daniel W. Yohannes"),
        Q('"Congress created MCC', 'country-driven model.”', "Daniel W. Yohannes"),
        Q('"My priority as CEO', 'these processes.”', "Daniel W. Yohannes"),
        Q('"Getting the biggest bang', 'multilateral institutions,”', "Daniel W. Yohannes"),
    ],
    aliases={"Daniel W. Yohannes": ["Mr. Yohannes", "Daniel Yohannes"]},
),
]
