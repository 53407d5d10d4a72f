# Held-out English news texts (tests/data/heldout329-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of press releases of US federal agencies (public domain, 17 U.S.C. § 105): a Justice
# Department release on five IRS employees charged with COVID-19 relief fraud (justice.gov), a Justice Department
# Antitrust Division release on the broiler chicken price-fixing indictment (copied verbatim on its.network), a Mount
# Rainier National Park release on a 2013 America's Best Idea grant (posted on the park's volunteer blog,
# rainiervolunteers.blogspot.com), a release of the US Attorney's Office for the Middle District of Louisiana on a bank
# robber's sentence (as carried by the FBI feed on security.mil-osi.com), a Justice Department release of 2013 on the
# conviction of a sovereign citizen leader (reposted verbatim on a crime blog) and an NIH release of 2009 on seven new
# Common Fund programs (copied verbatim on brightsurf.com). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped
# with everything after it (noted in `retrieved`). Site lines, blog lines, 'Source:' and 'FROM:' labels, date and contact
# lines are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it
# has none); trailing spaces at paragraph ends are removed; wording, double spaces and quotation marks (straight or
# curly) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H1815-H1818 in
# ANNOTATION.md on top of H1-H1814).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout329-en.jsonl

Built by `build.py` from `heldout329_pages.py`. Like heldout146-en, heldout175-en, heldout200-en, heldout251-en and
heldout259-en, these texts are stored web pages (the `pages` search corpus) of press releases of US federal departments
and agencies other than the military (public domain, 17 U.S.C. § 105), none of them used in a set above: a Justice
Department (Office of Public Affairs) release on five current or former IRS employees charged with defrauding the
Paycheck Protection Program and EIDL Program (justice.gov, undated in the stored copy, 2022 or 2023), a Justice
Department Antitrust Division release on six additional individuals indicted in the broiler chicken investigation
(copied verbatim on the government-news aggregator its.network), a joint press release of Mount Rainier National Park
with the National Park Foundation and the Student Conservation Association of July 10, 2013 on an America's Best Idea
grant (posted on the park's volunteer blog rainiervolunteers.blogspot.com, with the park's NPS contact), a release of
the US Attorney's Office for the Middle District of Louisiana on a Baton Rouge bank robber's sentence (carried by the
'US FBI' feed on security.mil-osi.com), a Justice Department release of March 25, 2013 on the conviction of the
self-proclaimed 'president' of a sovereign citizen group (reposted verbatim under 'FROM: U.S. DEPARTMENT OF JUSTICE' on
the blog stopcrimegettingitdone.blogspot.com) and an NIH release of 2009 on seven new NIH Common Fund programs (copied
verbatim on brightsurf.com). None is credited to AP, Reuters, AFP or another third party; the copies on non-government
sites are the agencies' own releases, not reporting of those sites. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept and a cut paragraph is dropped with everything after it, also where it
holds a quotation (what was dropped is noted per page). Blog and site lines, 'Source:' and 'FROM:' labels, release dates
and contact lines were dropped; wording, double spaces and quotation marks are as stored. None of these pages is used
in any set above or in another helper's worktree (checked by URL, by title, by the names of their speakers (Kenneth A.
Polite, Kevin Chambers, Kevin G. Ritz, Makan Delrahim, James A. Dawson, Neil Mulholland, Lanaute, James Timothy Turner)
and by distinctive phrases (Broiler Chicken, 'every American can relate to these treasured', 'Best Idea grant',
'resgister', 'Sovereign Citizen Nation', 'These strategic investments will yield', 'Common Fund was created to
transform') with grep over tests/data of /work/main and of every /work/wt-* worktree: no hit; Jonathan B. Jarvis is
quoted in other sets from other releases, none sharing text with this one). Candidates left out: the DOJ release on the
Internet Research Agency indictment (already in heldout62-en), the DHS-OIG Pedraza sentencing release (heldout117-en),
the FBI stories of security.mil-osi.com pages 524 and 545 (heldout79-en), the Kumer Capitol breach release
(heldout62-en), and releases whose stored copies keep only one complete quotation (Attorney General Sessions on opioids,
Eric Dreiband's Michigan statement of interest, the Scattered Spider complaint). The annotation (rules H1815–H1818 in
`ANNOTATION.md` on top of H1–H1814) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="doj-opa-five-irs-employees-charged-covid-relief-fraud",
    source="https://www.justice.gov/opa/pr/five-current-or-former-irs-employees-charged-defrauding-federal-covid-19-relief-programs?utm_medium=email&utm_source=govdelivery",
    license=PD, retrieved=PAGES + " (Justice Department Office of Public Affairs press release, undated in the stored copy (Kenneth A. Polite, Jr. was Assistant Attorney General of the Criminal Division 2021-2023); the page lines 'Related Content' and 'Press Release' dropped; the stored copy has no headline and opens with the first paragraph, no title added (H1818); the paragraph '“The Treasury Inspector General for Tax Administration’s (TIGTA) mission includes investigating allegations of criminal violations committed by Internal Revenue Service emplo', cut in the stored copy, dropped with its quotation; the en dashes around 'acting out of pure greed' as stored)",
    text='''Five current or former IRS employees have been charged with schemes to defraud the Paycheck Protection Program (PPP) and Economic Injury Disaster Loan (EIDL) Program, federal stimulus programs authorized as part of the Coronavirus Aid, Relief, and Economic Security (CARES) Act.
“The IRS employees charged in these cases allegedly abused the trust placed in them by the public,” said Assistant Attorney General Kenneth A. Polite, Jr. of the Justice Department’s Criminal Division. “The Criminal Division is committed to safeguarding that public trust and protecting pandemic relief programs for the American people.”
“This matter demonstrates the brazenness with which bad actors have taken advantage of federal programs meant to help those who suffered most from the COVID-19 pandemic,” said Director for COVID-19 Fraud Enforcement Kevin Chambers. “The Justice Department will continue to work hard to root out PPP and EIDL Program fraud, including that committed by government employees.”
According to court documents, the defendants allegedly obtained funds under the PPP and EIDL Program by submitting false and fraudulent loan applications that collectively sought over $1 million. They then used the loan funds for purposes not authorized by the PPP or EIDL Program, but instead for cars, luxury goods, and personal travel, including trips to Las Vegas.
“These individuals – acting out of pure greed – abused their positions by taking government funds meant for citizens and businesses who desperately needed it,” said U.S. Attorney Kevin G. Ritz for the Western District of Tennessee. “I thank our law enforcement partners for rooting out this fraud. Our office will not hesitate to pursue and charge individuals who steal from our nation’s taxpayers.”''',
    quotes=[
        Q('“The IRS employees', 'by the public,”', "Kenneth A. Polite, Jr."),
        Q('“The Criminal Division is committed', 'American people.”', "Kenneth A. Polite, Jr."),
        Q('“This matter demonstrates', 'COVID-19 pandemic,”', "Kevin Chambers"),
        Q('“The Justice Department will continue', 'government employees.”', "Kevin Chambers"),
        Q('“These individuals', 'desperately needed it,”', "Kevin G. Ritz"),
        Q('“I thank our law enforcement', 'nation’s taxpayers.”', "Kevin G. Ritz"),
    ],
    aliases={"Kenneth A. Polite, Jr.": ["Kenneth A. Polite, Jr.", "Kenneth A. Polite", "Assistant Attorney General Kenneth A. Polite, Jr."],
             "Kevin Chambers": ["Kevin Chambers", "Director for COVID-19 Fraud Enforcement Kevin Chambers"],
             "Kevin G. Ritz": ["Kevin G. Ritz", "U.S. Attorney Kevin G. Ritz"]},
),
dict(
    id="doj-atr-six-additional-individuals-indicted-broiler-chicken",
    source="https://its.network/six-additional-individuals-indicted-antitrust-charges-ongoing-broiler-chicken-investigation/",
    license=PDC, retrieved=PAGES + " (Justice Department Antitrust Division press release on the superseding indictment in the broiler chicken investigation (Denver, Colorado; undated in the stored copy, Makan Delrahim's tenure 2017-2021), copied verbatim on the government-news aggregator its.network; headline kept as the first line, the empty lines between paragraphs dropped; the trailing space after 'obstruction of justice.' removed; the double spaces after sentences kept as stored; the paragraph '“We will continue to work with our law enforcement partners and the Department of Justice to root out corruption that harms consumers and the competitive market,” said Assistant Inspector General for Investigations Scott K', cut in the stored copy, dropped with its quotation)",
    text='''Six Additional Individuals Indicted On Antitrust Charges In Ongoing Broiler Chicken Investigation
A federal grand jury in the U.S. District Court in Denver, Colorado, returned a superseding indictment charging six additional defendants for their roles in a previously indicted conspiracy to fix prices and rig bids for broiler chicken products, and containing additional allegations against the previously charged defendants in the same conspiracy, the Department of Justice announced today.  The superseding indictment also charges one defendant with making false statements and obstruction of justice.
“The division will not tolerate collusion that inflates prices American shoppers and diners pay for food,” said Assistant Attorney General Makan Delrahim of the Department of Justice’s Antitrust Division.  “Executives who choose collusion over competition will be held to account for schemes that cheat consumers and corrupt our competitive markets.  The division will also continue to charge those who knowingly lie to our law enforcement partners and obstruct our investigations — such conduct undermines our criminal justice system and will be prosecuted to the fullest extent of the law.”
“The charges in this ongoing investigation show the commitment of the FBI and our partners to work together to uncover these crimes and hold these individuals responsible,” said James A. Dawson, Acting Assistant Director in Charge of the FBI Washington Field Office.  “To date, there have been 10 individuals charged for their participation in this conspiracy.  The American people and restaurant owners should not be the ones to pay unnecessary rising costs of food while executives and employees line their pockets.”''',
    quotes=[
        Q('“The division will not tolerate', 'pay for food,”', "Makan Delrahim"),
        Q('“Executives who choose', 'extent of the law.”', "Makan Delrahim"),
        Q('“The charges in this ongoing', 'individuals responsible,”', "James A. Dawson"),
        Q('“To date,', 'line their pockets.”', "James A. Dawson"),
    ],
    aliases={"Makan Delrahim": ["Makan Delrahim", "Assistant Attorney General Makan Delrahim"],
             "James A. Dawson": ["James A. Dawson", "Acting Assistant Director in Charge of the FBI Washington Field Office"]},
),
dict(
    id="nps-mora-2013-07-10-americas-best-idea-grant",
    source="http://rainiervolunteers.blogspot.com/2013/07/mount-rainier-national-park-receives.html",
    license=PD, retrieved=PAGES + " (Mount Rainier National Park press release of July 10, 2013, issued jointly with the National Park Foundation and the Student Conservation Association and posted on the park's volunteer blog; the release line 'July 10, 2013: For Immediate Release' and the three contact lines (Alanna Sobel, National Park Foundation; Kevin Bacher, Mount Rainier National Park; Jay Satz, Student Conservation Association) dropped; the stored copy has no headline and opens with the first paragraph, no title added (H1818); the paragraph 'At Mount Rainier, the America’s Best Idea grant supports a long standing and growing partnership between theNational Park Service and the Student Conservation Association (SCA). “SCA’s mission is t', cut in the stored copy, dropped with its quotation; the run-together words 'grantfrom' and 'ournational' as stored)",
    text='''Mount Rainier is one of 34 national parks across the country selected to receive a 2013 America’s Best Idea grantfrom the National Park Foundation, the official charity of America’s national parks. Inspired by the critically acclaimed Ken Burns documentary “The National Parks: America’s Best Idea,” the America’s Best Idea program funds park activities designed to connect diverse, underserved and under-engaged populations throughout the United States with their national parks in innovative and meaningful ways.
“One of the great things about our national parks is that every American can relate to these treasured places if given the chance to experience them,” said Jonathan B. Jarvis, Director of the National Park Service. “It’s our mission to engage visitors from all backgrounds in the diverse stories that we tell in our national parks. Thanks to the support of the National Park Foundation, we can propel that outreach, and engage new audiences that would otherwise never have the opportunity to experience a national park.”
“The America’s Best Idea program gives people – particularly youth – incredible opportunities to connect to ournational parks through unique and innovative ways,” said Neil Mulholland, President and CEO of the National Park Foundation. “From experiences that center on history, the environment and even adventure, we are able to capture the imagination of a new generation of park-goers in ways that benefit their lives and the future of the parks.”''',
    quotes=[
        Q('“The National Parks: America’s Best Idea,”', None, None),
        Q('“One of the great things', 'to experience them,”', "Jonathan B. Jarvis"),
        Q('“It’s our mission', 'a national park.”', "Jonathan B. Jarvis"),
        Q('“The America’s Best Idea program gives', 'innovative ways,”', "Neil Mulholland"),
        Q('“From experiences', 'future of the parks.”', "Neil Mulholland"),
    ],
    aliases={"Jonathan B. Jarvis": ["Jonathan B. Jarvis", "Director of the National Park Service"],
             "Neil Mulholland": ["Neil Mulholland", "President and CEO of the National Park Foundation"]},
),
dict(
    id="usao-mdla-baton-rouge-man-sentenced-151-months-bank-robbery",
    source="https://security.mil-osi.com/page/593",
    license=PDC, retrieved=PAGES + " (release of the US Attorney's Office for the Middle District of Louisiana (Acting United States Attorney April M. Leon; robbery of May 3, 2024) as carried by the 'US FBI' feed on the news-feed site security.mil-osi.com, first item of the listing page; the label line 'Source: US FBI' and the empty lines between paragraphs dropped; headline kept as the first line; trailing spaces at paragraph ends removed; the paragraph 'Law enforcement was dispatched to the scene ... which had been reported stolen durin', cut in the stored copy, dropped with the rest of the page; the note's wording 'resgister [sic] before everybody die in here' as stored (H1815))",
    text='''Baton Rouge Man Sentenced to 151 Months in Federal Prison for Bank Robbery
Acting United States Attorney April M. Leon announced that U.S. Chief Judge Shelly D. Dick sentenced Jonathan Wayne Lanaute, age 40, of Baton Rouge, Louisiana, to 151 months in federal prison following his conviction for bank robbery. The Court further sentenced Lanaute to serve three years of supervised release following his term of imprisonment and ordered him to pay $20,000 in restitution.
According to admissions made as part of his guilty plea, on the morning of May 3, 2024, Lanaute entered United Community Bank, located on Bluebonnet Boulevard in Baton Rouge, and stated that he needed to cash a check. He approached a counter and passed a handwritten note to the bank teller which stated, “give me all the money in the cash resgister [sic] before everybody die in here.” The teller, fearful of bodily harm, directed the bank’s computer to begin dispensing $100 bills. While waiting for the bills to be dispensed, Lanaute was fidgeting in his sweatshirt pockets as if he had a firearm. He told the teller to “hurry up, hurry up,” and not to make any moves.
The machine dispensed fifty $100 bills at a time and ran through four (4) cycles. When complete, Lanaute took the money from the teller and walked towards the bank to leave. Before exiting the building, he heard the machine continuing to dispense money and he returned to the teller counter to retrieve the additional bills before finally exiting the building with $20,000.''',
    quotes=[
        Q('“give me all the money', 'die in here.”', "Jonathan Wayne Lanaute"),
        Q('“hurry up, hurry up,”', None, "Jonathan Wayne Lanaute"),
    ],
    aliases={"Jonathan Wayne Lanaute": ["Jonathan Wayne Lanaute", "Lanaute"]},
),
dict(
    id="doj-2013-03-25-sovereign-citizen-president-convicted",
    source="http://stopcrimegettingitdone.blogspot.com/2013_03_01_archive.html",
    license=PDC, retrieved=PAGES + " (Justice Department press release of Monday, March 25, 2013, reposted verbatim on the blog stopcrimegettingitdone.blogspot.com in its post of March 31, 2013; the blog lines 'Search This Blog', 'Sunday, March 31, 2013', the blogger's capitalised post title 'SOVEREIGN CITIZEN GROUP PRESIDENT CONVICTED OF FEDERAL TAX CRIMES', the label 'FROM: U.S. DEPARTMENT OF JUSTICE' and the date line 'Monday, March 25, 2013' dropped; the release's own headline kept as the first line (H1818); the empty lines between paragraphs dropped; the paragraph 'The evidence at trial also established that Turner taught people how to file retaliatory liens ... the FBI began an investigation after Turner and t', cut in the stored copy, dropped with its marked word 'bonds'; straight marks as stored)",
    text='''Self-Proclaimed "President" of Sovereign Citizen Nation Convicted in Alabama of Federal Tax Crimes
A federal jury in Montgomery, Ala., found James Timothy Turner, also known as Tim Turner, guilty late Friday of conspiracy to defraud the United States, attempting to pay taxes with fictitious financial instruments, attempting to obstruct and impede the Internal Revenue Service (IRS), failing to file a 2009 federal income tax return and falsely testifying under oath in a bankruptcy proceeding, the Justice Department, the IRS and the FBI announced today.
Based on the evidence introduced at trial and court filings, Turner, the self-proclaimed "president" of the so-called sovereign citizen group "Republic for the United States of America" (RuSA), traveled the country in 2008 and 2009 conducting seminars teaching attendees how to defraud the IRS by preparing and submitting fictitious "bonds" to the United States government in payment of federal taxes. Although the evidence at trial revealed the bonds are fictitious and worthless, witnesses testified that Turner used special paper, financial terminology and elaborate borders in an effort to make them look "real" and more likely to succeed in defrauding the recipient. Turner was convicted of sending a $300 million "bond" in his own name and of aiding and abetting others in sending fifteen other "bonds" to the Treasury Department to pay taxes and other debts.''',
    quotes=[
        Q('"President"', None, None),
        Q('"president"', None, None),
        Q('"Republic for the United States of America"', None, None),
        Q('"bonds"', None, None),
        Q('"real"', None, None),
        Q('"bond"', None, None),
        Q('"bonds"', None, None, 1),
    ],
    aliases={},
),
dict(
    id="nih-2009-emerging-science-advances-new-common-fund-programs",
    source="https://www.brightsurf.com/news/19VZDDQ8/emerging-science-tech-advances-highlight-new-nih-common-fund-programs.html",
    license=PDC, retrieved=PAGES + " (NIH news release of 2009 (programs to begin in fiscal year 2010) on seven new NIH Common Fund programs announced by NIH Director Francis S. Collins, copied verbatim on the science-news site brightsurf.com; the stored copy has no headline and opens with the first paragraph, no title added (H1818); the line 'The seven new scientific programs are:' is followed directly by the next paragraph in the stored copy (the list of programs is not stored) and is kept as stored; the spaces inside '( http://commonfund.nih.gov )' and before the final period of 'http://commonfund.nih.gov .' as stored; the paragraph 'The NIH Common Fund encourages collaboration and supports a series of exceptionally high impact, trans-NIH programs. ... to pursue major opportunities and gaps in biomedical research th', cut in the stored copy, dropped; straight marks as stored)",
    text='''Programs to create a new center for the study of stem cells and to increase capacity to deal with global health issues were among seven scientific initiatives announced today by NIH Director Francis S. Collins, M.D., Ph.D. The seven research programs are supported through the NIH Common Fund, which encourages collaborative research programs across the NIH institutes and centers, or ICs, to accomplish work that no single IC could do alone. The programs are all scheduled to begin during fiscal year 2010.
"These strategic investments will yield critical new resources, scientific knowledge, and strategic partnerships across a broad landscape of basic biology, behavioral science, global health, and clinical medicine," said Dr. Collins.
The research programs will distribute $17.8 million in NIH Common Fund ( http://commonfund.nih.gov ) support in fiscal year 2010, and additional funds in future years. These projects capitalize on emerging scientific opportunities and technology advances to fuel biomedical discovery, strengthen the biomedical community nationally and globally, and hasten the translation of science discoveries into new and better treatments.
The seven new scientific programs are:
"The NIH Common Fund was created to transform how we do science so we can tackle the toughest health problems facing our nation and the world," said Dr. Collins. "These seven new programs will allow NIH to take advantage of rapidly emerging technologies and opportunities to work toward improvements in public health."
Additional information about these programs is available at http://commonfund.nih.gov .''',
    quotes=[
        Q('"These strategic investments', 'clinical medicine,"', "Francis S. Collins"),
        Q('"The NIH Common Fund was created', 'and the world,"', "Francis S. Collins"),
        Q('"These seven new programs', 'in public health."', "Francis S. Collins"),
    ],
    aliases={"Francis S. Collins": ["Francis S. Collins", "NIH Director Francis S. Collins", "Dr. Collins"]},
),
]
