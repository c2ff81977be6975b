// compliance-inconsistent: no whole number x of the C compliance outcomes gives the printed % (±0.5).
import * as assert from 'node:assert/strict';
import { offsetOf, realLetter, rochford } from '../support/letters';
import { assertFixRemoves, assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'compliance-inconsistent';
const compliance = (percent: string, outcomes: string): string => rochford({ compliancePercent: percent, outcomes });

describe(`check ${CODE}`, () => {
  it('fires on 66% of 3 outcomes, naming the attainable percentages either side', () => {
    const text = compliance('66', '3');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, '66% of 3 compliance outcomes is not a whole number of cases (1 of 3 is 33.3%, 2 of 3 is 66.7%)');
    assertOn(text, f, '66', offsetOf(text, '66%** of cases'));
    assertRelated(text, f, [{ message: '3 compliance outcomes', source: '3', offset: offsetOf(text, 'total of 3 compliance') + 'total of '.length }]);
    assert.equal(f.fix?.title, 'Change 66% to 67%');
    assertFixRemoves(text, f, '67');
  });

  describe('2 of 3 is 66.67%: 67 only', () => {
    it('accepts 67%', () => assertNone(compliance('67', '3'), CODE));
    it('accepts 33% (1 of 3), 0% and 100%', () => {
      for (const p of ['33', '0', '100']) assertNone(compliance(p, '3'), CODE);
    });
    it('rejects 68%', () => assert.equal(assertOne(compliance('68', '3'), CODE).message, '68% of 3 compliance outcomes is not a whole number of cases (2 of 3 is 66.7%, 3 of 3 is 100%)'));
    it('rejects 50%', () => assertOne(compliance('50', '3'), CODE));
    it('rejects 10%, naming 0 of 3 below it', () => assert.equal(assertOne(compliance('10', '3'), CODE).message, '10% of 3 compliance outcomes is not a whole number of cases (0 of 3 is 0%, 1 of 3 is 33.3%)'));
  });

  describe('1 of 8 is 12.5%: 12 and 13 accepted, 11 and 14 rejected', () => {
    for (const ok of ['12', '13']) it(`accepts ${ok}%`, () => assertNone(compliance(ok, '8'), CODE));
    for (const bad of ['11', '14']) it(`rejects ${bad}%`, () => assertOne(compliance(bad, '8'), CODE));
  });

  it('accepts the real letter 004 (100% of 1 outcome)', () => assertNone(realLetter('004'), CODE));
  describe('over a zero base, 0 compliance outcomes, only 0% is possible', () => {
    it('accepts 0% of 0 outcomes', () => assertNone(compliance('0', '0'), CODE));
    it('accepts 0.5% of 0 outcomes, within the rounding of 0%, and fires on 0.6%', () => {
      assertNone(compliance('0.5', '0'), CODE);
      assert.equal(assertOne(compliance('0.6', '0'), CODE).message, '0.6% of cases complied with, but there were no compliance outcomes');
    });
    for (const p of ['100', '50', '1']) {
      it(`rejects ${p}% of 0 outcomes, with a fix to 0%`, () => {
        const text = compliance(p, '0');
        const f = assertOne(text, CODE);
        assert.equal(f.message, `${p}% of cases complied with, but there were no compliance outcomes`);
        assertOn(text, f, p, offsetOf(text, `${p}%** of cases`));
        assertRelated(text, f, [{ message: '0 compliance outcomes', source: '0', offset: offsetOf(text, 'total of 0 compliance') + 'total of '.length }]);
        assert.equal(f.fix?.title, `Change ${p}% to 0%`);
        assertFixRemoves(text, f, '0');
      });
    }
    it('stays silent when no recommendations were due, whatever else the block says', () => {
      const text = compliance('100', '0').replace('Statistics are based on a total of 0 compliance outcomes', 'No recommendations were due for compliance in this period. Statistics are based on a total of 0 compliance outcomes');
      assert.ok(text.includes('No recommendations were due'));
      assertNone(text, CODE);
    });
    it('stays silent on an average printed "n/a" over no outcomes', () => {
      const text = rochford({ compliancePercent: '0', outcomes: '0' }).replace('average of **99%**', 'average of **n/a**');
      assert.ok(text.includes('average of **n/a**'));
      assertNone(text, CODE);
    });
  });
  it('leaves a percentage above 100 to percentage-out-of-range', () => assertNone(compliance('150', '3'), CODE));
  it('stays silent when the outcomes are not stated', () => assertNone(compliance('50', '3').replace(/Statistics are based on a total of 3 compliance outcomes[^\n]*/, ''), CODE));
});
