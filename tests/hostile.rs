//! Hostile article text: escape sequences, OSC strings (title, clipboard,
//! hyperlinks), C0/C1 controls, bidi overrides, invisible characters and NUL.
//! The reader is drawn through the real crossterm backend into a byte buffer,
//! and those bytes — exactly what a terminal would receive — are checked:
//! the only control sequences in them are the backend's own.

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::cell::RefCell;
use std::io::Write;
use std::process::{Command, Stdio};
use std::rc::Rc;
use whosaid::document::Document;
use whosaid::extract::{self, Extraction, Quote, QuoteKind, Rules, Speaker};
use whosaid::ui::event_loop::handle_event;
use whosaid::ui::{render, App};

/// Every kind of hostile content, each in a paragraph of its own, and a
/// quote carrying some of it.
const HOSTILE: &str = "Clear \u{1b}[2J\u{1b}[H screen and \u{1b}[31mred\u{1b}[0m text.\n\
    Title \u{1b}]0;pwned\u{7} and \u{1b}]2;pwned too\u{1b}\\ set.\n\
    Clipboard \u{1b}]52;c;ZWNobyBvd25lZA==\u{7} write.\n\
    Link \u{1b}]8;;https://evil.example/\u{1b}\\click\u{1b}]8;;\u{1b}\\ here.\n\
    Device \u{1b}P$q\"p\u{1b}\\ control and \u{1b}_app\u{1b}\\ and \u{1b}^pm\u{1b}\\ strings.\n\
    C1 \u{9b}31m CSI, \u{9d}0;c1 title\u{9c} OSC, \u{90}q\u{9c} DCS, \u{85} NEL.\n\
    C0 bell\u{7} back\u{8}space NUL\u{0} vt\u{b} ff\u{c} cr\r so\u{e} si\u{f} del\u{7f} sub\u{1a}.\n\
    Bidi \u{202e}desrever\u{202c} and \u{2067}isolate\u{2069} and \u{202d}override\u{202c}.\n\
    Invisible zero\u{200b}width, join\u{200d}er, word\u{2060}joiner, bom\u{feff}, tags\u{e0041}\u{e0042}\u{e007f}, line\u{2028}sep.\n\
    „Ein \u{1b}]0;owned\u{7}Zitat mit \u{1b}[5mBlinken\u{1b}[0m und \u{202e}Dreh\u{202c}“, sagte Anna Alt.";

/// The hostile article with its one quote said by a speaker whose name and
/// role are hostile too (the lists print them).
fn hostile_article() -> (Document, Extraction) {
    let doc = Document::from_text("evil\u{1b}]0;x\u{7}.txt", HOSTILE.to_string());
    let start = doc.text.find('„').unwrap();
    let end = doc.text.find('“').unwrap() + '“'.len_utf8();
    let cue = doc.text.find("sagte").unwrap();
    let ex = Extraction {
        language: "de".into(),
        quotes: vec![Quote {
            span: start..end,
            kind: QuoteKind::Direct,
            speaker: Some(0),
            cue: Some(cue..cue + "sagte".len()),
        }],
        speakers: vec![Speaker {
            name: "Anna \u{1b}[8mAlt\u{9b}0m".into(),
            role: Some("Sprecherin\u{1b}]52;c;eA==\u{7}\u{202e}".into()),
            aliases: vec!["Anna Alt".into()],
            quotes: vec![0],
        }],
    };
    (doc, ex)
}

/// A byte buffer the backend writes into and the test reads afterwards.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bytes the crossterm backend writes for one frame of `app` at `w`×`h`.
fn frame_bytes(app: &mut App, w: u16, h: u16) -> Vec<u8> {
    app.set_viewport(w, h);
    let out = Captured::default();
    // A fixed viewport: the backend never asks a real terminal for its size.
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(out.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    terminal.draw(|f| render(app, f)).unwrap();
    let bytes = out.0.borrow().clone();
    assert!(!bytes.is_empty(), "the backend wrote the frame");
    bytes
}

/// The backend's own sequences: CSI with numeric parameters ending in one of
/// the few final bytes crossterm uses for drawing (cursor position, colours
/// and attributes, erase, cursor show/hide). Returns the printable text with
/// them cut out, failing on any other escape, control byte or C1 control.
fn strip_backend_sequences(bytes: &[u8]) -> String {
    let mut text = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == 0x1b {
            assert_eq!(
                bytes.get(i + 1),
                Some(&b'['),
                "an escape that is not CSI at byte {i}: {:?}",
                String::from_utf8_lossy(&bytes[i..bytes.len().min(i + 20)])
            );
            let mut j = i + 2;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || b";:?".contains(&bytes[j])) {
                j += 1;
            }
            let fin = bytes.get(j).copied();
            assert!(
                matches!(fin, Some(b'H' | b'm' | b'J' | b'K' | b'h' | b'l')),
                "unexpected CSI {:?}",
                String::from_utf8_lossy(&bytes[i..bytes.len().min(j + 1)])
            );
            i = j + 1;
            continue;
        }
        assert!(
            b >= 0x20 && b != 0x7f,
            "control byte {b:#04x} written at {i}: {:?}",
            String::from_utf8_lossy(&bytes[i.saturating_sub(20)..bytes.len().min(i + 20)])
        );
        text.push(b);
        i += 1;
    }
    let text = String::from_utf8(text).expect("the frame is UTF-8");
    for c in text.chars() {
        assert!(!c.is_control(), "C1 control {c:?} written");
        assert!(
            !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'),
            "bidi control {c:?} written"
        );
        assert!(
            !matches!(c, '\u{e0000}'..='\u{e007f}' | '\u{2028}' | '\u{2029}'),
            "hidden character {c:?} written"
        );
    }
    text
}

fn key(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

#[test]
fn hostile_text_reaches_the_terminal_only_as_visible_characters() {
    let (doc, ex) = hostile_article();
    let mut app = App::new(&doc, &ex);
    // Select the quote (highlight and underlined cue are drawn too).
    handle_event(&mut app, key(KeyCode::Char(']')));
    let text = strip_backend_sequences(&frame_bytes(&mut app, 160, 30));
    // The backend moves the cursor over blank cells rather than writing
    // spaces, so text is compared with spaces left out.
    let squashed: String = text.chars().filter(|&c| c != ' ').collect();
    let has = |s: &str| squashed.contains(&s.replace(' ', ""));
    // What the sequences said is shown as text, introducer replaced.
    for shown in [
        "Clear �[2J�[H screen",
        "Title �]0;pwned� and",
        "Clipboard �]52;c;ZWNobyBvd25lZA==� write",
        "Link �]8;;https://evil.example/�\\click",
        "C1 �31m CSI",
        "NUL�",
        "Bidi �desrever� and �isolate�",
        "tags���, line sep",
    ] {
        assert!(has(shown), "{shown:?} not shown in {text:?}");
    }
    // A joiner inside a word passes through (emoji and scripts need it).
    assert!(has("join\u{200d}er"), "{text:?}");
    // The speaker's hostile name and role in the lists, and the file name in the status bar.
    assert!(has("Anna �[8mAlt�0m"), "{text:?}");
    assert!(has("Sprecherin�]52;c;eA==��"), "{text:?}");
    assert!(has("evil�]0;x�.txt"), "{text:?}");
}

#[test]
fn hostile_text_stays_inert_at_every_width_and_with_help_open() {
    let (doc, ex) = hostile_article();
    let mut app = App::new(&doc, &ex);
    for code in [KeyCode::Char(']'), KeyCode::Tab, KeyCode::Char('}')] {
        handle_event(&mut app, key(code));
        for (w, h) in [(20, 8), (45, 12), (79, 24), (80, 24), (200, 60)] {
            strip_backend_sequences(&frame_bytes(&mut app, w, h));
        }
    }
    handle_event(&mut app, key(KeyCode::Char('?')));
    strip_backend_sequences(&frame_bytes(&mut app, 100, 40));
}

/// The real extractor on hostile text: whatever quotes and names it finds,
/// the frame is inert.
#[test]
fn hostile_text_through_the_extractor_stays_inert() {
    let doc = Document::from_text("evil.txt", HOSTILE.to_string());
    let ex = extract::extract(&doc, &Rules::builtin("de").unwrap());
    assert!(!ex.quotes.is_empty());
    let mut app = App::new(&doc, &ex);
    for code in [KeyCode::Char(']'), KeyCode::Char(']'), KeyCode::Tab] {
        handle_event(&mut app, key(code));
        strip_backend_sequences(&frame_bytes(&mut app, 120, 30));
    }
}

fn run_on_hostile_file(args: &[&str]) -> std::process::Output {
    // (One directory per call, removed after it: calls run in parallel.)
    let dir = std::env::temp_dir().join(format!(
        "whosaid-hostile-{}-{}",
        args.join(""),
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("evil{}.txt", args.join("")));
    std::fs::write(&path, HOSTILE).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .arg(&path)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// No byte of `out` is a control character other than newline, and no
/// character is a bidi control or a hidden one.
fn assert_inert(out: &[u8]) {
    let s = std::str::from_utf8(out).expect("UTF-8 output");
    for c in s.chars() {
        assert!(
            c == '\n'
                || !(c.is_control()
                    || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{e0000}'..='\u{e007f}')),
            "{c:?} written raw"
        );
    }
}

#[test]
fn json_of_hostile_text_is_inert_and_its_offsets_stay_right() {
    let o = run_on_hostile_file(&["--json", "--lang", "de"]);
    assert_inert(&o.stdout);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let chars: Vec<char> = HOSTILE.chars().collect();
    let quotes = v["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    for q in quotes {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        // The text field holds the raw characters (escaped in JSON), exactly the slice.
        assert_eq!(
            q["text"].as_str().unwrap(),
            chars[s..e].iter().collect::<String>()
        );
    }
    let hostile_quote = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with("„Ein "))
        .expect("the quote with controls in it");
    let start = HOSTILE.chars().position(|c| c == '„').unwrap();
    assert_eq!(hostile_quote["start"], start);
    assert!(hostile_quote["text"]
        .as_str()
        .unwrap()
        .contains("\u{1b}]0;owned\u{7}"));
}

#[test]
fn list_of_hostile_text_is_inert() {
    let o = run_on_hostile_file(&["--list", "--lang", "de"]);
    assert_inert(&o.stdout);
    assert!(String::from_utf8_lossy(&o.stdout).contains("„Ein �]0;owned�Zitat"));
}

/// The checker itself: a frame carrying an OSC string is caught.
#[test]
#[should_panic(expected = "an escape that is not CSI")]
fn the_checker_catches_an_osc_string() {
    strip_backend_sequences(b"\x1b[1;1Hok\x1b]0;pwned\x07");
}

/// The checker itself: a C1 control (CSI as U+009B) is caught.
#[test]
#[should_panic(expected = "C1 control")]
fn the_checker_catches_a_c1_control() {
    strip_backend_sequences("\x1b[1;1Hok\u{9b}2J".as_bytes());
}

/// The checker itself: a bidi override is caught.
#[test]
#[should_panic(expected = "bidi control")]
fn the_checker_catches_a_bidi_override() {
    strip_backend_sequences("\x1b[0mok\u{202e}".as_bytes());
}
