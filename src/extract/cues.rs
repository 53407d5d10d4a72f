//! Cues: the words that tie a quote to a speaker.
//!
//! Only words outside quotes are looked at (a quote is one token), so a
//! speech verb inside a quotation never counts.

use super::lang::{bits as b, Lexicon};
use super::tokens::Token;
use foldhash::HashSet;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// `sagte`, `said`: the subject speaks.
    Speech,
    /// `zitierte`, `quoted`: in the active voice the object speaks, in the passive the subject.
    Quoting { passive: bool },
    /// `laut X`, `according to X`: the phrase after the cue speaks.
    Source,
    /// `Müller zufolge`: the phrase before the cue speaks.
    SourceBefore,
    /// `hieß es aus dem Ministerium`: the body named after the phrase speaks.
    Impersonal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Token indices of the cue word or phrase.
    pub toks: Range<usize>,
    pub kind: CueKind,
}

impl Cue {
    pub fn is_verb(&self) -> bool {
        !matches!(
            self.kind,
            CueKind::Source | CueKind::SourceBefore | CueKind::Impersonal
        )
    }
}

/// The cues of sentence `sent` (token indices), in order.
pub fn find(tokens: &[Token], sent: Range<usize>, lex: &Lexicon) -> Vec<Cue> {
    let mut out = Vec::new();
    // Words of the sentence, for the particle check of separable verbs in one pass;
    // built only once a separable verb is seen, as most sentences have none.
    let mut words: Option<HashSet<&str>> = None;
    // Words standing right before a quote (`als „…“`), for particles that lead the quote;
    // built once per sentence, and only once such a verb is seen.
    let mut before_quotes: Option<HashSet<&str>> = None;
    let mut seen_aux = false;
    for i in sent.clone() {
        // Most words start no cue: one bit tells.
        let t = &tokens[i];
        if !t.has(b::CUE_START) {
            continue;
        }
        let Some(w) = t.lower() else {
            continue;
        };
        // `He would write to officials to say …`: an infinitive is no finite cue.
        let infinitive = i > sent.start && tokens[i - 1].has(b::INFINITIVE);
        if infinitive && t.has(b::SPEECH | b::QUOTING) {
            continue;
        }
        // `In einem Schreiben an …`: a capitalised word inside a German sentence is a noun.
        let inside_cap = lex.capitalised_nouns && i > sent.start && t.is_cap();
        if inside_cap && t.has(b::SPEECH | b::QUOTING | b::SEPARABLE) {
            continue;
        }
        // `United States President`, `United States diplomatic cables`: in English a
        // capitalised speech word after a capitalised word is part of a name. A headline
        // in title case keeps its verb before a pronoun or a quote (`Police Say He …`,
        // `Obama Says 'No'`).
        let in_name = !lex.capitalised_nouns
            && i > sent.start
            && i + 1 < sent.end
            && t.is_cap()
            && tokens[i - 1].is_cap()
            && tokens[i + 1].quote().is_none()
            && !tokens[i + 1].is_punct(":")
            // (`the United States, Kaushik said`: a comma closes the name.)
            && tokens[i + 1]
                .lower()
                .is_none_or(|n| !lex.pronouns.contains_key(n));
        // (`told VOA reporter Said Suleiman Ashna`: a capitalised speech word after a role
        // noun and before a capitalised word is a given name.)
        let name_after_role = !lex.capitalised_nouns
            && i > sent.start
            && t.is_cap()
            && tokens[i - 1].has(b::ROLE)
            && !tokens[i - 1].is_cap()
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.is_word() && n.is_cap() && n.quote().is_none());
        if in_name || name_after_role {
            continue;
        }
        // `the union's demands`, `his claims`: after a determiner or a possessive an
        // English speech word is a noun.
        // (`he's said`, `it's said`: a pronoun's `'s` is a verb.)
        let owner_word = |b: &str| !lex.stopwords.contains(b) && !lex.pronouns.contains_key(b);
        let possessive = |p: &str| {
            let base = p
                .strip_suffix("'s")
                .or_else(|| p.strip_suffix("’s"))
                .or_else(|| p.strip_suffix('\'').filter(|b| b.ends_with('s')));
            base.is_some_and(owner_word)
        };
        // (`the Australians' comments`: a plural's apostrophe may stand as a token of its
        // own, glued to the word before it.)
        let glued_apostrophe = |k: usize| {
            k > sent.start
                && tokens[k].is_punct("'’")
                && tokens[k - 1].range.end == tokens[k].range.start
                && tokens[k - 1]
                    .lower()
                    .is_some_and(|b| b.ends_with('s') && owner_word(b))
        };
        let owner = |k: usize| {
            tokens[k].has(b::DETERMINER)
                || tokens[k].lower().is_some_and(possessive)
                || glued_apostrophe(k)
        };
        // `Comey's repeated claims`: a participle between them changes nothing; a plural
        // speech word there is a noun (`says` is always a verb).
        let modified_noun = i > sent.start + 1
            && w.ends_with('s')
            && !w.ends_with("ys")
            && tokens[i - 1]
                .lower()
                .is_some_and(|m| m.ends_with("ed") && !tokens[i - 1].is_cap())
            && owner(i - 2);
        // (`encouraged by reports`: a plural speech word after a preposition is a noun.)
        let governed_plural = tokens[i.saturating_sub(1)].has(b::PREPOSITION)
            && w.ends_with('s')
            && !w.ends_with("ss");
        let noun = !lex.capitalised_nouns
            && i > sent.start
            && t.has(b::SPEECH)
            && !lex.is_verb_only(w)
            && (owner(i - 1) || modified_noun || governed_plural);
        if noun {
            continue;
        }
        if t.has(b::SPEECH | b::QUOTING) && attributive_participle(tokens, i, &sent, lex) {
            continue;
        }
        if t.has(b::SPEECH) && stative(tokens, i, &sent, lex) {
            continue;
        }
        if t.has(b::SPEECH) && non_speech_phrase(tokens, i, &sent, lex) {
            continue;
        }
        // `when Vizmedia dubbed the series`: a naming verb with no quote after it in
        // the sentence names nothing said.
        let quote_after = || tokens[i + 1..sent.end].iter().any(|t| t.quote().is_some());
        if t.has(b::SPEECH) && lex.is_naming_word(w) && !quote_after() {
            continue;
        }
        if t.has(b::SPEECH) && naming_participle(tokens, i, &sent, lex) && !quote_after() {
            continue;
        }
        // (`„…“, weiß die Psychologin` says it; `Ich weiß nicht, was …` does not.)
        if t.has(b::SPEECH)
            && lex.inverted_only_verbs.contains(w)
            && !right_after_quote(tokens, i, sent.start)
        {
            continue;
        }
        if t.has(b::QUOTING) {
            out.push(cue(i..i + 1, CueKind::Quoting { passive: seen_aux }));
        } else if t.has(b::SPEECH) {
            out.push(cue(i..i + 1, CueKind::Speech));
        } else if let Some(particles) = t.has(b::SEPARABLE).then(|| lex.particles(w)).flatten() {
            let words = words.get_or_insert_with(|| {
                tokens[sent.clone()]
                    .iter()
                    .filter_map(Token::lower)
                    .collect()
            });
            // (`um zu sehen, ob es Mittel gibt`: the particle follows its verb; one
            // before it belongs to something else.)
            // (`stellte … sich vor`: every word of a particle of two must follow.)
            let follows = |w: &str| {
                tokens[i + 1..sent.end]
                    .iter()
                    .filter_map(Token::lower)
                    .any(|l| l == w)
            };
            // (`Als „…“ sieht Müller das Ergebnis`: a particle that leads the quote
            // may stand before its verb; lexicon `quote_particles`.)
            let before_quotes = before_quotes.get_or_insert_with(|| {
                (sent.start + 1..sent.end)
                    .filter(|&k| tokens[k].quote().is_some())
                    .filter_map(|k| tokens[k - 1].lower())
                    .collect()
            });
            let leads_quote = |w: &str| before_quotes.contains(w);
            // (`zieht Feiertagsbilanz`: a noun completing the verb may be the head of a
            // compound, a capitalised word after the verb ending in it; not an infinitive,
            // `ließ … wissen` is no `Fachwissen`.)
            const NOUN_PARTICLE: usize = 6;
            let compound_follows = |w: &str| {
                lex.compounds
                    && w.chars().count() >= NOUN_PARTICLE
                    && !w.ends_with("en")
                    && tokens[i + 1..sent.end].iter().any(|t| {
                        t.is_cap()
                            && t.lower()
                                .is_some_and(|l| l.len() > w.len() && l.ends_with(w))
                    })
            };
            // (`stellte sich als falsch heraus`: a phrase of the lexicon's
            // `non_speech_phrases` makes another verb of it, unless the particles hold its
            // reflexive, `stellte … sich vor`.)
            let other_verb = non_speech_phrase(tokens, i, &sent, lex);
            let found = |p: &String| {
                let reflexive = p.split_whitespace().any(|w| lex.reflexives.contains(w));
                (reflexive || !other_verb)
                    && p.split_whitespace().all(|w| {
                        if lex.quote_particles.contains(w) {
                            leads_quote(w)
                        } else {
                            (words.contains(w) && follows(w)) || compound_follows(w)
                        }
                    })
            };
            if particles.iter().any(found) {
                out.push(cue(i..i + 1, CueKind::Speech));
            }
        } else if let Some(len) = phrase_at(&lex.source, tokens, i, sent.end) {
            out.push(cue(i..i + len, CueKind::Source));
        } else if t.has(b::SOURCE_AFTER_NAME) {
            out.push(cue(i..i + 1, CueKind::SourceBefore));
        } else if let Some(len) = phrase_at(&lex.impersonal, tokens, i, sent.end) {
            out.push(cue(i..i + len, CueKind::Impersonal));
        } else if t.has(b::AFTER_QUOTE)
            && (right_after_quote(tokens, i, sent.start)
                || closing_source(tokens, i, &sent, lex)
                || inserted_before_quote(tokens, i, &sent))
        {
            out.push(cue(i..i + 1, CueKind::Source));
        }
        seen_aux |= t.has(b::PASSIVE_AUX);
    }
    // `Calling it “…,” Zerhouni announced …`: an English participle opening the
    // sentence shares the main verb's subject; the main verb is the cue.
    let opening_participle = out.first().is_some_and(|c| {
        !lex.verb_second
            && c.kind == CueKind::Speech
            && c.toks.start == sent.start
            && tokens[c.toks.start]
                .lower()
                .is_some_and(|w| lex.is_participle(w))
    });
    if opening_participle && out[1..].iter().any(|c| c.kind == CueKind::Speech) {
        out.remove(0);
    }
    if out.is_empty() {
        if let Some(v) = closing_verb(tokens, &sent, lex) {
            out.push(cue(v..v + 1, CueKind::Speech));
        }
    }
    out
}

/// `Die oft zitierte Wartezeit stehe …`: a German participle declined like an adjective
/// between an article (with adverbs) and its noun describes the noun; nobody speaks.
/// A participle (`ge…t`, `…iert`) declined has the same letters as a past tense, so the
/// article before it must be inside the sentence or adverbs must stand between them:
/// `Das zitierte Merkel …` opens with a pronoun and its verb.
fn attributive_participle(tokens: &[Token], i: usize, sent: &Range<usize>, lex: &Lexicon) -> bool {
    const ADVERBS: usize = 2;
    if !lex.verb_second || i + 1 >= sent.end {
        return false;
    }
    // (`Das kommentierte Angela Merkel`: before a given name the word is a verb.)
    let next = &tokens[i + 1];
    if !(next.is_word() && next.is_cap() && next.quote().is_none()) || next.has(b::GIVEN_NAME) {
        return false;
    }
    let participle = tokens[i].lower().is_some_and(|w| {
        super::lang::ADJECTIVE_ENDINGS.iter().any(|e| {
            w.strip_suffix(e).is_some_and(|stem| {
                stem.ends_with('t') && (stem.starts_with("ge") || stem.ends_with("iert"))
            })
        })
    });
    if !participle {
        return false;
    }
    let verb = b::SPEECH | b::QUOTING | b::PASSIVE_AUX | b::PREPOSITION | b::PRONOUN;
    let mut k = i;
    let mut adverbs = 0;
    while k > sent.start {
        k -= 1;
        let t = &tokens[k];
        if t.has(b::DETERMINER) {
            return adverbs > 0 || k > sent.start;
        }
        if !t.is_word() || t.is_cap() || t.has(verb) || adverbs == ADVERBS {
            return false;
        }
        adverbs += 1;
    }
    false
}

/// `STS-88 took the first module called Unity to the station`: in English a participle
/// of naming between a common noun and a capitalised word gives the thing its name; no
/// one speaks. (`Trump called Biden`, `she called Smith`: after a name or a pronoun it is
/// a verb.)
fn naming_participle(tokens: &[Token], i: usize, sent: &Range<usize>, lex: &Lexicon) -> bool {
    if lex.capitalised_nouns
        || i == sent.start
        || i + 1 >= sent.end
        || !tokens[i].has(b::PASSIVE_AGENT_VERB)
    {
        return false;
    }
    let (noun, name) = (&tokens[i - 1], &tokens[i + 1]);
    let common_noun = noun.is_word()
        && !noun.is_cap()
        && !noun.has(b::PRONOUN | b::DETERMINER | b::SPEECH | b::PASSIVE_AUX | b::COORDINATOR)
        && noun.quote().is_none();
    common_noun && name.is_word() && name.is_cap() && name.quote().is_none()
}

/// `auch die Oppositionsparteien seien hier also gefragt`: a speech participle ending
/// its clause after a form of `sein` there tells a state, not who spoke.
fn stative(tokens: &[Token], i: usize, sent: &Range<usize>, lex: &Lexicon) -> bool {
    if lex.stative_aux.is_empty() || tokens.get(i + 1).is_some_and(Token::is_word) {
        return false;
    }
    let opens = (sent.start..i)
        .rev()
        .find(|&k| {
            let t = &tokens[k];
            t.quote().is_some() || t.is_punct(",;:") || t.has(b::COORDINATOR)
        })
        .map_or(sent.start, |k| k + 1);
    // (`„…“, ist die Ministerin überzeugt`: after a quote the state is the speaker's view.)
    let after_quote = (sent.start..opens)
        .rev()
        .find(|&k| !tokens[k].is_punct(","))
        .is_some_and(|k| tokens[k].quote().is_some());
    // (`Engagement mache die Gesellschaft reich, ist die Kanzlerin überzeugt`: the form
    // of `sein` opening the clause after a comma puts the subject after it; the clause
    // before is what the subject holds.)
    let inverted = opens > sent.start
        && tokens[opens - 1].is_punct(",")
        && tokens[opens]
            .lower()
            .is_some_and(|w| lex.stative_aux.contains(w));
    !after_quote
        && !inverted
        && tokens[opens..i]
            .iter()
            .any(|t| t.lower().is_some_and(|w| lex.stative_aux.contains(w)))
}

/// `the Iranians had agreed only to “cosmetic concessions”`: the verb at `i` and the word
/// after it (an adverb may stand between) form a phrase that says nothing aloud.
fn non_speech_phrase(tokens: &[Token], i: usize, sent: &Range<usize>, lex: &Lexicon) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|_| k < sent.end)
            .and_then(Token::lower)
    };
    let Some(w) = word(i) else {
        return false;
    };
    let adverb = |a: &str| {
        lex.pre_verb_adverbs.contains(a)
            || lex.adverb_endings.iter().any(|e| a.ends_with(e.as_str()))
    };
    // (`wünscht er sich`: an adverb or a pronoun may stand between.)
    let between =
        |k: usize| word(k).is_some_and(adverb) || (k < sent.end && tokens[k].has(b::PRONOUN));
    let next = if between(i + 1) { i + 2 } else { i + 1 };
    lex.non_speech_phrases
        .iter()
        .any(|p| p.len() == 2 && p[0] == w && word(next) == Some(p[1].as_str()))
}

/// `“…,” Republican strategist Kevin Madden offered.`: in English, a sentence that opens
/// with a quote and a comma and ends on a name and a past-tense verb attributes the
/// quote, whatever the verb.
fn closing_verb(tokens: &[Token], sent: &Range<usize>, lex: &Lexicon) -> Option<usize> {
    const MAX_SUBJECT: usize = 8;
    if lex.verb_second || lex.capitalised_nouns || sent.len() < 4 {
        return None;
    }
    tokens[sent.start].quote()?;
    // The comma may stand inside the quote (`fighter,”`) or after it.
    let from = sent.start + 1 + usize::from(tokens[sent.start + 1].is_punct(","));
    let last = (from..sent.end).rev().find(|&k| tokens[k].is_word())?;
    let tail_ok = tokens[last + 1..sent.end].iter().all(|t| t.is_punct(".!"));
    let past = tokens[last]
        .lower()
        .is_some_and(|w| w.len() > 4 && w.ends_with("ed") && !tokens[last].is_cap());
    let subject = &tokens[from..last];
    let named = !subject.is_empty()
        && subject.len() <= MAX_SUBJECT
        && subject.iter().all(|t| t.is_word() || t.is_punct("."))
        && subject
            .last()
            .is_some_and(|t| t.is_cap() || t.has(b::PRONOUN));
    (tail_ok && past && named).then_some(last)
}

/// Whether sentence `sent` holds a speech verb in the infinitive (`als „Mord“ zu
/// bezeichnen`, `to call it “murder”`), which [`find`] leaves out as a cue.
pub fn has_infinitive_speech(tokens: &[Token], sent: Range<usize>, lex: &Lexicon) -> bool {
    sent.clone().skip(1).any(|i| {
        tokens[i].lower().is_some_and(|w| lex.speech.contains(w))
            && tokens[i - 1]
                .lower()
                .is_some_and(|p| lex.infinitive.contains(p))
    })
}

fn cue(toks: Range<usize>, kind: CueKind) -> Cue {
    Cue { toks, kind }
}

/// Length in tokens of the longest of `phrases` (`according to`) starting at `i`.
fn phrase_at(phrases: &[Vec<String>], tokens: &[Token], i: usize, end: usize) -> Option<usize> {
    phrases
        .iter()
        .filter(|p| i + p.len() <= end)
        .filter(|p| {
            p.iter()
                .enumerate()
                .all(|(k, w)| tokens[i + k].lower() == Some(w.as_str()))
        })
        .map(|p| p.len())
        .max()
}

/// `„…“, so Merkel`: the word follows a quote and a comma.
/// (`„…“ – so die Vereinten Nationen`: a dash may stand for the comma, before a name or an
/// article; `„Wende“ – so nennen es Kritiker` names no source.)
fn right_after_quote(tokens: &[Token], i: usize, start: usize) -> bool {
    let after_quote = i >= start + 2 && tokens[i - 2].quote().is_some();
    let named = || {
        tokens
            .get(i + 1)
            .is_some_and(|t| t.is_cap() || t.has(b::DETERMINER))
    };
    after_quote && (tokens[i - 1].is_punct(",") || (tokens[i - 1].is_punct("–—-") && named()))
}

/// `Die Feier war, so Bürgermeister Hans Huber, „ein voller Erfolg“.`: a source set off by
/// commas right before a quote names its speaker; only capitalised words, articles and
/// abbreviation dots stand in it (`, so dass`, `, so lange` are none).
fn inserted_before_quote(tokens: &[Token], i: usize, sent: &Range<usize>) -> bool {
    const MAX_SOURCE: usize = 8;
    if i <= sent.start || !tokens[i - 1].is_punct(",") {
        return false;
    }
    let Some(close) = (i + 1..sent.end.min(i + 2 + MAX_SOURCE)).find(|&k| tokens[k].is_punct(","))
    else {
        return false;
    };
    close > i + 1
        && tokens[i + 1].is_cap()
        && tokens[i + 1..close]
            .iter()
            .all(|t| t.is_punct(".") || (t.is_word() && (t.is_cap() || t.has(b::DETERMINER))))
        && tokens
            .get(close + 1)
            .is_some_and(|t| close + 1 < sent.end && t.quote().is_some())
}

/// `„Einfach“ sei das nicht, so der Minister.`: after a comma that follows a quote
/// somewhere before it, a noun phrase ending the sentence names the source.
/// Lower-case words after it (`, so dass`, `, so lange`) are no source.
fn closing_source(tokens: &[Token], i: usize, sent: &Range<usize>, lex: &Lexicon) -> bool {
    const MAX_SOURCE: usize = 8;
    let quoted_before = tokens[sent.start..i].iter().any(|t| t.quote().is_some());
    // `so der Verein Digitalcourage, der die Beschwerde … einreichte`: a relative
    // clause after the source is no part of it.
    let end = (i + 1..sent.end)
        .find(|&k| tokens[k].is_punct(".!?;,"))
        .unwrap_or(sent.end);
    // `Alle Amtssprachen würden gleich behandelt, so Pöttering.`: reported speech closed
    // by its source names its speaker, with no quote of its own.
    let closes = (end..sent.end).all(|k| tokens[k].is_punct(".!?"));
    let reported = closes
        && tokens[sent.start..i]
            .iter()
            .any(|t| t.quote().is_none() && t.has(b::REPORTED_SPEECH));
    // `Der Entwurf wurde gemeinsam beschlossen, so der Bundeskanzler.`: a short noun
    // phrase closing the sentence names the source of an indicative report too; its
    // lower-case words are articles and inflected adjectives (`so Gott will` is none).
    const MAX_NOUN_PHRASE: usize = 4;
    let phrase = |adverbs: bool| {
        end - i <= MAX_NOUN_PHRASE + 1
            && (i + 1..end).all(|k| {
                let t = &tokens[k];
                t.is_cap()
                    || t.has(b::DETERMINER)
                    || name_particle_at(tokens, k, lex)
                    || t.lower().is_some_and(|w| {
                        (adverbs && lex.source_adverbs.contains(w)) || lex.is_inflected_adjective(w)
                    })
            })
    };
    let noun_phrase = closes && phrase(false);
    // `Es sei, so Fischer weiter, ein schwieriges Unterfangen`: set off by commas inside
    // reported speech, the source names its speaker too.
    let interposed = tokens.get(end).is_some_and(|t| t.is_punct(","))
        && tokens[sent.clone()]
            .iter()
            .any(|t| t.quote().is_none() && t.has(b::REPORTED_SPEECH))
        && phrase(true);
    // `Anlass waren vor allem Drogen, so das Justizamt in der Pressemitteilung: „…“`: a
    // noun phrase (and a phrase of place) before a colon and a quote names their source.
    let introduces = (i + 1..end)
        .find(|&k| tokens[k].is_punct(":"))
        .filter(|&c| c - i <= MAX_SOURCE && tokens.get(c + 1).is_some_and(|t| t.quote().is_some()))
        .is_some_and(|c| {
            let head_end = (i + 2..c)
                .find(|&k| tokens[k].has(b::PREPOSITION))
                .unwrap_or(c);
            head_end - i <= MAX_NOUN_PHRASE + 1
                && tokens[i + 1..head_end].iter().all(|t| {
                    t.is_cap()
                        || t.has(b::DETERMINER)
                        || t.lower().is_some_and(|w| lex.is_inflected_adjective(w))
                })
        });
    // (`„…!“ so die Integrationsbeauftragte.`: a quote the comma was forgotten after
    // does as well before a noun phrase closing the sentence.)
    // (`„…“ so Bundesminister und Regierungskoordinator Dr. Josef Ostermayer zu den
    // Aussagen …`: right after the quote, a noun phrase up to a preposition does too.)
    const MAX_GLUED_HEAD: usize = 8;
    // (`„…,“ so der Minister und weiter: „…“`: a colon ends it as well, and the phrase
    // may go on with a source adverb.)
    let glued = i > sent.start && tokens[i - 1].quote().is_some() && {
        let head_end = (i + 1..end)
            .find(|&k| tokens[k].has(b::PREPOSITION) || tokens[k].is_punct(":"))
            .unwrap_or(end);
        head_end > i + 1
            && head_end - i <= MAX_GLUED_HEAD
            && tokens[i + 1..head_end]
                .iter()
                .any(|t| t.is_word() && t.is_cap())
            && (i + 1..head_end).all(|k| {
                let t = &tokens[k];
                t.is_cap()
                    || t.is_punct(".")
                    || name_particle_at(tokens, k, lex)
                    || t.has(b::DETERMINER | b::COORDINATOR)
                    || t.lower().is_some_and(|w| {
                        lex.is_inflected_adjective(w) || lex.source_adverbs.contains(w)
                    })
            })
    };
    // (`„…“ sollen – so die Linke – „…“`: set off by dashes in a sentence with a quote, a
    // short noun phrase names the source of its quotes.)
    let dashed = i > sent.start && tokens[i - 1].is_punct("-–—") && {
        let close =
            (i + 2..sent.end.min(i + MAX_NOUN_PHRASE + 2)).find(|&k| tokens[k].is_punct("-–—"));
        close.is_some_and(|c| {
            tokens[sent.clone()].iter().any(|t| t.quote().is_some())
                && tokens[i + 1..c].iter().all(|t| {
                    t.is_cap()
                        || t.has(b::DETERMINER)
                        || t.lower().is_some_and(|w| lex.is_inflected_adjective(w))
                })
        })
    };
    if dashed {
        return true;
    }
    let comma = i > sent.start
        && (tokens[i - 1].is_punct(",")
            || tokens[i - 1].quote().is_some() && (noun_phrase || glued));
    comma
        && (quoted_before || reported || noun_phrase || interposed || introduces)
        && (end - i <= MAX_SOURCE || introduces || glued)
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is_cap() || t.has(b::DETERMINER))
}

/// `so Erwin van Lambaart`: a lower-case particle between two capitalised words of a
/// name is part of it.
fn name_particle_at(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    k > 0
        && tokens[k - 1].is_cap()
        && tokens.get(k + 1).is_some_and(Token::is_cap)
        && tokens[k]
            .lower()
            .is_some_and(|w| lex.name_particles.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::{tokenize, Vocab};
    use crate::extract::Rules;

    fn cues(t: &str, lang: &str) -> Vec<(String, CueKind)> {
        let lex = Lexicon::new(&Rules::builtin(lang).unwrap());
        let toks = tokenize(t, 0..t.len(), &[], &mut Vocab::new(&lex));
        find(&toks, 0..toks.len(), &lex)
            .into_iter()
            .map(|c| {
                (
                    t[toks[c.toks.start].range.start..toks[c.toks.end - 1].range.end].to_string(),
                    c.kind,
                )
            })
            .collect()
    }

    #[test]
    fn every_cue_word_and_phrase_start_passes_the_one_lookup_filter_and_plain_words_do_not() {
        for lang in ["de", "en"] {
            let lex = Lexicon::new(&Rules::builtin(lang).unwrap());
            let phrase_starts = lex.source.iter().chain(&lex.impersonal).map(|p| &p[0]);
            let words = lex
                .speech
                .iter()
                .chain(&lex.quoting)
                .chain(&lex.passive_aux)
                .chain(&lex.source_after_name)
                .chain(&lex.after_quote)
                .chain(lex.separable.keys())
                .chain(phrase_starts);
            for w in words {
                assert!(lex.may_start_cue(w), "{lang}: {w}");
            }
            assert!(!lex.may_start_cue("tisch") && !lex.may_start_cue("table"));
        }
    }

    #[test]
    fn separable_verb_needs_its_particle() {
        assert_eq!(cues("Die Ministerin fügte hinzu, dass", "de").len(), 1);
        assert!(cues("Das fügte sich gut.", "de").is_empty());
    }

    #[test]
    fn a_compound_ending_in_a_noun_particle_completes_its_verb() {
        assert_eq!(cues("Hörl zieht Feiertagsbilanz: „Gut!“", "de").len(), 1);
        assert!(cues("Hörl zieht Feiertagsbilanzen heran.", "de").is_empty());
        // (Only a noun: a short particle is no compound's head.)
        assert!(cues("Er stellt Rekordfest an.", "de").is_empty());
    }

    #[test]
    fn a_separable_particle_before_the_verb_is_not_its_own() {
        assert!(cues("Sie kommen zu Wort, um zu sehen, ob es Mittel gibt.", "de").is_empty());
        assert_eq!(cues("Sie gibt zu, dass es Mittel gibt.", "de").len(), 1);
    }

    #[test]
    fn passive_quoting_verb_is_marked_passive() {
        assert_eq!(
            cues("wurde der Minister von der Agentur zitiert", "de"),
            [("zitiert".to_string(), CueKind::Quoting { passive: true })]
        );
        assert_eq!(
            cues("the agency quoted him", "en"),
            [("quoted".to_string(), CueKind::Quoting { passive: false })]
        );
    }

    #[test]
    fn infinitive_speech_verb_is_no_cue() {
        assert!(cues("He wants to say more", "en").is_empty());
        assert_eq!(cues("He said he wants to say more", "en").len(), 1);
    }

    #[test]
    fn according_to_is_a_source_cue() {
        assert_eq!(cues("according to the police", "en")[0].0, "according to");
        assert_eq!(cues("Laut der Polizei", "de")[0].0, "Laut");
    }
}
