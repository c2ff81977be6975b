// Every format's statements: keywords that make the pre-filter sound, the flags the reader needs,
// and reading that stays fast on hostile text built from the new forms' own words.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FORMATS, parseLetter } from '../../../src/core';
import type { LetterFormat } from '../../../src/core/formats/types';
import { flatten } from '../../../src/core/text/flatten';
import { FORMAT_FIXTURES, SAMPLES } from './helpers';
import { assertLinearTime } from '../support/linearTime';

const texts = (): [string, string][] => [
  ...readdirSync(FORMAT_FIXTURES).map((f): [string, string] => [f, readFileSync(path.join(FORMAT_FIXTURES, f), 'utf8')]),
  ...readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f, readFileSync(path.join(SAMPLES, f), 'utf8')]),
];

describe('formats: statements', () => {
  it('each year\'s form is its own format, with unique statement names, lower-case keywords and flags g, i, d', () => {
    assert.deepEqual(FORMATS.map((f) => f.name), ['2020', 'tables-2018-19', 'statistics-page', '2022-23', '2024-25']);
    for (const format of FORMATS) {
      const names = format.statements.map((s) => s.name);
      assert.equal(new Set(names).size, names.length, `${format.name}: duplicate statement names`);
      for (const s of format.statements) {
        assert.ok(s.keyword.length > 0 && s.keyword === s.keyword.toLowerCase(), `${s.name}: keyword`);
        for (const flag of 'gid') assert.ok(s.pattern.flags.includes(flag), `${s.name}: flag ${flag}`);
      }
    }
  });

  it('every match on every fixture and sample contains its statement\'s keyword (so skipping absent keywords loses nothing)', () => {
    let matches = 0;
    for (const [name, text] of texts()) {
      const { flat } = flatten(text);
      for (const format of FORMATS) {
        for (const s of format.statements) {
          for (const m of flat.matchAll(s.pattern)) {
            matches++;
            assert.ok(m[0].toLowerCase().includes(s.keyword), `${name}: ${format.name}/${s.name} matched "${m[0]}" without "${s.keyword}"`);
          }
        }
      }
    }
    assert.ok(matches > 100, `only ${matches} matches: the fixtures no longer exercise the statements`);
  });

  it('a statement whose keyword is absent is never run', () => {
    class Trap extends RegExp {
      override exec(): RegExpExecArray | null {
        throw new Error('run');
      }
    }
    const trap: LetterFormat = {
      name: 'trap', description: 'throws when run', headings: [],
      statements: [{ name: 'trap', keyword: 'zebra crossing', pattern: new Trap('zebra crossing', 'gid'), read: () => [] }],
    };
    assert.doesNotThrow(() => parseLetter('80% of complaints we investigated were upheld.', { formats: [trap] }));
    assert.throws(() => parseLetter('a zebra crossing', { formats: [trap] }), /run/);
  });

  describe('hostile text made of the new forms\' words reads in linear time', () => {
    const cases: Record<string, (n: number) => string> = {
      'a table header with no end': (n) => 'Decisions made Upheld Not upheld Advice given '.repeat(n / 46),
      'table titles over long label rows': (n) => ('Complaints and enquiries received ' + 'Housing Other '.repeat(100) + '\n').repeat(n / 1434),
      'captions on lines of their own': (n) => '80% complaints upheld by\n'.repeat(n / 25),
      'captions with long names': (n) => ('80% Complaints upheld by ' + 'Poole '.repeat(50) + '\n').repeat(n / 326),
      'council headings': (n) => 'Poole Borough Council Annual statistics\n'.repeat(n / 40),
      'glossary headings': (n) => 'Glossary\n'.repeat(n / 9),
      'rates with no end': (n) => '3.4 upheld decisions per '.repeat(n / 25),
      'overview sentences': (n) => 'we dealt with 5 complaints. Of these, 1 were not for us or not ready for us to investigate. '.repeat(n / 95),
      'periods with no end': (n) => 'Between 1 April 2024 to '.repeat(n / 24),
    };
    for (const [name, make] of Object.entries(cases)) {
      it(name, function () {
        this.timeout(60_000);
        assertLinearTime(name, make);
      });
    }
  });
});
