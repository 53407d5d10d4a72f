# Held-out English news texts (tests/data/heldout289-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of news releases and a blog post of US federal departments and agencies (public domain,
# 17 U.S.C. § 105): a Department of Transportation release on $928.5 million in transit grants (Secretary Ray LaHood,
# October 2011, in the press-release section of masstransitmag.com), a FEMA Region V release on a Hazard Mitigation
# Grant for safe rooms in Hubbard County, Minn. (copied on femacontract.com), a Department of Energy release on the R&D
# 100 awards of 2009 (Secretary Steven Chu, reposted on brightsurf.com), a USDA release on $871 million for rural
# community facilities (October 2020, usda.gov), a Department of Labor release on pre-apprenticeship programs at Job
# Corps centers (copied on kpskconsulting.com), a Department of Education blog post on the National PTA Reflections
# showcase (February 2018, in the ED blog feed on wiche.edu) and two Department of Veterans Affairs releases on the
# National Veterans Wheelchair Games (Minneapolis 2005, news.va.gov; Richmond 2012, va.gov). None is credited to AP,
# Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are
# kept and a cut paragraph is dropped with everything after it (noted in `retrieved`). Site and feed lines, date lines
# of the copies, contact and social-media lines are dropped; a headline and a subheading are kept as lines where the
# stored copy has them; trailing spaces at the end of a paragraph are removed, spaces inside a paragraph (double spaces
# after a full stop, the space in 'www.rdmag.com .') are kept; wording and quotation marks (straight or curly, the
# apostrophe typed as a closing mark in 'heroes,’') are as stored. Annotated by reading the texts, before whosaid was
# run on them (rules H1725-H1728 in ANNOTATION.md on top of the rules of the sets above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (US government work, 17 U.S.C. § 105; copy on a non-government site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout289-en.jsonl

Built by `build.py` from `heldout289_pages.py`. Like heldout175-en, heldout200-en, heldout251-en, heldout259-en and
heldout277-en, these texts are stored web pages (the `pages` search corpus) of news releases and a blog post of US
federal departments and agencies other than the military (public domain, 17 U.S.C. § 105), none of them used in a set
above: a Department of Transportation release on $928.5 million for more than 300 transit projects (Secretary Ray
LaHood, October 17, 2011, printed in the press-release section of masstransitmag.com), a FEMA Region V release on a
Hazard Mitigation Grant Program award for two safe rooms at a Boy Scout camp in Hubbard County, Minn. (copied on the
FEMA-news site femacontract.com, stored as its 'hmgp' tag page), a Department of Energy release on the 46 R&D 100 awards
won by DOE-funded researchers in 2009 (Secretary Steven Chu, reposted on brightsurf.com), a USDA release on $871 million
for rural community facilities in 43 states and Guam (October 28, 2020, usda.gov), a Department of Labor release on
pre-apprenticeship programs at Job Corps centers for National Apprenticeship Week (copied on kpskconsulting.com; the
same wording, in a jumbled order, is on jobcorps.gov), a Department of Education blog post on the National PTA
Reflections student arts showcase at ED (February 13, 2018, in the ED blog feed page of wiche.edu) and two Department of
Veterans Affairs releases on the National Veterans Wheelchair Games (Minneapolis 2005, news.va.gov; Richmond 2012,
va.gov). None is credited to AP, Reuters, AFP or another third party; the copies on non-government sites are the
agencies' own texts, not reporting of those sites. The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept and a cut paragraph is dropped with everything after it, also where it holds quotations
(what was dropped is noted per page). Site, feed and tag lines, date lines of the copies, contact lines and
social-media lines were dropped; wording and quotation marks are as stored. None of these pages is used in any set
above (checked by URL against the `source` of every document in tests/data of the main checkout and of every other
helper's worktree, and by the names of the quoted people and two distinctive phrases each - '928.5', 'Rogoff',
'Hubbard County', 'Camp Wilderness', 'safe rooms', 'incubators of innovation', 'brightsurf' (only a mention in
ANNOTATION.md), 'Bette Brand', '871 Million', 'Rachel Torres', 'Pre-apprenticeship', 'National PTA', 'Accomando',
'Wheelchair Games', 'Randy L. Pleva', 'Bill Lawson', 'Thus do we reach' - with grep over those folders: no hit; 'LaHood',
'Steven Chu', 'Jim Nicholson' and 'Shinseki' occur only in other, different releases of heldout91-en, heldout175-en,
heldout139-en, heldout200-en, heldout76-en, heldout94-en and
heldout226-en). Candidates found in earlier sets were left out (the
Pelican Island planks release of Secretary Salazar in heldout47-en, the CBP El Paso releases in heldout52-en and
heldout117-en, the USDA community facilities releases of 2017 and 2018 in heldout175-en and heldout259-en, the FEMA
Region VII severe-weather release on femacontract.com in heldout87-en, the FEMA Florida mitigation grants in
heldout54-en, the NPS family-fun release in heldout121-en), and so were pages whose quotations lack an opening mark (the
FWS release on Secretary Salazar's refuge radio campaign) or whose stored part keeps a single quotation. The annotation
(rules H1725–H1728 in `ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is
a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="dot-2011-10-17-lahood-announces-928-million-transit-infrastructure",
    source="https://www.masstransitmag.com/rail/press-release/10430799/us-department-of-transportation-dot-us-transportation-secretary-lahood-announces-9285-million-to-put-americans-back-to-work-repairing-rebuilding-modernizing-the-nations-transit-infrastructure",
    license=PDC, retrieved=PAGES + " (U.S. Department of Transportation news release of October 17, 2011, printed in the press-release section of masstransitmag.com; headline kept as the first line and the subheading 'Federal funds will create jobs nationwide ...' as the second; the date line 'Oct. 17, 2011' dropped; the paragraph '\"These grant funds will make sure that bus service in our communities remains reliable ...,\" said Administrator Rogoff. \"By passing the American Jobs Act, Congress can accelerate these efforts and give the American people the opportunity ', cut in the stored copy inside Rogoff's quotation, and everything after it dropped (H1725); the curly apostrophe of the headline and the straight marks and apostrophes of the body as stored)",
    text='''U.S. Transportation Secretary LaHood Announces $928.5 Million To Put Americans Back to Work Repairing, Rebuilding, Modernizing the Nation’s Transit Infrastructure
Federal funds will create jobs nationwide by strengthening transit choices while improving safety and reliability.
U.S. Transportation Secretary Ray LaHood today announced that transit providers across the nation will receive a share of $928.5 million in federal funds for more than 300 public transportation projects in urban, suburban and rural areas. The money will put people to work renovating and building much needed transit facilities, manufacturing new clean-fuel buses, and helping communities plan responsibly for their future transit needs. He was joined in making the announcement by Federal Transit Administrator Peter Rogoff.
"Investing in America's transit systems, rails, roads, ports and airports will generate tens of thousands of construction-related jobs and put more money in the pockets of working Americans," said Secretary LaHood. "But we must do more. Congress needs to pass the American Jobs Act so we can continue to invest in critically needed projects like these, to repair and rebuild our nation's transportation system."
The grants announced today, made available through the Federal Transit Administration's fiscal year 2011 Alternatives Analysis, Bus Livability and State of Good Repair Programs, will go toward replacing or refurbishing aging buses, building or improving bus terminals, garages and other transit facilities, installing bus-related equipment, and conducting studies to help communities select the best transit options to meet future transportation needs.''',
    quotes=[
        Q('"Investing in America', 'working Americans,"', "Ray LaHood"),
        Q('"But we must do more.', 'transportation system."', "Ray LaHood"),
    ],
    aliases={"Ray LaHood": ["U.S. Transportation Secretary Ray LaHood", "U.S. Transportation Secretary LaHood", "Secretary LaHood"]},
),
dict(
    id="fema-region5-hmgp-safe-rooms-hubbard-county-camp-wilderness",
    source="http://femacontract.com/tag/hmgp",
    license=PDC, retrieved=PAGES + " (FEMA Region V news release, undated in the stored copy, on Hazard Mitigation Grant Program funds for two safe rooms at Camp Wilderness in Hubbard County, Minn., copied on the FEMA-news site femacontract.com and stored as its 'hmgp' tag page; the stored copy has no headline, so the text starts with the dateline paragraph and nothing is added; the trailing spaces after the first paragraph removed, the double space after 'Joe Kelly.' kept; the paragraph 'Follow FEMA online at twitter.com/femaregion5, ... FEMA does not endorse any non-government web', cut in the stored copy, and the rest of the page dropped; the curly marks as stored)",
    text='''CHICAGO – The U.S. Department of Homeland Security’s Federal Emergency Management Agency (FEMA) has released $1,071,593 in Hazard Mitigation Grant Program (HMGP) funds to Hubbard County, Minn., for the construction of two safe rooms at Camp Wilderness Boy Scout camp.
“The Hazard Mitigation Grant Program enables communities to implement critical mitigation measures to reduce or eliminate the risk of loss of life and property,” said FEMA Region V administrator Andrew Velasquez III. “The construction of these safe rooms will protect the lives of vulnerable citizens by providing a secure location to seek shelter from tornadoes and other high wind events.”
“Boy Scouts visiting Camp Wilderness will be safer when severe weather hits, thanks to a local, state, and federal partnership,” said Minnesota Homeland Security and Emergency Management director Joe Kelly.  “Safe rooms are one way communities across the state are reducing the risk that comes with disasters. These lifesaving projects are possible when we combine resources and work together, and we encourage more cities and counties to apply for grants that will help them protect their residents.”
HMGP provides grants to state and local governments to implement long-term hazard mitigation measures. Through HMGP, FEMA will pay 75 percent of the $1,428,790 eligible project cost. The Boy Scouts of America Northern Lights Council will contribute the remaining 25 percent, or $357,197.
FEMA’s mission is to support our citizens and first responders to ensure that as a nation we work together to build, sustain, and improve our capability to prepare for, protect against, respond to, recover from, and mitigate all hazards.''',
    quotes=[
        Q('“The Hazard Mitigation', 'loss of life and property,”', "Andrew Velasquez III"),
        Q('“The construction of', 'high wind events.”', "Andrew Velasquez III"),
        Q('“Boy Scouts visiting', 'federal partnership,”', "Joe Kelly"),
        Q('“Safe rooms are', 'protect their residents.”', "Joe Kelly"),
    ],
    aliases={
        "Andrew Velasquez III": ["FEMA Region V administrator Andrew Velasquez III"],
        "Joe Kelly": ["Minnesota Homeland Security and Emergency Management director Joe Kelly"],
    },
),
dict(
    id="doe-2009-rd-100-awards-46-of-100-steven-chu",
    source="https://www.brightsurf.com/news/L55Y4KVL/doe-funded-research-projects-win-46-rd-100-awards-for-2009.html",
    license=PDC, retrieved=PAGES + " (U.S. Department of Energy news release of 2009 on the R&D 100 awards won by DOE-funded researchers, reposted verbatim on the science-news site brightsurf.com; the stored copy has no headline, so the text starts with the dateline paragraph and nothing is added; the line 'A list of DOE's winning sites, technologies and corresponding press releases is below:' and the list of laboratories with their web addresses that follows it, cut in the stored copy, dropped (H1725); the space before the full stop of 'www.rdmag.com .' and the straight marks as stored)",
    text='''WASHINGTON, DC – U.S. Secretary of Energy Steven Chu announced today that Energy Department-funded researchers have won 46 of the 100 awards given out this year by R&D Magazine for the most outstanding technology developments with promising commercial potential. The coveted awards are presented annually in recognition of exceptional new products, processes, materials or software developed throughout the world and introduced into the market the previous year.
"The Department of Energy's national laboratories are incubators of innovation, and I'm proud they are being recognized once again for their remarkable work," said Energy Secretary Steven Chu. "The cutting-edge research and development being done in our national labs is vital to maintaining America's competitive edge, increasing our nation's energy security, and protecting our environment. I want to thank this year's winners for their work and congratulate them on this award."
These awards highlight some of the successes made by the DOE national laboratories in technology transfer, moving forward basic research results into commercial products.
This year, scientists and engineers from 12 of the 17 DOE National Laboratories as well as the Nevada Test Site received awards. Since 1962, when R&D Magazine's annual competition began, DOE has been the recipient of over 800 R&D 100 awards in areas such as energy, national security and basic scientific applications.
R&D 100 awards are selected by an independent panel of judges based on the technical significance, uniqueness and usefulness of projects and technologies from across industry, government and academia. The complete list of R&D 100 awards is available online at www.rdmag.com .''',
    quotes=[
        Q('"The Department of Energy', 'remarkable work,"', "Steven Chu"),
        Q('"The cutting-edge', 'on this award."', "Steven Chu"),
    ],
    aliases={"Steven Chu": ["U.S. Secretary of Energy Steven Chu", "Energy Secretary Steven Chu"]},
),
dict(
    id="usda-2020-10-28-invests-871-million-rural-community-facilities",
    source="https://www.usda.gov/media/press-releases/2020/10/28/trump-administration-invests-871-million-rural-community-facilities",
    license=PD, retrieved=PAGES + " (USDA press release of October 28, 2020; the line 'Skip to main content' dropped; headline kept as the first line and the subheading 'New Schools, Health Clinics and Public Safety Facilities Will Benefit 3.5 Million People' as the second; the dateline 'WASHINGTON, Oct. 28, 2020 – ' kept inside the first paragraph and the link note '(PDF, 466 KB)' as stored; the paragraph ending 'For example:' kept, the first example 'In Ohio, the Big Walnut Joint Fire District will use a $2.3 million loan ... The sole vehicle bay lacks the proper h', cut in the stored copy, and everything after it dropped; the curly marks as stored)",
    text='''Trump Administration Invests $871 Million in Rural Community Facilities in 43 States and Guam
New Schools, Health Clinics and Public Safety Facilities Will Benefit 3.5 Million People
WASHINGTON, Oct. 28, 2020 – The Trump Administration today announced that the United States Department of Agriculture (USDA) is investing $871 million to improve critical community facilities (PDF, 466 KB) to benefit 3.5 million rural residents in 43 states and Guam.
“Rural America needs safe, modern community infrastructure to help residents and businesses achieve greater prosperity and have access to essential services,” USDA Deputy Under Secretary for Rural Development Bette Brand said. “Under the leadership of President Trump and Agriculture Secretary Perdue, USDA continues to be a strong partner to rural communities, because we know that when rural America thrives, all of America thrives.”
Brand announced essential community projects today in Alabama, Arkansas, Arizona, California, Colorado, Delaware, Florida, Georgia, Guam, Hawaii, Idaho, Iowa, Indiana, Illinois, Kansas, Kentucky, Louisiana, Maine, Maryland, Michigan, Minnesota, Missouri, Mississippi, Montana, Nebraska, Nevada, New Hampshire, New York, North Carolina, North Dakota, Ohio, Oregon, Pennsylvania, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin and Wyoming.
USDA is funding 256 projects through the Community Facilities Direct Loan and Grant Program. These investments will be for such purposes as to build or upgrade schools, libraries, clinics and public safety facilities. For example:''',
    quotes=[
        Q('“Rural America needs', 'essential services,”', "Bette Brand"),
        Q('“Under the leadership', 'America thrives.”', "Bette Brand"),
    ],
    aliases={"Bette Brand": ["USDA Deputy Under Secretary for Rural Development Bette Brand", "Brand"]},
),
dict(
    id="dol-job-corps-pre-apprenticeship-national-apprenticeship-week",
    source="https://kpskconsulting.com/us-department-of-labor-announces-nationwide-effort-to-prepare-students-at-job-corps-centers-for-registered-apprenticeship-programs/",
    license=PDC, retrieved=PAGES + " (U.S. Department of Labor news release, undated in the stored copy (National Apprenticeship Week, Biden-Harris administration), 'US Department of Labor announces nationwide effort to prepare students at Job Corps centers for Registered Apprenticeship programs', copied on kpskconsulting.com; the same wording is stored on jobcorps.gov (node/2139) with its paragraphs out of order, so the ordered copy is used (H1725); the stored copy has no headline, so the text starts with the dateline paragraph and nothing is added; the paragraph 'Administered by the department’s Employment and Training Administration, the Job Corps network currently has 121 centers', cut in the stored copy, and everything after it dropped; the curly marks as stored)",
    text='''WASHINGTON – As the nation marks National Apprenticeship Week, the U.S. Department of Labor today announced an initiative to expand its pre-apprenticeship opportunities for Job Corps students and connect them to Registered Apprenticeship programs.
The effort will allow Job Corps centers throughout the nation to emphasize pre-apprenticeship programs in green energy, healthcare, information technology and other high-growth industry sectors.
“Pre-apprenticeship programs prepare students with a set of skills and strategies needed to enter and succeed in a Registered Apprenticeship program or industry-relevant job,” explained Job Corps National Director Rachel Torres. “Through this initiative, Job Corps students will spend approximately one year in a pre-apprenticeship program. With the general education, enhanced social skills and hands-on job training they receive, these students will have more career pathways from which to choose.”
Currently, Job Corps offers more than 300 pre-apprenticeship programs in construction, advanced manufacturing, renewable resources and energy, transportation and automotive and machine repair industries.
The initiative announced today aligns with the Biden-Harris administration’s commitment to expand Registered Apprenticeship to build equitable pathways to the middle class and connect a diverse workforce to family-supporting, living-wage jobs.
Founded in 1964, Job Corps is the nation’s largest job training and education program. It provides students from 16 to 24 years of age with vocational training and academic experiences to increase opportunities towards gainful employment and career pathways. Mostly a residential program in urban and rural areas, Job Corps centers include dormitories and a campus environment similar to small colleges. Job Corps provide programs and services to students free of charge.''',
    quotes=[
        Q('“Pre-apprenticeship programs', 'industry-relevant job,”', "Rachel Torres"),
        Q('“Through this initiative', 'from which to choose.”', "Rachel Torres"),
    ],
    aliases={"Rachel Torres": ["Job Corps National Director Rachel Torres"]},
),
dict(
    id="ed-blog-2018-02-13-national-pta-reflections-student-arts-showcase",
    source="https://www.wiche.edu/news/feed/edgov",
    license=PDC, retrieved=PAGES + " (U.S. Department of Education blog post of February 13, 2018, as printed in full at the head of the ED blog feed page of wiche.edu; the feed lines 'U.S. Department of Education Blog', 'Subscribe to U.S. Department of Education Blog feed' and 'Updated: 24 min 47 sec ago' and the date line 'February 13, 2018 - 12:55pm' dropped; the post title kept as the first line; the paragraph 'Secretary of Education Betsy DeVos spoke about the importance of the arts ... “I happen to think that art is pretty important too,” she said. ... As reflected by the top leaders of b', cut in the stored copy, and everything after it dropped although it holds quotations of DeVos and of Jim Accomando (H1725); the registered sign of 'Reflections®' and the curly marks as stored)",
    text='''My Art Is a Reflection of My Story: National PTA Reflections Student Arts Showcase at ED
Student artists whose works focused on the theme “What Is Your Story?” gathered at the U.S. Department of Education (ED) on Jan. 16, 2018, to be celebrated for their awards in the 2018 National PTA Reflections® Student Arts Showcase program.
Since 1969, the program has annually recognized elementary through high school students from around the country for artistic ingenuity as expressed in film, dance, literature, music composition, photography, and visual arts. Each year competitors are asked to bring a different theme to life in a way that is personal and meaningful. This is the 11th year ED has partnered with the National PTA to host a ceremony and art exhibit to honor award-winners.
“People who read and see and witness your work performed will create meaning from it, understand the human story, and understand the context in which you created it,” Jacquelyn Zimmermann, director of the Student Art Exhibit Program at ED, noted at the gathering. It drew students from about 25 states, from Alaska to Florida, as well as their families and teachers, arts educators and advocates, and ED staff.''',
    quotes=[
        Q('“What Is Your Story?”', None, None),
        Q('“People who read', 'you created it,”', "Jacquelyn Zimmermann"),
    ],
    aliases={"Jacquelyn Zimmermann": ["Jacquelyn Zimmermann, director of the Student Art Exhibit Program at ED"]},
),
dict(
    id="va-2005-national-veterans-wheelchair-games-come-to-minneapolis",
    source="https://news.va.gov/press-room/national-veterans-wheelchair-games-come-to-minneapolis-2",
    license=PD, retrieved=PAGES + " (Department of Veterans Affairs news release of June 2005 on the 25th National Veterans Wheelchair Games in Minneapolis, as kept in the press room of news.va.gov; the stored copy has no headline, so the text starts with the dateline paragraph and nothing is added; the paragraph 'The 25th National Veterans Wheelchair Games kick off June 27 with a wheelchair basketball demonstration at Peavey Plaza, as well as the 2005 Disabled Sports, Recreation and Fit', cut in the stored copy, and everything after it dropped; the curly marks, the apostrophe typed as the closing mark of Nicholson's quotation ('heroes,’ said', H1726) and the spaced en dashes as stored)",
    text='''WASHINGTON – More than 500 disabled veterans will compete in the largest annual wheelchair sports event in the world, the 25th National Veterans Wheelchair Games, June 27 – July 1 in Minneapolis. Veterans from the recent conflicts in Iraq and Afghanistan will join the other competitors at the Games this year.
“We are proud of these talented athletes, our volunteers who make these Games possible and the communities that open their doors and their hearts to these heroes,’ said Secretary of Veterans Affairs Jim Nicholson.
The Wheelchair Games, presented by the Department of Veterans Affairs (VA) and Paralyzed Veterans of America (PVA), are open to all U.S. military veterans who use wheelchairs for sports competition due to spinal cord injuries, certain neurological conditions, amputations or other mobility impairments. Sports are important in the therapy used to treat many disabilities. For many injured veterans, the Wheelchair Games provide their first exposure to wheelchair athletics. The Minneapolis VA Medical Center and the PVA Minnesota Chapter are hosting the 2005 Games.
“Year after year, the rehabilitative nature of the Games provides endless opportunities for our wheelchair athletes to pursue their athletic goals and dreams,” said PVA National President Randy L. Pleva, Sr. “The Games also serve as a stage where we can show the world what we can do – to soar far beyond any physical limitations we might have and reach previously unimagined levels of success.”
At the Games, veterans will compete in track and field, swimming, basketball, weightlifting, softball, air guns, quad-rugby, 9-ball, bowling, table tennis, archery, handcycling, a motorized rally, wheelchair slalom and power soccer. Trap shooting, golf and a power wheelchair relay will be exhibition events this year.''',
    quotes=[
        Q('“We are proud', 'these heroes,’', "Jim Nicholson"),
        Q('“Year after year', 'goals and dreams,”', "Randy L. Pleva, Sr."),
        Q('“The Games also serve', 'levels of success.”', "Randy L. Pleva, Sr."),
    ],
    aliases={
        "Jim Nicholson": ["Secretary of Veterans Affairs Jim Nicholson"],
        "Randy L. Pleva, Sr.": ["PVA National President Randy L. Pleva, Sr."],
    },
),
dict(
    id="va-2012-32nd-national-veterans-wheelchair-games-richmond",
    source="http://www.va.gov/opa/pressrel/pressrelease.cfm?id=2342",
    license=PD, retrieved=PAGES + " (Department of Veterans Affairs news release of June 2012 on the 32nd National Veterans Wheelchair Games in Richmond, Va.; the stored copy has no headline, so the text starts with the dateline paragraph and nothing is added; the lines holding only a space between the paragraphs and the trailing spaces at paragraph ends removed, the double spaces after full stops inside a paragraph kept; the paragraph 'This year’s ga', cut in the stored copy, and everything after it dropped; the curly marks of Shinseki's quotation and of the year's name, the straight marks of Lawson's quotation with the single straight marks of the motto inside it (H1727) and the em dashes as stored)",
    text='''WASHINGTON – More than 500 of America’s best wheelchair athletes, all disabled U.S. military Veterans, have arrived in Richmond, Va., for the 32nd National Veterans Wheelchair Games being held June 25-30.
“The Games display to the world what we already know about these Veterans,” said Secretary of Veterans Affairs Eric K. Shinseki. “At this competition and during their rehabilitation throughout the year, they show the same determination and grit that they showed during their service to our Nation.”
The Department of Veterans Affairs and the Paralyzed Veterans of America (PVA) present the games each year. They are a multi-event sports rehabilitation program open to U.S. military Veterans who use wheelchairs for sports competition due to spinal cord injuries, amputations or certain neurological problems, and who receive care at VA medical facilities or military treatment centers.
"The National Veterans Wheelchair Games started in the city of Richmond whose motto is 'Thus do we reach the stars.' As the Games return to the city this year, I know they will inspire everyone — athletes and spectators alike — to reach for the stars, to overcome adversity, and to reach their full potential," said Bill Lawson, national president of Paralyzed Veterans of America.
Sports are important in the therapy used to treat many disabilities.  For many injured Veterans, the games provide their first exposure to wheelchair athletics.  VA is a recognized leader in rehabilitative and recreational therapies, and operates more than 1,400 sites of care, including 152 medical centers.
The first National Veterans Wheelchair Games was held in 1981, the “International Year of Disabled Persons,” at the VA Medical Center in Richmond, Va. That year, 74 Veterans from 14 states competed in sports ranging from table tennis and billiards, to swimming and weightlifting. 2012 marks the first time the event has returned to its birthplace in Richmond.''',
    quotes=[
        Q('“The Games display', 'about these Veterans,”', "Eric K. Shinseki"),
        Q('“At this competition', 'to our Nation.”', "Eric K. Shinseki"),
        Q('"The National Veterans Wheelchair Games started', 'full potential,"', "Bill Lawson"),
        Q('“International Year of Disabled Persons,”', None, None),
    ],
    aliases={
        "Eric K. Shinseki": ["Secretary of Veterans Affairs Eric K. Shinseki"],
        "Bill Lawson": ["Bill Lawson, national president of Paralyzed Veterans of America"],
    },
),
]
