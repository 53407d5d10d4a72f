# Held-out English news texts (tests/data/heldout318-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America (US government works in the public domain, 17 U.S.C. § 105): five
# posts of VOA's Jazz Beat / music blog on blogs.voanews.com by VOA broadcaster Diaa Bekheet (singer Kat Edmonson,
# November 2012; guitarists John Pizzarelli and Ahmed el-Gebali, May 2011; pianist Makoto Kuriya, June 2011; Pat
# Metheny's Unity Band, August 2012; saxophonist Sarah Elgeti, June 2012), each the first post of a stored blog index
# page, and two VOA stories on voanews.com (a UNHCR spokesperson on Sudanese rebels in a refugee camp in eastern Chad,
# May 2006; the Kenyan teachers' strike, January 2009). None is credited to AP, Reuters, AFP or another third party.
# Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and the cut paragraph is
# dropped (noted in `retrieved`). Site lines, blog post date and comment lines, photo captions, [audio:...] tags, a bare
# video link line and a blog redirect notice are dropped; the post title or headline is kept as the first line; the
# inline byline-and-dateline 'Diaa Bekheet | Washington, DC –' at the head of the blog posts is kept as stored (H1795);
# wording, double spaces and quotation marks are as stored. Annotated by reading the texts, before whosaid was run on
# them (rules H1795-H1799 in ANNOTATION.md on top of H1-H1794).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"
DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"
BLOG = ("the post line 'Posted ... (UTC+0)' and the comment line under it dropped; the post title kept as the first "
        "line; the inline byline-and-dateline 'Diaa Bekheet | Washington, DC –' kept at the head of the first paragraph "
        "(H1795)")

SOURCES_HEAD = """
## Held-out set: tests/data/heldout318-en.jsonl

Built by `build.py` from `heldout318_pages.py`. Like the VOA sets above (heldout301-en, heldout288-en, heldout275-en
and others, and heldout119-en for a blogs.voanews.com item), these texts are Voice of America works (US government
works in the public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): five posts of
VOA's Jazz Beat blog and its successor, the VOA music blog, on blogs.voanews.com, written by VOA broadcaster Diaa
Bekheet (singer and songwriter Kat Edmonson, November 8, 2012; guitarists John Pizzarelli and Ahmed el-Gebali, May 25,
2011; Japanese pianist Makoto Kuriya, June 24, 2011; Pat Metheny's Unity Band, August 1, 2012; Danish saxophonist Sarah
Elgeti, June 8, 2012), each taken as the first complete post of a stored blog index page (the Jazz Beat front page
opens with a short notice that the blog moved, which is dropped), and two VOA stories on voanews.com: UNHCR spokesperson
Helene Caux on Sudanese rebels driving through the Oure Cassoni refugee camp in eastern Chad (May 26, 2006) and the
Kenya National Union of Teachers' strike (January 19, 2009). None is credited to AP, Reuters, AFP or another third
party. The stored copies are cut after about 2,000 characters; only complete paragraphs are kept and a paragraph cut in
the stored copy is dropped, also where it holds a quotation (what was dropped is noted per page). Site lines, the blog
post date and comment lines, photo captions, the `[audio:...]` player tags, a bare YouTube link line and the empty lines
between paragraphs were dropped; wording, double spaces after full stops and quotation marks are as stored. None of
these pages is used in any set above (checked by URL and page or story number (322492, 411676, the blog index URLs
jazz-beat/, jazz-beat/page/7/, jazz-beat/page/2/, music/page/19/, music/page/15/), by headline and by the names of their
speakers and distinctive phrases such as 'Kat Edmonson', 'Pizzarelli', 'el-Gebali', 'Makoto Kuriya', 'Sweet Basel',
'Pat Metheny', 'Unity Band', 'Pikasso', 'Sarah Elgeti', 'Holbaek', 'Diaa Bekheet', 'jazz-beat', 'Sudanese Rebels
Drive', 'pickups (trucks)', 'George Wesonga', 'Teacher Service Commission' and 'negotiating while the others are
eating', grepped in tests/data of the main checkout and of every other helper's worktree: no hits; heldout165-en has a
different VOA story on the same Oure Cassoni camp, which shares no text with story 322492, and Helene Caux and Joe De
Capua appear in other VOA stories of earlier sets). The annotation (rules H1795–H1799 in `ANNOTATION.md` on top of
H1–H1794) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-blog-h318-2012-11-jazz-beat-kat-edmonson",
    source="https://blogs.voanews.com/jazz-beat/",
    license=PD, retrieved=PAGES + " (VOA Jazz Beat blog front page; the first item, the notice 'Jazz Beat is now part of the VOA music blog feature' with its post line and its lines 'Jazz Beat blog is now part of the VOA Music Blog feature. Diaa Bekheet on Twitter: ...', 'Please update your bookmarks to //blogs.voanews.com/music/' and 'You will be redirected to the new blog shortly.', dropped; the second item, the post of November 8th, 2012, taken; " + BLOG + "; the photo caption 'Singer, songwriter Kat Edmonson' (printed twice) and the '[audio:...]' tag dropped; the paragraph 'Edmonson admits those “stan', cut in the stored copy, dropped; the double space after 'recalls.' as stored)",
    text='''Singer and Songwriter Kat Edmonson
Diaa Bekheet | Washington, DC – American singer and songwriter Kat Edmonson is a rising jazz star. The unique musician has been writing songs since she was nine years old. The amazing thing is that Edmonson doesn’t master any instruments.
“I compose the music in my head usually and then I go figure out what the chords are later,” explains the jazz sensation in an interview with VOA’s Jazz Beat (mp3).
“Usually, it’s not just a melody that I have. I’ll simultaneously be writing words and the chords either implied or I know what they are,” she says. “I just have to go in and determine, you know, identify the name of the chord but I usually have a pretty accurate idea from the get go about this, what the entire song is about and even production-wise I’ll know that initially as I’m writing it. It all comes to me at once.”
National Public Radio describes the Texas native as “memorable and contagious.” Other music critics call her a “promising jazz singer” and a “rising star.”
Edmonson grew up as an only child with a single mom. She spent a lot of time daydreaming and avidly absorbing her mother’s collection of old movies, musicals and records.
“She [mother] was working day and night to take care of us,” the musician recalls.  “A lot of time she would pop up a VHS tape for me to watch when she was busy.”''',
    quotes=[
        Q('“I compose the music', 'the chords are later,”', "Kat Edmonson"),
        Q('“Usually, it’s not just a melody', 'I know what they are,”', "Kat Edmonson"),
        Q('“I just have to go in', 'to me at once.”', "Kat Edmonson"),
        Q('“memorable and contagious.”', None, "National Public Radio"),
        Q('“promising jazz singer”', None, None),
        Q('“rising star.”', None, None),
        Q('“She [mother] was working', 'care of us,”', "Kat Edmonson"),
        Q('“A lot of time she would', 'she was busy.”', "Kat Edmonson"),
    ],
    aliases={"Kat Edmonson": ["Kat Edmonson", "Edmonson", "American singer and songwriter Kat Edmonson",
                              "Singer and Songwriter Kat Edmonson", "the jazz sensation", "the Texas native",
                              "the musician", "The unique musician"],
             "National Public Radio": ["National Public Radio"]},
),
dict(
    id="voa-blog-h318-2011-05-jazz-beat-pizzarelli-el-gebali",
    source="https://blogs.voanews.com/jazz-beat/page/7/",
    license=PD, retrieved=PAGES + " (VOA Jazz Beat blog index page 7; the first post, of May 25th, 2011, taken; " + BLOG + "; the photo captions 'American guitarist John Pizzarelli', 'American guitarist John Pizzarelli (Courtsey his web site)' and 'Egyptian guitarist Ahmed el-Gebali' and the three '[audio:...]' tags (the first one printed without a break in front of the byline) dropped; the paragraph 'John Pizzarelli is an American musician who sings in', cut in the stored copy, dropped; 'Pizzeralli' and the double spaces as stored)",
    text='''John Pizzarelli and Ahmed el-Gebali, Two Brilliant Guitarists
Diaa Bekheet | Washington, DC – In the fall of 1980, a college friend introduced me to the music of some famous American and British guitarists who were making big headlines at the time. While he made mint tea for us at his home, I spotted a guitar catalog on his desk. I started flipping through the pages and looking at photos.  I was introduced to the work of Jimi Hendrix, Led Zeppelin, Jimmy Page, Pink Floyd’s David Gilmour, the Bellamy Brothers, and the Who’s Pete Townshend, an artist known for smashing his guitars on stage many times.  At the time I was looking for a picture of Elvis Presley, America’s world famous guitarist-singer-actor.  I was spellbound by the way he shook his legs on stage. I found nothing, unfortunately!
But in one of the catalog’s photos, a young guitarist was sitting next to American guitar legend Bucky Pizzarelli. That’s how I learned about John Pizzarelli.  “He looks Italian to me, not American” I said.
My friend Ahmed el-Gebali, now Egypt’s top guitarist, said he cared about his guitar style not his nationality.
“Music knows no boundaries, dude. We’re talking about guitar skills here. John Pizzeralli has them in spades,” he said. “One of the keys to success in guitar is to study someone who has gone before you and learn from his styles or often follow his footsteps,” explained Gebali who has tasteful, yet blisteringly fast, guitar skills.''',
    quotes=[
        Q('“He looks Italian to me, not American”', None, "Diaa Bekheet"),
        Q('“Music knows no boundaries', 'in spades,”', "Ahmed el-Gebali"),
        Q('“One of the keys to success', 'his footsteps,”', "Ahmed el-Gebali"),
    ],
    aliases={"Diaa Bekheet": ["Diaa Bekheet"],
             "Ahmed el-Gebali": ["Ahmed el-Gebali", "Gebali", "My friend Ahmed el-Gebali", "Egypt’s top guitarist"]},
),
dict(
    id="voa-blog-h318-2011-06-music-makoto-kuriya",
    source="https://blogs.voanews.com/music/page/19/",
    license=PD, retrieved=PAGES + " (VOA music blog index page 19; the first post, of June 24th, 2011, taken; " + BLOG + "; the photo caption 'Japanese pianist Makoto Kuriya' (printed twice), the '[audio:...]' tag before the byline and the '[audio:...]' tag at the end of the first paragraph dropped; the paragraph 'Japane', cut in the stored copy, dropped; the double spaces as stored)",
    text='''Renowned Pianist Makoto Kuriya Focuses on Maintaining Japan’s Jazz Identity
Diaa Bekheet | Washington, DC – Japanese pianist Makoto Kuriya has released a new album called Art for Life. The release coincides with the 20th anniversary of his homecoming. “It’s a summary of what I have been doing for the past 20 years in Japan,” American-educated Makoto tells Jazz Beat. “It’s been 20 years already ever since I came back here to Tokyo after living in the [United] States for 11 years. Time does fly.”  Here’s the album’s title cut:  Art for Life.
Makoto graduated from West Virginia University with a major in linguistics, but he was attracted to studying music. During his 11-year stay in the U.S., he frequented American classic and modern jazz clubs in Washington, DC, including the world-famous Blues Alley in Georgetown and One Step Down near the US Congress headquarters on “Capitol Hill”.  While there, Makoto had the opportunity to talk with jazz legends like pianist McCoy Tyner, saxophonist Dexter Gordon and others. When he became a professional musician, he regularly performed gigs at those clubs.
Makoto mainly performed on the East coast of the United States with famous jazz artists. He toured with Grammy award-winning trumpeter Chuck Mangione in the late 80’s, and performed with Panamanian American jazz bandleader Billy Cobham. When he returned to Japan, he did an ensemble with jazz-legend and pianist Herbie Hancock at the Tokyo Jazz Festival, one of the biggest festivals in Japan. The country now boasts many popular jazz clubs including Blues Alley Tokyo, Sweet Basel, Billboard Live Tokyo and Blue Note Tokyo.''',
    quotes=[
        Q('“It’s a summary of what', 'years in Japan,”', "Makoto Kuriya"),
        Q('“It’s been 20 years already', 'Time does fly.”', "Makoto Kuriya"),
        Q('“Capitol Hill”', None, None),
    ],
    aliases={"Makoto Kuriya": ["Makoto Kuriya", "Japanese pianist Makoto Kuriya", "Renowned Pianist Makoto Kuriya",
                               "American-educated Makoto", "Makoto"]},
),
dict(
    id="voa-blog-h318-2012-08-jazz-beat-pat-metheny-unity-band",
    source="https://blogs.voanews.com/jazz-beat/page/2/",
    license=PD, retrieved=PAGES + " (VOA Jazz Beat blog index page 2; the first post, of August 1st, 2012, taken; " + BLOG + "; the photo caption 'Pat Metheny's Unity Band' / 'Pat Metheny’s Unity Band', the two '[audio:...]' tags and the bare link line 'http://www.youtube.com/watch?v=h20HhCIOdSU' dropped; the line 'Click here for my Pat Metheny profile and interview (mp', cut in the stored copy, dropped)",
    text='''Pat Metheny’s Unity Band
Diaa Bekheet | Washington, DC – Celebrated Jazz guitarist Pat Metheny, one of the brightest stars in the jazz sky, has released a new album with his new killer quartet, Unity Band.  Pat Metheny Unity Band showcases nine new, original compositions.
The band includes saxophonist and bass clarinetist Chris Potter, drummer Antonio Sanchez, and bassist Ben Williams. “This is a group of musicians who can do just about anything,” says Metheny.
Metheny features a tenor saxophone in the front line for the first time in three decades. In his 1980 recordings, Metheny featured now-trumpet-legend Michael Brecker and saxophone titan Dewey Redman.
After just returning to the United States following a European tour, Pat Metheny is wasting no time touring American cities. Tickets for many of his upcoming concerts with Unity Band have already sold out.
During his career as a popular jazz guitar master, Metheny has won several awards, including 19 Grammys and three gold records for “Still Life (Talking),” “Letter from Home,” and “Secret Story.”
In May 2012, Pat Metheny and his guitar-maker Linda Manzer received an award for innovative thinking and design at the Tribeca Film Festival. Metheny and Manzer created the 42-string Pikasso guitar in 1984.
The Pikasso has a special feature known as “The Wedge,” a tapered body shape that makes the side closest to the player thinner than the side that rests on the player’s knee. That design makes the top lean back toward the player for a more aerial view of the strings.''',
    quotes=[
        Q('“This is a group of musicians', 'just about anything,”', "Pat Metheny"),
        Q('“Still Life (Talking),”', None, None),
        Q('“Letter from Home,”', None, None),
        Q('“Secret Story.”', None, None),
        Q('“The Wedge,”', None, None),
    ],
    aliases={"Pat Metheny": ["Pat Metheny", "Metheny", "Celebrated Jazz guitarist Pat Metheny",
                             "a popular jazz guitar master"]},
),
dict(
    id="voa-blog-h318-2012-06-music-sarah-elgeti",
    source="https://blogs.voanews.com/music/page/15/",
    license=PD, retrieved=PAGES + " (VOA music blog index page 15; the first post, of June 8th, 2012, taken; " + BLOG + "; the photo captions 'Danish musician Sarah Elgeti' (printed twice before the byline and once more at the end) and 'Danish musician Sarah Elgeti at home' and the '[audio:...]' tag dropped; the paragraph 'She', cut in the stored copy, dropped; the double space after 'Jazz Beat.' as stored)",
    text='''Into the Open with Danish Artist Sarah Elgeti
Diaa Bekheet | Washington, DC – Danish saxophonist, flutist, composer and bandleader Sarah Elgeti has made quite a splash in Europe with her new album, Into the Open. Her expressive, impressionistic music conjures up vivid images of beautiful scenery. Into the Open’s 11 original tracks showcase a variety of music styles from big band swing to bop to Avant-garde and modern funk.
Elgeti’s compositions contain a lot of different impressions. “I try to paint pictures for each song,” she explained in an interview with VOA’s Jazz Beat.  “That’s also why there’s such a stylistic variety [on the album].”
Sarah Elgeti, who has led her own quintet since 2007, plays saxophone, flute, and clarinet. She tries to use the instrument she feels fit to paint her picture, she said. I talked with Sarah, a Holbaek Jazz Award winner, in 2008. I asked her to explain her picturesque music on this album.
Into the Open, was previously released in Denmark and Germany, and is set for release in Britain next month. Sarah says she finds inspiration for her music in the extreme nature of Denmark. She included several photos in a booklet sold with her album, showing her in breathtaking landscape, in the rain, in stormy and cloudy weather, and reflecting her deep passion for nature and city life.
Sarah played the guitar when she was at a boarding school in Denmark, but at the age of 15, she was asked to play tenor saxophone for the school orchestra. “I said yes, I’d like to try that, and immediately I had this feeling that what I always wanted to do.” She then studied music and took classical education on the flute and the clarinet.''',
    quotes=[
        Q('“I try to paint pictures for each song,”', None, "Sarah Elgeti"),
        Q('“That’s also why there’s', '[on the album].”', "Sarah Elgeti"),
        Q('“I said yes, I’d like', 'always wanted to do.”', "Sarah Elgeti"),
    ],
    aliases={"Sarah Elgeti": ["Sarah Elgeti", "Elgeti", "Sarah", "Danish Artist Sarah Elgeti",
                              "Danish saxophonist, flutist, composer and bandleader Sarah Elgeti",
                              "a Holbaek Jazz Award winner"]},
),
dict(
    id="voa-en-h318-2006-05-sudanese-rebels-refugee-camp-chad",
    source="https://www.voanews.com/a/a-13-2006-05-26-voa25/322492.html",
    license=PD, retrieved=PAGES + " (VOA story of May 26, 2006 on voanews.com; " + DROP_NAV + "; the headline kept as the first line; the empty lines between paragraphs dropped; the stored copy ends on the paragraph 'The Oure Cassoni camp is located ...', kept; 'refuge camps' and 'arrest the any rebels' as stored; the block quotation after the colon kept as its own paragraph as stored (H1798))",
    text='''Sudanese Rebels Drive Through Refugee Camp in Eastern Chad
In eastern Chad, the sight of armed Sudanese rebels in or near refugee camps is becoming more common. The latest incident occurred this week at the Oure Cassoni camp, about 20 kilometers from the town of Bahai.
Helene Caux is a spokesperson for the UN refugee agency, UNHCR. From Bahai, she spoke to VOA’s English to Africa Service reporter Joe De Capua:
“We actually witnessed armed groups, Sudanese rebel groups, in Oure Cassoni camp, which is located just at the border between Chad and Sudan, north of Abeche…. Basically what happened is on Tuesday humanitarian workers in the camp spotted different rebels in pickups (trucks) going through the camp. They told the gendarmes, who are taking care of the camp, the police who are taking care of the camp, that they were coming to see family members and buying cigarettes and basically trying to meet people they knew. But for us it’s completely unacceptable to have men in military clothes and possibly with arms in a refugee camp.”
The UNHCR is trying to make it clear to the rebels they are not welcome at the camps. Caux says, “We met the local authorities to basically discuss the issue. And we’ve met the refugee leaders also to remind them of their duty not to collude with any military or political activity in a refugee camp. We really insist on the civilian character of refuge camps in eastern Chad and all over the world actually.”
Caux says there was no evidence of forced recruitment at the camp but adds there’s concern it could happen in the near future. At that point, the gendarmes could be asked to arrest the any rebels in the camp.
The Oure Cassoni camp is located about 70 kilometers from the Sudan border. The UNHCR is reluctant to relocate it because there’s a good supply of water there for the 27,000 refugees in the camp.''',
    quotes=[
        Q('“We actually witnessed armed groups', 'in a refugee camp.”', "Helene Caux"),
        Q('“We met the local authorities', 'all over the world actually.”', "Helene Caux"),
    ],
    aliases={"Helene Caux": ["Helene Caux", "Caux", "a spokesperson for the UN refugee agency, UNHCR"]},
),
dict(
    id="voa-en-h318-2009-01-kenyan-teachers-strike",
    source="https://www.voanews.com/a/a-13-2009-01-19-voa5-68795292/411676.html",
    license=PD, retrieved=PAGES + " (VOA story of January 19, 2009 on voanews.com; " + DROP_NAV + "; the headline kept as the first line; the empty lines between paragraphs dropped; the paragraph '\"We have heard about the court order, but we have not been s', cut in the stored copy, dropped; 'we have negotiating while the others are eating' and 'the teacher did not receive' as stored; straight marks as stored)",
    text='''Kenyan Teachers Begin Strike Monday to Demand Salary Increases
Nearly half a million teachers in Kenya go on strike Monday after they say meetings with the government failed to resolve differences over salary increases. The teachers are also going on strike despite a court of arbitration order to hold off on the strike.
George Wesonga, chairman of the Kenya National Union of Teachers, told VOA the government's actions forced the teachers to embark on the nationwide strike action.
"We have been negotiating with the Teacher Service Commission about payment of the teachers' salary, and we reached a deadlock because first and foremost they wanted to pay us in five, six phases. The teachers wanted the payment in one phase because from the experience of 1997, when we reached an agreement to be paid in five phases, and the agreement was not followed, we ended up being paid in 10 phases after a long struggle has discouraged the teachers to accept any payment in phases," he said.
Wesonga also said the teachers disagreed with the government because instead of being paid in July 2009, as suggested by the government, the teachers wanted to be paid in January 2009.
He dismissed arguments by some that the teachers should not go on strike especially at a time of tough global economic times.
"We have been negotiating for these salaries from 14 May 2008, and if we had agreed at that time, we would have had these salaries paid last year. So it's not us choosing to go on strike. It is the government making us to go on strike. And because we have negotiating while the others are eating, that's why the teachers have said no we cannot work while the others are eating. We must go on strike to make the government make us eat," he said.
According to reports, a Kenyan Industrial Court had asked the Teachers not to go on strike. But Wesonga said the teacher did not receive any court order.''',
    quotes=[
        Q('"We have been negotiating with the Teacher', 'payment in phases,"', "George Wesonga"),
        Q('"We have been negotiating for these salaries', 'make us eat,"', "George Wesonga"),
    ],
    aliases={"George Wesonga": ["George Wesonga", "Wesonga", "chairman of the Kenya National Union of Teachers"]},
),
]
