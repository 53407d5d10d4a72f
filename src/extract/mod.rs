//! Quote finding, attribution and the speaker index: pure functions over a
//! [`Document`], no UI, deterministic, linear in the text length.
//!
//! Language-specific knowledge (quote marks, speech verbs, pronouns, roles)
//! lives in `assets/lang/<code>.toml` and is loaded into [`Rules`].

pub mod lang;

pub use lang::{detect_language, Rules};

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
    // Placeholder until the real rules land: pairs of the language's quote
    // marks within a paragraph, no attribution.
    let mut quotes = Vec::new();
    for p in &doc.paragraphs {
        let text = &doc.text[p.clone()];
        let mut open: Option<(usize, char)> = None;
        for (i, c) in text.char_indices() {
            match open {
                None => {
                    if let Some((_, close)) = rules.quote_pairs.iter().find(|(o, _)| *o == c) {
                        open = Some((p.start + i, *close));
                    }
                }
                Some((start, close)) if c == close => {
                    quotes.push(Quote {
                        span: start..p.start + i + c.len_utf8(),
                        kind: QuoteKind::Direct,
                        speaker: None,
                        cue: None,
                    });
                    open = None;
                }
                Some(_) => {}
            }
        }
    }
    Extraction {
        language: rules.code.clone(),
        quotes,
        speakers: Vec::new(),
    }
}
