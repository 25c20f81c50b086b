//! `reglament lsp`: a language server over standard input and output.
//!
//! Built on `lsp-server` (rust-analyzer's protocol layer: synchronous,
//! crossbeam channels, no async runtime) with the types of `lsp-types`.
//! Every change of a buffer checks the sources again with the analysis
//! `reglament check` runs (`project::Analysis`, kept between changes so that
//! what a change did not touch is not parsed or checked again) through an
//! overlay of the unsaved buffers, so the editor shows exactly the
//! diagnostics `check` prints. A request never takes the server down: a
//! handler that fails answers with an error and the server goes on.
//!
//! Like the CLI, this module reads the disk (the files beside an open one);
//! the analysis under it does not.

pub mod complete;
mod features;
pub mod index;
pub mod text;
mod tokens;
pub mod transport;
pub mod world;

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CompletionOptions,
    CompletionParams, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity,
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DocumentFormattingParams, DocumentSymbolParams, DocumentSymbolResponse, GotoDefinitionParams,
    GotoDefinitionResponse, HoverParams, HoverProviderCapability, Location, NumberOrString, OneOf,
    PublishDiagnosticsParams, ReferenceParams, RenameParams, SemanticTokens,
    SemanticTokensFullOptions, SemanticTokensOptions, SemanticTokensParams,
    SemanticTokensServerCapabilities, ServerCapabilities, TextDocumentPositionParams,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextEdit, Uri, WorkspaceEdit,
};
use serde_json::Value;

pub use complete::keywords;
use features::Target;
use text::{LineIndex, path_to_uri, uri_to_path};
use world::World;

use crate::diagnostics::{Problem, Severity};
use crate::load::normalize;

/// What the server offers.
fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(lsp_types::CodeActionProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".to_owned(), ",".to_owned(), ":".to_owned()]),
            ..CompletionOptions::default()
        }),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: tokens::legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: None,
                ..SemanticTokensOptions::default()
            },
        )),
        ..ServerCapabilities::default()
    }
}

/// Runs the server on standard input and output until the editor says `exit`.
pub fn run_stdio() -> Result<(), String> {
    let (connection, threads) = transport::stdio();
    let caps = serde_json::to_value(capabilities()).map_err(|e| e.to_string())?;
    connection
        .initialize(caps)
        .map_err(|e| format!("initialize: {e}"))?;
    let mut server = Server {
        world: World::default(),
        published: BTreeSet::new(),
    };
    server.main_loop(&connection)?;
    drop(connection);
    threads.join()
}

struct Server {
    world: World,
    /// Files that were sent diagnostics (to clear them when they are gone).
    published: BTreeSet<PathBuf>,
}

type Handled = Result<Value, Refused>;

/// Why a request has no answer, with the JSON-RPC code that says so.
struct Refused {
    code: ErrorCode,
    message: String,
}

impl From<String> for Refused {
    fn from(message: String) -> Self {
        Refused {
            code: ErrorCode::RequestFailed,
            message,
        }
    }
}

impl From<&str> for Refused {
    fn from(message: &str) -> Self {
        message.to_owned().into()
    }
}

impl Server {
    fn main_loop(&mut self, connection: &Connection) -> Result<(), String> {
        for message in &connection.receiver {
            match message {
                Message::Request(request) => {
                    if connection
                        .handle_shutdown(&request)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    let id = request.id.clone();
                    let answer = catch_unwind(AssertUnwindSafe(|| self.request(request)))
                        .unwrap_or_else(|_| {
                            Err(Refused {
                                code: ErrorCode::InternalError,
                                message: "internal error".to_owned(),
                            })
                        });
                    let response = match answer {
                        Ok(value) => Response::new_ok(id, value),
                        Err(r) => Response::new_err(id, r.code as i32, r.message),
                    };
                    send(connection, Message::Response(response))?;
                }
                Message::Notification(n) => {
                    let changed =
                        catch_unwind(AssertUnwindSafe(|| self.notification(n))).unwrap_or(false);
                    if changed {
                        for message in self.diagnostics() {
                            send(connection, message)?;
                        }
                    }
                }
                Message::Response(_) => {}
            }
        }
        Ok(())
    }

    /// Applies a notification; `true` when the sources changed.
    fn notification(&mut self, n: Notification) -> bool {
        let method = n.method.as_str();
        if method == lsp_types::notification::DidOpenTextDocument::METHOD {
            let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) else {
                return false;
            };
            self.set(&p.text_document.uri, Some(p.text_document.text))
        } else if method == lsp_types::notification::DidChangeTextDocument::METHOD {
            let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) else {
                return false;
            };
            // Full synchronisation: the last change is the whole text.
            let Some(change) = p.content_changes.into_iter().last() else {
                return false;
            };
            self.set(&p.text_document.uri, Some(change.text))
        } else if method == lsp_types::notification::DidCloseTextDocument::METHOD {
            let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) else {
                return false;
            };
            self.set(&p.text_document.uri, None)
        } else {
            method == lsp_types::notification::DidSaveTextDocument::METHOD
        }
    }

    fn set(&mut self, uri: &Uri, text: Option<String>) -> bool {
        let Some(path) = uri_to_path(uri).map(|p| normalize(&p)) else {
            return false;
        };
        match text {
            Some(t) => self.world.open.insert(path, t),
            None => self.world.open.remove(&path),
        };
        self.world.analyse();
        true
    }

    /// `publishDiagnostics` for every open file, and empty ones for files
    /// that had some before.
    fn diagnostics(&mut self) -> Vec<Message> {
        let mut by_file: std::collections::BTreeMap<PathBuf, Vec<Diagnostic>> = self
            .world
            .open
            .keys()
            .map(|p| (p.clone(), Vec::new()))
            .collect();
        let mut lines = std::collections::BTreeMap::new();
        for problem in &self.world.problems {
            if let Some((path, d)) = self.diagnostic(problem, &mut lines)
                && let Some(list) = by_file.get_mut(&path)
            {
                list.push(d);
            }
        }
        for gone in self.published.iter() {
            by_file.entry(gone.clone()).or_default();
        }
        self.published = self.world.open.keys().cloned().collect();
        by_file
            .into_iter()
            .filter_map(|(path, diagnostics)| {
                let params = PublishDiagnosticsParams::new(path_to_uri(&path)?, diagnostics, None);
                Some(Message::Notification(Notification::new(
                    lsp_types::notification::PublishDiagnostics::METHOD.to_owned(),
                    params,
                )))
            })
            .collect()
    }

    /// A problem as the editor shows it: the code, the message with its
    /// hint, and the other places it names.
    fn diagnostic(
        &self,
        problem: &Problem,
        lines: &mut std::collections::BTreeMap<u32, LineIndex>,
    ) -> Option<(PathBuf, Diagnostic)> {
        let mut place = |span: crate::source::Span| -> Option<(PathBuf, lsp_types::Range)> {
            let file = self.world.sources.get(span.file)?;
            let lines = lines
                .entry(span.file)
                .or_insert_with(|| LineIndex::new(&file.text));
            Some((
                normalize(std::path::Path::new(&file.path)),
                lines.range(&file.text, span.range()),
            ))
        };
        let (path, range) = place(problem.primary_span()?)?;
        let mut message = problem.message.clone();
        if let Some(label) = problem.labels.first().filter(|l| !l.text.is_empty()) {
            message.push_str(&format!(" ({})", label.text));
        }
        if let Some(help) = &problem.help {
            message.push_str(&format!("\nhelp: {help}"));
        }
        let related: Vec<DiagnosticRelatedInformation> = problem
            .labels
            .iter()
            .skip(1)
            .filter_map(|l| {
                let (p, r) = place(l.span)?;
                Some(DiagnosticRelatedInformation {
                    location: Location::new(path_to_uri(&p)?, r),
                    message: l.text.clone(),
                })
            })
            .collect();
        Some((
            path,
            Diagnostic {
                range,
                severity: Some(match problem.severity {
                    Severity::Error => DiagnosticSeverity::ERROR,
                    Severity::Warning => DiagnosticSeverity::WARNING,
                }),
                code: Some(NumberOrString::String(problem.code.to_string())),
                source: Some("reglament".to_owned()),
                message,
                related_information: (!related.is_empty()).then_some(related),
                ..Diagnostic::default()
            },
        ))
    }

    fn request(&mut self, request: Request) -> Handled {
        use lsp_types::request as r;
        let method = request.method.clone();
        let params = request.params;
        let json = |v: &dyn erased::ToValue| v.to_value();
        match method.as_str() {
            r::HoverRequest::METHOD => {
                let p: HoverParams = parse(params)?;
                let target = self.target(&p.text_document_position_params)?;
                Ok(json(&target.and_then(|t| features::hover(&self.world, &t))))
            }
            r::GotoDefinition::METHOD => {
                let p: GotoDefinitionParams = parse(params)?;
                let target = self.target(&p.text_document_position_params)?;
                let found = target.map_or_else(Vec::new, |t| features::definition(&self.world, &t));
                Ok(json(&GotoDefinitionResponse::Array(found)))
            }
            r::References::METHOD => {
                let p: ReferenceParams = parse(params)?;
                let target = self.target(&p.text_document_position)?;
                let found = target.map_or_else(Vec::new, |t| {
                    features::references(&self.world, &t, p.context.include_declaration)
                });
                Ok(json(&found))
            }
            r::Rename::METHOD => {
                let p: RenameParams = parse(params)?;
                let target = self
                    .target(&p.text_document_position)?
                    .ok_or("nothing to rename here")?;
                let edit: WorkspaceEdit = features::rename(&self.world, &target, &p.new_name)?;
                Ok(json(&edit))
            }
            r::Completion::METHOD => {
                let p: CompletionParams = parse(params)?;
                let (path, offset) = self.offset(&p.text_document_position)?;
                Ok(json(&complete::complete(&self.world, &path, offset)))
            }
            r::DocumentSymbolRequest::METHOD => {
                let p: DocumentSymbolParams = parse(params)?;
                let path = self.path(&p.text_document.uri)?;
                let symbols = self
                    .world
                    .indexed
                    .get(&path)
                    .map(|f| features::symbols(&f.text, &f.lines, &f.index))
                    .unwrap_or_default();
                Ok(json(&DocumentSymbolResponse::Nested(symbols)))
            }
            r::Formatting::METHOD => {
                let p: DocumentFormattingParams = parse(params)?;
                let path = self.path(&p.text_document.uri)?;
                let text = self.world.text(&path).ok_or("unknown file")?;
                let edits = match crate::format::format(text, 0) {
                    Ok(formatted) if formatted != text => {
                        let lines = LineIndex::new(text);
                        vec![TextEdit::new(lines.range(text, 0..text.len()), formatted)]
                    }
                    _ => Vec::new(),
                };
                Ok(json(&edits))
            }
            r::SemanticTokensFullRequest::METHOD => {
                let p: SemanticTokensParams = parse(params)?;
                let path = self.path(&p.text_document.uri)?;
                let data = self
                    .world
                    .fresh(&path)
                    .map(|f| tokens::tokens(&f.text, &f.lines, &f.index))
                    .unwrap_or_default();
                Ok(json(&SemanticTokens {
                    result_id: None,
                    data,
                }))
            }
            r::CodeActionRequest::METHOD => {
                let p: CodeActionParams = parse(params)?;
                Ok(json(&quick_fixes(&p)))
            }
            _ => Err(Refused {
                code: ErrorCode::MethodNotFound,
                message: format!("unsupported request {method}"),
            }),
        }
    }

    fn path(&self, uri: &Uri) -> Result<PathBuf, String> {
        uri_to_path(uri)
            .map(|p| normalize(&p))
            .ok_or_else(|| format!("not a file URI: {}", uri.as_str()))
    }

    fn offset(&self, at: &TextDocumentPositionParams) -> Result<(PathBuf, usize), String> {
        let path = self.path(&at.text_document.uri)?;
        let text = self.world.text(&path).ok_or("unknown file")?;
        let offset = LineIndex::new(text).offset(text, at.position);
        Ok((path, offset))
    }

    fn target(&self, at: &TextDocumentPositionParams) -> Result<Option<Target>, String> {
        let (path, offset) = self.offset(at)?;
        Ok(features::target_at(&self.world, &path, offset))
    }
}

/// "Did you mean `x`?": a fix that writes `x` in place of the word.
fn quick_fixes(params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    for d in &params.context.diagnostics {
        let Some(rest) = d.message.split("did you mean `").nth(1) else {
            continue;
        };
        let Some(suggestion) = rest.split('`').next() else {
            continue;
        };
        // lsp-types' `Uri` caches its parse inside; it is never changed as a key.
        #[allow(clippy::mutable_key_type)]
        let mut changes = std::collections::HashMap::new();
        changes.insert(
            params.text_document.uri.clone(),
            vec![TextEdit::new(d.range, suggestion.to_owned())],
        );
        out.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: format!("Replace with `{suggestion}`"),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![d.clone()]),
            edit: Some(WorkspaceEdit::new(changes)),
            is_preferred: Some(true),
            ..CodeAction::default()
        }));
    }
    out
}

fn parse<T: serde::de::DeserializeOwned>(params: Value) -> Result<T, Refused> {
    serde_json::from_value(params).map_err(|e| Refused {
        code: ErrorCode::InvalidParams,
        message: format!("invalid params: {e}"),
    })
}

fn send(connection: &Connection, message: Message) -> Result<(), String> {
    connection
        .sender
        .send(message)
        .map_err(|e| format!("the editor went away: {e}"))
}

mod erased {
    /// Anything serializable, as JSON.
    pub trait ToValue {
        fn to_value(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> ToValue for T {
        fn to_value(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}
