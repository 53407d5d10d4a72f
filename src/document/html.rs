//! HTML pages: tell them from plain text, and keep only the article.
//!
//! A saved news page is mostly navigation, adverts, scripts and footers; the
//! quote extractor must see only the story. The readability algorithm (as in
//! Firefox's reader view, here through `dom_smoothie`) finds the article,
//! and this module turns it into the plain text every later stage works on:
//! title, byline and date when the page has them, then one paragraph per
//! line with a blank line between paragraphs. Offsets in `--json` refer to
//! that text, which `--text` prints.

use super::Document;
use dom_smoothie::{Config, Readability, TextMode};
use std::path::Path;

/// File name endings that always mean HTML, whatever the content looks like.
const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml", "shtml"];

/// How far into the input the content sniff looks for the first tag.
const SNIFF_LEN: usize = 1024;

/// Tags that, as the first thing in the input, mark it as HTML. This is the
/// HTML rule of the WHATWG MIME sniffing standard: a tag name followed by a
/// space or `>` after optional leading whitespace. Plain prose never starts
/// with one of these, so a news text that happens to start with `<` stays text.
const SNIFF_TAGS: &[&str] = &[
    "!doctype html",
    "html",
    "head",
    "script",
    "iframe",
    "h1",
    "div",
    "font",
    "table",
    "a",
    "style",
    "title",
    "b",
    "body",
    "br",
    "p",
    "article",
    "section",
    "meta",
];

/// Why an HTML page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HtmlError {
    /// The page has no readable text at all (empty, or only scripts and markup).
    NoArticle,
}

/// True when the input named `shown` with text `text` is an HTML page: its
/// name ends in `.html`/`.htm`, or its first tag says so (standard input has
/// no name, so the content decides).
pub fn is_html(shown: &str, text: &str) -> bool {
    let by_name = Path::new(shown)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| HTML_EXTENSIONS.iter().any(|h| e.eq_ignore_ascii_case(h)));
    by_name || sniff(text)
}

/// The MIME-sniffing rule: skip whitespace (and an XML prolog or comments,
/// which saved pages often start with), then look for a known tag.
fn sniff(text: &str) -> bool {
    let head = match text.char_indices().find(|&(i, _)| i >= SNIFF_LEN) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let mut rest = head.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?xml") {
            let Some(end) = after.find("?>") else {
                return false;
            };
            rest = after[end + 2..].trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            let Some(end) = after.find("-->") else {
                return false;
            };
            rest = after[end + 3..].trim_start();
        } else {
            break;
        }
    }
    let Some(after_lt) = rest.strip_prefix('<') else {
        return false;
    };
    SNIFF_TAGS.iter().any(|tag| {
        after_lt
            .get(..tag.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(tag))
            && after_lt[tag.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c == '/' || c.is_ascii_whitespace())
    })
}

/// The article of an HTML page as a [`Document`] of plain text, keeping
/// everything else `doc` says about the input (its name, how it was decoded).
pub fn into_article(doc: Document) -> Result<Document, HtmlError> {
    let text = article_text(&doc.text)?;
    let paragraphs = super::split_paragraphs(&text);
    Ok(Document {
        text,
        paragraphs,
        ..doc
    })
}

/// Title, byline, date and paragraphs of the page's article, as text.
pub fn article_text(html: &str) -> Result<String, HtmlError> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // `new` fails only for a bad document URL, and none is given; `parse`
    // fails when no candidate for the article exists (an empty page).
    let article = Readability::new(html, None, Some(cfg))
        .and_then(|mut r| r.parse())
        .map_err(|_| HtmlError::NoArticle)?;
    let body: Vec<String> = article
        .text_content
        .lines()
        .map(collapse_whitespace)
        .filter(|l| !l.is_empty())
        .collect();
    if body.is_empty() {
        return Err(HtmlError::NoArticle);
    }
    let title = collapse_whitespace(&article.title);
    let header = [
        Some(title.clone()),
        article.byline.as_deref().map(collapse_whitespace),
        article.published_time.as_deref().map(collapse_whitespace),
    ];
    let mut blocks: Vec<String> = header
        .into_iter()
        .flatten()
        .filter(|l| !l.is_empty())
        .collect();
    // Pages often repeat the title as the article's first heading.
    let skip = usize::from(!title.is_empty() && body[0] == title);
    blocks.extend(body.into_iter().skip(skip));
    let mut text = blocks.join("\n\n");
    text.push('\n');
    Ok(text)
}

/// `s` with runs of whitespace (newlines, tabs, no-break spaces) made one
/// space and the ends trimmed: HTML source layout is not the text's.
fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_file_names_are_html_whatever_the_content() {
        assert!(is_html("page.html", "just text"));
        assert!(is_html("/tmp/Page.HTM", "just text"));
        assert!(!is_html("article.txt", "just text"));
    }

    #[test]
    fn content_starting_with_a_document_tag_is_html() {
        for t in [
            "<!DOCTYPE html><p>x</p>",
            "\n  <html lang=en>",
            "<?xml version=\"1.0\"?>\n<!-- saved --><html>",
            "<div id=a>",
            "<P>Text</P>",
            "<br/>",
        ] {
            assert!(sniff(t), "{t:?}");
        }
    }

    #[test]
    fn prose_and_lookalikes_are_not_html() {
        for t in [
            "Er sagte: „Hallo.“",
            "<3 the show, she said",
            "<placeholder> is not a tag we know",
            "<!-- unterminated comment",
            "",
        ] {
            assert!(!sniff(t), "{t:?}");
        }
    }

    #[test]
    fn article_keeps_title_and_paragraphs_one_per_line() {
        let html = "<html><head><title>Storm hits coast</title></head><body>\
            <nav><a href=/>Home</a> <a href=/news>News</a></nav>\
            <article><p>“It was frightening,” said Ann Lee, who lives by the sea. \
            The storm reached the coast on Monday night and tore roofs off houses.</p>\
            <p>Officials said the damage would take weeks to repair, and schools stay closed \
            until the end of the week, the mayor announced on Tuesday morning.</p></article>\
            <script>var tracking = 1;</script></body></html>";
        let text = article_text(html).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], "Storm hits coast");
        assert!(lines[1].starts_with("“It was frightening,” said Ann Lee"));
        assert!(lines[2].starts_with("Officials said"));
        assert!(!text.contains("tracking"), "{text}");
        assert!(!text.contains("Home"), "{text}");
    }

    #[test]
    fn a_page_without_text_has_no_article() {
        assert_eq!(article_text(""), Err(HtmlError::NoArticle));
        assert_eq!(
            article_text("<html><body><script>x()</script></body></html>"),
            Err(HtmlError::NoArticle)
        );
    }
}
