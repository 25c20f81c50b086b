//! `facts.rs` of the generated crate: the `Facts` struct (every declared
//! fact, each an `Option`), the `Fact` enum that names them in answers, the
//! statuses, and one enum per choice.

use super::clauses::{Context, by_title, file, titled};
use super::code::{self, Code, EnumItem};
use super::layout::{self, Expr};
use super::names::serde_name;
use crate::model::FactType;

/// The question and type of each fact, the built-in ones first.
struct FactInfo<'a> {
    id: &'a str,
    question: String,
    ty: String,
    unit: Option<String>,
}

fn infos<'a>(cx: &'a Context<'_>) -> Vec<FactInfo<'a>> {
    let mut out = vec![
        FactInfo {
            id: "status",
            question: "The applicant's status.".to_owned(),
            ty: "Status".to_owned(),
            unit: None,
        },
        FactInfo {
            id: "application",
            question: "The kind of application.".to_owned(),
            ty: "Application".to_owned(),
            unit: None,
        },
    ];
    for f in &cx.reg.facts {
        let (ty, unit) = match &f.answer {
            FactType::YesNo => ("bool".to_owned(), None),
            FactType::Number { unit } => ("u32".to_owned(), unit.clone()),
            FactType::Date => ("Date".to_owned(), None),
            FactType::Choice { choice } => (
                match choice.as_str() {
                    "status" => "Status".to_owned(),
                    "application" => "Application".to_owned(),
                    c => cx.names.choice(c).to_owned(),
                },
                None,
            ),
        };
        out.push(FactInfo {
            id: &f.id,
            question: f.question.clone(),
            ty,
            unit,
        });
    }
    // An event's date is given like a date fact's, as the interpreter reads
    // it: terms and limits count from it and conditions compare with it.
    for e in &cx.reg.events {
        out.push(FactInfo {
            id: &e.id,
            question: event_question(e),
            ty: "Date".to_owned(),
            unit: None,
        });
    }
    out
}

/// What the `Facts` field of an event holds.
fn event_question(e: &crate::model::Event) -> String {
    let title = e.title.trim_end_matches('.');
    if e.acceptance {
        format!(
            "The date of the event \"{title}\": the day the application was \
             accepted, which the query's acceptance date also gives."
        )
    } else {
        format!("The date of the event \"{title}\".")
    }
}

/// `FactColumns`, the facts of a batch as columns (`columns.rs` of the
/// crate has the column types and `decide_columns`), and its `row`.
fn columns(body: &mut Code, cx: &Context<'_>, facts: &[FactInfo<'_>]) {
    body.blank();
    body.doc(
        0,
        &[
            "The facts of a batch of applicants, one column per fact, for".to_owned(),
            "[`decide_columns`](crate::decide_columns): each field is the column of".to_owned(),
            "the fact of the same name in [`Facts`], [`Column::Absent`](crate::Column)".to_owned(),
            "(the default) when the batch does not have it. Dates are".to_owned(),
            "[`DateColumn`](crate::DateColumn)s, yes/no facts".to_owned(),
            "[`BoolColumn`](crate::BoolColumn)s.".to_owned(),
        ],
    );
    body.line(0, "#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]");
    body.line(0, "pub struct FactColumns<'a> {");
    let mut row = Vec::new();
    for f in facts {
        body.doc(4, &code::prose(&f.question));
        let field = cx.names.field(f.id);
        let ty = match f.ty.as_str() {
            "bool" => "BoolColumn<'a>".to_owned(),
            "Date" => "DateColumn<'a>".to_owned(),
            other => format!("Column<'a, {other}>"),
        };
        body.line(4, &format!("pub {field}: {ty},"));
        row.push((
            field.to_owned(),
            Expr::call(
                "at",
                vec![Expr::path(format!("self.{field}")), Expr::path("i")],
            ),
        ));
    }
    body.line(0, "}");
    body.blank();
    body.line(0, "impl FactColumns<'_> {");
    body.doc(
        4,
        &["The facts of row `i` (not known where its column is).".to_owned()],
    );
    body.line(4, "pub fn row(&self, i: usize) -> Facts {");
    // The tail expression: a statement's layout without its semicolon (the
    // struct's closing brace, where the two could differ, is short).
    let facts = layout::statement_semi(&Expr::Struct("Facts".to_owned(), row, None), 8);
    body.lines(8, facts.strip_suffix(';').unwrap_or(&facts));
    body.line(4, "}");
    body.line(0, "}");
}

/// The text of `facts.rs`.
pub fn facts(cx: &Context<'_>) -> String {
    let names = cx.names;
    let facts = infos(cx);
    let mut body = Code::new();
    body.doc(
        0,
        &[
            "The facts about an applicant that the rules ask for.".to_owned(),
            String::new(),
            "A fact that is `None` is not known: an answer that needs it says so".to_owned(),
            "(with [`Fact`]s to ask for) rather than taking it as \"no\". With the".to_owned(),
            "`serde` feature, it reads and writes the JSON `reglament explain --facts`".to_owned(),
            "reads: `{\"status\": \"stateless_person\", \"age\": 12}`.".to_owned(),
        ],
    );
    body.line(
        0,
        "#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]",
    );
    body.line(
        0,
        "#[cfg_attr(feature = \"serde\", derive(serde::Serialize, serde::Deserialize))]",
    );
    body.line(
        0,
        "#[cfg_attr(feature = \"serde\", serde(default, deny_unknown_fields))]",
    );
    body.line(0, "pub struct Facts {");
    for f in &facts {
        let mut docs = code::prose(&f.question);
        if let Some(u) = &f.unit {
            docs.push(String::new());
            docs.push(format!("In {}.", code::inline(u)));
        }
        body.doc(4, &docs);
        let field = names.field(f.id);
        if serde_name(field) != f.id {
            let rename = Expr::Meta(
                "serde".to_owned(),
                vec![Expr::Str(format!(
                    "rename = {}",
                    proc_macro2::Literal::string(f.id)
                ))],
            );
            let meta = Expr::Meta(
                "cfg_attr".to_owned(),
                vec![Expr::Str("feature = \"serde\"".to_owned()), rename],
            );
            body.line(4, &layout::attribute(&meta, 4));
        }
        body.line(
            4,
            "#[cfg_attr(feature = \"serde\", serde(skip_serializing_if = \"Option::is_none\"))]",
        );
        body.line(4, &format!("pub {field}: Option<{}>,", f.ty));
    }
    body.line(0, "}");
    with_date(&mut body, cx);
    columns(&mut body, cx, &facts);

    body.blank();
    let fact = EnumItem {
        name: "Fact",
        docs: vec![
            "The facts, to name those an answer needs: `Facts` has a field for each.".to_owned(),
        ],
        variants: facts
            .iter()
            .map(|f| {
                (
                    names.variant("Fact", f.id).to_owned(),
                    code::prose(&f.question),
                )
            })
            .collect(),
    };
    let ids: Vec<&str> = facts.iter().map(|f| f.id).collect();
    fact.write(&mut body, &ids);
    body.blank();
    body.match_method(
        &["The question that asks for it.".to_owned()],
        "pub fn question(self) -> &'static str",
        &fact.arms(|i| Expr::str(&facts[i].question)),
    );
    body.line(0, "}");

    let reg = cx.reg;
    let statuses = by_title(
        reg.statuses
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str())),
    );
    titled(
        &mut body,
        names,
        "Status",
        "The applicant's status.",
        &statuses,
        |_, _| {},
    );
    for c in &reg.choices {
        let name = names.choice(&c.id);
        // Ids are `a-z`, digits and `_`: safe in a code span as they are.
        let doc = format!("The options of the choice `{}`.", c.id);
        let options = by_title(c.options.iter().map(|o| (o.id.as_str(), o.title.as_str())));
        titled(&mut body, names, name, &doc, &options, |_, _| {});
    }
    if !reg.choices.is_empty() {
        body.blank();
        for c in &reg.choices {
            body.line(0, "#[cfg(feature = \"serde\")]");
            body.line(0, &format!("crate::json::by_id!({});", names.choice(&c.id)));
        }
    }

    file(
        cx,
        "The facts about an applicant the rules ask for, and the options of those\nanswered by a choice.",
        body,
    )
}

/// `Facts::with_date`: how a decision gives the acceptance event the
/// query's acceptance date.
fn with_date(body: &mut Code, cx: &Context<'_>) {
    body.blank();
    body.line(0, "impl Facts {");
    body.doc(
        4,
        &["These facts with `date` as the date of `event`.".to_owned()],
    );
    let events = &cx.reg.events;
    if events.is_empty() {
        body.line(
            4,
            "pub(crate) fn with_date(&self, event: Event, _date: Date) -> Facts {",
        );
        body.line(8, "match event {}");
    } else {
        body.line(
            4,
            "pub(crate) fn with_date(&self, event: Event, date: Date) -> Facts {",
        );
        body.line(8, "let mut facts = *self;");
        body.line(8, "match event {");
        for e in events {
            let pattern = cx.names.path("Event", &e.id);
            let set = format!("facts.{} = Some(date)", cx.names.field(&e.id));
            // Indent, `pattern => set,` and no more than 100 columns.
            if 12 + pattern.len() + 4 + set.len() < 100 {
                body.line(12, &format!("{pattern} => {set},"));
            } else {
                // As rustfmt writes an arm too long for its line.
                body.line(12, &format!("{pattern} => {{"));
                body.line(16, &set);
                body.line(12, "}");
            }
        }
        body.line(8, "}");
        body.line(8, "facts");
    }
    body.line(4, "}");
    body.line(0, "}");
}
