//! Extraction throughput: paragraphs → quotes → attribution → speakers → JSON,
//! what `whosaid --json` does after reading the file, by input size.
//!
//! Run with `cargo bench --bench extract` (or `scripts/bench.sh`). Issue 5's
//! targets (≥ 50 MB/s, linear growth over 1/4/16 MB) are read off criterion's
//! throughput figures, never asserted in tests.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use whosaid::document::Document;
use whosaid::extract::{extract, Rules};

const MB: usize = 1 << 20;

/// Everything `--json` does once the text is decoded.
fn json_of(text: &str, rules: &Rules) -> usize {
    let doc = Document::from_text("bench", text.to_string());
    let ex = extract(&doc, rules);
    let mut out = Vec::with_capacity(text.len() / 4);
    whosaid::output::write_json(&mut out, &doc, &ex).expect("writing to memory");
    out.len()
}

fn throughput(c: &mut Criterion, name: &str, lang: &str, make: fn(usize) -> String) {
    let rules = Rules::builtin(lang).expect("built-in rules");
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    for size in [MB, 4 * MB, 16 * MB] {
        let text = make(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{}MB", size / MB)),
            &text,
            |b, text| b.iter(|| black_box(json_of(text, &rules))),
        );
    }
    group.finish();
}

/// English novel: the realistic-dialogue input the targets are measured on.
fn novel(c: &mut Criterion) {
    throughput(c, "extract/novel-en", "en", common::novel_of_size);
}

/// German news: the bundled sample, repeated.
fn news(c: &mut Criterion) {
    throughput(c, "extract/news-de", "de", common::sample_of_size);
}

fn many_speakers(c: &mut Criterion) {
    let rules = Rules::builtin("en").expect("English rules are built in");
    let mut group = c.benchmark_group("extract/many-speakers");
    group.sample_size(10);
    for size in [MB / 4, MB] {
        let text = common::many_speakers_of_size(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| {
                let doc = Document::from_text("bench", text.clone());
                black_box(extract(&doc, &rules).speakers.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, novel, news, many_speakers);
criterion_main!(benches);
