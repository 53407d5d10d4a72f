//! Bytes to text: which encoding an article is in, and whether it is text at all.
//!
//! Articles arrive as UTF-8 mostly, but also as Windows-1252 / Latin-1 from
//! older systems, as UTF-16 from Windows tools, with or without a byte-order
//! mark. The rules, in order:
//!
//! 1. A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is dropped.
//! 2. Text with NUL bytes in every other position is UTF-16 without a mark.
//! 3. Valid UTF-8 is UTF-8.
//! 4. Invalid UTF-8 that still has more well-formed non-ASCII characters than
//!    malformed sequences is damaged UTF-8 (a cut download, one stray byte):
//!    it is decoded with each malformed sequence shown as U+FFFD, and the
//!    status bar says so. Refusing a whole article over one bad byte helps
//!    nobody; guessing a legacy encoding would garble every good character.
//! 5. Anything else is a legacy encoding, guessed by chardetng (as browsers do
//!    for unlabelled pages) and decoded by encoding_rs.
//!
//! Whatever the encoding, input where more than one character in
//! [`BINARY_SHARE`] is a control character that plain text never holds (C0
//! but the layout ones, tab, line feed, vertical tab, form feed, carriage
//! return, and ESC, which terminal colour codes in captured logs use; DEL;
//! C1) is binary (images, executables, archives: about one byte in ten of
//! compressed data is such a control) and is refused. A few stray controls
//! in an article are no reason to refuse it: the reader shows them as
//! U+FFFD.
//!
//! Offsets downstream are into the decoded text: after the byte-order mark,
//! with line endings as the file has them (CRLF stays CRLF).

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use std::borrow::Cow;

/// Input with more than one control character in this many is binary.
pub const BINARY_SHARE: usize = 32;

/// How much of a stream is looked at to tell UTF-16 without a mark, and to
/// refuse binary data before reading all of it.
pub const SNIFF_LEN: usize = 64 * 1024;

/// How an input's bytes became its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decoding {
    /// The encoding the bytes were read as.
    pub encoding: &'static Encoding,
    /// Some bytes were malformed in that encoding and show as U+FFFD.
    pub lossy: bool,
}

impl Default for Decoding {
    fn default() -> Self {
        Decoding {
            encoding: UTF_8,
            lossy: false,
        }
    }
}

impl Decoding {
    /// What to tell the reader about the encoding: nothing for clean UTF-8
    /// (with or without a byte-order mark), else its WHATWG name such as
    /// `windows-1252` or `UTF-16LE`, and whether bytes were replaced.
    pub fn note(&self) -> Option<String> {
        match (self.encoding == UTF_8, self.lossy) {
            (true, false) => None,
            (false, false) => Some(self.encoding.name().to_string()),
            (_, true) => Some(format!("{}, bad bytes shown as �", self.encoding.name())),
        }
    }
}

/// Why bytes are not text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotText {
    pub why: String,
}

/// Decodes a whole input. Taking the bytes lets UTF-8, nearly every input,
/// become the text without a copy: a long text is not held twice.
pub fn decode(bytes: Vec<u8>) -> Result<(String, Decoding), NotText> {
    let (text, decoding) = decode_owned(bytes);
    refuse_binary(&text)?;
    Ok((text, decoding))
}

/// Checks the start of a stream, so binary data is refused before the rest
/// of it is read (`cat /dev/urandom | whosaid` ends at once).
pub fn sniff(prefix: &[u8]) -> Result<(), NotText> {
    if Encoding::for_bom(prefix).is_some() || utf16_without_bom(prefix).is_some() {
        // Every other byte may be NUL: judged once decoded.
        return Ok(());
    }
    // Bytes below 0x20 are the C0 controls in every encoding chardetng
    // guesses (none uses them as trail bytes), so counting them raw is
    // counting characters.
    // (Bytes from 0x80 up are parts of characters, not C1 controls.)
    let (_, controls) = tally_bytes(prefix);
    check_share(controls, prefix.len())
}

/// [`decode_any`] for owned bytes: valid UTF-8 (after a UTF-8 byte-order
/// mark, or without a mark when it is not UTF-16) is validated once and kept
/// in place; everything else goes the general way.
fn decode_owned(mut bytes: Vec<u8>) -> (String, Decoding) {
    let bom = match Encoding::for_bom(&bytes) {
        Some((encoding, bom)) if encoding == UTF_8 => bom,
        Some(_) => return owned(decode_any(&bytes)),
        None if utf16_without_bom(&bytes[..bytes.len().min(SNIFF_LEN)]).is_some() => {
            return owned(decode_any(&bytes))
        }
        None => 0,
    };
    bytes.drain(..bom);
    match String::from_utf8(bytes) {
        Ok(text) => (text, Decoding::default()),
        // After a UTF-8 mark the text is UTF-8, damaged or not (as in `decode_any`).
        Err(e) if bom > 0 => owned(with(UTF_8, e.as_bytes())),
        Err(e) => owned(decode_any(e.as_bytes())),
    }
}

fn owned((text, decoding): (Cow<'_, str>, Decoding)) -> (String, Decoding) {
    (text.into_owned(), decoding)
}

fn decode_any(bytes: &[u8]) -> (Cow<'_, str>, Decoding) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return with(encoding, &bytes[bom..]);
    }
    // Before the UTF-8 check: ASCII-range UTF-16 is valid UTF-8 too, NULs and all.
    if let Some(encoding) = utf16_without_bom(&bytes[..bytes.len().min(SNIFF_LEN)]) {
        return with(encoding, bytes);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(s), Decoding::default());
    }
    let (good, bad) = utf8_tally(bytes);
    if good > bad {
        return (
            String::from_utf8_lossy(bytes),
            Decoding {
                encoding: UTF_8,
                lossy: true,
            },
        );
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    with(detector.guess(None, Utf8Detection::Deny), bytes)
}

fn with<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> (Cow<'a, str>, Decoding) {
    let (text, lossy) = encoding.decode_without_bom_handling(bytes);
    (text, Decoding { encoding, lossy })
}

/// UTF-16 without a byte-order mark, told by its NUL bytes: ASCII-range
/// text in UTF-16LE has a NUL in nearly every odd position and none in the
/// even ones (BE the other way round). Binary data has NULs at both.
fn utf16_without_bom(prefix: &[u8]) -> Option<&'static Encoding> {
    let pairs = prefix.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in prefix.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // Most characters ASCII-range (at least half), the other side all but
    // free of NULs.
    let looks = |zeros: usize, other: usize| zeros * 2 >= pairs && other * 100 <= pairs;
    if looks(odd, even) {
        Some(UTF_16LE)
    } else if looks(even, odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Well-formed non-ASCII characters, and stretches of malformed bytes, in
/// `bytes` read as UTF-8. Adjacent malformed sequences count as one
/// stretch: one stray byte inside a character breaks up to three sequences.
fn utf8_tally(bytes: &[u8]) -> (usize, usize) {
    let non_ascii = |valid: &[u8]| valid.iter().filter(|&&b| b >= 0xC0).count();
    let (mut good, mut bad) = (0, 0);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => return (good + non_ascii(rest), bad),
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                good += non_ascii(valid);
                if bad == 0 || !valid.is_empty() {
                    bad += 1;
                }
                match e.error_len() {
                    Some(n) => rest = &after[n..],
                    // Cut off in the middle of a character at the end.
                    None => return (good, bad),
                }
            }
        }
    }
}

fn refuse_binary(text: &str) -> Result<(), NotText> {
    let (chars, controls) = tally_controls(text);
    check_share(controls, chars)
}

/// Characters, and binary controls among them, in `text`, counted on its
/// UTF-8 bytes without decoding: a character starts at every byte that is
/// not a continuation byte (`10xxxxxx`); C0 controls and DEL are single
/// bytes, C1 controls (U+0080..U+009F) are `C2 80`..`C2 9F`.
fn tally_controls(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (starts, controls) = tally_bytes(bytes);
    let c1 = memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)))
        .count();
    (starts, controls + c1)
}

/// Bytes that are not UTF-8 continuation bytes, and bytes that are by
/// themselves binary controls. This runs over every input, so it counts in
/// 16 byte-sized lanes that the compiler turns into vector instructions
/// (about one instruction per byte, not a dozen).
fn tally_bytes(bytes: &[u8]) -> (usize, usize) {
    const LANES: usize = 16;
    // Blocks of at most 255 rounds, so no byte-sized counter can overflow.
    const ROUNDS: usize = 255;
    let (mut starts, mut controls) = (0usize, 0usize);
    let mut blocks = bytes.chunks_exact(LANES * ROUNDS);
    let lanes = |block: &[u8]| {
        let (mut s, mut k) = ([0u8; LANES], [0u8; LANES]);
        for round in block.chunks_exact(LANES) {
            for i in 0..LANES {
                s[i] += u8::from((round[i] as i8) >= -0x40);
                k[i] += u8::from(is_binary_single_byte(round[i]));
            }
        }
        let sum = |lanes: [u8; LANES]| lanes.iter().map(|&n| usize::from(n)).sum::<usize>();
        (sum(s), sum(k))
    };
    for block in &mut blocks {
        let (s, k) = lanes(block);
        starts += s;
        controls += k;
    }
    let rest = blocks.remainder();
    let (s, k) = lanes(rest);
    let tail = &rest[rest.len() / LANES * LANES..];
    starts += s + tail.iter().filter(|&&b| (b as i8) >= -0x40).count();
    controls += k + tail.iter().filter(|&&b| is_binary_single_byte(b)).count();
    (starts, controls)
}

/// A byte that is by itself a binary control: C0 but the layout characters
/// and ESC, or DEL. Written as comparisons only, so that it vectorises.
fn is_binary_single_byte(b: u8) -> bool {
    b < 0x09 || ((0x0E..0x20).contains(&b) && b != 0x1B) || b == 0x7F
}

fn check_share(controls: usize, total: usize) -> Result<(), NotText> {
    if controls > 0 && controls * BINARY_SHARE > total {
        Err(NotText {
            why: format!(
                "it looks like binary data: {controls} of {total} characters are control characters"
            ),
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> (String, Option<String>) {
        let (text, d) = decode(bytes.to_vec()).expect("text");
        (text, d.note())
    }

    #[test]
    fn utf8_needs_no_note() {
        assert_eq!(decoded("Grüße".as_bytes()), ("Grüße".into(), None));
    }

    #[test]
    fn boms_decide_the_encoding_and_are_dropped() {
        assert_eq!(decoded(b"\xEF\xBB\xBFHallo"), ("Hallo".into(), None));
        assert_eq!(
            decoded(b"\xFF\xFEH\0\xFC\0"),
            ("Hü".into(), Some("UTF-16LE".into()))
        );
        assert_eq!(
            decoded(b"\xFE\xFF\0H\0\xFC"),
            ("Hü".into(), Some("UTF-16BE".into()))
        );
    }

    #[test]
    fn utf16_without_bom_is_told_by_its_nul_bytes() {
        let le: Vec<u8> = "Er sagte: „Ja.“"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            decoded(&le),
            ("Er sagte: „Ja.“".into(), Some("UTF-16LE".into()))
        );
        let be: Vec<u8> = "Hello there"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decoded(&be).1.as_deref(), Some("UTF-16BE"));
    }

    #[test]
    fn latin1_german_is_detected_as_windows_1252() {
        let (text, note) = decoded(
            b"\x84Wir m\xfcssen handeln\x93, sagte die B\xfcrgermeisterin. Die Stra\xdfe bleibt gesperrt.",
        );
        assert_eq!(
            text,
            "„Wir müssen handeln“, sagte die Bürgermeisterin. Die Straße bleibt gesperrt."
        );
        assert_eq!(note.as_deref(), Some("windows-1252"));
    }

    #[test]
    fn damaged_utf8_is_decoded_lossily_and_says_so() {
        let mut bytes = "„Grüße aus Köln“, sagte sie. Übermorgen."
            .as_bytes()
            .to_vec();
        bytes.push(0xE2); // cut off in the middle of a character
        bytes.splice(5..5, [0xFF]);
        let (text, note) = decoded(&bytes);
        assert!(text.contains('\u{FFFD}') && text.contains("Köln"), "{text}");
        assert_eq!(note.as_deref(), Some("UTF-8, bad bytes shown as �"));
    }

    #[test]
    fn a_stray_byte_inside_a_character_is_one_flaw_not_three() {
        // C3 FF BC: the stray FF splits ü into three malformed sequences.
        let bytes = b"Gr\xc3\xff\xbc\xc3\x9fe, K\xc3\xb6ln \xe2\x80\x9dx";
        assert_eq!(utf8_tally(bytes), (3, 1));
        assert_eq!(
            decoded(bytes).1.as_deref(),
            Some("UTF-8, bad bytes shown as �")
        );
    }

    #[test]
    fn ascii_with_escape_sequences_is_not_iso_2022_jp() {
        let (text, note) = decoded(b"Red \x1b[31mtext\x1b[0m and \xe9t\xe9");
        assert_eq!(note.as_deref(), Some("windows-1252"));
        assert!(text.ends_with("été"), "{text}");
    }

    #[test]
    fn binary_headers_are_refused() {
        let png =
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
        let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0\x01\0\0\0";
        for bytes in [&png[..], &elf[..]] {
            let e = decode(bytes.to_vec()).unwrap_err();
            assert!(e.why.contains("binary"), "{}", e.why);
            assert!(sniff(bytes).is_err());
        }
    }

    #[test]
    fn a_few_stray_controls_do_not_make_text_binary() {
        let text = format!(
            "{}\0 und ein \x07 Klingeln.",
            "Ein ganz normaler Satz. ".repeat(4)
        );
        assert!(decode(text.as_bytes().to_vec()).is_ok());
        assert!(sniff(text.as_bytes()).is_ok());
    }

    /// The definition [`tally_controls`] counts by bytes, by characters.
    fn is_binary_control(c: char) -> bool {
        c.is_control() && !matches!(c, '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | '\u{1B}')
    }

    #[test]
    fn controls_counted_on_bytes_match_the_character_definition() {
        // Every character up to U+0800 (one and two bytes: all controls),
        // then three- and four-byte ones; three times, so that the text
        // spans several counting blocks, and from starts that leave every
        // length of tail.
        let mut text: String = (0..0x800u32).filter_map(char::from_u32).collect();
        text.push_str("„Grüße“ \u{2028}\u{202E}\u{FEFF}\u{E0041}😀\u{85}\u{9F}\u{A0}");
        let text = text.repeat(3);
        let starts = (0..40).chain([4079, 4080, 4081, text.len() / 2, text.len() - 3]);
        for cut in starts {
            let cut = (cut..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap();
            let s = &text[cut..];
            let expected = (
                s.chars().count(),
                s.chars().filter(|&c| is_binary_control(c)).count(),
            );
            assert_eq!(tally_controls(s), expected, "from byte {cut}");
        }
    }

    #[test]
    fn sniffing_counts_the_same_single_byte_controls() {
        for b in 0..0x80u8 {
            assert_eq!(
                is_binary_single_byte(b),
                is_binary_control(char::from(b)),
                "{b:#x}"
            );
        }
    }

    #[test]
    fn utf8_after_a_byte_order_mark_may_be_damaged() {
        let (text, note) = decoded(b"\xEF\xBB\xBFGr\xc3\xbc\xff\xc3\x9fe");
        assert_eq!(text, "Grü\u{FFFD}ße");
        assert_eq!(note.as_deref(), Some("UTF-8, bad bytes shown as �"));
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(decoded(b""), (String::new(), None));
    }
}
