# Held-out English news texts (tests/data/heldout356-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases of US federal agencies (public domain, 17 U.S.C. § 105): four National
# Transportation Safety Board press releases on ntsb.gov (Chairman Jim Hall on the "Most Wanted" list, April 1996; the
# public hearing on bus crashworthiness chaired by Member George Black, July 1998; Chairman Ellen G. Engleman's 30-day
# review of the "Most Wanted" list, May 2003; Chairman Deborah A.P. Hersman's address to the Aero Club of Washington,
# September 2012), a Department of Labor release on dol.gov (the Wage and Hour Division's record $322 million in back
# wages for fiscal year 2019, Secretary Eugene Scalia and Administrator Cheryl Stanton) and a Peace Corps release of June
# 14, 2007 (Director Ron Tschetter's trip to Cameroon and Kenya) as kept in the USA Freedom Corps newsroom in the End of
# Term 2008 web archive (webarchive.library.unt.edu). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is dropped
# (noted in `retrieved`). Header lines ('NTSB Press Release', 'National Transportation Safety Board', 'Office of Public
# Affairs'), date lines, the dol.gov archive note and 'News Release' label, the USA Freedom Corps site furniture, 'FOR
# IMMEDIATE RELEASE' and contact lines are dropped; a headline is kept once as the first line where the stored copy has
# one (none is added where it has none); wording, spacing and quotation marks (straight or curly, mixed where the copy
# mixes them) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H1890-H1894 in
# ANNOTATION.md on top of H1-H1889).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout356-en.jsonl

Built by `build.py` from `heldout356_pages.py`. Like heldout91-en, heldout61-en, heldout339-en and the other sets of
US federal agency releases above, these texts are stored web pages (the `pages` search corpus) of news releases of US
federal agencies (public domain, 17 U.S.C. § 105), none of them used in a set above: four National Transportation
Safety Board press releases on ntsb.gov (news/1996/960430, Chairman Jim Hall on three new issues of the "Most Wanted"
list; news/1998/980803, dated July 31, 1998, the public hearing on bus crashworthiness chaired by Member George Black;
news/2003/030506, Chairman Ellen G. Engleman's 30-day review of the safety advocacy programs; news/2012/120918,
Chairman Deborah A.P. Hersman's address to the Aero Club of Washington), a Department of Labor release on dol.gov
(newsroom/releases/whd/whd20191028, the Wage and Hour Division's record $322 million in recovered wages for fiscal year
2019) and a Peace Corps release of June 14, 2007 (Director Ron Tschetter's trip to Cameroon and Kenya) as kept in the
USA Freedom Corps newsroom (announcement ID 1646) in the End of Term 2008 web archive of the University of North Texas
(webarchive.library.unt.edu). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs are kept and the cut paragraph is dropped, also where it holds a
quotation (what was dropped is noted per page). The NTSB header lines ('NTSB Press Release', 'National Transportation
Safety Board', 'Office of Public Affairs') and date lines, the dol.gov archive note ('Please note: As of January 20,
2021, ...') and its 'News Release' label, the USA Freedom Corps site furniture (slogan, quotation of President Bush,
navigation and 'spacer' lines), the 'FOR IMMEDIATE RELEASE' line, the date line and the Peace Corps contact lines were
dropped (H1890); wording, spacing and quotation marks (straight and curly, mixed where the copy mixes them) are as
stored. Pages read but left out: ntsb.gov news/2007/070504, peacecorps.gov releases on Gaddi H. Vasquez (2002, 2003),
Carrie Hessler-Radelet (2012) and Mark Gearan in Guatemala (1999), the Wage and Hour releases of 2004 and 2007 and the
dol.gov wages topic page, the ssa.gov press release year pages of 2007, 2009, 2013, 2019 and 2023 (all already in sets
above); the Peace Corps release on Mark Gearan's 1999 trip to Africa (its boilerplate shares long passages with the
Guatemala release of heldout61-en), the peacecorps.gov release on 250 new Volunteers of December 2014 (its only
quotation is cut in the stored copy), the HUD release of April 4, 2003 and a Carmody farewell release on ble-t.org (one
quotation each), the NTSB release of September 2000 on the pipeline hearing and the Carlsbad statement of August 2000
(no quotation marks or an unmarked statement) and a copy of an NTSB release of February 2015 on a blog
(metroforensics.blogspot.com, hard line breaks inside paragraphs). None of the pages used is in any set above (checked
by URL and release number (960430, 980803, 030506, 120918, whd20191028, ID=1646), by title and by the names of their
speakers and phrases, such as Renewing a call for action, USAir Flight 427, workhorse of the civilian aviation fleet,
crashworthiness factors of buses, Riviera Hotel, 30-day review, Richard F. Healing, innovative and effective ways to
communicate, Aero Club of Washington, reactive to predictive, Cheryl Stanton, record $322 million, level playing field
for employers, Tschetter, immeasurable potential and Daystar University, with grep over tests/data of the main tree and
of every other helper's worktree: no hit; the George Black of heldout97-en is an Army surgeon, another person, and
Eugene Scalia is quoted in heldout41-en in another release). The annotation (rules H1890–H1894 in `ANNOTATION.md` on
top of H1–H1889) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="ntsb-1996-04-30-hall-most-wanted-list-additions",
    source="http://www.ntsb.gov/news/1996/960430.html",
    license=PD, retrieved=PAGES + " (NTSB press release of April 30, 1996; the stored copy has no headline; the header lines 'NTSB Press Release', 'National Transportation Safety Board', 'Office of Public Affairs' and the date line 'April 30, 1996' dropped, so the text begins with the lead (H1890); the paragraph '\"It\\'s also vital that our recommendations be followed requiring that new transport aircraft coming off the assembly line or yet to be built have expanded flight re', cut in the stored copy, dropped with Hall's quotation; straight marks as stored)",
    text='''(Washington D.C.) -- Renewing a call for action on better flight data recorders, the National Transportation Safety Board said that its recommendations for required pilot background checks and improved rail car design for passenger protection have been elevated to its "Most Wanted" list of safety improvements.
The Safety Board also added as a third issue to the list better highway vehicle occupant protection through increased enforcement of seat belt laws and the proper use of child seats. The NTSB maintains its list of "Most Wanted" transportation safety recommendations to call attention to the fact that they have not been adopted by various government agencies and others.
NTSB Chairman Jim Hall said that recent accidents and the lack of progress by governmental authorities in accepting Board recommendations resulted in the addition of the three new issues to the "Most Wanted" list. "There just has not been any real results, for instance, in improving rail car passenger safety," said Chairman Hall.
In aviation, the Board issued recommendations more than a year ago for upgrading aircraft flight data recorders as a result of the crash of USAir Flight 427, a Boeing 737, in Pittsburgh in September, 1994, which is still under investigation. "We are at a serious disadvantage without such modernized recorders to measure flight control inputs and control surface movements in an accident, or serious incident, involving the B-737, which is the workhorse of the civilian aviation fleet," declared Chairman Hall.
"What adds to our frustration is that we believe the B-737 retrofit is within the economic grasp and maintenance scheduling capabilities of the aviation industry without serious disruption," Mr. Hall said.''',
    quotes=[
        Q('"Most Wanted"', None, None),
        Q('"Most Wanted"', None, None, 1),
        Q('"Most Wanted"', None, None, 2),
        Q('"There just has not been', 'passenger safety,"', "Jim Hall"),
        Q('"We are at a serious disadvantage', 'civilian aviation fleet,"', "Jim Hall"),
        Q('"What adds to our frustration', 'serious disruption,"', "Jim Hall"),
    ],
    aliases={"Jim Hall": ["Jim Hall", "NTSB Chairman Jim Hall", "Chairman Hall", "Mr. Hall"]},
),
dict(
    id="ntsb-1998-07-31-public-hearing-bus-crashworthiness",
    source="http://www.ntsb.gov/news/1998/980803.htm",
    license=PD, retrieved=PAGES + " (NTSB press release dated July 31, 1998 (release file 980803); the stored copy has no headline; the header lines 'NTSB Press Release', 'National Transportation Safety Board', 'Office of Public Affairs' and the date line 'July 31, 1998' dropped, so the text begins with the lead (H1890); the paragraph 'Currently, the NTSB\\'s Office of Highway Safety is investigating the following bus accidents: Flagstaff, Az, school bus high-speed rollover; Easton, Md, tractor-semitrailer/school bus ', cut in the stored copy, dropped; 'interested parties, -- including' and straight marks as stored)",
    text='''Washington, D.C. - The National Transportation Safety Board (NTSB) will conduct a public hearing on August 12, 1998, in Las Vegas, Nevada, at the Riviera Hotel to discuss crashworthiness factors of buses. The purpose of the hearing is to explore what can be done to protect occupants in bus crashes, including: bus standards and restraints used in other countries; types of possible restraints; and other types of injury reducing mechanisms.
The Safety Board will convene the hearing at 10:00 a.m., at the Riviera Hotel, 2901 Las Vegas Boulevard South, in Royale 9 and 10, following the closing session of the School Transportation News, Western Regional Conference. During the hearing, NTSB's Office of Highway Safety will investigate seven bus accidents. The majority of these accidents, which resulted in nine fatalities and 121 injuries, occurred while children were being transported to or from school or school related activities.
"The Safety Board has had a long-term interest in ensuring the safety of passengers being transported on school buses, motor coaches and transit buses," said NTSB Board Member George Black, who will chair the hearing. "We believe that it is appropriate to gather different perspectives and viewpoints from interested parties, -- including bus manufacturers, the medical community, the regulators and others -- to emphasize the complexity of the safety issues involved."
The NTSB's special investigation is scheduled to be completed next spring. It will address areas of concern such as: occupant fatalities, injuries, ejections, bus standards and definitions, accident data and statistics, and comparisons of standards and restraints in the United States with other countries.''',
    quotes=[
        Q('"The Safety Board has had', 'transit buses,"', "George Black"),
        Q('"We believe that it is appropriate', 'issues involved."', "George Black"),
    ],
    aliases={"George Black": ["George Black", "NTSB Board Member George Black"]},
),
dict(
    id="ntsb-2003-05-06-engleman-30-day-review-most-wanted",
    source="http://www.ntsb.gov/news/2003/030506.htm",
    license=PD, retrieved=PAGES + " (NTSB press release of May 6, 2003; the stored copy has no headline; the header lines 'NTSB Press Release', 'National Transportation Safety Board', 'Office of Public Affairs' and the date line 'May 6, 2003' dropped, so the text begins with the lead (H1890); the paragraph '\"At the end of 30 days, the Board will convene to review the results of the study and focus on how to achieve real', cut in the stored copy, dropped with its quotation; straight marks as stored)",
    text='''Washington, DC -- The National Transportation Safety Board will undertake an intensive 30-day review of the effectiveness of its safety advocacy programs.
The decision came at the conclusion of a public meeting today to update the NTSB's "Most Wanted" list of safety improvements. It was the first meeting of the five-member Board in which the new Chairman, Ellen G. Engleman, Vice Chairman Mark V. Rosenker, and Member Richard F. Healing participated.
"The NTSB must be aggressive in its pursuit of safety," said Chairman Engleman, "It is our core function, and it is critical that we find innovative and effective ways to communicate and ultimately deliver safety to the American people."
Under the Board's leadership, Engleman said, the NTSB staff will spend the next 30 days evaluating the overall effectiveness of the Safety Board's recommendations programs, including the "Most Wanted" list. The aim, she said, is to produce an effective, coordinated safety plan that integrates NTSB investigations, recommendations and advocacy efforts. "Issuing safety recommendations, alone, is not sufficient to fulfill our obligation to ensure the safety of the national transportation system," Engleman added. "Implementation of these recommendations is what will make a real difference."
The Board unanimously agreed to suspend consideration of a new "Most Wanted" list until the 30-day review is completed. Noting that the "Most Wanted" list was first established in 1990, Board Members felt that it was time to re-examine it. Board Members also asked that the review include any new communications tools or concepts that staff believes could improve the NTSB's ability to articulate its priority safety recommendations to government authorities, industry and the traveling public.''',
    quotes=[
        Q('"Most Wanted"', None, None),
        Q('"The NTSB must be aggressive', 'pursuit of safety,"', "Ellen G. Engleman"),
        Q('"It is our core function', 'American people."', "Ellen G. Engleman"),
        Q('"Most Wanted"', None, None, 1),
        Q('"Issuing safety recommendations', 'transportation system,"', "Ellen G. Engleman"),
        Q('"Implementation of these', 'real difference."', "Ellen G. Engleman"),
        Q('"Most Wanted"', None, None, 2),
        Q('"Most Wanted"', None, None, 3),
    ],
    aliases={"Ellen G. Engleman": ["Ellen G. Engleman", "the new Chairman, Ellen G. Engleman", "Chairman Engleman", "Engleman"]},
),
dict(
    id="ntsb-2012-09-18-hersman-aero-club-aviation-safety-progress",
    source="http://www.ntsb.gov/news/2012/120918.html",
    license=PD, retrieved=PAGES + " (NTSB press release of September 18, 2012; the header lines 'NTSB Press Release', 'National Transportation Safety Board', 'Office of Public Affairs' and the date line 'September 18, 2012' dropped (H1890); the headline, which the stored copy prints after the header lines, kept as the first line; the paragraph 'Noting that there were 1,466 general aviation accidents in 2011 that killed 444 people, Chairman Hersman said tha', cut in the stored copy, dropped; straight marks as stored)",
    text='''Chairman Recognizes Aviation Safety Progress in Address to Aero Club of Washington
Washington, DC - In an address today to the Aero Club of Washington, DC, NTSB Chairman Deborah A.P. Hersman lauded the aviation community for its "great progress in improving commercial aviation safety." She praised the Department of Transportation and the Federal Aviation Administration for issuing the long-awaited rule on flight and duty time regulations for air carrier pilots, but noted that to be truly science-based "the final rule must recognize that fatigue is a safety risk whether the payload is passengers or pallets."
Moving forward, Hersman said that maintaining and improving aviation's strong safety record will require using all the tools in the safety toolkit: continued emphasis on accident and incident investigation, data collection and analysis, new and emerging technologies, and cooperation.
Underscoring the theme of her remarks focused on moving aviation safety from reactive, or addressing safety issues only after a fatal crash, to predictive and preventive, Hersman cited two incident investigations - the 2010 overrun at Jackson Hole and the 2011 overrun at Chicago Midway. In these types of investigations, the NTSB identifies what went wrong and Hersman said if these incidents were compared to fleet experience the aviation community could use the information to predict future incidents or accidents. "The NTSB issues safety recommendations to be preventive," she added.
"Moving from reactive to predictive to preventive is a challenge," Hersman said. "Yet, through greater sharing and collaboration, the aviation community can take data points, in mountains of information, and connect the dots not just to maintain, but to improve, the strong safety record."''',
    quotes=[
        Q('"great progress in improving', 'aviation safety."', "Deborah A.P. Hersman"),
        Q('"the final rule must recognize', 'passengers or pallets."', "Deborah A.P. Hersman"),
        Q('"The NTSB issues safety recommendations', 'be preventive,"', "Deborah A.P. Hersman"),
        Q('"Moving from reactive', 'is a challenge,"', "Deborah A.P. Hersman"),
        Q('"Yet, through greater sharing', 'strong safety record."', "Deborah A.P. Hersman"),
    ],
    aliases={"Deborah A.P. Hersman": ["Deborah A.P. Hersman", "NTSB Chairman Deborah A.P. Hersman", "Hersman"]},
),
dict(
    id="dol-whd-2019-10-28-record-322-million-recovered-wages",
    source="https://dol.gov/newsroom/releases/whd/whd20191028",
    license=PD, retrieved=PAGES + " (Department of Labor news release of October 28, 2019 (release file whd20191028; undated in the stored copy); the archive note 'Please note: As of January 20, 2021, information in some news releases may be out of date or not reflect current policies.' and the label 'News Release' dropped (H1890); the headline kept as the first line; the stored copy ends after the paragraph 'WHD is constantly improving ... the largest possible impact.', kept as stored with its wording ('coupled with stakeholder engagement allows the Agency'); curly marks and the dashes '–' as stored)",
    text='''U.S. Department of Labor Delivers Record $322 Million in Recovered Wages For Workers in Fiscal Year 2019
WASHINGTON, DC – The U.S. Department of Labor today announced that the Wage and Hour Division (WHD) recovered a record $322 million in wages owed to workers in Fiscal Year 2019. WHD also set a new record for compliance assistance events in FY 2019, holding more than 3,700 educational outreach events – including on-the-ground presentations and trainings – to help job creators understand their responsibilities under the law.
“Through rigorous enforcement and robust compliance assistance, the U.S. Department of Labor is committed to ensuring that workers receive the wages they have earned,” said U.S. Secretary of Labor Eugene Scalia. “These record-breaking numbers top the Department’s totals from last year, which also set records, and confirm our ongoing commitment to strong enforcement and to providing employers with the tools they need to comply with the law.”
“We are delivering a level playing field for employers and employees alike,” said Wage and Hour Division Administrator Cheryl Stanton. “We are delivering more back wages for workers than ever before, and we are steadfastly eliminating any unfair economic advantage employers may try to gain by skirting the rules. We are protecting those who do the right thing, pay their employees what they have legally earned, and operate in compliance.”
WHD is constantly improving and expanding a data-driven approach coupled with stakeholder engagement allows the Agency to identify accurately the industries and sectors in which to focus resources most efficiently. A new Office of Enterprise Data and Analytics launched this month will ensure WHD uses the most cutting-edge tools and data sources available to guide decision making and secure the largest possible impact.''',
    quotes=[
        Q('“Through rigorous enforcement', 'they have earned,”', "Eugene Scalia"),
        Q('“These record-breaking numbers', 'comply with the law.”', "Eugene Scalia"),
        Q('“We are delivering a level', 'employees alike,”', "Cheryl Stanton"),
        Q('“We are delivering more back wages', 'operate in compliance.”', "Cheryl Stanton"),
    ],
    aliases={"Eugene Scalia": ["Eugene Scalia", "U.S. Secretary of Labor Eugene Scalia"],
             "Cheryl Stanton": ["Cheryl Stanton", "Wage and Hour Division Administrator Cheryl Stanton"]},
),
dict(
    id="peacecorps-2007-06-14-tschetter-visits-africa-cameroon-45th-anniversary",
    source="https://webarchive.library.unt.edu/eot2008/20090106152239/http:/www.usafreedomcorps.gov/about_usafc/newsroom/announcements_dynamic.asp?ID=1646",
    license=PD, retrieved=PAGES + " (Peace Corps release of Thursday, June 14, 2007, as kept in the USA Freedom Corps newsroom (announcement ID 1646) in the End of Term 2008 web archive; the site furniture (the 'USA Freedom Corps.  Make a Difference.  Volunteer.' lines, the quotation of President George W. Bush with its dash line, the 'spacer', search, RSS, font-size and bookmark lines and the path 'About USA Freedom Corps  > Newsroom > Press Releases & Announcements'), the lines 'FOR IMMEDIATE RELEASE', 'Thursday, June 14, 2007', 'Peace Corps' and the contact lines ('Contact: Press Office', phone, fax, e-mail) dropped (H1890); the headline kept as the first line; the paragraph 'Tschett', cut in the stored copy, dropped; the straight opening and curly closing marks of Tschetter's two spans as stored (H1893))",
    text='''Peace Corps Director Visits Volunteers and Staff in Africa; Helps Celebrate 45th Anniversary of Peace Corps Cameroon
WASHINGTON, D.C. – Peace Corps Director Ron Tschetter departs today for a two-week trip to Africa, where he will meet with Peace Corps Volunteers in two countries, deliver a commencement speech and participate in the celebration of Peace Corps’ 45th Anniversary in Cameroon.
"Peace Corps has a long and positive legacy in Africa, and today more than a third of our Peace Corps Volunteers are serving there,” Tschetter said. "There is immeasurable potential that resides within this great continent. The collaboration between American Peace Corps Volunteers and their African counterparts is truly inspiring and is helping so many communities move forward toward a brighter future.”
Tschetter will travel to both Cameroon and Kenya. On June 21, he will participate in the 45th Anniversary of Peace Corps in Cameroon and the dedication of a bust of Peace Corps’ founder, President John F. Kennedy. Tschetter will then travel to Kenya where on June 23 he will be the commencement speaker at Daystar University, near Nairobi.''',
    quotes=[
        Q('"Peace Corps has a long', 'serving there,”', "Ron Tschetter"),
        Q('"There is immeasurable potential', 'brighter future.”', "Ron Tschetter"),
    ],
    aliases={"Ron Tschetter": ["Ron Tschetter", "Peace Corps Director Ron Tschetter", "Tschetter"]},
),
]
