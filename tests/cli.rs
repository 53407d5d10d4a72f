//! The command line as a user meets it: exit codes, error lines, and the
//! non-interactive outputs of the real binary.

mod common;

use common::scratch::Scratch;

use common::binary::{stderr, whosaid, with_stdin};

use std::process::Output;

/// A runtime error is exactly one line on stderr, names the input, and exits 1.
fn assert_one_line_error(o: &Output, needle: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line expected: {err:?}");
    assert!(err.starts_with("whosaid: "), "{err:?}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    assert!(o.stdout.is_empty(), "nothing on stdout on error");
    assert!(
        !err.contains("\x1b["),
        "no terminal control sequences on error"
    );
}

#[test]
fn missing_file_is_one_line_error_with_exit_1() {
    let o = whosaid(&["/nonexistent/article.txt"]);
    assert_one_line_error(&o, "/nonexistent/article.txt: no such file");
}

#[test]
fn directory_is_one_line_error_with_exit_1() {
    let dir = std::env::temp_dir();
    let o = whosaid(&[dir.to_str().unwrap()]);
    assert_one_line_error(&o, "is a directory");
}

#[test]
fn unreadable_file_is_one_line_error_with_exit_1() {
    // Reading /proc/self/mem from offset 0 fails for every user, root included,
    // where a chmod 000 file would still be readable by root.
    let o = whosaid(&["/proc/self/mem"]);
    assert_one_line_error(&o, "/proc/self/mem: cannot be read");
}

#[test]
fn binary_file_is_refused_as_not_text() {
    let scratch = Scratch::new("cli", "binary_file_is_refused_as_not_text");
    let png = scratch.file("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    let o = whosaid(&[png.to_str().unwrap()]);
    assert_one_line_error(&o, "not a text file");
}

#[test]
fn usage_error_exits_2() {
    let o = whosaid(&["--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
    let o = whosaid(&["--lang", "xx", "-"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn json_and_list_cannot_be_combined() {
    let o = whosaid(&["--json", "--list", "-"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn json_output_follows_the_schema_with_code_point_offsets() {
    let scratch = Scratch::new(
        "cli",
        "json_output_follows_the_schema_with_code_point_offsets",
    );
    let text = "Über „Größe“ sprach sie.\n„Wir kommen“, sagte Jörg Müller.\n";
    let path = scratch.file("schema.txt", text.as_bytes());
    let o = whosaid(&["--json", "--lang", "de", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["language"], "de");
    let chars: Vec<char> = text.chars().collect();
    let quotes = v["quotes"].as_array().expect("quotes array");
    assert!(!quotes.is_empty());
    for q in quotes {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(
            q["text"].as_str().unwrap(),
            slice,
            "text is the code point slice"
        );
        assert!(["direct", "partial", "other"].contains(&q["kind"].as_str().unwrap()));
        for key in ["speaker", "speaker_id", "cue"] {
            assert!(q.get(key).is_some(), "quote has {key}");
        }
    }
    assert!(quotes.iter().any(|q| q["text"] == "„Wir kommen“"));
    for s in v["speakers"].as_array().expect("speakers array") {
        for key in ["id", "name", "aliases", "quotes"] {
            assert!(s.get(key).is_some(), "speaker has {key}");
        }
    }
}

#[test]
fn piped_stdout_prints_the_list_and_exits_0() {
    let scratch = Scratch::new("cli", "piped_stdout_prints_the_list_and_exits_0");
    let path = scratch.file("list.txt", "“We will win,” said Jane Smith.\n".as_bytes());
    let o = whosaid(&[path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.starts_with("list.txt · en · 1 quote · 1 speaker"),
        "{out}"
    );
    assert!(out.contains("“We will win,”"), "{out}");
}

#[test]
fn dash_reads_standard_input() {
    let o = with_stdin(&["--list", "-"], "„Ja“, sagte er.\n".as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("<stdin> ·"), "{out}");
    assert!(out.contains("„Ja“"), "{out}");
}

#[test]
fn a_pipe_without_file_argument_is_read() {
    let o = with_stdin(&["--json"], "“Yes,” she said.\n".as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["quotes"][0]["text"], "“Yes,”");
}

#[test]
fn reader_never_modifies_its_input() {
    let scratch = Scratch::new("cli", "reader_never_modifies_its_input");
    let text = "„Ja“, sagte Anna Berg.\n";
    let path = scratch.file("untouched.txt", text.as_bytes());
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let o = whosaid(&["--json", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
}

#[test]
fn sample_opens_when_no_file_and_no_pipe() {
    // stdin is /dev/null (a device, not a pipe or a file), so the bundled
    // sample is what opens; stdout is a pipe, so it is printed as a list.
    let o = whosaid(&["--list"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("seed-de.txt · de ·"), "{out}");
}

#[test]
fn version_and_help_exit_0() {
    assert_eq!(whosaid(&["--version"]).status.code(), Some(0));
    let h = whosaid(&["--help"]);
    assert_eq!(h.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&h.stdout).contains("--json"));
}
