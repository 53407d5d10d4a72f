# Held-out English Wikinews articles (tests/data/heldout9-en.jsonl), continued; same source and
# conventions as heldout9_amalgum1.py (AMALGUM amalgum_extra/news/xml, short titles a-l).
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-helen-thomas-retires",
    source="https://en.wikinews.org/wiki/US_White_House_correspondent_Helen_Thomas_retires",
    license=LIC, retrieved=AMG.format("AMALGUM_news_correspondent") + " (the closing mark of Thomas' question to Obama, a fragment of its own, attached to the end of the question)",
    text='''US White House correspondent Helen Thomas retires
Tuesday, June 8, 2010
Veteran White House journalist Helen Thomas, 89, announced her retirement yesterday with immediate effect, ending her fifty-seven year career, amid criticism over controversial remarks.
Thomas has been a correspondent for over fifty years and has covered every president from John F. Kennedy to Obama. Thomas, the daughter of Lebanese immigrants, who blazed a trail for female reporters in politics in the United States, has ended her career after apologizing for saying that Israel should "get the hell out of Palestine."
In retiring, Thomas stated: "I deeply regret my comments I made last week regarding the Israelis and the Palestinians. They do not reflect my heart-felt belief that peace will come to the Middle East only when all parties recognize the need for mutual respect and tolerance. May that day come soon."
Her departure as Hearst Newspaper columnist was announced after she was captured on video saying: "Remember, these people are occupied and it's their land. It's not Germany, it's not Poland," and that Israelis should "get the hell out of Palestine" and "they should go home" to Poland, Germany, the US and "everywhere else."
Rabbi David Nesenoff, an independent filmmaker, said he spoke to Thomas outside the White House on Jewish Heritage Day on May 27. Video of her controversial comments were widely disseminated on the Internet by his website, rabbilive.com, that relaunched last week.
Thomas was absent from Monday's White House briefing. She was dropped by her public speaking agency and a high school commencement address was canceled. The White House Correspondents Association called her remarks "indefensible". The Hearst statement came shortly after White House press secretary Robert Gibbs called her remarks "offensive and reprehensible."
Thomas has been a correspondent for fifty-seven years, she had worked for decades as a White House correspondent for United Press International and became a columnist for the Hearst newspaper chain in recent years. She was the first female officer of the National Press Club, the first female member and president of the White House Correspondents Association, and, in 1975, the first female member of the Gridiron Club.
Thomas did little to hide her views, with her questions to Presidents George W. Bush and Barack Obama and their press secretaries often about the wars in the Middle East. Two weeks ago, she asked Obama, "Mr. President, when are you going to get out of Afghanistan? Why are you continuing to kill and die there? What is the real excuse? And don't give us this Bushism, 'If we don't go there, they'll all come here.'"
Helen Thomas has written five books. During Kennedy's administration, Helen ended all presidential press conferences with a signature "Thank you, Mr. President" and always issued a caveat about her work: "In my career you're only as good as your last story."''',
    quotes=[
        Q('"get the hell out of Palestine."', None, "Helen Thomas"),
        Q('"I deeply regret my comments', 'day come soon."', "Helen Thomas"),
        Q('"Remember, these people are occupied', 'it\'s not Poland,"', "Helen Thomas"),
        Q('"get the hell out of Palestine"', None, "Helen Thomas"),
        Q('"they should go home"', None, "Helen Thomas"),
        Q('"everywhere else."', None, "Helen Thomas"),
        Q('"indefensible"', None, "White House Correspondents Association"),
        Q('"offensive and reprehensible."', None, "Robert Gibbs"),
        Q('"Mr. President, when are you going', 'all come here.\'"', "Helen Thomas"),
        Q('"Thank you, Mr. President"', None, "Helen Thomas"),
        Q('"In my career', 'your last story."', "Helen Thomas"),
    ],
    aliases={"Helen Thomas": ["Thomas", "Helen", "Veteran White House journalist Helen Thomas"],
             "White House Correspondents Association": ["The White House Correspondents Association"],
             "Robert Gibbs": ["White House press secretary Robert Gibbs"]},
),
dict(
    id="wn-en-egypt-protests-internet-shutdown",
    source="https://en.wikinews.org/wiki/Egypt_anti-government_protests_continue%2C_Internet_shut_down",
    license=LIC, retrieved=AMG.format("AMALGUM_news_egypt") + " (the section heading 'Internet shutdown' kept as a line; a 'Have your say' box dropped; the opening mark of the Renesys officer's quotation, a fragment of its own before the paragraph, attached to its word; the copy's curly apostrophes in 'I’ve' and 'it’s' kept)",
    text='''Egypt anti-government protests continue, Internet shut down
Friday, January 28, 2011
Anti-government protestors in Egypt rallying against the rule of president Hosni Mubarak took to the streets for a fourth straight day, demanding the long-time leader step down and complaining of poverty, corruption, and oppression. The demonstrations were supposedly inspired by a popular uprising that saw Tunisian president Zine al-Abidine Ben Ali ousted from office. A national curfew is in effect, but is being ignored by many.
Tens of thousands of people spilled out into streets after Friday prayers today, chanting slogans like "Down, down with Mubarak" and "The people want the regime to fall". At least eighteen people died in the violence between riot police and protestors, with hundreds more wounded. Up to a thousand people have been arrested.
Police responded to protestors by deploying rubber bullets, tear gas, and water cannons. In addition, Mubarak ordered the army out onto the streets to help quell the conflict. He was earlier supposed to make a statement, but hasn't yet done so.
In Cairo, demonstrators targeted the heavily-guarded state broadcasting building, as well as the building of the ruling National Democratic Party, which was set on fire, according to a BBC reporter. In Sinai, armed men took several policemen hostage after seizing a road leading into a nearby town.
Former International Atomic Energy Agency head Mohamed ElBaradei, a prominent opposition figure, was taken into custody by authorities and now under house arrest, The Telegraph reports.
Internet shutdown
Meanwhile, according to media reports and statistics, Egypt has shut down practically all Internet traffic both out of and into the nation, as well as disrupting cellphone usage. A graph by Arbor Networks available on the New York Times website shows an almost vertical drop in overall Egypt internet traffic, starting shortly before four o'clock in the afternoon with over 2.5 million megabits per second down to almost zero in the space of an hour.
"Almost nobody in Egypt has Internet connectivity, and there are no workarounds. I’ve never seen it happen at this scale," said the chief technology officer for Renesys, a company that tracks Internet traffic. "In a fundamental sense, it’s as if you rewrote the map and they are no longer a country. I never thought it would happen to a country the size and scale of Egypt."
Andrew Noyes, spokesman for Facebook, noted that the social website had seen almost all of its Egypt traffic disappear and there is only a "minimal" amount left. In a statement, Noyes said: "Although the turmoil in Egypt is a matter for the Egyptian people and their government to resolve, limiting Internet access for millions of people is a matter of concern for the global community."
Vodafone announced on its website that "all mobile operators in Egypt have been instructed to suspend services in selected areas. Under Egyptian legislation the authorities have the right to issue such an order and we are obliged to comply with it."''',
    quotes=[
        Q('"Down, down with Mubarak"', None, None),
        Q('"The people want the regime to fall"', None, None),
        Q('"Almost nobody in Egypt', 'at this scale,"', "Renesys"),
        Q('"In a fundamental sense', 'scale of Egypt."', "Renesys"),
        Q('"minimal"', None, "Andrew Noyes"),
        Q('"Although the turmoil in Egypt', 'the global community."', "Andrew Noyes"),
        Q('"all mobile operators in Egypt', 'comply with it."', "Vodafone"),
    ],
    aliases={"Renesys": ["the chief technology officer for Renesys"],
             "Andrew Noyes": ["Noyes", "spokesman for Facebook"]},
),
dict(
    id="wn-en-yemen-embassies-close",
    source="https://en.wikinews.org/wiki/US%2C_UK_embassies_in_Yemen_close_due_to_al-Qaeda_threat",
    license=LIC, retrieved=AMG.format("AMALGUM_news_embassies") + " (a quote box repeating the embassy's message from the body without quotation marks, with its attribution line, dropped; the closing mark of Almasmari's quotation, a fragment of its own, attached to its last word; Brown's quotation runs on from 'sources' to 'Somalia' without punctuation, as in the copy; the copy's 'annouced', 'Americans citizens' and the curly apostrophe in 'Sana’a' in the embassy's message kept; Obama's second quotation repeats the first word for word, as in the copy)",
    text='''US, UK embassies in Yemen close due to al-Qaeda threat
Monday, January 4, 2010
The United States and the United Kingdom closed their embassies in Yemen Sunday, pointing to ongoing terrorist threats. The closures came after the two nations pledged to boost counter-terrorism support to the Yemeni government.
The American embassy's website said the threats come from al-Qaeda in the Arabian Peninsula, the group linked to the failed Christmas Day airplane bombing attempt in the United States. The message in part said, "The U.S. Embassy in Sana’a is closed today, January 3, 2010, in response to ongoing threats by Al-Qaeda in the Arabian Peninsula (AQAP) to attack American interests in Yemen."
Further adding, "On December 31, the U.S. Embassy sent a warden message to Americans citizens in Yemen to remind them of the continuing threat of terrorist actions and violence against American citizens and interests throughout the world. The U.S. Embassy reminds U.S. citizens to maintain a high level of vigilance and to practice enhanced security awareness."
Deputy National Security Advisor for Homeland Security and Counterterrorism John O. Brennan said on CNN's State of the Union with John King, "There are indications that al Qaeda is planning to carry out an attack against a target inside of Sana'a, possibly our embassy." Brennan added, "And what we do is to take every measure possible to ensure the safety of our diplomats and citizens abroad, so the decision was made to close the embassy."
A spokesperson for the British Foreign Office said their embassy would be closed on Sunday and a decision to reopen would be made on Monday.
The closures come a day after U.S. General David Petraeus visited the capital, Sana'a, to discuss security issues with President Ali Abdullah Saleh. The general, who oversees the U.S. wars in Afghanistan and Iraq, recently announced that the United States would more than double its security aid to the impoverished nation.
The United States gave $67 million last year to Yemen, the only country that receives more aid is Pakistan with $112 million, according to the Associated Press.
Yesterday, in his weekly radio address, President Barack Obama linked the suspect in the attempted bombing of Northwest Airlines Flight 253 to al-Qaeda saying, "We know that he traveled to Yemen, a country grappling with crushing poverty and deadly insurgencies. It appears that he joined an affiliate of al-Qaeda, and that this group, al-Qaeda in the Arabian Peninsula, trained him, equipped him with those explosives and directed him to attack that plane headed for America."
Obama annouced, "So, as President, I've made it a priority to strengthen our partnership with the Yemeni government-training and equipping their security forces, sharing intelligence and working with them to strike al-Qaeda terrorists."
Obama said that they had already results prior to the Christmas Day bombing attempt saying, "So, as President, I've made it a priority to strengthen our partnership with the Yemeni government-training and equipping their security forces, sharing intelligence and working with them to strike al-Qaeda terrorists."
Britain has also announced plans to join with the United States in funding a counter-terrorism police unit in Yemen, as well as plans to hold an international conference on Yemeni security later this month.
Earlier today, British Prime Minister Gordon Brown told the BBC, "This is a new type of threat and it is from a new source which is obviously Yemen, but there are many other potential sources Somalia, as well as Afghanistan and Pakistan."
Editor Hakim Almasmari, of the Yemen Post newspaper, thinks the conference might be advantageous if it results in more development projects for rural Yemen. However, he fears what any foreign-backed military attacks could mean.
"Al-Qaeda right now is not very strong," Almasmari said. "Its followers are not more than 400 in all. However, if the U.S. does attack Yemen, al-Qaeda will get stronger and stronger because people who lose their families in the airstrikes will join al-Qaeda not because they want to but because they want revenge against the Americans and the Yemeni government for the attacks."
The situation has gained new urgency as the government in Sana'a finds itself overwhelmed not only by the growing terrorist threat, but also two separate rebellions, one of which has become something of a proxy war, at least in rhetoric, between Iran and Saudi Arabia.
U.S. military experts have warned that vast reaches of the impoverished nation, with its booming population and dwindling resources, could spin permanently out of the government's control.
Militant groups from Somalia said that they would send fighters to help aid al-Qaeda in Yemen. Yemen has vowed to keep foreign extremists out.
The U.S. embassy has faced attacks from the local al-Qaeda group before, with an assault outside its gates in 2008 that left 19 people - civilians and militants - dead.''',
    quotes=[
        Q('"The U.S. Embassy in Sana’a is closed', 'interests in Yemen."', "American embassy"),
        Q('"On December 31, the U.S. Embassy', 'security awareness."', "American embassy"),
        Q('"There are indications', 'possibly our embassy."', "John O. Brennan"),
        Q('"And what we do is', 'close the embassy."', "John O. Brennan"),
        Q('"We know that he traveled', 'headed for America."', "Barack Obama"),
        Q('"So, as President', 'al-Qaeda terrorists."', "Barack Obama"),
        Q('"So, as President', 'al-Qaeda terrorists."', "Barack Obama", 1),
        Q('"This is a new type of threat', 'and Pakistan."', "Gordon Brown"),
        Q('"Al-Qaeda right now is not very strong,"', None, "Hakim Almasmari"),
        Q('"Its followers are not more than 400', 'for the attacks."', "Hakim Almasmari"),
    ],
    aliases={"American embassy": ["The American embassy's website", "The message"],
             "John O. Brennan": ["Brennan"],
             "Barack Obama": ["Obama", "President Barack Obama"],
             "Gordon Brown": ["British Prime Minister Gordon Brown"],
             "Hakim Almasmari": ["Almasmari", "Editor Hakim Almasmari"]},
),
dict(
    id="wn-en-james-gunn-fired-marvel",
    source="https://en.wikinews.org/wiki/US_director_James_Gunn_fired_from_Marvel_Studios_for_decade-old_offensive_tweets",
    license=LIC, retrieved=AMG.format("AMALGUM_news_gunn") + " (the copy's '&amp;' written as '&'; the copy's 'Karen Gillian' kept)",
    text='''US director James Gunn fired from Marvel Studios for decade-old offensive tweets
Monday, July 23, 2018
On Friday, US director and screenwriter James Gunn was fired from work on Guardians of the Galaxy Vol. 3 for Marvel Studios reportedly for his offensive tweets from 2008 to 2011 about, amongst other things, rape and paedophilia.
In a statement, Walt Disney Studios' Chairman Alan Horn said, "The offensive attitudes and statements discovered on James' Twitter feed are indefensible and inconsistent with our studio's values, and we have severed our business relationship with him".
The Walt Disney Company owns Marvel Studios. James Gunn wrote the screenplay and directed Marvel movies Guardians of the Galaxy, released in 2014, and Guardians of the Galaxy Vol. 2, released in 2017. Based on the comic book characters in the Marvel Comics, the movie franchise featured Chris Pratt, Zoe Saldana, Dave Bautista, Karen Gillian as well as Bradley Cooper and Vin Diesel as voice cast for CGI characters. The two movies earned a worldwide box office revenue of about USD 773 million and USD 864 million per Box Office Mojo's statistics. Gunn had been writing the third movie in the franchise reportedly to be released in 2020.
Responding to his firing, James Gunn said, "My words of nearly a decade ago were, at the time, totally failed and unfortunate efforts to be provocative. I have regretted them for many years since — not just because they were stupid, not at all funny, wildly insensitive, and certainly not provocative like I had hoped, but also because they don't reflect the person I am today or have been for some time. Regardless of how much time has passed, I understand and accept the business decisions taken today. Even these many years later, I take full responsibility for the way I conducted myself then."
In one of the old tweets, Gunn wrote, "The best thing about being raped is when you're done being raped and it's like 'whew this feels great, not being raped!'"
Dave Bautista, who portrays Drax the Destroyer in Gunn's Marvel movies, tweeted about Gunn's dismissal saying, "James Gunn is one of the most loving, caring, good natured people I have ever met. He's gentle and kind and cares deeply for people and animals. He's made mistakes. We all have. I'm NOT ok with what's happening to him".
After Gunn was fired, David Dastmalchian, an actor in the latest Marvel Studios movie Ant-Man and the Wasp wrote on Instagram, "i've been saying this FOR YEARS! @jamesgunn is one of the most amazing people I've ever known - both professionally & personally. there are so many people in our lives that we would never have known without the incredible magnet of talent & goodness that is James [...] thanks for making us a part of your family, buddy."''',
    quotes=[
        Q('"The offensive attitudes', 'relationship with him"', "Alan Horn"),
        Q('"My words of nearly a decade ago', 'conducted myself then."', "James Gunn"),
        Q('"The best thing about being raped', 'not being raped!\'"', "James Gunn"),
        Q('"James Gunn is one of the most loving', 'happening to him"', "Dave Bautista"),
        Q('"i\'ve been saying this FOR YEARS!', 'family, buddy."', "David Dastmalchian"),
    ],
    aliases={"Alan Horn": ["Walt Disney Studios' Chairman Alan Horn"],
             "James Gunn": ["Gunn"],
             "Dave Bautista": [],
             "David Dastmalchian": []},
),
dict(
    id="wn-en-lake-albert-refugee-boat",
    source="https://en.wikinews.org/wiki/Congolese_refugee_death_toll_climbs",
    license=LIC, retrieved=AMG.format("AMALGUM_news_congolese") + " (a quote box repeating Mende's statement without quotation marks, with its attribution line, dropped; the copy's curly apostrophe in 'nation’s' kept)",
    text='''Congolese refugee death toll climbs
Saturday, March 29, 2014
The Democratic Republic of Congo (DRC) government has confirmed that at least 251 Congolese refugees died after their boat capsized on Lake Albert on Saturday, en-route from Uganda.
Spokesman for the government, Lambert Mende, made the statement on Thursday: "It is with deep sorrow that we confirm the death of 251 of our compatriots who had boarded the boat from the Ugandan side of Lake Albert".
President Joseph Kabila declared three days of national mourning, which began on Thursday, described by Mende as a display of compassion and solidarity with the people of Congo.
The refugees were reportedly returning to the DRC, leaving Uganda voluntarily.
Mende has claimed this is due to the "poor quality of welcome to which they were subjected," while the United Nations High Commissioner for Refugees (UNHCR) has recently recorded an increase in Congolese refugees spontaneously returning to the DRC, following a military victory over rebels in the nation's east last November.
Tragedy struck the overcrowded vessel, when, as latest reports claim, it was carrying around three hundred people.
Two boats were attempting to cross Lake Albert from the Hoima district on the Ugandan shore.
The waterway is known to be dangerous when the weather is rough, and combined with a lack of life-jackets and a general inability of passengers to swim, incidents like this often lead to high body counts. Days before, a campaign had been launched by the DRC to enforce wearing lifejackets aboard all vessels in the nation’s waterways.
Since Saturday, the death toll has continued to climb, it was initially reported that twenty had died. On Monday, UNHCR received information from authorities that 41 people had been rescued and 98 bodies recovered. This number climbed again by Tuesday – with reports stating 107 had died, including 57 children.
The survivors were taken to the Bundibugyo district, in the north-west of Uganda, where UNHCR and the Ugandan government are providing help, including psycho-social support. Relatives of the deceased are identifying family members at the district hospital.
UNHCR and the Ugandan government are assisting in the transport of the bodies back to the DRC, and have established an information and response point for relatives of the survivors. Julian Paluku, governor of the North Kivu district has said the recovery of bodies will continue.
Reportedly, the refugees had originally fled the DRC after a July 2013 attack on the Kamango region to the east-northeast of the capital, Kinshasa.''',
    quotes=[
        Q('"It is with deep sorrow', 'side of Lake Albert"', "Lambert Mende"),
        Q('"poor quality of welcome', 'were subjected,"', "Lambert Mende"),
    ],
    aliases={"Lambert Mende": ["Mende", "Spokesman for the government"]},
),
]
