// Entry point for the desktop (Node) extension host. The real wiring lives in activate.ts,
// shared with the browser entry so vscode.dev gets the same features. Here: the PDF reader runs as a
// Node worker thread of dist/pdf-reader.js, started on the first PDF.
import * as vscode from 'vscode';
import { nodeWorkerSpawner } from '../pdf/nodeWorker';
import { activate as activateShared } from './activate';
import type { LetterReviewApi } from './activate';

export function activate(context: vscode.ExtensionContext): LetterReviewApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'pdf-reader.js').fsPath;
  return activateShared(context, () => Promise.resolve(nodeWorkerSpawner(script)));
}

export { deactivate } from './activate';
