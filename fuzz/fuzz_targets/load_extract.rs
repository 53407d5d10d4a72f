//! Bytes as a file would hold them → loader (decoding, binary check) →
//! language detection → extraction → JSON. Fails on a panic anywhere, or
//! when an extraction breaks the promises the property tests check
//! (tests/properties.rs) on far fewer, more regular inputs.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use whosaid::document::load_reader;
use whosaid::extract::{detect_language, extract, Rules};
use whosaid::output::write_json;

/// Parsed once: parsing the TOML rules on every input would spend the
/// fuzzer's time on the one input that never changes.
static RULES: LazyLock<[Rules; 2]> = LazyLock::new(|| {
    ["de", "en"].map(|code| Rules::builtin(code).expect("built-in rules"))
});

fuzz_target!(|data: &[u8]| {
    // Refusing non-text is a fine answer; only a panic is not.
    let Ok(doc) = load_reader("fuzz", data) else {
        return;
    };
    let text = doc.text.as_str();
    for p in &doc.paragraphs {
        assert!(text.get(p.clone()).is_some_and(|s| !s.trim().is_empty()));
    }
    let code = detect_language(text);
    let rules = RULES
        .iter()
        .find(|r| r.code == code)
        .expect("detected languages have rules");
    let ex = extract(&doc, rules);

    let mut prev_end = 0;
    for (qi, q) in ex.quotes.iter().enumerate() {
        let s = &q.span;
        assert!(s.start < s.end && s.end <= text.len(), "span {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= prev_end, "quote {qi} overlaps the one before");
        prev_end = s.end;
        if let Some(c) = &q.cue {
            assert!(text.get(c.clone()).is_some(), "cue {c:?}");
        }
        if let Some(sp) = q.speaker {
            assert!(ex.speakers[sp].quotes.contains(&qi));
        }
    }

    let mut out = Vec::new();
    write_json(&mut out, &doc, &ex).expect("writing to memory");
    let v: serde_json::Value = serde_json::from_slice(&out).expect("the JSON parses");
    let chars: Vec<char> = text.chars().collect();
    for q in v["quotes"].as_array().expect("quotes") {
        let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(q["text"].as_str(), Some(slice.as_str()));
    }
});
