// The CLI as a whole process against a floor process and a markdown-it process over the same 10,000
// letter files (issue 14), side by side: rounds interleaved, each round's ratios taken in that round,
// medians over rounds. Once over the bench corpus, once over the mixed corpus (later years' pages,
// curly quotes and dashes: bench/variants.ts).
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');

export interface CliRivals {
  letters: number;
  /** Median wall times in ms. */
  cli: number;
  floor: number;
  markdownIt: number;
  /** Medians over rounds of the round's cli ÷ floor and markdown-it ÷ cli. */
  cliOverFloor: number;
  markdownItOverCli: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timed(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return ms;
}

/** Writes the letters into a folder (removed afterwards) and times the three processes over it. */
export function cliRivals(texts: readonly string[], name: string, rounds: number): CliRivals {
  const dir = path.join(ROOT, '.bench', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  texts.forEach((t, i) => writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), t));
  const cliPath = path.join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cliPath)) throw new Error('dist/cli.js missing: run node scripts/build.mjs');
  const runs: Record<'cli' | 'floor' | 'markdownIt', () => number> = {
    cli: () => timed([cliPath, '--format', 'json', dir]),
    floor: () => timed([path.join('bench', 'wholeProcess.mjs'), 'floor', dir]),
    markdownIt: () => timed([path.join('bench', 'wholeProcess.mjs'), 'markdown-it', dir]),
  };
  const order = Object.keys(runs) as (keyof typeof runs)[];
  const times = { cli: [] as number[], floor: [] as number[], markdownIt: [] as number[] };
  try {
    for (let r = 0; r < rounds; r++) {
      // Rotate who goes first, so none always runs on the warmer (or busier) moment.
      for (let k = 0; k < order.length; k++) {
        const who = order[(r + k) % order.length]!;
        times[who].push(runs[who]());
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    letters: texts.length,
    cli: median(times.cli),
    floor: median(times.floor),
    markdownIt: median(times.markdownIt),
    cliOverFloor: median(times.cli.map((c, r) => c / times.floor[r]!)),
    markdownItOverCli: median(times.markdownIt.map((m, r) => m / times.cli[r]!)),
  };
}
