// The engine's output against the golden files in test/golden/ (see golden.ts). A difference fails
// with a readable diff; when the change is intended, `npm run golden:update` rewrites the files and
// `git diff test/golden` shows it for review.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run as runCli } from '../../src/cli/main';
import type { FileReport } from '../../src/core';
import {
  CORPUS_FILE, CORPUS_LINES, FOLDER_FORMATS, ROOT, cliGolden, corpusLine, existingGoldenFiles, folderGolden, folderGoldenPath,
  folderInputs, generatedLetters, goldenPath, inputFiles, lineDiff, modelGolden, prettyJson, reportOf,
} from './golden';

/** C0 controls other than tab and line ends: the CLI may take such a file for binary. */
const hasControlCharacters = (text: string): boolean => [...text].some((c) => c < ' ' && c !== '\t' && c !== '\n' && c !== '\r');

const UPDATE = 'if the change is intended, run `npm run golden:update` and review `git diff test/golden`';

function compare(file: string, actual: string): void {
  const rel = path.relative(ROOT, file);
  assert.ok(existsSync(file), `${rel} is missing: ${UPDATE}`);
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) assert.fail(`${rel} differs from the engine's output now (${UPDATE}):\n${lineDiff(expected, actual)}`);
}

describe('golden outputs (test/golden/)', function () {
  this.timeout(120_000);
  const inputs = inputFiles();

  it('cover every sample and fixture letter, and nothing else', () => {
    assert.ok(inputs.length >= 25, `only ${inputs.length} inputs found under samples/ and test/fixtures/`);
    const wanted = new Set([
      ...inputs.flatMap((i) => [goldenPath(i, 'cli'), goldenPath(i, 'model')]),
      ...folderInputs().flatMap((f) => FOLDER_FORMATS.map((format) => folderGoldenPath(f, format))),
    ]);
    const stale = existingGoldenFiles().filter((f) => !wanted.has(f)).map((f) => path.relative(ROOT, f));
    assert.deepEqual(stale, [], `golden files whose input is gone: ${UPDATE}`);
  });

  for (const input of inputs) {
    it(`letter-review --format json ${input}`, async () => compare(goldenPath(input, 'cli'), await cliGolden(input)));
    it(`parseLetter(${input}): the letter model, every span`, () => compare(goldenPath(input, 'model'), modelGolden(input)));
  }

  for (const folder of folderInputs()) {
    for (const format of FOLDER_FORMATS) {
      it(`letter-review --format ${format} over the letters of ${folder}, read together`, async () => compare(folderGoldenPath(folder, format), await folderGolden(folder, format)));
    }
  }

  describe(`${CORPUS_LINES} generated letters (corpus.jsonl)`, () => {
    const letters = generatedLetters(CORPUS_LINES);

    it('are the same inputs as when the golden was written (seeded generators)', () => {
      const kept = readFileSync(CORPUS_FILE, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { index: number; input: string });
      assert.equal(kept.length, letters.length, `corpus.jsonl has ${kept.length} lines, not ${letters.length}: ${UPDATE}`);
      const changed = letters.filter((g, i) => JSON.parse(corpusLine(g)).input !== kept[i]!.input).map((g) => g.index);
      assert.deepEqual(changed.slice(0, 10), [], `${changed.length} generated inputs differ from the golden's: a generator (bench/corpus.ts, test/core/support/engineProperties.ts, fast-check) or a sample changed; ${UPDATE}`);
    });

    it('give the same CLI JSON as the golden', () => {
      const expected = readFileSync(CORPUS_FILE, 'utf8').trimEnd().split('\n');
      const differing: string[] = [];
      let count = 0;
      for (const g of letters) {
        const actual = corpusLine(g);
        if (actual === expected[g.index]) continue;
        count++;
        if (differing.length < 3) {
          const pretty = (line: string | undefined): string => (line === undefined ? '(no line)' : prettyJson(JSON.parse(line)));
          differing.push(`letter ${g.index} (${g.kind}):\n${lineDiff(pretty(expected[g.index]), pretty(actual), 40)}`);
        }
      }
      if (count > 0) assert.fail(`${count} of ${letters.length} generated letters give other output than corpus.jsonl (${UPDATE}); the first:\n\n${differing.join('\n\n')}`);
    });

    it("are reported as the CLI itself reports them (reportOf is the CLI's own steps)", async () => {
      // The corpus goes through the engine in-process for speed; files written from a sample of it
      // must give the same report through the CLI. Only texts that survive a round trip through a
      // UTF-8 file (no lone surrogates, no BOM, not binary) can be compared.
      const dir = mkdtempSync(path.join(tmpdir(), 'letter-review-golden-'));
      try {
        const sample = letters.filter((g) => (g.kind === 'bench' || g.kind.startsWith('letter')) && !g.text.startsWith('\ufeff') && Buffer.from(g.text, 'utf8').toString('utf8') === g.text && !hasControlCharacters(g.text)).slice(0, 60);
        assert.ok(sample.length === 60, 'too few generated letters to compare with the CLI');
        const files = sample.map((g) => path.join(dir, `${g.index}.txt`));
        sample.forEach((g, i) => writeFileSync(files[i]!, g.text));
        let out = '';
        let err = '';
        await runCli(['--format', 'json', ...files], (s) => (out += s), (s) => (err += s));
        const reports = JSON.parse(out) as FileReport[];
        assert.equal(reports.length, sample.length, `the CLI reported ${reports.length} files: ${err}`);
        sample.forEach((g, i) => assert.deepEqual({ ...reports[i]!, file: `generated/${g.index}.txt` }, reportOf(`generated/${g.index}.txt`, g.text), `letter ${g.index}`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
