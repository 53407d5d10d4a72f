//! The wrap cache: the article broken into screen lines for one width.
//!
//! Lines are stored as byte ranges into [`Document::text`], never as copies,
//! so a 10 MB article costs a few machine words per line. The cache is built
//! once per width (on resize), never while drawing; drawing asks only for the
//! lines on screen. Paragraphs are separated by one blank line, stored as an
//! empty range at the end of the paragraph before it so that the starts of all
//! lines stay in text order and byte → line is a binary search.

use super::text::{char_width, is_break_space};
use crate::document::Document;
use std::ops::Range;
use textwrap::core::Fragment;

/// A word (or a piece of an over-long word) as the wrapping algorithm sees it.
#[derive(Debug)]
struct Word {
    bytes: Range<usize>,
    width: usize,
    /// Columns of the whitespace after the word, when it is not the last on a line.
    space: usize,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Screen lines of a whole document at one width.
#[derive(Debug, Clone, Default)]
pub struct WrapCache {
    width: usize,
    /// Byte range of each screen line; empty for the blank line between paragraphs.
    lines: Vec<Range<usize>>,
}

impl WrapCache {
    /// Wraps every paragraph of `doc` to `width` columns (at least one).
    pub fn build(doc: &Document, width: usize) -> Self {
        let width = width.max(1);
        let mut lines = Vec::with_capacity(doc.text.len() / (width * 4).max(1));
        let mut words = Vec::new();
        for (i, para) in doc.paragraphs.iter().enumerate() {
            if i > 0 {
                let gap = doc.paragraphs[i - 1].end;
                lines.push(gap..gap);
            }
            split_words(&doc.text, para.clone(), width, &mut words);
            for line in textwrap::wrap_algorithms::wrap_first_fit(&words, &[width as f64]) {
                if let (Some(first), Some(last)) = (line.first(), line.last()) {
                    lines.push(first.bytes.start..last.bytes.end);
                }
            }
            words.clear();
        }
        WrapCache { width, lines }
    }

    /// The width this cache was built for.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Number of screen lines, blank separators included.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Byte range of screen line `i` (empty for a separator), if it exists.
    pub fn line(&self, i: usize) -> Option<Range<usize>> {
        self.lines.get(i).cloned()
    }

    /// The screen line showing byte `pos`; a byte in the whitespace at a line
    /// break belongs to the line after it. Clamped to the last line.
    pub fn line_of(&self, pos: usize) -> usize {
        let i = self.lines.partition_point(|l| l.end <= pos);
        i.min(self.lines.len().saturating_sub(1))
    }

    /// (line, column) of byte `pos`: where it is drawn, in screen cells from the
    /// start of the line.
    pub fn position(&self, text: &str, pos: usize) -> (usize, usize) {
        let line = self.line_of(pos);
        let col = match self.lines.get(line) {
            Some(r) if pos > r.start => {
                let end = super::text::floor_boundary(text, pos.min(r.end));
                text.get(r.start..end).map_or(0, super::text::str_width)
            }
            _ => 0,
        };
        (line, col)
    }
}

/// Splits paragraph `para` of `text` into words at breakable whitespace
/// (newlines included: hard-wrapped sources read as one paragraph), cutting
/// words wider than `width` into pieces that fit.
fn split_words(text: &str, para: Range<usize>, width: usize, out: &mut Vec<Word>) {
    let Some(slice) = text.get(para.clone()) else {
        return;
    };
    let mut current: Option<Word> = None;
    for (i, c) in slice.char_indices() {
        let at = para.start + i;
        if is_break_space(c) {
            // Whitespace belongs to the word before it; leading whitespace
            // cannot occur (paragraphs are trimmed) and would be dropped.
            if let Some(w) = current.as_mut() {
                w.space += char_width(c);
            }
            continue;
        }
        let cw = char_width(c);
        match current.as_mut() {
            Some(w) if w.space == 0 && w.width + cw <= width => {
                w.bytes.end = at + c.len_utf8();
                w.width += cw;
            }
            _ => {
                out.extend(current.take());
                current = Some(Word {
                    bytes: at..at + c.len_utf8(),
                    width: cw,
                    space: 0,
                });
            }
        }
    }
    out.extend(current);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_text("t", text.to_string())
    }

    fn rendered(d: &Document, w: &WrapCache) -> Vec<String> {
        (0..w.len())
            .map(|i| d.text[w.line(i).unwrap()].to_string())
            .collect()
    }

    #[test]
    fn wraps_to_width_and_keeps_paragraphs_apart() {
        let d = doc("one two three four\nfive six");
        let w = WrapCache::build(&d, 9);
        assert_eq!(
            rendered(&d, &w),
            ["one two", "three", "four", "", "five six"]
        );
    }

    #[test]
    fn internal_newlines_wrap_like_spaces() {
        let d = doc("alpha\nbeta gamma\ndelta\n\nnext para here");
        let w = WrapCache::build(&d, 40);
        assert_eq!(
            w.line(0).map(|r| &d.text[r]),
            Some("alpha\nbeta gamma\ndelta")
        );
    }

    #[test]
    fn over_long_words_are_cut_to_fit() {
        let d = doc("abcdefghij xy");
        let w = WrapCache::build(&d, 4);
        assert_eq!(rendered(&d, &w), ["abcd", "efgh", "ij", "xy"]);
    }

    #[test]
    fn byte_maps_to_line_and_column_through_the_cache() {
        let d = doc("one two three four\nfive „si“");
        let w = WrapCache::build(&d, 9);
        let text = &d.text;
        let at = |needle: &str| text.find(needle).unwrap();
        assert_eq!(w.position(text, 0), (0, 0));
        assert_eq!(w.position(text, at("two")), (0, 4));
        assert_eq!(w.position(text, at("three")), (1, 0));
        assert_eq!(w.position(text, at("four")), (2, 0));
        assert_eq!(w.position(text, at("five")), (4, 0));
        // Columns count characters, not bytes: „ is three bytes, one column.
        assert_eq!(w.position(text, at("si“")), (4, 6));
        // The space at a break belongs to the next line.
        assert_eq!(w.line_of(at(" three")), 1);
        // Past the end clamps to the last line.
        assert_eq!(w.line_of(text.len() + 10), 4);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let d = doc("中文字 ab");
        let w = WrapCache::build(&d, 6);
        assert_eq!(rendered(&d, &w), ["中文字", "ab"]);
    }

    #[test]
    fn empty_document_has_no_lines() {
        let w = WrapCache::build(&doc(""), 10);
        assert!(w.is_empty());
        assert_eq!(w.line_of(5), 0);
    }
}
