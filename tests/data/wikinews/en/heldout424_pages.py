# Held-out English news texts (tests/data/heldout424-en.jsonl), none of them used in an earlier set. Stored web pages
# (the `pages` search corpus) of Voice of America texts (US government works in the public domain, 17 U.S.C. § 105):
# a VOA Standard English report of 2012 on women starting businesses (tingroom.com print page 191806), a VOA News report
# by Deborah Block of June 18, 2012 on a family restaurant in Alexandria, Virginia (testbig.com), a VOA News report by
# Deborah Block of 2020 on small businesses and the coronavirus (voanews.com), part of a 'This Is America' Special
# English programme of 2012/2013 on small businesses (yingyu.chazidian.com SpecialEnglish-1192-3), an insidevoa.com
# announcement of the series 'Voices of America' (1382279), a VOA Special English Agriculture Report on urban farming
# (learningenglish.voanews.com 610605), a VOA Special English Agriculture Report on the Seattle farm Alleycat Acres
# (qa3.lingq.com) and the end of a VOA Special English Agriculture Report on refugee farmers in Idaho
# (yingyu.chazidian.com SpecialEnglish-851-2). None is credited to AP, Reuters, AFP or another third party. Stored copies
# are cut after about 2,000 characters: only complete paragraphs are kept and a cut paragraph is dropped (noted in
# `retrieved`). Site lines, date lines, photo captions, 'Download' lines and list furniture are dropped; a headline is
# kept as the first line where stored; wording and quotation marks (straight or curly as stored) are as stored.
# Annotated by reading the texts, before whosaid was run on them (rules H2030-H2033 in ANNOTATION.md on top of
# H1-H2029).
PD = "public domain (VOA, US government work, 17 U.S.C. § 105)"
PDC = "public domain (VOA, US government work, 17 U.S.C. § 105; copy of the VOA story on another site)"
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout424-en.jsonl

Built by `build.py` from `heldout424_pages.py`. Like the VOA sets above (heldout413-en, heldout403-en, heldout391-en,
heldout389-en, heldout379-en and others; copies on other sites with the licence constant PDC as in heldout267-en,
heldout301-en, heldout391-en and heldout413-en), these texts are Voice of America texts (US government works in the
public domain, 17 U.S.C. § 105) taken from stored web pages (the `pages` search corpus): a VOA Standard English report
of 2012 on women starting businesses in the US, with Barbara Ayers of Apple Transfer and Ana Harvey of the U.S. Small
Business Administration (tingroom.com print page 191806); a VOA News report by Deborah Block of June 18, 2012 on Primo
Family Restaurant in Alexandria, Virginia, with C.A. Savoy, Tina Mitrakas, Lynne Sepple, Mary Wise and the owner Jim
Nicopoulos (copy on the learners' site testbig.com); a VOA News report by Deborah Block of 2020 on small businesses in
the Belle View Shopping Center during the coronavirus outbreak, with Jose Telorio, Jim Nicopoulos and Alessandra
Quiones (voanews.com); a later part of the VOA Special English 'This Is America' programme on small businesses (same
restaurant), with speaker labels, Spiro Routoulas, Jim Nicopoulos, Elizabeth Bessel and C.A. Savoy (yingyu.chazidian.com
SpecialEnglish-1192-3); an insidevoa.com announcement of the VOA series 'Voices of America' with its creator Deborah
Tate (1382279); a VOA Special English Agriculture Report on Eco City Farms in Edmonston, Maryland, with Marcy Clark and
her children (learningenglish.voanews.com 610605); a VOA Special English Agriculture Report on the Seattle urban farm
Alleycat Acres with Amber Banks and Sean Conroe (copy on qa3.lingq.com); and the end of a VOA Special English
Agriculture Report on refugee farmers with Dadiri Nuro of the Somali Bantu Zigua Community (yingyu.chazidian.com
SpecialEnglish-851-2). None is credited to AP, Reuters, AFP or another third party. The stored copies are cut after
about 2,000 characters; only complete paragraphs are kept, and a paragraph cut in the stored copy is dropped (noted per
page: the women's-business paragraph 'Barbara Ayers says special federal government programs ...', the Primo paragraph
'“He’s a funny', the coronavirus paragraph 'Virginia Florist, also a gift shop, ...', Margaret Morgan-Hubbard's cut
quotation in the urban-farming report and the Alleycat paragraph 'Sean C'). Site lines and labels, date lines, photo
captions, the 'Download this story as a PDF' line, the LingQ cookie notice and the chazidian.com '最新' date lists were
dropped; wording and quotation marks are as stored. Two texts (Primo 2012 and the 'This Is America' part) report on the
same restaurant in different VOA scripts; they share no paragraph. Pages read but left out: the Learning English story
on the rescued sailors (based on Associated Press reporting), the Sierra Leone waste story on newsamricaa.blogspot.com
(2016-01-18 page; one quotation only), the VOA Twins Study and Super Bowl items (one quotation each), and VOA pages
already used in earlier sets (Chad and Darfur UNHCR reports, insidevoa.com award stories, the Refugee Learning Center,
the Sea of Japan textbook story, the Cameroon and Kasai reports). None of the eight pages is used in any set above
(checked by URL and page id (tingroom print_191806, testbig.com personal-touch-helps-family-eatery-thrive, voanews.com
small-business-feels-pain-coronavirus, yingyu.chazidian.com SpecialEnglish-1192 and SpecialEnglish-851, insidevoa.com
1382279, learningenglish 610605, qa3.lingq.com), by headline, and by the names of the speakers and distinctive phrases
such as 'Barbara Ayers', 'Apple Transfer', 'Primo Family Restaurant', 'Tina Mitrakas', 'Nicopoulos', 'Spiro
Routoulas', 'Belle View', 'Alessandra Quiones', 'Jose Telorio', 'Morgan Pharmacy', 'compelling and personal stories',
'fascinated and curious about Americans', 'Eco City Farms', 'Marcy Clark', 'Alleycat Acres', 'Amber Banks', 'Sean
Conroe' and 'Dadiri Nuro', grepped in tests/data of the main checkout and of every other helper's worktree
(heldout421-423); no hits). The annotation (rules H2030–H2033 in `ANNOTATION.md` on top of H1–H2029) was committed
before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="voa-en-h424-2012-women-starting-businesses",
    source="http://tingroom.com/print_191806.html",
    license=PDC, retrieved=PAGES + " (copy of a VOA Standard English report of 2012 on tingroom.com, a language-learning site; the Chinese label before the headline ('VOA标准英语2012--') and the trailing '(在线收听' dropped, the headline kept as the first line; the stored copy has no date line; the paragraph 'Barbara Ayers says special federal government programs offered to small, female-owned companies have helped her procure government contracts. And it has opened doors in areas tha', cut in the stored copy, dropped (H2030); straight marks as stored)",
    text='''More Women Starting Businesses in US
A few decades ago, this truck would likely have belonged to a company owned by a man. But it actually belongs to Barbara Ayers.
She is president and CEO of Apple Transfer, based in Fredericksburg, Virginia, which helps move households and businesses all across the United States, and overseas.
Ayers started the company with her brother in 1988.
"We started out, it was just my brother and me, and we actually had one small truck," Ayers recalls. "He did the moving, and I took care of the office."
Today, she oversees a fleet of trucks and a large storage facility, and employs up to 100 people during peak moving season.
Ana Harvey of the U.S. Small Business Administration says women-owned businesses in the U.S. are flourishing.
"If you think about 1979, only 5 percent of privately owned businesses in this country were owned by women," Harvey notes. "So here we are, in almost 2013, and 30 percent of the privately owned businesses are owned by women."
Harvey says the trend started with legislation passed in the 1970s.
"Back then, there was an act passed that allowed women to actually get a loan without having a male co-signer. That really made a difference in terms of women business ownership," Harvey adds.
And then, says Harvey, there's the economy which has suffered. Many of the women who've been laid off have decided to take matters into their own hands and become business owners.
Harvey, who used to be a small business owner herself, says the federal government is there to help women in a number of ways. "Last year we helped about 160,000 women with business plans, marketing plans, social media interactions, everything that you need to build a business," Harvey explains.''',
    quotes=[
        Q('"We started out', 'one small truck,"', "Barbara Ayers"),
        Q('"He did the moving', 'care of the office."', "Barbara Ayers"),
        Q('"If you think about 1979', 'owned by women,"', "Ana Harvey"),
        Q('"So here we are', 'owned by women."', "Ana Harvey"),
        Q('"Back then', 'women business ownership,"', "Ana Harvey"),
        Q('"Last year we helped', 'build a business,"', "Ana Harvey"),
    ],
    aliases={"Barbara Ayers": ["Barbara Ayers", "Ayers", "president and CEO of Apple Transfer"],
             "Ana Harvey": ["Ana Harvey of the U.S. Small Business Administration", "Harvey"]},
),
dict(
    id="voa-en-h424-2012-06-personal-touch-family-eatery",
    source="https://m.testbig.com/voa/personal-touch-helps-family-eatery-thrive",
    license=PDC, retrieved=PAGES + " (copy of a VOA News report by Deborah Block of June 18, 2012 on the learners' site testbig.com; the site line 'Reading audio' and the date line 'June 18, 2012' dropped; the stored copy has no headline line (slug 'personal-touch-helps-family-eatery-thrive'), so the text begins with its first paragraph (as H931); the last paragraph '“He’s a funny', cut in the stored copy, dropped (H2030); mixed curly and straight marks as stored (H2031))",
    text='''Many small, family-owned businesses in the United States are struggling to survive because, along with the sluggish economy, they face stiff competition from well-known chain stores and restaurants.
However, one small, family-owned restaurant just outside of Washington, D.C., is not only surviving, it's thriving.
It's another busy day at Primo Family Restaurant, a popular dining spot in Alexandria, Virginia, for more than 25 years. C.A. Savoy says, he doesn't like the atmosphere or food at the chain restaurants.
“Everything in here is home cooking," Savoy says. "It’s all fresh food and delicious.”
Server Tina Mitrakas has worked at Primo’s since it opened. “I like my customers. Everybody is friendly. I like the people I work with. It’s like my second home.”
Lynne Sepple's son Nick is here, celebrating his birthday. “My son has been here since he was six days old. He’s been here once a week since then and now he’s 10.”
Mary Wise, who often stops by after work, says Primo’s feels comfortable. “It is a place where you can consistently have good food, not too expensive. You know you’re never going to be confronted with something that’s a surprise. I think people like that.”
Another appeal, she says, is owner Jim Nicopoulos who is often seen mingling with patrons in the dining room.
“I like to get involved with my clients," he says. "I find out about them. I touch them. I have to be involved with my customers and my staff at the same time.”
Everyone calls him Jimmy, including Savoy and his wife who are long-time patrons.
“We’ve become part of Jimmy’s family now," Savoy says. "He refers to Joyce and I as his mother and father.”
Nicopoulos bought Primo’s five years ago, and it is truly a family business, from the old photos of relatives on the wall, to the dining area, where his father-in-law seats patrons, to the kitchen, where his cousin Spiro Routoulas prepares Greek specialties.''',
    quotes=[
        Q('“Everything in here is home cooking,"', None, "C.A. Savoy"),
        Q('"It’s all fresh food and delicious.”', None, "C.A. Savoy"),
        Q('“I like my customers.', 'my second home.”', "Tina Mitrakas"),
        Q('“My son has been here', 'now he’s 10.”', "Lynne Sepple"),
        Q('“It is a place where', 'people like that.”', "Mary Wise"),
        Q('“I like to get involved with my clients,"', None, "Jim Nicopoulos"),
        Q('"I find out about them.', 'at the same time.”', "Jim Nicopoulos"),
        Q('“We’ve become part of Jimmy’s family now,"', None, "C.A. Savoy"),
        Q('"He refers to Joyce', 'mother and father.”', "C.A. Savoy"),
    ],
    aliases={"C.A. Savoy": ["C.A. Savoy", "Savoy"],
             "Tina Mitrakas": ["Server Tina Mitrakas"],
             "Lynne Sepple": ["Lynne Sepple"],
             "Mary Wise": ["Mary Wise"],
             "Jim Nicopoulos": ["owner Jim Nicopoulos", "Jimmy", "Nicopoulos"]},
),
dict(
    id="voa-en-h424-2020-small-business-feels-pain-coronavirus",
    source="https://www.voanews.com/science-health/coronavirus-outbreak/small-business-feels-pain-coronavirus",
    license=PD, retrieved=PAGES + " (VOA News report by Deborah Block of 2020 on voanews.com; the stored copy has no headline line (slug 'small-business-feels-pain-coronavirus'), so the text begins with its first paragraph (as H931); the photo captions 'Belle View Shopping Center in Alexandria, Va., with mostly privately owned small businesses. ... (Deborah Block/VOA)' (stored twice) and 'Primo Family Restaurant owner Jim Nicopoulos gives carryout food to a customer. (Deborah Block/VOA)' dropped; the dateline 'ALEXANDRIA, VIRGINIA - ' kept as stored at the start of the first paragraph; the space before '“Our health' dropped; the paragraph 'Virginia Florist, also a gift shop, has lots of merchandise', cut in the stored copy, dropped (H2030); mixed marks as stored (H2031))",
    text='''ALEXANDRIA, VIRGINIA - Restaurant owner Jim Nicopoulos stands behind the carryout counter waiting on customer Jose Telorio at Primo Restaurant in Alexandria, Virginia.
He’s usually in the dining area shaking hands with customers or hugging those he’s known for years. Now, he hopes his regulars will keep his business going a little longer in the Belle View Shopping Center.
Primo is among the small, mostly privately owned businesses there. Telorio is concerned the restaurant could shut down for good.
“It’s sad," he said. “It’s a great place to bring your family.”
After Nicopoulos lost 80% of his business in one week, he closed the dining room because “business was dropping, and it wouldn’t support the payroll,” and also to help protect his staff and customers from the coronavirus.
The worst part, he said, was having to lay off most of his 28 employees. Server Alessandra Quiones said she understood.
“Our health is more important to me,” she said.
Nicopoulos had been stocking just enough food for carryout orders. He fears it’s only a matter of time before he closes the eatery entirely.
While major corporations typically have the resources and financial reserves to weather a major economic downturn, small businesses across the United States could collapse in the weeks and months ahead. Nearly half of America’s workforce is employed by small businesses, many of which have fewer than 20 employees.''',
    quotes=[
        Q('“It’s sad,"', None, "Jose Telorio"),
        Q('“It’s a great place to bring your family.”', None, "Jose Telorio"),
        Q('“business was dropping', 'support the payroll,”', "Jim Nicopoulos"),
        Q('“Our health is more important to me,”', None, "Alessandra Quiones"),
    ],
    aliases={"Jose Telorio": ["customer Jose Telorio", "Telorio"],
             "Jim Nicopoulos": ["Restaurant owner Jim Nicopoulos", "Nicopoulos"],
             "Alessandra Quiones": ["Server Alessandra Quiones"]},
),
dict(
    id="voa-en-h424-this-is-america-small-business-primo-part",
    source="https://yingyu.chazidian.com/SpecialEnglish-1192-3",
    license=PDC, retrieved=PAGES + " (copy of a later part of the VOA Special English 'This Is America' programme on small businesses (Christopher Cruise and Faith Lapidus) on the language-learning site yingyu.chazidian.com, page 3 of the script; the stored page begins with the line 'SPIRO ROUTOULAS: ...' and has no headline, so the text begins there (as H931); the site's list '最新' with six dates '2013-11-25' at the end dropped; the speaker labels and the line '(MUSIC)' kept as stored (H2032); curly marks as stored)",
    text='''SPIRO ROUTOULAS: “He’s a funny guy. He comes inside the kitchen and tastes what I make. Oh, it’s fun.”
JIM NICOPOULOS: “It’s quality control, Greek-style.”
Besides the food and friendliness, Jimmy says Primo’s has another appeal over the chain restaurants.
JIMMY NICOPOULOS: “Chain restaurants have to go through a process of buying their food from large industries and distributors. We can get our produce local and our meats.”
CHRISTOPHER CRUISE: Elizabeth Bessel notices the difference and stays away from the nearby chains.
ELIZABETH BESSEL: “I don’t find the food to be that great. When I eat here, Jimmy will come to the table and tell us that he got that produce from somebody’s farm.”
Jimmy says he thinks there is room in the neighborhood for both family and chain restaurants. His customers agree.
C.A. SAVOY: “It’s been here for twenty-five years and I see it being here for twenty-five more years.”
(MUSIC)
FAITH LAPIDUS: One hundred years ago, Morgan Pharmacy opened its doors in Washington. Through economic ups and downs, the small, family-owned pharmacy has thrived. But how is it staying in business today with a larger drugstore just down the street? In the second part of our program on the survival of small businesses in the United States, we learn what Morgan Pharmacy is doing to keep its doors open.
CHRISTOPHER CRUISE: Morgan Pharmacy has an old fashioned feel, with a display of old prescription bottles and the original shelves from when the store opened nineteen twelve. Pharmacist Barry Deutschman bought the store twenty years ago.''',
    quotes=[
        Q('“He’s a funny guy.', 'Oh, it’s fun.”', "SPIRO ROUTOULAS"),
        Q('“It’s quality control, Greek-style.”', None, "JIM NICOPOULOS"),
        Q('“Chain restaurants have to go', 'and our meats.”', "JIM NICOPOULOS"),
        Q('“I don’t find the food', 'somebody’s farm.”', "Elizabeth Bessel"),
        Q('“It’s been here for twenty-five years', 'twenty-five more years.”', "C.A. SAVOY"),
    ],
    aliases={"SPIRO ROUTOULAS": ["SPIRO ROUTOULAS"],
             "JIM NICOPOULOS": ["JIM NICOPOULOS", "JIMMY NICOPOULOS", "Jimmy"],
             "Elizabeth Bessel": ["Elizabeth Bessel", "ELIZABETH BESSEL"],
             "C.A. SAVOY": ["C.A. SAVOY"]},
),
dict(
    id="voa-en-h424-insidevoa-voices-of-america-series",
    source="https://www.insidevoa.com/a/voa-new-show-voices-of-america/1382279.html",
    license=PD, retrieved=PAGES + " (insidevoa.com page 1382279 of 2012; the page furniture 'Accessibility links' and 'Breaking News' and the image caption 'Voices of America' (stored twice) dropped; the headline kept as the first line; the typo 'Vitenam' as stored; straight and curly marks as stored)",
    text='''VOA's Newest Show: Voices of America
Americans from all walks of life are sharing their compelling and personal stories on a new weekly VOA series called Voices of America.
The two-minute television and web features offer a unique perspective on life in the United States by letting people speak in their own words about the successes and challenges they face, and to reflect on the qualities, character and values that help make the country what it is today.
“People around the world are fascinated and curious about Americans,” says creator and executive producer Deborah Tate.
“This series focuses on Americans with compelling stories that speak to American values and America in a broader context," Tate says.
The series, which debuted July 2, just in time for the U.S. Independence Day holiday, profiles some of the newest Americans who had just taken the oath of citizenship.
Other individuals to share their stories on Voices of America include Greg Louganis, the Olympic gold medal diver who has been living with HIV for more than two decades; Vitenam veteran Jan Scruggs, founder of the Vietnam Veterans Memorial, which marks its 30th anniversary this year; and Bruce Laingen, the charge d’affaires at the U.S. Embassy in Tehran who was among the hostages seized at the compound in 1979 and held in Iran for 444 days.
The program will be translated for play on VOA language service programs and websites.''',
    quotes=[
        Q('“People around the world', 'curious about Americans,”', "Deborah Tate"),
        Q('“This series focuses', 'in a broader context,"', "Deborah Tate"),
    ],
    aliases={"Deborah Tate": ["creator and executive producer Deborah Tate", "Tate"]},
),
dict(
    id="voa-en-h424-special-english-appeal-of-urban-farming",
    source="http://learningenglish.voanews.com/content/the-appeal-of-urban-farming-141520743/610605.html",
    license=PD, retrieved=PAGES + " (VOA Special English Agriculture Report on learningenglish.voanews.com, page 610605; the date line 'July 30, 2015 18:40 UTC', the site label 'learningenglish', the photo caption 'Volunteers harvest spinach at EcoCity Farms in Edmonston, Maryland' (stored twice) and the line 'Download this story as a PDF' dropped; the headline kept as the first line; the last paragraph 'MARGARET MORGAN-HUBBARD: “Our view is that ... showing that you can have farm', cut in the stored copy, dropped (H2030); John Clark's quotation has no closing mark in the stored copy and runs to the end of its paragraph (H2033); curly marks as stored)",
    text='''The Appeal of Urban Farming
This is the VOA Special English Agriculture Report.
Old properties and empty lots in cities and towns around the United States are finding new life as urban farms.
Eco City Farms in Edmonston, Maryland, is located near shopping centers, car repair shops and homes. The neighborhood is a working-class community. People do not have very much money, and they have limited access to fresh food in markets.
Over the past two years, the farm has attracted volunteers from the community like Marcy Clark. She schools her four children at home. On a recent day she brought them to Eco City Farms for a lesson.
MARCY CLARK: “It’s important that the children understand the connection between the food that they eat, the soil, the air, the pollution, how all this is connected to their well-being.”
Her children harvested rows of spinach, mustard greens, lettuce, Swiss chard and carrots.  What did Hannah, Caleb, John and Alston think of the experience?
HANNAH CLARK: “You know, it’s good for the earth and it’s good for us.”
CALEB CLARK: “It may not be like fun, fun, but it’s fun, ’cause you’re learning and not, like, writing something out on a piece of paper.”
JOHN CLARK: “Basically instead of feeling down when I have to eat vegetables, I feel happy.
ALSTON CLARK: “I like coming out here. You know, you connect with the earth, where your food comes from. You appreciate the food a little bit more.”
Margaret Morgan-Hubbard started Eco City Farms. She thinks of it as a place where people can learn to live healthier lives.''',
    quotes=[
        Q('“It’s important that the children', 'their well-being.”', "Marcy Clark"),
        Q('“You know, it’s good for the earth', 'good for us.”', "HANNAH CLARK"),
        Q('“It may not be like fun', 'piece of paper.”', "CALEB CLARK"),
        Q('“Basically instead of feeling down when I have to eat vegetables, I feel happy.', None, "JOHN CLARK"),
        Q('“I like coming out here.', 'a little bit more.”', "ALSTON CLARK"),
    ],
    aliases={"Marcy Clark": ["Marcy Clark", "MARCY CLARK"],
             "HANNAH CLARK": ["HANNAH CLARK", "Hannah"],
             "CALEB CLARK": ["CALEB CLARK", "Caleb"],
             "JOHN CLARK": ["JOHN CLARK", "John"],
             "ALSTON CLARK": ["ALSTON CLARK", "Alston"]},
),
dict(
    id="voa-en-h424-special-english-farming-in-the-city-seattle",
    source="https://qa3.lingq.com/sv/l%C3%A4r-dig-engelska-online/courses/38321/farming-in-the-city-joys-of-growing-foo-81479",
    license=PDC, retrieved=PAGES + " (copy of a VOA Special English Agriculture Report on the language-learning site LingQ (qa3.lingq.com, Swedish interface); the close sign '×', the cookie notice 'Vi använder kakor för att göra LingQ bättre. ...' and the image placeholder 'image' dropped; the lesson title 'VOA Special English, Farming in the City: Joys of Growing Food' kept as the first line as stored; the last paragraph 'Sean C', cut in the stored copy, dropped (H2030); the labelled quotations followed by narration in the same stored paragraph kept so (H2032); straight marks as stored)",
    text='''VOA Special English, Farming in the City: Joys of Growing Food
This is the VOA Special English Agriculture Report.
For many years, people in American cities have depended on farmers in rural areas to grow fruits and vegetables. But now a new generation of farmers is planting crops in urban areas.
Sean Conroe is a college student. Amber Banks is a teacher. They both grew up farming and gardening. Sean Conroe and Amber Banks wanted to start a farm in the middle of Seattle, Washington.
AMBER BANKS: "There are a lot of neighborhoods that don't have access to healthy, fresh produce. And if they do, it can be very expensive. So we see unused space as a great place to grow food that will make it more accessible for people." Sean Conroe created a website to get volunteers and donations. Within a week, they were offered a plot of land between two houses. He says twenty volunteers worked for six weekends to turn the grassy land into a farm. They call their project Alleycat Acres.
SEAN CONROE: "We have spinach, onions, radish, lettuce and chard that's all ready to be harvested right now." There are also carrots, green onions, peas, beans and turnips.
SEAN CONROE: "Broccoli, tomatillos and cucumbers which are all starting to pop up. And then strawberries." The Alleycats have harvested about ninety kilograms of produce so far. They have donated most of it to local food banks that feed hungry people in Seattle.
Bridget Barni is sitting in the dirt picking lettuce. She is one of eighty people who are volunteering at this urban farm. Like a lot of the volunteers, she does not have much gardening experience.
One of the goals of the urban farm is to show city people the joys of growing food. The Alleycats invite school groups to the farm to help out. And Amber Banks says they want the same people who get food donations to learn how to work the soil.''',
    quotes=[
        Q('"There are a lot of neighborhoods', 'accessible for people."', "Amber Banks"),
        Q('"We have spinach', 'harvested right now."', "Sean Conroe"),
        Q('"Broccoli, tomatillos', 'And then strawberries."', "Sean Conroe"),
    ],
    aliases={"Amber Banks": ["Amber Banks", "AMBER BANKS"],
             "Sean Conroe": ["Sean Conroe", "SEAN CONROE"]},
),
dict(
    id="voa-en-h424-special-english-refugee-farmers-idaho-part",
    source="https://yingyu.chazidian.com/SpecialEnglish-851-2",
    license=PDC, retrieved=PAGES + " (copy of the second part of a VOA Special English Agriculture Report by Jerilyn Watson (read by Bob Doughty) on the language-learning site yingyu.chazidian.com, page 2 of the script; the stored page begins with 'One result of the community farm ...' and has no headline, so the text begins there (as H931); the site's glossary links broke two sentences over lines ('living in a' / 'refugee camp' / 'in Kenya.', 'grown without' / 'pesticides' / 'at the farm.'), joined with single spaces; the site's list '最新' with six dates '2013-11-25' dropped; the closing credits paragraph kept as stored; the spelling 'Mr. Nuru' beside 'Dadiri Nuro' as stored (H2033); straight marks as stored)",
    text='''One result of the community farm is that people are learning about foods from other people's homelands. First lady Michelle Obama -- who has her own vegetable garden at the White House -- visited the farm in San Diego last year, where Dadiri Nuro grows crops.
A group called the Somali Bantu Zigua Community has operated a farm for several years near Boise, Idaho. Dadiri Nuro is the group's president.
DADIRI NURO: "We are farming people. We like to farm. We need fresh food. We have two kinds of corn. We have African corn, we have American corn. Americans, they like soft corn, and the Bantu, we like hard corn."
Mr. Nuru came to the United States in two thousand four. He and his family had been living in a refugee camp in Kenya.
He says more than fifteen crops are grown without pesticides at the farm.
DADIRI NURO: "We have potatoes, we have tomatoes, we have kale, lettuce, cabbage, onion, shallots … "
The community group sells some of its produce at a farmers market and has now bought storage freezers. The group has also donated food to other communities.
The Idaho state Office for Refugees has advice on its website about starting a community garden. You can find a link at voaspecialenglish.com.
And that’s the VOA Special English Agriculture Report, written by Jerilyn Watson. Our programs help people learn English while learning about different subjects. Go to voaspecialenglish.com or the VOA Learning English Channel on YouTube. I'm Bob Doughty.''',
    quotes=[
        Q('"We are farming people.', 'like hard corn."', "Dadiri Nuro"),
        Q('"We have potatoes', 'shallots … "', "Dadiri Nuro"),
    ],
    aliases={"Dadiri Nuro": ["Dadiri Nuro", "DADIRI NURO", "Mr. Nuru"]},
),
]
