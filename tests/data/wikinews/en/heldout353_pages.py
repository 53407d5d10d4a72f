# Held-out English Wikinews texts (tests/data/heldout353-en.jsonl), none of them used in an earlier set. Four English
# Wikinews articles (CC BY 2.5) taken from stored web pages (the `pages` search corpus): three en.wikinews.org pages
# (the Moscow Cherkizovsky market bomb of August 22, 2006; the Peshawar Khyber Bazaar car bomb of October 9, 2009; the
# Valparaiso fire of April 14, 2014) and a gopher-proxy copy of the Wikinews feed of floodgap.com (the Japan earthquake
# and tsunami of March 11, 2011), which states that Wikinews content is under CC BY 2.5. None is credited to AP, Reuters,
# AFP or another third party (Wikinews names agencies as addressees or sources, which is its own reporting). Site lines
# ('From Wikinews, the free news source you can write!', 'Jump to navigation Jump to search'), photo captions and image
# lines, the gopher copy's licence note, dashed rule and 'Original URL:' line are dropped; the headline is kept once as
# the first line and the date line as the second; a fragment cut by the stored copy is dropped (noted in `retrieved`).
# Wording, spelling, wiki markup left in the text and quotation marks are as stored. Annotated by reading the texts,
# before whosaid was run on them (rules H1875-H1879 in ANNOTATION.md on top of the rules of the sets above).
WN = "CC BY 2.5 (Wikinews)"
WNS = "CC BY 2.5 (Wikinews; copy of the Wikinews article on a site that reprints Wikinews pages)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout353-en.jsonl

Built by `build.py` from `heldout353_pages.py`. Like heldout232-en, heldout248-en and heldout260-en, these texts are
English Wikinews articles (CC BY 2.5, attribution "Wikinews contributors") taken from stored web pages (the `pages`
search corpus), none of them used in a set above, this time reports of bombings and disasters with officials quoted:
'Moscow market bomb kills 10, injures 55' (August 22, 2006), 'Bomb explosion in Pakistani market kills 49' (October 9,
2009) and 'Valparaíso fire displaces thousands, kills at least a dozen' (April 14, 2014), all three en.wikinews.org
pages, and '8.9 magnitude earthquake hits Japan, causes tsunami' (March 11, 2011) from a gopher-proxy copy
(gopher.mills.io) of floodgap.com's Wikinews feed, whose header states that Wikinews content is under the Creative
Commons Attribution 2.5 licence. None is credited to AP, Reuters, AFP or another third party. The stored copies are cut
after about 2,000 characters; only complete paragraphs (for the gopher copy, which prints the body as one run without
paragraph breaks, complete sentences) are kept and the cut fragment is dropped. Site lines, photo captions and image
lines, the gopher copy's licence note, dashed rule and 'Original URL:' line were dropped; the headline is kept once as
the first line and the date line as the second; wording, the wiki markup left in the Peshawar text and quotation marks
are as stored. Pages read but left out: 'Mugabe claims 'sweeping victory' of Zimbawe election' (its Mugabe quotation is
already in heldout13-en), 'Suicide bomber kills 30 in northwest Pakistan' and 'Afghanistan: 17 killed, 47 injured in
Afghan suicide attack on market' (one quotation or none, below the two that `build.py` requires), the Audio Wikinews
brief of June 10, 2010 (its only quotation is in the paragraph cut by the stored copy), the Chilean miners, Berlin
injunction and rhuntford.com Connel crash pages (already in heldout39-en, heldout297-en's list and heldout232-en), the
canadiancontent.net copy of the Benazir Bhutto article (no Wikinews attribution or licence on the page) and the AMALGUM
news files still listable in the index (all used or judged unusable by the sets above). None of the pages used is in any
set above or in another helper's worktree: checked by URL, by title and by the names and phrases 'Cherkizovsky', 'Yuri
Syomin', 'Novaya Yevrazia', 'Shafqat Malik', 'Khyber Bazaar', 'Rehman Malik', 'tremendous tragedy', 'La Cruz
neighborhood', 'seventeen aircraft', 'Ichihara', 'generate tsunamis potentially dangerous' and 'Based on all available
data a tsunami' with grep over tests/data of /work/main and of every /work/wt-* worktree (no hit except 'Michelle
Bachelet', named in heldout59-en's Global Voices post on another matter). The annotation (rules H1875–H1879 in
`ANNOTATION.md` on top of H1–H1874) was committed before whosaid was first run on these texts, so the first score is a
blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2006-08-22-moscow-market-bomb-kills-10-injures-55",
    source="https://en.wikinews.org/wiki/Moscow_market_bomb_kills_10,_injures_55",
    license=WN, retrieved=PAGES + " (en.wikinews.org page; the 'From Wikinews, the free news source you can write!' and 'Jump to navigation Jump to search' lines and the empty lines between paragraphs dropped; headline kept once as the first line, date line second; the stored part ends with the Grigoryev paragraph, which is complete; '1kg (2.2 US lbs)' and the full stops after the closing marks as stored; Syomin's partial quotation in reported speech (H1879))",
    text='''Moscow market bomb kills 10, injures 55
Tuesday, August 22, 2006
A home-made bomb containing more than 1kg (2.2 US lbs) of TNT exploded at Moscow's Cherkizovsky market. As of August 22, 2006, ten deaths had been confirmed, including that of six Chinese and one Vietnamese. Two children were also among the blast victims. At least fifty-five more were injured in the attack. Yuri Syomin, the head of the City Prosecutor's Office, says that he "does not rule out a terrorist attack on the eastern Moscow market".
Around 10:30 AM, Vietnamese and Chinese traders heard the explosion. The blast is believed to have originated at Atlantida, a Vietnamese cafe in the Novaya Yevrazia district. Three or four Slavic men left a bag in the cafe, then ran through the doors. As security guards went in pursuit of them, the explosive detonated.
The Russian news agency Itar-Tass reports that three men have been detained in connection with the attacks, while other sources report that only two men have been taken into custody on the charge of murder in the context of racism. Alexei Grigoryev, deputy head of the City Prosecutor's Office, however said, "currently, only witnesses are being brought in for questioning".''',
    quotes=[
        Q('"does not rule out', 'Moscow market"', "Yuri Syomin"),
        Q('"currently, only witnesses', 'for questioning"', "Alexei Grigoryev"),
    ],
    aliases={"Yuri Syomin": ["Yuri Syomin", "the head of the City Prosecutor's Office"],
             "Alexei Grigoryev": ["Alexei Grigoryev", "deputy head of the City Prosecutor's Office"]},
),
dict(
    id="wn-en-2009-10-09-bomb-explosion-in-pakistani-market-kills-49",
    source="https://en.wikinews.org/wiki/Bomb_explosion_in_Pakistani_market_kills_49",
    license=WN, retrieved=PAGES + " (en.wikinews.org page; the 'From Wikinews, the free news source you can write!' and 'Jump to navigation Jump to search' lines and the empty lines between paragraphs dropped; headline kept once as the first line, date line second; the stored part ends with the paragraph on the 80,000 civilians, which is complete; the broken wiki link 'anti-[[Pakistani Taliban|Taliban]' kept as stored (H1878))",
    text='''Bomb explosion in Pakistani market kills 49
Friday, October 9, 2009
Pakistani officials have said that a suspected suicide bomber exploded a car near the provincial legislative assembly that was in session in Peshawar, killing at least 49 people and wounding more than 100 others.
The blast scattered debris and destroyed vehicles in Peshawar's crowded Khyber Bazaar area, located in the center of the city.
"A suicide bomber blew himself up as the car was next to a passenger bus passing through the market," said senior police officer Shafqat Malik. He said that the bomb consisted of fifty kilograms of explosives, and contained shells and bearings to maximise damage.
One eyewitness told the Voice of America news agency he was sitting in his shop when a big explosion shook the area Friday morning, sending dust in the air and causing objects to fall from the walls. A teacher working in a nearby school also said that when he went outside after the blast, he saw bodies lying all around the area.
Pakistani Interior Minister Rehman Malik indicated that such acts of terrorism might force the government to launch a much anticipated anti-[[Pakistani Taliban|Taliban] operation in South Waziristan.
He said that Friday's blast, along with a number of other deadly attacks in Peshawar, shows the government has in his words "no option" but to go on the offensive.
While the military has not publicly set a date for any major operation in the area, UN officials say some 80,000 civilians have fled the region in anticipation of a new offensive.''',
    quotes=[
        Q('"A suicide bomber blew', 'through the market,"', "Shafqat Malik"),
        Q('"no option"', None, "Rehman Malik"),
    ],
    aliases={"Shafqat Malik": ["Shafqat Malik", "senior police officer Shafqat Malik"],
             "Rehman Malik": ["Rehman Malik", "Pakistani Interior Minister Rehman Malik"]},
),
dict(
    id="wn-en-2011-03-11-8-9-magnitude-earthquake-hits-japan-causes-tsunami",
    source="https://gopher.mills.io/gopher.floodgap.com/0/feeds/wikinews/2011/Mar/11/en.wikinews.org-wiki-8.9_magnitude_earthquake_hits_Japan%2C_causes_tsunami",
    license=WNS, retrieved=PAGES + " (gopher-proxy copy of floodgap.com's Wikinews feed; the header 'Originally posted by Wikinews. Wikinews content appears under the Creative Commons Attribution 2.5 license except where specified. As these articles are static snapshots ... may be only preliminary.', the dashed rule and the line 'Original URL: http://en.wikinews.org/wiki/8.9_magnitude_earthquake_hits_Japan,_causes_tsunami' dropped; headline kept as the first line and the date 'March 11, 2011' as the second, as the copy prints them; the body, which the stored copy prints as one run without paragraph breaks, kept as one line up to the last complete sentence ('... remains of a collapsed hotel.'); the cut fragment 'Prime Minister' dropped (H1875); straight marks as stored)",
    text='''8.9 magnitude earthquake hits Japan, causes tsunami
March 11, 2011
A massive 8.9 magnitude earthquake occurred in northern Japan early on Friday. The earthquake's epicenter is 130 km (81 miles) east of Sendai, in the Honshu island of Japan. According to the U.S. Geological Survey, the epicenter was at a depth of 24.4 km (15.2 miles). The earthquake triggered tsunamis in various parts of the country. Japan issued a tsunami warning immediately after the earthquake, followed by tsunami warnings for New Zealand, Australia, Russia, Guam, Philippines, Indonesia, Papua New Guinea, Nauru, Hawaii, Northern Marianas (USA) and Taiwan. The tsunami attained a height of 10 meters, and swept houses, buildings and cars according to reports. Shinkansen stopped the bullet train service following the quake. According to reports, an oil refinery was set ablaze by the quake at Ichihara, Chiba prefecture to the east of Tokyo. The National Weather Service said that earthquakes "of this size" often "generate tsunamis potentially dangerous to coasts outside the source region." "Based on all available data a tsunami may have been generated by this earthquake that could be destructive on coastal areas even far from the epicenter," it added. About 20 people were reportedly injured in Tokyo following the collapse of a roof of a hall. 4 million people are estimated to be without power in the capital. In Sendai, several people are feared to be buried under the remains of a collapsed hotel.''',
    quotes=[
        Q('"of this size"', None, "National Weather Service"),
        Q('"generate tsunamis', 'source region."', "National Weather Service"),
        Q('"Based on all available', 'from the epicenter,"', "National Weather Service"),
    ],
    aliases={"National Weather Service": ["National Weather Service", "The National Weather Service"]},
),
dict(
    id="wn-en-2014-04-14-valparaiso-fire-displaces-thousands-kills-at-least-a-dozen",
    source="https://en.wikinews.org/wiki/Valpara%C3%ADso_fire_displaces_thousands,_kills_at_least_a_dozen",
    license=WN, retrieved=PAGES + " (en.wikinews.org page; the 'From Wikinews, the free news source you can write!' and 'Jump to navigation Jump to search' lines, the image lines and captions 'File:Gran incendio de Valparaíso de 2014.jpg', 'Photo of the blaze, Saturday night.', 'Image: Diego Grez.', '(Image missing from Commons: image; log)', 'Chilean president Michelle Bachelet at a news conference discussing the fire.', 'Image: Alex Ibáñez.' and the empty lines between paragraphs dropped; headline kept once as the first line, date line second; the stored part ends with the paragraph on shelters and power, which is complete; the bracketed '[w]e', straight apostrophes (we're, Valparaíso's) and curly ones (It’s, sister’s) as stored; the unnamed resident (H1877))",
    text='''Valparaíso fire displaces thousands, kills at least a dozen
Monday, April 14, 2014
At least twelve people have been killed, and over ten thousand evacuated from the Chilean city of Valparaíso, following an ongoing fire sweeping across parts of the city.
The fire, which began on Saturday in woods on one of Valparaíso's hills, has razed at least five hundred houses. 1,200 fire personnel are tackling the blaze, whilst members of the Chilean Navy have been deployed to discourage looting. Many residences of the affected area have no water supply, and are joined by narrow winding streets; yesterday firefighters dropped water on the flames from seventeen aircraft.
Chilean president Michelle Bachelet declared an emergency, with the army coordinating the evacuation. She called the blaze a "tremendous tragedy", noting, "In some places the fires have started again so we're working on this and people will continue to be protected".
One resident told the Reuters news agency, "[w]e fled from the La Cruz neighborhood, from an apartment I just got not too long ago. It’s all burned down, my sister’s house also burnt to the ground".
Shelters have been erected to house the thousands fleeing the inferno, and hospitals have been treating hundreds for smoke inhalation. Much of the city is without power.''',
    quotes=[
        Q('"tremendous tragedy"', None, "Michelle Bachelet"),
        Q('"In some places', 'to be protected"', "Michelle Bachelet"),
        Q('"[w]e fled', 'to the ground"', None),
    ],
    aliases={"Michelle Bachelet": ["Michelle Bachelet", "Chilean president Michelle Bachelet"]},
),
]
