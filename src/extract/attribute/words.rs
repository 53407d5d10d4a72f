//! Tests on the words of a text that need no sentence: whether a span fills its line,
//! title case, whole-word search ([`has_word`], also used by the name finder) and the
//! lower-cased key of a short quote. They are free functions shared by the headline, title and
//! finishing rules, so they live apart from any one of them.

use super::*;

/// Nothing but blanks between the span and the line breaks around it.
/// (Only the blanks next to the span are read: linear in the text over all quotes.)
pub(super) fn fills_its_line(text: &str, span: &Range<usize>) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let starts = before
        .chars()
        .rev()
        .find(|c| !c.is_whitespace() || *c == '\n')
        .is_none_or(|c| c == '\n');
    let ends = after
        .chars()
        .find(|c| !c.is_whitespace() || *c == '\n')
        .is_none_or(|c| c == '\n');
    starts && ends
}

/// Every longer word outside quotes has a capital, and there are a few of them: a
/// headline in title case.
pub(super) fn title_case(tokens: &[Token]) -> bool {
    let (caps, all) = capitalised_long_words(tokens);
    all >= MIN_LONG_WORDS && caps == all
}

/// Four in five longer words capitalised (`Also Addresses Everglades Coalition, Miami
/// Chamber of Commerce during Florida Trip`): a line in title case that lets a word slip.
pub(super) fn mostly_title_case(tokens: &[Token]) -> bool {
    let (caps, all) = capitalised_long_words(tokens);
    all >= MIN_LONG_WORDS && caps * 5 >= all * 4
}

/// Words long enough to be capitalised only in title case: how many have a capital, of all.
pub(super) const LONG_WORD: usize = 4;

/// Fewer long words than this make no title case.
const MIN_LONG_WORDS: usize = 3;

fn capitalised_long_words(tokens: &[Token]) -> (usize, usize) {
    let long = tokens
        .iter()
        .filter(|t| t.is_word() && t.range.len() >= LONG_WORD);
    long.fold((0, 0), |(caps, all), t| {
        (caps + usize::from(t.is_cap()), all + 1)
    })
}

/// `word` occurs in `text` as a whole word, as written (`classes.` holds `classes`).
pub(crate) fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The words of a quote, lower-cased.
pub(super) fn lower_words(quote: &str) -> Vec<String> {
    quote
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A quote's words, lower-cased and joined, as a hash, and whether it is one word
/// that starts with a capital; `None` when it has no word, or is longer than a
/// headline's quote (which keeps the work per quote small).
pub(super) fn quote_key(quote: &str) -> Option<(u64, bool)> {
    const LONGEST: usize = 160;
    // FNV-1a over 64 bits: keys are compared within one document's few short quotes,
    // where a collision is far less likely than a misread quote, so a plain hash will do.
    const PRIME: u64 = 0x0100_0000_01b3;
    if quote.len() > LONGEST {
        return None;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |x: u32| {
        h = (h ^ u64::from(x)).wrapping_mul(PRIME);
    };
    let (mut words, mut in_word, mut first_cap) = (0usize, false, false);
    for c in quote.chars() {
        if !c.is_alphanumeric() {
            in_word = false;
            continue;
        }
        if !in_word {
            words += 1;
            if words == 1 {
                first_cap = c.is_uppercase();
            }
            mix(u32::from(' '));
        }
        in_word = true;
        if c.is_ascii() {
            mix(u32::from(c.to_ascii_lowercase()));
        } else {
            c.to_lowercase().for_each(|l| mix(u32::from(l)));
        }
    }
    (words > 0).then_some((h, words == 1 && first_cap))
}
