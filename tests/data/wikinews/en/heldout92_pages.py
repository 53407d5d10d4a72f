# Held-out English news texts (tests/data/heldout92-en.jsonl), none of them used in an earlier set. Stored web pages (the
# `pages` search corpus) of the two EU institutions, in English: European Parliament press releases and press-room lists
# on europarl.europa.eu (the Internal Market Committee's endorsement of the consumer rights deal, rapporteur Andreas
# Schwab, 2011; the 'Others' list of September 2014 with health commissioner Tonio Borg on Ebola; the 'Committees' list of
# November 2014 on the European Year for Development; President Martin Schulz's opening of the September 2015 plenary on
# migrants), an item of the Parliament press service's plenary newsletter on the
# resolution on consumer policy (rapporteur Kyriacos Triantaphyllides) as reproduced on docsbay.net, the April 2014 release
# on the telecoms package (rapporteur Pilar del Castillo Vera) as distributed by the MediaHQ mailing service, President
# Jerzy Buzek's release of 1 January 2010 on Lyudmila Alexeyeva's detention as republished by FreeMediaOnline.org, a news
# page of the
# archived website of Commissioner Neven Mimica (Antonio Tajani and Neven Mimica on the product safety vote, 2013) and a
# European Commission press release (President Barroso's '2010-2014 Record of Achievement', 2014) as reproduced in full by
# Parlement.com, and two Commission releases as reproduced by WiredGov (the intellectual property package, Vice-President
# Jyrki Katainen and Commissioner Elżbieta Bieńkowska, 2017) and by the National Road Safety Observatory of NTUA
# (Commissioner Violeta Bulc on the road deaths of 2017). Commission texts are CC BY 4.0 (© European Union, reuse authorised under the Commission's reuse policy);
# Parliament texts are © European Union, source: European Parliament, reproduction authorised provided the source is
# acknowledged (the licences of tests/data/wikinews/de/licences.py EU and EP). None is credited to AP, Reuters, AFP or
# another third party. Stored copies are cut after about 2,000 characters: only complete paragraphs are kept and a cut
# paragraph or list item is dropped (noted in `retrieved`). Site lines ('Main menu (press 'Enter')', archive notices,
# 'Navigation path'), photo captions, 'REF.' and 'Updated' lines are dropped; wording, spelling ('focussing', '10 th
# February', 'on line'), run-together date lines ('Consumers16-06-2011'), spacing inside paragraphs and quotation marks are
# as stored. Annotated by reading the texts, before whosaid was run on them (rules H610-H617 in ANNOTATION.md on top of
# H1-H604).
EU = "CC BY 4.0 (© European Union; reuse authorised under the Commission's reuse policy, source: European Commission)"
EUR = ("CC BY 4.0 (© European Union; reuse authorised under the Commission's reuse policy, source: European Commission; "
       "Commission press release reproduced by Parlement.com)")
EP = ("© European Union, source: European Parliament (reproduction authorised provided the source is acknowledged, "
      "European Parliament legal notice)")
EPD = ("© European Union, source: European Parliament (reproduction authorised provided the source is acknowledged, "
       "European Parliament legal notice; press-service newsletter reproduced on docsbay.net)")
EPM = ("© European Union, source: European Parliament (reproduction authorised provided the source is acknowledged, "
       "European Parliament legal notice; press release as distributed by the MediaHQ mailing service)")
EPF = ("© European Union, source: European Parliament (reproduction authorised provided the source is acknowledged, "
       "European Parliament legal notice; press release republished by FreeMediaOnline.org)")
EUW = ("CC BY 4.0 (© European Union; reuse authorised under the Commission's reuse policy, source: European Commission; "
       "Commission press release reproduced by WiredGov)")
EUN = ("CC BY 4.0 (© European Union; reuse authorised under the Commission's reuse policy, source: European Commission; "
       "Commission press release reproduced by the National Road Safety Observatory, NTUA)")
PAGES = "stored web page (pages corpus), text as stored"

SOURCES_HEAD = """
## Held-out set: tests/data/heldout92-en.jsonl

Built by `build.py` from `heldout92_pages.py`. Unlike the sets above, these texts come from the two EU institutions, in
English, taken from stored web pages (the `pages` search corpus), none of them used in a set above (nor, in German, in the
heldout-de sets): a European Parliament press release of June 2011 (the Internal Market Committee endorses the consumer
rights deal, rapporteur Andreas Schwab), two press-room lists of europarl.europa.eu (category 'Others', September 2014,
with health commissioner Tonio Borg on Ebola; category 'Committees', November 2014, on the European Year for
Development), the press release of September 2015 on President Martin Schulz's opening address on migrants, an item of
the Parliament press service's plenary newsletter on the resolution on a new strategy for
consumer policy (rapporteur Kyriacos Triantaphyllides) as reproduced on docsbay.net, the April 2014 release on the plenary
vote on the telecoms package (rapporteur Pilar del Castillo Vera) as distributed by the MediaHQ mailing service, President
Jerzy Buzek's release of 1 January 2010 on the detention of Lyudmila Alexeyeva as republished by FreeMediaOnline.org, a
news page of the archived website of Commissioner Neven Mimica (Vice-President Antonio Tajani and Neven Mimica welcome the committee vote on product safety,
November 2013) and the Commission press release of 24 April 2014 on the '2010-2014 Record of Achievement' (President
Barroso) as reproduced in full by Parlement.com, the Commission release of 29 November 2017 on the intellectual property
package (Vice-President Jyrki Katainen, Commissioner Elżbieta Bieńkowska) as reproduced by WiredGov and the opening of the
April 2018 release on the road deaths of 2017 (Commissioner Violeta Bulc) as reproduced by the National Road Safety
Observatory of NTUA (nrso.ntua.gr). Commission texts are CC BY 4.0 (© European Union, reuse authorised under
the Commission's reuse policy); Parliament texts are © European Union, source: European Parliament (reproduction
authorised provided the source is acknowledged); these are the licences the German sets already use
(`tests/data/wikinews/de/licences.py`, EU and EP). None is credited to AP, Reuters, AFP or another third party. The stored
copies are cut after about 2,000 characters; only complete paragraphs are kept (what was dropped is noted per page). Site
lines, archive notices, captions, 'REF.' and 'Updated' lines were dropped; wording and quotation marks are as stored. None
of these pages is used in any set above (checked by URL, by the names of their speakers and by 8-word overlap with every
existing text: no shared 8-word sequence). The annotation (rules H610–H617 in `ANNOTATION.md` on top of H1–H604) was
committed before whosaid was first run on these texts, so the first score is a blind one (scored once, blind, by the main
session).

| id | title | URL | license | quotes | retrieval note |
|---|---|---|---|---|---|
"""

DOCS = [
dict(
    id="ep-2011-06-16-consumer-rights-deal-imco",
    source="http://www.europarl.europa.eu/news/en/news-room/20110614IPR21334/html/Consumer-rights-deal-overwhelmingly-endorsed-by-Internal-Market-Committee",
    license=EP, retrieved=PAGES + " (European Parliament press release of 16 June 2011, REF. 20110614IPR21334; the site lines 'Main menu (press 'Enter')', 'Access to page content (press 'Enter')', 'Direct access to list of other websites (press 'Enter')' and the closing lines 'REF. : 20110614IPR21334' and 'Updated: ( 17-06-2011 - 09:45)' dropped; the headline is the first line and the committee/date line 'IMCO Press release - Consumers16-06-2011 - 16:57' is kept as stored, run together (H610))",
    text='''Consumer rights deal overwhelmingly endorsed by Internal Market Committee
IMCO Press release - Consumers16-06-2011 - 16:57
A deal with the Council and the Commission on rules to protect consumers better and ensure clear common conditions for firms competing in the single market won unanimous political backing in an Internal Market Committee vote on Thursday. It will be put to a plenary vote on Thursday 23 June.
"More safety for consumers shopping on line and common rules for businesses - these are the headlines of the political agreement between the Parliament and the Council on the Consumer Rights Directive", commented Parliament's rapporteur Andreas Schwab (EPP, DE), adding that "Consumers and businesses will equally win. We are a big step closer to a truly common internal market in Europe".
The agreement (approved in committee with 28 votes in favour, 0 against and 3 abstentions), will now be put to a plenary vote on Thursday 23 June, in Brussels.
The compromise text was endorsed by COREPER (committee of Member States' representatives), in a letter dated 15 June, but the new legislation still needs to be formally approved by the Council of Ministers, and will have to be implemented by Member States within two years.
For details of what the deal will mean for consumers, please see our 7 June press release (link below).''',
    quotes=[
        Q('"More safety for consumers', 'Consumer Rights Directive"', "Andreas Schwab"),
        Q('"Consumers and businesses will equally win.', 'internal market in Europe"', "Andreas Schwab"),
    ],
    aliases={"Andreas Schwab": ["Parliament's rapporteur Andreas Schwab"]},
),
dict(
    id="ec-2013-11-05-tajani-mimica-product-safety-vote",
    source="https://ec.europa.eu/commission_2010-2014/mimica/news/2013/11/20131105_en.htm",
    license=EU, retrieved=PAGES + " (news page of 5 November 2013 on the archived website of Commissioner Neven Mimica (Commission 2010-2014); the archive lines 'This site has been archived on 07/11/14', 'Current version' and 'Navigation path' dropped; the headline is the first line; the page ends after the third paragraph; 'He added The Commission has presented ...' has no marks and is as stored (H611))",
    text='''Commission welcomes European Parliament vote to improve Consumer safety
A further step towards ensuring the enhanced safety of European consumers was the welcome given by Vice President of the European Commission, responsible for Industry and Entrepreneurship, Antonio Tajani and Commissioner for Consumer policy Neven Mimica to today’s vote of the Internal market committee of the European Parliament on a negotiating mandate for the product safety package proposed by the European Commission.
"Today's vote is another important step toward a more transparent and secure internal market that promotes the competitiveness of enterprises. I would like to thank the European Parliament for its strong support" Tajani added. "I hope that now the discussion in the Council and in the European Parliament could start quickly and be constructive".
For Commissioner Mimica “Today’s vote brings us a step further towards the adoption of this much needed package of measures to enhance the safety of European consumers.” He added The Commission has presented a balanced package of measures. The parliament is now ready to negotiate and the Commission is committed to working with both the Parliament and the Member States to see the package adopted during the mandate of this parliament.''',
    quotes=[
        Q('"Today\'s vote is another important step', 'for its strong support"', "Antonio Tajani"),
        Q('"I hope that now the discussion', 'be constructive"', "Antonio Tajani"),
        Q('“Today’s vote brings us a step further', 'European consumers.”', "Neven Mimica"),
    ],
    aliases={"Antonio Tajani": ["Tajani"],
             "Neven Mimica": ["Commissioner for Consumer policy Neven Mimica", "Commissioner Mimica"]},
),
dict(
    id="ep-2014-09-press-releases-others-borg-ebola",
    source="http://www.europarl.europa.eu/news/en/news-room/press-release/others/?start=30",
    license=EP, retrieved=PAGES + " (European Parliament press-room list 'Press releases', category 'Others', page 4, as stored in early September 2014; the pages corpus also holds a later copy of the same address with other items, not used; the site lines 'Main menu (press 'Enter')', 'Access to page content (press 'Enter')' and 'Direct access to list of other websites (press 'Enter')' and the photo caption 'A girl walks past a slogan painted on a wall reading \"Stop Ebola\" in Monrovia on August 31, 2014. ©BELGA_AFP_D.FAGET' dropped; the last item (heading 'Live: Eurogroup president discusses latest economic developments', its category line, its photo caption 'President of the Eurogroup Jeroen Dijsselbloem' and the teaser 'The economic committee will this week discuss the latest economic developm', cut in the stored copy) dropped; items whose heading the stored copy does not show are kept without one, the '(Read more: ... )' link lines as stored (H612))",
    text='''Press releases
Back to work after the summer recess, the European Parliament has plenty in its in-tray: climate change, foreign policy, illegal immigration, refugees, the EU's 2015 budget, scrutinising the new European Commission to be led by Jean-Claude Juncker… (Read more: Work in progress: what the Parliament will be focussing on the coming months )
EU's 2015 budget: EP committees determine their positions
Others Budget04-09-2014 - 15:22
The EU's budget for next year is taking shape with the Parliament and the Council working hard to find an acceptable compromise on the level and breakdown of EU revenue and spending in the months ahead. This week many parliamentary committees adopted their opinions on the budget and the Council also approved its formal position. Check out our infographic about the steps in the procedure and read on to find out more about what follows. (Read more: EU's 2015 budget: EP committees determine their positions )
The EU has a “moral obligation” to help the countries affected by the Ebola outbreak, said health commissioner Tonio Borg. Speaking during a meeting with the Parliament's public health committee on 3 September, he added: "The more we contain it, the less the chances are for the disease to reach Europe." MEPs agreed more needed to be done, but highlighted there were budget limitations. They also underlined the importance of financing research. (Read more: Borg: EU has "moral obligation" to help countries affected by Ebola outbreak )''',
    quotes=[
        Q('“moral obligation”', None, "Tonio Borg"),
        Q('"The more we contain it', 'to reach Europe."', "Tonio Borg"),
        Q('"moral obligation"', None, "Tonio Borg"),
    ],
    aliases={"Tonio Borg": ["health commissioner Tonio Borg", "Borg"]},
),
dict(
    id="ec-2014-04-24-barroso-record-of-achievement",
    source="https://parlement.com/id/vjj7rb9qkfz1/nieuws/a_united_open_and_stronger_europe",
    license=EUR, retrieved=PAGES + " (European Commission press release of 24 April 2014 as reproduced in full by Parlement.com (Montesquieu Instituut), the headline repeated as on the release; the header line 'European Commission' and the dateline 'Brussels, 24 April 2014' kept; the paragraph 'An overview of the Commiss', cut in the stored copy, dropped; the en dash of the first headline and the hyphen of the second, and '10 th February', are as stored (H613))",
    text='''A United, Open and Stronger Europe – European Commission "2010-2014 Record of Achievement"
European Commission
Brussels, 24 April 2014
A United, Open and Stronger Europe - European Commission "2010-2014 Record of Achievement"
What has the European Commission done for you in the last five years? Today, the European Commission has published a snapshot of some of the main achievements that it has delivered for citizens and businesses across Europe over the last five years.
In the online booklet published today, President Barroso outlines the main achievements of the current mandate and each Commissioner gives three concrete examples of the value added that the European Commission has provided in his or her portfolio.
President Barroso said:
"In this time of change, business as usual was no longer an option. If the five years before the start of this Commission were defined by constitutional issues that were formally settled by the introduction of the Lisbon Treaty, then these 5 years have been shaped by the threat of the financial and sovereign debt crisis. In the face of these challenges, we can all be extremely proud that we have kept Europe united, open and made it stronger for the future.
'United', because we managed to keep Europe together and even enlarge it despite the pressures exerted on our countries; 'Open', because we engaged with our international partners through the G20 to define a global response, we kept promoting trade within the European Union and across the world as a means of growth, and we maintained our commitments to developing countries; 'Stronger', because the necessary economic reforms are now being implemented across Europe and our economic governance has been reinforced, in particular in the Euro area, to make Europe’s economies fitter for globalisation."
The current European Commission comprised of 28 Commissioners took office on the 10 th February 2010. Its mandate runs until the 31 October 2014.''',
    quotes=[
        Q('"2010-2014 Record of Achievement"', None, None, 0),
        Q('"2010-2014 Record of Achievement"', None, None, 1),
        Q('"In this time of change', 'stronger for the future.', "Barroso"),
        Q("'United'", None, None),
        Q("'Open'", None, None),
        Q("'Stronger'", None, None),
    ],
    aliases={"Barroso": ["President Barroso"]},
),
dict(
    id="ep-2014-11-press-releases-committees-development-year",
    source="http://www.europarl.europa.eu/news/en/news-room/press-release/committees/?start=70",
    license=EP, retrieved=PAGES + " (European Parliament press-room list 'Press releases', category 'Committees', page 8, as stored in November 2014; the three site lines 'Main menu (press 'Enter')' etc. dropped; the last item ('Giving the European Union a budget must take priority ... MEPs want the most urgent bil'), cut in the stored copy, dropped; items whose heading the stored copy does not show are kept without one (H612))",
    text='''Press releases
Foreign Affairs Committee MEPs will meet Ukraine’s foreign minister Pavlo Klimkin at 15.00 in Brussels today to discuss developments in Ukraine following the recent legislative elections there and amidst the lasting crisis in the east of the country. The meeting takes place in room József Antall 2Q2. (Read more: MEPs to debate situation in Ukraine with foreign minister Pavlo Klimkin today )
The European Parliament deplores the fact that, almost at the end of the 21-day conciliation period, the Council is still ignoring the urgent need to deliver a budget for the EU and is instead completely preoccupied with its own disputes over the member states’ GNI contributions for 2014. Parliament will give the Council extra time to come up with its stance and will resume talks on deadline day on Monday 17 November. (Read more: Parliament gives Council extra time to sort out its position on the EU budget )
MEPs pave the way for European Year for Development 2015
DEVE Development and cooperation12-11-2014 - 10:17
The designation of 2015 as European Year for Development (EYD), with the motto “Our world, our future, our dignity”, coined by MEPs, is an opportunity that must be taken to raise citizens’ awareness of the EU's contribution to fighting hunger and eradicating poverty worldwide, said MEPs on Tuesday afternoon, in their first debate on possible EYD activities. The EYD must also anchor “development thinking” in institutions around the world, they added. (Read more: MEPs pave the way for European Year for Development 2015 )''',
    quotes=[
        Q('“Our world, our future, our dignity”', None, None),
        Q('“development thinking”', None, None),
    ],
),
dict(
    id="ep-press-newsletter-consumer-policy-strategy",
    source="https://docsbay.net/this-is-an-informal-message-intended-to-help-journalists-covering-the-work-of-the-european",
    license=EPD, retrieved=PAGES + " (an item of the European Parliament press service's plenary newsletter ('This is an informal message intended to help journalists covering the work of the European Parliament'), on the resolution on a new strategy for consumer policy, as reproduced on docsbay.net; the stored copy begins with the item's heading, which is kept as the first line, and the subheading 'Easy access to the right information' is kept; the paragraph 'MEPs also call on the Commission and Member States ... to empower cons', cut in the stored copy, dropped (H614))",
    text='''Placing consumers at the heart of the Single Market
Empowering consumers to make better informed choices and protecting citizens from unsafe products were among the issues addressed by MEPs in a resolution adopted by the Plenary on Tuesday to give Parliament's inputs for a new strategy for consumer policy.
Consumer expenditure generates more than half of EU GDP and EU citizens therefore have a crucial role to play as consumers in achieving the EU 2020 goals of smart, inclusive and sustainable growth.
The non-binding resolution welcomes the Commission's initiative to launch a Consumer Agenda which would function as an umbrella strategy for all initiatives in the consumer field 2014 - 2020 and place "consumers at the heart of the Single Market". The Commission is expected to present its proposal early next year.
"We need to deal with the problems citizens and consumers face. We need to try to reduce inequalities between consumers and we need to make sure they can exercise their rights. I am thinking in particular here about e-commerce, alternative dispute resolution and making sure that products are high quality and safe", Parliament's rapporteur Kyriacos Triantaphyllides (GUE, CY) said in the debate prior to the vote.
Easy access to the right information
The resolution underlines the need to empower consumers by providing them with "useful, targeted and understandable information" for example through the use of unit price indications, price comparison websites and effective product labelling.''',
    quotes=[
        Q('"consumers at the heart of the Single Market"', None, None),
        Q('"We need to deal with the problems', 'high quality and safe"', "Kyriacos Triantaphyllides"),
        Q('"useful, targeted and understandable information"', None, "Parliament"),
    ],
    aliases={"Kyriacos Triantaphyllides": ["Parliament's rapporteur Kyriacos Triantaphyllides"],
             "Parliament": ["The resolution"]},
),
dict(
    id="ep-2014-04-03-telecoms-package-roaming-del-castillo",
    source="http://email.mediahq.com/wf/click?upn=BJ8cytO0JbsfgAsjJgJz7WUz2kvH-2F4rNb706pANNzTtWItEbFgYNU5I-2BGefwVVoCs27IMrG3SzVbEdIwaE84UMi7-2B-2F0i3C0kH4-2FkX2Nq-2FqN8i0XuWmvDTtQvxQMMH3DGsPCsclxdqCZOs8uyVvq7t7ZJPiJtyVtH99XAA83JGKu1il5QNL0XwokPxglOgINyW2g5fWIY-2FjxUZV0tKDCoQflR8mFiz5yt-2FuynwEUCY7CIXXvIsK5RwU-2BXF4HBuDNjkEerGSh-2FONjq8riMQub2yT2YzNR8boj50Q9vND21Ipcc4kyriCH5rQVmjsO5MZGBMUAVyQqMpiFlhumr-2B7OaJumn-2FNZRw7FdG2X8iWXXbgp6wjNS5C8Tk97MXkP2i4cFP8K34PEV7d3E2DqorPvr1S8Gzb0sBc6SpaxO08vMmBm4XIDlBrlxthtLKug8canq773PvqzFnYbZzvJ4v-2Bp-2FsAFSA4f9Gz-2F0oxDl40qvWK8GoSQCX5-2FcR-2BxkZXCzByXhDU4-2BDhQiu-2Bh5ezYRUc0Yy9gwh8oHTtfY-2Bkh-2FrDbqR9EUY7-2FTQgVRrO6Jk-2FGv428uuXxEywkv0Di-2B1NOessUzkSm8pbwO4CRmVD8TAg-2Bdivdi13kwVQ6aRlr2nqy77SJuUU49zoMyiLaju-2FSlREs-2F4cT25WdUUGGt9Xr4G1-2Bn2K4rI-2Fk0hAuOsAurqeXyHuhpPe-2Bk4U8mE-2FNSLWP7zI8VDMGBxuDv9MwjPhc-2BIQ2-2B-2B6iMIFHsVuBj6kmD5wprPTw5_L1hqlY4qnWNdWGz8TRoh2enFbmKOxYO3O6jD6-2Fo47ttkoDr9VTCeVAPxXFW9id2lZWRh9VGX7RGSdDL625b3lT0dXl0jsxZxrKIdRwTd8vo7ylk5zv-2FE9NNkzXvgmJCU93-2FdWjEjPlbi160fxD99TebMDue6SxtN9Z59CDM8AiLcs0a34rPP1hkqLA3-2FWsNjYGEPc0A2qxJQNN7PcC-2BEqF9k-2BQwrdNEk2-2BzCx3GKBhlO0MhKIAE3-2FAbvCHdYYTsHeKr80iRwDkJSqkFDnFqb6Q-3D-3D",
    license=EPM, retrieved=PAGES + " (European Parliament press release of April 2014 on the plenary vote on the telecoms package, as distributed through the MediaHQ press-release mailing service (the stored address is the mailing's link); the site line 'Press Releases' and the photo caption 'Using mobile phones for calls, text messages and internet when travelling in another EU country should cost no more than at home, say MEPs ©BELGAIMAGE/MASTERFILE/K.Finlay' dropped; trailing spaces at line ends removed; the subheading 'Equal internet access for service suppliers' kept; the paragraph 'Internet access providers would still be able to offer specialized services ... offered', cut in the stored copy, dropped; the mismatched marks of '\"roaming”', 'as of from' and the double space after 'market.' are as stored (H615))",
    text='''Ensure open access for internet service suppliers and ban roaming fees, say MEPs
Internet access providers would be barred from blocking or slowing down selected services for economic or other reasons by the latest draft EU “telecoms package” legislation voted by Parliament on Thursday. MEPs also voted to ban "roaming” charges for using a mobile phone in another EU country, as of from 15 December 2015.
"Today's vote is a great step towards strengthening the telecommunications single market.  Parliament wants to abolish retail roaming charges for voice, SMS and data by 15 December 2015 and improve radio spectrum management to develop 4G and 5G throughout Europe", said rapporteur Pilar del Castillo Vera (EPP, ES).
“We have achieved further guarantees to maintain the openness of the Internet by ensuring that users can run and provide applications and services of their choice as well as reinforcing the Internet as a key driver of competitiveness, economic growth, jobs, social development and innovation”, she added. Ms del Castillo's report was approved by 534 votes to 25, with 58 abstentions.
Equal internet access for service suppliers
MEPs want clear rules to prevent internet access providers from promoting some services at the expense of others. EU telecoms regulator BEREC reported that several internet access providers were blocking or slowing down services like “Skype”, which is used to make phone calls over the internet.''',
    quotes=[
        Q('“telecoms package”', None, None),
        Q('"roaming”', None, None),
        Q('"Today\'s vote is a great step', 'throughout Europe"', "Pilar del Castillo Vera"),
        Q('“We have achieved further guarantees', 'and innovation”', "Pilar del Castillo Vera"),
        Q('“Skype”', None, None),
    ],
    aliases={"Pilar del Castillo Vera": ["rapporteur Pilar del Castillo Vera", "Ms del Castillo"]},
),
dict(
    id="ep-2010-01-01-buzek-alexeyeva-detention",
    source="https://freemediaonline.org/2010/01/01/european-parliament-president-condemns-alexeyevas-detention-in-moscow/",
    license=EPF, retrieved=PAGES + " (European Parliament press release of 1 January 2010 (President Jerzy Buzek) as republished in full by FreeMediaOnline.org under its own headline, which is kept as the first line; the site lines '285', '0', 'Share:' and FreeMediaOnline's own note 'FreeMediaOnline.org and GovoritAmerika.us republished this European Parliament press release to underscore ...' dropped (not the Parliament's text); the release's photo credit and headline, run together in the copy ('The European Parliament President Jerzy BuzekBuzek: The EP appeals ...'), kept as stored; the paragraph '“When Lyudmila Alexeyeva on 16 December was in the European Parliament during the press conference', cut in the stored copy, dropped; the double spaces after 'immediately.', 'Russia.' and 'arrest.' are as stored (H615))",
    text='''European Parliament President condemns Alexeyeva's detention in Moscow
The European Parliament President Jerzy BuzekBuzek: The EP appeals for the release of 2009 Sakharov Prize Winner Lyudmila Alexeyeva and other Russian human rights activists
Brussels – 01/01/2010
Following the detention of the human activists in Moscow on 31 December 2009, including Lyudmila Alexeyeva, the 82 year old 2009 Sakharov Prize winner for freedom of thought, the President of the European Parliament, Jerzy Buzek said:
“I am profoundly and personally touched when I think that this very respectful 82 year old woman spent the night of New Year’s Eve under Russian arrest.  I call on the Russian authorities to release her immediately.
I am deeply disappointed and shocked by the fact that Lyudmila Alexeyeva and other human rights activists were detained in Moscow last night. The police action was absolutely disproportionate. The detained protesters should be released immediately.  In a democratic country, people should have right to organise protests, even against governments and authorities. Freedom of speech and expression is one of our basic human rights.”
“I was so proud, two weeks ago, to award on behalf of the European Parliament the Sakharov Prize 2009 to Memorial – to Lyudmila Alexeyeva, Oleg Orlov, Sergei Kovalev, on behalf of Memorial and all other human rights defenders in Russia.  But I asked in my speech ‘whether Andrei Sakharov, one of the founders of Memorial, would feel pride, or more a sense of sadness that today’s Russia still needs such organisations?’
EP President Buzek added:''',
    quotes=[
        Q('“I am profoundly and personally touched', 'release her immediately.', "Jerzy Buzek"),
        Q('“I was so proud, two weeks ago', 'such organisations?’', "Jerzy Buzek"),
    ],
    aliases={"Jerzy Buzek": ["the President of the European Parliament, Jerzy Buzek", "EP President Buzek"]},
),
dict(
    id="ec-2017-11-29-intellectual-property-package-katainen",
    source="https://www.wired-gov.net/wg/news.nsf/print/Intellectual+property+Protecting+Europes+knowhow+and+innovation+leadership+30112017142000",
    license=EUW, retrieved=PAGES + " (European Commission press release of 29 November 2017 on the intellectual property package as reproduced by WiredGov (wired-gov.net, print view) on 30 November 2017, with 'today' of the release read as 'yesterday'; the headline and the WiredGov date line '30 Nov 2017 12:23 PM' kept; the list line 'The measures adopted yesterday include:' kept; the list item 'Stepping up the fight against counterfeiting and piracy: ... lucr', cut in the stored copy, dropped; the mojibake 'BieÅ„kowska' (for Bieńkowska) and 'Growth Investment' are as stored (H616))",
    text='''Intellectual property: Protecting Europe's know-how and innovation leadership
30 Nov 2017 12:23 PM
The Commission yesterday presented measures to ensure that intellectual property rights are well protected, thereby encouraging European companies, in particular SMEs and start-ups, to invest in innovation and creativity.
The new initiatives will make it easier to act efficiently against breaches of intellectual property rights, facilitate cross-border litigation, and tackle the fact that 5% of goods imported into the EU (worth €85 billion) are counterfeited or pirated. The Commission also encourages licensing negotiations which are fair and balanced in rewarding companies for their innovation while allowing also others to build on this technology to generate new innovative products and services.
Vice-President Jyrki Katainen, responsible for Jobs, Growth Investment and Competitiveness, yesterday said: "Europe's economic growth and competitiveness largely depends on our many entrepreneurs – from start-ups to large companies – investing in new ideas and knowledge. The comprehensive package we are presenting today improves the application and enforcement of intellectual property rights and encourages investment in technology and product development in Europe."
Internal Market, Industry, Entrepreneurship and SMEs Commissioner Elżbieta BieÅ„kowska, added: "Today we boost our collective ability to catch the 'big fish' behind fake goods and pirated content which harm our companies and our jobs – as well as our health and safety in areas such as medicines or toys. We are also placing Europe as a global leader with a patent licensing system that is conducive to the roll-out of the Internet of Things from smartphones to connected cars."
The measures adopted yesterday include:''',
    quotes=[
        Q('"Europe\'s economic growth', 'product development in Europe."', "Jyrki Katainen"),
        Q('"Today we boost our collective ability', 'to connected cars."', "Elżbieta BieÅ„kowska"),
    ],
    aliases={"Jyrki Katainen": ["Vice-President Jyrki Katainen"],
             "Elżbieta BieÅ„kowska": ["Internal Market, Industry, Entrepreneurship and SMEs Commissioner Elżbieta BieÅ„kowska"]},
),
dict(
    id="ec-2018-road-safety-statistics-2017-bulc",
    source="https://www.nrso.ntua.gr/european-commission-road-safety-2017-encouraging-results-second-year-in-a-row-2018/",
    license=EUN, retrieved=PAGES + " (the opening of the European Commission press release of April 2018 on the preliminary road safety statistics for 2017, as reproduced by the National Road Safety Observatory of NTUA (nrso.ntua.gr); the stored copy has no headline and holds the release's first two paragraphs, complete; '25 300' and '6 200' with spaces as stored (H616))",
    text='''The European Commission has published the preliminary 2017 road safety statistics, which indicate for the second year in a row, a decrease in the number of fatalities of around 2%. 25 300 people lost their lives on EU roads in 2017, which is 300 fewer than in 2016 (-2%) and 6 200 fewer than in 2010 (-20%). While national authorities deliver most of the day-to-day actions, such as enforcement and awareness-raising, the Commission is working on a series of concrete measures to spur further substantial progress. This would be another step towards a “Europe that protects” as envisioned by President Juncker.
Commissioner for Transport Violeta Bulc said: “25 300 people lost their lives on our roads last year, and many more were left with life-changing injuries. Behind these figures are as many stories of grief and pain. Road safety is of course a responsibility shared with the Member States, but I believe that the EU can do more to better protect Europeans. The Commission is currently working on a series of concrete measures that we plan to announce in the coming weeks. The ambition is clear: saving more lives on our roads.”''',
    quotes=[
        Q('“Europe that protects”', None, None),
        Q('“25 300 people lost their lives', 'more lives on our roads.”', "Violeta Bulc"),
    ],
    aliases={"Violeta Bulc": ["Commissioner for Transport Violeta Bulc"]},
),
dict(
    id="ep-2015-09-07-opening-schulz-migrants",
    source="http://www.europarl.europa.eu/news/en/press-room/20150903IPR91513/opening-migrants-put-europe-to-the-test",
    license=EP, retrieved=PAGES + " (European Parliament press release on President Martin Schulz's opening address to the September 2015 plenary session (REF. 20150903IPR91513); the stored copy has no headline and none is added (H131); the site line 'Share this page:' and the photo caption 'European Parliament President Martin Schulz opens September plenary session in Strasbourg©EU 2015 - EP' dropped; trailing spaces at line ends removed; the section 'Incoming/outgoing MEPs' (heading and three list lines), at which the stored copy ends and which may go on, dropped (H617))",
    text='''Migrants who make it to Europe are setting it an historic test. Hundreds of thousands look to it for protection from war and persecution. The right response to this global challenge is not walls or deterrence, national selfishness or national measures, but a common asylum and refugee policy, President Schulz urged in his opening address. Plans for sharing asylum seekers among EU countries will be presented to Parliament on Wednesday by Commission President Juncker, he added.
It is sheer desperation that drives families with young children to cross the Mediterranean in rafts, camp in stations, squeeze through barbed wire or hide in refrigerated lorries, said Mr Schulz, noting that many lose their lives.
These people are fleeing criminal or terrorist groups such as the so-called Islamic State, which not only destroyed irreplaceable cultural heritage in Palmyra, but beheaded its museum director in public, he said.
The real question that Europe must answer is whether it wants to be a “Union against all”, or a “Union of solidarity”, said Mr Schulz, urging politicians, in all their debates on figures, not to forget that migrants are people, who come to Europe because they share its values.
The humanity shown by those who give exhausted migrants water, food, clothes and toys for their children, or help out in refugee centres, must guide our response to the challenge, so that the image of the drowned little boy Aylan Kurdi, which was burned into all our memories, will never again be repeated, he concluded.
Agenda changes
A resolution was added to wind up the debate on Belarus.''',
    quotes=[
        Q('“Union against all”', None, "Schulz"),
        Q('“Union of solidarity”', None, "Schulz"),
    ],
    aliases={"Schulz": ["President Schulz", "Mr Schulz"]},
),
]
