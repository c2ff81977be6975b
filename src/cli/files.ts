// Finding and reading letter files. Every failure becomes one message; nothing throws past here.
// Letters are small: reading one synchronously (readFileSync: open, fstat, read, close in one call)
// costs a fraction of fs.promises.readFile's four thread-pool round trips and their promises.
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compareNatural, decodeText, looksBinary, looksLikeLetter, plainlyNotALetter } from '../core';

export const LETTER_EXTENSIONS = ['.txt', '.md', '.letter', '.pdf'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

export type Target = { file: string; explicit: boolean; folder?: string } | { file: string; error: string } | { emptyFolder: string };

/** A named file with no sign of a letter in its opening gets this one line instead of findings. */
export const NOT_A_LETTER = 'not a letter: nothing in its opening reads as an Annual Review letter or its statistics, so it was not checked';

/**
 * Expands the paths given into files to check, in the order given, with an error for each bad path.
 * A folder's files are listed by path in natural order (letter-2 before letter-10).
 */
export async function findTargets(paths: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (e) {
      targets.push({ file: p, error: describeError(e, 'cannot read') });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      try {
        await walk(p, found);
      } catch (e) {
        targets.push({ file: p, error: describeError(e, 'cannot list folder') });
        continue;
      }
      const before = targets.length;
      for (const f of found.sort(compareNatural)) targets.push({ file: f, explicit: false, folder: p });
      if (targets.length === before) targets.push({ emptyFolder: p });
    } else {
      targets.push({ file: p, explicit: true });
    }
  }
  return targets;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  // path.join(dir, name) for every entry, with the folder part joined and normalised once: an
  // entry's name is one plain segment (never "." or "..", no separator), appended as it is.
  const prefix = path.join(dir, '_').slice(0, -1);
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(prefix + e.name, out);
    } else if (e.isFile() && isLetterName(e.name)) {
      out.push(prefix + e.name);
    }
  }
}

function isLetterName(name: string): boolean {
  const lower = name.toLowerCase();
  return LETTER_EXTENSIONS.some((x) => lower.endsWith(x));
}

export type ReadResult = { text: string } | { error: string } | { skip: string };

/** Reads a file as text: UTF-8 (BOM removed) or UTF-16 with a BOM. Binary and empty files are errors. */
export function readLetterFile(file: string, explicit: boolean): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { error: describeError(e, 'cannot read') };
  }
  if (bytes.length === 0) return { error: 'empty file, nothing to check' };
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (e) {
    return { error: describeError(e, 'cannot decode') };
  }
  if (looksBinary(text)) return { error: 'binary file, not a letter' };
  if (!explicit && !looksLikeLetter(text)) return { skip: 'not a letter' };
  if (explicit && plainlyNotALetter(text)) return { error: NOT_A_LETTER };
  return { text };
}

export function describeError(e: unknown, what: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ERR_FS_FILE_TOO_LARGE':
    case 'ERR_STRING_TOO_LONG': return 'file too large to read';
    default: return `${what}: ${(e as Error)?.message ?? String(e)}`;
  }
}
