# Held-out English news pages (tests/data/heldout123-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the Voice of America and of the U.S. Agency for Global Media, works of the US government in
# the public domain (17 U.S.C. § 105): two VOA news stories on VOA's own sites (voaafrica.com, October 2023: Gaza residents
# who say they have nowhere to go; voanews.com, May 2012: Kabul urges Islamabad against the mass expulsion of Afghan
# migrants), three VOA texts in copies on non-government sites (a VOA Standard English script of October 2008 on the
# assassination of a Kandahar provincial official, on tingroom.com; a VOA story of April 2021 on the indirect US-Iran
# nuclear talks in Vienna, on webjosh.com; a VOA Special English Technology Report on health searches online, on
# luyennghe.com) and a USAGM press release of March 27, 2015 on VOA's interviews with Afghan leaders (usagm.gov). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Site lines ('Accessibility links', 'Breaking
# News', 'News / Asia', 'Click to listen highlighted text!', 'Special English'), image captions, video-box lines, bylines,
# credit lines, the Chinese site label of tingroom.com and the 'More Related News' line of webjosh.com are dropped;
# wording, spelling ('the Kabul has', 'to roundup') and quotation marks (including the stray ” in 'Center”s') are as
# stored. Annotated by reading the pages, before whosaid was run on them (rules H920-H926 in ANNOTATION.md on top of the
# earlier rules).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy on a non-government site)"
PDU = "public domain (USAGM, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout123-en.jsonl

Built by `build.py` from `heldout123_pages.py`. Like heldout22-en, heldout24-en and heldout98-en, these texts are Voice of
America pages taken from stored web pages (the `pages` search corpus), none of them used in a set above: two VOA news
stories on VOA's own sites (voaafrica.com, October 2023: Gaza residents Nowar Diab and Shahd Safi on having nowhere to
go; voanews.com, May 2012: Afghanistan's ambassador Omar Daudzai urges Pakistan not to expel unregistered Afghans), three
VOA texts in copies on non-government sites (the VOA Standard English script of October 2008 on the assassination of a
Kandahar provincial official, with presidential spokesman Humayun Hamidzada, on tingroom.com; the VOA story of April 2021
on the indirect US-Iran nuclear talks in Vienna, with State Department spokesman Ned Price, on webjosh.com; the VOA
Special English Technology Report 'For Many People, First the Doctor's Office, Then the Web', with Susannah Fox of the
Pew Internet Project, on luyennghe.com) and the U.S. Agency for Global Media's release of March 27, 2015 on VOA's
interviews with Ashraf Ghani and Abdullah Abdullah (usagm.gov). All are US government works in the public domain (17
U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000
characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, captions, video-box
lines, bylines, credit lines and site labels were dropped; wording and quotation marks are as stored. None of these
pages is used in any set above (checked by URL, by the names of their speakers and by distinctive phrases against every
existing text, including the other helpers' worktrees). The annotation (rules H920–H926 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-2023-10-gaza-residents-nowhere-to-go",
    source="https://voaafrica.com/a/palestinians-in-gaza-have-nowhere-to-go/7306359.html",
    license=PD, retrieved=PAGES + " (VOA story of October 2023 on voaafrica.com; the site lines 'Accessibility links' and 'Breaking News', the image caption (printed twice) and the two video boxes (their titles 'Palestinians Scramble for Safety as Israel Pounds Gaza' and 'Gaza Resident Details Devastating Israeli Air Strike', 'please wait', 'No media source currently available', the player times, 'Direct link') dropped; the paragraph 'She told VOA s', cut in the stored copy, dropped)",
    text='''Gaza Residents Say They Have Nowhere to Go
WASHINGTON — Palestinians in Gaza say they have nowhere to go to escape Israeli airstrikes as border crossings into Israel and Egypt are closed.
Israel stepped up airstrikes on the Gaza Strip this week and sealed it off from food, fuel and water supplies following Saturday’s deadly attack in Israel.
Gaza resident Nowar Diab, a member of the Palestinian advocacy group, We Are Not Numbers, or WANN, told VOA on Monday the bombardments are literally “everywhere,” but people cannot escape because border crossings are closed.
“We don’t have any place to go,” she said. “We don’t have shelters, so you try to go to any relative’s place, or friends.”
Israel launched the airstrikes in retaliation for Hamas’s bloody incursion into Israel near the Gaza border, but Diab took issue with calling the assault an incursion “because this land, the whole land is like, our land.”
Diab said it’s the first time in many years, “that Palestinians have taken a step” and that for the first time “it feels like we’re not the victims.”
Diab added that she doesn’t support “killing the innocent whether from their side or our side,” she said. “It’s completely unfair for innocent people to die but mind you, we have been living in this situation forever.”
Shahd Safi, a freelance journalist based in Gaza said, “there are many people who are being killed; only a few get warnings.”''',
    quotes=[
        Q('“everywhere,”', None, "Nowar Diab"),
        Q('“We don’t have any place', 'place to go,”', "Nowar Diab"),
        Q('“We don’t have shelters', 'or friends.”', "Nowar Diab"),
        Q('“because this land', 'our land.”', "Nowar Diab"),
        Q('“that Palestinians have taken a step”', None, "Nowar Diab"),
        Q('“it feels like', 'not the victims.”', "Nowar Diab"),
        Q('“killing the innocent', 'our side,”', "Nowar Diab"),
        Q('“It’s completely unfair', 'situation forever.”', "Nowar Diab"),
        Q('“there are many people', 'get warnings.”', "Shahd Safi"),
    ],
    aliases={"Nowar Diab": ["Gaza resident Nowar Diab", "Diab"],
             "Shahd Safi": []},
),
dict(
    id="voa-en-2012-05-kabul-urges-islamabad-against-mass-expulsion",
    source="http://www.voanews.com/content/afghanistan_urges_pakistan_against_refugee_expulsion/667099.html",
    license=PD, retrieved=PAGES + " (VOA story of May 2012; the section line 'News / Asia', the image caption (printed twice) and the byline (Ayaz Gul) dropped; the paragraph 'Afghanistan's economic, education and health conditions, although improved, aren't sufficient to', cut in the stored copy, dropped; 'the Kabul has' and 'to roundup' as stored)",
    text='''Kabul Urges Islamabad Against Mass Expulsion
ISLAMABAD -- Afghanistan is urging authorities in neighboring Pakistan to abandon plans to expel tens of thousands of unregistered Afghan migrants from the country.
The United Nations refugee agency (UNHCR) estimates there are currently 1.7 million registered Afghan refugees in Pakistan, but local officials say tens of thousands of others are residing in the country illegally.
The government of northwestern Khyber Pakhtunkhwa province, which borders Afghanistan, says around 400,000 unregistered Afghans reside in the provincial capital, Peshawar, alone.
Last month, the provincial government ordered all unregistered migrants to pack up and go back to Afghanistan by May 25, blaming them for the worsening security situation in the city, where Taliban militants have carried out frequent attacks.
Authorities have vowed to launch a police crackdown after the deadline to roundup the illegal immigrants and hand them over to Afghan authorities on the border.
Afghanistan's ambassador to Islamabad, Omar Daudzai, says the Kabul has serious concerns about the decision and wants Pakistani officials to cancel the plan.
"They should review the deadline, and we should hold bilateral talks and come up with a joint plan for a dignified, voluntary and orderly return of the Afghan refugees," he said.
Forced repatriation, he added, creates room for police to harass Afghan refugees irrespective of legal status.
"We want our Afghan refugees to come back to our country, but not on the basis of expulsion," he said. "Whether they are registered or not registered, for [the Afghan government] they are the same, and we have to deal with them in the same way."''',
    quotes=[
        Q('"They should review', 'Afghan refugees,"', "Omar Daudzai"),
        Q('"We want our Afghan', 'basis of expulsion,"', "Omar Daudzai"),
        Q('"Whether they are registered', 'same way."', "Omar Daudzai"),
    ],
    aliases={"Omar Daudzai": []},
),
dict(
    id="voa-en-2008-10-afghan-provincial-official-assassinated",
    source="https://tingroom.com./print_64260.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English script of October 2008 on tingroom.com, a language-learning site; the site's Chinese label before the headline ('VOA标准英语10月-') and after it ('(在线收听) | ||'), the ' | ||' after the last paragraph and the closing line with the address of the original page dropped; the headline kept as the first paragraph)",
    text='''Afghan Provincial Official Assassinated
There is continuing violence in southern Afghanistan, where a resurgent Taliban is continuing to carry out strikes against civilians. VOA correspondent Steve Herman reports from Kabul. A Kandahar provincial official and his bodyguard on their way to work were shot dead by two gunmen on a motorbike. Dost Mohammad Arghestani headed the labor and social affairs department. The killing is similar to the September 28 assassination of Kandahar's most senior policewoman. The Taliban claimed responsibility for shooting her. Along with Taliban rebels, organized criminal gangs, including the drug mafia, are also blamed for killings there. The assassinations are a challenge to President Hamid Karzai, up for re-election next year, to convince Afghans that they are better off than they were before the Taliban were driven from power. The major complaint of the Afghan public is despite democracy, a massive international military presence, and billions of dollars of foreign aid, security is deteriorating and official corruption is rampant. Responding to the assassination in Kandahar, presidential spokesman Humayun Hamidzada says the Afghan government is doing all it can to protect its public servants.
"Unfortunately we have enemies who are sworn or determined to destroy the way of life," he said. "They are determined to destroy what we have achieved in the past six years. And by attacking civilians cowardly they are showing one more time that they are purely terrorists and that they have no mission."''',
    quotes=[
        Q('"Unfortunately we have enemies', 'way of life,"', "Humayun Hamidzada"),
        Q('"They are determined', 'no mission."', "Humayun Hamidzada"),
    ],
    aliases={"Humayun Hamidzada": ["presidential spokesman Humayun Hamidzada"]},
),
dict(
    id="voa-en-2021-04-us-iran-indirect-nuclear-talks-constructive",
    source="https://webjosh.com/article/us-iran-see-indirect-nuclear-talks-as-constructive%C2%A0-1617797279-47183",
    license=PDC, retrieved=PAGES + " (copy of a VOA story of April 2021 on webjosh.com, a news aggregator; the credit line 'Voice of America' under the headline dropped; the aggregator's 'More Related News' line, which runs into the last sentence ('against Iran.More Related News'), and the image captions after it dropped, so the paragraph ends at 'against Iran.')",
    text='''US, Iran See Indirect Nuclear Talks as Constructive
U.S. and Iranian officials are calling talks in Vienna productive as the two sides and the other signatories of a 2015 agreement on Iran’s nuclear program work to revive the deal.
U.S. State Department spokesman Ned Price said there is no expectation of direct negotiations for now, but that the United States is “open to them because we are open to diplomacy.” He said the meetings in Vienna are a “potentially useful step as we seek to determine what it is that the Iranians are prepared to do to return to compliance” with the agreement, which limited Iran’s nuclear program in exchange for sanctions relief. The United States withdrew in 2018 under then-President Donald Trump, a move that included enacting economic sanctions against Iran.''',
    quotes=[
        Q('“open to them', 'open to diplomacy.”', "Ned Price"),
        Q('“potentially useful step', 'return to compliance”', "Ned Price"),
    ],
    aliases={"Ned Price": ["U.S. State Department spokesman Ned Price"]},
),
dict(
    id="usagm-en-2015-03-27-afghan-leaders-tell-voa",
    source="https://www.usagm.gov/2015/03/27/relations-with-us-are-back-on-track-afghan-leaders-tell-voa/",
    license=PDU, retrieved=PAGES + " (U.S. Agency for Global Media press release of March 27, 2015 on usagm.gov; the paragraph 'Amid the interviews, VOA’s Afghanistan Service produced ... Both special reports were carried', cut in the stored copy, dropped)",
    text='''Relations with US Are Back on Track, Afghan Leaders Tell VOA
WASHINGTON, D.C. — Voice of America gave millions of Afghans a front row view of their new leaders visiting Washington with exclusive interviews and live coverage of their meetings with President Obama, the Secretaries of State and Defense and a speech to Congress.
Afghanistan’s President Ashraf Ghani and Chief Executive Officer Abdullah Abdullah each gave interviews to VOA emphasizing their desire to strengthen ties between the two countries that became badly frayed in the final months of former President Hamid Karzai’s term.
Within hours of his arrival in Washington Sunday, Ghani told VOA reporter Said Suleiman Ashna that he was determined “to create the type of coordination and cooperation that both ensures Afghanistan’s national interests and secures United States vital interests in the region.”
Ghani also discussed a major goal of his visit: To persuade the United States not to cut U.S. troop levels in Afghanistan. After two days of talks with U.S. officials, Ghani achieved that goal. President Obama announced that the nearly 10,000 U.S. troops stationed in Afghanistan would remain there until the end of the year, despite earlier plans to cut them by half. In addition, the Obama Administration promised to ask Congress to fund Afghan national security forces through 2017.
In a separate interview with VOA on Wednesday, Abdullah Abdullah, Ghani’s partner in the national unity government, stressed his commitment to hold Afghanistan’s government together. “Those who expect the national unity government to collapse,” he said, “will be sorely disappointed.” Abdullah ran for president against Ghani last year.''',
    quotes=[
        Q('“to create the type', 'in the region.”', "Ashraf Ghani"),
        Q('“Those who expect', 'to collapse,”', "Abdullah Abdullah"),
        Q('“will be sorely disappointed.”', None, "Abdullah Abdullah"),
    ],
    aliases={"Ashraf Ghani": ["Afghanistan’s President Ashraf Ghani", "Ghani"],
             "Abdullah Abdullah": ["Chief Executive Officer Abdullah Abdullah", "Abdullah"]},
),
dict(
    id="voa-en-special-english-first-the-doctors-office-then-the-web",
    source="http://luyennghe.com/category/special-english/",
    license=PDC, retrieved=PAGES + " (copy of a VOA Special English Technology Report on luyennghe.com, a language-learning site, on its 'Special English' category page; the site lines 'Click to listen highlighted text!', 'Special English' and '/Special English' dropped; the paragraph 'Dr. Jeff Livingston operates', cut in the stored copy, dropped; the stray ” in 'Pew Research Center”s' and the speaker labels 'SUSANNAH FOX:' of the script as stored)",
    text='''For Many People, First the Doctor’s Office, Then the Web
This is the VOA Special English Technology Report.
A new survey finds that more than eighty percent of Internet users in the United States search for health information online. The survey is from the Pew Research Center”s Internet and American Life Project and the California HealthCare Foundation.
Susannah Fox from the Pew Internet Project says doctors are still the main source of health information. But the survey found that searching online is one of the leading ways that people look for a second opinion.
SUSANNAH FOX: “People are sort of fact-checking what they have heard from a doctor. Our studies show that people are still very likely to turn to a health professional when they need a diagnosis or are planning a treatment.”
Forty-four percent of people are actually looking for doctors or other providers when they search for health information online.
Another finding of the survey: Two-thirds of Internet users look online for information about a specific disease or medical condition.
The Internet has also become an important source of emotional support for people with health problems. Susannah Fox says one in five Internet users has gone online to find other people who have the same condition.
SUSANNAH FOX: “It was more prevalent among people with more serious health issues — one in four people living with chronic disease. And it was basically off the charts with people living with rare disease. They are so eager to find other people online who share their health concerns.”
A disease is considered rare if it affects fewer than two hundred thousand people worldwide. The rise of social networking has made it easier for people with rare diseases to connect with each other and feel less alone.
Social networking is also changing the way some doctors and patients communicate with each other.''',
    quotes=[
        Q('“People are sort of', 'planning a treatment.”', "Susannah Fox"),
        Q('“It was more prevalent', 'health concerns.”', "Susannah Fox"),
    ],
    aliases={"Susannah Fox": ["SUSANNAH FOX"]},
),
]
