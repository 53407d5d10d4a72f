//! Tokens of a paragraph: words, punctuation, and whole quotes as single tokens.
//!
//! Treating a quote as one token keeps the words inside it out of cue and name
//! finding (a speech verb inside a quotation is not a cue) and lets sentence
//! splitting never cut a quotation in half.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokKind {
    /// A word; `lower` is its lower-case form, `cap` whether it starts upper case.
    Word {
        lower: Lower,
        cap: bool,
    },
    Punct(char),
    /// A whole quotation: index into the extraction's quote list.
    Quote(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: TokKind,
}

impl Token {
    pub fn lower(&self) -> Option<&str> {
        match &self.kind {
            TokKind::Word { lower, .. } => Some(lower.as_str()),
            _ => None,
        }
    }

    pub fn is_cap(&self) -> bool {
        matches!(self.kind, TokKind::Word { cap: true, .. })
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokKind::Word { .. })
    }

    pub fn is_punct(&self, set: &str) -> bool {
        matches!(self.kind, TokKind::Punct(c) if set.contains(c))
    }

    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            TokKind::Quote(q) => Some(q),
            _ => None,
        }
    }
}

/// True for characters that may continue a word when letters surround them.
fn joins_word(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '‐')
}

/// Tokenises `text[range]`; `quotes` are (quote index, byte span) inside the range, in order.
pub fn tokenize(text: &str, range: Range<usize>, quotes: &[(usize, Range<usize>)]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut pos = range.start;
    for (qi, span) in quotes {
        if span.start > pos {
            words(text, pos..span.start, &mut out);
        }
        out.push(Token {
            range: span.clone(),
            kind: TokKind::Quote(*qi),
        });
        pos = pos.max(span.end);
    }
    if pos < range.end {
        words(text, pos..range.end, &mut out);
    }
    out
}

fn words(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let Some(s) = text.get(range.clone()) else {
        return;
    };
    let base = range.start;
    let bytes = s.as_bytes();
    let mut word_start: Option<usize> = None;
    let mut prev_alnum = false;
    let mut i = 0;
    while i < bytes.len() {
        // The rest of a run of ASCII letters and digits, byte by byte.
        if prev_alnum && bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let (c, len) = char_at(s, i);
        if is_alphanumeric(c) {
            if word_start.is_none() {
                word_start = Some(i);
            }
            prev_alnum = true;
            i += len;
            continue;
        }
        // A hyphen, apostrophe or abbreviation dot between letters stays in the word.
        if word_start.is_some()
            && prev_alnum
            && joins_word(c)
            && i + len < bytes.len()
            && is_alphanumeric(char_at(s, i + len).0)
        {
            prev_alnum = false;
            i += len;
            continue;
        }
        // A trailing hyphen in a German compound list (`Sicherheits- und`) stays too.
        if let Some(ws) = word_start.take() {
            push_word(s, base, ws..i, out);
        }
        prev_alnum = false;
        if !c.is_whitespace() {
            out.push(Token {
                range: base + i..base + i + len,
                kind: TokKind::Punct(c),
            });
        }
        i += len;
    }
    if let Some(ws) = word_start {
        push_word(s, base, ws..s.len(), out);
    }
}

/// The character at byte `i` of `s` (a character boundary) and its length,
/// without decoding when it is ASCII, as most are.
fn char_at(s: &str, i: usize) -> (char, usize) {
    match s.as_bytes()[i] {
        b @ 0..0x80 => (char::from(b), 1),
        _ => {
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            (c, c.len_utf8())
        }
    }
}

fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

fn push_word(s: &str, base: usize, r: Range<usize>, out: &mut Vec<Token>) {
    let w = &s[r.clone()];
    let cap = w.chars().next().is_some_and(|c| c.is_uppercase()) || prefixed_name(w);
    out.push(Token {
        range: base + r.start..base + r.end,
        kind: TokKind::Word {
            lower: lower_case(w),
            cap,
        },
    });
}

/// Lower-case prefixes glued to a capitalised surname in Arabic and French
/// names (`al-Megrahi`, `el-Sisi`, `d’Estaing`). Written this way in any
/// language, so they are no lexicon entry: the word counts as capitalised and
/// can be a name word, alone (`al-Megrahi said`) or after given names.
const NAME_PREFIXES: [&str; 12] = [
    "al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-", "ud-", "d'", "d’",
];

fn prefixed_name(w: &str) -> bool {
    NAME_PREFIXES.iter().any(|p| {
        w.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// The lower-case form of a word, as [`str::to_lowercase`] makes it, kept
/// inside the token when it is short (up to 24 bytes: nearly every word): a
/// text has a word every six bytes or so, and a heap string for each was a
/// tenth of the work of extraction.
pub type Lower = compact_str::CompactString;

/// `word` lower-cased into a [`Lower`], without a heap string on the way when
/// it fits inline.
fn lower_case(word: &str) -> Lower {
    const INLINE: usize = 24;
    let mut buf = [0u8; INLINE];
    let mut len = 0;
    if word.is_ascii() {
        let mut lower = Lower::new(word);
        lower.make_ascii_lowercase();
        return lower;
    } else if word.len() <= INLINE && !word.contains('Σ') {
        // Each character lowers alone (only a final sigma depends on its
        // neighbours, and words with Σ go the general way below).
        for c in word.chars().flat_map(char::to_lowercase) {
            if len + c.len_utf8() > INLINE {
                return Lower::from(word.to_lowercase());
            }
            len += c.encode_utf8(&mut buf[len..]).len();
        }
    } else {
        return Lower::from(word.to_lowercase());
    }
    // Whole characters only went in, so the check always passes.
    match std::str::from_utf8(&buf[..len]) {
        Ok(lower) => Lower::new(lower),
        Err(_) => Lower::from(word.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str, quotes: &[(usize, Range<usize>)]) -> Vec<String> {
        tokenize(t, 0..t.len(), quotes)
            .into_iter()
            .map(|k| t[k.range].to_string())
            .collect()
    }

    #[test]
    fn hyphen_apostrophe_and_abbreviation_dots_stay_in_words() {
        assert_eq!(
            texts("Kreml-Sprecher, Merkel’s z.B. U.S.", &[]),
            ["Kreml-Sprecher", ",", "Merkel’s", "z.B", ".", "U.S", "."]
        );
    }

    fn caps(t: &str) -> Vec<bool> {
        tokenize(t, 0..t.len(), &[])
            .iter()
            .map(Token::is_cap)
            .collect()
    }

    #[test]
    fn arabic_and_french_name_prefixes_make_a_capitalised_word() {
        assert_eq!(
            caps("al-Megrahi el-Sisi d’Estaing al-qaida as-is ad-hoc"),
            [true, true, true, false, false, false]
        );
    }

    #[test]
    fn lower_case_forms_are_those_of_str_to_lowercase() {
        let words = [
            "",
            "Kreml-Sprecher",
            "ÄRGER",
            "Straße",
            "İstanbul",
            "ΟΔΟΣ",
            "Σ",
            "ΣΑ",
            "aΣ",
            "ǅemal",
            "Donaudampfschifffahrtsgesellschaft",
            "ABCDEFGHIJKLMNOPQRSTUVWX",
            "ABCDEFGHIJKLMNOPQRSTUVWXY",
            "ÄÄÄÄÄÄÄÄÄÄÄÄ",
            "AÄÄÄÄÄÄÄÄÄÄÄÄ",
            "İİİİİİİİ",
            "AİİİİİİİI",
            "Ⅻ",
            "😀X",
        ];
        for w in words {
            assert_eq!(lower_case(w), w.to_lowercase(), "{w}");
        }
    }

    /// Words by the definition, one decoded character at a time: what the
    /// byte-level scan in [`words`] must agree with.
    fn reference_words(s: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut it = s.char_indices().peekable();
        let mut word_start: Option<usize> = None;
        let mut prev_alnum = false;
        while let Some((i, c)) = it.next() {
            let next = it.peek().map(|(_, n)| *n);
            if c.is_alphanumeric() {
                word_start.get_or_insert(i);
                prev_alnum = true;
                continue;
            }
            if word_start.is_some()
                && prev_alnum
                && joins_word(c)
                && next.is_some_and(|n| n.is_alphanumeric())
            {
                prev_alnum = false;
                continue;
            }
            if let Some(ws) = word_start.take() {
                push_word(s, 0, ws..i, &mut out);
            }
            prev_alnum = false;
            if !c.is_whitespace() {
                out.push(Token {
                    range: i..i + c.len_utf8(),
                    kind: TokKind::Punct(c),
                });
            }
        }
        if let Some(ws) = word_start {
            push_word(s, 0, ws..s.len(), &mut out);
        }
        out
    }

    #[test]
    fn words_are_split_as_the_character_definition_says() {
        let texts = [
            "Kreml-Sprecher, Merkel’s z.B. U.S. Sicherheits- und Außenpolitik",
            "„Wir müssen handeln“, sagte die Bürgermeisterin\u{0B}heute\u{A0}früh.",
            "x-",
            "-x",
            "a.b.c",
            "a..b",
            "Ⅻ-Ⅳ",
            "٣٤ 12-jährige ǅemal ΟΔΟΣ",
            "a‐b a’b a'b",
            "  \t\r\n",
            "",
            "😀a😀",
            "a\u{301}b İstanbul",
            "end.",
        ];
        for t in texts {
            let mut got = Vec::new();
            words(t, 0..t.len(), &mut got);
            assert_eq!(got, reference_words(t), "{t}");
        }
    }

    #[test]
    fn a_quote_is_one_token() {
        let t = "„Ja, nein“, sagte er.";
        let end = t.find('“').unwrap() + '“'.len_utf8();
        let toks = tokenize(t, 0..t.len(), &[(0, 0..end)]);
        assert_eq!(toks[0].quote(), Some(0));
        assert_eq!(toks[1].kind, TokKind::Punct(','));
        assert_eq!(toks[2].lower(), Some("sagte"));
    }
}
