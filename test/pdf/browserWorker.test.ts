// The PDF reader bundle in a browser: dist/pdf-reader.js started as a classic Web Worker from a
// blob: URL in headless Chromium, with no Node APIs, driven by the same host code (PdfReader) as in
// Node. It reads letters as the sources do, and the time limit ends a worker there too.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { extractPdfText } from '../../src/pdf/extract';
import { PDF_PROBLEMS } from '../../src/pdf/problems';
import { realLetter } from '../core/support/letters';
import { scannedPdf, slowPdf } from './support/badPdfs';
import { letterPdf } from './support/letterPdf';

const CHROMIUM = '/usr/bin/chromium';
const BUNDLE = path.join(__dirname, '..', '..', 'dist', 'pdf-reader.js');

describe('PDF reader in a browser Web Worker (Chromium)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let harness: string;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run node scripts/build.mjs first`);
    const built = await esbuild.build({ entryPoints: [path.join(__dirname, 'support', 'browserHarness.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'warning' });
    harness = built.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => browser?.close());

  it('reads letters and bad PDFs as Node does, and gives up at the time limit', async () => {
    const letter = await letterPdf(realLetter('004'), { family: 'Times', typography: true });
    const scan = await scannedPdf();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addScriptTag({ content: harness });
    const results = await page.evaluate(
      ([source, files]) => window.readPdfs(source, files, [10, 10, 0.5, 10]),
      [readFileSync(BUNDLE, 'utf8'), [letter.bytes, scan, slowPdf(), letter.bytes].map((b) => [...b])] as const,
    );
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(results[0], await extractPdfText(letter.bytes));
    assert.ok(!('error' in results[0]!) && results[0].text === letter.text);
    assert.deepEqual(results[1], { error: PDF_PROBLEMS.noText });
    assert.deepEqual(results[2], { error: 'reading the PDF took longer than the time limit of 0.5 seconds (letterReview.pdf.timeLimit)' });
    assert.deepEqual(results[3], results[0], 'a fresh worker reads the next file');
  });
});
