// Entry point for the desktop (Node) extension host. The extension itself is the browser entry's
// bundle (dist/browser/extension.js, the one vscode.dev runs), loaded from beside this file, so the
// package carries its code once; this entry only adds what Node alone can do.
import { realpath } from 'node:fs/promises';
import type * as vscode from 'vscode';
import type { LetterReviewApi } from './activate';
import type * as BrowserEntry from './browser';

/** Resolved at run time next to dist/extension.js, so esbuild leaves it out of this bundle (see scripts/build.mjs). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require('./browser/extension.js') as typeof BrowserEntry;

export function activate(context: vscode.ExtensionContext): LetterReviewApi {
  return shared.activate(context, { realPath: (path) => realpath(path) });
}

export function deactivate(): void {
  shared.deactivate();
}
