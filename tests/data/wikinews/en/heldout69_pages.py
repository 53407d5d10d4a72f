# Held-out English news texts (tests/data/heldout69-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal government outlets, all works of the US government in the public domain
# (17 U.S.C. § 105): seven press releases of the Bureau of Indian Affairs / Office of the Assistant Secretary - Indian
# Affairs (Department of the Interior), taken from the paged listings of its Office of Public Affairs on bia.gov (1982,
# 1984, 1990, 1997, 1998, 2003, 2017; each listing page opens with one release, only that release is kept), three Voice of
# America reports (voanews.com: a Congo-Brazzaville election analysis, 2009; voazimbabwe.com: Mugabe's cholera remark,
# 2008; a preview copy on VOA's publishing system voa.pangea-cms.com: Vitale Kamerhe on the DRC results, 2011) and a VOA
# television script on Capitol Hill after the 2023 State of the Union, as filed in the USAGM content system
# (direct.usagm.gov). None is credited to AP, Reuters, AFP or another third party in its stored part. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# Site banners ('An official website of the United States government', '.gov'/'HTTPS' lines), 'OPA', the
# '<p>Office of Public Affairs</p>' line, 'BIA Logo Indian Affairs - Office of Public Affairs', media-contact and
# release-date lines, the release URL line that ends a listing entry, '# # #', an editors' note, 'Accessibility links',
# 'Breaking News', the cookie banner and the script's metadata lines (HEADLINE, TEASER, BYLINE, ...) are dropped; wording,
# spelling ('announced to day', 'to being internal disputes', 'it also reflect', 'United Sates'), the OCR '11' standing
# for a closing mark (H381), the stray backslash before 'Spokesman' (H384), inner spacing and quotation marks are as
# stored. Annotated by reading the texts, before whosaid was run on them (rules H380-H386 in ANNOTATION.md on top of
# H1-H376).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout69-en.jsonl

Built by `build.py` from `heldout69_pages.py`. Like heldout23-en, heldout27-en and heldout68-en, these texts are stored
web pages (the `pages` search corpus) of US federal government outlets, none of them used in a set above, all US
government works in the public domain (17 U.S.C. § 105): seven press releases of the Bureau of Indian Affairs / Office
of the Assistant Secretary – Indian Affairs (Department of the Interior) from the paged listings of its Office of Public
Affairs on bia.gov (Assistant Secretary Ken Smith's draft grant regulations, 1982; Interior spokesman Rusty Brashear on
the report of the Presidential Commission on Indian Reservation Economies, 1984; Assistant Secretary Eddie F. Brown's
self-governance agreements, 1990; Assistant Secretary Ada E. Deer on the Cherokee Nation's law enforcement, 1997; the
Jicarilla Apache water-rights decree, 1998; Principal Deputy Assistant Secretary Aurene M. Martin's decision on the Sac
and Fox elections, 2003; the appointment of Charles Addington, 2017), three Voice of America reports (the Congo-Brazzaville
opposition and Okey Onyejekwe, voanews.com, 2009; Mugabe's "there is no cholera", voazimbabwe.com, 2008; Vitale Kamerhe
on the DRC results, a preview copy on voa.pangea-cms.com, 2011) and VOA correspondent Katherine Gypson's television script
on Capitol Hill after the 2023 State of the Union, as filed in the USAGM content system (direct.usagm.gov). None is
credited to AP, Reuters, AFP or another third party in its stored part. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Banners, listing lines, contact and
date lines, release URL lines and script metadata were dropped; wording and quotation marks are as stored. None of these
pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every existing
text). The annotation (rules H380–H386 in `ANNOTATION.md` on top of H1–H376) was committed before whosaid was first run
on these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

BIA_CHROME = "'An official website of the United States government' banner lines, 'OPA', '<p>Office of Public Affairs</p>', 'BIA Logo Indian Affairs - Office of Public Affairs'"

DOCS = [
dict(
    id="bia-gov-2003-12-18-sac-and-fox-elections-affirmed",
    source="https://www.bia.gov/offices/opa?page=180",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of December 18, 2003; " + BIA_CHROME + ", 'Media Contact: Nedra Darling, OPA-IA Phone: 202-219-4152' and 'For Immediate Release: December 18, 2003' dropped; the paragraph '\"The Bureau of Indian Affairs (BIA) Midwest Regional Office had spent several months ... special election', cut in the stored copy, dropped with its leading mark (H380))",
    text='''Decision ends long-standing dispute, preserves government-to-government relationship
WASHINGTON – Principal Deputy Assistant Secretary – Indian Affairs Aurene M. Martin today announced that she has affirmed the results of the October 21, 2003 recall election and November 5, 2003 special election held by the Sac and Fox Tribe of the Mississippi in Iowa, a federally recognized tribe. The action ended a long-standing internal dispute over the tribe’s leadership, which led to the closing of the tribe’s casino and brought economic and political uncertainty to tribal members.
"Further delay in this already long-standing dispute can not be justified,” Martin said in her decision. “I believe that the recall and special elections were fair and open and the results sufficiently reflect the will of the people.''',
    quotes=[
        Q('"Further delay', 'justified,”', "Aurene M. Martin"),
        Q('“I believe that the recall', 'will of the people.', "Aurene M. Martin"),
    ],
    aliases={"Aurene M. Martin": ["Martin"]},
),
dict(
    id="bia-gov-2017-12-28-addington-deputy-bureau-director",
    source="https://bia.gov/office/bia?page=1",
    license=PD, retrieved=PAGES + " (Bureau of Indian Affairs listing page whose first entry is the release of December 28, 2017; the banner lines, 'BIA', 'Bureau of Indian Affairs', 'BIA Logo Indian Affairs - Office of Public Affairs', 'Media Contact: Nedra Darling, OPA-IA Phone: 202-219-4152' and 'For Immediate Release: December 28, 2017' dropped; the stored part has no headline and opens with the dateline paragraph; the paragraph '“I deeply appreciate acting Assistant Secretary Tahsuda and Director Rice ...,” Addington said. “I’m looking forward to working clos...', cut in the stored copy, dropped)",
    text='''WASHINGTON – Acting Assistant Secretary – Indian Affairs John Tahsuda today announced the appointment of Charles Addington as deputy bureau director for the Bureau of Indian Affairs’ (BIA) Office of Justice Services (OJS). The appointment by BIA Director Bryan Rice became effective on December 24, 2017. Addington, a member of the Cherokee Nation, had been serving as OJS’s acting deputy bureau director since October 2, 2017.
Addington has over 25 years of law enforcement experience, 20 of which are in the management of Indian Country law enforcement programs.
“I’m pleased that Charles Addington has agreed to lead the BIA’s Office of Justice Services,” said acting Assistant Secretary Tahsuda. “I have every confidence in his abilities, and that with his knowledge and years of experience working to improve public safety in Indian Country, he’ll bring a new vision to addressing the levels of crime that threaten too many tribal communities.”
“I want to welcome Charles Addington to my BIA leadership team as the Office of Justice Services’ new deputy bureau director,” said BIA Director Rice. “I’m glad to have the chance to work closely with him and acting Assistant Secretary Tahsuda to find real solutions to Indian Country’s crime issues.”''',
    quotes=[
        Q('“I’m pleased that', 'Justice Services,”', "John Tahsuda"),
        Q('“I have every confidence', 'tribal communities.”', "John Tahsuda"),
        Q('“I want to welcome', 'bureau director,”', "Bryan Rice"),
        Q('“I’m glad to have', 'crime issues.”', "Bryan Rice"),
    ],
    aliases={"John Tahsuda": ["acting Assistant Secretary Tahsuda", "Tahsuda"],
             "Bryan Rice": ["BIA Director Rice", "BIA Director Bryan Rice", "Rice"]},
),
dict(
    id="bia-gov-1997-10-09-cherokee-nation-resumes-law-enforcement",
    source="https://bia.gov/office/opa?page=244",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of October 9, 1997, 'Cherokee Nation of Oklahoma resumes law enforcement functions' (its URL line, https://www.bia.gov/as-ia/opa/online-press-release/cherokee-nation-oklahoma-resumes-law-enforcement-functions, follows it in the listing and is dropped); 'OPA', 'Office of Public Affairs', 'BIA Logo Indian Affairs - Office of Public Affairs', 'Media Contact: Ralph E. Gonzales: (202) 219-4152' and 'For Immediate Release: October 9, 1997' dropped; the stored part has no headline; the next entry (Kevin Gover, December 11, 1997), cut in the stored copy, dropped)",
    text='''Ada E. Deer, Assistant Secretary for Indian Affairs, announced to day that the Cherokee Nation of Oklahoma will resume their Law Enforcement activities.
On April 22, 1997, the Bureau of Indian Affairs announced that at the request of the Cherokee Nation it was assuming the Law Enforcement function "until a determination was made that the imminent threat to the public safety no longer existed and that the nation was ready and able to assume control of the program once again." Since that date the Cherokee Nation has been working to resolve internal disputes and to ensure that its governmental functions could be properly administered. After reviewing the progress the Nation has made, the BIA determines that no imminent danger currently exists that would warrant the continued BIA Law Enforcement presence. Accordingly, at the request of Principal Chief Byrd the BIA will begin an orderly transfer of the Law Enforcement function to the Nation. This transfer will begin immediately.
"I commend the Cherokee Nation and the work everyone has done to being internal disputes to resolution." Ms. Deer said. "This demonstrates how Indian Self-Determination can work at the tribal government level. I wish the Nation much success in the future and commit to assist them in the future as required."''',
    quotes=[
        Q('"until a determination', 'once again."', "Bureau of Indian Affairs"),
        Q('"I commend the Cherokee Nation', 'to resolution."', "Ada E. Deer"),
        Q('"This demonstrates', 'as required."', "Ada E. Deer"),
    ],
    aliases={"Ada E. Deer": ["Ms. Deer"], "Bureau of Indian Affairs": ["BIA"]},
),
dict(
    id="bia-gov-1990-07-03-self-governance-agreements-five-tribes",
    source="https://bia.gov/office/opa?page=237",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of July 3, 1990; 'OPA', 'Office of Public Affairs', 'BIA Logo Indian Affairs - Office of Public Affairs', 'Media Contact: Carl Shaw, (202) 208-7315' and 'For Immediate Release: July 3, 1990' dropped; the stored part has no headline; the paragraph 'Terms of the agreements allow the five tribes ... William Bettenberg, an assistant to Interior Secretary Manuel Lujan, acted', cut in the stored copy, dropped)",
    text='''Assistant Secretary of the Interior Eddie F. Brown today announced approval of historic agreements giving five Indian Tribes greatly increased authority in the budgeting and spending of federal funds for Bureau of Indian Affairs (BIA) programs. "This is a major step toward giving tribal governments full authority and responsibility for governing their reservations," according to Brown, assistant secretary for Indian Affairs. "These agreements are historic for these tribes and for the BIA."
The tribes are the Quinault Indian Nation, Taholah, Wash.; Lummi Indian Nation, Bellingham, Wash.; Jamestown Klallam Indian Tribe, Sequim, Wash.; Hoopa Valley Indian Tribe of Hoopa, Calif.; and the Cherokee Nation of Tahlequah, Okla. Brown signed the three-year agreements as part of a self-governance demonstration project authorized under a 1988 law. "The tribes will assume the responsibility for budgeting and spending most BIA funds being spent on their behalf at the agency, area and central office levels. The tribes will also have the ability to operate programs with minimal regulation and record-keeping requirements and will have the ability to shift funds between programs. These agreements reflect the dynamism of tribal governments as they establish new relationships with the Bureau that transfer the administration of BIA programs to themselves. I congratulate those tribes for their desire to move out front in this big step," Brown added.''',
    quotes=[
        Q('"This is a major step', 'their reservations,"', "Eddie F. Brown"),
        Q('"These agreements are historic', 'for the BIA."', "Eddie F. Brown"),
        Q('"The tribes will assume', 'this big step,"', "Eddie F. Brown"),
    ],
    aliases={"Eddie F. Brown": ["Brown"]},
),
dict(
    id="bia-gov-1982-09-01-draft-grant-regulations",
    source="https://bia.gov/office/opa?page=228",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of September 1, 1982; 'OPA', 'Office of Public Affairs', 'BIA Logo Indian Affairs - Office of Public Affairs', 'Media Contact: Lovett 202/343-7445' and 'For Immediate Release: September 1, 1982' dropped; the stored part has no headline; the list item 'Reduce tribal dependence on t...', cut in the stored copy, dropped; the quotation opened after 'he intends' is never closed in the release and runs to its paragraph end (H381))",
    text='''The Bureau of Indian Affairs has distributed draft regulations to Indian tribal leaders for two proposed grant programs scheduled to begin in Fiscal Year 1983 (October 1, 1982 - September 30, 1983).
Interior Assistant Secretary Ken Smith asked for an early reaction to the proposed regulations because he intends "to implement these grant initiatives as soon as possible contingent upon appropriations from the Congress.
The two programs are designed 1) to provide seed money for tribal economic development projects and 2) to assist small tribes to establish or maintain: a basic or core managerial staff. In the 1983 budget request, the Bureau asked for $10 million for the economic development program and $5 million for the small tribes program.
Smith noted, in his letter to tribal leaders, that the proposed regulations for the economic development grant program "are more tightly drawn and restrictive than similar Bureau or other Federal programs of the past. This is by design and is intended to take into account the limited success of many former efforts, the relatively small amount of funds expected to be available, and the strong desire for this to be a sound and successful approach to Indian economic development." The regulations require that at least 75 percent of the total financing come from non-Federal sources. No grant is to be less than $25,000 or more than $500,000.
The purposes of the economic development grants are to:
Provide equity capital for the establishment or expansion of locally determined economic enterprises which generate income and employment opportunities for participating tribes; Serve as an inducement when combined with a tribe's financial and other resources to attract private sector investment capital for the development of the tribe's resources, and;''',
    quotes=[
        Q('"to implement these grant', 'from the Congress.', "Ken Smith"),
        Q('"are more tightly drawn', 'economic development."', "Ken Smith"),
    ],
    aliases={"Ken Smith": ["Interior Assistant Secretary Ken Smith", "Smith"]},
),
dict(
    id="bia-gov-1984-11-30-reservation-economies-report-review",
    source="https://bia.gov/office/opa?page=230",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of November 30, 1984 (its URL line, https://www.bia.gov/as-ia/opa/online-press-release/immediate-study-proposed-presidential-indian-report, follows it and is dropped); 'OPA', 'Office of Public Affairs', 'BIA Logo Indian Affairs - Office of Public Affairs', 'Media Contact: telephone 202/343-3171', 'For Immediate Release: November 30, 1984', '# # #' and the 'EDITORS NOTE: The Commission's charter provides ...' paragraph dropped; the stored part has no headline; the next entry (John Fritz and the Crow Tribe, December 17, 1984), cut in the stored copy, dropped; the OCR '11' after 'reservations,' stands for the closing mark of the stored release (H381))",
    text='''The report of the Presidential Commission on Indian Reservation Economies, submitted to the President today, will receive "immediate and thorough review. The Department is committed to improving the economic strength and independence of Indian reservations, 11 Interior Department spokesman Rusty Brashear said today.
Brashear noted the report "is a study of reservation economies that is both detailed and complex. As a major administrator of Federal Indian programs and as trustee for reservation lands, this Department is obligated to move quickly to analyze this document and to recommend appropriate action.
President Reagan established the Commission in January 1983 to provide advice on how to develop a stronger economy on Indian reservations and to strengthen tribal government.
The nine member commission contains both Indian and non-Indian members. It held public meetings in many parts of the country, concentrating on those areas with large Indian populations.''',
    quotes=[
        Q('"immediate and thorough review.', 'Indian reservations,', "Rusty Brashear"),
        Q('"is a study of reservation', 'appropriate action.', "Rusty Brashear"),
    ],
    unclosed=('"immediate and thorough review. The Department is committed to improving the economic strength and independence of Indian reservations,',),
    aliases={"Rusty Brashear": ["Interior Department spokesman Rusty Brashear", "Brashear"]},
),
dict(
    id="bia-gov-1998-04-03-jicarilla-apache-water-rights-decree",
    source="https://bia.gov/office/opa?page=248",
    license=PD, retrieved=PAGES + " (Office of Public Affairs listing page whose first entry is the release of April 3, 1998; 'OPA', 'Office of Public Affairs', 'BIA Logo Indian Affairs - Office of Public Affairs', 'Media Contact: Thomas W. Sweeney (202) 219-4150' and 'For Immediate Release: April 3, 1998' dropped; the stored part has no headline; the paragraph 'Under the settlement the Jicarilla Apache Tribe entered into a federal contract ... to provide the tribe with a', cut in the stored copy, dropped)",
    text='''A significant first step toward the resolution of Indian water-rights claims in New Mexico will be taken Monday, April 6, in Albuquerque, N.M., when Chief U.S. District Court Judge John E. Conway signs an order that finally adjudicates the water rights of the Jicarilla Apache Tribe in the Rio Chama Basin in northern New Mexico. The order, which is a Partial Final Judgment and Decree, will determine the tribe's water rights on the east side of its reservation. The signing will take place in the U.S. District Court, 500 Gold SW, 13 floor east courtroom, at 1:30 p.m.
"This settlement provides benefits to numerous water users throughout northern New Mexico," said Tim Vollmann, the chairman of the Federal Negotiating Team. "The tribe worked closely with all the parties in the Rio Chama Basin, addressing their concerns and seeking their support." All objections to entry of the decree were addressed, which enabled Judge Conway to sign the decree without holding a trial on the matter.
Although numerous lawsuits have been filed in New Mexico over the last 30 years to determine the water rights of Indian tribes, this is the first final decree adjudicating such rights in the Rio Grande Basin and its tributaries. Claims of a dozen other Indian tribes are still pending.
The court proceedings that led to the signing of today's decree were a product of the 1992 Jicarilla Apache Tribe Water Rights Settlement Act, which conditioned the settlement on the entry of final decrees in two general stream adjudications, the Rio Chama in federal court, and the San Juan River in state district court in San Juan County, N.M. The state proceedings are still pending.''',
    quotes=[
        Q('"This settlement provides', 'northern New Mexico,"', "Tim Vollmann"),
        Q('"The tribe worked closely', 'their support."', "Tim Vollmann"),
    ],
    aliases={"Tim Vollmann": []},
),
dict(
    id="voa-en-congo-brazzaville-opposition-rejects-results-2009",
    source="https://www.voanews.com/a/a-13-2009-07-16-voa2-68820112/413418.html",
    license=PD, retrieved=PAGES + " ('Accessibility links' and 'Breaking News' dropped; the paragraph '\"I have a problem w...', cut in the stored copy, dropped)",
    text='''Congo’s Opposition Rejects Sunday’s Election Results
Opposition parties in Congo Brazzaville are disputing Sunday's presidential vote won by long time President Denis Sassou-Nguesso. They condemned the election as flawed and questioned its legitimacy.
Days before Sunday's vote, six members of incumbent President Sassou-Nguesso's 12 challengers called for a boycott, claiming irregularities. But the government as well as African Union observers described the election as free and fair.
The Electoral Commission said President Sassou-Nguesso won 78.6 percent of the total votes.
"The whole election process has been contentious even before they cast the first ballot. The opposition complained bitterly that the results were fore-ordained. And so, I'm not surprised that they rejected the outcome," said Professor Okey Onyejekwe, director of governance at the United Nations Economic Commission for Africa.
He said the opposition's message lacks coherence.
"The problem that the opposition has is that they are splintered. And consequently they do not have a common agenda which will make it more likely that they will succeed. I'm not quite sure if you ask me if they will succeed," he said.
Onyejekwe said Congo's electoral body failed to address the opposition concerns ahead of Sunday's vote.
"You will recall that a few weeks ago, the opposition in general leveled accusations against the electoral process. One of which was that the voter registry was over-inflated. Secondly, that the level playing field was not there for other contenders and that it (election result) was fore-ordained," Onyejekwe said.
He said there are indications the election was not credible.
"In a number of ways the outcome (of the election) was predictable. And it also reflect the overbearing power and influence of the incumbent," he said.
Onyejekwe expressed frustration with the African Union's verdict that the election was free and fair.''',
    quotes=[
        Q('"The whole election process', 'rejected the outcome,"', "Okey Onyejekwe"),
        Q('"The problem that the opposition', 'they will succeed,"', "Okey Onyejekwe"),
        Q('"You will recall', 'was fore-ordained,"', "Okey Onyejekwe"),
        Q('"In a number of ways', 'of the incumbent,"', "Okey Onyejekwe"),
    ],
    aliases={"Okey Onyejekwe": ["Professor Okey Onyejekwe", "Onyejekwe"]},
),
dict(
    id="voa-en-drc-kamerhe-rejects-results-2011",
    source="https://voa.pangea-cms.com/preview/en-US/a/incumbent-president-lost-drc-vote-says-opposition-candidate--135062383/159273.html",
    license=PD, retrieved=PAGES + " (preview copy on VOA's publishing system; the stored part has no headline and opens with the first paragraph (H131); the paragraph 'Some of the president’s supporters rejected opposition calls ... despite the constitutional requirement', cut in the stored copy, dropped)",
    text='''In the Democratic Republic of Congo, the Independent National Electoral Commission (CENI) is scheduled to release the final results of the presidential and legislative elections today (Tuesday).
An opposition candidate insists main challenger Etienne Tshisekedi won the presidential vote despite initial figures showing incumbent Joseph Kabila ahead in the poll.
Vitale Kamerhe said the opposition parties are united in their rejection of the outcome, citing voter irregularities and fraud.
“We refuse the results from [electoral chief] Pastor Mulunda because he presented wrong results and we cannot accept it.”
Several opposition parties say CENI skewed the presidential election in Mr. Kabila’s favor – an accusation denied by commission officials.
Both the African Union and the U.S.-based Carter Center poll observer missions encouraged the parties to accept the results of the presidential and legislative elections, despite problems encountered by the electoral commission in administering the vote.
African Union and other African observers have said the election was successful despite logistical problems.
Analysts have expressed concern that the opposition’s decision to reject the outcome could plunge the country into chaos. Kamerhe said the international community should intervene to prevent tension, avoid bloodshed and maintain peace.
“During the press conference, I asked [for] African mediation, because we must talk now and come up with solutions -- before all the results are published,” said Kamerhe. “I asked Pastor Mulunda to postpone the publication of the results to keep peace, because we are at a very critical moment in our country.”''',
    quotes=[
        Q('“We refuse the results', 'cannot accept it.”', "Vitale Kamerhe"),
        Q('“During the press conference', 'are published,”', "Vitale Kamerhe"),
        Q('“I asked Pastor Mulunda', 'in our country.”', "Vitale Kamerhe"),
    ],
    aliases={"Vitale Kamerhe": ["Kamerhe"]},
),
dict(
    id="voa-en-zimbabwe-mugabe-cholera-remark-2008",
    source="https://www.voazimbabwe.com/a/a-13-56-74-2008-12-12-voa55-68994917/1463994.html",
    license=PD, retrieved=PAGES + " (VOA Zimbabwe; 'Accessibility links' and 'Breaking News' dropped; the paragraph 'Ndlovu told reporter Blessing Zulu of VOA's ...', cut in the stored copy, dropped; the backslash before 'Spokesman' is as stored (H384))",
    text='''UN's Ban Challenges Mugabe Assertion That Zimbabwe Cholera Epidemic Under Control
A spokesman for Zimbabwean President Robert Mugabe said Friday through state media that the embattled head of state was employing sarcasm in replying to his Western opponents on Thursday when he said "there is no cholera" in the Southern African country.
The statement by presidential spokesman George Charamba published in the state-controlled Herald newspaper was an unusual indication that Mr. Mugabe and his entourage were in the least heedful of international opinion. The president's comments sparked outrage as the epidemic death toll approached 800 amid signs it was spreading and worsening.
Charamba said Mr. Mugabe had intended to highlight the “absurdity” of what he charges are Western plans to invade Zimbabwe to re-establish colonial rule.
Mr. Mugabe said the cholera epidemic has been brought under control – an assessment health experts contradicted Friday, warning that it could rage for months.
Neighboring countries including South Africa and Zambia are on alert.
\\Spokesman Nelson Chamisa of the Movement for Democratic Change formation headed by Morgan Tsvangirai told VOA that Mr. Mugabe was in "denial mode."
United Nations Secretary General Ban Ki-moon weighed in on the firestorm generated by Mr. Mugabe’s comment, telling journalists his experts say the epidemic is continuing.
Even as Charamba seemed to be walking back Mr. Mugabe's comments, another official upped the ante in the war of words with Britain. Information minister Sikhanyiso Ndlovu accused the United Kingdom of planting cholera in Zimbabwe to justify U.N. intervention.
Ndlovu said Prime Minister Gordon Brown, not Zimbabwe, should be brought before the U.N. Security Council, denouncing what he called “gunboat” Western media which he accused of passing off photos of victims from other African countries as Zimbabweans.''',
    quotes=[
        Q('"there is no cholera"', None, "Robert Mugabe"),
        Q('“absurdity”', None, "George Charamba"),
        Q('"denial mode."', None, "Nelson Chamisa"),
        Q('“gunboat”', None, "Sikhanyiso Ndlovu"),
    ],
    aliases={"Robert Mugabe": ["Zimbabwean President Robert Mugabe", "Mr. Mugabe", "Mugabe"],
             "George Charamba": ["presidential spokesman George Charamba", "Charamba"],
             "Nelson Chamisa": ["Spokesman Nelson Chamisa"],
             "Sikhanyiso Ndlovu": ["Information minister Sikhanyiso Ndlovu", "Ndlovu"]},
),
dict(
    id="voa-en-capitol-hill-bipartisan-message-script-2023",
    source="https://direct.usagm.gov/record/267074",
    license=PD, retrieved=PAGES + " (VOA television script by Capitol Hill correspondent Katherine Gypson, February 8, 2023, as filed in the USAGM content system; the cookie banner and the metadata lines 'HEADLINE: ', 'TEASER: A divided Congress does not see eye-to-eye on major issues', 'PUBLISHED AT: 02/08/23 at 730pm', 'BYLINE: Katherine Gypson', 'PRODUCERS: Katherine Gypson', 'DATELINE: Capitol Hill', 'PLATFORMS (mark with X): WEB __ TV _X_ RADIO __' and 'TRT: 3:02' dropped, the headline kept without its 'HEADLINE: ' label; the script's speaker lines in double parentheses are kept as stored (H385); the paragraph 'Republicans said Biden’s request for more funding at the borders would encourage more migration. ... fear', cut in the stored copy, dropped)",
    text='''Biden’s Bipartisan Message May Not Hold on Immigration, China, Ukraine
((TV/web intro: U.S. President Joe Biden says he wants the U.S. Congress to seek bipartisan cooperation on the significant domestic and foreign policy challenges facing the United States in the coming months. But as VOA's Capitol Hill Correspondent Katherine Gypson reports, lawmakers see very differently on key issues. ))
President Joe Biden with a message of bipartisanship for the U.S. Congress Tuesday night….
((President Joe Biden))
“If we could work together in the last Congress, there is no reason we can’t work together and find consensus on important things in this Congress as well.”
But on Capitol Hill, now divided between a Democratic-majority U.S. Senate and a Republican-majority U.S. House of Representatives, lawmakers disagreed on the big issues Biden said the country needs to address.
((Rep. Mark Takano, Democrat))
“The Republicans chant ‘Close the border, close the border’ without really conceding that that is not the solution to the problem. I think, I think we can get more serious about the border, other ports of entry like airports. But we also have to really get down to our DREAMers, those, you know, several million young people, some of them adults by now in their 30s, who came to this country through no fault of their own.”''',
    quotes=[
        Q('“If we could work together', 'as well.”', "Joe Biden"),
        Q('“The Republicans chant', 'of their own.”', "Mark Takano"),
    ],
    aliases={"Joe Biden": ["U.S. President Joe Biden", "President Joe Biden", "Biden"],
             "Mark Takano": ["Rep. Mark Takano"]},
),
]
