# Held-out English Wikinews articles (tests/data/heldout10-en.jsonl), continued; same source and
# conventions as heldout10_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-gaza-deadly-day-july-2014",
    source="https://en.wikinews.org/wiki/Thirteen_Israeli_soldiers%2C_scores_of_Palestinians_killed_in_deadly_day_of_fighting_in_Gaza_Strip",
    license=LIC, retrieved=AMG.format("AMALGUM_news_palestinians") + " (the copy's 'a identification card', 'A anonymous' and 'civilians[...]' / 'Gaza[...]' written without a space, as tokenized, kept)",
    text='''Thirteen Israeli soldiers, scores of Palestinians killed in deadly day of fighting in Gaza Strip
Tuesday, July 22, 2014
On Sunday, in the deadliest day of fighting for the Israeli military in several years, thirteen Israeli soldiers were reported killed in the Gaza Strip. Over 500 deaths of Palestinians have been reported in the Gaza Strip in the now-fourteen days of Israel's offensive against Hamas.
Over 67 deaths of Palestinians on Sunday, by one report well over 100 — both civilians and fighters combined — occurred in one area, the Gaza City suburb of Shujai'iya, following heavy fighting and shelling by Israeli forces.
Meanwhile, thirteen Israeli soldiers were killed Sunday, including two soldiers who were United States citizens. Furthermore, the armed wing of Hamas claimed in a statement, "We have captured a Zionist soldier and the occupation has not admitted that", and displaying a identification card and a serial number. The IDF is investigating the claim. A anonymous senior Israeli military source told The Guardian in regards to Hamas fighters, "We have to admit we were facing good fighters, very well equipped with sophisticated weapons systems, accurate weapons, heavy weapons including mortars, booby traps."
All this occurred while a United Nations Security Council meeting was held in New York City at the request of Jordan. Speaking to reporters after the meeting, Rwanda's UN ambassador Eugene Gasana said, "The members of the Security Council expressed serious concern about the growing number of casualties. The members of the Security Council called for an immediate cessation of hostilities". Gasana continued saying, "The members of the Security Council called for respect of international humanitarian law including protection of civilians[...] The members of the Security Council emphasized the need to improve the humanitarian situation, including through humanitarian pauses."
United Nations Secretary-General Ban Ki-moon, who is in Doha, Qatar meeting with Qatar's Emir Sheikh Tamim bin Hamad al-Thani and Palestinian President Mahmoud Abbas, said in a statement, "As I travel the region, I will continue to press for an [immediate] ceasefire — an immediate end to the Israeli military operation in Gaza and the rocket fire by Hamas and Islamic Jihad". Ban criticized Israel for the civilian death toll saying, “While I was en route to Doha, dozens more civilians, including children, have been killed in Israeli military strikes in the Shejaiyah neighborhood in Gaza[...] I condemn this atrocious action. Israel must exercise maximum restraint and do far more to protect civilians.”
In response, Israeli Prime Minister Benjamin Netanyahu said in press conference, "We will continue this operation for as long as it takes." Netanyahu also appeared on CNN saying Hamas uses civilians as human shields; "They use telegenically dead Palestinians for their cause. They want the more dead, the better". He further added, "We try to target military targets and unfortunately there are civilian casualties which we regret and we don't seek".''',
    quotes=[
        Q('"We have captured a Zionist soldier', 'admitted that"', "armed wing of Hamas"),
        Q('"We have to admit', 'booby traps."', None),
        Q('"The members of the Security Council expressed', 'cessation of hostilities"', "Eugene Gasana"),
        Q('"The members of the Security Council called for respect', 'humanitarian pauses."', "Eugene Gasana"),
        Q('"As I travel the region', 'and Islamic Jihad"', "Ban Ki-moon"),
        Q('“While I was en route', 'to protect civilians.”', "Ban Ki-moon"),
        Q('"We will continue this operation', 'as it takes."', "Benjamin Netanyahu"),
        Q('"They use telegenically', 'the better"', "Benjamin Netanyahu"),
        Q('"We try to target', 'don\'t seek"', "Benjamin Netanyahu"),
    ],
    aliases={"armed wing of Hamas": ["the armed wing of Hamas"],
             "Eugene Gasana": ["Rwanda's UN ambassador Eugene Gasana", "Gasana"],
             "Ban Ki-moon": ["United Nations Secretary-General Ban Ki-moon", "Ban"],
             "Benjamin Netanyahu": ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]},
),
dict(
    id="wn-en-merkel-georgia-nato",
    source="https://en.wikinews.org/wiki/Merkel%3A_Georgia_will_join_NATO",
    license=LIC, retrieved=AMG.format("AMALGUM_news_nato") + " (the copy's ',\".' after the Defence Ministry spokesman's words kept)",
    text='''Merkel: Georgia will join NATO
Sunday, August 17, 2008
"Georgia will become a NATO member if it wants to, and it does want to," German Chancellor Angela Merkel said in an apparent change in Germany's position during her Sunday visit to Tbilisi, Georgia. Merkel's statement of support for Georgia's NATO membership was one of the strongest yet. Tbilisi's bid to join NATO is fiercely opposed by Moscow.
During her meeting with Georgian President Mikheil Saakashvili, Merkel stated that Georgia's territorial integrity and its independence have to be respected. After the meeting Merkel said she expected a 'very prompt' withdrawal of Russian forces from Georgia.
In a telephone conversation with French president Nicolas Sarkozy on Sunday, Russian president Dmitry Medvedev declared that Russian troops would start their pullout from Georgia on Monday. Medvedev explained that Russian troops would be withdrawing to a buffer zone and then to the breakaway province of South Ossetia. It remains unclear how long the withdrawal will take. Sarkozy warned Medvedev on Sunday of serious consequences and damage to the Russian relations with the EU, if Russia failed to fully implement the peace plan it signed. Earlier this week, Britain's Foreign Secretary David Miliband stated that the EU should reassess its relations with Russia after its aggressive actions in Georgia.
A Russian lawmaker has compared the situation in Georgia to Iraq and the U.S. presence there. Konstantin Kosachev, chair of the Russian parliament's security committee told reporters when asked about the withdrawal plan: "If I would ask you in response to the same question how fast the American forces can leave Iraq, for example, the answer would be as soon as we have guarantees for peace and security there."
At the same time, according to Georgian sources, the Russian troops were occupying 13 Georgian villages, pushing the border of Abkhazia into Georgia proper. Russia's Defence Ministry spokesman denied the report, saying that "Russian peacekeepers have been given no orders to move to these populated areas,". There have also been reports of Russian helicopters setting fire to Georgian National Park near Borzhomi. The Russian Defence Ministry's spokesman expressed his surprise and declared that Russian troops were ready to provide assistance in extinguishing the fire if Georgia made an official request. "It is understandable to us that the Georgian authorities are ready to blame the Russian side for any natural disasters on the territory of Georgia," he said.
Russian troops are still occupying the key towns of Gori, north of Tbilisi, and Senako in the west of Georgia. Far from pulling out, Russian military units are entrenching themselves in new positions deeper into Georgia, according to Daily Telegraph. They have also blown up a strategic Georgian Kaspi railway bridge on the main line connecting the country to its neighbours, essentially severing the last route for freight and trade after Russian soldiers also took control of the Georgian main east-west highway.''',
    quotes=[
        Q('"Georgia will become a NATO member', 'does want to,"', "Angela Merkel"),
        Q("'very prompt'", None, "Angela Merkel"),
        Q('"If I would ask you', 'security there."', "Konstantin Kosachev"),
        Q('"Russian peacekeepers', 'populated areas,"', "Russia's Defence Ministry"),
        Q('"It is understandable to us', 'territory of Georgia,"', "Russia's Defence Ministry"),
    ],
    aliases={"Angela Merkel": ["German Chancellor Angela Merkel", "Merkel"],
             "Konstantin Kosachev": ["chair of the Russian parliament's security committee"],
             "Russia's Defence Ministry": ["The Russian Defence Ministry"]},
),
dict(
    id="wn-en-petraeus-marja-initial-operation",
    source="https://en.wikinews.org/wiki/General_Petraeus%3A_Fight_for_Afghan_town_Marja_is_%27just_the_initial_operation%27",
    license=LIC, retrieved=AMG.format("AMALGUM_news_marja") + " (a quote box repeating Petraeus' words without quotation marks, with its attribution line, dropped; the opening marks of Petraeus' 'I served ...' and Powell's 'I hope ...', tokenized onto the end of the previous sentence, attached to their words (H14); the copy's 'Petraus', 'saying stating', 'exerpeinced' and curly apostrophes kept)",
    text='''General Petraeus: Fight for Afghan town Marja is 'just the initial operation'
Tuesday, February 23, 2010
General David Petraeus, the U.S. general who oversees the war in Afghanistan, says the fight for the southern town of Marja — called Operation Moshtarak — is just the first operation in a long campaign.
Petraeus says the battle of Marja is just the beginning. "This is just the initial operation of what will be a 12- to 18-month campaign, as General [Stanley] McChrystal and his team have mapped it out," he said.
During an appearance on NBC's Meet the Press, Petraeus said the enemy is formidable. He did not predict how long the operation in Marja, a traditional Taliban stronghold, would continue. He said only that the fighting is tough. "When we go on the offensive, when we take away sanctuaries and safe havens from the Taliban and the other extremist elements that we and our Afghan and coalition partners are fighting in that country, they are going to fight back. And we are seeing that in Marjah. We will see that in other areas," he said.
The general spoke from Tampa, Florida, where he heads the U.S. Central Command, which is responsible for military operations in both Afghanistan and Iraq.
He noted the difficulties encountered in Iraq when former President George W. Bush sent in additional troops in what was called a "surge." Petraeus was asked if, once again, Americans should prepare for significant losses. "They will be tough. They were tough in Iraq. Look, I have repeatedly said these types of efforts are hard and they are hard all the time. I do not use words like optimistic or pessimist. I use realist. And the reality is it is hard, but we are there for a very important reason and we cannot forget that," he said.
So far, 12 NATO troops have died in the offensive. Three others were reported killed in separate, unrelated incidents in southern and eastern Afghanistan. Operation Moshtarak is the largest military action against insurgents since the War in Afghanistan began in 2001 by the United States invasion of the country.
Petraus was also asked about the military's controversial "don't ask, don't tell" policy, which President Barack Obama has pledged to end. While refusing to comment directly on the policy, Petraus responded by saying stating that he hadn't exerpeinced any problems with gays and lesbians in the military in the past. "I served, in fact, in combat with individuals who were gay and who were lesbian in combat situations and, frankly, you know, over time you said, ‘Hey, how’s this guy’s shooting?’ Or, ‘How is her analysis?’ or what have you," he said.
The general also noted his opposition to torture saying, "Whenever we have, perhaps, taken expedient measures, they have turned around and bitten us in the backside." He added, "We end up paying a price for it ultimately. Abu Ghraib and other situations like that are non-biodegradable. They don’t go away. The enemy continues to beat you with them like a stick."
Meanwhile, the Obama administration's Afghanistan strategy got a vote of confidence Sunday from retired General Colin Powell, who served as President Bush's Secretary of State during his first term in office.
Powell said it is a good, comprehensive plan. But at the same time, he acknowledged he has concerns about whether or not the Afghan government can follow-up once the NATO operation pushes the Taliban out. "I hope their capability will increase. The Afghan National Army is improved but clearly not up to U.S. standards yet. And the police force - they have a lot to prove, they do not yet have the confidence of the people," he said.
Powell was interviewed on the CBS television program Face the Nation.''',
    quotes=[
        Q("'just the initial operation'", None, "David Petraeus"),
        Q('"This is just the initial operation', 'mapped it out,"', "David Petraeus"),
        Q('"When we go on the offensive', 'in other areas,"', "David Petraeus"),
        Q('"surge."', None, None),
        Q('"They will be tough.', 'cannot forget that,"', "David Petraeus"),
        Q('"don\'t ask, don\'t tell"', None, None),
        Q('"I served, in fact', 'or what have you,"', "David Petraeus"),
        Q('"Whenever we have', 'in the backside."', "David Petraeus"),
        Q('"We end up paying', 'like a stick."', "David Petraeus"),
        Q('"I hope their capability', 'of the people,"', "Colin Powell"),
    ],
    aliases={"David Petraeus": ["General David Petraeus", "General Petraeus", "Petraeus", "Petraus", "The general"],
             "Colin Powell": ["retired General Colin Powell", "Powell"]},
),
dict(
    id="wn-en-divi-divi-pilot-dies",
    source="https://en.wikinews.org/wiki/British_pilot_dies_in_plane_crash%3B_nine_passengers_survive",
    license=LIC, retrieved=AMG.format("AMALGUM_news_passengers") + " (an image file link dropped; the copy's curly apostrophe in 'I’ve' and 'engines…so' kept)",
    text='''British pilot dies in plane crash; nine passengers survive
Sunday, October 25, 2009
A British pilot has died in a plane crash in the Caribbean Sea but managed to help save the lives of the nine passengers on the plane. Robert Mansell, aged 32, was a pilot who lived in the village of Knowle in the West Midlands of England. He had previously worked with Windward Islands Airways but was flying planes for Divi Divi Air at the time of his death.
At 0930 local time, Mansell was flying with his nine passengers between the Caribbean islands of Curaçao and Bonaire when the right engine of his Britten-Norman Islander light aircraft failed. At this time the height above sea level was roughly 3,500 feet. The pilot made a mayday call. It has emerged that the last words that he said on the transmission were: "I’ve lost control of one of my engines…so long." The aircraft then crashed into the Caribbean Sea.
The passengers — seven of them local, two of them tourists from the Netherlands — managed to escape from the plane and were rescued by services in the area. The impact of the crash caused the pilot and several passengers to lose consciousness, however the passengers managed to recover and escape, suffering only minor head injuries.
Two passengers tried to rescue the pilot as the plane was beginning to sink and Robert was still unconscious. However, the crash had damaged the safety harness attached to the pilot, and the passengers were unable to free him. They were left with no choice but to escape through the plane door when they noticed that it was beginning to sink. The body of Mansell has yet to be found but the Foreign and Commonwealth Office has now confirmed that he died on Wednesday, with a spokesperson for them saying: "We are aware of the death of a British national in a plane crash near Curaçao."
"He's a hero," said Simon Janzen from Divi Divi Air. "All the passengers survived and he is the only one missing. If he wasn't a good pilot, he couldn't have ditched it so everyone could be saved. Other pilots wouldn't have known what to do but he landed the aircraft so that everyone could get out safely."
Robert Mansell's father Roger expressed his disapproval. "I am furious," commented Roger. "If you have nine people on board and a plane is overloaded and a problem develops, it becomes much harder to fix." Roger said that Robert had repeatedly explained to him problems about overloading, as the weight of the luggage and the passengers was not checked properly. Roger continued: "He was a wonderful son and a hero. Quite how he managed to bring the plane down in the water like that without it breaking apart is beyond me. It is a miracle that the passengers survived."
In response to the allegations made, Germaine Richie who is the owner of Divi Divi Air, made a comment saying: "We reject any allegations that we are overloading planes and putting safety at risk."''',
    quotes=[
        Q('"I’ve lost control', 'so long."', "Robert Mansell"),
        Q('"We are aware of the death', 'near Curaçao."', "Foreign and Commonwealth Office"),
        Q('"He\'s a hero,"', None, "Simon Janzen"),
        Q('"All the passengers survived', 'out safely."', "Simon Janzen"),
        Q('"I am furious,"', None, "Roger"),
        Q('"If you have nine people', 'harder to fix."', "Roger"),
        Q('"He was a wonderful son', 'passengers survived."', "Roger"),
        Q('"We reject any allegations', 'safety at risk."', "Germaine Richie"),
    ],
    aliases={"Robert Mansell": ["Mansell", "Robert", "The pilot"],
             "Foreign and Commonwealth Office": ["the Foreign and Commonwealth Office"],
             "Simon Janzen": [],
             "Roger": ["Robert Mansell's father Roger"],
             "Germaine Richie": ["the owner of Divi Divi Air"]},
),
dict(
    id="wn-en-london-pride-2018-protest",
    source="https://en.wikinews.org/wiki/London_Pride_organisers_apologise_after_protestors_interrupt_parade",
    license=LIC, retrieved=AMG.format("AMALGUM_news_pride") + " (the closing gallery of image credits dropped)",
    text='''London Pride organisers apologise after protestors interrupt parade
Wednesday, July 11, 2018
On Sunday, Pride in London organisers issued a public apology via their website condemning an unregistered lesbian protest group as "transphobic, hateful protestors who blocked the Pride". The annual lesbian, gay, transgender and bisexual (LGBT) Pride in the English capital ended with roughly 30 thousand people participating in this year's parade, organisers said.
A group of lesbians called "Get the L Out" protested in the parade with signs reading "Transactivism erases lesbians", "Lesbian Not Queer" and "Lesbian = Female homosexual". The group distributed leaflets which read, "The trans movement with the complicity of 'queer' LGBT politics is coercing lesbians to have sex with men. [...] We stand for the rights of lesbians to choose their sexual partners on the basis of their sex not their 'gender identity' [...] We condemn any pressure on lesbians [...] if they refuse so called 'transwomen' as potential sex partners".
Pride in London organisers in their official statement said, "The protest group showed a level of bigotry, ignorance and hate that is unacceptable. We reject what this group stands for. They do not share our values, which are about inclusion and respect and support for the most marginalised parts of our community."
The organisers called the "Get the L Out" group "transphobic". The group was not expelled from the pride as they did not commit a criminal offence, organisers said. By later report, Metropolitan Police allegedly refused to remove the "Get the L Out" group. On Twitter, to counter the group, the hashtag of "#LwiththeT" surfaced. Board member of TransPALS Patricia Curtis condemned the "hijack" of the Pride parade.
Condemning the incident, President of European Pride Organisers Association Kristine Garina said, "The Pride movement was begun by trans people and trans people must always be welcome at Pride". Garina continued, "Hate has no place at Pride, and we stand with the organisers who have promised to review what happened to try and ensure it cannot happen again."
This year's theme was "Pride Matters". Saturday's parade started at Portland Place at noon and ended at Whitehall, the BBC reported, with 30 thousand people participating in the march from 472 organisations. London mayor Sadiq Khan also participated in the pride parade. "In London, you're free to be who you are and you're free to love who you want to love, and it's really important we're never complacent", Khan said.''',
    quotes=[
        Q('"transphobic, hateful', 'blocked the Pride"', "Pride in London"),
        Q('"Get the L Out"', None, None, 0),
        Q('"Transactivism erases lesbians"', None, None),
        Q('"Lesbian Not Queer"', None, None),
        Q('"Lesbian = Female homosexual"', None, None),
        Q('"The trans movement', 'potential sex partners"', "Get the L Out"),
        Q('"The protest group showed', 'of our community."', "Pride in London"),
        Q('"Get the L Out"', None, None, 1),
        Q('"transphobic"', None, "Pride in London"),
        Q('"Get the L Out"', None, None, 2),
        Q('"#LwiththeT"', None, None),
        Q('"hijack"', None, "Patricia Curtis"),
        Q('"The Pride movement', 'welcome at Pride"', "Kristine Garina"),
        Q('"Hate has no place', 'happen again."', "Kristine Garina"),
        Q('"Pride Matters"', None, None),
        Q('"In London, you\'re free', 'never complacent"', "Sadiq Khan"),
    ],
    aliases={"Pride in London": ["Pride in London organisers", "The organisers"],
             "Get the L Out": ["The group"],
             "Patricia Curtis": ["Board member of TransPALS Patricia Curtis"],
             "Kristine Garina": ["President of European Pride Organisers Association Kristine Garina", "Garina"],
             "Sadiq Khan": ["London mayor Sadiq Khan", "Khan"]},
),
]
