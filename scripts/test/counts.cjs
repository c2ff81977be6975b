// How test steps tell scripts/test.mjs what they ran. A step that runs tests adds
// {passed, failed, skipped} to the file named by LETTER_REVIEW_TEST_COUNTS (when set), so one step may
// report several parts (the integration suite, then the UI checks). CommonJS, so that the mocha
// reporter (mocha-reporter.cjs) can use it too.
const { existsSync, readFileSync, writeFileSync } = require('node:fs');

const COUNTS_ENV = 'LETTER_REVIEW_TEST_COUNTS';

function readCounts(file) {
  if (!file || !existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const c = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: c.passed ?? 0, failed: c.failed ?? 0, skipped: c.skipped ?? 0 };
}

function addCounts({ passed = 0, failed = 0, skipped = 0 }, file = process.env[COUNTS_ENV]) {
  if (!file) return;
  const c = readCounts(file);
  writeFileSync(file, JSON.stringify({ passed: c.passed + passed, failed: c.failed + failed, skipped: c.skipped + skipped }));
}

/** The run's last line: `N passed, N failed`, with `, N skipped` when some were. */
function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

/** CI=true (set by .ci/run) turns off everything that would run less than the whole suite. */
function underCI(env = process.env) {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

exports.COUNTS_ENV = COUNTS_ENV;
exports.readCounts = readCounts;
exports.addCounts = addCounts;
exports.summaryLine = summaryLine;
exports.underCI = underCI;
