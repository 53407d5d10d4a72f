//! Quote kinds: direct speech, a partial quote, or something that is not speech.

use super::tokens::Token;
use super::QuoteKind;
use std::ops::Range;

/// Classifies the quote at token `qt` of sentence `sent`.
///
/// - `other`: nobody says it and no cue is near (a title, a tagline);
/// - `direct`: it opens its sentence and is followed by a comma, the sentence end or
///   nothing (`„…“, sagte er`), or it closes its own clause inside the marks
///   (`“…,” said X`), or it follows a colon (`Er sagte: „…“`);
/// - `partial`: any other fragment inside a reporting sentence.
///
/// `closes_clause`: the quoted text ends in `,` `.` `!` `?` inside its marks (`“…,” said X`).
/// `starts_sentence`: the quoted text begins with a capital letter (`“We won.”`), so after
/// `said,` it is a sentence of speech, not a fragment (`said the plan was “dead”`).
pub fn classify(
    tokens: &[Token],
    sent: Range<usize>,
    qt: usize,
    has_speaker: bool,
    has_cue: bool,
    closes_clause: bool,
    starts_sentence: bool,
) -> QuoteKind {
    if !has_speaker && !has_cue {
        return QuoteKind::Other;
    }
    // `Smith said: “…”` and `Smith said, “We won.”`: a quote introduced by its cue.
    let after_colon = qt > sent.start
        && (tokens[qt - 1].is_punct(":")
            || (has_cue && starts_sentence && tokens[qt - 1].is_punct(",")));
    let opens = qt == sent.start
        || (qt == sent.start + 1 && tokens[sent.start].is_punct("(–—-"))
        || after_dateline(tokens, sent.start, qt);
    let next = tokens.get(qt + 1).filter(|_| qt + 1 < sent.end);
    let stands_alone =
        closes_clause || next.is_none_or(|t| t.is_punct(",.!?;") || t.quote().is_some());
    if after_colon || (opens && stands_alone) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// `Berlin – „…“, sagte sie`, `LONDON (Reuters) - '…,' said X`: a quote right after a
/// dateline's dash opens its sentence. A dateline is a few capitalised words, with
/// brackets, commas, slashes or dots between them, and maybe a date in figures
/// (`Straßburg, 15.07.2016 – „…“`).
fn after_dateline(tokens: &[Token], start: usize, qt: usize) -> bool {
    const MAX_DATELINE: usize = 12;
    qt > start + 1
        && qt - start <= MAX_DATELINE
        && tokens[qt - 1].is_punct("–—-")
        && tokens[start..qt - 1].iter().all(|t| {
            t.is_cap()
                || t.is_punct("()/,.")
                || t.is_punct("–—-")
                || t.lower()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        })
        && tokens[start].is_cap()
}
