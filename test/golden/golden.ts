// The golden outputs kept in test/golden/: what the engine says about every fixture and sample letter
// and about a seeded corpus of generated letters. test/golden/golden.test.ts compares the engine with
// them; scripts/golden-update.ts (`npm run golden:update`) is the only thing that writes them, so every
// change of output shows in `git diff`.
//
// Files (paths mirror the inputs: samples/x.txt → test/golden/samples/x.txt.*):
//   <input>.cli.json    `letter-review --format json <input>`, pretty-printed, with a repo-relative path;
//   fixtures/folders/<name>.cli.{txt,json,csv}  the CLI over a folder of letters read together
//                       (test/fixtures/folders/<name>/letters, with --official official.csv when the
//                       folder holds one), in each format, with repo-relative paths;
//   <input>.model.json  parseLetter's full letter model, every span included (the CLI JSON has none);
//   corpus.jsonl        one compact line per generated letter: {index, kind, sha256 of its text, report};
//   corpus-digest.json  sha256 over the reports of a larger corpus, overall and per chunk (checked by
//                       test/golden/digest.ts, a step of `npm test`).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { corpus as benchCorpus } from '../../bench/corpus';
import { run as runCli } from '../../src/cli/main';
import { LineIndex, findingToJson, parseLetter, reviewText, summarizeLetter } from '../../src/core';
import type { FileReport } from '../../src/core';
import { anyInput } from '../core/support/engineProperties';

export const ROOT = path.resolve(__dirname, '..', '..');
export const GOLDEN_DIR = path.join(ROOT, 'test', 'golden');

/** Where the golden inputs live, relative to the repository. */
const INPUT_FOLDERS = ['samples', 'test/fixtures'];
/** Read-me files among the fixtures describe them, and CSV files are official figures: not letters. */
const NOT_A_LETTER = /(?:^|\/)README\.md$|\.csv$/;
/** Folders of letters read together: each is one golden input of its own (see folderGolden). */
export const FOLDER_INPUTS = 'test/fixtures/folders';

/** Every input letter, as a repo-relative path with forward slashes, in a stable order. */
export function inputFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(ROOT, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory() && child !== FOLDER_INPUTS) walk(child);
      else if (e.isFile() && !NOT_A_LETTER.test(child)) out.push(child);
    }
  };
  for (const folder of INPUT_FOLDERS) walk(folder);
  return out;
}

/** The golden file of an input: test/golden/<input without its first "test/">.<kind>.json. */
export function goldenPath(input: string, kind: 'cli' | 'model'): string {
  return path.join(GOLDEN_DIR, `${input.replace(/^test\//, '')}.${kind}.json`);
}

/** Every *.cli.json / *.model.json under test/golden/, repo-relative (to find golden files without an input). */
export function existingGoldenFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:cli|model)\.json$|\.cli\.(?:txt|csv)$/.test(e.name)) out.push(p);
    }
  };
  if (existsSync(GOLDEN_DIR)) walk(GOLDEN_DIR);
  return out.sort();
}

/**
 * JSON with two-space indents, except that an object or array holding only numbers, strings, booleans
 * and nulls stays on one line when short ({"start": 4673, "end": 4676}): a diff then reads as one
 * changed line per changed figure.
 */
export function prettyJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v) => [null, v])
    : Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const key = (k: string | null): string => (k === null ? '' : `${JSON.stringify(k)}: `);
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
    const flat = `${open}${entries.map(([k, v]) => key(k) + JSON.stringify(v)).join(', ')}${close}`;
    if (flat.length + indent.length <= 100) return flat;
  }
  const inner = `${indent}  `;
  return `${open}\n${entries.map(([k, v]) => inner + key(k) + prettyJson(v, inner)).join(',\n')}\n${indent}${close}`;
}

/** The CLI's JSON for one input (run in-process, exactly as `letter-review --format json <input>`). */
export async function cliGolden(input: string): Promise<string> {
  let out = '';
  let err = '';
  await runCli(['--format', 'json', path.join(ROOT, input)], (s) => (out += s), (s) => (err += s));
  const reports = JSON.parse(out) as FileReport[];
  if (reports.length !== 1) throw new Error(`the CLI gave ${reports.length} reports for ${input}: ${err}`);
  // The path as the CLI prints it depends on where the checkout is; the golden keeps it repo-relative.
  return `${prettyJson(reports.map((r) => ({ ...r, file: input })))}\n`;
}

/** The folders of letters read together, repo-relative: test/fixtures/folders/<name>. */
export function folderInputs(): string[] {
  const dir = path.join(ROOT, FOLDER_INPUTS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${FOLDER_INPUTS}/${e.name}`).sort();
}

export const FOLDER_FORMATS = ['txt', 'json', 'csv'] as const;
export type FolderFormat = (typeof FOLDER_FORMATS)[number];

/** The golden file of a folder run: test/golden/fixtures/folders/<name>.cli.<format>. */
export function folderGoldenPath(folder: string, format: FolderFormat): string {
  return path.join(GOLDEN_DIR, `${folder.replace(/^test\//, '')}.cli.${format}`);
}

/**
 * What `letter-review --format <format> [--official official.csv] <folder>/letters` prints, run
 * in-process, with every path made repo-relative (forward slashes) so the golden is the same in any
 * checkout.
 */
export async function folderGolden(folder: string, format: FolderFormat): Promise<string> {
  const official = path.join(ROOT, folder, 'official.csv');
  const args = ['--format', format === 'txt' ? 'text' : format, ...(existsSync(official) ? ['--official', official] : []), path.join(ROOT, folder, 'letters')];
  let out = '';
  let err = '';
  const code = await runCli(args, (s) => (out += s), (s) => (err += s));
  const relative = (text: string): string => text.split(`${ROOT}${path.sep}`).join('');
  const body = format === 'json' ? `${prettyJson(JSON.parse(relative(out)))}\n` : relative(out);
  // The CSV file stays a CSV table; the other formats end with what went to stderr and the exit status.
  return format === 'csv' ? body : `${body}${relative(err)}(exit ${code})\n`;
}

/** parseLetter's letter model of one input, every span included. */
export function modelGolden(input: string): string {
  return `${prettyJson(parseLetter(readFileSync(path.join(ROOT, input), 'utf8')))}\n`;
}

// ---- The generated corpus ---------------------------------------------------------------------

export const CORPUS_SEED = 20200722;
/** Letters kept one per line in corpus.jsonl (about 1 MB). */
export const CORPUS_LINES = 1500;
/** Letters behind corpus-digest.json. */
export const DIGEST_COUNT = 30_000;
export const DIGEST_CHUNK = 1000;
export const CORPUS_FILE = path.join(GOLDEN_DIR, 'corpus.jsonl');
export const DIGEST_FILE = path.join(GOLDEN_DIR, 'corpus-digest.json');

export interface GeneratedLetter {
  index: number;
  /** Where the text came from: "bench" (a real letter with other consistent figures and council), or fast-check's kinds. */
  kind: string;
  text: string;
}

/**
 * `count` generated letters, the same on every machine and Node version: every third is from the
 * benchmark corpus (bench/corpus.ts, mulberry32 seeded with `seed`), the others from the property
 * tests' generators (test/core/support/engineProperties.ts: real letters with random edits, token
 * soup, arbitrary Unicode) sampled by fast-check with `seed`. A change to either generator changes
 * the corpus: the golden test then says that the inputs changed, not the outputs.
 */
export function generatedLetters(count: number, seed = CORPUS_SEED): GeneratedLetter[] {
  const fromBench = benchCorpus(Math.ceil(count / 3), seed);
  const fromProperties = fc.sample(anyInput({ unicode: 1, soup: 2, letter: 4 }), { seed, numRuns: count - fromBench.length });
  const out: GeneratedLetter[] = [];
  for (let i = 0; i < count; i++) {
    const generated = i % 3 === 0 ? { kind: 'bench', text: fromBench[i / 3]! } : fromProperties[i - Math.floor(i / 3) - 1]!;
    out.push({ index: i, kind: generated.kind, text: generated.text });
  }
  return out;
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** What `letter-review --format json` prints for a file holding this text (the CLI's own steps, in-process). */
export function reportOf(file: string, text: string): FileReport {
  const { letter, findings } = reviewText(text);
  const lines = new LineIndex(text);
  return { file, letter: summarizeLetter(letter), findings: findings.map((f) => findingToJson(f, lines)) };
}

/** One line of corpus.jsonl. */
export function corpusLine(g: GeneratedLetter): string {
  return JSON.stringify({ index: g.index, kind: g.kind, input: sha256(g.text).slice(0, 16), report: reportOf(`generated/${g.index}.txt`, g.text) });
}

export interface Digest {
  seed: number;
  count: number;
  chunk: number;
  /** sha256 over every input text, so a changed generator is told apart from a changed engine. */
  inputs: string;
  /** sha256 over every corpus line (the same line as corpus.jsonl keeps for the first letters). */
  outputs: string;
  /** sha256 of each run of `chunk` lines, to say where a change is. */
  chunks: string[];
}

export function corpusDigest(count = DIGEST_COUNT, seed = CORPUS_SEED, chunk = DIGEST_CHUNK): Digest {
  const inputs = createHash('sha256');
  const outputs = createHash('sha256');
  const chunks: string[] = [];
  let current = createHash('sha256');
  for (const g of generatedLetters(count, seed)) {
    inputs.update(g.text).update('\0');
    const line = `${corpusLine(g)}\n`;
    outputs.update(line);
    current.update(line);
    if ((g.index + 1) % chunk === 0 || g.index === count - 1) {
      chunks.push(current.digest('hex'));
      current = createHash('sha256');
    }
  }
  return { seed, count, chunk, inputs: inputs.digest('hex'), outputs: outputs.digest('hex'), chunks };
}

// ---- Readable differences -----------------------------------------------------------------------

/**
 * A unified-style diff of two texts (longest common subsequence of lines): the lines that differ, with
 * two lines of context around each change, cut at `max` lines.
 */
export function lineDiff(expected: string, actual: string, max = 60): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Common head and tail first, so the table below covers only the changed middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  type Op = { kind: ' ' | '-' | '+'; line: string; at: number };
  const ops: Op[] = [];
  if (x.length * y.length <= 4_000_000) {
    // lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..].
    const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) ops.push({ kind: ' ', line: x[i++]!, at: head + j++ });
      else if (i < x.length && (j === y.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: '-', line: x[i++]!, at: head + j });
      else ops.push({ kind: '+', line: y[j]!, at: head + j++ });
    }
  } else {
    for (const line of x) ops.push({ kind: '-', line, at: head });
    for (const [k, line] of y.entries()) ops.push({ kind: '+', line, at: head + k });
  }
  const before = Math.max(0, head - 2);
  const all: Op[] = [
    ...a.slice(before, head).map((line, k): Op => ({ kind: ' ', line, at: before + k })),
    ...ops,
    ...b.slice(b.length - tail, b.length - tail + 2).map((line, k): Op => ({ kind: ' ', line, at: b.length - tail + k })),
  ];
  const near = (k: number): boolean => all.slice(Math.max(0, k - 2), k + 3).some((o) => o.kind !== ' ');
  const out: string[] = [];
  let gap = true;
  all.forEach((o, k) => {
    if (!near(k)) {
      gap = true;
      return;
    }
    if (gap) out.push(`@@ line ${o.at + 1} of the output now (- golden, + now) @@`);
    gap = false;
    out.push(`${o.kind} ${o.line}`);
  });
  return out.length > max ? [...out.slice(0, max), `… ${out.length - max} more lines`].join('\n') : out.join('\n');
}
