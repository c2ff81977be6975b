// Responsiveness while "Check All Letters" runs (issue 18): the extension host's one thread must let
// an open letter's own check in (its 150 ms pause) and answer Cancel within 200 ms. The letter service
// gives the event loop a turn at least every SLICE_MS of reviews (src/service/folder.ts), so the
// longest stall is about that, or one slow letter. Measured over 1,000 letters in memory: the longest
// gap between two turns of a setTimeout(0) ticker, and the time from Cancel to the check's end.
import { DEFAULT_SETTINGS, LetterService } from '../src/service';
import { corpus } from './corpus';
import { MemoryLetters } from './folder';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** The longest time the event loop had no turn while `work` ran, in milliseconds. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = now();
  let longest = 0;
  let running = true;
  const tick = (): void => {
    const t = now();
    longest = Math.max(longest, t - last);
    last = t;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work();
  running = false;
  longest = Math.max(longest, now() - last);
  return longest;
}

/** From Cancel, `afterMs` into a check, to the check's end, in milliseconds. */
async function cancelLatency(texts: readonly string[], afterMs: number): Promise<number> {
  const service = new LetterService({ settingsFor: () => DEFAULT_SETTINGS, relativePath: (u) => u, fileSystem: new MemoryLetters(texts) });
  const token = { isCancellationRequested: false };
  let cancelledAt = 0;
  setTimeout(() => {
    token.isCancellationRequested = true;
    cancelledAt = now();
  }, afterMs);
  const result = await service.reviewFolder({ token });
  return result.cancelled ? now() - cancelledAt : Number.NaN;
}

export async function folderStalls(count = 1000, rounds = 5): Promise<void> {
  const texts = corpus(count);
  const stalls: number[] = [];
  const cancels: number[] = [];
  // Round 0 warms up (the engine's first review compiles its patterns): a reviewer's extension has
  // checked the open letter before Check All runs.
  for (let r = 0; r <= rounds; r++) {
    const service = new LetterService({ settingsFor: () => DEFAULT_SETTINGS, relativePath: (u) => u, fileSystem: new MemoryLetters(texts) });
    const stall = await longestStall(() => service.reviewFolder());
    if (r === 0) continue;
    stalls.push(stall);
    for (const afterMs of [20, 100, 250]) cancels.push(await cancelLatency(texts, afterMs));
  }
  const done = cancels.filter((c) => !Number.isNaN(c));
  const max = (xs: number[]): string => `${Math.max(...xs).toFixed(1)} ms`;
  console.log(`\n## Responsiveness while the folder of ${count} letters is checked (${rounds} rounds)`);
  console.log(`longest stall of the extension host's event loop      ${max(stalls).padStart(9)}  (an open letter's check waits 150 ms)`);
  console.log(`Cancel to the end of the check, longest of ${String(done.length).padStart(2)}          ${done.length ? max(done).padStart(9) : '      n/a'}  (target 200 ms; ${cancels.length - done.length} checks ended before their Cancel)`);
}
