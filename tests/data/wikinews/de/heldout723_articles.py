# Seven-hundred-and-twenty-third held-out German real-news set (tests/data/heldout723-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4500-4502). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' and other persons' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout719-
# heldout726). The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code
# of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-twenty-third held-out set": eight releases distributed by APA-OTS
# Originaltext-Service and shown on ots.at, of the Land Niederösterreich and of two federal ministries: four of the press service
# of the Niederösterreichische Landesregierung under APA_OTS_PUBLIC (Landeshauptmann Erwin Pröll opening the fire station of
# Enzersfeld, November 1997, and of Kirchberg am Wechsel, May 2004; Pröll and the mayor Michael Zehetner at the opening of the
# kindergarten of Waldegg, November 2010; Pröll and the mayor Hans Trink at the laying of the foundation stone of the fire
# station of Teesdorf, January 2013), two of the Federal Ministry of the Interior under APA_OTS_POLITICS (Innenministerin Johanna
# Mikl-Leitner opening the police station Albert-Schweitzer-Gasse, April 2013, sender inferred; the ministry's open day on the
# Nationalfeiertag, October 2014) and two of the Federal Ministry of Defence under APA_OTS_POLITICS (Klaudia Tanner on a new
# barracks for Villach, June 2020; Tanner on the army's help for the Länder in the pandemic, September 2020). Stored copies are
# the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date
# prefixes, the OTS marker, end marks, contact blocks, service lines and footers) is dropped, and the hard-wrapped lines are
# joined (rules 2542, 4500); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS, APA_OTS_PUBLIC  # noqa: E402

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


PROELL = "Erwin Pröll"
ZEHETNER = "Michael Zehetner"
TRINK = "Hans Trink"
MIKL = "Johanna Mikl-Leitner"
TANNER = "Tanner"
TANNER_K = "Klaudia Tanner"

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 9 November 1997: Pröll opens the fire station of Enzersfeld ---

EN_T = "Neues Feuerwehrhaus in Enzersfeld eröffnet"
EN_SUB = "LH Pröll: \"Signale gegen Egoismus und Gleichgültigkeit\""
EN_P1 = ("Niederösterreich (NLK) - In der Rückschau auf das Katastrophenjahr 1997 habe die niederösterreichische Feuerwehr "
         "unendlich viel und das freiwillig und unentgeltlich geleistet, stellte Landeshauptmann Dr. Erwin Pröll heute "
         "vormittag in Enzersfeld (Bezirk Korneuburg) anläßlich der Eröffnung eines neuen Feuerwehrhauses fest. Die "
         "Feuerwehren seien eine Institutionen gegen Egoismus und Zeitgeist, sie setzten Signale gegen den \"reißenden Strom\" "
         "des Egoismus und der Gleichgültigkeit.")
EN_P2 = ("Das neue Feurwehrhaus wurde mit einem Kostenaufwand von 8,5 Millionen Schilling in mehrjähriger Bauzeit und mit 9.000 "
         "Stunden Eigenleistungen errichtet. Im Haus sind neben Garagen für die Feuerwehrzfahrzeuge und Geräte auch "
         "Schulungsräume untergebracht.")

add(id="ho723-ots-nlk-1997-11-09-proell-feuerwehrhaus-enzersfeld",
    title=EN_T,
    url="https://www.ots.at/presseaussendung/OTS_19971109_OTS0028/neues-feuerwehrhaus-in-enzersfeld-eroeffnet",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "Sunday 9 November 1997 by its OTS number and the opening of 'heute vormittag'; the sender is told by the "
              "dateline code 'Niederösterreich (NLK) -', kept at the start of the first paragraph, and by the footer "
              "'ORIGINALTEXT-SERVICE UNTER VERANTWORTUNG DES AUSSENDERS | NLK/NLK', dropped (rule 2542); the OTS marker ' ****' "
              "after the first paragraph and the end mark '(Schluß)' on a line of its own dropped (rules 460, 2542); headline "
              "and subtitle kept as lines of their own as stored; the published 'eine Institutionen', 'anläßlich', "
              "'Feurwehrhaus' and 'Feuerwehrzfahrzeuge' kept (rule 20); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[EN_SUB, EN_P1, EN_P2],
    # the subtitle quotation after the label `LH Pröll:` is his (rule 54), the body giving the same `Signale gegen …
    # Gleichgültigkeit` in his unmarked Konjunktiv report (rules 5, 26); the marked metaphor `"reißenden Strom"` inside that
    # Konjunktiv report (`seien`, `setzten`), whose cue is `stellte Landeshauptmann Dr. Erwin Pröll … fest`, is his (rules 3, 25;
    # the partial quotation `"Insel der Menschlichkeit"` of the 678th set); the fire brigade says nothing; `Landeshauptmann`,
    # which names only him, and the label form `LH Pröll` are aliases (rule 44)
    quotes=[(EN_SUB[len("LH Pröll: "):], PROELL),
            ("\"reißenden Strom\"", PROELL)],
    aliases={PROELL: ["Erwin Pröll", "Dr. Erwin Pröll", "Landeshauptmann Dr. Erwin Pröll", "LH Pröll", "Landeshauptmann"]})

# --- APA-OTS, Niederösterreichische Landesregierung, 2 May 2004: Pröll opens the fire station of Kirchberg am Wechsel ---

KW_T = "Neues Feuerwehrhaus für Kirchberg am Wechsel"
KW_SUB = "Pröll: Niederösterreichische Feuerwehren europaweit Spitze"
KW_P1 = ("Kirchberg am Wechsel (OTS) - Kirchberg am Wechsel hat ein neues Feuerwehrhaus, das heute von Landeshauptmann Dr. Erwin "
         "Pröll eröffnet wurde.")
KW_P2 = ("\"Niederösterreich hat jetzt in Europa eine neue Position. Die neue Konstellation macht es notwendig, gemeinsam für "
         "die Zukunft zu arbeiten\", erklärte Pröll. Die Mitglieder der Freiwilligen Feuerwehren würden sich uneigennützig in "
         "den Dienst der Gesellschaft stellen. Die niederösterreichischen Feuerwehren seien auf dem letzten Stand der Technik "
         "und des Wissens und damit europaweit Spitze.")
KW_P3 = ("Das neue Feuerwehrhaus kostete 730.000 Euro. Die Freiwillige Feuerwehr Kirchberg hat 85 Mitglieder und leistet pro "
         "Jahr rund 60 Einsätze.")

add(id="ho723-ots-nlk-2004-05-02-proell-feuerwehrhaus-kirchberg-am-wechsel",
    title=KW_T,
    url="https://www.ots.at/presseaussendung/OTS_20040502_OTS0020/neues-feuerwehrhaus-fuer-kirchberg-am-wechsel",
    retrieved="same address (release of the Niederösterreichische Landesregierung on the APA-OTS service, 2 May 2004 by its OTS "
              "number and the opening of 'heute'; the sender is told by the contact block 'Niederösterreichische "
              "Landesregierung / Stabstelle Öffentlichkeitsarbeit und Pressedienst …' and the footer code NLK0001, both dropped "
              "with the service line (rule 2542); the dateline 'Kirchberg am Wechsel (OTS) -', with the place of the event and "
              "without the service code, kept at the start of the first paragraph as stored; headline and subtitle kept as "
              "lines of their own as stored; complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[KW_SUB, KW_P1, KW_P2, KW_P3],
    # the subtitle label `Pröll:` stands before unmarked words and carries no span (rules 5, 630); the quotation before
    # `erklärte Pröll` is his (rule 30); the Konjunktiv sentences after it are his unmarked report (rule 5); the fire brigades and
    # their members say nothing; `Landeshauptmann`, which names only him, is an alias (rule 44)
    quotes=[(cut(KW_P2, "\"Niederösterreich hat", "zu arbeiten\""), PROELL)],
    aliases={PROELL: ["Erwin Pröll", "Dr. Erwin Pröll", "Landeshauptmann Dr. Erwin Pröll", "Pröll", "Landeshauptmann"]})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 29 November 2010: Pröll and Zehetner at the kindergarten of Waldegg ---

WA_T = "LH Pröll eröffnete Kindergarten in Waldegg"
WA_SUB = "\"Talente und Neigungen von früh auf entwickeln und entfalten\""
WA_P1 = join("St. Pölten (OTS/NLK) - Rund 1,45 Millionen Euro wurden in den",
             "Zubau einer vierten Gruppe und die Generalsanierung des Kindergartens Waldegg investiert. 70 Prozent der "
             "Gesamtkosten hat das Land Niederösterreich, 30 Prozent die Gemeinde Waldegg getragen. Am heutigen "
             "Montagnachmittag, 29. November, wurde der neue Kindergarten durch Landeshauptmann Dr. Erwin Pröll eröffnet.")
WA_P2 = ("Mit der Öffnung der Kindergärten für 2,5-Jährige habe man ein zusätzliches familienpolitisches Angebot geschaffen, um "
         "den Familien das \"Ja zum Kind\" zu erleichtern, sagte Landeshauptmann Pröll im Zuge seiner Eröffnungsrede. "
         "Einrichtungen wie der neue Kindergarten in Waldegg würden außerdem den Kindern die Möglichkeit geben, \"ihre Neigungen "
         "und Talente von früh auf zu entwickeln und zu entfalten\", so Pröll. Mit dem neuen Kindergarten werde auch ein "
         "weiterer Schritt in der Entwicklung der Gemeinde gesetzt, betonte der Landeshauptmann abschließend. Bürgermeister "
         "Michael Zehetner bedankte sich in seinen Worten besonders für die \"gute Zusammenarbeit zwischen Gemeinde und "
         "Land\".")

add(id="ho723-ots-nlk-2010-11-29-proell-zehetner-kindergarten-waldegg",
    title=WA_T,
    url="https://www.ots.at/presseaussendung/OTS_20101129_OTS0195/lh-proell-eroeffnete-kindergarten-in-waldegg",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "Monday 29 November 2010 by its OTS number and its own date; the sender is told by the dateline code 'St. Pölten "
              "(OTS/NLK) -', kept at the start of the first paragraph, by the contact block 'Niederösterreichische "
              "Landesregierung / Stabstelle Öffentlichkeitsarbeit und Pressedienst …' and by the footer code NLK0004, the last "
              "two dropped with the service line (rule 2542); the single stored line break after 'in den' inside the first "
              "paragraph joined with one space (rules 2542, 4500); headline and subtitle kept as lines of their own as stored; "
              "complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[WA_SUB, WA_P1, WA_P2],
    # the cue-less subtitle wholly in marks is Pröll's, the speaker the headline names (rule 461), recasting his partial
    # quotation of the body (`"ihre Neigungen und Talente von früh auf zu entwickeln und zu entfalten"`) with the nouns in
    # the other order (rule 26); the marked `"Ja zum Kind"` in the purpose clause of his Konjunktiv report closed by `sagte
    # Landeshauptmann Pröll` is his (rules 3, 25), and so is the partial quotation before `so Pröll`; the last sentence hands
    # the turn to the mayor, whose thanks the marked object gives (rule 4502); the Land, the Gemeinde Waldegg and the families
    # say nothing; `Landeshauptmann` names only Pröll and `Bürgermeister` only Zehetner, and both are aliases (rule 44)
    quotes=[(WA_SUB, PROELL),
            ("\"Ja zum Kind\"", PROELL),
            (cut(WA_P2, "\"ihre Neigungen", "zu entfalten\""), PROELL),
            ("\"gute Zusammenarbeit zwischen Gemeinde und Land\"", ZEHETNER)],
    aliases={PROELL: ["Erwin Pröll", "Dr. Erwin Pröll", "Landeshauptmann Dr. Erwin Pröll", "Landeshauptmann Pröll", "LH Pröll",
                      "Pröll", "Landeshauptmann"],
             ZEHETNER: ["Michael Zehetner", "Bürgermeister Michael Zehetner", "Bürgermeister"]})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 11 January 2013: Pröll and Trink at the fire station of Teesdorf ---

TD_T = "LH Pröll bei der Grundsteinlegung für das neue Feuerwehrhaus in Teesdorf"
TD_SUB = "\"Wollen jene stärken, die bereit sind, sich einzubringen\""
TD_P1 = ("St. Pölten (OTS/NLK) - In Teesdorf kam es am heutigen Freitag, 11. Jänner, zur Unterzeichnung der "
         "Grundsteinlegungsurkunde für das neue Feuerwehrhaus. Am Festakt im Teesdorfer Volksheim nahm auch Landeshauptmann Dr. "
         "Erwin Pröll teil.")
TD_P2 = ("Der Landeshauptmann appellierte in seiner Festrede, \"die Freiwilligkeit hoch zu halten\" und \"jene zu stärken, die "
         "bereit sind, sich einzubringen\". Niederösterreich sei das \"Land der Freiwilligen\" mit einem ausgeprägten "
         "Familiensinn, so Pröll. In den Freiwilligen Feuerwehren seien Menschen am Werk, \"die bereit sind, anzupacken, um den "
         "anderen zu helfen\", betonte der Landeshauptmann, der auch die Bedeutung \"des Miteinanders und der Zusammenarbeit über "
         "Parteigrenzen hinweg\" hervorhob. Gerade in einer \"Zeit mit vielen Fragezeichen rund um uns\" sollte man \"das "
         "Miteinander immer in den Vordergrund stellen\", so Pröll.")
TD_P3 = ("Bürgermeister Hans Trink bedankte sich bei den Feuerwehrmitgliedern für ihre \"selbstlose, freiwillige, unbezahlte und "
         "unbezahlbare Hingabe an die Gesellschaft\" und beim Land Niederösterreich für die finanzielle Unterstützung.")
TD_P4 = ("Das neue Feuerwehrhaus in Teesdorf wird um Gesamtkosten von rund 1,76 Millionen Euro errichtet, das Land "
         "Niederösterreich stellt dafür insgesamt 480.000 Euro zur Verfügung. Die Übergabe des neuen Feuerwehrhauses ist laut "
         "Baumeister Ing. Gerhard Holpfer für Oktober dieses Jahres vorgesehen.")

add(id="ho723-ots-nlk-2013-01-11-proell-trink-feuerwehrhaus-teesdorf",
    title=TD_T,
    url="https://www.ots.at/presseaussendung/OTS_20130111_OTS0163/lh-proell-bei-der-grundsteinlegung-fuer-das-neue-"
        "feuerwehrhaus-in-teesdorf",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "Friday 11 January 2013 by its OTS number and its own date; the sender is told by the dateline code 'St. Pölten "
              "(OTS/NLK) -', kept at the start of the first paragraph (rules 2542, 4500); the crawl-date prefix ' date 2018-03' "
              "before the headline, a date of the crawl and not of the release, dropped (rule 63); headline and subtitle kept as "
              "lines of their own as stored; the stored copy ends after the fourth body paragraph, before any contact block; all "
              "kept paragraphs complete as stored, a later part of the release, if any, not stored (rule 17))",
    license=APA_OTS_PUBLIC,
    paras=[TD_SUB, TD_P1, TD_P2, TD_P3, TD_P4],
    # the cue-less subtitle wholly in marks is Pröll's, the speaker the headline names (rule 461), the first person plural of
    # his partial quotation `"jene zu stärken, die bereit sind, sich einzubringen"` (rule 26); the two partial quotations in the
    # object of `appellierte in seiner Festrede` are his (rule 3); so are `"Land der Freiwilligen"` in the Konjunktiv sentence
    # closed by `so Pröll` (rules 3, 25), the relative clause before `betonte der Landeshauptmann` and the marked genitive in
    # the relative clause `der auch die Bedeutung "…" hervorhob` hanging on that cue (rules 3, 30), and the two marked pieces of
    # the last sentence closed by `so Pröll`; the mayor's own sentence of thanks gives him the marked object of `bedankte sich …
    # für ihre "…"` (rule 4502); the fire brigade's members, the Land and Baumeister Ing. Gerhard Holpfer, named with `laut`
    # before unmarked words, say nothing (rule 5); `Landeshauptmann` names only Pröll and `Bürgermeister` only Trink, and both
    # are aliases (rule 44)
    quotes=[(TD_SUB, PROELL),
            ("\"die Freiwilligkeit hoch zu halten\"", PROELL),
            ("\"jene zu stärken, die bereit sind, sich einzubringen\"", PROELL),
            ("\"Land der Freiwilligen\"", PROELL),
            ("\"die bereit sind, anzupacken, um den anderen zu helfen\"", PROELL),
            ("\"des Miteinanders und der Zusammenarbeit über Parteigrenzen hinweg\"", PROELL),
            ("\"Zeit mit vielen Fragezeichen rund um uns\"", PROELL),
            ("\"das Miteinander immer in den Vordergrund stellen\"", PROELL),
            (cut(TD_P3, "\"selbstlose", "Gesellschaft\""), TRINK)],
    aliases={PROELL: ["Erwin Pröll", "Dr. Erwin Pröll", "Landeshauptmann Dr. Erwin Pröll", "LH Pröll", "Pröll",
                      "Landeshauptmann"],
             TRINK: ["Hans Trink", "Bürgermeister Hans Trink", "Bürgermeister"]})

# --- APA-OTS, Bundesministerium für Inneres (inferred), 26 April 2013: Mikl-Leitner opens the police station Albert-Schweitzer-Gasse ---

AS_T = "Polizeiinspektion Albert-Schweitzer-Gasse eröffnet"
AS_SUB = ("Innenministerin Mag.a Johanna Mikl-Leitner eröffnete am 26. April 2013 die Polizeiinspektion Albert-Schweitzer-Gasse "
          "im 14. Wiener Gemeindebezirk.")
AS_P1 = ("Wien (OTS) - \"Die Polizeiinspektion Albert-Schweitzer Gasse ist ein wunderbares Vorzeigebeispiel dafür, wie eine "
         "moderne Polizeiinspektion ausschauen muss. Von der EDV-Ausstattung über die Zutrittskontrollen bis hin zu der "
         "Videoüberwachung - hier ist alles auf dem neuesten Stand der Technik\", sagte Innenministerin Mag.a Johanna "
         "Mikl-Leitner. Die Polizeiinspektion bietet Platz für 31 Mitarbeiterinnen und Mitarbeiter. Das Überwachungsgebiet der "
         "Polizistinnen und Polizisten umfasst unter anderem das Auhofcenter mit über 120 Geschäften und einigen "
         "Freizeiteinrichtungen, aber auch vier Schulen und vier Kindergärten gehören zum Rayon.")
AS_P2 = ("\"Um Sicherheit garantieren zu können, sind nicht nur die infrastrukturellen Voraussetzungen von großer Bedeutung, es "
         "müssen auch die personellen Voraussetzungen gegeben sein. Und wir sind in Wien gut aufgestellt, und zwar deswegen, "
         "weil wir in Wien permanent personell aufstocken\", sagte Mikl-Leitner. \"7.237 Polizistinnen und Polizisten sind für "
         "die Sicherheit der Wienerinnen und Wiener im Einsatz. 898 junge Menschen absolvieren derzeit in Wien die polizeiliche "
         "Grundausbildung. Damit kommen wir dem Sicherheitspakt in vorbildlicher Wiese nach, den wir gemeinsam mit dem Land "
         "Wien geschlossen haben.\" Die Sicherheitspartnerschaft sieht bis 2015 einen Nettozuwachs von 1.000 im Dienst "
         "befindlichen Polizistinnen und Polizisten vor.")

add(id="ho723-ots-bmi-2013-04-26-mikl-leitner-polizeiinspektion-albert-schweitzer-gasse",
    title=AS_T,
    url="https://www.ots.at/presseaussendung/OTS_20130426_OTS0261/polizeiinspektion-albert-schweitzer-gasse-eroeffnet",
    retrieved="same address (release on the APA-OTS service, 26 April 2013 by its OTS number and the opening date it names; the "
              "crawl-date prefix ' date 2018-03' before the headline, a date of the crawl and not of the release, dropped (rule "
              "63); the stored copy has no contact block, and the sender is inferred from the release's own voice as the "
              "Federal Ministry of the Interior: the only person quoted is the Innenministerin, who speaks of the staff the "
              "ministry adds in Vienna and of the Sicherheitspakt 'den wir gemeinsam mit dem Land Wien geschlossen haben' (rules "
              "2581, 4500); the teaser line between headline and dateline kept as a line of its own as stored, the dateline "
              "'Wien (OTS) -' at the start of the first paragraph; the stored copy ends after the second body paragraph; both "
              "kept paragraphs complete as stored, a later part of the release, if any, not stored (rule 17); the published "
              "'Albert-Schweitzer Gasse' beside 'Albert-Schweitzer-Gasse' and 'in vorbildlicher Wiese' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[AS_SUB, AS_P1, AS_P2],
    # the quotations before `sagte Innenministerin Mag.a Johanna Mikl-Leitner` and `sagte Mikl-Leitner` are hers (rule 30), and
    # the cue-less quotation right after the second goes on in her voice (NOTES.md continuation); the Land Wien, the officers
    # and the Sicherheitspartnerschaft say nothing; `Innenministerin`, which names only her, is an alias (rule 44)
    quotes=[(cut(AS_P1, "\"Die Polizeiinspektion", "der Technik\""), MIKL),
            (cut(AS_P2, "\"Um Sicherheit", "personell aufstocken\""), MIKL),
            (cut(AS_P2, "\"7.237", "geschlossen haben.\""), MIKL)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Mag.a Johanna Mikl-Leitner", "Innenministerin Mag.a Johanna Mikl-Leitner",
                    "Mikl-Leitner", "Innenministerin"]})

# --- APA-OTS, Bundesministerium für Inneres, 22 October 2014: the ministry's open day on the Nationalfeiertag ---

TT_T = "Termin: Tag der offenen Tür im Innenministerium"
TT_P1 = ("Wien (OTS) - Das Bundesministerium für Inneres öffnet am Nationalfeiertag von 9 bis 16 Uhr seine Türen und bietet "
         "interessierten Besucherinnen und Besuchern Einblicke in die historischen Räumlichkeiten des ehemaligen Palais' "
         "Modena. Von 12 bis 15 Uhr gibt es auch die Möglichkeit, Frau Bundesminister Mag.a Johanna Mikl-Leitner persönlich "
         "kennenzulernen.")
TT_P2 = join("Am 26. Oktober 2014 öffnen viele öffentliche Gebäude ihre Türen -darunter auch das Bundesministerium für Inneres. "
             "Von 9 bis 16 Uhr erwartet die Besucherinnen und Besucher ein breites Rahmenprogramm:",
             "Darbietungen von Polizeikünstlerinnen und -künstlern des Vereins \"Copart\", Vorführungen des Einsatzkommandos "
             "Cobra, kriminalpolizeiliche Beratung zu Themen wie beispielsweise Cybersecurity. Außerdem präsentieren sich der "
             "Entschärfungsdienst, der Zivilschutz, der Bundesfeuerwehrverband, die Wasserrettung und der See- und Stromdienst "
             "der Polizei, die Alpinpolizei und die Bergrettung sowie das Kuratorium Sicheres Österreich. Die Mitarbeiterinnen "
             "und Mitarbeiter des Innenressorts stehen den Besucherinnen und Besuchern für Informationen über den "
             "Polizeidienst zur Verfügung.")
TT_P3 = ("Besucherinnen und Besucher können von 12 Uhr bis 15 Uhr auch an einer Führung durch das ehemalige Palais Modena "
         "teilnehmen. \"Ich würde mich freuen, möglichst viele Österreicherinnen und Österreicher am 26. Oktober bei uns im "
         "Innenministerium begrüßen zu dürfen, um mit ihnen gemeinsam den Tag des Beschlusses der immerwährenden Neutralität "
         "Österreichs zu feiern\", sagt Innenministerin Mikl-Leitner.")
TT_P4 = "Tag der offenen Tür:"
TT_P5 = "26. Oktober 2014, 9 bis 16 Uhr"
TT_P6 = "Bundesministerium für Inneres, Minoritenplatz 9, 1010 Wien"

add(id="ho723-ots-bmi-2014-10-22-mikl-leitner-tag-der-offenen-tuer",
    title=TT_T,
    url="https://www.ots.at/presseaussendung/OTS_20141022_OTS0060/termin-tag-der-offenen-tuer-im-innenministerium",
    retrieved="same address (release of the Federal Ministry of the Interior on the APA-OTS service, 22 October 2014 by its OTS "
              "number, announcing the open day of 26 October 2014; the sender is told by the contact block 'Bundesministerium "
              "für Inneres / Kompetenzcenter Kommunikation / Pressestelle …', dropped with its stray line '.', the service line "
              "and the footer, which the stored copy cuts off inside its code ('| NIN0') (rule 4500); the headline with its "
              "prefix 'Termin:' is the title, the dateline 'Wien (OTS) -' at the start of the first paragraph; the single stored "
              "line break after the colon of 'ein breites Rahmenprogramm:', inside the sentence the list completes, joined with "
              "one space (rules 3050, 4430, 4500); the event block after the last paragraph ('Tag der offenen Tür:' / the date "
              "and hours / the address), part of the release and not contact furniture, kept as three lines as stored; the "
              "published 'Palais' Modena' with its apostrophe beside 'Palais Modena', 'Frau Bundesminister' and 'Türen "
              "-darunter' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[TT_P1, TT_P2, TT_P3, TT_P4, TT_P5, TT_P6],
    # the association's name `"Copart"` after `des Vereins` is null (rule 2); the quotation before `sagt Innenministerin
    # Mikl-Leitner` is hers (rule 30); the narrator's invitation to meet `Frau Bundesminister Mag.a Johanna Mikl-Leitner` is
    # unmarked (rule 5); the apostrophe of `Palais' Modena` is no quotation mark (rule 6); the Einsatzkommando Cobra, the
    # organisations presenting themselves and the ministry's staff say nothing; `Innenministerin`, which names only her, and
    # `Bundesminister Mag.a Johanna Mikl-Leitner` are aliases (rule 44)
    quotes=[("\"Copart\"", None),
            (cut(TT_P3, "\"Ich würde", "zu feiern\""), MIKL)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Mag.a Johanna Mikl-Leitner", "Bundesminister Mag.a Johanna Mikl-Leitner",
                    "Innenministerin Mikl-Leitner", "Mikl-Leitner", "Innenministerin"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung, 27 June 2020: Tanner on a new barracks for Villach ---

VI_T = "Tanner: „Neue Kaserne für Villach“"
VI_P1 = ("Wien (OTS) - Nach einem Gespräch mit Landeshauptmann Peter Kaiser vor einigen Wochen, wurde nach eingehender Prüfung "
         "entschieden, die alten, baufälligen Kasernen in Villach durch eine neue, moderne Kaserne zu ersetzen. „Im guten "
         "Einvernehmen mit dem Land, wurde entschieden, diesen Schritt zu setzen und so wird Villach weiterhin ein wichtiger und "
         "in Zukunft auch moderner militärischer Standort bleiben“, so die Verteidigungsministerin, die weiter ausführt: „Neben "
         "diesem Neubau, darf ich festhalten, dass es keine Bestrebungen gibt, irgendeine weitere Kaserne in Kärnten zu "
         "schließen - im Gegenteil, wir werden weiter in den Ausbau und in die Modernisierung investieren. Dies ist ein klares "
         "Bekenntnis zum Militärstandort Kärnten“. Zusätzlich stellt Tanner klar, dass alle Mitarbeiter in Beschäftigung "
         "bleiben.")

add(id="ho723-ots-bmlv-2020-06-27-tanner-kaserne-villach",
    title=VI_T,
    url="https://www.ots.at/presseaussendung/OTS_20200627_OTS0034/tanner-neue-kaserne-fuer-villach",
    retrieved="same address (release of the Federal Ministry of Defence on the APA-OTS service, 27 June 2020 by its OTS number; "
              "the sender is told by the contact block 'Roman Markhart, BA LL.M. / Pressesprecher der Bundesministerin / "
              "Bundesministerium für Landesverteidigung / Kabinett der Bundesministerin …', dropped (rule 4500); the stored copy "
              "shows no crawl-date prefix and no subtitle; the headline with its label is the title, the dateline 'Wien (OTS) -' "
              "at the start of the only body paragraph; the published commas in 'vor einigen Wochen, wurde', 'mit dem Land, "
              "wurde' and 'diesem Neubau, darf' and the full stop after the closing mark kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[VI_P1],
    # the headline quotation after the label `Tanner:` is hers (rule 54), the body giving the decision for `eine neue, moderne
    # Kaserne` in the narrator's words; the quotation before `so die Verteidigungsministerin` is hers (rule 30), and the colon
    # quotation after the relative clause `die weiter ausführt:` that hangs on that cue is hers too, a span of its own (rule
    # 4501); Landeshauptmann Peter Kaiser, named in the lead as her partner in the talks, says nothing, and the narrator's
    # `stellt Tanner klar, dass …` is unmarked (rule 5); the minister is named only by her surname (rule 7), and
    # `Verteidigungsministerin`, which names only her, is an alias (rule 44)
    quotes=[("„Neue Kaserne für Villach“", TANNER),
            (cut(VI_P1, "„Im guten", "Standort bleiben“"), TANNER),
            (cut(VI_P1, "„Neben diesem", "Militärstandort Kärnten“"), TANNER)],
    aliases={TANNER: ["Tanner", "Verteidigungsministerin"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung, 18 September 2020: Tanner on the army's help for the Länder ---

HL_T = "Tanner: „Unser Heer ist da, wenn die Länder es brauchen!“"
HL_P1 = ("Wien (OTS) - Verteidigungsministerin Klaudia Tanner: „Wir erleben aktuell einen massiven Anstieg der Covid-Infektionen "
         "und die Länder sind personell massiv gefordert. Sollten die Länder Unterstützung brauchen, so stehen unsere "
         "Soldatinnen und Soldaten bereit, um ihnen zu helfen. Sei es bei Teststraßen oder auch beim Contact Tracing“. "
         "Insgesamt haben die Soldatinnen und Soldaten und die Zivilbediensteten des Bundesheeres bislang 1,5 Millionen Stunden "
         "in Assistenzeinsätzen zur Bekämpfung der Coronapandemie geleistet. Ministerin Tanner abschließend: „Ich danke unseren "
         "Soldatinnen und Soldaten sowie den Zivilbediensteten, die so unglaublich viel geleistet haben und leisten!“")

add(id="ho723-ots-bmlv-2020-09-18-tanner-heer-laender-corona",
    title=HL_T,
    url="https://www.ots.at/presseaussendung/OTS_20200918_OTS0179/tanner-unser-heer-ist-da-wenn-die-laender-es-brauchen",
    retrieved="same address (release of the Federal Ministry of Defence on the APA-OTS service, 18 September 2020 by its OTS "
              "number; the sender is told by the contact block 'Bundesministerium für Landesverteidigung / Information & "
              "Öffentlichkeitsarbeit / Presse …', dropped with the account line '@Bundesheerbauer' (rule 4500); the crawl-date "
              "prefix ' date 2020-09' before the headline dropped (rule 63); the headline with its label is the title, the "
              "dateline 'Wien (OTS) -' at the start of the only body paragraph; the full stop after the closing mark of the first "
              "quotation kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[HL_P1],
    # the headline quotation after the label `Tanner:` is hers (rule 54), the body not repeating it; the colon quotations after
    # the verbless labels `Verteidigungsministerin Klaudia Tanner:`, right after the dateline, and `Ministerin Tanner
    # abschließend:` are hers (rules 9, 54); the Länder, the soldiers and the Zivilbediensteten say nothing; `Verteidigungs-
    # ministerin` and `Ministerin`, which name only her, are aliases (rule 44)
    quotes=[("„Unser Heer ist da, wenn die Länder es brauchen!“", TANNER_K),
            (cut(HL_P1, "„Wir erleben", "Contact Tracing“"), TANNER_K),
            (cut(HL_P1, "„Ich danke", "und leisten!“"), TANNER_K)],
    aliases={TANNER_K: ["Klaudia Tanner", "Verteidigungsministerin Klaudia Tanner", "Ministerin Tanner", "Tanner",
                        "Verteidigungsministerin", "Ministerin"]})
