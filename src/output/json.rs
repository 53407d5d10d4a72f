//! The `--json` output. Its schema is stable (DESIGN.md): other tools and the
//! scorer read it. Offsets are Unicode code points, converted from the byte
//! spans used everywhere else only here, at the boundary.

use crate::document::Document;
use crate::extract::Extraction;
use serde::Serialize;
use std::io::Write;

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

/// Writes the extraction as pretty JSON followed by a newline.
pub fn write_json(out: &mut impl Write, doc: &Document, ex: &Extraction) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &build(doc, ex))?;
    writeln!(out)
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
    serde_json::to_writer(&mut *out, &line)?;
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
