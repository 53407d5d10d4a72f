//! The `--list` output: quotes grouped by speaker, for reading in a pager or a pipe.

use crate::document::Document;
use crate::extract::Extraction;
use std::io::Write;

/// Writes every speaker with their quotes, then the quotes nobody could be tied to.
pub fn write_list(out: &mut impl Write, doc: &Document, ex: &Extraction) -> std::io::Result<()> {
    let lines = quote_lines(doc, ex);
    writeln!(
        out,
        "{} · {} · {} quotes · {} speakers",
        doc.name,
        ex.language,
        ex.quotes.len(),
        ex.speakers.len()
    )?;
    for s in &ex.speakers {
        writeln!(out)?;
        match &s.role {
            Some(role) => writeln!(out, "{} ({}), {} quotes", s.name, role, s.quotes.len())?,
            None => writeln!(out, "{}, {} quotes", s.name, s.quotes.len())?,
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
        writeln!(out, "(no speaker), {} quotes", unattributed.len())?;
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
    writeln!(out, "  {:>5}  {}", format!("l.{line}"), text)
}
