// The client half of the reglament language support: starts `reglament lsp`
// (the same binary that checks and builds) and hands it the .rgl files.
// Plain JavaScript, so the extension needs no build step.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("reglament").get("path") || "reglament";
  const server = { command, args: ["lsp"] };
  client = new LanguageClient(
    "reglament",
    "reglament",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "rgl" }] }
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
