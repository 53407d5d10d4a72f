//! The interactive reader.

use crate::document::Document;
use crate::extract::Extraction;

/// Runs the reader until the user quits. The terminal is restored on every exit path.
pub fn run(doc: &Document, extraction: &Extraction) -> anyhow::Result<()> {
    let _ = (doc, extraction);
    anyhow::bail!("the reader is not built yet")
}
