# Held-out English Wikinews articles (tests/data/heldout20-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml and amalgum_extra/news/xml,
# AMALGUM_news_*.xml, files used by no earlier set), detokenized by hand like heldout17_amalgum*.py;
# paragraph breaks follow the copy's <p> elements.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum {}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-iraq-bioweapons-trailers-report",
    source="https://en.wikinews.org/wiki/U.S._claims_of_Iraqi_bioweapons_labs_contradicted_in_classified_Pentagon_report_filed_on_27_May_2003",
    license=LIC, retrieved=AMG.format("amalgum_extra/news/xml/AMALGUM_news_labs") + " (the caption of the rendering of the alleged mobile labs dropped; the copy's tokens 'so-' and 'called' kept apart as 'so- called'; the question 'When asked why the secret report was not made public earlier', which the copy ends without punctuation, joined to the next sentence as printed)",
    text='''U.S. claims of Iraqi bioweapons labs contradicted in classified Pentagon report filed on 27 May 2003
Saturday, April 15, 2006
In an article published on Wednesday by The Washington Post, reporter Joby Warrick alleged that the Bush administration and the CIA "possessed powerful evidence" that contradicted assertions made by President Bush one month after the Iraqi war began, where trailers found in Iraq were said to have been mobile biological weapons labs.
On May 27, 2003, President Bush made public statements on these trailers by asserting that "We have found the weapons of mass destruction," which coincided with the CIA publishing a whitepaper that detailed how the trailers were allegedly used to produce biological weapons.
Warrick's news report revealed that evidence exists to support that two days before the presidential statements were made and the CIA whitepaper was published, that a fact-finding group reached an opposite conclusion.
The group was comprised of U.S. and British civilian experts that investigated the labs and concluded unanimously that they had nothing to do with biological weapons production. They relayed their results back to Washington, where Warrick said in the front page Washington Post article that the newspaper interviewed six of the nine group members.
According to The Washington Post, this preliminary report was followed up with a detailed 122 page final report three weeks later, titled "Final Technical Engineering Exploitation Report on Iraqi Suspected Biological Weapons-Associated Trailers." The report remains classified to this date.
Reuters reported that an unnamed U.S. official confirmed the existence of the field report filed on May 27, 2003, and said that the field report had not been evaluated at the time of Bush's statement. "You don't change a report that has been coordinated in the (intelligence) community based on a field report," he reportedly said. The Bush administration continued to make claims about having found mobile biological weapons facilities throughout 2003.
On June 8, 2003, an unnamed senior CIA official stood by the interpretation that the trailers were mobile bioweapons labs saying "It is what we think it is, to the best of our knowledge".
Then Secretary of State Colin Powell claimed in June 2003 that "confidence level is increasing" that the trailers were intended for biological weapons production.
White House speaker Scott McClellan said on July 16, 2003, that "We've seen some of the evidence of his weapons of mass destruction program through two mobile biological weapon labs that have been discovered."
Vice President Dick Cheney claimed in September 2003 that the trailers were "mobile biological facilities". Then CIA director George Tenet claimed in a speech on February 5, 2004, that the trailers "could be made to work" as biological weapons labs.
The alleged existence of mobile biological weapons laboratories was one of the cornerstones in Colin Powell's presentation in front of the United Nations to make the case for war on February 5, 2003. Much of the information came from an Iraqi defector dubbed Curveball who was an asset of the German BND. The credibility of this source was disputed by the BND.
The Iraq Survey Group reported in September 2004 that the trailers were "impractical" for biological agent production and "almost certainly" designed and built for the generation of hydrogen. Asked about the prospects to turn the trailers into biological weapons labs, Rod Barton, a member of the Iraq Survey Group, said "It would be easier to start all over with just a bucket".
The Washington Post cites unnamed sources among officials and members of the initial survey group as claiming that the original classified report from May 27, 2003 and the classified final report three weeks later came to the same conclusions as the unclassified findings of the Iraqi Survey Group.
Scott Ritter, a former United Nations weapons inspector, wrote September 8, 2003: "However, it now is clear that these so- called labs were nothing more than hydrogen generation units based upon British technology acquired by Iraq in the 1980s, used to fill weather balloons in support of conventional artillery operations, and have absolutely no application for the production of biological agents."
In the April 12, 2006 press conference, Scott McClellan said "I will point out that the reporting I saw this morning was simply reckless and it was irresponsible. The lead in The Washington Post left the impression for the reader that the President was saying something he knew at the time not to be true. … The President's statements were based on the joint assessment of the CIA and DIA that was publicly released the day before [the President made his statements]."
He did not answer repeated questions whether the President knew of the secret report at the time he was asserting that "we found biological laboratories" on May 29, 2005. When asked why the secret report was not made public earlier McClellan responded by saying that "it takes a substantial amount of time to coordinate and run through a declassification process".''',
    quotes=[
        Q('"possessed powerful evidence"', None, "Joby Warrick"),
        Q('"We have found the weapons of mass destruction,"', None, "President Bush"),
        Q('"Final Technical', 'Associated Trailers."', None),
        Q('"You don\'t change a report', 'a field report,"', None),
        Q('"It is what we think', 'of our knowledge"', None),
        Q('"confidence level is increasing"', None, "Colin Powell"),
        Q('"We\'ve seen some', 'been discovered."', "Scott McClellan"),
        Q('"mobile biological facilities"', None, "Dick Cheney"),
        Q('"could be made to work"', None, "George Tenet"),
        Q('"impractical"', None, "Iraq Survey Group"),
        Q('"almost certainly"', None, "Iraq Survey Group"),
        Q('"It would be easier', 'with just a bucket"', "Rod Barton"),
        Q('"However, it now is clear', 'biological agents."', "Scott Ritter"),
        Q('"I will point out', 'made his statements]."', "Scott McClellan"),
        Q('"we found biological laboratories"', None, "President Bush"),
        Q('"it takes a substantial', 'declassification process"', "Scott McClellan"),
    ],
    aliases={"Joby Warrick": ["reporter Joby Warrick", "Warrick"],
             "President Bush": ["Bush", "the President"],
             "Colin Powell": ["Then Secretary of State Colin Powell"],
             "Scott McClellan": ["White House speaker Scott McClellan", "McClellan"],
             "Dick Cheney": ["Vice President Dick Cheney"],
             "George Tenet": ["Then CIA director George Tenet"],
             "Iraq Survey Group": ["The Iraq Survey Group"],
             "Rod Barton": ["Rod Barton, a member of the Iraq Survey Group"],
             "Scott Ritter": ["Scott Ritter, a former United Nations weapons inspector"]},
),
dict(
    id="wn-en-sounders-whitecaps-2008",
    source="https://en.wikinews.org/wiki/2008_USL_First_Division%3A_Seattle_Sounders_vs._Vancouver_Whitecaps",
    license=LIC, retrieved=AMG.format("amalgum/news/xml/AMALGUM_news_whitecaps") + " (the match box after the dateline — kick-off time, score, stadium, attendance, scorers and bookings, the copy's run-together tokens such as '3'(2)Le' and '200820:00' — dropped like a caption; the copy's 'on last night', 'on 7th minutes' and 'if do not come out' kept)",
    text='''2008 USL First Division: Seattle Sounders vs. Vancouver Whitecaps
Saturday, May 24, 2008
Vancouver Whitecaps lost their 2nd game of the season after losing 2-0 to Seattle Sounders on last night. Seattle effectively took control of the Interstate 5 derby after early goals from Josh Gardner and Sebastien Le Toux.
Whitecaps fans were left in shock after only 7 minutes, as Seattle "blitzed" the home-side with two quick goals in the opening exchanges.
It took just 3 minutes for the Sounders to score the opening goal, as Gardner got on the end of a Le Toux through ball before hitting the shot past a diving Whitecaps goalkeeper Srdjan Djekanovic to give the Seattle the lead.
Seattle extended their lead through the reigning Player of the Year in Le Toux on 7th minutes with a right-footed shot that went past the diving Whitecaps goalkeeper Srdjan Djekanovic.
Whitecaps centre back Omar Jarun underlined the disappointment of his team's start. "The first few minutes were an absolute disaster from us defensively," he told whitecapsfc.com. "We came out flat, and that's disappointing because everything we put into this game in terms of preparation went to waste. It's hard to keep the team's head up after something like that. But tomorrow is another day, and hopefully we can put this defeat out of the way in Portland. Like Seattle, they are another good team, and if do not come out ready to play, it will be another nightmare."
Schmetzer was naturally delighted with the way his side claimed an important away victory in Vancouver. "I think we played well," he said. "When you get a couple of early goals, you are in control of the game. With both goals, we were able to dictate the pace of the game."
The 1st half ended with jeers from the home crowd.
A host of substitutions ensued early in the 2nd half, with Arze, Justin Moose, and Jason Jordan all replacing Valente, Donatelli, and Addlery, as Vancouver tried to bring some spark to what had been a below-par Whitecaps performance.
There was also a Whitecaps debut for new signing Chris Pozniak, as he replaced centre back Omar Jarun on the hour mark. "Give credit to Seattle tonight," Pozniak said of the defeat. "They were the better team over the 90 minutes. They are so well organized, and I tried to speed up the play when I came in, but it didn't work. With the game tomorrow night, it might better for us mentally to get another crack at playing and show that we are better than the performance tonight."
As the match entered the five minutes of time added on, a deflected shot from Pozniak was the extent of Vancouver's efforts to pull a goal back before the final whistle, as Seattle ran out comfortable winners in the end.''',
    quotes=[
        Q('"blitzed"', None, None),
        Q('"The first few minutes', 'defensively,"', "Omar Jarun"),
        Q('"We came out flat', 'another nightmare."', "Omar Jarun"),
        Q('"I think we played well,"', None, "Schmetzer"),
        Q('"When you get a couple', 'pace of the game."', "Schmetzer"),
        Q('"Give credit to Seattle tonight,"', None, "Chris Pozniak"),
        Q('"They were the better team', 'the performance tonight."', "Chris Pozniak"),
    ],
    aliases={"Omar Jarun": ["Whitecaps centre back Omar Jarun"],
             "Chris Pozniak": ["new signing Chris Pozniak", "Pozniak"]},
),
dict(
    id="wn-en-shorts-2007-04-26",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_April_26%2C_2007",
    license=LIC, retrieved=AMG.format("amalgum_extra/news/xml/AMALGUM_news_dow") + " (the 'Sources' and 'Related news' lists under each item, whose entries are article titles in quotation marks, and the archive notice at the end dropped as navigation; the two-line heading 'Dow Jones Industrial Average closes at record high' / 'on Wednesday' joined as one heading line; item headings kept as lines, the compilation line standing in for the dateline)",
    text='''Wikinews Shorts: April 26, 2007
A compilation of brief news reports for Thursday, April 26, 2007.
Dow Jones Industrial Average closes at record high on Wednesday
The Dow Jones Industrial Average closed at an all time record high of 13,089.89. The Dow climbed 1.05% [135.95 points] at its closing bell.
On February 27, the Dow had a record for the worst day since 2001 and plunged over 400.00 points by the closing bell, after the stock exchanges in Asia had a steep loss on the same day.
Anarchist youths attack police station in Athens
A group of around 30 or 40 anarchists launched an attack against a police station in Exarchia, a busy district in central Athens, in Greece. Meanwhile, another 70 hooded individuals launched other attacks. They set fire to vehicles, politician’s offices at the Kolonaki area and various bank departments in Exarhia. Greek Riot police responded with tear gas, while the fight between anarchists and the police still takes place in streets around the University of Athens. It is believed that the youths launched the attack in order to demonstrate their support to prisoners who started an uprising in three major prisons. Another demonstration takes place in Thessaloniki, but without any clashes, so far.
US Senate bill includes withdrawal date from Iraq
The United States Senate today passed a spending bill that sets a target date of March 31, 2008 for a complete pull-out of United States forces from Iraq. The House of Representatives has already passed a similar measure. The bill also includes US$100 billion for the continuing operations in Iraq and Afghanistan.
US President George W. Bush "will veto this legislation," said White House spokesperson Dana Perino. "The president is determined to win in Iraq. The bill they sent us today is mission defeated."
Colombia hit by nationwide power-outage
Colombia was faced with a nationwide electricity outage at 10:15 a.m. local time today. Traffic chaos and people trapped in elevators has been reported. Hospitals and airports continued operations, using their own backup generators.
Speaking on local radio, President Alvaro Uribe said, "It appears to have affected all of the country."
"The blackout was caused by a failure at an energy substation in northern Bogota. We do not know what type of failure it was," Manuel Maiguashca, vice minister of energy and mines, told reporters. Speculation that the outage was caused by left wing rebels was dismissed by officials.''',
    quotes=[
        Q('"will veto this legislation,"', None, "Dana Perino"),
        Q('"The president is determined', 'mission defeated."', "Dana Perino"),
        Q('"It appears to have affected all of the country."', None, "Alvaro Uribe"),
        Q('"The blackout was caused', 'failure it was,"', "Manuel Maiguashca"),
    ],
    aliases={"Dana Perino": ["White House spokesperson Dana Perino"],
             "Alvaro Uribe": ["President Alvaro Uribe"],
             "Manuel Maiguashca": ["Manuel Maiguashca, vice minister of energy and mines"]},
),
dict(
    id="wn-en-ny-fashion-week-fall-2008",
    source="https://en.wikinews.org/wiki/Fall_%2708_styles_at_New_York_Fashion_Week%3A_the_%2770s_are_back",
    license=LIC, retrieved=AMG.format("amalgum_extra/news/xml/AMALGUM_news_fashion") + " (no caption in the copy; the apostrophes of '08 and '70s, tokenized apart, attached to their numbers; the ellipsis after 'clothes' attached to its word)",
    text='''Fall '08 styles at New York Fashion Week: the '70s are back
Tuesday, February 5, 2008
The fourth day of New York Fashion Week debuted few daring designs even from designers known for such work. With few exceptions, the overwhelming theme was "old is new" and that the '70s were even more in fashion than the shows on Sunday suggested. Among the designers to unveil their Fall 2008 lines on Monday were Oscar de la Renta, Carolina Herrera, Betsey Johnson, Proenza Schouler and a rejuvenated Halston line, under the direction of designer Marco Zanini.
Both global warming and the slowing economy have been cited as reasons for the overwhelming use of lighter fabrics over heavier attire. Also, retro designs and continuing trends have been used in effort to save money, like the tights that were expected to go out of fashion this year. Even in the glamorous world of high-end fashion, money has been tight, and with the world economies in a collective downturn, major designers have been more wary of continuing to churn out the stream of couture designs that past Fashion Weeks have seen.
Proenza Schouler's show took the '70s retro theme to a fever pitch, liberally using bows on designs and debuting more retro-era wide-legged pants that were first seen in Sunday's shows. Zanini's Halston label also brought back the '70s, resurrecting old designs that the founder of the line made famous. Since the designer Halston's death in 1990, many designers have tried to take the label in different directions. Zanini's unveiling on Monday brought the line back to its Studio 54 roots, while using trenchcoats, sheer fabrics, and cardigans to finish the ensembles with a modern twist.
Betsey Johnson also debuted old and new styles on Monday, to celebrate the 30th anniversary of her fashion label. Copies of her original 1978 one-piece bathing suit as well as some early 1980s fashions started off the show. Her new pieces, such as animal print leggings coupled with a short twill jacket, were perceived as very skintight and criticized for not representing more fuller figures. Johnson brushed off the criticism, noting, "It's tighter and sexier, but I still believe the girl brings the sex to the clothes... You won't look sexy in a tight, below-the-knee skirt if you don't feel good in it."
The lone daring designer for the day was Carolina Herrera, who discarded the furs she promoted in the Fall 2007 show to focus on a Peter Pan theme, with earth tones and bird feathers. To further the "flying Peter Pan" motif, models donned such designs as a chiffon dress with ostrich feathers and a taffeta gown with a feather waistband.
Oscar de la Renta opted for more traditional blacks, golds and grays, debuting lines for men and women in fabrics he is familiar with. Men were outfitted in tweed while women were fitted in dresses that experimented with embroidery and tulle, both shades of past collections.
New York Fashion Week runs until Friday. Among others, labels Badgley Mischka, Diesel, and Vivienne Tam unveil their newest collections on Tuesday.''',
    quotes=[
        Q('"old is new"', None, None),
        Q('"It\'s tighter and sexier', 'feel good in it."', "Betsey Johnson"),
        Q('"flying Peter Pan"', None, None),
    ],
    aliases={"Betsey Johnson": ["Johnson"]},
),
]
