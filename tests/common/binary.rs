//! The real binary as the command-line tests run it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The binary without the user's config and state (a config could, say,
/// force a language and change what the tests see).
pub fn command() -> Command {
    let none = std::env::temp_dir().join("whosaid-tests-no-such-dir");
    let mut c = Command::new(env!("CARGO_BIN_EXE_whosaid"));
    c.env("XDG_CONFIG_HOME", &none)
        .env("XDG_STATE_HOME", &none)
        .env_remove("NO_COLOR");
    c
}

/// Runs the binary with `args` and nothing on standard input.
pub fn whosaid(args: &[&str]) -> Output {
    command()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the whosaid binary runs")
}

/// Runs the binary with `args`, `input` piped to its standard input.
pub fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the whosaid binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .expect("the binary reads its input");
    child.wait_with_output().expect("the binary ends")
}

/// What the binary wrote on standard error.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
