//! The `rust` target: the regulation's rules as a standalone crate,
//! `rust/<regulation id>/`.
//!
//! The crate has one enum per kind of element (categories with their
//! branches, grounds, applications, statuses, documents, forms, terms,
//! events, acts, legal-representative rules, each choice), each variant
//! documented with its clause, text and basis; a `Facts` struct; and the
//! functions `reglament explain` answers with. The regulation-specific
//! parts are generated here; what is the same for every regulation is
//! copied from `templates/rust/`: the deadline computation (the very file
//! compiled into reglament), the three-valued logic, the decision
//! algorithm and its JSON. So the generated code is small and the code a
//! reader most needs to trust is hand-written and reviewed once.
//!
//! Code is laid out exactly as rustfmt would ([`layout`]); every string
//! from the source is a literal escaped by `proc_macro2` or an escaped doc
//! comment ([`code`]); ids become names by [`names`]. The tokens of each
//! generated `.rs` file are checked before it is written ([`tokens`]): a
//! literal or comment left open, brackets that do not match, a character
//! rustc refuses, or other than ASCII outside literals and comments is a
//! build error here, not a broken crate. The check does not parse: that
//! the generator's own code is Rust is proven by the tests, which build,
//! lint and run the crates of the bundled and the synthetic regulations.

mod categories;
mod clauses;
mod code;
mod conditions;
mod documents;
mod evaluate;
mod evaluation;
mod examples;
mod facts;
mod fees;
mod flags;
mod layout;
mod names;
mod root;
mod terms;
mod tokens;
mod versions;
mod words;

use std::cell::RefCell;
use std::io;
use std::rc::Rc;

use crate::model::Regulation;
use crate::output::Writer;

use clauses::Context;

/// Files copied into every crate as they are: (path in the crate, text).
const COPIED: [(&str, &str); 15] = [
    (
        "src/deadline/mod.rs",
        include_str!("../../../templates/rust/deadline/mod.rs"),
    ),
    (
        "src/deadline/calendar.rs",
        include_str!("../../../templates/rust/deadline/calendar.rs"),
    ),
    (
        "src/deadline/duration.rs",
        include_str!("../../../templates/rust/deadline/duration.rs"),
    ),
    (
        "src/deadline/steps.rs",
        include_str!("../../../templates/rust/deadline/steps.rs"),
    ),
    (
        "src/answer.rs",
        include_str!("../../../templates/rust/answer.rs"),
    ),
    (
        "src/batch.rs",
        include_str!("../../../templates/rust/batch.rs"),
    ),
    (
        "src/columns.rs",
        include_str!("../../../templates/rust/columns.rs"),
    ),
    (
        "src/decide.rs",
        include_str!("../../../templates/rust/decide.rs"),
    ),
    (
        "src/decision.rs",
        include_str!("../../../templates/rust/decision.rs"),
    ),
    (
        "src/limits.rs",
        include_str!("../../../templates/rust/limits.rs"),
    ),
    (
        "src/json.rs",
        include_str!("../../../templates/rust/json.rs"),
    ),
    (
        "src/meta.rs",
        include_str!("../../../templates/rust/meta.rs"),
    ),
    (
        "src/sets.rs",
        include_str!("../../../templates/rust/sets.rs"),
    ),
    ("src/tri.rs", include_str!("../../../templates/rust/tri.rs")),
    (
        "src/flag.rs",
        include_str!("../../../templates/rust/flag.rs"),
    ),
];

const CARGO_TOML: &str = include_str!("../../../templates/rust/Cargo.toml.tera");
const README: &str = include_str!("../../../templates/rust/README.md.tera");
const LIB_DOCS: &str = include_str!("../../../templates/rust/lib.md.tera");

/// Writes `rust/<regulation id>/`.
pub fn build(reg: &Regulation, out: &mut dyn Writer) -> io::Result<()> {
    let files = generate(reg).map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("the Rust crate of `{}` cannot be generated: {e}", reg.id),
        )
    })?;
    for (path, text) in files {
        out.write(&format!("rust/{}/{path}", reg.id), text.as_bytes())?;
    }
    Ok(())
}

/// The crate's files: (path in the crate, text).
fn generate(reg: &Regulation) -> Result<Vec<(String, String)>, String> {
    let krate = names::crate_name(&reg.id).map_err(|e| e.to_string())?;
    let prepared = versions::prepare(reg)?;
    // An amended regulation's enums are the union over its versions.
    let reg = prepared.as_ref().map_or(reg, |p| &p.aligned[p.presented]);
    let names = names::Names::new(reg).map_err(|e| e.to_string())?;
    let versioned = prepared.is_some();
    let mut files: Vec<(String, String)> = COPIED
        .iter()
        .map(|(path, text)| ((*path).to_owned(), flavour(text, versioned)))
        .collect();
    let overview = overview(reg, &names, &krate)?;
    let docs = render("lib.md", LIB_DOCS, &overview)?;
    files.push(("src/lib.rs".to_owned(), root::lib(reg, &names, &docs)));
    let mut cx = Context::new(reg, &names);
    files.push(("src/acts.rs".to_owned(), root::acts(&cx)));
    files.push(("src/calendar.rs".to_owned(), root::calendar(reg)));
    let flags = flags::Flags::new(&cx, prepared.is_none());
    files.push(("src/facts.rs".to_owned(), facts::facts(&cx, &flags)));
    files.push(("src/choices.rs".to_owned(), facts::choices(&cx)));
    if let Some(prepared) = &prepared {
        // Each version once, to record what its methods say; then the
        // files, every method merged over the versions.
        let pass = Rc::new(RefCell::new(versions::Pass::new(prepared, &names)));
        for (v, aligned) in prepared.aligned.iter().enumerate() {
            pass.borrow_mut().record(v);
            let mut cx = Context::new(aligned, &names);
            cx.pass = Some(pass.clone());
            categories::build(&cx)?;
            documents::build(&cx)?;
            terms::build(&cx)?;
            fees::build(&cx);
        }
        pass.borrow_mut().merge();
        cx.pass = Some(pass);
        files.push((
            "src/versions.rs".to_owned(),
            versions::file(reg, prepared, &names),
        ));
    }
    files.push(("src/categories.rs".to_owned(), categories::build(&cx)?));
    if prepared.is_none() {
        files.push(("src/evaluate.rs".to_owned(), evaluate::build(&cx, &flags)?));
    }
    files.push(("src/documents.rs".to_owned(), documents::build(&cx)?));
    files.push(("src/terms.rs".to_owned(), terms::build(&cx)?));
    files.push(("src/fees.rs".to_owned(), fees::build(&cx)));
    files.push((
        "tests/examples.rs".to_owned(),
        examples::examples(reg, &names, &krate)?,
    ));
    check_tokens(&files[COPIED.len()..])?;
    files.push(("Cargo.toml".to_owned(), cargo_toml(reg, &krate)?));
    files.push((
        "README.md".to_owned(),
        render("README.md", README, &overview)?,
    ));
    files.sort();
    Ok(files)
}

/// Checks the tokens of the generated files ([`tokens`]), so a mistake
/// of the generator that lets text out of a literal or comment is an error
/// here and not a broken crate. The copied files are the same in every
/// crate and compiled and tested as the bundled one, so they are not read
/// again.
fn check_tokens(files: &[(String, String)]) -> Result<(), String> {
    for (path, text) in files {
        tokens::check(text).map_err(|e| format!("{path} would not be valid Rust: {e}"))?;
    }
    Ok(())
}

/// A hand-written file for this crate: lines marked `//+` are for the
/// crates of amended regulations (they thread the version through), lines
/// ending `//-` for the others, lines marked `//#` (notes on the template)
/// for neither; the marks go.
fn flavour(text: &str, versioned: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        if body.starts_with("//#") {
            continue;
        }
        if let Some(rest) = body.strip_prefix("//+") {
            if versioned {
                let rest = rest.strip_prefix(' ').unwrap_or(rest);
                if !rest.is_empty() {
                    out.push_str(indent);
                    out.push_str(rest);
                }
                out.push('\n');
            }
        } else if let Some(kept) = line.strip_suffix(" //-") {
            if !versioned {
                out.push_str(kept);
                out.push('\n');
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn render(name: &str, template: &str, context: &tera::Context) -> Result<String, String> {
    let mut tera = tera::Tera::new();
    tera.add_raw_template(name, template)
        .map_err(|e| format!("templates/rust/{name}: {e}"))?;
    tera.render(name, context)
        .map_err(|e| format!("templates/rust/{name}: {e:?}"))
}

fn cargo_toml(reg: &Regulation, krate: &str) -> Result<String, String> {
    let mut context = tera::Context::new();
    context.insert("name", krate);
    context.insert("id", &reg.id);
    context.insert("version", env!("CARGO_PKG_VERSION"));
    let description = format!("The rules of: {}", reg.title);
    context.insert("description", &toml_string(&description));
    render("Cargo.toml", CARGO_TOML, &context)
}

/// What the crate's docs and its README say: the title, the enactment,
/// the generating version, and the example of use.
fn overview(reg: &Regulation, names: &names::Names, krate: &str) -> Result<tera::Context, String> {
    let mut context = tera::Context::new();
    context.insert("name", krate);
    context.insert("title", &code::prose(&reg.title).join("\n"));
    let mut made = Vec::new();
    if let Some(o) = &reg.order {
        made.push(format!(
            "Approved by order No. {} of {} ({})",
            o.number, o.date, o.by
        ));
    }
    if let Some(d) = reg.amended {
        made.push(format!("as amended on {d}"));
    }
    let made = (!made.is_empty()).then(|| format!("{}.", code::inline(&made.join("; "))));
    context.insert("made", &made);
    context.insert("version", env!("CARGO_PKG_VERSION"));
    context.insert("usage", examples::usage(reg, names, krate)?.trim_end());
    Ok(context)
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
