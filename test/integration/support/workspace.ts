// What the integration tests share: the extension's identity, polling for asynchronous effects,
// our diagnostics, and opening the test workspace's copies of the real letters.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LetterReviewApi } from '../../../src/extension/activate';

export const EXTENSION_ID = 'letter-review.letter-review';
export const LANGUAGE = 'ombudsman-letter';

/** Polls `probe` until it returns a value (not undefined/false), or fails naming `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until the extension says it has checked this document's current text (its exported test hook). */
export async function waitUntilChecked(document: vscode.TextDocument, timeoutMs = 10_000): Promise<void> {
  const api = await vscode.extensions.getExtension<LetterReviewApi>(EXTENSION_ID)!.activate();
  await waitFor(`${document.fileName} checked at version ${document.version}`, () => api.checkedVersion(document.uri) === document.version, timeoutMs);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** The diagnostics letter-review published for a document. */
export const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'letter-review');
export const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
export const codes = (uri: vscode.Uri): string[] => ours(uri).map(codeOf).sort();
/** The test workspace (a temporary copy of samples/). */
export const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;

export async function sampleUri(name: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`, undefined, 1);
  assert.ok(uri, `${name} is not in the test workspace`);
  return uri;
}

/** Opens a sample in an editor and waits until it is a letter; returns its editor. */
export async function openLetter(name: string): Promise<vscode.TextEditor> {
  const uri = await sampleUri(name);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return waitFor(`${name} open as a letter`, () => {
    const e = vscode.window.activeTextEditor;
    return e?.document.uri.toString() === uri.toString() && e.document.languageId === LANGUAGE ? e : undefined;
  });
}
