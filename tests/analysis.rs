//! The analysis kept between runs (`project::Analysis`, what `lsp` and
//! `serve` use) gives after every edit exactly what a fresh `check` gives,
//! while parsing and checking again only what the edit touched.
//!
//! The edits are made to copies of the real regulation and its included
//! files: a typo and its fix, edits in an included file, an included file
//! deleted and created again (which moves the other files' places in the
//! sources), and the main file cut at random points.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use reglament::project::{Analysis, Project, check_files};
use reglament::source::{FileSystem, MemoryFileSystem, RealFileSystem};

const MAIN: &str = "regulations/residence-permit.rgl";
const ACTS: &str = "regulations/acts.rgl";
const CALENDAR: &str = "regulations/calendar/russia-federal.rgl";

fn real(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// Everything a run's caller can see, in a comparable form.
fn seen(project: &Project) -> (Vec<String>, String, Vec<(String, String)>) {
    let problems = project
        .problems()
        .iter()
        .map(|p| format!("{p:?}"))
        .collect();
    let units: Vec<_> = project
        .units
        .iter()
        .map(|(root, c)| (root.clone(), serde_json::to_value(&c.regulation).unwrap()))
        .collect();
    let sources = project
        .sources
        .files()
        .iter()
        .map(|f| (f.path.clone(), f.text.clone()))
        .collect();
    (problems, format!("{units:?}"), sources)
}

/// Runs the kept analysis and a fresh check on the same files and demands
/// the same outcome.
fn same_as_fresh(analysis: &mut Analysis, fs: &dyn FileSystem, files: &[PathBuf], step: &str) {
    let warm = analysis.check_files(fs, files);
    let cold = check_files(fs, files);
    match (warm, cold) {
        (Ok(warm), Ok(cold)) => {
            let (wp, wu, ws) = seen(&warm);
            let (cp, cu, cs) = seen(&cold);
            assert_eq!(wp, cp, "problems after {step}");
            assert!(wu == cu, "models after {step}");
            assert!(ws == cs, "sources after {step}");
        }
        (Err((a, ea)), Err((b, eb))) => {
            assert_eq!((a, ea.kind()), (b, eb.kind()), "error after {step}");
        }
        (warm, cold) => panic!(
            "after {step}: kept analysis {:?}, fresh check {:?}",
            warm.err().map(|e| e.0),
            cold.err().map(|e| e.0)
        ),
    }
}

fn memory(files: &BTreeMap<&str, String>) -> MemoryFileSystem {
    let mut fs = MemoryFileSystem::new();
    for (path, text) in files {
        fs.insert(*path, text.clone());
    }
    fs
}

fn paths(list: &[&str]) -> Vec<PathBuf> {
    list.iter().map(PathBuf::from).collect()
}

#[test]
fn edits_give_what_a_fresh_check_gives_and_redo_only_what_changed() {
    let main = real(MAIN);
    let acts = real(ACTS);
    let calendar = real(CALENDAR);
    let mut state = BTreeMap::from([
        (MAIN, main.clone()),
        (ACTS, acts.clone()),
        (CALENDAR, calendar.clone()),
    ]);
    let files = paths(&[MAIN]);
    let mut analysis = Analysis::default();

    same_as_fresh(&mut analysis, &memory(&state), &files, "the first run");
    let mut parsed = analysis.last_work().parsed.clone();
    parsed.sort();
    assert_eq!(parsed, paths(&[ACTS, CALENDAR, MAIN]));
    assert!(!check_files(&memory(&state), &files).unwrap().has_errors());

    same_as_fresh(&mut analysis, &memory(&state), &files, "nothing changed");
    let work = analysis.last_work().clone();
    assert!(work.parsed.is_empty(), "{work:?}");
    assert!(work.checked.is_empty(), "{work:?}");

    // A typo in an id the main file uses, then a syntax error, then the fix.
    let typo = main.replacen("basis law_115fz", "basis law_115f", 1);
    assert_ne!(typo, main);
    state.insert(MAIN, typo);
    same_as_fresh(&mut analysis, &memory(&state), &files, "a typo in an id");
    assert_eq!(analysis.last_work().parsed, paths(&[MAIN]));
    assert!(check_files(&memory(&state), &files).unwrap().has_errors());
    state.insert(MAIN, main.replacen("\nend\n", "\nedn\n", 1));
    same_as_fresh(&mut analysis, &memory(&state), &files, "a typo in `end`");
    state.insert(MAIN, main.clone());
    same_as_fresh(&mut analysis, &memory(&state), &files, "the fix");
    assert_eq!(analysis.last_work().parsed, paths(&[MAIN]));

    // An edit in an included file, and its undoing.
    state.insert(ACTS, acts.replacen("act law_115fz", "act law_115fz_", 1));
    same_as_fresh(
        &mut analysis,
        &memory(&state),
        &files,
        "an edit in acts.rgl",
    );
    assert_eq!(analysis.last_work().parsed, paths(&[ACTS]));
    state.insert(ACTS, acts.replacen("\nend\n", "\nend\nact\n", 1));
    same_as_fresh(&mut analysis, &memory(&state), &files, "broken acts.rgl");

    // acts.rgl deleted: the calendar now comes second in the sources, so
    // its kept parse (whose spans name the third) must not be reused; and
    // again when acts.rgl is back (still broken), then fixed.
    let broken = state.remove(ACTS).unwrap();
    same_as_fresh(&mut analysis, &memory(&state), &files, "acts.rgl deleted");
    assert_eq!(analysis.last_work().parsed, paths(&[CALENDAR]));
    assert!(check_files(&memory(&state), &files).unwrap().has_errors());
    state.insert(ACTS, broken);
    same_as_fresh(&mut analysis, &memory(&state), &files, "acts.rgl back");
    assert!(
        analysis
            .last_work()
            .parsed
            .contains(&PathBuf::from(CALENDAR))
    );
    state.insert(ACTS, acts.clone());
    same_as_fresh(&mut analysis, &memory(&state), &files, "acts.rgl fixed");
    assert_eq!(analysis.last_work().parsed, paths(&[ACTS]));
    state.remove(CALENDAR);
    same_as_fresh(
        &mut analysis,
        &memory(&state),
        &files,
        "the calendar deleted",
    );
    state.insert(CALENDAR, calendar.clone());
    same_as_fresh(&mut analysis, &memory(&state), &files, "the calendar back");
    assert!(!check_files(&memory(&state), &files).unwrap().has_errors());

    // The main file cut at random places (a fixed seed), each cut then
    // undone: half-typed text as an editor sends it.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..6 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut cut = usize::try_from(seed % main.len() as u64).unwrap();
        while !main.is_char_boundary(cut) {
            cut -= 1;
        }
        state.insert(MAIN, main[..cut].to_owned());
        same_as_fresh(
            &mut analysis,
            &memory(&state),
            &files,
            &format!("cut {round} at {cut}"),
        );
        assert_eq!(analysis.last_work().parsed, paths(&[MAIN]));
    }
    state.insert(MAIN, main.clone());
    same_as_fresh(
        &mut analysis,
        &memory(&state),
        &files,
        "the whole text back",
    );

    // As the language server names them: the open file and those beside
    // it; a named file gone is an I/O error, as for a fresh check.
    let files = paths(&[MAIN, ACTS]);
    same_as_fresh(&mut analysis, &memory(&state), &files, "acts.rgl named");
    assert!(analysis.last_work().checked.is_empty());
    // A file of another regulation comes and goes beside it: each model's
    // list of sources (which spans index) is this run's.
    const OTHER: &str = "regulations/zz-other.rgl";
    state.insert(OTHER, "regulation a_new\n  title \"A\"\nend\n".to_owned());
    let with_other = paths(&[MAIN, ACTS, OTHER]);
    same_as_fresh(
        &mut analysis,
        &memory(&state),
        &with_other,
        "another regulation's file",
    );
    state.remove(OTHER);
    same_as_fresh(&mut analysis, &memory(&state), &files, "that file gone");
    state.remove(ACTS);
    same_as_fresh(
        &mut analysis,
        &memory(&state),
        &files,
        "a named file deleted",
    );
}

/// On disk, a file whose stamp (size, times, identity) did not change is
/// not even read; a rewritten one is, however quickly it was rewritten.
#[test]
fn unchanged_files_on_disk_are_not_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for path in [MAIN, ACTS, CALENDAR] {
        let to = root.join(path);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(&to, real(path)).unwrap();
    }
    let files = vec![root.join(MAIN), root.join(ACTS)];
    let mut analysis = Analysis::default();
    same_as_fresh(&mut analysis, &RealFileSystem, &files, "the first run");
    assert_eq!(analysis.last_work().read.len(), 3);

    // Files written just now are read every time (their stamp could still
    // be shared by a second write); once settled, they are not.
    same_as_fresh(&mut analysis, &RealFileSystem, &files, "a run at once");
    assert_eq!(analysis.last_work().read.len(), 3);
    assert!(analysis.last_work().parsed.is_empty());
    std::thread::sleep(reglament::source::SETTLED + std::time::Duration::from_millis(200));
    same_as_fresh(&mut analysis, &RealFileSystem, &files, "a settled run");
    same_as_fresh(
        &mut analysis,
        &RealFileSystem,
        &files,
        "a second settled run",
    );
    assert!(
        analysis.last_work().read.is_empty(),
        "{:?}",
        analysis.last_work()
    );

    // Rewritten with text of the same length: read and parsed again.
    let acts = real(ACTS).replacen("act law_115fz", "act law_115fx", 1);
    std::fs::write(root.join(ACTS), &acts).unwrap();
    same_as_fresh(&mut analysis, &RealFileSystem, &files, "acts.rgl rewritten");
    assert_eq!(analysis.last_work().read, vec![root.join(ACTS)]);
    assert_eq!(analysis.last_work().parsed, vec![root.join(ACTS)]);
    assert!(check_files(&RealFileSystem, &files).unwrap().has_errors());
}

/// The language server's view after each keystroke: the problems a fresh
/// check of the same buffers gives, and the index of the edited file that
/// its own parse would give (made from the analysis's parse, not another).
#[test]
fn the_language_server_after_each_edit_is_as_if_fresh() {
    use reglament::load::normalize;
    use reglament::lsp::index::FileIndex;
    use reglament::lsp::world::{Overlay, World};

    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = normalize(&dir.join(MAIN));
    // What the server checks: the open file and those beside it, in order.
    let mut files: Vec<PathBuf> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| normalize(&e.unwrap().path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rgl"))
        .collect();
    files.sort();
    let main = real(MAIN);
    let mut edits = vec![
        main.replacen("basis law_115fz", "basis law_115f", 1),
        main.clone(),
        main.replacen("\nend\n", "\nen\n", 1),
        main.clone(),
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..4 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut cut = usize::try_from(seed % main.len() as u64).unwrap();
        while !main.is_char_boundary(cut) {
            cut -= 1;
        }
        edits.push(main[..cut].to_owned());
    }
    edits.push(main.clone());

    let mut world = World::default();
    for (step, text) in edits.into_iter().enumerate() {
        world.open.insert(path.clone(), text.clone());
        world.analyse();
        let overlay = Overlay {
            base: &RealFileSystem,
            open: &world.open,
        };
        let fresh = check_files(&overlay, &files).unwrap();
        assert_eq!(world.problems, fresh.problems(), "problems at step {step}");
        match FileIndex::new(&text) {
            Some(index) => {
                let kept = world.fresh(&path).expect("an index of the text");
                assert_eq!(
                    format!("{:?}", kept.index),
                    format!("{index:?}"),
                    "index at step {step}"
                );
            }
            // A text that does not parse keeps the last index, marked stale.
            None => assert!(world.fresh(&path).is_none(), "step {step}"),
        }
    }
}

/// A parse no run has needed for a long while is let go (a language server
/// runs for hours), but one hidden only for a while (an include behind a
/// syntax error in the main file) is still there when the error is fixed.
#[test]
fn parses_no_run_reads_are_kept_for_a_while_then_let_go() {
    let main = "include \"part.rgl\"\n\nregulation tiny\n  title \"A tiny synthetic regulation (invented for tests)\"\nend\n";
    let part = "status someone\n  title \"Someone\"\nend\n";
    let broken = "include \"part.rgl\"\n\nregulation tiny\n  title\nend\n";
    let mut state = BTreeMap::from([
        ("m/main.rgl", main.to_owned()),
        ("m/part.rgl", part.to_owned()),
    ]);
    let files = paths(&["m/main.rgl"]);
    let mut analysis = Analysis::default();
    same_as_fresh(&mut analysis, &memory(&state), &files, "the first run");
    assert!(
        analysis
            .last_work()
            .parsed
            .contains(&PathBuf::from("m/part.rgl"))
    );
    // The include is hidden while the main file does not parse ...
    state.insert("m/main.rgl", broken.to_owned());
    for run in 0..reglament::load::KEPT_IDLE_RUNS {
        same_as_fresh(
            &mut analysis,
            &memory(&state),
            &files,
            &format!("broken, run {run}"),
        );
    }
    // ... and its parse is still kept when the fix comes within the limit.
    state.insert("m/main.rgl", main.to_owned());
    same_as_fresh(&mut analysis, &memory(&state), &files, "fixed in time");
    assert_eq!(analysis.last_work().parsed, paths(&["m/main.rgl"]));
    // Past the limit it is let go, and parsed again when needed.
    state.insert("m/main.rgl", broken.to_owned());
    for run in 0..=reglament::load::KEPT_IDLE_RUNS {
        same_as_fresh(
            &mut analysis,
            &memory(&state),
            &files,
            &format!("broken again, run {run}"),
        );
    }
    state.insert("m/main.rgl", main.to_owned());
    same_as_fresh(&mut analysis, &memory(&state), &files, "fixed late");
    let mut parsed = analysis.last_work().parsed.clone();
    parsed.sort();
    assert_eq!(parsed, paths(&["m/main.rgl", "m/part.rgl"]));
}
