//! The wrap cache: the article broken into screen lines for one width.
//!
//! Lines are stored as byte ranges into [`Document::text`], never as copies,
//! so a 10 MB article costs a few machine words per line. The cache is built
//! once per width (on resize), never while drawing; drawing asks only for the
//! lines on screen. Paragraphs are separated by one blank line, stored as an
//! empty range at the end of the paragraph before it so that the starts of all
//! lines stay in text order and byte → line is a binary search.
//!
//! Wrapping is progressive: paragraphs are wrapped in order, only as far as
//! the screen (or a quote jumped to) needs, and the rest a slice at a time
//! while the reader waits for keys ([`WrapCache::wrap_more`]). Opening a book
//! or resizing it costs the lines on screen, not the whole text.

use super::text::{char_width, is_break_space};
use crate::document::Document;
use std::ops::Range;

/// A word (or a piece of an over-long word) being placed on a line.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    width: usize,
    /// Columns of the whitespace after the word.
    space: usize,
}

/// Screen lines of a document at one width, wrapped from the top as far as needed.
#[derive(Debug, Clone, Default)]
pub struct WrapCache {
    width: usize,
    /// Byte range of each screen line; empty for the blank line between paragraphs.
    lines: Vec<Range<usize>>,
    /// Paragraphs wrapped so far (all of them once complete).
    wrapped: usize,
    /// Paragraphs in the document.
    paragraphs: usize,
}

impl WrapCache {
    /// Wraps every paragraph of `doc` to `width` columns (at least one).
    pub fn build(doc: &Document, width: usize) -> Self {
        let mut cache = Self::new(doc, width);
        cache.wrap_paragraphs(doc, doc.paragraphs.len());
        cache
    }

    /// An empty cache for `doc` at `width` columns; nothing is wrapped yet.
    pub fn new(doc: &Document, width: usize) -> Self {
        let width = width.max(1);
        WrapCache {
            width,
            lines: Vec::with_capacity(doc.text.len() / (width * 4).max(1)),
            wrapped: 0,
            paragraphs: doc.paragraphs.len(),
        }
    }

    /// Wraps until line `line` exists (or the document ends).
    pub fn wrap_to_line(&mut self, doc: &Document, line: usize) {
        while self.lines.len() <= line && !self.is_complete() {
            self.wrap_paragraphs(doc, self.wrapped + 1);
        }
    }

    /// Wraps until the paragraph holding byte `pos` (or the one after it) is wrapped.
    pub fn wrap_to_byte(&mut self, doc: &Document, pos: usize) {
        let upto = doc.paragraphs.partition_point(|p| p.end <= pos) + 1;
        self.wrap_paragraphs(doc, upto.min(doc.paragraphs.len()));
    }

    /// Wraps paragraphs holding about `bytes` more of text; returns whether any
    /// remain. Called while the reader is idle, so the full line count (for the
    /// scrollbar and `G`) is ready soon without holding up a key press.
    pub fn wrap_more(&mut self, doc: &Document, bytes: usize) -> bool {
        let from = doc
            .paragraphs
            .get(self.wrapped)
            .map_or(usize::MAX, |p| p.start);
        let target = from.saturating_add(bytes);
        let upto = doc.paragraphs.partition_point(|p| p.start < target);
        self.wrap_paragraphs(doc, upto.max(self.wrapped + 1).min(doc.paragraphs.len()));
        !self.is_complete()
    }

    /// True once every paragraph is wrapped.
    pub fn is_complete(&self) -> bool {
        self.wrapped >= self.paragraphs
    }

    /// Wraps paragraphs `self.wrapped..upto`.
    fn wrap_paragraphs(&mut self, doc: &Document, upto: usize) {
        let ascii = ascii_widths();
        for i in self.wrapped..upto.min(doc.paragraphs.len()) {
            if i > 0 {
                let gap = doc.paragraphs[i - 1].end;
                self.lines.push(gap..gap);
            }
            wrap_paragraph(
                &doc.text,
                doc.paragraphs[i].clone(),
                self.width,
                &ascii,
                &mut self.lines,
            );
            self.wrapped = i + 1;
        }
    }

    /// The width this cache was built for.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Number of screen lines wrapped so far, blank separators included: all
    /// of them once [`WrapCache::is_complete`].
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The number of lines the whole document will have: exact once complete,
    /// before that extrapolated from the lines per byte wrapped so far, so the
    /// scrollbar and the position in percent are right to within a few percent
    /// while the rest is still being wrapped.
    pub fn estimated_len(&self, doc: &Document) -> usize {
        let done = self
            .wrapped
            .checked_sub(1)
            .and_then(|i| doc.paragraphs.get(i));
        match done {
            Some(last) if !self.is_complete() && last.end > 0 => {
                let per_byte = self.lines.len() as f64 / last.end as f64;
                ((doc.text.len() as f64 * per_byte) as usize).max(self.lines.len())
            }
            _ => self.lines.len(),
        }
    }

    /// Byte range of screen line `i` (empty for a separator), if it exists.
    pub fn line(&self, i: usize) -> Option<Range<usize>> {
        self.lines.get(i).cloned()
    }

    /// The screen line showing byte `pos`; a byte in the whitespace at a line
    /// break belongs to the line after it. Clamped to the last line. A byte
    /// past what is wrapped so far maps to the line after the last one wrapped.
    pub fn line_of(&self, pos: usize) -> usize {
        let i = self.lines.partition_point(|l| l.end <= pos);
        if self.is_complete() {
            i.min(self.lines.len().saturating_sub(1))
        } else {
            i
        }
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

/// Columns of each ASCII character, looked up instead of computed: most text
/// is ASCII, and wrapping measures every character.
fn ascii_widths() -> [u8; 128] {
    std::array::from_fn(|b| char_width(char::from(b as u8)) as u8)
}

/// Wraps paragraph `para` of `text` to `width` columns, first fit, appending its
/// lines to `out`. Words break at breakable whitespace (newlines included:
/// hard-wrapped sources read as one paragraph); a word wider than `width` is cut
/// into pieces that fit. A word goes on the current line when the line's words,
/// the whitespace after each and the word fit in `width`; otherwise it starts the
/// next line (textwrap's first-fit rule, on which the tests check it).
fn wrap_paragraph(
    text: &str,
    para: Range<usize>,
    width: usize,
    ascii: &[u8; 128],
    out: &mut Vec<Range<usize>>,
) {
    let Some(slice) = text.get(para.clone()) else {
        return;
    };
    let mut line: Option<Range<usize>> = None;
    // Columns of the current line, whitespace after its last word included.
    let mut line_width = 0;
    let mut place = |w: Word, line: &mut Option<Range<usize>>, line_width: &mut usize| {
        match line {
            Some(l) if *line_width + w.width <= width => l.end = w.end,
            Some(l) => {
                out.push(l.clone());
                *line = Some(w.start..w.end);
                *line_width = 0;
            }
            None => *line = Some(w.start..w.end),
        }
        *line_width += w.width + w.space;
    };
    let mut current: Option<Word> = None;
    for (i, c) in slice.char_indices() {
        let at = para.start + i;
        let cw = match u8::try_from(c) {
            Ok(b) if b.is_ascii() => usize::from(ascii[usize::from(b)]),
            _ => char_width(c),
        };
        let blank = is_break_space(c);
        if blank {
            // Whitespace belongs to the word before it; leading whitespace
            // cannot occur (paragraphs are trimmed) and would be dropped.
            if let Some(w) = current.as_mut() {
                w.space += cw;
            }
            continue;
        }
        match current.as_mut() {
            Some(w) if w.space == 0 && w.width + cw <= width => {
                w.end = at + c.len_utf8();
                w.width += cw;
            }
            _ => {
                if let Some(w) = current.take() {
                    place(w, &mut line, &mut line_width);
                }
                current = Some(Word {
                    start: at,
                    end: at + c.len_utf8(),
                    width: cw,
                    space: 0,
                });
            }
        }
    }
    if let Some(w) = current {
        place(w, &mut line, &mut line_width);
    }
    out.extend(line);
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

    /// The lines textwrap's first-fit algorithm gives, the reference the fast
    /// path must match.
    fn textwrap_lines(d: &Document, width: usize) -> Vec<Range<usize>> {
        use textwrap::core::Fragment;
        #[derive(Debug)]
        struct F(Word);
        impl Fragment for F {
            fn width(&self) -> f64 {
                self.0.width as f64
            }
            fn whitespace_width(&self) -> f64 {
                self.0.space as f64
            }
            fn penalty_width(&self) -> f64 {
                0.0
            }
        }
        let mut lines = Vec::new();
        for (i, para) in d.paragraphs.iter().enumerate() {
            if i > 0 {
                let gap = d.paragraphs[i - 1].end;
                lines.push(gap..gap);
            }
            // Words cut as the wrapper cuts them: at breakable whitespace, and
            // pieces of at most `width` columns.
            let mut words = Vec::new();
            let mut cur: Option<Word> = None;
            for (j, c) in d.text[para.clone()].char_indices() {
                let at = para.start + j;
                if is_break_space(c) {
                    if let Some(w) = cur.as_mut() {
                        w.space += char_width(c);
                    }
                    continue;
                }
                let cw = char_width(c);
                match cur.as_mut() {
                    Some(w) if w.space == 0 && w.width + cw <= width => {
                        w.end = at + c.len_utf8();
                        w.width += cw;
                    }
                    _ => {
                        words.extend(cur.take().map(F));
                        cur = Some(Word {
                            start: at,
                            end: at + c.len_utf8(),
                            width: cw,
                            space: 0,
                        });
                    }
                }
            }
            words.extend(cur.map(F));
            for line in textwrap::wrap_algorithms::wrap_first_fit(&words, &[width as f64]) {
                if let (Some(a), Some(b)) = (line.first(), line.last()) {
                    lines.push(a.0.start..b.0.end);
                }
            }
        }
        lines
    }

    #[test]
    fn lines_match_textwraps_first_fit_on_real_text() {
        let novel = include_str!("../../tests/data/doyle-scandal-in-bohemia.txt");
        for text in [
            crate::SAMPLE_TEXT,
            novel,
            "a\tb\u{0B}c  d\u{A0}e 中文字 \u{7}x",
        ] {
            let d = doc(text);
            for width in [1, 2, 7, 20, 41, 80, 133] {
                let w = WrapCache::build(&d, width);
                assert_eq!(w.lines, textwrap_lines(&d, width), "width {width}");
            }
        }
    }

    #[test]
    fn wrapping_to_a_line_wraps_only_the_paragraphs_needed() {
        let d = doc(&"Ein Absatz mit einigen Worten darin.\n".repeat(100));
        let mut w = WrapCache::new(&d, 12);
        w.wrap_to_line(&d, 5);
        assert!(w.len() > 5 && w.len() < 12, "{}", w.len());
        assert!(!w.is_complete());
        let full = WrapCache::build(&d, 12);
        assert_eq!(w.lines[..], full.lines[..w.len()]);
    }

    #[test]
    fn wrapping_more_at_a_time_ends_with_the_same_lines_as_wrapping_at_once() {
        let d = doc(&"Ein Absatz mit einigen Worten darin.\n".repeat(100));
        let mut w = WrapCache::new(&d, 12);
        let mut rounds = 0;
        while w.wrap_more(&d, 200) {
            rounds += 1;
        }
        assert!(rounds > 5, "wrapped in slices, not at once: {rounds}");
        assert!(w.is_complete());
        assert_eq!(w.lines, WrapCache::build(&d, 12).lines);
    }

    #[test]
    fn a_byte_past_the_wrapped_part_maps_past_its_last_line_until_wrapped() {
        let d = doc(&"Ein Absatz mit einigen Worten darin.\n".repeat(100));
        let mut w = WrapCache::new(&d, 12);
        w.wrap_to_line(&d, 3);
        let far = d.paragraphs[50].start + 4;
        assert_eq!(w.line_of(far), w.len());
        w.wrap_to_byte(&d, far);
        let full = WrapCache::build(&d, 12);
        assert_eq!(w.line_of(far), full.line_of(far));
    }

    #[test]
    fn empty_document_has_no_lines() {
        let w = WrapCache::build(&doc(""), 10);
        assert!(w.is_empty());
        assert_eq!(w.line_of(5), 0);
    }
}
