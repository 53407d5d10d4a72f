# Hundred-and-eighteenth held-out German real-news set (tests/data/heldout118-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 985-986). None of these
# pages is in any tests/data/*.jsonl (checked by URL / OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases and
# speaker names). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Hundred-and-eighteenth held-out set": releases of the Austrian Parliament's
# Parlamentskorrespondenz on the Austrian heads of state (Heinz Fischer, Alexander Van der Bellen), on the OTS service and
# as reposted by the Österreich Journal. The heads of state's own sites (bundespraesident.de, bundespraesident.at) were not
# used: no licence or reprint permission for their texts was found in the stored copies. Stored copies are excerpts cut
# after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VDB = "Alexander Van der Bellen"

add(id="ho118-pk-ots-2023-01-26-van-der-bellen-angelobt",
    title="Bundespräsident Alexander Van der Bellen für zweite Amtsperiode angelobt",
    url="https://www.ots.at/presseaussendung/OTS_20230126_OTS0120/bundespraesident-alexander-van-der-bellen-fuer-zweite-amtsperiode-angelobt",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 26 January 2023, dateline 'Wien "
              "(PK)'; the store's prefix ' date 2023-01 ' before the headline dropped (rule 63); headline and subtitle kept "
              "as separate lines as stored; the subheading 'Wissenschaftliche und politische Laufbahn' and the paragraph "
              "after it ('Der 1944 geborene Alexander Van der Bellen, … als Universitätsprofessor für Volkswirt'), cut off "
              "in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Wiedergewähltes Staatsoberhaupt legt vor Bundesversammlung ein Bekenntnis zu liberaler Demokratie und "
           "Menschenrechten ab",
           'Wien (PK) - Alexander Van der Bellen will seine zweite Amtsperiode als Bundespräsident in Österreich dem '
           'Eintreten für Demokratie, Solidarität, Menschenrechte und Chancengerechtigkeit widmen. Die Klimakatastrophe und '
           'den russischen Angriffskrieg in der Ukraine nannte er bei seiner heutigen Rede anlässlich seiner Angelobung vor '
           'der Bundesversammlung im frisch sanierten Parlament als wesentliche Herausforderungen, die es gemeinsam mit den '
           'europäischen Partnern zu überwinden gilt. "Die Europäische Vereinigung ist die beste Idee, die wir je hatten. '
           'Wer mit der Idee eines Öxit auch nur spielt, spielt mit der Zukunft Österreichs". Das am 9. Oktober 2022 '
           'wiedergewählte Staatsoberhaupt mahnte auch die Verantwortung von Politik und Medien ein, an einer positiven '
           'Zukunftsstimmung in der Gesellschaft zu arbeiten, die trotz aller Krisen das Land nicht in Angst erstarren '
           'lassen. Klientelismus und Populismus sowie "Fake News" und jede Form von Antisemitismus sollen in Österreich '
           'keinen Platz haben.',
           "Anders als bei der Bundespräsidentenwahl 2016, als Van der Bellen erst nach einer Stichwahl über eine "
           "ausreichende Mehrheit verfügte, erhielt der Amtsinhaber im Vorjahr bereits im ersten Wahldurchgang mehr als die "
           "Hälfte der abgegebenen Stimmen. Mit 56,7 % der Stimmen lag er klar vor den sechs anderen Wahlwerbern, von denen "
           "Volksanwalt Walter Rosenkranz, der für die FPÖ kandidierte, ihm mit 17,7 % am nächsten kam."],
    quotes=[('"Die Europäische Vereinigung ist die beste Idee, die wir je hatten. Wer mit der Idee eines Öxit auch nur '
             'spielt, spielt mit der Zukunft Österreichs"', VDB),
            ('"Fake News"', None)],
    aliases={VDB: [VDB, "Bundespräsident Alexander Van der Bellen", "Van der Bellen"]})

add(id="ho118-pk-ots-2017-01-26-van-der-bellen-einigkeit",
    title="Neuer Bundespräsident Alexander Van der Bellen appelliert an Einigkeit und Zuversicht",
    url="http://www.ots.at/presseaussendung/OTS_20170126_OTS0130/neuer-bundespraesident-alexander-van-der-bellen-appelliert-an-einigkeit-und-zuversicht",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 26 January 2017, dateline 'Wien "
              "(PK)'; the store's prefix ' date 2017-01 ' before the headline dropped (rule 63); headline and subtitle kept "
              "as separate lines as stored; the two sentences of the president's own words in the first paragraph ('Ich "
              "werde mich dann zu Wort melden, … nicht angemessen, brachte er …') stand without quotation marks in the "
              "stored copy and are kept so, unannotated (rules 20, 985); the subheading 'Der lange Weg zur Angelobung' and "
              "the paragraph after it ('Der Angelobung ging ein überaus langer Wahlvorgang voraus, … aus der Alexander Van "
              "der'), cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Van der Bellen ist neunter Bundespräsident der Zweiten Republik",
           "Wien (PK) - Alexander Van der Bellen will ein Bundespräsident für alle in Österreich lebenden Menschen sein. In "
           "seiner Rede vor der Bundesversammlung bekräftigte das neue Staatsoberhaupt die Überparteilichkeit seines Amtes "
           "und bekannte sich zur Tradition der Zusammenarbeit mit allen politischen Institutionen und Verfassungsorganen "
           "sowie mit den Akteuren der Zivilgesellschaft. Ich werde mich dann zu Wort melden, wenn grundsätzliche Fragen "
           "unseres Gemeinwesens verhandelt werden oder gar auf dem Spiel stehen. Die tägliche Schlagzeile zu produzieren, "
           "ist dem Amt nicht angemessen, brachte er sein Amtsverständnis auf den Punkt.",
           'Van der Bellen sprach die großen Herausforderungen an, mit denen die Menschen heute konfrontiert sind - von der '
           'Migration über den wissenschaftlichen Fortschritt bis hin zu Nationalismus, Terrorismus und Klimawandel - und '
           'rief vor diesem Hintergrund zu Einigkeit und Zuversicht auf. "Wir Österreicherinnen und Österreicher haben oft '
           'genug bewiesen, dass wir Herausforderungen, so groß sie auch sein mögen, meistern können". Dabei gelte es, auf '
           'das Gemeinsame zu bauen und weniger auf das Trennende zu schauen. Unverrückbar ist für den neuen '
           'Bundespräsidenten das gemeinsame klare Wertefundament, auf dem die Republik errichtet ist - Freiheit, Gleichheit '
           'und Solidarität. "Die Notwendigkeit zur Einigkeit in diesen Punkten werde ich als Bundespräsident immer '
           'ansprechen und nötigenfalls einmahnen".'],
    quotes=[('"Wir Österreicherinnen und Österreicher haben oft genug bewiesen, dass wir Herausforderungen, so groß sie auch '
             'sein mögen, meistern können"', VDB),
            ('"Die Notwendigkeit zur Einigkeit in diesen Punkten werde ich als Bundespräsident immer ansprechen und '
             'nötigenfalls einmahnen"', VDB)],
    aliases={VDB: [VDB, "Neuer Bundespräsident Alexander Van der Bellen", "Van der Bellen"]})

BURES = "Doris Bures"

add(id="ho118-pk-oej-2016-07-fischer-festsitzung",
    title="Festsitzung im Parlament anlässlich der Beendigung der Amtszeit von Bundespräsident Heinz Fischer",
    url="http://oe-journal.at/Aktuelles/!2016/0716/W1/20807pkFischer.htm",
    retrieved="same address (the Österreich Journal's repost of the Parlamentskorrespondenz release on the parliament's "
              "festive sitting of 8 July 2016, dateline 'Wien (pk)'; the hard line breaks of the repost, in the headline "
              "and inside the paragraph, joined with a space (rule 48); the next paragraph ('Die Nationalratspräsidentin "
              "hob insbesondere die moralische Autorität Fischers … Dabei sei er niemals in Widerspruch zur gebotenen "
              "Überparteilichkeit geraten, so'), cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=['Wien (pk) – Als "moralische Autorität" und "Anker der Stabilität und Verlässlichkeit", würdigte '
           'Nationalratspräsidentin Doris Bures den Politiker und Menschen Heinz Fischer am 08.07. im Rahmen der '
           'Festsitzung anlässlich der Beendigung seiner zwölfjährigen Amtszeit. Der Bundespräsident habe das in ihn '
           'gesetzte Vertrauen "nicht nur voll gerechtfertigt, sondern in beeindruckender Weise vermehrt". Heinz Fischer '
           'habe es verstanden, "den Menschen Orientierung und Zuversicht, ein Gefühl der Sicherheit zu geben". Er habe die '
           'Nähe der Menschen gesucht und mit seiner Offenheit und Wärme auch deren Herzen erreicht. Als Staatsoberhaupt sei '
           'es ihm gelungen, "immer die richtige Balance zu finden zwischen der Würde, die ein Bundespräsident auszustrahlen '
           'hat, und der Ungezwungenheit, die den Menschen und Menschenfreund Heinz Fischer ausgezeichnet hat", '
           'charakterisierte Bures die Persönlichkeit Fischers und ergänzte in Richtung von Frau Margit Fischer: "Durch ihre '
           'liebenswürdige Persönlichkeit und ihre vornehme Bescheidenheit hat Margit Fischer das harmonische Bild der '
           'Hofburg ganz wesentlich mitgeprägt."'],
    quotes=[('"moralische Autorität"', BURES),
            ('"Anker der Stabilität und Verlässlichkeit"', BURES),
            ('"nicht nur voll gerechtfertigt, sondern in beeindruckender Weise vermehrt"', BURES),
            ('"den Menschen Orientierung und Zuversicht, ein Gefühl der Sicherheit zu geben"', BURES),
            ('"immer die richtige Balance zu finden zwischen der Würde, die ein Bundespräsident auszustrahlen hat, und der '
             'Ungezwungenheit, die den Menschen und Menschenfreund Heinz Fischer ausgezeichnet hat"', BURES),
            ('"Durch ihre liebenswürdige Persönlichkeit und ihre vornehme Bescheidenheit hat Margit Fischer das harmonische '
             'Bild der Hofburg ganz wesentlich mitgeprägt."', BURES)],
    aliases={BURES: [BURES, "Nationalratspräsidentin Doris Bures", "Bures"]})
