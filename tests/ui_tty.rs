//! End to end: the real binary in a pseudo-terminal provided by tmux — open
//! with the article piped on standard input (so keys must come from the
//! terminal, not stdin), navigate, quit, and check the terminal is restored
//! (alternate screen left, cursor shown, exit status 0). Skipped when tmux is
//! not installed.

use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux server of its own (own socket), killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(width: u16, height: u16) -> Option<Tmux> {
        let socket = format!("whosaid-ui-e2e-{}", std::process::id());
        let ok = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "e2e",
            ])
            .args(["-x", &width.to_string(), "-y", &height.to_string(), "sh"])
            .status()
            .ok()?
            .success();
        ok.then_some(Tmux { socket })
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "e2e"])
    }

    fn flag(&self, name: &str) -> String {
        self.run(&[
            "display-message",
            "-p",
            "-t",
            "e2e",
            &format!("#{{{name}}}"),
        ])
        .trim()
        .to_string()
    }

    /// Waits until `ready` holds, for up to ten seconds.
    fn wait_for(&self, what: &str, ready: impl Fn(&Tmux) -> bool) {
        let start = Instant::now();
        while !ready(self) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what}; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

#[test]
fn piped_article_reads_keys_from_the_terminal_and_quitting_restores_it() {
    let Some(tmux) = Tmux::start(100, 30) else {
        eprintln!("tmux not available; skipping");
        return;
    };
    let bin = env!("CARGO_BIN_EXE_whosaid");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/seed-de.txt");
    tmux.send(&[&format!("cat '{sample}' | '{bin}'; echo EXIT=$?"), "Enter"]);
    tmux.wait_for("the reader", |t| t.screen().contains("Quotes ("));
    assert_eq!(tmux.flag("alternate_on"), "1");

    tmux.send(&["Tab", "j", "j"]);
    tmux.wait_for("the third quote", |t| t.screen().contains("quote 3/"));
    tmux.send(&["?"]);
    tmux.wait_for("the help", |t| t.screen().contains("Help · keys"));
    // Esc and q sent together would read as Alt-q (an escape sequence), so
    // wait for the help to close before quitting.
    tmux.send(&["Escape"]);
    tmux.wait_for("the help to close", |t| !t.screen().contains("Help · keys"));
    tmux.send(&["q"]);
    tmux.wait_for("the exit", |t| t.screen().contains("EXIT="));

    assert!(tmux.screen().contains("EXIT=0"), "{}", tmux.screen());
    assert_eq!(tmux.flag("alternate_on"), "0", "alternate screen left");
    assert_eq!(tmux.flag("cursor_flag"), "1", "cursor shown");
}
