# Seven-hundred-and-twenty-fourth held-out German real-news set (tests/data/heldout724-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4510-4512). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# portal's address, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-twenty-fourth held-out set": seven releases sent over the ots service of
# news aktuell - three of German police authorities read in their newsrooms on presseportal.de (the Polizei Bonn on its
# cooperation with the Hochschule Bonn-Rhein-Sieg, words of Frank Hoever and Hartmut Ihne, about March 2021; the Polizei Essen
# on the second Polizei Award, words of Frank Richter and of the jury, September 2020; the Bundespolizeidirektion Sankt
# Augustin on about 80 new federal police officers sworn in at Düsseldorf, March 2020; licence OTS_POLIZEI_SENDER), one of the
# THW Landesverband Hamburg, Mecklenburg-Vorpommern, Schleswig-Holstein forwarding the THW headquarters' first release on the
# flood of July 2021 with words of the THW president Gerd Friedsam (OTS_THW), and three of the Deutscher Feuerwehrverband
# e. V. (DFV), the umbrella association of the German fire brigades: two read in its newsroom 50093 on presseportal.de (Hartmut
# Ziebs and Stephan Mayer at the 13th Berliner Abend der deutschen Feuerwehren, September 2018; Nancy Faeser and Karl-Heinz
# Banse at the opening of the 29th Deutscher Feuerwehrtag in Hannover, June 2022; OTS_VERBAENDE_DE) and one reposted by the
# banking news portal bankkaufmann.com (Angela Merkel and Hans-Peter Kröger in Bonn, 19 August 2014;
# OTS_VERBAENDE_DE_REPOST_PORTAL). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept
# (rules 15, 17), the newsroom, portal and image furniture is dropped and the portal's hard wraps are joined (rules 2610, 3070,
# 4340, 4450, 4510), and each retrieval note names what was dropped. The search budget of the session allowed 60 queries; 48
# were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import (OTS_POLIZEI_SENDER, OTS_THW, OTS_VERBAENDE_DE,  # noqa: E402
                      OTS_VERBAENDE_DE_REPOST_PORTAL)

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


HOEVER = "Frank Hoever"
RICHTER = "Frank Richter"
JURY = "Jurymitglieder"
NEUE = "Mitarbeiterinnen und Mitarbeiter"
FRIEDSAM = "Gerd Friedsam"
MERKEL = "Angela Merkel"
KROEGER = "Hans-Peter Kröger"
ZIEBS = "Hartmut Ziebs"
MAYER = "Stephan Mayer"
FAESER = "Nancy Faeser"
BANSE = "Karl-Heinz Banse"

# --- presseportal.de (ots), newsroom 7304, about March 2021: Polizei Bonn and the Hochschule Bonn-Rhein-Sieg cooperate ---

BN_T = "POL-BN: Hochschule Bonn-Rhein-Sieg und Bonner Polizei kooperieren"
BN_P1 = ("Ein intensiver Austausch zwischen Hochschule Bonn-Rhein-Sieg (H-BRS) und dem Polizeipräsidium Bonn hat nun zu einer "
         "Kooperationsvereinbarung geführt. Demnach möchten die beiden Institutionen gegenseitig die Ausbildung bereichern, "
         "Studierenden Praktika ermöglichen, Forschungsaktivitäten anstoßen und sich im Einzelfall wechselseitig beraten.")
BN_P2 = ("Die Kooperation betreut an der H-BRS Prof. Dr. Richard Jäger vom Fachbereich Angewandte Naturwissenschaften. Zugleich "
         "ist er Studiengangleiter des Studiengangs Naturwissenschaftliche Forensik. Und Forensik ist neben Cybersecurity "
         "Schwerpunkt der Zusammenarbeit. Sein Partner bei der Kreispolizei, Leitender Regierungsdirektor Jörg Schlesinger, "
         "leitet die Abteilung Zentrale Aufgaben. Die Freude über die Vereinbarung ist beidseitig, denn \"durch Netzwerke können "
         "wir unterschiedliche Kompetenzen bündeln und sie für alle nutzbar machen\", so Polizeipräsident Frank Hoever und "
         "Hochschulpräsident Hartmut Ihne einvernehmlich.")
BN_P3 = ("Hoever weiter: \"Für die Polizei ist es von herausragender Bedeutung auch mit anderen Behörden, der Wirtschaft und - wie "
         "in diesem Fall - mit der Hochschule eng und vertrauensvoll zusammenzuarbeiten. Zudem trägt unsere Kooperation "
         "wesentlich dazu bei, insbesondere Theorie und Praxis noch besser zu verzahnen.\" Der Polizeipräsident betont darüber "
         "hinaus die zunehmende Bedeutung der Bereiche Forensik und Cybersecurity für die Polizei: \"Insoweit sind "
         "Hochschulabsolventen für uns eine hochinteressante Zielgruppe, weil die Polizei ein attraktiver Arbeitgeber ist.\"")

add(id="ho724-ots-2021-pol-bn-hoever-ihne-hochschule-kooperation",
    title=BN_T,
    url="https://www.presseportal.de/blaulicht/pm/7304/4856425",
    retrieved="same address (release of the Polizei Bonn sent over news aktuell from its newsroom 7304; the stored copy shows "
              "no date prefix; about March 2021 by the release number, a few thousand after the DFV's release 50093/4849996 "
              "of February 2021, and Frank Hoever's term as police president); the newsroom label 'Polizei Bonn' dropped "
              "(rule 4040); the headline with its service code 'POL-BN:' is the title, the dateline 'Bonn, St.Augustin (ots)' "
              "a line of its own as stored (rules 4340, 4510); the fourth paragraph ('Im Studiengang Naturwissenschaftliche "
              "Forensik erwerben …'), which the stored copy breaks off inside a word ('… ebenso wie in der DNA-'), dropped "
              "(rule 15); the published 'Bedeutung auch' without a comma kept (rule 20)",
    license=OTS_POLIZEI_SENDER,
    paras=["Bonn, St.Augustin (ots)", BN_P1, BN_P2, BN_P3],
    # the partial quotation after `denn` that `so Polizeipräsident Frank Hoever und Hochschulpräsident Hartmut Ihne
    # einvernehmlich` closes is their joint statement, the first-named Hoever canonical (rule 27); Ihne has no quotation of his
    # own, so his names, his office and the joint form are aliases (rules 27, 3342; contrast rule 750); the colon quotation after
    # the label `Hoever weiter:` and the colon quotation after `Der Polizeipräsident betont darüber hinaus …:` are Hoever's (rules
    # 9, 30); `Polizeipräsident` and `Hochschulpräsident` name only Hoever and Ihne in the release and are aliases (rule 44);
    # Richard Jäger, Jörg Schlesinger, the H-BRS, the Kreispolizei and the Polizei say nothing in marks
    quotes=[(cut(BN_P2, "\"durch Netzwerke", "nutzbar machen\""), HOEVER),
            (cut(BN_P3, "\"Für die Polizei", "verzahnen.\""), HOEVER),
            (cut(BN_P3, "\"Insoweit", "Arbeitgeber ist.\""), HOEVER)],
    aliases={HOEVER: ["Frank Hoever", "Polizeipräsident Frank Hoever", "Hoever", "Polizeipräsident", "Hartmut Ihne",
                      "Hochschulpräsident Hartmut Ihne", "Hochschulpräsident",
                      "Polizeipräsident Frank Hoever und Hochschulpräsident Hartmut Ihne"]})

# --- presseportal.de (ots), newsroom 11562, 25 September 2020: Polizei Essen, the second Polizei Award ---

ES_T = "POL-E: Polizeipräsidium Essen verleiht zum zweiten Mal den Polizei Award"
ES_P1 = ("Am Freitagnachmittag, 25. September 2020, fand im Polizeipräsidium Essen in einem feierlichen Rahmen und unter "
         "Einhaltung der Coronaschutzbestimmung die zweite Verleihung des Polizei Award statt. Mit dieser besonderen Auszeichnung "
         "würdigte die fünfköpfige Jury, bestehend aus Herrn Innenminister Herbert Reul, Frau Prof. Dr. Gabriele Krone-Schmalz, "
         "Herrn Prof. Bodo Hombach, Herrn Jean Pütz und Herrn Günter A. Steinmann, gleich zwei Preisträger. Ein Preisträger ist "
         "ein 32-jähriger Familienvater aus Voerde. Er übernahm am 20. Juli 2019 soziale Verantwortung, als ein 28-jähriger Täter "
         "eine 34-jährige Frau auf einem Bahnsteig in Voerde unmittelbar vor einen einfahrenden Zug ins Gleisbett stieß und "
         "dadurch tödlich verletzte. Nur durch sein mutiges und besonnenes Eingreifen, indem er sich auf den 28-Jährigen stürzte "
         "und ihn bis zum Eintreffen der Polizei festhielt, konnte der Täter schnell gestoppt und mögliche Folgetaten verhindert "
         "werden. \"Ein solch beherztes Handeln ist nicht selbstverständlich\", betonte Polizeipräsident Frank Richter. Als "
         "zweiten Preisträger ehrte die Jury das bewährte Konzept der Fahndungssendung Aktenzeichen XY...ungelöst. Seit 1967 "
         "unterstützt das TV Format durch Mithilfe der Fernsehzuschauer die Polizei bei der Verbrechensbekämpfung. Mit großer "
         "Freude nahm der bekannte Moderator Herr Rudi Cerne auch in Vertretung für den Produzent der Sendung, Herr Martin Groß "
         "persönlich die besondere Auszeichnung entgegen. \"Beide Preisträger sind Vorbilder für unsere Gesellschaft und "
         "verdienen unseren Dank und Respekt\", stellten die Jurymitglieder bei dem Empfang im Präsidium heraus. Nach der "
         "feierlichen Auszeichnung ließ man den Nachmittag in einer netten Gesprächsatmosphäre ausklingen.")

add(id="ho724-ots-2020-09-pol-e-polizei-award-richter-jury",
    title=ES_T,
    url="https://www.presseportal.de/blaulicht/pm/11562/4717642",
    retrieved="same address (release of the Polizei Essen sent over news aktuell from its newsroom 11562 on or after the "
              "award of Friday, 25 September 2020; the date prefix ' date 2020-09'); the date prefix and the newsroom label "
              "'Polizei Essen' dropped (rules 4040, 4450); the headline with its service code 'POL-E:' is the title, the "
              "dateline 'Essen (ots)' a line of its own as stored (rule 4340); the empty lines after the paragraph are the end "
              "of the stored copy; the published 'Coronaschutzbestimmung', 'Aktenzeichen XY...ungelöst', 'TV Format', 'den "
              "Produzent' and 'Herr Martin Groß persönlich' without a comma kept (rule 20); complete as stored",
    license=OTS_POLIZEI_SENDER,
    paras=["Essen (ots)", ES_P1],
    # the quotation before `betonte Polizeipräsident Frank Richter` is his (rule 30); the quotation before `stellten die
    # Jurymitglieder bei dem Empfang im Präsidium heraus` is the jury's as a body, under the cue's noun, although the paragraph
    # names its five members (rule 4511); the TV programme's name stands without marks and carries no span (rule 5);
    # Herbert Reul, Gabriele Krone-Schmalz, Bodo Hombach, Jean Pütz, Günter A. Steinmann, Rudi Cerne, Martin Groß, the
    # Familienvater and the Täter say nothing in marks; `Polizeipräsident` names only Richter and is an alias (rule 44), and
    # `Jury` names the same body as `Jurymitglieder` (rule 4511)
    quotes=[("\"Ein solch beherztes Handeln ist nicht selbstverständlich\"", RICHTER),
            (cut(ES_P1, "\"Beide Preisträger", "Respekt\""), JURY)],
    aliases={RICHTER: ["Frank Richter", "Polizeipräsident Frank Richter", "Polizeipräsident"],
             JURY: ["Jurymitglieder", "Jury"]})

# --- presseportal.de (ots), newsroom 70116, March 2020: Bundespolizeidirektion Sankt Augustin, new officers in Düsseldorf ---

BP_T = "BPOL NRW: Rund 80 neue Bundespolizistinnen und Bundespolizisten in Düsseldorf"
BP_P1 = ("Der Präsident der Bundespolizeidirektion Sankt Augustin Andreas Jung begrüßte die neuen Kolleginnen und Kollegen in "
         "der Landeshauptstadt. Die \"Neuen\" haben in der letzten Woche ihre Laufbahnprüfung bestanden und werden nun ihren "
         "Dienst zukünftig in Düsseldorf leisten. Im Plenarsaal des Düsseldorfer Rathauses empfing der Oberbürgermeister Herr "
         "Geisel die \"Märzmeister\". In seiner Ansprache hieß Präsident Andreas Jung die neuen Kolleginnen und Kollegen in der "
         "großen Bundespolizei-Familie willkommen.")
BP_P2 = ("Vor Dienstaufnahme leisteten die neuen Mitarbeiterinnen und Mitarbeiter ihren Diensteid mit dem Wortlaut: \"Ich "
         "schwöre das Grundgesetz für die Bundesrepublik Deutschland und alle in der Bundesrepublik geltenden Gesetze zu wahren "
         "und meine Amtspflicht gewissenhaft zu erfüllen, so wahr mir Gott helfe\".")
BP_P3 = ("Die 21 Frauen und 58 Männer, die zum größten Teil aus Nordrhein-Westfalen stammen, haben ihre 2 ½ jährige Ausbildung "
         "in den Ausbildungszentren der Bundespolizei u.a. in Bamberg (Bayern), Diez (Rheinland-Pfalz), Eschwege (Hessen), "
         "Neustrelitz (Mecklenburg-Vorpommern), Eschwege (Hessen) und Swisttal (Nordrhein-Westfalen) absolviert. Bei einem "
         "abschließenden Spaziergang am Rheinufer entlang, konnte in ersten Gesprächen entnommen werden, dass die "
         "Polizeibeamtinnen und Polizeibeamten voller Tatendrang sind und sich auf ihre neue Aufgabe freuen.")
BP_P4 = ("Zu den Gästen zählten Vertreter der Landespolizei Düsseldorf, des Zolls und der Flughafen GmbH. Musikalisch begleitet "
         "wurde die Vereidigungsfeier von dem erweiterten Holzbläserquintett des Bundespolizeiorchesters Hannover unter der "
         "Leitung von Jörg Wassenberg.")

add(id="ho724-ots-2020-03-bpol-nrw-vereidigung-duesseldorf",
    title=BP_T,
    url="https://www.presseportal.de/blaulicht/pm/70116/4535711",
    retrieved="same address (release of the Bundespolizeidirektion Sankt Augustin sent over news aktuell from its newsroom "
              "70116 in March 2020, the date prefix ' date 2020-03' and the 'Märzmeister'); the date prefix and the newsroom "
              "label 'Bundespolizeidirektion Sankt Augustin' dropped (rules 4040, 4450); the headline with its service code "
              "'BPOL NRW:' is the title, the dateline 'Düsseldorf (ots)' a line of its own as stored (rule 4340); the empty "
              "lines after the fourth paragraph are the end of the stored copy; the published '2 ½ jährige', 'Eschwege "
              "(Hessen)' named twice, 'entlang, konnte' and the closing mark before the full stop in 'helfe\".' kept (rule "
              "20); complete as stored; named, not used, in the SOURCES section of an earlier set as a release with only an "
              "oath wording and two nicknames in marks",
    license=OTS_POLIZEI_SENDER,
    paras=["Düsseldorf (ots)", BP_P1, BP_P2, BP_P3, BP_P4],
    # the marked `"Neuen"` and `"Märzmeister"` are the release's own names for the group of new officers, nobody's words,
    # null (rules 2, 24, 4512); the oath words after `leisteten die neuen Mitarbeiterinnen und Mitarbeiter ihren Diensteid
    # mit dem Wortlaut:` are the words of those who swear them, the group under its head phrase (rules 10, 122, 1921, 4512),
    # the title's `Bundespolizistinnen und Bundespolizisten` the same group; Andreas Jung, the Oberbürgermeister Geisel, the
    # guests and Jörg Wassenberg say nothing in marks
    quotes=[("\"Neuen\"", None),
            ("\"Märzmeister\"", None),
            (cut(BP_P2, "\"Ich schwöre", "Gott helfe\""), NEUE)],
    aliases={NEUE: ["Mitarbeiterinnen und Mitarbeiter", "neuen Mitarbeiterinnen und Mitarbeiter",
                    "Bundespolizistinnen und Bundespolizisten"]})

# --- presseportal.de (ots), newsroom 118210, July 2021: THW Landesverband HH, MV, SH forwards the THW's flood release ---

TH_P1 = ("Mit verstärkter Rufbereitschaft stehen die THW-Einsatzkräfte aus dem Landesverband HHMVSH bereit, um unverzüglich die "
         "im Einsatz befindlichen Kräfte zu verstärken, bzw. abzulösen. Sobald diese Anforderungen kommen, werden wir dies auch "
         "an dieser Stelle publizieren.")
TH_P2 = "Hier die erste PM der THW-Leitung zum Unwetter-Einsatz um Tief Bernd:"
TH_P3 = ("Bonn. Die Unwetter der vergangenen Tage in Süd- und Westdeutschland forderten allein in den vergangenen 24 Stunden die "
         "vielseitige Expertise von mehr als 2.500 Einsatzkräften des Technischen Hilfswerks (THW). Unter anderem pumpten sie "
         "Wasser ab, retteten Personen und sicherten Deiche und Häuser. \"Unsere Helferinnen und Helfer sind seit Tagen "
         "unermüdlich im Unwetter-Einsatz, um Menschenleben zu retten, aber auch Infrastruktur und Sachwerte zu schützen\", lobt "
         "THW-Präsident Gerd Friedsam das Engagement der Ehrenamtlichen. Obwohl der Regen in weiten Teilen nachgelassen hat, ist "
         "die Lage weiterhin angespannt.")
TH_P4 = ("Im Dauereinsatz kämpfen Einsatzkräfte von THW, Feuerwehr und Hilfsorganisationen seit zwei Tagen gegen Überschwemmungen "
         "in verschiedenen Städten in Südwestdeutschland. In den betroffenen Gebieten unterstützen sie vor allem mit "
         "leistungsstarken Pumpen, mit denen sie Keller und Häuser von eintretendem Wasser befreien. Außerdem retteten sie "
         "zahlreiche Menschen, die in Autos oder Gebäuden von den Fluten eingeschlossen waren. Gleichzeitig begrenzten die "
         "Ehrenamtlichen weitere Schäden, indem sie Regenrückhaltebecken stärkten, Sandsäcke befüllten und verbauten sowie Deiche "
         "sicherten. Als Expertinnen und Experten berieten sie vielerorts Einsatzleitungen - unter anderem im stark betroffenen "
         "Düsseldorf und in Ahrweiler.")

add(id="ho724-ots-2021-07-thw-hhmvsh-friedsam-unwetter",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/118210/4969876",
    retrieved="same address (release of the THW Landesverband Hamburg, Mecklenburg-Vorpommern, Schleswig-Holstein sent over "
              "news aktuell from its newsroom 118210 in July 2021, the date prefix ' date 2021-07', during the floods after the "
              "low 'Bernd'); the date prefix and the newsroom label 'THW Landesverband Hamburg, Mecklenburg-Vorpommern, "
              "Schleswig-Holstein' dropped (rules 4040, 4450); the stored copy shows no headline and no dateline after the "
              "label and begins with the Landesverband's own paragraph, so the document gets no title and none is added (rules "
              "18, 32, 4340); the Landesverband's line introducing the forwarded release ('Hier die erste PM der THW-Leitung "
              "…:') and the forwarded release's place mark 'Bonn.' kept as stored (rules 13, 4510); the forwarded release's "
              "third paragraph ('Die Schwerpunkte des Einsatzes liegen …'), which the stored copy breaks off inside a word ('In "
              "Düsseldorf, in Wupp'), dropped (rule 15); the published 'verstärken, bzw. abzulösen' kept (rule 20)",
    license=OTS_THW,
    paras=[TH_P1, TH_P2, TH_P3, TH_P4],
    # the quotation before `lobt THW-Präsident Gerd Friedsam das Engagement der Ehrenamtlichen` is Friedsam's (rule 30), the
    # verb of praise that takes the quotation up being his cue; the quotation stands in the forwarded release of the THW
    # headquarters, whose president the cue names (rule 4510); the Landesverband's `wir` in the first paragraph stands
    # without marks (rule 5); the Einsatzkräfte, the Ehrenamtlichen and the THW-Leitung say nothing in
    # marks; the office compound naming the THW is no alias (rule 33)
    quotes=[(cut(TH_P3, "\"Unsere Helferinnen", "zu schützen\""), FRIEDSAM)],
    aliases={FRIEDSAM: ["Gerd Friedsam"]})

# --- bankkaufmann.com (ots repost), 19 August 2014: DFV, Angela Merkel and Hans-Peter Kröger in Bonn ---

KR_T = ("Bundeskanzlerin lobt Engagement der Feuerwehr / DFV-Präsident Kröger: \"Zeitgemäße Ausrüstung für Einsatzkräfte "
        "wichtig!\" (FOTO)")
KR_P1 = join("\"Sie leisten Großartiges und packen da an, wo es nötig ist - ohne  ",
             "Sie ist kein Staat zu machen! Gut zu wissen, dass es Sie gibt.\"  ",
             "Bundeskanzlerin Angela Merkel lobte heute bei einem Treffen mit  ",
             "Ehrenamtlichen in Bonn das Engagement der Einsatzkräfte von  ",
             "Feuerwehr, Technischem Hilfswerk und Hilfsorganisationen: \"Das  ",
             "ehrenamtliche Engagement ist die tragende Säule des Zivil- und  ",
             "Katastrophenschutzes - ohne dieses wäre keine flächendeckende  ",
             "Versorgung möglich.\" ")
KR_P2 = join("Als Reaktion auf das bundesweite Engagement während des  ",
             "Hochwassers im Sommer 2013 traf die Bundeskanzlerin im Bundesamt für  ",
             "Bevölkerungsschutz und Katastrophenhilfe (BBK) auf Männer und Frauen, ",
             "die sich für die Bevölkerung einsetzen - darunter auch neun  ",
             "Angehörige Freiwilliger Feuerwehren aus Nordrhein-Westfalen. Diese  ",
             "präsentierten die Einsatzmöglichkeiten eines Löschgruppenfahrzeuges  ",
             "für den Katastrophenschutz (LF KatS). ")
KR_P3 = join("Hans-Peter Kröger, Präsident des Deutschen Feuerwehrverbandes  ",
             "(DFV), freute sich über das Interesse der Bundeskanzlerin an den  ",
             "Möglichkeiten des Katastrophenschutzes. \"Die Anerkennung ihrer  ",
             "Leistung ist wichtig für die Motivation unserer ehrenamtlichen  ",
             "Einsatzkräfte\", erklärte Kröger. Gleichzeitig drückte er seine Sorge  ",
             "darüber aus, in welchem Umfang sich der Bund künftig engagieren wird: ",
             "\"Man muss nicht nur ein gutes Klima für die Helferinnen und Helfer  ",
             "schaffen, sondern ihnen auch zeitgemäße Ausrüstung an die Hand  ",
             "geben!\", betonte der DFV-Präsident. ")

add(id="ho724-bankkaufmann-dfv-2014-08-19-merkel-kroeger-bonn",
    title=KR_T,
    url="https://www.bankkaufmann.com/meldung-542583.html",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell on 19 August 2014 "
              "('heute'; the portal's date line 'Geschrieben am 19-08-2014 |'), reposted by the banking news portal "
              "bankkaufmann.com with the ots dateline; the sender is read from the headline label 'DFV-Präsident Kröger:', the "
              "release's own voice and the dateline 'Berlin', the DFV's seat, as the 562nd set read the DLRG's (rule 3270)); "
              "the portal's date line dropped (rule 3070); the headline with the wire's photo mark '(FOTO)' is the title as "
              "published (rule 20); the dateline 'Berlin (ots) -', which the copy sets on a line of its own between empty "
              "lines, kept as a line of its own (rules 13, 4510); the copy is hard-wrapped with an empty line between "
              "paragraphs, so the lines of each paragraph are joined with a space and the empty lines are the breaks (rules "
              "660, 3070); the fourth paragraph ('Aktuell steht die finanzielle Beteiligung des Bundes …'), which the stored "
              "copy breaks off ('… Die kommunalen Feuerwehren sind'), dropped (rule 15)",
    license=OTS_VERBAENDE_DE_REPOST_PORTAL,
    paras=["Berlin (ots) -", KR_P1, KR_P2, KR_P3],
    # the headline quotation after the label `DFV-Präsident Kröger:` is Kröger's, condensing his `zeitgemäße Ausrüstung an die
    # Hand geben` of the body (rules 26, 54); the quotation that opens the first paragraph before the sentence `Bundeskanzlerin
    # Angela Merkel lobte heute …` is Merkel's, whose sentence takes it up (rules 61, 30), and so is the colon quotation at the
    # end of that sentence (rule 9); the quotation before `erklärte Kröger` and the colon quotation after `Gleichzeitig drückte
    # er seine Sorge darüber aus, …:`, closed by `betonte der DFV-Präsident`, are Kröger's (rules 8, 9, 30); `Bundeskanzlerin`
    # names only Merkel and is an alias (rule 44); `DFV-Präsident` and `Präsident des Deutschen Feuerwehrverbandes` name the DFV
    # and are not (rule 33); the Ehrenamtlichen, the Angehörige Freiwilliger Feuerwehren, the BBK and the Bund say nothing
    quotes=[("\"Zeitgemäße Ausrüstung für Einsatzkräfte wichtig!\"", KROEGER),
            (cut(KR_P1, "\"Sie leisten", "Sie gibt.\""), MERKEL),
            (cut(KR_P1, "\"Das ehrenamtliche", "möglich.\""), MERKEL),
            (cut(KR_P3, "\"Die Anerkennung", "Einsatzkräfte\""), KROEGER),
            (cut(KR_P3, "\"Man muss", "geben!\""), KROEGER)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin"],
             KROEGER: ["Hans-Peter Kröger", "Kröger"]})

# --- presseportal.de (ots), newsroom 50093, 12 September 2018: DFV, the 13th Berliner Abend der deutschen Feuerwehren ---

BA_P1 = ("Berlin (ots) - \"Ersetzen Sie endlich die museumsreifen Feuerwehrfahrzeuge des Zivilschutzes!\", fordert Hartmut "
         "Ziebs, Präsident des Deutschen Feuerwehrverbandes (DFV). Er wandte sich beim 13. Berliner Abend der deutschen "
         "Feuerwehren an mehr als 100 Parlamentarier aus ganz Deutschland. \"Zeigen Sie jetzt endlich auch Ihren "
         "Feuerwehrleuten, dass Sie uns im Rahmen der Zuständigkeit des Bundes ordentlich und zeitgemäß ausstatten werden. Ich "
         "fordere Sie daher auf, den entsprechenden Haushaltsansatz von 72 Millionen Euro auf 100 Millionen Euro "
         "aufzustocken!\", bezog Ziebs in der Regierungsfeuerwache Berlin-Tiergarten klar Stellung. Mehr als eine Million "
         "Feuerwehrangehörige sind Partner der inneren Sicherheit und ein integraler Bestandteil der staatlichen "
         "Daseinsvorsorge.")
BA_P2 = ("\"Deutschland könnte sich Bevölkerungs- und Katastrophenschutz ohne die 1,3 Millionen Ehrenamtliche in der Feuerwehr "
         "nicht leisten!\", erklärte der Parlamentarische Staatssekretär im Bundesministerium des Innern, für Bau und Heimat, "
         "Stephan Mayer. \"Der Bund hat sehr wohl die Verpflichtung, den Ländern im ergänzenden Katastrophenschutz unter die "
         "Arme zu greifen. Dieser sind wir bisher nicht vollumfänglich nachgekommen\", stellte er vor mehr als 350 "
         "Feuerwehr-Führungskräften aus ganz Deutschland fest.")
BA_P3 = ("\"Dass wir immer wieder selber angegriffen, bespuckt, angepöbelt oder wie jetzt in Thüringen mit Benzin übergossen "
         "werden, ist nicht zu tolerieren. Hier muss endlich ein Ruck durch Gesellschaft und Medien gehen. Gewalt geht gar "
         "nicht!\", forderte Ziebs in der Regierungsfeuerwache. Er erteilte Neid, Hass, Missgunst, Antisemitismus, Pöbeln, Hetze "
         "und Fremdenfeindlichkeit eine klare Absage: \"Das hat keinen Platz in den Feuerwehren.\"")

add(id="ho724-ots-2018-09-dfv-ziebs-mayer-berliner-abend",
    title=None,
    url="https://www.presseportal.de/pm/50093/4060383",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell from its newsroom "
              "50093 after the 13th Berliner Abend of 12 September 2018, the date given by the picture caption); the stored "
              "copy begins with the picture furniture ('1 weiterer Medieninhalt' and the caption line 'DFV-Präsident Hartmut "
              "ZIEBS Berlin, 12.09.2018 13. Berliner Abend der deutschen Feuerwehren Deutscher Feuerwehrverband e.V. DFV "
              "Feuerwache Tiergarten Elisabeth-Abegg-Straße Bild-Infos Download'), dropped (rules 2610, 4510); it shows no "
              "headline, so the document gets no title and none is added (rules 18, 32, 4340); the dateline 'Berlin (ots) -' "
              "run into the first paragraph as stored; the fourth paragraph ('Ob Ausrüstung im Zivilschutz, Waldbrandeinsatz "
              "i'), broken off in the stored copy, dropped (rule 15); the published 'die 1,3 Millionen Ehrenamtliche' kept "
              "(rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[BA_P1, BA_P2, BA_P3],
    # the quotations before `fordert Hartmut Ziebs, Präsident des Deutschen Feuerwehrverbandes (DFV)`, before `bezog Ziebs
    # in der Regierungsfeuerwache Berlin-Tiergarten klar Stellung` and before `forderte Ziebs in der Regierungsfeuerwache` are
    # his (rule 30), and so is the colon quotation after `Er erteilte … eine klare Absage:` (rules 8, 9); the quotation before
    # `erklärte der Parlamentarische Staatssekretär im Bundesministerium des Innern, für Bau und Heimat, Stephan Mayer` and the
    # one before `stellte er … fest` are Mayer's (rules 8, 30), his `wir` speaking for the Bund; the campaign slogan `Gewalt
    # geht gar nicht!` stands inside Ziebs's quotation and has no marks of its own; the role phrases naming the DFV and the
    # ministry are no aliases (rule 33); the Parlamentarier, the Feuerwehr-Führungskräfte and the Bund say nothing in marks
    quotes=[(cut(BA_P1, "\"Ersetzen", "Zivilschutzes!\""), ZIEBS),
            (cut(BA_P1, "\"Zeigen Sie", "aufzustocken!\""), ZIEBS),
            (cut(BA_P2, "\"Deutschland könnte", "leisten!\""), MAYER),
            (cut(BA_P2, "\"Der Bund", "nachgekommen\""), MAYER),
            (cut(BA_P3, "\"Dass wir", "gar nicht!\""), ZIEBS),
            ("\"Das hat keinen Platz in den Feuerwehren.\"", ZIEBS)],
    aliases={ZIEBS: ["Hartmut Ziebs", "Ziebs"],
             MAYER: ["Stephan Mayer"]})

# --- presseportal.de (ots), newsroom 50093, June 2022: DFV, Nancy Faeser at the opening of the 29th Deutscher Feuerwehrtag ---

DF_T = "Faeser: \"Feuerwehr ist der wesentliche Bestandteil der Sicherheitsarchitektur!\""
DF_SUB = "DFV-Präsident Banse zu Pflichtjahr: \"Lieber langfristiges Engagement wie Wehrersatzdienst\""
DF_P1 = ("Ein klares Bekenntnis zum Deutschen Feuerwehrverband und zu den Feuerwehren in ganz Deutschland gab "
         "Bundesinnenministerin Nancy Faeser anlässlich des Festaktes zur Eröffnung des 29. Deutschen Feuerwehrtages in Hannover "
         "ab. Gleichzeitig würdigte die Ministerin in ihrer Festansprache gleich mehrfach das Engagement und die Arbeiten der "
         "Feuerwehren in den unterschiedlichsten Einsatzlagen und für die Gesellschaft im Allgemeinen: \"Die Feuerwehr ist der "
         "wesentliche Bestandteil der Sicherheitsarchitektur in Deutschland, so müssen wir sie auch behandeln\", betonte Faeser.")
DF_P2 = ("Damit ging sie auch unmittelbar auf die Forderung von Karl-Heinz Banse, Präsident des Deutschen Feuerwehrverbandes "
         "(DFV), ein, der eine ständige Vertretung des Deutschen Feuerwehrverbandes als direkte Vertretung der Feuerwehren im "
         "neuen Gemeinsamen Kompetenzzentrum Bevölkerungsschutz des Bundes und der Länder gefordert hatte. Faeser sicherte hier "
         "ihre Unterstützung bei der Durchsetzung dieser Forderung zu. Sie forderte aber auch die Länder auf, mit dem Bund "
         "gemeinsam an einem Strang zu ziehen.")
DF_P3 = ("Schon zu Beginn ihrer Rede machte Faeser deutlich, dass ihr der Dialog und der Austausch mit dem Deutschen "
         "Feuerwehrverband wichtig sind und auch in Zukunft fortgesetzt werden. Ebenso sprach sie sich für eine gemeinsame "
         "Aufarbeitung der Einsätze im Zusammenhang mit der Flutkatastrophe in Rheinland-Pfalz und in Nordrhein-Westfalen aus. "
         "\"Wir müssen aufarbeiten, um Dinge besser zu machen\", erklärte sie insbesondere bezüglich der Einsatzkoordination.")

add(id="ho724-ots-2022-06-dfv-faeser-banse-feuerwehrtag-hannover",
    title=DF_T,
    url="https://www.presseportal.de/pm/50093/5254007",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell from its newsroom "
              "50093 in June 2022, the date prefix ' date 2022-06', on the opening of the 29th Deutscher Feuerwehrtag in "
              "Hannover); the date prefix and the newsroom label 'Deutscher Feuerwehrverband e. V. (DFV)' dropped (rules 4040, "
              "4450); the headline is the title, the subtitle a line of its own, the dateline 'Hannover', without '(ots)', a "
              "line of its own as stored (rules 13, 4340); the subheading 'DFV-Präsident Banse zu \"Pflichtjahr\": Langfristiges "
              "Engagement wie Wehrersatzdienst ist sinnvoller', left dangling before the fourth paragraph, which the stored "
              "copy breaks off after its first words ('DFV-Präsident Karl-Heinz Banse bezog'), dropped with it (rules 15, 17); "
              "complete as stored up to there",
    license=OTS_VERBAENDE_DE,
    paras=[DF_SUB, "Hannover", DF_P1, DF_P2, DF_P3],
    # the headline quotation after the label `Faeser:` is hers, shortening the colon quotation of the first paragraph that
    # `betonte Faeser` closes (rules 26, 54); the subtitle quotation after `DFV-Präsident Banse zu Pflichtjahr:` is Banse's,
    # `zu Pflichtjahr` naming his topic, although the body passage it announces is cut off (rules 26, 54: the label credits
    # the words even where the body does not repeat them); the quotation before `erklärte sie insbesondere bezüglich der
    # Einsatzkoordination` is Faeser's (rules 8, 30); Banse is named in the second paragraph only as the author of a demand
    # reported without marks (rule 5); `Bundesinnenministerin` and `Ministerin` name only Faeser and are aliases (rule 44);
    # `DFV-Präsident` and `Präsident des Deutschen Feuerwehrverbandes` name the DFV and are not (rule 33); the Länder, the
    # Bund and the Feuerwehren say nothing in marks
    quotes=[("\"Feuerwehr ist der wesentliche Bestandteil der Sicherheitsarchitektur!\"", FAESER),
            ("\"Lieber langfristiges Engagement wie Wehrersatzdienst\"", BANSE),
            (cut(DF_P1, "\"Die Feuerwehr", "behandeln\""), FAESER),
            ("\"Wir müssen aufarbeiten, um Dinge besser zu machen\"", FAESER)],
    aliases={FAESER: ["Nancy Faeser", "Bundesinnenministerin Nancy Faeser", "Faeser", "Bundesinnenministerin", "Ministerin"],
             BANSE: ["Karl-Heinz Banse", "Banse"]})
