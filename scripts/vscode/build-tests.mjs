// Bundles the VS Code integration suite: test/integration/index.ts and every test/integration/*.test.ts
// into out/test/integration/*.js (node, cjs; `vscode`, `mocha` and `pdfkit` stay external and resolve at run time,
// mocha and pdfkit from the repo's node_modules). Bundling lets tests import src/core/... like the extension does.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const OUT_DIR = join(ROOT, 'out', 'test', 'integration');

export async function buildIntegrationTests() {
  const src = join(ROOT, 'test', 'integration');
  const entryPoints = readdirSync(src)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => join(src, f));
  rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    // pdfkit (test PDFs) reads its font metrics from its own folder at run time, so it is not bundled either.
    external: ['vscode', 'mocha', 'pdfkit'],
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  return { outDir: OUT_DIR, entries: entryPoints.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { entries } = await buildIntegrationTests();
  console.log(`built ${entries} integration ${entries === 1 ? 'entry point' : 'entry points'} into ${OUT_DIR}`);
}
