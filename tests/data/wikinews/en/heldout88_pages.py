# Held-out English Wikinews articles (tests/data/heldout88-en.jsonl), text taken from the AMALGUM corpus copy
# (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml and amalgum_extra/news/xml/AMALGUM_news_*.xml;
# the texts are English Wikinews articles, CC BY 2.5, with their sourceURL in each file's header, as for the earlier
# AMALGUM-based sets; the AMALGUM README's licence statement was not re-checked for this set), detokenized by hand like
# heldout5_amalgum*.py (every word and mark as in the copy, only the spacing restored; title first line, dateline second
# line, one paragraph per line following the copy's <p> elements, section headings kept as lines of their own, captions,
# image-file links, source lists and archive notices dropped). None of these articles is used in an earlier set (checked
# by AMALGUM file name, by URL, by the names of their speakers and by 8-word overlap with every existing text). Annotated
# by reading the articles, before whosaid was run on them (rules H570-H579 in ANNOTATION.md on top of the rules above).
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
AMGX = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout88-en.jsonl

Built by `build.py` from `heldout88_pages.py`: further English Wikinews articles (CC BY 2.5) from the AMALGUM copy
(github.com/gucorpling/amalgum, main and extra news parts), detokenized by hand like the heldout3-en to heldout20-en
sets, none of them used in a set above (checked by AMALGUM file name, by URL, by the names of their speakers and by 8-word
overlap with every existing text: the only shared 8-word sequence is the stock phrase 'a signatory to the Nuclear
Non-Proliferation Treaty', which the Burns article shares with heldout17-en's uranium article, and
the Wikinews Shorts boilerplate 'A compilation of brief news reports for ...'). Many AMALGUM news files not used so far turned out to hold
no or a single quotation, or to be copies of articles already used from GUM (the Afghan robotics team), and were skipped. The three texts: Nicholas
Burns's talks in India on civil nuclear cooperation (2006), Hamas's end of the truce with Israel (2008) and the Wikinews
Shorts of January 7, 2009 (Gaza school strike, US call for a ceasefire, the Russia-Ukraine gas crisis).
The annotation (rules H570–H579 in `ANNOTATION.md` on top of the rules above) was committed before whosaid was first run
on these texts, so the first score is a blind one. Licence CC BY 2.5 as above.

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2006-01-22-burns-engages-india-on-civil-nuclear-energy-pact",
    source="https://en.wikinews.org/wiki/Burns_engages_India_on_civil_nuclear_energy_pact",
    license=LIC, retrieved=AMGX.format("AMALGUM_news_burns") + "; the section headings kept as lines of their own",
    text='''Burns engages India on civil nuclear energy pact
Sunday, January 22, 2006
"India's position is unique, and there is a complexity and a difficulty to these talks" Nicholas Burns told reporters at the end of two days of discussions with the Indian Foreign Secretary, Shyam Saran. The visit by the US Undersecretary of State is the latest in a series of diplomatic missions since July of last year, when the two countries agreed to co-operate in civil nuclear energy projects. Saran described the talks as friendly and very intensive and said "We have shared with the United States our plans for a very significant expansion of our civilian nuclear energy capability over the next few years". The two also exchanged views on regional issues surrounding Iran, Nepal, and Sri Lanka.
Saran and Burns head the Indo-US joint working group on civil nuclear energy cooperation. India is looking to nuclear energy as a solution for its growing energy requirements. The country is hoping that the discussions will lead to the lifting of restrictions on nuclear technology transfer imposed by the US since India's nuclear tests in 1998. The US has requested a number of safeguards in exchange. India has been asked to separate its military and civilian nuclear programmes, and allow the International Atomic Energy Agency (IAEA) to inspect its civilian reactors while continuing its moratorium on nuclear testing. If the deal goes through, the US would be making an exception in the case of India, which is not a signatory to the Nuclear Non-Proliferation Treaty (NPT). The two sides claimed that there is enough good will and trust to reach an agreement while admitting to have encountered difficulties that required more work.
US engagement with India
This is the US Undersecretary's second visit to New Delhi since October and part of an ongoing US engagement that has recently involved others including US Secretary of State Condoleezza Rice and US Senator John Kerry. Later this year, President Bush is expected to bestow a state visit to the country. The trip which is currently planned for the first week of March will only be the fifth such visit by a US President to India. Bill Clinton was the last president to visit India in March 2000.
The two countries announced a significant breakthrough in July of last year when the US agreed to help India with nuclear fuel for its Tarapur reactor. This was a huge policy change since India had been denied use of dual-use technology for almost three decades while it remained outside the NPT. The Bush administration defended the move by describing India as a responsible nuclear power and announced that it would work with the US Congress on passing the necessary legislation to achieve full nuclear energy cooperation with India.
The agreement has some members of the Congress concerned with opposition from both Democrats and Republicans. Critics believe the deal could harm efforts to curb the spread of nuclear weapons and potentially jeopardize the NPT. The agreement also hinges on the details surrounding the separation of India's military and civilian nuclear facilities. This may not be very easy as some of the country's nuclear research facilities are thought to contribute to both fields. US senator John Kerry has supported the deal "in principle" while saying that the fine print of the agreement would need to be studied when Congress votes on the issue. Kerry is a member of the US Senate Foreign Relations Committee and met with the Indian Prime Minister and other senior officials earlier this month.
Emerging global, regional power
The US foreign policy towards India in the recent past shows a transformation recognizing it as an emerging global power and also an important player in regional geo-politics. Some believe that this is part of the longer term US effort to strengthen relations with Asian countries to counter the rise of China.
Recently, Iran's nuclear ambitions have been the cause for displeasure in Washington. US alleges that it is attempting to build nuclear weapons while Iran maintains that it wants the technology only for energy purposes. Ali Larijani, the chief Iranian negotiator with the IAEA complained of dual standards being set by the US and cited India as an example. Iran is bound by the NPT since it is a signatory to the treaty.
US Undersecretary Burns dismissed Larijani's remarks calling them outrageous and saying that it was not possible to compare India and Iran in the nuclear sphere. "[India] has never been a proliferator, and has been very responsible in safeguarding its nuclear technology. On the other hand, you have a government and a regime in Iran, which the IAEA says for 18 years conducted secret nuclear research without revealing it to the IAEA."
India which has had a long-standing close relationship with Iran has supported the initiative taken by the European-3 to find a solution to the issues related to Iranian nuclear program. Saran said that he would not like to see a confrontation developing in a region that is so close to India and recommended developing an international consensus. India which is looking to secure its natural gas supplies has signed a deal with Iran for a $7 billion gas pipeline project. This deal has been strongly opposed by the United States. Work is expected to commence in 2007 and the project will be owned and operated by a consortium from Iran, India and Pakistan as well as some international energy companies.''',
    quotes=[
        Q('"India\'s position is unique', 'to these talks"', "Nicholas Burns"),
        Q('"We have shared with the United States', 'next few years"', "Shyam Saran"),
        Q('"in principle"', None, "John Kerry"),
        Q('"[India] has never been', 'to the IAEA."', "Nicholas Burns"),
    ],
    aliases={"Nicholas Burns": ["Burns", "US Undersecretary Burns"], "Shyam Saran": ["Saran"], "John Kerry": ["Kerry", "US Senator John Kerry"]},
),
dict(
    id="wn-en-2008-12-23-hamas-ends-truce-with-israel",
    source="https://en.wikinews.org/wiki/Hamas_ends_truce_with_Israel",
    license=LIC, retrieved=AMG.format("AMALGUM_news_hamas") + " (the captions 'Shelter in Sderot, Israel' and 'Hamas mural' dropped; the mark the copy tags as closing after 'Palestinian factions.' opens Fawzi Barhum's quotation and is written with no space after it, H572)",
    text='''Hamas ends truce with Israel
Tuesday, December 23, 2008
Hamas declared a formal end to the six-month Israel-Hamas Egyptian-brokered truce at 4 a.m. GMT which was set to expire today. The pact had begun to fail weeks ago with tit-for-tat attacks across Israel's border with the Gaza Strip. The past six months have seen a dramatic drop in the number of rockets and mortars fired into Israel from Gaza. Yesterday saw an escalation of the violence, beginning with an Israeli air raid on Gaza and Hamas responded to Israel's attack by firing eight rockets and five mortars at Israel's southern towns. However the past three days have seen up to 50 rockets fired, and Israeli operations in Gaza. The European Union called for an "immediate cessation" of both Palestinian rocket fire and Israeli incursions.
"The calm is over", said Hamas official Ayman Taha, after talks with other Palestinian factions. "The calm, which was reached with Egyptian sponsorship on June 19 and expires on December 19, is finished because the enemy did not abide by its obligations," said Fawzi Barhum, a spokesman for the Hamas. "The truce will end tomorrow." Hamas has also released a training video, and warned Israel that any attacks on Gaza would "open the doors of the battle wide".
"We think the lull is in the best interest of both sides," stated Israel Foreign Ministry spokesman Yigal Palmor. "We would like it to continue. If Hamas chooses violence over the cease-fire, rocket shooting over the possibility of improving the situation in Gaza, then one must ask oneself whether Hamas has the best interests of its people in mind or whether there are foreign interests that are involved."
Hamas have said that Israel had failed to ease its blockade of Gaza but Israeli officials insist that there was no commitment to ease the siege. The UN's relief agency described the situation as a "profound human dignity crisis". A BBC correspondent said that "the best pragmatists on both sides can hope for is that the end of truce will not necessarily lead to a major outbreak of fighting."
In the week leading up to the end of the truce, tens of thousands of Hamas supporters rallied in a Gaza City stadium to celebrate the 21st anniversary of the group's founding during the First Intifada. Mahmoud Zahar, a senior Hamas official, commented that "Hamas has gone from stone-throwing to guns and rockets, from a support base of a few thousand people to a backing of millions in Arab countries and around the world." During the rally a Hamas activist dressed as Gilad Shalit and begged for his life, asking to come home. "I miss my mother and father," he said in Hebrew. The Israeli UN envoy, Professor Gabriela Shalev, decried the Hamas play mocking Gilad Shalit and voiced Israel's outrage.
On Tuesday, 16 December, an Israeli court sentenced Aziz Dweik, the democratically elected head of the Palestinian Legislative Council, the Palestinian parliament, to three years in prison for belonging to Hamas. He was arrested with other politicians after the capture of Gilad Shalit. On Sunday, 14 December, Former U.S. President Jimmy Carter met with Khaled Meshaal, the leader of Hamas' political wing. The five-hour meeting was to discuss negotiations for the release of Gilad Shalit, a corporal in the Israeli Defense Forces. Khaled said Hamas would allow Shalit to send a message to his parents but would not release him. The Interim Arab Parliament (IAP) has called on the international community to work for the release of Palestinian Legislative Council (PLC) Speaker Aziz Dweik.
Palestinian leader Mahmoud Abbas, who is to hold talks with President George W. Bush on Friday, will press Washington to ensure "there is no return to square one once there is a new government in Israel," said Palestinian negotiator Saeb Erakat. The AP reports that President Bush and Abbas are assessing the stalled U.S.-backed negotiations with Israel that will almost certainly fail to meet a year-end deadline for a peace deal. The U.S. Secretary of State Condoleezza Rice has said she believes the Annapolis process is the best way to a peace deal between Israel and the Palestinians. U.N. Security Council endorsed the process as irreversible and urged the two parties to continue talking under its guidelines.''',
    quotes=[
        Q('"immediate cessation"', None, "European Union"),
        Q('"The calm is over"', None, "Ayman Taha"),
        Q('"The calm, which was reached', 'its obligations,"', "Fawzi Barhum"),
        Q('"The truce will end tomorrow."', None, "Fawzi Barhum"),
        Q('"open the doors of the battle wide"', None, "Hamas"),
        Q('"We think the lull', 'both sides,"', "Yigal Palmor"),
        Q('"We would like it to continue.', 'that are involved."', "Yigal Palmor"),
        Q('"profound human dignity crisis"', None, "UN's relief agency"),
        Q('"the best pragmatists', 'outbreak of fighting."', "BBC"),
        Q('"Hamas has gone from', 'around the world."', "Mahmoud Zahar"),
        Q('"I miss my mother and father,"', None, None),
        Q('"there is no return', 'government in Israel,"', "Saeb Erakat"),
    ],
    aliases={"European Union": [], "Ayman Taha": ["Hamas official Ayman Taha"], "Fawzi Barhum": [],
             "Hamas": [], "Yigal Palmor": ["Israel Foreign Ministry spokesman Yigal Palmor"],
             "UN's relief agency": ["The UN's relief agency"], "BBC": ["A BBC correspondent"],
             "Mahmoud Zahar": [], "Saeb Erakat": ["Palestinian negotiator Saeb Erakat"]},
),
dict(
    id="wn-en-2009-01-07-wikinews-shorts-january-7-2009",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_January_7%2C_2009",
    license=LIC, retrieved=AMG.format("AMALGUM_news_gaza") + "; the briefs' headings kept as lines of their own, the source lists under each brief dropped as navigation; the copy's 'US$' and '179.50' joined",
    text='''Wikinews Shorts: January 7, 2009
A compilation of brief news reports for Wednesday, January 7, 2009.
Strike on UN school in Gaza kills 40
Palestinian medical officials report that a United Nations school in Gaza City, which was being used as a shelter for civilians, took a direct hit from an Israeli tank, killing more than 30 Palestinians on the 11th day of the assault. Israeli officials have stated that rocket fire had emerged from within the school. Doctors of the Kamal Adwan Hospital in Jabaliya report that an additional 10 people died at the hospital and they expect an increase in the casualties as more people may be on the way to the hospital.
US Government calls for Gaza ceasefire
Secretary of State, Condoleezza Rice is due at a United Nations Security Council meeting to help bring an end to the Israeli assault. United States Government officials say that they would like an immediate and stable ceasefire.
"We would like an immediate ceasefire, absolutely ... An immediate ceasefire that is durable, sustainable and not time-limited," said Assistant Secretary of State Sean McCormack.
The Israeli Government, however, does not find the "international pressure" high enough to call a ceasefire. Reports also say that European Union has given a tacit green light to the Israeli assault, because they failed to come against it.
As of today, the total death toll has increased to 600 Palestinians (100 of which are civilians), and 2,700 are wounded.
Natural gas crisis hits Austria and Turkey on its 6th day
It has been six days since Russia halted the natural gas flow to Ukraine, and therefore to subsequent countries such as Bulgaria, Austria, Turkey, Poland, Romania and Hungary. The Russian natural gas pipeline is the primary source of natural gas for some countries such as Ukraine, Austria and Turkey.
Ukraine is currently in negotiations with Russia in order to restart the gas flow, however Russia has increased the prices from US$179.50 per 1,000 cubic meters to $250 per 1,000 cubic meters for Ukraine.
Austrian Government officials are planning a meeting due to the 90% decrease in natural gas flow coming from Russia. OMV AG reports that Austria has a three-month natural gas reserve which would allow them to get by the winter of 2009. Currently, 51% of Austria's natural gas comes from Russia and only 18% of their natural gas is produced locally.
The Turkish Government says that Turkey is more time-limited in this crisis, since they only have 5 days of natural gas reserve left. However in this situation, Iran has stated that they will increase gas flow to Turkey.''',
    quotes=[
        Q('"We would like an immediate ceasefire', 'not time-limited,"', "Sean McCormack"),
        Q('"international pressure"', None, None),
    ],
    aliases={"Sean McCormack": ["Assistant Secretary of State Sean McCormack"]},
),
]
