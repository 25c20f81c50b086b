//! `reglament serve` as a user runs it: the binary started on a free port
//! over a copy of a small synthetic regulation (`tests/fixtures/mini/`),
//! its pages fetched over HTTP, a source edited and the new content seen,
//! an error shown to the pages and the last good preview kept, paths out
//! of the preview folder refused, a non-loopback address refused without
//! the flag, and Ctrl-C removing the temporary folder. The last test does
//! the same in a real browser (Debian's Chromium driven by playwright-core,
//! `tests/browser/serve.mjs`): the page changes without a manual reload,
//! the overlay shows the problem's code, and goes when it is fixed.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod browser_support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use browser_support::{CHROMIUM, missing_tools, run_script};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const TITLE: &str = "Mini regulation on issuing a permit";

/// A copy of the mini regulation with an office profile, in a temporary
/// folder.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mini = dir.path().join("mini");
    std::fs::create_dir_all(&mini).unwrap();
    for f in ["mini.rgl", "acts.rgl"] {
        std::fs::copy(root().join("tests/fixtures/mini").join(f), mini.join(f)).unwrap();
    }
    std::fs::create_dir_all(dir.path().join("offices")).unwrap();
    dir
}

/// A running `reglament serve`, stopped when dropped.
struct Serve {
    child: Child,
    url: String,
    port: u16,
    stderr: Arc<Mutex<String>>,
}

impl Serve {
    fn start(dir: &Path, extra: &[&str]) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_reglament"))
            .current_dir(dir)
            .args(["serve", "--port", "0", "--offices", "offices"])
            .args(extra)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&stderr);
        let mut err = BufReader::new(child.stderr.take().unwrap());
        std::thread::spawn(move || {
            let mut line = String::new();
            while err.read_line(&mut line).is_ok_and(|n| n > 0) {
                sink.lock().unwrap().push_str(&line);
                line.clear();
            }
        });
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut url = String::new();
        out.read_line(&mut url).unwrap();
        let url = url.trim().to_owned();
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "no URL on stdout: {url:?}\n{}",
            stderr.lock().unwrap()
        );
        let port = url
            .trim_start_matches("http://127.0.0.1:")
            .trim_end_matches('/')
            .parse()
            .unwrap();
        Serve {
            child,
            url,
            port,
            stderr,
        }
    }

    /// The folder the preview is built in, as the command says.
    fn folder(&self) -> PathBuf {
        let err = self.stderr.lock().unwrap();
        let line = err
            .lines()
            .find(|l| l.starts_with("building the preview in `"))
            .unwrap();
        PathBuf::from(line.split('`').nth(1).unwrap())
    }

    fn get(&self, path: &str) -> Reply {
        self.request(&format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
            self.port
        ))
    }

    /// Sends `raw` as it is (paths not normalized, as an attacker would).
    fn request(&self, raw: &str) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        stream.write_all(raw.as_bytes()).unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).unwrap();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Reply {
            status,
            head: head.to_owned(),
            body: body.to_owned(),
        }
    }

    /// The preview's state, as the pages receive it.
    fn status(&self) -> serde_json::Value {
        let reply = self.get("/__reglament/events");
        let data = reply
            .body
            .lines()
            .find_map(|l| l.strip_prefix("data: "))
            .unwrap_or_else(|| panic!("no event: {}", reply.body));
        serde_json::from_str(data).unwrap()
    }

    /// Waits until `ok` holds of the state (a rebuild after a save).
    fn wait_for(&self, what: &str, ok: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        let start = Instant::now();
        loop {
            let s = self.status();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "{what}: still {s}\n{}",
                self.stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends SIGINT, as Ctrl-C does, and waits for the exit code.
    fn interrupt(mut self) -> (i32, String) {
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-INT", &pid])
                .status()
                .unwrap()
                .success()
        );
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100));
                let err = self.stderr.lock().unwrap().clone();
                return (status.code().unwrap_or(-1), err);
            }
            assert!(start.elapsed() < Duration::from_secs(20), "did not stop");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Reply {
    status: u16,
    head: String,
    body: String,
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn serves_the_stand_and_shows_a_saved_edit() {
    let dir = workspace();
    let serve = Serve::start(dir.path(), &["--no-forms", "mini"]);
    let front = serve.get("/");
    assert_eq!(front.status, 302, "{}", front.head);
    assert!(
        front.head.contains("Location: /site/mini/index.html"),
        "{}",
        front.head
    );

    let page = serve.get("/site/mini/index.html");
    assert_eq!(page.status, 200);
    assert!(
        page.head.contains("Content-Type: text/html; charset=utf-8"),
        "{}",
        page.head
    );
    assert!(page.body.contains(TITLE));
    // The reload script, and a policy that lets it reach the event stream.
    assert!(
        page.body
            .contains("<script src=\"/__reglament/live.js\" data-reglament-generation=\"1\"")
    );
    assert!(
        page.body
            .contains("content=\"connect-src 'self'; default-src 'none';")
    );
    let css = serve.get("/site/mini/assets/site.css");
    assert!(css.head.contains("Content-Type: text/css"), "{}", css.head);
    let js = serve.get("/__reglament/live.js");
    assert!(
        js.head.contains("Content-Type: text/javascript"),
        "{}",
        js.head
    );
    let missing = serve.get("/site/mini/no-such-page.html");
    assert_eq!(missing.status, 404);
    assert!(
        missing
            .body
            .contains("There is no such page in the preview")
    );
    assert!(
        missing.body.contains("/__reglament/live.js"),
        "a 404 page reloads too"
    );

    let before = serve.status();
    assert_eq!(before["generation"], 1);
    assert_eq!(before["problems"], serde_json::json!([]));

    edit(
        &dir.path().join("mini/mini.rgl"),
        TITLE,
        "Mini regulation, edited once",
    );
    serve.wait_for("the edit is built", |s| s["generation"] == 2);
    let page = serve.get("/site/mini/index.html");
    assert!(
        page.body.contains("Mini regulation, edited once"),
        "{}",
        page.body
    );
    assert!(!page.body.contains(TITLE));

    // The script is added as pages are served, never to the files; and
    // nothing is written beside the sources.
    let folder = serve.folder();
    let on_disk = std::fs::read_to_string(folder.join("preview/site/mini/index.html")).unwrap();
    assert!(on_disk.contains("Mini regulation, edited once"));
    assert!(!on_disk.contains("__reglament"));
    assert!(!dir.path().join("out").exists());

    let (code, err) = serve.interrupt();
    assert_eq!(code, 0, "{err}");
    assert!(!folder.exists(), "Ctrl-C left {}", folder.display());
    assert!(err.contains("stopped; removed"), "{err}");
}

#[test]
fn errors_reach_the_pages_and_the_last_good_preview_stays() {
    let dir = workspace();
    let serve = Serve::start(dir.path(), &["--no-forms", "mini"]);
    let source = dir.path().join("mini/mini.rgl");
    edit(
        &source,
        "  for category minors\n",
        "  for category minorz\n",
    );
    let status = serve.wait_for("the error is reported", |s| {
        s["problems"].as_array().is_some_and(|p| !p.is_empty())
    });
    let problem = &status["problems"][0];
    assert_eq!(problem["severity"], "error");
    assert!(
        problem["code"].as_str().unwrap().starts_with('R'),
        "{problem}"
    );
    assert!(
        problem["file"].as_str().unwrap().ends_with("mini.rgl"),
        "{problem}"
    );
    assert!(problem["line"].as_u64().unwrap() > 1, "{problem}");
    assert!(
        problem["hint"].as_str().unwrap().contains("minors"),
        "{problem}"
    );
    assert!(
        problem["message"].as_str().unwrap().contains("minorz"),
        "{problem}"
    );
    assert_eq!(
        status["generation"], 1,
        "no new build while there are errors"
    );
    // The last good preview is still served.
    let page = serve.get("/site/mini/index.html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains(TITLE));
    // The terminal shows it as `check` does.
    let code = problem["code"].as_str().unwrap().to_owned();
    assert!(serve.stderr.lock().unwrap().contains(&code));

    edit(
        &source,
        "  for category minorz\n",
        "  for category minors\n",
    );
    let fixed = serve.wait_for("the fix is seen", |s| {
        s["problems"] == serde_json::json!([])
    });
    assert_eq!(
        fixed["generation"], 1,
        "the same output as before: nothing to reload"
    );
}

#[test]
fn the_day_chosen_on_the_page_is_built() {
    let dir = workspace();
    let serve = Serve::start(dir.path(), &["--no-forms", "mini"]);
    let post = |body: &str, origin: &str| {
        serve.request(&format!(
            "POST /__reglament/as-of HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{origin}Content-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            serve.port,
            body.len()
        ))
    };
    assert_eq!(post("2025-02-30", "").status, 400);
    let elsewhere = post("2025-03-01", "Origin: http://example.com\r\n");
    assert_eq!(
        elsewhere.status, 403,
        "a page elsewhere cannot choose the day"
    );
    let own = format!("Origin: http://127.0.0.1:{}\r\n", serve.port);
    assert_eq!(post("2025-03-01", &own).status, 200);
    serve.wait_for("the day is shown", |s| s["as_of"] == "2025-03-01");
    assert_eq!(post("", &own).status, 200);
    serve.wait_for("the latest version again", |s| s["as_of"].is_null());
}

/// The pages of the preview on disk that contain `text`.
fn pages_with(folder: &Path, text: &str) -> usize {
    let mut count = 0;
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "html")
                && std::fs::read_to_string(&path).unwrap().contains(text)
            {
                count += 1;
            }
        }
    }
    count
}

#[test]
fn the_stand_is_shown_as_of_the_day_chosen() {
    // The synthetic amended regulation: its researcher category is
    // inserted by an order in force from 2024-06-01.
    let dir = workspace();
    let amended = root().join("tests/fixtures/amended/amended.rgl");
    let amended = amended.to_str().unwrap();
    let serve = Serve::start(
        dir.path(),
        &["--no-forms", "--as-of", "2024-01-01", amended],
    );
    let inserted = "A test permit is issued to a researcher.";
    let status = serve.wait_for("the first build", |s| s["generation"] == 1);
    assert_eq!(status["as_of"], "2024-01-01");
    let site = serve.folder().join("preview/site");
    assert_eq!(
        pages_with(&site, inserted),
        0,
        "not yet in force on 2024-01-01"
    );
    let post = serve.request(&format!(
        "POST /__reglament/as-of HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        serve.port
    ));
    assert_eq!(post.status, 200);
    serve.wait_for("the latest version is built", |s| s["generation"] == 2);
    assert!(
        pages_with(&site, inserted) > 0,
        "in force in the latest version"
    );
}

#[test]
fn nothing_outside_the_preview_folder_is_served() {
    let dir = workspace();
    let serve = Serve::start(dir.path(), &["--no-forms", "mini"]);
    let folder = serve.folder();
    // A file beside the preview folder, which must stay out of reach.
    std::fs::write(folder.join("secret.txt"), "the secret").unwrap();
    for path in [
        "/../secret.txt",
        "/site/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/site/%2E%2E%2F%2E%2E%2Fsecret.txt",
        "/site/mini/..%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/../../../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "//etc/passwd",
        "/.reglament-manifest",
        "/site/mini/%00",
    ] {
        let reply = serve.get(path);
        assert!(
            reply.status == 404 || reply.status == 400,
            "{path}: {}\n{}",
            reply.head,
            reply.body
        );
        assert!(!reply.body.contains("the secret"), "{path}");
        assert!(!reply.body.contains("root:"), "{path}");
    }
    // Another site's name for this address (DNS rebinding) is refused.
    let rebound = serve.request(
        "GET /site/mini/index.html HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(rebound.status, 403);
    let post = serve.request(
        "DELETE /site/mini/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(post.status, 405);
}

#[test]
fn a_non_loopback_address_needs_the_flag() {
    let dir = workspace();
    let out = Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(dir.path())
        .args(["serve", "--port", "0", "--bind", "0.0.0.0", "mini"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--allow-remote"), "{err}");
    assert!(out.stdout.is_empty(), "it must not have started");
    // With the flag it starts.
    let serve = Serve::start_at(dir.path(), "0.0.0.0");
    assert_eq!(serve.get("/site/mini/index.html").status, 200);
}

impl Serve {
    /// `start` on another address, with `--allow-remote`.
    fn start_at(dir: &Path, bind: &str) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_reglament"))
            .current_dir(dir)
            .args([
                "serve",
                "--port",
                "0",
                "--no-forms",
                "--allow-remote",
                "--bind",
                bind,
                "mini",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut url = String::new();
        out.read_line(&mut url).unwrap();
        let port = url
            .trim()
            .trim_end_matches('/')
            .rsplit(':')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        Serve {
            child,
            url: url.trim().to_owned(),
            port,
            stderr: Arc::default(),
        }
    }
}

#[test]
fn the_preview_reloads_and_shows_problems_in_a_real_browser() {
    if missing_tools("the browser test of `reglament serve`", false).is_some() {
        return;
    }
    let dir = workspace();
    let serve = Serve::start(dir.path(), &["--no-forms", "mini"]);
    let config = serde_json::json!({
        "chromium": CHROMIUM,
        "profile": dir.path().join("chromium-profile"),
        "artifacts": root().join("tests/artifacts"),
        "url": serve.url,
        "source": dir.path().join("mini/mini.rgl"),
        "title": TITLE,
    });
    let (ok, stdout, stderr) = run_script("serve.mjs", &config, dir.path());
    assert!(
        ok,
        "the browser test of serve failed:\n{stdout}\n{stderr}\n{}",
        serve.stderr.lock().unwrap()
    );
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
}

#[test]
fn an_idle_preview_is_not_rebuilt() {
    // The watcher reports the build's own reads of the sources; a rebuild
    // that read them again would loop for ever, busy while nobody types.
    let dir = workspace();
    let serve = Serve::start(dir.path(), &["--no-forms", "mini"]);
    serve.wait_for("the first build", |s| s["generation"].as_u64() >= Some(1));
    std::thread::sleep(Duration::from_secs(3));
    let err = serve.stderr.lock().unwrap().clone();
    let builds = err
        .lines()
        .filter(|l| l.starts_with("built the preview") || l.starts_with("checked;"))
        .count();
    assert_eq!(builds, 1, "rebuilt while idle:\n{err}");
}
