// PDFs that cannot be checked, each made in the test: every one gives exactly one message in the
// reader's words (never pdf.js's own, which can quote the file), and never a crash or a hang.
import * as assert from 'node:assert/strict';
import { extractPdfText } from '../../src/pdf/extract';
import { MAX_PAGES, PDF_PROBLEMS } from '../../src/pdf/problems';
import { realLetter } from '../core/support/letters';
import { damaged, garbagePdf, manyPagesPdf, passwordPdf, restrictedPdf, scannedPdf, truncated } from './support/badPdfs';
import { letterPdf } from './support/letterPdf';
import { onePagePdf } from './support/rawPdf';

async function errorOf(bytes: Uint8Array): Promise<string> {
  const result = await extractPdfText(bytes);
  assert.ok('error' in result, `read as a letter: ${JSON.stringify(result).slice(0, 200)}`);
  return result.error;
}

describe('bad PDFs', function () {
  this.timeout(60_000);
  const letter = realLetter('004');
  let good: Uint8Array;
  before(async () => {
    good = (await letterPdf(letter)).bytes;
  });

  it('a scan with no text layer: "no text layer: a scanned letter? run OCR first"', async () => {
    assert.equal(await errorOf(await scannedPdf()), 'no text layer: a scanned letter? run OCR first');
  });

  it('a page of drawings and no text is a page without a text layer too', async () => {
    assert.equal(await errorOf(onePagePdf('0.5 g 72 72 400 600 re f 0 G 72 700 m 500 700 l S')), PDF_PROBLEMS.noText);
  });

  it('a PDF that needs a password (AES-128 and AES-256) is encrypted', async () => {
    assert.equal(await errorOf(await passwordPdf(letter)), PDF_PROBLEMS.encrypted);
    assert.equal(await errorOf(await passwordPdf(letter, true)), PDF_PROBLEMS.encrypted);
  });

  it('a PDF with only an owner password (it opens without one, changes are restricted) is read', async () => {
    const restricted = await restrictedPdf(letter);
    const result = await extractPdfText(restricted.bytes);
    assert.ok(!('error' in result), JSON.stringify(result));
    assert.equal(result.text, restricted.text);
  });

  it('a download cut short, at any point, is reported as cut short, never read in part', async () => {
    for (const share of [0.05, 0.3, 0.6, 0.9, 0.995]) assert.equal(await errorOf(truncated(good, share)), PDF_PROBLEMS.truncated, `cut at ${share}`);
  });

  it('a file with a PDF header and end and nothing readable between is damaged', async () => {
    assert.equal(await errorOf(garbagePdf()), PDF_PROBLEMS.damaged);
  });

  it('a letter with a stretch of its inside overwritten is damaged, not read without its first page', async () => {
    assert.equal(await errorOf(damaged(good)), PDF_PROBLEMS.partlyDamaged);
  });

  it(`a PDF of 500 pages is refused at once for its length (at most ${MAX_PAGES} pages are read)`, async () => {
    assert.equal(await errorOf(await manyPagesPdf(500)), 'a PDF of 500 pages is too long for a letter (at most 100 pages are read)');
    const atLimit = await extractPdfText(await manyPagesPdf(MAX_PAGES));
    assert.ok(!('error' in atLimit), `${MAX_PAGES} pages are read`);
    assert.equal(atLimit.pages.length, MAX_PAGES);
  });

  it('a file named .pdf that is no PDF (a text letter, a PNG, nothing) says so', async () => {
    assert.equal(await errorOf(new TextEncoder().encode(letter)), PDF_PROBLEMS.notPdf);
    assert.equal(await errorOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), PDF_PROBLEMS.notPdf);
    assert.equal(await errorOf(new Uint8Array(0)), PDF_PROBLEMS.empty);
  });

  it('no message quotes the file: each is one of the reader\'s own lines', async () => {
    const messages = new Set([
      await errorOf(garbagePdf()),
      await errorOf(damaged(good)),
      await errorOf(await scannedPdf()),
      await errorOf(await passwordPdf(letter)),
    ]);
    const own: unknown[] = Object.values(PDF_PROBLEMS).filter((m) => typeof m === 'string');
    for (const m of messages) assert.ok(own.includes(m), m);
  });

  it('rotated text (a stamp, a watermark) is left out of the letter\'s lines', async () => {
    const content = 'BT /F1 11 Tf 72 700 Td (Dear Mr Scrutton) Tj ET BT /F1 40 Tf 0.7071 0.7071 -0.7071 0.7071 200 300 Tm (DRAFT) Tj ET';
    const result = await extractPdfText(onePagePdf(content));
    assert.ok(!('error' in result));
    assert.equal(result.text, 'Dear Mr Scrutton');
  });
});
