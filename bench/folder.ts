// The in-extension folder path (issue 18): what "Check All Letters in Workspace" does in VS Code
// (the letter service: discovery, batched reads, decoding, detection, reviews, one event per batch
// with each finding turned into diagnostic data), with VS Code's file system stubbed by an in-memory
// LetterFileSystem, side by side in one run with the CLI's engine over the same letters (decode,
// detect, review). Rounds interleaved, medians. The real VS Code is timed by the UI check
// (test/e2e/folderSpeed.mjs); this isolates the service's own cost from the workbench's.
import { decodeText, looksBinary, looksLikeLetter, reviewText } from '../src/core';
import { DEFAULT_SETTINGS, LetterService } from '../src/service';
import type { FileStat, LetterFileSystem } from '../src/service';
import { toDiagnosticData } from '../src/service/diagnosticData';
import { corpus } from './corpus';

/** Letters as files in memory; `latencyMs` > 0 makes each stat and read wait that long, as a round trip would. */
export class MemoryLetters implements LetterFileSystem {
  private readonly files = new Map<string, Uint8Array>();

  constructor(texts: readonly string[], private readonly latencyMs = 0) {
    texts.forEach((t, i) => this.files.set(`memory:/letters/${String(i).padStart(5, '0')}.txt`, new TextEncoder().encode(t)));
  }

  get bytes(): Uint8Array[] {
    return [...this.files.values()];
  }

  async findCandidates(limit: number): Promise<string[]> {
    return [...this.files.keys()].slice(0, limit);
  }

  async stat(uri: string): Promise<FileStat> {
    await this.roundTrip();
    return { type: 'file', size: this.files.get(uri)!.length, mtime: 1 };
  }

  async readFile(uri: string): Promise<Uint8Array> {
    await this.roundTrip();
    return this.files.get(uri)!;
  }

  private roundTrip(): Promise<void> | undefined {
    return this.latencyMs > 0 ? new Promise((r) => setTimeout(r, this.latencyMs)) : undefined;
  }
}

let sink = 0;

function newService(files: LetterFileSystem): LetterService {
  const service = new LetterService({ settingsFor: () => DEFAULT_SETTINGS, relativePath: (u) => u, fileSystem: files });
  // What the Problems view does with each event, but for the vscode objects.
  service.onDidChange((uris) => {
    for (const uri of uris) {
      const review = service.current(uri);
      if (review?.kind === 'checked') for (const f of review.findings) sink += toDiagnosticData(f, review.lines).range.start.line;
    }
  });
  return service;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function folderPath(count = 1000, rounds = 7, latencyMs = 1): Promise<void> {
  const texts = corpus(count);
  const files = new MemoryLetters(texts);
  const slow = new MemoryLetters(texts, latencyMs);
  const contenders: Record<string, () => Promise<unknown>> = {
    'CLI engine (decode + detect + review)': async () => {
      for (const bytes of files.bytes) {
        const text = decodeText(bytes);
        if (!looksBinary(text) && looksLikeLetter(text)) sink += reviewText(text).findings.length;
      }
    },
    'extension path: service.reviewFolder, first time': () => newService(files).reviewFolder(),
    'extension path, again (unchanged: stats only)': (() => {
      const service = newService(files);
      let warm: Promise<unknown> | undefined;
      return async () => {
        await (warm ??= service.reviewFolder());
        return service.reviewFolder();
      };
    })(),
    [`extension path, ${latencyMs} ms per stat and read`]: () => newService(slow).reviewFolder(),
  };
  for (const fn of Object.values(contenders)) await fn(); // warm-up
  const times: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) for (const [name, fn] of Object.entries(contenders)) (times[name] ??= []).push(await timeAsync(fn));
  console.log(`\n## The in-extension folder path over ${count} letters (VS Code's file system in memory), ${rounds} interleaved rounds, median`);
  const cli = median(times['CLI engine (decode + detect + review)']!);
  for (const [name, ts] of Object.entries(times)) {
    const ms = median(ts);
    console.log(`${name.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / cli).toFixed(2).padStart(5)}× the CLI engine`);
  }
  console.log(`(one file at a time, ${latencyMs} ms per stat and read would wait at least ${(2 * count * latencyMs).toLocaleString('en-GB')} ms)`);
  if (sink === -1) console.log('');
}
