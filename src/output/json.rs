//! The `--json` output. Its schema is stable (DESIGN.md): other tools and the
//! scorer read it. Offsets are Unicode code points, converted from the byte
//! spans used everywhere else only here, at the boundary.

use crate::document::Document;
use crate::extract::Extraction;
use crate::ui::text::display_char;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
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

    /// Code point offset of byte `pos`; cheap when calls come in ascending order.
    fn at(&mut self, pos: usize) -> usize {
        if pos < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..pos].chars().count();
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
/// [`TerminalSafe`]), so `whosaid --json hostile.txt` is safe to print.
pub fn write_json(out: &mut impl Write, doc: &Document, ex: &Extraction) -> std::io::Result<()> {
    let pretty = TerminalSafe(PrettyFormatter::new());
    let mut ser = serde_json::Serializer::with_formatter(&mut *out, pretty);
    build(doc, ex).serialize(&mut ser)?;
    writeln!(out)
}

/// Pretty JSON that escapes, besides what JSON must (C0 controls, `"`, `\`),
/// every character the reader would not draw as itself: DEL, C1 controls
/// (U+009B is CSI to some terminals), bidi controls, hidden format
/// characters, line and paragraph separators. The value is the same JSON
/// either way; only its bytes become inert on a terminal.
/// Wraps the pretty or the compact formatter.
struct TerminalSafe<F>(F);

impl<F: Formatter> Formatter for TerminalSafe<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut plain = 0;
        for (i, c) in fragment.char_indices() {
            if display_char(c) == c {
                continue;
            }
            w.write_all(&fragment.as_bytes()[plain..i])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(w, "\\u{unit:04x}")?;
            }
            plain = i + c.len_utf8();
        }
        w.write_all(&fragment.as_bytes()[plain..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
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
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// One line of JSON Lines, for several files: `"file"` (the name as given)
/// followed by the fields [`write_json`] writes, on one line.
pub fn write_json_line(
    out: &mut impl Write,
    file: &str,
    doc: &Document,
    ex: &Extraction,
) -> std::io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        file: &'a str,
        #[serde(flatten)]
        body: JsonOut<'a>,
    }
    let line = Line {
        file,
        body: build(doc, ex),
    };
    let mut ser = serde_json::Serializer::with_formatter(&mut *out, TerminalSafe(CompactFormatter));
    line.serialize(&mut ser)?;
    writeln!(out)
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
