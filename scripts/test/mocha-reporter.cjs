// mocha's spec reporter, which also adds the run's counts to the file named by
// LETTER_REVIEW_TEST_COUNTS (see counts.cjs), for the one summary line of `npm test`.
const { reporters, Runner } = require('mocha');
const { addCounts } = require('./counts.cjs');

class SpecWithCounts extends reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats;
      addCounts({ passed: s.passes, failed: s.failures, skipped: s.pending });
    });
  }
}

module.exports = SpecWithCounts;
