//! Extraction throughput: load → paragraphs → quotes → attribution → speakers
//! → JSON, on inputs built by repeating the bundled sample article.
//!
//! Run with `cargo bench --bench extract`. Issue-level targets (MB/s, linear
//! growth) are read off criterion's throughput figures, never asserted in tests.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use whosaid::document::Document;
use whosaid::extract::{extract, Rules};

fn extraction_throughput(c: &mut Criterion) {
    let rules = Rules::builtin("de").expect("German rules are built in");
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for size in [64 * 1024, 1024 * 1024, 4 * 1024 * 1024] {
        let text = common::sample_of_size(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| {
                let doc = Document::from_text("bench", text.clone());
                let ex = extract(&doc, &rules);
                let mut out = Vec::with_capacity(text.len());
                whosaid::output::write_json(&mut out, &doc, &ex).expect("writing to memory");
                black_box(out.len())
            })
        });
    }
    group.finish();
}

fn many_speakers(c: &mut Criterion) {
    let rules = Rules::builtin("en").expect("English rules are built in");
    let mut group = c.benchmark_group("extract-many-speakers");
    group.sample_size(10);
    for size in [256 * 1024, 1024 * 1024] {
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

criterion_group!(benches, extraction_throughput, many_speakers);
criterion_main!(benches);
