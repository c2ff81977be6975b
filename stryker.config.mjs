// StrykerJS on src/core, run by `npm run mutate` (scripts/mutate.mjs), which scores the result.
// - The core's own unit tests and the golden outputs (test/mutate/mocharc.json), loaded through tsx as
//   in `npm test`. The golden test compares every sample's and fixture's letter model, every span, and
//   the generated corpus's reports: the parser's exact output, so it is in the sandbox with its inputs
//   (bench/corpus.ts generates part of the corpus).
// - perTest coverage: Stryker's mocha runner names the running test in a root beforeEach, and runs
//   each mutant only against the tests that reached it, in one test process. Code run while a test
//   file loads (in a describe() body) counts for no test, and code run in a before() counts for the
//   test that ran last; such a mutant costs a fresh process. So the unit tests of test/core review
//   letters inside it() or beforeEach(), never in describe() bodies or before().
// - ignoreStatic: a mutant in module-level code (a rule's metadata, a pattern built once) can only be
//   tested by reloading every test file. Such mutants are left out of the score, and README says so.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = process.env.LETTER_REVIEW_MUTATION_REPORT ?? join(tmpdir(), 'letter-review-mutation.json');

export default {
  testRunner: 'mocha',
  mochaOptions: { config: 'test/mutate/mocharc.json' },
  testRunnerNodeArgs: ['--require', 'tsx/cjs'],
  mutate: ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  checkers: [],
  timeoutMS: 20000,
  reporters: ['progress', 'clear-text', 'json'],
  jsonReporter: { fileName: out },
  htmlReporter: { fileName: process.env.LETTER_REVIEW_MUTATION_HTML ?? join(tmpdir(), 'letter-review-mutation.html') },
  ignorePatterns: ['dist', 'out', '.vscode-test', 'test-results', '.bench'],
};
