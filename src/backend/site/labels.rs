//! The site's interface labels, one TOML file per language under
//! `templates/site/labels/`. The regulation's own text is never translated.

use std::collections::BTreeMap;

use super::Lang;

const EN: &str = include_str!("../../../templates/site/labels/en.toml");
const RU: &str = include_str!("../../../templates/site/labels/ru.toml");

/// Labels by key, for one language.
#[derive(Clone, Debug, serde::Serialize)]
#[serde(transparent)]
pub struct Labels(BTreeMap<String, String>);

impl Labels {
    /// The labels of `lang`.
    pub fn of(lang: Lang) -> Result<Labels, String> {
        let text = match lang {
            Lang::En => EN,
            Lang::Ru => RU,
        };
        toml::from_str(text)
            .map(Labels)
            .map_err(|e| format!("templates/site/labels/{}.toml: {e}", lang.code()))
    }

    /// The label `key`; the key itself if there is none (the tests make sure
    /// every key used exists in every language).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.0.get(key).map_or(key, String::as_str)
    }

    /// The label `key`, if there is one.
    pub fn try_get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// `key` with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        // One pass over the label: a value that itself contains `{by}` (text
        // from the regulation) is never filled in again.
        let mut rest = self.get(key);
        let mut out = String::with_capacity(rest.len());
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let value = after.find('}').and_then(|close| {
                let name = &after[..close];
                values
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v, close))
            });
            match value {
                Some((value, close)) => {
                    out.push_str(value);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// `key` as HTML (the label escaped) with `{name}` placeholders filled
    /// in with `values`, which are HTML already.
    pub fn fill_html(&self, key: &str, values: &[(&str, &str)]) -> String {
        let escaped = Labels(BTreeMap::from([(
            key.to_owned(),
            super::markdown::escape(self.get(key)),
        )]));
        escaped.fill(key, values)
    }

    /// The labels whose keys start with `prefix`, by their keys without it
    /// (the forms' words are the labels `pdf_*`).
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.0
            .iter()
            .filter_map(move |(k, v)| Some((k.strip_prefix(prefix)?, v.as_str())))
    }

    /// Every key, for the tests.
    #[cfg(test)]
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

/// Plural form of `n` in `lang`: `one`, `few` or `many` (English has no
/// `few`: it is `many`).
pub fn plural(lang: Lang, n: u32) -> &'static str {
    match lang {
        Lang::En if n == 1 => "one",
        Lang::En => "many",
        Lang::Ru => {
            let (ten, hundred) = (n % 10, n % 100);
            if ten == 1 && hundred != 11 {
                "one"
            } else if (2..=4).contains(&ten) && !(12..=14).contains(&hundred) {
                "few"
            } else {
                "many"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_value_is_filled_in_once_even_if_it_looks_like_a_placeholder() {
        let labels = Labels::of(Lang::En).unwrap();
        let filled = labels.fill(
            "order_words",
            &[
                ("number", "{by}"),
                ("date", "11.06.2020"),
                ("by", "the Ministry"),
            ],
        );
        assert!(filled.contains("{by}"), "{filled}");
        assert!(filled.contains("the Ministry"), "{filled}");
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        let en: Vec<String> = Labels::of(Lang::En)
            .unwrap()
            .keys()
            .map(str::to_owned)
            .collect();
        let ru: Vec<String> = Labels::of(Lang::Ru)
            .unwrap()
            .keys()
            .map(str::to_owned)
            .collect();
        let only_en: Vec<&String> = en.iter().filter(|k| !ru.contains(k)).collect();
        let only_ru: Vec<&String> = ru.iter().filter(|k| !en.contains(k)).collect();
        assert!(
            only_en.is_empty() && only_ru.is_empty(),
            "only in en: {only_en:?}; only in ru: {only_ru:?}"
        );
    }

    #[test]
    fn russian_plurals() {
        let forms: Vec<&str> = [1, 2, 5, 11, 12, 21, 22, 25, 111]
            .into_iter()
            .map(|n| plural(Lang::Ru, n))
            .collect();
        assert_eq!(
            forms,
            [
                "one", "few", "many", "many", "many", "one", "few", "many", "many"
            ]
        );
    }
}
