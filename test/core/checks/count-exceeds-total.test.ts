// count-exceeds-total: upheld decisions ≤ investigations, remedy decisions ≤ upheld decisions.
import * as assert from 'node:assert/strict';
import { reviewText } from '../../../src/core';
import { offsetOf, realLetter, rochford } from '../support/letters';
import { assertNone, assertOn, assertOne, assertRelated, findingsOf } from '../support/review';

const CODE = 'count-exceeds-total';

describe(`check ${CODE}`, () => {
  it('fires on 3 upheld decisions of 2 investigations, on the upheld count', () => {
    const text = rochford({ upheldDecisions: '3', investigations: '2', remedyBase: '2' });
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'error');
    assert.equal(f.message, '3 upheld decisions out of only 2 detailed investigations');
    assertOn(text, f, '3', offsetOf(text, '\n3\nupheld decisions') + 1);
    assertRelated(text, f, [{ message: '2 detailed investigations', source: '2', offset: offsetOf(text, 'total of 2 detailed') + 'total of '.length }]);
  });

  it('fires on 2 remedy decisions of 1 upheld decision, on the remedy count', () => {
    const text = rochford({ remedyDecisions: '2', remedyPercent: '100' });
    const f = assertOne(text, CODE);
    assert.equal(f.message, '2 satisfactory remedy decisions out of only 1 upheld decision');
    assertOn(text, f, '2', offsetOf(text, '\n2\nsatisfactory remedy decisions') + 1);
    assertRelated(text, f, [{ message: '1 upheld decision', source: '1', offset: offsetOf(text, '\n1\nupheld decision') + 1 }]);
  });

  it("without an upheld count, holds the remedies against the remedy block's own total (\"based on a total of 1 …\")", () => {
    const full = rochford({ remedyDecisions: '2', remedyPercent: '100' });
    // The upheld block cut out: only the remedy block's base is left to compare with.
    const text = full.slice(0, offsetOf(full, 'Complaints upheld\n\n\n')) + full.slice(offsetOf(full, 'Compliance with Ombudsman recommendations\n\n\n'));
    assert.equal(reviewText(text).letter.statistics.upheld, null, 'the upheld block is gone');
    const f = assertOne(text, CODE);
    assert.equal(f.message, '2 satisfactory remedy decisions out of only 1 upheld decision');
    assertOn(text, f, '2', offsetOf(text, '\n2\nsatisfactory remedy decisions') + 1);
    assertRelated(text, f, [{ message: '1 upheld decision', source: '1', offset: text.lastIndexOf('total of 1 detailed investigation') + 'total of '.length }]);
  });

  it('reports both when both counts exceed their totals', () => {
    assert.equal(findingsOf(rochford({ upheldDecisions: '3', investigations: '2', remedyDecisions: '4', remedyBase: '2' }), CODE).length, 2);
  });

  it('accepts counts equal to their totals (the real letter 004: 1 of 1, 0 of 1)', () => assertNone(realLetter('004'), CODE));
  it('accepts zero counts of zero totals', () => assertNone(rochford({ upheldPercent: '0', upheldDecisions: '0', investigations: '0', remedyBase: '0' }), CODE));
  it('stays silent on letters without statistics (000–003)', () => {
    for (const id of ['000', '001', '002', '003'] as const) assertNone(realLetter(id), CODE);
  });
});
