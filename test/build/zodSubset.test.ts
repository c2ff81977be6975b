// The bundles replace `import { z } from 'zod'` with scripts/build/zod-subset.mjs, which holds only
// the zod functions the project calls. This keeps that list honest: every runtime `z.<name>` in src/
// must be in the subset, or the bundled extension would fail where type-checking passed; and the
// project's schemas bundled with the subset must accept and reject what they do with zod itself.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import * as core from '../../src/core';
import * as protocol from '../../src/shared/panelProtocol';
import { buildPanelViewModel } from '../../src/shared/panelViewModel';

const ROOT = path.join(__dirname, '..', '..');
/** Names used only as types (erased at run time). */
const TYPE_ONLY = new Set(['infer', 'input', 'output', 'ZodType', 'ZodError', 'ZodTypeAny', 'ZodSchema']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('bundled zod subset', () => {
  it('holds every z.<name> the sources call', async () => {
    const { Z_SUBSET } = (await import(path.join(ROOT, 'scripts', 'build', 'zod-subset.mjs'))) as { Z_SUBSET: string[] };
    const used = new Set<string>();
    for (const file of sources(path.join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bz\.([A-Za-z]+)\b/g)) if (!TYPE_ONLY.has(m[1]!)) used.add(m[1]!);
    }
    assert.ok(used.has('object'), 'the scan found the schemas');
    const missing = [...used].filter((name) => !Z_SUBSET.includes(name));
    assert.deepEqual(missing, [], `add these to scripts/build/zod-subset.mjs: ${missing.join(', ')}`);
  });

  it('gives the same validation as zod itself: the project\'s schemas, bundled with the subset, accept and reject exactly what they do with zod', async function () {
    this.timeout(60_000);
    const subset = await bundledWithSubset();
    const full = { ...core, ...protocol } as unknown as Record<string, ZodLike>;
    // Valid values of every boundary schema, from the real letters; then each mutated at every leaf.
    const values: [string, unknown][] = [];
    for (const name of readdirSync(LETTERS).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(path.join(LETTERS, name), 'utf8');
      const { letter, findings } = core.reviewText(text);
      const lines = new core.LineIndex(text);
      values.push(['LetterSchema', letter], ['FindingSchema', findings[0] ?? { code: 'x', severity: 'hint', message: '', span: { start: 0, end: 0 }, related: [], fix: null }]);
      values.push(['CliJsonSchema', [{ file: name, letter: core.summarizeLetter(letter), findings: findings.map((f) => core.findingToJson(f, lines)) }]]);
      values.push(['ExtensionToWebviewSchema', { type: 'update', documentUri: `file:///${name}`, documentVersion: 1, locked: false, model: buildPanelViewModel({ letter, findings, text, fileName: name }) }]);
    }
    values.push(
      ['RulesConfigSchema', { 'plural-mismatch': 'off', 'figure-missing': 'error' }],
      ['WebviewToExtensionSchema', { type: 'reveal', span: { start: 1, end: 4 } }],
      ['WebviewToExtensionSchema', { type: 'export', action: 'saveCsv' }],
      ['WebviewToExtensionSchema', { type: 'rendered', documentUri: null, documentVersion: 2, council: 'Rochford', figures: ['100%'], foreignElements: 0 }],
      ['PanelStateSchema', { documentUri: 'file:///x.txt', locked: true }],
    );
    let compared = 0;
    let rejected = 0;
    for (const [schema, valid] of values) {
      assert.ok(full[schema] && subset[schema], `${schema} is not exported on both sides`);
      assert.equal(full[schema].safeParse(valid).success, true, `${schema}: the valid value is rejected by zod itself`);
      for (const [where, value] of mutations(valid)) {
        const a = outcome(full[schema], value);
        const b = outcome(subset[schema], value);
        assert.deepEqual(b, a, `${schema} at ${where}: the subset (bundled) and zod disagree`);
        compared++;
        if (!a.success) rejected++;
      }
    }
    // The comparison means something only if many values were rejected, and some accepted.
    assert.ok(compared > 2000 && rejected > 1000 && rejected < compared, `compared ${compared}, rejected ${rejected}`);
  });
});

interface ZodLike {
  safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { code: string; path: PropertyKey[]; message: string }[] } };
}

const LETTERS = path.join(ROOT, 'test', 'fixtures', 'letters');

/** What a schema says about a value: accepted (with the parsed data) or rejected (with its issues). */
function outcome(schema: ZodLike, value: unknown): { success: boolean; data?: unknown; issues?: unknown } {
  const r = schema.safeParse(value);
  return r.success ? { success: true, data: r.data } : { success: false, issues: r.error!.issues.map((i) => ({ code: i.code, path: i.path.map(String), message: i.message })) };
}

/** The value changed at one place each: every leaf replaced by values of other kinds, every key removed, one key added. */
function* mutations(value: unknown, where = '$'): Generator<[string, unknown]> {
  const odd: unknown[] = [null, 'x', -1, 1.5, true, [], {}, 'nonsense-code'];
  if (value === null || typeof value !== 'object') {
    for (const v of odd) if (v !== value) yield [`${where} = ${JSON.stringify(v)}`, v];
    return;
  }
  const entries = Object.entries(value);
  if (!Array.isArray(value)) yield [`${where} + extra`, { ...value, extra: 1 }];
  for (const [k, child] of entries) {
    if (!Array.isArray(value)) {
      const { [k]: _removed, ...rest } = value as Record<string, unknown>;
      yield [`${where}.${k} removed`, rest];
    }
    for (const [w, v] of mutations(child, `${where}.${k}`)) {
      yield [w, Array.isArray(value) ? value.map((c, i) => (String(i) === k ? v : c)) : { ...value, [k]: v }];
    }
  }
}

/** src/core and the panel protocol bundled as the extension is: `zod` resolved to the subset. */
async function bundledWithSubset(): Promise<Record<string, ZodLike>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'letter-review-zod-'));
  try {
    const entry = path.join(dir, 'entry.ts');
    const src = (p: string): string => JSON.stringify(path.join(ROOT, p));
    writeFileSync(entry, `export * from ${src('src/core')};\nexport * from ${src('src/shared/panelProtocol')};\n`);
    const subsetFile = path.join(ROOT, 'scripts', 'build', 'zod-subset.mjs');
    const outfile = path.join(dir, 'bundle.cjs');
    await esbuild.build({
      entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error',
      plugins: [{ name: 'zod-subset', setup(build) { build.onResolve({ filter: /^zod$/ }, (args) => (args.importer === subsetFile ? undefined : { path: subsetFile })); } }],
    });
    const bundle = readFileSync(outfile, 'utf8');
    assert.ok(bundle.includes('Z_SUBSET'), 'the bundle does not use the subset');
    const m = { exports: {} as Record<string, ZodLike> };
    new Function('module', 'exports', 'require', bundle)(m, m.exports, require);
    return m.exports;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
