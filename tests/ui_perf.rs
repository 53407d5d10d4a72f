//! Rendering cost must not grow with the article. Run by hand in release:
//! `cargo test --release --test ui_perf -- --ignored --nocapture`.

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use std::time::Instant;
use whosaid::document::Document;
use whosaid::extract::{self, Rules};
use whosaid::ui::event_loop::handle_event;
use whosaid::ui::{render, App};

#[test]
#[ignore = "timing; run by hand in release"]
fn ten_megabyte_article_draws_in_constant_time() {
    let mut text = String::new();
    while text.len() < 10_000_000 {
        text.push_str(whosaid::SAMPLE_TEXT);
        text.push('\n');
    }
    let t = Instant::now();
    let doc = Document::from_text("big.txt", text);
    let ex = extract::extract(&doc, &Rules::builtin("de").unwrap());
    println!(
        "load+extract: {:?}, {} quotes",
        t.elapsed(),
        ex.quotes.len()
    );

    let mut app = App::new(&doc, &ex);
    let t = Instant::now();
    app.set_viewport(120, 40);
    println!(
        "first wrap at 120 columns: {:?}, {} lines",
        t.elapsed(),
        app.wrap().len()
    );

    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let keys = [
        KeyCode::Char(' '),
        KeyCode::Char(']'),
        KeyCode::Char('G'),
        KeyCode::Char('g'),
    ];
    let t = Instant::now();
    let frames = 400;
    for i in 0..frames {
        let code = keys[i % keys.len()];
        handle_event(
            &mut app,
            Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        );
        terminal.draw(|f| render(&app, f)).unwrap();
    }
    let per_frame = t.elapsed() / frames as u32;
    println!("per key + frame: {per_frame:?}");
    assert!(per_frame.as_millis() < 20, "a frame took {per_frame:?}");

    let t = Instant::now();
    app.set_viewport(90, 30);
    println!("re-wrap at a new width: {:?}", t.elapsed());
}

#[test]
#[ignore = "timing; run by hand in release"]
fn one_ten_megabyte_paragraph_wraps_once_and_draws_fast() {
    let word = "Wort „zitiert“ ohneLeerzeichenAberSehrLangesWortDasUmbrochenWerdenMuss ";
    let text = word.repeat(10_000_000 / word.len());
    let doc = Document::from_text("one.txt", text);
    assert_eq!(doc.paragraphs.len(), 1);
    let ex = extract::extract(&doc, &Rules::builtin("de").unwrap());
    let mut app = App::new(&doc, &ex);
    let t = Instant::now();
    app.set_viewport(60, 30);
    println!("wrap: {:?}, {} lines", t.elapsed(), app.wrap().len());
    let mut terminal = Terminal::new(TestBackend::new(60, 30)).unwrap();
    let t = Instant::now();
    for code in [
        KeyCode::Char('G'),
        KeyCode::Char('['),
        KeyCode::Char('g'),
        KeyCode::Char(']'),
    ] {
        handle_event(
            &mut app,
            Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        );
        terminal.draw(|f| render(&app, f)).unwrap();
    }
    println!("4 keys + frames: {:?}", t.elapsed());
    assert!(t.elapsed().as_millis() < 100);
}
