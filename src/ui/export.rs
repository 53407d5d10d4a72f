//! `e`: the quotes the quotes pane lists (all, or one speaker's) written to a
//! file the user names, as Markdown for reading or as JSON for tools.
//!
//! Building the bytes ([`render`]) is pure; [`write_new`] and
//! [`write_over`] are the only code that touches the file system, and only
//! the one path the user typed: a file that exists is replaced only through
//! [`write_over`], which the reader calls after the user said yes.

use crate::document::Document;
use crate::extract::{Extraction, Speaker};
use crate::output;
use crate::ui::text::{plural, sanitize};
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What to write, chosen by the file name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    /// The `--json` schema; offsets still count into the whole article.
    Json,
}

impl Format {
    /// `.md`/`.markdown` or `.json` (any case); None for anything else.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// The path the user typed, with a leading `~/` meaning the home directory
/// (as a shell would have expanded it).
pub fn expand_home(typed: &str) -> PathBuf {
    match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(typed),
    }
}

/// The file name the prompt offers: `<article>-quotes.md`, or
/// `<article>-<speaker>-quotes.md` while filtered.
pub fn default_name(doc_name: &str, speaker: Option<&Speaker>) -> String {
    let stem = Path::new(doc_name)
        .file_stem()
        .and_then(|s| s.to_str())
        .map(slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_string());
    match speaker.map(|s| slug(&s.name)).filter(|s| !s.is_empty()) {
        Some(who) => format!("{stem}-{who}-quotes.md"),
        None => format!("{stem}-quotes.md"),
    }
}

/// Letters and digits kept (lowercased), every other run turned into one `-`.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The bytes of the export of quotes `quotes` (indices into `ex.quotes`, in
/// text order); `filter` is the speaker they were filtered to, if any.
pub fn render(
    format: Format,
    doc: &Document,
    ex: &Extraction,
    quotes: &[usize],
    filter: Option<&Speaker>,
) -> Vec<u8> {
    match format {
        Format::Markdown => markdown(doc, ex, quotes, filter).into_bytes(),
        Format::Json => {
            let mut out = Vec::new();
            let all = quotes.len() == ex.quotes.len();
            // Unfiltered, the export is exactly what `--json` prints.
            let written = if all {
                output::write_json(&mut out, doc, ex)
            } else {
                output::write_json(&mut out, doc, &subset(ex, quotes))
            };
            written.expect("writing JSON into memory cannot fail");
            out
        }
    }
}

/// The extraction cut down to `quotes`, renumbered so the schema's indices
/// (`speaker_id`, `speakers[].quotes`) point into the cut-down lists.
fn subset(ex: &Extraction, quotes: &[usize]) -> Extraction {
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut new_id: Vec<Option<usize>> = vec![None; ex.speakers.len()];
    let mut out = Vec::with_capacity(quotes.len());
    for &q in quotes {
        let Some(quote) = ex.quotes.get(q) else {
            continue;
        };
        let mut quote = quote.clone();
        quote.speaker = quote.speaker.and_then(|s| {
            let old = ex.speakers.get(s)?;
            let id = *new_id[s].get_or_insert_with(|| {
                speakers.push(Speaker {
                    quotes: Vec::new(),
                    ..old.clone()
                });
                speakers.len() - 1
            });
            speakers[id].quotes.push(out.len());
            Some(id)
        });
        out.push(quote);
    }
    Extraction {
        language: ex.language.clone(),
        quotes: out,
        speakers,
    }
}

/// A Markdown document: a heading naming the article, a summary line, then
/// each quote as a block quote with who said it, how, and where.
fn markdown(doc: &Document, ex: &Extraction, quotes: &[usize], filter: Option<&Speaker>) -> String {
    let mut s = format!("# Quotes in {}\n\n", md_escape(&doc.name));
    let count = plural(quotes.len(), "quote", "quotes");
    match filter {
        Some(sp) => s.push_str(&format!(
            "Language: {} · {count} by {}\n",
            ex.language,
            md_escape(&sp.name)
        )),
        None => s.push_str(&format!(
            "Language: {} · {count} · {}\n",
            ex.language,
            plural(ex.speakers.len(), "speaker", "speakers")
        )),
    }
    let mut line = 1;
    let mut pos = 0;
    for &q in quotes {
        let Some(quote) = ex.quotes.get(q) else {
            continue;
        };
        let Some(text) = doc.text.get(quote.span.clone()) else {
            continue;
        };
        // Quotes are in text order, so lines are counted in one pass.
        let start = quote.span.start.max(pos);
        line += memchr::memchr_iter(b'\n', &doc.text.as_bytes()[pos..start]).count();
        pos = start;
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        s.push_str(&format!("\n> {}\n\n", md_escape(&text)));
        let who = quote.speaker.and_then(|i| ex.speakers.get(i)).map_or(
            "*no speaker*".to_string(),
            |sp| match &sp.role {
                Some(role) => format!("**{}** ({})", md_escape(&sp.name), md_escape(role)),
                None => format!("**{}**", md_escape(&sp.name)),
            },
        );
        let cue = quote
            .cue
            .clone()
            .and_then(|c| doc.text.get(c))
            .map(|c| format!(", *{}*", md_escape(c)))
            .unwrap_or_default();
        s.push_str(&format!(
            "— {who}{cue} · line {line} · {}\n",
            quote.kind.as_str()
        ));
    }
    s
}

/// `s` safe inside Markdown text: control characters made visible, and the
/// characters Markdown would read as markup backslash-escaped.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in sanitize(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Writes `bytes` to `path`, which must not exist: created atomically with
/// `create_new`, so a file appearing meanwhile is never replaced
/// (`AlreadyExists` comes back instead). On a failed write (disk full) the
/// new file is removed again.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if written.is_err() {
        // The file is ours (just created): a half-written export is removed, not left behind.
        drop(file);
        let _ = std::fs::remove_file(path);
    }
    written
}

/// Replaces the file at `path` with `bytes`; only after the user confirmed.
pub fn write_over(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// A short reason for a failed write, for the status bar.
pub fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        io::ErrorKind::NotADirectory => "a part of the path is not a directory".to_string(),
        io::ErrorKind::ReadOnlyFilesystem => "read-only file system".to_string(),
        io::ErrorKind::StorageFull => "disk full".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture::long_article;

    #[test]
    fn the_format_follows_the_extension() {
        assert_eq!(Format::from_path(Path::new("a.md")), Some(Format::Markdown));
        assert_eq!(Format::from_path(Path::new("a.MD")), Some(Format::Markdown));
        assert_eq!(
            Format::from_path(Path::new("x/a.markdown")),
            Some(Format::Markdown)
        );
        assert_eq!(Format::from_path(Path::new("a.json")), Some(Format::Json));
        assert_eq!(Format::from_path(Path::new("a.txt")), None);
        assert_eq!(Format::from_path(Path::new("md")), None);
    }

    #[test]
    fn the_offered_name_comes_from_the_article_and_the_filter() {
        let (_, ex) = long_article();
        assert_eq!(default_name("seed-de.txt", None), "seed-de-quotes.md");
        assert_eq!(default_name("<stdin>", None), "stdin-quotes.md");
        assert_eq!(
            default_name("a b.txt", Some(&ex.speakers[1])),
            "a-b-bert-brandt-quotes.md"
        );
        assert_eq!(default_name("...", None), "article-quotes.md");
    }

    #[test]
    fn a_leading_tilde_is_the_home_directory() {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        if let Some(home) = home {
            assert_eq!(expand_home("~/q.md"), home.join("q.md"));
        }
        assert_eq!(expand_home("a~/q.md"), PathBuf::from("a~/q.md"));
    }

    #[test]
    fn json_of_a_filter_renumbers_speakers_and_quotes() {
        let (doc, ex) = long_article();
        let bert: Vec<usize> = ex.speakers[1].quotes.clone();
        let bytes = render(Format::Json, &doc, &ex, &bert, Some(&ex.speakers[1]));
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        let quotes = v["quotes"].as_array().unwrap();
        assert_eq!(quotes.len(), bert.len());
        assert!(quotes.iter().all(|q| q["speaker_id"] == 0));
        assert_eq!(v["speakers"].as_array().unwrap().len(), 1);
        assert_eq!(v["speakers"][0]["name"], "Bert Brandt");
        let ids: Vec<usize> = (0..bert.len()).collect();
        assert_eq!(v["speakers"][0]["quotes"], serde_json::json!(ids));
        // Offsets still point into the article.
        let full = output::to_json(&doc, &ex);
        assert_eq!(quotes[0]["start"], full["quotes"][bert[0]]["start"]);
    }

    #[test]
    fn json_of_every_quote_is_the_json_output() {
        let (doc, ex) = long_article();
        let all: Vec<usize> = (0..ex.quotes.len()).collect();
        let mut want = Vec::new();
        output::write_json(&mut want, &doc, &ex).unwrap();
        assert_eq!(render(Format::Json, &doc, &ex, &all, None), want);
    }

    #[test]
    fn markdown_lists_each_quote_with_speaker_role_cue_and_line() {
        let (doc, ex) = long_article();
        let md = String::from_utf8(render(Format::Markdown, &doc, &ex, &[0, 2], None)).unwrap();
        assert!(
            md.starts_with("# Quotes in fixture.txt\n\nLanguage: de · 2 quotes · 3 speakers\n"),
            "{md}"
        );
        assert!(md.contains("\n> „Zitat Nummer 0 mit ein paar Worten“\n\n— **Anna Alt** (Ministerin), *sagte* · line 1 · direct\n"), "{md}");
        assert!(
            md.contains("— *no speaker*, *sagte* · line 3 · direct\n"),
            "{md}"
        );
        assert!(!md.contains("Nummer 1 "), "{md}");
    }

    #[test]
    fn markdown_escapes_markup_and_controls_from_the_article() {
        assert_eq!(
            md_escape("a*b_c [x](y) <b> #1 \u{1b}"),
            "a\\*b\\_c \\[x\\](y) \\<b\\> \\#1 \u{FFFD}"
        );
    }
}
