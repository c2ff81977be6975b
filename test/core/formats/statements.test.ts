// Every format's statements: keywords that make the pre-filter sound, and the flags the reader needs.
// (That reading stays linear on hostile text built from the new forms' own words is measured by
// `npm run bench`, bench/adversarial.ts: timings are not asserted in unit tests.)
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FORMATS, parseLetter } from '../../../src/core';
import type { LetterFormat } from '../../../src/core/formats/types';
import { flatten } from '../../../src/core/text/flatten';
import { FORMAT_FIXTURES, SAMPLES } from './helpers';

const texts = (): [string, string][] => [
  ...readdirSync(FORMAT_FIXTURES).map((f): [string, string] => [f, readFileSync(path.join(FORMAT_FIXTURES, f), 'utf8')]),
  ...readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f, readFileSync(path.join(SAMPLES, f), 'utf8')]),
];

describe('formats: statements', () => {
  it('each year\'s form is its own format, with unique statement names, lower-case keywords and flags g, i, d', () => {
    assert.deepEqual(FORMATS.map((f) => f.name), ['2020', 'tables-2018-19', 'statistics-page', '2022-23', '2024-25', 'quoted']);
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
});
