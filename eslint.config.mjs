// ESLint over the whole tree: typescript-eslint's recommended rules, and eslint-plugin-regexp so
// that no regular-expression literal can backtrack super-linearly on a hostile letter.
// Patterns built with `new RegExp(string)` (src/core/formats) are invisible to the plugin; the same
// rules are run on their sources by test/core/regexSafety.test.ts.
import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

/** Globals the plain .mjs scripts use (TypeScript files are checked by tsc, which knows its own). */
const runtimeGlobals = Object.fromEntries(
  [
    'process', 'console', 'AbortSignal', 'Buffer', 'URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder', 'AbortController',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask',
    'structuredClone', 'fetch', 'performance', 'globalThis', '__dirname', '__filename', 'require', 'module',
    // browser globals used inside Playwright's page.evaluate callbacks
    'window', 'document', 'navigator', 'getComputedStyle', 'HTMLElement', 'Element', 'Node', 'MutationObserver',
  ].map((name) => [name, 'readonly']),
);

export const regexpSafetyRules = {
  // Linear time on any input is a guarantee (docs/guarantees.md): errors, never warnings.
  'regexp/no-super-linear-backtracking': 'error',
  'regexp/no-super-linear-move': 'error',
  'regexp/no-misleading-capturing-group': 'error',
};

/**
 * The layers of src/, enforced: core (the engine) and service (the letter service) and shared (what
 * both sides of the panel share) run in Node, the browser and the webview alike, so they import neither
 * vscode nor any Node module; each layer imports only the layers below it:
 *   core ← service ← extension, cli;   core ← shared ← extension, webview;   core ← pdf ← cli.
 */
const HOST_MODULES = {
  paths: [
    { name: 'vscode', message: 'Only src/extension may import vscode: this layer runs outside VS Code too.' },
    ...builtinModules.map((name) => ({ name, message: 'No Node module here: this layer runs in the browser too.' })),
  ],
  patterns: [{ group: ['node:*'], message: 'No Node module here: this layer runs in the browser too.' }],
};
const layer = (files, forbidden, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: HOST_MODULES.paths,
        patterns: [...HOST_MODULES.patterns, ...forbidden.map((dir) => ({ group: [`**/${dir}`, `**/${dir}/**`], message: `${files[0].split('/')[1]} may not import from src/${dir}: layers import only the layers below them.` }))],
      },
    ],
  },
});

export default defineConfig(
  globalIgnores(['dist/', 'out/', 'node_modules/', '.vscode-test/', 'test-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: runtimeGlobals },
    rules: {
      ...regexpSafetyRules,
      // Pure style, off: flag order ('gid' vs 'dgi') and `(?:u|b|em|…)` tag lists, which read better
      // as the tag names they match than as `(?:[bipu]|em|…)`.
      'regexp/sort-flags': 'off',
      'regexp/prefer-character-class': 'off',
      // Also style: `[A-Za-z0-9_]` spelled out in a nonce check reads as what it accepts.
      'regexp/prefer-w': 'off',
      'regexp/use-ignore-case': 'off',
      // `let x; … () => x …; x = …` is how two objects that call each other are wired up.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // `_name` marks a parameter kept for its position (a rule's `check(context)`, callbacks).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  layer(['src/core/**'], ['service', 'shared', 'extension', 'cli', 'webview']),
  layer(['src/service/**'], ['shared', 'extension', 'cli', 'webview']),
  layer(['src/shared/**'], ['service', 'extension', 'cli', 'webview']),
  // The PDF reader runs in a worker in Node and in the browser; only its Node starter may use Node.
  layer(['src/pdf/**'], ['service', 'shared', 'extension', 'cli', 'webview'], ['src/pdf/nodeWorker.ts']),
  // The webview imports only src/shared (and its own files): no engine, no host.
  layer(['src/webview/**'], ['core', 'service', 'extension', 'cli']),
  {
    // CommonJS where a tool require()s the file: mocha's reporter, and the code that shares it.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...runtimeGlobals, exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests may use comma sequences in tiny hand-written parsers; unused expressions are not a risk there.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
