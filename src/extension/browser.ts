// Entry point for the browser extension host (vscode.dev, github.dev). Nothing here may use Node APIs.
// The PDF reader runs as a Web Worker made from dist/pdf-reader.js's source, read with
// vscode.workspace.fs on the first PDF (a blob: URL needs no server to fetch the script from).
import * as vscode from 'vscode';
import { activate as activateShared } from './activate';
import type { LetterReviewApi } from './activate';
import { webWorkerSpawner } from '../pdf/webWorker';

export function activate(context: vscode.ExtensionContext): LetterReviewApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'pdf-reader.js');
  return activateShared(context, async () => webWorkerSpawner(new TextDecoder().decode(await vscode.workspace.fs.readFile(script))));
}

export { deactivate } from './activate';
