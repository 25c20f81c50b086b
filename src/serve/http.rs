//! Serving the preview folder over HTTP: files by their path (never one
//! outside the folder), the reload script added to the pages as they are
//! served, the event stream the script listens to, and the day the
//! preview shows, chosen on the page.
//!
//! The event stream is server-sent events in their long-polling form: each
//! response holds until the state is newer than the `Last-Event-ID` the
//! browser sends, carries it as one event with a length, and ends; the
//! browser reconnects after `retry` milliseconds. tiny_http buffers a
//! response without a length, so an endless stream would reach the
//! browser only in 8 KB pieces; a response with a length is sent whole at
//! once.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use jiff::civil::Date;
use tiny_http::{Header, Method, Request, Response, StatusCode};

use super::live::Live;

/// The reload script and its stylesheet, served under [`PREFIX`].
const SCRIPT: &str = include_str!("live.js");
const STYLE: &str = include_str!("live.css");

/// Where the preview's own files live; no path of a build starts with it
/// (the build writes `site/` and `forms/`).
pub const PREFIX: &str = "/__reglament/";

/// At most this many pages wait on the event stream at once (a thread
/// each); more are told to try again.
const MAX_WAITING: usize = 64;

/// How long an event request is held when nothing changes.
const HOLD: Duration = Duration::from_secs(20);

/// What a page asks of the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Show the stand as of this day; none: the latest version.
    AsOf(Option<Date>),
}

/// Where a page's question goes; false when no one listens any more.
pub type Asks = Box<dyn Fn(Ask) -> bool + Send + Sync>;

/// The preview's HTTP side.
pub struct Preview {
    root: PathBuf,
    live: Arc<Live>,
    asks: Asks,
    /// Host names a request may name (the loopback names and the address
    /// bound), so that a web page elsewhere cannot reach the preview by a
    /// name of its own that resolves to 127.0.0.1 (DNS rebinding); `None`:
    /// any (the preview was opened to other machines on purpose).
    hosts: Option<Vec<String>>,
    waiting: AtomicUsize,
}

impl Preview {
    /// Serves `root`; pages' questions go to `asks`. `hosts` as above.
    pub fn new(root: PathBuf, live: Arc<Live>, asks: Asks, hosts: Option<Vec<String>>) -> Preview {
        Preview {
            root,
            live,
            asks,
            hosts,
            waiting: AtomicUsize::new(0),
        }
    }

    /// Answers one request. The event stream is answered on a thread of
    /// its own, since it waits; everything else at once.
    pub fn handle(self: &Arc<Self>, mut request: Request) {
        if !self.host_allowed(&request) {
            answer(
                request,
                text(403, "this preview answers only to its own address"),
            );
            return;
        }
        let url = request.url().to_owned();
        let path = url.split(['?', '#']).next().unwrap_or("/").to_owned();
        let method = request.method().clone();
        let read = matches!(method, Method::Get | Method::Head);
        match (method, path.strip_prefix(PREFIX)) {
            (_, Some("live.js")) if read => {
                answer(request, typed(200, SCRIPT.as_bytes().to_vec(), "js"));
            }
            (_, Some("live.css")) if read => {
                answer(request, typed(200, STYLE.as_bytes().to_vec(), "css"));
            }
            (Method::Get, Some("events")) => {
                if self.waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
                    self.waiting.fetch_sub(1, Ordering::SeqCst);
                    answer(request, text(503, "too many open pages"));
                    return;
                }
                let me = Arc::clone(self);
                std::thread::spawn(move || {
                    me.events(request);
                    me.waiting.fetch_sub(1, Ordering::SeqCst);
                });
            }
            (Method::Post, Some("as-of")) => {
                let response = self.as_of(&mut request);
                answer(request, response);
            }
            // Browsers ask for it unprompted; the stand has none.
            _ if read && path == "/favicon.ico" => {
                let _ = request.respond(Response::empty(204));
            }
            _ if read => {
                let response = self.file(&path);
                answer(request, response);
            }
            _ => answer(request, text(405, "method not allowed")),
        }
    }

    fn host_allowed(&self, request: &Request) -> bool {
        let Some(hosts) = &self.hosts else {
            return true;
        };
        match header(request, "Host") {
            Some(host) => hosts.iter().any(|h| h == host_name(&host)),
            None => true,
        }
    }

    /// The state as one event, once it is newer than what the page saw.
    fn events(&self, request: Request) {
        let seen = header(&request, "Last-Event-ID").and_then(|v| v.trim().parse().ok());
        // A short retry: the browser reconnects at once after each answer.
        let body = match self.live.wait_newer(seen, HOLD) {
            Some(status) => format!(
                "retry: 50\nid: {}\ndata: {}\n\n",
                status.version,
                serde_json::to_string(&status).unwrap_or_default()
            ),
            None => "retry: 50\n: nothing new\n\n".to_owned(),
        };
        let mut response = typed(200, body.into_bytes(), "");
        add(&mut response, "Content-Type", "text/event-stream");
        answer(request, response);
    }

    /// The day chosen on the page (`YYYY-MM-DD`, or nothing for the latest
    /// version). Only from the preview's own pages: a page elsewhere that
    /// posts here names its own origin.
    fn as_of(&self, request: &mut Request) -> Response<std::io::Cursor<Vec<u8>>> {
        if let (Some(origin), Some(host)) = (header(request, "Origin"), header(request, "Host"))
            && origin != format!("http://{host}")
        {
            return text(403, "only the preview's own pages choose its day");
        }
        let mut body = String::new();
        if request
            .as_reader()
            .take(64)
            .read_to_string(&mut body)
            .is_err()
        {
            return text(400, "the day must be text");
        }
        let body = body.trim();
        let day = if body.is_empty() {
            None
        } else {
            match parse_day(body) {
                Some(d) => Some(d),
                None => return text(400, "the day must be written YYYY-MM-DD"),
            }
        };
        if !(self.asks)(Ask::AsOf(day)) {
            return text(503, "the preview is stopping");
        }
        text(200, "the preview is being rebuilt for that day")
    }

    /// A file of the preview, its page with the reload script added; `/`
    /// leads to the stand.
    fn file(&self, path: &str) -> Response<std::io::Cursor<Vec<u8>>> {
        // Read before the file, so that a build finishing in between makes
        // the page reload once more rather than never.
        let generation = self.live.status().generation;
        if path == "/" {
            return self.front(generation);
        }
        let Some(found) = resolve(&self.root, path) else {
            return not_found(generation);
        };
        if found.is_dir() {
            if !path.ends_with('/') {
                // Relative links in the folder's index need the slash.
                let mut r = text(301, "moved");
                add(&mut r, "Location", &format!("{path}/"));
                return r;
            }
            return match std::fs::read(found.join("index.html")) {
                Ok(bytes) => page(200, &bytes, generation),
                Err(_) => not_found(generation),
            };
        }
        let extension = found
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase();
        match std::fs::read(&found) {
            Ok(bytes) if extension == "html" => page(200, &bytes, generation),
            Ok(bytes) => typed(200, bytes, &extension),
            Err(_) => not_found(generation),
        }
    }

    /// `/`: the stand of the one regulation, or a list of them.
    fn front(&self, generation: u64) -> Response<std::io::Cursor<Vec<u8>>> {
        let mut ids: Vec<String> = std::fs::read_dir(self.root.join("site"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().join("index.html").is_file())
                    .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        ids.sort();
        if let [one] = ids.as_slice() {
            let mut r = text(302, "the stand");
            add(&mut r, "Location", &format!("/site/{one}/index.html"));
            return r;
        }
        let body = if ids.is_empty() {
            "<p>No preview yet: it appears once the sources have no errors.</p>".to_owned()
        } else {
            let items: String = ids
                .iter()
                .map(|id| {
                    let id = escape(id);
                    format!("<li><a href=\"/site/{id}/index.html\">{id}</a></li>")
                })
                .collect();
            format!("<ul>{items}</ul>")
        };
        page(200, own_page("Preview", &body).as_bytes(), generation)
    }
}

/// The file under `root` that the URL path names, or `None` when it names
/// nothing there: no `..`, `.` or hidden segment (the build's manifest and
/// lock), no backslash, colon or NUL, percent-escapes decoded first, and a
/// link that leads out of `root` refused.
pub fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let mut path = root.to_path_buf();
    for segment in decoded.split('/').filter(|s| !s.is_empty()) {
        if segment.starts_with('.') || segment.contains(['\\', ':', '\0']) {
            return None;
        }
        path.push(segment);
    }
    let real = std::fs::canonicalize(&path).ok()?;
    let real_root = std::fs::canonicalize(root).ok()?;
    real.starts_with(&real_root).then_some(real)
}

/// `%XX` escapes decoded; `None` for a malformed escape or bytes that are
/// not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A page of the preview with the reload script and its stylesheet added,
/// and the page's Content-Security-Policy opened to the preview's own event
/// stream (the built pages allow no connection at all).
pub fn inject(html: &str, generation: u64) -> String {
    const CSP: &str = "http-equiv=\"Content-Security-Policy\" content=\"";
    let mut out = html.replacen(CSP, &format!("{CSP}connect-src 'self'; "), 1);
    let tags = format!(
        "<link rel=\"stylesheet\" href=\"{PREFIX}live.css\">\
         <script src=\"{PREFIX}live.js\" data-reglament-generation=\"{generation}\" defer></script>"
    );
    match out.find("</head>") {
        Some(at) => out.insert_str(at, &tags),
        None => out.push_str(&tags),
    }
    out
}

/// The content type of a file by its extension.
pub fn content_type(extension: &str) -> &'static str {
    match extension {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "pdf" => "application/pdf",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "woff2" => "font/woff2",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn page(status: u16, html: &[u8], generation: u64) -> Response<std::io::Cursor<Vec<u8>>> {
    let html = inject(&String::from_utf8_lossy(html), generation);
    typed(status, html.into_bytes(), "html")
}

fn not_found(generation: u64) -> Response<std::io::Cursor<Vec<u8>>> {
    let body = "<p>There is no such page in the preview. It may appear when the \
                sources are saved again; <a href=\"/\">the stand</a>.</p>";
    page(404, own_page("Not found", body).as_bytes(), generation)
}

/// A page of the preview's own (not of the stand); `body` is markup made
/// here, with any outside text escaped.
fn own_page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'self'; script-src 'self'\">\n<title>{title} · reglament preview</title>\n\
         </head>\n<body>\n<main>\n<h1>{title}</h1>\n{body}\n</main>\n</body>\n</html>\n"
    )
}

/// Text for HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn typed(status: u16, body: Vec<u8>, extension: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let mut r = Response::from_data(body).with_status_code(StatusCode(status));
    if !extension.is_empty() {
        add(&mut r, "Content-Type", content_type(extension));
    }
    // Every answer is of this moment's build.
    add(&mut r, "Cache-Control", "no-store");
    add(&mut r, "X-Content-Type-Options", "nosniff");
    r
}

fn text(status: u16, message: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    typed(status, format!("{message}\n").into_bytes(), "txt")
}

/// Adds a header. Names and values here are ASCII made by this module, so
/// they parse; one that did not would only be left out.
fn add(response: &mut Response<std::io::Cursor<Vec<u8>>>, name: &str, value: &str) {
    if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        response.add_header(h);
    }
}

/// The value of a request's header.
fn header(request: &Request, name: &'static str) -> Option<String> {
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str().to_owned())
}

/// The name in a `Host` header, without its port: `127.0.0.1`,
/// `localhost`, `::1`.
fn host_name(host: &str) -> &str {
    if let Some(rest) = host.strip_prefix('[') {
        return rest.split(']').next().unwrap_or_default();
    }
    host.rsplit_once(':').map_or(host, |(name, _)| name)
}

/// A day written YYYY-MM-DD that exists.
fn parse_day(text: &str) -> Option<Date> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shaped.then(|| text.parse().ok()).flatten()
}

/// Sends a response; a page that went away meanwhile is no one's concern.
fn answer(request: Request, response: Response<std::io::Cursor<Vec<u8>>>) {
    let _ = request.respond(response);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_out_of_the_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("preview");
        std::fs::create_dir_all(root.join("site")).unwrap();
        std::fs::write(root.join("site/a.html"), "a").unwrap();
        std::fs::write(root.join(".reglament-manifest"), "m").unwrap();
        std::fs::write(dir.path().join("secret"), "s").unwrap();
        assert!(resolve(&root, "/site/a.html").is_some());
        assert!(resolve(&root, "/site/%61.html").is_some());
        for bad in [
            "/../secret",
            "/site/../../secret",
            "/%2e%2e/secret",
            "/%2E%2E%2Fsecret",
            "/site/..%2f..%2fsecret",
            "/.reglament-manifest",
            "/site\\..\\..\\secret",
            "/%00",
            "/%zz",
            "/%c0%ae%c0%ae/secret",
            "/site/missing.html",
        ] {
            assert_eq!(resolve(&root, bad), None, "{bad}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret"), root.join("site/link")).unwrap();
            assert_eq!(
                resolve(&root, "/site/link"),
                None,
                "a link out of the folder"
            );
        }
    }

    #[test]
    fn pages_get_the_script_and_may_reach_the_event_stream() {
        let html = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body></body></html>";
        let out = inject(html, 7);
        assert!(out.contains("content=\"connect-src 'self'; default-src 'none'\""));
        assert!(out.contains("data-reglament-generation=\"7\" defer></script></head>"));
    }

    #[test]
    fn host_names_and_days() {
        assert_eq!(host_name("127.0.0.1:8080"), "127.0.0.1");
        assert_eq!(host_name("[::1]:8080"), "::1");
        assert_eq!(host_name("localhost"), "localhost");
        assert_eq!(
            parse_day("2024-09-01").map(|d| d.to_string()),
            Some("2024-09-01".into())
        );
        assert_eq!(parse_day("2024-02-30"), None);
        assert_eq!(parse_day("2024-9-1"), None);
    }
}
