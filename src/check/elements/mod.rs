//! Building model elements from blocks: each block kind's lines, required
//! and optional, and the references they make.

mod categories;
mod declarations;
mod documents;
mod groups;
mod regulation;
mod terms;
mod text;

use super::conditions::Env;
use super::fields::Fields;
use super::{Checker, clauses, coverage, examples, links};
use crate::diagnostics::messages;
use crate::model::*;
use crate::source::Sources;
use crate::syntax::ast::{self, Block, BlockKind};

/// Builds the whole model and runs every pass over it.
pub(super) fn build(
    cx: &mut Checker,
    files: &[ast::File],
    sources: &Sources,
) -> Option<Regulation> {
    let blocks: Vec<&Block> = files.iter().flat_map(|f| f.blocks.iter()).collect();
    let regulation_blocks = regulation::blocks(cx, &blocks, files, sources);

    let mut reg = regulation::empty(sources);
    // Declarations first: conditions anywhere in the files need their types.
    for block in &blocks {
        declarations::declare(cx, &mut reg, block);
    }
    let env = Env::new(&reg, &cx.untyped_facts);
    for block in &blocks {
        element(cx, &mut reg, &env, block);
    }
    if let Some(block) = regulation_blocks.first() {
        regulation::identity(cx, &mut reg, block);
    }
    // Groups are filled and read as their categories once every block is read.
    groups::settle(cx, &mut reg);

    clauses::check(cx, &blocks);
    // A term or category dropped for an error would show up as a false gap.
    if !cx.coverage_unreliable {
        coverage::check(cx, &reg);
    }
    examples::check(cx, &reg, &env, &blocks);
    links::check(cx, &reg, &blocks, sources);
    if reg.acceptance_event().is_none() {
        for t in &reg.terms {
            if let crate::model::TermLength::Lasts {
                from: Some(event), ..
            } = &t.length
            {
                cx.problems
                    .push(messages::no_acceptance_event(&t.id, event, t.span));
            }
        }
    }
    unused(cx, &blocks);
    for o in &reg.omissions {
        cx.problems
            .push(messages::omission(&o.after.to_string(), o.span));
    }
    regulation_blocks.first().map(|_| reg)
}

fn element(cx: &mut Checker, reg: &mut Regulation, env: &Env, block: &Block) {
    let f = Fields::new(block);
    if !matches!(
        block.kind,
        BlockKind::Regulation | BlockKind::Calendar | BlockKind::Amendment | BlockKind::Dormant
    ) {
        reg.contents.push(ContentEntry {
            kind: block.kind.keyword().to_owned(),
            id: block.name.text.clone(),
        });
    }
    match block.kind {
        // Read by `declare` and `identity`.
        BlockKind::Regulation
        | BlockKind::Status
        | BlockKind::Application
        | BlockKind::Choice
        | BlockKind::Fact
        | BlockKind::Event => {}
        // Read by `time`, over every version at once.
        BlockKind::Amendment => {}
        // Not in force in this version: only its id (and a repealed
        // clause's number) stays.
        BlockKind::Dormant => {}
        BlockKind::Fee => text::fee(cx, reg, &f),
        // Read with the block they are nested in.
        BlockKind::Year | BlockKind::Branch | BlockKind::Ground | BlockKind::Rule => {}
        // Read with their form (`forms::form`).
        BlockKind::Section | BlockKind::FormField | BlockKind::Sample => {}
        BlockKind::Calendar => text::calendar(cx, reg, &f),
        BlockKind::Part => text::part(cx, reg, &f),
        BlockKind::Act => text::act(cx, reg, &f),
        BlockKind::Definition => text::definition(cx, reg, &f),
        BlockKind::Category => {
            guarding_coverage(cx, |cx| categories::category(cx, reg, env, &f));
        }
        BlockKind::Group => groups::group(cx, reg, &f),
        BlockKind::Representative => categories::representative(cx, reg, env, &f),
        BlockKind::Term => guarding_coverage(cx, |cx| terms::term(cx, reg, &f)),
        BlockKind::Limit => terms::limit(cx, reg, &f),
        BlockKind::Document => documents::document(cx, reg, env, &f),
        BlockKind::Form => documents::form(cx, reg, &f),
        BlockKind::Channel => declarations::titled(cx, reg, &f),
        BlockKind::Duty => text::duty(cx, reg, &f),
        BlockKind::Result | BlockKind::Provision => text::provision(cx, reg, &f),
        BlockKind::Omission => text::omission(cx, reg, &f),
        BlockKind::Example => {
            if let Some(example) = examples::build(cx, env, block, &f) {
                reg.examples.push(example);
            }
        }
    }
}

/// Reads a term or category, noting in `coverage_unreliable` whether that
/// reported an error.
fn guarding_coverage(cx: &mut Checker, read: impl FnOnce(&mut Checker)) {
    let before = cx.error_count();
    read(cx);
    if cx.error_count() > before {
        cx.coverage_unreliable = true;
    }
}

/// Declarations nobody refers to.
fn unused(cx: &mut Checker, blocks: &[&Block]) {
    for block in blocks {
        let watched = matches!(
            block.kind,
            BlockKind::Act
                | BlockKind::Fact
                | BlockKind::Choice
                | BlockKind::Event
                | BlockKind::Channel
        );
        let reserved = super::RESERVED_IDS.contains(&block.name.text.as_str());
        if watched && !reserved && !cx.used.contains(&block.name.text) {
            cx.problems.push(messages::unused(
                block.kind.keyword(),
                &block.name.text,
                block.name.span,
            ));
        }
    }
}
