//! End to end: the real binary in a real pseudo-terminal (tmux), driven by
//! keys as a person would, and the terminal checked after it quits.
//!
//! tmux is a test dependency (`.ci/run` installs it); without it these tests
//! fail with a message saying so rather than passing silently.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// One tmux server on a private socket, killed on drop.
struct Tmux {
    socket: PathBuf,
}

impl Tmux {
    /// Starts a shell in a `width`x`height` window and waits for its prompt,
    /// so that nothing typed later races the shell's start.
    fn start(name: &str, width: u16, height: u16) -> Tmux {
        let socket =
            std::env::temp_dir().join(format!("whosaid-e2e-{}-{name}.sock", std::process::id()));
        let t = Tmux { socket };
        let w = width.to_string();
        let h = height.to_string();
        t.run(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            &w,
            "-y",
            &h,
            "env",
            "PS1=ready> ",
            "sh",
        ]);
        t.wait_for("the shell prompt", |s| s.contains("ready>"));
        t
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .env("TERM", "xterm-256color")
            .output()
            .expect("tmux is installed (apt-get install tmux; .ci/run does this)");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Types a shell command that reports its exit status when it ends.
    fn shell(&self, command: &str) {
        // The quotes split the marker so the echoed command line never matches it.
        let line = format!("{command}; echo \"ex\"\"it=$?\"");
        self.run(&["send-keys", "-t", "e2e", "-l", &line]);
        self.keys(&["Enter"]);
    }

    /// Waits for the command typed with [`Tmux::shell`] to end; its exit status and the screen.
    fn wait_exit(&self) -> (i32, String) {
        let s = self.wait_for("the command to end", |s| exit_status(s).is_some());
        (exit_status(&s).unwrap_or(-1), s)
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "e2e"])
    }

    /// The screen once `pred` holds, or a failure showing the last screen.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let s = self.screen();
            if pred(&s) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn format(&self, fmt: &str) -> String {
        self.run(&["display-message", "-p", "-t", "e2e", fmt])
            .trim()
            .to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
        let _ = std::fs::remove_file(&self.socket);
    }
}

fn exit_status(screen: &str) -> Option<i32> {
    // The marker may share its line with a prompt, so look for it anywhere.
    screen.lines().find_map(|l| {
        let rest = &l[l.find("exit=")? + "exit=".len()..];
        rest.split_whitespace().next()?.parse().ok()
    })
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_whosaid")
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
    assert_eq!(
        t.format("#{alternate_on}"),
        "0",
        "left the alternate screen"
    );
    assert_eq!(t.format("#{cursor_flag}"), "1", "cursor is visible again");
}

#[test]
fn open_navigate_filter_help_resize_and_quit_restores_terminal() {
    let t = Tmux::start("walk", 120, 40);
    let first = open_sample(&t);
    assert!(
        first.contains("seed-de.txt"),
        "status bar names the file:\n{first}"
    );
    assert_eq!(
        t.format("#{alternate_on}"),
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
    t.run(&["resize-window", "-t", "e2e", "-x", "60", "-y", "30"]);
    t.wait_for("the stacked layout", |s| {
        s.lines().any(|l| l.starts_with("┌ Quotes ("))
    });
    t.run(&["resize-window", "-t", "e2e", "-x", "120", "-y", "40"]);
    t.wait_for("the side-by-side layout", |s| {
        s.lines()
            .any(|l| l.starts_with("┌ Article") && l.contains("┌ Quotes ("))
    });

    quit_and_check_restored(&t);
}

#[test]
fn ctrl_c_quits_and_restores_terminal() {
    let t = Tmux::start("ctrlc", 100, 30);
    open_sample(&t);
    t.keys(&["C-c"]);
    let (status, s) = t.wait_exit();
    assert_eq!(status, 0, "{s}");
    assert_eq!(t.format("#{alternate_on}"), "0");
    assert_eq!(t.format("#{cursor_flag}"), "1");
}

#[test]
fn piped_article_is_read_and_keys_come_from_the_terminal() {
    let t = Tmux::start("pipe", 100, 30);
    let article = std::env::temp_dir().join(format!("whosaid-e2e-{}.txt", std::process::id()));
    std::fs::write(&article, "“We will win,” said Jane Smith.\n").unwrap();
    t.shell(&format!("cat {} | {}", article.display(), bin()));
    let s = t.wait_for("the reader on a pipe", |s| s.contains("Quotes ("));
    assert!(s.contains("<stdin>"), "{s}");
    quit_and_check_restored(&t);
    let _ = std::fs::remove_file(article);
}

#[test]
fn list_through_a_pipe_prints_and_exits_0() {
    let t = Tmux::start("list", 100, 30);
    // pipefail: the exit status is whosaid's, not only cat's or head's.
    t.shell(&format!(
        "bash -o pipefail -c '{} | cat | head -n 1'",
        bin()
    ));
    let (status, s) = t.wait_exit();
    assert_eq!(status, 0, "{s}");
    assert!(s.contains("seed-de.txt · de ·"), "{s}");
    assert_eq!(t.format("#{alternate_on}"), "0");
}

#[test]
fn dash_with_a_terminal_on_stdin_is_an_error_not_a_silent_wait() {
    let t = Tmux::start("dash", 100, 30);
    t.shell(&format!("{} -", bin()));
    let (status, s) = t.wait_exit();
    assert_eq!(status, 1, "{s}");
    assert!(
        s.contains("whosaid: -: standard input is a terminal"),
        "{s}"
    );
    assert_eq!(t.format("#{alternate_on}"), "0");
}
