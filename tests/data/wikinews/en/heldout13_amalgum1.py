# Held-out English Wikinews articles (tests/data/heldout13-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml, the corpus' main
# news part, files whose short title sorts after 'catholic' and is used by neither heldout11 nor
# heldout12, found by guessing exact file names), detokenized by hand like heldout12_amalgum*.py.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-gdansk-mayor-stabbed",
    source="https://en.wikinews.org/wiki/Arrest_made_as_mayor_of_Gda%C5%84sk%2C_Poland_stabbed_on_stage",
    license=LIC, retrieved=AMG.format("AMALGUM_news_mayor") + " (a quote box repeating Szumowski's words, with its attribution line, dropped; the two title fragments joined; the copy's sentence break after 'Duda told local media' kept as a space, and its 'and and' kept)",
    text='''Arrest made as mayor of Gdańsk, Poland stabbed on stage
Monday, January 14, 2019
An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event. He died today.
Reports on the implement used vary between a knife and a "sharp tool". The attacker is reported to have jumped on stage during the Great Orchestra of Christmas Charity and claimed he was wrongfully imprisoned under Adamowicz's former party Civic Platform's time in government. Adamowicz was an early supporter of democracy, and has been mayor since 1998.
Ex-Prime Minister Donald Tusk, the current President of the European Council, wrote "Let's all pray for Mayor Adamowicz. Paweł, we are with you." Tusk, a founding Civic Platform member, is from Gdańsk. Interior Minister Joachim Brudziński called the stabbing "an act of inexplicable barbarity." He said "I can’t find the words, an explanation, for this kind of act. Especially since the finale of the Great Orchestra of Christmas Charity has for the last 27 years always been associated with good, with something joyful, positive."
The fundraiser was intending this year to obtain money for children's hospitals to buy equipment. It raises money annually to assist the nation's medical services.
Brudziński said Adamowicz required resuscitation, and was in a "serious" condition; TVN24 reported he received surgery. Prime Minister Mateusz Morawiecki tweeted "We are with Mayor Adamowicz in our thoughts and prayers." President Andrzej Duda remarked, "Today I am unconditionally with him and his loved ones, just as I hope all of us compatriots are. I pray for his return to health and full strength."
Duda told local media Adamowicz's heart was restarted by doctors "and there is hope, but his condition is very difficult." Police spokesman Mariusz Ciarka said a press badge was used by the assailant, reported by The Guardian as convicted of assaults and by Associated Press of bank robberies, to gain entry. The detained suspect's identity is restricted to 'Stefan W' owing to Polish privacy legislation.
Adamowicz was taken to the Medical University of Gdańsk, where Dr. Tomasz Stefaniak was met with applause early today upon announcing to journalists Adamowicz remained alive. "The next hours will decide everything," Stefaniak said. Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, were reported by local media to have visited the hospital while Adamowicz received emergency surgery.
Adamowicz subsequently was announced to have died. Health Minister Łukasz Szumowski said "We couldn’t win," and the city flag is at half-mast. Gdańsk residents donated blood by the hundreds today in a bid to assist. Vigils nationwide this evening were attended by thousands.
Adamowicz, 53, has supported LGBT rights and and the inclusion of minority groups. He recently condemned anti-semitism after vandalism against a synagogue in the city. Adamowicz was at the event after collecting money for the organisation in Gdańsk's streets alongside volunteers nationwide.
A potential charge of murder against Stefan W carries a possible life sentence. Prosecutor Krzysztof Sierak told reporters today psychiatric assessments will be carried out to confirm if Stefan W is fit for trial.''',
    quotes=[
        Q('"sharp tool"', None, None),
        Q('"Let\'s all pray', 'with you."', "Donald Tusk"),
        Q('"an act of inexplicable barbarity."', None, "Joachim Brudziński"),
        Q('"I can’t find the words', 'joyful, positive."', "Joachim Brudziński"),
        Q('"serious"', None, "Joachim Brudziński"),
        Q('"We are with Mayor Adamowicz', 'and prayers."', "Mateusz Morawiecki"),
        Q('"Today I am unconditionally', 'full strength."', "Andrzej Duda"),
        Q('"and there is hope', 'very difficult."', "Andrzej Duda"),
        Q("'Stefan W'", None, None),
        Q('"The next hours will decide everything,"', None, "Tomasz Stefaniak"),
        Q('"We couldn’t win,"', None, "Łukasz Szumowski"),
    ],
    aliases={"Donald Tusk": ["Ex-Prime Minister Donald Tusk", "Tusk"],
             "Joachim Brudziński": ["Interior Minister Joachim Brudziński", "Brudziński"],
             "Mateusz Morawiecki": ["Prime Minister Mateusz Morawiecki"],
             "Andrzej Duda": ["President Andrzej Duda", "Duda"],
             "Tomasz Stefaniak": ["Dr. Tomasz Stefaniak", "Stefaniak"],
             "Łukasz Szumowski": ["Health Minister Łukasz Szumowski"]},
),
dict(
    id="wn-en-airline-bombing-suspect-yemen",
    source="https://en.wikinews.org/wiki/Airline_bombing_suspect_spent_months_in_Yemen",
    license=LIC, retrieved=AMG.format("AMALGUM_news_yemen") + " (the copy's 'it's Minister', 'al-Qeada', 'there 200 to 300' and the spaced hyphen in al-Qirbi's quotation kept)",
    text='''Airline bombing suspect spent months in Yemen
Wednesday, December 30, 2009
Authorities in Yemen say the Nigerian man accused of trying to destroy a U.S. airliner last week lived in Yemen during a four-month period earlier this year.
The Yemeni Foreign Ministry and it's Minister, Abu Bakr al-Qirbi says 23-year-old Umar Farouk Abdulmutallab lived there between early August and early December. The ministry says the Nigerian was granted a visa to study Arabic at an institute in the capital Sana'a. Security officials say they approved the visa for Abdulmutallab because he was granted visas by several friendly countries, and still held a valid visa to the United States.
Abdulmutallab is charged with trying to detonate a bomb while flying aboard Northwest Airlines Flight 253 traveling from Amsterdam to Detroit. Authorities say he unsuccessfully tried to set off explosives attached to his body as the plane was approaching Detroit.
A group known as al-Qaeda in the Arabian Peninsula claimed responsibility on Monday for the failed attack. In an Internet statement, the group says the attack was in retaliation for U.S. support for operations against the group in Yemen. The claim could not be independently verified.
Yemen has recently begun operations with U.S. support against al-Qaeda due to concerns that the country is becoming a training ground for militants. al-Qirbi said to BBC's Radio 4, that al-Qeada remains a top priority despite the Yemeni government having to deal with two insurgencies, one in the north by Shi'a rebels and one in the south by separatists.
al-Qirbi said the Yemeni government needs more support, "We need more training. We have to expand our counter terrorism units and this means providing them with the necessary training, military equipment, ways of transportation - we are very short of helicopters. The United States can do a lot, Britain can do a lot, the European Union can do a lot in that regard."
He also believed there 200 to 300 members of al-Qaeda in Yemen, however, that is a rough estimate. He added, "Of course there are a number in Yemen and they may actually plan for attacks as in Detroit." However, he called some statements made by U.S. officials overstated and "exaggerated in some media."
U.S. President Barack Obama says the United States will use all resources to find and hold accountable those responsible for the terrorist plot.
The president on Monday ordered a full review of air safety regulations and the terrorist watch-list system, in an effort to prevent future attacks. He vowed to use every element of U.S. power "to disrupt, to dismantle and defeat" extremists in Afghanistan, Pakistan, Yemen, Somalia or elsewhere, who might want to attack the United States.
Abdulmutallab's name was listed in a U.S. government intelligence database, but he was not on the government's so-called "no-fly list," which would have banned him from flying on a U.S. airline.
His father, a prominent banker and former Nigerian government minister, had warned the U.S. embassy in Nigeria about his son's extremist views.''',
    quotes=[
        Q('"We need more training.', 'in that regard."', "Abu Bakr al-Qirbi"),
        Q('"Of course there are', 'in Detroit."', "Abu Bakr al-Qirbi"),
        Q('"exaggerated in some media."', None, "Abu Bakr al-Qirbi"),
        Q('"to disrupt, to dismantle and defeat"', None, "Barack Obama"),
        Q('"no-fly list,"', None, None),
    ],
    aliases={"Abu Bakr al-Qirbi": ["al-Qirbi"],
             "Barack Obama": ["U.S. President Barack Obama", "The president"]},
),
dict(
    id="wn-en-world-cup-2018-sweden-england-last-16",
    source="https://en.wikinews.org/wiki/FIFA_World_Cup_2018_Last_16%3A_Sweden%2C_England_knock_out_Switzerland%2C_Colombia",
    license=LIC, retrieved=AMG.format("AMALGUM_news_sweden") + " (the two title fragments joined; section headings kept as lines; the match-detail tables after the last paragraph (kick-off times, line-ups, officials) dropped as navigation; scores tokenized '1' + '–' + '0' written '1–0'; the copy's 'freekick' and 'both the sides' kept)",
    text='''FIFA World Cup 2018 Last 16: Sweden, England knock out Switzerland, Colombia
Friday, July 6, 2018
On Tuesday, Sweden defeated Switzerland 1–0 and England defeated Colombia 4–3 on penalties in the FIFA football World Cup in the Last 16 knockout phase. Sweden is now scheduled to play England in the quarter-finals.
Sweden vs Switzerland
Sweden faced Switzerland at the Saint Petersburg stadium in the first match of the day. The Swiss side had greater ball possession and Xherdan Shaqiri made an early attempt for goal but missed. The Swedish side had multiple attempts to open the scoring, with Marcus Berg, Albin Ekdal and Mikael Lustig trying to find the net, but their shots missed the target or were blocked. Lustig was shown a yellow card in the 31st minute for a bad foul, the only one to be booked in the first half.
In the 61st minute, Valon Behrami received a yellow card, the first Swiss player to be booked in the game. Five minutes later, Emil Forsberg scored a goal from Ola Toivonen's assist, putting Sweden in the lead. In the 68th minute, Granit Xhaka was also shown a yellow card. In the injury time, Sweden was awarded a penalty kick and Michael Lang was sent off after receiving a red card. But after referring with the video assistant referee, the penalty was cancelled as the foul happened outside the penalty area. Sweden won a freekick outside the penalty area. Toivonen's freekick was saved by Swiss goalkeeper Yann Sommer. The match ended with Sweden winning 1–0.
After the match, Switzerland's coach Vladimir Petković said, "We're sorely disappointed, the whole team is. We clearly wanted to do more. We should have done better but were simply below par and not good enough to win the game."
Sweden's coach Janne Andersson said, "It was a surreal feeling to stand at the side of the pitch hearing the fans calling out my name, but football is a team sport and this team, for me, personifies that. We all work so hard for each other on and off the pitch. We know that we are a good team and that we have earned our successes."
Colombia vs England
Colombia faced the English side at Moscow's Spartak stadium. England had greater ball possession in the match. Both sides had multiple attempts to open the scoring, but nobody found the net. Colombia's Wilmar Barrios was yellow-carded in the 41st minute.
In the second half, three more players, Santiago Arias, Carlos Sánchez and England's Jordan Henderson were booked. Sánchez brought down Harry Kane in the penalty area and England was awarded a penalty kick, which Kane converted. Juan Quintero's attempt to equalise for Colombia at the end of the one-hour mark was blocked. Colombia made a substitution in the 62nd minute, as Jefferson Lerma was substituted off for Carlos Bacca. A minute later, Dele Alli missed a chance to double the lead for England. Radamel Falcao and Bacca were booked in the 63rd and 64th minute while England's Jesse Lingard was booked in the 69th minute. In the final ten minutes of the 90-minute match, Eric Dier and Jamie Vardy replaced Alli and Raheem Sterling. Colombia scored an equaliser in the injury time when Yerry Mina's header from Juan Cuadrado's assist found the back of the net. The second half ended with both the sides tied at 1–1.
In the additional time, Kyle Walker was taken off due to injury and was replaced by Marcus Rashford. The additional time saw no goals, and the match went on to the penalty shoot-out.
Falcao, Cuadrado and Luis Muriel scored their penalty-kicks for Colombia; while Kane and Rashford scored for England. Jordan Henderson's kick was saved by Colombian goalkeeper David Ospina and Mateus Uribe missed his penalty kick for Colombia. Kieran Trippier scored from the spot-kick, while Bacca's penalty was saved. Eric Dier scored the winning penalty for England.
After the match, Colombia's coach José Pékerman said, "We've been a brave squad, we've fought hard. We've never thrown in the towel when facing an opponent. We've had the right attitude and mindset." Harry Kane was awarded the Budweiser Man of the Match award.''',
    quotes=[
        Q('"We\'re sorely disappointed', 'win the game."', "Vladimir Petković"),
        Q('"It was a surreal feeling', 'our successes."', "Janne Andersson"),
        Q('"We\'ve been a brave squad', 'and mindset."', "José Pékerman"),
    ],
    aliases={"Vladimir Petković": ["Switzerland's coach Vladimir Petković"],
             "Janne Andersson": ["Sweden's coach Janne Andersson"],
             "José Pékerman": ["Colombia's coach José Pékerman"]},
),
]
