//! Resizing, as a window manager does it: many sizes in quick succession,
//! events that arrive before or after the frame that has the new size, down
//! to 1x1 and 0x0 and up to 400x120. No sequence may panic, and once the
//! sizes settle the reader draws a whole frame again.

use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use whosaid::document::Document;
use whosaid::extract::{self, Extraction, Rules};
use whosaid::ui::event_loop::handle_event;
use whosaid::ui::{render, App};

fn sample() -> (Document, Extraction) {
    let doc = Document::from_text(whosaid::SAMPLE_NAME, whosaid::SAMPLE_TEXT.to_string());
    let ex = extract::extract(&doc, &Rules::builtin("de").unwrap());
    (doc, ex)
}

fn key(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

/// Draws into a terminal of `w`×`h`, whatever size the app was last told.
fn draw_at(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| render(app, f)).unwrap();
    t.backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect()
}

/// A window dragged small and large again, with a quote selected, a
/// speaker filter and help toggled on the way.
const SIZES: [(u16, u16); 16] = [
    (120, 40),
    (80, 24),
    (40, 10),
    (1, 1),
    (0, 0),
    (2, 1),
    (1, 50),
    (300, 1),
    (19, 7),
    (20, 8),
    (400, 120),
    (79, 30),
    (80, 30),
    (3, 3),
    (400, 1),
    (120, 40),
];

#[test]
fn a_rapid_sequence_of_sizes_never_panics_and_settles_on_a_full_frame() {
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    let keys = [
        KeyCode::Tab,
        KeyCode::Char('j'),
        KeyCode::Char(']'),
        KeyCode::Char('}'),
        KeyCode::Char('?'),
        KeyCode::Char('?'),
        KeyCode::End,
    ];
    for round in 0..3 {
        for (i, &(w, h)) in SIZES.iter().enumerate() {
            handle_event(&mut app, Event::Resize(w, h));
            handle_event(&mut app, key(keys[(i + round) % keys.len()]));
            // Every other size is skipped by the drawing, as when events
            // arrive faster than frames.
            if i % 2 == round % 2 {
                draw_at(&app, w, h);
            }
        }
    }
    handle_event(&mut app, Event::Resize(120, 40));
    let screen = draw_at(&app, 120, 40);
    assert!(
        screen.contains("Quotes (") && screen.contains("Speakers ("),
        "{screen}"
    );
}

#[test]
fn a_frame_drawn_before_its_resize_event_arrives_never_panics() {
    let (doc, ex) = sample();
    let mut app = App::new(&doc, &ex);
    handle_event(&mut app, key(KeyCode::Char(']')));
    // The app still thinks the terminal is large while it is already tiny,
    // and the other way round.
    for &(told, actual) in &[
        ((400, 120), (1, 1)),
        ((1, 1), (400, 120)),
        ((0, 0), (80, 24)),
        ((80, 24), (0, 0)),
        ((200, 5), (5, 200)),
    ] {
        handle_event(&mut app, Event::Resize(told.0, told.1));
        draw_at(&app, actual.0, actual.1);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any sequence of sizes and keys, drawn at the size told or another.
    #[test]
    fn any_sequence_of_resizes_and_keys_never_panics(
        steps in proptest::collection::vec(
            ((0u16..=400, 0u16..=120), 0usize..8, any::<bool>()),
            1..24,
        )
    ) {
        let (doc, ex) = sample();
        let mut app = App::new(&doc, &ex);
        let keys = [
            KeyCode::Tab, KeyCode::Char('j'), KeyCode::Char('k'), KeyCode::Char(']'),
            KeyCode::Char('}'), KeyCode::Char('?'), KeyCode::PageDown, KeyCode::Esc,
        ];
        let mut last = (0, 0);
        for ((w, h), k, draw_stale) in steps {
            handle_event(&mut app, Event::Resize(w, h));
            handle_event(&mut app, key(keys[k]));
            let (dw, dh) = if draw_stale { last } else { (w, h) };
            draw_at(&app, dw, dh);
            last = (w, h);
        }
    }
}
