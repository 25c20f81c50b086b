//! Nothing from the sources becomes markup or script, nothing is loaded
//! from elsewhere, and the same input gives the same bytes.

use std::collections::BTreeMap;

use reglament::backend::site;

use super::{bundled, regulation, site_of};

#[test]
fn the_same_input_gives_the_same_bytes() {
    assert_eq!(bundled(site::Lang::En), bundled(site::Lang::En));
}

#[test]
fn nothing_is_loaded_from_elsewhere() {
    let (files, _) = bundled(site::Lang::En);
    for (path, text) in &files {
        let lower = text.to_ascii_lowercase();
        for bad in [
            "src=\"http",
            "src=\"//",
            "<link rel=\"stylesheet\" href=\"http",
            "@import",
            "url(",
            "fetch(",
            "xmlhttprequest",
            "sendbeacon",
            "websocket",
        ] {
            assert!(!lower.contains(bad), "{path} contains {bad}");
        }
        if path.ends_with(".html") {
            assert!(
                text.contains("default-src 'none'"),
                "{path} has no Content-Security-Policy"
            );
        }
    }
}

#[test]
fn no_markup_or_script_from_the_sources_reaches_the_pages() {
    let reg = regulation("tests/browser/injection.rgl");
    let profile = "language = \"en\"\nname = \"Office <script>alert(1)</script>\"\naddress = \"\\\"><img src=x onerror=alert(1)>\"\n[[phones]]\nlabel = \"<b>x</b>\"\nnumber = \"javascript:alert(1)\"\n";
    let inputs = site::Inputs::new(
        site::Lang::En,
        &BTreeMap::from([("evil.toml".to_owned(), profile.as_bytes().to_vec())]),
    )
    .unwrap();
    let (files, _) = site_of(&reg, &inputs);
    assert!(files.len() > 10);
    for (path, html) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let lower = html.to_ascii_lowercase();
        // The only scripts are the stand's own.
        let scripts = lower.matches("<script").count();
        let own = ["../assets/", "assets/"]
            .iter()
            .map(|dir| {
                lower
                    .matches(&format!("<script src=\"{dir}stand.js\" defer></script>"))
                    .count()
                    + lower
                        .matches(&format!("<script src=\"{dir}nav.js\"></script>"))
                        .count()
            })
            .sum::<usize>()
            + lower
                .matches("<script type=\"application/json\" id=\"stand-data\">")
                .count();
        assert_eq!(scripts, own, "{path} has a script of the sources");
        assert_eq!(lower.matches("</script>").count(), own, "{path}");
        for bad in [
            "<img",
            "<iframe",
            "<svg",
            "<object",
            "<style",
            "<b>",
            "href=\"javascript",
            "href=\"data:",
            "href=\"vbscript",
            "href=\"  javascript",
        ] {
            assert!(!lower.contains(bad), "{path} contains {bad}");
        }
        // No attribute was opened by a quote in the sources (outside the
        // self-check's JSON, where a quote is `\"` inside a string).
        let markup = without_json(&lower);
        assert!(!markup.contains("\" onmouseover="), "{path}");
        assert!(!markup.contains("\" onfocus="), "{path}");
        assert!(
            !regex_like_event_attribute(&markup),
            "{path} has an event attribute"
        );
    }
    // Quoted, not dropped: a reader sees what the source says.
    let text = &files["site/injection_test/evil/regulation.html"];
    assert!(text.contains("&lt;script&gt;window.__pwned = &#39;text&#39;&lt;/script&gt;"));
    assert!(text.contains("plain javascript link"));
}

/// The page without the content of its JSON data element.
fn without_json(html: &str) -> String {
    const OPEN: &str = "<script type=\"application/json\" id=\"stand-data\">";
    match html.find(OPEN) {
        Some(start) => {
            let end = html[start..]
                .find("</script>")
                .map_or(html.len(), |e| start + e);
            format!("{}{}", &html[..start + OPEN.len()], &html[end..])
        }
        None => html.to_owned(),
    }
}

/// Whether some tag has an `on...=` attribute: `<` then, before the next
/// `>`, a space followed by `on` and letters and `=`.
fn regex_like_event_attribute(html: &str) -> bool {
    let bytes = html.as_bytes();
    let mut in_tag = false;
    for i in 0..bytes.len() {
        match bytes[i] {
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            b' ' | b'\n' | b'\t' if in_tag && html[i + 1..].starts_with("on") => {
                let rest = &html[i + 3..];
                let name_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
                if name_len > 0 && rest[name_len..].starts_with('=') {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}
