// `npm run mutate`: StrykerJS mutates src/core and runs the core's unit tests against each mutant
// (stryker.config.mjs), then this script scores the parts the project holds to different bars:
// src/core/checks and src/core/crossChecks at 90% each, the rest of src/core at 80%. It exits 1 when a
// part is below its bar. Stryker's sandbox and reports go to the system's temporary folder, never into
// the checkout. Extra arguments go to Stryker (e.g. `npm run mutate -- --mutate 'src/core/checks/**'`;
// several globs go in one comma-separated --mutate, since a second --mutate replaces the first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'letter-review-mutate-'));
const report = join(work, 'mutation.json');

const CHECKS = /^src\/core\/(?:checks|crossChecks)\//;
const PARTS = [
  { name: 'src/core/checks', bar: 90, holds: (f) => f.startsWith('src/core/checks/') },
  { name: 'src/core/crossChecks', bar: 90, holds: (f) => f.startsWith('src/core/crossChecks/') },
  { name: 'the rest of src/core', bar: 80, holds: (f) => !CHECKS.test(f) },
];

const stryker = join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const run = spawnSync(
  process.execPath,
  [stryker, 'run', 'stryker.config.mjs', '--tempDirName', join(work, 'sandbox'), '--reporters', 'progress,clear-text,json,html', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, LETTER_REVIEW_MUTATION_REPORT: report, LETTER_REVIEW_MUTATION_HTML: join(work, 'mutation.html') } },
);
if (run.status !== 0) {
  console.error(`\nmutate: Stryker failed (exit ${run.status ?? run.signal})`);
  process.exit(run.status || 1);
}

/** Killed (or timed out) among the mutants a test could have killed; ignored (static) mutants are not counted. */
function score(mutants) {
  const count = (status) => mutants.filter((m) => m.status === status).length;
  const c = { killed: count('Killed'), timeout: count('Timeout'), survived: count('Survived'), noCoverage: count('NoCoverage'), ignored: count('Ignored') };
  const counted = c.killed + c.timeout + c.survived + c.noCoverage;
  return { ...c, counted, percent: counted ? (100 * (c.killed + c.timeout)) / counted : 100 };
}

const files = JSON.parse(readFileSync(report, 'utf8')).files;
const all = Object.entries(files).flatMap(([file, f]) => f.mutants.map((m) => ({ ...m, file: relative(ROOT, join(ROOT, file)).replaceAll('\\', '/') })));
let failed = false;
console.log('');
for (const part of PARTS) {
  const mutants = all.filter((m) => part.holds(m.file));
  if (!mutants.length) continue;
  const s = score(mutants);
  const ok = s.percent >= part.bar;
  failed ||= !ok;
  console.log(
    `mutation score, ${part.name}: ${s.percent.toFixed(1)}% (${s.killed + s.timeout} of ${s.counted} killed: ${s.killed} by a failing test, ${s.timeout} by a timeout;` +
      ` ${s.survived} survived, ${s.noCoverage} reached by no test; ${s.ignored} static left out; bar ${part.bar}%) ${ok ? 'ok' : 'BELOW THE BAR'}`,
  );
}
// A mutant reached both while the test files load and by tests costs a fresh test process each.
const hybrid = all.filter((m) => m.static && m.coveredBy?.length).length;
if (hybrid) console.log(`${hybrid} mutants were also reached while the test files loaded: review letters inside it() or beforeEach() (stryker.config.mjs says why)`);
console.log(`report: ${join(work, 'mutation.html')}`);
process.exit(failed ? 1 : 0);
