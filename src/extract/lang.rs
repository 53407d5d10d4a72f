//! Language rules as data (`assets/lang/<code>.toml`) and language detection.

use serde::Deserialize;

/// The rules for one language.
#[derive(Debug, Clone, Deserialize)]
pub struct Rules {
    pub code: String,
    /// (opening, closing) quotation mark pairs.
    pub quote_pairs: Vec<(char, char)>,
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

/// Guesses the language of `text` among the built-in ones; English when unsure.
pub fn detect_language(text: &str) -> &'static str {
    let sample = match text.char_indices().nth(20_000) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let allow = vec![whatlang::Lang::Deu, whatlang::Lang::Eng];
    let detector = whatlang::Detector::with_allowlist(allow);
    match detector.detect_lang(sample) {
        Some(whatlang::Lang::Deu) => "de",
        _ => "en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
