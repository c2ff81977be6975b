// Entry point for the browser extension host (vscode.dev, github.dev). Nothing here may use Node APIs.
// The PDF reader runs as a Web Worker made from dist/pdf-reader.js's source, read with
// vscode.workspace.fs on the first PDF (a blob: URL needs no server to fetch the script from).
// The desktop entry (node.ts) loads this bundle too, and passes what Node adds in `abilities`.
import * as vscode from 'vscode';
import { activate as activateShared } from './activate';
import type { HostAbilities, LetterReviewApi } from './activate';
import { webWorkerSpawner } from '../pdf/webWorker';

export function activate(context: vscode.ExtensionContext, abilities: HostAbilities = {}): LetterReviewApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'pdf-reader.js');
  const startWebWorkers = async () => webWorkerSpawner(new TextDecoder().decode(await vscode.workspace.fs.readFile(script)));
  return activateShared(context, { startPdfWorkers: startWebWorkers, ...abilities });
}

export { deactivate } from './activate';
