//! Reading an article from a path or a stream.
//!
//! All checks happen here, before the reader touches the terminal, so a bad
//! input ends with one line on stderr and a clean screen. Decoding (which
//! encoding, text or binary) is [`super::decode`]'s.

use super::decode::{self, Decoding, SNIFF_LEN};
use super::{html, Document};
use crate::ui::text::sanitize;
use std::io::Read;
use std::path::Path;
use thiserror::Error;

/// Inputs larger than this are refused rather than read into memory: no
/// article is this long, and the reader keeps the text and its layout in memory.
pub const MAX_BYTES: u64 = 512 * 1024 * 1024;

/// Why an input could not be opened. Each message names the input and says what to do.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{path}: no such file; check the path and try again")]
    NotFound { path: String },
    #[error("{path}: is a directory; give the path of a text file inside it")]
    Directory { path: String },
    #[error("{path}: is a {kind}, not a file; give the path of a text file")]
    NotAFile { path: String, kind: &'static str },
    #[error("{path}: permission denied; check the file's permissions")]
    PermissionDenied { path: String },
    #[error("{path}: cannot be read ({source}); check that it is a readable file")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: too large (over {} MB); whosaid opens articles up to that size", MAX_BYTES / (1024 * 1024))]
    TooLarge { path: String },
    #[error("{path}: not a text file ({why}); whosaid reads plain text")]
    NotText { path: String, why: String },
    #[error("{path}: no article text found in this HTML page; save the page once its text has loaded, or pass the text itself")]
    NoArticle { path: String },
}

/// Loads the file at `path`. `-` means standard input. A FIFO is read like
/// a pipe (waiting for its writer, as `cat` does); devices and sockets are
/// refused, since reading `/dev/zero` would never end.
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    if path.as_os_str() == "-" {
        return load_reader("<stdin>", std::io::stdin().lock());
    }
    // The path came from the user, but may have come to them from an
    // archive or a download: it is shown sanitised, like the article.
    let shown = sanitize(&path.display().to_string());
    let meta = std::fs::metadata(path).map_err(|e| io_error(&shown, e))?;
    if meta.is_dir() {
        return Err(LoadError::Directory { path: shown });
    }
    if let Some(kind) = special_kind(&meta.file_type()) {
        return Err(LoadError::NotAFile { path: shown, kind });
    }
    if meta.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { path: shown });
    }
    let file = std::fs::File::open(path).map_err(|e| io_error(&shown, e))?;
    let name = path
        .file_name()
        .map(|n| sanitize(&n.to_string_lossy()))
        .unwrap_or_else(|| shown.clone());
    load_reader_named(&name, &shown, file)
}

/// What a path is when it is neither a regular file, a directory nor a FIFO.
#[cfg(unix)]
fn special_kind(t: &std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if t.is_char_device() {
        Some("character device")
    } else if t.is_block_device() {
        Some("block device")
    } else if t.is_socket() {
        Some("socket")
    } else {
        None
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> Option<&'static str> {
    None
}

/// Loads an article from any reader (standard input, a pipe), named `name`.
pub fn load_reader(name: &str, reader: impl Read) -> Result<Document, LoadError> {
    load_reader_named(name, name, reader)
}

fn load_reader_named(name: &str, shown: &str, reader: impl Read) -> Result<Document, LoadError> {
    let bytes = read_capped(shown, reader, MAX_BYTES)?;
    let (text, decoding): (String, Decoding) =
        decode::decode(bytes).map_err(|e| not_text(shown, e))?;
    readable(Document::decoded(name, text, decoding), shown)
}

/// An HTML page becomes its article's text (see [`html`]); anything else is kept as read.
fn readable(doc: Document, shown: &str) -> Result<Document, LoadError> {
    if !html::is_html(shown, &doc.text) {
        return Ok(doc);
    }
    html::into_article(doc).map_err(|html::HtmlError::NoArticle| LoadError::NoArticle {
        path: shown.to_string(),
    })
}

/// Reads everything up to `max` bytes, judging the first [`SNIFF_LEN`]
/// bytes before reading on, so a binary stream is refused at once.
fn read_capped(shown: &str, reader: impl Read, max: u64) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    let mut capped = reader.take(max + 1);
    (&mut capped)
        .take(SNIFF_LEN as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(shown, e))?;
    decode::sniff(&bytes).map_err(|e| not_text(shown, e))?;
    capped
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(shown, e))?;
    if bytes.len() as u64 > max {
        return Err(LoadError::TooLarge {
            path: shown.to_string(),
        });
    }
    Ok(bytes)
}

fn not_text(shown: &str, e: decode::NotText) -> LoadError {
    LoadError::NotText {
        path: shown.to_string(),
        why: e.why,
    }
}

fn io_error(shown: &str, e: std::io::Error) -> LoadError {
    let path = shown.to_string();
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path },
        std::io::ErrorKind::PermissionDenied => LoadError::PermissionDenied { path },
        std::io::ErrorKind::IsADirectory => LoadError::Directory { path },
        _ => LoadError::Io { path, source: e },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped() {
        let d = load_reader("t", &b"\xEF\xBB\xBFHallo."[..]).unwrap();
        assert_eq!(d.text, "Hallo.");
        assert_eq!(d.decoding.note(), None);
    }

    #[test]
    fn binary_data_is_not_text() {
        let e = load_reader("t", &b"\x89PNG\r\n\x1a\n\0\0"[..]).unwrap_err();
        assert!(matches!(e, LoadError::NotText { .. }), "{e}");
        assert!(e.to_string().contains("binary"), "{e}");
    }

    #[test]
    fn a_binary_stream_is_refused_without_reading_it_all() {
        // Endless NULs: only the sniffed start is read before refusing.
        let e = load_reader("zeros", std::io::repeat(0)).unwrap_err();
        assert!(matches!(e, LoadError::NotText { .. }), "{e}");
    }

    #[test]
    fn a_stream_over_the_size_limit_is_refused() {
        let input = || std::io::repeat(b'a').take(1001);
        let e = read_capped("big", input(), 1000).unwrap_err();
        assert!(matches!(e, LoadError::TooLarge { .. }), "{e}");
        assert_eq!(read_capped("big", input(), 1001).unwrap().len(), 1001);
    }

    #[test]
    fn latin1_is_decoded_and_the_document_says_how() {
        let d = load_reader("t", &b"Gr\xfc\xdfe aus K\xf6ln"[..]).unwrap();
        assert_eq!(d.text, "Grüße aus Köln");
        assert_eq!(d.decoding.note().as_deref(), Some("windows-1252"));
    }

    #[test]
    fn character_devices_are_refused() {
        let e = load_path(Path::new("/dev/zero")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "/dev/zero: is a character device, not a file; give the path of a text file"
        );
    }

    #[test]
    fn control_characters_in_a_path_are_not_echoed_raw() {
        let e = load_path(Path::new("/no/such/\x1b]0;owned\x07.txt")).unwrap_err();
        assert!(!e.to_string().contains('\x1b'), "{e}");
        assert!(
            e.to_string()
                .contains("/no/such/\u{FFFD}]0;owned\u{FFFD}.txt"),
            "{e}"
        );
    }

    #[test]
    fn missing_file_is_named_in_the_error() {
        let e = load_path(Path::new("/no/such/whosaid-file.txt")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "/no/such/whosaid-file.txt: no such file; check the path and try again"
        );
    }

    #[test]
    fn directory_is_refused() {
        let e = load_path(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_err();
        assert!(matches!(e, LoadError::Directory { .. }), "{e}");
    }
}
