//! `out/` is committed so every amendment's effect is reviewable as a diff;
//! this test fails when it is stale. Fix it with `cargo run --release -- build`.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::Path;

use reglament::backend::{Target, build_shared, build_with, site};
use reglament::load::rgl_files_under;
use reglament::output::{LOCK_FILE, MANIFEST_FILE, MemoryWriter, manifest_text, read_tree};
use reglament::project::check_files;
use reglament::source::RealFileSystem;

#[test]
fn committed_out_matches_a_fresh_build() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::set_current_dir(root).unwrap();
    let files = rgl_files_under(Path::new("regulations")).unwrap();
    let project = check_files(&RealFileSystem, &files).unwrap();
    assert!(
        !project.has_errors(),
        "the bundled regulations have errors; run `reglament check`"
    );
    // The site is built with the office profiles and stand plans, as `reglament build` builds it.
    let offices = read_tree(&root.join("regulations/offices")).unwrap();
    let stands = read_tree(&root.join("regulations/stands")).unwrap();
    let site = site::Inputs::new(site::Lang::En, &offices)
        .unwrap()
        .with_plans("regulations/stands", &stands)
        .unwrap();
    let mut fresh = MemoryWriter::default();
    for reg in project.regulations() {
        build_with(reg, Target::ALL, &site, &mut fresh).unwrap();
    }
    build_shared(Target::ALL, &mut fresh).unwrap();
    // A build lists what it wrote, so that a later one removes only that.
    let manifest = manifest_text(fresh.files.keys().map(String::as_str));
    fresh
        .files
        .insert(MANIFEST_FILE.to_owned(), manifest.into_bytes());
    let mut committed: BTreeMap<String, Vec<u8>> = read_tree(&root.join("out")).unwrap();
    // Not output: the lock a build takes on the folder (not committed).
    committed.remove(LOCK_FILE);
    let stale: Vec<&String> = fresh
        .files
        .keys()
        .filter(|k| committed.get(*k) != fresh.files.get(*k))
        .collect();
    let extra: Vec<&String> = committed
        .keys()
        .filter(|k| !fresh.files.contains_key(*k))
        .collect();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "out/ is stale; run `cargo run --release -- build` and commit out/.\nchanged or missing: {stale:?}\nno longer produced: {extra:?}"
    );
}
