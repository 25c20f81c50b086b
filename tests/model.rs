//! A snapshot of the model of the real regulation, as an outline a lawyer
//! can review: every category with its clause, basis, condition and term,
//! every document with copies and counts, the representative rule, the
//! coverage of terms. (The full model is `out/json/residence_permit.json`,
//! kept fresh by `tests/out_fresh.rs`.)

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::path::PathBuf;

use reglament::check::coverage::{filers, matching};
use reglament::model::{Citation, Regulation, TermLength};
use reglament::project::check_files;
use reglament::source::RealFileSystem;

fn residence_permit() -> Regulation {
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let project = check_files(
        &RealFileSystem,
        &[PathBuf::from("regulations/residence-permit.rgl")],
    )
    .unwrap();
    let problems: Vec<String> = project
        .problems()
        .iter()
        .filter(|p| p.is_error())
        .map(|p| format!("{}: {}", p.code, p.message))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    project.regulations().next().unwrap().clone()
}

fn basis(reg: &Regulation, b: &[Citation]) -> String {
    b.iter()
        .map(|c| {
            let act = reg.acts.iter().find(|a| a.id == c.act).unwrap();
            let name = act.number.as_deref().unwrap_or(&act.id);
            match c.divisions() {
                d if d.is_empty() => name.to_owned(),
                d => format!("{d} of {name}"),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn outline(reg: &Regulation) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "regulation {}: {}",
        reg.id,
        reg.title.lines().next().unwrap_or("")
    );
    if let Some(o) = &reg.order {
        let _ = writeln!(s, "order No. {} of {} by {}", o.number, o.date, o.by);
    }
    if let Some(r) = &reg.registration {
        let _ = writeln!(s, "registered No. {} of {} by {}", r.number, r.date, r.by);
    }
    let amended = reg.amended.map_or("-".to_owned(), |d| d.to_string());
    let _ = writeln!(s, "as amended on {amended}");
    let _ = writeln!(s, "\nCATEGORIES");
    for c in &reg.categories {
        let clause = c.clause.clause.as_ref().unwrap();
        let _ = writeln!(s, "{clause} {} files {}", c.id, c.files.join(", "));
        let _ = writeln!(s, "    basis: {}", basis(reg, &c.clause.basis));
        if let Some(a) = &c.applies {
            let _ = writeln!(s, "    when: {a}");
        }
        for b in &c.branches {
            let _ = writeln!(
                s,
                "    branch {} when: {}",
                b.id,
                b.applies
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            );
        }
        for g in &c.grounds {
            let _ = writeln!(
                s,
                "    ground {} {} when: {}",
                g.clause
                    .clause
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                g.id,
                g.applies
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            );
        }
    }
    let _ = writeln!(s, "\nTERMS");
    for t in &reg.terms {
        let length = match &t.length {
            TermLength::Lasts { duration, from } => {
                format!("{duration} from {}", from.as_deref().unwrap_or("-"))
            }
            TermLength::NotStated { reason } => format!("NOT STATED: {reason}"),
        };
        let clause = t
            .clause
            .clause
            .as_ref()
            .map_or("(no clause)".to_owned(), ToString::to_string);
        let _ = writeln!(s, "{clause} {}: {length}", t.id);
    }
    let _ = writeln!(s, "\nTERM FOR EACH APPLICATION, FILER AND STATUS");
    for app in &reg.applications {
        for filer in filers(reg, &app.id) {
            for status in &reg.statuses {
                let terms: Vec<String> = matching(reg, &app.id, &filer, Some(&status.id))
                    .iter()
                    .map(|t| {
                        t.clause
                            .clause
                            .as_ref()
                            .map_or(format!("{} (no clause)", t.id), ToString::to_string)
                    })
                    .collect();
                let who = filer
                    .branch
                    .as_ref()
                    .or(filer.category.as_ref())
                    .map_or("any applicant", String::as_str);
                let _ = writeln!(
                    s,
                    "{} / {who} / {}: {}",
                    app.id,
                    status.id,
                    terms.join(", ")
                );
            }
        }
    }
    let _ = writeln!(s, "\nDOCUMENTS");
    for d in &reg.documents {
        let amounts = |a: &[reglament::model::Amount]| {
            a.iter()
                .map(|x| match &x.when {
                    Some(c) => format!("{} when {c}", x.amount),
                    None => x.amount.to_string(),
                })
                .collect::<Vec<_>>()
                .join(", otherwise ")
        };
        let _ = writeln!(
            s,
            "{} {} form={} copies=[{}] count=[{}] required when: {}",
            d.clause.clause.as_ref().unwrap(),
            d.id,
            d.form.as_deref().unwrap_or("-"),
            amounts(&d.copies),
            amounts(&d.count),
            d.required
                .as_ref()
                .map_or("always".to_owned(), ToString::to_string)
        );
        for r in &d.rules {
            let _ = writeln!(
                s,
                "    rule {}{}",
                r.id,
                r.applies
                    .as_ref()
                    .map(|a| format!(" when {a}"))
                    .unwrap_or_default()
            );
        }
    }
    let _ = writeln!(s, "\nREPRESENTATIVE");
    for r in &reg.representatives {
        let _ = writeln!(
            s,
            "{} {} for {} when {}",
            r.clause.clause.as_ref().unwrap(),
            r.id,
            r.categories.join(", "),
            r.applies
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default()
        );
    }
    let _ = writeln!(s, "\nOMISSIONS");
    for o in &reg.omissions {
        let _ = writeln!(
            s,
            "after {}: {}",
            o.after,
            o.text.lines().next().unwrap_or("")
        );
    }
    let _ = writeln!(s, "\nCOUNTS");
    let _ = writeln!(
        s,
        "{} acts, {} definitions, {} facts, {} categories, {} terms, {} limits, {} documents, {} forms, {} duties, {} provisions, {} examples",
        reg.acts.len(),
        reg.definitions.len(),
        reg.facts.len(),
        reg.categories.len(),
        reg.terms.len(),
        reg.limits.len(),
        reg.documents.len(),
        reg.forms.len(),
        reg.duties.len(),
        reg.provisions.len(),
        reg.examples.len()
    );
    s
}

#[test]
fn model_of_order_417() {
    insta::assert_snapshot!(outline(&residence_permit()));
}

/// Every clause of the source, items 1-26.4 and order items 1-4, is in the model.
#[test]
fn every_clause_of_the_source_is_present() {
    let reg = residence_permit();
    let json = serde_json::to_value(&reg).unwrap();
    let mut clauses = Vec::new();
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(serde_json::Value::String(c)) = m.get("clause") {
                    out.push(c.clone());
                }
                m.values().for_each(|x| walk(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    walk(&json, &mut clauses);
    for n in [
        "order 1", "order 4", "1", "2.1", "2.16.6", "2.22", "3", "6.8", "11.21", "18.2", "22(3)",
        "23.6", "26.4",
    ] {
        assert!(clauses.iter().any(|c| c == n), "clause {n} missing");
    }
}
