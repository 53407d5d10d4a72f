# Held-out English news pages (tests/data/heldout34-en.jsonl). Like heldout22/24/27/30_pages.py, these texts are
# stored web pages (the `pages` search corpus) of the Voice of America, none of them used in an earlier set, on
# topics other than African politics: US politics (five Capitol Hill reports on immigration reform and the Senate's
# agendas, 2005-2013, and a VOA Learning English "In the News" item on the 2013 immigration bill), health (the 2013
# US flu season), science (the IPCC report of 2007), Europe (the EU summit of May 2012), Asia (an insidevoa.com item on
# the Japanese defense minister's interview after North Korea's 2013 nuclear test) and sports (a 2012 post of VOA's
# sports blog Sonny Side of Sports on the Marine Corps Marathon). All are works of the US government and in the
# public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party (no credit line in
# the kept text). The stored copies are cut after about 2,000 characters: only complete paragraphs are kept (a cut
# paragraph is dropped and noted in `retrieved`). Navigation ("Accessibility links", "Breaking News", "News / USA"),
# photo captions (often printed twice), video player lines, the byline box and its "— " separator, blog date lines
# are dropped; wording, spelling, spacing inside a paragraph and quotation marks are as stored (leading and trailing
# spaces of a stored line dropped; the hard line wraps of the 2005 copy joined with a space). Annotated by reading
# the pages, before whosaid was run on them (rules H160-H163 in ANNOTATION.md on top of H1-H159).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
VOA = PAGES + " (navigation lines 'Accessibility links' / 'Breaking News' / section label, photo captions and video player lines dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout34-en.jsonl

Built by `build.py` from `heldout34_pages.py`. Like heldout22-en, heldout24-en, heldout27-en and heldout30-en, these
texts are stored web pages (the `pages` search corpus) of the Voice of America, none of them used in a set above, on
topics other than African politics: six reports on US politics on voanews.com and learningenglish.voanews.com (the
Senate's competing agendas, 2005; two Capitol Hill reports by Deborah Tate on the 2007 immigration bill; the
senators' border visit and the Senate Judiciary Committee's first debate on the 2013 immigration bill; a VOA Learning
English "In the News" item on the Senate's vote to open debate, 2013), a health report (the early US flu season,
2013), a science report (the IPCC's second report of 2007), a report on the EU summit of May 2012, an insidevoa.com
item on the Japanese defense minister's interview after North Korea's nuclear test (2013) and a post of VOA's sports
blog Sonny Side of Sports (the Marine Corps Marathon, 2012). All are US government works in the public domain (17
U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Navigation, captions, video
player lines, bylines and date lines were dropped; wording and quotation marks are as stored. None of these pages is
used in any set above (checked by URL, by title, by the names of their speakers and by 8-word overlap with every
existing text: no shared 8-word sequence). The annotation (rules H160–H163 in `ANNOTATION.md` on top of H1–H159) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2013-05-09-senate-panel-immigration-debate",
    source="http://www.voanews.com/content/us-senate-panel-begins-immigration-debate/1657822.html",
    license=PD, retrieved=VOA + "; the byline 'Michael Bowman' dropped; the copy ends with the paragraph kept last)",
    text='''US Senate Panel Begins Immigration Debate
The U.S. Senate has begun formal consideration of a landmark bill to overhaul America’s oft-criticized immigration system. The bipartisan proposal faces a long and perilous path through Congress, beginning in the Senate Judiciary Committee, which started work on the bill Thursday.
Critics say the United States is awash in undocumented immigrants - 11 million in total - but slow to open its doors to high-skilled foreign workers who would boost America's lackluster economy. Ending illegal immigration, legalizing the undocumented that are already here, and attracting the world’s brightest and best-educated people are central goals of a bill crafted by four Democratic and four Republican senators.
Democrat Charles Schumer touted the proposal at the Judiciary Committee. “It will mean dramatic improvement for the American economy, for the American people, and will make our immigration policy much more in synch with what is good for jobs and America," he said.
Fellow Democrat Richard Durbin agreed. “Our immigration system is broken. The laws we have do not serve us well. And this is our chance in this hearing room to write an immigration bill for the 21st Century - for America and its future," he said.
The bill aims to strengthen U.S. border security, streamline the legal immigration process, and provide a long and arduous path to eventual citizenship for most who entered the country illegally or overstayed their visas.''',
    quotes=[
        Q('“It will mean dramatic', 'jobs and America,"', "Charles Schumer"),
        Q('“Our immigration system is broken.', 'and its future,"', "Richard Durbin"),
    ],
    aliases={
        "Charles Schumer": ["Democrat Charles Schumer"],
        "Richard Durbin": ["Fellow Democrat Richard Durbin"],
    },
),
dict(
    id="voa-le-2013-06-senate-votes-debate-immigration-bill",
    source="https://learningenglish.voanews.com/a/senate-votes-debate-immmigration-bill/1682005.html",
    license=PD, retrieved=VOA + "; the photo caption with the organizations' letter (\"a halt to deportations now.\") dropped with the caption; the paragraph 'Labor rights groups and business groups disagree about that issue. Some businesses threatened to withdraw their su...', cut in the stored copy, dropped)",
    text='''US Senate Votes to Open Debate on Immigration Bill
From VOA Learning English, this is In the News.
Earlier this week, the United States Senate voted to begin debate on a historic immigration bill. The proposed law would offer a chance for more than 11 million undocumented immigrants, those not in the country legally, to become American citizens. It would also increase the number of foreign temporary technology workers at a time when American technology workers face high unemployment.
On Tuesday, President Barack Obama said this is “the best chance in years” to achieve “common sense reform.” He called on Congress to approve the bill.
“If you genuinely believe we need to fix our broken immigration system, there's no good reason to stand in the way of this bill.”
The vote to permit debate passed easily, 82-15. It clears the way for discussions that political observers say could extend through the rest of the month. The legislation establishes a 13-year citizenship process for immigrants who arrived in the United States illegally.
Public opinion studies released Thursday suggest wide support for the main reforms. People in 29 states were asked questions about immigration. A majority supported reforms that included stronger border security, a path to citizenship for undocumented immigrants and laws to block employers from hiring people living in the United States illegally.
The studies did not ask about a disputed part of the bill that would increase the number of temporary foreign technology workers.''',
    quotes=[
        Q('“the best chance in years”', None, "Barack Obama"),
        Q('“common sense reform.”', None, "Barack Obama"),
        Q('“If you genuinely believe', 'of this bill.”', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["President Barack Obama"]},
),
dict(
    id="voa-en-2013-03-27-senators-immigration-bill-april",
    source="http://www.voanews.com/content/us-senators-obama-immigration-reform-bill-april/1630583.html",
    license=PD, retrieved=VOA + "; the '— ' byline separator before the first paragraph dropped; the tweet embedded after 'Republican Senator John McCain tweeted about the incident:' is not in the stored copy, the line is kept as stored; the copy ends with the paragraph kept last)",
    text='''US Senators Scramble to Firm Up Immigration Bill by April
The U.S. Congress is not in session this week, but a group of senators working on immigration reform are scrambling to finish a bill to introduce to Congress when it resumes in 11 days.
Four of the eight senators visited the U.S.-Mexico border on Wednesday, balancing a highly publicized helicopter flyover with private phone negotiations with other stakeholders.
Democratic Senator Charles Schumer of New York, on his first-ever trip to the border, expressed hope the group would have a bill ready for Congress when it reconvenes April 8.
“The bottom line is we're very close," Schumer said at a press conference in Nogales, Arizona Wednesday. "I'd say we're 90 percent there. We have a few little problems to work on. We've been on the phone with our four colleagues all day."
The fence that divides Nogales, Arizona from Nogales, Mexico is five meters high, more than twice the height of an average woman. Yet a woman scaled the metal fence while the senators were touring the area.
Republican Senator John McCain tweeted about the incident:
Customs and Border Protection spokesman Victor Brabble said the 24-year-old Mexican woman has been repatriated.''',
    quotes=[
        Q('“The bottom line is we\'re very close,"', None, "Charles Schumer"),
        Q('"I\'d say we\'re 90 percent there.', 'colleagues all day."', "Charles Schumer"),
    ],
    aliases={"Charles Schumer": ["Democratic Senator Charles Schumer", "Schumer"]},
),
dict(
    id="voa-en-2007-06-23-senate-reconsider-immigration",
    source="https://www.voanews.com/a/a-13-2007-06-23-voa21-66560197/554920.html",
    license=PD, retrieved=VOA + "; the paragraph 'But many Republicans are skeptical of the proposal, ...', cut in the stored copy, dropped)",
    text='''US Senate to Reconsider Immigration Reform Next Week
The U.S. Senate next week is expected to make another effort to pass a sweeping immigration reform bill. The measure was blocked by opposition Republicans earlier this month, and its fate remains unclear, as VOA's Deborah Tate reports from Capitol Hill.
Under pressure from President Bush, for whom immigration reform is a top legislative priority, Senate leaders agreed to reconsider the comprehensive bill aimed at overhauling the nation's immigration system.
The measure would tighten border security, create a temporary guest worker program and offer the estimated 12 million illegal immigrants in the United States a possible path to citizenship.
Senator Dianne Feinstein, a California Democrat, is a supporter of the bill.
"To become a citizen, immigrants in the country illegally will have to demonstrate a real dedication to our country," she said. "They will have to work to hold their visas, they will have to pay a fine, they will have to learn our language, and they do have to do this over a substantial period of time. This won't happen overnight."
Supporters hope more Republicans will back the bill this time. Earlier this month, minority Republicans used procedural tactics to block the bill from coming to a vote.
Senate Majority Leader Harry Reid, a Nevada Democrat, says a newly proposed amendment to provide $4 billion for border security, funded by fees and fines paid by undocumented workers, should help ease Republican concerns that the legislation does not go far enough to securing U.S. borders:
"This bill is great with border with security," he said. "Why? Because it has $4.4 billion of mandated spending for border security. It is such a better bill, and for that reason, it should pass."''',
    quotes=[
        Q('"To become a citizen,', 'to our country,"', "Dianne Feinstein"),
        Q('"They will have to work', 'happen overnight."', "Dianne Feinstein"),
        Q('"This bill is great', 'with security,"', "Harry Reid"),
        Q('"Why? Because', 'it should pass."', "Harry Reid"),
    ],
    aliases={
        "Dianne Feinstein": ["Senator Dianne Feinstein"],
        "Harry Reid": ["Senate Majority Leader Harry Reid"],
    },
),
dict(
    id="voa-en-2007-05-24-senate-rejects-derail-immigration",
    source="https://www.voanews.com/a/a-13-2007-05-24-voa66-66714527/560021.html",
    license=PD, retrieved=VOA + "; the paragraph 'Many Democrats are critical of the plan, ...', cut in the stored copy, dropped)",
    text='''US Senate Rejects Efforts to Derail Immigration Bill
The U.S. Senate has voted down proposals that could have derailed a broad immigration reform bill. The action came after President Bush urged lawmakers to back the legislation. VOA's Deborah Tate reports from Capitol Hill.
The Senate rejected challenges to the immigration bill from both conservative Republicans and liberal Democrats.
Senators voted 66-29 late Thursday against a measure sponsored by Republican Senator David Vitter of Louisiana to strip the bill of a provision that would grant the estimated 12 million undocumented workers in the United States legal status if they obtain a so-called 'z visa'.
Vitter argued the provision rewards immigrants who crossed U.S. borders illegally.
"The 'z visa' amnesty provision absolutely rewards those who have broken the law," said David Vitter.
But Senator Ted Kennedy, a Massachusetts Democrat, argued the plan is not amnesty because undocumented workers can only gain legal status after meeting certain conditions, including paying a fine, learning English and undergoing a background check.
"Legalization is important for our national security, we have to know who is in the United States of America," said Ted Kennedy.
Earlier, the Senate voted 49 to 48 against a Democratic-sponsored proposal to phase out temporary worker provision after five years. Senator Byron Dorgan, a North Dakota Democrat was the sponsor:
"Why don't we take a look in five years and see, were the claims that were made for the temporary worker provision, were they claims that turned out to be accurate," he asked.
The guest worker proposal would allow temporary workers to come to the United States on two-year visas and renew them up to three times, but only after they return to the home countries for a year.''',
    quotes=[
        Q("'z visa'", None, None),
        Q('"The \'z visa\' amnesty', 'broken the law,"', "David Vitter"),
        Q('"Legalization is important', 'United States of America,"', "Ted Kennedy"),
        Q('"Why don\'t we take a look', 'out to be accurate,"', "Byron Dorgan"),
    ],
    aliases={
        "David Vitter": ["Republican Senator David Vitter", "Vitter"],
        "Ted Kennedy": ["Senator Ted Kennedy"],
        "Byron Dorgan": ["Senator Byron Dorgan"],
    },
),
dict(
    id="voa-en-2005-01-24-senate-competing-agendas",
    source="http://www.voanews.com/content/a-13-2005-01-24-voa44/305103.html",
    license=PD, retrieved=PAGES + " (hard line wraps inside paragraphs joined with a space, H14/H149; the paragraph 'Democrats agree the war on terrorism is important, but they also ...', cut in the stored copy, dropped)",
    text='''US Senate Republicans and Democrats Outline Competing Agendas
Senate Republicans and Democrats have outlined their respective legislative agendas for the new congressional year. Their priorities are very different.
Republicans and Democrats in the Senate say they would like to work in a bipartisan fashion to solve the country's problems, but they cannot even agree on what the most important issues are.
The Republican majority believes the most important domestic issue is reforming the social security retirement system to keep it solvent for future generations.
Senator Rick Santorum of Pennsylvania is a leader in the reform effort. "I do not think the American public will ultimately stand for a do-nothing response to social security. I think everyone realizes we are all living longer, everybody understands the baby boomers are retiring, everybody understands there are fewer workers to pay for retiree benefits, and we also understand that if we do not do anything, either benefits will be cuts or taxes will be raised," he said.
But Democrats argue that there is no crisis in social security, that the program will remain solvent for at least three or four decades.
They say reforming the nation's health care system should be Congress' legislative priority. Senator Dick Durbin, an Illinois Democrat, said "in the four years since President Bush started his first term, the number of uninsured Americans has increased from 40 million to 45 million. The cost of health care has sky-rocketed, and this administration has done absolutely nothing to address it."
Republicans agree reforming the health care system is important, but they say other issues deserve priority, including making permanent President Bush's tax cuts, moving the nation toward energy independence, and the war on terrorism.''',
    quotes=[
        Q('"I do not think the American public', 'taxes will be raised,"', "Rick Santorum"),
        Q('"in the four years', 'to address it."', "Dick Durbin"),
    ],
    aliases={
        "Rick Santorum": ["Senator Rick Santorum"],
        "Dick Durbin": ["Senator Dick Durbin"],
    },
),
dict(
    id="voa-en-2013-01-11-us-flu-outbreak",
    source="http://www.voanews.com/content/us-flu-outbreak-earlier-spreading-faster/1581714.html",
    license=PD, retrieved=VOA + "; the video block before the article (its title, date line and summary 'VOA Correspondent Cindy Saine reports ...') and the byline 'Cindy Saine' dropped; the paragraph 'Dr. Siegel describes the typical symptoms of flu. \"So influenza ...', cut in the stored copy inside its quotation, dropped)",
    text='''US Flu Outbreak Earlier, Spreading Faster
The United States is in the grip of a widespread flu outbreak, with crises in Chicago and Boston. An estimated  36,000 people die of flu in the United States each year and it kills some 500,000 people annually around the world.  Doctors say it is an unusually early and busy flu season in the U.S.
Massachusetts is one of 41 U.S. states now reporting widespread cases of influenza. Tom Menino is the mayor of Boston, the state's biggest city.
“I’m declaring a public health emergency in the city of Boston. The latest reports show an increasingly tough flu season," he said.
A hospital in eastern Pennsylvania set up a special tent outside the emergency room to deal with the wave of flu patients.
Several hospitals in Chicago have had to turn patients away and send them to other hospitals in the area.
Dr. Marc Siegel, of George Washington University Hospital in Washington, says seasonal influenza is an international phenomenon. It usually breaks out in the coldest season of the year.
"It generally moves through Eastern Europe, then to Western Europe and then kind of spreads westward to the United States. Now with international travel, we often see it spread everywhere much quicker," he said.''',
    quotes=[
        Q('“I’m declaring a public health emergency', 'tough flu season,"', "Tom Menino"),
        Q('"It generally moves through Eastern Europe,', 'much quicker,"', "Marc Siegel"),
    ],
    aliases={"Marc Siegel": ["Dr. Marc Siegel"]},
),
dict(
    id="insidevoa-en-2013-02-12-japan-defense-minister-nuke-test",
    source="http://www.insidevoa.com/a/japan-defense-minister-tells-voa-north-korea-nuke-test-a-big-threat/1602160.html",
    license=PD, retrieved=VOA + "; the paragraph 'Herman, who landed an interview with Japan’s chief cabinet secretary last week, is the only re...', cut in the stored copy, dropped)",
    text='''Japan Defense Minister Tells VOA N. Korea Nuke Test a 'Big Threat'
North Korea’s latest nuclear test is “a big threat, not only to Japan, but also to the East Asia region as a whole,” according to Japanese Defense Minister Itsunori Onodera, in an interview with Voice of America’s Steve Herman.
Herman landed an exclusive on-camera interview with the Japanese defense minister minutes after North Korea announced it had conducted a nuclear test of “several kilotons.”
Defense Minister Onodera said Japan will need to bolster its defenses, but constitutional limits on the composition of its military forces mean it will be important to strengthen Japan’s alliance with the United States.
“Due to our constitution, our country is in a very restricted situation when it comes to having nuclear weapons as well as increasing our (conventional) forces. Therefore it is very important to strengthen the U.S.-Japan security alliance,” Onodera said.
He also called for China to toughen sanctions on North Korea. “Placing a heavy tax on North Korea would be the most effective sanction” by China, Onodera said.
Herman was one of the first English language journalists in the region to report the underground activity detected in North Korea early Tuesday. “We were tweeting virtually in real time as much information as anyone probably knew who didn’t have access to classified information,” Herman says.
VOA’s Seoul-based Northeast Asia bureau chief/correspondent happened to be in Japan when the first signs of seismic activity were detected from the area around the North Korean test site. “This is not an area with a lot of earthquakes, so we suspected immediately it was some kind of underground explosion,” says Herman, whose Twitter feed (@w7voa) is widely followed in Asia by government officials, diplomats and journalists.''',
    quotes=[
        Q("'Big Threat'", None, "Itsunori Onodera"),
        Q('“a big threat, not only to Japan,', 'region as a whole,”', "Itsunori Onodera"),
        Q('“several kilotons.”', None, "North Korea"),
        Q('“Due to our constitution,', 'security alliance,”', "Itsunori Onodera"),
        Q('“Placing a heavy tax', 'effective sanction”', "Itsunori Onodera"),
        Q('“We were tweeting', 'classified information,”', "Steve Herman"),
        Q('“This is not an area', 'underground explosion,”', "Steve Herman"),
    ],
    aliases={
        "Itsunori Onodera": ["Japanese Defense Minister Itsunori Onodera", "Defense Minister Onodera", "Onodera"],
        "Steve Herman": ["Herman"],
    },
),
dict(
    id="voa-en-2012-05-24-eu-summit-little-progress",
    source="https://www.voanews.com/a/european-summit-makes-little-progress/940328.html",
    license=PD, retrieved=VOA + "; the paragraph 'The dinner talks in Brussels aimed to prepare for a formal EU summit next month. ...', cut in the stored copy, dropped)",
    text='''EU Summit Wraps After Little Progress
PARIS - European leaders wrapped up a one-day meeting in Brussels early Thursday calling for growth and for Greece to remain in the euro currency union. But they delivered few specifics on the way forward and are sharply divided on some new measures, like eurobonds.
Speaking to reporters after a European Union dinner meeting in Brussels, the EU's president Herman Van Rumpoy said leaders were united on a three-pronged growth strategy.
"First, we need to mobilize EU policies to fully support growth. Second, we need to step up our efforts to finance the economy through investments and third we need to strengthen job creation," he said.
Boosting growth is the new byword in Europe, as some reports predict the eurozone economy will contract again this year as anti-austerity protests mount. Greece remains the key focus of European concern. The country holds a second round of parliamentary elections that some analysts say amount to a referendum on whether it will remain in the euro currency union.
Van Rompuy reaffirmed European support for Greece to stay in the eurozone.
"We want Greece to remain in the euro area while respecting its commitments. We are fully aware of the significant efforts already made by the Greek citizens. The eurozone has shown considerable solidarity - having already disbursed with the IMF nearly 150 billion euros [$189 billion] in support of Greece since 2010," he said.''',
    quotes=[
        Q('"First, we need to mobilize', 'job creation,"', "Herman Van Rumpoy"),
        Q('"We want Greece to remain', 'since 2010,"', "Herman Van Rumpoy"),
    ],
    aliases={"Herman Van Rumpoy": ["Van Rompuy"]},
),
dict(
    id="voa-en-2007-04-06-un-global-warming-alarm",
    source="https://www.voanews.com/archive/un-sounds-global-warming-alarm",
    license=PD, retrieved=PAGES + " (the stored copy has no title line; it starts with the lead, kept as stored; the paragraph 'The report states clearly that poorer nations above and below the equator, ...', cut in the stored copy, dropped)",
    text='''Thousands of climate scientists and government policy administrators from more than 120 countries worked on the report for six years.  After a reported all night session on April 5, the United Nations' Intergovernmental Panel on Climate Change released its second major report on global warming. VOA's Paul Sisco has more.
The climate experts' report predicts rising temperatures will lead to more heat waves in the United States and elsewhere. It also envisions more hunger, particularly in the developing world; continued glacier melting; accelerated plant and animal extinctions; rising sea levels and associated environmental degradation.
"The Working Group Two Report deals with impacts, adaptation and vulnerability," explains Panel Chairman Rajendra Pachauri. "And this is what determines responses that human beings and societies will make to counter this problem, to be able to manage this problem."
Panel co-chairman Martin Perry adds, "What they've done now is finally establish at the global level there is an anthropogenic, a man made, climate signal coming through on plants, animals, water and ice."
The report's conclusions are largely based on data that scientists see now. They include changing bird migrations, earlier spring melts in temperate climate zones and rapidly declining tropical coral reefs in some warmer seas.
Life is sweet in the United States when you cast your fishing line in the Yellowstone River.  But the United States is not exempt from the report's findings. This river, like most in western and southwestern United States, is severely stressed.  The region is suffering from ten years of drought.  Nevada's Lake Meade is 24 meters below normal levels. Docks hang from newly formed cliffs.  And the once mighty Colorado River, from which seven U.S. states draw water, now trickles at the border between the United States and Mexico.''',
    quotes=[
        Q('"The Working Group Two Report', 'and vulnerability,"', "Rajendra Pachauri"),
        Q('"And this is what determines', 'manage this problem."', "Rajendra Pachauri"),
        Q('"What they\'ve done now', 'water and ice."', "Martin Perry"),
    ],
    aliases={
        "Rajendra Pachauri": ["Panel Chairman Rajendra Pachauri"],
        "Martin Perry": ["Panel co-chairman Martin Perry"],
    },
),
dict(
    id="voa-blog-en-2012-10-26-marine-corps-marathon",
    source="https://blogs.voanews.com/sonny/2012/10/26/the-mcm-and-remembering-the-oprah-marathon/",
    license=PD, retrieved=PAGES + " (the date line 'Posted October 26th, 2012 at 4:39 pm (UTC-4)' and the photo captions 'United States Marine Corps War Memorial', 'Jeff Reed' and 'Oprah Winfrey runs in 1994 Marine Corps Marathon' dropped; the paragraph 'Oprah had a wet celebration. ...', cut in the stored copy, dropped)",
    text='''The MCM and Remembering the Oprah Marathon
As many as 30,000 runners are expected to test their endurance in Sunday’s 37th annual Marine Corps Marathon here in the Washington area. The popular race, nicknamed “The People’s Marathon,” takes the runners past many of Washington’s landmarks like the Lincoln Memorial and United States Capitol building, as well as our Voice of America headquarters on Independence Avenue.
One of the most challenging sections of the marathon, which offers no prize money, is the uphill finish to the United States Marine Corps War Memorial. There, if an athlete can cross the line, they can look forward to a finisher’s medal being placed around their neck by a U.S. Marine.
My first Marine Corps Marathon in 1987 ended in disappointment. I did not put in enough training miles and I dropped out about Mile 20, cold, shivering and dehydrated. As I walked to an aid tent, a spectator said to me, “C’mon, you only have six miles to go!” It might as well have been 60 miles at that point. I was so demoralized I thought I would never run another marathon.
But I didn’t stop running. My younger brother, Ralph, and I joined a local running group, the Mid-Atlantic Dead Runners Society, and that helped inject both of us with new enthusiasm for training runs. I even wrote a poem about one of the running group’s more colorful members, Jeff “T-Bone” Reed.
In 1994, I was ready to give the Marine Corps Marathon another shot. My return coincided with popular talk show host Oprah Winfrey deciding to celebrate her 40th birthday by running the same marathon, her one and only attempt at the classic 26.2 mile distance.''',
    quotes=[
        Q('“The People’s Marathon,”', None, None),
        Q('“C’mon, you only have six miles to go!”', None, None),
        Q('“T-Bone”', None, None),
    ],
    aliases={},
),
]
