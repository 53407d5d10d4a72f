//! Quote spans: pairing quotation marks within a paragraph.
//!
//! One pass per paragraph, one character at a time, so the cost is linear.
//! Only the outermost quote is reported; marks inside it open and close inner
//! quotes. A mark that never closes is capped at the end of its paragraph, so
//! a stray mark cannot swallow the rest of the document.
//!
//! Multi-paragraph quotes (English style: every paragraph reopens, only the
//! last one closes) are reported as one quote per paragraph piece; the piece
//! that runs to its paragraph end is marked [`RawQuote::runs_on`] and the next
//! piece [`RawQuote::continues`], so attribution can give all pieces one speaker.

use std::ops::Range;

/// A quote found in the text, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// Byte range including the marks (or up to the paragraph end when unclosed).
    pub span: Range<usize>,
    /// Index of the paragraph holding the quote.
    pub para: usize,
    /// The quote is unclosed at its paragraph end and the next paragraph reopens it.
    pub runs_on: bool,
    /// The quote reopens a quote left open at the end of the previous paragraph.
    pub continues: bool,
}

/// What sort of mark opened a quote; decides how strictly it must close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// „ “ » « and friends: an unclosed one is capped at the paragraph end.
    Double,
    /// ‘ ‚ ' : easily confused with apostrophes, dropped when unclosed.
    Single,
}

struct Open {
    start: usize,
    mark: char,
    strength: Strength,
    /// Opened by two single marks in a row (`‘’politicking”`, `''word''`): a double
    /// opening typed with single marks, closed by a double mark or two single ones.
    doubled: bool,
}

/// Finds the quotes of every paragraph. `pairs` are (opening, closing) marks.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Range<usize>],
    pairs: &[(char, char)],
) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::new();
    let mut prev_open_at_end = false;
    // Unmarked paragraphs since a quote was left open: its middle, if a lost-opening
    // last piece closes it.
    let mut middle: Vec<(usize, Range<usize>)> = Vec::new();
    // A statement announced by a colon and left open to the end of the text: the
    // index of its first piece and the unmarked paragraphs after it.
    let mut statement: Option<usize> = None;
    let mut tail: Vec<(usize, Range<usize>)> = Vec::new();
    let mut prev_colon = false;
    // Built once for the document, not once per paragraph.
    let leads = LeadBytes::new(pairs);
    for (pi, para) in paragraphs.iter().enumerate() {
        let Some(ptext) = text.get(para.clone()) else {
            continue;
        };
        let first_in_para = out.len();
        let open_at_end = scan_paragraph(ptext, para.start, pi, pairs, &leads, &mut out);
        if statement.is_some() {
            if out.len() == first_in_para && !ptext.chars().any(|c| is_mark(c, pairs)) {
                tail.push((pi, para.clone()));
            } else {
                statement = None;
                tail.clear();
            }
        }
        // (`erklärte … Hans-Gert Pöttering:` ⏎ `„Mit der Annahme …` ⏎ `Der … Kompromiss …`
        // to the end: a statement opened under a colon line that no mark closes or
        // interrupts again runs to the end of the text, each paragraph a piece of it.)
        if open_at_end
            && prev_colon
            && out.len() == first_in_para + 1
            && out[first_in_para].span.start == para.start
        {
            statement = Some(first_in_para);
            tail.clear();
        }
        prev_colon = ptext.trim_end().ends_with(':');
        if prev_open_at_end && out.len() == first_in_para {
            if let Some(end) = closes_lost_opening(ptext, pairs) {
                // `„Ob in der Ukraine …` ⏎ `Diese Probleme … geschoben werden."`: a
                // paragraph with no opening mark that closes the quote left open
                // before it is that quote's last piece.
                if let Some(prev) = out.last_mut() {
                    prev.runs_on = true;
                }
                // (`„Ich verurteile …` ⏎ `Ich rufe … auf.` ⏎ `Gemeinsam … ergreifen.“`:
                // the unmarked paragraphs between are the quote's middle.)
                for (mp, span) in middle.drain(..) {
                    out.push(RawQuote {
                        span,
                        para: mp,
                        runs_on: true,
                        continues: true,
                    });
                }
                out.push(RawQuote {
                    span: para.start..para.start + end,
                    para: pi,
                    runs_on: false,
                    continues: true,
                });
                prev_open_at_end = false;
                continue;
            }
        }
        // (`“… would do...` ⏎ `Jamaica: Women of Tivoli Gardens` ⏎ `“If these women …”`:
        // after paragraphs with no mark the quote left open was cut, not reopened.)
        if prev_open_at_end && middle.is_empty() {
            let reopens = ptext.chars().next().is_some_and(|c| is_opener(c, pairs));
            // (`„84 Prozent …` ⏎ `Das ist ein ermutigendes Signal“, sagte Kühnel`: a piece
            // from the paragraph's start to a closing mark, its opening lost, is the
            // quote's last piece too.)
            let closes = !reopens
                && out
                    .get(first_in_para)
                    .is_some_and(|q| q.span.start == para.start);
            if let Some(q) = out.get_mut(first_in_para) {
                if (reopens || closes) && q.span.start == para.start {
                    q.continues = true;
                }
            }
            if reopens || closes {
                if let Some(prev) = out[..first_in_para].last_mut() {
                    prev.runs_on = true;
                }
            }
        }
        // `"Diese Woche …` ⏎ `Ausgangspunkt war …` ⏎ `… gezogen werden."`: paragraphs with
        // no mark at all between an opening left open and its lost-opening last piece
        // keep the quote open (they are the quote's unmarked middle).
        // (Tested only while a quote is open: most paragraphs are never scanned again.)
        // (A quote runs over a few paragraphs; after more, its closing mark was lost.)
        const MAX_MIDDLE: usize = 4;
        let unmarked = || out.len() == first_in_para && !ptext.chars().any(|c| is_mark(c, pairs));
        let in_middle = !open_at_end && prev_open_at_end && unmarked();
        if in_middle && middle.len() < MAX_MIDDLE {
            middle.push((pi, para.clone()));
        } else {
            middle.clear();
        }
        prev_open_at_end = open_at_end || !middle.is_empty();
    }
    // (A few paragraphs: after more, the statement is over and its closing mark lost.)
    const MAX_TAIL: usize = 12;
    if let Some(first) = statement.filter(|_| !tail.is_empty() && tail.len() <= MAX_TAIL) {
        out[first].runs_on = true;
        let last = tail.len() - 1;
        for (k, (tp, span)) in tail.into_iter().enumerate() {
            out.push(RawQuote {
                span,
                para: tp,
                runs_on: k < last,
                continues: true,
            });
        }
    }
    out
}

fn is_mark(c: char, pairs: &[(char, char)]) -> bool {
    pairs.iter().any(|&(o, cl)| o == c || cl == c)
}

/// The byte length up to and including the closing mark that ends paragraph `p`
/// right after a sentence end (`… werden."`), when no opening mark comes before it.
fn closes_lost_opening(p: &str, pairs: &[(char, char)]) -> Option<usize> {
    let body = p.trim_end();
    let mut rev = body.chars().rev();
    let close = rev.next()?;
    let before = rev.next()?;
    let is_closer = pairs.iter().any(|(_, cl)| *cl == close);
    if !is_closer || !".!?…".contains(before) {
        return None;
    }
    let opened = body[..body.len() - close.len_utf8()]
        .chars()
        .any(|c| is_opener(c, pairs));
    (!opened).then_some(body.len())
}

fn is_opener(c: char, pairs: &[(char, char)]) -> bool {
    pairs.iter().any(|(o, _)| *o == c)
}

fn closes(open: char, c: char, pairs: &[(char, char)]) -> bool {
    pairs.iter().any(|(o, cl)| *o == open && *cl == c)
}

fn strength(c: char) -> Strength {
    match c {
        '‘' | '‚' | '\'' | '’' | '‹' | '›' => Strength::Single,
        _ => Strength::Double,
    }
}

/// Punctuation after which a straight mark opens a quote.
fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => p.is_whitespace() || "([{—–-/:„“‘«»‚".contains(p),
    }
}

/// Can `c` open a quote here? Straight and single marks need a word start.
fn can_open(c: char, prev: Option<char>, next: Option<char>) -> bool {
    // `Zweitens“, meinte sie`: a mark followed by a comma ends something (a dot may
    // start an ellipsis: `"...plied the detective"`).
    let next_ok = next.is_some_and(|n| !n.is_whitespace() && !",;:!?)".contains(n));
    match c {
        // (`Pew Research Center”s`: a closing-shaped mark between letters is an
        // apostrophe typed wrong, however the language pairs it.)
        '"' | '\'' | '‘' | '‚' | '”' => next_ok && opens_after(prev),
        '’' => false,
        // `„ So schön Joggen ist …“`: the low mark opens whatever follows it.
        '„' => next.is_some_and(|n| !",;:!?)".contains(n)),
        _ => next_ok,
    }
}

/// Can `c` close a quote here? A closing single mark followed by a letter is an apostrophe.
fn can_close(c: char, prev: Option<char>, next: Option<char>) -> bool {
    let prev_ok = prev.is_some_and(|p| !p.is_whitespace());
    let next_word = next.is_some_and(|n| n.is_alphanumeric());
    match c {
        '\'' | '’' | '‘' => prev_ok && !next_word,
        '"' => prev_ok || next.is_none_or(|n| n.is_whitespace() || ".,;:!?)".contains(n)),
        _ => true,
    }
}

/// `‘Name-and-shame policy’The anonymity …`: a curly single mark closing an open one,
/// between a lower-case word and a capital, is the closing mark of a heading run into
/// the sentence after it (an apostrophe has a lower-case letter after it, `don’t`, or a
/// capital before it, `O’Neill`). An elision is short or ends in `ll` (`d’Estaing`,
/// `L’Aquila`, `dell’Acqua`, `quell’Anno`): the word before must be neither.
fn glued_single_close(p: &str, i: usize, open: char, c: char, next: Option<char>) -> bool {
    const MIN_WORD: usize = 5;
    if !(open == '‘' && c == '’' && next.is_some_and(char::is_uppercase)) {
        return false;
    }
    // The last letters of the word before the mark, nearest first.
    let word_end: Vec<char> = p[..i]
        .chars()
        .rev()
        .take(MIN_WORD)
        .take_while(|ch| ch.is_lowercase())
        .collect();
    word_end.len() == MIN_WORD && !(word_end[0] == 'l' && word_end[1] == 'l')
}

/// `… beneath the falls." Seven more bodies …," said Rongdej`: with no quote open, a
/// straight double mark glued to the end of a sentence and followed by a space and a
/// capital opens a quote (a careless space moved the mark), when a mark that can close
/// it follows in the paragraph.
///
/// (`… is dangerous.“ Just like we had kings,” said Lee`: so does an English opening
/// curly mark, closed by its own curly partner.)
fn glued_straight_opener(p: &str, i: usize, c: char, prev: Option<char>) -> bool {
    let closer = match c {
        '"' => '"',
        '“' => '”',
        _ => return false,
    };
    // (`She says,"We are fighting …"`: after a comma, only glued to the capital after it.)
    let comma = prev == Some(',');
    if !(prev.is_some_and(|p| ".!?".contains(p)) || comma) {
        return false;
    }
    // (`in Paris."Die Zeiten …"`: the space after it may be missing too.)
    let rest = &p[i + c.len_utf8()..];
    if comma && !rest.starts_with(char::is_uppercase) {
        return false;
    }
    let words = rest.trim_start_matches(' ');
    if !words.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    words.char_indices().any(|(j, m)| {
        m == closer
            && words[..j]
                .chars()
                .next_back()
                .is_some_and(|b| !b.is_whitespace())
            && words[j + m.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|n| n.is_whitespace() || ".,;:!?)".contains(n))
    })
}

/// `erklärte: " Das spanische Projekt …"` and `forderte einen " Stopp für … "`: a
/// straight double mark after a space or a colon and followed by a space and a word
/// opens a quote (a careless space after the mark) when the next straight mark of the
/// paragraph can close it.
fn padded_straight_opener(
    p: &str,
    i: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
) -> bool {
    if c != '"' || next != Some(' ') || !prev.is_none_or(|pv| pv.is_whitespace() || pv == ':') {
        return false;
    }
    let rest = &p[i + 1..];
    // (`" 'No' does not mean a rupture."`: a nested quote may open the words.)
    if !rest
        .trim_start_matches(' ')
        .trim_start_matches(['\'', '‘'])
        .starts_with(char::is_alphabetic)
    {
        return false;
    }
    rest.find('"').is_some_and(|j| {
        let before = rest[..j].chars().next_back();
        let after = rest[j + 1..].chars().next();
        before.is_some_and(|b| b != ' ' || j > 1)
            && can_close('"', before, after)
            && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `she said. “ … It’s very important.”`: an opening mark that a space and an
/// ellipsis follow (words left out at the start) opens, after a space or a colon.
fn padded_ellipsis_opener(
    p: &str,
    i: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
) -> bool {
    let opener = matches!(c, '“' | '„' | '«' | '»' | '"');
    let rest = p[i + c.len_utf8()..].trim_start_matches(' ');
    opener
        && next == Some(' ')
        && prev.is_none_or(|pv| pv.is_whitespace() || pv == ':')
        && (rest.starts_with('…') || rest.starts_with("..."))
}

/// Does `c` close a quote whose opening mark the writer left out?
///
/// `Wir sind nicht auf dem Weg“, sagte sie.` and `We are not there,” she said.`:
/// a curly closing mark glued to the words before it and followed by the comma
/// (or, in English, the space) that leads into an attribution. Only the first
/// quote of a paragraph is recovered this way, from the paragraph start, because
/// that is where a lost opening mark leaves an unmarked stretch; straight and
/// single marks are too often inches, feet or apostrophes to be trusted.
fn closes_unopened(
    p: &str,
    i: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
    pairs: &[(char, char)],
) -> bool {
    if c == '"' || strength(c) == Strength::Single || !pairs.iter().any(|&(_, cl)| cl == c) {
        return false;
    }
    let glued_end = match (prev, next) {
        // Not after a digit: `from 24” to 27”, the company said` are inches.
        (Some(pv), Some(',')) => pv.is_alphabetic() || ".!?…".contains(pv),
        (Some(pv), Some(n)) => ",!?".contains(pv) && n.is_whitespace(),
        _ => false,
    };
    // At least two words, so a lone word in marks is not mistaken for a sentence.
    glued_end && p[..i].trim().contains(char::is_whitespace)
}

/// `‘We want to recover Nick,” said King` and `"It feels good to be here,' said Parker`:
/// the writer opened with one mark and closed with one of the other strength. Glued
/// after a clause end and followed by a space and a lower-case word (the attribution),
/// such a mark ends the open quote when no inner quote is open.
fn mismatched_close(p: &str, i: usize, open: Strength, c: char, prev: Option<char>) -> bool {
    let other = match open {
        Strength::Single => matches!(c, '”' | '"'),
        Strength::Double => matches!(c, '’' | '\''),
    };
    let clause_end = prev.is_some_and(|pv| ",.!?".contains(pv));
    let rest = p.get(i + c.len_utf8()..).unwrap_or("");
    let attribution = rest.starts_with(' ')
        && rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    other && clause_end && attribution
}

/// How far to look for a better closing mark when `’` may be a plural possessive.
const POSSESSIVE_LOOKAHEAD: usize = 300;

/// `‘Doctors’ patience is running out.’`: a `’` after `s`, followed by a space and a
/// lower-case word, with another closing `’` shortly after, is an apostrophe.
fn plural_possessive(p: &str, i: usize, mark: char, prev: Option<char>) -> bool {
    if prev != Some('s') {
        return false;
    }
    let Some(rest) = p.get(i + mark.len_utf8()..) else {
        return false;
    };
    let mut it = rest.chars();
    if !it.next().is_some_and(char::is_whitespace) || !it.next().is_some_and(char::is_lowercase) {
        return false;
    }
    let window_end = (0..=POSSESSIVE_LOOKAHEAD.min(rest.len()))
        .rev()
        .find(|&e| rest.is_char_boundary(e))
        .unwrap_or(0);
    let window = &rest[..window_end];
    // The next mark decides: one that closes (`the workers' union 'X'`) leaves this one a
    // possessive; one that opens after a space (`'Fabrica sin Patrones' or 'Factory …'`)
    // means this one closed its quote, as a quote does not nest its own mark.
    let next = window.char_indices().find(|&(_, c)| c == mark);
    next.is_some_and(|(j, c)| {
        !window[j + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    })
}

/// The quotation marks of `p` (byte offset, mark, character before, character after).
///
/// Only marks change the pairing state, so only they are visited: a table of the
/// marks' first UTF-8 bytes skips everything else without decoding it, and eight
/// bytes at a time are passed over when none of them can be such a byte (see
/// [`LeadBytes::may_hold`]), which keeps the scan near memory speed on a long text
/// with few quotes per line.
fn marks<'p>(
    p: &'p str,
    leads: &'p LeadBytes,
) -> impl Iterator<Item = (usize, char, Option<char>, Option<char>)> + 'p {
    let set = &leads.marks;
    let bytes = p.as_bytes();
    let mut i = 0;
    // A lead byte is never a UTF-8 continuation byte, so every hit is a char boundary.
    std::iter::from_fn(move || loop {
        while let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
            if leads.may_hold(word) {
                break;
            }
            i += 8;
        }
        let at = i;
        let b = *bytes.get(at)?;
        i += 1;
        if !leads.table[usize::from(b)] {
            continue;
        }
        let Some(c) = p[at..].chars().next() else {
            continue;
        };
        if set.contains(&c) {
            let prev = p[..at].chars().next_back();
            let next = p[at + c.len_utf8()..].chars().next();
            return Some((at, c, prev, next));
        }
    })
}

/// The quotation marks and their first UTF-8 bytes.
struct LeadBytes {
    /// Every opening and closing mark.
    marks: Vec<char>,
    table: [bool; 256],
    /// The ASCII ones (`"`, `'`), each repeated in all eight bytes of a word.
    ascii: Vec<u64>,
    /// Some mark is not ASCII: any byte of 0x80 or above may start one.
    high: bool,
}

impl LeadBytes {
    fn new(pairs: &[(char, char)]) -> Self {
        let marks: Vec<char> = pairs.iter().flat_map(|&(o, c)| [o, c]).collect();
        let mut table = [false; 256];
        let mut ascii = Vec::new();
        let mut high = false;
        for c in &marks {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes()[0];
            table[usize::from(b)] = true;
            if b < 0x80 {
                let spread = u64::from(b) * 0x0101_0101_0101_0101;
                if !ascii.contains(&spread) {
                    ascii.push(spread);
                }
            } else {
                high = true;
            }
        }
        LeadBytes {
            marks,
            table,
            ascii,
            high,
        }
    }

    /// False only when no byte of the eight in `word` is a lead byte: no byte has
    /// its high bit set (when some mark is not ASCII) and none equals an ASCII
    /// mark (the classic zero-byte test on `word` XOR the mark; it may say true
    /// wrongly, never false wrongly, and a true only means bytes are looked at).
    #[inline]
    fn may_hold(&self, word: u64) -> bool {
        const LOW: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        if self.high && word & HIGH != 0 {
            return true;
        }
        self.ascii.iter().any(|&m| {
            let x = word ^ m;
            x.wrapping_sub(LOW) & !x & HIGH != 0
        })
    }
}

/// Scans one paragraph; returns whether a double quote was left open at its end.
fn scan_paragraph(
    p: &str,
    base: usize,
    para: usize,
    pairs: &[(char, char)],
    leads: &LeadBytes,
    out: &mut Vec<RawQuote>,
) -> bool {
    scan_from(p, base, para, pairs, leads, out, true)
}

/// Scans `p` (a paragraph, or the rest of one after `base`); `whole` tells that `p`
/// starts the paragraph, where a closing mark with no opening mark may close a quote
/// the paragraph opened unmarked.
fn scan_from(
    p: &str,
    base: usize,
    para: usize,
    pairs: &[(char, char)],
    leads: &LeadBytes,
    out: &mut Vec<RawQuote>,
    whole: bool,
) -> bool {
    let mut outer: Option<Open> = None;
    let mut inner: Option<char> = None;
    let first_in_para = out.len();
    // The second of two closing single marks, already part of the quote it closed.
    let mut skip_at: Option<usize> = None;
    for (i, c, prev, next) in marks(p, leads) {
        if skip_at.take() == Some(i) {
            continue;
        }
        if let Some(o) = outer.as_ref().filter(|o| o.doubled && inner.is_none()) {
            let single_pair = strength(c) == Strength::Single && next == Some(c);
            if (strength(c) == Strength::Double || single_pair) && can_close(c, prev, next) {
                let end = i + c.len_utf8() * if single_pair { 2 } else { 1 };
                out.push(raw(o.start..base + end, para));
                outer = None;
                if single_pair {
                    skip_at = Some(i + c.len_utf8());
                }
                continue;
            }
        }
        match &outer {
            None => {
                if whole
                    && out.len() == first_in_para
                    && closes_unopened(p, i, c, prev, next, pairs)
                {
                    let lead = p.len() - p.trim_start().len();
                    out.push(raw(base + lead..base + i + c.len_utf8(), para));
                } else if is_opener(c, pairs)
                    && (can_open(c, prev, next)
                        || glued_straight_opener(p, i, c, prev)
                        || padded_straight_opener(p, i, c, prev, next)
                        || padded_ellipsis_opener(p, i, c, prev, next))
                {
                    // `‘’politicking”`, `''word''`: two single marks in a row open as one
                    // double mark.
                    let doubled = strength(c) == Strength::Single
                        && next.is_some_and(|n| strength(n) == Strength::Single && n != '‚')
                        && p[i + c.len_utf8()..]
                            .chars()
                            .nth(1)
                            .is_some_and(char::is_alphanumeric);
                    outer = Some(Open {
                        start: base + i,
                        mark: c,
                        strength: if doubled {
                            Strength::Double
                        } else {
                            strength(c)
                        },
                        doubled,
                    });
                    if doubled {
                        skip_at = next.map(|_| i + c.len_utf8());
                    }
                }
            }
            Some(o) => {
                // `"the American empire'' and "Zionist regime"`: two straight single
                // marks after a word close a straight double one; (`„… auf ein Land’’,
                // sagte Jagland`) two curly ones close a curly double one.
                let w = c.len_utf8();
                let two_singles = inner.is_none()
                    && ((o.mark == '"' && c == '\'') || (matches!(o.mark, '„' | '“') && c == '’'))
                    && next == Some(c)
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && p[i + 2 * w..]
                        .chars()
                        .next()
                        .is_none_or(|n| !n.is_alphanumeric());
                if two_singles {
                    out.push(raw(o.start..base + i + 2 * w, para));
                    outer = None;
                    skip_at = Some(i + w);
                    continue;
                }
                if let Some(im) = inner {
                    if closes(im, c, pairs) && can_close(c, prev, next) {
                        inner = None;
                    } else if closes(o.mark, c, pairs) && c != im && strength(c) == Strength::Double
                    {
                        // The inner quote was never closed: the outer closing mark wins.
                        inner = None;
                        out.push(raw(o.start..base + i + c.len_utf8(), para));
                        outer = None;
                    }
                } else if nested_same_curly(p, i, o.mark, c, prev, next, pairs) {
                    inner = Some(c);
                } else if closes(o.mark, c, pairs)
                    && (can_close(c, prev, next) || glued_single_close(p, i, o.mark, c, next))
                    && !(o.strength == Strength::Single && plural_possessive(p, i, c, prev))
                {
                    // `rock 'n' roll`: one letter between single marks is an elision, not a quote.
                    let inner = p.get(o.start - base + o.mark.len_utf8()..i).unwrap_or("");
                    // `an ""irreparable loss"`: a doubled opening mark quotes nothing; the
                    // quote opened by the first goes on.
                    if inner.is_empty() {
                        continue;
                    }
                    if o.strength == Strength::Double || inner.chars().count() >= 2 {
                        out.push(raw(o.start..base + i + c.len_utf8(), para));
                    }
                    outer = None;
                } else if mismatched_close(p, i, o.strength, c, prev) {
                    out.push(raw(o.start..base + i + c.len_utf8(), para));
                    outer = None;
                } else if let Some(end) = (c == '"' && o.mark == '"')
                    .then(|| {
                        lost_close_before_attribution(p, o.start - base, i, prev, next).or_else(
                            || lost_close_at_sentence_end(p, o.start - base, i, prev, next),
                        )
                    })
                    .flatten()
                {
                    // The quote ended, unmarked, at the comma before its attribution or
                    // at a sentence's full stop; this mark opens the next one.
                    out.push(raw(o.start..base + end, para));
                    outer = Some(Open {
                        start: base + i,
                        mark: c,
                        strength: Strength::Double,
                        doubled: false,
                    });
                } else if (c != o.mark || nests_same(p, o.start - base, i, c, pairs))
                    && is_opener(c, pairs)
                    && can_open(c, prev, next)
                {
                    inner = Some(c);
                }
            }
        }
    }
    match outer {
        Some(o)
            if o.strength == Strength::Double && base + p.len() > o.start + o.mark.len_utf8() =>
        {
            out.push(raw(o.start..base + p.len(), para));
            true
        }
        // `‘Name-and-shame policy’The anonymity …, said X. “With …,” she said.`: a
        // single mark never closed opened nothing (its closer was glued to a word); the
        // quotes after it, read as nested in it, are read again on their own. (Once per
        // paragraph, which keeps the scan linear.)
        Some(o) if o.strength == Strength::Single && whole => {
            let rest = o.start - base + o.mark.len_utf8();
            p.get(rest..)
                .is_some_and(|r| scan_from(r, base + rest, para, pairs, leads, out, false))
        }
        _ => false,
    }
}

/// `"… to conserve our coral reefs, said Interior Secretary Dick Kempthorne. "It will
/// help …"`: a straight mark that can only open (a space before it, a letter after),
/// right after a sentence that a comma inside the open quote began in lower case,
/// shows the writer lost the closing mark at that comma: the attribution between is
/// no quote. Returns the end of the first quote (after the comma). (No verb of saying
/// is asked for, as no lexicon is at hand here: a short lower-case clause naming
/// someone in capitals is taken for one.)
fn lost_close_before_attribution(
    p: &str,
    open: usize,
    i: usize,
    prev: Option<char>,
    next: Option<char>,
) -> Option<usize> {
    const MAX_WORDS: usize = 10;
    if !(prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_alphabetic)) {
        return None;
    }
    // (An attribution is short: only this much before the mark is looked at, so a long
    // paragraph of such marks costs no more than its length.)
    const LOOK_BACK: usize = 200;
    let mut from = (open + 1).max(i.saturating_sub(LOOK_BACK));
    while !p.is_char_boundary(from) {
        from += 1;
    }
    let inside = p.get(from..i)?;
    let comma = inside.rfind(", ")?;
    let tail = inside[comma + 1..].trim();
    let sentence_end = tail.ends_with('.') && !tail[..tail.len() - 1].contains(['.', '!', '?']);
    let attribution = tail.starts_with(char::is_lowercase)
        && tail.split_whitespace().take(MAX_WORDS + 1).count() <= MAX_WORDS
        && tail
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase));
    (sentence_end && attribution).then_some(from + comma + 1)
}

/// `"… part of the U.S. research community. "Through the innovation …," added
/// Richardson`: a straight mark that can only open, right after a sentence's full stop
/// inside a straight quote, opens the next paragraph of the quotation, run into this one
/// by a copy that lost the break; the quote before ends, unmarked, at the full stop.
/// (A quote nested in a quote opens inside a sentence: `this is "the dream team."`.)
/// Returns the end of the first quote.
fn lost_close_at_sentence_end(
    p: &str,
    open: usize,
    i: usize,
    prev: Option<char>,
    next: Option<char>,
) -> Option<usize> {
    if !(prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_uppercase)) {
        return None;
    }
    let before = p.get(open + 1..i)?.trim_end();
    // (`the U.S. "Made in America" label`: an abbreviation's full stop ends no sentence;
    // the word before a sentence's stop ends in a lower-case letter and is no short
    // capitalised abbreviation like `Dr.`.)
    const MIN_CAPITALISED: usize = 3;
    let word = before
        .strip_suffix(['.', '!', '?'])?
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()?;
    let stopped = word.ends_with(char::is_lowercase)
        && (word.chars().count() >= MIN_CAPITALISED || !word.starts_with(char::is_uppercase));
    stopped.then_some(open + 1 + before.len())
}

/// `"The guys are excited. I'd say this is "the dream team." They're …"`: a straight
/// mark that can only open, several words into a quote opened by the same mark, nests
/// a quote in it. (Right after the opening, `"Maskottchen "Lesco"`, the first mark
/// more likely lost its partner.)
///
/// So does a mark that only ever opens (`„…, das „Cannabis als Medizin-Gesetz“, …“`).
fn nests_same(p: &str, open: usize, i: usize, c: char, pairs: &[(char, char)]) -> bool {
    const MIN_WORDS: usize = 4;
    let opens_only = !pairs.iter().any(|&(_, close)| close == c);
    (c == '"' || opens_only)
        && p[open + c.len_utf8()..i]
            .split_whitespace()
            .nth(MIN_WORDS - 1)
            .is_some()
}

/// `“… leader Col. Miguel “Mac” Cruz,” said Whiting`: the opening curly mark again,
/// after a space and glued to a word, opens a quote inside the one it opened when two
/// of its own closing marks follow before it comes again, one for each quote. (Typed
/// for a closing mark, `„… gesagt.“`, it follows a word, not a space.)
fn nested_same_curly(
    p: &str,
    i: usize,
    open: char,
    c: char,
    prev: Option<char>,
    next: Option<char>,
    pairs: &[(char, char)],
) -> bool {
    let partner = pairs
        .iter()
        .find(|&&(o, cl)| o == c && cl != c && strength(cl) == Strength::Double)
        .map(|&(_, cl)| cl);
    let (Some(partner), true) = (partner, c == open && c != '"') else {
        return false;
    };
    if !(prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_alphanumeric)) {
        return false;
    }
    let rest = &p[i + c.len_utf8()..];
    let until = rest.find(c).unwrap_or(rest.len());
    rest[..until].matches(partner).count() >= 2
}

fn raw(span: Range<usize>, para: usize) -> RawQuote {
    RawQuote {
        span,
        para,
        runs_on: false,
        continues: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::split_paragraphs;
    use crate::extract::Rules;

    fn quotes(text: &str, lang: &str) -> Vec<String> {
        let rules = Rules::builtin(lang).unwrap();
        let paras = split_paragraphs(text);
        find_quotes(text, &paras, &rules.quote_pairs)
            .into_iter()
            .map(|q| text[q.span].to_string())
            .collect()
    }

    #[test]
    fn two_single_marks_in_a_row_open_one_quote_closed_by_a_double_or_two_singles() {
        assert_eq!(
            quotes("They accused him of ‘’politicking” in a statement.", "en"),
            ["‘’politicking”"]
        );
        assert_eq!(
            quotes("They accused him of ''politicking'' in a statement.", "en"),
            ["''politicking''"]
        );
    }

    #[test]
    fn two_curly_single_marks_close_a_curly_double_one() {
        assert_eq!(
            quotes("„Das betrifft nicht nur ein Land’’, sagte Jagland.", "de"),
            ["„Das betrifft nicht nur ein Land’’"]
        );
        assert_eq!(
            quotes("“It is not one country’’, Jagland said.", "en"),
            ["“It is not one country’’"]
        );
    }

    #[test]
    fn a_padded_straight_mark_opens_before_a_nested_quote() {
        assert_eq!(
            quotes(
                "\"A vote is a step,\" he said. \" 'No' does not mean a rupture.\"",
                "en"
            ),
            [
                "\"A vote is a step,\"",
                "\" 'No' does not mean a rupture.\""
            ]
        );
    }

    #[test]
    fn a_curly_single_mark_between_a_lower_case_letter_and_a_capital_closes_an_open_one() {
        let t = "‘Name-and-shame policy’The anonymity helps, said Julie Okah-Donli.";
        assert_eq!(quotes(t, "en"), ["‘Name-and-shame policy’"]);
    }

    #[test]
    fn an_elision_before_a_capital_closes_no_single_quote() {
        let t = "He spoke of ‘the hills near dell’Acqua and L’Aquila’ in his talk.";
        assert_eq!(
            quotes(t, "en"),
            ["‘the hills near dell’Acqua and L’Aquila’"]
        );
    }

    #[test]
    fn a_single_mark_never_closed_leaves_the_quotes_after_it_their_own() {
        let t = "He saw it as a ‘sign of the times. “We are here,” she said.";
        assert_eq!(quotes(t, "en"), ["“We are here,”"]);
    }

    #[test]
    fn an_opening_mark_padded_before_an_ellipsis_opens() {
        let t = "It is a policy, she said. “ … It’s very important.”";
        assert_eq!(quotes(t, "en"), ["“ … It’s very important.”"]);
    }

    #[test]
    fn german_low_high_quotes_pair() {
        assert_eq!(
            quotes("Sie sagte: „Wir kommen.“ Dann ging sie.", "de"),
            ["„Wir kommen.“"]
        );
    }

    #[test]
    fn straight_mark_glued_between_a_full_stop_and_a_capital_opens() {
        assert_eq!(
            quotes(
                "Er war in Paris.\"Die Zeiten sind schwer\", sagte er.",
                "de"
            ),
            ["\"Die Zeiten sind schwer\""]
        );
    }

    #[test]
    fn straight_mark_glued_between_a_comma_and_a_capital_opens() {
        assert_eq!(
            quotes(
                "She says,\"We are fighting for our rights.\" Then she left.",
                "en"
            ),
            ["\"We are fighting for our rights.\""]
        );
    }

    #[test]
    fn straight_mark_after_a_comma_and_a_space_opens_nothing() {
        assert_eq!(
            quotes("we will win,\" Smith said. \"We go.\"", "en"),
            ["\"We go.\""]
        );
    }

    #[test]
    fn german_low_mark_opens_even_before_a_space() {
        assert_eq!(
            quotes("Er sagte: „ So schön Joggen ist.“ Dann ging er.", "de"),
            ["„ So schön Joggen ist.“"]
        );
    }

    #[test]
    fn straight_opening_mark_closed_by_a_curly_one_pairs() {
        assert_eq!(
            quotes(
                "\"Coral reefs are home to life,” says Kris Sarri. “Climate change is real.\"",
                "en"
            ),
            [
                "\"Coral reefs are home to life,”",
                "“Climate change is real.\""
            ]
        );
        assert_eq!(
            quotes("\"Zu früh, um die Regeln zu lockern“, sagt sie.", "de"),
            ["\"Zu früh, um die Regeln zu lockern“"]
        );
    }

    #[test]
    fn straight_mark_opening_after_a_full_stop_inside_a_straight_quote_starts_the_next_paragraph_of_it(
    ) {
        assert_eq!(
            quotes(
                "\"By enhancing this lab, we honor it. \"Through hard work,\" added Richardson, \"we can help.\"",
                "en"
            ),
            [
                "\"By enhancing this lab, we honor it.",
                "\"Through hard work,\"",
                "\"we can help.\""
            ]
        );
    }

    #[test]
    fn straight_mark_opening_after_an_abbreviation_inside_a_straight_quote_nests() {
        assert_eq!(
            quotes(
                "\"We back the new U.S. \"Made in America\" label,\" he said.",
                "en"
            ),
            ["\"We back the new U.S. \"Made in America\" label,\""]
        );
    }

    #[test]
    fn straight_mark_glued_to_a_sentence_end_opens_when_a_closer_follows() {
        assert_eq!(
            quotes(
                "They swam below the falls.\" Seven more died,\" said Sinchai.",
                "en"
            ),
            ["\" Seven more died,\""]
        );
        assert_eq!(
            quotes("They swam below the falls.\" Seven more died.", "en"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn curly_opening_mark_glued_to_a_sentence_end_opens_when_its_partner_follows() {
        assert_eq!(
            quotes(
                "Kim's thinking is dangerous.“ Just like we had kings,” said Lee.",
                "en"
            ),
            ["“ Just like we had kings,”"]
        );
    }

    #[test]
    fn straight_mark_that_can_only_open_nests_inside_a_long_straight_quote() {
        assert_eq!(
            quotes(
                "He said. \"The guys are excited. This is \"the dream team.\" They will show up.\"",
                "en"
            ),
            ["\"The guys are excited. This is \"the dream team.\" They will show up.\""]
        );
        assert_eq!(
            quotes("Die \"Maskottchen \"Lesco\" und \"Flitzi\" sind da.", "de"),
            ["\"Maskottchen \"Lesco\"", "\"Flitzi\""]
        );
    }

    #[test]
    fn a_mark_that_only_opens_nests_inside_a_long_quote_opened_by_it() {
        assert_eq!(
            quotes(
                "Sie sagte: „Ich denke dabei an das „Cannabis als Medizin-Gesetz“ und an mehr.“",
                "de"
            ),
            ["„Ich denke dabei an das „Cannabis als Medizin-Gesetz“ und an mehr.“"]
        );
    }

    #[test]
    fn german_single_quotes_pair() {
        assert_eq!(
            quotes("Das sei ‚völlig neu‘, hieß es.", "de"),
            ["‚völlig neu‘"]
        );
    }

    #[test]
    fn english_curly_quotes_pair() {
        assert_eq!(quotes("“We will win,” she said.", "en"), ["“We will win,”"]);
    }

    #[test]
    fn guillemets_pair_in_both_directions() {
        assert_eq!(
            quotes("Er rief »Halt« und «Stopp».", "de"),
            ["»Halt«", "«Stopp»"]
        );
    }

    #[test]
    fn straight_quotes_open_and_close_from_neighbours() {
        assert_eq!(
            quotes("The \"plan\" is \"dead,\" he said of the 5\" screen.", "en"),
            ["\"plan\"", "\"dead,\""]
        );
    }

    #[test]
    fn nested_quote_reports_the_outer_one() {
        assert_eq!(
            quotes("“He told me ‘never again’ and left,” she said.", "en"),
            ["“He told me ‘never again’ and left,”"]
        );
        assert_eq!(
            quotes("„Er nannte es ‚Unsinn‘“, sagte sie.", "de"),
            ["„Er nannte es ‚Unsinn‘“"]
        );
    }

    #[test]
    fn doubled_opening_mark_opens_one_quote() {
        assert_eq!(
            quotes("It was an \"\"irreparable loss\" to India.", "en"),
            ["\"\"irreparable loss\""]
        );
    }

    #[test]
    fn apostrophe_is_not_a_quote() {
        assert!(quotes("Merkel’s plan isn’t new; it dates from the ’90s.", "en").is_empty());
        assert_eq!(
            quotes("“I don’t know Merkel’s view,” he said.", "en"),
            ["“I don’t know Merkel’s view,”"]
        );
    }

    #[test]
    fn elision_between_single_marks_is_not_a_quote() {
        assert!(quotes("They played rock 'n' roll all night.", "en").is_empty());
    }

    #[test]
    fn plural_possessive_does_not_close_a_single_quote() {
        assert_eq!(
            quotes("He said: ‘Doctors’ patience is running out.’", "en"),
            ["‘Doctors’ patience is running out.’"]
        );
    }

    #[test]
    fn two_straight_single_marks_close_a_straight_double_one() {
        assert_eq!(
            quotes(
                "He declared that \"the empire'' and \"Zionist regime\" will fall.",
                "en"
            ),
            ["\"the empire''", "\"Zionist regime\""]
        );
    }

    #[test]
    fn unbalanced_mark_is_capped_at_paragraph() {
        let t = "Er sagte: „Das ist offen\nNächster Absatz ohne Zitat.\n„Neu“, sagte sie.";
        assert_eq!(quotes(t, "de"), ["„Das ist offen", "„Neu“"]);
    }

    #[test]
    fn multi_paragraph_quote_reopens() {
        let t = "“First part of it.\n“Second part,” she said.";
        let rules = Rules::builtin("en").unwrap();
        let paras = split_paragraphs(t);
        let q = find_quotes(t, &paras, &rules.quote_pairs);
        assert_eq!(q.len(), 2);
        assert!(q[0].runs_on && !q[0].continues);
        assert!(q[1].continues && !q[1].runs_on);
        assert_eq!(&t[q[0].span.clone()], "“First part of it.");
    }

    #[test]
    fn quote_left_open_before_unmarked_paragraphs_is_not_reopened_after_them() {
        let t = "He posts: “The dispute is a tool...\nJamaica: Women\n“If these women leave, what then?”: Islandista asks.";
        let rules = Rules::builtin("en").unwrap();
        let paras = split_paragraphs(t);
        let q = find_quotes(t, &paras, &rules.quote_pairs);
        assert_eq!(q.len(), 2);
        assert!(!q[1].continues);
    }

    #[test]
    fn statement_opened_under_a_colon_line_runs_unmarked_to_the_end_of_the_text() {
        let t = "Dazu erklärte Anna Roth:\n„Das ist ein guter Tag.\nDer Kompromiss hilft allen.\nEr senkt die Preise.";
        let q = quotes(t, "de");
        assert_eq!(
            q,
            [
                "„Das ist ein guter Tag.",
                "Der Kompromiss hilft allen.",
                "Er senkt die Preise."
            ]
        );
    }

    #[test]
    fn statement_left_open_is_capped_when_a_later_paragraph_has_marks() {
        let t = "Dazu erklärte Anna Roth:\n„Das ist ein guter Tag.\nDer Kompromiss hilft allen.\nDie „Reform“ kommt.";
        let q = quotes(t, "de");
        assert_eq!(q, ["„Das ist ein guter Tag.", "„Reform“"]);
    }

    #[test]
    fn opening_curly_mark_again_inside_a_quote_nests_when_two_closing_marks_follow() {
        let t = "“It welcomes a leader, Col. Miguel “Mac” Cruz,” said Whiting. “Thanks.”";
        assert_eq!(
            quotes(t, "en"),
            [
                "“It welcomes a leader, Col. Miguel “Mac” Cruz,”",
                "“Thanks.”"
            ]
        );
    }

    #[test]
    fn a_straight_mark_opening_after_an_unmarked_attribution_ends_the_quote_at_its_comma() {
        let t =
            "\"It is a step forward, said Secretary Dick Kempthorne. \"It will help the states.\"";
        assert_eq!(
            quotes(t, "en"),
            ["\"It is a step forward,", "\"It will help the states.\""]
        );
    }

    #[test]
    fn same_curly_mark_on_both_sides_pairs() {
        assert_eq!(quotes("He said ”no” and left.", "en"), ["”no”"]);
    }

    #[test]
    fn single_quote_after_s_closes_when_the_next_mark_opens_another() {
        let text = "It is called 'Fabrica sin Patrones' or 'Factory without Bosses' there.";
        assert_eq!(
            quotes(text, "en"),
            ["'Fabrica sin Patrones'", "'Factory without Bosses'"]
        );
    }

    #[test]
    fn straight_mark_typed_for_the_closing_curly_one_pairs() {
        let text = "“Portugal wird ohne Fernsehen sein.\" Das war eine der ersten Reaktionen.";
        assert_eq!(
            quotes(text, "de"),
            ["“Portugal wird ohne Fernsehen sein.\""]
        );
    }

    #[test]
    fn german_opening_single_mark_typed_for_the_closing_one_pairs() {
        assert_eq!(
            quotes(
                "Die Proteste unter dem Motto ‘Blockupy‘ gingen weiter.",
                "de"
            ),
            ["‘Blockupy‘"]
        );
    }

    #[test]
    fn quote_missing_its_opening_mark_starts_at_the_paragraph() {
        let t = "Vorspann.\nWir sind nicht am Ziel“,sagte die Ministerin. „Weiter“, rief sie.";
        assert_eq!(quotes(t, "de"), ["Wir sind nicht am Ziel“", "„Weiter“"]);
        assert_eq!(
            quotes("We are not there yet,” she said. “Next,” he said.", "en"),
            ["We are not there yet,”", "“Next,”"]
        );
    }

    #[test]
    fn closing_mark_after_a_quote_in_the_paragraph_opens_nothing_new() {
        assert_eq!(
            quotes("„Erstens“, sagte er, dann Zweitens“, meinte sie.", "de"),
            ["„Erstens“"]
        );
    }

    #[test]
    fn straight_or_single_mark_after_a_word_is_not_a_lost_quote() {
        assert!(quotes("The 5\", 6\" and 7\" screens sold out.", "en").is_empty());
        assert!(quotes("The Joneses’, the Smiths’ and ours.", "en").is_empty());
        assert!(quotes("The screen grew from 24” to 27”, the company said.", "en").is_empty());
    }

    /// The raw quotes of `t` with the German marks, paragraph flags included.
    fn german_raw_quotes(t: &str) -> Vec<RawQuote> {
        let rules = Rules::builtin("de").unwrap();
        find_quotes(t, &split_paragraphs(t), &rules.quote_pairs)
    }

    #[test]
    fn lone_mark_at_end_is_no_quote() {
        assert!(quotes("Er sagte „", "de").is_empty());
        assert!(quotes("", "de").is_empty());
    }

    #[test]
    fn paragraph_closing_a_quote_left_open_without_reopening_is_its_last_piece() {
        let t = "„Die Lage bleibt unsicher.\n\nDiese Probleme können nicht warten.\"\n\nDanach ging es weiter.\n";
        let q = german_raw_quotes(t);
        assert_eq!(q.len(), 2);
        assert_eq!(
            &t[q[1].span.clone()],
            "Diese Probleme können nicht warten.\""
        );
        assert!(q[0].runs_on && q[1].continues);
    }

    #[test]
    fn single_opening_closed_by_a_double_mark_before_the_attribution_is_one_quote() {
        assert_eq!(
            quotes("‘We want to go home,” said King. “Soon.”", "en"),
            ["‘We want to go home,”", "“Soon.”"]
        );
    }

    #[test]
    fn double_opening_closed_by_a_single_mark_before_the_attribution_is_one_quote() {
        assert_eq!(
            quotes(
                "\"It feels good to be here,' said Parker. \"You can see it.\"",
                "en"
            ),
            ["\"It feels good to be here,'", "\"You can see it.\""]
        );
    }

    #[test]
    fn single_mark_closing_an_inner_quote_does_not_end_the_outer_one() {
        assert_eq!(
            quotes("\"He called it 'crazy,' and left,\" she said.", "en"),
            ["\"He called it 'crazy,' and left,\""]
        );
    }

    #[test]
    fn straight_mark_padded_by_a_space_opens_when_a_closing_mark_follows() {
        assert_eq!(
            quotes(
                "Schulz erklärte: \" Das Projekt sucht Lösungen.\" Danach.",
                "de"
            ),
            ["\" Das Projekt sucht Lösungen.\""]
        );
        assert_eq!(
            quotes(
                "Die FPÖ forderte einen \" Stopp für den Export \" ins Ausland.",
                "de"
            ),
            ["\" Stopp für den Export \""]
        );
    }

    #[test]
    fn padded_straight_mark_with_no_closing_mark_after_it_opens_nothing() {
        assert!(quotes("Das Brett ist 5 \" breit und 3 cm dick.", "de").is_empty());
    }

    #[test]
    fn a_lost_opening_piece_before_a_cue_closes_the_quote_left_open() {
        let t = "Titel\n„84 Prozent fühlen sich als EU-Bürger.\nDas ist ein gutes Signal“, sagte Kühnel.\n";
        let q = german_raw_quotes(t);
        assert_eq!(q.len(), 2);
        assert!(q[0].runs_on && q[1].continues);
    }

    #[test]
    fn unmarked_paragraphs_keep_a_quote_open_until_its_lost_opening_last_piece() {
        let t = "Titel\n\"Diese Woche war schlimm.\nDas Opfer zählt.\nDie Täter müssen bestraft werden.\"\n";
        let q = german_raw_quotes(t);
        assert_eq!(q.len(), 3);
        assert_eq!(&t[q[1].span.clone()], "Das Opfer zählt.");
        assert_eq!(&t[q[2].span.clone()], "Die Täter müssen bestraft werden.\"");
        assert!(q[1].continues && q[1].runs_on && q[2].continues);
    }

    #[test]
    fn many_unmarked_paragraphs_after_an_open_quote_close_nothing() {
        let t = "Titel\n\"Diese Woche war schlimm.\nEins.\nZwei.\nDrei.\nVier.\nFünf.\nDie Täter müssen bestraft werden.\"\n";
        assert_eq!(german_raw_quotes(t).len(), 1);
    }

    #[test]
    fn closing_curly_mark_between_letters_opens_nothing() {
        assert!(quotes(
            "The Pew Research Center”s Internet Project and the foundation.",
            "en"
        )
        .is_empty());
    }

    #[test]
    fn closing_mark_ends_no_piece_when_nothing_was_left_open() {
        let t = "Die Lage bleibt unsicher.\n\nDiese Probleme können nicht warten.\"\n";
        assert!(quotes(t, "de").is_empty());
    }
}
