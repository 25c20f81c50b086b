//! `fees.rs` of the generated crate: the sums an applicant pays (a state
//! duty), each as the regulation, or the version of it, states it.

use super::clauses::{Context, clause_docs, file, text_methods};
use super::code::{self, EnumItem};
use super::layout::Expr;
use crate::model::ClauseText;

/// `fees.rs`: `Fee`.
pub fn build(cx: &Context<'_>) -> String {
    let reg = cx.reg;
    let names = cx.names;
    let fees = &reg.fees;
    let mut body = cx.code();
    let item = EnumItem {
        name: "Fee",
        docs: vec!["The sums an applicant pays, such as a state duty.".to_owned()],
        variants: fees
            .iter()
            .map(|f| {
                let sum = format!("{} {}", f.amount.amount, f.amount.currency);
                let head = match &f.clause.clause {
                    Some(n) => format!("Clause {n}: {}, {sum}.", f.title.trim_end_matches('.')),
                    None => format!("{}: {sum}.", f.title.trim_end_matches('.')),
                };
                let head = code::prose(&head).join(" ");
                (
                    names.variant("Fee", &f.id).to_owned(),
                    clause_docs(reg, head, &f.clause),
                )
            })
            .collect(),
    };
    let ids: Vec<&str> = fees.iter().map(|f| f.id.as_str()).collect();
    item.write(&mut body, &ids);
    body.blank();
    body.match_method(
        &["What it is.".to_owned()],
        "pub fn title(self) -> &'static str",
        &item.arms(|i| Expr::str(&fees[i].title)),
    );
    let texts: Vec<&ClauseText> = fees.iter().map(|f| &f.clause).collect();
    text_methods(&mut body, cx, &item, &texts);
    body.blank();
    body.match_method(
        &["How much.".to_owned()],
        "pub fn amount(self) -> Money",
        &item.arms(|i| {
            let m = &fees[i].amount;
            Expr::Struct(
                "Money".to_owned(),
                vec![
                    ("amount".to_owned(), Expr::Lit(m.amount.to_string())),
                    ("currency".to_owned(), Expr::str(&m.currency)),
                ],
                None,
            )
        }),
    );
    body.line(0, "}");
    file(
        cx,
        "The sums an applicant pays, such as a state duty, each as the regulation (or\nthe version of it) states it.",
        body,
    )
}
