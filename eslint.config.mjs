// ESLint over the whole tree: typescript-eslint's recommended rules, and eslint-plugin-regexp so
// that no regular-expression literal can backtrack super-linearly on a hostile letter.
// Patterns built with `new RegExp(string)` (src/core/formats) are invisible to the plugin; the same
// rules are run on their sources by test/core/regexSafety.test.ts.
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
