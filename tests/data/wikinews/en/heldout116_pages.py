# Held-out English news texts (tests/data/heldout116-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal agencies, all works of the US government in the public domain (17 U.S.C. § 105):
# three NOAA news releases from publicaffairs.noaa.gov, two of them in the End of Term web archive
# (webarchive.library.unt.edu): the National Marine Fisheries Service welcomes the National Academy of Sciences salmon
# study (NOAA 95-R153, November 1995, William Stelle), NOAA Fisheries praises the Snake River water-rights agreement
# between Idaho and the Nez Perce Tribe (NOAA 2005-R105, March 2005, Bob Lohn) and NOAA's grant to Restore America's
# Estuaries (NOAA 2004-R919, July 2004, Conrad C. Lautenbacher and Mark Wolf-Armstrong); and an EPA headquarters release
# on the updated Administrator's Emphasis List of Superfund sites (epa.gov, April 2018, Scott Pruitt). None is credited
# to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Release-number, contact, date and
# 'FOR IMMEDIATE RELEASE' lines, NOAA's site lines ('NOAA News Releases 2005', 'NOAA Home Page', 'NOAA Public Affairs')
# and EPA's date and section line are dropped; wording, capitals, inner spacing and quotation marks (straight or curly,
# as stored) are kept. Annotated by reading the texts, before whosaid was run on them (rules H850-H853 in ANNOTATION.md
# on top of the rules above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
NOAA_LINES = "the release number, contact and site lines ('NOAA News Releases', 'NOAA Home Page', 'NOAA Public Affairs') dropped"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout116-en.jsonl

Built by `build.py` from `heldout116_pages.py`. Like heldout94-en, heldout100-en, heldout103-en and heldout113-en, these
texts are stored web pages (the `pages` search corpus) of US federal agencies, none of them used in a set above: three
NOAA news releases from publicaffairs.noaa.gov (two of them in the End of Term web archive, webarchive.library.unt.edu):
the National Marine Fisheries Service agrees with the National Academy of Sciences salmon study (NOAA 95-R153, November
1995, regional director William Stelle), NOAA Fisheries praises the Snake River water-rights agreement between Idaho and
the Nez Perce Tribe (NOAA 2005-R105, March 2005, regional administrator Bob Lohn) and NOAA's grant to Restore America's
Estuaries (NOAA 2004-R919, July 2004, NOAA administrator Conrad C. Lautenbacher and RAE president Mark Wolf-Armstrong);
and an EPA headquarters release on the updated Administrator's Emphasis List of Superfund sites (epa.gov, April 2018,
Administrator Scott Pruitt). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Release-number, contact, date and site lines were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of their
speakers and by 8-word overlap with every existing text: the only shared 8-word sequences are agency formulae,
`Today, the U.S. Environmental Protection Agency (EPA)`, `the National Oceanic and Atmospheric Administration’s National`
and Lautenbacher's title `retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D., undersecretary of commerce for oceans and
atmosphere and NOAA administrator`). The annotation (rules H850–H853 in
`ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these texts, so the first score
is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="noaa-1995-11-09-nas-salmon-study-reinforces-recovery-efforts",
    source="http://www.publicaffairs.noaa.gov/pr95/nov95/noaa95-r153.html",
    license=PD, retrieved=PAGES + " (NOAA release 95-R153 of November 9, 1995; the lines 'NOAA 95-R153', 'Contact:  Brian Gorman  FOR IMMEDIATE RELEASE', '(206) 526-6613  11/9/95' dropped; the headline kept as the first line; the paragraph 'The recommendations of the Academy mirror the fisheries service's approach in a number of important respects, including:' and its hard-wrapped list of recommendations, cut in the stored copy, dropped)",
    text='''NATIONAL ACADEMY OF SCIENCES SALMON STUDY REINFORCES RECOVERY EFFORTS ALREADY UNDERWAY
The Commerce Department's National Marine Fisheries Service today agreed with recommendations by the National Academy of Sciences for the long-term protection of Pacific Northwest salmon, saying the NAS proposals confirm the scientific soundness of the service's own conservation program.
"The recommendations of the Academy reflect the basic elements of our program for recovering salmon and steelhead, and confirm that it rests on a solid scientific foundation," said William Stelle, the regional director for the National Marine Fisheries Service in Seattle.
"We have said all along that we are committed to decision making based on good science, and this report confirms that commitment."
The 388-page NAS report, the result of a Congressional request in 1992, focuses on the population status, habitat and environmental requirements of all seven salmon or salmon-related species in Washington, Oregon, Idaho and California. The species are chinook, chum, coho, pink and sockeye salmon, and steelhead and sea run cutthroat trout.
The report says Pacific salmon have disappeared from about 40 percent of their historical breeding ranges over the past 100 years and many of their remaining populations are severely reduced.''',
    quotes=[
        Q('"The recommendations of the Academy reflect', 'scientific foundation,"', "William Stelle"),
        Q('"We have said all along', 'confirms that commitment."', "William Stelle"),
    ],
),
dict(
    id="noaa-2005-03-24-noaa-fisheries-praises-snake-river-salmon-agreement",
    source="https://webarchive.library.unt.edu/eot2008/20090506002542/http:/www.publicaffairs.noaa.gov/releases2005/mar05/noaa05-r105.html",
    license=PD, retrieved=PAGES + " (End of Term web archive copy of NOAA release 2005-R105 of March 24, 2005; the lines 'NOAA 2005-R105', 'FOR IMMEDIATE RELEASE', 'Contact: Brian Gorman', '3/24/05' and the site lines ('NOAA News Releases 2005', 'NOAA Home Page', 'NOAA Public Affairs') dropped; headline and subheadline kept as the first two lines; the paragraph 'The agreement includes significant long-term benefits for Endangered Species Act-listed salmon and steelhead, ...', cut in the stored copy, and the rest dropped)",
    text='''NOAA FISHERIES PRAISES SIGNING OF SNAKE RIVER SALMON AGREEMENT
Local, State, Tribal Cooperative Pact Touted as ‘Major Contribution’ to Salmon Recovery
Calling it a “significant step” in salmon recovery, the National Oceanic and Atmospheric Administration’s National Marine Fisheries Service today expressed its support for Idaho’s agreement with the Nez Perce Tribe to settle water rights claims in the Snake River Basin. NOAA is an agency of the U.S. Department of Commerce.
“Salmon recovery took another significant step forward today,” said Bob Lohn, Northwest regional administrator for NOAA Fisheries. “Impressive, and in some cases record, numbers of Snake River Chinook salmon and steelhead are returning and today’s commitment to conservation and habitat improvement will help ensure that more continue to return. While this issue may have taken many years to settle, the agreement now in place will ensure that the benefits of increased salmon returns are realized for many years to come.”
“I congratulate Governor Kempthorne, the Nez Perce Tribe, the Idaho congressional delegation, the Idaho legislature and numerous other stakeholders who worked diligently and cooperatively to achieve an agreement that will greatly help recover salmon and protect Idaho’s economic interests. I look forward to working with the Governor and other Idaho interests to help finalize these plans to ensure salmon and steelhead are protected for generations to come, and to a point where they no longer need to be listed under the Endangered Species Act.”''',
    quotes=[
        Q('‘Major Contribution’', None, None),
        Q('“significant step”', None, "National Marine Fisheries Service"),
        Q('“Salmon recovery took another', 'forward today,”', "Bob Lohn"),
        Q('“Impressive, and in some cases', 'many years to come.”', "Bob Lohn"),
        Q('“I congratulate Governor Kempthorne', 'Endangered Species Act.”', "Bob Lohn"),
    ],
    aliases={"National Marine Fisheries Service": ["NOAA Fisheries"]},
),
dict(
    id="noaa-2004-07-noaa-grant-restore-americas-estuaries",
    source="https://webarchive.library.unt.edu/eot2008/20090506231641/http:/www.publicaffairs.noaa.gov/releases2004/jul04/noaa04-r919.html",
    license=PD, retrieved=PAGES + " (End of Term web archive copy of NOAA release 2004-R919 of July 2004; the lines 'NOAA 2004-R919', 'Contact: Aja Sae-Kung' and the site lines ('NOAA News Releases 2004', 'NOAA Home Page', 'NOAA Public Affairs') dropped; the stored copy has no headline; the paragraph 'The funding will support the creation of a three-year partnership between RAE and the NOAA Restoration Center for coast...', cut in the stored copy, dropped)",
    text='''The National Oceanic and Atmospheric Administration has awarded a grant for over $1.5 million to Restore America’s Estuaries as part of a multi-project cooperative partnership to restore habitat important to the conservation of coastal fisheries in 11 estuaries from Maine to Washington. NOAA is an agency of the U.S. Department of Commerce.
Through this award, RAE will implement habitat restoration projects to benefit marine, estuarine and riparian habitats in 11 major estuaries of the Gulf of Maine, Narragansett Bay, Long Island Sound, Hudson-Raritan Estuary, Chesapeake Bay, Albemarle and Pamlico Sounds, Tampa Bay, Louisiana's Mississippi Delta, Galveston Bay, San Francisco Bay and the Puget Sound.
“NOAA’s goal of healthy coastal habitats and vibrant coastal communities can be accomplished when there is strong local stewardship of the habitats that support our fisheries resources as we have with the Restore America’s Estuaries partnership,” said retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D., undersecretary of commerce for oceans and atmosphere and NOAA administrator. “NOAA and the Bush Administration are working to improve the understanding of our environment and to strengthen local and regional initiatives like habitat restoration, protection and fishery development.”
Mark Wolf-Armstrong, president of Restore America's Estuaries, said, “We are delighted to be partnering with NOAA's Restoration Center for another three years, and we look forward to closing in on the nation's goal of restoring one million acres of estuarine habitat by 2010. Our partnership will build on our earlier successes and result in hundreds of new restoration projects, leading to more engaged communities and healthier coasts for us and our children.”''',
    quotes=[
        Q('“NOAA’s goal of healthy', 'Estuaries partnership,”', "Conrad C. Lautenbacher"),
        Q('“NOAA and the Bush Administration', 'fishery development.”', "Conrad C. Lautenbacher"),
        Q('“We are delighted', 'for us and our children.”', "Mark Wolf-Armstrong"),
    ],
    aliases={"Conrad C. Lautenbacher": ["Vice Adm. Conrad C. Lautenbacher"]},
),
dict(
    id="epa-gov-2018-04-16-pruitt-updates-superfund-emphasis-list",
    source="https://www.epa.gov/newsreleases/administrator-pruitt-updates-list-superfund-sites-targeted-immediate-intense-action",
    license=PD, retrieved=PAGES + " (EPA news release of April 16, 2018; the date and section line 'date 2018-04-16 News Releases from Headquarters › Land and Emergency Management (OLEM)' dropped; headline and subheadline kept as the first two lines; the paragraph 'The updated Administrator’s Emphasis List, like the initial Emphasis List, identifies Superfund sites ...', cut in the stored copy, and the rest dropped)",
    text='''Administrator Pruitt Updates List of Superfund Sites Targeted for Immediate, Intense Action
EPA removes 2 Superfund sites from the Emphasis List and adds 3 as cleanup continues across the country
WASHINGTON — Today, the U.S. Environmental Protection Agency (EPA) released an updated Administrator’s Emphasis List of Superfund sites. The list represents sites identified by the Regions with concurrence from the Administrator that will benefit from his targeted immediate and intense attention. The updated Emphasis List no longer includes the Anaconda Copper Mine in Nevada and San Jacinto River Waste Pits in Texas as cleanup activities progress and completion of specific milestones and timelines at these sites have benefited from the Administrator’s influence. The Casmalia Resources site in California, Delaware Sand & Gravel Landfill site in Delaware, and St. Regis Paper Company site in Minnesota were also added to the list to spur action on cleanup and redevelopment efforts.
“We are making tremendous progress expediting sites through the entire Superfund remediation process,” said EPA Administrator Scott Pruitt. “The updated Emphasis List reflects our commitment to addressing Superfund sites as quickly and safely as possible.”
In elevating EPA’s focus on the Superfund program, Administrator Pruitt has been at the helm of efforts to streamline and improve the program, and accelerate the cleanup and reuse of America’s most contaminated sites. Administrator Pruitt has visited both the Anaconda Copper Mine and San Jacinto River Waste Pits as part of his effort to ensure timely decisions for cleanup of the sites to protect the health and environment of surrounding communities.''',
    quotes=[
        Q('“We are making tremendous progress', 'remediation process,”', "Scott Pruitt"),
        Q('“The updated Emphasis List reflects', 'as possible.”', "Scott Pruitt"),
    ],
    aliases={"Scott Pruitt": ["EPA Administrator Scott Pruitt", "Administrator Pruitt"]},
),
]
