// The files the service reads when it checks a folder, behind an interface (after
// vscode-markdown-languageservice's IWorkspace): VS Code's workspace.fs in the extension, an in-memory
// folder in tests, Node's fs for a command line. URIs are strings, as the service keys everything.
import type { CancellationToken } from './event';

export interface FileStat {
  type: 'file' | 'directory' | 'other';
  /** Bytes on disk. */
  size: number;
  /** Last modified, in milliseconds since 1970: with `size`, tells a file unchanged since its last review. */
  mtime: number;
}

export interface LetterFileSystem {
  /**
   * The files that may be letters (`.letter`, `.txt`, `.md`) in the folder or workspace checked, with
   * the host's exclusions applied (VS Code's `files.exclude`), at most `limit` of them.
   */
  findCandidates(limit: number, token?: CancellationToken): Promise<string[]>;
  stat(uri: string): Promise<FileStat>;
  readFile(uri: string): Promise<Uint8Array>;
}

/** The last segment of a URI's path ("letters/004.txt" → "004.txt"), for telling letters by name. */
export function fileNameOf(uri: string): string {
  const end = uri.search(/[?#]/);
  const path = end < 0 ? uri : uri.slice(0, end);
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
