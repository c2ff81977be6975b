// The statement and heading patterns of every letter format are built with `new RegExp(string)`,
// which eslint-plugin-regexp cannot see in the source. Here the same rules that `npm run lint`
// enforces on literals run on each built pattern's source, so a new format cannot bring in a
// pattern that backtracks super-linearly on a hostile letter.
import * as assert from 'node:assert/strict';
import { Linter } from 'eslint';
import { FORMATS } from '../../src/core';
import { WRITTEN_DATE } from '../../src/core/dates';
import { COUNT, NUMBER, PERIOD_BETWEEN, writtenDate } from '../../src/core/formats/patterns';

const SAFETY_RULES = {
  'regexp/no-super-linear-backtracking': 'error',
  'regexp/no-super-linear-move': 'error',
  'regexp/no-misleading-capturing-group': 'error',
} as const;

const linter = new Linter({ configType: 'flat' });
/** eslint-plugin-regexp is an ES module: loaded with import() before the tests run. */
let regexp: typeof import('eslint-plugin-regexp', { with: { 'resolution-mode': 'import' } }).default;

/** The plugin's complaints about one pattern, as "rule: message" lines. */
function problems(pattern: RegExp): string[] {
  // `source` is always valid between slashes (RegExp escapes "/" in it).
  const code = `export const pattern = /${pattern.source}/${pattern.flags};\n`;
  const messages = linter.verify(code, [{ plugins: { regexp }, rules: SAFETY_RULES }]);
  return messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

function named(): { name: string; pattern: RegExp }[] {
  const out: { name: string; pattern: RegExp }[] = [];
  for (const format of FORMATS) {
    for (const s of format.statements) out.push({ name: `${format.name} statement ${s.name}`, pattern: s.pattern });
    format.headings.forEach((h, i) => out.push({ name: `${format.name} heading #${i} ${h.pattern.source}`, pattern: h.pattern }));
  }
  // The shared pieces on their own, with the flags statements use, and the structure reader's date line.
  for (const [name, source] of Object.entries({ NUMBER, COUNT, PERIOD_BETWEEN, writtenDate: writtenDate('x') })) {
    out.push({ name: `patterns.${name}`, pattern: new RegExp(source, 'dgi') });
  }
  out.push({ name: 'dates WRITTEN_DATE line', pattern: new RegExp(`^${WRITTEN_DATE}$`, 'i') });
  return out;
}

describe('regular expressions built at run time are linear (eslint-plugin-regexp on each source)', function () {
  this.timeout(20_000);
  before(async function () {
    this.timeout(60_000); // loading ESLint's plugin is slow on a busy machine
    regexp = (await import('eslint-plugin-regexp')).default;
  });

  it('the check itself catches a super-linear pattern and passes a linear one', () => {
    // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-misleading-capturing-group -- the bad example
    assert.ok(problems(/(a+)+$/).some((p) => p.startsWith('regexp/no-super-linear-backtracking')), 'nested quantifier not reported');
    assert.ok(problems(/\s*:$/).some((p) => p.startsWith('regexp/no-super-linear-move')), 'quadratic move not reported');
    assert.deepEqual(problems(/(?<!\s)\s*:$/), []);
  });

  const patterns = named();
  it('finds the formats’ patterns to check', () => {
    assert.ok(FORMATS.length > 0);
    assert.ok(patterns.length >= FORMATS.reduce((n, f) => n + f.statements.length + f.headings.length, 0));
  });

  for (const { name, pattern } of patterns) {
    it(name, () => {
      assert.deepEqual(problems(pattern), [], `${pattern}`);
    });
  }
});
