//! The languages the reader knows: the built-in rules plus any `xx.toml`
//! files in the user's rules directory (same schema as `assets/lang/*.toml`).
//!
//! A user file for a built-in code replaces the built-in rules, so a user
//! can tune German without rebuilding. A file that does not parse is left
//! out with a one-line warning naming the file and line; it never stops the
//! reader from starting.

use crate::extract::{self, Rules};
use std::path::Path;

/// Every language available to `--lang` and to detection.
#[derive(Debug, Clone)]
pub struct Languages {
    rules: Vec<Rules>,
}

impl Languages {
    /// The built-in languages only.
    pub fn builtin() -> Self {
        Languages {
            rules: Rules::builtin_codes().filter_map(Rules::builtin).collect(),
        }
    }

    /// The built-in languages and the `*.toml` files in `dir` (a missing
    /// directory adds nothing). Also returns a warning per file left out.
    pub fn load(dir: Option<&Path>) -> (Self, Vec<String>) {
        let mut langs = Self::builtin();
        let mut warnings = Vec::new();
        let Some(entries) = dir.and_then(|d| std::fs::read_dir(d).ok()) else {
            return (langs, warnings);
        };
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        for path in files {
            match load_rules(&path) {
                Ok(rules) => langs.add(rules),
                Err(e) => warnings.push(e),
            }
        }
        (langs, warnings)
    }

    /// Adds `rules`, replacing a language with the same code.
    pub fn add(&mut self, rules: Rules) {
        self.rules.retain(|r| r.code != rules.code);
        self.rules.push(rules);
    }

    pub fn get(&self, code: &str) -> Option<&Rules> {
        self.rules.iter().find(|r| r.code == code)
    }

    /// The language codes, sorted, for messages.
    pub fn codes(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self.rules.iter().map(|r| r.code.as_str()).collect();
        codes.sort_unstable();
        codes
    }

    /// The language of `text` among these.
    pub fn detect(&self, text: &str) -> &str {
        extract::detect_language_among(text, &self.rules)
    }
}

/// Reads one rules file. The code is the file's `code` key, which must
/// match the file name (`xx.toml` holds `code = "xx"`), so `--lang xx`
/// finds what the user named.
fn load_rules(path: &Path) -> Result<Rules, String> {
    let shown = path.display();
    let src =
        std::fs::read_to_string(path).map_err(|e| format!("{shown}: cannot be read ({e})"))?;
    let rules: Rules = toml::from_str(&src).map_err(|e| {
        let line = e
            .span()
            .map(|s| {
                format!(
                    ":{}",
                    src[..s.start.min(src.len())].matches('\n').count() + 1
                )
            })
            .unwrap_or_default();
        format!(
            "{shown}{line}: {}; language left out",
            e.message().trim().replace('\n', " ")
        )
    })?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if rules.code != stem {
        return Err(format!(
            "{shown}: code = \"{}\" does not match the file name; name it {}.toml; language left out",
            rules.code, rules.code
        ));
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// A minimal Dutch rules file: enough for quotes and a speech verb.
    const NL: &str = r#"
code = "nl"
iso639_3 = "nld"
detect_words = ["de", "het", "een", "en", "van", "niet", "zijn", "dat"]
quote_pairs = [["“", "”"], ["‘", "’"], ["\"", "\""]]
speech_verbs = ["zei", "zegt"]
"#;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("whosaid-langs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn builtin_languages_are_always_there() {
        let (langs, warnings) = Languages::load(Some(Path::new("/no/such/dir")));
        assert!(warnings.is_empty());
        assert_eq!(langs.codes(), ["de", "en"]);
    }

    #[test]
    fn a_rules_file_adds_a_language_usable_by_code_and_detection() {
        let dir = temp_dir("nl");
        std::fs::write(dir.join("nl.toml"), NL).unwrap();
        let (langs, warnings) = Languages::load(Some(&dir));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(langs.codes(), ["de", "en", "nl"]);
        let text = "“Het is niet de bedoeling dat de winkels van de stad een dag dicht zijn,” zei de burgemeester van de stad.";
        assert_eq!(langs.detect(text), "nl");
        let rules = langs.get("nl").unwrap();
        let doc = crate::document::Document::from_text("t", text.to_string());
        let ex = extract::extract(&doc, rules);
        assert_eq!(ex.quotes.len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_rules_file_named_like_a_builtin_language_replaces_it() {
        let dir = temp_dir("de");
        let mine = "code = \"de\"\niso639_3 = \"deu\"\nquote_pairs = [[\"„\", \"“\"]]\nspeech_verbs = [\"meinte\"]\n";
        std::fs::write(dir.join("de.toml"), mine).unwrap();
        let (langs, warnings) = Languages::load(Some(&dir));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(langs.codes(), ["de", "en"]);
        assert_eq!(langs.get("de").unwrap().speech_verbs, ["meinte"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_broken_rules_file_is_left_out_with_its_file_and_line() {
        let dir = temp_dir("broken");
        std::fs::write(dir.join("xx.toml"), "code = \"xx\"\nquote_pairs = 3\n").unwrap();
        std::fs::write(dir.join("yy.toml"), NL).unwrap();
        let (langs, warnings) = Languages::load(Some(&dir));
        assert_eq!(langs.codes(), ["de", "en"]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("xx.toml:2: "), "{}", warnings[0]);
        assert!(
            warnings[1].contains("does not match the file name"),
            "{}",
            warnings[1]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
