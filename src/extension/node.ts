// Entry point for the desktop (Node) extension host. The real wiring lives in activate.ts, shared
// with the browser entry so vscode.dev gets the same features; here letter files on disk are read
// with Node's fs (nodeFiles.ts) rather than through workspace.fs.
import type * as vscode from 'vscode';
import { activateWith } from './activate';
import type { LetterReviewApi } from './activate';
import { nodeFiles } from './nodeFiles';

export function activate(context: vscode.ExtensionContext): LetterReviewApi {
  return activateWith(context, nodeFiles);
}

export { deactivate } from './activate';
