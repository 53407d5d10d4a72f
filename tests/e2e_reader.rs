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
    assert_eq!(
        t.var("cursor_flag"),
        "1",
        "the cursor shows where typing goes"
    );
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
    assert_eq!(t.var("cursor_flag"), "0", "hidden again after the prompt");
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
        status(s).contains("first.txt [1/3]") && status(s).contains("? help")
    });
    assert!(status(&s).contains("cannot open 1 of 3 files"), "{s}");
    t.keys(&["o"]);
    let s = t.wait_for("the article list", |s| {
        s.contains("Articles (3)") && s.contains("cannot open: ")
    });
    assert!(s.contains("first.txt"), "{s}");
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

/// Sends a mouse event the way a terminal reports it with SGR mouse mode
/// on (`ESC [ < button ; column ; row M`, 1-based), as typed input.
fn mouse(t: &Tmux, button: u8, column: usize, row: usize) {
    let seq = format!("\x1b[<{button};{};{}M", column + 1, row + 1);
    t.run(&["send-keys", "-t", common::tmux::SESSION, "-l", &seq]);
}

#[test]
fn a_click_on_a_speaker_filters_and_the_wheel_scrolls_in_the_real_terminal() {
    let t = start("mouse", 120, 40);
    t.shell(bin());
    let s = t.wait_for("the reader", |s| s.contains("Speakers ("));
    // Where the speakers pane is on screen: its title row and left border.
    let (row, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("┌ Speakers ("))
        .unwrap();
    let col = line[..line.find("┌ Speakers (").unwrap()].chars().count();
    let second = s.lines().nth(row + 2).unwrap();
    let name = second.chars().skip(col + 3).collect::<String>();
    let name = name.split("  ").next().unwrap().trim().to_string();
    assert!(
        name.len() > 3,
        "a speaker's name on the second row: {second}"
    );
    mouse(&t, 0, col + 4, row + 2);
    t.wait_for("the speaker filter", |s| {
        status(s).contains(&format!("filter: {name}"))
    });
    let top = t.screen().lines().nth(1).unwrap().to_string();
    mouse(&t, 65, 10, 10);
    t.wait_for("the article scrolled", |s| s.lines().nth(1).unwrap() != top);
    quit_and_check_restored(&t);
}

#[test]
fn mouse_reporting_is_off_while_suspended_and_back_after_fg() {
    let t = Tmux::new("e2e-reader-suspend");
    t.start_shell(100, 30, &["bash", "--norc", "--noprofile", "-i"]);
    t.type_line(bin());
    t.wait_for("the reader", |s| {
        t.var("alternate_on") == "1" && s.contains("Quotes (")
    });
    assert_eq!(t.var("mouse_any_flag"), "1");
    t.keys(&["C-z"]);
    t.wait_for("the shell after Ctrl-Z", |s| {
        t.var("alternate_on") == "0" && s.contains("Stopped")
    });
    assert_eq!(
        t.var("mouse_any_flag"),
        "0",
        "the shell gets no mouse codes"
    );
    t.shell("fg");
    t.wait_for("the reader again", |s| {
        t.var("alternate_on") == "1" && s.contains("Quotes (")
    });
    assert_eq!(t.var("mouse_any_flag"), "1");
    quit_and_check_restored(&t);
}

#[test]
fn when_no_file_opens_the_reader_never_starts_and_each_file_is_one_line() {
    let t = start("none", 250, 30);
    let a = t.dir().join("a.txt");
    let b = t.dir().join("b.txt");
    t.shell(&format!("{} {} {}", bin(), a.display(), b.display()));
    let (status, s) = t.wait_exit();
    assert_eq!(status, 1, "{s}");
    for f in [&a, &b] {
        let line = format!("whosaid: {}: no such file", f.display());
        assert!(s.contains(&line), "{s}");
    }
    t.assert_restored();
}

/// Pastes `text` the way a terminal does with bracketed paste on.
fn paste(t: &Tmux, text: &str) {
    t.run(&["set-buffer", "-b", "p", text]);
    t.run(&["paste-buffer", "-p", "-b", "p", "-t", common::tmux::SESSION]);
}

#[test]
fn pasted_text_fills_the_prompt_and_never_runs_as_keys() {
    let t = start("paste", 120, 40);
    t.shell(bin());
    t.wait_for("the reader", |s| s.contains("Quotes ("));
    // A paste outside a prompt is ignored: its `q` does not quit, and the
    // key after it is still read by the reader.
    paste(&t, "q");
    t.keys(&["?"]);
    t.wait_for("the help after the paste", |s| s.contains("Help · keys"));
    // Esc alone: followed at once by `/` it would read as Alt-/.
    t.keys(&["Escape"]);
    t.wait_for("the help closed", |s| !s.contains("Help · keys"));
    t.keys(&["/"]);
    t.wait_for("the search prompt", |s| status(s).trim() == "/");
    paste(&t, "Konsens");
    t.wait_for("the pasted query", |s| status(s).trim() == "/Konsens");
    t.keys(&["Enter"]);
    t.wait_for("the first match", |s| status(s).contains("/Konsens 1/"));
    quit_and_check_restored(&t);
}
