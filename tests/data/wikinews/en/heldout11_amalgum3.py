# Held-out English Wikinews articles (tests/data/heldout11-en.jsonl), continued; same source and
# conventions as heldout11_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-un-pakistan-journalists-killings",
    source="https://en.wikinews.org/wiki/Pakistan_government_must_investigate_killings_and_abductions_of_journalists%2C_says_UN",
    license=LIC, retrieved=AMG.format("AMALGUM_news_pakistan"),
    text='''Pakistan government must investigate killings and abductions of journalists, says UN
Tuesday, August 23, 2011
The United Nations (UN) on Friday called on the government of Pakistan to investigate numerous killings and abductions, particularly of journalists.
“In the past eight days alone we have received reports on the killing of one journalist, Munir Shakir, in Balochistan on August 14 2011, and the disappearance of another journalist, Rehmatullah Daparkhel, three days earlier in North Waziristan on August 11,” said spokesperson for the United Nations High Commissioner for Human Rights, Rupert Colville.
According to the Committee to Protect Journalists, nine journalists have been killed in Pakistan this year, and at least 16 were killed in 2010. None of the killings had been investigated satisfactorily, Colville said.
Colville said that the UN would like to see the government review all of the incidents. “We call on all responsible parties to immediately stop such violations of human rights, and we urge the government to take immediate steps to independently investigate these cases,” he said.
Amnesty International has also urged the government of Pakistan to ensure the protection of journalists and media workers in the country. They have further called upon the Pakistani authorities to investigate attacks on journalists and to try those responsible in line with internationally recognised standards of human rights.
Colville said that the recent attacks on journalists were not uncommon in Pakistan and that many journalist groups regard the country as one of the most dangerous places to work.
Shakir was shot dead after covering a protest organized by a Baloch separatist organization. Irshad Matsoi, the bureau chief for the Online News Network where Shakir worked, said that the killing was linked to the journalist’s work. Journalism in Balochistan is becoming “an endangered profession,” Matsoi said.
Reporters Without Borders (RWB) have appealed for punishment of those responsible for the murder. According to RWB, journalists do not feel free to report in Balochistan, which has led to self-censorship in the region.
The whereabouts of Daparkhel, kidnapped on August 11, is still unknown. The worldwide press freedom organization said that the government must do everything they can to find him immediately. “It is unacceptable that local journalists have to do the job of the police and investigate on their own using their contacts,” the organization said.
The Human Rights Commission of Pakistan (HRCP) has condemned the incidents. “There is a growing sense of insecurity among media persons who increasingly interpret each attack on journalists as a warning to ‘behave,’” the HRCP said last Monday. The HRCP also said that in almost all cases of violence against journalists in the last few years, those responsible have not been identified or punished.
“The HRCP calls upon the government to respond through effective action and not mere words in the next few days, sending a strong message to the mischief makers that it would no longer stand by as a mere spectator as journalists are killed and snatched,” the Commission said.''',
    quotes=[
        Q('“In the past eight days', 'on August 11,”', "Rupert Colville"),
        Q('“We call on all', 'these cases,”', "Rupert Colville"),
        Q('“an endangered profession,”', None, "Irshad Matsoi"),
        Q('“It is unacceptable', 'their contacts,”', "Reporters Without Borders"),
        Q('“There is a growing sense', '‘behave,’”', "Human Rights Commission of Pakistan"),
        Q('“The HRCP calls upon', 'and snatched,”', "Human Rights Commission of Pakistan"),
    ],
    aliases={"Rupert Colville": ["Colville"],
             "Irshad Matsoi": ["Matsoi"],
             "Reporters Without Borders": ["RWB", "The worldwide press freedom organization", "the organization"],
             "Human Rights Commission of Pakistan": ["HRCP", "the HRCP", "the Commission"]},
),
dict(
    id="wn-en-putin-us-troops-poland-threat",
    source="https://en.wikinews.org/wiki/Putin_calls_US_troops_in_Poland_%27a_threat%27",
    license=LIC, retrieved=AMG.format("AMALGUM_news_putin") + " (link fragments 'Humvee'+'s', 'Bradley Fighting Vehicle'+'s' and 'nuclear'+'-capable' joined; the copy's 'Kalingrad' kept)",
    text='''Putin calls US troops in Poland 'a threat'
Friday, January 13, 2017
Reports yesterday indicated Russian President Vladimir Putin views the arrival of US troops in Poland as "a threat".
Earlier this week around a quarter of 4,000 troops earmarked for Poland crossed into Poland from Germany. Also included were trucks, tanks, and Humvees. Many are set to be based in Żagań, where Polish Prime Minister Beata Szydło and Defence Minister Antoni Macierewicz are scheduled to ceremonially welcome them tomorrow.
Part of Operation Atlantic Resolve, the deployment is set to include Abrams tanks, Bradley Fighting Vehicles, and Paladin artillery. It is the largest deployment of US troops to Europe since the Cold War ended. The presence of US assets "threatens our interests and our security," according to Putin. "It's a third country that is building up its military presence on our borders in Europe," he told the BBC. "It isn't even a European country."
Outgoing US President Barack Obama authorised the move in response to Russian intervention in Ukraine in 2014, in which Crimea was annexed. It was agreed at a NATO summit in Warsaw last year. Tomasz Szatkowski, Polish Undersecretary of State for Defence, noted "large exercises" by Russia near the Polish border as another reason the troops were needed.
Szatkowski also mentioned Russian action in Ukraine, which he called "aggressive actions in our vicinity". Russian Deputy Foreign Minister Alexei Mechkov, however, said the incoming troops and vehicles were a "factor destabilising European security". Russian Presidential spokesperson Dmitry Peskov echoed Putin, saying the troops are "a threat. These actions threaten our interests, our security. Especially as it concerns a third party building up its military presence near our borders. It's [the US], not even a European state."
Ties between Russia and the US are strained. Last month the US expelled 35 Russian diplomats accused of espionage, and sanctioned Russian intelligence agencies. This was in response to a CIA report issued two weeks earlier that concluded the Russian government hacked servers belonging to the U.S. Republican and Democratic parties. The CIA report said this was to turn the 2016 presidential election toward president-elect Donald Trump.
Since Szydło took office in 2015, Poland has also suffered a decline in relations with Russia. Within a week of the Law and Justice Party coming to power in Poland, it removed web pages featuring the results of an investigation into the Smolensk air disaster in Russia in 2010. The cause of the crash, which killed dignitaries including Polish President Lech Kaczynski, is disputed.
A Polish probe concluded the Polish pilots put safety second in their determination to get their passengers through dense fog. It also placed blame on Russian controllers for failing to divert the aircraft. Russian investigators blamed the pilots alone. The flight was carrying high-profile political figures to attend a ceremony commemorating the 70th anniversary of the Katyn massacre, when thousands of Polish prisoners of war and civilians were killed by the Soviets.
Russia has refused to return wreckage, encouraging conspiracy theories about the crash. In 2015 Szydło said in response to the vanishing investigatory findings "the website has been closed and will simply remain closed."
In recent months tension has mounted further as Russia deployed missiles to Kalingrad. The enclave, Russian territory lying between Poland and Lithuania, now has nuclear-capable Iskanders and anti-ship Bastion equipment. NATO considered these deployments a response to its own.
The US troops are set to rotate around the Balkans every nine months. Other planned host nations are Estonia, Latvia, Lithuania, Romania, Bulgaria, and Hungary. The rotation is due to a treaty with Russia preventing permanent deployment to any particular territory.
Russia-US relations face a potential thaw, as President-Elect Donald Trump moves towards office on January 20. Trump has made clear he intends to seek a closer relationship with Russia. Rex Tillerson, proposed Secretary of State for the Trump administration, implied the troops would be staying put. He said Russia had claimed Crimea "as an act of force" requiring the US to offer "a proportional show of force".
Trump's proposed Secretary of Defense, James Mattis, backed NATO before the US Senate yesterday. He said Putin aimed to weaken the NATO alliance. Witold Waszczykowski, Polish foreign minister, earlier this week remarked any improvement in US-Russia relations should avoid harming Polish interests.''',
    quotes=[
        Q("'a threat'", None, "Vladimir Putin"),
        Q('"a threat"', None, "Vladimir Putin"),
        Q('"threatens our interests', 'our security,"', "Vladimir Putin"),
        Q('"It\'s a third country', 'in Europe,"', "Vladimir Putin"),
        Q('"It isn\'t even a European country."', None, "Vladimir Putin"),
        Q('"large exercises"', None, "Tomasz Szatkowski"),
        Q('"aggressive actions in our vicinity"', None, "Tomasz Szatkowski"),
        Q('"factor destabilising European security"', None, "Alexei Mechkov"),
        Q('"a threat. These actions', 'a European state."', "Dmitry Peskov"),
        Q('"the website has been closed', 'remain closed."', "Beata Szydło"),
        Q('"as an act of force"', None, "Rex Tillerson"),
        Q('"a proportional show of force"', None, "Rex Tillerson"),
    ],
    aliases={"Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
             "Tomasz Szatkowski": ["Szatkowski"],
             "Alexei Mechkov": ["Russian Deputy Foreign Minister Alexei Mechkov"],
             "Dmitry Peskov": ["Russian Presidential spokesperson Dmitry Peskov"],
             "Beata Szydło": ["Polish Prime Minister Beata Szydło", "Szydło"],
             "Rex Tillerson": []},
),
dict(
    id="wn-en-us-south-korea-naval-exercises",
    source="https://en.wikinews.org/wiki/US_and_South_Korea_to_conduct_naval_exercises_in_response_to_warship_sinking",
    license=LIC, retrieved=AMG.format("AMALGUM_news_korea") + " (the list of measures kept as one line per item; the copy's 'horning' kept)",
    text='''US and South Korea to conduct naval exercises in response to warship sinking
Monday, May 24, 2010
Following a report blaming North Korea for the sinking of a South Korean naval vessel in March, the United States and South Korea plan to hold joint naval exercises "in the near future."
The exercises are planned to focus on anti-submarine patrols, as well as improving both country's ability to detect shipments of nuclear material, which are currently banned. According to analysts, the patrols are not intended to serve to intimidate North Korea; rather, they are considered a gesture of support towards the South. The announcement marks the first response from the US military to the incident, although economic measures were announced earlier today.
Several hours before the announcement of military patrols, South Korean President Lee Myung-bak announced economic measures against North Korea in response to the attack. The measures, endorsed by the US government, include the following:
Ending trade between the two Koreas;
Preventing North Korean vessels from entering South Korean ports or waterways;
The resumption of a Cold War tactic known as "psychological warfare," including propaganda broadcast at the border and the dropping of leaflets from balloons;
Requesting the intervention of the United Nations
The moves are considered the most aggressive steps South Korea could take short of war. In a statement, President Lee said that "[w]e have always tolerated North Korea’s brutality, time and again. But now things are different. North Korea will pay a price corresponding to its provocative acts. Trade and exchanges between South and North Korea will be suspended."
The United States has not said what measures it will take in response to the incident beyond the announced naval patrols. Secretary of State Hillary Clinton is to meet with President Lee on Wednesday, after which she will announce the US response.
Clinton did say, however, that "[t]he Republic of Korea can continue to count on the full support of the United States. Our support for South Korea’s defense is unequivocal." She is currently in China, for talks between the US and Chinese governments.
North Korea has continually denied its involvement in the warship's sinking, and the country's military released a statement warning that "[i]f [South Korea] sets up new tools for psychological warfare such as loudspeakers and leaves slogans for psychological warfare intact, ignoring our demands, we will directly aim and open fire to destroy them."
A North Korean military commander told the state newspaper that "[m]ore powerful physical strikes will be taken to eradicate the root of provocation if [South Korea] challenges to our fair response."
A South Korean 1,200 tonne Pohang-class corvette of the Republic of Korea Navy (ROKN), the ROKS Cheonan, sank March 26, 2010 near the disputed maritime border with North Korea. Of the 104 aboard, 46 seamen went down. The multi-national Joint Civilian-Military Investigation Group (JIG) investigation determined that a shockwave and bubble effect from a non-contact underwater horning North Korean torpedo explosion caused the naval vessel to split apart and sink.''',
    quotes=[
        Q('"in the near future."', None, None),
        Q('"psychological warfare,"', None, None),
        Q('"[w]e have always tolerated', 'will be suspended."', "Lee Myung-bak"),
        Q('"[t]he Republic of Korea', 'is unequivocal."', "Hillary Clinton"),
        Q('"[i]f [South Korea]', 'destroy them."', "the country's military"),
        Q('"[m]ore powerful', 'fair response."', None),
    ],
    aliases={"Lee Myung-bak": ["South Korean President Lee Myung-bak", "President Lee"],
             "Hillary Clinton": ["Secretary of State Hillary Clinton", "Clinton"],
             "the country's military": [],
             },
),
dict(
    id="wn-en-barlinnie-prison-murder-charge",
    source="https://en.wikinews.org/wiki/Glasgow_inmate_John_Clark_accused_of_murder_in_Barlinnie_prison",
    license=LIC, retrieved=AMG.format("AMALGUM_news_prison") + " (the sentence the copy splits after 'populations' joined; the copy's 'thats' kept)",
    text='''Glasgow inmate John Clark accused of murder in Barlinnie prison
Tuesday, March 25, 2014
John Clark appeared at Glasgow Sheriff Court on Friday charged with murdering cellmate Colin Penrose, 22, in the city's Barlinnie prison.
Penrose, from the West Coast town of Oban, had been recalled to prison for alleged further offending after being paroled from a sentence for sexual assault against a teenager. Police Scotland confirmed they were called to the prison, Scotland's largest, shortly after 2:00am on Thursday when Penrose was found dead in the cell.
Clark has been remanded pending a full committal hearing next week. Clark is variously reported to be either 21 or 22.
Penrose died on the top floor of the jail's E Hall. E Hall includes accommodation for vulnerable prisoners.
Penrose, who attended Oban High School, is survived by his parents, both 60. He listed himself on Facebook as single but had liked a dating page, and according to his profile was seeking employment. "I hate football and I hate the police", his profile reads, adding he enjoyed a drink at the weekend.
In early 2012 he uploaded a photo of himself with a swollen eye. Without explaining the injury he asked "does [anybody want] to say anything about my eyes in this picture or do [you not] give a shit [what] happens to me"? He received no response until a year later, when the reply "thats what happens to beasts!!" was received.
Several friends posted condolences to his page after his death. One claimed he had been strangled.
The famous four-storey Victorian prison is routinely overcrowded, with prisoners sharing cells meant for individual use. With drug use at over 80% of the population, Barlinnie is Western Europe's largest dispenser of heroin substitute methadone.
In 2011 governor Derek McGill complained "If we could eliminate overcrowding, we could do more with the prisoners." He was speaking after an inspector branded the facility unsafe for prisoners and staff alike due to chronic overcrowding. Scottish Executive spending cuts around the same time reduced the Scottish Prison Service's building funds significantly.
Plans are nonetheless afoot to replace Barlinnie with a new prison, to be called HMP Glasgow. The Prison Service is tendering for consultants to identify potential sites. Although the Scottish Government aims to reduce prisoner populations the new prison is to be more than twice the size of Barlinnie.
The nation's sex offenders were, until recently, usually all held at Peterhead. The internationally-acclaimed sex offender treatment center was permanently closed late last year and the inmates moved elsewhere. Peterhead prison has been replaced with the £140 million "super prison" HMP Grampian, built next door to the Peterhead site. Men, women, and young offenders are all held at the prison for the first time at a Scottish jail and the first inmates arrived this month. Aberdeen prison has also closed and been replaced with the new jail.
Homicide behind bars is unusual in Scotland, though there have been cases in 2006 and 1996. Neighbouring England has seen a spate recently, including four last year. Those four deaths were all charged as murder and represented the highest England and Wales total since 1998.''',
    quotes=[
        Q('"I hate football', 'the police"', "Colin Penrose"),
        Q('"does [anybody want]', 'happens to me"', "Colin Penrose"),
        Q('"thats what happens to beasts!!"', None, None),
        Q('"If we could eliminate', 'the prisoners."', "Derek McGill"),
        Q('"super prison"', None, None),
    ],
    aliases={"Colin Penrose": ["cellmate Colin Penrose", "Penrose"],
             "Derek McGill": ["governor Derek McGill"]},
),
dict(
    id="wn-en-unhcr-refugees-poor-countries",
    source="https://en.wikinews.org/wiki/UN_report_says_80_per_cent_of_world%27s_refugees_live_in_poor_countries",
    license=LIC, retrieved=AMG.format("AMALGUM_news_refugees") + " (a quote box repeating António Guterres' words without quotation marks, with its attribution line, dropped)",
    text='''UN report says 80 per cent of world's refugees live in poor countries
Wednesday, June 22, 2011
Reflecting an "overwhelming imbalance", the majority of the world's forcibly displaced refugees have been taken in by poor, developing countries, not industrialized countries, according to the 2010 Global Trends report by the United Nations High Commissioner for Refugees (UNHCR) released on Monday. The report states that many of the poorest countries in the world have accommodated the largest numbers of refugees in absolute terms and also in proportion to their economies.
There were 43.7 million people displaced worldwide at the end of 2010, according to the report, more than half children. UNHCR works in over 120 countries and includes both refugees forced to flee a country as well as those forced out of areas in their own country. The global total is broken down into the following categories: 15.4 million refugees, 27.5 million internally displaced people, and another 840,000 people awaiting to be assigned to refugee status.
In addition, there are an estimated 12 million stateless people around the world; people who lack even the basic identity of a nationality. Since 2004, the reported numbers of stateless populations has steadily increased.
According to the report, Pakistan's 1.9 million refugee population is the largest, followed by Iran with 1.1 million and Syria with 1 million. The neighboring nations of Afghanistan and Iraq accounted for the largest number of people fleeing.
The report states: "Pakistan also has the biggest economic impact with 710 refugees for each US dollar of its per capita Gross Domestic Product (GDP), followed by Democratic Republic of the Congo and Kenya with 475 and 247 refugees respectively. By comparison, Germany, the industrialized country with the largest refugee population (594,000 people), has 17 refugees for each dollar of per capita GDP."
The new report depicts a very different situation than when the UN refugee agency was founded in 1950 to deal with the 2.1 million Europeans displaced by World War Two. And it comes at a time when anti-refugee feelings are increasing in many industrialized countries.
"Fears about supposed floods of refugees in industrialized countries are being vastly overblown or mistakenly conflated with issues of migration. Meanwhile, it's poorer countries that are left having to pick up the burden", said António Guterres, UN High Commissioner for Refugees.
UNHCR UK spokesman Mans Nyberg called for greater urgency in conflict resolution: "We are also concerned with the 7m people in protracted situations who are living in camps for more than 10 years, sometimes even 30 years. We are really appealing to the international community to put more efforts into conflict resolution so that these situations can be resolved."
The report notes that in 2010 Japan resettled 18 families from Myanmar, becoming the first Asian country to accept refugees.
The large number of people that fled Libya, Côte d'Ivoire and Syria in 2011, were not tallied in the report.''',
    quotes=[
        Q('"overwhelming imbalance"', None, "UNHCR"),
        Q('"Pakistan also has', 'per capita GDP."', "UNHCR"),
        Q('"Fears about supposed floods', 'pick up the burden"', "António Guterres"),
        Q('"We are also concerned', 'can be resolved."', "Mans Nyberg"),
    ],
    aliases={"UNHCR": ["United Nations High Commissioner for Refugees", "The report"],
             "António Guterres": ["UN High Commissioner for Refugees"],
             "Mans Nyberg": ["UNHCR UK spokesman Mans Nyberg"]},
),
]
