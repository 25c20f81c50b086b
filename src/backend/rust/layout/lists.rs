//! Lists (the arguments of a call, the items of a tuple or an array, the
//! fields of a struct literal): rustfmt's `overflow` and `lists` modules.

use super::{
    Expr, SHORT_ITEM, STRUCT_LIT_WIDTH, Shape, TAB, first_line, last_line, newlines, rewrite,
    spaces, width,
};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tactic {
    Horizontal,
    Vertical,
    Mixed,
}

/// The arguments of a call, tuple or array: rustfmt's `overflow::Context`.
pub(super) struct List<'a> {
    ident: &'a str,
    open: &'static str,
    close: &'static str,
    items: &'a [Expr],
    item_max_width: usize,
    one_line_width: usize,
    one_line_shape: Shape,
    nested_shape: Shape,
    /// A vertical list ends with a comma (not in attributes).
    pub(super) trailing: bool,
}

impl<'a> List<'a> {
    pub(super) fn new(
        ident: &'a str,
        open: &'static str,
        close: &'static str,
        items: &'a [Expr],
        shape: Shape,
        item_max_width: usize,
    ) -> Self {
        let used = width(ident);
        let one_line_shape = shape
            .offset_left(used + 1)
            .and_then(|s| s.sub_width(1))
            .unwrap_or(Shape { width: 0, ..shape });
        let nested = shape.block_indent(TAB).with_max_width();
        List {
            ident,
            open,
            close,
            items,
            item_max_width,
            one_line_width: shape.width.saturating_sub(used + 2),
            one_line_shape,
            nested_shape: Shape {
                width: nested.width.saturating_sub(1),
                ..nested
            },
            trailing: true,
        }
    }

    pub(super) fn rewrite(&self, shape: Shape) -> Option<String> {
        let mut list: Vec<Option<String>> = self
            .items
            .iter()
            .map(|item| rewrite(item, self.nested_shape))
            .collect();
        let tactic = self.overflow_last_item(&mut list);
        let items = write_list(&list, tactic, self.nested_shape, self.trailing)?;
        Some(self.wrap(&items, shape, tactic == Tactic::Horizontal))
    }

    /// rustfmt's `try_overflow_last_item`: lets a last (or only) argument
    /// such as an array start on the call's line and run below it.
    fn overflow_last_item(&self, list: &mut [Option<String>]) -> Tactic {
        let n = self.items.len();
        let Some(last) = self.items.last() else {
            return Tactic::Horizontal;
        };
        let combine = n == 1 && width(self.ident) < TAB;
        let overflow = combine || last.can_overflow(n);
        let placeholder = if overflow {
            self.last_item_shape(list).and_then(|s| {
                let full = rewrite(last, s)?;
                list[n - 1] = Some(first_line(&full).to_owned());
                Some(full)
            })
        } else {
            None
        };
        let mut tactic = definitive(list, self.item_max_width, self.one_line_width);
        match (overflow, tactic, placeholder) {
            (true, Tactic::Horizontal, Some(full)) if n == 1 => {
                if newlines(&full) == 1 {
                    let again = rewrite(last, self.nested_shape);
                    list[0] = match again {
                        Some(s) if !s.contains('\n') => Some(s),
                        _ => Some(full),
                    };
                } else {
                    list[0] = Some(full);
                }
            }
            (true, Tactic::Horizontal, Some(full)) => list[n - 1] = Some(full),
            _ => {
                list[n - 1] = rewrite(last, self.nested_shape);
                let single = list[0].as_deref();
                if n == 1
                    && self.one_line_width != 0
                    && single.is_some_and(|s| !s.contains('\n') && width(s) <= self.one_line_width)
                {
                    tactic = Tactic::Horizontal;
                } else {
                    tactic = definitive(list, self.item_max_width, self.one_line_width);
                    if tactic == Tactic::Vertical
                        && self.items.iter().all(Expr::is_simple)
                        && list
                            .iter()
                            .all(|i| i.as_deref().map_or(0, str::len) <= SHORT_ITEM)
                    {
                        tactic = Tactic::Mixed;
                    }
                }
            }
        }
        tactic
    }

    /// rustfmt's `last_item_shape`.
    fn last_item_shape(&self, list: &[Option<String>]) -> Option<Shape> {
        let last = self.items.last()?;
        if self.items.len() == 1 && !last.is_nested_call() {
            return Some(self.one_line_shape);
        }
        let offset: usize = list[..list.len() - 1]
            .iter()
            .map(|i| 2 + i.as_deref().map_or(0, str::len))
            .sum();
        Shape {
            width: self.item_max_width.min(self.one_line_shape.width),
            ..self.one_line_shape
        }
        .offset_left(offset)
    }

    /// rustfmt's `wrap_items`.
    fn wrap(&self, items: &str, shape: Shape, extendable: bool) -> String {
        let available = shape.width.saturating_sub(width(last_line(self.ident)));
        let extend_width = if items.is_empty() {
            2
        } else {
            width(first_line(items)) + 1
        };
        let mut out = format!("{}{}", self.ident, self.open);
        if extendable && extend_width <= available {
            out.push_str(items);
        } else {
            if !items.is_empty() {
                out.push('\n');
                out.push_str(&spaces(self.nested_shape.indent));
                out.push_str(items);
            }
            out.push('\n');
            out.push_str(&spaces(shape.indent));
        }
        out.push_str(self.close);
        out
    }
}

/// rustfmt's `definitive_tactic` with `LimitedHorizontalVertical(limit)`.
fn definitive(list: &[Option<String>], limit: usize, width_left: usize) -> Tactic {
    let limit = limit.min(width_left);
    let total: usize = list
        .iter()
        .map(|i| i.as_deref().map_or(0, width))
        .sum::<usize>()
        + 2 * list.len().saturating_sub(1);
    let multiline = list
        .iter()
        .any(|i| i.as_deref().is_some_and(|s| s.contains('\n')));
    if total <= limit && !multiline {
        Tactic::Horizontal
    } else {
        Tactic::Vertical
    }
}

/// rustfmt's `write_list` for comma-separated items without comments.
/// `trailing`: a vertical or mixed list ends with a comma.
fn write_list(
    list: &[Option<String>],
    tactic: Tactic,
    shape: Shape,
    trailing: bool,
) -> Option<String> {
    let indent = spaces(shape.indent);
    let mut out = String::new();
    let mut line_len = 0;
    for (i, item) in list.iter().enumerate() {
        let item = item.as_deref()?;
        let (first, last) = (i == 0, i + 1 == list.len());
        let separate = !last || (trailing && tactic != Tactic::Horizontal);
        match tactic {
            Tactic::Horizontal if !first => out.push(' '),
            Tactic::Vertical if !first && !item.is_empty() && !out.is_empty() => {
                out.push('\n');
                out.push_str(&indent);
            }
            Tactic::Mixed => {
                let total = width(item) + usize::from(separate);
                if line_len > 0 && line_len + 1 + total > shape.width {
                    out.push('\n');
                    out.push_str(&indent);
                    line_len = 0;
                } else if line_len > 0 {
                    out.push(' ');
                    line_len += 1;
                }
                line_len += total;
            }
            _ => {}
        }
        out.push_str(item);
        if separate {
            out.push(',');
        }
    }
    Some(out)
}

/// rustfmt's `rewrite_struct_lit` (no attributes, no alignment).
pub(super) fn rewrite_struct(
    path: &str,
    fields: &[(String, Expr)],
    base: Option<&Expr>,
    shape: Shape,
) -> Option<String> {
    if width(path) > shape.sub_width(2)?.width {
        return None;
    }
    let v_shape = shape.block_indent(TAB).with_max_width();
    let h_width = shape
        .width
        .checked_sub(width(path) + 3 + 2)
        .map(|w| w.min(STRUCT_LIT_WIDTH));
    let field_shape = v_shape.sub_width(1)?;
    let mut list: Vec<Option<String>> = fields
        .iter()
        .map(|(name, value)| rewrite_field(name, value, field_shape))
        .collect();
    if let Some(base) = base {
        list.push(rewrite(base, v_shape.offset_left(2)?).map(|s| format!("..{s}")));
    }
    let tactic = match h_width {
        Some(w) => definitive(&list, usize::MAX, w),
        None => Tactic::Vertical,
    };
    let list_shape = match (tactic, h_width) {
        (Tactic::Horizontal, Some(w)) => Shape {
            width: w,
            indent: shape.indent,
            offset: 0,
        },
        _ => v_shape,
    };
    let body = write_list(&list, tactic, list_shape, base.is_none())?;
    let vertical = body.contains('\n') || body.len() > h_width.unwrap_or(0);
    Some(if vertical {
        format!(
            "{path} {{\n{}{body}\n{}}}",
            spaces(v_shape.indent),
            spaces(shape.indent)
        )
    } else {
        format!("{path} {{ {body} }}")
    })
}

/// rustfmt's `rewrite_field`.
fn rewrite_field(name: &str, value: &Expr, shape: Shape) -> Option<String> {
    let overhead = width(name) + 2;
    match shape.offset_left(overhead).and_then(|s| rewrite(value, s)) {
        Some(v) => Some(format!("{name}: {v}")),
        None => {
            let indent = shape.indent + TAB;
            let v = rewrite(value, Shape::indented(indent))?;
            Some(format!("{name}:\n{}{v}", spaces(indent)))
        }
    }
}
