# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 7. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-lockerbie-megrahi-buried",
    source="https://en.wikinews.org/wiki/Lockerbie_convict_Abdelbaset_Ali_al-Megrahi_buried_after_dying_at_Libyan_home",
    license=LIC, retrieved=AMG.format("AMALGUM_news_abdelbaset") + " (image captions repeated at the end of the copy dropped)",
    text="""Lockerbie convict Abdelbaset Ali al-Megrahi buried after dying at Libyan home
Wednesday, May 23, 2012
Abdelbaset al-Megrahi has been buried in the town of Janzur, west of the Libyan capital Tripoli. He was the only individual convicted in association with the Lockerbie bombing of 1988. He died at his residence Sunday, aged 60.
The bombing of Pan Am Flight 103 from London to New York resulted in 270 fatalities, including all 259 of the airplane's occupants and eleven individuals on the ground. 189 of those who died in the incident were US citizens. The death toll for this terrorist incident is larger than that for any other which has occurred in the United Kingdom thus far.
Abdelbaset al-Megrahi was placed on trial in May 2000 in the Netherlands alongside Al Amin Khalifah Fhimah. While Fhimah was found not guilty on all charges placed against him, al-Megrahi was found guilty of his and sentenced to at least 27 years imprisonment. Having been initially placed in HM Prison Barlinnie, al-Megrahi was transferred to Greenock in 2005.
In 2002, an appeal against his conviction was unsuccessful. Five years later, senior judges in Scotland were to review his case, but he dropped the appeal. Due to suffering from prostate cancer, he was granted a compassionate release from Scottish prison two days later.
Current UK Prime Minister David Cameron commented on his belief that al-Megrahi "should never have been released from prison" and said his death was an occasion "to remember the 270 people who lost their lives in what was an appalling terrorist act". According to Alex Salmond, First Minister of Scotland, the investigation into the Lockerbie bombing is ongoing. Salmond also called for remembrance of those killed. Prosecutors, he said, had always thought there were others besides al-Megrahi involved in the attack.
US citizen Susan Cohen, the mother of one of those killed in the Lockerbie bombing, thought of al-Megrahi as "a mass murderer" who "deserved to die", adding to CNN: "I feel no pity around him. He got to die with his family around him. My daughter [Theodora], at age 20, died a brutal, horrible death". However, UK citizen Jim Swire, father of another victim of the bombing, believes al-Megrahi was not guilty. He described al-Megrahi's death as "a sad time", telling the BBC he was "satisfied for some years that this man was nothing to do with the murder of my daughter".
Abdelbaset al-Megrahi has consistently denied responsibility for the attack. In his final recorded interview in December 2011, he insisted he was "an innocent man" who was "about to die and I ask now to be left in peace with my family." His brother Mohammed al-Megrahi claimed "[t]here never was exact proof" and said al-Megrahi's "pain is over now – he is with God".""",
    quotes=[
        Q('"should never have been released', 'from prison"', "David Cameron"),
        Q('"to remember the 270', 'terrorist act"', "David Cameron"),
        Q('"a mass murderer"', None, "Susan Cohen"),
        Q('"deserved to die"', None, "Susan Cohen"),
        Q('"I feel no pity', 'horrible death"', "Susan Cohen"),
        Q('"a sad time"', None, "Jim Swire"),
        Q('"satisfied for some years', 'my daughter"', "Jim Swire"),
        Q('"an innocent man"', None, "Abdelbaset al-Megrahi"),
        Q('"about to die', 'my family."', "Abdelbaset al-Megrahi"),
        Q('"[t]here never was', 'exact proof"', "Mohammed al-Megrahi"),
        Q('"pain is over now', 'with God"', "Mohammed al-Megrahi"),
    ],
    aliases={"David Cameron": ["Current UK Prime Minister David Cameron"],
             "Susan Cohen": ["US citizen Susan Cohen"],
             "Jim Swire": ["UK citizen Jim Swire"],
             "Abdelbaset al-Megrahi": ["Abdelbaset Ali al-Megrahi", "al-Megrahi"],
             "Mohammed al-Megrahi": ["His brother Mohammed al-Megrahi"]},
),
dict(
    id="wn-en-senate-bailout",
    source="https://en.wikinews.org/wiki/U.S._Senate_approves_revised_bailout_package_after_controversial_additions",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bailout") + " ('HAVE YOUR SAY' comment box dropped)",
    text="""U.S. Senate approves revised bailout package after controversial additions
Saturday, October 4, 2008
The U.S. Senate passed a revised bailout bill designed to help the struggling U.S. financial economy, which has measures nearly identical to the bill rejected by the U.S. House of Representatives on Monday.
"Senate Democrats and Republicans believe it is essential that we work quickly on this important legislation to restore confidence to our financial system and strengthen the economy," said Senate Majority Leader Harry Reid.
The new revisions include raising the FDIC insurance cap to $250,000, a move designed to please progressives. However, the $110 billion in tax breaks, earmarks and what has been called pork barrel spending is not offset by any increases in revenues and has added opposition to the bill from some Representatives in the House.
Earmarks added into the bailout bill included $192 million in tax rebates for the Virgin Islands rum industry, $148 million in tax cuts for the wool industry, $100 million tax cuts to the auto racing industry, and $48 million in Hollywood tax incentives.
Vice President of Taxpayers for Common Sense, Steve Ellis, offered his explanation for the pork and earmarks added in. "People who support some of these provisions will forget about the $700 billion and concerns they may have on that, and say, 'If you give me a few million in tax breaks for my constituents, I'll go along'".
The tactic seems to have worked, however, managing to flip enough votes to pass the bill.
"The inclusion of parity, tax extenders and the FDIC increases has caused me to reconsider my position," said Representative Jim Ramstad (R Minnesota), who voted against the previous bill on Monday. "All three additions have greatly improved the bill."
But Representative Marcy Kaptur (D Ohio) was not changing her no vote. "I will not support this legislation because it's the wrong medicine," she said.
The Senate took H.R.1424, a bill originating in the House concerning "equity in the provision of mental health and substance-related disorder benefits under group health plans, to prohibit discrimination on the basis of genetic information with respect to health insurance and employment," and extended it with the bailout provisions.
H.R.1424 was introduced on March 9, 2007, by Rep. Patrick Kennedy (RI-1) and had the support of First Lady Rosalind Carter. It is noted on the Congressional Website that "On 10/1/2008, the Senate passed H.R.1424 as the vehicle for the economic rescue legislation. In the EAS version of the bill (Engrossed Amendment as Agreed to by the Senate), Division A (pp.1-110) is referred to as the Emergency Economic Stabilization Act of 2008; Division B (pp. 110-255) is referred to as the Energy Improvement and Extension Act of 2008; and Division C (pp. 255-441) is referred to as the Tax Extenders and Alternative Minimum Tax Relief Act of 2008." It was not treated as an appropriations bill in the House.
There were two votes in the Senate. The first was to amend H.R.1424, which required 3/5 to be accepted, which it was. The second was a vote on the bill. Passage of the Bill required only a 1/2 majority. It was passed with 74 yeas and 25 nays. Senator Kennedy did not vote.""",
    quotes=[
        Q('"Senate Democrats', 'the economy,"', "Harry Reid"),
        Q('"People who support', "go along'\"", "Steve Ellis"),
        Q('"The inclusion of parity', 'my position,"', "Jim Ramstad"),
        Q('"All three additions', 'the bill."', "Jim Ramstad"),
        Q('"I will not support', 'medicine,"', "Marcy Kaptur"),
        Q('"equity in the provision', 'and employment,"', None),
        Q('"On 10/1/2008', 'Relief Act of 2008."', "Congressional Website"),
    ],
    aliases={"Harry Reid": ["Senate Majority Leader Harry Reid"],
             "Steve Ellis": ["Vice President of Taxpayers for Common Sense, Steve Ellis"],
             "Jim Ramstad": ["Representative Jim Ramstad"],
             "Marcy Kaptur": ["Representative Marcy Kaptur"],
             "Congressional Website": ["the Congressional Website"]},
),
]
