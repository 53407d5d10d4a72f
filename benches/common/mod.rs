//! Inputs shared by the benchmarks, built from real text shipped in the
//! repository rather than random words.

/// The bundled sample article repeated until it reaches `bytes`, paragraphs kept whole.
pub fn sample_of_size(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + whosaid::SAMPLE_TEXT.len());
    while text.len() < bytes {
        text.push_str(whosaid::SAMPLE_TEXT);
        text.push('\n');
    }
    text
}

/// English wire copy in which every quote has a different speaker who shares a
/// first name with many others: the case where speaker look-ups could grow with
/// the number of people rather than stay bounded.
#[allow(dead_code)] // used by the extraction bench only
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
