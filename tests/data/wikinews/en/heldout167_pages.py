# Held-out English news pages (tests/data/heldout167-en.jsonl), none of them used in an earlier set. US federal news texts,
# works of the US government in the public domain (17 U.S.C. § 105), taken from stored web pages (the `pages` search
# corpus): a Library of Congress news release of January 2013 on the new Library of Congress Literacy Awards (the loc.gov
# page as archived by the UNT CyberCemetery), a Library of Congress blog post of December 2015 ('Library in the News:
# November 2015 Edition', blogs.loc.gov), an FAA general statement of December 5, 2024 (faa.gov) a Department of
# Veterans Affairs news release of March 20, 2008 (www1.va.gov) and an Indian Health Service bi-weekly update of
# February 28, 2025 (ihs.gov). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is
# dropped (noted in `retrieved`). Site lines, press-contact lines, the 'Share this post:' and 'Printable Version' lines and
# page introductions are dropped; list bullets are dropped and each list item kept as its own line; headlines,
# subheadlines and date lines are kept; wording, spacing inside paragraphs (double blanks after full stops) and quotation
# marks are as stored; blanks at the end of a paragraph are dropped. Annotated by reading the pages, before whosaid was run
# on them (rules H1175-H1179 in ANNOTATION.md on top of the earlier rules).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout167-en.jsonl

Built by `build.py` from `heldout167_pages.py`. Like heldout159-en and the earlier federal sets, these texts are US federal
news texts taken from stored web pages (the `pages` search corpus), none of them used in a set above, this time from
agencies earlier sets used little: a Library of Congress news release (Applications Being Accepted for New Library of
Congress Literacy Awards, January 24, 2013: Librarian of Congress James H. Billington and donor David M. Rubenstein; the
loc.gov page as archived by the UNT CyberCemetery), a Library of Congress blog post (Library in the News: November 2015
Edition, blogs.loc.gov: writers Brendan Kownacki and Juli Thanki, author Kate DiCamillo), an FAA general statement (read
out from FAA Administrator Mike Whitaker's visit to Boeing's Renton factory, December 5, 2024, faa.gov) and a Department of
Veterans Affairs news release (VA to Open 14 New Clinics in Seven States, March 20, 2008, www1.va.gov: Secretary James B.
Peake) and an Indian Health Service bi-weekly update (February 28, 2025, ihs.gov: HHS Secretary Robert F. Kennedy, Jr.). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another
third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is
noted per page). Site lines, press-contact lines and page introductions were dropped, list bullets removed (each item kept
as a line); wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the
names of their speakers and by distinctive phrases against every existing text, including the other helpers' worktrees; no
loc.gov, faa.gov or ihs.gov page is used elsewhere). The annotation (rules H1175–H1179 in `ANNOTATION.md`) was committed before
whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gov-en-loc-2013-01-24-literacy-awards-applications",
    source="https://cybercemetery.unt.edu/archive/oilspill/20130302135657/http://www.loc.gov/today/pr/2013/13-019.html",
    license=PD, retrieved=PAGES + " (Library of Congress news release 13-019, loc.gov page as archived by the UNT CyberCemetery; the press- and public-contact lines dropped; headline, subheadline and date line kept, the date line (stored above the headline) moved below the subheadline (H1175); the bullets of the three prize items dropped, each item kept as a line (H1175); the last paragraph '\"Literacy spurs innovation and creativity,\" said Rubenstein. \"Literacy is one of the basic tools ... can open do', cut in the stored copy, dropped; straight double marks with curly single marks nested inside as stored (H1176))",
    text='''Applications Being Accepted for New Library of Congress Literacy Awards
April 15 Is Deadline for Awards Totaling $250,000
January 24, 2013
Applications are now being accepted for the new Library of Congress Literacy Awards, which are made possible through the generosity of David M. Rubenstein.
The application rules and a downloadable application form may be accessed at www.read.gov/literacyawards/. Applications must be received no later than midnight on April 15, 2013.
These awards will be conferred for the first time in October 2013 to recognize and support outstanding achievements in the field of literacy, both in the United States and abroad.
Three prizes will be awarded annually:
The David M. Rubenstein Prize ($150,000), for a groundbreaking or sustained record of advancement of literacy by any individual or entity worldwide;
The American Prize ($50,000), for a project developed and implemented successfully during the past decade for combating illiteracy and/or aliteracy;
The International Prize ($50,000), for the work of an individual, nation or nongovernmental organization working in a specific country or region.
"The Library of Congress’s mission to ‘further the progress of knowledge and creativity for the benefit of the American people’ is inextricably linked to the nation’s literacy rates," said Librarian of Congress James H. Billington. "Thanks to the generosity of David Rubenstein, the Library is able to formally acknowledge those individuals and organizations making a difference in the United States and around the world in increasing literacy."
David M. Rubenstein, co-founder of The Carlyle Group, is a major donor to the Library of Congress, including its annual National Book Festival.''',
    quotes=[
        Q('"The Library of Congress’s mission', 'literacy rates,"', "James H. Billington"),
        Q('"Thanks to the generosity', 'increasing literacy."', "James H. Billington"),
    ],
),
dict(
    id="gov-en-loc-blog-2015-12-library-in-the-news-november",
    source="https://blogs.loc.gov/loc/2015/12/library-in-the-news-november-2015-edition/",
    license=PD, retrieved=PAGES + " (Library of Congress blog post on blogs.loc.gov; the lines 'Top of page' and 'Share this post:' dropped; title kept; the paragraph after Kate DiCamillo's first quoted paragraph, of which the stored copy keeps only its opening mark, dropped, so her quoted paragraph ends without a closing mark as stored (H1177); curly marks as stored)",
    text='''Library in the News: November 2015 Edition
Willie Nelson was the talk of the town as the Library celebrated his work and career during a concert in November, as he received the Gershwin Prize for Popular Song.
“When Willie took the stage to accept the Gershwin prize, you could see the pride on his face,” wrote Brendan Kownacki for Hollywood on the Potomac. “He joked the evening was ‘a lot of great music, and I remember SOME of it.’ Kidding aside though, he declared this ‘one of the greatest things to happen to me’ and noted that a lot has happened in his 83 years.”
“Willie Nelson concerts tend to be boisterous affairs, with hippies and hillbillies dancing to the music side by side,” wrote Juli Thanki for The Tennessean. “Wednesday night’s event at the DAR Constitution Hall in Washington, D.C., a star-studded tribute to Nelson, the 2015 recipient of the Library of Congress’ Gershwin Prize for Popular Song, was a little more staid (the audience featured several members of Congress in suits and ties), but no less adoring.”
Other stories ran in the Fort Worth Star-Telegram and on Associated Press TV.
Don’t miss the broadcast Jan. 15 at 9 p.m. Eastern on PBS stations.
While Nelson was being inaugurated as the seventh Gershwin Prize winner, author Kate DiCamillo was enjoying her final days as the 2014-2015 National Ambassador for Young People’s Literature.
She had this to say to The Washington Post: “When I first set out on my journey as National Ambassador for Young People’s Literature … I wanted to let people know that we can all — young and old — connect more deeply through stories. But oddly, what happened is that as I worked to deliver the message, the message was delivered to me. By that I mean that I have traveled all over the country. I have visited people gathered together in classrooms, libraries, lunchrooms, bookstores, community centers, auditoriums, gymnasiums and theaters.''',
    quotes=[
        Q('“When Willie took the stage', 'pride on his face,”', "Brendan Kownacki"),
        Q('“He joked the evening', 'in his 83 years.”', "Brendan Kownacki"),
        Q('“Willie Nelson concerts tend', 'side by side,”', "Juli Thanki"),
        Q('“Wednesday night’s event', 'no less adoring.”', "Juli Thanki"),
        Q('“When I first set out', 'gymnasiums and theaters.', "Kate DiCamillo"),
    ],
),
dict(
    id="gov-en-faa-2024-12-05-whitaker-boeing-renton-visit",
    source="https://www.faa.gov/newsroom/statements/general-statements",
    license=PD, retrieved=PAGES + " (FAA 'General Statements' page on faa.gov in its December 2024 state; the page title and introduction ('General statements are information shared with the public ...', the lines on press releases, accident statements and press contacts) and the heading 'Recent Statements - December 2024' dropped; the statement's headline and date line kept; the blank at the end of the paragraph '“This visit is part of ... and training.' dropped; the next item, 'Recent Statements - November 2024' with the 'Newark Delays' statement, cut in the stored copy, dropped; the statement's sentence '... comprehensive safety action plan' without a final full stop as stored (H1178))",
    text='''Read out from FAA Administrator Mike Whitaker’s Visit to Boeing’s Renton, Washington, Factory
December 5
This week, FAA Administrator Mike Whitaker visited Boeing’s factory in Renton, Washington, as part of his commitment to ensure Boeing fixes its systemic quality-control issues.
Administrator Whitaker began his daylong visit Tuesday with a tour of the production line, during which he observed new technology deployments, expanded Boeing employee training programs, and how Safety Management System principles have guided the company’s four-week, post-strike ramp up. He then met with Boeing front-line employees to talk about company policies and safety culture. Afterward, he met with Boeing senior leadership, including CEO Kelly Ortberg, to discuss in detail Boeing’s progress in executing its comprehensive safety action plan
“This visit is part of the FAA’s long-term safety commitment,” Whitaker said. “What’s truly needed is a fundamental cultural shift that’s oriented around safety, quality improvement and effective employee engagement and training.
“As expected, Boeing has made progress executing its comprehensive plan in these areas, and we will continue to closely monitor the results as they begin to ramp up production following the strike.”''',
    quotes=[
        Q('“This visit is part', 'safety commitment,”', "Mike Whitaker"),
        Q('“What’s truly needed', 'engagement and training.', "Mike Whitaker"),
        Q('“As expected, Boeing', 'following the strike.”', "Mike Whitaker"),
    ],
    aliases={"Mike Whitaker": ["Administrator Whitaker", "Whitaker"]},
),
dict(
    id="gov-en-va-2008-03-20-fourteen-new-clinics-seven-states",
    source="http://www1.va.gov/opa/pressrel/pressrelease.cfm?id=1471",
    license=PD, retrieved=PAGES + " (VA Office of Public and Intergovernmental Affairs news release on www1.va.gov; the screen-reader instructions, the Veterans Crisis Line graphic text, the office name and the line 'Printable Version' dropped; headline, date line and subheadline kept; the bullets of the list of locations dropped, each item kept as a line as stored (including 'Arkansas Phillips County' without a dash) (H1175); the paragraph 'With 153 hospit...', cut in the stored copy, dropped; double blanks after full stops as stored)",
    text='''VA to Open 14 New Clinics in Seven States
March 20, 2008
Peake: Health Care Closer for Veterans
WASHINGTON -- Veterans in seven additional states will have easier access to world-class health care under a Department of Veterans Affairs (VA) plan to open 14 new outpatient clinics in 2008.  Secretary of Veterans Affairs Dr. James B. Peake today announced that VA will establish new clinics in Arkansas, Kentucky, Illinois, Indiana, Oklahoma, Tennessee and Washington.
“VA is dedicated to providing the best in health care to the men and women who have served this nation in uniform,” Peake said.  “These new clinics will bring that care closer to veterans who have earned it through their service.”
Locations for the new clinics are:
Arkansas Phillips County
Illinois – Coles County
Indiana Scott County
Kentucky – Carroll County, Christian County and Graves County
Oklahoma Stillwater
Tennessee – Bolivar, Campbell County, Dyer County, Roane County, Sevier County and Warren County
Washington Lewis County
The new clinics are scheduled to activate in 2008.  The exact locations of the new facilities, along with their opening dates and the health care services they will provide, have to be determined.  VA has previously approved 50 additional clinics that will begin providing services in 2008 for a total of 64 new clinics throughout the country this year.''',
    quotes=[
        Q('“VA is dedicated', 'nation in uniform,”', "James B. Peake"),
        Q('“These new clinics', 'their service.”', "James B. Peake"),
    ],
    aliases={"James B. Peake": ["Peake"]},
),
dict(
    id="gov-en-ihs-2025-02-28-updates-secretary-kennedy-meets-leadership",
    source="https://www.ihs.gov/newsroom/ihs-updates/february-28-2025-ihs-updates-for-tribes-and-tribal-and-urban-indian-organizations",
    license=PD, retrieved=PAGES + " (Indian Health Service bi-weekly update on ihs.gov; the page title, stored twice, kept once; the update's introduction and the item heading kept; the paragraph 'As the 18th largest health care system in the U.S., ... ensuring federal commitments to tribal he...', cut in the stored copy, dropped; curly marks as stored)",
    text='''February 28, 2025: IHS Updates for Tribes and Tribal and Urban Indian Organizations
The bi-weekly update provides up-to-date information on recent events, meetings, conferences, upcoming deadlines, and recognition of the work being done across the Indian Health Service, other federal agencies, and Indian Country. For more information or questions, please email IHSPublicAffairsStaff@ihs.gov.
Secretary Kennedy Meets with IHS Leadership at HHS Headquarters
On February 18, members of the leadership team and others at IHS attended a ceremony at HHS Headquarters building in Washington, D.C., to hear remarks from the new Secretary of Health and Human Services Robert F. Kennedy, Jr. His leadership comes at a critical time, as the IHS endeavors to strengthen health care services, expand access, and improve health outcomes for American Indian and Alaska Native communities.
Secretary Kennedy’s testimony during the confirmation process reconfirmed his support for tribal nations and IHS. “Throughout my career, I have always supported American Indians and Alaska Natives and the federal trust responsibility for health care,” he said. “I will work tirelessly to improve health services to tribal nations, honor tribal sovereignty and fulfill our obligations to Native Americans across our department. This means striving to improve services at IHS. This includes working to staff IHS and accepting only the highest quality of care. We will also work to make sure that all of HHS is responsive to the unique needs of tribal nations.”''',
    quotes=[
        Q('“Throughout my career', 'for health care,”', "Robert F. Kennedy, Jr."),
        Q('“I will work tirelessly', 'needs of tribal nations.”', "Robert F. Kennedy, Jr."),
    ],
    aliases={"Robert F. Kennedy, Jr.": ["Secretary Kennedy"]},
),
]
