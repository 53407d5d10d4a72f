# Held-out English news texts (tests/data/heldout265-en.jsonl), none of them used in an earlier set. Global Voices in
# English (CC BY 3.0, attribution "Global Voices"), taken from stored web pages (the `pages` search corpus): a full post in
# a copy on a feed reader (rss2.com, 1 March 2017: 'Australian Children’s Writer Mem Fox Says Her Detention at US Border
# Was ‘Traumatic’'), the first post on a feed aggregator's page for the Global Voices feed (undergrowth.org, 20 July
# 2016: 'The Murder of Trinidad's Notorious ‘Robocop’ Leaves the Country Worried About What’s Next') and a short post
# printed in full in the English side of the OPUS GlobalVoices corpus as stored on a Hugging Face mirror
# (phind.xodi.top, file hi/GlobalVoices.en-hi.en of the orgcatorg/multilingual dataset, where each post is its headline
# with '· Global Voices' and its text: 'Bosnia & Herzegovina: "Enjoy Life" Video Campaign'), taken out of the file as a
# document of its own, as heldout32-en took a post from the same dataset. They quote a children's writer on her
# detention at the US border, a blog on the online image of Bosnia and a Facebook user on a crime lord's death. Stored
# copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in
# `retrieved`). Feed lines, date lines, photo captions, the site suffix '· Global Voices' and the neighbouring posts are
# dropped; the headline is kept once as the first line; wording, spelling ('chargesincluding', 'thats') and quotation
# marks (straight and curly) are as stored. Annotated by reading the texts, before whosaid was run on them (rules
# H1635-H1638 in ANNOTATION.md on top of the rules of the sets above).
GV = "CC BY 3.0 (Global Voices)"
GVF = "CC BY 3.0 (Global Voices; copy of a single Global Voices article on a feed reader)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout265-en.jsonl

Built by `build.py` from `heldout265_pages.py`. Like heldout125-en and heldout253-en (feed copies), heldout32-en (a post
from the OPUS GlobalVoices corpus on a Hugging Face mirror) and heldout233-en and heldout241-en (Global Voices' own
pages), these texts are Global Voices posts in English (CC BY 3.0, attribution "Global Voices"), taken from stored web
pages (the `pages` search corpus), none of them used in a set above: a full post in a copy on the rss2.com feed reader
(the Australian children's writer Mem Fox on her detention at Los Angeles airport, 1 March 2017), the first post on the
undergrowth.org feed aggregator's page for the Global Voices feed (the killing of the Trinidadian crime figure Selwyn
'Robocop' Alexis, 20 July 2016) and a short post printed in full in the file hi/GlobalVoices.en-hi.en (English side) of
the orgcatorg/multilingual dataset on the Hugging Face mirror phind.xodi.top (the Bosnian 'Enjoy Life' video campaign,
undated in the copy), taken out of the file as a document of its own, the other posts of the file left out. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page).
Feed and aggregator lines, date lines, photo captions and the site suffix '· Global Voices' were dropped; wording and
quotation marks are as stored. None of these pages is used in any set above (checked by URL, by title and by
distinctive phrases and the names of the quoted people - 'Mem Fox', '117th visit', 'Robocop', 'Stollmeyer',
'chargesincluding', 'doh fool yuh fat', 'Bosnia Blog', 'nicer things', 'negative portrayal that prevails',
'GlobalVoices.en-hi', 'aggregator/sources/43', 'Global-Voices-Online/5472' - with grep over tests/data of the main
worktree and of the other helpers' worktrees: no hit). Global Voices post pages are rare in the stored copies and are
cut early; posts whose quotations are all in a cut paragraph or in block quotations without marks (the Reporters
Without Borders interview of June 2006, Quick Reads on Madagascar, Turkey, Macedonia and Vanuatu), posts with a single
quotation (the Jamaica and Trinidad boycott post of November 2010, the 'Journalists Blogging From Africa' post of
February 2009 on apathy.net; `build.py` requires two per document), partner republications (ICHRI's Telegram post,
Voces de Mujeres), list pages and posts already in a set (the shoe-throwing roundup of heldout32-en, 'Notes from Port
of Spain' of heldout233-en) were skipped, so the set is small. The annotation (rules H1635–H1638 in `ANNOTATION.md`) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-2017-03-01-australian-childrens-writer-mem-fox-says-her-detention-at-us-border-was-traumatic",
    source="http://rss2.com/feeds/Global-Voices-Online/5472/",
    license=GVF, retrieved=PAGES + " (copy of the Global Voices article of March 1, 2017 on the rss2.com feed reader; the feed title 'Global Voices Global Voices', the feed line 'Citizen media stories from around the world' and the date line 'March 1, 2017   Published ~ 15 days ago.' dropped; the photo caption 'Mem fox at Ubud Writers and Readers Festival 2014' / 'Mem Fox at Ubud Writers and Readers Festival 2014. Photo by Flickr user Anggara Mahendra. CC BY 2.0' dropped; the tweets after 'disbelief and outrage:' are missing in the copy; Mem Fox's excerpt from The Guardian, printed without quotation marks, kept as stored; the paragraph 'Lam said she received a written apology ...', cut in the stored copy, dropped)",
    text='''Australian Children’s Writer Mem Fox Says Her Detention at US Border Was ‘Traumatic’
Social media in Australia and beyond ignited over the recent detaining and aggressive questioning of much-loved Australian children's author Mem Fox by United States border authorities.
The 70-year-old Fox was held for an hour and 40 minutes and “interrogated” for 15 minutes in early February at Los Angeles airport on her way to the city of Milwaukee for a conference. The detention was apparently the result of a mistake over her visa by US Customs and Border Protection agents, not President Donald Trump's immigration policies.
When news broke on 25 February, the first responses on social media were disbelief and outrage:
Mem recounted her “traumatic” experience and the treatment of others in an opinion piece for The Guardian:
In that moment I loathed America. I loathed the entire country. And it was my 117th visit to the country so I know that most people are very generous and warm-hearted. They have been wonderful to me over the years. I got over that hatred within a day or two. But this is not the way to win friends, to do this to someone who is Australian when we have supported them in every damn war. It’s absolutely outrageous.
She said when it came to the agents’ interactions with those detained, “everything was yelled, and everything was public”, and specifically detailed the treatment of an elderly Iranian woman in a wheelchair and a woman from Taiwan, both of whom didn't appear to speak English.''',
    quotes=[
        Q('‘Traumatic’', None, "Mem Fox"),
        Q('“interrogated”', None, "Mem Fox"),
        Q('“traumatic”', None, "Mem Fox"),
        Q('“everything was yelled', 'was public”', "Mem Fox"),
    ],
    aliases={"Mem Fox": ["Mem Fox", "Fox", "Mem", "Australian children's author Mem Fox"]},
),
dict(
    id="gv-en-2016-07-20-the-murder-of-trinidads-notorious-robocop",
    source="http://www.undergrowth.org/aggregator/sources/43",
    license=GVF, retrieved=PAGES + " (Global Voices article of July 20, 2016, the first post on the undergrowth.org aggregator's page for the Global Voices feed; the lines 'Global Voices Online', 'Syndicate content Global Voices', 'Citizen media stories from around the world', 'Updated: 3 years 19 weeks ago' and the date line 'Wed, 2016/07/20 - 12:44pm' dropped; the photo caption 'Riot police in Trinidad and Tobago. Photo by Georgia Popplewell, used under a CC BY-NC-ND 2.0 license.' dropped; Kathryn Stollmeyer-Wight's Facebook post, printed without quotation marks, kept as stored, one line per line of the copy; the line 'In another public Facebook post, Dane S.G. Wilson said:' and his post 'You live by the sword ...', cut in the stored copy, dropped with the rest of the page; 'chargesincluding' and 'thats' as stored)",
    text='''The Murder of Trinidad's Notorious ‘Robocop’ Leaves the Country Worried About What’s Next
Say the word “Robocop” in Trinidad and Tobago and the first thing that comes to mind is not the 1987 American action film, but Selwyn “Robocop” Alexis, a businessman and allegedly a major crime lord. Police had, in the past, arrested Alexis on various chargesincluding kidnapping, armed robbery, extortion, and perverting the course of justice. None of the charges ever stuck, but trouble finally caught up to “Robocop” on July 17, 2016, when he died in a shootout at a car-wash compound he owned in central Trinidad.
According to reports, two others were killed in the violence. Alexis apparently killed one of the assailants before succumbing to his own injuries, and a random customer also died in the gunfire. A five-year-old boy was shot as well, and is currently receiving care at a local hospital. Police have expressed concerns that the murder could spark a turf war between rival gangs operating in the area.
The news broke quickly on social media. On Facebook, Internet users shared videos from the scene of the shootout. Many people have felt compelled to comment on the murders. Kathryn Stollmeyer-Wight shared her thoughts:
[…] This man, Selwyn ‘Robocop’ Alexis […] How many times has he been arrested & let go for lack of evidence… […]
Today Robocop was shot dead.
Two other men were also killed.
Sadly, there will be reprisal deaths because thats the way it is.
We may not live in Paris, in Nice or in Baton Rouge, but ‘doh fool yuh fat’. We are living in T&T.''',
    quotes=[
        Q('‘Robocop’', None, None),
        Q('“Robocop”', None, None),
        Q('“Robocop”', None, None, 1),
        Q('“Robocop”', None, None, 2),
        Q('‘Robocop’', None, None, 1),
        Q('‘doh fool yuh fat’', None, "Kathryn Stollmeyer-Wight"),
    ],
    aliases={"Kathryn Stollmeyer-Wight": ["Kathryn Stollmeyer-Wight"]},
),
dict(
    id="gv-en-bosnia-herzegovina-enjoy-life-video-campaign",
    source="https://phind.xodi.top/datasets/orgcatorg/multilingual/raw/ec9db29ff3eb23eabb6b7b5cf9dc1b591d326db2/hi/GlobalVoices.en-hi.en",
    license=GV, retrieved=PAGES + " (Global Voices post, undated in the copy, printed in full in the English side of the OPUS GlobalVoices corpus (file hi/GlobalVoices.en-hi.en of the orgcatorg/multilingual dataset on the phind.xodi.top mirror of Hugging Face); only this post is taken: the posts before it (the Video Editor job notice, 'Egypt: Leonardo da Vinci an Arab?') and after it ('Jamaica: ...', cut in the stored copy) and the site suffix '· Global Voices' after the headline dropped; straight and curly quotation marks as stored)",
    text='''Bosnia & Herzegovina: "Enjoy Life" Video Campaign
"Do a simple search on Google and Youtube, and you will come up with either genocide, extremist, war," writes Bosnia Blog about negative portrayal that prevails online. But "nicer things" do exist and to show them is the goal of the “Enjoy Life” video campaign.''',
    quotes=[
        Q('"Enjoy Life"', None, None),
        Q('"Do a simple search', 'war,"', "Bosnia Blog"),
        Q('"nicer things"', None, "Bosnia Blog"),
        Q('“Enjoy Life”', None, None),
    ],
    aliases={"Bosnia Blog": ["Bosnia Blog"]},
),
]
