# Held-out English news texts (tests/data/heldout241-en.jsonl), none of them used in an earlier set. Full posts of Global
# Voices in English (globalvoicesonline.org and globalvoices.org, CC BY 3.0, attribution "Global Voices"), 2009-2010,
# taken from stored web pages (the `pages` search corpus): four posts on the Iranian election protests of June-July 2009
# ('Iran: Protesters break a taboo and defy Khamenei', 20 June; 'Iran: Neda becomes a symbol for the protesters', 24 June;
# 'Iranian officials ‘crowd-source’ protester identities', 27 June; 'Iran: “Death to Russia” at Friday Prayer', 17 July) and four
# posts on the Haiti earthquake of January 2010 ('Haiti: a week after the earthquake', 20 January; 'Haiti: “We’re all eight
# days old”', 21 January; 'Haiti: “1+1=3”', 23 January; 'Global Voices in Haiti: Litmus Test', 29 January). They quote
# bloggers, commenters and Twitter users, and relay the words of a candidate (Mir Hussein Mousavi). Stored copies are cut
# after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in `retrieved`).
# Image alt-text words glued to the first paragraph ('neda3', 'shooresh'), image alt lines ('neda2'), photo captions,
# reader comments and comment counts are dropped; tweets printed as block paragraphs are kept as lines; wording, spelling
# ('bureacracy', 'Ahmedinejad', 'qwik'), spacing inside paragraphs and quotation marks (including closing marks printed
# without an opening one and an opening mark typed as a closing one) are as stored. Annotated by reading the texts, before
# whosaid was run on them (rules H1495-H1499 in ANNOTATION.md on top of H1-H1494).
GV = "CC BY 3.0 (Global Voices)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout241-en.jsonl

Built by `build.py` from `heldout241_pages.py`. Like heldout32-en, heldout59-en and heldout96-en, these texts are full
posts of Global Voices in English (globalvoicesonline.org and globalvoices.org; CC BY 3.0, attribution "Global Voices"),
not list pages of teasers, taken from stored web pages (the `pages` search corpus), none of them used in a set above: four
posts on the Iranian election protests of June-July 2009 (Mir Hussein Mousavi's words relayed from Twitter; the comments
left in memory of Neda; the Revolutionary Guards' Gerdab website; the chants at the Friday prayer of 17 July) and four posts on the Haiti earthquake of January 2010 (tweets of Haitians and relief workers; the
first report of Global Voices' own team in Port-au-Prince). The stored copies are cut after about 2,000 characters; only
complete paragraphs are kept (what was dropped is noted per page). Image alt-text words, captions and reader comments were
dropped; wording and quotation marks are as stored. None of these pages is used in any set above (checked by URL, by
title, by the names of their bloggers and by 8-word overlap with every existing text: no shared 8-word sequence; Mir
Hussein Mousavi, quoted here from 2009, is also quoted in other texts of other years). Full posts with at least two
quotations in complete paragraphs are rare in the stored copies: one-quotation posts (the Ayotzinapa post of November
2014), posts whose quotations are only in captions or inside tweets without marks (the #DonkeySpeech and Assad-speech
posts of 2012-2013), topic, tag, day and feed pages, and posts on subjects already in a set (the Zone 9 bloggers, the
Madagascar 'Red Saturday', Mubarak's speeches) were skipped. The annotation (rules H1495–H1499 in `ANNOTATION.md` on top
of H1–H1494) was committed before whosaid was first run on these texts, so the first score is a blind one (scored once,
blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="gv-en-2009-06-20-iran-protesters-break-a-taboo-and-defy-khamenei",
    source="http://globalvoicesonline.org/2009/06/20/iran-protesters-break-a-taboo-and-defy-khamenei/",
    license=GV, retrieved=PAGES + " (Global Voices, 20 June 2009; the image alt word 'shooresh' glued before the first paragraph dropped; the line break before 'At least 19 people were killed in Tehran.' kept as a line; the section heading 'Mousavi: I am ready for Martyrdom' (no marks) kept; the comment count '14 comments' and the comments after it dropped)",
    text='''Iran: Protesters break a taboo and defy Khamenei
One day after Islamic Republic Leader Ayatollah Ali Khamenei denounced protests and warned reformist leaders against taking to the streets, thousands of people demonstrated in Tehran. They were joined by others in several cities across Iran in ignoring Khamenei's order and voicing their anger against the June 12 presidential election results. They clashed with Iranian police who used tear gas and water cannons to disperse them.
At least 19 people were killed in Tehran.
Here is a film showing people trying to stop security forces in Tehran:
and a demonstration in Tehran:
Mousavi: I am ready for Martyrdom
Green Vote tweeted that Mahmoud Ahmedinejad's main opponent Mir Hussein Mousavi was among protesters in Inghlab (meaning Revolution) Square, where he announced : “I am ready for martyrdom”.
Green Vote adds that Mousavi Mir Hossein said told the people: “We have learned from our fathers that the blood of the innocent shall fall upon the guilty.”
Whoshang tweeted that Tehran is imploding; that protesters are being hurt/killed and that Mousavi says he's ready for martyrdom. He added that several embassies were opened to receive those injured.
Iranriggedelect tweeted that protests seem to have become distributed across the city after police did everything they could to prevent one large crowd from amassing in one place.
Tehran Bureau reports that the chanting/slogans were directly aimed at the supreme leader.
Shooresh provides a minute by minute report on the protest movement in Tehran and has published several photos (one is above).
At the same time, Iraneema tweeted that arrested political activists are under pressure.
A video is also available online, showing a protester allegedly being killed at the hands of security forces. Global Voices Online has the link to the footage but will not publish it because of its graphic nature.''',
    quotes=[
        Q('“I am ready for martyrdom”', None, "Mir Hussein Mousavi"),
        Q('“We have learned from our fathers', 'upon the guilty.”', "Mir Hussein Mousavi"),
    ],
    aliases={"Mir Hussein Mousavi": ["Mousavi Mir Hossein", "Mousavi"]},
),
dict(
    id="gv-en-2009-06-24-iran-neda-becomes-a-symbol-for-the-protesters",
    source="http://globalvoicesonline.org/2009/06/24/iran-neda-becomes-a-symbol-for-the-protesters/",
    license=GV, retrieved=PAGES + " (Global Voices, 24 June 2009; the image alt words 'neda3' (glued before the first paragraph) and 'neda2' (a line of its own) dropped; the lines introducing embedded videos kept; the paragraph 'Blogger Asad Ali Mohamadi, writes [fa] that his neighbours in Copenhagen, Denmark, are asking him about Neda, and that as soon a...', cut in the stored copy, and all after it dropped)",
    text='''Iran: Neda becomes a symbol for the protesters
The Iranian protest movement now has a symbol and a face: Neda.
Neda was an Iranian woman who was shot dead by Basij militia on Saturday during a protest of thousands against the Iranian presidential election results that declared Mahmoud Ahmadinejad president. Her death was captured on video by bystanders and uploaded to the internet. She died with her eyes wide open, and her last moments transcended citizen media to mainstream media, reaching millions of people.
A website has been dedicated to Neda, named We are all Neda. A quote on the homepage says, “We did not throw rocks at them, we cried ‘we want freedom’. They shot us.” Both Iranians and non-Iranians are leaving comments in memory of Neda on the site. So far, there are nearly 3,500 and the numbers are growing rapidly.
Mahyar says: “I wish my eyes could have learned from yours to be open bravely!!!”
Reza says: “Your open eyes taught me a lesson: ‘Don’t close your eyes to injustice'”
Mojtaba says: “Neda will never die, everyone of us could one day be a Neda”
Vida says: “Your light is shining the way towards freedom. Thank you.”
Iranian blogger Andisheh writes that Iranian national television are trying to blame ‘anti-revolutionaries’ for killing Neda. The blogger adds that if anybody had any doubts that Iranian television lies, these doubts can now be put to rest.
Here is a video film on Neda and the Iranian protest movement (Warning: some images are very graphic)
In a very short time, Neda's death became an international news story and people responded in different ways to show their sympathy.
Here is a song for Neda from an American singer on YouTube, Johnny Maudlin (Johnny99) (Persian subtitles were added by another user):
… and another by traveling American musician, Roothub:''',
    quotes=[
        Q('“We did not throw rocks', 'They shot us.”', None),
        Q('“I wish my eyes', 'bravely!!!”', "Mahyar"),
        Q('“Your open eyes', "injustice'”", "Reza"),
        Q('“Neda will never die', 'one day be a Neda”', "Mojtaba"),
        Q('“Your light is shining', 'Thank you.”', "Vida"),
        Q('‘anti-revolutionaries’', None, "Iranian national television"),
    ],
),
dict(
    id="gv-en-2009-06-27-iranian-officials-crowd-source-protester-identities",
    source="https://globalvoices.org/2009/06/27/iranian-officials-crowd-source-protester-identities-online/",
    license=GV, retrieved=PAGES + " (Global Voices, 27 June 2009; complete in the stored copy; the reader comments after the last line dropped)",
    text='''Iranian officials ‘crowd-source’ protester identities
Iranian protesters appearing in widely disseminated online photos from the ongoing post-election demonstrations in Iran, are now being targeted on a website of the Islamic Revolutionary Guard Corps.
The website is called Gerdab (which means ‘vortex’) and belongs to The Information Center of the Islamic Revolutionary Guard Corps for Investigating Organized Crime. It shows images of 20 people with red circles drawn around their faces claiming without evidence that they have been involved in creating “chaos” in Tehran.
Citizens are invited to call or email if they can identify the people on the photos. Gerdab also claims that two of the people depicted have already been arrested. The site provides no further information about any of the depicted people.
Some Islamist bloggers have republished the photos.
Meanwhile, some supporters of the protest movement have themselves published several photos of Iranian security forces and in particular suspected undercover agents asking citizens to help identify them.
For instance, there is one photo of a suspected agent pulling a gun from his belt on the back of a motorcycle. Several bloggers published the photo of the suspected agent, asking readers to help identify him. A few days later, rumors circulated of his name, his position as a Basij leader, and a supposed multimillion dollar bank debt. Information like this is neither fact-checked nor reliable and can have severe consequences for any one who shares the man's supposed name. Online rumors easily replace facts.
It would not be the first time that a photo has led to trouble or imprisonment in a conflict. However, this is a new development in officially sanctioned stalking and persecution by crowd sourcing information online.
See Global Voices special coverage page on the Iranian Elections 2009.''',
    quotes=[
        Q('‘crowd-source’', None, None),
        Q('‘vortex’', None, None),
        Q('“chaos”', None, "Gerdab"),
    ],
),
dict(
    id="gv-en-2009-07-17-iran-death-to-russia-at-friday-prayer",
    source="https://globalvoices.org/2009/07/17/iran-death-to-russia-at-friday-prayer/",
    license=GV, retrieved=PAGES + " (Global Voices, 17 July 2009; the photo caption 'Photo from Mehr news site in Iran', printed twice, dropped; the subheadings '“Death to Russia”' and 'Bittersweet victory' kept; the stray closing mark in 'Hadi Nili tweeted” (in response to @onlymehdi)' kept as stored; the embedded tweet 'POLICE attacked the prayers! I think Iran is...', cut in the stored copy, dropped)",
    text='''Iran: “Death to Russia” at Friday Prayer
At a Friday prayer service today at Tehran University, former president Ayatollah Ali Akbar Hashemi Rafsanjani called for the release of the many protesters arrested since the disputed June 12 presidential election where Mahmoud Ahmadinejad was declared the winner.
Rafsanjani is a firm supporter of Ahmadinejad's main contender Mir Hossein Mousavi. He led the Friday prayer for the first time since the election.
Members of the Iranian opposition movement took part in the prayer, some wearing green, the colour that has come to symbolize Mousavi's movement.
“Death to Russia”
Traditionally at Friday Prayer, people are encouraged to chant “Death to America” and “Death to Israel” but today, they defiantly shouted “Death to Russia”, in referring to opposition accusations that Russia has been involved in training repression forces of the regime.
In the following video, recorded from a short distance of the outdoor gathering, you can hear a male voice over the loudspeaker screaming “Death to America”, “Death to the hypocrites” and “Death to England”, while the crowd roars “Death to Russia!” in response EVERY time.
Saminejad refers [fa] to this incident, and says that new taboos were broken today.
Iraneema tweeted [fa] that protesters burned a Russian flag.
Security forces repressed green-clad protesters at the prayer by launching tear gas at them. After the prayer, protesters chanted “Allaho Akbar” (God is great) and “Down with the dictator”.
Here is a compilation of seven films from today's protest in Tehran:
Bittersweet victory
Iraneema tweeted [fa] that dozens were arrested by security forces today in Tehran.
Hadi Nili tweeted” (in response to @onlymehdi) “Police attacked the prayers! I think Iran is among very few governments who ever attacked to Prayers.”''',
    quotes=[
        Q('“Death to Russia”', None, None, 0),
        Q('“Death to Russia”', None, None, 1),
        Q('“Death to America”', None, None, 0),
        Q('“Death to Israel”', None, None),
        Q('“Death to Russia”', None, None, 2),
        Q('“Death to America”', None, None, 1),
        Q('“Death to the hypocrites”', None, None),
        Q('“Death to England”', None, None),
        Q('“Death to Russia!”', None, None),
        Q('“Allaho Akbar”', None, None),
        Q('“Down with the dictator”', None, None),
        Q('“Police attacked the prayers!', 'attacked to Prayers.”', "Hadi Nili"),
    ],
),
dict(
    id="gv-en-2010-01-20-haiti-a-week-after-the-earthquake",
    source="https://globalvoices.org/2010/01/20/haiti-a-week-after-the-earthquake/",
    license=GV, retrieved=PAGES + " (Global Voices, 20 January 2010; the stored copy that prints the tweets as paragraphs; the opening mark typed as a closing one in '..”Did you bring food??”' and '.”the streets aren't good…thieves”' and the missing spaces after full stops inside the tweets kept as stored; the last paragraph, cut after its first word 'In' in the stored copy, dropped)",
    text='''Haiti: a week after the earthquake
Relief efforts are under way in southern Haiti, exactly a week after the country was devastated by a 7.0-magnitude earthquake. As many desperate Haitians flee the capital, Port-au-Prince, for what they hope will be relative safety in other towns and rural areas, and as growing numbers of relief aid workers and foreign troops arrive, bloggers and Twitter users continue to report on local developments, make pleas for emergency assistance, and comment on the government and international response to the crisis.
A handful of frequent Twitter users have been invaluable sources of information over the past week. Musician and hotelier Richard Morse, tweeting as @RAMhaiti, had a great deal to say today about the pace and effectiveness of relief efforts:
Is the aid really going 2 get 2 the people?. We're looking 4 live bodies..”Did you bring food??” Can u blame someone who's hungry 4 looting?
I don't get the feeling that there's a plan…I hope “THE PLANNING COMMITTEE” isn't the “same ol’ folks”..been there,done that.
No sense of who is going 2 lead this next phase.There had better be some changes.Better figure out how 2 get food and water 2 ppl real qwik
He warned:
A hungry man is an angry man. a hungry mob is an angry mob.
One of my staff has been here since Tuesday working day and night..left 10 minutes ago..just came back.”the streets aren't good…thieves”
But he still managed to crack a joke:
Even with all this earthquake trauma, I still get spam mail from Nigerian bankers.
Journalist Carel Pedre (@carelpedre) has been another frequent tweeter. On the morning of 19 January, he shared the good news that a couple of supermarkets in Petionville had reopened for business, and struck a note of optimism:
I love haiti! I see hope and smile on so many faces today!
Photographer Frederic Dupoux (@fredodupoux), on the other hand, made an urgent call for help in the Fontamara area west of downtown Port-au-Prince:''',
    quotes=[
        Q('”Did you bring food??”', None, None),
        Q('“THE PLANNING COMMITTEE”', None, None),
        Q('“same ol’ folks”', None, None),
        Q('”the streets aren\'t good…thieves”', None, None),
    ],
),
dict(
    id="gv-en-2010-01-21-haiti-were-all-eight-days-old",
    source="https://globalvoices.org/2010/01/21/haiti-%E2%80%9Cwe%E2%80%99re-all-eight-days-old%E2%80%9D/",
    license=GV, retrieved=PAGES + " (Global Voices, 21 January 2010; the closing marks printed without an opening one in Jean-Marc Castera's and Yael Talleyrand's tweets ('... plan forward…”', '... im going crazy,”') kept as stored; the last paragraph 'Parallel to more official relief efforts, many small organisations laboured to assist the injured and the hungry.', where the stored copy is cut, dropped)",
    text='''Haiti: “We’re all eight days old”
Eight days after the disastrous 12 January earthquake that turned the world's eyes towards Haiti, with the full death-toll still unclear, relief efforts continued in Port-au-Prince and other areas. A strong early-morning aftershock on 20 January alarmed many, but did relatively little new damage. Many Haitians quickly returned their attention to matters of survival, and relief workers to getting food, water, and medical treatment to communities in need.
For some, there seemed to be a sense that the earthquake was a decisive turning-point in Haiti's history, almost a reboot. As Twitter user @yatalley (Yael Talleyrand) put it:
i'm 8 days old… haiti's 8 days old… we're all 8 days old: we got a whole future to build.
Other Haitians posting updates online expressed frustration with the way relief efforts were being run and information shared. On Twitter, @carelpedre (radio journalist Carel Pedre) asked a series of questions, “Five Ws (and one H)”:
1st W : Who is in charge in Haiti to distribute Food/water and medical supplies to us?
2nd W: What will the government do with the humanitarian aid?
3rd W: When are you going to Start distributing the aid properly?
4th W: Where can we go to get food and water?
5th W: Why after 8 days, the president did not formally and officially address to the nation?
and The H: How do you expect us to be patient when we are hungry and thirsty and we have lost everything?
He added:
I hope some journalists will ask them to the Prez or the PM next time they'll meet them.
@Jcastera (Jean-Marc Castera) expressed similar sentiments: Would be great if someone took charge and outlined the plan forward…” Anxiety took its toll even on those whose safety and security were not immediately at risk. i need this to end. can't handle it no more, im going crazy,” wrote @yatalley.''',
    quotes=[
        Q('“We’re all eight days old”', None, "Yael Talleyrand"),
        Q('“Five Ws (and one H)”', None, None),
    ],
    aliases={"Yael Talleyrand": ["@yatalley"]},
),
dict(
    id="gv-en-2010-01-23-haiti-1-1-3",
    source="https://globalvoices.org/2010/01/23/haiti-%E2%80%9C113%E2%80%9D/",
    license=GV, retrieved=PAGES + " (Global Voices, 23 January 2010; the tweet quoted at the head of the post kept as a line; the closing mark printed without an opening one in Troy Livesay's '... must have been extended.”' and the single opening mark never closed in his tweet ('‘you have to look to see where the manna is falling.') kept as stored; the paragraph 'On the night of 21 January, @RAMhaiti (musician Richard Morse, who also runs the Hotel Oloffson) d...', cut in the stored copy, dropped)",
    text='''Haiti: “1+1=3”
Days seem [waaay] longer, yet this Week went by sooo fast. earthquake has 1+1 =3.
This comment by @olidups (Olivier Dupoux) on Twitter summarises how many Haitians must feel, more than ten days after the 12 January earthquake that devastated the capital city, Port-au-Prince, and surrounding areas. With rescue efforts winding down (even as two more survivors were pulled from the rubble yesterday), “tent cities” being built to house thousands of now-homeless Haitians, and large-scale relief efforts underway, some are beginning to think about what the near future holds in store, how long reconstruction efforts will take, and what they will look like. Others seem concerned that official announcements from the authorities and media reports don't always add up with the situation they observe on the ground.
@troylivesay (charity worker Troy Livesay), who previously wondered whether the UN was restricting the movements of US security forces, noted on 21 January that The Marines are patrolling the streets…their curfew must have been extended.” He added:
Just passed an ambulance from the State of Qatar.The gang's all here.I hope some of these others bypass the bureacracy unlike the US and UN.
The next morning, he posted a brief eyewitness account of relief efforts:
Seeing truckloads of food and relief supplies distributing around the city and mobs trying to get at them…UN is providing security.
The people aren't dangerous – they are desperate. They fear that there won't be enough, because there never has been enough in the past.
Large crowds around all airport entries/exits-I asked a local why and was told ‘you have to look to see where the manna is falling.
Livesay also posted photos from one of Port-au-Prince's “tent cities” at his Flickr account. One shot showed men plugging in their mobile phones at a rigged-up charging station.''',
    quotes=[
        Q('“1+1=3”', None, "Olivier Dupoux"),
        Q('“tent cities”', None, None),
        Q('‘you have to look', 'the manna is falling.', None),
        Q('“tent cities”', None, None, 1),
    ],
    aliases={"Olivier Dupoux": ["@olidups"]},
),
dict(
    id="gv-en-2010-01-29-global-voices-in-haiti-litmus-test",
    source="https://globalvoices.org/2010/01/29/global-voices-in-haiti-litmus-test/",
    license=GV, retrieved=PAGES + " (Global Voices, 29 January 2010; the editor's note at the head of the post and the dateline kept as lines; the photo caption 'Food distribution line in Port-au-Prince' dropped; the paragraph 'Unsurprisingly, the regular rhythm of Haitian life seems to have established itself ... scavenging operati...', cut in the stored copy, dropped)",
    text='''Global Voices in Haiti: Litmus Test
Global Voices has sent a two-person team to Port-au-Prince in the wake of the Haiti earthquake, to help support citizen media activity. Georgia Popplewell and Alice Backer are also contributing firsthand reporting to our coverage of recovery efforts. Find out more about their assignment here.
PORT-AU-PRINCE, HAITI, 27 January, 2010
We went into downtown Port-au-Prince again yesterday. We'd heard via Twitter that food was being distributed near the National Palace, followed by reports, from Carel Pedre and Karl Jean-Jeune, of UN security “spraying gas” and “throwing tear gas”. Examining the footage posted to YouTube by Carel Pedre, my Global Voices colleague Marc Herman concluded that the substance being sprayed looked more like pepper spray. The pepper spray story was corroborated by reports from the UK Times Online and the Australian Broadcasting Corporation, though Al Jazeera English maintains the tear gas line.
Whether pepper-spray or tear-gas-related, the scuffle has died down by the time we arrive in town. The line is long, but people are waiting patiently. We ask a bystander what’s being distributed. He says he thinks it’s rice. I ask Roosevelt, our driver, to circle the Champs de Mars for a bit, so we can see what’s going on in the vast tent city that now occupies most of the city’s central square.''',
    quotes=[
        Q('“spraying gas”', None, "Carel Pedre"),
        Q('“throwing tear gas”', None, "Karl Jean-Jeune"),
    ],
),
]
