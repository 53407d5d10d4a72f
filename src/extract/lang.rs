//! Language rules as data (`assets/lang/<code>.toml`) and language detection.
//!
//! [`Rules`] is the TOML schema, kept close to the file so a linguist can read
//! both side by side. `Lexicon` is the compiled form the pipeline uses: hash
//! sets for whole words and aho-corasick automata for suffixes (German
//! compounds such as `Kreml-Sprecher` end in a role word).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use serde::Deserialize;

/// The rules for one language. Every word list is lower case.
#[derive(Debug, Clone, Deserialize)]
pub struct Rules {
    pub code: String,
    /// ISO 639-3 code (`deu`) naming the language for the statistical detector.
    #[serde(default)]
    pub iso639_3: String,
    /// Very frequent function words that tell the language of a short text.
    #[serde(default)]
    pub detect_words: Vec<String>,
    /// The language assumed when detection cannot decide (one built-in language sets it).
    #[serde(default)]
    pub detect_default: bool,
    /// Endings removed from modifiers and role nouns before comparing descriptions
    /// (`russischen` and `russische` share the stem `russisch`), longest first.
    #[serde(default)]
    pub stem_endings: Vec<String>,
    /// (opening, closing) quotation mark pairs. An opening mark may appear in several pairs.
    pub quote_pairs: Vec<(char, char)>,
    /// Inflected speech verbs (`sagte`, `said`). `verb … particle` entries are
    /// German separable verbs: the particle must follow later in the sentence (each
    /// word of `verb … sich vor`).
    #[serde(default)]
    pub speech_verbs: Vec<String>,
    /// Verbs of quoting (`zitierte`, `quoted`): in the active voice their object is the speaker.
    #[serde(default)]
    pub quoting_verbs: Vec<String>,
    /// Auxiliaries that make a quoting verb passive (`wurde … zitiert`): the subject speaks.
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
    /// Forms of `sein` before a participle at a clause's end (`die Parteien seien hier
    /// gefragt`): a state (`in demand`), not a report of speech.
    #[serde(default)]
    pub stative_auxiliaries: Vec<String>,
    /// Adverbs that may close a source after `so` (`so Fischer weiter`).
    #[serde(default)]
    pub source_adverbs: Vec<String>,
    /// Prepositions after a text that name where it appeared (`an article in the
    /// Journal said`): the publication speaks for the text.
    #[serde(default)]
    pub publication_prepositions: Vec<String>,
    /// Texts that only a publication prints (`article`, `editorial`): after them and a
    /// publication preposition, a bare name not known as a person is that publication
    /// (`An article in Techli said`).
    #[serde(default)]
    pub press_texts: Vec<String>,
    /// Verbs of asking (`asked`, `fragte`): a quote paragraph after `X asked him …`
    /// answers, so it is the words of the one asked.
    #[serde(default)]
    pub question_verbs: Vec<String>,
    /// Verbs that give a quote as the wording of a noun (`„…“ lautet die Bilanz der
    /// Polizei`): the noun's owner said it, as after a copula.
    #[serde(default)]
    pub wording_verbs: Vec<String>,
    /// Prepositions opening what a verb of saying is about (`berichtet von seinem
    /// Besuch`, `dankte für die Ehre`), unlike those of time or place (`am Montag`).
    #[serde(default)]
    pub topic_prepositions: Vec<String>,
    /// Short forms of roles and what they stand for (`ceo` → `chief executive`): `the
    /// CEO` means `Chief executive Matt Stanton` named before.
    #[serde(default)]
    pub role_abbreviations: HashMap<String, String>,
    /// Nationalities that stand for a whole people (`the French`) and their country:
    /// `the French saying …` is France's, when the text names France.
    #[serde(default)]
    pub collective_demonyms: HashMap<String, String>,
    /// Members of a political family that stand for one party (`Sozialdemokraten` →
    /// `SPD`): `die Sozialdemokraten kritisierten` is the party's voice when the text
    /// names it.
    #[serde(default)]
    pub member_parties: HashMap<String, String>,
    /// Words pairing two items (`both France and Britain`): before a name they are no
    /// article of it.
    #[serde(default)]
    pub correlatives: Vec<String>,
    /// Words that make a plural description mean two people just named together (`die
    /// beiden Abgeordneten`, `the two senators`).
    #[serde(default)]
    pub pair_words: Vec<String>,
    /// Coordinators offering a choice (`or`): persons joined by them are no pair.
    #[serde(default)]
    pub disjunctions: Vec<String>,
    /// Plurals of body nouns that name a body, never a family (`Kelly Services`).
    #[serde(default)]
    pub body_plurals: Vec<String>,
    /// Function words that, written in capitals, are a body's acronym (`WHO` for the
    /// World Health Organization, not `who`).
    #[serde(default)]
    pub acronym_words: Vec<String>,
    /// Prepositions before the place a text was put up (`a statement on Amaury's
    /// website`): the place's owner is the author.
    #[serde(default)]
    pub venue_prepositions: Vec<String>,
    /// Places a text is put up (`website`, `page`): after a possessive name they speak
    /// for its owner, like [`Rules::proxy_nouns`].
    #[serde(default)]
    pub venue_nouns: Vec<String>,
    /// Paragraph labels in capitals that name no speaker (`NOTE:`, `UPDATE:`).
    #[serde(default)]
    pub non_speaker_labels: Vec<String>,
    /// Prepositions after a headline's opening name that give that person the floor on
    /// a topic (`Seibert zu den Ereignissen in Chemnitz`).
    #[serde(default)]
    pub headline_topic_prepositions: Vec<String>,
    /// Reflexive pronouns with which someone names themselves (`a student who identified
    /// himself as Vince Vela Nova`).
    #[serde(default)]
    pub self_pronouns: Vec<String>,
    /// Roles that speak for the body they are of, even as a bare plural
    /// (`representatives from the Health Ministry restated`).
    #[serde(default)]
    pub representative_roles: Vec<String>,
    /// Participles of speech verbs that do not end in -t (`beschrieben`): with a passive
    /// auxiliary they make a passive; an infinitive there (`wird … erklären`) is a future.
    #[serde(default)]
    pub strong_participles: Vec<String>,
    /// Prepositions introducing the agent of a passive (`von`, `by`): the agent is a source.
    #[serde(default)]
    pub agent_prepositions: Vec<String>,
    /// Phrases naming the speaker right after them (`laut`, `according to`).
    #[serde(default)]
    pub source_cues: Vec<String>,
    /// Postpositions naming the speaker before them (`Müller zufolge`).
    #[serde(default)]
    pub source_cues_after_name: Vec<String>,
    /// Impersonal phrases whose speaker is the body named after them (`hieß es aus dem Ministerium`).
    #[serde(default)]
    pub impersonal_cues: Vec<String>,
    /// Phrases opening a sentence that refer to the quote before (`Mit diesen Worten`,
    /// `That was the verdict of`): the person the sentence names said it.
    #[serde(default)]
    pub back_reference_openers: Vec<String>,
    /// A reprimand given for words (`Ordnungsruf`): the words are the reprimanded one's.
    #[serde(default)]
    pub reprimand_nouns: Vec<String>,
    /// The preposition naming the words a reprimand is given for (`für`).
    #[serde(default)]
    pub reprimand_prepositions: Vec<String>,
    /// The formal `you`, meaning the one addressed (`Sie`, `Ihnen`), who got it.
    #[serde(default)]
    pub formal_address: Vec<String>,
    /// The speaker as its recipient (`mir`, `uns`): then no one addressed got it.
    #[serde(default)]
    pub reprimand_self: Vec<String>,
    /// Adverbs saying that someone said something alike, not the same words
    /// (`Ähnlich äußerte sich ein Kommissionssprecher`, `Similarly, Smith said`).
    #[serde(default)]
    pub similarity_adverbs: Vec<String>,
    /// `Das bestätigt auch Landrat Adenauer`: a particle right after a verb that makes
    /// its subject one more who agrees, not the one who said the quote before.
    #[serde(default)]
    pub additive_particles: Vec<String>,
    /// Phrases right before a quote inside a sentence whose subject said it (`Mit den
    /// Worten „…“ eröffnete Sobotka`, `With the words “…” she opened`).
    #[serde(default)]
    pub quote_openers: Vec<String>,
    /// Two-word phrases, a verb of saying and the word after it, that make no cue (`the
    /// Iranians had agreed only to “cosmetic concessions”` is no one agreeing aloud).
    #[serde(default)]
    pub non_speech_phrases: Vec<String>,
    /// Particles that close a clause of a separable verb (`schlug … entgegen`): the name
    /// after such a verb may be its object, not its subject.
    #[serde(default)]
    pub verb_particles: Vec<String>,
    /// Particles of a separable speech verb that lead the quote itself, before or after
    /// the verb (`Als „…“ sieht Müller das Ergebnis`, `wertete dies als „…“`): the verb
    /// says the quote only when the particle stands right before one.
    #[serde(default)]
    pub quote_particles: Vec<String>,
    /// Prepositions after a noun of saying that name its target or topic, not its author
    /// (`Kritik an Haider: „…“`, but `Erklärung von Sibiu: „…“`): such a label leads the
    /// quote of the one speaking.
    #[serde(default)]
    pub target_prepositions: Vec<String>,
    /// Endings of a capitalised word that, after `der` and an age, describes the person
    /// (`der 36-jährige Leibnitzer`) instead of naming them.
    #[serde(default)]
    pub aged_description_endings: Vec<String>,
    /// Degrees written after a name and a comma (`Christoph Wiederkehr, BA (NEOS)`): part of
    /// the name's apposition, never a name of their own.
    #[serde(default)]
    pub postnominal_degrees: Vec<String>,
    /// Modal verbs, whose infinitive a quote may hold (`will Haider „nicht kommentieren“`).
    #[serde(default)]
    pub modal_verbs: Vec<String>,
    /// Determiners that open a subject in the nominative (`unser Polizeipräsident`): a
    /// pronoun before such a phrase after the verb is the object.
    #[serde(default)]
    pub nominative_determiners: Vec<String>,
    /// Endings of a present participle used as an adjective (`erscheinenden`): a phrase
    /// it opens after an article belongs to that article's noun.
    #[serde(default)]
    pub participle_adjective_endings: Vec<String>,
    /// Parties' short names that releases join to a surname (`VP-Walter`, `SP-Novak`).
    #[serde(default)]
    pub party_short_names: Vec<String>,
    /// Labels opening the question and answer paragraphs of a printed interview
    /// (`Frage:`/`Antwort:`, `Q:`/`A:`).
    #[serde(default)]
    pub interview_question_labels: Vec<String>,
    #[serde(default)]
    pub interview_answer_labels: Vec<String>,
    /// The first-person singular pronoun (`ich`, `I`): outside quotes it is the writer,
    /// or in an interview answer the person interviewed.
    #[serde(default)]
    pub first_person: Vec<String>,
    /// Words of the first person in any case (`mich`, `unser`, `my`): a headline quote
    /// holding one is someone's words, most likely of whom the report then names.
    #[serde(default)]
    pub first_person_words: Vec<String>,
    /// Third-person plural pronouns (`they`, `sie`): after a sentence opened by a group
    /// (`Researchers measured …`) they mean that group.
    #[serde(default)]
    pub plural_pronouns: Vec<String>,
    /// Where a plural pronoun is also singular (German `sie`), the endings of the verb
    /// beside it that make it plural (`sie schreiben`, not `sie schreibt`).
    #[serde(default)]
    pub plural_pronoun_verb_endings: Vec<String>,
    /// Endings of a plural role noun (`researchers`); a noun with one of
    /// `singular_noun_endings` (`Sprecherin`) is never plural.
    #[serde(default)]
    pub plural_noun_endings: Vec<String>,
    #[serde(default)]
    pub singular_noun_endings: Vec<String>,
    /// Articles only a singular noun takes (`a`, `der`): `der Forscher` is one person.
    #[serde(default)]
    pub singular_articles: Vec<String>,
    /// Adverbs that may stand between an article and a role (`the then prime minister`).
    #[serde(default)]
    pub article_adverbs: Vec<String>,
    /// Prepositions joining a role to the field it covers (`Minister of Finance`,
    /// `High Commissioner for Human Rights`): the capitalised run after them holds the
    /// rest of the role before the name.
    #[serde(default)]
    pub role_complement_prepositions: Vec<String>,
    /// Words that are a preposition or a subordinating conjunction (`während`): at the
    /// start of a verb-final clause the noun after them is its subject.
    #[serde(default)]
    pub conjunction_prepositions: Vec<String>,
    /// Conjunctions opening a subordinate clause before the main one (`As the paper
    /// joins …, the blog examines …`): the main clause's subject follows its comma.
    #[serde(default)]
    pub subordinators: Vec<String>,
    /// Titles and abbreviations only when capitalised (`Mag.`; the verb `mag` is not).
    #[serde(default)]
    pub capitalised_titles: Vec<String>,
    /// Titles only in lower case (`Dr. phil.`; `Phil` is a given name).
    #[serde(default)]
    pub lower_case_titles: Vec<String>,
    /// Titles only when written in capitals (`DI Georg Pölzl`, but `Luigi Di Maio`).
    #[serde(default)]
    pub upper_case_titles: Vec<String>,
    /// Titles and abbreviations never written all in capitals (`DDr. Werner Fasslabend`,
    /// `lt. Protokoll`; `in der DDR.` and `im LT.` end their sentences).
    #[serde(default)]
    pub mixed_case_titles: Vec<String>,
    /// Prepositions after words pointed back to that name their author (`the words of
    /// Sgt. Arvin`, `diese Worte von Kinach`).
    #[serde(default)]
    pub author_prepositions: Vec<String>,
    /// Verbs of saying only right after a quote (`„…“, weiß die Psychologin`).
    #[serde(default)]
    pub inverted_only_verbs: Vec<String>,
    /// Words opening a clause that relays a medium's report (`Wie das Magazin
    /// berichtet, …`): the quote after it is the main clause's person's.
    #[serde(default)]
    pub report_clause_openers: Vec<String>,
    /// Role nouns said of women and men alike with no female form (`Vorstandsmitglied`,
    /// `Staatsoberhaupt`): such a role before a name tells no gender.
    #[serde(default)]
    pub epicene_role_endings: Vec<String>,
    /// Auxiliaries of the perfect after a verb-final participle (`gesagt habe`).
    #[serde(default)]
    pub perfect_auxiliaries: Vec<String>,
    /// `one` in `one of the onlookers said`, `einer` in `Einer der Schaulustigen sagte`: a
    /// pronoun picking one member of a group, which with the group is the speaker.
    #[serde(default)]
    pub partitive_pronouns: Vec<String>,
    /// The words that link a partitive pronoun to its group (`of`, `der`): without one
    /// `one` is a number and `einer` an article.
    #[serde(default)]
    pub partitive_links: Vec<String>,
    /// Participles of naming whose agent speaks (`described by the Post as “…”`).
    #[serde(default)]
    pub passive_agent_verbs: Vec<String>,
    /// Role nouns that state only an age (`jährig`, `year-old`): `der 43-Jährige` refers
    /// back to the person last named.
    #[serde(default)]
    pub age_nouns: Vec<String>,
    /// Role nouns that state only where someone is from (`native`): `the Ohio native`
    /// describes the person last named, never a newcomer.
    #[serde(default)]
    pub origin_nouns: Vec<String>,
    /// Endings of a one-word name for a people in the plural (`Palestinians`): such a
    /// group is never `the company` a text goes on to speak of.
    #[serde(default)]
    pub people_plural_endings: Vec<String>,
    /// Conjunctions that open a clause of what was said (`dass`, `that`): a cue inside
    /// such a clause tells what was said, not who speaks; a German verb after the comma
    /// that closes one, in a sentence whose own verb came before it, shares that verb's
    /// subject (`Sie betonte, dass …, bekräftigte erneut …`); a quote after one, after a
    /// noun for what was said and its author, is the author's (`a statement by X that
    /// “…”`).
    #[serde(default)]
    pub complementizers: Vec<String>,
    /// Endings of an inflected adjective (`Europäischen`, `Russische`): a capitalised run
    /// it opens names a body or a thing (`der Europäischen Menschenrechtskonvention`),
    /// never a person.
    #[serde(default)]
    pub name_adjective_endings: Vec<String>,
    /// Body nouns whose name goes on with `in` and a place (`the UN Mission in the
    /// Central African Republic`, `the U.S. Embassy in Kabul`), so that an acronym or a
    /// later mention finds the whole body, not the place.
    #[serde(default)]
    pub place_linked_bodies: Vec<String>,
    /// Words opening a sentence with a role it is said in (`Als Trainer der schwächsten
    /// Mannschaft wackelt Härtel`, `As coach, …`): the role is no subject.
    #[serde(default)]
    pub capacity_words: Vec<String>,
    /// Articles that, right after a noun, open its genitive attribute (`die Bedeutung der
    /// Organisation`): never the subject of the verb after it.
    #[serde(default)]
    pub attribute_articles: Vec<String>,
    /// Words after a name that open a headline's topic (`Merkel zu Unwettern „…“`):
    /// the name heads the quote after the topic as its speaker.
    #[serde(default)]
    pub kicker_prepositions: Vec<String>,
    /// Nouns for someone's quoted words (`ein Zitat des Bundeskanzlers Schüssel: „…“`,
    /// `the words of Gandhi: “…”`): the name after them and before the colon said them.
    #[serde(default)]
    pub quotation_nouns: Vec<String>,
    /// Openings of a quote in which the speaker gives their name (`“My name is Edwin
    /// Dorzon. …”`, lower case).
    #[serde(default)]
    pub self_introductions: Vec<String>,
    /// Words before a name that ends a headline label at its colon (`„Europa-Sprechstunde“
    /// mit Karoline Edtstadler: „…“`): the name is the speaker.
    #[serde(default)]
    pub label_prepositions: Vec<String>,
    /// Nouns of a talk printed or reported (`im Gespräch mit X`, `an interview with X`):
    /// with a label preposition after them, they name the interviewee.
    #[serde(default)]
    pub interview_nouns: Vec<String>,
    /// Forms of `be` that join a description to the name of who it is (`the head coach
    /// has been Ratko Rudic`): that name is the sentence's person.
    #[serde(default)]
    pub copulas: Vec<String>,
    /// Role stems for someone's opposite number (`Amtskolleg`, `counterpart`): `seinem
    /// ukrainischen Amtskollegen Olexij Hnatjuk` holds the subject's office, so a later
    /// `den Minister` may mean him.
    #[serde(default)]
    pub counterpart_roles: Vec<String>,
    /// Finite auxiliaries (`has`, `will`): a lone possessive right before one, or before
    /// a verb of saying, is a firm's own name (`McDonald's said`, `Macy’s has joined`).
    #[serde(default)]
    pub auxiliary_verbs: Vec<String>,
    /// Verbs of asking someone to act (`asked Pence to attend`): the one asked is who
    /// a later pronoun means.
    #[serde(default)]
    pub request_verbs: Vec<String>,
    /// Forms of speech verbs that are never nouns (`said`; a leading `-` marks an ending): after a
    /// possessive they are still the verb (`McDonald's said`, unlike `the union's claims`).
    #[serde(default)]
    pub verb_only_speech: Vec<String>,
    /// Infinitive markers (`to`, `zu`): a speech verb right after one (`to say`) is no
    /// finite cue of its own.
    #[serde(default)]
    pub infinitive_markers: Vec<String>,
    /// Words opening a sentence that point back to a text named before (`Darin heißt
    /// es`): an impersonal cue then names the body the text spoke of last.
    #[serde(default)]
    pub back_pointing_words: Vec<String>,
    /// Words that name the speaker after them only right after a quote and a comma (`„…“, so Merkel`).
    #[serde(default)]
    pub after_quote_cues: Vec<String>,
    /// `von einem „Sommertheater“ gesprochen`: participles that, right after a quote that
    /// a preposition of `spoke_of_prepositions` leads, make it the words of their clause's
    /// subject (the participle alone is too often `schuldig gesprochen`).
    #[serde(default)]
    pub spoke_of_participles: Vec<String>,
    #[serde(default)]
    pub spoke_of_prepositions: Vec<String>,
    /// Words that, opening a capitalised name, make it a storm, an operation or a place,
    /// never a person (`Hurricane Maria`, `Fort Hood`).
    #[serde(default)]
    pub non_person_prefixes: Vec<String>,
    /// Reflexive pronouns that may stand between a verb and the subject after it
    /// (`Erfreut zeigte sich Anna Roth`).
    #[serde(default)]
    pub reflexives: Vec<String>,
    #[serde(default)]
    pub pronouns: Vec<PronounRule>,
    /// Object forms (`him`, `ihm`): never a subject, but the source after `according to`.
    #[serde(default)]
    pub object_pronouns: Vec<PronounRule>,
    /// Possessive forms (`his`, `seine`): `His verdict: “…”` is the referent's.
    #[serde(default)]
    pub possessive_pronouns: Vec<PronounRule>,
    /// Demonstratives standing alone as a subject (`Dieser hatte über sie gesagt`): unlike
    /// a personal pronoun, they point to the person named last, not to the topic.
    #[serde(default)]
    pub demonstrative_pronouns: Vec<PronounRule>,
    /// Articles and determiners that may open a noun phrase.
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Determiners marking a dative or accusative object (the one spoken to, not the speaker).
    #[serde(default)]
    pub object_determiners: Vec<String>,
    #[serde(default)]
    pub prepositions: Vec<String>,
    /// Prepositions whose noun can still be the subject of a following participle
    /// (`with the judge telling her …`).
    #[serde(default)]
    pub absolute_prepositions: Vec<String>,
    /// Capitalised function words that are never names (sentence-initial `Aber`, `The`).
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// Capitalised content words that are never speakers (weekdays, months).
    #[serde(default)]
    pub non_names: Vec<String>,
    /// Endings of role nouns (`sprecher` matches `Kreml-Sprecher`), base forms. An entry
    /// written with a leading hyphen (`-ologist`) is a word ending that makes a role noun
    /// in any language, compound or not (`meteorologist`).
    #[serde(default)]
    pub role_suffixes: Vec<String>,
    /// Roles of people who speak for themselves (`a commuter`, `eine Anwohnerin`): role
    /// nouns like the above, but `a resident at the station` is no voice of the station.
    #[serde(default)]
    pub private_roles: Vec<String>,
    /// Roles above that end no closed compound, only a hyphenated one: surnames end in
    /// them (`Mendelssohn`, `David Ellensohn`), while `Bauernsohn` seldom speaks.
    #[serde(default)]
    pub uncompounded_roles: Vec<String>,
    /// Roles that only ever speak for a body (`a spokesman`): with no body named beside
    /// them, the body that spoke just before.
    #[serde(default)]
    pub spokesperson_roles: Vec<String>,
    /// Nouns after a possessive name that speak for its owner (`President Nicolas
    /// Sarkozy's office said`), unless a name in apposition follows them.
    #[serde(default)]
    pub proxy_nouns: Vec<String>,
    /// Role nouns that name any top post (`der Staatschef`, `the leader`): a description
    /// with one may mean a person whose role is another noun (`Präsident Putin`).
    #[serde(default)]
    pub generic_role_heads: Vec<String>,
    /// Words joining two roles of one person under one article (`der Sänger und
    /// Entertainer Rainhard Fendrich`).
    #[serde(default)]
    pub role_joiners: Vec<String>,
    /// Nouns of offices one person holds at a time (`president`, `minister`): a
    /// description of one office (`the president`) never means someone known to hold
    /// another (`Foreign Minister Ali Bagheri`).
    #[serde(default)]
    pub office_roles: Vec<String>,
    /// Endings of organisation nouns (`ministerium`, `journal`).
    #[serde(default)]
    pub org_suffixes: Vec<String>,
    /// Organisation nouns that end no closed compound, only a whole word or one after a
    /// hyphen (`die Grünen`, `die NRW-Grünen`, but `der Parteilinke` is a person).
    #[serde(default)]
    pub org_words_uncompounded: Vec<String>,
    /// Nouns that stand for any firm (`Unternehmen`, `company`): `the company said` means
    /// the firm that spoke last.
    #[serde(default)]
    pub generic_org_nouns: Vec<String>,
    /// Last words of a firm's name (`Inc.`, `GmbH`): `Boeing Co.` is what a later
    /// `the company said` means, though it has not spoken yet.
    #[serde(default)]
    pub company_suffixes: Vec<String>,
    /// Generic nouns for a firm in particular (`company`, `Konzern`): never a body named
    /// by an acronym or another kind of body's noun.
    #[serde(default)]
    pub firm_nouns: Vec<String>,
    /// Nouns for an organisation's text that speaks for it (`Erklärung`, `statement`).
    #[serde(default)]
    pub document_words: Vec<String>,
    /// Inflection endings stripped before a role/organisation suffix lookup.
    #[serde(default)]
    pub noun_endings: Vec<String>,
    /// Words tying a description to the body it works for (`a spokesman for the ministry`,
    /// `ein Sprecher des Ministeriums`): that body is the speaker.
    #[serde(default)]
    pub affiliation_words: Vec<String>,
    /// Determiners that make a noun phrase indefinite (`ein`, `a`): `a spokesman` names nobody known.
    #[serde(default)]
    pub indefinite_determiners: Vec<String>,
    /// Speech verbs mostly used of media and bodies (`reported`): `the Guardian reported`
    /// names an organisation.
    #[serde(default)]
    pub media_verbs: Vec<String>,
    /// Verbs by which a body or a person puts out a text (`issued`, `passed`,
    /// `veröffentlichte`): `the council passed a resolution` makes the council the
    /// author a later `the resolution read` cites.
    #[serde(default)]
    pub issue_verbs: Vec<String>,
    /// Words after which a quote is a name, not words said (`unter dem Motto „…“`,
    /// `a book titled “…”`, `the so-called “…”`); in a compounding language also
    /// compounds ending in one (`Schülerzeitung`).
    #[serde(default)]
    pub naming_words: Vec<String>,
    /// Naming words for a paper or a magazine, after which a one-word quote names it even
    /// in lower case (`des Nachrichtenmagazins „profil“`).
    #[serde(default)]
    pub media_naming_words: Vec<String>,
    /// Articles of the one a speech verb addresses (`sagte dem „Spiegel“`): a one-word
    /// quote right after one is the name of a paper, not a quoted noun.
    #[serde(default)]
    pub recipient_articles: Vec<String>,
    /// A person right after one of these opening a sentence holds the view that a quote
    /// after its colon states (`Für Klaus Weber ist klar: „…“`).
    #[serde(default)]
    pub stance_prepositions: Vec<String>,
    /// Spellings of one noun (`centre`, `center`): `the centre` means the
    /// `Pacific Tsunami Warning Center` named before.
    #[serde(default)]
    pub spelling_variants: Vec<Vec<String>>,
    /// Nouns for a speech (`Rede`, `speech`): a header `Rede von Präsidentin X` makes
    /// X the speaker of the document's quotes that nothing else attributes.
    #[serde(default)]
    pub speech_nouns: Vec<String>,
    /// Nouns for what someone said (`Satz`, `verdict`): owned by a possessive before a
    /// colon, they name the quote's speaker.
    #[serde(default)]
    pub utterance_nouns: Vec<String>,
    /// Words that announce the text after them (`folgende Erklärung`, `the following
    /// statement`): a paragraph giving one hands the quote paragraph after it to its
    /// subject, even without a colon.
    #[serde(default)]
    pub announcing_words: Vec<String>,
    /// Words marking a deputy or a former holder of a role (`vice`, `Vize-`): such a role
    /// does not answer to the bare role (`the president`, `der Kanzler`).
    #[serde(default)]
    pub deputy_words: Vec<String>,
    /// Definite articles after which adjectives take the weak ending (`den russischen`).
    #[serde(default)]
    pub definite_articles: Vec<String>,
    /// Weak adjective endings of the oblique cases (`-en`, `-em`), replaced by
    /// [`Rules::adjective_nominative`] to show a role in the nominative.
    #[serde(default)]
    pub adjective_oblique_endings: Vec<String>,
    #[serde(default)]
    pub adjective_nominative: String,
    /// Genitive articles (`des`) after which a strong role noun ends in
    /// [`Rules::genitive_endings`] (`des Außenministers`), dropped for display.
    #[serde(default)]
    pub genitive_articles: Vec<String>,
    #[serde(default)]
    pub genitive_endings: Vec<String>,
    /// Articles that before a feminine noun mark a dative or genitive (`der Regierung`).
    #[serde(default)]
    pub feminine_oblique_articles: Vec<String>,
    /// Endings of feminine nouns (`-ung`, `-schaft`, `kommission`), and words ending so
    /// that are not feminine (`sprung`).
    #[serde(default)]
    pub feminine_endings: Vec<String>,
    #[serde(default)]
    pub feminine_exceptions: Vec<String>,
    /// Weak nouns (`präsident`, `kollege`) as compound endings: their oblique form adds
    /// -en (or -n after -e), dropped to show a role in the nominative.
    #[serde(default)]
    pub weak_nouns: Vec<String>,
    /// Honorifics before a name, with the gender they tell.
    #[serde(default)]
    pub titles: Vec<TitleRule>,
    /// Abbreviations whose period does not end a sentence (without the period).
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Adverbs and auxiliaries that may stand between a subject and its speech verb
    /// (`Smith also said`, `Smith has said`).
    #[serde(default)]
    pub pre_verb_adverbs: Vec<String>,
    /// Endings of a word opening a German sentence that make it an adverb when a verb of
    /// saying and a known person follow (`Vehement warnte Leitl`).
    #[serde(default)]
    pub fronted_adverb_endings: Vec<String>,
    /// Prepositions fused with an article (`im`, `zum`): a lone capitalised noun after
    /// one is a common noun, as after an article.
    #[serde(default)]
    pub fused_articles: Vec<String>,
    /// Endings only plural nouns have (`Regionen`, `Stiftungen`).
    #[serde(default)]
    pub plural_only_endings: Vec<String>,
    /// `zum Präsidenten gewählt`: words of an election or appointment, the prepositions
    /// before the role taken up, and the modifiers that then mean its new holder
    /// (`der neue Präsident`).
    #[serde(default)]
    pub appointment_words: Vec<String>,
    #[serde(default)]
    pub appointment_prepositions: Vec<String>,
    #[serde(default)]
    pub newcomer_modifiers: Vec<String>,
    /// A pronoun that is only a placeholder next to these verbs (`Es gelte, …`, `Dabei
    /// gehe es um …`) and refers to nobody there.
    #[serde(default)]
    pub placeholder_pronoun: Option<String>,
    #[serde(default)]
    pub impersonal_verbs: Vec<String>,
    /// Words joining a speech verb to the cue before it (`quoted Smith as saying`).
    #[serde(default)]
    pub chain_markers: Vec<String>,
    /// Prepositions of place after which a run of capitalised words may be a place run
    /// into a known person's name (`in Havana Lula said`).
    #[serde(default)]
    pub place_prepositions: Vec<String>,
    /// Present tenses a title-case headline puts after a role before a quote
    /// (`Suspect Feels 'Victimized'`), which would otherwise read as a surname.
    #[serde(default)]
    pub headline_verbs: Vec<String>,
    /// Words opening a clause after a quote that names its source with a passive verb
    /// of saying and its agent (`“…”, as stated by Minister Ndlovu`).
    #[serde(default)]
    pub source_clause_openers: Vec<String>,
    /// Words before a bare role that is said of someone, not someone who acts (`her
    /// departure as Hearst columnist`).
    #[serde(default)]
    pub predicate_markers: Vec<String>,
    /// Endings that make a role word female (`in`: `Ministerin`, `Sprecherin`).
    #[serde(default)]
    pub female_role_endings: Vec<String>,
    /// Role words that tell the gender outright.
    #[serde(default)]
    pub female_roles: Vec<String>,
    #[serde(default)]
    pub male_roles: Vec<String>,
    /// Articles that mark a singular masculine subject (`der Zeuge`): a description after
    /// one is not the antecedent of a feminine pronoun.
    #[serde(default)]
    pub masculine_articles: Vec<String>,
    /// Finite verbs of reported speech (`habe`, `sei`): a sentence with one and no cue
    /// reports what someone said about its subject, who is no topic for later pronouns.
    #[serde(default)]
    pub reported_speech_verbs: Vec<String>,
    /// Lower-case particles inside names (`de` in `Marloes de Wit`).
    #[serde(default)]
    pub name_particles: Vec<String>,
    /// The articles a name particle that is also a preposition takes inside a name
    /// (`der` in `von der Leyen`, not `den` in `die Ministerin zu den Gesprächen`).
    #[serde(default)]
    pub name_articles: Vec<String>,
    /// Prepositions whose noun may be the subject of a verb right after it (English
    /// `after the company confirmed`).
    #[serde(default)]
    pub subject_prepositions: Vec<String>,
    /// Endings of adverbs that may stand between a subject and its verb (`-ly`).
    #[serde(default)]
    pub adverb_endings: Vec<String>,
    /// Endings of adverbs that open a German sentence with a capital before its verb
    /// (`Ursprünglich sollte …`): such a word is no name unless the text named someone so.
    #[serde(default)]
    pub opening_adverb_endings: Vec<String>,
    /// Endings of inflected adjectives (`-liches`, `-ige`) and common adjectives
    /// (`Großes`) that open a German sentence before a noun: `Ausdrückliches Lob für …`,
    /// `Hitzige Debatte im Nationalrat` are a common noun phrase, capitalised by its
    /// place, and no name.
    #[serde(default)]
    pub opening_adjective_endings: Vec<String>,
    #[serde(default)]
    pub opening_adjectives: Vec<String>,
    /// Relative pronouns: the clause they open says something about the noun before.
    #[serde(default)]
    pub relative_pronouns: Vec<String>,
    /// Endings of participles used as cues (`saying`): their subject is the sentence's.
    #[serde(default)]
    pub participle_endings: Vec<String>,
    /// Endings of participles that open a sentence before a preposition (`Recruited to
    /// another position, she …`): such a word is no name.
    #[serde(default)]
    pub opening_participle_endings: Vec<String>,
    /// Words that are prepositions elsewhere but open a role when capitalised before a
    /// capitalised role word (`Under Secretary of Energy Mark Menezes`).
    #[serde(default)]
    pub role_prefixes: Vec<String>,
    /// Quantifiers (`every`, `jeder`): a description they open refers to no one in
    /// particular, so it is neither a speaker nor what a pronoun means.
    #[serde(default)]
    pub quantifiers: Vec<String>,
    /// Time words that may stand between a name's comma and its apposition (`Martin
    /// Selmayr, bis vor kurzem Generalsekretär …`, `Ann Lee, until recently the chair`).
    #[serde(default)]
    pub apposition_time_words: Vec<String>,
    /// Plural finite verbs (`waren`, `were`): a name whose clause has one is a plural
    /// noun read as a name, no antecedent of a singular pronoun.
    #[serde(default)]
    pub plural_verbs: Vec<String>,
    /// Coordinating conjunctions (`und`, `and`).
    #[serde(default)]
    pub coordinators: Vec<String>,
    /// German-style genitive `Chinas Außenministerium`: a capitalised word ending in -s
    /// followed by another capitalised word starts a new noun phrase.
    #[serde(default)]
    pub genitive_s: bool,
    /// Role and organisation words also match at the end of compounds (`Regierungssprecher`).
    #[serde(default)]
    pub compound_nouns: bool,
    /// Every noun is capitalised, so a capitalised word inside a sentence is never a
    /// verb (German `das Schreiben`, `ein Versprechen`).
    #[serde(default)]
    pub capitalised_nouns: bool,
    /// A period after a number is an ordinal (`1. Mai`), not a sentence end.
    #[serde(default)]
    pub ordinal_dot: bool,
    /// German verb-second order: any first constituent may push the subject after the
    /// verb (`Am Dienstag sagte Wang`). Without it (English) a subject follows the verb
    /// only right after a quote (`“…,” said Smith`).
    #[serde(default)]
    pub verb_second: bool,
}

/// A personal pronoun and what it may refer to: `m`, `f` (persons) or `org` (bodies, plurals).
#[derive(Debug, Clone, Deserialize)]
pub struct PronounRule {
    pub word: String,
    pub refers: Vec<String>,
}

/// An honorific such as `Mr` or `Frau`.
#[derive(Debug, Clone, Deserialize)]
pub struct TitleRule {
    pub word: String,
    pub gender: String,
}

/// Given names that tell a gender, shared by every language (`assets/lang/first_names.toml`).
const FIRST_NAMES: &str = include_str!("../../assets/lang/first_names.toml");

#[derive(Debug, Deserialize)]
struct FirstNames {
    female: Vec<String>,
    male: Vec<String>,
}

/// Given name → gender; a name listed under both genders tells none.
fn first_names() -> HashMap<String, Referent> {
    // The built-in file is tested to parse, so a failure here is a bug in the binary.
    let lists: FirstNames = toml::from_str(FIRST_NAMES).expect("built-in first names parse");
    let mut out = HashMap::new();
    for (names, g) in [
        (lists.female, Referent::Female),
        (lists.male, Referent::Male),
    ] {
        for n in names {
            let n = n.to_lowercase();
            if out.get(&n).is_some_and(|&old| old != g) {
                out.remove(&n);
            } else {
                out.insert(n, g);
            }
        }
    }
    out
}

const BUILTIN: &[(&str, &str)] = &[
    ("de", include_str!("../../assets/lang/de.toml")),
    ("en", include_str!("../../assets/lang/en.toml")),
];

impl Rules {
    /// Codes of the languages built into the binary.
    pub fn builtin_codes() -> impl Iterator<Item = &'static str> {
        BUILTIN.iter().map(|(c, _)| *c)
    }

    /// The built-in rules for `code`, or `None` for a language without rules.
    pub fn builtin(code: &str) -> Option<Rules> {
        let (_, src) = BUILTIN.iter().find(|(c, _)| *c == code)?;
        // The built-in files are tested to parse, so a failure here is a bug in the binary.
        Some(toml::from_str(src).expect("built-in language rules parse"))
    }
}

/// Gender (or kind) a pronoun or title points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Referent {
    Male,
    Female,
    Org,
}

impl Referent {
    fn parse(s: &str) -> Option<Referent> {
        match s {
            "m" => Some(Referent::Male),
            "f" => Some(Referent::Female),
            "org" | "pl" | "n" => Some(Referent::Org),
            _ => None,
        }
    }
}

/// Lexical facts about one lower-case word, one bit each, worked out once per
/// distinct word of a document (see `tokens::Vocab`) so that the rules test a bit
/// of the token instead of hashing its word into a set again and again. Each bit
/// is exactly the set membership named (see [`Lexicon::word_bits`]).
pub(crate) mod bits {
    pub const STOPWORD: u64 = 1 << 0;
    pub const DETERMINER: u64 = 1 << 1;
    pub const OBJECT_DET: u64 = 1 << 2;
    pub const PREPOSITION: u64 = 1 << 3;
    pub const COORDINATOR: u64 = 1 << 4;
    pub const PRONOUN: u64 = 1 << 5;
    pub const SPEECH: u64 = 1 << 6;
    pub const SEPARABLE: u64 = 1 << 7;
    pub const QUOTING: u64 = 1 << 8;
    pub const PASSIVE_AUX: u64 = 1 << 9;
    pub const NON_NAME: u64 = 1 << 10;
    pub const TITLE: u64 = 1 << 11;
    pub const NAME_PARTICLE: u64 = 1 << 12;
    pub const AGENT: u64 = 1 << 13;
    pub const ABSOLUTE: u64 = 1 << 14;
    pub const INFINITIVE: u64 = 1 << 15;
    /// [`super::Lexicon::may_start_cue`].
    pub const CUE_START: u64 = 1 << 16;
    pub const REPORTED_SPEECH: u64 = 1 << 17;
    pub const ABBREVIATION: u64 = 1 << 18;
    pub const GENITIVE_ARTICLE: u64 = 1 << 19;
    /// A given name that tells a gender ([`super::Lexicon::first_name_gender`] is some).
    pub const GIVEN_NAME: u64 = 1 << 20;
    /// [`super::Lexicon::is_role`].
    pub const ROLE: u64 = 1 << 21;
    pub const PLURAL_VERB: u64 = 1 << 22;
    pub const PRE_VERB_ADVERB: u64 = 1 << 23;
    pub const SUBJECT_PREPOSITION: u64 = 1 << 24;
    pub const RELATIVE_PRONOUN: u64 = 1 << 25;
    pub const CONJUNCTION_PREPOSITION: u64 = 1 << 26;
    pub const CHAIN_MARKER: u64 = 1 << 27;
    pub const INDEFINITE: u64 = 1 << 28;
    pub const SOURCE_AFTER_NAME: u64 = 1 << 29;
    pub const AFTER_QUOTE: u64 = 1 << 30;
    pub const ROLE_BASE: u64 = 1 << 31;
    pub const MASCULINE_ARTICLE: u64 = 1 << 32;
    pub const AFFILIATION: u64 = 1 << 33;
    pub const MEDIA_VERB: u64 = 1 << 34;
    pub const BACK_POINTING: u64 = 1 << 35;
    pub const FIRST_PERSON: u64 = 1 << 36;
    pub const PASSIVE_AGENT_VERB: u64 = 1 << 37;
    pub const STRONG_PARTICIPLE: u64 = 1 << 38;
    pub const DEFINITE_ARTICLE: u64 = 1 << 39;
    pub const INTERVIEW_QUESTION: u64 = 1 << 40;
    pub const INTERVIEW_ANSWER: u64 = 1 << 41;
    /// [`super::Lexicon::may_open_mention`]: a pronoun or (object) determiner.
    pub const MENTION_OPENER: u64 = 1 << 42;
    pub const PREDICATE_MARKER: u64 = 1 << 43;
    pub const NAME_ARTICLE: u64 = 1 << 44;
}

/// The rules compiled for fast lookup; built once per extraction.
pub(crate) struct Lexicon {
    pub speech: HashSet<String>,
    /// Separable verbs: verb form → particles one of which must follow.
    pub separable: HashMap<String, Vec<String>>,
    pub quoting: HashSet<String>,
    pub passive_aux: HashSet<String>,
    pub stative_aux: HashSet<String>,
    pub source_adverbs: HashSet<String>,
    pub publication_prepositions: HashSet<String>,
    pub press_texts: HashSet<String>,
    pub question_verbs: HashSet<String>,
    pub wording_verbs: HashSet<String>,
    pub topic_prepositions: HashSet<String>,
    pub role_abbreviations: HashMap<String, String>,
    pub collective_demonyms: HashMap<String, String>,
    member_parties: HashMap<String, String>,
    pub correlatives: HashSet<String>,
    pub pair_words: HashSet<String>,
    pub disjunctions: HashSet<String>,
    pub body_plurals: HashSet<String>,
    pub acronym_words: HashSet<String>,
    pub venue_prepositions: HashSet<String>,
    pub venue_nouns: HashSet<String>,
    pub non_speaker_labels: HashSet<String>,
    pub representative_roles: HashSet<String>,
    pub self_pronouns: HashSet<String>,
    pub headline_topic_prepositions: HashSet<String>,
    pub strong_participles: HashSet<String>,
    pub agent: HashSet<String>,
    /// Source cue phrases as word sequences.
    pub source: Vec<Vec<String>>,
    pub impersonal: Vec<Vec<String>>,
    pub source_after_name: HashSet<String>,
    pub after_quote: HashSet<String>,
    pub reflexives: HashSet<String>,
    pub non_person_prefixes: HashSet<String>,
    pub spoke_of_participles: HashSet<String>,
    pub spoke_of_prepositions: HashSet<String>,
    /// Every word a cue can start with (see [`Lexicon::may_start_cue`]).
    cue_starts: Option<HashSet<String>>,
    /// Pronouns, determiners and object determiners together (see
    /// [`Lexicon::may_open_mention`]).
    mention_openers: HashSet<String>,
    pub back_pointing: HashSet<String>,
    pub infinitive: HashSet<String>,
    age_nouns: Vec<String>,
    origin_nouns: HashSet<String>,
    people_plural_endings: Vec<String>,
    complementizers: HashSet<String>,
    name_adjective_endings: Vec<String>,
    place_linked_bodies: HashSet<String>,
    capacity_words: HashSet<String>,
    attribute_articles: HashSet<String>,
    kicker_prepositions: HashSet<String>,
    quotation_nouns: HashSet<String>,
    pub self_introductions: Vec<String>,
    label_prepositions: HashSet<String>,
    interview_nouns: HashSet<String>,
    copulas: HashSet<String>,
    counterpart_roles: Vec<String>,
    pub auxiliary_verbs: HashSet<String>,
    pub request_verbs: HashSet<String>,
    verb_only_speech: Vec<String>,
    pub passive_agent_verbs: HashSet<String>,
    pub back_reference: Vec<Vec<String>>,
    pub similarity_adverbs: HashSet<String>,
    pub additive_particles: HashSet<String>,
    pub reprimand_nouns: HashSet<String>,
    pub reprimand_prepositions: HashSet<String>,
    pub formal_address: HashSet<String>,
    pub reprimand_self: HashSet<String>,
    pub quote_openers: Vec<Vec<String>>,
    pub non_speech_phrases: Vec<Vec<String>>,
    pub verb_particles: HashSet<String>,
    pub quote_particles: HashSet<String>,
    pub target_prepositions: HashSet<String>,
    pub aged_description_endings: Vec<String>,
    pub postnominal_degrees: HashSet<String>,
    pub modal_verbs: HashSet<String>,
    pub nominative_determiners: HashSet<String>,
    pub participle_adjective_endings: Vec<String>,
    pub party_short_names: HashSet<String>,
    pub interview_questions: HashSet<String>,
    pub interview_answers: HashSet<String>,
    pub first_person: HashSet<String>,
    pub first_person_words: HashSet<String>,
    pub plural_pronouns: HashSet<String>,
    pub plural_pronoun_verb_endings: Vec<String>,
    pub plural_noun_endings: Vec<String>,
    pub singular_noun_endings: Vec<String>,
    pub singular_articles: HashSet<String>,
    pub article_adverbs: HashSet<String>,
    pub role_complement_prepositions: HashSet<String>,
    pub conjunction_prepositions: HashSet<String>,
    pub subordinators: HashSet<String>,
    pub capitalised_titles: HashSet<String>,
    pub lower_case_titles: HashSet<String>,
    pub upper_case_titles: HashSet<String>,
    pub mixed_case_titles: HashSet<String>,
    pub inverted_only_verbs: HashSet<String>,
    pub report_clause_openers: HashSet<String>,
    epicene_role_endings: Vec<String>,
    pub author_prepositions: HashSet<String>,
    pub perfect_auxiliaries: HashSet<String>,
    pub partitive_pronouns: HashSet<String>,
    pub partitive_links: HashSet<String>,
    pub pronouns: HashMap<String, Vec<Referent>>,
    pub object_pronouns: HashMap<String, Vec<Referent>>,
    pub possessive_pronouns: HashMap<String, Vec<Referent>>,
    pub demonstrative_pronouns: HashMap<String, Vec<Referent>>,
    pub determiners: HashSet<String>,
    pub object_dets: HashSet<String>,
    pub prepositions: HashSet<String>,
    pub absolute: HashSet<String>,
    pub stopwords: HashSet<String>,
    pub non_names: HashSet<String>,
    /// Endings of common nouns (`-ung`, `-heit`): a lone capitalised word with one is no name.
    noun_only_endings: Vec<String>,
    pub document_words: HashSet<String>,
    pub generic_orgs: Vec<String>,
    pub company_suffixes: HashSet<String>,
    pub firm_nouns: Vec<String>,
    pub titles: HashMap<String, Option<Referent>>,
    pub abbreviations: HashSet<String>,
    pub coordinators: HashSet<String>,
    pub name_particles: HashSet<String>,
    pub name_articles: HashSet<String>,
    pub plural_verbs: HashSet<String>,
    pub participle_endings: Vec<String>,
    pub opening_participle_endings: Vec<String>,
    pub role_prefixes: HashSet<String>,
    pub quantifiers: HashSet<String>,
    pub apposition_time_words: HashSet<String>,
    pub subject_prepositions: HashSet<String>,
    pub adverb_endings: Vec<String>,
    pub opening_adverb_endings: Vec<String>,
    pub opening_adjective_endings: Vec<String>,
    pub opening_adjectives: HashSet<String>,
    pub relative_pronouns: HashSet<String>,
    female_endings: Vec<String>,
    /// Given names that tell a gender (`Anna` → female).
    first_names: HashMap<String, Referent>,
    female_roles: HashSet<String>,
    male_roles: HashSet<String>,
    pub masculine_articles: HashSet<String>,
    pub reported_speech: HashSet<String>,
    pub chain_markers: HashSet<String>,
    pub source_clause_openers: HashSet<String>,
    pub headline_verbs: HashSet<String>,
    pub place_prepositions: HashSet<String>,
    pub predicate_markers: HashSet<String>,
    pub affiliation: HashSet<String>,
    pub speech_nouns: HashSet<String>,
    pub utterance_nouns: HashSet<String>,
    pub announcing_words: HashSet<String>,
    pub deputy_words: Vec<String>,
    indefinite_dets: HashSet<String>,
    pub definite_articles: HashSet<String>,
    pub stem_endings: Vec<String>,
    pub adjective_oblique: Vec<String>,
    pub adjective_nominative: String,
    weak_nouns: Vec<String>,
    pub genitive_articles: HashSet<String>,
    feminine_oblique_articles: HashSet<String>,
    feminine_endings: Vec<String>,
    feminine_exceptions: Vec<String>,
    genitive_endings: Vec<String>,
    pub media_verbs: HashSet<String>,
    pub issue_verbs: HashSet<String>,
    pub pre_verb_adverbs: HashSet<String>,
    pub placeholder_pronoun: Option<String>,
    pub impersonal_verbs: HashSet<String>,
    pub plural_only_endings: Vec<String>,
    pub fused_articles: HashSet<String>,
    pub fronted_adverb_endings: Vec<String>,
    pub appointment_words: HashSet<String>,
    pub appointment_prepositions: HashSet<String>,
    pub newcomer_modifiers: Vec<String>,
    /// See [`Rules::capitalised_nouns`].
    pub capitalised_nouns: bool,
    pub genitive_s: bool,
    pub ordinal_dot: bool,
    pub verb_second: bool,
    roles: Option<AhoCorasick>,
    private_roles: Option<AhoCorasick>,
    roles_uncompounded: Option<AhoCorasick>,
    private_uncompounded: Option<AhoCorasick>,
    pub spokesperson_roles: HashSet<String>,
    pub proxy_nouns: HashSet<String>,
    pub generic_role_heads: HashSet<String>,
    pub role_joiners: HashSet<String>,
    office_roles: Vec<String>,
    role_bases: HashSet<String>,
    /// See [`Rules::role_suffixes`]: endings such as `ologist`.
    role_endings: Vec<String>,
    /// Role and organisation words may end a compound (`Kreml-Sprecher`, `Außenministerium`).
    pub compounds: bool,
    orgs: Option<AhoCorasick>,
    orgs_uncompounded: Option<AhoCorasick>,
    documents: Option<AhoCorasick>,
    naming_words: HashSet<String>,
    pub recipient_articles: HashSet<String>,
    pub stance_prepositions: HashSet<String>,
    spelling_variants: HashMap<String, Vec<String>>,
    naming: Option<AhoCorasick>,
    media_naming: Option<AhoCorasick>,
    noun_endings: Vec<String>,
}

fn pronoun_map(rules: &[PronounRule]) -> HashMap<String, Vec<Referent>> {
    rules
        .iter()
        .map(|p| {
            let r = p.refers.iter().filter_map(|s| Referent::parse(s)).collect();
            (p.word.to_lowercase(), r)
        })
        .collect()
}

fn set(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

fn phrases(list: &[String]) -> Vec<Vec<String>> {
    list.iter()
        .map(|p| {
            p.split_whitespace()
                .map(|w| w.to_lowercase())
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// Each spelling to the other spellings of its noun.
fn variant_map(groups: &[Vec<String>]) -> HashMap<String, Vec<String>> {
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for group in groups {
        let lower: Vec<String> = group.iter().map(|w| w.to_lowercase()).collect();
        for w in &lower {
            let others = lower.iter().filter(|o| *o != w).cloned();
            map.entry(w.clone()).or_default().extend(others);
        }
    }
    map
}

fn suffix_automaton(words: &[String]) -> Option<AhoCorasick> {
    let pats: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if pats.is_empty() {
        return None;
    }
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(pats)
        .ok()
}

/// True when some pattern of `ac` ends exactly at the end of `word`. Without
/// `compounds` (English) the pattern must be the whole word or follow a hyphen,
/// so `head` matches `head` and `year-old` matches `45-year-old`, never `Whitehead`.
/// With `compounds` (German) the pattern may also close a longer word, but only after a
/// stem of at least [`MIN_COMPOUND_STEM`] letters: `Außenministerium` ends in `ministerium`,
/// while `samt` does not end in `amt`.
fn has_suffix(ac: &Option<AhoCorasick>, word: &str, compounds: bool) -> bool {
    match ac {
        Some(ac) => ac.find_overlapping_iter(word).any(|m| {
            let stem = &word[..m.start()];
            m.end() == word.len()
                && (m.start() == 0
                    || stem.ends_with(['-', '‐'])
                    || (compounds && stem.chars().count() >= MIN_COMPOUND_STEM))
        }),
        None => false,
    }
}

/// Endings of a declined German adjective (`freie`, `offenen`, `erklärtes`): an attributive
/// participle and a term's adjective are told by them.
pub const ADJECTIVE_ENDINGS: [&str; 5] = ["e", "er", "en", "es", "em"];

/// Letters a compound must have before its role or organisation noun (`Stadt|rat`).
const MIN_COMPOUND_STEM: usize = 3;

impl Lexicon {
    pub fn new(rules: &Rules) -> Lexicon {
        let mut speech = HashSet::new();
        let mut separable: HashMap<String, Vec<String>> = HashMap::new();
        for v in &rules.speech_verbs {
            let v = v.to_lowercase();
            let parts: Vec<&str> = v.split_whitespace().filter(|p| *p != "…").collect();
            match parts.as_slice() {
                [verb] => {
                    speech.insert(verb.to_string());
                }
                [verb, particle] => separable
                    .entry(verb.to_string())
                    .or_default()
                    .push(particle.to_string()),
                // `stellte … sich vor`: a reflexive pronoun and a particle, both after it.
                [verb, particles @ ..] => separable
                    .entry(verb.to_string())
                    .or_default()
                    .push(particles.join(" ")),
                [] => {}
            }
        }
        let (role_endings, all_roles): (Vec<String>, Vec<String>) = rules
            .role_suffixes
            .iter()
            .chain(&rules.private_roles)
            .filter(|w| !rules.uncompounded_roles.contains(w))
            .cloned()
            .partition(|w| w.starts_with('-'));
        let (private_uncompounded, private_roles): (Vec<String>, Vec<String>) = rules
            .private_roles
            .iter()
            .cloned()
            .partition(|w| rules.uncompounded_roles.contains(w));
        let mut lex = Lexicon {
            cue_starts: None,
            mention_openers: HashSet::new(),
            speech,
            separable,
            quoting: set(&rules.quoting_verbs),
            passive_aux: set(&rules.passive_auxiliaries),
            stative_aux: set(&rules.stative_auxiliaries),
            source_adverbs: set(&rules.source_adverbs),
            publication_prepositions: set(&rules.publication_prepositions),
            press_texts: set(&rules.press_texts),
            question_verbs: set(&rules.question_verbs),
            wording_verbs: set(&rules.wording_verbs),
            topic_prepositions: set(&rules.topic_prepositions),
            role_abbreviations: rules
                .role_abbreviations
                .iter()
                .map(|(k, v)| (k.to_lowercase(), v.to_lowercase()))
                .collect(),
            collective_demonyms: rules
                .collective_demonyms
                .iter()
                .map(|(k, v)| (k.to_lowercase(), v.to_lowercase()))
                .collect(),
            member_parties: rules
                .member_parties
                .iter()
                .map(|(k, v)| (k.to_lowercase(), v.clone()))
                .collect(),
            correlatives: set(&rules.correlatives),
            pair_words: set(&rules.pair_words),
            disjunctions: set(&rules.disjunctions),
            body_plurals: set(&rules.body_plurals),
            acronym_words: set(&rules.acronym_words),
            venue_prepositions: set(&rules.venue_prepositions),
            venue_nouns: set(&rules.venue_nouns),
            non_speaker_labels: set(&rules.non_speaker_labels),
            representative_roles: set(&rules.representative_roles),
            self_pronouns: set(&rules.self_pronouns),
            headline_topic_prepositions: set(&rules.headline_topic_prepositions),
            strong_participles: set(&rules.strong_participles),
            agent: set(&rules.agent_prepositions),
            source: phrases(&rules.source_cues),
            impersonal: phrases(&rules.impersonal_cues),
            source_after_name: set(&rules.source_cues_after_name),
            after_quote: set(&rules.after_quote_cues),
            reflexives: set(&rules.reflexives),
            non_person_prefixes: set(&rules.non_person_prefixes),
            spoke_of_participles: set(&rules.spoke_of_participles),
            spoke_of_prepositions: set(&rules.spoke_of_prepositions),
            back_pointing: set(&rules.back_pointing_words),
            infinitive: set(&rules.infinitive_markers),
            back_reference: phrases(&rules.back_reference_openers),
            similarity_adverbs: set(&rules.similarity_adverbs),
            additive_particles: set(&rules.additive_particles),
            reprimand_nouns: set(&rules.reprimand_nouns),
            reprimand_prepositions: set(&rules.reprimand_prepositions),
            formal_address: set(&rules.formal_address),
            reprimand_self: set(&rules.reprimand_self),
            quote_openers: phrases(&rules.quote_openers),
            non_speech_phrases: phrases(&rules.non_speech_phrases),
            verb_particles: set(&rules.verb_particles),
            quote_particles: set(&rules.quote_particles),
            target_prepositions: set(&rules.target_prepositions),
            aged_description_endings: rules.aged_description_endings.clone(),
            postnominal_degrees: set(&rules.postnominal_degrees),
            modal_verbs: set(&rules.modal_verbs),
            nominative_determiners: set(&rules.nominative_determiners),
            participle_adjective_endings: rules.participle_adjective_endings.clone(),
            party_short_names: set(&rules.party_short_names),
            interview_questions: set(&rules.interview_question_labels),
            interview_answers: set(&rules.interview_answer_labels),
            first_person: set(&rules.first_person),
            first_person_words: set(&rules.first_person_words),
            plural_pronouns: set(&rules.plural_pronouns),
            plural_pronoun_verb_endings: rules.plural_pronoun_verb_endings.clone(),
            plural_noun_endings: rules.plural_noun_endings.clone(),
            singular_noun_endings: rules.singular_noun_endings.clone(),
            singular_articles: set(&rules.singular_articles),
            article_adverbs: set(&rules.article_adverbs),
            role_complement_prepositions: set(&rules.role_complement_prepositions),
            conjunction_prepositions: set(&rules.conjunction_prepositions),
            subordinators: set(&rules.subordinators),
            capitalised_titles: set(&rules.capitalised_titles),
            lower_case_titles: set(&rules.lower_case_titles),
            upper_case_titles: set(&rules.upper_case_titles),
            mixed_case_titles: set(&rules.mixed_case_titles),
            inverted_only_verbs: set(&rules.inverted_only_verbs),
            report_clause_openers: set(&rules.report_clause_openers),
            epicene_role_endings: rules.epicene_role_endings.clone(),
            author_prepositions: set(&rules.author_prepositions),
            perfect_auxiliaries: set(&rules.perfect_auxiliaries),
            partitive_pronouns: set(&rules.partitive_pronouns),
            partitive_links: set(&rules.partitive_links),
            passive_agent_verbs: set(&rules.passive_agent_verbs),
            age_nouns: rules.age_nouns.iter().map(|w| w.to_lowercase()).collect(),
            origin_nouns: set(&rules.origin_nouns),
            people_plural_endings: rules.people_plural_endings.clone(),
            complementizers: set(&rules.complementizers),
            name_adjective_endings: rules.name_adjective_endings.clone(),
            place_linked_bodies: set(&rules.place_linked_bodies),
            capacity_words: set(&rules.capacity_words),
            attribute_articles: set(&rules.attribute_articles),
            kicker_prepositions: set(&rules.kicker_prepositions),
            quotation_nouns: set(&rules.quotation_nouns),
            self_introductions: rules.self_introductions.clone(),
            label_prepositions: set(&rules.label_prepositions),
            interview_nouns: set(&rules.interview_nouns),
            copulas: set(&rules.copulas),
            counterpart_roles: rules.counterpart_roles.clone(),
            auxiliary_verbs: set(&rules.auxiliary_verbs),
            request_verbs: set(&rules.request_verbs),
            verb_only_speech: rules
                .verb_only_speech
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            pronouns: pronoun_map(&rules.pronouns),
            object_pronouns: pronoun_map(&rules.object_pronouns),
            possessive_pronouns: pronoun_map(&rules.possessive_pronouns),
            demonstrative_pronouns: pronoun_map(&rules.demonstrative_pronouns),
            determiners: set(&rules.determiners),
            object_dets: set(&rules.object_determiners),
            prepositions: set(&rules.prepositions),
            absolute: set(&rules.absolute_prepositions),
            stopwords: set(&rules.stopwords),
            non_names: set(&rules.non_names),
            noun_only_endings: rules
                .non_names
                .iter()
                .filter_map(|w| w.strip_prefix('-'))
                .map(str::to_lowercase)
                .collect(),
            document_words: set(&rules.document_words),
            company_suffixes: set(&rules.company_suffixes),
            firm_nouns: rules
                .firm_nouns
                .iter()
                .map(|w| super::names::stem(&w.to_lowercase(), &rules.stem_endings))
                .collect(),
            generic_orgs: rules
                .generic_org_nouns
                .iter()
                .map(|w| super::names::stem(&w.to_lowercase(), &rules.stem_endings))
                .collect(),
            titles: rules
                .titles
                .iter()
                .map(|t| (t.word.to_lowercase(), Referent::parse(&t.gender)))
                .collect(),
            abbreviations: set(&rules.abbreviations),
            coordinators: set(&rules.coordinators),
            name_particles: set(&rules.name_particles),
            name_articles: set(&rules.name_articles),
            plural_verbs: set(&rules.plural_verbs),
            participle_endings: rules.participle_endings.clone(),
            opening_participle_endings: rules.opening_participle_endings.clone(),
            role_prefixes: set(&rules.role_prefixes),
            quantifiers: set(&rules.quantifiers),
            apposition_time_words: set(&rules.apposition_time_words),
            subject_prepositions: set(&rules.subject_prepositions),
            adverb_endings: rules.adverb_endings.clone(),
            opening_adverb_endings: rules.opening_adverb_endings.clone(),
            opening_adjective_endings: rules.opening_adjective_endings.clone(),
            opening_adjectives: set(&rules.opening_adjectives),
            relative_pronouns: set(&rules.relative_pronouns),
            female_endings: rules.female_role_endings.clone(),
            first_names: first_names(),
            female_roles: set(&rules.female_roles),
            male_roles: set(&rules.male_roles),
            masculine_articles: set(&rules.masculine_articles),
            reported_speech: set(&rules.reported_speech_verbs),
            chain_markers: set(&rules.chain_markers),
            source_clause_openers: set(&rules.source_clause_openers),
            headline_verbs: set(&rules.headline_verbs),
            place_prepositions: set(&rules.place_prepositions),
            predicate_markers: set(&rules.predicate_markers),
            affiliation: set(&rules.affiliation_words),
            speech_nouns: set(&rules.speech_nouns),
            utterance_nouns: set(&rules.utterance_nouns),
            announcing_words: set(&rules.announcing_words),
            deputy_words: rules
                .deputy_words
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            indefinite_dets: set(&rules.indefinite_determiners),
            definite_articles: set(&rules.definite_articles),
            stem_endings: rules
                .stem_endings
                .iter()
                .map(|e| e.to_lowercase())
                .collect(),
            adjective_oblique: rules.adjective_oblique_endings.clone(),
            adjective_nominative: rules.adjective_nominative.clone(),
            genitive_articles: set(&rules.genitive_articles),
            feminine_oblique_articles: set(&rules.feminine_oblique_articles),
            feminine_endings: rules.feminine_endings.clone(),
            feminine_exceptions: rules.feminine_exceptions.clone(),
            genitive_endings: rules
                .genitive_endings
                .iter()
                .map(|e| e.to_lowercase())
                .collect(),
            weak_nouns: rules.weak_nouns.iter().map(|w| w.to_lowercase()).collect(),
            media_verbs: set(&rules.media_verbs),
            issue_verbs: set(&rules.issue_verbs),
            pre_verb_adverbs: set(&rules.pre_verb_adverbs),
            placeholder_pronoun: rules.placeholder_pronoun.clone(),
            impersonal_verbs: set(&rules.impersonal_verbs),
            plural_only_endings: rules.plural_only_endings.clone(),
            fused_articles: set(&rules.fused_articles),
            fronted_adverb_endings: rules.fronted_adverb_endings.clone(),
            appointment_words: set(&rules.appointment_words),
            appointment_prepositions: set(&rules.appointment_prepositions),
            newcomer_modifiers: rules.newcomer_modifiers.clone(),
            genitive_s: rules.genitive_s,
            capitalised_nouns: rules.capitalised_nouns,
            ordinal_dot: rules.ordinal_dot,
            verb_second: rules.verb_second,
            roles: suffix_automaton(&all_roles),
            role_bases: set(&all_roles),
            role_endings: role_endings
                .iter()
                .map(|w| w.trim_start_matches('-').to_lowercase())
                .collect(),
            private_roles: suffix_automaton(&private_roles),
            roles_uncompounded: suffix_automaton(&rules.uncompounded_roles),
            private_uncompounded: suffix_automaton(&private_uncompounded),
            spokesperson_roles: set(&rules.spokesperson_roles),
            role_joiners: set(&rules.role_joiners),
            proxy_nouns: set(&rules.proxy_nouns),
            generic_role_heads: rules
                .generic_role_heads
                .iter()
                .map(|w| super::names::stem(&w.to_lowercase(), &rules.stem_endings))
                .collect(),
            office_roles: rules
                .office_roles
                .iter()
                .map(|w| super::names::stem(&w.to_lowercase(), &rules.stem_endings))
                .collect(),
            compounds: rules.compound_nouns,
            orgs: suffix_automaton(&rules.org_suffixes),
            orgs_uncompounded: suffix_automaton(&rules.org_words_uncompounded),
            documents: suffix_automaton(&rules.document_words),
            naming_words: set(&rules.naming_words),
            recipient_articles: set(&rules.recipient_articles),
            stance_prepositions: set(&rules.stance_prepositions),
            spelling_variants: variant_map(&rules.spelling_variants),
            naming: suffix_automaton(&rules.naming_words),
            media_naming: suffix_automaton(&rules.media_naming_words),
            noun_endings: rules.noun_endings.clone(),
        };
        lex.cue_starts = lex.cue_start_words();
        lex.mention_openers = (lex.pronouns.keys())
            .chain(lex.demonstrative_pronouns.keys())
            .chain(&lex.determiners)
            .chain(&lex.object_dets)
            .cloned()
            .collect();
        lex
    }

    /// The [`bits`] of lower-case `lower`: every set membership the rules ask of a
    /// word, worked out once.
    pub fn word_bits(&self, lower: &str) -> u64 {
        use bits::*;
        let mut b = 0;
        let mut set = |bit: u64, on: bool| {
            if on {
                b |= bit;
            }
        };
        set(STOPWORD, self.stopwords.contains(lower));
        set(DETERMINER, self.determiners.contains(lower));
        set(OBJECT_DET, self.object_dets.contains(lower));
        set(PREPOSITION, self.prepositions.contains(lower));
        set(COORDINATOR, self.coordinators.contains(lower));
        set(PRONOUN, self.pronouns.contains_key(lower));
        set(SPEECH, self.speech.contains(lower));
        set(SEPARABLE, self.separable.contains_key(lower));
        set(QUOTING, self.quoting.contains(lower));
        set(PASSIVE_AUX, self.passive_aux.contains(lower));
        set(NON_NAME, self.non_names.contains(lower));
        set(TITLE, self.titles.contains_key(lower));
        set(NAME_PARTICLE, self.name_particles.contains(lower));
        set(AGENT, self.agent.contains(lower));
        set(ABSOLUTE, self.absolute.contains(lower));
        set(INFINITIVE, self.infinitive.contains(lower));
        set(CUE_START, self.may_start_cue(lower));
        set(REPORTED_SPEECH, self.reported_speech.contains(lower));
        set(ABBREVIATION, self.abbreviations.contains(lower));
        set(GENITIVE_ARTICLE, self.genitive_articles.contains(lower));
        set(GIVEN_NAME, self.first_name_gender(lower).is_some());
        set(ROLE, self.is_role(lower));
        set(PLURAL_VERB, self.plural_verbs.contains(lower));
        set(PRE_VERB_ADVERB, self.pre_verb_adverbs.contains(lower));
        set(
            SUBJECT_PREPOSITION,
            self.subject_prepositions.contains(lower),
        );
        set(RELATIVE_PRONOUN, self.relative_pronouns.contains(lower));
        set(
            CONJUNCTION_PREPOSITION,
            self.conjunction_prepositions.contains(lower),
        );
        set(CHAIN_MARKER, self.chain_markers.contains(lower));
        set(INDEFINITE, self.indefinite(lower));
        set(SOURCE_AFTER_NAME, self.source_after_name.contains(lower));
        set(AFTER_QUOTE, self.after_quote.contains(lower));
        set(ROLE_BASE, self.is_role_base(lower));
        set(MASCULINE_ARTICLE, self.masculine_articles.contains(lower));
        set(AFFILIATION, self.affiliation.contains(lower));
        set(MEDIA_VERB, self.media_verbs.contains(lower));
        set(BACK_POINTING, self.back_pointing.contains(lower));
        set(FIRST_PERSON, self.first_person.contains(lower));
        set(PASSIVE_AGENT_VERB, self.passive_agent_verbs.contains(lower));
        set(STRONG_PARTICIPLE, self.strong_participles.contains(lower));
        set(DEFINITE_ARTICLE, self.definite_articles.contains(lower));
        set(PREDICATE_MARKER, self.predicate_markers.contains(lower));
        set(NAME_ARTICLE, self.name_articles.contains(lower));
        set(INTERVIEW_QUESTION, self.interview_questions.contains(lower));
        set(INTERVIEW_ANSWER, self.interview_answers.contains(lower));
        set(MENTION_OPENER, self.may_open_mention(lower));
        b
    }

    /// False for a word that is neither a pronoun nor a (object) determiner,
    /// the commonest case: one look-up then spares mention parsing three.
    pub fn may_open_mention(&self, lower: &str) -> bool {
        self.mention_openers.contains(lower)
    }

    /// The words any cue starts with: speech, quoting and separable verbs,
    /// passive auxiliaries, source words and the first words of the cue phrases.
    /// None when a phrase is empty (it would match before every word).
    fn cue_start_words(&self) -> Option<HashSet<String>> {
        let phrases = self.source.iter().chain(&self.impersonal);
        let firsts: Option<Vec<&String>> = phrases.map(|p| p.first()).collect();
        let mut words: HashSet<String> = firsts?.into_iter().cloned().collect();
        for set in [
            &self.speech,
            &self.quoting,
            &self.passive_aux,
            &self.source_after_name,
            &self.after_quote,
        ] {
            words.extend(set.iter().cloned());
        }
        words.extend(self.separable.keys().cloned());
        Some(words)
    }

    /// False for a word no cue starts with, the commonest case: one look-up
    /// then spares cue finding its half-dozen.
    pub fn may_start_cue(&self, lower: &str) -> bool {
        self.cue_starts.as_ref().is_none_or(|w| w.contains(lower))
    }

    /// `Bundesbank`, `Statistikamt`: a word ending in an organisation noun, compound or not.
    pub fn ends_like_org(&self, lower: &str) -> bool {
        self.stems(lower).any(|w| {
            has_suffix(&self.orgs, w, true) || has_suffix(&self.orgs_uncompounded, w, false)
        })
    }

    /// A capitalised word that is a common noun by its ending (`Abrechnung`, `Sicherheit`):
    /// the stem before the ending must be long enough that short surnames (`Jung`) stay names.
    pub fn is_common_noun(&self, lower: &str) -> bool {
        self.noun_only_endings.iter().any(|e| {
            lower.strip_suffix(e.as_str()).is_some_and(|stem| {
                let stem_len = stem.chars().count();
                stem_len >= 3 && stem_len + e.chars().count() >= 8
            })
        })
    }

    /// The word and its forms with one inflection ending stripped.
    pub(crate) fn stems<'w>(&'w self, lower: &'w str) -> impl Iterator<Item = &'w str> {
        std::iter::once(lower).chain(
            self.noun_endings
                .iter()
                .filter_map(move |e| lower.strip_suffix(e.as_str())),
        )
    }

    /// `kreml-sprecher`, `außenministerin`, `spokesman`: a word naming a role.
    pub fn is_role(&self, lower: &str) -> bool {
        self.is_role_word(lower, true)
    }

    /// [`Lexicon::is_role`] for a word as written: a compound (`Regierungssprecher`) is
    /// recognised only when capitalised, as German writes its nouns.
    pub fn is_role_word(&self, lower: &str, cap: bool) -> bool {
        let compounds = self.compounds && cap;
        self.stems(lower).any(|s| {
            has_suffix(&self.roles, s, compounds)
                || has_suffix(&self.roles_uncompounded, s, false)
                || self
                    .role_endings
                    .iter()
                    .any(|e| s.len() > e.len() && s.ends_with(e.as_str()))
        })
    }

    /// `center` for `centre`: the word and its other spellings ([`Rules::spelling_variants`]).
    pub fn spellings<'w>(&'w self, lower: &'w str) -> impl Iterator<Item = &'w str> {
        std::iter::once(lower).chain(
            self.spelling_variants
                .get(lower)
                .into_iter()
                .flatten()
                .map(String::as_str),
        )
    }

    /// `researchers`, `Autoren`: a role noun in a plural form (see
    /// [`Rules::plural_noun_endings`]).
    pub fn is_plural_noun(&self, lower: &str) -> bool {
        let ends = |list: &[String]| list.iter().any(|e| lower.ends_with(e.as_str()));
        ends(&self.plural_noun_endings) && !ends(&self.singular_noun_endings)
    }

    /// See [`Rules::private_roles`].
    pub fn is_private_role(&self, lower: &str) -> bool {
        self.stems(lower).any(|s| {
            has_suffix(&self.private_roles, s, self.compounds)
                || has_suffix(&self.private_uncompounded, s, false)
        })
    }

    /// `außenministerium`, `journal`: a word naming an organisation, as written
    /// (`cap`): lower-case `insgesamt` is no compound of
    /// `amt`, it is an adverb.
    pub fn is_org_word(&self, lower: &str, cap: bool) -> bool {
        let compounds = self.compounds && cap;
        self.stems(lower).any(|s| {
            has_suffix(&self.orgs, s, compounds) || has_suffix(&self.orgs_uncompounded, s, false)
        })
    }

    /// `erklärung`, and in German the compounds `Medienmitteilung`, `Jahresbericht`:
    /// a word naming a text a body issues.
    /// `saying`, `addressing`: a word with a participle ending and a stem of three
    /// letters or more.
    pub fn is_participle(&self, lower: &str) -> bool {
        self.participle_endings
            .iter()
            .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e.as_str()))
    }

    /// `sozialdemokratische`, `zuständigen`: a lower-case word with an adjective's
    /// ending ([`Rules::adjective_oblique_endings`], [`Rules::adjective_nominative`]).
    pub fn is_inflected_adjective(&self, lower: &str) -> bool {
        let nominative = &self.adjective_nominative;
        lower.len() > 3
            && ((!nominative.is_empty() && lower.ends_with(nominative.as_str()))
                || self
                    .adjective_oblique
                    .iter()
                    .any(|e| lower.ends_with(e.as_str())))
    }

    /// See [`Rules::naming_words`].
    pub fn is_naming_word(&self, lower: &str) -> bool {
        self.naming_words.contains(lower)
            || (self.compounds && has_suffix(&self.naming, lower, true))
            || self.is_media_naming_word(lower)
    }

    /// See [`Rules::media_naming_words`]; in any case (`des Nachrichtenmagazins`).
    pub fn is_media_naming_word(&self, lower: &str) -> bool {
        self.stems(lower)
            .any(|w| has_suffix(&self.media_naming, w, self.compounds))
    }

    /// One of [`Rules::media_naming_words`] itself, uninflected (`Zeitung`), which may be
    /// the object a quote calls something (`nannte die Zeitung „unseriös“`).
    pub fn is_plain_media_naming_word(&self, lower: &str) -> bool {
        has_suffix(&self.media_naming, lower, false)
    }

    pub fn is_document_word(&self, lower: &str, cap: bool) -> bool {
        // (`dass Berichte … zurückgehalten werden`: a plural or oblique form too.)
        self.stems(lower).any(|w| {
            self.document_words.contains(w)
                || (self.compounds && cap && has_suffix(&self.documents, w, true))
        })
    }

    /// The gender a role word tells: listed words, or a female ending on a role
    /// (`ministerin` = `minister` + `in`).
    pub fn role_gender(&self, lower: &str) -> Option<Referent> {
        if let Some(g) = self.listed_role_gender(lower) {
            return Some(g);
        }
        let female = self.female_endings.iter().any(|e| {
            lower
                .strip_suffix(e.as_str())
                .is_some_and(|base| has_suffix(&self.roles, base, self.compounds))
        });
        female.then_some(Referent::Female)
    }

    /// `SPD-Kanzlerkandidat Peer Steinbrück`: in a language that makes its roles female by
    /// an ending, the bare form of a role before a name is a man's (a woman's name takes
    /// `Kanzlerkandidatin`). Not a noun made of an adjective, `der`/`die Vorsitzende`.
    pub fn masculine_role_gender(&self, lower: &str) -> Option<Referent> {
        const ADJECTIVAL: [&str; 2] = ["e", "en"];
        // (`Landeshauptfrau`: a compound ends in a female word.)
        // (`Vorstandsmitglied`: nor one said of both.)
        let female_tail = self
            .female_roles
            .iter()
            .chain(&self.epicene_role_endings)
            .any(|f| lower.ends_with(f.as_str()));
        let bare = !self.female_endings.is_empty()
            && !female_tail
            && self.role_gender(lower).is_none()
            && !ADJECTIVAL.iter().any(|e| lower.ends_with(e))
            && self.is_role(lower);
        bare.then_some(Referent::Male)
    }

    /// The gender of a role word listed as gendered (`sister`, `Vater`), leaving out
    /// those read off an ending (`Professorin`), which also name a post held.
    pub fn listed_role_gender(&self, lower: &str) -> Option<Referent> {
        if self.female_roles.contains(lower) {
            Some(Referent::Female)
        } else if self.male_roles.contains(lower) {
            Some(Referent::Male)
        } else {
            None
        }
    }

    /// A description head that states only an age (`43-jährig`, `43-year-old`).
    pub fn is_age_noun(&self, head: &str) -> bool {
        self.age_nouns.iter().any(|a| head.ends_with(a.as_str()))
    }

    /// The office a stemmed role head names (`außenminister` → `minister`), if any.
    pub fn office_of(&self, head: &str) -> Option<&str> {
        // (`kanzlerin` is the office of `kanzler`.)
        let male = self
            .female_endings
            .iter()
            .find_map(|end| head.strip_suffix(end.as_str()))
            .map(|h| super::names::stem(h, &self.stem_endings));
        self.office_roles
            .iter()
            .find(|o| {
                head.ends_with(o.as_str()) || male.as_ref().is_some_and(|m| m.ends_with(o.as_str()))
            })
            .map(String::as_str)
    }

    /// Whether a speech word is never a noun (see `verb_only_speech`).
    pub fn is_verb_only(&self, lower: &str) -> bool {
        self.verb_only_speech
            .iter()
            .any(|v| match v.strip_prefix('-') {
                Some(ending) => lower.ends_with(ending),
                None => lower == v,
            })
    }

    /// A role stem naming someone's opposite number (`amtskolleg`, `counterpart`).
    pub fn is_counterpart_role(&self, stem: &str) -> bool {
        self.counterpart_roles
            .iter()
            .any(|c| stem.starts_with(c.as_str()))
    }

    /// A word that opens a role someone acts in (`als`, `as`).
    pub fn is_capacity_word(&self, lower: &str) -> bool {
        self.capacity_words.contains(lower)
    }

    /// An article that after a noun opens its genitive attribute (`der`, `des`).
    pub fn is_attribute_article(&self, lower: &str) -> bool {
        self.attribute_articles.contains(lower)
    }

    /// A word after a headline's name that opens its topic (`zu`).
    pub fn is_kicker_preposition(&self, lower: &str) -> bool {
        self.kicker_prepositions.contains(lower)
    }

    /// A noun for someone's quoted words (`Zitat`, `words`).
    pub fn is_quotation_noun(&self, lower: &str) -> bool {
        self.quotation_nouns.contains(lower)
    }

    /// A word before a name that ends a headline label at its colon (`mit`).
    pub fn is_label_preposition(&self, lower: &str) -> bool {
        self.label_prepositions.contains(lower)
    }

    /// A noun of a talk printed or reported (`Gespräch`, `interview`).
    pub fn is_interview_noun(&self, lower: &str) -> bool {
        self.interview_nouns.contains(lower)
    }

    /// A form of `be` joining a description to a name (`has been`, `ist`).
    pub fn is_copula(&self, lower: &str) -> bool {
        self.copulas.contains(lower)
    }

    /// A body noun whose name may go on with `in` and a place (`Mission`, `Embassy`).
    pub fn links_place(&self, lower: &str) -> bool {
        self.place_linked_bodies.contains(lower)
    }

    /// A capitalised word inflected as an adjective that opens no person's name
    /// (`europäischen`, lower-cased).
    pub fn is_name_adjective(&self, lower: &str) -> bool {
        self.name_adjective_endings
            .iter()
            .any(|e| lower.chars().count() > e.chars().count() + 2 && lower.ends_with(e.as_str()))
    }

    /// A conjunction opening a clause of what was said (`dass`).
    pub fn is_complementizer(&self, lower: &str) -> bool {
        self.complementizers.contains(lower)
    }

    /// A one-word name that reads as a people in the plural (`Palestinians`).
    pub fn is_people_plural(&self, name: &str) -> bool {
        !name.contains(char::is_whitespace)
            && self
                .people_plural_endings
                .iter()
                .any(|e| name.len() > e.len() + 2 && name.ends_with(e.as_str()))
    }

    /// A description head that states only an origin (`native`).
    pub fn is_origin_noun(&self, head: &str) -> bool {
        self.origin_nouns.contains(head)
    }

    /// `der`, `einer`: an article that may mark a feminine or plural genitive.
    pub fn is_feminine_oblique_article(&self, article: &str) -> bool {
        self.feminine_oblique_articles.contains(article)
    }

    /// `der Regierung`, `einer Behörde`: an article that, before this feminine noun,
    /// marks a dative or genitive, never the subject.
    pub fn oblique_feminine(&self, article: &str, noun: &str) -> bool {
        self.feminine_oblique_articles.contains(article)
            && self
                .feminine_endings
                .iter()
                .any(|e| noun.ends_with(e.as_str()))
            && !self
                .feminine_exceptions
                .iter()
                .any(|e| noun.ends_with(e.as_str()))
    }

    /// The party whose members `lower` names (`sozialdemokraten` → `SPD`).
    pub fn member_party(&self, lower: &str) -> Option<&str> {
        self.member_parties.get(lower).map(String::as_str)
    }

    /// The gender a given name tells (`anna` → female), lower case.
    pub fn first_name_gender(&self, lower: &str) -> Option<Referent> {
        self.first_names
            .get(lower)
            .copied()
            .or_else(|| self.joined_first_names(lower))
    }

    /// `Karlheinz`, `Hansjörg`, `Marieluise`: two given names of one gender written as
    /// one word are a given name of that gender.
    fn joined_first_names(&self, lower: &str) -> Option<Referent> {
        const MIN_PART: usize = 3;
        // Given names are short: a longer word is no pair of them, and the bound keeps
        // the split below linear in the word's length.
        const MAX_BYTES: usize = 32;
        let n = lower.chars().take(MAX_BYTES + 1).count();
        if lower.len() > MAX_BYTES
            || n < 2 * MIN_PART + 1
            || !lower.chars().all(char::is_alphabetic)
        {
            return None;
        }
        lower
            .char_indices()
            .enumerate()
            .filter(|&(c, _)| c >= MIN_PART && n - c >= MIN_PART)
            .find_map(|(_, (i, _))| {
                let first = self.first_names.get(&lower[..i])?;
                let second = self.first_names.get(&lower[i..])?;
                (first == second).then_some(*first)
            })
    }

    /// A role noun in its base form (`richter`, not `richtern`): after a first name it
    /// may be a surname (`Thomas Richter`).
    pub fn is_role_base(&self, lower: &str) -> bool {
        self.role_bases.contains(lower)
    }

    /// `russischen` → `russische`: `word` with its oblique adjective ending replaced by the
    /// nominative one; `None` when no rule applies.
    pub fn nominative_adjective(&self, word: &str, lower: &str) -> Option<String> {
        let e = self.adjective_oblique.iter().find(|e| {
            lower.ends_with(e.as_str()) && lower.chars().count() > e.chars().count() + 3
        })?;
        let stem = word.get(..word.len().checked_sub(e.len())?)?;
        Some(format!("{stem}{}", self.adjective_nominative))
    }

    /// `Präsidenten` → `Präsident`, `Kollegen` → `Kollege`: a weak noun (or a compound
    /// ending in one) without its oblique ending; `None` when `word` is no such form.
    pub fn weak_noun_base(&self, word: &str, lower: &str) -> Option<String> {
        let cut = self.weak_nouns.iter().find_map(|b| {
            let ending = if b.ends_with('e') { "n" } else { "en" };
            lower
                .strip_suffix(ending)
                .filter(|base| base.ends_with(b.as_str()))
                .map(|_| ending.len())
        })?;
        word.get(..word.len().checked_sub(cut)?).map(str::to_string)
    }

    /// `Außenministers` → `Außenminister`: a role noun without its genitive ending, when
    /// what remains is still a role; `None` otherwise.
    pub fn strong_genitive_base(&self, word: &str, lower: &str) -> Option<String> {
        let e = self.genitive_endings.iter().find(|e| {
            lower
                .strip_suffix(e.as_str())
                .is_some_and(|base| has_suffix(&self.roles, base, self.compounds))
        })?;
        word.get(..word.len().checked_sub(e.len())?)
            .map(str::to_string)
    }

    /// `des Bundesamts für Verkehr` → `Bundesamt für Verkehr`: an organisation's name
    /// after a genitive article, its organisation noun without the genitive ending (when
    /// what remains still names a body), so the name reads as in the nominative.
    pub fn org_name_nominative(&self, phrase: &str, after_genitive: bool) -> String {
        if !after_genitive {
            return phrase.to_string();
        }
        let base = |word: &str| {
            let lower = word.to_lowercase();
            self.genitive_endings.iter().find_map(|e| {
                let b = lower.strip_suffix(e.as_str())?;
                let keep = word.len().checked_sub(e.len())?;
                (self.ends_like_org(b) && !self.ends_like_org_exactly(&lower))
                    .then(|| word.get(..keep).map(str::to_string))
                    .flatten()
            })
        };
        phrase
            .split_whitespace()
            .map(|w| base(w).unwrap_or_else(|| w.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// `der Deutschen Bahn`, `dem Europäischen Parlament` → `Deutsche Bahn`, `Europäische
    /// Parlament`: in a language that capitalises its nouns, a capitalised adjective in
    /// `-en` before the last word of a body's name takes its nominative `-e`, unless that
    /// word is plural (`den Vereinten Nationen`).
    pub fn nominative_adjectives(&self, phrase: &str) -> String {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let plural_noun = words.last().is_some_and(|w| w.ends_with("en"));
        let adjective = |i: usize, w: &str| {
            self.capitalised_nouns
                && !plural_noun
                && i + 1 < words.len()
                && w.chars().count() > 4
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.ends_with("en")
        };
        words
            .iter()
            .enumerate()
            .map(|(i, w)| match w.strip_suffix('n') {
                Some(e) if adjective(i, w) => e,
                _ => w,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The word itself, without any ending removed, ends in an organisation noun
    /// (`Ministerium`, not `Ministeriums`).
    fn ends_like_org_exactly(&self, lower: &str) -> bool {
        has_suffix(&self.orgs, lower, self.compounds)
            || has_suffix(&self.orgs_uncompounded, lower, false)
    }

    /// `ein`, `einer`, `a`, `an`: a determiner of an indefinite noun phrase.
    pub fn indefinite(&self, lower: &str) -> bool {
        self.indefinite_dets.contains(lower)
    }

    /// Speech verb, with the separable particle check done by the caller.
    pub fn particles(&self, lower: &str) -> Option<&[String]> {
        self.separable.get(lower).map(|v| v.as_slice())
    }
}

/// What detection needs of one language.
struct Detectable<'c> {
    code: &'c str,
    lang: Option<whatlang::Lang>,
    words: HashSet<String>,
    default: bool,
}

impl<'c> Detectable<'c> {
    fn new(code: &'c str, rules: &Rules) -> Self {
        Detectable {
            code,
            lang: whatlang::Lang::from_code(rules.iso639_3.as_str()),
            words: set(&rules.detect_words),
            default: rules.detect_default,
        }
    }
}

/// The built-in languages' detection data, parsed once.
fn detectable() -> &'static [Detectable<'static>] {
    static CELL: std::sync::OnceLock<Vec<Detectable>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        BUILTIN
            .iter()
            .filter_map(|(code, src)| {
                let rules: Rules = toml::from_str(src).ok()?;
                Some(Detectable::new(code, &rules))
            })
            .collect()
    })
}

/// The language assumed when nothing decides: the one marked `detect_default`.
fn default_language<'c>(langs: &[Detectable<'c>]) -> &'c str {
    langs
        .iter()
        .find(|d| d.default)
        .or(langs.first())
        .map_or("en", |d| d.code)
}

/// Guesses the language of `text` among the built-in ones; the default language when unsure.
///
/// whatlang, restricted to the built-in languages, decides when it is confident; for
/// short or mixed texts, where it is not, each language's most frequent function words
/// (`detect_words`) break the tie.
pub fn detect_language(text: &str) -> &'static str {
    detect_in(text, detectable())
}

/// [`detect_language`] among `languages` (built-in and user-supplied rules
/// alike) instead of the built-in ones; the answer is one of their codes.
pub fn detect_language_among<'r>(text: &str, languages: &'r [Rules]) -> &'r str {
    let langs: Vec<Detectable<'r>> = languages
        .iter()
        .map(|r| Detectable::new(&r.code, r))
        .collect();
    detect_in(text, &langs)
}

fn detect_in<'c>(text: &str, langs: &[Detectable<'c>]) -> &'c str {
    let sample = match text.char_indices().nth(20_000) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let allow: Vec<whatlang::Lang> = langs.iter().filter_map(|d| d.lang).collect();
    if !allow.is_empty() {
        let detector = whatlang::Detector::with_allowlist(allow);
        if let Some(info) = detector.detect(sample).filter(|i| i.is_reliable()) {
            if let Some(d) = langs.iter().find(|d| d.lang == Some(info.lang())) {
                return d.code;
            }
        }
    }
    by_function_words(sample, langs)
}

/// Counts each language's frequent words; the default language on a tie.
fn by_function_words<'c>(sample: &str, langs: &[Detectable<'c>]) -> &'c str {
    let mut counts = vec![0usize; langs.len()];
    for w in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        for (c, d) in counts.iter_mut().zip(langs) {
            *c += usize::from(d.words.contains(&w));
        }
    }
    let fallback = default_language(langs);
    let top = counts.iter().copied().max().unwrap_or(0);
    let leaders: Vec<usize> = (0..langs.len()).filter(|&i| counts[i] == top).collect();
    match leaders.as_slice() {
        [only] if top > 0 => langs[*only].code,
        _ => fallback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_german_role_before_a_name_is_a_man_s() {
        let de = Lexicon::new(&Rules::builtin("de").unwrap());
        assert_eq!(
            de.masculine_role_gender("kanzlerkandidat"),
            Some(Referent::Male)
        );
        assert_eq!(de.masculine_role_gender("kanzlerkandidatin"), None);
        assert_eq!(de.masculine_role_gender("landeshauptfrau"), None);
        assert_eq!(de.masculine_role_gender("vorsitzende"), None);
        assert_eq!(de.masculine_role_gender("vorstandsmitglied"), None);
        let en = Lexicon::new(&Rules::builtin("en").unwrap());
        assert_eq!(en.masculine_role_gender("senator"), None);
    }

    #[test]
    fn two_given_names_of_one_gender_joined_are_a_given_name() {
        let lex = Lexicon::new(&Rules::builtin("de").unwrap());
        assert_eq!(
            lex.first_name_gender("karlheinz"),
            lex.first_name_gender("karl")
        );
        assert!(lex.first_name_gender("hansjörg").is_some());
        assert!(lex.first_name_gender("karlsruhe").is_none());
        assert!(lex.first_name_gender(&"karl".repeat(20)).is_none());
    }

    #[test]
    fn word_bits_are_distinct() {
        let all = [
            bits::STOPWORD,
            bits::DETERMINER,
            bits::OBJECT_DET,
            bits::PREPOSITION,
            bits::COORDINATOR,
            bits::PRONOUN,
            bits::SPEECH,
            bits::SEPARABLE,
            bits::QUOTING,
            bits::PASSIVE_AUX,
            bits::NON_NAME,
            bits::TITLE,
            bits::NAME_PARTICLE,
            bits::AGENT,
            bits::ABSOLUTE,
            bits::INFINITIVE,
            bits::CUE_START,
            bits::REPORTED_SPEECH,
            bits::ABBREVIATION,
            bits::GENITIVE_ARTICLE,
            bits::GIVEN_NAME,
            bits::ROLE,
            bits::PLURAL_VERB,
            bits::PRE_VERB_ADVERB,
            bits::SUBJECT_PREPOSITION,
            bits::RELATIVE_PRONOUN,
            bits::CONJUNCTION_PREPOSITION,
            bits::CHAIN_MARKER,
            bits::INDEFINITE,
            bits::SOURCE_AFTER_NAME,
            bits::AFTER_QUOTE,
            bits::ROLE_BASE,
            bits::MASCULINE_ARTICLE,
            bits::AFFILIATION,
            bits::MEDIA_VERB,
            bits::BACK_POINTING,
            bits::FIRST_PERSON,
            bits::PASSIVE_AGENT_VERB,
            bits::STRONG_PARTICIPLE,
            bits::DEFINITE_ARTICLE,
            bits::INTERVIEW_QUESTION,
            bits::INTERVIEW_ANSWER,
            bits::MENTION_OPENER,
            bits::PREDICATE_MARKER,
            bits::NAME_ARTICLE,
        ];
        for (i, a) in all.iter().enumerate() {
            assert_eq!(a.count_ones(), 1, "bit {i}");
            for b in &all[i + 1..] {
                assert_ne!(a, b, "two word classes share a bit");
            }
        }
    }

    #[test]
    fn every_builtin_language_parses() {
        for code in Rules::builtin_codes() {
            assert_eq!(Rules::builtin(code).unwrap().code, code);
        }
    }

    #[test]
    fn german_text_is_detected_as_german() {
        assert_eq!(
            detect_language("Der Minister sagte am Mittwoch, er werde die Gespräche fortsetzen."),
            "de"
        );
    }

    #[test]
    fn english_text_is_detected_as_english() {
        assert_eq!(
            detect_language("The minister said on Wednesday that he would continue the talks."),
            "en"
        );
    }

    #[test]
    fn short_texts_are_detected_by_function_words() {
        assert_eq!(detect_language("„Nein“, sagte er und ging."), "de");
        assert_eq!(detect_language("“No,” he said and left."), "en");
        assert_eq!(detect_language(""), "en");
    }

    #[test]
    fn every_builtin_language_is_known_to_the_detector() {
        for d in detectable() {
            assert!(d.lang.is_some(), "{}: iso639_3 unknown to whatlang", d.code);
            assert!(!d.words.is_empty(), "{}: no detect_words", d.code);
        }
        assert_eq!(detectable().iter().filter(|d| d.default).count(), 1);
    }

    #[test]
    fn stems_use_the_endings_of_their_language() {
        let de = Lexicon::new(&Rules::builtin("de").unwrap());
        let en = Lexicon::new(&Rules::builtin("en").unwrap());
        let stem = super::super::names::stem;
        assert_eq!(stem("russischen", &de.stem_endings), "russisch");
        assert_eq!(stem("russische", &de.stem_endings), "russisch");
        assert_eq!(stem("ministers", &en.stem_endings), "minister");
        assert_eq!(stem("chinese", &en.stem_endings), "chinese");
    }

    #[test]
    fn compound_role_word_is_a_role() {
        let lex = Lexicon::new(&Rules::builtin("de").unwrap());
        assert!(lex.is_role("kreml-sprecher"));
        assert!(lex.is_role("außenministerin"));
        assert!(lex.is_role("präsidenten"));
        assert!(!lex.is_role("berlin"));
    }

    #[test]
    fn org_suffix_matches_compounds() {
        let lex = Lexicon::new(&Rules::builtin("de").unwrap());
        assert!(lex.is_org_word("außenministerium", true));
        let en = Lexicon::new(&Rules::builtin("en").unwrap());
        assert!(en.is_org_word("ministry", false));
    }

    #[test]
    fn organisation_compound_needs_a_capital_and_a_real_stem() {
        let lex = Lexicon::new(&Rules::builtin("de").unwrap());
        assert!(lex.is_org_word("statistikamt", true));
        assert!(lex.is_org_word("amt", true));
        assert!(!lex.is_org_word("insgesamt", false));
        assert!(!lex.is_org_word("samt", true));
        assert!(!lex.is_role_word("regierungssprecher", false));
        assert!(lex.is_role_word("regierungssprecher", true));
    }

    #[test]
    fn separable_verb_keeps_its_particle() {
        let lex = Lexicon::new(&Rules::builtin("de").unwrap());
        assert!(lex
            .particles("fügte")
            .is_some_and(|p| p.iter().any(|x| x == "hinzu")));
    }
}
