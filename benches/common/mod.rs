//! Inputs shared by the benchmarks, built from real text shipped in the
//! repository rather than random words.

/// A public-domain story with dense dialogue (`tests/data/SOURCES.md`):
/// hard-wrapped lines, curly quotes, many speakers and cues.
pub const NOVEL: &str = include_str!("../../tests/data/doyle-scandal-in-bohemia.txt");

/// `text` repeated until it reaches `bytes`, paragraphs kept whole.
fn repeated(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len() + 2);
    while out.len() < bytes {
        out.push_str(text);
        out.push_str("\n\n");
    }
    out
}

/// The bundled sample article (German news) repeated until it reaches `bytes`.
#[allow(dead_code)] // not every bench uses every input
pub fn sample_of_size(bytes: usize) -> String {
    repeated(whosaid::SAMPLE_TEXT, bytes)
}

/// The novel repeated until it reaches `bytes`: a book-length text with
/// realistic dialogue density.
#[allow(dead_code)]
pub fn novel_of_size(bytes: usize) -> String {
    repeated(NOVEL, bytes)
}

/// English wire copy in which every quote has a different speaker who shares a
/// first name with many others: the case where speaker look-ups could grow with
/// the number of people rather than stay bounded.
#[allow(dead_code)]
pub fn many_speakers_of_size(bytes: usize) -> String {
    const FIRST: [&str; 4] = ["John", "Maria", "Ahmed", "Li"];
    let mut text = String::with_capacity(bytes + 100);
    let mut i = 0u32;
    while text.len() < bytes {
        // A distinct surname per line: letters from the counter in base 26.
        let mut n = i;
        let mut surname = String::from("K");
        for _ in 0..4 {
            surname.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
        }
        let first = FIRST[(i % 4) as usize];
        text.push_str(&format!(
            "“We will see what happens next,” said {first} {surname}.\n"
        ));
        i += 1;
    }
    text
}
