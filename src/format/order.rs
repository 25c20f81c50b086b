//! The lines of each block in the order the language reference lists them
//! ([`crate::syntax::lines`]), so that two people who add the same line to a
//! clause put it in the same place and their edits diff cleanly.
//!
//! What moves is a *unit*: a line (or a nested block, whole) with the
//! comments on their own lines directly above it and the comment after it
//! on its line. The sort is stable, so lines of one kind keep the order
//! they were written in: the order of `copies ... when` lines, of a
//! choice's options and of a form's sections means something. Nested
//! blocks are ordered inside too. A line the table does not know stays
//! behind the line it follows. A block with a `# fmt: off` region inside is
//! left in its order; so is every block, when such a region cuts across
//! blocks.

use super::{Entry, Kind, Placed};

/// The entries with the lines of every block sorted.
pub(super) fn reorder(entries: Vec<Placed>) -> Vec<Placed> {
    if !balanced(&entries) {
        return entries;
    }
    let mut out = Vec::with_capacity(entries.len());
    let mut iter = entries.into_iter().peekable();
    while let Some(placed) = iter.next() {
        let opens = matches!(&placed.entry, Entry::Element(e) if e.kind == Kind::Open);
        out.push(placed);
        if opens {
            out.extend(body(&mut iter).0);
        }
    }
    out
}

/// Does every block's header have its `end` (no `# fmt: off` region has
/// swallowed one but not the other)?
fn balanced(entries: &[Placed]) -> bool {
    let mut open = 0usize;
    for placed in entries {
        match &placed.entry {
            Entry::Element(e) if e.kind == Kind::Open => open += 1,
            Entry::Element(e) if e.kind == Kind::Close => match open.checked_sub(1) {
                Some(n) => open = n,
                None => return false,
            },
            _ => {}
        }
    }
    open == 0
}

/// A line or nested block with its comments, and where it goes.
struct Unit {
    entries: Vec<Placed>,
    rank: Option<usize>,
}

/// The rest of a block after its header, up to and with its `end`, its
/// lines sorted; and whether it (or a block inside it) has text kept as
/// written, which freezes the order around it.
fn body(iter: &mut std::iter::Peekable<std::vec::IntoIter<Placed>>) -> (Vec<Placed>, bool) {
    // A comment on the header's line stays on it.
    let mut head: Vec<Placed> = Vec::new();
    let mut units: Vec<Unit> = Vec::new();
    let mut pending: Vec<Placed> = Vec::new();
    let mut frozen = false;
    let mut close = None;
    while let Some(placed) = iter.next() {
        match &placed.entry {
            Entry::Trailing(_) if pending.is_empty() => match units.last_mut() {
                Some(unit) => unit.entries.push(placed),
                None => head.push(placed),
            },
            Entry::Comment(_) | Entry::Trailing(_) => pending.push(placed),
            Entry::Verbatim(_) => {
                frozen = true;
                pending.push(placed);
            }
            Entry::Element(e) => match e.kind {
                Kind::Close => {
                    close = Some(placed);
                    break;
                }
                Kind::Line => {
                    let rank = e.rank;
                    pending.push(placed);
                    units.push(Unit {
                        entries: std::mem::take(&mut pending),
                        rank,
                    });
                }
                Kind::Open => {
                    let rank = e.rank;
                    pending.push(placed);
                    let (inner, inner_frozen) = body(iter);
                    frozen |= inner_frozen;
                    pending.extend(inner);
                    units.push(Unit {
                        entries: std::mem::take(&mut pending),
                        rank,
                    });
                }
            },
        }
    }
    if !frozen {
        // A line the table does not know goes with the line before it.
        let mut previous = None;
        for unit in &mut units {
            unit.rank = unit.rank.or(previous);
            previous = unit.rank;
        }
        units.sort_by_key(|u| u.rank.unwrap_or(0));
    }
    let mut out = head;
    out.extend(units.into_iter().flat_map(|u| u.entries));
    out.extend(pending);
    out.extend(close);
    // A comment after the `end` on its line belongs to the block.
    while let Some(next) = iter.next_if(|p| matches!(p.entry, Entry::Trailing(_))) {
        out.push(next);
    }
    (out, frozen)
}
