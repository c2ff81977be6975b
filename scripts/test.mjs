// The one test command (`npm test`, run by `npm install-ci-test` and .ci/run).
// First it installs what the tests need beyond npm (Debian chromium and libkrb5-dev, Node 24 and
// code-server, through scripts/vscode/install.mjs), so unit tests may use Chromium and code-server's
// files too. Then the steps run in order; the first failure stops the run with its exit code. Nothing
// is skipped: a step whose script, config or tool is missing fails the run.
// The last line sums the tests of every step: `N passed, N failed` (`, N skipped` when some were).
// Each test step adds its counts to a file named by LETTER_REVIEW_TEST_COUNTS (scripts/test/counts.cjs);
// a step that fails without counting a failed test counts as one failure itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import counts from './test/counts.cjs';
import { ensureVSCodeServer, MissingPrerequisite, ROOT } from './vscode/install.mjs';

const { COUNTS_ENV, readCounts, summaryLine, underCI } = counts;
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const REPORTER = ['--reporter', join(ROOT, 'scripts', 'test', 'mocha-reporter.cjs')];

const steps = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'], needs: ['tsconfig.json'] },
  { name: 'lint', cmd: bin('eslint'), args: ['.'], needs: ['eslint.config.mjs'] },
  { name: 'build', cmd: process.execPath, args: ['scripts/build.mjs'], needs: ['scripts/build.mjs'] },
  { name: 'unit + grammar tests', cmd: bin('mocha'), args: REPORTER, needs: ['.mocharc.json', 'scripts/test/mocha-reporter.cjs'] },
  {
    name: 'golden digest of 30,000 generated letters',
    cmd: bin('mocha'),
    args: ['--config', 'test/golden/digest.mocharc.json', ...REPORTER],
    needs: ['test/golden/digest.mocharc.json', 'test/golden/corpus-digest.json'],
  },
  { name: 'VS Code integration + UI checks', cmd: process.execPath, args: ['scripts/vscode/test.mjs'], needs: ['scripts/vscode/test.mjs'] },
];

const scratch = mkdtempSync(join(tmpdir(), 'letter-review-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const total = { passed: 0, failed: 0, skipped: 0 };

function stop(line, code = 1) {
  console.error(`\n=== ${line}`);
  if (total.failed === 0) total.failed = 1;
  console.log(`\n${summaryLine(total)}`);
  process.exit(code);
}

if (underCI()) console.log('=== CI is set: LETTER_REVIEW_TEST_GREP is ignored and `.only` fails the run');
else if (process.env.LETTER_REVIEW_TEST_GREP) console.log(`=== LETTER_REVIEW_TEST_GREP=${process.env.LETTER_REVIEW_TEST_GREP}: the integration tests it leaves out count as skipped`);

// Every step's command and files, before anything runs: a missing one fails the run, never skips a step.
const missing = steps.flatMap((s) => [s.cmd, ...s.needs.map((f) => join(ROOT, f))].filter((f) => !existsSync(f)).map((f) => `${s.name}: ${f}`));
if (missing.length) stop(`FAILED: missing, so steps cannot run:\n    ${missing.join('\n    ')}`);

console.log('\n=== prerequisites: Debian chromium and libkrb5-dev, Node 24 and code-server (scripts/vscode/install.mjs)');
try {
  const cs = ensureVSCodeServer();
  console.log(`=== prerequisites ready: code-server ${cs.version}, ${cs.chromium}`);
} catch (e) {
  stop(`prerequisites FAILED: ${e instanceof MissingPrerequisite ? 'cannot install what the tests need' : 'installing'}: ${e.message}`);
}

for (const [i, step] of steps.entries()) {
  const countsFile = join(scratch, `counts-${i}.json`);
  console.log(`\n=== ${step.name}: ${[step.cmd, ...step.args].join(' ')}`);
  const r = spawnSync(step.cmd, step.args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, [COUNTS_ENV]: countsFile } });
  const c = readCounts(countsFile);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
  if (r.status !== 0) stop(`${step.name} FAILED (exit ${r.status ?? r.signal ?? r.error?.message})`, r.status || 1);
}
if (total.failed > 0) stop('a step counted failed tests but exited 0');
console.log(`\n=== all test steps passed\n\n${summaryLine(total)}`);
