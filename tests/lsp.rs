//! `reglament lsp` as an editor sees it: the binary started as a process
//! and spoken to in JSON-RPC over its standard input and output.

// Tests stop at the first surprise; unwrapping is how they say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use serde_json::{Value, json};

/// How long any one answer may take before the test gives up (not a
/// performance assertion: a hang must fail rather than block CI).
const PATIENCE: Duration = Duration::from_secs(120);

struct Editor {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications received while waiting for something else.
    notifications: Vec<Value>,
}

impl Editor {
    fn start() -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_reglament"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.unwrap()];
                reader.read_exact(&mut body).unwrap();
                if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        let mut editor = Editor {
            child,
            stdin,
            incoming,
            next_id: 0,
            notifications: Vec::new(),
        };
        let init = editor.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}}),
        );
        let caps = &init["result"]["capabilities"];
        for cap in [
            "hoverProvider",
            "definitionProvider",
            "referencesProvider",
            "renameProvider",
            "completionProvider",
            "documentSymbolProvider",
            "documentFormattingProvider",
            "semanticTokensProvider",
            "codeActionProvider",
        ] {
            assert!(!caps[cap].is_null(), "no {cap} in {caps}");
        }
        editor.notify("initialized", json!({}));
        editor
    }

    fn send(&mut self, message: Value) {
        let body = serde_json::to_string(&message).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    /// A frame whose body is `body` as it stands, JSON or not.
    fn send_raw(&mut self, body: &str) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns the whole response.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self
                .incoming
                .recv_timeout(PATIENCE)
                .unwrap_or_else(|_| panic!("no answer to {method}"));
            if message["id"] == json!(id) {
                return message;
            }
            self.notifications.push(message);
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            if let Some(i) = self.notifications.iter().position(|n| {
                n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri
            }) {
                let n = self.notifications.remove(i);
                return n["params"]["diagnostics"].as_array().unwrap().clone();
            }
            let message = self
                .incoming
                .recv_timeout(PATIENCE)
                .expect("no diagnostics published");
            self.notifications.push(message);
        }
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "rgl", "version": 1, "text": text}}),
        );
    }

    fn change(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    fn at(&mut self, method: &str, uri: &str, (line, character): (usize, usize)) -> Value {
        let mut params = json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}});
        if method == "textDocument/references" {
            params["context"] = json!({"includeDeclaration": true});
        }
        self.request(method, params)
    }

    fn stop(mut self) -> String {
        let answer = self.request("shutdown", Value::Null);
        assert!(answer["error"].is_null(), "{answer}");
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        let mut stderr = String::new();
        self.child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert!(status.success(), "{status}: {stderr}");
        stderr
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/mini")
        .join(name)
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// (line, column) of the first `needle` in `text`, plus `extra` columns.
fn find(text: &str, needle: &str, extra: usize) -> (usize, usize) {
    let at = text.find(needle).unwrap_or_else(|| panic!("no {needle:?}"));
    let line = text[..at].matches('\n').count();
    let col = at - text[..at].rfind('\n').map_or(0, |i| i + 1);
    (line, col + extra)
}

fn labels(completion: &Value) -> Vec<String> {
    completion["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{completion}"))
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn an_editor_session() {
    let main = fixture("mini.rgl");
    let acts = fixture("acts.rgl");
    let text = std::fs::read_to_string(&main).unwrap();
    let main_uri = uri(&main);
    let mut ed = Editor::start();

    ed.open(&main_uri, &text);
    let clean = ed.diagnostics(&main_uri);
    assert!(
        clean.iter().all(|d| d["severity"] != 1),
        "the fixture has errors: {clean:?}"
    );

    // A typo: the editor shows the checker's diagnostic, code and hint included.
    let typo = text.replace("from accepted", "from acepted");
    ed.change(&main_uri, 2, &typo);
    let found = ed.diagnostics(&main_uri);
    let error = found
        .iter()
        .find(|d| d["severity"] == 1)
        .unwrap_or_else(|| panic!("no error in {found:?}"));
    assert_eq!(error["code"], "R0202", "{error}");
    let message = error["message"].as_str().unwrap();
    assert!(message.contains("acepted"), "{message}");
    assert!(message.contains("did you mean `accepted`"), "{message}");
    assert_eq!(
        error["range"]["start"],
        json!({"line": find(&typo, "acepted", 0).0, "character": find(&typo, "acepted", 0).1})
    );

    // The quick fix writes the suggestion.
    let actions = ed.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": main_uri}, "range": error["range"], "context": {"diagnostics": [error]}}),
    );
    let edit = &actions["result"][0]["edit"]["changes"][&main_uri][0];
    assert_eq!(edit["newText"], "accepted", "{actions}");
    assert_eq!(edit["range"], error["range"]);

    // The fix clears it.
    ed.change(&main_uri, 3, &text);
    assert!(ed.diagnostics(&main_uri).iter().all(|d| d["severity"] != 1));

    // Hover on an act id: what it is, from the included file.
    let hover = ed.at(
        "textDocument/hover",
        &main_uri,
        find(&text, "basis law_a", 7),
    );
    let shown = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("{hover}"));
    assert!(shown.contains("**act** `law_a`"), "{shown}");
    assert!(shown.contains("Federal Law A"), "{shown}");

    // Hover on a category id: its clause, quoted text and basis.
    let hover = ed.at(
        "textDocument/hover",
        &main_uri,
        find(&text, "for category minors", 14),
    );
    let shown = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("**category** `minors`"), "{shown}");
    assert!(shown.contains("clause 2.2"), "{shown}");
    assert!(shown.contains("> Minors."), "{shown}");
    assert!(
        shown.contains("basis: law_a article 8 item 2 subitem 2 and 6"),
        "{shown}"
    );

    // Hover on a clause number: the clause's text.
    let hover = ed.at(
        "textDocument/hover",
        &main_uri,
        find(&text, "after clause 7", 13),
    );
    let shown = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("Four photos"), "{shown}");

    // Go to definition: into the included file.
    let def = ed.at(
        "textDocument/definition",
        &main_uri,
        find(&text, "basis law_a", 7),
    );
    let loc = &def["result"][0];
    assert_eq!(loc["uri"], uri(&acts), "{def}");
    assert_eq!(loc["range"]["start"]["line"], 1);
    // ... and of a clause number, to the block that claims it.
    let def = ed.at(
        "textDocument/definition",
        &main_uri,
        find(&text, "after clause 7", 13),
    );
    assert_eq!(
        def["result"][0]["range"]["start"]["line"],
        find(&text, "document photos", 0).0
    );
    // ... and of an include, to the file.
    let def = ed.at(
        "textDocument/definition",
        &main_uri,
        find(&text, "\"acts.rgl\"", 2),
    );
    assert_eq!(def["result"][0]["uri"], uri(&acts));

    // References: every use of a fact, its declaration included.
    let refs = ed.at(
        "textDocument/references",
        &main_uri,
        find(&text, "fact age", 6),
    );
    let refs = refs["result"].as_array().unwrap();
    let expected = text.matches(" age ").count() + text.matches("fact age\n").count();
    assert!(refs.len() >= 5 && refs.len() >= expected - 1, "{refs:?}");

    // Completion, by what the grammar allows at the cursor.
    let probe = |ed: &mut Editor, edited: &str, needle: &str, extra: usize| {
        ed.change(&main_uri, 10, edited);
        let _ = ed.diagnostics(&main_uri);
        labels(&ed.at(
            "textDocument/completion",
            &main_uri,
            find(edited, needle, extra),
        ))
    };
    let after_from = probe(&mut ed, &text, "from accepted", 5);
    assert!(
        after_from.contains(&"accepted".to_owned()),
        "{after_from:?}"
    );
    assert!(!after_from.contains(&"age".to_owned()), "{after_from:?}");
    assert!(!after_from.contains(&"adults".to_owned()), "{after_from:?}");

    let edited = text.replace("  for category minors\n", "  for category \n");
    let after_for_category = probe(&mut ed, &edited, "for category \n", 13);
    assert!(
        after_for_category.contains(&"minors".to_owned()),
        "{after_for_category:?}"
    );
    assert!(after_for_category.contains(&"adults".to_owned()));
    assert!(!after_for_category.contains(&"age".to_owned()));

    let edited = text.replace("  basis law_a article 8 item 2 subitem 1\n", "  basis \n");
    let after_basis = probe(&mut ed, &edited, "  basis \n", 8);
    assert_eq!(after_basis, vec!["law_a".to_owned()]);

    let edited = text.replace(
        "count 2 when status is stateless_person",
        "count 2 when status is ",
    );
    let after_is = probe(&mut ed, &edited, "status is ", 10);
    assert!(
        after_is.contains(&"stateless_person".to_owned()),
        "{after_is:?}"
    );
    assert!(
        after_is.contains(&"foreign_citizen".to_owned()),
        "{after_is:?}"
    );
    // `category is`: the categories (and branches, groups), not statuses.
    let edited = text.replace(
        "count 2 when status is stateless_person",
        "count 2 when category is ",
    );
    let after_category_is = probe(&mut ed, &edited, "category is ", 12);
    for id in ["minors", "adults"] {
        assert!(
            after_category_is.contains(&id.to_owned()),
            "{id}: {after_category_is:?}"
        );
    }
    assert!(
        !after_category_is.contains(&"stateless_person".to_owned()),
        "{after_category_is:?}"
    );

    // A new line in a category: the lines a category may have, and `end`.
    let edited = text.replace(
        "  files issue\n  applies when age is at least",
        "  files issue\n  \n  applies when age is at least",
    );
    let line_start = probe(&mut ed, &edited, "  \n  applies when age is at least", 2);
    for keyword in ["clause", "basis", "applies", "see", "note", "branch", "end"] {
        assert!(
            line_start.contains(&keyword.to_owned()),
            "{keyword} missing: {line_start:?}"
        );
    }
    assert!(!line_start.contains(&"lasts".to_owned()), "{line_start:?}");

    // Between blocks: the blocks a file may have.
    let edited = text.replace(
        "end\n\nstatus foreign_citizen",
        "end\n\n  \nstatus foreign_citizen",
    );
    let top = probe(&mut ed, &edited, "  \nstatus foreign_citizen", 2);
    for keyword in [
        "category",
        "fact",
        "term",
        "document",
        "example",
        "regulation",
    ] {
        assert!(
            top.contains(&keyword.to_owned()),
            "{keyword} missing: {top:?}"
        );
    }
    assert!(!top.contains(&"clause".to_owned()), "{top:?}");
    ed.change(&main_uri, 11, &text);
    let _ = ed.diagnostics(&main_uri);

    // Rename an id in every file and every use.
    let rename = ed.request(
        "textDocument/rename",
        json!({"textDocument": {"uri": main_uri}, "position": pos(find(&text, "fact age", 6)), "newName": "applicant_age"}),
    );
    let edits = rename["result"]["changes"][&main_uri]
        .as_array()
        .unwrap_or_else(|| panic!("{rename}"));
    assert_eq!(edits.len(), refs.len());
    assert!(edits.iter().all(|e| e["newText"] == "applicant_age"));
    let bad = ed.request(
        "textDocument/rename",
        json!({"textDocument": {"uri": main_uri}, "position": pos(find(&text, "fact age", 6)), "newName": "Age"}),
    );
    assert!(!bad["error"].is_null(), "{bad}");

    // Outline: blocks with their clauses.
    let outline = ed.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": main_uri}}),
    );
    let symbols = outline["result"].as_array().unwrap();
    let adults = symbols
        .iter()
        .find(|s| s["name"] == "category adults")
        .unwrap();
    assert_eq!(adults["detail"], "clause 2.1");

    // Formatting goes through `fmt`.
    let messy = text.replace(
        "  title \"issue of a permit\"",
        "      title    \"issue of a permit\"",
    );
    ed.change(&main_uri, 12, &messy);
    let _ = ed.diagnostics(&main_uri);
    let formatted = ed.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": main_uri}, "options": {"tabSize": 2, "insertSpaces": true}}),
    );
    assert_eq!(
        formatted["result"][0]["newText"],
        reglament::format::format(&messy, 0).unwrap()
    );
    assert_eq!(formatted["result"][0]["newText"], text);

    // Highlighting: five numbers a token.
    let tokens = ed.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": main_uri}}),
    );
    let data = tokens["result"]["data"].as_array().unwrap();
    assert!(
        data.len() > 500 && data.len().is_multiple_of(5),
        "{}",
        data.len()
    );

    let stderr = ed.stop();
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn pos((line, character): (usize, usize)) -> Value {
    json!({"line": line, "character": character})
}

/// Every request, at several places, on prefixes of the real regulation
/// cut at random points: every one answers, none with an internal error.
#[test]
fn half_typed_files_never_crash_the_server() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations/residence-permit.rgl");
    let text = std::fs::read_to_string(&path).unwrap();
    let file_uri = uri(&path);
    let mut ed = Editor::start();
    ed.open(&file_uri, &text);
    let _ = ed.diagnostics(&file_uri);
    // A fixed-seed generator: the same cuts every run.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let cuts = std::env::var("RGL_LSP_FUZZ_CUTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    for version in 0..cuts {
        let mut cut = next(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let prefix = &text[..cut];
        ed.change(&file_uri, version + 2, prefix);
        let _ = ed.diagnostics(&file_uri);
        let lines = prefix.lines().count().max(1);
        let doc = json!({"uri": file_uri});
        let mut answers = Vec::new();
        for _ in 0..3 {
            let line = next(lines + 1);
            let character = next(60);
            let at = json!({"line": line, "character": character});
            for method in [
                "textDocument/hover",
                "textDocument/definition",
                "textDocument/completion",
            ] {
                answers.push(ed.request(method, json!({"textDocument": doc, "position": at})));
            }
            answers.push(ed.request("textDocument/references", json!({"textDocument": doc, "position": at, "context": {"includeDeclaration": true}})));
            answers.push(ed.request(
                "textDocument/rename",
                json!({"textDocument": doc, "position": at, "newName": "renamed_id"}),
            ));
            answers.push(ed.request("textDocument/codeAction", json!({"textDocument": doc, "range": {"start": at, "end": at}, "context": {"diagnostics": []}})));
        }
        answers.push(ed.request("textDocument/documentSymbol", json!({"textDocument": doc})));
        answers.push(ed.request(
            "textDocument/formatting",
            json!({"textDocument": doc, "options": {"tabSize": 2, "insertSpaces": true}}),
        ));
        answers.push(ed.request(
            "textDocument/semanticTokens/full",
            json!({"textDocument": doc}),
        ));
        for a in answers {
            let message = a["error"]["message"].as_str().unwrap_or("");
            assert!(
                !message.contains("internal error") && !message.contains("invalid params"),
                "cut at byte {cut}: {a}"
            );
        }
    }
    let stderr = ed.stop();
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A message that is not JSON costs one error answer (JSON-RPC's parse
/// error, with no id), not the server; a request for a method the server
/// does not have, or with parameters of the wrong shape, gets the code
/// JSON-RPC gives each.
#[test]
fn a_malformed_message_is_answered_and_the_server_goes_on() {
    let mut ed = Editor::start();
    ed.send_raw("{bad}");
    let answer = ed
        .incoming
        .recv_timeout(PATIENCE)
        .expect("no answer to the malformed message");
    assert_eq!(answer["id"], Value::Null, "{answer}");
    assert_eq!(answer["error"]["code"], json!(-32700), "{answer}");
    let unknown = ed.request("reglament/nothing", json!({}));
    assert_eq!(unknown["error"]["code"], json!(-32601), "{unknown}");
    let shapeless = ed.request("textDocument/hover", Value::Null);
    assert_eq!(shapeless["error"]["code"], json!(-32602), "{shapeless}");
    let file = fixture("mini.rgl");
    let file_uri = uri(&file);
    ed.open(&file_uri, &std::fs::read_to_string(&file).unwrap());
    let symbols = ed.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": file_uri}}),
    );
    assert!(
        symbols["result"].as_array().is_some_and(|s| !s.is_empty()),
        "{symbols}"
    );
    let stderr = ed.stop();
    assert!(!stderr.contains("panicked"), "{stderr}");
}
