//! `reglament fill`: an application form filled in from an applicant's data.
//!
//! The data is checked against the form's rules first; every problem is
//! reported with its JSON path and rule, and no PDF is written unless there
//! is none.

use std::path::{Path, PathBuf};

use reglament::backend::forms::{FillError, fill};
use reglament::diagnostics::messages::forms::FillProblem;
use reglament::model::Regulation;

use super::MessageFormat;
use super::common::{FAILED, OK, load, report, usage_error};

/// Arguments of `fill`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The form's id (`issue_form`).
    form: String,
    /// The applicant's data: a JSON object with one key per field.
    #[arg(long, value_name = "FILE")]
    data: PathBuf,
    /// Where the PDF goes.
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    /// The regulation (a main `.rgl` file or a directory holding one; default: `regulations/`).
    #[arg(long, value_name = "PATH")]
    regulation: Option<PathBuf>,
}

pub fn run(args: &Args, format: MessageFormat) -> u8 {
    let paths: Vec<PathBuf> = args.regulation.iter().cloned().collect();
    let loaded = match load(&paths) {
        Ok(l) => l,
        Err(e) => return usage_error(&e),
    };
    if loaded.has_errors() {
        report(&loaded.problems(), &loaded.sources, format);
        return FAILED;
    }
    let regs: Vec<&Regulation> = loaded.regulations().collect();
    let Some(reg) = regs.iter().find(|r| r.form(&args.form).is_some()) else {
        let known: Vec<String> = regs
            .iter()
            .flat_map(|r| r.forms.iter().filter(|f| !f.sections.is_empty()))
            .map(|f| f.id.clone())
            .collect();
        return usage_error(&format!(
            "no form `{}`; the forms that can be filled are: {}",
            args.form,
            known.join(", ")
        ));
    };
    let text = match reglament::source::read_text(&args.data) {
        Ok(t) => t,
        Err(e) => {
            return usage_error(&format!(
                "cannot read `{}`: {}",
                args.data.display(),
                reglament::load::io_reason(&e)
            ));
        }
    };
    let data: serde_json::Value = match serde_json::from_str(&text) {
        Ok(d) => d,
        Err(e) => {
            return usage_error(&format!("`{}` is not valid JSON: {e}", args.data.display()));
        }
    };
    match fill(reg, &args.form, &data) {
        Ok(pdf) => match reglament::output::write_whole(&args.output, &pdf) {
            Ok(()) => {
                if format == MessageFormat::Human {
                    eprintln!("filled `{}` into `{}`", args.form, args.output.display());
                }
                OK
            }
            Err(e) => usage_error(&format!(
                "cannot write `{}`: {}",
                args.output.display(),
                reglament::load::io_reason(&e)
            )),
        },
        Err(FillError::Invalid(problems)) => {
            print_problems(&args.data, &args.form, &problems, format);
            FAILED
        }
        Err(FillError::UnknownForm { known }) => usage_error(&format!(
            "the form `{}` has no fields to fill; the forms that can be filled are: {}",
            args.form,
            known.join(", ")
        )),
        Err(FillError::Typeset(e)) => usage_error(&format!("typesetting failed:\n{e}")),
    }
}

fn print_problems(data: &Path, form: &str, problems: &[FillProblem], format: MessageFormat) {
    match format {
        MessageFormat::Human => {
            for p in problems {
                let clause = p
                    .clause
                    .as_ref()
                    .map(|c| format!(", clause {c}"))
                    .unwrap_or_default();
                eprintln!("error[{}{clause}]: {}: {}", p.rule, p.path, p.message);
            }
            eprintln!(
                "`{}` does not fill `{form}`: {} problem{}; no PDF was written",
                data.display(),
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
        }
        MessageFormat::Json => {
            let v = serde_json::json!({ "form": form, "problems": problems });
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }
    }
}
