# Hand-annotated English Wikinews articles (GUM corpus copy), part 2. See articles_gum1.py.
GUM = "GUM corpus copy (amir-zeldes/gum _build/src/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-hackers-scientology-website",
    source="https://en.wikinews.org/wiki/Hackers_attack_Church_of_Scientology_website",
    license=LIC, retrieved=GUM.format("GUM_news_hackers"),
    text="""Hackers attack Church of Scientology website
Sunday, January 20, 2008
Wikinews has learned that according to an Internet posting made just over 24 hours ago, the Church of Scientology's website is being attacked by hackers, causing the site to shut down.
The attack was launched on Wednesday by a user labelled "Anonymous", on the website "Insurgency Wiki", a spinoff of 4chan. The "History" section of the site explains, in a satirical fashion, that the incident was prompted by the Church of Scientology's attempts to remove a promotional video featuring Scientologist Tom Cruise from YouTube. Though YouTube is complying with the Church of Scientology's requests to take down the video, other sites such as Gawker.com have stated that they will keep hosting the video.
Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the ongoing conflict involving the Church of Scientology's attempts to remove the Cruise video from the Internet: "Scientology vs. the Internet, part XVII". He characterized the conflict between the Church of Scientology and anonymous posters of the Cruise video as "another small skirmish in a war that Scientology has been waging for almost 15 years, since the early days of newsgroups such as alt.religion.scientology, which posted internal church documents in 1994. Lawsuits have been filed, mailing lists have been shut down, homes of discussion group participants have been raided and their computers seized -- an all-out war."
One poster admitted to being a part of the effort, writing in a blog post "I have myself, as per instructions, loaded up Gigaloader and started bombarding the Scientology homepage. There s [sic] something in the hilarious anarchy of the net that produces these 'events' every now and again." The poster wrote that "Prompted I think by the Tom Cruise video, a new obsession is taking hold on the internet. An insurgency against The Church of Scientology."
"Someone emailed me earlier today talking about a tool a group’s been using to attack the scientology website. It’s an interesting tool, created to overload/create malformed strings and crash a website’s database," said the post by an unknown author on pigmy.
The Church's website is currently unreachable. Some individuals reported that when they are able to reach the site, all they get is a message stating, "The word scientology means search for truth...". As of 15:11 GMT the site was accessible again, but only loads at relatively slow speeds, and by the end of the day Saturday the site was not loading at all.
Posts on the message board for the Scientology-critic site Operation Clambake from Friday theorized that a denial-of-service attack had occurred, and wrote that as of Friday the Scientology.org site was either not loading at all, or loading very slowly. Critics of Scientology at the Internet newsgroup alt.religion.scientology were critical of the attacks to the Church of Scientology website, with one poster writing "How can people look at both sides if one side is gone?"
Traffic to the Scientology website had already increased 18-fold prior to the attack, following increased attention after the Tom Cruise video appeared on the Internet. At that time, one in three visits to the site came from BBC News, and the website increased to number 3 in the company Hitwise UK's Lifestyle-Religion category.""",
    quotes=[
        Q('"Anonymous"', None, None),
        Q('"Insurgency Wiki"', None, None),
        Q('"History"', None, None),
        Q('"Scientology vs. the Internet, part XVII"', None, "Matthew Ingram"),
        Q('"another small skirmish', 'an all-out war."', "Matthew Ingram"),
        Q('"I have myself', 'every now and again."', None),
        Q('"Prompted I think', 'Church of Scientology."', None),
        Q('"Someone emailed me', 'database,"', None),
        Q('"The word scientology', 'truth..."', "Church of Scientology"),
        Q('"How can people look', 'is gone?"', None),
    ],
    aliases={"Matthew Ingram": ["Matthew Ingram of The Globe and Mail"],
             "Church of Scientology": ["The Church's website"]},
),
dict(
    id="wn-en-north-korea-quasi-state-of-war",
    source="https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27",
    license=LIC, retrieved=GUM.format("GUM_news_korea") + "; URL derived from the title (the GUM copy has no sourceURL)",
    text="""North Korea puts military in 'quasi-state of war'
Friday, August 21, 2015
According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency (KCNA), the country's military has been placed on high alert and has been told to prepare a "quasi-state of war". The report comes after North and South Korea exchanged artillery fire yesterday.
"War maniacs of the South Korean puppet military made another grave provocation to the DPRK in the central western sector of the front on Thursday afternoon. They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd pretext that the KPA fired one shell at the south side. Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15 shells fell near KPA civil police posts 250 and 251", said KCNA. "Foolhardy provocation deserves harsh punishment", it added; and, later, "Kim Jong-un issued an order of the supreme commander of the Korean People's Army [KPA] that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations".
Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea that broadcasts anti-Pyongyang propaganda into the North. "Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the enemy's possible counteractions", added KCNA.
No injuries or deaths were reported in the attacks from either side, but South Korea evacuated about 80 people in the town of Yeoncheon after at least one shell landed near the area. The South retaliated by firing dozens of rounds of artillery into the north.
South Korea had recently started to broadcast propaganda from loudspeakers after an 11-year lull. The broadcasts began on August 10 and South Korea says the broadcasts will continue. After the exchange of fire, North Korea stated it would attack any loudspeakers broadcasting propaganda and would respond, militarily, within 48 hours if the broadcasts do not stop.
Both countries have put their militaries on high levels of alert.""",
    quotes=[
        Q("'quasi-state of war'", None, "Korean Central News Agency"),
        Q('"quasi-state of war"', None, "Korean Central News Agency"),
        Q('"War maniacs', 'posts 250 and 251"', "Korean Central News Agency"),
        Q('"Foolhardy provocation', 'harsh punishment"', "Korean Central News Agency"),
        Q('"Kim Jong-un issued', 'surprise operations"', "Korean Central News Agency"),
        Q('"Commanders of the Korean', 'possible counteractions"', "Korean Central News Agency"),
    ],
    aliases={"Korean Central News Agency": ["KCNA", "North Korea's main news agency Korean Central News Agency"]},
),
]
