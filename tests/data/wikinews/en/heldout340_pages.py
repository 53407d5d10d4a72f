# Held-out English news texts (tests/data/heldout340-en.jsonl), none of them used in an earlier set. Global Voices in
# English (CC BY 3.0, attribution "Global Voices"), six posts published on globalvoicesonline.org in November and
# December 2004 (the site's first weeks), taken from a WordPress export of the site that a public repository stores
# (github.com/OpenGenderTracking/globalvoices, "data/full/globalvoicesonline.wordpress.2004 - 123.xml", read with the
# read_file tool; only posts with status 'publish' were used). The export holds each post's HTML; it was converted by
# hand as in heldout330 (H1820, H1850): tags dropped and link text kept, entities decoded (&quot; -> ", &nbsp; -> a
# space), the post title kept once as the first line, one paragraph per line, a blockquote's paragraphs and the
# export's single line breaks (<br />, list items, the hard-wrapped lines of a quoted e-mail) as lines of their own,
# spaces at the start and end of a line dropped; cross-posting notes dropped; wording, spelling and quotation marks
# (straight or curly) as in the export; the comments stored with the posts were not read for the texts. Annotated by
# reading the texts, before whosaid was run on them (rules H1850-H1854 in ANNOTATION.md on top of H1-H1849).
GV = "CC BY 3.0 (Global Voices)"
EXPORT = ("Global Voices WordPress export (github.com/OpenGenderTracking/globalvoices, "
          "data/full/globalvoicesonline.wordpress.2004 - 123.xml), post HTML converted by hand (H1820, H1850)")

SOURCES_HEAD = """
## Held-out set: tests/data/heldout340-en.jsonl

Built by `build.py` from `heldout340_pages.py`. Like heldout330-en, heldout314-en, heldout278-en and the other Global
Voices sets above, these texts are Global Voices posts in English (CC BY 3.0, attribution "Global Voices"), none of
them used in a set above, taken from a WordPress export of globalvoicesonline.org that a public GitHub repository
stores: github.com/OpenGenderTracking/globalvoices, file `data/full/globalvoicesonline.wordpress.2004 - 123.xml`
(export of May 9, 2012 holding the site's posts of October-December 2004), read with the `read_file` tool; heldout330
used the other month file of the same repository (`2012-may`), this set uses none of its posts. The 2004 file holds
about thirty posts of the site's first weeks (the December 2004 Harvard meeting that founded Global Voices, bridge
blogs, blogging tools); six with status 'publish' were used: 'Operation "Viral Freedom"' (Nov. 18), 'Thoughts from
Jim Moore' (Dec. 4), 'Echo chamber, sensorium, reflection, and action' (Dec. 7), 'Ory on Kenyan blogs' (Dec. 8),
'Andrea: Roundup on blogosphere development in China and Hong Kong' (Dec. 9) and 'BloggerCon IV' (Dec. 16). None is
credited to AP, Reuters, AFP or another third party. The post HTML was converted by hand (H1820, H1850): tags dropped
and link text kept, entities decoded, the title kept once as the first line, one paragraph per line, blockquote
paragraphs, list items and the export's single line breaks as lines of their own, spaces at the ends of lines
dropped, cross-posting notes dropped (noted per post); wording, spelling and quotation marks as in the export. The
reader comments stored with the posts in the export (which include commenters' e-mail and IP addresses) were not used.
Posts read but left out: posts with fewer than two marked spans (`build.py` needs two quotes per document: 'Death
threats against Hoder', whose blockquote has no marks, 'WSISblogs.org: An Idea Worth Developing?' with its single
quotation of Rebecca MacKinnon, 'Manifesto session next steps', 'Dec. 11 workshop schedule', 'Emergency Action Blog
initiative', 'Academic paper on Persian blogging') and posts whose only marks are titles, names and terms of the
organisers' announcements (the conference announcement, 'Updated session plan', 'Global Voices and Del.icio.us', 'Yet
more next steps...'), as well as the manifesto/covenant drafts and the Spanish covenant. None of the posts used is in
any set above: checked by URL slug and title, by the file name (`2004 - 123`, no hit) and by the names and phrases
Jim Moore, most genocidal nation, economy of caring, Teilhard, noosphere, Viral Freedom, friend of democracy, Jay
Rosen, cult of bloggers, BloggerCon, Hope will be born from their whispers, Civic Writing Machine, Ory Okolloh and
Mshairi, grepped in tests/data of the main checkout and of every other helper's worktree (no hit). The annotation
(rules H1850–H1854 in `ANNOTATION.md` on top of H1–H1849) was committed before whosaid was first run on these texts,
so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-2004-11-18-operation-viral-freedom",
    source="http://globalvoicesonline.org/2004/11/18/operation-viral-freedom/",
    license=GV, retrieved=EXPORT + " (post 9 by Rebecca MacKinnon, Nov. 18, 2004; the title's &quot; entities written as straight marks; the two blockquotes from Spirit of America's project page kept as unmarked lines, their run-in headings 'Viral Freedom', 'Friends of Democracy' and 'Beyond Iraq' (each followed by <br /> in the export) as lines of their own; '&nbsp; ' after 'in December.' written as two spaces; the empty <span><br /></span> lines and the closing '(cross posted at RConversation.com)' dropped)",
    text='''Operation "Viral Freedom"
Spirit of America is funding the development of an Arabic blogging tool.
The vendor is iUpload. Beta testing starts in December.  Here is how they describe the project:
We are funding the development of an Arabic blogging (Web logging) tool and, with donor support, we will host the blogs at no cost to the bloggers. This will allow blogs to be created easily. It will give voice to those working for freedom and democracy in the Arab world. And it will enable them to more easily connect with and share ideas with their peers.
The site is soliciting donations. More about hosting and future plans:
Viral Freedom
Every blog developed using the Arabic blogging tool will include space that is under the control of organizations that we work with, such as Friends of Democracy. This space or “real estate” will be a portion of the blog header (top of the page) and the left column. The organizations will use the space to promote groups, individuals and news that, in the big picture, advance freedom, democracy and peace in the region. Thus, everyone that creates a blog will be promoting moderate and progressive information and viewpoints in the Arab world. Friends of Democracy will use the space to publicize pro-democracy groups, election information and related news. The blogs created under Friends of Democracy will be ambassadors of democracy in the Arab world.
Friends of Democracy
The first group of blogs will be under Friends of Democracy. It will focus on Iraq but anyone, and any group, anywhere that wants to be a “friend of democracy” will be able to create and maintain a Friends of Democracy blog in Arabic at no cost. Friends of Democracy will establish and enforce policies regarding blog use and blog content.
Beyond Iraq
If enough funds are raised, we will seek other moderate organizations to oversee blogs in other Arab countries such as Saudi Arabia and Syria. We will also fund the development of the blogging tool in Farsi so it may be used in Iran and in Kurdish.
I wonder what criteria and measures will be used to "establish and enforce policies regarding blog use and blog content."
In December we'll be able to ask participants from Spirit of America how this will work.''',
    quotes=[
        Q('"Viral Freedom"', None, None),
        Q('“real estate”', None, None),
        Q('“friend of democracy”', None, None),
        Q('"establish and enforce policies', 'blog content."', "Spirit of America"),
    ],
    aliases={"Spirit of America": ["Spirit of America"]},
),
dict(
    id="gv-en-2004-12-04-thoughts-from-jim-moore",
    source="http://globalvoicesonline.org/2004/12/04/thoughts-from-jim-moore/",
    license=GV, retrieved=EXPORT + " (post 10 by Rebecca MacKinnon, Dec. 4, 2004; the blockquote of Jim Moore's ideas kept, one line per paragraph and per line break of the export ('What are the topics ...' and 'Here are some ...' two lines, 'II.  Others are topics ...' a line of its own); trailing spaces and the two leading spaces of '  For what it's worth' dropped; '..', '--', 'Others are topics will reflect', 'Scipps' and the double spaces as in the export; the blockquote's opening mark is never closed before its last paragraph, whose closing mark stands alone (H1851))",
    text='''Thoughts from Jim Moore
Jim Moore has passed on the following ideas for "the broadest thinkable agenda for global citizen dialogue..."
"a dialogue that will be net-enabled, plus travel and residency grounded, and that will hopefully generate new forms of individual and collective creativity, and perhaps the formation of new organizations and institutions..
What are the topics that citizens in such a dialogue might address?
Here are some possible brainstorming starting points..Let me know yours..
I.  Some topics are going to be "culture-out"--i.e. "how the world looks from our unique vantage point in, say, Iraq, Iran, Ghana or South Africa or the Congo or Sudan--or the US, UK, France, Japan or China or Malaysia--or Mississippi, Texas and Massachusetts.
For what it's worth, I was at the Kennedy School Arco Forum the other night for the panel on the genocide in Sudan, and a Chinese student sitting next to me said "the moral tone of this discussion seems pretty strange to us Chinese students, because we see the United States as the most genocidal nation of all..based on clearing the continent of indigenous people--so-called "Indians"--with a national economy built on the near-genocidal enslavement of black Africans.."  This student went on to explain that most of the students he knew in China, including foreign students studying in China, saw the US this way--and learned by painful experience to hide these ideas when in the presence of Americans.
II.  Others are topics will reflect mega challenges of critical importance to world society--problems that are not being solved by current governments and international organizations.
E.g. How do we deal with environmental degradation?  I just  heard a stunning talk by Jackman from Scipps on "dead zones" in the oceans.  We are turning vast undersea continents into slime--jellyfish and bacteria--where previously there had been exquisitely complex ecological structure.  Complementing Jackman's talk, E.O. Wilson spoke of the diversity hot zones around the planet--that he claims can be saved for about 29 billion dollars--but that are threatened.  The question for global citizens: What are the "assembly rules" for institutions manifesting global social cognition, global care, and focused action that can proactively and wisely address this crisis?
E.g. 2:  How do we establish sustainable development and sustainable economics as the central principle of globalization capitalism and business creation?
E.g. 3:  How do we establish a world that respects human rights and dignity?"
Reactions? Thoughts? Please let us know what you think.''',
    quotes=[
        Q('"the broadest thinkable agenda', 'citizen dialogue..."', "Jim Moore"),
        Q('"a dialogue that will be net-enabled', 'organizations and institutions..', "Jim Moore"),
        Q('"culture-out"', None, None),
        Q('"how the world looks', 'Texas and Massachusetts.', None),
        Q('"the moral tone', 'black Africans.."', None),
        Q('"dead zones"', None, None),
        Q('"assembly rules"', None, None),
    ],
    aliases={"Jim Moore": ["Jim Moore"]},
),
dict(
    id="gv-en-2004-12-07-echo-chamber-sensorium-reflection-and-action",
    source="http://globalvoicesonline.org/2004/12/07/echo-chamber-sensorium-reflection-and-action/",
    license=GV, retrieved=EXPORT + " (post 13 by Jim Moore, Dec. 7, 2004; Joi Ito's quoted e-mail kept with the hard line breaks of the export as lines (H1850), its signature ' - Joi' without the leading space; the gaiamind.com blockquote on Teilhard de Chardin kept as unmarked lines; the bare URL after 'Teilhard de Chardin.' kept as printed; the closing signature line 'best,  jim' kept as printed; 'Murdock', 'socieities', 'conjuction', 'blog-base' and the double spaces as in the export; the mark before 'that is how it is' is never closed (listed as unclosed, H1851))",
    text='''Echo chamber, sensorium, reflection, and action
On Tuesday, December 7, 2004, at 05:17  PM, Joichi Ito wrote:
One thing that I've been noodling on is the attention issue. How do we get
people to care? It seems to me that video is able to capture attention
better than text. Human voices help. Music is good. One of the problems is
really to get enough attention from people to walk them through an issue.
It's like the elevator pitch. Most people have the attention span of a busy
executive in an elevator. I think it's important to write about all this
stuff, but to a certain extent, it's an echo chamber. That's how the
election in the US was lost. The echo chamber was pretty fired up, but not
very many people on the other side listened. As the issues become more
complex or more remote, there is even less attention available. Can blogs
really help?
- Joi
Here are some thoughts in response to Joi's stimulus:
Of course we in the blog world need to do a better job of communicating--with "elevator pitches" and video and compelling writing--and we need to work together to expand what you, Joi, have called the "economy of caring." That said, I'm not sure we can supplant the role of television, and the role of conventional organizations, in the world.  Nor do I think we necessarily want to.
Consider the world as a kind of big mind.  This is the noosphere concept, originally and creatively developed by Teilhard de Chardin.  http://www.gaiamind.com/Teilhard.html
To this end, he suggested that the Earth in its evolutionary unfolding, was growing a new organ of consciousness, called the noosphere. The noosphere is analogous on a planetary level to the evolution of the cerebral cortex in humans. The noosphere is a "planetary thinking network" -- an interlinked system of consciousness and information, a global net of self-awareness, instantaneous feedback, and planetary communication. At the time of his writing, computers of any merit were the size of a city block, and the Internet was, if anything, an element of speculative science fiction. Yet this evolution is indeed coming to pass, and with a rapidity, that in Gaia time, is but a mere passage of seconds. In these precious moments, the planet is developing her cerebral cortex, and emerging into self-conscious awakening. We are indeed approaching the Omega point that Teilhard de Chardin was so excited about.
This convergence however, though it was predicted to occur through a global information network, was not a convergence of merely minds or bodies -- but of heart, a point that he made most fervently.
"It is not our heads or our bodies which we must bring together, but our hearts. . . . Humanity. . . is building its composite brain beneath our eyes. May it not be that tomorrow, through the logical and biological deepening of the movement drawing it together, it will find its heart, without which the ultimate wholeness of its power of unification can never be achieved?"
The noosphere might be thought of as having three parts: A "sensorium" or collective image of the world, a center of reflection, and a center of action.
In the emerging noosphere, as I see it, TV still defines the sensorium of global consciousness..and in the US TV is slowly working its way from a few network news organizations, to cable news, to, perhaps, pod-cast and other forms of narrowcast news..
Blogs collectively seem to be a center of collective reflection and discussion, not so much an echo chamber--after all, there is lots of diversity of opinion  on blogs--but rather a "reflection center".  Blogs and the blogospere don't compete with CNN and the New York Times. Blogs and blog networks compete with syndicated columnists, and, over time, might compete with think tanks such as Brookings or the Council on Foreign Relations or CATO.
And then there is the action side of the global mind, and for better or worse, this is done by real flesh and blood organizations.   Unless one can engage them, permeate them with reflection, and/or involve their leaders in reflection, one cannot act.
I don't think the Dean campaign was an echo chamber. What it was was a reflection network that was not connected to any organization that could act effectively. It was blocked out of access to the traditional Democratic organization, and the Kerry campaign and especially Kerry field director Michael H. made sure of that.  The national labor organizations, especially the SEIU, had sympathetic leaders but they themselves are increasingly estranged from their own grassroots.  And finally, the official field organization (in contrast to the extraordinary blog-base grassroots field network) of the Dean campaign was incompetent.  The Iowa director was a party hack with no sense of how to manage the organization, the governor kept Joe Trippi from firing her and taking over until too late.  New Hampshire was quite effective, but could not hold after Iowa.
Blogs cannot at this time be a sensorium ("that is how it is, today, December....). The owners of the sensorium--Rupert Murdock, etc. are not going to let their hold go away easily.  Blog and web-based news organizations may be able to approach sensorium status in some socieities, for example Ohmynews in South Korea, where broadband access is nearly universal, and where traditional news outlets are weak and illegitimate. But becoming the sensorium in the United States?  Hmmm.
Blogs are not the action arm of global society, either.  While there are grassroots action networks, such as that constructed for ACT by Zephyr Teachout for the 2004 election, or by those associated with the Dean campaign in conjuction with MeetUp and other platforms, these organizations, while impressive, pale when confronted by more established groups.  And those who control large organizations, like the Democratic party, continually seek to strengthen themselves.  While I am all for online-based grassroots groups, I think that real action, whether to elect a president or stop a genocide, takes flesh and blood on the ground.
On the other  hand, BLOGGERS are becoming smarter, more reflective, and more strategic.
My prediction?  Blogs will not take over the world.  But people trained in the blog world, supported in it, and empowered by it may become the next generation of leaders of the media as well as the action organizations of the world...
Blogs will be blogs, but bloggers may become the most effective transformational leaders, and may take over the world...
best,  jim''',
    unclosed=('"that is how it is, today, December....',),
    quotes=[
        Q('"elevator pitches"', None, "Joichi Ito"),
        Q('"economy of caring."', None, "Joichi Ito"),
        Q('"planetary thinking network"', None, None),
        Q('"It is not our heads', 'can never be achieved?"', "Teilhard de Chardin"),
        Q('"sensorium"', None, None),
        Q('"reflection center"', None, None),
        Q('"that is how it is, today, December....', None, None),
    ],
    aliases={"Joichi Ito": ["Joichi Ito", "Joi"],
             "Teilhard de Chardin": ["Teilhard de Chardin"]},
),
dict(
    id="gv-en-2004-12-08-ory-on-kenyan-blogs",
    source="http://globalvoicesonline.org/2004/12/08/ory-on-kenyan-blogs/",
    license=GV, retrieved=EXPORT + " (post 16 by Rebecca MacKinnon, Dec. 8, 2004 (Dec. 9 GMT); the link text 'here (PDF file)' kept; the blockquote of Ory Okolloh's questions kept as one unmarked line; trailing spaces dropped; 'I&S', the double space after 'Kenyan bloggers.' and 'build-it-and they-will-come' as in the export)",
    text='''Ory on Kenyan blogs
Ory Okolloh has written a briefing paper on Kenyan blogs as part of the I&S conference materials here (PDF file).
She says that blogging has been a life-changing experience for her, and presents the results of interviews with three other Kenyan bloggers.  In the concluding section of her paper Ory raises a series of questions:
So how does one get more people from Kenya and other parts of the world blogging? Do diaspora-based individuals who are writing about their country of origin still retain a sense of authenticity? What about the fact that being in the business of maintaining a blog seems to appeal to people who have less qualms about being “out there” so-to-speak? How do you meet the challenge presented by cultures that are typically reticent about public expression? Does the key to meeting this challenge lie among the “evangelists” who turned people like Mshairi and myself onto blogging? Would a build-it-and they-will-come approach be a better way to increase participation? Do we just need more “Alpha” Kenyan and other global bloggers to spread the interest? If so, how can one equip them to do this job? Is the explosion of blogs in countries like the United States, Iran and China somehow tied to government restrictions or the lack of opportunity to communicate and share ideas freely? Or is it due to the fast-paced lifestyle that makes it difficult to chat and share ideas face to face in ways that are still possible in places like Kenya? Finally, can blogs really achieve greater purposes such as advocacy on a particular issue, effecting change in society? If so, how does one best measure the results? Or, further still, how does one define “change” and “politics?” Should we be focusing instead on how blogs can work to build communities, rather than on whether they can affect political outcomes or change society?''',
    quotes=[
        Q('“out there”', None, None),
        Q('“evangelists”', None, None),
        Q('“Alpha”', None, None),
        Q('“change”', None, None),
        Q('“politics?”', None, None),
    ],
    aliases={},
),
dict(
    id="gv-en-2004-12-09-andrea-roundup-on-blogosphere-development-in-china-and-hong-kong",
    source="http://globalvoicesonline.org/2004/12/09/andrea-roundup-on-blogosphere-development-in-china-and-hong-kong/",
    license=GV, retrieved=EXPORT + " (post 17 by Isaac Mao, Dec. 9, 2004; the link text ' T-Salon ' joined as 'her T-Salon blog:'; the blockquote of Andrea's T-Salon post, which opens on the same line as 'blog:' in the export, kept as unmarked lines; the Chinese titles in parentheses kept as printed; trailing spaces dropped; 'resonates', 'seperate', 'democractic', 'blogsosphere', 'there bounds to be', 'penerated', 'illicited', 'independant' and 'censorhip' as in the export)",
    text='''Andrea: Roundup on blogosphere development in China and Hong Kong
Rational blogger Andrea wrapped up recent resonates about China and Hongkong's blogosphere in her T-Salon blog:
Xiao Qiang, director of the China Internet Project at UC Berkeley, has put the two year old Chinese blogosphere into perspective in "The 'blog' revolution sweeps across China".
"In the current Chinese cyberspace, bloggers may not be as loud as their American counterparts. But they are potentially certainly no less subversive to the dominant paradigm. Hope will be born from their whispers," Xiao wrote on a seperate post in China Digital News.
"Communication is changing from a lecture into a conversation," Fons noted, paraphrasing the words of Dan Gillmor.
Everytime when a piece on China blogs and its relevance in democractic development comes out in anglo-media, there bounds to be objections coming from some Chinese bloggers.
Topku from Guangzhou has once again reiterated his objection that China's blogsosphere is assessed based on its impact on political freedom and state censorship.
He points to The Voice of Chinese Bloggers, where Chiu Yung, another Guangzhou blogger wrote that there are many things other than politics that Chinese bloggers want to express.
Many blogs that run on individual websites are not censored or regulated. Business scandals as reported in individual blogs; residents affected by urban development who blogged their objections to state imposed relocation; and live blog coverage on a murder case on Wangfujing district in Beijing are some examples he cited.
Chiu Yung also noted that blogs also served as a watchdog on Chinese portal sites (note: a major form of media in China that are agenda and trend setter on news, business, IT and various industry). They are also changing Chinese netizens' on-line habits and way of thinking.
Over at Slashdot, on the very same topic, the discussion were mainly on politics and censorship.
As I wrote before, there is a huge gap of perceptions between the "West" and China in what the internet has accomplished in China and more fundamentally, what really matters to people of a different society.
Good news is there are signs in the comment section of Chiu Yung post indicating that Dan Gillmor may write a follow-up piece on the same topic - with more views from the Chinese included.
It would be interesting to hear from more ordinary Chinese bloggers who have no vested commercial interests in the technology or media; or involved in any kind of political struggle with the regime on what they have to say.
Meanwhile in Hong Kong, there is now a conscious effort by various citizens and academics in using blog as a platform for citizen journalism and a new space for civic discourse, as mainstream media become increasingly politically one-sided (leaning towards Beijing's taste) in their agenda and reporting.
Citizen Reporter blog is one of them. It was born out of a cultural studies course and has spurred a number of new blogs in the city since then, including the Civic Writing Machine (民間寫作機器) whose blog's name is the opposite of the "national propaganda machine" that, some local activists said, has penerated into many aspects of life in Hong Kong.
Perhaps the more interesting set of blog posts surfacing in Hong Kong nowadays are those that are written by mainland-China immigrants on their collective memories of living and growing up in Hong Kong. (See: 像我這樣的一個新移民, 我們這些七字頭, 那些逝去的情感.)
They illicited the cultural shocks they had, the economic hardships and discrimination they faced while growing up in Hong Kong, the struggles they had in becoming a Hong Konger, etc. -- these are often stories that are not widely known in Hong Kong's mainstream society.
As a reader pointed out, these are collective memory that would not surface in public space as they were very private memories of individuals.
Thanks to blogs, we can now know about these experiences. They may even serve as teaching materials on tolerance of new immigrants from China and ethnic diversity that have yet to become widespread practice in Hong Kong.
What I have listed here are just a small sample of the seemingly growing blogosphere in Hong Kong that I found interesting. There are lots more out there waiting to be discovered. However, the growth of blogs, especially the citizen journalism genre may be slow because the city's youth have difficulties articulating themselves, as an instructor of citizen journalism noted.
Again, I'd like to see diversified opinions in Chinese blogosphere. The problem in this yet-to-be-mature blogosphere is that power-law still plays important role, thus people's independant thoughts and insight are not evenly distributed enough. The problem can't be ultimately resolved since  there are three barriers: censorhip, Great Firewall, and Language. All those factors prevent it from aligning with global blogosphere's development.''',
    quotes=[
        Q('"The \'blog\' revolution sweeps across China"', None, None),
        Q('"In the current Chinese cyberspace', 'born from their whispers,"', "Xiao Qiang"),
        Q('"Communication is changing from a lecture into a conversation,"', None, "Fons"),
        Q('"West"', None, None),
        Q('"national propaganda machine"', None, None),
    ],
    aliases={"Xiao Qiang": ["Xiao Qiang", "Xiao", "director of the China Internet Project at UC Berkeley"],
             "Fons": ["Fons"]},
),
dict(
    id="gv-en-2004-12-16-bloggercon-iv",
    source="http://globalvoicesonline.org/2004/12/16/bloggercon-iv/",
    license=GV, retrieved=EXPORT + " (post 26 by David Sasaki, Dec. 16, 2004; Jay Rosen's words from the podcast kept as an unmarked blockquote line (H1821); the three list items (Kuala Lumpur, Hyderabad, Monterrey) as lines of their own; 'BlogerCon IV' and 'whom usually' as in the export)",
    text='''BloggerCon IV
I just finished listening to a podcast of the closing session at BloggerCon III, titled The Fat Man Sings. In it, Jay Rosen made an interesting observation:
I was at the first BloggerCon and when I came back I thought, "wow, this is really cool, this cult of bloggers." Then I was at the second BloggerCon and I came back and said, "that was really cool, a community of bloggers." And after this one, I'm gonna go home and I'm gonna say ... I just know it ... "a nation of bloggers." And I think for the fourth one, you've gotta go global, a globe of bloggers.
Dave Winer then suggests Europe and more specifically, London. While it's crucial to take BloggerCon to the international stage in order to emphasize the global community of bloggers, I think it would be a mistake to move the (un)conference from wealthy, white, Western universities in the US to a wealthy, white, and Western city in Europe.
BloggerCon is surely the most important forum of ideas, strategies, and experiences amongst bloggers and podcasters and it is important to not further enforce a Western hegemony which already exists in the blogosphere. Ed Cone is right: as blogging and podcasting grows, we're going to need to start holding local BloggerCons. I think this is a good thing which will help get bloggers more active in their community offline. But the original BloggerCon will always be necessary to discuss issues on an international scale.
So for BlogerCon IV I suggest holding the conference not in London or anywhere else in Europe, but rather in a technological center of what is otherwise a developing country. Three cities come to mind:
Kuala Lumpur, Malaysia
Hyderabad, India
Monterrey, Mexico
Seoul, South Korea would be another promising site in a non-developing country. Hosting BloggerCon in a non-Western country would present its share of difficulties including, perhaps, the need for some multilingual sessions. I don't think this is a bad thing. If we're going to seriously try to bridge the divide online, then we must also face the challenge offline.
Furthermore, if the struggle for control between users and vendors persists into the next BloggerCon, at least it will hopefully be with vendors from developing countries whom usually are not paid their fair share of attention.
I'd be curious to hear any comments or other suggestions to non-Western sites to host BloggerCon IV.''',
    quotes=[
        Q('"wow, this is really cool, this cult of bloggers."', None, "Jay Rosen"),
        Q('"that was really cool, a community of bloggers."', None, "Jay Rosen"),
        Q('"a nation of bloggers."', None, "Jay Rosen"),
    ],
    aliases={"Jay Rosen": ["Jay Rosen"]},
),
]
