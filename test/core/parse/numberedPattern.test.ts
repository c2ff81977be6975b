// The numbered twin of a statement's pattern must match exactly what the pattern matches, with the
// same group spans under the same names.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { FORMATS } from '../../../src/core/formats';
import { searchPatternOf } from '../../../src/core/parse/numberedPattern';

/** Every match as text: its place, and each named group's span. */
function readings(pattern: RegExp, text: string, names: (string | null)[]): string[] {
  const out: string[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('d') ? pattern.flags : `${pattern.flags}d`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const groups: string[] = [];
    if (names.length > 0) {
      names.forEach((name, k) => {
        const r = m!.indices?.[k];
        if (name && r) groups.push(`${name}=${r[0]}-${r[1]}`);
      });
    } else {
      for (const [name, r] of Object.entries(m.indices?.groups ?? {})) if (r) groups.push(`${name}=${r[0]}-${r[1]}`);
    }
    out.push(`${m.index}:${m[0]}|${groups.sort().join(',')}`);
  }
  return out;
}

const statements = FORMATS.flatMap((f) => f.statements);
/**
 * A copy of a statement's pattern: searchPatternOf keeps each pattern's twin, so a copy made in the
 * test builds it again, in this test (as mutation testing needs, whose one process keeps the cache).
 */
const copyOf = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags);
const fixtures = path.join(__dirname, '..', '..', 'fixtures');
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
/** The fixtures as the statements see them: white space folded (dress is no matter here). */
const texts = files(fixtures).map((f) => readFileSync(f, 'utf8').replace(/\s+/g, ' '));

describe('searchPatternOf', () => {
  it('gives every statement a twin with numbered groups named as the pattern names them', () => {
    for (const s of statements) {
      const { pattern, names } = searchPatternOf(copyOf(s.pattern));
      const named = [...s.pattern.source.matchAll(/\(\?<([a-zA-Z]\w*)>/g)].map((m) => m[1]);
      assert.deepEqual(names.filter((n) => n !== null), named, s.name);
      assert.ok(!pattern.source.includes('(?<' + (named[0] ?? '\u0000')), `${s.name}: still named`);
      // Without named groups no indices are needed.
      assert.equal(pattern.hasIndices, named.length > 0, s.name);
    }
  });

  it('finds the same matches and group spans as each statement pattern on the fixtures', () => {
    let matches = 0;
    for (const s of statements) {
      const { pattern, names } = searchPatternOf(copyOf(s.pattern));
      for (const text of texts) {
        const expected = readings(s.pattern, text, []);
        matches += expected.length;
        assert.deepEqual(readings(pattern, text, names), expected, s.name);
      }
    }
    assert.ok(matches > 100, `only ${matches} matches: the fixtures no longer exercise the statements`);
  });

  it('agrees on generated sentences made of the statements\' words and numbers', () => {
    const words = ['based on a total of', '1', '12', '1,234', '3.4', '%', 'n/a', 'upheld', 'decisions', 'detailed investigation', 'for the period between', '1 April 2019', 'to', '31 March 2020', 'complaints we investigated were upheld', 'of cases we were satisfied the authority had successfully implemented', 'per 100,000 residents', 'compares to an average of', 'we investigated', 'complaints and upheld', 'Between', 'glossary', 'annual statistics 2024'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (parts) => {
      const text = parts.join(' ');
      for (const s of statements) {
        const { pattern, names } = searchPatternOf(s.pattern);
        assert.deepEqual(readings(pattern, text, names), readings(s.pattern, text, []), s.name);
      }
    }), { numRuns: 500 });
  });

  it('keeps patterns a twin could change: subclasses, named back-references, the v flag', () => {
    class Own extends RegExp {}
    const own = new Own('(?<a>x)', 'gid');
    assert.equal(searchPatternOf(own).pattern, own);
    const backReference = /(?<a>x)\k<a>/gid;
    assert.equal(searchPatternOf(backReference).pattern, backReference);
    assert.deepEqual(searchPatternOf(backReference).names, []);
    // Built at run time: the project's TypeScript target predates the v flag.
    // eslint-disable-next-line prefer-regex-literals
    const vFlag = new RegExp('(?<a>[\\w--y])', 'dgv');
    assert.equal(searchPatternOf(vFlag).pattern, vFlag);
  });

  it('counts unnamed groups, classes with parentheses and escaped parentheses as the engine does', () => {
    // The non-capturing group and the look-behind are there to be counted (as no groups).
    // eslint-disable-next-line regexp/no-useless-non-capturing-group, regexp/no-useless-assertions
    const { pattern, names } = searchPatternOf(/(a)[(?<x>]\((?<b>c)(?:d)(?<!e)(?<c>f)/gid);
    assert.deepEqual(names, [null, null, 'b', 'c']);
    const m = pattern.exec('za((cdf')!;
    assert.ok(m);
    assert.deepEqual(m.indices?.[2], [4, 5]);
  });

  it('copies a class whole, an escaped bracket and a group inside it too, and takes no look-behind for a name', () => {
    // eslint-disable-next-line regexp/no-useless-assertions
    const { pattern, names } = searchPatternOf(/(?<a>x)(?<=x)[b\](?<y>]+(?<c>z)/gid);
    assert.deepEqual(names, [null, 'a', 'c']);
    const m = pattern.exec('x](z')!;
    assert.ok(m);
    assert.deepEqual([m.indices?.[1], m.indices?.[2]], [[0, 1], [3, 4]]);
  });
});

