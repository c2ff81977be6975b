// The fixtures of test/fixtures/rules: made-up letters, statistics pages and committee reports for
// each case of issue 20 (percentages over a zero base, a remedy base that is not the upheld
// decisions, a figure quoted twice), each with the findings it must give and no others.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { reviewText } from '../../../src/core';
import { at } from '../support/letters';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'rules');
const read = (name: string): string => readFileSync(path.join(DIR, name), 'utf8');

/** Each fixture's findings: code, message, and the text its range and related ranges cover (null: other rules', not compared). */
const EXPECTED: Record<string, [code: string, message: string, on: string, related: string[] | null][]> = {
  'zero-bases.letter.txt': [
    ['upheld-inconsistent', '50% upheld, but there were no detailed investigations', '50', ['0', '0']],
    ['compliance-inconsistent', '100% of cases complied with, but there were no compliance outcomes', '100', ['0']],
    ['remedy-inconsistent', '25% of upheld cases remedied, but there were no upheld decisions', '25', ['0', '0']],
  ],
  'zero-bases-silent.letter.txt': [],
  'base-mismatch-2022-23.txt': [
    ['base-mismatch', 'The satisfactory remedy percentage is based on 40 detailed investigations, but the letter counts 41 upheld decisions', '40', ['41']],
  ],
  'base-mismatch-2024-25.txt': [
    ['base-mismatch', 'The satisfactory remedy percentage is based on 15 upheld decisions, but the letter counts 16 upheld decisions', '15', ['16']],
  ],
  // The summary misquotes the block: the arithmetic says the summary's 75% is wrong, and the block's
  // 67% is the later statement of the same figure.
  'restated-committee-report.md': [
    ['upheld-inconsistent', '75% upheld, but 8 of 12 investigations is 66.7%', '75', ['8', '12']],
    ['upheld-inconsistent', 'Complaints upheld: 67% here, but 75% where the letter first states it', '67', ['75']],
  ],
  // Last year's figures: another period, so the different values are not a restatement.
  'restated-last-year.md': [
    ['statistics-incomplete', 'No figures for compliance with recommendations or satisfactory remedies; only complaints upheld is stated', '67', null],
    ['period-mismatch', 'The introduction quotes 1 April 2020 to 31 March 2021, but the complaints-upheld statistics quote 1 April 2021 to 31 March 2022', 'for the year ending 31 March 2021', null],
  ],
  // The neighbour's figures, under its own heading: never compared with the council's.
  'restated-neighbour.md': [
    ['statistics-incomplete', 'No figures for compliance with recommendations or satisfactory remedies; only complaints upheld is stated', '67', null],
  ],
};

describe('fixtures of test/fixtures/rules', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.length === 0 ? 'no finding' : expected.map((e) => e[0]).join(', ')}`, () => {
      const text = read(name);
      const found = reviewText(text).findings.map((f, i) => [f.code, f.message, at(text, f.span), expected[i]?.[3] === null ? null : f.related.map((r) => at(text, r.span))]);
      assert.deepEqual(found, expected);
    });
  }

  it('every fixture in the folder is listed here', () => {
    assert.deepEqual(readdirSync(DIR).sort(), Object.keys(EXPECTED).sort());
  });
});
