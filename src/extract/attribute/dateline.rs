//! Datelines that open a paragraph (`BERLIN (dpn) –`, `(CNN)`, Wikinews' `Place (Country),
//! date –`): where they end, so that the words after them are read as the paragraph's
//! opening. Kept apart because they are a layout rule of their own, with no speaker.

use super::*;

/// The end of a dateline `Place (Country), date –` (Wikinews), if the tokens open with one.
fn place_country_date(tokens: &[Token]) -> Option<usize> {
    const PLACE_TOKENS: usize = 6;
    const BRACKET_TOKENS: usize = 6;
    const DATE_TOKENS: usize = 6;
    let open = (0..tokens.len().min(PLACE_TOKENS))
        .find(|&c| !tokens[c].is_word() && !tokens[c].is_punct("."))?;
    let place = open > 0
        && tokens[0].is_cap()
        && tokens[..open].iter().all(|t| t.is_punct(".") || t.is_cap());
    if !place || !tokens[open].is_punct("(") {
        return None;
    }
    let close =
        (open + 1..tokens.len().min(open + BRACKET_TOKENS)).find(|&c| tokens[c].is_punct(")"))?;
    if !tokens.get(close + 1)?.is_punct(",") {
        return None;
    }
    let dash = (close + 2..tokens.len().min(close + 2 + DATE_TOKENS))
        .find(|&c| tokens[c].is_punct("–—-"))?;
    let dated = dash > close + 2
        && tokens[dash - 1]
            .lower()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    dated.then_some(dash + 1)
}

/// `St. Pölten (OTS/NLK) –`, `Bad Ischl (OTS) –`: a place of several capitalised words
/// (and abbreviation dots) before an agency in capitals and a dash. A party in the
/// brackets, or a given name, role or title first, makes it a person's name (`Hans Huber
/// (ÖVP) –`, `Hans Huber (ORF) –`).
fn place_of_words_then_agency(text: &str, tokens: &[Token], lex: &Lexicon) -> Option<usize> {
    const PLACE_TOKENS: usize = 5;
    const BRACKET_TOKENS: usize = 6;
    let open = (1..tokens.len().min(PLACE_TOKENS + 1)).find(|&c| tokens[c].is_punct("("))?;
    let place = open > 1
        && tokens[0].is_cap()
        && !tokens[0].has(b::GIVEN_NAME | b::ROLE | b::TITLE)
        && tokens[..open].iter().all(|t| t.is_cap() || t.is_punct("."))
        && tokens[open - 1].is_word();
    if !place {
        return None;
    }
    let close = (open + 2..tokens.len().min(open + BRACKET_TOKENS))
        .find(|&c| tokens[c].is_punct(")"))
        .filter(|&c| tokens.get(c + 1).is_some_and(|t| t.is_punct("–—-")))?;
    let agency = tokens[open + 1].is_word()
        && text
            .get(tokens[open + 1].range.clone())
            .is_some_and(|w| !w.chars().any(char::is_lowercase))
        && !tokens[open + 1..close]
            .iter()
            .any(|t| t.lower().is_some_and(|w| lex.party_short_names.contains(w)));
    agency.then_some(close + 2)
}

/// Tokens of a dateline opening a paragraph (`BERLIN (dpn) –`, `(CNN)`), which names no speaker.
pub(super) fn dateline_end(text: &str, tokens: &[Token], lex: &Lexicon) -> usize {
    let end = dateline_head_end(text, tokens, lex);
    if end == 0 {
        return 0;
    }
    date_then_dash(tokens, end, lex).unwrap_or(end)
}

/// `Linz (OTS) - 1. April 2017 – „…“`: a release's date between the dateline and a second
/// dash still belongs to the dateline, so the quote after it opens the paragraph.
fn date_then_dash(tokens: &[Token], from: usize, lex: &Lexicon) -> Option<usize> {
    const DATE_TOKENS: usize = 8;
    let dash = (from..tokens.len().min(from + DATE_TOKENS))
        .find(|&c| !tokens[c].is_word() && !tokens[c].is_punct(".,"))?;
    if !tokens[dash].is_punct("–—-") || dash == from {
        return None;
    }
    let number = |t: &Token| {
        t.lower()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    let date_word = |t: &Token| {
        t.is_punct(".,") || number(t) || t.lower().is_some_and(|w| lex.non_names.contains(w))
    };
    let dated = tokens[from..dash].iter().all(date_word) && number(&tokens[dash - 1]);
    dated.then_some(dash + 1)
}

/// The dateline proper, before any date that follows it.
fn dateline_head_end(text: &str, tokens: &[Token], lex: &Lexicon) -> usize {
    let all_caps = |t: &Token| {
        t.is_word()
            && text.get(t.range.clone()).is_some_and(|w| {
                w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
            })
    };
    let mut k = 0;
    while tokens.get(k).is_some_and(&all_caps) {
        k += 1;
    }
    // `LONDON, March 3 (Reuters) -`: a date may follow the place.
    if k > 0 && tokens.get(k).is_some_and(|t| t.is_punct(",")) {
        const DATE_TOKENS: usize = 10;
        let date_end =
            (k + 1..tokens.len().min(k + DATE_TOKENS)).find(|&c| tokens[c].is_punct("(–—-"));
        if let Some(d) = date_end {
            k = d;
        }
    }
    // `Wien (PK) –`: a place in ordinary case, its agency in brackets and a dash.
    let place_then_agency = k == 0
        && tokens.first().is_some_and(|t| t.is_word() && t.is_cap())
        && tokens.get(1).is_some_and(|t| t.is_punct("("));
    if k == 0 {
        if let Some(end) = place_of_words_then_agency(text, tokens, lex) {
            return end;
        }
    }
    if place_then_agency {
        let dash = (2..tokens.len().min(8))
            .find(|&c| tokens[c].is_punct(")"))
            .filter(|&c| tokens.get(c + 1).is_some_and(|t| t.is_punct("–—-")));
        if let Some(close) = dash {
            return close + 2;
        }
        // (`Wien (ÖVP-Klub) Mit einer launigen Einleitung …`, `Wien (SPW) Anlässlich …`: or
        // a sender's short name in capitals, and the sentence right after it.)
        let agency = (2..tokens.len().min(6))
            .find(|&c| tokens[c].is_punct(")"))
            .filter(|&c| {
                tokens[2..c].iter().any(|t| {
                    text.get(t.range.clone())
                        .is_some_and(|w| w.chars().filter(|ch| ch.is_uppercase()).count() >= 2)
                }) && tokens.get(c + 1).is_some_and(|t| t.is_word() && t.is_cap())
                    // (`Strache (FPÖ) …`: a party in brackets follows a person.)
                    && !tokens[2..c].iter().any(|t| {
                        t.lower().is_some_and(|w| lex.party_short_names.contains(w))
                    })
            });
        if let Some(close) = agency {
            return close + 1;
        }
    }
    // `Washington D.C. (Vereinigte Staaten), 10.06.2010 –`: Wikinews' place, its country
    // in brackets, a comma, the date and a dash.
    if k == 0 {
        if let Some(end) = place_country_date(tokens) {
            return end;
        }
    }
    // `Washington, D.C., December 22, 2005 -`: a place in ordinary case, a date ending
    // in a number, and a dash.
    const PLACE_DATE: usize = 12;
    if k == 0 && tokens.first().is_some_and(|t| t.is_word() && t.is_cap()) {
        let dash = (1..tokens.len().min(PLACE_DATE))
            .find(|&c| !tokens[c].is_word() && !tokens[c].is_punct(",."));
        // (`Esbjerg, 18. Mai 2022: „…“`: a photo text's place and date end in a colon.)
        let dated = dash.is_some_and(|d| {
            tokens[d].is_punct("–—-:(")
                // (`Straßburg, 15.07.2016 –`: a date in figures and dots is one word.)
                && tokens[d - 1].lower().is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit())
                        && w.chars().all(|c| c.is_ascii_digit() || c == '.')
                })
                && tokens[1].is_punct(",")
        });
        match dash.filter(|_| dated) {
            // `Washington, Sept. 30, 2022 (GLOBE NEWSWIRE) -- Today, …`: the agency in
            // brackets and the dash (or two) after it close the dateline.
            Some(d) if tokens[d].is_punct("(") => {
                const AGENCY_TOKENS: usize = 6;
                let close = (d + 1..tokens.len().min(d + AGENCY_TOKENS))
                    .find(|&c| tokens[c].is_punct(")"))
                    .filter(|&c| tokens.get(c + 1).is_some_and(|t| t.is_punct("–—-")));
                if let Some(c) = close {
                    let mut e = c + 1;
                    while tokens.get(e).is_some_and(|t| t.is_punct("–—-")) {
                        e += 1;
                    }
                    return e;
                }
            }
            Some(d) => return d + 1,
            None => {}
        }
    }
    // `Washington—Senator Dianne Feinstein …`, `Washington, D.C.—Today …`: a place in
    // ordinary case and a dash right before a capitalised word.
    const PLACE_TOKENS: usize = 6;
    if k == 0 {
        let dash = (1..tokens.len().min(PLACE_TOKENS))
            .find(|&c| {
                let place_word = tokens[c].is_word() && tokens[c].is_cap();
                !place_word && !tokens[c].is_punct(",.")
            })
            .filter(|&d| tokens[d].is_punct("–—"));
        let placed = dash.is_some_and(|d| {
            tokens[0].is_word()
                && tokens[0].is_cap()
                && tokens.get(d + 1).is_some_and(|t| t.is_word() && t.is_cap())
        });
        if let Some(d) = dash.filter(|_| placed) {
            return d + 1;
        }
    }
    let mut marked = false;
    // (`((Joe Biden))`: a script's speaker line in double brackets is no agency.)
    let double = tokens.get(k + 1).is_some_and(|t| t.is_punct("("));
    if !double && tokens.get(k).is_some_and(|t| t.is_punct("(")) {
        if let Some(close) = (k + 1..tokens.len().min(k + 6)).find(|&c| tokens[c].is_punct(")")) {
            k = close + 1;
            marked = true;
        }
    }
    if k > 0 && tokens.get(k).is_some_and(|t| t.is_punct("–—-:")) {
        k += 1;
        marked = true;
    }
    // (`WASHINGTON  Today, Secretary …`: a place in capitals whose dash was lost leaves
    // a run of spaces before the capitalised word opening the text.)
    let gap = |a: &Token, b: &Token| text.get(a.range.end..b.range.start).unwrap_or("");
    let lost_dash = !marked
        && k > 0
        && text
            .get(tokens[k - 1].range.clone())
            .is_some_and(|w| w.chars().count() >= 3)
        && tokens.get(k).is_some_and(|t| {
            t.is_word()
                && t.is_cap()
                && gap(&tokens[k - 1], t)
                    .chars()
                    .filter(|c| c.is_whitespace())
                    .count()
                    >= 2
        });
    if lost_dash {
        marked = true;
    }
    if marked {
        k
    } else {
        0
    }
}
