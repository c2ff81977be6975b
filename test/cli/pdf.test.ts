// The CLI on PDF letters made in the test: findings placed by page (text: letter.pdf:p2:14:1, the
// line within the page; JSON: "page", with ranges in the extracted text), PDFs found in folders,
// bad PDFs one stderr line each while the other files are still checked, --time-limit.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './support/run';
import { CliJsonSchema, LineIndex, reviewText, summarizeLetter } from '../../src/core';
import { NOT_A_LETTER } from '../../src/cli/files';
import { PDF_PROBLEMS } from '../../src/pdf/problems';
import { derivedLetter, realLetter } from '../core/support/letters';
import { passwordPdf, scannedPdf, slowPdf, truncated } from '../pdf/support/badPdfs';
import { letterPdf } from '../pdf/support/letterPdf';
import type { LetterPdf } from '../pdf/support/letterPdf';

const ROOT = path.join(__dirname, '..', '..');

/** Page (from 1), line and column within the page (from 1) of the first `needle` in a made PDF's text. */
function pageLineCol(pdf: LetterPdf, needle: string): string {
  const page = pdf.pages.findIndex((p) => p.includes(needle));
  assert.ok(page >= 0, `no page holds ${needle}`);
  const before = pdf.pages[page]!.slice(0, pdf.pages[page]!.indexOf(needle)).split('\n');
  return `p${page + 1}:${before.length}:${before.at(-1)!.length + 1}`;
}

describe('letter-review CLI on PDF letters', function () {
  this.timeout(120_000);
  let work: string;
  let inconsistent: LetterPdf;
  let inconsistentFile: string;
  let goodFile: string;
  before(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'letter-review-cli-pdf-'));
    inconsistent = await letterPdf(derivedLetter('004-upheld-inconsistent.txt'));
    inconsistentFile = path.join(work, 'inconsistent.pdf');
    writeFileSync(inconsistentFile, inconsistent.bytes);
    goodFile = path.join(work, 'rochford.pdf');
    writeFileSync(goodFile, (await letterPdf(realLetter('004'), { family: 'Times', typography: true })).bytes);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('prints a finding as path:pPAGE:LINE:COL with the line counted within the page', async () => {
    const r = await cli(inconsistentFile);
    assert.equal(r.err, '');
    assert.equal(r.code, 1);
    const at = pageLineCol(inconsistent, '67% of complaints');
    assert.match(at, /^p[2-9]:\d+:1$/, 'the statistics are past the first page');
    assert.equal(r.out.split('\n')[0], `${inconsistentFile}:${at}: error upheld-inconsistent 67% upheld, but 1 of 3 investigations is 33.3%`);
    assert.ok(r.out.endsWith('\n1 letter checked: 1 error, 0 warnings, 0 information/hint\n'), r.out);
  });

  it('gives JSON ranges in the extracted text and the page of each finding and related place', async () => {
    const r = await cli('--format', 'json', inconsistentFile, goodFile);
    const [bad, good] = CliJsonSchema.parse(JSON.parse(r.out));
    const finding = bad!.findings.find((f) => f.code === 'upheld-inconsistent');
    assert.ok(finding);
    const lines = new LineIndex(inconsistent.text);
    const start = inconsistent.text.indexOf('67% of complaints');
    assert.deepEqual(finding.range, { start: lines.positionAt(start), end: lines.positionAt(start + 2) });
    assert.equal(finding.page, Number(pageLineCol(inconsistent, '67% of complaints').slice(1).split(':')[0]));
    assert.deepEqual(finding.related.map((x) => [x.message, x.page]), [['1 upheld decision', finding.page], ['3 detailed investigations', finding.page]]);
    assert.deepEqual(good!.letter, summarizeLetter(reviewText(realLetter('004')).letter), 'the PDF gives the letter its text gives');
    assert.deepEqual(good!.findings, []);
  });

  it('finds .pdf letters in folders, passes over PDFs that are no letters, and reports each bad PDF on one line', async () => {
    const folder = path.join(work, 'inbox');
    mkdirSync(path.join(folder, '2020'), { recursive: true });
    writeFileSync(path.join(folder, '2020', 'a-rochford.PDF'), (await letterPdf(realLetter('004'))).bytes);
    writeFileSync(path.join(folder, '2020', 'b-sevenoaks.pdf'), (await letterPdf(realLetter('000'))).bytes);
    writeFileSync(path.join(folder, 'c-scan.pdf'), await scannedPdf());
    writeFileSync(path.join(folder, 'd-locked.pdf'), await passwordPdf(realLetter('004')));
    writeFileSync(path.join(folder, 'e-partial.pdf'), truncated(inconsistent.bytes));
    writeFileSync(path.join(folder, 'f-minutes.pdf'), (await letterPdf('Minutes of the meeting\n\nPresent: the committee.\n')).bytes);
    writeFileSync(path.join(folder, 'g-letter.txt'), derivedLetter('004-upheld-inconsistent.txt'));
    const r = await cli('--format', 'json', folder);
    assert.equal(r.code, 2);
    const reports = CliJsonSchema.parse(JSON.parse(r.out));
    assert.deepEqual(reports.map((x) => [path.relative(folder, x.file), x.error ?? null]), [
      [path.join('2020', 'a-rochford.PDF'), null],
      [path.join('2020', 'b-sevenoaks.pdf'), null],
      ['c-scan.pdf', PDF_PROBLEMS.noText],
      ['d-locked.pdf', PDF_PROBLEMS.encrypted],
      ['e-partial.pdf', PDF_PROBLEMS.truncated],
      ['g-letter.txt', null],
    ]);
    assert.deepEqual(r.err.trim().split('\n'), [
      `${path.join(folder, 'c-scan.pdf')}: error: no text layer: a scanned letter? run OCR first`,
      `${path.join(folder, 'd-locked.pdf')}: error: ${PDF_PROBLEMS.encrypted}`,
      `${path.join(folder, 'e-partial.pdf')}: error: ${PDF_PROBLEMS.truncated}`,
    ]);
    assert.deepEqual(reports[5]!.findings.map((f) => [f.code, f.page]), [['upheld-inconsistent', undefined]], 'a text letter has no page');
  });

  it('says "not a letter" for a PDF named on the command line that plainly is none, as for text files', async () => {
    const minutes = path.join(work, 'minutes.pdf');
    writeFileSync(minutes, (await letterPdf('Minutes of the meeting\n\nPresent: the committee.\n')).bytes);
    const r = await cli(minutes);
    assert.equal(r.code, 2);
    assert.equal(r.err, `${minutes}: error: ${NOT_A_LETTER}\n`);
    assert.equal(r.out, '\nNo letters checked.\n');
  });

  it('gives up on a PDF past --time-limit with one line, and checks the files after it', async () => {
    const slow = path.join(work, 'slow.pdf');
    writeFileSync(slow, slowPdf());
    // 3 seconds: the slow page needs several times that; a letter needs well under a second, cold.
    const r = await cli('--time-limit', '3', slow, inconsistentFile);
    assert.equal(r.code, 2);
    assert.equal(r.err, `${slow}: error: reading the PDF took longer than the time limit of 3 seconds (--time-limit)\n`);
    assert.match(r.out, /inconsistent\.pdf:p\d+:\d+:1: error upheld-inconsistent/);
    assert.ok(r.out.endsWith('1 letter checked: 1 error, 0 warnings, 0 information/hint, 1 file not checked\n'), r.out);
  });

  it('refuses a --time-limit that is no number of seconds, with one usage line', async () => {
    for (const value of ['0', '-1', 'ten', '', '3601']) {
      const r = await cli('--time-limit', value, goodFile);
      assert.equal(r.code, 2, value);
      assert.equal(r.out, '');
      assert.equal(r.err, `letter-review: --time-limit takes a number of seconds above 0 and at most 3600, got "${value}" (letter-review --help for usage)\n`);
    }
    assert.match((await cli('--help')).out, /--time-limit S +give up on a file that takes longer than S seconds to read or check: a PDF's\n +text, a letter, the official figures \(default 10\)/);
  });

  it('the built dist/cli.js reads PDFs with the reader bundle beside it, and exits when done', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', inconsistentFile, path.join(work, 'missing.pdf')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.signal, null, 'the CLI did not end by itself');
    assert.equal(r.status, 2);
    assert.match(r.stdout, /inconsistent\.pdf:p\d+:\d+:1: error upheld-inconsistent 67% upheld/);
    assert.equal(r.stderr, `${path.join(work, 'missing.pdf')}: error: no such file or folder\n`);
  });
});
