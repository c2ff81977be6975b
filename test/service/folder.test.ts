// The letter service over a folder, through an in-memory LetterFileSystem (no VS Code): Check All
// Letters tells letters from other files, reports progress and stops when cancelled; the letters it
// found stay current (changes, deletions, closing an editor, settings). Issue 18's speed, counted
// (never timed here; npm run bench times it): reads in batches, one view event per batch (or per
// slice of it, when its reviews hold the thread long), progress throttled, unchanged files not read again.
import * as assert from 'node:assert/strict';
import { BATCH_SIZE, DEFAULT_SETTINGS, LetterService, PROGRESS_INTERVAL_MS } from '../../src/service';
import type { FileStat, FolderProgress, LetterFileSystem, LetterReviewSettings } from '../../src/service';
import { realLetter } from '../core/support/letters';

const ROCHFORD = realLetter('004');

/** Files by URI; a candidate is any .letter, .txt or .md file, in name order. */
class MemoryFolder implements LetterFileSystem {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  reads = 0;
  /** Most reads in flight at once. */
  mostAtOnce = 0;
  private inFlight = 0;
  private clock = 1;
  /** The service's clock, moved on by `tick` milliseconds at each read. */
  now = 0;

  constructor(private readonly tick = PROGRESS_INTERVAL_MS) {}

  write(name: string, content: string | Uint8Array): string {
    const uri = `memory:/folder/${name}`;
    this.files.set(uri, { bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content, mtime: this.clock++ });
    return uri;
  }

  async findCandidates(limit: number): Promise<string[]> {
    return [...this.files.keys()].filter((u) => /\.(?:letter|txt|md)$/.test(u)).sort().slice(0, limit);
  }

  async stat(uri: string): Promise<FileStat> {
    const file = this.files.get(uri);
    if (!file) throw new Error(`ENOENT ${uri}`);
    return { type: 'file', size: file.bytes.length, mtime: file.mtime };
  }

  async readFile(uri: string): Promise<Uint8Array> {
    const file = this.files.get(uri);
    if (!file) throw new Error(`ENOENT ${uri}`);
    this.reads++;
    this.now += this.tick;
    this.mostAtOnce = Math.max(this.mostAtOnce, ++this.inFlight);
    await new Promise((r) => setImmediate(r));
    this.inFlight--;
    return file.bytes;
  }
}

/** Lets the service's reads in the background (a closed editor, a settings change) finish. */
async function settled(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}

function setUp(settings: Partial<LetterReviewSettings> = {}) {
  const folder = new MemoryFolder();
  const current = { ...DEFAULT_SETTINGS, ...settings };
  // Each read moves the clock on a whole progress interval: every batch may report.
  const service = new LetterService({ settingsFor: () => current, relativePath: (u) => u.slice('memory:/folder/'.length), fileSystem: folder, now: () => folder.now });
  const events: (readonly string[])[] = [];
  service.onDidChange((uris) => events.push(uris));
  return { folder, service, events, settings: current };
}

describe('letter service over a folder', () => {
  it('reviews the letters among the candidate files, with progress "done of total"', async () => {
    const { folder, service } = setUp({ maxFileSize: 200_000 });
    const letter = folder.write('a/004.txt', ROCHFORD);
    const inconsistent = folder.write('b.md', ROCHFORD.replace('100% of complaints', '67% of complaints'));
    folder.write('notes.md', '# Shopping\n\nMilk, eggs.');
    folder.write('binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 7]));
    const huge = folder.write('huge.letter', 'x'.repeat(200_001));
    folder.write('image.png', 'not a candidate');
    const progress: FolderProgress[] = [];
    const result = await service.reviewFolder({ progress: (p) => progress.push(p) });
    assert.deepEqual(progress, [{ done: 0, total: 5 }], 'one batch: one report, before it');
    assert.deepEqual([result.files, result.done, result.letters, result.cancelled, result.capped], [5, 5, 3, false, false]);
    assert.deepEqual(result.reviews.map((r) => [r.uri, r.kind]).sort(), [[letter, 'checked'], [inconsistent, 'checked'], [huge, 'tooLarge']].sort());
    const b = service.current(inconsistent);
    assert.equal(b?.kind === 'checked' && b.findings[0]?.code, 'upheld-inconsistent');
    assert.equal(folder.reads, 4, 'the file too large is never read');
  });

  it('stops when cancelled: nothing is read beyond the batch read ahead, and that batch is not applied', async () => {
    const { folder, service, events } = setUp();
    for (let i = 0; i < 4 * BATCH_SIZE; i++) folder.write(`${String(i).padStart(3, '0')}.txt`, ROCHFORD);
    const token = { isCancellationRequested: false };
    const result = await service.reviewFolder({ token, progress: (p) => void (token.isCancellationRequested = p.done === BATCH_SIZE) });
    // The first batch applied; the second, read while the first was reviewed, dropped; the rest never read.
    assert.deepEqual([result.done, result.letters, result.cancelled, folder.reads], [BATCH_SIZE, BATCH_SIZE, true, 2 * BATCH_SIZE]);
    assert.deepEqual(events.map((e) => e.length), [BATCH_SIZE]);
    assert.equal(result.reviews.length, BATCH_SIZE);
  });

  it('gives the event loop a turn within a batch once its reviews have held the thread long enough, and stops there when cancelled', async () => {
    // A clock that moves 10 ms each time it is read: every review then takes longer than a slice.
    const slow = () => {
      const folder = new MemoryFolder(0);
      for (let i = 0; i < BATCH_SIZE; i++) folder.write(`${String(i).padStart(3, '0')}.txt`, ROCHFORD);
      let clock = 0;
      const service = new LetterService({ settingsFor: () => DEFAULT_SETTINGS, relativePath: (u) => u, fileSystem: folder, now: () => (clock += 10) });
      const events: number[] = [];
      service.onDidChange((uris) => events.push(uris.length));
      return { service, events };
    };
    const whole = slow();
    const result = await whole.service.reviewFolder();
    assert.equal(result.letters, BATCH_SIZE);
    assert.ok(whole.events.length > 1, `one batch told in ${whole.events.length} events`);
    assert.equal(whole.events.reduce((a, b) => a + b, 0), BATCH_SIZE);

    const cancelled = slow();
    const token = { isCancellationRequested: false };
    cancelled.service.onDidChange(() => void (token.isCancellationRequested = true));
    const part = await cancelled.service.reviewFolder({ token });
    assert.equal(part.cancelled, true);
    assert.ok(part.done > 0 && part.done < BATCH_SIZE, `${part.done} of the batch's ${BATCH_SIZE} applied before the cancel was seen`);
    assert.equal(part.letters, part.done);
  });

  it('reads a batch at once, tells the views once per batch, and reports progress between batches', async () => {
    const { folder, service, events } = setUp();
    const count = 2 * BATCH_SIZE + 5;
    for (let i = 0; i < count; i++) folder.write(`${String(i).padStart(3, '0')}.txt`, ROCHFORD);
    const progress: FolderProgress[] = [];
    const result = await service.reviewFolder({ progress: (p) => progress.push({ ...p }) });
    assert.equal(result.letters, count);
    assert.equal(folder.mostAtOnce, BATCH_SIZE, 'a whole batch in flight');
    assert.deepEqual(events.map((e) => e.length), [BATCH_SIZE, BATCH_SIZE, 5], 'one event per batch');
    assert.deepEqual(progress.map((p) => p.done), [0, BATCH_SIZE, 2 * BATCH_SIZE]);
  });

  it('reports progress at most every PROGRESS_INTERVAL_MS', async () => {
    // Each batch of reads moves the clock on half an interval. Before batch k is applied, k + 1 batches
    // have been read (the next is read ahead): the clock reads 0, 1, 1.5, 2 intervals at batches 0–3.
    const folder = new MemoryFolder(PROGRESS_INTERVAL_MS / 2 / BATCH_SIZE);
    for (let i = 0; i < 4 * BATCH_SIZE; i++) folder.write(`${String(i).padStart(3, '0')}.txt`, ROCHFORD);
    const service = new LetterService({ settingsFor: () => DEFAULT_SETTINGS, relativePath: (u) => u, fileSystem: folder, now: () => folder.now });
    const progress: number[] = [];
    await service.reviewFolder({ progress: (p) => progress.push(p.done) });
    assert.deepEqual(progress, [0, BATCH_SIZE, 3 * BATCH_SIZE]);
  });

  it('does not read a file again while its size and time are those of its last review', async () => {
    const { folder, service, events } = setUp();
    const uris = ['a.txt', 'b.txt', 'notes.md'].map((n) => folder.write(n, n === 'notes.md' ? '# Shopping' : ROCHFORD));
    await service.reviewFolder();
    assert.equal(folder.reads, 3);
    const again = await service.reviewFolder();
    assert.deepEqual([again.letters, again.unchanged, folder.reads, events.length], [2, 3, 3, 1], 'nothing read, no event');
    folder.write('b.txt', ROCHFORD.replace('100% of complaints', '67% of complaints'));
    await service.reviewFiles([uris[0]!, uris[1]!]);
    assert.equal(folder.reads, 4, 'only the file written since is read');
    const b = service.current(uris[1]!);
    assert.equal(b?.kind === 'checked' && b.counts.error, 1);
  });

  it('leaves an open letter to its editor, and reads it from disk again when it closes', async () => {
    const { folder, service } = setUp();
    const uri = folder.write('004.txt', ROCHFORD);
    service.check({ uri, version: 3, text: ROCHFORD.replace('100% of complaints', '67% of complaints') });
    await service.reviewFolder();
    assert.equal(service.current(uri)?.version, 3, 'the editor\'s review stays');
    assert.equal(folder.reads, 0);
    service.close(uri);
    await settled();
    assert.equal(service.current(uri)?.version, null, 'the saved file\'s review');
    assert.equal(folder.reads, 1);
  });

  it('keeps the letters it found current: changed, deleted, no longer letters, settings', async () => {
    const { folder, service, events, settings } = setUp();
    const uri = folder.write('004.txt', ROCHFORD);
    await service.reviewFolder();
    folder.write('004.txt', ROCHFORD.replace('100% of complaints', '67% of complaints'));
    await service.reviewFile(uri);
    const changed = service.current(uri);
    assert.equal(changed?.kind === 'checked' && changed.counts.error, 1);
    settings.rules = { 'upheld-inconsistent': 'off' };
    service.settingsChanged();
    await settled();
    const after = service.current(uri);
    assert.equal(after?.kind === 'checked' && after.counts.error, 0);
    folder.write('004.txt', 'Just some notes, not a letter.');
    await service.reviewFile(uri);
    assert.equal(service.current(uri), undefined);
    folder.write('004.txt', ROCHFORD);
    await service.reviewFile(uri);
    folder.files.delete(uri);
    service.fileDeleted(uri);
    assert.equal(service.current(uri), undefined);
    assert.ok(events.length >= 5);
    assert.ok(events.every((e) => e.length === 1), 'one file at a time: one letter per event');
  });
});
