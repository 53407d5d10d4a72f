//! Turning article text into what may safely reach the terminal.
//!
//! Article text is untrusted: a stray ESC or C1 byte written raw would let the
//! file drive the terminal, and a bidi override (U+202A–U+202E, U+2066–U+2069)
//! would make the terminal show characters in another order than the text
//! has them. Every character shown goes through
//! [`display_char`], which maps one input char to exactly one output char, so
//! byte offsets into the document still map 1:1 onto displayed characters.

use unicode_width::UnicodeWidthChar;

/// Shown in place of a control character.
pub const REPLACEMENT: char = '\u{FFFD}';

/// True for whitespace the wrapper may break at. No-break spaces are kept
/// inside words on purpose: they exist to stop a break.
pub fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}')
}

/// True for the bidi embedding, override and isolate controls
/// (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they reorder what follows on
/// screen, so a line could display something other than what it contains.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True for invisible format characters that no text needs and that can
/// hide or rearrange what is shown: tag characters (U+E0000–U+E007F, used
/// to smuggle invisible ASCII), interlinear annotation marks (U+FFF9–U+FFFB)
/// and the deprecated shaping controls (U+206A–U+206F). Terminals disagree
/// on their width, so drawn raw they could also shift the rest of the row.
/// Zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF) stay: scripts
/// and emoji need them, and every terminal draws them zero columns wide.
pub fn is_hidden_format(c: char) -> bool {
    matches!(c, '\u{E0000}'..='\u{E007F}' | '\u{FFF9}'..='\u{FFFB}' | '\u{206A}'..='\u{206F}')
}

/// The character to draw for `c`: layout whitespace (line and paragraph
/// separators included) becomes a space, other C0/C1 controls, DEL, bidi
/// controls and hidden format characters become [`REPLACEMENT`], everything
/// else is itself.
pub fn display_char(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}' => ' ',
        c if c.is_control() || is_bidi_control(c) || is_hidden_format(c) => REPLACEMENT,
        c => c,
    }
}

/// Columns taken by `c` once mapped through [`display_char`].
pub fn char_width(c: char) -> usize {
    display_char(c).width().unwrap_or(0)
}

/// Columns taken by `s` once sanitised.
pub fn str_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// `s` with every character mapped through [`display_char`]: safe to write
/// to a terminal, one output char per input char (so as many chars, though
/// not always as many bytes). Public for the non-interactive outputs.
pub fn sanitize(s: &str) -> String {
    s.chars().map(display_char).collect()
}

/// `s` sanitised, runs of whitespace collapsed to one space, cut to at most
/// `width` columns with a trailing `…` when cut. Reads only as much of `s` as
/// it shows, so a huge quote costs no more than a short one.
pub fn excerpt(s: &str, width: usize) -> String {
    let mut shown: Vec<(char, usize)> = Vec::new();
    let mut used = 0;
    let mut pending_space = false;
    for c in s.chars() {
        if is_break_space(c) {
            pending_space = !shown.is_empty();
            continue;
        }
        if pending_space {
            shown.push((' ', 1));
            used += 1;
            pending_space = false;
        }
        let w = char_width(c);
        shown.push((display_char(c), w));
        used += w;
        if used > width {
            // Make room for the ellipsis.
            while used + 1 > width {
                match shown.pop() {
                    Some((_, w)) => used -= w,
                    None => break,
                }
            }
            let mut out: String = shown.iter().map(|(c, _)| c).collect();
            if width > 0 {
                out.push('…');
            }
            return out;
        }
    }
    shown.iter().map(|(c, _)| c).collect()
}

/// `n` with the noun that goes with it: "1 quote", "2 quotes".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Cuts `s` (already safe) to `width` columns, padding with spaces to exactly `width`.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = char_width(c);
        if used + w > width {
            break;
        }
        out.push(display_char(c));
        used += w;
    }
    out.extend(std::iter::repeat_n(' ', width - used));
    out
}

/// The largest char boundary of `text` at or below `pos` (clamped to the text).
/// Quote spans come from another module; a misaligned one must not panic here.
pub fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut p = pos.min(text.len());
    while !text.is_char_boundary(p) {
        p -= 1;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible_one_for_one() {
        let s = "a\u{1b}[31mb\u{7}c\u{9b}d\u{7f}";
        let out = sanitize(s);
        assert_eq!(out, "a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}d\u{FFFD}");
        assert_eq!(out.chars().count(), s.chars().count());
        assert!(!out.chars().any(|c| c.is_control()));
    }

    #[test]
    fn bidi_overrides_and_isolates_become_visible() {
        let s =
            "a\u{202A}b\u{202B}c\u{202C}d\u{202D}e\u{202E}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j";
        let out = sanitize(s);
        assert_eq!(out, "a�b�c�d�e�f�g�h�i�j");
        assert_eq!(str_width(s), 19, "each shows one column wide, as drawn");
        // Marks that only nudge neutral characters stay (needed in Arabic, Hebrew).
        assert_eq!(sanitize("\u{200F}"), "\u{200F}");
        assert_eq!(excerpt("x\u{202E}yz", 10), "x�yz");
    }

    #[test]
    fn layout_whitespace_becomes_spaces() {
        assert_eq!(sanitize("a\tb\nc\r"), "a b c ");
        assert_eq!(sanitize("a\u{2028}b\u{2029}c"), "a b c");
    }

    #[test]
    fn hidden_format_characters_become_visible_and_joiners_stay() {
        assert_eq!(sanitize("a\u{E0041}\u{E007F}b\u{FFF9}c\u{206E}"), "a��b�c�");
        let joined = "👩\u{200D}💻 a\u{200B}b\u{2060}c\u{FEFF}";
        assert_eq!(sanitize(joined), joined);
    }

    #[test]
    fn excerpt_collapses_whitespace_and_ellipsises() {
        assert_eq!(excerpt("„Heute  möchte\nich“", 40), "„Heute möchte ich“");
        assert_eq!(excerpt("„Heute möchte ich“", 8), "„Heute …");
        assert_eq!(excerpt("abc", 3), "abc");
        assert_eq!(excerpt("abcd", 0), "");
    }

    #[test]
    fn fit_pads_and_cuts_to_width() {
        assert_eq!(fit("Wang", 6), "Wang  ");
        assert_eq!(fit("Wang Yi", 4), "Wang");
    }

    #[test]
    fn floor_boundary_never_splits_a_char() {
        let t = "aü";
        assert_eq!(floor_boundary(t, 2), 1);
        assert_eq!(floor_boundary(t, 99), 3);
    }
}
