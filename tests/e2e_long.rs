//! End to end in tmux: a book-length text opens at once, its quotes found in
//! the background arrive in the panes, `G` reaches its end, and quitting
//! hands the terminal back.

mod common;

use common::tmux::{bin, Tmux};

/// The public-domain story repeated to about 2 MB: well over the size whose
/// quotes are found before the first frame.
fn book(t: &Tmux) -> String {
    let story = include_str!("data/doyle-scandal-in-bohemia.txt");
    let mut text = String::new();
    while text.len() < 2 << 20 {
        text.push_str(story);
        text.push_str("\n\n");
    }
    let path = t.dir().join("book.txt");
    std::fs::write(&path, text).expect("writing the book");
    path.display().to_string()
}

#[test]
fn a_book_opens_at_once_then_its_quotes_arrive_and_g_reaches_the_end() {
    let t = Tmux::new("e2e-long");
    t.start_shell(120, 40, &["sh"]);
    let path = book(&t);
    t.shell(&format!("{} {path}", bin()));
    // The body is on screen; the quotes follow without a key press.
    t.wait_for("the first frame", |s| s.contains("A SCANDAL IN BOHEMIA"));
    let s = t.wait_for("the quotes found in the background", |s| {
        s.contains(" quotes · ") && !s.contains("finding quotes")
    });
    assert!(!s.contains("Quotes (0)"), "quotes listed:\n{s}");
    t.keys(&["G"]);
    t.wait_for("the end of the book", |s| s.contains("100%"));
    t.keys(&["q"]);
    let (status, s) = t.wait_exit();
    assert_eq!(status, 0, "{s}");
    t.assert_restored();
}
