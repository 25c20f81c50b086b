//! Hover, go to definition, find references, rename and the outline.

use std::path::{Path, PathBuf};

use lsp_types::{
    DocumentSymbol, Hover, HoverContents, Location, MarkupContent, MarkupKind, SymbolKind,
    TextEdit, WorkspaceEdit,
};

use super::index::{BlockInfo, FileIndex};
use super::text::{LineIndex, path_to_uri};
use super::world::World;
use crate::load::normalize;
use crate::syntax::{Rule, parses_as};

/// What the cursor is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// An id (declared or used).
    Id(String),
    /// A clause number.
    Clause(String),
    /// An included file.
    Include(PathBuf),
}

/// What is at a byte offset of a file.
pub fn target_at(world: &World, path: &Path, offset: usize) -> Option<Target> {
    let within = |r: &std::ops::Range<usize>| r.start <= offset && offset <= r.end;
    if let Some(f) = world.fresh(path) {
        let index = &f.index;
        if let Some((p, _)) = index.includes.iter().find(|(_, r)| within(r)) {
            let dir = path.parent().unwrap_or(Path::new(""));
            return Some(Target::Include(normalize(&dir.join(p))));
        }
        if let Some(c) = index.clauses.iter().find(|c| within(&c.range)) {
            return Some(Target::Clause(c.number.clone()));
        }
        return index
            .ids
            .iter()
            .find(|i| within(&i.range))
            .map(|i| Target::Id(i.name.clone()));
    }
    // A file with a syntax error: go by the word under the cursor.
    let text = world.text(path)?;
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let start = text
        .get(..offset)?
        .rfind(|c: char| !is_word(c))
        .map_or(0, |i| i + 1);
    let end = text
        .get(offset..)?
        .find(|c: char| !is_word(c))
        .map_or(text.len(), |i| offset + i);
    let word = text.get(start..end)?;
    if word.starts_with(|c: char| c.is_ascii_lowercase()) {
        Some(Target::Id(word.to_owned()))
    } else {
        None
    }
}

/// Every indexed file with its index.
fn files(world: &World) -> impl Iterator<Item = (&PathBuf, &str, &LineIndex, &FileIndex)> {
    world
        .indexed
        .iter()
        .map(|(p, i)| (p, i.text.as_str(), &i.lines, &*i.index))
}

fn location(
    path: &Path,
    text: &str,
    lines: &LineIndex,
    range: std::ops::Range<usize>,
) -> Option<Location> {
    Some(Location::new(path_to_uri(path)?, lines.range(text, range)))
}

/// Where the target is declared.
pub fn definition(world: &World, target: &Target) -> Vec<Location> {
    let mut out = Vec::new();
    match target {
        Target::Include(p) => {
            if let Some(uri) = path_to_uri(p) {
                out.push(Location::new(uri, lsp_types::Range::default()));
            }
        }
        Target::Id(name) => {
            for (path, text, lines, index) in files(world) {
                for i in index
                    .ids
                    .iter()
                    .filter(|i| i.declaration && &i.name == name)
                {
                    out.extend(location(path, text, lines, i.range.clone()));
                }
            }
        }
        Target::Clause(n) => {
            for (path, text, lines, index) in files(world) {
                for c in index.clauses.iter().filter(|c| c.claims && &c.number == n) {
                    let range = c
                        .block
                        .and_then(|b| index.blocks.get(b))
                        .map_or(c.range.clone(), |b| b.range.start..b.name_range.end);
                    out.extend(location(path, text, lines, range));
                }
            }
        }
    }
    out
}

/// Every place the target is written.
pub fn references(world: &World, target: &Target, declarations: bool) -> Vec<Location> {
    let mut out = Vec::new();
    for (path, text, lines, index) in files(world) {
        match target {
            Target::Id(name) => {
                for i in index
                    .ids
                    .iter()
                    .filter(|i| &i.name == name && (declarations || !i.declaration))
                {
                    out.extend(location(path, text, lines, i.range.clone()));
                }
            }
            Target::Clause(n) => {
                for c in index
                    .clauses
                    .iter()
                    .filter(|c| &c.number == n && (declarations || !c.claims))
                {
                    out.extend(location(path, text, lines, c.range.clone()));
                }
            }
            Target::Include(p) => {
                let dir = path.parent().unwrap_or(Path::new(""));
                for (written, range) in &index.includes {
                    if &normalize(&dir.join(written)) == p {
                        out.extend(location(path, text, lines, range.clone()));
                    }
                }
            }
        }
    }
    out
}

/// How long a quoted text may be in a hover before it is cut.
const HOVER_TEXT: usize = 400;

fn shorten(s: &str) -> String {
    if s.chars().count() <= HOVER_TEXT {
        return s.to_owned();
    }
    let cut: String = s.chars().take(HOVER_TEXT).collect();
    format!("{} ...", cut.trim_end())
}

/// A block as a hover shows it: what it is, its clause, its title or
/// heading, its quoted text (shortened) and its basis.
fn describe(block: &BlockInfo, parent: Option<&BlockInfo>) -> String {
    let mut s = format!("**{}** `{}`", block.keyword, block.name);
    if let Some(p) = parent {
        s.push_str(&format!(" in {} `{}`", p.keyword, p.name));
    }
    for line in &block.lines {
        match line.keyword.as_str() {
            "clause" => s.push_str(&format!(" — {}", line.words)),
            "title" | "heading" | "phrase" | "question" | "label" => {
                if let Some(t) = &line.string {
                    s.push_str(&format!("\n\n{}: {}", line.keyword, shorten(t)));
                }
            }
            _ => {}
        }
    }
    for line in block.lines.iter().filter(|l| l.keyword == "text") {
        if let Some(t) = &line.string {
            let quoted: Vec<String> = shorten(t).lines().map(|l| format!("> {l}")).collect();
            s.push_str(&format!("\n\n{}", quoted.join("\n")));
        }
    }
    let basis: Vec<&str> = block
        .lines
        .iter()
        .filter(|l| l.keyword == "basis")
        .map(|l| l.words.trim_start_matches("basis ").trim())
        .collect();
    if !basis.is_empty() {
        s.push_str(&format!("\n\nbasis: {}", basis.join("; ")));
    }
    s
}

/// What the target is, in a few lines of Markdown.
pub fn hover(world: &World, target: &Target) -> Option<Hover> {
    let mut parts = Vec::new();
    for (_, _, _, index) in files(world) {
        match target {
            Target::Id(name) => {
                for b in index.blocks.iter().filter(|b| &b.name == name) {
                    parts.push(describe(b, b.parent.and_then(|p| index.blocks.get(p))));
                }
                for b in &index.blocks {
                    for l in b.lines.iter().filter(|l| l.keyword == "option") {
                        if l.words.split(' ').nth(1) == Some(name) {
                            parts.push(format!(
                                "**option** `{name}` of {} `{}`: {}",
                                b.keyword,
                                b.name,
                                l.string.as_deref().unwrap_or("")
                            ));
                        }
                    }
                }
            }
            Target::Clause(n) => {
                for c in index.clauses.iter().filter(|c| c.claims && &c.number == n) {
                    if let Some(b) = c.block.and_then(|b| index.blocks.get(b)) {
                        parts.push(describe(b, b.parent.and_then(|p| index.blocks.get(p))));
                    }
                }
            }
            Target::Include(_) => {}
        }
    }
    if let Target::Include(p) = target {
        parts.push(format!("included file `{}`", p.display()));
    }
    if parts.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n\n---\n\n"),
        }),
        range: None,
    })
}

/// Why a rename was refused.
pub fn rename(world: &World, target: &Target, new_name: &str) -> Result<WorkspaceEdit, String> {
    let Target::Id(old) = target else {
        return Err("only ids can be renamed".to_owned());
    };
    if !parses_as(Rule::id, new_name) {
        return Err(format!(
            "`{new_name}` is not an id: lower-case letters, digits and `_`, starting with a letter, not a reserved word"
        ));
    }
    if let Some(p) = world.open.keys().find(|p| world.fresh(p).is_none()) {
        return Err(format!(
            "{} has a syntax error; fix it before renaming",
            p.display()
        ));
    }
    // lsp-types' `Uri` caches its parse inside; it is never changed as a key.
    #[allow(clippy::mutable_key_type)]
    let mut changes = std::collections::HashMap::new();
    for (path, text, lines, index) in files(world) {
        let edits: Vec<TextEdit> = index
            .ids
            .iter()
            .filter(|i| &i.name == old)
            .map(|i| TextEdit::new(lines.range(text, i.range.clone()), new_name.to_owned()))
            .collect();
        if let (false, Some(uri)) = (edits.is_empty(), path_to_uri(path)) {
            changes.insert(uri, edits);
        }
    }
    Ok(WorkspaceEdit::new(changes))
}

/// The outline of a file: its blocks, nested as written, each with its clause.
#[allow(deprecated)]
pub fn symbols(text: &str, lines: &LineIndex, index: &FileIndex) -> Vec<DocumentSymbol> {
    fn build(
        text: &str,
        lines: &LineIndex,
        index: &FileIndex,
        parent: Option<usize>,
    ) -> Vec<DocumentSymbol> {
        index
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.parent == parent)
            .map(|(i, b)| DocumentSymbol {
                name: format!("{} {}", b.keyword, b.name),
                detail: b
                    .lines
                    .iter()
                    .find(|l| l.keyword == "clause")
                    .map(|l| l.words.clone()),
                kind: symbol_kind(&b.keyword),
                tags: None,
                deprecated: None,
                range: lines.range(text, b.range.clone()),
                selection_range: lines.range(text, b.name_range.clone()),
                children: Some(build(text, lines, index, Some(i))),
            })
            .collect()
    }
    build(text, lines, index, None)
}

fn symbol_kind(keyword: &str) -> SymbolKind {
    match keyword {
        "regulation" | "part" => SymbolKind::MODULE,
        "fact" => SymbolKind::FIELD,
        "choice" => SymbolKind::ENUM,
        "category" | "branch" | "ground" => SymbolKind::CLASS,
        "term" | "limit" => SymbolKind::NUMBER,
        "document" | "form" | "section" | "field" => SymbolKind::STRUCT,
        "act" | "definition" => SymbolKind::CONSTANT,
        "example" => SymbolKind::EVENT,
        _ => SymbolKind::OBJECT,
    }
}
