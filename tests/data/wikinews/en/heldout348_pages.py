# Held-out English news texts (tests/data/heldout348-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of press releases of US federal departments other than science/land agencies (public
# domain, 17 U.S.C. § 105): three Department of Veterans Affairs releases (va.gov, the Atlanta regional office fraud
# sentencing under Secretary Principi; news.va.gov, Secretary-Designate Gober's FY 1997 homeless grant awards and
# Secretary Nicholson's $24 million homeless package), a VA Memorial Day release of May 23, 2001 (document copy on
# info.5y1.org), two Department of Health and Human Services releases in web archives (the April 15, 1991 reorganization
# creating the Administration for Children and Families, End of Term archive; the September 18, 2003 Steps to a
# HealthierUS grants, webharvest.gov), an HHS release of 2010 on adoption incentive awards (reposted verbatim on a
# blog) and a USDA Office of Communications readout of Cabinet members' travel to Alabama and Mississippi after the
# April 2011 tornadoes (USDA e-mail list archive on spinics.net). None is credited to AP, Reuters, AFP or another third
# party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped with everything after it (noted in `retrieved`). Site lines, archive notices, list and blog lines, release
# numbers, dates and contact lines and the page-break lines of a printed release are dropped; a headline is kept once
# as the first line where the stored copy has one (none is added where it has none); trailing spaces at paragraph ends
# are removed; wording, double spaces and quotation marks (straight or curly) are as stored. Annotated by reading the
# texts, before whosaid was run on them (rules H1870-H1874 in ANNOTATION.md on top of H1-H1869).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDA = "public domain (US government work, 17 U.S.C. § 105; web-archive copy)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout348-en.jsonl

Built by `build.py` from `heldout348_pages.py`. Like heldout329-en, heldout259-en, heldout175-en and heldout146-en,
these texts are stored web pages (the `pages` search corpus) of press releases of US federal departments other than
the military and the science and land agencies (public domain, 17 U.S.C. § 105), none of them used in a set above:
three Department of Veterans Affairs releases (va.gov/opa/pressrel release 559 on the sentencing of the last of twelve
people convicted in the fraud at VA's Atlanta regional office, undated in the stored copy, Secretary Anthony J.
Principi's tenure 2001-2005; news.va.gov's copy of the 1997 release on the Homeless Providers Grant and Per Diem awards
announced by Secretary-Designate Hershel Gober; news.va.gov post 5133, Secretary Jim Nicholson's $24 million package for
homeless programs, 2007), the VA release 'VA Facilities Plan Memorial Day Observances' of May 23, 2001 (a document copy
on info.5y1.org), two Department of Health and Human Services releases in government web archives (the HHS
reorganization of April 15, 1991 that created the Administration for Children and Families, hhs.gov's pre-1995 text
file in the End of Term archive at webarchive.library.unt.edu; the Steps to a HealthierUS grants of September 18, 2003,
hhs.gov in the National Archives' webharvest.gov), an HHS release of September 2010 on $39 million in adoption
incentive awards (reposted verbatim on the blog beverlytran.blogspot.com) and a USDA Office of Communications readout
of Cabinet members' travel to Alabama and Mississippi after the April 2011 tornadoes (the USDA e-mail list archived on
mail.spinics.net). None is credited to AP, Reuters, AFP or another third party; the copies on non-government sites
are the agencies' own releases, not reporting of those sites. The stored copies are cut after about 2,000 characters;
only complete paragraphs are kept and a cut paragraph is dropped with everything after it (what was dropped is noted
per page). Site, archive, list and blog lines, release numbers, 'FOR IMMEDIATE RELEASE', dates and contact lines, the
'# # #' end marks and the page-break lines of a printed release were dropped; wording, double spaces and quotation
marks are as stored. None of these pages is used in any set above or in another helper's worktree (checked by URL, by
title, by the names of their speakers (Anthony J. Principi, Richard J. Griffin, Sarah Prater, Hershel Gober, Jim
Nicholson, Louis W. Sullivan, Tommy G. Thompson, Kathleen Sebelius / David A. Hansell with adoption, Janet Napolitano
with Pratt City) and by distinctive phrases ('darkened alleys of homelessness', 'hand up — not a handout',
'Secretary-Designate', 'prime advocate in the federal government', 'twelve Steps grant', 'Steps to a HealthierUS',
'increasing the number of children adopted', 'CABINET MEMBERS', 'Pratt City', 'National Moment of Remembrance', 'Our
strength, our greatness', 'indignity of homelessness') with grep over tests/data of /work/main and of every /work/wt-*
worktree: no hit; Jim Nicholson (heldout76-en, heldout289-en) and Janet Napolitano (heldout151-en) are quoted in other
sets from other releases, none sharing text with these, and heldout259-en uses another message of the spinics.net
lists, from the NIH list). Candidates left
out: the FEMA media page of September 2008 (already in heldout27-en), the Sessions release on 17 interim U.S. Attorneys
(heldout79-en), the Barr release on new Bureau of Prisons leadership (heldout62-en), the Delery False Claims Act
release (heldout117-en), the USDA community facilities releases of 2017 and 2018 (heldout175-en, heldout259-en), and
releases printed by newspapers and trade magazines (mercurynews.com, clpmag.com, newsismybusiness.com) rather than by
the agencies. The annotation (rules H1870–H1874 in `ANNOTATION.md` on top of H1–H1869) was committed before whosaid was
first run on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="va-opa-559-atlanta-regional-office-fraud-last-sentenced",
    source="https://www.va.gov/opa/pressrel/pressrelease.cfm?id=559",
    license=PD, retrieved=PAGES + " (Department of Veterans Affairs Office of Public Affairs release 559, undated in the stored copy (Sarah Prater's sentencing of Dec. 4, under Secretary Anthony J. Principi, 2001-2005); the stored copy has no headline and opens with the first paragraph, no title added (H1873); the end marks '# # #' and '###', the media contact line 'Reporters and media outlets with questions or comments should contact the Office of Media Relations at ...' and the line 'Veterans with questions about their health care and benefits (including GI Bill). Qu', cut in the stored copy, dropped; the trailing space after 'VA managers.' removed; curly marks, en dashes and the double space after 'deceased veterans.' as stored)",
    text='''WASHINGTON – On Dec. 4, the last of 12 people convicted in a massive fraud against the Department of Veterans Affairs (VA) was sentenced in federal court in Atlanta.
Sarah Prater, a former supervisor and claims examiner in VA’s Atlanta regional office, was sentenced to 13 years in prison and ordered to pay more than $11 million in restitution for her part in a scheme to pay benefits in the name of deceased veterans.
“We can take some comfort in the fact that no veteran was deprived of his or her rightful benefits as a result of this fraud,” said Secretary of Veterans Affairs Anthony J. Principi.
“This case also highlights the work of the men and women of VA’s Office of the Inspector General – vital work that is often done without public recognition,” Principi added. “The IG uncovered the fraud, led a multi-agency investigation, and helped bring a complex prosecution to a successful close.”
The work by VA’s Office of the Inspector General (OIG) earned a special “Award for Excellence” in October from the President’s Council on Integrity and Efficiency.
“This was truly an OIG team effort and I am very proud to be associated with such dedicated, hardworking professionals,” said Inspector General Richard J. Griffin.
The scheme focused on creating fraudulent claims for 100-percent disability that resulted in retroactive lump-sum payments to deceased veterans.  That money, totaling about $11 million over eight years, was diverted to Prater’s accomplices.
When criminal charges were revealed in August 2001, Principi immediately undertook a number of corrective actions, including procedural and technology-based controls that prevent or quickly identify similar frauds and stronger accountability for VA managers.''',
    quotes=[
        Q('“We can take some comfort', 'of this fraud,”', "Anthony J. Principi"),
        Q('“This case also highlights', 'public recognition,”', "Anthony J. Principi"),
        Q('“The IG uncovered the fraud', 'successful close.”', "Anthony J. Principi"),
        Q('“Award for Excellence”', None, None),
        Q('“This was truly an OIG team effort', 'hardworking professionals,”', "Richard J. Griffin"),
    ],
    aliases={"Anthony J. Principi": ["Anthony J. Principi", "Secretary of Veterans Affairs Anthony J. Principi", "Principi"],
             "Richard J. Griffin": ["Richard J. Griffin", "Inspector General Richard J. Griffin"]},
),
dict(
    id="va-1997-homeless-providers-grant-awards-gober",
    source="https://news.va.gov/press-room/va-approves-fy-1997-homeless-assistance-grant-awards/",
    license=PD, retrieved=PAGES + " (Department of Veterans Affairs release of 1997 (FY 1997 awards, Hershel Gober Secretary-Designate) in the press room of news.va.gov; the stored copy has no headline and opens with the first paragraph, no title added (H1873); the paragraph 'VA is the only federal agency that provides substantial hands-on assistance directly to homeless veterans ... hundreds of thousands of homeless and at-r', cut in the stored copy, dropped; Gober's quotation runs over two paragraphs, the first without a closing mark, as stored (H1870); curly marks and em dashes as stored)",
    text='''Washington, D.C. — Seventeen public and private nonprofit groups have been approved to receive awards from the Department of Veterans Affairs (VA) under its Homeless Providers Grant and Per Diem Program to develop new programs to assist homeless veterans.
VA Secretary-Designate Hershel Gober said, “The men and women of our nation’s armed forces should not have to fear they will be homeless when their military service ends. These VA grants provide a foundation of community-based caregivers needed to offer a hand up — not a handout — to homeless veterans across the country.
“Combined with VA’s specialized homeless assistance programs, the 101 grants VA has awarded over the past four years provide a solid base of community providers to help homeless veterans find the homes, jobs and security they deserve,” said Gober.
Gober said 79 organizations applied for this year’s VA grants.
Awardees from 17 cities in 14 states will receive grants totaling some $3.3 million, ranging from $6,000 to more than $385,000. With this round of grants, there now is at least one recipient in 38 states and the District of Columbia.
The Homeless Providers Grant and Per Diem Program, enacted in 1992 by Congress, gave VA the authority to provide assistance to establish community resources for homeless veterans through partnerships with public and nonprofit organizations. Through a competitive process, VA awards grants for up to 65 percent of the cost of acquiring, renovating, or constructing facilities. VA also can provide per diem payments, or in-kind assistance in lieu of per diem payments, to grant recipients or organizations that are eligible to receive a grant and provide supportive services and housing for homeless veterans.''',
    quotes=[
        Q('“The men and women of our nation’s armed forces', 'veterans across the country.', "Hershel Gober"),
        Q('“Combined with VA’s specialized', 'they deserve,”', "Hershel Gober"),
    ],
    aliases={"Hershel Gober": ["Hershel Gober", "VA Secretary-Designate Hershel Gober", "Gober"]},
),
dict(
    id="va-news-5133-nicholson-24-million-homeless-programs",
    source="https://news.va.gov/?p=5133",
    license=PD, retrieved=PAGES + " (Department of Veterans Affairs release on news.va.gov (post 5133), undated in the stored copy (Secretary Jim Nicholson, on the eve of the 20th anniversary of VA's first homeless program of 1987, so 2007); the headline kept as the first line; the paragraph 'Since 1988, VA has supported more then 1,500 Stand Downs across the nation. Stand Downs give homeless veterans a temporary refuge where they can obtain food, sh', cut in the stored copy, dropped; curly marks, the en dash after 'WASHINGTON' and the em dashes as stored)",
    text='''Secretary Nicholson Announces $24 Million for Homeless Programs
WASHINGTON – On the eve of the 20th anniversary of its first program targeted specifically at the needs and problems of homeless veterans, the Department of Veterans Affairs (VA) has announced a $24 million spending package — the largest one-time designation in its history — for programs benefiting homeless veterans.
“Over the past two decades, we have worked hard to construct bridges leading from the darkened alleys of homelessness to the bright avenues of mainstream society,” said Secretary of Veterans Affairs Jim Nicholson. “This would not be possible without the efforts from faith-based and community service providers who have partnered with VA throughout the years.”
In events today at Veterans Village in San Diego marking VA’s first homeless program two decades ago, Nicholson announced the Department was committing $10 million to support about 1,000 new transitional housing beds nationwide, $12 million for seriously mentally ill veterans, terminally ill veterans and similarly vulnerable groups, and $2 million for other programs.
Twenty years ago, VA began its national effort to eradicate chronic homelessness by providing $5 million for a pilot program to support contract residential care and to create domiciliary care for homeless veterans.
Today, VA supports more than 15,000 beds in transitional housing facilities or on VA residential treatment programs. The Department has become the largest federal provider of direct assistance to the homeless, including outreach and case management, treatment, rehabilitation, transitional residential care, therapeutic work and assistance with permanent housing. VA supports special programs for the treatment and rehabilitation of those suffering from mental illness and addictive disorders.''',
    quotes=[
        Q('“Over the past two decades', 'mainstream society,”', "Jim Nicholson"),
        Q('“This would not be possible', 'throughout the years.”', "Jim Nicholson"),
    ],
    aliases={"Jim Nicholson": ["Jim Nicholson", "Secretary of Veterans Affairs Jim Nicholson", "Secretary Nicholson", "Nicholson"]},
),
dict(
    id="va-opa-2001-05-23-memorial-day-observances",
    source="https://info.5y1.org/presidential-veterans-memorial-certificate_1_29cc1c.html",
    license=PDC, retrieved=PAGES + " (Department of Veterans Affairs Office of Public Affairs release of May 23, 2001, a document copy on info.5y1.org; the lines 'Office of Public Affairs Home | Veterans Affairs', '[pic]', 'FOR IMMEDIATE RELEASE' and 'May 23, 2001' and the page-break lines '- More -' and 'Memorial Day 2/2/2/2' dropped (H1873); the headline kept as the first line; the paragraph 'Veterans and visitors to VA medical centers ... at' and the line '3 p.m. local time on Memorial Day. ...', split by a line break of the printed release, joined into one paragraph with a space (H1873); the paragraph 'Many of VA's 119 national c', cut in the stored copy, dropped; straight double marks with curly apostrophes and the double hyphens as stored)",
    text='''VA Facilities Plan Memorial Day Observances
WASHINGTON -- Veterans Affairs (VA) facilities throughout the country will observe Memorial Day on May 28 with ceremonies recognizing service members who have given their lives for their country.
Secretary of Veterans Affairs Anthony J. Principi will join President Bush as the president places a wreath at the Tomb of the Unknowns at Arlington National Cemetery to honor those who have died in all of America’s wars.
Principi also called on Americans to pause at 3 p.m. for a National Moment of Remembrance.
"Our strength, our greatness, and our future have been secured by Americans who sacrificed their lives to defend a cause -- a belief larger than themselves, a legacy of freedom," Principi said. "Individually, and as a nation, we are indebted to them and to all who wore the uniforms of our armed services."
Veterans and visitors to VA medical centers, regional offices and national cemeteries will be asked to participate in the National Moment of Remembrance at 3 p.m. local time on Memorial Day. Designed to encourage people to reflect for one minute on the sacrifices of those who died in service for the nation, the observances will feature playing "Taps" on public address systems at many VA facilities.
The National Moment of Remembrance was recognized by an act of Congress to put the "memorial" back in Memorial Day and reclaim its original purpose of honoring America’s fallen heroes. The time was chosen because the mid-afternoon is when many Americans are enjoying the freedoms ensured by those who fought to preserve them.
Memorial Day ceremonies open to the public are planned at VA national cemeteries around the country. Some will include national, state and local leaders or veterans group officials along with color guards, decorated veterans, bands and choirs.''',
    quotes=[
        Q('"Our strength, our greatness', 'a legacy of freedom,"', "Anthony J. Principi"),
        Q('"Individually, and as a nation', 'our armed services."', "Anthony J. Principi"),
        Q('"Taps"', None, None),
        Q('"memorial"', None, None),
    ],
    aliases={"Anthony J. Principi": ["Anthony J. Principi", "Secretary of Veterans Affairs Anthony J. Principi", "Principi"]},
),
dict(
    id="hhs-1991-04-15-reorganization-administration-for-children-and-families",
    source="https://webarchive.library.unt.edu/eot2008/20090117194519/http://www.hhs.gov/news/press/pre1995pres/910415.txt",
    license=PDA, retrieved=PAGES + " (Department of Health and Human Services release of April 15, 1991, hhs.gov's text file in the End of Term 2008 web archive, stored as one run of text; the archive notice '*This is an archive page. The links are no longer being updated.', the file's date prefix '1991.04.15 :', the contact 'Contact: HHS Press Office (202) 245-6343' and the date 'April 15, 1991' dropped; its title 'HHS Reorganization' kept as the first line and the body kept as one paragraph (H1873); the stored copy breaks off in 'The head of the new Administration for Children and Families will be Assistant Secretary', so the text ends on the sentence before; straight marks as stored)",
    text='''HHS Reorganization
HHS Secretary Louis W. Sullivan, M.D., today announced a reorganization of operating divisions at the Department of Health and Human Services "to place greater emphasis and greater focus on the needs of America's children and families." Under the plan, two of the department's five operating divisions, as well as the Maternal and Child Health Block Grant program, are being combined into a single Administration for Children and Families. The change is effective immediately. "The Department of Health and Human Services is the prime advocate in the federal government for the welfare of children, for child health, and for families," Secretary Sullivan said. "We need an organizational structure that recognizes the central importance of our responsibilities to children, and which enables us to work more effectively on their behalf." With an annual budget of $27 billion and a staff of over 2,000, the new operating division combines the programs and resources of the Family Support Administration and the Office of Human Development Services, as well as the Maternal and Child Health Block Grant from the Public Health Service. No funding or staff cuts will take place as a result of the change. The Administration on Aging will continue to report directly to the Secretary, independent of the new operating division. "Many different HHS programs impact on child health and welfare, and on the family. With this consolidation, for the first time, the government will have a single agency bringing together the many child and family programs which have been created over the years. This will enhance the department's ability to serve America's children and families, and it will provide a strong base for new initiatives in this area," Dr. Sullivan said.''',
    quotes=[
        Q('"to place greater emphasis', 'children and families."', "Louis W. Sullivan"),
        Q('"The Department of Health and Human Services is the prime', 'for families,"', "Louis W. Sullivan"),
        Q('"We need an organizational structure', 'on their behalf."', "Louis W. Sullivan"),
        Q('"Many different HHS programs', 'in this area,"', "Louis W. Sullivan"),
    ],
    aliases={"Louis W. Sullivan": ["Louis W. Sullivan", "HHS Secretary Louis W. Sullivan, M.D.", "Secretary Sullivan", "Dr. Sullivan"]},
),
dict(
    id="hhs-2003-09-18-steps-to-a-healthierus-grants",
    source="https://webharvest.gov/peth04/20041102171452/http://hhs.gov/news/press/2003pres/20030918.html",
    license=PDA, retrieved=PAGES + " (Department of Health and Human Services news release of Thursday, Sept. 18, 2003, hhs.gov in the National Archives' web harvest of 2004; the harvest notice 'This web site was copied prior to January 20, 2005. ... Learn more.   [hide]', the logo lines 'Department of Health and Human Services', 'HHS Logo Bottom', 'HHS Yellow Bar', the label 'News Release', the date and the contact lines dropped; the stored copy has no headline and opens with the first paragraph, no title added (H1873); the paragraph 'Diabetes, asthma, overweight and obesity were chosen as targets ... through exercise, diet and oth', cut in the stored copy, dropped; 'HHS'' and the double hyphen as stored; straight marks as stored)",
    text='''HHS Secretary Tommy G. Thompson today announced 12 grants totaling $13.7 million to promote community initiatives to promote better health and prevent disease. The grants are funded under HHS' new Steps to a HealthierUS program, which aims to help Americans live longer, better, and healthier lives by reducing the burden of diabetes, overweight, obesity and asthma and addressing three related risk factors -- physical inactivity, poor nutrition and tobacco use.
The grants will help to implement community action plans targeting border populations, Hispanics and Latinos, Native Americans, African-Americans, Asians, immigrants, low-income populations, the disabled, youth, senior citizens, uninsured and underinsured people and people at high risk. Recipients of the grants reach 23 communities, including one tribal consortium, 15 small cities or rural communities and seven large cities.
"To successfully achieve better health, we need to reach Americans in the places they live, work and go to school," Secretary Thompson said. "These twelve Steps grant programs are innovative and exciting. From the Michigan tribe increasing its knowledge of traditional foods like fish, berries and wild rice to the expanded walking program in a New York community, each grantee is using creative approaches tailored to achieve success in their individual community."''',
    quotes=[
        Q('"To successfully achieve better health', 'go to school,"', "Tommy G. Thompson"),
        Q('"These twelve Steps grant programs', 'individual community."', "Tommy G. Thompson"),
    ],
    aliases={"Tommy G. Thompson": ["Tommy G. Thompson", "HHS Secretary Tommy G. Thompson", "Secretary Thompson"]},
),
dict(
    id="hhs-acf-2010-09-adoption-incentive-awards-39-million",
    source="http://beverlytran.blogspot.com/2010/09/hhs-awards-39-million-to-states-for.html",
    license=PDC, retrieved=PAGES + " (Department of Health and Human Services release of September 2010 on the fiscal year 2010 adoption incentive awards, reposted verbatim on the blog beverlytran.blogspot.com; the headline kept as the first line; the blog line '...they just did.' after the release and the title of the next post, 'HHS awards more than $14 million to support patient-centered outc', cut in the stored copy, dropped (H1873); the missing space in 'programs.“All children' and 'The U. S. Department' as stored; curly marks as stored)",
    text='''HHS awards $39 million to states for increasing adoptions
The U. S. Department of Health and Human Services today awarded $39 million to 38 states and Puerto Rico for increasing the number of children adopted from foster care. States use the funds from this adoption incentive award to improve their child welfare programs.“All children deserve loving, safe and permanent homes,” said HHS Secretary Kathleen Sebelius. “It is gratifying that most states continue to excel in promoting the adoption of children from foster care. I sincerely thank every adoptive family that has welcomed a child into their home.”
States receive $4,000 for every child adopted beyond their best year’s total, plus a payment of $8,000 for every child age 9 and older and $4,000 for every special needs child adopted above the respective baselines. The year 2007 is the baseline.
This year’s incentive award recipients completed more adoptions in 2009 than in the 2007 baseline year.
“America’s communities benefit when children grow up in stable families,” said David A. Hansell, HHS acting assistant secretary for children and families. “We’re very pleased that the adoption incentives program is helping states improve their programs and place more children into homes that are theirs forever.”
States and territories receiving today’s funding are: Alabama, Alaska, Arizona, Arkansas, Connecticut, Delaware, Florida, Georgia, Hawaii, Idaho, Illinois, Indiana, Kansas, Kentucky, Louisiana, Maine, Maryland, Michigan, Minnesota, Mississippi, Missouri, Nebraska, Nevada, New Hampshire, New Mexico, North Carolina, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Texas, Utah, Virginia, West Virginia, Wisconsin, Wyoming, and Puerto Rico.
A list of each state’s adoption incentive award amount can be found at http://www.acf.hhs.gov/news/press/2010/fy10_adoption_incentive_awards.htm.''',
    quotes=[
        Q('“All children deserve', 'permanent homes,”', "Kathleen Sebelius"),
        Q('“It is gratifying', 'into their home.”', "Kathleen Sebelius"),
        Q('“America’s communities benefit', 'stable families,”', "David A. Hansell"),
        Q('“We’re very pleased', 'theirs forever.”', "David A. Hansell"),
    ],
    aliases={"Kathleen Sebelius": ["Kathleen Sebelius", "HHS Secretary Kathleen Sebelius"],
             "David A. Hansell": ["David A. Hansell", "HHS acting assistant secretary for children and families"]},
),
dict(
    id="usda-oc-2011-readout-cabinet-members-travel-alabama-mississippi",
    source="http://mail.spinics.net/lists/usda/msg01999.html",
    license=PDC, retrieved=PAGES + " (USDA Office of Communications e-mail release of April/May 2011 (the tornadoes of late April 2011), as archived in the USDA list on mail.spinics.net; the list lines '[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]', the label 'Title:' with the first copy of the headline, 'Having trouble viewing this email? View it as a Web page.', 'Release No. Pending' and the contact 'Contact:' / 'Office of Communications (202)720-4623' dropped (H1873); the headline kept once as the first line; the paragraph beginning 'In Smithvi', cut in the stored copy, dropped; the double spaces in 'the  response' and after 'underway.', 'Miss.-Secretary', 'responders--applauding' and the spaced hyphens in Napolitano's words as stored; straight marks as stored)",
    text='''READOUT OF CABINET MEMBERS' TRAVEL TO ALABAMA, MISSISSIPPI
BIRMINGHAM, Ala. and SMITHVILLE, Miss.-Secretary of Homeland Security Janet Napolitano today traveled to Alabama and Mississippi with Housing and Urban Development (HUD) Secretary Shaun Donovan, Agriculture Secretary Tom Vilsack, Federal Emergency Management Administration (FEMA) Administrator Craig Fugate and Small Business Administration Administrator (SBA) Karen Mills to survey the damage and the  response and recovery efforts underway.  American Red Cross President and CEO Gail McGovern also joined the delegation.
The administration officials visited the Pratt City Command Center in Birmingham, Ala., with Mayor William Bell to tour the damage and meet with first responders--applauding the ongoing coordination of resources and manpower on the federal, state and local levels to help the community rebuild and recover.
A housing mission planning team comprised of housing and technical experts from FEMA, HUD, Army Corps of Engineers, SBA and voluntary agencies is on-site in Alabama to assist the state-led housing task force in establishing housing priorities.
"We thank the first responders, emergency personnel, as well as citizens and volunteers - many of whom are victims of this disaster - for working around the clock to help with response and recovery efforts," said Secretary Napolitano. "This tragedy has touched so many people - here in Alabama, Mississippi and in other states throughout the region. Our thoughts and prayers are with those who have lost a loved one, are still searching for one, have been injured, or have lost a home or business."''',
    quotes=[
        Q('"We thank the first responders', 'recovery efforts,"', "Janet Napolitano"),
        Q('"This tragedy has touched', 'home or business."', "Janet Napolitano"),
    ],
    aliases={"Janet Napolitano": ["Janet Napolitano", "Secretary of Homeland Security Janet Napolitano", "Secretary Napolitano"]},
),
]
