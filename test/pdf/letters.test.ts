// PDF letters made in the test from the real letters and the derived ones: each PDF's text layer,
// read back, gives exactly the lines the PDF lays out, and the engine reads from it the same letter
// (every figure, name, date and period, each covering the same words) and the same findings as
// from the letter's text.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { reviewText, summarizeLetter } from '../../src/core';
import { extractPdfText } from '../../src/pdf/extract';
import type { PdfText } from '../../src/pdf/protocol';
import { DERIVED_DIR, LETTERS_DIR } from '../core/support/letters';
import { findingValues, locatedValues } from './support/compare';
import { letterPdf } from './support/letterPdf';
import type { LetterPdf, PdfLayout } from './support/letterPdf';

const LETTERS = [
  ...readdirSync(LETTERS_DIR).filter((f) => f.endsWith('.txt')).map((f) => path.join(LETTERS_DIR, f)),
  ...readdirSync(DERIVED_DIR).filter((f) => f !== 'README.md').map((f) => path.join(DERIVED_DIR, f)),
].sort();

async function read(pdf: LetterPdf): Promise<PdfText> {
  const result = await extractPdfText(pdf.bytes);
  assert.ok(!('error' in result), `the PDF could not be read: ${'error' in result ? result.error : ''}`);
  return result;
}

/**
 * Asserts the engine reads the PDF's text as it reads the letter's: every value and every span's
 * words. `footer`: the PDF's page footer, which the paths in `skip` hold and which is left out of
 * the words a span covers (a section or a block spans the page break where the footer stands).
 */
function assertSameReading(letter: string, pdfText: string, skip: string[] = [], footer?: string): void {
  const fromText = reviewText(letter);
  const fromPdf = reviewText(pdfText);
  const expected = locatedValues(fromText.letter, letter, ['length', ...skip]);
  assert.ok(expected.some((v) => v.path === 'statistics.upheld.percent.value') || expected.some((v) => v.path === 'date.iso'), 'the comparison walks the model');
  const withoutFooter = (t: string): string => (footer ? t.split(footer).map((part) => part.trim()).filter((part) => part !== '').join(' ') : t);
  assert.deepEqual(locatedValues(fromPdf.letter, pdfText, ['length', ...skip], withoutFooter), expected);
  assert.deepEqual(findingValues(fromPdf.findings, pdfText), findingValues(fromText.findings, letter));
}

const authorityOf = (letter: string): string => summarizeLetter(reviewText(letter).letter).authority ?? 'Rochford District Council';

describe('PDF letters made from the sample letters', function () {
  this.timeout(60_000);

  const variants: { name: string; layout: (letter: string) => PdfLayout }[] = [
    { name: 'Helvetica, straight quotes', layout: () => ({ family: 'Helvetica' }) },
    { name: 'Times, curly quotes and dashes', layout: () => ({ family: 'Times', typography: true }) },
  ];

  for (const file of LETTERS) {
    for (const variant of variants) {
      it(`${path.basename(file)} in ${variant.name}: the lines as laid out, the same letter, the same findings`, async () => {
        const letter = readFileSync(file, 'utf8');
        const pdf = await letterPdf(letter, variant.layout(letter));
        const extracted = await read(pdf);
        assert.equal(extracted.text, pdf.text);
        assert.equal(extracted.pages.length, pdf.pageCount);
        assertSameReading(letter, extracted.text);
      });
    }
  }

  it('the full letters run over more than one page, and each page span covers that page\'s lines', async () => {
    const letter = readFileSync(path.join(LETTERS_DIR, '004_63abd8654b08d728.txt'), 'utf8');
    const pdf = await letterPdf(letter);
    const extracted = await read(pdf);
    assert.ok(pdf.pageCount >= 2, `${pdf.pageCount} page(s)`);
    for (const [i, p] of extracted.pages.entries()) {
      assert.equal(p.number, i + 1);
      assert.equal(extracted.text.slice(p.start, p.end), pdf.pages[i]);
      const next = extracted.pages[i + 1];
      if (next) assert.equal(extracted.text.slice(p.end, next.start), '\n\n', 'pages are joined by one empty line');
    }
    assert.equal(extracted.pages.at(-1)!.end, extracted.text.length);
  });

  it('a letter on one tall page and the statistics page alone are single-page PDFs read the same', async () => {
    for (const [name, layout] of [['004_63abd8654b08d728.txt', { page: [595.28, 2600] }], ['derived/004-statistics-only.txt', {}]] as const) {
      const letter = readFileSync(path.join(LETTERS_DIR, name), 'utf8');
      const pdf = await letterPdf(letter, layout as PdfLayout);
      assert.equal(pdf.pageCount, 1, name);
      const extracted = await read(pdf);
      assert.deepEqual(extracted.pages, [{ number: 1, start: 0, end: extracted.text.length }]);
      assertSameReading(letter, extracted.text);
    }
  });

  it('a footer on every page ("… For the period ending: 31/03/20") is read as the letter\'s footer and changes nothing else', async () => {
    // Letters with statistics: a footer over a letter without any is itself a finding's related place.
    for (const name of ['004_63abd8654b08d728.txt', 'derived/004-figures-alone.txt', 'derived/004-markdown.md', 'derived/004-statistics-only.txt']) {
      const letter = readFileSync(path.join(LETTERS_DIR, name), 'utf8');
      const authority = authorityOf(letter);
      const footer: [string, string] = [authority, 'For the period ending: 31/03/20'];
      const pdf = await letterPdf(letter, { family: 'Times', typography: true, footer });
      const extracted = await read(pdf);
      assert.equal(extracted.text, pdf.text);
      const footers = reviewText(extracted.text).letter.footers;
      assert.equal(footers.length, pdf.pageCount, `${name}: one footer per page`);
      for (const f of footers) {
        assert.equal(f.authority.text, authority);
        assert.equal(f.periodEnd.end, '2020-03-31');
      }
      // The footer adds its own period mention, and tells that the text carries statistics.
      assertSameReading(letter, extracted.text, ['footers', 'periods', 'expectsStatistics'], footer.join(' '));
    }
  });
});
