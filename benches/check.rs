//! Parsing and checking speed: the bundled regulation, a generated
//! regulation about 100 times its size, to show checking stays linear, and
//! the bundled regulation with 50 amendments (51 versions, each checked).
//! Run with `cargo bench --bench check`; figures go in the README.

// A benchmark whose setup fails should stop loudly, like a test.
#![allow(clippy::unwrap_used, clippy::panic)]

mod measuring;

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use reglament::load::rgl_files_under;
use reglament::project::check_files;
use reglament::source::MemoryFileSystem;

/// Every `.rgl` file under `regulations/`, in memory, with its path.
fn bundled() -> (MemoryFileSystem, Vec<PathBuf>, usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rgl_files_under(&root.join("regulations")).unwrap();
    let mut fs = MemoryFileSystem::new();
    let mut bytes = 0;
    let mut rel = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        bytes += text.len();
        let r = f.strip_prefix(root).unwrap().to_path_buf();
        fs.insert(r.clone(), text);
        rel.push(r);
    }
    (fs, rel, bytes)
}

/// A valid regulation of about `target` bytes: many categories, each with a
/// condition, a term, a document and an example, the shapes the real one has.
fn generated(target: usize) -> String {
    let mut s = String::from(
        "regulation big\n  title \"Generated regulation\"\nend\n\nstatus foreign_citizen\n  title \"foreign citizen\"\nend\n\n\
         status stateless_person\n  title \"stateless person\"\nend\n\napplication issue\n  title \"issue\"\nend\n\n\
         event accepted\n  title \"accepted\"\nend\n\nact law\n  title \"The law\"\nend\n\n\
         choice citizenships\n  option a \"A\"\n  option b \"B\"\n  option c \"C\"\nend\n\n\
         fact citizenship\n  question \"Which citizenship?\"\n  answer one of citizenships\nend\n\n\
         fact age\n  question \"How old?\"\n  answer number of years\nend\n\n\
         provision intro\n  clause 1\n  text \"Applicants are:\"\nend\n\n",
    );
    let mut i = 0;
    while s.len() < target {
        i += 1;
        let _ = write!(
            s,
            "fact holds_{i}\n  question \"Does condition {i} hold for the applicant?\"\n  answer yes or no\nend\n\n\
             category cat_{i}\n  clause 1.{i}\n  text \"\"\"\n    The foreign citizen or the stateless person who meets condition {i}\n    \
             of the generated regulation, as the law provides.\n  \"\"\"\n  basis law article 8 item 2 subitem {i}\n  files issue\n  \
             applies when holds_{i} and (age is at least 18 years or citizenship is one of a, b)\nend\n\n\
             example ex_{i}\n  given holds_{i} yes\n  given age 30 years\n  given citizenship c\n  given status foreign_citizen\n  \
             expect term 4 months\nend\n\n"
        );
    }
    let _ = write!(
        s,
        "term four_months\n  clause 2\n  text \"Four months.\"\n  lasts 4 months from accepted\n  for application issue\nend\n\n\
         document photos\n  clause 3\n  text \"Photos.\"\n  count 2 when status is stateless_person\n  count 4\nend\n"
    );
    s
}

fn bench(c: &mut Criterion) {
    let (fs, files, bytes) = bundled();
    let mut group = c.benchmark_group("parse and check");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("bundled regulations", |b| {
        b.iter(|| {
            let project = check_files(&fs, black_box(&files)).unwrap();
            assert!(!project.has_errors());
        })
    });
    // A fixed size under the 16 MiB a source file may have: a hundred
    // times the bundled sources was, until they grew past 168 KB. Run as
    // a test, 125 KB.
    let size = if measuring::measuring() {
        12_500_000
    } else {
        125_000
    };
    let big = generated(size);
    let mut big_fs = MemoryFileSystem::new();
    big_fs.insert("big.rgl", big.clone());
    let big_files = vec![PathBuf::from("big.rgl")];
    let problems: Vec<String> = check_files(&big_fs, &big_files)
        .unwrap()
        .problems()
        .iter()
        .filter(|p| p.is_error())
        .take(5)
        .map(|p| format!("{}: {}", p.code, p.message))
        .collect();
    assert!(
        problems.is_empty(),
        "the generated regulation must be valid: {problems:#?}"
    );
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.sample_size(10);
    group.bench_function("generated, 12.5 MB", |b| {
        b.iter(|| {
            let project = check_files(&big_fs, black_box(&big_files)).unwrap();
            assert!(!project.has_errors());
        })
    });
    // 50 amending orders, each inserting a provision: 51 versions.
    let (mut amended_fs, amended_files, _) = bundled();
    let main = Path::new("regulations/residence-permit.rgl");
    let mut text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(main)).unwrap();
    for i in 1..=50 {
        let day = jiff::civil::date(2024, 1, 1)
            .checked_add(jiff::Span::new().days(i * 7))
            .unwrap();
        let _ = write!(
            text,
            "\namendment amendment_{i}\n  title \"Generated amending order {i}\"\n  in force from {day}\nend\n\n\
             provision generated_{i}\n  text \"Generated provision {i}.\"\n  inserted by amendment_{i}\nend\n"
        );
    }
    amended_fs.insert(main.to_path_buf(), text);
    let checked = check_files(&amended_fs, &amended_files).unwrap();
    assert!(!checked.has_errors(), "{:#?}", checked.problems());
    let versions = checked.regulations().map(|r| r.versions.len()).max();
    assert_eq!(versions, Some(51));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("bundled with 50 amendments (51 versions)", |b| {
        b.iter(|| {
            let project = check_files(&amended_fs, black_box(&amended_files)).unwrap();
            assert!(!project.has_errors());
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
