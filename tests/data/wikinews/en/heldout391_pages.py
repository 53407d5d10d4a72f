# Held-out English news texts (tests/data/heldout391-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105):
# four VOA News reports of 2007 copied on the learners' blog poenglish.blogspot.com (European Parliament members on
# rendition before Congress; the Nigerian president-elect denying fraud; Ivory Coast rebels and 'Patriots' meeting;
# Bangladesh's military-backed administration after six months), a VOA Asia story of October 2018 on disarming the DMZ
# (on the VOA feed aggregator anangg.com), and VOA's public-relations rebuttal of July 2010 on its Persian News Network
# (insidevoa.com). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000
# characters: only complete paragraphs are kept, a cut paragraph is dropped (noted in `retrieved`). Blog date lines and
# Chinese blog posts, story date lines, 'Download' lines, feed furniture and photo captions are dropped; headlines are
# kept as the first line; wording and quotation marks (straight or curly as stored) are as stored. Annotated by reading
# the texts, before whosaid was run on them (rules H1990-H1993 in ANNOTATION.md on top of H1-H1989).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout391-en.jsonl

Built by `build.py` from `heldout391_pages.py`. Like the VOA sets above (heldout363-en, heldout328-en, heldout301-en,
heldout288-en and others; copies on other sites with the licence constant PDC as in heldout267-en, heldout288-en,
heldout301-en, heldout328-en and heldout363-en), these texts are Voice of America texts (US government works in the
public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): four VOA News reports of 2007
in verbatim copies on day-archive and search pages of the learners' blog poenglish.blogspot.com (other pages of the
blog are in heldout288-en and heldout363-en): Dan Robinson on European Parliament members defending their report on
extraordinary rendition before a House subcommittee, with Jonathan Evans (April 18, 2007), Nico Colombant on Nigeria's
president-elect Umaru Yar'Adua denying that the election was rigged (April 23, 2007), Kari Barber on Ivory Coast rebels
and the 'Patriots' meeting in Abidjan, with Cisse Sindou (April 21, 2007), and Anjana Pasricha on Bangladesh's
military-backed administration after six months, with Ataus Samad (July 15, 2007); a VOA Asia story of October 22, 2018
on the Koreas and the United Nations Command working toward disarming the DMZ, with Seoul's defense ministry and
General Vincent K. Brooks, on page 38 of the VOA Asia feed on the aggregator anangg.com; and VOA's Office of Public
Relations rebuttal of July 7, 2010 on allegations against its Persian News Network (insidevoa.com, story 178295, AMP
page). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept, a paragraph cut in the stored copy is dropped (noted per page, with the
quotation of Charles Ble Goude cut in the Ivory Coast report), and the one-paragraph DMZ feed item ends on its last
complete sentence before the run-in subheading 'A pathway to peace'. The blog's date lines and Chinese posts, the
stories' date lines, 'Download' lines, photo captions, the feed's site and date lines, and the rebuttal's two closing
contact lines were dropped; wording and quotation marks are as stored. Pages read but left out: poenglish.blogspot.com
copies whose stored part keeps fewer than two quotations (the Venezuelan students of 2007_07_02, the Bush veto of
2007_05_02, the Red Mosque standoff), a yingyuke.net copy of a 2007 Dan Robinson report on congressional oversight (one
complete quotation), and feed items that read like agency copy. None of these pages is used in any set above (checked
by URL and page id (poenglish.blogspot.com 2007_04_18, 2007_04_22 and 2007_04_24 archives and the search page
updated-max=2007-08-04, anangg.com, insidevoa.com 178295 / pnn-rebuttal), by headline, and by the names of their
speakers and distinctive phrases such as 'Jonathan Evans', 'extraordinary rendition', 'reference point', 'Yar'Adua',
'Cisse Sindou', 'Ble Goude', 'Ataus Samad', 'Wayne Eyre', 'Vincent K. Brooks', 'Yun Jiwon', 'Sataki' and 'Neda
Agha-Soltan', grepped in tests/data of the main checkout and of every other helper's worktree, including heldout379 and
heldout389; no hits, except the poenglish.blogspot.com site (other pages), 'extraordinary rendition' in an unrelated
Wikinews text of heldout14-en and Umaru Yar'Adua in another story of heldout129-en). The annotation (rules
H1990–H1993 in `ANNOTATION.md` on top of H1–H1989) was committed before whosaid was first run on these texts, so the
first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h391-2007-04-eu-parliament-members-defend-rendition-report",
    source="http://poenglish.blogspot.com/2007_04_18_archive.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Dan Robinson of April 18, 2007 on a day-archive page of the learners' blog poenglish.blogspot.com (other pages of the blog in heldout288-en and heldout363-en); the blog's date line '4.18.2007', the story's date line '18 April 2007', the line 'Download' and the empty lines between paragraphs dropped; the headline kept as the first line; the paragraph 'In its report releas', cut in the stored copy, dropped; straight marks as stored)",
    text='''European Parliament Members Defend Criticisms of Rendition
Members of the European Parliament have gone before US Congress to defend the findings of a report criticizing the practice of extraordinary rendition, in which terrorist suspects have been transferred by U.S. authorities to other countries for interrogation. VOA's Dan Robinson has a report from Capitol Hill.
Since revelations emerged in U.S. media of the increased use of rendition after the 2001 terrorist attacks, the Bush administration has faced intense criticism from human rights groups, European governments and politicians.
The transport of suspects by the CIA to countries such as Egypt, Jordan, Syria, Morocco and Uzbekistan has come in for particular criticism, along with the use of formerly secret detention facilities in east European countries and use of European airspace by CIA aircraft.
Critics allege prisoners are deliberately sent to places where they would be subject to torture, outside of the confines of the U.S. judicial system.
Bush administration and CIA officials have said the United States does not conduct or condone torture, and that interrogation measures are conducted lawfully, adding that the U.S. seeks assurances from foreign governments that torture will not be used.
But witnesses appearing before the House human rights subcommittee defended a European Parliament report, which found among other things that rendition involved such things as incommunicado detention and torture.
Jonathan Evans, chairman of the European Parliament delegation for relations with the United States, asserts that rendition is viewed in the United States as well as Europe as a violation of due process.
"Let's never forget, we are allies who share common values, of freedom, democracy and the rule of law," said Jonathan Evans. "In promoting these values elsewhere in the world, we must ensure the maintenance of those values in our own countries."''',
    quotes=[
        Q('"Let\'s never forget', 'rule of law,"', "Jonathan Evans"),
        Q('"In promoting these values', 'our own countries."', "Jonathan Evans"),
    ],
    aliases={"Jonathan Evans": ["Jonathan Evans, chairman of the European Parliament delegation for relations with the United States"]},
),
dict(
    id="voa-en-h391-2007-04-nigeria-president-elect-denies-fraud",
    source="http://poenglish.blogspot.com/2007_04_24_archive.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Nico Colombant of April 23, 2007 on a day-archive page of the learners' blog poenglish.blogspot.com; the blog's date line '4.24.2007', the story's date line '23 April 2007', the line 'Download', the empty lines between paragraphs and the photo captions 'President-Elect Yar'Adua denies he won flawed vote, 23 Apr 2007' and 'Many Nigerians had cards, but could not vote' dropped (H1990); the headline kept as the first line; the paragraph 'Wo', cut in the stored copy, dropped; straight marks as stored)",
    text='''Winner of Disputed Nigerian Presidential Election Denies Fraud
Nigeria's ruling party, whose candidate won the deeply flawed presidential election on Saturday, denied the ballot was rigged. The opposition candidates, however, have rejected the results of the election, which many outside observers said fell short of fairness. VOA's Nico Colombant reports from Abuja.
Before a champagne celebration at his campaign headquarters in the capital, President-elect Umaru Yar'Adua said the fairness of the elections cannot be judged by outsiders' measures.
He was responding to the State Department which called Saturday's election flawed.
"It is in respect to which reference point? Is it with respect to the reference point of American elections? Or is it with respect to the 1999 elections or is it in respect to the 1983 elections in Nigeria or to the 2003 elections? So when people make statements, or even organizations, or even the U.S. State Department, they should qualify such statements and we know the reference point from which they are making their statement against," said Umaru Yar'Adua. "Once you know the reference point, then it will actually make sense."
Earlier, he rejected accusations by national Nigerian observers and opposition parties that the ruling party had rigged the vote in its favor.
"That is a conclusion which I think is a sweeping conclusion and an allegation which I do not think is based on facts," he said.
International observers have said the vote fell short of regional standards and that election authorities had failed Nigerians.
Earlier Monday, the election commission awarded the ruling party candidate over 24 million votes, nearly four times more than for his nearest rival, former military ruler, Muhammadu Buhari. No number for voter turnout was reported, nor any precise breakdown of the voting.''',
    quotes=[
        Q('"It is in respect to which', 'their statement against,"', "Umaru Yar'Adua"),
        Q('"Once you know the reference point', 'actually make sense."', "Umaru Yar'Adua"),
        Q('"That is a conclusion', 'based on facts,"', "Umaru Yar'Adua"),
    ],
    aliases={"Umaru Yar'Adua": ["President-elect Umaru Yar'Adua"]},
),
dict(
    id="voa-en-h391-2007-04-ivory-coast-rebels-patriots-meet",
    source="http://poenglish.blogspot.com/2007_04_22_archive.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Kari Barber of April 21, 2007 on a day-archive page of the learners' blog poenglish.blogspot.com; the blog's date line '4.22.2007' and its Chinese post 'VOASE Print Edition Release!!!' with its download lines before the story, the story's date line '21 April 2007', the line 'Download', the empty lines between paragraphs and the photo caption 'People wave Ivorian flags reading 'Peace' 21 April 2007 at Youpougon sport complex, in Abidjan during a jonit \"patriots\" and rebels peace meeting' dropped (H1990); the headline with its straight-marked '\"Patriots\"' kept as the first line; the paragraph 'Charles Ble Goude, leader of the Young Patriots, ... to instill confidence t', cut in the stored copy, dropped; the spaced hyphen and 'This is this picture' as stored; straight marks as stored)",
    text='''Ivory Coast Rebels, "Patriots" Meet As Symbol of Unity
In Ivory Coast Saturday, rebels met with supporters of President Laurent Gbagbo to show they are united in backing a peace deal signed last month. The meeting, which took place in Abidjan, is the first of its kind since rebels and the army faced off in a conflict that has divided the nation since 2002. Kari Barber has more from VOA's West and Central Africa bureau in Dakar.
New Forces rebel Cisse Sindou, now a member of the cabinet of Prime Minister Guillaume Soro, the rebel leader, says the meeting is about looking forward. "One of the key words of the peace process - yesterday we were enemies, today we are all together to bring peace to the Ivory Coast. This is this picture we want everybody, at the national level and the international level, to see," he said.''',
    quotes=[
        Q('"Patriots"', None, None),
        Q('"One of the key words', 'to see,"', "Cisse Sindou"),
    ],
    aliases={"Cisse Sindou": ["New Forces rebel Cisse Sindou"]},
),
dict(
    id="voa-en-h391-2007-07-bangladesh-administration-six-months",
    source="https://poenglish.blogspot.com/search?max-results=100&reverse-paginate=true&updated-max=2007-08-04T00%3A57%3A00%2B08%3A00",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Anjana Pasricha of July 15, 2007 on a search page of the learners' blog poenglish.blogspot.com; the blog's date line '7.16.2007', the story's date line '15 July 2007', the line 'Download', the empty lines between paragraphs and the photo caption 'Police escort General Secretary of Sheikh Hasina's Awami League Party Abdul Jalil, front left, to a court in Dhaka (File Photo)' dropped; the headline kept as the first line; the paragraph 'They are headed by powerful women, f', cut in the stored copy, dropped; straight marks as stored)",
    text='''Bangladesh's Military-Backed Administration Completes Six Months in Power
Bangladesh's army-backed interim administration has completed six months in power. As Anjana Pasricha reports from New Delhi, the government's widely hailed crackdown on corruption has earned it public support, but there are concerns about the postponement of elections until the end of 2008.
When high-profile politicians were jailed in Dhaka for alleged corruption after an interim government took power in January, there was widespread incredulity in a country where political leaders were never seen as accountable.
Six months on, many people acknowledge that the army-backed administration is determined to root out corruption. More than 170 political leaders are behind bars.
They include cabinet ministers, city mayors and the son of former Prime Minister Khaleda Zia. The government has promised to widen the net even as special courts begin to hear cases.
The crackdown has earned accolades among ordinary people who are disillusioned with politicians. Many of them have been accused of amassing personal wealth and ignoring the country's development needs.
However the indefinite suspension of democracy is causing mounting concern.
Independent political analyst Ataus Samad says there is skepticism about the administration's desire to hand power to an elected government by end of next year, as promised.
"We hear not only politicians, but also the common people asking questions whether elections will be held within the stated time frame, which is December 2008," said Samad. "Some people believe it, some people don't believe it."
Some analysts think the emergency administration will only hold elections when it has achieved its other major goal, reforming the country's two main political parties.''',
    quotes=[
        Q('"We hear not only politicians', 'December 2008,"', "Ataus Samad"),
        Q('"Some people believe it', 'don\'t believe it."', "Ataus Samad"),
    ],
    aliases={"Ataus Samad": ["Independent political analyst Ataus Samad", "Samad"]},
),
dict(
    id="voa-en-h391-2018-10-koreas-unc-disarming-dmz",
    source="https://anangg.com/aggregator/sources/9?page=38",
    license=PDC, retrieved=PAGES + " (copy of a VOA Asia story of October 22, 2018 on page 38 of the VOA Asia feed on the aggregator anangg.com; the site lines 'VOA Asia', 'Subscribe to VOA Asia feed VOA Asia' and 'Updated: 1 hour 55 min ago' and the feed's date line 'Mon, 10/22/2018 - 14:52' dropped; the headline kept as the first line; the body stored as one paragraph and kept so; the run-in subheading 'A pathway to peace' and the following text 'During the September Pyongyang summit, ... within a 1 kilometer radius of the Mi', cut in the stored copy, dropped, so the paragraph ends on Brooks' quotation (H1992); the following feed items left out; curly opening and straight closing marks, curly and straight apostrophes as stored)",
    text='''The Koreas and United Nations Command Work Toward Disarming the DMZ
North Korea, South Korea, and the United Nations Command (UNC) met Monday to further discuss plans to disarm the Joint Security Area (JSA) in the Korean Demilitarized Zone (DMZ). It follows a meeting last week where the three parties discussed ways of implementing a comprehensive military agreement signed during the third inter-Korean summit to achieve that goal. United Nations Command deputy commander Lt. General Wayne Eyre said the UNC will adapt its mission to support current diplomatic efforts, and experts called for the organization to play an active role as the Koreas move toward reshaping the heavily fortified border into a peace zone. Pyeongtaek University Professor Yun Jiwon tells VOA demilitarization has been an ongoing topic since the early 1990s between the Koreas, but until now, the right conditions to do so haven’t been present. The meeting Monday was “aimed at checking and evaluating the status of demining operations at the JSA and consulting over schedules for withdrawing firearms and guard posts and adjusting guard personnel, as well as future plans for mutual verifications," Seoul’s defense ministry said in a statement. As with the October 16 meeting, it was facilitated by North and South Korean colonel-level military officials and a member from the United Nations Command. Gen. Vincent K. Brooks, Commander of United Nations Command said in a statement the talks last week “joined the existing Armistice mechanisms used by the Korean People's Army and the United Nations Command, with the more recent Korean People's Army and Republic of Korea military dialogue to further advance implementation of the CMA (Comprehensive Military Agreement)."''',
    quotes=[
        Q('“aimed at checking', 'mutual verifications,"', "Seoul’s defense ministry"),
        Q('“joined the existing', 'Military Agreement)."', "Vincent K. Brooks"),
    ],
    aliases={"Seoul’s defense ministry": ["Seoul’s defense ministry"],
             "Vincent K. Brooks": ["Gen. Vincent K. Brooks, Commander of United Nations Command"]},
),
dict(
    id="voa-en-h391-2010-07-voa-rebuts-pnn-allegations",
    source="https://insidevoa.com/amp/a-13-34-2010-07-07-pnn-rebuttal-111611374/178295.html",
    license=PD, retrieved=PAGES + " (insidevoa.com statement 178295 of July 7, 2010 by VOA's Office of Public Relations, AMP page; the stored copy begins with the body, without headline or date line, so the text begins with its first paragraph (as H931); the closing lines 'For more information about the Voice of America, please visit our website at www.voanews.com.' and 'VOA's Office of Public Relations can be reached at (202) 203-4959, or by e-mail to askvoa@voanews.com.' (contact furniture) and the empty lines between paragraphs dropped (H1991); 'news-reader' and the unspaced 'Parazit (Static)' as stored; straight marks as stored)",
    text='''The Voice of America does not ban stories because they cast the Iranian regime in a negative light. In fact the extensive efforts by the Tehran government to jam our TV and radio programs and block access to our website are a testament to our success in Iran, where despite those government efforts we have a weekly audience estimated at nearly 20% of the adult population.
It is also untrue that VOA refused to air video of the tragic death of Neda Agha-Soltan, the young Iranian woman whose killing became a symbol of opposition to the Iranian regime. To the contrary, VOA's Persian News Network was one of the first international news organizations to show cell phone video of the incident.
While VOA cannot comment on personnel matters involving PNN staff, your allegations of "retaliation" are untrue, as is the often repeated allegation that one of PNN's managing editors is biased toward Iran and is the "son of one of the Iranian mullahs." In fact, this man's father is a former university professor who was forced to retire after the revolution. The TV show Parazit (Static) is a satirical program. Mr. Sajjadi was making fun of this unfounded claim.
Regarding the lawsuit against VOA brought by former Straight Talk news-reader Elham Sataki, the Federal District Court has already denied Ms. Sataki's motion for a temporary restraining order and specifically found that she is "unlikely to succeed on the merits" of her claim.
The Voice of America takes its congressional mandate seriously and the professional journalists here reject the allegation that we are serving any particular point of view, something forbidden by our charter.''',
    quotes=[
        Q('"retaliation"', None, None),
        Q('"son of one of the Iranian mullahs."', None, None),
        Q('"unlikely to succeed on the merits"', None, "Federal District Court"),
    ],
    aliases={"Federal District Court": ["the Federal District Court"]},
),
]
