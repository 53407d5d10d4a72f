//! Finding a query in the article: every match as a byte span, in one pass.
//!
//! Smart case, as in less `-i` or vim `smartcase`: a query with an uppercase
//! letter matches exactly, any other ignores case. Case is ignored char by
//! char (each char's lowercase when it is a single char), so a match covers
//! exactly the chars of the text it was compared with and its byte span is
//! right even where lowercasing changes byte lengths (`ẞ` is three bytes,
//! `ß` two; the Kelvin sign three, `k` one). No lowercased copy of the text
//! is made, so a 10 MB article costs no extra 10 MB per query.

use aho_corasick::AhoCorasick;
use std::ops::Range;

/// A search and where the reader is among its matches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// Byte spans of the matches, in text order, never overlapping.
    pub matches: Vec<Range<usize>>,
    /// Index into `matches` of the current one.
    pub current: Option<usize>,
}

impl Search {
    /// Every match of `query` in `text`.
    pub fn run(text: &str, query: &str) -> Self {
        Search {
            query: query.to_string(),
            matches: find_all(text, query),
            current: None,
        }
    }

    /// Matches overlapping `range` (a screen line): two binary searches.
    pub fn matches_in(&self, range: &Range<usize>) -> &[Range<usize>] {
        let lo = self.matches.partition_point(|m| m.end <= range.start);
        let hi = self
            .matches
            .partition_point(|m| m.start < range.end)
            .max(lo);
        &self.matches[lo..hi]
    }

    /// Index of the first match starting at or after byte `pos`, if any.
    pub fn first_from(&self, pos: usize) -> Option<usize> {
        let i = self.matches.partition_point(|m| m.start < pos);
        (i < self.matches.len()).then_some(i)
    }
}

/// True when `query` asks for an exact-case search.
pub fn is_case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

/// Byte spans of the non-overlapping matches of `query` in `text`, in order,
/// smart case. An empty query matches nothing.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    if is_case_sensitive(query) {
        return memchr::memmem::find_iter(text.as_bytes(), query)
            .map(|s| s..s + query.len())
            .collect();
    }
    let needle: Vec<char> = query.chars().map(fold).collect();
    // Candidates: wherever a char folding to the needle's first one starts;
    // aho-corasick finds them with a vectorised prefilter.
    let firsts = variants(needle[0]);
    let patterns: Vec<String> = firsts.iter().map(char::to_string).collect();
    let Ok(finder) = AhoCorasick::new(&patterns) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(m) = finder.find(&text[from..]) {
        let start = from + m.start();
        match match_at(text, start, &needle) {
            Some(end) => {
                out.push(start..end);
                from = end;
            }
            None => from += m.end(),
        }
        if from >= text.len() {
            break;
        }
    }
    out
}

/// End of a match of `needle` (folded chars) starting at byte `start`.
fn match_at(text: &str, start: usize, needle: &[char]) -> Option<usize> {
    let mut chars = text[start..].char_indices();
    for &want in needle {
        let (_, c) = chars.next()?;
        if fold(c) != want {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| start + i))
}

/// `c` with case ignored: its lowercase when that is one char (`Ü` → `ü`,
/// `ẞ` → `ß`), else `c` itself (`İ` lowercases to two chars and is kept).
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Chars that fold to `folded`: itself, its uppercase and titlecase forms when
/// single chars, and the few that only reach it by lowercasing (the Kelvin
/// sign for `k`, the Ångström sign for `å`, `ẞ` for `ß`, Greek `ς`/`σ`).
fn variants(folded: char) -> Vec<char> {
    let mut v = vec![folded];
    let mut upper = folded.to_uppercase();
    if let (Some(u), None) = (upper.next(), upper.next()) {
        v.push(u);
    }
    let extra: &[char] = match folded {
        'k' => &['\u{212A}'],
        'å' => &['\u{212B}'],
        'ß' => &['\u{1E9E}'],
        'ω' => &['\u{2126}'],
        _ => &[],
    };
    v.extend(extra.iter().copied().filter(|&c| fold(c) == folded));
    v.retain(|&c| fold(c) == folded);
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'t>(text: &'t str, query: &str) -> Vec<&'t str> {
        find_all(text, query)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn lowercase_query_ignores_case() {
        assert_eq!(
            found("Wang sagte, WANG und wang.", "wang"),
            ["Wang", "WANG", "wang"]
        );
    }

    #[test]
    fn a_capital_in_the_query_makes_it_exact() {
        assert_eq!(found("Wang sagte, WANG und wang.", "Wang"), ["Wang"]);
        assert!(is_case_sensitive("Über"));
        assert!(!is_case_sensitive("über 42"));
    }

    #[test]
    fn umlauts_fold_and_spans_stay_on_char_boundaries() {
        let text = "ÜBER über Über ÖL öl";
        assert_eq!(found(text, "über"), ["ÜBER", "über", "Über"]);
        assert_eq!(found(text, "öl"), ["ÖL", "öl"]);
    }

    #[test]
    fn byte_spans_are_right_where_lowercasing_changes_byte_lengths() {
        // ẞ (3 bytes) lowercases to ß (2 bytes); the Kelvin sign (3) to k (1).
        let text = "GROẞE große \u{212A}ilo kilo";
        assert_eq!(found(text, "große"), ["GROẞE", "große"]);
        assert_eq!(found(text, "kilo"), ["\u{212A}ilo", "kilo"]);
        // İ lowercases to two chars: it is only found as itself.
        assert_eq!(found("İstanbul istanbul", "istanbul"), ["istanbul"]);
    }

    #[test]
    fn matches_do_not_overlap_and_an_empty_query_finds_nothing() {
        assert_eq!(find_all("aaaa", "aa"), [0..2, 2..4]);
        assert!(find_all("abc", "").is_empty());
        assert!(find_all("", "a").is_empty());
        assert_eq!(found("ab", "abc"), Vec::<&str>::new());
    }

    #[test]
    fn a_partial_candidate_does_not_hide_a_match_right_after_it() {
        assert_eq!(found("wawang", "wang"), ["wang"]);
        assert_eq!(found("üüx", "üx"), ["üx"]);
    }

    #[test]
    fn matches_in_a_line_and_first_from_a_position() {
        let s = Search::run("ab ab ab ab", "ab");
        assert_eq!(s.matches.len(), 4);
        assert_eq!(s.matches_in(&(4..7)), [3..5, 6..8]);
        assert!(s.matches_in(&(2..3)).is_empty());
        assert_eq!(s.first_from(4), Some(2));
        assert_eq!(s.first_from(10), None);
    }
}
