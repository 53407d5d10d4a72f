//! Quote finding, attribution and the speaker index: pure functions over a
//! [`Document`], no UI, deterministic, linear in the text length.
//!
//! Language-specific knowledge (quote marks, speech verbs, pronouns, roles)
//! lives in `assets/lang/<code>.toml` and is loaded into [`Rules`].
//!
//! The pipeline, one module per step:
//! 1. `spans`: pair quotation marks per paragraph (outer quote only; an unclosed
//!    mark is capped at its paragraph; a multi-paragraph quote is reported as one
//!    quote per paragraph piece, all pieces sharing one speaker);
//! 2. `tokens`, `sentences`: words and punctuation, each quote one token;
//!    sentences bounded in length so every later step works in a fixed window;
//! 3. `names`: mentions (names with roles, pronouns, descriptions, documents),
//!    registered in `speakers`, which merges surnames and transliterations;
//! 4. `cues`: speech verbs, quoting verbs (active/passive), source phrases;
//! 5. `attribute`: the subject of each cue by word order, each quote's nearest
//!    cue, and the fallbacks (continuation paragraph, colon, paragraph speaker);
//! 6. `kind`: direct, partial or other.

mod attribute;
mod cues;
mod kind;
pub mod lang;
mod names;
mod orphans;
mod sentences;
mod spans;
mod speakers;
mod tokens;

pub use lang::{detect_language, detect_language_among, Rules};

use crate::document::Document;
use std::ops::Range;

/// What a quotation is, as DESIGN.md defines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// A sentence or more of quoted speech.
    Direct,
    /// A fragment quoted inside a reporting sentence.
    Partial,
    /// Quoted text that is not speech (a title, a tagline).
    Other,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Other => "other",
        }
    }
}

/// One quotation found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Byte range into the document text, including the quotation marks.
    pub span: Range<usize>,
    pub kind: QuoteKind,
    /// Index into [`Extraction::speakers`], or `None` when no speaker can be told.
    pub speaker: Option<usize>,
    /// Byte range of the speech verb or phrase that ties the quote to its speaker.
    pub cue: Option<Range<usize>>,
}

/// One person or body that is quoted, with every form of its name seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The fullest form of the name in the text, without a role.
    pub name: String,
    /// A role or description the text gives, e.g. "Kreml-Sprecher".
    pub role: Option<String>,
    /// Every form under which the text refers to this speaker, the name included.
    pub aliases: Vec<String>,
    /// Indices into [`Extraction::quotes`], in text order.
    pub quotes: Vec<usize>,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extraction {
    /// Language code of the rules used, e.g. "de".
    pub language: String,
    /// Quotes in text order.
    pub quotes: Vec<Quote>,
    /// Speakers ordered by first appearance.
    pub speakers: Vec<Speaker>,
}

/// Runs the whole pipeline on `doc` with `rules`.
pub fn extract(doc: &Document, rules: &Rules) -> Extraction {
    let lex = lang::Lexicon::new(rules);
    let raws = spans::find_quotes(&doc.text, &doc.paragraphs, &rules.quote_pairs);
    let mut att = attribute::Attributor::new(&lex, &doc.text, raws.len());
    let mut next = 0;
    // One list for every paragraph's quotes, not one allocated per paragraph.
    let mut quotes: Vec<(usize, &spans::RawQuote)> = Vec::new();
    for (para, last) in broken_lines_joined(&doc.text, &doc.paragraphs) {
        let first = next;
        while next < raws.len() && raws[next].para <= last {
            next += 1;
        }
        quotes.clear();
        quotes.extend((first..next).map(|i| (i, &raws[i])));
        att.paragraph(para, &quotes);
    }
    att.finish(&raws);
    orphans::merge_into_named(&mut att.reg, &att.out, &lex);
    assemble(rules, &raws, att)
}

/// Paragraphs as attribution reads them, each with the index of its last paragraph.
/// `„Wäre das besser?“` ⏎ `fragte ein Lehrer.`, `"…"` ⏎ `, sagte er.`: a line that
/// opens with a comma or a lower-case word after a line ending in a closing mark is the
/// same sentence broken by a copy, and its cue is the quote's.
fn broken_lines_joined(text: &str, paragraphs: &[Range<usize>]) -> Vec<(Range<usize>, usize)> {
    let mut out: Vec<(Range<usize>, usize)> = Vec::with_capacity(paragraphs.len());
    for (pi, para) in paragraphs.iter().enumerate() {
        let opens_lower = text
            .get(para.clone())
            .and_then(|p| p.chars().next())
            .is_some_and(|c| c == ',' || c.is_lowercase());
        let after_quote = |prev: &Range<usize>| {
            text.get(prev.clone())
                .and_then(|p| p.chars().next_back())
                .is_some_and(|c| matches!(c, '"' | '“' | '”' | '«' | '»' | '’' | '\''))
        };
        match out.last_mut() {
            Some((prev, last)) if opens_lower && after_quote(prev) => {
                prev.end = para.end;
                *last = pi;
            }
            _ => out.push((para.clone(), pi)),
        }
    }
    out
}

/// Turns attributions into the public quotes and a speaker list ordered by first quote.
fn assemble(rules: &Rules, raws: &[spans::RawQuote], att: attribute::Attributor<'_>) -> Extraction {
    let mut speaker_of_entity: std::collections::HashMap<usize, usize> = Default::default();
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut quotes = Vec::with_capacity(raws.len());
    for (qi, (raw, a)) in raws.iter().zip(att.out.iter()).enumerate() {
        let speaker = a.entity.map(|e| att.reg.canonical(e)).and_then(|e| {
            let ent = att.reg.entities.get(e)?;
            let idx = *speaker_of_entity.entry(e).or_insert_with(|| {
                speakers.push(Speaker {
                    name: ent.name.clone(),
                    role: ent.role.clone(),
                    aliases: ent.forms.clone(),
                    quotes: Vec::new(),
                });
                speakers.len() - 1
            });
            speakers[idx].quotes.push(qi);
            Some(idx)
        });
        let kind = match (a.kind, speaker) {
            (Some(k), _) => k,
            (None, Some(_)) => QuoteKind::Direct,
            (None, None) => QuoteKind::Other,
        };
        quotes.push(Quote {
            span: raw.span.clone(),
            kind,
            speaker,
            cue: a.cue.clone(),
        });
    }
    Extraction {
        language: rules.code.clone(),
        quotes,
        speakers,
    }
}

#[cfg(test)]
mod tests;
