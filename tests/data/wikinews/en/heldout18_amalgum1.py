# Held-out English Wikinews articles (tests/data/heldout18-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum_extra/news/xml/AMALGUM_news_*.xml, the corpus'
# extra news part, files used by no earlier set: `trump`, found by guessing a name that sorts after
# `sheffield`, the last one the index lists, and `jong`, a listed file), detokenized by hand like
# heldout17_amalgum*.py. Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-fifteen-states-sue-trump-daca",
    source="https://en.wikinews.org/wiki/Fifteen_states_sue_United_States_President_Donald_Trump_for_cancelling_program_for_undocumented_immigrant_minors",
    license=LIC, retrieved=AMG.format("AMALGUM_news_trump") + " (the opening mark of Schneiderman's quotation, tokenized onto the end of the previous sentence, attached to its word; the copy's 'right[...]' and 'one the most prestigious schools in the U.S.' without a full stop kept; 'Muslim' and the token '-majority' joined as 'Muslim-majority')",
    text='''Fifteen states sue United States President Donald Trump for cancelling program for undocumented immigrant minors
Saturday, September 9, 2017
On Wednesday, the attorneys general of fifteen U.S. states filed a lawsuit against United States President Donald Trump for ending the Deferred Action for Childhood Arrivals policy, or DACA, which placed a moratorium on the deportation of undocumented immigrants who had come to the U.S. while they were still minors. They argue that Trump's decision to resume deportation was based on racism and therefore illegal and that deporting DACA beneficiaries would harm the economies of their respective states.
The suit reads, in part: "Ending DACA, whose participants are mostly of Mexican origin, is a culmination of President Trump's oft-stated commitments — whether personally held, stated to appease some portion of his constituency, or some combination thereof — to punish and disparage people with Mexican roots." The greatest number of DACA beneficiaries are from Mexico, and the next most common countries of birth are El Salvador, Guatemala, and Honduras.
According to New York Attorney General Eric T. Schneiderman, his state is home to 42,000 DACA participants, also called dreamers, after the DREAM Act, a proposed law that would have made something similar to the DACA program a law rather than an executive policy. "Dreamers play by the rules. Dreamers work hard. Dreamers pay taxes. For most of them, America is the only home they've ever known. And they deserve to stay here," he said. According to the lawsuit, 50 DACA participants are students at Harvard University, one the most prestigious schools in the U.S.
At the U.S. government's last count, the DACA program covered 787,580 people. It allowed undocumented immigrants who had come to the U.S. under the age of 16 and were no older than 30 in 2012 to apply for temporary federal permits for legal residency, which expire after two years. These in turn allow them to file for work permits and drivers' licenses. It made it much easier for them to attend four-year colleges and for the government to collect income tax. The Trump administration describes this as a phasing out rather than an immediate cancellation. Some DACA participants will be allowed to renew their permits, but only until October and only for participants whose existing permits would expire by next March.
President Trump invited Congress to take action on the dream issue: "We will resolve the DACA issue with heart and compassion — but through the lawful Democratic process — while at the same time ensuring that any immigration reform we adopt provides enduring benefits for the American citizens we were elected to serve," President Trump told the press on Tuesday. "We must also have heart and compassion for unemployed, struggling, and forgotten Americans." Under the new Trump policy, if Congress does not pass a law establishing a program for DACA participants, 300,000 would lose legal status next year.
Washington State Attorney General Bob Ferguson, accompanied by now-adult DACA recipients who work for the state legislature, announced to the press, "It's outrageous, it's not right[...] As attorney general for the state of Washington, I have a hammer, it's the law." Ferguson also sued Donald Trump earlier this year over a travel ban prohibiting people from seven Muslim-majority countries from entering the United States.
DACA was not a law but rather an executive policy established by Trump's predecessor, Barack Obama. The U.S. Constitution gives the legislative branch of the government, Congress, the duty of establishing laws but the executive branch, headed by the President, the duty of enforcing them. The DACA program was examined by lawyers from the U.S. Department of Justice in 2014, and they determined then-President Barack Obama did have the authority to decline to enforce existing immigration laws in this way.
The suit was filed by attorneys general from North Carolina, Hawaii, Washington, New York, Illinois, Iowa, Oregon, New Mexico, Massachusetts, Connecticut, Delaware, Pennsylvania, Virginia, Vermont, and Rhode Island and the country's capital, Washington D.C., all of whom are Democrats. The attorney general of California, home to one out of four DACA participants, stated intent through a spokesperson to file a separate lawsuit.''',
    quotes=[
        Q('"Ending DACA', 'with Mexican roots."', None),
        Q('"Dreamers play by the rules.', 'to stay here,"', "Eric T. Schneiderman"),
        Q('"We will resolve', 'elected to serve,"', "Donald Trump"),
        Q('"We must also have heart', 'forgotten Americans."', "Donald Trump"),
        Q('"It\'s outrageous', 'it\'s the law."', "Bob Ferguson"),
    ],
    aliases={"Eric T. Schneiderman": ["New York Attorney General Eric T. Schneiderman"],
             "Donald Trump": ["United States President Donald Trump", "President Trump", "Trump"],
             "Bob Ferguson": ["Washington State Attorney General Bob Ferguson", "Ferguson"]},
),
dict(
    id="wn-en-kim-jong-nam-fourth-suspect",
    source="https://en.wikinews.org/wiki/Malaysian_authorities_arrest_fourth_suspect_in_killing_of_Kim_Jong_Nam%2C_half-brother_of_North_Korean_leader",
    license=LIC, retrieved=AMG.format("AMALGUM_news_jong") + " (the closing notice 'This story has updates' with its link dropped; the copy's 'Minister of Foreign affairs' kept)",
    text='''Malaysian authorities arrest fourth suspect in killing of Kim Jong Nam, half-brother of North Korean leader
Sunday, February 19, 2017
Malaysian authorities on Friday arrested North Korean man Ri Jong Chol, 46, on suspicion of involvement in the murder of Kim Jong Nam, the half-brother to Kim Jong Un, leader of North Korea. He died in Malaysia on Monday morning. According to South Korean officials, he was killed by a fast-acting poison administered by two women who approached him in Kuala Lumpur International Airport.
Ri is now the fourth subject in custody. On Wednesday, Malaysian authorities said, they arrested 26-year-old taxi driver Muhammad Farid Bin Jalaluddin, whom they believed was the boyfriend of one of the women who approached Kim Jong Nam in the airport on Monday. Indonesia's Minister of Foreign affairs confirmed one of the women, Siti Aishah, is an Indonesian citizen, but confirmation was not then available on whether her counterpart, whose name was given as Doan Thi Huong, is actually Vietnamese or was merely carrying a Vietnamese passport. Selangor State Police Chief Abdul Samah Mat told CNN Jalaluddin helped the police find Aishah. The two women are to be held for seven days.
In findings published in the New Straits Times, CCTV footage from the airport showed two women, ostensibly Aishah and Doan, walking up to Kim near the self-check-in stand. One of them distracted him while the other grabbed his face or neck and administered the poison, though reports differ as to whether she used a needle, spray or impregnated cloth. Kim Jong Nam fell sick and went to the airport clinic, from which he was sent to the hospital by ambulance. He died before reaching the hospital. One of the two women was wearing a T-shirt reading "LOL" when she approached Kim. Aishah allegedly told police she thought she had been hired to perform a prank for a television show and that she had been hired to spray people with liquid before.
Kim had been traveling under the alias Kim Chol and was returning to Macau where he has lived with his family since leaving North Korea.
Kim Jong Nam, 45, was the oldest son of North Korean leader Kim Jong Il. His mother was Kim Jong Il's mistress Song Hye Rim and he was raised separately from his half-brothers. He was considered the elder Kim's heir apparent but lost favor after an incident in 2001 when he used a fake passport in an attempt to visit Japan. Kim has lived outside of North Korea for many years and did not attend his father's funeral in 2011. He favored more economic reform for North Korea and once told Japanese writer Yoji Gomi he did not believe Kim Jong Un would be a good leader:
"The Kim Jong-un regime will not last long," said Kim to Gomi in 2012. "Without reforms, North Korea will collapse, and when such changes take place, the regime will collapse."
South Korea's national intelligence agency accused the North Korean government of having Kim killed. The Korean Institute for Defense Analyses's Kim Chang-su stated Kim Jong Un may have felt his brother was a threat to his position. In the years since Kim Jong Un became leader, many people so perceived, including his uncle and advisor Jang Song Thaek, have ended up dead. Jang was executed for treason. Malaysian Deputy Prime Minister Ahmad Zahid Hamidi dismissed allegations North Korea arranged Kim's death as "only speculation."
Malaysian authorities completed the autopsy of Kim Jong Nam earlier this week over objections from the North Korean government but announced Thursday they would not release the body to North Korea or disclose the results without a Kim family DNA sample. The North Korean government already said it won't accept the validity of an autopsy done without its permission or oversight.''',
    quotes=[
        Q('"LOL"', None, None),
        Q('"The Kim Jong-un regime', 'last long,"', "Kim Jong Nam"),
        Q('"Without reforms', 'will collapse."', "Kim Jong Nam"),
        Q('"only speculation."', None, "Ahmad Zahid Hamidi"),
    ],
    aliases={"Ahmad Zahid Hamidi": ["Malaysian Deputy Prime Minister Ahmad Zahid Hamidi"]},
),
]
