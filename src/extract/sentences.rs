//! Sentence splitting over the tokens of one paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` followed by something that starts a
//! sentence (a capitalised word, a digit, a quote). Abbreviations (`Dr.`),
//! initials (`J.`) and German ordinals (`1. Mai`) do not end one; quotes are
//! single tokens, so a quotation is never split.

use super::lang::{bits as b, Lexicon};
use super::tokens::{TokKind, Token};
use std::ops::Range;

/// Longest sentence, in tokens. Longer runs (lists, unpunctuated text) are cut so
/// that every per-sentence step works on a bounded window and the whole stays linear.
pub const MAX_TOKENS: usize = 200;

/// Token index ranges of the sentences of a paragraph.
pub fn split(text: &str, tokens: &[Token], lex: &Lexicon) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        if ends_sentence(text, tokens, i, lex) || i + 1 - start >= MAX_TOKENS {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

fn ends_sentence(text: &str, tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let starts_next = match &next.kind {
        TokKind::Word { lower, .. } => {
            next.is_cap() || lower.starts_with(|c: char| c.is_ascii_digit())
        }
        TokKind::Quote(_) => true,
        TokKind::Punct(c) => "(„“\"»«‚‘".contains(*c),
    };
    if !starts_next {
        return false;
    }
    let t = &tokens[i];
    match &t.kind {
        TokKind::Punct('!' | '?' | '…') => true,
        // `dismissed the concerns on X. “The word …,” he wrote`: an initial stands before a
        // name, never before a quotation.
        // (`an der Fakultät V. Er berichtet …`, `in the U.S. The company …`: an article
        // or a pronoun never follows an initial, an ordinal or an abbreviation inside a
        // sentence.)
        TokKind::Punct('.') => {
            !before_dot_is_abbreviation(text, tokens, i, lex)
                || ((matches!(next.kind, TokKind::Quote(_)) || next.is_punct("„“\"»«"))
                    && after_capital_letter(text, tokens, i))
                || (next.is_cap()
                    && (next.has(b::PRONOUN | b::DETERMINER)
                        || next
                            .lower()
                            .is_some_and(|w| lex.possessive_pronouns.contains_key(w))))
        }
        TokKind::Quote(_) => quote_ends_with_stop(text, &t.range) && !next.is_punct("(„“\"»«‚‘"),
        _ => false,
    }
}

/// `„Wir kommen.“ Dann …`: a quotation closing on a full stop ends its sentence.
fn quote_ends_with_stop(text: &str, span: &Range<usize>) -> bool {
    let Some(q) = text.get(span.clone()) else {
        return false;
    };
    let mut rev = q.chars().rev();
    let _closing = rev.next();
    rev.next().is_some_and(|c| ".!?…".contains(c))
}

/// The token before `i` is one capital letter (`X`, `J`).
fn after_capital_letter(text: &str, tokens: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|j| tokens.get(j))
        .and_then(|t| text.get(t.range.clone()))
        .is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase))
}

fn before_dot_is_abbreviation(text: &str, tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|j| tokens.get(j)) else {
        return false;
    };
    let Some(w) = prev.lower() else {
        return false;
    };
    if prev.range.end != tokens[i].range.start {
        return false;
    }
    // `J. Smith`, `z. B.`, `d. h.`: a single letter before a period abbreviates.
    let initial = w.chars().count() == 1 && w.chars().all(char::is_alphabetic);
    // `H.R. McMaster`, `J.K. Rowling`: dotted initials.
    let initials = w.contains('.')
        && w.split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    let ordinal = lex.ordinal_dot && w.chars().all(|c| c.is_ascii_digit());
    // `die XXVI. Legislaturperiode`: a Roman numeral in capitals is an ordinal too.
    let roman = lex.ordinal_dot
        && w.chars().all(|c| "ivxlcdm".contains(c))
        && text
            .get(prev.range.clone())
            .is_some_and(|r| r.chars().all(|c| c.is_ascii_uppercase()));
    initial || initials || ordinal || roman || lex.abbreviations.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::{tokenize, Vocab};
    use crate::extract::Rules;

    fn sentences(t: &str, lang: &str) -> Vec<String> {
        let lex = Lexicon::new(&Rules::builtin(lang).unwrap());
        let toks = tokenize(t, 0..t.len(), &[], &mut Vocab::new(&lex));
        split(t, &toks, &lex)
            .into_iter()
            .map(|r| t[toks[r.start].range.start..toks[r.end - 1].range.end].to_string())
            .collect()
    }

    #[test]
    fn a_pronoun_or_article_after_an_initial_or_ordinal_starts_a_sentence() {
        let got = sentences(
            "Er lehrt an der Fakultät V. Er berichtet gern. Ludwig J. Müller kam.",
            "de",
        );
        assert_eq!(
            got,
            [
                "Er lehrt an der Fakultät V.",
                "Er berichtet gern.",
                "Ludwig J. Müller kam."
            ]
        );
        let got = sentences("It grew in the U.S. The company said so.", "en");
        assert_eq!(got, ["It grew in the U.S.", "The company said so."]);
    }

    #[test]
    fn german_abbreviation_does_not_end_sentence() {
        assert_eq!(
            sentences("Dr. Meier kam z.B. am 3. Mai. Dann ging er.", "de"),
            ["Dr. Meier kam z.B. am 3. Mai.", "Dann ging er."]
        );
    }

    #[test]
    fn german_roman_ordinal_does_not_end_sentence() {
        assert_eq!(
            sentences(
                "Er zog ein Resümee der XXVI. Legislaturperiode. Dann ging er.",
                "de"
            ),
            [
                "Er zog ein Resümee der XXVI. Legislaturperiode.",
                "Dann ging er."
            ]
        );
    }

    #[test]
    fn spaced_german_abbreviations_do_not_end_sentence() {
        assert_eq!(
            sentences("Es gibt z. B. Kritik, d. h. Streit. Dann ging er.", "de"),
            ["Es gibt z. B. Kritik, d. h. Streit.", "Dann ging er."]
        );
    }

    #[test]
    fn a_capital_letter_before_a_full_stop_and_a_quotation_ends_the_sentence() {
        assert_eq!(
            sentences("He posted on X. \"It is wrong,\" he wrote.", "en"),
            ["He posted on X.", "\"It is wrong,\" he wrote."]
        );
    }

    #[test]
    fn english_title_and_initial_do_not_end_sentence() {
        assert_eq!(
            sentences("Mr. Smith met John F. Kennedy. He left.", "en"),
            ["Mr. Smith met John F. Kennedy.", "He left."]
        );
    }

    #[test]
    fn parenthesised_source_does_not_end_sentence() {
        assert_eq!(
            sentences("(AP) Die Regierung tagte.", "de"),
            ["(AP) Die Regierung tagte."]
        );
    }

    #[test]
    fn overlong_sentence_is_cut_into_bounded_windows() {
        let t = "wort ".repeat(1000);
        let lex = Lexicon::new(&Rules::builtin("de").unwrap());
        let toks = tokenize(&t, 0..t.len(), &[], &mut Vocab::new(&lex));
        let s = split(&t, &toks, &lex);
        assert_eq!(s.len(), 5);
        assert!(s.iter().all(|r| r.len() <= MAX_TOKENS));
    }

    #[test]
    fn lower_case_after_period_does_not_end_sentence() {
        assert_eq!(sentences("Es ging um Berlin. und mehr.", "de").len(), 1);
    }
}
