// What `npm run generate` writes from the rules' own files must be what is checked in: the settings
// schema of letterReview.rules and letterReview.ignore in package.json, the rules' strings in
// package.nls.json, and the table and sections of docs/rules.md.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, RULES } from '../../src/core';
import { DOCS_MARKER, generatedFiles, packageJson, packageNls, rulesDoc } from '../../scripts/generate';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

describe('generated from the rules', () => {
  for (const { file, content } of generatedFiles()) {
    it(`${file} is as npm run generate writes it`, () => {
      // Compared line by line first, so a failure shows where the files part.
      const actual = read(file).split('\n');
      const expected = content.split('\n');
      const at = expected.findIndex((line, i) => line !== actual[i]);
      assert.ok(at < 0 && actual.length === expected.length, `${file} differs from what the rules say at line ${at + 1}: run npm run generate`);
    });
  }

  it('writes one setting, one string and one section per rule, and drops a removed rule\'s string', () => {
    const pkg = JSON.parse(packageJson(read('package.json')));
    const properties = pkg.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties['letterReview.rules'].properties), ALL_RULES.map((r) => r.meta.code));
    assert.deepEqual(properties['letterReview.ignore'].additionalProperties.items.enum, ALL_RULES.map((r) => r.meta.code));
    // A string for a rule that no longer exists is dropped.
    const stale = JSON.stringify({ ...JSON.parse(read('package.nls.json')), 'letterReview.configuration.rules.gone-rule': 'Gone.' });
    assert.equal(packageNls(stale), read('package.nls.json'));
    const doc = rulesDoc(read('docs/rules.md'));
    assert.equal(doc.slice(doc.indexOf(DOCS_MARKER)).split(/^## /m).length - 1, ALL_RULES.length);
  });

  it('keeps every rule in a file named by its code, and lists every rule file', () => {
    const helpers = new Set(['index.ts', 'types.ts', 'format.ts', 'areas.ts', 'restated.ts']);
    const files = readdirSync(path.join(ROOT, 'src', 'core', 'checks')).filter((f) => !helpers.has(f));
    assert.deepEqual(files.sort(), RULES.map((r) => `${r.meta.code}.ts`).sort());
  });
});
