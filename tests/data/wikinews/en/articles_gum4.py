# Hand-annotated English Wikinews articles (GUM corpus copy), part 4. See articles_gum1.py.
GUM = "GUM corpus copy (amir-zeldes/gum _build/src/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-ozone-warming-crops",
    source="https://en.wikinews.org/wiki/Scientists_analyse_effects_of_global_warming,_atmospheric_ozone_on_crops",
    license=LIC, retrieved=GUM.format("GUM_news_warming"),
    text="""Scientists analyse effects of global warming, atmospheric ozone on crops
Monday, July 28, 2014
A research team from the Massachusetts Institute of Technology and Colorado State University of the US and the University of Sheffield of the UK has analysed effects of global warming and ozone pollution over 2000-2050 on the worldwide production of wheat, rice, maize and soybean. The study was published in journal Nature Climate Change yesterday.
The scientists found reduction of crop yields by 2050 exceeded 10% of 2000 levels, substantially decreasing food security, in all cases examined. Several scenarios were considered because of uncertainty of future levels of ozone pollution. They estimated by 2050, increasing population and changing diet would increase world food needs by 50 percent. As coauthor Colette Heald told The Huffington Post, "The climate projections are quite consistent [...] the future of ozone pollution is very different [...] leading to either offsetting or reinforcing effects [of climate change] on crops". By 2050, undernourishment would increase by either 49 percent or by 27 percent, depending on the scenario.
The study focuses on ozone-temperature covariation: ground-level ozone increases with temperatures. Heald said although temperature and ozone are separately known to impact crop yields, "nobody has looked at these together". Depending on region and crops, the yields may be primarily sensitive to ozone - in the case of wheat - or heat - in the case of maize - alone, providing a local estimation of relative benefits of climate change adaptation versus ozone regulation.
The U.S. Department of Agriculture notes, "Ground-level ozone causes more damage to plants than all other air pollutants combined", highlighting the importance of air quality for agriculture. Results of NCLAN studies, published in a paper by AS Heagle in 1989, show dicot species, such as soybean, cotton, and peanut, lose more yield from ozone than do monocot species such as sorghum, field corn, and winter wheat. The researchers found that ozone pollution caused 46 percent of previously heat-attributed damage to soybean crops.
The model does not include the effect of rising carbon dioxide concentration, which has complex and potentially offsetting impacts on global food supply. The U.S. Environmental Protection Agency says some crops may have higher yields with increased levels of carbon dioxide. However, global warming also increases probability of extreme crops-damaging weather events such as floods, droughts, and extreme temperatures. Climate change affects distribution of weeds, pests, and diseases. Heald noted the findings show pollution reduction is also important. "An air-quality cleanup would improve crop yields [...] Ozone is something that we understand the causes of, and the steps that need to be taken to improve air quality."
As Heald told The Huffington Post, US surface ozone has dropped partly due to the Clean Air Act. "Despite an increase in vehicle miles driven and energy consumption, surface ozone has declined by 25 percent on average across the U.S. from 1980 to 2012 [...] However, the future of ozone air quality in the U.S. and around the world will depend on local emissions, the use of pollution control technology, regulations, and air quality policy."
The study was supported by the Croucher Foundation, US National Science Foundation, and US National Park Service.""",
    quotes=[
        Q('"The climate projections', 'on crops"', "Colette Heald"),
        Q('"nobody has looked at these together"', None, "Colette Heald"),
        Q('"Ground-level ozone causes', 'pollutants combined"', "U.S. Department of Agriculture"),
        Q('"An air-quality cleanup', 'improve air quality."', "Colette Heald"),
        Q('"Despite an increase', 'air quality policy."', "Colette Heald"),
    ],
    aliases={"Colette Heald": ["Heald", "coauthor Colette Heald"],
             "U.S. Department of Agriculture": ["The U.S. Department of Agriculture"]},
),
dict(
    id="wn-en-homeopathy-parents-prosecuted",
    source="https://en.wikinews.org/wiki/Parents_prosecuted_after_homeopathic_treatment_leads_to_daughter%27s_death",
    license=LIC, retrieved=GUM.format("GUM_news_homeopathic") + "; URL derived from the title (the GUM copy has no sourceURL)",
    text="""Parents prosecuted after homeopathic treatment leads to daughter's death
Friday, May 8, 2009
Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing trial for manslaughter by gross negligence for the death of their nine-month-old child, Gloria. She died from infection caused by severe eczema after they shunned effective conventional medical treatments for homeopathy, a form of alternative medicine that has been described as pseudoscience. Articles in peer-reviewed academic journals including Social Science & Medicine have characterized homeopathy as a form of quackery.
Gloria developed severe eczema at the age of four months and the parents were advised to send the child to a skin specialist. Thomas Sam, a practising homeopath, instead decided to treat his daughter himself. His daughter's condition deteriorated, to the point that the baby spent all her energy battling the infections caused by the constant breaking of the skin, leading to severe malnutrition and, eventually, her death. By the end, Gloria's eczema was so severe that her skin broke every time her parents changed her clothes or nappy, and in the words of the Crown prosecutor, Mark Tedeschi, QC, "Gloria spent a lot of the last five months of her life crying, irritable, scratching and the only thing that gave her solace was to suck on her mother's breast." Gloria also became unable to move her legs.
Mr. Tedeschi also told the court that, over the last five months of her life, "Gloria's eczema played a devastating role in her overall health and it is asserted by the Crown that both her parents knew this and discussed it with each other." However, despite their child's severe illness, and her lack of improvement, the Sams continued to shun conventional medical treatment, instead seeking help from other homeopaths and naturopaths. Gloria temporarily improved during the rare times they used conventional treatments, but they soon dropped them in favour of homeopathy, and she consistently worsened.
Allegedly, Thomas' sister pleaded with him to send Gloria to a conventional medical doctor, but he replied "I am not able to do that". The parents are also accused of putting their social life ahead of their child, taking her on a trip to India and leaving her to servants while embarking on a busy social schedule, and giving her homeopathic drops instead of using the prescription creams they had been given.
Gloria was finally taken to the emergency department shortly before her death. By this time, "her skin was weeping, her body malnourished and her corneas melting", according to the Sydney Morning Herald.
Speaking in the parents' defense, Tom Molomby, SC, said that, as the parents came from India, where homeopathy is in common use, they should be declared not guilty due to cultural differences.
Homeopathy is a form of alternative medicine which treats patients with massively diluted forms of substances that, if given to a healthy person undiluted, would cause symptoms similar to the disease. Typical treatments take the dilutions, with ritualised shaking between each step of the dilution, past the level where any molecules of the original substance are likely to remain; for homeopathic treatments to work, basic well-understood concepts in chemistry and physics would have to be wrong. There is no evidence that homeopathy is more effective than placebo for any condition.""",
    quotes=[
        Q('"Gloria spent a lot', "mother's breast.\"", "Mark Tedeschi"),
        Q('"Gloria\'s eczema played', 'with each other."', "Mark Tedeschi"),
        Q('"I am not able to do that"', None, "Thomas Sam"),
        Q('"her skin was weeping', 'corneas melting"', "Sydney Morning Herald"),
    ],
    aliases={"Mark Tedeschi": ["Mr. Tedeschi", "the Crown prosecutor"],
             "Thomas Sam": ["Thomas"],
             "Sydney Morning Herald": ["the Sydney Morning Herald"]},
),
dict(
    id="wn-en-australia-iodine-deficiency",
    source="https://en.wikinews.org/wiki/Australian_children_suffering_from_iodine_deficiency",
    license=LIC, retrieved=GUM.format("GUM_news_iodine"),
    text="""Australian children suffering from iodine deficiency
Thursday, February 23, 2006
Almost half of all Australian primary school children are mild to moderately iodine deficient, researchers say. A new study documenting iodine nutritional status in Australian school children has revealed many are not getting enough iodine - which can lead to mental and growth retardation. The report's authors say iodine deficiency is "the sleeper health issue in Australia", and potentially a very serious one.
The results of the Australian National Iodine Nutrition Study published in the Medical Journal of Australia this week, revealed that children in mainland Australia are borderline iodine deficient. The report has prompted calls for all edible salt to be iodised. They say adding the mineral to salt is the simplest and most effective method of preventing iodine deficiency disorders.
A cross-sectional survey of 1709 schoolchildren - aged 8–10 years, from 88 schools - was carried out in New South Wales, Victoria, South Australia, Western Australia and Queensland, between July 2003 and December 2004. Tasmania was excluded from the study - where an voluntary iodine fortification program using iodised salt in bread, is ongoing.
The authors say the results confirm the existence of inadequate iodine intake in the Australian population. They call for "urgent implementation of mandatory iodisation of all edible salt in Australia." Most iodine in food comes from seafood, milk and iodised salt.
Professor Cres Eastman, Director of the National Iodine Nutrition study, and Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, says it is crucial that children and pregnant women in particular have an adequate intake of iodine. Iodine deficiency can lead to serious health problems including brain damage, stunted growth and deafness.
Professor Eastman says manufacturers could easily remedy the situation by using iodised salt in their products in line with the United States and most European countries. "I suspect they won't do that on a voluntary basis, we've tried so far and haven't succeeded, so we've convinced the Food Standards of Australia and New Zealand | that all salt should be iodised," he said.
The report says the decline in iodine intake appears to be due to changes in the dairy industry, where chlorine-containing sanitisers have replaced iodine-containing sanitisers. Iodine released from these chemicals into milk has been the major source of dietary iodine in Australia for at least four decades, but is now declining. Another contributory factor has been the decreasing consumption of iodised salt used in foods. The report states that few if any food manufacturers use iodised salt in the preparation and manufacture of foods.
Professor Eastman says iodine is added to only 10 per cent of Australian salt in contravention of a World Health Organisation recommendation that all salt be iodised. He says authorities are reacting slowly to his urgent calls for mandatory iodised salt.
"The effects of iodine deficiency are dependent upon how severe it is and when it occurs. So if we go to the pregnant woman, she doesn't get enough iodine, she won't make enough thyroid hormone, and the foetus won't get the amount of thyroid hormone it needs for adequate and proper development of the brain, so you'll then see consequences being loss of IQ, learning difficulties, hearing difficulties and other neurological problems," Professor Eastman said.
"If an infant's not getting enough iodine ... brain development won't be completed and they won't grow normally, and as you get older the problem will be that you will develop a goiter and your thyroid won't function as well as it should, so that may have all sorts of pernicious effects upon normal function in life."
More than two billion people around the world live in areas prone to iodine deficiency, and yet the problem is easily fixed. The World Health Organisation (WHO) recommends that every country should iodise all edible salt. The most well known effects of IDD are visible goiter and cretinism, a condition characterised by severe brain damage occurring in very early life. WHO say Iodine deficiency is the world’s most prevalent, yet easily preventable, cause of brain damage.
Professor Eastman said he is alarmed by what they found. "Pregnant women in Australia are getting about half as much as what they require on a daily basis. So that alarms me, because there's quite serious potential for adverse effects and brain damage in the next generation of children born in this country," he said. "If Iodine deficiency is serious you lose 15 IQ points, on average. There shouldn't be anyone suffering from iodine deficiency in a developed country like Australia."
Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at mandatory guidelines on iodine by the end of the year. She says the issue is complicated and will take time to get right. We need to "make sure there's sufficient iodine added into the food supply, to help those people with a deficiency. But at the other end of the scale we've got to make sure the people who eat a lot of food - we all know the teenage boy who comes home from school and eats a whole loaf of bread - that those people don't get too much and get overdose," Ms Bauchtman said. "One of the reasons that iodine is going down is because people are taking that good healthy eating message and not adding salt during cooking."
Senior researcher Mu Li, of the University of NSW's school of public health, said "it is reasonable to assume that pregnant women and breastfeeding mothers are also iodine deficient, putting the next generation of children born in this country at risk of the neuropsychological consequences of iodine deficiency.\"""",
    quotes=[
        Q('"the sleeper health issue in Australia"', None, "Australian National Iodine Nutrition Study"),
        Q('"urgent implementation', 'salt in Australia."', "Australian National Iodine Nutrition Study"),
        Q('"I suspect they won\'t', 'should be iodised,"', "Cres Eastman"),
        Q('"The effects of iodine', 'neurological problems,"', "Cres Eastman"),
        Q('"If an infant\'s not', 'function in life."', "Cres Eastman"),
        Q('"Pregnant women in Australia', 'in this country,"', "Cres Eastman"),
        Q('"If Iodine deficiency', 'like Australia."', "Cres Eastman"),
        Q('"make sure there\'s', 'get overdose,"', "Lydia Buchtmann"),
        Q('"One of the reasons', 'during cooking."', "Lydia Buchtmann"),
        Q('"it is reasonable', 'iodine deficiency."', "Mu Li"),
    ],
    aliases={"Australian National Iodine Nutrition Study": ["The report's authors", "The authors"],
             "Cres Eastman": ["Professor Cres Eastman", "Professor Eastman"],
             "Lydia Buchtmann": ["Ms Bauchtman"],
             "Mu Li": ["Senior researcher Mu Li"]},
),
dict(
    id="wn-en-environment-canada-document",
    source="https://en.wikinews.org/wiki/Sensitive_Canadian_document_found_on_rainy_streets",
    license=LIC, retrieved=GUM.format("GUM_news_sensitive") + "; Sources list and categories dropped",
    text="""Sensitive Canadian document found on rainy streets
Friday, August 15, 2008
A sensitive Environment Canada document was found wet on an Ottawa street by someone who gave it to the CBC today.
The 131-page document was found on Castlefrank Road in Kanata, Ontario in a rain-stained, tire-marked brown envelope by a passerby.
The document which had the stamp Protected B on every page detailed various security vulnerabilities of the NEMISIS database which is used by officers to track and prosecute environmental law-breakers. If someone were able to shut the system down, or hack inside and delete or corrupt the information, it could affect the prosecution of the lawbreakers.
The database was unveiled in 1999 as the National Enforcement Management Information System and Intelligence System. However, on the document, it referred to the database as National Enforcement and Emergency Management Information System and Intelligence System, adding the words "and Emergency" to the name.
Protection B documents are the second lowest grade of classified government documents. Environment Canada spokesperson Julie Hahn said they apply to letters of complaint, criticism or injury, research or scientific notes and findings that don`t have any conclusion, and Treasury Board letters, agendas and minutes that don`t deal with subjects of national interest.
Environment Minister John Baird has asked government officials how such documents that are supposed to be stored in "approved security cabinets" wound up on the street.
"I'm told two things: that it's neither classified nor secret and that it's stuff that could be available under access to information," Baird said.
Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into the incident.
"We take document security seriously," she said, but refused to give any more details about how the papers came to be on a road.
Paul Dewar, an Ottawa New Democrat MP, said the combined security lapses raise serious questions about the government's ability to secure sensitive documents.
Dewar says that bureaucrats of the Conservative government have complained to him about document security to the point that they can`t share the information with their own colleagues. However, when a government document has been found on the streets, the government then says it wasn't particularly sensitive.
"This government is so consumed with control of information and secrecy yet they don't seem to be able to get the fundamentals right," Dewar said.
The incident is a reminiscent of two other incidents.
In March, a bundle of blueprints for a new headquarters for the military's counterterrorism unit were found stuffed in the trash on a downtown street.
In May, Maxime Bernier was forced to resign as Foreign Affairs minister after it became known that he left sensitive documents at the apartment of his then-girlfriend Julie Couillard who had ties to the Hells Angels biker gang.""",
    quotes=[
        Q('"and Emergency"', None, None),
        Q('"approved security cabinets"', None, "John Baird"),
        Q('"I\'m told two things', 'access to information,"', "John Baird"),
        Q('"We take document security seriously,"', None, "Sujata Raisinghani"),
        Q('"This government is so consumed', 'fundamentals right,"', "Paul Dewar"),
    ],
    aliases={"John Baird": ["Baird", "Environment Minister John Baird"],
             "Sujata Raisinghani": ["Environment Canada spokeswoman Sujata Raisinghani"],
             "Paul Dewar": ["Dewar", "an Ottawa New Democrat MP"]},
),
]
