//! The `--list` output: quotes grouped by speaker, for reading in a pager or a pipe.

use crate::document::Document;
use crate::extract::Extraction;
use crate::ui::text::{plural, sanitize};
use std::io::Write;

/// Writes every speaker with their quotes, then the quotes nobody could be tied to.
pub fn write_list(out: &mut impl Write, doc: &Document, ex: &Extraction) -> std::io::Result<()> {
    let lines = quote_lines(doc, ex);
    // Names and quotes come from the article: control characters in them
    // must not reach the user's terminal as escape sequences.
    let encoding = doc
        .decoding
        .note()
        .map(|n| format!(" · {n}"))
        .unwrap_or_default();
    writeln!(
        out,
        "{} · {}{encoding} · {} · {}",
        sanitize(&doc.name),
        ex.language,
        plural(ex.quotes.len(), "quote", "quotes"),
        plural(ex.speakers.len(), "speaker", "speakers")
    )?;
    for s in &ex.speakers {
        writeln!(out)?;
        let quotes = plural(s.quotes.len(), "quote", "quotes");
        match &s.role {
            Some(role) => writeln!(out, "{} ({}), {quotes}", sanitize(&s.name), sanitize(role))?,
            None => writeln!(out, "{}, {quotes}", sanitize(&s.name))?,
        }
        for &q in &s.quotes {
            write_quote(out, doc, ex, &lines, q)?;
        }
    }
    let unattributed: Vec<usize> = (0..ex.quotes.len())
        .filter(|&i| ex.quotes[i].speaker.is_none())
        .collect();
    if !unattributed.is_empty() {
        writeln!(out)?;
        let quotes = plural(unattributed.len(), "quote", "quotes");
        writeln!(out, "(no speaker), {quotes}")?;
        for q in unattributed {
            write_quote(out, doc, ex, &lines, q)?;
        }
    }
    Ok(())
}

/// The 1-based line of each quote's start, counted in one pass (quotes are in text order).
fn quote_lines(doc: &Document, ex: &Extraction) -> Vec<usize> {
    let mut line = 1;
    let mut pos = 0;
    ex.quotes
        .iter()
        .map(|q| {
            line += memchr::memchr_iter(b'\n', &doc.text.as_bytes()[pos..q.span.start]).count();
            pos = q.span.start;
            line
        })
        .collect()
}

fn write_quote(
    out: &mut impl Write,
    doc: &Document,
    ex: &Extraction,
    lines: &[usize],
    i: usize,
) -> std::io::Result<()> {
    let q = &ex.quotes[i];
    let line = lines[i];
    let text = doc.text[q.span.clone()]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    writeln!(out, "  {:>5}  {}", format!("l.{line}"), sanitize(&text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Quote, QuoteKind, Speaker};

    fn one_quote(text: &str, name: &str) -> (Document, Extraction) {
        let doc = Document::from_text("t.txt", text.to_string());
        let start = doc.text.find('“').unwrap();
        let end = doc.text.find('”').unwrap() + '”'.len_utf8();
        let ex = Extraction {
            language: "en".into(),
            quotes: vec![Quote {
                span: start..end,
                kind: QuoteKind::Direct,
                speaker: Some(0),
                cue: None,
            }],
            speakers: vec![Speaker {
                name: name.into(),
                role: None,
                aliases: vec![name.into()],
                quotes: vec![0],
            }],
        };
        (doc, ex)
    }

    fn listed(doc: &Document, ex: &Extraction) -> String {
        let mut out = Vec::new();
        write_list(&mut out, doc, ex).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn counts_use_the_singular_for_one() {
        let (doc, ex) = one_quote("Intro.\n“Yes,” said Ann Lee.\n", "Ann Lee");
        let out = listed(&doc, &ex);
        assert!(
            out.starts_with("t.txt · en · 1 quote · 1 speaker\n"),
            "{out}"
        );
        assert!(out.contains("Ann Lee, 1 quote\n"), "{out}");
        assert!(out.contains("  l.2  “Yes,”"), "{out}");
    }

    #[test]
    fn control_characters_from_the_article_are_not_written_raw() {
        let (doc, ex) = one_quote(
            "“Clear\x1b[2J the\x07 screen,” said \x1b]0;x\x07Bob.\n",
            "Bob\x1b]0;x\x07",
        );
        let out = listed(&doc, &ex);
        assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out:?}");
    }
}
