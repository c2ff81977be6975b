// Entry point for the desktop (Node) extension host. The extension itself is the browser entry's
// bundle (dist/browser/extension.js, the one vscode.dev runs), loaded from beside this file, so the
// package carries its code once; this entry only adds what Node alone can do: following symbolic
// links, reading letter files with Node's fs (nodeFiles.ts) rather than through workspace.fs, and
// running the PDF reader (dist/pdf-reader.js) as a worker thread, started on the first PDF.
import { realpath } from 'node:fs/promises';
import * as vscode from 'vscode';
import { nodeWorkerSpawner } from '../pdf/nodeWorker';
import type { LetterReviewApi } from './activate';
import type * as BrowserEntry from './browser';
import { nodeFiles } from './nodeFiles';

/** Resolved at run time next to dist/extension.js, so esbuild leaves it out of this bundle (see scripts/build.mjs). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require('./browser/extension.js') as typeof BrowserEntry;

export function activate(context: vscode.ExtensionContext): LetterReviewApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'pdf-reader.js').fsPath;
  return shared.activate(context, {
    realPath: (path) => realpath(path),
    startPdfWorkers: () => Promise.resolve(nodeWorkerSpawner(script)),
    files: nodeFiles,
  });
}

export function deactivate(): void {
  shared.deactivate();
}
