// The engine now against the engine of another commit, side by side in one run (issue 11: "npm run
// bench is no slower"). Both are bundled the same way from their own src/core: the other commit's is
// read with `git archive` (nothing is written to the repository) into a temporary folder, which is
// removed afterwards. Rounds are paired, in alternating order, over the same letters; the ratio is
// the median over rounds of (now ÷ before) in that round, so that a slow moment slows both sides.
// Times are the process's CPU time, which other work on a shared machine disturbs less than the clock.
// BENCH_AB_BASE names the other commit; by default the one before the merge of branch fidelity.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { corpus } from './corpus';

const ROOT = path.join(__dirname, '..');

type ReviewText = (text: string) => { findings: unknown[] };

export interface EngineComparison {
  base: string;
  letters: number;
  rounds: number;
  /** Median over rounds of microseconds (CPU) per letter, each side. */
  nowMicros: number;
  baseMicros: number;
  /** Median over rounds of now ÷ base in the same round. */
  ratio: number;
  ratios: number[];
}

const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** The commit before the merge of branch fidelity on main's first-parent line. */
export function beforeFidelity(): string {
  const merge = git('log', '--first-parent', '--merges', '--format=%H %s').split('\n').find((l) => / Merge (?:branch '?)?fidelity\b/.test(l));
  if (!merge) throw new Error('no merge of branch fidelity on the first-parent line: set BENCH_AB_BASE');
  return git('rev-parse', `${merge.split(' ')[0]}^1`);
}

/** src/core at `commit`, bundled to `dir`/engine-<name>.js; returns its reviewText. */
async function bundle(entry: string, dir: string, name: string): Promise<ReviewText> {
  const outfile = path.join(dir, `engine-${name}.js`);
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', nodePaths: [path.join(ROOT, 'node_modules')], logLevel: 'error' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle built just now, loaded by path
  const engine = require(outfile) as { reviewText?: ReviewText };
  if (typeof engine.reviewText !== 'function') throw new Error(`${name}: src/core exports no reviewText`);
  return engine.reviewText;
}

function extract(commit: string, dir: string): string {
  const tree = path.join(dir, 'base');
  mkdirSync(tree);
  const archive = spawnSync('git', ['archive', '--format=tar', commit, 'src/core'], { cwd: ROOT, maxBuffer: 1 << 28 });
  if (archive.status !== 0) throw new Error(`git archive ${commit}: ${archive.stderr.toString()}`);
  const untar = spawnSync('tar', ['-x', '-C', tree], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.toString()}`);
  return path.join(tree, 'src', 'core', 'index.ts');
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

let sink = 0; // keeps results alive so nothing is optimised away

/** CPU time of this process over the letters, in ms: other processes on a shared machine disturb it less than the clock. */
function timeOver(review: ReviewText, texts: readonly string[]): number {
  const before = process.cpuUsage();
  for (const t of texts) sink += review(t).findings.length;
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Letters a round reads: short rounds, so that the two sides of a pair run at nearly the same moment. */
const ROUND_LETTERS = 250;

export async function compareEngines(letters: number, rounds: number, base = process.env.BENCH_AB_BASE ?? beforeFidelity()): Promise<EngineComparison> {
  const dir = mkdtempSync(path.join(tmpdir(), 'letter-review-ab-'));
  try {
    const now = await bundle(path.join(ROOT, 'src', 'core', 'index.ts'), dir, 'now');
    const before = await bundle(extract(base, dir), dir, 'base');
    const texts = corpus(letters);
    for (const review of [now, before, now, before]) timeOver(review, texts.slice(0, 500)); // warm-up
    const nowMs: number[] = [];
    const baseMs: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const from = (r * ROUND_LETTERS) % Math.max(1, texts.length - ROUND_LETTERS);
      const chunk = texts.slice(from, from + ROUND_LETTERS);
      // Alternate which goes first, so neither always runs on the warmer (or busier) moment.
      let n: number;
      let o: number;
      if (r % 2 === 0) {
        n = timeOver(now, chunk);
        o = timeOver(before, chunk);
      } else {
        o = timeOver(before, chunk);
        n = timeOver(now, chunk);
      }
      nowMs.push((n * 1000) / chunk.length);
      baseMs.push((o * 1000) / chunk.length);
      ratios.push(n / o);
    }
    if (sink === -1) console.log('');
    return { base, letters: texts.length, rounds, nowMicros: median(nowMs), baseMicros: median(baseMs), ratio: median(ratios), ratios };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function engineAB(letters: number, rounds: number): Promise<EngineComparison> {
  const c = await compareEngines(letters, rounds);
  console.log(`\n## The engine now against ${c.base.slice(0, 7)} (before the fidelity merge unless BENCH_AB_BASE): ${c.rounds} paired rounds of ${ROUND_LETTERS} of ${c.letters} letters, CPU time`);
  console.log(`now ${c.nowMicros.toFixed(1)} µs a letter, before ${c.baseMicros.toFixed(1)} µs a letter (medians)`);
  const sorted = [...c.ratios].sort((a, b) => a - b);
  const quartile = (q: number): string => sorted[Math.floor(q * (sorted.length - 1))]!.toFixed(3);
  console.log(`ratio now ÷ before: ${c.ratio.toFixed(3)}× median of paired rounds (target ≤ 1.05×); quartiles ${quartile(0.25)} to ${quartile(0.75)}`);
  return c;
}
