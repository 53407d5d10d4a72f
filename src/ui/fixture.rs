//! Hand-built articles for tests: behaviour tests must not depend on what the
//! (separately developed) extractor finds, so the extraction is written here.

use crate::document::Document;
use crate::extract::{Extraction, Quote, QuoteKind, Speaker};

/// An article of `paras` (one per line). Every „…“ pair is a quote; the k-th
/// quote is said by `said_by[k]` (an index into `speakers`, or `None`), and
/// its cue is the first `sagte` after it in the same paragraph.
pub fn article(
    paras: &[&str],
    speakers: &[(&str, Option<&str>)],
    said_by: &[Option<usize>],
) -> (Document, Extraction) {
    let doc = Document::from_text("fixture.txt", paras.join("\n"));
    let mut quotes = Vec::new();
    for p in &doc.paragraphs {
        let text = &doc.text[p.clone()];
        let mut from = 0;
        while let Some(open) = text[from..].find('„').map(|i| from + i) {
            let Some(close) = text[open..].find('“').map(|i| open + i + '“'.len_utf8()) else {
                break;
            };
            let cue = text[close..]
                .find("sagte")
                .map(|i| p.start + close + i..p.start + close + i + "sagte".len());
            let k = quotes.len();
            quotes.push(Quote {
                span: p.start + open..p.start + close,
                kind: QuoteKind::Direct,
                speaker: said_by.get(k).copied().flatten(),
                cue,
            });
            from = close;
        }
    }
    let speakers = speakers
        .iter()
        .enumerate()
        .map(|(i, (name, role))| Speaker {
            name: name.to_string(),
            role: role.map(str::to_string),
            aliases: vec![name.to_string()],
            quotes: (0..quotes.len())
                .filter(|&q| quotes[q].speaker == Some(i))
                .collect(),
        })
        .collect();
    let ex = Extraction {
        language: "de".into(),
        quotes,
        speakers,
    };
    (doc, ex)
}

/// A long article: 30 paragraphs of filler around one quote each, said in
/// turn by Anna, Bert, nobody, Carla, Anna, Bert, … so filters and paging
/// have something to do.
pub fn long_article() -> (Document, Extraction) {
    let paras: Vec<String> = (0..30)
        .map(|i| {
            format!(
                "Absatz {i} beginnt mit etwas Text, der nur Platz füllt und umbrochen wird. \
                 „Zitat Nummer {i} mit ein paar Worten“, sagte jemand dazu. \
                 Danach folgt noch ein Satz, damit der Absatz lang genug ist."
            )
        })
        .collect();
    let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
    let said_by: Vec<Option<usize>> = (0..30)
        .map(|i| match i % 4 {
            0 => Some(0),
            1 => Some(1),
            2 => None,
            _ => Some(2),
        })
        .collect();
    article(
        &refs,
        &[
            ("Anna Alt", Some("Ministerin")),
            ("Bert Brandt", None),
            ("Carla Christ", Some("Sprecherin")),
        ],
        &said_by,
    )
}
