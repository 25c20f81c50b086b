//! Markdown from the regulation to HTML that cannot carry markup or script.
//!
//! Every event of the parser is turned into HTML here, from a short list of
//! elements; nothing the source writes reaches the page unescaped. Raw HTML
//! in the source is shown as text. A link keeps its `<a>` only when its
//! target is one of the regulation's own (`term:`, `clause:`, `act:`,
//! turned into anchors of the stand) or an `https:`, `http:`, `mailto:` or
//! `tel:` address; any other target (`javascript:`, `data:`, a relative
//! path) is dropped and its words are kept. Images are shown as their alt
//! text, so a page never loads anything from elsewhere.

use std::collections::BTreeMap;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Parser, Tag, TagEnd};

use crate::model::ClauseNumber;

/// Where the regulation's own links point on the stand.
#[derive(Debug, Default)]
pub struct Links {
    /// Clause number as printed (`2.16.1`) to the id of the element that is it.
    pub clauses: BTreeMap<String, String>,
    /// Ids of definitions (shown in the full text).
    pub definitions: Vec<String>,
    /// Ids of acts (shown on the legal-acts page).
    pub acts: Vec<String>,
}

impl Links {
    /// The stand's address for a link target, if it is one the stand keeps.
    fn href(&self, target: &str) -> Option<String> {
        let target = target.trim();
        if let Some(id) = target.strip_prefix("term:") {
            return self
                .definitions
                .iter()
                .any(|d| d == id)
                .then(|| format!("regulation.html#{id}"));
        }
        if let Some(n) = target.strip_prefix("clause:") {
            let n = ClauseNumber::parse(n)?.to_string();
            return self
                .clauses
                .get(&n)
                .map(|id| format!("regulation.html#{id}"));
        }
        if let Some(id) = target.strip_prefix("act:") {
            return self
                .acts
                .iter()
                .any(|a| a == id)
                .then(|| format!("legal-acts.html#{id}"));
        }
        let lower = target.to_ascii_lowercase();
        ["https://", "http://", "mailto:", "tel:"]
            .iter()
            .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
            .then(|| target.to_owned())
    }
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Quoted law as HTML: every character the source has, escaped, nothing
/// read as Markdown (a `*`, `_`, backtick, backslash or `[...](...)` in a
/// regulation is the regulation's own). Only the line structure is read: a
/// blank line starts a new paragraph, and within one the stylesheet keeps
/// each line break and space as written (`.verbatim`: `white-space:
/// pre-wrap`), so the page's text is the source's text.
pub fn verbatim_html(text: &str) -> String {
    let mut out = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, out: &mut String| {
        if !paragraph.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str("<p class=\"verbatim\">");
            out.push_str(&escape(&paragraph.join("\n")));
            out.push_str("</p>");
            paragraph.clear();
        }
    };
    for line in text.split('\n') {
        if line.trim().is_empty() {
            flush(&mut paragraph, &mut out);
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

/// Renders `markdown` as HTML, with the regulation's links resolved by `links`.
pub fn to_html(markdown: &str, links: &Links) -> String {
    let mut out = String::new();
    // For each open link: did it become an `<a>`?
    let mut open_links: Vec<bool> = Vec::new();
    let mut in_image = 0usize;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(tag) => start(&tag, links, &mut out, &mut open_links, &mut in_image),
            Event::End(tag) => end(tag, &mut out, &mut open_links, &mut in_image),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => out.push_str(&escape(&t)),
            Event::Code(t) if in_image == 0 => {
                out.push_str("<code>");
                out.push_str(&escape(&t));
                out.push_str("</code>");
            }
            Event::Code(t)
            | Event::InlineMath(t)
            | Event::DisplayMath(t)
            | Event::FootnoteReference(t) => out.push_str(&escape(&t)),
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak if in_image == 0 => out.push_str("<br>"),
            Event::HardBreak => out.push(' '),
            Event::Rule => out.push_str("<hr>"),
            Event::TaskListMarker(done) => out.push_str(if done { "[x] " } else { "[ ] " }),
        }
    }
    out.truncate(out.trim_end().len());
    out
}

fn start(
    tag: &Tag<'_>,
    links: &Links,
    out: &mut String,
    open_links: &mut Vec<bool>,
    in_image: &mut usize,
) {
    if *in_image > 0 {
        // Inside an image only its words are kept.
        if matches!(tag, Tag::Image { .. }) {
            *in_image += 1;
        }
        return;
    }
    let html = match tag {
        Tag::Paragraph => "<p>",
        // A heading inside a clause would break the page's outline.
        Tag::Heading { .. } => "<p class=\"md-heading\"><strong>",
        Tag::BlockQuote(_) => "<blockquote>",
        Tag::CodeBlock(CodeBlockKind::Fenced(_) | CodeBlockKind::Indented) => "<pre><code>",
        Tag::List(Some(first)) if *first != 1 => {
            out.push_str(&format!("<ol start=\"{first}\">"));
            return;
        }
        Tag::List(Some(_)) => "<ol>",
        Tag::List(None) => "<ul>",
        Tag::Item => "<li>",
        Tag::Emphasis => "<em>",
        Tag::Strong => "<strong>",
        Tag::Strikethrough => "<del>",
        Tag::Superscript => "<sup>",
        Tag::Subscript => "<sub>",
        Tag::Link {
            link_type,
            dest_url,
            ..
        } => {
            let target = if *link_type == LinkType::Email {
                format!("mailto:{dest_url}")
            } else {
                dest_url.to_string()
            };
            match links.href(&target) {
                Some(href) => {
                    let external = !(href.starts_with("regulation.html#")
                        || href.starts_with("legal-acts.html#"));
                    out.push_str("<a href=\"");
                    out.push_str(&escape(&href));
                    out.push_str(if external {
                        "\" rel=\"noopener noreferrer\" class=\"external\">"
                    } else {
                        "\">"
                    });
                    open_links.push(true);
                }
                None => open_links.push(false),
            }
            return;
        }
        Tag::Image { .. } => {
            *in_image += 1;
            return;
        }
        // Not produced with the parser's default options; their words are kept.
        Tag::HtmlBlock
        | Tag::FootnoteDefinition(_)
        | Tag::DefinitionList
        | Tag::DefinitionListTitle
        | Tag::DefinitionListDefinition
        | Tag::Table(_)
        | Tag::TableHead
        | Tag::TableRow
        | Tag::TableCell
        | Tag::MetadataBlock(_) => return,
    };
    out.push_str(html);
}

fn end(tag: TagEnd, out: &mut String, open_links: &mut Vec<bool>, in_image: &mut usize) {
    if *in_image > 0 {
        if tag == TagEnd::Image {
            *in_image -= 1;
        }
        return;
    }
    let html = match tag {
        TagEnd::Paragraph => "</p>\n",
        TagEnd::Heading(_) => "</strong></p>\n",
        TagEnd::BlockQuote(_) => "</blockquote>\n",
        TagEnd::CodeBlock => "</code></pre>\n",
        TagEnd::List(true) => "</ol>\n",
        TagEnd::List(false) => "</ul>\n",
        TagEnd::Item => "</li>\n",
        TagEnd::Emphasis => "</em>",
        TagEnd::Strong => "</strong>",
        TagEnd::Strikethrough => "</del>",
        TagEnd::Superscript => "</sup>",
        TagEnd::Subscript => "</sub>",
        TagEnd::Link => {
            if open_links.pop() == Some(true) {
                out.push_str("</a>");
            }
            return;
        }
        TagEnd::Image
        | TagEnd::HtmlBlock
        | TagEnd::FootnoteDefinition
        | TagEnd::DefinitionList
        | TagEnd::DefinitionListTitle
        | TagEnd::DefinitionListDefinition
        | TagEnd::Table
        | TagEnd::TableHead
        | TagEnd::TableRow
        | TagEnd::TableCell
        | TagEnd::MetadataBlock(_) => return,
    };
    out.push_str(html);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_is_shown_as_written() {
        assert_eq!(
            verbatim_html(
                "a \\\\ b\\\n*x* _y_ `z` [l](clause:1) <b>&</b>\nnext line\n\nNext  paragraph"
            ),
            "<p class=\"verbatim\">a \\\\ b\\\n*x* _y_ `z` [l](clause:1) &lt;b&gt;&amp;&lt;/b&gt;\nnext line</p>\n\
             <p class=\"verbatim\">Next  paragraph</p>"
        );
    }

    fn links() -> Links {
        Links {
            clauses: BTreeMap::from([("13".to_owned(), "informing_topics".to_owned())]),
            definitions: vec!["single_portal_defined".to_owned()],
            acts: vec!["law_62fz".to_owned()],
        }
    }

    #[test]
    fn the_regulations_links_become_anchors_of_the_stand() {
        let html = to_html(
            "See [item 13](clause:13), the [portal](term:single_portal_defined) and [the law](act:law_62fz).",
            &links(),
        );
        assert_eq!(
            html,
            "<p>See <a href=\"regulation.html#informing_topics\">item 13</a>, the <a href=\"regulation.html#single_portal_defined\">portal</a> and <a href=\"legal-acts.html#law_62fz\">the law</a>.</p>"
        );
    }

    #[test]
    fn markup_and_script_come_out_as_text() {
        let html = to_html(
            "<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> [click](javascript:alert(1)) [x](JaVaScRiPt:alert(2)) ![y](https://example.org/y.png) <javascript:alert(3)> [d](data:text/html,hi) [ok](https://example.org/?a=\"b\")",
            &links(),
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            !html.to_ascii_lowercase().contains("href=\"javascript"),
            "{html}"
        );
        assert!(!html.contains("href=\"data:"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("click"), "{html}");
        assert!(
            html.contains("<a href=\"https://example.org/?a=&quot;b&quot;\""),
            "{html}"
        );
    }

    #[test]
    fn headings_do_not_break_the_outline() {
        assert_eq!(
            to_html("# Title", &links()),
            "<p class=\"md-heading\"><strong>Title</strong></p>"
        );
    }
}
