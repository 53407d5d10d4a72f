# Held-out English news texts (tests/data/heldout62-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal departments (public domain, 17 U.S.C. § 105): Department of Justice texts (a DEA
# release on dea.gov on "Operation Charro Negro"; Office of Public Affairs releases on the Russian Internet Research Agency
# indictment, 2018, and on Attorney General Barr's new Bureau of Prisons leadership, 2019; a Criminal Division release on
# the sentencing of an IRS contractor; a statement of the U.S. Attorney for the Western District of Washington on
# anti-Asian hate crimes, 2021; a U.S. Attorney's Office (D.C.) release on a January 6 arrest, 2023 — the last five as
# reposted verbatim on blogs, aggregators and news sites), the Department of Labor (Secretary Chao's National Emergency
# Grant for Oklahoma, 2003, End of Term archive copy; the DOL newsletter page on dol.gov), the Department of Commerce (the
# Export Promotion Cabinet release of 2010, CyberCemetery copy; a commerce.gov blog post on Secretary Locke and the
# Manufacturing Council), the Department of the Interior (Secretary Jewell's statement on the FY2015 NDAA, doi.gov) and the
# Department of Agriculture (two USDA releases of Secretary Perdue reposted verbatim). None is credited to AP, Reuters,
# AFP, dpa or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept
# and a cut paragraph is dropped (noted in `retrieved`). Site headers, 'FOR IMMEDIATE RELEASE' / date / contact / source
# lines, image names and alt texts, link lines and footers are dropped; leading and trailing spaces of paragraphs are
# removed; wording, spelling, spacing inside paragraphs and quotation marks are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H312-H317 in ANNOTATION.md on top of H1-H311).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout62-en.jsonl

Built by `build.py` from `heldout62_pages.py`. Like heldout50-en and heldout61-en, these texts are stored web pages (the
`pages` search corpus), none of them used in a set above, this time mostly from the Department of Justice and other
executive departments: a DEA release on dea.gov ("Operation Charro Negro", Tucson); Justice Department releases reposted
verbatim on blogs, aggregators and news sites (the grand-jury indictment of thirteen Russians, Office of Public Affairs,
2018; Attorney General Barr's new Bureau of Prisons leadership, 2019; the sentencing of former IRS contractor Charles
Littlejohn, Criminal Division; the statement of Acting U.S. Attorney Tessa M. Gorman and FBI Special Agent in Charge
Donald M. Voiret on anti-Asian hate crimes, Western District of Washington, 2021; the arrest of Kyle Kumer for the January
6 Capitol breach, U.S. Attorney's Office for the District of Columbia, 2023); the Department of Labor (Secretary Elaine L.
Chao's National Emergency Grant for Oklahoma workers, 2003, End of Term archive copy of dol.gov; the DOL newsletter page
on Secretary Acosta); the Department of Commerce (the Export Promotion Cabinet release of March 2010, CyberCemetery copy
of commerce.gov; a commerce.gov blog post on Secretary Gary Locke and the Manufacturing Council); the Department of the
Interior (Secretary Sally Jewell's statement on the FY2015 National Defense Authorization Act, doi.gov) and the Department
of Agriculture (two USDA releases of Secretary Sonny Perdue, reposted verbatim on the Montana Beef Council site and on
Investigate Midwest). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP, dpa or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs
are kept (what was dropped is noted per page). Site headers, release/date/contact/source lines, image names and alt texts,
link lines and footers were dropped; wording and quotation marks are as stored. None of these pages is used in any set
above (checked by URL, by title and by 8-word overlap with every existing text: no shared 8-word sequence; a Justice
Department release on a turtle-trafficking extradition was dropped because it shares the 8-word run `of the Justice
Department's Environment and Natural Resources Division` with an existing set). The annotation (rules H312–H317 in
`ANNOTATION.md` on top of H1–H311) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dea-operation-charro-negro-tucson-drug-ring-taken-down",
    source="https://dea.gov/es/node/7020",
    license=PD, retrieved=PAGES + " (DEA, a component of the Department of Justice; the dateline 'TUCSON, AZ - . -' is as stored (the date is missing in the copy); the paragraph '“These indictments struck to the heart of a highly dangerous Mexican drug trafficking organization ... meth, coc...', cut in the stored copy, dropped)",
    text='''Drug Trafficking Ring Taken Down
11 Indicted on Drug Trafficking Charges; Allegedly Imported and Distributed Heroin, Methamphetamine, Cocaine and Marijuana
TUCSON, AZ - . - Federal authorities have broken up a drug trafficking organization operating along the United States-Mexico border. The organization is allegedly responsible for trafficking kilo quantities of heroin, methamphetamine and cocaine into the United States from Mexico, according to a case unsealed on Thursday.
On Wednesday, agents from a multi-agency task force led by the Drug Enforcement Administration arrested three defendants in and around Phoenix and Rio Rico, Arizona as part of “Operation Charro Negro.” The DEA and its partners also seized approximately 15 pounds of heroin, 14 pounds of methamphetamine, 1 kilogram of cocaine, and 350 pounds of marijuana during the course of the investigation. Seven other suspects named in the federal indictment -- Oscar Castro-Gonzalez, Cruz Javalera-Heredia, Holme Soto-Salazar, Sergio Romero-Duarte, Miriam Selene Araujo-Mendoza, Omar Francisco Quevedo, and Marco Antonio Mendoza-Contreras have warrants for their arrest and remain fugitives.
The others apprehended and in custody are, Agustin De La Rosa-Acosta, Gustavo Aron Lopez, Oscar Ivan Valdes-Espinosa and Abraham Patricio Lugo-Ruelas.
“Operation Charro Negro dealt a major blow to a significant poly-drug trafficking organization whose tentacles stretched across northern Mexico to the neighboring cities of Arizona,” said DEA Acting Special Agent in Charge Doug Coleman. “By dismantling this group, DEA and our partners have removed large quantities of drugs and powerful weapons off our streets. Law enforcement is at its best when we combine our assets, unite and stand strong against those who try to poison our communities."''',
    quotes=[
        Q('“Operation Charro Negro.”', None, None),
        Q('“Operation Charro Negro dealt', 'cities of Arizona,”', "Doug Coleman"),
        Q('“By dismantling this group', 'poison our communities."', "Doug Coleman"),
    ],
    aliases={"Doug Coleman": ["DEA Acting Special Agent in Charge Doug Coleman"]},
),
dict(
    id="dol-2003-06-20-chao-national-emergency-grant-oklahoma-workers",
    source="https://webarchive.library.unt.edu/eot2008/20080925130223/http://www.dol.gov/opa/media/press/eta/ETA2003327.htm",
    license=PD, retrieved=PAGES + " (End of Term web archive copy of dol.gov; the site navigation, the 'News Release' / 'Printer-Friendly Version' lines, the 'ETA News Release: [06/20/2003]' line with contact name and phone number, the '# # #' footer and the phone-number block dropped; headline and subheading kept as lines)",
    text='''Labor Grant Will Aid Dislocated Oklahoma Workers
Chao Announces National Emergency Grant of over $500 Thousand to Supplement Re-employment Programs
WASHINGTON—U.S. Secretary of Labor Elaine L. Chao announced a National Emergency Grant of over $500,000 that will aid 165 dislocated Oklahoma workers. National Emergency Grants are part of the secretary’s discretionary fund. A grant is awarded after a state submits a request and the grant guidelines have been met.
“The President and I are committed to helping displaced workers access the job and skills training they need to find new jobs that will enable them to provide for themselves and their families,” Chao said. “We hope these funds will be deployed as quickly as possible to help these Oklahoma workers.”
The grant projects to deliver critical help to unemployed Oklahoma citizens, underscoring one of the main goals of the President’s economic agenda. The project will be operated by the East Central Workforce Center and will provide a variety of transition-related assistance including assessment, counseling, training, job development, job placement and supportive services.
“Helping American workers who have lost their jobs remains a top priority for this Administration,” said Chao.
For more information on the Department of Labor’s unemployment and re-employment programs please go to www.dol.gov.''',
    quotes=[
        Q('“The President and I are committed', 'and their families,”', "Elaine L. Chao"),
        Q('“We hope these funds', 'these Oklahoma workers.”', "Elaine L. Chao"),
        Q('“Helping American workers', 'for this Administration,”', "Elaine L. Chao"),
    ],
    aliases={"Elaine L. Chao": ["U.S. Secretary of Labor Elaine L. Chao", "Chao"]},
),
dict(
    id="commerce-2010-03-22-export-promotion-cabinet-locke-dublin-ohio",
    source="https://cybercemetery.unt.edu/archive/oilspill/20130215090351/http://www.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_009033",
    license=PD, retrieved=PAGES + " (CyberCemetery archive copy of a commerce.gov press release of March 22, 2010; the first headline line (straight apostrophes), 'Printer-friendly version', 'FOR IMMEDIATE RELEASE', the date line, the contact lines and the 'Remarks' / 'Related release' link lines dropped; the second headline (curly apostrophes) kept; the paragraph 'President Obama, through his National Export Initiative (NEI), has instructed the federal go...', cut in the stored copy, dropped)",
    text='''Obama’s Export Promotion Cabinet Members Highlight Administration’s Effort to Boost Exports and U.S. Jobs
U.S. Commerce Secretary Gary Locke and representatives from the newly-appointed Export Promotion Cabinet fanned out across the country today to talk to Americans about the administration’s strategy to increase sales of exports and support the creation of high-paying jobs in manufacturing, services, and agriculture through President Obama’s recently announced National Export Initiative (NEI).
Dennis Hightower, Deputy Secretary of Commerce; Demetrios Marantis, Deputy U.S. Trade Representative; Lee Zak, Director of the U.S. Trade and Development Agency; Diane Farrell, Vice-Chair of the Export-Import Bank; Darci Vetter, Deputy Under Secretary of the Department of Agriculture; Jose Fernandez, Assistant Secretary of State for Economic, Energy and Business Affairs; and Suresh Kumar, Assistant Secretary of Commerce, among others, participated in nine events hosted by the Commerce Department’s International Trade Administration’s U.S. Export Assistance Centers. Locke, joined by Senator Sherrod Brown, met with local business leaders in Dublin, Ohio.
“The National Export Initiative was designed with one overriding goal in mind: to get people back to work in jobs that provide security, dignity and sense of hope for the future,” Locke said in his remarks today. “Under the NEI, there is going to be more credit available for exporters, more government trade promotion and a sharper focus on knocking down the barriers that prevent U.S. companies from getting free and open access to foreign markets.”''',
    quotes=[
        Q('“The National Export Initiative', 'hope for the future,”', "Gary Locke"),
        Q('“Under the NEI', 'to foreign markets.”', "Gary Locke"),
    ],
    aliases={"Gary Locke": ["U.S. Commerce Secretary Gary Locke", "Locke"]},
),
dict(
    id="commerce-blog-locke-meets-manufacturing-council",
    source="http://www.commerce.gov/blog/category/77?page=14",
    license=PD, retrieved=PAGES + " (commerce.gov blog category page 'Jobs'; only the post 'Secretary Locke Meets with Manufacturing Council ...' is used (H315): the site lines above it and the preceding post on Locke's Seattle address are dropped, the image alt text 'Secretary Locke swears in the Manufacturing Council' glued to the start of the first paragraph is dropped; the next post 'Secretary Locke and USTR Ambassador Kirk Travel to Memphis ...', cut in the stored copy, dropped)",
    text='''Secretary Locke Meets with Manufacturing Council and One Member Announces 600 New Jobs in the U.S.
This morning, Secretary Gary Locke met with the 24 members of the recently-appointed Manufacturing Council.
“Today’s meeting is an example of the public-private partnership needed to restore our manufacturing sector in the United States,” said Locke. “I look forward to working with the members of the Council to present President Obama with solutions to revitalize this critical sector, grow our economy and put Americans back to work.”
The Council advises the Secretary of Commerce on matters relating to the competitiveness of the manufacturing sector, and government policies and programs that affect U.S. manufacturers. The Council’s new charter increased membership from 15 to 25 members and now includes more diverse and expansive industry representation in the manufacturing sector.  The appointees represent a broad cross section of the industry and include steel, supercomputer, solar panel, medical device and superconductor manufacturers, both large and small. Their products support a diverse range of industries such as the auto, aerospace, apparel and energy efficiency sectors.''',
    quotes=[
        Q('“Today’s meeting is an example', 'in the United States,”', "Gary Locke"),
        Q('“I look forward to working', 'Americans back to work.”', "Gary Locke"),
    ],
    aliases={"Gary Locke": ["Secretary Gary Locke", "Secretary Locke", "Locke"]},
),
dict(
    id="doi-2014-12-jewell-statement-ndaa-fy2015-public-lands",
    source="https://www.doi.gov/news/pressreleases/statement-by-interior-secretary-sally-jewell-on-the-national-defense-authorization-act-for-fiscal-year-2015",
    license=PD, retrieved=PAGES + " (the 'Last edited 09/29/2021' line dropped; the line 'Secretary Jewell Statement:' kept as a line; the third statement paragraph '“With that said, I am profoundly disappointed with the Resolution Copper provision, which...', cut in the stored copy, dropped; the two statement paragraphs kept open their quotation without closing it, as the multi-paragraph statement does)",
    text='''Statement by Interior Secretary Sally Jewell on the National Defense Authorization Act for Fiscal Year 2015
WASHINGTON DC - Today Secretary of the Interior Sally Jewell issued the following statement related to the public lands provisions in the National Defense Authorization Act, which designates nearly 250,000 acres of wilderness in five Western states, expands or designates nearly a dozen national park units and protects roughly 140 miles of wild and scenic rivers. The bill supports the 2016 National Park Centennial effort through new funding, expansion of the system and reauthorization of critical park programs, including Heritage Areas and the protection of American Battlefields.
Jewell also commented on language that provides for the exchange of a 2,422 acre parcel of U.S. Forest Service land to Resolution Copper Mining, LLC for a number of parcels in Arizona to be managed by the USFS and the Bureau of Land Management. The Oak Flat area, or Chi'Chil'Ba'Goteel, has significant religious, cultural, historical, and archeological value to the San Carlos Apache Tribe and other tribes in the region.
Secretary Jewell Statement:
“I applaud the many members of Congress who worked on this bill to strengthen our nation's public lands and to build the support for our nation's second century of conservation. The legislation enacted 70 public lands proposals, many of which were the result of communities working with members of Congress to establish protection for places important to local economies, histories and people.
“There's a lot more to do to when it comes to ensuring that our national parks and public lands reflect the full diversity, history and natural beauty of our country. I'm hopeful that this progress is the kind of bipartisan support we can expect in the next two years when it comes to protecting special places for the next generation.''',
    quotes=[
        Q('“I applaud the many members', 'histories and people.', "Sally Jewell"),
        Q('“There\'s a lot more to do', 'for the next generation.', "Sally Jewell"),
    ],
    aliases={"Sally Jewell": ["Interior Secretary Sally Jewell", "Secretary of the Interior Sally Jewell", "Secretary Jewell", "Jewell"]},
),
dict(
    id="doj-opa-2018-02-16-grand-jury-indicts-thirteen-russians-rosenstein",
    source="http://skepticreview.com/tag/rod-rosenstein/",
    license=PD, retrieved=PAGES + " (a Justice Department Office of Public Affairs press release of February 16, 2018, reposted verbatim on a blog tag page (H315); the lines 'Department of Justice', 'Office of Public Affairs', 'FOR IMMEDIATE RELEASE' and 'Friday, February 16, 2018' and the link line 'https://www.justice.gov/file/1035477/download' dropped; the paragraph 'According to the allegations in the indictment, ... The conspiracy was part of a larger operation called “Project Lakhta.” Project Lakh...', cut in the stored copy, dropped)",
    text='''Grand Jury Indicts Thirteen Russian Individuals and Three Russian Companies for Scheme to Interfere in the US Political System
The Department of Justice announced that a grand jury in the District of Columbia today returned an indictment presented by the Special Counsel’s Office. The indictment charges thirteen Russian nationals and three Russian companies for committing federal crimes while seeking to interfere in the United States political system, including the 2016 Presidential election. The defendants allegedly conducted what they called “information warfare against the United States,” with the stated goal of “spread[ing] distrust towards the candidates and the political system in general.”
“This indictment serves as a reminder that people are not always who they appear to be on the Internet,” said Deputy Attorney General Rod J. Rosenstein. “The indictment alleges that the Russian conspirators want to promote discord in the United States and undermine public confidence in democracy. We must not allow them to succeed. The Department of Justice will continue to work cooperatively with other law enforcement and intelligence agencies, and with the Congress, to defend our nation against similar current and future schemes. I want to thank the federal agents and prosecutors working on this case for their exceptional service.”''',
    quotes=[
        Q('“information warfare against the United States,”', None, None),
        Q('“spread[ing] distrust', 'political system in general.”', None),
        Q('“This indictment serves as a reminder', 'on the Internet,”', "Rod J. Rosenstein"),
        Q('“The indictment alleges', 'their exceptional service.”', "Rod J. Rosenstein"),
    ],
    aliases={"Rod J. Rosenstein": ["Deputy Attorney General Rod J. Rosenstein"]},
),
]
DOCS += [
dict(
    id="doj-criminal-division-littlejohn-irs-contractor-sentenced",
    source="https://securengin.fifthestate.nz/category/legal-issues/page/1643",
    license=PD, retrieved=PAGES + " (a Justice Department press release reposted verbatim on a news aggregator's category page (H315); the line 'Source: United States Department of Justice' dropped; the paragraph 'According to court documents, Charles Littlejohn, 38, of Washington, D.C., ... News Organization 1 published a series of artic...', cut in the stored copy, dropped)",
    text='''Former IRS Contractor Sentenced for Disclosing Tax Return Information to News Organizations
A former IRS contractor was sentenced today to five years in prison for disclosing thousands of tax returns without authorization.
“Charles Littlejohn abused his position as a consultant at the Internal Revenue Service by disclosing thousands of Americans’ federal tax returns and other private financial information to news organizations. He violated his responsibility to safeguard the sensitive information that was entrusted to his care, and now he is a convicted felon,” said Acting Assistant Attorney General Nicole M. Argentieri of the Justice Department’s Criminal Division. “Today’s sentence sends a strong message that those who violate laws intended to protect sensitive tax information will face significant punishment.”''',
    quotes=[
        Q('“Charles Littlejohn abused his position', 'a convicted felon,”', "Nicole M. Argentieri"),
        Q('“Today’s sentence sends', 'significant punishment.”', "Nicole M. Argentieri"),
    ],
    aliases={"Nicole M. Argentieri": ["Acting Assistant Attorney General Nicole M. Argentieri"]},
),
dict(
    id="usao-wdwa-gorman-voiret-anti-asian-hate-crimes-statement",
    source="https://stl.news/statement-of-gorman-on-anti-asian-hate-crimes-and-bias-acts/",
    license=PD, retrieved=PAGES + " (a statement of the U.S. Attorney's Office for the Western District of Washington reposted verbatim by STL.News, which adds its name to the dateline 'Seattle (STL.News)' (kept as stored) and credits 'SOURCE: USDOJ.Today' (line dropped) (H315); 'statue' is as stored)",
    text='''Statement of Acting U.S. Attorney Gorman on Anti-Asian hate crimes and bias acts
Seattle (STL.News) Acting U.S. Attorney Tessa M. Gorman and FBI Special Agent in Charge Donald M. Voiret highlighted the federal role in countering hate crimes and bias acts—especially those targeting Asian Americans and Pacific Islanders.
“Currently federal prosecutors and the FBI are reviewing two cases involving assaults on our Asian-American neighbors that have been charged by the King County Prosecuting Attorney’s Office,” said Acting U.S. Attorney Tessa Gorman. “These crimes, and other acts of hate and bias, have no place in our community. I urge members of our community to report hate-based crimes to either local or federal law enforcement and to contact our office’s civil rights line with information about discrimination in areas like housing, employment, education, or public accommodations.”
The FBI and U.S. Attorney’s Office review information about potential hate crimes from members in the community and also provide assistance to local, state, and tribal law enforcement with investigations of hate crimes. Office personnel have been reaching out to community groups to explain the federal role and encourage reports to local and/or federal law enforcement.
“The FBI is tasked with enforcing criminal civil rights in the U.S. and may initiate hate crime investigations when credible allegations exist of a federal statue violation,” said Donald M. Voiret, FBI Special Agent in Charge of the Seattle Field Office. “Especially during the COVID-19 pandemic, we want to emphasize that a criminal act against Asians, because of their ethnicity or national origin, is a hate crime. The FBI will use all authority under federal law to investigate and bring the offenders to justice.”''',
    quotes=[
        Q('“Currently federal prosecutors', 'Prosecuting Attorney’s Office,”', "Tessa M. Gorman"),
        Q('“These crimes, and other acts', 'public accommodations.”', "Tessa M. Gorman"),
        Q('“The FBI is tasked', 'federal statue violation,”', "Donald M. Voiret"),
        Q('“Especially during the COVID-19', 'offenders to justice.”', "Donald M. Voiret"),
    ],
    aliases={"Tessa M. Gorman": ["Acting U.S. Attorney Tessa M. Gorman", "Acting U.S. Attorney Tessa Gorman", "Tessa Gorman", "Acting U.S. Attorney Gorman"],
             "Donald M. Voiret": ["FBI Special Agent in Charge Donald M. Voiret"]},
),
dict(
    id="doj-opa-2019-barr-appoints-hawk-sawyer-bureau-of-prisons",
    source="https://nationandstate.com/author/the-department-of-justice/",
    license=PD, retrieved=PAGES + " (a Justice Department Office of Public Affairs press release reposted verbatim under the author name 'The Department of Justice' (H315); trailing spaces removed; the closing mark typed as an opening mark after a space in 'leadership, “ said' is as stored (H314); the paragraph 'Dr. Kathleen Hawk Sawyer began her Bureau of Prisons career in 1976 ... Staff Training at ST...', cut in the stored copy, dropped)",
    text='''Attorney General William P. Barr Appoints New Leadership Team At The Bureau Of Prisons
Attorney General William P. Barr today announced he will appoint Dr. Kathleen Hawk Sawyer as the Director of the Federal Bureau of Prisons (BOP) and Dr. Thomas R. Kane as the Deputy Director of the Federal Bureau of Prisons (BOP). Dr. Hawk Sawyer previously served as Director of BOP from 1992 – 2003.
“I am pleased to welcome back Dr. Hawk Sawyer as the Director of the Federal Bureau of Prisons. Under Dr. Hawk Sawyer’s previous tenure at the Bureau, she led the agency with excellence, innovation, and efficiency, receiving numerous awards for her outstanding leadership, “ said Attorney General Barr. “I am also pleased to announce Dr. Thomas R. Kane as the Deputy Director of BOP. Dr. Kane served in the Bureau for over thirty years under four Attorneys General and is known for his expertise and proficiency in prison management and organization. During this critical juncture, I am confident Dr. Hawk Sawyer and Dr. Kane will lead BOP with the competence, skill, and resourcefulness they have embodied throughout their government careers. I would also like to thank Hugh Hurwitz, Acting Director of BOP, for his dedication and service to the Bureau over the last fifteen months. I have asked Mr. Hurwitz to return to his responsibilities as Assistant Director of BOP’s Reentry Services Division, where he will work closely with me in overseeing the implementation of one of the Department’s highest priorities, the First Step Act.”''',
    quotes=[
        Q('“I am pleased to welcome back', 'outstanding leadership, “', "William P. Barr"),
        Q('“I am also pleased to announce', 'the First Step Act.”', "William P. Barr"),
    ],
    aliases={"William P. Barr": ["Attorney General William P. Barr", "Attorney General Barr"]},
),
dict(
    id="usao-dc-2023-06-28-kumer-arrested-capitol-breach-tunnel",
    source="https://www.fraudswatch.com/category/fraud-news-from-world/page/9/?amp=1",
    license=PD, retrieved=PAGES + " (a press release of the U.S. Attorney's Office for the District of Columbia of June 28, 2023, reposted verbatim with its HTML markup on a category page (H315); the markup (<p>, <br />, <h2>) is removed and each <p>/<h2> block made a line, the lines 'FOR IMMEDIATE RELEASE' and 'Wednesday, June 28, 2023' and the leading spaces of the paragraphs dropped; the paragraph 'This case is being prosecuted by the United Stat...', cut in the stored copy, dropped)",
    text='''Missouri Man Arrested on Felony and Misdemeanor Charges For Actions During Jan. 6 Capitol Breach
Defendant Accused of Joining Push Against Law Enforcement in Tunnel Entrance
WASHINGTON — A Missouri man has been arrested on felony and misdemeanor charges related to his actions during the breach of the U.S. Capitol on Jan. 6, 2021. His actions and the actions of others disrupted a joint session of the U.S. Congress convened to ascertain and count the electoral votes related to the presidential election.
Kyle Kumer, 43, of Kansas City, Missouri, is charged in a criminal complaint filed in the District of Columbia with civil disorder, a felony charge, and misdemeanor charges of entering and remaining in a restricted building or grounds, disorderly and disruptive conduct in a restricted building or grounds, and impeding passage through the Capitol grounds or buildings.
Kumer was arrested in Kansas City and made his initial appearance today in the Western District of Missouri.
According to court documents, on Jan. 6, 2021, Kumer was identified as being present in the lower west terrace tunnel entrance to the Capitol building. At approximately 2:56 p.m., Kumer is accused of entering the tunnel and engaging with a crowd of rioters in a concerted “heave-ho” movement against the line of law enforcement officers protecting the entrance to the building.
At approximately 3:10 p.m., court documents say that rioters were being moved out of the tunnel by police officers, but Kumer remained. Later, rioters again returned to the tunnel, and Kumer is accused of joining in a second, concerted effort to push back against police officers protecting the entrance to the building. During this effort, Kumer used his back to push and encouraged other rioters to push by calling out, “Let’s go! C’mon! Let’s go!”''',
    quotes=[
        Q('“heave-ho”', None, None),
        Q('“Let’s go! C’mon! Let’s go!”', None, "Kyle Kumer"),
    ],
    aliases={"Kyle Kumer": ["Kumer"]},
),
dict(
    id="dol-newsletter-acosta-made-in-america-licensing",
    source="https://www.dol.gov/newsroom/newsletter",
    license=PD, retrieved=PAGES + " (the DOL newsletter page as stored: the item headings are kept as lines (H16, H178); the item texts are complete in the stored copy, nothing cut)",
    text='''DOL Newsletter
American goods
Secretary Acosta visited with businesses from all 50 states at the White House this week to honor the incredible workers and companies who make "Made in America" the world standard for quality and craftsmanship.
#MadeInAmerica roundtable
"Defending our 'Made in America' brand is not just about a slogan or patriotism. When we defend 'Made in America,' we are defending the hard work and innovation of American workers," said Secretary Acosta. Acosta joined President Trump, Vice President Pence and others to discuss the role of certification in ensuring the integrity of the Made in America label.
Licensing reforms
Speaking to the American Legislative Exchange Council, Secretary Acosta called on state legislators to engage in principled reforms that help the American workforce, including occupational licensing. "By removing barriers, you have the opportunity to create millions of jobs without spending a single dime," he said.
$10.5M in safety grants
The department will offer $10.5 million in grants to support training and education for worker safety and health.
Building work skills
At Florida Polytechnic University, Secretary Acosta discussed how to prepare students for in-demand STEM careers.
Wage restoration
Three New Jersey construction companies have agreed to pay $850,000 in back wages and damages to 153 workers.
Manhole fatalities
OSHA issued citations for safety failures that led to the deaths of three workers in a manhole containing toxic gases.
Training for a healthy career
Holly couldn't afford college, but still wanted a meaningful career. Learn how Job Corps training gave her the skills for a job she loves.''',
    quotes=[
        Q('"Made in America"', None, None),
        Q('"Defending our \'Made in America\' brand', 'American workers,"', "Acosta"),
        Q('"By removing barriers', 'a single dime,"', "Acosta"),
    ],
    aliases={"Acosta": ["Secretary Acosta"]},
),
dict(
    id="usda-perdue-names-matt-lohr-nrcs-chief",
    source="http://mtbeef.org/tag/usda/",
    license=PD, retrieved=PAGES + " (a USDA news release reposted verbatim on a tag page of the Montana Beef Council site (H315); the image name line 'mdol-rule-change' above the headline dropped; the paragraph '“I am honored and humbled to serve America’s agricultural industry in this new capacity,” Lohr said. ... lead this valuable agency and ...', cut in the stored copy, dropped)",
    text='''Secretary Perdue Names NRCS Chief
U.S. Secretary of Agriculture Sonny Perdue announced today the appointment of Matthew J. “Matt” Lohr to serve as Chief of the U.S. Department of Agriculture’s (USDA) Natural Resources Conservation Service (NRCS). In his role, Lohr will provide leadership for NRCS and its mission to support America’s farmers, ranchers, and forest landowners in their voluntary conservation efforts through a network of over 3,000 offices in communities nationwide.
“Matt has committed his entire life to the betterment of agriculture,” Perdue said. “The knowledge and experience he brings to the table will help ensure our locally-led, science-based approach continues to offer farmers the conservation solutions needed to enhance their environment and commercial viability.”
Lohr, raised on a century farm in Virginia’s Shenandoah Valley, now owns and operates Valley Pike Farm, Inc., with his wife Beth and their six children. Prior to his appointment by the Trump Administration, Lohr held public office, serving in the Virginia House of Delegates from 2006-2010. In 2008, Lohr was awarded Legislator of the Year in honor of his work as an ambassador for economic and community development in Virginia. He then served as Virginia’s Commissioner of Agriculture and Consumer Services from 2010 to 2013. More recently, Lohr worked as Knowledge Center Director for Farm Credit of the Virginias, a customer-owned financial cooperative that provides resources and education outreach to local farmers and the community. Since June 2017, he has been farming full-time on the family operation, which includes poultry, beef cattle, row crops, and sweet corn.''',
    quotes=[
        Q('“Matt”', None, None),
        Q('“Matt has committed', 'betterment of agriculture,”', "Sonny Perdue"),
        Q('“The knowledge and experience', 'commercial viability.”', "Sonny Perdue"),
    ],
    aliases={"Sonny Perdue": ["U.S. Secretary of Agriculture Sonny Perdue", "Secretary Perdue", "Perdue"]},
),
dict(
    id="usda-2020-03-perdue-coronavirus-statement-private-sector",
    source="https://investigatemidwest.org/category/usda-news-release/",
    license=PD, retrieved=PAGES + " (two USDA news releases of March 2020 reposted verbatim on the 'USDA news release' category page of Investigate Midwest, printed one under the other (one document, H244, H315); the third item 'Secretary Perdue Directs USDA Fleet to Increase Biofuels Usage ... this move to a fleet that can use E85 or biodiesel will i...', cut in the stored copy, dropped)",
    text='''Secretary Perdue Statement on Coronavirus Rescue Package
"The passage of the Coronavirus response legislation will provide much needed relief to Americans across this country, especially workers and small-business owners who have been impacted by COVID-19. President Trump has made the safety and security of the American people a top priority during this national emergency, and this bill will help make Americans more financially secure. At USDA we will deliver relief assistance to farmers and ranchers as quickly as possible."
USDA Working with Private Sector in Response to COVID-19
(Washington, D.C., March 17, 2020) - U.S. Secretary of Agriculture Sonny Perdue today announced new contacts to encourage communication with USDA to help feed kids and ensure the United States food supply chain remains strong in response to the COVID-19 outbreak:
"Food is essential all year round, but in the face of a pandemic it is critical the shelves remain stocked and supplies remain plentiful. America's farmers and ranchers, and those on the front lines in the food service industry are doing their part," said Secretary Perdue. "President Trump is encouraging a whole of America approach to the challenges we currently face. At USDA we know when we work together to solve the problems facing us, we can overcome this time of uncertainty and fear. If you have ideas or solutions for USDA, I urge you to reach out - we want to hear from the experts in the field."''',
    quotes=[
        Q('"The passage of the Coronavirus', 'as quickly as possible."', "Sonny Perdue"),
        Q('"Food is essential all year round', 'doing their part,"', "Sonny Perdue"),
        Q('"President Trump is encouraging', 'experts in the field."', "Sonny Perdue"),
    ],
    aliases={"Sonny Perdue": ["U.S. Secretary of Agriculture Sonny Perdue", "Secretary Perdue"]},
),
]
