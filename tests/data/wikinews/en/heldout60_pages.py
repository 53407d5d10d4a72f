# Held-out English news pages (tests/data/heldout60-en.jsonl). Like heldout22/24/27/30/34/40/53/55_pages.py, these texts
# are stored web pages (the `pages` search corpus) of the Voice of America, none of them used in an earlier set: four
# items of VOA's public relations site insidevoa.com (a VOA reporter's trip to Makeni during the Ebola epidemic, 2014; the
# Cowan Award for the "Hunger Across Africa" project, 2017; the AIB Media Freedom Award, 2021; two National Headliner
# Awards, 2022), two voanews.com reports (Haiti's cholera epidemic, 2011; Typhoon Haiyan in the central Philippines,
# 2013) and four transcripts of VOA's weekly science magazine "Our World" (2005, 2006, 2007, 2009). All are works of the
# US government and in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters, AFP or another third party
# in the kept text. The stored copies are cut after about 2,000 characters: only complete paragraphs are kept (a cut
# paragraph is dropped and noted in `retrieved`). Navigation, photo captions (printed twice), bylines, video blocks, fact
# boxes and the transcripts' service notice are dropped; wording, spelling, spacing inside a paragraph and quotation
# marks are as stored. Annotated by reading the pages, before whosaid was run on them (rules H300-H303 in ANNOTATION.md
# on top of H1-H281 and H306-H308).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout60-en.jsonl

Built by `build.py` from `heldout60_pages.py`. Like heldout22-en, heldout24-en, heldout27-en, heldout30-en, heldout34-en,
heldout40-en, heldout53-en and heldout55-en, these texts are stored web pages (the `pages` search corpus) of the Voice of
America, none of them used in a set above: four items of VOA's public relations site insidevoa.com (a VOA reporter's trip
to Makeni during the Ebola epidemic, 2014; the Cowan Award for the "Hunger Across Africa" project, 2017; the AIB Media
Freedom Award, 2021; two National Headliner Awards, 2022), two voanews.com reports (Haiti's cholera epidemic, 2011;
Typhoon Haiyan in the central Philippines, 2013) and four transcripts of VOA's weekly science magazine "Our World" (2005,
2006, 2007, 2009). All are US government works in the public domain (17 U.S.C. § 105); none is credited to AP, Reuters,
AFP or another third party in the kept text. The stored copies are cut after about 2,000 characters; only complete
paragraphs are kept (what was dropped is noted per page). Navigation, captions, bylines, video blocks, fact boxes and the
transcripts' service notice were dropped; wording and quotation marks are as stored. None of these pages is used in any
set above (checked by URL, by title, by the names of their speakers and by 8-word overlap with every existing text: no
shared 8-word sequence). The annotation (rules H300–H303 in `ANNOTATION.md` on top of H1–H281 and H306–H308) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the
main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DROP_NAV = "the lines 'Accessibility links' and 'Breaking News' dropped"

DOCS = [
dict(
    id="insidevoa-2014-voa-goes-to-heart-of-ebola-epidemic-makeni",
    source="https://www.insidevoa.com/a/voa-goes-to-the-heart-of-ebola-epidemic-in-sierra-leone-and-liberia/2467999.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the two photo captions, each printed twice ('Health workers clean up after removing the body of an Ebola victim.', 'A sick child at the holding center in Makeni.'), dropped; the last paragraph 'The tragedy underway now in Makeni, he says, could be an indication of what may happen throughout Sierra Leone if there is no international assistance ...', cut in the stored copy, dropped)",
    text='''VOA Goes to the Heart of Ebola Epidemic in Sierra Leone and Liberia
Every day Voice of America broadcasts news about the Ebola outbreak to millions of people in Africa in more than 20 languages, along with information about how to avoid contracting the disease. A reporter for VOA based in Sierra Leone, Adam Bailes, recently became one of the first journalists to travel to the village of Makeni, in Sierra Leone’s Northern Province. He filed a heartbreaking video report.
There are no treatment facilities for Ebola in Makeni, as his report makes clear. As a result patients wait in a holding facility to be transported to the only place in the country able to take them, a Doctors Without Borders treatment center that is 16 hours away by ambulance. Bailes got to Makeni by making that 16-hour journey.
He arrived at what he describes as the worst situation he has seen in Sierra Leone: “The Ebola virus seems to be ripping through Makeni,” Bailes says. For safety, he was able to stay only a few hours, but in that time, he saw “no signs of hope.” As difficult as it was to see a building full of sick people he knew all might die, he says it was perhaps even harder seeing doctors trying their best to treat them but not knowing what to do.
The problem, he says, is not just equipment or training or staff. It is “understanding how infectious Ebola is and understanding how bacteria and illness--this invisible sickness--is spread.” Many otherwise knowledgeable doctors are dying, he adds, because “Ebola is something nobody has ever experienced before.”''',
    quotes=[
        Q('“The Ebola virus seems', 'ripping through Makeni,”', "Adam Bailes"),
        Q('“no signs of hope.”', None, "Adam Bailes"),
        Q('“understanding how infectious', 'is spread.”', "Adam Bailes"),
        Q('“Ebola is something nobody', 'experienced before.”', "Adam Bailes"),
    ],
    aliases={"Adam Bailes": ["Bailes"]},
),
dict(
    id="insidevoa-2017-08-voa-africa-journalists-receive-cowan-award",
    source="https://www.insidevoa.com/a/voa-africa-journalists-receive-cowan-award/4005891.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the photo caption '(L to R): Abdulaziz Osman, Negussie Mengesha (VOA Africa Division Director), Salem Solomon, and Nicolas Pinault, August 29, 2017.' dropped; the paragraph 'The Cowan Award was established in 1995 in honor of Louis and Geoffrey Cowan, ... Alan Heil, former VOA Deputy Director (1996-98) and Holly Co...', cut in the stored copy, dropped)",
    text='''VOA Africa Journalists Receive Cowan Award
Millions of Africans facing famine and starvation led Voice of America to report first-hand from the areas most affected, creating the wide-ranging multimedia project, "Hunger Across Africa". For their work on this project, VOA Director Amanda Bennett presented the 2017 Cowan Award for Humanitarian Reporting to VOA journalists Abdulaziz Osman, Nicolas Pinault, and Salem Solomon in an August 29 ceremony at VOA headquarters.
"This was an amazing team effort," VOA Director Bennett said. "More than 80 original reports, dozens of videos, radio broadcasts, and panel discussions have been produced on numerous platforms along with many additional reports in 15 languages within the Africa Division."
VOA Somali Television Executive Producer Abdulaziz Osman and VOA French to Africa Internet Managing Editor Nicolas Pinault travelled to conflict-ridden regions of Africa to assess the hunger crisis firsthand. Osman filed multimedia reports from the breakaway region of Somaliland and from Somalia, where terrorist attacks by al-Shabaab undermine food security. Pinault reported first-hand from Chad and from Niger in areas vulnerable to cross-border attacks by the Nigerian Islamic insurgent group Boko Haram.
VOA Africa Division writer Salem Solomon developed and produced the custom website for the project and contributed original reporting. Interactive features give individual crisis assessments of factors including armed conflict, disease, humanitarian relief efforts, drought, and climate change.''',
    quotes=[
        Q('"Hunger Across Africa"', None, None),
        Q('"This was an amazing team effort,"', None, "Amanda Bennett"),
        Q('"More than 80 original reports', 'within the Africa Division."', "Amanda Bennett"),
    ],
    aliases={"Amanda Bennett": ["VOA Director Amanda Bennett", "VOA Director Bennett", "Bennett"]},
),
dict(
    id="insidevoa-2021-11-voa-wins-aib-media-freedom-award",
    source="https://www.insidevoa.com/a/6311100.html",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the lead paragraph; kept so (H131); the acting director's name is stored as 'Lόpez', with a Greek omicron with tonos, and kept so; the last paragraph 'In its winning entry the Voice of America entered several examples ... ahead of the U.S. troo...', cut in the stored copy, dropped)",
    text='''Voice of America’s dedicated press freedom coverage that includes stories and other collaborative projects produced by VOA reporters covering the topic around the world, was presented with the Association for International Broadcasting first ever Media Freedom Award.
In presenting the award to VOA in a virtual ceremony on Friday, November 12, AIB host and Al Jazeera English presenter Kamahl Santamaria said the jury looked at how broadcasters actively cover or promote media freedom, and how the shortlisted networks approach media freedom, considering among other attributes their impact and resources. The AIB media freedom award is presented to a network that actively covered, promoted and protected media freedom. VOA was selected for its "clear and long term commitment to the promotion of media freedom,” Santamaria said.
“Congratulations to our dedicated press freedom editor, Jessica Jerreat, and all our intrepid reporters that contribute to our coverage of media freedom, an important topic of extreme significance for VOA’s reporting,” said Acting VOA Director Yolanda Lόpez. “Voice of America is committed to press freedom around the world. However, many VOA journalists work in countries that restrain free speech and independent journalism. It is very gratifying that the AIB awards jury recognized VOA’s efforts to highlight the importance of the issue and expand our journalism to cover it extensively.”''',
    quotes=[
        Q('"clear and long term commitment', 'of media freedom,”', "Kamahl Santamaria"),
        Q('“Congratulations to our dedicated', 'for VOA’s reporting,”', "Yolanda Lόpez"),
        Q('“Voice of America is committed', 'cover it extensively.”', "Yolanda Lόpez"),
    ],
    aliases={"Kamahl Santamaria": ["Santamaria"],
             "Yolanda Lόpez": ["Acting VOA Director Yolanda Lόpez"]},
),
dict(
    id="insidevoa-2022-voa-stories-win-two-headliner-awards",
    source="https://www.insidevoa.com/a/6549476.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the photo caption 'VOA journalist Ayesha Tanzeem reports from the airport in Kabul ...', printed twice, dropped; the last paragraph 'VOA journalists Carla Babb, Ayesha Tanzeem, Kane Farabaugh, and Arif Aslan filed on ma...', cut in the stored copy, dropped)",
    text='''VOA Stories Win Two Headliner Awards
Voice of America journalists won in two National Headliner Awards categories, the competition that honors the best reporting in the United States in 2021.
The press freedom project “The Mechanism” took second place for “digital presentation of a single features project,” with bilingual coverage of threats on journalists in Mexico, and the government’s attempt to protect reporters. Every 12 hours, a journalist in Mexico is threatened. Between 2012 and 2021, 31 journalists were killed, many threatened and kidnapped. VOA’s English and Spanish newsrooms knew many important moments could never be captured on video or in a photo.
The reporting team, Cristina Caicedo Smit, Victor Castillo, Guadalupe Rincon, Jessica Jerreat and Amy Reifenrath, chose Brian Williamson’s artistic illustrations to relate the experience of a reporter who was kidnapped from the scene of a news story and threatened with execution.
“I’m especially pleased for the recognition VOA journalists are getting for their work promoting press freedom, in the case of ‘The Mechanism,’” said Acting VOA Director Yolanda López. “I am exceptionally touched by the award multiple journalists in VOA got for their coverage of the withdrawal of the U.S. military from Afghanistan, as so many of our own colleagues were directly affected by this news event.”
VOA won third place for continuing coverage of a major news event by “broadcast television networks, cable networks and syndicators” with a submission named, “Mission's End: War and Withdrawal in Afghanistan.”''',
    quotes=[
        Q('“The Mechanism”', None, None),
        Q('“digital presentation of a single features project,”', None, None),
        Q('“I’m especially pleased', '‘The Mechanism,’”', "Yolanda López"),
        Q('“I am exceptionally touched', 'this news event.”', "Yolanda López"),
        Q('“broadcast television networks, cable networks and syndicators”', None, None),
        Q('“Mission\'s End: War and Withdrawal in Afghanistan.”', None, None),
    ],
    aliases={"Yolanda López": ["Acting VOA Director Yolanda López"]},
),
dict(
    id="voa-2011-haiti-cholera-epidemic-not-waning-vaccination-to-begin",
    source="http://www.voanews.com/content/haitis-cholera-epidemic-not-waningvaccination-to-begin-134083213/164624.html",
    license=PD, retrieved=PAGES + " (the section line 'News / Americas' dropped; the fact box 'Deadly Cholera Outbreaks' (Haiti October 2010-present, Nigeria 2010, Zimbabwe 2008, Democratic Republic of Congo 1994, Peru, rest of South America 1991 to 1994, each with a bulleted figure) dropped like a caption; the last paragraph 'The disease has sickened nearly half a million Haitians in the past year, ... During the heig...', cut in the stored copy, dropped; the copy's double spaces after full stops kept)",
    text='''Haiti's Cholera Epidemic Not Waning; Vaccination to Begin
The United States' most prominent public health agency is calling the cholera epidemic in Haiti “the worst cholera outbreak in recent history.”  The U.S. Centers for Disease Control and Prevention says cholera continues to spread across Haiti a year after it was first identified, despite better access to clean water.  This, as the United Nations faces a lawsuit for alleged unsanitary conditions at a U.N. base that may have introduced cholera into Haiti. Our reporter takes us to a cholera clinic in Haiti, just a few kilometers from where the cholera outbreak in Haiti is thought to have begun.
She stands in the morning heat, in pain and worry.  For her baby and herself.  "Susan" won't give her real name because of the stigma of her disease.  She walked and rode motorcycles for six hours to arrive at this cholera treatment center.
“I was really worried this morning, especially when I was walking because I was really concerned I might lose the baby," said 'Susan'. " So I knew I had to get here and see what result I had.”
Cholera can kill within hours by depleting body fluids through uncontrollable diarrhea and vomiting. Susan's sister also has it. Doctors know exactly how cholera spreads.  Some Haitians don't, like Susan's mother.
"Only God knows what causes cholera," said 'Susan's' mother.
The cause .. is contaminated water.
And a U.N. panel of experts has traced it back to Nepalese peacekeepers at this U.N. base.''',
    quotes=[
        Q('“the worst cholera outbreak in recent history.”', None, "U.S. Centers for Disease Control and Prevention"),
        Q('"Susan"', None, None),
        Q('“I was really worried', 'lose the baby,"', "Susan"),
        Q("'Susan'", None, None),
        Q('" So I knew', 'result I had.”', "Susan"),
        Q('"Only God knows what causes cholera,"', None, None),
        Q("'Susan's'", None, None),
    ],
    aliases={},
),
dict(
    id="voa-2013-11-10-emergency-work-overwhelming-central-philippines",
    source="http://www.voanews.com/content/emergency-work-overwhelming-in-typhoon-ravaged-central-philippines/1787264.html",
    license=PD, retrieved=PAGES + " (the section line 'News / Asia', the photo caption 'A ship lies on top of damaged homes ...', printed twice, and the byline 'Simone OrendainVOA News' dropped; the 'Related video' block (its title 'Emergency Work 'Overwhelming' in Philippinesi', 'X', the date line 'November 10, 2013 1:59 PM' and its teaser 'Local officials in the Philippines say the death toll ... the destruction was overwhelming.') dropped like other video blocks; the copy's indentation and trailing spaces removed; the stored copy continues after Pang's quotation with a paragraph cut in the copy, dropped)",
    text='''Emergency Work 'Overwhelming' in Typhoon-Ravaged Central Philippines
In the typhoon-ravaged central Philippines, emergency workers are trying to push their way through piles of debris to recover bodies and get aid to people who have been stranded without food and water. Officials expect the number of dead to be in the thousands.
Most of those deaths are in Tacloban, a coastal city of Leyte Province.  That is where Super Typhoon Haiyan first bore down on the country, leaving a trail of devastation across dozens of islands.
Thousands of houses have been reduced to rubble, while crumpled cars lie smashed into each other and splintered trees and power lines clog muddy ground.
Haiyan created a five-meter high storm surge that pounded Tacloban and left bodies tossed about in its wake.  The Philippine Red Cross said its people on the ground estimated more than 1,000 people have died there.
Red Cross Secretary-General Gwendolyn Pang said body bags have been ordered, but right now the priority was getting 45,000 food packs to the families most in need.
“People are impatient already because they want to feel, they want to see significant support already since today is already the third day since the typhoon,” said Pang.''',
    quotes=[
        Q("'Overwhelming'", None, None),
        Q('“People are impatient already', 'since the typhoon,”', "Gwendolyn Pang"),
    ],
    aliases={"Gwendolyn Pang": ["Red Cross Secretary-General Gwendolyn Pang", "Pang"]},
),
dict(
    id="voa-2005-06-our-world-transcript-june-25-26",
    source="https://www.voanews.com/archive/our-world-transcript-june-25-26-2005",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the notice 'This transcript is provided as a service; there may be some variation between it and the program as broadcast.', dropped like other notices (H25); the text starts with the programme's first line (H131); the paragraph 'Organizers of the mission spent all of 4 million dollars on the project. Ann Druyan, ... the mission is not a fai...', cut in the stored copy, dropped; the stored '?' standing for a dash and the double spaces kept)",
    text='''MUSIC: Our World theme
Straight ahead on "Our World" ... A new kind of spacecraft fails to go into orbit ... teaching science in our schools ... and remembering a man who helped make the modern world ...
FRED ALLEN:  "He's really a towering figure. Few people have changed so much about our lives since really Thomas Edison and the Wright brothers."
Jack Kilby and the invention of the microchip, a listener question answered, and more. ... I'm Art Chimes.  Welcome to VOA's science and technology magazine, "Our World."
Efforts to launch a satellite to test the concept of using photons to propel a spacecraft apparently failed this week.
The small Cosmos 1 satellite was launched from a Russian submarine Tuesday, but all indications are that it failed to reach its intended orbit. There may have been a problem with the launch vehicle ? a modified old Soviet-era missile.
The spacecraft was designed to reach an orbit some 800 kilometers above earth, then unfurl its flower-like sail, designed to catch photons streaming from the sun, much like a sailing ship catches the wind. It's an untested concept, but advocates of solar sails think it represents a promising technology that could power future trips to other planets, as explained on this video from the website of the Planetary Society, a co-sponsor of the mission.
NYE: "No one's ever built a spacecraft like this, and this is the future. Instead of using big, heavy chemical rockets that run out of fuel pretty quickly, you can put a sail in space and get photons to push it along for weeks and months, maybe years."
That's Bill Nye, TV science personality and vice president of the Planetary Society.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"He\'s really a towering figure.', 'the Wright brothers."', "FRED ALLEN"),
        Q('"Our World."', None, None),
        Q('"No one\'s ever built', 'maybe years."', "Bill Nye"),
    ],
    aliases={"Bill Nye": ["NYE"]},
),
dict(
    id="voa-2006-06-03-our-world-transcript",
    source="https://www.voanews.com/archive/our-world-transcript-3-june-2006",
    license=PD, retrieved=PAGES + " (the stored copy has no headline and begins with the notice 'This transcript is provided as a service; there may be some variation between it and the program as broadcast.', dropped (H25); the text starts with the programme's first line (H131); the paragraph 'SLUIJS:  \"So on the basis of fossil algae ... based on fossil molecules made by archa...', cut in the stored copy, dropped; the copy's typo 'pountry' and double spaces kept)",
    text='''MUSIC: "Our World" theme
Straight ahead on "Our World" ... so-so grades for U.S. schools on their science education report card ... World No Tobacco Day ... and bird migration and avian flu:
LUBROTH: "It's through pountry and poultry trade, not so much the wild birds.  They will introduce it, but we are responsible for spread."
Those stories, a financial challenge to improving health care, the Earth from space on our Website of the Week, and more.  I'm Art Chimes.  Welcome to VOA's science and technology magazine, "Our World."
Scientists studying material drilled from underneath the Arctic Ocean say the layers of sediment show that - tens of millions of years ago - the region was nearly tropical.
Researchers from the United States and Europe studied a 450 meter-deep column of material recovered by a fleet of three icebreakers. The sediment was laid down as far back as more than 55 million years ago.
Kathryn Moran of the University of Rhode Island says the deeper the sediment, the further back in the past it represents.
MORAN:  "It turns out that sediments in the deep parts of the world's oceans get deposited at very slow rates - about a centimeter to two per thousand years. So that means a pile of sediment can represent a very long record, basically like a textbook going back in time, flipping the pages back in time."
And Dutch researcher Appy Sluijs from Utrecht University says that within each layer, it's possible to determine the temperature at the time the sediment was deposited. For example, at one layer they began to observe evidence of microorganisms found only in warm water.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"Our World"', None, None, 1),
        Q('"It\'s through pountry', 'responsible for spread."', "LUBROTH"),
        Q('"Our World."', None, None),
        Q('"It turns out that sediments', 'pages back in time."', "Kathryn Moran"),
    ],
    aliases={"Kathryn Moran": ["MORAN"]},
),
dict(
    id="voa-2007-09-29-our-world",
    source="https://www.voanews.com/a/a-13-2007-09-28-voa41-66589582/555690.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'SHUSTER: \"All of us would have predicted ... no, this old one worked...', cut in the stored copy, dropped)",
    text='''Our World — 29 September 2007
Straight ahead on "Our World" ... Plucking DNA samples from the hair of extinct animals ... the health benefits of drinking tea ... and deformed frogs, parasites, and the environment ...
JOHNSON: "So we know that parasites can often kill large numbers of frogs, but what the long-term consequences of that are for amphibian population declines still remains largely unexplored."
Those stories, a Space Age anniversary, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Recreating dinosaurs and other long-extinct species from their DNA is the stuff of science fiction, but ancient DNA may be easier to recover and study thanks to new research published this week. An international science team was able to unlock the genetic blueprint of extinct Siberian woolly mammoths from samples of their hair, using a technique that is easier and cheaper than extracting the DNA from bone. VOA's Jessica Berman reports.
BERMAN: Scientists mapped the entire DNA sequence from the hair shafts of 13 Siberian woolly mammoths.
The mammoths roamed the earth 30,000 to 60,000 years ago and are the common, prehistoric ancestor of the African and Indian elephants.
The hair in the study was obtained from a frozen mammoth found in 1799 in the permafrost near Siberia.
For the past 200 years, the hair remains were stored at room temperature at the Zoological Museum in St. Petersburg.
Stephan Shuster is with the Center for Comparative Genomics at Pennsylvania State University.
Shuster, who is part of the international team that sequenced the genetic material taken from the hair samples, says no one thought it was possible to derive usable DNA.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"So we know that parasites', 'largely unexplored."', "JOHNSON"),
        Q('"Our World."', None, None),
    ],
    aliases={},
),
dict(
    id="voa-2009-09-19-our-world",
    source="https://www.voanews.com/a/a-13-2009-09-18-voa34-68663752/408389.html",
    license=PD, retrieved=PAGES + " (" + DROP_NAV + "; the paragraph 'SERENO: \"Basically it stole away, in one blow, all of the things that were special to the big guys. ...', cut in the stored copy, dropped; the subheading 'Dinosaur Found in China is Older, Human-Scale T. Rex Ancestor' kept as a line)",
    text='''Our World — 19 September 2009
MUSIC: "Our World" theme
This week on Our World: The newly-discovered dinosaur that's a human-sized ancestor of T. Rex ... probing the link between brain cancer and mobile phones ... and searching for wildlife in America's biggest city.
BUFFINGTON: "What you're listening to, these things, have been out here in the world for millions of years. To me it's almost an honor and a privilege to be able to listen to them sing to me."
Those stories, how fish farming is affecting ocean fish, and more.
I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
Dinosaur Found in China is Older, Human-Scale T. Rex Ancestor
An international team of paleontologists has reported the discovery of a new species of dinosaur that looks like a miniature version of the fearsome predator, Tyrannosaurus Rex.
You've probably seen T. Rex in a museum or in the movies — 6 tons or so of killing and eating machine, standing 6 meters tall, and 12 meters long from teeth to tail.
Well, now say hello to T's much smaller ancestor.
SERENO: "I'm describing a new species of tyrannosaur – something that's more primitive than the ones we're most familiar with, like Tyrannosaurus Rex, something that's twice as old, and something that comes from China."
Paul Sereno of the University of Chicago writes about the new dinosaur in SciencExpress, the online counterpart of the journal Science.
The new dinosaur, named Raptorex, lived about 125 million years ago in an area that included what is now northeastern China.
Sereno says Raptorex was a miniature version of T. Rex — roughly human size, about three meters long and about the weight of a person — with many of the features that would define the bigger dinosaur tens of millions of years later.''',
    quotes=[
        Q('"Our World"', None, None),
        Q('"What you\'re listening to', 'sing to me."', "BUFFINGTON"),
        Q('"Our World."', None, None),
        Q('"I\'m describing a new species', 'comes from China."', "Paul Sereno"),
    ],
    aliases={"Paul Sereno": ["SERENO", "Sereno"]},
),
]
