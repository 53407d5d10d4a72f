//! Loading an article: bytes → decoded text → paragraphs.
//!
//! Everything downstream works on byte ranges into [`Document::text`], so the
//! text is never copied or changed after loading.

mod decode;
mod load;
mod paragraphs;

pub use decode::Decoding;
pub use load::{load_path, load_reader, LoadError, MAX_BYTES};
pub use paragraphs::split_paragraphs;

use std::ops::Range;

/// A loaded article.
#[derive(Debug, Clone)]
pub struct Document {
    /// What to call the article in the status bar and in errors (file name or `<stdin>`).
    pub name: String,
    /// The decoded text, exactly as read (no normalisation), so offsets match the input.
    pub text: String,
    /// Byte ranges of the paragraphs, in order, trimmed of surrounding whitespace, never empty.
    pub paragraphs: Vec<Range<usize>>,
    /// How the input's bytes became [`Document::text`].
    pub decoding: Decoding,
}

impl Document {
    /// Builds a document from UTF-8 text.
    pub fn from_text(name: impl Into<String>, text: String) -> Self {
        Self::decoded(name, text, Decoding::default())
    }

    /// Builds a document from text decoded as `decoding` says.
    pub fn decoded(name: impl Into<String>, text: String, decoding: Decoding) -> Self {
        let paragraphs = split_paragraphs(&text);
        Document {
            name: name.into(),
            text,
            paragraphs,
            decoding,
        }
    }
}
