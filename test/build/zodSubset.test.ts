// The bundles replace `import { z } from 'zod'` with scripts/build/zod-subset.mjs, which holds only
// the zod functions the project calls. This keeps that list honest: every runtime `z.<name>` in src/
// must be in the subset, or the bundled extension would fail where type-checking passed.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

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

  it('gives the same validation as zod itself', async () => {
    const { z } = (await import(path.join(ROOT, 'scripts', 'build', 'zod-subset.mjs'))) as { z: typeof import('zod').z };
    const schema = z.object({ a: z.number().int(), b: z.enum(['x', 'y']) });
    assert.equal(schema.safeParse({ a: 1, b: 'x' }).success, true);
    const bad = schema.safeParse({ a: 1.5, b: 'z' });
    assert.equal(bad.success, false);
    assert.match(bad.error!.issues[0]!.message, /integer|Invalid/i);
  });
});
