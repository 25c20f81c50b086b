//! Whether a benchmark run measures. `cargo bench` passes `--bench`;
//! `cargo test --all-targets` (the README's test command, and CI) runs
//! each benchmark once without it, only to prove that it still runs.
//! There the inputs that make a measure meaningful (a 12.5 MB regulation,
//! a million records) would cost minutes and prove nothing more than a
//! small one.

/// `true` under `cargo bench`, `false` when the benchmark runs as a test.
pub fn measuring() -> bool {
    std::env::args().any(|arg| arg == "--bench")
}
