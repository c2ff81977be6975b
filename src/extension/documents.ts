// VS Code's documents and files as the letter service sees them: URIs as strings, a document's text
// read only when the service needs it, and workspace.fs behind the LetterFileSystem interface (so the
// folder check works in virtual workspaces and vscode.dev).
import * as vscode from 'vscode';
import type { CancellationToken, FileStat, LetterDocument, LetterFileSystem } from '../service';

/** The files Check All Letters reads (files.exclude applies; search.exclude is for searching, not this). */
export const CANDIDATES = '**/*.{letter,txt,md,pdf}';

/** An editor document for the service; its text is copied out only on a cache miss. */
export function letterDocument(document: vscode.TextDocument): LetterDocument {
  return {
    uri: document.uri.toString(),
    version: document.version,
    get text() {
      return document.getText();
    },
  };
}

/** The service's URI string back as a vscode.Uri. */
export function toUri(uri: string): vscode.Uri {
  return vscode.Uri.parse(uri);
}

export const workspaceFiles: LetterFileSystem = {
  async findCandidates(limit: number, token?: CancellationToken): Promise<string[]> {
    // The service passes on the token VS Code gave the command, which findFiles can listen to.
    const uris = await vscode.workspace.findFiles(CANDIDATES, undefined, limit, token as vscode.CancellationToken | undefined);
    return uris.map((u) => u.toString());
  },
  async stat(uri: string): Promise<FileStat> {
    const stat = await vscode.workspace.fs.stat(toUri(uri));
    const type = stat.type & vscode.FileType.Directory ? 'directory' : stat.type & vscode.FileType.File ? 'file' : 'other';
    return { type, size: stat.size, mtime: stat.mtime };
  },
  readFile(uri: string): Promise<Uint8Array> {
    return Promise.resolve(vscode.workspace.fs.readFile(toUri(uri)));
  },
};
