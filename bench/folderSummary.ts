// The folder summary's table for 1,000 letters, as the extension builds it: the letter service reads
// the folder (an in-memory file system, so the disk is left out) and reviews every letter, checks the
// set (averages-disagree), and each review becomes a row; the table message is serialised as it is
// posted to the page, and the page's sort runs once. The webview's drawing is not in this number.
import { LetterService, DEFAULT_SETTINGS } from '../src/service';
import type { FileStat, LetterFileSystem } from '../src/service';
import { reportOfReview } from '../src/service/reports';
import { sortRows } from '../src/shared/summaryColumns';
import { summaryRow } from '../src/shared/summaryRows';
import { corpus } from './corpus';

function memoryFolder(texts: readonly string[]): LetterFileSystem {
  const files = new Map(texts.map((t, i) => [`memory:/folder/letter-${i}.txt`, new TextEncoder().encode(t)]));
  return {
    findCandidates: async (limit) => [...files.keys()].slice(0, limit),
    stat: async (uri): Promise<FileStat> => ({ type: 'file', size: files.get(uri)!.length, mtime: 0 }),
    readFile: async (uri) => files.get(uri)!,
  };
}

async function buildTable(texts: readonly string[]): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const service = new LetterService({ settingsFor: () => DEFAULT_SETTINGS, relativePath: (u) => u.slice('memory:/folder/'.length), fileSystem: memoryFolder(texts) });
  const result = await service.reviewFolder();
  const rows = result.reviews.map((r) => summaryRow(r.uri, reportOfReview(r, r.uri.slice('memory:/folder/'.length))));
  const message = JSON.stringify({ type: 'table', rows });
  sortRows(rows, { column: 'upheld-percent', direction: 'ascending' });
  service.dispose();
  if (message.length === 0) throw new Error("empty table");
  return { ms: performance.now() - started, rows: rows.length };
}

export async function summaryTable(count = 1000, rounds = 5): Promise<void> {
  const texts = corpus(count, 7);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < rounds; i++) {
    const r = await buildTable(texts);
    times.push(r.ms);
    rows = r.rows;
  }
  times.sort((a, b) => a - b);
  console.log(`\nFolder summary: the table of ${count.toLocaleString('en-GB')} letters (${rows} rows) built in ${times[Math.floor(rounds / 2)]!.toFixed(0)} ms (median of ${rounds}; target: shown within 2 s)`);
}
