// --official FILE.csv: the published figures each letter is compared with (official-mismatch). The
// file is read here, on the CLI's side; what it says is read by the core (readOfficialFigures), as the
// extension reads it for its setting. A file that cannot be read, or is not such a CSV, is one line on
// stderr naming the line, and the letters are still checked, without it.
import { readFileSync } from 'node:fs';
import { TimeLimitReached, deadlineAfter, decodeText, looksBinary, readOfficialFigures, timeLimitMessage } from '../core';
import type { OfficialFigures } from '../core';
import { describeError } from './files';

export type OfficialLoad = { table: OfficialFigures; text: string } | { error: string };

/** The figures in `file` (the path as given, which messages and related locations name); `timeLimit` in seconds, read on `clock` (tests). */
export function loadOfficialFigures(file: string, timeLimit: number, clock?: () => number): OfficialLoad {
  let text: string;
  try {
    text = decodeText(readFileSync(file));
  } catch (e) {
    return { error: `${file}: error: the official figures cannot be read: ${describeError(e, 'cannot read')}` };
  }
  if (looksBinary(text)) return { error: `${file}: error: the official figures are not a CSV file (binary content)` };
  let read;
  try {
    read = readOfficialFigures(text, { name: file, file }, deadlineAfter(timeLimit * 1000, clock));
  } catch (e) {
    if (!(e instanceof TimeLimitReached)) throw e;
    return { error: `${file}: error: ${timeLimitMessage('reading the official figures', e.limitMs, '--time-limit')}` };
  }
  if (!read.ok) return { error: `${file}:${read.line}: error: the official figures cannot be used: ${read.reason}` };
  return { table: read.table, text };
}
