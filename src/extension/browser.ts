// Entry point for the browser extension host (vscode.dev, github.dev). Nothing here may use Node APIs:
// letter files are read through workspace.fs.
import type * as vscode from 'vscode';
import { activateWith } from './activate';
import type { LetterReviewApi } from './activate';
import { workspaceFiles } from './documents';

export function activate(context: vscode.ExtensionContext): LetterReviewApi {
  return activateWith(context, workspaceFiles);
}

export { deactivate } from './activate';
