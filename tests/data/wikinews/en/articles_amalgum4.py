# Hand-annotated English Wikinews articles (AMALGUM corpus copy), part 4. See articles_amalgum1.py.
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-bandit-king-life-term",
    source="https://en.wikinews.org/wiki/China%27s_%27Bandit_King%27_given_life_term_in_%27massive%27_bribery_case",
    license=LIC, retrieved=AMG.format("AMALGUM_news_bribery") + "; a bold pull quote (no quotation marks) dropped with the captions",
    text="""China's 'Bandit King' given life term in 'massive' bribery case
Saturday, May 19, 2012
Lai Changxing, dubbed the Bandit King, has been given a life sentence for years of smuggling and corruption that added up to billions of US dollars or Pounds sterling. The Chinese court described the values as "massive".
Lai smuggled goods worth more than £2 billion into Xiamen, bypassing more than £1 billion in import duty. He paid 64 local officials a total of almost £4 million in bribes, giving him effective control of the city from 1995 to 1999. He fled China after becoming a wanted man in 1999 and went to Canada via Hong Kong; the following year, Premier Zhu Rongji said "If Lai was executed three times over, it would not be too much".
As head of the Yuanhua Group, Lai smuggled in cars, chemicals, oil, cigarettes, and other goods. He distributed bundles of cash to the poor, owned and played for his local football team, built stadia, owned a bulletproof Mercedes that once belonged to President Jiang Zemin, and attempted to construct a tower that would have been the nation's tallest building. He attained local popularity for funding construction projects including schools, hundreds of tower blocks, and the local airport.
As well as money, officials were offered alcohol and prostitutes. Many were offered time at Lai's seven-storey brothel, the Red Mansion, and feasted at a replica of the Forbidden City.
State TV has broadcast footage depicting a banquet table with a tiger skin laid upon it, cars given to officials, a young woman alleged to have been donated as a lover, and a sackful of gold rings. The case's prominence was such that Liu Liying, boss of the national Central Discipline Inspection Committee, took charge of bringing Lai down.
Subsequent investigations have examined more than 1,000 suspects with police at one stage turning over an entire hotel to the probe, filling rooms with suspects. National newspaper The People's Daily has suggested it is the most serious economic crime in modern Chinese history. He was the nation's top car importer and one of the main traders in oil and imported cigarettes.
Hundreds of officials have been convicted and it is estimated hundreds more remain. Fellow life-sentence prisoners from the case include the city's deputy mayor and its head of customs. The nation's former vice-minister for security, Li Jizhou, has a suspended death sentence. Other suspects have killed themselves.
Upon his escape from the nation Lai became China's most-wanted fugitive. Twelve years of negotiations ended with a Chinese promise Lai would be spared the death penalty, and Canada extradited him last year. Numerous lower-ranking members of Lai's empire have already been given life imprisonment or death sentences. With execution off the table, the court gave Lai the highest sentence possible: in addition to the life term, he received fifteen years for bribery and had all his possessions confiscated.
The court justified the "double sentence" on the grounds "the sums involved are unusually large, and the details are extraordinarily serious". "The crimes involve massive sums and particularly serious circumstances," court officials told Xinhua. Lai had denied corruption at his trial, although he accepted exploiting loopholes to avoid import duty.
"I don't have a good family background," Lai said previously in a press interview. "I have to do things step by step by myself. That's how people came to respect me. I never fussed about big money." Lai was born as one of eight siblings in the midst of famine.""",
    quotes=[
        Q("'Bandit King'", None, None),
        Q("'massive'", None, "Chinese court"),
        Q('"massive"', None, "Chinese court"),
        Q('"If Lai was executed', 'be too much"', "Zhu Rongji"),
        Q('"double sentence"', None, None),
        Q('"the sums involved', 'extraordinarily serious"', "Chinese court"),
        Q('"The crimes involve', 'serious circumstances,"', "Chinese court"),
        Q('"I don\'t have a good', 'family background,"', "Lai Changxing"),
        Q('"I have to do things', 'about big money."', "Lai Changxing"),
    ],
    aliases={"Chinese court": ["The Chinese court", "The court", "court officials"],
             "Zhu Rongji": ["Premier Zhu Rongji"],
             "Lai Changxing": ["Lai"]},
),
]
