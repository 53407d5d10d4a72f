# Held-out English news texts (tests/data/heldout359-en.jsonl), none of them used in an earlier set. English Wikinews
# articles (CC BY 2.5, attribution "Wikinews contributors") from the AMALGUM corpus copy (github.com/gucorpling/amalgum,
# amalgum/news/xml, files whose <word> starts with m to z), detokenized like the heldout3-en to heldout88-en and
# heldout306-en AMALGUM sets: every word, digit, punctuation mark and quotation mark as in the copy, only the spacing
# between tokens restored following ordinary English typography; title = first line, date line = second line, then one
# paragraph per line following the copy's <p> elements, section headings kept as lines. Captions, pull-quote boxes,
# group standings and match-detail tables dropped. Annotated by reading the texts, before whosaid was run on them
# (rules H1895-H1897 in ANNOTATION.md on top of H1-H1894).
AMG = "AMALGUM corpus copy (gucorpling/amalgum amalgum/news/xml/{}.xml), detokenized by hand"
WN = "CC BY 2.5 (Wikinews)"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout359-en.jsonl

Built by `build.py` from `heldout359_pages.py`. Like heldout3-en to heldout20-en, heldout39-en, heldout42-en, heldout82-en,
heldout88-en and heldout306-en, these texts are English Wikinews articles (CC BY 2.5, attribution "Wikinews contributors")
taken from the AMALGUM corpus copy (github.com/gucorpling/amalgum, `amalgum/news/xml/AMALGUM_news_<word>.xml`, files
whose `<word>` starts with a letter from m to z, read with the `read_file` tool), detokenized by hand like those sets:
every word, digit, punctuation mark and quotation mark is as in the copy, only the spacing between tokens was restored
following ordinary English typography (no space before , . ; : ? ! ) 's n't, none after an opening mark or before a
closing one; scores tokenized `1` + `–` + `0` written `1–0`; the copy's `[` `...` `]` written `[...]`). Title = first
line, date line = second line, then one paragraph per line following the copy's `<p>` elements; section headings are
lines of their own. Captions, a bold pull-quote box, group standings and match-detail tables (kick-off, venue,
attendance, referee, goals, cards) were dropped; AMALGUM's own annotations (POS, lemmas, entities) were not used for the
quote annotation. None is credited to AP, Reuters, AFP or another third party. Six texts: four FIFA World Cup 2018
reports with coach quotations (files `mexico`, `poland`, `uruguay`, `morocco`), a 2008 report on Pentagon war costs
(`pentagon`) and a 2008 report on the hijacked Saudi tanker Sirius Star (`saudi`). Read for this set and skipped: `nuclear`
(an interview in question-and-answer form, no quotation marks), `olympic` (no quotation), `rugby` (one scare quote) and
`portugal` (the Euro 2016 final, a single quotation; `build.py` needs two per document); about seventy other guessed
names do not exist in the copy.
None of the six is in an earlier set: checked by AMALGUM file name (`AMALGUM_news_mexico`, `_poland`, `_uruguay`,
`_morocco`, `_pentagon`, `_saudi` in no module of tests/data), by URL, and by the speakers' names and distinctive phrases
(`Osorio`, `Nishino`, `Cherchesov`, `Herve Renard`, `Queiroz`, `no moral victories`, `Nussle`, `very careful
determination`, `Sirius Star`, `Montecer`, `Hinchcliffe`, `Farah Abd`: no hit; `Deschamps` only in heldout15-en's World
Cup semifinal report, another article), grepped in tests/data of the main checkout and of every other helper's worktree,
and by 8-word overlap with every text of tests/data/*.jsonl (see ANNOTATION.md).
The annotation (rules H1895–H1897 in `ANNOTATION.md` on top of H1–H1894) was committed before whosaid was first run on
these texts, so the first score is a blind one (scored once, blind, by the main session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="wn-en-2018-07-05-world-cup-last-16-brazil-belgium",
    source="https://en.wikinews.org/wiki/FIFA_World_Cup_2018_Last_16%3A_Brazil%2C_Belgium_advance_at_expense_of_Mexico%2C_Japan",
    license=WN, retrieved=AMG.format("AMALGUM_news_mexico") + "; the two title fragments joined; section headings kept as lines; the match-detail tables after the last paragraph dropped as navigation (H1897); scores '2' + '–' + '0' written '2–0'",
    text='''FIFA World Cup 2018 Last 16: Brazil, Belgium advance at expense of Mexico, Japan
Thursday, July 5, 2018
On Monday, Brazil defeated Mexico 2–0 and Belgium defeated Japan 3–2 in the FIFA football World Cup in the Last 16 knockout phase. Brazil is now scheduled to play Belgium in the quarter-finals.
Brazil vs Mexico
Brazil faced Mexico in Samara Arena. Mexico had greater ball possession in the match. Before the half-hour mark, Neymar, Thiago Silva, Gabriel Jesus and Philippe Coutinho had attempts for goal but their attempts were blocked or saved by Mexican goalkeeper Guillermo Ochoa. Both sides were tied goalless at the halftime.
In the second half, Brazil opened the scoring in the 51st minute when Neymar scored a close-range shot from Willian's assist. Hirving Lozano and Carlos Vela had their attempts for equalising for Mexico but were unsuccessful. Chicharito was substituted out in the 60th minute. Brazil made two substitutions in the final ten minutes of the 90-minute game, as Fernandinho and Roberto Firmino were substituted in for Paulinho and Coutinho. In the 88th minute, just two minutes after coming on the field, Firmino scored a goal, doubling the lead for Brazil. The South Americans won the match 2–0.
After the match, Mexico's coach Juan Carlos Osorio said, "Being able to play at such a level with a team like Brazil, it shows Mexico is a good team. We just didn't have that extra quality they had in front of goal. We were able to play a balanced game and it says a lot about us and our style. We need to keep developing and we hope our players will come and play in Europe so they can play every weekend against the best clubs in the world, and then our national team will improve."
Belgium v Japan
Belgium faced Japan at the Rostov Arena. Belgium had greater ball possession versus Japan, who were the only Asian team left in the tournament. In the first ten minutes, Japan's Shinji Kagawa and Gen Shoji missed their attempts for goals. Belgium's Axel Witsel, Romelu Lukaku, Kevin De Bruyne, Eden Hazard and Vincent Kompany had attempts to put Belgium in lead but both the sides remained goalless in the first half.
Three minutes in the second half, Genki Haraguchi opened the scoring for Japan, from Gaku Shibasaki's assist. Four minutes later, Takashi Inui scored from Kagawa's assist doubling the lead for Japan. In the 65th minute, Yannick Carrasco was replaced by Nacer Chadli. Four minutes later, Jan Vertonghen scored the first goal for Belgium. Fellaini scored an equaliser in the 74th minute from Hazard's assist. In the injury time, Chadli added the third goal from Thomas Meunier's assist which proved to be the match-winning goal.
After the match, Japan's coach Akira Nishino said, "I am devastated. Yes we took the lead but we couldn't win. It might have been a very small difference but I felt there was nothing in it. Maybe it was my decisions as a coach or my tactics, and we couldn't keep up with Belgium, who upped their game." He added, "I don't want to admit it. I do feel that it was a tragedy but I have to accept the defeat as a fact."''',
    quotes=[
        Q('"Being able to play', 'team will improve."', "Juan Carlos Osorio"),
        Q('"I am devastated.', 'upped their game."', "Akira Nishino"),
        Q('"I don\'t want to admit', 'defeat as a fact."', "Akira Nishino"),
    ],
    aliases={"Juan Carlos Osorio": ["Juan Carlos Osorio", "Mexico's coach Juan Carlos Osorio"],
             "Akira Nishino": ["Akira Nishino", "Japan's coach Akira Nishino"]},
),
dict(
    id="wn-en-2018-06-20-world-cup-day-six-japan-senegal-russia",
    source="https://en.wikinews.org/wiki/FIFA_World_Cup_2018_day_six%3A_Japan%2C_Senegal%2C_Russia_win_three_points",
    license=WN, retrieved=AMG.format("AMALGUM_news_poland") + "; the two title fragments joined; section headings kept as lines (the copy's 'Colombia 1 – 2 Japan' written 'Colombia 1–2 Japan'); the Group H and Group A standings and the match-detail tables after the last paragraph dropped as navigation (H1897); the copy's 'footall' and the Senegal manager's '[...]' kept; 'teams' + \"'\" written \"teams'\"",
    text='''FIFA World Cup 2018 day six: Japan, Senegal, Russia win three points
Wednesday, June 20, 2018
Yesterday, day six of the 2018 FIFA footall World Cup, Japan defeated Colombia 2–1, Poland lost 1–2 against Senegal, and hosts Russia won 3–1 against Egypt.
Group H — Colombia 1–2 Japan
Colombia faced Japan in the first match of Group H at the Mordovia Arena in Saransk. Japan had greater ball possession in the match. In the 3rd minute of the match, Carlos Sánchez Moreno was sent off after he received a red card for a handball in the penalty area. Referee Damir Skomina awarded Japan a penalty kick and Shinji Kagawa scored from the penalty kick, giving Japan an early lead. In the 39th minute, Colombia won a free kick and Juan Quintero scored the free kick, equalising for Colombia. The first half ended with 1–1 on the scoreboard.
Colombian goalkeeper David Ospina saved an attempt by Takashi Inui in the 57th minute. Japan had multiple attempts on goal, and in the 73rd minute, Yuya Osako scored a close-range header from Keisuke Honda's assist, putting Japan in the lead. In the 78th minute, James Rodríguez's attempt to equalise for Colombia was blocked. Osako's goal turned out to be the match-winning goal for Japan as the final time score was 2–1.
This victory meant Japan became the first Asian country to defeat a South American nation at the FIFA World Cup. After the match, Japan's coach Akira Nishino said, "Our players were aggressive from the start and that worked very well for us. This is just one win and three points, so we will save our celebration." Yuya Osako was named Budweiser Man of the Match.
Group H — Poland 1–2 Senegal
Poland faced Senegal at the Spartak Stadium in Moscow for the second group H match. Poland had higher ball possession in the match. In the 12th minute, Poland's Grzegorz Krychowiak was shown a yellow card for a bad foul. In the 36th minute, Jakub Błaszczykowski was injured, causing a delay in the match. A minute later, Thiago Cionek ended up scoring an own goal, giving Senegal a 1–0 lead. Salif Sané's attempt in the 42nd minute to double the lead from a header missed. The first half ended with 1–0 on the scoreboard.
At the beginning of the second half, Błaszczykowski was substituted off for Jan Bednarek due to injury. In the 49th minute, Salif Sané was shown a yellow card for a bad foul as Polish captain Robert Lewandowski won a free kick. At the one-hour mark, M'Baye Niang doubled the lead for Senegal, scoring a goal from a poor back pass by Krychowiak. Arkadiusz Milik missed a close-range shot in the 70th minute. Krychowiak scored a goal from a header in the 86th minute as Poland trailed 1–2. The match ended, with Senegal winning three points in Moscow.
With this victory, Senegal became the first African country to win a match at this year's World Cup. M'Baye Niang won the Budweiser Man of the Match award. After the match, Senegal's manager said, "We managed to control the game tactically and emotionally. This victory means we enter the competition in the best possible way, but we know it will be a difficult match against Japan [...] I guarantee the whole of Africa is supporting us. I get phone calls from everywhere. We are proud to represent Africa."
Group A — Russia 3–1 Egypt
In the last match of the day, hosts Russia faced Egypt at Saint Petersburg. Both sides had almost equal ball possession. Russia started the game with attacking style, with Roman Zobnin, Sergei Ignashevich, Aleksandr Golovin and Denis Cheryshev attempting goals in the first fifteen minutes. Despite both teams' attempts, the first half remained goalless.
Two minutes into the second half, Russia got the lead as Ahmed Fathy scored an own goal. Russia doubled the lead just before the one-hour mark, as Denis Cheryshev scored his third goal of the tournament. Three minutes later, Artem Dzyuba scored from Ilya Kutepov's assist giving the hosts a 3–0 lead. Egypt won a penalty kick in the 72nd minute, as Roman Zobnin brought down Mohamed Salah at the edge of the penalty area. Salah scored from the penalty kick, scoring the first goal for Egypt at the FIFA World Cup since 1990. Amr Warda and Tarek Hamed attempted the goal in the last few minutes of the match. The match ended with Russia winning 3–1 over Egypt.
Russia has now scored eight goals in two matches, winning both. After the match Russia's coach Stanislav Cherchesov said, "It is not an accident that we have two wins under our belt. We have a group of solidarity. We need to rest well and see who is ready to do what and prepare ourselves well for the next game."''',
    quotes=[
        Q('"Our players were', 'save our celebration."', "Akira Nishino"),
        Q('"We managed to control', 'represent Africa."', None),
        Q('"It is not an accident', 'the next game."', "Stanislav Cherchesov"),
    ],
    aliases={"Akira Nishino": ["Akira Nishino", "Japan's coach Akira Nishino"],
             "Stanislav Cherchesov": ["Stanislav Cherchesov", "Russia's coach Stanislav Cherchesov"]},
),
dict(
    id="wn-en-2018-07-03-world-cup-last-16-france-uruguay",
    source="https://en.wikinews.org/wiki/FIFA_World_Cup_2018_Last_16%3A_France%2C_Uruguay_send_Argentina%2C_Portugal_home",
    license=WN, retrieved=AMG.format("AMALGUM_news_uruguay") + "; section headings kept as lines; the match-detail tables after the last paragraph dropped as navigation (H1897); scores '4' + '–' + '3' written '4–3'",
    text='''FIFA World Cup 2018 Last 16: France, Uruguay send Argentina, Portugal home
Tuesday, July 3, 2018
On Saturday, France defeated Argentina 4–3 and Uruguay defeated Portugal 2–1 in the FIFA football World Cup in the Last 16 knockout phase. France is scheduled to play against Uruguay for the quarter-finals.
France v Argentina
France faced Argentina in the first match of the Last 16 at the Kazan Arena. Argentina had greater ball possession. In the 11th minute, France was awarded a penalty kick after Marcos Rojo received a yellow card, bringing down Kylian Mbappé in the penalty area. Antoine Griezmann scored from the penalty giving the French side an early lead. In the 41st minute, Ángel Di María equalised for Argentina from outside the box, assisted by Éver Banega. The first half ended 1–1.
In the second half, Gabriel Mercado scored the second goal for Argentina from Lionel Messi's assist, putting the South Americans in the lead in the 48th minute. France equalised within ten minutes, when Benjamin Pavard scored a goal from outside the penalty area. In the 64th minute, Mbappé scored the third goal for France and four minutes later Mbappé netted the fourth goal, from Olivier Giroud's assist. French midfielder Paul Pogba committed a foul in the injury time and Argentina won a free kick in the defensive half. Sergio Agüero scored the third goal for Argentina from Messi's assist. The match ended with France emerging the winners.
Nineteen-year-old Mbappé became the first teenager to score two goals in the FIFA World Cup tournament since Brazilian Pelé when he achieved the feat in 1958. He was named Budweiser Man of the Match. After the match, French coach Didier Deschamps said, "There is an excellent mentality in this group and we did everything to go further. Since I am responsible for everything, particularly when it doesn't go well, I'm very proud."
After the match, Argentine defender Javier Mascherano announced retirement from international football. Mascherano has played 147 games for the country, which is a national record.
Uruguay v Portugal
Uruguay faced Portugal in the second match of the Last 16 at Sochi. Portuguese captain Cristiano Ronaldo had an attempt for a goal in the 6th minute from Bernardo Silva's assist, but it was saved. A minute later, Uruguayan striker Edinson Cavani scored a header from Luis Suárez's assist, giving the South Americans an early lead. Just before the half-time whistle, Cavani had an opportunity to double the lead from Diego Godín's assist but missed it. The first half ended with Uruguay leading 1–0.
Ten minutes into the second half, Pepe equalised for Portugal, scoring a header from Raphaël Guerreiro's assist. In the 62nd minute, Cavani scored a goal from Rodrigo Bentancur's assist, restoring Uruguay's one-goal advantage. Cavani was later substituted off in the 74th minute due to injury. Ricardo Quaresma's attempt for an equaliser in the injury time was saved and Uruguay won the match 2–1.
After the match, Portugal's coach Fernando Santos said, "In football, there are no moral victories and I would have preferred to play worse and win the match. But I do feel that the second half was very good from us in terms of desire and our determination to score." Cavani was named Budweiser Man of the Match.
France is to play Uruguay in the quarter-final.''',
    quotes=[
        Q('"There is an excellent', "I'm very proud.\"", "Didier Deschamps"),
        Q('"In football, there are', 'determination to score."', "Fernando Santos"),
    ],
    aliases={"Didier Deschamps": ["Didier Deschamps", "French coach Didier Deschamps"],
             "Fernando Santos": ["Fernando Santos", "Portugal's coach Fernando Santos"]},
),
dict(
    id="wn-en-2018-06-21-world-cup-day-seven-portugal-uruguay-spain",
    source="https://en.wikinews.org/wiki/FIFA_World_Cup_2018_day_seven%3A_Portugal%2C_Uruguay%2C_Spain_win_1-0",
    license=WN, retrieved=AMG.format("AMALGUM_news_morocco") + "; the two title fragments joined (the title's '1-0' as in the copy); section headings kept as lines; the Group A and Group B standings and the match-detail tables after the last paragraph dropped as navigation (H1897); the copy's 'footall', 'Morroco's', 'ensue' and 'sports' kept; Carlos Queiroz's two '[...]' kept inside his quotation",
    text='''FIFA World Cup 2018 day seven: Portugal, Uruguay, Spain win 1-0
Thursday, June 21, 2018
Yesterday, day seven of the 2018 FIFA footall World Cup, Portugal defeated Morocco 1–0, Uruguay defeated Saudi Arabia 1–0 and Iran lost 1–0 against Spain with goals from Cristiano Ronaldo, Luis Suárez and Diego Costa respectively. With this victory, Uruguay and hosts Russia have qualified for the Last 16 knockout phase.
Group B — Portugal 1–0 Morocco
Portugal faced Morocco in the first game of the day at Moscow's Luzhniki Stadium. Morocco had better ball possession in the match. Morocco conceded a corner kick early in the first half in the 4th minute. Portugal's captain Cristiano Ronaldo scored a header from João Moutinho's assist, giving Portugal an early lead. In the 9th minute, Ronaldo almost doubled the lead for Portugal, but his shot went wide to the left of the goal. Two minutes later, Morroco's captain Medhi Benatia got a chance to equalise, but his header was blocked. Morocco had multiple attempts to equalise but all missed or were blocked. Benatia was booked in the 40th minute for a bad foul. The first half ended with Portugal leading 1–0.
In the second half, Ronaldo had another chance to double Portugal's lead but his shot missed the target. Though Morocco had several attempts for goal, Portugal's goalkeeper Rui Patricio managed not to let any goals in. The match finished 1–0 as Morocco fell to the bottom of the table, having lost both matches in this tournament and having zero points.
After the match, Morocco's manager Herve Renard said, "We qualified for a World Cup after 20 years and we've showed that we can play football." Ronaldo was named Budweiser Man of the Match. He has scored four goals in this tournament.
Group A — Uruguay 1–0 Saudi Arabia
Uruguay faced Saudi Arabia at the Rostov Arena for the second match of the day. Uruguayan striker Suárez was playing his 100th international match for the country. Saudi Arabia had better ball possession in the match. Uruguay's Edinson Cavani missed a chance to open the scoring, with his left-footed shot going wide above the goal. In the 23rd minute, Suárez scored a close-range shot, assisted by Carlos Andrés Sánchez. Saudi Arabia's Taiseer Al Jassam was substituted just a few minutes before the end of the first half, due to injury.
Uruguay missed out some opportunities to increase their lead in the second half but the first half goal by Suárez was sufficient for the South Americans to ensue three points at Rostov-on-Don.
Suárez was named Budweiser Man of the Match award. He became the first Uruguayan to score goals in three FIFA World Cup tournaments.
With this victory Uruguay and Russia mathematically secured their sports in the knockout phase of the tournament, while Saudi Arabia and Egypt, who are yet to face each other, are out of the competition.
Group B — Iran 0–1 Spain
Iran faced Spain in the last match of the day at the Kazan Arena. Spain had greater ball possession in the match. Spanish defender Gerard Piqué played his 100th international match for the country. In the first half, Gerard Piqué, Isco, David Silva, Dani Carvajal and Spanish captain Sergio Ramos had attempts for the goal as they had the ball for longer duration. Despite multiple attempts, the first half remained goalless.
In the second half, Sergio Busquets' attempt was saved, as Alireza Beiranvand made a double-save. The Spanish side finally got the lead when Diego Costa scored a goal in the 54th minute in the bottom left corner of the goal. Just at the one-hour mark, Mehdi Taremi missed the chance to equalise for Iran. In the 62nd minute, Iran managed to put the ball at the back of the net, but was ruled offside. Iran's Vahid Amiri was booked in the 79th minute for a bad foul. Omid Ebrahimi was also shown a yellow card in the injury time. The match ended with Spain winning three points and finishing at the top spot in the group table.
After the match, Iran's manager Carlos Queiroz said, "We showed that we were ready to suffer and ready to compete [...] There's no doubt Spain play wonderful, stylish football but we deserved more for the way we played. [...] We will learn a lot from this game. If you think of it like tennis, we had one match point today and we will have another against Portugal. Everything is still open. We are still alive and still dreaming." Costa won the Budweiser Man of the Match award.
With Spain's victory, Morocco also missed out the chance to advance to the next phase of the tournament.''',
    quotes=[
        Q('"We qualified for a World Cup', 'can play football."', "Herve Renard"),
        Q('"We showed that we were ready', 'still dreaming."', "Carlos Queiroz"),
    ],
    aliases={"Herve Renard": ["Herve Renard", "Morocco's manager Herve Renard"],
             "Carlos Queiroz": ["Carlos Queiroz", "Iran's manager Carlos Queiroz"]},
),
dict(
    id="wn-en-2008-02-06-lawmakers-question-pentagon-war-costs",
    source="https://en.wikinews.org/wiki/US_lawmakers_to_question_Pentagon_officials_about_war_costs",
    license=WN, retrieved=AMG.format("AMALGUM_news_pentagon") + "; no captions in the copy; in the third paragraph the copy has two marks tagged as closing and none tagged as opening (after 'war on terrorism.' and after 'calendar year,'): the first is written as an opening mark with no space after it (H1895); '$' + '515' written '$515'",
    text='''US lawmakers to question Pentagon officials about war costs
Wednesday, February 6, 2008
In appearances before Congress on Wednesday, Defense Secretary Robert Gates and a top military official are expected to underscore decreased violence in Iraq. But they are likely to face strong questioning from lawmakers about ongoing war costs.
When President George W. Bush's budget for the 2009 fiscal year was sent to Congress this week, Secretary Gates defended the $515 billion request from the Pentagon.
In the overall figure, he noted, are billions of dollars to support U.S. military operations in Iraq and Afghanistan and the administration's global war on terrorism. "A $70 billion emergency bridge fund that would cover war costs into the next calendar year," he said.
The story behind that figure is the ongoing struggle between President Bush and the Democratic-controlled United States Congress over war funding.
Last year, the president asked for about $190 billion in a supplemental request outside the regular defense budget for war costs in the current 2008 fiscal year. The amount approved by Congress, just over $86 billion, left a large gap.
When Gates and military Joint Chiefs of Staff Chairman Admiral Michael Mullen appear before the House and Senate armed services committees, they will be pressed for harder cost projections, as Congress continues to assess the impact for the U.S. economy of the Iraq and Afghanistan conflicts.
White House Budget Director Jim Nussle was asked this week if the Bush administration has a realistic hope it can obtain its Pentagon regular budget and supplemental war funding requests from an opposition Congress. "It's worth whatever we need to spend and we have made, I think, a very careful determination of what that is. So, I don't believe it is just a negotiation point. I think it is what it takes for us to be safe, and to be the kind of super power that can maintain that safety," he said.
Asked why budget figures do not appear to reflect a reduction in costs because of the eventual withdrawal of about 30,000 troops from Iraq to pre-military surge levels, expected to be complete later this year, Nussle would only refer reporters to the Pentagon.
And while the question of troop levels will be a key topic for lawmakers, in the context of questioning on the overall Pentagon budget, Gates may not provide much in the way of enlightenment.
Media reports quoting testimony prepared for the House and Senate hearings say he will point to what he calls significant variables weighing against making any realistic estimate of how much Congress may be asked for in the final year of the Bush administration.
Based on numerous supplemental requests for Iraq and Afghanistan in recent years, members of Congress expect the $70 billion bridge fund to be followed by additional requests to sustain U.S. forces.
As for the $100 billion or so in 2008 supplemental funds that has been held up by bickering between Capitol Hill and the White House, congressional Democrats are looking to testimony in April from the U.S. commander in Iraq, General David Petraeus.
That will provide Congress with an update on progress by Iraqi forces toward shouldering more of the security burden, what that means for U.S. troop numbers, and what Americans can expect to be paying as President Bush leaves office and a new administration takes over in 2009.''',
    quotes=[
        Q('"A $70 billion', 'next calendar year,"', "Robert Gates"),
        Q('"It\'s worth whatever', 'maintain that safety,"', "Jim Nussle"),
    ],
    aliases={"Robert Gates": ["Robert Gates", "Defense Secretary Robert Gates", "Secretary Gates", "Gates"],
             "Jim Nussle": ["Jim Nussle", "White House Budget Director Jim Nussle", "Nussle"]},
),
dict(
    id="wn-en-2008-11-20-negotiations-hijacked-saudi-tanker",
    source="https://en.wikinews.org/wiki/Negotiations_for_hijacked_Saudi_oil_tanker_begin",
    license=WN, retrieved=AMG.format("AMALGUM_news_saudi") + "; the bold pull-quote box 'We do not like to negotiate with pirates, terrorists or hijackers. — Saud al Faisal, Foreign Minister of Saudi Arabia' (no marks, a repeat of the body's quotation) dropped; the two paragraphs the copy opens with a separate mark tagged as closing ('Negotiators are located ...', 'Shipping companies are already ...') written with that mark attached to the first word as an opening mark (H1896); 'Dubai' + '-based' written 'Dubai-based'",
    text='''Negotiations for hijacked Saudi oil tanker begin
Thursday, November 20, 2008
Vela International Marine, the Saudi Arabian company that owns the MV Sirius Star oil tanker which was captured by pirates on November 15, has begun negotiations with the Somali pirates.
The Saudi Foreign Minister Saud al Faisal said that talks had begun, but he did not say whether a ransom would be paid. Vela International Marine, which is owned by state-owned Saudi Aramco, would only say it is "working toward [the crew's] safe and speedy return."
"We do not like to negotiate with pirates, terrorists or hijackers," said Saud al Faisal in Rome, after speaking with Franco Frattini, the Foreign Minister of Italy.
Dubai-based television network Al Jazeera broadcast an audiotape of a man who said he was with the pirates. He identified himself as Farah Abd Jameh.
"Negotiators are located on board the ship and on land. Once they have agreed on the ransom, it will be taken in cash to the oil tanker. We assure the safety of the ship that carries the ransom. We will mechanically count the money and we have machines that can detect fake money," the man said. He did not mention any specific amounts for the ransom.
The British Foreign Office released a statement Wednesday which identified two of the crew as chief engineer Peter French and second officer James Grady. The rest of the 25-man crew are from Croatia (1), Poland (2), Philippines (19) and Saudi Arabia (1). They are all reported to be safe.
Foreign Secretary David Miliband said that the Royal Navy was coordinating a European response.
Dominique Montecer, the director of operations at GEOS Group, a corporate risk management firm, cast doubt on a military response.
"Everything is possible but it would take extraordinary means and organization, and the risk of an ecological disaster is very high. They are sitting on a bomb," Montecer said.
"It's certainly a very complex environment to work in — a Liberian-flagged vessel, owned by a Saudi company, in Somali waters, with so many different nationalities on board," said Lt. Nate Christensen of the United States Navy when asked about the possibility of taking back the Sirius Star by force.
"Shipping companies are already making decisions not to go through the Gulf of Aden, and making the decision to take the much longer route around the south of Africa," said Peter Hinchcliffe, marine director of the International Chamber of Shipping. "And with the increase in intensity of attacks, that is something that is going to be much more frequent. It's adding let's say an average of two weeks to the passage time."
Since the capture of the Sirius Star, pirates in the Gulf of Aden have taken at least three other ships. These include a Chinese ship carrying wheat, a Greek bulk carrier, and a Thai fishing vessel.
The International Maritime Bureau reports that Somali pirates currently hold 14 ships along with an estimated 250 crew members. Since January, there have been over 30 hijackings in the area, while another 60 ships have been attacked.
Among the ships still held is the Ukrainian cargo ship MV Faina, which has a cargo of 33 Russian T-72 battle tanks, as well as other weapons. The Faina was hijacked on September 25.
Meanwhile, the Indian Navy has reported that it encountered and destroyed what it called a pirate "mother ship" on Tuesday. India dispatched frigate INS Tabar last month to protect its merchant shipping in the Gulf of Aden. The pirate vessel reportedly threatened the Indian frigate after it was hailed.
Several NATO members, as well as Russia, India and Malaysia have all sent warships to the region to protect merchant shipping in the area. The Combined Task Force 150, formed as a multinational coalition in the War on Terrorism, was restructured in 2006 to aid in anti-piracy efforts.''',
    quotes=[
        Q('"working toward', 'speedy return."', "Vela International Marine"),
        Q('"We do not like', 'or hijackers,"', "Saud al Faisal"),
        Q('"Negotiators are located', 'detect fake money,"', "Farah Abd Jameh"),
        Q('"Everything is possible', 'sitting on a bomb,"', "Dominique Montecer"),
        Q('"It\'s certainly', 'nationalities on board,"', "Nate Christensen"),
        Q('"Shipping companies', 'south of Africa,"', "Peter Hinchcliffe"),
        Q('"And with the increase', 'the passage time."', "Peter Hinchcliffe"),
        Q('"mother ship"', None, "Indian Navy"),
    ],
    aliases={"Vela International Marine": ["Vela International Marine"],
             "Saud al Faisal": ["Saud al Faisal", "The Saudi Foreign Minister Saud al Faisal"],
             "Farah Abd Jameh": ["Farah Abd Jameh", "the man"],
             "Dominique Montecer": ["Dominique Montecer", "Montecer"],
             "Nate Christensen": ["Nate Christensen", "Lt. Nate Christensen"],
             "Peter Hinchcliffe": ["Peter Hinchcliffe", "marine director of the International Chamber of Shipping"],
             "Indian Navy": ["Indian Navy", "the Indian Navy"]},
),
]
