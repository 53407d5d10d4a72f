# Held-out English news texts (tests/data/heldout441-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of US government agencies' own news stories (public domain, 17 U.S.C. § 105): four stories
# of the NIH Record, the newsletter of the National Institutes of Health (Bike to Work Day 2015 and 2025, the Children's
# Inn groundbreaking of 2002 and its 25th anniversary in 2015), two army.mil stories of the Army Reserve Best Warrior
# Competition at Fort McCoy (2009 and 2011), a NASA Langley Researcher News story on the demolition of two wind tunnels
# (nasa.gov) and a NASA Langley story on the farewell to the Full-Scale Tunnel (2009; copy on a blog). None is credited
# to AP, Reuters, AFP or another third party. Stored copies are cut after about 2,000 characters: only complete
# paragraphs are kept and the cut paragraph is dropped (noted in `retrieved`). Site lines, navigation, issue and date
# lines, bylines, photo captions and credits, 'Continued...' and 'View Gallery' lines and the empty lines between
# paragraphs are dropped; a headline is kept once as the first line where the stored copy has one (none is added where it
# has none); datelines at the start of a paragraph are kept as stored; wording, typos and quotation marks (straight or
# curly as stored) are as stored. Annotated by reading the texts, before whosaid was run on them (rules H2095-H2100 in
# ANNOTATION.md on top of H1-H2094).
PD = "public domain (US government work, 17 U.S.C. § 105)"
PDC = "public domain (NASA, US government work, 17 U.S.C. § 105; copy of the NASA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout441-en.jsonl

Built by `build.py` from `heldout441_pages.py`. Like heldout417-en, heldout414-en and the other US government sets above,
these texts are stored web pages (the `pages` search corpus) of US government agencies' own news stories, works of
federal employees in the public domain (17 U.S.C. § 105), here mostly of agencies little used so far: four stories of the
NIH Record, the biweekly employee newsletter of the National Institutes of Health (nihrecord.nih.gov: 'NIH’ers Leave Cars
at Home for Bike to Work Day', June 5, 2015; 'NIH’ers Roll In on Bike to Work Day', June 6, 2025; ''Place of Hope and
Healing' Gets New Wing', May 28, 2002; 'Inn Celebrates 25 Years of Helping Pediatric Patients', Aug. 14, 2015; the NIH
Record states that its content is reprintable without permission), two army.mil stories of the U.S. Army Reserve Best
Warrior Competition at Fort McCoy, Wis. (article 24316 of July 2009 and article 60526 of June 2011), a NASA Langley
Researcher News story by Kathy Barnstorff on the demolition of the Full Scale and 16 Foot Transonic tunnels
(nasa.gov, 'The Price of Progress') and the NASA Langley story 'Smiles and Memories: A Final 'Goodbye' to the Langley
Full-Scale Tunnel' (2009) in a copy on a blog (nonsense-verse.blogspot.com; the same NASA text, with NASA photo credits,
is also stored on daily-allnews.blogspot.com; licence constant PDC, as for the copies of VOA texts in heldout424-en). Reuse
terms relied on: US government works are not subject to copyright in the US (17 U.S.C. § 105); NASA states that its
text material is generally not copyrighted; the NIH Record prints that its content is reprintable without permission.
None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after about 2,000 characters;
only complete paragraphs are kept and the cut paragraph is dropped, also where it opens a quotation (what was dropped is
noted per page). Site lines ('skip navigation nih record', 'Front Page', 'Next Story', 'NIH Record vertical blue bar
column separator', 'Text Size'), volume, date, 'cover', 'On the front page...' and 'Continued...' lines, bylines, photo
captions and credits, 'View Gallery' lines and the empty lines between paragraphs were dropped; datelines at the start
of a paragraph are kept as stored; wording, typos ('are being taking down', 'a number or reasons') and quotation marks
(straight and curly as stored) are as stored. Pages read but left out: the MyCG 'Frontline Focus' of Nov. 18, 2021
(Cutter Spencer; already read and left out in heldout258-en, one quotation), the MyCG commentary 'A homage to sea duty'
(2495513; one quotation before the cut), the Buckley 'DEL 4 receives new commander' story (heldout268-en), the National
Guard flood stories 573315, 572966 and 611419 (heldout33-en), the VA release on 14 new clinics (heldout167-en), the
usar.army.mil Best Warrior arrival story 751076 (one quotation), the NIH Record stories of 2019 (Bike to Work Day
award; the speaker of its third quotation is unclear), node/17561 and of 2023 (one quotation each before the cut), the
NIH Record Take Your Child to Work Day stories (quotations cut), a news.uscg.mil decommissioning release (one
quotation), the NASA Stennis release on the Hancock County awards (one quotation) and pages of newspapers, TV stations
and magazines found by the same searches. None of the pages used is in any set above or in another helper's worktree
(checked by URL and page id (06_05_2015/story2, 2025/06/06/nih-ers-roll-bike-work-day, 05_28_2002/story01,
08_14_2015/story1, article/24316, article/60526, rn_LFST16ftdemo, nonsense-verse, smiles-and-memories), by title, by
the names of the speakers and by phrases, such as Bike to Work, Carl Henn, Non-Polluter Commuter, Place of Hope and
Healing, no room at the inn, John Taylor, Lori Wiener, Jennie Lucca, John Gallin, National Institutes of Hope, complete
sense of respite, Andrew Young, Day Zero, the active duty is scared, They are all winners, same level and standard, Sue
Grafton, Full Scale Tunnel Memories, Kathy Barnstorff, Joe Chambers, Reid Conference Center and Full-Scale Tunnel, with
grep over tests/data of the main tree and of every other helper's worktree (heldout425-440): no hit; Francis Collins
and Jack C. Stultz speak in other sets about other events). The annotation (rules H2095–H2100 in `ANNOTATION.md` on top
of H1–H2094) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="nih-record-2015-06-05-bike-to-work-day",
    source="https://nihrecord.nih.gov/newsletters/2015/06_05_2015/story2.htm",
    license=PD, retrieved=PAGES + " (NIH Record story of June 5, 2015 (Vol. LXVII, No. 12) on NIH's Bike to Work Day of May 15, 2015; the lines 'skip navigation nih record', 'Vol. LXVII, No. 12', 'June 5, 2015', 'cover', 'previous story', 'next story', 'On the front page...' and 'Continued...' and the photo caption 'NIH director Dr. Francis Collins welcomes BTWD participants.' (stored twice) dropped; headline kept once; the paragraph 'After Collins spoke, Joe Cox, ORS’s chief of transportation services, presented Dr. Diane Bolton with the 4th annual Carl Henn Bicycling Advocacy Award. ... The award is given to someon', cut in the stored copy, dropped; the writer's “pit stops” is null (H2099); curly marks as stored)",
    text='''NIH’ers Leave Cars at Home for Bike to Work Day
Some NIH’ers actually enjoy their commute. And on May 15, hundreds of bike riders convened at 3 NIH-affiliated “pit stops” to celebrate Bike to Work Day.
A total of 617 cyclists registered for NIH’s observance of BTWD. At the pit stop in front of Bldg. 1, 338 registrants could pick up snacks, a free T-shirt, enter a raffle and maybe learn a new shortcut or two from a fellow rider. The NIH Bicycle Commuter Club (NIHBCC) organized the annual event.
The other two NIH-affiliated BTWD pit stops were Rockledge Drive at Rock Springs Business Park and Fallsgrove Village Center, near NCI Shady Grove in Rockville.
Among the riders who stopped in front of Bldg. 1 was NIH director Dr. Francis Collins. He pedaled in with his wife, Diane Baker, from their home in Chevy Chase.
“We are the National Institutes of Health. So it’s good that we actually think about health not only for the rest of the world, but also ourselves,” said Collins. “Riding your bike to work or riding your bike almost anywhere is a great way to do that.”
Collins added it’s important to eat right and exercise despite deadlines and busy schedules. He then urged occasional riders to bike to work more often.
“Make a practice of it. Do it every day,” he said. “I’ll be riding my bike most of this season. As long as it’s not pouring rain, I expect I’ll be rolling up here in the morning.”''',
    quotes=[
        Q('“pit stops”', None, None),
        Q('“We are the National', 'but also ourselves,”', "Francis Collins"),
        Q('“Riding your bike', 'to do that.”', "Francis Collins"),
        Q('“Make a practice', 'every day,”', "Francis Collins"),
        Q('“I’ll be riding', 'in the morning.”', "Francis Collins"),
    ],
    aliases={"Francis Collins": ["Francis Collins", "NIH director Dr. Francis Collins", "Dr. Francis Collins", "Collins"]},
),
dict(
    id="nih-record-2025-06-06-bike-to-work-day-fowler",
    source="https://nihrecord.nih.gov/2025/06/06/nih-ers-roll-bike-work-day",
    license=PD, retrieved=PAGES + " (NIH Record story of June 6, 2025 on NIH's Bike to Work Day of May 15, 2025 and the Carl Henn Bicycling Advocacy Award; the stored copy is complete (it ends with the line 'To learn more about the NIHBCC, visit: https://www.nihbike.com/.', kept as stored); headline kept once as the first line; the nickname “Sally” inside the speaker's name is null and stays in the canonical name (H254, H2100); Fowler's second quotation runs to its paragraph end without a closing mark (multi-paragraph quotation); the jersey motto ‘Non-Polluter Commuter,’ is nested in her third span; curly marks as stored)",
    text='''NIH’ers Roll In on Bike to Work Day
On May 15, after two rainy days, the skies cleared and local roads filled with cyclists. That day, some NIH’ers commuted into work on their bicycles as part of the Washington area’s Bike to Work Day and dropped by the NIH pitstop behind the Natcher Bldg.
Each year, Bike to Work Day promotes not only physical fitness but also environmentally friendly commuting by reducing traffic congestion and carbon emissions caused by driving. This year’s NIH event was co-sponsored by the Office of Research Services (ORS) Division of Amenities and Transportation Services (DATS), NIH Police and Recreation & Welfare (R&W) Association.
Each year, on Bike to Work Day, the NIH Bicycle Commuter Club presents the Carl Henn Bicycling Advocacy Award to an avid cyclist. The award honors the memory and legacy of longtime NIH employee and cycling advocate Henn, a co-founder and president of NIHBCC who passed away unexpectedly in 2010. This year’s honoree is Sarah “Sally” Fowler.
“Thanks to Carl and many others, NIH has a strong history of supporting biking—which makes sense,” said Fowler, an NIH research nurse specialist. “As the nation’s premier research facility, we should be an example to the nation for healthy commuting lifestyles.
“The benefit to the environment by bicycling can best be summed up by the motto found on the NIH Bike Club jersey, which reads: ‘Non-Polluter Commuter,’” Fowler said. “Bicycling is a big part of the culture here at NIH and all NIH bicycle commuters can consider themselves members of the club.”
To learn more about the NIHBCC, visit: https://www.nihbike.com/.''',
    quotes=[
        Q('“Sally”', None, None),
        Q('“Thanks to Carl', 'which makes sense,”', "Sarah “Sally” Fowler"),
        Q('“As the nation’s premier', 'healthy commuting lifestyles.', "Sarah “Sally” Fowler"),
        Q('“The benefit to the environment', 'Non-Polluter Commuter,’”', "Sarah “Sally” Fowler"),
        Q('“Bicycling is a big part', 'members of the club.”', "Sarah “Sally” Fowler"),
    ],
    aliases={"Sarah “Sally” Fowler": ["Sarah “Sally” Fowler", "Fowler", "This year’s honoree", "an NIH research nurse specialist"]},
),
dict(
    id="nih-record-2002-05-28-childrens-inn-new-wing",
    source="https://nihrecord.nih.gov/newsletters/05_28_2002/story01.htm",
    license=PD, retrieved=PAGES + " (NIH Record story by Carla Garnett of May 28, 2002 on the groundbreaking for a new wing of the Children's Inn at NIH on Apr. 24, 2002; the site lines 'Front Page', 'Next Story' and 'NIH Record vertical blue bar column separator', the byline 'By Carla Garnett', the lines 'On the Front Page...' and 'Photos by Ernie Branson' and the photo caption 'Inn president Dr. Lori Wiener' dropped; the headline and its deck line 'Children's Inn To Make Room for More Families' kept as the first two lines as stored; the paragraph 'While the groundbreaking offered an opportunity to bask in the inn's unqualified success, ... Dr. Lori Wiener, inn president ..., took the audience on a brief verbal tou', cut in the stored copy, dropped (with it Wiener, who says nothing in marks in the kept text); straight marks as stored)",
    text='''\'Place of Hope and Healing\' Gets New Wing
Children's Inn To Make Room for More Families
Hoping never again to have to say "there's no room at the inn," officials at the Children's Inn at NIH broke ground on Apr. 24 for an addition to the enormously successful 12-year-old temporary residence for families of children undergoing treatment at the Clinical Center.
"Fourteen years ago when many of you were here for the first groundbreaking, you did so with high hopes," recalled John Taylor, executive vice president of the Merck Co. Foundation, which pledged $3.7 million to build the new two-level wing. The recent donation brings Merck's total contribution to more than $9 million for the inn's construction and maintenance over the past decade and a half.
"You dreamed that this unique public-private partnership was going to work well and that the Children's Inn would be a comfortable place that would provide a refuge to the children and to their families while they underwent therapy at NIH," he continued. "I would guess that you all felt it was a good place, one that would support these courageous children and their families. But you didn't know how good it would be. Nobody could have known just how good it would be. Now after 12 years, we have that answer. Not only has the Children's Inn proved to be a good concept, but it has proven from day one to be a terrific place by all counts."''',
    quotes=[
        Q("'Place of Hope and Healing'", None, None),
        Q('"there\'s no room at the inn,"', None, None),
        Q('"Fourteen years ago', 'with high hopes,"', "John Taylor"),
        Q('"You dreamed that', 'therapy at NIH,"', "John Taylor"),
        Q('"I would guess', 'by all counts."', "John Taylor"),
    ],
    aliases={"John Taylor": ["John Taylor", "executive vice president of the Merck Co. Foundation"]},
),
dict(
    id="nih-record-2015-08-14-childrens-inn-25-years",
    source="https://nihrecord.nih.gov/newsletters/2015/08_14_2015/story1.htm",
    license=PD, retrieved=PAGES + " (NIH Record story of Aug. 14, 2015 (Vol. LXVII, No. 17) on the 25th anniversary symposium of the Children's Inn at NIH; the lines 'skip navigation nih record', 'Vol. LXVII, No. 17', 'August 14, 2015', 'cover', 'next story', 'On the front page...' and 'Continued...' and the photo caption 'NCI’s Dr. Lauren Wood moderated the anniversary event in Masur Auditorium.' (stored twice) dropped; headline kept once; the paragraph 'The idea for an inn came from Dr. Philip Pizzo, who was then chief of pediatric oncology at NCI. He told ', cut in the stored copy, dropped with Pizzo's cut quotation; curly marks as stored)",
    text='''Inn Celebrates 25 Years of Helping Pediatric Patients
Most parents would do almost anything to help their sick child. When children have rare, difficult to treat or undiagnosed conditions, they can be seen at the Clinical Center while they and their parents stay together at the Children’s Inn at NIH.
Many call NIH the “National Institutes of Hope.” The inn is a big reason for that title, explained NIH director Dr. Francis Collins at the inn’s 25th anniversary symposium held recently in Masur Auditorium. The event celebrated the inn’s role of assisting families who come to NIH for treatments that hold the prospect of improving the children’s health and even curing their diseases.
Since 1990, inn CEO Jennie Lucca said, the inn has provided “a place like home” for nearly 13,000 families. Although it sits on government property, the inn is a nonprofit charity supported through private contributions. Besides offering a free place to stay, the inn presents residents with a range of therapeutic, recreational and educational programs and services.
“We do everything we can to provide a complete sense of respite,” Lucca said. “We want to make sure these families feel safe, cared for and supported.”
CC director Dr. John Gallin recounted the “awful conditions” families faced before the inn opened. As a young NIH physician in the 1970s, he regularly saw families sleeping in their cars or in hospital waiting rooms. The only food they ate came from vending machines. Those who stayed in hotels did so at their own expense. Among parents facing such stress, divorce was common.''',
    quotes=[
        Q('“National Institutes of Hope.”', None, None),
        Q('“a place like home”', None, "Jennie Lucca"),
        Q('“We do everything', 'sense of respite,”', "Jennie Lucca"),
        Q('“We want to make sure', 'and supported.”', "Jennie Lucca"),
        Q('“awful conditions”', None, "John Gallin"),
    ],
    aliases={"Jennie Lucca": ["Jennie Lucca", "inn CEO Jennie Lucca", "Lucca"],
             "John Gallin": ["John Gallin", "CC director Dr. John Gallin", "Dr. John Gallin"]},
),
dict(
    id="army-mil-24316-reserve-best-warrior-kicks-off-mccoy",
    source="https://www.army.mil/article/24316/Army_Reserve_Best_Warrior_Competition_kicks_off_at_McCoy/",
    license=PD, retrieved=PAGES + " (army.mil article 24316 of July 2009 on the start of the 2009 U.S. Army Reserve Best Warrior Competition at Fort McCoy, Wis.; the stored copy has no headline line (slug 'Army_Reserve_Best_Warrior_Competition_kicks_off_at_McCoy') and opens with the first paragraph, kept so, no title added (H1818); the dateline 'FORT MCCOY, Wis. - ' kept as stored; the paragraph 'Young stressed several important factors ... the basic Army standards - height and weight, physica', cut in the stored copy, dropped; the opening quotation is named in the next paragraph (H215, H2097); straight marks and 'U. S. Army Reserve' as stored)",
    text='''FORT MCCOY, Wis. - "We know you are all good, but we are looking for the best here."
Those were the words of encouragement from Sgt. Maj. Andrew Young to the 28 competitors participating in the 2009 U. S. Army Reserve Best Warrior Competition held here July 12 - 17.
Young, the competition's non-commissioned officer-in-charge, gathered the competitors before the organized chaos of events that will push the mental and physical limits of the citizen warriors representing the best of the Army Reserve.
It was "Day Zero." Soldiers spent Sunday battling airline delays, lost baggage and sizing up their competition.
They are cooks, chaplain assistants, plumbers, civil affairs specialists and other military occupational skills that sustain the force on battlefields and during humanitarian efforts across the globe.
"We are Army Reserve Soldiers, and the active duty is scared," Young said about the upcoming Army-level competition. "There is no doubt this year's competition will be better than last year."
As Soldiers slowly arrived at the inprocessing center, last-minute information was corrected, barracks rooms were assigned, equipment was issued and height and weight was recorded.
The next day kicked off the competition as Soldiers gathered at the dining facility, reflecting on the past several months spent in preparation for the stress associated with any Army competition.
"I don't care about what you did back in your unit and command-level competitions," Young told the attentive Soldiers and their sponsors. "The slate is clean when you signed in here, and we are here to find the best of the best. It's the best warrior competition, not the good warrior competition. Don't sell yourself or the other competitors short. Do your best."''',
    quotes=[
        Q('"We know you are all good', 'the best here."', "Andrew Young"),
        Q('"Day Zero."', None, None),
        Q('"We are Army Reserve Soldiers', 'is scared,"', "Andrew Young"),
        Q('"There is no doubt', 'than last year."', "Andrew Young"),
        Q('"I don\'t care', 'command-level competitions,"', "Andrew Young"),
        Q('"The slate is clean', 'Do your best."', "Andrew Young"),
    ],
    aliases={"Andrew Young": ["Andrew Young", "Sgt. Maj. Andrew Young", "Young", "the competition's non-commissioned officer-in-charge"]},
),
dict(
    id="army-mil-60526-chief-army-reserve-best-warrior",
    source="https://www.army.mil/article/60526/chief_of_army_reserve_meets_competitors_at_army_reserve_best_warrior_competition",
    license=PD, retrieved=PAGES + " (army.mil article 60526 of June 2011 on the Chief of the Army Reserve, Lt. Gen. Jack C. Stultz, at the Army Reserve Best Warrior Competition at Fort McCoy, Wis., June 20-24, 2011; the stored copy has no headline line (slug 'chief_of_army_reserve_meets_competitors_at_army_reserve_best_warrior_competition') and opens with the dateline 'FORT McCOY, Wis. -- ', kept as stored, no title added (H1818); the stored copy runs all paragraphs together on one line without a break (H1198), kept so; the last original paragraph, 'Their military backgrounds and experience represent the entire spectrum of the Army Reserve', cut in the stored copy, dropped from the end of the line; the quotation continued over a lost paragraph break is two spans (H2096); curly marks as stored)",
    text='''FORT McCOY, Wis. -- More than 40 Army Reserve Soldiers met the Chief of the Army Reserve, Lt. Gen. Jack C. Stultz, at the Army Reserve’s Best Warrior Competition, held June 20-24, 2011 here at Fort McCoy.Stultz attended the Best Warrior Competition combatives tournament on Thursday, then spent Friday with the competitors and cadre.Stultz regularly attends the annual Best Warrior Competition and said he is more impressed with the event every year.“It establishes that our Soldiers are at the same level and standard as any Soldier in the Army,” Stultz said. “As I said last night, somebody said of the Soldier who won the combatives, ‘He’s the best in the Army Reserve.’ I said, ‘No, he’s not. He’s the best in the Army.’“This is one Army. This is the Army’s best. It just happens that they are competing here for us in the Army Reserve.”The Soldiers competing this week at the Best Warrior Competition are drawn from among the 205,000 Soldiers in the U.S. Army Reserve. They beat back challengers at the local and regional level for the honor of competing in the Army Reserve Best Warrior Competition at Fort McCoy.Stultz said he planned to tell all the competitors that he appreciates them for serving their nation, for what they have done and continue to do, and for being an inspiration to our country.“They are all winners,” Stultz said. “We’ll pick the best, but we’ll pick the best winner. There are no losers in this group. You know I’d take any of them with me to battle any day and feel confident that I am going to be safe, and I’m going to have the best warrior defending me on the battlefield.”The Soldiers competing at the Best Warrior Competition spent the week on a variety of Army challenges that tried their mettle in tests of skill such as weapons qualification, a ruck march, land navigation, Army combatives, first aid, and weapons assembly.''',
    quotes=[
        Q('“It establishes', 'Soldier in the Army,”', "Jack C. Stultz"),
        Q('“As I said last night', 'He’s the best in the Army.’', "Jack C. Stultz"),
        Q('“This is one Army.', 'in the Army Reserve.”', "Jack C. Stultz"),
        Q('“They are all winners,”', None, "Jack C. Stultz"),
        Q('“We’ll pick the best', 'me on the battlefield.”', "Jack C. Stultz"),
    ],
    aliases={"Jack C. Stultz": ["Jack C. Stultz", "Lt. Gen. Jack C. Stultz", "the Chief of the Army Reserve", "Stultz"]},
),
dict(
    id="nasa-langley-price-of-progress-tunnel-demolition",
    source="https://www.nasa.gov/centers/langley/news/researchernews/rn_LFST16ftdemo.html",
    license=PD, retrieved=PAGES + " (NASA Langley Researcher News story by Kathy Barnstorff on the demolition of the Langley Full Scale Tunnel and the 16 Foot Transonic Tunnel (2011); the line 'Text Size' and the byline 'By: Kathy Barnstorff' dropped; headline kept once; the photo captions 'Langley's Full-Scale Tunnel, demolition photos.' and 'Langley's 16 Foot Transonic Tunnel, demolition photos.' with their credit lines 'Credit: NASA/Sandy Gibbs, George Homich and Sean Smith' and the links '› View Gallery' dropped; the paragraph 'Still seeing the Langley Full Scale Tunnel, or LFST, actually being dismantled has been poignant, ... Orville Wright, Charles Lindbergh and Howard Hughes – as well a', cut in the stored copy, dropped; the title between the two parts of Grafton's quotation is null (H2098); straight marks, 'are being taking down' and 'a number or reasons' as stored)",
    text='''The Price of Progress
Progress can be bittersweet. Just ask some of the employees who worked in the 16 Foot Transonic and the Langley Full Scale Tunnels. Both are being taking down, piece by piece … victims of age and studies that said they were no longer needed for a number or reasons.
Their demolition is part of Langley's ongoing repair-by-replacement strategy and revitalization to make the center more efficient and better prepared for the future. But that doesn't make it any easier for workers who spent their careers in the facilities.
"The end of the Full Scale Tunnel is sad," wrote Sue Grafton in the publication "Full Scale Tunnel Memories," put together to honor the 30-by-60 wind tunnel's almost 80-year history. "But I have enough great memories to last forever."
"One thing I want everyone to know, it was a great place to work, and I hear that often from people (engineers, co-op students and technicians) who had the privilege to pass through its doors," she added in a recent email.
Grafton spent 33 years in the Full Scale Tunnel. She has had a lot of time to process and reflect on the loss of the once busy facility on Langley Air Force Base. NASA Langley decommissioned the tunnel in 1995. Then Old Dominion University operated it from 1997 to 2009.''',
    quotes=[
        Q('"The end of the Full Scale Tunnel is sad,"', None, "Sue Grafton"),
        Q('"Full Scale Tunnel Memories,"', None, None),
        Q('"But I have enough', 'to last forever."', "Sue Grafton"),
        Q('"One thing I want', 'through its doors,"', "Sue Grafton"),
    ],
    aliases={"Sue Grafton": ["Sue Grafton", "Grafton"]},
),
dict(
    id="nasa-langley-2009-full-scale-tunnel-goodbye",
    source="http://nonsense-verse.blogspot.com/2009/10/smiles-and-memories-final-goodbye-to.html",
    license=PDC, retrieved=PAGES + " (copy, on the blog nonsense-verse.blogspot.com (October 2009), of the NASA Langley story 'Smiles and Memories: A Final 'Goodbye' to the Langley Full-Scale Tunnel' on the farewell ceremony for the 30-by-60-foot tunnel at Langley's Reid Conference Center; the same text with NASA photo credits ('Credit: NASA', 'Credit: NASA/Sean Smith') is stored on daily-allnews.blogspot.com; the stored copy has no headline line and opens with the first paragraph, kept so, no title added (H1818, H931); the stored text ends after Chambers's quotation on the four center directors, on a complete paragraph; the writer's scare quote \"goodbye.\" is null and the nested 'the' stays inside Chambers's span (H2099); straight marks as stored)",
    text='''It was a grand finale of sorts, a celebration that revisited the 78-year history of the Full-Scale Tunnel at NASA's Langley Research Center in Hampton, Va.
Engineers mingled with mayors. Alumni mingled with a new generation of NASA. Recollections mingled with respect.
"Many times it is referred to as 'the' Langley Wind Tunnel," said Joe Chambers, author and former tunnel branch head, who spoke to a standing room-only crowd at Langley's Reid Conference Center. In fact, it was only one of dozens of wind tunnels at NASA Langley.
A slideshow of the tunnel's history shown through photographs and quotes included music from the decades of the tunnel's operation. It set the ambiance for the ceremony that marked the official "goodbye." Demolition of the 30-by-60-foot tunnel is expected to begin early next year.
"We did 796 tests in this facility," said Chambers.
Chambers explained that the vision for a tunnel that would be 60 feet (18.3 m) across, 30 feet (9.1 m) high and with capabilities of speed surpassing 100 miles per hour (161 kph) started as a model in 1929. That model was under construction by 1930 and dedicated in 1931. It was built for $980,000.
As ideas arose, the tunnel evolved. In 1939, wooden blades replaced the original metal ones. "Those blades are the same blades that are in the tunnel today," Chambers said. Applause erupted.
During the years of the National Advisory Committee for Aeronautics, the tunnel attracted pioneers and luminaries like Orville Wright, Charles Lindbergh, Glenn Curtiss and Howard Hughes.
"When NASA was formed, the facility changed and began to develop space ideas," Chambers said. Modern times called for modern upgrades. Chambers noted the addition of a flight control computer.
And according to Chambers, the wind tunnel was producing more than just critical test results for improved flight -- it produced four NASA Center Directors. "There is no other wind tunnel or organization that provided four center directors to the agency," he said.''',
    quotes=[
        Q('"Many times it is referred', 'Langley Wind Tunnel,"', "Joe Chambers"),
        Q('"goodbye."', None, None),
        Q('"We did 796 tests in this facility,"', None, "Joe Chambers"),
        Q('"Those blades are', 'in the tunnel today,"', "Joe Chambers"),
        Q('"When NASA was formed', 'develop space ideas,"', "Joe Chambers"),
        Q('"There is no other wind tunnel', 'to the agency,"', "Joe Chambers"),
    ],
    aliases={"Joe Chambers": ["Joe Chambers", "Chambers", "author and former tunnel branch head"]},
),
]
