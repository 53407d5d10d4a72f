# Held-out English news texts (tests/data/heldout116-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of US federal agencies, all works of the US government in the public domain (17 U.S.C. § 105):
# four NOAA news releases, three from publicaffairs.noaa.gov (two of them in the End of Term web archive,
# webarchive.library.unt.edu): the National Marine Fisheries Service welcomes the National Academy of Sciences salmon
# study (NOAA 95-R153, November 1995, William Stelle), NOAA Fisheries praises the Snake River water-rights agreement
# between Idaho and the Nez Perce Tribe (NOAA 2005-R105, March 2005, Bob Lohn), NOAA's grant to Restore America's
# Estuaries (NOAA 2004-R919, July 2004, Conrad C. Lautenbacher and Mark Wolf-Armstrong), and one from noaa.gov ($260
# million in fish passage funding opportunities, Commerce Secretary Gina Raimondo); an EPA headquarters release on the
# updated Administrator's Emphasis List of Superfund sites (epa.gov, April 2018, Scott Pruitt); two U.S. Fish and
# Wildlife Service releases from the refuge realty archive on fws.gov on Migratory Bird Conservation Commission
# approvals (1998, director Jamie Rappaport Clark; 2002, director Steven Williams); and a Department of the Interior
# release on the Glacial Ridge National Wildlife Refuge purchase (doi.gov, June 2008, Secretary Dirk Kempthorne). None is
# credited to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`). Release-number, contact, date, 'FOR
# IMMEDIATE RELEASE' and site lines and image captions are dropped; wording, capitals, inner spacing and quotation marks
# (straight or curly, as stored) are kept. Annotated by reading the texts, before whosaid was run on them (rules
# H850-H854 in ANNOTATION.md on top of the rules above).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout116-en.jsonl

Built by `build.py` from `heldout116_pages.py`. Like heldout94-en, heldout100-en, heldout103-en and heldout113-en, these
texts are stored web pages (the `pages` search corpus) of US federal agencies, none of them used in a set above: four NOAA
news releases, three from publicaffairs.noaa.gov (two of them in the End of Term web archive, webarchive.library.unt.edu)
– the National Marine Fisheries Service agrees with the National Academy of Sciences salmon study (NOAA 95-R153, November
1995, regional director William Stelle), NOAA Fisheries praises the Snake River water-rights agreement between Idaho and
the Nez Perce Tribe (NOAA 2005-R105, March 2005, regional administrator Bob Lohn), NOAA's grant to Restore America's
Estuaries (NOAA 2004-R919, July 2004, NOAA administrator Conrad C. Lautenbacher and RAE president Mark Wolf-Armstrong) –
and one from noaa.gov ($260 million in fish passage funding opportunities, Commerce Secretary Gina Raimondo); an EPA
headquarters release on the updated Administrator's Emphasis List of Superfund sites (epa.gov, April 2018, Administrator
Scott Pruitt); two U.S. Fish and Wildlife Service releases from the refuge realty archive on fws.gov on Migratory Bird
Conservation Commission approvals (April 1998, director Jamie Rappaport Clark; March 2002, director Steven Williams); and
a Department of the Interior release on the Glacial Ridge National Wildlife Refuge purchase (doi.gov, June 2008,
Secretary Dirk Kempthorne). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP,
Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters; only complete paragraphs are
kept (what was dropped is noted per page). Release-number, contact, date and site lines and captions were dropped;
wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by the names of
their speakers and by 8-word overlap with every existing text: the only shared 8-word sequences are agency formulae and
titles – `Today, the U.S. Environmental Protection Agency (EPA)`, `the National Oceanic and Atmospheric Administration’s
National`, `Assistant Secretary for Fish and Wildlife and Parks` and Lautenbacher's title `retired Navy Vice Adm. Conrad
C. Lautenbacher, Ph.D., undersecretary of commerce for oceans and atmosphere and NOAA administrator`). The annotation
(rules H850–H854 in `ANNOTATION.md` on top of the earlier rules) was committed before whosaid was first run on these
texts, so the first score is a blind one (scored once, blind, by the main session).

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
dict(
    id="fws-gov-2002-03-21-mbcc-approves-refuge-acquisitions",
    source="https://www.fws.gov/Refuges/realty/archives/archive-mbcc03212002.html",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service release of March 2002 in the National Wildlife Refuge System realty archive; the site line 'National Wildlife Refuge System' and the contact line 'Elizabeth Slown, 505-248-6909' dropped; the stored copy has no headline; the list entry 'California: Purchase of a total of 119 acres of wetlands ...', cut in the stored copy, and the rest dropped)",
    text='''The Migratory Bird Conservation Commission approved the acquisition of more than 1,735 acres of important migratory bird habitat on units of the National Wildlife Refuge System in nine states – including 50 acres of wetland habitat within the established boundaries of Trinity River NWR in Liberty County, Texas.
The Cabinet-level commission, chaired by Assistant Secretary for Fish and Wildlife and Parks Craig Manson, approved funds of $3 million to acquire the land. All acquisitions had been previously approved by the affected states.
"The land acquisitions approved by the Migratory Bird Conservation Commission will protect important habitat, ensuring that the National Wildlife Refuge System continues to provide vital nesting, breeding, feeding and resting places for migratory bird populations," said Steven Williams, Director of the U.S. Fish and Wildlife Service, which manages the refuge system. "By working with state, public and private partners, the Commission continues to make sure that the 95 million-acre National Wildlife Refuge System remains the world's premier network of public lands dedicated to wildlife conservation."
Other National Wildlife Refuge System acquisitions approved by the Conservation Commission are:
Maryland: Acquisition of 500 acres of marsh and other wetland habitat to protect wintering areas for migratory waterfowl within the boundaries of Blackwater NWR in Dorchester County.
Arkansas: Acquisition of 50 acres of wetlands to protect waterfowl habitat in Bald Knob NWR in the White County.
Washington: Purchase of 331 acres of waterfowl habitat in Klickitat County within the approved boundaries of Conboy Lake NWR.
Tennessee: Purchase of 161 acres of waterfowl habitat in Lower Hatchie NWR, Lauderdale and Tipton Counties.''',
    quotes=[
        Q('"The land acquisitions approved', 'migratory bird populations,"', "Steven Williams"),
        Q('"By working with state', 'wildlife conservation."', "Steven Williams"),
    ],
),
dict(
    id="fws-gov-1998-04-29-mbcc-approves-refuge-expansion-and-wetlands-projects",
    source="https://www.fws.gov/refuges/realty/archives/archive-mbcc03041998.html",
    license=PD, retrieved=PAGES + " (U.S. Fish and Wildlife Service news release of April 29, 1998 in the National Wildlife Refuge System realty archive; the lines 'National Wildlife Refuge System', 'News Release', 'U.S. Fish and Wildlife Service' and 'For release April 29, 1998  Contact: Rachel F. Levin 202-208-5631' dropped; the stored copy has no headline; the next paragraph of Clark's quotation, '\"The projects funded under the North American Wetlands Conservation Act have been matched two-to-one by funds from private partners such as conservation groups, ...', cut in the stored copy, and the rest dropped, so the kept last paragraph ends inside her open quotation)",
    text='''The Migratory Bird Conservation Commission, a cabinet-level congressional commission chaired by Interior Secretary Bruce Babbitt, approved more than $13 million to be used for expanding the National Wildlife Refuge System, and for 19 wetlands acquisition, restoration and enhancement projects in 15 states.
The refuge system, the world's most unique system of lands devoted to wildlife, will gain more than 6,300 acres to benefit a variety of fish, wildlife and plants, as well as provide recreational and educational opportunities for people, thanks to the $3.4 million approved by the commission at its September 1997 meeting.
The wetlands acquisition, restoration and enhancement projects approved by the commission will be funded through the North American Wetlands Conservation Act, which provides matching grants to private and public organizations and to individuals to carry out wetland conservation projects.
The commission approved more than $10 million in funding under the North American Wetlands Conservation Act matched by nearly $24 million from partners.  Fifteen wetlands-related projects in Mexico will also be funded with $1.3 million, matched by a total of $1.6 million from partners.
"Now that it is spring our thoughts naturally turn to the millions of birds migrating from their wintering grounds in South America," said Jamie Rappaport Clark, director of the Interior Department's U.S. Fish and Wildlife Service, which administers the 92 million-acre refuge system.  "The wetlands acquisitions will provide more habitat for migratory birds and other wildlife to thrive, as well as improving the vitality and health of our National Wildlife Refuge System.''',
    quotes=[
        Q('"Now that it is spring', 'in South America,"', "Jamie Rappaport Clark"),
        Q('"The wetlands acquisitions will provide', 'of our National Wildlife Refuge System.', "Jamie Rappaport Clark"),
    ],
),
dict(
    id="doi-gov-2008-06-12-kempthorne-glacial-ridge-refuge-addition",
    source="http://www.doi.gov/news/archive/08_News_Releases/080612a.html",
    license=PD, retrieved=PAGES + " (Department of the Interior release of June 12, 2008; the lines 'U.S. Department of the InteriorDOI News Header', 'Office of the Secretary', 'FOR IMMEDIATE RELEASE', 'June 12, 2008' and the contact lines ('Contact: Joshua Winchell', '(703) 358-2279', 'Joshua_Winchell@fws.gov') dropped; the headline kept as the first line; the paragraph 'The Commission's approval of refuge acquisitions also secured breeding, resting and feeding habitat ... Projects securing additional wetlands include:' and its list, cut in the stored copy, dropped)",
    text='''Secretary Kempthorne Announces Massive Addition to Wildlife Refuge
As part of a suite of wetlands acquisition and conservation grant approvals, the Migratory Bird Conservation Commission today approved $4 million to purchase more than 18,000 acres of prime prairie wetland and associated grassland habitat for the Glacial Ridge National Wildlife Refuge in northwestern Minnesota – one of the largest purchases ever using dollars generated from Federal Duck Stamp sales and import duties on firearms and ammunition.
Chaired by Secretary of the Interior Dirk Kempthorne, the Commission – comprised of members of Congress and federal cabinet secretaries – also approved the purchase of an additional three thousand acres of waterfowl habitat for inclusion in the National Wildlife Refuge System.
“The purchase of these lands for the Glacial Ridge National Wildlife Refuge symbolizes the tremendous investment our nation’s sportsmen and women have made to natural resource conservation through their purchase of Federal Duck stamps, and through the import duties paid on firearms and ammunition,” said Secretary Kempthorne. “Their contribution helps ensure the songs and sounds of waterfowl and other wetland dependent wildlife will be enjoyed by all Americans for years to come.”
The acquisition of the 18,118 acres for the Glacial Ridge National Wildlife Refuge in Polk County, Minnesota will provide important wetland and grassland habitat for waterfowl species including the mallard, northern pintail, blue-winged teal, ring-necked duck, Canada goose and tundra swan.''',
    quotes=[
        Q('“The purchase of these lands', 'firearms and ammunition,”', "Dirk Kempthorne"),
        Q('“Their contribution helps ensure', 'for years to come.”', "Dirk Kempthorne"),
    ],
    aliases={"Dirk Kempthorne": ["Secretary Kempthorne"]},
),
dict(
    id="noaa-gov-260-million-fish-passage-funding-opportunities",
    source="https://www.noaa.gov/news-release/noaa-biden-harris-administration-makes-260-million-available-for-new-fish-passage-projects",
    license=PD, retrieved=PAGES + " (NOAA news release; headline and subheadline kept as the first two lines; the image caption 'Onlookers watch construction of the removal of Brownsville Dam on the Calapooia River in Oregon in 2007.', stored twice, the second time with '(Image credit: NOAA Fisheries)', dropped; the paragraph 'The two fundin...', cut in the stored copy, and the rest dropped)",
    text='''Biden-Harris Administration makes $260 million available for new fish passage projects as part of Investing in America agenda
Bipartisan Infrastructure Law and Inflation Reduction Act will facilitate fish conservation efforts
Today, NOAA Fisheries is announcing two funding opportunities totaling $260 million through President Biden’s Investing in America agenda to support new fish passage projects, which will not only help protect and restore migrating fish and their habitats, but yield important community and economic benefits.
“Fish are essential to the culture, economy, and way of life of so many communities and tribes. Thanks to President Biden’s Investing in America agenda, we’re going to help local and tribal communities restore passage and build capacity to increase the number of migratory fish across the country,” said U.S. Secretary of Commerce Gina Raimondo. “Beyond fish recovery, these investments will also create good jobs and bolster climate resilience across communities.”
Every year, millions of fish attempt to migrate to their spawning and rearing habitats to reproduce. They are often blocked from completing their journey by human-made barriers, such as dams and culverts. When fish cannot reach their habitat, they cannot reproduce and maintain or grow their populations. Fish passage projects re-open these pathways and are important for the protection and restoration of migrating fish and their habitats.
In addition to species recovery and rebuilding fish populations, fish passage projects yield community and economic benefits. They can also eliminate or lessen public safety hazards, improve climate resilience, decrease flooding, and reduce costs for operations and maintenance.''',
    quotes=[
        Q('“Fish are essential', 'across the country,”', "Gina Raimondo"),
        Q('“Beyond fish recovery', 'across communities.”', "Gina Raimondo"),
    ],
    aliases={"Gina Raimondo": ["U.S. Secretary of Commerce Gina Raimondo"]},
),
]
