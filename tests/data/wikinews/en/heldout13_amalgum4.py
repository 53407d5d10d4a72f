# Held-out English Wikinews articles (tests/data/heldout13-en.jsonl), continued; same source and
# conventions as heldout13_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-argentina-zanon-workers-factory",
    source="https://en.wikinews.org/wiki/Argentinian_workers_preparing_to_defend_control_of_factory",
    license=LIC, retrieved=AMG.format("AMALGUM_news_workers") + " (section heading kept as a line; the closing mark of Magnani's first quotation, tokenized onto the start of the next sentence, attached to its word; the copy's 'Governnor', 'Sobish', 'playing ground' and the closing mark before the comma of the Wikipedia description kept)",
    text='''Argentinian workers preparing to defend control of factory
Tuesday, April 26, 2005
Factory workers at a ceramic factory in Neuquén, Argentina are preparing to defend their autonomous running of their workplace, as the courts start to look at appointing an owner. The workers have been running the factory themselves since the Argentinian government meltdown in 2001, and say they are more effective working independently.
There are now 410 workers at FaSinPat ('Fabrica sin Patrones' or 'Factory without Bosses'), having hired over 170 new workers in four years of autonomous control. The factory is widely known as Zanon, the name under the previous owner, Luis Zanon, who accumulated some US$170 million in debt, and shut down the factory, firing the workers.
Argentinian government and businesses were in chaos at the time, with the government dissolving repeatedly and defaulting on $88 billion of debt, inflation skyrocketing and people demanding money from banks who had closed their doors.
Like over 200 Argentinian workplaces facing similar conditions, the workers chose spontaneously to run the factory themselves, and continued maintenance and production, to keep trading on their own behalf.
Now thirty workers have travelled the 1,200 kilometers to Buenos Aires, presenting a petition containing thousands of signatures from all over the world at the central courthouse, and mobilising outside.
"With these actions we are marking a playing ground for the judge," said Raul Godoy, Zanon worker and General Secretary of the Ceramists' Union.
Reports of violence against a Zanon worker
As the government has continued its legal assault upon the Zanon factory, at least one factory employee has been reported to have suffered repeated threats and violence at the hand of unknown attackers.
Esteban Magnani, author of El Cambio Silencioso (The Silent Change), a book about worker cooperatives in Argentina told UpsideDownWorld.org, "In Neuquen you have Jorge Sobisch, a right wing governor who wants to be the new [President] Carlos Menem... wants to show how tough he is... Zanon is very politicized and famous, which is bad for a governor who wants to be seen as a right wing savior. Sobisch feels the need to crack down now, because the longer he waits, the more powerful Zanon becomes." Some of the workers feel that Sobisch may be approving the attacks or may be culpable in failing to defend the workers.
Magnani indicates incumbent President Néstor Kirchner, described by Wikipedia as "a Peronist with leftist leanings", might defend Zanon. "One of Kirchner’s flags is human rights. Now with this kidnapping and the continued threats, Kirchner shouldn’t have any excuse to not do something about this."
"Subway workers, train workers, airline workers, other recuperated businesses and many other sectors have made it clear that the employees at Zanon will not be alone." Says one Zanon worker, "We are willing to defend the factory with our lives."
It may not come to that. Governnor Sobisch has been attempting to evict the workers of Zanon in an ongoing, highly politicized legal battle for several years. Sobisch has been ordered by the Federal Supreme Court of Argentina to evict the workers as soon as possible.
Other sources consulted about the past record of behavior by Sobisch do not reflect a record of overt violence against the workers. At least one source from October 2004 said that Sobish wants the workers to leave the Zanon factory and work instead in a government-sponsored micro-enterprise project for unemployed workers, constructing prefabricated houses.''',
    quotes=[
        Q("'Fabrica sin Patrones'", None, None),
        Q("'Factory without Bosses'", None, None),
        Q('"With these actions', 'for the judge,"', "Raul Godoy"),
        Q('"In Neuquen you have', 'Zanon becomes."', "Esteban Magnani"),
        Q('"a Peronist with leftist leanings"', None, "Wikipedia"),
        Q('"One of Kirchner’s flags', 'about this."', "Esteban Magnani"),
        Q('"Subway workers', 'not be alone."', "Esteban Magnani"),
        Q('"We are willing to defend', 'our lives."', None),
    ],
    aliases={"Raul Godoy": ["General Secretary of the Ceramists' Union"],
             "Esteban Magnani": ["Magnani"]},
),
dict(
    id="wn-en-odinga-mugabe-african-union-suspension",
    source="https://en.wikinews.org/wiki/Kenyan_Prime_Minister_calls_for_suspension_of_Mugabe_from_African_Union",
    license=LIC, retrieved=AMG.format("AMALGUM_news_mugabe") + " (the copy's 'Kekwete', 'state run television networks' and the closing mark before the full stop of Migiro's words kept)",
    text='''Kenyan Prime Minister calls for suspension of Mugabe from African Union
Monday, June 30, 2008
Raila Odinga, the Kenyan Prime Minister, has said that Robert Mugabe should be suspended from the African Union until he allows free elections to take place in his country.
He has said that the AU "should suspend him [Mugabe] and send peace forces to Zimbabwe to ensure free and fair elections."
Odinga continued, "[The] African Union will be setting a dangerous precedent if Mugabe is allowed to participate in its meetings," he said. "Right now Mugabe is a crisis, they have no president with legitimacy to run the country."
Robert Mugabe was recently under a large amount of pressure to postpone the election after the main opposition candidate, Morgan Tsvangirai, pulled out due to fears of violence. For example, Ban Ki-moon, secretary general of the United Nations, yesterday called for the election to be postponed. He said that he "strongly supports the statement of the Chairman of SADC (Southern African Development Community) that conditions do not exist for a run-off election to be held at this time and that they should be postponed."
Mugabe yesterday claimed the current results show that he will have a 'sweeping victory' in the unopposed presidential run-off elections. He announced his victory on one of the state run television networks. "The returns show that we are winning convincingly, that we have won in all the 26 constituencies in Harare, an MDC stronghold where we won in only one constituency in March."
As an African Union summit began in Egypt today, Mugabe took his seat among other African heads of state hours after declaring victory in the election. His appearance at the summit generated different reactions, from being hailed as a "hero" by the President of Gabon, to U.N. Deputy Secretary-General Asha-Rose Migiro's remarks calling the situation in Zimbabwe "an extremely grave crisis".
Mugabe, now in his sixth term as President, arrived in the Egyptian city of Sharm el-Sheikh on Monday. Despite criticism from the African Union's election observers, who said the election fell short of their standards, Mugabe was reportedly warmly received at the summit. One delegate, speaking on condition of anonymity, said Mugabe was seen hugging other African leaders after the opening session.
Delegates at the convention discussed the elections, but largely avoided direct criticism of Mugabe or the government. Jakaya Kekwete, the Tanzanian President chairing the summit, said, "We would like to congratulate the Zimbabwean people for their successes but we would also like to express our commiserations for their suffering." A draft resolution being considered for adoption on Tuesday calls for negotiations and an end to violence, but also does not directly criticize Mugabe or the election.
George Sibotshiwe, a spokesman for Tsvangirai's Movement for Democratic Change, said he hopes that the summit would take stronger measures during Tuesday sessions. "I would hope that the nature of what happened in Zimbabwe warrants a strong response and a lot of the leaders are taking our problems into consideration," he said.''',
    quotes=[
        Q('"should suspend him', 'fair elections."', "Raila Odinga"),
        Q('"[The] African Union', 'its meetings,"', "Raila Odinga"),
        Q('"Right now Mugabe', 'the country."', "Raila Odinga"),
        Q('"strongly supports', 'be postponed."', "Ban Ki-moon"),
        Q("'sweeping victory'", None, "Robert Mugabe"),
        Q('"The returns show', 'in March."', "Robert Mugabe"),
        Q('"hero"', None, None),
        Q('"an extremely grave crisis"', None, "Asha-Rose Migiro"),
        Q('"We would like to congratulate', 'their suffering."', "Jakaya Kekwete"),
        Q('"I would hope', 'into consideration,"', "George Sibotshiwe"),
    ],
    aliases={"Raila Odinga": ["the Kenyan Prime Minister", "Odinga"],
             "Ban Ki-moon": ["secretary general of the United Nations"],
             "Robert Mugabe": ["Mugabe"],
             "Asha-Rose Migiro": ["U.N. Deputy Secretary-General Asha-Rose Migiro"],
             "Jakaya Kekwete": ["the Tanzanian President chairing the summit"],
             "George Sibotshiwe": ["a spokesman for Tsvangirai's Movement for Democratic Change"]},
),
dict(
    id="wn-en-judge-dismisses-awlaki-targeted-killing-lawsuit",
    source="https://en.wikinews.org/wiki/US_federal_judge_dismisses_targeted_killing_lawsuit",
    license=LIC, retrieved=AMG.format("AMALGUM_news_lawsuit") + " (a portrait caption of al-Awlaki and a quote box repeating Bates' words without quotation marks, with its attribution line, dropped; the copy's '83-pages', 'that, \"al-Awlaki' and the closing marks before the full stop or comma of several quotations kept)",
    text='''US federal judge dismisses targeted killing lawsuit
Wednesday, December 8, 2010
In a ruling issued Tuesday a United States federal judge dismissed a lawsuit which attempted to stop the U.S. government from selecting Anwar al-Awlaki for targeted killing.
John D. Bates, United States federal judge for the United States District Court for the District of Columbia, wrote in his opinion that the lawsuit was a "unique and extraordinary case" which brought up questions over whether the government had the authority to strategize over killing its own citizens without a previous criminal justice process undertaken. Judge Bates ruled for the United States Department of Justice, and held that various civil rights organizations in addition to Awlaki's father did not have the authority or jurisdiction to start the lawsuit in the first place.
Awlaki's father was supported in the case by two civil rights organizations, the Center for Constitutional Rights and the American Civil Liberties Union. In the lawsuit these organizations argued before the court that targeted killing of an individual who does not present an imminent threat of life to citizens is not permitted by international law or by the United States Constitution. Awlaki was born in New Mexico. Yemeni law enforcement officials in November charged Awlaki with connections to Al-Qaeda, and ordered him to be arrested "by any means possible".
U.S. officials have identified Awlaki as an influential leader within the Islamist terrorist organization Al-Qaeda in the Arabian Peninsula (AQAP). Awlaki has made statements where he encouraged individuals of Muslim faith to murder U.S. citizens. According to Associated Press, Awlaki is located in Yemen. He has been linked to terrorist incidents in the United States including the Fort Hood shooting, the attempted bombing of Northwest Airlines Flight 253, and the Cargo planes bomb plot.
AP reported that it received confirmation from Obama administration officials that, "al-Awlaki is on a capture or kill list"; and Agence France-Presse received similar statements from U.S. representatives. However, during the actual process of the Awlaki lawsuit in court, government representatives refused to confirm or deny whether this was the case. The U.S. government put forth the notion during the case that the court did not have jurisdiction to review actions of the President of the United States, due to the fact that the President's choices are intended in a setting of war to prevent the loss of lives of U.S. citizens stemming from acts of terrorism.
Judge Bates wrote a decision which consisted of 83-pages. He was appointed to the bench by President George W. Bush. In his ruling, Judge Bates stated, "The serious issues regarding the merits of the alleged authorization of the targeted killing of a U.S. citizen overseas must await another day or another nonjudicial forum." He wrote that the lawsuit brought up, "vital considerations of national security and of military and foreign affairs", including how the President is able to order targeted killing of terrorists who are United States citizens, without "any form of judicial process whatsoever, based on the mere assertion that he is a dangerous member of a terrorist organization."
The court responded to Awlaki's father's assertions that his son was unable to initiate a lawsuit himself or acquire legal assistance "without disclosing his whereabouts and exposing himself to possible attack by [U.S. government]". Judge Bates replied, "Anwar Al-Aulaqi has made clear that he has no intention of making himself available for criminal prosecution in U.S. courts, remarking in a May 2010 AQAP video interview that he 'will never surrender' to the United States, and that '[i]f the Americans want me, [they can] come look for me.'"''',
    quotes=[
        Q('"unique and extraordinary case"', None, "John D. Bates"),
        Q('"by any means possible"', None, None),
        Q('"al-Awlaki is on a capture or kill list"', None, None),
        Q('"The serious issues regarding', 'nonjudicial forum."', "John D. Bates"),
        Q('"vital considerations', 'foreign affairs"', "John D. Bates"),
        Q('"any form of judicial process', 'terrorist organization."', "John D. Bates"),
        Q('"without disclosing his whereabouts', '[U.S. government]"', None),
        Q('"Anwar Al-Aulaqi has made clear', 'look for me.\'"', "John D. Bates"),
    ],
    aliases={"John D. Bates": ["Judge Bates", "United States federal judge for the United States District Court for the District of Columbia"]},
),
]
