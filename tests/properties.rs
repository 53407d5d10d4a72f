//! Property tests of the extractor and the loader over arbitrary input.
//!
//! Two kinds of text: arbitrary Unicode, and text assembled from the pieces
//! the extractor reacts to (quotation marks of every language, speech verbs,
//! names, pronouns, punctuation, line breaks) so the rules actually fire.
//! Case counts are set per block ([`CASES`], [`BYTE_CASES`]) to keep the
//! suite fast in a debug build; raise them locally with PROPTEST_CASES.

use proptest::prelude::*;
use std::sync::LazyLock;
use whosaid::document::{load_reader, Document};
use whosaid::extract::{self, Extraction, Rules};
use whosaid::output::write_json;

/// Cases per text property (each runs the extractor with both rule sets).
const CASES: u32 = 512;
/// Cases per byte-level property (loading and decoding).
const BYTE_CASES: u32 = 1024;

/// `default` cases, or PROPTEST_CASES when set: an explicit case count
/// would otherwise hide that variable, and longer local runs need it.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

static GERMAN: LazyLock<Rules> = LazyLock::new(|| Rules::builtin("de").unwrap());
static ENGLISH: LazyLock<Rules> = LazyLock::new(|| Rules::builtin("en").unwrap());

/// The pieces extraction reacts to, and some it must not trip over.
const PIECES: &[&str] = &[
    "„",
    "“",
    "”",
    "‚",
    "‘",
    "’",
    "»",
    "«",
    "›",
    "‹",
    "\"",
    "'",
    "„",
    "“",
    "sagte",
    "sagt",
    "sagte er",
    "sagte sie",
    "so",
    "laut",
    "erklärte",
    "wurde",
    "von",
    "zitiert",
    "zitierte",
    "fügte hinzu",
    "said",
    "says",
    "he said",
    "she said",
    "according to",
    "told",
    "added",
    "Er",
    "Sie",
    "He",
    "She",
    "They",
    "der",
    "die",
    "the",
    "Minister",
    "Kreml-Sprecher",
    "Sprecher",
    "Präsident",
    "spokesman",
    "Anna Alt",
    "Wang Yi",
    "Wang",
    "Jane Smith",
    "Smith",
    "Patruschew",
    "Patrushev",
    "Chinas Außenministerium",
    "Wall Street Journal",
    "Reuters",
    "dass",
    "that",
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    "—",
    "–",
    "-",
    "(",
    ")",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{202e}",
    "\u{1b}[31m",
    "\u{0}",
    "’s",
    "n’t",
    "'n'",
    "5\"",
    "’90s",
    "Ä",
    "ß",
    "中文",
    "👩\u{200d}💻",
    "\u{301}",
];

/// Text built mostly from [`PIECES`], with arbitrary characters mixed in.
fn quote_heavy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-zA-ZäöüÄÖÜ]{1,8}",
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

/// Arbitrary Unicode text, line breaks included.
fn any_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..300).prop_map(|v| v.into_iter().collect())
}

/// Everything the extraction promises about its spans and its index.
fn check_extraction(doc: &Document, ex: &Extraction) -> Result<(), TestCaseError> {
    let text = doc.text.as_str();
    let mut prev_end = 0;
    for (qi, q) in ex.quotes.iter().enumerate() {
        let s = &q.span;
        prop_assert!(
            s.start < s.end && s.end <= text.len(),
            "span {s:?} outside the text"
        );
        prop_assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} splits a character"
        );
        // Only outermost quotes are reported: sorted and apart.
        prop_assert!(
            s.start >= prev_end,
            "quote {qi} {s:?} overlaps the one before"
        );
        prev_end = s.end;
        if let Some(c) = &q.cue {
            prop_assert!(c.start < c.end && c.end <= text.len(), "cue {c:?} outside");
            prop_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        }
        if let Some(sp) = q.speaker {
            prop_assert!(
                sp < ex.speakers.len(),
                "quote {qi}: speaker {sp} not in the index"
            );
            prop_assert!(
                ex.speakers[sp].quotes.contains(&qi),
                "speaker {sp} does not list quote {qi}"
            );
        }
    }
    for (si, sp) in ex.speakers.iter().enumerate() {
        prop_assert!(!sp.quotes.is_empty(), "speaker {si} has no quote");
        prop_assert!(sp.quotes.windows(2).all(|w| w[0] < w[1]), "quotes in order");
        for &qi in &sp.quotes {
            prop_assert_eq!(ex.quotes.get(qi).and_then(|q| q.speaker), Some(si));
        }
    }
    Ok(())
}

/// The JSON output parses, and each quote's code point offsets slice its text.
fn check_json(doc: &Document, ex: &Extraction) -> Result<(), TestCaseError> {
    let mut out = Vec::new();
    write_json(&mut out, doc, ex).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out)
        .map_err(|e| TestCaseError::fail(format!("JSON does not parse: {e}")))?;
    let chars: Vec<char> = doc.text.chars().collect();
    let quotes = v["quotes"].as_array().unwrap();
    prop_assert_eq!(quotes.len(), ex.quotes.len());
    for q in quotes {
        let s = q["start"].as_u64().unwrap() as usize;
        let e = q["end"].as_u64().unwrap() as usize;
        prop_assert!(s < e && e <= chars.len());
        let slice: String = chars[s..e].iter().collect();
        prop_assert_eq!(q["text"].as_str().unwrap(), slice.as_str());
    }
    Ok(())
}

fn check_text(text: String) -> Result<(), TestCaseError> {
    let doc = Document::from_text("p.txt", text);
    for rules in [&*GERMAN, &*ENGLISH] {
        let ex = extract::extract(&doc, rules);
        check_extraction(&doc, &ex)?;
        check_json(&doc, &ex)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(CASES)))]

    #[test]
    fn extraction_holds_its_promises_on_quote_heavy_text(text in quote_heavy_text()) {
        check_text(text)?;
    }

    #[test]
    fn extraction_holds_its_promises_on_arbitrary_unicode(text in any_text()) {
        check_text(text)?;
    }

    #[test]
    fn language_detection_never_panics(text in any_text()) {
        let code = extract::detect_language(&text);
        prop_assert!(Rules::builtin(code).is_some());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(BYTE_CASES)))]

    /// Any bytes: either a document whose paragraphs are in its text, or a
    /// refusal with a message; never a panic.
    #[test]
    fn decoding_any_bytes_gives_text_or_a_reason(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        match load_reader("b", &bytes[..]) {
            Ok(doc) => {
                for p in &doc.paragraphs {
                    prop_assert!(doc.text.get(p.clone()).is_some_and(|s| !s.trim().is_empty()));
                }
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    /// Text bytes mangled a little (a stray byte, a cut): still opens.
    #[test]
    fn utf8_text_with_a_few_bad_bytes_still_opens(
        text in quote_heavy_text(),
        bad in proptest::collection::vec((any::<prop::sample::Index>(), 0x80u8..=0xFF), 0..3),
    ) {
        let mut bytes = format!("Grüße aus Köln, sagte Anna Alt. {text}").into_bytes();
        let inserted = bad.len();
        for (at, b) in bad {
            let i = at.index(bytes.len());
            bytes.insert(i, b);
        }
        // Not so many controls that it counts as binary (see document::decode): C0
        // and DEL bytes, C1 characters (`\u{80}`), and at most one per inserted byte,
        // which a legacy decoding may turn into a C1 control.
        let c1 = String::from_utf8_lossy(&bytes)
            .chars()
            .filter(|c| ('\u{80}'..='\u{9f}').contains(c))
            .count();
        let controls = bytes
            .iter()
            .filter(|&&b| (b < 0x20 && !b"\t\n\r\x0b\x0c\x1b".contains(&b)) || b == 0x7f)
            .count()
            + c1
            + inserted;
        // Counted in characters; as UTF-8 there are fewest of them.
        prop_assume!(controls * 32 <= String::from_utf8_lossy(&bytes).chars().count());
        let doc = load_reader("b", &bytes[..]);
        prop_assert!(doc.is_ok(), "{:?}", doc.err().map(|e| e.to_string()));
    }
}
