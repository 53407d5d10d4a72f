# Held-out English Wikinews articles (tests/data/heldout17-en.jsonl), continued; see heldout17_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-dakar-rally-cancelled",
    source="https://en.wikinews.org/wiki/2008_Dakar_Rally_cancelled_over_terrorist_threat",
    license=LIC, retrieved=AMG.format("AMALGUM_news_dakar") + " (an image file link beside the dateline and the photo caption dropped; the copy's 'Amuary' for Amaury, 'Magreb' and the fragment 'After last-minute meetings with ministry officials.' kept)",
    text='''2008 Dakar Rally cancelled over terrorist threat
Saturday, January 5, 2008
The threat of terrorism has caused the cancellation yesterday of the 2008 Dakar Rally, due to start today. The race, which was to be the 30th consecutive rally, was to start in Lisbon, Portugal and end on January 20 in Dakar, Senegal having crossed the Sahara Desert.
The endurance event is the world’s biggest off-road rally and Paris-based organisers Amaury Sport Organisation had said as late as Thursday that more than 500 cars, trucks, motorcycles and quads from fifty different countries were ready to go as scheduled. However, the organisation changed its mind under pressure from the French government.
Al-Qaida-linked groups are believed to have planned to attack the rally, and it is reported that specific threats were made against it by al-Qaida in the Islamic Magreb, a regional African offshoot. The day before Christmas a French family on holiday in Mauritania was murdered and al-Qaida are believed to be responsible; the rally was scheduled to spend eight days in Mauritania.
Al-Qaida in the Islamic Magreb have recently seen a crackdown by authorities, but are continuing their operations and are now seeking to strike international targets. Last month they bombed the United Nations headquarters in Algiers; that attack killed 37.
The Mauritanian government had promised a 3,000-strong security force to protect the competitors but the remote location of the desert and scrubland involved would make effective security arrangements almost impossible. French security consultant Louis Caprioli, former anti-terrorism head at the Direction de la Surveillance du Territoire, said “You would need really incredible security precautions, and I don’t think it’s possible with the new techniques of attack, such as suicide bombings.”
French Foreign Minister Bernard Kouchner said yesterday that Amuary had been warned by government officials that it would be too dangerous to go ahead with the plan. After last-minute meetings with ministry officials. “No other decision but the cancellation of the sporting event could be taken,” said a statement on Amuary’s website.
Caprioli said the terrorists intended to prove “They can chase out the infidels. The cancellation was wise. But it gives the impression that the terrorists have won.”
Patrice Clerc, head of Amuary, stated “When you are told of direct threats against the event and when the sinister name of al-Qaeda is mentioned, you don’t ask for details. It was enough for me to hear my government say the danger is at a maximum.”
Security has caused many concerns for the race over the years. Extremists tend to view the race as a prime target, as it is highly covered by the media, and is a rare concentration of Westerners. As a result, major security measures have had to be undertaken by French and African authorities. Almost 50 people have been killed, several of whom at the hands of African fighters. Although there are fears for the future of the race, Amuary said that the event would continue in the future. “The Dakar is a symbol, and nothing can destroy symbols,” they said. “The cancellation of the 2008 edition does not endanger the future of the Dakar.” However, they have confirmed that it is unlikely Mauritania will be a destination in future events. Competitors in the event, however, are less optimistic, with many saying that they feel the race will not go ahead next year. Newspapers in Senegal have described the cancellation as a death sentence. Meanwhile, the town of Portimao in Portugal, intended to be the rally’s first scheduled stop, are considering filing for damages against Amuary.
Victor Anderes, vice-president of a New York firm specialising in high-profile event security, called the cancellation an unprecedented one in sporting history, saying “Smaller cultural events have been cancelled, but this hasn’t happened with such a major international event.” However, he did accept that “The threat is significant. It would be almost impossible to secure the entire course.”''',
    quotes=[
        Q('“You would need', 'suicide bombings.”', "Louis Caprioli"),
        Q('“No other decision', 'be taken,”', "Amaury Sport Organisation"),
        Q('“They can chase out', 'have won.”', "Louis Caprioli"),
        Q('“When you are told', 'at a maximum.”', "Patrice Clerc"),
        Q('“The Dakar is a symbol', 'destroy symbols,”', "Amaury Sport Organisation"),
        Q('“The cancellation of the 2008 edition', 'of the Dakar.”', "Amaury Sport Organisation"),
        Q('“Smaller cultural events', 'international event.”', "Victor Anderes"),
        Q('“The threat is significant', 'entire course.”', "Victor Anderes"),
    ],
    aliases={"Louis Caprioli": ["French security consultant Louis Caprioli", "Caprioli"],
             "Amaury Sport Organisation": ["Paris-based organisers Amaury Sport Organisation", "Amuary"],
             "Patrice Clerc": ["Patrice Clerc, head of Amuary"],
             "Victor Anderes": ["Victor Anderes, vice-president of a New York firm specialising in high-profile event security"]},
),
dict(
    id="wn-en-ryanair-pilot-documentary",
    source="https://en.wikinews.org/wiki/Ryanair_sack%2C_sue_pilot_over_participation_in_safety_documentary",
    license=LIC, retrieved=AMG.format("AMALGUM_news_documentary") + " (a photo caption dropped; the fragment ending 'diverted to Valencia' and the following lower-case sentence joined as one sentence, without a comma, as in the copy)",
    text='''Ryanair sack, sue pilot over participation in safety documentary
Friday, August 16, 2013
Irish budget airline Ryanair have dismissed pilot John Goss, who has worked with the airline for 25 years, over remarks he made in a documentary about safety at the airline. Ryanair issued a statement confirming legal proceedings have been begun against Goss.
The airline is already suing the UK's Channel 4 over Monday night's broadcast of Secrets of the Cockpit, part of the Dispatches series, in which Goss appeared. The programme discussed the airline's safety with a focus on fuel policy, investigating allegations Ryanair uses a bare minimum of fuel and intimidates pilots who raise concerns.
Goss, who had been due to retire in October, is a key figure of Ryanair Pilots Group (RPG), which conducted a survey of more than 1,000 flight crew. According to the RPG survey almost 90% of respondents said the safety culture was nontransparent. Two-thirds said they felt uncomfortable raising safety issues. Ryanair had told pilots anybody signing a "so-called safety petition" might be dismissed.
Pilots interviewed for the programme said they felt pressured to save fuel, the cost of which has hit Ryanair's profits. Following an incident in Spain in which three Ryanair flights declared fuel emergencies after being diverted to Valencia the Spanish Air Authority described Ryanair flights usually landing with a bare minimum of fuel, in a report the airline dismissed as "manifestly inaccurate and factually untrue".
One anonymous pilot interviewed by Channel 4 accused the airline of "threats and bullying". Over 90% of those surveyed wanted a regulatory inquiry, with RPG saying the survey results were passed to the airline and the Irish Aviation Authority. RPG is not recognised by the airline which calls the group "[lacking] any independence, objectivity or reliability" and a union front.
The other pilots interviewed by Channel 4 chose to remain anonymous, with only Goss identifying himself. The airline says RPG only conducted their survey to unionise Ryanair pilots and issued a statement describing the documentary as "based on nothing more than anonymous hearsay claims made by individuals whose identity was concealed, and/or by representatives of pilot unions of Ryanair's competitor airlines masquerading as a non-Ryanair Pilot Group".
Ryanair claim Goss wrote to the airline saying he had no concerns about safety, stating "We will not allow a Ryanair employee to defame our safety on national television just three weeks after he confirmed in writing to Ryanair that he had no concerns with safety and no reason to make any confidential safety report". The airline further say they "look forward to correcting Mr Goss's defamatory claims in court".
Channel 4 have previously stated an intent to defend the legal action against them.''',
    quotes=[
        Q('"so-called safety petition"', None, "Ryanair"),
        Q('"manifestly inaccurate and factually untrue"', None, "Ryanair"),
        Q('"threats and bullying"', None, None),
        Q('"[lacking] any independence', 'or reliability"', "Ryanair"),
        Q('"based on nothing more', 'Pilot Group"', "Ryanair"),
        Q('"We will not allow', 'safety report"', "Ryanair"),
        Q('"look forward to correcting', 'in court"', "Ryanair"),
    ],
    aliases={"Ryanair": ["Irish budget airline Ryanair", "The airline", "the airline"]},
),
dict(
    id="wn-en-us-climate-report",
    source="https://en.wikinews.org/wiki/U.S._government_report_says_climate_change_is_human-made",
    license=LIC, retrieved=AMG.format("AMALGUM_news_emissions") + " (the closing mark of Duffy's quotation, tokenized as an opening mark onto the start of the next sentence, attached to its word; the copy's unclosed inner quotation in Shah's statement, 'report...]' in Fahey's and 'form the Paris Climate Accords' kept)",
    text='''U.S. government report says climate change is human-made
Monday, November 6, 2017
On Friday, thirteen agencies within the United States government jointly issued the Climate Science Special Report, declaring that roughly 90% of climate change is caused by human activity, most notably the production of carbon dioxide by the burning of fossil fuels. This directly contradicts assertions made by politicians within the administration of the current president, Donald Trump.
The report notes, "It is extremely likely that human influence has been the dominant cause of the observed warming since the mid-20th century[...] For the warming over the last century, there is no convincing alternative explanation supported by the extent of the observational evidence."
Officially, the report was submitted through the Trump Administration's Office of Science and Technology Policy, to which President Trump has not appointed a head. The official response from the rest of the White House, given to the press by White House spokesperson Raj Shah, reads as follows: "The climate has changed and is always changing. As the Climate Science Special Report states, the magnitude of future climate change depends significantly on 'remaining uncertainty in the sensitivity of Earth's climate to [greenhouse gas] emissions[...] In the United States, energy related carbon dioxide emissions have been declining, are expected to remain flat through 2040, and will also continue to decline as a share of world emissions."
The report clocks in at roughly 500 pages and places the human contribution to the increase in the Earth's temperature at 92–123% since 1950. As explained by co-author Katherine Hayhoe, the space over 100% indicates counteraction of forces that have a cooling effect, like sun-blocking dust kicked into the upper atmosphere by volcanoes. Overall, the report calls the past 115 years "the warmest in the history of modern civilization."
The study cites several factors, called "tipping points," that might make global climate change more intense, such as changes in El Niño and other major patterns in ocean currents, the loss of arctic and antarctic ice sheets, and the release of methane, a greenhouse gas, from rotting material as previously permafrozen ground begins to thaw and cites both the wildfires in California and Superstorm Sandy for effects due to global climate change. It predicts one scenario in which ocean levels rise as much as 8 feet (2.4 m) by the year 2100.
Unlike with previous studies on climate change released by U.S. government agencies, said one lead author, David Fahey of the National Oceanic and Atmospheric Administration, the Trump Administration does not appear to have made an effort to block publication of the report or alter the wording describing its scientific findings, though there were some alterations to the description of U.S. policy with respect to the Paris Climate Accords. Fahey remarked, "I'm quite confident to say there has been no political interference in the scientific messages from this report...] Whatever fears we had weren't realized."
Head of the Environmental Protection Agency Scott Pruitt and Secretary of Energy Rick Perry have both said publicly that carbon dioxide does not cause much global warming.
Phil Duffy of the Woods Hole Research Center noted, "This is a federal government report whose contents completely undercut [the Trump Administration's] policies, completely undercut the statements made by senior members of the administration." President Trump has announced plans to withdraw the United States form the Paris Climate Accords, in which participating countries pledge to reduce carbon emissions, and to loosen federal laws regulating fossil fuels.
The Climate Science Special Report is part of the fourth National Climate Assessment, the last of which was in 2014. The National Climate Assessments are required by a law passed by the United States Congress in 1990.''',
    quotes=[
        Q('"It is extremely likely', 'observational evidence."', "Climate Science Special Report"),
        Q('"The climate has changed', 'of world emissions."', "Raj Shah"),
        Q('"the warmest in the history of modern civilization."', None, "Climate Science Special Report"),
        Q('"tipping points,"', None, None),
        Q('"I\'m quite confident', 'weren\'t realized."', "David Fahey"),
        Q('"This is a federal government report', 'the administration."', "Phil Duffy"),
    ],
    aliases={"Climate Science Special Report": ["The report", "the report"],
             "Raj Shah": ["White House spokesperson Raj Shah"],
             "David Fahey": ["Fahey"],
             "Phil Duffy": ["Phil Duffy of the Woods Hole Research Center"]},
),
dict(
    id="wn-en-australia-uranium-india",
    source="https://en.wikinews.org/wiki/Australia_will_not_export_uranium_to_India",
    license=LIC, retrieved=AMG.format("AMALGUM_news_export") + " (section headings kept as lines; the opening mark of Downer's first quotation, a fragment of its own before the paragraph, and that of the ALP press release, tokenized onto the end of the previous sentence, attached to their words; the copy's 'Steve Hadly' and 'IAFA' kept)",
    text='''Australia will not export uranium to India
Friday, March 3, 2006
The Australian foreign minister, Alexander Downer, has confirmed that Australia will not export uranium to India while it is not a signatory of the Nuclear Non-Proliferation Treaty (NPT). The confirmation was prompted by a recently announced agreement between India and the United States involving the sale of civilian nuclear technology.
"Well our policy has developed over many years, going right back to the time of the Fraser Government actually, our policy has been that we would only export uranium to countries that are signatories to the Nuclear Non-Proliferation Treaty," Mr. Downer said in an interview on today's AM radio programme.
Mr. Downer also said that the Australian government was disappointed when India and Pakistan developed nuclear weapons, but supports the new United States deal with India as an attempt to engage with India and "open up their civilian nuclear industry to International Atomic Energy Agency inspectors."
"We've considered very carefully over the last few months the American proposal for this agreement that President Bush has signed with the Indians, and our view about it is that it's a good step forward in what's been a difficult situation," Mr. Downer said.
The Australian Labor Party (ALP) supported the government's stance on exporting uranium to non-NPT countries. "Any future agreement to export to India must be dependent on India becoming a signatory to the Nuclear Non-Proliferation Treaty and the negotiation of a bi-lateral agreement ensuring that Australian uranium is only used for peaceful purposes," they said in a press release.
US-India agreement
The deal between the two countries involves the US supplying civilian nuclear technology to India, in exchange for money and a promise to open some reactors for inspection. India has said it will reclassify 14 of its 22 nuclear reactors as being for power generation only, which will allow the International Atomic Energy Agency (IAFA) to inspect them.
In a press briefing, National Security Advisor Steve Hadly said that the agreement would bring India "into the international non-proliferation mainstream", including "placing its civilian nuclear facilities and programs under IAEA safeguards, and also harmonizing its export control lists with those of the Nuclear Suppliers Group and the Missile Technology Control Regime." The deal stops short of normalising India's nuclear status; however it is not clear that this could occur without a complete renegotiation of the NPT, or an abandonment of nuclear weapons by India.
The director of the IAEA, Mohamed ElBaradei, called India "an important partner in the non-proliferation regime".
Nuclear Non-Proliferation Treaty (NPT)
The NPT permits 5 states to own nuclear weapons: France (signed 1992), the People's Republic of China (1992), the Soviet Union (1968; obligations and rights assumed by Russia), the United Kingdom (1968), and the United States (1968). All other signatories have agreed that they will not seek nuclear weapons technology. 187 sovereign nations are currently signed on to the NPT; however India, Pakistan, and Israel have not. India and Pakistan possess nuclear weapons, and Israel is suspected of possession of nuclear weapons.
Uranium exports
Australia has 30% of the world's available uranium. According to the Uranium Information Centre, from 2000 to 2005 Australia exported 46,600 tonnes of uranium, to the value of over AU$2.1 billion. Australia currently exports to the USA, Japan, South Korea, Spain, France, the United Kingdom, Sweden, Germany, Belgium and Finland. Exports are for electricity generation only, in accordance with the NPT.''',
    quotes=[
        Q('"Well our policy', 'Non-Proliferation Treaty,"', "Alexander Downer"),
        Q('"open up their civilian', 'inspectors."', "Alexander Downer"),
        Q('"We\'ve considered', 'difficult situation,"', "Alexander Downer"),
        Q('"Any future agreement', 'peaceful purposes,"', "Australian Labor Party"),
        Q('"into the international non-proliferation mainstream"', None, "Steve Hadly"),
        Q('"placing its civilian', 'Control Regime."', "Steve Hadly"),
        Q('"an important partner in the non-proliferation regime"', None, "Mohamed ElBaradei"),
    ],
    aliases={"Alexander Downer": ["The Australian foreign minister, Alexander Downer", "Mr. Downer"],
             "Australian Labor Party": ["ALP"],
             "Steve Hadly": ["National Security Advisor Steve Hadly"],
             "Mohamed ElBaradei": ["The director of the IAEA, Mohamed ElBaradei"]},
),
]
