//! `facts.rs` of the generated crate: the `Facts` struct (every declared
//! fact, each an `Option`), the `Fact` enum that names them in answers, the
//! statuses, and one enum per choice.

use super::clauses::{Context, by_title, file, titled};
use super::code::{self, Code, EnumItem};
use super::flags::{self, Flags};
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
/// crate has the column types and `decide_columns`), its `row` and `rows`.
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
    let (mut row, mut rows) = (Vec::new(), Vec::new());
    for f in facts {
        body.doc(4, &code::prose(&f.question));
        let field = cx.names.field(f.id);
        let ty = match f.ty.as_str() {
            "bool" => "BoolColumn<'a>".to_owned(),
            "Date" => "DateColumn<'a>".to_owned(),
            other => format!("Column<'a, {other}>"),
        };
        body.line(4, &format!("pub {field}: {ty},"));
        row.push(Expr::call(
            format!("facts.set_{}", bare(field)),
            vec![Expr::call(
                "at",
                vec![Expr::path(format!("self.{field}")), Expr::path("i")],
            )],
        ));
        // A yes/no fact straight into the words, without its setter's
        // clearing of bits the reset rows have clear.
        let (fill, set) = if f.ty == "bool" {
            ("fill_flag", format!("Facts::{}", flags::constant(field)))
        } else {
            ("fill", format!("Facts::set_{}", bare(field)))
        };
        rows.push(Expr::call(
            fill,
            vec![
                Expr::path(format!("self.{field}")),
                Expr::path("start"),
                Expr::path("out"),
                Expr::path(set),
            ],
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
    body.line(8, "let mut facts = Facts::default();");
    for set in &row {
        body.lines(8, &layout::statement_semi(set, 8));
    }
    body.line(8, "facts");
    body.line(4, "}");
    body.blank();
    body.doc(
        4,
        &[
            "Rows `start..start + out.len()` into `out` (each fact not known where".to_owned(),
            "its column is), column by column: what `decide_columns` reads, each".to_owned(),
            "column's kind matched once a chunk of rows rather than once a row.".to_owned(),
        ],
    );
    body.line(
        4,
        "pub(crate) fn rows(&self, start: usize, out: &mut [Facts]) {",
    );
    body.line(8, "out.fill(Facts::default());");
    for fill in &rows {
        body.lines(8, &layout::statement_semi(fill, 8));
    }
    body.line(4, "}");
    body.line(0, "}");
}

/// A field's name without `r#`, for the names made from it (`set_type`).
fn bare(field: &str) -> &str {
    field.strip_prefix("r#").unwrap_or(field)
}

/// A method at indent 4: its doc and attributes, its signature (laid out
/// as rustfmt prints it by [`Code::signature`]) and the body's `lines`
/// (each laid out at indent 8).
fn method(body: &mut Code, docs: &[String], attrs: &[&str], sig: &str, lines: &[String]) {
    body.blank_between();
    body.doc(4, docs);
    for a in attrs {
        body.line(4, a);
    }
    body.signature(sig);
    for l in lines {
        body.lines(8, l);
    }
    body.line(4, "}");
}

/// `Facts`: the struct, where each yes/no fact is kept, a getter, a setter
/// and a builder per fact, and `Debug` as the derived one of a field per
/// fact would print it.
fn facts_struct(body: &mut Code, cx: &Context<'_>, facts: &[FactInfo<'_>], flags: &Flags) {
    let names = cx.names;
    body.doc(
        0,
        &[
            "The facts about an applicant that the rules ask for.".to_owned(),
            String::new(),
            "A fact that is `None` is not known: an answer that needs it says so".to_owned(),
            "(with [`Fact`](crate::Fact)s to ask for) rather than taking it as \"no\". Each fact"
                .to_owned(),
            "has a method that reads it (`facts.age()`), one that sets it".to_owned(),
            "(`facts.set_age(Some(30))`, `None` for not known) and one that gives it".to_owned(),
            "while building (`Facts::default().with_age(30)`). The facts are kept".to_owned(),
            "packed, each yes/no fact as two bits of a word, so that a decision".to_owned(),
            "copies and tests a few words rather than a byte per fact. With the".to_owned(),
            "`serde` feature, it reads and writes the JSON `reglament explain --facts`".to_owned(),
            "reads: `{\"status\": \"stateless_person\", \"age\": 12}`.".to_owned(),
        ],
    );
    body.line(0, "#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]");
    body.line(
        0,
        "#[cfg_attr(feature = \"serde\", derive(serde::Serialize, serde::Deserialize))]",
    );
    body.line(
        0,
        "#[cfg_attr(feature = \"serde\", serde(from = \"Wire\", into = \"Wire\"))]",
    );
    body.line(0, "pub struct Facts {");
    body.doc(
        4,
        &["The bit of each yes/no fact ([`Flag`]) that is known.".to_owned()],
    );
    body.line(4, &format!("pub(crate) known: [u64; {}],", flags.words));
    body.doc(
        4,
        &["The bit of each that is \"yes\" (only ever with its bit in `known`).".to_owned()],
    );
    body.line(4, &format!("pub(crate) yes: [u64; {}],", flags.words));
    for f in facts.iter().filter(|f| f.ty != "bool") {
        body.doc(4, &code::prose(&f.question));
        body.line(4, &format!("{}: Option<{}>,", names.field(f.id), f.ty));
    }
    body.line(0, "}");

    body.blank();
    body.line(0, "impl Facts {");
    let mut first = true;
    for f in facts.iter().filter(|f| f.ty == "bool") {
        let field = names.field(f.id);
        let place = flags.place(field).unwrap_or_default();
        if first {
            body.doc(4, &["Where each yes/no fact is kept.".to_owned()]);
            first = false;
        }
        body.lines(
            4,
            &layout::assignment(
                &format!("pub(crate) const {}: Flag", flags::constant(field)),
                &Expr::call("Flag::at", vec![Expr::Lit(place.to_string())]),
                4,
            ),
        );
    }
    for f in facts {
        accessors(body, cx, f);
    }
    body.line(0, "}");

    body.blank();
    body.line(0, "impl std::fmt::Debug for Facts {");
    body.line(
        4,
        "fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {",
    );
    body.line(8, "let mut out = f.debug_struct(\"Facts\");");
    for f in facts {
        let field = names.field(f.id);
        let call = Expr::call(
            "out.field",
            vec![
                Expr::str(bare(field)),
                Expr::path(format!("&self.{field}()")),
            ],
        );
        body.lines(8, &layout::statement_semi(&call, 8));
    }
    body.line(8, "out.finish()");
    body.line(4, "}");
    body.line(0, "}");
}

/// A fact's getter, setter and builder.
fn accessors(body: &mut Code, cx: &Context<'_>, f: &FactInfo<'_>) {
    let field = cx.names.field(f.id);
    let name = bare(field);
    let ty = &f.ty;
    let mut docs = code::prose(&f.question);
    if let Some(u) = &f.unit {
        docs.push(String::new());
        docs.push(format!("In {}.", code::inline(u)));
    }
    let (get, set) = if ty == "bool" {
        let flag = Expr::path(format!("Self::{}", flags::constant(field)));
        let get = Expr::call(
            "Flag::get",
            vec![
                flag.clone(),
                Expr::path("&self.known"),
                Expr::path("&self.yes"),
            ],
        );
        let set = Expr::call(
            "Flag::put",
            vec![
                flag,
                Expr::path("&mut self.known"),
                Expr::path("&mut self.yes"),
                Expr::path("value"),
            ],
        );
        let get = layout::statement_semi(&get, 8);
        (
            get.strip_suffix(';').unwrap_or(&get).to_owned(),
            layout::statement_semi(&set, 8),
        )
    } else {
        (format!("self.{field}"), format!("self.{field} = value;"))
    };
    method(
        body,
        &docs,
        &["#[must_use]"],
        &format!("pub fn {field}(&self) -> Option<{ty}>"),
        &[get],
    );
    let value = format!("value: Option<{ty}>");
    method(
        body,
        &[format!("Sets `{name}` (`None`: not known).")],
        &[],
        &format!("pub fn set_{name}(&mut self, {value})"),
        &[set],
    );
    let value = format!("value: {ty}");
    let give = Expr::call(
        format!("self.set_{name}"),
        vec![Expr::some(Expr::path("value"))],
    );
    method(
        body,
        &[format!(
            "These facts with `{name}` given, for facts built in one expression."
        )],
        &["#[must_use]"],
        &format!("pub fn with_{name}(mut self, {value}) -> Self"),
        &[layout::statement_semi(&give, 8), "self".to_owned()],
    );
}

/// `Wire`: `Facts` as JSON, a field per fact as `reglament explain --facts`
/// reads them, and the conversions both ways.
fn wire(body: &mut Code, cx: &Context<'_>, facts: &[FactInfo<'_>]) {
    let names = cx.names;
    body.blank();
    body.doc(
        0,
        &["[`Facts`] as JSON: a field per fact, those not known left out.".to_owned()],
    );
    body.line(0, "#[cfg(feature = \"serde\")]");
    body.line(
        0,
        "#[derive(Default, serde::Serialize, serde::Deserialize)]",
    );
    // Named as the type users see in serde's messages ("expected struct Facts").
    body.line(
        0,
        "#[serde(rename = \"Facts\", default, deny_unknown_fields)]",
    );
    body.line(0, "struct Wire {");
    for f in facts {
        let field = names.field(f.id);
        if serde_name(field) != f.id {
            let rename = Expr::Meta(
                "serde".to_owned(),
                vec![Expr::Str(format!(
                    "rename = {}",
                    proc_macro2::Literal::string(f.id)
                ))],
            );
            body.line(4, &layout::attribute(&rename, 4));
        }
        body.line(4, "#[serde(skip_serializing_if = \"Option::is_none\")]");
        body.line(4, &format!("{field}: Option<{}>,", f.ty));
    }
    body.line(0, "}");
    body.blank();
    body.line(0, "#[cfg(feature = \"serde\")]");
    body.line(0, "impl From<Wire> for Facts {");
    body.line(4, "fn from(wire: Wire) -> Facts {");
    body.line(8, "let mut facts = Facts::default();");
    for f in facts {
        let field = names.field(f.id);
        let call = Expr::call(
            format!("facts.set_{}", bare(field)),
            vec![Expr::path(format!("wire.{field}"))],
        );
        body.lines(8, &layout::statement_semi(&call, 8));
    }
    body.line(8, "facts");
    body.line(4, "}");
    body.line(0, "}");
    body.blank();
    body.line(0, "#[cfg(feature = \"serde\")]");
    body.line(0, "impl From<Facts> for Wire {");
    body.line(4, "fn from(facts: Facts) -> Wire {");
    let fields = facts
        .iter()
        .map(|f| {
            let field = names.field(f.id);
            // A call, not a method (`facts.x()`), which rustfmt would lay
            // out as a chain when long.
            let get = Expr::call(format!("Facts::{field}"), vec![Expr::path("&facts")]);
            (field.to_owned(), get)
        })
        .collect();
    let wire = layout::statement_semi(&Expr::Struct("Wire".to_owned(), fields, None), 8);
    body.lines(8, wire.strip_suffix(';').unwrap_or(&wire));
    body.line(4, "}");
    body.line(0, "}");
}

/// The text of `facts.rs`.
pub fn facts(cx: &Context<'_>, flags: &Flags) -> String {
    let facts = infos(cx);
    let mut body = Code::new();
    facts_struct(&mut body, cx, &facts, flags);
    wire(&mut body, cx, &facts);
    dated(&mut body, cx);
    columns(&mut body, cx, &facts);
    file(
        cx,
        "The facts about an applicant the rules ask for (`Facts`), and those of\nmany applicants as columns (`FactColumns`).",
        body,
    )
}

/// The text of `choices.rs`: the facts by name (`Fact`), the statuses and
/// one enum per choice (apart from `facts.rs`, which the getters, setters
/// and builders of every fact make long).
pub fn choices(cx: &Context<'_>) -> String {
    let names = cx.names;
    let facts = infos(cx);
    let mut body = Code::new();
    let fact = EnumItem {
        name: "Fact",
        docs: vec![
            "The facts, to name those an answer needs: `Facts` has a method for each.".to_owned(),
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

    // Without `file`'s imports: the file uses nothing from the rest of the
    // crate, and a variant named like a type (`Fact::Application`) would
    // read as a use of it.
    let mut code = Code::new();
    code.inner_doc(&[
        "The facts by name, the applicant's statuses and the options of the facts".to_owned(),
        "answered by a choice.".to_owned(),
    ]);
    code.blank();
    code.raw(&body.finish());
    code.finish()
}

/// `dated`: how a decision gives the acceptance event the query's
/// acceptance date (a function, not a method, so that no fact's methods can
/// meet its name).
fn dated(body: &mut Code, cx: &Context<'_>) {
    body.blank();
    body.doc(
        0,
        &["`facts` with `date` as the date of `event`.".to_owned()],
    );
    let events = &cx.reg.events;
    if events.is_empty() {
        body.line(
            0,
            "pub(crate) fn dated(_facts: &Facts, event: Event, _date: Date) -> Facts {",
        );
        body.line(4, "match event {}");
    } else {
        body.line(
            0,
            "pub(crate) fn dated(facts: &Facts, event: Event, date: Date) -> Facts {",
        );
        body.line(4, "let mut facts = *facts;");
        body.line(4, "match event {");
        for e in events {
            let pattern = cx.names.path("Event", &e.id);
            let set = format!("facts.set_{}(Some(date))", bare(cx.names.field(&e.id)));
            // Indent, `pattern => set,` and no more than 100 columns.
            if 8 + pattern.len() + 4 + set.len() < 100 {
                body.line(8, &format!("{pattern} => {set},"));
            } else {
                // As rustfmt writes an arm too long for its line.
                body.line(8, &format!("{pattern} => {{"));
                body.line(12, &format!("{set};"));
                body.line(8, "}");
            }
        }
        body.line(4, "}");
        body.line(4, "facts");
    }
    body.line(0, "}");
}
