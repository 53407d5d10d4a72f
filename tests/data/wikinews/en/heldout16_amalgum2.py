# Held-out English Wikinews articles (tests/data/heldout16-en.jsonl), continued; see heldout16_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-scottish-parliament-same-sex-marriage",
    source="https://en.wikinews.org/wiki/Scottish_legislature_gives_green_light_to_same-sex_marriage",
    license=LIC, retrieved=AMG.format("AMALGUM_news_scottish") + " (a photo caption dropped; the party label 'Conservative MSP (Member of Scottish Parliament)', a fragment of its own in the copy, joined to Davidson's sentence; the opening mark of Elaine Smith's second quotation, which the copy tokenizes onto the end of the previous sentence, attached to its word)",
    text='''Scottish legislature gives green light to same-sex marriage
Thursday, November 21, 2013
Members of the Scottish Parliament voted 98–15 in a free vote yesterday to approve the Marriage and Civil Partnerships (Scotland) Bill, which seeks to legalise marriage between partners of the same sex. If the legislation is passed, Scotland may start allowing same-sex couples to marry in 2015.
Scottish government ministers have attempted to reassure religious groups who oppose same-sex marriage they will not be required by law to conduct them, but may "opt in" to conduct ceremonies for same-sex partners. The law also contains provisions that would protect individuals from being required to perform marriages if their congregation has opted-in but they disagree with same-sex marriage.
Alex Neil, the Scottish government health secretary, said the bill "will create a more tolerant society in Scotland and will mean that, in respect of marriage, there is genuinely equal rights right across the entire community".
Support for the bill crossed party lines. Jim Hume from the Liberal Democrats said the vote was "a demonstration that our Scottish society values everyone — no matter their sexuality".
Conservative MSP (Member of Scottish Parliament) Ruth Davidson — who is herself a lesbian — argued in Parliament that the bill "matters to the future nature of our country. We have an opportunity today to tell our nation's children that, no matter where they live and no matter who they love, there is nothing that they cannot do. We will wipe away the last legal barrier that says that they are something less than their peers. We can help them to walk taller into the playground tomorrow and to face their accuser down knowing that the Parliament of their country has stood up for them and said that they are every bit as good as every one of their classmates."
From the Labour party, Mary Fee argued against the claim that existing civil partnership legislation was satisfactory: "I ask the opponents of the bill who comment that civil partnerships were introduced for LGBT people whether the suffragettes were happy when the Representation of the People Act 1918 was introduced, allowing women over 30 to vote. No, they were not. They fought for a further decade to enfranchise all women and equalise the voting ages of men and women."
Elaine Smith, also a Labour MSP, said she feared MSPs opposing same-sex marriage were being "bounced" into supporting the bill for fear of being branded homophobic. "Since indicating that I did not intend to support the redefinition of marriage, my religion's been disparaged, I've been branded homophobic and bigoted, I've been likened to the Ku Klux Klan and it was suggested that I be burnt at the stake as a witch", Smith claimed.
John Mason from the Scottish National Party said "Parliament is not reflecting public opinion on this issue" and the public was more divided on the issue than the parliamentarians in Holyrood were.
Outside the Scottish Parliament on Wednesday, a demonstration was held by the LGBT rights group Equality Network supporting the bill. Tom French from the Equality Network said of the vote: "Tonight the Scottish Parliament voted by an overwhelming majority to back same-sex marriage and uphold the principle that we should all be equal under the law."
Colin Macfarlane from the gay rights group Stonewall Scotland also welcomed the vote: "This is a truly historic step forward. We're absolutely delighted that MSPs have demonstrated overwhelmingly that they're in touch with the twenty-first century."
The Roman Catholic Church and the Church of Scotland both oppose the Bill. Reverend Dr William Hamilton from the Church of Scotland said while the Church opposes same-sex marriage, they stand against homophobia and "will continue to be a constructive voice in the national debate" about the bill.
In July, the Marriage (Same Sex Couples) Bill passed into law in Westminster and will allow same-sex couples to marry in England and Wales.''',
    quotes=[
        Q('"opt in"', None, None),
        Q('"will create a more', 'entire community"', "Alex Neil"),
        Q('"a demonstration that', 'their sexuality"', "Jim Hume"),
        Q('"matters to the future', 'their classmates."', "Ruth Davidson"),
        Q('"I ask the opponents', 'men and women."', "Mary Fee"),
        Q('"bounced"', None, "Elaine Smith"),
        Q('"Since indicating', 'as a witch"', "Elaine Smith"),
        Q('"Parliament is not', 'this issue"', "John Mason"),
        Q('"Tonight the Scottish', 'under the law."', "Tom French"),
        Q('"This is a truly', 'twenty-first century."', "Colin Macfarlane"),
        Q('"will continue to be', 'national debate"', "William Hamilton"),
    ],
    aliases={"Alex Neil": ["Alex Neil, the Scottish government health secretary"],
             "Elaine Smith": ["Smith"],
             "William Hamilton": ["Reverend Dr William Hamilton"]},
),
dict(
    id="wn-en-abdullah-khadr-denied-bail",
    source="https://en.wikinews.org/wiki/Eldest_son_of_Khadr_family_denied_bail%3B_purchased_weapons_for_Afghan_militants",
    license=LIC, retrieved=AMG.format("AMALGUM_news_khadr") + " (two image links dropped; two sentences that the copy holds outside a paragraph element kept as paragraphs of their own; the copy's typo 'every tried' kept)",
    text='''Eldest son of Khadr family denied bail; purchased weapons for Afghan militants
Thursday, August 21, 2008
Tuesday was a tumultuous day in the Khadr household as they desperately awaited to hear whether Abdullah, the Canadian family's oldest son, would be released on bail after nearly four years of detention awaiting trial in the United States for helping Afghan militants procure weapons.
"We couldn't help but be a little hopeful," his older sister Zaynab remarked, though Khadr himself remained more optimistic and encouraged his family to use their second weekly visit to Toronto West Detention Centre later that day, as a sign of faith that the courts would soon reunite the fractured family. But when the family returned home from their second visit, there was a crushing message from his lawyers, "Abdullah didn't make bail".
The family feels frustrated and says that the court's ruling that Khadr still represents a serious flight risk is unfair. "None of us have every tried to leave the country", Zaynab sighs, pointing to Abdullah's co-operation with Canadian authorities since the very beginning.
Although his lawyers proposed a "stringent supervision plan" that would have seen the Ottawa-born Khadr living with his grandparents and fitted with an electronic ankle-bracelet to track his whereabouts, the ruling released late Tuesday confirmed that Mr. Justice Gary Trotter was not convinced that Khadr would remain in Canada if released back into the community.
The ruling echoes a similar finding made in 2005, when Khadr first applied to be released pending the outcome of his extradition hearing to the United States, where he faces federal conspiracy charges.
Khadr's lawyers appeared successful in allaying earlier concerns about the insufficient ankle bracelet that would have tracked Khadr's movements in 2005, bringing the owner of Trace Canada, Len Beagley, to testify that "tremendous developments" had been made since the courts last heard Khadr's plea for bail in 2005. However, Trotter seemed unconvinced that ankle-bracelets were an "accepted way of monitoring individuals", and agreed with Crown arguments that such devices required "co-operation from the subject".
Fatmah and Mohammad Elsamnah again offered their $300,000 Toronto home as surety for Khadr's behaviour if released on bail. However, they were judged unacceptable guardians for their grandson, in part due to Mohammad's stuttered and confused responses to questions from the Crown, and his advanced memory loss.
Khadr's lawyers chose to focus on the recent community support shown at Salaheddin Islamic Centre, where his family prays. In addition to adding $50,000 in collected donations as assurance that the community would keep a close eye on Khadr, the Board of Directors agreed to pay the costs associated with the most advanced system of monitoring ankle-bracelet for Khadr. The manager of the Islamic Centre also offered to employ the 27-year old Khadr, driving him to and from work each day. Crown lawyers Matthew Sullivan and Howard Piafsky challenged the mosque's credibility however, asking RCMP officer Tarek Mokdad to describe the number of worshippers who were later accused of militant action.
Trotter dismissed claims that the mosque was tied to terrorism, but said the donations from worshippers were unacceptable since they gave the money without expecting to see it returned to them, regardless of Khadr's behaviour.
The last to find out about his fate, Abdullah wasn't told the outcome of the hearing until he phoned his family Wednesday evening.''',
    quotes=[
        Q('"We couldn\'t help', 'little hopeful,"', "Zaynab"),
        Q('"Abdullah didn\'t make bail"', None, None),
        Q('"None of us have', 'the country"', "Zaynab"),
        Q('"stringent supervision plan"', None, None),
        Q('"tremendous developments"', None, "Len Beagley"),
        Q('"accepted way of monitoring individuals"', None, None),
        Q('"co-operation from the subject"', None, "Gary Trotter"),
    ],
    aliases={"Gary Trotter": ["Mr. Justice Gary Trotter", "Trotter"]},
),
]
