//! HTML pages as a user feeds them to the binary: saved real-world pages in
//! `tests/data/html/` (see SOURCES.md there), by file name and through a pipe.

mod common;

use common::scratch::Scratch;

use common::binary::{whosaid, with_stdin};

use std::path::PathBuf;
use std::process::Output;

fn page(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/html")
        .join(name)
}

fn stdout_of(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn text_of(name: &str) -> String {
    stdout_of(&whosaid(&["--text", page(name).to_str().unwrap()]))
}

fn json_of(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&stdout_of(&whosaid(args))).expect("valid JSON")
}

#[test]
fn title_and_byline_open_the_extracted_text() {
    let text = text_of("perriault-blog.html");
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "Get your Frontend JavaScript Code Covered | Code");
    assert_eq!(lines[1], "Nicolas Perriault");
    assert!(lines[2].starts_with("So finally you're testing your frontend JavaScript code?"));
}

#[test]
fn navigation_scripts_and_footer_are_dropped() {
    let text = text_of("perriault-blog.html");
    for gone in [
        "Photography",    // the sidebar navigation
        "Tweet at me",    // the footer
        "window.jQuery",  // an inline script
        "I write rants.", // the site header
        "prettyPrint",    // an event handler attribute
    ] {
        assert!(!text.contains(gone), "{gone:?} should be gone:\n{text}");
    }
    assert!(text.contains("So is code coverage silver bullet? No."));
}

#[test]
fn paragraphs_are_one_line_each_with_markup_and_entities_resolved() {
    let text = text_of("bbc-obama.html");
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    assert!(paragraphs.len() > 30, "{}", paragraphs.len());
    assert!(paragraphs.iter().all(|p| !p.trim().is_empty()));
    assert!(!text.contains('<') && !text.contains("&apos;"), "{text}");
    assert!(text.contains(
        "He would speak \"bluntly\" against corruption and human rights violations in Kenya\n"
    ));
}

#[test]
fn quotes_are_found_and_their_offsets_point_into_the_text_output() {
    let path = page("bbc-obama.html");
    let text: Vec<char> = text_of("bbc-obama.html").chars().collect();
    let json = json_of(&["--json", path.to_str().unwrap()]);
    let quotes = json["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 10, "{}", quotes.len());
    for q in quotes {
        let (start, end) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
        let slice: String = text[start as usize..end as usize].iter().collect();
        assert_eq!(slice, q["text"].as_str().unwrap());
    }
    let obama = quotes
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .unwrap()
                .starts_with("\"For us not to be able")
        })
        .expect("the quote is found");
    assert_eq!(obama["speaker"], "Barack Obama");
}

#[test]
fn a_quote_running_through_links_and_spans_is_one_quote() {
    let path = page("breitbart-snopes.html");
    let json = json_of(&["--json", path.to_str().unwrap()]);
    let quotes: Vec<&str> = json["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert!(
        quotes.contains(&"“#Hamilton Chicago show interrupted by angry Trump supporter.”"),
        "{quotes:?}"
    );
    let tweeted = json["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with("“Before long"))
        .expect("the quote is found");
    assert_eq!(tweeted["speaker"], "David Emery");
    assert_eq!(tweeted["cue"], "tweeted");
}

#[test]
fn html_on_standard_input_is_recognised_by_its_content() {
    let html = std::fs::read(page("bbc-obama.html")).unwrap();
    let piped = stdout_of(&with_stdin(&["--text", "-"], &html));
    assert_eq!(piped, text_of("bbc-obama.html"));
    let listed = stdout_of(&with_stdin(&["--list"], &html));
    assert!(listed.contains("Barack Obama"), "{listed}");
}

#[test]
fn html_in_a_file_not_named_html_is_recognised_by_its_content() {
    let scratch = Scratch::new(
        "html",
        "html_in_a_file_not_named_html_is_recognised_by_its_content",
    );
    let html = std::fs::read(page("perriault-blog.html")).unwrap();
    let path = scratch.file("saved-page.txt", &html);
    let text = stdout_of(&whosaid(&["--text", path.to_str().unwrap()]));
    assert_eq!(text, text_of("perriault-blog.html"));
}

#[test]
fn a_page_in_a_legacy_encoding_gives_the_same_article() {
    let scratch = Scratch::new("html", "a_page_in_a_legacy_encoding_gives_the_same_article");
    let utf8 = std::fs::read_to_string(page("perriault-blog.html")).unwrap();
    let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(&utf8);
    assert!(!lossy, "every character of the page exists in windows-1252");
    let path = scratch.file("legacy.html", &cp1252);
    let text = stdout_of(&whosaid(&["--text", path.to_str().unwrap()]));
    assert_eq!(text, text_of("perriault-blog.html"));
}

#[test]
fn plain_text_is_printed_unchanged_by_text() {
    let scratch = Scratch::new("html", "plain_text_is_printed_unchanged_by_text");
    let article = "„Wir bleiben“, sagte Müller.\n<3 und Grüße\n";
    let path = scratch.file("plain.txt", article.as_bytes());
    assert_eq!(
        stdout_of(&whosaid(&["--text", path.to_str().unwrap()])),
        article
    );
}

#[test]
fn malformed_html_is_read_as_a_browser_would() {
    let scratch = Scratch::new("html", "malformed_html_is_read_as_a_browser_would");
    let html = "<html><body><div><p>“We will rebuild the bridge,” the mayor said on Friday, \
        speaking to reporters outside the town hall after the storm had passed<p>Work starts \
        next month, and the council expects it to take at least a year to finish, she added";
    let path = scratch.file("broken.html", html.as_bytes());
    let text = stdout_of(&whosaid(&["--text", path.to_str().unwrap()]));
    assert!(
        text.starts_with("“We will rebuild the bridge,” the mayor said"),
        "{text}"
    );
    assert!(text.contains("\n\nWork starts next month"), "{text}");
}

#[test]
fn a_page_without_article_text_is_a_one_line_error() {
    let scratch = Scratch::new("html", "a_page_without_article_text_is_a_one_line_error");
    for (name, html) in [
        ("empty.html", ""),
        (
            "scripts.html",
            "<html><head><script>go()</script></head><body></body></html>",
        ),
    ] {
        let path = scratch.file(name, html.as_bytes());
        let o = whosaid(&["--json", path.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(name) && err.contains("no article text"),
            "{err}"
        );
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn text_of_several_files_prints_each_after_a_blank_line() {
    let scratch = Scratch::new(
        "html",
        "text_of_several_files_prints_each_after_a_blank_line",
    );
    let plain = scratch.file("second.txt", "„Ja“, sagte sie.\n".as_bytes());
    let both = stdout_of(&whosaid(&[
        "--text",
        page("bbc-obama.html").to_str().unwrap(),
        plain.to_str().unwrap(),
    ]));
    assert_eq!(
        both,
        format!("{}\n„Ja“, sagte sie.\n", text_of("bbc-obama.html"))
    );
}

#[test]
fn text_cannot_be_combined_with_json_or_list() {
    for other in ["--json", "--list"] {
        let o = whosaid(&["--text", other, page("bbc-obama.html").to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{other}");
    }
}
