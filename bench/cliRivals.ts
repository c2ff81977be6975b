// The CLI as a whole process against a floor process and a markdown-it process over the same 10,000
// letter files (issue 14), side by side: rounds interleaved, each round's ratios taken in that round,
// medians over rounds. Each process is timed by the CPU it used, start-up included
// (bench/cpuAtExit.cjs), and by the clock. Once over the bench corpus, once over the mixed corpus (later years' pages,
// curly quotes and dashes: bench/variants.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');

export interface CliRivals {
  letters: number;
  /** Median CPU times in ms. */
  cli: number;
  floor: number;
  markdownIt: number;
  /** The CLI's median wall time in ms. */
  cliWall: number;
  /** Medians over rounds of the round's cli ÷ floor and markdown-it ÷ cli. */
  cliOverFloor: number;
  markdownItOverCli: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** One process over the folder: its CPU time and its wall time, in ms. */
function timed(args: string[], cpuFile: string): { cpu: number; wall: number } {
  rmSync(cpuFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', path.join(ROOT, 'bench', 'cpuAtExit.cjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_CPU_FILE: cpuFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return { cpu: Number(readFileSync(cpuFile, 'utf8')) / 1000, wall };
}

/** Writes the letters into a folder (removed afterwards) and times the three processes over it. */
export function cliRivals(texts: readonly string[], name: string, rounds: number): CliRivals {
  const dir = path.join(ROOT, '.bench', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  texts.forEach((t, i) => writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), t));
  const cliPath = path.join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cliPath)) throw new Error('dist/cli.js missing: run node scripts/build.mjs');
  const cpuFile = `${dir}.cpu`;
  const runs: Record<'cli' | 'floor' | 'markdownIt', () => { cpu: number; wall: number }> = {
    cli: () => timed([cliPath, '--format', 'json', dir], cpuFile),
    floor: () => timed([path.join('bench', 'wholeProcess.mjs'), 'floor', dir], cpuFile),
    markdownIt: () => timed([path.join('bench', 'wholeProcess.mjs'), 'markdown-it', dir], cpuFile),
  };
  const order = Object.keys(runs) as (keyof typeof runs)[];
  const times = { cli: [] as number[], floor: [] as number[], markdownIt: [] as number[] };
  const cliWall: number[] = [];
  try {
    for (let r = 0; r < rounds; r++) {
      // Rotate who goes first, so none always runs on the warmer (or busier) moment.
      for (let k = 0; k < order.length; k++) {
        const who = order[(r + k) % order.length]!;
        const t = runs[who]();
        times[who].push(t.cpu);
        if (who === 'cli') cliWall.push(t.wall);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cpuFile, { force: true });
  }
  return {
    letters: texts.length,
    cli: median(times.cli),
    floor: median(times.floor),
    markdownIt: median(times.markdownIt),
    cliWall: median(cliWall),
    cliOverFloor: median(times.cli.map((c, r) => c / times.floor[r]!)),
    markdownItOverCli: median(times.markdownIt.map((m, r) => m / times.cli[r]!)),
  };
}
