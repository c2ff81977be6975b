// Every quick fix the checks offer, applied as an editor would, gives a letter whose finding is gone
// and that gains no new finding.
import * as assert from 'node:assert/strict';
import { reviewText } from '../../../src/core';
import { applyFix, rochford } from '../support/letters';

const FAULTY: Record<string, string> = {
  'upheld 67% of 1 in 3': rochford({ upheldPercent: '67', upheldDecisions: '1', investigations: '3' }),
  'upheld 11% of 1 in 8': rochford({ upheldPercent: '11', upheldDecisions: '1', investigations: '8' }),
  'remedy 50% of 1 in 3 upheld': rochford({ upheldPercent: '38', upheldDecisions: '3', investigations: '8', remedyPercent: '50', remedyDecisions: '1', remedyBase: '3' }),
  'upheld 50% of 0 investigations': rochford({ upheldPercent: '50', upheldDecisions: '0', investigations: '0', remedyBase: '0' }),
  'remedy 25% of 0 upheld': rochford({ upheldPercent: '0', upheldDecisions: '0', investigations: '4', remedyPercent: '25', remedyBase: '0' }),
  'compliance 100% of 0': rochford({ compliancePercent: '100', outcomes: '0' }),
  'remedy base 3 against 2 upheld': rochford({ upheldPercent: '25', upheldDecisions: '2', investigations: '8', remedyBase: '3' }),
  'compliance 66% of 3': rochford({ compliancePercent: '66', outcomes: '3' }),
  'compliance 14% of 8': rochford({ compliancePercent: '14', outcomes: '8' }),
  '"1 upheld decisions"': rochford({}, { upheldDecisions: 'upheld decisions' }),
  '"0 satisfactory remedy decision"': rochford({}, { remedyDecisions: 'satisfactory remedy decision' }),
};

describe('quick fixes', () => {
  for (const [name, text] of Object.entries(FAULTY)) {
    it(`${name}: the fix clears the finding and adds none`, () => {
      const before = reviewText(text).findings;
      const withFix = before.filter((f) => f.fix);
      assert.equal(withFix.length, 1, `one fixable finding, got ${before.map((f) => f.code).join(', ')}`);
      const finding = withFix[0]!;
      const fixed = applyFix(text, finding);
      const after = reviewText(fixed).findings;
      assert.deepEqual(after.map((f) => `${f.code}: ${f.message}`), before.filter((f) => f !== finding).map((f) => `${f.code}: ${f.message}`));
    });
  }
});
