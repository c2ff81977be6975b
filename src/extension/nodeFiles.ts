// Letter files in the desktop (Node) extension host. A `file:` URI is read with Node's fs, in the
// extension host's own process: through workspace.fs each stat and read was a round trip to the
// workbench and back (measured in code-server: about 25 ms each on a loaded machine, 95% of a
// 1,000-letter Check All). Other schemes (virtual workspaces) go through workspace.fs; finding the
// files stays with VS Code, so files.exclude applies as before. The browser entry never loads this.
import { promises as fs } from 'node:fs';
import type { FileStat, LetterFileSystem } from '../service';
import { toUri, workspaceFiles } from './documents';

export const nodeFiles: LetterFileSystem = {
  findCandidates: (limit, token) => workspaceFiles.findCandidates(limit, token),
  async stat(uri: string): Promise<FileStat> {
    const file = toUri(uri);
    if (file.scheme !== 'file') return workspaceFiles.stat(uri);
    const stat = await fs.stat(file.fsPath);
    return { type: stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other', size: stat.size, mtime: stat.mtimeMs };
  },
  async readFile(uri: string): Promise<Uint8Array> {
    const file = toUri(uri);
    if (file.scheme !== 'file') return workspaceFiles.readFile(uri);
    return fs.readFile(file.fsPath);
  },
};
