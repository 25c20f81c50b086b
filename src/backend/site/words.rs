//! Small pieces of wording: clause labels, durations, dates, citations and
//! conditions in words, in the interface language, with the regulation's
//! own words (questions, option names) marked with their language.

use super::Lang;
use super::labels::{Labels, plural};
use super::markdown::escape;
use crate::backend::condition::{Phrasing, in_words};
use crate::model::{
    Citation, ClauseNumber, Condition, DurationUnit, Enactment, FactType, Operator, Regulation,
    Size, Value,
};

/// Wording helpers for one regulation in one interface language.
pub struct Words<'a> {
    /// The interface language.
    pub lang: Lang,
    /// Its labels.
    pub labels: &'a Labels,
    /// The regulation.
    pub reg: &'a Regulation,
}

/// A date as the stand shows it, DD.MM.YYYY: the one formatter, the `deadline` module's.
pub use crate::deadline::dmy as date;

/// A photograph's size, `35 x 45 mm`, in the interface language: the
/// units the labels know are named in it (`мм`), others as the source
/// writes them.
pub fn size(labels: &Labels, s: &Size) -> String {
    let unit = labels
        .try_get(&format!("size_unit_{}", s.unit))
        .unwrap_or(&s.unit);
    labels.fill(
        "size",
        &[
            ("width", &s.width.to_string()),
            ("height", &s.height.to_string()),
            ("unit", unit),
        ],
    )
}

/// A date format the source prescribes (`DD.MM.YYYY`) with the letters
/// of the interface language (`ДД.ММ.ГГГГ`); a format with other letters
/// stays as the source writes it.
pub fn date_format(labels: &Labels, format: &str) -> String {
    let letter = |c: char| match c {
        'D' => labels.try_get("date_letter_day"),
        'M' => labels.try_get("date_letter_month"),
        'Y' => labels.try_get("date_letter_year"),
        _ => None,
    };
    if format
        .chars()
        .any(|c| c.is_alphabetic() && letter(c).is_none())
    {
        return format.to_owned();
    }
    format
        .chars()
        .map(|c| letter(c).map_or_else(|| c.to_string(), str::to_owned))
        .collect()
}

/// The key of a unit in the labels: `months`, `working_days`, ...
pub fn unit_key(unit: DurationUnit) -> &'static str {
    match unit {
        DurationUnit::Months => "months",
        DurationUnit::WorkingDays => "working_days",
        DurationUnit::CalendarDays => "calendar_days",
        DurationUnit::Hours => "hours",
        DurationUnit::Minutes => "minutes",
    }
}

impl Words<'_> {
    /// `item 2.16.1`, `item 3 of the order`.
    pub fn clause(&self, n: &ClauseNumber) -> String {
        let number = ClauseNumber {
            order: false,
            steps: n.steps.clone(),
        }
        .to_string();
        let key = if n.order { "clause_order" } else { "clause" };
        self.labels.fill(key, &[("n", &number)])
    }

    /// `4 months`, `15 рабочих дней`.
    pub fn duration(&self, amount: u32, unit: DurationUnit) -> String {
        let key = format!("unit_{}_{}", unit_key(unit), plural(self.lang, amount));
        format!("{amount} {}", self.labels.get(&key))
    }

    /// The divisions of a citation: `article 8 item 2` in the regulation's
    /// words for English, abbreviated for Russian.
    pub fn divisions(&self, c: &Citation) -> String {
        match self.lang {
            Lang::En => c.divisions(),
            Lang::Ru => [
                ("cite_article", &c.article),
                ("cite_part", &c.part),
                ("cite_item", &c.item),
                ("cite_subitem", &c.subitem),
                ("cite_paragraph", &c.paragraph),
            ]
            .iter()
            .filter(|(_, list)| !list.is_empty())
            .map(|(key, list)| format!("{} {}", self.labels.get(key), list.join(", ")))
            .collect::<Vec<_>>()
            .join(", "),
        }
    }

    /// "Order No. 417 of 11.06.2020, Ministry of ..." (`key`:
    /// `order_words`, `registered_words`) as HTML, the issuing body, in the
    /// source's words, marked with the regulation's language.
    pub fn enactment(&self, key: &str, e: &Enactment) -> String {
        // Marked only where it differs from the page's own language.
        let by = match &self.reg.language {
            Some(l) if l != self.lang.code() => {
                format!("<span{}>{}</span>", self.reg_lang(), escape(&e.by))
            }
            _ => escape(&e.by),
        };
        self.labels.fill_html(
            key,
            &[
                ("number", &escape(&e.number)),
                ("date", &date(e.date)),
                ("by", &by),
            ],
        )
    }

    /// The language attribute for the regulation's own words.
    fn reg_lang(&self) -> String {
        match &self.reg.language {
            Some(l) => format!(" lang=\"{}\"", escape(l)),
            None => String::new(),
        }
    }

    /// A condition in words, as HTML (every piece escaped): the facts'
    /// questions quoted, joined with "and" and "or".
    pub fn condition(&self, c: &Condition) -> String {
        in_words(c, self)
    }

    /// `“question?” — answer` (the answer already HTML).
    fn answer(&self, fact: &str, answer_html: &str) -> String {
        let subject = match fact {
            "status" | "application" | crate::model::CATEGORY => {
                escape(self.labels.get(&format!("cond_{fact}")))
            }
            _ => match self.reg.translated(fact, "question", self.lang.code()) {
                // The source's own translation is in the page's language.
                Some(question) => format!("<q>{}</q>", escape(question)),
                None => {
                    let question = self
                        .reg
                        .facts
                        .iter()
                        .find(|f| f.id == fact)
                        .map_or(fact, |f| f.question.as_str());
                    format!("<q{}>{}</q>", self.reg_lang(), escape(question))
                }
            },
        };
        format!("{subject} — {answer_html}")
    }

    /// One value of a fact, as HTML.
    fn value(&self, fact: &str, v: &Value, unit: Option<&str>) -> String {
        let in_reg = |text: &str| format!("<span{}>{}</span>", self.reg_lang(), escape(text));
        match v {
            Value::YesNo(b) => escape(self.labels.get(if *b { "answer_yes" } else { "answer_no" })),
            Value::Number(n) => match unit {
                Some(u) => format!("{n} {}", in_reg(u)),
                None => n.to_string(),
            },
            Value::Date(d) => date(*d),
            Value::DateOf(d) => in_reg(&d.to_string()),
            // The category applied under: the plain name of the category,
            // branch or group named.
            Value::Option(o) if fact == crate::model::CATEGORY => {
                let reg = self.reg;
                let name = reg
                    .category(o)
                    .map(crate::model::Category::plain_name)
                    .or_else(|| reg.group(o).map(crate::model::Group::plain_name))
                    .or_else(|| {
                        reg.categories
                            .iter()
                            .flat_map(|c| &c.branches)
                            .find(|b| b.id == *o)
                            .map(crate::model::Branch::plain_name)
                    });
                in_reg(name.as_deref().unwrap_or(o))
            }
            Value::Option(o) if matches!(fact, "status" | "application") => {
                match self.reg.translated(o, "title", self.lang.code()) {
                    Some(t) => escape(t),
                    None => in_reg(self.option_title(fact, o).unwrap_or(o)),
                }
            }
            Value::Option(o) => {
                let choice = match self.reg.fact_type(fact) {
                    Some(FactType::Choice { choice }) => Some(choice),
                    _ => None,
                };
                let line = format!("option {o}");
                match choice
                    .as_deref()
                    .and_then(|c| self.reg.translated(c, &line, self.lang.code()))
                {
                    // The source's own translation is in the page's language.
                    Some(t) => escape(t),
                    None => in_reg(
                        choice
                            .as_deref()
                            .and_then(|c| self.option_title(c, o))
                            .unwrap_or(o),
                    ),
                }
            }
        }
    }

    /// The words of an option of a choice (or a status, or an application).
    pub fn option_title<'r>(&'r self, choice: &str, option: &'r str) -> Option<&'r str> {
        match choice {
            "status" => self
                .reg
                .statuses
                .iter()
                .find(|s| s.id == option)
                .map(|s| s.title.as_str()),
            "application" => self
                .reg
                .applications
                .iter()
                .find(|a| a.id == option)
                .map(|a| a.title.as_str()),
            _ => self
                .reg
                .choices
                .iter()
                .find(|c| c.id == choice)
                .and_then(|c| c.options.iter().find(|o| o.id == option))
                .map(|o| o.title.as_str()),
        }
    }
}

impl Phrasing for Words<'_> {
    fn conjunction(&self, all: bool) -> String {
        escape(self.labels.get(if all { "cond_and" } else { "cond_or" }))
    }

    fn negation(&self) -> String {
        escape(self.labels.get("cond_not"))
    }

    fn operator(&self, operator: Operator, several: bool, dates: bool) -> String {
        let key = match operator {
            Operator::In if several => "op_one_of",
            Operator::In => "op_is",
            Operator::NotIn if several => "op_none_of",
            Operator::NotIn => "op_is_not",
            Operator::AtLeast if dates => "op_on_or_after",
            Operator::AtMost if dates => "op_on_or_before",
            Operator::Under if dates => "op_before",
            Operator::Over if dates => "op_after",
            Operator::AtLeast => "op_at_least",
            Operator::AtMost => "op_at_most",
            Operator::Under => "op_under",
            Operator::Over => "op_over",
        };
        escape(self.labels.get(key))
    }

    fn value_separator(&self) -> String {
        ", ".to_owned()
    }

    fn value(&self, fact: &str, value: &Value, unit: Option<&str>) -> String {
        Words::value(self, fact, value, unit)
    }

    fn statement(&self, fact: &str, predicate: &str) -> String {
        self.answer(fact, predicate)
    }
}
