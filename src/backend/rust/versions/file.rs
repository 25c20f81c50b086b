//! `src/versions.rs` of an amended regulation's crate: `Version` and
//! `Amendment`.

use jiff::civil::Date;

use super::super::code::{self, Code};
use super::super::conditions::date;
use super::super::layout::{self, Expr};
use super::super::names::Names;
use super::{Prepared, VersionInfo};
use crate::model::Regulation;

/// `src/versions.rs`: `Version` and `Amendment`.
pub fn file(reg: &Regulation, prepared: &Prepared, names: &Names) -> String {
    let mut code = Code::new();
    code.inner_doc(&[
        "The versions of the regulation: the days between two in-force dates,".to_owned(),
        "and the amending acts that open them.".to_owned(),
    ]);
    code.blank();
    code.line(0, "use jiff::civil::Date;");
    code.blank();
    code.line(0, "use crate::Enactment;");
    code.blank();
    let versions = &prepared.versions;
    code.doc(
        0,
        &[
            "A version of the regulation: the text in force from one in-force date".to_owned(),
            "to the next. An application is decided by the version in force on the".to_owned(),
            "day it was accepted.".to_owned(),
        ],
    );
    code.line(
        0,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]",
    );
    code.line(0, "#[non_exhaustive]");
    code.line(0, "pub enum Version {");
    for v in versions {
        let mut docs = vec![match (v.from, v.until) {
            (None, Some(u)) => format!("In force until {u} (not including it)."),
            (Some(f), Some(u)) => format!("In force from {f} until {u} (not including it)."),
            (Some(f), None) => format!("In force from {f}."),
            (None, None) => "In force on every day.".to_owned(),
        }];
        if !v.amendments.is_empty() {
            let by: Vec<String> = v
                .amendments
                .iter()
                .map(|a| format!("[`Amendment::{}`]", names.variant("Amendment", a)))
                .collect();
            docs.push(String::new());
            docs.push(format!("Made by {}.", by.join(", ")));
        }
        code.doc(4, &docs);
        code.line(4, &format!("{},", v.name));
    }
    code.line(0, "}");
    code.blank();
    code.line(0, "impl Version {");
    code.doc(4, &["Every version, earliest first.".to_owned()]);
    let all = Expr::Array(
        versions
            .iter()
            .map(|v| Expr::path(format!("Self::{}", v.name)))
            .collect(),
    );
    code.lines(
        4,
        &layout::assignment(
            &format!("pub const ALL: [Self; {}]", versions.len()),
            &all,
            4,
        ),
    );
    code.blank();
    code.doc(
        4,
        &[
            "The version the crate presents when no date is asked about: the latest".to_owned(),
            "the source knows, which may not be in force yet.".to_owned(),
        ],
    );
    code.line(
        4,
        &format!(
            "pub const PRESENTED: Self = Self::{};",
            versions[prepared.presented].name
        ),
    );
    code.blank();
    let arms = |f: &dyn Fn(&VersionInfo) -> Expr| -> Vec<(String, Expr)> {
        versions
            .iter()
            .map(|v| (format!("Self::{}", v.name), f(v)))
            .collect()
    };
    let opt_date = |d: Option<Date>| d.map_or(Expr::path("None"), |d| Expr::some(date(d)));
    code.match_method(
        &["Its first day (`None`: from the regulation's beginning).".to_owned()],
        "pub const fn from(self) -> Option<Date>",
        &arms(&|v| opt_date(v.from)),
    );
    code.blank();
    code.match_method(
        &["The first day it no longer holds (`None`: it still holds).".to_owned()],
        "pub const fn until(self) -> Option<Date>",
        &arms(&|v| opt_date(v.until)),
    );
    code.blank();
    code.match_method(
        &["The amendments that take effect on its first day.".to_owned()],
        "pub const fn amendments(self) -> &'static [Amendment]",
        &arms(&|v| {
            Expr::slice(
                v.amendments
                    .iter()
                    .map(|a| Expr::path(names.path("Amendment", a)))
                    .collect(),
            )
        }),
    );
    code.raw(VERSION_ON);
    code.line(0, "}");
    code.blank();

    code.doc(
        0,
        &["The amending acts, each declared once and named by its changes.".to_owned()],
    );
    code.line(
        0,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]",
    );
    code.line(0, "#[non_exhaustive]");
    code.line(0, "pub enum Amendment {");
    for a in &reg.amendments {
        let mut docs = a.title.as_deref().map(code::prose).unwrap_or_default();
        if !docs.is_empty() {
            docs.push(String::new());
        }
        docs.push(format!("In force from {}.", a.in_force));
        code.doc(4, &docs);
        code.line(4, &format!("{},", names.variant("Amendment", &a.id)));
    }
    code.line(0, "}");
    code.blank();
    code.line(0, "impl Amendment {");
    code.doc(4, &["Every one, in the order of the source.".to_owned()]);
    let all = Expr::Array(
        reg.amendments
            .iter()
            .map(|a| Expr::path(names.path("Amendment", &a.id)))
            .collect(),
    );
    code.lines(
        4,
        &layout::assignment(
            &format!("pub const ALL: [Self; {}]", reg.amendments.len()),
            &all,
            4,
        ),
    );
    let arms = |f: &dyn Fn(&crate::model::Amendment) -> Expr| -> Vec<(String, Expr)> {
        reg.amendments
            .iter()
            .map(|a| {
                (
                    names
                        .path("Amendment", &a.id)
                        .replacen("Amendment::", "Self::", 1),
                    f(a),
                )
            })
            .collect()
    };
    code.blank();
    code.match_method(
        &["Its id in the regulation's source.".to_owned()],
        "pub fn id(self) -> &'static str",
        &arms(&|a| Expr::str(&a.id)),
    );
    code.blank();
    code.doc(4, &["The one with this id, if there is one.".to_owned()]);
    code.line(4, "pub fn from_id(id: &str) -> Option<Self> {");
    code.line(8, "Self::ALL.into_iter().find(|e| e.id() == id)");
    code.line(4, "}");
    code.blank();
    code.match_method(
        &["The amending act's title, if given.".to_owned()],
        "pub fn title(self) -> Option<&'static str>",
        &arms(&|a| code::opt_str(a.title.as_deref())),
    );
    code.blank();
    code.match_method(
        &["The amending order: its number, date and author, if given.".to_owned()],
        "pub fn order(self) -> Option<Enactment>",
        &arms(&|a| super::super::root::enactment(a.order.as_ref())),
    );
    code.blank();
    code.match_method(
        &["The day its changes take effect.".to_owned()],
        "pub fn in_force(self) -> Date",
        &arms(&|a| date(a.in_force)),
    );
    code.line(0, "}");
    code.finish()
}

/// `Version::on`.
const VERSION_ON: &str = "
    /// The version in force on `day`; `None` before the first version's
    /// first day.
    pub fn on(day: Date) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.holds_on(day))
    }

    /// Does it hold on `day`?
    pub fn holds_on(self, day: Date) -> bool {
        self.from().is_none_or(|f| f <= day) && self.until().is_none_or(|u| day < u)
    }
";
