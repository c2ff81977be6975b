// PDF letters in the letter service: a folder check reads a .pdf's text layer through the PDF
// reader and reviews it like any letter (its findings placed on pages); a PDF that cannot be read is
// one "unreadable" review with the reader's reason, and the folder's other files are still checked.
// The reader here is pdf.js in-process (extractPdfText) or the built bundle in a worker thread.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, LazyPdfReader, LetterService, readLetterText } from '../../src/service';
import type { FileStat, LetterFileSystem, PdfTextReader } from '../../src/service';
import { extractPdfText } from '../../src/pdf/extract';
import { nodeWorkerSpawner } from '../../src/pdf/nodeWorker';
import { PDF_PROBLEMS } from '../../src/pdf/problems';
import { realLetter } from '../core/support/letters';
import { letterPdf } from '../pdf/support/letterPdf';
import { garbagePdf, scannedPdf, slowPdf } from '../pdf/support/badPdfs';

const SAMPLE_005 = readFileSync(path.join(__dirname, '..', '..', 'samples', '005_figures-do-not-add-up.txt'), 'utf8');
const BUNDLE = path.join(__dirname, '..', '..', 'dist', 'pdf-reader.js');

/** pdf.js in this process, counting its reads. */
function inProcessReader(): PdfTextReader & { reads: number } {
  const reader = {
    reads: 0,
    read: (bytes: Uint8Array) => {
      reader.reads++;
      return extractPdfText(bytes);
    },
  };
  return reader;
}

class MemoryFolder implements LetterFileSystem {
  readonly files = new Map<string, Uint8Array>();

  write(name: string, content: string | Uint8Array): string {
    const uri = `memory:/folder/${name}`;
    this.files.set(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    return uri;
  }

  async findCandidates(limit: number): Promise<string[]> {
    return [...this.files.keys()].filter((u) => /\.(?:letter|txt|md|pdf)$/i.test(u)).sort().slice(0, limit);
  }

  async stat(uri: string): Promise<FileStat> {
    return { type: 'file', size: this.files.get(uri)!.length, mtime: 0 };
  }

  async readFile(uri: string): Promise<Uint8Array> {
    const bytes = this.files.get(uri);
    if (!bytes) throw new Error(`ENOENT ${uri}`);
    return bytes;
  }
}

function setUp(pdfReader?: PdfTextReader) {
  const folder = new MemoryFolder();
  const service = new LetterService({ settingsFor: () => DEFAULT_SETTINGS, relativePath: (u) => u.slice('memory:/folder/'.length), fileSystem: folder, pdfReader });
  return { folder, service };
}

describe('PDF letters in the letter service', function () {
  this.timeout(60_000);

  it('reads a text file as text without touching the PDF reader', async () => {
    const reader = inProcessReader();
    const read = await readLetterText('memory:/a/letter.txt', new TextEncoder().encode('Dear Ms Smith'), DEFAULT_SETTINGS, reader);
    assert.deepEqual(read, { text: 'Dear Ms Smith' });
    assert.equal(reader.reads, 0);
  });

  it('checks a PDF found in a folder as its text: the same findings, each on its page', async () => {
    const reader = inProcessReader();
    const { folder, service } = setUp(reader);
    const pdf = await letterPdf(SAMPLE_005, { page: [595, 420] });
    assert.ok(pdf.pageCount > 1, 'the test PDF has several pages');
    const pdfUri = folder.write('005.PDF', pdf.bytes);
    const textUri = folder.write('005.txt', pdf.text);
    const result = await service.reviewFolder();
    assert.deepEqual([result.files, result.letters], [2, 2]);
    const fromPdf = service.current(pdfUri);
    const fromText = service.current(textUri);
    assert.ok(fromPdf?.kind === 'checked' && fromText?.kind === 'checked');
    assert.deepEqual(fromPdf.findings.map((f) => [f.code, f.span]), fromText.findings.map((f) => [f.code, f.span]));
    assert.ok(fromPdf.findings.some((f) => f.code === 'upheld-inconsistent'), 'sample 005 has its upheld-inconsistent finding');
    const pages = fromPdf.findings.map((f) => fromPdf.pages?.pageAt(f.span.start));
    assert.ok(pages.every((p) => p !== undefined && p >= 1 && p <= pdf.pageCount), `pages: ${pages.join(', ')}`);
    assert.equal(fromText.pages, undefined, 'a text letter has no pages');
    assert.equal(reader.reads, 1);
  });

  it('gives each PDF that cannot be read one unreadable review with the reason, and checks the others', async () => {
    const { folder, service } = setUp(inProcessReader());
    const scanned = folder.write('scan.pdf', await scannedPdf());
    const damaged = folder.write('damaged.pdf', garbagePdf());
    const notPdf = folder.write('notes.pdf', 'Dear Ms Smith, this is no PDF at all.');
    const letter = folder.write('004.txt', realLetter('004'));
    const result = await service.reviewFolder();
    assert.equal(result.files, 4);
    const reasons = [scanned, damaged, notPdf].map((u) => service.current(u)).map((r) => (r?.kind === 'unreadable' ? r.reason : r?.kind));
    assert.deepEqual(reasons, [PDF_PROBLEMS.noText, PDF_PROBLEMS.damaged, PDF_PROBLEMS.notPdf]);
    assert.equal(service.current(letter)?.kind, 'checked');
  });

  it('says a PDF cannot be read when the host has no PDF reader', async () => {
    const { folder, service } = setUp();
    const uri = folder.write('005.pdf', (await letterPdf(SAMPLE_005)).bytes);
    await service.reviewFolder();
    const review = service.current(uri);
    assert.equal(review?.kind === 'unreadable' && review.reason, PDF_PROBLEMS.noReader);
  });

  it('starts the reader on the first PDF only, and names the setting when the time limit is hit', async () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run node scripts/build.mjs first`);
    let starts = 0;
    const reader = new LazyPdfReader(() => {
      starts++;
      return Promise.resolve(nodeWorkerSpawner(BUNDLE));
    });
    try {
      assert.equal(starts, 0);
      const slow = await reader.read(slowPdf(), 0.5);
      assert.deepEqual(slow, { error: PDF_PROBLEMS.timeLimit(0.5, 'letterReview.timeLimit') });
      const letter = await reader.read((await letterPdf(SAMPLE_005)).bytes, 10);
      assert.ok(!('error' in letter) && letter.text.includes('OMBUDSMAN'));
      assert.equal(starts, 1);
    } finally {
      reader.dispose();
    }
  });

  it('tries again to start a reader that could not start, saying so meanwhile', async () => {
    let starts = 0;
    const reader = new LazyPdfReader(() => (++starts === 1 ? Promise.reject(new Error('no bundle')) : Promise.resolve(nodeWorkerSpawner(BUNDLE))));
    const bytes = (await letterPdf(SAMPLE_005)).bytes;
    try {
      assert.deepEqual(await reader.read(bytes, 10), { error: PDF_PROBLEMS.noReader });
      assert.ok(!('error' in (await reader.read(bytes, 10))));
      assert.equal(starts, 2);
    } finally {
      reader.dispose();
    }
  });
});
