// remedy-inconsistent: remedy % must be 100 × remedy decisions ÷ upheld decisions, ±0.5; the base is
// the upheld decisions whatever the remedy block calls its total.
import * as assert from 'node:assert/strict';
import { offsetOf, realLetter, rochford } from '../support/letters';
import { assertFixRemoves, assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'remedy-inconsistent';
/** K upheld of T investigations (consistent), and the remedy block: percent, R decisions, its printed base. */
const remedy = (percent: string, r: string, k: string, printedBase = '8'): string => {
  const t = '8';
  const upheldPercent = String(Math.round((100 * Number(k)) / Number(t)));
  return rochford({ upheldPercent, upheldDecisions: k, investigations: t, remedyPercent: percent, remedyDecisions: r, remedyBase: printedBase });
};

describe(`check ${CODE}`, () => {
  it('fires on 50% remedied with 1 remedy decision of 3 upheld, stating the numbers', () => {
    const text = remedy('50', '1', '3');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, '50% of upheld cases remedied, but 1 of 3 upheld decisions is 33.3%');
    assertOn(text, f, '50', offsetOf(text, '50%** of upheld cases'));
    assertRelated(text, f, [
      { message: '1 satisfactory remedy decision', source: '1', offset: offsetOf(text, '\n1\nsatisfactory remedy decision') + 1 },
      { message: '3 upheld decisions', source: '3', offset: offsetOf(text, '\n3\nupheld decisions') + 1 },
    ]);
    assert.equal(f.fix?.title, 'Change 50% to 33%');
    assertFixRemoves(text, f, '33');
  });

  it('takes the upheld decisions as the base, not the remedy block\'s "total of 8 detailed investigations"', () => {
    // 1 of 8 would be 12.5%; 1 of 4 upheld is 25%.
    assertNone(remedy('25', '1', '4', '8'), CODE);
    const f = assertOne(remedy('13', '1', '4', '8'), CODE);
    assert.equal(f.message, '13% of upheld cases remedied, but 1 of 4 upheld decisions is 25%');
  });

  it('falls back to the remedy block\'s own total when the upheld decisions are not stated', () => {
    const withoutUpheldCount = (t: string): string => t.replace('\n4\nupheld decisions\n', '\n');
    assertNone(withoutUpheldCount(remedy('25', '1', '4', '4')), CODE);
    const text = withoutUpheldCount(remedy('50', '1', '4', '4'));
    const f = assertOne(text, CODE);
    assert.equal(f.message, '50% of upheld cases remedied, but 1 of 4 upheld decisions is 25%');
    assert.equal(f.related[1]!.span.start, text.lastIndexOf('total of 4 detailed') + 'total of '.length);
  });

  describe('allows the ±0.5 of rounding and no more: 1 of 8 is 12.5%', () => {
    for (const ok of ['12', '13']) it(`accepts ${ok}%`, () => assertNone(remedy(ok, '1', '8'), CODE));
    for (const bad of ['11', '14']) it(`rejects ${bad}%`, () => assert.equal(assertOne(remedy(bad, '1', '8'), CODE).message, `${bad}% of upheld cases remedied, but 1 of 8 upheld decisions is 12.5%`));
  });

  it('rejects 30% for 2 remedy decisions of 8 upheld decisions (25%)', () => assert.equal(assertOne(remedy('30', '2', '8'), CODE).message, '30% of upheld cases remedied, but 2 of 8 upheld decisions is 25%'));
  it('accepts the real letter 004 (0% of 1 upheld decision, 0 remedy decisions)', () => assertNone(realLetter('004'), CODE));
  describe('over a zero base, 0 upheld decisions, only 0% is possible', () => {
    it('accepts 0% of 0 upheld decisions', () => assertNone(remedy('0', '0', '0'), CODE));
    it('accepts 0.5% of 0 upheld decisions, within the rounding of 0%, and fires on 0.6%', () => {
      assertNone(remedy('0.5', '0', '0'), CODE);
      assert.equal(assertOne(remedy('0.6', '0', '0'), CODE).message, '0.6% of upheld cases remedied, but there were no upheld decisions');
    });
    it('fires on 25% remedied when nothing was upheld, on the percentage, with a fix to 0%', () => {
      const text = remedy('25', '0', '0', '0');
      const f = assertOne(text, CODE);
      assert.equal(f.message, '25% of upheld cases remedied, but there were no upheld decisions');
      assertOn(text, f, '25', offsetOf(text, '25%** of upheld cases'));
      assertRelated(text, f, [
        { message: '0 satisfactory remedy decisions', source: '0', offset: offsetOf(text, '\n0\nsatisfactory remedy decisions') + 1 },
        { message: '0 upheld decisions (the base)', source: '0', offset: offsetOf(text, '\n0\nupheld decisions') + 1 },
      ]);
      assert.equal(f.fix?.title, 'Change 25% to 0%');
      assertFixRemoves(text, f, '0');
    });
    it('takes the upheld decisions as the zero base, even when the remedy block\'s own total is not zero', () => {
      assert.equal(assertOne(remedy('25', '0', '0', '4'), CODE).message, '25% of upheld cases remedied, but there were no upheld decisions');
    });
    it('fires on the remedy block\'s own total of 0 when the upheld decisions are not stated', () => {
      const text = remedy('50', '0', '0', '0').replace('\n0\nupheld decisions\n', '\n');
      const f = assertOne(text, CODE);
      assert.equal(f.related[1]!.span.start, text.lastIndexOf('total of 0 detailed') + 'total of '.length);
    });
    it('leaves 1 remedy decision of 0 upheld to count-exceeds-total', () => assertNone(remedy('100', '1', '0', '0'), CODE));
  });
  it('leaves more remedy decisions than upheld to count-exceeds-total', () => assertNone(remedy('100', '5', '3'), CODE));
  it('stays silent on letters without statistics (000–003)', () => {
    for (const id of ['000', '001', '002', '003'] as const) assertNone(realLetter(id), CODE);
  });
});
