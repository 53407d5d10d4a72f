//! Search cost on a 10 MB article: one pass per query, for the two paths
//! smart case takes (exact when the query has a capital, case-ignoring
//! otherwise), with a rare and a frequent query, plus a non-ASCII one.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use whosaid::ui::search::find_all;

fn search(c: &mut Criterion) {
    let text = common::sample_of_size(10 << 20);
    let mut group = c.benchmark_group("search 10 MB");
    group.sample_size(10);
    for query in ["Konsens", "konsens", "die", "außenminister", "e"] {
        group.bench_function(query, |b| {
            b.iter(|| find_all(black_box(&text), query).len())
        });
    }
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
