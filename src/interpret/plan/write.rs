//! A decision written out: as `explain --format json` prints it (byte for
//! byte: the tests compare the two); the columns of `decide`'s CSV are
//! in `columns.rs`.

use jiff::civil::Date;

use super::compile::Compiled;
use super::decide::{Deadlines, Decision, End, Range, RepAnswer, TermAt, TermNeeds};

/// A decision and what it is written with.
pub(super) struct Written<'a> {
    pub(super) compiled: &'a Compiled,
    pub(super) decision: &'a Decision,
    pub(super) deadlines: &'a Deadlines,
    /// `,"version":{"day":` ... for an amended regulation: the version's
    /// part after the day, and the day.
    pub(super) version: Option<(&'a str, Option<Date>)>,
}

fn list(out: &mut Vec<u8>, items: impl IntoIterator<Item = impl FnOnce(&mut Vec<u8>)>) {
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out);
    }
}

fn number(out: &mut Vec<u8>, n: Option<u32>) {
    match n {
        Some(n) => decimal(out, n),
        None => out.extend_from_slice(b"null"),
    }
}

/// `n` in decimal, without the formatting machinery (two hundred
/// instructions a number through `write!`, a few copies a record): the
/// end of `digits`. The one digit writer of the plan and of `decide`
/// (its line numbers).
pub fn decimal_digits(digits: &mut [u8; 20], n: u64) -> &[u8] {
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &digits[i..]
}

/// `n` in decimal, appended to `out`.
pub(super) fn decimal(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(decimal_digits(&mut [0; 20], u64::from(n)));
}

/// A date as JSON: `"YYYY-MM-DD"` written digit by digit for the years
/// it is written so in (serde would go through `Display` and escape the
/// result), others as serde writes them.
fn date(out: &mut Vec<u8>, d: Option<Date>) {
    match d {
        Some(d) if (0..=9999).contains(&d.year()) => {
            let (y, m, day) = (
                d.year().unsigned_abs(),
                d.month().unsigned_abs(),
                d.day().unsigned_abs(),
            );
            let digit = |n: u16| b'0' + (n % 10) as u8;
            out.extend_from_slice(&[
                b'"',
                digit(y / 1000),
                digit(y / 100),
                digit(y / 10),
                digit(y),
                b'-',
                digit(u16::from(m) / 10),
                digit(u16::from(m)),
                b'-',
                digit(u16::from(day) / 10),
                digit(u16::from(day)),
                b'"',
            ]);
        }
        _ => {
            let _ = serde_json::to_writer(&mut *out, &d);
        }
    }
}

impl Written<'_> {
    fn needs(&self, out: &mut Vec<u8>, (a, b): Range) {
        let needs = &self.decision.needs[a as usize..b as usize];
        list(
            out,
            needs.iter().map(|&s| {
                move |out: &mut Vec<u8>| {
                    out.extend_from_slice(self.compiled.names[usize::from(s)].as_bytes())
                }
            }),
        );
    }

    fn end(&self, out: &mut Vec<u8>, end: End, stated: &str, needs_date: &str) {
        match end {
            End::Nothing => {}
            End::NeedsDate => out.extend_from_slice(needs_date.as_bytes()),
            End::NoCalendar => out.extend_from_slice(
                b",\"deadline_error\":\"the regulation names no production calendar\"",
            ),
            End::Stated => out.extend_from_slice(stated.as_bytes()),
            End::Counted(i) => {
                out.extend_from_slice(self.deadlines.json(i));
            }
        }
    }

    fn term(&self, out: &mut Vec<u8>, t: Option<TermAt>) {
        let Some(t) = t else {
            out.extend_from_slice(b"null");
            return;
        };
        let info = &self.compiled.terms[usize::from(t.term)];
        out.extend_from_slice(info.json.as_bytes());
        let needs_date = info.lasts.as_ref().map_or("", |l| l.needs_date.as_str());
        self.end(out, t.end, &info.stated, needs_date);
        out.push(b'}');
    }

    fn app(&self, out: &mut Vec<u8>, app: Option<u16>) {
        match app {
            Some(a) => out.extend_from_slice(self.compiled.apps[usize::from(a)].1.as_bytes()),
            None => out.extend_from_slice(b"null"),
        }
    }

    /// The decision as `explain --format json` prints it.
    pub(super) fn json(&self, out: &mut Vec<u8>) {
        let (c, d) = (self.compiled, self.decision);
        out.extend_from_slice(b"{\"application\":");
        self.app(out, d.application);
        out.extend_from_slice(b",\"status\":");
        match d.status {
            Some(s) => out.extend_from_slice(c.statuses[usize::from(s)].as_bytes()),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"categories\":[");
        list(
            out,
            d.categories.iter().map(|a| {
                move |out: &mut Vec<u8>| {
                    let filer = &c.filers[usize::from(a.filer)];
                    out.extend_from_slice(filer.answer.as_bytes());
                    let cat = &c.categories[usize::from(filer.category)];
                    let grounds = &d.grounds[a.grounds.0 as usize..a.grounds.1 as usize];
                    list(
                        out,
                        grounds.iter().map(|&g| {
                            move |out: &mut Vec<u8>| {
                                out.extend_from_slice(cat.grounds[usize::from(g)].json.as_bytes());
                            }
                        }),
                    );
                    out.extend_from_slice(b"],\"application\":");
                    self.app(out, a.app);
                    out.extend_from_slice(b",\"term\":");
                    self.term(out, a.term);
                    out.extend_from_slice(match a.term_needs {
                        TermNeeds::None => b",\"term_needs\":[]".as_slice(),
                        TermNeeds::Application => b",\"term_needs\":[\"application\"]",
                        TermNeeds::Status => b",\"term_needs\":[\"status\"]",
                    });
                    out.extend_from_slice(b",\"representative\":");
                    let (required, clause, needs) = match a.rep {
                        RepAnswer::Required(r) => (
                            true,
                            c.representatives[usize::from(r)].clause_json.as_str(),
                            (0, 0),
                        ),
                        RepAnswer::NotRequired => (false, "null", (0, 0)),
                        RepAnswer::Undetermined(n) => (false, "null", n),
                    };
                    out.extend_from_slice(if required { b"true" } else { b"false" });
                    out.extend_from_slice(b",\"representative_clause\":");
                    out.extend_from_slice(clause.as_bytes());
                    out.extend_from_slice(b",\"representative_needs\":[");
                    self.needs(out, needs);
                    out.extend_from_slice(b"]}");
                }
            }),
        );
        out.extend_from_slice(b"],\"application_term\":");
        self.term(out, d.application_term);
        out.extend_from_slice(if d.application_term_needs {
            b",\"application_term_needs\":[\"status\"]".as_slice()
        } else {
            b",\"application_term_needs\":[]"
        });
        out.extend_from_slice(b",\"undetermined\":[");
        list(
            out,
            d.undetermined.iter().map(|u| {
                move |out: &mut Vec<u8>| {
                    out.extend_from_slice(c.filers[usize::from(u.of)].undetermined.as_bytes());
                    self.needs(out, u.needs);
                    out.extend_from_slice(b"]}");
                }
            }),
        );
        out.extend_from_slice(b"],\"documents\":[");
        list(
            out,
            d.documents.iter().map(|a| {
                move |out: &mut Vec<u8>| {
                    let doc = &c.documents[usize::from(a.doc)];
                    out.extend_from_slice(doc.json.as_bytes());
                    number(out, a.copies);
                    out.extend_from_slice(b",\"count\":");
                    number(out, a.count);
                    out.extend_from_slice(b",\"needs\":[");
                    self.needs(out, a.needs);
                    out.push(b']');
                    out.extend_from_slice(doc.form.as_bytes());
                    if let (Some(v), Some((holds, needs, dates))) = (&doc.validity, a.validity) {
                        out.extend_from_slice(b",\"validity\":");
                        out.extend_from_slice(v.json.as_bytes());
                        out.extend_from_slice(match holds {
                            Some(true) => b"true".as_slice(),
                            Some(false) => b"false",
                            None => b"null",
                        });
                        out.extend_from_slice(b",\"needs\":[");
                        self.needs(out, needs);
                        out.push(b']');
                        if dates.1 > dates.0 {
                            out.extend_from_slice(b",\"counted\":[");
                            let dates = &d.dates[dates.0 as usize..dates.1 as usize];
                            list(
                                out,
                                dates.iter().map(|&(k, day)| {
                                    move |out: &mut Vec<u8>| {
                                        out.extend_from_slice(
                                            v.counted[usize::from(k)].0.as_bytes(),
                                        );
                                        date(out, Some(day));
                                        out.push(b'}');
                                    }
                                }),
                            );
                            out.push(b']');
                        }
                        out.push(b'}');
                    }
                    out.push(b'}');
                }
            }),
        );
        out.extend_from_slice(b"],\"undetermined_documents\":[");
        list(
            out,
            d.undetermined_documents.iter().map(|u| {
                move |out: &mut Vec<u8>| {
                    out.extend_from_slice(c.documents[usize::from(u.of)].undetermined.as_bytes());
                    self.needs(out, u.needs);
                    out.extend_from_slice(b"]}");
                }
            }),
        );
        out.extend_from_slice(b"],\"limits\":[");
        list(
            out,
            c.limits.iter().zip(&d.limits).map(|(l, &end)| {
                move |out: &mut Vec<u8>| {
                    out.extend_from_slice(l.json.as_bytes());
                    self.end(out, end, "", &l.lasts.needs_date);
                    out.push(b'}');
                }
            }),
        );
        out.extend_from_slice(b"],\"representative\":");
        out.extend_from_slice(if d.representative { b"true" } else { b"false" });
        out.extend_from_slice(b",\"representative_needs\":[");
        self.needs(out, d.representative_needs);
        out.push(b']');
        if let Some((rest, day)) = self.version {
            out.extend_from_slice(b",\"version\":{\"day\":");
            date(out, day);
            out.extend_from_slice(rest.as_bytes());
        }
        out.push(b'}');
    }

    /// Every term that applies: each category's, then the application's.
    pub(super) fn terms(&self) -> impl Iterator<Item = (Option<u16>, TermAt)> + '_ {
        let d = self.decision;
        d.categories
            .iter()
            .filter_map(|a| a.term.map(|t| (Some(a.filer), t)))
            .chain(d.application_term.map(|t| (None, t)))
    }

    pub(super) fn ends(&self, end: End) -> Option<Date> {
        match end {
            End::Counted(i) => self.deadlines.ends(i),
            _ => None,
        }
    }

    /// Has every deadline passed on `day` (`decide --overdue-on`)? Not
    /// when a term's end cannot be counted, nor while a category or a term
    /// is undetermined: filing under it, the applicant may not be late.
    pub(super) fn overdue(&self, day: Date) -> bool {
        let d = self.decision;
        let open = !d.undetermined.is_empty()
            || d.application_term_needs
            || d.categories.iter().any(|c| c.term_needs != TermNeeds::None);
        if open {
            return false;
        }
        let uncounted = self.terms().any(|(_, t)| match t.end {
            End::NeedsDate | End::NoCalendar | End::Stated => true,
            End::Counted(_) => self.ends(t.end).is_none(),
            End::Nothing => false,
        });
        if uncounted {
            return false;
        }
        let mut ends = self
            .terms()
            .filter_map(|(_, t)| self.ends(t.end))
            .peekable();
        ends.peek().is_some() && ends.all(|e| e < day)
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::Date;

    /// Numbers written digit by digit are what `Display` writes.
    #[test]
    fn numbers_are_written_as_display_writes_them() {
        for n in [
            0,
            1,
            9,
            10,
            99,
            100,
            4_096,
            1_000_000,
            u32::MAX - 1,
            u32::MAX,
        ] {
            let mut got = Vec::new();
            super::decimal(&mut got, n);
            assert_eq!(String::from_utf8(got).unwrap_or_default(), n.to_string());
        }
        for n in [u64::from(u32::MAX) + 1, u64::MAX] {
            let mut digits = [0; 20];
            let got = super::decimal_digits(&mut digits, n);
            assert_eq!(got, n.to_string().as_bytes());
        }
    }

    /// Dates written digit by digit are what serde writes, at the edges
    /// of the years written so and past them.
    #[test]
    fn dates_are_written_as_serde_writes_them() {
        let days = [
            Date::MIN,
            Date::constant(-1, 12, 31),
            Date::constant(0, 1, 1),
            Date::constant(7, 3, 9),
            Date::constant(999, 12, 31),
            Date::constant(2024, 2, 29),
            Date::constant(2025, 10, 1),
            Date::constant(9999, 12, 31),
            Date::MAX,
        ];
        for d in days.map(Some).into_iter().chain([None]) {
            let mut got = Vec::new();
            super::date(&mut got, d);
            let want = serde_json::to_string(&d).unwrap_or_default();
            assert_eq!(String::from_utf8(got).unwrap_or_default(), want);
        }
    }
}
