//! Code generation speed: the Rust rules crate of the bundled regulation
//! (Order 417), generated from its checked model in memory, nothing
//! written to disk: what `build --target rust` adds to `check` (issue 15's
//! target: at most 20 ms). The JSON model, built the same way, and the
//! check itself are beside it for scale. Run with
//! `cargo bench --bench generate`; the figures go in the README.

// A benchmark whose setup fails should stop loudly, like a test.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use reglament::backend::{Target, build};
use reglament::load::rgl_files_under;
use reglament::model::Regulation;
use reglament::output::MemoryWriter;
use reglament::project::check_files;
use reglament::source::RealFileSystem;

/// Every `.rgl` file under `regulations/`, sorted.
fn sources() -> Vec<PathBuf> {
    rgl_files_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations")).unwrap()
}

/// The checked model of Order 417, as `reglament build` has it.
fn bundled() -> Regulation {
    let project = check_files(&RealFileSystem, &sources()).unwrap();
    assert!(!project.has_errors(), "{:#?}", project.problems());
    let reg = project
        .regulations()
        .find(|r| r.id == "residence_permit")
        .cloned();
    reg.unwrap_or_else(|| panic!("no regulation `residence_permit` among the bundled ones"))
}

fn generate(c: &mut Criterion) {
    let reg = bundled();
    let mut group = c.benchmark_group("generate");
    group.bench_function("rust crate, bundled regulation", |b| {
        b.iter(|| {
            let mut out = MemoryWriter::default();
            build(black_box(&reg), &[Target::Rust], &mut out).unwrap();
            black_box(out.files.len())
        })
    });
    group.bench_function("json model, bundled regulation", |b| {
        b.iter(|| {
            let mut out = MemoryWriter::default();
            build(black_box(&reg), &[Target::Json], &mut out).unwrap();
            black_box(out.files.len())
        })
    });
    // What the target is measured from, under the same load: reading and
    // checking the sources, as `reglament check` does.
    let files = sources();
    group.bench_function("check, bundled regulations", |b| {
        b.iter(|| {
            let project = check_files(&RealFileSystem, black_box(&files)).unwrap();
            assert!(!project.has_errors());
        })
    });
    group.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
