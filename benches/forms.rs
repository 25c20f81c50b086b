//! Forms build speed: every blank form, filled sample and stand sheet of the
//! bundled regulation, typeset and written as PDF/A. Fonts are loaded once
//! per process (the first iteration pays for it; criterion's warm-up absorbs
//! it). typst memoizes layout across builds, so the second benchmark empties
//! its cache before each build. Run with `cargo bench --bench forms`; the
//! figures go in the README.

// A benchmark whose setup fails should stop loudly, like a test.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use reglament::backend::{Target, build};
use reglament::load::rgl_files_under;
use reglament::model::Regulation;
use reglament::output::MemoryWriter;
use reglament::project::check_files;
use reglament::source::RealFileSystem;

fn bundled() -> Regulation {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rgl_files_under(&root.join("regulations")).unwrap();
    let project = check_files(&RealFileSystem, &files).unwrap();
    let reg = project.regulations().next().cloned();
    reg.unwrap_or_else(|| panic!("the bundled regulations have errors"))
}

fn forms(c: &mut Criterion) {
    let reg = bundled();
    let mut group = c.benchmark_group("forms");
    group.sample_size(20);
    group.bench_function(
        "bundled regulation, every form, sample and stand sheet",
        |b| {
            b.iter(|| {
                let mut out = MemoryWriter::default();
                build(black_box(&reg), &[Target::Forms], &mut out).unwrap();
                black_box(out.files.len())
            })
        },
    );
    // The same with typst's memoization cache emptied first, as in a
    // process that builds once: every page is laid out from scratch.
    group.bench_function("the same, nothing memoized", |b| {
        b.iter(|| {
            typst::comemo::evict(0);
            let mut out = MemoryWriter::default();
            build(black_box(&reg), &[Target::Forms], &mut out).unwrap();
            black_box(out.files.len())
        })
    });
    group.finish();
}

criterion_group!(benches, forms);
criterion_main!(benches);
