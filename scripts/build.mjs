// Bundles every entry point with esbuild. One bundle per target, as VS Code's own
// markdown-language-features does: Node extension host, browser (vscode.dev), webview, CLI.
// `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions[]} */
const targets = [
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The desktop entry: a few lines that load the browser bundle below from beside it (one copy of
    // the extension in the package) and hand it what only Node can do.
    entryPoints: ['src/extension/node.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', './browser/extension.js'],
  },
  {
    entryPoints: ['src/extension/browser.ts'],
    outfile: 'dist/browser/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  },
  {
    // The PDF reader (pdf.js with src/pdf), a bundle of its own that nothing loads until a PDF is read.
    // One file for every host: a Node worker thread (CLI, desktop VS Code) and a classic Web Worker script
    // (browser), so it imports nothing from Node. pdf.js's Node branch looks for an optional canvas package
    // from import.meta.url, which has no value in a classic script: it finds none and reads text all the same.
    entryPoints: ['src/pdf/worker.ts'],
    outfile: 'dist/pdf-reader.js',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'iife',
    target: 'es2022',
    define: { 'import.meta.url': 'undefined' },
  },
  {
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview/main.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  {
    entryPoints: ['src/webview/summary.ts'],
    outfile: 'dist/webview/summary.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

/**
 * `import { z } from 'zod'` keeps all of zod (≈ 450 KB minified, ~40 message locales included):
 * a namespace object defeats tree-shaking. Bundles get scripts/build/zod-subset.mjs instead, which
 * holds only the functions the project calls.
 */
const zodSubset = {
  name: 'zod-subset',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, (args) =>
      args.importer.includes('zod-subset') ? undefined : { path: new URL('./build/zod-subset.mjs', import.meta.url).pathname },
    );
  },
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const common = { plugins: [zodSubset], define: { LETTER_REVIEW_VERSION: JSON.stringify(pkg.version) }, bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none' };
// Every entry point must be there: a bundle left out would ship an extension without it.
const missing = targets.filter((t) => !existsSync(t.entryPoints[0]));
if (missing.length) {
  console.error(`build: FAILED: entry point${missing.length === 1 ? '' : 's'} not found: ${missing.map((t) => `${t.entryPoints[0]} (for ${t.outfile})`).join(', ')}`);
  process.exit(1);
}
if (watch) {
  for (const t of targets) await (await esbuild.context({ ...common, ...t })).watch();
} else {
  await Promise.all(targets.map((t) => esbuild.build({ ...common, ...t })));
}
