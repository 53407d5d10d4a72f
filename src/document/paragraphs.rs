//! Paragraph splitting.
//!
//! News text comes in two shapes: one paragraph per line (what editors and
//! scrapers produce), or hard-wrapped lines with blank lines between
//! paragraphs (e-mail, Project Gutenberg). Treating every line as a paragraph
//! in the second shape would cut quotes in half, so the shape is decided
//! once per document from the lines themselves.

use std::ops::Range;

/// Lines shorter than this, when most lines are, suggest hard-wrapped text.
const WRAPPED_LINE_MAX: usize = 80;

/// Splits `text` into trimmed, non-empty paragraph byte ranges.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let lines = line_ranges(text);
    if is_hard_wrapped(text, &lines) {
        blocks(text, &lines)
    } else {
        lines
            .into_iter()
            .filter_map(|r| trim_range(text, r))
            .collect()
    }
}

/// Byte ranges of the lines, without their line terminators (`\n` or `\r\n`).
fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        out.push(start..nl);
        start = nl + 1;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// True when blank lines separate blocks that average two or more lines,
/// nearly all of them short: the signature of text wrapped by hand.
fn is_hard_wrapped(text: &str, lines: &[Range<usize>]) -> bool {
    let mut non_blank = 0usize;
    let mut short = 0usize;
    let mut blocks = 0usize;
    let mut in_block = false;
    for r in lines {
        if is_blank(&text[r.clone()]) {
            in_block = false;
            continue;
        }
        if !in_block {
            blocks += 1;
            in_block = true;
        }
        non_blank += 1;
        // A line of fewer bytes has fewer characters: most need no counting.
        let line = &text[r.clone()];
        if line.len() < WRAPPED_LINE_MAX || line.trim().chars().count() < WRAPPED_LINE_MAX {
            short += 1;
        }
    }
    blocks > 1 && non_blank >= 2 * blocks && short * 10 >= non_blank * 9
}

/// Paragraphs as runs of non-blank lines.
fn blocks(text: &str, lines: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for r in lines {
        if is_blank(&text[r.clone()]) {
            if let Some(b) = current.take() {
                out.extend(trim_range(text, b));
            }
        } else {
            current = Some(match current {
                Some(b) => b.start..r.end,
                None => r.clone(),
            });
        }
    }
    if let Some(b) = current {
        out.extend(trim_range(text, b));
    }
    out
}

/// Nothing but whitespace (`str::trim` would leave nothing). Decided by the
/// first byte for nearly every line: this runs on every line of the text.
fn is_blank(line: &str) -> bool {
    match line.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => false,
        _ => line.trim_start().is_empty(),
    }
}

fn trim_range(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.start + s.trim_end().len();
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<&str> {
        split_paragraphs(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn one_paragraph_per_line() {
        let t = "First line is long enough to be a paragraph.\nSecond.\n\nThird.\n";
        assert_eq!(
            paras(t),
            [
                "First line is long enough to be a paragraph.",
                "Second.",
                "Third."
            ]
        );
    }

    #[test]
    fn crlf_line_endings_are_not_part_of_paragraphs() {
        assert_eq!(paras("One.\r\nTwo.\r\n"), ["One.", "Two."]);
    }

    #[test]
    fn hard_wrapped_text_joins_lines_between_blank_lines() {
        let t = "\u{201c}It was a cold\nmorning,\u{201d} she said.\nThe end of one.\n\nA second para\nwraps here\nand here.\n\nThird one\nis short\ntoo.\n";
        let p = paras(t);
        assert_eq!(p.len(), 3);
        assert!(p[0].starts_with('\u{201c}') && p[0].ends_with("one."));
    }

    #[test]
    fn lines_of_unicode_whitespace_are_blank() {
        assert!(is_blank("") && is_blank(" \t\r") && is_blank("\u{A0}\u{2003}\u{3000}"));
        assert!(!is_blank("a") && !is_blank(" a") && !is_blank("\u{A0}ä") && !is_blank("„"));
    }

    #[test]
    fn a_line_of_80_characters_is_long_however_many_bytes() {
        // 79 characters but 158 bytes: short, as hard-wrapped German text has it.
        let short = "ä".repeat(79);
        let long = "a".repeat(80);
        let wrapped = format!("{short}\n{short}\n\n{short}\n{short}\n");
        assert_eq!(paras(&wrapped).len(), 2);
        let unwrapped = format!("{long}\n{long}\n\n{long}\n{long}\n");
        assert_eq!(paras(&unwrapped).len(), 4);
    }

    #[test]
    fn blank_and_whitespace_only_text_has_no_paragraphs() {
        assert!(paras("").is_empty());
        assert!(paras(" \n\t\n").is_empty());
    }
}
