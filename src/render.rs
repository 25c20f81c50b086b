//! Showing problems: miette's graphical report on a terminal, the same
//! without colour when `NO_COLOR` is set or output is not a terminal, and
//! JSON for tools.

use std::fmt;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};
use serde_json::json;

use crate::diagnostics::{Problem, Severity};
use crate::source::Sources;

/// How human-readable reports look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Colours and Unicode boxes, for a terminal.
    Color,
    /// Unicode boxes, no escape codes: for files, pipes and `NO_COLOR`.
    Plain,
}

/// How many lines apart two labels may be and still share one snippet.
const NEAR_LINES: usize = 6;

/// A problem in the shape miette renders.
#[derive(Debug)]
struct Shown {
    code: Option<String>,
    message: String,
    severity: miette::Severity,
    help: Option<String>,
    source: Option<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
    related: Vec<Shown>,
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Shown {}

impl Diagnostic for Shown {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
        }
    }
}

fn named(sources: &Sources, file: u32) -> Option<NamedSource<String>> {
    sources
        .get(file)
        .map(|f| NamedSource::new(f.path.clone(), f.text.clone()))
}

fn shown(problem: &Problem, sources: &Sources) -> Shown {
    let primary_file = problem.primary_span().map(|s| s.file);
    let mut labels = Vec::new();
    let mut related = Vec::new();
    let primary_line = problem
        .primary_span()
        .map(|s| sources.line_col(s.file, s.start).0);
    for (i, l) in problem.labels.iter().enumerate() {
        let range = l.span.range();
        // A place far from the main one gets its own snippet: miette would
        // otherwise print every line in between.
        let line = sources.line_col(l.span.file, l.span.start).0;
        let near = primary_line.is_some_and(|p| p.abs_diff(line) <= NEAR_LINES);
        if Some(l.span.file) == primary_file && (i == 0 || near) {
            let label = if i == 0 {
                LabeledSpan::new_primary_with_span(Some(l.text.clone()), range)
            } else {
                LabeledSpan::new_with_span(Some(l.text.clone()), range)
            };
            labels.push(label);
        } else {
            // miette shows one source per report: a place in another file
            // (an included one), or far away, becomes a related note.
            related.push(Shown {
                code: None,
                message: l.text.clone(),
                severity: miette::Severity::Advice,
                help: None,
                source: named(sources, l.span.file),
                labels: vec![LabeledSpan::new_primary_with_span(None, range)],
                related: vec![],
            });
        }
    }
    Shown {
        code: Some(problem.code.as_str().to_owned()),
        message: problem.message.clone(),
        severity: match problem.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        },
        help: problem.help.clone(),
        source: primary_file.and_then(|f| named(sources, f)),
        labels,
        related,
    }
}

/// Renders problems for people.
pub fn human(problems: &[Problem], sources: &Sources, style: Style) -> String {
    let theme = match style {
        Style::Color => GraphicalTheme::unicode(),
        Style::Plain => GraphicalTheme::unicode_nocolor(),
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    let mut out = String::new();
    for p in problems {
        let mut one = String::new();
        if too_far_right(p, sources) || handler.render_report(&mut one, &shown(p, sources)).is_err()
        {
            one = without_snippet(p, sources);
        }
        out.push_str(&one);
    }
    out
}

/// The last column a snippet is drawn for. miette pads underlines with
/// `format!("{:width$}")`, which panics past 65,535 columns (a tab counts
/// four, a wide character two); and a snippet of a line that long shows
/// nothing a reader can find anyway.
const MAX_SNIPPET_COLUMN: usize = 10_000;

/// Does a place of the problem lie too far along its line to draw?
fn too_far_right(problem: &Problem, sources: &Sources) -> bool {
    problem.labels.iter().any(|l| {
        [l.span.start, l.span.end]
            .iter()
            .any(|at| sources.line_col(l.span.file, *at).1 > MAX_SNIPPET_COLUMN)
    })
}

/// A problem as text without a snippet: the code, the message, each place
/// as file, line and column with its label, and the help.
fn without_snippet(problem: &Problem, sources: &Sources) -> String {
    let mut out = format!("{}\n\n  × {}\n", problem.code, problem.message);
    for l in &problem.labels {
        let (line, column) = sources.line_col(l.span.file, l.span.start);
        let file = sources.get(l.span.file).map_or("", |f| f.path.as_str());
        out.push_str(&format!("   at {file}:{line}:{column}: {}\n", l.text));
    }
    if let Some(help) = &problem.help {
        out.push_str(&format!("  help: {help}\n"));
    }
    out.push('\n');
    out
}

/// The style for standard error: plain unless it is a terminal and `NO_COLOR` is unset.
pub fn style_for_stderr() -> Style {
    use std::io::IsTerminal;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if std::io::stderr().is_terminal() && !no_color {
        Style::Color
    } else {
        Style::Plain
    }
}

/// Renders problems as JSON: one object per problem, with 1-based lines and columns.
pub fn json(problems: &[Problem], sources: &Sources) -> serde_json::Value {
    let place = |span: crate::source::Span| {
        let (line, column) = sources.line_col(span.file, span.start);
        let (end_line, end_column) = sources.line_col(span.file, span.end);
        json!({
            "file": sources.get(span.file).map(|f| f.path.as_str()),
            "line": line, "column": column, "end_line": end_line, "end_column": end_column,
            "start": span.start, "end": span.end,
        })
    };
    let items: Vec<serde_json::Value> = problems
        .iter()
        .map(|p| {
            let labels: Vec<serde_json::Value> = p
                .labels
                .iter()
                .map(|l| {
                    let mut v = place(l.span);
                    v["text"] = json!(l.text);
                    v
                })
                .collect();
            json!({
                "code": p.code.as_str(),
                "severity": p.severity,
                "message": p.message,
                "help": p.help,
                "location": p.primary_span().map(place),
                "labels": labels,
            })
        })
        .collect();
    serde_json::Value::Array(items)
}
