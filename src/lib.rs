//! whosaid: find the direct quotations in a news article, tell who said them,
//! and read the article with its quotes in a terminal.
//!
//! The crate is split the way data flows: [`document`] turns bytes into text
//! and paragraphs, [`extract`] finds quotes and speakers (pure, no UI),
//! [`output`] prints non-interactive formats and [`ui`] is the reader.

pub mod config;
pub mod document;
pub mod extract;
pub mod languages;
pub mod output;
pub mod state;
pub mod ui;

/// The article bundled with the binary, opened when no file is given.
pub const SAMPLE_NAME: &str = "seed-de.txt";
/// Text of the bundled sample article (a German CNN story, see tests/data/SOURCES.md).
pub const SAMPLE_TEXT: &str = include_str!("../assets/seed-de.txt");
