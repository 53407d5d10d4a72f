//! The one tmux harness for driving the real binary in a real terminal
//! (`tests/e2e.rs`, `tests/ui_signals.rs`).
//!
//! Each [`Tmux`] is its own server on a socket inside a fresh temp dir, with
//! no config (`-f /dev/null`) and `TERM=xterm-256color`, so a test neither
//! sees nor disturbs the user's tmux and renders the same everywhere; drop
//! kills the server and removes the dir.
//!
//! tmux is a test dependency (`.ci/run` installs it). Without it these tests
//! fail with a message saying so: a skip would pass silently on a machine
//! that never ran them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// How long any wait may take before the test fails: generous, since a
/// loaded CI machine is slow and only a failing test ever waits this long.
pub const DEADLINE: Duration = Duration::from_secs(15);

/// The only session on each server; commands target it.
pub const SESSION: &str = "t";

/// The prompt of shells started with [`Tmux::start_shell`]: fixed and
/// distinctive, so "the shell is ready for input" can be seen on screen.
const PROMPT: &str = "ready> ";

/// The marker whose line carries an exit status: `exit=<status>`.
const EXIT: &str = "exit=";

/// Shell code that prints `exit=$?` (the last command's status). The quotes
/// split the marker in the source, so a command line echoed by the terminal
/// never matches it; only the output does.
pub const ECHO_EXIT: &str = "echo \"ex\"\"it=$?\"";

/// One tmux server on a private socket, killed on drop.
pub struct Tmux {
    dir: PathBuf,
    socket: PathBuf,
}

impl Tmux {
    /// A fresh temp dir for the socket and any files of the test; no server
    /// yet, so files the command needs can be put in [`Tmux::dir`] first.
    /// `name` only makes the dir recognisable.
    pub fn new(name: &str) -> Tmux {
        // Checked first so a missing tmux reads as that, not as some later
        // failure.
        let version = Command::new("tmux").arg("-V").output();
        assert!(
            version.is_ok_and(|o| o.status.success()),
            "tmux is required for these tests but `tmux -V` failed: \
             install tmux (apt-get install tmux; .ci/run does this)"
        );
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let dir =
            std::env::temp_dir().join(format!("whosaid-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir(&dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
        Tmux {
            socket: dir.join("sock"),
            dir,
        }
    }

    /// Starts the server with a `width`×`height` session running `command`
    /// directly (no interactive shell, so no job control between the test
    /// and the command).
    pub fn start(&self, width: u16, height: u16, command: &[&str]) {
        let (w, h) = (width.to_string(), height.to_string());
        let mut args = vec!["new-session", "-d", "-s", SESSION, "-x", &w, "-y", &h];
        args.extend_from_slice(command);
        self.run(&args);
    }

    /// Starts the server with an interactive `shell` (and its arguments) and
    /// waits for its prompt, so nothing typed later races the shell's start.
    pub fn start_shell(&self, width: u16, height: u16, shell: &[&str]) {
        let ps1 = format!("PS1={PROMPT}");
        let mut command = vec!["env", &ps1];
        command.extend_from_slice(shell);
        self.start(width, height, &command);
        self.wait_for("the shell prompt", at_prompt);
    }

    /// The temp dir, for files a test wants gone with the server.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `tmux` with this server's socket and config, not yet run.
    fn command(&self) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-S")
            .arg(&self.socket)
            .args(["-f", "/dev/null"])
            .env("TERM", "xterm-256color")
            // The user's config (remapped keys, colours) and remembered
            // places must neither change what a test sees nor be written to.
            .env("XDG_CONFIG_HOME", self.dir.join("config"))
            .env("XDG_STATE_HOME", self.dir.join("state"))
            .env_remove("NO_COLOR")
            // Inside the user's tmux, this would otherwise point at theirs.
            .env_remove("TMUX");
        c
    }

    fn output(&self, args: &[&str]) -> Output {
        self.command()
            .args(args)
            .output()
            .expect("tmux runs (it ran for `tmux -V`)")
    }

    /// Runs a tmux command, failing the test if tmux does; its stdout.
    pub fn run(&self, args: &[&str]) -> String {
        let out = self.output(args);
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Sends keys in tmux's notation (`Enter`, `C-c`, `q`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", SESSION];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Types `line` and Enter once the shell shows its prompt: keys typed
    /// before the shell reads the terminal can be lost or echoed twice.
    pub fn type_line(&self, line: &str) {
        self.wait_for("the shell prompt before typing", at_prompt);
        self.run(&["send-keys", "-t", SESSION, "-l", line]);
        self.keys(&["Enter"]);
    }

    /// Types a shell command that reports its exit status when it ends;
    /// [`Tmux::wait_exit`] reads it.
    pub fn shell(&self, command: &str) {
        self.type_line(&format!("{command}; {ECHO_EXIT}"));
    }

    /// Waits for the [`ECHO_EXIT`] marker: the exit status it shows, and the
    /// screen.
    pub fn wait_exit(&self) -> (i32, String) {
        self.poll("the command to end (its exit status)", || {
            let s = self.screen();
            exit_status(&s).map(|status| (status, s))
        })
    }

    /// The visible pane, one line per row.
    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", SESSION])
    }

    /// A pane format variable such as `alternate_on` or `cursor_flag`.
    pub fn var(&self, name: &str) -> String {
        self.run(&[
            "display-message",
            "-p",
            "-t",
            SESSION,
            &format!("#{{{name}}}"),
        ])
        .trim()
        .to_string()
    }

    /// The screen once `pred` holds on it. `pred` may also ask tmux for
    /// more (say [`Tmux::var`]); it is then judged with that screen.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        self.poll(what, || {
            let s = self.screen();
            pred(&s).then_some(s)
        })
    }

    /// Calls `f` every 50 ms until it gives a value; after [`DEADLINE`], fails
    /// showing `what` and the last screen. Nothing here waits a fixed time:
    /// a fixed sleep is either slow or flaky.
    pub fn poll<T>(&self, what: &str, mut f: impl FnMut() -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            if let Some(v) = f() {
                return v;
            }
            if start.elapsed() >= DEADLINE {
                // Not `screen()`: a dead server must not hide the timeout
                // behind a second failure.
                let show = |args: &[&str]| {
                    let o = self.output(args);
                    String::from_utf8_lossy(if o.status.success() {
                        &o.stdout
                    } else {
                        &o.stderr
                    })
                    .trim_end()
                    .to_string()
                };
                let alt = show(&["display-message", "-p", "-t", SESSION, "#{alternate_on}"]);
                let screen = show(&["capture-pane", "-p", "-t", SESSION]);
                panic!(
                    "timed out after {DEADLINE:?} waiting for {what}; \
                     alternate_on={alt} screen:\n{screen}"
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Terminal handed back: normal screen, cursor visible.
    pub fn assert_restored(&self) {
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
        // Not `run`: a panic here, while a failed test unwinds, would abort.
        let _ = self.command().arg("kill-server").output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Whether the last non-blank line is a bare prompt: the shell is waiting
/// for input (and not, say, showing the prompt with a command after it).
fn at_prompt(screen: &str) -> bool {
    screen
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_end() == PROMPT.trim_end())
}

/// The status on the first [`ECHO_EXIT`] marker line. The marker may share
/// its line with a prompt or other output, so it is looked for anywhere.
fn exit_status(screen: &str) -> Option<i32> {
    screen.lines().find_map(|l| {
        let rest = &l[l.find(EXIT)? + EXIT.len()..];
        rest.split_whitespace().next()?.parse().ok()
    })
}

/// The binary under test, built by Cargo for integration tests.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_whosaid")
}
