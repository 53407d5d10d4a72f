//! The reader's costs: one frame (a state change and a draw into a 160x50
//! `TestBackend`) for the sample and for a 10 MB book, which issue 5 wants
//! within 2x of each other; the first frame (load, quotes found or started,
//! first draw); and a resize, which re-wraps only what the screen needs.
//!
//! Run with `cargo bench --bench render` (or `scripts/bench.sh`).

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;
use whosaid::document::{load_path, Document};
use whosaid::extract::{detect_language, extract, Extraction, Rules};
use whosaid::ui::{render, Action, App, FIND_FIRST_BELOW};

const WIDTH: u16 = 160;
const HEIGHT: u16 = 50;
const BOOK: usize = 10 << 20;

fn prepared(text: String) -> (Document, Extraction) {
    let doc = Document::from_text("bench", text);
    let rules = Rules::builtin(detect_language(&doc.text)).expect("built-in rules");
    let ex = extract(&doc, &rules);
    (doc, ex)
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test backend")
}

/// Scroll a page and draw, cycling through the document.
fn scroll_frame(c: &mut Criterion, label: &str, doc: &Document, ex: &Extraction) {
    let mut app = App::new(doc, ex);
    app.set_viewport(WIDTH, HEIGHT);
    let mut terminal = terminal();
    c.bench_function(&format!("frame/page-down/{label}"), |b| {
        b.iter(|| {
            app.apply(Action::PageDown);
            // Wrapping a 10 MB book to its end would take a while: cycle
            // through its first tenth, as far as a reader pages in a sitting.
            if app.percent() >= 100 || app.scroll() > 20_000 {
                app.apply(Action::Top);
            }
            terminal
                .draw(|f| render(&app, f))
                .expect("drawing into memory");
            black_box(app.scroll())
        })
    });
}

/// Jump to the next quote and draw, wrapping around at the end.
fn quote_jump(c: &mut Criterion, label: &str, doc: &Document, ex: &Extraction) {
    let mut app = App::new(doc, ex);
    app.set_viewport(WIDTH, HEIGHT);
    let mut terminal = terminal();
    c.bench_function(&format!("frame/next-quote/{label}"), |b| {
        b.iter(|| {
            app.apply(Action::NextQuote);
            if app.selected() == Some(ex.quotes.len().saturating_sub(1)) {
                // Back to the top with no selection, so the next jump starts over.
                app.apply(Action::Top);
                app.apply(Action::Back);
            }
            terminal
                .draw(|f| render(&app, f))
                .expect("drawing into memory");
            black_box(app.selected())
        })
    });
}

/// What the binary does before its first frame: read and decode the file,
/// split paragraphs, pick the language rules, find the quotes (a short text)
/// or leave them to a background thread (a long one), lay out, wrap what the
/// screen shows and draw.
fn first_frame(c: &mut Criterion, label: &str, path: &Path) {
    let mut group = c.benchmark_group("first-frame");
    group.sample_size(10);
    group.bench_function(label, |b| {
        b.iter(|| {
            let doc = load_path(path).expect("bench input");
            let rules = Rules::builtin(detect_language(&doc.text)).expect("built-in rules");
            let ex = if doc.text.len() <= FIND_FIRST_BELOW {
                extract(&doc, &rules)
            } else {
                Extraction {
                    language: rules.code.clone(),
                    quotes: Vec::new(),
                    speakers: Vec::new(),
                }
            };
            let mut app = App::new(&doc, &ex);
            app.set_viewport(WIDTH, HEIGHT);
            let mut terminal = terminal();
            terminal
                .draw(|f| render(&app, f))
                .expect("drawing into memory");
            black_box(app.scroll())
        })
    });
    group.finish();
}

/// A new width on a 10 MB book, at the top and half-way through: only the
/// paragraphs up to the screen are re-wrapped, the rest later while idle.
fn resize(c: &mut Criterion, doc: &Document, ex: &Extraction) {
    let mut group = c.benchmark_group("resize/10MB");
    group.sample_size(10);
    for (label, jump) in [("top", 0), ("middle", ex.quotes.len() / 2)] {
        let mut app = App::new(doc, ex);
        app.set_viewport(WIDTH, HEIGHT);
        for _ in 0..jump {
            app.apply(Action::NextQuote);
        }
        app.apply(Action::Down); // reading on from the screen, not following a quote
        let mut width = WIDTH;
        group.bench_function(label, |b| {
            b.iter(|| {
                // A different width each time, so the cache cannot answer.
                width = if width == WIDTH { WIDTH - 1 } else { WIDTH };
                app.set_viewport(width, HEIGHT);
                black_box(app.wrap().len())
            })
        });
    }
    group.finish();
}

/// The bench input written to a file, as the binary would read it.
fn input_file(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("whosaid-bench-{}-{name}", std::process::id()));
    std::fs::write(&path, text).expect("writing the bench input");
    path
}

fn frames(c: &mut Criterion) {
    let (small_doc, small_ex) = prepared(whosaid::SAMPLE_TEXT.to_string());
    let (big_doc, big_ex) = prepared(common::novel_of_size(BOOK));
    scroll_frame(c, "sample", &small_doc, &small_ex);
    scroll_frame(c, "10MB", &big_doc, &big_ex);
    quote_jump(c, "sample", &small_doc, &small_ex);
    quote_jump(c, "10MB", &big_doc, &big_ex);

    let sample = input_file("sample.txt", whosaid::SAMPLE_TEXT);
    let book = input_file("10MB.txt", &big_doc.text);
    first_frame(c, "sample", &sample);
    first_frame(c, "10MB", &book);
    let _ = std::fs::remove_file(sample);
    let _ = std::fs::remove_file(book);

    resize(c, &big_doc, &big_ex);
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = frames
}
criterion_main!(benches);
