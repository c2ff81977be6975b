// upheld-inconsistent: upheld % must be 100 × upheld decisions ÷ detailed investigations, ±0.5.
import * as assert from 'node:assert/strict';
import { offsetOf, realLetter, rochford } from '../support/letters';
import { assertFixRemoves, assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'upheld-inconsistent';
const upheld = (percent: string, decisions: string, investigations: string): string =>
  rochford({ upheldPercent: percent, upheldDecisions: decisions, investigations, remedyBase: decisions, remedyDecisions: '0', remedyPercent: '0' });

describe(`check ${CODE}`, () => {
  it('fires on 67% upheld with 1 upheld decision of 3 investigations, stating the numbers', () => {
    const text = upheld('67', '1', '3');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, '67% upheld, but 1 of 3 investigations is 33.3%');
    assertOn(text, f, '67', offsetOf(text, '67% of complaints'));
    assertRelated(text, f, [
      { message: '1 upheld decision', source: '1', offset: offsetOf(text, '\n1\nupheld decision') + 1 },
      { message: '3 detailed investigations', source: '3', offset: offsetOf(text, 'total of 3 detailed') + 'total of '.length },
    ]);
  });

  it('offers a fix to the percentage the counts give, which clears the finding', () => {
    const text = upheld('67', '1', '3');
    const f = assertOne(text, CODE);
    assert.equal(f.fix?.title, 'Change 67% to 33%');
    const fixed = assertFixRemoves(text, f, '33');
    assert.ok(fixed.includes('33% of complaints we investigated were upheld'));
  });

  describe('allows the ±0.5 of rounding and no more: 1 of 8 is 12.5%', () => {
    for (const ok of ['12', '13', '12.5']) it(`accepts ${ok}%`, () => assertNone(upheld(ok, '1', '8'), CODE));
    for (const bad of ['11', '14']) {
      it(`rejects ${bad}%`, () => {
        const f = assertOne(upheld(bad, '1', '8'), CODE);
        assert.equal(f.message, `${bad}% upheld, but 1 of 8 investigations is 12.5%`);
      });
    }
  });

  describe('2 of 3 is 66.67%: only 67 rounds to it', () => {
    it('accepts 67%', () => assertNone(upheld('67', '2', '3'), CODE));
    for (const bad of ['66', '68']) it(`rejects ${bad}%`, () => assert.match(assertOne(upheld(bad, '2', '3'), CODE).message, /^\d+% upheld, but 2 of 3 investigations is 66\.7%$/));
  });

  it('accepts the exact figures of the real letter 004 (100% of 1 of 1)', () => assertNone(realLetter('004'), CODE));
  it('accepts 0% of 0 upheld decisions from 5 investigations', () => assertNone(upheld('0', '0', '5'), CODE));
  it('fires on 20% upheld when none of 5 investigations was upheld', () => assert.equal(assertOne(upheld('20', '0', '5'), CODE).message, '20% upheld, but 0 of 5 investigations is 0%'));
  describe('over a zero base, 0 detailed investigations, only 0% is possible', () => {
    it('accepts 0% of 0 upheld decisions from 0 investigations', () => assertNone(upheld('0', '0', '0'), CODE));
    it('accepts 0.5%, within the rounding of 0%, and fires on 0.6%', () => {
      assertNone(upheld('0.5', '0', '0'), CODE);
      assert.equal(assertOne(upheld('0.6', '0', '0'), CODE).message, '0.6% upheld, but there were no detailed investigations');
    });
    it('fires on 50% upheld with no investigations, on the percentage, with a fix to 0%', () => {
      const text = upheld('50', '0', '0');
      const f = assertOne(text, CODE);
      assert.equal(f.message, '50% upheld, but there were no detailed investigations');
      assertOn(text, f, '50', offsetOf(text, '50% of complaints'));
      assertRelated(text, f, [
        { message: '0 upheld decisions', source: '0', offset: offsetOf(text, '\n0\nupheld decisions') + 1 },
        { message: '0 detailed investigations', source: '0', offset: offsetOf(text, 'total of 0 detailed') + 'total of '.length },
      ]);
      assert.equal(f.fix?.title, 'Change 50% to 0%');
      assertFixRemoves(text, f, '0');
    });
    it('fires without the upheld decisions too: no share of nothing but 0% is possible', () => {
      const text = upheld('100', '0', '0').replace('\n0\nupheld decisions\n', '\n');
      const f = assertOne(text, CODE);
      assert.equal(f.message, '100% upheld, but there were no detailed investigations');
      assert.equal(f.related.length, 1);
    });
    it('leaves 1 upheld decision of 0 investigations to count-exceeds-total', () => assertNone(upheld('100', '1', '0'), CODE));
  });
  it('leaves more upheld decisions than investigations to count-exceeds-total', () => assertNone(upheld('100', '3', '2'), CODE));
  it('stays silent on letters without statistics (000–003)', () => {
    for (const id of ['000', '001', '002', '003'] as const) assertNone(realLetter(id), CODE);
  });
  it('stays silent when a count is missing', () => assertNone(upheld('67', '1', '3').replace('\n1\nupheld decision\n', '\n'), CODE));
});
