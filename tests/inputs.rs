//! Every kind of input file a user may hand the reader, through the real
//! binary: text-like input opens (in whatever encoding), anything else is
//! refused with one line on stderr and exit code 1.
//!
//! `--json` and `--list` stand in for the reader here: they load and decode
//! exactly as the reader does, and say what they found on stdout.

mod common;

use common::scratch::Scratch;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn whosaid(args: &[&str], path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .expect("the whosaid binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `--json` of `path`, which must succeed.
fn json(path: &Path) -> serde_json::Value {
    let o = whosaid(&["--json"], path);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("valid JSON")
}

/// The first line of `--list` of `path` (file · language · [encoding ·] counts).
fn list_header(path: &Path) -> String {
    let o = whosaid(&["--list"], path);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).expect("the list is UTF-8");
    out.lines().next().unwrap_or_default().to_string()
}

/// A refusal: exit code 1, one line on stderr naming the input, nothing on stdout.
fn assert_refused(o: &Output, needle: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line expected: {err:?}");
    assert!(err.starts_with("whosaid: "), "{err:?}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    assert!(o.stdout.is_empty(), "nothing on stdout");
}

/// Each quote's `start`/`end` are code point offsets into `text` (the
/// decoded input) and its `text` is exactly that slice.
fn assert_offsets_index(text: &str, v: &serde_json::Value) {
    let chars: Vec<char> = text.chars().collect();
    for q in v["quotes"].as_array().expect("quotes") {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(q["text"].as_str().unwrap(), slice, "quote {q}");
    }
}

fn quote_texts(v: &serde_json::Value) -> Vec<String> {
    v["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .map(|q| q["text"].as_str().unwrap().to_string())
        .collect()
}

const GERMAN: &str =
    "Die Stadt bleibt gesperrt.\n„Wir müssen handeln“, sagte die Bürgermeisterin Anna Groß.\n";

#[test]
fn an_empty_file_opens_with_no_quotes() {
    let s = Scratch::new("inputs", "empty");
    let v = json(&s.file("empty.txt", b""));
    assert_eq!(v["quotes"], serde_json::json!([]));
    assert_eq!(v["speakers"], serde_json::json!([]));
}

#[test]
fn a_whitespace_only_file_opens_with_no_quotes() {
    let s = Scratch::new("inputs", "blank");
    let v = json(&s.file("blank.txt", b" \n\t\n\r\n   \n"));
    assert_eq!(v["quotes"], serde_json::json!([]));
}

#[test]
fn a_png_is_refused_as_binary() {
    let s = Scratch::new("inputs", "png");
    // The PNG signature, an IHDR chunk for a 1×1 image and an IDAT chunk.
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\
                \0\0\0\rIDATx\x9cc\xf8\x0f\0\0\x01\x01\0\x05\x18\xd8N\0\0\0\0IEND\xaeB`\x82";
    let o = whosaid(&[], &s.file("image.png", png));
    assert_refused(&o, "image.png: not a text file (it looks like binary data");
}

#[test]
fn an_elf_executable_is_refused_as_binary() {
    let s = Scratch::new("inputs", "elf");
    let o = whosaid(&[], Path::new(env!("CARGO_BIN_EXE_whosaid")));
    assert_refused(&o, "not a text file (it looks like binary data");
    // Only the header, too: the first bytes decide.
    let elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0\x01\0\0\0\x40\x10\0\0\0\0\0\0";
    let o = whosaid(&[], &s.file("a.out", elf));
    assert_refused(&o, "a.out: not a text file");
}

#[test]
fn binary_data_on_a_pipe_is_refused_before_the_reader_starts() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // More than the sniffed start: the refusal must not wait for the rest,
    // and a refused writer may see a broken pipe.
    let _ = stdin.write_all(&[0u8; 256 * 1024]);
    drop(stdin);
    let o = child.wait_with_output().unwrap();
    assert_refused(&o, "<stdin>: not a text file");
}

#[test]
fn mostly_utf8_with_invalid_bytes_opens_with_them_replaced_and_says_so() {
    let s = Scratch::new("inputs", "badutf8");
    let mut bytes = GERMAN.as_bytes().to_vec();
    bytes.insert(4, 0xFF); // a stray byte
    bytes.extend_from_slice(b"Ende \xE2\x80"); // cut off mid-character
    let path = s.file("damaged.txt", &bytes);
    assert!(
        list_header(&path).contains(" · UTF-8, bad bytes shown as � · "),
        "{}",
        list_header(&path)
    );
    let v = json(&path);
    assert_eq!(quote_texts(&v), ["„Wir müssen handeln“"]);
    assert_offsets_index(&String::from_utf8_lossy(&bytes), &v);
}

#[test]
fn windows_1252_german_is_detected_decoded_and_named() {
    let s = Scratch::new("inputs", "cp1252");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(GERMAN);
    assert!(!unmappable);
    let path = s.file("alt.txt", &bytes);
    assert!(
        list_header(&path).starts_with("alt.txt · de · windows-1252 · 1 quote"),
        "{}",
        list_header(&path)
    );
    let v = json(&path);
    assert_eq!(quote_texts(&v), ["„Wir müssen handeln“"]);
    assert_eq!(v["speakers"][0]["name"], "Anna Groß");
    assert_offsets_index(GERMAN, &v);
}

#[test]
fn latin1_text_without_typographic_quotes_is_decoded_too() {
    let s = Scratch::new("inputs", "latin1");
    let text = "Der B\u{fc}rgermeister sagte: \"Wir bauen die Br\u{fc}cke neu.\"\n";
    let bytes: Vec<u8> = text.chars().map(|c| c as u8).collect();
    let v = json(&s.file("latin1.txt", &bytes));
    assert_eq!(quote_texts(&v), ["\"Wir bauen die Brücke neu.\""]);
    assert_offsets_index(text, &v);
}

fn utf16(text: &str, bom: [u8; 2], unit: fn(u16) -> [u8; 2]) -> Vec<u8> {
    let mut out = bom.to_vec();
    out.extend(text.encode_utf16().flat_map(unit));
    out
}

#[test]
fn utf16_le_with_bom_is_decoded() {
    let s = Scratch::new("inputs", "utf16le");
    let path = s.file("le.txt", &utf16(GERMAN, [0xFF, 0xFE], u16::to_le_bytes));
    assert!(list_header(&path).contains(" · UTF-16LE · "));
    let v = json(&path);
    assert_eq!(quote_texts(&v), ["„Wir müssen handeln“"]);
    assert_offsets_index(GERMAN, &v);
}

#[test]
fn utf16_be_with_bom_is_decoded() {
    let s = Scratch::new("inputs", "utf16be");
    let path = s.file("be.txt", &utf16(GERMAN, [0xFE, 0xFF], u16::to_be_bytes));
    assert!(list_header(&path).contains(" · UTF-16BE · "));
    let v = json(&path);
    assert_eq!(quote_texts(&v), ["„Wir müssen handeln“"]);
    assert_offsets_index(GERMAN, &v);
}

#[test]
fn a_utf8_bom_is_dropped_and_offsets_start_after_it() {
    let s = Scratch::new("inputs", "utf8bom");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice("„Ja“, sagte Anna Groß.\n".as_bytes());
    let path = s.file("bom.txt", &bytes);
    assert!(
        list_header(&path).starts_with("bom.txt · de · 1 quote"),
        "no encoding note for UTF-8: {}",
        list_header(&path)
    );
    let v = json(&path);
    assert_eq!(v["quotes"][0]["start"], 0);
    assert_eq!(v["quotes"][0]["end"], 4);
}

/// CRLF is not normalised: the decoded text keeps every `\r`, so offsets
/// count them, as they index the file's characters.
#[test]
fn crlf_is_kept_and_offsets_count_the_carriage_returns() {
    let s = Scratch::new("inputs", "crlf");
    let text = GERMAN.replace('\n', "\r\n");
    let v = json(&s.file("crlf.txt", text.as_bytes()));
    assert_eq!(quote_texts(&v), ["„Wir müssen handeln“"]);
    // "Die Stadt bleibt gesperrt.\r\n" is 28 code points.
    assert_eq!(v["quotes"][0]["start"], 28);
    assert_offsets_index(&text, &v);
}

/// One paragraph of 50 MB: read whole, extracted, offsets at its far end
/// still right. How its time grows with size is measured by
/// `cargo bench --bench extract -- one-paragraph`, not asserted here.
#[test]
fn a_50_mb_single_line_is_read_whole_with_right_offsets() {
    let s = Scratch::new("inputs", "huge");
    let head = "„Am Anfang“, sagte Anna Alt. ";
    let tail = " „Am Ende“, sagte Bert Brandt.";
    let size = 50 * 1024 * 1024;
    let mut text = String::with_capacity(size);
    text.push_str(head);
    // Two-byte characters first, so byte and code point offsets part ways.
    text.extend(std::iter::repeat_n('ä', 1000));
    text.extend(std::iter::repeat_n(
        'x',
        size - head.len() - tail.len() - 2000,
    ));
    text.push_str(tail);
    assert_eq!(text.len(), size);
    assert!(!text.contains('\n'));
    let v = json(&s.file("huge.txt", text.as_bytes()));
    assert_eq!(quote_texts(&v), ["„Am Anfang“", "„Am Ende“"]);
    let chars = text.chars().count() as u64;
    assert_eq!(
        v["quotes"][1]["end"],
        chars - " sagte Bert Brandt.".len() as u64 - 1
    );
    assert_eq!(v["quotes"][1]["speaker"], "Bert Brandt");
}

#[test]
fn a_hundred_thousand_quotes_are_all_found() {
    let s = Scratch::new("inputs", "many");
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(&format!("„Nummer {i}“, sagte Anna Alt.\n"));
    }
    let v = json(&s.file("many.txt", text.as_bytes()));
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 100_000);
    assert_eq!(quotes[99_999]["text"], "„Nummer 99999“");
    assert_eq!(v["speakers"].as_array().unwrap().len(), 1);
    assert_eq!(
        v["speakers"][0]["quotes"].as_array().unwrap().len(),
        100_000
    );
}

#[test]
fn an_unbalanced_quote_is_capped_at_its_paragraph() {
    let s = Scratch::new("inputs", "unbalanced");
    let text = "Sie sagte: „Das bleibt offen\nDer nächste Absatz.\n„Neu“, sagte Anna Alt.\n";
    let v = json(&s.file("open.txt", text.as_bytes()));
    assert_eq!(quote_texts(&v), ["„Das bleibt offen", "„Neu“"]);
    assert_offsets_index(text, &v);
}

#[test]
fn a_stray_closing_mark_makes_no_quote() {
    let s = Scratch::new("inputs", "stray");
    let text = "Das war es“ und mehr nicht.\n„Neu“, sagte Anna Alt.\n";
    let v = json(&s.file("stray.txt", text.as_bytes()));
    assert_eq!(quote_texts(&v), ["„Neu“"]);
}

#[test]
fn nested_quotes_report_the_outer_quote() {
    let s = Scratch::new("inputs", "nested");
    let text = "„Er nannte es ‚Unsinn‘ und ging“, sagte Anna Alt.\n\
                “She said ‘never’ twice,” said Jane Smith.\n";
    let v = json(&s.file("nested.txt", text.as_bytes()));
    assert_eq!(
        quote_texts(&v),
        [
            "„Er nannte es ‚Unsinn‘ und ging“",
            "“She said ‘never’ twice,”"
        ]
    );
    assert_offsets_index(text, &v);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_read_like_a_pipe() {
    let s = Scratch::new("inputs", "fifo");
    let fifo = s.path().join("fifo");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            // Opening blocks until the reader opens the other end.
            let mut f = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
            f.write_all("„Aus der Röhre“, sagte Anna Alt.\n".as_bytes())
                .unwrap();
        })
    };
    let v = json(&fifo);
    writer.join().unwrap();
    assert_eq!(quote_texts(&v), ["„Aus der Röhre“"]);
}

#[cfg(unix)]
#[test]
fn a_character_device_is_refused() {
    let o = whosaid(&[], Path::new("/dev/zero"));
    assert_refused(&o, "/dev/zero: is a character device, not a file");
}

#[test]
fn a_directory_is_refused() {
    let s = Scratch::new("inputs", "dir");
    let o = whosaid(&[], s.path());
    assert_refused(&o, "is a directory");
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_reading_it() {
    let s = Scratch::new("inputs", "toolarge");
    let path = s.path().join("sparse.txt");
    // Sparse: no disk space used, and the size check comes before any read.
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(whosaid::document::MAX_BYTES + 1).unwrap();
    drop(f);
    let o = whosaid(&[], &path);
    assert_refused(&o, "sparse.txt: too large (over 512 MB)");
}

/// A write-only file: root bypasses ordinary file modes, but not the
/// permission check of /proc/sys (drop_caches is mode 0200 for everyone,
/// root included), so this denies reading on every machine.
#[cfg(target_os = "linux")]
#[test]
fn a_write_only_file_is_refused_as_permission_denied() {
    let path = Path::new("/proc/sys/vm/drop_caches");
    assert!(path.exists(), "Linux has {}", path.display());
    let o = whosaid(&[], path);
    assert_refused(&o, "/proc/sys/vm/drop_caches: permission denied");
}

/// `chmod 000` on an ordinary file. Root reads it anyway, so as root the
/// binary runs as `nobody` through setpriv (util-linux); without setpriv,
/// root cannot test this and says so (the /proc/sys test above still runs).
#[cfg(target_os = "linux")]
#[test]
fn a_file_without_read_permission_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new("inputs", "noperm");
    let path = s.file("secret.txt", "„Geheim“, sagte Anna Alt.\n".as_bytes());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // The scratch dir must be searchable by `nobody` to reach the file.
    std::fs::set_permissions(s.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let root = std::fs::File::open(&path).is_ok();
    let mut cmd = if root {
        let setpriv = Command::new("setpriv").arg("--version").output();
        if !setpriv.is_ok_and(|o| o.status.success()) {
            eprintln!("skipped: running as root and setpriv is missing");
            return;
        }
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
        c.arg(env!("CARGO_BIN_EXE_whosaid"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_whosaid"))
    };
    let o = cmd.arg(&path).stdin(Stdio::null()).output().unwrap();
    assert_refused(&o, "secret.txt: permission denied");
}
