//! Reading an article from a path or a stream.
//!
//! All checks happen here, before the reader touches the terminal, so a bad
//! input ends with one line on stderr and a clean screen.

use super::{html, Document};
use std::io::Read;
use std::path::Path;
use thiserror::Error;

/// Why an input could not be opened. Each message names the input and says what to do.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{path}: no such file; check the path and try again")]
    NotFound { path: String },
    #[error("{path}: is a directory; give the path of a text file inside it")]
    Directory { path: String },
    #[error("{path}: permission denied; check the file's permissions")]
    PermissionDenied { path: String },
    #[error("{path}: cannot be read ({source}); check that it is a readable file")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not a text file ({why}); whosaid reads UTF-8 plain text")]
    NotText { path: String, why: &'static str },
    #[error("{path}: no article text found in this HTML page; save the page once its text has loaded, or pass the text itself")]
    NoArticle { path: String },
}

/// Loads the file at `path`. `-` means standard input.
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    if path.as_os_str() == "-" {
        return load_reader("<stdin>", std::io::stdin().lock());
    }
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| io_error(&shown, e))?;
    if meta.is_dir() {
        return Err(LoadError::Directory { path: shown });
    }
    let file = std::fs::File::open(path).map_err(|e| io_error(&shown, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    load_reader_named(&name, &shown, file)
}

/// Loads an article from any reader (standard input, a pipe), named `name`.
pub fn load_reader(name: &str, reader: impl Read) -> Result<Document, LoadError> {
    load_reader_named(name, name, reader)
}

fn load_reader_named(
    name: &str,
    shown: &str,
    mut reader: impl Read,
) -> Result<Document, LoadError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(shown, e))?;
    let text = decode(shown, bytes)?;
    readable(Document::from_text(name, text), shown)
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

/// Accepts UTF-8 text (a leading byte-order mark is dropped); refuses binary data.
fn decode(shown: &str, mut bytes: Vec<u8>) -> Result<String, LoadError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    if memchr::memchr(0, &bytes).is_some() {
        return Err(LoadError::NotText {
            path: shown.to_string(),
            why: "it contains NUL bytes",
        });
    }
    String::from_utf8(bytes).map_err(|_| LoadError::NotText {
        path: shown.to_string(),
        why: "it is not valid UTF-8",
    })
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
    }

    #[test]
    fn nul_bytes_mean_not_text() {
        let e = load_reader("t", &b"\x89PNG\r\n\x1a\n\0\0"[..]).unwrap_err();
        assert!(matches!(e, LoadError::NotText { .. }), "{e}");
    }

    #[test]
    fn invalid_utf8_is_refused_with_the_reason() {
        let e = load_reader("t", &b"Gr\xfc\xdfe"[..]).unwrap_err();
        assert!(e.to_string().contains("not valid UTF-8"), "{e}");
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
