// npm run bench: engine throughput against a floor and against markdown-it, measured side by side
// in one run (interleaved rounds, medians), on the bench corpus and on a mixed one (later years'
// pages, curly quotes and dashes: bench/variants.ts), and against the engine before the fidelity
// merge (paired rounds, bench/engineAB.ts), curly against straight punctuation, a 5 MB file, the folder's table of 1,000 letters (the checks over
// letters read together, the CSV, the summary's rows), the CLI over 10,000 letters against a floor
// process and a markdown-it process (bench/cliRivals.ts), the in-extension
// folder path over 1,000 letters against the CLI's engine, and the linearity of the
// engine on adversarial input. Never part of `npm test`: timings are noisy here.
import { existsSync } from 'node:fs';
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
import { mixedCorpus } from './variants';
import { cliRivals } from './cliRivals';
import { printTargets, target } from './targets';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** CPU time of this process in ms: other work on a shared machine disturbs it less than the clock. */
function time(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

let sink = 0; // keeps results alive so nothing is optimised away

const FLOOR_PATTERN = /^\s*\d+% of complaints we investigated were upheld/;
const contenders: Record<string, (texts: readonly string[]) => void> = {
  'letter-review (parse + checks)': (texts) => {
    for (const t of texts) sink += reviewText(t).findings.length;
  },
  'floor (split lines + one regex per line)': (texts) => {
    for (const t of texts) for (const line of t.split(/\r\n|\r|\n/)) if (FLOOR_PATTERN.test(line)) sink++;
  },
  'markdown-it parse': (() => {
    const md = new MarkdownIt();
    return (texts: readonly string[]) => {
      for (const t of texts) sink += md.parse(t, {}).length;
    };
  })(),
};

/** Engine, floor and markdown-it over the same letters in interleaved rounds; ratios are medians of each round's ratio. */
function throughput(texts: readonly string[], label: string): { overFloor: number; markdownItOver: number } {
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  console.log(`\n## Throughput over ${texts.length} ${label} (${mb.toFixed(1)} MB), ${ROUNDS} interleaved rounds, median CPU time`);
  const times: Record<string, number[]> = {};
  for (const name of Object.keys(contenders)) contenders[name]!(texts.slice(0, 200)); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, fn] of Object.entries(contenders)) (times[name] ??= []).push(time(() => fn(texts)));
  }
  for (const [name, ts] of Object.entries(times)) {
    const ms = median(ts);
    console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
  }
  const ours = times['letter-review (parse + checks)']!;
  const overFloor = median(ours.map((t, r) => t / times['floor (split lines + one regex per line)']![r]!));
  const markdownItOver = median(times['markdown-it parse']!.map((t, r) => t / ours[r]!));
  console.log(`ratio: markdown-it / letter-review = ${markdownItOver.toFixed(2)}× (issue 14: ≥ 4×), median of rounds`);
  console.log(`ratio: letter-review / floor        = ${overFloor.toFixed(2)}× (issue 14: ≤ 5×), median of rounds`);
  return { overFloor, markdownItOver };
}

/** The engine on the mixed corpus with curly quotes and dashes against the same letters with straight ones, paired rounds of CPU time. */
function curlyAgainstStraight(count: number): number {
  const curlyTexts = mixedCorpus(count);
  const straightTexts = mixedCorpus(count, false);
  const cpu = (texts: readonly string[]): number => {
    const before = process.cpuUsage();
    for (const t of texts) sink += reviewText(t).findings.length;
    const used = process.cpuUsage(before);
    return used.user + used.system;
  };
  cpu(curlyTexts.slice(0, 300));
  cpu(straightTexts.slice(0, 300));
  const ratios: number[] = [];
  const chunk = 250;
  for (let r = 0; r < Math.max(ROUNDS, 31); r++) {
    const from = (r * chunk) % Math.max(1, count - chunk);
    const c = curlyTexts.slice(from, from + chunk);
    const s = straightTexts.slice(from, from + chunk);
    // Alternate which goes first, so neither always runs on the warmer (or busier) moment.
    let curlyCpu: number;
    let straightCpu: number;
    if (r % 2 === 0) {
      curlyCpu = cpu(c);
      straightCpu = cpu(s);
    } else {
      straightCpu = cpu(s);
      curlyCpu = cpu(c);
    }
    ratios.push(curlyCpu / straightCpu);
  }
  const ratio = median(ratios);
  console.log(`\n## Curly quotes and dashes against straight ones, the same ${count} letters (3 in 5 later years' pages): ${ratio.toFixed(3)}× CPU time, median of ${ratios.length} paired rounds (issue 14: ≤ 1.2×)`);
  return ratio;
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

function bigFile(): number {
  const letters = corpus(2000);
  let text = '';
  for (let i = 0; text.length < 5_000_000; i++) text += letters[i % letters.length] + '\n\n';
  text = text.slice(0, 5_000_000);
  reviewText(text);
  const ts = Array.from({ length: ROUNDS }, () => time(() => (sink += reviewText(text).findings.length)));
  console.log(`\n## One 5 MB file: parse + checks ${median(ts).toFixed(1)} ms median CPU time (target ≤ 100 ms)`);
  return median(ts);
}

/** The CLI as a whole process against a floor process and markdown-it's, over the bench corpus and the mixed one. */
function cli(): void {
  for (const [texts, name, label] of [[corpus(LETTERS), 'letters', 'letters'], [mixedCorpus(LETTERS), 'mixed-letters', "letters, 3 in 5 later years' pages, curly quotes and dashes"]] as const) {
    const r = cliRivals(texts, name, 5);
    console.log(`\n## Whole processes over ${r.letters} ${label}, 5 rounds, median CPU time: the CLI (--format json) ${r.cli.toFixed(0)} ms (${r.cliWall.toFixed(0)} ms by the clock), floor ${r.floor.toFixed(0)} ms, markdown-it ${r.markdownIt.toFixed(0)} ms`);
    console.log(`CLI / floor = ${r.cliOverFloor.toFixed(2)}× (issue 14: ≤ 3.5×); markdown-it / CLI = ${r.markdownItOverCli.toFixed(2)}× (issue 14: ≥ 1.5×); medians of rounds`);
    const which = name === 'letters' ? 'bench corpus' : 'mixed corpus';
    target(`CLI whole process ÷ floor process, 10,000 files, ${which}`, r.cliOverFloor, '×', true, 3.5);
    target(`markdown-it process ÷ CLI whole process, ${which}`, r.markdownItOverCli, '×', false, 1.5);
  }
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

/** Everything issue 14 and issue 11 measure, in this order; BENCH_ONLY=speed runs just these. */
async function speedTargets(): Promise<void> {
  const plain = throughput(corpus(LETTERS), 'letters');
  target('engine ÷ floor, bench corpus', plain.overFloor, '×', true, 5);
  target('markdown-it ÷ engine, bench corpus', plain.markdownItOver, '×', false, 4);
  const mixed = throughput(mixedCorpus(LETTERS), "letters, 3 in 5 later years' pages, curly quotes and dashes");
  target('engine ÷ floor, mixed corpus', mixed.overFloor, '×', true, 5);
  target('markdown-it ÷ engine, mixed corpus', mixed.markdownItOver, '×', false, 4);
  const ab = await engineAB(Math.min(LETTERS, 4000), Math.max(ROUNDS, 61));
  target('engine now ÷ before the fidelity merge (issue 11)', ab.ratio, '×', true, 1.05);
  phases();
  target('one 5 MB file, parse + checks', bigFile(), 'ms', true, 100);
  target("curly quotes and dashes ÷ straight, same letters", curlyAgainstStraight(Math.min(LETTERS, 4000)), '×', true, 1.2);
  cli();
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${process.arch}`);
  // BENCH_ONLY=folder: just the in-extension folder path (issue 18), for working on it.
  if (process.env.BENCH_ONLY === 'folder') return folderPath(1000, ROUNDS).then(() => folderStalls());
  // BENCH_ONLY=ab: just the engine now against the engine before (BENCH_AB_BASE, see bench/engineAB.ts).
  if (process.env.BENCH_ONLY === 'ab') return engineAB(Math.min(LETTERS, 4000), Math.max(ROUNDS, 61)).then(() => undefined);
  // BENCH_ONLY=speed: just issue 14's and issue 11's measurements, with their targets.
  if (process.env.BENCH_ONLY === 'speed') return speedTargets().then(printTargets);
  await speedTargets();
  summaryBench(ROUNDS);
  await folderPath(1000, ROUNDS);
  await folderStalls();
  await pdfCli(path.join(__dirname, '..', 'dist', 'cli.js'));
  await summaryTable();
  await linearity();
  // Issue 14's targets together, as measured above.
  printTargets();
  if (sink === -1) console.log('');
}

void main();
