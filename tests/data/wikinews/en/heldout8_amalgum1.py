# Held-out English Wikinews articles (tests/data/heldout8-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum_extra/news/xml/AMALGUM_news_*.xml, the
# corpus' extra news part, none of whose articles is used in an earlier set), detokenized by hand
# like heldout5_amalgum*.py. Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-robart-travel-ban-ruling",
    source="https://en.wikinews.org/wiki/Travel_to_U.S._resumes_after_federal_judge_blocks_executive_order",
    license=LIC, retrieved=AMG.format("AMALGUM_news_judge") + " (a quote box repeating Trump's tweet from the body without quotation marks dropped; the copy's '&amp;' written as '&')",
    text='''Travel to U.S. resumes after federal judge blocks executive order
Monday, February 6, 2017
In response to a lawsuit filed by Washington State attorney Bob Ferguson in Seattle, U.S. federal judge James Robart on Saturday ordered the suspension of a January 27 executive order issued by U.S. President Donald J. Trump suspending entry to the U.S. by refugees and individuals from seven Muslim-majority countries. The Department of Homeland Security complied with the judge's ruling but the Department of Justice also requested an emergency stay so that enforcement of the executive order could resume. That stay was rejected early yesterday morning.
Judge Robart ruled against the order on the grounds that there was no evidence it was "to protect the U.S. from individuals" described in the executive order. This follows the temporary suspension of this order issued a week earlier by another federal judge, Ann Donnelly, though while Donnelly's stay focused on preventing the deportation of travelers who had already reached the U.S. or were at that time en route, under Robart's ruling, approximately 60,000 revoked visas are to be returned to the people to whom they had been issued, not all of whom had already left for the U.S. People whose visas were physically taken away must apply for replacements. Yesterday, several Middle Eastern airlines had already begun to board passengers, and refugee flights were expected to resume today. Representatives from the U.S. State Department said officials would coordinate replacement travel plans for refugees over the next few weeks and that the difficulty many of them face traveling from camps to airports may cause some delay.
The Department of Homeland Security issued a statement saying they would comply with the order while the Department of Justice requested an emergency stay of the judge's ruling. The appeal was filed on Saturday night with the 9th Circuit Court of Appeals, which declined to overturn Robart's decision, stating "Appellants' request for an immediate administrative stay pending full consideration of the emergency motion for a stay pending appeal is denied." The appellants, the Trump administration and Justice Department, were asked to file a counter-response promptly. The matter could ultimately go to the U.S. Supreme Court.
President Trump was more direct. "What is our country coming to when a judge can halt a Homeland Security travel ban and anyone, even with bad intentions, can come into U.S.?" he said via Twitter. "The judge opens up our country to potential terrorists and others that do not have our best interests at heart. Bad people are very happy!" In another Tweet, he referred to Robart as a "so-called judge" and expressed confidence the ruling would be overturned. He also claimed, "Interesting that certain Middle-Eastern countries agree with the ban. They know if certain people are allowed in it's death & destruction!" Judge Robart acquired his post under Republican president George W. Bush and was confirmed by a strong majority vote in the U.S. Senate. Washington Attorney General Ferguson, who said his actions were non-partisan, has filed lawsuits against Democratic president Barack Obama.
Executive order 13769, named "Protecting the Nation from Foreign Terrorist Entry into the United States," suspended entry of all refugees for 120 days, of all Syrian refugees indefinitely, and forbade the entry of any individual from seven Muslim-majority countries, Iran, Iraq, Somalia, Yemen, Sudan, Libya and Syria. It was met with protests and with lawsuits in several U.S. states, including the one ruled upon by Judge Robart. This lawsuit claimed that the executive order targeted Muslims in a manner that violated the U.S. Constitution. The U.S. Speaker of the House, Republican Paul Ryan, expressly disagreed: "This is not a Muslim ban. If it were, I would be against it," he said. Democrat Chuck Schumer of New York said the president's criticism of Judge Robart might affect the confirmation process for his recent Supreme Court nominee, Neil M. Gorsuch. Patrick Leahy, a Democrat on the Senate Judiciary committee, said Trump's "hostility toward the rule of law is not just embarrassing, it is dangerous" and questioned whether Trump was trying to "precipitate a constitutional crisis." Other politicians, such as Republicans John McCain and Lindsey Graham, expressed concern this order could create tension with Muslim-majority countries that currently enjoy good relations with the U.S., such as Jordan.
Others reacted specifically to Trump's vehemence toward Robart. "It's hard for the president to demand that courts respect his inherent authority when he is disrespecting the inherent authority of the judiciary. That certainly tends to poison the well for litigation," said law Professor Jonathan Turley of George Washington University. Vice President Mike Pence pointed out President Trump is already known for not pulling his verbal punches. "I think the American people are very accustomed to this president speaking his mind and speaking very straight with them," he said.''',
    quotes=[
        Q('"to protect the U.S. from individuals"', None, "James Robart"),
        Q('"Appellants\' request', 'is denied."', "9th Circuit Court of Appeals"),
        Q('"What is our country coming to', 'come into U.S.?"', "Donald J. Trump"),
        Q('"The judge opens up', 'are very happy!"', "Donald J. Trump"),
        Q('"so-called judge"', None, "Donald J. Trump"),
        Q('"Interesting that certain', 'death & destruction!"', "Donald J. Trump"),
        Q('"Protecting the Nation', 'into the United States,"', None),
        Q('"This is not a Muslim ban.', 'be against it,"', "Paul Ryan"),
        Q('"hostility toward the rule of law', 'it is dangerous"', "Patrick Leahy"),
        Q('"precipitate a constitutional crisis."', None, "Patrick Leahy"),
        Q('"It\'s hard for the president', 'well for litigation,"', "Jonathan Turley"),
        Q('"I think the American people', 'straight with them,"', "Mike Pence"),
    ],
    aliases={"James Robart": ["Judge Robart", "Robart"],
             "9th Circuit Court of Appeals": ["the 9th Circuit Court of Appeals"],
             "Donald J. Trump": ["U.S. President Donald J. Trump", "President Trump", "Trump"],
             "Paul Ryan": ["Republican Paul Ryan", "The U.S. Speaker of the House"],
             "Patrick Leahy": [], "Jonathan Turley": ["law Professor Jonathan Turley"],
             "Mike Pence": ["Vice President Mike Pence"]},
),
dict(
    id="wn-en-el-paso-walmart-shooting",
    source="https://en.wikinews.org/wiki/Gunman_opens_fire_in_El_Paso%2C_Texas_superstore%3B_more_than_20_dead",
    license=LIC, retrieved=AMG.format("AMALGUM_news_gunman") + " (the map caption before the first paragraph dropped; the en dash of 'U.S.–Mexico' written without spaces)",
    text='''Gunman opens fire in El Paso, Texas superstore; more than 20 dead
Thursday, August 8, 2019
On Saturday morning, a gunman shot shoppers at a Walmart store in the U.S. border city of El Paso, Texas, with the death toll rising to 22 people on Monday, reported officials, with 25 others injured. Police said the suspected gunman surrendered himself to police after being confronted by officers. The shooting began at 10:39 a.m. local time (1639 UTC), according to police, who said officers arrived at the Walmart six minutes later.
State prosecutors charged the suspect in the shooting with capital murder, they said Sunday — murder carrying the possibility of the death penalty.
Federal authorities are investigating the shooting as domestic terrorism, according to prosecutor Josh Bash, the U.S. Attorney for the Western District of Texas. Bash characterized the attack as "designed to intimidate a civilian population, to say the least."
"We are treating it as a domestic terrorism case, and we're going to do what we do to terrorists in this country, which is deliver swift and certain justice," said Bash. Charges of domestic terrorism also carry a possible death penalty at the federal level.
The Walmart, by the Cielo Vista Mall, where the shooting happened is roughly five miles (eight kilometers) from the U.S.–Mexico border crossing between El Paso and Ciudad Juárez, Mexico, separated by the Rio Grande.
According to Mexican President Andrés Manuel López Obrador, six Mexican nationals were killed in the attack, and seven more were injured. Another report from the Mexican government during the weekend said eight Mexicans died in the attack. Mexico's Foreign Secretary Marcelo Ebrard said the Mexican government would pressure the U.S. government to provide better protections for Mexicans in the United States.
The foreign minister said Mexico would consider charging the gunman with terrorism against Mexicans and would seek to extradite the gunman to face charges in Mexico. Ebrard said, "As far as I know, this would be the first case of this type in history", adding, "For Mexico, this individual is a terrorist".
U.S. officials identified the suspect as 21-year-old Patrick Crusius of Allen, Texas, near the city of Dallas.
According to the El Paso mayor, Dee Margo, during the weekend, police were investigating whether a manifesto posted online to the message board 8chan was written by the suspect. In the document, the writer supposes a "cultural and ethnic replacement brought on by an invasion" of Hispanic people into the United States.
According to U.S. Attorney Bash, the manifesto if written by the suspect could strengthen the federal government's case: "The key factor here is that it appears to be an intent to coerce or intimidate a civilian population[...] That's met here."
El Paso's police chief Greg Allen said late Sunday the police were attributing authorship of the document to Crusius.
According to data from the Gun Violence Archive, the shooting followed four deadly mass shootings in the United States that week, including one in California at a garlic festival in Gilroy, killing three, and another in Chippewa Falls, Wisconsin where at least five died. The El Paso shooting preceded another one less than thirteen hours later in Dayton, Ohio where ten people died. The archive characterizes events where four or more people are killed or injured by gunfire, other than the perpetrator, as a mass shooting.''',
    quotes=[
        Q('"designed to intimidate', 'to say the least."', "Josh Bash"),
        Q('"We are treating it', 'certain justice,"', "Josh Bash"),
        Q('"As far as I know', 'type in history"', "Marcelo Ebrard"),
        Q('"For Mexico, this individual is a terrorist"', None, "Marcelo Ebrard"),
        Q('"cultural and ethnic replacement brought on by an invasion"', None, None),
        Q('"The key factor here', 'That\'s met here."', "Josh Bash"),
    ],
    aliases={"Josh Bash": ["Bash", "prosecutor Josh Bash", "U.S. Attorney Bash"],
             "Marcelo Ebrard": ["Ebrard", "Mexico's Foreign Secretary Marcelo Ebrard", "The foreign minister"]},
),
dict(
    id="wn-en-trump-comey-firing-nbc",
    source="https://en.wikinews.org/wiki/Changing_position%2C_President_Trump_says_FBI_Director_Comey_was_fired_over_Russia_investigation%2C_showboating",
    license=LIC, retrieved=AMG.format("AMALGUM_news_comey") + " (a quote box repeating the end of Trump's quotation from the body, with its attribution line, dropped)",
    text='''Changing position, President Trump says FBI Director Comey was fired over Russia investigation, showboating
Saturday, May 13, 2017
Despite the White House's initial assertion that Federal Bureau of Investigation (FBI) Director James Comey was dismissed Tuesday over mishandling the Hillary Clinton email case, United States President Donald Trump on Thursday told NBC that "this Russia thing" was among his reasons, mentioning Comey's repeated claims that he, Trump, was not being investigated. He also accused Comey of "showboating" and said "the FBI has been in turmoil."
James Comey was leading an investigation into the Trump campaign's alleged ties to Russia and possible Russian involvement in the 2016 US presidential election that placed Trump in power. The official reason given for his dismissal, overly harsh treatment of then-presidential candidate Hillary Clinton, was met with skepticism from politicians and the press.
President Trump also told NBC's Lester Holt that, despite statements to the contrary by Vice President Pence and Sean Spicer, recommendations from deputy attorney general Rod Rosenstein did not have anything to do with his decision, which he made before receiving Rosenstein's memo. "Regardless of recommendation I was going to fire Comey. Knowing, there was no good time to do it[...] And, in fact, when I decided to just do it, I said to myself, I said: 'You know, this Russia thing with Trump and Russia is a made up story, it's an excuse by the Democrats for having lost an election that they should've won.'" He went on to express regret that firing Comey might prolong the investigation and said Comey had told him that he, Trump, was not under investigation when asked.
Trump told NBC that he had asked Comey if he, Trump, were under investigation, to which Comey had replied in the negative. While it is not illegal under U.S. law for President Trump to ask if he is under investigation, former U.S. Department of Justice spokesperson Matthew Miller described it as "completely inappropriate" and pointed out that Comey would not be allowed to answer under Department rules.
Deputy White House Press Secretary Sarah Huckabee Sanders disagreed with Miller's assessment. "I don't see it as a conflict of interest and neither do many of the legal scholars who've been commenting on it over the last hour." She did not elaborate on the reference to legal scholars.
While some sources have said Comey requested more resources for the Russia investigation only days before being fired, one of his associates told news outlets this was not true and the investigation had no shortage of resources.
In his interview with Holt, President Trump affirmed that his campaign had no connections to Russia.
Four candidates for Comey's position were scheduled to be interviewed today: a lawyer named Alice Fisher, an appeals court judge named Michael Garcia, Senator John Cornyn of Texas, and Andrew McCabe, who is currently serving as acting director of the FBI. McCabe has promised to "vigorously and completely" continue the Russia investigation and to tell Congress if any pressure is brought to bear to stop it.''',
    quotes=[
        Q('"this Russia thing"', None, "Donald Trump"),
        Q('"showboating"', None, "Donald Trump"),
        Q('"the FBI has been in turmoil."', None, "Donald Trump"),
        Q('"Regardless of recommendation', 'should\'ve won.\'"', "Donald Trump"),
        Q('"completely inappropriate"', None, "Matthew Miller"),
        Q('"I don\'t see it as a conflict', 'over the last hour."', "Sarah Huckabee Sanders"),
        Q('"vigorously and completely"', None, "Andrew McCabe"),
    ],
    aliases={"Donald Trump": ["United States President Donald Trump", "President Trump", "Trump"],
             "Matthew Miller": ["Miller"],
             "Sarah Huckabee Sanders": ["Deputy White House Press Secretary Sarah Huckabee Sanders"],
             "Andrew McCabe": ["McCabe"]},
),
dict(
    id="wn-en-sarkozy-gaddafi-campaign-money",
    source="https://en.wikinews.org/wiki/French_journalists_claim_Gaddafi_promised_Sarkozy_campaign_%E2%82%AC50_million",
    license=LIC, retrieved=AMG.format("AMALGUM_news_sarkozy") + " (the copy's curly apostrophes in 'Gaddafi’s' and 'wasn’t' and its doubled 'revenge revenge' kept)",
    text='''French journalists claim Gaddafi promised Sarkozy campaign €50 million
Monday, April 30, 2012
French news website Mediapart has published a document it says shows the late Libyan leader Muammar Gaddafi pledged French President Nicolas Sarkozy €50 million (£42 million) to fund his 2007 election campaign.
Sarkozy, who gained power in that election, is now fighting a reelection bid but lagging behind socialist opposition leader Francois Hollande in opinion polls. A run-off election is scheduled for May 6.
Had the deal gone ahead it would have breached French law, which bans political donations of such magnitude. Although the Arabic document, apparently signed by Libya's then-foreign intelligence head Mussa Kussa, dates to 2006 and does not indicate any cash was actually handed over, some reports claim money was laundered via Panama and Switzerland.
Sarkozy spokeswoman Nathalie Kosciusko-Morizet said the claims were "ridiculous" and invented by Hollande supporters. She said Sarkozy's election finances were vetted at the time. Hollande spokesman Bernard Cazeneuve said Sarkozy must now "explain himself to the French in the face of such serious elements backed up by new documents emanating from the entourage of the Libyan dictator himself."
It is not the first time such allegations have been made. As France backed an uprising which ultimately toppled Gaddafi, the Libyan ruler's son Seif al-Islam last year made the same claim. Mediapart in March published allegations from a doctor who used to treat a local arms dealer, who said his patient had organised such a donation. Sarkozy himself said the suggestion was "grotesque".
The newly-released document states as present Libya's head of African investment, Bashir Saleh; Sarkozy ally Brice Hortefeux; Libyan intelligence chief Abdullah Senussi; and arms dealer Ziad Takieddine. It is dated October 6, 2006 and discusses an "agreement in principle to support the campaign for the candidate for the presidential elections, Nicolas Sarkozy, for a sum equivalent to €50 million."
Hortefeux has denied ever meeting Kussa or Saleh.
Mediapart is a respected left-wing investigative website. It is generally viewed as opposing Sarkozy's right-wing regime. It claims money was laundered via accounts including one in the name of Sarkozy's political party's head's sister, and says governmental briefing notes indicate regular funding trips to and from Libya. Mediapart says its sources are "former senior officials now in hiding."
When al-Islam first made his claims, he said "Sarkozy must first give back the money he took from Libya to finance his electoral campaign. We funded it and we have all the details and are ready to reveal everything." Sarkozy was dismissive when interviewed this year on TF1, saying "I am sorry to see you in the role of a spokeswoman for Gaddafi’s son, frankly I've known you in better roles... I am sorry that I am being interrogated about declarations of Gaddafi or his son on an important channel like TF1. When one quotes Mr Gaddafi, who is dead, his son, who has blood on his hands, that is a regime of dictators, assassins, whose credibility is zero... frankly, I think we have sunk low enough in the political debate."
An investigation is already ongoing into Takieddine. Takieddine is accused of illegally financing Edouard Balladur in an unsuccessful presidential bid in 1995. Sarkozy, who was spokesman for that campaign, denies wrongdoing in relation to it. It is suspected Balladur received kickback bribes from Pakistan in a submarine sale. Investigators believe eleven French engineers were killed in a bomb attack orchestrated as Pakistani revenge revenge for bribe non-payment.
Kosciusko-Morizet suggests Hollande's supporters arranged the new claims to coincide with allegations made by former International Monetary Fund head Dominique Strauss-Kahn. Strauss-Kahn fell from favour after a well-publicised sexual encounter with a hotel maid in the US and last week claimed Sarkozy arranged for allegations to be made in order to prevent Strauss-Kahn running against him for president.
"If he had financed it, I wasn’t very grateful," Sarkozy said previously about the allegations. France played an active role in Gaddafi's downfall last year, providing military support to a NATO mission against the Libyan ruler.''',
    quotes=[
        Q('"ridiculous"', None, "Nathalie Kosciusko-Morizet"),
        Q('"explain himself to the French', 'Libyan dictator himself."', "Bernard Cazeneuve"),
        Q('"grotesque"', None, "Nicolas Sarkozy"),
        Q('"agreement in principle', 'to €50 million."', None),
        Q('"former senior officials now in hiding."', None, "Mediapart"),
        Q('"Sarkozy must first give back', 'reveal everything."', "Seif al-Islam"),
        Q('"I am sorry to see you', 'in the political debate."', "Nicolas Sarkozy"),
        Q('"If he had financed it', 'very grateful,"', "Nicolas Sarkozy"),
    ],
    aliases={"Nathalie Kosciusko-Morizet": ["Kosciusko-Morizet", "Sarkozy spokeswoman Nathalie Kosciusko-Morizet"],
             "Bernard Cazeneuve": ["Hollande spokesman Bernard Cazeneuve"],
             "Nicolas Sarkozy": ["Sarkozy", "French President Nicolas Sarkozy"],
             "Mediapart": ["French news website Mediapart"],
             "Seif al-Islam": ["al-Islam"]},
),
dict(
    id="wn-en-policeman-insurance-fraud-jailed",
    source="https://en.wikinews.org/wiki/English_court_jails_policeman_over_insurance_fraud",
    license=LIC, retrieved=AMG.format("AMALGUM_news_fraud") + " (a quote box repeating the judge's last sentence without quotation marks, with its attribution line, dropped; the opening mark of Clare's quote, tokenized onto the end of the previous sentence, attached to its word)",
    text='''English court jails policeman over insurance fraud
Thursday, July 1, 2010
A court in England, UK has jailed a policeman for ten months after he was convicted of defrauding his car insurance company.
Police Constable Simon Hood, 43, arranged for a friend who dealt in scrap metal to dispose of his Audi TT, then claimed it had been stolen.
Hood had been disappointed with the car's value when he tried to sell it two years after its purchase in 2008. He arranged for friend Peter Marsh, 41, to drive the vehicle to his scrapyard in Great Yarmouth, Norfolk. Marsh then dismantled the vehicle with the intent of disposing of it, but parts were later found wrapped in bubblewrap at Ace Tyre and Exhaust Centre.
Marsh picked up the TT from outside nearby Gorleston police station. Records show mobile phone conversations between the conspirators that day in March, both before and after the vehicle was reported stolen. The pair denied wrongdoing but were convicted of conspiring to commit insurance fraud after trial.
The fraud was uncovered after Hood told former girlfriend Suzanne Coates of the scheme. It was alleged before Norwich Crown Court that he had confessed to her in an effort to resume their relationship. Coates said that after the pseudotheft, Hood told her "he didn't want to look for it. He said it would be like looking for a needle in a haystack, which I thought was a bit strange."
Shortly afterwards Hood suggested they should become a couple once more, she said; she challenged his version of events regarding the car: "He said he did it but I couldn't tell anyone. He said he did it with Peter. Peter had a key and took the car away and it was going to be taken to bits and got rid of so it was never found."
Hood was defended by Michael Clare and Marsh by Richard Potts. Both lawyers told the court that their clients had already suffered as a result of the action in mitigation before sentencing. Clare said Hood had resigned from the police after fifteen years of otherwise good service and risked losing his pension. "It is not a case where his position as a police officer was used in order to facilitate the fraud," he pointed out. "His career is in ruins." Hood is now pursuing a career in plumbing.
Potts defended Marsh by saying that he, too, had already suffered from his actions. His own insurers are refusing to renew their contract with him when it expires and his bank withdrew its overdraft facility. His business employs 21 people and Potts cited Marsh's sponsorship of Great Yarmouth In Bloom as amongst evidence he supported his local community.
Judge Alasdair Darroch told Marsh that he did accept the man was attempting to help his friend. He sentenced Marsh to six months imprisonment, suspended for two years and ordered to carry out 250 hours of community service. He was more critical of Hood:
"As a police officer you know the highest possible standards are demanded by the public. You have let down the force. You knew throughout your career that policemen that get involved in serious dishonesty get sent to prison."''',
    quotes=[
        Q('"he didn\'t want to look for it.', 'a bit strange."', "Suzanne Coates"),
        Q('"He said he did it but', 'never found."', "Suzanne Coates"),
        Q('"It is not a case', 'facilitate the fraud,"', "Michael Clare"),
        Q('"His career is in ruins."', None, "Michael Clare"),
        Q('"As a police officer', 'sent to prison."', "Alasdair Darroch"),
    ],
    aliases={"Suzanne Coates": ["Coates", "former girlfriend Suzanne Coates"],
             "Michael Clare": ["Clare"],
             "Alasdair Darroch": ["Judge Alasdair Darroch"]},
),
dict(
    id="wn-en-obama-commutes-manning",
    source="https://en.wikinews.org/wiki/Obama_commutes_whistleblower%27s_sentence%3A_Chelsea_Manning_to_walk_free_in_120_days",
    license=LIC, retrieved=AMG.format("AMALGUM_news_manning") + " (the first paragraph's last sentence ends without a full stop, as in the copy)",
    text='''Obama commutes whistleblower's sentence: Chelsea Manning to walk free in 120 days
Wednesday, January 18, 2017
Yesterday, mere days before he is to leave office, U.S. President Barack Obama commuted the sentence of Army intelligence officer Chelsea Manning from 35 years to time served. Manning, who in 2010 released thousands of classified documents to the public through WikiLeaks detailing abuses of the Iraq and Afghanistan wars, has already served almost seven years in prison and is now scheduled for release on May 17 of this year
The information Manning released to the public through WikiLeaks and The Guardian in 2010 included diplomatic accounts, videos, military incident logs, and battle plans, including footage of an American Apache helicopter firing on suspected Iraqi insurgents, reports of prisoners held in Guantanamo Bay without trial, and records of detainees abused by the Iraqi military. Many in Congress have denounced Manning as a traitor, stating the breach endangered U.S. national security. Manning was convicted in 2013 of 22 charges, including espionage, but acquitted of aiding the enemy.
Republican senator John McCain, who ran for president against Obama in 2008, said "It is a sad, yet perhaps fitting commentary on President Obama's failed national security policies that he would commute the sentence of an individual that endangered the lives of American troops, diplomats, and intelligence sources by leaking hundreds of thousands of sensitive government documents to WikiLeaks, a virulently anti-American organization that was a tool of Russia's recent interference in our elections."
Not everyone has considered Manning's actions to be wrong. "Chelsea Manning exposed serious abuses," says Margaret Huang, executive director of the U.S. branch of Amnesty International, "and as a result her own human rights have been violated." Huang went on to call Obama's order for Manning's release "long overdue." Despite being a trans woman, Manning was housed in a men's prison, the U.S. Disciplinary Barracks at Fort Leavenworth, Kansas. She spent a long period in solitary confinement and attempted suicide twice in 2016.
Obama's staff told the press WikiLeaks founder Julian Assange's promise to agree to U.S. extradition if Manning was granted clemency had nothing to do with the decision. Assange is currently living in the Ecuadorian embassy in London, where he is claiming asylum. He faces rape accusations from two Swedish women.
The Obama administration has seen what The New York Times calls an "unprecedented crackdown on leaks of government secrets." Manning is among more than 1,500 individuals whom President Obama has granted clemency during his tenure. White House Press Secretary Josh Ernest was asked if NSA whistleblower Edward Snowden would also be pardoned. Ernest said no, saying the information Snowden released was more dangerous to the U.S. public and pointed out that while Manning had gone through a formal trial and acknowledged wrongdoing, "Mr. Snowden fled into the arms of an adversary and has sought refuge in a country that most recently made a concerted effort to undermine confidence in our democracy."
This week, Obama also commuted the sentences of Oscar Lopez Rivera, a Puerto Rican nationalist linked to bombings in the 1970s and 1980s, James E. Cartwright, a former Marine general and White House Chief of Staff convicted of lying to the FBI, and over two hundred other individuals, mostly drug offenders. He also pardoned 63 people outright.''',
    quotes=[
        Q('"It is a sad, yet perhaps fitting', 'interference in our elections."', "John McCain"),
        Q('"Chelsea Manning exposed serious abuses,"', None, "Margaret Huang"),
        Q('"and as a result her own human rights', 'been violated."', "Margaret Huang"),
        Q('"long overdue."', None, "Margaret Huang"),
        Q('"unprecedented crackdown on leaks of government secrets."', None, "The New York Times"),
        Q('"Mr. Snowden fled', 'confidence in our democracy."', "Josh Ernest"),
    ],
    aliases={"John McCain": ["Republican senator John McCain"],
             "Margaret Huang": ["Huang"],
             "Josh Ernest": ["Ernest", "White House Press Secretary Josh Ernest"]},
),
]
