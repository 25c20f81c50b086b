//! Office profiles: what one office adds to the regulation (its address,
//! hours, phones, payment details), kept as a TOML file per office under
//! `regulations/offices/`, apart from the regulation's text.
//!
//! A field the profile does not give is reported missing; nothing is ever
//! filled in for it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::labels::Labels;

/// Text in one language, or in several (`{ en = "...", ru = "..." }`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Localized {
    /// In the profile's `language`.
    One(String),
    /// By language code.
    Many(BTreeMap<String, String>),
}

/// A text chosen for display, with the language it is written in.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Shown {
    /// The text.
    pub text: String,
    /// Its language (`en`, `ru`).
    pub lang: String,
}

impl Localized {
    /// The text in `lang` if the profile has it, else in the first language
    /// it has (`default` for a plain string).
    pub fn pick(&self, lang: &str, default: &str) -> Shown {
        match self {
            Localized::One(text) => Shown {
                text: text.clone(),
                lang: default.to_owned(),
            },
            Localized::Many(map) => {
                let (l, t) = map
                    .get_key_value(lang)
                    .or_else(|| map.iter().next())
                    .map_or(("", ""), |(l, t)| (l.as_str(), t.as_str()));
                Shown {
                    text: t.to_owned(),
                    lang: l.to_owned(),
                }
            }
        }
    }

    fn is_blank(&self) -> bool {
        match self {
            Localized::One(t) => t.trim().is_empty(),
            Localized::Many(m) => m.values().all(|t| t.trim().is_empty()),
        }
    }
}

/// A labelled phone number.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// What the number is for.
    pub label: Localized,
    /// The number as printed: `+7 495 000-00-00`.
    pub number: String,
}

/// A labelled web address.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Website {
    /// What the site is.
    pub label: Localized,
    /// The address; `https://` or `http://` only.
    pub url: String,
}

/// One office's profile, as written in its TOML file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Language of the plain-string values (`en`, `ru`).
    pub language: String,
    /// The office's name.
    pub name: Localized,
    /// A short description shown under the name.
    pub about: Option<Localized>,
    /// Where the office is.
    pub address: Option<Localized>,
    /// Where letters go.
    pub postal_address: Option<Localized>,
    /// Working schedule, one line each.
    #[serde(default)]
    pub hours: Vec<Localized>,
    /// Phones for enquiries.
    #[serde(default)]
    pub phones: Vec<Phone>,
    /// The answerphone number.
    pub answerphone: Option<String>,
    /// Phones of the heads responsible for the quality of the service.
    #[serde(default)]
    pub heads_phones: Vec<Phone>,
    /// Bank details for paying the state fee, one line each.
    #[serde(default)]
    pub bank_details: Vec<Localized>,
    /// The nearest banks or terminals where the fee can be paid.
    #[serde(default)]
    pub payment_points: Vec<Localized>,
    /// How to book a personal reception.
    pub reception_booking: Option<Localized>,
    /// Web addresses: the Single portal, the ministry's and the regional site.
    #[serde(default)]
    pub websites: Vec<Website>,
    /// Where this office's stand is published on the web (`https://` or
    /// `http://`): its printed sheets and poster carry a QR code to it.
    pub online_stand: Option<String>,
    /// Where the profile's data come from (shown on the publisher's page).
    #[serde(default)]
    pub sources: Vec<String>,
    /// Earlier values of fields: each `[[earlier]]` table gives, with
    /// `until = YYYY-MM-DD`, the values some fields had before that day
    /// (and since the `until` of the table before it, if any). The other
    /// fields give the values from the last change on.
    #[serde(default)]
    pub earlier: Vec<toml::Table>,
}

/// The fields a profile may give, in the order the publisher's page lists
/// them; the stand plan names duties' office content by these names.
/// The name of a profile field in the interface language (`Bank details`
/// for `bank_details`), for the pages that name fields.
pub fn field_label(labels: &Labels, field: &str) -> String {
    let key = match field {
        "name" => "office_field_name".to_owned(),
        "about" => "office_field_about".to_owned(),
        "bank_details" => "payment_bank_details".to_owned(),
        "payment_points" => "payment_points".to_owned(),
        f => format!("office_{f}"),
    };
    labels.get(&key).to_owned()
}

/// The same inside a sentence: "... this office: postal address, hours."
pub fn field_in_sentence(labels: &Labels, field: &str) -> String {
    let label = field_label(labels, field);
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

pub const FIELDS: &[&str] = &[
    "address",
    "postal_address",
    "hours",
    "phones",
    "answerphone",
    "heads_phones",
    "bank_details",
    "payment_points",
    "reception_booking",
    "websites",
];

/// An office: its id (the profile's file name) and profile.
#[derive(Clone, Debug)]
pub struct Office {
    /// The file name without `.toml`: the stand's folder.
    pub id: String,
    /// What the file says.
    pub profile: Profile,
}

/// Why a profile cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("office profile `{file}`: {message}")]
pub struct OfficeError {
    /// The file.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

impl Office {
    /// Reads the profile in `text`, from the file `file` (`hq.toml`).
    pub fn parse(file: &str, text: &str) -> Result<Office, OfficeError> {
        let error = |message: String| OfficeError {
            file: file.to_owned(),
            message,
        };
        let name = file.rsplit('/').next().unwrap_or(file);
        let id = name.strip_suffix(".toml").unwrap_or(name);
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        {
            return Err(error(
                "the file name (the stand's folder) must be lower-case letters, digits, `-` and `_`"
                    .to_owned(),
            ));
        }
        let profile: Profile = toml::from_str(text).map_err(|e| {
            // A publisher edits this file by hand: say where the mistake is.
            let place = e.span().map(|span| {
                let before = &text[..span.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                format!("line {line}, column {column}: ")
            });
            error(format!(
                "{}{}",
                place.unwrap_or_default(),
                e.message().trim_end()
            ))
        })?;
        if profile.name.is_blank() {
            return Err(error("`name` is empty".to_owned()));
        }
        let mut previous: Option<jiff::civil::Date> = None;
        for entry in &profile.earlier {
            let until = until(entry).ok_or_else(|| {
                error("each `[[earlier]]` table needs `until = YYYY-MM-DD`, the day its values stopped".to_owned())
            })?;
            if previous.is_some_and(|p| p >= until) {
                return Err(error(
                    "the `[[earlier]]` tables must follow each other by their `until` day, earliest first".to_owned(),
                ));
            }
            previous = Some(until);
            // Each table's fields must be fields of a profile.
            let mut whole = toml::Table::try_from(&profile).map_err(|e| error(e.to_string()))?;
            for (key, value) in entry.iter().filter(|(k, _)| k.as_str() != "until") {
                if matches!(key.as_str(), "earlier" | "language") {
                    return Err(error(format!("`{key}` cannot change in `[[earlier]]`")));
                }
                whole.insert(key.clone(), value.clone());
            }
            whole.remove("earlier");
            Profile::deserialize(whole).map_err(|e| {
                error(format!(
                    "in the `[[earlier]]` table until {until}: {}",
                    e.message().trim_end()
                ))
            })?;
        }
        let web = |url: &str| {
            let url = url.to_ascii_lowercase();
            url.starts_with("https://") || url.starts_with("http://")
        };
        for site in &profile.websites {
            if !web(&site.url) {
                return Err(error(format!(
                    "website `{}` is not an https:// or http:// address",
                    site.url
                )));
            }
        }
        if let Some(url) = profile.online_stand.as_deref().filter(|u| !web(u)) {
            return Err(error(format!(
                "`online_stand` `{url}` is not an https:// or http:// address"
            )));
        }
        Ok(Office {
            id: id.to_owned(),
            profile,
        })
    }

    /// The profile as it stood on `day`: each field takes the value of the
    /// first `[[earlier]]` table after `day` that gives it, else its own.
    /// Without a day, the latest values (the fields themselves).
    pub fn as_of(&self, day: Option<jiff::civil::Date>) -> Office {
        let Some(day) = day else {
            return self.clone();
        };
        let Ok(mut whole) = toml::Table::try_from(&self.profile) else {
            return self.clone();
        };
        let mut taken: Vec<String> = Vec::new();
        for entry in &self.profile.earlier {
            if until(entry).is_none_or(|u| u <= day) {
                continue;
            }
            for (key, value) in entry.iter().filter(|(k, _)| k.as_str() != "until") {
                if !taken.contains(key) {
                    taken.push(key.clone());
                    whole.insert(key.clone(), value.clone());
                }
            }
        }
        match Profile::deserialize(whole) {
            Ok(profile) => Office {
                id: self.id.clone(),
                profile,
            },
            Err(_) => self.clone(),
        }
    }

    /// The days the profile's fields changed (each `[[earlier]]` table's
    /// `until`), with the fields that changed that day, earliest first.
    pub fn changes(&self) -> Vec<(jiff::civil::Date, Vec<String>)> {
        self.profile
            .earlier
            .iter()
            .filter_map(|entry| {
                let keys = entry
                    .keys()
                    .filter(|k| k.as_str() != "until")
                    .cloned()
                    .collect();
                Some((until(entry)?, keys))
            })
            .collect()
    }

    /// Is `field` (one of the profile fields the stand plan can name) given?
    pub fn has(&self, field: &str) -> bool {
        let p = &self.profile;
        let given = |o: &Option<Localized>| o.as_ref().is_some_and(|l| !l.is_blank());
        match field {
            "address" => given(&p.address),
            "postal_address" => given(&p.postal_address),
            "hours" => !p.hours.is_empty(),
            "phones" => !p.phones.is_empty(),
            "answerphone" => p.answerphone.as_ref().is_some_and(|a| !a.trim().is_empty()),
            "heads_phones" => !p.heads_phones.is_empty(),
            "bank_details" => !p.bank_details.is_empty(),
            "payment_points" => !p.payment_points.is_empty(),
            "reception_booking" => given(&p.reception_booking),
            "websites" => !p.websites.is_empty(),
            _ => false,
        }
    }

    /// The office when no profile is given: a name (in `language`) and
    /// nothing else.
    pub fn unnamed(name: &str, language: &str) -> Office {
        Office {
            id: "office".to_owned(),
            profile: Profile {
                language: language.to_owned(),
                name: Localized::One(name.to_owned()),
                about: None,
                address: None,
                postal_address: None,
                hours: vec![],
                phones: vec![],
                answerphone: None,
                heads_phones: vec![],
                bank_details: vec![],
                payment_points: vec![],
                reception_booking: None,
                websites: vec![],
                online_stand: None,
                sources: vec![],
                earlier: vec![],
            },
        }
    }
}

/// An `[[earlier]]` table's `until` day.
fn until(entry: &toml::Table) -> Option<jiff::civil::Date> {
    let date = match entry.get("until")? {
        toml::Value::Datetime(d) if d.time.is_none() && d.offset.is_none() => d.date?,
        _ => return None,
    };
    jiff::civil::Date::new(
        i16::try_from(date.year).ok()?,
        i8::try_from(date.month).ok()?,
        i8::try_from(date.day).ok()?,
    )
    .ok()
}

/// A phone number as a `tel:` address: its digits and a leading `+`. An
/// extension written after words (`доб. 12`, `ext. 12`) becomes `;ext=12`
/// (RFC 3966): run together with the number, it would dial someone else.
pub fn tel(number: &str) -> String {
    let number = number.trim();
    let (main, extension) = match number.find(char::is_alphabetic) {
        Some(at) => number.split_at(at),
        None => (number, ""),
    };
    let mut out = String::from("tel:");
    for (i, c) in main.trim().chars().enumerate() {
        if c.is_ascii_digit() || (c == '+' && i == 0) {
            out.push(c);
        }
    }
    let extension: String = extension.chars().filter(char::is_ascii_digit).collect();
    if !extension.is_empty() {
        out.push_str(";ext=");
        out.push_str(&extension);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_minimal_profile_reads_and_reports_what_it_lacks() {
        let o = Office::parse(
            "hq.toml",
            "language = \"en\"\nname = \"HQ\"\naddress = \"Street 1\"\n",
        )
        .unwrap();
        assert_eq!(o.id, "hq");
        assert!(o.has("address"));
        assert!(!o.has("hours"));
    }

    #[test]
    fn mistakes_are_reported_with_the_file() {
        let typo = Office::parse(
            "hq.toml",
            "language = \"en\"\nname = \"HQ\"\nadress = \"x\"\n",
        );
        let typo = typo.unwrap_err().to_string();
        assert!(typo.contains("hq.toml"), "{typo}");
        assert!(typo.contains("line 3, column 1"), "{typo}");
        let unclosed = Office::parse("hq.toml", "language = \"en\"\nname = \n").unwrap_err();
        assert!(unclosed.to_string().contains("line 2"), "{unclosed}");
        let bad_url = Office::parse(
            "hq.toml",
            "language = \"en\"\nname = \"HQ\"\n[[websites]]\nlabel = \"x\"\nurl = \"javascript:alert(1)\"\n",
        );
        assert!(bad_url.is_err());
        assert!(Office::parse("Bad Name.toml", "language = \"en\"\nname = \"HQ\"\n").is_err());
    }

    #[test]
    fn localized_text_falls_back_to_the_first_language() {
        let l: Localized = toml::from_str::<BTreeMap<String, Localized>>("x = { ru = \"Да\" }")
            .unwrap()
            .remove("x")
            .unwrap();
        assert_eq!(
            l.pick("en", "en"),
            Shown {
                text: "Да".to_owned(),
                lang: "ru".to_owned()
            }
        );
        assert_eq!(tel("+7 (495) 000-00-00"), "tel:+74950000000");
        assert_eq!(tel("8 800 222-74-47 доб. 12"), "tel:88002227447;ext=12");
        assert_eq!(tel("+7 495 000-00-00 ext. 3"), "tel:+74950000000;ext=3");
    }
}
