// The letter-review CLI: run() in-process for every behaviour, and the built dist/cli.js spawned
// once to prove the shipped bundle behaves the same.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './support/run';
import { CliJsonSchema, RULE_CODES } from '../../src/core';
import { LETTER_004_CONTRACT, contractOf } from '../core/support/contract';
import { DERIVED_DIR, LETTERS_DIR, REAL_LETTERS } from '../core/support/letters';

const ROOT = path.join(__dirname, '..', '..');


const letterPath = (id: keyof typeof REAL_LETTERS): string => path.join(LETTERS_DIR, REAL_LETTERS[id]);
const INCONSISTENT = path.join(DERIVED_DIR, '004-upheld-inconsistent.txt');

/** 1-based line and column of the first occurrence of `needle` in a file. */
function lineCol(file: string, needle: string): string {
  const text = readFileSync(file, 'utf8');
  const i = text.indexOf(needle);
  assert.ok(i >= 0);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe('letter-review CLI', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'letter-review-cli-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  describe('text output', () => {
    it('prints path:line:col: severity code message (1-based) and a summary; exit 1 on an error', async () => {
      const r = await cli(INCONSISTENT);
      assert.equal(r.code, 1);
      assert.equal(r.err, '');
      const lines = r.out.split('\n');
      assert.equal(lines[0], `${INCONSISTENT}:${lineCol(INCONSISTENT, '67% of complaints')}: error upheld-inconsistent 67% upheld, but 1 of 3 investigations is 33.3%`);
      assert.match(lineCol(INCONSISTENT, '67% of complaints'), /^\d+:1$/);
      assert.ok(r.out.endsWith('\n1 letter checked: 1 error, 0 warnings, 0 information/hint\n'), r.out);
    });

    it('exits 0 on the real letters, where statistics-missing is only a warning', async () => {
      const r = await cli(letterPath('000'), letterPath('004'));
      assert.equal(r.code, 0);
      const findings = r.out.split('\n').filter((l) => l.includes(': warning ') || l.includes(': error '));
      assert.deepEqual(findings, [`${letterPath('000')}:${lineCol(letterPath('000'), 'Complaint statistics')}: warning statistics-missing No statistics figures: the letter states none of the three key areas (complaints upheld, compliance with recommendations, satisfactory remedies)`]);
      assert.ok(r.out.endsWith('\n2 letters checked: 0 errors, 1 warning, 0 information/hint\n'));
    });

    it('counts a line in a CRLF letter as an editor does', async () => {
      const crlf = path.join(work, 'crlf.txt');
      writeFileSync(crlf, readFileSync(INCONSISTENT, 'utf8').replace(/\n/g, '\r\n'));
      const r = await cli(crlf);
      assert.ok(r.out.startsWith(`${crlf}:${lineCol(INCONSISTENT, '67% of complaints')}: error upheld-inconsistent`), r.out);
    });
  });

  describe('--format json', () => {
    it('prints one array that satisfies the JSON contract, with 0-based ranges', async () => {
      const r = await cli('--format', 'json', letterPath('004'), INCONSISTENT);
      assert.equal(r.code, 1);
      const reports = CliJsonSchema.parse(JSON.parse(r.out));
      assert.equal(reports.length, 2);
      const [real, bad] = reports;
      assert.equal(real!.file, letterPath('004'));
      assert.deepEqual(contractOf(real!.letter!), LETTER_004_CONTRACT);
      assert.deepEqual(real!.findings, []);
      const [lineNo, col] = lineCol(INCONSISTENT, '67% of complaints').split(':').map(Number) as [number, number];
      const finding = bad!.findings.find((f) => f.code === 'upheld-inconsistent');
      assert.ok(finding);
      assert.equal(finding.severity, 'error');
      assert.deepEqual(finding.range, { start: { line: lineNo - 1, character: col - 1 }, end: { line: lineNo - 1, character: col + 1 } });
      assert.equal(finding.related.length, 2);
      assert.deepEqual(finding.related.map((x) => x.message), ['1 upheld decision', '3 detailed investigations']);
      assert.equal(finding.related[0]!.range.start.character, 0);
    });

    it('gives null for an absent area and for figures the letter does not state', async () => {
      const text = readFileSync(letterPath('004'), 'utf8');
      const upheldOnly = path.join(work, 'upheld-only.txt');
      writeFileSync(upheldOnly, text.slice(0, text.indexOf('Compliance with Ombudsman recommendations\n\n\n')).replace('This compares to an average of **45%** in similar authorities.', ''));
      const [report] = CliJsonSchema.parse(JSON.parse((await cli('--format', 'json', upheldOnly)).out));
      assert.deepEqual(contractOf(report!.letter!).statistics, { upheld: { percent: 100, average: null, decisions: 1, investigations: 1 }, compliance: null, remedy: null });
      const [none] = CliJsonSchema.parse(JSON.parse((await cli('--format', 'json', letterPath('001'))).out));
      assert.deepEqual(contractOf(none!.letter!).statistics, { upheld: null, compliance: null, remedy: null });
      assert.deepEqual(none!.findings.map((f) => f.code), ['statistics-missing']);
    });

    it('reports a file it could not read in the array too, and exits 2', async () => {
      const missing = path.join(work, 'no-such-letter.txt');
      const r = await cli('--format', 'json', missing, letterPath('004'));
      assert.equal(r.code, 2);
      const reports = CliJsonSchema.parse(JSON.parse(r.out));
      assert.deepEqual(reports.map((x) => [x.file, x.letter === null, x.error ?? null]), [[missing, true, 'no such file or folder'], [letterPath('004'), false, null]]);
      assert.equal(r.err, `${missing}: error: no such file or folder\n`);
    });
  });

  describe('folders', () => {
    it('searches a folder, recursively, for .txt, .md and .letter letters, in a stable order', async () => {
      const folder = path.join(work, 'letters');
      mkdirSync(path.join(folder, 'nested'), { recursive: true });
      copyFileSync(letterPath('000'), path.join(folder, 'a.txt'));
      copyFileSync(path.join(DERIVED_DIR, '004-markdown.md'), path.join(folder, 'b.md'));
      copyFileSync(INCONSISTENT, path.join(folder, 'nested', 'c.letter'));
      copyFileSync(letterPath('002'), path.join(folder, 'd.pdf.bak'));
      writeFileSync(path.join(folder, 'notes.md'), '# Notes\n\nNothing to do with the Ombudsman.\n');
      const r = await cli('--format', 'json', folder);
      const reports = CliJsonSchema.parse(JSON.parse(r.out));
      assert.deepEqual(reports.map((x) => path.relative(folder, x.file)), ['a.txt', 'b.md', path.join('nested', 'c.letter')]);
      assert.equal(r.code, 1);
      assert.equal(r.err, '');
    });

    it('reports a folder with no letters in it, and exits 2', async () => {
      const empty = path.join(work, 'no-letters');
      mkdirSync(empty, { recursive: true });
      writeFileSync(path.join(empty, 'readme.md'), '# Hello\n');
      const r = await cli(empty);
      assert.equal(r.code, 2);
      assert.equal(r.err.trim().split('\n').length, 1);
      assert.match(r.err, /no letters in this folder/);
    });
  });

  describe('--rule', () => {
    it('turns a rule off: the inconsistent letter then exits 0', async () => {
      const r = await cli('--rule', 'upheld-inconsistent=off', INCONSISTENT);
      assert.equal(r.code, 0);
      assert.ok(!r.out.includes('upheld-inconsistent'));
    });
    it('changes a severity, also as --rule=CODE=LEVEL', async () => {
      const r = await cli('--rule=upheld-inconsistent=warning', INCONSISTENT);
      assert.equal(r.code, 0);
      assert.match(r.out, /: warning upheld-inconsistent 67% upheld/);
      const strict = await cli('--rule', 'statistics-missing=error', letterPath('003'));
      assert.equal(strict.code, 1);
    });
  });

  describe('usage errors and unreadable files', () => {
    const usage: [string, string[], RegExp][] = [
      ['an unknown option', ['--frobnicate', 'x'], /unknown option --frobnicate/],
      ['an unknown format', ['--format', 'xml', 'x'], /format/],
      ['--format without a value', ['--format'], /--format needs a value/],
      ['an unknown rule', ['--rule', 'no-such-rule=off', 'x'], /unknown rule "no-such-rule"/],
      ['a rule level that is not one', ['--rule', 'upheld-inconsistent=fatal', 'x'], /"fatal" is not a level/],
      ['--rule without =', ['--rule', 'upheld-inconsistent', 'x'], /CODE=LEVEL/],
      ['no file or folder', [], /no file or folder given/],
    ];
    for (const [name, argv, message] of usage) {
      it(`exits 2 with one line on ${name}`, async () => {
        const r = await cli(...argv);
        assert.equal(r.code, 2);
        assert.equal(r.out, '');
        assert.equal(r.err.split('\n').filter(Boolean).length, 1, r.err);
        assert.match(r.err, /^letter-review: /);
        assert.match(r.err, message);
      });
    }

    it('a missing file is one line on stderr; the other files are still checked', async () => {
      const missing = path.join(work, 'missing.txt');
      const r = await cli(missing, INCONSISTENT);
      assert.equal(r.code, 2);
      assert.equal(r.err, `${missing}: error: no such file or folder\n`);
      assert.match(r.out, /error upheld-inconsistent/);
      assert.match(r.out, /1 letter checked: 1 error, 0 warnings, 0 information\/hint, 1 file not checked/);
    });

    it('binary and empty files are one line each, never a stack trace', async () => {
      const binary = path.join(work, 'binary.txt');
      const empty = path.join(work, 'empty.txt');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      writeFileSync(empty, '');
      const r = await cli(binary, empty);
      assert.equal(r.code, 2);
      assert.equal(r.err, `${binary}: error: binary file, not a letter\n${empty}: error: empty file, nothing to check\n`);
    });

    it('--help and --version exit 0', async () => {
      const help = await cli('--help');
      assert.equal(help.code, 0);
      assert.match(help.out, /^Usage: letter-review/);
      for (const code of RULE_CODES) assert.ok(help.out.includes(code), `help lists ${code}`);
      const version = await cli('--version');
      assert.equal(version.code, 0);
      assert.match(version.out, /^\S+\n$/);
    });
  });

  describe('the built dist/cli.js', () => {
    before(function () {
      this.timeout(120_000);
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, `build failed: ${build.stderr}`);
    });

    it('behaves as run() does: output, JSON and exit status', () => {
      const text = spawnSync(process.execPath, ['dist/cli.js', INCONSISTENT, letterPath('003')], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(text.status, 1);
      assert.equal(text.stderr, '');
      assert.ok(text.stdout.startsWith(`${INCONSISTENT}:${lineCol(INCONSISTENT, '67% of complaints')}: error upheld-inconsistent 67% upheld, but 1 of 3 investigations is 33.3%\n`));
      assert.ok(text.stdout.endsWith('\n2 letters checked: 1 error, 1 warning, 0 information/hint\n'));

      const json = spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', 'samples'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(json.status, 1, 'samples/005 shows an error');
      const reports = CliJsonSchema.parse(JSON.parse(json.stdout));
      assert.deepEqual(reports.map((x) => x.letter?.authority), [
        'Sevenoaks District Council', 'Leicestershire County Council', 'Hertsmere Borough Council', 'Bassetlaw District Council', 'Rochford District Council',
        'Eastbridge Borough Council', 'Westshire County Council',
      ]);

      const usage = spawnSync(process.execPath, ['dist/cli.js', '--nope'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(usage.status, 2);
      assert.equal(usage.stdout, '');
      assert.equal(usage.stderr.split('\n').filter(Boolean).length, 1);
      assert.ok(!/\bat \S+ \(/.test(usage.stderr), 'no stack trace');
    });
  });
});
