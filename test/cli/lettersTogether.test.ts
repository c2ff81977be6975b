// The CLI over letters read together: --format csv (the panel's CSV, one row per letter), files in
// natural order in every format, averages-disagree across letters, --official and its errors, and
// related places in other files (JSON "file", text "note:" lines).
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CSV_HEADER, CliJsonSchema, reportsCsv } from '../../src/core';
import type { FileReport } from '../../src/core';
import { letterText } from '../core/crossChecks/support';
import { cli } from './support/run';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const FOLDER = path.join(FIXTURES, 'folders', 'averages-2020');
const LETTERS = path.join(FOLDER, 'letters');
const OFFICIAL = path.join(FOLDER, 'official.csv');
const NATURAL = ['letter-1.txt', 'letter-2.txt', 'letter-3.txt', 'letter-4.txt', 'letter-5.txt', 'letter-6.txt', 'letter-7.txt', 'letter-10.txt'];
const ODD_MESSAGE = 'remedy average 21% here; 20% in 6 other 2020 letters with the same upheld and compliance averages';

const json = async (...argv: string[]): Promise<FileReport[]> => CliJsonSchema.parse(JSON.parse((await cli('--format', 'json', ...argv)).out));
const names = (reports: readonly FileReport[]): string[] => reports.map((r) => path.basename(r.file));
const codes = (report: FileReport | undefined): string[] => report!.findings.map((f) => f.code);

describe('letter-review CLI: letters read together', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'letter-review-together-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  describe('--format csv', () => {
    it('prints one table: the panel’s header, then one row per letter, with exactly the cells of its Save CSV', async () => {
      const r = await cli('--format', 'csv', LETTERS);
      assert.equal(r.code, 0);
      assert.equal(r.err, '');
      const lines = r.out.split('\r\n');
      assert.equal(lines.pop(), '', 'every line ends with CRLF');
      assert.equal(lines[0], CSV_HEADER.join(','));
      assert.equal(lines.length, 1 + NATURAL.length);
      // The panel's Save CSV (reportsCsv) over the same reports as the JSON gives the same file.
      assert.equal(r.out, reportsCsv(await json(LETTERS)));
      assert.match(lines[8]!, /letter-10\.txt,Oddingley District Council,.*,0,1$/, 'its warning is counted');
    });

    it('neutralises a council name a spreadsheet would run as a formula, through the one CSV writer', async () => {
      const dir = path.join(work, 'formula');
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'a.txt'), letterText({ council: '=HYPERLINK("http://example.invalid") District Council' }));
      writeFileSync(path.join(dir, 'b.txt'), letterText({ council: '@SUM(A1) Council' }));
      const r = await cli('--format', 'csv', dir);
      const rows = r.out.split('\r\n').slice(1, 3);
      assert.match(rows[0]!, /,"'=HYPERLINK\(""http:\/\/example\.invalid""\) District Council",/);
      assert.match(rows[1]!, /,'@SUM\(A1\) Council,/);
      assert.equal(r.out, reportsCsv(await json(dir)));
    });

    it('an empty run is the header alone; a file that cannot be read has no row, and exits 2', async () => {
      const missing = path.join(work, 'no-such-letter.txt');
      const r = await cli('--format', 'csv', missing, path.join(LETTERS, 'letter-1.txt'));
      assert.equal(r.code, 2);
      assert.equal(r.err, `${missing}: error: no such file or folder\n`);
      const lines = r.out.split('\r\n');
      assert.deepEqual([lines.length, lines[0]], [3, CSV_HEADER.join(',')]);
      const none = await cli('--format', 'csv', missing);
      assert.equal(none.out, `${CSV_HEADER.join(',')}\r\n`);
    });
  });

  it('lists a folder’s files by path in natural order (letter-2 before letter-10) in every format', async () => {
    assert.deepEqual(readdirSync(LETTERS).sort(), [...NATURAL].sort(), 'the fixture holds exactly these');
    assert.deepEqual(names(await json(LETTERS)), NATURAL);
    const csv = (await cli('--format', 'csv', LETTERS)).out.split('\r\n').slice(1, -1).map((l) => path.basename(l.split(',')[0]!));
    assert.deepEqual(csv, NATURAL);
    const text = await cli('--rule', 'statistics-missing=off', '--official', OFFICIAL, LETTERS);
    const flagged = text.out.split('\n').filter((l) => / (?:warning|error) /.test(l)).map((l) => path.basename(l.split(':')[0]!));
    assert.deepEqual(flagged, ['letter-2.txt', 'letter-10.txt']);
  });

  it('rejects an unknown format with the choices', async () => {
    const r = await cli('--format', 'xml', LETTERS);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err, "letter-review: unknown format 'xml': use text, json or csv (letter-review --help for usage)\n");
  });

  describe('averages-disagree', () => {
    it('flags the odd average of a folder, with the majority letter’s figure as a related place in that file', async () => {
      const reports = await json(LETTERS);
      const odd = reports.find((r) => r.file.endsWith('letter-10.txt'))!;
      assert.deepEqual(reports.filter((r) => r !== odd).map((r) => r.findings.length), [0, 0, 0, 0, 0, 0, 0]);
      const [finding] = odd.findings;
      assert.deepEqual([finding!.code, finding!.severity, finding!.message], ['averages-disagree', 'warning', ODD_MESSAGE]);
      const related = finding!.related[0]!;
      assert.equal(related.file, path.join(LETTERS, 'letter-1.txt'));
      assert.equal(related.message, 'remedy average 20% in the letter to Ashcombe District Council');
      const lines = readFileSync(related.file!, 'utf8').split('\n');
      const { start, end } = related.range;
      assert.equal(lines[start.line]!.slice(start.character, end.character), '20');
      assert.ok(lines[start.line]!.includes('This compares to an average of **20%**'));
    });

    it('prints the related place in the other letter as a note the terminal can link', async () => {
      const r = await cli(LETTERS);
      const lines = r.out.split('\n');
      const at = lines.findIndex((l) => l.endsWith(`warning averages-disagree ${ODD_MESSAGE}`));
      assert.ok(at >= 0, r.out);
      assert.match(lines[at]!, /letter-10\.txt:87:34: /);
      assert.equal(lines[at + 1], `${path.join(LETTERS, 'letter-1.txt')}:87:34: note: remedy average 20% in the letter to Ashcombe District Council`);
      assert.match(r.out, /\n8 letters checked: 0 errors, 1 warning, 0 information\/hint\n$/, 'a note is no finding');
    });

    it('leaves a lone letter alone, and follows --rule', async () => {
      assert.deepEqual(codes((await json(path.join(LETTERS, 'letter-10.txt')))[0]), []);
      assert.deepEqual((await json('--rule', 'averages-disagree=off', LETTERS)).flatMap((r) => r.findings), []);
      const asError = await cli('--rule', 'averages-disagree=error', LETTERS);
      assert.equal(asError.code, 1, 'an error-severity finding over the set sets the exit status');
    });

    it('compares files named one by one as a folder’s, and honours the letter’s own disable comment', async () => {
      const files = NATURAL.map((n) => path.join(LETTERS, n));
      assert.deepEqual(codes((await json(...files))[7]), ['averages-disagree']);
      const dir = path.join(work, 'disabled');
      mkdirSync(dir);
      for (const n of NATURAL) copyFileSync(path.join(LETTERS, n), path.join(dir, n));
      const odd = path.join(dir, 'letter-10.txt');
      writeFileSync(odd, readFileSync(odd, 'utf8').replace('This compares to an average of **21%**', '<!-- letter-review-disable-next-line averages-disagree -->\nThis compares to an average of **21%**'));
      assert.deepEqual((await json(dir)).flatMap((r) => r.findings), []);
    });
  });

  describe('--official', () => {
    it('flags the figure that differs, naming the file and line, with that line as a related place', async () => {
      const reports = await json('--official', OFFICIAL, LETTERS);
      const brackley = reports.find((r) => r.file.endsWith('letter-2.txt'))!;
      assert.deepEqual(brackley.findings.map((f) => [f.code, f.severity, f.message]), [['official-mismatch', 'warning', `upheld 100% here, 96% in ${OFFICIAL} (line 12)`]]);
      const related = brackley.findings[0]!.related[0]!;
      assert.deepEqual({ file: related.file, message: related.message, line: related.range.start.line }, { file: OFFICIAL, message: 'upheld 96% for 2019-20', line: 11 });
      assert.deepEqual(reports.map((r) => r.findings.length), [0, 1, 0, 0, 0, 0, 0, 1], 'Ashcombe agrees; councils and years not in the file raise nothing');
    });

    it('names the file as given: "in official.csv (line 12)"', async () => {
      const cwd = process.cwd();
      process.chdir(FOLDER);
      try {
        const r = await cli('--official', 'official.csv', 'letters/letter-2.txt');
        assert.equal(r.out.split('\n').slice(0, 2).join('\n'), 'letters/letter-2.txt:59:1: warning official-mismatch upheld 100% here, 96% in official.csv (line 12)\nofficial.csv:12:1: note: upheld 96% for 2019-20');
        assert.equal(r.code, 0);
      } finally {
        process.chdir(cwd);
      }
    });

    it('a malformed CSV is one line naming its line; every letter is still checked, and the exit status is 2', async () => {
      const malformed = path.join(FIXTURES, 'official', 'malformed.csv');
      const r = await cli('--format', 'json', '--official', malformed, LETTERS);
      assert.equal(r.code, 2);
      assert.equal(r.err, `${malformed}:4: error: the official figures cannot be used: not a well-formed CSV file: a double quote inside a field that does not start with one (quote the whole field, and double the quotes inside it); the letters are checked without them\n`);
      const reports = CliJsonSchema.parse(JSON.parse(r.out));
      assert.deepEqual(names(reports), NATURAL);
      assert.deepEqual(reports.map(codes).flat(), ['averages-disagree']);
    });

    it('a missing, binary or header-less file is one line too', async () => {
      const cases: [string, string | Buffer, RegExp][] = [
        ['missing.csv', '', /missing\.csv: error: the official figures cannot be read: no such file or folder;/],
        ['binary.csv', Buffer.from([0, 1, 2, 3, 0, 0, 255]), /binary\.csv: error: the official figures are not a CSV file/],
        ['no-header.csv', 'Ashcombe,2019-20,upheld_percent,50\n', /no-header\.csv:1: error: the official figures cannot be used: the header does not name the columns council, year, metric, value/],
      ];
      for (const [name, content, message] of cases) {
        const file = path.join(work, name);
        if (name !== 'missing.csv') writeFileSync(file, content);
        const r = await cli('--official', file, path.join(LETTERS, 'letter-1.txt'));
        assert.equal(r.code, 2, name);
        assert.equal(r.err.split('\n').filter(Boolean).length, 1, r.err);
        assert.match(r.err, message);
        assert.match(r.out, /1 letter checked/);
      }
    });

    it('reads formula-like cells as text: nothing is run, and a letter’s CSV row is as without the file', async () => {
      const formulas = path.join(FIXTURES, 'official', 'formula-cells.csv');
      const r = await cli('--format', 'csv', '--official', formulas, LETTERS);
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
      assert.equal(r.out, (await cli('--format', 'csv', LETTERS)).out);
    });

    it('is given once, and needs a file name', async () => {
      const twice = await cli('--official', OFFICIAL, '--official', OFFICIAL, LETTERS);
      assert.equal(twice.code, 2);
      assert.match(twice.err, /--official names one file of official figures; it was given twice/);
      const none = await cli(LETTERS, '--official');
      assert.equal(none.code, 2);
      assert.match(none.err, /--official needs a value/);
    });
  });
});
