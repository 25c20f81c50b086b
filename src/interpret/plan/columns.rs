//! A decision as the columns of `reglament decide --to csv`, written
//! into buffers the caller keeps from one record to the next rather than
//! built as strings per record (a row is a dozen short pieces; making
//! each a `String` cost more than the decision).

use std::io::Write as _;

use super::decide::{End, Range, RepAnswer, TermNeeds};
use super::write::Written;

/// ` (clause)`, or nothing.
fn clause(out: &mut Vec<u8>, c: Option<&str>) {
    if let Some(c) = c {
        out.extend_from_slice(b" (");
        out.extend_from_slice(c.as_bytes());
        out.push(b')');
    }
}

/// The separator before every item but the first.
fn sep(out: &mut Vec<u8>, first: &mut bool) {
    if !std::mem::take(first) {
        out.extend_from_slice(b"; ");
    }
}

fn count(out: &mut Vec<u8>, n: Option<u32>) {
    match n {
        Some(n) => super::write::decimal(out, n),
        None => out.push(b'?'),
    }
}

impl Written<'_> {
    /// The facts needed, by their plain names, comma-separated.
    fn plain_needs(&self, out: &mut Vec<u8>, (a, b): Range) {
        let needs = &self.decision.needs[a as usize..b as usize];
        for (i, &s) in needs.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(b", ");
            }
            out.extend_from_slice(self.compiled.plain_names[usize::from(s)].as_bytes());
        }
    }

    /// `decide`'s CSV columns after the line number, each into its
    /// buffer (emptied first): application, categories, terms,
    /// deadlines, documents, representative, undetermined, term_needs,
    /// deadline_errors.
    pub(super) fn csv(&self, fields: &mut [Vec<u8>; 9]) {
        let (c, d) = (self.compiled, self.decision);
        for f in fields.iter_mut() {
            f.clear();
        }
        let [
            application,
            categories,
            terms,
            deadlines,
            documents,
            representative,
            undetermined,
            term_needs,
            deadline_errors,
        ] = fields;
        if let Some(a) = d.application {
            application.extend_from_slice(c.apps[usize::from(a)].0.as_bytes());
        }
        let mut first = true;
        for a in &d.categories {
            let f = &c.filers[usize::from(a.filer)];
            sep(categories, &mut first);
            categories.extend_from_slice(f.id.as_bytes());
            clause(categories, Some(f.category_clause.as_str()));
        }
        let mut first = true;
        for (filer, t) in self.terms() {
            let info = &c.terms[usize::from(t.term)];
            sep(terms, &mut first);
            if let Some(f) = filer {
                terms.extend_from_slice(c.filers[usize::from(f)].id.as_bytes());
                terms.extend_from_slice(b": ");
            }
            terms.extend_from_slice(info.words.as_bytes());
            clause(terms, info.clause.as_deref());
        }
        let mut first = true;
        for (_, t) in self.terms() {
            match t.end {
                End::Counted(_) => {
                    if let Some(e) = self.ends(t.end) {
                        sep(deadlines, &mut first);
                        let _ = write!(deadlines, "{e}");
                    }
                }
                End::NeedsDate => {
                    if let Some(l) = &c.terms[usize::from(t.term)].lasts {
                        sep(deadlines, &mut first);
                        deadlines.extend_from_slice(b"needs the date of ");
                        deadlines.extend_from_slice(l.start_name.as_bytes());
                    }
                }
                _ => {}
            }
        }
        let mut first = true;
        for a in &d.documents {
            let doc = &c.documents[usize::from(a.doc)];
            sep(documents, &mut first);
            documents.extend_from_slice(doc.id.as_bytes());
            clause(documents, doc.clause.as_deref());
            documents.extend_from_slice(b" copies ");
            count(documents, a.copies);
            documents.extend_from_slice(b" count ");
            count(documents, a.count);
        }
        if d.representative {
            let first = d.categories.iter().find_map(|a| match a.rep {
                RepAnswer::Required(r) => c.representatives[usize::from(r)].clause.as_deref(),
                _ => None,
            });
            representative.extend_from_slice(b"yes");
            clause(representative, first);
        } else if d.representative_needs.1 > d.representative_needs.0 {
            representative.extend_from_slice(b"needs ");
            self.plain_needs(representative, d.representative_needs);
        } else {
            representative.extend_from_slice(b"no");
        }
        let mut first = true;
        let filers = d.undetermined.iter().map(|u| {
            let f = &c.filers[usize::from(u.of)];
            (f.id.as_str(), f.clause.as_deref(), u.needs)
        });
        let docs = d.undetermined_documents.iter().map(|u| {
            let doc = &c.documents[usize::from(u.of)];
            (doc.id.as_str(), doc.clause.as_deref(), u.needs)
        });
        for (id, cl, needs) in filers.chain(docs) {
            sep(undetermined, &mut first);
            undetermined.extend_from_slice(id.as_bytes());
            clause(undetermined, cl);
            undetermined.extend_from_slice(b" needs ");
            self.plain_needs(undetermined, needs);
        }
        let mut first = true;
        let category_needs = d.categories.iter().filter_map(|a| {
            let needs: &[u8] = match a.term_needs {
                TermNeeds::None => return None,
                TermNeeds::Application => b"application",
                TermNeeds::Status => b"status",
            };
            Some((Some(a.filer), needs))
        });
        let application_needs = d
            .application_term_needs
            .then_some((None, b"status".as_slice()));
        for (filer, needs) in category_needs.chain(application_needs) {
            sep(term_needs, &mut first);
            if let Some(f) = filer {
                term_needs.extend_from_slice(c.filers[usize::from(f)].id.as_bytes());
                term_needs.extend_from_slice(b": ");
            }
            term_needs.extend_from_slice(needs);
        }
        let mut first = true;
        for (filer, t) in self.terms() {
            let error = match t.end {
                End::NoCalendar => "the regulation names no production calendar",
                End::Counted(i) => self.deadlines.error(i),
                _ => "",
            };
            if error.is_empty() {
                continue;
            }
            sep(deadline_errors, &mut first);
            if let Some(f) = filer {
                deadline_errors.extend_from_slice(c.filers[usize::from(f)].id.as_bytes());
                deadline_errors.extend_from_slice(b": ");
            }
            deadline_errors.extend_from_slice(error.as_bytes());
        }
    }
}
