// `npm run mutate`: StrykerJS mutates src/core and runs the core's unit tests against each mutant
// (stryker.config.json), then this script scores the two parts the project holds to different bars:
// the checks (src/core/checks, src/core/crossChecks) at 90%, the rest of src/core at 80%. It exits 1
// when either is below its bar. Stryker's sandbox and reports go to the system's temporary folder, never
// into the checkout. Extra arguments go to Stryker (e.g. `npm run mutate -- --mutate 'src/core/checks/**'`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'letter-review-mutate-'));
const report = join(work, 'mutation.json');

const BARS = [
  { name: 'checks (src/core/checks, src/core/crossChecks)', bar: 90, holds: (f) => /^src\/core\/(?:checks|crossChecks)\//.test(f) },
  { name: 'the rest of src/core', bar: 80, holds: (f) => !/^src\/core\/(?:checks|crossChecks)\//.test(f) },
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
  const counted = mutants.filter((m) => ['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(m.status));
  const killed = counted.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  return { killed, counted: counted.length, percent: counted.length ? (100 * killed) / counted.length : 100 };
}

const files = JSON.parse(readFileSync(report, 'utf8')).files;
let failed = false;
console.log('');
for (const part of BARS) {
  const mutants = Object.entries(files).flatMap(([file, f]) => (part.holds(relative(ROOT, join(ROOT, file)).replaceAll('\\', '/')) ? f.mutants : []));
  if (!mutants.length) continue;
  const s = score(mutants);
  const ok = s.percent >= part.bar;
  failed ||= !ok;
  console.log(`mutation score, ${part.name}: ${s.percent.toFixed(1)}% (${s.killed} of ${s.counted} mutants killed; bar ${part.bar}%) ${ok ? 'ok' : 'BELOW THE BAR'}`);
}
console.log(`report: ${join(work, 'mutation.html')}`);
process.exit(failed ? 1 : 0);
