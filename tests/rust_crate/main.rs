//! The `rust` target, the generated rules crate.
//!
//! - `backend`: the generated code is what rustfmt prints, and a regulation
//!   written to break code generators gives a crate that builds, lints,
//!   tests and documents every text as written;
//! - `differential`: the bundled regulation's crate (`out/rust/`) decides
//!   every example and thousands of made-up applicants exactly as the
//!   interpreter does;
//! - `amended`: an amended regulation's crate keeps every version and
//!   decides as the interpreter does on both sides of every change;
//! - `second`: a second regulation's crate counts terms and limits from
//!   other events, compares dates with dates and checks a validity
//!   window, as the interpreter does;
//! - `batch`: the crate's batch API, on one thread and on every core,
//!   gives `decide` of each applicant in order;
//! - `groups`: groups of categories and documents `for category` in a
//!   synthetic regulation's crate, decided as the interpreter does;
//! - `columns`: fact columns laid out as Arrow's buffers read back as each
//!   applicant's facts and decide as `decide` does; the element sets;
//! - `representative`: legal-representative rules that read the category
//!   applied under, in a plain and an amended synthetic regulation's
//!   crate, decided as the interpreter does on every combination of facts;
//! - `large`: a synthetic regulation several times Order No. 417's size
//!   gives a crate that compiles and passes clippy.
//!
//! One test binary for both (each binary links all of reglament).

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod amended;
mod backend;
mod batch;
mod columns;
mod differential;
mod groups;
mod large;
mod polarity;
mod representative;
mod second;
mod support;
