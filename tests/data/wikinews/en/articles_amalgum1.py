# Hand-annotated English Wikinews articles, text taken from the AMALGUM corpus copy
# (github.com/gucorpling/amalgum, amalgum/news/xml/AMALGUM_news_*.xml): full Wikinews articles with
# paragraph markup; the copy keeps the article's own quotation marks (straight or curly).
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-annan-kenya-warning",
    source="https://en.wikinews.org/wiki/Former_UN_head_Annan_warns_Kenya_over_future_poll_violence",
    license=LIC, retrieved=AMG.format("AMALGUM_news_annan"),
    text="""Former UN head Annan warns Kenya over future poll violence
Saturday, October 10, 2009
In parting remarks made after a three-day visit to Kenya late on Wednesday, former UN chief Kofi Annan warned that the country risks returning to ethnic clashes if reforms are not implemented.
"My conversations with Kenyans during the last three days have underscored that there is a crisis of confidence in Kenya's political leadership," Annan said. "Only Kenya's politicians can solve that crisis. I urge them to listen to the voices of Kenyans."
Annan said that he had noted some progress on the reform agenda but warned that time was running out.
Politically-fueled ethnic tensions flared up in early 2008 following a disputed presidential election, plunging Kenya into weeks of deadly turmoil.
Flown in to mediate the crisis, Annan led the two sides to a power-sharing agreement that made incumbent candidate Mwai Kibaki president and his rival, Raila Odinga, prime minister. The deal brought an end to the clashes, but has resulted in a bloated coalition government unchallenged by a real political opposition.
As part of the agreement between the two principle rivals, the new government agreed to undergo a far-reaching reform agenda to prevent the tensions from boiling over in the next election. Critics claim that the government has not followed through on its commitments, an accusation the government strongly denies.
“Kenya is already at — or past — the halfway mark between the formation of the Coalition Government and the next electoral cycle. Kenya cannot afford a recurrence of the crisis and violence that engulfed it after the 2007 election. But that is a serious risk if tangible reform is not achieved,” Annan said, warning that the government's term is already halfway expired and the 2012 elections are quickly approaching.
Overshadowing the former UN chief's remarks was a BBC report released on Wednesday that claimed that ethnic groups in the regions most hit by the 2008 violence are now stockpiling guns to prepare for 2012.
The 2008 conflict, the nation's worst since its independence more than 45 years ago, was carried out chiefly by machete-wielding gangs in the slums and in the affected rural areas by tribal militias armed primarily with spears and bows and arrows.
Hassan Omar, vice chairman of the Kenyan National Commission on Human Rights, said that his group has also received reports about groups purchasing firearms but has as yet been unable to independently verify the claims.
"The allegations are becoming more and more credible," Omar said. "The Kenya National Commission [on Human Rights] did have these allegations, and we had not necessarily undertaken the time of investigation or documentation towards proving their existence."
According to the private fears expressed by a senior parliamentary official, another flare-up similar to the 2008 turmoil has the potential to fragment the nation into regional power-centers run by tribal warlords, given the country's current political climate and simmering ethnic tensions.
However, Kenyan cabinet minister William Ruto, a political leader of one of the ethnic groups named by the BBC report for buying the guns, dismissed the claims as rumors. "The people making these allegations should either come forward with substance to their claims, or they should shut up," said Ruto; "I don't think rumor mongering is going to take this country anywhere."
The United States has threatened fifteen senior Kenyan officials with travel bans if the reform process is perceived as continuing to stall.""",
    quotes=[
        Q('"My conversations', 'political leadership,"', "Kofi Annan"),
        Q('"Only Kenya\'s politicians', 'voices of Kenyans."', "Kofi Annan"),
        Q('“Kenya is already', 'is not achieved,”', "Kofi Annan"),
        Q('"The allegations are becoming', 'more credible,"', "Hassan Omar"),
        Q('"The Kenya National Commission', 'their existence."', "Hassan Omar"),
        Q('"The people making', 'should shut up,"', "William Ruto"),
        Q('"I don\'t think rumor', 'country anywhere."', "William Ruto"),
    ],
    aliases={"Kofi Annan": ["Annan", "former UN chief Kofi Annan", "the former UN chief"],
             "Hassan Omar": ["Omar"],
             "William Ruto": ["Ruto", "Kenyan cabinet minister William Ruto"]},
),
]
