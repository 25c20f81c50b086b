//! One version of a regulation compiled for deciding many applicants:
//! conditions over fact numbers, elements by number, the terms each
//! application, filer and status may have looked up once, and every piece
//! of `explain --format json`'s answer that does not depend on the
//! applicant written out as JSON in advance.

use crate::check::coverage::{Filer, filers};
use crate::model::{ClauseText, Condition, Duration, Regulation, TermLength, Value};

pub(super) use super::compiled::{
    Cat, Compiled, Doc, FilerInfo, Ground, Lasts, LimitInfo, Rep, TermInfo, ValidityInfo,
};
use super::cond::{Facts, Node, Slot, Val};
use super::layout::{Kind, Layout};

/// A string as JSON.
pub(super) fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// An optional string as JSON.
pub(super) fn js_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "null".to_owned(), js)
}

fn clause(c: &ClauseText) -> Option<String> {
    c.clause.as_ref().map(ToString::to_string)
}

/// The layout and the names only this version uses, as conditions are
/// compiled.
struct Names<'a> {
    layout: &'a Layout,
    extra: Vec<String>,
}

impl Facts for Names<'_> {
    fn slot(&mut self, name: &str) -> Slot {
        if let Some(s) = self.layout.slot(name) {
            return s;
        }
        let i = match self.extra.iter().position(|e| e == name) {
            Some(i) => i,
            None => {
                self.extra.push(name.to_owned());
                self.extra.len() - 1
            }
        };
        Slot::try_from(self.layout.len() + i).unwrap_or(Slot::MAX)
    }

    fn literal(&self, slot: Slot, value: &Value) -> Option<Val> {
        if usize::from(slot) >= self.layout.len() {
            // Never given: never compared.
            return Some(Val::Unknown);
        }
        self.layout.literal(slot, value)
    }

    fn is_date(&self, slot: Slot) -> bool {
        usize::from(slot) >= self.layout.len()
            || matches!(self.layout.kinds[usize::from(slot)], Kind::Date)
    }

    fn is_choice(&self, slot: Slot) -> bool {
        usize::from(slot) < self.layout.len()
            && matches!(self.layout.kinds[usize::from(slot)], Kind::Choice(_))
    }
}

fn num(i: usize) -> Option<u16> {
    u16::try_from(i).ok()
}

impl Compiled {
    /// `reg` compiled against `layout`; `None` when some part of it is
    /// outside what the plan answers exactly as `explain` does (the
    /// interpreter then answers for this version).
    pub(super) fn new(reg: &Regulation, layout: &Layout) -> Option<Compiled> {
        // Documents, copies and counts `for category` depend on the
        // category applied under (`interpret::for_category`), which the
        // plan does not follow: the interpreter answers such a regulation.
        let for_category = reg.documents.iter().any(|d| {
            d.categories.is_some()
                || d.copies
                    .iter()
                    .chain(&d.count)
                    .any(|a| a.categories.is_some())
        });
        // So do conditions that read the category (`category is ...`).
        let reads_category = |c: &Option<Condition>| {
            c.as_ref().is_some_and(|c| {
                let mut read = Vec::new();
                c.facts(&mut read);
                read.iter().any(|f| f == crate::model::CATEGORY)
            })
        };
        let by_category = reg.documents.iter().any(|d| {
            reads_category(&d.required)
                || d.copies
                    .iter()
                    .chain(&d.count)
                    .any(|a| reads_category(&a.when))
        }) || reg
            .representatives
            .iter()
            .any(|r| reads_category(&r.applies));
        if for_category || by_category {
            return None;
        }
        let mut names = Names {
            layout,
            extra: Vec::new(),
        };
        fn cond(c: &Option<Condition>, names: &mut Names<'_>) -> Option<Option<Node>> {
            match c {
                None => Some(None),
                Some(c) => Node::compile(c, names).map(Some),
            }
        }

        let apps: Vec<(String, String)> = reg
            .applications
            .iter()
            .map(|a| (a.id.clone(), js(&a.id)))
            .collect();
        let app_index = |id: &str| apps.iter().position(|(a, _)| a == id).and_then(num);
        let app_slot = layout.slot("application")?;
        let layout_apps: Vec<&str> = match &layout.kinds[usize::from(app_slot)] {
            Kind::Choice(options) => options.iter().map(String::as_str).collect(),
            _ => return None,
        };
        let app_of_option = layout_apps.iter().map(|o| app_index(o)).collect();
        let option_of_app = apps
            .iter()
            .map(|(a, _)| layout_apps.iter().position(|o| o == a).and_then(num))
            .collect();
        let any_applicant = apps
            .iter()
            .map(|(a, _)| {
                filers(reg, a)
                    == [Filer {
                        category: None,
                        branch: None,
                    }]
            })
            .collect();
        let status_slot = layout.slot("status")?;
        let layout_statuses: Vec<&str> = match &layout.kinds[usize::from(status_slot)] {
            Kind::Choice(options) => options.iter().map(String::as_str).collect(),
            _ => return None,
        };

        // Every category's own text, then each of its branches.
        let mut filer_list: Vec<Filer> = Vec::new();
        let mut categories = Vec::new();
        let mut filer_infos = Vec::new();
        for (ci, c) in reg.categories.iter().enumerate() {
            let files = c
                .files
                .iter()
                .map(|f| app_index(f))
                .collect::<Option<Vec<u16>>>()?;
            let single_kind = match files.as_slice() {
                [one] => Some(*one),
                _ => None,
            };
            let category_clause = clause(&c.clause).unwrap_or_default();
            let mut filer = |branch: Option<&str>| -> Option<u16> {
                let id = branch.unwrap_or(&c.id);
                let f = Filer {
                    category: Some(c.id.clone()),
                    branch: branch.map(str::to_owned),
                };
                let representatives = reg
                    .representatives
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| {
                        r.categories
                            .iter()
                            .any(|x| *x == c.id || branch == Some(x.as_str()))
                    })
                    .map(|(i, _)| num(i))
                    .collect::<Option<Vec<u16>>>()?;
                filer_infos.push(FilerInfo {
                    category: num(ci)?,
                    answer: format!(
                        "{{\"id\":{},\"category\":{},\"branch\":{},\"clause\":{},\"grounds\":[",
                        js(id),
                        js(&c.id),
                        js_opt(branch),
                        js(&category_clause)
                    ),
                    undetermined: format!(
                        "{{\"id\":{},\"clause\":{},\"needs\":[",
                        js(id),
                        js_opt(clause(&c.clause).as_deref())
                    ),
                    id: id.to_owned(),
                    category_clause: category_clause.clone(),
                    clause: clause(&c.clause),
                    representatives,
                    undetermined_filer: None,
                });
                filer_list.push(f);
                num(filer_list.len() - 1)
            };
            let own = filer(None)?;
            let mut branches = Vec::new();
            for b in &c.branches {
                let f = filer(Some(&b.id))?;
                branches.push((f, cond(&b.applies, &mut names)?));
            }
            let grounds = c
                .grounds
                .iter()
                .map(|g| {
                    Some(Ground {
                        applies: cond(&g.applies, &mut names)?,
                        json: format!(
                            "{{\"id\":{},\"clause\":{}}}",
                            js(&g.id),
                            js_opt(clause(&g.clause).as_deref())
                        ),
                    })
                })
                .collect::<Option<Vec<_>>>()?;
            categories.push(Cat {
                files,
                single_kind,
                applies: cond(&c.applies, &mut names)?,
                own,
                branches,
                grounds,
            });
        }
        // `undetermined_filer`: the first category with the id, else the
        // first with a branch of that id.
        for info in &mut filer_infos {
            let id = info.id.clone();
            let found = reg.categories.iter().find_map(|c| {
                if c.id == id {
                    Some((c.id.clone(), None))
                } else {
                    c.branches
                        .iter()
                        .any(|b| b.id == id)
                        .then(|| (c.id.clone(), Some(id.clone())))
                }
            });
            info.undetermined_filer = found.and_then(|(category, branch)| {
                filer_list
                    .iter()
                    .position(|f| f.category.as_ref() == Some(&category) && f.branch == branch)
                    .and_then(num)
            });
        }

        let acceptance = reg.acceptance_event().map(|e| e.id.clone());
        let start_name = |from: Option<&String>| {
            from.cloned()
                .or_else(|| acceptance.clone())
                .unwrap_or_else(|| super::super::ACCEPTED.to_owned())
        };
        let lasts = |duration: &Duration, from: Option<&String>, names: &mut Names<'_>| Lasts {
            duration: duration.clone(),
            from: from.map(|e| {
                let s = names.slot(e);
                (usize::from(s) < layout.len()).then_some(s)
            }),
            needs_date: format!(",\"needs_date\":{}", js(&start_name(from))),
            start_name: start_name(from),
        };
        let unit_json =
            |u: crate::model::DurationUnit| serde_json::to_string(&u).unwrap_or_default();

        let mut terms = Vec::new();
        for t in &reg.terms {
            let head = format!(
                "{{\"id\":{},\"clause\":{}",
                js(&t.id),
                js_opt(clause(&t.clause).as_deref())
            );
            let statuses = t.statuses.as_ref().map(|list| {
                layout_statuses
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| list.iter().any(|x| x == *s))
                    .filter_map(|(i, _)| num(i))
                    .collect()
            });
            let (json, lasts, words) = match &t.length {
                TermLength::Lasts { duration, from } => (
                    format!(
                        "{head},\"amount\":{},\"unit\":{},\"from\":{},\"not_stated\":false",
                        duration.amount,
                        unit_json(duration.unit),
                        js_opt(from.as_deref())
                    ),
                    Some(lasts(duration, from.as_ref(), &mut names)),
                    format!(
                        "{} {}",
                        duration.amount,
                        duration.unit.words(duration.amount)
                    ),
                ),
                TermLength::NotStated { .. } => (
                    format!(
                        "{head},\"amount\":null,\"unit\":null,\"from\":null,\"not_stated\":true"
                    ),
                    None,
                    "not stated".to_owned(),
                ),
            };
            let stated = match &t.length {
                TermLength::Lasts { duration, .. } if duration.unit.deadline_unit().is_none() => {
                    format!(
                        ",\"deadline_error\":{}",
                        js(&format!(
                            "a term in {} is stated, not counted on the calendar",
                            duration.unit.words(2)
                        ))
                    )
                }
                _ => String::new(),
            };
            terms.push(TermInfo {
                json,
                stated,
                lasts,
                statuses,
                clause: clause(&t.clause),
                words,
            });
        }
        let any = Filer {
            category: None,
            branch: None,
        };
        let candidates = apps
            .iter()
            .map(|(app, _)| {
                filer_list
                    .iter()
                    .chain(std::iter::once(&any))
                    .map(|f| {
                        reg.terms
                            .iter()
                            .enumerate()
                            .filter(|(_, t)| t.applications.iter().any(|a| a == app))
                            .filter(|(_, t)| f.selected_by(t.categories.as_ref()))
                            .filter_map(|(i, _)| num(i))
                            .collect()
                    })
                    .collect()
            })
            .collect();

        let representatives = reg
            .representatives
            .iter()
            .map(|r| {
                Some(Rep {
                    applies: cond(&r.applies, &mut names)?,
                    clause: clause(&r.clause),
                    clause_json: js_opt(clause(&r.clause).as_deref()),
                })
            })
            .collect::<Option<Vec<_>>>()?;

        let mut documents = Vec::new();
        for d in &reg.documents {
            let c = clause(&d.clause);
            let amounts = |list: &[crate::model::Amount], names: &mut Names<'_>| {
                list.iter()
                    .map(|a| Some((a.amount, cond(&a.when, names)?)))
                    .collect::<Option<Vec<_>>>()
            };
            let validity = match &d.valid {
                None => None,
                Some(v) => {
                    let mut counted: Vec<(String, Slot, crate::model::Shift)> = Vec::new();
                    let mut dates = Vec::new();
                    counted_dates(&v.condition, &mut dates);
                    for (text, of, shift) in dates {
                        if counted.iter().any(|(t, _, _)| *t == text) {
                            continue;
                        }
                        counted.push((text, names.slot(&of), shift));
                    }
                    let counted = counted
                        .into_iter()
                        .map(|(text, slot, shift)| {
                            (format!("{{\"of\":{},\"date\":", js(&text)), slot, shift)
                        })
                        .collect();
                    Some(ValidityInfo {
                        condition: Node::compile(&v.condition, &mut names)?,
                        json: format!("{{\"words\":{},\"holds\":", js(&v.words)),
                        counted,
                    })
                }
            };
            documents.push(Doc {
                required: cond(&d.required, &mut names)?,
                copies: amounts(&d.copies, &mut names)?,
                count: amounts(&d.count, &mut names)?,
                json: format!(
                    "{{\"id\":{},\"clause\":{},\"copies\":",
                    js(&d.id),
                    js_opt(c.as_deref())
                ),
                undetermined: format!(
                    "{{\"id\":{},\"clause\":{},\"needs\":[",
                    js(&d.id),
                    js_opt(c.as_deref())
                ),
                form: format!(",\"form\":{}", js_opt(d.form.as_deref())),
                validity,
                id: d.id.clone(),
                clause: c,
            });
        }

        let limits = reg
            .limits
            .iter()
            .map(|l| LimitInfo {
                json: format!(
                    "{{\"id\":{},\"clause\":{},\"amount\":{},\"unit\":{},\"from\":{},\"on_calendar\":{}",
                    js(&l.id),
                    js_opt(clause(&l.clause).as_deref()),
                    l.duration.amount,
                    unit_json(l.duration.unit),
                    js_opt(l.from.as_deref()),
                    l.duration.unit.deadline_unit().is_some()
                ),
                lasts: lasts(&l.duration, l.from.as_ref(), &mut names),
            })
            .collect();

        let mut plain_names = layout.names.clone();
        plain_names.extend(names.extra.iter().cloned());
        Some(Compiled {
            slots: plain_names.len(),
            statuses: layout_statuses.iter().map(|s| js(s)).collect(),
            names: plain_names.iter().map(|n| js(n)).collect(),
            plain_names,
            apps,
            app_of_option,
            option_of_app,
            any_applicant,
            categories,
            filers: filer_infos,
            terms,
            candidates,
            representatives,
            documents,
            limits,
            calendar: super::super::calendar_of(reg),
        })
    }
}

/// Each date counted from another in `c`: as written, its fact, its shift.
fn counted_dates(c: &Condition, out: &mut Vec<(String, String, crate::model::Shift)>) {
    match c {
        Condition::All { parts } | Condition::Any { parts } => {
            parts.iter().for_each(|p| counted_dates(p, out));
        }
        Condition::Not { inner } => counted_dates(inner, out),
        Condition::Fact { .. } => {}
        Condition::Compare { values, .. } => {
            for v in values {
                if let Value::DateOf(d) = v
                    && let Some(shift) = d.shift
                {
                    out.push((d.to_string(), d.of.clone(), shift));
                }
            }
        }
    }
}
