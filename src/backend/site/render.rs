//! Rendering the stands: the tera templates of `templates/site/`, filled
//! with the pages' content, one stand per office.

use serde::Serialize;
use tera::{Context, Tera};

use super::catalog::{acts, forms, pdfs, sheets};
use super::changes::{Versions, office_changes};
use super::coverage::{coverage, warnings};
use super::labels::Labels;
use super::office::{Office, Shown, field_in_sentence, tel};
use super::pages::content;
use super::plan::{PAGES, Plan};
use super::selfcheck::self_check;
use super::views::{Elements, full_text, links};
use super::words::{Words, date};
use super::{Inputs, Lang, Written};
use crate::model::Regulation;
use crate::output::Writer;

/// The templates, compiled into the tool like `templates/rust/deadline/`.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../../templates/site/base.html"),
    ),
    (
        "parts.html",
        include_str!("../../../templates/site/parts.html"),
    ),
    (
        "stands.html",
        include_str!("../../../templates/site/stands.html"),
    ),
    (
        "index.html",
        include_str!("../../../templates/site/index.html"),
    ),
    (
        "applicants.html",
        include_str!("../../../templates/site/applicants.html"),
    ),
    (
        "documents.html",
        include_str!("../../../templates/site/documents.html"),
    ),
    (
        "terms.html",
        include_str!("../../../templates/site/terms.html"),
    ),
    (
        "forms.html",
        include_str!("../../../templates/site/forms.html"),
    ),
    (
        "information.html",
        include_str!("../../../templates/site/information.html"),
    ),
    (
        "legal-acts.html",
        include_str!("../../../templates/site/legal-acts.html"),
    ),
    (
        "regulation.html",
        include_str!("../../../templates/site/regulation.html"),
    ),
    (
        "self-check.html",
        include_str!("../../../templates/site/self-check.html"),
    ),
    (
        "coverage.html",
        include_str!("../../../templates/site/coverage.html"),
    ),
    (
        "changes.html",
        include_str!("../../../templates/site/changes.html"),
    ),
];

/// Files copied as they are into `site/<regulation id>/assets/`.
const ASSETS: &[(&str, &str)] = &[
    (
        "site.css",
        include_str!("../../../templates/site/assets/site.css"),
    ),
    // One file for the pages to load, written in parts that share one
    // function's scope: the first opens it, the last closes it.
    (
        "stand.js",
        concat!(
            include_str!("../../../templates/site/assets/stand/dates.js"),
            include_str!("../../../templates/site/assets/stand/conditions.js"),
            include_str!("../../../templates/site/assets/stand/words.js"),
            include_str!("../../../templates/site/assets/stand/self-check.js"),
            include_str!("../../../templates/site/assets/stand/start.js"),
        ),
    ),
    (
        "nav.js",
        include_str!("../../../templates/site/assets/nav.js"),
    ),
    // A page with no icon of its own makes the browser ask the server's
    // root for one: a 404 in the console of every kiosk page.
    (
        "icon.svg",
        include_str!("../../../templates/site/assets/icon.svg"),
    ),
];

/// A link of the navigation.
#[derive(Serialize)]
struct NavItem {
    href: String,
    title: String,
    current: bool,
}

/// A phone as shown.
#[derive(Serialize)]
struct PhoneView {
    label: Option<Shown>,
    number: String,
    tel: String,
}

/// A web address as shown.
#[derive(Serialize)]
struct SiteView {
    label: Shown,
    url: String,
}

/// An office as shown.
#[derive(Serialize)]
struct OfficeView {
    id: String,
    profile: bool,
    name: Shown,
    about: Option<Shown>,
    address: Option<Shown>,
    postal_address: Option<Shown>,
    hours: Vec<Shown>,
    phones: Vec<PhoneView>,
    answerphone: Option<PhoneView>,
    heads_phones: Vec<PhoneView>,
    bank_details: Vec<Shown>,
    payment_points: Vec<Shown>,
    reception_booking: Option<Shown>,
    websites: Vec<SiteView>,
    sources: Vec<String>,
    /// The language the profile's sources are written in, where it is not
    /// the interface's.
    sources_lang: Option<String>,
    /// What the profile lacks, said once rather than "Not given" on every
    /// row: the contacts, the other details of the information page, and
    /// the payment details (none when the profile gives them all, or when
    /// there is no profile at all, which the stand says otherwise).
    not_published: NotPublished,
}

#[derive(Serialize)]
struct NotPublished {
    /// The contacts the home page lists.
    contacts: Option<String>,
    /// The contacts and the other details the information page lists.
    office: Option<String>,
    payment: Option<String>,
}

/// "Not published by this office: postal address, working hours." for the
/// fields among `fields` the profile lacks.
fn not_published(office: &Office, labels: &Labels, fields: &[&str]) -> Option<String> {
    let lacking: Vec<String> = fields
        .iter()
        .filter(|f| !office.has(f))
        .map(|f| field_in_sentence(labels, f))
        .collect();
    (!lacking.is_empty())
        .then(|| labels.fill("office_not_published", &[("fields", &lacking.join(", "))]))
}

fn office_view(office: &Office, labels: &Labels, lang: Lang, profile: bool) -> OfficeView {
    let p = &office.profile;
    let l = lang.code();
    let d = p.language.as_str();
    let pick = |x: &super::office::Localized| x.pick(l, d);
    let phone = |ph: &super::office::Phone| PhoneView {
        label: Some(pick(&ph.label)),
        number: ph.number.clone(),
        tel: tel(&ph.number),
    };
    OfficeView {
        id: office.id.clone(),
        profile,
        name: pick(&p.name),
        about: p.about.as_ref().map(pick),
        address: p.address.as_ref().map(pick),
        postal_address: p.postal_address.as_ref().map(pick),
        hours: p.hours.iter().map(pick).collect(),
        phones: p.phones.iter().map(phone).collect(),
        answerphone: p.answerphone.as_ref().map(|n| PhoneView {
            label: None,
            number: n.clone(),
            tel: tel(n),
        }),
        heads_phones: p.heads_phones.iter().map(phone).collect(),
        bank_details: p.bank_details.iter().map(pick).collect(),
        payment_points: p.payment_points.iter().map(pick).collect(),
        reception_booking: p.reception_booking.as_ref().map(pick),
        websites: p
            .websites
            .iter()
            .map(|w| SiteView {
                label: pick(&w.label),
                url: w.url.clone(),
            })
            .collect(),
        sources: p.sources.clone(),
        sources_lang: (p.language != l).then(|| p.language.clone()),
        not_published: NotPublished {
            contacts: not_published(
                office,
                labels,
                &["address", "postal_address", "hours", "phones"],
            )
            .filter(|_| profile),
            office: not_published(
                office,
                labels,
                &[
                    "address",
                    "postal_address",
                    "hours",
                    "phones",
                    "reception_booking",
                    "heads_phones",
                    "websites",
                ],
            )
            .filter(|_| profile),
            payment: not_published(office, labels, &["bank_details", "payment_points"])
                .filter(|_| profile),
        },
    }
}

/// The facts of the regulation block, in words.
#[derive(Serialize)]
struct RegulationView {
    id: String,
    title: String,
    /// The title is the source's translation into the page's language.
    title_translated: bool,
    /// The name the header shows on every page: short, so that a phone's
    /// first screen is not all title (the index gives the full title).
    short_title: String,
    order: Option<String>,
    registration: Option<String>,
    amended: Option<String>,
    source: Option<String>,
}

/// The header's name of the service: the first sentence of the service's
/// clarified wording (its `service` clause; the title where there is none,
/// or where the source translates the title into the interface's language),
/// cut at a comma or after `SHORT` words, with an ellipsis where cut.
fn short_title(reg: &Regulation, lang: Lang) -> String {
    const SHORT: usize = 12;
    let service = reg
        .service
        .as_ref()
        .and_then(|id| reg.provisions.iter().find(|p| &p.id == id));
    let whole = match (reg.translated(&reg.id, "title", lang.code()), service) {
        (Some(t), _) => t.to_owned(),
        (None, Some(p)) => {
            let w = &p.clause.wording;
            let text = w
                .plain
                .as_deref()
                .map_or_else(|| w.text.clone(), crate::backend::forms::plain_text);
            let end = text
                .find([':', ';'])
                .into_iter()
                .chain(text.find(". "))
                .min()
                .unwrap_or(text.len());
            text[..end].to_owned()
        }
        (None, None) => reg.title.clone(),
    };
    let whole = whole.trim().trim_end_matches(['.', ',']);
    let words: Vec<&str> = whole.split_whitespace().collect();
    if words.len() <= SHORT && !whole.is_empty() {
        return words.join(" ");
    }
    let head = &words[..SHORT.min(words.len())];
    // The last comma among the first words ends a phrase: cut there.
    let cut = head
        .iter()
        .rposition(|w| w.ends_with(','))
        .filter(|i| *i >= 3)
        .map_or(head.len(), |i| i + 1);
    let mut short = head[..cut].join(" ");
    while short.ends_with([',', ';', ':', '(']) {
        short.pop();
    }
    format!("{short}…")
}

/// The plan of a regulation that has none: the stand answers no duty.
static NO_PLAN: Plan = Plan {
    channel: None,
    pages: std::collections::BTreeMap::new(),
    duties: std::collections::BTreeMap::new(),
    file: String::new(),
};

/// One regulation's site, ready to write.
pub struct Site<'r> {
    reg: &'r Regulation,
    inputs: &'r Inputs,
    written: &'r [Written],
    labels: Labels,
    english: Labels,
    plan: &'r Plan,
    tera: Tera,
}

impl<'r> Site<'r> {
    /// Loads the templates, labels and plan.
    pub fn new(
        reg: &'r Regulation,
        inputs: &'r Inputs,
        written: &'r [Written],
    ) -> Result<Self, String> {
        let mut tera = Tera::new();
        tera.add_raw_templates(TEMPLATES.iter().copied())
            .map_err(|e| format!("templates/site: {e}"))?;
        Ok(Self {
            reg,
            inputs,
            written,
            labels: Labels::of(inputs.lang)?,
            english: Labels::of(Lang::En)?,
            plan: match inputs.plans.get(&reg.id) {
                Some(plan) => {
                    plan.check(reg)?;
                    plan
                }
                None => &NO_PLAN,
            },
            tera,
        })
    }

    fn render(&self, template: &str, ctx: &Context) -> Result<Vec<u8>, String> {
        self.tera
            .render(template, ctx)
            .map(String::into_bytes)
            .map_err(|e| format!("templates/site/{template}: {e}"))
    }

    /// Writes every stand, the list of stands and the assets; returns the warnings.
    pub fn write(self, out: &mut dyn Writer) -> Result<Vec<String>, String> {
        let reg = self.reg;
        let lang = self.inputs.lang;
        let words = Words {
            lang,
            labels: &self.labels,
            reg,
        };
        let english = Words {
            lang: Lang::En,
            labels: &self.english,
            reg,
        };
        let links = links(reg);
        let mut elements = Elements::new(reg, &words, &links);
        let versions = Versions::new(reg, &words, self.inputs.day, &|id| {
            elements.get(id).is_some()
        })?;
        elements.mark(&versions.marks);
        let pdfs = pdfs(reg, self.written);
        let forms = forms(reg, &words, &links, self.written);
        let check =
            self_check(reg, lang, &self.labels, &elements, &forms).map_err(|e| e.to_string())?;
        let l = &self.labels;
        let enactment = |key: &str, e: &crate::model::Enactment| words.enactment(key, e);
        let regulation = RegulationView {
            id: reg.id.clone(),
            title: reg
                .translated(&reg.id, "title", lang.code())
                .unwrap_or(&reg.title)
                .to_owned(),
            title_translated: reg.translated(&reg.id, "title", lang.code()).is_some(),
            short_title: short_title(reg, lang),
            order: reg.order.as_ref().map(|o| enactment("order_words", o)),
            registration: reg
                .registration
                .as_ref()
                .map(|o| enactment("registered_words", o)),
            amended: reg
                .amended
                .map(|d| l.fill("amended_words", &[("date", &date(d))])),
            source: reg.source.clone(),
        };
        let mut base = Context::new();
        base.insert("t", l);
        base.insert("ui_lang", lang.code());
        base.insert("reg_lang", &reg.language);
        base.insert(
            "src_lang",
            &reg.language.as_ref().filter(|l| l.as_str() != lang.code()),
        );
        base.insert("reg", &regulation);
        base.insert(
            "content",
            &content(reg, &words, &elements, self.plan, &links),
        );
        base.insert("forms", &forms);
        base.insert("forms_built", &forms.iter().any(|f| f.blank.is_some()));
        base.insert("acts", &acts(reg, &words));
        base.insert("text", &full_text(reg, &elements));
        // Clause headings sit under the parts' headings, if there are parts.
        base.insert("clause_h", &if reg.parts.is_empty() { 2 } else { 3 });
        base.insert("check", &check);
        base.insert("versions", &versions);
        base.insert("assets", "../assets");

        let unnamed = Office::unnamed(l.get("office_unnamed"), lang.code());
        let stands: Vec<(&Office, bool)> = if self.inputs.offices.is_empty() {
            vec![(&unnamed, false)]
        } else {
            self.inputs.offices.iter().map(|o| (o, true)).collect()
        };
        let mut all_warnings = Vec::new();
        // Without duties there is nothing for a plan to answer.
        if self.plan.channel.is_none() && !reg.duties.is_empty() {
            all_warnings.push(format!(
                "{}: no stand plan `{}.toml` in the folder of stand plans (`--stands`, by default regulations/stands): the stand answers none of the regulation's publication duties",
                reg.id, reg.id
            ));
        }
        if self.inputs.offices.is_empty() {
            all_warnings.push(format!(
                "{}: no office profiles: one stand is built without any office's address, hours or phones",
                reg.id
            ));
        }
        let mut listed = Vec::new();
        for (office, profile) in &stands {
            let given = profile.then_some(*office);
            let cov = coverage(reg, &words, self.plan, given, &forms, &elements);
            // Warnings are in English; an English stand's coverage already is.
            let cov_en = match lang {
                Lang::En => None,
                _ => Some(coverage(reg, &english, self.plan, given, &forms, &elements)),
            };
            let stand = format!("{}/{}", reg.id, office.id);
            all_warnings.extend(warnings(&stand, cov_en.as_ref().unwrap_or(&cov)));
            let view = office_view(office, &self.labels, lang, *profile);
            let mut ctx = base.clone();
            ctx.insert("office", &view);
            ctx.insert("sheets", &sheets(reg, self.written, &office.id));
            ctx.insert("coverage", &cov);
            // The "What changed" page, when there is a change to show.
            let office_changed = office_changes(office, lang, l, self.inputs.day);
            let changes = !versions.amendments.is_empty() || !office_changed.is_empty();
            ctx.insert("office_changes", &office_changed);
            ctx.insert("has_changes", &changes);
            let extra: &[&str] = if changes {
                &["coverage", "changes"]
            } else {
                &["coverage"]
            };
            for page in PAGES.iter().chain(extra) {
                ctx.insert("page", page);
                ctx.insert(
                    "page_title",
                    l.get(&format!("page_{}", page.replace('-', "_"))),
                );
                ctx.insert("nav", &self.nav(page, changes));
                let html = self.render(&format!("{page}.html"), &ctx)?;
                out.write(&format!("site/{}/{}/{page}.html", reg.id, office.id), &html)
                    .map_err(|e| e.to_string())?;
            }
            listed.push(view);
        }
        let mut ctx = base;
        ctx.insert("assets", "assets");
        ctx.insert("stands", &listed);
        ctx.insert("page", "stands");
        ctx.insert("page_title", l.get("page_stands"));
        ctx.insert("nav", &Vec::<NavItem>::new());
        ctx.insert("has_changes", &false);
        let html = self.render("stands.html", &ctx)?;
        out.write(&format!("site/{}/index.html", reg.id), &html)
            .map_err(|e| e.to_string())?;
        // One copy for all the stands, inside the site, so that a stand
        // copied alone onto a kiosk keeps its forms.
        for (name, bytes) in &pdfs {
            out.write(&format!("site/{}/forms/{name}", reg.id), bytes)
                .map_err(|e| e.to_string())?;
        }
        for (name, text) in ASSETS {
            out.write(&format!("site/{}/assets/{name}", reg.id), text.as_bytes())
                .map_err(|e| e.to_string())?;
        }
        Ok(all_warnings)
    }

    fn nav(&self, current: &str, changes: bool) -> Vec<NavItem> {
        // "What changed" right after the full text it annotates.
        let mut pages: Vec<&str> = PAGES.to_vec();
        if changes {
            let at = pages
                .iter()
                .position(|p| *p == "regulation")
                .map_or(pages.len(), |i| i + 1);
            pages.insert(at, "changes");
        }
        pages
            .iter()
            .map(|p| NavItem {
                href: format!("{p}.html"),
                title: self
                    .labels
                    .get(&format!("page_{}", p.replace('-', "_")))
                    .to_owned(),
                current: *p == current,
            })
            .collect()
    }
}
