// The CLI on whatever lands in a reviewer's inbox: a missing file, a folder without letters, a
// binary file named .txt, an empty file, a file it may not read, a 40 MB file, UTF-16 and CRLF.
// Each bad file gets exactly one line on stderr ("path: error: reason"), never a stack trace; the
// other files are still checked; the exit code is 2 when any file could not be read, else 1 when
// some finding is an error, else 0 (as `letter-review --help` documents).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import fs, { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli } from './support/run';
import type { Result } from './support/run';
import { USAGE } from '../../src/cli/args';
import { CliJsonSchema } from '../../src/core';
import { DERIVED_DIR, LETTERS_DIR, REAL_LETTERS } from '../core/support/letters';

const ROOT = path.join(__dirname, '..', '..');
const CLI_JS = path.join(ROOT, 'dist', 'cli.js');
const GOOD = path.join(LETTERS_DIR, REAL_LETTERS['004']); // all three blocks, no findings above hint
const NO_FIGURES = path.join(LETTERS_DIR, REAL_LETTERS['000']); // statistics-missing (a warning)
const INCONSISTENT = path.join(DERIVED_DIR, '004-upheld-inconsistent.txt'); // an error finding
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;


/** Runs dist/cli.js; `asUser` (root only): as that user and group, supplementary groups dropped (Node does so when it sets the uid). */
function spawnCli(args: string[], options: { asUser?: number } = {}): Result {
  const user = options.asUser === undefined ? {} : { uid: options.asUser, gid: options.asUser };
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI_JS, ...args], { encoding: 'utf8', timeout: 280_000, maxBuffer: 256 * 1024 * 1024, ...user });
  assert.equal(r.error, undefined, `could not run the CLI: ${r.error?.message}`);
  assert.equal(r.signal, null, `the CLI was killed by ${r.signal} (a hang past the time limit, or a crash)`);
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** stderr is exactly these one-line messages, in this order, and nothing like a stack trace. */
function assertErrorLines(err: string, expected: { file: string; reason: RegExp }[]): void {
  assert.ok(!err.includes('    at '), `stack trace on stderr:\n${err}`);
  const lines = err.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, expected.length, `expected ${expected.length} stderr line(s), got:\n${err}`);
  expected.forEach(({ file, reason }, i) => {
    const line = lines[i]!;
    assert.ok(line.startsWith(`${file}: error: `), `stderr line ${i} should name ${file}: ${line}`);
    assert.match(line.slice(`${file}: error: `.length), reason);
  });
}

/** The summary line the text output ends with. */
function summary(out: string): string {
  return out.trimEnd().split('\n').pop() ?? '';
}

describe('letter-review CLI on bad input', function () {
  this.timeout(60_000);
  let work: string;
  let missing: string;
  let emptyFile: string;
  let binary: string;
  let noLettersDir: string;
  let emptyDir: string;
  let utf16le: string;
  let utf16be: string;
  let crlf: string;

  before(function () {
    this.timeout(120_000);
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `node scripts/build.mjs failed:\n${build.stderr}`);
    assert.ok(existsSync(CLI_JS));

    work = mkdtempSync(path.join(tmpdir(), 'letter-review-bad-'));
    chmodSync(work, 0o755); // so that another user (the EACCES test as root) can reach files inside
    missing = path.join(work, 'no-such-letter.txt');
    emptyFile = path.join(work, 'empty.txt');
    writeFileSync(emptyFile, '');
    binary = path.join(work, 'photo.txt');
    // A PNG header, NULs and every byte value: what a mis-named image or PDF looks like.
    writeFileSync(binary, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256))]));
    noLettersDir = path.join(work, 'notes');
    mkdirSync(noLettersDir);
    writeFileSync(path.join(noLettersDir, 'shopping.txt'), 'Milk, eggs, bread.\n');
    writeFileSync(path.join(noLettersDir, 'README.md'), '# Notes\n\nNothing to see here.\n');
    writeFileSync(path.join(noLettersDir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    emptyDir = path.join(work, 'empty-folder');
    mkdirSync(emptyDir);
    const good = readFileSync(GOOD, 'utf8');
    utf16le = path.join(work, 'utf16le.txt');
    writeFileSync(utf16le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]));
    utf16be = path.join(work, 'utf16be.txt');
    const le = Buffer.from(good, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i + 1 < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    writeFileSync(utf16be, Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    crlf = path.join(work, 'crlf.txt');
    writeFileSync(crlf, readFileSync(INCONSISTENT, 'utf8').replace(/\r?\n/g, '\r\n'));
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('documents the exit codes in --help', () => {
    assert.match(USAGE.replace(/\s+/g, ' '), /Exit status: 0 no error-severity finding; 1 some; 2 usage error, a file that could not be read or is not a letter, a folder with no letters, or official figures that cannot be used \(the letters are then checked without them\)\./);
  });

  it('a missing file: one line, the other files still checked, exit 2', async () => {
    const r = await cli(missing, GOOD);
    assertErrorLines(r.err, [{ file: missing, reason: /^no such file or folder$/ }]);
    assert.equal(r.code, 2);
    assert.match(summary(r.out), /^1 letter checked: .*, 1 file not checked$/);
  });

  it('an empty file: one line, exit 2', async () => {
    const r = await cli(emptyFile, GOOD);
    assertErrorLines(r.err, [{ file: emptyFile, reason: /^empty file/ }]);
    assert.equal(r.code, 2);
    assert.match(summary(r.out), /^1 letter checked/);
  });

  it('a binary file named .txt: one line, never parsed as a letter, exit 2', async () => {
    const r = await cli(binary, GOOD);
    assertErrorLines(r.err, [{ file: binary, reason: /^binary file, not a letter$/ }]);
    assert.equal(r.code, 2);
    assert.ok(!r.out.includes(binary), `findings were reported for the binary file:\n${r.out}`);
  });

  it('a folder whose .txt/.md files are not letters, and a folder with none: one line each, exit 2', async () => {
    const r = await cli(noLettersDir, emptyDir, GOOD);
    assert.equal(r.code, 2);
    assert.ok(!r.err.includes('    at '));
    const lines = r.err.split('\n').filter(Boolean).sort();
    assert.equal(lines.length, 2, r.err);
    assert.match(lines.find((l) => l.startsWith(emptyDir))!, /: error: no letters in this folder: it holds no \.txt, \.md, \.letter or \.pdf file$/);
    assert.match(lines.find((l) => l.startsWith(noLettersDir))!, /: error: no letters in this folder: none of its 2 \.txt, \.md, \.letter or \.pdf files reads as a letter$/);
    assert.equal(summary(r.out), '1 letter checked: 0 errors, 0 warnings, 0 information/hint, 2 folders without letters');
  });

  it('a folder with no letters alone: says so, "No letters checked.", exit 2, and no "file not checked"', async () => {
    for (const folder of [emptyDir, noLettersDir]) {
      const r = await cli(folder);
      assert.equal(r.code, 2);
      assertErrorLines(r.err, [{ file: folder, reason: /^no letters in this folder: / }]);
      assert.equal(r.out, '\nNo letters checked.\n');
    }
    const json = await cli('--format', 'json', emptyDir);
    assert.equal(json.code, 2);
    assert.deepEqual(CliJsonSchema.parse(JSON.parse(json.out)).map((x) => [x.file, x.error]), [[emptyDir, 'no letters in this folder: it holds no .txt, .md, .letter or .pdf file']]);
  });

  it('a named file that is plainly not a letter (docs/rules.md, a shopping list): one "not a letter" line instead of findings, exit 2', async () => {
    const shopping = path.join(noLettersDir, 'shopping.txt');
    const rules = path.join(ROOT, 'docs', 'rules.md');
    const r = await cli(rules, shopping, NO_FIGURES);
    assert.equal(r.code, 2);
    const reason = /^not a letter: nothing in its opening reads as an Annual Review letter or its statistics, so it was not checked$/;
    assertErrorLines(r.err, [{ file: rules, reason }, { file: shopping, reason }]);
    assert.ok(!r.out.includes(rules) && !r.out.includes(shopping), `findings reported for a file that is no letter:\n${r.out}`);
    // A real letter without its statistics is still a letter: checked, with its statistics-missing warning.
    assert.match(r.out, /000_f12d23132a32b45e\.txt:\d+:\d+: warning statistics-missing /);
    assert.equal(summary(r.out), '1 letter checked: 0 errors, 1 warning, 0 information/hint, 2 files not checked');
  });

  it(IS_ROOT
    ? 'a file it may not read — RUNNING AS ROOT, where chmod 000 does not stop reads: EACCES is simulated by stubbing fs.readFileSync (the real EACCES runs below as user nobody)'
    : 'a file it may not read (chmod 000): one line "permission denied", exit 2', async () => {
    const locked = path.join(work, 'locked.txt');
    writeFileSync(locked, readFileSync(GOOD));
    chmodSync(locked, 0o000);
    // The module object itself (the default import), whose readFileSync the CLI looks up on each call.
    const realReadFile = fs.readFileSync;
    if (IS_ROOT) {
      fs.readFileSync = ((file: Parameters<typeof realReadFile>[0], ...rest: unknown[]) => {
        if (String(file) === locked) throw Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: locked });
        return (realReadFile as (...a: unknown[]) => unknown)(file, ...rest);
      }) as typeof realReadFile;
    }
    try {
      const r = await cli(locked, GOOD);
      assertErrorLines(r.err, [{ file: locked, reason: /^permission denied$/ }]);
      assert.equal(r.code, 2);
      assert.match(summary(r.out), /^1 letter checked/);
    } finally {
      fs.readFileSync = realReadFile;
      chmodSync(locked, 0o644);
    }
  });

  it('UTF-16 files with a BOM (LE and BE) read exactly as the UTF-8 letter', async () => {
    const utf8 = await cli('--format', 'json', GOOD);
    const r = await cli('--format', 'json', utf16le, utf16be);
    assert.equal(r.err, '');
    assert.equal(r.code, utf8.code);
    const [base] = CliJsonSchema.parse(JSON.parse(utf8.out));
    const reports = CliJsonSchema.parse(JSON.parse(r.out));
    assert.equal(reports.length, 2);
    for (const report of reports) {
      assert.equal(report.error ?? null, null);
      assert.deepEqual(report.letter, base!.letter, `${report.file} read differently from the UTF-8 letter`);
      assert.deepEqual(report.findings, base!.findings);
    }
  });

  it('CRLF line ends: the same findings at the same line:column as LF', async () => {
    const lf = await cli(INCONSISTENT);
    const r = await cli(crlf);
    assert.equal(r.err, '');
    assert.equal(r.code, 1);
    const strip = (out: string, file: string): string[] => out.split('\n').filter((l) => l.startsWith(file)).map((l) => l.slice(file.length));
    assert.ok(strip(lf.out, INCONSISTENT).length > 0);
    assert.deepEqual(strip(r.out, crlf), strip(lf.out, INCONSISTENT));
  });

  it('all the bad inputs at once with good letters: one line per bad input, the letters checked, exit 2 even with an error finding', async () => {
    const r = await cli(missing, emptyFile, binary, emptyDir, GOOD, NO_FIGURES, INCONSISTENT, utf16le, crlf);
    assert.equal(r.code, 2);
    assertErrorLines(r.err, [
      { file: missing, reason: /^no such file or folder$/ },
      { file: emptyFile, reason: /^empty file/ },
      { file: binary, reason: /^binary file/ },
      { file: emptyDir, reason: /^no letters in this folder: it holds no \.txt, \.md, \.letter or \.pdf file$/ },
    ]);
    assert.match(summary(r.out), /^5 letters checked: 2 errors, 1 warning, .*, 3 files not checked, 1 folder without letters$/);
    assert.ok(r.out.includes(`${INCONSISTENT}:`) && r.out.includes(`${crlf}:`) && r.out.includes(`${NO_FIGURES}:`));
  });

  describe('the built dist/cli.js', () => {
    it('the same bad inputs: one line each, no stack trace, exit 2; JSON output stays one valid array', () => {
      const r = spawnCli([missing, emptyFile, binary, noLettersDir, GOOD, INCONSISTENT]);
      assert.equal(r.code, 2);
      assertErrorLines(r.err, [
        { file: missing, reason: /^no such file or folder$/ },
        { file: emptyFile, reason: /^empty file/ },
        { file: binary, reason: /^binary file/ },
        { file: noLettersDir, reason: /^no letters in this folder/ },
      ]);
      assert.match(summary(r.out), /^2 letters checked: 1 error, .*, 3 files not checked, 1 folder without letters$/);

      const j = spawnCli(['--format', 'json', missing, binary, GOOD]);
      assert.equal(j.code, 2);
      const reports = CliJsonSchema.parse(JSON.parse(j.out));
      assert.deepEqual(reports.map((x) => [x.file, x.error ?? null]), [[missing, 'no such file or folder'], [binary, 'binary file, not a letter'], [GOOD, null]]);
    });

    it(`a file it may not read, for real: a chmod 000 file read ${IS_ROOT ? 'as user nobody (since root reads anything)' : 'as this user'} — one line "permission denied", exit 2`, () => {
      const locked = path.join(work, 'locked-for-nobody.txt');
      writeFileSync(locked, readFileSync(GOOD));
      chmodSync(locked, 0o000);
      const readable = path.join(work, 'readable.txt');
      writeFileSync(readable, readFileSync(GOOD));
      chmodSync(readable, 0o644);
      const r = spawnCli([locked, readable], IS_ROOT ? { asUser: 65534 } : {});
      assertErrorLines(r.err, [{ file: locked, reason: /^permission denied$/ }]);
      assert.equal(r.code, 2);
      assert.match(summary(r.out), /^1 letter checked/);
    });

    it('a 40 MB file (a year of letters in one export): checked without a crash or a hang, the next file too, exit 0/1', function () {
      this.timeout(300_000);
      const big = path.join(work, 'whole-year.txt');
      const letters = Object.values(REAL_LETTERS).map((f) => readFileSync(path.join(LETTERS_DIR, f)));
      const fd = openSync(big, 'w');
      let size = 0;
      for (let i = 0; size < 40 * 1024 * 1024; i++) {
        const chunk = letters[i % letters.length]!;
        writeSync(fd, chunk);
        writeSync(fd, '\n\n');
        size += chunk.length + 2;
      }
      closeSync(fd);
      const r = spawnCli([big, GOOD]);
      assert.equal(r.err, '', r.err);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}`);
      assert.match(summary(r.out), /^2 letters checked: /);
    });
  });
});
