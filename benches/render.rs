//! Frame cost of the reader: one frame (state change + draw into a 160x50
//! `TestBackend`) must cost the same for the sample and for a 10 MB article,
//! because only visible lines are built and wrapping is cached per width.
//!
//! Run with `cargo bench --bench render`.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::hint::black_box;
use whosaid::document::Document;
use whosaid::extract::{extract, Extraction, Rules};
use whosaid::ui::{render, Action, App};

const WIDTH: u16 = 160;
const HEIGHT: u16 = 50;

fn prepared(text: String) -> (Document, Extraction) {
    let doc = Document::from_text("bench", text);
    let rules = Rules::builtin("de").expect("German rules are built in");
    let ex = extract(&doc, &rules);
    (doc, ex)
}

/// Scroll a page and draw, cycling through the document.
fn bench_scroll_frame(c: &mut Criterion, label: &str, doc: &Document, ex: &Extraction) {
    let mut app = App::new(doc, ex);
    app.set_viewport(WIDTH, HEIGHT);
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test backend");
    c.bench_function(&format!("frame/page-down/{label}"), |b| {
        b.iter(|| {
            app.apply(Action::PageDown);
            if app.percent() >= 100 {
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
fn bench_quote_jump(c: &mut Criterion, label: &str, doc: &Document, ex: &Extraction) {
    let mut app = App::new(doc, ex);
    app.set_viewport(WIDTH, HEIGHT);
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test backend");
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

fn frames(c: &mut Criterion) {
    let (small_doc, small_ex) = prepared(whosaid::SAMPLE_TEXT.to_string());
    let (big_doc, big_ex) = prepared(common::sample_of_size(10 * 1024 * 1024));
    bench_scroll_frame(c, "sample", &small_doc, &small_ex);
    bench_scroll_frame(c, "10MB", &big_doc, &big_ex);
    bench_quote_jump(c, "sample", &small_doc, &small_ex);
    bench_quote_jump(c, "10MB", &big_doc, &big_ex);

    let mut group = c.benchmark_group("wrap");
    group.sample_size(10);
    group.bench_function("10MB/new-width", |b| {
        let mut app = App::new(&big_doc, &big_ex);
        let mut width = 100;
        b.iter(|| {
            // A different width each time, so the cache cannot answer.
            width = if width == 100 { 101 } else { 100 };
            app.set_viewport(width, HEIGHT);
            black_box(app.wrap().len())
        })
    });
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
