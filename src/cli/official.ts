// --official FILE.csv: the published figures each letter is compared with (official-mismatch). The
// file is read here, on the CLI's side; what it says is read by the core (readOfficialFigures), as the
// extension reads it for its setting. A file that cannot be read, or is not such a CSV, is one line on
// stderr naming the line, and the letters are still checked, without it.
import { readFileSync } from 'node:fs';
import { decodeText, looksBinary, readOfficialFigures } from '../core';
import type { OfficialFigures } from '../core';
import { describeError } from './files';

export type OfficialLoad = { table: OfficialFigures; text: string } | { error: string };

/** The figures in `file` (the path as given, which messages and related locations name). */
export function loadOfficialFigures(file: string): OfficialLoad {
  let text: string;
  try {
    text = decodeText(readFileSync(file));
  } catch (e) {
    return { error: `${file}: error: the official figures cannot be read: ${describeError(e, 'cannot read')}` };
  }
  if (looksBinary(text)) return { error: `${file}: error: the official figures are not a CSV file (binary content)` };
  const read = readOfficialFigures(text, { name: file, file });
  if (!read.ok) return { error: `${file}:${read.line}: error: the official figures cannot be used: ${read.reason}` };
  return { table: read.table, text };
}
