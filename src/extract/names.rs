//! Mentions: the noun phrases of a sentence that could be a speaker.
//!
//! A mention is a name (`Wang Yi`, `Kreml-Sprecher Dmitri Peskow`, `das Wall
//! Street Journal`), a pronoun (`er`, `she`), a description (`der russische
//! Staatschef`, `the ministry`) or a document standing for its issuer (`Die
//! Erklärung`, `the statement`). Names are recognised by shape only:
//! capitalised words that are not function words, roles or calendar words.
//! German capitalises every noun, so a single capitalised word after an
//! article is taken as a common noun, not a name.

use super::lang::{bits as b, Lexicon, Referent};
use super::speakers::{add_unique, strip_possessive, Entity, NameInfo, Registry};
use super::tokens::Token;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    /// A name, already registered: see [`Mention::entity`].
    Name,
    /// A personal pronoun and what it may refer to.
    Pronoun(Vec<Referent>),
    /// A description without a name: stems of its modifiers and head noun;
    /// `org` for `die Regierung`.
    Description {
        definite: bool,
        mods: Vec<String>,
        head: Option<String>,
        org: bool,
    },
    /// `Die Erklärung`, `the statement`: the text of an organisation. Only a definite
    /// one (`the statement`, not `a report`) refers back to an organisation.
    Document { definite: bool },
}

#[derive(Debug, Clone)]
pub struct Mention {
    /// Token indices in the paragraph.
    pub toks: Range<usize>,
    pub kind: MentionKind,
    /// The entity, for names (and later for resolved pronouns and descriptions).
    pub entity: Option<usize>,
    /// Governed by a preposition (`in Moskau`, `von Lawrow`).
    pub after_prep: bool,
    /// Governed by an agent preposition (`von`, `by`): a source, not the speaker.
    pub agent: bool,
    /// Marked as an object (`dem Minister`) or a genitive (`Merkel’s`).
    pub object: bool,
    /// Byte range of the mention without a leading article.
    pub text: Range<usize>,
}

impl Mention {
    /// Could be the subject of a clause.
    pub fn subject_capable(&self) -> bool {
        !self.after_prep && !self.object
    }

    /// The token where the mention's text starts (after any leading article).
    pub fn text_token(&self, tokens: &[Token]) -> usize {
        self.toks
            .clone()
            .find(|&k| tokens[k].range.start >= self.text.start)
            .unwrap_or(self.toks.start)
    }
}

/// Word classes the noun-phrase parser needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Role,
    Org,
    Document,
    Name,
    Modifier,
    Other,
}

/// [`is_function_word`] as [`bits`](super::lang::bits).
const FUNCTION_WORD: u64 = b::STOPWORD
    | b::DETERMINER
    | b::PREPOSITION
    | b::COORDINATOR
    | b::PRONOUN
    | b::SPEECH
    | b::SEPARABLE
    | b::QUOTING
    | b::PASSIVE_AUX
    | b::OBJECT_DET;

fn is_function_word(lex: &Lexicon, w: &str) -> bool {
    lex.stopwords.contains(w)
        || lex.determiners.contains(w)
        || lex.prepositions.contains(w)
        || lex.coordinators.contains(w)
        || lex.pronouns.contains_key(w)
        || lex.speech.contains(w)
        || lex.separable.contains_key(w)
        || lex.quoting.contains(w)
        || lex.passive_aux.contains(w)
        || lex.object_dets.contains(w)
}

/// The class of a word by its lower-case form and capitalisation alone, worked out
/// once per written form of a document (`tokens::Vocab`): it costs a dozen set
/// look-ups and suffix searches, while a long text repeats a few thousand words.
pub(crate) fn classify_word(lower: &str, cap: bool, lex: &Lexicon) -> Class {
    // `a warning by the centre`: a speech word that also names a text is that text
    // after an article (the parser asks for one); as a verb its cue is found apart.
    // Written with a capital it is part of a name (`Tsunami Warning Center`); German
    // writes every noun with one and tells its nouns from its verbs apart.
    if !cap
        && !lex.capitalised_nouns
        && lex.speech.contains(lower)
        && lex.is_document_word(lower, cap)
    {
        return Class::Document;
    }
    // (`freut sich BILLA-Marketingleiterin …`: a reflexive is never part of a role.)
    if is_function_word(lex, lower)
        || lex.non_names.contains(lower)
        || lex.reflexives.contains(lower)
    {
        return Class::Other;
    }
    if lower.chars().next().is_some_and(|c| c.is_ascii_digit()) && !lex.is_role(lower) {
        // `52-jährige`, `45-year-old` describe a person; bare numbers do not.
        // (`der 29jährige Salzburger`: an age may be written as one word.)
        let age = lower.contains('-') || lex.is_age_noun(lower);
        return if age && lower.chars().any(char::is_alphabetic) {
            Class::Modifier
        } else {
            Class::Other
        };
    }
    // (`als Spion beschuldigt`: a German role noun is written with a capital; lower
    // case it is a participle or an adjective.)
    let numeral = lower.starts_with(|c: char| c.is_ascii_digit()); // `43-Jährige`
    if lex.is_role_word(lower, cap) && (cap || numeral || !lex.capitalised_nouns) {
        return Class::Role;
    }
    // `One post by him`, but `the Washington Post`: written with a capital, a word that
    // names both a text and a body is the body.
    if lex.is_document_word(lower, cap) && !(cap && lex.is_org_word(lower, cap)) {
        return Class::Document;
    }
    if lex.is_org_word(lower, cap) {
        return Class::Org;
    }
    // `the ministry’s statement`: a body in the possessive is still that body.
    let owner = strip_possessive(lower);
    if owner != lower && lex.is_org_word(owner, cap) {
        return Class::Org;
    }
    if cap && lex.is_common_noun(lower) {
        Class::Other
    } else if cap {
        Class::Name
    } else {
        Class::Modifier
    }
}

/// Whether a German lower-case word ends like an adjective before a noun (`neue`,
/// `ehemaligen`, `chinesischer`), or is one joined by a hyphen (`ex-`).
fn inflected_adjective(lower: &str) -> bool {
    const ENDINGS: [&str; 5] = ["e", "en", "er", "es", "em"];
    lower.contains('-') || ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Lower-case stem of a modifier or role word for comparing descriptions: the first of
/// the language's `stem_endings` whose removal leaves at least four letters is removed.
///
/// A one-letter ending left on a two-letter one is removed too, so that a genitive
/// stems like its nominative (`Kanzlers` → `kanzl`, as `Kanzler` → `kanzl`).
pub fn stem(w: &str, endings: &[String]) -> String {
    let w = strip_possessive(w);
    match strip_ending(w, endings) {
        Some((s, e)) if e.chars().count() == 1 => match strip_ending(s, endings) {
            Some((t, e2)) if e2.chars().count() == 2 => t.to_string(),
            _ => s.to_string(),
        },
        Some((s, _)) => s.to_string(),
        None => w.to_string(),
    }
}

/// The word without the first of `endings` whose removal leaves at least four letters.
fn strip_ending<'w, 'e>(w: &'w str, endings: &'e [String]) -> Option<(&'w str, &'e str)> {
    endings.iter().find_map(|e| {
        w.strip_suffix(e.as_str())
            .filter(|s| s.chars().count() >= 4)
            .map(|s| (s, e.as_str()))
    })
}

/// Finds the mentions of sentence `sent` (token indices), registering names.
pub fn segment(
    text: &str,
    tokens: &[Token],
    sent: Range<usize>,
    lex: &Lexicon,
    reg: &mut Registry,
) -> Vec<Mention> {
    segment_with(text, tokens, sent, lex, reg, true)
}

/// [`segment`], with `shortcut` passing over words that [`cannot_start_mention`]
/// without running the parser on them (the equivalence test turns it off).
fn segment_with(
    text: &str,
    tokens: &[Token],
    sent: Range<usize>,
    lex: &Lexicon,
    reg: &mut Registry,
    shortcut: bool,
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    // Each word is classified once; the parser looks at most words several times.
    // On the stack for a sentence of at most `MAX_TOKENS` (all that `sentences::split`
    // makes): no allocation per sentence.
    let mut on_stack = [Class::Other; super::sentences::MAX_TOKENS];
    let mut on_heap = Vec::new();
    let classes: &mut [Class] = match on_stack.get_mut(..sent.len()) {
        Some(slots) => slots,
        None => {
            on_heap.resize(sent.len(), Class::Other);
            &mut on_heap
        }
    };
    let adjective_opens =
        lex.capitalised_nouns && opening_adjective_phrase(tokens, sent.clone(), lex, reg);
    for (slot, k) in classes.iter_mut().zip(sent.clone()) {
        // `@POTUS`, `#IStandWith`: a handle or hashtag names an account, not a speaker.
        let handle = k > 0
            && tokens[k - 1].is_punct("@#")
            && tokens[k - 1].range.end == tokens[k].range.start;
        // `Innen-, Justiz- und Wirtschaftsminister`: a word cut off by a hyphen is
        // the front of a compound completed later, never a name of its own.
        let cut_off_at = |c: usize| {
            tokens
                .get(c + 1)
                .is_some_and(|h| h.is_punct("-‐") && h.range.start == tokens[c].range.end)
                && tokens
                    .get(c + 2)
                    .is_none_or(|n| n.range.start > tokens[c + 1].range.end || n.is_punct(","))
        };
        let cut_off = cut_off_at(k);
        // `Bayerns Innen- und Integrationsminister Joachim Herrmann`: a place in the
        // genitive before such a cut compound owns the role completed later; it is no one.
        let owner_of_cut_role = lex.genitive_s
            && tokens[k].is_cap()
            && tokens[k].lower().is_some_and(|w| w.ends_with('s'))
            && tokens.get(k + 1).is_some_and(|n| n.is_word() && n.is_cap())
            && k + 1 < sent.end
            && cut_off_at(k + 1);
        // `Dr. Wasfi al-Rashda heads the hospital`: in English a role noun in -s between
        // a name and an article is the sentence's verb.
        let role_verb = !lex.capitalised_nouns
            && k > sent.start
            && tokens[k].class() == Class::Role
            && !tokens[k].is_cap()
            && tokens[k - 1].is_cap()
            && tokens[k]
                .lower()
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"))
            && tokens.get(k + 1).is_some_and(|n| n.has(b::DETERMINER));
        // `Yeoman 1st Class Derrick Cunningham`: a naval rating (a capitalised word, an
        // ordinal and `Class`) is a role before the name.
        let class_at = |c: usize| {
            c > sent.start
                && tokens.get(c).and_then(Token::lower) == Some("class")
                && tokens[c].is_cap()
                && is_ordinal(&tokens[c - 1])
        };
        let rating = class_at(k) || class_at(k + 1) || (tokens[k].is_cap() && class_at(k + 2));
        // `Under Secretary of Energy Mark Menezes`: a capitalised role prefix before a
        // capitalised role word opens the role.
        let role_prefix = tokens[k].is_cap()
            && tokens[k]
                .lower()
                .is_some_and(|w| lex.role_prefixes.contains(w))
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_cap() && n.class() == Class::Role);
        // `Klara Sommer`, `Theresa May`, `Bill Read`: a word that is never a name alone
        // (a season, a month, a verb of saying) after a given name is the family name.
        // (`sagte Sommer`: and so is the word alone, within a sentence, once known as one.)
        // (`VOA correspondent Idrisse Fall`, `South Africa's Marlon August`: after a role
        // or an owner and an unknown name word too, unless it is a day, `President Obama
        // Monday said`, or a verb, `Secretary Jewell Announces`; `Fall says overall, …`:
        // a known one opens a sentence as well.)
        let never_alone = tokens[k].is_cap()
            && tokens[k].lower().is_some_and(|w| {
                lex.non_names.contains(w) || (tokens[k].has(b::SPEECH) && w != "states")
            });
        // (Closures: most words are never alone-words, and the registry lookups are for
        // those only.)
        let after_role_and_name = || {
            k >= sent.start + 2
                && tokens[k - 1].is_cap()
                && tokens[k - 1].class() == Class::Name
                && (tokens[k - 2].class() == Class::Role
                    || tokens[k - 2]
                        .lower()
                        .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s")))
                && tokens[k].lower().is_some_and(|w| {
                    lex.non_names.contains(w) && !w.ends_with("day") && !w.ends_with("tag")
                })
        };
        let known = || tokens[k].lower().is_some_and(|w| reg.knows_person_token(w));
        // (`Specialist James D. Story`: a middle initial may stand after the given name.)
        let given_at = |g: usize| tokens[g].is_cap() && tokens[g].has(b::GIVEN_NAME);
        let after_initial = || {
            k >= sent.start + 3
                && tokens[k - 1].is_punct(".")
                && tokens[k - 2].is_cap()
                && tokens[k - 2]
                    .lower()
                    .is_some_and(|w| w.chars().count() == 1)
                && given_at(k - 3)
        };
        // (`Ministerpräsident Stephan Weil`, `sagte Weil`: where nouns are capitalised, so
        // is a function word inside a sentence only as a name: after a given name, or
        // known as one after a lower-case word; `Weil die Lage …` after a colon or at a
        // sentence's start is the conjunction.)
        let function_family_name = || {
            lex.capitalised_nouns
                && k > sent.start
                && tokens[k].is_cap()
                && tokens[k].lower().is_some_and(|w| lex.stopwords.contains(w))
                && tokens[k - 1].is_word()
                && (given_at(k - 1) || (!tokens[k - 1].is_cap() && known()))
        };
        // (`James D. Story`, then `Story said`: an English word for a text, capitalised
        // after a middle initial or as a person's known family name; `the Warren Report`
        // is a text.)
        let text_family_name = || {
            !lex.capitalised_nouns
                && tokens[k].class() == Class::Document
                && (after_initial() || tokens[k].lower().is_some_and(|w| reg.knows_family_name(w)))
        };
        let family_name = tokens[k].is_cap()
            && (never_alone
                && ((k > sent.start
                    && (given_at(k - 1) || after_initial() || after_role_and_name() || known()))
                    || (k == sent.start
                        && tokens
                            .get(k + 1)
                            .is_some_and(|n| n.is_word() && !n.is_cap())
                        && known()))
                || function_family_name()
                || text_family_name());
        // `the Sunday Times of India`: a day's name before a capitalised body word names
        // a paper with it.
        let paper_day = k > sent.start
            && tokens[k].is_cap()
            && tokens[k].has(b::NON_NAME)
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_cap() && n.class() == Class::Org);
        // `ÖAAB-Bundesobmann August Wöginger`: a given name that is also a month, after a
        // role and before a name, opens the name.
        let given_month = tokens[k].is_cap()
            && tokens[k].has(b::GIVEN_NAME)
            && tokens[k].has(b::NON_NAME)
            && k + 1 < sent.end
            && tokens[k + 1].is_cap()
            && tokens[k + 1].class() == Class::Name
            // (Only after a role: `Ende August Merkel`, `am 3. August Angela Merkel` are
            // dates.)
            && k > sent.start
            && tokens[k - 1].class() == Class::Role;
        // `der 36-jährige Leibnitzer`: one capitalised word after an article and an age
        // is the person's description, not a name.
        let aged_description = lex.capitalised_nouns
            && k >= sent.start + 2
            && tokens[k].is_cap()
            && tokens[k].class() == Class::Name
            && !tokens[k].has(b::GIVEN_NAME)
            && tokens[k - 2]
                .lower()
                .is_some_and(|w| lex.masculine_articles.contains(w))
            && tokens[k - 1].lower().is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    && w.ends_with('e')
                    && lex.is_age_noun(&w[..w.len() - 1])
            })
            // (`der 14-jährige Nare`: a given name is no description; a word in `-er`
            // names where he is from or what he does, `Leibnitzer`, `Tennisspieler`.)
            // (`der 36-jährige Fischer`: a short stem is more often a family name; a place
            // or a trade makes a longer one, `Leibnitz-er`, `Tennisspiel-er`.)
            && tokens[k].lower().is_some_and(|w| {
                const MIN_STEM: usize = 6;
                lex.aged_description_endings.iter().any(|e| {
                    w.strip_suffix(e.as_str())
                        .is_some_and(|stem| stem.chars().count() >= MIN_STEM)
                })
            })
            && tokens
                .get(k + 1)
                .filter(|_| k + 1 < sent.end)
                .is_none_or(|n| !(n.is_word() && n.is_cap()))
            && tokens[k].lower().is_some_and(|w| !reg.knows_person_token(w));
        *slot = if rating || role_prefix || aged_description {
            Class::Role
        } else if family_name || paper_day || given_month {
            Class::Name
        } else if handle
            || cut_off
            || owner_of_cut_role
            || role_verb
            || (adjective_opens && k <= sent.start + 1)
            || (k == sent.start && opening_participle(tokens, k, lex))
            || (k == sent.start
                && !lex.capitalised_nouns
                && noun_of_reduced_passive(tokens, k, reg))
            || (k == sent.start && opening_adverb(tokens, k, lex, reg))
            || (k == sent.start
                && lex.capitalised_nouns
                && fronted_before_known_speaker(tokens, k, lex, reg))
        {
            Class::Other
        } else {
            tokens[k].class()
        };
    }
    if !lex.capitalised_nouns {
        title_case_verbs_after_roles(tokens, sent.clone(), classes, lex);
        capitalised_function_names(tokens, sent.clone(), classes);
    }
    let classes: &[Class] = classes;
    let cls = |k: usize| {
        classes
            .get(k.wrapping_sub(sent.start))
            .copied()
            .unwrap_or(Class::Other)
    };
    let mut i = sent.start;
    while i < sent.end {
        if shortcut && cannot_start_mention(&tokens[i], cls(i)) {
            i += 1;
            continue;
        }
        let (mention, next) = parse_at(text, tokens, &cls, i, sent.end, lex, reg);
        let mention = mention.or_else(|| unknown_noun_speaker(tokens, &cls, i, sent.clone(), lex));
        if let Some(e) = mention.as_ref().and_then(|m| m.entity) {
            define_acronym(text, tokens, next, sent.end, e, reg);
        }
        // (`every teenage boy`: a quantified description is nobody to attribute to.)
        let quantified = mention.as_ref().is_some_and(|m| {
            matches!(m.kind, MentionKind::Description { .. })
                && tokens[m.toks.start]
                    .lower()
                    .is_some_and(|w| lex.quantifiers.contains(w))
        });
        if let Some(mut m) = mention.filter(|_| !quantified) {
            if join_coordinated_body(text, tokens, &mut out, &mut m, lex, reg) {
                i = next.max(i + 1);
                continue;
            }
            govern(&mut m, tokens, sent.start, out.last(), lex);
            m.object |= genitive_attribute(text, tokens, &cls, &m, sent.start, lex);
            m.object |= vocative(tokens, &m, lex);
            m.object |= oblique_feminine(tokens, &m, sent.start, lex);
            out.push(m);
        }
        i = next.max(i + 1);
    }
    link_appositions(tokens, &mut out, reg, lex);
    role_to_apposed_full_name(tokens, &out, reg);
    role_taken_up(tokens, &out, sent, reg, lex);
    out
}

/// `Markus Schächter zum ZDF-Intendanten gewählt`, `wählte der Ausschuss Vasco Cordeiro
/// zum Ersten Vizepräsidenten`: the person named last before `zum` and a role, in a
/// sentence about an election or appointment, holds that role from now on, so that `der
/// neue Präsident` and `der künftige Intendant` mean them.
fn role_taken_up(
    tokens: &[Token],
    ms: &[Mention],
    sent: Range<usize>,
    reg: &mut Registry,
    lex: &Lexicon,
) {
    if lex.appointment_prepositions.is_empty() {
        return;
    }
    let appointed = tokens[sent.clone()]
        .iter()
        .any(|t| t.lower().is_some_and(|w| lex.appointment_words.contains(w)));
    if !appointed {
        return;
    }
    for (d, role) in ms.iter().enumerate() {
        let MentionKind::Description {
            org: false,
            mods,
            head,
            ..
        } = &role.kind
        else {
            continue;
        };
        let to = role.toks.start;
        let after_to = to > sent.start
            && tokens[to - 1]
                .lower()
                .is_some_and(|w| lex.appointment_prepositions.contains(w));
        if !after_to {
            continue;
        }
        // (`Jorge Mario Bergoglio, den Erzbischof von Buenos Aires, zum Papst`: the name
        // before an apposition that ends at `zum`, not one inside it.)
        let apposed = (to >= sent.start + 2 && tokens[to - 2].is_punct(","))
            .then(|| {
                (sent.start..to - 2)
                    .rev()
                    .find(|&t| tokens[t].is_punct(","))
            })
            .flatten();
        let person_name = |m: &&Mention| {
            m.kind == MentionKind::Name && m.entity.is_some_and(|e| reg.entities[e].person_like())
        };
        // (`ernannte zum neuen Innenminister den Juristen Hans Huber`: a person named after
        // the role in its clause is the one appointed.)
        let after = ms[d + 1..]
            .iter()
            .take_while(|m| {
                !tokens[role.toks.end..m.toks.start]
                    .iter()
                    .any(|t| t.is_punct(",;"))
            })
            .find(person_name);
        // (`Van der Bellen ernannte … zum Innenminister`: the subject of an appointing
        // verb right after the name is not the one appointed.)
        let appoints = |m: &&Mention| {
            tokens
                .get(m.toks.end)
                .and_then(Token::lower)
                .is_some_and(|w| lex.appointment_words.contains(w))
        };
        let before = || {
            ms[..d]
                .iter()
                .rev()
                .filter(|m| apposed.is_none_or(|c| m.toks.end == c))
                .find(|m| m.kind == MentionKind::Name && !m.after_prep)
                .filter(|m| person_name(m) && !appoints(m))
        };
        let person = after.or_else(before).and_then(|m| m.entity);
        if let Some(ent) = person.and_then(|e| reg.entities.get_mut(e)) {
            add_role(ent, mods, head.as_deref(), lex);
            add_unique(&mut ent.taken_up, head.clone());
        }
    }
}

/// `der Datenschutzbeauftragte Baden-Württemberg, Stefan Brink, …`: a role that a
/// one-word name without a given name follows (a place or body completing the role),
/// then a given and family name between commas: the role is the person's, and the word
/// after the role is no one. (Not in a list of people: `Kanzlerin Merkel, Olaf Scholz,
/// Markus Söder und …`.)
fn role_to_apposed_full_name(tokens: &[Token], ms: &[Mention], reg: &mut Registry) {
    for (i, pair) in ms.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        let listed = ms
            .get(i + 2)
            .is_some_and(|c| c.toks.start <= b.toks.end + 2 && c.kind == MentionKind::Name)
            || tokens
                .get(b.toks.end + 1)
                .is_some_and(|t| t.has(b::COORDINATOR));
        let (Some(ea), Some(eb)) = (a.entity, b.entity) else {
            continue;
        };
        let shape = a.kind == MentionKind::Name
            && b.kind == MentionKind::Name
            && tokens.get(a.toks.end).is_some_and(|t| t.is_punct(","))
            && b.toks.start == a.toks.end + 1
            && b.toks.len() >= 2
            && tokens[b.toks.start].has(b::GIVEN_NAME)
            && tokens.get(b.toks.end).is_some_and(|t| t.is_punct(","));
        if !shape || listed || ea == eb {
            continue;
        }
        let first = &reg.entities[ea];
        let bare = first.role.is_some() && !first.titled && first.token_count() == 1;
        let other_name = !reg.entities[eb]
            .name
            .split_whitespace()
            .any(|w| w == first.name);
        if !(bare && other_name) {
            continue;
        }
        let first = &mut reg.entities[ea];
        let role = first.role.take();
        let mods = std::mem::take(&mut first.role_mods);
        let heads = std::mem::take(&mut first.role_heads);
        first.gender = None;
        let person = &mut reg.entities[eb];
        if person.role.is_none() {
            person.role = role;
        }
        add_unique(&mut person.role_mods, mods);
        add_unique(&mut person.role_heads, heads);
    }
}

/// Bytes looked at on each side of a word in -s for the same word without it.
const SAXON_WINDOW: usize = 8 * 1024;

/// The text within `reach` bytes of byte `at`, cut at character boundaries.
fn surrounding(text: &str, at: usize, reach: usize) -> &str {
    let mut start = at.saturating_sub(reach);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + reach).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

/// `Sie, Herr Präsident, können sich erinnern`, `Herr Kollege, nicht …`: in German a
/// title and a role with no article and no name, set off by a comma or an exclamation
/// mark, addresses someone; it is no subject.
fn vocative(tokens: &[Token], m: &Mention, lex: &Lexicon) -> bool {
    let MentionKind::Description {
        definite: false, ..
    } = m.kind
    else {
        return false;
    };
    lex.capitalised_nouns
        && tokens[m.toks.start].has(b::TITLE)
        && tokens.get(m.toks.end).is_some_and(|t| t.is_punct(",!"))
}

/// `the Scottish Fire and Rescue Service said`, `A U.S. Customs and Border Protection
/// official told VOA`: in English a capitalised name, `and`, and a body's name (or the
/// capitalised words before a role noun) are one body's name. Joins `m` to the name
/// before it: a name replaces that name and is not pushed again (returns true); a
/// role's description takes the whole body's name as its modifiers.
fn join_coordinated_body(
    text: &str,
    tokens: &[Token],
    out: &mut Vec<Mention>,
    m: &mut Mention,
    lex: &Lexicon,
    reg: &mut Registry,
) -> bool {
    let Some(prev) = out.last() else {
        return false;
    };
    let and = prev.toks.end;
    let joined = !lex.capitalised_nouns
        && prev.kind == MentionKind::Name
        && !prev.after_prep
        && m.toks.start == and + 1
        && tokens[and].has(b::COORDINATOR)
        && tokens[prev.toks.start..prev.toks.end]
            .iter()
            .all(|t| !t.has(b::GIVEN_NAME))
        && tokens[m.toks.start].is_cap();
    if !joined {
        return false;
    }
    let body_name = m.kind == MentionKind::Name && m.entity.is_some_and(|e| reg.entities[e].org);
    let head_at = (m.toks.start..m.toks.end).find(|&k| !tokens[k].is_cap());
    let body_role = matches!(m.kind, MentionKind::Description { head: Some(_), .. })
        && head_at.is_some_and(|h| h > m.toks.start);
    if !(body_name || body_role) {
        return false;
    }
    // (`U.S.` ⏎ `Customs`: the mentions right before of the same name are part of it.)
    let mut first = out.len() - 1;
    while first > 0
        && out[first - 1].toks.end == out[first].toks.start
        && out[first - 1].entity.is_some()
        && out[first - 1].entity == out[first].entity
    {
        first -= 1;
    }
    let end = if body_name {
        m.toks.end
    } else {
        head_at.unwrap_or(m.toks.end)
    };
    let words: Vec<&str> = (out[first].text_token(tokens)..end)
        .map(|k| word_text(text, &tokens[k]))
        .collect();
    let body = reg.register_org(&words, Vec::new(), Vec::new());
    let start = out[first].toks.start;
    let text_start = out[first].text.start;
    out.truncate(first + 1);
    if body_name {
        let last = &mut out[first];
        last.toks.end = m.toks.end;
        last.text.end = m.text.end;
        last.entity = Some(body);
        return true;
    }
    out.pop();
    m.toks.start = start;
    m.text.start = text_start;
    false
}

/// `As Dalai Lama Turned 70, First Uncensored TV Program on His Life Aired`: in an
/// English title-case headline, where every longer word has a capital, a capitalised
/// past tense after a role (`Turned`) is the verb, not the role holder's name. (Present
/// tenses end in -s like many surnames, `Secretary Salazar Celebrates`, `President
/// Davis Says`: only one the lexicon holds as a headline's verb, right before a quote.)
fn title_case_verbs_after_roles(
    tokens: &[Token],
    sent: Range<usize>,
    classes: &mut [Class],
    lex: &Lexicon,
) {
    const LONG: usize = 4;
    const MIN_LONG_WORDS: usize = 3;
    // The candidates first: most sentences have none, and then the sentence's case is
    // never looked at.
    let verb_after_role = |classes: &[Class], k: usize| {
        let i = k - sent.start;
        // (`Freed Terrorism Suspect Feels 'Victimized' by Australia`: so is a present
        // tense a quote follows, if the lexicon holds it as a headline's verb; a surname
        // stays a name, `Senator Collins 'Disappointed'`.)
        let present_before_quote = |w: &str| {
            lex.headline_verbs.contains(w)
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| k + 1 < sent.end && n.quote().is_some())
        };
        classes[i - 1] == Class::Role
            && classes[i] == Class::Name
            && tokens[k].lower().is_some_and(|w| {
                (w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed"))
                    || present_before_quote(w)
            })
            && !tokens[k].has(b::GIVEN_NAME | b::TITLE)
    };
    let Some(first) = (sent.start + 1..sent.end).find(|&k| verb_after_role(classes, k)) else {
        return;
    };
    let mut long = tokens[sent.start + 1..sent.end]
        .iter()
        .filter(|t| t.is_word() && t.range.len() >= LONG);
    let mut n = 0;
    let title_case = long.all(|t| {
        n += 1;
        t.is_cap()
    }) && n >= MIN_LONG_WORDS;
    if !title_case {
        return;
    }
    for k in first..sent.end {
        if verb_after_role(classes, k) {
            classes[k - sent.start] = Class::Other;
        }
    }
}

/// `said Will Smith`, `negotiator Liu He, speaking …`: inside an English sentence a
/// function word written with a capital is part of a name when it opens one before a
/// name, or closes one after a name that follows a lower-case word. A run of
/// capitals (`Police Say He Was Armed`) is a headline, and `I` is always a capital.
fn capitalised_function_names(tokens: &[Token], sent: Range<usize>, classes: &mut [Class]) {
    let at = |k: usize| {
        k.checked_sub(sent.start)
            .and_then(|i| classes.get(i))
            .copied()
    };
    let name = |k: usize| at(k) == Some(Class::Name);
    let lower_or_punct = |k: usize| tokens.get(k).is_some_and(|t| !t.is_word() || !t.is_cap());
    let cap_word = |k: usize| tokens.get(k).is_some_and(|t| t.is_word() && t.is_cap());
    let mut promote = Vec::new();
    for (k, t) in tokens
        .iter()
        .enumerate()
        .take(sent.end)
        .skip(sent.start + 1)
    {
        let function_word = at(k) == Some(Class::Other)
            && t.is_cap()
            && t.has(b::STOPWORD | b::PRONOUN)
            && t.range.len() > 1;
        // `Abdourahim Said Bacar said`, `Tsunami Warning Center`: a capitalised speech
        // verb between a name and a name or the capitalised noun closing a body's name.
        let org_noun = |k: usize| at(k) == Some(Class::Org) && cap_word(k);
        // (`Salazar Announces Million for USGS Projects`: a verb in the present, which
        // no name is, stays a verb; `States` is left to `United States`.)
        let present = || {
            t.lower()
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss") && w != "states")
        };
        let inner_verb = at(k) == Some(Class::Other)
            && t.is_cap()
            && t.has(b::SPEECH)
            && name(k - 1)
            && !present()
            && k + 1 < sent.end
            && (name(k + 1) || org_noun(k + 1));
        if inner_verb {
            promote.push(k - sent.start);
            continue;
        }
        if !function_word {
            continue;
        }
        // (`2005 - As Tibetans …`: after a dateline's dash a sentence opens.)
        let opens = lower_or_punct(k - 1)
            && !tokens[k - 1].is_punct("-–—:")
            && k + 1 < sent.end
            && name(k + 1);
        // (`WASHINGTON Today, Secretary …`: a time adverb closes no name; it opens the
        // sentence after a dateline whose dash was lost.)
        let closes = name(k - 1)
            && !t.has(b::PRE_VERB_ADVERB)
            && (k < sent.start + 2 || lower_or_punct(k - 2))
            && (k + 1 >= sent.end || !cap_word(k + 1));
        if opens || closes {
            promote.push(k - sent.start);
        }
    }
    for i in promote {
        classes[i] = Class::Name;
    }
}

/// True for a token at which [`parse_at`] finds no mention and moves on by one:
/// punctuation and quotes, and a word of class [`Class::Other`] in its sentence
/// (function words, numbers, calendar words, sentence-opening participles …) that
/// is no pronoun or article, no title and no name particle. Half the words of a
/// text are such; the parser would otherwise look at each.
///
/// Why that suffices: without an article the parser's modifier loop, head noun,
/// title loop, `<role> of` completion and name run all need the first word's class
/// to be something other than `Other`, or the word to be a title or a particle
/// (`leading_particle`); with none of them it returns no mention and `i + 1`. A rule
/// that lets another kind of word open a mention must extend this test;
/// `tests::shortcut_finds_the_mentions_the_full_parser_finds` fails otherwise.
fn cannot_start_mention(t: &Token, class: Class) -> bool {
    !t.is_word()
        || (class == Class::Other && !t.has(b::MENTION_OPENER | b::TITLE | b::NAME_PARTICLE))
}

/// `Regarding the future`, `Countering claims`, `Writing in PPR`: an English sentence
/// opened by a participle before an article, a preposition or a plural noun; a name
/// there (`Manning testified`, `Fleming was`) is followed by its verb.
/// `Photos posted online by the head of the office, Tammi Sharpe, show …`, `Documents
/// obtained by VOA`: in English a word opening a sentence that a past participle and
/// `by` follow is a common noun with a reduced passive clause; a name is not described
/// so. (A person posting something, `Smith posted a photo`, has no `by` after.)
fn noun_of_reduced_passive(tokens: &[Token], k: usize, reg: &Registry) -> bool {
    const BY_WITHIN: usize = 3;
    let participle = tokens.get(k + 1).is_some_and(|t| {
        t.is_word()
            && !t.is_cap()
            && t.lower()
                .is_some_and(|w| w.len() > 4 && (w.ends_with("ed") || w.ends_with("en")))
    });
    participle
        && !tokens[k].has(b::GIVEN_NAME)
        && !known_person_word(tokens, k, reg)
        && (k + 2..tokens.len().min(k + 2 + BY_WITHIN)).any(|c| tokens[c].has(b::AGENT))
}

fn opening_participle(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    let Some(w) = tokens[k].lower() else {
        return false;
    };
    let participle = lex
        .opening_participle_endings
        .iter()
        .any(|e| w.len() > e.len() + 3 && w.ends_with(e.as_str()));
    if !participle || tokens[k].has(b::GIVEN_NAME) {
        return false;
    }
    let Some(nt) = tokens.get(k + 1).filter(|t| !t.is_cap()) else {
        return false;
    };
    let Some(next) = nt.lower() else {
        return false;
    };
    nt.has(b::DETERMINER | b::PREPOSITION)
        || (next.len() >= 5 && next.ends_with('s') && !nt.has(b::CUE_START))
}

/// Whether `w` ends in one of `endings` with a stem of at least `min_stem` bytes before it.
fn ends_in_any(w: &str, endings: &[String], min_stem: usize) -> bool {
    endings
        .iter()
        .any(|e| w.len() >= e.len() + min_stem && w.ends_with(e.as_str()))
}

/// `Ursprünglich sollte FragDenStaat …`: a German sentence opened by an adverb with a
/// capital before a lower-case word; a name there (`Fröhlich sagte`) is one the text
/// already knows.
fn opening_adverb(tokens: &[Token], k: usize, lex: &Lexicon, reg: &Registry) -> bool {
    let Some(w) = tokens[k].lower() else {
        return false;
    };
    let adverb = ends_in_any(w, &lex.opening_adverb_endings, 4);
    adverb
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.is_word() && !n.is_cap())
        && reg.find_exact(&[w]).is_none()
}

/// `Vehement warnte Leitl vor …`: a German sentence's first word, unknown to the text,
/// before a verb of saying and a person the text already knows is a fronted adverb; the
/// known person after the verb is the subject.
fn fronted_before_known_speaker(tokens: &[Token], k: usize, lex: &Lexicon, reg: &Registry) -> bool {
    // (`Abfällig äußert sich Haider`: a reflexive may stand between verb and name.)
    let reflexive = tokens
        .get(k + 2)
        .and_then(Token::lower)
        .is_some_and(|r| lex.reflexives.contains(r));
    let (Some(verb), Some(name)) = (
        tokens.get(k + 1),
        tokens.get(k + 2 + usize::from(reflexive)),
    ) else {
        return false;
    };
    let Some(w) = tokens[k].lower() else {
        return false;
    };
    // (Only a word shaped like an adverb: `Foodwatch warnte Huber` is the body's warning.)
    let adverb_shape = ends_in_any(w, &lex.fronted_adverb_endings, 3);
    adverb_shape
        && tokens[k].is_cap()
        && !tokens[k].has(b::GIVEN_NAME)
        && tokens[k].class() == Class::Name
        && verb.has(b::SPEECH)
        && name.is_cap()
        && name.lower().is_some_and(|n| reg.knows_person_token(n))
        && reg.find_exact(&[w]).is_none()
}

/// `Ausdrückliches Lob für seine Tätigkeit erhielt …`, `Hitzige Debatte im Nationalrat`:
/// an inflected adjective opening the sentence and one capitalised noun after it, which
/// lower-case words follow, are a common noun phrase (a name takes an article after an
/// adjective: `der Heilige Stuhl`).
fn opening_adjective_phrase(
    tokens: &[Token],
    sent: Range<usize>,
    lex: &Lexicon,
    reg: &Registry,
) -> bool {
    let k = sent.start;
    let (Some(first), Some(noun)) = (tokens.get(k), tokens.get(k + 1)) else {
        return false;
    };
    let Some(w) = first.lower().filter(|_| first.is_cap()) else {
        return false;
    };
    let adjective = lex.opening_adjectives.contains(w)
        || lex
            .opening_adjective_endings
            .iter()
            .any(|e| w.len() > e.len() + 3 && w.ends_with(e.as_str()));
    adjective
        && k + 1 < sent.end
        && noun.is_word()
        && noun.is_cap()
        && noun.class() == Class::Name
        && !noun.has(b::GIVEN_NAME)
        && noun.lower().is_some_and(|n| !reg.knows_person_token(n))
        && tokens
            .get(k + 2)
            .filter(|_| k + 2 < sent.end)
            .is_none_or(|n| !(n.is_word() && n.is_cap()))
        && reg.find_exact(&[w]).is_none()
}

/// `so der Landeshauptmann, der Moltrer „…“ nennt`: a German article does not stand
/// before a person's bare name, so `der` there after a comma opens a relative clause,
/// whose object the name is, and no apposition.
fn relative_before_name(tokens: &[Token], name: &Mention, lex: &Lexicon) -> bool {
    relative_pronoun_before_name(tokens, name, lex).is_some()
}

/// Where the relative pronoun of [`relative_before_name`] is: the mention's first token
/// (`der Moltrer`), or the token right before it when the mention is the bare name.
fn relative_pronoun_before_name(tokens: &[Token], name: &Mention, lex: &Lexicon) -> Option<usize> {
    if !lex.capitalised_nouns {
        return None;
    }
    let start = name.toks.start;
    let (pronoun, first_name) = if tokens[start].has(b::RELATIVE_PRONOUN) && name.toks.len() >= 2 {
        (start, start + 1)
    } else if start >= 2 && tokens[start - 1].has(b::RELATIVE_PRONOUN) {
        (start - 1, start)
    } else {
        return None;
    };
    let bare = tokens[first_name..name.toks.end].iter().all(|t| {
        t.is_word()
            && t.is_cap()
            && !t.has(b::ROLE | b::TITLE)
            && t.lower().is_some_and(|w| !lex.is_role(w))
    });
    (pronoun > 0 && tokens[pronoun - 1].is_punct(",") && bare).then_some(pronoun)
}

/// `A Defense Department spokesman (Bryan Whitman) called …`: a person's name in
/// parentheses right after a description is who it describes.
fn bracketed_person(tokens: &[Token], end: usize, name: &Mention, reg: &Registry) -> bool {
    name.kind == MentionKind::Name
        && name.toks.start == end + 1
        && tokens[end].is_punct("(")
        && tokens.get(name.toks.end).is_some_and(|t| t.is_punct(")"))
        && name.entity.is_some_and(|e| reg.entities[e].person_like())
}

/// `der Mitautor der Studie, Luc Meyer, …` / `the union’s general secretary, Tom Bellamy,`:
/// a description followed closely by a comma and a name refers to that name, and
/// gives it a role when it has none.
fn link_appositions(tokens: &[Token], ms: &mut [Mention], reg: &mut Registry, lex: &Lexicon) {
    // `Der Hohe Vertreter der EU für Außen- und Sicherheitspolitik, Josep Borrell`.
    // (German strings long genitive and prepositional phrases after a role: `der
    // Präsident des Komitees des Europarates zur Verhütung von Folter … (CPT), X`.)
    let gap = if lex.capitalised_nouns { 24 } else { 12 };
    for d in 0..ms.len() {
        // `Transpa Art, a product from a company called Worbla`: a name in apposition
        // to a body's or a thing's noun is no person, whom `she` could mean.
        let thing = matches!(ms[d].kind, MentionKind::Description { org: true, .. })
            && d > 0
            && ms[d - 1].kind == MentionKind::Name
            && tokens[ms[d - 1].toks.end].is_punct(",")
            && ms[d].toks.start == ms[d - 1].toks.end + 1
            && tokens[ms[d].toks.start].has(b::DETERMINER);
        if let Some(e) = ms[d - usize::from(thing)].entity.filter(|_| thing) {
            let ent = &mut reg.entities[e];
            if ent.gender.is_none() && !ent.titled && ent.role.is_none() {
                ent.org = true;
            }
        }
        if !matches!(ms[d].kind, MentionKind::Description { org: false, .. }) {
            continue;
        }
        let end = ms[d].toks.end;
        // `der Europaabgeordnete und Berichterstatter Paolo De Castro`: roles joined by
        // `und` before a person's name are all that person's.
        let joined = ms.get(d + 1).filter(|n| {
            n.kind == MentionKind::Name
                && n.toks.start == end + 1
                && tokens[end].has(b::COORDINATOR)
                && tokens[end + 1].has(b::ROLE)
                && n.entity.is_some_and(|e| reg.entities[e].person_like())
        });
        if let Some(e) = joined.and_then(|n| n.entity) {
            ms[d].entity = Some(e);
            continue;
        }
        // `an international student who identified himself as @Vince Vela Nova`: the
        // name someone gives themselves is theirs.
        let self_named = (end + 4 <= tokens.len())
            .then(|| {
                let relative = tokens[end].has(b::RELATIVE_PRONOUN);
                let reflexive = tokens[end + 2]
                    .lower()
                    .is_some_and(|w| lex.self_pronouns.contains(w));
                let at = if tokens[end + 3].has(b::PREDICATE_MARKER) {
                    end + 4
                } else {
                    end + 3
                };
                (relative && tokens[end + 1].is_word() && reflexive).then_some(at)
            })
            .flatten()
            .and_then(|at| {
                ms.get(d + 1)
                    .filter(|n| n.toks.start == at && n.kind == MentionKind::Name)
            })
            .and_then(|n| n.entity);
        if let Some(e) = self_named {
            ms[d].entity = Some(e);
            continue;
        }
        // The first name set off by a comma: names inside the description
        // (`der Sprecher der Stadt Bremen, Jonas Keller`) are passed over.
        // (`Die EU-Kommissarin für Innovation, Forschung, Kultur und Jugend, Iliana
        // Ivanova, …`: a lone word that a comma or `und` follows is the next item of a
        // list in the description, not the name apposed to it.)
        let listed_word = |n: usize| {
            ms[n].toks.start > end + 1
                && ms[n].toks.len() == 1
                && tokens
                    .get(ms[n].toks.end)
                    .is_some_and(|t| t.is_punct(",") || t.has(b::COORDINATOR))
                && !ms[n].entity.is_some_and(|e| reg.entities[e].person_like())
        };
        let Some(n) = (d + 1..ms.len())
            .take_while(|&n| ms[n].toks.start <= end + gap)
            .find(|&n| {
                let start = ms[n].toks.start;
                ms[n].kind == MentionKind::Name
                    && !ms[n].after_prep
                    && start > end
                    && tokens[start - 1].is_punct(",")
                    && !listed_word(n)
                    || bracketed_person(tokens, end, &ms[n], reg)
            })
        else {
            continue;
        };
        let start = ms[n].toks.start;
        // (`Die Präsidentin unterstrich die Rolle, Österreich habe …`: a verb between
        // them makes the name the start of another clause.)
        // (Commas of a list of nouns closed by `und` stay inside the description.)
        let inner = &tokens[end..start - 1];
        let last_comma = inner.iter().rposition(|t| t.is_punct(","));
        let list_commas = last_comma.is_none_or(|c| {
            inner[c..].iter().any(|t| t.has(b::COORDINATOR))
                && inner
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.is_punct(","))
                    .all(|(k, _)| inner.get(k + 1).is_some_and(|w| w.is_word() && w.is_cap()))
        });
        let gap_ok = list_commas
            && inner
                .iter()
                .all(|t| t.quote().is_none() && !t.has(b::SPEECH | b::QUOTING));
        // (`der Berichterstatter Paolo De Castro (S&D, IT)`: a comma inside a label in
        // brackets sets off no apposition.)
        let opens = tokens[end..start]
            .iter()
            .filter(|t| t.is_punct("("))
            .count();
        let closes = tokens[end..start]
            .iter()
            .filter(|t| t.is_punct(")"))
            .count();
        let gap_ok = gap_ok && (opens <= closes || bracketed_person(tokens, end, &ms[n], reg));
        // `sagte die CDU-Politikerin, Europa stehe vor …`: in German, where nouns are
        // capitalised, a name that a lower-case verb follows opens the clause reported.
        let clause_after = lex.capitalised_nouns
            && tokens.get(ms[n].toks.end).is_some_and(|t| {
                t.is_word()
                    && !t.is_cap()
                    && !t.has(
                        b::SPEECH
                            | b::QUOTING
                            | b::CUE_START
                            | b::PREPOSITION
                            | b::DETERMINER
                            | b::COORDINATOR
                            | b::PRONOUN
                            | b::STOPWORD,
                    )
            });
        let gap_ok = gap_ok && !clause_after && !relative_before_name(tokens, &ms[n], lex);
        let listed = ms[n]
            .entity
            .is_some_and(|e| enumerated(tokens, &ms[d], &ms[n], &reg.entities[e]));
        // (`representatives from the Health Ministry, World Health Organization …`: a
        // known body after a person's description is the next item of a list.)
        let body = ms[n].entity.is_some_and(|e| reg.entities[e].org);
        if let (true, false, false, Some(e)) = (gap_ok, listed, body, ms[n].entity) {
            ms[d].entity = Some(e);
            if let Some(ent) = reg.entities.get_mut(e) {
                if let MentionKind::Description { mods, head, .. } = &ms[d].kind {
                    add_role(ent, mods, head.as_deref(), lex);
                }
            }
        }
    }
    // `Jordan's state news agency, Petra, identified …`: a bare name set off by commas
    // after a body's description is that body's name.
    for d in 0..ms.len().saturating_sub(1) {
        if !matches!(ms[d].kind, MentionKind::Description { org: true, .. }) {
            continue;
        }
        let (end, name) = (ms[d].toks.end, &ms[d + 1]);
        let set_off = name.kind == MentionKind::Name
            && name.toks.start == end + 1
            && tokens[end].is_punct(",")
            && tokens.get(name.toks.end).is_some_and(|t| t.is_punct(","));
        let Some(e) = name.entity.filter(|_| set_off) else {
            continue;
        };
        if let Some(ent) = reg
            .entities
            .get_mut(e)
            .filter(|ent| ent.org || ent.may_be_org())
        {
            ent.org = true;
            ms[d].entity = Some(e);
        }
    }
    // `betonte der Präsident des Europäischen Parlaments Martin Schulz`: a role whose
    // genitive names a body, followed by a person's name, is that person (but `der
    // Sprecher des Kanzlers Olaf Scholz` is the chancellor's spokesman).
    for d in 0..ms.len().saturating_sub(2) {
        if !matches!(ms[d].kind, MentionKind::Description { org: false, .. }) {
            continue;
        }
        let (body, name) = (&ms[d + 1], &ms[d + 2]);
        let end = ms[d].toks.end;
        let is_body = match body.kind {
            MentionKind::Name => body.entity.is_some_and(|e| reg.entities[e].org),
            MentionKind::Description { org, .. } => org,
            _ => false,
        };
        let genitive_body =
            is_body && body.toks.start == end && tokens[end].has(b::GENITIVE_ARTICLE);
        let person = name
            .entity
            .filter(|_| name.kind == MentionKind::Name && name.toks.start == body.toks.end)
            .filter(|&e| genitive_body && reg.entities[e].person_like());
        if let Some(e) = person {
            if let (Some(ent), MentionKind::Description { mods, head, .. }) =
                (reg.entities.get_mut(e), &ms[d].kind)
            {
                add_role(ent, mods, head.as_deref(), lex);
            }
            ms[d].entity = Some(e);
        }
    }
    // `SPÖ-Bundesfrauengeschäftsführerin und Nationalratsabgeordnete Bettina Stadlbauer`:
    // a role joined by `und` to a second role that leads a person's name is that
    // person's too, so that `die SPÖ-Bundesfrauengeschäftsführerin` later means her.
    // (`Bürgermeister und Hans Huber`, a bare name after `und`, are two people.)
    for d in 0..ms.len().saturating_sub(1) {
        let MentionKind::Description {
            org: false,
            mods,
            head,
            ..
        } = &ms[d].kind
        else {
            continue;
        };
        let (end, n) = (ms[d].toks.end, &ms[d + 1]);
        // (`Der Landeshauptmann und Landtags-Präsident Thomas Widmann haben …`: a role
        // with its own article is someone already known, another person.)
        let bare = !tokens[ms[d].toks.start].has(b::DETERMINER);
        let role_led = bare
            && n.kind == MentionKind::Name
            && n.toks.start == end + 1
            && tokens[end].has(b::COORDINATOR)
            && tokens[n.toks.start].range.start < n.text.start
            && tokens[n.toks.start].has(b::ROLE);
        let person = n
            .entity
            .filter(|&e| role_led && reg.entities[e].person_like());
        if let Some(e) = person {
            let (mods, head) = (mods.clone(), head.clone());
            if let Some(ent) = reg.entities.get_mut(e) {
                add_role(ent, &mods, head.as_deref(), lex);
            }
            ms[d].entity = Some(e);
        }
    }
    // `Thomas Brand (CDU)`: the party in brackets after a person's name is a modifier
    // of their role, so that `der CDU-Politiker` later means them.
    for m in ms.iter() {
        let end = m.toks.end;
        let bracketed = m.kind == MentionKind::Name
            && tokens.get(end).is_some_and(|t| t.is_punct("("))
            && tokens.get(end + 2).is_some_and(|t| t.is_punct(")"));
        let party = bracketed.then(|| tokens[end + 1].lower()).flatten();
        if let (Some(p), Some(e)) = (party, m.entity) {
            if let Some(ent) = reg.entities.get_mut(e).filter(|ent| !ent.org) {
                add_unique(&mut ent.role_mods, [p.to_string()]);
            }
        }
    }
    // `Minister of Finance Ann Lee`: the role before the `of` phrase that a name
    // completes is that person.
    for d in 0..ms.len().saturating_sub(1) {
        let end = ms[d].toks.end;
        let n = &ms[d + 1];
        // A capitalised role after a demonym may have been read as a name
        // (`Israeli Minister of the Interior Arye Derry`).
        let role = match ms[d].kind {
            MentionKind::Description { org, .. } => !org,
            MentionKind::Name => true,
            _ => false,
        };
        let of_phrase = role
            && tokens[end]
                .lower()
                .is_some_and(|w| lex.role_complement_prepositions.contains(w))
            && tokens[end - 1].has(b::ROLE);
        let completes = of_phrase
            && n.kind == MentionKind::Name
            && n.toks.start == end + 1
            && n.toks.len() >= 3;
        // (`Secretary of the Navy John Lehman`, `Chief of Naval Operations Adm. Mike
        // Gilday`: the `of` phrase may name the body apart, the person's name right after.)
        let body_then_name = (of_phrase && !completes && n.toks.start == end + 1)
            .then(|| ms.get(d + 2))
            .flatten()
            .filter(|p| {
                p.kind == MentionKind::Name
                    && p.toks.start == n.toks.end
                    && p.entity.is_some_and(|e| reg.entities[e].person_like())
            })
            .and_then(|p| p.entity);
        // (`head of communications John Dixon`, `master of ceremonies Tameka Dixon`: or
        // a few lower-case words, the person's name right after them.)
        const MAX_OF_WORDS: usize = 3;
        // (`The mayor of the town and John Smith met`: no coordinator or preposition.)
        let lower_words = || {
            (end + 1..n.toks.start).all(|t| {
                tokens[t].is_word()
                    && !tokens[t].is_cap()
                    && !tokens[t].has(b::SPEECH | b::COORDINATOR | b::PREPOSITION | b::DETERMINER)
            })
        };
        let lower_then_name = (of_phrase
            && n.toks.start > end + 1
            && n.toks.start - end - 1 <= MAX_OF_WORDS
            && n.kind == MentionKind::Name
            && lower_words())
        .then_some(n.entity)
        .flatten()
        .filter(|&e| reg.entities[e].person_like());
        let person = if completes {
            n.entity
        } else {
            body_then_name.or(lower_then_name)
        };
        if let Some(e) = person {
            ms[d].entity = Some(e);
            if let (Some(ent), MentionKind::Description { mods, head, .. }) =
                (reg.entities.get_mut(e), &ms[d].kind)
            {
                add_role(ent, mods, head.as_deref(), lex);
            }
        }
    }
    // `Susan Cole, the mother of a victim, said …`, `Nora Castell, consultant to the
    // government, said`: a definite or bare description right after a name and a comma
    // is that person.
    for d in 1..ms.len() {
        let start = ms[d].toks.start;
        // `Julia Gillard, the Prime Minister, said`: a capitalised role after an article
        // reads as a name (and may match another holder of the role), but it is a
        // description of the name before it.
        let article = |t: usize| tokens.get(t).is_some_and(|k| k.has(b::DETERMINER));
        let role_name = ms[d].kind == MentionKind::Name
            && (article(start) || (start > 0 && article(start - 1)))
            && tokens[ms[d].toks.end - 1].has(b::ROLE);
        let (definite, mods, head) = match &ms[d].kind {
            MentionKind::Description {
                definite,
                org: false,
                mods,
                head,
            } => (*definite, mods.clone(), head.clone()),
            _ if role_name => (true, Vec::new(), None),
            _ => continue,
        };
        let bare = tokens[start].is_word() && !tokens[start].has(b::DETERMINER | b::OBJECT_DET);
        let indefinite = tokens[start].has(b::INDEFINITE);
        if !definite && !bare && !indefinite {
            continue;
        }
        let n = &ms[d - 1];
        // `through the Strait of Hormuz, the Prince asserted`: a place after a
        // preposition is no one the description could describe.
        // (`In an interview with VOA Mandarin, the activist said`: nor is a name after
        // `with` when no comma closes the description after it.)
        let with_led = n.toks.start > 0
            && tokens[n.toks.start - 1].has(b::ABSOLUTE)
            && !tokens.get(ms[d].toks.end).is_some_and(|t| t.is_punct(","));
        // (`Martin Selmayr, bis vor kurzem Generalsekretär …`: time words may come first.)
        const MAX_TIME_WORDS: usize = 3;
        let timed = start > n.toks.end + 1
            && start - n.toks.end - 1 <= MAX_TIME_WORDS
            && tokens[n.toks.end + 1..start].iter().all(|t| {
                t.lower()
                    .is_some_and(|w| lex.apposition_time_words.contains(w))
            });
        let follows = n.kind == MentionKind::Name
            && !n.after_prep
            && !with_led
            && (start == n.toks.end + 1 || timed)
            && tokens[n.toks.end].is_punct(",");
        let Some(e) = n.entity.filter(|&e| follows && !reg.entities[e].org) else {
            continue;
        };
        if ms[d].entity != Some(e) {
            if let Some(ent) = reg.entities.get_mut(e) {
                add_role(ent, &mods, head.as_deref(), lex);
            }
            ms[d].entity = Some(e);
        }
    }
}

/// `Zuvor legten der Bundeskanzler, Vizekanzler Heinz-Christian Strache, die Mitglieder …
/// Kränze nieder`: a name with a title of its own that is not the description's role, and
/// that a list goes on after, is the next item of an enumeration, not an apposition.
/// Gives person `ent` the role of a description in apposition; a kinship or gendered
/// role tells a gender no name did (`Tran Van Minh, her husband,` is a man).
fn add_role(ent: &mut Entity, mods: &[String], head: Option<&str>, lex: &Lexicon) {
    add_unique(&mut ent.role_mods, mods.iter().cloned());
    add_unique(&mut ent.role_heads, head.map(str::to_string));
    if !ent.org && ent.gender.is_none() {
        ent.gender = head.and_then(|h| lex.listed_role_gender(h));
    }
}

fn enumerated(tokens: &[Token], desc: &Mention, name: &Mention, ent: &Entity) -> bool {
    let MentionKind::Description {
        head: Some(head), ..
    } = &desc.kind
    else {
        return false;
    };
    let titled = tokens[name.toks.start].has(b::ROLE | b::TITLE);
    let same_role = ent
        .role_heads
        .iter()
        .any(|h| h.ends_with(head.as_str()) || head.ends_with(h.as_str()));
    let end = name.toks.end;
    let goes_on = match tokens.get(end) {
        Some(t) if t.has(b::COORDINATOR) => true,
        Some(t) if t.is_punct(",") => tokens
            .get(end + 1)
            .is_some_and(|k| k.has(b::DETERMINER | b::COORDINATOR)),
        _ => false,
    };
    titled && !ent.role_heads.is_empty() && !same_role && goes_on
}

/// `vor einer Spaltung Europas`, `der Präsident Frankreichs`: in German a one-word name
/// in -s right after a common noun is that noun's genitive attribute, no subject.
fn genitive_attribute(
    text: &str,
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    m: &Mention,
    sent_start: usize,
    lex: &Lexicon,
) -> bool {
    let before = m.toks.start;
    lex.genitive_s
        && m.kind == MentionKind::Name
        && m.toks.len() == 1
        && before > sent_start + 1
        && text.get(m.text.clone()).is_some_and(|w| w.ends_with('s'))
        && tokens[before - 1].is_cap()
        && cls(before - 1) == Class::Other
        && !tokens[before - 1].has(b::GIVEN_NAME | b::TITLE | b::ROLE)
}

/// `Der Regierung werfen Rößner und Khan „Aktivismus“ vor`: in German an article that
/// before a feminine noun marks a dative or a genitive (`der`, `einer`) opens no subject,
/// first in the sentence. Only an article, lower-case adjectives and one noun, no name
/// (`Der Abgeordnete Tom Jung`): in `der Sprecher der
/// Partei` the noun after the first article decides. (After a noun, `Der Antrag der
/// Union`, the genitive tells whose the thing is, which other rules look at.)
fn oblique_feminine(tokens: &[Token], m: &Mention, sent_start: usize, lex: &Lexicon) -> bool {
    if m.toks.start != sent_start {
        return false;
    }
    if !matches!(m.kind, MentionKind::Description { .. }) {
        return false;
    }
    let toks = &tokens[m.toks.clone()];
    let [first, rest @ .., last] = toks else {
        return false;
    };
    let Some(article) = first.lower().filter(|_| first.has(b::DETERMINER)) else {
        return false;
    };
    let plain = rest
        .iter()
        .all(|t| t.is_word() && !t.is_cap() && !t.has(FUNCTION_WORD));
    plain
        && last
            .lower()
            .is_some_and(|noun| lex.oblique_feminine(article, noun))
}

/// Where a run of capitalised words after an article ends, past capitalised body and
/// role nouns (`the United States`; `States` is a speech verb too, but not before a
/// lower-case word, and in a title-case headline, `The Pope Says …`, it is the verb).
fn proper_body_end(
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    mut k: usize,
    end: usize,
) -> usize {
    while k < end
        && tokens[k].is_word()
        && tokens[k].is_cap()
        && !tokens[k].has(b::STOPWORD)
        && (!tokens[k].has(b::SPEECH)
            || tokens
                .get(k + 1)
                .is_some_and(|t| t.is_word() && !t.is_cap()))
        && (tokens[k].has(b::SPEECH) || matches!(cls(k), Class::Org | Class::Role | Class::Name))
    {
        k += 1;
    }
    k
}

/// `March for Life President Jeanne Mancini`, `Americans for Prosperity CEO Tim
/// Phillips`: a capitalised word, `for` or `of`, then capitalised words up to a role
/// before the name spell the role holder's body, so the `for` is no preposition of the
/// sentence. Only where nouns are not capitalised anyway.
fn body_role_holder(
    m: &Mention,
    tokens: &[Token],
    sent_start: usize,
    capitalised_nouns: bool,
) -> bool {
    let start = m.toks.start;
    if capitalised_nouns || m.kind != MentionKind::Name || start < sent_start + 2 {
        return false;
    }
    let linked = tokens[start - 1]
        .lower()
        .is_some_and(|w| w == "of" || w == "for");
    let body_word = &tokens[start - 2];
    // `wrote to Americans for Prosperity President …`: a preposition before the body
    // governs the whole phrase.
    let governed = start > sent_start + 2 && tokens[start - 3].has(b::PREPOSITION);
    let body = body_word.is_cap()
        && !governed
        && !body_word.has(b::STOPWORD | b::PREPOSITION | b::DETERMINER | b::ROLE | b::TITLE);
    let role_inside = m.toks.len() >= 3
        && tokens[start].is_cap()
        && !tokens[start].has(b::ROLE | b::TITLE)
        && (start + 1..m.toks.end - 1).any(|t| tokens[t].has(b::ROLE));
    linked && body && role_inside
}

/// Sets the preposition/object flags from the word before the mention, and
/// copies them across a coordinator (`von Xi und Putin`).
fn govern(
    m: &mut Mention,
    tokens: &[Token],
    sent_start: usize,
    last: Option<&Mention>,
    lex: &Lexicon,
) {
    let capitalised_nouns = lex.capitalised_nouns;
    if m.toks.start <= sent_start {
        return;
    }
    let Some(prev) = tokens.get(m.toks.start - 1) else {
        return;
    };
    // `Secretary of State Helen Marsh`: the name completing a role's `of` phrase
    // (its first word is the role's) holds the role; the `of` governs only that word.
    let role_of = m.kind == MentionKind::Name
        && m.toks.len() >= 3
        && m.toks.start >= 2
        && prev
            .lower()
            .is_some_and(|w| lex.role_complement_prepositions.contains(w))
        && tokens[m.toks.start - 2].has(b::ROLE);
    // (`Sergeant Major of the Army Daniel A. Dailey`, `Secretary of the Navy John Lehman`:
    // so does one after an article.)
    // (`Sgt. Maj. of the Army …`: an abbreviated title's dot may stand before `of`.)
    let role_of_the = m.kind == MentionKind::Name
        && m.toks.len() >= 4
        && m.toks.start >= sent_start + 2
        && tokens[m.toks.start].has(b::DETERMINER)
        && prev
            .lower()
            .is_some_and(|w| lex.role_complement_prepositions.contains(w))
        && {
            let r = m.toks.start - 2;
            let r = if tokens[r].is_punct(".") && r > sent_start {
                r - 1
            } else {
                r
            };
            tokens[r].has(b::ROLE | b::TITLE)
        };
    if role_of || role_of_the || body_role_holder(m, tokens, sent_start, capitalised_nouns) {
        return;
    }
    // `an die Innen-, Justiz- und Wirtschaftsminister`: compound fronts cut off by a
    // hyphen belong to the phrase, so the article before them governs it.
    let mut d = m.toks.start;
    if tokens[d - 1].has(b::COORDINATOR) && d >= 2 && tokens[d - 2].is_punct("-‐") {
        let mut b = d - 1;
        while b > sent_start
            && (tokens[b - 1].is_punct("-‐,")
                || tokens[b - 1].is_cap()
                || tokens[b - 1].has(b::COORDINATOR))
        {
            b -= 1;
        }
        d = b;
    }
    // `vor der 26. Großen Strafkammer`: an article (with numbers between) after a
    // preposition opens a prepositional phrase, whatever the mention starts with.
    let fronts = d;
    while d > sent_start && fronts - d < 3 && is_number_or_dot(&tokens[d - 1]) {
        d -= 1;
    }
    // `to 55th Combat Camera`, `of 3rd Battalion`: a preposition governs a unit's name
    // after its ordinal.
    if d == fronts && d > sent_start + 1 && is_ordinal(&tokens[d - 1]) {
        let p = &tokens[d - 2];
        if p.has(b::PREPOSITION | b::AGENT) && !p.has(b::ABSOLUTE) {
            m.after_prep = true;
            m.agent = p.has(b::AGENT);
            return;
        }
    }
    // `beim sozialen Europa`, `in der sozialen Marktwirtschaft`: where nouns are
    // capitalised, lower-case words right before a name are its adjectives, and the
    // preposition before them governs it.
    // (`für die kommende Arbeit`: a time word listed as a stopword is an adjective
    // too, right after an article.)
    let adjective = |k: usize| {
        !tokens[k].has(FUNCTION_WORD)
            || (!tokens[k].has(FUNCTION_WORD & !b::STOPWORD)
                && k > sent_start
                && tokens[k - 1].has(b::DETERMINER | b::OBJECT_DET))
    };
    let mut a = d;
    while capitalised_nouns
        && a > sent_start + 1
        && d - a < 2
        && tokens[a - 1].is_word()
        && !tokens[a - 1].is_cap()
        && adjective(a - 1)
    {
        a -= 1;
    }
    if a < d && tokens[a - 1].has(b::PREPOSITION | b::AGENT) {
        m.after_prep = true;
        m.agent = tokens[a - 1].has(b::AGENT);
        return;
    }
    // `introductions by talk-show host Glenn Beck`: in English a lower-case role before a
    // name, and its modifiers, leave the name governed by the preposition before them.
    const ROLE_WORDS: usize = 4;
    if !capitalised_nouns
        && m.kind == MentionKind::Name
        && d > sent_start + 1
        && tokens[d - 1].is_word()
        && !tokens[d - 1].is_cap()
        && tokens[d - 1].has(b::ROLE)
    {
        let mut r = d - 1;
        while r > sent_start + 1
            && d - r < ROLE_WORDS
            && (tokens[r - 1].is_punct("-‐")
                || (tokens[r - 1].is_word()
                    && !tokens[r - 1].is_cap()
                    && !tokens[r - 1].has(FUNCTION_WORD)))
        {
            r -= 1;
        }
        let p = &tokens[r - 1];
        if p.has(b::PREPOSITION | b::AGENT) && !p.has(b::ABSOLUTE) {
            m.after_prep = true;
            m.agent = p.has(b::AGENT);
            return;
        }
    }
    let d = if a < d && tokens[a - 1].has(b::DETERMINER | b::OBJECT_DET) {
        a
    } else {
        d
    };
    let det_before =
        d < m.toks.start && d > sent_start + 1 && tokens[d - 1].has(b::DETERMINER | b::OBJECT_DET);
    if det_before && tokens[d - 2].has(b::PREPOSITION | b::AGENT) {
        m.after_prep = true;
        m.agent = tokens[d - 2].has(b::AGENT);
        return;
    }
    // `her departure as Hearst Newspaper columnist`: a bare role after `as` says what
    // someone is; it is nobody who speaks.
    if prev.has(b::PREDICATE_MARKER)
        && matches!(m.kind, MentionKind::Description { .. })
        && !tokens[m.toks.start].has(b::DETERMINER)
    {
        m.object = true;
    }
    // `von den Räumlichkeiten des Hohen Hauses`: a genitive is an attribute, no subject.
    if tokens[m.toks.start].has(b::GENITIVE_ARTICLE) {
        m.object = true;
    }
    // `hat Angela Merkels Entscheidung verteidigt`: so is a German name in `-s` right
    // before the noun it owns.
    // (Only before a noun that is one by its ending, `Entscheidung`: `sagte Tsipras
    // Journalisten`, `teilte Hendricks Montag mit` keep their subjects.)
    let owner = capitalised_nouns
        && m.kind == MentionKind::Name
        && tokens.get(m.toks.end).is_some_and(|t| {
            t.is_word() && t.is_cap() && t.lower().is_some_and(|w| lex.is_common_noun(w))
        })
        && tokens[m.toks.end - 1].is_cap()
        && !tokens[m.toks.end - 1].has(b::GIVEN_NAME)
        && tokens[m.toks.end - 1]
            .lower()
            .is_some_and(|w| w.chars().count() > 3 && w.ends_with('s') && !w.ends_with("ss"));
    // (`Angela Merkels Entscheidung`: a given name before the owner's genitive surname
    // is part of the owner.)
    let genitive_surname = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.is_word()
                && t.is_cap()
                && t.lower().is_some_and(|w| {
                    w.chars().count() > 3 && w.ends_with('s') && !w.ends_with("ss")
                })
        }) && tokens.get(k + 1).is_some_and(|t| t.is_word() && t.is_cap())
    };
    let given_before_owner = capitalised_nouns
        && m.kind == MentionKind::Name
        && tokens[m.toks.end - 1].has(b::GIVEN_NAME)
        && genitive_surname(m.toks.end);
    if owner || given_before_owner {
        m.object = true;
    }
    // `of Lake View, S.C., admitted`: an abbreviated state after a governed place and
    // a comma is part of the place.
    let state = m.kind == MentionKind::Name
        && prev.is_punct(",")
        && m.toks.len() <= 4
        && tokens[m.toks.clone()]
            .iter()
            .any(|t| t.is_punct(".") || t.lower().is_some_and(|w| w.contains('.')))
        && last.is_some_and(|l| l.after_prep && l.toks.end + 1 == m.toks.start);
    if state {
        m.after_prep = true;
        return;
    }
    if prev.is_punct("(") {
        // `(SPD)`, `(Reuters)`: a label in parentheses, not a subject.
        m.object = true;
    }
    // `so der Landeshauptmann, der Moltrer „…“ nennt`: a bare name after a relative
    // pronoun whose clause hangs on a person's role is the clause's object; the pronoun
    // is the person. (`das Interview, das Peter Pilz gab`: after a thing the name is
    // the subject.)
    if m.kind == MentionKind::Name {
        let pronoun = relative_pronoun_before_name(tokens, m, lex);
        let after_role = pronoun.is_some_and(|p| {
            last.is_some_and(|l| {
                matches!(l.kind, MentionKind::Description { org: false, .. }) && l.toks.end + 1 == p
            })
        });
        if after_role {
            m.object = true;
        }
    }
    // `Michael Johnson (Australian Liberal Party, Division of Ryan)`: so is every part
    // of such a label.
    if prev.is_punct(",") && inside_brackets(&tokens[sent_start..m.toks.start]) {
        m.object = true;
    }
    // `Bundesminister für EU, Kunst, Kultur und Medien Gernot Blümel`: a noun after a
    // comma inside a list a preposition governs is governed by it too. (A name in
    // apposition, `Mein Trainer in Aarhus, Preben Holmgaard,`, is no list item.)
    let list_item = m.toks.len() == 1 && !tokens[m.toks.start].has(b::GIVEN_NAME);
    if prev.is_punct(",")
        && capitalised_nouns
        && list_item
        && listed_after_preposition(tokens, sent_start, m)
    {
        m.after_prep = true;
        return;
    }
    // `mit der Sonntags-Ausgabe der Tageszeitung ÖSTERREICH`: a genitive hanging on a
    // noun a preposition governs is governed by that preposition too.
    if capitalised_nouns
        && (genitive_after_governed_noun(tokens, sent_start, m, lex)
            || after_governed_participle_phrase(tokens, sent_start, m, lex))
    {
        m.after_prep = true;
        return;
    }
    // `opposite Syria's Bab al-Samam frontier`: a name's possessive between a preposition
    // and the mention leaves the mention governed by the preposition.
    let owned_by_name = prev.is_cap()
        && prev
            .lower()
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
    if owned_by_name
        && m.toks.start >= sent_start + 2
        && tokens[m.toks.start - 2].has(b::PREPOSITION)
        && !tokens[m.toks.start - 2].has(b::ABSOLUTE)
    {
        m.after_prep = true;
        return;
    }
    if prev.is_word() {
        if prev.has(b::ABSOLUTE) {
            // `with X saying …`: X may still be the subject of the participle.
        } else if prev.has(b::CONJUNCTION_PREPOSITION) && matches!(m.kind, MentionKind::Pronoun(_))
        {
            // `after she was captured`: a pronoun in the nominative opens a clause.
        } else if prev.has(b::PREPOSITION | b::AGENT) {
            m.after_prep = true;
            m.agent = prev.has(b::AGENT);
        } else if prev.has(b::COORDINATOR) {
            if let Some(l) = last.filter(|l| l.toks.end + 1 == m.toks.start) {
                m.after_prep |= l.after_prep;
                m.agent |= l.agent;
                m.object |= l.object;
            } else if capitalised_nouns && listed_after_preposition(tokens, sent_start, m) {
                // `EU-Kommissarin für Bildung, Kultur, Mehrsprachigkeit und Jugend
                // ergänzte`: the last noun of a list the preposition governs, though
                // the nouns before it made no mentions.
                m.after_prep = true;
            }
        }
    }
}

/// `mit dem am Montag erscheinenden Nachrichtenmagazin FORMAT`: whether `m` (or the noun
/// right before it) follows a present participle that an article and a preposition
/// govern, with the participle's own words between (at most five).
fn after_governed_participle_phrase(
    tokens: &[Token],
    sent_start: usize,
    m: &Mention,
    lex: &Lexicon,
) -> bool {
    const PHRASE: usize = 5;
    let participle = |t: &Token| {
        !t.is_cap()
            && t.lower().is_some_and(|w| {
                lex.participle_adjective_endings
                    .iter()
                    .any(|e| w.ends_with(e.as_str()))
            })
    };
    // (The mention may hold the participle as its first word.)
    let from = m.toks.start.saturating_sub(2).max(sent_start + 1);
    let Some(k) = (from..m.toks.end).find(|&k| participle(&tokens[k])) else {
        return false;
    };
    let start = k.saturating_sub(PHRASE).max(sent_start + 1);
    (start..k)
        .rev()
        .find(|&j| tokens[j].has(b::DETERMINER | b::OBJECT_DET) && !tokens[j].has(b::PREPOSITION))
        .is_some_and(|j| {
            let p = &tokens[j - 1];
            p.has(b::PREPOSITION | b::AGENT)
                && !p.has(b::ABSOLUTE)
                && fronted_phrase(tokens, sent_start, j - 1, lex)
        })
}

/// Whether `m` (with its article, or right after one) is a genitive (`der`, `des`)
/// after a noun that an article and a preposition govern, across at most two links of
/// such a chain (`im Interview mit der Ausgabe der Zeitung X`). (The bound leaves room
/// for a preposition, an article, a noun and a year before the article.)
fn genitive_after_governed_noun(
    tokens: &[Token],
    sent_start: usize,
    m: &Mention,
    lex: &Lexicon,
) -> bool {
    const LINKS: usize = 2;
    let genitive = |t: &Token| t.lower().is_some_and(|w| lex.is_attribute_article(w));
    let mut art = if tokens[m.toks.start].has(b::DETERMINER) {
        m.toks.start
    } else {
        m.toks.start - 1
    };
    for _ in 0..LINKS {
        if art < sent_start + 3 || !genitive(&tokens[art]) {
            return false;
        }
        // (`der Medien-Preise 2013 der RIAS Berlin Kommission`: a year may follow the noun.)
        let mut n = art - 1;
        if is_number_or_dot(&tokens[n]) && n >= sent_start + 3 {
            n -= 1;
        }
        let noun = &tokens[n];
        if !(noun.is_word() && noun.is_cap() && tokens[n - 1].has(b::DETERMINER | b::OBJECT_DET)) {
            return false;
        }
        let p = &tokens[n - 2];
        if p.has(b::PREPOSITION | b::AGENT) && !p.has(b::ABSOLUTE) {
            return fronted_phrase(tokens, sent_start, n - 2, lex);
        }
        art = n - 1;
    }
    false
}

/// Whether the words before the preposition at `p` are only the opening of one fronted
/// phrase (articles, prepositions, capitalised words, adjectives before a noun), no verb:
/// `Im Interview mit der Zeitung X spricht …`, not `Am Montag sagte in einem Interview mit
/// dem Standard der Bundeskanzler …`, where the phrase after the verb may precede the
/// subject.
fn fronted_phrase(tokens: &[Token], sent_start: usize, p: usize, lex: &Lexicon) -> bool {
    (sent_start..p).all(|k| {
        let t = &tokens[k];
        // (`am Montag erscheinenden`, `der heutigen`: an adjective's ending before a noun;
        // a verb of saying is never one.)
        let adjective = || {
            !t.has(b::SPEECH | FUNCTION_WORD)
                && t.lower().is_some_and(|w| {
                    lex.adjective_oblique
                        .iter()
                        .any(|e| w.ends_with(e.as_str()))
                })
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && (n.is_cap() || !n.has(FUNCTION_WORD)))
        };
        !t.is_word()
            || t.is_cap()
            || t.has(b::DETERMINER | b::OBJECT_DET | b::PREPOSITION)
            || is_number_or_dot(t)
            || adjective()
    })
}

/// Whether the words before `m` back to a preposition are a list of capitalised nouns
/// (`für Bildung, Kultur, Mehrsprachigkeit und`), which the preposition governs whole.
fn listed_after_preposition(tokens: &[Token], sent_start: usize, m: &Mention) -> bool {
    const MAX_LIST: usize = 10;
    let mut k = m.toks.start - 1;
    while k > sent_start && m.toks.start - k < MAX_LIST {
        let t = &tokens[k - 1];
        if t.has(b::PREPOSITION) {
            return k < m.toks.start - 1;
        }
        let listed = t.is_punct(",") || t.has(b::COORDINATOR) || (t.is_word() && t.is_cap());
        if !listed {
            return false;
        }
        k -= 1;
    }
    false
}

/// `Korean Central News Agency (KCNA)`: an acronym in parentheses right after a name of
/// several words is another form of that name, so a later `said KCNA` is the same body.
fn define_acronym(
    text: &str,
    tokens: &[Token],
    after: usize,
    end: usize,
    e: usize,
    reg: &mut Registry,
) {
    if after + 3 > end || !tokens[after].is_punct("(") || !tokens[after + 2].is_punct(")") {
        return;
    }
    let several = reg
        .entities
        .get(e)
        .is_some_and(|ent| ent.name.contains(' '));
    if several && is_acronym(text, &tokens[after + 1]) {
        reg.add_alias(e, word_text(text, &tokens[after + 1]));
    }
}

/// A word of two or more letters, all capitals (`US`, `EU`): an acronym, not a function word.
/// So is a short word opening and closing with a capital (`AdR`, `EuGH`, `BfV`).
fn is_acronym(text: &str, t: &Token) -> bool {
    text.get(t.range.clone()).is_some_and(|w| {
        // `NGOs`, `MPs`: an acronym's plural is one too.
        let w = w.strip_suffix('s').filter(|b| b.len() >= 2).unwrap_or(w);
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let capital_ends = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().last().is_some_and(char::is_uppercase);
        letters >= 2 && (!w.chars().any(char::is_lowercase) || (capital_ends && letters <= 5))
    })
}

/// A bare number (`26`) or the period of an ordinal (`26.`).
fn is_number_or_dot(t: &Token) -> bool {
    t.is_punct(".")
        || t.lower()
            .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
}

/// `55th`, `3rd`: digits with an English ordinal ending.
fn is_ordinal(t: &Token) -> bool {
    t.lower().is_some_and(|w| {
        ["st", "nd", "rd", "th"].iter().any(|e| {
            w.strip_suffix(e)
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
        })
    })
}

/// `der 49 Jahre alte …`: after an article, a bare number, a time noun and a lower-case
/// word state an age; they modify the noun phrase like one adjective. Returns its end.
fn age_phrase(tokens: &[Token], k: usize, end: usize) -> Option<usize> {
    if k + 3 > end || !is_number_or_dot(&tokens[k]) || tokens[k].is_punct(".") {
        return None;
    }
    let unit = tokens[k + 1].has(b::NON_NAME);
    let adjective = tokens[k + 2].is_word() && !tokens[k + 2].is_cap();
    let function = tokens[k + 2].has(FUNCTION_WORD);
    (unit && adjective && !function).then_some(k + 3)
}

fn word_text<'t>(text: &'t str, t: &Token) -> &'t str {
    text.get(t.range.clone()).unwrap_or("")
}

/// Whether a preposition fused with its article (`im`, `zum`) stands right before token `i`.
fn fused_before(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    i > 0
        && tokens[i - 1]
            .lower()
            .is_some_and(|w| lex.fused_articles.contains(w))
}

/// Parses one mention starting at token `i`; returns it (if any) and where to continue.
fn parse_at(
    text: &str,
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    i: usize,
    end: usize,
    lex: &Lexicon,
    reg: &mut Registry,
) -> (Option<Mention>, usize) {
    let t = &tokens[i];
    let Some(lower) = t.lower() else {
        return (None, i + 1);
    };
    // Most words are neither pronoun nor article: one bit tells.
    let opener = t.has(b::MENTION_OPENER);
    // (`Dieser hatte …`: a demonstrative is a pronoun only opening a clause, with a word
    // in lower case after it and no noun after that: `Dieser neue Vorschlag` is an
    // article, an adjective and a noun.)
    let alone = || {
        let opens = i == 0 || !tokens[i - 1].is_word() || tokens[i - 1].has(b::COORDINATOR);
        let next = tokens.get(i + 1).filter(|_| i + 1 < end);
        let noun_after = tokens
            .get(i + 2)
            .is_some_and(|n| i + 2 < end && n.is_word() && n.is_cap());
        opens && next.is_some_and(|n| n.is_word() && !n.is_cap()) && !noun_after
    };
    let pronoun = opener
        .then(|| {
            lex.pronouns
                .get(lower)
                .or_else(|| lex.demonstrative_pronouns.get(lower).filter(|_| alone()))
        })
        .flatten();
    // (`Es gelte, …`, `Dabei gehe es um …`: a placeholder next to an impersonal verb.)
    let placeholder = || {
        lex.placeholder_pronoun.as_deref() == Some(lower)
            && [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter_map(|k| tokens.get(k))
                .filter_map(Token::lower)
                .any(|w| lex.impersonal_verbs.contains(w))
    };
    if let Some(refs) = pronoun {
        let refs = if placeholder() {
            Default::default()
        } else {
            refs.clone()
        };
        let m = Mention {
            toks: i..i + 1,
            kind: MentionKind::Pronoun(refs),
            entity: None,
            after_prep: false,
            agent: false,
            object: false,
            text: t.range.clone(),
        };
        return (Some(m), i + 1);
    }
    let mut j = i;
    // `US President …`: an acronym in capitals is never the pronoun `us`.
    let det = if opener && t.has(b::DETERMINER | b::OBJECT_DET) && !is_acronym(text, t) {
        j += 1;
        Some(lower)
    } else {
        None
    };
    // (`Both France and Britain have protested`: the name starts after the pairing word
    // that opens the sentence; inside one, `a friend of both Jackson and Mark Lester`,
    // the pair stays out of the way of the clause's subject.)
    let pairs_names = || {
        t.is_cap()
            && lex.correlatives.contains(lower)
            && tokens.get(i + 1).is_some_and(|n| n.is_word() && n.is_cap())
    };
    if det.is_some() && pairs_names() {
        return (None, i + 1);
    }
    let object = det.is_some() && t.has(b::OBJECT_DET);
    // `Russia’s chief negotiator`: a possessive opens a definite description like an article.
    let possessive_led = det.is_none() && strip_possessive(lower) != lower;
    let definite = possessive_led || (det.is_some() && !t.has(b::INDEFINITE));

    // Modifiers and role (or organisation) nouns before a name.
    let age_end = det.and_then(|_| age_phrase(tokens, j, end));
    let mut k = age_end.unwrap_or(j);
    let mut mods = usize::from(age_end.is_some());
    // `the then prime minister`: an adverb after the article dates the role.
    if det.is_some()
        && k + 1 < end
        && tokens[k]
            .lower()
            .is_some_and(|w| lex.article_adverbs.contains(w))
        && matches!(cls(k + 1), Class::Role | Class::Modifier)
    {
        k += 1;
        mods += 1;
    }
    // (`Johanna Mikl-Leitner gratuliert Teamchef Ralf Rangnick`: a German adjective
    // before a noun is inflected; a lower-case word without an ending after a name is
    // its verb, no modifier of the role after it.)
    // (After an article an adverb may grade the adjective, `der einstimmig
    // wiedergewählte Präsident`; an abbreviation has no ending, `der stv. Klubobmann`.)
    // (`„Ein herzliches Willkommen“ richtete Landeshauptmann Erwin Pröll an alle`: nor is a
    // lower-case word right after a quote, and its comma, the verb of the clause the quote
    // opens.)
    let after_quote = |k: usize| {
        k > 0
            && (tokens[k - 1].quote().is_some()
                || (k > 1 && tokens[k - 1].is_punct(",") && tokens[k - 2].quote().is_some()))
    };
    let adjective = |k: usize| {
        !lex.capitalised_nouns
            || det.is_some()
            || tokens[k].is_cap()
            || k == 0
            || (!after_quote(k) && !tokens[k - 1].is_cap())
            || (k + 1 < tokens.len() && abbreviation_dot(tokens, k + 1))
            || (!after_quote(k) && tokens[k].lower().is_some_and(inflected_adjective))
    };
    while k < end && mods < MAX_MODIFIERS && cls(k) == Class::Modifier && adjective(k)
        || k < end
            && mods < MAX_MODIFIERS
            && cls(k) == Class::Name
            // (`warf Nepp Bürgermeister Michael Ludwig … vor`: German glues a person
            // modifying a role to it, `Trump-Berater`; a known person's name apart is
            // that person. A known body there names the role's, `AK Präsidentin Anderl`,
            // and so does a person their spokesperson's, `Kurz Sprecher Frischmann`.)
            && (!known_person_word(tokens, k, reg)
                || (role_then_name(cls, k, end)
                    && !(lex.capitalised_nouns
                        && tokens[k].lower().is_some_and(|w| reg.knows_family_name(w))
                        && !tokens
                            .get(k + 1)
                            .and_then(Token::lower)
                            .is_some_and(|r| lex.spokesperson_roles.contains(r))))
                || org_name_closes(tokens, cls, k, end))
            && is_head_modifier(text, tokens, cls, k, end, lex)
        || k < end && mods < MAX_MODIFIERS && cls(k) == Class::Org && role_follows(cls, k, end)
        || k < end
            && mods < MAX_MODIFIERS
            && !lex.capitalised_nouns
            && cls(k) == Class::Org
            && body_noun_follows(cls, k, end)
        || k < end && mods > 0 && abbreviation_dot(tokens, k)
    {
        k += 1;
        mods += 1;
    }
    let head_at = k;
    let head_class = (k < end).then(|| cls(k));
    // `An official pre-arrival announcement from Islamabad's foreign ministry stated`: in
    // English a role word in lower case before a text's noun is an adjective of the text.
    if !lex.capitalised_nouns
        && det.is_some()
        && mods == 0
        && head_class == Some(Class::Role)
        && !tokens[k].is_cap()
    {
        const TEXT_WITHIN: usize = 3;
        let doc = (k + 1..end.min(k + TEXT_WITHIN)).find(|&d| cls(d) == Class::Document);
        let adjectives = |d: usize| {
            (k + 1..d).all(|x| tokens[x].is_word() && !tokens[x].is_cap() && cls(x) != Class::Role)
        };
        if let Some(d) = doc.filter(|&d| adjectives(d)) {
            let m = mention(
                i..d + 1,
                MentionKind::Document { definite },
                tokens,
                j,
                object,
            );
            return (Some(m), d + 1);
        }
    }
    let mut role_end = j;
    let mut head_org = false;
    match head_class {
        Some(Class::Role) => {
            while k < end && cls(k) == Class::Role && !role_of_other_gender(tokens, k, head_at, lex)
            {
                k += 1;
            }
            // (`der Sänger und Entertainer Rainhard Fendrich`: under one article, roles
            // joined by `und` (lexicon `role_joiners`) before a name are one person's;
            // not two offices, `der Kanzler und Vizekanzler Werner Kogler`, nor roles of
            // two genders, `der Bürgermeisterin und Landesrat Hans Huber`.)
            let joined = det.is_some()
                && k + 2 < end
                && tokens[k]
                    .lower()
                    .is_some_and(|w| lex.role_joiners.contains(w));
            if joined {
                let mut r = k + 1;
                while r < end
                    && cls(r) == Class::Role
                    && !role_of_other_gender(tokens, r, head_at, lex)
                {
                    r += 1;
                }
                let office = |t: usize| {
                    tokens[t]
                        .lower()
                        .is_some_and(|w| lex.office_of(&stem(w, &lex.stem_endings)).is_some())
                };
                let two_offices = (head_at..k).any(office) && (k + 1..r).any(office);
                if r > k + 1 && r < end && cls(r) == Class::Name && !two_offices {
                    k = r;
                }
            }
            // `54-year-old fisherman Tom Hale`: an age is an adjective of the noun
            // after it, though that noun is no known role.
            let age = tokens[k - 1].lower().is_some_and(|w| lex.is_age_noun(w));
            if age {
                let mut m = k;
                while m < end && m - k < 3 && cls(m) == Class::Modifier {
                    m += 1;
                }
                if m > k && m < end && matches!(cls(m), Class::Role | Class::Name) {
                    k = m;
                    while k < end && cls(k) == Class::Role {
                        k += 1;
                    }
                }
            }
            role_end = k;
            // `the White House Correspondents Association`: a capitalised body noun
            // right after capitalised role nouns makes them a body's name.
            if k < end && cls(k) == Class::Org && tokens[k].is_cap() && tokens[k - 1].is_cap() {
                k += 1;
                role_end = k;
                head_org = true;
            }
        }
        Some(Class::Org) => {
            k += 1;
            role_end = k;
            head_org = true;
        }
        // (`heißt es im Vorwort von Präsident Romeder`: or a preposition fused with its
        // article.)
        Some(Class::Document) if (det.is_some() || fused_before(tokens, i, lex)) && mods == 0 => {
            let m = mention(
                i..k + 1,
                MentionKind::Document {
                    definite: definite || det.is_none(),
                },
                tokens,
                j,
                object,
            );
            return (Some(m), k + 1);
        }
        Some(Class::Name) if det.is_some() && mods > 0 => {}
        // `ein älterer Herr`, `an elderly gentleman`: a title after an article and
        // adjectives, read below.
        Some(_) if det.is_some() && mods > 0 && tokens[k].has(b::TITLE) => {}
        _ => k = j,
    }
    // No head noun, and at `j` no title, name word or particle: no title, `<role> of`
    // completion or name follows (each needs one of those at `j`), so no mention
    // starts here — what the rest would find, without its allocations.
    if role_end == j
        && k == j
        && (k >= end || (cls(k) != Class::Name && !tokens[k].has(b::TITLE | b::NAME_PARTICLE)))
    {
        return (None, k.max(i + 1));
    }
    // Honorific titles (`Mr.`, `Frau`).
    let mut gender = None;
    let mut titled = false;
    let title_at = k;
    // `Gov.`, `Sen.`: an abbreviated title stands for a role (`the governor`).
    let mut title_roles: Vec<String> = Vec::new();
    while k < end && tokens[k].has(b::TITLE) {
        let Some(w) = tokens[k].lower() else { break };
        let Some(g) = lex.titles.get(w) else { break };
        gender = gender.or(*g);
        titled = true;
        k += 1;
        // (`sagte ein junger Mann.`: a full stop ending the sentence is no abbreviation's.)
        if k + 1 < end && tokens[k].is_punct(".") {
            k += 1;
            if w.chars().count() >= 3 {
                title_roles.push(format!("{w}."));
            }
            // (`Univ.-Prof. Dr. Georg Winckler`: titles joined by a hyphen.)
            if k + 1 < end && tokens[k].is_punct("-‐") && tokens[k + 1].has(b::TITLE) {
                k += 1;
            }
        }
    }
    // `Secretary of State Ann Lee`, `Minister of Finance Ann Lee`: after `<role> of`, the
    // first word of a longer capitalised run completes the role, not the name.
    // `Minister of the Interior Ann Lee`: the same after an article.
    let role_of_start = if det.is_some() && definite && mods == 0 {
        j
    } else {
        i
    };
    // `High Commissioner for Human Rights Navi Pillay`: so after `<role> for`. The name
    // starts at a given name in the run, else it is the last two words.
    if k == role_of_start
        && i >= 2
        && tokens[i - 1]
            .lower()
            .is_some_and(|w| lex.role_complement_prepositions.contains(w))
        && cls(i - 2) == Class::Role
    {
        // `Foreign Affairs Julie Bishop`: a capitalised role noun may be a family name.
        let run = (k..end.min(k + MAX_NAME))
            .take_while(|&t| {
                cls(t) == Class::Name || (t > k && role_as_surname(tokens, cls, t, k, end, lex))
            })
            .count();
        if run >= 3 {
            let given = (k + 1..k + run - 1)
                .find(|&t| tokens[t].has(b::GIVEN_NAME) && !tokens[t - 1].has(b::GIVEN_NAME));
            k = given.unwrap_or(k + run - 2);
        }
    }
    // The name itself.
    let run_start = k;
    // `for Foreign Affairs Julie Bishop`, `of the Royal Society Martin Rees`, `und
    // Klimaschutz Robert Habeck`: the run completes a phrase of the role before it.
    let prep_led = || {
        let before = |n: usize| run_start >= n && tokens[run_start - n].has(b::PREPOSITION);
        before(1)
            || (before(2) && tokens[run_start - 1].has(b::DETERMINER))
            || (run_start > 0 && tokens[run_start - 1].has(b::COORDINATOR))
    };
    let mut genitive = false;
    let mut brand = false;
    // `of the Royal Society Martin Rees`: a body's noun closes its name before a person's
    // name that a given name opens.
    let person_after_body = head_org
        && role_end == k
        && k + 1 < end
        && tokens[k].has(b::GIVEN_NAME)
        && cls(k + 1) == Class::Name;
    while !person_after_body
        && k < end
        && k - run_start < MAX_NAME
        && (cls(k) == Class::Name
            || is_particle(tokens, cls, k, run_start, end)
            || (k == run_start && leading_particle(text, tokens, cls, k, end, reg, role_end > j))
            || role_as_surname(tokens, cls, k, run_start, end, lex)
            || initial_letter(tokens, cls, k, run_start, end)
            || initial_dot(tokens, cls, k, run_start, end))
    {
        // `BSB Command Sgt. Maj. Thomas Buck`: an abbreviated title inside a run opens the
        // person's name; the words before it are their unit.
        if k > run_start
            && tokens[k].has(b::TITLE)
            && tokens.get(k + 1).is_some_and(|t| t.is_punct("."))
        {
            break;
        }
        let w = tokens[k].lower().unwrap_or("");
        // Only a place after a preposition is split off: elsewhere the word before a
        // given name is a title the lexicon lacks (`die Buchhalterin Johanna Weidlich`,
        // `CDU-Urgestein Markus Brehm`).
        // In English, where only names are capitalised, two words before a given name
        // (`Royal Society Martin Rees`) are a body's name, not a first name.
        if k > run_start
            && starts_another_name(tokens, cls, k, end)
            && (prep_led()
                || genitive_led(tokens, run_start)
                || (k - run_start >= 2
                    && (!lex.capitalised_nouns || article_led(tokens, run_start)))
                || noun_before_given_name(tokens, run_start, k, end, lex)
                || genitive_noun_before_full_name(tokens, run_start, k, end, lex))
        {
            break;
        }
        if strip_possessive(w) != w {
            // `McDonald's said`, `Macy’s has joined`: a lone possessive before a verb owns
            // nothing; the `'s` is part of a firm's name.
            // (`“…,” said McDonald's.`: so does one closing the clause after the verb.)
            let verb_before = run_start > 0 && tokens[run_start - 1].has(b::SPEECH);
            brand = k == run_start
                && !lex.capitalised_nouns
                && tokens.get(k + 1).map_or(verb_before, |n| {
                    n.has(b::SPEECH)
                        || n.lower().is_some_and(|x| lex.auxiliary_verbs.contains(x))
                        || (verb_before && n.is_punct(".,;"))
                });
            genitive = !brand;
            k += 1;
            break;
        }
        // `Chinas Außenministerium`, `Pekings Botschafter`: a genitive before a noun, or of
        // a known name, ends the name; an unknown first name in -s before a surname
        // (`Markus Brehm`) does not.
        // `über den Tod Präsident Schreiners Ausdruck`: a known name's genitive opening
        // the run is that name, and the noun after it no part of it.
        if lex.genitive_s
            && k == run_start
            && w.ends_with('s')
            && !tokens[k].has(b::GIVEN_NAME)
            && next_is_cap(tokens, k, end)
            && w.strip_suffix('s')
                .is_some_and(|b| reg.knows_person_token(b))
        {
            genitive = true;
            k += 1;
            break;
        }
        if lex.genitive_s
            && k > run_start
            && w.ends_with('s')
            && next_is_cap(tokens, k, end)
            && (cls(k + 1) != Class::Name
                || w.strip_suffix('s').is_some_and(|b| reg.knows_token(b)))
        {
            break;
        }
        k += 1;
    }
    // `Sean McGoffin, Chief Patrol Agent, said`: in English a capitalised run after a role
    // (or in apposition) that ends in a role noun, opens with no given name and no name
    // follows, is the rest of a job title, not anyone's name.
    let job_title = !lex.capitalised_nouns
        && k > run_start
        && (role_end > j || (i > 0 && tokens[i - 1].is_punct(",")))
        && !tokens[run_start].has(b::GIVEN_NAME)
        && tokens[k - 1].has(b::ROLE_BASE)
        && (k >= end || cls(k) != Class::Name);
    if job_title {
        role_end = k;
    }
    let run_start = if job_title { k } else { run_start };
    // `Coastguard Northern Region duty officer John Cowan`: a run that a role and a name
    // follow is part of that person's role, not a name of its own.
    if !lex.capitalised_nouns && k > run_start && role_phrase_then_name(tokens, cls, k, end) {
        let (person, next) = parse_at(text, tokens, cls, k, end, lex, reg);
        let person = person.map(|mut m| {
            m.toks.start = i;
            m
        });
        return (person, next);
    }
    // An initial's dot (`John D. Bates`) joins the letter before it.
    let mut words: Vec<&str> = Vec::with_capacity(k - run_start);
    for (n, t) in tokens[run_start..k].iter().enumerate() {
        if t.is_punct(".") && n > 0 {
            let prev = &tokens[run_start + n - 1];
            if let (Some(last), Some(glued)) =
                (words.last_mut(), text.get(prev.range.start..t.range.end))
            {
                *last = glued;
            }
            continue;
        }
        let word = word_text(text, t);
        words.push(if brand { word } else { strip_possessive(word) });
    }
    // `Mary Lou McDonald` after `Mary McAleese`: a run opened by a given name is one
    // person's name, however much of it is known.
    if words.len() > 1 && !tokens[run_start].has(b::GIVEN_NAME) {
        let after_place_word = run_start > 0
            && tokens[run_start - 1]
                .lower()
                .is_some_and(|w| lex.place_prepositions.contains(w));
        let cut = split_run(&words, reg).min(known_person_tail(&words, reg, after_place_word));
        words.truncate(cut);
        k = run_start + cut;
    } else if lex.capitalised_nouns && words.len() > 2 {
        // `stellte Justizministerin Claudia Bandion-Ortner Vorhaben ihres Ressorts vor`:
        // in German, one more capitalised word after a person named in full before is a
        // noun, not more of the name. (Only for a run a given name opens: any other run
        // was cut at a known name just above.)
        let known = reg.find(&words[..words.len() - 1]).is_some_and(|e| {
            let ent = &reg.entities[e];
            !ent.org
                && ent
                    .name
                    .split_whitespace()
                    .eq(words[..words.len() - 1].iter().copied())
        });
        if known {
            words.truncate(words.len() - 1);
            k -= 1;
        }
    }
    // German genitive of a known name before a noun (`Pekings Botschaften`, `Wangs Besuch`):
    // a modifier of the noun, not a mention of a new name.
    if lex.genitive_s && role_end == j && !words.is_empty() {
        if let Some(w) = words[0].strip_suffix('s') {
            let before_noun = words.len() > 1 || (k < end && tokens[k].is_word());
            if before_noun && reg.knows_token(w) {
                genitive = true;
                words.truncate(1);
                k = run_start + 1;
            }
        }
    }
    // `Russlands Aggression gegen die Ukraine`, `Islands Vorsitz`: in German a word in
    // -s that the text also writes without it (`Russland`), before one more capitalised
    // word, is a genitive owner of a noun, not the first word of a person's name.
    let saxon_owner = lex.genitive_s
        && !genitive
        && det.is_none()
        && role_end == j
        && words.len() == 2
        && !titled
        && !tokens[run_start].has(b::GIVEN_NAME)
        && !reg.knows_person_token(words[1])
        && words[0]
            .strip_suffix('s')
            .filter(|b| b.chars().count() >= 4 && !b.ends_with('s'))
            .is_some_and(|b| {
                let at = tokens[run_start].range.start;
                let window = surrounding(text, at, SAXON_WINDOW);
                crate::extract::attribute::has_word(window, b)
            });
    if saxon_owner {
        genitive = true;
        words.truncate(1);
        k = run_start + 1;
    }
    // `stellte die Position Österreichs klar`, `die Rolle Chinas`: after an article, a
    // noun and the genitive of a known name are a common noun phrase, no name.
    let noun_of_name = lex.genitive_s
        && det.is_some()
        && role_end == j
        && words.len() == 2
        && !titled
        && !tokens[run_start].has(b::GIVEN_NAME)
        && words[1]
            .strip_suffix('s')
            .is_some_and(|b| reg.knows_token(b) && !reg.knows_token(words[1]));
    if noun_of_name {
        // (`die Kritikpunkte Kunaseks, der … vorwirft`: the genitive is still a mention
        // of the known name, as the owner a relative clause after it may hang on.)
        let owner = words[1].strip_suffix('s').and_then(|b| reg.find(&[b]));
        let Some(e) = owner else {
            return (None, k);
        };
        let mut m = mention(
            run_start + 1..k,
            MentionKind::Name,
            tokens,
            run_start + 1,
            true,
        );
        m.entity = Some(e);
        return (Some(m), k);
    }
    // `Weiters plant die Ministerin Reformen`: in German, one unknown capitalised word
    // after a definite role whose holder the text has named is a noun (the object), not
    // another holder's name.
    let role_then_noun = lex.capitalised_nouns
        && definite
        && det.is_some()
        && role_end > j
        && role_end == run_start
        && words.len() == 1
        && !titled
        && !tokens[run_start].has(b::GIVEN_NAME)
        && !reg.knows_token(words[0])
        && tokens[role_end - 1]
            .lower()
            .is_some_and(|h| reg.recent_role_holder(h));
    // (`die Mutter Frank-Walter Steinmeiers`: a German name in the genitive after a role,
    // one the text knows without the `-s`, owns the role; its holder is someone else.)
    let genitive_owner = lex.genitive_s
        && role_end > j
        && role_end == run_start
        && words.len() >= 2
        && k == run_start + words.len()
        && tokens[k - 1].lower().is_some_and(|w| {
            w.strip_suffix('s')
                .is_some_and(|base| base.len() >= 3 && reg.knows_person_like_token(base))
        });
    if role_then_noun {
        words.clear();
        k = run_start;
    }
    // (The owner stays inside the description, which no mention of its own then
    // takes for the subject.)
    if genitive_owner {
        words.clear();
    }
    // `the Turpin family`, `the Obama administration`: in English a lower-case body noun
    // right after a name makes the whole a body's name.
    let body_noun = !lex.capitalised_nouns
        && !genitive
        && !words.is_empty()
        && k < end
        && cls(k) == Class::Org
        && !tokens[k].is_cap()
        && !role_follows(cls, k, end);
    if body_noun {
        words.push(word_text(text, &tokens[k]));
        k += 1;
    }
    let role_start = if lex.genitive_s {
        genitive_start(tokens, j, head_at)
    } else {
        j
    };
    // The age (`49 Jahre alte`) is no part of the role.
    let role_start = role_start.max(age_end.unwrap_or(j));
    let role_range = (role_end > j).then_some(role_start..role_end);
    let role_text = role_range
        .as_ref()
        .map(|r| span_text(text, tokens, r.clone()));
    let mods: Vec<String> = stems_of(
        &tokens[role_start..head_at.min(role_end).max(role_start)],
        lex,
    );
    let mut heads: Vec<String> = stems_of(&tokens[head_at.min(role_end)..role_end], lex);
    heads.extend(title_roles);

    // `raunte eine Frau`, `a lady said`: a title after an article with no name after it
    // is a description of that person.
    let bare_title = title_at == j || (head_at > j && title_at == head_at);
    if words.is_empty() && role_text.is_none() && titled && det.is_some() && bare_title {
        let head = tokens[title_at].lower().map(|w| stem(w, &lex.stem_endings));
        let kind = MentionKind::Description {
            definite,
            mods: Vec::new(),
            head,
            org: false,
        };
        return (Some(mention(i..k, kind, tokens, j, object)), k);
    }
    if words.is_empty() {
        if role_text.is_none() {
            return (None, k.max(i + 1));
        }
        let all_cap =
            (role_start..role_end).all(|t| tokens[t].is_cap() || abbreviation_dot(tokens, t));
        let named_org = if det.is_none() {
            all_cap
        } else {
            has_cap_modifier(tokens, j, role_end - 1)
        };
        // (`Amber Banks`, `Joe Chambers`: in English a given name before a body's noun
        // in the plural is a person's name; a body's name keeps the noun singular, but
        // for a few plurals that name bodies, `Kelly Services`.)
        let given_surname = !lex.capitalised_nouns
            && det.is_none()
            && role_end == role_start + 2
            && tokens[role_start].has(b::GIVEN_NAME)
            && tokens[role_start + 1].is_cap()
            && tokens[role_start + 1].lower().is_some_and(|w| {
                !lex.body_plurals.contains(w)
                    && w.strip_suffix('s')
                        .is_some_and(|one| !one.ends_with('s') && lex.is_org_word(one, true))
            });
        if given_surname {
            let parts: Vec<&str> = tokens[role_start..role_end]
                .iter()
                .map(|t| word_text(text, t))
                .collect();
            let id = reg.register(NameInfo {
                tokens: &parts,
                role: None,
                role_mods: Vec::new(),
                role_heads: Vec::new(),
                org: false,
                gender: given_name_gender(&parts, lex),
                titled: false,
                person: true,
            });
            let mut m = mention(i..role_end, MentionKind::Name, tokens, role_start, object);
            m.entity = Some(id);
            return (Some(m), role_end);
        }
        if let Some(n) = org_of_name_end(tokens, cls, role_end, end, head_org, lex) {
            // `the Ministry of Defence`, `the Bank of England`: one body's name.
            let name = span_text(text, tokens, role_start..n);
            let parts: Vec<&str> = name.split_whitespace().collect();
            let id = reg.register_org(&parts, Vec::new(), Vec::new());
            let mut m = mention(i..n, MentionKind::Name, tokens, role_start, object);
            m.entity = Some(id);
            return (Some(m), n);
        }
        if head_org && named_org {
            // `Chinas Außenministerium`, `the Foreign Ministry`: an organisation's name.
            // (`a new World Bank report`: in English, where only names are capitalised,
            // the lower-case words before it are no part of it.)
            let proper_from = (role_start..role_end)
                .find(|&t| tokens[t].is_cap())
                .filter(|_| !lex.capitalised_nouns)
                .unwrap_or(role_start);
            let role_text = span_text(text, tokens, proper_from..role_end);
            let genitive = det.is_some_and(|d| lex.genitive_articles.contains(d));
            let nominative = lex.org_name_nominative(&role_text, genitive);
            let nominative = if det.is_some() {
                lex.nominative_adjectives(&nominative)
            } else {
                nominative
            };
            let parts: Vec<&str> = nominative.split_whitespace().collect();
            let id = reg.register_org(&parts, mods, heads);
            let mut m = mention(i..k, MentionKind::Name, tokens, j, object);
            m.entity = Some(id);
            return (Some(m), k);
        }
        // `Officials said`, `Experten warnten`: a bare role noun is an indefinite description.
        // (`the Conservative leader`: role words before the head modify it.)
        let mut mods = mods;
        if let Some((_, before)) = heads.split_last() {
            mods.extend(before.iter().cloned());
        }
        // (`Niedersachsens Innenminister`: a German genitive name before the role holds
        // it as an article would, `der Innenminister Niedersachsens`.)
        let genitive_led = lex.genitive_s
            && det.is_none()
            && head_at > j
            && cls(j) == Class::Name
            && tokens[j].is_cap()
            && tokens[j].lower().is_some_and(|w| w.ends_with('s'));
        let kind = MentionKind::Description {
            definite: (definite && (det.is_some() || possessive_led)) || genitive_led,
            mods,
            head: heads.last().cloned(),
            org: head_org,
        };
        let text_from = age_end.unwrap_or(j);
        // `the ministry’s statement said`: the body's text speaks for the body.
        let owner = word_text(text, &tokens[k - 1]);
        let possessive = strip_possessive(owner).len() < owner.len();
        let issued = issued_text(cls, k, end).filter(|_| head_org && possessive);
        let next = issued.map_or(k, |d| d + 1);
        let mut m = mention(i..next, kind, tokens, text_from, object);
        if possessive {
            let start = tokens[text_from].range.start;
            m.text = start..tokens[k - 1].range.start + strip_possessive(owner).len();
        }
        return (Some(m), next);
    }
    // `The United States said`, `said the Central African Republic`: in English, where
    // only names are capitalised, several capitalised words after an article (the ones
    // read as modifiers too) that a speech verb follows or comes right before name a
    // body. (Elsewhere they are as often a title or an award: `the Record of the Year`.)
    let proper_end = (!lex.capitalised_nouns
        && det.is_some()
        && role_range.is_none()
        && !titled
        && !words.is_empty()
        && (j..run_start).all(|t| tokens[t].is_word() && tokens[t].is_cap()))
    .then(|| proper_body_end(tokens, cls, k, end))
    .filter(|&n| {
        let lower_speech = |t: &Token| t.is_word() && !t.is_cap() && t.has(b::SPEECH);
        // (`The Jordan Times article reports`: its text speaks for it.)
        let text_after = n < end && !tokens[n].is_cap() && cls(n) == Class::Document;
        // (`Ant-Man and the Wasp wrote`: an article after a capitalised word and `and`
        // goes on a title.)
        let in_title = i >= 2 && tokens[i - 1].has(b::COORDINATOR) && tokens[i - 2].is_cap();
        // (A lone word is as often a nationality, `the Norwegian said`, which means a
        // person; a person's given name or a preposition before the article, `Minister
        // of the Interior Arye Tal`, makes the words a role's or a person's.)
        let several = n >= j + 2 && !(j..n).any(|t| tokens[t].has(b::GIVEN_NAME));
        let governed = i > 0 && tokens[i - 1].has(b::PREPOSITION);
        several
            && !governed
            && !in_title
            && (tokens.get(n).is_some_and(lower_speech)
                || text_after
                || (i > 0 && lower_speech(&tokens[i - 1])))
    });
    let proper_body = proper_end.is_some();
    let mut run_start = run_start;
    if let Some(n) = proper_end {
        let all: Vec<&str> = tokens[j..n].iter().map(|t| word_text(text, t)).collect();
        words = all;
        run_start = j;
        k = n;
    }
    // `the UN Mission in the Central African Republic`: a name ending in a body noun
    // that takes a place goes on with `in` and the place.
    // (`in` is tested first: it is rare after a name, and the rest costs more.)
    let place_end = (k > run_start
        && tokens.get(k).and_then(Token::lower) == Some("in")
        && tokens[k - 1].lower().is_some_and(|w| lex.links_place(w)))
    .then(|| org_of_name_end(tokens, cls, k, end, false, lex))
    .flatten();
    if let Some(n) = place_end {
        words = tokens[run_start..n]
            .iter()
            .map(|t| word_text(text, t))
            .collect();
        k = n;
    }
    // A lone capitalised noun after an article is a common noun (German), unless it
    // is part of a title such as `das Wall Street Journal`, or an acronym where nouns are
    // capitalised anyway (`die SBB`).
    // (`An article in The Hill says`: in English a capitalised article inside a
    // sentence opens a title, and the lone word after it is its name.)
    let title_article =
        !lex.capitalised_nouns && det.is_some() && t.is_cap() && i > 0 && tokens[i - 1].is_word();
    // (`sagte Dornscheidt im Gespräch mit der Zeitung`: so is one after a preposition
    // fused with its article.)
    let fused = det.is_none() && fused_before(tokens, i, lex);
    if (det.is_some() || fused)
        && !title_article
        && role_range.is_none()
        && words.len() == 1
        && !titled
        && !reg.knows_token(words[0])
        && !is_acronym(text, &tokens[run_start])
        // `die dreizehnjährige Hannah`: a given name after an adjective is a name.
        && !(head_at > j && tokens[run_start].has(b::GIVEN_NAME))
    {
        // `„…“, erzählte eine Gewinnerin`: right after a verb of saying that follows the
        // quote, an indefinite one is the person who spoke, whatever the noun (the
        // lexicon of roles cannot hold every `Siegerin`, `Kundin`, `Gewinner`).
        // (`X twitterte ein Foto`: after a subject, the verb's object.)
        let speaker = lex.capitalised_nouns
            && det.is_some()
            && !definite
            && !object
            && i >= 2
            && tokens[i - 1].is_word()
            && tokens[i - 1].has(b::SPEECH)
            && !tokens[i - 2].is_word();
        if speaker {
            let kind = MentionKind::Description {
                definite: false,
                mods: stems_of(&tokens[j..head_at.max(j)], lex),
                head: Some(stem(&words[0].to_lowercase(), &lex.stem_endings)),
                org: false,
            };
            return (Some(mention(i..k, kind, tokens, j, object)), k);
        }
        return (None, k);
    }
    // `KCNA`, `NATO`: a lone acronym names a body; so, in English, does one of three
    // letters or more before capitalised words (`DLA Troop Support`, `NASA Ames Research
    // Center`).
    let acronym_led = !lex.capitalised_nouns
        && words.len() >= 2
        && words[0].chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !tokens[run_start].has(b::GIVEN_NAME)
        // (`SOT Griffin “…”`: a script's label before a person's name and their words.)
        && !words[1..].iter().any(|w| reg.knows_person_token(w))
        && tokens.get(k).is_none_or(|t| t.quote().is_none());
    let acronym = (words.len() == 1 || acronym_led)
        && role_range.is_none()
        && !titled
        && is_acronym(text, &tokens[run_start]);
    // (`U.S. Army Sgt. Nigel Charles`: a title after a body's name opens a person's.)
    // (`der Europäischen Menschenrechtskonvention`: so does an inflected adjective.)
    let event = words.len() >= 2
        && !titled
        && (lex
            .non_person_prefixes
            .contains(words[0].to_lowercase().as_str())
            || lex.is_name_adjective(&words[0].to_lowercase()));
    // (`Sgt. Maj. of the Army Daniel A. Dailey`: a given name or a middle initial after
    // a body's noun opens a person's name, not more of the body's.)
    let person_run = words.len() >= 2
        && (tokens[run_start].has(b::GIVEN_NAME)
            || words[1..words.len() - 1].iter().any(|w| is_initial(w)));
    // (`B Battery, 2nd Battalion, 4th Field Artillery said`: a run after an ordinal
    // numbers a unit, and is no person.)
    let ordinal_unit = role_range.is_none()
        && !titled
        && !person_run
        && run_start > 0
        && is_ordinal(&tokens[run_start - 1]);
    let org = (head_org && !titled && !person_run)
        || ordinal_unit
        || brand
        || event
        || acronym
        || body_noun
        || proper_body
        || place_end.is_some()
        // (`einen Jakob Auer`: an article before a given name makes no body.)
        || (det.is_some() && role_range.is_none() && !titled && !person_run && head_at == j);
    // `Smith’s statement said`: a text of a name not seen before still speaks for it.
    let issued = issued_text(cls, k, end)
        .or_else(|| proxy_noun(tokens, k, end, lex))
        .filter(|_| genitive);
    let issues_text = issued.is_some()
        && tokens[k - 1]
            .lower()
            .is_some_and(|w| strip_possessive(w) != w);
    // `Navy Adm. Mike Mullen's first stop`: an English possessive that a title, a role or
    // a given name marks as a person's full name brings that person in (or tells who a
    // `Mullen` in the headline was), for the `Mullen` and `he` after it.
    let possessive_person = genitive
        && !lex.capitalised_nouns
        && words.len() >= 2
        && (titled || role_text.is_some() || tokens[run_start].has(b::GIVEN_NAME));
    let id = if genitive && !issues_text && !possessive_person {
        reg.find(&words).or_else(|| {
            let w: Vec<&str> = words
                .iter()
                .map(|w| w.strip_suffix('s').unwrap_or(w))
                .collect();
            reg.find(&w)
        })
    } else {
        // `Ministerin`, `spokeswoman`: the role tells the gender when no title did.
        let role_gender = role_range.clone().and_then(|r| {
            tokens[r]
                .iter()
                .filter_map(Token::lower)
                .find_map(|w| lex.role_gender(w))
        });
        // `ein Sprecher der Deutschen Bahn`, `des Europäischen Parlaments`: a body's name
        // after an article is registered in the nominative (`Deutsche Bahn`).
        let genitive_det = det.is_some_and(|d| lex.genitive_articles.contains(d));
        let nominative = (org && det.is_some() && (role_text.is_none() || head_org)).then(|| {
            let name = lex.nominative_adjectives(&words.join(" "));
            lex.org_name_nominative(&name, genitive_det)
        });
        let nominative_words: Vec<&str> = nominative
            .as_deref()
            .map(|n| n.split_whitespace().collect())
            .unwrap_or_default();
        let words = if nominative.is_some() {
            &nominative_words
        } else {
            &words
        };
        Some(
            reg.register(NameInfo {
                tokens: words,
                role: role_text.map(|r| nominative_role(&r, det, lex)),
                role_mods: mods,
                role_heads: heads,
                org,
                gender: gender
                    .or(role_gender)
                    .or_else(|| given_name_gender(words, lex))
                    .or_else(|| {
                        // (Not a short form: `LH Mikl-Leitner` is a Landeshauptfrau.)
                        let r = role_range.clone()?;
                        let t = tokens[r].last()?;
                        let head = t.lower().filter(|_| !is_acronym(text, t))?;
                        lex.masculine_role_gender(head)
                    }),
                titled,
                person: false,
            }),
        )
    };
    // `Cornyn’s statement added`: a known name’s document speaks for that name.
    let issues = issued.filter(|_| id.is_some());
    let next = issues.map_or(k, |d| d + 1);
    let mut m = mention(
        i..next,
        MentionKind::Name,
        tokens,
        j,
        object || (genitive && issues.is_none()),
    );
    m.text = tokens[run_start].range.start..tokens[k - 1].range.end;
    m.entity = id;
    (Some(m), next)
}

/// `the Ministry of Defence`, `the University of Innsbruck`: after a capitalised body
/// noun ending at `head_end`, `of` and a run of capitalised words (after `the` at most)
/// complete its name. Returns where the name ends.
fn org_of_name_end(
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    head_end: usize,
    end: usize,
    head_org: bool,
    lex: &Lexicon,
) -> Option<usize> {
    let place_body = tokens[head_end - 1]
        .lower()
        .is_some_and(|w| lex.links_place(w));
    if !(head_org || place_body) || head_end + 1 >= end || !tokens[head_end - 1].is_cap() {
        return None;
    }
    // `the Movement for Democratic Change`, `the People's Movement for the Liberation of
    // Angola`: `for` links a body's name as `of` does, and an `of` may follow it.
    let link = |t: usize, words: &[&str]| {
        tokens
            .get(t)
            .and_then(Token::lower)
            .is_some_and(|w| words.contains(&w))
    };
    // `the UN Mission in the Central African Republic`: a few bodies take `in` and a place.
    let in_place = place_body && link(head_end, &["in"]);
    if !(in_place || head_org && link(head_end, &["of", "for"])) {
        return None;
    }
    let cap_run = |mut n: usize| {
        if tokens.get(n).and_then(Token::lower) == Some("the") {
            n += 1;
        }
        let run_start = n;
        while n < end
            && n - run_start < 4
            && tokens[n].is_cap()
            && !tokens[n].has(b::SPEECH)
            && matches!(cls(n), Class::Name | Class::Org)
        {
            n += 1;
        }
        (n > run_start).then_some(n)
    };
    let n = cap_run(head_end + 1)?;
    if link(head_end, &["for"]) && n + 1 < end && link(n, &["of"]) {
        return Some(cap_run(n + 1).unwrap_or(n));
    }
    Some(n)
}

/// `“…,” an air traffic controller said`, `“…,” said an air traffic controller.`: in
/// English, an article next to a quote's speech verb and the lower-case words after it
/// are the speaker, though the lexicon knows none of the words as a role.
fn unknown_noun_speaker(
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    i: usize,
    sent: Range<usize>,
    lex: &Lexicon,
) -> Option<Mention> {
    if lex.capitalised_nouns || i < sent.start + 1 || !tokens[i].has(b::DETERMINER) {
        return None;
    }
    let quote_before = |k: usize| {
        k >= sent.start
            && (tokens[k].quote().is_some()
                || (k > sent.start && tokens[k].is_punct(",") && tokens[k - 1].quote().is_some()))
    };
    let stop = if quote_before(i - 1) {
        // `“…,” an air traffic controller said`
        (i + 2..sent.end.min(i + 6)).find(|&t| tokens[t].has(b::SPEECH))?
    } else if tokens[i - 1].has(b::SPEECH) && i >= 2 && quote_before(i - 2) {
        // `“…,” said an air traffic controller.`
        (i + 2..sent.end.min(i + 6).max(i + 2))
            .find(|&t| !tokens[t].is_word())
            .unwrap_or(sent.end)
    } else {
        return None;
    };
    let plain = |t: usize| cls(t) == Class::Modifier && !tokens[t].is_cap();
    if stop > sent.end || stop < i + 2 || stop > i + 5 || !(i + 1..stop).all(plain) {
        return None;
    }
    let stems = stems_of(&tokens[i + 1..stop], lex);
    let (head, mods) = stems.split_last()?;
    let kind = MentionKind::Description {
        definite: !tokens[i].has(b::INDEFINITE),
        mods: mods.to_vec(),
        head: Some(head.clone()),
        org: false,
    };
    Some(mention(i..stop, kind, tokens, i + 1, false))
}

/// `Cornyn’s statement`, `the ministry’s latest statement`: the text (a document word
/// after at most two modifiers) that a possessive ending before `k` owns.
fn issued_text(cls: &dyn Fn(usize) -> Class, k: usize, end: usize) -> Option<usize> {
    (k..end.min(k + 3))
        .take_while(|&t| matches!(cls(t), Class::Modifier | Class::Document))
        .find(|&t| cls(t) == Class::Document)
}

/// `President Nicolas Sarkozy's office said`: a noun speaking for the possessive name
/// before it, when no name in apposition (`Brown's spokesman Michael Ellam`) follows.
fn proxy_noun(tokens: &[Token], k: usize, end: usize, lex: &Lexicon) -> Option<usize> {
    let proxy = tokens
        .get(k)?
        .lower()
        .is_some_and(|w| lex.proxy_nouns.contains(w) || lex.venue_nouns.contains(w));
    let named = k + 1 < end && tokens[k + 1].is_word() && tokens[k + 1].is_cap();
    (proxy && !named).then_some(k)
}

/// `Anna Roth` → female: the first word of a name of two words or more, when it is a
/// given name that tells the gender. A lone word (`Jordan`) may be a place or a body.
fn given_name_gender(words: &[&str], lex: &Lexicon) -> Option<Referent> {
    match words {
        // (`Luxemburger Yves Mersch`, `Buchhalter Jan Weidlich`: a word the lexicon lacks
        // may stand before the given name in the run; the given name still tells.)
        [first, second, _, ..] => lex
            .first_name_gender(&first.to_lowercase())
            .or_else(|| lex.first_name_gender(&second.to_lowercase())),
        [first, _] => lex.first_name_gender(&first.to_lowercase()),
        _ => None,
    }
}

/// A role phrase in the nominative, for display (`den russischen Präsidenten` →
/// `russische Präsident`): after a definite article a lower-case adjective ending takes the
/// nominative ending, and a weak noun drops its -(e)n. Both rules are data
/// ([`Lexicon::nominative_adjective`], [`Lexicon::weak_noun_base`]); without them the
/// phrase is unchanged.
pub(crate) fn nominative_role(role: &str, det: Option<&str>, lex: &Lexicon) -> String {
    let definite = det.is_some_and(|d| lex.definite_articles.contains(d));
    let words: Vec<&str> = role.split_whitespace().collect();
    let last = words.len().saturating_sub(1);
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        let lower_case = w.chars().next().is_some_and(char::is_lowercase);
        let fixed = if i == last {
            lex.weak_noun_base(w, &lower).or_else(|| {
                det.filter(|d| lex.genitive_articles.contains(*d))
                    .and_then(|_| lex.strong_genitive_base(w, &lower))
            })
        } else if definite && lower_case {
            lex.nominative_adjective(w, &lower)
        } else {
            None
        };
        out.push(fixed.unwrap_or_else(|| w.to_string()));
    }
    out.join(" ")
}

/// `Richter` in `Thomas Richter sagte`: a capitalised role noun in its base form that
/// closes a name is a surname (`sagte Lenz Journalisten` stays a role: it is inflected).
fn role_as_surname(
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    k: usize,
    run_start: usize,
    end: usize,
    lex: &Lexicon,
) -> bool {
    // (`so Peter McDonald Vorsitzender des Hauptverbandes`: an apposition whose comma
    // was left out.)
    let affiliated = k >= run_start + 2 && apposed_role_after_full_name(tokens, k - 2, lex);
    k > run_start
        && cls(k) == Class::Role
        && tokens[k].is_cap()
        && tokens[k].has(b::ROLE_BASE)
        && (k + 1 >= end || cls(k + 1) != Class::Name)
        && !affiliated
}

/// `Peter McDonald Vorsitzender des Hauptverbandes`: a given name at `g`, a family name
/// after it and a role noun then, which a body's genitive or preposition follows: the
/// role is an apposition to the name whose comma was left out.
fn apposed_role_after_full_name(tokens: &[Token], g: usize, lex: &Lexicon) -> bool {
    tokens[g].has(b::GIVEN_NAME)
        && tokens.get(g + 1).is_some_and(|t| !t.has(b::GIVEN_NAME))
        && tokens
            .get(g + 3)
            .and_then(Token::lower)
            .is_some_and(|w| lex.affiliation.contains(w))
}

/// `de` in `Marloes de Wit`: a lower-case name particle between two name words (or a
/// capitalised one that is no preposition after a given name: `Alexander Van der Bellen`).
fn is_particle(
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    k: usize,
    run_start: usize,
    end: usize,
) -> bool {
    if k <= run_start || !tokens[k].is_word() {
        return false;
    }
    // (`Alexander Van der Bellen`: a capitalised particle that is no preposition may
    // follow a given name.)
    let capital_particle = |t: usize| {
        t > run_start
            && tokens[t].has(b::NAME_PARTICLE)
            && !tokens[t].has(b::PREPOSITION)
            && tokens[t - 1].has(b::GIVEN_NAME)
    };
    if tokens[k].is_cap() && !capital_particle(k) {
        return false;
    }
    // `von der Leyen`, `van den Berg`: an article after a particle is part of the name.
    let after_particle =
        tokens[k - 1].has(b::NAME_PARTICLE) && (!tokens[k - 1].is_cap() || capital_particle(k - 1));
    if after_particle && (tokens[k].has(b::DETERMINER) || tokens[k].has(b::NAME_PARTICLE)) {
        return k + 1 < end && cls(k + 1) == Class::Name;
    }
    if !tokens[k].has(b::NAME_PARTICLE) {
        return false;
    }
    // A particle that is also a preposition (`von`, `zu`) joins a name only after a
    // given name (`Ursula von der Leyen`, not `Müller von der Linken`).
    let after_given_name = tokens[k - 1].has(b::GIVEN_NAME);
    if tokens[k].has(b::PREPOSITION) && !after_given_name {
        return false;
    }
    let (_, target) = particle_target(tokens, k, end);
    target < end && cls(target) == Class::Name
}

/// The name word a particle at `k` leads to, past an article (`von der Leyen`), and
/// whether there was one.
fn particle_target(tokens: &[Token], k: usize, end: usize) -> (bool, usize) {
    // (`de la Rubia`: a second particle stands where the article would.)
    let article = k + 2 < end
        && (tokens[k + 1].has(b::DETERMINER)
            || (tokens[k + 1].has(b::NAME_PARTICLE) && !tokens[k + 1].is_cap()));
    (article, if article { k + 2 } else { k + 1 })
}

/// `in Deutschland Barbara Gessler`: a given name followed by another name word, after
/// a word that is no given name, starts a name of its own (`Hans Peter Roth` is one).
fn starts_another_name(
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    k: usize,
    end: usize,
) -> bool {
    let given = |t: &Token| t.has(b::GIVEN_NAME);
    // `Julie Bishop`: a capitalised role noun after a given name is a family name.
    let family_name =
        |n: usize| cls(n) == Class::Name || (cls(n) == Class::Role && tokens[n].is_cap());
    k + 1 < end
        && family_name(k + 1)
        && tokens[k - 1].is_cap()
        && given(&tokens[k])
        && !given(&tokens[k - 1])
}

/// `des sächsischen Landtages Matthias Rößler`: a run after a genitive article (and
/// lower-case words, adjectives) opens with the noun it governs, like a place after a
/// preposition.
fn genitive_led(tokens: &[Token], run_start: usize) -> bool {
    tokens[..run_start]
        .iter()
        .rev()
        .take(3)
        .find(|t| !(t.is_word() && !t.is_cap() && !t.has(b::DETERMINER)))
        .is_some_and(|t| t.has(b::GENITIVE_ARTICLE))
}

/// `sprach der Luxemburger Yves Mersch`: in German an article before one noun the
/// lexicon lacks and a given name with a surname after it makes the noun a word about
/// the person, whose name opens at the given name (`Die Ärzte der Klinik Maria Hilf`,
/// a genitive after a noun, stays one name: see [`article_led`]).
fn noun_before_given_name(
    tokens: &[Token],
    run_start: usize,
    k: usize,
    end: usize,
    lex: &Lexicon,
) -> bool {
    lex.capitalised_nouns
        && k == run_start + 1
        && run_start > 0
        && tokens[run_start - 1].has(b::DETERMINER)
        && !article_led(tokens, run_start)
        && tokens[k].has(b::GIVEN_NAME)
        && k + 1 < end
        && tokens[k + 1].is_word()
        && tokens[k + 1].is_cap()
        && tokens[run_start]
            .lower()
            .is_some_and(|w| !lex.is_org_word(w, true))
}

/// `des Ausschusses der Regionen Apostolos Tzitzikostas`, `der neuen Mandatsperiode Vasco
/// Ilídio Alves Cordeiro`: after a genitive's one noun, a given name opens a person's name
/// when the noun is plural by its ending (a place or body, never a name's first word) or
/// more than one word follows the given name (`der Klinik Maria Hilf` stays one name).
fn genitive_noun_before_full_name(
    tokens: &[Token],
    run_start: usize,
    k: usize,
    end: usize,
    lex: &Lexicon,
) -> bool {
    let cap_word = |t: usize| t < end && tokens[t].is_word() && tokens[t].is_cap();
    let plural = tokens[run_start].lower().is_some_and(|w| {
        lex.plural_only_endings
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str()))
    });
    lex.capitalised_nouns
        && k == run_start + 1
        && tokens[k].has(b::GIVEN_NAME)
        && cap_word(k + 1)
        && article_led(tokens, run_start)
        && (plural || cap_word(k + 2))
}

/// `das Vorstandsmitglied der Österreichischen Bundesforste Georg Schöppel`: in German a
/// run after an article (and lower-case adjectives) that a noun comes before is a
/// genitive; a given name after two words of it opens the person's name (`der Klinik
/// Maria Hilf` stays one name). (At a sentence's start the token before is its
/// punctuation, no noun.)
fn article_led(tokens: &[Token], run_start: usize) -> bool {
    let Some(a) = tokens[..run_start]
        .iter()
        .rposition(|t| !(t.is_word() && !t.is_cap() && !t.has(b::DETERMINER)))
        .filter(|&a| run_start - a <= 3)
    else {
        return false;
    };
    a > 0 && tokens[a].has(b::DETERMINER) && tokens[a - 1].is_word() && tokens[a - 1].is_cap()
}

/// `sagte von der Leyen`: a particle opening the name of a person already named in
/// full, or a one-word name right after a role (`Präsidentin von der Leyen`).
fn leading_particle(
    text: &str,
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    k: usize,
    end: usize,
    reg: &Registry,
    after_role: bool,
) -> bool {
    // Most words are followed by no name at all: two array look-ups tell.
    let name_follows = (k + 1..end.min(k + 3)).any(|t| cls(t) == Class::Name);
    if !name_follows || !tokens[k].has(b::NAME_PARTICLE) {
        return false;
    }
    let (article, target) = particle_target(tokens, k, end);
    // Known with the particle itself (`Ursula von der Leyen` before `von der Leyen`), so
    // `zu Merz sagte Scholz` after `Friedrich Merz` stays a preposition.
    let known = || {
        let words: Vec<&str> = tokens[k..=target.min(end - 1)]
            .iter()
            .filter_map(Token::lower)
            .collect();
        reg.find_exact(&words).is_some_and(|e| !reg.entities[e].org)
    };
    // After a role the name must have its article (`Ministerpräsident von Thüringen` is
    // a place) and end there (`Präsident von der Deutschen Bank` is a body).
    let one_word = || {
        tokens
            .get(target + 1)
            .is_none_or(|t| !t.is_cap() || target + 1 >= end)
    };
    // A capital particle (`Von der Leyen merkte an`) opens a sentence; it is taken only
    // for a name already known.
    let lower_case = !tokens[k].is_cap();
    // A particle that is also a preposition takes only the article names have (`von der
    // Leyen`); `die Ministerin zu den Gesprächen` is a phrase.
    let name_article = !tokens[k].has(b::PREPOSITION) || tokens[k + 1].has(b::NAME_ARTICLE);
    // (`der neu gewählte Bundesvorsitzende von der SPÖ`: an acronym there is a body.)
    target < end
        && cls(target) == Class::Name
        && (known()
            || lower_case
                && after_role
                && article
                && name_article
                && one_word()
                && !is_acronym(text, &tokens[target]))
}

/// A capitalised word that modifies a following role (`Kreml` in `Kremlin spokesman`,
/// `Chinas` in `Chinas Spitzendiplomat`) rather than being a name itself.
fn is_head_modifier(
    text: &str,
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    k: usize,
    end: usize,
    lex: &Lexicon,
) -> bool {
    // German joins a noun to a role in one word (`Kremlsprecher`, `CDU-Chef`), so the
    // noun of a prepositional phrase is not a modifier of a role after it (`am Abend
    // Ministerin Roth` is two phrases) unless it is a genitive (`von Bayerns
    // Ministerpräsident`), a place adjective (`in der Bremer Bürgerschaft`) or an
    // acronym. Organisation names keep their words (`bei Deutsche Bank`).
    let after_prep = k > 0 && tokens[k - 1].has(b::PREPOSITION);
    let joins_role = !lex.genitive_s
        || !after_prep
        || tokens[k]
            .lower()
            .is_some_and(|w| w.ends_with('s') || w.ends_with("er"))
        || is_acronym(text, &tokens[k]);
    // `Julie Bishop`: a given name before a capitalised role noun that ends the run is
    // the first name of someone whose family name is that noun.
    if tokens[k].has(b::GIVEN_NAME)
        && k + 1 < end
        && cls(k + 1) == Class::Role
        && tokens[k + 1].is_cap()
        && tokens[k + 1].has(b::ROLE_BASE)
        && (k + 2 >= end || cls(k + 2) != Class::Name)
    {
        return false;
    }
    // `so Peter McDonald Vorsitzender des Hauptverbandes`: a person whose apposition
    // lost its comma.
    if k + 3 < end
        && cls(k + 1) == Class::Name
        && cls(k + 2) == Class::Role
        && apposed_role_after_full_name(tokens, k, lex)
    {
        return false;
    }
    let mut n = k + 1;
    while n < end && n <= k + MAX_MODIFIERS {
        match cls(n) {
            Class::Role => return joins_role,
            Class::Org => return true,
            // `Westbridge United sacked manager Pablo Rivas`: the name's verb.
            Class::Modifier if !lex.capitalised_nouns && past_tense(&tokens[n]) => return false,
            // `Der für Hilfe und Krisenmanagement zuständige EU-Kommissar X`: where nouns are
            // capitalised, a noun right before a lower-case adjective ends its own phrase
            // (a place adjective, `Berliner`, may still stand before one).
            Class::Modifier
                if lex.capitalised_nouns
                    && n == k + 1
                    && !tokens[n].is_cap()
                    && tokens[k].lower().is_some_and(|w| !w.ends_with("er")) =>
            {
                return false
            }
            Class::Modifier | Class::Name => n += 1,
            _ if abbreviation_dot(tokens, n) => n += 1,
            _ => return false,
        }
    }
    false
}

/// Most words before a head noun (`the Joint Australian Tsunami Warning Centre`).
const MAX_MODIFIERS: usize = 4;
/// Names are short; a longer capitalised run (a headline, shouted text) is cut.
const MAX_NAME: usize = 6;

/// `Lenz` in `sagte Lenz Journalisten`: a word of a known name, not a genitive, names
/// that person rather than modifying the role noun after it.
fn known_person_word(tokens: &[Token], k: usize, reg: &Registry) -> bool {
    tokens[k].lower().is_some_and(|w| {
        strip_possessive(w) == w && !w.ends_with('s') && reg.knows_person_like_token(w)
    })
}

/// `the Pacific Tsunami Warning Center` after `the Pacific Ocean`: capitalised words
/// after `k` that a capitalised organisation noun closes make one body's name, even
/// when the word at `k` is known from another name.
fn org_name_closes(tokens: &[Token], cls: &dyn Fn(usize) -> Class, k: usize, end: usize) -> bool {
    let after = (k + 1..end.min(k + 1 + MAX_MODIFIERS)).find(|&n| cls(n) != Class::Name);
    after.is_some_and(|n| cls(n) == Class::Org && tokens[n].is_cap())
}

/// `Kingsbridge manager Graham Pike`: the role after `k` is followed by a name.
/// `hat die Bundeskanzlerin Präsident Trump kondoliert`: where a language writes its roles
/// as single nouns, a role of the other gender right after one starts another person's
/// description, so the name after it is not the first role's holder.
fn role_of_other_gender(tokens: &[Token], k: usize, head_at: usize, lex: &Lexicon) -> bool {
    if !lex.capitalised_nouns || k == head_at {
        return false;
    }
    let female = |t: &Token| {
        t.lower()
            .is_some_and(|w| lex.role_gender(w) == Some(Referent::Female))
    };
    female(&tokens[k - 1]) != female(&tokens[k])
}

fn role_then_name(cls: &dyn Fn(usize) -> Class, k: usize, end: usize) -> bool {
    let Some(r) = (k + 1..end.min(k + 4)).find(|&n| cls(n) == Class::Role) else {
        return false;
    };
    let after = (r..end).find(|&n| cls(n) != Class::Role).unwrap_or(end);
    after < end && cls(after) == Class::Name
}

/// `sacked`, `appointed`: a lower-case English word in `-ed`, after a name more likely
/// its verb than an adjective of the role after it.
fn past_tense(t: &Token) -> bool {
    !t.is_cap() && t.lower().is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
}

/// `duty officer John Cowan` at `k`: modifiers, role nouns, then a name.
fn role_phrase_then_name(
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    k: usize,
    end: usize,
) -> bool {
    const MAX_ROLE_MODIFIERS: usize = 2;
    let role = (k..end.min(k + MAX_ROLE_MODIFIERS + 1)).find(|&n| cls(n) != Class::Modifier);
    // `Westbridge United sacked manager Pablo Rivas`: a past tense after the run is its
    // verb, not a modifier of the role.
    if (k..role.unwrap_or(k)).any(|n| past_tense(&tokens[n])) {
        return false;
    }
    let Some(r) = role.filter(|&r| cls(r) == Class::Role) else {
        return false;
    };
    let after = (r..end).find(|&n| cls(n) != Class::Role).unwrap_or(end);
    after < end && cls(after) == Class::Name
}

/// `Kremlin spokesman`: an organisation word used as a modifier of a role.
fn role_follows(cls: &dyn Fn(usize) -> Class, k: usize, end: usize) -> bool {
    (k + 1..end.min(k + 4))
        .map(cls)
        .take_while(|c| matches!(c, Class::Role | Class::Modifier | Class::Name | Class::Org))
        .any(|c| c == Class::Role)
}

/// `the largest health service industrial union`: in English a body noun before another
/// one (with at most two adjectives between) is that one's modifier.
fn body_noun_follows(cls: &dyn Fn(usize) -> Class, k: usize, end: usize) -> bool {
    (k + 1..end.min(k + 4))
        .map(cls)
        .take_while(|c| matches!(c, Class::Modifier | Class::Org))
        .any(|c| c == Class::Org)
}

/// `Elias A. Zerhouni`: a one-letter initial inside a name, even one that is also a word
/// (`A`, `I`), before its dot and the rest of the name.
fn initial_letter(
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    k: usize,
    run_start: usize,
    end: usize,
) -> bool {
    let t = &tokens[k];
    let letter = t.is_cap() && t.range.len() == 1;
    let dot = tokens
        .get(k + 1)
        .is_some_and(|d| d.is_punct(".") && d.range.start == t.range.end && k + 2 < end);
    k > run_start && letter && dot && cls(k + 2) == Class::Name && tokens[k + 2].is_cap()
}

/// `H.R.` has two letters; `Gen.` is no initial.
const MAX_INITIAL_LETTERS: usize = 2;

/// The `.` closing an initial inside a name (`John D. Bates`, `H.R. McMaster`): glued to
/// a short capitalised word, with more of the name after it.
fn initial_dot(
    tokens: &[Token],
    cls: &dyn Fn(usize) -> Class,
    k: usize,
    run_start: usize,
    end: usize,
) -> bool {
    if k < run_start + 1 || k + 1 >= end || !tokens[k].is_punct(".") {
        return false;
    }
    let prev = &tokens[k - 1];
    let glued = prev.range.end == tokens[k].range.start;
    let short = prev.is_cap()
        && prev.lower().is_some_and(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() <= MAX_INITIAL_LETTERS
        });
    glued && short && cls(k + 1) == Class::Name && tokens[k + 1].is_cap()
}

/// The `.` of `U.S.` right after an abbreviation.
fn abbreviation_dot(tokens: &[Token], k: usize) -> bool {
    tokens[k].is_punct(".")
        && k > 0
        && tokens[k - 1].range.end == tokens[k].range.start
        && tokens[k - 1].has(b::ABBREVIATION)
}

/// German genitive before a role: `A Lesen Chinas Außenministerium` starts at `Chinas`.
fn genitive_start(tokens: &[Token], from: usize, head: usize) -> usize {
    (from..head)
        .rev()
        .find(|&g| tokens[g].is_cap() && tokens[g].lower().is_some_and(|w| w.ends_with('s')))
        .unwrap_or(from)
}

fn stems_of(tokens: &[Token], lex: &Lexicon) -> Vec<String> {
    tokens
        .iter()
        .filter_map(Token::lower)
        .map(|w| stem(w, &lex.stem_endings))
        .collect()
}

fn has_cap_modifier(tokens: &[Token], from: usize, to: usize) -> bool {
    (from..to).any(|k| tokens[k].is_cap())
}

fn next_is_cap(tokens: &[Token], k: usize, end: usize) -> bool {
    k + 1 < end && tokens[k + 1].is_cap()
}

fn span_text(text: &str, tokens: &[Token], r: Range<usize>) -> String {
    let (Some(a), Some(b)) = (
        tokens.get(r.start),
        r.end.checked_sub(1).and_then(|e| tokens.get(e)),
    ) else {
        return String::new();
    };
    text.get(a.range.start..b.range.end)
        .unwrap_or("")
        .to_string()
}

/// Splits a run of capitalised words that holds two names (`Wang Nikolai Patruschew`
/// after `Wang Yi` is known): returns the length of the first name.
fn split_run(words: &[&str], reg: &Registry) -> usize {
    if reg.find(words).is_some() {
        return words.len();
    }
    for cut in 1..words.len() {
        let (left, right) = words.split_at(cut);
        // `W. Lee Miller` after `Phillip W. Boggs`: a name never ends on an initial.
        if left.last().is_some_and(|w| is_initial(w)) {
            continue;
        }
        if let Some(e) = reg
            .find(left)
            .filter(|_| right.len() >= 2 || reg.find(right).is_some())
        {
            if given_name_and_family_name(left, right, reg) || continues_name(reg, e, words, cut) {
                continue;
            }
            return cut;
        }
    }
    words.len()
}

/// `in Havana Lula said`, after `Luiz Inácio Lula da Silva`: after a preposition of
/// place (lexicon `place_prepositions`), a run ending in a known person's name is a place
/// run into that name; the cut before it (the run's length when there is none).
/// (`according to Naledi Pandor` after `Grace Pandor` is no place: `to` is none.)
fn known_person_tail(words: &[&str], reg: &Registry, after_place_word: bool) -> usize {
    if !after_place_word || reg.find(words).is_some() {
        return words.len();
    }
    (1..words.len())
        .find(|&cut| {
            reg.find(&words[cut..])
                .is_some_and(|e| !reg.entities[e].org && reg.entities[e].person_like())
                && reg.find(&words[..cut]).is_none()
        })
        .unwrap_or(words.len())
}

/// `W.`, `H.R.`: an initial with its dot, which stands for a word still to come.
fn is_initial(word: &str) -> bool {
    let letters = || word.chars().filter(|c| c.is_alphabetic());
    word.ends_with('.')
        && letters().all(char::is_uppercase)
        && (1..=MAX_INITIAL_LETTERS).contains(&letters().count())
}

/// `Abdourahim Said Bacar` after `Abdourahim Said Bakar`: the run goes on with the next
/// word of the known name at the cut, so it is that name (spelled another way), not two.
/// So is a run as long as the known name that the cut leaves one word short of it.
fn continues_name(reg: &Registry, e: usize, words: &[&str], cut: usize) -> bool {
    let known: Vec<&str> = reg.entities[e].name.split_whitespace().collect();
    let next_matches = known
        .get(cut)
        .is_some_and(|k| words.get(cut).is_some_and(|w| w.eq_ignore_ascii_case(k)));
    let same_length = known.len() == words.len()
        && known.len() > cut
        && known[..cut]
            .iter()
            .zip(words)
            .all(|(k, w)| k.eq_ignore_ascii_case(w));
    next_matches || same_length
}

/// `Norrie Aitchison` after `her husband Norrie` and `Claire Aitchison`: a person so far
/// known by one word only, followed by the family name of another person, is a relative
/// named in full, not two people side by side.
fn given_name_and_family_name(left: &[&str], right: &[&str], reg: &Registry) -> bool {
    let ([first], [family]) = (left, right) else {
        return false;
    };
    let lone_person = reg.find(&[first]).is_some_and(|e| {
        let ent = &reg.entities[e];
        !ent.org && ent.name.split_whitespace().count() == 1
    });
    let family_name = reg.find(&[family]).is_some_and(|e| {
        let ent = &reg.entities[e];
        !ent.org
            && ent.name.split_whitespace().count() > 1
            && ent.name.split_whitespace().last() == Some(*family)
    });
    lone_person && family_name
}

fn mention(
    toks: Range<usize>,
    kind: MentionKind,
    tokens: &[Token],
    after_det: usize,
    object: bool,
) -> Mention {
    let start = tokens
        .get(after_det.min(toks.end.saturating_sub(1)))
        .map_or(0, |t| t.range.start);
    let end = toks
        .end
        .checked_sub(1)
        .and_then(|e| tokens.get(e))
        .map_or(start, |t| t.range.end);
    Mention {
        toks,
        kind,
        entity: None,
        after_prep: false,
        agent: false,
        object,
        text: start..end.max(start),
    }
}

/// A bracket opens in the last few tokens before a mention and is not closed: a label
/// is short, so an older one is not looked for.
fn inside_brackets(before: &[Token]) -> bool {
    const LABEL: usize = 12;
    before
        .iter()
        .rev()
        .take(LABEL)
        .find(|t| t.is_punct("(") || t.is_punct(")"))
        .is_some_and(|t| t.is_punct("("))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::{tokenize, Vocab};
    use crate::extract::Rules;

    fn mentions(t: &str, lang: &str) -> (Vec<(String, MentionKind)>, Registry) {
        let lex = Lexicon::new(&Rules::builtin(lang).unwrap());
        let toks = tokenize(t, 0..t.len(), &[], &mut Vocab::new(&lex));
        let mut reg = Registry::default();
        let ms = segment(t, &toks, 0..toks.len(), &lex, &mut reg);
        let v = ms
            .into_iter()
            .map(|m| (t[m.text].to_string(), m.kind))
            .collect();
        (v, reg)
    }

    #[test]
    fn a_capitalised_function_word_after_a_datelines_dash_opens_no_name() {
        let t = "Washington, D.C., July 7, 2005 - As Tibetans celebrated, Tenzin Taklha spoke.";
        let (ms, _) = mentions(t, "en");
        let texts: Vec<&str> = ms.iter().map(|(t, _)| t.as_str()).collect();
        assert!(
            texts.contains(&"Tibetans") && !texts.contains(&"As Tibetans"),
            "{texts:?}"
        );
    }

    #[test]
    fn a_pronominal_adverb_opening_a_sentence_is_no_name() {
        let (ms, _) = mentions("Darin heißt es, Anna Roth habe recht.", "de");
        let texts: Vec<&str> = ms.iter().map(|(t, _)| t.as_str()).collect();
        assert!(!texts.contains(&"Darin"), "{texts:?}");
    }

    #[test]
    fn a_counting_noun_opens_no_name() {
        let (ms, _) = mentions("Am Sonntag kamen Millionen Gläubige auf den Platz.", "de");
        assert!(ms.iter().all(|(t, _)| !t.contains("Millionen")), "{ms:?}");
    }

    #[test]
    fn a_genitive_role_stems_like_its_nominative() {
        let lex = Lexicon::new(&Rules::builtin("de").unwrap());
        for (a, b) in [
            ("kanzlers", "kanzler"),
            ("bundeskanzlers", "bundeskanzler"),
            ("ministers", "minister"),
        ] {
            assert_eq!(stem(a, &lex.stem_endings), stem(b, &lex.stem_endings));
        }
        assert_eq!(stem("experten", &lex.stem_endings), "expert");
    }

    #[test]
    fn every_pronoun_and_determiner_passes_the_one_lookup_filter_and_plain_words_do_not() {
        for lang in ["de", "en"] {
            let lex = Lexicon::new(&crate::extract::Rules::builtin(lang).unwrap());
            let words = lex
                .pronouns
                .keys()
                .chain(&lex.determiners)
                .chain(&lex.object_dets);
            for w in words {
                assert!(lex.may_open_mention(w), "{lang}: {w}");
            }
            assert!(!lex.may_open_mention("tisch") && !lex.may_open_mention("table"));
        }
    }

    /// Every text of tests/data (gold articles, the novel, HTML pages), in both
    /// languages' rules: the mentions found with [`cannot_start_mention`] passing
    /// over words are those the parser finds looking at every word.
    #[test]
    fn shortcut_finds_the_mentions_the_full_parser_finds() {
        use crate::document::Document;
        use crate::extract::{sentences, spans};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut texts: Vec<String> = Vec::new();
        let mut files: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .chain(std::fs::read_dir(root.join("html")).unwrap())
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files {
            let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
            let Ok(body) = std::fs::read_to_string(&f) else {
                continue;
            };
            match ext {
                "jsonl" => texts.extend(body.lines().filter_map(|l| {
                    let v: serde_json::Value = serde_json::from_str(l).ok()?;
                    Some(v.get("text")?.as_str()?.to_string())
                })),
                "txt" | "html" => texts.push(body),
                _ => {}
            }
        }
        assert!(texts.len() > 100, "{} texts", texts.len());
        let mut checked = 0;
        for lang in ["de", "en"] {
            let rules = crate::extract::Rules::builtin(lang).unwrap();
            let lex = Lexicon::new(&rules);
            for text in &texts {
                let doc = Document::from_text("t", text.clone());
                let raws = spans::find_quotes(&doc.text, &doc.paragraphs, &rules.quote_pairs);
                let mut vocab = Vocab::new(&lex);
                let (mut fast, mut full) = (Registry::default(), Registry::default());
                for (pi, para) in doc.paragraphs.iter().enumerate() {
                    let quotes: Vec<(usize, Range<usize>)> = (raws.iter().enumerate())
                        .filter(|(_, q)| q.para == pi)
                        .map(|(i, q)| (i, q.span.clone()))
                        .collect();
                    let toks = tokenize(&doc.text, para.clone(), &quotes, &mut vocab);
                    for sent in sentences::split(&doc.text, &toks, &lex) {
                        let a = segment_with(&doc.text, &toks, sent.clone(), &lex, &mut fast, true);
                        let b =
                            segment_with(&doc.text, &toks, sent.clone(), &lex, &mut full, false);
                        assert_eq!(format!("{a:?}"), format!("{b:?}"), "{lang}: {sent:?}");
                        checked += a.len();
                    }
                }
                // (The registry's look-up memo differs: the parser's look-ups fill it.)
                let (a, b) = (&fast.entities, &full.entities);
                assert_eq!(format!("{a:?}"), format!("{b:?}"), "{lang}");
            }
        }
        assert!(checked > 1000);
    }

    #[test]
    fn front_of_a_compound_cut_off_by_a_hyphen_is_no_name() {
        let (ms, _) = mentions("Die Innen-, Justiz- und Wirtschaftsminister tagten.", "de");
        assert!(ms.iter().all(|(t, _)| !t.contains("Justiz")), "{ms:?}");
        assert!(ms.iter().all(|(t, _)| !t.contains("Innen")), "{ms:?}");
    }

    #[test]
    fn role_is_stripped_from_name() {
        let (_, reg) = mentions("Regierungssprecher Steffen Hebestreit sagte das.", "de");
        assert_eq!(reg.entities[0].name, "Steffen Hebestreit");
        assert_eq!(reg.entities[0].role.as_deref(), Some("Regierungssprecher"));
        let (_, reg) = mentions("White House spokeswoman Karine Jean said so.", "en");
        let e = reg
            .entities
            .iter()
            .find(|e| e.name.contains("Karine"))
            .unwrap();
        assert_eq!(e.name, "Karine Jean");
        assert_eq!(e.role.as_deref(), Some("White House spokeswoman"));
    }

    #[test]
    fn a_genitive_preposition_opening_a_sentence_is_no_name() {
        let (ms, _) = mentions("Anlässlich des Jahrestags war der Kanzler in Paris.", "de");
        assert!(!ms.iter().any(|(t, _)| t.contains("Anlässlich")));
    }

    #[test]
    fn a_known_name_in_the_genitive_before_a_noun_ends_there() {
        let (ms, _) = mentions(
            "Helmut Schreiner ist tot. Fischer gab seiner Bestürzung über den Tod Präsident Schreiners Ausdruck.",
            "de",
        );
        assert!(ms.iter().any(|(t, _)| t == "Schreiners"));
    }

    #[test]
    fn a_middle_initial_that_is_also_a_word_stays_in_the_name() {
        let (ms, _) = mentions("NIH Director Elias A. Zerhouni said it.", "en");
        assert!(ms.iter().any(|(t, _)| t == "Elias A. Zerhouni"));
    }

    #[test]
    fn a_capitalised_noun_after_a_person_named_in_full_before_is_no_part_of_the_name() {
        let (ms, _) = mentions(
            "Mit Ministerin Claudia Roth sprachen sie. Dann stellte Ministerin Claudia Roth Vorhaben vor.",
            "de",
        );
        let names: Vec<&str> = ms.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names.iter().filter(|&&t| t == "Claudia Roth").count(), 2);
        assert!(!names.contains(&"Claudia Roth Vorhaben"));
    }

    #[test]
    fn an_unknown_word_after_a_definite_role_whose_holder_was_named_is_no_name() {
        let (ms, reg) = mentions(
            "Justizministerin Claudia Roth sprach. Weiters plant die Ministerin Reformen.",
            "de",
        );
        assert!(ms.iter().any(|(t, k)| t == "Ministerin"
            && matches!(k, MentionKind::Description { definite: true, .. })));
        let reformen = reg.entities.iter().find(|e| e.name == "Reformen");
        assert!(reformen.is_some_and(|e| e.role.is_none()));
    }

    #[test]
    fn a_present_participle_opening_a_sentence_before_a_noun_opens_no_name() {
        let (ms, _) = mentions("Steigende Fixkosten haben zu Kürzungen geführt.", "de");
        assert!(ms.iter().all(|(t, _)| !t.contains("Fixkosten")));
    }

    #[test]
    fn a_title_and_role_set_off_by_commas_address_someone_and_are_no_subject() {
        let lex = Lexicon::new(&Rules::builtin("de").unwrap());
        let t = "Einige von Ihnen und Sie, Herr Präsident, können sich erinnern.";
        let toks = tokenize(t, 0..t.len(), &[], &mut Vocab::new(&lex));
        let ms = segment(t, &toks, 0..toks.len(), &lex, &mut Registry::default());
        let address = ms.iter().find(|m| &t[m.text.clone()] == "Herr Präsident");
        assert!(address.is_some_and(|m| !m.subject_capable()));
    }

    #[test]
    fn a_genitive_in_s_of_a_word_the_text_writes_without_it_owns_the_noun_after_it() {
        let t = "Russlands Aggression gegen die Ukraine sei ein Angriff. Russland wurde ausgeschlossen. Thomas Müller kam.";
        let (ms, _) = mentions(t, "de");
        let names: Vec<&str> = ms.iter().map(|(t, _)| t.as_str()).collect();
        assert!(!names.contains(&"Russlands Aggression"), "{names:?}");
        assert!(names.contains(&"Thomas Müller"), "{names:?}");
    }

    #[test]
    fn a_run_after_an_ordinal_is_a_unit_not_a_person() {
        let (_, reg) = mentions("Spc. Anna Lee, 82nd Airborne Division, said it.", "en");
        let unit = reg.entities.iter().find(|e| e.name == "Airborne Division");
        assert!(unit.is_some_and(|e| e.org));
        let person = reg.entities.iter().find(|e| e.name == "Anna Lee");
        assert!(person.is_some_and(|e| !e.org));
    }

    #[test]
    fn a_body_linked_by_for_and_of_is_one_name() {
        let (ms, _) = mentions(
            "Yesterday the People's Movement for the Liberation of Angola declared victory.",
            "en",
        );
        assert!(ms
            .iter()
            .any(|(t, _)| t == "People's Movement for the Liberation of Angola"));
    }

    #[test]
    fn an_embassy_named_with_in_and_a_place_is_one_name_but_a_plain_in_phrase_is_not() {
        let (ms, _) = mentions("The U.S. Embassy in Kabul said it was closed.", "en");
        assert!(ms.iter().any(|(t, _)| t == "U.S. Embassy in Kabul"));
        let (ms, _) = mentions("Smith Group in Kabul said it was closed.", "en");
        assert!(!ms.iter().any(|(t, _)| t.contains(" in ")));
    }

    #[test]
    fn a_known_body_after_a_persons_description_is_the_next_item_of_a_list() {
        let t = "Representatives from the Health Ministry, World Health Organization and Pasteur Institute met.";
        let (_, reg) = mentions(t, "en");
        let who = reg
            .entities
            .iter()
            .find(|e| e.name == "World Health Organization")
            .expect("the body is registered");
        assert!(
            !who.role_heads.iter().any(|h| h == "representative"),
            "{:?}",
            who.role_heads
        );
    }

    #[test]
    fn apposition_gives_the_name_a_role() {
        let (_, reg) = mentions(
            "Das sagte die französische Außenministerin Catherine Colonna.",
            "de",
        );
        let e = &reg.entities[0];
        assert_eq!(e.role.as_deref(), Some("französische Außenministerin"));
        let (_, reg) = mentions("Er traf den russischen Präsidenten Wladimir Putin.", "de");
        let e = &reg.entities[0];
        assert_eq!(e.name, "Wladimir Putin");
        assert_eq!(e.role.as_deref(), Some("russische Präsident"));
    }

    #[test]
    fn inflected_role_is_shown_in_the_nominative() {
        let (_, reg) = mentions("Sie sprach mit dem früheren Kollegen Paul Ebert.", "de");
        assert_eq!(reg.entities[0].role.as_deref(), Some("frühere Kollege"));
        let (_, reg) = mentions("Das sagte der Experte Paul Ebert.", "de");
        assert_eq!(reg.entities[0].role.as_deref(), Some("Experte"));
        let (_, reg) = mentions("Laut Experten Paul Ebert ist das falsch.", "de");
        assert_eq!(reg.entities[0].role.as_deref(), Some("Experte"));
        let (_, reg) = mentions(
            "Das ist ein Plan des deutschen Außenministers Paul Ebert.",
            "de",
        );
        assert_eq!(
            reg.entities[0].role.as_deref(),
            Some("deutsche Außenminister")
        );
        let (_, reg) = mentions("Das sagte die Präsidentin Anna Lohse.", "de");
        assert_eq!(reg.entities[0].role.as_deref(), Some("Präsidentin"));
        let (_, reg) = mentions("He met the foreign ministers Ann Lee.", "en");
        assert_eq!(reg.entities[0].role.as_deref(), Some("foreign ministers"));
    }

    #[test]
    fn conjunction_or_degree_word_opening_a_sentence_is_no_name() {
        for t in [
            "Nachdem er auf Separatisten traf, wurde Morozow festgenommen.",
            "Ganz Griechenland war schockiert.",
        ] {
            let (m, _) = mentions(t, "de");
            let names: Vec<&str> = m
                .iter()
                .filter(|(_, k)| *k == MentionKind::Name)
                .map(|(w, _)| w.as_str())
                .collect();
            assert!(
                names
                    .iter()
                    .all(|w| !w.starts_with("Nachdem") && !w.starts_with("Ganz")),
                "{names:?}"
            );
        }
    }

    #[test]
    fn article_and_lone_noun_is_not_a_name() {
        let (m, _) = mentions("Die Regierung und der Bericht und das Treffen.", "de");
        assert!(m.iter().all(|(_, k)| *k != MentionKind::Name), "{m:?}");
    }

    #[test]
    fn organisation_with_article_is_a_name() {
        let (_, reg) = mentions("Das berichtete die Financial Times am Montag.", "de");
        assert_eq!(reg.entities[0].name, "Financial Times");
        assert!(reg.entities[0].org);
    }

    #[test]
    fn genitive_noun_phrase_names_an_organisation() {
        let (_, reg) = mentions("Frankreichs Finanzministerium sagte das.", "de");
        assert_eq!(reg.entities[0].name, "Frankreichs Finanzministerium");
        assert!(reg.entities[0].org);
    }

    #[test]
    fn description_without_name_is_a_description() {
        let (m, _) = mentions("Der britische Premierminister sagte das.", "de");
        assert!(matches!(
            m[0].1,
            MentionKind::Description { definite: true, .. }
        ));
        let (m, _) = mentions("the foreign minister said", "en");
        assert!(matches!(m[0].1, MentionKind::Description { .. }));
    }
}
