//! The language server's answer to a keystroke in the bundled regulation
//! (about 170 KB): the buffer changes by one character, the sources are
//! checked again through the overlay of unsaved buffers (with the files it
//! includes), the changed file is indexed again, and a completion is asked
//! for. Twice: with the analysis kept from the keystroke before (what the
//! server does: the included files are neither read nor parsed again, and
//! the edited file is parsed once for both the checker and the index), and
//! from nothing (a new server for every keystroke), for comparison. Run
//! with `cargo bench --bench lsp`; the figures go in the README.

// A benchmark whose setup fails should stop loudly, like a test.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use reglament::load::normalize;
use reglament::lsp::complete::complete;
use reglament::lsp::world::World;

fn keystroke(c: &mut Criterion) {
    let path =
        normalize(&Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations/residence-permit.rgl"));
    let text = std::fs::read_to_string(&path).unwrap();
    // Two buffers a keystroke apart: a letter typed into a quoted text.
    let typed = text.replacen("Subject of regulation", "Subject of regulations", 1);
    assert_ne!(text, typed);
    let at = typed.find("lasts 4 months from ").unwrap() + "lasts 4 months from ".len();
    let mut world = World::default();
    world.open.insert(path.clone(), text.clone());
    world.analyse();
    assert!(world.problems.iter().all(|p| !p.is_error()));
    let mut flip = false;
    c.bench_function(
        "lsp keystroke, kept analysis: re-check, re-index, complete (residence-permit.rgl)",
        |b| {
            b.iter(|| {
                flip = !flip;
                let buffer = if flip { &typed } else { &text };
                world.open.insert(path.clone(), buffer.clone());
                world.analyse();
                black_box(complete(&world, &path, at))
            })
        },
    );
    c.bench_function(
        "lsp keystroke, from nothing: check, index, complete (residence-permit.rgl)",
        |b| {
            b.iter(|| {
                let mut world = World::default();
                world.open.insert(path.clone(), typed.clone());
                world.analyse();
                black_box(complete(&world, &path, at))
            })
        },
    );
}

criterion_group!(benches, keystroke);
criterion_main!(benches);
