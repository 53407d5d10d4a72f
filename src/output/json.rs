//! The `--json` output. Its schema is stable (DESIGN.md): other tools and the
//! scorer read it. Offsets are Unicode code points, converted from the byte
//! spans used everywhere else only here, at the boundary.

use crate::document::Document;
use crate::extract::Extraction;
use crate::ui::text::display_char;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct JsonOut<'a> {
    language: &'a str,
    quotes: Vec<JsonQuote<'a>>,
    speakers: Vec<JsonSpeaker<'a>>,
}

#[derive(Serialize)]
struct JsonQuote<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_id: Option<usize>,
    cue: Option<&'a str>,
    kind: &'static str,
}

#[derive(Serialize)]
struct JsonSpeaker<'a> {
    id: usize,
    name: &'a str,
    role: Option<&'a str>,
    aliases: &'a [String],
    quotes: &'a [usize],
}

/// Maps ascending byte offsets to code point offsets in one pass over the text.
struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// Code point offset of byte `pos`; costs the characters between `pos`
    /// and the previous call's, so a walk over ascending offsets is linear.
    fn at(&mut self, pos: usize) -> usize {
        if pos < self.byte {
            self.chars -= self.text[pos..self.byte].chars().count();
        } else {
            self.chars += self.text[self.byte..pos].chars().count();
        }
        self.byte = pos;
        self.chars
    }
}

/// Builds the JSON value of an extraction.
pub fn to_json(doc: &Document, ex: &Extraction) -> serde_json::Value {
    serde_json::to_value(build(doc, ex)).expect("the JSON output holds only strings and numbers")
}

/// Writes the extraction as pretty JSON followed by a newline. Characters
/// that could drive a terminal are written as `\uXXXX` escapes (see
/// [`Emitter::string`]), so `whosaid --json hostile.txt` is safe to print.
///
/// The bytes are exactly what `serde_json`'s pretty printer writes for the
/// schema (the tests check that), but written by hand: the generic
/// serializer's per-field calls were a sixth of all the work of `--json`.
pub fn write_json(out: &mut impl Write, doc: &Document, ex: &Extraction) -> io::Result<()> {
    let mut e = Emitter::new(out, Layout::Pretty, doc.text.len());
    e.open(b'{');
    body(&mut e, doc, ex)?;
    e.close(b'}');
    e.buf.push(b'\n');
    e.finish()
}

/// One line of JSON Lines, for several files: `"file"` (the name as given)
/// followed by the fields [`write_json`] writes, on one line.
pub fn write_json_line(
    out: &mut impl Write,
    file: &str,
    doc: &Document,
    ex: &Extraction,
) -> io::Result<()> {
    let mut e = Emitter::new(out, Layout::Compact, doc.text.len());
    e.open(b'{');
    e.key("file");
    e.string(file);
    body(&mut e, doc, ex)?;
    e.close(b'}');
    e.buf.push(b'\n');
    e.finish()
}

/// The schema's fields, in [`JsonOut`]'s order, inside an open object.
fn body<W: Write>(e: &mut Emitter<'_, W>, doc: &Document, ex: &Extraction) -> io::Result<()> {
    let text = doc.text.as_str();
    e.key("language");
    e.string(&ex.language);
    e.key("quotes");
    e.open(b'[');
    // Quotes come in text order and rarely overlap: one counter walks the
    // text about once, start to end to the next start.
    let mut offsets = CharCounter::new(text);
    for q in &ex.quotes {
        e.item();
        e.open(b'{');
        e.key("start");
        e.number(offsets.at(q.span.start));
        e.key("end");
        e.number(offsets.at(q.span.end));
        e.key("text");
        e.string(&text[q.span.clone()]);
        e.key("speaker");
        match q.speaker {
            Some(s) => e.string(&ex.speakers[s].name),
            None => e.null(),
        }
        e.key("speaker_id");
        match q.speaker {
            Some(s) => e.number(s),
            None => e.null(),
        }
        e.key("cue");
        match &q.cue {
            Some(c) => e.string(&text[c.clone()]),
            None => e.null(),
        }
        e.key("kind");
        e.string(q.kind.as_str());
        e.close(b'}');
        e.flush_if_full()?;
    }
    e.close(b']');
    e.key("speakers");
    e.open(b'[');
    for (id, s) in ex.speakers.iter().enumerate() {
        e.item();
        e.open(b'{');
        e.key("id");
        e.number(id);
        e.key("name");
        e.string(&s.name);
        e.key("role");
        match &s.role {
            Some(r) => e.string(r),
            None => e.null(),
        }
        e.key("aliases");
        e.open(b'[');
        for a in &s.aliases {
            e.item();
            e.string(a);
        }
        e.close(b']');
        e.key("quotes");
        e.open(b'[');
        for &q in &s.quotes {
            e.item();
            e.number(q);
        }
        e.close(b']');
        e.close(b'}');
        e.flush_if_full()?;
    }
    e.close(b']');
    Ok(())
}

/// `display_char(c) == c`, answered at once for the characters between the
/// C1 controls and U+2028 (accented letters, dashes, curly quotes: nearly
/// every non-ASCII character of an article), where nothing is escaped.
fn drawn_as_itself(c: char) -> bool {
    ('\u{A0}'..'\u{2028}').contains(&c) || display_char(c) == c
}

/// True when all eight bytes of `word` are printable ASCII other than `"`
/// and `\`: bytes a JSON string holds as they are. Bit tricks on the whole
/// word (a byte is zero in `x` exactly when its top bit survives
/// `(x - 0x01..) & !x & 0x80..`), about a quarter of the work of eight
/// byte-by-byte tests.
fn all_plain(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    // Bytes below 0x20: subtracting 0x20 borrows into the top bit (bytes
    // of 0x80 and above are caught by `word & HIGH`).
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    let special = zero_byte(word ^ (ONES * u64::from(b'"')))
        | zero_byte(word ^ (ONES * u64::from(b'\\')))
        | zero_byte(word ^ (ONES * 0x7F));
    (word & HIGH) | below_space | special == 0
}

/// Pretty (two-space indents, one value a line, `": "`) as `serde_json`'s
/// `PrettyFormatter`, or compact as its `CompactFormatter`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    Pretty,
    Compact,
}

/// Writes JSON into a buffer that goes to the output in large pieces, so
/// neither a write per value nor the whole output held in memory.
struct Emitter<'w, W: Write> {
    out: &'w mut W,
    buf: Vec<u8>,
    layout: Layout,
    /// Open arrays and objects.
    depth: usize,
    /// Nothing written yet in the innermost open array or object.
    first: bool,
    /// The first write error, reported by the next flush: a string spills its
    /// escapes to the output as it goes, where no error can be returned.
    failed: Option<io::Error>,
}

impl<'w, W: Write> Emitter<'w, W> {
    /// Buffered output is handed on once it is this long.
    const CHUNK: usize = 64 * 1024;

    fn new(out: &'w mut W, layout: Layout, text_len: usize) -> Self {
        Emitter {
            out,
            buf: Vec::with_capacity(text_len.clamp(4096, 2 * Self::CHUNK)),
            layout,
            depth: 0,
            first: true,
            failed: None,
        }
    }

    fn open(&mut self, bracket: u8) {
        self.buf.push(bracket);
        self.depth += 1;
        self.first = true;
    }

    fn close(&mut self, bracket: u8) {
        self.depth -= 1;
        if !self.first {
            self.line_break();
        }
        self.buf.push(bracket);
        self.first = false;
    }

    /// Before an array element or an object key: the comma after the value
    /// before, and in the pretty layout a new line.
    fn item(&mut self) {
        if !self.first {
            self.buf.push(b',');
        }
        self.first = false;
        self.line_break();
    }

    fn line_break(&mut self) {
        // A line break and two spaces for each level; the schema nests four deep.
        const INDENTS: &[u8] = b"\n                ";
        if self.layout == Layout::Pretty {
            let len = 1 + 2 * self.depth;
            match INDENTS.get(..len) {
                Some(indent) => self.buf.extend_from_slice(indent),
                None => {
                    self.buf.push(b'\n');
                    self.buf.resize(self.buf.len() + len - 1, b' ');
                }
            }
        }
    }

    /// An object key (plain ASCII, as the schema's keys are) and its colon.
    fn key(&mut self, key: &str) {
        self.item();
        self.buf.push(b'"');
        self.buf.extend_from_slice(key.as_bytes());
        self.buf.extend_from_slice(match self.layout {
            Layout::Pretty => b"\": ",
            Layout::Compact => b"\":",
        });
    }

    fn null(&mut self) {
        self.buf.extend_from_slice(b"null");
    }

    fn number(&mut self, mut n: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.buf.extend_from_slice(&digits[at..]);
    }

    /// A JSON string. Escaped, besides what JSON must escape (C0 controls,
    /// `"`, `\`, with `serde_json`'s short forms `\b \t \n \f \r`),
    /// every character the reader would not draw as itself
    /// ([`display_char`]): DEL, C1 controls (U+009B is CSI to some
    /// terminals), bidi controls, hidden format characters, line and
    /// paragraph separators. The value is the same JSON either way; only its
    /// bytes become inert on a terminal.
    fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.buf.push(b'"');
        let mut plain = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Printable ASCII, most of any text, is drawn as itself: no
            // decoding, and eight bytes judged at a time.
            if let Some(word) = bytes.get(i..i + 8) {
                if all_plain(u64::from_le_bytes(word.try_into().unwrap_or_default())) {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            if (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\' {
                i += 1;
                continue;
            }
            let (c, len) = if b < 0x80 {
                (char::from(b), 1)
            } else {
                // Not ASCII: the whole character decides.
                match s[i..].chars().next() {
                    Some(c) => (c, c.len_utf8()),
                    None => break,
                }
            };
            // Escaped: what JSON must escape, and what would not be drawn as itself.
            if b < 0x20 || b == b'"' || b == b'\\' || !drawn_as_itself(c) {
                self.buf.extend_from_slice(&bytes[plain..i]);
                self.escape(c);
                plain = i + len;
                // An escape is up to six times its character: a quote made of
                // control characters must not be held whole.
                self.spill();
            }
            i += len;
        }
        self.buf.extend_from_slice(&bytes[plain..]);
        self.buf.push(b'"');
    }

    /// One character as an escape: the short forms JSON has, else `\uXXXX`
    /// for each UTF-16 unit, in lower-case hex.
    fn escape(&mut self, c: char) {
        let short: &[u8] = match c {
            '"' => b"\\\"",
            '\\' => b"\\\\",
            '\u{8}' => b"\\b",
            '\u{c}' => b"\\f",
            '\n' => b"\\n",
            '\r' => b"\\r",
            '\t' => b"\\t",
            _ => b"",
        };
        if !short.is_empty() {
            self.buf.extend_from_slice(short);
            return;
        }
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut units = [0u16; 2];
        for &unit in c.encode_utf16(&mut units).iter() {
            let hex = |shift: u16| HEX[usize::from((unit >> shift) & 0xF)];
            self.buf
                .extend_from_slice(&[b'\\', b'u', hex(12), hex(8), hex(4), hex(0)]);
        }
    }

    fn flush_if_full(&mut self) -> io::Result<()> {
        self.spill();
        self.failed.take().map_or(Ok(()), Err)
    }

    /// Hands a full buffer on, keeping the first error for the next flush.
    fn spill(&mut self) {
        if self.buf.len() >= Self::CHUNK {
            if self.failed.is_none() {
                if let Err(e) = self.out.write_all(&self.buf) {
                    self.failed = Some(e);
                }
            }
            self.buf.clear();
        }
    }

    fn finish(mut self) -> io::Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        self.out.write_all(&self.buf)
    }
}

fn build<'a>(doc: &'a Document, ex: &'a Extraction) -> JsonOut<'a> {
    let text = doc.text.as_str();
    // Starts and ends interleave but both ascend, so two counters keep it linear.
    let mut starts = CharCounter::new(text);
    let mut ends = CharCounter::new(text);
    let quotes = ex
        .quotes
        .iter()
        .map(|q| JsonQuote {
            start: starts.at(q.span.start),
            end: ends.at(q.span.end),
            text: &text[q.span.clone()],
            speaker: q.speaker.map(|s| ex.speakers[s].name.as_str()),
            speaker_id: q.speaker,
            cue: q.cue.clone().map(|c| &text[c]),
            kind: q.kind.as_str(),
        })
        .collect();
    let speakers = ex
        .speakers
        .iter()
        .enumerate()
        .map(|(id, s)| JsonSpeaker {
            id,
            name: &s.name,
            role: s.role.as_deref(),
            aliases: &s.aliases,
            quotes: &s.quotes,
        })
        .collect();
    JsonOut {
        language: &ex.language,
        quotes,
        speakers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Quote, QuoteKind, Speaker};
    use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

    /// What [`write_json`] and [`write_json_line`] must write byte for byte:
    /// `serde_json`'s output for the schema, with string fragments escaped
    /// as [`Emitter::string`] documents.
    fn reference(doc: &Document, ex: &Extraction, file: Option<&str>) -> Vec<u8> {
        #[derive(Serialize)]
        struct Line<'a> {
            file: &'a str,
            #[serde(flatten)]
            body: JsonOut<'a>,
        }
        let mut out = Vec::new();
        match file {
            None => {
                let mut ser = serde_json::Serializer::with_formatter(
                    &mut out,
                    TerminalSafe(PrettyFormatter::new()),
                );
                build(doc, ex).serialize(&mut ser).unwrap();
            }
            Some(file) => {
                let line = Line {
                    file,
                    body: build(doc, ex),
                };
                let mut ser = serde_json::Serializer::with_formatter(
                    &mut out,
                    TerminalSafe(CompactFormatter),
                );
                line.serialize(&mut ser).unwrap();
            }
        }
        out.push(b'\n');
        out
    }

    /// A formatter that escapes string fragments the way the output must.
    struct TerminalSafe<F>(F);

    impl<F: Formatter> Formatter for TerminalSafe<F> {
        fn write_string_fragment<W: ?Sized + Write>(
            &mut self,
            w: &mut W,
            fragment: &str,
        ) -> io::Result<()> {
            for c in fragment.chars() {
                if display_char(c) == c {
                    write!(w, "{c}")?;
                } else {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        write!(w, "\\u{unit:04x}")?;
                    }
                }
            }
            Ok(())
        }
        fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.begin_array(w)
        }
        fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.end_array(w)
        }
        fn begin_array_value<W: ?Sized + Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> io::Result<()> {
            self.0.begin_array_value(w, first)
        }
        fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.end_array_value(w)
        }
        fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.begin_object(w)
        }
        fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.end_object(w)
        }
        fn begin_object_key<W: ?Sized + Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> io::Result<()> {
            self.0.begin_object_key(w, first)
        }
        fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.begin_object_value(w)
        }
        fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.end_object_value(w)
        }
    }

    /// Quotes and speakers with every kind of character and every optional
    /// field both set and unset, empty lists included.
    fn awkward() -> (Document, Extraction) {
        let text = "„a\u{1b}]0;\\t\u{7}\"b\u{9b}\u{8}\u{c}\r\n\u{1}\u{7f}\u{202e}c\u{2028}\u{E0041} Jörg\t😀“ sagte er. »Nein«, meinte Ärger \u{85}.";
        let doc = Document::from_text("t", text.to_string());
        let second = text.find('»').unwrap();
        let cue = text.find("sagte").unwrap();
        let quote = |span: std::ops::Range<usize>, kind, speaker, cue| Quote {
            span,
            kind,
            speaker,
            cue,
        };
        let ex = Extraction {
            language: "de".into(),
            quotes: vec![
                quote(0..second - 1, QuoteKind::Other, None, None),
                quote(
                    second..text.len(),
                    QuoteKind::Direct,
                    Some(1),
                    Some(cue..cue + 5),
                ),
                quote(cue..text.len(), QuoteKind::Partial, Some(0), None),
            ],
            speakers: vec![
                Speaker {
                    name: "Jörg \u{1b}[31m\"X\"".into(),
                    role: Some("Sprecher\u{2029}".into()),
                    aliases: vec!["Jörg".into(), "\\".into()],
                    quotes: vec![2],
                },
                Speaker {
                    name: "Ärger".into(),
                    role: None,
                    aliases: vec![],
                    quotes: vec![],
                },
            ],
        };
        (doc, ex)
    }

    #[test]
    fn pretty_output_is_byte_for_byte_serde_jsons() {
        for (doc, ex) in [awkward(), sample()] {
            let mut out = Vec::new();
            write_json(&mut out, &doc, &ex).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(reference(&doc, &ex, None)).unwrap()
            );
        }
        let (doc, mut ex) = sample();
        ex.quotes.clear();
        ex.speakers.clear();
        let mut out = Vec::new();
        write_json(&mut out, &doc, &ex).unwrap();
        assert_eq!(out, reference(&doc, &ex, None));
    }

    #[test]
    fn json_lines_are_byte_for_byte_serde_jsons() {
        for (doc, ex) in [awkward(), sample()] {
            let mut out = Vec::new();
            write_json_line(&mut out, "a\u{1b}\"b.txt", &doc, &ex).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(reference(&doc, &ex, Some("a\u{1b}\"b.txt"))).unwrap()
            );
        }
    }

    #[test]
    fn eight_bytes_at_a_time_pass_exactly_printable_ascii_but_quote_and_backslash() {
        for b in 0..=255u8 {
            let plain = (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\';
            for at in 0..8 {
                for filler in [b' ', b'a', b'~'] {
                    let mut word = [filler; 8];
                    word[at] = b;
                    assert_eq!(all_plain(u64::from_le_bytes(word)), plain, "{b:#x} at {at}");
                }
            }
        }
    }

    #[test]
    fn the_quick_answer_for_drawn_characters_is_display_chars() {
        for c in (0..0x3_0000)
            .chain(0xE_0000..0xE_0100)
            .filter_map(char::from_u32)
        {
            assert_eq!(drawn_as_itself(c), display_char(c) == c, "{c:?}");
        }
    }

    #[test]
    fn character_offsets_may_step_back() {
        let text = "äöü abc ß";
        let mut c = CharCounter::new(text);
        assert_eq!(c.at(text.len()), 9);
        assert_eq!(c.at(2), 1);
        assert_eq!(c.at(6), 3);
        assert_eq!(c.at(0), 0);
    }

    #[test]
    fn output_longer_than_one_chunk_is_written_whole() {
        let (doc, one) = sample();
        let ex = Extraction {
            quotes: vec![one.quotes[0].clone(); 5000],
            speakers: vec![Speaker {
                quotes: (0..5000).collect(),
                ..one.speakers[0].clone()
            }],
            ..one
        };
        let mut out = Vec::new();
        write_json(&mut out, &doc, &ex).unwrap();
        assert!(out.len() > 4 * Emitter::<Vec<u8>>::CHUNK);
        assert_eq!(out, reference(&doc, &ex, None));
    }

    /// Records the longest single write, so a test can bound what was held at once.
    #[derive(Default)]
    struct Largest {
        all: Vec<u8>,
        largest: usize,
    }

    impl Write for Largest {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.largest = self.largest.max(b.len());
            self.all.extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// `„` + 200,000 ESC + `“`: escaped, the quote is six times its size.
    fn escape_heavy() -> (Document, Extraction) {
        let text = format!("„{}“", "\u{1b}".repeat(200_000));
        let doc = Document::from_text("t", text);
        let ex = Extraction {
            language: "de".into(),
            quotes: vec![Quote {
                span: 0..doc.text.len(),
                kind: QuoteKind::Other,
                speaker: None,
                cue: None,
            }],
            speakers: vec![],
        };
        (doc, ex)
    }

    #[test]
    fn a_quote_of_control_characters_is_written_in_pieces_not_held_whole() {
        let (doc, ex) = escape_heavy();
        let mut out = Largest::default();
        write_json(&mut out, &doc, &ex).unwrap();
        assert!(out.all.len() > 1_200_000);
        assert!(
            out.largest < 2 * Emitter::<Vec<u8>>::CHUNK,
            "{}",
            out.largest
        );
        assert_eq!(out.all, reference(&doc, &ex, None));
    }

    /// Fails every write.
    struct Broken;

    impl Write for Broken {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_write_error_inside_a_long_string_is_reported() {
        let (doc, ex) = escape_heavy();
        let err = write_json(&mut Broken, &doc, &ex).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
    }

    fn sample() -> (Document, Extraction) {
        let doc = Document::from_text("t", "Größe: „Ja“, sagte Jörg.".to_string());
        let start = doc.text.find('„').unwrap();
        let end = doc.text.find('“').unwrap() + '“'.len_utf8();
        let cue = doc.text.find("sagte").unwrap();
        let ex = Extraction {
            language: "de".into(),
            quotes: vec![Quote {
                span: start..end,
                kind: QuoteKind::Direct,
                speaker: Some(0),
                cue: Some(cue..cue + 5),
            }],
            speakers: vec![Speaker {
                name: "Jörg".into(),
                role: None,
                aliases: vec!["Jörg".into()],
                quotes: vec![0],
            }],
        };
        (doc, ex)
    }

    #[test]
    fn offsets_are_code_points_not_bytes() {
        let (doc, ex) = sample();
        let v = to_json(&doc, &ex);
        assert_eq!(v["quotes"][0]["start"], 7);
        assert_eq!(v["quotes"][0]["end"], 11);
        let chars: Vec<char> = doc.text.chars().collect();
        let slice: String = chars[7..11].iter().collect();
        assert_eq!(v["quotes"][0]["text"], slice.as_str());
    }

    #[test]
    fn characters_that_drive_terminals_are_escaped_and_the_value_is_unchanged() {
        let text = "„a\u{1b}]0;t\u{7}b\u{9b}31m\u{7f}\u{202e}c\u{2028}\u{E0041} Jörg\t“";
        let doc = Document::from_text("t", text.to_string());
        let ex = Extraction {
            language: "de".into(),
            quotes: vec![Quote {
                span: 0..text.find('“').unwrap() + '“'.len_utf8(),
                kind: QuoteKind::Other,
                speaker: None,
                cue: None,
            }],
            speakers: vec![],
        };
        let mut out = Vec::new();
        write_json(&mut out, &doc, &ex).unwrap();
        let json = String::from_utf8(out).unwrap();
        for c in json.chars() {
            assert!(
                matches!(c, '\n' | ' ') || display_char(c) == c,
                "{c:?} written raw in {json}"
            );
        }
        assert!(
            json.contains(r#"a\u001b]0;t\u0007b\u009b31m\u007f\u202ec\u2028\udb40\udc41 Jörg\t“"#),
            "{json}"
        );
        assert!(
            json.contains("Jörg"),
            "ordinary non-ASCII stays as it is: {json}"
        );
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["quotes"][0]["text"], &text[ex.quotes[0].span.clone()]);
        assert_eq!(v, to_json(&doc, &ex), "same value as plain serde_json");
    }

    #[test]
    fn quote_carries_speaker_name_id_cue_and_kind() {
        let (doc, ex) = sample();
        let v = to_json(&doc, &ex);
        let q = &v["quotes"][0];
        assert_eq!(q["speaker"], "Jörg");
        assert_eq!(q["speaker_id"], 0);
        assert_eq!(q["cue"], "sagte");
        assert_eq!(q["kind"], "direct");
        assert_eq!(v["speakers"][0]["quotes"], serde_json::json!([0]));
        assert_eq!(v["language"], "de");
    }
}
