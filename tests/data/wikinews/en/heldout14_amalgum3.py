# Held-out English Wikinews articles (tests/data/heldout14-en.jsonl), continued; see heldout14_amalgum1.py.
# Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-bush-arrives-middle-east",
    source="https://en.wikinews.org/wiki/George_Bush_arrives_in_Middle_East",
    license=LIC, retrieved=AMG.format("AMALGUM_news_arrives") + " (a quote box repeating Bush's words, with its attribution line, dropped; the opening mark of Bush's second quotation, held as a fragment of its own at the start of the paragraph, attached to its word; the copy's spaced hyphens kept)",
    text='''George Bush arrives in Middle East
Wednesday, January 9, 2008
US President George W. Bush has arrived in Israel - the first stop on a Middle East journey designed to bolster the Israeli-Palestinian peace process and foster unity on Iran.
Israel's leaders were waiting at Ben Gurion Airport, as Air Force One taxied to a stop.
They formed a long welcoming line as George W. Bush set foot on Israeli soil for the first time in his presidency.
Following a discussion with Ehud Olmert, the Israeli Prime Minister, George Bush said he would provide pressure if necessary. He made this clear by saying "If there needs to be a little pressure then you know I will provide it," after the talks.
He spoke of the strong ties between the United States and Israel. He says the source of that strength is a shared belief in the power of human freedom.
"We will do more than defend ourselves. We will seek lasting peace. We see a new opportunity for peace here in the Holy Land and for freedom across the region," said Mr. Bush.
Like President Bush, Israeli Prime Minister Ehud Olmert kept his comments at the arrival ceremony broad in nature, avoiding any direct reference to issues related to the peace process.
"From the very beginning, your policies have reflected a basic understanding of the challenges facing Israel in this troubled region and a solid commitment to our national security," he said.
It fell to Israeli President Shimon Peres, who is considered by some to be largely ceremonial, to offer some tougher talk. He said President Bush is right to urge the world to pay attention to the threat posed by Iran.
"We take your advice not to underestimate the Iranian threat. Iran should not underestimate our resolve for self-defense," said President Bush.
President Bush, Prime Minister Olmert and President Peres wasted no time getting down to business - launching talks shortly after the arrival ceremony.
Thursday, President Bush will travel from Jerusalem on to Ramallah, the West Bank headquarters of the Palestinian Authority, to meet separately with Palestinian President Mahmoud Abbas.
At a meeting in Jerusalem, Tuesday, Prime Minister Olmert and President Abbas agreed to begin negotiations on the thorniest issues blocking a peace agreement. Among them: the borders of a future Palestinian state, competing claims to Jerusalem, and the status of Palestinian refugees.
Concerns about rocket attacks into Israel from Gaza and Israeli settlement activity have created tensions since the American-led Annapolis Mideast conference in November. President Bush is expected to use his trip to encourage both sides to look at the big picture and keep focused on the need for peace.
During the flight to Israel, White House National Security Advisor Stephen Hadley told reporters traveling with the president that Mr. Bush is not coming to the Middle East to interject himself into the negotiations. He said, instead, the president wants both sides to stay focused, and look beyond what he called "a lot of distractions."
Hadley also talked about the recent incident involving Iranian vessels and U.S. Navy ships in the Persian Gulf. He said Iran must be careful and realize there will be consequences to bear if they again menace American boats in international waters.''',
    quotes=[
        Q('"If there needs', 'provide it,"', "George W. Bush"),
        Q('"We will do more', 'the region,"', "George W. Bush"),
        Q('"From the very beginning', 'national security,"', "Ehud Olmert"),
        Q('"We take your advice', 'for self-defense,"', "George W. Bush"),
        Q('"a lot of distractions."', None, "Stephen Hadley"),
    ],
    aliases={"George W. Bush": ["US President George W. Bush", "George Bush", "Mr. Bush", "President Bush"],
             "Ehud Olmert": ["Israeli Prime Minister Ehud Olmert"],
             "Stephen Hadley": ["White House National Security Advisor Stephen Hadley", "Hadley"]},
),
dict(
    id="wn-en-amd-antitrust-intel",
    source="https://en.wikinews.org/wiki/AMD_files_antitrust_lawsuit_against_Intel_in_US_federal_district_court",
    license=LIC, retrieved=AMG.format("AMALGUM_news_amd") + " (the complaint's bulleted points kept as lines of their own; the copy's ‘02 and ‘03, whose marks are apostrophes, kept)",
    text='''AMD files antitrust lawsuit against Intel in US federal district court
Wednesday, June 29, 2005
AMD filed an antitrust complaint against Intel Corporation two days ago in U.S. federal district court for the district of Delaware under Section 2 of the Sherman Antitrust Act, Sections 4 and 16 of the Clayton Act, and the California Business and Professions Code.
According to the complaint, Intel has unlawfully maintained its monopoly by, among other things:
Forcing major customers such as Dell, Sony, Toshiba, Gateway, and Hitachi into Intel-exclusive deals in return for outright cash payments, discriminatory pricing or marketing subsidies conditioned on the exclusion of AMD;
According to industry reports, and as confirmed by the JFTC in Japan, Intel has paid Dell and Toshiba huge sums not to do business with AMD.
Intel paid Sony millions for exclusivity. AMD’s share of Sony’s business went from 23 percent in ‘02 to 8% in ‘03, to 0%, where it remains today.
Forcing other major customers such as NEC, Acer, and Fujitsu into partial exclusivity agreements by conditioning rebates, allowances and market development funds (MDF) on customers’ agreement to severely limit or forego entirely purchases from AMD;
Intel paid NEC several million dollars for caps on NEC’s purchases from AMD. Those caps assured Intel at least 90% of NEC’s business in Japan and imposed a worldwide cap on the amount of AMD business NEC could do.
Establishing a system of discriminatory and retroactive incentives triggered by purchases at such high levels as to have the intended effect of denying customers the freedom to purchase any significant volume of processors from AMD;
When AMD succeeded in getting on the HP retail roadmap for mobile computers, and its products sold well, Intel responded by withholding HP’s fourth quarter 2004 rebate check and refusing to waive HP’s failure to achieve its targeted rebate goal; it allowed HP to make up the shortfall in succeeding quarters by promising Intel at least 90% of HP’s mainstream retail business.
Threatening retaliation against customers for introducing AMD computer platforms, particularly in strategic market segments such as commercial desktop;
Then-Compaq CEO Michael Capellas said in 2000 that because of the volume of business given to AMD, Intel withheld delivery of critical server chips. Saying "he had a gun to his head," he told AMD he had to stop buying.
According to Gateway executives, their company has paid a high price for even its limited AMD dealings. They claim that Intel has "beaten them into ‘guacamole’" in retaliation.
Establishing and enforcing quotas among key retailers such as Best Buy and Circuit City, effectively requiring them to stock overwhelmingly or exclusively, Intel computers, artificially limiting consumer choice;
AMD has been entirely shut out from Media Markt, Europe's largest computer retailer, which accounts for 35 percent of Germany's retail sales.
Office Depot declined to stock AMD-powered notebooks regardless of the amount of financial support AMD offered, citing the risk of retaliation.
Forcing PC makers and tech partners to boycott AMD product launches or promotions;
Then-Intel CEO Craig Barrett threatened Acer’s Chairman with "severe consequences" for supporting the AMD Athlon 64 launch. This coincided with an unexplained delay by Intel in providing $15-20M in market development funds owed to Acer. Acer withdrew from the launch in September 2003.
Abusing its market power by forcing on the industry technical standards and products that have as their main purpose the handicapping of AMD in the marketplace.
Intel denied AMD access to the highest level of membership for the Advanced DRAM technology consortium to limit AMD’s participation in critical industry standard decisions that would affect its business.
Intel designed its compilers, which translate software programs into machine-readable language, to degrade a program’s performance if operated on a computer powered by an AMD microprocessor.''',
    quotes=[
        Q('"he had a gun', 'his head,"', "Michael Capellas"),
        Q('"beaten them into', '‘guacamole’"', None),
        Q('"severe consequences"', None, "Craig Barrett"),
    ],
    aliases={"Michael Capellas": ["Then-Compaq CEO Michael Capellas"],
             "Craig Barrett": ["Then-Intel CEO Craig Barrett"]},
),
dict(
    id="wn-en-ariane5-protostar-badr6",
    source="https://en.wikinews.org/wiki/40th_Ariane_5_rocket_launches_ProtoStar-1_and_Badr-6_satellites",
    license=LIC, retrieved=AMG.format("AMALGUM_news_ariane") + " (the two title fragments joined; the copy's 'Arianepace's' kept)",
    text='''40th Ariane 5 rocket launches ProtoStar-1 and Badr-6 satellites
Monday, July 7, 2008
An Ariane 5ECA rocket has successfully launched two satellites. The European carrier rocket lifted off from ELA-3 (Launch Area 3) at the Guiana Space Centre in French Guiana, South America, at 21:47 GMT this evening, carrying the ProtoStar-1 and Badr-6 spacecraft.
ProtoStar-1 is the first satellite to be operated by ProtoStar Corporation, a Bermuda-based US/Asian communications company. It will be positioned at 98.5°East longitude, in a geosynchronous orbit, around 36,000 kilometres above the Equator. It was built by Space Systems Loral, based on the LS-1300 bus. It will provide direct-to-home high definition broadcasting and internet services to South-East Asia. The satellite was originally named ChinaSat-8, and intended for launch on a Long March 3B carrier rocket by the Chinese satellite operator ChinaSat; this was cancelled due to US ITAR export regulations, with the uncompleted satellite being transferred to ProtoStar.
Badr-6 will be operated by Arabsat, a Saudi Arabian company. It will be positioned at 26°East, from where it will be used to provide direct-to-home television broadcasting services to the Persian Gulf. It was built by EADS Astrium and Thales Alenia Space, based on the Eurostar 2000+ bus. Badr is Arabic for "full moon". Badr-6, which is also designated Arabsat-4C, was built to replace the Arabsat-4A satellite which was lost in a Proton launch failure during early 2006.
A 17-metre long payload fairing was used to encapsulate the two satellites, and a Sylda dual-payload adapter, used to allow the rocket to carry two satellites. There are several different types of adapter; the Sylda-5 configuration was used on this launch. ProtoStar-1 was launched in the upper position, mated to the Sylda adapter, whilst Badr-6 was in lower position, directly integrated onto the second stage of the carrier rocket. ProtoStar-1 separated from the carrier rocket just over 27 minutes after launch, followed by the Sylda adapter about 90 seconds later, and Badr-6 just under 36 minutes into the flight.
Following confirmation of successful deployment of the satellites, Jean Yves Le Gall, the Chairman and Chief Executive of Arianespace, thanked the launch team for the successful launch. He also thanked the European Space Agency, who "by their continuous support of space policy guarantee [Arianepace's] success". Phillip Father, the President of ProtoStar, thanked Arianespace for the launch, and also thanked the "many people who have touched us and helped us out". He also said that he "would like to take this opportunity to thank the families, spouses, and significant others who have supported us". The Badr-6 programme manager stated that "this is a moment of sheer joy and excitement". He also referred to an unofficial Arianespace slogan, "launches speak louder than words", saying that "we heard you loud and clear".
The launch had previously been scheduled for late June, however delays with the previous Ariane launch caused it to be rescheduled for last Friday evening, from where it was delayed in order to replace part of an electrical connection between the rocket and mobile launch platform. This was the 34th launch of 2008, and the fourth to be conducted by an Ariane 5. This marked the 40th launch of an Ariane 5, and the 15th of the ECA configuration. The next Ariane launch is scheduled for early August, with the Superbird 7 and AMC-21 spacecraft.''',
    quotes=[
        Q('"full moon"', None, None),
        Q('"by their continuous', 'success"', "Jean Yves Le Gall"),
        Q('"many people who', 'helped us out"', "Phillip Father"),
        Q('"would like to take', 'supported us"', "Phillip Father"),
        Q('"this is a moment', 'and excitement"', None),
        Q('"launches speak louder than words"', None, None),
        Q('"we heard you', 'loud and clear"', None),
    ],
    aliases={"Jean Yves Le Gall": ["Jean Yves Le Gall, the Chairman and Chief Executive of Arianespace"],
             "Phillip Father": ["Phillip Father, the President of ProtoStar"]},
),
dict(
    id="wn-en-shorts-2009-08-10-badminton-lester",
    source="https://en.wikinews.org/wiki/Wikinews_Shorts%3A_August_10%2C_2009",
    license=LIC, retrieved=AMG.format("AMALGUM_news_badminton") + " (the source lists under each brief dropped as navigation; the briefs' headings kept as lines of their own, the Nagasaki heading's two fragments joined; the closing mark of Geller's quotation, held as a fragment of its own, attached to its word)",
    text='''Wikinews Shorts: August 10, 2009
A compilation of brief news reports for Monday, August 10, 2009.
English Badminton team withdraw from World Championship because of terror threat
After what has been described as a "specific terrorist threat", the English national badminton team has withdrawn from the Badminton World Championship currently being held in Hyderabad, India.
The threat is believed to be linked to Lashkar-e-Taiba, a Kashmiri group linked to the attack on Mumbai in 2008.
V.K. Verma president of the Badminton Association of India dismissed the "terror threats" as rumors spread by the media. The Welsh and Scottish teams will continue to compete in the tournament, with Anne Smillie chief executive of Badminton Scotland saying that the English team had "perhaps overreacted".
Nagasaki holds ceremony on 64th anniversary of atomic bombing
A ceremony was held in Nagasaki, Japan on Sunday to commemorate the 64th anniversary of the atomic bombing of the city in World War II.
Speaking to an audience of 5000 the mayor of the city called for worldwide nuclear disarmament. In his speech Prime Minister Taro Aso again reiterated that Japan would never produce, possess or allow nuclear weapons on its soil.
A similar ceremony was attended by 50,000 in Hiroshima on Thursday.
British soldier killed in Afghanistan
A British soldier of 2nd Battalion The Mercian Regiment has been killed by an IED whilst on patrol in Gereshk in Helmand Province, Afghanistan.
The death brings the number to five, the number of British soldiers killed in Afghanistan in this month alone and 196 since 2001, when British troops arrived in Afghanistan.
British contractor in Iraq faces death penalty for murder
A British contractor working for a private security company in Iraq has been arrested for the murder of two colleagues in Iraq. ArmorGroup Iraq confirms that two of its employees, a Briton and an Australian, have been killed in a firearms incident.
The gunman is now in the custody of the Iraqi authorities and faces a charge of premeditated murder, a crime for which he may hang.
Former British child actor claims to be father of Michael Jackson's daughter
Former child actor Mark Lester, best known for playing the title role in the 1968 film Oliver!, claims to be the father of Michael Jackson's daughter Paris. Talking to British tabloid the News Of The World, Lester claims that Jackson asked him for a donation of sperm in the mid 90s and points to the resemblance between his own daughter and Paris.
Lester claims to be motivated by the desire to remain in contact with Paris, which he fears may be denied him by Katherine Jackson, Paris' guardian. His claim is supported by Uri Geller, a friend of both Jackson and Mark Lester, who said "I am not surprised, I knew it all along simply because Michael told me."
Three bombs explode in Majorca
Three bombs have exploded on the Spanish holiday island of Majorca on Sunday. Targeted at tourism sites all the devices were small and there have been no injuries. Basque separatist group ETA has claimed responsibility for the attacks which follow a car bomb that killed two Civil Guard officers 10 days ago on the Mediterranean island.
ETA's recent bombing campaign, which has also seen bombings and deaths on the mainland, comes on the 50th anniversary of the founding of the organisation.''',
    quotes=[
        Q('"specific terrorist threat"', None, None),
        Q('"terror threats"', None, None),
        Q('"perhaps overreacted"', None, "Anne Smillie"),
        Q('"I am not surprised', 'Michael told me."', "Uri Geller"),
    ],
),
]
