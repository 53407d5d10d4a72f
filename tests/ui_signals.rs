//! The real binary in a real terminal (a private tmux server): a signal or
//! Ctrl-Z must hand the terminal back — alternate screen off, cursor shown —
//! and a resumed reader must repaint its whole frame.
//!
//! tmux is required: without it these tests fail rather than skip, so a
//! machine that cannot run them is noticed.

#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(15);

/// A tmux server on its own socket and config, killed (with its temp dir
/// removed) on drop, so tests neither see nor disturb the user's tmux.
struct Tmux {
    dir: PathBuf,
    socket: PathBuf,
}

impl Tmux {
    /// A fresh temp dir for the socket and files; no server yet.
    fn new(name: &str) -> Tmux {
        let version = Command::new("tmux").arg("-V").output();
        assert!(
            version.is_ok_and(|o| o.status.success()),
            "tmux is required for tests/ui_signals.rs but `tmux -V` failed: install tmux"
        );
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let dir =
            std::env::temp_dir().join(format!("whosaid-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Tmux {
            socket: dir.join("sock"),
            dir,
        }
    }

    /// Starts the server with a detached 100×30 session `t` running `command`.
    fn start(&self, command: &[&str]) {
        let mut args = vec!["new-session", "-d", "-x", "100", "-y", "30", "-s", "t"];
        args.extend_from_slice(command);
        self.ok(&args);
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["-f", "/dev/null"])
            .args(args)
            .env("TERM", "xterm-256color")
            .output()
            .expect("tmux runs")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.ok(&["capture-pane", "-p", "-t", "t"])
    }

    /// A pane format variable such as `alternate_on`.
    fn var(&self, name: &str) -> String {
        self.ok(&["display", "-p", "-t", "t", &format!("#{{{name}}}")])
            .trim()
            .to_string()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.ok(&args);
    }

    fn type_line(&self, line: &str) {
        self.keys(&["-l", line]);
        self.keys(&["Enter"]);
    }

    /// Polls until `pred` holds; fails with the screen after [`DEADLINE`].
    fn wait(&self, what: &str, pred: impl Fn(&Tmux) -> bool) {
        let start = Instant::now();
        while !pred(self) {
            assert!(
                start.elapsed() < DEADLINE,
                "timed out waiting for {what}; alternate_on={} screen:\n{}",
                self.var("alternate_on"),
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for_text(&self, text: &str) {
        self.wait(&format!("{text:?} on screen"), |t| {
            t.screen().contains(text)
        });
    }

    /// Terminal handed back: normal screen, cursor visible.
    fn assert_restored(&self) {
        assert_eq!(
            self.var("alternate_on"),
            "0",
            "still on the alternate screen"
        );
        assert_eq!(self.var("cursor_flag"), "1", "cursor still hidden");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn article(dir: &Path) -> PathBuf {
    let path = dir.join("article.txt");
    std::fs::write(&path, whosaid::SAMPLE_TEXT).unwrap();
    path
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
    let start = Instant::now();
    loop {
        if let Some(pid) = child_of(shell) {
            return pid;
        }
        assert!(start.elapsed() < DEADLINE, "no child of the pane's shell");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn sigterm_restores_the_terminal_and_exits_with_128_plus_15() {
    let bin = env!("CARGO_BIN_EXE_whosaid");
    let tmux = Tmux::new("term");
    let file = article(&tmux.dir);
    // The shell outlives the reader so its exit status can be read off the pane.
    let script = format!("'{bin}' '{}'; echo exit=$?; sleep 30", file.display());
    tmux.start(&["sh", "-c", &script]);
    tmux.wait_for_text("Quotes (");
    assert_eq!(tmux.var("alternate_on"), "1");
    let reader = reader_pid(&tmux);
    let killed = Command::new("kill")
        .args(["-TERM", &reader.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    tmux.wait_for_text("exit=");
    assert!(tmux.screen().contains("exit=143"), "{}", tmux.screen());
    tmux.assert_restored();
}

#[test]
fn sigtstp_from_outside_suspends_and_sigcont_redraws() {
    let bin = env!("CARGO_BIN_EXE_whosaid");
    let tmux = Tmux::new("tstpkill");
    let file = article(&tmux.dir);
    let script = format!("'{bin}' '{}'; echo exit=$?; sleep 30", file.display());
    tmux.start(&["sh", "-c", &script]);
    tmux.wait_for_text("Quotes (");
    let reader = reader_pid(&tmux);
    let signal = |sig: &str| {
        let sent = Command::new("kill")
            .args([sig, &reader.to_string()])
            .status()
            .unwrap();
        assert!(sent.success(), "kill {sig}");
    };
    signal("-TSTP");
    tmux.wait("the terminal handed back on SIGTSTP", |t| {
        t.var("alternate_on") == "0"
    });
    tmux.assert_restored();
    signal("-CONT");
    tmux.wait("the frame again after SIGCONT", |t| {
        t.var("alternate_on") == "1" && t.screen().contains("Quotes (")
    });
    signal("-HUP");
    tmux.wait_for_text("exit=");
    assert!(tmux.screen().contains("exit=129"), "{}", tmux.screen());
    tmux.assert_restored();
}

#[test]
fn ctrl_z_suspends_and_fg_redraws_the_reader() {
    let bin = env!("CARGO_BIN_EXE_whosaid");
    let tmux = Tmux::new("tstp");
    let file = article(&tmux.dir);
    tmux.start(&["bash", "--norc", "--noprofile", "-i"]);
    tmux.wait("the shell's prompt", |t| !t.screen().trim().is_empty());
    tmux.type_line(&format!("'{bin}' '{}'", file.display()));
    tmux.wait("the first frame", |t| {
        t.var("alternate_on") == "1" && t.screen().contains("Quotes (")
    });

    tmux.keys(&["C-z"]);
    tmux.wait("the shell after Ctrl-Z", |t| {
        t.var("alternate_on") == "0" && t.screen().contains("Stopped")
    });
    tmux.assert_restored();

    tmux.type_line("fg");
    tmux.wait("the frame again after fg", |t| {
        let s = t.screen();
        t.var("alternate_on") == "1"
            && s.contains("Quotes (")
            && s.contains("Speakers (")
            && s.contains(" Article ")
            && s.contains("? help")
    });
    assert_eq!(tmux.var("cursor_flag"), "0", "cursor hidden while reading");

    tmux.keys(&["q"]);
    tmux.wait("the shell after q", |t| t.var("alternate_on") == "0");
    tmux.type_line("echo exit=$?");
    tmux.wait_for_text("exit=0");
    tmux.assert_restored();
}
