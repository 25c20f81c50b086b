//! `reglament serve`'s rebuild after a save, for Order No. 417
//! (`regulations/`, with its office profile): read and check the sources,
//! build the stand (with the forms, and without them as `--no-forms`
//! does) in memory, and publish it into the preview folder, as the
//! command does on every save. The browser's part (the event, the page
//! reload) is measured by `tests/serve.rs`'s browser test. Run with `cargo
//! bench --bench serve`; the figures go in the README.

// A benchmark whose setup fails should stop loudly, like a test.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use reglament::backend::site;
use reglament::load::rgl_files_under;
use reglament::output::{Options, publish, read_tree};
use reglament::project::check_files;
use reglament::serve::{Settings, render};
use reglament::source::RealFileSystem;

fn sources() -> Vec<PathBuf> {
    rgl_files_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations")).unwrap()
}

fn rebuild(c: &mut Criterion) {
    let files = sources();
    let offices =
        read_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations/offices")).unwrap();
    let inputs = site::Inputs::new(site::Lang::En, &offices).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("serve");
    group.sample_size(20);
    for (name, forms) in [
        (
            "rebuild after a save: check, stand and forms, publish",
            true,
        ),
        ("the same with --no-forms", false),
    ] {
        let settings = Settings {
            forms,
            site: inputs.clone(),
            as_of: None,
        };
        let out = folder.path().join(if forms { "with" } else { "without" });
        group.bench_function(name, |b| {
            b.iter(|| {
                let project = check_files(&RealFileSystem, black_box(&files)).unwrap();
                assert!(!project.has_errors());
                let rendered = render(&project, &settings).unwrap();
                let replaces = ["site/".to_owned(), "forms/".to_owned()];
                let options = Options {
                    replaces: &replaces,
                    on_wait: &mut || {},
                };
                publish(&out, &rendered.files, options).unwrap();
                black_box(rendered.files.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, rebuild);
criterion_main!(benches);
