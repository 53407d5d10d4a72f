//! Tokens of a paragraph: words, punctuation, and whole quotes as single tokens.
//!
//! Treating a quote as one token keeps the words inside it out of cue and name
//! finding (a speech verb inside a quotation is not a cue) and lets sentence
//! splitting never cut a quotation in half.

use super::lang::Lexicon;
use super::names::{classify_word, Class};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokKind {
    /// A word; `lower` is its lower-case form, `bits` its [`super::lang::bits`],
    /// whether it starts upper case ([`CAP`]) and its word class (from
    /// [`CLASS_SHIFT`] on), worked out once per document by [`Vocab`]. One word
    /// keeps a token at 48 bytes: a text has a token every five bytes or so.
    Word {
        lower: Lower,
        bits: u64,
    },
    Punct(char),
    /// A whole quotation: index into the extraction's quote list.
    Quote(usize),
}

/// The bit of [`TokKind::Word`]'s `bits` telling that the word starts upper case
/// (above every [`super::lang::bits`] bit).
const CAP: u64 = 1 << 56;
/// Where [`TokKind::Word`]'s `bits` hold the word's [`Class`] (three bits).
const CLASS_SHIFT: u32 = 57;
const CLASSES: [Class; 6] = [
    Class::Role,
    Class::Org,
    Class::Document,
    Class::Name,
    Class::Modifier,
    Class::Other,
];

fn class_bits(class: Class) -> u64 {
    let i = CLASSES.iter().position(|&c| c == class).unwrap_or(5);
    (i as u64) << CLASS_SHIFT
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
        matches!(self.kind, TokKind::Word { bits, .. } if bits & CAP != 0)
    }

    /// The word has one of `bits` (see [`super::lang::bits`]); false for punctuation
    /// and quotes.
    #[inline]
    pub fn has(&self, bits: u64) -> bool {
        matches!(self.kind, TokKind::Word { bits: b, .. } if b & bits != 0)
    }

    /// The word class of a word, [`Class::Other`] for punctuation and quotes.
    #[inline]
    pub fn class(&self) -> Class {
        match self.kind {
            TokKind::Word { bits, .. } => CLASSES
                .get((bits >> CLASS_SHIFT) as usize)
                .copied()
                .unwrap_or(Class::Other),
            _ => Class::Other,
        }
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
    matches!(c, '-' | '\'' | '’' | '.' | '‐' | '_')
}

/// What a document's tokens need to know of one written word form, worked out
/// the first time the form is seen.
#[derive(Debug, Clone)]
struct Form {
    lower: Lower,
    /// Lexical bits, [`CAP`] and class, as [`TokKind::Word`] holds them.
    bits: u64,
}

/// The document's vocabulary: every distinct written form of a word, with its
/// lower-case form, capitalisation, [`super::lang::bits`] and word class. A long
/// text repeats a few thousand forms, so a word costs one hash look-up here and
/// then bit tests, instead of a lower-casing and a dozen set look-ups per rule.
pub struct Vocab<'l> {
    lex: &'l Lexicon,
    ids: foldhash::HashMap<Box<str>, u32>,
    forms: Vec<Form>,
}

impl<'l> Vocab<'l> {
    pub fn new(lex: &'l Lexicon) -> Self {
        Vocab {
            lex,
            ids: Default::default(),
            forms: Vec::new(),
        }
    }

    fn form(&mut self, w: &str) -> &Form {
        let id = match self.ids.get(w) {
            Some(&id) => id,
            None => {
                let lower = lower_case(w);
                // A handle names an account whatever its case.
                let cap = w
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '@')
                    || prefixed_name(w);
                // (`the WHO said`: in capitals, `who` is the World Health Organization.)
                let acronym = self.lex.acronym_words.contains(&*lower)
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase);
                let (mut lexical, class) = if acronym {
                    (0, Class::Name)
                } else {
                    (
                        self.lex.word_bits(&lower),
                        classify_word(&lower, cap, self.lex),
                    )
                };
                // (`Mag.` is a title before a name; the verb `mag` is not. `Dr. phil.`
                // names a field in lower case; `Phil` is a given name; `DI` is a title,
                // `Di Maio` a name.)
                if (!cap && self.lex.capitalised_titles.contains(&*lower))
                    || (cap && self.lex.lower_case_titles.contains(&*lower))
                    || (self.lex.upper_case_titles.contains(&*lower)
                        && w.chars().any(char::is_lowercase))
                    || (self.lex.mixed_case_titles.contains(&*lower)
                        && !w.chars().any(char::is_lowercase))
                {
                    lexical &= !(crate::extract::lang::bits::TITLE
                        | crate::extract::lang::bits::ABBREVIATION);
                }
                // (`Seine Rede`, `im Laufe`: a German capitalised word is a noun, never a
                // verb in the subjunctive of reported speech.)
                if cap && self.lex.capitalised_nouns {
                    lexical &= !crate::extract::lang::bits::REPORTED_SPEECH;
                }
                debug_assert!(
                    lexical < CAP,
                    "lexical bits overlap the capital and class bits"
                );
                let form = Form {
                    bits: lexical | if cap { CAP } else { 0 } | class_bits(class),
                    lower,
                };
                let id = u32::try_from(self.forms.len()).unwrap_or(u32::MAX);
                self.forms.push(form);
                self.ids.insert(w.into(), id);
                id
            }
        };
        &self.forms[id as usize]
    }
}

/// Tokenises `text[range]`; `quotes` are (quote index, byte span) inside the range, in order.
#[cfg(test)]
pub fn tokenize(
    text: &str,
    range: Range<usize>,
    quotes: &[(usize, Range<usize>)],
    vocab: &mut Vocab<'_>,
) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, range, quotes, vocab, &mut out);
    out
}

/// [`tokenize`] into `out` (cleared first), so a caller can reuse one buffer.
pub fn tokenize_into(
    text: &str,
    range: Range<usize>,
    quotes: &[(usize, Range<usize>)],
    vocab: &mut Vocab<'_>,
    out: &mut Vec<Token>,
) {
    out.clear();
    let mut pos = range.start;
    for (qi, span) in quotes {
        if span.start > pos {
            words(text, pos..span.start, vocab, out);
        }
        out.push(Token {
            range: span.clone(),
            kind: TokKind::Quote(*qi),
        });
        pos = pos.max(span.end);
    }
    if pos < range.end {
        words(text, pos..range.end, vocab, out);
    }
}

fn words(text: &str, range: Range<usize>, vocab: &mut Vocab<'_>, out: &mut Vec<Token>) {
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
        // `tweeted @harinatha`: a social-media handle is one word, the account's
        // name, with its `@` (an address's `@` follows a letter and splits it).
        if c == '@'
            && word_start.is_none()
            && i + len < bytes.len()
            && is_alphanumeric(char_at(s, i + len).0)
        {
            word_start = Some(i);
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
        // `CDU/CSU-Fraktion`, `SPD/FDP`: a slash between two capitals joins the parties
        // of one alliance into one word; so does an ampersand in a firm's name (`H&M-Chef`,
        // `AT&T`, `KEP&Mail-Präsident`).
        if (c == '/' || c == '&')
            && word_start.is_some()
            && i > 0
            && bytes[i - 1].is_ascii_uppercase()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
        {
            prev_alnum = false;
            i += len;
            continue;
        }
        // A trailing hyphen in a German compound list (`Sicherheits- und`) stays too.
        if let Some(ws) = word_start.take() {
            push_word(s, base, ws..i, vocab, out);
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
        push_word(s, base, ws..s.len(), vocab, out);
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

/// [`char::is_alphanumeric`], quicker for ASCII and common punctuation.
pub(super) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if GENERAL_PUNCTUATION.contains(&c) {
        // Curly quotes and apostrophes, dashes, ellipses: common in text, and
        // the Unicode tables take hundreds of steps to say no.
        false
    } else {
        c.is_alphanumeric()
    }
}

/// The General Punctuation block, which holds no letter or digit (a test checks).
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

fn push_word(s: &str, base: usize, r: Range<usize>, vocab: &mut Vocab<'_>, out: &mut Vec<Token>) {
    let form = vocab.form(&s[r.clone()]);
    out.push(Token {
        range: base + r.start..base + r.end,
        kind: TokKind::Word {
            lower: form.lower.clone(),
            bits: form.bits,
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

    fn lexicon() -> Lexicon {
        Lexicon::new(&crate::extract::Rules::builtin("en").expect("built-in rules"))
    }

    fn texts(t: &str, quotes: &[(usize, Range<usize>)]) -> Vec<String> {
        let lex = lexicon();
        tokenize(t, 0..t.len(), quotes, &mut Vocab::new(&lex))
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

    #[test]
    fn a_handle_is_one_capitalised_word_but_an_address_splits() {
        assert_eq!(
            texts("tweeted @harinatha to press@state.gov @", &[]),
            [
                "tweeted",
                "@harinatha",
                "to",
                "press",
                "@",
                "state.gov",
                "@"
            ]
        );
        assert_eq!(caps("@harinatha"), [true]);
    }

    #[test]
    fn an_underscore_between_letters_joins_a_handle() {
        assert_eq!(texts("user @ama_k wrote", &[]), ["user", "@ama_k", "wrote"]);
    }

    fn caps(t: &str) -> Vec<bool> {
        let lex = lexicon();
        tokenize(t, 0..t.len(), &[], &mut Vocab::new(&lex))
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
    fn reference_words(s: &str, vocab: &mut Vocab<'_>) -> Vec<Token> {
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
                push_word(s, 0, ws..i, vocab, &mut out);
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
            push_word(s, 0, ws..s.len(), vocab, &mut out);
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
            let lex = lexicon();
            let mut vocab = Vocab::new(&lex);
            words(t, 0..t.len(), &mut vocab, &mut got);
            assert_eq!(got, reference_words(t, &mut vocab), "{t}");
        }
    }

    #[test]
    fn general_punctuation_holds_no_letter_or_digit() {
        assert!(GENERAL_PUNCTUATION.clone().all(|c| !c.is_alphanumeric()));
    }

    #[test]
    fn a_token_stays_at_48_bytes() {
        assert!(std::mem::size_of::<Token>() <= 48);
    }

    #[test]
    fn a_word_keeps_its_capital_and_class() {
        let lex = lexicon();
        let mut vocab = Vocab::new(&lex);
        let toks = tokenize("Smith said the spokesman", 0..24, &[], &mut vocab);
        let got: Vec<(bool, Class)> = toks.iter().map(|t| (t.is_cap(), t.class())).collect();
        let want: Vec<(bool, Class)> = ["Smith", "said", "the", "spokesman"]
            .iter()
            .map(|w| {
                let cap = w.starts_with(char::is_uppercase);
                (cap, classify_word(&w.to_lowercase(), cap, &lex))
            })
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_quote_is_one_token() {
        let t = "„Ja, nein“, sagte er.";
        let end = t.find('“').unwrap() + '“'.len_utf8();
        let lex = lexicon();
        let toks = tokenize(t, 0..t.len(), &[(0, 0..end)], &mut Vocab::new(&lex));
        assert_eq!(toks[0].quote(), Some(0));
        assert_eq!(toks[1].kind, TokKind::Punct(','));
        assert_eq!(toks[2].lower(), Some("sagte"));
    }
}
