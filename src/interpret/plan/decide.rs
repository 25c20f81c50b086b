//! A decision by a compiled version: `explain_version`'s steps, in its
//! order, over fact numbers, with every answer kept as numbers (what
//! applies, which term, which facts are needed) until it is written.

use jiff::civil::Date;

use super::compile::{Compiled, Lasts};
use super::cond::{Node, Slot, T, Val, has, need};
pub(super) use super::deadlines::Deadlines;

/// A range of one of the decision's lists.
pub(super) type Range = (u32, u32);

/// How a term's or limit's end is answered.
#[derive(Clone, Copy, Debug)]
pub(super) enum End {
    /// Nothing: a duration not counted on the calendar.
    Nothing,
    /// The date it runs from is not given.
    NeedsDate,
    /// The regulation names no production calendar.
    NoCalendar,
    /// A term in hours or minutes whose start is given: stated, not counted.
    Stated,
    /// Counted: the entry of the deadline cache.
    Counted(u32),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct TermAt {
    pub(super) term: u16,
    pub(super) end: End,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TermNeeds {
    None,
    Application,
    Status,
}

#[derive(Clone, Copy, Debug)]
pub(super) enum RepAnswer {
    /// Required, by this rule.
    Required(u16),
    NotRequired,
    Undetermined(Range),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct CatAnswer {
    pub(super) filer: u16,
    /// In `grounds`.
    pub(super) grounds: Range,
    pub(super) app: Option<u16>,
    pub(super) term: Option<TermAt>,
    pub(super) term_needs: TermNeeds,
    pub(super) rep: RepAnswer,
}

/// Something undetermined: a filer or a document, and the facts it needs.
#[derive(Clone, Copy, Debug)]
pub(super) struct Und {
    pub(super) of: u16,
    pub(super) needs: Range,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct DocAnswer {
    pub(super) doc: u16,
    pub(super) copies: Option<u32>,
    pub(super) count: Option<u32>,
    pub(super) needs: Range,
    /// Holds; the facts needed; the counted dates (in `dates`).
    pub(super) validity: Option<(Option<bool>, Range, Range)>,
}

/// One applicant's answer, as numbers.
#[derive(Debug, Default)]
pub(super) struct Decision {
    pub(super) application: Option<u16>,
    /// The given status, by option.
    pub(super) status: Option<u16>,
    pub(super) categories: Vec<CatAnswer>,
    pub(super) application_term: Option<TermAt>,
    pub(super) application_term_needs: bool,
    pub(super) undetermined: Vec<Und>,
    pub(super) documents: Vec<DocAnswer>,
    pub(super) undetermined_documents: Vec<Und>,
    pub(super) limits: Vec<End>,
    pub(super) representative: bool,
    pub(super) representative_needs: Range,
    /// Facts needed, for every list of them.
    pub(super) needs: Vec<Slot>,
    /// The grounds that hold, by number.
    pub(super) grounds: Vec<u16>,
    /// Counted dates of validity windows: which, and the day.
    pub(super) dates: Vec<(u16, Date)>,
    /// Working lists, kept between decisions: the filers that apply
    /// (with their grounds), the kinds they file, lists of needs to merge.
    applying: Vec<(u16, Range)>,
    kinds: Vec<u16>,
    ranges: Vec<Range>,
}

/// Why the plan cannot answer a record; the interpreter does.
#[derive(Debug)]
pub(super) struct Unanswered;

fn len32(v: &[impl Sized]) -> u32 {
    u32::try_from(v.len()).unwrap_or(u32::MAX)
}

fn range_of(needs: &[Slot], start: usize) -> Range {
    (u32::try_from(start).unwrap_or(u32::MAX), len32(needs))
}

/// Evaluates an optional condition (`None` holds) with its own list of needs.
fn eval(c: Option<&Node>, facts: &[Val], needs: &mut Vec<Slot>) -> (T, Range) {
    let start = needs.len();
    let t = c.map_or(T::True, |c| c.eval(facts, needs, start));
    (t, range_of(needs, start))
}

/// A new list: the ranges' facts, each once, in order.
fn merged(needs: &mut Vec<Slot>, ranges: &[Range]) -> Range {
    let start = needs.len();
    for &(a, b) in ranges {
        for i in a..b {
            let s = needs[i as usize];
            need(needs, start, s);
        }
    }
    range_of(needs, start)
}

/// What a decision is asked with.
pub(super) struct Asked {
    /// The plan's number for the version (keys the deadline cache).
    pub(super) version: u32,
    /// The kind of application given, by this version's number.
    pub(super) application: Option<u16>,
    pub(super) accepted: Option<Date>,
}

impl Compiled {
    /// Decides over `facts` (as many as [`Compiled::slots`]; the
    /// acceptance event's date already in them) into `out`.
    pub(super) fn decide(
        &self,
        facts: &mut [Val],
        asked: &Asked,
        app_slot: Slot,
        status_slot: Slot,
        out: &mut Decision,
        deadlines: &mut Deadlines,
    ) -> Result<(), Unanswered> {
        out.categories.clear();
        out.undetermined.clear();
        out.documents.clear();
        out.undetermined_documents.clear();
        out.limits.clear();
        out.needs.clear();
        out.grounds.clear();
        out.dates.clear();
        deadlines.bound();

        let given_app = match asked.application {
            Some(a) => Some(a),
            None => match facts[usize::from(app_slot)] {
                Val::Opt(o) => Some(
                    self.app_of_option
                        .get(usize::from(o))
                        .copied()
                        .flatten()
                        .ok_or(Unanswered)?,
                ),
                _ => None,
            },
        };
        out.status = match facts[usize::from(status_slot)] {
            Val::Opt(o) => Some(o),
            _ => None,
        };

        // Categories and branches that apply, and those undetermined.
        let mut applying = std::mem::take(&mut out.applying);
        applying.clear();
        for cat in &self.categories {
            if given_app.is_some_and(|a| !has(&cat.files, a)) {
                continue;
            }
            let grounds_start = len32(&out.grounds);
            let ground_needs_start = out.needs.len();
            for (i, g) in cat.grounds.iter().enumerate() {
                if eval(g.applies.as_ref(), facts, &mut out.needs).0 == T::True {
                    out.grounds.push(u16::try_from(i).unwrap_or(u16::MAX));
                }
            }
            let grounds = (grounds_start, len32(&out.grounds));
            let ground_needs = range_of(&out.needs, ground_needs_start);
            let grounds_truth = if cat.grounds.is_empty() || grounds.1 > grounds.0 {
                T::True
            } else if ground_needs.1 == ground_needs.0 {
                T::False
            } else {
                T::Unknown
            };
            let mut consider = |filer: u16, (truth, needs): (T, Range), out: &mut Decision| {
                let truth = match (truth, grounds_truth) {
                    (T::False, _) | (_, T::False) => return,
                    (T::True, T::True) => T::True,
                    _ => T::Unknown,
                };
                if truth == T::True {
                    applying.push((filer, grounds));
                } else {
                    let needs = if grounds_truth == T::True {
                        needs
                    } else {
                        merged(&mut out.needs, &[needs, ground_needs])
                    };
                    out.undetermined.push(Und { of: filer, needs });
                }
            };
            if let Some(c) = &cat.applies {
                let e = eval(Some(c), facts, &mut out.needs);
                consider(cat.own, e, out);
            }
            for (filer, applies) in &cat.branches {
                let e = match applies {
                    Some(c) => eval(Some(c), facts, &mut out.needs),
                    None => (T::False, (0, 0)),
                };
                consider(*filer, e, out);
            }
        }

        // The kind: given, or the one every applying category files.
        let application = given_app.or_else(|| {
            let kinds = &mut out.kinds;
            kinds.clear();
            kinds.extend(applying.iter().filter_map(|(f, _)| {
                self.categories[usize::from(self.filers[usize::from(*f)].category)].single_kind
            }));
            kinds.dedup();
            match kinds.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        });

        for &(filer, grounds) in &applying {
            let cat = &self.categories[usize::from(self.filers[usize::from(filer)].category)];
            let app = given_app.or(cat.single_kind);
            let (term, term_needs) = match app {
                Some(app) => {
                    self.term_for(app, usize::from(filer), out.status, facts, asked, deadlines)
                }
                None => (None, TermNeeds::Application),
            };
            let rep = self.representative_for(filer, facts, &mut out.needs);
            out.categories.push(CatAnswer {
                filer,
                grounds,
                app,
                term,
                term_needs,
                rep,
            });
        }

        out.applying = applying;
        out.representative = out
            .categories
            .iter()
            .any(|a| matches!(a.rep, RepAnswer::Required(_)));
        out.representative_needs = (0, 0);
        if !out.representative {
            let mut ranges = std::mem::take(&mut out.ranges);
            ranges.clear();
            for a in &out.categories {
                if let RepAnswer::Undetermined(n) = a.rep {
                    ranges.push(n);
                }
            }
            // A category not decided yet may be one a representative files for.
            for i in 0..out.undetermined.len() {
                let u = out.undetermined[i];
                let Some(f) = self.filers[usize::from(u.of)].undetermined_filer else {
                    continue;
                };
                match self.representative_for(f, facts, &mut out.needs) {
                    RepAnswer::Required(_) => ranges.push(u.needs),
                    RepAnswer::Undetermined(n) => {
                        ranges.push(u.needs);
                        ranges.push(n);
                    }
                    RepAnswer::NotRequired => {}
                }
            }
            out.representative_needs = merged(&mut out.needs, &ranges);
            out.ranges = ranges;
        }

        out.application = application;
        out.application_term = None;
        out.application_term_needs = false;
        if let Some(app) = application.filter(|a| self.any_applicant[usize::from(*a)]) {
            let (term, needs) =
                self.term_for(app, self.filers.len(), out.status, facts, asked, deadlines);
            out.application_term = term;
            out.application_term_needs = needs == TermNeeds::Status;
        }
        for l in &self.limits {
            let start = start_date(&l.lasts, facts, asked.accepted);
            let end = self.end(&l.lasts, start, asked.version, deadlines);
            out.limits.push(end);
        }
        // Documents alone are decided with the kind filled in (the rest
        // reads the facts as given).
        if let Some(app) = application {
            let option = self.option_of_app[usize::from(app)].ok_or(Unanswered)?;
            facts[usize::from(app_slot)] = Val::Opt(option);
        }
        self.documents(facts, out);
        Ok(())
    }

    /// `term_for`: the one term for the kind, filer and status, with its end.
    fn term_for(
        &self,
        app: u16,
        filer: usize,
        status: Option<u16>,
        facts: &[Val],
        asked: &Asked,
        deadlines: &mut Deadlines,
    ) -> (Option<TermAt>, TermNeeds) {
        let mut found = None;
        let mut several = false;
        for &t in &self.candidates[usize::from(app)][filer] {
            let fits = match (&self.terms[usize::from(t)].statuses, status) {
                (None, _) | (_, None) => true,
                (Some(list), Some(s)) => has(list, s),
            };
            if fits {
                several = found.is_some();
                if several {
                    break;
                }
                found = Some(t);
            }
        }
        match found {
            // Several terms match only when the status is unknown.
            Some(_) if several => (None, TermNeeds::Status),
            None => (None, TermNeeds::None),
            Some(term) => {
                let end = match &self.terms[usize::from(term)].lasts {
                    None => End::Nothing,
                    Some(lasts) => {
                        let start = start_date(lasts, facts, asked.accepted);
                        if lasts.duration.unit.deadline_unit().is_none() {
                            if start.is_some() {
                                End::Stated
                            } else {
                                End::Nothing
                            }
                        } else {
                            self.end(lasts, start, asked.version, deadlines)
                        }
                    }
                };
                (Some(TermAt { term, end }), TermNeeds::None)
            }
        }
    }

    /// `dates::count`'s answer, by the cache.
    fn end(
        &self,
        lasts: &Lasts,
        start: Option<Date>,
        version: u32,
        deadlines: &mut Deadlines,
    ) -> End {
        let Some(unit) = lasts.duration.unit.deadline_unit() else {
            return End::Nothing;
        };
        let Some(start) = start else {
            return End::NeedsDate;
        };
        let Some(calendar) = &self.calendar else {
            return End::NoCalendar;
        };
        End::Counted(deadlines.count(version, &lasts.duration, unit, start, calendar))
    }

    /// `representative_for`: required (by the first rule that holds), not
    /// required, or the facts needed to tell.
    fn representative_for(&self, filer: u16, facts: &[Val], needs: &mut Vec<Slot>) -> RepAnswer {
        let start = needs.len();
        let mut unknown = false;
        for &r in &self.filers[usize::from(filer)].representatives {
            let rule = &self.representatives[usize::from(r)];
            match rule
                .applies
                .as_ref()
                .map_or(T::True, |c| c.eval(facts, needs, start))
            {
                T::True => {
                    needs.truncate(start);
                    return RepAnswer::Required(r);
                }
                T::Unknown => unknown = true,
                T::False => {}
            }
        }
        if unknown {
            RepAnswer::Undetermined(range_of(needs, start))
        } else {
            RepAnswer::NotRequired
        }
    }

    fn documents(&self, facts: &[Val], out: &mut Decision) {
        for (i, d) in self.documents.iter().enumerate() {
            let doc = u16::try_from(i).unwrap_or(u16::MAX);
            match eval(d.required.as_ref(), facts, &mut out.needs) {
                (T::True, _) => {
                    let (copies, copies_needs) = amount(&d.copies, facts, &mut out.needs);
                    let (count, count_needs) = amount(&d.count, facts, &mut out.needs);
                    let needs = merged(&mut out.needs, &[copies_needs, count_needs]);
                    let validity = d.validity.as_ref().map(|v| {
                        let (t, needs) = eval(Some(&v.condition), facts, &mut out.needs);
                        let holds = match t {
                            T::True => Some(true),
                            T::False => Some(false),
                            T::Unknown => None,
                        };
                        let start = len32(&out.dates);
                        for (k, (_, slot, shift)) in v.counted.iter().enumerate() {
                            let Some(Val::Date(base)) = facts.get(usize::from(*slot)) else {
                                continue;
                            };
                            if let Some(day) = shift.apply(*base).filter(|d| d.year() >= 1) {
                                out.dates.push((u16::try_from(k).unwrap_or(u16::MAX), day));
                            }
                        }
                        (holds, needs, (start, len32(&out.dates)))
                    });
                    out.documents.push(DocAnswer {
                        doc,
                        copies,
                        count,
                        needs,
                        validity,
                    });
                }
                (T::Unknown, needs) => out.undetermined_documents.push(Und { of: doc, needs }),
                (T::False, _) => {}
            }
        }
    }
}

/// The first amount whose condition holds, else 1; unknown (with the
/// facts it needs) at the first condition that cannot be decided.
fn amount(
    amounts: &[(u32, Option<Node>)],
    facts: &[Val],
    needs: &mut Vec<Slot>,
) -> (Option<u32>, Range) {
    for (n, when) in amounts {
        match eval(when.as_ref(), facts, needs) {
            (T::True, _) => return (Some(*n), (0, 0)),
            (T::Unknown, r) => return (None, r),
            (T::False, _) => {}
        }
    }
    (Some(1), (0, 0))
}

/// The day a term or limit runs from: its event's date, else the acceptance.
fn start_date(lasts: &Lasts, facts: &[Val], accepted: Option<Date>) -> Option<Date> {
    match lasts.from {
        Some(Some(slot)) => match facts[usize::from(slot)] {
            Val::Date(d) => Some(d),
            _ => None,
        },
        Some(None) => None,
        None => accepted,
    }
}
