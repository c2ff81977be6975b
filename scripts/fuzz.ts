// npm run fuzz [-- CASES]: the engine's properties (test/core/support/engineProperties.ts) over at
// least a million generated inputs: arbitrary UTF-16, letter wording soup, and the real letters
// with random edits. Runs on every core, prints progress and the final count, and exits 1 with the
// counterexample (shrunk) and the seed to replay it on the first failure.
//
//   FUZZ_CASES=1000000   how many cases (or the first argument)
//   FUZZ_SEED=…          base seed (default: the time); chunk k uses seed + k
//   FUZZ_WORKERS=…       worker threads (default: available cores)
//   FUZZ_SLOW_MS=5000    a single case slower than this fails as a hang
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { anyInput, checkEngineProperties } from '../test/core/support/engineProperties';

const CHUNK = 2000;
// Node 20 does not pass --import loaders to a worker's entry file: register tsx, then load this file.
const WORKER_BOOT = `require('tsx/cjs'); require(${JSON.stringify(__filename)});`;
/** Mostly cheap inputs, so a million cases finish in minutes; every tenth is an edited real letter. */
const WEIGHTS = { unicode: 5, soup: 4, letter: 1 };

interface Job {
  seed: number;
  slowMs: number;
}
type FromWorker =
  | { type: 'done'; cases: number; kinds: Record<string, number> }
  | { type: 'fail'; seed: number; report: string };
type ToWorker = { type: 'chunk'; index: number; size: number } | { type: 'stop' };

function workerMain(): void {
  const { seed, slowMs } = workerData as Job;
  const port = parentPort!;
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'stop') {
      process.exit(0);
    }
    const kinds: Record<string, number> = {};
    const property = fc.property(anyInput(WEIGHTS), ({ kind, text }) => {
      const k = kind.startsWith('letter') ? 'letter' : kind;
      kinds[k] = (kinds[k] ?? 0) + 1;
      const t0 = performance.now();
      checkEngineProperties(text);
      const ms = performance.now() - t0;
      if (ms > slowMs) throw new Error(`one case took ${ms.toFixed(0)} ms (limit ${slowMs} ms) on ${text.length} characters: a hang or a super-linear path`);
    });
    const chunkSeed = seed + msg.index;
    const result = fc.check(property, { numRuns: msg.size, seed: chunkSeed });
    if (result.failed) {
      const example = result.counterexample?.[0] as { kind: string; text: string } | undefined;
      const report = [
        `failed after ${result.numRuns} cases of chunk ${msg.index} (seed ${chunkSeed}, path "${result.counterexamplePath ?? ''}"), shrunk ${result.numShrinks} times`,
        `kind: ${example?.kind}`,
        `text (${example?.text.length} chars, JSON): ${JSON.stringify(example?.text)}`,
        `error: ${result.errorInstance instanceof Error ? (result.errorInstance.stack ?? result.errorInstance.message) : String(result.errorInstance)}`,
        `replay: FUZZ_SEED=${seed} FUZZ_WORKERS=1 …, or fc.check(property, { seed: ${chunkSeed}, path: "${result.counterexamplePath ?? ''}" })`,
      ].join('\n');
      port.postMessage({ type: 'fail', seed: chunkSeed, report } satisfies FromWorker);
      return;
    }
    port.postMessage({ type: 'done', cases: result.numRuns, kinds } satisfies FromWorker);
  });
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? process.env.FUZZ_CASES ?? 1_000_000);
  if (!Number.isInteger(total) || total <= 0) {
    console.error(`fuzz: the number of cases must be a positive integer, got ${process.argv[2] ?? process.env.FUZZ_CASES}`);
    process.exit(2);
  }
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 1_000_000_007;
  const workers = Math.max(1, Number(process.env.FUZZ_WORKERS ?? availableParallelism()));
  const slowMs = Number(process.env.FUZZ_SLOW_MS ?? 5000);
  console.log(`fuzz: ${total.toLocaleString('en-GB')} cases, seed ${seed}, ${workers} ${workers === 1 ? 'worker' : 'workers'}, chunks of ${CHUNK}; weights ${JSON.stringify(WEIGHTS)}`);

  const started = performance.now();
  let nextChunk = 0;
  let handedOut = 0;
  let done = 0;
  const kinds: Record<string, number> = {};
  let lastPrint = started;
  let failed = false;

  await new Promise<void>((resolve) => {
    let live = workers;
    const pool = Array.from({ length: workers }, () => new Worker(WORKER_BOOT, { eval: true, workerData: { seed, slowMs } satisfies Job }));
    const feed = (w: Worker): void => {
      if (failed || handedOut >= total) {
        w.postMessage({ type: 'stop' } satisfies ToWorker);
        return;
      }
      const size = Math.min(CHUNK, total - handedOut);
      handedOut += size;
      w.postMessage({ type: 'chunk', index: nextChunk++, size } satisfies ToWorker);
    };
    for (const w of pool) {
      w.on('message', (msg: FromWorker) => {
        if (msg.type === 'fail') {
          if (!failed) {
            failed = true;
            console.error(`\nfuzz: FAILED after about ${done.toLocaleString('en-GB')} passing cases\n${msg.report}`);
          }
          for (const other of pool) other.postMessage({ type: 'stop' } satisfies ToWorker);
          return;
        }
        if (failed) return;
        done += msg.cases;
        for (const [k, n] of Object.entries(msg.kinds)) kinds[k] = (kinds[k] ?? 0) + n;
        const now = performance.now();
        if (now - lastPrint > 5000) {
          lastPrint = now;
          const rate = done / ((now - started) / 1000);
          console.log(`fuzz: ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} cases, ${rate.toFixed(0)}/s, ~${((total - done) / rate).toFixed(0)} s to go`);
        }
        feed(w);
      });
      w.on('error', (e) => {
        failed = true;
        console.error(`fuzz: a worker died: ${e.stack ?? e.message}`);
      });
      w.on('exit', () => {
        if (--live === 0) resolve();
      });
      feed(w);
    }
  });

  const seconds = (performance.now() - started) / 1000;
  if (failed) process.exit(1);
  console.log(`fuzz: ${done.toLocaleString('en-GB')} cases passed in ${seconds.toFixed(1)} s (${Object.entries(kinds).map(([k, n]) => `${k} ${n.toLocaleString('en-GB')}`).join(', ')}), seed ${seed}`);
  if (done < total) {
    console.error(`fuzz: only ${done} of ${total} cases ran`);
    process.exit(1);
  }
}

if (isMainThread) {
  void main();
} else {
  workerMain();
}
