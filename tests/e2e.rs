//! End to end: the real binary in a real pseudo-terminal (tmux), driven by
//! keys as a person would, and the terminal checked after it quits.
//!
//! tmux is a test dependency (`.ci/run` installs it); without it these tests
//! fail with a message saying so rather than passing silently.

mod common;

use common::tmux::{bin, Tmux, SESSION};

/// A session running `sh` at its prompt, ready for [`Tmux::shell`].
fn start(name: &str, width: u16, height: u16) -> Tmux {
    let t = Tmux::new(&format!("e2e-{name}"));
    t.start_shell(width, height, &["sh"]);
    t
}

/// Starts the reader on the sample and waits for its first frame.
fn open_sample(t: &Tmux) -> String {
    t.shell(bin());
    t.wait_for("the reader", |s| {
        s.contains("Quotes (") && s.contains("Speakers (")
    })
}

/// Quits with `q` and checks the shell got its screen back.
fn quit_and_check_restored(t: &Tmux) {
    t.keys(&["q"]);
    let (status, s) = t.wait_exit();
    assert_eq!(status, 0, "{s}");
    assert!(
        !s.contains("Quotes ("),
        "the reader's screen is gone after quit:\n{s}"
    );
    t.assert_restored();
}

#[test]
fn open_navigate_filter_help_resize_and_quit_restores_terminal() {
    let t = start("walk", 120, 40);
    let first = open_sample(&t);
    assert!(
        first.contains("seed-de.txt"),
        "status bar names the file:\n{first}"
    );
    assert_eq!(
        t.var("alternate_on"),
        "1",
        "the reader runs in the alternate screen"
    );

    // Select a quote: focus the quotes pane and move down; the status bar
    // counts the selected quote only once one is selected.
    assert!(
        !first.contains("· quote "),
        "nothing selected at start:\n{first}"
    );
    t.keys(&["Tab", "j", "j"]);
    t.wait_for("a selected quote", |s| s.contains("· quote "));

    // Filter by a speaker: focus the speakers pane and press Enter.
    t.keys(&["Tab", "Enter"]);
    t.wait_for("the speaker filter", |s| s.contains("filter"));

    // Help overlay opens and closes.
    t.keys(&["?"]);
    t.wait_for("the help overlay", |s| s.contains("Help"));
    t.keys(&["Escape"]);
    t.wait_for("help closed", |s| !s.contains("Help"));

    // Resize to a narrow window: the side panes stack under the article
    // (their boxes start at the left edge); then back to the side-by-side layout.
    t.run(&["resize-window", "-t", SESSION, "-x", "60", "-y", "30"]);
    t.wait_for("the stacked layout", |s| {
        s.lines().any(|l| l.starts_with("┌ Quotes ("))
    });
    t.run(&["resize-window", "-t", SESSION, "-x", "120", "-y", "40"]);
    t.wait_for("the side-by-side layout", |s| {
        s.lines()
            .any(|l| l.starts_with("┌ Article") && l.contains("┌ Quotes ("))
    });

    quit_and_check_restored(&t);
}

#[test]
fn ctrl_c_quits_and_restores_terminal() {
    let t = start("ctrlc", 100, 30);
    open_sample(&t);
    t.keys(&["C-c"]);
    let (status, s) = t.wait_exit();
    assert_eq!(status, 0, "{s}");
    t.assert_restored();
}

#[test]
fn piped_article_is_read_and_keys_come_from_the_terminal() {
    let t = start("pipe", 100, 30);
    let article = t.dir().join("article.txt");
    std::fs::write(&article, "“We will win,” said Jane Smith.\n").unwrap();
    t.shell(&format!("cat {} | {}", article.display(), bin()));
    // The frame may arrive in more than one write: wait for its last row too.
    let s = t.wait_for("the reader on a pipe", |s| {
        s.contains("Quotes (") && s.contains("? help")
    });
    assert!(s.contains("<stdin>"), "{s}");
    quit_and_check_restored(&t);
}

#[test]
fn list_through_a_pipe_prints_and_exits_0() {
    let t = start("list", 100, 30);
    // pipefail: the exit status is whosaid's, not only cat's or head's.
    t.shell(&format!(
        "bash -o pipefail -c '{} | cat | head -n 1'",
        bin()
    ));
    let (status, s) = t.wait_exit();
    assert_eq!(status, 0, "{s}");
    assert!(s.contains("seed-de.txt · de ·"), "{s}");
    assert_eq!(t.var("alternate_on"), "0");
}

#[test]
fn dash_with_a_terminal_on_stdin_is_an_error_not_a_silent_wait() {
    let t = start("dash", 100, 30);
    t.shell(&format!("{} -", bin()));
    let (status, s) = t.wait_exit();
    assert_eq!(status, 1, "{s}");
    assert!(
        s.contains("whosaid: -: standard input is a terminal"),
        "{s}"
    );
    assert_eq!(t.var("alternate_on"), "0");
}

/// The reader works on its loaded copy: the file deleted, or another
/// process writing to it, changes nothing on screen, and it still quits cleanly.
#[test]
fn a_file_deleted_or_growing_while_open_leaves_the_reader_on_its_copy() {
    let t = start("vanish", 100, 30);
    let grows = t.dir().join("grows.txt");
    let goes = t.dir().join("goes.txt");
    std::fs::write(&grows, "„Erster Stand“, sagte Anna Alt.\n").unwrap();
    std::fs::write(&goes, "„Gleich weg“, sagte Bert Brandt.\n").unwrap();

    t.shell(&format!("{} {}", bin(), grows.display()));
    t.wait_for("the growing file", |s| s.contains("„Erster Stand“"));
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&grows)
        .unwrap();
    std::io::Write::write_all(
        &mut f,
        "„Nachtrag“, sagte Carla Christ.\n".repeat(1000).as_bytes(),
    )
    .unwrap();
    drop(f);
    t.keys(&["Tab", "j", "G"]);
    let s = t.wait_for("the reader after the append", |s| s.contains("· quote 1/1"));
    assert!(
        !s.contains("Nachtrag"),
        "the reader shows what it loaded:\n{s}"
    );
    quit_and_check_restored(&t);

    t.shell(&format!("{} {}", bin(), goes.display()));
    t.wait_for("the file about to go", |s| s.contains("„Gleich weg“"));
    std::fs::remove_file(&goes).unwrap();
    t.run(&["resize-window", "-t", SESSION, "-x", "70", "-y", "25"]);
    t.keys(&["Tab", "j"]);
    t.wait_for("the reader after the delete", |s| {
        s.contains("„Gleich weg“") && s.contains("· quote 1/1")
    });
    quit_and_check_restored(&t);
}

/// A Windows-1252 article opens decoded, and the status bar says how it was read.
#[test]
fn a_windows_1252_article_opens_and_the_status_bar_names_the_encoding() {
    let t = start("cp1252", 120, 30);
    let path = t.dir().join("alt.txt");
    std::fs::write(
        &path,
        b"Die Stra\xdfe bleibt gesperrt.\n\x84Wir m\xfcssen handeln\x93, sagte die B\xfcrgermeisterin Anna Gro\xdf.\n",
    )
    .unwrap();
    t.shell(&format!("{} {}", bin(), path.display()));
    // Waiting for the status bar too: the frame may arrive in more than one write.
    let s = t.wait_for("the decoded article and its status bar", |s| {
        s.contains("„Wir müssen handeln“") && s.contains("? help")
    });
    assert!(s.contains("alt.txt · de · windows-1252 · 1 quote"), "{s}");
    quit_and_check_restored(&t);
}
