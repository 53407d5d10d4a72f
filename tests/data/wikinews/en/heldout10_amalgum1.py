# Held-out English Wikinews articles (tests/data/heldout10-en.jsonl), text taken from the AMALGUM
# corpus copy (github.com/gucorpling/amalgum, amalgum_extra/news/xml/AMALGUM_news_*.xml, the
# corpus' extra news part, files m-z, none of whose articles is used in an earlier set), detokenized
# by hand like heldout8_amalgum*.py. Annotated by reading the articles, before whosaid was run on them.
# License of the text: Wikinews, CC BY 2.5. Annotation: this project (see ANNOTATION.md, rules H*).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum_extra/news/xml/{}.xml), detokenized by hand; captions dropped"
LIC = "CC BY 2.5 (Wikinews)"

DOCS = [
dict(
    id="wn-en-mugabe-open-to-talks",
    source="https://en.wikinews.org/wiki/Mugabe_says_he%27s_open_to_talks_with_Zimbabwe_opposition",
    license=LIC, retrieved=AMG.format("AMALGUM_news_mandela"),
    text='''Mugabe says he's open to talks with Zimbabwe opposition
Thursday, June 26, 2008
The day before Zimbabwe's presidential runoff is to be held, President Robert Mugabe says he is open to discussion with the Movement for Democratic Change (MDC), the opposition party that has decided to boycott what they and other African leaders have called a "sham election".
On Wednesday, MDC leader Morgan Tsvangirai had called for pre-election talks on forming a transitional authority. Mugabe, who had previously shown little interest in talks with the opposition, said at a campaign rally, "Should we emerge victorious ... we will be magnanimous and say 'let's sit down and talk,' and talk we shall."
Earlier on Thursday, Tsvangirai said he would not participate in discussion after the election is held. "If the sham election goes ahead and Mugabe elects himself, how can I or the MDC negotiate with him?" Tsvangirai said in an interview with Britain's The Times. "In essence, we'll be negotiating with an illegitimate leader and we won't do that."
Mugabe left the offer for the MDC to either accept or reject, while warning against outside interference from the African Union. "The moment the outside world starts dictating, we will not proceed," he said. Mugabe also said that violence had been committed by his ZANU-PF party as well as Tsvangirai's party, and that the violence must stop.
Deputy Information Minister Bright Matonga later clarified the president's comments. "What the president is saying to the MDC is that 'You are Zimbabweans. We want you to be part of this. We are willing to talk to you but let's finish this first." Matonga did not say how soon after the election the talks would take place.
Many southern African leaders have called for Zimbabwe to postpone the election, but Matonga says to do so would be illegal. "The president has said today that the election will go ahead because to postpone it would violate Zimbabwe's laws and he won't do that," he said.
Tsvangirai had been the only candidate facing Mugabe in the run-off election, before he announced on Sunday that he was withdrawing due to the threat of government-sponsored violence and intimidation against his party. Despite his withdrawal, election officials say his name will remain on the ballot, as they assert he missed the deadline to pull out.
While Tsvangirai fled to the Dutch Embassy for safety, other opposition members fled to the South African Embassy. Many opposition members have questioned South African president Thabo Mbeki's unwillingness to denounce Mugabe. Meanwhile, they welcomed the words of former South African president Nelson Mandela, who yesterday spoke of Zimbabwe's "tragic failure of leadership" at a London fundraiser.
Zimbabwe's government dismissed Mandela's remarks, calling them a result of pressure from Western nations like Britain and the United States. Information Minister Sikhanyiso Ndlovu said, "I am condemning all Westerners for putting pressure on Mandela," while at the same time calling Mandela a "courageous" statesman. Meanwhile, Tsvangirai said his party appreciates Nelson Mandela's criticism. "It is something we cherish," he said.
During his campaign, Tsvangirai has been detained by police a total of five times, and his party's second-in-command, Tendai Biti, was charged with treason and publishing false statements. Biti was today granted bail after paying 1 trillion Zimbabwean dollars (USD$100) and surrendering his passport and the title to his home. He also must report to police twice a week.''',
    quotes=[
        Q('"sham election"', None, "Movement for Democratic Change"),
        Q('"Should we emerge victorious', 'talk we shall."', "Robert Mugabe"),
        Q('"If the sham election', 'negotiate with him?"', "Morgan Tsvangirai"),
        Q('"In essence', 'won\'t do that."', "Morgan Tsvangirai"),
        Q('"The moment the outside world', 'will not proceed,"', "Robert Mugabe"),
        Q('"What the president is saying', 'finish this first."', "Bright Matonga"),
        Q('"The president has said today', 'won\'t do that,"', "Bright Matonga"),
        Q('"tragic failure of leadership"', None, "Nelson Mandela"),
        Q('"I am condemning all Westerners', 'pressure on Mandela,"', "Sikhanyiso Ndlovu"),
        Q('"courageous"', None, "Sikhanyiso Ndlovu"),
        Q('"It is something we cherish,"', None, "Morgan Tsvangirai"),
    ],
    aliases={"Movement for Democratic Change": ["MDC", "the opposition party"],
             "Robert Mugabe": ["President Robert Mugabe", "Mugabe"],
             "Morgan Tsvangirai": ["MDC leader Morgan Tsvangirai", "Tsvangirai"],
             "Bright Matonga": ["Deputy Information Minister Bright Matonga", "Matonga"],
             "Nelson Mandela": ["former South African president Nelson Mandela", "Mandela"],
             "Sikhanyiso Ndlovu": ["Information Minister Sikhanyiso Ndlovu"]},
),
dict(
    id="wn-en-pinar-selek-acquitted",
    source="https://en.wikinews.org/wiki/Istanbul_court_acquits_bomb_accused_Pinar_Selek_for_fourth_time",
    license=LIC, retrieved=AMG.format("AMALGUM_news_selek") + " (a quote box repeating Füsun Demirel's words without quotation marks, with its attribution line, dropped; the copy's 'Demriel' kept)",
    text='''Istanbul court acquits bomb accused Pinar Selek for fourth time
Saturday, December 20, 2014
A court in the Turkish capital Istanbul yesterday cleared exiled academic Pinar Selek of killing seven in a bomb attack in 1998. It is the fourth time the courts have cleared her.
Forensic investigators blamed the explosion, which also injured 127, in the city's Spice Bazaar on an inadvertent gas leak. Selek was arrested two days after the explosion. She spent two years in prison but has been acquitted at each of three trials. Following exonerations in 2006 and 2008 she headed to Europe.
Initially travelling to Germany, Selek, now 43, then headed to France. She is a researcher at the University of Lyon. She resides in Strasbourg and is involved with feminist activism. Selek specialises in the Kurdish people.
In addition to the bombing, Selek was accused of aiding Kurdistan Workers' Party (PKK) militancy. She has been free since the 2000 publication of a report rejecting the bombing claim in favour of a gas leak.
Another acquittal came in 2011. That was set aside the following year and in January 2013 a conviction was substituted with a life sentence. The sentence followed a conviction in which chief judge Vedat Yılmazabdurrahmanoğlu indicated he did not accept the evidence proved a bombing but was outvoted by two fellow judges.
That sentence was cancelled in June this year by the Supreme Court of Appeals. A warrant for her arrest was cancelled in October. Turkey had previously sought extradition from France.
Selek has also refused to identify to police rebels met in the course of research. Defence lawyer Akın Atalay had submitted the evidence did not prove a bombing had occurred, and that the repeated prosecutions violate Turkish and international fair trial standards prohibiting double jeopardy. He was countered by Istanbul public prosecutor Yılmaz Kıstı who earlier this month sought a new life sentence in the case.
The case has attracted supporters of Selek in Turkey and France. They claim the prosecution is politically motivated to prevent her from conducting sociological research. At the start of the appeal in April this year Turkish and French protestors gathered outside the Çağlayan Courthouse, waving banners demanding "Justice for Pinar Selek".
Protestors were there on December 5 when the request for a new life sentence was made. "We have been waiting in front of courtrooms for sixteen years", activist Füsun Demirel told journalists at the protest. "Pınar has resisted this ruthlessness, this injustice, by trying to live as fully as she can."
Also acquitted yesterday was Abdulmecit Ozturk. The court said there was no "exact and convincing" evidence against the pair. Selek has indicated a desire to return to Turkey with her name cleared. "We will be standing guard on her behalf until she returns here", Demriel promised at the December 5 protest.''',
    quotes=[
        Q('"Justice for Pinar Selek"', None, None),
        Q('"We have been waiting', 'sixteen years"', "Füsun Demirel"),
        Q('"Pınar has resisted', 'as she can."', "Füsun Demirel"),
        Q('"exact and convincing"', None, "Istanbul court"),
        Q('"We will be standing guard', 'returns here"', "Füsun Demirel"),
    ],
    aliases={"Füsun Demirel": ["activist Füsun Demirel", "Demriel"],
             "Istanbul court": ["The court", "A court in the Turkish capital Istanbul"]},
),
dict(
    id="wn-en-sadc-mozambique-elections",
    source="https://en.wikinews.org/wiki/SADC_calls_for_transparent_Mozambique_elections",
    license=LIC, retrieved=AMG.format("AMALGUM_news_sadc") + " (the stray closing mark after Nice's unopened sentence 'What the electoral commission always [does] ... electoral observers.' kept and not annotated, H19)",
    text='''SADC calls for transparent Mozambique elections
Thursday, October 22, 2009
The Southern African Development Community (SADC) has said it is calling for a transparent vote in Mozambique's scheduled October 28 general elections. The SADC made the call shortly after dispatching the first group of electoral observers all across Mozambique's provinces.
The observer mission is expected to issue its preliminary report three to five days after the electoral commission releases results. The SADC is expected to send about 120 observers to monitor the election, but so far only 38 are currently working in Mozambique.
"We hope that a legitimate winner emerges from the elections, who has a mandate to govern. We appeal to all Mozambicans to respect the law, and to Mozambique, as a member of SADC, to obey the SADC governance principles," Joao Caholo, the SADC deputy executive secretary, said.
He also announced that the SADC is planning to dispatch teams to the provinces to observe the election in its final stages, all the way up to the day the polls will be held. Caholo stressed that "only the facts verified on the ground, and not just what is said to us, will determine the opinion of the observers."
Felizeberto Nice, director general of the technical secretariat of Mozambique's National Electoral Commission, said that the electoral body is working closely with the SADC observer mission to ensure a peaceful election. "Right now we are just finalizing the last step of our preparation regarding the election [on the] 28th of October. So what we can say is that we have managed to allocate all the voter materials to the capital of the province," Nice said.
He said the electoral body is determined to ensure a credible election. "Right now we are just doing everything according to the law in order to have a kind of [good election]," he said. Nice added electoral officials have been fully trained ahead of the vote, saying that "we have trained very well our staff, including the code of conduct, including all the procedures that they have to do during the election."
Nice expressed confidence the election would be credible. "We think that we are prepared to run this election," he said, denying opposing accusations that previous elections were skewed in favor of the ruling party. What the electoral commission always [does] is that it works according to all procedures, and working with all political parties, and after all the electoral process, we manage to get everything in terms of suggestions, in terms of recommendations, even coming from political parties (and) electoral observers."
According to Nice, electoral body has had success coordinating with local and international observers ahead of the vote. "The electoral commission [...] now is busy working with the different observer missions, Mozambique's election is on October 28 including SADC. And we are working closely with SADC, with the European Union, and I think there is a good relation between the electoral commission and the mission observers."
The SADC is to have 120 observers by the time the elections are held. 38 observers had arrived from Angola, Botswana, Malawi, Mauritius, Namibia, Swaziland, Tanzania and Zambia, with others from South Africa and Zimbabwe also anticipated to attend. The only country within the SADC that is barred from having observers in the polls is Madagascar, which was placed under SADC sanctions after the regional body condemned President Andry Rajoelina's ascension to power, which it claimed was a coup d'état.''',
    quotes=[
        Q('"We hope that a legitimate winner', 'governance principles,"', "Joao Caholo"),
        Q('"only the facts verified', 'of the observers."', "Joao Caholo"),
        Q('"Right now we are just finalizing', 'of the province,"', "Felizeberto Nice"),
        Q('"Right now we are just doing', '[good election],"', "Felizeberto Nice"),
        Q('"we have trained very well', 'during the election."', "Felizeberto Nice"),
        Q('"We think that we are prepared', 'this election,"', "Felizeberto Nice"),
        Q('"The electoral commission [...]', 'the mission observers."', "Felizeberto Nice"),
    ],
    aliases={"Joao Caholo": ["Caholo", "the SADC deputy executive secretary"],
             "Felizeberto Nice": ["Nice"]},
),
]
