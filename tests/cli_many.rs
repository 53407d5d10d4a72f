//! Several files on the command line, without the reader: `--json` prints
//! JSON Lines (one object per file, named in `"file"`), `--list` one list
//! per file; a file that cannot be read is one line on stderr while the
//! others are still printed, and the exit status is then 1.

mod common;

use common::binary::whosaid;

use std::path::PathBuf;

/// Two small articles in a fresh temp dir (removed on drop).
struct Files {
    dir: PathBuf,
    en: String,
    de: String,
}

impl Files {
    fn new(name: &str) -> Files {
        let dir =
            std::env::temp_dir().join(format!("whosaid-cli-many-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let en = dir.join("en.txt");
        std::fs::write(&en, "“We will win,” said Jane Smith.\n").unwrap();
        let de = dir.join("de.txt");
        std::fs::write(&de, "„Wir schaffen das“, sagte Anna Alt.\n").unwrap();
        Files {
            en: en.display().to_string(),
            de: de.display().to_string(),
            dir,
        }
    }

    fn missing(&self) -> String {
        self.dir.join("missing.txt").display().to_string()
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn json_of(file: &str) -> serde_json::Value {
    let o = whosaid(&["--json", file]);
    assert!(o.status.success());
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn json_with_several_files_prints_one_line_per_file_with_its_name() {
    let f = Files::new("json");
    let o = whosaid(&["--json", &f.en, &f.de]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    for (line, file) in lines.iter().zip([&f.en, &f.de]) {
        let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["file"], file.as_str());
        // Apart from "file", each line is exactly the single-file output.
        v.as_object_mut().unwrap().remove("file");
        assert_eq!(v, json_of(file));
    }
}

#[test]
fn list_with_several_files_prints_each_list_after_a_blank_line() {
    let f = Files::new("list");
    let o = whosaid(&["--list", &f.en, &f.de]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    let en = String::from_utf8(whosaid(&["--list", &f.en]).stdout).unwrap();
    let de = String::from_utf8(whosaid(&["--list", &f.de]).stdout).unwrap();
    assert_eq!(out, format!("{en}\n{de}"));
}

#[test]
fn a_bad_file_among_several_is_one_line_on_stderr_and_the_rest_is_printed() {
    let f = Files::new("bad");
    let missing = f.missing();
    for flag in ["--json", "--list"] {
        let o = whosaid(&[flag, &f.en, &missing, &f.de]);
        assert_eq!(o.status.code(), Some(1), "{flag}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with(&format!("whosaid: {missing}: no such file")),
            "{err}"
        );
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(
            out.contains("Jane Smith") && out.contains("Anna Alt"),
            "{flag}: {out}"
        );
    }
}

#[test]
fn without_a_terminal_several_files_print_their_lists() {
    let f = Files::new("pipe");
    let o = whosaid(&[&f.en, &f.de]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.starts_with("en.txt · en ·") && out.contains("\nde.txt · de ·"),
        "{out}"
    );
}

#[test]
fn standard_input_named_twice_is_a_usage_error() {
    let f = Files::new("dash");
    let o = whosaid(&["--json", "-", &f.en, "-"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("standard input (-) can be named only once"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}
