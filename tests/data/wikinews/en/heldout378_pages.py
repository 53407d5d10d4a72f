# Held-out English news texts (tests/data/heldout378-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5, attribution "Wikinews contributors") from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
# amalgum/news/xml, files whose <word> starts with a letter from p to z), detokenized like the heldout3-en to
# heldout88-en, heldout306-en, heldout359-en and heldout368-en AMALGUM sets: every word, digit, punctuation mark and
# quotation mark as in the copy, only the spacing between tokens restored following ordinary English typography;
# title = first line, date line = second line, then one paragraph per line following the copy's <p> elements. Image
# captions and one pull-quote box dropped. Annotated by reading the texts, before whosaid was run on them (rules
# H1965-H1969 in ANNOTATION.md on top of H1-H1964).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"
WN = "CC BY 2.5 (Wikinews)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout378-en.jsonl

Built by `build.py` from `heldout378_pages.py`. Like heldout3-en to heldout20-en, heldout39-en, heldout42-en,
heldout82-en, heldout88-en, heldout306-en, heldout359-en and heldout368-en, these texts are English Wikinews articles
(CC BY 2.5, attribution "Wikinews contributors") taken from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
`amalgum/news/xml/AMALGUM_news_<word>.xml`, files whose `<word>` starts with a letter from p to z; found by guessing
exact file names and checking them with the `find_files` tool, read with the `read_file` tool), detokenized by hand
like those sets: every word, digit, punctuation mark and quotation mark is as in the copy (straight marks, and the
curly apostrophes of `didn’t`, `I’m` in the pipeline article), only the spacing between tokens was restored following
ordinary English typography (no space before , . ; : ? ! ) 's n't, none after an opening mark or before a closing
one; `US$` + `72` written `US$72`, `Muslim` + `-majority` written `Muslim-majority`, `anti-` + `United States`
written `anti-United States`, `[` + `...` + `]` written `[...]`). Title = first line, date line = second line, then
one paragraph per line following the copy's `<p>` elements. Image captions and a pull-quote box (a bold sentence with
a `— Mr Justice Green` line, repeated from the body) were dropped; AMALGUM's own annotations (POS, lemmas, entities)
were not used for the quote annotation. None is credited to AP, Reuters, AFP or another third party (the Associated
Press and Reuters appear only as the media a speaker talked to). Four texts: Tar Sands Blockade protesters in the
Keystone pipeline in Texas, December 2012 (file `pipeline`), Yemen asking for a reassessment of US ground raids after
the January 2017 SEAL raid (`raid`), the November 2017 Independence March in Warsaw (`polish`) and a London High Court
judgement withholding a Metropolitan Police report from the Koh Tao murder defendants, August 2015 (`thai`).
Read for this set and skipped: `texas` (all its quotations are an unnamed minister's, speaker null), `unrest` (only
a self-description and a scare quote), `qaeda` (a Wikinews Shorts page, mostly source lists), `terror` (mostly a
report's statements broken by two statistics tables), `violence` and `troops` (read and skipped by heldout367-en),
`portugal` and `rugby` (skipped by heldout359-en), `syrian` (in heldout82-en), `rebels` (in an earlier set); about
ninety other guessed names (`taliban`, `police`, `zuma`, `venezuela`, `pope`, `president`, `referendum`, `storm`,
`peace`, `taiwan`, `strike`, `tokyo`, `wales`, ...) do not exist in the copy.
None of the four is in an earlier set: checked by AMALGUM file name (`AMALGUM_news_pipeline`, `_raid`, `_polish`,
`_thai` and the bare words in no module or SOURCES.md section of tests/data), by URL and title, and by the speakers'
names and distinctive phrases (`Almonte`, `Semmens`, `Tar Sands Blockade`, `Keystone Oil Pipeline`, `Josh Jaques`,
`al-Dhahab`, `reevaluation of U.S.`, `Pankowski`, `Nahshon`, `sick nationalism`, `Błaszczak`, `Justice Green`, `Koh
Tao`, `Zaw Lin`: no hit; `Waszczykowski` occurs only in heldout11-en's article on Putin and US troops in Poland, a
different text), grepped in tests/data of the main checkout and of every other helper's /work/wt-* worktree.
The annotation (rules H1965–H1969 in `ANNOTATION.md` on top of H1–H1964) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2012-12-04-keystone-pipeline-protesters-arrested",
    source="https://en.wikinews.org/wiki/Protesters_arrested_after_barricading_themselves_inside_portion_of_Keystone_Oil_Pipeline",
    license=WN, retrieved=AMG.format("AMALGUM_news_pipeline") + "; the image caption ('Matt and Glen inside the pipeline ... Gas masks symbolize the \"poisonous tar sands\" ... / Image: Tar Sands Blockade.') dropped; the curly apostrophes of 'didn’t' and 'I’m', the comma after the closing mark ('bottom line\", added Almonte'), 'Matt Almonte in a statement' without a comma and 'Construction on portions of the pipeline were halted' kept; the mark the copy stores after 'to be finished.' as a closing mark written as the opening mark of President Obama's quotation (H1965)",
    text='''Protesters arrested after barricading themselves inside portion of Keystone Oil Pipeline
Tuesday, December 4, 2012
Two protesters in the United States who are associated with the 'Tar Sands Blockade' were arrested Monday after they barricaded themselves inside a portion of the Keystone Oil Pipeline under construction in Winona, Texas. TransCanada, which owns the pipeline, stopped construction once the protest began.
"TransCanada Corporation didn’t bother to ask the people of this neighborhood if they wanted to have millions of gallons of poisonous tar sands pumped through their backyards," said one of the protesters inside the pipeline, Matt Almonte in a statement posted to the group's website. "This multinational corporation has bullied landowners and expropriated homes to fatten its bottom line", added Almonte. Glen Collins, the second protester said, "I’m barricading this pipe with Tar Sands Blockade today to say loud and clear to the extraction industry that our communities and the resources we depend on for survival are not collateral damage."
According to their website www.tarsandsblockade.org, Almonte and Collins entered the pipeline prior to about 7:30 a.m. local time. They went 25 feet into the pipeline and took with them two barrels filled with cement, weighing 600 pounds each and locked themselves in between them. At around noon, police on scene entered the section of pipe, only to emerge a few minutes later without the protesters. At 12:30, after an ambulance arrived on scene, police once again entered the pipe and began to pull on one of the barrels. They were successfully removed and both Almonte and Collins were arrested. A short time later a third protester, identified as Isabel Indigo Brooks, was also arrested.
In a statement to Wikinews, spokesperson for TransCanada Grady Semmens called the incident "unfortunate" saying, "This project is about supplying Canadian and American oil to U.S. refineries, pushing out more expensive crude oil from foreign regimes that do not support American values of freedom and common sense — Libya, Venezuela and the Middle East." He also confirmed that construction was halted and staff members were "instructed to stand down and stop all work until local law enforcement resolved [the] situation".
"It is unfortunate these protestors are trying to keep thousands of Americans from the jobs they depend on to provide for their families. This project is important not only to thousands of workers but also to Americans in general," added Semmens.
Construction on portions of the pipeline were halted in January when the White House denied permits for it to be finished. "This announcement is not a judgment on the merits of the pipeline, but the arbitrary nature of a deadline that prevented the State Department from gathering the information necessary to approve the project and protect the American people," said President Barack Obama in January.
The portion of the pipeline affected by the protesters is part of the 'Gulf Coast Pipeline Project' that is to be about 485 miles long and consist of a "36-inch crude oil pipeline beginning in Cushing, Oklahoma and extending south to Nederland, Texas", says TransCanada on their website.''',
    quotes=[
        Q("'Tar Sands Blockade'", None, None),
        Q('"TransCanada Corporation didn', 'their backyards,"', "Matt Almonte"),
        Q('"This multinational', 'bottom line"', "Matt Almonte"),
        Q('"I’m barricading', 'collateral damage."', "Glen Collins"),
        Q('"unfortunate"', None, "Grady Semmens"),
        Q('"This project is about', 'the Middle East."', "Grady Semmens"),
        Q('"instructed to stand down', '[the] situation"', "Grady Semmens"),
        Q('"It is unfortunate', 'in general,"', "Grady Semmens"),
        Q('"This announcement', 'American people,"', "Barack Obama"),
        Q("'Gulf Coast Pipeline Project'", None, None),
        Q('"36-inch crude', 'Nederland, Texas"', "TransCanada Corporation"),
    ],
    aliases={"Matt Almonte": ["Matt Almonte", "Almonte", "one of the protesters inside the pipeline"],
             "Glen Collins": ["Glen Collins", "Collins", "the second protester"],
             "Grady Semmens": ["Grady Semmens", "Semmens", "spokesperson for TransCanada Grady Semmens"],
             "Barack Obama": ["Barack Obama", "President Barack Obama"],
             "TransCanada Corporation": ["TransCanada Corporation", "TransCanada"]},
),
dict(
    id="wn-en-2017-02-11-yemen-reassessment-us-ground-raids",
    source="https://en.wikinews.org/wiki/Yemen_requests_reevaluation_of_U.S._ground_operations_on_its_soil_following_raid",
    license=WN, retrieved=AMG.format("AMALGUM_news_raid") + "; no captions in the copy; the copy's 'requesting a reevaluation the role', 'accordingly to various reports' and 'US$' + '72' (written 'US$72'), '[' + '...' + ']' written '[...]', 'Muslim' + '-majority' written 'Muslim-majority' kept",
    text='''Yemen requests reevaluation of U.S. ground operations on its soil following raid
Saturday, February 11, 2017
The official government of Yemen issued a statement on Wednesday requesting a reevaluation the role of the United States in antiterrorism ground operations on its soil, in response to a January 29 raid by United States SEAL Team Six that killed several Yemeni citizens.
An earlier report alleged Yemeni officials told the White House their government had withdrawn its permission for U.S. ground ops, but later Yemeni statements have asked for a "reassessment" of the role of the U.S. in local antiterrorist activities. "We have not withdrawn our permission for the United States to carry out special operations ground missions. However, we made clear our reservations about the last operation," one Yemeni official told Reuters of a meeting between the U.S. ambassador and Yemeni President Abd Rabbu Mansour Hadi.
The Yemeni government's remarks stressed consultation before operations. Wednesday's official government statement from the Yemeni embassy in Washington, D.C. read: "The government of Yemen reiterates its firm position that any counter-terrorism operations carried out in Yemen should continue to be in consultation with Yemeni Authorities and have precautionary measures to prevent civilian casualties. Yemen believes that terrorism is a global menace that has no borders, religion or nationality; one that only a collective and well-coordinated response can address."
"Currently, we have not been ordered to stop conducting any operations nor have been directed to halt any operational planning," said Major Josh Jaques, a spokesperson for U.S. Central Command responsible for the Middle East.
Although there have been many U.S. drone strikes in Yemen in the past few years, the U.S. has publicly acknowledged only one previous ground raid. Last month's operation was approved by U.S. President Donald Trump after planning under his predecessor President Obama. According to CBS, the SEAL team approached an Al-Qaeda compound in Bayda province but became pinned down and called in an air strike for assistance. Fatalities included U.S. Navy SEAL William Owens. According to the Pentagon, the raid killed more than a dozen members of Al-Qaeda, and, according to medics on the scene, several civilians. These included amongst others, accordingly to various reports, a three-month-old baby, a pregnant woman, and an eight-year-old girl whose U.S.-born father was a religious leader killed in 2011 after allegedly organizing attacks against the U.S. A US$72 million medevac (medical evacuation) aircraft was also destroyed. One U.S. military official remarked, "almost everything went wrong."
"It was highly successful. It achieved the purpose it was going to get, [save] the loss of life that we suffered and the injuries that occurred," announced White House Press Secretary Sean Spicer.
US officials said the goal of the raid was to gather intelligence — reportedly, laptops and other electronics that might contain useful intelligence about Al-Qaeda. One U.S. military official said the raid also targeted Al-Qaeda leader Qassim al-Rimi.
Yemen is in the second year of a civil war between Houthi rebels and its internationally recognized government, which made the statement on Wednesday. Extremist groups have used the war to establish Yemeni strongholds. Yemen is also one of the seven Muslim-majority nations named in President Trump's January 27 executive order forbidding travel to the United States.
In another political complication, the raid killed an Al-Qaeda commander Abdulraoof al-Dhahab, a Yemeni government ally against the Houthi. "It was wrong to kill him and the children [...] he fought the Houthis and did not have any thought of launching attacks abroad. If the government allowed this to happen, it was a mistake," said one al-Bayda tribal leader.''',
    quotes=[
        Q('"reassessment"', None, "government of Yemen"),
        Q('"We have not withdrawn', 'the last operation,"', None),
        Q('"The government of Yemen reiterates', 'response can address."', "government of Yemen"),
        Q('"Currently, we have', 'operational planning,"', "Josh Jaques"),
        Q('"almost everything went wrong."', None, None),
        Q('"It was highly successful', 'that occurred,"', "Sean Spicer"),
        Q('"It was wrong to kill', 'it was a mistake,"', None),
    ],
    aliases={"government of Yemen": ["official government of Yemen", "Yemeni government",
                                     "the Yemeni embassy in Washington, D.C."],
             "Josh Jaques": ["Josh Jaques", "Major Josh Jaques", "a spokesperson for U.S. Central Command"],
             "Sean Spicer": ["Sean Spicer", "White House Press Secretary Sean Spicer"]},
),
dict(
    id="wn-en-2017-11-14-poland-independence-march-warsaw",
    source="https://en.wikinews.org/wiki/Poland%3A_Thousands_of_far-right_nationalists_gather_in_Warsaw_to_march_for_white_supremacy%2C_anti-liberalism%2C_and_anti-Islam_on_Polish_independence_day",
    license=WN, retrieved=AMG.format("AMALGUM_news_polish") + "; no captions in the copy; 'anti-' + 'United States' written 'anti-United States', '[' + '...' + ']' written '[...]'; the copy's lower-case 'lidia Domanska', 'We want god' beside 'We want God', and the closing mark of Pankowski's quotation, stored as a sentence of its own, attached to 'now.' kept",
    text='''Poland: Thousands of far-right nationalists gather in Warsaw to march for white supremacy, anti-liberalism, and anti-Islam on Polish independence day
Tuesday, November 14, 2017
On Saturday afternoon, thousands of far-right nationalists gathered in Poland's capital Warsaw to participate in "Independence March" which was organized by far-right groups including All-Polish Youth, the National Movement, and the National-Radical Camp. Participants objected to liberalism, Islam, and some banners supported white supremacy.
The slogan of this year's Independence March was "We want god". The march, which coincided with Poland's independence day, began at 3:00 P.M. local time (1400 UTC). Marchers chanted "Great national Poland, religion is the basis of the Polish nation, Great Catholic Poland and one nation across the borders" under banners reading "We want God" and "White Europe of brotherly nations." There were also anti-leftist, anti-United States slogans as well as slogans against liberal media broadcasters.
Poland's Interior Minister Mariusz Błaszczak said, "We are proud that so many Poles have decided to take part in a celebration connected to the Independence Day holiday." Andrzej Duda, Polish president, condemned the march and called this march a display of "sick nationalism". He also added "there is no place [for xenophobia] in Poland". Emmanuel Nahshon, spokesperson of the Israeli Foreign Ministry, called the march "a dangerous march of extreme and racist elements" and told the Associated Press, "We hope that Polish authorities will act against the organisers [...] History teaches us that expressions of racist hate must be dealt with swiftly and decisively."
Rafał Pankowski, a sociologist of the anti-extremist organization Never Again, said, "I think that most of the organisers are not very religious, either. [...] But use Christianity as a kind of identity marker, which is mostly about being anti-Islam now."
Muslims make up under one percent of Poland's population, and Poland has refused to welcome refugees.
The organizers of the march estimate more than 100,000 people attended, but the police put the number at 60,000. Antifa Warsaw (Anti-fascist Warsaw) organized a counter-march in the capital. One of the participants, lidia Domanska said about 5000 people participated in the march. Only one clash between the two groups was reported, of a man kicking women who were holding a flag reading "Stop Fascism."
The event drew people from other European countries, including Slovakia, Sweden and Hungary. 39-year-old Richard Spencer, a white supremacist from the United States, was invited to Poland by far-right groups, and he was scheduled to attend the event but did not. On October 27, Poland's Foreign Minister Witold Waszczykowski said, "He [Spencer] should not appear publicly, and especially not in Poland." Saying Spencer's opinions "are in conflict with the legal order" of the country, Waszczykowski added, "as a country which was one of the biggest victims of Nazism, we believe that the ideas promoted by Mr Spencer and his followers could pose a threat to all those who hold dear the values of human rights and democracy".
November 11 is the anniversary of the end of World War I, after which Poland regained its status as an independent country in 1918. The Independence March was first organised in 2009 and the number of participants has grown since.''',
    quotes=[
        Q('"Independence March"', None, None),
        Q('"We want god"', None, None),
        Q('"Great national Poland', 'across the borders"', None),
        Q('"We want God"', None, None),
        Q('"White Europe of brotherly nations."', None, None),
        Q('"We are proud', 'Day holiday."', "Mariusz Błaszczak"),
        Q('"sick nationalism"', None, "Andrzej Duda"),
        Q('"there is no place', 'in Poland"', "Andrzej Duda"),
        Q('"a dangerous march', 'racist elements"', "Emmanuel Nahshon"),
        Q('"We hope that Polish', 'and decisively."', "Emmanuel Nahshon"),
        Q('"I think that most', 'anti-Islam now."', "Rafał Pankowski"),
        Q('"Stop Fascism."', None, None),
        Q('"He [Spencer]', 'not in Poland."', "Witold Waszczykowski"),
        Q('"are in conflict with the legal order"', None, "Witold Waszczykowski"),
        Q('"as a country which', 'and democracy"', "Witold Waszczykowski"),
    ],
    aliases={"Mariusz Błaszczak": ["Mariusz Błaszczak", "Poland's Interior Minister Mariusz Błaszczak"],
             "Andrzej Duda": ["Andrzej Duda", "Polish president"],
             "Emmanuel Nahshon": ["Emmanuel Nahshon", "spokesperson of the Israeli Foreign Ministry"],
             "Rafał Pankowski": ["Rafał Pankowski", "a sociologist of the anti-extremist organization Never Again"],
             "Witold Waszczykowski": ["Witold Waszczykowski", "Poland's Foreign Minister Witold Waszczykowski",
                                      "Waszczykowski"]},
),
dict(
    id="wn-en-2015-08-25-uk-judge-withholds-report-thai-defendants",
    source="https://en.wikinews.org/wiki/UK_judge_withholds_report_from_Thai_death_penalty_defendants",
    license=WN, retrieved=AMG.format("AMALGUM_news_thai") + "; three image captions (Koh Tao, the Royal Courts of Justice, Prayut Chan-o-cha) and the pull-quote box ('This is not a Report which contains, for instance, state secrets' / '— Mr Justice Green', repeated from the body) dropped (H1968); the copy's two sentences 'until mid- or late September' / 'the court has issued its judgement' joined with a space as one sentence, as stored without a stop (H1969); 'beginning[' + '...' + ']' written 'beginning[...]'; 'in principal', 'victims' families' and the comma after the closing mark ('sides\", he added') kept",
    text='''UK judge withholds report from Thai death penalty defendants
Tuesday, August 25, 2015
In a judgement released today Mr Justice Green, sitting in the High Court in London, spoke of his "very considerable unease" as he rejected an application by two defendants in a Thai death penalty case. The pair sought a Metropolitan Police report they hoped could assist their defence.
The court has expedited the case. Burmese nationals Zaw Lin and Wai Phyo, both 22, are currently on trial accused of murdering David Miller, 24, from Jersey, and Hannah Witheridge, 23, from England. With the defence case due to begin shortly and continue until mid- or late September the court has issued its judgement today following a hearing on Friday.
The case dates to September last year when the victims were found murdered on a Koh Tao beach. Witheridge had been raped. The case attracted worldwide attention with Lin and Phyo confessing, before re-enacting the killing in front of the press.
The accused claim the confessions were tortured out of them and the ongoing trial is unfair. UK Prime Minister David Cameron intervened, speaking to Thai Prime Minister Prayut Chan-o-cha. Cameron and Chan-o-cha arranged for an observer team from the Metropolitan Police to conduct an inspection of the Thai probe, based on powers in the Police Act 1996.
A team was duly dispatched and prepared a report with the intent to use it for assisting the victims' families. UK police were expressly forbidden, at a ministerial level, to provide any assistance to Thai authorities as the case involves the death penalty. Due to established UK policy on foreign death penalty cases, the report was also not shared with Thailand. It is this report that Lin and Phyo were seeking.
Using the Data Protection Act 1998 the defendants asked police for this report to assist their defence, and were denied. That decision was the one challenged unsuccessfully in the High Court. The case pits the two accused trying to defend a death penalty case against the possibility of jeopardising international relations; Thai police co-operated, but only in light of an agreement the report would be confidential.
Legal charity Reprieve, who assisted the two men, said in a statement "Concerns about the conduct of the Thai investigation and the safety of any convictions resulting have been raised from the very beginning[...] only the defence lawyers in Thailand are in a position to judge whether the information could be of assistance." Mr Justice Green's judgement acknowledges he did not know "how the accused might structure their defences" or details about what evidence had been or would be involved.
Both men say they were starved, suffocated, stripped naked, exposed to cold temperatures, beaten, threatened, and denied legal representation. The Royal Thai Police deny any misconduct. Mr Justice Green read the report himself and decided not to release it as it was of no assistance to the pair.
The report is known to contain some material disputed by Lin and Phyo. It says they repeated their confessions at various times, including in court with legal representation, before retracting them. It also says they have not backed up their torture claims with evidence, medical or otherwise.
Mr Justice Green said the report described "in many respects [...] no more than the routine conduct of a serious crime investigation. This is not a Report which contains, for instance, state secrets." He also spoke of his distance from the ongoing trial, prompting him to remark of his "very considerable unease" and having to do "the best I could" — not "a comfortable process".
Noting "the issues of both law and fact are complex, novel and difficult" Mr Justice Green's judgement notes that, before even hearing the case he promised permission to appeal would be granted, if requested, whatever the outcome. He also promised a swift Court of Appeal hearing to comply with Thai trial time constraints. "The stakes are very high for both sides", he added.
"In my judgment the common law," the judgement reads, "and in particular the principles of natural justice and fairness, would in a case such as this which involves the right to life, and the right to a fair trial, as well as powerful countervailing issues of public interest, compel the court to apply the most intense level of anxious scrutiny to the facts to ensure that the accused were not prejudiced."
Mr Justice Green also ruled the pair, in principal, "have a perfectly proper right to seek access to the personal data for the purpose of using it subsequently in their defence in criminal proceedings", calling the case one about "fundamental rights".
Rosa Curling, who represented both men in the London court, has said they would not appeal. She said Lin and Phyo are "disappointed" but "are reassured that at least a British judge has now looked at the information held by the Metropolitan Police, applying anxious scrutiny, and determined that it would not assist them in their ongoing proceedings in Thailand."
Wikinews has contacted the Metropolitan Police, usually responsible for policing London, for a statement and is awaiting a response.''',
    quotes=[
        Q('"very considerable unease"', None, "Mr Justice Green"),
        Q('"Concerns about the conduct', 'of assistance."', "Reprieve"),
        Q('"how the accused', 'their defences"', "Mr Justice Green"),
        Q('"in many respects', 'state secrets."', "Mr Justice Green"),
        Q('"very considerable unease"', None, "Mr Justice Green", 1),
        Q('"the best I could"', None, "Mr Justice Green"),
        Q('"a comfortable process"', None, "Mr Justice Green"),
        Q('"the issues of both law', 'and difficult"', "Mr Justice Green"),
        Q('"The stakes are very high', 'both sides"', "Mr Justice Green"),
        Q('"In my judgment the common law,"', None, "Mr Justice Green"),
        Q('"and in particular the principles', 'not prejudiced."', "Mr Justice Green"),
        Q('"have a perfectly proper', 'criminal proceedings"', "Mr Justice Green"),
        Q('"fundamental rights"', None, "Mr Justice Green"),
        Q('"disappointed"', None, "Rosa Curling"),
        Q('"are reassured that', 'in Thailand."', "Rosa Curling"),
    ],
    aliases={"Mr Justice Green": ["Mr Justice Green", "the judgement"],
             "Reprieve": ["Reprieve", "Legal charity Reprieve"],
             "Rosa Curling": ["Rosa Curling"]},
),
]
