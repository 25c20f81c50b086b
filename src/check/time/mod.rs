//! The checker on the time axis.
//!
//! Amendments give the regulation versions: its life is split at every
//! in-force date, the sources are projected to each interval (`project`:
//! the elements in force, each line in the wording of that day) and each
//! projection goes through the same checks as a regulation without time.
//! So term coverage, references and numbering are proven for every day
//! at compile time, and the cost is the source's size times the number of
//! versions. A problem that holds on some versions only names the days it
//! holds on. What only the whole timeline can show (amendments, the dates
//! of changes, overlapping wordings, reused numbers) is checked here once.
//! `history` folds the versions' models into one model that presents the
//! latest version and carries the others.

mod history;
mod lines;
mod project;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::civil::Date;

use super::fields::Fields;
use super::{check_version, line_readers};
use crate::diagnostics::messages::{TimeLimit, TimedChange};
use crate::diagnostics::{Code, Problem, messages};
use crate::model::{Amendment, Change, ChangeKind, ClauseNumber, Enactment, Regulation};
use crate::source::{Sources, Span};
use crate::syntax::ast::{Block, BlockKind, FieldValue, File, Name};

/// Checks every version of the regulation; returns the model presenting
/// the latest one, with the history of the others, and every problem.
pub(super) fn check(files: &[File], sources: &Sources) -> (Option<Regulation>, Vec<Problem>) {
    let mut problems = Vec::new();
    let timeline = Timeline::read(files, &mut problems);
    if !timeline.has_time {
        let (reg, mut found) = check_version(files, sources, BTreeMap::new());
        found.extend(problems);
        return (reg, found);
    }
    let intervals = timeline.intervals();
    let mut models = Vec::new();
    let mut found: Vec<(Problem, Vec<usize>)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, &(from, _)) in intervals.iter().enumerate() {
        let latest = i + 1 == intervals.len();
        let in_interval = |day: Date| crate::model::holds(intervals[i].0, intervals[i].1, day);
        let (projected, dormant) = project::project(files, &timeline, from, latest, &in_interval);
        let (reg, version_problems) = check_version(&projected, sources, dormant);
        for p in version_problems {
            let key = format!("{p:?}");
            match seen.get(&key) {
                Some(&at) => found[at].1.push(i),
                None => {
                    seen.insert(key, found.len());
                    found.push((p, vec![i]));
                }
            }
        }
        models.push(reg);
    }
    for (p, on) in found {
        if on.len() == intervals.len() {
            problems.push(p);
        } else if p.code != Code::Unused {
            // A declaration unused on some days only is used.
            problems.push(messages::on_intervals(p, &merge(&intervals, &on)));
        }
    }
    let models: Option<Vec<Regulation>> = models.into_iter().collect();
    let combined = models.and_then(|m| history::combine(m, &intervals, timeline.amendments()));
    let reg = combined.map(|(reg, unchanged)| {
        problems.extend(unchanged);
        reg
    });
    (reg, problems)
}

/// Runs of consecutive intervals, as the days they cover.
fn merge(
    intervals: &[(Option<Date>, Option<Date>)],
    on: &[usize],
) -> Vec<(Option<Date>, Option<Date>)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &i in on {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == i => *end = i,
            _ => runs.push((i, i)),
        }
    }
    runs.iter()
        .map(|&(s, e)| (intervals[s].0, intervals[e].1))
        .collect()
}

/// A declared amendment.
struct Declared {
    model: Amendment,
}

/// The amendments and the dates they take effect.
pub(super) struct Timeline {
    amendments: BTreeMap<String, Declared>,
    /// Do the sources use time at all (amendments, dated examples)?
    has_time: bool,
    /// Clause numbers of repealed elements that another element claims
    /// (reported once, here; the repealed element then keeps no number).
    reused: BTreeSet<ClauseNumber>,
}

impl Timeline {
    /// The day an amendment takes effect, if it is declared with one.
    pub(super) fn date(&self, id: &Name) -> Option<Date> {
        self.amendments.get(&id.text).map(|a| a.model.in_force)
    }

    /// Is this repealed element's number claimed by another element?
    pub(super) fn is_reused(&self, n: &ClauseNumber) -> bool {
        self.reused.contains(n)
    }

    /// The intervals between in-force dates: before the first, between
    /// each two, and from the last on.
    fn intervals(&self) -> Vec<(Option<Date>, Option<Date>)> {
        let dates: BTreeSet<Date> = self.amendments.values().map(|a| a.model.in_force).collect();
        let mut out = Vec::new();
        let mut from = None;
        for d in dates {
            out.push((from, Some(d)));
            from = Some(d);
        }
        out.push((from, None));
        out
    }

    /// The amendments for the model, by in-force date.
    fn amendments(&self) -> Vec<Amendment> {
        let mut list: Vec<Amendment> = self.amendments.values().map(|a| a.model.clone()).collect();
        list.sort_by_key(|a| (a.in_force, a.span.file, a.span.start));
        list
    }

    /// Reads the amendment blocks and every line that places an element in
    /// time, reporting what is wrong with them.
    fn read(files: &[File], problems: &mut Vec<Problem>) -> Timeline {
        let blocks: Vec<&Block> = files.iter().flat_map(|f| f.blocks.iter()).collect();
        let mut tl = Timeline {
            amendments: BTreeMap::new(),
            has_time: false,
            reused: BTreeSet::new(),
        };
        let regulation_date = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Regulation)
            .flat_map(|b| b.fields.iter())
            .find_map(|f| match &f.value {
                FieldValue::Order {
                    date, date_span, ..
                } => Some((*date, *date_span)),
                _ => None,
            });
        for block in blocks.iter().filter(|b| b.kind == BlockKind::Amendment) {
            tl.has_time = true;
            if let Some(d) = amendment(block, regulation_date, problems) {
                // A second declaration of the id is reported as R0201 by the checker.
                tl.amendments.entry(block.name.text.clone()).or_insert(d);
            }
        }
        let mut index: BTreeMap<&str, (BlockKind, Span)> = BTreeMap::new();
        for b in &blocks {
            lines::index(b, &mut index);
        }
        let mut claims = Vec::new();
        for b in &blocks {
            if b.kind == BlockKind::Example
                && b.fields
                    .iter()
                    .any(|f| matches!(f.value, FieldValue::AsOf(_)))
            {
                tl.has_time = true;
            }
            lines::walk(&mut tl, &index, b, problems, &mut claims);
        }
        tl.reused = lines::reused_clauses(&claims, problems);
        for a in tl.amendments.values() {
            if a.model.changes.is_empty() {
                problems.push(messages::amendment_without_change(
                    &a.model.id,
                    a.model.span,
                ));
            }
        }
        tl
    }

    /// Records a change an amendment makes.
    fn record(&mut self, by: &str, change: Change) {
        if let Some(a) = self.amendments.get_mut(by) {
            a.model.changes.push(change);
        }
    }
}

/// An `amendment` block's lines; `None` when it has no in-force date.
fn amendment(
    block: &Block,
    regulation_date: Option<(Date, Span)>,
    problems: &mut Vec<Problem>,
) -> Option<Declared> {
    let f = Fields::new(block);
    let title = f.one(problems, pick!(Title(t) => t.value.clone()));
    let enactment =
        |number: &crate::syntax::ast::Text, date: Date, by: &crate::syntax::ast::Text| Enactment {
            number: number.value.clone(),
            date,
            by: by.value.clone(),
        };
    let order = f.one(
        problems,
        pick!(Order { number, date, date_span, by } => (enactment(number, *date, by), *date_span)),
    );
    let registration = f.one(
        problems,
        pick!(Registered { number, date, by, .. } => enactment(number, *date, by)),
    );
    let published = f.one(problems, pick!(Published(t) => t.value.clone()));
    let source = f.one(problems, pick!(Source(t) => t.value.clone()));
    let (in_force, date_span) = f.required(
        problems,
        "in force from",
        pick!(InForce { date, date_span } => (*date, *date_span)),
    )?;
    let signed = order.as_ref().map(|(o, s)| (o.date, *s));
    if let Some((signed, signed_span)) = signed.filter(|(d, _)| in_force < *d) {
        problems.push(messages::change_out_of_time(
            TimedChange::Amendment(&block.name.text),
            in_force,
            TimeLimit::Signed(signed),
            date_span,
            signed_span,
        ));
    }
    if let Some((day, span)) = regulation_date.filter(|(d, _)| in_force <= *d) {
        problems.push(messages::change_out_of_time(
            TimedChange::Amendment(&block.name.text),
            in_force,
            TimeLimit::RegulationOrder(day),
            date_span,
            span,
        ));
    }
    Some(Declared {
        model: Amendment {
            id: block.name.text.clone(),
            title,
            order: order.map(|(o, _)| o),
            registration,
            published,
            in_force,
            source,
            notes: line_readers::notes(&f),
            changes: Vec::new(),
            span: block.name.span,
        },
    })
}

/// The element kind a change is recorded under.
fn change(block: &Block, what: ChangeKind, span: Span) -> Change {
    Change {
        kind: block.kind.keyword().to_owned(),
        id: block.name.text.clone(),
        what,
        span,
    }
}
