//! rustfmt's layout for the few expression forms the Rust backend writes.
//!
//! The generated crate is checked with `cargo fmt --check`, so its code must
//! be exactly what rustfmt prints. prettyplease prints valid code, but with
//! its own margin (89 columns) and its own choices for calls and match arms,
//! so rustfmt reformats much of it. This module instead follows rustfmt's
//! own rules (its `overflow`, `lists`, `matches` and `expr` modules, style
//! edition 2024, default configuration) for the forms the backend needs:
//! literals, paths, calls, tuples, arrays, `&` and `!`, struct literals, a
//! match arm, and the right-hand side of `let` and `const`. Nothing else is
//! supported, so the generator cannot write a form whose layout is unknown.
//! `tests/rust_crate/backend.rs` checks the output against rustfmt itself.

mod lists;

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use lists::{List, rewrite_struct};

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;
/// rustfmt's `tab_spaces`.
const TAB: usize = 4;
/// rustfmt's `fn_call_width`: calls whose arguments are wider go vertical.
const FN_CALL_WIDTH: usize = 60;
/// rustfmt's `array_width`.
const ARRAY_WIDTH: usize = 60;
/// rustfmt's `attr_fn_like_width`.
const ATTR_FN_LIKE_WIDTH: usize = 70;
/// rustfmt's `struct_lit_width`.
const STRUCT_LIT_WIDTH: usize = 18;
/// rustfmt's `short_array_element_width_threshold`.
const SHORT_ITEM: usize = 10;

/// An expression of the forms the backend writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    /// A string literal, already escaped. rustfmt (style edition 2024)
    /// never breaks one and keeps it even past the margin.
    Str(String),
    /// A number or `true`/`false`.
    Lit(String),
    /// A path (`Self::Photos`, `None`) or a field (`facts.age`).
    Path(String),
    /// `callee(args)`.
    Call(String, Vec<Expr>),
    /// `(a, b)`.
    Tuple(Vec<Expr>),
    /// `[a, b]`.
    Array(Vec<Expr>),
    /// `&e`.
    Ref(Box<Expr>),
    /// `!e`.
    Not(Box<Expr>),
    /// `Path { field: value, ..base }`.
    Struct(String, Vec<(String, Expr)>, Option<Box<Expr>>),
    /// An attribute's meta list, `path(items)`; an item `name = "value"`
    /// is an [`Expr::Str`] (its string keeps it from ever being broken).
    Meta(String, Vec<Expr>),
}

impl Expr {
    /// A path or field.
    pub fn path(text: impl Into<String>) -> Expr {
        Expr::Path(text.into())
    }

    /// A call.
    pub fn call(callee: impl Into<String>, args: Vec<Expr>) -> Expr {
        Expr::Call(callee.into(), args)
    }

    /// `Some(e)`.
    pub fn some(e: Expr) -> Expr {
        Expr::call("Some", vec![e])
    }

    /// `&[items]`.
    pub fn slice(items: Vec<Expr>) -> Expr {
        Expr::Ref(Box::new(Expr::Array(items)))
    }

    /// A string literal of `text`, escaped by `proc_macro2`.
    pub fn str(text: &str) -> Expr {
        Expr::Str(proc_macro2::Literal::string(text).to_string())
    }

    /// rustfmt's `is_simple_expr`: literals and one-segment paths.
    fn is_simple(&self) -> bool {
        match self {
            Expr::Str(_) | Expr::Lit(_) => true,
            Expr::Path(p) => !p.contains("::"),
            Expr::Ref(e) | Expr::Not(e) => e.is_simple(),
            _ => false,
        }
    }

    /// rustfmt's `is_nested_call`: a function call, not a method call
    /// (`applied.among(..)`), which rustfmt gives the whole width.
    fn is_nested_call(&self) -> bool {
        match self {
            Expr::Call(callee, _) => !callee.contains('.'),
            Expr::Ref(e) | Expr::Not(e) => e.is_nested_call(),
            _ => false,
        }
    }

    /// rustfmt's `can_be_overflowed_expr` (block indent style).
    fn can_overflow(&self, items: usize) -> bool {
        match self {
            Expr::Call(..) | Expr::Tuple(_) | Expr::Array(_) | Expr::Struct(..) => items == 1,
            Expr::Meta(..) => items == 1,
            Expr::Ref(e) | Expr::Not(e) => e.can_overflow(items),
            _ => false,
        }
    }

    /// rustfmt's `can_flatten_block_around_this`: may a match arm's body
    /// start on the arrow's line and continue below?
    fn extends(&self) -> bool {
        match self {
            Expr::Call(..) | Expr::Tuple(_) | Expr::Array(_) | Expr::Struct(..) => true,
            Expr::Meta(..) => true,
            Expr::Ref(e) | Expr::Not(e) => e.extends(),
            _ => false,
        }
    }
}

/// Where text goes: rustfmt's `Shape` (the block indent, the columns used
/// after it on the current line, and the columns left).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Shape {
    width: usize,
    indent: usize,
    offset: usize,
}

impl Shape {
    fn indented(indent: usize) -> Shape {
        Shape {
            width: MAX_WIDTH.saturating_sub(indent),
            indent,
            offset: 0,
        }
    }

    fn sub_width(self, n: usize) -> Option<Shape> {
        Some(Shape {
            width: self.width.checked_sub(n)?,
            ..self
        })
    }

    fn offset_left(self, n: usize) -> Option<Shape> {
        Some(Shape {
            width: self.width.checked_sub(n)?,
            offset: self.offset + n,
            ..self
        })
    }

    fn block_indent(self, n: usize) -> Shape {
        Shape {
            indent: self.indent + n,
            offset: 0,
            ..self
        }
    }

    fn with_max_width(self) -> Shape {
        Shape {
            width: MAX_WIDTH.saturating_sub(self.indent),
            ..self
        }
    }

    fn used_width(self) -> usize {
        self.indent + self.offset
    }
}

/// Display width of text, as rustfmt's `unicode_str_width` counts it:
/// East Asian wide characters take two columns.
pub fn width(text: &str) -> usize {
    // Every wide character is from U+1100 on, whose UTF-8 starts with a
    // byte from 0xE1: text without one (ASCII, Cyrillic) is as wide as it
    // has characters, which the standard library counts fast. Layout asks
    // the width of long literals many times.
    if !text.bytes().any(|b| b >= 0xE1) {
        return text.chars().count();
    }
    text.chars().map(|c| if wide(c) { 2 } else { 1 }).sum()
}

fn wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD)
}

fn first_line(text: &str) -> &str {
    text.split('\n').next().unwrap_or("")
}

fn last_line(text: &str) -> &str {
    text.rsplit('\n').next().unwrap_or("")
}

fn newlines(text: &str) -> usize {
    text.matches('\n').count()
}

fn spaces(n: usize) -> String {
    " ".repeat(n)
}

/// Layouts found during one call of a public function of this module.
///
/// rustfmt tries a list's last item in several shapes (on the call's line,
/// then below it), and does so again inside that item, so trying every
/// shape afresh is exponential in the depth of the expression (a condition
/// nested 12 levels deep, alternating `all` and `any`, took 80 s). A layout
/// depends only on the expression and the shape, and the shapes are few
/// (widths and indents within the margin), so each pair is computed once:
/// linear in the size of the expression.
#[derive(Default)]
struct Memo {
    /// (the expression's address, the shape) -> its layout. Addresses are
    /// only compared while the expression tree is borrowed by the call
    /// that fills the memo, and the memo is emptied when that call ends.
    layouts: HashMap<(usize, Shape), Option<String>, BuildHasherDefault<KeyHasher>>,
    /// Layouts computed (not found in the memo) since the memo was last
    /// emptied: what the tests count to prove the work is linear.
    computed: usize,
}

/// Hashes the memo's keys (an address and small numbers) in a few
/// instructions: the standard SipHash, made to resist keys an attacker
/// chooses, cost more than the lookups it served.
#[derive(Default)]
struct KeyHasher(u64);

impl KeyHasher {
    fn add(&mut self, n: u64) {
        // FxHash's step (rustc's own hasher).
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.add(u64::from(b));
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// Runs one public layout function with an empty memo, and empties it after.
fn with_memo<T>(f: impl FnOnce() -> T) -> T {
    MEMO.with_borrow_mut(|m| *m = Memo::default());
    let result = f();
    MEMO.with_borrow_mut(|m| m.layouts = HashMap::default());
    result
}

/// How many layouts the last public call of this module computed.
#[cfg(test)]
fn computed() -> usize {
    MEMO.with_borrow(|m| m.computed)
}

/// rustfmt's `rewrite` of an expression: `None` when it cannot fit.
fn rewrite(e: &Expr, shape: Shape) -> Option<String> {
    let key = (std::ptr::from_ref(e).addr(), shape);
    if let Some(found) = MEMO.with_borrow(|m| m.layouts.get(&key).cloned()) {
        return found;
    }
    let text = rewrite_fresh(e, shape);
    MEMO.with_borrow_mut(|m| {
        m.computed += 1;
        m.layouts.insert(key, text.clone());
    });
    text
}

fn rewrite_fresh(e: &Expr, shape: Shape) -> Option<String> {
    match e {
        Expr::Str(s) => Some(s.clone()),
        Expr::Lit(s) | Expr::Path(s) => (width(s) <= shape.width).then(|| s.clone()),
        Expr::Call(callee, args) => {
            if width(callee) > shape.width {
                return None;
            }
            List::new(callee, "(", ")", args, shape, FN_CALL_WIDTH).rewrite(shape)
        }
        Expr::Tuple(items) => List::new("", "(", ")", items, shape, FN_CALL_WIDTH).rewrite(shape),
        Expr::Meta(path, items) => {
            let mut list = List::new(path, "(", ")", items, shape, ATTR_FN_LIKE_WIDTH);
            list.trailing = false;
            list.rewrite(shape)
        }
        Expr::Array(items) => List::new("", "[", "]", items, shape, ARRAY_WIDTH).rewrite(shape),
        Expr::Ref(inner) => Some(format!("&{}", rewrite(inner, shape.offset_left(1)?)?)),
        Expr::Not(inner) => Some(format!("!{}", rewrite(inner, shape.offset_left(1)?)?)),
        Expr::Struct(path, fields, base) => rewrite_struct(path, fields, base.as_deref(), shape),
    }
}

/// rustfmt's `prefer_next_line`.
fn prefer_next_line(same_line: &str, next_line: &str) -> bool {
    let ends = |s: &str, c: char| first_line(s).ends_with(c);
    !next_line.contains('\n')
        || newlines(same_line) > newlines(next_line) + 1
        || ['(', '{', '[']
            .iter()
            .any(|&c| ends(same_line, c) && !ends(next_line, c))
}

/// `pattern => body,` in a `match` whose arms are indented by `indent`:
/// rustfmt's `rewrite_match_body` for a body that is not a block. The
/// result starts at the pattern and ends with the line after the arm.
pub fn match_arm(pattern: &str, body: &Expr, indent: usize) -> String {
    let shape = Shape::indented(indent);
    with_memo(|| arm(pattern, body, shape)).unwrap_or_else(|| {
        // rustfmt gives up on such an arm (a pattern wider than the line)
        // and keeps the whole match as written; this is how it is written.
        format!("{pattern} => {},", one_line(body))
    })
}

fn arm(pattern: &str, body: &Expr, shape: Shape) -> Option<String> {
    let same_line_shape = shape
        .offset_left(width(pattern) + 4)
        .and_then(|s| s.sub_width(1));
    let same_line = same_line_shape.and_then(|s| {
        let text = rewrite(body, s)?;
        Some(text)
    });
    if let (Some(text), Some(s)) = (&same_line, same_line_shape)
        && !text.contains('\n')
        && width(text) <= s.width
    {
        return Some(format!("{pattern} => {text},"));
    }
    let budget = same_line_shape.map_or(0, |s| s.width);
    let next_indent = shape.indent + TAB;
    let next_line = rewrite(body, Shape::indented(next_indent));
    let block = |text: &str| {
        format!(
            "{pattern} => {{\n{}{text}\n{}}}",
            spaces(next_indent),
            spaces(shape.indent)
        )
    };
    match (same_line, next_line) {
        (Some(same), Some(next)) if prefer_next_line(&same, &next) => Some(block(&next)),
        (Some(same), _) if body.extends() && width(first_line(&same)) <= budget => {
            Some(format!("{pattern} => {same},"))
        }
        (Some(same), Some(next)) if same.contains('\n') => Some(block(&next)),
        (None, Some(next)) => Some(block(&next)),
        (None, None) => None,
        (Some(same), _) => Some(format!("{pattern} => {same},")),
    }
}

/// `lhs = value;` (a `let`, `const` or `static`) at `indent`: rustfmt's
/// `rewrite_assign_rhs` and `choose_rhs`. `lhs` ends before ` =`.
pub fn assignment(lhs: &str, value: &Expr, indent: usize) -> String {
    with_memo(|| assignment_in_memo(lhs, value, indent))
}

fn assignment_in_memo(lhs: &str, value: &Expr, indent: usize) -> String {
    let lhs = format!("{lhs} =");
    // 1 = the semicolon.
    let shape = Shape {
        width: MAX_WIDTH.saturating_sub(indent + 1),
        indent,
        offset: 0,
    };
    let same_shape = shape
        .offset_left(width(&lhs) + 1)
        .unwrap_or(Shape { width: 0, ..shape });
    let same = rewrite(value, same_shape);
    let rhs = match &same {
        Some(s) if !s.contains('\n') && width(s) <= same_shape.width => Some(format!(" {s}")),
        _ => {
            let overhead = MAX_WIDTH.saturating_sub(shape.used_width() + shape.width);
            let next_shape = Shape::indented(indent + TAB).sub_width(overhead);
            let next = next_shape.and_then(|s| rewrite(value, s).map(|text| (text, s)));
            let newline = format!("\n{}", spaces(indent + TAB));
            match (same, next) {
                (Some(same), Some((next, s))) if !fits(&next, s) => Some(format!(" {same}")),
                (Some(same), Some((next, _))) if prefer_next_line(&same, &next) => {
                    Some(format!("{newline}{next}"))
                }
                (None, Some((next, _))) => Some(format!("{newline}{next}")),
                (Some(same), _) => Some(format!(" {same}")),
                (None, None) => None,
            }
        }
    };
    format!(
        "{lhs}{};",
        rhs.unwrap_or_else(|| format!(" {}", one_line(value)))
    )
}

/// rustfmt's `filtered_str_fits`.
fn fits(text: &str, shape: Shape) -> bool {
    if width(first_line(text)) > shape.width {
        return false;
    }
    if !text.contains('\n') {
        return true;
    }
    text.lines().skip(1).all(|l| width(l) <= MAX_WIDTH)
        && width(last_line(text)) <= shape.used_width() + shape.width
}

/// An outer attribute `#[meta]` at `indent`.
pub fn attribute(meta: &Expr, indent: usize) -> String {
    let shape = Shape::indented(indent)
        .offset_left(2)
        .and_then(|s| s.sub_width(1));
    let text = with_memo(|| shape.and_then(|s| rewrite(meta, s))).unwrap_or_else(|| one_line(meta));
    format!("#[{text}]")
}

/// An expression statement `e;` at `indent`.
pub fn statement_semi(e: &Expr, indent: usize) -> String {
    let shape = Shape::indented(indent).sub_width(1);
    let text = with_memo(|| shape.and_then(|s| rewrite(e, s))).unwrap_or_else(|| one_line(e));
    format!("{text};")
}

/// The expression on one line, however long: what rustfmt keeps when it
/// cannot lay something out.
pub(super) fn one_line(e: &Expr) -> String {
    let join = |items: &[Expr]| items.iter().map(one_line).collect::<Vec<_>>().join(", ");
    match e {
        Expr::Str(s) | Expr::Lit(s) | Expr::Path(s) => s.clone(),
        Expr::Call(callee, args) | Expr::Meta(callee, args) => format!("{callee}({})", join(args)),
        Expr::Tuple(items) => format!("({})", join(items)),
        Expr::Array(items) => format!("[{}]", join(items)),
        Expr::Ref(inner) => format!("&{}", one_line(inner)),
        Expr::Not(inner) => format!("!{}", one_line(inner)),
        Expr::Struct(path, fields, base) => {
            let mut parts: Vec<String> = fields
                .iter()
                .map(|(n, v)| format!("{n}: {}", one_line(v)))
                .collect();
            if let Some(b) = base {
                parts.push(format!("..{}", one_line(b)));
            }
            format!("{path} {{ {} }}", parts.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    //! Expected layouts were produced by rustfmt 1.9 (style edition 2024).
    use super::*;

    fn p(s: &str) -> Expr {
        Expr::path(s)
    }

    fn yes(field: &str, fact: &str) -> Expr {
        Expr::call(
            "yes",
            vec![p(&format!("facts.{field}")), p(&format!("Fact::{fact}"))],
        )
    }

    /// `all([yes(..), any([yes(..), all([...])])])`, `depth` calls deep,
    /// and how many expressions it has.
    fn alternating(depth: usize) -> (Expr, usize) {
        let mut e = yes("age_known", "AgeKnown");
        let mut nodes = 3;
        for level in 0..depth {
            let join = if level % 2 == 0 { "all" } else { "any" };
            let leaf = yes(&format!("fact_{level}"), &format!("Fact{level}"));
            e = Expr::call(join, vec![Expr::Array(vec![leaf, e])]);
            nodes += 5;
        }
        (e, nodes)
    }

    #[test]
    fn nested_conditions_take_linear_work() {
        // Without the memo, depth 12 took minutes; the count of layouts
        // computed per expression must not grow with the depth.
        let mut per_node = Vec::new();
        for depth in [10, 20, 40] {
            let (e, nodes) = alternating(depth);
            let text = statement_semi(&e, 4);
            assert!(text.starts_with("all([") || text.starts_with("any(["));
            assert_eq!(text.matches("yes(").count(), depth + 1);
            per_node.push(computed() as f64 / nodes as f64);
        }
        assert!(per_node.iter().all(|&r| r < 40.0), "{per_node:?}");
        assert!(per_node[2] < per_node[1] * 1.5, "{per_node:?}");
        let (e, _) = alternating(20);
        let arm = match_arm("Self::Deep", &e, 12);
        assert!(arm.starts_with("Self::Deep => "));
        assert!(computed() > 0);
    }

    #[test]
    fn calls_fit_or_go_vertical() {
        let e = yes(
            "temporary_residence_eight_months",
            "TemporaryResidenceEightMonths",
        );
        assert_eq!(
            match_arm("Self::TemporaryResidence", &e, 12),
            "Self::TemporaryResidence => yes(\n                facts.temporary_residence_eight_months,\n                Fact::TemporaryResidenceEightMonths,\n            ),"
        );
    }

    #[test]
    fn an_only_array_argument_overflows() {
        let e = Expr::call(
            "all",
            vec![Expr::Array(vec![
                yes("born_in_rsfsr_territory", "BornInRsfsrTerritory"),
                yes("was_ussr_citizen", "WasUssrCitizen"),
            ])],
        );
        assert_eq!(
            statement_semi(&e, 4),
            "all([\n        yes(facts.born_in_rsfsr_territory, Fact::BornInRsfsrTerritory),\n        yes(facts.was_ussr_citizen, Fact::WasUssrCitizen),\n    ]);"
        );
    }

    #[test]
    fn long_strings_in_arms_get_a_block() {
        let text = format!("\"{}\"", "x".repeat(120));
        let e = Expr::Str(text.clone());
        assert_eq!(
            match_arm("Self::A", &e, 12),
            format!("Self::A => {{\n                {text}\n            }}")
        );
    }

    #[test]
    fn struct_literals_inside_some() {
        let e = Expr::some(Expr::Struct(
            "Enactment".into(),
            vec![
                ("number".into(), Expr::str("417")),
                ("by".into(), Expr::str("Ministry")),
            ],
            None,
        ));
        assert_eq!(
            assignment("pub const ORDER: Option<Enactment>", &e, 0),
            "pub const ORDER: Option<Enactment> = Some(Enactment {\n    number: \"417\",\n    by: \"Ministry\",\n});"
        );
    }

    #[test]
    fn a_string_moves_to_the_next_line_only_if_it_fits_there() {
        let short = Expr::Str(format!("\"{}\"", "a".repeat(80)));
        let long = Expr::Str(format!("\"{}\"", "a".repeat(120)));
        assert!(assignment("pub const TITLE: &str", &short, 0).contains("=\n    \""));
        assert!(
            assignment("pub const TITLE: &str", &long, 0).starts_with("pub const TITLE: &str = \"")
        );
    }
}

#[cfg(test)]
mod against_rustfmt;
