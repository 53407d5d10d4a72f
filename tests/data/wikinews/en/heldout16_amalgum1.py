# Held-out English Wikinews articles (tests/data/heldout16-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml, the corpus' main
# news part, files used by no earlier set, their names found in a file list quoted by another
# repository and by guessing), detokenized by hand like heldout14_amalgum*.py.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-lords-same-sex-marriage-third-reading",
    source="https://en.wikinews.org/wiki/House_of_Lords_approve_same-sex_marriage_bill_at_third_reading",
    license=LIC, retrieved=AMG.format("AMALGUM_news_lords") + " (three photo captions dropped; the copy's '&amp;' restored as '&')",
    text='''House of Lords approve same-sex marriage bill at third reading
Tuesday, July 16, 2013
Yesterday, the United Kingdom's House of Lords passed the Marriage (Same Sex Couples) Bill at Third Reading, the last major step in changing the law to allow marriages between same-sex partners in England and Wales. The bill is to become law this week and same-sex marriage ceremonies are likely to start in 2014.
During the brief debate in the Lords, Peers supporting the law wore pink carnations. Lord Alli, who is openly gay, said because of passing the law "my life and many others will be better today than it was yesterday". The Lords discussed an amendment to review how to deal with survivor pension benefits due to the same-sex partners of those in civil partnerships. Other amendments the Lords have discussed include a review on whether to allow humanists to conduct weddings, and a review on whether to allow opposite-sex partners to enter into civil partnerships.
A handful of opponents of the Bill spoke during the debate including Lord Cormack, who said: "Those who support the Bill have won; there is no doubt about that. It would be churlish and ridiculous to pretend otherwise and I, for one, would never do so." Lord Framlingham criticised "the Government's complete rejection of any meaningful amendments" and said the Bill "is built entirely on pretence. It pretends that there is no difference between a man and a woman. From this deceit have sprung all the problems we have been wrestling with — problems we have failed to resolve and which will bedevil generations to come."
In summing up the debate, Baroness Stowell said: "I believe that we have brought forward a Bill that is a force for good and that the change it brings about is right and reflects the change in society. However, there is no question whatever that anybody who disagrees with it should in any way feel that their views have not been properly taken into account during our debates."
A group of supporters of the Bill held a celebration outside Parliament yesterday during the debate and carrying on into the evening. A small number of opponents of the Bill turned up to protest. The celebrations included musical performances by the London Gay Big Band and the London Gay Men's Chorus, and Ben & Jerry's provided free ice cream and cake.
A planned demonstration by Christian Concern was cancelled to "conserve energy" as "there will not be a vote at the third reading of the same sex marriage bill on Monday and what happens on that day in the House of Lords will be a mere formality".''',
    quotes=[
        Q('"my life and many', 'it was yesterday"', "Lord Alli"),
        Q('"Those who support', 'never do so."', "Lord Cormack"),
        Q('"the Government\'s complete', 'meaningful amendments"', "Lord Framlingham"),
        Q('"is built entirely', 'generations to come."', "Lord Framlingham"),
        Q('"I believe that we have', 'during our debates."', "Baroness Stowell"),
        Q('"conserve energy"', None, "Christian Concern"),
        Q('"there will not be a vote', 'a mere formality"', "Christian Concern"),
    ],
    aliases={},
),
dict(
    id="wn-en-uk-mercenary-fitzsimons-evidence-iraq",
    source="https://en.wikinews.org/wiki/%27Bang_bang%27%3A_UK_mercenary_charged_with_murdering_colleagues_gives_evidence_in_Iraq",
    license=LIC, retrieved=AMG.format("AMALGUM_news_mercenary") + " (no captions in the copy; the copy's typo 'collegues' and its ellipses kept, each ellipsis set directly after the preceding word)",
    text='''\'Bang bang\': UK mercenary charged with murdering colleagues gives evidence in Iraq
Monday, January 24, 2011
Danny Fitzsimons, 30, gave evidence today to the court in Karkh, Baghdad trying him for murdering a fellow Brit and an Australian in August 2009. The security contractor said his ArmorGroup collegues had tried to kill him in the city's Green Zone, challenged the fairness of his trial and offered a plea bargain.
Fitzsimons used his pistol to kill Darren Hoare, 37, from Queensland, Australia and Paul McGuigan, 37, from Peebles, Borders, Scotland. The first Westerner tried in Iraq since the invasion in 2003, he testified that the trio were drinking whisky and began fighting after he punched McGuigan's face. He claimed McGuigan had him at gunpoint with an M4 rifle while Hoare pushed him on the ground after the pair entered his room.
"I was seconds away from my death so I pulled my pistol," Fitzsimons told the three-judge panel. "I shouted twice to put down the weapon. He didn't respond to my commands, my requests, so I made a decision. I shot him [McGuigan] twice in the chest." Acting out the events, he added "Bang, bang in his chest."
Next, according to Fitzsimons, he fired a third shot, this time hitting McGuigan in the face. His widow has described the three shots as an "execution". In further testimony today Fitzsimons told the judges Hoare then grabbed the pistol and tried to force it "to my throat to kill me... and while we were wrestling I fired two shots in the chest. I made the decision and pulled the trigger."
He then fled for the British Embassy, but was stopped by an Iraqi guard who ordered the blood-soaked man to stop at gunpoint. Fitzsimons pulled his own gun and shot the guard in the thigh, for which he faces an attempted murder charge.
Iraqi law requires the entry of a plea at the end of a trial, and Fitzsimons entered not guilty pleas. He also offered the judges a plea bargain - he would plead guilty to the lesser charge of manslaughter, which, unlike murder, does not carry the death penalty. The verdict has been delayed until February 20 while the judges seek documentation clarifying the accused's psychiatric state and consider if this should impact their decision as to guilt or innocence.
Fitzsimons was previously diagnosed by a medical committee with post traumatic stress disorder and made multiple requests to tell the judges about this. These were refused, the judges saying they were sufficiently aware of this already. Fitzsimons retorted that he believes this breaches his right to a fair trial: "This is not fair. I don't believe it is a fair trial."
The right to a fair trial is enshrined in Article 10 of the Universal Declaration of Human Rights, which states "[e]veryone is entitled... to a fair and public hearing by an independent and impartial tribunal, in the determination of... any criminal charge against him." The Constitution of Iraq states in Article 19 "[t]he accused is innocent until proven guilty in a fair legal trial," and "[e]very person shall have the right to be treated with justice in judicial... proceedings."''',
    quotes=[
        Q("'Bang bang'", None, "Danny Fitzsimons"),
        Q('"I was seconds away', 'my pistol,"', "Danny Fitzsimons"),
        Q('"I shouted twice', 'in the chest."', "Danny Fitzsimons"),
        Q('"Bang, bang in his chest."', None, "Danny Fitzsimons"),
        Q('"execution"', None, None),
        Q('"to my throat', 'the trigger."', "Danny Fitzsimons"),
        Q('"This is not fair.', 'a fair trial."', "Danny Fitzsimons"),
        Q('"[e]veryone is entitled', 'against him."', None),
        Q('"[t]he accused', 'legal trial,"', None),
        Q('"[e]very person', 'proceedings."', None),
    ],
    aliases={"Danny Fitzsimons": ["Fitzsimons"]},
),
]
