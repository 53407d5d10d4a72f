//! The reader rendered into ratatui's TestBackend: snapshots of whole screens
//! and scripted key sequences checked cell by cell.
//!
//! Snapshots of the bundled sample depend on the extractor, which is developed
//! separately: they are re-accepted when it changes. Behaviour assertions
//! derive what to expect from the extraction instead of hard-coding screen
//! positions.

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::Terminal;
use whosaid::document::Document;
use whosaid::extract::{self, Extraction, Quote, QuoteKind, Rules, Speaker};
use whosaid::ui::event_loop::handle_event;
use whosaid::ui::{layout, render, App};

fn sample() -> (Document, Extraction) {
    let doc = Document::from_text(whosaid::SAMPLE_NAME, whosaid::SAMPLE_TEXT.to_string());
    let rules = Rules::builtin("de").expect("German rules are built in");
    let ex = extract::extract(&doc, &rules);
    (doc, ex)
}

/// A short article whose extraction is written by hand: two speakers, one
/// unattributed quote, cues on the attributed ones.
fn small_article() -> (Document, Extraction) {
    let text = "Die Ministerin Anna Alt sprach am Morgen vor der Presse.\n\
                „Wir werden das Gesetz noch in diesem Jahr vorlegen“, sagte Alt.\n\
                Der Oppositionsführer Bert Brandt widersprach: „Das glaubt ihr niemand mehr“, \
                sagte er am Nachmittag.\n\
                Auf Plakaten stand „Nie wieder“.\n\
                „Wir haben geliefert und wir werden weiter liefern“, sagte Alt zum Schluss.";
    let doc = Document::from_text("small.txt", text.to_string());
    let find = |s: &str| {
        let start = doc.text.find(s).expect("fixture text");
        start..start + s.len()
    };
    let nth_sagte = |n: usize| {
        let (i, _) = doc.text.match_indices("sagte").nth(n).expect("cue");
        i..i + "sagte".len()
    };
    let quote = |s: &str, speaker: Option<usize>, cue| Quote {
        span: find(s),
        kind: QuoteKind::Direct,
        speaker,
        cue,
    };
    let quotes = vec![
        quote(
            "„Wir werden das Gesetz noch in diesem Jahr vorlegen“",
            Some(0),
            Some(nth_sagte(0)),
        ),
        quote("„Das glaubt ihr niemand mehr“", Some(1), Some(nth_sagte(1))),
        quote("„Nie wieder“", None, None),
        quote(
            "„Wir haben geliefert und wir werden weiter liefern“",
            Some(0),
            Some(nth_sagte(2)),
        ),
    ];
    let speakers = vec![
        Speaker {
            name: "Anna Alt".into(),
            role: Some("Ministerin".into()),
            aliases: vec!["Alt".into(), "Anna Alt".into()],
            quotes: vec![0, 3],
        },
        Speaker {
            name: "Bert Brandt".into(),
            role: Some("Oppositionsführer".into()),
            aliases: vec!["Bert Brandt".into()],
            quotes: vec![1],
        },
    ];
    let ex = Extraction {
        language: "de".into(),
        quotes,
        speakers,
    };
    (doc, ex)
}

/// Draws `app` at `width`×`height` (telling it the size first, as the event loop does).
fn draw(app: &mut App, width: u16, height: u16) -> Buffer {
    app.set_viewport(width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| render(app, frame))
        .expect("drawing into a TestBackend cannot fail");
    terminal.backend().buffer().clone()
}

/// The buffer as text, one line per row, trailing blanks trimmed.
fn screen_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            let cell = &buf[(x, y)];
            if skip == 0 {
                line.push_str(cell.symbol());
            }
            skip = skip.max(cell.symbol().chars().count()).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn type_keys(app: &mut App, keys: &[KeyCode]) {
    for &k in keys {
        handle_event(app, key(k));
    }
}

#[test]
fn sample_first_screen_120x40() {
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    insta::assert_snapshot!(screen_text(&draw(&mut app, 120, 40)));
}

#[test]
fn sample_first_screen_60x30_stacks_the_side_panes() {
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    insta::assert_snapshot!(screen_text(&draw(&mut app, 60, 30)));
}

#[test]
fn sample_with_a_quote_selected() {
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    type_keys(
        &mut app,
        &[KeyCode::Tab, KeyCode::Char('j'), KeyCode::Char('j')],
    );
    insta::assert_snapshot!(screen_text(&draw(&mut app, 120, 40)));
}

/// `}` filters to the sample's first speaker: only their quotes are listed
/// and the first of them is selected.
#[test]
fn sample_with_the_first_speaker_filtered() {
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char('}')]);
    insta::assert_snapshot!(screen_text(&draw(&mut app, 120, 40)));
}

#[test]
fn help_overlay_lists_the_keys() {
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char('?')]);
    let text = screen_text(&draw(&mut app, 120, 40));
    for label in [
        "Tab",
        "Shift-Tab",
        "j / ↓",
        "Space / PgDn",
        "G / End",
        "q / Ctrl-C",
        "Esc",
    ] {
        assert!(text.contains(label), "help lacks {label}");
    }
    insta::assert_snapshot!(text);
}

/// At 80×24 the list is too tall for one column: every key is still shown.
#[test]
fn help_overlay_fits_an_80x24_terminal_in_two_columns() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char('?')]);
    let text = screen_text(&draw(&mut app, 80, 24));
    for b in app.keymap().bindings() {
        assert!(text.contains(b.label), "help lacks {}:\n{text}", b.label);
    }
    assert!(text.contains("Esc or ? closes this help"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn speaker_filter_shows_only_that_speakers_quotes() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char('}')]);
    let text = screen_text(&draw(&mut app, 100, 20));
    assert!(text.contains("Quotes (2) · Anna Alt"));
    assert!(text.contains("filter: Anna Alt"));
    assert!(text.contains("▶ „Wir werden das Gesetz"));
    assert!(!text.contains("„Das glaubt"));
    insta::assert_snapshot!(text);
}

#[test]
fn small_article_narrow_with_second_speaker_selected() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    type_keys(
        &mut app,
        &[
            KeyCode::Tab,
            KeyCode::Tab,
            // The first j picks speaker 0, the second moves to speaker 1.
            KeyCode::Char('j'),
            KeyCode::Char('j'),
            KeyCode::Enter,
        ],
    );
    insta::assert_snapshot!(screen_text(&draw(&mut app, 60, 24)));
}

/// Cells of `area` in reading order that carry the selection highlight.
fn highlighted(buf: &Buffer, area: Rect) -> Vec<(u16, u16)> {
    let mut cells = Vec::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if is_highlighted(buf, x, y) {
                cells.push((x, y));
            }
        }
    }
    cells
}

fn is_highlighted(buf: &Buffer, x: u16, y: u16) -> bool {
    let m = buf[(x, y)].modifier;
    m.contains(Modifier::REVERSED) && m.contains(Modifier::BOLD)
}

fn without_whitespace(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks that exactly the characters of quote `q` are highlighted in the body
/// and that its first line is on screen.
fn assert_exactly_quote_highlighted(app: &App, buf: &Buffer, doc: &Document, q: &Quote) {
    let panes = *app.screen().panes().expect("panes at this size");
    let body = layout::body_text(panes.body);
    let cells = highlighted(buf, body);
    assert!(!cells.is_empty(), "nothing highlighted");

    // The quote's first character is where the wrap cache puts it, on screen.
    let (line, col) = app.wrap().position(&doc.text, q.span.start);
    assert!(line >= app.scroll() && line < app.scroll() + app.body_height());
    let first = (body.x + col as u16, body.y + (line - app.scroll()) as u16);
    assert_eq!(cells[0], first, "highlight starts where the quote starts");

    // Highlighted characters are the quote's characters, in order (line
    // breaks drop the spaces they replace, so compare without whitespace).
    let shown: String = cells.iter().map(|&(x, y)| buf[(x, y)].symbol()).collect();
    let quote_text = whosaid::ui::text::sanitize(&doc.text[q.span.clone()]);
    assert_eq!(without_whitespace(&shown), without_whitespace(&quote_text));

    // Each highlighted run is contiguous and bounded by unhighlighted cells.
    let mut rows: Vec<u16> = cells.iter().map(|c| c.1).collect();
    rows.dedup();
    for y in rows {
        let xs: Vec<u16> = cells.iter().filter(|c| c.1 == y).map(|c| c.0).collect();
        let (lo, hi) = (xs[0], xs[xs.len() - 1]);
        assert_eq!(usize::from(hi - lo) + 1, xs.len(), "gap in row {y}");
        if lo > body.left() {
            assert!(
                !is_highlighted(buf, lo - 1, y),
                "cell before the quote in row {y}"
            );
        }
        if hi + 1 < body.right() {
            assert!(
                !is_highlighted(buf, hi + 1, y),
                "cell after the quote in row {y}"
            );
        }
    }
}

#[test]
fn selecting_the_tenth_quote_by_keys_highlights_exactly_its_characters() {
    let (doc, ex) = sample();
    assert!(ex.quotes.len() >= 10, "the sample has at least ten quotes");
    let mut app = App::new(&doc, &ex);
    app.set_viewport(120, 40);
    // The first j selects quote 1 (index 0), so ten select the tenth.
    let mut keys = vec![KeyCode::Tab];
    keys.extend([KeyCode::Char('j'); 10]);
    type_keys(&mut app, &keys);
    let q = app.selected().expect("a quote is selected");
    assert_eq!(q, app.quote_list()[9]);
    let buf = draw(&mut app, 120, 40);
    assert_exactly_quote_highlighted(&app, &buf, &doc, &ex.quotes[q]);
}

#[test]
fn an_empty_or_blank_article_says_so_in_the_body_and_the_lists() {
    for text in ["", "   \n\n\t  \n"] {
        let doc = Document::from_text("empty.txt", text.to_string());
        let ex = Extraction {
            language: "de".into(),
            quotes: vec![],
            speakers: vec![],
        };
        let mut app = App::new(&doc, &ex);
        let buf = draw(&mut app, 100, 30);
        let body = layout::body_text(app.screen().panes().unwrap().body);
        // The notice sits on the middle row of the body, centred and dim.
        let y = body.y + body.height / 2;
        let row: String = (body.x..body.x + body.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        let notice = "no text in this article";
        let start = row
            .find(notice)
            .unwrap_or_else(|| panic!("{text:?}: {row:?}"));
        let (left, right) = (start, row.len() - start - notice.len());
        assert!(left.abs_diff(right) <= 1, "not centred: {row:?}");
        let x = body.x + u16::try_from(start).unwrap();
        assert!(buf[(x, y)].modifier.contains(Modifier::DIM));
        let screen = screen_text(&buf);
        assert!(screen.contains("no quotes found"), "{screen}");
        assert!(screen.contains("no speakers found"), "{screen}");
    }
}

#[test]
fn list_cursor_is_not_drawn_as_a_selection_until_something_is_picked() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    let text = screen_text(&draw(&mut app, 100, 20));
    assert!(!text.contains('▶'), "nothing is selected yet:\n{text}");
    type_keys(&mut app, &[KeyCode::Tab]);
    let text = screen_text(&draw(&mut app, 100, 20));
    assert!(!text.contains('▶'), "focus alone selects nothing:\n{text}");
    assert!(
        text.contains("▷ Anna Alt"),
        "an idle cursor on quote 1:\n{text}"
    );
    type_keys(&mut app, &[KeyCode::Char('j')]);
    assert_eq!(app.selected(), Some(0));
    let text = screen_text(&draw(&mut app, 100, 20));
    assert!(text.contains("▶ Anna Alt"), "{text}");
}

#[test]
fn every_quote_of_the_sample_highlights_exactly_its_characters_at_several_widths() {
    let (doc, ex) = sample();
    for (w, h) in [(120, 40), (60, 30), (200, 50)] {
        let mut app = App::new(&doc, &ex);
        app.set_viewport(w, h);
        for q in 0..ex.quotes.len() {
            type_keys(&mut app, &[KeyCode::Char(']')]);
            assert_eq!(app.selected(), Some(q));
            let buf = draw(&mut app, w, h);
            assert_exactly_quote_highlighted(&app, &buf, &doc, &ex.quotes[q]);
        }
    }
}

#[test]
fn selected_quote_cue_is_underlined() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char(']')]);
    let buf = draw(&mut app, 100, 20);
    let cue = ex.quotes[0].cue.clone().unwrap();
    let (line, col) = app.wrap().position(&doc.text, cue.start);
    let body = layout::body_text(app.screen().panes().unwrap().body);
    let y = body.y + (line - app.scroll()) as u16;
    for i in 0..5 {
        let cell = &buf[(body.x + col as u16 + i, y)];
        assert!(cell.modifier.contains(Modifier::UNDERLINED), "cue cell {i}");
    }
    let after = &buf[(body.x + col as u16 + 5, y)];
    assert!(!after.modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn tiny_and_huge_terminals_render_without_panic() {
    let (doc, ex) = sample();
    let (sdoc, sex) = small_article();
    for (w, h) in [
        (1, 1),
        (5, 3),
        (19, 7),
        (20, 8),
        (21, 9),
        (79, 8),
        (80, 8),
        (400, 120),
    ] {
        for (doc, ex) in [(&doc, &ex), (&sdoc, &sex)] {
            let mut app = App::new(doc, ex);
            for code in [
                KeyCode::Char(']'),
                KeyCode::Tab,
                KeyCode::Char('}'),
                KeyCode::Char('?'),
            ] {
                handle_event(&mut app, key(code));
                draw(&mut app, w, h);
            }
        }
    }
}

#[test]
fn every_size_up_to_100x40_renders_without_panic() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char('}'), KeyCode::Tab]);
    for w in 0..=100 {
        for h in 0..=40 {
            draw(&mut app, w, h);
        }
    }
    type_keys(&mut app, &[KeyCode::Char('?')]);
    for w in (0..=100).step_by(7) {
        for h in 0..=40 {
            draw(&mut app, w, h);
        }
    }
}

#[test]
fn too_small_a_terminal_shows_a_notice() {
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    assert!(screen_text(&draw(&mut app, 19, 7)).contains("Terminal too small"));
    assert!(screen_text(&draw(&mut app, 5, 3)).contains('!'));
    assert!(!screen_text(&draw(&mut app, 20, 8)).contains("too small"));
}

#[test]
fn resize_event_rewraps_and_keeps_the_selected_quote_on_screen() {
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    app.set_viewport(120, 40);
    type_keys(&mut app, &[KeyCode::Tab, KeyCode::End]);
    let q = app.selected().unwrap();
    handle_event(&mut app, Event::Resize(70, 20));
    let buf = draw(&mut app, 70, 20);
    let (line, _) = app.wrap().position(&doc.text, ex.quotes[q].span.start);
    assert!(line >= app.scroll() && line < app.scroll() + app.body_height());
    assert!(!highlighted(&buf, buf.area).is_empty());
}

#[test]
fn control_characters_are_drawn_visibly() {
    let text = "Escape \u{1b}[2J here, bell \u{7}, CSI \u{9b}31m, tab\tand DEL \u{7f}.\n\
                „Ein \u{1b}]0;title\u{7} Zitat“, sagte sie.";
    let doc = Document::from_text("ctl.txt", text.to_string());
    let start = doc.text.find('„').unwrap();
    let end = doc.text.find('“').unwrap() + '“'.len_utf8();
    let ex = Extraction {
        language: "de".into(),
        quotes: vec![Quote {
            span: start..end,
            kind: QuoteKind::Direct,
            speaker: None,
            cue: None,
        }],
        speakers: vec![],
    };
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char(']')]);
    let buf = draw(&mut app, 100, 20);
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "control character reached the terminal: {:?}",
            cell.symbol()
        );
    }
    let screen = screen_text(&buf);
    assert!(screen.contains(
        "Escape \u{FFFD}[2J here, bell \u{FFFD}, CSI \u{FFFD}31m, tab and DEL \u{FFFD}."
    ));
    // The quote with controls inside still highlights exactly its characters.
    assert_exactly_quote_highlighted(&app, &buf, &doc, &ex.quotes[0]);
}

/// Bidi overrides and isolates would reorder what the terminal shows; the
/// buffer must hold a visible replacement instead, in body and lists alike.
#[test]
fn bidi_controls_never_reach_the_terminal() {
    const BIDI: [char; 9] = [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ];
    let text = "Vorher \u{202E}gnuhcsualT\u{202C} und \u{2067}isoliert\u{2069}.\n\
                „Ein \u{202D}Zitat\u{202C} mit \u{2066}x\u{2069} drin“, sagte \u{202E}Anna.";
    let doc = Document::from_text("bidi.txt", text.to_string());
    let start = doc.text.find('„').unwrap();
    let end = doc.text.find('“').unwrap() + '“'.len_utf8();
    let ex = Extraction {
        language: "de".into(),
        quotes: vec![Quote {
            span: start..end,
            kind: QuoteKind::Direct,
            speaker: Some(0),
            cue: None,
        }],
        speakers: vec![Speaker {
            name: "Anna \u{202E}Alt".into(),
            role: Some("Minister\u{2067}in".into()),
            aliases: vec![],
            quotes: vec![0],
        }],
    };
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char(']')]);
    let buf = draw(&mut app, 100, 20);
    for cell in buf.content() {
        let bytes = cell.symbol().as_bytes();
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| BIDI.contains(&c) || c.is_control()),
            "bidi or control character reached the terminal: {bytes:02x?}"
        );
        // U+202A–U+202E and U+2066–U+2069 are E2 80 AA–AE and E2 81 A6–A9 in UTF-8.
        assert!(
            !bytes
                .windows(3)
                .any(|w| matches!(w, [0xE2, 0x80, 0xAA..=0xAE] | [0xE2, 0x81, 0xA6..=0xA9])),
            "{bytes:02x?}"
        );
    }
    let screen = screen_text(&buf);
    assert!(
        screen.contains("Vorher �gnuhcsualT� und �isoliert�."),
        "{screen}"
    );
    assert!(screen.contains("Anna �Alt"), "speaker lists: {screen}");
    assert!(screen.contains("Minister�in"), "roles: {screen}");
    assert!(screen.contains("„Ein �Zitat� mit"), "quotes pane: {screen}");
    assert_exactly_quote_highlighted(&app, &buf, &doc, &ex.quotes[0]);
}

#[test]
fn hard_wrapped_paragraphs_are_rewrapped_as_one() {
    let text =
        "Zeile eins des Absatzes\nund Zeile zwei des Absatzes\nund drei.\n\nZweiter Absatz\nhier.";
    let doc = Document::from_text("wrapped.txt", text.to_string());
    let ex = Extraction {
        language: "de".into(),
        quotes: vec![],
        speakers: vec![],
    };
    let mut app = App::new(&doc, &ex);
    let screen = screen_text(&draw(&mut app, 120, 12));
    assert!(screen.contains("Zeile eins des Absatzes und Zeile zwei des Absatzes und drei."));
    assert!(screen.contains("Zweiter Absatz hier."));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        handle_event(app, key(KeyCode::Char(c)));
    }
}

fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Body cells (x, y) whose background is `bg`.
fn cells_with_bg(app: &App, buf: &Buffer, bg: ratatui::style::Color) -> Vec<(u16, u16)> {
    let body = layout::body_text(app.screen().panes().unwrap().body);
    let mut cells = Vec::new();
    for y in body.top()..body.bottom() {
        for x in body.left()..body.right() {
            if buf[(x, y)].bg == bg {
                cells.push((x, y));
            }
        }
    }
    cells
}

fn cells_text(buf: &Buffer, cells: &[(u16, u16)]) -> String {
    cells.iter().map(|&c| buf[c].symbol()).collect()
}

#[test]
fn search_highlights_every_match_and_the_current_one_differently() {
    use ratatui::style::Color;
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    app.set_viewport(100, 20);
    type_keys(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "wir");
    let prompt = screen_text(&draw(&mut app, 100, 20));
    assert!(
        prompt.lines().last().unwrap().starts_with(" /wir"),
        "{prompt}"
    );
    type_keys(&mut app, &[KeyCode::Enter]);
    let buf = draw(&mut app, 100, 20);
    // Smart case: "wir" also finds "Wir"; three in the text, the first is current.
    assert_eq!(
        cells_text(&buf, &cells_with_bg(&app, &buf, Color::LightRed)),
        "Wir"
    );
    assert_eq!(
        cells_text(&buf, &cells_with_bg(&app, &buf, Color::Yellow)),
        "Wirwir"
    );
    let text = screen_text(&buf);
    assert!(text.contains("/wir 1/3"), "{text}");
    insta::assert_snapshot!(text);
    type_keys(&mut app, &[KeyCode::Char('n')]);
    let buf = draw(&mut app, 100, 20);
    let current = cells_with_bg(&app, &buf, Color::LightRed);
    assert_eq!(cells_text(&buf, &current), "Wir");
    assert_eq!(current[0].1, 11, "the second „Wir“, in the last paragraph");
    assert!(screen_text(&buf).contains("/wir 2/3"));
    // Esc leaves the search: no highlight remains.
    type_keys(&mut app, &[KeyCode::Esc]);
    let buf = draw(&mut app, 100, 20);
    assert!(cells_with_bg(&app, &buf, Color::Yellow).is_empty());
    assert!(!screen_text(&buf).contains("/wir"));
}

#[test]
fn a_capital_in_the_query_makes_the_search_exact() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    app.set_viewport(100, 20);
    type_keys(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "Wir");
    type_keys(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.search().unwrap().matches.len(), 2);
    let text = screen_text(&draw(&mut app, 100, 20));
    assert!(text.contains("/Wir 1/2"), "{text}");
}

#[test]
fn search_prompt_edits_with_backspace_and_ctrl_u_and_esc_cancels() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    app.set_viewport(100, 20);
    type_keys(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "xyz");
    handle_event(&mut app, ctrl('u'));
    type_text(&mut app, "gesetzx");
    type_keys(&mut app, &[KeyCode::Backspace]);
    assert_eq!(app.prompt().unwrap().line.text(), "gesetz");
    // Keys that are commands elsewhere are text here.
    type_text(&mut app, " q");
    assert!(!app.should_quit());
    type_keys(
        &mut app,
        &[KeyCode::Backspace, KeyCode::Backspace, KeyCode::Enter],
    );
    assert_eq!(app.search().unwrap().matches.len(), 1);
    type_keys(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "alt");
    type_keys(&mut app, &[KeyCode::Esc]);
    assert!(app.prompt().is_none());
    assert_eq!(
        app.search().unwrap().query,
        "gesetz",
        "Esc keeps the last search"
    );
}

#[test]
fn a_search_without_match_says_no_match_in_the_status_bar() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "Zebra");
    type_keys(&mut app, &[KeyCode::Enter]);
    let text = screen_text(&draw(&mut app, 100, 20));
    let status = text.lines().last().unwrap();
    assert!(status.contains("/Zebra: no match"), "{status}");
    assert!(status.contains("no match for “Zebra”"), "{status}");
}

#[test]
fn a_match_inside_a_wrapped_quote_is_highlighted_on_both_lines() {
    use ratatui::style::Color;
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    // At 30 columns "noch in diesem" breaks across lines somewhere in quote 0.
    app.set_viewport(40, 30);
    type_keys(&mut app, &[KeyCode::Char(']'), KeyCode::Char('/')]);
    type_text(&mut app, "gesetz noch in diesem jahr");
    type_keys(&mut app, &[KeyCode::Enter]);
    let buf = draw(&mut app, 40, 30);
    let cells = cells_with_bg(&app, &buf, Color::LightRed);
    let rows: std::collections::BTreeSet<u16> = cells.iter().map(|c| c.1).collect();
    assert!(rows.len() >= 2, "spans lines: {rows:?}");
    assert_eq!(
        without_whitespace(&cells_text(&buf, &cells)),
        "GesetznochindiesemJahr"
    );
    // Inside the selected quote the match keeps its own colours.
    assert!(cells.iter().all(|&c| buf[c].fg == Color::Black));
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir =
            std::env::temp_dir().join(format!("whosaid-ui-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Presses `e`, replaces the offered name with `path` and presses Enter.
fn export_to(app: &mut App, path: &std::path::Path) {
    type_keys(app, &[KeyCode::Char('e')]);
    handle_event(app, ctrl('u'));
    type_text(app, &path.display().to_string());
    type_keys(app, &[KeyCode::Enter]);
}

#[test]
fn export_offers_a_name_and_writes_the_filtered_quotes_as_markdown() {
    let dir = TempDir::new("md");
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    type_keys(&mut app, &[KeyCode::Char('}'), KeyCode::Char('e')]);
    assert_eq!(
        app.prompt().unwrap().line.text(),
        "small-anna-alt-quotes.md"
    );
    let text = screen_text(&draw(&mut app, 100, 20));
    assert!(
        text.contains("export quotes to (.md or .json): small-anna-alt-quotes.md"),
        "{text}"
    );
    type_keys(&mut app, &[KeyCode::Esc]);
    let path = dir.0.join("anna.md");
    export_to(&mut app, &path);
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(md.contains("2 quotes by Anna Alt"), "{md}");
    assert!(md.contains("> „Wir werden das Gesetz"), "{md}");
    assert!(md.contains("> „Wir haben geliefert"), "{md}");
    assert!(!md.contains("glaubt"), "only the filtered speaker: {md}");
    assert_eq!(
        app.notice(),
        Some(format!("exported 2 quotes to {}", path.display()).as_str())
    );
}

#[test]
fn export_as_json_uses_the_json_output_schema() {
    let dir = TempDir::new("json");
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    let path = dir.0.join("all.json");
    export_to(&mut app, &path);
    let written = std::fs::read(&path).unwrap();
    let mut want = Vec::new();
    whosaid::output::write_json(&mut want, &doc, &ex).unwrap();
    assert_eq!(written, want);
}

#[test]
fn export_never_overwrites_without_a_yes() {
    let dir = TempDir::new("overwrite");
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    let path = dir.0.join("q.md");
    std::fs::write(&path, "keep me").unwrap();
    export_to(&mut app, &path);
    let prompt = app.prompt().expect("asks before overwriting");
    assert!(prompt.label().contains("exists. Overwrite? (y/n)"));
    let text = screen_text(&draw(&mut app, 100, 20));
    assert!(text.contains("q.md exists. Overwrite? (y/n)"), "{text}");
    // Other keys keep asking; n refuses.
    type_text(&mut app, "xn");
    assert!(app.prompt().is_none());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
    assert!(app.notice().unwrap().starts_with("not exported"));
    // Esc refuses too.
    export_to(&mut app, &path);
    type_keys(&mut app, &[KeyCode::Esc]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
    // y replaces it.
    export_to(&mut app, &path);
    type_text(&mut app, "y");
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(md.starts_with("# Quotes in small.txt"), "{md}");
    assert!(app.notice().unwrap().starts_with("exported 4 quotes"));
}

#[test]
fn export_errors_go_to_the_status_bar_and_write_nothing() {
    let dir = TempDir::new("errors");
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    export_to(&mut app, &dir.0.join("missing").join("q.md"));
    assert!(
        app.notice().unwrap().ends_with(": no such directory"),
        "{:?}",
        app.notice()
    );
    export_to(&mut app, &dir.0.join("q.txt"));
    assert_eq!(
        app.notice(),
        Some("not exported: name the file .md (Markdown) or .json (JSON)")
    );
    std::fs::create_dir(dir.0.join("d.md")).unwrap();
    export_to(&mut app, &dir.0.join("d.md"));
    assert!(app.notice().unwrap().ends_with("is a directory"));
    let text = screen_text(&draw(&mut app, 120, 20));
    assert!(text.contains("is a directory"), "{text}");
    let entries: Vec<_> = std::fs::read_dir(&dir.0).unwrap().collect();
    assert_eq!(entries.len(), 1, "only the directory made by the test");
}

fn click(column: u16, row: u16) -> Event {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

#[test]
fn clicking_a_quote_in_the_article_highlights_it_and_marks_it_in_the_list() {
    let (doc, ex) = small_article();
    let mut app = App::new(&doc, &ex);
    draw(&mut app, 100, 20);
    let body = layout::body_text(app.screen().panes().unwrap().body);
    let q = &ex.quotes[1];
    let (line, col) = app.wrap().position(&doc.text, q.span.start + "„Das".len());
    handle_event(&mut app, click(body.x + col as u16, body.y + line as u16));
    assert_eq!(app.selected(), Some(1));
    let buf = draw(&mut app, 100, 20);
    assert_exactly_quote_highlighted(&app, &buf, &doc, q);
    assert!(screen_text(&buf).contains("▶ Bert Brandt „Das glaubt"));
}

#[test]
fn clicking_a_speaker_filters_and_the_wheel_scrolls_the_article() {
    use ratatui::crossterm::event::{MouseEvent, MouseEventKind};
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    draw(&mut app, 120, 40);
    let panes = *app.screen().panes().unwrap();
    let speakers = layout::inner(panes.speakers);
    handle_event(&mut app, click(speakers.x + 2, speakers.y + 1));
    let text = screen_text(&draw(&mut app, 120, 40));
    let name = &ex.speakers[1].name;
    assert!(text.contains(&format!("filter: {name}")), "{text}");
    let wheel = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: panes.body.x + 10,
        row: panes.body.y + 10,
        modifiers: KeyModifiers::NONE,
    });
    handle_event(&mut app, key(KeyCode::Home));
    let top = app.scroll();
    handle_event(&mut app, wheel);
    assert_eq!(app.scroll(), top + 3);
}

fn draw_reader(reader: &mut whosaid::ui::Reader, width: u16, height: u16) -> Buffer {
    reader.set_viewport(width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| whosaid::ui::render_reader(reader, frame))
        .expect("drawing into a TestBackend cannot fail");
    terminal.backend().buffer().clone()
}

#[test]
fn the_article_list_shows_every_file_and_why_one_cannot_open() {
    use whosaid::ui::{Article, Reader};
    let (d1, e1) = sample();
    let (d2, e2) = small_article();
    let articles = vec![
        Article::loaded("seed-de.txt", d1, e1),
        Article::failed(
            "gone.txt",
            "gone.txt: no such file; check the path and try again",
        ),
        Article::loaded("notes/small.txt", d2, e2),
    ];
    let mut reader = Reader::new(&articles).unwrap();
    let first = screen_text(&draw_reader(&mut reader, 100, 30));
    assert!(first.contains("seed-de.txt [1/3]"), "{first}");
    assert!(
        first.contains("cannot open 1 of 3 files: o lists them"),
        "{first}"
    );
    reader.handle_event(key(KeyCode::Char('o')));
    let list = screen_text(&draw_reader(&mut reader, 100, 30));
    assert!(
        list.contains("cannot open: gone.txt: no such file"),
        "{list}"
    );
    insta::assert_snapshot!(list);
    type_reader(
        &mut reader,
        &[KeyCode::Char('j'), KeyCode::Char('j'), KeyCode::Enter],
    );
    let second = screen_text(&draw_reader(&mut reader, 100, 30));
    assert!(second.contains("small.txt [3/3]"), "{second}");
    assert!(
        !second.contains("Articles (3)"),
        "the list closed: {second}"
    );
    // A click on an entry of the list opens it too.
    reader.handle_event(key(KeyCode::Char('o')));
    let rect = whosaid::ui::list_rect(Rect::new(0, 0, 100, 30), &articles);
    reader.handle_event(click(rect.x + 3, rect.y + 1));
    assert_eq!(reader.current(), 0);
    assert!(reader.list().is_none());
}

fn type_reader(reader: &mut whosaid::ui::Reader, keys: &[KeyCode]) {
    for &k in keys {
        reader.handle_event(key(k));
    }
}
