# Hand-annotated English Wikinews articles, text taken from the GUM corpus copy
# (github.com/amir-zeldes/gum, _build/src/xml/GUM_news_*.xml), which keeps the Wikinews
# title, date line and body paragraphs (images/captions dropped). License of the text:
# Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md).
GUM = "GUM corpus copy (amir-zeldes/gum _build/src/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-asylum-seekers-indonesia",
    source="https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast",
    license=LIC, retrieved=GUM.format("GUM_news_asylum"),
    text="""Over 900 asylum seekers rescued off Indonesian coast
Monday, May 18, 2015
On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the Indonesian Navy reportedly saved 200 more after they were found swimming along the coast of Aceh, Indonesia.
Major general Fuad Basya, spokesman for the Indonesian military, said fisherman first noticed the people and a warship was deployed to retrieve them. The rescued members included Bangladeshis and Rohingya, a stateless minority of Muslims from Myanmar. Myanmar is mainly Buddhist and the United Nations rates the Rohingya among the world's most persecuted groups. According to ABC News, Basya also believes the asylum seekers found in the water may have left the boat on purpose to be rescued to avoid being sent away from Indonesia waters.
Malaysia and Indonesia have maintained a policy of turning away boats of migrants which, according to AFP, the Untied Nations and United States have both criticised.
One Rohingya, Muhammad Amin, the first boat rescued on Friday was turned around twice, toward Malaysia by Indonesian navy and then toward Indonesia by Malaysian navy.
Discussing his concern in a public statement, Malaysia's Prime Minister, Najib Razak said, "We are in contact with all relevant parties, with whom we share the desire to find a solution to this crisis".
Thailand has recently cracked down on human trafficking, which has affected the routes by which people-smugglers transport migrants.
The US State Department said John Kerry, the Secretary of State, contacted Thailand's foreign minister over temporary housing for the Rohingya out at sea. Jeff Rathke, the State Department Spokesperson, said, "We urge the governments of the region to work together quickly, first and foremost, to save the lives of migrants now at sea who are in need of an immediate rescue effort". Rathke also asked the governments of South East Asia not to turn away boats of people seeking asylum.
Estimates suggest 8000 migrants may be currently at sea in the region.""",
    quotes=[
        Q('"We are in contact', 'this crisis"', "Najib Razak"),
        Q('"We urge the governments', 'rescue effort"', "Jeff Rathke"),
    ],
    aliases={"Najib Razak": ["Malaysia's Prime Minister"],
             "Jeff Rathke": ["Rathke", "the State Department Spokesperson"]},
),
dict(
    id="wn-en-afghan-robotics-team",
    source="https://en.wikinews.org/wiki/After_visa_snags%2C_all-girl_Afghan_team_honored_for_%27courageous_achievement%27_at_international_robotics_competition",
    license=LIC, retrieved=GUM.format("GUM_news_afghan"),
    text="""After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition
Friday, July 21, 2017
A group of Afghan teenagers was awarded a silver medal for "courageous achievement" on Tuesday in the FIRST Global Challenge Robot Olympics in the Daughters of the American Revolution Constitution Hall in Washington D.C. The six-member Afghan team, which consists entirely of girls, had been denied visas to enter the United States until last week, drawing notice from critics of U.S. President Donald Trump's policies regarding Muslims traveling to the U.S. The President later personally took action to allow the team into the country.
According to Afghan Ambassador to the United States Hamdullah Mohib, the participation of this team in this science competition shows progress in Afghanistan's response to nearly two decades of military conflict.
The FIRST Global competition (For Inspiration and Recognition of Science and Technlogy) was founded by Dean Kamen to encourage interest in applied science, technology, engineering, and mathematics in young people. This year's theme was water security. For the contest, the robots were required to recognize, pick up, carry, and deposit balls colored blue and orange to represent water and pollution, respectively. Teams from different countries were arranged in groups of three, and groups faced off in pairs. The group whose three robots collectively earned the most points won that match. According to the Afghan team's coach, Alireza Mehraban, in their first matchup, the Afghan team's robot, named "Better Idea of Afghan Girls," scored one or two points for the three-nation alliance with the Gabonese and Estonian teams. This year, the European team won the competition overall, with the silver medal going to Poland and the bronze to Armenia.
"We are so interested because we find a big chance to show the talent and ability of Afghans," team member Rodaba Noori told the press, "to show that Afghan women can make robots too and we can improve in this section — [the] robotics section. We were so interested because we hadn't long or enough time to get ready for competition but we came to United States and now we are here because of Trump intervention."
The team arrived in Washington D.C. after many difficulties. They were twice denied visas to enter the United States. Even applying for a visa required the entire team to travel about 500 miles (800 km) from Herat, their home, to the capital in Kabul, through territory controlled by the Taliban. They made the trip twice and were turned down both times. President Donald Trump personally asked the United States National Security Council to help the girls enter the country. After some interplay between the State and Homeland Security Departments, the girls were granted "parole" status on the grounds that their entry would be a "significant public benefit." The President has drawn both praise for helping the girls enter the U.S. and criticism for his travel ban, which does not cover Afghanistan, and for the atmosphere of hostility toward Muslims that critics blame for denying them entry in the first place.
Citing privacy rules, U.S. officials have not said why the team was initially denied visas, but Afghan Ambassador Hamdullah Mohib says there were concerns they would attempt to remain in the United States or in Canada after the contest. Afghanistan is not one of the nations covered by President Trump's travel ban, but teams from Sudan, Iran, Libya, and Yemen, which are covered, are among the 163 teams in the competition. There were also two Syrian teams scheduled to compete, one national and one made up of refugees. Syria and all refugees are covered by the ban. The Syrian refugee team listed their country as "Hope" on the backs of their shirts and named their robot "Robogee." Teams from Morocco and Iran both had difficulties getting themselves or their robots across the U.S. border. Team Estonia had to rebuild their robot entirely after the original disappeared in transit.
"Seventeen years ago, this would not have been possible at all," said Ambassador Mohib. "They represent our aspirations and resilience despite having been brought up in a perpetual conflict. These girls will be proving to the world and the nation that nothing will prevent us from being an equal and active member of the international community."
Every team in the contest was sent a collection of robot parts roughly four months in advance of the competition. The Afghan team's supplies were delayed, leaving them only two weeks left to assemble their robot and only one day to test it before packing it up to mail to the competition site.
The competition ended on Tuesday. This is the first FIRST Global competition, and the organization plans to hold the contest in a different country every year. Next year's competition is scheduled to take place in Mexico City.""",
    quotes=[
        Q("'courageous achievement'", None, None),
        Q('"courageous achievement"', None, None),
        Q('"Better Idea of Afghan Girls,"', None, None),
        Q('"We are so interested because', 'Afghans,"', "Rodaba Noori"),
        Q('"to show that Afghan women', 'Trump intervention."', "Rodaba Noori"),
        Q('"parole"', None, None),
        Q('"significant public benefit."', None, None),
        Q('"Hope"', None, None),
        Q('"Robogee."', None, None),
        Q('"Seventeen years ago', 'at all,"', "Hamdullah Mohib"),
        Q('"They represent our aspirations', 'international community."', "Hamdullah Mohib"),
    ],
    aliases={"Hamdullah Mohib": ["Afghan Ambassador Hamdullah Mohib", "Ambassador Mohib", "Mohib"],
             "Rodaba Noori": ["team member Rodaba Noori"]},
),
dict(
    id="wn-en-ahmed-mohamed-clock",
    source="https://en.wikinews.org/wiki/Texas_student_Ahmed_Mohamed_inspires_social_movement",
    license=LIC, retrieved=GUM.format("GUM_news_clock"),
    text="""Texas student Ahmed Mohamed inspires social movement
Tuesday, September 22, 2015
News of police response to a boy's digital clock in Texas last week has inspired a global social movement in support of the youth. Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at his school by police after he brought a digital clock he had made to school. After news of the police response was reported, Mohamed received support online ranging from US President Barack Obama to Facebook creator Mark Zuckerberg. Yesterday Mohamed received VIP attention at Google headquarters in California at the Google Science Fair — and tomorrow he plans to meet international dignitaries at the United Nations headquarters in New York.
Mohamed brought the digital clock he made to school on September 14, and a teacher mistakenly thought it resembled a bomb. Police arrested and questioned the student. Images of the boy wearing a NASA T-shirt and handcuffed by the police were quickly posted and reposted online.
The Deseret News observed that the hashtag on Twitter, #IStandWithAhmed, had become an international phenomenon. The Straits Times noted what began as individual messages to Mohamed had grown into a "support movement". American academic and professor Marc Lamont Hill commented, "Hoping that the #istandwithahmed movement translates into a substantive national conversation on race, punishment, and incarceration."
The Twitter attention led to outreach from Google and Mohamed was invited to their Google Science Fair. Mohamed was a VIP guest at the Google Science Fair this weekend, and was able to meet finalists at the event held at Google's headquarters located in Mountain View, California. Co-founder of Google, Sergey Brin, personally met with Mohamed during his visit to Google.
On Wednesday, Mohamed and his father are to travel to the United Nations. His father Mohamed El-Hassan Mohamed said he was taking his entire family to the U.N. headquarters in New York, because international dignitaries wanted to meet with his son and express their support.
Psychology major at University of Texas Arlington Amneh Jafari heard of the incident and wanted to issue her support to Mohamed. She chose the hastag #IStandWithAhmed and posted to Twitter. Jafari said she felt Mohamed had been subject to Islamophobia and her hashtag created greater awareness about this issue. The hashtag took on a life of its own, and was used in messages on Twitter over one million times by Thursday night.
US President Barack Obama tweeted using his @POTUS account: "Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids like you to like science. It's what makes America great."
Twitter gave Mohamed the option to come to their company for an internship. Facebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome to come and tour the company.
Executive director of the Dallas chapter of the Council on American-Islamic Relations Alia Salem said Mohamed wishes to use his newfound fame and attention to spotlight social causes including the treatment of Muslims in the United States.
University of Texas Arlington Muslim Student Association president Sehar Memon said the large amount of positive feedback for Mohamed had helped make his situation much better. Memon also said she believed the social movement in reaction to Mohamed helped improve Muslim/non-Muslim.
Both the Irving Independent School District and the Irving Police Department have asserted that the boy's religion and name were not a factor in the manner in which they approached the situation.""",
    quotes=[
        Q('"support movement"', None, "The Straits Times"),
        Q('"Hoping that the #istandwithahmed', 'incarceration."', "Marc Lamont Hill"),
        Q('"Cool clock, Ahmed.', 'America great."', "Barack Obama"),
    ],
    aliases={"Barack Obama": ["US President Barack Obama"],
             "Marc Lamont Hill": ["American academic and professor Marc Lamont Hill"]},
),
dict(
    id="wn-en-mecca-crane-collapse",
    source="https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse",
    license=LIC, retrieved=GUM.format("GUM_news_crane"),
    text="""At least 107 killed in Mecca crane collapse
Saturday, September 12, 2015
A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 or more and wounding 238, according to Saudi Arabia's Civil Defense Authority.
Civil Defense Authority director General Suleiman al-Amr, in remarks to al-Ikhbariya television, said "All those who were wounded and the dead have been taken to hospital. There are no casualties left at the location."
The accident, which occurred yesterday afternoon, was caused by strong winds and heavy rain that led the crane to fall. Photos released of the scene showed numerous bloodied bodies and various scattered debris.
The accident occurred at a time when the mosque was relatively uncrowded. "Had it happened an hour later it would have been much worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said. "Had it happened five hours earlier or four hours earlier, I think the death toll would have been more than a thousand."
The crane accident comes just ten days before the beginning of the Hajj, the annual pilgrimage to Mecca, Islam's holiest site. As undergoing a pilgrimage to Mecca is a mandatory religious duty for all Muslims who physically and financially can, millions of pilgrims arrive in Mecca each year for the Hajj. Construction was underway at the mosque in order to enlarge the mosque and improve crowd control, which has been a recurring problem during Mecca's pilgrimages.""",
    quotes=[
        Q('"All those who were wounded', 'at the location."', "Suleiman al-Amr"),
        Q('"Had it happened an hour later', 'much worse,"', "Khaled Al-Maeena"),
        Q('"Had it happened five hours', 'a thousand."', "Khaled Al-Maeena"),
    ],
    aliases={"Suleiman al-Amr": ["Civil Defense Authority director General Suleiman al-Amr"],
             "Khaled Al-Maeena": ["editor at large at the Saudi Gazette"]},
),
dict(
    id="wn-en-scientology-defector-arrested",
    source="https://en.wikinews.org/wiki/Scientology_defector_arrested_after_attempting_to_leave_organization",
    license=LIC, retrieved=GUM.format("GUM_news_defector"),
    text="""Scientology defector arrested after attempting to leave organization
Saturday, October 9, 2010
Recent reports have revealed that a defector from the elite group within Scientology called the Sea Org was first persuaded to travel back to a management building for the organization in California, where he was interrogated by an attorney for Scientology and then arrested.
Daniel Montalvo, 19, a member of Scientology all his life, was arrested after leaving its elite group the Sea Org. He was released on US$20,000 bail on Thursday. Montalvo was charged with taking hard drives and a zip drive from the Scientology organization after leaving the Sea Org group. The Sea Org requires members to sign a billion-year-contract, agreeing to work for the organization founded by science fiction writer L. Ron Hubbard for multiple lifetimes. Members of the Sea Org live a strict lifestyle – with little income, small diet provided and significant time invested in work per day.
Montalvo had read an article in the Scientology propaganda publication Freedom Magazine, which attacked high-ranking defectors from the organization including Tom Devocht and Mark Rathbun. Montalvo had known Devocht personally, and came to the conclusion that the claims made about him in the Freedom article were lies. Montalvo was subsequently motivated to seek out information about Scientology on the Internet, and came upon a blog written by Rathbun. Montalvo contacted former members of Scientology, who helped him leave the organization and get in touch with Devocht. He traveled to Florida to meet with Devocht, who had told Montalvo he would assist him with future employment and housing.
According to Rathbun the Scientology property in question was returned by mail to the organization by Montalvo shortly after he left the Sea Org. Scientology officials have stated they have not received the materials. After calling the Scientology organization by phone to attempt to speak with his mother, Montalvo was instead put through to a Scientology attorney, Kendrick Moxon. Rathbun wrote, "Moxon proceeded to lie to Daniel that the hard drives were never returned, and made a convincing case (not difficult to do with a 19 year old who does not even know the three branches of government) that Daniel would be put behind iron bars for a good long time, UNLESS of course, he returned and cooperated with Moxon and routed out properly." To "route out" in Scientology jargon refers to the member who wishes to leave proceeding through a set of interrogative exit interviews while attached to the Scientology device called the E-meter.
According to Rathbun, a detective for the Los Angeles Sheriff's office was provided with material from Scientology to build a case against Montalvo. Rathbun stated, "Daniel was picked up by an investigator in a black car with blacked out windows. Instead of being taken to a hotel, where he could route out as promised, he was taken to the Century City Towers. He was deposited in an office on the 33rd floor where a pricy church lawyer interrogated him for two hours." Rathbun asserted that Scientology officials, "...plied the Sheriff's detective with a grand conspiracy theory, characterizing me as the 'anti-christ' of the church of Scientology. ...The next thing Daniel knows he's in a cell where he sat for the next 30 hours."
Steve Whitmore, a representative for the LA Sheriff's office, told LA Weekly in a statement that the case involving Montalvo was being dealt with as charges relating to grand theft. Whitmore stated Montalvo left Scientology-related employment in Los Angeles on September 24. On September 29, Scientology officials went to the East Los Angeles sheriff's station where they claimed Montalvo allegedly left the organization with computer hard drives. Whitmore told LA Weekly that on October 6 after traveling back from Florida, Montalvo "walked into lobby of the East L.A. station and turned himself in", and told the police, "everything he did". Whitmore stated to LA Weekly that the alleged crime involved five hard drives each of $200 in value.
Montalvo has been assisted by former members of Scientology, including musician Tiziano Lugli and actor Jason Beghe. Rathbun requested donations via a statement made on his blog, in order to help Montalvo with his legal defense financing. He described Montalvo as an individual, "facing the penitentiary in thanks for the following sins: a) Leaving a lifehood of slavery to get a taste of freedom and the world. b) Refusing - despite every provocation and incentive and threat - to frame three guys who went out of their ways (and dipped into their pockets) to help the kid achieve that freedom." """.rstrip(),
    quotes=[
        Q('"Moxon proceeded to lie', 'routed out properly."', "Mark Rathbun"),
        Q('"route out"', None, None),
        Q('"Daniel was picked up', 'for two hours."', "Mark Rathbun"),
        Q('"...plied the Sheriff', 'next 30 hours."', "Mark Rathbun"),
        Q('"walked into lobby', 'turned himself in"', "Steve Whitmore"),
        Q('"everything he did"', None, "Steve Whitmore"),
        Q('"facing the penitentiary', 'achieve that freedom."', "Mark Rathbun"),
    ],
    aliases={"Mark Rathbun": ["Rathbun"],
             "Steve Whitmore": ["Whitmore", "a representative for the LA Sheriff's office"]},
),
dict(
    id="wn-en-new-zealand-flag-process",
    source="https://en.wikinews.org/wiki/New_Zealand_begins_process_to_consider_changing_national_flag_design",
    license=LIC, retrieved=GUM.format("GUM_news_flag") + "; the GUM copy marks no paragraph breaks in the body, so the body is one paragraph",
    text="""New Zealand begins process to consider changing national flag design
Thursday, May 7, 2015
On Tuesday, the New Zealand government announced the start of a public process to suggest designs for a new national flag, and determine whether their citizens would prefer a different national flag over the current one. The current New Zealand flag is partially based on the United Kingdom's flag; the new one would be unique to New Zealand. The government's Flag Consideration Project has planned a number of conferences and roadshows as part of this process, with the first meeting set to take place in Christchurch on May 16. According to the New Zealand Herald, Emeritus Professor John Burrows, the chairman of the project's panel of twelve, said New Zealand's flag has never before been open to public choice. Professor Burrows also said resources and kits would be accessible for schools and communities, "For example, schools can run their own flag discussions and referendums to mirror the formal process as part of their own learning exercise". People were encouraged to submit their designs online at www.flag.govt.nz and suggest what the flag should mean on www.standfor.co.nz. Names of participants would be engraved, at their option, on a flag pole monument to be built in the nation's capital, Wellington. New Zealand's Prime Minister John Key said he believes redesigning the flag now has a "strong rationale". Mr Key promoted the campaign for a unique New Zealand flag on Waitangi Day - February 6 - this year. Of the public process, he said, "In the end I'll have one vote in each referendum just like every other New Zealander on the electoral roll". The New Zealand government intends to hold two referendums to reach a verdict on the flag, at an estimated cost of NZ$26 million, although a recent poll found only a quarter of citizens favoured changing the flag. This is a decrease from the year before, when it was forty percent. The first referendum is to be held from November 20 to December 11, selecting a single new flag design out of about four finalists. Voters would then choose between the new flag and their current flag early in 2016.""",
    quotes=[
        Q('"For example, schools', 'learning exercise"', "John Burrows"),
        Q('"strong rationale"', None, "John Key"),
        Q('"In the end I\'ll have', 'electoral roll"', "John Key"),
    ],
    aliases={"John Burrows": ["Professor Burrows", "Emeritus Professor John Burrows"],
             "John Key": ["Mr Key", "New Zealand's Prime Minister John Key"]},
),
]
