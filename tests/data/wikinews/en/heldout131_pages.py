# Held-out English news texts (tests/data/heldout131-en.jsonl), none of them used in an earlier set, taken from stored web
# pages (the `pages` search corpus): a scraper-site copy of the English Wikinews article of July 14, 2009 on the National
# Portrait Gallery's legal threat against Derrick Coetzee (CC BY 2.5; shop-suprashoes.com, which reproduces the article
# without its headline) and a Voice of America report of June 19, 2006 on U.S. refugee admissions (voanews.com; VOA, US
# government work, public domain), and a page of Senator Tom Coburn's 'Your Tax Dollars at Work' series of December 5, 2007
# on a Voice of America report (U.S. Senate member page in the govdocs1 corpus; US government work, public domain). None is credited to AP, Reuters, AFP or another third party. Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# Site lines, template boxes and image captions are dropped; wording, spelling, spacing inside paragraphs and quotation
# marks are as stored. Annotated by reading the texts, before whosaid was run on them (rules H995-H998 in ANNOTATION.md
# on top of the earlier rules).
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a scraper site)"
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDS = "public domain (US government work, 17 U.S.C. § 105; U.S. Senate member page)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout131-en.jsonl

Built by `build.py` from `heldout131_pages.py`. Three stored web pages (the `pages` search corpus), none of them used in a
set above: a scraper-site copy (shop-suprashoes.com) of the English Wikinews article 'U.K. National Portrait Gallery
threatens U.S. citizen with legal action over Wikimedia images' of July 14, 2009 (CC BY 2.5), and the Voice of America
report 'US Refugee Admissions Expand to Africa, Iran' by Cindy Saine of June 19, 2006 on voanews.com (public domain, US
government work), and the page 'Voice of America to World: "Ahmadinejad victorious over the United States"' of December 5,
2007 from Senator Tom Coburn's 'Your Tax Dollars at Work' series (a U.S. Senate member page kept in the govdocs1 corpus on
corpora.tika.apache.org; public domain, US government work). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about
2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site lines, template boxes and
captions were dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked
by URL, by the names of their speakers and by distinctive 8-word phrases). The annotation (rules H995–H998 in
`ANNOTATION.md`) was committed before whosaid was first run on these texts, so the first score is a blind one (scored
once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2009-07-14-national-portrait-gallery-threatens-us-citizen",
    source="https://shop-suprashoes.com/page/17",
    license=WNS, retrieved=PAGES + " (scraper-site listing page holding a copy of the Wikinews article 'U.K. National Portrait Gallery threatens U.S. citizen with legal action over Wikimedia images'; the copy has no headline and begins with the date line; the Wikinews template line 'This article mentions the Wikimedia Foundation, one of its projects, or people related to it. Wikinews is a project of the Wikimedia Foundation.' and the image caption 'Logo of the NPG' dropped; the paragraph 'The copyright protection mechanism referred to is Zoomify, ... NPG’s solicitors stated in their ...', cut in the stored copy, and the rest of the page dropped)",
    text='''Tuesday, July 14, 2009
The English National Portrait Gallery (NPG) in London has threatened on Friday to sue a U.S. citizen, Derrick Coetzee. The legal letter followed claims that he had breached the Gallery’s copyright in several thousand photographs of works of art uploaded to the Wikimedia Commons, a free online media repository.
In a letter from their solicitors sent to Coetzee via electronic mail, the NPG asserted that it holds copyright in the photographs under U.K. law, and demanded that Coetzee provide various undertakings and remove all of the images from the site (referred to in the letter as “the Wikipedia website”).
Wikimedia Commons is a repository of free-to-use media, run by a community of volunteers from around the world, and is a sister project to Wikinews and the encyclopedia Wikipedia. Coetzee, who contributes to the Commons using the account “Dcoetzee”, had uploaded images that are free for public use under United States law, where he and the website are based. However copyright is claimed to exist in the country where the gallery is situated.
The complaint by the NPG is that under UK law, its copyright in the photographs of its portraits is being violated. While the gallery has complained to the Wikimedia Foundation for a number of years, this is the first direct threat of legal action made against an actual uploader of images. In addition to the allegation that Coetzee had violated the NPG’s copyright, they also allege that Coetzee had, by uploading thousands of images in bulk, infringed the NPG’s database right, breached a contract with the NPG; and circumvented a copyright protection mechanism on the NPG’s web site.''',
    quotes=[
        Q('“the Wikipedia website”', None, "National Portrait Gallery"),
        Q('“Dcoetzee”', None, None),
    ],
    aliases={"National Portrait Gallery": ["English National Portrait Gallery", "NPG", "the Gallery"]},
),
dict(
    id="voa-en-2006-06-19-us-refugee-admissions-expand-to-africa-iran",
    source="http://www.voanews.com/a/a-13-2006-06-19-voa61/315356.html",
    license=PD, retrieved=PAGES + " (VOA report by Cindy Saine; the line 'Accessibility links' dropped; the headline kept as the first line; the paragraph 'The United States works closely with the United Nations High Commissioner for Refugees, which operates in 117 countries. A UNHCR represent...', cut in the stored copy, dropped)",
    text='''US Refugee Admissions Expand to Africa, Iran
The United States is the single largest donor country to the United Nations High Commissioner for Refugees and has the world's largest refugee resettlement program. VOA's Cindy Saine reports on the State Department's efforts to help millions of displaced persons and victims of armed conflicts.
The United States has admitted more than 2.6 million refugees as part of its resettlement program since 1975. First, refugees are identified, their cases are judged individually, based on past persecution or justified fear of persecution, and if they are accepted, they are brought to the United States to live, and given integration assistance.
This year, the State Department says it is expecting up to 13,000 refugees from East Africa to arrive in the United States, mainly from Burundi and Ethiopia, as well as Burundians living in Tanzania. The State Department says thousands of applications are coming in from Vietnam, and it hopes to admit ethnic Karen refugees from Burma.
A senior State Department official for refugees, Kelly Ryan, said there is positive news on refugees from Iran. "And, we are pleased that the number of applicants from Iran has more than doubled in the past year, from 2,000 to 4,000," said Kelly Ryan. "These are ethnic - religious and ethnic minorities from Iran that will be coming to the United States, when they are approved."
The United States has admitted the first six refugees from North Korea, who are now living in New Jersey. Ryan said the State Department has the authority to accept more refugees from North Korea, but it is a question of access.
Ryan said one problem facing the U.S. resettlement program is money:
"The president authorized us to admit up to 70,000 refugees this year," she said. "Unfortunately, we were funded for only 54,000."''',
    quotes=[
        Q('"And, we are pleased', 'to 4,000,"', "Kelly Ryan"),
        Q('"These are ethnic', 'they are approved."', "Kelly Ryan"),
        Q('"The president authorized us', 'this year,"', "Kelly Ryan"),
        Q('"Unfortunately, we were funded', '54,000."', "Kelly Ryan"),
    ],
    aliases={"Kelly Ryan": ["Ryan"]},
),
dict(
    id="us-senate-2007-12-05-coburn-voice-of-america-ahmadinejad",
    source="https://corpora.tika.apache.org/base/docs/govdocs1/080820.html",
    license=PDS, retrieved=PAGES + " (page of Senator Tom Coburn's 'Your Tax Dollars at Work' series, December 5, 2007, as kept in the govdocs1 corpus of U.S. government web pages; the lines 'Website Header', 'Your Tax Dollars at Work - Home' and 'Print this page' (twice) dropped; the bullet marks of the 'Key facts:' list dropped, each item kept as a line; the signature block 'Senator Tom Coburn', the subcommittee name, the office address, phone and fax lines and the button labels ('Email Alerts Signup!', 'Oversight Action button', ... 'RSS Feed') dropped as site chrome)",
    text='''December 5, 2007
Voice of America to World: "Ahmadinejad victorious over the United States"
Shortly after the release of the 2007 U.S. National Intelligence Estimate on Iran’s nuclear program, the Voice of America repeated claims made by President Ahmadinejad of Iran that he is victorious over the United States. The report goes on to repeat other claims made by Ahmadinejad including that the U.S. report vindicates the regime’s denial of developing capabilities useful for nuclear weapons.
This taxpayer funded article failed to rebut these claims with informed, U.S. viewpoints or quotes from the National Intelligence Estimate such as the acknowledgement that Iran is currently enriching uranium, a necessary step towards nuclear weaponization. 
In October at the United Nations, Voice of America came under fire for failing to use its reports to be the balance to statements made by the regimes of Burma and Iran.
Key facts:
The charter of Voice of America (VOA) states “VOA will present the policies of the United States clearly and effectively, and will also present responsible discussions and opinion on these policies.”
The U.S. taxpayer provides over $650 million annually for international broadcasting such as the Voice of America.''',
    quotes=[
        Q('"Ahmadinejad victorious over the United States"', None, "Ahmadinejad"),
        Q('“VOA will present the policies', 'on these policies.”', "Voice of America"),
    ],
    aliases={"Ahmadinejad": ["President Ahmadinejad"], "Voice of America": ["VOA"]},
),
]
