//! End to end in tmux: search, the article list and mouse capture in the
//! real binary, and the terminal handed back afterwards.

mod common;

use common::tmux::{bin, Tmux};

fn start(name: &str, width: u16, height: u16) -> Tmux {
    let t = Tmux::new(&format!("e2e-reader-{name}"));
    t.start_shell(width, height, &["sh"]);
    t
}

fn quit_and_check_restored(t: &Tmux) {
    t.keys(&["q"]);
    let (status, s) = t.wait_exit();
    assert_eq!(status, 0, "{s}");
    t.assert_restored();
    assert_eq!(t.var("mouse_any_flag"), "0", "mouse reporting left on");
}

/// The status bar (last non-blank line).
fn status(screen: &str) -> &str {
    screen
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

#[test]
fn search_finds_walks_and_leaves_with_esc() {
    let t = start("search", 120, 40);
    t.shell(bin());
    t.wait_for("the reader", |s| s.contains("Quotes ("));
    assert_eq!(t.var("mouse_any_flag"), "1", "mouse reporting is on");
    t.keys(&["/"]);
    t.wait_for("the search prompt", |s| status(s).trim() == "/");
    t.run(&["send-keys", "-t", common::tmux::SESSION, "-l", "konsens"]);
    t.wait_for("the typed query", |s| status(s).trim() == "/konsens");
    t.keys(&["Enter"]);
    let s = t.wait_for("the first match", |s| status(s).contains("/konsens 1/"));
    let total: String = status(&s)
        .split("/konsens 1/")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(total.parse::<usize>().unwrap() >= 2, "{s}");
    t.keys(&["n"]);
    t.wait_for("the second match", |s| status(s).contains("/konsens 2/"));
    t.keys(&["N", "N"]);
    t.wait_for("wrapped to the last match", |s| {
        status(s).contains(&format!("/konsens {total}/{total}"))
            && status(s).contains("wrapped to the bottom")
    });
    t.keys(&["Escape"]);
    t.wait_for("the search left", |s| !status(s).contains("/konsens"));
    quit_and_check_restored(&t);
}

#[test]
fn o_switches_between_the_files_named_on_the_command_line() {
    let t = start("articles", 120, 40);
    let a = t.dir().join("first.txt");
    let b = t.dir().join("second.txt");
    std::fs::write(&a, "“We will win,” said Jane Smith.\n").unwrap();
    std::fs::write(&b, "„Wir schaffen das“, sagte Anna Alt.\n").unwrap();
    let missing = t.dir().join("missing.txt");
    t.shell(&format!(
        "{} {} {} {}",
        bin(),
        a.display(),
        missing.display(),
        b.display()
    ));
    let s = t.wait_for("the first article", |s| {
        status(s).contains("first.txt [1/3]")
    });
    assert!(status(&s).contains("cannot open 1 of 3 files"), "{s}");
    t.keys(&["o"]);
    let s = t.wait_for("the article list", |s| s.contains("Articles (3)"));
    assert!(s.contains("cannot open: "), "{s}");
    t.keys(&["G", "Enter"]);
    let s = t.wait_for("the second article", |s| {
        status(s).contains("second.txt [3/3]") && !s.contains("Articles (3)")
    });
    assert!(s.contains("Anna Alt"), "{s}");
    t.keys(&["o", "g", "Enter"]);
    t.wait_for("back to the first", |s| {
        status(s).contains("first.txt [1/3]")
    });
    quit_and_check_restored(&t);
}
