# Held-out English Wikinews articles (tests/data/heldout14-en.jsonl), continued; see heldout14_amalgum1.py.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-us-bombs-saudi-arabia",
    source="https://en.wikinews.org/wiki/US_to_sell_precision-guided_bombs_to_Saudi_Arabia",
    license=LIC, retrieved=AMG.format("AMALGUM_news_arabia") + " (the copy's spaced hyphen kept)",
    text='''US to sell precision-guided bombs to Saudi Arabia
Tuesday, January 15, 2008
The Bush administration officially notified Congress Monday of its intention to sell sophisticated precision-guided bombs to Saudi Arabia. The action, coinciding with President Bush's visit to Saudi Arabia, is part of a broader U.S. effort to bolster Gulf allies in the face of a more assertive Iran. VOA's David Gollust reports from the State Department.
The Bush administration has already briefed Congress on its arms sales plans for Saudi Arabia. Monday's announcement sets in motion a 30-day period in which the House and Senate can block the plan with a joint resolution - an action that appears highly unlikely.
Under the proposed deal, worth more than $120 million, the United States would provide Saudi Arabia with 900 kits and associated equipment to convert conventional gravity bombs into GPS-guided smart-bombs, known as JDAMs.
The weapons are a mainstay of the U.S. military arsenal and their accuracy would vastly enhance the capability of the Saudi Air Force, which has top-of-the-line U.S.-made fighter-bomber aircraft.
The sale is part of a broader $20-billion arms package for Saudi Arabia and other Gulf states announced by Secretary of State Condoleezza Rice and Defense Secretary Robert Gates last August on a mission to the Gulf, aimed at shoring up U.S. allies concerned about Iranian influence in the region.
Several elements of the broader package including sales of Patriot anti-missile systems to Kuwait and the United Arab Emirates, and upgrades for Saudi Arabia's AWACS airborne command and control planes, have already gotten congressional assent. Officials here say they also expect the Saudi J-DAMS sale to proceed despite concerns expressed by some congressional supporters of Israel.
At the time the Gulf weapons sales package was announced last year, the Bush administration also committed to a 10-year, $30-billion arms package for Israel, representing a 25 per cent increase in annual U.S. arms aid to that country.
Briefing reporters, State Department Spokesman Sean McCormack said the administration has assured Congress it would do nothing to upset Israel's military edge over potential enemies in the region.
"We've spent a lot of time assuring that we abide by our commitments to a qualitative military edge for Israel," said Sean McCormack. "This is something that President Reagan first talked about and it's been reiterated and reconfirmed by each successive president after that. We're committed to maintaining that qualitative military edge for Israel."
Israel itself has not protested the pending sale. Israeli officials have said they anticipate being provided with a new-generation U.S. smart bomb more capable than J-DAMS, which have been in service for more than a decade.
A spokesman for House Foreign Affairs Committee Chairman Tom Lantos, a prominent advocate for Israel in Congress, said he does not intend to push a resolution of disapproval.
However one House member, New York Democrat Anthony Weiner, said he would introduce such a measure and already has more than 30 co-sponsors.
Critics of the package have faulted Saudi Arabia's record in combating terrorism and advancing political reform. Under questioning here, Spokesman McCormack said the Saudi government has made "quantum leaps" in action against terrorist cells and financing in recent years and has begun the process of reform, though not necessarily at a pace that would please some critics.
Two-thirds majorities of the members in both houses would be required to block the sale and officials here say chances for that appear nil.''',
    quotes=[
        Q('"We\'ve spent', 'edge for Israel,"', "Sean McCormack"),
        Q('"This is something', 'edge for Israel."', "Sean McCormack"),
        Q('"quantum leaps"', None, "Sean McCormack"),
    ],
    aliases={"Sean McCormack": ["State Department Spokesman Sean McCormack", "Spokesman McCormack"]},
),
dict(
    id="wn-en-annapolis-joint-understanding",
    source="https://en.wikinews.org/wiki/Statement_of_%22joint_understanding%22_released_after_Annapolis_Conference",
    license=LIC, retrieved=AMG.format("AMALGUM_news_annapolis") + " (a quote box repeating Rice's words, with its attribution line, dropped)",
    text='''Statement of "joint understanding" released after Annapolis Conference
Wednesday, November 28, 2007
At the conclusion of the Annapolis Conference, United States President George W. Bush read a statement of joint understanding by Prime Minister Ehud Olmert, and President Mahmoud Abbas.
Commenting on the statement, President Bush said that: "Today, Palestinians and Israelis each understand that helping the other to realize their aspirations is key to realizing their own aspirations — and both require an independent, democratic, viable Palestinian state. Such a state will provide Palestinians with the chance to lead lives of freedom and purpose and dignity. Such a state will help provide the Israelis with something they have been seeking for generations: to live in peace with their neighbors."
Regarding the immediate future, the joint statement said: "President Abbas and Prime Minister Olmert will continue to meet on a bi-weekly basis to follow up the negotiations in order to offer all necessary assistance for their advancement." It also set a target for an agreement: "We agree to engage in vigorous, ongoing and continuous negotiations, and shall make every effort to conclude an agreement before the end of 2008."
Analysts, however, are skeptical that the two leaders, who are both politically weakened at home, will be able to reach an agreement by the deadline. There are also doubts about how hard Bush will push them.
"I am not persuaded yet that they have grasped the seriousness and the amount of work that is required to do what they say they want to do — to reach an agreement on the core issues by the end of the Bush administration," said Aaron David Miller of the Woodrow Wilson Center.
"Neither has the support at home or the control of his government to do something extremely serious," said Jon Alterman, an analyst at the Center for Strategic and International Studies.
"There is, I think, considerable doubt remaining about whether the administration is prepared to take on the heavy lifting... to make this work," said Bruce Riedel of the Brookings Institution.
"This was an investment of presidential prestige that we hadn't seen before," said Daniel Levy of the New America Foundation. Levy saw reason for "very, very guarded optimism" and praised the commitments made by Abbas and Olmert.
Iran was notably absent from the list of conference participants. "The Arabs have come here not because they love the Jews or even the Palestinians," an advisor to the Palestinian team told The New York Times on condition of anonymity. "They came because they need a strategic alliance with the United States against Iran."
Secretary of State Condoleezza Rice felt the conference was a success. "It's going to be hard, but you had support in that room [in Annapolis] that you had not had from Arab states in the past," she said on television.
Meanwhile, in the West Bank, hundreds protested the Annapolis Conference in conjunction with a funeral in Hebron. They clashed with security forces who fired shots into the air to disperse the crowd. At least 24 people have been reported injured.
Also, today, Israeli aircraft targeted a Hamas base in the Gaza Strip, killing two Hamas members and wounding more than 10 others, according to Palestinian officials.''',
    quotes=[
        Q('"joint understanding"', None, None),
        Q('"Today, Palestinians', 'their neighbors."', "George W. Bush"),
        Q('"President Abbas and', 'their advancement."', "Ehud Olmert"),
        Q('"We agree to engage', 'end of 2008."', "Ehud Olmert"),
        Q('"I am not persuaded', 'Bush administration,"', "Aaron David Miller"),
        Q('"Neither has the support', 'extremely serious,"', "Jon Alterman"),
        Q('"There is, I think', 'this work,"', "Bruce Riedel"),
        Q('"This was an investment', 'seen before,"', "Daniel Levy"),
        Q('"very, very guarded optimism"', None, "Daniel Levy"),
        Q('"The Arabs have come', 'the Palestinians,"', None),
        Q('"They came because', 'against Iran."', None),
        Q('"It\'s going to be hard', 'in the past,"', "Condoleezza Rice"),
    ],
    aliases={"George W. Bush": ["United States President George W. Bush", "President Bush"],
             "Ehud Olmert": ["Prime Minister Ehud Olmert", "the joint statement"],
             "Daniel Levy": ["Levy"],
             "Condoleezza Rice": ["Secretary of State Condoleezza Rice"]},
),
dict(
    id="wn-en-binyam-mohamed-appeal",
    source="https://en.wikinews.org/wiki/UK_loses_appeal_to_conceal_Binyam_Mohamed_torture",
    license=LIC, retrieved=AMG.format("AMALGUM_news_binyam") + " (a quote box repeating two sentences of the released paragraphs, with its attribution line, and the 'Have your say' prompt dropped; the copy's 'the the' kept; the marks around the released paragraphs, which the copy tokenizes onto the wrong words, attached to the words they open or close)",
    text='''UK loses appeal to conceal Binyam Mohamed torture
Wednesday, February 10, 2010
UK Foreign Secretary David Miliband today lost an appeal to conceal details of the "cruel, inhumane and degrading" treatment of UK resident Binyam Mohamed after being stopped in Pakistan, then detained and subjected to extraordinary rendition at the behest of the United States' Central Intelligence Agency.
The 31-year-old Ethiopian-born man was arrested in Pakistan in 2002 due to issues with his visa. He was then handed over to American authorities who covertly transported him to Morocco for interrogation on a suspicion that he received training on the handling of munitions from al-Qaeda in Afghanistan. His final destination, after two years in Morocco, was Guantánamo Bay; from 2004 until 2009 he was held in the US-run detention centre in Cuba. He was released last February without any charges being brought against him.
Today's ruling, by the the Court of Appeal's three most senior judges, ordered previously redacted paragraphs detailing Binyam's treatment in US-managed captivity made public. The seven previously withheld paragraphs appear in a report on the Foreign and Commonwealth Office's website. They had purportedly been kept secret over fears publication would jeopardise intelligence sharing between the US and UK. A court ruling in August 2008 did ensure the redacted details were available to Binyam's legal team; however, this is their first release to a wider public.
Binyam had, prior to May 2001, been subjected to a succession of interviews, "as part of a new strategy designed by an expert interviewer." During this interrogation, Binyam Mohamed "had been intentionally subjected to continuous sleep deprivation. The effects of the sleep deprivation were carefully observed [...] combined with the sleep deprivation, threats and inducements were made to him. His fears of being removed from United States custody and 'disappearing' were played upon [...] the stress brought about by these deliberate tactics was increased by him being shackled in his interviews".
The effects of his treatment were apparently quite detrimental; "[i]t was clear not only from the reports of the content of the interviews but also from the report that he was being kept under self-harm observation, that the interviews were having a marked effect upon him and causing him significant mental stress and suffering."
In February last year, Miliband denied that the United States threatened to reduce or cease terrorism-related intelligence sharing, but fought to keep the details released today secret; arguing publication would, "cause real and significant damage to the national security and international relations of this country."
The release of information known in 2001 implies that Foreign Office Minister Ivan Lewis misled the BBC's Today programme when, in August last year, he stated that, "[w]e neither engage in, collude with or condone torture." The interview by Sarah Montague, with Lewis in Damascus, Syria, saw the minister challenged on the basis that the UK might "turn a blind eye" to torture. Lewis responded that, "we always make it clear that torture is unacceptable and abhorrent"; however, this was qualified, "in a modern world you cannot counter terrorism by acting in isolation; we have to work on a global basis with many other countries. And it’s true that some of those countries don’t apply the same rules and the same standards as the United Kingdom".
Lewis denied that the UK was "complicit" in torture, although his responses in the interview described information such as that released today as "very serious allegations made against some of the intelligence services in some countries that we have to co-operate with in terms of protecting the security and the national interest of this country."''',
    quotes=[
        Q('"cruel, inhumane and degrading"', None, None),
        Q('"as part of a new strategy', 'expert interviewer."', None),
        Q('"had been intentionally', 'in his interviews"', None),
        Q('"[i]t was clear', 'and suffering."', None),
        Q('"cause real and significant', 'of this country."', "David Miliband"),
        Q('"[w]e neither engage', 'condone torture."', "Ivan Lewis"),
        Q('"turn a blind eye"', None, "Sarah Montague"),
        Q('"we always make it clear', 'and abhorrent"', "Ivan Lewis"),
        Q('"in a modern world', 'the United Kingdom"', "Ivan Lewis"),
        Q('"complicit"', None, "Ivan Lewis"),
        Q('"very serious allegations', 'of this country."', "Ivan Lewis"),
    ],
    aliases={"David Miliband": ["UK Foreign Secretary David Miliband", "Miliband"],
             "Ivan Lewis": ["Foreign Office Minister Ivan Lewis", "Lewis"]},
),
]
