//! The part of each paragraph's work that depends on its text alone: tokens,
//! sentences and each sentence's cues. Attribution walks the paragraphs in order, carrying state
//! from one to the next; this part needs nothing from earlier paragraphs, so
//! on a long text a second core does it ahead of the walk (issue 5: a fifth
//! of the work of `--json`). Both ways give the same tokens, so the same
//! output.

use super::cues::{self, Cue};
use super::lang::Lexicon;
use super::sentences;
use super::spans::RawQuote;
use super::tokens::{tokenize, Token};
use std::ops::Range;
use std::sync::mpsc;

/// Texts shorter than this are prepared on the walking thread: a thread
/// would cost more than it saves.
pub const AHEAD_FROM: usize = 256 * 1024;

/// Prepared paragraphs are handed over in batches of about this much text,
/// and at most [`BATCHES_AHEAD`] batches wait: the tokens of a few hundred
/// KiB of text are in memory at a time, not those of the whole text.
const BATCH_BYTES: usize = 64 * 1024;
const BATCHES_AHEAD: usize = 4;

/// One paragraph, ready for attribution.
pub struct Prepared {
    /// Indices into the document's quotes of the quotes inside the paragraph.
    pub quotes: Range<usize>,
    pub tokens: Vec<Token>,
    /// Token ranges of the sentences.
    pub sents: Vec<Range<usize>>,
    /// The cues of each sentence.
    pub cues_of: Vec<Vec<Cue>>,
}

/// Prepares paragraph `para`, whose quotes are `raws[quotes]`.
fn prepare(
    text: &str,
    lex: &Lexicon,
    para: Range<usize>,
    raws: &[RawQuote],
    quotes: Range<usize>,
) -> Prepared {
    let spans: Vec<(usize, Range<usize>)> =
        quotes.clone().map(|i| (i, raws[i].span.clone())).collect();
    let tokens = tokenize(text, para, &spans);
    let sents = sentences::split(text, &tokens, lex);
    let cues_of = sents
        .iter()
        .map(|s| cues::find(&tokens, s.clone(), lex))
        .collect();
    Prepared {
        quotes,
        tokens,
        sents,
        cues_of,
    }
}

/// Every paragraph prepared, in order, on this thread, as they are asked for.
fn in_order<'a>(
    text: &'a str,
    lex: &'a Lexicon,
    paragraphs: &'a [Range<usize>],
    raws: &'a [RawQuote],
) -> impl Iterator<Item = Prepared> + 'a {
    let mut next = 0;
    paragraphs.iter().enumerate().map(move |(pi, para)| {
        let first = next;
        while next < raws.len() && raws[next].para == pi {
            next += 1;
        }
        prepare(text, lex, para.clone(), raws, first..next)
    })
}

/// Calls `walk` with every paragraph prepared, in order: on a text of
/// [`AHEAD_FROM`] bytes or more and a machine with two cores or more,
/// prepared on a second thread while `walk` consumes them.
pub fn with_prepared<R>(
    text: &str,
    lex: &Lexicon,
    paragraphs: &[Range<usize>],
    raws: &[RawQuote],
    walk: impl FnOnce(&mut dyn Iterator<Item = Prepared>) -> R,
) -> R {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if text.len() < AHEAD_FROM || cores < 2 {
        return walk(&mut in_order(text, lex, paragraphs, raws));
    }
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<Vec<Prepared>>(BATCHES_AHEAD);
        let ahead = std::thread::Builder::new()
            .name("whosaid-prepare".into())
            .spawn_scoped(scope, move || {
                let mut batch = Vec::new();
                let mut bytes = 0;
                for (p, para) in in_order(text, lex, paragraphs, raws).zip(paragraphs) {
                    bytes += para.len();
                    batch.push(p);
                    if bytes >= BATCH_BYTES {
                        if tx.send(std::mem::take(&mut batch)).is_err() {
                            return; // The walk has ended early.
                        }
                        bytes = 0;
                    }
                }
                // The last batch; an error means the walk has already ended.
                let _ = tx.send(batch);
            });
        match ahead {
            Ok(_) => walk(&mut rx.into_iter().flatten()),
            // No thread to be had: the same work, on this one.
            Err(_) => walk(&mut in_order(text, lex, paragraphs, raws)),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::spans::find_quotes;
    use crate::extract::Rules;

    fn long_text() -> String {
        let para =
            "„Wir bleiben“, sagte Anna Alt. Dann ging sie. „Und ihr?“\n\nEr schwieg lange.\n";
        para.repeat(AHEAD_FROM / para.len() + 10)
    }

    #[test]
    fn paragraphs_prepared_ahead_are_those_prepared_in_order() {
        let rules = Rules::builtin("de").unwrap();
        let lex = Lexicon::new(&rules);
        let text = long_text();
        let paragraphs = crate::document::split_paragraphs(&text);
        let raws = find_quotes(&text, &paragraphs, &rules.quote_pairs);
        let summary = |it: &mut dyn Iterator<Item = Prepared>| {
            it.map(|p| (p.quotes, p.tokens, p.sents))
                .collect::<Vec<_>>()
        };
        let ahead = with_prepared(&text, &lex, &paragraphs, &raws, summary);
        let here = summary(&mut in_order(&text, &lex, &paragraphs, &raws));
        assert_eq!(ahead.len(), paragraphs.len());
        assert!(ahead == here);
    }

    #[test]
    fn a_walk_that_stops_early_ends_the_preparing_thread() {
        let rules = Rules::builtin("de").unwrap();
        let lex = Lexicon::new(&rules);
        let text = long_text();
        let paragraphs = crate::document::split_paragraphs(&text);
        let raws = find_quotes(&text, &paragraphs, &rules.quote_pairs);
        // Returns at all: the thread is not left blocked on a full channel.
        let first = with_prepared(&text, &lex, &paragraphs, &raws, |it| {
            it.next().map(|p| p.quotes)
        });
        assert_eq!(first, Some(0..2));
    }
}
