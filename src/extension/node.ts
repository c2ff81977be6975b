// Entry point for the desktop (Node) extension host. The real wiring lives in activate.ts, shared with
// the browser entry so vscode.dev gets the same features; here it is also given what only Node can do.
import { realpath } from 'node:fs/promises';
import type * as vscode from 'vscode';
import { activate as activateShared } from './activate';
import type { LetterReviewApi } from './activate';

export function activate(context: vscode.ExtensionContext): LetterReviewApi {
  return activateShared(context, { realPath: (path) => realpath(path) });
}

export { deactivate } from './activate';
