// The letter service over a folder, through an in-memory LetterFileSystem (no VS Code): Check All
// Letters tells letters from other files, reports progress and stops when cancelled; the letters it
// found stay current (changes, deletions, closing an editor, settings).
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, LetterService } from '../../src/service';
import type { FolderProgress, LetterReviewSettings } from '../../src/service';
import { realLetter } from '../core/support/letters';
import { MemoryFolder } from './support/memoryFolder';

const ROCHFORD = realLetter('004');

function setUp(settings: Partial<LetterReviewSettings> = {}) {
  const folder = new MemoryFolder();
  const current = { ...DEFAULT_SETTINGS, ...settings };
  const service = new LetterService({ settingsFor: () => current, relativePath: (u) => u.slice('memory:/folder/'.length), fileSystem: folder });
  const events: string[] = [];
  service.onDidChange((u) => events.push(u));
  return { folder, service, events, settings: current };
}

describe('letter service over a folder', () => {
  it('reviews the letters among the candidate files, with progress "n of total"', async () => {
    const { folder, service } = setUp({ maxFileSize: 200_000 });
    const letter = folder.write('a/004.txt', ROCHFORD);
    const inconsistent = folder.write('b.md', ROCHFORD.replace('100% of complaints', '67% of complaints'));
    folder.write('notes.md', '# Shopping\n\nMilk, eggs.');
    folder.write('binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 7]));
    const huge = folder.write('huge.letter', 'x'.repeat(200_001));
    folder.write('image.png', 'not a candidate');
    const progress: FolderProgress[] = [];
    const result = await service.reviewFolder({ progress: (p) => progress.push(p) });
    assert.deepEqual(progress.map((p) => `${p.done + 1} of ${p.total}`), ['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
    assert.deepEqual([result.files, result.done, result.letters, result.cancelled, result.capped], [5, 5, 3, false, false]);
    assert.deepEqual(result.reviews.map((r) => [r.uri, r.kind]).sort(), [[letter, 'checked'], [inconsistent, 'checked'], [huge, 'tooLarge']].sort());
    const b = service.current(inconsistent);
    assert.equal(b?.kind === 'checked' && b.findings[0]?.code, 'upheld-inconsistent');
    assert.equal(folder.reads, 4, 'the file too large is never read');
  });

  it('stops when cancelled', async () => {
    const { folder, service } = setUp();
    for (let i = 0; i < 5; i++) folder.write(`${i}.txt`, ROCHFORD);
    const token = { isCancellationRequested: false };
    const result = await service.reviewFolder({ token, progress: (p) => void (token.isCancellationRequested = p.done === 2) });
    // Cancelled while the third file was being read: it counts as done, not as a letter.
    assert.deepEqual([result.done, result.letters, result.cancelled], [3, 2, true]);
  });

  it('leaves an open letter to its editor, and reads it from disk again when it closes', async () => {
    const { folder, service } = setUp();
    const uri = folder.write('004.txt', ROCHFORD);
    service.check({ uri, version: 3, text: ROCHFORD.replace('100% of complaints', '67% of complaints') });
    await service.reviewFolder();
    assert.equal(service.current(uri)?.version, 3, 'the editor\'s review stays');
    assert.equal(folder.reads, 0);
    service.close(uri);
    await new Promise((r) => setImmediate(r));
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
    await new Promise((r) => setImmediate(r));
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
  });
});
