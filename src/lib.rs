//! reglament: a regulation-as-code compiler.
//!
//! An administrative regulation is written once in `.rgl` files and compiled
//! through these stages (see `ARCHITECTURE.md`):
//!
//! | stage | function | from | to |
//! |---|---|---|---|
//! | load | [`load::Workspace::unit`] | paths | [`source::Sources`] + [`syntax::ast::File`]s |
//! | parse | [`syntax::parse`] | text | [`syntax::ast::File`] |
//! | check | [`check::check`] | syntax trees | [`model::Regulation`] |
//! | interpret | [`interpret::explain`] | model + facts | [`interpret::Explanation`] |
//! | backend | [`backend::build`] | model | files through an [`output::Writer`] |

pub mod characters;
pub mod diagnostics;
pub mod source;
pub mod syntax;

/// Deadlines under the Civil Code and the production calendar. The same file
/// is copied into every generated rules crate, so there is one implementation.
#[path = "../templates/rust/deadline/mod.rs"]
pub mod deadline;

pub mod backend;
pub mod check;
pub mod diff;
pub mod format;
pub mod interpret;
pub mod load;
pub mod lsp;
pub mod model;
pub mod output;
pub mod project;
pub mod render;
pub mod serve;
