// npm run bench: engine throughput against a floor and against markdown-it, measured side by side
// in one run (interleaved rounds, medians), and against the engine before the fidelity merge (paired
// rounds, bench/engineAB.ts), a 5 MB file, the folder's table of 1,000 letters (the checks over
// letters read together, the CSV, the summary's rows), the CLI over 10,000 letters, the in-extension
// folder path over 1,000 letters against the CLI's engine, and the linearity of the
// engine on adversarial input. Never part of `npm test`: timings are noisy here.
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { reviewText } from '../src/core';
import { corpus } from './corpus';
import { folderPath } from './folder';
import { folderStalls } from './folderStalls';
import { measurePhases } from './phases';
import { pdfCli } from './pdf';
import { summaryBench } from './summary';
import { summaryTable } from './folderSummary';
import { engineAB } from './engineAB';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

let sink = 0; // keeps results alive so nothing is optimised away

const FLOOR_PATTERN = /^\s*\d+% of complaints we investigated were upheld/;
const contenders: Record<string, (texts: string[]) => void> = {
  'letter-review (parse + checks)': (texts) => {
    for (const t of texts) sink += reviewText(t).findings.length;
  },
  'floor (split lines + one regex per line)': (texts) => {
    for (const t of texts) for (const line of t.split(/\r\n|\r|\n/)) if (FLOOR_PATTERN.test(line)) sink++;
  },
  'markdown-it parse': (() => {
    const md = new MarkdownIt();
    return (texts: string[]) => {
      for (const t of texts) sink += md.parse(t, {}).length;
    };
  })(),
};

function throughput(): void {
  const texts = corpus(LETTERS);
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  console.log(`\n## Throughput over ${texts.length} letters (${mb.toFixed(1)} MB), ${ROUNDS} interleaved rounds, median`);
  const times: Record<string, number[]> = {};
  for (const name of Object.keys(contenders)) contenders[name]!(texts.slice(0, 200)); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, fn] of Object.entries(contenders)) (times[name] ??= []).push(time(() => fn(texts)));
  }
  const ours = median(times['letter-review (parse + checks)']!);
  for (const [name, ts] of Object.entries(times)) {
    const ms = median(ts);
    console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
  }
  const floor = median(times['floor (split lines + one regex per line)']!);
  const md = median(times['markdown-it parse']!);
  console.log(`ratio: markdown-it / letter-review = ${(md / ours).toFixed(1)}× (target ≥ 10×)`);
  console.log(`ratio: letter-review / floor        = ${(ours / floor).toFixed(2)}× (target ≤ 3×)`);
}

function phases(): void {
  const texts = corpus(Math.min(LETTERS, 4000));
  console.log(`\n## Where the time goes, per letter (${texts.length} letters, ${ROUNDS} rounds; each row adds one stage, and a stage is the median of its per-round differences)`);
  const timings = measurePhases(texts, ROUNDS);
  const floor = timings[0]!.micros;
  for (const [i, t] of timings.entries()) {
    console.log(`${t.name.padEnd(44)} ${t.micros.toFixed(1).padStart(7)} µs  ${i === 0 ? '' : `stage ${t.stage.toFixed(1).padStart(6)} µs = ${(t.stage / floor).toFixed(2)}× floor`}`);
  }
}

function bigFile(): void {
  const letters = corpus(2000);
  let text = '';
  for (let i = 0; text.length < 5_000_000; i++) text += letters[i % letters.length] + '\n\n';
  text = text.slice(0, 5_000_000);
  reviewText(text);
  const ts = Array.from({ length: ROUNDS }, () => time(() => (sink += reviewText(text).findings.length)));
  console.log(`\n## One 5 MB file: parse + checks ${median(ts).toFixed(1)} ms median (target ≤ 100 ms)`);
}

function cli(): void {
  const dir = path.join(__dirname, '..', '.bench', 'letters');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  corpus(LETTERS).forEach((t, i) => writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), t));
  const cliPath = path.join(__dirname, '..', 'dist', 'cli.js');
  if (!existsSync(cliPath)) throw new Error('dist/cli.js missing: run node scripts/build.mjs');
  const ts: number[] = [];
  let status: number | null = null;
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    const res = spawnSync(process.execPath, [cliPath, '--format', 'json', dir], { stdio: ['ignore', 'ignore', 'ignore'] });
    ts.push(Number(process.hrtime.bigint() - t0) / 1e6);
    status = res.status;
  }
  const tt: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, [cliPath, dir], { stdio: ['ignore', 'ignore', 'ignore'] });
    tt.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`\n## CLI, whole process, over ${LETTERS} letter files (exit ${status}): json ${median(ts).toFixed(0)} ms, text ${median(tt).toFixed(0)} ms median of 3 (target ≤ 3000 ms)`);
  rmSync(dir, { recursive: true, force: true });
}

async function linearity(): Promise<void> {
  const modulePath = path.join(__dirname, 'adversarial.ts');
  if (!existsSync(modulePath)) {
    console.log('\n## Adversarial linearity: bench/adversarial.ts not present, NOT MEASURED');
    return;
  }
  const { measureLinearity } = (await import('./adversarial.js')) as { measureLinearity: () => { name: string; ms1x: number; ms10x: number; ratio: number }[] };
  console.log('\n## Adversarial input, 1× vs 10× size (linear ≈ 10×)');
  for (const r of measureLinearity()) console.log(`${r.name.padEnd(44)} ${r.ms1x.toFixed(2).padStart(8)} ms ${r.ms10x.toFixed(2).padStart(9)} ms  ratio ${r.ratio.toFixed(1)}`);
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${process.arch}`);
  // BENCH_ONLY=folder: just the in-extension folder path (issue 18), for working on it.
  if (process.env.BENCH_ONLY === 'folder') return folderPath(1000, ROUNDS).then(() => folderStalls());
  // BENCH_ONLY=ab: just the engine now against the engine before (BENCH_AB_BASE, see bench/engineAB.ts).
  if (process.env.BENCH_ONLY === 'ab') return engineAB(Math.min(LETTERS, 4000), Math.max(ROUNDS, 61));
  throughput();
  await engineAB(Math.min(LETTERS, 4000), Math.max(ROUNDS, 61));
  phases();
  bigFile();
  summaryBench(ROUNDS);
  cli();
  await folderPath(1000, ROUNDS);
  await folderStalls();
  await pdfCli(path.join(__dirname, '..', 'dist', 'cli.js'));
  await summaryTable();
  await linearity();
  if (sink === -1) console.log('');
}

void main();
