// The PDF reader as hosts use it: the built bundle (dist/pdf-reader.js) in a Node worker thread,
// one file at a time, under a time limit. A file that overruns the limit or kills its worker costs
// that file only; the next one is read by a fresh worker.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { extractPdfText } from '../../src/pdf/extract';
import { nodeWorkerSpawner } from '../../src/pdf/nodeWorker';
import { PDF_PROBLEMS } from '../../src/pdf/problems';
import { PdfReader } from '../../src/pdf/reader';
import type { WorkerEvents, WorkerHandle } from '../../src/pdf/reader';
import { realLetter } from '../core/support/letters';
import { slowPdf } from './support/badPdfs';
import { letterPdf } from './support/letterPdf';

const BUNDLE = path.join(__dirname, '..', '..', 'dist', 'pdf-reader.js');
const LIMIT = { timeLimit: 10, timeLimitSetting: '--time-limit' };

describe('PDF reader in a worker thread (the built bundle)', function () {
  this.timeout(120_000);
  let reader: PdfReader;
  before(() => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run node scripts/build.mjs first`);
    reader = new PdfReader(nodeWorkerSpawner(BUNDLE));
  });
  after(() => reader.dispose());

  it('reads a letter as the sources do, and leaves the caller\'s bytes as they were', async () => {
    const pdf = await letterPdf(realLetter('004'));
    const before = Buffer.from(pdf.bytes);
    const result = await reader.read(pdf.bytes, LIMIT);
    assert.deepEqual(result, await extractPdfText(pdf.bytes));
    assert.ok(!('error' in result) && result.text === pdf.text);
    assert.deepEqual(Buffer.from(pdf.bytes), before);
  });

  it('gives up on a PDF that overruns the time limit, says so, and reads the next file with a fresh worker', async () => {
    const slow = reader.read(slowPdf(), { timeLimit: 0.5, timeLimitSetting: '--time-limit' });
    const next = reader.read((await letterPdf(realLetter('004'))).bytes, LIMIT);
    assert.deepEqual(await slow, { error: 'reading the PDF took longer than the time limit of 0.5 seconds (--time-limit)' });
    const result = await next;
    assert.ok(!('error' in result), JSON.stringify(result));
  });

  it('reports a worker that runs out of memory', async function () {
    // The memory limit must end the read, not the time limit: filling the worker's heap took over 10 s
    // on a machine under load 30, so the time limit here is far above that.
    this.timeout(200_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'letter-review-reader-'));
    try {
      const hog = path.join(dir, 'hog.js');
      const hogging = 'const keep = []; const port = require("node:worker_threads").parentPort; port.on("message", () => { for (;;) keep.push(new Array(1e5).fill(keep.length)); }); port.postMessage({ ready: true });';
      writeFileSync(hog, hogging);
      const hungry = new PdfReader(nodeWorkerSpawner(hog));
      assert.deepEqual(await hungry.read(new Uint8Array([1]), { ...LIMIT, timeLimit: 180 }), { error: PDF_PROBLEMS.outOfMemory });
      hungry.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Lets pending promise callbacks run. */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A worker the test drives by hand. */
class FakeWorker implements WorkerHandle {
  posted: unknown[] = [];
  terminated = false;
  constructor(readonly events: WorkerEvents) {}
  post(request: unknown): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('PdfReader', () => {
  const fake = (): { reader: PdfReader; workers: FakeWorker[] } => {
    const workers: FakeWorker[] = [];
    return { reader: new PdfReader((events) => { const w = new FakeWorker(events); workers.push(w); return w; }), workers };
  };

  it('answers a read with the worker\'s answer to that read only, ignoring malformed and stale messages', async () => {
    const { reader, workers } = fake();
    const read = reader.read(new Uint8Array([1, 2]), LIMIT);
    await settled();
    const [worker] = workers;
    assert.equal(worker!.posted.length, 0, 'nothing is sent before the worker is ready');
    worker!.events.message({ ready: true });
    await settled();
    const { id } = worker!.posted[0] as { id: number };
    worker!.events.message({ id: id + 1, result: { error: 'an answer to another read' } });
    worker!.events.message({ id, result: { text: 42 } });
    worker!.events.message({ id, result: { text: 'Dear Mr Scrutton', pages: [{ number: 1, start: 0, end: 16 }] } });
    assert.deepEqual(await read, { text: 'Dear Mr Scrutton', pages: [{ number: 1, start: 0, end: 16 }] });
    assert.equal(worker!.terminated, false, 'a worker that answered is kept for the next file');
  });

  it('reports a worker that fails, and starts another for the next file', async () => {
    const { reader, workers } = fake();
    const read = reader.read(new Uint8Array([1]), LIMIT);
    await settled();
    workers[0]!.events.failure(PDF_PROBLEMS.crashed);
    assert.deepEqual(await read, { error: PDF_PROBLEMS.crashed });
    const again = reader.read(new Uint8Array([1]), LIMIT);
    await settled();
    assert.equal(workers.length, 2);
    workers[1]!.events.message({ ready: true });
    await settled();
    const { id } = workers[1]!.posted[0] as { id: number };
    workers[1]!.events.message({ id, result: { error: PDF_PROBLEMS.noText } });
    assert.deepEqual(await again, { error: PDF_PROBLEMS.noText });
  });
});
