//! The real binary in a real terminal (a private tmux server): a signal or
//! Ctrl-Z must hand the terminal back — alternate screen off, cursor shown —
//! and a resumed reader must repaint its whole frame.
//!
//! tmux is required: without it these tests fail rather than skip, so a
//! machine that cannot run them is noticed.

#![cfg(target_os = "linux")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::tmux::{bin, Tmux, ECHO_EXIT};
use std::io::Write;

fn article(dir: &Path) -> PathBuf {
    let path = dir.join("article.txt");
    std::fs::write(&path, whosaid::SAMPLE_TEXT).unwrap();
    path
}

/// Starts the reader on the sample as the pane's command, under a
/// non-interactive `sh -c`: with no job control the shell does not react to
/// the reader stopping, so only the reader's own handling is tested. The
/// shell outlives the reader so its exit status can be read off the pane.
fn start_reader(tmux: &Tmux) {
    let file = article(tmux.dir());
    let script = format!("'{}' '{}'; {ECHO_EXIT}; sleep 30", bin(), file.display());
    tmux.start(100, 30, &["sh", "-c", &script]);
}

/// The pid of `parent`'s child process, read from /proc.
fn child_of(parent: u32) -> Option<u32> {
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_str()?.parse().ok()?;
        let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
        // pid (comm) state ppid …; comm may hold spaces, so split after ')'.
        let ppid: u32 = stat
            .rsplit_once(')')?
            .1
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()?;
        (ppid == parent).then_some(pid)
    })
}

/// The reader's pid: the child of the `sh -c` running as the pane's command.
fn reader_pid(tmux: &Tmux) -> u32 {
    let shell: u32 = tmux.var("pane_pid").parse().expect("pane pid");
    tmux.poll("a child of the pane's shell", || child_of(shell))
}

#[test]
fn sigterm_restores_the_terminal_and_exits_with_128_plus_15() {
    let tmux = Tmux::new("term");
    start_reader(&tmux);
    tmux.wait_for("\"Quotes (\" on screen", |s| s.contains("Quotes ("));
    assert_eq!(tmux.var("alternate_on"), "1");
    let reader = reader_pid(&tmux);
    let killed = Command::new("kill")
        .args(["-TERM", &reader.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let (status, s) = tmux.wait_exit();
    assert_eq!(status, 143, "{s}");
    tmux.assert_restored();
}

#[test]
fn sigtstp_from_outside_suspends_and_sigcont_redraws() {
    let tmux = Tmux::new("tstpkill");
    start_reader(&tmux);
    tmux.wait_for("\"Quotes (\" on screen", |s| s.contains("Quotes ("));
    let reader = reader_pid(&tmux);
    let signal = |sig: &str| {
        let sent = Command::new("kill")
            .args([sig, &reader.to_string()])
            .status()
            .unwrap();
        assert!(sent.success(), "kill {sig}");
    };
    signal("-TSTP");
    tmux.wait_for("the terminal handed back on SIGTSTP", |_| {
        tmux.var("alternate_on") == "0"
    });
    tmux.assert_restored();
    signal("-CONT");
    tmux.wait_for("the frame again after SIGCONT", |s| {
        tmux.var("alternate_on") == "1" && s.contains("Quotes (")
    });
    signal("-HUP");
    let (status, s) = tmux.wait_exit();
    assert_eq!(status, 129, "{s}");
    tmux.assert_restored();
}

#[test]
fn ctrl_z_suspends_and_fg_redraws_the_reader() {
    let tmux = Tmux::new("tstp");
    let file = article(tmux.dir());
    // bash for its job control: Ctrl-Z and `fg`.
    tmux.start_shell(100, 30, &["bash", "--norc", "--noprofile", "-i"]);
    tmux.type_line(&format!("'{}' '{}'", bin(), file.display()));
    tmux.wait_for("the first frame", |s| {
        tmux.var("alternate_on") == "1" && s.contains("Quotes (")
    });

    tmux.keys(&["C-z"]);
    tmux.wait_for("the shell after Ctrl-Z", |s| {
        tmux.var("alternate_on") == "0" && s.contains("Stopped")
    });
    tmux.assert_restored();

    // `fg` returns when the reader ends, and the marker after it then shows
    // the reader's exit status.
    tmux.shell("fg");
    tmux.wait_for("the frame again after fg", |s| {
        tmux.var("alternate_on") == "1"
            && s.contains("Quotes (")
            && s.contains("Speakers (")
            && s.contains(" Article ")
            && s.contains("? help")
    });
    assert_eq!(tmux.var("cursor_flag"), "0", "cursor hidden while reading");

    tmux.keys(&["q"]);
    tmux.wait_for("the shell after q", |_| tmux.var("alternate_on") == "0");
    let (status, s) = tmux.wait_exit();
    assert_eq!(status, 0, "{s}");
    tmux.assert_restored();
}

/// Closing the terminal under the reader (the window closed, ssh dropped):
/// the reader must end by itself, not linger, let alone spin on a dead tty.
#[test]
fn terminal_hang_up_ends_the_reader() {
    let tmux = Tmux::new("hangup");
    start_reader(&tmux);
    tmux.wait_for("\"Quotes (\" on screen", |s| s.contains("Quotes ("));
    let reader = reader_pid(&tmux);
    tmux.run(&["kill-server"]);
    let proc_dir = PathBuf::from(format!("/proc/{reader}"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while proc_dir.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let lingering = proc_dir.exists();
    if lingering {
        let _ = Command::new("kill")
            .args(["-KILL", &reader.to_string()])
            .status();
    }
    assert!(
        !lingering,
        "the reader (pid {reader}) still runs 10 s after its terminal hung up"
    );
}

// A panic while the reader holds the terminal: the real session and panic
// hook in tmux. The panic comes from this test binary, run again inside
// tmux with only the probe selected, so production code needs no crash switch.

/// Set by the test for the probe it starts; the probe does nothing without it.
const PROBE_ENV: &str = "WHOSAID_PANIC_PROBE";

/// Takes the terminal as the reader does, writes to the alternate screen,
/// and panics.
#[test]
#[ignore = "run inside tmux by a_panic_restores_the_terminal_and_its_message_stays_readable"]
fn panic_probe() {
    if std::env::var_os(PROBE_ENV).is_none() {
        return;
    }
    let _session = whosaid::ui::terminal::TerminalSession::enter().unwrap();
    print!("ON-THE-ALTERNATE-SCREEN");
    std::io::stdout().flush().unwrap();
    panic!("probe panic, message to keep");
}

#[test]
fn a_panic_restores_the_terminal_and_its_message_stays_readable() {
    let tmux = Tmux::new("panic");
    let exe = std::env::current_exe().unwrap();
    let script = format!(
        "{PROBE_ENV}=1 '{}' --exact panic_probe --ignored --nocapture --test-threads=1; {ECHO_EXIT}; sleep 30",
        exe.display()
    );
    tmux.start(100, 30, &["sh", "-c", &script]);
    let (status, screen) = tmux.wait_exit();
    assert_eq!(status, 101, "the probe fails by panicking:\n{screen}");
    tmux.assert_restored();
    // Printed after leaving the alternate screen, the message is on the
    // normal screen; printed before, it would have vanished with it.
    assert!(
        screen.contains("panicked at") && screen.contains("probe panic, message to keep"),
        "{screen}"
    );
    assert!(!screen.contains("ON-THE-ALTERNATE-SCREEN"), "{screen}");
}
